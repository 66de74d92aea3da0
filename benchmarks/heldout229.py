"""HELDOUT229: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Resy
reservation history from the account data download (2022-2024, one row per reservation) with "Reservation ID" as
"RSV-48213907", Restaurant, Neighborhood, City (New York, Brooklyn, Chicago), Cuisine, Date as "2024-03-14", Time as
"7:30 PM", "Party Size", Status (Completed, Cancelled, No Show, Upcoming), Seating (Dining Room, Bar, Patio,
Counter), "Booked On" as "2024-03-01", Deposit as "$25.00" (blank when none), "Cancellation Fee Charged" as "$50.00"
(blank unless charged) and "Rating Given" 1-5 (blank when not rated); an August smart lock activity log exported
from the August app (January-June 2024, three locks) with Timestamp as "2024-03-14 07:42:10 -0500" (the UTC offset
changing with daylight saving time), "Lock Name" (Front Door, Back Door, Garage Entry), Action (Unlock, Lock,
Auto-Lock, Jammed, Door Opened, Door Closed), Method (App, Keypad, Auto-Unlock, Manual, Guest Key, Doorbell), User
(household first names, "Guest - Dog Walker", blank for automatic and door-sensor events) and Battery in percent
(each lock draining slowly, batteries swapped once); a LeetCode submission history scraped into a CSV (2023-2024,
one row per submission, problems repeated) with "Submission ID", Problem, "Problem ID", Difficulty (Easy, Medium,
Hard), Topics as a comma-separated list ("Array, Hash Table"), Language (Python3, C++, Java, JavaScript), Status
(Accepted, Wrong Answer, Time Limit Exceeded, Runtime Error, Compile Error), Runtime as "52 ms" ("N/A" unless the
run finished), Memory as "16.4 MB" ("N/A" likewise), "Submitted At" as ISO "2024-01-14T20:31:05Z" and Contest
("Weekly Contest 380" or blank); the Cooper Hewitt, Smithsonian Design Museum collection objects file from its
GitHub repository with id (a large integer), accession_number as "1938-88-1234", title, date as free text ("ca.
1880", "1955-60", "late 19th century", blank), year_start and year_end (blank when undated), decade as "1880s"
(blank when undated), medium, type (Drawing, Textile, Poster, Chair, Wallpaper, ...), department ("Drawings, Prints,
and Graphic Design", "Product Design and Decorative Arts", Textiles, Wallcoverings), country (blank for some),
has_images and is_on_display as 0/1, woe_country as a Where-On-Earth id, creditline and gallery_text_length (0
without gallery text); a city lead service line inventory as published under the EPA Lead and Copper Rule Revisions
(Chicago-like, one row per service line) with "Service Line ID" as "SL-0001234", upper-case Address, ZIP,
Neighborhood, "Year Built" (blank for some), "System-Owned Material" and "Customer-Owned Material" (Lead, Copper,
Galvanized Requiring Replacement, Non-Lead, Unknown), Classification (Lead, GRR, Non-Lead, Lead Status Unknown),
"Verification Method" (Records, Visual Inspection, Excavation, Statistical), Replaced as Y/N, "Replacement Date" as
"2023-06-14" (blank unless replaced) and "Diameter (in)" (0.75, 1, 1.5, 2); the USDA Forest Service National Visitor
Use Monitoring results by national forest (four rounds, 2000-2019, one row per forest per round, some forests
missing a round) with "Forest Name", Region as "R1 - Northern" ... "R10 - Alaska", "State(s)" as "MT" or "ID, MT",
Round 1-4, "Survey Year", "Site Visits", "National Forest Visits" and "Wilderness Visits" written with thousands
commas ("N/A" where the forest has no wilderness), "% Visits Day Use" and "% Overnight" as numbers, "Avg Visit
Duration (hours)", "Top Activity" and "Satisfaction Index" 0-100; and a Sonos usage history exported with a
third-party tool (one row per listening session, January-June 2024) with "Start Time" as "2024-05-03 18:22:10",
Room (Kitchen, Living Room, Bedroom, Office, Patio), Group ("Kitchen + Living Room" or blank), Source (Spotify,
Apple Music, Sonos Radio, TV, Line-In, AirPlay), Artist, Track and Album (blank for TV and Line-In), Duration as
"mm:ss" (minutes past 60 for long sessions, "72:05"), Volume 0-100 and "Speaker Model" (One, Arc, Era 100, Five,
Move, fixed per room). All are generated with a fixed seed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout38 import _hour
from .heldout40 import _top_named
from .offline_eval import Dataset, Q, either, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _ranking(scores: pd.Series) -> pd.Series:
    """Scores best first, ties in label order."""
    return scores.sort_index(kind="stable").sort_values(ascending=False, kind="stable")


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "ms", "MB", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,]|ms|MB", "", regex=True).str.strip()
    return pd.to_numeric(text, errors="coerce")


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


# --- 1. Resy reservation history -----------------------------------------------------------------------------------

# restaurant: neighborhood, city, cuisine, weight, deposit
_RS_PLACES: dict[str, tuple[str, str, str, float, float]] = {
    "Via Carota": ("West Village", "New York", "Italian", 6, 0),
    "Lilia": ("Williamsburg", "Brooklyn", "Italian", 5, 0),
    "Don Angie": ("West Village", "New York", "Italian", 4, 0),
    "Dhamaka": ("Lower East Side", "New York", "Indian", 3, 0),
    "Semma": ("West Village", "New York", "Indian", 2, 0),
    "Lucali": ("Carroll Gardens", "Brooklyn", "Pizza", 4, 0),
    "Rubirosa": ("Nolita", "New York", "Pizza", 5, 0),
    "I Sodi": ("West Village", "New York", "Italian", 3, 0),
    "Cote": ("Flatiron", "New York", "Korean", 4, 50),
    "Atoboy": ("NoMad", "New York", "Korean", 3, 0),
    "Thai Diner": ("Nolita", "New York", "Thai", 6, 0),
    "Wu's Wonton King": ("Lower East Side", "New York", "Chinese", 4, 0),
    "Carbone": ("Greenwich Village", "New York", "Italian", 2, 100),
    "4 Charles Prime Rib": ("West Village", "New York", "Steakhouse", 2, 50),
    "Estela": ("Nolita", "New York", "New American", 3, 0),
    "Win Son": ("East Williamsburg", "Brooklyn", "Taiwanese", 5, 0),
    "Oxomoco": ("Greenpoint", "Brooklyn", "Mexican", 3, 0),
    "Au Cheval": ("West Loop", "Chicago", "American", 2, 0),
    "Girl & the Goat": ("West Loop", "Chicago", "New American", 2, 25),
    "Avec": ("West Loop", "Chicago", "Mediterranean", 2, 0),
}
_RS_STATUS = {"Completed": 74, "Cancelled": 17, "No Show": 4}


def _resy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22901)
    names = list(_RS_PLACES)
    weights = [v[3] for v in _RS_PLACES.values()]
    start = pd.Timestamp("2022-01-01")
    rows = []
    used: set[int] = set()
    for _ in range(640):
        name = _one(rng, names, weights)
        hood, city, cuisine, _w, deposit = _RS_PLACES[name]
        span = 1095 if rng.random() < 0.97 else 1140
        day = start + pd.Timedelta(days=int(span * rng.beta(1.3, 1.0)))
        lead = int(min(rng.gamma(1.6, 6.0) + (14 if deposit else 0), 60))
        booked = day - pd.Timedelta(days=lead)
        status = (
            "Upcoming" if day > pd.Timestamp("2024-12-31") else _one(rng, list(_RS_STATUS), list(_RS_STATUS.values()))
        )
        minutes = int(
            _one(
                rng,
                [
                    17 * 60,
                    17 * 60 + 30,
                    18 * 60,
                    18 * 60 + 30,
                    19 * 60,
                    19 * 60 + 30,
                    20 * 60,
                    20 * 60 + 30,
                    21 * 60,
                    21 * 60 + 30,
                ],
                [2, 4, 7, 9, 11, 10, 9, 6, 4, 2],
            )
        )
        h, m = divmod(minutes, 60)
        party = int(_one(rng, [1, 2, 3, 4, 5, 6, 8], [2, 52, 10, 22, 4, 7, 3]))
        seating = _one(
            rng, ["Dining Room", "Bar", "Patio", "Counter"], [62, 16 if party <= 2 else 2, 14, 8 if party <= 2 else 0]
        )
        fee = ""
        if status == "No Show" or (status == "Cancelled" and rng.random() < 0.3):
            fee = f"${deposit if deposit else 25 * party:.2f}"
        rating = ""
        if status == "Completed" and rng.random() < 0.55:
            rating = str(int(np.clip(round(rng.normal(4.1 if cuisine in ("Italian", "Pizza") else 3.8, 0.8)), 1, 5)))
        rid = int(rng.integers(40_000_000, 60_000_000))
        while rid in used:
            rid += 1
        used.add(rid)
        rows.append(
            {
                "Reservation ID": f"RSV-{rid}",
                "Restaurant": name,
                "Neighborhood": hood,
                "City": city,
                "Cuisine": cuisine,
                "Date": f"{day:%Y-%m-%d}",
                "Time": f"{h - 12}:{m:02d} PM",
                "Party Size": party,
                "Status": status,
                "Seating": seating,
                "Booked On": f"{booked:%Y-%m-%d}",
                "Deposit": f"${deposit * (1 if deposit >= 50 else party):.2f}" if deposit else "",
                "Cancellation Fee Charged": fee,
                "Rating Given": rating,
            }
        )
    return pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable")


def _rs_done(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Status"] == "Completed"]


def _rs_lead(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(df["Date"]) - pd.to_datetime(df["Booked On"])).dt.days


_RS_QS = [
    Q(
        "how many reservations did i actually show up to",
        _count(lambda df: int((df["Status"] == "Completed").sum())),
        ("Status", "Reservation ID"),
    ),
    Q(
        "what's the place i book the most",
        either(
            _lead(_named(lambda df: _top(df.groupby("Restaurant").size()))),
            _lead(_named(lambda df: _top(_rs_done(df).groupby("Restaurant").size()))),
        ),
        ("Restaurant", "Status", "Reservation ID"),
    ),
    Q(
        "average party size at the bar vs in the dining room?",
        either(
            _about(lambda df: df.groupby("Seating")["Party Size"].mean()[["Bar", "Dining Room"]].to_numpy()),
            _about(lambda df: _rs_done(df).groupby("Seating")["Party Size"].mean()[["Bar", "Dining Room"]].to_numpy()),
        ),
        ("Party Size", "Seating", "Status"),
    ),
    Q(
        "how much have i paid in cancellation fees altogether",
        _scaled(lambda df: float(_num(df, "Cancellation Fee Charged").sum()), _BIG),
        ("Cancellation Fee Charged",),
    ),
    Q(
        "which year did i eat out the most",
        either(
            _year(lambda df: int(_top(_rs_done(df).groupby(pd.to_datetime(_rs_done(df)["Date"]).dt.year).size()))),
            _year(lambda df: int(_top(df.groupby(pd.to_datetime(df["Date"]).dt.year).size()))),
        ),
        ("Date", "Status"),
    ),
    Q(
        "how far ahead do i usually book, in days",
        either(_about(lambda df: float(_rs_lead(df).mean())), _about(lambda df: float(_rs_lead(df).median()))),
        ("Date", "Booked On"),
    ),
]


# --- 2. August smart lock activity log -----------------------------------------------------------------------------

_AU_PEOPLE = {"Maria": 40, "James": 32, "Sofia": 18, "Guest - Dog Walker": 10}


def _au_stamp(t: pd.Timestamp) -> str:
    dst = pd.Timestamp("2024-03-10 02:00") <= t < pd.Timestamp("2024-11-03 02:00")
    return f"{t:%Y-%m-%d %H:%M:%S} {'-0500' if dst else '-0600'}"


def _august_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22902)
    locks = {"Front Door": 55, "Back Door": 25, "Garage Entry": 20}
    battery = {"Front Door": 100.0, "Back Door": 96.0, "Garage Entry": 88.0}
    swapped = {"Front Door": False, "Back Door": False, "Garage Entry": False}
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    rows = []
    for d in days:
        for _ in range(int(rng.integers(3, 9))):
            lock = _one(rng, list(locks), list(locks.values()))
            hour = int(
                _one(
                    rng,
                    list(range(24)),
                    [1, 0.5, 0.3, 0.2, 0.2, 0.5, 3, 8, 7, 4, 3, 4, 6, 4, 3, 4, 6, 9, 8, 6, 4, 3, 2, 1.5],
                )
            )
            t = d + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
            user = _one(rng, list(_AU_PEOPLE), list(_AU_PEOPLE.values()))
            if user == "Guest - Dog Walker" and not 10 <= hour <= 16:
                user = "Maria"
            method = (
                "Guest Key"
                if user.startswith("Guest")
                else _one(rng, ["App", "Keypad", "Auto-Unlock", "Manual", "Doorbell"], [30, 25, 25, 15, 5])
            )
            battery[lock] -= float(rng.uniform(0.05, 0.25))
            if battery[lock] < 12 and not swapped[lock]:
                battery[lock], swapped[lock] = 100.0, True
            batt = max(int(battery[lock]), 3)
            events = [("Unlock", method, user)]
            if rng.random() < 0.9:
                events.append(("Door Opened", "Manual", ""))
                events.append(("Door Closed", "Manual", ""))
            if rng.random() < 0.03 * (2.5 if lock == "Back Door" else 1):
                events.append(("Jammed", "Auto-Lock", ""))
            events.append(
                ("Auto-Lock", "Auto-Lock", "")
                if rng.random() < 0.7
                else ("Lock", _one(rng, ["App", "Keypad", "Manual"]), user)
            )
            for i, (action, how, who) in enumerate(events):
                rows.append(
                    {
                        "Timestamp": _au_stamp(t + pd.Timedelta(seconds=20 * i + int(rng.integers(0, 15)))),
                        "Lock Name": lock,
                        "Action": action,
                        "Method": how,
                        "User": who,
                        "Battery": batt,
                    }
                )
    return pd.DataFrame(rows).sort_values("Timestamp", ascending=False, kind="stable")


def _au_unlocks(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Action"] == "Unlock"]


def _au_hour(df: pd.DataFrame) -> int:
    front = _au_unlocks(df)[_au_unlocks(df)["Lock Name"] == "Front Door"]
    hours = front["Timestamp"].str.slice(11, 13).astype(int)
    return int(_top(front.groupby(hours).size()))


_AU_QS = [
    Q(
        "how many times was the front door unlocked",
        _count(lambda df: int(((df["Action"] == "Unlock") & (df["Lock Name"] == "Front Door")).sum())),
        ("Lock Name", "Action"),
    ),
    Q(
        "who in the house unlocks doors the most",
        _lead(_named(lambda df: _top(_au_unlocks(df).groupby("User").size()))),
        ("User", "Action"),
    ),
    Q(
        "how many times did a lock jam",
        _count(lambda df: int((df["Action"] == "Jammed").sum())),
        ("Action",),
    ),
    Q(
        "which door was that mostly",
        _lead(_named(lambda df: _top(df[df["Action"] == "Jammed"].groupby("Lock Name").size()))),
        ("Lock Name", "Action"),
    ),
    Q(
        "what time of day does the front door get unlocked most often",
        _hour(_au_hour),
        ("Timestamp", "Lock Name", "Action"),
    ),
    Q(
        "lowest battery the back door got to?",
        _count(lambda df: int(df.loc[df["Lock Name"] == "Back Door", "Battery"].min())),
        ("Battery", "Lock Name"),
    ),
]


# --- 3. LeetCode submission history --------------------------------------------------------------------------------

_LC_TOPICS = [
    "Array",
    "String",
    "Hash Table",
    "Dynamic Programming",
    "Math",
    "Sorting",
    "Greedy",
    "Depth-First Search",
    "Breadth-First Search",
    "Binary Search",
    "Tree",
    "Graph",
    "Two Pointers",
    "Stack",
    "Heap (Priority Queue)",
    "Sliding Window",
    "Linked List",
    "Backtracking",
]
_LC_WORDS = "Two Sum;Longest Substring;Merge Intervals;Valid Parentheses;Coin Change;Word Ladder;Number of Islands;"
_LC_WORDS += "Course Schedule;Top K Frequent Elements;Trapping Rain Water;Rotting Oranges;Jump Game;House Robber;"
_LC_WORDS += "Min Stack;LRU Cache;Search in Rotated Sorted Array;Kth Largest Element;Climbing Stairs;Decode Ways;"
_LC_WORDS += "Edit Distance;Median of Two Sorted Arrays;Sliding Window Maximum;Group Anagrams;Word Search;"
_LC_WORDS += "Subsets;Permutations;Combination Sum;Reverse Linked List;Merge k Sorted Lists;Network Delay Time;"
_LC_WORDS += "Cheapest Flights Within K Stops;Daily Temperatures;Koko Eating Bananas;Partition Equal Subset Sum;"
_LC_WORDS += "Longest Increasing Subsequence;Container With Most Water;3Sum;Product of Array Except Self;"
_LC_WORDS += "Maximum Subarray;Binary Tree Level Order Traversal;Validate Binary Search Tree;Clone Graph;"
_LC_WORDS += "Minimum Window Substring;Find Median from Data Stream;Serialize and Deserialize Binary Tree;"
_LC_WORDS += "Count Good Nodes;Gas Station;Task Scheduler;Redundant Connection;Alien Dictionary"
_LC_LANGS = {"Python3": 55, "C++": 22, "Java": 15, "JavaScript": 8}
_LC_SPEED = {"Python3": 3.0, "C++": 0.6, "Java": 1.0, "JavaScript": 1.8}


def _leetcode_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22903)
    problems = []
    for i, title in enumerate(_LC_WORDS.split(";")):
        level = _one(rng, ["Easy", "Medium", "Hard"], [30, 52, 18])
        topics = list(rng.choice(_LC_TOPICS, int(rng.integers(1, 4)), replace=False, p=None))
        problems.append((title, int(rng.integers(1, 2900)) + i, level, ", ".join(topics)))
    start = pd.Timestamp("2023-01-01")
    span = (pd.Timestamp("2025-01-01") - start).total_seconds()
    offsets = np.sort(np.concatenate([span * rng.beta(2.0, 1.6, 1250), span * rng.uniform(0.55, 0.6, 150)]))
    rows = []
    sid = 880_000_000
    contests = {}
    for off in offsets:
        t = start + pd.Timedelta(seconds=float(off))
        title, pid, level, topics = problems[int(rng.integers(len(problems)))]
        lang = _one(rng, list(_LC_LANGS), list(_LC_LANGS.values()))
        p_ok = {"Easy": 0.72, "Medium": 0.52, "Hard": 0.33}[level]
        status = (
            "Accepted"
            if rng.random() < p_ok
            else _one(rng, ["Wrong Answer", "Time Limit Exceeded", "Runtime Error", "Compile Error"], [55, 20, 15, 10])
        )
        ok = status == "Accepted"
        base = {"Easy": 40, "Medium": 90, "Hard": 180}[level] * _LC_SPEED[lang]
        runtime = (
            f"{int(max(base * rng.lognormal(0, 0.4), 0))} ms"
            if ok or (status == "Wrong Answer" and rng.random() < 0.3)
            else "N/A"
        )
        mem = {"Python3": 16.5, "C++": 9.0, "Java": 43.0, "JavaScript": 50.0}[lang] * rng.lognormal(0, 0.12)
        week = t.to_period("W")
        contest = ""
        if t.dayofweek == 6 and 2 <= t.hour <= 4:
            contest = contests.setdefault(week, f"Weekly Contest {330 + (t - start).days // 7}")
        sid += int(rng.integers(50_000, 2_000_000))
        rows.append(
            {
                "Submission ID": sid,
                "Problem": title,
                "Problem ID": pid,
                "Difficulty": level,
                "Topics": topics,
                "Language": lang,
                "Status": status,
                "Runtime": runtime,
                "Memory": f"{mem:.1f} MB" if runtime != "N/A" else "N/A",
                "Submitted At": f"{t:%Y-%m-%dT%H:%M:%S}Z",
                "Contest": contest,
            }
        )
    return pd.DataFrame(rows).iloc[::-1]


def _lc_ok(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Status"] == "Accepted"]


def _lc_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Submitted At"], utc=True).dt.tz_localize(None).dt.to_period("M")
    return df.groupby(months).size().idxmax().to_timestamp()


def _lc_topics(df: pd.DataFrame) -> pd.Series:
    return df["Topics"].astype("string").str.split(",").explode().str.strip().value_counts()


_LC_QS = [
    Q("whats my acceptance rate", _share(lambda df: float((df["Status"] == "Accepted").mean())), ("Status",)),
    Q(
        "how many different problems have i solved",
        _count(lambda df: int(_lc_ok(df)["Problem"].nunique())),
        ("Problem", "Problem ID", "Status"),
    ),
    Q(
        "how many of those are hard ones",
        _count(lambda df: int(_lc_ok(df).loc[_lc_ok(df)["Difficulty"] == "Hard", "Problem"].nunique())),
        ("Problem", "Problem ID", "Status", "Difficulty"),
    ),
    Q(
        "which language gives me the fastest runtimes on average",
        either(
            _lead(
                _named(
                    lambda df: _top(-_lc_ok(df).assign(ms=_num(_lc_ok(df), "Runtime")).groupby("Language")["ms"].mean())
                )
            ),
            _lead(_named(lambda df: _top(-df.assign(ms=_num(df, "Runtime")).groupby("Language")["ms"].mean()))),
        ),
        ("Language", "Runtime", "Status"),
    ),
    Q("what topic shows up most in my submissions", _lead(_named(lambda df: _top(_lc_topics(df)))), ("Topics",)),
    Q("which month was i most active", month_year(_lc_month), ("Submitted At",)),
]


# --- 4. Cooper Hewitt collection objects ---------------------------------------------------------------------------

# department: weight, types ("type:weight;..."), media, accession prefix years
_CH_DEPTS: dict[str, tuple[float, str, str]] = {
    "Drawings, Prints, and Graphic Design": (
        42,
        "Drawing:45;Print:25;Poster:20;Book:10",
        "Graphite on paper;Pen and ink, brush and watercolor on paper;Lithograph on paper;Offset lithograph;"
        "Etching on paper;Gouache on paperboard",
    ),
    "Product Design and Decorative Arts": (
        28,
        "Chair:18;Vase:16;Lamp:10;Teapot:12;Radio:8;Spoon:14;Clock:8;Box:14",
        "Porcelain;Molded plywood, steel;Silver;Blown glass;Bakelite, metal;Earthenware, glaze",
    ),
    "Textiles": (18, "Textile:55;Sample book:15;Fragment:30", "Silk;Cotton;Linen, wool;Silk, metallic thread;Wool"),
    "Wallcoverings": (
        12,
        "Wallpaper:70;Frieze:15;Border:15",
        "Block-printed on paper;Screen-printed on paper;Machine-printed on paper",
    ),
}
# country: weight, WOE id
_CH_COUNTRIES = {"France": (22, 23424819), "United States": (28, 23424977), "England": (16, 24554868)}
_CH_COUNTRIES |= {"Germany": (9, 23424829), "Italy": (8, 23424853), "Japan": (6, 23424856), "Austria": (4, 23424750)}
_CH_COUNTRIES |= {"Netherlands": (3, 23424909), "China": (4, 23424781)}
_CH_CREDITS = [
    "Gift of the Council of the Cooper Union",
    "Museum purchase through gift of Mrs. John Innes Kane",
    "Gift of Sarah Cooper Hewitt",
    "Bequest of Mrs. Henry E. Coe",
    "Gift of Eleanor and Sarah Hewitt",
    "Museum purchase from General Acquisitions Endowment Fund",
]
_CH_TITLES = ["Design for a", "Sample", "Fragment of a", "Study of a", "Untitled", "Panel with", "Pattern for a"]
_CH_THINGS = ["Ceiling", "Garden", "Vase", "Interior", "Floral Motif", "Birds", "Chair", "Landscape", "Border"]


def _cooper_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22904)
    rows = []
    used: set[int] = set()
    for _ in range(2400):
        dept = _one(rng, list(_CH_DEPTS), [v[0] for v in _CH_DEPTS.values()])
        _w, types, media = _CH_DEPTS[dept]
        pairs = [p.split(":") for p in types.split(";")]
        kind = _one(rng, [p[0] for p in pairs], [float(p[1]) for p in pairs])
        country = _one(rng, list(_CH_COUNTRIES), [v[0] for v in _CH_COUNTRIES.values()])
        year = int(np.clip(rng.normal(1885 if dept != "Product Design and Decorative Arts" else 1920, 45), 1600, 2015))
        style = rng.random()
        if style < 0.12:
            date, ys, ye = "", None, None
        elif style < 0.4:
            date, ys, ye = f"ca. {year}", year - 5, year + 5
        elif style < 0.55:
            date, ys, ye = f"{year}-{(year + int(rng.integers(2, 9))) % 100:02d}", year, year + 5
        elif style < 0.62:
            c = year // 100 + 1
            date, ys, ye = f"late {c}th century", (c - 1) * 100 + 67, c * 100
        else:
            date, ys, ye = str(year), year, year
        oid = int(rng.integers(18_000_000, 18_800_000))
        while oid in used:
            oid += 1
        used.add(oid)
        acq = int(rng.integers(1897, 2020))
        rows.append(
            {
                "id": oid,
                "accession_number": f"{acq}-{int(rng.integers(1, 120))}-{int(rng.integers(1, 900))}",
                "title": f"{_one(rng, _CH_TITLES)} {_one(rng, _CH_THINGS)}",
                "date": date,
                "year_start": ys,
                "year_end": ye,
                "decade": f"{ys // 10 * 10}s" if ys is not None else "",
                "medium": _one(rng, media.split(";")),
                "type": kind,
                "department": dept,
                "country": country if rng.random() > 0.08 else "",
                "has_images": int(rng.random() < 0.78),
                "is_on_display": int(rng.random() < 0.04),
                "woe_country": _CH_COUNTRIES[country][1],
                "creditline": _one(rng, _CH_CREDITS),
                "gallery_text_length": int(rng.gamma(3, 150)) if rng.random() < 0.15 else 0,
            }
        )
    df = pd.DataFrame(rows)
    df.loc[df["country"] == "", "woe_country"] = None
    df.loc[df["is_on_display"] == 1, "has_images"] = 1
    return df


def _ch_fr(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["country"] == "France"]


_CH_QS = [
    Q("how many objects are in this collection", _count(lambda df: len(df)), ("id",)),
    Q(
        "which department has the most stuff",
        _lead(_named(lambda df: _top(df.groupby("department").size()))),
        ("department", "id"),
    ),
    Q("what share of the objects have pictures", _share(lambda df: float(df["has_images"].mean())), ("has_images",)),
    Q("how many are on display right now", _count(lambda df: int(df["is_on_display"].sum())), ("is_on_display",)),
    Q(
        "most common kind of object from france?",
        _lead(_named(lambda df: _top(_ch_fr(df).groupby("type").size()))),
        ("type", "country"),
    ),
    Q(
        "which decade are most of the things from",
        either(
            _lead(_named(lambda df: _top(df.groupby("decade").size()))),
            _lead(
                _named(
                    lambda df: f"{int(_top(df.groupby(df['year_start'] // 10 * 10).size().rename(lambda x: int(x))))}s"
                )
            ),
        ),
        ("decade", "year_start", "year_end", "date"),
    ),
]


# --- 5. Lead service line inventory --------------------------------------------------------------------------------

# neighborhood: ZIPs, weight, median year built
_LS_HOODS: dict[str, tuple[str, float, int]] = {
    "Logan Square": ("60647", 14, 1912),
    "Austin": ("60644;60651", 16, 1915),
    "Rogers Park": ("60626", 10, 1922),
    "Bridgeport": ("60608;60616", 8, 1905),
    "Beverly": ("60643", 9, 1938),
    "Portage Park": ("60634;60641", 13, 1935),
    "Englewood": ("60621", 11, 1910),
    "Edison Park": ("60631", 5, 1950),
    "Hegewisch": ("60633", 4, 1948),
    "West Loop": ("60607;60661", 5, 1985),
    "Pilsen": ("60608", 5, 1902),
}
_LS_STREETS = ["W FULLERTON AVE", "N MILWAUKEE AVE", "S ASHLAND AVE", "W 63RD ST", "N KEDZIE AVE", "S HALSTED ST"]
_LS_STREETS += ["W IRVING PARK RD", "N PULASKI RD", "S WESTERN AVE", "W DEVON AVE", "N HARLEM AVE", "W ARMITAGE AVE"]
_LS_CODES = ["Lead", "Copper", "Galvanized Requiring Replacement", "Non-Lead", "Unknown"]


def _ls_material(rng: np.random.Generator, year: int | None) -> str:
    if year is None:
        return _one(rng, _LS_CODES, [30, 15, 5, 10, 40])
    if year < 1987:
        return _one(rng, _LS_CODES, [62, 8, 6, 6, 18])
    return _one(rng, _LS_CODES, [1, 55, 1, 38, 5])


def _ls_class(system: str, customer: str) -> str:
    both = {system, customer}
    if "Lead" in both:
        return "Lead"
    if "Galvanized Requiring Replacement" in both:
        return "GRR"
    if "Unknown" in both:
        return "Lead Status Unknown"
    return "Non-Lead"


def _lead_lines_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22905)
    rows = []
    for i in range(3200):
        hood = _one(rng, list(_LS_HOODS), [v[1] for v in _LS_HOODS.values()])
        zips, _w, built = _LS_HOODS[hood]
        year = int(np.clip(rng.normal(built, 18), 1880, 2022)) if rng.random() > 0.07 else None
        system = _ls_material(rng, year)
        customer = system if rng.random() < 0.6 else _ls_material(rng, year)
        cls = _ls_class(system, customer)
        replaced = cls in ("Lead", "GRR") and rng.random() < 0.16
        when = ""
        if replaced:
            day = pd.Timestamp("2020-01-01") + pd.Timedelta(days=int(1800 * rng.beta(2.4, 1.2)))
            when = f"{day:%Y-%m-%d}" if rng.random() > 0.05 else ""
        how = _one(rng, ["Records", "Visual Inspection", "Excavation", "Statistical"], [45, 25, 8, 22])
        if cls == "Lead Status Unknown":
            how = _one(rng, ["Records", "Statistical"], [30, 70])
        rows.append(
            {
                "Service Line ID": f"SL-{1000 + i * 3 + int(rng.integers(3)):07d}",
                "Address": f"{int(rng.integers(100, 9999))} {_one(rng, _LS_STREETS)}",
                "ZIP": _one(rng, zips.split(";")),
                "Neighborhood": hood,
                "Year Built": year,
                "System-Owned Material": system,
                "Customer-Owned Material": customer,
                "Classification": cls,
                "Verification Method": how,
                "Replaced": "Y" if replaced else "N",
                "Replacement Date": when,
                "Diameter (in)": _one(rng, [0.75, 1, 1.5, 2], [55, 35, 7, 3]),
            }
        )
    return pd.DataFrame(rows)


def _ls_is(df: pd.DataFrame, cls: str) -> pd.Series:
    return df["Classification"] == cls


_LS_QS = [
    Q(
        "how many lead service lines are there",
        either(
            _count(lambda df: int(_ls_is(df, "Lead").sum())),
            _count(lambda df: int((_ls_is(df, "Lead") & (df["Replaced"] == "N")).sum())),
        ),
        ("Classification", "Replaced"),
    ),
    Q(
        "what percent are still unknown",
        _share(lambda df: float(_ls_is(df, "Lead Status Unknown").mean())),
        ("Classification",),
    ),
    Q(
        "which neighborhood has the most lead lines",
        either(
            _lead(_named(lambda df: _top(df[_ls_is(df, "Lead")].groupby("Neighborhood").size()))),
            _lead(
                _named(lambda df: _top(df[_ls_is(df, "Lead") & (df["Replaced"] == "N")].groupby("Neighborhood").size()))
            ),
        ),
        ("Neighborhood", "Classification", "Replaced"),
    ),
    Q("how many have been replaced so far", _count(lambda df: int((df["Replaced"] == "Y").sum())), ("Replaced",)),
    Q(
        "which year had the most replacements",
        _year(lambda df: int(_top(pd.to_datetime(df["Replacement Date"]).dt.year.dropna().astype(int).value_counts()))),
        ("Replacement Date", "Replaced"),
    ),
    Q(
        "average year the house was built for lead lines vs non-lead ones?",
        _about(
            lambda df: df.groupby("Classification")["Year Built"].mean()[["Lead", "Non-Lead"]].to_numpy(), rel=0.0003
        ),
        ("Year Built", "Classification"),
    ),
]


# --- 6. USDA Forest Service NVUM results ---------------------------------------------------------------------------

_NV_REGIONS: dict[str, tuple[str, str]] = {
    "R1 - Northern": (
        "MT",
        "Beaverhead-Deerlodge;Bitterroot;Custer Gallatin;Flathead;Helena-Lewis and Clark;Idaho Panhandle:ID, MT, WA;"
        "Kootenai:MT, ID;Lolo;Nez Perce-Clearwater:ID;Dakota Prairie Grasslands:ND, SD",
    ),
    "R2 - Rocky Mountain": (
        "CO",
        "Arapaho-Roosevelt;Bighorn:WY;Black Hills:SD, WY;Grand Mesa, Uncompahgre and Gunnison;"
        "Medicine Bow-Routt:CO, WY;Nebraska:NE, SD;Pike-San Isabel;Rio Grande;San Juan;Shoshone:WY;White River",
    ),
    "R3 - Southwestern": (
        "AZ",
        "Apache-Sitgreaves;Carson:NM;Cibola:NM;Coconino;Coronado;Gila:NM;Kaibab;Lincoln:NM;Prescott;Santa Fe:NM;Tonto",
    ),
    "R4 - Intermountain": (
        "UT",
        "Ashley;Boise:ID;Bridger-Teton:WY;Caribou-Targhee:ID, WY;Dixie;Fishlake;Humboldt-Toiyabe:NV, CA;Manti-La Sal;"
        "Payette:ID;Salmon-Challis:ID;Sawtooth:ID;Uinta-Wasatch-Cache",
    ),
    "R5 - Pacific Southwest": (
        "CA",
        "Angeles;Cleveland;Eldorado;Inyo;Klamath:CA, OR;Lassen;Los Padres;Mendocino;Modoc;Plumas;San Bernardino;"
        "Sequoia;Shasta-Trinity;Sierra;Six Rivers;Stanislaus;Tahoe;Lake Tahoe Basin Management Unit:CA, NV",
    ),
    "R6 - Pacific Northwest": (
        "OR",
        "Colville:WA;Deschutes;Fremont-Winema;Gifford Pinchot:WA;Malheur;Mt. Baker-Snoqualmie:WA;Mt. Hood;Ochoco;"
        "Okanogan-Wenatchee:WA;Olympic:WA;Rogue River-Siskiyou:OR, CA;Siuslaw;Umatilla:OR, WA;Umpqua;Wallowa-Whitman;"
        "Willamette",
    ),
    "R8 - Southern": (
        "GA",
        "Chattahoochee-Oconee;Cherokee:TN;Daniel Boone:KY;George Washington and Jefferson:VA, WV, KY;Kisatchie:LA;"
        "Ouachita:AR, OK;Ozark-St. Francis:AR;National Forests in Alabama:AL;National Forests in Florida:FL;"
        "National Forests in Mississippi:MS;National Forests in North Carolina:NC;National Forests in Texas:TX;"
        "Francis Marion and Sumter:SC;El Yunque:PR;Land Between the Lakes:KY, TN",
    ),
    "R9 - Eastern": (
        "WI",
        "Allegheny:PA;Chequamegon-Nicolet;Chippewa:MN;Green Mountain and Finger Lakes:VT, NY;Hiawatha:MI;Hoosier:IN;"
        "Huron-Manistee:MI;Mark Twain:MO;Monongahela:WV;Ottawa:MI;Shawnee:IL;Superior:MN;Wayne:OH;"
        "White Mountain:NH, ME",
    ),
    "R10 - Alaska": ("AK", "Chugach;Tongass"),
}
_NV_ACTIVITIES = {"Hiking/Walking": 40, "Viewing Natural Features": 25, "Downhill Skiing": 10, "Fishing": 8}
_NV_ACTIVITIES |= {"Hunting": 8, "Relaxing": 5, "Driving for Pleasure": 4}
_NV_YEARS = {1: (2000, 2003), 2: (2005, 2009), 3: (2010, 2014), 4: (2015, 2019)}


def _nv_name(name: str) -> str:
    if name.startswith("National Forests") or name.endswith(("Grasslands", "Unit", "Lakes")):
        return name
    return f"{name} National Forest" + ("s" if " and " in name else "")


def _nvum_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22906)
    rows = []
    for region, (home, names) in _NV_REGIONS.items():
        scale = {"R5 - Pacific Southwest": 1.6, "R10 - Alaska": 0.7, "R8 - Southern": 0.8}.get(region, 1.0)
        for entry in names.split(";"):
            name, _sep, states = entry.partition(":")
            size = rng.lognormal(np.log(1.4e6 * scale), 0.8)
            wilderness = rng.random() > 0.15
            activity = _one(rng, list(_NV_ACTIVITIES), list(_NV_ACTIVITIES.values()))
            overnight_base = float(rng.uniform(5, 30))
            for rnd, (y0, y1) in _NV_YEARS.items():
                if rng.random() < 0.08:
                    continue
                visits = int(size * rng.lognormal(0.05 * (rnd - 2), 0.18) // 1000 * 1000)
                overnight = float(np.clip(overnight_base + rng.normal(0, 4), 1, 60))
                duration = 3 + 0.45 * overnight + rng.normal(0, 2.5)
                rows.append(
                    {
                        "Forest Name": _nv_name(name),
                        "Region": region,
                        "State(s)": states or home,
                        "Round": rnd,
                        "Survey Year": int(rng.integers(y0, y1 + 1)),
                        "Site Visits": f"{int(visits * rng.uniform(1.1, 1.5)):,}",
                        "National Forest Visits": f"{visits:,}",
                        "Wilderness Visits": f"{int(visits * rng.uniform(0.01, 0.12)):,}" if wilderness else "N/A",
                        "% Visits Day Use": round(100 - overnight - rng.uniform(0, 5), 1),
                        "Avg Visit Duration (hours)": round(max(duration, 1.5), 1),
                        "% Overnight": round(overnight, 1),
                        "Top Activity": activity if rng.random() < 0.8 else _one(rng, list(_NV_ACTIVITIES)),
                        "Satisfaction Index": round(
                            float(np.clip(rng.normal(84 + (3 if region == "R10 - Alaska" else 0), 4), 60, 99)), 1
                        ),
                    }
                )
    return pd.DataFrame(rows)


def _nv_round(df: pd.DataFrame, rnd: int) -> pd.DataFrame:
    return df[df["Round"] == rnd]


_NV_QS = [
    Q(
        "which forest had the most visitors in round 4",
        _lead(
            _named(
                lambda df: str(
                    _nv_round(df, 4).set_index("Forest Name").pipe(lambda x: _num(x, "National Forest Visits")).idxmax()
                )
            )
        ),
        ("Forest Name", "National Forest Visits", "Round"),
    ),
    Q(
        "total visits across all forests in round 3?",
        _scaled(lambda df: float(_num(_nv_round(df, 3), "National Forest Visits").sum()), _BIG),
        ("National Forest Visits", "Round"),
    ),
    Q(
        "which region has the happiest visitors on average",
        _lead(_named(lambda df: _top(df.groupby("Region")["Satisfaction Index"].mean()))),
        ("Region", "Satisfaction Index"),
    ),
    Q(
        "most common top activity?",
        _lead(_named(lambda df: _top(df.groupby("Top Activity").size()))),
        ("Top Activity",),
    ),
    Q(
        "do longer visits go with more overnight stays? correlation",
        _corr(lambda df: df["Avg Visit Duration (hours)"], lambda df: df["% Overnight"]),
        ("Avg Visit Duration (hours)", "% Overnight"),
    ),
    Q(
        "how many forests have no wilderness numbers",
        either(
            _count(lambda df: int(df.loc[_num(df, "Wilderness Visits").isna(), "Forest Name"].nunique())),
            _count(lambda df: int(_num(df, "Wilderness Visits").isna().sum())),
        ),
        ("Wilderness Visits", "Forest Name"),
    ),
]


# --- 7. Sonos listening history ------------------------------------------------------------------------------------

_SN_ROOMS = {"Kitchen": ("One", 30), "Living Room": ("Arc", 28), "Bedroom": ("Era 100", 16)}
_SN_ROOMS |= {"Office": ("Five", 18), "Patio": ("Move", 8)}
_SN_MUSIC = {
    "Phoebe Bridgers": ("Punisher", "Kyoto;Motion Sickness;Garden Song;I Know the End"),
    "Khruangbin": ("Mordechai", "Time (You and I);So We Won't Forget;Pelota"),
    "Taylor Swift": ("Midnights", "Anti-Hero;Lavender Haze;Karma;Snow On The Beach"),
    "Bon Iver": ("22, A Million", "22 (OVER S∞∞N);8 (circle);715 - CRΣΣKS"),
    "Fleetwood Mac": ("Rumours", "Dreams;The Chain;Go Your Own Way"),
    "Kendrick Lamar": ("DAMN.", "HUMBLE.;DNA.;LOVE."),
    "Norah Jones": ("Come Away With Me", "Don't Know Why;Come Away With Me;Sunrise"),
    "Tame Impala": ("Currents", "The Less I Know The Better;Let It Happen;Eventually"),
    "Miles Davis": ("Kind of Blue", "So What;Blue in Green;All Blues"),
    "Beyoncé": ("Renaissance", "CUFF IT;BREAK MY SOUL;ALIEN SUPERSTAR"),
    "Vampire Weekend": ("Father of the Bride", "Harmony Hall;This Life;Sunflower"),
}
_SN_ARTIST_W = [14, 9, 12, 6, 8, 7, 7, 9, 5, 6, 5]
# Saturdays busiest, then Sundays and Fridays
_SN_DAY_W = np.array([[1.0, 0.9, 0.95, 1.0, 1.25, 1.7, 1.4][d % 7] for d in range(182)])
_SN_DAY_W = _SN_DAY_W / _SN_DAY_W.sum()
_SN_DAYS = {d: (f"{d}s",) for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}


def _sonos_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22907)
    start = pd.Timestamp("2024-01-01")
    rows = []
    for _ in range(1800):
        day = start + pd.Timedelta(days=int(rng.choice(182, p=_SN_DAY_W)))
        weekend = day.dayofweek >= 5
        hour = int(_one(rng, list(range(6, 24)), [3, 6, 5, 3, 3, 3, 4, 3, 3, 3, 4, 6, 8, 7, 6, 5, 3, 1]))
        t = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        room = _one(
            rng, list(_SN_ROOMS), [v[1] * (1.6 if r == "Patio" and day.month >= 4 else 1) for r, v in _SN_ROOMS.items()]
        )
        source = _one(
            rng,
            ["Spotify", "Apple Music", "Sonos Radio", "TV", "Line-In", "AirPlay"],
            [48, 12, 10, 14 if room == "Living Room" else 1, 4 if room == "Office" else 0.5, 10],
        )
        artist = track = album = ""
        if source in ("TV", "Line-In"):
            secs = int(rng.gamma(2.5, 1300))
        else:
            artist = _one(rng, list(_SN_MUSIC), _SN_ARTIST_W)
            album, songs = _SN_MUSIC[artist]
            track = _one(rng, songs.split(";"))
            secs = int(rng.gamma(1.6, 900 * (1.5 if weekend else 1)))
        secs = max(secs, 30)
        group = ""
        if room in ("Kitchen", "Living Room") and rng.random() < 0.25:
            group = "Kitchen + Living Room"
        elif room == "Patio" and rng.random() < 0.3:
            group = "Patio + Kitchen"
        volume = int(np.clip(rng.normal({"Patio": 48, "Bedroom": 22, "Living Room": 35}.get(room, 30), 8), 5, 90))
        rows.append(
            {
                "Start Time": f"{t:%Y-%m-%d %H:%M:%S}",
                "Room": room,
                "Group": group,
                "Source": source,
                "Artist": artist,
                "Track": track,
                "Album": album,
                "Duration": f"{secs // 60}:{secs % 60:02d}",
                "Volume": volume,
                "Speaker Model": _SN_ROOMS[room][0],
            }
        )
    return pd.DataFrame(rows).sort_values("Start Time", kind="stable")


def _sn_secs(df: pd.DataFrame) -> pd.Series:
    parts = df["Duration"].astype(str).str.split(":", expand=True).astype(int)
    return parts[0] * 60 + parts[1]


def _sn_day(df: pd.DataFrame) -> str:
    days = pd.to_datetime(df["Start Time"]).dt.day_name()
    return _top(df.groupby(days).size())


_SN_QS = [
    Q(
        "how many hours of listening in total",
        either(
            _about(lambda df: float(_sn_secs(df).sum() / 3600)),
            _scaled(lambda df: float(_sn_secs(df).sum() / 60), _BIG),
        ),
        ("Duration",),
    ),
    Q(
        "which room do we use the most",
        either(
            _lead(_named(lambda df: _top(df.groupby("Room").size()))),
            _lead(_named(lambda df: _top(_sn_secs(df).groupby(df["Room"]).sum()))),
        ),
        ("Room", "Duration"),
    ),
    Q(
        "top 5 artists",
        either(
            _top_named(lambda df: _ranking(df[~_blank(df["Artist"])].groupby("Artist").size()), 5),
            _top_named(lambda df: _ranking(_sn_secs(df).groupby(df["Artist"]).sum()), 5),
        ),
        ("Artist", "Duration"),
    ),
    Q(
        "is the volume higher on the patio than the bedroom? averages",
        _about(lambda df: df.groupby("Room")["Volume"].mean()[["Patio", "Bedroom"]].to_numpy()),
        ("Volume", "Room"),
    ),
    Q(
        "what percent of sessions were grouped with another room",
        _share(lambda df: float((~_blank(df["Group"])).mean())),
        ("Group",),
    ),
    Q("which day of the week do we listen most", _lead(_named(_sn_day, _SN_DAYS)), ("Start Time",)),
]


HELDOUT229: list[Dataset] = [
    Dataset("resy_reservation_history", _resy_frame, _RS_QS),
    Dataset("august_lock_activity", _august_frame, _AU_QS),
    Dataset("leetcode_submissions", _leetcode_frame, _LC_QS),
    Dataset("cooper_hewitt_objects", _cooper_frame, _CH_QS),
    Dataset("lead_service_line_inventory", _lead_lines_frame, _LS_QS),
    Dataset("usfs_nvum_results", _nvum_frame, _NV_QS),
    Dataset("sonos_listening_history", _sonos_frame, _SN_QS),
]
