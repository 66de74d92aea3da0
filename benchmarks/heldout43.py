"""HELDOUT43: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the
football-data.co.uk English Premier League season files (E0.csv) for 2018-19 to 2021-22 put one after the other
(1520 matches), with Div "E0", dates written "13/08/2021" but "10/08/18" in the 2018-19 rows, a kick-off Time only
from 2019-20 on, club names such as "Man City" and "Sheffield United", full-time and half-time goals and results
(H / D / A), Referee as "M Oliver", shots, shots on target, fouls, corners and cards for each side, 1X2 odds of six
bookmakers (Interwetten's blank for a few 2021-22 matches) with their Max and Avg and the "B365>2.5" / "B365<2.5"
over-under odds, 2019-20 running into July 2020 and 2020-21, played without fans, losing its home advantage; Kaggle's
Glassdoor data science job postings (Uncleaned_DS_jobs.csv, 672 postings) with its "index" column, titles such as
"Sr. Data Scientist", a "Salary Estimate" like "$137K-$171K (Glassdoor est.)" shared by many postings (some
"(Employer est.)"), long multi-line job descriptions naming skills (Python sometimes written "python"), a Rating of
-1 for unrated companies, "Company Name" with the rating glued on after a line break ("Klaviyo\\n4.8", the bare name
when unrated), Location as "Boston, MA" but also "Remote", "United States" or a bare state name, Headquarters, Size
as "1001 to 5000 employees", Founded, Type of ownership, Industry, Sector and Revenue as "$1 to $2 billion (USD)",
with "-1" wherever Glassdoor knew nothing, and Competitors mostly "-1"; Kaggle's Netflix Userbase (Netflix
Userbase.csv, 2500 users) with User ID, Basic / Standard / Premium plans, a 10-15 Monthly Revenue, Join Date and
Last Payment Date written day first with a two-digit year ("15-01-22", "05-09-21"), ten countries, Age, Gender,
Device and a constant "1 Month" Plan Duration; TidyTuesday's IKEA furniture file (ikea.csv, 3694 rows) with its
unnamed row-number first column, item_id (one item listed under several categories), upper-case names,
category, price in Saudi riyals, old_price as "SR 1,345", "SR 50/4 pieces" or "No old price", TRUE / FALSE
sellable_online, the product link, Yes / No other_colors, a short_description sometimes padded with a run of spaces,
designers joined by "/" ("IKEA of Sweden/Ehlén Johansson") and depth, height and width in cm with many blanks;
Kaggle's flight price prediction file (Clean_Dataset.csv, a sample of 5000 of its rows) with its unnamed index
column, airlines written "Air_India" and "GO_FIRST", flight codes such as "UK-995", six cities, "Early_Morning"
style departure and arrival times, stops as "zero" / "one" / "two_or_more", Economy / Business class (Business only
on Vistara and Air India), duration in decimal hours, days_left from 1 to 49 and price in rupees; The Ramen Rater's
reviews (ramen-ratings.csv, 2580 reviews, newest first) with Review #, Brand, Variety, Pack / Bowl / Cup / Tray
styles (a few Box, Can and Bar, two blank), Country with both "USA" and "United States", "Holland" beside
"Netherlands" and "Sarawak", Stars as text in quarter points written "5", "5.0" or "5.00", with "Unrated" and
two-part scores such as "3.5/2.5", and a "Top Ten" of "2016 #10" style entries, mostly blank and three holding a
line break; and the Stanford Open Policing Project's Rhode Island stops (police.csv, a sample of 5000 from 2005 to
2015) with state "RI", ISO stop_date, "01:55" stop_time, an empty county_name, M / F driver_gender and driver_race
(blank with the violation, outcome, arrest and duration for about 6% of stops), violation_raw and violation,
True / False search_conducted, comma-joined search_type such as "Incident to Arrest,Protective Frisk",
stop_outcome, is_arrested, stop_duration as "0-15 Min" / "16-30 Min" / "30+ Min" (and one "1" and one "2"),
drugs_related_stop and district as "Zone X4". All are generated with a fixed seed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month, _table
from .heldout39 import _clock
from .heldout40 import _top_named
from .heldout41 import _deal
from .heldout42 import _ranked, _unique
from .offline_eval import Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _truth(s: pd.Series) -> pd.Series:
    """A True / False column read back from CSV (bools, "TRUE", "false" or blanks) as 1.0 / 0.0, blanks as NaN."""
    words = _text(s.astype("object").map(lambda x: x if pd.isna(x) else str(x))).str.lower()
    return words.map({"true": 1.0, "false": 0.0})


def _top(counts: pd.Series) -> str:
    """The label of the largest count or score (ties in label order)."""
    return str(_ranked(counts).index[0])


# --- 1. Premier League results (football-data.co.uk E0.csv, four seasons) ------------------------------------------

# club: strength on a log-goals scale
_PL_CLUBS = {"Man City": 0.62, "Liverpool": 0.55, "Chelsea": 0.33, "Tottenham": 0.28, "Man United": 0.27}
_PL_CLUBS |= {"Arsenal": 0.22, "Leicester": 0.14, "Wolves": 0.05, "Everton": 0.02, "West Ham": 0.01}
_PL_CLUBS |= {"Leeds": -0.02, "Aston Villa": -0.04, "Crystal Palace": -0.1, "Brighton": -0.1, "Newcastle": -0.13}
_PL_CLUBS |= {"Southampton": -0.14, "Brentford": -0.12, "Burnley": -0.17, "Bournemouth": -0.16, "Watford": -0.24}
_PL_CLUBS |= {"Sheffield United": -0.22, "Fulham": -0.3, "West Brom": -0.33, "Cardiff": -0.36, "Norwich": -0.42}
_PL_CLUBS |= {"Huddersfield": -0.5}
# the fifteen clubs in the league all four seasons
_PL_STAYED = _split(
    "Arsenal;Brighton;Burnley;Chelsea;Crystal Palace;Everton;Leicester;Liverpool;Man City;Man United;Newcastle;"
    "Southampton;Tottenham;West Ham;Wolves"
)
# season: first and last match day, the other five clubs, home and away goals a game, a break ("from|to") or ""
_PL_SEASONS: dict[str, tuple[str, str, str, float, float, str]] = {
    "2018-19": ("2018-08-10", "2019-05-12", "Bournemouth;Cardiff;Fulham;Huddersfield;Watford", 1.44, 1.13, ""),
    "2019-20": (
        "2019-08-09",
        "2020-07-26",
        "Aston Villa;Bournemouth;Norwich;Sheffield United;Watford",
        1.43,
        1.11,
        "2020-03-10|2020-06-16",
    ),
    "2020-21": ("2020-09-12", "2021-05-23", "Aston Villa;Fulham;Leeds;Sheffield United;West Brom", 1.25, 1.27, ""),
    "2021-22": ("2021-08-13", "2022-05-22", "Aston Villa;Brentford;Leeds;Norwich;Watford", 1.41, 1.14, ""),
}
_PL_REFEREES = (
    "M Oliver:9;A Taylor:9;M Atkinson:8;C Pawson:8;P Tierney:8;M Dean:8;A Marriner:7;J Moss:7;K Friend:7;S Attwell:6;"
    "D Coote:6;G Scott:5;C Kavanagh:5;A Madley:4;S Hooper:4;L Mason:3;R Jones:3;D England:2;J Gillett:2;P Bankes:2;"
    "R East:1;T Robinson:1;J Brooks:0.5;T Harrington:0.3;D Bond:0.3;S Scott:0.2;L Probert:0.3;R Madley:1"
)
# bookmaker: margin
_PL_BOOKS = {"B365": 0.05, "BW": 0.06, "IW": 0.07, "PS": 0.025, "WH": 0.06, "VC": 0.05}
_PL_KICKOFF = {-1: "20:00:1", 0: "12:30:25;15:00:50;17:30:25", 1: "14:00:45;16:30:45;12:00:10", 2: "20:00:1"}
_PL_MIDWEEK = {0: "19:45:50;20:00:30;18:00:20", 1: "19:45:40;20:00:40;20:15:20"}


def _pl_rounds(clubs: list[str]) -> list[list[tuple[str, str]]]:
    """A double round robin by the circle method: 38 rounds of ten (home, away) games."""
    n = len(clubs)
    rest = clubs[1:]
    rounds = []
    for r in range(n - 1):
        line = [clubs[0], *rest]
        games = []
        for i in range(n // 2):
            a, b = line[i], line[n - 1 - i]
            games.append((a, b) if (r + i) % 2 == 0 else (b, a))
        rounds.append(games)
        rest = rest[-1:] + rest[:-1]
    return rounds + [[(b, a) for a, b in games] for games in rounds]


def _pl_round_days(first: str, last: str, pause: str) -> list[pd.Timestamp]:
    """38 round days: Saturdays spread over the season, with Tuesdays around new year when Saturdays run short."""
    days = list(pd.date_range(first, last, freq="W-SAT"))
    if pause:
        lo, hi = (pd.Timestamp(x) for x in pause.split("|"))
        days = [t for t in days if not lo <= t <= hi]
    extra = [t for t in pd.date_range(first, last, freq="W-TUE") if t.month in (12, 1, 7)]
    days = sorted(days + extra[: max(0, 38 - len(days)) + 2])
    picks = np.round(np.linspace(0, len(days) - 1, 38)).astype(int)
    return [days[int(i)] for i in picks]


def _pl_poisson(mean: float) -> list[float]:
    return [math.exp(-mean) * mean**k / math.factorial(k) for k in range(12)]


def _pl_chances(home: float, away: float) -> tuple[float, float, float, float]:
    """Chances of a home win, a draw, an away win and more than 2.5 goals for two Poisson scorers."""
    ph, pa = _pl_poisson(home), _pl_poisson(away)
    cells = [(i, j, ph[i] * pa[j]) for i in range(12) for j in range(12)]
    total = sum(p for _i, _j, p in cells)
    win = sum(p for i, j, p in cells if i > j) / total
    draw = sum(p for i, j, p in cells if i == j) / total
    over = sum(p for i, j, p in cells if i + j > 2) / total
    return win, draw, 1 - win - draw, over


def _pl_result(home: int, away: int) -> str:
    return "H" if home > away else "A" if away > home else "D"


def _premier_league_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4301)
    rows: list[dict[str, Any]] = []
    for season, (first, last, others, home_goals, away_goals, pause) in _PL_SEASONS.items():
        clubs = [*_PL_STAYED, *_split(others)]
        clubs = [clubs[int(i)] for i in rng.permutation(len(clubs))]
        rounds = _pl_rounds(clubs)
        order = [*rng.permutation(19), *(19 + rng.permutation(19))]
        days = _pl_round_days(first, last, pause)
        for k, r in enumerate(order):
            for home, away in rounds[int(r)]:
                day = days[k]
                if k == 37:
                    day, kickoff = pd.Timestamp(last), "16:00"
                elif day.dayofweek == 1:
                    shift = int(_one(rng, [0, 1], [55, 45]))
                    day, kickoff = day + pd.Timedelta(days=shift), _draw(rng, _PL_MIDWEEK[shift])
                else:
                    shift = int(_one(rng, [-1, 0, 1, 2], [6, 58, 30, 6]))
                    shift = max(shift, 0) if k == 0 and day - pd.Timedelta(days=1) < pd.Timestamp(first) else shift
                    day, kickoff = day + pd.Timedelta(days=shift), _draw(rng, _PL_KICKOFF[shift])
                gap = _PL_CLUBS[home] - _PL_CLUBS[away]
                mean_h, mean_a = home_goals * math.exp(0.95 * gap), away_goals * math.exp(-0.95 * gap)
                fthg, ftag = int(rng.poisson(mean_h)), int(rng.poisson(mean_a))
                hthg, htag = int(rng.binomial(fthg, 0.44)), int(rng.binomial(ftag, 0.44))
                hs = fthg + int(rng.poisson(11.8 * math.exp(0.5 * gap)))
                shots_a = ftag + int(rng.poisson(9.6 * math.exp(-0.5 * gap)))
                hst = fthg + int(rng.binomial(hs - fthg, 0.29))
                ast = ftag + int(rng.binomial(shots_a - ftag, 0.28))
                seen = _pl_chances(mean_h * float(rng.lognormal(0, 0.08)), mean_a * float(rng.lognormal(0, 0.08)))
                row: dict[str, Any] = {
                    "Div": "E0",
                    "Date": f"{day:%d/%m/%y}" if season == "2018-19" else f"{day:%d/%m/%Y}",
                    "Time": None if season == "2018-19" else kickoff,
                    "HomeTeam": home,
                    "AwayTeam": away,
                    "FTHG": fthg,
                    "FTAG": ftag,
                    "FTR": _pl_result(fthg, ftag),
                    "HTHG": hthg,
                    "HTAG": htag,
                    "HTR": _pl_result(hthg, htag),
                    "Referee": _draw(rng, _PL_REFEREES),
                    "HS": hs,
                    "AS": shots_a,
                    "HST": hst,
                    "AST": ast,
                    "HF": int(rng.poisson(10.3)),
                    "AF": int(rng.poisson(10.7)),
                    "HC": int(rng.poisson(5.6 * math.exp(0.4 * gap))),
                    "AC": int(rng.poisson(4.5 * math.exp(-0.4 * gap))),
                    "HY": int(rng.poisson(1.55)),
                    "AY": int(rng.poisson(1.75)),
                    "HR": int(rng.poisson(0.045)),
                    "AR": int(rng.poisson(0.055)),
                }
                for book, margin in _PL_BOOKS.items():
                    for side, p in zip("HDA", seen[:3], strict=True):
                        row[f"{book}{side}"] = round(1 / (p * (1 + margin) * float(rng.lognormal(0, 0.025))), 2)
                for how, pick in (("Max", max), ("Avg", lambda q: round(float(np.mean(q)), 2))):
                    for side in "HDA":
                        row[f"{how}{side}"] = pick([row[f"{b}{side}"] for b in _PL_BOOKS])
                row["B365>2.5"] = round(1 / (seen[3] * 1.05), 2)
                row["B365<2.5"] = round(1 / ((1 - seen[3]) * 1.05), 2)
                row["_day"], row["_time"] = day, kickoff
                rows.append(row)
    frame = pd.DataFrame(rows).sort_values(["_day", "_time", "HomeTeam"], kind="stable", ignore_index=True)
    for i in rng.choice(np.flatnonzero(frame["_day"] > pd.Timestamp("2021-08-01")), 14, replace=False):
        frame.loc[int(i), ["IWH", "IWD", "IWA"]] = None
    return frame.drop(columns=["_day", "_time"])


def _pl_days(d: pd.DataFrame) -> pd.Series:
    """Match days from "13/08/2021" and "10/08/18"."""
    parts = _text(d["Date"]).str.split("/", expand=True).astype(int)
    year = parts[2].where(parts[2] > 100, parts[2] + 2000)
    return pd.to_datetime(pd.DataFrame({"year": year, "month": parts[1], "day": parts[0]}))


def _pl_season(d: pd.DataFrame) -> pd.Series:
    """The year a season started in (seasons start in August or September; 2019-20 ran into July 2020)."""
    days = _pl_days(d)
    return days.dt.year - (days.dt.month < 8).astype(int)


def _pl_goals(d: pd.DataFrame) -> pd.Series:
    return d["FTHG"] + d["FTAG"]


def _pl_scored(d: pd.DataFrame) -> pd.Series:
    home = d.groupby(_text(d["HomeTeam"]))["FTHG"].sum()
    away = d.groupby(_text(d["AwayTeam"]))["FTAG"].sum()
    return home.add(away, fill_value=0)


def _pl_home_wins(season: int | None) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        rows = d if season is None else d[_pl_season(d) == season]
        return float((_text(rows["FTR"]) == "H").mean())

    return rate


_PL_NAMES = {"Man City": ("Manchester City",), "Man United": ("Manchester United", "Man Utd")}
_PL_ID = ("Date", "HomeTeam", "AwayTeam")
_PREMIER_LEAGUE_QS = [
    Q(
        "how many goals were scored in total across all the seasons, and what's the average per game?",
        both(_count(lambda d: float(_pl_goals(d).sum())), _about(lambda d: float(_pl_goals(d).mean()), rel=0.002)),
        (*_PL_ID, "FTHG", "FTAG"),
    ),
    Q(
        "plot avg goals per game for each season",
        _about(lambda d: _pl_goals(d).groupby(_pl_season(d)).mean().to_numpy(), rel=0.002),
        (*_PL_ID, "FTHG", "FTAG"),
    ),
    Q(
        "what percentage of matches were home wins?",
        _share(_pl_home_wins(None)),
        (*_PL_ID, "FTR", "FTHG", "FTAG"),
    ),
    Q(
        "and in the 2020/21 season, when there were no fans?",
        _share(_pl_home_wins(2020)),
        (*_PL_ID, "FTR", "FTHG", "FTAG"),
    ),
    Q(
        "which team scored the most goals overall?",
        _lead(_named(lambda d: _top(_pl_scored(d)), _PL_NAMES)),
        (*_PL_ID, "FTHG", "FTAG"),
    ),
    Q(
        "is there a correlation between home shots on target and home goals?",
        _corr(lambda d: d["HST"], lambda d: d["FTHG"]),
        (*_PL_ID, "HST", "FTHG", "HS"),
    ),
]


# --- 2. Glassdoor data science jobs (Kaggle "Data Science Job Posting on Glassdoor", Uncleaned_DS_jobs.csv) ----------

# the salary ranges Glassdoor showed, each shared by many postings
_GD_RANGES = _split(
    "$31K-$56K;$56K-$97K;$66K-$112K;$69K-$116K;$71K-$123K;$75K-$131K;$79K-$106K;$79K-$131K;$79K-$133K;$80K-$132K;"
    "$79K-$147K;$87K-$141K;$90K-$109K;$90K-$124K;$91K-$150K;$92K-$155K;$95K-$119K;$99K-$132K;$101K-$165K;"
    "$105K-$167K;$110K-$163K;$112K-$116K;$122K-$146K;$124K-$198K;$128K-$201K;$137K-$171K;$138K-$158K;"
    "$141K-$225K;$145K-$225K;$212K-$331K"
)
# title: postings, pay against a plain "Data Scientist"
_GD_TITLES = (
    "Data Scientist:300|1.0;Senior Data Scientist:46|1.2;Data Engineer:30|0.98;Machine Learning Engineer:26|1.1;"
    "Data Analyst:22|0.7;Sr. Data Scientist:15|1.2;Lead Data Scientist:12|1.3;Principal Data Scientist:10|1.42;"
    "Staff Data Scientist:6|1.35;Data Science Manager:10|1.38;Director of Data Science:6|1.6;"
    "Research Scientist:15|1.05;Senior Data Engineer:10|1.15;Data Scientist II:8|1.08;Associate Data Scientist:8|0.82;"
    "Jr. Data Scientist:4|0.7;Data Scientist - Machine Learning:6|1.05;Senior Machine Learning Engineer:6|1.25;"
    "Applied Scientist:6|1.15;Quantitative Analyst:4|1.0;Chief Data Scientist:2|1.7;Data Modeler:3|0.9;"
    "Scientist - Bioinformatics:5|0.95;Computational Biologist:4|0.95;Medical Data Analyst:2|0.72"
)
# industry: sector
_GD_SECTORS = {
    "Biotech & Pharmaceuticals": "Biotech & Pharmaceuticals",
    "IT Services": "Information Technology",
    "Computer Hardware & Software": "Information Technology",
    "Enterprise Software & Network Solutions": "Information Technology",
    "Internet": "Information Technology",
    "Aerospace & Defense": "Aerospace & Defense",
    "Consulting": "Business Services",
    "Staffing & Outsourcing": "Business Services",
    "Research & Development": "Business Services",
    "Advertising & Marketing": "Business Services",
    "Insurance Carriers": "Insurance",
    "Investment Banking & Asset Management": "Finance",
    "Lending": "Finance",
    "Health Care Services & Hospitals": "Health Care",
    "Federal Agencies": "Government",
    "Colleges & Universities": "Education",
    "Consumer Products Manufacturing": "Manufacturing",
    "Video Games": "Media",
    "Department, Clothing, & Shoe Stores": "Retail",
}
_GD_INDUSTRIES = (
    "IT Services:14;Biotech & Pharmaceuticals:16;Computer Hardware & Software:11;Aerospace & Defense:7;"
    "Enterprise Software & Network Solutions:7;Consulting:6;Staffing & Outsourcing:5;Insurance Carriers:4;"
    "Internet:5;Health Care Services & Hospitals:4;Research & Development:5;Investment Banking & Asset Management:2;"
    "Advertising & Marketing:3;Federal Agencies:2;Lending:1.5;Colleges & Universities:1.5;"
    "Consumer Products Manufacturing:1.5;Video Games:1;Department, Clothing, & Shoe Stores:1"
)
# size: revenue ranges ("|" between options)
_GD_SIZES = {
    "1 to 50 employees": "Less than $1 million (USD)|$1 to $5 million (USD)|Unknown / Non-Applicable",
    "51 to 200 employees": "$1 to $5 million (USD)|$5 to $10 million (USD)|$10 to $25 million (USD)|"
    "Unknown / Non-Applicable",
    "201 to 500 employees": "$10 to $25 million (USD)|$25 to $50 million (USD)|$50 to $100 million (USD)|"
    "Unknown / Non-Applicable",
    "501 to 1000 employees": "$50 to $100 million (USD)|$100 to $500 million (USD)|Unknown / Non-Applicable",
    "1001 to 5000 employees": "$100 to $500 million (USD)|$500 million to $1 billion (USD)|$1 to $2 billion (USD)|"
    "Unknown / Non-Applicable",
    "5001 to 10000 employees": "$1 to $2 billion (USD)|$2 to $5 billion (USD)|$5 to $10 billion (USD)",
    "10000+ employees": "$5 to $10 billion (USD)|$10+ billion (USD)|$10+ billion (USD)",
    "Unknown": "Unknown / Non-Applicable",
}
_GD_SIZE_WEIGHTS = (
    "1 to 50 employees:12;51 to 200 employees:19;201 to 500 employees:12;501 to 1000 employees:11;"
    "1001 to 5000 employees:16;5001 to 10000 employees:9;10000+ employees:19;Unknown:2"
)
_GD_OWNERSHIP = (
    "Company - Private:53;Company - Public:25;Nonprofit Organization:5;Subsidiary or Business Segment:5;"
    "Government:2;College / University:2;Other Organization:1;Private Practice / Firm:1;Hospital:1;Contract:0.5;"
    "Unknown:0.5"
)
# state: postings, cities, pay against the rest of the country
_GD_STATES = (
    "CA|165|San Francisco;San Francisco;San Jose;South San Francisco;Mountain View;Palo Alto;Sunnyvale;"
    "Redwood City;Santa Clara;Los Angeles;San Diego;Emeryville;Menlo Park;Berkeley|1.14,"
    "MA|62|Boston;Boston;Cambridge;Cambridge;Waltham;Lexington;Bedford|1.06,"
    "NY|52|New York;New York;New York;Brooklyn;Rochester|1.1,"
    "VA|41|Herndon;McLean;Arlington;Reston;Chantilly;Alexandria|1.0,"
    "MD|35|Columbia;Baltimore;Gaithersburg;Rockville;Annapolis Junction;Laurel;Bethesda|0.98,"
    "IL|30|Chicago;Chicago;Chicago;Evanston;Naperville|0.97,"
    "PA|26|Philadelphia;Pittsburgh;King of Prussia;Malvern|0.95,"
    "WA|21|Seattle;Seattle;Redmond;Bellevue|1.08,"
    "NC|21|Durham;Raleigh;Charlotte;Research Triangle Park|0.93,"
    "TX|17|Austin;Austin;Dallas;Houston;San Antonio|0.95,"
    "NJ|17|Princeton;Newark;Jersey City;Parsippany|1.0,"
    "FL|16|Tampa;Miami;Orlando;Jacksonville|0.9,"
    "OH|14|Columbus;Cincinnati;Cleveland|0.9,"
    "TN|13|Nashville;Memphis;Knoxville;Oak Ridge|0.88,"
    "DC|11|Washington|1.02,"
    "CO|11|Denver;Boulder;Aurora|0.97,"
    "WI|10|Madison;Milwaukee|0.9,"
    "UT|9|Salt Lake City;Lehi|0.92,"
    "AZ|9|Phoenix;Tempe;Scottsdale|0.92,"
    "MO|9|Saint Louis;Kansas City|0.9,"
    "AL|8|Huntsville;Birmingham|0.88,"
    "MI|6|Ann Arbor;Detroit|0.92,"
    "GA|6|Atlanta|0.95,"
    "IN|5|Indianapolis|0.88,"
    "CT|5|Hartford;Stamford|1.0,"
    "OR|4|Portland|0.96,"
    "NE|4|Omaha|0.85,"
    "LA|4|New Orleans|0.85,"
    "KS|3|Overland Park|0.86,"
    "NM|3|Albuquerque;Los Alamos|0.95,"
    "KY|3|Louisville|0.86,"
    "MN|3|Minneapolis|0.95,"
    "SC|2|Charleston|0.86,"
    "ID|2|Boise|0.88,"
    "DE|1|Wilmington|0.95,"
    "IA|1|Des Moines|0.85,"
    "RI|1|Providence|0.95"
)
# locations written without a city, as in the file
_GD_ODD_PLACES = "United States:11;Remote:5;Utah:2;New Jersey:2;Texas:1;California:1"
_GD_STATE_NAMES = {"CA": "California", "MA": "Massachusetts", "NY": "New York", "VA": "Virginia", "MD": "Maryland"}
_GD_STATE_NAMES |= {"IL": "Illinois", "WA": "Washington", "TX": "Texas", "NJ": "New Jersey", "UT": "Utah"}
# company: postings, rating, headquarters, size, founded, ownership, industry, locations, competitors
_GD_FIRMS = _split(
    "Hatch Data Inc|13|-1|-1|-1|-1|-1|-1|San Francisco, CA/Sunnyvale, CA/San Jose, CA|-1;"
    "Maxar Technologies|11|3.5|Westminster, CO|1001 to 5000 employees|2017|Company - Public|Aerospace & Defense|"
    "Herndon, VA/Westminster, CO/Saint Louis, MO|-1;"
    "Tempus Labs|10|3.3|Chicago, IL|501 to 1000 employees|2015|Company - Private|Biotech & Pharmaceuticals|"
    "Chicago, IL/New York, NY/Redwood City, CA|-1;"
    "AstraZeneca|9|4.0|Cambridge, United Kingdom|10000+ employees|1913|Company - Public|Biotech & Pharmaceuticals|"
    "Gaithersburg, MD/Boston, MA/South San Francisco, CA|GlaxoSmithKline, Novartis, Pfizer;"
    "Klaviyo|8|4.8|Boston, MA|201 to 500 employees|2012|Company - Private|Computer Hardware & Software|"
    "Boston, MA|Mailchimp, Sendinblue;"
    "Phoenix Operations Group|6|4.6|Columbia, MD|51 to 200 employees|2012|Company - Private|IT Services|"
    "Columbia, MD/Annapolis Junction, MD|-1;"
    "Novetta|6|4.2|McLean, VA|1001 to 5000 employees|2012|Company - Private|Enterprise Software & Network Solutions|"
    "McLean, VA/Herndon, VA|-1;"
    "Autodesk|5|4.0|San Rafael, CA|5001 to 10000 employees|1982|Company - Public|Computer Hardware & Software|"
    "San Francisco, CA/San Rafael, CA|Dassault Systemes, Siemens PLM Software;"
    "Booz Allen Hamilton|5|3.8|McLean, VA|10000+ employees|1914|Company - Public|Consulting|"
    "McLean, VA/Washington, DC/Annapolis Junction, MD|Accenture, Deloitte, Leidos;"
    "Facebook|4|4.4|Menlo Park, CA|10000+ employees|2004|Company - Public|Internet|Menlo Park, CA/New York, NY|"
    "Google, Microsoft, Twitter;"
    "Amazon|4|3.9|Seattle, WA|10000+ employees|1994|Company - Public|Internet|Seattle, WA|Google, Microsoft, Walmart;"
    "Leidos|4|3.6|Reston, VA|10000+ employees|1969|Company - Public|Aerospace & Defense|Reston, VA/Columbia, MD|"
    "Booz Allen Hamilton, SAIC;"
    "Johns Hopkins University Applied Physics Laboratory|4|4.2|Laurel, MD|5001 to 10000 employees|1942|"
    "Nonprofit Organization|Aerospace & Defense|Laurel, MD|-1;"
    "Genentech|3|4.1|South San Francisco, CA|10000+ employees|1976|Subsidiary or Business Segment|"
    "Biotech & Pharmaceuticals|South San Francisco, CA|Amgen, Biogen, Gilead Sciences;"
    "Liberty Mutual Insurance|3|3.6|Boston, MA|10000+ employees|1912|Company - Private|Insurance Carriers|"
    "Boston, MA|Allstate, Progressive, Travelers;"
    "MassMutual|3|3.6|Springfield, MA|5001 to 10000 employees|1851|Company - Private|Insurance Carriers|"
    "Boston, MA|New York Life, Northwestern Mutual;"
    "Los Alamos National Laboratory|3|4.1|Los Alamos, NM|5001 to 10000 employees|1943|Government|Federal Agencies|"
    "Los Alamos, NM|-1;"
    "Capital One|3|4.0|McLean, VA|10000+ employees|1994|Company - Public|Lending|McLean, VA/New York, NY|"
    "Chase, American Express, Discover;"
    "Moderna|2|3.7|Cambridge, MA|501 to 1000 employees|2010|Company - Public|Biotech & Pharmaceuticals|"
    "Cambridge, MA|-1;"
    "IBM|2|3.9|Armonk, NY|10000+ employees|1911|Company - Public|IT Services|New York, NY/Austin, TX|"
    "Amazon, Accenture, Microsoft"
)
_GD_ADJ = _split(
    "Blue;North;Bright;Clear;Next;True;Deep;Open;Quant;Cyber;Bio;Health;Signal;Vector;Apex;Summit;Insight;Pioneer;"
    "Cobalt;Lumen;Arbor;Beacon;Cedar;Delta;Ember;Falcon;Granite;Harbor;Iris;Juniper;Keystone;Meridian;Nova;Orbit;"
    "Prism;Quartz;Redwood;Sterling;Tidal;Vertex;Willow;Zenith;Atlas;Boreal;Crescent;Evergreen"
)
_GD_NOUN = _split(
    "Path;Point;Logic;Metrics;Labs;Analytics;Systems;Works;Sciences;AI;Data;Health;Solutions;Technologies;Robotics;"
    "Genomics;Therapeutics;Networks;Software;Dynamics;Insights;Intelligence;Biosciences;Partners"
)
_GD_TAIL = ":4;:3; Inc:3;, Inc.:2;, LLC:2; Corporation:1; Group:1"
_GD_SKILLS = "Python:78;SQL:55;R:40;Spark:22;AWS:20;Tableau:16;Hadoop:13;Excel:18;TensorFlow:10;Scala:7;Java:12"
_GD_DUTIES = _split(
    "Build predictive models on large structured and unstructured data sets;"
    "Design and run experiments and communicate the results to stakeholders;"
    "Develop machine learning pipelines and deploy models into production;"
    "Work with engineering and product teams to define metrics and data requirements;"
    "Clean, transform and explore data from many internal and external sources;"
    "Present findings to leadership in clear visualizations and written reports;"
    "Mentor junior members of the team and review their analyses"
)
_GD_DEGREES = _split(
    "PhD in Statistics, Computer Science, Physics or a related quantitative field;"
    "MS or PhD in a quantitative discipline;"
    "Bachelor's degree in Computer Science, Mathematics or Engineering; Master's preferred;"
    "Advanced degree in Biology, Bioinformatics, Chemistry or a related field"
)


def _gd_states() -> dict[str, tuple[int, list[str], float]]:
    out = {}
    for item in _GD_STATES.split(","):
        code, n, cities, pay = item.split("|")
        out[code] = (int(n), _split(cities), float(pay))
    return out


def _gd_description(rng: np.random.Generator, title: str, firm: str) -> str:
    options, weights = _table(_GD_SKILLS)
    skills = [s for s, w in zip(options, weights, strict=True) if rng.random() < w / 100]
    if "Python" in skills and rng.random() < 0.1:
        skills[skills.index("Python")] = "python"
    duties = [_GD_DUTIES[int(i)] for i in sorted(rng.choice(len(_GD_DUTIES), 3, replace=False))]
    lines = [title, "", f"{firm} is looking for a {title} to join our growing team.", "", "Responsibilities:"]
    lines += [f"• {x}" for x in duties]
    lines += ["", "Qualifications:", f"• {_one(rng, _GD_DEGREES)}"]
    if skills:
        lines.append(f"• Hands-on experience with {', '.join(skills)}")
    lines.append(f"• {int(_one(rng, [2, 3, 5, 7], [35, 35, 20, 10]))}+ years of relevant experience")
    return "\n".join(lines)


def _gd_salary(rng: np.random.Generator, pay: float) -> str:
    mids = np.array([sum(int(x) for x in re.findall(r"\d+", r)) / 2 for r in _GD_RANGES])
    near = np.argsort(np.abs(mids - pay), kind="stable")[:3]
    pick = _GD_RANGES[int(near[int(_one(rng, [0, 1, 2], [60, 28, 12]))])]
    return f"{pick} ({_one(rng, ['Glassdoor est.', 'Employer est.'], [92, 8])})"


def _gd_firm(rng: np.random.Generator, used: set[str]) -> dict[str, Any]:
    """A company of the long tail, with its profile ("-1" everywhere when Glassdoor knows nothing of it)."""

    def make(r: np.random.Generator) -> str:
        return f"{_one(r, _GD_ADJ)}{_one(r, _GD_NOUN)}" + _draw(r, _GD_TAIL)

    name = _unique(rng, make, used)
    if rng.random() < 0.08:
        return {"name": name, "rating": -1.0, "hq": "-1", "size": "-1", "founded": -1, "own": "-1"} | {
            "industry": "-1",
            "revenue": "-1",
            "competitors": "-1",
        }
    size = _draw(rng, _GD_SIZE_WEIGHTS)
    young = size in ("1 to 50 employees", "51 to 200 employees", "201 to 500 employees")
    founded = int(rng.integers(2000, 2020)) if young else int(rng.integers(1900, 2012))
    return {
        "name": name,
        "rating": -1.0 if rng.random() < 0.02 else float(np.clip(round(rng.normal(3.85, 0.55), 1), 1.0, 5.0)),
        "hq": "",
        "size": size,
        "founded": -1 if rng.random() < 0.14 else founded,
        "own": _draw(rng, _GD_OWNERSHIP),
        "industry": "-1" if rng.random() < 0.06 else _draw(rng, _GD_INDUSTRIES),
        "revenue": str(_one(rng, _GD_SIZES[size].split("|"))),
        "competitors": "-1",
    }


def _glassdoor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4302)
    states = _gd_states()
    titles = [x.rsplit(":", 1) for x in _split(_GD_TITLES)]
    title_table = ";".join(f"{t}:{w.split('|')[0]}" for t, w in titles)
    pay_of = {t: float(w.split("|")[1]) for t, w in titles}
    posts: list[tuple[dict[str, Any], str]] = []
    used: set[str] = set()
    for line in _GD_FIRMS:
        name, n, stars, hq, size, founded, own, industry, offices, rivals = line.split("|")
        used.add(name)
        firm: dict[str, Any] = {"name": name, "rating": float(stars), "hq": hq, "size": size, "founded": int(founded)}
        firm |= {"own": own, "industry": industry, "competitors": rivals}
        firm["revenue"] = "-1" if size == "-1" else str(_one(rng, _GD_SIZES[size].split("|")))
        posts += [(firm, str(_one(rng, offices.split("/")))) for _ in range(int(n))]
    left = 672 - len(posts)
    spread = _deal(rng, ";".join(f"{c}:{v[0]}" for c, v in states.items()), left - 22)
    places = _deal(rng, _GD_ODD_PLACES, 22) + [f"{_one(rng, states[c][1])}, {c}" for c in spread]
    places = [places[int(i)] for i in rng.permutation(len(places))]
    while places:
        firm = _gd_firm(rng, used)
        k = min(len(places), int(_one(rng, [1, 2, 3, 4], [75, 17, 6, 2])))
        if firm["hq"] == "":
            home = places[-1] if re.search(r", [A-Z]{2}$", places[-1]) else f"{_one(rng, states['CA'][1])}, CA"
            other = str(_one(rng, ["CA", "NY", "MA", "VA", "IL", "TX", "WA"]))
            firm["hq"] = home if rng.random() < 0.7 else f"{_one(rng, states[other][1])}, {other}"
        posts += [(firm, places.pop()) for _ in range(k)]
    rows = []
    for i in rng.permutation(len(posts)):
        firm, place = posts[int(i)]
        title = _draw(rng, title_table)
        code = place[-2:] if re.search(r", [A-Z]{2}$", place) else ""
        level = 104.0 * pay_of[title] * (states[code][2] if code else 0.97) * float(rng.lognormal(0, 0.16))
        rating = float(firm["rating"])
        industry = str(firm["industry"])
        rows.append(
            {
                "Job Title": title,
                "Salary Estimate": _gd_salary(rng, level),
                "Job Description": _gd_description(rng, title, str(firm["name"])),
                "Rating": rating,
                "Company Name": str(firm["name"]) if rating < 0 else f"{firm['name']}\n{rating:.1f}",
                "Location": place,
                "Headquarters": firm["hq"],
                "Size": firm["size"],
                "Founded": firm["founded"],
                "Type of ownership": firm["own"],
                "Industry": industry,
                "Sector": _GD_SECTORS.get(industry, "-1"),
                "Revenue": firm["revenue"],
                "Competitors": firm["competitors"],
            }
        )
    frame = pd.DataFrame(rows)
    frame.insert(0, "index", range(len(frame)))
    return frame


def _gd_pay(d: pd.DataFrame) -> pd.Series:
    """The midpoint of each salary estimate, in dollars."""
    bounds = _text(d["Salary Estimate"]).str.extract(r"\$(\d+)K\s*-\s*\$(\d+)K").astype(float)
    return (bounds[0] + bounds[1]) / 2 * 1000


def _gd_state(d: pd.DataFrame) -> pd.Series:
    return _text(d["Location"]).str.extract(r",\s*([A-Z]{2})$")[0]


def _gd_top_state(d: pd.DataFrame) -> str:
    return _top(_gd_state(d).value_counts())


def _gd_there(by_name: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        code = _gd_top_state(d)
        there = _gd_state(d) == code
        if by_name:
            there |= _text(d["Location"]) == _GD_STATE_NAMES.get(code, code)
        return float(_gd_pay(d)[there].mean())

    return mean


def _gd_company(d: pd.DataFrame) -> pd.Series:
    """Company names without the rating glued on after a line break."""
    return _text(d["Company Name"]).str.split("\n").str[0].str.strip()


def _gd_rating(per_company: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rated = d[d["Rating"] >= 0]
        if per_company:
            rated = rated.assign(_firm=_gd_company(rated)).drop_duplicates("_firm")
        return float(rated["Rating"].mean())

    return mean


_GD_ALIASES = {code: (name,) for code, name in _GD_STATE_NAMES.items()}
_GD_ID = ("index", "Job Title", "Company Name")
_GLASSDOOR_QS = [
    Q(
        "what's the average salary? take the middle of each salary estimate range",
        _scaled(lambda d: float(_gd_pay(d).mean()), (1e3,)),
        (*_GD_ID, "Salary Estimate"),
    ),
    Q(
        "which state has the most postings?",
        _lead(_named(_gd_top_state, _GD_ALIASES)),
        (*_GD_ID, "Location"),
    ),
    Q(
        "and whats the avg salary there",
        either(_scaled(_gd_there(False), (1e3,)), _scaled(_gd_there(True), (1e3,))),
        (*_GD_ID, "Location", "Salary Estimate"),
    ),
    Q(
        "average company rating?",
        either(_about(_gd_rating(False), rel=0.002), _about(_gd_rating(True), rel=0.002)),
        (*_GD_ID, "Rating"),
    ),
    Q(
        "top 5 companies with the most job listings",
        _top_named(lambda d: _ranked(_gd_company(d).value_counts()), 5),
        (*_GD_ID,),
    ),
    Q(
        "what percent of the job descriptions mention python?",
        _share(lambda d: float(_text(d["Job Description"]).str.contains("python", case=False).mean())),
        (*_GD_ID, "Job Description"),
    ),
]

# --- 3. Netflix subscribers (Kaggle "Netflix Userbase Dataset", Netflix Userbase.csv) ------------------------------

_NF_PLANS = "Basic:999;Standard:768;Premium:733"
# plan: chances of paying 10 ... 15 a month
_NF_FEES = {
    "Basic": [24, 21, 18, 15, 12, 10],
    "Standard": [16, 17, 18, 17, 16, 16],
    "Premium": [11, 13, 16, 18, 20, 22],
}
_NF_COUNTRIES = (
    "United States:451;Spain:451;Canada:317;United Kingdom:183;Australia:183;Germany:183;France:183;Brazil:183;"
    "Mexico:183;Italy:183"
)
_NF_JOINED = (
    "2021-09:30;2021-10:28;2021-11:26;2021-12:24;2022-01:40;2022-02:36;2022-03:42;2022-04:48;2022-05:52;2022-06:60;"
    "2022-07:96;2022-08:150;2022-09:210;2022-10:330;2022-11:240;2022-12:150;2023-01:95;2023-02:82;2023-03:78;"
    "2023-04:90;2023-05:84;2023-06:45"
)


def _netflix_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4303)
    n = 2500
    plans = _deal(rng, _NF_PLANS, n)
    months = _deal(rng, _NF_JOINED, n)
    countries = _deal(rng, _NF_COUNTRIES, n)
    rows = []
    for i in range(n):
        start = pd.Period(months[i], freq="M")
        joined = start.start_time + pd.Timedelta(days=int(rng.integers(0, start.days_in_month)))
        if start == pd.Period("2023-06", freq="M"):
            joined = start.start_time + pd.Timedelta(days=int(rng.integers(0, 14)))
        paid = pd.Timestamp("2023-06-10") + pd.Timedelta(days=int(rng.integers(0, 36)))
        if i == 0:
            joined, paid = pd.Timestamp("2022-01-15"), pd.Timestamp("2023-06-10")
        elif i == 1:
            joined, paid = pd.Timestamp("2021-09-05"), pd.Timestamp("2023-06-22")
        rows.append(
            {
                "User ID": i + 1,
                "Subscription Type": plans[i],
                "Monthly Revenue": int(_one(rng, list(range(10, 16)), _NF_FEES[plans[i]])),
                "Join Date": f"{joined:%d-%m-%y}",
                "Last Payment Date": f"{max(paid, joined):%d-%m-%y}",
                "Country": countries[i],
                "Age": int(rng.integers(26, 52)),
                "Gender": str(_one(rng, ["Male", "Female"], [49.6, 50.4])),
                "Device": str(_one(rng, ["Laptop", "Tablet", "Smartphone", "Smart TV"], [25.4, 25.3, 24.8, 24.5])),
                "Plan Duration": "1 Month",
            }
        )
    return pd.DataFrame(rows)


def _nf_joined(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Join Date"]), format="%d-%m-%y")


def _nf_busiest(d: pd.DataFrame) -> pd.Timestamp:
    months = _nf_joined(d).dt.to_period("M")
    return pd.Period(_top(months.astype(str).value_counts()), freq="M").start_time


def _nf_smart_tv(country: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((_text(d["Country"]) == country) & (_text(d["Device"]) == "Smart TV")).sum())


_NF_ID = ("User ID",)
_NETFLIX_QS = [
    Q(
        "what's the total monthly revenue from all users",
        _scaled(lambda d: float(d["Monthly Revenue"].sum()), (1e3,)),
        (*_NF_ID, "Monthly Revenue"),
    ),
    Q(
        "what % of users are on the premium plan?",
        _share(lambda d: float((_text(d["Subscription Type"]) == "Premium").mean())),
        (*_NF_ID, "Subscription Type"),
    ),
    Q(
        "avg monthly revenue for each subscription type",
        _about(lambda d: d.groupby(_text(d["Subscription Type"]))["Monthly Revenue"].mean().to_numpy(), rel=0.002),
        (*_NF_ID, "Subscription Type", "Monthly Revenue"),
    ),
    Q(
        "plot new sign ups per month. which month had the most people joining?",
        _lead(_month(_nf_busiest)),
        (*_NF_ID, "Join Date"),
    ),
    Q(
        "how many users in the UK watch on a smart tv?",
        _count(_nf_smart_tv("United Kingdom")),
        (*_NF_ID, "Country", "Device"),
    ),
    Q(
        "and in germany?",
        _count(_nf_smart_tv("Germany")),
        (*_NF_ID, "Country", "Device"),
    ),
]

# --- 4. IKEA furniture in Saudi Arabia (TidyTuesday 2020-11-03, ikea.csv) -----------------------------------------

# category: rows, share of them listed from other categories ("/" between those), median price (SAR), price spread,
# width, height and depth in cm (0: never given), names, short descriptions
_IK_CATEGORIES: dict[str, tuple[int, float, str, float, float, str, str, str]] = {
    "Bar furniture": (
        47,
        0.6,
        "Chairs/Tables & desks",
        345,
        0.55,
        "45;100;50",
        "FRANKLIN;INGOLF;NILSOLLE;STIG;BERNHARD;JANINGE;GLENN;RÅSKOG",
        "Bar stool with backrest, 74 cm;Bar stool, 63 cm;Bar table, 120x45 cm;Bar table and 2 bar stools",
    ),
    "Beds": (
        208,
        0.1,
        "Children's furniture",
        895,
        0.75,
        "150;100;210",
        "MALM;HEMNES;BRIMNES;NORDLI;SLATTUM;TARVA;NEIDEN;SONGESAND;IDANÄS;GURSKEN;KURA;MINNEN;NEIREID",
        "Bed frame, 160x200 cm;Bed frame with storage, 140x200 cm;Day-bed with 2 mattresses, 80x200 cm;"
        "Bed frame, 90x200 cm;Loft bed frame with desk top, 90x200 cm;Headboard, 160 cm",
    ),
    "Bookcases & shelving units": (
        548,
        0.08,
        "Cabinets & cupboards",
        295,
        0.85,
        "80;160;35",
        "BILLY;KALLAX;IVAR;HEMNES;EKET;BROR;ALGOT;BOAXEL;HYLLIS;LACK;BAGGEBO;FJÄLLBO;GERSBY;HULTET;JOSTEIN;OMAR",
        "Bookcase;Shelving unit;Shelving unit with doors;Wall shelf;Storage combination;Shelf unit;"
        "Bookcase with glass-doors;Corner shelving unit",
    ),
    "Cabinets & cupboards": (
        292,
        0.25,
        "Bookcases & shelving units",
        445,
        0.8,
        "80;110;40",
        "BESTÅ;PLATSA;HAVSTA;HEMNES;IVAR;METOD;BRIMNES;KALLAX;FABRIKÖR;MILSBO;ROTSUND;SEKTION",
        "Cabinet with doors;Glass-door cabinet;Storage combination with doors;Cabinet with panel/glass door;"
        "Wall cabinet with 2 doors;High cabinet",
    ),
    "Café furniture": (
        26,
        0.9,
        "Chairs/Tables & desks",
        250,
        0.5,
        "60;75;60",
        "JANINGE;NORRARYD;INGOLF;LERHAMN;STEFAN",
        "Chair;Table, 76x76 cm",
    ),
    "Chairs": (
        481,
        0.05,
        "Outdoor furniture",
        245,
        0.8,
        "52;85;55",
        "POÄNG;MARKUS;INGOLF;STEFAN;TEODORES;ADDE;LEIFARNE;ODGER;NORRARYD;HENRIKSDAL;KARLJAN;FLINTAN;JÄRVFJÄLLET;"
        "MILLBERGET;TOBIAS;BERNHARD;EKEDALEN;VOXLÖV;URBAN",
        "Chair;Swivel chair;Office chair;Chair with armrests;Chair cover;Junior chair;Gaming chair;Stackable chair",
    ),
    "Chests of drawers & drawer units": (
        125,
        0.2,
        "Cabinets & cupboards",
        525,
        0.7,
        "80;90;45",
        "MALM;HEMNES;KOPPANG;ALEX;NORDLI;KULLEN;ASKVOLL;HAUGA;TARVA;SONGESAND",
        "Chest of 3 drawers;Chest of 6 drawers;Drawer unit;Chest of 2 drawers;Chest of 4 drawers",
    ),
    "Children's furniture": (
        124,
        0.3,
        "Nursery furniture",
        195,
        0.75,
        "60;70;40",
        "TROFAST;MAMMUT;FLISAT;SUNDVIK;STUVA;SMÅSTAD;KRITTER;BUSUNGE;PÅHL",
        "Storage combination with boxes;Children's chair;Children's table;Wardrobe;Desk;Bench with toy storage",
    ),
    "Nursery furniture": (
        97,
        0.35,
        "Children's furniture",
        345,
        0.7,
        "70;90;60",
        "SUNDVIK;SMÅGÖRA;GULLIVER;HEMNES;STUVA;SNIGLAR;MYLLRA;SOLGUL",
        "Cot, 60x120 cm;Changing table;Chest of 3 drawers;Cot with drawer, 60x120 cm;Storage combination",
    ),
    "Outdoor furniture": (
        216,
        0.1,
        "Chairs/Tables & desks",
        495,
        0.9,
        "90;80;70",
        "ÄPPLARÖ;TÄRNÖ;NÄMMARÖ;SJÄLLAND;FALHOLMEN;ASKHOLMEN;TORPARÖ;SOLLERÖN;BONDHOLMEN;KUNGSHOLMEN;HÅLLÖ",
        "Table, outdoor, 65x65 cm;Chair, outdoor;Lounger, outdoor;Bench, outdoor;Modular corner sofa, outdoor;"
        "Table and 4 chairs, outdoor;Bar table, in/outdoor, 51x51 cm",
    ),
    "Room dividers": (
        13,
        0.6,
        "Bookcases & shelving units",
        395,
        0.6,
        "120;180;30",
        "RISÖR;KALLAX;IVAR;ANNO SANELA",
        "Room divider;Shelving unit",
    ),
    "Sideboards, buffets & console tables": (
        23,
        0.5,
        "Cabinets & cupboards",
        745,
        0.55,
        "140;85;45",
        "HEMNES;BESTÅ;HAVSTA;STOCKHOLM;BJÖRKSNÄS;LOMMARP",
        "Sideboard;Console table;Buffet cabinet",
    ),
    "Sofas & armchairs": (
        428,
        0.03,
        "Chairs",
        1195,
        0.75,
        "200;83;90",
        "KIVIK;FRIHETEN;EKTORP;VIMLE;SÖDERHAMN;LANDSKRONA;STRANDMON;FINNALA;HOLMSUND;GRÖNLID;LIDHULT;VALLENTUNA;"
        "KLIPPAN;VRETSTORP;EKERÖ;KOARP;NOLMYRA;UPPLAND",
        "3-seat sofa;Corner sofa, 5-seat;Armchair;Sofa-bed;2-seat sofa;Footstool;Cover for 3-seat sofa;"
        "U-shaped sofa, 6 seat;Chaise longue",
    ),
    "Tables & desks": (
        612,
        0.06,
        "Outdoor furniture",
        445,
        0.9,
        "120;75;65",
        "LINNMON;ALEX;MICKE;BEKANT;IDÅSEN;LISABO;EKEDALEN;LACK;INGATORP;NORDEN;MELLTORP;GAMLARED;HEMNES;"
        "TRANSPORTER;VITTSJÖ;LISTERBY;SKOGSTA;NORRÅKER",
        "Desk, 120x60 cm;Dining table, 140x90 cm;Coffee table, 90x55 cm;Side table, 55x55 cm;"
        "Extendable table, 180/240x90 cm;Table top, 150x75 cm;Gaming desk;Nest of tables, set of 2",
    ),
    "Trolleys": (
        28,
        0.25,
        "Bar furniture",
        195,
        0.5,
        "50;80;40",
        "RÅSKOG;NISSAFORS;BEKVÄM;SUNNERSTA;FÖRHÖJA",
        "Trolley;Kitchen trolley;Trolley with drawers",
    ),
    "TV & media furniture": (
        190,
        0.35,
        "Bookcases & shelving units/Cabinets & cupboards",
        545,
        0.8,
        "180;60;42",
        "BESTÅ;HEMNES;LACK;BRIMNES;KALLAX;HAVSTA;EKET;STOCKHOLM;FJÄLLBO",
        "TV bench;TV storage combination;TV bench with doors;TV unit;Wall-mounted media combination",
    ),
    "Wardrobes": (
        236,
        0.2,
        "Cabinets & cupboards/Chests of drawers & drawer units",
        1745,
        0.7,
        "150;201;58",
        "PAX;PLATSA;HEMNES;BRIMNES;KLEPPSTAD;BRUSALI;SONGESAND;ELVARLI;STUVA;NORDLI",
        "Wardrobe combination;Wardrobe with 2 doors;Wardrobe with sliding doors;Open wardrobe;Corner wardrobe",
    ),
}
_IK_DESIGNERS = (
    "IKEA of Sweden:24;Ehlén Johansson:7;Francis Cayouette:6;Ola Wihlborg:6;K Hagberg/M Hagberg:6;Jon Karlsson:5;"
    "Carina Bengs:4;Nike Karlsson:4;Tord Björklund:4;Henrik Preutz:4;Mikael Warnhammar:3;Gillis Lundgren:3;"
    "Noboru Nakamura:2;Marcus Arvonen:3;Chenyi Ke:2;Johanna Asshoff:2;Maja Ganszyniec:2;Eva Lilja Löwenhielm:3;"
    "Studio Copenhagen:3;Andreas Fredriksson:3;Nicholai Wiig Hansen:2;Lisa Hilland:2;Mia Lagerman:2;"
    "Sarah Fager:2;Eva Schildt:2;Jonas Hultqvist:2;Magnus Elebäck:2;David Wahl:2;Monika Mulder:2;Tomas Jelinek:2"
)
_IK_COLOURS = "white;black-brown;white stained oak effect;birch;grey;dark grey;oak veneer;anthracite;beige;blue"


def _ik_price(value: float) -> float:
    """A price as IKEA writes them: 3, 25, 195, 1,345, 12,450."""
    if value < 10:
        return float(max(3, round(value)))
    step = 5 if value < 1000 else 10
    return float(max(step, round(value / step) * step - (5 if value >= 1000 and round(value) % 2 else 0)))


def _ik_size(rng: np.random.Generator, typical: float, scale: float, missing: float) -> float | None:
    if typical == 0 or rng.random() < missing:
        return None
    return float(max(8, round(typical * scale * float(rng.lognormal(0, 0.18)))))


def _ik_item(rng: np.random.Generator, category: str, ids: set[int]) -> dict[str, Any]:
    _rows, _dup, _src, median, spread, sizes, names, descriptions = _IK_CATEGORIES[category]
    item_id = 0
    while item_id == 0 or item_id in ids:
        item_id = int(rng.integers(10_000, 99_999_999)) if rng.random() < 0.9 else int(rng.integers(100_000, 999_999))
    ids.add(item_id)
    name = str(_one(rng, _split(names)))
    short = str(_one(rng, _split(descriptions)))
    combo = rng.random() < 0.3
    raw = median * float(rng.lognormal(0, spread)) * (1.6 if combo else 1.0)
    price = _ik_price(raw)
    scale = (raw / median) ** 0.3
    width, height, depth = (float(x) for x in sizes.split(";"))
    row: dict[str, Any] = {"item_id": item_id, "name": name, "category": category, "price": price}
    sale = rng.random() < 0.18
    old = _ik_price(price / float(rng.uniform(0.6, 0.9)))
    pack = category in ("Chairs", "Café furniture", "Bar furniture") and rng.random() < 0.05
    row["old_price"] = (f"SR {old:,.0f}" + (f"/{_one(rng, [2, 4])} pieces" if pack else "")) if sale else "No old price"
    row["sellable_online"] = "TRUE" if rng.random() < 0.992 else "FALSE"
    colour = str(_one(rng, _split(_IK_COLOURS)))
    slug = re.sub(r"[^a-z0-9]+", "-", f"{name} {short.split(',')[0]} {colour}".lower()).strip("-")
    slug = slug.replace("ä", "a").replace("ö", "o").replace("å", "a")
    row["link"] = f"https://www.ikea.com/sa/en/p/{slug}-{'s' if combo else ''}{item_id:08d}/"
    row["other_colors"] = "Yes" if rng.random() < 0.41 else "No"
    gap = "          " if rng.random() < 0.04 else " "
    row["short_description"] = short.replace(", ", f",{gap}", 1) if "," in short else short
    row["designer"] = "/".join(
        dict.fromkeys(_draw(rng, _IK_DESIGNERS) for _ in range(int(_one(rng, [1, 2, 3], [62, 30, 8]))))
    )
    row["depth"] = _ik_size(rng, depth, scale, 0.39)
    row["height"] = _ik_size(rng, height, scale, 0.27)
    row["width"] = _ik_size(rng, width, scale * float(rng.lognormal(0, 0.25)), 0.16)
    return row


def _ikea_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4304)
    ids: set[int] = set()
    own: dict[str, list[dict[str, Any]]] = {}
    for category, (rows, dup, *_rest) in _IK_CATEGORIES.items():
        own[category] = [_ik_item(rng, category, ids) for _ in range(rows - round(rows * dup))]
    listed: list[dict[str, Any]] = []
    for category, (rows, dup, sources, *_rest) in _IK_CATEGORIES.items():
        pool = [item for src in sources.split("/") for item in own[src]]
        picks = rng.choice(len(pool), round(rows * dup), replace=False)
        copies = [pool[int(i)] | {"category": category} for i in picks]
        both_ = own[category] + copies
        listed += [both_[int(i)] for i in rng.permutation(len(both_))]
    frame = pd.DataFrame(listed)
    frame.insert(0, "", range(len(frame)))
    return frame


def _ik_unique(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("item_id")


def _ik_sale_share(unique: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = _ik_unique(d) if unique else d
        return float((_text(rows["old_price"]) != "No old price").mean())

    return share


def _ik_by_sweden(unique: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rows = _ik_unique(d) if unique else d
        return float(_text(rows["designer"]).str.contains("IKEA of Sweden", regex=False).sum())

    return count


_IK_ID = ("item_id", "name")
_IKEA_QS = [
    Q(
        "how many unique items are there?",
        _count(lambda d: float(d["item_id"].nunique())),
        _IK_ID,
    ),
    Q(
        "which category has the most items",
        _lead(_named(lambda d: _top(_text(d["category"]).value_counts()))),
        (*_IK_ID, "category"),
    ),
    Q(
        "avg price per category, which one is the most expensive on average?",
        _lead(_named(lambda d: _top(d.groupby(_text(d["category"]))["price"].mean()))),
        (*_IK_ID, "category", "price"),
    ),
    Q(
        "what share of items are on sale (have an old price)?",
        either(_share(_ik_sale_share(False)), _share(_ik_sale_share(True))),
        (*_IK_ID, "old_price", "price"),
    ),
    Q(
        "how many items have IKEA of Sweden as a designer?",
        either(_count(_ik_by_sweden(False)), _count(_ik_by_sweden(True))),
        (*_IK_ID, "designer"),
    ),
    Q(
        "is there a correlation between an item's width and its price?",
        _corr(lambda d: d["width"], lambda d: d["price"]),
        (*_IK_ID, "width", "price"),
    ),
]

# --- 5. Indian domestic flight prices (Kaggle "Flight Price Prediction", Clean_Dataset.csv) ------------------------

# airline: share of rows, flight code prefix, share of business-class rows, economy and business fare levels
_FL_AIRLINES: dict[str, tuple[float, str, float, float, float]] = {
    "Vistara": (42.6, "UK", 0.47, 1.12, 1.1),
    "Air_India": (27.0, "AI", 0.39, 1.06, 0.98),
    "Indigo": (14.4, "6E", 0.0, 0.86, 0.0),
    "GO_FIRST": (7.7, "G8", 0.0, 0.9, 0.0),
    "AirAsia": (5.4, "I5", 0.0, 0.7, 0.0),
    "SpiceJet": (3.0, "SG", 0.0, 0.93, 0.0),
}
_FL_CITIES = "Delhi:20.4;Mumbai:20.3;Bangalore:17.4;Kolkata:15.4;Hyderabad:13.6;Chennai:12.9"
# city pair: typical economy fare (rupees) and non-stop flying time (hours)
_FL_ROUTES = {
    "Bangalore-Chennai": (4200, 1.0),
    "Bangalore-Delhi": (6500, 2.75),
    "Bangalore-Hyderabad": (4500, 1.25),
    "Bangalore-Kolkata": (7400, 2.5),
    "Bangalore-Mumbai": (5400, 1.67),
    "Chennai-Delhi": (6800, 2.83),
    "Chennai-Hyderabad": (4800, 1.17),
    "Chennai-Kolkata": (6600, 2.25),
    "Chennai-Mumbai": (5300, 1.92),
    "Delhi-Hyderabad": (5600, 2.17),
    "Delhi-Kolkata": (5800, 2.17),
    "Delhi-Mumbai": (5200, 2.17),
    "Hyderabad-Kolkata": (6300, 2.0),
    "Hyderabad-Mumbai": (5000, 1.33),
    "Kolkata-Mumbai": (6900, 2.67),
}
_FL_DEPART = "Morning:23.7;Early_Morning:22.3;Evening:21.7;Night:16.0;Afternoon:15.9;Late_Night:0.4"
_FL_ARRIVE = "Night:30.5;Evening:26.1;Morning:20.9;Afternoon:12.7;Early_Morning:5.1;Late_Night:4.6"
_FL_STOPS = {"zero": (0.8, 0.9), "one": (1.05, 1.0), "two_or_more": (1.0, 1.05)}


def _flights_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4305)
    n = 5000
    airlines = list(_FL_AIRLINES)
    numbers = {a: sorted({int(x) for x in rng.integers(100, 9999, 60)}) for a in airlines}
    rows = []
    for _ in range(n):
        airline = str(_one(rng, airlines, [v[0] for v in _FL_AIRLINES.values()]))
        _w, prefix, business, eco_level, bus_level = _FL_AIRLINES[airline]
        source = _draw(rng, _FL_CITIES)
        destination = source
        while destination == source:
            destination = _draw(rng, _FL_CITIES)
        fare, hours = _FL_ROUTES["-".join(sorted([source, destination]))]
        stops = str(_one(rng, list(_FL_STOPS), [28, 68, 4] if airline == "Indigo" else [10, 85.5, 4.5]))
        if stops == "zero":
            duration = hours * float(rng.uniform(0.95, 1.15))
        else:
            duration = hours + float(np.clip(rng.lognormal(np.log(8.5 if stops == "one" else 13), 0.6), 1.2, 45))
        days_left = int(rng.integers(1, 50))
        is_business = rng.random() < business
        if is_business:
            rush = 1 + 0.25 * math.exp(-(days_left - 1) / 6)
            price = fare * 7.6 * bus_level * _FL_STOPS[stops][1] * rush * float(rng.lognormal(0, 0.22))
        else:
            rush = 1 + 1.3 * math.exp(-(days_left - 1) / 5) - 0.004 * max(0, days_left - 20)
            price = fare * eco_level * _FL_STOPS[stops][0] * rush * float(rng.lognormal(0, 0.27))
        rows.append(
            {
                "airline": airline,
                "flight": f"{prefix}-{_one(rng, numbers[airline])}",
                "source_city": source,
                "departure_time": _draw(rng, _FL_DEPART),
                "stops": stops,
                "arrival_time": _draw(rng, _FL_ARRIVE),
                "destination_city": destination,
                "class": "Business" if is_business else "Economy",
                "duration": round(round(duration * 12) / 12, 2),
                "days_left": days_left,
                "price": max(1105, round(price)),
            }
        )
    frame = pd.DataFrame(rows)
    frame.insert(0, "", np.sort(rng.choice(300_153, n, replace=False)))
    return frame


def _fl_route(d: pd.DataFrame) -> pd.Series:
    return (_text(d["source_city"]) == "Delhi") & (_text(d["destination_city"]) == "Mumbai")


_FL_NAMES = {"Air_India": ("Air India",), "GO_FIRST": ("Go First", "GoFirst"), "AirAsia": ("Air Asia",)}
_FL_ID = ("airline", "flight")
_FLIGHTS_QS = [
    Q(
        "avg ticket price economy vs business?",
        _scaled(lambda d: d.groupby(_text(d["class"]))["price"].mean().to_numpy(), (1e3,)),
        (*_FL_ID, "class", "price"),
    ),
    Q(
        "which airline is the most expensive on average",
        _lead(_named(lambda d: _top(d.groupby(_text(d["airline"]))["price"].mean()), _FL_NAMES)),
        (*_FL_ID, "price", "class"),
    ),
    Q(
        "how many flights are there from delhi to mumbai",
        _count(lambda d: float(_fl_route(d).sum())),
        (*_FL_ID, "source_city", "destination_city"),
    ),
    Q(
        "how many of those are business class?",
        _count(lambda d: float((_fl_route(d) & (_text(d["class"]) == "Business")).sum())),
        (*_FL_ID, "source_city", "destination_city", "class"),
    ),
    Q(
        "what share of flights have exactly one stop",
        _share(lambda d: float((_text(d["stops"]) == "one").mean())),
        (*_FL_ID, "stops"),
    ),
    Q(
        "correlation between days left and price?",
        _corr(lambda d: d["days_left"], lambda d: d["price"]),
        (*_FL_ID, "days_left", "price"),
    ),
]

# --- 6. Ramen ratings (Kaggle "Ramen Ratings", The Ramen Rater's ramen-ratings.csv) --------------------------------

# country: reviews, lift of its ratings, brands with their weights
_RM_COUNTRIES: dict[str, tuple[int, float, str]] = {
    "Japan": (
        352,
        0.22,
        "Nissin:40;Myojo:16;Sapporo Ichiban:9;Maruchan:8;Acecook:5;Sanyo Foods:4;Itsuki:4;"
        "Menraku:3;Daikoku:4;Higashimaru:3;Sugakiya Foods:2;Peyang:2;Kenko Foods:1;Sakurai Foods:3;Tokyo Noodle:1;"
        "Yamamoto:1;Ogasawara:1",
    ),
    "USA": (
        323,
        -0.25,
        "Nissin:25;Maruchan:16;Mike's Mighty Good:4;Dr. McDougall's:4;Annie Chun's:4;"
        "Sapporo Ichiban:6;Lotus Foods:3;Top Ramen:5;Simply Asia:3;Thai Kitchen:4;Sun Noodle:3;Nongshim:6;Myojo:3;"
        "Ottogi:2;Snapdragon:3;Immi:1",
    ),
    "South Korea": (
        309,
        0.18,
        "Nongshim:30;Paldo:22;Samyang Foods:17;Ottogi:14;Emart:3;GS25:3;Pulmuone:4;"
        "Samyang:4;Binggrae:2;Dongwon:2;CJ CheilJedang:2",
    ),
    "Taiwan": (
        224,
        0.2,
        "Mom's Dried Noodle:17;Ve Wong:10;Uni-President:10;Wei Lih:9;A-Sha Dry Noodle:8;Tung-I:7;"
        "Wu-Mu:5;Nissin:4;Hi Lai Foods:4;Little Cook:3;Vedan:4;Kiki Noodle:3",
    ),
    "Thailand": (
        191,
        -0.12,
        "Mama:24;Wai Wai:10;Yum Yum:10;Nissin:8;Ranee:2;Thai Chef:4;Fashion Foods:4;Tao Kae Noi:2",
    ),
    "China": (
        169,
        -0.22,
        "Master Kong:10;Baijia:8;Sichuan Baijia:5;JML:5;Nissin:8;Jin Mai Lang:6;Chencun:3;"
        "Nan Jie Cun:3;Hua Feng:3;Wugudaochang:3",
    ),
    "Malaysia": (156, 0.62, "MyKuali:14;Mamee:12;MAGGI:8;Ibumie:8;Daddy:3;CarJEN:3;Red Chef:3;Vit's:3"),
    "Hong Kong": (137, 0.1, "Nissin:40;Sau Tao:14;Doll:10;Kamfen:8;Amoy:4"),
    "Indonesia": (126, 0.4, "Indomie:45;Mi Sedaap:16;Sarimi:6;Supermi:5;Nissin:4;Pop Mie:5;ABC:3;Gaga:3"),
    "Singapore": (109, 0.38, "Prima Taste:12;Koka:12;Prima:5;Nissin:3;Myojo:4;Tat Hui:3"),
    "Vietnam": (108, -0.45, "Vina Acecook:35;Acecook:8;Vifon:8;Nissin:3;Micoem:3;Saigon Ve Wong:2;Miliket:2"),
    "UK": (69, -0.6, "Nissin:6;Batchelors:4;Pot Noodle:6;Kabuto Noodles:3;Itsu:3"),
    "Philippines": (47, -0.3, "Lucky Me!:34;Payless:3;Quickchow:2;Nissin:3"),
    "Canada": (41, -0.45, "Mr. Noodles:8;Nissin:4;Sapporo Ichiban:2;President's Choice:3"),
    "India": (31, -0.2, "Maggi:8;Ching's Secret:6;Top Ramen:6;Yippee:4;Knorr:3"),
    "Germany": (27, -0.15, "Asia Gold:3;Indomie:2;Nissin:4;Knorr:3;Yum Yum:2"),
    "Mexico": (25, -0.5, "Maruchan:8;Nissin:6"),
    "Australia": (22, -0.4, "Fantastic:6;Suimin:4;Maggi:3;Trident:3"),
    "Netherlands": (15, -0.5, "Unox:4;Conimex:3;Yum Yum:3;Knorr:2"),
    "Myanmar": (14, 0.1, "Mama:5;Yum Yum:5;Shwe Myint Mo:3"),
    "Nepal": (14, -0.3, "Wai Wai:8;Rara:3;Mayos:3"),
    "Pakistan": (9, -0.3, "Knorr:3;Shan:2;Kolson:4"),
    "Hungary": (9, -0.4, "Nissin:4;Thai Chef:3;Vifon:2"),
    "Bangladesh": (7, -0.2, "Mr. Noodles:3;Doodles:2;Ifad:2"),
    "Colombia": (6, -0.6, "Maruchan:3;Nissin:3"),
    "Brazil": (5, -0.3, "Nissin Miojo:4;Maggi:1"),
    "Cambodia": (5, -0.2, "Mama:2;Kailo:3"),
    "Fiji": (4, -0.4, "Maggi:3;Wai Wai:1"),
    "Poland": (4, -0.5, "Vifon:2;Kim Lan:2"),
    "Holland": (4, -0.5, "Conimex:2;Unox:2"),
    "Sarawak": (3, 0.5, "Daddy:3"),
    "Sweden": (3, -0.6, "Blå Band:2;Nissin:1"),
    "Finland": (3, -0.6, "Mama:3"),
    "Dubai": (3, -0.3, "Indomie:3"),
    "Ghana": (2, -0.5, "Indomie:2"),
    "Estonia": (2, -0.5, "Rollton:2"),
    "Nigeria": (1, -0.3, "Indomie:1"),
    "United States": (1, -0.25, "Nissin:1"),
}
_RM_STYLES = "Pack:1531;Bowl:481;Cup:450;Tray:108;Box:6;Can:1;Bar:1;:2"
_RM_FLAVOURS = _split(
    "Chicken;Beef;Shrimp;Tom Yum Shrimp;Spicy Seafood;Kimchi;Miso;Shoyu;Shio;Curry;Hot & Sour;Sesame Oil;Oriental;"
    "Pork;Spicy Chicken;Chili Crab;Curry Laksa;Vegetable;Black Pepper Crab;Mushroom;Sukiyaki;Garlic;Green Onion;"
    "Tonkotsu;Spicy Beef;Seafood;Jjamppong;Chicken Mushroom;Lime Chili;Sour Cabbage;Braised Beef;Sichuan Pepper"
)
_RM_KINDS = {
    "Pack": "Instant Noodles;Ramen;Noodle Soup;Mi Goreng;Dry Noodle;Rice Vermicelli;Udon;Noodles",
    "Bowl": "Bowl Noodle;Ramen Bowl;Udon Bowl;Big Bowl Noodle;Noodle Bowl",
    "Cup": "Cup Noodles;Cup Ramen;Cup Noodle Soup;Instant Cup Noodle",
    "Tray": "Yakisoba;Tray Noodle;Fried Noodle",
}
# odd ratings in the file: two scores written as one, or none
_RM_ODD = _split("3.5/2.5;4.25/5;4.5/5;1.5/2.5")


def _rm_stars(rng: np.random.Generator, lift: float) -> str:
    """A rating in quarter stars, written as the reviewer wrote it ("3.75", "5", "4.00", "3.5", "0.1")."""
    if rng.random() < 0.08 + 0.09 * max(lift, 0):
        value = 5.0
    else:
        value = float(np.clip(round(rng.normal(3.55 + lift, 0.95) * 4) / 4, 0, 5))
    if rng.random() < 0.004:
        return str(_one(rng, ["0.1", "1.1", "2.8", "3.1", "4.125", "3.125", "2.3", "3.6"]))
    if rng.random() < 0.12:
        return f"{value:.2f}" if rng.random() < 0.6 or value * 2 % 1 else f"{value:.1f}"
    return f"{value:g}"


def _ramen_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4306)
    rows = []
    for country, (n, lift, brands) in _RM_COUNTRIES.items():
        for brand in _deal(rng, brands, n):
            rows.append({"Brand": brand, "Country": country, "Stars": _rm_stars(rng, lift)})
    order = rng.permutation(len(rows))
    frame = pd.DataFrame([rows[int(i)] for i in order])
    frame["Style"] = _deal(rng, _RM_STYLES, len(frame))
    frame["Variety"] = [
        f"{_one(rng, _RM_FLAVOURS)} {_one(rng, _split(_RM_KINDS.get(style or 'Pack', _RM_KINDS['Pack'])))}"
        for style in frame["Style"]
    ]
    frame["Style"] = frame["Style"].replace("", None)
    for i, odd in zip(
        rng.choice(len(frame), 7, replace=False), [*_RM_ODD, "Unrated", "Unrated", "Unrated"], strict=True
    ):
        frame.loc[int(i), "Stars"] = odd
    frame["Top Ten"] = None
    stars = pd.to_numeric(frame["Stars"], errors="coerce")
    best = rng.permutation(np.flatnonzero(stars >= 4.75))[:38]
    slots = [f"{y} #{k}" for y in range(2012, 2017) for k in range(1, 11)]
    for i, j in zip(best, rng.choice(len(slots), len(best), replace=False), strict=True):
        frame.loc[int(i), "Top Ten"] = slots[int(j)]
    for i in rng.choice(np.flatnonzero(frame["Top Ten"].isna()), 3, replace=False):
        frame.loc[int(i), "Top Ten"] = "\n"
    frame.insert(0, "Review #", range(len(frame), 0, -1))
    return frame[["Review #", "Brand", "Variety", "Style", "Country", "Stars", "Top Ten"]]


def _rm_stars_of(first_of_two: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def stars(d: pd.DataFrame) -> pd.Series:
        text = _text(d["Stars"])
        if first_of_two:
            text = text.str.split("/").str[0]
        return pd.to_numeric(text, errors="coerce")

    return stars


def _rm_best_country(first_of_two: bool) -> Callable[[pd.DataFrame], str]:
    def best(d: pd.DataFrame) -> str:
        stars = _rm_stars_of(first_of_two)(d)
        country = _text(d["Country"])
        big = country.value_counts()
        means = stars.groupby(country).mean()
        return _top(means[big[big >= 50].index])

    return best


def _rm_perfect(d: pd.DataFrame) -> pd.Series:
    return _rm_stars_of(False)(d) == 5


_RM_ID = ("Review #", "Brand", "Variety")
_RAMEN_QS = [
    Q(
        "whats the average star rating",
        either(
            _about(lambda d: float(_rm_stars_of(False)(d).mean()), rel=0.002),
            _about(lambda d: float(_rm_stars_of(True)(d).mean()), rel=0.002),
        ),
        (*_RM_ID, "Stars"),
    ),
    Q(
        "top 3 brands by number of reviews",
        _top_named(lambda d: _ranked(_text(d["Brand"]).value_counts()), 3),
        (*_RM_ID,),
    ),
    Q(
        "which country has the most ramen reviewed?",
        _lead(_named(lambda d: _top(_text(d["Country"]).value_counts()))),
        (*_RM_ID, "Country"),
    ),
    Q(
        "among countries with at least 50 reviews, which has the best average rating?",
        either(_lead(_named(_rm_best_country(False))), _lead(_named(_rm_best_country(True)))),
        (*_RM_ID, "Country", "Stars"),
    ),
    Q(
        "how many got a perfect 5 stars",
        _count(lambda d: float(_rm_perfect(d).sum())),
        (*_RM_ID, "Stars"),
    ),
    Q(
        "how many of those are from japan?",
        _count(lambda d: float((_rm_perfect(d) & (_text(d["Country"]) == "Japan")).sum())),
        (*_RM_ID, "Stars", "Country"),
    ),
]

# --- 7. Rhode Island traffic stops (Stanford Open Policing Project, police.csv) -----------------------------------

_RI_YEARS = "2005:2.3;2006:11.1;2007:9.6;2008:9.0;2009:8.6;2010:8.1;2011:8.7;2012:12.2;2013:9.3;2014:10.4;2015:10.7"
_RI_HOURS = (
    "0:5.6;1:4.5;2:3.1;3:1.6;4:0.7;5:0.9;6:2.4;7:4.6;8:4.9;9:6.9;10:8.6;11:6.6;12:4.1;13:4.3;14:5.1;15:4.4;16:2.9;"
    "17:3.5;18:3.1;19:3.4;20:3.5;21:4.0;22:5.0;23:5.3"
)
_RI_DISTRICTS = "Zone X4:27.4;Zone K3:24.1;Zone K2:20.3;Zone X3:15.9;Zone K1:10.4;Zone X1:1.9"
# violation_raw: violation, share of stops for men, for women, how much likelier a search is
_RI_VIOLATIONS: dict[str, tuple[str, float, float, float]] = {
    "Speeding": ("Speeding", 52.4, 65.8, 0.45),
    "Other Traffic Violation": ("Moving violation", 20.6, 14.2, 1.1),
    "Equipment/Inspection Violation": ("Equipment", 12.8, 10.7, 1.6),
    "Registration Violation": ("Registration/plates", 4.3, 3.8, 2.2),
    "Seatbelt Violation": ("Seat belt", 3.6, 1.9, 0.9),
    "Special Detail/Directed Patrol": ("Other", 2.6, 1.6, 1.2),
    "Call for Service": ("Other", 1.6, 1.0, 2.4),
    "Violation of City/Town Ordinance": ("Other", 0.8, 0.4, 1.5),
    "Motorist Assist/Courtesy": ("Other", 0.5, 0.4, 0.3),
    "APB": ("Other", 0.3, 0.1, 3.0),
    "Suspicious Person": ("Other", 0.2, 0.05, 4.0),
    "Warrant": ("Other", 0.3, 0.05, 5.0),
}
_RI_SEARCHES = (
    "Incident to Arrest:35;Probable Cause:25;Inventory:6;Reasonable Suspicion:6;Protective Frisk:5;"
    "Incident to Arrest,Inventory:6;Incident to Arrest,Probable Cause:6;Probable Cause,Reasonable Suspicion:2;"
    "Probable Cause,Protective Frisk:2;Incident to Arrest,Protective Frisk:2.5;"
    "Incident to Arrest,Inventory,Probable Cause:2;Protective Frisk,Reasonable Suspicion:1;Inventory,Probable Cause:1.5"
)


def _police_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4307)
    n = 5000
    years = _deal(rng, _RI_YEARS, n)
    hours = _deal(rng, _RI_HOURS, n)
    districts = _deal(rng, _RI_DISTRICTS, n)
    raws = list(_RI_VIOLATIONS)
    rows = []
    for i in range(n):
        year = int(years[i])
        first = pd.Timestamp("2005-01-04") if year == 2005 else pd.Timestamp(year, 1, 1)
        span = (pd.Timestamp(year, 12, 31) - first).days
        day = first + pd.Timedelta(days=int(rng.integers(0, span + 1)))
        row: dict[str, Any] = {
            "state": "RI",
            "stop_date": f"{day:%Y-%m-%d}",
            "stop_time": f"{int(hours[i]):02d}:{int(rng.integers(0, 60)):02d}",
            "county_name": None,
        }
        if rng.random() < 0.057:
            row |= {"driver_gender": None, "driver_race": None, "violation_raw": None, "violation": None}
            row |= {"search_conducted": False, "search_type": None, "stop_outcome": None, "is_arrested": None}
            row |= {"stop_duration": None, "drugs_related_stop": False, "district": districts[i]}
            rows.append(row)
            continue
        male = rng.random() < 0.735
        raw = str(_one(rng, raws, [v[1] if male else v[2] for v in _RI_VIOLATIONS.values()]))
        violation, _m, _f, lift = _RI_VIOLATIONS[raw]
        race = _draw(rng, "White:72;Black:14.2;Hispanic:11.1;Asian:2.5;Other:0.3")
        odds = (0.047 if male else 0.021) * lift * (1.9 if race in ("Black", "Hispanic") else 1.0)
        searched = rng.random() < odds
        arrested = rng.random() < (0.34 if searched else 0.017)
        if arrested:
            outcome = "Arrest Passenger" if rng.random() < 0.12 else "Arrest Driver"
        else:
            outcome = _draw(rng, "Citation:91.5;Warning:6.3;N/D:0.7;No Action:0.8")
        busy = searched or arrested
        row |= {
            "driver_gender": "M" if male else "F",
            "driver_race": race,
            "violation_raw": raw,
            "violation": violation,
            "search_conducted": searched,
            "search_type": _draw(rng, _RI_SEARCHES) if searched else None,
            "stop_outcome": outcome,
            "is_arrested": arrested,
            "stop_duration": _draw(
                rng, "0-15 Min:25;16-30 Min:45;30+ Min:30" if busy else "0-15 Min:82;16-30 Min:15;30+ Min:3"
            ),
            "drugs_related_stop": bool(rng.random() < (0.2 if searched else 0.001)),
            "district": districts[i],
        }
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame["_when"] = frame["stop_date"] + " " + frame["stop_time"]
    frame = frame.sort_values("_when", kind="stable", ignore_index=True).drop(columns="_when")
    for i, odd in zip(
        rng.choice(np.flatnonzero(frame["stop_duration"].notna()), 2, replace=False), ["1", "2"], strict=True
    ):
        frame.loc[int(i), "stop_duration"] = odd
    return frame


def _ri_arrests(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        arrested = _truth(d["is_arrested"])
        return float(arrested.sum() / len(d)) if all_rows else float(arrested.mean())

    return share


def _ri_search_rates(d: pd.DataFrame) -> Any:
    return _truth(d["search_conducted"]).groupby(_text(d["driver_gender"]).replace("", None)).mean().to_numpy()


def _ri_frisks(d: pd.DataFrame) -> float:
    return float(_text(d["search_type"]).str.contains("Protective Frisk", regex=False).sum())


def _ri_busiest_hour(d: pd.DataFrame) -> int:
    return int(_top(_text(d["stop_time"]).str.split(":").str[0].astype(int).value_counts()))


_RI_ZONES = {f"Zone {z}": (z,) for z in ("X1", "X3", "X4", "K1", "K2", "K3")}
_RI_ID = ("stop_date", "stop_time")
_POLICE_QS = [
    Q(
        "what percentage of stops ended in an arrest?",
        either(_share(_ri_arrests(False)), _share(_ri_arrests(True))),
        (*_RI_ID, "is_arrested", "stop_outcome"),
    ),
    Q(
        "search rate for male vs female drivers",
        _shares(_ri_search_rates),
        (*_RI_ID, "driver_gender", "search_conducted"),
    ),
    Q(
        "how many searches involved a protective frisk?",
        _count(_ri_frisks),
        (*_RI_ID, "search_type", "search_conducted"),
    ),
    Q(
        "which district had the most stops",
        _lead(_named(lambda d: _top(_text(d["district"]).value_counts()), _RI_ZONES)),
        (*_RI_ID, "district"),
    ),
    Q(
        "plot the number of stops per year - which year was the busiest?",
        _lead(_year(lambda d: int(_top(_text(d["stop_date"]).str[:4].value_counts())))),
        (*_RI_ID,),
    ),
    Q(
        "what hour of the day do most stops happen?",
        _lead(_clock(_ri_busiest_hour)),
        (*_RI_ID,),
    ),
]


HELDOUT43: list[Dataset] = [
    Dataset("premier_league_results", _premier_league_frame, _PREMIER_LEAGUE_QS),
    Dataset("glassdoor_data_science_jobs", _glassdoor_frame, _GLASSDOOR_QS),
    Dataset("netflix_userbase", _netflix_frame, _NETFLIX_QS),
    Dataset("ikea_furniture", _ikea_frame, _IKEA_QS),
    Dataset("flight_prices_india", _flights_frame, _FLIGHTS_QS),
    Dataset("ramen_ratings", _ramen_frame, _RAMEN_QS),
    Dataset("rhode_island_police_stops", _police_frame, _POLICE_QS),
]
