"""HELDOUT208: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public downloads: a Natural Cycles temperature log export (one row per
day, 2022-09 to 2024-07) with Date ("2023-01-14"), "Cycle Day" (1 on the first period day), "Temperature (C)" (two
decimals, blank on unmeasured days), "Temperature Excluded" ("Yes" / "No", blank when nothing was measured; the
excluded readings are the odd high ones after a bad night), Menstruation ("HEAVY", "MEDIUM", "LIGHT", "SPOTTING" or
blank), "LH Test" ("POSITIVE" / "NEGATIVE", blank on untested days), "Fertility Status" ("Red" / "Green") and "Cycle
Number" (the last cycle still running); a Home Assistant history download in long format with only entity_id
("sensor.living_room_temperature", "sensor.bedroom_humidity", "sensor.power_consumption", "binary_sensor.front_door",
"light.kitchen"), state (text: "21.4", "312.5", "on", "off", and "unavailable" / "unknown" when a device dropped
out) and last_changed (ISO UTC, "2024-03-04T13:05:12.345Z"), grouped by entity as the export writes it; an iRobot
Roomba cleaning history with "Mission Start" ("2023-05-02 09:30"), "Duration (min)", "Area Cleaned (sq ft)",
Result ("Completed", "Stuck", "Cancelled", "Battery"), "Dirt Events", "Rooms Cleaned" (a comma list, "Kitchen,
Living Room", blank for spot cleans) and Mode ("Auto", "Spot", "Scheduled"); Arccos golf round summaries with Date
("04/21/2023"), Course, Holes (9 or 18), Score, Par, "Fairways Hit", "Fairways Possible", GIR, Putts, Penalties,
"Handicap Index" (one decimal, drifting down) and "Avg Drive (yd)" (blank when no driver was tracked); an Insight
Timer sessions export with "Started At" ("03/14/2024 07:12:45"), Duration ("0:15:00"), Activity ("Meditation",
"Yoga", "Breathing", "Sleep"), Preset (a timer preset name, blank for guided sessions), Teacher and "Course Name"
(blank for timer sessions), and Notes (mostly blank), newest first; the DOL H-2A temporary agricultural labor
certification disclosure file with CASE_NUMBER ("H-300-23045-123456"), CASE_STATUS
("Determination Issued - Certification",
"Determination Issued - Partial Certification", "Determination Issued - Denied", "Withdrawn"), EMPLOYER_NAME (upper
case), WORKSITE_STATE (two-letter), JOB_TITLE (upper case, varied), TOTAL_WORKERS_H2A_REQUESTED,
TOTAL_WORKERS_H2A_CERTIFIED (0 when denied, blank when withdrawn), EMPLOYMENT_BEGIN_DATE and EMPLOYMENT_END_DATE
("2023-03-15"), WAGE_OFFER (per hour, the state's AEWR or a little more), SOC_TITLE and CROP ("Apples", "Tobacco",
"Blueberries; Strawberries", blank for livestock); and the Global Carbon Budget national fossil CO2 file (flat
version) with Country, "ISO 3166-1 alpha-3" (blank for the "Global" and "International Transport" rows), Year
(1960-2022), Total, Coal, Oil, Gas, Cement, Flaring, Other (MtCO2, Other blank for most countries, early flaring
blank) and "Per Capita" (tonnes, blank for the aggregate rows and a few small countries' early years); Global is the
sum of every other row. All are generated with fixed seeds 20801-20807.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _text, _year
from .heldout173 import _top
from .heldout183 import _mdy, _ymd
from .offline_eval import Check, Dataset, Q, corr_of, either, has, labels_in
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _any_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    return either(*(_about(v, rel=rel) for v in values))


def _named_any(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_named(v) for v in values))


# --- 1. Natural Cycles temperature log -----------------------------------------------------------------------------

_NC_FLOW = ["HEAVY", "HEAVY", "MEDIUM", "LIGHT", "SPOTTING"]


def _natural_cycles_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20801)
    days = pd.date_range("2022-09-03", "2024-07-20", freq="D")
    rows = []
    cycle, cday, length = 1, 1, int(rng.integers(26, 33))
    for day in days:
        if cday > length:
            cycle, cday, length = cycle + 1, 1, int(rng.integers(26, 33))
        ovulation = length - 14 + int(rng.integers(-1, 2))
        luteal = cday > ovulation
        temp = excluded = ""
        if rng.random() < 0.78:
            t = rng.normal(36.78 if luteal else 36.42, 0.09)
            bad = rng.random() < 0.06
            if bad:
                t += rng.uniform(0.25, 0.7)
            temp, excluded = f"{t:.2f}", "Yes" if bad else "No"
        flow = ""
        if cday <= 5:
            flow = _NC_FLOW[cday - 1] if rng.random() < 0.9 else ""
        lh = ""
        if ovulation - 4 <= cday <= ovulation + 1 and rng.random() < 0.7:
            lh = "POSITIVE" if abs(cday - ovulation) <= 1 and rng.random() < 0.75 else "NEGATIVE"
        elif rng.random() < 0.03:
            lh = "NEGATIVE"
        fertile = ovulation - 5 <= cday <= ovulation + 2 or (cycle <= 2 and cday > 5 and rng.random() < 0.6)
        if not fertile and rng.random() < 0.07:
            fertile = True
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Cycle Day": cday,
                "Temperature (C)": temp,
                "Temperature Excluded": excluded,
                "Menstruation": flow,
                "LH Test": lh,
                "Fertility Status": "Red" if fertile else "Green",
                "Cycle Number": cycle,
            }
        )
        cday += 1
    return pd.DataFrame(rows)


def _nc_lengths(d: pd.DataFrame) -> pd.Series:
    return _n(d["Cycle Day"]).groupby(_n(d["Cycle Number"])).max()


def _nc_temp(d: pd.DataFrame, keep_excluded: bool) -> float:
    t = _n(d["Temperature (C)"])
    if not keep_excluded:
        t = t[_text(d["Temperature Excluded"]).str.lower().ne("yes")]
    return float(t.mean())


_NC_ID = ("Date", "Cycle Number")
_NC_QS = [
    Q(
        "how many cycles have i tracked",
        either(
            _count(lambda d: int(_n(d["Cycle Number"]).nunique())),
            _count(lambda d: int(_n(d["Cycle Number"]).nunique()) - 1),
        ),
        ("Cycle Number", "Cycle Day", "Date"),
    ),
    Q(
        "how long is my cycle usually",
        _any_about(
            lambda d: float(_nc_lengths(d).mean()),
            lambda d: float(_nc_lengths(d).iloc[:-1].mean()),
            lambda d: float(_nc_lengths(d).median()),
            lambda d: float(_nc_lengths(d).iloc[:-1].median()),
        ),
        ("Cycle Number", "Cycle Day", "Date"),
    ),
    Q(
        "what's my average temp",
        _any_about(lambda d: _nc_temp(d, True), lambda d: _nc_temp(d, False), rel=0.001),
        ("Temperature (C)", "Temperature Excluded", *_NC_ID),
    ),
    Q(
        "how many readings got excluded",
        _count(lambda d: int(_text(d["Temperature Excluded"]).str.lower().eq("yes").sum())),
        ("Temperature Excluded", "Temperature (C)", *_NC_ID),
    ),
    Q(
        "what percent of days were green",
        _share(lambda d: float(_text(d["Fertility Status"]).str.lower().eq("green").mean())),
        ("Fertility Status", *_NC_ID),
    ),
    Q(
        "how many positive ovulation tests did i get",
        _count(lambda d: int(_text(d["LH Test"]).str.upper().eq("POSITIVE").sum())),
        ("LH Test", *_NC_ID),
    ),
]


# --- 2. Home Assistant history export ------------------------------------------------------------------------------

_HA_START = pd.Timestamp("2024-03-01 00:00:00")
_HA_DAYS = 10


def _ha_stamp(t: pd.Timestamp) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def _home_assistant_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20802)
    end = _HA_START + pd.Timedelta(days=_HA_DAYS)
    rows: list[dict] = []

    def times(mean_min: float) -> list[pd.Timestamp]:
        out, t = [], _HA_START
        while True:
            t = t + pd.Timedelta(
                seconds=float(rng.exponential(mean_min * 60)) + 5, milliseconds=int(rng.integers(1000))
            )
            t = t.floor("ms")
            if t >= end:
                return out
            out.append(t)

    def drop(p_unavail: float, p_unknown: float) -> str | None:
        r = rng.random()
        if r < p_unavail:
            return "unavailable"
        if r < p_unavail + p_unknown:
            return "unknown"
        return None

    for t in times(30):
        hour = t.hour + t.minute / 60
        value = 20.6 + 1.4 * np.sin((hour - 9) / 24 * 2 * np.pi) + 0.25 * (t - _HA_START).days / _HA_DAYS
        value += rng.normal(0, 0.3) + (0.8 if t.day == 6 else 0.0)
        state = drop(0.01, 0.003) or f"{value:.1f}"
        rows.append({"entity_id": "sensor.living_room_temperature", "state": state, "last_changed": _ha_stamp(t)})
    for t in times(45):
        value = 46 + 6 * np.sin(t.hour / 24 * 2 * np.pi) + rng.normal(0, 3)
        state = drop(0.01, 0.0) or f"{value:.0f}"
        rows.append({"entity_id": "sensor.bedroom_humidity", "state": state, "last_changed": _ha_stamp(t)})
    for t in times(10):
        base = 180 + (900 if 17 <= t.hour <= 20 else 0) * rng.random() + (rng.random() < 0.05) * rng.uniform(800, 2000)
        state = drop(0.035, 0.01) or f"{base + rng.normal(0, 25):.1f}"
        rows.append({"entity_id": "sensor.power_consumption", "state": state, "last_changed": _ha_stamp(t)})
    spike = _HA_START + pd.Timedelta(days=7, hours=12, minutes=3, seconds=17, milliseconds=402)
    rows.append({"entity_id": "sensor.power_consumption", "state": "3874.6", "last_changed": _ha_stamp(spike)})
    for entity, mean_min, open_min in (("binary_sensor.front_door", 170, 1.5), ("light.kitchen", 230, 40)):
        t = _HA_START
        rows.append({"entity_id": entity, "state": "off", "last_changed": _ha_stamp(t)})
        while True:
            t = (t + pd.Timedelta(seconds=float(rng.exponential(mean_min * 60)) + 60)).floor("s")
            off = (t + pd.Timedelta(seconds=float(rng.exponential(open_min * 60)) + 10)).floor("s")
            if off >= end:
                break
            rows.append({"entity_id": entity, "state": "on", "last_changed": _ha_stamp(t)})
            rows.append({"entity_id": entity, "state": "off", "last_changed": _ha_stamp(off)})
            t = off
    rows.append(
        {
            "entity_id": "binary_sensor.front_door",
            "state": "unavailable",
            "last_changed": _ha_stamp(_HA_START + pd.Timedelta(days=4, hours=3)),
        }
    )
    df = pd.DataFrame(rows)
    df["_t"] = df["last_changed"]
    return df.sort_values(["entity_id", "_t"], kind="stable").drop(columns="_t").reset_index(drop=True)


def _ha(d: pd.DataFrame, entity: str) -> pd.DataFrame:
    out = d[_text(d["entity_id"]).eq(entity)]
    return pd.DataFrame(
        {
            "value": _n(out["state"]),
            "state": _text(out["state"]),
            "t": pd.to_datetime(_text(out["last_changed"]), utc=True, errors="coerce"),
        }
    )


def _ha_peak_day(d: pd.DataFrame) -> pd.Timestamp:
    p = _ha(d, "sensor.power_consumption")
    return p.loc[p["value"].idxmax(), "t"].tz_localize(None).normalize()


def _ha_dropouts(d: pd.DataFrame) -> pd.Series:
    bad = _text(d["state"]).str.lower().isin(["unavailable", "unknown"])
    return _text(d["entity_id"])[bad].value_counts()


_HA_ID = ("entity_id", "state", "last_changed")
_HA_QS = [
    Q(
        "what was the average temperature in the living room",
        _about(lambda d: float(_ha(d, "sensor.living_room_temperature")["value"].mean())),
        _HA_ID,
    ),
    Q(
        "what's the highest power usage recorded",
        _about(lambda d: float(_ha(d, "sensor.power_consumption")["value"].max())),
        _HA_ID,
    ),
    Q("what day was that", _day(_ha_peak_day), _HA_ID),
    Q(
        "how many times did the front door get opened",
        _count(lambda d: int(_ha(d, "binary_sensor.front_door")["state"].eq("on").sum())),
        _HA_ID,
    ),
    Q(
        "how many readings are unavailable or unknown",
        _count(lambda d: int(_ha_dropouts(d).sum())),
        _HA_ID,
    ),
    Q(
        "which device drops out the most",
        _lead(_named_any(lambda d: _top(_ha_dropouts(d)), lambda d: _top(_ha_dropouts(d)).split(".", 1)[1])),
        _HA_ID,
    ),
]


# --- 3. iRobot Roomba cleaning history -----------------------------------------------------------------------------

_RB_ROOMS = {"Kitchen": 0.85, "Living Room": 0.7, "Hallway": 0.55, "Dining Room": 0.45, "Bedroom": 0.35, "Office": 0.25}
_RB_AREA = {"Kitchen": 160, "Living Room": 280, "Hallway": 70, "Dining Room": 150, "Bedroom": 190, "Office": 120}
# result: weight for Auto/Scheduled runs
_RB_RESULTS = {"Completed": 78, "Stuck": 9, "Cancelled": 8, "Battery": 5}


def _roomba_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20803)
    rows = []
    day = pd.Timestamp("2022-10-04")
    while day < pd.Timestamp("2024-06-30"):
        mode = _one(rng, ["Scheduled", "Auto", "Spot"], [60, 30, 10])
        if mode == "Scheduled":
            start = day + pd.Timedelta(hours=10, minutes=int(rng.integers(0, 3)))
        else:
            start = day + pd.Timedelta(hours=int(rng.integers(8, 21)), minutes=int(rng.integers(0, 60)))
        if mode == "Spot":
            rooms: list[str] = []
            area = float(rng.uniform(8, 20))
            minutes = float(rng.uniform(2, 6))
            result = "Completed" if rng.random() < 0.95 else "Cancelled"
        else:
            rooms = [r for r, p in _RB_ROOMS.items() if rng.random() < p] or ["Kitchen"]
            full = sum(_RB_AREA[r] for r in rooms)
            result = _one(rng, list(_RB_RESULTS), list(_RB_RESULTS.values()))
            done = 1.0 if result == "Completed" else float(rng.uniform(0.15, 0.85))
            area = full * done * float(rng.normal(1, 0.06))
            minutes = area / float(rng.normal(11.5, 1.2)) + float(rng.uniform(2, 8))
        dirt = int(rng.poisson(0.9 + area / 120 + (2 if start.month in (4, 5, 10, 11) else 0)))
        rows.append(
            {
                "Mission Start": start.strftime("%Y-%m-%d %H:%M"),
                "Duration (min)": round(minutes),
                "Area Cleaned (sq ft)": round(area),
                "Result": result,
                "Dirt Events": dirt,
                "Rooms Cleaned": ", ".join(rooms),
                "Mode": mode,
            }
        )
        day += pd.Timedelta(days=int(_one(rng, [1, 1, 1, 2, 2, 3])))
    return pd.DataFrame(rows)


def _rb_rooms(d: pd.DataFrame) -> pd.Series:
    rooms = _text(d["Rooms Cleaned"]).str.split(",").explode().str.strip()
    return rooms[rooms.ne("")].value_counts()


def _rb_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(_text(d["Mission Start"]), format="%Y-%m-%d %H:%M", errors="coerce").dt.to_period("M")
    counts = months.value_counts()
    return counts[counts == counts.max()].index.min().to_timestamp()


_RB_ID = ("Mission Start",)
_ROOMBA_QS = [
    Q(
        "how many cleanings finished ok",
        _count(lambda d: int(_text(d["Result"]).eq("Completed").sum())),
        ("Result", *_RB_ID),
    ),
    Q(
        "what % of runs did it get stuck",
        _share(lambda d: float(_text(d["Result"]).eq("Stuck").mean())),
        ("Result", *_RB_ID),
    ),
    Q(
        "avg area cleaned per run?",
        _any_about(
            lambda d: float(_n(d["Area Cleaned (sq ft)"]).mean()),
            lambda d: float(_n(d["Area Cleaned (sq ft)"])[_text(d["Result"]).eq("Completed")].mean()),
        ),
        ("Area Cleaned (sq ft)", "Result", *_RB_ID),
    ),
    Q(
        "which room gets done most often",
        _lead(_named(lambda d: _top(_rb_rooms(d)))),
        ("Rooms Cleaned", *_RB_ID),
    ),
    Q(
        "do longer runs cover more floor",
        corr_of(lambda d: _n(d["Duration (min)"]), lambda d: _n(d["Area Cleaned (sq ft)"])),
        ("Duration (min)", "Area Cleaned (sq ft)", *_RB_ID),
    ),
    Q("which month did it run the most", _lead(_month_year(_rb_month)), _RB_ID),
]


# --- 4. Arccos golf round summaries --------------------------------------------------------------------------------

# course: (par for 18, difficulty strokes over the player's usual, fairways possible on 18, weight)
_AR_COURSES = {
    "Pebble Creek Golf Club": (72, 0.0, 14, 40),
    "Willow Bend Municipal": (70, -2.5, 12, 30),
    "Eagle Ridge Country Club": (72, 3.2, 14, 15),
    "Riverside Links": (71, 1.0, 13, 10),
    "Cedar Hollow GC": (72, 5.0, 14, 5),
}


def _arccos_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20804)
    n = 320
    gaps = rng.integers(1, 6, n)
    dates = pd.Timestamp("2021-04-03") + pd.to_timedelta(np.cumsum(gaps), unit="D")
    rows = []
    for k, date in enumerate(dates):
        hcp = 18.4 - 7.0 * k / n + rng.normal(0, 0.4)
        course = _one(rng, list(_AR_COURSES), [v[3] for v in _AR_COURSES.values()])
        par18, hard, fw18, _ = _AR_COURSES[course]
        holes = 9 if rng.random() < 0.22 else 18
        f = holes / 18
        par = par18 if holes == 18 else round(par18 / 2)
        score = round(par + (hcp + hard) * f + rng.normal(0, 3.2 * np.sqrt(f)))
        fw = round(fw18 * f)
        hit = int(rng.binomial(fw, float(np.clip(0.62 - hcp / 80, 0.2, 0.8))))
        gir = int(rng.binomial(holes, float(np.clip(0.5 - hcp / 50, 0.05, 0.8))))
        putts = round(holes * 1.75 + (hcp - 12) * 0.12 * f + rng.normal(0, 1.6 * np.sqrt(f)))
        pens = int(rng.poisson(1.4 * f * (1 + hard / 8)))
        drive = "" if rng.random() < 0.08 else round(float(rng.normal(228 + (18 - hcp) * 1.5, 9)), 1)
        rows.append(
            {
                "Date": date.strftime("%m/%d/%Y"),
                "Course": course,
                "Holes": holes,
                "Score": score,
                "Par": par,
                "Fairways Hit": hit,
                "Fairways Possible": fw,
                "GIR": gir,
                "Putts": putts,
                "Penalties": pens,
                "Handicap Index": round(float(hcp), 1),
                "Avg Drive (yd)": drive,
            }
        )
    return pd.DataFrame(rows)


def _ar18(d: pd.DataFrame) -> pd.DataFrame:
    return d[_n(d["Holes"]).eq(18)]


def _ar_hcp_ends(d: pd.DataFrame) -> list[float]:
    h = _n(d["Handicap Index"]).loc[_mdy(d["Date"]).sort_values(kind="stable").index]
    return [float(h.iloc[0]), float(h.iloc[-1])]


_AR_ID = ("Date", "Course")
_ARCCOS_QS = [
    Q(
        "what do i usually shoot on 18 holes",
        _any_about(lambda d: float(_n(_ar18(d)["Score"]).mean()), lambda d: float(_n(_ar18(d)["Score"]).median())),
        ("Score", "Holes", *_AR_ID),
    ),
    Q(
        "best 18 hole score?",
        _count(lambda d: int(_n(_ar18(d)["Score"]).min())),
        ("Score", "Holes", "Par", *_AR_ID),
    ),
    Q(
        "what percent of fairways do i hit",
        either(
            _share(lambda d: float(_n(d["Fairways Hit"]).sum() / _n(d["Fairways Possible"]).sum())),
            _share(lambda d: float((_n(d["Fairways Hit"]) / _n(d["Fairways Possible"])).mean())),
        ),
        ("Fairways Hit", "Fairways Possible", *_AR_ID),
    ),
    Q(
        "how many putts a round on average",
        _any_about(lambda d: float(_n(d["Putts"]).mean()), lambda d: float(_n(_ar18(d)["Putts"]).mean())),
        ("Putts", "Holes", *_AR_ID),
    ),
    Q(
        "which course do i score best at",
        _lead(
            _named_any(
                lambda d: _top((_n(d["Score"]) - _n(d["Par"])).groupby(_text(d["Course"])).mean(), ascending=True),
                lambda d: _top(_n(_ar18(d)["Score"]).groupby(_text(_ar18(d)["Course"])).mean(), ascending=True),
            )
        ),
        ("Course", "Score", "Par", "Holes", "Date"),
    ),
    Q(
        "has my handicap come down? where did it start and where is it now",
        has(_ar_hcp_ends, rel=0.003),
        ("Handicap Index", "Date"),
    ),
]


# --- 5. Insight Timer sessions export ------------------------------------------------------------------------------

_IT_TEACHERS = {
    "Sarah Blondin": ("Live Your Truth", 30),
    "Tara Brach": ("Radical Compassion", 24),
    "Jack Kornfield": ("", 14),
    "Mooji": ("", 8),
    "Kelly Smith": ("Yoga For Beginners", 10),
    "Jennifer Piercy": ("Yoga Nidra For Sleep", 14),
}
_IT_NOTES = ["felt calm", "mind racing today", "good one", "fell asleep halfway", "restless", "grateful", "tired"]


def _hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _insight_timer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20805)
    rows = []
    day = pd.Timestamp("2022-01-01")
    while len(rows) < 1100:
        day += pd.Timedelta(days=int(_one(rng, [0, 0, 1, 1, 1, 2])))
        activity = _one(rng, ["Meditation", "Yoga", "Breathing", "Sleep"], [62, 12, 12, 14])
        hour = 22 if activity == "Sleep" else int(_one(rng, [6, 7, 7, 8, 12, 18, 21]))
        start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
        preset = teacher = course = ""
        if activity == "Meditation" and rng.random() < 0.45:
            preset = str(_one(rng, ["Morning sit", "20 min bells", "Quick reset", "Silent"]))
            seconds = int(_one(rng, [600, 1200, 300, 900])) if rng.random() < 0.8 else int(rng.integers(120, 1800))
        else:
            if activity == "Yoga":
                teacher = "Kelly Smith"
            elif activity == "Sleep":
                teacher = "Jennifer Piercy" if rng.random() < 0.7 else "Sarah Blondin"
            else:
                teacher = str(_one(rng, ["Sarah Blondin", "Tara Brach", "Jack Kornfield", "Mooji"], [30, 24, 14, 8]))
            course = _IT_TEACHERS[teacher][0] if rng.random() < 0.5 else ""
            mean = {"Meditation": 900, "Yoga": 1700, "Breathing": 360, "Sleep": 2100}[activity]
            seconds = int(np.clip(rng.normal(mean, mean * 0.3), 60, 5400))
        notes = str(_one(rng, _IT_NOTES)) if rng.random() < 0.09 else ""
        rows.append(
            {
                "Started At": start.strftime("%m/%d/%Y %H:%M:%S"),
                "Duration": _hms(seconds),
                "Activity": activity,
                "Preset": preset,
                "Teacher": teacher,
                "Course Name": course,
                "Notes": notes,
            }
        )
    df = pd.DataFrame(rows)
    return df.iloc[::-1].reset_index(drop=True)


def _it_minutes(d: pd.DataFrame) -> pd.Series:
    return pd.to_timedelta(_text(d["Duration"]), errors="coerce").dt.total_seconds() / 60


def _it_meditation(d: pd.DataFrame) -> pd.Series:
    return _text(d["Activity"]).eq("Meditation")


def _it_month(d: pd.DataFrame, by_time: bool, meditation_only: bool) -> pd.Timestamp:
    months = pd.to_datetime(_text(d["Started At"]), format="%m/%d/%Y %H:%M:%S", errors="coerce").dt.to_period("M")
    w = _it_minutes(d) if by_time else pd.Series(1.0, index=d.index)
    if meditation_only:
        w = w[_it_meditation(d)]
    agg = w.groupby(months[w.index]).sum()
    return agg[agg == agg.max()].index.min().to_timestamp()


def _it_total(d: pd.DataFrame, meditation_only: bool) -> float:
    m = _it_minutes(d)
    return float((m[_it_meditation(d)] if meditation_only else m).sum())


_IT_ID = ("Started At", "Activity")
_INSIGHT_QS = [
    Q(
        "how many hours have i meditated in total",
        _any_about(
            lambda d: _it_total(d, True) / 60,
            lambda d: _it_total(d, False) / 60,
            lambda d: _it_total(d, True),
            lambda d: _it_total(d, False),
        ),
        ("Duration", *_IT_ID),
    ),
    Q(
        "how long is a typical session",
        _any_about(lambda d: float(_it_minutes(d).mean()), lambda d: float(_it_minutes(d).median())),
        ("Duration", *_IT_ID),
    ),
    Q(
        "what about the sleep ones",
        _any_about(
            lambda d: float(_it_minutes(d)[_text(d["Activity"]).eq("Sleep")].mean()),
            lambda d: float(_it_minutes(d)[_text(d["Activity"]).eq("Sleep")].median()),
        ),
        ("Duration", *_IT_ID),
    ),
    Q(
        "which teacher do i listen to most",
        _lead(
            _named_any(
                lambda d: _top(_text(d["Teacher"])[_text(d["Teacher"]).ne("")].value_counts()),
                lambda d: _top(_it_minutes(d).groupby(_text(d["Teacher"])).sum().drop("", errors="ignore")),
            )
        ),
        ("Teacher", "Duration", *_IT_ID),
    ),
    Q(
        "how many sessions did i write notes on",
        _count(lambda d: int(_text(d["Notes"]).ne("").sum())),
        ("Notes", *_IT_ID),
    ),
    Q(
        "which month did i meditate the most",
        _lead(
            either(*(_month_year(lambda d, t=t, m=m: _it_month(d, t, m)) for t in (True, False) for m in (True, False)))
        ),
        ("Duration", *_IT_ID),
    ),
]


# --- 6. DOL H-2A labor certification disclosure data ---------------------------------------------------------------

# state: (weight, AEWR 2023, mean workers, crops)
_H2_STATES = {
    "FL": (16, 14.79, 70, ["Oranges", "Strawberries", "Watermelons", "Tomatoes"]),
    "GA": (14, 14.68, 45, ["Blueberries", "Vidalia Onions", "Peaches; Pecans", "Watermelons"]),
    "WA": (12, 17.97, 60, ["Apples", "Cherries", "Apples; Pears"]),
    "CA": (11, 18.65, 55, ["Lettuce", "Strawberries", "Grapes"]),
    "NC": (10, 14.91, 22, ["Tobacco", "Sweet Potatoes", "Tobacco; Sweet Potatoes"]),
    "LA": (6, 13.67, 25, ["Sugarcane", "Crawfish"]),
    "KY": (6, 14.91, 12, ["Tobacco", "Hay"]),
    "MI": (5, 17.34, 30, ["Blueberries", "Cherries", "Apples"]),
    "TX": (5, 13.88, 8, ["", "Hay", "Custom Combining"]),
    "ID": (4, 17.0, 10, ["", "Potatoes"]),
    "NY": (4, 17.99, 18, ["Apples", "Onions"]),
    "AZ": (3, 16.62, 40, ["Lettuce", "Melons"]),
    "MT": (2, 17.0, 4, ["", "Wheat"]),
    "VT": (2, 16.55, 6, ["Apples", ""]),
}
_H2_STATUS = {
    "Determination Issued - Certification": 84,
    "Determination Issued - Partial Certification": 6,
    "Determination Issued - Denied": 3,
    "Withdrawn": 7,
}
_H2_JOBS = {
    "": ["FARMWORKER", "FARMWORKER - LIVESTOCK", "RANCH HAND", "FARM LABORER, LIVESTOCK"],
    "crop": ["FARMWORKER", "FARM WORKER", "AGRICULTURAL EQUIPMENT OPERATOR", "FARMWORKERS AND LABORERS", "HARVESTER"],
}
_H2_NAMES_A = ["SUNNY", "GREEN", "BLUE", "VALLEY", "RIVER", "OAK", "HILLTOP", "GOLDEN", "BIG SKY", "TRI-COUNTY"]
_H2_NAMES_B = ["FARMS", "ORCHARDS", "PRODUCE", "GROWERS", "RANCH", "AG SERVICES", "HARVESTING"]


def _h2a_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20806)
    states = list(_H2_STATES)
    employers = {s: [] for s in states}
    rows = []
    for _k in range(1800):
        state = _one(rng, states, [v[0] for v in _H2_STATES.values()])
        _, aewr, mean, crops = _H2_STATES[state]
        if not employers[state] or rng.random() < 0.35:
            name = f"{_one(rng, _H2_NAMES_A)} {_one(rng, _H2_NAMES_B)}"
            employers[state].append(name + str(_one(rng, [", LLC", " LLC", ", INC.", " INC", ""])))
        employer = _one(rng, employers[state])
        crop = str(_one(rng, crops))
        livestock = crop == ""
        job = str(_one(rng, _H2_JOBS["" if livestock else "crop"]))
        soc = (
            "Farmworkers, Farm, Ranch, and Aquacultural Animals"
            if livestock
            else ("Farmworkers and Laborers, Crop, Nursery, and Greenhouse")
        )
        if "EQUIPMENT" in job:
            soc = "Agricultural Equipment Operators"
        requested = max(1, round(float(rng.lognormal(np.log(mean), 0.9))))
        status = _one(rng, list(_H2_STATUS), list(_H2_STATUS.values()))
        if status.endswith("- Certification"):
            certified: int | str = requested
        elif status.endswith("Partial Certification"):
            certified = int(rng.integers(1, requested)) if requested > 1 else 1
        elif status.endswith("Denied"):
            certified = 0
        else:
            certified = ""
        filed = pd.Timestamp("2022-10-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        begin = filed + pd.Timedelta(days=int(rng.integers(60, 76)))
        months = 10 if livestock else float(rng.uniform(2, 9))
        end = begin + pd.Timedelta(days=int(months * 30.4 + rng.integers(-5, 6)))
        wage = aewr if rng.random() < 0.85 else aewr + float(_one(rng, [0.25, 0.5, 1.0, 2.0]))
        rows.append(
            {
                "CASE_NUMBER": f"H-300-{filed:%y}{filed.dayofyear:03d}-{int(rng.integers(100000, 999999))}",
                "CASE_STATUS": status,
                "EMPLOYER_NAME": employer,
                "WORKSITE_STATE": state,
                "JOB_TITLE": job,
                "TOTAL_WORKERS_H2A_REQUESTED": requested,
                "TOTAL_WORKERS_H2A_CERTIFIED": certified,
                "EMPLOYMENT_BEGIN_DATE": begin.strftime("%Y-%m-%d"),
                "EMPLOYMENT_END_DATE": end.strftime("%Y-%m-%d"),
                "WAGE_OFFER": round(wage, 2),
                "SOC_TITLE": soc,
                "CROP": crop,
            }
        )
    return pd.DataFrame(rows)


def _h2_certified(d: pd.DataFrame) -> pd.Series:
    return _n(d["TOTAL_WORKERS_H2A_CERTIFIED"])


def _h2_crops(d: pd.DataFrame, col: str) -> pd.Series:
    crop = _text(d["CROP"]).str.split(";")
    w = _n(d[col]).fillna(0)
    out = pd.DataFrame({"crop": crop, "w": w}).explode("crop")
    out["crop"] = out["crop"].str.strip()
    out = out[out["crop"].ne("")]
    return out.groupby("crop")["w"].sum()


def _h2_days(d: pd.DataFrame) -> pd.Series:
    return (_ymd(d["EMPLOYMENT_END_DATE"]) - _ymd(d["EMPLOYMENT_BEGIN_DATE"])).dt.days


_H2_ID = ("CASE_NUMBER", "CASE_STATUS")
_H2A_QS = [
    Q(
        "how many workers got certified in total",
        _count(lambda d: int(_h2_certified(d).sum())),
        ("TOTAL_WORKERS_H2A_CERTIFIED", *_H2_ID),
    ),
    Q(
        "which state asked for the most workers",
        _lead(_named(lambda d: _top(_n(d["TOTAL_WORKERS_H2A_REQUESTED"]).groupby(_text(d["WORKSITE_STATE"])).sum()))),
        ("WORKSITE_STATE", "TOTAL_WORKERS_H2A_REQUESTED", *_H2_ID),
    ),
    Q(
        "what share of applications were denied",
        either(
            _share(lambda d: float(_text(d["CASE_STATUS"]).str.contains("Denied").mean())),
            _share(
                lambda d: float(
                    _text(d["CASE_STATUS"]).str.contains("Denied").sum() / _text(d["CASE_STATUS"]).ne("Withdrawn").sum()
                )
            ),
        ),
        _H2_ID,
    ),
    Q(
        "avg hourly wage offered in florida?",
        _about(lambda d: float(_n(d["WAGE_OFFER"])[_text(d["WORKSITE_STATE"]).eq("FL")].mean())),
        ("WAGE_OFFER", "WORKSITE_STATE", *_H2_ID),
    ),
    Q(
        "what crop needs the most workers",
        _lead(
            _named_any(
                lambda d: _top(_h2_crops(d, "TOTAL_WORKERS_H2A_REQUESTED")),
                lambda d: _top(_h2_crops(d, "TOTAL_WORKERS_H2A_CERTIFIED")),
            )
        ),
        ("CROP", "TOTAL_WORKERS_H2A_REQUESTED", "TOTAL_WORKERS_H2A_CERTIFIED", *_H2_ID),
    ),
    Q(
        "how long do the jobs last on average, in days",
        _any_about(lambda d: float(_h2_days(d).mean()), lambda d: float(_h2_days(d).mean()) + 1),
        ("EMPLOYMENT_BEGIN_DATE", "EMPLOYMENT_END_DATE", *_H2_ID),
    ),
]


# --- 7. Global Carbon Budget national fossil CO2 -------------------------------------------------------------------

# country: (ISO, 2022 total Mt, population 2022 millions, growth since 1960 factor, coal, oil, gas, cement, flaring)
_GC_COUNTRIES = {
    "China": ("CHN", 11400, 1412, 25.0, 0.72, 0.14, 0.06, 0.07, 0.01),
    "USA": ("USA", 5060, 333, 1.7, 0.19, 0.45, 0.34, 0.01, 0.01),
    "India": ("IND", 2830, 1417, 24.0, 0.68, 0.25, 0.04, 0.03, 0.0),
    "Russia": ("RUS", 1650, 144, 1.6, 0.22, 0.23, 0.5, 0.02, 0.03),
    "Japan": ("JPN", 1050, 125, 4.0, 0.38, 0.37, 0.21, 0.03, 0.0),
    "Iran": ("IRN", 690, 88, 20.0, 0.01, 0.32, 0.6, 0.04, 0.03),
    "Germany": ("DEU", 666, 83, 0.75, 0.37, 0.36, 0.23, 0.03, 0.0),
    "Saudi Arabia": ("SAU", 660, 36, 60.0, 0.0, 0.62, 0.33, 0.04, 0.01),
    "Indonesia": ("IDN", 690, 275, 30.0, 0.5, 0.32, 0.14, 0.03, 0.01),
    "South Korea": ("KOR", 600, 52, 40.0, 0.45, 0.33, 0.18, 0.04, 0.0),
    "Canada": ("CAN", 550, 39, 2.6, 0.07, 0.44, 0.45, 0.02, 0.02),
    "Brazil": ("BRA", 480, 215, 9.0, 0.1, 0.7, 0.14, 0.06, 0.0),
    "Mexico": ("MEX", 470, 128, 7.0, 0.07, 0.62, 0.26, 0.04, 0.01),
    "Turkey": ("TUR", 440, 85, 15.0, 0.42, 0.3, 0.2, 0.08, 0.0),
    "South Africa": ("ZAF", 400, 60, 4.0, 0.82, 0.14, 0.02, 0.02, 0.0),
    "Australia": ("AUS", 390, 26, 4.5, 0.42, 0.34, 0.21, 0.01, 0.02),
    "United Kingdom": ("GBR", 320, 67, 0.53, 0.03, 0.5, 0.44, 0.01, 0.02),
    "Vietnam": ("VNM", 330, 98, 60.0, 0.6, 0.22, 0.05, 0.13, 0.0),
    "Italy": ("ITA", 320, 59, 2.2, 0.04, 0.45, 0.47, 0.04, 0.0),
    "Poland": ("POL", 320, 38, 2.0, 0.67, 0.22, 0.09, 0.02, 0.0),
    "France": ("FRA", 300, 65, 1.2, 0.04, 0.58, 0.33, 0.05, 0.0),
    "Thailand": ("THA", 270, 72, 35.0, 0.2, 0.48, 0.26, 0.06, 0.0),
    "Kazakhstan": ("KAZ", 240, 19, 4.0, 0.63, 0.17, 0.18, 0.02, 0.0),
    "Egypt": ("EGY", 250, 111, 12.0, 0.02, 0.4, 0.5, 0.08, 0.0),
    "Spain": ("ESP", 230, 47, 4.0, 0.03, 0.6, 0.33, 0.04, 0.0),
    "Malaysia": ("MYS", 270, 34, 30.0, 0.35, 0.32, 0.3, 0.03, 0.0),
    "United Arab Emirates": ("ARE", 230, 9.4, 200.0, 0.02, 0.33, 0.6, 0.04, 0.01),
    "Argentina": ("ARG", 190, 46, 3.0, 0.02, 0.4, 0.55, 0.03, 0.0),
    "Pakistan": ("PAK", 200, 236, 16.0, 0.2, 0.33, 0.4, 0.07, 0.0),
    "Qatar": ("QAT", 110, 2.7, 150.0, 0.0, 0.22, 0.74, 0.02, 0.02),
    "Netherlands": ("NLD", 140, 17.7, 2.0, 0.12, 0.45, 0.42, 0.01, 0.0),
    "Nigeria": ("NGA", 130, 218, 25.0, 0.0, 0.55, 0.3, 0.05, 0.1),
    "Kuwait": ("KWT", 105, 4.3, 12.0, 0.0, 0.45, 0.5, 0.01, 0.04),
    "Chile": ("CHL", 85, 19.6, 6.0, 0.25, 0.58, 0.13, 0.04, 0.0),
    "Sweden": ("SWE", 36, 10.5, 0.8, 0.07, 0.78, 0.04, 0.11, 0.0),
    "Norway": ("NOR", 40, 5.5, 3.0, 0.02, 0.5, 0.4, 0.02, 0.06),
    "Bangladesh": ("BGD", 100, 171, 40.0, 0.07, 0.25, 0.62, 0.06, 0.0),
    "Trinidad and Tobago": ("TTO", 16, 1.5, 8.0, 0.0, 0.2, 0.74, 0.02, 0.04),
    "Luxembourg": ("LUX", 6.5, 0.65, 0.6, 0.0, 0.85, 0.12, 0.03, 0.0),
    "Kenya": ("KEN", 20, 54, 10.0, 0.04, 0.8, 0.0, 0.16, 0.0),
    "Ethiopia": ("ETH", 18, 123, 40.0, 0.04, 0.75, 0.0, 0.21, 0.0),
    "Iceland": ("ISL", 1.7, 0.38, 3.0, 0.03, 0.93, 0.0, 0.04, 0.0),
    "Brunei": ("BRN", 9.5, 0.45, 12.0, 0.1, 0.3, 0.55, 0.0, 0.05),
    "Bahrain": ("BHR", 35, 1.5, 30.0, 0.0, 0.2, 0.76, 0.0, 0.04),
    "Mongolia": ("MNG", 25, 3.4, 20.0, 0.87, 0.11, 0.0, 0.02, 0.0),
}
_GC_PEAKS = {"USA": 2005, "Germany": 1979, "United Kingdom": 1971, "Russia": 1990, "Japan": 2013, "France": 1973}
_GC_PEAKS |= {"Italy": 2005, "Spain": 2007, "Sweden": 1970, "Luxembourg": 1974, "Poland": 1987, "Kazakhstan": 1990}


def _carbon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20807)
    years = np.arange(1960, 2023)
    rows = []
    for country, (iso, total22, pop22, growth, *mix) in _GC_COUNTRIES.items():
        peak = _GC_PEAKS.get(country)
        for year in years:
            if peak is None:
                level = total22 * growth ** ((year - 2022) / 62)
            else:
                top = total22 * (1.45 if peak < 2000 else 1.25)
                start = min(total22 / growth, 0.6 * top)
                if year <= peak:
                    level = start * (top / start) ** ((year - 1960) / (peak - 1960))
                else:
                    level = top + (total22 - top) * (year - peak) / (2022 - peak)
            if country == "China" and year >= 2014:
                level *= 0.97 if year <= 2016 else 1.0
            if country == "USA" and year in (2009, 2020):
                level *= 0.93
            level *= float(rng.normal(1, 0.025))
            parts = np.array(mix, dtype=float) * (1 + rng.normal(0, 0.03, 5))
            parts = parts / parts.sum() * level
            pop = pop22 * (1.018 ** (year - 2022) if growth > 5 else 1.006 ** (year - 2022))
            flaring: float | str = round(parts[4], 3) if year >= 1970 or parts[4] == 0 else ""
            total = round(float(parts[:4].sum() + (parts[4] if flaring != "" else 0.0)), 3)
            per_cap: float | str = round(total / pop, 3)
            if pop22 < 2.0 and year < 1970 + int(rng.integers(0, 8)):
                per_cap = ""
            rows.append(
                {
                    "Country": country,
                    "ISO 3166-1 alpha-3": iso,
                    "Year": int(year),
                    "Total": total,
                    "Coal": round(parts[0], 3),
                    "Oil": round(parts[1], 3),
                    "Gas": round(parts[2], 3),
                    "Cement": round(parts[3], 3),
                    "Flaring": flaring,
                    "Other": round(float(rng.uniform(1, 8)), 3)
                    if country in ("China", "USA", "India") and year >= 1990
                    else "",
                    "Per Capita": per_cap,
                }
            )
    for year in years:
        oil = 180 + 1050 * (year - 1960) / 62 * float(rng.normal(1, 0.02))
        rows.append(
            {
                "Country": "International Transport",
                "ISO 3166-1 alpha-3": "",
                "Year": int(year),
                "Total": round(oil, 3),
                "Coal": 0.0,
                "Oil": round(oil, 3),
                "Gas": 0.0,
                "Cement": 0.0,
                "Flaring": 0.0,
                "Other": "",
                "Per Capita": "",
            }
        )
    df = pd.DataFrame(rows)
    cols = ["Total", "Coal", "Oil", "Gas", "Cement", "Flaring", "Other"]
    num = df[cols].apply(pd.to_numeric, errors="coerce").fillna(0.0)
    num["Total"] = num["Total"] + num["Other"]
    df["Total"] = num["Total"].round(3)
    world = num.groupby(df["Year"]).sum().round(3)
    world.insert(0, "Year", world.index)
    world.insert(0, "ISO 3166-1 alpha-3", "")
    world.insert(0, "Country", "Global")
    world["Per Capita"] = ""
    return pd.concat([df, world.reset_index(drop=True)], ignore_index=True)


def _gc_nations(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_text(d["Country"]).isin(["Global", "International Transport", "World"])]


def _gc_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    return d[_n(d["Year"]).eq(year)]


def _gc_world(d: pd.DataFrame, year: int, col: str = "Total") -> float:
    return float(_n(_gc_year(d[_text(d["Country"]).eq("Global")], year)[col]).sum())


def _gc_sum(d: pd.DataFrame, year: int, col: str = "Total") -> float:
    return float(_n(_gc_year(_gc_nations(d), year)[col]).sum())


def _gc_top_2022(d: pd.DataFrame) -> str:
    y = _gc_year(_gc_nations(d), 2022)
    return _top(_n(y["Total"]).set_axis(_text(y["Country"])))


def _gc_top_pc(d: pd.DataFrame) -> list[str]:
    y = _gc_year(_gc_nations(d), 2022)
    return list(_n(y["Per Capita"]).set_axis(_text(y["Country"])).sort_values(ascending=False).index[:5])


def _gc_peak(d: pd.DataFrame, country: str) -> int:
    c = d[_text(d["Country"]).eq(country)]
    return int(_n(c["Year"])[_n(c["Total"]).idxmax()])


_GC_ID = ("Country", "ISO 3166-1 alpha-3", "Year")
_CARBON_QS = [
    Q(
        "which country put out the most co2 in 2022",
        _lead(_named(_gc_top_2022)),
        ("Total", *_GC_ID),
    ),
    Q(
        "how much have global emissions grown since 1990",
        either(
            _pct(lambda d: _gc_world(d, 2022) / _gc_world(d, 1990) - 1),
            _pct(lambda d: _gc_sum(d, 2022) / _gc_sum(d, 1990) - 1),
            has(lambda d: [_gc_world(d, 1990), _gc_world(d, 2022)], rel=0.01),
        ),
        ("Total", *_GC_ID),
    ),
    Q(
        "what share of the world total came from coal in 2022",
        either(
            _share(lambda d: _gc_world(d, 2022, "Coal") / _gc_world(d, 2022)),
            _share(lambda d: _gc_sum(d, 2022, "Coal") / _gc_sum(d, 2022)),
        ),
        ("Coal", "Total", *_GC_ID),
    ),
    Q(
        "top 5 countries per person in 2022",
        labels_in(_gc_top_pc),
        ("Per Capita", *_GC_ID),
    ),
    Q("when did the uk's emissions peak", _lead(_year(lambda d: _gc_peak(d, "United Kingdom"))), ("Total", *_GC_ID)),
    Q(
        "how many per-person values are missing",
        either(
            _count(lambda d: int(_n(d["Per Capita"]).isna().sum())),
            _count(lambda d: int(_n(_gc_nations(d)["Per Capita"]).isna().sum())),
        ),
        ("Per Capita", *_GC_ID),
    ),
]


HELDOUT208: list[Dataset] = [
    Dataset("natural_cycles_temperature_log", _natural_cycles_frame, _NC_QS),
    Dataset("home_assistant_history_long", _home_assistant_frame, _HA_QS),
    Dataset("irobot_roomba_cleaning_history", _roomba_frame, _ROOMBA_QS),
    Dataset("arccos_golf_rounds", _arccos_frame, _ARCCOS_QS),
    Dataset("insight_timer_sessions", _insight_timer_frame, _INSIGHT_QS),
    Dataset("dol_h2a_disclosure", _h2a_frame, _H2A_QS),
    Dataset("gcb_national_fossil_co2", _carbon_frame, _CARBON_QS),
]
