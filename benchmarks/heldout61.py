"""HELDOUT61: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the UCI
Beijing PM2.5 file (PRSA_data_2010.1.1-2014.12.31.csv, a sample of 4000 of its 43,824 hourly rows, in order) with its
row number No, year, month, day and hour in separate columns, pm2.5 with "NA" in whole runs of hours (the first day
among them), integer dew points (DEWP), TEMP and PRES as "-11.0" / "1021.0", the combined wind direction cbwd written
"NW", "NE", "SE" or "cv" (calm and variable), Iws as the wind speed cumulated since the direction last changed
("1.79", "4.92") and Is / Ir as the hours of snow and rain cumulated so far; FiveThirtyEight's nba-elo file
(nbaallelo.csv, a sample of 2400 games from 1946-47 to 2014-15, each game on two rows, the second flagged _iscopy =
1) with gameorder, game_id such as "194611010TRH", NBA / ABA in lg_id, season year_id, date_game written "11/1/1946",
seasongame, is_playoffs 0/1, team_id codes that change when a franchise moves ("MNL" then "LAL" for the Lakers),
fran_id, pts, Elo before and after (elo_i, elo_n) to four decimals, win_equiv, the opponent's columns, H / A / N in
game_location, W / L in game_result, the pre-game forecast and notes blank except for games at a neutral site;
Lending Club's loan.csv (5000 loans issued from June 2007 to December 2015) with id, loan_amnt and funded_amnt, term
written " 36 months" / " 60 months" with a leading space, int_rate as text such as "10.65%", installment, grades A-G
and sub-grades, free-text emp_title spelt several ways (some blank), emp_length "10+ years", "< 1 year" or "n/a",
RENT / OWN / MORTGAGE, annual_inc (two blank), verification_status, issue_d written "Dec-2011", loan_status "Fully
Paid" / "Charged Off" / "Current" / "Late (31-120 days)" and the "Does not meet the credit policy. Status:..." forms
of the oldest loans, purpose codes, addr_state, dti and revol_util written "83.7%" (a few blank); TidyTuesday's Space
launches file (launches.csv, 2019-01-15, about 4300 launches from 1957 to 2018) with tag "1967-065" (failures
"1967-F03"), the Julian date JD, launch_date "1967-06-29", launch_year, rocket type, variant mostly blank, mission,
agency codes such as "RVSN", "CASC", "AE", "SPX" or "ULAL" (some blank), state_code US / SU / RU / CN / F / J / IN
(and a few IL, IR, KP), category O (success) or F (failure) and agency_type state / private / startup; Kaggle's
Global Shark Attacks file (attacks.csv, 4000 incidents, newest first) with "Case Number" such as "2018.06.25" or
"1960.06.00.b", dates written "25-Jun-2018", "Reported 10-Jun-2018", "Jun-1960", "Ca. 1960" or "Before 1903", Year (0
when unknown), Type Unprovoked / Provoked / Invalid / Boating / Sea Disaster (and the typo "Boatomg"), upper-case
Country, Area, Location, Activity, Name, "Sex " with a trailing space in the header (M / F / blank, a few "M " and
"N"), Age as text ("17", "20s", "Teen", mostly blank), Injury, "Fatal (Y/N)" as Y / N / UNKNOWN (a few " N" and "y"),
Time as "18h00" or "Afternoon", "Species " with a trailing space, "Investigator or Source", pdf, "href formula", href
and "original order"; the UK Gender pay gap reporting file for 2017-18 (3000 employers, by name) with EmployerName
(companies in upper case, public bodies in title case), EmployerId, Address, PostCode, CompanyNumber as text
("01234567", "SC123456", blank for public bodies), SicCodes such as "1,84110" or "70100,82990" (a few blank), the
hourly and bonus pay gaps in percent (bonus gaps blank where no bonus is paid), male and female bonus shares and
quartile shares, CompanyLinkToGPGInfo and ResponsiblePerson often blank, EmployerSize "Less than 250" ... "20,000 or
more" and "Not Provided", CurrentName, SubmittedAfterTheDeadline True / False, DueDate "2018/04/05 00:00:00" (public
bodies "2018/03/31 00:00:00") and DateSubmitted written "2018/04/03 10:20:15"; and Kaggle's Retail Sales Dataset
(retail_sales_dataset.csv, 1000 transactions, all in 2023 but two on 2024-01-01) with Transaction ID, Date
"2023-11-24" in no order, Customer ID "CUST001", Gender, Age, Product Category Beauty / Clothing / Electronics,
Quantity, Price per Unit and Total Amount. All are generated with a fixed seed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout39 import _fields
from .heldout40 import _number, _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _interp(year: float, anchors: str) -> float:
    """A value read off "1957:67;1960:115;..." by straight lines between the anchors."""
    pairs = [x.split(":") for x in _split(anchors)]
    return float(np.interp(year, [float(p[0]) for p in pairs], [float(p[1]) for p in pairs]))


def _flag(s: pd.Series) -> pd.Series:
    """A True / False column as booleans, whichever way it was read back."""
    return _text(s).str.lower() == "true"


# --- 1. Beijing PM2.5 (UCI "Beijing PM2.5 Data", PRSA_data_2010.1.1-2014.12.31.csv) ----------------------------------

# combined wind direction: winter weight, summer weight, hourly wind-speed step (m/s), pull on log pm2.5
_BJ_WINDS = {
    "NW": (0.42, 0.24, 2.4, -1.05),
    "cv": (0.22, 0.20, 0.89, 0.32),
    "SE": (0.20, 0.43, 1.5, 0.18),
    "NE": (0.16, 0.13, 1.9, -0.4),
}
_BJ_YEARS = {2010: 0.1, 2011: 0.02, 2012: -0.12, 2013: 0.08, 2014: -0.03}


def _beijing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6101)
    hours = pd.date_range("2010-01-01 00:00", "2014-12-31 23:00", freq="h")
    n = len(hours)
    winter = np.cos(2 * np.pi * (hours.dayofyear.to_numpy() - 20) / 365.25)
    hour = hours.hour.to_numpy()
    years = hours.year.to_numpy()
    steps = [v[2] for v in _BJ_WINDS.values()]
    pulls = [v[3] for v in _BJ_WINDS.values()]
    code = np.zeros(n, dtype=int)
    iws = np.zeros(n)
    snow = np.zeros(n, dtype=int)
    rain = np.zeros(n, dtype=int)
    pm = np.zeros(n)
    drift = rng.normal(0, 1, (3, n))
    temp_n, dew_n, pres_n = 0.0, 0.0, 0.0
    temp = np.zeros(n)
    dew = np.zeros(n)
    pres = np.zeros(n)
    x = np.log(120.0)
    raining, snowing = 0, 0
    for i in range(n):
        if i == 0 or rng.random() < 0.075:
            w = (1 + winter[i]) / 2
            weights = [w * v[0] + (1 - w) * v[1] for v in _BJ_WINDS.values()]
            code[i] = int(_one(rng, list(range(4)), weights))
        else:
            code[i] = code[i - 1]
        step = steps[code[i]] * float(rng.lognormal(0, 0.35)) if code[i] != 1 else 0.89
        iws[i] = iws[i - 1] + step if i and code[i] == code[i - 1] else step
        temp_n = 0.993 * temp_n + 0.28 * drift[0, i]
        dew_n = 0.99 * dew_n + 0.35 * drift[1, i]
        pres_n = 0.995 * pres_n + 0.35 * drift[2, i]
        temp[i] = 12.4 - 14.5 * winter[i] + 4.2 * np.cos(2 * np.pi * (hour[i] - 15) / 24) + temp_n
        temp[i] -= 2.5 if code[i] == 0 and winter[i] > 0 else 0.0
        spread = 9 + 6 * winter[i] + (6 if code[i] == 0 else -3 if code[i] == 2 else 0) + dew_n
        dew[i] = min(temp[i] - max(spread, 0.0), 28.0)
        pres[i] = 1016.5 + 10.5 * winter[i] + (4 if code[i] == 0 else 0) + pres_n
        if raining:
            raining = raining + 1 if rng.random() < 0.8 else 0
        elif temp[i] > 2 and code[i] in (1, 2) and rng.random() < 0.012 * (1 - winter[i]):
            raining = 1
        if snowing:
            snowing = snowing + 1 if rng.random() < 0.75 else 0
        elif temp[i] < 1 and rng.random() < 0.0025:
            snowing = 1
        rain[i], snow[i] = raining, snowing
        target = np.log(95.0) + 0.38 * winter[i] + pulls[code[i]] + _BJ_YEARS[int(years[i])]
        target += 0.12 * np.cos(2 * np.pi * (hour[i] - 22) / 24) - (0.5 if raining else 0.0)
        x = 0.94 * x + 0.06 * target + float(rng.normal(0, 0.24))
        pm[i] = float(np.clip(round(np.exp(x)), 3, 994))
    gaps = np.zeros(n, dtype=bool)
    gaps[:24] = True
    for start in rng.choice(n, 80, replace=False):
        gaps[int(start) : int(start) + int(rng.integers(1, 60))] = True
    keep = np.sort(rng.choice(n, 4000, replace=False))
    return pd.DataFrame(
        {
            "No": keep + 1,
            "year": years[keep],
            "month": hours.month.to_numpy()[keep],
            "day": hours.day.to_numpy()[keep],
            "hour": hour[keep],
            "pm2.5": np.where(gaps, np.nan, pm)[keep],
            "DEWP": np.clip(np.round(dew), -40, 28).astype(int)[keep],
            "TEMP": np.round(temp)[keep],
            "PRES": np.round(pres)[keep],
            "cbwd": np.asarray(list(_BJ_WINDS), dtype=object)[code][keep],
            "Iws": np.round(iws, 2)[keep],
            "Is": snow[keep],
            "Ir": rain[keep],
        }
    )


def _bj_over(strict: bool, winter: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        pm = d["pm2.5"]
        hit = pm > 300 if strict else pm >= 300
        if winter:
            hit &= d["month"].isin([12, 1, 2])
        return float(hit.sum())

    return count


_BJ_WIND_NAMES = {
    "NW": ("northwest", "north-west", "north west"),
    "NE": ("northeast", "north-east", "north east"),
    "SE": ("southeast", "south-east", "south east"),
    "cv": ("calm", "variable"),
}
_BJ_ID = ("No", "year", "month", "day", "hour")
_BEIJING_QS = [
    Q(
        "whats the average pm2.5 in this file? and how many hours have no reading",
        both(_about(lambda d: d["pm2.5"].mean()), _count(lambda d: float(d["pm2.5"].isna().sum()))),
        (*_BJ_ID, "pm2.5"),
    ),
    Q(
        "which wind direction (cbwd) has the lowest average pm2.5?",
        _lead(_named(lambda d: str(d.groupby(_text(d["cbwd"]))["pm2.5"].mean().idxmin()), _BJ_WIND_NAMES)),
        (*_BJ_ID, "pm2.5", "cbwd"),
    ),
    Q(
        "yearly average pm2.5 - is the air getting better?",
        _about(lambda d: d.groupby("year")["pm2.5"].mean().to_numpy(), rel=0.005),
        (*_BJ_ID, "pm2.5"),
    ),
    Q(
        "how many hours had pm2.5 above 300",
        either(_count(_bj_over(True, False)), _count(_bj_over(False, False))),
        (*_BJ_ID, "pm2.5"),
    ),
    Q(
        "how many of those were in winter (dec, jan, feb)?",
        either(_count(_bj_over(True, True)), _count(_bj_over(False, True))),
        (*_BJ_ID, "pm2.5"),
    ),
    Q(
        "is pm2.5 correlated with the wind speed Iws?",
        _corr(lambda d: d["Iws"], lambda d: d["pm2.5"]),
        (*_BJ_ID, "pm2.5", "Iws", "cbwd"),
    ),
]


# --- 2. NBA Elo (FiveThirtyEight nba-elo, nbaallelo.csv) --------------------------------------------------------------

# fran_id | league:team_id:first season:last season, ... | strength (Elo points above 1500)
_NB_FRANCHISES = _fields(
    "Celtics|NBA:BOS:1947:2015|70;"
    "Knicks|NBA:NYK:1947:2015|-5;"
    "Warriors|NBA:PHW:1947:1962,NBA:SFW:1963:1971,NBA:GSW:1972:2015|5;"
    "Huskies|NBA:TRH:1947:1947|-60;"
    "Stags|NBA:CHS:1947:1950|0;"
    "Bombers|NBA:STB:1947:1950|-10;"
    "Capitols|NBA:WSC:1947:1951|20;"
    "Lakers|NBA:MNL:1949:1960,NBA:LAL:1961:2015|50;"
    "Sixers|NBA:SYR:1950:1963,NBA:PHI:1964:2015|15;"
    "Pistons|NBA:FTW:1949:1957,NBA:DET:1958:2015|-10;"
    "Hawks|NBA:TRI:1950:1951,NBA:MLH:1952:1955,NBA:STL:1956:1968,NBA:ATL:1969:2015|0;"
    "Kings|NBA:ROC:1949:1957,NBA:CIN:1958:1972,NBA:KCO:1973:1985,NBA:SAC:1986:2015|-30;"
    "Wizards|NBA:CHZ:1962:1963,NBA:BAL:1964:1973,NBA:CAP:1974:1974,NBA:WSB:1975:1997,NBA:WAS:1998:2015|-15;"
    "Bulls|NBA:CHI:1967:2015|10;"
    "Rockets|NBA:SDR:1968:1971,NBA:HOU:1972:2015|5;"
    "Thunder|NBA:SEA:1968:2008,NBA:OKC:2009:2015|5;"
    "Suns|NBA:PHO:1969:2015|5;"
    "Bucks|NBA:MIL:1969:2015|10;"
    "Cavaliers|NBA:CLE:1971:2015|-20;"
    "Trailblazers|NBA:POR:1971:2015|5;"
    "Clippers|NBA:BUF:1971:1978,NBA:SDC:1979:1984,NBA:LAC:1985:2015|-55;"
    "Jazz|NBA:NOJ:1975:1979,NBA:UTA:1980:2015|10;"
    "Spurs|ABA:DLC:1968:1973,ABA:SAA:1974:1976,NBA:SAS:1977:2015|35;"
    "Pacers|ABA:INA:1968:1976,NBA:IND:1977:2015|10;"
    "Nuggets|ABA:DNR:1968:1974,ABA:DNA:1975:1976,NBA:DEN:1977:2015|0;"
    "Nets|ABA:NJA:1968:1968,ABA:NYA:1969:1976,NBA:NYN:1977:1977,NBA:NJN:1978:2012,NBA:BRK:2013:2015|-25;"
    "Colonels|ABA:KEN:1968:1976|25;"
    "Squires|ABA:OAK:1968:1969,ABA:WSA:1970:1970,ABA:VIR:1971:1976|-15;"
    "Stars|ABA:ANA:1968:1970,ABA:UTS:1971:1975|5;"
    "Mavericks|NBA:DAL:1981:2015|0;"
    "Pelicans|NBA:CHH:1989:2002,NBA:NOH:2003:2013,NBA:NOP:2014:2015|-10;"
    "Heat|NBA:MIA:1989:2015|5;"
    "Magic|NBA:ORL:1990:2015|-5;"
    "Timberwolves|NBA:MIN:1990:2015|-30;"
    "Raptors|NBA:TOR:1996:2015|-20;"
    "Grizzlies|NBA:VAN:1996:2001,NBA:MEM:2002:2015|-20;"
    "Hornets|NBA:CHA:2005:2015|-30"
)
# points a team scores in a game, by season
_NB_POINTS = "1947:68;1950:84;1955:93;1960:115;1962:118;1966:114;1970:112;1975:102;1980:108;1985:110;1990:106;"
_NB_POINTS += "1995:101;1999:91;2005:97;2010:100;2015:100"
_NB_SITES = _split(
    "at Boston MA;at New York NY;at Philadelphia PA;at Syracuse NY;at Moline IL;at Hershey PA;at Miami FL"
)
_NB_COLUMNS = _split(
    "gameorder;game_id;lg_id;_iscopy;year_id;date_game;seasongame;is_playoffs;team_id;fran_id;pts;elo_i;elo_n;"
    "win_equiv;opp_id;opp_fran;opp_pts;opp_elo_i;opp_elo_n;game_location;game_result;forecast;notes"
)


def _nb_season(league: str, year: int) -> int:
    if league == "ABA":
        return 84
    return 60 if year < 1950 else 72 if year < 1960 else 80 if year < 1967 else 82


def _nb_win_equiv(elo: float) -> float:
    return round(82 / (1 + 10 ** (-(elo - 1500) / 400)), 5)


def _nba_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6102)
    spans: dict[str, list[tuple[str, str, int, int]]] = {}
    strength: dict[tuple[str, int], float] = {}
    for fran, text, base in _NB_FRANCHISES:
        spans[fran] = [(s[0], s[1], int(s[2]), int(s[3])) for s in (x.split(":") for x in text.split(","))]
        first, last = spans[fran][0][2], spans[fran][-1][3]
        level = float(base) - 80
        for year in range(first, last + 1):
            level = 0.72 * level + 0.28 * float(base) + float(rng.normal(0, 55))
            strength[(fran, year)] = level
    slots: list[tuple[int, str, list[tuple[str, str]]]] = []
    weights: list[float] = []
    for year in range(1947, 2016):
        for league in ("NBA", "ABA"):
            teams = [(f, s[1]) for f, ss in spans.items() for s in ss if s[0] == league and s[2] <= year <= s[3]]
            if len(teams) > 1:
                slots.append((year, league, teams))
                weights.append(len(teams) * _nb_season(league, year) / 2)
    picks = rng.choice(len(slots), 2400, p=np.asarray(weights) / sum(weights))
    games: list[dict[str, Any]] = []
    for k in picks:
        year, league, teams = slots[int(k)]
        playoff = rng.random() < 0.065
        if playoff:
            w = np.exp(np.array([strength[(f, year)] for f, _t in teams]) / 45)
            a, b = (int(i) for i in rng.choice(len(teams), 2, replace=False, p=w / w.sum()))
        else:
            a, b = (int(i) for i in rng.choice(len(teams), 2, replace=False))
        start = pd.Timestamp(year - 1, 11, 1) if year < 1960 else pd.Timestamp(year - 1, 10, 20)
        end = pd.Timestamp(year, 3, 20) if year < 1970 else pd.Timestamp(year, 4, 15)
        if playoff:
            day = end + pd.Timedelta(days=int(rng.integers(1, 56)))
        else:
            day = start + pd.Timedelta(days=int(rng.integers(0, (end - start).days + 1)))
        neutral = not playoff and rng.random() < (0.06 if year < 1970 else 0.004)
        home = None if neutral else int(rng.integers(0, 2))
        games.append(
            {
                "year": year,
                "league": league,
                "teams": (teams[a], teams[b]),
                "playoff": playoff,
                "day": day,
                "home": home,
            }
        )
    games.sort(key=lambda g: (g["day"], g["teams"][0][1]))
    order = np.cumsum(rng.integers(1, 50, len(games)))
    rows: list[dict[str, Any]] = []
    for g, number in zip(games, order, strict=True):
        year, league, (ta, tb), home = g["year"], g["league"], g["teams"], g["home"]
        elo = [1500 + strength[(ta[0], year)] + float(rng.normal(0, 25)), 0.0]
        elo[1] = 1500 + strength[(tb[0], year)] + float(rng.normal(0, 25))
        edge = 0 if home is None else (100 if home == 0 else -100)
        fa = 1 / (1 + 10 ** (-(elo[0] - elo[1] + edge) / 400))
        mean = _interp(year, _NB_POINTS) + (3 if league == "ABA" else 0)
        margin = float(rng.normal((elo[0] - elo[1] + edge) / 28, 11))
        total = float(rng.normal(2 * mean, 14))
        pa, pb = round((total + margin) / 2), round((total - margin) / 2)
        while pa == pb:
            pa, pb = pa + int(rng.integers(4, 15)), pb + int(rng.integers(4, 15))
        win_a = pa > pb
        lead = (elo[0] - elo[1] + edge) * (1 if win_a else -1)
        delta = 20 * (abs(pa - pb) + 3) ** 0.8 / (7.5 + 0.006 * lead) * ((1.0 if win_a else 0.0) - fa)
        after = [elo[0] + delta, elo[1] - delta]
        length = _nb_season(league, year)
        counts = [int(rng.integers(1, length + 1)) for _ in range(2)]
        if g["playoff"]:
            counts = [length + int(rng.integers(1, 21)) for _ in range(2)]
        host = tb if home == 1 else ta
        game_id = f"{g['day']:%Y%m%d}0{host[1]}"
        note = str(_one(rng, _NB_SITES)) if home is None else None
        first = int(rng.integers(0, 2))
        for side in (first, 1 - first):
            me, you = (ta, tb) if side == 0 else (tb, ta)
            mine, yours = (pa, pb) if side == 0 else (pb, pa)
            place = "N" if home is None else ("H" if home == side else "A")
            rows.append(
                {
                    "gameorder": int(number),
                    "game_id": game_id,
                    "lg_id": league,
                    "_iscopy": int(side != first),
                    "year_id": year,
                    "date_game": f"{g['day'].month}/{g['day'].day}/{g['day'].year}",
                    "seasongame": counts[side],
                    "is_playoffs": int(g["playoff"]),
                    "team_id": me[1],
                    "fran_id": me[0],
                    "pts": mine,
                    "elo_i": round(elo[side], 4),
                    "elo_n": round(after[side], 4),
                    "win_equiv": _nb_win_equiv(after[side]),
                    "opp_id": you[1],
                    "opp_fran": you[0],
                    "opp_pts": yours,
                    "opp_elo_i": round(elo[1 - side], 4),
                    "opp_elo_n": round(after[1 - side], 4),
                    "game_location": place,
                    "game_result": "W" if mine > yours else "L",
                    "forecast": round(fa if side == 0 else 1 - fa, 6),
                    "notes": note,
                }
            )
    return pd.DataFrame(rows)[_NB_COLUMNS]


def _nb_wins(d: pd.DataFrame) -> pd.Series:
    return _ranked((_text(d["game_result"]) == "W").groupby(_text(d["fran_id"])).sum())


def _nb_top_rate(d: pd.DataFrame) -> float:
    mine = _text(d["fran_id"]) == str(_nb_wins(d).index[0])
    return float((_text(d.loc[mine, "game_result"]) == "W").mean())


def _nb_decades(by_season: bool, combined: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        year = d["year_id"] if by_season else pd.to_datetime(_text(d["date_game"]), format="%m/%d/%Y").dt.year
        pts = d["pts"] + d["opp_pts"] if combined else d["pts"]
        return pts.groupby(year // 10 * 10).mean().to_numpy()

    return means


def _nb_gap(d: pd.DataFrame) -> pd.Series:
    return d["elo_i"] - d["opp_elo_i"]


def _nb_margin(d: pd.DataFrame) -> pd.Series:
    return d["pts"] - d["opp_pts"]


def _nb_first(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["_iscopy"] == 0]


_NB_ALIASES = {f: tuple(x.split(":")[1] for x in text.split(",")) for f, text, _b in _NB_FRANCHISES}
_NB_ID = ("gameorder", "game_id", "_iscopy", "team_id", "fran_id")
_NBA_QS = [
    Q(
        "which franchise has won the most games in this data?",
        _lead(_named(lambda d: str(_nb_wins(d).index[0]), _NB_ALIASES)),
        (*_NB_ID, "game_result"),
    ),
    Q(
        "whats their win percentage?",
        _share(_nb_top_rate),
        (*_NB_ID, "game_result"),
    ),
    Q(
        "how often does the home team win",
        _share(lambda d: float((_text(d.loc[_text(d["game_location"]) == "H", "game_result"]) == "W").mean())),
        (*_NB_ID, "game_location", "game_result"),
    ),
    Q(
        "how many playoff games are in the file?",
        either(
            _count(lambda d: float(d.loc[d["is_playoffs"] == 1, "game_id"].nunique())),
            _count(lambda d: float((d["is_playoffs"] == 1).sum())),
        ),
        (*_NB_ID, "is_playoffs"),
    ),
    Q(
        "avg points per game by decade - has scoring gone up or down?",
        either(*(_about(_nb_decades(s, c), rel=0.005) for s in (True, False) for c in (False, True))),
        (*_NB_ID, "pts", "opp_pts", "year_id", "date_game"),
    ),
    Q(
        "correlation between the pre-game elo difference and the final point margin?",
        either(
            _corr(_nb_gap, _nb_margin),
            _corr(lambda d: _nb_gap(_nb_first(d)), lambda d: _nb_margin(_nb_first(d))),
        ),
        (*_NB_ID, "elo_i", "opp_elo_i", "pts", "opp_pts", "forecast"),
    ),
]


# --- 3. Lending Club loans (Kaggle "Lending Club Loan Data", loan.csv) ------------------------------------------------

# grade: weight, base interest rate (%), share on 60-month terms, lifetime charge-off rate
_LC_GRADES = {
    "A": (17, 7.3, 0.08, 0.06),
    "B": (29, 10.8, 0.18, 0.11),
    "C": (28, 13.9, 0.3, 0.17),
    "D": (16, 17.2, 0.38, 0.23),
    "E": (7, 20.1, 0.5, 0.28),
    "F": (2.5, 23.6, 0.6, 0.33),
    "G": (0.6, 25.7, 0.65, 0.36),
}
_LC_LENGTHS = (
    "< 1 year:8;1 year:6.5;2 years:9;3 years:8;4 years:6;5 years:6.5;6 years:5;7 years:5;8 years:5;9 years:4;"
    "10+ years:32;n/a:5"
)
_LC_TITLES = _split(
    "Teacher;teacher;Manager;manager;Registered Nurse;RN;rn;Owner;Supervisor;supervisor;Sales;Project Manager;Driver;"
    "Office Manager;General Manager;Director;Engineer;Truck Driver;truck driver;Police Officer;Nurse;Accountant;"
    "Analyst;US Army;Walmart;Bank of America;AT&T;Kaiser Permanente;Store Manager;Software Engineer;"
    "Administrative Assistant;Sales Manager;Operations Manager;Mechanic;Customer Service;Technician;Electrician;"
    "Paralegal;Consultant;Attorney;Pharmacist;Server;Account Manager;Vice President;President;Branch Manager;"
    "Program Manager;Registered nurse;Executive Assistant;Principal"
)
_LC_PURPOSES = (
    "debt_consolidation:59;credit_card:23;home_improvement:5.8;other:4.8;major_purchase:1.9;small_business:1.2;"
    "car:1;medical:1;moving:0.6;vacation:0.5;house:0.4;wedding:0.25;renewable_energy:0.06;educational:0.05"
)
_LC_STATES = (
    "CA:14.6;NY:8.4;TX:8;FL:6.9;IL:4;NJ:3.8;PA:3.5;OH:3.3;GA:3.2;VA:2.9;NC:2.8;MI:2.5;MD:2.4;MA:2.3;AZ:2.3;WA:2.2;"
    "CO:2.1;MN:1.8;MO:1.6;IN:1.5;CT:1.5;TN:1.4;NV:1.4;WI:1.3;AL:1.3;OR:1.3;SC:1.2;LA:1.2;KY:1;OK:0.9;KS:0.9;AR:0.75;"
    "UT:0.7;NM:0.55;HI:0.5;WV:0.5;NH:0.5;RI:0.45;MS:0.4;MT:0.3;DE:0.3;DC:0.3;AK:0.25;WY:0.2;VT:0.2;SD:0.2;NE:0.1;"
    "ME:0.05;ND:0.05;ID:0.02;IA:0.01"
)
_LC_COLUMNS = _split(
    "id;loan_amnt;funded_amnt;term;int_rate;installment;grade;sub_grade;emp_title;emp_length;home_ownership;"
    "annual_inc;verification_status;issue_d;loan_status;purpose;addr_state;dti;revol_util"
)


def _lc_status(rng: np.random.Generator, issued: pd.Timestamp, months: int, charge_off: float) -> str:
    age = (2016 - issued.year) * 12 - issued.month + 1
    if rng.random() < charge_off * min(1.0, age / (0.6 * months)):
        return "Charged Off"
    if age >= months or rng.random() < min(0.85, 0.8 * age / months):
        return "Fully Paid"
    r = rng.random()
    if r < 0.014:
        return "Late (31-120 days)"
    if r < 0.021:
        return "In Grace Period"
    if r < 0.024:
        return "Late (16-30 days)"
    return "Default" if r < 0.025 else "Current"


def _lending_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6103)
    months = pd.date_range("2007-06-01", "2015-12-01", freq="MS")
    month_w = np.exp(0.058 * np.arange(len(months)))
    grades = list(_LC_GRADES)
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        issued = months[int(rng.choice(len(months), p=month_w / month_w.sum()))]
        grade = str(_one(rng, grades, [g[0] for g in _LC_GRADES.values()]))
        _w, base, long_p, charge = _LC_GRADES[grade]
        sub = int(rng.integers(1, 6))
        rate = round(base + 0.9 * (sub - 3) + (0.6 if issued.year < 2010 else 0.0) + float(rng.normal(0, 0.35)), 2)
        term = 60 if issued >= pd.Timestamp(2010, 5, 1) and rng.random() < long_p else 36
        home = _draw(rng, "MORTGAGE:50;RENT:40;OWN:10")
        if issued.year < 2009 and rng.random() < 0.04:
            home = _draw(rng, "OTHER:3;NONE:1")
        income = float(rng.lognormal(np.log(62000 if home != "MORTGAGE" else 75000), 0.5))
        amount = 11500 * (income / 68000) ** 0.55 * (1.4 if term == 60 else 1.0) * float(rng.lognormal(0, 0.45))
        amount = float(np.clip(amount, 500, 35000))
        amount = round(amount / 1000) * 1000 if rng.random() < 0.6 else round(amount / 25) * 25
        amount = max(amount, 500)
        funded = amount if rng.random() > 0.03 else max(500, amount - 25 * int(rng.integers(1, 120)))
        r = rate / 1200
        installment = round(funded * r / (1 - (1 + r) ** -term), 2)
        income = float(round(income / 1000) * 1000) if rng.random() < 0.7 else round(income, 2)
        if issued.year < 2010:
            verified = _draw(rng, "Not Verified:70;Verified:20;Source Verified:10")
        else:
            verified = _draw(rng, "Source Verified:37;Verified:33;Not Verified:30")
        status = _lc_status(rng, issued, term, charge * (1.3 if term == 60 else 1.0))
        if issued.year < 2011 and rng.random() < 0.04 and status in ("Fully Paid", "Charged Off"):
            status = f"Does not meet the credit policy. Status:{status}"
        dti = float(np.clip(rng.normal(15 + 1.2 * grades.index(grade), 7.5), 0, 39.99))
        util = float(np.clip(rng.normal(52 + 3 * grades.index(grade), 24), 0, 128))
        rows.append(
            {
                "issued": issued,
                "loan_amnt": int(amount),
                "funded_amnt": int(funded),
                "term": f" {term} months",
                "int_rate": f"{rate:.2f}%",
                "installment": installment,
                "grade": grade,
                "sub_grade": f"{grade}{sub}",
                "emp_title": str(_one(rng, _LC_TITLES)) if rng.random() > 0.06 else None,
                "emp_length": _draw(rng, _LC_LENGTHS),
                "home_ownership": home,
                "annual_inc": income,
                "verification_status": verified,
                "issue_d": f"{issued:%b-%Y}",
                "loan_status": status,
                "purpose": _draw(rng, _LC_PURPOSES),
                "addr_state": _draw(rng, _LC_STATES),
                "dti": round(dti, 2),
                "revol_util": f"{util:.1f}%" if rng.random() > 0.002 else None,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[rng.choice(len(frame), 2, replace=False), "annual_inc"] = None
    frame["id"] = 0
    for issued, rows_of in frame.groupby("issued").groups.items():
        offsets = np.sort(rng.choice(20_000, len(rows_of), replace=False))
        frame.loc[rows_of, "id"] = 54_734 + (issued - pd.Timestamp(2007, 6, 1)).days * 21_000 + offsets
    frame = frame.sort_values("id", ascending=False, ignore_index=True)
    return frame[_LC_COLUMNS]


def _lc_charged(term: str | None, finished: bool, loose: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        status = _text(d["loan_status"])
        bad = status.str.contains("Charged Off") if loose else status == "Charged Off"
        keep = pd.Series(True, index=d.index)
        if term:
            keep &= _text(d["term"]) == term
        if finished:
            keep &= (
                status.str.contains("Fully Paid|Charged Off") if loose else status.isin(["Fully Paid", "Charged Off"])
            )
        return float(bad[keep].mean())

    return share


def _lc_charged_any(term: str | None) -> Check:
    return either(*(_share(_lc_charged(term, f, lo)) for f in (False, True) for lo in (False, True)))


def _lc_years(d: pd.DataFrame) -> Any:
    years = pd.to_datetime(_text(d["issue_d"]), format="%b-%Y").dt.year
    return years.value_counts().sort_index().to_numpy()


def _lc_of(column: str, how: str) -> Callable[[pd.DataFrame], Any]:
    """A column, or its total ("sum") or mean."""
    return lambda d: d[column].agg(how) if how else d[column]


_LC_MONEY = (1e3, 1e6, 1e9)
_LC_ID = ("id",)
_LC_AMOUNT = ("loan_amnt", "funded_amnt")
_LENDING_QS = [
    Q(
        "how much money was lent in total, and whats the average loan size?",
        both(
            either(*(_scaled(_lc_of(c, "sum"), _LC_MONEY) for c in _LC_AMOUNT)),
            either(*(_scaled(_lc_of(c, "mean"), _LC_MONEY) for c in _LC_AMOUNT)),
        ),
        (*_LC_ID, *_LC_AMOUNT),
    ),
    Q(
        "average interest rate for each grade",
        _about(lambda d: _number(d["int_rate"]).groupby(_text(d["grade"])).mean().to_numpy(), rel=0.004),
        (*_LC_ID, "int_rate", "grade", "sub_grade"),
    ),
    Q(
        "what % of loans were charged off?",
        _lc_charged_any(None),
        (*_LC_ID, "loan_status"),
    ),
    Q(
        "and for 60 month loans?",
        _lc_charged_any("60 months"),
        (*_LC_ID, "loan_status", "term"),
    ),
    Q(
        "number of loans issued per year - is lending growing?",
        _count(_lc_years),
        (*_LC_ID, "issue_d"),
    ),
    Q(
        "does annual income correlate with the loan amount",
        either(*(_corr(_lc_of("annual_inc", ""), _lc_of(c, "")) for c in _LC_AMOUNT)),
        (*_LC_ID, "annual_inc", *_LC_AMOUNT),
    ),
]


# --- 4. Space launches (TidyTuesday 2019-01-15, launches.csv) ---------------------------------------------------------

# launches a year (about three quarters of the real log)
_SL_YEARS = (
    "1957:2;1958:21;1959:17;1960:29;1961:39;1962:62;1963:50;1964:65;1965:85;1966:95;1967:104;1968:96;1969:88;"
    "1970:88;1971:95;1972:86;1973:91;1974:85;1975:97;1976:97;1977:96;1978:96;1979:82;1980:81;1981:93;1982:93;"
    "1983:96;1984:96;1985:93;1986:80;1987:84;1988:90;1989:76;1990:91;1991:70;1992:72;1993:60;1994:70;1995:60;"
    "1996:58;1997:67;1998:62;1999:58;2000:62;2001:44;2002:49;2003:47;2004:40;2005:41;2006:50;2007:51;2008:52;"
    "2009:58;2010:55;2011:63;2012:58;2013:61;2014:69;2015:65;2016:66;2017:68;2018:86"
)
# share of the year's launches by country: US, Soviet Union / Russia, China, France (Kourou), Japan, India, others
_SL_SHARES = _fields(
    "1957|0.5|0.5|0|0|0|0|0;"
    "1962|0.62|0.38|0|0|0|0|0;"
    "1966|0.44|0.53|0|0.015|0.015|0|0;"
    "1970|0.28|0.66|0.01|0.02|0.03|0|0;"
    "1980|0.15|0.77|0.02|0.02|0.02|0.02|0;"
    "1990|0.22|0.62|0.05|0.07|0.03|0.01|0.01;"
    "1996|0.34|0.36|0.05|0.15|0.03|0.02|0.01;"
    "2000|0.35|0.4|0.06|0.14|0.03|0.02|0.01;"
    "2010|0.22|0.4|0.2|0.08|0.04|0.04|0.02;"
    "2018|0.28|0.17|0.36|0.1|0.06|0.06|0.01"
)
_SL_GROUPS = ("US", "RU", "CN", "F", "J", "IN", "XX")
# state_code | agency | agency_type | rocket type | first year | last year | weight
_SL_ROCKETS = _fields(
    "US|US|state|Vanguard|1957|1959|2;US|NASA|state|Juno I|1958|1958|2;US|USAF|state|Thor Able|1958|1960|2;"
    "US|USAF|state|Thor Agena B|1960|1966|6;US|USAF|state|Atlas Agena D|1963|1978|6;"
    "US|NASA|state|Thor Delta|1960|1968|4;US|NASA|state|Scout|1960|1994|2;US|NASA|state|Saturn V|1967|1973|2;"
    "US|USAF|state|Titan IIIC|1965|1982|3;US|USAF|state|Titan IIID|1971|1982|2;"
    "US|NASA|state|Delta 2914|1972|1979|4;US|NASA|state|Atlas Centaur|1966|1990|3;"
    "US|NASA|state|Space Shuttle|1981|2011|5;US|USAF|state|Titan IV|1989|2005|2;"
    "US|MDSSC|private|Delta 7925|1990|1997|6;US|BOEING|private|Delta 7925|1998|2009|6;"
    "US|LMA|private|Atlas IIAS|1993|2004|3;US|OSC|private|Pegasus XL|1994|2018|1.5;"
    "US|OSC|private|Minotaur I|2000|2013|0.7;US|OSC|private|Antares 230|2016|2018|1;"
    "US|ULAL|private|Atlas V 401|2007|2018|5;US|ULAL|private|Delta IV M+(4,2)|2007|2018|2;"
    "US|SPX|startup|Falcon 1|2006|2009|1;US|SPX|startup|Falcon 9|2010|2013|1.5;"
    "US|SPX|startup|Falcon 9|2014|2016|6;US|SPX|startup|Falcon 9|2017|2018|15;US|RL|startup|Electron|2017|2018|0.5;"
    "SU|RVSN|state|Sputnik 8K71PS|1957|1958|3;SU|RVSN|state|Vostok 8K72K|1959|1964|3;"
    "SU|RVSN|state|Kosmos 11K63|1962|1977|4;SU|RVSN|state|Voskhod 11A57|1963|1976|5;"
    "SU|RVSN|state|Molniya 8K78M|1964|1991|3;SU|RVSN|state|Soyuz 11A511|1966|1976|4;"
    "SU|RVSN|state|Kosmos-3M|1967|1991|5;SU|RVSN|state|Tsiklon-2|1969|1991|2;"
    "SU|RVSN|state|Proton-K/DM|1967|1991|2;SU|RVSN|state|Soyuz-U|1973|1991|8;"
    "SU|RVSN|state|Tsiklon-3|1977|1991|3;SU|RVSN|state|Zenit-2|1985|1991|1;"
    "RU|RVSN|state|Soyuz-U|1992|2017|6;RU|RVSN|state|Kosmos-3M|1992|2010|2;RU|RVSN|state|Tsiklon-3|1992|2009|1.5;"
    "RU|KHRUN|private|Proton-K/DM|1992|2012|2.5;RU|ILSK|private|Proton-M/Briz-M|2001|2018|3;"
    "RU|VKS|state|Soyuz-FG|2001|2018|2;RU|VKS|state|Soyuz-2-1a|2004|2018|2;RU|VKS|state|Soyuz-2-1b|2006|2018|2;"
    "RU|KOSMO|private|Dnepr|1999|2015|1;RU|KHRUN|private|Rokot|2000|2018|1;"
    "CN|CASC|state|CZ-1|1970|1971|1;CN|CASC|state|FB-1|1973|1981|1;CN|CASC|state|CZ-2C|1975|2018|2;"
    "CN|CASC|state|CZ-3|1984|2000|1.5;CN|CASC|state|CZ-2D|1992|2018|2;CN|CASC|state|CZ-3A|1994|2018|2;"
    "CN|CASC|state|CZ-3B|1996|2018|3;CN|CASC|state|CZ-4B|1999|2018|2;CN|CASC|state|CZ-4C|2006|2018|2;"
    "CN|CASC|state|CZ-2F|1999|2016|0.7;CN|CASC|state|CZ-11|2015|2018|0.7;CN|EXPACE|startup|KZ-1A|2017|2018|0.6;"
    "CN|LANDSPACE|startup|ZQ-1|2018|2018|0.2;"
    "F|CNES|state|Diamant A|1965|1967|1;F|CNES|state|Diamant B|1970|1975|1;F|AE|private|Ariane 1|1979|1986|1;"
    "F|AE|private|Ariane 3|1984|1989|1;F|AE|private|Ariane 44L|1988|2003|2;F|AE|private|Ariane 5G|1996|2003|1;"
    "F|AE|private|Ariane 5ECA|2002|2018|3;F|AE|private|Soyuz-ST-B|2011|2018|1;F|AE|private|Vega|2012|2018|1;"
    "J|ISAS|state|Lambda-4S|1966|1970|1;J|NASDA|state|N-I|1975|1982|1;J|ISAS|state|Mu-3S|1980|1984|1;"
    "J|NASDA|state|N-II|1981|1987|1;J|NASDA|state|H-I|1986|1992|1;J|NASDA|state|H-II|1994|1999|1;"
    "J|ISAS|state|M-V|1997|2006|0.6;J|MHI|private|H-IIA 202|2001|2018|3;J|MHI|private|H-IIB|2009|2018|1;"
    "J|JAXA|state|Epsilon|2013|2018|0.5;"
    "IN|ISRO|state|SLV-3|1979|1983|1;IN|ISRO|state|ASLV|1987|1994|1;IN|ISRO|state|PSLV|1993|2018|2;"
    "IN|ISRO|state|PSLV-XL|2008|2018|2;IN|ISRO|state|GSLV Mk II|2001|2018|1;IN|ISRO|state|GSLV Mk III|2017|2018|0.5;"
    "IL|IAI|state|Shavit|1988|2016|1;KP|KCST|state|Unha-3|2009|2016|0.5;IR|ISA|state|Safir|2008|2015|0.5;"
    "KR|KARI|state|Naro-1|2009|2013|0.3"
)
_SL_MISSIONS = {
    "US": "USA ;OPS ;Explorer ;GPS IIR-;Intelsat ;STS-;DSP ;NROL-;GOES-;Iridium ",
    "SU": "Kosmos-;Kosmos-;Kosmos-;Molniya-1-;Meteor-;Soyuz T-;Progress-;Gorizont-",
    "RU": "Kosmos-;Progress M-;Soyuz TMA-;Glonass-M ;Ekspress-AM;Meridian-",
    "CN": "Yaogan-;Beidou-;Shijian-;FSW-;Fengyun-;Tianlian-",
    "F": "Intelsat ;Eutelsat ;Galileo FOC ;SES-;Arabsat-;MSG-",
    "J": "Himawari-;QZS-;IGS-;HTV-;Michibiki-",
    "IN": "IRS-;GSAT-;Cartosat-;IRNSS-1",
    "IL": "Ofeq-",
    "KP": "Kwangmyongsong-",
    "IR": "Omid-;Rasad-;Navid-",
    "KR": "STSAT-2",
}
_SL_FAIL = {"US": 1.0, "SU": 1.0, "RU": 1.0, "CN": 1.6, "F": 1.1, "J": 1.3, "IN": 3.0, "IL": 4, "KP": 8, "IR": 5}


def _sl_fail(year: int, code: str, kind: str) -> float:
    base = 0.45 if year < 1960 else 0.28 if year < 1963 else 0.14 if year < 1967 else 0.08 if year < 1981 else 0.05
    return min(0.8, base * _SL_FAIL.get(code, 4.0) * (3.0 if kind == "startup" else 1.0))


def _launches_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6104)
    rockets = [(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), float(r[6])) for r in _SL_ROCKETS]
    anchors = [int(r[0]) for r in _SL_SHARES]
    rows: list[dict[str, Any]] = []
    for text in _split(_SL_YEARS):
        year, mean = (int(x) for x in text.split(":"))
        shares = [float(np.interp(year, anchors, [float(r[k]) for r in _SL_SHARES])) for k in range(1, 8)]
        pools = []
        for k, group in enumerate(_SL_GROUPS):
            codes = {"RU": ("SU",) if year < 1992 else ("RU",), "XX": ("IL", "KP", "IR", "KR")}.get(group, (group,))
            pool = [r for r in rockets if r[0] in codes and r[4] <= year <= r[5]]
            pools.append(pool)
            shares[k] = shares[k] if pool else 0.0
        for _ in range(int(rng.poisson(mean))):
            pool = pools[int(_one(rng, list(range(7)), shares))]
            code, agency, kind, rocket, _a, _b, _w = pool[int(_one(rng, list(range(len(pool))), [r[6] for r in pool]))]
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=float(rng.uniform(0, 365)))
            if year == 1957:
                day = pd.Timestamp(1957, 10, 4) + pd.Timedelta(days=float(rng.uniform(0, 85)))
            prefix = str(_one(rng, _SL_MISSIONS[code].split(";")))
            mission = prefix + str(int(rng.integers(1, 300))) if prefix.endswith(("-", " ")) else prefix
            rows.append(
                {
                    "day": day,
                    "type": rocket,
                    "variant": None if rng.random() < 0.8 else str(_one(rng, ["A", "B", "M", "2", "ST", "Blok L"])),
                    "mission": mission if rng.random() > 0.03 else None,
                    "agency": agency if rng.random() > 0.07 else None,
                    "state_code": code,
                    "category": "F" if rng.random() < _sl_fail(year, code, kind) else "O",
                    "agency_type": kind,
                }
            )
    frame = pd.DataFrame(rows).sort_values("day", kind="stable", ignore_index=True)
    frame["launch_year"] = frame["day"].dt.year
    seq = frame.groupby(["launch_year", "category"]).cumcount() + 1
    frame["tag"] = [
        f"{y}-F{n:02d}" if c == "F" else f"{y}-{n:03d}"
        for y, c, n in zip(frame["launch_year"], frame["category"], seq, strict=True)
    ]
    frame["JD"] = np.round((frame["day"] - pd.Timestamp(1970, 1, 1)) / pd.Timedelta(days=1) + 2440587.5, 2)
    frame["launch_date"] = frame["day"].dt.strftime("%Y-%m-%d")
    columns = "tag;JD;launch_date;launch_year;type;variant;mission;agency;state_code;category;agency_type"
    return frame[_split(columns)]


def _sl_since(kinds: tuple[str, ...], strict: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        late = d["launch_year"] > 2010 if strict else d["launch_year"] >= 2010
        return float((late & _text(d["agency_type"]).isin(kinds)).sum())

    return count


_SL_NAMES = {"SU": ("Soviet Union", "USSR", "Soviet", "Russia"), "US": ("United States", "USA")}
_SL_ID = ("tag", "JD", "launch_date", "mission")
_LAUNCHES_QS = [
    Q(
        "which country has launched the most rockets?",
        _lead(_named(lambda d: str(_text(d["state_code"]).value_counts().idxmax()), _SL_NAMES)),
        (*_SL_ID, "state_code"),
    ),
    Q(
        "what's the overall success rate",
        _share(lambda d: float((_text(d["category"]) == "O").mean())),
        (*_SL_ID, "category"),
    ),
    Q(
        "and for the US only?",
        _share(lambda d: float((_text(d.loc[_text(d["state_code"]) == "US", "category"]) == "O").mean())),
        (*_SL_ID, "category", "state_code"),
    ),
    Q(
        "plot launches per year. which year had the most?",
        _lead(_year(lambda d: float(d["launch_year"].value_counts().idxmax()))),
        (*_SL_ID, "launch_year"),
    ),
    Q(
        "how many launches were done by private companies since 2010?",
        either(*(_count(_sl_since(k, s)) for k in (("private",), ("private", "startup")) for s in (False, True))),
        (*_SL_ID, "agency_type", "launch_year", "agency"),
    ),
    Q(
        "top 5 rocket types by number of launches",
        _top_named(lambda d: _ranked(_text(d["type"]).value_counts()), 5),
        (*_SL_ID, "type"),
    ),
]


# --- 5. Global shark attacks (Kaggle "Global Shark Attacks", attacks.csv) ---------------------------------------------

# share of incidents by decade (the decade's first year; 1540 for anything older than 1900, 0 for undated)
_SH_DECADES = "0:2;1540:9;1900:3;1910:3;1920:4;1930:5;1940:5;1950:9;1960:9.5;1970:5;1980:5;1990:7;2000:12;2010:12"
_SH_COUNTRIES = (
    "USA:36;AUSTRALIA:22;SOUTH AFRICA:9;PAPUA NEW GUINEA:2.2;NEW ZEALAND:2.1;BAHAMAS:1.8;BRAZIL:1.7;MEXICO:1.4;"
    "ITALY:1.1;FIJI:1;PHILIPPINES:0.9;REUNION:0.9;NEW CALEDONIA:0.9;CUBA:0.7;MOZAMBIQUE:0.7;SPAIN:0.7;INDIA:0.6;"
    "EGYPT:0.6;JAPAN:0.6;CROATIA:0.5;PANAMA:0.5;SOLOMON ISLANDS:0.5;IRAN:0.5;JAMAICA:0.4;GREECE:0.4;HONG KONG:0.4;"
    ":0.8"
)
# country: area | weight | locations
_SH_AREAS = {
    "USA": _fields(
        "Florida|45|Volusia County;Florida|45|New Smyrna Beach, Volusia County;Florida|45|Ponce Inlet, Volusia County;"
        "Florida|45|Cocoa Beach, Brevard County;Florida|45|Melbourne Beach, Brevard County;"
        "Florida|45|Jensen Beach, Martin County;Hawaii|13|Maui;Hawaii|13|Oahu;Hawaii|13|Kauai;"
        "California|12|Isla Vista;California|12|Monterey Bay;California|12|Huntington Beach;"
        "South Carolina|6|Myrtle Beach, Horry County;South Carolina|6|Folly Beach, Charleston County;"
        "North Carolina|5|Wrightsville Beach;North Carolina|5|Ocracoke Island;Texas|5|South Padre Island;"
        "Texas|5|Galveston;New Jersey|3|Long Beach Island;New York|2|Fire Island;Oregon|2|Seaside"
    ),
    "AUSTRALIA": _fields(
        "New South Wales|35|Ballina;New South Wales|35|Bondi Beach;New South Wales|35|Manly;"
        "New South Wales|35|Byron Bay;Queensland|30|Cairns;Queensland|30|Townsville;Queensland|30|Moreton Bay;"
        "Western Australia|13|Esperance;Western Australia|13|Cottesloe;Western Australia|13|Margaret River;"
        "South Australia|10|Port Lincoln;South Australia|10|Glenelg;Victoria|6|Portsea;Tasmania|2|Hobart"
    ),
    "SOUTH AFRICA": _fields(
        "Eastern Cape Province|40|Port St. Johns;Eastern Cape Province|40|East London;"
        "Eastern Cape Province|40|Jeffreys Bay;KwaZulu-Natal|40|Durban;KwaZulu-Natal|40|Amanzimtoti;"
        "Western Cape Province|20|Fish Hoek;Western Cape Province|20|Mossel Bay"
    ),
}
_SH_ACTIVITIES = (
    "Surfing:15;Swimming:14;Fishing:7;Spearfishing:5;Bathing:3;Wading:2.5;Diving:2;Standing:1.7;Snorkeling:1.6;"
    "Scuba diving:1.4;Body boarding:1.3;Body surfing:1.1;Swimming :0.6;Boogie boarding:1;Treading water:0.8;"
    "Kayaking:0.8;Free diving:0.8;Fishing for sharks:0.6;Pearl diving:0.5;Sea disaster:1.5;Walking:0.7;"
    "Floating:0.6;Playing:0.6;Windsurfing:0.4;Paddle boarding:0.5;Shark fishing:0.4;Kite surfing:0.3;"
    "Surf skiing:0.4;Fell overboard:0.6;Paddle-skiing:0.3;Murder:0.2;Cleaning fish:0.3;Rowing:0.3"
)
_SH_SPECIES = (
    "White shark:10;White shark, 4 m:3;White shark, 3m:2;Tiger shark:6;Tiger shark, 3m:2;Bull shark:5;"
    "Bull shark, 2 m:2;Blacktip shark:2;Shark involvement not confirmed:3;Invalid:2;Questionable:1;"
    "Wobbegong shark:1;Spinner shark:1;Nurse shark:1;Mako shark:1;1.5 m shark:1.5;2 m shark:2;"
    "Shark involvement prior to death unconfirmed:1.5;Bronze whaler shark:1;Lemon shark:0.8;Hammerhead shark:0.8"
)
_SH_SOURCES = _split(
    "C. Moore, GSAF;T. Peake, GSAF;R. Collier, GSAF;M. Levine, GSAF;B. Myatt, GSAF;J. Castro;C. Creswell, GSAF;"
    "V.M. Coppleson (1958), p.68;J. Green, p.32;S. Petersohn, GSAF;A. Gifford, GSAF;Orlando Sentinel;The Sun;"
    "Sydney Morning Herald;The Mercury;Daily Telegraph;Honolulu Star-Advertiser"
)
_SH_FIRST = _split(
    "John;Michael;David;James;Robert;Peter;Mark;Paul;Chris;Daniel;Ryan;Jason;Matt;Luke;Jack;Tom;Ben;Sam;Adam;Kevin"
)
_SH_LAST = _split(
    "Smith;Johnson;Brown;Williams;Jones;Taylor;Wilson;Martin;Anderson;Thomas;White;Harris;Clark;Lewis;Walker;Hall;"
    "Young;King;Wright;Green;Baker;Adams;Nelson;Hill;Campbell;Mitchell;Roberts;Carter;Evans;Turner"
)
_SH_INJURIES = {
    "Y": _split(
        "FATAL;FATAL, body not recovered;FATAL, leg severed;Remains recovered from shark;FATAL, bitten on thigh"
    ),
    "N": _split(
        "Minor injury to left foot;Lacerations to right leg;Bitten on left calf;No injury, board bitten;"
        "Severe lacerations to thigh;Minor injury to hand;Puncture wounds to ankle;No injury;Survived;"
        "Laceration to right forearm;Bite to left foot"
    ),
}
_SH_COLUMNS = [
    "Case Number",
    "Date",
    "Year",
    "Type",
    "Country",
    "Area",
    "Location",
    "Activity",
    "Name",
    "Sex ",
    "Age",
    "Injury",
    "Fatal (Y/N)",
    "Time",
    "Species ",
    "Investigator or Source",
    "pdf",
    "href formula",
    "href",
    "original order",
]


def _sh_when(rng: np.random.Generator, decade: int) -> tuple[int, dt.date | None, str]:
    """Year, day (None when the file gives no month) and how the date is written."""
    if decade == 0:
        return 0, None, str(_one(rng, ["Before 1903", "Before 1911", "No date", "No date, Before 1963", "1900-1905"]))
    if decade == 2010:
        year = int(_one(rng, list(range(2010, 2019)), [1, 1, 1, 1, 1, 1, 1, 1, 0.5]))
    else:
        year = int(rng.integers(1543, 1900)) if decade == 1540 else decade + int(rng.integers(0, 10))
    first = dt.date(year, 1, 1)
    last = dt.date(2018, 6, 25) if year == 2018 else dt.date(year, 12, 31)
    day = first + dt.timedelta(days=int(rng.integers(0, (last - first).days + 1)))
    old = year < 1900
    style = _draw(
        rng, f"full:{45 if old else 85};reported:{4 if old else 8};month:{20 if old else 3};year:{31 if old else 4}"
    )
    if style == "full":
        return year, day, f"{day:%d-%b-%Y}"
    if style == "reported":
        return year, day, f"Reported {day:%d-%b-%Y}"
    if style == "month":
        return year, day.replace(day=1), f"{day:%b-%Y}"
    return year, None, str(_one(rng, [f"{year}", f"Ca. {year}", f"{year}"]))


def _sh_fatal_p(year: int, kind: str) -> float:
    base = 0.45 if year < 1950 else 0.25 if year < 1990 else 0.08
    return {"Sea Disaster": 0.8, "Invalid": 0.3, "Provoked": 0.3 * base}.get(kind, base)


def _sharks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6105)
    rows: list[dict[str, Any]] = []
    for _ in range(4000):
        decade = int(_draw(rng, _SH_DECADES))
        year, day, written = _sh_when(rng, decade)
        kind = _draw(rng, "Unprovoked:73;Provoked:9;Invalid:9;Boating:4.5;Sea Disaster:3;Boat:1;Boatomg:0.1")
        country = _draw(rng, _SH_COUNTRIES)
        area, place = "", ""
        if country in _SH_AREAS:
            spots = _SH_AREAS[country]
            area, _w, place = spots[int(_one(rng, list(range(len(spots))), [float(x[1]) for x in spots]))]
            place = place if rng.random() < 0.8 else ""
        elif country and rng.random() < 0.5:
            area = str(_one(rng, ["North Coast", "South Coast", "Western Province", "Gulf", "Island"]))
        activity = _draw(rng, _SH_ACTIVITIES) if rng.random() > 0.08 else ""
        if kind == "Sea Disaster":
            activity = str(_one(rng, ["Sea disaster", "Ship sank", "Air disaster", "Ship torpedoed", "Ferry capsized"]))
        if kind in ("Boating", "Boat", "Boatomg"):
            activity = str(_one(rng, ["Fishing", "Kayaking", "Rowing", "Sailing", "Fishing from boat"]))
        sex = _draw(rng, "M:80;F:11;:9")
        fatal = "Y" if rng.random() < _sh_fatal_p(year or 1900, kind) else "N"
        if kind == "Invalid" and rng.random() < 0.3:
            fatal = "UNKNOWN"
        known_age = rng.random() < 0.55
        age = str(int(np.clip(rng.normal(27, 13), 3, 77))) if known_age else ""
        if known_age and rng.random() < 0.06:
            age = str(_one(rng, ["20s", "Teen", "30s", "60's", "18 months", "adult", "40s"]))
        clock = f"{int(rng.integers(6, 20)):02d}h{int(_one(rng, [0, 0, 0, 15, 30, 45])):02d}"
        when = _draw(rng, f"{clock}:30;Afternoon:8;Morning:5;Night:2;Evening:2;Late afternoon:1.5;Midday:1;:50")
        name = f"{_one(rng, _SH_FIRST)} {_one(rng, _SH_LAST)}"
        name = (
            name if rng.random() < 0.7 else str(_one(rng, ["male", "female", "boy", "girl", "a sailor", "fisherman"]))
        )
        source = str(_one(rng, _SH_SOURCES))
        if day is not None and source[:2] not in ("C.", "T.", "R.", "M.", "B.", "J.", "S.", "A.", "V."):
            source = f"{source}, {day.month}/{day.day}/{day.year}"
        injury = str(_one(rng, _SH_INJURIES["Y" if fatal == "Y" else "N"]))
        rows.append(
            {
                "key": day.toordinal() if day is not None else dt.date(max(year, 1), 1, 1).toordinal(),
                "day": day,
                "Date": written,
                "Year": year,
                "Type": kind,
                "Country": country,
                "Area": area,
                "Location": place,
                "Activity": activity,
                "Name": name,
                "Sex ": sex,
                "Age": age,
                "Injury": injury,
                "Fatal (Y/N)": fatal if rng.random() > 0.03 else "",
                "Time": when,
                "Species ": _draw(rng, _SH_SPECIES) if rng.random() < 0.55 else "",
                "Investigator or Source": source if rng.random() > 0.01 else "",
            }
        )
    frame = pd.DataFrame(rows).sort_values(["Year", "key"], ascending=False, kind="stable", ignore_index=True)
    for column, right, wrong, k in (("Sex ", "M", "M ", 4), ("Sex ", "M", "N", 2), ("Fatal (Y/N)", "N", " N", 5)):
        hits = np.flatnonzero(frame[column].to_numpy() == right)
        frame.loc[rng.choice(hits, k, replace=False), column] = wrong
    frame.loc[int(rng.choice(np.flatnonzero(frame["Fatal (Y/N)"].to_numpy() == "Y"))), "Fatal (Y/N)"] = "y"
    cases: list[str] = []
    seen: dict[str, int] = {}
    for year, day, written in zip(frame["Year"], frame["day"], frame["Date"], strict=True):
        if not year:
            case = "ND"
        elif not isinstance(day, dt.date):
            case = f"{year}.00.00"
        elif written[:3].isalpha() and not written.startswith("Rep"):
            case = f"{day:%Y.%m}.00"
        else:
            case = f"{day:%Y.%m.%d}"
        seen[case] = seen.get(case, 0) + 1
        cases.append(case)
    counter: dict[str, int] = {}
    labels = []
    for case in cases:
        counter[case] = counter.get(case, 0) + 1
        if case == "ND":
            labels.append(f"ND.{seen['ND'] - counter[case] + 1:04d}")
        elif seen[case] > 1:
            labels.append(f"{case}.{'abcdefghijklmnopqrstuvwxyz'[min(seen[case] - counter[case], 25)]}")
        else:
            labels.append(case)
    frame["Case Number"] = labels
    pdfs = [f"{c}-{str(n).split(' ')[-1]}.pdf" for c, n in zip(frame["Case Number"], frame["Name"], strict=True)]
    frame["pdf"] = pdfs
    frame["href formula"] = [f"http://www.sharkattackfile.net/spreadsheets/pdf_directory/{p}" for p in pdfs]
    frame["href"] = frame["href formula"]
    frame["original order"] = np.arange(len(frame), 0, -1) + 2303
    for column in ("Area", "Location", "Activity", "Sex ", "Age", "Fatal (Y/N)", "Time", "Species "):
        frame[column] = frame[column].replace("", None)
    frame["Country"] = frame["Country"].replace("", None)
    frame["Investigator or Source"] = frame["Investigator or Source"].replace("", None)
    return frame[_SH_COLUMNS]


def _sh_fatal(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        fatal = _text(d["Fatal (Y/N)"]).str.upper()
        if known_only:
            fatal = fatal[fatal.isin(["Y", "N"])]
        return float((fatal == "Y").mean())

    return share


def _sh_australia(strict: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        late = d["Year"] > 2000 if strict else d["Year"] >= 2000
        where = (_text(d["Country"]) == "AUSTRALIA") & (_text(d["Type"]) == "Unprovoked")
        return float((late & where).sum())

    return count


def _sh_decades(d: pd.DataFrame) -> Any:
    years = d.loc[d["Year"] >= 1900, "Year"]
    return years.groupby(years // 10 * 10).size().to_numpy()


def _sh_sexes(strip: bool) -> Callable[[pd.DataFrame], list[float]]:
    def counts(d: pd.DataFrame) -> list[float]:
        sex = _text(d["Sex "]) if strip else d["Sex "].astype("string").fillna("")
        return [float((sex == "M").sum()), float((sex == "F").sum())]

    return counts


_SH_NAMES = {"USA": ("United States", "US", "U.S.", "U.S.A.")}
_SH_ID = ("Case Number", "Date", "original order")
_SHARKS_QS = [
    Q(
        "which country has the most shark attacks",
        _lead(_named(lambda d: str(_text(d["Country"]).value_counts().idxmax()), _SH_NAMES)),
        (*_SH_ID, "Country"),
    ),
    Q(
        "what percentage of attacks were fatal?",
        either(_share(_sh_fatal(False)), _share(_sh_fatal(True))),
        (*_SH_ID, "Fatal (Y/N)", "Injury"),
    ),
    Q(
        "top 5 activities people were doing when they got attacked",
        _top_named(lambda d: _ranked(_text(d["Activity"]).replace("", None).dropna().value_counts()), 5),
        (*_SH_ID, "Activity"),
    ),
    Q(
        "how many unprovoked attacks in australia since 2000?",
        either(_count(_sh_australia(False)), _count(_sh_australia(True))),
        (*_SH_ID, "Country", "Type", "Year"),
    ),
    Q(
        "number of attacks per decade since 1900 - is it going up?",
        _count(_sh_decades),
        (*_SH_ID, "Year"),
    ),
    Q(
        "are men attacked more than women? give me the counts",
        either(_count(_sh_sexes(True)), _count(_sh_sexes(False))),
        (*_SH_ID, "Sex "),
    ),
]


# --- 6. UK gender pay gap 2017-18 (GOV.UK "Gender pay gap reporting", UK Gender Pay Gap Data - 2017 to 2018.csv) ---

# SIC code: weight, median gap (%), women's share of staff, share paying bonuses, public body
_GP_SECTORS: dict[str, tuple[float, float, float, float, bool]] = {
    "84110": (6, 11.0, 0.6, 0.02, True),
    "85310": (10, 24.0, 0.7, 0.02, True),
    "86101": (5, 9.0, 0.77, 0.05, True),
    "47110": (8, 5.0, 0.6, 0.5, False),
    "56101": (5, 2.0, 0.5, 0.4, False),
    "64191": (4, 30.0, 0.5, 0.95, False),
    "41202": (5, 22.0, 0.15, 0.5, False),
    "62020": (6, 17.0, 0.3, 0.6, False),
    "70100": (7, 14.0, 0.45, 0.5, False),
    "78200": (5, 4.0, 0.5, 0.3, False),
    "87300": (5, 2.0, 0.8, 0.2, False),
    "49410": (4, 8.0, 0.15, 0.3, False),
    "25990": (6, 14.0, 0.25, 0.5, False),
    "82990": (5, 9.0, 0.5, 0.4, False),
    "69201": (3, 25.0, 0.5, 0.8, False),
    "86900": (4, 6.0, 0.8, 0.2, False),
}
_GP_SECTOR_WORDS = {
    "47110": "RETAIL;STORES;FOODS;SUPERMARKETS",
    "56101": "RESTAURANTS;HOSPITALITY;INNS;DINING",
    "64191": "BANK;CAPITAL;FINANCIAL SERVICES;BUILDING SOCIETY",
    "41202": "CONSTRUCTION;BUILDERS;CONTRACTORS;HOMES",
    "62020": "TECHNOLOGY;SYSTEMS;SOLUTIONS;DIGITAL",
    "70100": "HOLDINGS;GROUP;MANAGEMENT SERVICES",
    "78200": "RECRUITMENT;STAFFING;PERSONNEL",
    "87300": "CARE;CARE HOMES;HEALTHCARE",
    "49410": "LOGISTICS;TRANSPORT;HAULAGE;DISTRIBUTION",
    "25990": "ENGINEERING;MANUFACTURING;PRECISION;INDUSTRIES",
    "82990": "SERVICES;SUPPORT SERVICES;FACILITIES",
    "69201": "ACCOUNTANTS;ADVISORY;TAX",
    "86900": "HEALTH;MEDICAL;CLINICS",
}
_GP_WORDS = _split(
    "ABBEY;ACORN;ALPHA;APEX;ARDEN;ASHFORD;ATLAS;AVON;BEACON;BRIDGE;BRITANNIA;CALEDONIAN;CAMBRIAN;CASTLE;CENTRAL;"
    "CHARTER;CHILTERN;CROWN;DERWENT;EAGLE;ELITE;EMPIRE;FALCON;GLOBAL;GRANITE;HARBOUR;HERITAGE;HORIZON;IMPERIAL;"
    "KESTREL;KINGSWAY;LANCASTER;LIBERTY;MERIDIAN;MERCIA;NORTHERN;OAKLAND;PARAGON;PENNINE;PHOENIX;PINNACLE;PREMIER;"
    "REGENT;RIVERSIDE;ROYAL;SAXON;SENTINEL;SEVERN;SOVEREIGN;SPECTRUM;STERLING;SUMMIT;THAMES;TRIDENT;UNITED;VANGUARD;"
    "VICTORIA;WESSEX;WESTERN;WINDSOR;YORKSHIRE;ALBION;BRUNEL;CHESTER;DOVER;FENWICK;GRAMPIAN;HALCYON;JUBILEE;KELVIN"
)
# town: postcode area
_GP_TOWNS = _split(
    "London:EC;London:SW;London:W;London:N;Manchester:M;Birmingham:B;Leeds:LS;Bristol:BS;Sheffield:S;Liverpool:L;"
    "Newcastle:NE;Nottingham:NG;Leicester:LE;Coventry:CV;Cardiff:CF;Glasgow:G;Edinburgh:EH;Aberdeen:AB;Belfast:BT;"
    "Reading:RG;Oxford:OX;Cambridge:CB;Southampton:SO;Portsmouth:PO;Brighton:BN;Norwich:NR;Exeter:EX;Plymouth:PL;"
    "York:YO;Hull:HU;Derby:DE;Stoke:ST;Wolverhampton:WV;Bradford:BD;Preston:PR;Bolton:BL;Swindon:SN;Milton Keynes:MK;"
    "Northampton:NN;Peterborough:PE;Ipswich:IP;Luton:LU;Watford:WD;Croydon:CR;Kingston:KT;Guildford:GU;Crawley:RH;"
    "Chelmsford:CM;Colchester:CO;Gloucester:GL;Worcester:WR;Bath:BA;Swansea:SA;Dundee:DD;Inverness:IV;Sunderland:SR;"
    "Middlesbrough:TS;Doncaster:DN;Wigan:WN;Warrington:WA"
)
_GP_STREETS = _split(
    "High Street;Station Road;Church Street;Park Road;London Road;Victoria Road;King Street;Queen Street;Mill Lane;"
    "Market Street;Bridge Street;The Broadway;Albert Road;Castle Street;Princes Street"
)
_GP_PEOPLE = _split(
    "Sarah Jones;David Smith;Emma Wilson;James Taylor;Claire Brown;Paul Davies;Helen Evans;Mark Thomas;Rachel Roberts;"
    "Andrew Walker;Louise Wright;Simon Green;Karen Hall;Richard Wood;Joanne Clarke;Stephen Hughes;Nicola Edwards"
)
_GP_ROLES = _split("HR Director;Chief Executive;Managing Director;Finance Director;Chief People Officer;Director")
_GP_SIZES = "Less than 250:5;250 to 499:40;500 to 999:25;1000 to 4999:23;5000 to 19,999:4.5;20,000 or more:1;"
_GP_SIZES += "Not Provided:1.5"
_GP_SIZE_ORDER = _split("Less than 250;250 to 499;500 to 999;1000 to 4999;5000 to 19,999;20,000 or more")
_GP_COLUMNS = _split(
    "EmployerName;EmployerId;Address;PostCode;CompanyNumber;SicCodes;DiffMeanHourlyPercent;DiffMedianHourlyPercent;"
    "DiffMeanBonusPercent;DiffMedianBonusPercent;MaleBonusPercent;FemaleBonusPercent;MaleLowerQuartile;"
    "FemaleLowerQuartile;MaleLowerMiddleQuartile;FemaleLowerMiddleQuartile;MaleUpperMiddleQuartile;"
    "FemaleUpperMiddleQuartile;MaleTopQuartile;FemaleTopQuartile;CompanyLinkToGPGInfo;ResponsiblePerson;"
    "EmployerSize;CurrentName;SubmittedAfterTheDeadline;DueDate;DateSubmitted"
)


def _gp_name(sic: str, town: str) -> Callable[[np.random.Generator], str]:
    def make(rng: np.random.Generator) -> str:
        if sic == "84110":
            return f"{town} {_one(rng, ['City Council', 'Borough Council', 'District Council', 'County Council'])}"
        if sic == "85310":
            word = str(_one(rng, _GP_WORDS)).title()
            return str(
                _one(rng, [f"The {word} Academy Trust", f"{town} Learning Trust", f"{word} Multi Academy Trust"])
            )
        if sic == "86101":
            return (
                f"{town} {_one(rng, ['Hospitals NHS Foundation Trust', 'NHS Trust', 'Teaching Hospitals NHS Trust'])}"
            )
        head = str(_one(rng, _GP_WORDS))
        tail = str(_one(rng, _GP_SECTOR_WORDS[sic].split(";")))
        suffix = _draw(rng, "LIMITED:55;LTD:15;PLC:5;UK LIMITED:10;GROUP LIMITED:10;LLP:5")
        return f"{head} {tail} {suffix}"

    return make


def _gp_submitted(rng: np.random.Generator, due: pd.Timestamp, late: bool) -> pd.Timestamp:
    if late:
        days = float(rng.exponential(16.0)) + float(rng.uniform(0, 1))
    else:
        days = -float(rng.exponential(45.0)) - float(rng.uniform(0, 0.999))
        days = max(days, -360.0)
    stamp = due + pd.Timedelta(days=days)
    return stamp.floor("s")


def _pay_gap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6106)
    sics = list(_GP_SECTORS)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(3000):
        sic = str(_one(rng, sics, [s[0] for s in _GP_SECTORS.values()]))
        _w, gap, women, bonus_p, public = _GP_SECTORS[sic]
        town, area = str(_one(rng, _GP_TOWNS)).split(":")
        name = _unique(rng, _gp_name(sic, town), used)
        median = float(rng.normal(gap, 9.0))
        mean = 0.65 * median + 0.35 * gap + float(rng.normal(0, 5.5))
        if rng.random() < 0.004:
            mean = float(_one(rng, [-150.0, -88.5, 92.0, 77.6]))
        tilt = mean / 100 * 1.5
        female = [float(np.clip(women + tilt * s + rng.normal(0, 0.04), 0, 1)) for s in (0.75, 0.25, -0.25, -0.75)]
        female = [round(100 * f, 1) for f in female]
        paid = rng.random() < bonus_p
        male_bonus = round(float(rng.uniform(5, 95)), 1) if paid else 0.0
        female_bonus = round(float(np.clip(male_bonus + rng.normal(-3, 8), 0, 100)), 1) if paid else 0.0
        bonus_mean: float | None = round(float(rng.normal(28, 35)), 1) if paid else None
        bonus_median: float | None = round(float(rng.normal(15, 30)), 1) if paid else None
        if not paid and rng.random() < 0.2:
            bonus_mean, bonus_median = 0.0, 0.0
        due = pd.Timestamp(2018, 3, 31) if public else pd.Timestamp(2018, 4, 5)
        late = rng.random() < (0.05 if public else 0.09)
        submitted = _gp_submitted(rng, due, late)
        size = _draw(rng, _GP_SIZES)
        if public and size == "Less than 250":
            size = "1000 to 4999"
        number: str | None = None
        sic_text: str | None = None
        if public:
            sic_text = f"1,{sic}" if rng.random() < 0.7 else sic
        else:
            number = f"{int(rng.integers(100_000, 11_000_000)):08d}"
            number = f"SC{int(rng.integers(100_000, 600_000))}" if area in ("G", "EH", "AB", "DD", "IV") else number
            sic_text = f"{sic},{_one(rng, sics[3:])}" if rng.random() < 0.2 else sic
        sic_text = sic_text if rng.random() > 0.03 else None
        slug = re.sub(r"[^a-z]+", "", name.lower().replace("limited", "").replace("ltd", ""))[:18]
        current = name
        if not public and rng.random() < 0.03:
            current = name.replace(" LIMITED", " UK LIMITED") if "UK" not in name else f"{name} (2018)"
        rows.append(
            {
                "EmployerName": name,
                "EmployerId": 0,
                "Address": f"{int(rng.integers(1, 250))} {_one(rng, _GP_STREETS)}, {town}",
                "PostCode": f"{area}{int(rng.integers(1, 20))} {int(rng.integers(1, 10))}"
                f"{_one(rng, list('ABDEFGHJLNPQRSTUWXYZ'))}{_one(rng, list('ABDEFGHJLNPQRSTUWXYZ'))}",
                "CompanyNumber": number,
                "SicCodes": sic_text,
                "DiffMeanHourlyPercent": round(mean, 1),
                "DiffMedianHourlyPercent": round(median, 1),
                "DiffMeanBonusPercent": bonus_mean,
                "DiffMedianBonusPercent": bonus_median,
                "MaleBonusPercent": male_bonus,
                "FemaleBonusPercent": female_bonus,
                "MaleLowerQuartile": round(100 - female[0], 1),
                "FemaleLowerQuartile": female[0],
                "MaleLowerMiddleQuartile": round(100 - female[1], 1),
                "FemaleLowerMiddleQuartile": female[1],
                "MaleUpperMiddleQuartile": round(100 - female[2], 1),
                "FemaleUpperMiddleQuartile": female[2],
                "MaleTopQuartile": round(100 - female[3], 1),
                "FemaleTopQuartile": female[3],
                "CompanyLinkToGPGInfo": f"https://www.{slug}.co.uk/gender-pay-gap" if rng.random() < 0.65 else None,
                "ResponsiblePerson": f"{_one(rng, _GP_PEOPLE)} ({_one(rng, _GP_ROLES)})"
                if not public and rng.random() < 0.85
                else None,
                "EmployerSize": size,
                "CurrentName": current,
                "SubmittedAfterTheDeadline": bool(submitted >= due),
                "DueDate": f"{due:%Y/%m/%d %H:%M:%S}",
                "DateSubmitted": f"{submitted:%Y/%m/%d %H:%M:%S}",
            }
        )
    frame = pd.DataFrame(rows)
    frame["EmployerId"] = rng.choice(np.arange(1, 20_000), len(frame), replace=False)
    frame = frame.assign(_k=frame["EmployerName"].str.upper()).sort_values("_k", kind="stable", ignore_index=True)
    return frame[_GP_COLUMNS]


def _gp_late(d: pd.DataFrame) -> pd.DataFrame:
    return d[_flag(d["SubmittedAfterTheDeadline"])]


def _gp_late_month(d: pd.DataFrame) -> pd.Timestamp:
    stamps = pd.to_datetime(_text(_gp_late(d)["DateSubmitted"]), format="%Y/%m/%d %H:%M:%S")
    return pd.Timestamp(str(_ranked(stamps.dt.to_period("M").astype(str).value_counts()).index[0]))


def _gp_sizes(d: pd.DataFrame) -> list[float]:
    means = d.groupby(_text(d["EmployerSize"]))["DiffMeanHourlyPercent"].mean()
    return [float(means[s]) for s in _GP_SIZE_ORDER]


_GP_ID = ("EmployerName", "EmployerId", "CurrentName")
_PAY_GAP_QS = [
    Q(
        "what's the average median hourly pay gap across employers?",
        _about(lambda d: d["DiffMedianHourlyPercent"].mean()),
        (*_GP_ID, "DiffMedianHourlyPercent"),
    ),
    Q(
        "what % of employers pay men more (median gap above zero)",
        _share(lambda d: float((d["DiffMedianHourlyPercent"] > 0).mean())),
        (*_GP_ID, "DiffMedianHourlyPercent"),
    ),
    Q(
        "compare the mean hourly gap by employer size",
        _about(_gp_sizes),
        (*_GP_ID, "DiffMeanHourlyPercent", "EmployerSize"),
    ),
    Q(
        "how many submitted after the deadline?",
        _count(lambda d: float(_flag(d["SubmittedAfterTheDeadline"]).sum())),
        (*_GP_ID, "SubmittedAfterTheDeadline", "DueDate", "DateSubmitted"),
    ),
    Q(
        "which month did most of those late ones come in",
        _lead(_month(_gp_late_month)),
        (*_GP_ID, "SubmittedAfterTheDeadline", "DueDate", "DateSubmitted"),
    ),
    Q(
        "is the share of women in the top quartile correlated with the mean pay gap?",
        _corr(lambda d: d["FemaleTopQuartile"], lambda d: d["DiffMeanHourlyPercent"]),
        (*_GP_ID, "FemaleTopQuartile", "MaleTopQuartile", "DiffMeanHourlyPercent"),
    ),
]


# --- 7. Retail sales (Kaggle "Retail Sales Dataset", retail_sales_dataset.csv) ----------------------------------------

_RS_CATEGORIES = "Clothing:35.1;Electronics:34.2;Beauty:30.7"
_RS_PRICES = [25, 30, 50, 300, 500]


def _retail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6107)
    days = [pd.Timestamp(2023, 1, 1) + pd.Timedelta(days=int(x)) for x in rng.integers(0, 365, 998)]
    days += [pd.Timestamp(2024, 1, 1)] * 2
    days = [days[int(i)] for i in rng.permutation(1000)]
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(days, start=1):
        quantity = int(rng.integers(1, 5))
        price = int(_one(rng, _RS_PRICES))
        rows.append(
            {
                "Transaction ID": i,
                "Date": f"{day:%Y-%m-%d}",
                "Customer ID": f"CUST{i:03d}",
                "Gender": _draw(rng, "Female:51;Male:49"),
                "Age": int(rng.integers(18, 65)),
                "Product Category": _draw(rng, _RS_CATEGORIES),
                "Quantity": quantity,
                "Price per Unit": price,
                "Total Amount": quantity * price,
            }
        )
    return pd.DataFrame(rows)


def _rs_month(d: pd.DataFrame, of_year: bool) -> pd.Timestamp:
    days = pd.to_datetime(_text(d["Date"]), format="%Y-%m-%d")
    if of_year:
        best = int(d["Total Amount"].groupby(days.dt.month).sum().idxmax())
        return pd.Timestamp(2023, best, 1)
    return pd.Timestamp(str(d["Total Amount"].groupby(days.dt.to_period("M")).sum().idxmax()))


def _rs_gender(d: pd.DataFrame) -> list[float]:
    means = d.groupby(_text(d["Gender"]))["Total Amount"].mean()
    return [float(means["Female"]), float(means["Male"])]


_RS_ID = ("Transaction ID", "Customer ID")
_RS_CAT = "Product Category"
_RETAIL_QS = [
    Q(
        "total sales by product category",
        _scaled(lambda d: d.groupby(_text(d[_RS_CAT]))["Total Amount"].sum().to_numpy(), (1e3,)),
        (*_RS_ID, _RS_CAT, "Total Amount"),
    ),
    Q(
        "which category sold the most units?",
        _lead(_named(lambda d: str(d.groupby(_text(d[_RS_CAT]))["Quantity"].sum().idxmax()))),
        (*_RS_ID, _RS_CAT, "Quantity"),
    ),
    Q(
        "avg age of customers buying beauty vs electronics",
        _about(lambda d: [d.loc[_text(d[_RS_CAT]) == c, "Age"].mean() for c in ("Beauty", "Electronics")], rel=0.005),
        (*_RS_ID, _RS_CAT, "Age"),
    ),
    Q(
        "plot monthly revenue, which month was the best?",
        _lead(either(_month(lambda d: _rs_month(d, False)), _month(lambda d: _rs_month(d, True)))),
        (*_RS_ID, "Date", "Total Amount"),
    ),
    Q(
        "what percent of purchases were made by women",
        _share(lambda d: float((_text(d["Gender"]) == "Female").mean())),
        (*_RS_ID, "Gender"),
    ),
    Q(
        "and do they spend more per transaction than men?",
        _about(_rs_gender, rel=0.005),
        (*_RS_ID, "Gender", "Total Amount"),
    ),
]


HELDOUT61: list[Dataset] = [
    Dataset("beijing_pm25", _beijing_frame, _BEIJING_QS),
    Dataset("nba_elo_games", _nba_frame, _NBA_QS),
    Dataset("lending_club_loans", _lending_frame, _LENDING_QS),
    Dataset("space_launches", _launches_frame, _LAUNCHES_QS),
    Dataset("global_shark_attacks", _sharks_frame, _SHARKS_QS),
    Dataset("uk_gender_pay_gap", _pay_gap_frame, _PAY_GAP_QS),
    Dataset("retail_sales", _retail_frame, _RETAIL_QS),
]
