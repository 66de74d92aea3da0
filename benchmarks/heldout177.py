"""HELDOUT177: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: an Amplitude event segmentation chart export
(March 2024, daily uniques, grouped by country and platform) in its wide layout, with Event ("[Amplitude] Start
Session", "Sign Up", "View Product", "Add to Cart", "Start Checkout", "Complete Purchase", "Search", "Share Item"),
Segment ("All Users"), Country ("(none)" where unknown), Platform (iOS / Android / Web) and one column per day
named "2024-03-01" ... "2024-03-31"; a Bing Webmaster Tools search performance query export with Keyword,
Impressions, "Impressions Change" ("+12.50%", "-3.10%", "N/A" for new keywords), Clicks, CTR as "3.21%",
"Avg. Position" (one decimal) and "Avg. Click Position" (blank when there were no clicks); a Basecamp to-dos export
with Project, "To-do list", "To-do", Assignee (blank, one name, or "Jane Doe, Sam Lee"), "Created by", "Created at"
and "Completed at" as "2024-03-14T14:12:44Z" (blank while open), "Due on" ("2024-03-20", blank for most),
Completed (true / false), "Completed by" and "Comments count"; a Sleep as Android export (Sleep-Export.csv,
2023-2024) where every record is preceded by a repeat of the header row (Id = "Id"), with Id (epoch milliseconds),
Tz ("Europe/Berlin"), From, To and Sched as "14. 03. 2024 23:12", Hours ("7.820"), Rating (0 = not rated, else
1.0-5.0 in halves), Comment (tags such as "#home #caffeine" or blank), Framerate, Snore (-1 when not recorded, else
seconds), Noise (-1.0 when not recorded), Cycles, DeepSleep (fraction, -1.0 when not measured), LenAdjust and Geo;
NYC Local Law 84 building energy benchmarking data (calendar year 2022, some properties reported twice) with
"Property Id", "Property Name", "Parent Property Id" ("Not Applicable: Standalone Property"), "NYC Borough, Block and
Lot (BBL)", "Address 1", "Postal Code", Borough (upper case), "Primary Property Type - Self Selected", "Largest
Property Use Type", "Year Built", "Property GFA - Self-Reported (ft²)", "ENERGY STAR Score", "Site EUI
(kBtu/ft²)", "Weather Normalized Site EUI (kBtu/ft²)", "Source EUI (kBtu/ft²)", "Natural Gas Use (kBtu)",
"Electricity Use - Grid Purchase (kBtu)", "Total (Location-Based) GHG Emissions (Metric Tons CO2e)" and "Water Use
(All Water Sources) (kgal)" (numbers as text, "Not Available" where missing) and "Calendar Year"; an FEC Schedule A
individual contributions download for one House campaign committee (2023-2024) with committee_id, committee_name,
report_year, report_type, image_number, line_number, transaction_id, file_number, entity_type (IND),
contributor_name ("SMITH, JOHN A"), contributor_first_name, contributor_last_name, contributor_city,
contributor_state, contributor_zip (nine digits), contributor_employer and contributor_occupation (upper case,
"RETIRED", "NOT EMPLOYED", "INFORMATION REQUESTED"), contribution_receipt_date ("2023-04-15"),
contribution_receipt_amount (negative for refunds), contributor_aggregate_ytd, memo_code ("X" on a few memo rows),
memo_text ("EARMARKED THROUGH ACTBLUE" on most), receipt_type_desc and two_year_transaction_period; and the Ofsted
state-funded schools inspections management information file with "Web Link", URN, LAESTAB, "School name", "Ofsted
phase", "Type of education", "Religious character", "Ofsted region", "Local authority", Postcode, "The income
deprivation affecting children index (IDACI) quintile", "Total number of pupils" ("NULL" for a few), "Inspection
number of latest graded inspection", "Inspection start date of latest graded inspection" and "Publication date" as
"14/03/2023", "Overall effectiveness", "Quality of education", "Behaviour and attitudes", "Personal development",
"Effectiveness of leadership and management" (grades 1-4), "Early years provision (where applicable)" and "Sixth
form provision (where applicable)" (9 = not applicable), "Safeguarding is effective?" (Yes / No), "Previous graded
inspection overall effectiveness" (blank for new schools) and the blank grades of schools not yet inspected. All
are generated with fixed seeds 17701-17707.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _share, _shares, _text
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "3.21%", "-1,200", "Not Available" or blanks."""
    cleaned = s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True).replace({".": "", "-": ""})
    return pd.to_numeric(cleaned, errors="coerce")


# --- 1. Amplitude event segmentation chart export ------------------------------------------------------------------

# event: daily uniques across all users
_AM_EVENTS = {
    "[Amplitude] Start Session": 5200.0,
    "Sign Up": 310.0,
    "View Product": 3900.0,
    "Add to Cart": 960.0,
    "Start Checkout": 470.0,
    "Complete Purchase": 300.0,
    "Search": 2100.0,
    "Share Item": 140.0,
}
_AM_COUNTRIES = {
    "United States": 10.0,
    "India": 4.5,
    "United Kingdom": 3.0,
    "Germany": 2.5,
    "Canada": 2.0,
    "France": 1.9,
    "Brazil": 1.8,
    "Australia": 1.2,
    "Japan": 1.0,
    "Spain": 0.9,
    "Mexico": 0.8,
    "Netherlands": 0.6,
    "Poland": 0.5,
    "(none)": 0.3,
}
_AM_PLATFORMS = {"iOS": 1.0, "Android": 0.95, "Web": 0.55}
_AM_DAYS = [d.strftime("%Y-%m-%d") for d in pd.date_range("2024-03-01", "2024-03-31")]


def _amplitude_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17701)
    cw = sum(_AM_COUNTRIES.values())
    pw = sum(_AM_PLATFORMS.values())
    days = pd.to_datetime(_AM_DAYS)
    shape = np.array([1.0 + 0.012 * k + (0.18 if d.day_of_week >= 5 else 0.0) for k, d in enumerate(days)])
    shape[16] *= 1.45  # a promotion day
    rows = []
    for event, base in _AM_EVENTS.items():
        for country, c in _AM_COUNTRIES.items():
            # purchases skew to iOS and to richer markets
            buy = event in {"Complete Purchase", "Start Checkout"}
            c_adj = c * (0.45 if buy and country in {"India", "Brazil", "Mexico"} else 1.0)
            for platform, p in _AM_PLATFORMS.items():
                p_adj = p * (1.3 if buy and platform == "iOS" else 1.0)
                lam = base * c_adj / cw * p_adj / pw * shape * float(rng.lognormal(0, 0.08))
                values = rng.poisson(lam)
                row: dict[str, Any] = {"Event": event, "Segment": "All Users", "Country": country, "Platform": platform}
                row |= dict(zip(_AM_DAYS, (int(v) for v in values), strict=True))
                rows.append(row)
    return pd.DataFrame(rows)


def _am(d: pd.DataFrame, event: str) -> pd.DataFrame:
    return d[_text(d["Event"]) == event]


def _am_total(d: pd.DataFrame) -> pd.Series:
    return d[_AM_DAYS].apply(pd.to_numeric, errors="coerce").sum(axis=1)


def _am_share_us(d: pd.DataFrame, platform: str | None) -> float:
    p = _am(d, "Complete Purchase")
    if platform:
        p = p[_text(p["Platform"]) == platform]
    t = _am_total(p)
    return float(t[_text(p["Country"]) == "United States"].sum() / t.sum())


def _am_android_share(d: pd.DataFrame) -> float:
    p = _am(d, "Complete Purchase")
    t = _am_total(p)
    return float(t[_text(p["Platform"]) == "Android"].sum() / t.sum())


def _am_top_country(d: pd.DataFrame) -> str:
    p = _am(d, "Complete Purchase")
    return _top(_am_total(p).groupby(_text(p["Country"])).sum())


def _am_busiest(d: pd.DataFrame) -> pd.Timestamp:
    p = _am(d, "[Amplitude] Start Session")
    days = p[_AM_DAYS].apply(pd.to_numeric, errors="coerce").sum(axis=0)
    return pd.Timestamp(_top(days))


_AM_ID = ("Event", "Segment", *_AM_DAYS)
_AMPLITUDE_QS = [
    Q(
        "how many sign ups did we get in march",
        _count(lambda d: int(_am_total(_am(d, "Sign Up")).sum())),
        _AM_ID,
    ),
    Q(
        "which country buys the most",
        _lead(_named(_am_top_country)),
        (*_AM_ID, "Country"),
    ),
    Q(
        "what share of purchases came from the us",
        _share(lambda d: _am_share_us(d, None)),
        (*_AM_ID, "Country"),
    ),
    Q(
        "and just on android?",
        either(_share(lambda d: _am_share_us(d, "Android")), _share(_am_android_share)),
        (*_AM_ID, "Country", "Platform"),
    ),
    Q(
        "busiest day for sessions?",
        _day(_am_busiest),
        _AM_ID,
    ),
    Q(
        "whats the conversion from add to cart to purchase",
        _share(lambda d: float(_am_total(_am(d, "Complete Purchase")).sum() / _am_total(_am(d, "Add to Cart")).sum())),
        _AM_ID,
    ),
]


# --- 2. Bing Webmaster Tools search performance (keywords) ---------------------------------------------------------

_BW_HEADS = [
    "standing desk",
    "ergonomic chair",
    "monitor arm",
    "desk lamp",
    "cable tray",
    "footrest",
    "keyboard tray",
    "laptop stand",
    "office chair",
    "desk mat",
    "sit stand converter",
    "under desk treadmill",
]
_BW_MODS = [
    "",
    "best",
    "cheap",
    "review",
    "vs",
    "for small spaces",
    "electric",
    "wooden",
    "white",
    "black",
    "l shaped",
    "how to assemble",
    "near me",
    "sale",
    "uk",
    "with drawers",
    "adjustable",
    "for tall people",
    "reddit",
    "deals",
    "2024",
    "kids",
    "gaming",
    "corner",
    "amazon",
    "heavy duty",
    "bamboo",
    "glass",
    "compact",
    "dual",
]
_BW_BRAND = ["deskly", "deskly coupon", "deskly standing desk", "deskly reviews", "deskly.com", "deskly returns"]


def _bing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17702)
    keywords = list(_BW_BRAND)
    for h in _BW_HEADS:
        for m in _BW_MODS:
            if not m:
                keywords.append(h)
            elif m in {"best", "cheap", "electric", "wooden", "white", "black", "l shaped", "adjustable", "dual"}:
                keywords.append(f"{m} {h}")
            else:
                keywords.append(f"{h} {m}")
    rows = []
    for kw in keywords:
        brand = kw.startswith("deskly")
        pos = float(np.clip(rng.gamma(2.0, 4.0) if not brand else rng.uniform(1.0, 1.8), 1.0, 60.0))
        impr = int(max(1, rng.lognormal(6.5 if brand else 4.2, 1.1)))
        ctr = (0.35 if brand else 0.28) * np.exp(-0.33 * (pos - 1)) * float(rng.lognormal(0, 0.35))
        clicks = int(rng.binomial(impr, min(ctr, 0.9)))
        change = "N/A" if rng.random() < 0.12 else f"{rng.normal(5, 40):+.2f}%"
        cpos = "" if clicks == 0 else f"{max(1.0, pos - rng.uniform(0, 1.5)):.1f}"
        rows.append(
            {
                "Keyword": kw,
                "Impressions": impr,
                "Impressions Change": change,
                "Clicks": clicks,
                "CTR": f"{100 * clicks / impr:.2f}%",
                "Avg. Position": round(pos, 1),
                "Avg. Click Position": cpos,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Impressions", ascending=False, kind="stable").reset_index(drop=True)


def _bw_top5(d: pd.DataFrame) -> list[str]:
    clicks = pd.to_numeric(d["Clicks"], errors="coerce")
    return list(_ranked(clicks.groupby(_text(d["Keyword"])).sum()).index[:5])


def _bw_pos(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Avg. Position"], errors="coerce")


_BW_ID = ("Keyword",)
_BING_QS = [
    Q(
        "how many clicks did bing send us",
        _count(lambda d: int(pd.to_numeric(d["Clicks"], errors="coerce").sum())),
        (*_BW_ID, "Clicks"),
    ),
    Q(
        "top 5 searches by clicks",
        _all_named(_bw_top5),
        (*_BW_ID, "Clicks"),
    ),
    Q(
        "whats our overall click through rate",
        either(
            _share(lambda d: float(pd.to_numeric(d["Clicks"]).sum() / pd.to_numeric(d["Impressions"]).sum())),
            _share(lambda d: float(_num(d["CTR"]).mean() / 100)),
        ),
        (*_BW_ID, "Clicks", "Impressions", "CTR"),
    ),
    Q(
        "how many keywords are we ranking top 3 for",
        either(
            _count(lambda d: int((_bw_pos(d) <= 3).sum())),
            _count(lambda d: int((_bw_pos(d) < 3).sum())),
            _count(lambda d: int((_bw_pos(d) < 3.5).sum())),
        ),
        (*_BW_ID, "Avg. Position"),
    ),
    Q(
        "does position affect ctr much",
        corr_of(_bw_pos, lambda d: _num(d["CTR"])),
        (*_BW_ID, "Avg. Position", "CTR", "Avg. Click Position"),
    ),
    Q(
        "how many keywords get impressions but zero clicks",
        _count(lambda d: int((pd.to_numeric(d["Clicks"], errors="coerce") == 0).sum())),
        (*_BW_ID, "Clicks", "Impressions"),
    ),
]


# --- 3. Basecamp to-dos export -------------------------------------------------------------------------------------

# project: to-dos, lists, completion rate
_BC_PROJECTS = {
    "Website Redesign": (260, ["Design", "Development", "Content", "QA", "Launch"], 0.72),
    "Q2 Marketing Campaign": (180, ["Social", "Email", "Paid Ads", "Events"], 0.85),
    "Mobile App v2": (240, ["Backlog", "Sprint 4", "Sprint 5", "Bugs"], 0.61),
    "Office Move": (70, ["Logistics", "IT Setup", "Facilities"], 0.93),
    "Customer Onboarding": (120, ["Templates", "Training", "Follow-ups"], 0.8),
}
_BC_PEOPLE = {
    "Priya Raman": 5.0,
    "Marcus Bell": 4.0,
    "Sofia Alvarez": 3.5,
    "Tom Becker": 3.0,
    "Hannah Cho": 2.5,
    "Daniel Osei": 2.0,
    "Lena Novak": 1.5,
}
_BC_VERBS = ["Draft", "Review", "Update", "Fix", "Set up", "Send", "Schedule", "Finalize", "Test", "Write"]
_BC_THINGS = [
    "homepage copy",
    "pricing page",
    "login bug",
    "welcome email",
    "vendor contract",
    "press release",
    "onboarding deck",
    "analytics tags",
    "floor plan",
    "FAQ section",
    "push notifications",
    "kickoff call",
    "budget sheet",
    "checkout flow",
]


def _basecamp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17703)
    people = list(_BC_PEOPLE)
    weights = list(_BC_PEOPLE.values())
    export = pd.Timestamp("2024-09-30 18:00:00")
    rows = []
    for project, (n, lists, done_rate) in _BC_PROJECTS.items():
        for _ in range(n):
            created = pd.Timestamp("2024-01-02 08:00:00") + pd.Timedelta(minutes=int(rng.integers(0, 245 * 24 * 60)))
            r = rng.random()
            if r < 0.12:
                assignee = ""
            elif r < 0.22:
                pair = rng.choice(len(people), 2, replace=False, p=np.array(weights) / sum(weights))
                assignee = f"{people[pair[0]]}, {people[pair[1]]}"
            else:
                assignee = _one(rng, people, weights)
            due = created + pd.Timedelta(days=int(rng.integers(2, 30))) if rng.random() < 0.45 else None
            took = pd.Timedelta(hours=float(rng.gamma(1.4, 120.0)))
            # the unassigned and Marcus's to-dos stay open more often
            p_done = done_rate * (0.6 if assignee in ("", "Marcus Bell") else 1.0)
            done = rng.random() < p_done and created + took < export
            first = assignee.split(", ")[0] if assignee else ""
            rows.append(
                {
                    "Project": project,
                    "To-do list": _one(rng, lists),
                    "To-do": f"{_one(rng, _BC_VERBS)} {_one(rng, _BC_THINGS)}",
                    "Assignee": assignee,
                    "Created by": _one(rng, people[:4]),
                    "Created at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "Due on": due.strftime("%Y-%m-%d") if due is not None else "",
                    "Completed": "true" if done else "false",
                    "Completed at": (created + took).strftime("%Y-%m-%dT%H:%M:%SZ") if done else "",
                    "Completed by": (first or _one(rng, people)) if done else "",
                    "Comments count": int(rng.poisson(1.3)),
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values("Created at", kind="stable").reset_index(drop=True)
    return frame


def _bc_done(d: pd.DataFrame) -> pd.Series:
    return _text(d["Completed"]).str.lower() == "true"


def _bc_ts(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s), utc=True, errors="coerce").dt.tz_localize(None)


def _bc_open_top(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        names = _text(d.loc[~_bc_done(d), "Assignee"])
        names = names[names != ""]
        if split:
            names = names.str.split(", ").explode().str.strip()
        return _top(names.value_counts())

    return top


def _bc_days(d: pd.DataFrame) -> pd.Series:
    return ((_bc_ts(d["Completed at"]) - _bc_ts(d["Created at"])).dt.total_seconds() / 86400).dropna()


def _bc_late(d: pd.DataFrame, by_day: bool) -> int:
    done = _bc_ts(d["Completed at"])
    due = pd.to_datetime(_text(d["Due on"]), format="%Y-%m-%d", errors="coerce")
    if by_day:
        return int((done.dt.normalize() > due).sum())
    return int((done > due).sum())


def _bc_best_month(d: pd.DataFrame) -> pd.Timestamp:
    done = _bc_ts(d["Completed at"]).dropna()
    return done.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


def _bc_redesign_done(d: pd.DataFrame) -> float:
    keep = _text(d["Project"]) == "Website Redesign"
    return float(_bc_done(d)[keep].mean())


_BC_ID = ("Project", "To-do list", "To-do")
_BASECAMP_QS = [
    Q(
        "how many todos are still open",
        _count(lambda d: int((~_bc_done(d)).sum())),
        (*_BC_ID, "Completed", "Completed at"),
    ),
    Q(
        "who has the most unfinished ones",
        either(_lead(_named(_bc_open_top(True))), _lead(_named(_bc_open_top(False)))),
        (*_BC_ID, "Assignee", "Completed", "Completed at"),
    ),
    Q(
        "how long does a task usually take to get done",
        either(
            _about(lambda d: float(_bc_days(d).mean()), rel=0.02),
            _about(lambda d: float(_bc_days(d).median()), rel=0.02),
        ),
        (*_BC_ID, "Created at", "Completed at", "Completed"),
    ),
    Q(
        "how many got finished after their due date",
        either(_count(lambda d: _bc_late(d, True)), _count(lambda d: _bc_late(d, False))),
        (*_BC_ID, "Due on", "Completed at", "Completed"),
    ),
    Q(
        "which month did we knock out the most todos",
        _month_year(_bc_best_month),
        (*_BC_ID, "Completed at", "Completed"),
    ),
    Q(
        "what % of the website redesign ones are done",
        _share(_bc_redesign_done),
        (*_BC_ID, "Completed", "Completed at"),
    ),
]


# --- 4. Sleep as Android (Sleep-Export.csv) ------------------------------------------------------------------------

_SA_COLS = [
    "Id",
    "Tz",
    "From",
    "To",
    "Sched",
    "Hours",
    "Rating",
    "Comment",
    "Framerate",
    "Snore",
    "Noise",
    "Cycles",
    "DeepSleep",
    "LenAdjust",
    "Geo",
]


def _sleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17704)
    rows = []
    for night in pd.date_range("2023-03-01", "2024-08-31"):
        if rng.random() < 0.12:
            continue
        weekend = night.day_of_week >= 4
        caffeine = rng.random() < 0.25
        alcohol = rng.random() < 0.1
        winter = night.month in (11, 12, 1, 2)
        start = night + pd.Timedelta(hours=22.5 + (1.0 if weekend else 0.0) + float(rng.normal(0, 0.7)))
        hours = 7.1 + (0.6 if weekend else 0.0) + (0.45 if winter else 0.0) - (0.5 if caffeine else 0.0)
        hours = float(np.clip(hours + rng.normal(0, 0.9), 3.0, 11.0))
        end = start + pd.Timedelta(hours=hours)
        deep = float(np.clip(0.45 + 0.03 * (hours - 7) - (0.06 if alcohol else 0) + rng.normal(0, 0.07), 0.1, 0.8))
        quality = 3.0 + 0.5 * (hours - 7) + 3.0 * (deep - 0.45) - (0.4 if caffeine else 0) + rng.normal(0, 0.6)
        rating = 0.0 if rng.random() < 0.2 else float(np.clip(np.round(quality * 2) / 2, 1.0, 5.0))
        tags = [t for t, on in (("#caffeine", caffeine), ("#alcohol", alcohol)) if on]
        tags.insert(0, "#home" if rng.random() < 0.9 else "#travel")
        if rng.random() < 0.15:
            tags = []
        snore = -1 if rng.random() < 0.3 else int(max(0, rng.normal(60, 150)) if rng.random() < 0.35 else 0)
        noise = -1.0 if snore == -1 else round(float(rng.uniform(0.05, 0.6)), 3)
        rows.append(dict(zip(_SA_COLS, _SA_COLS, strict=True)))
        rows.append(
            {
                "Id": str(int(start.tz_localize("Europe/Berlin").timestamp() * 1000)),
                "Tz": "Europe/Berlin",
                "From": start.strftime("%d. %m. %Y %H:%M"),
                "To": end.strftime("%d. %m. %Y %H:%M"),
                "Sched": (end.normalize() + pd.Timedelta(hours=7)).strftime("%d. %m. %Y %H:%M"),
                "Hours": f"{hours:.3f}",
                "Rating": f"{rating:.1f}",
                "Comment": " ".join(tags),
                "Framerate": "10",
                "Snore": str(snore),
                "Noise": f"{noise:.3f}",
                "Cycles": str(int(max(1, round(hours / 1.5 + rng.normal(0, 0.5))))),
                "DeepSleep": "-1.0" if rng.random() < 0.08 else f"{deep:.3f}",
                "LenAdjust": "0" if rng.random() < 0.9 else str(-int(rng.integers(5, 40))),
                "Geo": "" if rng.random() < 0.3 else _one(rng, ["u33dc1", "u33db8", "u0yjjd"], [6, 2, 1]),
            }
        )
    return pd.DataFrame(rows, columns=_SA_COLS)


def _sa(d: pd.DataFrame) -> pd.DataFrame:
    """The sleep records (repeated header rows dropped) with numeric hours, rating, snore and start time."""
    r = d[_text(d["Id"]) != "Id"].copy()
    r["h"] = pd.to_numeric(r["Hours"], errors="coerce")
    r["r"] = pd.to_numeric(r["Rating"], errors="coerce")
    r["s"] = pd.to_numeric(r["Snore"], errors="coerce")
    r["t"] = pd.to_datetime(_text(r["From"]), format="%d. %m. %Y %H:%M", errors="coerce")
    r["caf"] = _text(r["Comment"]).str.contains("#caffeine", regex=False)
    return r


def _sa_caf(d: pd.DataFrame, col: str, zeros: bool) -> list[float]:
    r = _sa(d)
    if not zeros and col == "r":
        r = r[r["r"] > 0]
    return [float(r.loc[r["caf"], col].mean()), float(r.loc[~r["caf"], col].mean())]


def _sa_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        r = _sa(d)
        return r["h"].groupby(r["t"].dt.to_period("M")).agg(how).idxmax().to_timestamp()

    return best


_SA_ID = ("Id", "From", "To")
_SLEEP_QS = [
    Q(
        "how much do i sleep on average",
        _about(lambda d: float(_sa(d)["h"].mean())),
        (*_SA_ID, "Hours"),
    ),
    Q(
        "how many nights did i get less than 6 hours",
        _count(lambda d: int((_sa(d)["h"] < 6).sum())),
        (*_SA_ID, "Hours"),
    ),
    Q(
        "whats my average rating",
        either(
            _about(lambda d: float(_sa(d).loc[lambda r: r["r"] > 0, "r"].mean())),
            _about(lambda d: float(_sa(d)["r"].mean())),
        ),
        (*_SA_ID, "Rating"),
    ),
    Q(
        "do i sleep worse on caffeine nights",
        either(
            _about(lambda d: _sa_caf(d, "r", False)),
            _about(lambda d: _sa_caf(d, "r", True)),
            _about(lambda d: _sa_caf(d, "h", True)),
        ),
        (*_SA_ID, "Comment", "Rating", "Hours"),
    ),
    Q(
        "which month did i sleep the longest",
        either(_month_year(_sa_month("mean")), _month_year(_sa_month("sum"))),
        (*_SA_ID, "Hours"),
    ),
    Q(
        "how many nights was i snoring",
        _count(lambda d: int((_sa(d)["s"] > 0).sum())),
        (*_SA_ID, "Snore"),
    ),
]


# --- 5. NYC Local Law 84 energy and water benchmarking (calendar year 2022) ----------------------------------------

# largest use type: weight, primary type, median site EUI, mean ENERGY STAR score (None: no score for this type)
_LL_TYPES: dict[str, tuple[float, str, float, float | None]] = {
    "Multifamily Housing": (60.0, "Multifamily Housing", 88.0, 58.0),
    "Office": (15.0, "Office", 82.0, 70.0),
    "K-12 School": (7.0, "K-12 School", 75.0, 55.0),
    "Hotel": (4.0, "Hotel", 135.0, 52.0),
    "Non-Refrigerated Warehouse": (4.0, "Warehouse", 45.0, 66.0),
    "Retail Store": (3.0, "Retail Store", 95.0, 62.0),
    "Hospital (General Medical & Surgical)": (1.0, "Hospital (General Medical & Surgical)", 230.0, 48.0),
    "Parking": (2.0, "Parking", 25.0, None),
    "Other": (4.0, "Mixed Use Property", 110.0, None),
}
# borough: weight, score shift, zip range, BBL digit
_LL_BOROUGHS = {
    "MANHATTAN": (40.0, 6.0, (10001, 10282), 1),
    "BROOKLYN": (24.0, -2.0, (11201, 11256), 3),
    "BRONX": (14.0, -8.0, (10451, 10475), 2),
    "QUEENS": (18.0, 1.0, (11101, 11697), 4),
    "STATEN IS": (4.0, 3.0, (10301, 10314), 5),
}
_LL_STREETS = ["BROADWAY", "PARK AVENUE", "WEST 57TH STREET", "GRAND CONCOURSE", "OCEAN AVENUE", "QUEENS BOULEVARD"]
_LL_STREETS += ["FLATBUSH AVENUE", "LEXINGTON AVENUE", "AMSTERDAM AVENUE", "JAMAICA AVENUE", "RICHMOND ROAD"]
_NA = "Not Available"


def _ll84_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17705)
    rows = []
    types = list(_LL_TYPES)
    boroughs = list(_LL_BOROUGHS)
    for k in range(2300):
        use = _one(rng, types, [v[0] for v in _LL_TYPES.values()])
        _, primary, eui0, score0 = _LL_TYPES[use]
        boro = _one(rng, boroughs, [v[0] for v in _LL_BOROUGHS.values()])
        _, shift, (z0, z1), digit = _LL_BOROUGHS[boro]
        year = int(np.clip(rng.normal(1955, 30), 1880, 2021))
        gfa = int(rng.lognormal(11.3, 0.6)) + 25000
        eui = eui0 * float(rng.lognormal(0, 0.3)) * (1.0 + 0.0025 * (1990 - year) / 10)
        missing = rng.random() < 0.05
        score: Any = _NA
        if score0 is not None and not missing and rng.random() > 0.08:
            score = int(np.clip(score0 + shift - 0.25 * (eui - eui0) + rng.normal(0, 18), 1, 100))
        elec_share = float(rng.uniform(0.25, 0.6))
        ghg = gfa * eui * (elec_share * 0.000085 + (1 - elec_share) * 0.000053)
        row = {
            "Property Id": str(5_000_000 + k * 137 + int(rng.integers(0, 100))),
            "Property Name": f"{int(rng.integers(1, 2500))} {_one(rng, _LL_STREETS)}",
            "Parent Property Id": "Not Applicable: Standalone Property",
            "NYC Borough, Block and Lot (BBL)": f"{digit}{int(rng.integers(1, 9999)):05d}"
            f"{int(rng.integers(1, 200)):04d}",
            "Address 1": f"{int(rng.integers(1, 2500))} {_one(rng, _LL_STREETS)}",
            "Postal Code": str(int(rng.integers(z0, z1 + 1))),
            "Borough": boro,
            "Primary Property Type - Self Selected": primary,
            "Largest Property Use Type": use,
            "Year Built": year,
            "Property GFA - Self-Reported (ft²)": gfa,
            "ENERGY STAR Score": str(score),
            "Site EUI (kBtu/ft²)": _NA if missing else f"{eui:.1f}",
            "Weather Normalized Site EUI (kBtu/ft²)": _NA if missing else f"{eui * 0.97:.1f}",
            "Source EUI (kBtu/ft²)": _NA if missing else f"{eui * (1 + elec_share * 1.8):.1f}",
            "Natural Gas Use (kBtu)": _NA if missing else f"{gfa * eui * (1 - elec_share):.1f}",
            "Electricity Use - Grid Purchase (kBtu)": _NA if missing else f"{gfa * eui * elec_share:.1f}",
            "Total (Location-Based) GHG Emissions (Metric Tons CO2e)": _NA if missing else f"{ghg:.1f}",
            "Water Use (All Water Sources) (kgal)": _NA
            if rng.random() < 0.25
            else f"{gfa * float(rng.uniform(0.02, 0.08)):.1f}",
            "Calendar Year": 2022,
        }
        rows.append(row)
        if rng.random() < 0.04:  # the same property submitted twice
            rows.append(dict(row))
    return pd.DataFrame(rows)


def _ll(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(_text(d[col]), errors="coerce")


_LL_SCORE = "ENERGY STAR Score"
_LL_EUI = "Site EUI (kBtu/ft²)"
_LL_GHG = "Total (Location-Based) GHG Emissions (Metric Tons CO2e)"


def _ll_best_borough(dedupe: bool) -> Callable[[pd.DataFrame], str]:
    def best(d: pd.DataFrame) -> str:
        if dedupe:
            d = d.drop_duplicates()
        return _top(_ll(d, _LL_SCORE).groupby(_text(d["Borough"])).mean())

    return best


def _ll_office(d: pd.DataFrame) -> pd.Series:
    return _ll(d[_text(d["Largest Property Use Type"]) == "Office"], _LL_EUI)


_LL_ID = ("Property Id", "Property Name", "Calendar Year")
_LL_BOROUGH_NAMES = {"STATEN IS": ("Staten Island",)}
_LL84_QS = [
    Q(
        "how many buildings are in here",
        either(_count(len), _count(lambda d: int(d["Property Id"].nunique()))),
        _LL_ID,
    ),
    Q(
        "which borough has the best energy star scores on average",
        either(
            _lead(_named(_ll_best_borough(False), _LL_BOROUGH_NAMES)),
            _lead(_named(_ll_best_borough(True), _LL_BOROUGH_NAMES)),
        ),
        (*_LL_ID, "Borough", _LL_SCORE),
    ),
    Q(
        "how many dont have a score at all",
        either(
            _count(lambda d: int(_ll(d, _LL_SCORE).isna().sum())),
            _count(lambda d: int(d.loc[_ll(d, _LL_SCORE).isna(), "Property Id"].nunique())),
        ),
        (*_LL_ID, _LL_SCORE),
    ),
    Q(
        "typical site eui for office buildings?",
        either(
            _about(lambda d: float(_ll_office(d).median())),
            _about(lambda d: float(_ll_office(d).mean())),
        ),
        (*_LL_ID, "Largest Property Use Type", "Primary Property Type - Self Selected", _LL_EUI),
    ),
    Q(
        "total greenhouse gas emissions",
        either(
            _money(lambda d: float(_ll(d, _LL_GHG).sum())),
            _money(lambda d: float(_ll(d.drop_duplicates(), _LL_GHG).sum())),
        ),
        (*_LL_ID, _LL_GHG),
    ),
    Q(
        "do older buildings use more energy per square foot",
        corr_of(lambda d: pd.to_numeric(d["Year Built"], errors="coerce"), lambda d: _ll(d, _LL_EUI)),
        (*_LL_ID, "Year Built", _LL_EUI, "Weather Normalized Site EUI (kBtu/ft²)", "Source EUI (kBtu/ft²)"),
    ),
]


# --- 6. FEC Schedule A individual contributions (one committee) ----------------------------------------------------

# state: weight, cities
_FEC_STATES = {
    "PA": (30.0, ["PHILADELPHIA", "PITTSBURGH", "ALLENTOWN", "DOYLESTOWN", "LANCASTER"]),
    "NY": (9.0, ["NEW YORK", "BROOKLYN"]),
    "CA": (10.0, ["LOS ANGELES", "SAN FRANCISCO", "OAKLAND"]),
    "NJ": (6.0, ["CHERRY HILL", "PRINCETON"]),
    "MD": (3.0, ["BALTIMORE", "BETHESDA"]),
    "DC": (3.0, ["WASHINGTON"]),
    "FL": (4.0, ["MIAMI", "TAMPA"]),
    "MA": (3.0, ["BOSTON", "CAMBRIDGE"]),
    "TX": (3.0, ["AUSTIN", "HOUSTON"]),
    "IL": (2.0, ["CHICAGO"]),
}
_FEC_FIRST = ["JOHN", "MARY", "ROBERT", "PATRICIA", "JAMES", "LINDA", "DAVID", "SUSAN", "KAREN", "MICHAEL", "ANNE"]
_FEC_FIRST += ["WILLIAM", "ELIZABETH", "THOMAS", "NANCY", "JOSEPH", "LISA", "RICHARD", "DEBORAH", "PAUL", "LAURA"]
_FEC_LAST = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "WILSON", "ANDERSON", "TAYLOR"]
_FEC_LAST += ["THOMAS", "MOORE", "MARTIN", "JACKSON", "WHITE", "HARRIS", "CLARK", "LEWIS", "WALKER", "YOUNG"]
_FEC_LAST += ["KELLY", "MURPHY", "COHEN", "RIVERA", "NGUYEN", "PATEL", "KIM", "SCHULTZ", "OBRIEN", "FISCHER"]
# occupation, employer, weight, median gift
_FEC_JOBS = [
    ("RETIRED", "RETIRED", 30.0, 60.0),
    ("NOT EMPLOYED", "NOT EMPLOYED", 12.0, 25.0),
    ("ATTORNEY", "SELF-EMPLOYED", 8.0, 250.0),
    ("PHYSICIAN", "PENN MEDICINE", 6.0, 200.0),
    ("TEACHER", "SCHOOL DISTRICT OF PHILADELPHIA", 8.0, 35.0),
    ("SOFTWARE ENGINEER", "GOOGLE", 5.0, 100.0),
    ("CONSULTANT", "SELF-EMPLOYED", 5.0, 150.0),
    ("PROFESSOR", "UNIVERSITY OF PENNSYLVANIA", 5.0, 100.0),
    ("NURSE", "JEFFERSON HEALTH", 5.0, 30.0),
    ("INFORMATION REQUESTED", "INFORMATION REQUESTED", 3.0, 50.0),
]


def _fec_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17706)
    donors = []
    states = list(_FEC_STATES)
    for _ in range(1400):
        st = _one(rng, states, [v[0] for v in _FEC_STATES.values()])
        job = _one(rng, _FEC_JOBS, [j[2] for j in _FEC_JOBS])
        first, last = _one(rng, _FEC_FIRST), _one(rng, _FEC_LAST)
        middle = f" {chr(65 + int(rng.integers(0, 26)))}" if rng.random() < 0.4 else ""
        donors.append((f"{last}, {first}{middle}", first, last, st, _one(rng, _FEC_STATES[st][1]), job))
    start = pd.Timestamp("2023-03-01")
    span = (pd.Timestamp("2024-10-16") - start).days
    gifts = []
    for donor in donors:
        for _ in range(1 + int(rng.poisson(1.2))):
            # money comes faster as the election nears, with quarter-end spikes
            day = start + pd.Timedelta(days=int(span * rng.beta(1.6, 1.0)))
            if rng.random() < 0.15:
                day = pd.Timestamp(day.year, ((day.month - 1) // 3 + 1) * 3, 1) + pd.offsets.MonthEnd(0)
                day = min(day, pd.Timestamp("2024-10-16"))
            amt = float(np.clip(round(donor[5][3] * float(rng.lognormal(0, 0.8))), 5, 3300))
            amt = float(_one(rng, [amt, 25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 3300.0], [8, 2, 2, 2, 1, 1, 0.5, 0.2]))
            gifts.append((day, donor, amt))
    gifts.sort(key=lambda g: (g[0], g[1][0]))
    rows = []
    ytd: dict[tuple[str, int], float] = {}
    for k, (day, donor, amt) in enumerate(gifts):
        name, first, last, st, city, job = donor
        memo = rng.random() < 0.02
        refund = rng.random() < 0.01
        value = -amt if refund else amt
        if not memo:
            ytd[(name, day.year)] = ytd.get((name, day.year), 0.0) + value
        quarter = (day.month - 1) // 3 + 1
        rows.append(
            {
                "committee_id": "C00812345",
                "committee_name": "FRIENDS OF DANA WHITFIELD",
                "report_year": day.year,
                "report_type": "Q3" if quarter == 3 else ("YE" if quarter == 4 else f"Q{quarter}"),
                "image_number": str(202304159000000000 + k * 3),
                "line_number": "11AI",
                "transaction_id": f"SA11AI.{40000 + k}",
                "file_number": 1700000 + 100 * quarter + (day.year - 2023) * 1000,
                "entity_type": "IND",
                "contributor_name": name,
                "contributor_first_name": first,
                "contributor_last_name": last,
                "contributor_city": city,
                "contributor_state": st,
                "contributor_zip": f"{int(rng.integers(10000, 99999))}{int(rng.integers(1000, 9999))}",
                "contributor_employer": job[1],
                "contributor_occupation": job[0],
                "contribution_receipt_date": day.strftime("%Y-%m-%d"),
                "contribution_receipt_amount": value,
                "contributor_aggregate_ytd": round(ytd.get((name, day.year), 0.0) + (value if memo else 0.0), 2),
                "memo_code": "X" if memo else "",
                "memo_text": "REFUND"
                if refund
                else ("EARMARKED THROUGH ACTBLUE" if rng.random() < 0.75 else ("ATTRIBUTION BELOW" if memo else "")),
                "receipt_type_desc": "REFUND OF CONTRIBUTION" if refund else "",
                "two_year_transaction_period": 2024,
            }
        )
    return pd.DataFrame(rows)


def _fec(d: pd.DataFrame, memo: bool) -> pd.DataFrame:
    out = d.assign(a=pd.to_numeric(d["contribution_receipt_amount"], errors="coerce"))
    return out if memo else out[_text(out["memo_code"]) != "X"]


def _fec_top_state(memo: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        f = _fec(d, memo)
        return _top(f["a"].groupby(_text(f["contributor_state"])).sum())

    return top


def _fec_best_month(memo: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        f = _fec(d, memo)
        months = pd.to_datetime(f["contribution_receipt_date"], errors="coerce").dt.to_period("M")
        return f["a"].groupby(months).sum().idxmax().to_timestamp()

    return best


def _fec_retired(memo: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        f = _fec(d, memo)
        return float(f.loc[_text(f["contributor_occupation"]) == "RETIRED", "a"].sum())

    return total


_FEC_ID = ("contributor_name", "transaction_id", "contribution_receipt_date", "memo_code", "receipt_type_desc")
_FEC_AMT = ("contribution_receipt_amount",)
_FEC_QS = [
    Q(
        "how much did they raise from individuals",
        either(
            _money(lambda d: float(_fec(d, True)["a"].sum())),
            _money(lambda d: float(_fec(d, False)["a"].sum())),
        ),
        (*_FEC_ID, *_FEC_AMT, "entity_type"),
    ),
    Q(
        "how many different people donated",
        either(
            _count(lambda d: int(_text(d["contributor_name"]).nunique())),
            _count(
                lambda d: int(
                    d[["contributor_name", "contributor_city", "contributor_state"]].drop_duplicates().shape[0]
                )
            ),
            _count(len),
        ),
        (*_FEC_ID, "contributor_first_name", "contributor_last_name", "contributor_city", "contributor_state"),
    ),
    Q(
        "which state gave the most money",
        either(_lead(_named(_fec_top_state(True))), _lead(_named(_fec_top_state(False)))),
        (*_FEC_ID, *_FEC_AMT, "contributor_state"),
    ),
    Q(
        "avg donation size?",
        either(
            _money(lambda d: float(_fec(d, True)["a"].mean())),
            _money(lambda d: float(_fec(d, False)["a"].mean())),
            _money(lambda d: float(_fec(d, True).loc[lambda f: f["a"] > 0, "a"].mean())),
            _money(lambda d: float(_fec(d, False).loc[lambda f: f["a"] > 0, "a"].mean())),
        ),
        (*_FEC_ID, *_FEC_AMT),
    ),
    Q(
        "how much came from retirees",
        either(_money(_fec_retired(True)), _money(_fec_retired(False))),
        (*_FEC_ID, *_FEC_AMT, "contributor_occupation", "contributor_employer"),
    ),
    Q(
        "which month brought in the most",
        either(_month_year(_fec_best_month(True)), _month_year(_fec_best_month(False))),
        (*_FEC_ID, *_FEC_AMT, "report_year", "report_type"),
    ),
]


# --- 7. Ofsted state-funded schools inspections (management information) -------------------------------------------

# phase: weight, pupils (median), type of education options
_OF_PHASES = {
    "Primary": (
        70.0,
        300.0,
        ["Community school", "Academy converter", "Voluntary aided school", "Academy sponsor led"],
    ),
    "Secondary": (15.0, 1050.0, ["Academy converter", "Academy sponsor led", "Community school", "Free schools"]),
    "Special": (6.0, 120.0, ["Community special school", "Academy special converter"]),
    "Nursery": (2.0, 90.0, ["Local authority nursery school"]),
    "PRU": (2.0, 60.0, ["Pupil referral unit", "Academy alternative provision converter"]),
}
# Ofsted region: weight, grade shift (negative = better), local authorities
_OF_REGIONS = {
    "London": (14.0, -0.25, ["Camden", "Hackney", "Croydon", "Barnet", "Newham"]),
    "South East": (15.0, 0.0, ["Kent", "Surrey", "Hampshire", "Oxfordshire"]),
    "North West": (14.0, 0.05, ["Manchester", "Lancashire", "Liverpool", "Cheshire East"]),
    "East of England": (11.0, 0.1, ["Essex", "Norfolk", "Hertfordshire"]),
    "West Midlands": (11.0, 0.05, ["Birmingham", "Staffordshire", "Coventry"]),
    "South West": (11.0, 0.1, ["Devon", "Bristol, City of", "Cornwall"]),
    "Yorkshire and The Humber": (10.0, 0.15, ["Leeds", "Sheffield", "Bradford"]),
    "East Midlands": (9.0, 0.15, ["Nottinghamshire", "Derbyshire", "Leicester"]),
    "North East": (5.0, 0.0, ["Newcastle upon Tyne", "Durham", "Sunderland"]),
}
_OF_PLACES = ["St Mary's", "Oakwood", "Hillside", "Riverside", "Greenfield", "Holy Trinity", "Brookfield", "Westfield"]
_OF_PLACES += ["Meadow", "Ashgrove", "Kingsway", "Parkside", "St John's", "Elmwood", "Northgate", "Springfield"]
_OF_JUDGEMENTS = [
    "Quality of education",
    "Behaviour and attitudes",
    "Personal development",
    "Effectiveness of leadership and management",
]


def _ofsted_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17707)
    rows = []
    phases = list(_OF_PHASES)
    regions = list(_OF_REGIONS)
    for k in range(2600):
        phase = _one(rng, phases, [v[0] for v in _OF_PHASES.values()])
        _, pupils0, kinds = _OF_PHASES[phase]
        region = _one(rng, regions, [v[0] for v in _OF_REGIONS.values()])
        _, shift, las = _OF_REGIONS[region]
        idaci = int(rng.integers(1, 6))
        urn = 100000 + k * 53 + int(rng.integers(0, 50))
        never = rng.random() < 0.03
        latent = 1.95 + shift + 0.2 * (idaci - 3) + rng.normal(0, 0.6)
        overall = int(np.clip(np.round(latent), 1, 4))
        start = pd.Timestamp("2016-09-05") + pd.Timedelta(days=int(2900 * rng.beta(3.0, 1.2)))
        if start.day_of_week >= 5:
            start -= pd.Timedelta(days=start.day_of_week - 1)
        prev = "" if rng.random() < 0.08 else str(int(np.clip(np.round(latent + rng.normal(0, 0.6)), 1, 4)))
        suffix = {"Primary": "Primary School", "Secondary": "Academy", "Special": "School", "Nursery": "Nursery School"}
        name = f"{_one(rng, _OF_PLACES)} {suffix.get(phase, 'Pupil Referral Unit')}"
        pupils = "NULL" if rng.random() < 0.02 else str(int(max(8, pupils0 * float(rng.lognormal(0, 0.3)))))
        row: dict[str, Any] = {
            "Web Link": f"http://www.ofsted.gov.uk/inspection-reports/find-inspection-report/provider/ELS/{urn}",
            "URN": urn,
            "LAESTAB": int(f"{int(rng.integers(201, 940))}{int(rng.integers(1000, 7000))}"),
            "School name": name,
            "Ofsted phase": phase,
            "Type of education": _one(rng, kinds),
            "Religious character": _one(rng, ["Does not apply", "Church of England", "Roman Catholic"], [7, 2, 1])
            if phase == "Primary"
            else "Does not apply",
            "Ofsted region": region,
            "Local authority": _one(rng, las),
            "Postcode": f"{_one(rng, ['N', 'SE', 'M', 'LS', 'B', 'NE', 'BS', 'CB', 'NG'])}{int(rng.integers(1, 30))} "
            f"{int(rng.integers(1, 10))}{chr(65 + int(rng.integers(0, 26)))}{chr(65 + int(rng.integers(0, 26)))}",
            "The income deprivation affecting children index (IDACI) quintile": idaci,
            "Total number of pupils": pupils,
            "Inspection number of latest graded inspection": "" if never else str(10_000_000 + k * 7),
            "Inspection start date of latest graded inspection": "" if never else start.strftime("%d/%m/%Y"),
            "Publication date": ""
            if never
            else (start + pd.Timedelta(days=int(rng.integers(18, 45)))).strftime("%d/%m/%Y"),
            "Overall effectiveness": "" if never else str(overall),
        }
        for j in _OF_JUDGEMENTS:
            row[j] = "" if never else str(int(np.clip(overall + _one(rng, [0, 0, 0, -1, 1]), 1, 4)))
        row["Early years provision (where applicable)"] = (
            ""
            if never
            else ("9" if phase in {"Secondary", "PRU"} else str(int(np.clip(overall + _one(rng, [0, -1, 0]), 1, 4))))
        )
        row["Sixth form provision (where applicable)"] = (
            "" if never else (str(int(np.clip(overall + _one(rng, [0, 1, 0]), 1, 4))) if phase == "Secondary" else "9")
        )
        row["Safeguarding is effective?"] = "" if never else ("No" if overall == 4 and rng.random() < 0.6 else "Yes")
        row["Previous graded inspection overall effectiveness"] = "" if never else prev
        rows.append(row)
    return pd.DataFrame(rows)


_OF_OE = "Overall effectiveness"
_OF_IDACI = "The income deprivation affecting children index (IDACI) quintile"


def _of_grade(d: pd.DataFrame, col: str = _OF_OE) -> pd.Series:
    return pd.to_numeric(d[col], errors="coerce")


def _of_region_top(graded: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        g = _of_grade(d)
        if graded:
            keep = g.notna()
            d, g = d[keep], g[keep]
        return _top((g == 1).groupby(_text(d["Ofsted region"])).mean())

    return top


def _of_quintile_low(graded: bool) -> Callable[[pd.DataFrame], list[float]]:
    def shares(d: pd.DataFrame) -> list[float]:
        g = _of_grade(d)
        q = pd.to_numeric(d[_OF_IDACI], errors="coerce")
        keep = g.notna() if graded else pd.Series(True, index=d.index)
        return [float((g[keep & (q == k)] >= 3).mean()) for k in (1, 5)]

    return shares


def _of_changed(d: pd.DataFrame) -> int:
    now, before = _of_grade(d), _of_grade(d, "Previous graded inspection overall effectiveness")
    return int(((now != before) & now.notna() & before.notna()).sum())


def _of_year(d: pd.DataFrame) -> pd.Series:
    col = "Inspection start date of latest graded inspection"
    return pd.to_datetime(d[col], format="%d/%m/%Y", errors="coerce").dt.year


_OF_ID = ("URN", "School name")
_OFSTED_QS = [
    Q(
        "how many schools got a 1 for overall effectiveness",
        _count(lambda d: int((_of_grade(d) == 1).sum())),
        (*_OF_ID, _OF_OE),
    ),
    Q(
        "which region has the highest share of those",
        either(_lead(_named(_of_region_top(True))), _lead(_named(_of_region_top(False)))),
        (*_OF_ID, _OF_OE, "Ofsted region"),
    ),
    Q(
        "average number of pupils at secondary schools",
        _about(
            lambda d: float(
                pd.to_numeric(
                    d.loc[_text(d["Ofsted phase"]) == "Secondary", "Total number of pupils"], errors="coerce"
                ).mean()
            )
        ),
        (*_OF_ID, "Ofsted phase", "Total number of pupils"),
    ),
    Q(
        "how many inspections were in 2023",
        _count(lambda d: int((_of_year(d) == 2023).sum())),
        (*_OF_ID, "Inspection start date of latest graded inspection", "Inspection number of latest graded inspection"),
    ),
    Q(
        "how many schools got a different overall grade than last time",
        _count(_of_changed),
        (*_OF_ID, _OF_OE, "Previous graded inspection overall effectiveness"),
    ),
    Q(
        "compare the share of 3s and 4s in idaci quintile 1 vs quintile 5",
        either(_shares(_of_quintile_low(True)), _shares(_of_quintile_low(False))),
        (*_OF_ID, _OF_OE, _OF_IDACI),
    ),
]


HELDOUT177: list[Dataset] = [
    Dataset("amplitude_event_segmentation_export", _amplitude_frame, _AMPLITUDE_QS),
    Dataset("bing_webmaster_search_keywords", _bing_frame, _BING_QS),
    Dataset("basecamp_todos_export", _basecamp_frame, _BASECAMP_QS),
    Dataset("sleep_as_android_export", _sleep_frame, _SLEEP_QS),
    Dataset("nyc_ll84_energy_benchmarking_2022", _ll84_frame, _LL84_QS),
    Dataset("fec_schedule_a_individual_contributions", _fec_frame, _FEC_QS),
    Dataset("ofsted_school_inspections_mi", _ofsted_frame, _OFSTED_QS),
]
