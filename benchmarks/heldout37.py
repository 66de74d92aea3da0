"""HELDOUT37: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets of the kind an analyst brings along: Kaggle's
"Billionaires Statistics Dataset" (Forbes' 2023 list, Billionaires Statistics Dataset.csv) with finalWorth in
millions of dollars, one rank shared by equal fortunes, "& family" names, True/False selfMade, D / U / N / E / R
status codes, "3/5/1949 0:00" birth dates, a "4/4/2023 5:01" list date, blank ages, a state and region only for US
residents, a few rows without a country of residence and the country indicators repeated on every row (gdp_country
as "$21,427,700,000,000 " with a trailing space, blank for Hong Kong and Taiwan); Kaggle's "Credit Card customers"
BankChurners.csv with CLIENTNUM, "Existing Customer" / "Attrited Customer" in Attrition_Flag, "Less than $40K" ...
"$120K +" and "Unknown" income categories, Blue / Silver / Gold / Platinum cards and the two long
Naive_Bayes_Classifier_... columns left at the end; Kaggle's Rotten Tomatoes movies file (rotten_tomatoes_movies.csv)
with "m/..." links, comma-joined genres, directors, authors and actors, ISO release dates, runtimes in minutes,
Rotten / Fresh / Certified-Fresh and Spilled / Upright statuses and many blank critics consensuses; ford.csv from
Kaggle's "100,000 UK Used Car Data set" with a leading space in every model (" Fiesta"), Manual / Automatic /
Semi-Auto transmissions, road tax in pounds, a few 0.0 engine sizes and some listings in twice; TidyTuesday's
Flavors of Cacao chocolate.csv (2022-01-18) with cocoa_percent as "70%" text, "3- B,S,C" ingredient codes with
blanks, "U.S.A." / "U.K." company locations, "Blend" among the bean origins and quarter-point ratings; the Analytics
Vidhya loan prediction training file (Loan_ID "LP001002", "3+" Dependents, LoanAmount in thousands, Loan_Amount_Term
in months, 1.0 / 0.0 Credit_History, Y / N Loan_Status and blanks in seven columns); and Yahoo Finance's BTC-USD.csv
daily history from 2014-09-17 to 2023-12-31 (Date, Open, High, Low, Close, Adj Close, Volume). All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import plain_text as _plain
from .offline_eval import rounded_share as _rounded_share
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _split(text: str, sep: str = ";") -> list[str]:
    return text.split(sep)


def _count(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A count (or every count), to the unit."""
    return has(value, rel=0.001)


_WHOLE_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3})\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)


def _share(value: Callable[[pd.DataFrame], float] | float) -> Check:
    """A share as a fraction or a percentage (to 1% of itself or 0.05 points), or as a whole percentage within its
    rounding ("16%" for 16.4%)."""
    exact = _rounded_share(value)

    def check(answer: str, df: pd.DataFrame) -> str | None:
        if exact(answer, df) is None:
            return None
        want = 100 * float(value(df) if callable(value) else value)
        if any(abs(int(m.group(1)) - want) <= 0.5 for m in _WHOLE_PERCENT.finditer(answer)):
            return None
        return f"missing share {want / 100:.4g}"

    return check


def _shares(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every share computed from the frame appears, each as `_share` reads it."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            why = _share(float(w))(answer, df)
            if why:
                return why
        return None

    return check


def _loose(text: str) -> str:
    """`_plain`, then every run of other characters than letters and digits as one space."""
    return " " + re.sub(r"[^a-z0-9]+", " ", _plain(text)).strip() + " "


def _said(name: str, answer: str) -> bool:
    """A name is said: short upper-case codes ("US", "UK") as a word of their own in that case, anything else as
    words ignoring case, accents and punctuation ("U.S.A." and "u.s.a", "Ka+" and "Ka")."""
    if re.fullmatch(r"[A-Z]{1,3}", name):
        return re.search(rf"(?<![A-Za-z]){name}(?![A-Za-z])", answer) is not None
    return _loose(name) in _loose(answer)


def _named(value: Callable[[pd.DataFrame], str], aliases: Mapping[str, tuple[str, ...]] | None = None) -> Check:
    """The label computed from the frame appears, or one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        names = (want, *(aliases or {}).get(want, ()))
        return None if any(_said(n, answer) for n in names) else f"missing label {want!r}"

    return check


def _all_named(
    values: Callable[[pd.DataFrame], list[str]], aliases: Mapping[str, tuple[str, ...]] | None = None
) -> Check:
    """Every label computed from the frame appears, each as itself or one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            names = (str(want), *(aliases or {}).get(str(want), ()))
            if not any(_said(n, answer) for n in names):
                return f"missing label {want!r}"
        return None

    return check


_TOP = re.compile(
    r"\b(?:most|highest|top|largest|biggest|max|maximum|peak|peaked|best|lowest|least|fewest|smallest|min|minimum|"
    r"youngest|oldest|worst|common|frequent|record|busiest|all[- ]time)\b",
    re.IGNORECASE,
)
# (no end after a title: "Dr. Patel" is one name)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]*%])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)[.!?]\s+(?=[A-Z*])|;\s+")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•|]|\d+[.)]\s)")
_RULE = re.compile(r"\s*\|?\s*:?-{3,}")


def _near(answer: str, p: int) -> list[str]:
    """The sentence holding position `p`; when that sentence ends in a colon ("Most common genre:"), also the next
    line, or the first row of the table or list that follows."""
    start = answer.rfind("\n", 0, p) + 1
    end = answer.find("\n", p)
    end = len(answer) if end < 0 else end
    line = answer[start:end]
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(line)), len(line)]
    at = p - start
    lo = max(c for c in cuts if c <= at)
    hi = min((c for c in cuts if c > at), default=len(line))
    texts = [line[lo:hi]]
    if line[lo:hi].rstrip(" *_").endswith(":"):
        rest = [x for x in answer[end:].splitlines() if x.strip()]
        if rest and rest[0].lstrip().startswith("|"):
            rows = [x for x in rest if x.lstrip().startswith("|")]
            body = [x for x in rows[1:] if not _RULE.match(x)] if len(rows) > 1 and _RULE.match(rows[1]) else rows
            texts.append(body[0] if body else rest[0])
        elif rest:
            texts.append(rest[0])
    return texts


def _lead(check: Check) -> Check:
    """`check` passes on the sentence holding a superlative ("most", "highest", "youngest", "all-time", ...) or what
    that sentence points at, or on one of the answer's first two lines that is not a list item or table row, or on
    the whole answer when it has no superlative: a label only said in a listing of every group is not the pick."""

    def inner(answer: str, df: pd.DataFrame) -> str | None:
        spots = [m.start() for m in _TOP.finditer(answer)]
        if not spots:
            return check(answer, df)
        heads = [x for x in [y for y in answer.splitlines() if y.strip()][:2] if not _LIST_ITEM.match(x)]
        texts = [t for p in spots for t in _near(answer, p)]
        for text in (*texts, *heads):
            if check(text, df) is None:
                return None
        why = check(answer, df)
        return f"{why} beside its pick" if why else "the pick is not the one named beside a superlative"

    return inner


def _year(value: Callable[[pd.DataFrame], float]) -> Check:
    """A year, written as itself."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y = int(value(df))
        return None if re.search(rf"(?<![\d.,]){y}(?!\d)", answer) else f"missing year {y}"

    return check


def _day(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A day: "2021-11-08", "11/8/2021", "8/11/2021", "Nov 8, 2021", "November 8th", "8 November 2021"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        names = _month_names(t.month)
        patterns = [
            rf"(?<![\d.]){t.year}-0?{t.month}-0?{t.day}(?!\d)",
            rf"(?<![\d/.])0?{t.month}/0?{t.day}/(?:{t.year}|{t.year % 100:02d})(?![\d/])",
            rf"(?<![\d/.])0?{t.day}/0?{t.month}/(?:{t.year}|{t.year % 100:02d})(?![\d/])",
            rf"\b(?:{names})\.?\s+0?{t.day}(?:st|nd|rd|th)?\b",
            rf"(?<![\d.])0?{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing day {t:%Y-%m-%d}"

    return check


def _pct(value: Callable[[pd.DataFrame], float]) -> Check:
    """A relative change (its sign ignored: "fell 37.2%", "-37.17%" or "-0.372") as a percentage or a fraction, to
    about 1% of itself."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = abs(float(value(df)))
        for f in (abs(x) for x in _found(answer)):
            if abs(f - 100 * want) <= max(0.01 * 100 * want, 0.051) or abs(f - want) <= max(0.01 * want, 0.0005):
                return None
        return f"missing change {want:.4g}"

    return check


def _text(s: pd.Series) -> pd.Series:
    """A text column with its padding stripped and blanks as empty strings."""
    return s.astype("string").fillna("").str.strip()


# --- 1. Forbes billionaires 2023 (Kaggle "Billionaires Statistics Dataset") ----------------------------------------

# country of residence: weight, cities, naming, indicators (cpi, cpi change, GDP in US$, tertiary and primary
# enrolment, life expectancy, tax revenue % of GDP, total tax rate, population, latitude, longitude) or None
_BL_COUNTRIES: dict[str, tuple[float, str, str, tuple[float, ...] | None]] = {
    "United States": (
        754,
        "",
        "en",
        (117.24, 7.5, 21_427_700_000_000, 88.2, 101.8, 78.5, 9.6, 36.6, 328_239_523, 37.09024, -95.712891),
    ),
    "China": (
        523,
        "Beijing;Shanghai;Shenzhen;Hangzhou;Guangzhou;Ningbo;Suzhou;Foshan;Nanjing;Xiamen",
        "zh",
        (125.08, 2.9, 19_910_000_000_000, 50.6, 100.2, 77.0, 9.4, 59.2, 1_397_715_000, 35.86166, 104.195397),
    ),
    "India": (
        157,
        "Mumbai;New Delhi;Bangalore;Ahmedabad;Hyderabad;Chennai;Pune;Kolkata;Gurgaon",
        "in",
        (180.44, 7.7, 2_611_000_000_000, 28.1, 113.0, 69.4, 11.2, 49.7, 1_366_417_754, 20.593684, 78.96288),
    ),
    "Germany": (
        101,
        "Munich;Hamburg;Berlin;Dusseldorf;Frankfurt;Stuttgart;Cologne",
        "de",
        (112.85, 1.4, 3_845_630_030_824, 70.2, 104.0, 80.9, 11.5, 48.8, 83_132_799, 51.165691, 10.451526),
    ),
    "United Kingdom": (
        82,
        "London;London;London;Edinburgh;Manchester",
        "en",
        (119.62, 1.7, 2_827_113_184_696, 60.0, 101.2, 81.3, 25.5, 30.6, 66_834_405, 55.378051, -3.435973),
    ),
    "Russia": (
        79,
        "Moscow;Moscow;Moscow;St. Petersburg",
        "ru",
        (180.75, 4.5, 1_699_876_578_871, 81.9, 102.6, 72.7, 11.4, 46.2, 144_373_535, 61.52401, 105.318756),
    ),
    "Hong Kong": (66, "Hong Kong", "zh", None),
    "Canada": (
        58,
        "Toronto;Vancouver;Montreal;Calgary",
        "en",
        (116.76, 1.9, 1_736_425_629_520, 68.9, 100.9, 81.9, 12.8, 24.5, 36_991_981, 56.130366, -106.346771),
    ),
    "Italy": (
        51,
        "Milan;Rome;Turin;Bologna",
        "it",
        (110.62, 0.6, 2_001_244_392_042, 61.9, 101.9, 82.9, 24.3, 59.1, 60_297_396, 41.87194, 12.56738),
    ),
    "Taiwan": (46, "Taipei;Taichung;Kaohsiung", "zh", None),
    "Brazil": (
        44,
        "Sao Paulo;Rio de Janeiro;Curitiba",
        "pt",
        (167.4, 3.7, 1_839_758_040_766, 51.3, 115.4, 75.7, 14.2, 65.1, 211_049_527, -14.235004, -51.92528),
    ),
    "Australia": (
        43,
        "Sydney;Melbourne;Perth;Brisbane",
        "en",
        (119.8, 1.6, 1_392_680_589_329, 113.1, 100.3, 82.7, 23.0, 47.4, 25_766_605, -25.274398, 133.775136),
    ),
    "Sweden": (
        42,
        "Stockholm;Gothenburg",
        "sv",
        (110.51, 1.8, 530_832_908_738, 67.0, 126.6, 82.5, 27.9, 49.1, 10_285_453, 60.128161, 18.643501),
    ),
    "Singapore": (
        41,
        "Singapore",
        "zh",
        (114.41, 0.6, 372_062_527_489, 84.8, 100.6, 83.1, 13.1, 21.0, 5_703_569, 1.352083, 103.819836),
    ),
    "Japan": (
        40,
        "Tokyo;Tokyo;Osaka;Kyoto",
        "ja",
        (105.48, 0.5, 5_081_769_542_380, 63.2, 98.8, 84.2, 11.9, 46.7, 126_226_568, 36.204824, 138.252924),
    ),
    "France": (
        40,
        "Paris;Paris;Neuilly-sur-Seine;Lyon",
        "fr",
        (110.05, 1.1, 2_715_518_274_227, 65.6, 102.5, 82.5, 24.2, 60.7, 67_059_887, 46.227638, 2.213749),
    ),
    "Switzerland": (
        36,
        "Zurich;Geneva;Basel;Zug",
        "de",
        (99.55, 0.4, 703_082_435_360, 59.6, 105.2, 83.6, 10.1, 28.8, 8_574_832, 46.818188, 8.227512),
    ),
    "South Korea": (
        32,
        "Seoul;Seoul;Seongnam",
        "ko",
        (115.16, 0.4, 2_029_000_000_000, 94.3, 98.1, 82.6, 15.6, 33.2, 51_709_098, 35.907757, 127.766922),
    ),
    "Indonesia": (
        30,
        "Jakarta;Surabaya",
        "id",
        (151.18, 2.8, 1_119_190_780_753, 36.3, 106.4, 71.5, 10.2, 30.1, 270_203_917, -0.789275, 113.921327),
    ),
    "Israel": (
        27,
        "Tel Aviv;Herzliya;Jerusalem",
        "he",
        (108.15, 0.8, 395_098_666_122, 59.6, 104.9, 82.8, 23.1, 25.3, 9_053_300, 31.046051, 34.851612),
    ),
    "Spain": (
        26,
        "Madrid;Barcelona;La Coruna",
        "es",
        (110.96, 0.7, 1_394_116_310_769, 88.9, 102.7, 83.3, 14.2, 47.0, 47_076_781, 40.463667, -3.74922),
    ),
    "Thailand": (
        24,
        "Bangkok",
        "th",
        (113.27, 0.7, 543_548_969_889, 49.3, 99.8, 76.9, 14.9, 29.5, 69_625_582, 15.870032, 100.992541),
    ),
}
# state: region, weight, cities
_BL_STATES: dict[str, tuple[str, float, str]] = {
    "California": ("West", 20, "Los Angeles;San Francisco;Palo Alto;Atherton;Beverly Hills;Los Altos Hills;San Diego"),
    "New York": ("Northeast", 14, "New York;New York;New York;Rye"),
    "Florida": ("South", 12, "Miami;Palm Beach;Miami Beach;Naples"),
    "Texas": ("South", 10, "Dallas;Houston;Austin;Fort Worth"),
    "Illinois": ("Midwest", 4, "Chicago;Chicago;Winnetka"),
    "Massachusetts": ("Northeast", 4, "Boston;Cambridge"),
    "Washington": ("West", 4, "Seattle;Medina;Bellevue"),
    "Connecticut": ("Northeast", 3, "Greenwich;Greenwich;Westport"),
    "Nevada": ("West", 2, "Las Vegas"),
    "Georgia": ("South", 2, "Atlanta"),
    "Colorado": ("West", 2, "Denver;Aspen"),
    "Pennsylvania": ("Northeast", 2, "Philadelphia;Pittsburgh"),
    "New Jersey": ("Northeast", 2, "Princeton;Short Hills"),
    "Michigan": ("Midwest", 2, "Detroit;Grand Rapids"),
    "Ohio": ("Midwest", 1.5, "Columbus;Cincinnati"),
    "Tennessee": ("South", 1.5, "Nashville;Memphis"),
    "Minnesota": ("Midwest", 1.5, "Minneapolis;Wayzata"),
    "Wyoming": ("West", 1, "Jackson"),
    "Arkansas": ("South", 1, "Bentonville;Fayetteville"),
    "Nebraska": ("Midwest", 0.5, "Omaha"),
}
# category: weight, age shift, share self-made, sources
_BL_CATEGORIES: dict[str, tuple[float, float, float, str]] = {
    "Finance & Investments": (372, 1.0, 0.82, "hedge funds;private equity;investments;banking;asset management"),
    "Manufacturing": (324, 0.0, 0.70, "batteries;chemicals;electronics;auto parts;appliances;packaging"),
    "Technology": (314, -10.0, 0.90, "software;semiconductors;e-commerce;online games;cybersecurity;internet"),
    "Fashion & Retail": (266, 2.0, 0.55, "retail;fashion retail;luxury goods;sportswear;supermarkets;cosmetics"),
    "Food & Beverage": (212, 3.0, 0.50, "beverages;candy;beer;dairy;restaurants;food processing"),
    "Healthcare": (201, -1.0, 0.78, "pharmaceuticals;medical devices;biotech;hospitals;diagnostics"),
    "Real Estate": (193, 3.0, 0.62, "real estate;shopping malls;homebuilding;commercial real estate"),
    "Diversified": (187, 4.0, 0.55, "diversified;conglomerate;investments"),
    "Energy": (100, 2.0, 0.62, "oil & gas;coal;solar energy;pipelines;wind energy"),
    "Media & Entertainment": (91, 1.0, 0.68, "media;movies;music;TV broadcasting;publishing"),
    "Metals & Mining": (74, 2.0, 0.60, "mining;steel;aluminum;iron ore"),
    "Automotive": (73, 0.0, 0.60, "cars;auto dealerships;electric vehicles;tires"),
    "Service": (53, 0.0, 0.70, "staffing;education;outsourcing"),
    "Construction & Engineering": (45, 3.0, 0.70, "construction;engineering;cement"),
    "Logistics": (40, 1.0, 0.70, "shipping;logistics;delivery"),
    "Sports": (39, 4.0, 0.75, "sports team;sports"),
    "Telecom": (31, 2.0, 0.70, "telecom;cable television"),
    "Gambling & Casinos": (25, 3.0, 0.75, "casinos;online gambling;lottery"),
}
# naming: first names (men), first names (women), family names; zh and ko names are written family name first
_BL_NAMES: dict[str, tuple[str, str, str]] = {
    "en": (
        "James;John;Robert;Michael;William;David;Richard;Charles;Thomas;Daniel;Mark;Steven;Paul;Andrew;Kenneth;George;"
        "Edward;Brian;Ronald;Jeffrey;Ryan;Jacob;Gary;Stephen;Eric;Jonathan;Larry;Scott;Frank;Peter;Bruce;Henry;Carl;"
        "Arthur;Philip;Dennis;Harold;Gregory;Leonard;Stanley",
        "Mary;Patricia;Jennifer;Linda;Elizabeth;Susan;Jessica;Sarah;Karen;Nancy;Lisa;Margaret;Laura;Diane;Julia;Abigail",
        "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Anderson;Taylor;Moore;Jackson;Martin;Thompson;White;"
        "Harris;Clark;Lewis;Robinson;Walker;Hall;Allen;Young;King;Wright;Scott;Green;Baker;Adams;Nelson;Hill;Campbell;"
        "Mitchell;Roberts;Carter;Phillips;Evans;Turner;Parker;Collins;Edwards;Stewart;Morris;Murphy;Cook;Rogers;Morgan;"
        "Cooper;Peterson;Reed;Bailey;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;Hughes;Price;"
        "Sanders;Myers;Long;Ross;Foster;Powell;Jenkins;Perry;Russell;Sullivan;Bell;Coleman;Butler;Henderson;Barnes",
    ),
    "zh": (
        "",
        "",
        "Wang;Li;Zhang;Liu;Chen;Yang;Huang;Zhao;Wu;Zhou;Xu;Sun;Ma;Zhu;Hu;Guo;He;Lin;Luo;Gao;Zheng;Liang;Xie;Song;Tang;"
        "Han;Feng;Deng;Cao;Peng;Zeng;Xiao;Tian;Dong;Pan;Yuan;Cai;Jiang;Yu;Du;Ye;Cheng;Wei;Su;Lu;Ding;Ren;Shen;Yao;Zhong",
    ),
    "in": (
        "Rajesh;Sanjay;Anil;Sunil;Vijay;Ashok;Ramesh;Suresh;Mukesh;Ajay;Rakesh;Vinod;Dilip;Kumar;Pankaj;Nikhil;Rahul;"
        "Arvind;Gautam;Uday;Shiv;Kiran;Harsh;Naveen",
        "Savitri;Kiran;Radha;Smita;Leena;Vinita;Renu;Indu",
        "Agarwal;Gupta;Shah;Mehta;Patel;Jain;Reddy;Singh;Bansal;Goenka;Mittal;Kapoor;Malhotra;Khanna;Bajaj;Murthy;Nair;"
        "Pillai;Rao;Desai;Choksi;Kothari;Lodha;Munjal;Poonawalla;Jindal;Piramal;Birla",
    ),
    "de": (
        "Klaus;Dieter;Wolfgang;Stefan;Thomas;Andreas;Michael;Reinhold;Georg;Hans;Heinz;Jurgen;Friedrich;Karl;Ernst;"
        "Rolf;Werner;Hasso;Ralph;Lukas;Matthias;Alexander",
        "Susanne;Renate;Heidi;Johanna;Ingrid;Beate;Petra;Karin",
        "Muller;Schmidt;Schneider;Fischer;Weber;Meyer;Wagner;Becker;Schulz;Hoffmann;Koch;Richter;Klein;Wolf;Schroder;"
        "Neumann;Schwarz;Braun;Zimmermann;Kruger;Hartmann;Lange;Werner;Krause;Lehmann;Kohler;Herz;Bauer;Vogel;Frey",
    ),
    "ru": (
        "Alexei;Vladimir;Mikhail;Andrei;Dmitry;Sergei;Igor;Viktor;Leonid;Oleg;Roman;Vagit;Gennady;Vladimir;Alexander;"
        "Pavel;Yuri;Nikolai;Arkady;Boris",
        "Elena;Olga;Tatyana;Natalia",
        "Ivanov;Smirnov;Kuznetsov;Popov;Sokolov;Lebedev;Kozlov;Novikov;Morozov;Petrov;Volkov;Solovyov;Vasiliev;Zaitsev;"
        "Pavlov;Semenov;Golubev;Vinogradov;Bogdanov;Vorobiev;Fedorov;Mikhailov",
    ),
    "it": (
        "Giovanni;Giuseppe;Paolo;Luca;Marco;Francesco;Alberto;Massimo;Sergio;Stefano;Roberto;Pietro;Leonardo;Renzo",
        "Giuliana;Alessandra;Francesca;Maria;Lucia",
        "Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Greco;Bruno;Gallo;Conti;De Luca;Costa;"
        "Giordano;Mancini;Rizzo;Lombardi;Moretti;Barbieri;Fontana;Santoro;Marchetti",
    ),
    "pt": (
        "Jorge;Carlos;Joao;Pedro;Andre;Rubens;Lucas;Eduardo;Marcelo;Rafael;Antonio;Luiz;Abilio;Fernando",
        "Ana;Lucia;Luiza;Camila;Neide",
        "Silva;Santos;Oliveira;Souza;Rodrigues;Ferreira;Alves;Pereira;Lima;Gomes;Costa;Ribeiro;Martins;Carvalho;"
        "Almeida;Lemann;Moreira;Safra;Batista;Trajano",
    ),
    "ja": (
        "Takashi;Hiroshi;Kenji;Masayoshi;Tadashi;Yasumitsu;Shigenobu;Akira;Koichi;Hideo;Kazuo;Takemitsu;Yoshiko;Minoru",
        "Yoshiko;Keiko;Michiko",
        "Sato;Suzuki;Takahashi;Tanaka;Watanabe;Ito;Yamamoto;Nakamura;Kobayashi;Kato;Yoshida;Yamada;Sasaki;Yamaguchi;"
        "Matsumoto;Inoue;Kimura;Hayashi;Shimizu;Mori",
    ),
    "fr": (
        "Francois;Pierre;Jean;Xavier;Alain;Gerard;Patrick;Vincent;Olivier;Emmanuel;Jacques;Marc;Philippe;Laurent",
        "Francoise;Marie;Sophie;Isabelle;Alice",
        "Martin;Bernard;Dubois;Thomas;Robert;Richard;Petit;Durand;Leroy;Moreau;Simon;Laurent;Lefebvre;Michel;Garcia;"
        "David;Bertrand;Roux;Vincent;Fournier;Girard;Bonnet;Dupont;Lambert",
    ),
    "ko": (
        "",
        "",
        "Kim;Lee;Park;Choi;Jung;Kang;Cho;Yoon;Jang;Lim;Han;Oh;Seo;Shin;Kwon;Hwang;Ahn;Song;Hong;Koo",
    ),
    "sv": (
        "Stefan;Lars;Anders;Johan;Mikael;Fredrik;Niklas;Carl;Gustav;Erik;Daniel;Martin",
        "Antonia;Karin;Liselott;Birgitta",
        "Andersson;Johansson;Karlsson;Nilsson;Eriksson;Larsson;Olsson;Persson;Svensson;Gustafsson;Pettersson;Jonsson;"
        "Persson;Lundberg;Bergstrom;Lindqvist",
    ),
    "id": (
        "Budi;Hartono;Prajogo;Low;Sukanto;Tahir;Anthoni;Chairul;Dato;Hermanto;Boenjamin;Sjamsul",
        "Dewi;Melinda;Susanti",
        "Hartono;Pangestu;Tanoto;Salim;Widjaja;Sampoerna;Tanjung;Kusnadi;Santoso;Wijaya;Halim;Gunawan",
    ),
    "he": (
        "Eyal;Shlomo;Yitzhak;Idan;Teddy;Arnon;Stef;Amnon;Gil;Zeev;Avi;Yossi",
        "Shari;Tamar;Michal",
        "Ofer;Cohen;Levi;Mizrahi;Peretz;Biton;Dahan;Avraham;Friedman;Azoulay;Shapira;Wertheimer;Tshuva;Sagol",
    ),
    "es": (
        "Amancio;Juan;Rafael;Jose;Manuel;Isak;Daniel;Carlos;Tomas;Alberto;Fernando",
        "Sandra;Rosalia;Marta;Carmen",
        "Garcia;Fernandez;Gonzalez;Rodriguez;Lopez;Martinez;Sanchez;Perez;Gomez;Martin;Jimenez;Ruiz;Hernandez;Diaz;"
        "Moreno;Ortega",
    ),
    "th": (
        "Dhanin;Charoen;Sarath;Prasert;Vanich;Chirathivat;Santi;Somchai;Thaksin;Krit",
        "Chantima;Sirivadhana;Nualphan",
        "Chearavanont;Sirivadhanabhakdi;Ratanavadi;Prasarttong-Osoth;Chaiyawan;Yoovidhya;Chirathivat;Osathanugrah;"
        "Srivaddhanaprabha;Bodharamik",
    ),
}
_ZH_SYLLABLES = _split(
    "wei;ming;hua;jian;guo;qiang;jun;ping;gang;hui;xin;hong;yong;tao;jie;lei;bin;chao;hao;yu;feng;kai;long;peng;"
    "yi;lin;rong;shan;qing;shu;yan;ying;zhi;cheng;dong;fang;kun;liang"
)
_KO_SYLLABLES = _split("jae;yong;hyun;min;seung;sung;joon;kyung;hoon;soo;jin;woo;hee;chul;young;ho;sang;bum")
_BL_TITLES = _split("Founder;CEO;Chairman;Chairman and CEO;Cofounder;Investor;President;Founder and CEO;Owner")


def _bl_name(rng: np.random.Generator, style: str, female: bool, used: set[str]) -> tuple[str, str]:
    """A first name and a family name no one on the list has yet."""
    men, women, families = (_split(x) for x in _BL_NAMES[style])
    for attempt in range(200):
        family = str(_one(rng, families))
        if style in ("zh", "ko"):
            pool = _ZH_SYLLABLES if style == "zh" else _KO_SYLLABLES
            a, b = str(_one(rng, pool)), str(_one(rng, pool))
            first = a.capitalize() + (b if style == "zh" else "-" + b)
        else:
            first = str(_one(rng, women if female and women[0] else men))
        if attempt > 60:
            first = f"{first} {_one(rng, list('ABCDEGHJKLMPRSTW'))}."
        full = f"{family} {first}" if style in ("zh", "ko") else f"{first} {family}"
        if full not in used:
            used.add(full)
            return first, family
    raise RuntimeError("no name left")


_BL_COLUMNS = _split(
    "rank;finalWorth;category;personName;age;country;city;source;industries;countryOfCitizenship;organization;"
    "selfMade;status;gender;birthDate;lastName;firstName;title;date;state;residenceStateRegion;birthYear;birthMonth;"
    "birthDay;cpi_country;cpi_change_country;gdp_country;gross_tertiary_education_enrollment;"
    "gross_primary_education_enrollment_country;life_expectancy_country;tax_revenue_country_country;"
    "total_tax_rate_country;population_country;latitude_country;longitude_country"
)
_BL_INDICATORS = _BL_COLUMNS[24:]


def _billionaires_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3701)
    cats = list(_BL_CATEGORIES)
    homes = [*_BL_COUNTRIES, ""]
    home_w = [*(c[0] for c in _BL_COUNTRIES.values()), 30]
    states = list(_BL_STATES)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(2640):
        cat = str(_one(rng, cats, [c[0] for c in _BL_CATEGORIES.values()]))
        _w, shift, self_p, sources = _BL_CATEGORIES[cat]
        home = str(_one(rng, homes, home_w))
        citizen = home
        if not home or rng.random() < (0.25 if home in ("Switzerland", "United Kingdom", "Singapore") else 0.04):
            citizen = str(_one(rng, homes[:-1], home_w[:-1]))
        style = _BL_COUNTRIES[citizen][2]
        female = rng.random() < 0.13
        made = rng.random() < (self_p * 0.35 if female else self_p)
        first, family = _bl_name(rng, style, female, used)
        person = f"{family} {first}" if style in ("zh", "ko") else f"{first} {family}"
        if not made and rng.random() < 0.3:
            person += " & family"
        worth = 1000.0 * float(np.exp(rng.exponential(0.8)))
        if worth > 100_000:
            worth = 100_000 * (worth / 100_000) ** 0.3
        age: int | None = int(np.clip(round(rng.normal(66 + shift, 12.5)), 19, 101))
        birth, by, bm, bd = "", None, None, None
        if rng.random() < 0.025:
            age = None
        else:
            bm, bd = int(rng.integers(1, 13)), int(rng.integers(1, 29))
            by = 2023 - int(age or 0) - int((bm, bd) > (4, 4))
            birth = f"{bm}/{bd}/{by} 0:00"
        state, region, city = "", "", ""
        if home == "United States":
            state = str(_one(rng, states, [s[1] for s in _BL_STATES.values()]))
            region = _BL_STATES[state][0]
            city = str(_one(rng, _split(_BL_STATES[state][2])))
        elif home:
            city = str(_one(rng, _split(_BL_COUNTRIES[home][1])))
        source = str(_one(rng, _split(sources)))
        ind = _BL_COUNTRIES[home][3] if home else None
        values: list[Any] = [None] * len(_BL_INDICATORS)
        if ind is not None:
            values = [ind[0], ind[1], f"${int(ind[2]):,} ", *ind[3:8], float(ind[8]), ind[9], ind[10]]
        rows.append(
            {
                "finalWorth": int(round(worth / 100) * 100),
                "category": cat,
                "personName": person,
                "age": age,
                "country": home,
                "city": city,
                "source": source,
                "industries": cat,
                "countryOfCitizenship": citizen,
                "organization": f"{family} {_one(rng, ['Group', 'Holdings', 'Capital', 'Industries'])}"
                if rng.random() < 0.12
                else "",
                "selfMade": made,
                "status": str(_one(rng, ["D", "U", "E"], [70, 25, 5]))
                if made
                else str(_one(rng, ["N", "U", "R", "Split Family Inheritance"], [55, 38, 4, 3])),
                "gender": "F" if female else "M",
                "birthDate": birth,
                "lastName": family,
                "firstName": first,
                "title": str(_one(rng, _BL_TITLES)) if rng.random() < 0.25 else "",
                "date": "4/4/2023 5:01",
                "state": state,
                "residenceStateRegion": region,
                "birthYear": by,
                "birthMonth": bm,
                "birthDay": bd,
                **dict(zip(_BL_INDICATORS, values, strict=True)),
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["finalWorth", "personName"], ascending=[False, True], ignore_index=True)
    frame["rank"] = frame["finalWorth"].rank(method="min", ascending=False).astype(int)
    return frame[_BL_COLUMNS]


def _bl_top10(d: pd.DataFrame) -> list[str]:
    return [str(x) for x in d.nlargest(10, "finalWorth")["personName"]]


def _bl_gender_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby("gender")["finalWorth"].mean()
    return [float(by["F"]), float(by["M"])]


def _bl_self_made(d: pd.DataFrame) -> float:
    return float((d["selfMade"].astype(str).str.lower() == "true").mean())


def _bl_industry_ages(d: pd.DataFrame) -> pd.Series:
    return d.groupby("category")["age"].mean().sort_values()


_BL_ID = ("rank", "personName", "finalWorth")
_BL_CATEGORY = ("category", "industries")
_BILLIONAIRES_QS = [
    Q(
        "who are the 10 richest people on the list?",
        _all_named(_bl_top10),
        (*_BL_ID, "lastName", "firstName"),
    ),
    Q(
        "avg net worth of men vs women",
        _scaled(_bl_gender_means, (1e3, 1e-6)),
        (*_BL_ID, "gender"),
    ),
    Q(
        "what percent of billionaires are self made?",
        _share(_bl_self_made),
        (*_BL_ID, "selfMade", "status"),
    ),
    Q(
        "how many billionaires live in the united states",
        _count(lambda d: float((_text(d["country"]) == "United States").sum())),
        (*_BL_ID, "country", "countryOfCitizenship", "state", "city"),
    ),
    Q(
        "which industry has the most billionaires",
        _lead(_named(lambda d: str(d["category"].value_counts().idxmax()))),
        (*_BL_ID, *_BL_CATEGORY),
    ),
    Q(
        "plot the average age per industry - which industry is the youngest?",
        _lead(_named(lambda d: str(_bl_industry_ages(d).index[0]))),
        (*_BL_ID, *_BL_CATEGORY, "age", "birthYear", "birthDate"),
    ),
]


# --- 2. Credit card customers (Kaggle BankChurners.csv) ------------------------------------------------------------

_CC_NB = "Naive_Bayes_Classifier_Attrition_Flag_Card_Category_Contacts_Count_12_mon_Dependent_count_Education_Level_"
_CC_NB += "Months_Inactive_12_mon_"
_CC_INCOMES = ["Less than $40K", "$40K - $60K", "$60K - $80K", "$80K - $120K", "$120K +", "Unknown"]
_CC_LIMIT_BASE = [3300.0, 5000.0, 9800.0, 15500.0, 19500.0, 9000.0]
_CC_CARDS = {"Blue": (0.932, 1.0), "Silver": (0.055, 2.6), "Gold": (0.011, 3.2), "Platinum": (0.002, 3.6)}


def _cc_pick(rng: np.random.Generator, options: list[Any], weights: list[float], n: int) -> np.ndarray:
    w = np.asarray(weights, dtype=float)
    return np.asarray(options, dtype=object)[rng.choice(len(options), size=n, p=w / w.sum())]


def _churn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3702)
    n = 4000
    left = rng.random(n) < 0.161
    ids = pd.unique(rng.integers(708_082_083, 828_343_084, n + 200))[:n]
    age = np.clip(np.round(rng.normal(46.3, 8.0, n)), 26, 73).astype(int)
    female = rng.random(n) < 0.529
    income_f = _cc_pick(rng, list(range(6)), [60, 23, 0.5, 0.3, 0.2, 16], n)
    income_m = _cc_pick(rng, list(range(6)), [9, 16, 28, 29, 14, 4], n)
    income = np.where(female, income_f, income_m).astype(int)
    cards = list(_CC_CARDS)
    card = _cc_pick(rng, cards, [c[0] for c in _CC_CARDS.values()], n)
    mult = np.array([_CC_CARDS[str(c)][1] for c in card])
    limit = np.asarray(_CC_LIMIT_BASE)[income] * mult * rng.lognormal(0, 0.55, n)
    limit = np.round(np.clip(limit, 1438.3, 34516.0), 1)
    zero = rng.random(n) < np.where(left, 0.55, 0.18)
    bal = np.where(zero, 0, np.round(rng.uniform(450, 2517, n))).astype(int)
    bal = np.minimum(bal, np.floor(limit)).astype(int)
    high = (~left) & (rng.random(n) < 0.15)
    count = np.where(left, rng.normal(45, 13, n), np.where(high, rng.normal(104, 12, n), rng.normal(66, 17, n)))
    count = np.clip(np.round(count), 10, 139).astype(int)
    per = rng.lognormal(np.log(58), 0.22, n) * (1 + 1.4 / (1 + np.exp(-(count - 88) / 4.0)))
    amount = np.clip(np.round(count * per), 510, 18484).astype(int)
    months = np.where(rng.random(n) < 0.24, 36, np.clip(np.round(rng.normal(36, 8, n)), 13, 56)).astype(int)
    inactive_w: dict[bool, list[float]] = {False: [0.3, 25, 32, 36, 4, 1.8, 1.2], True: [1, 6, 32, 51, 8, 2, 1]}
    contacts_w: dict[bool, list[float]] = {False: [4, 16, 34, 32, 12, 2, 0.05], True: [0.5, 6, 25, 42, 20, 4, 3.5]}
    relation_w: dict[bool, list[float]] = {False: [6, 9, 22, 19, 19, 19], True: [12, 17, 22, 19, 15, 15]}
    picks = {
        name: np.where(left, _cc_pick(rng, levels, weights[True], n), _cc_pick(rng, levels, weights[False], n)).astype(
            int
        )
        for name, levels, weights in (
            ("inactive", list(range(7)), inactive_w),
            ("contacts", list(range(7)), contacts_w),
            ("relation", list(range(1, 7)), relation_w),
        )
    }
    amt_chng = np.round(np.clip(rng.normal(np.where(left, 0.69, 0.77), 0.2), 0.1, 3.4), 3)
    ct_chng = np.round(np.clip(rng.normal(np.where(left, 0.55, 0.74), 0.22), 0.03, 3.7), 3)
    nb = np.where(left, 1 - 10 ** rng.uniform(-5, -3, n), 10 ** rng.uniform(-5, -3.5, n))
    nb = np.array([float(f"{x:.5g}") for x in nb])
    frame = pd.DataFrame(
        {
            "CLIENTNUM": ids,
            "Attrition_Flag": np.where(left, "Attrited Customer", "Existing Customer"),
            "Customer_Age": age,
            "Gender": np.where(female, "F", "M"),
            "Dependent_count": _cc_pick(rng, list(range(6)), [9, 18, 26, 27, 15, 4], n).astype(int),
            "Education_Level": _cc_pick(
                rng,
                _split("Graduate;High School;Unknown;Uneducated;College;Post-Graduate;Doctorate"),
                [31, 20, 15, 15, 10, 5, 4],
                n,
            ),
            "Marital_Status": _cc_pick(rng, _split("Married;Single;Unknown;Divorced"), [46, 39, 7, 7], n),
            "Income_Category": np.asarray(_CC_INCOMES, dtype=object)[income],
            "Card_Category": card,
            "Months_on_book": months,
            "Total_Relationship_Count": picks["relation"],
            "Months_Inactive_12_mon": picks["inactive"],
            "Contacts_Count_12_mon": picks["contacts"],
            "Credit_Limit": limit,
            "Total_Revolving_Bal": bal,
            "Avg_Open_To_Buy": np.round(limit - bal, 1),
            "Total_Amt_Chng_Q4_Q1": amt_chng,
            "Total_Trans_Amt": amount,
            "Total_Trans_Ct": count,
            "Total_Ct_Chng_Q4_Q1": np.maximum(ct_chng, 0.0),
            "Avg_Utilization_Ratio": np.round(bal / limit, 3),
            f"{_CC_NB}1": nb,
            f"{_CC_NB}2": np.round(1 - nb, 5),
        }
    )
    return frame


def _cc_left(d: pd.DataFrame) -> pd.Series:
    return _text(d["Attrition_Flag"]) == "Attrited Customer"


def _cc_card_rates(d: pd.DataFrame) -> list[float]:
    by = _cc_left(d).groupby(d["Card_Category"]).mean()
    return [float(by[c]) for c in _CC_CARDS if c in by.index]


def _cc_limits(d: pd.DataFrame) -> list[float]:
    by = d.groupby("Income_Category")["Credit_Limit"].mean()
    return [float(by[c]) for c in _CC_INCOMES]


def _cc_counts(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_cc_left(d))["Total_Trans_Ct"].mean()
    return [float(by[True]), float(by[False])]


def _cc_old(floor: int, inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        age = d["Customer_Age"]
        old = age >= floor if inclusive else age > floor
        return float((old & _cc_left(d)).sum())

    return count


_CC_ID = ("CLIENTNUM", "Attrition_Flag")
_CHURN_QS = [
    Q(
        "whats the churn rate?",
        _share(lambda d: float(_cc_left(d).mean())),
        _CC_ID,
    ),
    Q(
        "churn rate by card type",
        _shares(_cc_card_rates),
        (*_CC_ID, "Card_Category"),
    ),
    Q(
        "average credit limit for each income category",
        _scaled(_cc_limits, (1e3,)),
        (*_CC_ID, "Credit_Limit", "Income_Category"),
    ),
    Q(
        "do customers who left make fewer transactions than the ones who stayed? avg transaction count for each",
        _about(_cc_counts),
        (*_CC_ID, "Total_Trans_Ct", "Total_Trans_Amt"),
    ),
    Q(
        "corr between total transaction amount and transaction count",
        _corr(lambda d: d["Total_Trans_Amt"], lambda d: d["Total_Trans_Ct"]),
        (*_CC_ID, "Total_Trans_Amt", "Total_Trans_Ct"),
    ),
    Q(
        "how many customers over 60 have churned",
        either(_count(_cc_old(60, False)), _count(_cc_old(60, True))),
        (*_CC_ID, "Customer_Age"),
    ),
]


# --- 3. Rotten Tomatoes movies (Kaggle rotten_tomatoes_movies.csv) -------------------------------------------------

_RT_COLUMNS = _split(
    "rotten_tomatoes_link;movie_title;movie_info;critics_consensus;content_rating;genres;directors;authors;actors;"
    "original_release_date;streaming_release_date;runtime;production_company;tomatometer_status;tomatometer_rating;"
    "tomatometer_count;audience_status;audience_rating;audience_count;tomatometer_top_critics_count;"
    "tomatometer_fresh_critics_count;tomatometer_rotten_critics_count"
)
# genre: chance of being among a film's genres, quality shift
_RT_GENRES: dict[str, tuple[float, float]] = {
    "Drama": (0.52, 0.2),
    "Comedy": (0.31, -0.3),
    "Action & Adventure": (0.2, -0.3),
    "Mystery & Suspense": (0.18, -0.1),
    "Art House & International": (0.13, 0.4),
    "Documentary": (0.11, 0.8),
    "Horror": (0.09, -0.6),
    "Science Fiction & Fantasy": (0.1, -0.2),
    "Romance": (0.1, -0.1),
    "Classics": (0.07, 1.0),
    "Kids & Family": (0.06, -0.1),
    "Musical & Performing Arts": (0.05, 0.2),
    "Animation": (0.04, 0.3),
    "Special Interest": (0.04, 0.3),
    "Western": (0.02, 0.1),
    "Television": (0.01, 0.0),
    "Cult Movies": (0.01, 0.0),
    "Faith & Spirituality": (0.01, -0.5),
    "Sports & Fitness": (0.01, 0.1),
    "Gay & Lesbian": (0.01, 0.2),
    "Anime & Manga": (0.005, 0.3),
}
_RT_ADJ = _split(
    "Last;Dark;Lost;Silent;Broken;Hidden;Golden;Wild;Little;Final;Secret;Endless;Perfect;Crimson;Quiet;Burning;"
    "Frozen;Savage;Beautiful;American;Midnight;Electric;Dangerous;Lonely;Sweet;Bitter;Blue;Long;Strange;Second;"
    "Eternal;Fallen;Forgotten;Restless;Sacred;Reckless;Hollow;Distant;Silver;Scarlet;Tender;Northern;Paper;Glass"
)
_RT_NOUN = _split(
    "Summer;Road;Heart;City;River;Game;Night;House;Island;Dream;Kingdom;Empire;Promise;Garden;Storm;Shadow;Station;"
    "Horizon;Mountain;Hour;Letter;Winter;Song;Journey;Crossing;Frontier;Machine;Harvest;Ghost;Mirror;Echo;Line;"
    "Season;Witness;Stranger;Bridge;Voyage;Prisoner;Daughter;Son;Angel;Sky;Fire;Tide;Valley;Wolf;Hotel;Border;"
    "Country;Highway;Ocean;Diary;Affair;Reunion;Memory;Ritual;Lesson;Silence;Revenge;Castle;Paradise;Escape"
)
_RT_PLACES = _split("Paris;Brooklyn;Texas;Tokyo;Berlin;Vegas;Havana;Montana;Rome;Chicago;Alaska;Harlem;Venice;Dublin")
_RT_FIRST = _split(
    "James;John;Michael;David;Robert;Chris;Tom;Steven;Peter;Paul;Mark;Daniel;Sam;Ben;Jack;Ryan;Kevin;Richard;Matt;"
    "Emma;Sarah;Anna;Julia;Laura;Kate;Emily;Rachel;Olivia;Sophie;Claire;Nicole;Amy;Naomi;Helen;Maria;Lucy;Greta;"
    "Jean;Pierre;Luc;Carlos;Pedro;Hiro;Ang;Wong;Akira;Lars;Ingmar;Werner;Fritz;Spike;Wes;Sofia;Agnes"
)
_RT_LAST = _split(
    "Anderson;Baker;Campbell;Carter;Clark;Collins;Cooper;Davis;Edwards;Evans;Fisher;Foster;Garcia;Gray;Green;Hall;"
    "Harris;Hill;Howard;Hughes;Jackson;James;Johnson;Jones;Kelly;King;Lee;Lewis;Martin;Miller;Mitchell;Moore;Morgan;"
    "Murphy;Nelson;Parker;Phillips;Price;Reed;Roberts;Robinson;Rogers;Ross;Russell;Scott;Smith;Stewart;Taylor;"
    "Thomas;Turner;Walker;Ward;Watson;White;Williams;Wilson;Wood;Wright;Young;Almodovar;Besson;Kurosawa;Herzog;Lang"
)
_RT_STUDIOS = {
    "Warner Bros. Pictures": 7,
    "Paramount Pictures": 6,
    "Universal Pictures": 6,
    "20th Century Fox": 6,
    "Sony Pictures Classics": 5,
    "IFC Films": 6,
    "Magnolia Pictures": 5,
    "Lionsgate Films": 4,
    "Columbia Pictures": 4,
    "Walt Disney Pictures": 3,
    "Focus Features": 3,
    "A24": 2,
    "Netflix": 4,
    "Strand Releasing": 2,
    "Music Box Films": 2,
    "Criterion Collection": 2,
    "MGM": 3,
    "Miramax Films": 2,
    "New Line Cinema": 2,
    "Samuel Goldwyn Films": 2,
    "Kino Lorber": 3,
    "Zeitgeist Films": 1,
    "Oscilloscope Pictures": 1,
    "Roadside Attractions": 2,
}
_RT_ROLES = _split(
    "a young lawyer;a retired detective;an estranged sister;a small-town teacher;a struggling musician;"
    "a teenage hacker;an aging boxer;a single mother;a washed-up actor;a war veteran;a shy librarian;"
    "a disgraced chef;a rookie cop;an ambitious reporter"
)
_RT_VERBS = _split("discovers;inherits;stumbles onto;is drawn into;sets out to uncover;returns home to face")
_RT_OBJECTS = _split(
    "a family secret;a dangerous conspiracy;an old rivalry;a mysterious stranger;the truth about the past;"
    "a haunted house;a fortune in stolen cash;a long-lost brother;an impossible choice"
)
_RT_ENDINGS = _split(
    "nothing will ever be the same.;the line between right and wrong begins to blur.;they must fight to survive.;"
    "an unlikely friendship begins.;a long night turns into a race against time."
)
_RT_PRAISE = _split(
    "is a smart, well-acted drama that earns its emotional payoff;offers more style than substance;"
    "is a thrilling ride anchored by strong performances;never quite lives up to its intriguing premise;"
    "is a warm, funny crowd-pleaser;is an ambitious but uneven effort;is a haunting, beautifully shot story"
)


def _rt_people(rng: np.random.Generator, k: int) -> str:
    return ", ".join(f"{_one(rng, _RT_FIRST)} {_one(rng, _RT_LAST)}" for _ in range(k))


def _rt_title(rng: np.random.Generator) -> str:
    a, b, c = str(_one(rng, _RT_ADJ)), str(_one(rng, _RT_NOUN)), str(_one(rng, _RT_NOUN))
    pattern = int(_one(rng, range(8), [6, 5, 4, 1, 2, 2, 1, 3]))
    return [
        f"The {a} {b}",
        f"{a} {b}",
        f"{b} of the {c}",
        f"The {b}",
        f"A {b} in {_one(rng, _RT_PLACES)}",
        f"{_one(rng, _RT_PLACES)} {b}",
        f"{a} {b} 2",
        f"{b} and the {c}",
    ][pattern]


def _rt_years() -> tuple[list[int], list[float]]:
    years = list(range(1920, 2021))
    weights = [float(np.exp((min(y, 2017) - 2000) / 12)) for y in years]
    for y, f in ((2017, 1.18), (2018, 0.92), (2019, 0.82), (2020, 0.33)):
        weights[years.index(y)] *= f
    return years, weights


def _rotten_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3703)
    years, year_w = _rt_years()
    genres = list(_RT_GENRES)
    studios = list(_RT_STUDIOS)
    links: set[str] = set()
    titles: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(3000):
        year = int(_one(rng, years, year_w))
        chosen = [
            g for g in genres if rng.random() < _RT_GENRES[g][0] * (2.5 if g == "Classics" and year < 1965 else 1)
        ]
        if "Documentary" in chosen:
            chosen = [g for g in chosen if g in ("Documentary", "Special Interest", "Musical & Performing Arts")]
        if not chosen:
            chosen = [str(_one(rng, genres, [g[0] for g in _RT_GENRES.values()]))]
        chosen = sorted(chosen[:4])
        title = _rt_title(rng)
        for _retry in range(30):
            if title not in titles or rng.random() < 0.03:
                break
            title = _rt_title(rng)
        titles.add(title)
        slug = "m/" + re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")
        if slug in links:
            slug = f"{slug}_{year}"
        if slug in links:
            slug = f"m/{int(rng.integers(10_000_000, 10_999_999))}-{slug[2:]}"
        links.add(slug)
        family = "Kids & Family" in chosen or "Animation" in chosen
        if year < 1968:
            rating = str(_one(rng, ["NR", "G", "PG"], [80, 10, 10]))
        elif family:
            rating = str(_one(rng, ["G", "PG", "NR", "PG-13"], [30, 55, 10, 5]))
        elif "Documentary" in chosen:
            rating = str(_one(rng, ["NR", "PG-13", "R", "PG", "G"], [60, 10, 15, 10, 5]))
        else:
            rating = str(_one(rng, ["R", "PG-13", "NR", "PG", "NC17"], [45, 25, 18, 10, 1]))
        month, day = int(rng.integers(1, 13)), int(rng.integers(1, 29))
        released = pd.Timestamp(year, month, day)
        if year >= 1997:
            stream = released + pd.Timedelta(days=int(rng.lognormal(np.log(150), 0.8)))
        else:
            stream = pd.Timestamp("2000-01-01") + pd.Timedelta(days=int(rng.integers(0, 7600)))
        stream = min(stream, pd.Timestamp("2020-10-30"))
        base = 92 if "Documentary" in chosen else 88 if family else 104 + 0.05 * (year - 1980)
        runtime = float(np.clip(round(rng.normal(base, 17)), 60, 220))
        count = int(np.clip(round(rng.lognormal(np.log(12 if year < 1998 else 45), 0.9)), 5, 500))
        quality = float(rng.normal(0.3, 1.2)) + sum(_RT_GENRES[g][1] for g in chosen) / len(chosen)
        fresh = int(rng.binomial(count, 1 / (1 + np.exp(-quality))))
        score = round(100 * fresh / count)
        status = "Fresh" if score >= 60 else "Rotten"
        if score >= 75 and count >= 40 and rng.random() < 0.9:
            status = "Certified-Fresh"
        audience = int(np.clip(round(0.55 * score + 27 + rng.normal(0, 11)), 0, 100))
        crowd = int(np.clip(round(rng.lognormal(np.log(1500 if year < 1998 else 6000), 1.6)), 5, 35_000_000))
        no_score = rng.random() < 0.005
        no_audience = rng.random() < 0.018
        rows.append(
            {
                "rotten_tomatoes_link": slug,
                "movie_title": title,
                "movie_info": f"When {_one(rng, _RT_ROLES)} {_one(rng, _RT_VERBS)} {_one(rng, _RT_OBJECTS)}, "
                f"{_one(rng, _RT_ENDINGS)}",
                "critics_consensus": f"{title} {_one(rng, _RT_PRAISE)}."
                if count >= 20 and rng.random() < 0.62
                else None,
                "content_rating": rating,
                "genres": ", ".join(chosen),
                "directors": _rt_people(rng, 1 if rng.random() < 0.92 else 2),
                "authors": _rt_people(rng, int(_one(rng, [1, 2, 3], [50, 35, 15]))) if rng.random() < 0.92 else None,
                "actors": _rt_people(rng, int(rng.integers(4, 13))) if rng.random() < 0.98 else None,
                "original_release_date": f"{released:%Y-%m-%d}" if rng.random() > 0.02 else None,
                "streaming_release_date": f"{stream:%Y-%m-%d}" if rng.random() > 0.02 else None,
                "runtime": runtime if rng.random() > 0.015 else None,
                "production_company": str(_one(rng, studios, list(_RT_STUDIOS.values())))
                if rng.random() > 0.03
                else None,
                "tomatometer_status": None if no_score else status,
                "tomatometer_rating": None if no_score else float(score),
                "tomatometer_count": None if no_score else float(count),
                "audience_status": None if no_audience else ("Upright" if audience >= 60 else "Spilled"),
                "audience_rating": None if no_audience else float(audience),
                "audience_count": None if no_audience else float(crowd),
                "tomatometer_top_critics_count": int(rng.binomial(count, 0.22)),
                "tomatometer_fresh_critics_count": fresh,
                "tomatometer_rotten_critics_count": count - fresh,
            }
        )
    frame = pd.DataFrame(rows, columns=_RT_COLUMNS)
    return frame.sort_values("rotten_tomatoes_link", kind="stable", ignore_index=True)


def _rt_by_rating(d: pd.DataFrame) -> list[float]:
    by = d.groupby("content_rating")["tomatometer_rating"].mean()
    return [float(by[r]) for r in ("G", "PG", "PG-13", "R", "NR", "NC17") if r in by.index]


def _rt_genre(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        g = d["genres"].dropna().astype(str)
        if split:
            g = g.str.split(", ").explode().str.strip()
        return str(g.value_counts().idxmax())

    return top


def _rt_years_of(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["original_release_date"], errors="coerce").dt.year


def _rt_busiest(d: pd.DataFrame) -> int:
    return int(_rt_years_of(d).value_counts().idxmax())


def _rt_runtime(d: pd.DataFrame) -> float:
    return float(d.loc[_rt_years_of(d) == _rt_busiest(d), "runtime"].mean())


_RT_ID = ("movie_title", "rotten_tomatoes_link")
_ROTTEN_QS = [
    Q(
        "average tomatometer score by content rating",
        _about(_rt_by_rating),
        (*_RT_ID, "tomatometer_rating", "content_rating"),
    ),
    Q(
        "how many movies are certified fresh?",
        _count(lambda d: float((_text(d["tomatometer_status"]) == "Certified-Fresh").sum())),
        (*_RT_ID, "tomatometer_status"),
    ),
    Q(
        "is there a correlation between the critics score and the audience score",
        _corr(lambda d: d["tomatometer_rating"], lambda d: d["audience_rating"]),
        (*_RT_ID, "tomatometer_rating", "audience_rating"),
    ),
    Q(
        "whats the most common genre",
        _lead(either(_named(_rt_genre(True)), _named(_rt_genre(False)))),
        (*_RT_ID, "genres"),
    ),
    Q(
        "plot the number of movies released each year. which year had the most releases?",
        _lead(_year(_rt_busiest)),
        (*_RT_ID, "original_release_date", "streaming_release_date"),
    ),
    Q(
        "and what was the avg runtime of the movies from that year",
        _about(_rt_runtime),
        (*_RT_ID, "runtime", "original_release_date"),
    ),
]


# --- 4. UK used cars, Ford (Kaggle "100,000 UK Used Car Data set", ford.csv) ---------------------------------------

# model: weight, price new in 2020 (£), first and last year, engine sizes, share diesel, share automatic, petrol mpg
_FD_MODELS: dict[str, tuple[float, float, int, int, str, float, float, float]] = {
    "Fiesta": (6557, 15500, 2002, 2020, "1.0;1.0;1.0;1.1;1.25;1.5;1.6", 0.12, 0.08, 57.0),
    "Focus": (4588, 19500, 2004, 2020, "1.0;1.0;1.5;1.5;2.0;1.6", 0.38, 0.13, 52.0),
    "Kuga": (2225, 24500, 2009, 2020, "1.5;1.5;2.0;2.0", 0.58, 0.2, 42.0),
    "EcoSport": (1143, 17500, 2014, 2020, "1.0;1.0;1.5", 0.15, 0.08, 50.0),
    "C-MAX": (543, 17000, 2006, 2019, "1.0;1.6;2.0", 0.4, 0.14, 50.0),
    "Ka+": (531, 10500, 2016, 2020, "1.2", 0.05, 0.0, 57.0),
    "Mondeo": (526, 21000, 2004, 2020, "1.5;2.0;2.0", 0.8, 0.3, 47.0),
    "B-MAX": (355, 13000, 2012, 2018, "1.0;1.4;1.6", 0.2, 0.12, 54.0),
    "S-MAX": (296, 25000, 2007, 2020, "2.0", 0.9, 0.35, 40.0),
    "Grand C-MAX": (247, 18500, 2010, 2019, "1.0;1.5;2.0", 0.45, 0.2, 48.0),
    "Galaxy": (228, 27000, 2007, 2020, "2.0", 0.92, 0.55, 40.0),
    "Edge": (208, 29000, 2016, 2019, "2.0", 1.0, 0.6, 40.0),
    "KA": (199, 7000, 2003, 2016, "1.2", 0.0, 0.0, 56.0),
    "Puma": (80, 22500, 2019, 2020, "1.0", 0.0, 0.25, 50.0),
    "Tourneo Custom": (69, 32000, 2013, 2020, "2.0", 1.0, 0.3, 36.0),
    "Grand Tourneo Connect": (59, 21500, 2014, 2020, "1.5", 0.8, 0.2, 46.0),
    "Mustang": (57, 41000, 2015, 2020, "2.3;5.0;5.0", 0.0, 0.6, 24.0),
    "Tourneo Connect": (33, 18500, 2013, 2020, "1.5", 0.8, 0.1, 46.0),
    "Fusion": (16, 5000, 2002, 2012, "1.4;1.6", 0.2, 0.1, 45.0),
    "Streetka": (2, 3500, 2003, 2005, "1.6", 0.0, 0.0, 38.0),
    "Ranger": (1, 20000, 2016, 2016, "2.2", 1.0, 0.0, 35.0),
    "Escort": (1, 3000, 1998, 1998, "1.6", 0.0, 0.0, 38.0),
}
_FD_YEARS = {2020: 5.0, 2019: 15.0, 2018: 20.0, 2017: 24.0, 2016: 14.0, 2015: 8.0, 2014: 5.0, 2013: 4.0}
_FD_YEARS |= {2012: 1.5, 2011: 1.0, 2010: 0.8, 2009: 0.8, 2008: 0.5, 2007: 0.4, 2006: 0.3, 2005: 0.2, 2004: 0.2}
_FD_YEARS |= {2003: 0.15, 2002: 0.1, 1998: 0.05}


def _fd_tax(rng: np.random.Generator, year: int, mpg: float, fuel: str) -> int:
    if fuel in ("Hybrid", "Electric"):
        return 0 if year < 2017 or fuel == "Electric" else 135
    if year >= 2017:
        return int(_one(rng, [145, 150, 140, 155], [70, 25, 3, 2])) if year < 2020 else int(_one(rng, [145, 150]))
    for floor, tax in ((68, 0), (62, 20), (57, 30), (52, 125), (47, 160), (42, 200), (37, 235), (33, 265)):
        if mpg >= floor:
            return tax
    return 300


def _ford_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3704)
    models = list(_FD_MODELS)
    rows: list[dict[str, Any]] = []
    for _ in range(3965):
        model = str(_one(rng, models, [m[0] for m in _FD_MODELS.values()]))
        _w, new, first, last, engines, diesel, auto, mpg0 = _FD_MODELS[model]
        span = [y for y in _FD_YEARS if first <= y <= last]
        year = int(_one(rng, span, [_FD_YEARS[y] for y in span]))
        fuel = "Diesel" if rng.random() < diesel else "Petrol"
        roll = rng.random()
        if model == "Mondeo" and year >= 2015 and roll < 0.12:
            fuel = "Hybrid"
        elif model in ("Focus", "Kuga") and year >= 2019 and roll < 0.004:
            fuel = "Hybrid" if model == "Kuga" else "Electric"
        elif roll < 0.0007:
            fuel = "Other"
        gear = "Manual"
        if rng.random() < auto:
            gear = "Automatic" if rng.random() < 0.7 else "Semi-Auto"
        age = 2020 - year + float(rng.uniform(0.1, 0.9))
        miles = int(max(1, round(age * 8000 * rng.lognormal(0, 0.5))))
        if year == 2020 and rng.random() < 0.5:
            miles = int(rng.integers(1, 3000))
        engine = float(_one(rng, _split(engines)))
        price = new * 0.86 ** (2020 - year) * (1 - 0.12 * np.tanh((miles - 8000 * age) / 40000))
        price *= (1.08 if gear != "Manual" else 1.0) * (1.05 if fuel == "Diesel" else 1.0) * rng.lognormal(0, 0.1)
        price *= 1 + 0.12 * (engine - 1.2) if model != "Mustang" else 1 + 0.25 * (engine - 2.3)
        price = round(max(495.0, float(price)) / 50) * 50
        price -= int(_one(rng, [0, 0, 0, 1, 5]))
        mpg = mpg0 + (12 if fuel == "Diesel" else 0) + (15 if fuel == "Hybrid" else 0) + 1.5 * (2017 - year) / 3
        mpg = round(float(mpg - 4 * (engine - 1.2) + rng.normal(0, 3)), 1)
        if fuel == "Electric":
            mpg, engine = 201.8, 0.0
        if rng.random() < 0.003:
            engine = 0.0
        rows.append(
            {
                "model": f" {model}",
                "year": year,
                "price": int(price),
                "transmission": gear,
                "mileage": miles,
                "fuelType": fuel,
                "tax": _fd_tax(rng, year, mpg, fuel),
                "mpg": mpg,
                "engineSize": engine,
            }
        )
    frame = pd.DataFrame(rows)
    twice = np.sort(rng.choice(len(frame), 35, replace=False))
    order = sorted([*range(len(frame)), *twice.tolist()])
    return frame.iloc[order].reset_index(drop=True)


def _fd_fuel_means(d: pd.DataFrame) -> list[float]:
    return [float(x) for x in d.groupby(_text(d["fuelType"]))["price"].mean()]


def _fd_mean(model: str, year: int) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rows = d[(_text(d["model"]) == model) & (d["year"] == year)]
        return float(rows["price"].mean())

    return mean


def _fd_auto(semi: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        gear = _text(d["transmission"])
        return float(gear.isin(["Automatic", "Semi-Auto"] if semi else ["Automatic"]).mean())

    return share


_FD_ID = ("model", "price")
_FORD_QS = [
    Q(
        "average price for each fuel type",
        _scaled(_fd_fuel_means, (1e3,)),
        (*_FD_ID, "fuelType"),
    ),
    Q(
        "what's the most common model?",
        _lead(_named(lambda d: str(_text(d["model"]).value_counts().idxmax()))),
        _FD_ID,
    ),
    Q(
        "how does mileage affect price? correlation?",
        _corr(lambda d: d["mileage"], lambda d: d["price"]),
        (*_FD_ID, "mileage", "year"),
    ),
    Q(
        "avg price of a 2019 fiesta",
        _scaled(_fd_mean("Fiesta", 2019), (1e3,)),
        (*_FD_ID, "year"),
    ),
    Q(
        "what about a focus?",
        _scaled(_fd_mean("Focus", 2019), (1e3,)),
        (*_FD_ID, "year"),
    ),
    Q(
        "what % of the cars are automatic",
        either(_share(_fd_auto(False)), _share(_fd_auto(True))),
        (*_FD_ID, "transmission"),
    ),
]


# --- 5. Chocolate bar ratings (TidyTuesday 2022-01-18, Flavors of Cacao chocolate.csv) ------------------------------

# company: location, weight
_CH_COMPANIES: dict[str, tuple[str, float]] = {
    "5150": ("U.S.A.", 1),
    "A. Morin": ("France", 3),
    "Akesson's (Pralus)": ("Switzerland", 1),
    "Amano": ("U.S.A.", 2),
    "Amedei": ("Italy", 2),
    "Arete": ("U.S.A.", 4),
    "Artisan du Chocolat": ("U.K.", 1),
    "Askinosie": ("U.S.A.", 2),
    "Bahen & Co.": ("Australia", 1),
    "Beschle (Felchlin)": ("Switzerland", 1),
    "Bonnat": ("France", 3),
    "Cacao Barry": ("France", 1),
    "Cacao Sampaka": ("Spain", 1),
    "Castronovo": ("U.S.A.", 2),
    "Chocolate Con Amor": ("U.S.A.", 1),
    "Chocolate Makers": ("Netherlands", 1),
    "Coppeneur": ("Germany", 2),
    "Danta": ("Guatemala", 1),
    "Dandelion": ("U.S.A.", 3),
    "Dick Taylor": ("U.S.A.", 2),
    "Domori": ("Italy", 3),
    "Duffy's": ("U.K.", 2),
    "French Broad": ("U.S.A.", 2),
    "Fresco": ("U.S.A.", 3),
    "Friis Holm": ("Denmark", 2),
    "Fruition": ("U.S.A.", 2),
    "Green & Black's (ICAM)": ("U.K.", 1),
    "Guittard": ("U.S.A.", 2),
    "Hachez": ("Germany", 1),
    "Hoja Verde (Tulicorp)": ("Ecuador", 1),
    "Hotel Chocolat": ("U.K.", 2),
    "Idilio (Felchlin)": ("Switzerland", 1),
    "Letterpress": ("U.S.A.", 2),
    "Lindt & Sprungli": ("Switzerland", 1),
    "Madecasse (Cinagra)": ("Madagascar", 1),
    "Map Chocolate": ("U.S.A.", 1),
    "Marou": ("Vietnam", 2),
    "Mast Brothers": ("U.S.A.", 1),
    "Menakao (aka Cinagra)": ("Madagascar", 1),
    "Metiisto": ("Sweden", 1),
    "Michel Cluizel": ("France", 2),
    "Mission": ("Brazil", 1),
    "Ocelot": ("U.K.", 1),
    "Original Beans (Felchlin)": ("Switzerland", 1),
    "Patric": ("U.S.A.", 2),
    "Potomac": ("U.S.A.", 2),
    "Pralus": ("France", 3),
    "Pump Street Bakery": ("U.K.", 1),
    "Qantu": ("Canada", 1),
    "Raaka": ("U.S.A.", 2),
    "Ritual": ("U.S.A.", 2),
    "Rogue": ("U.S.A.", 2),
    "Rozsavolgyi": ("Hungary", 1),
    "Scharffen Berger": ("U.S.A.", 1),
    "Smooth Chocolator, The": ("Australia", 1),
    "Soma": ("Canada", 4),
    "Taza": ("U.S.A.", 1),
    "Tejas": ("U.S.A.", 1),
    "Valrhona": ("France", 3),
    "Vintage Plantations (Tulicorp)": ("U.S.A.", 1),
    "Willie's Cacao": ("U.K.", 2),
    "Woodblock": ("U.S.A.", 1),
    "Zotter": ("Austria", 4),
}
# bean origin: weight, rating shift, bean places
_CH_ORIGINS: dict[str, tuple[float, float, str]] = {
    "Venezuela": (253, 0.06, "Chuao;Ocumare;Sur del Lago;Carenero;Porcelana;Rio Caribe"),
    "Peru": (244, 0.04, "Maranon;Piura;Cusco;San Martin;Tumbes;Chanchamayo"),
    "Dominican Republic": (226, 0.0, "Hispaniola;Oko Caribe;Conacado;Zorzal;La Red"),
    "Ecuador": (219, -0.02, "Esmeraldas;Los Rios;Manabi;Camino Verde;Arriba Nacional"),
    "Madagascar": (177, 0.12, "Sambirano;Ambanja;Akesson Estate;Bejofo Estate;Sambirano Valley"),
    "Blend": (145, -0.12, "House blend;Noir;Dark;Signature blend;Grand Cru blend"),
    "Nicaragua": (100, 0.0, "Matagalpa;Bocay;Waslala;Nicalizo"),
    "Bolivia": (80, 0.02, "Alto Beni;Beni;Wild Bolivian"),
    "Colombia": (79, 0.0, "Santander;Tumaco;Arauca;Huila"),
    "Tanzania": (79, 0.05, "Kokoa Kamili;Morogoro;Kilombero"),
    "Brazil": (78, -0.02, "Bahia;Para;Fazenda Camboa"),
    "Belize": (76, 0.03, "Toledo;Maya Mountain;Cotton Tree"),
    "Vietnam": (72, 0.05, "Ben Tre;Tien Giang;Dong Nai;Lam Dong"),
    "Guatemala": (62, 0.02, "Cahabon;Lachua;Alta Verapaz"),
    "Mexico": (52, -0.04, "Tabasco;Chiapas;Soconusco"),
    "Papua New Guinea": (50, 0.0, "Bougainville;Karkar;East Sepik"),
    "Costa Rica": (43, 0.0, "Talamanca;Upala"),
    "Trinidad": (42, 0.05, "Gran Couva;Tobago Estate;Montserrat"),
    "Ghana": (41, -0.04, "Ashanti;Western Region;Kumasi"),
    "Haiti": (30, 0.02, "Pisa;Cap Haitien"),
    "U.S.A.": (28, 0.0, "Hawaii;Kona;Waialua"),
    "Honduras": (25, 0.0, "Wampu;Mayan Mountains"),
    "Jamaica": (20, 0.0, "St. Thomas;Clarendon"),
    "India": (20, -0.05, "Kerala;Idukki"),
    "Uganda": (20, -0.02, "Bundibugyo;Semuliki Forest"),
    "Grenada": (19, 0.02, "Crayfish Bay;Grenada Chocolate Co."),
    "Indonesia": (16, -0.08, "Bali;Java;Sulawesi"),
    "Sao Tome": (14, 0.0, "Agua Grande;Principe"),
    "Philippines": (13, -0.05, "Davao;Mindanao"),
    "Vanuatu": (13, 0.0, "Malekula;Santo"),
    "Congo": (11, 0.0, "Kivu;Mbalmayo"),
    "Solomon Islands": (10, 0.0, "Guadalcanal;Makira"),
    "Cuba": (10, -0.03, "Baracoa;Oriente"),
    "Fiji": (8, 0.0, "Matasawalevu;Vanua Levu"),
    "Taiwan": (8, 0.0, "Pingtung;Neipu"),
}
_CH_PERCENTS: dict[str, float] = {
    "70%": 41,
    "72%": 9,
    "75%": 12,
    "65%": 3.5,
    "80%": 2.9,
    "74%": 2.4,
    "68%": 3,
    "73%": 2,
    "71%": 2,
}
_CH_PERCENTS |= {"60%": 1, "67%": 1.5, "77%": 1.3, "85%": 1.3, "100%": 0.8, "90%": 0.5, "76%": 1.3, "78%": 0.9}
_CH_PERCENTS |= {"66%": 1, "64%": 1, "62%": 0.6, "82%": 0.5, "88%": 0.3, "73.5%": 0.2, "55%": 0.4, "50%": 0.2}
_CH_INGREDIENTS: dict[str, float] = {"3- B,S,C": 40, "2- B,S": 28, "4- B,S,C,L": 11, "5- B,S,C,V,L": 7, "4- B,S,C,V": 5}
_CH_INGREDIENTS |= {"2- B,S*": 1.2, "3- B,S*,C": 0.5, "1- B": 0.3, "5-B,S,C,V,Sa": 0.3, "6-B,S,C,V,L,Sa": 0.1}
_CH_INGREDIENTS |= {"3- B,S,L": 1, "4- B,S*,C,Sa": 0.4}
_CH_YEARS: dict[int, float] = {
    2006: 61,
    2007: 73,
    2008: 88,
    2009: 118,
    2010: 109,
    2011: 158,
    2012: 181,
    2013: 176,
    2014: 249,
}
_CH_YEARS |= {2015: 282, 2016: 214, 2017: 98, 2018: 225, 2019: 203, 2020: 97, 2021: 133}
_CH_NOTES = _split(
    "cocoa;sweet;nutty;creamy;roasty;earthy;sandy;fatty;floral;fruity;spicy;intense;sour;bitter;molasses;mild;woody;"
    "coffee;vanilla;banana;cherry;caramel;rich cocoa;dried fruit;red berry;citrus;grassy;smokey;chalky;astringent;"
    "off notes;burnt;honey;tobacco;gritty;long finish;melon;strawberry;hazelnut;rubber"
)


def _chocolate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3705)
    companies = list(_CH_COMPANIES)
    tilt = {c: float(rng.normal(0, 0.18)) * (0.6 if _CH_COMPANIES[c][0] == "U.S.A." else 1.0) for c in companies}
    comp_w = [_CH_COMPANIES[c][1] * float(rng.lognormal(0, 0.4)) for c in companies]
    origins = list(_CH_ORIGINS)
    percents = list(_CH_PERCENTS)
    rows: list[dict[str, Any]] = []
    for _ in range(2500):
        company = str(_one(rng, companies, comp_w))
        origin = str(_one(rng, origins, [o[0] for o in _CH_ORIGINS.values()]))
        year = int(_one(rng, list(_CH_YEARS), list(_CH_YEARS.values())))
        pct = str(_one(rng, percents, list(_CH_PERCENTS.values())))
        cocoa = float(pct.rstrip("%"))
        place = str(_one(rng, _split(_CH_ORIGINS[origin][2])))
        bar = place if rng.random() < 0.6 else f"{place}, batch {int(rng.integers(1, 600))}"
        score = 3.15 + tilt[company] + _CH_ORIGINS[origin][1] + 0.014 * (year - 2006)
        score -= 0.025 * max(0.0, cocoa - 75) + 0.02 * max(0.0, 64 - cocoa)
        score += float(rng.normal(0, 0.36))
        ingredients = str(_one(rng, list(_CH_INGREDIENTS), list(_CH_INGREDIENTS.values())))
        if "L" in ingredients.split(",") or "V" in ingredients:
            score -= 0.06
        notes = rng.choice(len(_CH_NOTES), int(_one(rng, [2, 3, 4], [35, 50, 15])), replace=False)
        rows.append(
            {
                "company_manufacturer": company,
                "company_location": _CH_COMPANIES[company][0],
                "review_date": year,
                "country_of_bean_origin": origin,
                "specific_bean_origin_or_bar_name": bar,
                "cocoa_percent": pct,
                "ingredients": None if rng.random() < 0.034 else ingredients,
                "most_memorable_characteristics": ", ".join(_CH_NOTES[int(i)] for i in notes),
                "rating": float(np.clip(round(score * 4) / 4, 1.0, 4.0)),
            }
        )
    frame = pd.DataFrame(rows)
    sessions = frame[["company_manufacturer", "review_date"]].drop_duplicates()
    sessions = sessions.sort_values(["review_date", "company_manufacturer"], kind="stable", ignore_index=True)
    steps = np.cumsum(rng.integers(1, 4, len(sessions))) + 4
    refs = {(str(c), int(y)): int(r) for (c, y), r in zip(sessions.itertuples(index=False), steps, strict=True)}
    frame.insert(
        0,
        "ref",
        [refs[(str(c), int(y))] for c, y in zip(frame["company_manufacturer"], frame["review_date"], strict=True)],
    )
    key = frame["company_manufacturer"].str.lower()
    frame = frame.assign(_k=key).sort_values(["_k", "review_date"], ascending=[True, False], kind="stable")
    return frame.drop(columns="_k").reset_index(drop=True)


def _ch_top5(blend: bool) -> Callable[[pd.DataFrame], list[str]]:
    def top(d: pd.DataFrame) -> list[str]:
        counts = _text(d["country_of_bean_origin"]).value_counts()
        if not blend:
            counts = counts.drop("Blend", errors="ignore")
        return [str(x) for x in counts.index[:5]]

    return top


def _ch_cocoa(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["cocoa_percent"]).str.rstrip("%"), errors="coerce")


def _ch_usa(d: pd.DataFrame) -> list[float]:
    usa = _text(d["company_location"]) == "U.S.A."
    return [float(d.loc[usa, "rating"].mean()), float(d.loc[~usa, "rating"].mean())]


_CH_ALIASES = {"U.S.A.": ("USA", "US", "United States")}
_CH_ID = ("ref", "company_manufacturer", "specific_bean_origin_or_bar_name")
_CHOCOLATE_QS = [
    Q(
        "top 5 countries the cocoa beans come from (by number of bars)",
        either(_all_named(_ch_top5(True), _CH_ALIASES), _all_named(_ch_top5(False), _CH_ALIASES)),
        (*_CH_ID, "country_of_bean_origin"),
    ),
    Q(
        "avg rating per review year - is it going up?",
        has(lambda d: d.groupby("review_date")["rating"].mean().to_numpy(), rel=0.003),
        (*_CH_ID, "rating", "review_date"),
    ),
    Q(
        "does higher cocoa % mean a better rating?",
        _corr(_ch_cocoa, lambda d: d["rating"]),
        (*_CH_ID, "cocoa_percent", "rating"),
    ),
    Q(
        "how many bars are 70% cocoa",
        _count(lambda d: float((_ch_cocoa(d) == 70).sum())),
        (*_CH_ID, "cocoa_percent"),
    ),
    Q(
        "how many bars have no ingredients listed?",
        _count(lambda d: float(d["ingredients"].isna().sum())),
        (*_CH_ID, "ingredients"),
    ),
    Q(
        "compare the avg rating of bars made in the USA vs everywhere else",
        has(_ch_usa, rel=0.003),
        (*_CH_ID, "company_location", "rating"),
    ),
]


# --- 6. Loan prediction (Analytics Vidhya "Loan Prediction Problem", train.csv) --------------------------------------

_LN_TERMS = {360.0: 85, 180.0: 7, 480.0: 2.5, 300.0: 2, 240.0: 0.7, 84.0: 0.7, 120.0: 0.5, 60.0: 0.3, 36.0: 0.3}


def _loan_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3706)
    ids = np.sort(rng.choice(np.arange(1002, 2991), 614, replace=False))
    rows: list[dict[str, Any]] = []
    for i in ids:
        male = rng.random() < 0.81
        married = rng.random() < (0.72 if male else 0.3)
        dependents = str(_one(rng, ["0", "1", "2", "3+"], [45, 20, 22, 10] if married else [85, 9, 4, 2]))
        graduate = rng.random() < 0.78
        self_emp = rng.random() < 0.14
        area = str(_one(rng, ["Semiurban", "Urban", "Rural"], [38, 33, 29]))
        income = rng.lognormal(np.log(3700), 0.55) * (1.25 if graduate else 1.0) * (1.3 if self_emp else 1.0)
        if rng.random() < 0.03:
            income *= float(rng.uniform(3, 8))
        income = int(np.clip(round(income), 150, 81000))
        coapp = 0.0
        if rng.random() < (0.7 if married else 0.3):
            coapp = float(round(rng.lognormal(np.log(1800), 0.6)))
        amount = 128 * ((income + 0.7 * coapp) / 5000) ** 0.45 * rng.lognormal(0, 0.3)
        amount = float(np.clip(round(amount), 9, 700))
        history: float | None = 1.0 if rng.random() < 0.842 else 0.0
        p = 0.08 if history == 0 else 0.78
        p += {"Semiurban": 0.07, "Urban": 0.0, "Rural": -0.07}[area] * (1 if history else 0.3)
        p += (0.04 if married else -0.03) + (0.02 if graduate else -0.04)
        approved = rng.random() < min(0.97, p)
        if rng.random() < 0.081:
            history = None
            approved = rng.random() < 0.74
        rows.append(
            {
                "Loan_ID": f"LP00{i:04d}",
                "Gender": ("Male" if male else "Female") if rng.random() > 0.021 else None,
                "Married": ("Yes" if married else "No") if rng.random() > 0.005 else None,
                "Dependents": dependents if rng.random() > 0.024 else None,
                "Education": "Graduate" if graduate else "Not Graduate",
                "Self_Employed": ("Yes" if self_emp else "No") if rng.random() > 0.052 else None,
                "ApplicantIncome": income,
                "CoapplicantIncome": coapp,
                "LoanAmount": amount if rng.random() > 0.036 else None,
                "Loan_Amount_Term": float(_one(rng, list(_LN_TERMS), list(_LN_TERMS.values())))
                if rng.random() > 0.023
                else None,
                "Credit_History": history,
                "Property_Area": area,
                "Loan_Status": "Y" if approved else "N",
            }
        )
    return pd.DataFrame(rows)


def _ln_missing(d: pd.DataFrame) -> pd.Series:
    counts = d.isna().sum()
    return counts[counts > 0]


def _ln_rates(by: str, levels: tuple[Any, ...]) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        yes = (_text(d["Loan_Status"]) == "Y").groupby(d[by]).mean()
        return [float(yes[x]) for x in levels]

    return rates


def _ln_edu_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby("Education")["LoanAmount"].mean()
    return [float(by["Graduate"]), float(by["Not Graduate"])]


def _ln_total_medians(d: pd.DataFrame) -> list[float]:
    total = d["ApplicantIncome"] + d["CoapplicantIncome"]
    by = total.groupby(_text(d["Loan_Status"])).median()
    return [float(by["Y"]), float(by["N"])]


_LN_ID = ("Loan_ID", "Loan_Status")
_LN_GAPS = (
    "Gender",
    "Married",
    "Dependents",
    "Self_Employed",
    "LoanAmount",
    "Loan_Amount_Term",
    "Credit_History",
)
_LOAN_QS = [
    Q(
        "which columns have missing values and how many in each?",
        both(
            _all_named(lambda d: [str(c) for c in _ln_missing(d).index]),
            _count(lambda d: _ln_missing(d).to_numpy()),
        ),
        (*_LN_ID, *_LN_GAPS),
    ),
    Q(
        "approval rate by property area",
        _shares(_ln_rates("Property_Area", ("Rural", "Semiurban", "Urban"))),
        (*_LN_ID, "Property_Area"),
    ),
    Q(
        "how much does credit history matter? approval % with and without it",
        _shares(_ln_rates("Credit_History", (1.0, 0.0))),
        (*_LN_ID, "Credit_History"),
    ),
    Q(
        "avg loan amount graduates vs non graduates",
        _scaled(_ln_edu_means, (1e-3,)),
        (*_LN_ID, "LoanAmount", "Education"),
    ),
    Q(
        "is applicant income correlated with loan amount",
        _corr(lambda d: d["ApplicantIncome"], lambda d: d["LoanAmount"]),
        (*_LN_ID, "ApplicantIncome", "LoanAmount"),
    ),
    Q(
        "median total income (applicant + coapplicant) for approved vs rejected loans?",
        has(_ln_total_medians),
        (*_LN_ID, "ApplicantIncome", "CoapplicantIncome"),
    ),
]


# --- 7. Bitcoin daily prices (Yahoo Finance BTC-USD.csv) -------------------------------------------------------------

# (day, close in US$) the path is drawn through, on a log scale
_BT_ANCHORS = _split(
    "2014-09-17:457;2014-10-15:390;2014-11-15:400;2014-12-15:345;2015-01-14:180;2015-02-15:235;2015-03-15:285;"
    "2015-05-15:237;2015-07-10:270;2015-08-25:215;2015-10-15:255;2015-11-04:400;2015-12-15:455;2016-01-15:375;"
    "2016-03-15:415;2016-05-15:455;2016-06-16:760;2016-08-02:545;2016-10-15:640;2016-12-31:965;2017-01-05:1010;"
    "2017-01-12:780;2017-03-03:1280;2017-03-24:890;2017-05-15:1740;2017-06-11:2960;2017-07-16:1930;2017-09-01:4890;"
    "2017-09-14:3150;2017-11-07:7140;2017-12-17:19140;2017-12-30:12950;2018-01-06:17100;2018-02-05:6950;"
    "2018-03-04:11500;2018-04-06:6640;2018-05-05:9860;2018-06-28:5900;2018-07-24:8420;2018-09-15:6520;"
    "2018-11-13:6350;2018-12-15:3240;2019-02-07:3400;2019-04-02:4880;2019-05-14:7990;2019-06-26:12900;"
    "2019-07-16:9430;2019-08-06:11800;2019-09-25:8430;2019-10-26:9550;2019-12-17:6640;2020-02-12:10350;"
    "2020-03-11:7910;2020-03-12:4970;2020-03-13:5560;2020-04-30:8660;2020-06-01:10200;2020-07-26:9900;"
    "2020-08-17:12250;2020-09-08:10130;2020-10-31:13800;2020-12-16:21300;2021-01-08:40800;2021-01-27:30400;"
    "2021-02-21:57500;2021-02-28:45100;2021-04-13:63500;2021-05-12:49700;2021-05-19:37000;2021-06-21:31700;"
    "2021-07-20:29800;2021-09-06:52700;2021-09-28:41000;2021-10-20:66000;2021-11-08:67500;2021-12-04:49300;"
    "2022-01-22:35000;2022-03-28:47400;2022-05-11:29000;2022-06-13:22500;2022-06-18:19000;2022-08-14:24400;"
    "2022-09-06:18800;2022-11-05:21300;2022-11-09:15900;2022-12-30:16550;2023-01-31:23100;2023-03-10:20200;"
    "2023-04-13:30400;2023-06-15:25100;2023-07-13:31400;2023-09-11:25100;2023-10-24:33900;2023-12-08:44200;"
    "2023-12-31:42300"
)
# yearly mean trading volume (US$) the daily volumes scatter around
_BT_VOLUME = {2014: 2.3e7, 2015: 3.2e7, 2016: 8.5e7, 2017: 2.6e9, 2018: 6.4e9, 2019: 1.65e10, 2020: 3.2e10}
_BT_VOLUME |= {2021: 4.2e10, 2022: 3.0e10, 2023: 1.6e10}


def _bitcoin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3707)
    days = pd.date_range("2014-09-17", "2023-12-31", freq="D")
    t = (days - days[0]).days.to_numpy(dtype=float)
    at = [(pd.Timestamp(a.split(":")[0]) - days[0]).days for a in _BT_ANCHORS]
    level = np.interp(t, at, [np.log(float(a.split(":")[1])) for a in _BT_ANCHORS])
    shocks = np.clip(rng.standard_t(3, len(days)), -4.5, 4.5) * 0.018
    noise = np.zeros(len(days))
    noise[0] = shocks[0]
    for k in range(1, len(days)):
        noise[k] = 0.8 * noise[k - 1] + shocks[k]
    close = np.exp(level + noise - noise[-1] * t / t[-1])
    open_ = np.concatenate([[465.864014], close[:-1]])
    wide = np.abs(rng.normal(0, 0.012, (2, len(days)))) + 0.002
    high = np.maximum(open_, close) * (1 + wide[0])
    low = np.minimum(open_, close) * (1 - wide[1])
    mid = [(pd.Timestamp(y, 7, 1) - days[0]).days for y in _BT_VOLUME]
    volume = np.exp(np.interp(t, mid, np.log(list(_BT_VOLUME.values()))))
    move = np.abs(np.log(close / open_))
    volume = volume * rng.lognormal(-0.05, 0.3, len(days)) * (1 + 6 * move)
    return pd.DataFrame(
        {
            "Date": days.strftime("%Y-%m-%d"),
            "Open": np.round(open_, 6),
            "High": np.round(high, 6),
            "Low": np.round(low, 6),
            "Close": np.round(close, 6),
            "Adj Close": np.round(close, 6),
            "Volume": np.round(volume).astype(np.int64),
        }
    )


def _bt(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["Date"])).set_index("_day")


def _bt_peak(column: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    return lambda d: pd.Timestamp(_bt(d)[column].idxmax())


def _bt_when_high() -> Check:
    return either(*(check(_bt_peak(c)) for c in ("Close", "High") for check in (_day, _month_year)))


def _bt_drop(d: pd.DataFrame) -> pd.Series:
    return _bt(d)["Close"].pct_change()


def _bt_volume(year: int) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        b = _bt(d)
        return float(b.loc[b.index.year == year, "Volume"].mean())

    return mean


_BT_ID = ("Date",)
_BT_PRICE = ("Close", "Adj Close")
_BITCOIN_QS = [
    Q(
        "plot the closing price over time. when was the all time high?",
        _lead(_bt_when_high()),
        (*_BT_ID, *_BT_PRICE, "High"),
    ),
    Q(
        "average closing price for each year",
        _scaled(lambda d: _bt(d)["Close"].groupby(_bt(d).index.year).mean().to_numpy(), (1e3,)),
        (*_BT_ID, *_BT_PRICE),
    ),
    Q(
        "what was the biggest one-day drop in %, and which day was it?",
        both(_pct(lambda d: float(_bt_drop(d).min())), _day(lambda d: _bt_drop(d).idxmin())),
        (*_BT_ID, *_BT_PRICE, "Open"),
    ),
    Q(
        "how many days did btc close above $50k",
        _count(lambda d: float((d["Close"] > 50_000).sum())),
        (*_BT_ID, *_BT_PRICE),
    ),
    Q(
        "avg daily trading volume in 2021?",
        _scaled(_bt_volume(2021), (1e6, 1e9)),
        (*_BT_ID, "Volume"),
    ),
    Q(
        "and in 2022? by what % did it change",
        both(
            _scaled(_bt_volume(2022), (1e6, 1e9)),
            _pct(lambda d: _bt_volume(2022)(d) / _bt_volume(2021)(d) - 1),
        ),
        (*_BT_ID, "Volume"),
    ),
]


HELDOUT37: list[Dataset] = [
    Dataset("forbes_billionaires_2023", _billionaires_frame, _BILLIONAIRES_QS),
    Dataset("credit_card_customers", _churn_frame, _CHURN_QS),
    Dataset("rotten_tomatoes_movies", _rotten_frame, _ROTTEN_QS),
    Dataset("uk_used_cars_ford", _ford_frame, _FORD_QS),
    Dataset("chocolate_bar_ratings", _chocolate_frame, _CHOCOLATE_QS),
    Dataset("loan_prediction", _loan_frame, _LOAN_QS),
    Dataset("bitcoin_daily_prices", _bitcoin_frame, _BITCOIN_QS),
]
