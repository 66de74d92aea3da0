"""HELDOUT248: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public exports an analyst is likely to bring along: a Superhuman email
analytics export (one row per day, June 2023 to September 2024, a few days missing) with Date as "2023-06-01",
"Emails Received", "Emails Sent" (0 on some weekend days), "Emails Archived", "Inbox Zero Reached" (Yes/No), "Time In
App (min)", "Split Inbox Most Used" (Important, Other, Calendar, News, VIP, Team), "Reminders Set", "Snippets Used",
"Read Statuses Checked" and "Average Response Time (hours)" with two decimals (blank on days nothing was sent); a
CARROT Weather personal weather station log (one row per hour, February to mid-May 2024, some hours missing) with
Time as "2024-02-01 13:00", "Temperature (°F)", "Feels Like (°F)" and "Dew Point (°F)" with one decimal, "Humidity
(%)", "Wind Speed (mph)", "Wind Gust (mph)" (blank when no gust), "Wind Direction" as a compass point ("NNW", "SE",
blank when calm), "Pressure (inHg)" with two decimals, "Precipitation (in)" with two decimals, "UV Index" (0 at
night), Conditions (Clear, Partly Cloudy, Cloudy, Rain, Thunderstorms, Snow, Fog) and AQI (blank when the sensor was
offline); a OneNote page inventory from a PowerShell script (one row per page) with Notebook (Work, Personal,
Recipes, School), Section, "Page Title" (some "Untitled Page"), Created and "Last Modified" as PowerShell writes
them ("3/14/2022 9:41:07 AM"), "Word Count" (0 for empty pages), Images, Attachments, Tags as semicolon-separated
OneNote tags ("To Do;Important", blank when none), Author (a name, or an e-mail address on shared notebooks) and
Level (0 for pages, 1-2 for subpages); a Preply tutor's lesson history (one row per lesson, 2023-2024) with "Lesson
Date" as "Mar 12, 2024", "Start Time" as "18:30", Student as "Anna K.", "Student Country", Subject (English, Spanish,
Math, IELTS Prep), "Lesson Type" (Trial, Regular, Package), "Duration (min)", "Price ($)" (the listed price, kept on
cancelled lessons), "Preply Commission ($)" (the whole price on trials, 0 on cancelled lessons), "Earnings ($)" (0 on
cancelled lessons), Status (Completed, Cancelled by Student, Cancelled by Tutor, Missed by Student) and "Review
Stars" (1-5, blank when none); a city parks department's tennis and pickleball court reservations (April to October
2024) with "Reservation ID" as "R-240123" (repeated on every court of a league or tournament block booking),
Facility, "Court Number", "Court Type" (Tennis - Hard, Tennis - Clay, Pickleball), Date as "06/15/2024", "Start
Time" as "7:30 AM", "Duration (hours)" (1, 1.5, 2), "Reservation Type" (Resident, Non-Resident, League, Lesson,
Tournament), Players (blank for some), "Fee ($)" (0 for league and tournament courts), "Checked In" and Cancelled as
Y/N; a state agriculture department's weekly retail egg price survey (weeks ending 10/06/2023 to 12/27/2024) with
"Week Ending" as "MM/DD/YYYY", Region (Northeast, Southeast, Midwest, South Central, West, and a National row that
sums the stores of the regions surveyed that week), Size, Grade, Type (eight size-grade-type combinations per region
and week), "Advertised Price Per Dozen ($)" ("N/A" when no store featured that egg), "Stores Surveyed", "Stores
Featuring" and "Weighted Average Price ($)", with the West missing a few weeks; and a city board of zoning appeals
case list (2019-2024) with "Case Number" as "BZA-2021-0042" (a continued case appears twice: once "Continued", then
with its final decision), "Filed Date" and "Hearing Date" as "MM/DD/YYYY" (hearing blank for cases withdrawn before
one), Address, "Zoning District" (R-1, R-2, R-3, C-1, C-2, M-1, PUD), "Request Type", "Applicant Type" (Owner,
Developer, Business, Nonprofit), Decision (Approved, Approved with Conditions, Denied, Withdrawn, Continued), Vote as
"for-against" ("5-0", "3-2", "0-5"; blank without a vote), "Neighbor Objections" and "Days To Decision" (blank
without a final decision). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The label with the highest (or lowest) score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _any_day(days: Callable[[pd.DataFrame], list[Any]]) -> Check:
    """Any one of the days (ties at a maximum)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_day(lambda _d, t=t: t)(answer, df) for t in days(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _named_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (the picks of two readings)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


# --- 1. Superhuman email analytics ---------------------------------------------------------------------------------

_SH_SPLITS = ["Important", "Other", "Calendar", "News", "VIP", "Team"]


def _superhuman_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24801)
    rows = []
    for day in pd.date_range("2023-06-01", "2024-09-30", freq="D"):
        if rng.random() < 0.03:
            continue
        weekend = day.day_of_week >= 5
        season = (
            1.0
            + 0.25 * np.sin((day.day_of_year - 40) / 365 * 2 * np.pi)
            + 0.0004 * (day - pd.Timestamp("2023-06-01")).days
        )
        received = int(rng.poisson((38 if weekend else 118) * season))
        sent = int(rng.poisson(1.6 if weekend else 24))
        archived = round(float(received * rng.uniform(0.55, 0.97)))
        zero = rng.random() < (0.15 + 0.6 * (archived / max(received, 1) - 0.55) / 0.42 + (0.2 if weekend else 0))
        minutes = max(3, round(float(12 + 0.32 * received + 0.9 * sent + rng.normal(0, 9))))
        response: float | None = None
        if sent > 0:
            response = round(float(rng.gamma(2.2, 1.6 if not weekend else 3.4)), 2)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Emails Received": received,
                "Emails Sent": sent,
                "Emails Archived": archived,
                "Inbox Zero Reached": "Yes" if zero else "No",
                "Time In App (min)": minutes,
                "Split Inbox Most Used": _one(rng, _SH_SPLITS, [40, 22, 10, 12, 9, 7]),
                "Reminders Set": int(rng.poisson(0.6 if weekend else 2.4)),
                "Snippets Used": int(rng.poisson(0.3 if weekend else 1.8)),
                "Read Statuses Checked": int(rng.poisson(1 if weekend else 5)),
                "Average Response Time (hours)": response,
            }
        )
    return pd.DataFrame(rows)


def _sh_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"])


def _sh_top_month(df: pd.DataFrame) -> pd.Timestamp:
    per = df.groupby(_sh_dates(df).dt.to_period("M"))["Emails Received"].sum()
    return per.idxmax().to_timestamp()


def _sh_top_month_total(df: pd.DataFrame) -> float:
    month = _sh_top_month(df)
    d = _sh_dates(df)
    return float(df.loc[(d.dt.year == month.year) & (d.dt.month == month.month), "Emails Received"].sum())


def _sh_sent_by_weekend(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(df: pd.DataFrame) -> list[float]:
        weekend = _sh_dates(df).dt.day_of_week >= 5
        sent = df["Emails Sent"]
        return [float(getattr(sent[~weekend], how)()), float(getattr(sent[weekend], how)())]

    return values


_SH_QS = [
    Q(
        "how many days did i hit inbox zero",
        _count(lambda df: int((_text(df, "Inbox Zero Reached") == "Yes").sum())),
        ("Inbox Zero Reached", "Date"),
    ),
    Q(
        "whats my typical response time",
        either(
            _about(lambda df: df["Average Response Time (hours)"].mean(), rel=0.01),
            _about(lambda df: df["Average Response Time (hours)"].median(), rel=0.01),
        ),
        ("Average Response Time (hours)",),
    ),
    Q(
        "which month did i get the most email",
        _lead(_month_year(_sh_top_month)),
        ("Emails Received", "Date"),
    ),
    Q(
        "how many came in that month",
        _count(_sh_top_month_total),
        ("Emails Received", "Date"),
    ),
    Q(
        "do i spend more time in the app on days i get more email? how strong is it",
        _corr(lambda df: df["Emails Received"], lambda df: df["Time In App (min)"]),
        ("Emails Received", "Time In App (min)"),
    ),
    Q(
        "how many emails do i send on a normal weekday vs a weekend day",
        either(_about(_sh_sent_by_weekend("mean"), rel=0.01), _about(_sh_sent_by_weekend("median"), rel=0.01)),
        ("Emails Sent", "Date"),
    ),
]


# --- 2. CARROT Weather station log ---------------------------------------------------------------------------------

_CW_POINTS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]
_CW_POINT_W = [5, 3, 3, 2, 2, 2, 3, 4, 6, 7, 9, 8, 7, 6, 6, 5]


def _carrot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24802)
    rows = []
    hours = pd.date_range("2024-02-01 00:00", "2024-05-15 23:00", freq="h")
    front = 0.0
    wet = 0
    aqi_base = 40.0
    for t in hours:
        front = 0.93 * front + rng.normal(0, 1.6)
        aqi_base = float(np.clip(0.97 * aqi_base + 0.03 * 45 + rng.normal(0, 4), 8, 180))
        if rng.random() < 0.004:
            aqi_base += float(rng.uniform(60, 110))
        if rng.random() < 0.025:
            continue
        doy = t.day_of_year
        mean = 34 + 0.36 * (doy - 32)
        temp = mean + 9 * np.sin((t.hour - 9) / 24 * 2 * np.pi) + 2.2 * front
        if wet > 0:
            wet -= 1
        elif rng.random() < 0.018:
            wet = int(rng.integers(2, 14))
        humidity = int(np.clip(rng.normal(88 if wet else 60, 8) - 0.8 * (temp - mean), 18, 100))
        dew = temp - (100 - humidity) / 5
        wind = max(0, round(float(rng.gamma(2.0, 3.6 if not wet else 5.5))))
        gust: int | None = wind + int(rng.integers(4, 16)) if wind >= 8 and rng.random() < 0.7 else None
        cold = temp < 33
        if wet:
            if cold:
                cond = "Snow"
            elif doy > 90 and temp > 60 and rng.random() < 0.35:
                cond = "Thunderstorms"
            else:
                cond = "Rain"
            precip = round(float(rng.gamma(1.2, 0.05 if cond != "Thunderstorms" else 0.16)), 2)
        else:
            cond = _one(rng, ["Clear", "Partly Cloudy", "Cloudy", "Fog"], [40, 30, 24, 3 if t.hour < 9 else 0.3])
            precip = 0.0
        feels = temp - 0.7 * wind * (temp < 50) + 0.09 * max(0, humidity - 40) * (temp > 78)
        sun = max(0.0, np.sin((t.hour - 6) / 14 * np.pi)) if 6 <= t.hour <= 20 else 0.0
        uv = round(float(sun * (3 + 0.05 * (doy - 32)) * (0.35 if cond in ("Cloudy", "Rain", "Thunderstorms") else 1)))
        rows.append(
            {
                "Time": f"{t:%Y-%m-%d %H:%M}",
                "Temperature (°F)": round(float(temp), 1),
                "Feels Like (°F)": round(float(feels), 1),
                "Humidity (%)": humidity,
                "Dew Point (°F)": round(float(dew), 1),
                "Wind Speed (mph)": wind,
                "Wind Gust (mph)": gust,
                "Wind Direction": "" if wind == 0 else _one(rng, _CW_POINTS, _CW_POINT_W),
                "Pressure (inHg)": round(float(30.0 - 0.05 * front - (0.25 if wet else 0) + rng.normal(0, 0.03)), 2),
                "Precipitation (in)": precip,
                "UV Index": uv,
                "Conditions": cond,
                "AQI": None if rng.random() < 0.05 else round(float(aqi_base * rng.uniform(0.85, 1.15))),
            }
        )
    out = pd.DataFrame(rows)
    out["Wind Gust (mph)"] = out["Wind Gust (mph)"].astype("Int64")
    out["AQI"] = out["AQI"].astype("Int64")
    return out


def _cw_time(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Time"])


def _cw_hottest_days(df: pd.DataFrame) -> list[Any]:
    temp = df["Temperature (°F)"]
    return sorted({t.normalize() for t in _cw_time(df)[temp == temp.max()]})


def _cw_monthly(df: pd.DataFrame) -> pd.Series:
    return df.groupby(_cw_time(df).dt.month)["Temperature (°F)"].mean()


_CW_QS = [
    Q(
        "what was the hottest temp recorded",
        _about(lambda df: df["Temperature (°F)"].max(), rel=0.001),
        ("Temperature (°F)", "Time"),
    ),
    Q(
        "when was that",
        _any_day(_cw_hottest_days),
        ("Temperature (°F)", "Time"),
    ),
    Q(
        "avg temperature each month",
        _about(_cw_monthly, rel=0.003),
        ("Temperature (°F)", "Time"),
    ),
    Q(
        "how much rain fell in april",
        _about(lambda df: df.loc[_cw_time(df).dt.month == 4, "Precipitation (in)"].sum(), rel=0.01),
        ("Precipitation (in)", "Time"),
    ),
    Q(
        "how many hours was the aqi over 100",
        _count(lambda df: int((pd.to_numeric(df["AQI"], errors="coerce") > 100).sum())),
        ("AQI", "Time"),
    ),
    Q(
        "how many hours have no aqi reading",
        _count(lambda df: int(pd.to_numeric(df["AQI"], errors="coerce").isna().sum())),
        ("AQI", "Time"),
    ),
]


# --- 3. OneNote page inventory -------------------------------------------------------------------------------------

_ON_BOOKS = {
    "Work": (["Meetings", "Projects", "1:1s", "Onboarding"], 34, 260, 0.3, 0.6),
    "Personal": (["Journal", "Travel", "Finance", "Health"], 24, 320, 0.6, 0.2),
    "Recipes": (["Dinners", "Baking", "Soups", "To Try"], 18, 190, 1.6, 0.1),
    "School": (["Biology 101", "Calculus II", "History 210", "Research Paper"], 24, 560, 0.8, 0.35),
}
_ON_TITLES = {
    "Meetings": ["Weekly sync", "Q{q} planning", "Standup notes", "Vendor call", "All hands", "Retro"],
    "Projects": ["Website redesign", "Data migration", "Budget FY{y}", "Launch checklist", "Roadmap draft"],
    "1:1s": ["1:1 with Marcus", "1:1 with Priya", "1:1 with Leo", "Skip level"],
    "Onboarding": ["First week", "Accounts and access", "Team contacts", "Benefits"],
    "Journal": ["Morning pages", "Weekend", "Thoughts", "Gratitude list", "Goals {y}"],
    "Travel": ["Lisbon trip", "Packing list", "Japan itinerary", "Road trip ideas", "Camping gear"],
    "Finance": ["Budget {y}", "Taxes {y}", "Subscriptions", "Car loan", "Savings plan"],
    "Health": ["Workout plan", "Doctor visit", "Meal prep", "Sleep log", "Running log"],
    "Dinners": ["Chicken tikka masala", "Sheet pan gnocchi", "Beef stir fry", "Shrimp tacos", "Lasagna"],
    "Baking": ["Sourdough starter", "Banana bread", "Chocolate chip cookies", "Lemon bars", "Focaccia"],
    "Soups": ["Minestrone", "Tomato soup", "Chicken noodle", "Pho", "Lentil soup"],
    "To Try": ["Birria tacos", "Japanese cheesecake", "Kimchi fried rice", "Shakshuka"],
    "Biology 101": ["Cell structure", "Mitosis", "Lab {q} report", "Genetics", "Exam review"],
    "Calculus II": ["Integration by parts", "Series", "Problem set {q}", "Polar coordinates", "Midterm review"],
    "History 210": ["Reading notes wk{q}", "Industrial Revolution", "Essay outline", "Lecture {q}"],
    "Research Paper": ["Sources", "Outline", "Draft {q}", "Interview notes", "Feedback"],
}
_ON_TAGS = {
    "Work": ["To Do", "Important", "Question", "Remember for later", "Discuss with manager"],
    "Personal": ["To Do", "Important", "Idea", "Remember for later"],
    "Recipes": ["To Do", "Idea", "Important"],
    "School": ["Question", "Important", "To Do", "Definition", "Remember for later"],
}


def _stamp(t: pd.Timestamp) -> str:
    """A PowerShell date: "3/14/2022 9:41:07 AM"."""
    return f"{t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t:%M:%S} {t:%p}"


def _onenote_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24803)
    rows = []
    start = pd.Timestamp("2019-09-01")
    for book, (sections, pages, words, images, attach) in _ON_BOOKS.items():
        for section in sections:
            n = int(rng.integers(pages, pages * 2))
            level = 0
            for _ in range(n):
                level = 0 if level == 0 and rng.random() < 0.75 else int(_one(rng, [0, 1, 2], [5, 4, 1]))
                created = start + pd.Timedelta(seconds=int(rng.integers(0, 5 * 365 * 86400)))
                if book == "School":
                    created = min(created, pd.Timestamp("2023-05-20")) - pd.Timedelta(days=int(rng.integers(0, 30)))
                edit = (
                    pd.Timedelta(seconds=int(rng.exponential(120 * 86400))) if rng.random() < 0.8 else pd.Timedelta(0)
                )
                modified = min(created + edit, pd.Timestamp("2024-11-30 17:00"))
                title = _one(rng, _ON_TITLES[section]).format(q=int(rng.integers(1, 5)), y=created.year)
                if rng.random() < 0.03:
                    title = "Untitled Page"
                count = 0 if rng.random() < 0.04 else int(rng.gamma(1.8, words / 1.8))
                tags = [t for t in _ON_TAGS[book] if rng.random() < 0.13]
                shared = book == "School" and rng.random() < 0.3
                rows.append(
                    {
                        "Notebook": book,
                        "Section": section,
                        "Page Title": title,
                        "Created": _stamp(created),
                        "Last Modified": _stamp(modified),
                        "Word Count": count,
                        "Images": int(rng.poisson(images)),
                        "Attachments": int(rng.poisson(attach)),
                        "Tags": ";".join(tags),
                        "Author": "priya.raman@outlook.com" if shared else "Dana Whitfield",
                        "Level": level,
                    }
                )
    return pd.DataFrame(rows)


def _on_top_book(df: pd.DataFrame) -> str:
    return _top(df.groupby("Notebook")["Word Count"].sum())


def _on_tagged(df: pd.DataFrame, tag: str) -> pd.Series:
    return _text(df, "Tags").str.split(";").apply(lambda parts: tag.lower() in [p.strip().lower() for p in parts])


_ON_QS = [
    Q(
        "how many pages are in each notebook",
        _count(lambda df: df["Notebook"].value_counts().to_numpy()),
        ("Notebook", "Page Title"),
    ),
    Q(
        "which notebook has the most words in total",
        _lead(_named(_on_top_book)),
        ("Notebook", "Word Count"),
    ),
    Q(
        "how many of its pages have pictures",
        _count(lambda df: int(((df["Notebook"] == _on_top_book(df)) & (df["Images"] > 0)).sum())),
        ("Notebook", "Images", "Page Title"),
    ),
    Q(
        "how many pages are tagged to do",
        _count(lambda df: int(_on_tagged(df, "To Do").sum())),
        ("Tags", "Page Title"),
    ),
    Q(
        "and how many have no tags at all",
        _count(lambda df: int((_text(df, "Tags") == "").sum())),
        ("Tags", "Page Title"),
    ),
    Q(
        "how many pages haven't been edited since before 2023",
        _count(
            lambda df: int(
                (pd.to_datetime(df["Last Modified"], format="%m/%d/%Y %I:%M:%S %p") < pd.Timestamp("2023-01-01")).sum()
            )
        ),
        ("Last Modified", "Page Title"),
    ),
]


# --- 4. Preply tutor lesson history --------------------------------------------------------------------------------

_PP_FIRST = ["Anna", "Lucas", "Mei", "Omar", "Sofia", "Kenji", "Laura", "Ahmed", "Julia", "Diego", "Elif", "Pavel"]
_PP_FIRST += ["Camila", "Yuki", "Marta", "Hassan", "Chloe", "Tomasz", "Ines", "Arjun", "Nadia", "Felipe", "Hana"]
_PP_COUNTRIES = {
    "English": (["Brazil", "Japan", "Turkey", "Poland", "Germany", "Mexico", "Saudi Arabia"], 50),
    "Spanish": (["United States", "Canada", "United Kingdom", "Germany"], 22),
    "Math": (["United States", "Canada", "United Kingdom"], 12),
    "IELTS Prep": (["India", "China", "Vietnam", "Saudi Arabia", "Brazil"], 16),
}


def _preply_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24804)
    rows = []
    used: set[str] = set()
    subjects = list(_PP_COUNTRIES)
    while len(used) < 48:
        name = f"{_one(rng, _PP_FIRST)} {'ABCDEGHIKLMNOPRSTVW'[int(rng.integers(19))]}."
        if name in used:
            continue
        used.add(name)
        subject = _one(rng, subjects, [v[1] for v in _PP_COUNTRIES.values()])
        country = _one(rng, _PP_COUNTRIES[subject][0])
        rate = float(rng.choice([18, 20, 22, 25, 28, 30, 35]))
        first = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 680)))
        stays = rng.random() < 0.7
        n = int(min(rng.geometric(0.04), 95)) if stays else 0
        kind = "Package" if rng.random() < 0.35 else "Regular"
        length = int(_one(rng, [50, 60], [3, 1]))
        hour = int(rng.integers(7, 21))
        day = first
        for k in range(n + 1):
            if k > 0:
                day = day + pd.Timedelta(days=int(rng.choice([3, 4, 7, 7, 7, 14])))
            if day > pd.Timestamp("2024-12-20"):
                break
            trial = k == 0
            duration = 30 if trial else length
            price = round(rate * duration / 60 * (0.5 if trial else 1.0) * (0.9 if kind == "Package" else 1.0), 2)
            status = _one(
                rng, ["Completed", "Cancelled by Student", "Cancelled by Tutor", "Missed by Student"], [85, 8, 2.5, 4.5]
            )
            paid = status in ("Completed", "Missed by Student")
            cut = 1.0 if trial else (0.33 if day < pd.Timestamp("2023-07-01") else 0.25 if day.year == 2023 else 0.20)
            commission = round(price * cut, 2) if paid else 0.0
            stars: int | None = None
            if status == "Completed" and rng.random() < (0.5 if trial else 0.08):
                stars = int(_one(rng, [5, 4, 3, 2, 1], [70, 18, 6, 3, 3] if subject != "Math" else [55, 25, 10, 5, 5]))
            rows.append(
                {
                    "Lesson Date": f"{day:%b} {day.day}, {day.year}",
                    "Start Time": f"{hour:02d}:{_one(rng, ['00', '30'])}",
                    "Student": name,
                    "Student Country": country,
                    "Subject": subject,
                    "Lesson Type": "Trial" if trial else kind,
                    "Duration (min)": duration,
                    "Price ($)": price,
                    "Preply Commission ($)": commission,
                    "Earnings ($)": round(price - commission, 2) if paid else 0.0,
                    "Status": status,
                    "Review Stars": stars,
                    "_day": day,
                }
            )
    out = pd.DataFrame(rows).sort_values(["_day", "Start Time"], kind="stable").drop(columns="_day")
    out["Review Stars"] = out["Review Stars"].astype("Int64")
    return out.reset_index(drop=True)


def _pp_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Lesson Date"], format="%b %d, %Y")


def _pp_top_students(df: pd.DataFrame) -> list[str]:
    done = df[df["Status"] == "Completed"]
    return [_top(df["Student"].value_counts()), _top(done["Student"].value_counts())]


def _pp_their_earnings(df: pd.DataFrame) -> list[float]:
    return [float(df.loc[df["Student"] == s, "Earnings ($)"].sum()) for s in _pp_top_students(df)]


def _pp_either_amount(df: pd.DataFrame, answer: str) -> str | None:
    whys = [_amount(lambda _d, v=v: v)(answer, df) for v in _pp_their_earnings(df)]
    return None if any(w is None for w in whys) else whys[0]


_PP_QS = [
    Q(
        "how much did i make in 2024",
        _amount(lambda df: df.loc[_pp_dates(df).dt.year == 2024, "Earnings ($)"].sum()),
        ("Earnings ($)", "Lesson Date"),
    ),
    Q(
        "how much has preply taken in commission overall",
        _amount(lambda df: df["Preply Commission ($)"].sum()),
        ("Preply Commission ($)",),
    ),
    Q(
        "who's my most frequent student",
        _lead(_named_any(_pp_top_students)),
        ("Student", "Status"),
    ),
    Q(
        "how much have i earned from them",
        lambda answer, df: _pp_either_amount(df, answer),
        ("Student", "Earnings ($)"),
    ),
    Q(
        "what percentage of lessons get cancelled by the student",
        _share(lambda df: float((_text(df, "Status") == "Cancelled by Student").mean())),
        ("Status",),
    ),
    Q(
        "average review stars per subject",
        _about(lambda df: df.groupby("Subject")["Review Stars"].mean(), rel=0.005),
        ("Review Stars", "Subject"),
    ),
]


# --- 5. Tennis and pickleball court reservations -------------------------------------------------------------------

_CT_FACILITIES = {
    # facility: ([(court number, court type)], weight)
    "Riverside Park Tennis Center": (
        [(i, "Tennis - Hard") for i in range(1, 7)] + [(7, "Tennis - Clay"), (8, "Tennis - Clay")],
        5,
    ),
    "Elm Street Courts": ([(i, "Tennis - Hard") for i in range(1, 5)] + [(i, "Pickleball") for i in range(5, 11)], 6),
    "Lakeview Pickleball Complex": ([(i, "Pickleball") for i in range(1, 9)], 4),
    "Oak Hollow Park": ([(i, "Tennis - Hard") for i in range(1, 4)], 1.5),
    "Memorial Park Courts": ([(i, "Tennis - Hard") for i in range(1, 5)] + [(5, "Pickleball"), (6, "Pickleball")], 3),
}
_CT_RATE = {"Resident": 8.0, "Non-Resident": 16.0, "League": 0.0, "Lesson": 15.0, "Tournament": 0.0}


def _courts_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24805)
    rows = []
    facilities = list(_CT_FACILITIES)
    rid = 240000
    days = pd.date_range("2024-04-01", "2024-10-31", freq="D")
    while len(rows) < 3400:
        rid += 1
        fac = _one(rng, facilities, [v[1] for v in _CT_FACILITIES.values()])
        courts = _CT_FACILITIES[fac][0]
        kind = _one(rng, list(_CT_RATE), [55, 18, 12, 11, 4])
        day = days[int(rng.integers(len(days)))]
        weekend = day.day_of_week >= 5
        slot = int(rng.integers(14, 42)) if not weekend else int(rng.integers(14, 36))
        if kind == "League":
            slot = int(rng.integers(36, 40))
        hour, half = divmod(slot, 2)
        clock = f"{hour % 12 or 12}:{'30' if half else '00'} {'AM' if hour < 12 else 'PM'}"
        duration = float(_one(rng, [1.0, 1.5, 2.0], [55, 25, 20])) if kind not in ("League", "Tournament") else 2.0
        block = int(rng.integers(2, 5)) if kind in ("League", "Tournament") else 1
        picks = rng.choice(len(courts), size=min(block, len(courts)), replace=False)
        cancelled = rng.random() < (0.09 if kind in ("Resident", "Non-Resident") else 0.03)
        for p in sorted(picks):
            number, ctype = courts[int(p)]
            pickle = ctype == "Pickleball"
            players: int | None = int(_one(rng, [2, 4], [1, 4] if pickle else [3, 1]))
            if kind == "Lesson":
                players = int(_one(rng, [1, 2, 3], [5, 3, 1]))
            if rng.random() < 0.04:
                players = None
            rate = _CT_RATE[kind] * (0.75 if pickle else 1.0) * (1.25 if ctype == "Tennis - Clay" else 1.0)
            checked = not cancelled and rng.random() < 0.88
            rows.append(
                {
                    "Reservation ID": f"R-{rid}",
                    "Facility": fac,
                    "Court Number": number,
                    "Court Type": ctype,
                    "Date": f"{day:%m/%d/%Y}",
                    "Start Time": clock,
                    "Duration (hours)": duration,
                    "Reservation Type": kind,
                    "Players": players,
                    "Fee ($)": round(rate * duration, 2),
                    "Checked In": "Y" if checked else "N",
                    "Cancelled": "Y" if cancelled else "N",
                }
            )
    out = pd.DataFrame(rows)
    out["Players"] = out["Players"].astype("Int64")
    return out


def _ct_busiest(df: pd.DataFrame) -> list[str]:
    return [_top(df["Facility"].value_counts()), _top(df.groupby("Facility")["Reservation ID"].nunique())]


def _ct_pickle_there(df: pd.DataFrame) -> list[float]:
    out = []
    for fac in _ct_busiest(df):
        d = df[(df["Facility"] == fac) & (df["Court Type"] == "Pickleball")]
        out += [float(len(d)), float(d["Reservation ID"].nunique())]
    return out


def _ct_cancelled(df: pd.DataFrame) -> list[float]:
    d = df[_text(df, "Cancelled") == "Y"]
    return [float(len(d)), float(d["Reservation ID"].nunique())]


def _one_of(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    """Any one of the counts (the readings of a question)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_count(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


_CT_QS = [
    Q(
        "how many bookings got cancelled",
        _one_of(_ct_cancelled),
        ("Cancelled", "Reservation ID"),
    ),
    Q(
        "how much did we take in from fees, not counting the cancelled ones",
        _amount(lambda df: df.loc[_text(df, "Cancelled") == "N", "Fee ($)"].sum()),
        ("Fee ($)", "Cancelled"),
    ),
    Q(
        "which place is the busiest",
        _lead(_named_any(_ct_busiest)),
        ("Facility", "Reservation ID"),
    ),
    Q(
        "how many of its bookings were pickleball",
        _one_of(_ct_pickle_there),
        ("Facility", "Court Type", "Reservation ID"),
    ),
    Q(
        "of the bookings that weren't cancelled, what share were no-shows",
        _share(
            lambda df: float((_text(df, "Checked In")[_text(df, "Cancelled") == "N"] == "N").mean()),
        ),
        ("Checked In", "Cancelled", "Reservation ID"),
    ),
    Q(
        "avg fee for residents vs non residents",
        has(
            lambda df: df.groupby("Reservation Type")["Fee ($)"].mean()[["Resident", "Non-Resident"]].to_numpy(),
            rel=0.005,
        ),
        ("Fee ($)", "Reservation Type"),
    ),
]


# --- 6. Weekly retail egg price survey -----------------------------------------------------------------------------

_EG_REGIONS = {
    "Northeast": (0.18, 620),
    "Southeast": (-0.12, 540),
    "Midwest": (-0.2, 700),
    "South Central": (-0.08, 480),
}
_EG_REGIONS["West"] = (0.35, 650)
_EG_COMBOS = [
    ("Large", "A", "Conventional", 1.0, 0.3),
    ("Large", "AA", "Conventional", 1.06, 0.18),
    ("Extra Large", "A", "Conventional", 1.1, 0.12),
    ("Jumbo", "A", "Conventional", 1.22, 0.05),
    ("Medium", "A", "Conventional", 0.88, 0.06),
    ("Large", "A", "Cage-Free", 1.45, 0.14),
    ("Large", "A", "Organic", 2.05, 0.07),
    ("Large", "AA", "Pasture-Raised", 2.6, 0.004),
]


def _eggs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24806)
    rows = []
    weeks = pd.date_range("2023-10-06", "2024-12-27", freq="W-FRI")
    for i, week in enumerate(weeks):
        flu = 0.9 * np.exp(-(((i - 14) / 5) ** 2)) + 1.1 * np.exp(-(((i - 62) / 4) ** 2))
        base = 2.15 + flu + rng.normal(0, 0.05)
        west_gone = week.month in (7, 8) and rng.random() < 0.5
        for size, grade, kind, factor, feature in _EG_COMBOS:
            part = []
            for region, (offset, stores) in _EG_REGIONS.items():
                if region == "West" and west_gone:
                    continue
                surveyed = int(stores * rng.uniform(0.9, 1.05))
                featuring = int(rng.binomial(surveyed, feature * (1.6 if flu < 0.3 else 0.7)))
                price = (base + offset) * factor * (1 if kind == "Conventional" else 1 + 0.25 * flu / 2) + rng.normal(
                    0, 0.06
                )
                weighted = round(float(price), 2)
                advert = round(float(price * rng.uniform(0.8, 0.92)), 2) if featuring > 0 else None
                part.append((region, surveyed, featuring, weighted, advert))
            total_s = sum(p[1] for p in part)
            total_f = sum(p[2] for p in part)
            nat_w = round(sum(p[1] * p[3] for p in part) / total_s, 2)
            nat_a = round(sum(p[2] * p[4] for p in part if p[4] is not None) / total_f, 2) if total_f else None
            for region, surveyed, featuring, weighted, advert in [*part, ("National", total_s, total_f, nat_w, nat_a)]:
                rows.append(
                    {
                        "Week Ending": f"{week:%m/%d/%Y}",
                        "Region": region,
                        "Size": size,
                        "Grade": grade,
                        "Type": kind,
                        "Advertised Price Per Dozen ($)": "N/A" if advert is None else f"{advert:.2f}",
                        "Stores Surveyed": surveyed,
                        "Stores Featuring": featuring,
                        "Weighted Average Price ($)": weighted,
                    }
                )
    return pd.DataFrame(rows)


def _eg_weeks(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Week Ending"], format="%m/%d/%Y")


def _eg_national_large(df: pd.DataFrame) -> pd.DataFrame:
    keep = (df["Region"] == "National") & (df["Size"] == "Large") & (df["Grade"] == "A")
    return df[keep & (df["Type"] == "Conventional")]


_EG_PRICES = ("Weighted Average Price ($)", "Advertised Price Per Dozen ($)")


def _eg_latest(df: pd.DataFrame) -> list[float]:
    d = _eg_national_large(df)
    row = d[_eg_weeks(d) == _eg_weeks(d).max()]
    return [float(_num(row, c).iloc[0]) for c in _EG_PRICES]


def _eg_latest_check(answer: str, df: pd.DataFrame) -> str | None:
    whys = [has(lambda _d, v=v: v, rel=0.002)(answer, df) for v in _eg_latest(df)]
    return None if any(w is None for w in whys) else whys[0]


def _eg_peaks(df: pd.DataFrame) -> list[Any]:
    d = _eg_national_large(df)
    out = set()
    for c in _EG_PRICES:
        p = _num(d, c)
        out |= set(_eg_weeks(d)[p == p.max()])
    return sorted(out)


def _eg_cheapest(df: pd.DataFrame) -> list[str]:
    d = df[df["Region"] != "National"]
    return [_top(_num(d, c).groupby(d["Region"]).mean(), lowest=True) for c in _EG_PRICES]


def _eg_organic_gap(answer: str, df: pd.DataFrame) -> str | None:
    """The organic-conventional gap, or both averages, over all rows or large eggs only, with or without the
    National rows."""
    whys = []
    for national in (True, False):
        for large in (False, True):
            d = df if national else df[df["Region"] != "National"]
            if large:
                d = d[d["Size"] == "Large"]
            p = d.groupby("Type")["Weighted Average Price ($)"].mean()
            org, conv = float(p["Organic"]), float(p["Conventional"])
            whys.append(has(org - conv, rel=0.01)(answer, df))
            whys.append(has(org, conv, rel=0.005)(answer, df))
    return None if any(w is None for w in whys) else whys[0]


def _eg_featured(answer: str, df: pd.DataFrame) -> str | None:
    pooled = float(df["Stores Featuring"].sum() / df["Stores Surveyed"].sum())
    rows = float((df["Stores Featuring"] / df["Stores Surveyed"]).mean())
    return either(_share(pooled), _share(rows))(answer, df)


_EG_QS = [
    Q(
        "what was the national price for a dozen large grade a regular eggs in the latest week",
        _eg_latest_check,
        ("Region", "Size", "Grade", "Type", "Week Ending", *_EG_PRICES),
    ),
    Q(
        "when did that peak",
        _any_day(_eg_peaks),
        ("Region", "Size", "Grade", "Type", "Week Ending", *_EG_PRICES),
    ),
    Q(
        "which region has the cheapest eggs on average",
        _lead(_named_any(_eg_cheapest)),
        ("Region", *_EG_PRICES),
    ),
    Q(
        "how much more do organic eggs cost than conventional",
        _eg_organic_gap,
        ("Type", "Size", "Region", *_EG_PRICES),
    ),
    Q(
        "what share of the stores surveyed had eggs on ad",
        _eg_featured,
        ("Stores Featuring", "Stores Surveyed"),
    ),
    Q(
        "how many rows dont have an advertised price",
        _count(lambda df: int(_num(df, "Advertised Price Per Dozen ($)").isna().sum())),
        ("Advertised Price Per Dozen ($)",),
    ),
]


# --- 7. Board of zoning appeals case list --------------------------------------------------------------------------

_BZ_DISTRICTS = {"R-1": 30, "R-2": 22, "R-3": 12, "C-1": 9, "C-2": 12, "M-1": 6, "PUD": 4}
_BZ_REQUESTS = {
    # request: (weight, denial odds)
    "Variance - Setback": (34, 0.12),
    "Variance - Height": (12, 0.25),
    "Variance - Parking": (14, 0.2),
    "Special Exception": (18, 0.15),
    "Appeal of Administrative Decision": (8, 0.45),
    "Use Variance": (14, 0.38),
}
_BZ_STREETS = ["N Maple Ave", "Oak St", "W 5th St", "Elm Dr", "S Main St", "Cedar Ln", "Lincoln Blvd", "Park Ave"]
_BZ_STREETS += ["E Washington St", "Hillcrest Rd", "Walnut St", "Grand Ave", "Ridge Rd", "Lake Shore Dr"]


def _bz_vote(rng: np.random.Generator, denied: bool) -> str:
    seats = 5 if rng.random() < 0.85 else 4
    against = int(_one(rng, [0, 1, 2], [70, 20, 10]))
    against = min(against, seats // 2)
    yes, no = seats - against, against
    return f"{no}-{yes}" if denied else f"{yes}-{no}"


def _zoning_frame() -> pd.DataFrame:
    rng = np.random.default_rng(24807)
    rows = []
    requests = list(_BZ_REQUESTS)
    for year in range(2019, 2025):
        for k in range(1, int(rng.integers(95, 125)) + 1):
            filed = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            request = _one(rng, requests, [v[0] for v in _BZ_REQUESTS.values()])
            applicant = _one(rng, ["Owner", "Developer", "Business", "Nonprofit"], [55, 20, 18, 7])
            objections = int(rng.poisson(1.2 if applicant == "Owner" else 3.5))
            odds = _BZ_REQUESTS[request][1] + 0.04 * objections
            wait = int(rng.integers(28, 75)) + (20 if applicant == "Developer" else 0)
            hearing = filed + pd.Timedelta(days=wait)
            base = {
                "Case Number": f"BZA-{year}-{k:04d}",
                "Filed Date": f"{filed:%m/%d/%Y}",
                "Address": f"{int(rng.integers(1, 60)) * 100 + int(rng.integers(0, 99))} {_one(rng, _BZ_STREETS)}",
                "Zoning District": _one(rng, list(_BZ_DISTRICTS), list(_BZ_DISTRICTS.values())),
                "Request Type": request,
                "Applicant Type": applicant,
                "Neighbor Objections": objections,
            }
            if rng.random() < 0.1:
                rows.append(
                    base
                    | {
                        "Hearing Date": f"{hearing:%m/%d/%Y}",
                        "Decision": "Continued",
                        "Vote": "",
                        "Days To Decision": None,
                    }
                )
                hearing = hearing + pd.Timedelta(days=int(rng.choice([28, 35, 42, 56])))
            if hearing > pd.Timestamp("2024-12-15"):
                rows.append(
                    base
                    | {
                        "Hearing Date": f"{hearing:%m/%d/%Y}",
                        "Decision": "Continued",
                        "Vote": "",
                        "Days To Decision": None,
                    }
                )
                continue
            if rng.random() < 0.07:
                early = rng.random() < 0.6
                rows.append(
                    base
                    | {
                        "Hearing Date": "" if early else f"{hearing:%m/%d/%Y}",
                        "Decision": "Withdrawn",
                        "Vote": "",
                        "Days To Decision": None,
                    }
                )
                continue
            denied = rng.random() < odds
            decision = "Denied" if denied else _one(rng, ["Approved", "Approved with Conditions"], [55, 45])
            rows.append(
                base
                | {
                    "Hearing Date": f"{hearing:%m/%d/%Y}",
                    "Decision": decision,
                    "Vote": _bz_vote(rng, denied),
                    "Days To Decision": (hearing - filed).days,
                }
            )
    out = pd.DataFrame(rows)
    out["Days To Decision"] = out["Days To Decision"].astype("Int64")
    cols = ["Case Number", "Filed Date", "Hearing Date", "Address", "Zoning District", "Request Type"]
    cols += ["Applicant Type", "Decision", "Vote", "Neighbor Objections", "Days To Decision"]
    return out[cols]


def _bz_filed_2023(df: pd.DataFrame) -> list[float]:
    d = df[pd.to_datetime(df["Filed Date"], format="%m/%d/%Y").dt.year == 2023]
    return [float(len(d)), float(d["Case Number"].nunique())]


def _bz_denied_share(answer: str, df: pd.DataFrame) -> str | None:
    denied = df["Decision"] == "Denied"
    rows = float(denied.mean())
    cases = float(df.loc[denied, "Case Number"].nunique() / df["Case Number"].nunique())
    return either(_share(rows), _share(cases))(answer, df)


def _bz_unanimous(df: pd.DataFrame) -> pd.Series:
    vote = _text(df, "Vote")
    return vote.str.fullmatch(r"(?:\d+-0|0-\d+)")


_BZ_QS = [
    Q(
        "how many cases were filed in 2023",
        _one_of(_bz_filed_2023),
        ("Case Number", "Filed Date"),
    ),
    Q(
        "what share of cases were denied",
        _bz_denied_share,
        ("Decision", "Case Number"),
    ),
    Q(
        "which kind of request is most likely to get denied",
        _lead(_named(lambda df: _top(df.groupby("Request Type")["Decision"].apply(lambda s: (s == "Denied").mean())))),
        ("Request Type", "Decision"),
    ),
    Q(
        "avg days to a decision for each applicant type",
        _about(lambda df: df.groupby("Applicant Type")["Days To Decision"].mean(), rel=0.003),
        ("Days To Decision", "Applicant Type"),
    ),
    Q(
        "how many decisions were unanimous",
        _count(lambda df: int(_bz_unanimous(df).sum())),
        ("Vote", "Decision", "Case Number"),
    ),
    Q(
        "and how many of those were denials",
        _count(lambda df: int((_bz_unanimous(df) & (df["Decision"] == "Denied")).sum())),
        ("Vote", "Decision", "Case Number"),
    ),
]


HELDOUT248: list[Dataset] = [
    Dataset("superhuman_email_analytics", _superhuman_frame, _SH_QS),
    Dataset("carrot_weather_station_log", _carrot_frame, _CW_QS),
    Dataset("onenote_page_inventory", _onenote_frame, _ON_QS),
    Dataset("preply_tutor_lesson_history", _preply_frame, _PP_QS),
    Dataset("court_reservations", _courts_frame, _CT_QS),
    Dataset("retail_egg_price_survey", _eggs_frame, _EG_QS),
    Dataset("zoning_appeals_case_list", _zoning_frame, _BZ_QS),
]
