"""HELDOUT181: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Copper CRM people (contacts) export (one
row per person, added January 2021 to June 2024) with "Person ID", Name, "First Name", "Last Name", Title,
Company (blank for some), Owner (the user the record is assigned to, blank when unassigned), "Contact Type"
(Potential Customer / Current Customer / Uncategorized / Other), Email (blank for some), "Phone Number" ("(415)
555-0134", blank for some), Street, City, State (two-letter code, blank for some), "Postal Code" (text, leading
zeros kept), Country ("United States" or blank), Tags ("webinar, newsletter", blank mostly), Source, "Interaction
Count", "Date Added" and "Date Modified" as "03/14/2023" and "Last Contacted" (same format, blank for never); a
Timely (Memory) hours export (January to June 2024, one row per logged entry) with Date ("2024-03-14"), Person,
Client (blank for internal projects), Project, Note, Labels, "Start time" and "End time" ("09:15"), Hours (decimal,
quarter hours), Duration ("1:45"), Billable and Billed (Yes / No), "Hour rate", Currency (EUR) and Amount (0 when
not billable); a Komoot tours export (the tours API flattened, 2021 to mid 2024, recorded tours only) with id,
type ("tour_recorded"), name ("Morning Hike", "Evening Ride"), sport (hike / touringbicycle / racebike / mtb /
e_touringbicycle / jogging), status (private / public / friends), date ("2023-05-14T08:12:33.000+02:00"),
distance (metres, two decimals, a few near-zero aborted recordings), duration and time_in_motion (seconds),
elevation_up and elevation_down (metres, one decimal), start_point_lat and start_point_lng; a Samsung Health step
count daily trend export with its "com.samsung.shealth.step_daily_trend,6312001,13" title line above the header
(so the frame's header is that title line and the real header is its first row, with a trailing empty column as
the real file's trailing commas give), binning_data (a ".binning_data.json" file name), update_time and
create_time ("2023-03-14 23:58:12.345"), source_pkg_name, source_type (-2), count (steps), speed (m/s), distance
(metres), calorie (kcal), deviceuuid, pkg_name, day_time (Unix milliseconds of the day's UTC midnight) and datauuid,
January 2023 to June 2024, a few days missing and a few days repeated (an earlier partial sync with fewer steps
next to the final row); Minneapolis police use of force incidents (Minneapolis open data, 2017-2022, one row per
force action, so CaseNumber repeats within an incident) with X, Y, OBJECTID, PoliceUseOfForceID, CaseNumber
("19-082345"), ResponseDate ("2019/03/14 18:22:00+00"), Problem (upper-case call type), Is911Call (Yes / No),
PrimaryOffense (codes such as "ASLT5", "OBSTRU"), SubjectInjury (Yes / No / blank), ForceReportNumber, SubjectRole
("SUSPECT"), SubjectRoleNumber, ForceType (Bodily Force / Chemical Irritant / Taser / Gun Point Display / ...),
ForceTypeAction, Race (Black / White / Native American / Asian / Other / Mixed Race / Pacific Islander / Unknown /
blank), Sex (Male / Female / Unknown), EventAge (blank when unknown), TypeOfResistance, Precinct (1-5),
Neighborhood, TotalCityCallsForYear, TotalPrecinctCallsForYear, TotalNeighborhoodCallsForYear, CenterLatitude,
CenterLongitude and DateAdded; a CBS (Statistics Netherlands) StatLine long download of the English table
"Population dynamics; region per month" (2016-2023) with ID, Measure ("LiveBornChildren_2" / "Deaths_3"),
RegioS (padded codes: "NL01  " for the whole country, "PV20  " ... "PV31  " for the twelve provinces, so NL01 is
their sum), Perioden ("2019MM03" for months and "2019JJ00" for the year total in the same column), Value (text:
"." where not yet available, the provinces' last three months of 2023 and their 2023 year) and ValueAttribute
("None" / "Missing"); and a BEA regional GDP by state and industry download (SAGDP2N, current dollars) with
GeoFIPS as the real file's quoted text (' "06000"'), GeoName (the United States row first, then the fifty states
and the District of Columbia), Region (BEA region number, blank for the US), TableName, LineCode (1 all industry
total, 2 private industries, then sixteen industry groups), IndustryClassification ("...", "31-33", "G"),
Description (indented with leading spaces as in the file), Unit ("Millions of current dollars") and one column per
year 2017-2023 (text, "(D)" where suppressed), followed by footnote rows with text in GeoFIPS and every other
column blank. All are generated with fixed seeds 18101-18107.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _text, _year
from .heldout173 import _num, _top
from .heldout178 import _abouts, _month_of_year, _peak_month
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _w(rng: np.random.Generator, weights: dict[str, float]) -> str:
    return str(_one(rng, list(weights), list(weights.values())))


def _month_of(dates: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    return _peak_month(dates.reset_index(drop=True), None if weights is None else weights.reset_index(drop=True))


# --- 1. Copper CRM people export -----------------------------------------------------------------------------------

_CP_FIRST = "James;Maria;Robert;Linda;Michael;Sarah;David;Emily;Daniel;Jessica;Kevin;Ashley;Brian;Nicole;Jason;Laura"
_CP_LAST = "Smith;Johnson;Lee;Garcia;Brown;Miller;Davis;Wilson;Moore;Taylor;Clark;Lewis;Walker;Young;King;Nguyen;Patel"
_CP_COMPANIES = {
    "Brightline Logistics": 3,
    "Cobalt Health": 2,
    "Evergreen Dental Group": 2,
    "Harbor & Pine Realty": 2,
    "Keystone Manufacturing": 2,
    "Lumen Analytics": 1.5,
    "Northstar Credit Union": 1.5,
    "Summit Outdoor Co.": 1,
    "Tidewater Marine": 1,
    "": 2,
}
_CP_OWNERS = {"Megan Ross": 5.0, "Tom Alvarez": 3.8, "Priya Shah": 3.0, "Jordan Lee": 2.2, "": 0.8}
_CP_TYPES = {"Potential Customer": 44, "Current Customer": 21, "Uncategorized": 25, "Other": 10}
_CP_STATES = {
    "CA": ("San Francisco", "941", 5),
    "NY": ("New York", "100", 4),
    "TX": ("Austin", "787", 3),
    "MA": ("Boston", "021", 2),
    "IL": ("Chicago", "606", 2),
    "WA": ("Seattle", "981", 1.5),
    "NJ": ("Newark", "071", 1),
    "": ("", "", 1.5),
}
_CP_TITLES = ["CEO", "Office Manager", "VP Sales", "Operations Director", "Owner", "Procurement Lead", "", "CFO"]


def _copper_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18101)
    first, last = _CP_FIRST.split(";"), _CP_LAST.split(";")
    start = pd.Timestamp("2021-01-04")
    span = (pd.Timestamp("2024-06-28") - start).days
    rows = []
    for i in range(1450):
        f, la = _one(rng, first), _one(rng, last)
        company = _w(rng, _CP_COMPANIES)
        kind = _w(rng, _CP_TYPES)
        owner = _w(rng, _CP_OWNERS)
        if kind == "Current Customer" and owner == "Tom Alvarez" and rng.random() < 0.3:
            owner = "Priya Shah"
        if kind == "Current Customer" and owner == "Jordan Lee" and rng.random() < 0.5:
            owner = "Priya Shah"
        state = _w(rng, {k: v[2] for k, v in _CP_STATES.items()})
        city, zip3, _ = _CP_STATES[state]
        added = start + pd.Timedelta(days=int(rng.integers(0, span)))
        modified = added + pd.Timedelta(days=int(rng.integers(0, 200)))
        modified = min(modified, pd.Timestamp("2024-06-30"))
        interactions = int(rng.poisson(9 if kind == "Current Customer" else 3))
        contacted = "" if interactions == 0 else (added + (modified - added) * rng.random()).strftime("%m/%d/%Y")
        domain = (company.split()[0].lower().strip(".&") + ".com") if company else "gmail.com"
        rows.append(
            {
                "Person ID": 61_204_000 + i * 7 + int(rng.integers(0, 7)),
                "Name": f"{f} {la}",
                "First Name": f,
                "Last Name": la,
                "Title": _one(rng, _CP_TITLES),
                "Company": company,
                "Owner": owner,
                "Contact Type": kind,
                "Email": "" if rng.random() < 0.13 else f"{f.lower()}.{la.lower()}@{domain}",
                "Phone Number": "" if rng.random() < 0.3 else f"({int(rng.integers(201, 989))}) 555-{i % 10000:04d}",
                "Street": ""
                if not state
                else f"{int(rng.integers(10, 9900))} {_one(rng, ['Main', 'Oak', 'Market'])} St",
                "City": city,
                "State": state,
                "Postal Code": "" if not state else f"{zip3}{int(rng.integers(0, 99)):02d}",
                "Country": "United States" if state else "",
                "Tags": ""
                if rng.random() < 0.7
                else _one(rng, ["webinar", "newsletter", "webinar, newsletter", "vip"]),
                "Source": _one(rng, ["", "Website", "Referral", "Trade Show", "Cold Outreach"]),
                "Interaction Count": interactions,
                "Date Added": added.strftime("%m/%d/%Y"),
                "Date Modified": modified.strftime("%m/%d/%Y"),
                "Last Contacted": contacted,
            }
        )
    return pd.DataFrame(rows)


def _cp_added(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date Added"]), format="%m/%d/%Y", errors="coerce")


def _cp_owner_top(d: pd.DataFrame, current: bool) -> str:
    keep = d[_text(d["Owner"]) != ""]
    if current:
        keep = keep[_text(keep["Contact Type"]) == "Current Customer"]
    return _top(keep["Owner"].value_counts())


_CP_ID = ("Person ID", "Name", "First Name", "Last Name")
_COPPER_QS = [
    Q(
        "how many contacts do we have in here",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["Person ID"].nunique()))),
        _CP_ID,
    ),
    Q(
        "who owns the most contacts",
        _lead(_named(lambda d: _cp_owner_top(d, False))),
        ("Owner", *_CP_ID),
    ),
    Q(
        "what percent of them are current customers",
        _share(lambda d: float((_text(d["Contact Type"]) == "Current Customer").mean())),
        ("Contact Type", *_CP_ID),
    ),
    Q(
        "and which owner has the most current customers?",
        _lead(_named(lambda d: _cp_owner_top(d, True))),
        ("Owner", "Contact Type", *_CP_ID),
    ),
    Q(
        "how many people were added in 2023",
        _count(lambda d: int((_cp_added(d).dt.year == 2023).sum())),
        ("Date Added", *_CP_ID),
    ),
    Q(
        "how many contacts have no email",
        _count(lambda d: int((_text(d["Email"]) == "").sum())),
        ("Email", *_CP_ID),
    ),
]


# --- 2. Timely hours export ----------------------------------------------------------------------------------------

_TM_PEOPLE = {"Sara Jansen": (110.0, 1.0), "Luuk de Vries": (95.0, 1.0), "Anna Kowalski": (120.0, 0.8)}
_TM_PEOPLE |= {"Tim Berger": (85.0, 1.0), "Noor Haddad": (140.0, 0.6)}
_TM_CLIENTS = {
    "Acme Corp": (["Website relaunch", "SEO retainer"], 34),
    "Northwind Traders": (["Webshop", "Support"], 24),
    "Globex": (["Brand identity"], 14),
    "Stadsbakkerij Utrecht": (["Menu app"], 9),
    "": (["Internal", "Sales & proposals"], 19),
}
_TM_NOTES = ["", "", "standup", "client call", "design review", "bugfixes", "copy edits", "QA", "deploy", "planning"]


def _timely_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18102)
    days = [d for d in pd.date_range("2024-01-02", "2024-06-28", freq="D") if d.weekday() < 5]
    month_load = {1: 0.9, 2: 1.0, 3: 1.25, 4: 1.0, 5: 0.95, 6: 0.85}
    rows = []
    for day in days:
        for person, (rate, load) in _TM_PEOPLE.items():
            if rng.random() > 0.88 * load * month_load[day.month] / 1.25 + 0.1:
                continue
            t = pd.Timestamp(day) + pd.Timedelta(hours=8.5 + float(rng.choice([0, 0.25, 0.5, 0.75])))
            for _ in range(int(rng.integers(1, 4))):
                client = _w(rng, {k: v[1] for k, v in _TM_CLIENTS.items()})
                project = _one(rng, _TM_CLIENTS[client][0])
                hours = float(_one(rng, [0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0], [4, 4, 8, 10, 12, 8, 6, 3, 2]))
                billable = client != "" and rng.random() < 0.9
                end = t + pd.Timedelta(hours=hours)
                rows.append(
                    {
                        "Date": day.strftime("%Y-%m-%d"),
                        "Person": person,
                        "Client": client,
                        "Project": project,
                        "Note": _one(rng, _TM_NOTES),
                        "Labels": _one(rng, ["", "", "Design", "Development", "Meeting"]),
                        "Start time": t.strftime("%H:%M"),
                        "End time": end.strftime("%H:%M"),
                        "Hours": hours,
                        "Duration": f"{int(hours)}:{round((hours % 1) * 60):02d}",
                        "Billable": "Yes" if billable else "No",
                        "Billed": "Yes" if billable and day.month <= 4 and rng.random() < 0.9 else "No",
                        "Hour rate": rate,
                        "Currency": "EUR",
                        "Amount": round(hours * rate, 2) if billable else 0.0,
                    }
                )
                t = end + pd.Timedelta(minutes=int(rng.choice([0, 15, 30, 60])))
    return pd.DataFrame(rows)


def _tm_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%Y-%m-%d")


_TM_ID = ("Date", "Person", "Hours", "Duration")
_TIMELY_QS = [
    Q("how many hours have we logged in total", _abouts(lambda d: d["Hours"].sum(), rel=0.002), ("Hours", "Duration")),
    Q(
        "which client did we spend the most time on",
        _lead(_named(lambda d: _top(d[_text(d["Client"]) != ""].groupby("Client")["Hours"].sum()))),
        ("Client", *_TM_ID),
    ),
    Q(
        "what share of the hours were billable",
        _share(lambda d: float(d.loc[_text(d["Billable"]) == "Yes", "Hours"].sum() / d["Hours"].sum())),
        ("Billable", *_TM_ID),
    ),
    Q(
        "how many hours did sara put in in march",
        _abouts(
            lambda d: d.loc[(_text(d["Person"]) == "Sara Jansen") & (_tm_date(d).dt.month == 3), "Hours"].sum(),
            rel=0.002,
        ),
        _TM_ID,
    ),
    Q(
        "which month was the busiest",
        either(
            _month_year(lambda d: _month_of(_tm_date(d), d["Hours"])),
            _month_of_year(lambda d: _month_of(_tm_date(d), d["Hours"]).month),
        ),
        _TM_ID,
    ),
    Q(
        "how much money did northwind bring in",
        _scaled(lambda d: d.loc[_text(d["Client"]) == "Northwind Traders", "Amount"].sum(), (1e3,)),
        ("Client", "Amount", "Billable", "Billed", "Hour rate", "Currency", *_TM_ID),
    ),
]


# --- 3. Komoot tours export ----------------------------------------------------------------------------------------

_KM_SPORTS = {
    "hike": (0.42, 12.0, 4.0, 4.2, 45.0),
    "touringbicycle": (0.2, 48.0, 14.0, 19.0, 9.0),
    "racebike": (0.15, 72.0, 20.0, 27.0, 11.0),
    "mtb": (0.1, 32.0, 10.0, 15.0, 22.0),
    "e_touringbicycle": (0.05, 45.0, 12.0, 21.0, 8.0),
    "jogging": (0.08, 8.5, 2.5, 10.5, 12.0),
}
_KM_BIKES = ("touringbicycle", "racebike", "mtb", "e_touringbicycle")
_KM_NAMES = {"hike": "Hike", "jogging": "Run"}


def _komoot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18103)
    start = pd.Timestamp("2021-03-01")
    span = (pd.Timestamp("2024-06-30") - start).days
    rows = []
    for i in range(640):
        day = start + pd.Timedelta(days=int(rng.integers(0, span)))
        summer = day.month in (5, 6, 7, 8, 9)
        sport = _w(rng, {s: v[0] * (1.3 if summer and s != "hike" else 1.0) for s, v in _KM_SPORTS.items()})
        _, mean_km, sd_km, kmh, climb = _KM_SPORTS[sport]
        t = day + pd.Timedelta(hours=float(rng.uniform(7, 17)))
        km = max(float(rng.normal(mean_km, sd_km)), 0.3 * mean_km)
        if day.month == 8 and day.year == 2023 and sport == "hike":
            climb *= 2.2  # alpine holiday
        if rng.random() < 0.015:
            km = float(rng.uniform(0.0, 0.05))
        moving = km / (kmh * float(rng.uniform(0.85, 1.15))) * 3600
        total = moving * float(rng.uniform(1.08, 1.4))
        up = max(km * climb * float(rng.lognormal(0, 0.35)), 0.0)
        dst = 1 <= (day.month - 3) <= 6 or (day.month - 3 == 0 and day.day > 27)
        part = "Morning" if t.hour < 12 else ("Afternoon" if t.hour < 17 else "Evening")
        lat, lng = 50.7 + float(rng.normal(0, 0.3)), 7.1 + float(rng.normal(0, 0.4))
        rows.append(
            {
                "id": 583_000_000 + i * 2_711 + int(rng.integers(0, 2_000)),
                "type": "tour_recorded",
                "name": f"{part} {_KM_NAMES.get(sport, 'Ride')}"
                if rng.random() < 0.7
                else f"Tour near {_one(rng, ['Bonn', 'Siebengebirge', 'Ahrtal', 'Eifel'])}",
                "sport": sport,
                "status": _one(rng, ["private", "public", "friends"], [6, 3, 1]),
                "date": t.strftime("%Y-%m-%dT%H:%M:%S.000") + ("+02:00" if dst else "+01:00"),
                "distance": round(km * 1000, 2),
                "duration": int(total),
                "time_in_motion": int(moving),
                "elevation_up": round(up, 1),
                "elevation_down": round(up * float(rng.uniform(0.95, 1.05)), 1),
                "start_point_lat": round(lat, 6),
                "start_point_lng": round(lng, 6),
            }
        )
    rows.sort(key=lambda r: r["date"])
    return pd.DataFrame(rows)


def _km_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["date"]).str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S")


def _km_sport(d: pd.DataFrame, *sports: str) -> pd.DataFrame:
    return d[_text(d["sport"]).isin(sports)]


def _km_speed(d: pd.DataFrame, col: str, pooled: bool) -> float:
    r = _km_sport(d, "racebike")
    r = r[r[col] > 0]
    if pooled:
        return float(r["distance"].sum() / r[col].sum() * 3.6)
    return float((r["distance"] / r[col]).mean() * 3.6)


_KM_ID = ("id", "name", "date", "sport")
_KOMOOT_QS = [
    Q("how many hikes have i done", _count(lambda d: len(_km_sport(d, "hike"))), _KM_ID),
    Q(
        "how many km have i done on the bike altogether",
        _abouts(
            lambda d: _km_sport(d, *_KM_BIKES)["distance"].sum() / 1000,
            lambda d: _km_sport(d, *_KM_BIKES[:3])["distance"].sum() / 1000,
            rel=0.005,
        ),
        ("distance", *_KM_ID),
    ),
    Q(
        "whats my longest hike",
        _abouts(
            lambda d: _km_sport(d, "hike")["distance"].max() / 1000, lambda d: _km_sport(d, "hike")["distance"].max()
        ),
        ("distance", *_KM_ID),
    ),
    Q(
        "average speed on the road bike?",
        _abouts(
            *(lambda d, c=c, p=p: _km_speed(d, c, p) for c in ("time_in_motion", "duration") for p in (True, False)),
            rel=0.02,
        ),
        ("distance", "time_in_motion", "duration", *_KM_ID),
    ),
    Q(
        "which month did i climb the most",
        _month_year(lambda d: _month_of(_km_date(d), d["elevation_up"])),
        ("elevation_up", *_KM_ID),
    ),
    Q(
        "for hikes, does a longer distance go with more climbing?",
        _corr(lambda d: _km_sport(d, "hike")["distance"], lambda d: _km_sport(d, "hike")["elevation_up"]),
        ("distance", "elevation_up", *_KM_ID),
    ),
]


# --- 4. Samsung Health step count daily trend export ---------------------------------------------------------------

_SH_TITLE = ["com.samsung.shealth.step_daily_trend", "6312001", "13"]
_SH_COLUMNS = [
    "binning_data",
    "update_time",
    "create_time",
    "source_pkg_name",
    "source_type",
    "count",
    "speed",
    "distance",
    "calorie",
    "deviceuuid",
    "pkg_name",
    "day_time",
    "datauuid",
    "",
]


def _sh_uuid(rng: np.random.Generator) -> str:
    h = f"{int(rng.integers(2**62)):016x}{int(rng.integers(2**62)):016x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _samsung_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18104)
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    device = "ZbK3yP+qQk"
    season = {1: 0.8, 2: 0.85, 3: 0.95, 4: 1.05, 5: 1.15, 6: 1.2, 7: 1.1, 8: 1.3, 9: 1.1, 10: 0.95, 11: 0.85, 12: 0.8}
    body = []
    for day in days:
        if rng.random() < 0.02:
            continue
        weekend = day.weekday() >= 5
        steps = int(rng.lognormal(np.log(7200 * season[day.month] * (1.22 if weekend else 1.0)), 0.35))
        if day == pd.Timestamp("2023-08-19"):
            steps = 34_512
        day_ms = int(day.value // 1_000_000)
        versions = [int(steps * rng.uniform(0.3, 0.8)), steps] if rng.random() < 0.02 else [steps]
        for k, c in enumerate(versions):
            stamp = day + pd.Timedelta(hours=23, minutes=40 + 9 * k, seconds=int(rng.integers(0, 60)))
            dist = c * float(rng.uniform(0.7, 0.76))
            uid = _sh_uuid(rng)
            body.append(
                [
                    f"{uid}.binning_data.json",
                    stamp.strftime("%Y-%m-%d %H:%M:%S.") + f"{int(rng.integers(0, 1000)):03d}",
                    (stamp - pd.Timedelta(hours=12)).strftime("%Y-%m-%d %H:%M:%S.") + "000",
                    "com.sec.android.app.shealth",
                    -2,
                    c,
                    round(float(rng.uniform(1.1, 1.5)), 6),
                    round(dist, 2),
                    round(c * 0.041 * float(rng.uniform(0.95, 1.05)), 3),
                    device,
                    "com.sec.android.app.shealth",
                    day_ms,
                    uid,
                    "",
                ]
            )
    header = _SH_TITLE + [""] * (len(_SH_COLUMNS) - len(_SH_TITLE))
    return pd.DataFrame([_SH_COLUMNS, *body], columns=pd.Index(header))


def _sh(d: pd.DataFrame, dedupe: bool) -> pd.DataFrame:
    """The export under its real header, one row per day when `dedupe` (the day's largest count kept)."""
    frame = d.iloc[1:].copy()
    frame.columns = [str(x) if isinstance(x, str) else "" for x in d.iloc[0]]
    frame = frame[[c for c in frame.columns if c]]
    for c in ("count", "distance", "calorie", "day_time"):
        frame[c] = pd.to_numeric(frame[c], errors="coerce")
    frame["day"] = pd.to_datetime(frame["day_time"].astype("int64"), unit="ms")
    if dedupe:
        frame = frame.sort_values("count").drop_duplicates("day", keep="last").sort_values("day")
    return frame.reset_index(drop=True)


def _sh_week(dedupe: bool) -> Check:
    def mean(d: pd.DataFrame, weekend: bool) -> float:
        f = _sh(d, dedupe)
        return float(f.loc[(f["day"].dt.day_of_week >= 5) == weekend, "count"].mean())

    return both(*(_abouts(lambda d, w=w: mean(d, w)) for w in (True, False)))


_SH_ID = ("count", "day_time")
_SAMSUNG_QS = [
    Q(
        "how many steps do i do on an average day",
        _abouts(
            *(lambda d, k=k, m=m: getattr(_sh(d, k)["count"], m)() for k in (True, False) for m in ("mean", "median"))
        ),
        _SH_ID,
    ),
    Q(
        "how many days did i hit 10k steps",
        either(*(_count(lambda d, k=k: int((_sh(d, k)["count"] >= 10_000).sum())) for k in (True, False))),
        _SH_ID,
    ),
    Q("what was my best day ever", _day(lambda d: _sh(d, True).sort_values("count")["day"].iloc[-1]), _SH_ID),
    Q(
        "which month was i most active",
        either(
            *(
                _month_year(
                    lambda d, k=k, m=m: (
                        _sh(d, k).groupby(_sh(d, k)["day"].dt.to_period("M"))["count"].agg(m).idxmax().to_timestamp()
                    )
                )
                for k in (True, False)
                for m in ("sum", "mean")
            )
        ),
        _SH_ID,
    ),
    Q(
        "how far did i walk in 2023, in km",
        _abouts(
            *(
                lambda d, k=k: _sh(d, k).pipe(lambda f: f.loc[f["day"].dt.year == 2023, "distance"].sum()) / 1000
                for k in (True, False)
            ),
            rel=0.005,
        ),
        ("distance", *_SH_ID),
    ),
    Q(
        "do i walk more on weekends than on weekdays?",
        either(_sh_week(True), _sh_week(False)),
        _SH_ID,
    ),
]


# --- 5. Minneapolis police use of force ----------------------------------------------------------------------------

_MP_FORCE = {
    "Bodily Force": (54, ["Takedown", "Joint Lock", "Punches", "Push Away", "Knee Strikes", "Body Weight to Pin"]),
    "Chemical Irritant": (14, ["Personal Mace", "Crowd Control Mace"]),
    "Taser": (10, ["Firing Darts", "Drive Stun"]),
    "Gun Point Display": (7, ["Gun Point Display"]),
    "Improvised Weapon": (5, ["Flashlight", "Radio"]),
    "Maximal Restraint Technique": (4, ["Maximal Restraint Technique"]),
    "Police K9 Bite": (2, ["Bite"]),
    "Less Lethal Projectile": (2, ["40mm", "Marking Round"]),
    "Baton": (1, ["Strike"]),
    "Less Lethal": (1, ["Bean Bag"]),
}
_MP_RACE = {"Black": 58, "White": 22, "Native American": 7, "Other / Mixed Race": 2, "Asian": 1.2}
_MP_RACE |= {"Pacific Islander": 0.3, "Unknown": 4.5, "": 5}
_MP_PRECINCTS = {1: (22, ["Downtown West", "Loring Park", "Elliot Park"]), 2: (9, ["Como", "Marcy Holmes"])}
_MP_PRECINCTS |= {
    3: (25, ["Powderhorn Park", "Phillips West", "Corcoran"]),
    4: (31, ["Jordan", "Hawthorne", "Folwell"]),
}
_MP_PRECINCTS |= {5: (13, ["Whittier", "Lyndale", "Stevens Square"])}
_MP_PROBLEMS = [
    "DOMESTIC ABUSE-IN PROGRESS",
    "SUSPICIOUS PERSON",
    "ASSAULT IN PROGRESS",
    "FIGHT",
    "TRAFFIC LAW ENFORCE",
]
_MP_PROBLEMS += ["DISTURBANCE", "SHOTS FIRED", "PERSON WITH A GUN", "EMOTIONALLY DISTURBED PERSON"]


def _mpls_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18105)
    years = {2017: 1.0, 2018: 1.05, 2019: 1.0, 2020: 1.3, 2021: 0.62, 2022: 0.55}
    rows: list[dict[str, Any]] = []
    case_seq: dict[int, int] = {}
    oid = 1
    while len(rows) < 3100:
        year = int(_one(rng, list(years), list(years.values())))
        t = pd.Timestamp(year, 1, 1) + pd.Timedelta(minutes=int(rng.integers(0, 365 * 1440)))
        case_seq[year] = case_seq.get(year, 0) + int(rng.integers(40, 240))
        case = f"{year % 100:02d}-{case_seq[year]:06d}"
        precinct = int(_one(rng, list(_MP_PRECINCTS), [v[0] for v in _MP_PRECINCTS.values()]))
        hood = _one(rng, _MP_PRECINCTS[precinct][1])
        race = _w(rng, _MP_RACE)
        sex = _w(rng, {"Male": 80, "Female": 17, "Unknown": 3})
        age = "" if rng.random() < 0.06 else int(np.clip(rng.normal(30, 10), 13, 75))
        injury_p = 0.38 if precinct == 3 else 0.28
        lat, lng = 44.95 + float(rng.normal(0, 0.03)), -93.26 + float(rng.normal(0, 0.03))
        problem, n911 = _one(rng, _MP_PROBLEMS), _one(rng, ["Yes", "No"], [7, 3])
        offense = _one(rng, ["ASLT5", "OBSTRU", "DASLT5", "NARC", "WARRNT", "DISCON", "ROBPER", "THEFT"])
        for k in range(int(_one(rng, [1, 2, 3, 4], [45, 30, 15, 10]))):
            ftype = _w(rng, {f: v[0] for f, v in _MP_FORCE.items()})
            injury = _one(rng, ["Yes", "No", ""], [injury_p, 0.72 - injury_p, 0.28])
            rows.append(
                {
                    "X": round(lng * 111_320 * 0.7071, 3),
                    "Y": round(lat * 110_574, 3),
                    "OBJECTID": oid,
                    "PoliceUseOfForceID": 40_000 + oid * 3,
                    "CaseNumber": case,
                    "ResponseDate": t.strftime("%Y/%m/%d %H:%M:%S+00"),
                    "Problem": problem,
                    "Is911Call": n911,
                    "PrimaryOffense": offense,
                    "SubjectInjury": injury,
                    "ForceReportNumber": k + 1,
                    "SubjectRole": "SUSPECT",
                    "SubjectRoleNumber": 1,
                    "ForceType": ftype,
                    "ForceTypeAction": _one(rng, _MP_FORCE[ftype][1]),
                    "Race": race,
                    "Sex": sex,
                    "EventAge": age,
                    "TypeOfResistance": _one(
                        rng,
                        ["Tensed", "Fled on Foot", "Verbal Non-Compliance", "Assaulted Officer", "Commission of Crime"],
                    ),
                    "Precinct": precinct,
                    "Neighborhood": hood,
                    "TotalCityCallsForYear": {
                        2017: 412_331,
                        2018: 405_220,
                        2019: 398_764,
                        2020: 371_902,
                        2021: 350_118,
                        2022: 344_876,
                    }[year],
                    "TotalPrecinctCallsForYear": 60_000 + precinct * 7_311,
                    "TotalNeighborhoodCallsForYear": 3_000 + len(hood) * 311,
                    "CenterLatitude": round(lat, 6),
                    "CenterLongitude": round(lng, 6),
                    "DateAdded": (t + pd.Timedelta(days=int(rng.integers(20, 90)))).strftime("%Y/%m/%d 00:00:00+00"),
                }
            )
            oid += 1
    return pd.DataFrame(rows).sort_values(["ResponseDate", "ForceReportNumber"]).reset_index(drop=True)


def _mp_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["ResponseDate"]).str.slice(0, 19), format="%Y/%m/%d %H:%M:%S").dt.year


def _mp_p3(d: pd.DataFrame) -> pd.DataFrame:
    return d[pd.to_numeric(d["Precinct"], errors="coerce") == 3]


_MP_ID = ("CaseNumber", "PoliceUseOfForceID", "OBJECTID", "ResponseDate")
_MPLS_QS = [
    Q(
        "how many use of force incidents are there",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["CaseNumber"].nunique()))),
        _MP_ID,
    ),
    Q(
        "what kind of force is used most",
        _lead(_named(lambda d: _top(d["ForceType"].value_counts()))),
        ("ForceType", "ForceTypeAction", *_MP_ID),
    ),
    Q(
        "what share of the people were black",
        either(
            _share(lambda d: float((_text(d["Race"]) == "Black").mean())),
            _share(lambda d: float((_text(d.loc[_text(d["Race"]) != "", "Race"]) == "Black").mean())),
            _share(lambda d: float((_text(d.drop_duplicates("CaseNumber")["Race"]) == "Black").mean())),
        ),
        ("Race", *_MP_ID),
    ),
    Q(
        "which year had the most",
        either(
            _lead(_year(lambda d: int(_mp_year(d).value_counts().idxmax()))),
            _lead(_year(lambda d: int(_mp_year(d).groupby(d["CaseNumber"]).first().value_counts().idxmax()))),
        ),
        ("ResponseDate", *_MP_ID),
    ),
    Q(
        "how often did the person get injured",
        either(
            _share(lambda d: float((_text(d["SubjectInjury"]) == "Yes").mean())),
            _share(lambda d: float((_text(d.loc[_text(d["SubjectInjury"]) != "", "SubjectInjury"]) == "Yes").mean())),
        ),
        ("SubjectInjury", *_MP_ID),
    ),
    Q(
        "and in the 3rd precinct?",
        either(
            _share(lambda d: float((_text(_mp_p3(d)["SubjectInjury"]) == "Yes").mean())),
            _share(
                lambda d: float(
                    (_text(_mp_p3(d).loc[_text(_mp_p3(d)["SubjectInjury"]) != "", "SubjectInjury"]) == "Yes").mean()
                )
            ),
        ),
        ("SubjectInjury", "Precinct", *_MP_ID),
    ),
]


# --- 6. CBS StatLine population dynamics per month (long download) -------------------------------------------------

_CBS_PROVINCES = {
    "PV20": 3.4,
    "PV21": 3.6,
    "PV22": 2.7,
    "PV23": 6.7,
    "PV24": 2.6,
    "PV25": 12.0,
    "PV26": 7.8,
    "PV27": 16.0,
    "PV28": 21.3,
    "PV29": 2.2,
    "PV30": 14.5,
    "PV31": 5.9,
}
_CBS_BIRTHS = {2016: 172_500, 2017: 169_800, 2018: 168_500, 2019: 169_700, 2020: 168_700, 2021: 179_200}
_CBS_BIRTHS |= {2022: 167_500, 2023: 163_800}
_CBS_DEATHS = {2016: 148_997, 2017: 150_214, 2018: 153_363, 2019: 151_885, 2020: 168_678, 2021: 170_972}
_CBS_DEATHS |= {2022: 169_938, 2023: 169_364}
_CBS_BIRTH_SEASON = [0.96, 0.89, 0.98, 0.95, 1.0, 0.99, 1.09, 1.07, 1.05, 1.02, 0.96, 1.04]
_CBS_DEATH_SEASON = [1.18, 1.06, 1.05, 0.97, 0.93, 0.88, 0.9, 0.91, 0.9, 0.98, 1.0, 1.14]


def _cbs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18106)
    provs = list(_CBS_PROVINCES)
    pw = np.array(list(_CBS_PROVINCES.values()))
    pw = pw / pw.sum()
    rows = []
    for measure, totals, season in (
        ("LiveBornChildren_2", _CBS_BIRTHS, _CBS_BIRTH_SEASON),
        ("Deaths_3", _CBS_DEATHS, _CBS_DEATH_SEASON),
    ):
        for year, total in totals.items():
            s = np.array(season) * rng.uniform(0.97, 1.03, 12)
            if measure == "Deaths_3" and year == 2020:
                s[3] *= 1.45
            months = np.round(total * s / s.sum() * rng.uniform(0.99, 1.01)).astype(int)
            table = {}
            for m, value in enumerate(months, start=1):
                share = pw * rng.uniform(0.95, 1.05, len(pw))
                parts = np.floor(value * share / share.sum()).astype(int)
                parts[int(rng.integers(len(parts)))] += value - parts.sum()
                table[m] = dict(zip(provs, parts, strict=True))
            for region in ["NL01", *provs]:
                vals = {m: sum(table[m].values()) if region == "NL01" else int(table[m][region]) for m in table}
                missing = {m for m in vals if region != "NL01" and year == 2023 and m >= 10}
                for period, v, gone in [
                    (f"{year}JJ00", sum(vals.values()), region != "NL01" and year == 2023),
                    *((f"{year}MM{m:02d}", vals[m], m in missing) for m in vals),
                ]:
                    rows.append(
                        {
                            "Measure": measure,
                            "RegioS": f"{region}  ",
                            "Perioden": period,
                            "Value": "." if gone else str(v),
                            "ValueAttribute": "Missing" if gone else "None",
                        }
                    )
    frame = pd.DataFrame(rows)
    frame.insert(0, "ID", range(len(frame)))
    return frame


def _cbs(d: pd.DataFrame, measure: str, region: str = "NL01") -> pd.DataFrame:
    f = d[(_text(d["Measure"]) == measure) & (_text(d["RegioS"]) == region)].copy()
    f["v"] = pd.to_numeric(f["Value"], errors="coerce")
    p = _text(f["Perioden"])
    f["year"] = p.str.slice(0, 4).astype(int)
    f["month"] = pd.to_numeric(p.str.slice(6, 8).where(p.str.contains("MM")), errors="coerce")
    return f


def _cbs_year(d: pd.DataFrame, measure: str, year: int, region: str = "NL01") -> float:
    f = _cbs(d, measure, region)
    return float(f.loc[(f["year"] == year) & f["month"].isna(), "v"].sum())


def _cbs_years(d: pd.DataFrame, measure: str) -> pd.Series:
    f = _cbs(d, measure)
    return f[f["month"].isna()].set_index("year")["v"]


def _cbs_top_month(d: pd.DataFrame) -> int:
    f = _cbs(d, "LiveBornChildren_2").dropna(subset=["month"])
    return int(f.groupby("month")["v"].sum().idxmax())


def _cbs_top_province(d: pd.DataFrame) -> str:
    vals = {p: _cbs_year(d, "LiveBornChildren_2", 2019, p) for p in _CBS_PROVINCES}
    return max(vals, key=lambda k: vals[k])


_CBS_ID = ("ID", "Measure", "RegioS", "Perioden", "Value")
_CBS_QS = [
    Q(
        "how many babies were born in the netherlands in 2022",
        _count(lambda d: _cbs_year(d, "LiveBornChildren_2", 2022)),
        _CBS_ID,
    ),
    Q(
        "were there more deaths than births that year?",
        _count(lambda d: [_cbs_year(d, "Deaths_3", 2022), _cbs_year(d, "LiveBornChildren_2", 2022)]),
        _CBS_ID,
    ),
    Q("which month of the year has the most births", _lead(_month_of_year(_cbs_top_month)), _CBS_ID),
    Q("which year had the most deaths", _lead(_year(lambda d: int(_cbs_years(d, "Deaths_3").idxmax()))), _CBS_ID),
    Q("which province had the most births in 2019", _lead(_named(_cbs_top_province)), _CBS_ID),
    Q(
        "by how much did births drop from 2016 to 2023, in percent",
        _pct(lambda d: _cbs_year(d, "LiveBornChildren_2", 2023) / _cbs_year(d, "LiveBornChildren_2", 2016) - 1),
        _CBS_ID,
    ),
]


# --- 7. BEA SAGDP2N GDP by state and industry ----------------------------------------------------------------------

_BEA_STATES = {
    "Alabama": ("01", 5, 300), "Alaska": ("02", 8, 65), "Arizona": ("04", 6, 520), "Arkansas": ("05", 5, 170),
    "California": ("06", 8, 3870), "Colorado": ("08", 7, 530), "Connecticut": ("09", 1, 330),
    "Delaware": ("10", 2, 100), "District of Columbia": ("11", 2, 170), "Florida": ("12", 5, 1580),
    "Georgia": ("13", 5, 810), "Hawaii": ("15", 8, 110), "Idaho": ("16", 7, 120), "Illinois": ("17", 3, 1050),
    "Indiana": ("18", 3, 500), "Iowa": ("19", 4, 250), "Kansas": ("20", 4, 220), "Kentucky": ("21", 5, 270),
    "Louisiana": ("22", 5, 300), "Maine": ("23", 1, 90), "Maryland": ("24", 2, 510), "Massachusetts": ("25", 1, 730),
    "Michigan": ("26", 3, 680), "Minnesota": ("27", 4, 480), "Mississippi": ("28", 5, 150),
    "Missouri": ("29", 4, 430), "Montana": ("30", 7, 70), "Nebraska": ("31", 4, 170), "Nevada": ("32", 8, 250),
    "New Hampshire": ("33", 1, 110), "New Jersey": ("34", 2, 800), "New Mexico": ("35", 6, 130),
    "New York": ("36", 2, 2150), "North Carolina": ("37", 5, 790), "North Dakota": ("38", 4, 75),
    "Ohio": ("39", 3, 870), "Oklahoma": ("40", 6, 250), "Oregon": ("41", 8, 300), "Pennsylvania": ("42", 2, 970),
    "Rhode Island": ("44", 1, 75), "South Carolina": ("45", 5, 320), "South Dakota": ("46", 4, 70),
    "Tennessee": ("47", 5, 520), "Texas": ("48", 6, 2560), "Utah": ("49", 7, 270), "Vermont": ("50", 1, 45),
    "Virginia": ("51", 5, 710), "Washington": ("53", 8, 800), "West Virginia": ("54", 5, 100),
    "Wisconsin": ("55", 3, 420), "Wyoming": ("56", 7, 50),
}  # fmt: skip
# line code: (classification, description, base share)
_BEA_LINES = {
    3: ("11", "Agriculture, forestry, fishing and hunting", 0.01),
    6: ("21", "Mining, quarrying, and oil and gas extraction", 0.013),
    10: ("22", "Utilities", 0.016),
    11: ("23", "Construction", 0.043),
    12: ("31-33", "Manufacturing", 0.105),
    34: ("42", "Wholesale trade", 0.06),
    35: ("44-45", "Retail trade", 0.062),
    36: ("48-49", "Transportation and warehousing", 0.033),
    45: ("51", "Information", 0.055),
    50: ("52,53", "Finance, insurance, real estate, rental, and leasing", 0.205),
    59: ("54,55,56", "Professional and business services", 0.13),
    68: ("61,62", "Educational services, health care, and social assistance", 0.085),
    75: ("71,72", "Arts, entertainment, recreation, accommodation, and food services", 0.042),
    82: ("81", "Other services (except government and government enterprises)", 0.02),
    83: ("G", "Government and government enterprises", 0.12),
}
_BEA_TILT = {
    "Nevada": {75: 5.6, 50: 0.8},
    "Washington": {45: 3.4},
    "California": {45: 2.2},
    "Texas": {6: 6.0, 12: 1.2},
    "Wyoming": {6: 9.0},
    "North Dakota": {6: 7.0, 3: 4.0},
    "Alaska": {6: 8.0},
    "District of Columbia": {83: 2.6, 12: 0.03, 3: 0.0},
    "Indiana": {12: 2.3},
    "Michigan": {12: 1.6},
    "Ohio": {12: 1.5},
    "Hawaii": {75: 2.2, 83: 1.6},
}
_BEA_YEARS = list(range(2017, 2024))
_BEA_GROWTH = {2017: 1.0, 2018: 1.054, 2019: 1.095, 2020: 1.073, 2021: 1.182, 2022: 1.29, 2023: 1.37}


def _bea_frame() -> pd.DataFrame:
    rng = np.random.default_rng(18107)
    lines = list(_BEA_LINES)
    data: dict[str, dict[int, np.ndarray]] = {}
    for state, (_, _, gdp23) in _BEA_STATES.items():
        shares = np.array([_BEA_LINES[c][2] * _BEA_TILT.get(state, {}).get(c, 1.0) for c in lines])
        shares *= rng.uniform(0.8, 1.2, len(shares))
        shares /= shares.sum()
        drift = float(rng.normal(0, 0.025))
        base = gdp23 * 1000 * float(rng.uniform(0.97, 1.03)) / _BEA_GROWTH[2023]
        data[state] = {}
        for y in _BEA_YEARS:
            level = base * _BEA_GROWTH[y] * (1 + drift * (y - 2023) / 6)
            data[state][y] = np.round(level * shares * rng.uniform(0.985, 1.015, len(shares)), 1)
    us = {y: sum(data[s][y] for s in data) for y in _BEA_YEARS}
    suppressed = {("Vermont", 6), ("Delaware", 6), ("Rhode Island", 6), ("District of Columbia", 6)}
    suppressed |= {("District of Columbia", 3), ("Hawaii", 6), ("New Hampshire", 6), ("Maine", 6)}

    def block(name: str, fips: str, region: str, vals: dict[int, np.ndarray]) -> list[dict[str, Any]]:
        out = []
        gov = lines.index(83)
        totals = {y: round(float(vals[y].sum()), 1) for y in _BEA_YEARS}
        privs = {y: round(totals[y] - float(vals[y][gov]), 1) for y in _BEA_YEARS}
        head = {"GeoFIPS": f' "{fips}"', "GeoName": name, "Region": region, "TableName": "SAGDP2N"}
        unit = "Millions of current dollars"
        out.append({**head, "LineCode": 1, "IndustryClassification": "...", "Description": "All industry total",
                    "Unit": unit, **{str(y): f"{totals[y]:.1f}" for y in _BEA_YEARS}})  # fmt: skip
        out.append({**head, "LineCode": 2, "IndustryClassification": "...", "Description": " Private industries",
                    "Unit": unit, **{str(y): f"{privs[y]:.1f}" for y in _BEA_YEARS}})  # fmt: skip
        for k, code in enumerate(lines):
            cls, desc, _ = _BEA_LINES[code]
            hidden = (name, code) in suppressed
            out.append(
                {
                    **head,
                    "LineCode": code,
                    "IndustryClassification": cls,
                    "Description": ("  " if code != 83 else " ") + desc,
                    "Unit": unit,
                    **{str(y): "(D)" if hidden else f"{float(vals[y][k]):.1f}" for y in _BEA_YEARS},
                }
            )
        return out

    rows = block("United States", "00000", "", us)
    for state, (fips, region, _) in _BEA_STATES.items():
        rows += block(state, f"{fips}000", str(region), data[state])
    notes = [
        "Note: See the included footnote file.",
        "CAGDP2N: Gross domestic product (GDP) by state and industry",
        "Last updated: March 29, 2024-- new statistics for 2023; revised statistics for 2017-2022.",
        "Source: U.S. Department of Commerce / Bureau of Economic Analysis",
    ]
    rows += [{"GeoFIPS": n} for n in notes]
    return pd.DataFrame(rows)


def _bea(d: pd.DataFrame, state: str, line: int, year: int) -> float:
    keep = d[(_text(d["GeoName"]) == state) & (pd.to_numeric(d["LineCode"], errors="coerce") == line)]
    return float(_num(keep[str(year)]).sum())


def _bea_states(d: pd.DataFrame, line: int, year: int) -> pd.Series:
    keep = d[(pd.to_numeric(d["LineCode"], errors="coerce") == line) & (_text(d["GeoName"]) != "United States")]
    keep = keep[_text(keep["GeoName"]) != ""]
    return pd.Series(_num(keep[str(year)]).to_numpy(), index=_text(keep["GeoName"]).to_numpy())


def _bea_nv_top(d: pd.DataFrame) -> str:
    keep = d[(_text(d["GeoName"]) == "Nevada") & (pd.to_numeric(d["LineCode"], errors="coerce") > 2)]
    return _top(pd.Series(_num(keep["2023"]).to_numpy(), index=_text(keep["Description"]).to_numpy()))


_BEA_ALIASES = {_BEA_LINES[75][1]: ("accommodation and food services", "arts, entertainment")}
_BEA_ID = ("GeoFIPS", "GeoName", "LineCode", "Description", "2023")
_BEA_QS = [
    Q(
        "which state had the biggest economy in 2023",
        _lead(_named(lambda d: _top(_bea_states(d, 1, 2023)))),
        _BEA_ID,
    ),
    Q(
        "how big was texas's gdp that year",
        _scaled(lambda d: _bea(d, "Texas", 1, 2023), (1e-6, 1e3, 1e6)),
        (*_BEA_ID, "Unit"),
    ),
    Q(
        "how much did the whole us economy grow from 2017 to 2023",
        _pct(lambda d: _bea(d, "United States", 1, 2023) / _bea(d, "United States", 1, 2017) - 1),
        (*_BEA_ID, "2017"),
    ),
    Q("whats the biggest industry in nevada", _lead(_named(_bea_nv_top, _BEA_ALIASES)), _BEA_ID),
    Q(
        "what share of washington's gdp comes from information in 2023",
        _share(lambda d: _bea(d, "Washington", 45, 2023) / _bea(d, "Washington", 1, 2023)),
        _BEA_ID,
    ),
    Q(
        "how many states had more than $100 billion of manufacturing in 2023",
        _count(lambda d: int((_bea_states(d, 12, 2023) > 100_000).sum())),
        (*_BEA_ID, "Unit"),
    ),
]


HELDOUT181: list[Dataset] = [
    Dataset("copper_crm_people_export", _copper_frame, _COPPER_QS),
    Dataset("timely_memory_hours_export", _timely_frame, _TIMELY_QS),
    Dataset("komoot_tours_export", _komoot_frame, _KOMOOT_QS),
    Dataset("samsung_health_step_daily_trend_export", _samsung_frame, _SAMSUNG_QS),
    Dataset("minneapolis_police_use_of_force", _mpls_frame, _MPLS_QS),
    Dataset("cbs_statline_population_dynamics_per_month_long", _cbs_frame, _CBS_QS),
    Dataset("bea_sagdp2n_gdp_by_state_and_industry", _bea_frame, _BEA_QS),
]
