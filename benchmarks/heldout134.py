"""HELDOUT134: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Kraken
ledgers export for one account (txid as "L4UESK-KG3EQ-UFO4T5", refid shared by the two legs of a trade, time as
"2023-01-05 14:22:31.1234", type deposit / withdrawal / trade / staking / transfer, subtype blank or "spottostaking",
aclass "currency", asset as Kraken's codes XXBT / XETH / ZUSD / DOT / DOT.S / ETH2.S, wallet "spot / main", amount
signed, fee in the same asset, balance after the entry; a pending copy of some deposits with a blank txid and blank
balance, 2022-2024); a Zoho CRM leads module export (Record Id as "zcrm_5725767000000412345", Lead Owner, Company,
First Name, Last Name, Title, Email, Phone and Mobile often blank, Lead Source Advertisement / Cold Call / Trade
Show / Web Download / ..., Lead Status Not Contacted / Attempted to Contact / Contacted / Junk Lead / Lost Lead /
Pre-Qualified / Not Qualified / Contact in Future, Industry "-None-" when unset, No. of Employees, Annual Revenue blank
when unknown, Rating Hot / Warm / Cold / blank, Email Opt Out "true" / "false", Created Time and Modified Time as
"2024-03-05 14:22:10", City, State, Country, 2023-2024); an Apple Music "Play Activity" file from Apple's privacy
download (Apple ID Number, Apple Music Subscription, Artist Name, Build Version, Client IP Address, Content Name,
Content Specific Type, Device Identifier, End Position In Milliseconds, End Reason Type NATURAL_END_OF_TRACK /
TRACK_SKIPPED_FORWARDS / TRACK_SKIPPED_BACKWARDS / PLAYBACK_MANUALLY_PAUSED / SCRUB_END / blank, Event End Timestamp
and Event Start Timestamp as "2023-05-14T08:12:33.123Z", Event Type PLAY_END / PLAY_START / LYRIC_DISPLAY (the last
two with blank durations), Feature Name, Genre, Item Type, Media Duration In Milliseconds, Media Type, Offline, Play
Duration Milliseconds with a few negative glitches, Source Type, Start Position In Milliseconds, Store Country Name,
UTC Offset In Seconds, 2023 to mid 2024); a Square customer directory export (Reference ID mostly blank, First Name,
Last Name, Email Address, Phone Number as "+13125550123", Nickname, Company Name, Street Address 1 / 2, City, State,
Postal Code as text, Birthday as "0000-05-12" when the year is unknown, Memo, Square Customer ID, Creation Source,
First Visit and Last Visit as "2023-02-14" (blank for customers with no purchase), Transaction Count, Lifetime Spend
as "$1,234.56", Loyalty Points blank when not enrolled, Email Subscription Status, a few customers exported twice);
BLS OEWS state occupational wages (AREA, AREA_TITLE, AREA_TYPE, PRIM_STATE, NAICS "000000", NAICS_TITLE
"Cross-industry", OWN_CODE, OCC_CODE as "29-1141", OCC_TITLE, O_GROUP total / major / detailed, TOT_EMP as text with
thousands commas or "**", EMP_PRSE, JOBS_1000, LOC_QUOTIENT, H_MEAN, A_MEAN, H_MEDIAN, A_MEDIAN and percentiles as
text, "*" where a wage is not available (hourly wages of annual-only occupations), "#" where it is at or above
$239,200 (hourly $115.00), ANNUAL / HOURLY "TRUE" or blank, twelve states with an "All Occupations" total row each);
City of Chicago building violations (ID, VIOLATION LAST MODIFIED DATE, VIOLATION DATE and VIOLATION STATUS DATE as
"MM/DD/YYYY", VIOLATION CODE as "CN061014", VIOLATION STATUS OPEN / COMPLIED / NO ENTRY, VIOLATION DESCRIPTION upper
case, VIOLATION LOCATION, VIOLATION INSPECTOR COMMENTS, INSPECTOR ID, INSPECTION NUMBER repeated over the
violations of one inspection, INSPECTION STATUS, INSPECTION CATEGORY COMPLAINT / PERIODIC / PERMIT / REGISTRATION,
DEPARTMENT BUREAU, ADDRESS as "4012 W MADISON ST", STREET NUMBER, STREET DIRECTION, STREET NAME, STREET TYPE,
PROPERTY GROUP, LATITUDE, LONGITUDE, 2019-2024); and FDA FAERS quarterly reports with the DEMO table joined to
REAC and OUTC (primaryid, caseid, caseversion, i_f_code I / F, event_dt as YYYYMMDD or just YYYYMM / YYYY,
init_fda_dt and fda_dt as YYYYMMDD, rept_cod EXP / PER / DIR, mfr_sndr, age with age_cod YR / MON / WK / DY / DEC
(blank when unknown), sex F / M / UNK / blank, wt with wt_cod KG / LBS, reporter_country, occr_country, occp_cod MD /
PH / CN / HP / LW / OT, drugname of the primary suspect drug in upper case, pt the reaction term in upper case, outc_cod
DE / LT / HO / DS / CA / RI / OT or blank: one row per report, reaction and outcome, so a report repeats). All are
generated with a fixed seed.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, labels_in
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _topn(scores: pd.Series, n: int) -> list[str]:
    return [str(x) for x in _ranked(scores).index[:n]]


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with currency or thousands commas ("$1,250.00"), blanks and codes ("*", "#") as NaN."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _stamps(start: str, end: str, rng: np.random.Generator, n: int) -> pd.Series:
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    secs = np.sort(rng.integers(0, int((hi - lo).total_seconds()), n))
    return pd.Series(lo + pd.to_timedelta(secs, unit="s"))


def _code(rng: np.random.Generator, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), n))


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]


# --- 1. Kraken ledgers export --------------------------------------------------------------------------------------

_KR_COLS = ["txid", "refid", "time", "type", "subtype", "aclass", "asset", "wallet", "amount", "fee", "balance"]
_KR_PRICE = {"XXBT": 42000.0, "XETH": 2300.0, "DOT": 7.0}


def _kraken_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13401)
    times = _stamps("2022-01-03", "2024-06-28", rng, 1400)
    bal: dict[str, float] = {}
    rows: list[dict[str, Any]] = []

    def add(t: pd.Timestamp, ref: str, typ: str, asset: str, amount: float, fee: float, sub: str = "") -> None:
        places = 4 if asset == "ZUSD" else 10
        bal[asset] = round(bal.get(asset, 0.0) + amount - fee, places)
        rows.append(
            {
                "txid": f"L{_code(rng, 5)}-{_code(rng, 5)}-{_code(rng, 6)}",
                "refid": ref,
                "time": f"{t:%Y-%m-%d %H:%M:%S}.{int(rng.integers(0, 10000)):04d}",
                "type": typ,
                "subtype": sub,
                "aclass": "currency",
                "asset": asset,
                "wallet": "spot / main",
                "amount": f"{amount:.{places}f}",
                "fee": f"{fee:.{places}f}",
                "balance": f"{bal[asset]:.{places}f}",
            }
        )

    def pending(t: pd.Timestamp, ref: str, asset: str, amount: float) -> None:
        places = 4 if asset == "ZUSD" else 10
        row = {c: "" for c in _KR_COLS} | {"refid": ref, "type": "deposit", "aclass": "currency", "asset": asset}
        row |= {"time": f"{t:%Y-%m-%d %H:%M:%S}.0000", "wallet": "spot / main", "amount": f"{amount:.{places}f}"}
        row["fee"] = f"{0:.{places}f}"
        rows.append(row)

    for t in times:
        ref = f"{_code(rng, 1, 'ABFQT')}{_code(rng, 6)}-{_code(rng, 6)}"
        usd = bal.get("ZUSD", 0.0)
        r = rng.random()
        season = 1.6 if t.month in (1, 2, 11) else 1.0
        if r < 0.10 * season or usd < 300:
            amount = round(float(rng.choice([250, 500, 1000, 1500, 2500, 5000], p=[0.2, 0.3, 0.25, 0.1, 0.1, 0.05])), 2)
            if rng.random() < 0.3:
                pending(t - pd.Timedelta(minutes=int(rng.integers(5, 300))), ref, "ZUSD", amount)
            add(t, ref, "deposit", "ZUSD", amount, 0.0)
        elif r < 0.62:
            asset = str(_one(rng, ["XXBT", "XETH", "DOT"], [5, 3, 2]))
            price = _KR_PRICE[asset] * float(np.exp(rng.normal(0, 0.25)))
            held = bal.get(asset, 0.0)
            if rng.random() < 0.7 or held * price < 50:
                spend = round(min(usd * float(rng.uniform(0.05, 0.4)), 4000.0), 4)
                if spend < 20:
                    continue
                qty = round(spend / price, 10)
                fee = round(spend * 0.0026, 4)
                add(t, ref, "trade", "ZUSD", -spend, fee)
                add(t, ref, "trade", asset, qty, 0.0)
            else:
                qty = round(held * float(rng.uniform(0.1, 0.5)), 10)
                got = round(qty * price, 4)
                add(t, ref, "trade", asset, -qty, 0.0)
                add(t, ref, "trade", "ZUSD", got, round(got * 0.0026, 4))
        elif r < 0.90:
            for asset, rate in (("DOT.S", 0.0006), ("ETH2.S", 0.00008)):
                if bal.get(asset, 0.0) > 0:
                    add(t, ref, "staking", asset, round(bal[asset] * rate * float(rng.uniform(0.8, 1.2)), 10), 0.0)
                    ref = f"S{_code(rng, 6)}-{_code(rng, 6)}"
        elif r < 0.95:
            src = str(_one(rng, ["DOT", "XETH"]))
            dst = "DOT.S" if src == "DOT" else "ETH2.S"
            qty = round(bal.get(src, 0.0) * float(rng.uniform(0.3, 0.8)), 10)
            if qty <= 0:
                continue
            add(t, ref, "transfer", src, -qty, 0.0, "spottostaking")
            add(t, ref, "transfer", dst, qty, 0.0, "stakingfromspot")
        else:
            asset = str(_one(rng, ["ZUSD", "XXBT"], [2, 1]))
            held = bal.get(asset, 0.0)
            qty = round(held * float(rng.uniform(0.2, 0.6)), 4 if asset == "ZUSD" else 10)
            if qty <= 0:
                continue
            fee = 0.0 if asset == "ZUSD" else 0.00015
            if asset == "ZUSD":
                fee = 0.0 if qty > 2000 else 4.0
            add(t, ref, "withdrawal", asset, -qty, fee)
    return pd.DataFrame(rows, columns=_KR_COLS)


def _kr_posted(d: pd.DataFrame) -> pd.Series:
    return _txt(d["txid"]) != ""


def _kr_time(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["time"], errors="coerce")


def _kr_balance(asset: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = (_txt(d["asset"]) == asset) & d["balance"].notna()
        return float(d.loc[keep].assign(_t=_kr_time(d)[keep]).sort_values("_t")["balance"].iloc[-1])

    return value


def _kr_deposit_month(with_pending: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        keep = (_txt(d["type"]) == "deposit") & (_txt(d["asset"]) == "ZUSD")
        if not with_pending:
            keep &= _kr_posted(d)
        months = _kr_time(d)[keep].dt.to_period("M")
        return pd.Period(_top(d.loc[keep, "amount"].groupby(months).sum())).to_timestamp()

    return value


_KR_TRADE = lambda d: _txt(d["type"]) == "trade"  # noqa: E731
_KR_DOT = lambda d: (_txt(d["type"]) == "staking") & (_txt(d["asset"]) == "DOT.S")  # noqa: E731

_KRAKEN_QS = [
    Q(
        "how many trades have i made?",
        either(
            _count(lambda d: int(d.loc[_KR_TRADE(d), "refid"].nunique())), _count(lambda d: int(_KR_TRADE(d).sum()))
        ),
        ("type", "refid", "txid"),
    ),
    Q(
        "how much have i paid in fees in dollars",
        either(
            _dollars(lambda d: float(d.loc[_txt(d["asset"]) == "ZUSD", "fee"].sum())),
            _dollars(lambda d: float(d.loc[(_txt(d["asset"]) == "ZUSD") & _KR_TRADE(d), "fee"].sum())),
        ),
        ("fee", "asset", "type"),
    ),
    Q(
        "which month did i put the most usd in",
        either(_month_year(_kr_deposit_month(False)), _month_year(_kr_deposit_month(True))),
        ("time", "type", "asset", "amount", "txid"),
    ),
    Q(
        "whats my btc balance right now",
        _about(_kr_balance("XXBT"), rel=0.002),
        ("asset", "balance", "time"),
    ),
    Q(
        "and eth?",
        either(
            _about(_kr_balance("XETH"), rel=0.002),
            _about(lambda d: _kr_balance("XETH")(d) + _kr_balance("ETH2.S")(d), rel=0.002),
        ),
        ("asset", "balance", "time"),
    ),
    Q(
        "how much dot have i earned from staking",
        _about(lambda d: float(d.loc[_KR_DOT(d), "amount"].sum() - d.loc[_KR_DOT(d), "fee"].sum()), rel=0.005),
        ("type", "asset", "amount", "fee"),
    ),
]


# --- 2. Zoho CRM leads export --------------------------------------------------------------------------------------

_ZC_SOURCES = {"Advertisement": 8, "Cold Call": 14, "Employee Referral": 5, "External Referral": 4, "Partner": 6}
_ZC_SOURCES |= {"Trade Show": 10, "Web Download": 18, "Web Research": 9, "Chat": 7, "Seminar Partner": 3, "": 6}
_ZC_STATUS = {"Not Contacted": 22, "Attempted to Contact": 18, "Contacted": 20, "Junk Lead": 9, "Lost Lead": 7}
_ZC_STATUS |= {"Pre-Qualified": 10, "Not Qualified": 8, "Contact in Future": 6}
_ZC_INDUSTRY = {"Technology": (3.0, 16), "Manufacturing": (4.5, 12), "Healthcare": (3.8, 10), "Retail": (1.6, 10)}
_ZC_INDUSTRY |= {"Financial Services": (5.5, 8), "Education": (1.1, 6), "Construction": (2.2, 7), "-None-": (2.0, 9)}
_ZC_OWNERS = {"Rachel Adams": 1.3, "Kevin Brooks": 1.0, "Sofia Martinez": 0.8, "Daniel Cho": 1.1, "Amy Walsh": 0.7}
_ZC_CITIES = [("Austin", "TX"), ("Denver", "CO"), ("Chicago", "IL"), ("Boston", "MA"), ("Seattle", "WA")]
_ZC_CITIES += [("Atlanta", "GA"), ("Phoenix", "AZ"), ("Columbus", "OH")]
_ZC_TITLES = ["CEO", "Owner", "Operations Manager", "IT Director", "Purchasing Manager", "VP Sales", "Office Manager"]
_ZC_WORDS = ["Summit", "Blue", "Northwind", "Apex", "Cedar", "Pioneer", "Harbor", "Vertex", "Granite", "Bright"]
_ZC_KINDS = ["Solutions", "Group", "Labs", "Industries", "Partners", "Supply", "Systems", "Co"]
_ZC_COLS = ["Record Id", "Lead Owner", "Company", "First Name", "Last Name", "Title", "Email", "Phone", "Mobile"]
_ZC_COLS += ["Lead Source", "Lead Status", "Industry", "No. of Employees", "Annual Revenue", "Rating", "Email Opt Out"]
_ZC_COLS += ["Created Time", "Modified Time", "City", "State", "Country"]


def _zoho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13402)
    n = 1850
    created = _stamps("2023-01-02 08:00", "2024-06-30 18:00", rng, n)
    rows = []
    rid = 5725767000000400000
    for t in created:
        rid += int(rng.integers(1000, 40000))
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        company = f"{_one(rng, _ZC_WORDS)} {_one(rng, _ZC_KINDS)}"
        industry = str(_one(rng, list(_ZC_INDUSTRY), [v[1] for v in _ZC_INDUSTRY.values()]))
        scale = _ZC_INDUSTRY[industry][0]
        employees = int(np.clip(rng.lognormal(3.2, 1.1), 1, 20000))
        revenue = round(employees * scale * float(rng.lognormal(11.2, 0.4)), -3)
        status = str(_one(rng, list(_ZC_STATUS), list(_ZC_STATUS.values())))
        if t > pd.Timestamp("2024-05-01") and rng.random() < 0.5:
            status = "Not Contacted"
        owner = str(_one(rng, list(_ZC_OWNERS), list(_ZC_OWNERS.values())))
        city, state = _ZC_CITIES[int(rng.integers(len(_ZC_CITIES)))]
        modified = t + pd.Timedelta(hours=float(rng.exponential(300)))
        rows.append(
            {
                "Record Id": f"zcrm_{rid}",
                "Lead Owner": owner,
                "Company": company,
                "First Name": first if rng.random() > 0.04 else "",
                "Last Name": last,
                "Title": str(_one(rng, _ZC_TITLES)) if rng.random() > 0.2 else "",
                "Email": f"{first.lower()}.{last.lower()}@{company.split()[0].lower()}.com"
                if rng.random() > 0.1
                else "",
                "Phone": f"({rng.integers(200, 999)}) 555-{rng.integers(1000, 9999)}" if rng.random() > 0.27 else "",
                "Mobile": f"({rng.integers(200, 999)}) 555-{rng.integers(1000, 9999)}" if rng.random() > 0.7 else "",
                "Lead Source": str(_one(rng, list(_ZC_SOURCES), list(_ZC_SOURCES.values()))),
                "Lead Status": status,
                "Industry": industry,
                "No. of Employees": employees if rng.random() > 0.25 else "",
                "Annual Revenue": revenue if rng.random() > 0.35 else "",
                "Rating": str(_one(rng, ["Hot", "Warm", "Cold", ""], [2, 4, 3, 5])),
                "Email Opt Out": "true" if rng.random() < 0.08 else "false",
                "Created Time": f"{t:%Y-%m-%d %H:%M:%S}",
                "Modified Time": f"{modified:%Y-%m-%d %H:%M:%S}",
                "City": city,
                "State": state,
                "Country": "United States" if rng.random() > 0.05 else "",
            }
        )
    return pd.DataFrame(rows, columns=_ZC_COLS)


def _zc_status(d: pd.DataFrame, status: str) -> pd.Series:
    return _txt(d["Lead Status"]) == status


def _zc_rich(d: pd.DataFrame) -> str:
    keep = ~_txt(d["Industry"]).isin(["", "-None-"])
    return _top(_num(d.loc[keep, "Annual Revenue"]).groupby(_txt(d["Industry"])[keep]).mean())


_ZOHO_QS = [
    Q(
        "where do most of our leads come from?",
        _lead(_named(lambda d: _top(_txt(d["Lead Source"]).replace("", pd.NA).dropna().value_counts()))),
        ("Lead Source",),
    ),
    Q(
        "what percent of leads are junk",
        _share(lambda d: float(_zc_status(d, "Junk Lead").mean())),
        ("Lead Status",),
    ),
    Q(
        "how many new leads did we get in march 2024",
        _count(lambda d: int(pd.to_datetime(d["Created Time"]).dt.to_period("M").eq(pd.Period("2024-03")).sum())),
        ("Created Time", "Record Id"),
    ),
    Q(
        "who has the most leads that nobody has contacted yet",
        _lead(_named(lambda d: _top(_txt(d.loc[_zc_status(d, "Not Contacted"), "Lead Owner"]).value_counts()))),
        ("Lead Owner", "Lead Status"),
    ),
    Q(
        "how many leads don't have a phone number",
        either(
            _count(lambda d: int((_txt(d["Phone"]) == "").sum())),
            _count(lambda d: int(((_txt(d["Phone"]) == "") & (_txt(d["Mobile"]) == "")).sum())),
        ),
        ("Phone", "Mobile"),
    ),
    Q(
        "which industry has the highest average annual revenue",
        _lead(_named(_zc_rich)),
        ("Industry", "Annual Revenue"),
    ),
]


# --- 3. Apple Music Play Activity ----------------------------------------------------------------------------------

_AM_ARTISTS = {
    "Taylor Swift": ("Pop", 14, ["Cruel Summer", "Anti-Hero", "Style", "august", "Karma", "Lavender Haze"]),
    "Phoebe Bridgers": ("Alternative", 9, ["Motion Sickness", "Kyoto", "Garden Song", "Savior Complex"]),
    "Kendrick Lamar": ("Hip-Hop/Rap", 10, ["N95", "DNA.", "Alright", "Money Trees", "United in Grief"]),
    "Fleetwood Mac": ("Rock", 7, ["Dreams", "The Chain", "Landslide", "Everywhere"]),
    "SZA": ("R&B/Soul", 11, ["Kill Bill", "Snooze", "Good Days", "Saturn", "Nobody Gets Me"]),
    "Khruangbin": ("Alternative", 5, ["Time (You and I)", "Maria También", "So We Won't Forget"]),
    "Bon Iver": ("Alternative", 6, ["Holocene", "Skinny Love", "Hey, Ma"]),
    "Bad Bunny": ("Latin", 8, ["Tití Me Preguntó", "Me Porto Bonito", "Ojitos Lindos", "Moscow Mule"]),
    "Radiohead": ("Alternative", 6, ["Weird Fishes/Arpeggi", "Reckoner", "No Surprises", "Nude"]),
    "Mitski": ("Alternative", 7, ["My Love Mine All Mine", "Nobody", "Washing Machine Heart"]),
}
_AM_END = {"NATURAL_END_OF_TRACK": 58, "TRACK_SKIPPED_FORWARDS": 24, "TRACK_SKIPPED_BACKWARDS": 3}
_AM_END |= {"PLAYBACK_MANUALLY_PAUSED": 9, "SCRUB_END": 3, "MANUALLY_SELECTED_PLAYBACK_OF_A_DIFF_ITEM": 3}
_AM_COLS = ["Apple ID Number", "Apple Music Subscription", "Artist Name", "Build Version", "Client IP Address"]
_AM_COLS += ["Content Name", "Content Specific Type", "Device Identifier", "End Position In Milliseconds"]
_AM_COLS += ["End Reason Type", "Event End Timestamp", "Event Start Timestamp", "Event Type", "Feature Name", "Genre"]
_AM_COLS += ["Item Type", "Media Duration In Milliseconds", "Media Type", "Offline", "Play Duration Milliseconds"]
_AM_COLS += ["Source Type", "Start Position In Milliseconds", "Store Country Name", "UTC Offset In Seconds"]


def _apple_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13403)
    n = 3600
    starts = _stamps("2023-01-01", "2024-06-30", rng, n)
    artists = list(_AM_ARTISTS)
    weights = [v[1] for v in _AM_ARTISTS.values()]
    lengths = {s: int(rng.integers(150_000, 330_000)) for v in _AM_ARTISTS.values() for s in v[2]}
    devices = ["4F1C2A77-91B3-4C1E-9E0B-2D6A8C1F0A11", "A93D0E52-6B7F-4D28-8C35-71E2B9F4C6D0"]
    rows = []
    for t in starts:
        # a busy August 2023, so one month stands out
        if not (t.year == 2023 and t.month == 8) and rng.random() < 0.3:
            continue
        artist = str(_one(rng, artists, weights))
        genre, _, songs = _AM_ARTISTS[artist]
        song = str(_one(rng, songs, 1.0 / np.arange(1, len(songs) + 1)))
        length = lengths[song]
        kind = str(_one(rng, ["PLAY_END", "PLAY_START", "LYRIC_DISPLAY"], [88, 8, 4]))
        row = {c: "" for c in _AM_COLS}
        row |= {"Apple ID Number": 1348826574, "Apple Music Subscription": "true", "Artist Name": artist}
        row |= {
            "Build Version": str(_one(rng, ["Music/1.3.5 iOS/17.2", "Music/1.4.1 iOS/17.4", "Music/1.4 macOS/14.3"]))
        }
        row |= {"Client IP Address": f"73.{rng.integers(10, 250)}.{rng.integers(0, 255)}.{rng.integers(1, 254)}"}
        row |= {"Content Name": song, "Content Specific Type": "Song", "Device Identifier": str(_one(rng, devices))}
        row |= {"Event Type": kind, "Genre": genre, "Item Type": "ITUNES_STORE_CONTENT", "Media Type": "AUDIO"}
        row |= {"Feature Name": str(_one(rng, ["library / songs", "browse", "search / top-results", "now_playing"]))}
        row |= {"Event Start Timestamp": f"{t:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z"}
        row |= {"Media Duration In Milliseconds": length, "Offline": "true" if rng.random() < 0.12 else "false"}
        row |= {
            "Source Type": str(_one(rng, ["IPHONE", "MAC", "HOMEPOD"], [7, 2, 1])),
            "Store Country Name": "United States",
        }
        row |= {"UTC Offset In Seconds": -18000 if t.month in (1, 2, 3, 11, 12) else -14400}
        row |= {"Start Position In Milliseconds": 0}
        if kind == "PLAY_END":
            end = str(_one(rng, list(_AM_END), list(_AM_END.values())))
            if end == "NATURAL_END_OF_TRACK":
                played = length
            elif end.startswith("TRACK_SKIPPED"):
                played = int(rng.integers(1500, 45_000))
            else:
                played = int(rng.integers(10_000, length))
            if rng.random() < 0.006:
                played = -int(rng.integers(1000, 90_000))
            row |= {
                "End Reason Type": end,
                "Play Duration Milliseconds": played,
                "End Position In Milliseconds": max(played, 0),
            }
            row["Event End Timestamp"] = (
                f"{t + pd.Timedelta(milliseconds=max(played, 0)):%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z"
            )
        rows.append(row)
    return pd.DataFrame(rows, columns=_AM_COLS)


def _am_end(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Event Type"]) == "PLAY_END"


def _am_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Event Start Timestamp"], utc=True).dt.tz_localize(None).dt.to_period("M")


def _am_ms(positive: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        ms = pd.to_numeric(d["Play Duration Milliseconds"], errors="coerce").fillna(0)
        return ms.clip(lower=0) if positive else ms

    return value


def _am_scores(d: pd.DataFrame, by: str, how: str) -> pd.Series:
    if how == "time":
        return _am_ms(True)(d).groupby(_txt(d[by])).sum()
    keep = _am_end(d) if how == "ends" else _txt(d[by]) != ""
    return _txt(d.loc[keep, by]).value_counts()


def _am_busiest(how: str) -> Callable[[pd.DataFrame], pd.Period]:
    def value(d: pd.DataFrame) -> pd.Period:
        if how == "time":
            return pd.Period(_top(_am_ms(True)(d).groupby(_am_month(d)).sum()))
        keep = _am_end(d) if how == "ends" else d.index == d.index
        return pd.Period(_top(_am_month(d)[keep].value_counts()))

    return value


def _am_that_month(d: pd.DataFrame, how: str, count: str) -> int:
    month = _am_busiest(how)(d)
    inside = _am_month(d) == month
    return int((inside & _am_end(d)).sum()) if count == "ends" else int(inside.sum())


_AM_SKIP = ("TRACK_SKIPPED_FORWARDS",)
_AM_SKIPS = ("TRACK_SKIPPED_FORWARDS", "TRACK_SKIPPED_BACKWARDS")
_AM_WAYS = ("time", "ends", "rows")

_APPLE_QS = [
    Q(
        "how many hours of music have i listened to",
        either(*(_about(lambda d, p=p: float(_am_ms(p)(d).sum() / 3.6e6), rel=0.01) for p in (True, False))),
        ("Play Duration Milliseconds", "Event Type"),
    ),
    Q(
        "who's my most played artist",
        either(*(_lead(_named(lambda d, h=h: _top(_am_scores(d, "Artist Name", h)))) for h in _AM_WAYS)),
        ("Artist Name", "Event Type", "Play Duration Milliseconds"),
    ),
    Q(
        "top 5 songs?",
        either(*(labels_in(lambda d, h=h: _topn(_am_scores(d, "Content Name", h), 5)) for h in _AM_WAYS)),
        ("Content Name", "Artist Name", "Event Type", "Play Duration Milliseconds"),
    ),
    Q(
        "how often do i skip songs",
        either(
            *(
                _share(
                    lambda d, s=s, e=e: float(
                        _txt(d.loc[_am_end(d) if e else d.index, "End Reason Type"]).isin(s).mean()
                    )
                )
                for s in (_AM_SKIP, _AM_SKIPS)
                for e in (True, False)
            )
        ),
        ("End Reason Type", "Event Type"),
    ),
    Q(
        "which month did i listen to the most music",
        either(*(_month_year(lambda d, h=h: _am_busiest(h)(d).to_timestamp()) for h in _AM_WAYS)),
        ("Event Start Timestamp", "Event End Timestamp", "Play Duration Milliseconds", "Event Type"),
    ),
    Q(
        "how many songs did i play that month?",
        either(*(_count(lambda d, h=h, c=c: _am_that_month(d, h, c)) for h in _AM_WAYS for c in ("ends", "rows"))),
        ("Event Start Timestamp", "Event Type", "Content Name"),
    ),
]


# --- 4. Square customer directory export ---------------------------------------------------------------------------

_SQ_CITIES = {"Portland": ("OR", "972", 40), "Beaverton": ("OR", "970", 14), "Vancouver": ("WA", "986", 12)}
_SQ_CITIES |= {"Gresham": ("OR", "970", 8), "Lake Oswego": ("OR", "970", 7), "Hillsboro": ("OR", "971", 9)}
_SQ_COLS = ["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname", "Company Name"]
_SQ_COLS += ["Street Address 1", "Street Address 2", "City", "State", "Postal Code", "Birthday", "Memo"]
_SQ_COLS += ["Square Customer ID", "Creation Source", "First Visit", "Last Visit", "Transaction Count"]
_SQ_COLS += ["Lifetime Spend", "Loyalty Points", "Email Subscription Status"]
_SQ_STREETS = ["NE Alberta St", "SE Hawthorne Blvd", "N Williams Ave", "SW Main St", "NW 23rd Ave", "Oak St"]


def _square_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13404)
    rows = []
    for _ in range(1420):
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        source = str(
            _one(rng, ["Instant Profile", "Directory", "Loyalty", "Appointments", "Third Party"], [50, 15, 20, 10, 5])
        )
        loyal = source == "Loyalty" or rng.random() < 0.2
        visits = int(rng.negative_binomial(1.2, 0.12)) + (1 if source != "Directory" else 0)
        if loyal:
            visits += int(rng.integers(1, 8))
        spend = round(sum(float(rng.gamma(2.0, 14.0)) for _ in range(visits)), 2)
        first_visit = pd.Timestamp("2021-03-01") + pd.Timedelta(days=int(rng.integers(0, 1180)))
        span = int(rng.integers(0, max((pd.Timestamp("2024-06-30") - first_visit).days, 1)))
        last_visit = first_visit + pd.Timedelta(days=span if visits > 1 else 0)
        city = str(_one(rng, list(_SQ_CITIES), [v[2] for v in _SQ_CITIES.values()]))
        state, zip3, _ = _SQ_CITIES[city]
        has_addr = rng.random() < 0.45
        rows.append(
            {
                "Reference ID": f"C-{rng.integers(1000, 9999)}" if rng.random() < 0.05 else "",
                "First Name": first,
                "Last Name": last if rng.random() > 0.08 else "",
                "Email Address": f"{first.lower()}{rng.integers(1, 99)}@gmail.com" if rng.random() > 0.2 else "",
                "Phone Number": f"+1503555{rng.integers(1000, 9999)}" if rng.random() > 0.15 else "",
                "Nickname": "",
                "Company Name": "",
                "Street Address 1": f"{rng.integers(100, 9999)} {_one(rng, _SQ_STREETS)}" if has_addr else "",
                "Street Address 2": "",
                "City": city if has_addr or rng.random() < 0.3 else "",
                "State": state if has_addr else "",
                "Postal Code": f"{zip3}{rng.integers(10, 99)}" if has_addr else "",
                "Birthday": f"0000-{rng.integers(1, 13):02d}-{rng.integers(1, 29):02d}" if rng.random() < 0.25 else "",
                "Memo": str(_one(rng, ["", "", "", "oat milk", "allergic to nuts", "regular - large drip"])),
                "Square Customer ID": _code(rng, 26, string.ascii_uppercase + "0123456789"),
                "Creation Source": source,
                "First Visit": f"{first_visit:%Y-%m-%d}" if visits else "",
                "Last Visit": f"{last_visit:%Y-%m-%d}" if visits else "",
                "Transaction Count": visits,
                "Lifetime Spend": f"${spend:,.2f}",
                "Loyalty Points": int(visits * rng.integers(1, 4)) % 60 if loyal else "",
                "Email Subscription Status": str(_one(rng, ["subscribed", "unsubscribed", "unknown"], [45, 15, 40])),
            }
        )
    out = pd.DataFrame(rows, columns=_SQ_COLS)
    dups = out.sample(6, random_state=13404)
    return pd.concat([out, dups]).sample(frac=1.0, random_state=4).reset_index(drop=True)


def _sq_spend(d: pd.DataFrame) -> pd.Series:
    return _num(d["Lifetime Spend"])


def _sq_lapsed(blank_counts: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        last = pd.to_datetime(d["Last Visit"], errors="coerce")
        return int((last < "2024-01-01").sum() + (last.isna().sum() if blank_counts else 0))

    return value


_SQ_UNIQ = lambda d: d.drop_duplicates("Square Customer ID")  # noqa: E731

_SQUARE_QS = [
    Q(
        "how many customers are in here?",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["Square Customer ID"].nunique()))),
        ("Square Customer ID",),
    ),
    Q(
        "what does a customer spend with us on average",
        either(
            *(
                _dollars(
                    lambda d, f=f, how=how, pos=pos: float(
                        getattr(_sq_spend(f(d))[_sq_spend(f(d)) > (0 if pos else -1)], how)()
                    )
                )
                for f in (lambda d: d, _SQ_UNIQ)
                for how in ("mean", "median")
                for pos in (True, False)
            )
        ),
        ("Lifetime Spend", "Square Customer ID"),
    ),
    Q(
        "which city do most customers live in",
        _lead(_named(lambda d: _top(_txt(d["City"]).replace("", pd.NA).dropna().value_counts()))),
        ("City",),
    ),
    Q(
        "how many haven't come in since before 2024?",
        either(_count(_sq_lapsed(False)), _count(_sq_lapsed(True)), _count(lambda d: _sq_lapsed(False)(_SQ_UNIQ(d)))),
        ("Last Visit", "Square Customer ID"),
    ),
    Q(
        "do people who visit more spend more? how strong is it",
        _corr(lambda d: pd.to_numeric(d["Transaction Count"]), _sq_spend),
        ("Transaction Count", "Lifetime Spend"),
    ),
    Q(
        "what share of customers are in the loyalty program",
        either(
            _share(lambda d: float(d["Loyalty Points"].notna().mean())),
            _share(lambda d: float(_SQ_UNIQ(d)["Loyalty Points"].notna().mean())),
        ),
        ("Loyalty Points", "Creation Source", "Square Customer ID"),
    ),
]


# --- 5. BLS OEWS by occupation and state ---------------------------------------------------------------------------

_OE_STATES = {
    "California": ("06", "CA", 17.9, 1.18),
    "Texas": ("48", "TX", 13.4, 0.97),
    "New York": ("36", "NY", 9.4, 1.14),
}
_OE_STATES |= {"Florida": ("12", "FL", 9.4, 0.93), "Illinois": ("17", "IL", 6.0, 1.03), "Ohio": ("39", "OH", 5.4, 0.92)}
_OE_STATES |= {
    "Washington": ("53", "WA", 3.5, 1.15),
    "Georgia": ("13", "GA", 4.7, 0.94),
    "Oregon": ("41", "OR", 1.9, 1.05),
}
_OE_STATES |= {
    "Colorado": ("08", "CO", 2.8, 1.07),
    "Mississippi": ("28", "MS", 1.1, 0.78),
    "Massachusetts": ("25", "MA", 3.6, 1.17),
}
# code: (title, share of jobs per 1000, annual mean wage, annual only)
_OE_OCCS = {
    "11-0000": ("Management Occupations", 0, 0, False),
    "11-1021": ("General and Operations Managers", 22, 126000, False),
    "11-3031": ("Financial Managers", 5, 166000, False),
    "15-0000": ("Computer and Mathematical Occupations", 0, 0, False),
    "15-1252": ("Software Developers", 9, 132000, False),
    "15-1232": ("Computer User Support Specialists", 4.5, 60000, False),
    "25-0000": ("Educational Instruction and Library Occupations", 0, 0, False),
    "25-2021": ("Elementary School Teachers, Except Special Education", 9.5, 68000, True),
    "25-2031": ("Secondary School Teachers, Except Special and Career/Technical Education", 7, 70000, True),
    "29-0000": ("Healthcare Practitioners and Technical Occupations", 0, 0, False),
    "29-1141": ("Registered Nurses", 21, 89000, False),
    "29-1248": ("Surgeons, All Other", 0.2, 330000, False),
    "29-1211": ("Anesthesiologists", 0.2, 320000, False),
    "29-2061": ("Licensed Practical and Licensed Vocational Nurses", 4.5, 55000, False),
    "35-0000": ("Food Preparation and Serving Related Occupations", 0, 0, False),
    "35-2014": ("Cooks, Restaurant", 10, 35000, False),
    "35-3031": ("Waiters and Waitresses", 14, 33000, False),
    "41-0000": ("Sales and Related Occupations", 0, 0, False),
    "41-2011": ("Cashiers", 23, 29500, False),
    "41-2031": ("Retail Salespersons", 26, 35000, False),
    "43-0000": ("Office and Administrative Support Occupations", 0, 0, False),
    "43-4051": ("Customer Service Representatives", 19, 41000, False),
    "43-9061": ("Office Clerks, General", 17, 42000, False),
    "53-0000": ("Transportation and Material Moving Occupations", 0, 0, False),
    "53-3032": ("Heavy and Tractor-Trailer Truck Drivers", 14, 53000, False),
    "53-7062": ("Laborers and Freight, Stock, and Material Movers, Hand", 22, 38000, False),
    "47-2061": ("Construction Laborers", 7, 46000, False),
    "47-2111": ("Electricians", 5, 64000, False),
}
_OE_COLS = ["AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "OWN_CODE", "OCC_CODE"]
_OE_COLS += ["OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "H_MEAN", "A_MEAN"]
_OE_COLS += ["MEAN_PRSE", "H_PCT10", "H_MEDIAN", "H_PCT90", "A_PCT10", "A_MEDIAN", "A_PCT90", "ANNUAL", "HOURLY"]


def _oe_money(x: float, hourly: bool) -> str:
    if hourly:
        return "#" if x >= 115.0 else f"{x:.2f}"
    return "#" if x >= 239200 else f"{x:,.0f}"


def _oews_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13405)
    rows = []
    for state, (fips, abbr, millions, pay) in _OE_STATES.items():
        total = int(millions * 1e6 * float(rng.uniform(0.44, 0.48)))
        base = {"AREA": fips, "AREA_TITLE": state, "AREA_TYPE": 2, "PRIM_STATE": abbr, "NAICS": "000000"}
        base |= {"NAICS_TITLE": "Cross-industry", "OWN_CODE": 1235}
        details = []
        for code, (title, per, wage, annual) in _OE_OCCS.items():
            if per == 0:
                continue
            jobs_1000 = per * float(rng.lognormal(0, 0.2))
            emp = int(round(total * jobs_1000 / 1000, -1))
            mean = wage * pay * float(rng.lognormal(0, 0.06))
            med = mean * float(rng.uniform(0.86, 0.97))
            row = base | {"OCC_CODE": code, "OCC_TITLE": title, "O_GROUP": "detailed", "TOT_EMP": f"{emp:,}"}
            row |= {"EMP_PRSE": f"{rng.uniform(1, 9):.1f}", "JOBS_1000": f"{jobs_1000:.3f}"}
            row |= {"LOC_QUOTIENT": f"{jobs_1000 / per:.2f}", "MEAN_PRSE": f"{rng.uniform(0.5, 4):.1f}"}
            row |= {"A_MEAN": _oe_money(mean, False), "A_MEDIAN": _oe_money(med, False)}
            row |= {"A_PCT10": _oe_money(med * 0.62, False), "A_PCT90": _oe_money(med * 1.6, False)}
            if annual:
                row |= {"H_MEAN": "*", "H_MEDIAN": "*", "H_PCT10": "*", "H_PCT90": "*", "ANNUAL": "TRUE", "HOURLY": ""}
            else:
                row |= {"H_MEAN": _oe_money(mean / 2080, True), "H_MEDIAN": _oe_money(med / 2080, True)}
                row |= {"H_PCT10": _oe_money(med * 0.62 / 2080, True), "H_PCT90": _oe_money(med * 1.6 / 2080, True)}
                row |= {"ANNUAL": "", "HOURLY": ""}
            if code in ("29-1248", "29-1211") and rng.random() < 0.35:
                row |= {"TOT_EMP": "**", "EMP_PRSE": "**", "JOBS_1000": "**", "LOC_QUOTIENT": "**"}
                row |= {k: "*" for k in ("H_MEAN", "A_MEAN", "MEAN_PRSE", "H_MEDIAN", "A_MEDIAN")}
            details.append(row)
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in details:
            groups.setdefault(row["OCC_CODE"][:2], []).append(row)
        out = [
            base
            | {"OCC_CODE": "00-0000", "OCC_TITLE": "All Occupations", "O_GROUP": "total", "TOT_EMP": f"{total:,}"}
            | {"EMP_PRSE": "0.2", "JOBS_1000": "", "LOC_QUOTIENT": "", "MEAN_PRSE": "0.4", "ANNUAL": "", "HOURLY": ""}
            | {
                "A_MEAN": f"{62000 * pay:,.0f}",
                "H_MEAN": f"{62000 * pay / 2080:.2f}",
                "A_MEDIAN": f"{48000 * pay:,.0f}",
            }
            | {
                "H_MEDIAN": f"{48000 * pay / 2080:.2f}",
                "A_PCT10": f"{29000 * pay:,.0f}",
                "A_PCT90": f"{121000 * pay:,.0f}",
            }
            | {"H_PCT10": f"{29000 * pay / 2080:.2f}", "H_PCT90": f"{121000 * pay / 2080:.2f}"}
        ]
        for major, members in groups.items():
            emp = sum(int(str(r["TOT_EMP"]).replace(",", "")) for r in members if r["TOT_EMP"] != "**")
            title = (
                _OE_OCCS[f"{major}-0000"][0]
                if f"{major}-0000" in _OE_OCCS
                else "Construction and Extraction Occupations"
            )
            emp = int(emp * float(rng.uniform(1.6, 2.4)))
            wages = [float(str(r["A_MEAN"]).replace(",", "")) for r in members if r["A_MEAN"] not in ("*", "#")]
            mean = float(np.mean(wages)) * float(rng.uniform(0.9, 1.0))
            out.append(
                base
                | {"OCC_CODE": f"{major}-0000", "OCC_TITLE": title, "O_GROUP": "major", "TOT_EMP": f"{emp:,}"}
                | {"EMP_PRSE": "0.8", "JOBS_1000": f"{1000 * emp / total:.3f}", "LOC_QUOTIENT": "1.00"}
                | {"A_MEAN": f"{mean:,.0f}", "H_MEAN": f"{mean / 2080:.2f}", "MEAN_PRSE": "0.6"}
                | {"A_MEDIAN": f"{mean * 0.9:,.0f}", "H_MEDIAN": f"{mean * 0.9 / 2080:.2f}", "ANNUAL": "", "HOURLY": ""}
            )
            out.extend(members)
        rows.extend(out)
    return pd.DataFrame(rows, columns=_OE_COLS).fillna("")


def _oe_occ(d: pd.DataFrame, title: str) -> pd.DataFrame:
    return d[_txt(d["OCC_TITLE"]) == title]


def _oe_value(state: str, title: str, col: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _oe_occ(d, title)
        return float(_num(rows.loc[_txt(rows["AREA_TITLE"]) == state, col]).iloc[0])

    return value


def _oe_biggest(d: pd.DataFrame) -> list[str]:
    rows = _oe_occ(d, "All Occupations")
    return _topn(_num(rows["TOT_EMP"]).groupby(_txt(rows["AREA_TITLE"])).sum(), 3)


def _oe_missing(codes: tuple[str, ...]) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(d["A_MEAN"].astype("string").fillna("").str.strip().isin(codes).sum())


_OE_DETAIL = lambda d: d[_txt(d["O_GROUP"]) == "detailed"]  # noqa: E731

_OEWS_QS = [
    Q(
        "how many registered nurses are there in california",
        _count(_oe_value("California", "Registered Nurses", "TOT_EMP")),
        ("AREA_TITLE", "OCC_TITLE", "TOT_EMP", "PRIM_STATE"),
    ),
    Q(
        "which state pays nurses best on average",
        either(
            _lead(
                _named(
                    lambda d: _top(
                        _num(_oe_occ(d, "Registered Nurses")["A_MEAN"]).set_axis(
                            _oe_occ(d, "Registered Nurses")["AREA_TITLE"]
                        )
                    )
                )
            ),
            _lead(
                _named(
                    lambda d: _top(
                        _num(_oe_occ(d, "Registered Nurses")["A_MEAN"]).set_axis(
                            _oe_occ(d, "Registered Nurses")["PRIM_STATE"]
                        )
                    )
                )
            ),
        ),
        ("AREA_TITLE", "PRIM_STATE", "OCC_TITLE", "A_MEAN", "H_MEAN"),
    ),
    Q(
        "whats the median hourly pay for cashiers in new york",
        _about(_oe_value("New York", "Cashiers", "H_MEDIAN"), rel=0.002),
        ("AREA_TITLE", "PRIM_STATE", "OCC_TITLE", "H_MEDIAN"),
    ),
    Q(
        "which 3 states have the most jobs overall",
        _lead(labels_in(_oe_biggest)),
        ("AREA_TITLE", "PRIM_STATE", "OCC_TITLE", "TOT_EMP", "O_GROUP"),
    ),
    Q(
        "do jobs with more workers tend to pay less?",
        either(
            _corr(lambda d: _num(_OE_DETAIL(d)["TOT_EMP"]), lambda d: _num(_OE_DETAIL(d)["A_MEAN"])),
            _corr(lambda d: _num(d["TOT_EMP"]), lambda d: _num(d["A_MEAN"])),
        ),
        ("TOT_EMP", "A_MEAN", "O_GROUP", "OCC_TITLE", "H_MEAN"),
    ),
    Q(
        "how many rows don't have an annual mean wage",
        either(_count(_oe_missing(("*", "#", ""))), _count(_oe_missing(("*", "")))),
        ("A_MEAN",),
    ),
]


# --- 6. Chicago building violations --------------------------------------------------------------------------------

_CH_CODES = {
    "CN061014": ("REPAIR EXTERIOR WALL", "EXTERIOR WALL", 12),
    "CN104015": ("REPAIR PORCH SYSTEM", "REAR PORCH", 11),
    "CN070024": ("REPAIR OR REBUILD WINDOWS", "WINDOWS", 8),
    "CN138016": ("SMOKE DETECTORS", "INTERIOR", 14),
    "CN196029": ("POST OWNER/MANAGER SIGN", "ENTRY", 7),
    "CN132016": ("ARRANGE PREMISE INSPECTION", "", 9),
    "CN071014": ("REPAIR ROOF", "ROOF", 6),
    "EV1110": ("ELEVATOR - DEVICE DOES NOT HAVE CURRENT CERTIFICATE", "ELEVATOR", 5),
    "CN190019": ("ALARMS, CARBON MONOXIDE", "BASEMENT", 8),
    "CN135016": ("EXTERMINATE RODENTS", "BASEMENT", 6),
}
_CH_STREETS = [("W", "MADISON", "ST"), ("S", "ASHLAND", "AVE"), ("N", "CLARK", "ST"), ("W", "63RD", "ST")]
_CH_STREETS += [("S", "HALSTED", "ST"), ("W", "CHICAGO", "AVE"), ("N", "MILWAUKEE", "AVE"), ("S", "KEDZIE", "AVE")]
_CH_STREETS += [("W", "NORTH", "AVE"), ("E", "79TH", "ST"), ("S", "PULASKI", "RD"), ("W", "DIVISION", "ST")]
_CH_COLS = ["ID", "VIOLATION LAST MODIFIED DATE", "VIOLATION DATE", "VIOLATION CODE", "VIOLATION STATUS"]
_CH_COLS += ["VIOLATION STATUS DATE", "VIOLATION DESCRIPTION", "VIOLATION LOCATION", "VIOLATION INSPECTOR COMMENTS"]
_CH_COLS += ["INSPECTOR ID", "INSPECTION NUMBER", "INSPECTION STATUS", "INSPECTION CATEGORY", "DEPARTMENT BUREAU"]
_CH_COLS += ["ADDRESS", "STREET NUMBER", "STREET DIRECTION", "STREET NAME", "STREET TYPE", "PROPERTY GROUP"]
_CH_COLS += ["LATITUDE", "LONGITUDE"]
_CH_FMT = "%m/%d/%Y"


def _chicago_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13406)
    places = []
    for _ in range(320):
        dr, name, kind = _CH_STREETS[int(rng.integers(len(_CH_STREETS)))]
        num = int(rng.integers(100, 9000))
        places.append((num, dr, name, kind, int(rng.integers(10000, 99999))))
    weights = 1.0 / np.arange(1, len(places) + 1) ** 0.45
    codes = list(_CH_CODES)
    rows = []
    vid = 5400000
    insp = 12800000
    year_w = {2019: 9, 2020: 5, 2021: 7, 2022: 10, 2023: 12, 2024: 6}
    for _ in range(1050):
        insp += int(rng.integers(5, 900))
        num, dr, name, kind, group = places[int(_one(rng, range(len(places)), weights))]
        year = int(_one(rng, list(year_w), list(year_w.values())))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 182 if year == 2024 else 365)))
        category = str(_one(rng, ["COMPLAINT", "PERIODIC", "PERMIT", "REGISTRATION"], [50, 30, 15, 5]))
        bureau = str(
            _one(rng, ["CONSERVATION", "ELEVATOR", "NEW CONSTRUCTION", "SPECIAL INSPECTION PROGRAM"], [70, 10, 8, 12])
        )
        inspector = f"BL{rng.integers(1000, 1999)}"
        for _ in range(int(_one(rng, [1, 2, 3, 4, 5], [35, 25, 18, 12, 10]))):
            vid += int(rng.integers(1, 60))
            code = str(_one(rng, codes, [v[2] for v in _CH_CODES.values()]))
            desc, where, _ = _CH_CODES[code]
            age = (pd.Timestamp("2024-07-01") - day).days / 365
            p_open = min(0.85, 0.15 + 0.25 / (age + 0.3)) + (0.12 if category == "COMPLAINT" else 0)
            status = "OPEN" if rng.random() < p_open else str(_one(rng, ["COMPLIED", "NO ENTRY"], [9, 1]))
            when = day + pd.Timedelta(days=int(rng.integers(20, 400)))
            rows.append(
                {
                    "ID": vid,
                    "VIOLATION LAST MODIFIED DATE": f"{min(when, pd.Timestamp('2024-07-01')):{_CH_FMT}}",
                    "VIOLATION DATE": f"{day:{_CH_FMT}}",
                    "VIOLATION CODE": code,
                    "VIOLATION STATUS": status,
                    "VIOLATION STATUS DATE": ""
                    if status == "OPEN"
                    else f"{min(when, pd.Timestamp('2024-06-30')):{_CH_FMT}}",
                    "VIOLATION DESCRIPTION": desc,
                    "VIOLATION LOCATION": where,
                    "VIOLATION INSPECTOR COMMENTS": str(
                        _one(rng, ["", "REPAIR DAMAGED AREAS.", "OBSERVED AT TIME OF INSPECTION", "NO ACCESS"])
                    ),
                    "INSPECTOR ID": inspector,
                    "INSPECTION NUMBER": insp,
                    "INSPECTION STATUS": "FAILED"
                    if status != "COMPLIED"
                    else str(_one(rng, ["FAILED", "CLOSED", "PASSED"], [5, 3, 2])),
                    "INSPECTION CATEGORY": category,
                    "DEPARTMENT BUREAU": bureau,
                    "ADDRESS": f"{num} {dr} {name} {kind}",
                    "STREET NUMBER": num,
                    "STREET DIRECTION": dr,
                    "STREET NAME": name,
                    "STREET TYPE": kind,
                    "PROPERTY GROUP": group,
                    "LATITUDE": round(41.88 + float(rng.normal(0, 0.08)), 6) if rng.random() > 0.03 else "",
                    "LONGITUDE": round(-87.68 + float(rng.normal(0, 0.05)), 6) if rng.random() > 0.03 else "",
                }
            )
    out = pd.DataFrame(rows, columns=_CH_COLS)
    return out.sample(frac=1.0, random_state=6).reset_index(drop=True)


def _ch_open(d: pd.DataFrame) -> pd.Series:
    return _txt(d["VIOLATION STATUS"]) == "OPEN"


def _ch_worst(d: pd.DataFrame) -> str:
    return _top(_txt(d["ADDRESS"]).value_counts())


def _ch_open_rates(d: pd.DataFrame) -> list[float]:
    rate = _ch_open(d).groupby(_txt(d["INSPECTION CATEGORY"])).mean()
    return [float(rate["COMPLAINT"]), float(rate["PERIODIC"])]


_CHICAGO_QS = [
    Q(
        "how many violations are still open?",
        _count(lambda d: int(_ch_open(d).sum())),
        ("VIOLATION STATUS",),
    ),
    Q(
        "whats the most common violation",
        either(
            _lead(_named(lambda d: _top(_txt(d["VIOLATION DESCRIPTION"]).value_counts()))),
            _lead(_named(lambda d: _top(_txt(d["VIOLATION CODE"]).value_counts()))),
        ),
        ("VIOLATION DESCRIPTION", "VIOLATION CODE"),
    ),
    Q(
        "which year had the most violations",
        _lead(_year(lambda d: int(_top(pd.to_datetime(d["VIOLATION DATE"], format=_CH_FMT).dt.year.value_counts())))),
        ("VIOLATION DATE", "ID"),
    ),
    Q(
        "are complaint inspections more likely to stay open than periodic ones?",
        _shares(_ch_open_rates),
        ("INSPECTION CATEGORY", "VIOLATION STATUS"),
    ),
    Q(
        "which building has racked up the most violations",
        _lead(_named(_ch_worst)),
        ("ADDRESS", "STREET NUMBER", "STREET NAME", "PROPERTY GROUP"),
    ),
    Q(
        "how many of those are still open",
        _count(lambda d: int((_ch_open(d) & (_txt(d["ADDRESS"]) == _ch_worst(d))).sum())),
        ("ADDRESS", "VIOLATION STATUS"),
    ),
]


# --- 7. FDA FAERS adverse event reports ----------------------------------------------------------------------------

_FA_DRUGS = {"HUMIRA": 14, "ELIQUIS": 10, "OZEMPIC": 12, "XARELTO": 8, "KEYTRUDA": 7, "DUPIXENT": 9, "METFORMIN": 6}
_FA_DRUGS |= {"REVLIMID": 5, "ENTRESTO": 5, "JARDIANCE": 4}
_FA_RISK = {"KEYTRUDA": 0.22, "REVLIMID": 0.12, "XARELTO": 0.07, "ELIQUIS": 0.06, "ENTRESTO": 0.05}
_FA_PT = {"NAUSEA": 10, "FATIGUE": 8, "DRUG INEFFECTIVE": 12, "HEADACHE": 7, "DIARRHOEA": 7, "VOMITING": 5}
_FA_PT |= {"RASH": 5, "DYSPNOEA": 5, "HAEMORRHAGE": 4, "PNEUMONIA": 4, "OFF LABEL USE": 6, "ARTHRALGIA": 4}
_FA_PT |= {"INJECTION SITE PAIN": 5, "DEATH": 2, "DIZZINESS": 4, "WEIGHT DECREASED": 3}
_FA_COLS = ["primaryid", "caseid", "caseversion", "i_f_code", "event_dt", "init_fda_dt", "fda_dt", "rept_cod"]
_FA_COLS += ["mfr_sndr", "age", "age_cod", "sex", "wt", "wt_cod", "reporter_country", "occr_country", "occp_cod"]
_FA_COLS += ["drugname", "pt", "outc_cod"]
_FA_YEARS = {"YR": 1.0, "MON": 1 / 12, "WK": 1 / 52, "DY": 1 / 365, "DEC": 10.0}


def _faers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13407)
    rows = []
    caseid = 21800000
    makers = {"HUMIRA": "ABBVIE", "ELIQUIS": "BRISTOL MYERS SQUIBB", "OZEMPIC": "NOVO NORDISK", "XARELTO": "JANSSEN"}
    makers |= {"KEYTRUDA": "MERCK", "DUPIXENT": "SANOFI", "METFORMIN": "", "REVLIMID": "CELGENE"}
    makers |= {"ENTRESTO": "NOVARTIS", "JARDIANCE": "BOEHRINGER INGELHEIM"}
    for _ in range(1100):
        caseid += int(rng.integers(3, 2000))
        version = int(_one(rng, [1, 2, 3], [70, 22, 8]))
        primaryid = caseid * 10 + version
        drug = str(_one(rng, list(_FA_DRUGS), list(_FA_DRUGS.values())))
        sex = str(_one(rng, ["F", "M", "UNK", ""], [55, 38, 2, 5]))
        years = float(np.clip(rng.normal(68 if drug in _FA_RISK else 55, 15) + (3 if sex == "F" else 0), 1, 98))
        unit = str(_one(rng, ["YR", "MON", "WK", "DY", "DEC", ""], [80, 2, 0.5, 0.5, 2, 15]))
        if years < 3 and unit == "YR":
            unit = "MON"
        age: Any = ""
        if unit:
            age = round(years / _FA_YEARS[unit]) if unit != "DEC" else max(1, int(years // 10))
        fda = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 91)))
        event = fda - pd.Timedelta(days=int(rng.integers(5, 400)))
        event_dt = str(_one(rng, [f"{event:%Y%m%d}", f"{event:%Y%m}", f"{event:%Y}", ""], [65, 12, 5, 18]))
        kg = float(np.clip(rng.normal(80 if sex == "M" else 70, 16), 30, 180))
        wt_cod = str(_one(rng, ["KG", "LBS", ""], [35, 8, 57]))
        wt: Any = "" if not wt_cod else round(kg if wt_cod == "KG" else kg * 2.2046, 1)
        country = str(_one(rng, ["US", "GB", "CA", "JP", "DE", "FR"], [70, 7, 6, 6, 6, 5]))
        base = {
            "primaryid": primaryid,
            "caseid": caseid,
            "caseversion": version,
            "i_f_code": "I" if version == 1 else "F",
        }
        base |= {
            "event_dt": event_dt,
            "init_fda_dt": f"{fda - pd.Timedelta(days=int(rng.integers(0, 60)) * (version - 1)):%Y%m%d}",
        }
        base |= {"fda_dt": f"{fda:%Y%m%d}", "rept_cod": str(_one(rng, ["EXP", "PER", "DIR"], [70, 25, 5]))}
        base |= {
            "mfr_sndr": makers[drug] or "FDA-CTU",
            "age": age,
            "age_cod": unit,
            "sex": sex,
            "wt": wt,
            "wt_cod": wt_cod,
        }
        base |= {"reporter_country": country, "occr_country": country, "drugname": drug}
        base |= {"occp_cod": str(_one(rng, ["MD", "PH", "CN", "HP", "LW", "OT"], [30, 10, 35, 15, 2, 8]))}
        died = rng.random() < _FA_RISK.get(drug, 0.02) * (1.5 if years > 70 else 1.0)
        outcomes = ["DE"] if died else []
        if rng.random() < 0.35:
            outcomes.append(str(_one(rng, ["HO", "LT", "DS", "OT", "RI", "CA"], [40, 10, 8, 35, 4, 3])))
        outcomes = outcomes or [""]
        k = int(_one(rng, [1, 2, 3, 4], [45, 30, 15, 10]))
        terms = list(dict.fromkeys(str(_one(rng, list(_FA_PT), list(_FA_PT.values()))) for _ in range(k)))
        if died and rng.random() < 0.5 and "DEATH" not in terms:
            terms.append("DEATH")
        for pt in terms:
            for outc in outcomes:
                rows.append(base | {"pt": pt, "outc_cod": outc})
    return pd.DataFrame(rows, columns=_FA_COLS)


def _fa_reports(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("primaryid")


def _fa_dead(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["outc_cod"]) == "DE"]


def _fa_age(d: pd.DataFrame) -> pd.Series:
    factor = _txt(d["age_cod"]).map(_FA_YEARS)
    return pd.to_numeric(d["age"], errors="coerce") * factor


def _fa_mean_age(per_report: bool, women: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        if women:
            d = d[_txt(d["sex"]) == "F"]
        if per_report:
            d = _fa_reports(d)
        return float(_fa_age(d).mean())

    return value


def _fa_top_terms(distinct: bool) -> Callable[[pd.DataFrame], list[str]]:
    def value(d: pd.DataFrame) -> list[str]:
        if distinct:
            d = d.drop_duplicates(["primaryid", "pt"])
        return _topn(_txt(d["pt"]).value_counts(), 5)

    return value


_FAERS_QS = [
    Q(
        "how many reports are in this file?",
        either(_count(lambda d: int(d["primaryid"].nunique())), _count(lambda d: int(d["caseid"].nunique()))),
        ("primaryid", "caseid"),
    ),
    Q(
        "what are the 5 most common side effects",
        either(labels_in(_fa_top_terms(True)), labels_in(_fa_top_terms(False))),
        ("pt", "primaryid"),
    ),
    Q(
        "how many people died",
        either(
            _count(lambda d: int(_fa_dead(d)["primaryid"].nunique())),
            _count(lambda d: int(_fa_dead(d)["caseid"].nunique())),
        ),
        ("outc_cod", "primaryid", "caseid"),
    ),
    Q(
        "which drug had the most deaths",
        either(
            _lead(_named(lambda d: _top(_fa_reports(_fa_dead(d))["drugname"].value_counts()))),
            _lead(_named(lambda d: _top(_fa_dead(d)["drugname"].value_counts()))),
        ),
        ("drugname", "outc_cod", "primaryid", "caseid"),
    ),
    Q(
        "what's the average age of the patients",
        either(*(_about(_fa_mean_age(p, False), rel=0.01) for p in (True, False))),
        ("age", "age_cod", "primaryid"),
    ),
    Q(
        "and for women?",
        either(*(_about(_fa_mean_age(p, True), rel=0.01) for p in (True, False))),
        ("age", "age_cod", "sex", "primaryid"),
    ),
]


HELDOUT134: list[Dataset] = [
    Dataset("kraken_ledgers_export", _kraken_frame, _KRAKEN_QS),
    Dataset("zoho_crm_leads_export", _zoho_frame, _ZOHO_QS),
    Dataset("apple_music_play_activity", _apple_frame, _APPLE_QS),
    Dataset("square_customer_directory_export", _square_frame, _SQUARE_QS),
    Dataset("bls_oes_occupational_wages", _oews_frame, _OEWS_QS),
    Dataset("chicago_building_violations", _chicago_frame, _CHICAGO_QS),
    Dataset("fda_faers_adverse_events", _faers_frame, _FAERS_QS),
]
