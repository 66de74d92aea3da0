"""Offline analyst: what the coded column names of well-known public tables mean.

Many public datasets name their columns with codes no rule can read: `thalach` is a maximum heart rate,
`FTHG` a home side's full-time goals, `cnt` the day's bike rentals, `parch` parents and children aboard. Each entry
below is one such table, recognised by columns it always has (its signature, so that `HS` means "home shots" only
beside `FTHG` and `FTAG`), with the words each code stands for. The catalog then reads a coded column by those
words, as if it had been named in full; the column keeps its own name in code and answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .words import folded, words


@dataclass(frozen=True)
class Table:
    """One well-known table: columns that identify it (all present, case-insensitive) and what its codes mean.

    `values`: per column, what each coded value means ("S": "southampton"), several words parted by "|".
    """

    signature: frozenset[str]
    codes: dict[str, str]
    values: dict[str, dict[str, str]] = field(default_factory=dict)


def _table(signature: str, codes: dict[str, str], values: dict[str, dict[str, str]] | None = None) -> Table:
    """Names split by commas when any holds a space ("type 1, sp. atk"), else by spaces."""
    names = signature.split(",") if "," in signature else signature.split()
    return Table(
        frozenset(n.strip().lower() for n in names),
        {k.lower(): v for k, v in codes.items()},
        {k.lower(): v for k, v in (values or {}).items()},
    )


# UCI Mushroom (agaricus-lepiota): every column is one-letter codes, explained in the data set's own description
_MUSHROOM_COLOURS = {
    "n": "brown", "b": "buff", "c": "cinnamon", "g": "gray|grey", "r": "green", "p": "pink", "u": "purple",
    "e": "red", "w": "white", "y": "yellow", "k": "black", "h": "chocolate", "o": "orange",
}  # fmt: skip
_MUSHROOM = {
    "class": {"e": "edible", "p": "poisonous|poisonus|poison|toxic"},
    "cap-shape": {"b": "bell", "c": "conical", "x": "convex", "f": "flat", "k": "knobbed", "s": "sunken"},
    "cap-surface": {"f": "fibrous", "g": "grooves", "y": "scaly", "s": "smooth"},
    "cap-color": _MUSHROOM_COLOURS,
    "bruises": {"t": "bruises|bruising|bruised", "f": "no bruises"},
    "odor": {
        "a": "almond", "l": "anise", "c": "creosote", "y": "fishy", "f": "foul", "m": "musty",
        "n": "no smell|no odou?r|odou?rless|none", "p": "pungent", "s": "spicy",
    },
    "gill-attachment": {"a": "attached", "d": "descending", "f": "free", "n": "notched"},
    "gill-spacing": {"c": "close", "w": "crowded", "d": "distant"},
    "gill-size": {"b": "broad", "n": "narrow"},
    "gill-color": _MUSHROOM_COLOURS,
    "stalk-shape": {"e": "enlarging", "t": "tapering"},
    "stalk-root": {"b": "bulbous", "c": "club", "u": "cup", "e": "equal", "z": "rhizomorphs", "r": "rooted"},
    "veil-type": {"p": "partial", "u": "universal"},
    "ring-number": {"n": "no rings?", "o": "one ring", "t": "two rings"},
    "ring-type": {
        "c": "cobwebby", "e": "evanescent", "f": "flaring", "l": "large", "n": "no ring", "p": "pendant",
        "s": "sheathing", "z": "zone",
    },
    "spore-print-color": _MUSHROOM_COLOURS,
    "population": {
        "a": "abundant", "c": "clustered", "n": "numerous", "s": "scattered", "v": "several", "y": "solitary",
    },
    "habitat": {
        "g": "grass(?:es)?", "l": "leaves", "m": "meadows?", "p": "paths?", "u": "urban", "w": "waste", "d": "woods",
    },
}  # fmt: skip


# The four-letter alpha codes bird banders and surveys write species in (the Bird Banding Laboratory's list)
_ALPHA_CODES = {
    "AMRO": "american robins?|robins?", "BCCH": "black-capped chickadees?|chickadees?",
    "SOSP": "song sparrows?", "SWSP": "swamp sparrows?", "WTSP": "white-throated sparrows?",
    "CHSP": "chipping sparrows?", "FISP": "field sparrows?", "SAVS": "savannah sparrows?",
    "HOSP": "house sparrows?", "LISP": "lincoln'?s sparrows?", "WCSP": "white-crowned sparrows?",
    "DEJU": "dark-eyed juncos?|juncos?", "GRCA": "gray catbirds?|grey catbirds?|catbirds?",
    "COYE": "common yellowthroats?|yellowthroats?", "YEWA": "yellow warblers?",
    "AMGO": "american goldfinch(?:es)?|goldfinch(?:es)?",
    "HOFI": "house finch(?:es)?", "NOCA": "northern cardinals?|cardinals?", "BLJA": "blue jays?",
    "DOWO": "downy woodpeckers?", "HAWO": "hairy woodpeckers?", "RBWO": "red-bellied woodpeckers?",
    "WBNU": "white-breasted nuthatch(?:es)?", "RBNU": "red-breasted nuthatch(?:es)?",
    "TUTI": "tufted titmice|tufted titmouse|titmice|titmouse", "CARW": "carolina wrens?", "HOWR": "house wrens?",
    "EUST": "european starlings?|starlings?", "RWBL": "red-winged blackbirds?", "BHCO": "brown-headed cowbirds?",
    "MODO": "mourning doves?", "EAPH": "eastern phoebes?", "EABL": "eastern bluebirds?|bluebirds?",
    "CEDW": "cedar waxwings?|waxwings?", "REVI": "red-eyed vireos?", "MAWA": "magnolia warblers?",
    "YRWA": "yellow-rumped warblers?", "OVEN": "ovenbirds?", "AMRE": "american redstarts?|redstarts?",
    "COGR": "common grackles?|grackles?", "BAOR": "baltimore orioles?", "RCKI": "ruby-crowned kinglets?",
    "GCKI": "golden-crowned kinglets?", "HETH": "hermit thrush(?:es)?", "SWTH": "swainson'?s thrush(?:es)?",
    "VEER": "veer(?:y|ies)", "WOTH": "wood thrush(?:es)?", "TRES": "tree swallows?", "BARS": "barn swallows?",
    "INBU": "indigo buntings?", "RTHU": "ruby-throated hummingbirds?", "EATO": "eastern towhees?|towhees?",
    "SPTO": "spotted towhees?", "BUSH": "bushtits?", "MOCH": "mountain chickadees?", "WIWA": "wilson'?s warblers?",
}  # fmt: skip


TABLES = (
    # a bird banding station's captures: the species as its four-letter alpha code
    _table("band number, species code", {}, {"species code": _ALPHA_CODES}),
    _table("band number, species", {}, {"species": _ALPHA_CODES}),
    # an emergency department's visits: ESI is the triage level (Emergency Severity Index, 1 the most urgent)
    _table("esi", {"esi": "triage level acuity emergency severity index"}),
    # a school's speech therapy caseload: its SLP is the therapist (speech-language pathologist)
    _table("slp", {"slp": "therapist speech language pathologist"}),
    # a fencing pool's bout sheet: touches scored and received, a victory or a defeat
    _table(
        "ts tr",
        {"ts": "touches scored", "tr": "touches received"},
        {"v/d": {"V": "victor(?:y|ies)|wins?|won", "D": "defeats?|loss(?:es)?|lost"}},
    ),
    # a wrestling bout sheet: a win by fall is a pin
    _table("win type, result", {}, {"win type": {"Fall": "pins?|pinned|falls?"}}),
    # a badminton match sheet: the five events by their codes
    _table(
        "discipline",
        {},
        {
            "discipline": {
                "MS": "men'?s singles",
                "WS": "women'?s singles|ladies'? singles",
                "MD": "men'?s doubles",
                "WD": "women'?s doubles|ladies'? doubles",
                "XD": "mixed doubles|mixed",
            }
        },
    ),
    # a handball box score: two-minute suspensions and seven-metre throws
    _table(
        "2min",
        {"2min": "2 minute suspensions two minute suspensions", "gp": "games played"},
    ),
    # a lacrosse (or hockey) box score's player line: goals, assists, points, shots and the rest in short
    _table(
        "g a pts sog",
        {
            "g": "goals",
            "a": "assists",
            "pts": "points",
            "sh": "shots",
            "sog": "shots on goal",
            "gb": "ground balls",
            "ct": "caused turnovers",
            "fo": "faceoffs",
            "to": "turnovers",
            "pim": "penalty minutes",
        },
    ),
    # a softball or baseball team's game line: runs for and against, hits, errors, innings
    _table(
        "rf ra",
        {"rf": "runs for runs scored", "ra": "runs against runs allowed", "h": "hits", "e": "errors", "inn": "innings"},
    ),
    # a rugby union result: each side's tries, conversions, penalties and yellow cards
    _table(
        "home yc, away yc",
        {
            "home yc": "home yellow cards",
            "away yc": "away yellow cards",
            "home con": "home conversions",
            "away con": "away conversions",
            "home pen": "home penalties",
            "away pen": "away penalties",
        },
    ),
    # football-data.co.uk match results (the de-facto format of European league results)
    _table(
        "fthg ftag",
        {
            # full time is what a result means unless the half is said: "goals" are FTHG + FTAG, not at half time
            "fthg": "home goals",
            "ftag": "away goals",
            "ftr": "result",
            "hthg": "half time home goals",
            "htag": "half time away goals",
            "htr": "half time result",
            "hs": "home shots",
            "as": "away shots",
            "hst": "home shots on target",
            "ast": "away shots on target",
            "hf": "home fouls",
            "af": "away fouls",
            "hc": "home corners",
            "ac": "away corners",
            "hy": "home yellow cards",
            "ay": "away yellow cards",
            "hr": "home red cards",
            "ar": "away red cards",
        },
    ),
    # ... its coded results: H a home win, D a draw, A an away win
    _table(
        "fthg ftag ftr",
        {},
        {
            "ftr": {"H": "home wins?", "D": "draws?|drawn", "A": "away wins?"},
            "htr": {
                "H": "home (?:sides? )?leading at half[\\s-]?time",
                "A": "away (?:sides? )?leading at half[\\s-]?time",
            },
        },
    ),
    # the 80 Cereals table (cereal.csv): manufacturers and hot or cold by one letter
    _table(
        "mfr carbo potass shelf",
        {"mfr": "manufacturer maker brand", "carbo": "carbohydrates carbs", "potass": "potassium"},
        {
            "type": {"H": "hot", "C": "cold"},
            "mfr": {
                "A": "american home(?: food products)?",
                "G": "general mills",
                "K": "kellogg'?s?",
                "N": "nabisco",
                "P": "post",
                "Q": "quaker(?: oats)?",
                "R": "ralston(?: purina)?",
            },
        },
    ),
    # UCI chronic kidney disease (kidney_disease.csv), its codes as the data set's description gives them
    _table(
        "sg al su bgr bu sc pcv htn dm",
        {
            "bp": "blood pressure",
            "sg": "specific gravity",
            "al": "albumin",
            "su": "sugar",
            "rbc": "red blood cells",
            "pc": "pus cell",
            "pcc": "pus cell clumps",
            "ba": "bacteria",
            "bgr": "blood glucose random",
            "bu": "blood urea",
            "sc": "serum creatinine",
            "sod": "sodium",
            "pot": "potassium",
            "hemo": "haemoglobin hemoglobin",
            "pcv": "packed cell volume",
            "wc": "white blood cell count",
            "rc": "red blood cell count",
            "htn": "hypertension",
            "dm": "diabetes mellitus",
            "cad": "coronary artery disease",
            "appet": "appetite",
            "pe": "pedal edema",
            "ane": "anemia anaemia",
            "classification": "chronic kidney disease ckd classification",
        },
    ),
    # UCI heart disease (Cleveland), as published on Kaggle
    _table(
        "trestbps thalach",
        {
            "cp": "chest pain type",
            "trestbps": "resting blood pressure",
            "chol": "serum cholesterol",
            "fbs": "fasting blood sugar",
            "restecg": "resting ecg electrocardiogram results",
            "thalach": "maximum heart rate achieved",
            "exang": "exercise induced angina",
            "oldpeak": "st depression oldpeak",
            "slope": "st slope",
            "ca": "major vessels coloured by fluoroscopy",
            "thal": "thalassemia",
            "target": "heart disease target",
            "num": "heart disease diagnosis",
        },
    ),
    # ... its coded values: Cleveland's own file (processed.cleveland.data: cp 1-4, num 0-4) and Kaggle's heart.csv
    # (cp 0-3, target); sex is 1 for men in both
    _table(
        "trestbps thalach num",
        {},
        {
            "sex": {"1": "men|males?|man", "0": "women|females?|woman"},
            "cp": {
                "1": "typical angina",
                "2": "atypical angina",
                "3": "non[\\s-]?anginal(?: pain)?",
                "4": "asymptomatic",
            },
        },
    ),
    _table(
        "trestbps thalach target",
        {},
        {
            "sex": {"1": "men|males?|man", "0": "women|females?|woman"},
            "cp": {
                "0": "typical angina",
                "1": "atypical angina",
                "2": "non[\\s-]?anginal(?: pain)?",
                "3": "asymptomatic",
            },
        },
    ),
    # Chipotle orders (chipotle.tsv): item_price is what the whole line cost, its quantity included
    _table("order_id quantity item_name choice_description item_price", {"item_price": "line total cost"}),
    # Gapminder (the R package's gapminder table)
    _table(
        "country continent lifeexp gdppercap",
        {"lifeexp": "life expectancy", "pop": "population", "gdppercap": "gdp per capita"},
    ),
    # Titanic passengers (Kaggle and seaborn)
    _table(
        "sibsp parch",
        {
            "pclass": "passenger ticket class",
            "sibsp": "siblings spouses aboard",
            "parch": "parents children aboard",
            "embarked": "port of embarkation embarked",
            "embark_town": "port town of embarkation",
        },
        {
            "embarked": {"S": "southampton", "C": "cherbourg", "Q": "queenstown"},
            "pclass": {"1": "first class|1st class|first", "2": "second class|2nd class", "3": "third class|3rd class"},
        },
    ),
    _table("cap-shape odor gill-size", {}, _MUSHROOM),
    # Data science job salaries (Kaggle ds_salaries.csv): levels, contracts and company sizes in codes
    _table(
        "experience_level salary_in_usd",
        {"salary": "local currency salary amount", "remote_ratio": "remote ratio share remote work"},
        {
            "experience_level": {
                "EN": "entry[\\s-]?level|entry|junior|juniors",
                "MI": "mid[\\s-]?level|mid|intermediate",
                "SE": "senior[\\s-]?level|senior|seniors",
                "EX": "executive[\\s-]?level|executives?|execs?",
            },
            "employment_type": {
                "FT": "full[\\s-]?time",
                "PT": "part[\\s-]?time",
                "CT": "contract|contractors?",
                "FL": "freelance|freelancers?",
            },
            "company_size": {"S": "small", "M": "medium|mid[\\s-]?sized?", "L": "large|big"},
            "remote_ratio": {
                "100": "fully remote|full remote|remote",
                "0": "on[\\s-]?site|in[\\s-]?office|in[\\s-]?person",
                "50": "hybrid",
            },
        },
    ),
    # UCI Abalone: Sex is M, F or I (an infant, too young to tell); age in years is rings + 1.5
    _table(
        "shucked weight, rings",
        {},
        {"sex": {"M": "males?", "F": "females?", "I": "infants?|juveniles?|immature"}},
    ),
    # US College Scorecard (institution file): every column is a code from its data dictionary
    _table(
        "instnm stabbr adm_rate",
        {
            "instnm": "institution name",
            "stabbr": "state",
            "adm_rate": "admission rate",
            "sat_avg": "average sat score",
            "tuitionfee_in": "in state tuition",
            "tuitionfee_out": "out of state tuition",
            "control": "control",
            "ugds": "undergraduate enrollment",
            "pctpell": "pell grant share",
            "c150_4": "completion rate",
            "ret_ft4": "retention rate",
            "pctfloan": "federal loan share",
            "grad_debt_mdn": "median debt",
            "md_earn_wne_p10": "earnings",
            "preddeg": "predominant degree",
            "highdeg": "highest degree",
            "sch_deg": "degree type",
            "numbranch": "branches",
            "main": "main campus",
        },
        {"control": {"1": "public", "2": "private\\s+non[\\s-]?profit|non[\\s-]?profit", "3": "for[\\s-]?profit"}},
    ),
    # The Washington Post's fatal police shootings: race and gender in one-letter codes
    _table(
        "manner_of_death threat_level body_camera",
        {"body_camera": "body camera", "signs_of_mental_illness": "mental illness"},
        {
            "race": {
                "W": "white",
                "B": "black",
                "H": "hispanic|latino|latinx",
                "A": "asian",
                "N": "native\\s+american|native",
                "O": "other",
            },
            "gender": {"M": "males?|m[ae]n", "F": "females?|wom[ae]n"},
        },
    ),
    # US Census county population estimates (co-est2019-alldata): a state's total row sits among its counties
    _table(
        "sumlev ctyname stname",
        {"ctyname": "county", "stname": "state", "sumlev": "summary level"},
        {"sumlev": {"40": "state\\s+totals?|states", "50": "counties|county\\s+rows"}},
    ),
    # Ergast Formula 1 results joined to their drivers and constructors
    _table(
        "driverref positionorder fastestlapspeed",
        {
            "driverref": "driver",
            "surname": "driver surname",
            "constructor": "team constructor",
            "grid": "grid starting position",
            "fastestlapspeed": "fastest lap speed",
            "positionorder": "finishing order",
        },
    ),
    # LinkedIn job postings (Kaggle postings.csv)
    _table(
        "pay_period formatted_experience_level",
        {"remote_allowed": "remote work allowed", "formatted_experience_level": "experience level"},
    ),
    # HM Land Registry Price Paid: property types, new builds and tenure in one-letter codes
    _table(
        "price, date of transfer, property type",
        {"old/new": "new build", "duration": "tenure"},
        {
            "property type": {
                "D": "detached(?:\\s+houses?)?",
                "S": "semi[\\s-]?detached(?:\\s+houses?)?|semis?",
                "T": "terraced(?:\\s+houses?)?|terraces?",
                "F": "flats?|apartments?|maisonettes?",
                "O": "other",
            },
            "old/new": {"Y": "new[\\s-]?builds?|new[\\s-]?homes?", "N": "old|existing"},
            "duration": {"F": "freeholds?", "L": "leaseholds?"},
        },
    ),
    # Instacart orders.csv: days since the customer's previous order, day of week and hour coded as numbers
    _table(
        "order_dow, days_since_prior_order",
        {
            "days_since_prior_order": "days between orders",
            "order_dow": "day of week",
            "order_hour_of_day": "hour of day",
            "eval_set": "eval set",
        },
    ),
    # Mall Customers (Kaggle): the gender column is called Genre
    _table("genre, annual income (k$)", {"genre": "gender sex"}),
    # Wisconsin Diagnostic Breast Cancer (UCI, Kaggle data.csv): diagnosis M / B
    _table(
        "radius_mean texture_mean",
        {"diagnosis": "diagnosis", "radius_mean": "radius", "area_mean": "area", "texture_mean": "texture"},
        {"diagnosis": {"M": "malignant|cancerous|cancer", "B": "benign"}},
    ),
    # Amazon Fine Food Reviews (Reviews.csv): a 1-5 star Score, Time in seconds since 1970
    _table(
        "helpfulnessnumerator helpfulnessdenominator",
        {"score": "score stars rating", "helpfulnessnumerator": "helpful votes", "helpfulnessdenominator": "votes"},
    ),
    # Jeff Sackmann's ATP / WTA match results: one row per match, the winner's and the loser's statistics
    _table(
        "winner_name loser_name w_ace",
        {
            **{
                f"{side[0]}_{code}": f"{side} {words}"
                for side in ("winner", "loser")
                for code, words in {
                    "ace": "aces",
                    "df": "double faults",
                    "svpt": "serve points",
                    "1stin": "first serves in",
                    "1stwon": "first serve points won",
                    "2ndwon": "second serve points won",
                    "svgms": "service games",
                    "bpsaved": "break points saved",
                    "bpfaced": "break points faced",
                }.items()
            },
            "winner_ht": "winner height",
            "loser_ht": "loser height",
            "minutes": "match length minutes",
            "best_of": "best of sets",
            "winner_name": "winner player",
            "loser_name": "loser player",
        },
        {"tourney_level": {"G": "grand slams?|slams?", "M": "masters", "A": "atp tour|250|500", "F": "tour finals"}},
    ),
    # UCI Online Shoppers Purchasing Intention: Revenue is whether the session ended in a purchase
    _table(
        "productrelated_duration pagevalues",
        {
            "revenue": "purchase",
            "productrelated": "product pages count",
            "productrelated_duration": "product pages duration seconds",
            "administrative_duration": "administrative pages duration seconds",
            "informational_duration": "informational pages duration seconds",
            "pagevalues": "page value",
            "bouncerates": "bounce rate",
            "exitrates": "exit rate",
            "visitortype": "visitor type",
        },
    ),
    # UCI Bank Marketing (bank-full.csv): y is whether the client subscribed a term deposit
    _table(
        "poutcome pdays",
        {
            "y": "subscribed term deposit subscription sign up outcome",
            "pdays": "days since previous contact",
            "campaign": "contacts during campaign",
            "previous": "previous contacts",
            "poutcome": "previous campaign outcome",
            "duration": "call duration seconds",
        },
    ),
    # NYC TLC trip records: payment types and rate codes are numbers explained in the data dictionary
    _table(
        "payment_type ratecodeid",
        {},
        {
            "payment_type": {"1": "credit cards?|card", "2": "cash", "3": "no charge", "4": "disputes?|disputed"},
            "ratecodeid": {
                "1": "standard rate",
                "2": "jfk",
                "3": "newark",
                "4": "nassau|westchester",
                "5": "negotiated",
            },
        },
    ),
    # UCI bike sharing (Capital Bikeshare, daily and hourly)
    _table(
        "cnt casual registered",
        {
            "dteday": "date day",
            "yr": "year",
            "mnth": "month",
            "hr": "hour",
            "weathersit": "weather situation",
            "temp": "temperature",
            "atemp": "feels like apparent temperature",
            "hum": "humidity",
            "windspeed": "wind speed",
            # the rentals are cnt, all of them; casual and registered are its two parts, named by their users
            "casual": "casual users",
            "registered": "registered users",
            "cnt": "total rentals count",
            "instant": "record index",
        },
    ),
    # The Lahman baseball database's Batting table
    _table(
        "playerid yearid ab",
        {
            "g": "games",
            "ab": "at bats",
            "r": "runs scored",
            "h": "hits",
            "2b": "doubles",
            "3b": "triples",
            "hr": "home runs homers",
            "rbi": "runs batted in",
            "sb": "stolen bases steals",
            "cs": "caught stealing",
            "bb": "walks base on balls",
            "so": "strikeouts",
            "ibb": "intentional walks",
            "hbp": "hit by pitch",
            "sh": "sacrifice hits bunts",
            "sf": "sacrifice flies",
            "gidp": "grounded into double plays",
            "playerid": "player id",
            "teamid": "team",
            "lgid": "league",
        },
    ),
    # A hockey league's skater stats (one row per player per game or season): the box score's codes
    _table(
        "g a pim",
        {
            "g": "goals",
            "a": "assists",
            "pts": "points",
            "pim": "penalty minutes",
            "sog": "shots on goal",
            "s": "shots on goal",
            "+/-": "plus minus",
            "gp": "games played",
            "ppg": "power play goals",
            "shg": "short handed goals",
            "gwg": "game winning goals",
            "toi": "time on ice",
            "pos": "position",
        },
    ),
    # NYC Department of Finance rolling sales: BOROUGH is coded 1-5
    _table(
        "borough neighborhood",
        {},
        {
            "borough": {
                "1": "manhattan",
                "2": "(?:the\\s+)?bronx",
                "3": "brooklyn",
                "4": "queens",
                "5": "staten\\s+island",
            },
        },
    ),
    # US Census Bureau county population estimates (co-est20xx-alldata), and their long view by year
    _table(
        "stname ctyname",
        {
            "popestimate": "population estimate",
            "npopchg": "population change",
            "births": "births",
            "deaths": "deaths",
            "naturalinc": "natural increase",
            "internationalmig": "international migration",
            "domesticmig": "domestic migration",
            "netmig": "net migration",
            "census2010pop": "census 2010 population",
            "estimatesbase2010": "estimates base 2010 population",
            "stname": "state name",
            "ctyname": "county name",
            "sumlev": "summary level",
        },
    ),
    # Boston housing
    _table(
        "medv lstat",
        {
            "crim": "crime rate per capita",
            "zn": "residential land zoned",
            "indus": "industry non retail business acres",
            "chas": "charles river",
            "nox": "nitric oxides pollution concentration",
            "rm": "rooms per dwelling",
            "age": "age of old units built before 1940",
            "dis": "distance to employment centres",
            "rad": "radial highway accessibility",
            "tax": "property tax rate",
            "ptratio": "pupil teacher ratio",
            "lstat": "lower status population percent",
            "medv": "median home house price value",
        },
    ),
    # UCI student performance (Portuguese schools)
    _table(
        "g1 g2 g3",
        {
            "g1": "first period grade",
            "g2": "second period grade",
            "g3": "final grade",
            "medu": "mother education",
            "fedu": "father education",
            "mjob": "mother job",
            "fjob": "father job",
            "studytime": "weekly study time",
            "traveltime": "travel time to school",
            "failures": "past class failures",
            "famrel": "family relationship quality",
            "freetime": "free time",
            "goout": "going out with friends",
            "dalc": "workday alcohol consumption",
            "walc": "weekend alcohol consumption",
            "famsize": "family size",
            "pstatus": "parents cohabitation status",
            "schoolsup": "extra school support",
            "famsup": "family support",
        },
    ),
    # Motor Trend cars (R's mtcars)
    _table(
        "qsec drat",
        {
            # cyl, disp, wt, gear and carb read as they are ("car" must not be read as carburetors)
            "drat": "rear axle ratio",
            "qsec": "quarter mile time",
            "vs": "engine shape",
            "am": "transmission",
        },
    ),
    # diamonds (ggplot2 / seaborn): x, y, z are the stone's sizes in mm
    _table(
        "carat clarity",
        {"x": "length", "y": "width", "z": "depth height", "depth": "total depth percentage", "table": "table width"},
    ),
    # video game sales (vgchartz, Kaggle)
    _table(
        "na_sales eu_sales",
        {
            "na_sales": "north america sales",
            "eu_sales": "europe sales",
            "jp_sales": "japan sales",
            "other_sales": "other sales",
            "global_sales": "global worldwide total sales",
        },
    ),
    # NYC taxi trip records
    _table(
        "pulocationid dolocationid",
        {
            "pulocationid": "pickup location",
            "dolocationid": "dropoff location",
            "tpep_pickup_datetime": "pickup time",
            "tpep_dropoff_datetime": "dropoff time",
            "lpep_pickup_datetime": "pickup time",
            "lpep_dropoff_datetime": "dropoff time",
            "ratecodeid": "rate code",
        },
    ),
    # daily stock prices (open, high, low, close): "closing price" is close, "per stock" the ticker
    _table(
        "open high low close",
        {
            "open": "opening price",
            "close": "closing price",
            "adj close": "adjusted closing price",
            "volume": "volume traded shares",
            "name": "stock ticker name",
            "ticker": "stock ticker",
            "symbol": "stock ticker symbol",
        },
    ),
    # R's airquality
    _table("ozone solar.r", {"solar.r": "solar radiation"}),
    # NFL scouting combine results (Pro Football Reference): positions kept as their codes
    _table(
        "Player Pos School Wt 40yd",
        {"40yd": "40 yard dash time forty", "Ht": "height", "Wt": "weight"},
        {
            "pos": {
                "QB": "quarterbacks?|qbs?",
                "RB": "running\\s+backs?|rbs?",
                "WR": "wide\\s+receivers?|receivers?|wrs?",
                "TE": "tight\\s+ends?",
                "OT": "offensive\\s+tackles?",
                "OG": "offensive\\s+guards?|guards?",
                "C": "centers?|centres?",
                "DE": "defensive\\s+ends?",
                "DT": "defensive\\s+tackles?",
                "LB": "linebackers?",
                "OLB": "outside\\s+linebackers?",
                "ILB": "inside\\s+linebackers?",
                "CB": "cornerbacks?|corners?",
                "S": "safet(?:y|ies)",
                "FS": "free\\s+safet(?:y|ies)",
                "SS": "strong\\s+safet(?:y|ies)",
                "K": "kickers?",
                "P": "punters?",
                "LS": "long\\s+snappers?",
                "EDGE": "edge\\s+rushers?",
            }
        },
    ),
    # US wildfires 1992-2015 (the Forest Service's FPA FOD table): a fire's size is the acres it burned
    _table(
        "FIRE_YEAR DISCOVERY_DATE FIRE_SIZE FIRE_SIZE_CLASS",
        {"FIRE_SIZE": "fire size acres burned area", "DISCOVERY_DOY": "day of year discovered"},
    ),
    # UCI Air Quality (AirQualityUCI.csv): true hourly concentrations (GT) beside the sensors' raw responses (PT08)
    _table(
        "CO(GT) PT08.S1(CO) C6H6(GT) NO2(GT) T RH AH",
        {
            "CO(GT)": "co carbon monoxide level concentration",
            "NMHC(GT)": "nmhc non methane hydrocarbons",
            "C6H6(GT)": "benzene",
            "NOx(GT)": "nox nitrogen oxides",
            "NO2(GT)": "no2 nitrogen dioxide",
            "PT08.S1(CO)": "tin oxide sensor response",
            "PT08.S2(NMHC)": "titania sensor response",
            "PT08.S3(NOx)": "tungsten oxide sensor response nox",
            "PT08.S4(NO2)": "tungsten oxide sensor response no2",
            "PT08.S5(O3)": "indium oxide sensor response ozone o3",
            "T": "temperature",
            "RH": "relative humidity",
            "AH": "absolute humidity in grams per cubic metre",  # (more words: "humidity" alone is RH)
        },
    ),
    # adult census income
    _table("fnlwgt", {"fnlwgt": "final sampling weight"}),
    # Pima Indians diabetes (UCI, Kaggle): Outcome 1 is a diabetes diagnosis
    _table(
        "diabetespedigreefunction outcome",
        {"outcome": "diabetes", "diabetespedigreefunction": "diabetes pedigree function", "bmi": "bmi body mass"},
    ),
    # Airbnb NYC listings (AB_NYC_2019): the neighbourhood group is the borough
    _table(
        "neighbourhood_group room_type calculated_host_listings_count",
        # each row is a listing: "listings" counts rows, not the host's own total of listings
        {"neighbourhood_group": "borough", "calculated_host_listings_count": "host portfolio size"},
    ),
    # IMDB movie data (Kaggle, 2006-2016): revenue is the box office
    _table(
        "runtime (minutes), revenue (millions), metascore",
        {"revenue (millions)": "box office revenue (millions)", "runtime (minutes)": "runtime length (minutes)"},
    ),
    # TMDB 5000 movies (Kaggle): a film's rating is its average vote, its votes are how many rated it
    _table(
        "vote_average vote_count budget revenue",
        {"vote_average": "vote average rating score", "vote_count": "vote count number of ratings votes"},
    ),
    # Rotten Tomatoes movies (Kaggle): the tomatometer is the critics' score, the audience rating the audience's
    _table(
        "tomatometer_rating audience_rating tomatometer_count",
        {"tomatometer_rating": "critics score tomatometer score rating", "audience_rating": "audience score rating"},
    ),
    # Crop recommendation (Kaggle): soil nitrogen, phosphorus and potassium, and the crop each row suits
    _table(
        "n p k temperature humidity ph rainfall label",
        {"n": "nitrogen", "p": "phosphorus", "k": "potassium", "label": "crop"},
    ),
    # Heart failure clinical records (UCI): CPK is creatinine phosphokinase, DEATH_EVENT a death in follow-up
    _table(
        "creatinine_phosphokinase ejection_fraction death_event",
        {"creatinine_phosphokinase": "cpk creatinine phosphokinase", "death_event": "death"},
    ),
    # UCI credit card default: PAY_0 is the latest repayment status, BILL_AMT1 the latest bill
    _table(
        "limit_bal pay_0 bill_amt1 default.payment.next.month",
        {"limit_bal": "credit limit balance", "default.payment.next.month": "default next month"},
    ),
    # NOAA SPC tornadoes (TidyTuesday tornados.csv): state, EF magnitude, injuries, deaths, path length and width
    _table(
        "om yr mo dy st mag inj fat",
        {
            "yr": "year",
            "mo": "month",
            "dy": "day",
            "st": "state",
            "mag": "magnitude ef scale rating strength",
            "inj": "injuries injured",
            "fat": "fatalities deaths killed",
            "loss": "property loss damage",
            "len": "path length miles",
            "wid": "path width yards",
        },
    ),
    # Break Free From Plastic audits (TidyTuesday plastics.csv): counts per resin code, and all pieces together
    _table(
        "parent_company hdpe ldpe pet pp ps pvc grand_total",
        {
            "hdpe": "hdpe high density polyethylene",
            "ldpe": "ldpe low density polyethylene",
            "o": "other resin",
            "pet": "pet polyester",
            "pp": "pp polypropylene",
            "ps": "ps polystyrene",
            "pvc": "pvc",
            "grand_total": "grand total plastic pieces count",
            "num_events": "number of events audits",
            "volunteers": "volunteers",
        },
    ),
    # HR analytics (Kaggle HR_comma_sep.csv): the department is kept in a column called "sales"
    _table(
        "satisfaction_level last_evaluation number_project average_montly_hours time_spend_company left salary",
        {
            "sales": "department dept",
            "satisfaction_level": "satisfaction level satisfied",
            "average_montly_hours": "average monthly hours",
            "time_spend_company": "years at company tenure",
            "left": "left attrition quit leavers",
            "promotion_last_5years": "promotion last 5 years promoted",
        },
    ),
    # Laptop prices (Kaggle laptop_price.csv): Inches is the screen size, Price_euros the price
    _table(
        "company product typename inches screenresolution cpu ram gpu opsys price_euros",
        {"inches": "screen size inches display", "typename": "type name", "opsys": "operating system os"},
    ),
    # Credit card fraud (ULB, Kaggle creditcard.csv): Class 1 marks a fraud; V1..V28 are anonymised components
    _table(
        "time v1 v2 v3 amount class",
        {"class": "fraud class label", "amount": "transaction amount"},
        {"class": {"1": "frauds?|fraudulent|fraud cases?", "0": "non[\\s-]?fraud|genuine|legit(?:imate)?|normal"}},
    ),
    # UCI wholesale customers: Channel 1 is Horeca (hotels, restaurants, cafes), 2 retail; three regions
    _table(
        "channel region fresh milk grocery frozen detergents_paper delicassen",
        {"detergents_paper": "detergents paper", "delicassen": "delicatessen deli"},
        {
            "channel": {"1": "horeca|hotels?|restaurants?|cafes?", "2": "retail|retailers?|shops?"},
            "region": {"1": "lisbon", "2": "oporto|porto", "3": "other"},
        },
    ),
    # UK road safety data (DfT STATS19 accidents): coded severity, weekday (1 is Sunday) and area
    _table(
        "accident_index accident_severity number_of_casualties day_of_week urban_or_rural_area",
        {
            "accident_severity": "accident severity",
            "number_of_casualties": "number of casualties",
            "day_of_week": "day of week weekday",
            "urban_or_rural_area": "urban or rural area",
            "speed_limit": "speed limit",
        },
        {
            "accident_severity": {"1": "fatal|deadly|killed", "2": "serious", "3": "slight|minor"},
            "day_of_week": {
                "1": "sundays?",
                "2": "mondays?",
                "3": "tuesdays?",
                "4": "wednesdays?",
                "5": "thursdays?",
                "6": "fridays?",
                "7": "saturdays?",
            },
            "urban_or_rural_area": {"1": "urban|city|town", "2": "rural|countryside"},
        },
    ),
    # Space launches (TidyTuesday launches.csv): the launching state, and O (orbit reached) or F (failure)
    _table(
        "tag jd launch_date launch_year state_code category agency_type",
        {
            "state_code": "country state code",
            "category": "outcome result success",
            "type": "rocket launch vehicle type",
            "agency_type": "agency type private state startup",
        },
        {
            "category": {"O": "success|successful|succeeded|orbit", "F": "failure|failures|failed|fail"},
            "state_code": {"SU": "soviet union|ussr|soviet", "RU": "russia", "US": "us|usa|united states|america"},
        },
    ),
    # Global Terrorism Database (START): the group that carried out each attack, and the dead and wounded
    _table(
        "iyear imonth iday gname",
        {
            "gname": "group perpetrator organization name",
            "nkill": "killed deaths fatalities",
            "nwound": "wounded injured injuries",
            "iyear": "year",
            "imonth": "month",
            "iday": "day",
        },
    ),
    # BLS Occupational Employment and Wage Statistics: A_ is annual (a salary), H_ hourly
    _table(
        "occ_title tot_emp a_mean h_mean",
        {
            "occ_title": "occupation job title",
            "tot_emp": "total employment employed employs jobs workers",
            "a_mean": "annual mean wage salary pay",
            "a_median": "annual median wage salary pay",
            "h_mean": "hourly mean wage per hour",
            "h_median": "hourly median wage per hour",
        },
    ),
    # eBird's "My eBird data" download: a row per species on a checklist (its Submission ID)
    _table(
        "submission id, common name, scientific name, taxonomic order",
        {"submission id": "checklist", "common name": "species"},
    ),
    # Census (TIGER, ACS) and HUD files name the state's postal abbreviation STUSPS
    _table("stusps", {"stusps": "state abbreviation"}),
    # HUD Fair Market Rents: one column per unit size, fmr_0 an efficiency (studio) to fmr_4 four bedrooms
    _table(
        "fmr_0 fmr_1 fmr_2 fmr_3 fmr_4",
        {
            "fmr_0": "fair market rent studio efficiency 0 bedroom",
            "fmr_1": "fair market rent 1 bedroom one bedroom",
            "fmr_2": "fair market rent 2 bedroom two bedroom",
            "fmr_3": "fair market rent 3 bedroom three bedroom",
            "fmr_4": "fair market rent 4 bedroom four bedroom",
        },
    ),
    # WHO tuberculosis notifications (the tidy-data classic): c_newinc is every new and relapse case notified;
    # newrel_m014 … newrel_f65 split them by sex (m, f) and age (0-14, 15-24, …, 65+)
    _table(
        "iso3 g_whoregion c_newinc",
        {
            "c_newinc": "total tb cases notified new and relapse",
            "g_whoregion": "who region",
            "new_labconf": "new bacteriologically confirmed",
            "new_clindx": "new clinically diagnosed",
            "newrel_hivpos": "hiv positive new and relapse",
        },
    ),
    # Census County Business Patterns: ESTAB establishments (businesses), EMP paid employees (jobs, people who
    # work there), PAYANN annual payroll in $1,000
    _table(
        "estab emp payann",
        {
            "estab": "establishments businesses",
            "emp": "employees employment jobs workers",
            "payann": "annual payroll",
            "payqtr1": "first quarter payroll",
        },
    ),
    # FDA FAERS quarterly files (DEMO joined with REAC and OUTC): primaryid numbers each report (a case's version),
    # pt is the reaction's MedDRA preferred term, outc_cod the outcome (DE death, HO hospitalisation, ...)
    _table(
        "primaryid caseid pt",
        {
            "primaryid": "report id",
            "caseid": "case id",
            "pt": "reaction side effect adverse event",
            "outc_cod": "outcome",
            "occp_cod": "reporter occupation",
            "rept_cod": "report type",
            "occr_country": "country where it occurred",
            "mfr_sndr": "manufacturer",
        },
        {
            "outc_cod": {
                "DE": "death|died|dead|deaths|fatal",
                "HO": "hospitalization|hospitalisation|hospitalized|hospitalised",
                "LT": "life threatening|life-threatening",
                "DS": "disability|disabled",
                "CA": "congenital anomaly|birth defect",
                "RI": "required intervention",
                "OT": "other serious",
            },
            "occp_cod": {"MD": "physician|doctor", "CN": "consumer", "HP": "health professional", "PH": "pharmacist"},
        },
    ),
    # Eurostat's SDMX-CSV downloads: geo is the country (ISO codes, EL for Greece), c_resid where the guests live
    _table(
        "dataflow, last update, freq, obs_value",
        {"geo": "country", "c_resid": "residence of guests", "obs_value": "value", "obs_flag": "flag"},
        {
            "c_resid": {
                "DOM": "domestic|residents|locals|home",
                "FOR": "foreign|foreigners|international|non-residents|from abroad",
                "TOTAL": "total|all guests",
            },
        },
    ),
    # OpenFlights' flight log (flights.csv): seat, class and reason by the site's one-letter codes
    _table(
        "from, to, flight_number, seat_type, class, reason",
        {"seat_type": "seat type", "flight_number": "flight number"},
        {
            "seat_type": {"W": "window", "A": "aisle", "M": "middle"},
            "class": {"F": "first class|first", "C": "business class", "P": "premium economy", "Y": "economy|coach"},
            "reason": {
                "B": "for business|business trips?|business travel|work|for work|work trips?",
                "L": "leisure|vacation|holiday|personal|for fun|pleasure",
                "C": "crew",
                "O": "other",
            },
        },
    ),
    # Ingress' game log from a data takeout: Tracker names the action (hacked a portal, created a link ...)
    _table(
        "event time, event lat, event lng, tracker",
        {"tracker": "action kind activity event type", "event lat": "latitude", "event lng": "longitude"},
    ),
    # FMCSA's roadside inspection file (MCMIS): the carrier by its USDOT number, out-of-service (OOS) counts
    _table(
        "report_number, insp_date, dot_number, insp_level_id, viol_total, oos_total",
        {
            "dot_number": "carrier usdot number",
            "insp_level_id": "inspection level",
            "location_desc": "location station weigh station site",
            "viol_total": "violations total",
            "oos_total": "out of service violations total",
            "oos_flag": "out of service",
        },
    ),
    # Spotify's extended streaming history (the files stats.fm reads): the track, artist and album by long names
    _table(
        "ts, ms_played, master_metadata_track_name, master_metadata_album_artist_name",
        {
            "master_metadata_track_name": "track name song title",
            "master_metadata_album_artist_name": "artist name",
            "master_metadata_album_album_name": "album name",
            "episode_show_name": "podcast show name",
            "conn_country": "country",
        },
    ),
    # RateYourMusic's ratings export: the artist's names, ratings in half stars (1-10), ownership by RYM's letters
    _table(
        "rym album, first name, last name, title, release_date, rating, ownership",
        {"last name": "artist band last name", "release_date": "release year"},
        {
            "ownership": {
                "o": "own|owned|in my collection",
                "n": "not owned|don'?t own",
                "w": "wishlist|want(?:ed)?|wish list",
                "t": "traded|used to own|sold",
            }
        },
    ),
    # Kraken's ledgers: assets by Kraken's own codes (XXBT is bitcoin, ZUSD US dollars; ".S" marks staked coins)
    _table(
        "txid refid aclass asset",
        {"refid": "reference id", "aclass": "asset class"},
        {
            "asset": {
                "XXBT": "btc|bitcoin|bitcoins|xbt",
                "XETH": "eth|ether|ethereum",
                "ZUSD": "usd|us dollars|dollars",
                "ZEUR": "eur|euros?",
                "ZGBP": "gbp|pounds",
                "XXDG": "doge|dogecoin",
                "XLTC": "ltc|litecoin",
                "XXRP": "xrp|ripple",
                "ETH2.S": "staked eth|staked ether",
                "DOT.S": "staked dot",
            }
        },
    ),
    # NOAA NDBC buoy standard meteorological data: wind, gusts, waves, pressure and temperatures by their codes
    _table(
        "wdir wspd gst wvht",
        {
            "station": "station buoy",
            "wdir": "wind direction",
            "wspd": "wind speed",
            "gst": "gust peak wind gusts",
            "wvht": "significant wave height",
            "dpd": "dominant period of the waves",
            "apd": "mean period of the waves",
            "mwd": "mean wave direction",
            "pres": "pressure barometric air pressure",
            "atmp": "air temp temperature",
            "wtmp": "water temp temperature of the sea surface",
            "dewp": "dew point",
            "vis": "visibility",
            "hh": "hour",
        },
    ),
    # Globe at Night: sky brightness seen by eye (a limiting magnitude) or measured with a Sky Quality Meter
    _table(
        "obstype limitingmag sqmreading",
        {
            "limitingmag": "limiting magnitude faintest star",
            "sqmreading": "sqm reading",
            "cloudcover": "cloud cover clouds",
        },
        {"obstype": {"SQM": "meter|meters|sqm|sky quality meter", "Naked-eye": "naked eye|by eye|eye"}},
    ),
    # Backblaze Drive Stats: one row per drive per day, the SMART attributes as smart_<number>_raw / _normalized
    _table(
        "serial_number model capacity_bytes failure",
        {
            "failure": "failure failed failures",
            "capacity_bytes": "capacity size",
            "smart_1_raw": "read error rate",
            "smart_5_raw": "reallocated sectors count",
            "smart_9_raw": "power on hours age",
            "smart_12_raw": "power cycle count",
            "smart_187_raw": "reported uncorrectable errors",
            "smart_188_raw": "command timeout",
            "smart_190_raw": "airflow temperature",
            "smart_194_raw": "temperature temp celsius",
            "smart_197_raw": "current pending sector count",
            "smart_198_raw": "offline uncorrectable sectors",
            "smart_199_raw": "crc errors",
            "smart_241_raw": "total lbas written",
            "smart_242_raw": "total lbas read",
        },
    ),
    # Iowa Environmental Mesonet ASOS/AWOS downloads: airport weather reports, METAR fields by their short codes
    # ("M" written for missing, "T" for a trace of rain)
    _table(
        "station valid tmpf dwpf",
        {
            "station": "station airport",
            "valid": "time date observation",
            "tmpf": "temperature temp air temperature fahrenheit",
            "dwpf": "dew point dewpoint",
            "relh": "relative humidity humidity",
            "feel": "heat index feels like apparent temperature",
            "sknt": "wind speed wind knots",
            "drct": "wind direction",
            "gust": "wind gust gusts",
            "p01i": "precipitation rain rainfall",
            "vsby": "visibility",
            "alti": "altimeter pressure",
            "mslp": "sea level pressure",
            "skyc1": "sky cover clouds cloud cover",
            "wxcodes": "weather codes present weather",
        },
    ),
    # data.police.uk street-level crime: places by their census areas (LSOA: a neighbourhood of ~1,500 people)
    _table(
        "crime id, month, reported by, falls within, lsoa code, lsoa name",
        {
            "lsoa name": "neighbourhood neighborhood area lsoa",
            "lsoa code": "neighbourhood code area code lsoa code",
            "falls within": "police force force",
            "reported by": "police force reporting force",
            "last outcome category": "outcome result last outcome",
        },
    ),
    # EPA eGRID plant data: one row per power plant, its state, fuel, output and emissions by eGRID's codes
    _table(
        "pstatabb pname orispl plco2an",
        {
            "pstatabb": "state",
            "pname": "plant name power plant",
            "orispl": "plant code orispl",
            "oprname": "operator utility company",
            "utlsrvnm": "utility",
            "baname": "balancing authority",
            "bacode": "balancing authority code",
            "nerc": "nerc region",
            "subrgn": "subregion",
            "cntyname": "county",
            "lat": "latitude",
            "lon": "longitude",
            "plprmfl": "primary fuel code",
            "plfuelct": "fuel category fuel type",
            "namepcap": "nameplate capacity capacity mw megawatts plant size size",
            "capfac": "capacity factor",
            "plngenan": "net generation generation electricity generated mwh output",
            "plco2an": "co2 emissions carbon dioxide emissions co2 tons",
            "plnoxan": "nox emissions nitrogen oxides",
            "plso2an": "so2 emissions sulfur dioxide",
            "plch4an": "ch4 emissions methane",
            "pln2oan": "n2o emissions nitrous oxide",
            "plco2rta": "co2 emission rate co2 rate lb per mwh carbon intensity",
            "plhtian": "heat input",
        },
    ),
    # NYC DOT automated traffic volume counts: a 15-minute count (Vol) per segment and direction, the time in parts
    _table(
        "boro yr m d hh mm vol segmentid",
        {
            "boro": "borough",
            "yr": "year",
            "m": "month",
            "d": "day",
            "hh": "hour",
            "mm": "minute",
            "vol": "volume traffic vehicles count",
            "segmentid": "segment",
            "street": "street road",
        },
    ),
    # Eurocontrol airport traffic: IFR departures, arrivals and both (the network manager's _1, the airport's _2)
    _table(
        "flt_date apt_icao flt_dep_1 flt_arr_1 flt_tot_1",
        {
            "apt_icao": "airport icao code",
            "apt_name": "airport name",
            "state_name": "country state",
            "flt_dep_1": "departures flights departing",
            "flt_arr_1": "arrivals flights arriving",
            "flt_tot_1": "total flights movements traffic",
            "flt_dep_ifr_2": "departures reported by the airport",
            "flt_arr_ifr_2": "arrivals reported by the airport",
            "flt_tot_ifr_2": "total flights reported by the airport",
        },
    ),
    # Pokemon stats (Kaggle): the first type is the primary one
    _table(
        "type 1, type 2, sp. atk, sp. def",
        {
            "type 1": "primary type",
            "type 2": "secondary type",
            "sp. atk": "special attack",
            "sp. def": "special defense",
        },
    ),
)


def _extremes(names: list[str]) -> dict[str, str]:
    """temp_min beside temp_max: "min" is the minimum there, not minutes (and "max" the maximum)."""
    out: dict[str, str] = {}
    split = {n: words(n) for n in names}
    for name, parts in split.items():
        lowered = [p.lower() for p in parts]
        for i, p in enumerate(lowered):
            if p not in ("min", "max"):
                continue
            other = [*lowered[:i], "max" if p == "min" else "min", *lowered[i + 1 :]]
            if any([q.lower() for q in qs] == other for qs in split.values()):
                full = [*parts[:i], "minimum" if p == "min" else "maximum", *parts[i + 1 :]]
                out[name] = " ".join(full)
    return out


def value_meanings(names: Iterable[str]) -> dict[str, dict[str, str]]:
    """What the coded values of each column of one frame mean (only for a table whose signature is all present)."""
    by_lower = {n.lower().strip(): n for n in names}  # (RYM writes " First Name": a header's stray space)
    out: dict[str, dict[str, str]] = {}
    for table in TABLES:
        if table.signature <= by_lower.keys():
            for column, meanings in table.values.items():
                if column in by_lower:
                    out.setdefault(by_lower[column], meanings)
    return out


# USGS water data names a series by its parameter code ("69928_00060_00003": a time series, discharge, the daily
# mean); the codes of the series people download most, with the statistic's code
_USGS = re.compile(r"(?:\d+_)?(?P<p>\d{5})_(?P<s>\d{5})(?P<cd>_cd)?")
_USGS_PARAMETERS = {
    "00060": "discharge flow streamflow river water cubic feet per second cfs",
    "00065": "gage height stage feet",
    "00010": "water temperature celsius",
    "00045": "precipitation rain inches",
    "00095": "specific conductance",
    "00300": "dissolved oxygen",
    "00400": "ph",
}
_USGS_STATISTICS = {"00001": "maximum", "00002": "minimum", "00003": "mean", "00008": "median"}


def _usgs(names: list[str]) -> dict[str, str]:
    """USGS series columns by what they measure: "69928_00060_00003" is the daily mean discharge (flow, cfs)."""
    out: dict[str, str] = {}
    for name in names:
        found = _USGS.fullmatch(name.strip())
        if found is None or found["p"] not in _USGS_PARAMETERS:
            continue
        what = f"{_USGS_STATISTICS.get(found['s'], '')} {_USGS_PARAMETERS[found['p']]}".strip()
        out[name] = f"{what} qualifier code" if found["cd"] else what
    return out


# FRED's series codes, the names its downloads give their one column of values
_FRED = {
    "FEDFUNDS": "federal funds rate interest",
    "DFF": "federal funds rate interest",
    "UNRATE": "unemployment rate",
    "CPIAUCSL": "consumer price index cpi inflation",
    "GDP": "gross domestic product gdp",
    "GDPC1": "real gross domestic product gdp",
    "MORTGAGE30US": "30 year mortgage rate interest",
    "T10Y2Y": "10 year minus 2 year treasury spread yield curve",
    "SP500": "s&p 500 index stock",
    "DEXUSEU": "dollar euro exchange rate",
    "DCOILWTICO": "wti crude oil price",
    "PAYEMS": "nonfarm payrolls jobs employment",
}
_FRED_TREASURY = re.compile(r"DGS(?P<n>\d{1,2}|1MO|3MO|6MO)")


def _fred(names: list[str]) -> dict[str, str]:
    """FRED series by what they measure: DGS10 is the 10-year Treasury yield (a rate, in percent)."""
    out: dict[str, str] = {}
    for name in names:
        code = name.strip().upper()
        treasury = _FRED_TREASURY.fullmatch(code)
        if treasury:
            term = treasury["n"].replace("MO", " month")
            term = term if "month" in term else f"{term} year"
            out[name] = f"{term} treasury yield rate interest"
        elif code in _FRED:
            out[name] = _FRED[code]
    return out


# Column names of French, German, Spanish and Italian statistics downloads (INSEE, Destatis, INE, ISTAT), read as
# the English words a question uses; accents are folded first ("Décès" is deces)
_FOREIGN = {
    **dict.fromkeys(("annee", "jahr", "ano", "anno"), "year"),
    **dict.fromkeys(("mois", "monat", "mes", "mese"), "month"),
    **dict.fromkeys(("naissances", "naissance", "geburten", "nacimientos", "nascite"), "births"),
    **dict.fromkeys(("deces", "sterbefalle", "gestorbene", "defunciones", "decessi"), "deaths"),
    **dict.fromkeys(("pays", "pais", "paese"), "country"),
    **dict.fromkeys(("valeur", "wert", "valor", "valore"), "value"),
    **dict.fromkeys(("sexe", "geschlecht", "sexo", "sesso"), "sex"),
    **dict.fromkeys(("commune", "gemeinde", "municipio", "comune"), "municipality"),
    **dict.fromkeys(("montant", "betrag", "importe", "importo"), "amount"),
    **dict.fromkeys(("prix", "preis", "precio", "prezzo"), "price"),
    **dict.fromkeys(("ville", "stadt", "ciudad", "citta"), "city"),
    **dict.fromkeys(("bevolkerung", "einwohner", "poblacion", "popolazione"), "population"),
    **dict.fromkeys(("ensemble", "insgesamt", "gesamt"), "total"),
    **dict.fromkeys(("exportations", "ausfuhr", "ausfuhren", "exportaciones", "esportazioni"), "exports"),
    **dict.fromkeys(("importations", "einfuhr", "einfuhren", "importaciones", "importazioni"), "imports"),
    **dict.fromkeys(("hommes", "manner", "hombres", "maschi"), "men"),
    **dict.fromkeys(("femmes", "frauen", "mujeres", "femmine"), "women"),
    **dict.fromkeys(("datum", "fecha"), "date"),
    **dict.fromkeys(("heure", "stunde", "uhrzeit"), "hour"),
    **dict.fromkeys(("statut", "estado", "stato"), "status"),
    **dict.fromkeys(("departement", "departamento"), "department"),
    **dict.fromkeys(("ventes", "umsatz", "ventas", "vendite"), "sales"),
    **dict.fromkeys(("libelle",), "label"),
}


def _foreign(names: list[str]) -> dict[str, str]:
    """Each name with a foreign word, in English words ("Décès": deaths, "Année": year)."""
    out = {}
    for name in names:
        parts = re.findall(r"[^\W_]+", folded(name).lower())
        said = [_FOREIGN.get(w, w) for w in parts]
        if said != parts:
            out[name] = " ".join(said)
    return out


def described(names: Iterable[str]) -> dict[str, str]:
    """The words each coded column of one frame stands for (only for a table whose signature is all present)."""
    names = list(names)
    by_lower = {n.lower().strip(): n for n in names}
    out: dict[str, str] = _foreign(names) | _extremes(names) | _usgs(names) | _fred(names)
    for table in TABLES:
        if table.signature <= by_lower.keys():
            for code, meaning in table.codes.items():
                if code in by_lower:
                    out.setdefault(by_lower[code], meaning)
    return out
