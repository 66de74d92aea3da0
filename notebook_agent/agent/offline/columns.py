"""Offline analyst: the loaded columns, and finding the ones a question names.

Names are matched robustly: case, spaces vs underscores, camelCase, plurals, partial words ("temp" →
"temperature_c"), a few synonyms ("cost" → "price", "sales" → "revenue"), units for their quantity ("distance" →
km, "energy" → kwh_out) and time words ("over time" → the date column). Ambiguity is settled in favour of numeric
columns, and of date columns for time words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

__all__ = [
    "PERSONS",
    "Catalog",
    "Column",
    "Mention",
    "ValueMention",
    "ambiguous",
    "find_mentions",
    "find_values",
    "stem",
    "words",
]

_WORD = re.compile(r"[^\W_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Parts of a column name that say its unit, not what it is: "temperature_c" is named by "temperature".
UNITS = frozenset(
    {
        "c",
        "f",
        "k",
        "kg",
        "g",
        "mg",
        "lb",
        "lbs",
        "m",
        "cm",
        "mm",
        "km",
        "kmh",
        "kph",
        "mph",
        "ms",
        "s",
        "sec",
        "h",
        "hr",
        "hrs",
        "min",
        "pct",
        "percent",
        "usd",
        "eur",
        "gbp",
        "chf",
        "jpy",
        "ft",
        "l",
        "ml",
        "w",
        "kw",
        "kwh",
        "hpa",
        "pa",
        "deg",
        "degc",
        "degf",
        "celsius",
        "fahrenheit",
        "v",
        "a",
        "hz",
        "db",
    }
)

# What a unit measures: a unit in a name ("km", "dist_km", "kwh_out") is named by the word for its quantity
# ("distance", "energy"), below the name's own words. Only units that measure one thing ("m" may be minutes).
_DISTANCE = frozenset({"distance", "far", "farther", "further", "farthest", "furthest"})
_ENERGY = frozenset({"energy", "electricity", "power", "usage", "consumption"})
_WEIGHT = frozenset({"weight", "mass", "heavy", "heaviest", "heavier", "light", "lightest", "lighter"})
_SPEED = frozenset({"speed", "velocity", "fast", "faster", "fastest", "slow", "slower", "slowest"})
UNIT_QUANTITY: dict[str, frozenset[str]] = {
    **dict.fromkeys(("km", "mi", "mile"), _DISTANCE),
    **dict.fromkeys(("kwh", "mwh", "wh"), _ENERGY),
    **dict.fromkeys(("kg", "lb", "lbs"), _WEIGHT),
    **dict.fromkeys(("kmh", "kph", "mph"), _SPEED),
    **dict.fromkeys(("degc", "degf", "celsius", "fahrenheit"), frozenset({"temperature", "temp"})),
    **dict.fromkeys(("hpa",), frozenset({"pressure"})),
}

# Words of requests: they never name a column by a partial, prefix or synonym match (a whole name still counts).
_STOP_WORDS = """
a an the of in on at to by per for and or vs v versus against with without where when which what who how is are was
were be been do does did show plot chart graph draw display visualize visualise make give tell me my i it its this
that these those now then again same also instead use using try fit fitting line lines bar bars scatter histogram
hist box boxplot heatmap heat map pie curve model models regression regress trend trendline linear quadratic cubic
polynomial poly degree order exponential exp logarithmic log power law scale axis axes best top bottom highest
lowest largest smallest biggest most least max maximum min minimum mean average avg median sum total count number
many much row column data dataset table value each every all only just between from than greater less more above
below over under after before since until group grouped distribution correlation correlated correlate relationship
related overview describe summary summarize summarise statistic stats please can could you let see look as into
there have has any some across want would like find get compute calculate work out tell versu instead against
function depend different do done result analysis analyse analyze same one two three five ten stat doe axe
strongest weakest fewest fewer greatest
serie
"""
STOP = frozenset(_STOP_WORDS.split())

# Groups of words that name the same thing (stemmed): a question word finds a column named by a group mate.
SYNONYMS = [
    {
        *("price", "cost", "pricing", "fee", "fare", "tariff", "toll", "charge"),
        *("expensive", "cheap", "cheapest", "cheaper", "pricier", "priciest"),
    },
    {"sale", "revenue", "turnover", "income", "amount", "money"},
    {"expenditure", "spending", "spend", "spent", "expense", "outlay", "cost"},
    # energy used, and the units it is metered in (a column named "kwh" is named by "electricity")
    {"energy", "electricity", "power", "usage", "consumption", "kwh", "mwh", "wh"},
    {"stock", "inventory", "hand", "onhand"},
    {"size", "sqft", "footage", "sqm"},
    {"quantity", "qty", "unit", "volume", "piece", "sold", "sell"},
    {"mpg", "mileage", "economy", "consumption"},
    {"horsepower", "hp", "power"},
    # what a plant, a panel or a line puts out ("how much did we generate": kwh_out)
    {
        *("output", "out", "production", "produce", "produced", "producing"),
        *("generate", "generated", "generating", "generation", "yield"),
    },
    {"complete", "completed", "completion", "finish", "finished", "finisher", "done"},
    {"target", "outcome", "progression", "response"},
    {"profit", "margin", "earning", "gain"},
    {
        "temperature",
        "temp",
        "heat",
        "hot",
        "hotter",
        "hottest",
        "cold",
        "colder",
        "coldest",
        "warm",
        "warmer",
        "warmest",
        "cooler",
        "coolest",
        "tmax",
        "tmin",
        "tavg",
        "tmean",
    },
    {"humidity", "humid", "moisture"},
    {"stream", "play", "listen", "listener"},
    {"visitor", "attendance", "attendee", "footfall"},
    {"rain", "rainfall", "precipitation", "wettest", "driest"},
    {"wind", "windspeed", "windiest"},
    {"city", "town", "location", "place"},
    {"country", "nation"},
    {"region", "area", "zone", "district", "state", "province"},
    {"category", "type", "kind", "class", "segment"},
    {"customer", "client", "buyer"},
    {"courier", "carrier", "shipper"},
    {"song", "track", "tune", "single"},
    {"lead", "ahead", "advance"},  # how far ahead something is booked or ordered: its lead time
    {"product", "item", "article", "sku"},
    {"store", "shop", "branch", "outlet"},
    {"weight", "mass", "heavy", "heaviest", "heavier", "light", "lightest", "lighter"},
    {"age", "aged", "old", "oldest", "older", "young", "youngest", "younger"},
    {"depth", "deep", "deeper", "deepest"},
    {"speed", "velocity"},
    {"distance", "length", "long", "longest", "longer", "short", "shortest", "shorter"},
    {"duration", "long", "longest", "longer", "lasting", "lasted", "short", "shortest", "shorter"},
    {"width", "wide", "widest", "wider", "narrow", "narrowest", "broad"},
    {"height", "tall", "tallest", "taller"},
    {"score", "rating", "grade", "mark"},
    {"salary", "wage", "pay", "paid", "earn", "earning", "compensation", "money"},
    {"delay", "late", "lateness", "delayed", "tardy"},
    {"attrition", "left", "leave", "quit", "churn", "churned", "resign", "resigned", "departure", "turnover"},
    {"employee", "staff", "worker"},
    {"population", "inhabitant", "people", "resident"},
    {"size", "people", "person", "guest", "diner", "party", "headcount"},
    {"volume", "flow", "discharge"},
    {"employment", "employed", "job"},
    {"investment", "invest"},
    {"education", "schooling", "educ"},
    {"year", "yr"},
    {"pressure", "barometric"},
]
SYNONYM_WORDS = frozenset(w for group in SYNONYMS for w in group)  # words that name a kind of measure or label
_SYNONYM_OF: dict[str, set[str]] = {}
for _group in SYNONYMS:
    for _word in _group:
        _SYNONYM_OF.setdefault(_word, set()).update(_group - {_word})

# Question words that mean "the time axis"; the value is the calendar period they name, if any.
TIME_WORDS = {
    "date": None,
    "time": None,
    "when": None,
    "timestamp": None,
    "datetime": None,
    "period": None,
    "chronological": None,
    "day": "D",
    "daily": "D",
    "week": "W",
    "weekly": "W",
    "month": "M",
    "monthly": "M",
    "quarter": "Q",
    "quarterly": "Q",
    "year": "Y",
    "yearly": "Y",
    "annual": "Y",
    "annually": "Y",
    "decade": "DEC",  # ten-year bins of a date or of a year column
}
# Points of a cycle a timestamp is grouped by: the hour of the day, the day of the week.
CLOCK_PERIODS = ("H", "DOW", "WE")
_CLOCK = [
    # weekdays against the weekend: two groups of days (said before the day-of-week words it contains)
    ("WE", re.compile(r"\bweek-?ends?\b", re.I)),
    (
        "H",
        re.compile(
            r"\b(?:time|hour)\s+of\s+(?:the\s+)?day\b|\b(?:what|which)\s+hours?\b|\b(?:by|each|every|per)\s+hour\b"
            r"|\bhour\s+by\s+hour\b|\bhourly\s+(?:pattern|profile|cycle)\b|\bhours?\s+of\s+the\s+day\b",
            re.I,
        ),
    ),
    (
        "DOW",
        re.compile(
            r"\bdays?\s+of\s+(?:the\s+)?week\b|\bweekdays?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b",
            re.I,
        ),
    ),
]


def clock_period(question: str) -> str | None:
    """The cycle a question groups a timestamp by: "H" (hour of the day), "DOW" (day of the week), or None."""
    return next((period for period, pattern in _CLOCK if pattern.search(question)), None)


def clock_span(question: str) -> tuple[int, int] | None:
    """Where the words for a cycle of the clock are ("by hour", "at the weekend")."""
    for _, pattern in _CLOCK:
        if m := pattern.search(question):
            return m.span()
    return None


# Name parts of numeric columns that make an ordered axis (a line, not a scatter).
ORDER_WORDS = frozenset(
    {
        "year",
        "yr",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "time",
        "t",
        "step",
        "epoch",
        "iteration",
        "iter",
        "index",
        "idx",
        "period",
        "quarter",
        "timestamp",
        "seq",
        "sequence",
        "generation",
        "round",
        "trial",
    }
)
# Name parts of numbers that add up: their natural aggregate is a sum, not a mean.
ADDITIVE_WORDS = frozenset(
    {
        "sale",
        "revenue",
        "turnover",
        "income",
        "taking",
        "amount",
        "unit",
        "quantity",
        "qty",
        "count",
        "total",
        "profit",
        "spend",
        "spending",
        "order",
        "volume",
        "visit",
        "click",
        "view",
        "download",
        "rain",
        "rainfall",
        "precipitation",
        "sold",
        "item",
        "cost",
        "expense",
        "donation",
        "population",
        "case",
        "death",
        "birth",
        "vote",
        "sum",
        "conversion",
        "impression",
        "signup",
        "booking",
        "energy",
        "usage",
        "consumption",
        "kwh",
        "mwh",
        "wh",
        # things counted as they happen: plays of a song, people through a door, fuel pumped
        "stream",
        "play",
        "listen",
        "visitor",
        "attendance",
        "attendee",
        "passenger",
        "gallon",
        "litre",
        "liter",
    }
)
# Kinds of person: a number of them is what "people" counts ("more people": Visitors, Passengers).
PERSONS = frozenset(
    {"visitor", "attendee", "passenger", "customer", "guest", "patient", "student", "member", "user", "rider"}
    | {"shopper", "spectator", "fan", "employee", "worker", "resident", "participant", "entrant", "diner", "viewer"}
)
# Name parts that make a number a rate or a level (unit_price, avg_score): averaged even next to "unit".
NOT_ADDITIVE_WORDS = frozenset(
    {
        "price",
        "rate",
        "ratio",
        "percent",
        "pct",
        "avg",
        "average",
        "mean",
        "per",
        "score",
        "temperature",
        "temp",
        "age",
        "speed",
        "share",
        "level",
        "index",
        "margin",
    }
)
# Names that are English words too short or common to be matched as a whole name without quotes.
_TOO_COMMON = frozenset({"a", "i", "an", "the", "of", "in", "on", "to", "by", "is", "it", "at", "or", "as", "be"})


def stem(word: str) -> str:
    """A crude singular: the same on both sides is what matters, not linguistic accuracy."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-case name parts: split on punctuation, underscores and camelCase."""
    return [w.lower() for w in _WORD.findall(_CAMEL.sub(" ", text))]


@dataclass(frozen=True)
class Column:
    """One column of a loaded DataFrame, as its profile describes it."""

    frame: str
    name: str
    kind: str
    dtype: str = ""
    date_format: str | None = None
    is_date: bool = False
    ordered: bool = False
    year_like: bool = False
    additive: bool = False
    values: tuple[str, ...] = ()
    n_unique: int | None = None
    position: int = 0
    stems: tuple[str, ...] = ()

    numeric_text: bool = False
    low: float | None = None
    high: float | None = None
    clock: bool = False  # durations written as h:mm:ss text ("3:13:59"): read as minutes
    days: int | None = None  # calendar days from a date column's first date to its last, both counted

    @property
    def numeric(self) -> bool:
        """A number to compute with (YYYYMMDD integers are dates; numbers stored as text count, converted)."""
        return (self.kind == "numeric" or self.numeric_text or self.clock) and not self.is_date

    @property
    def categorical(self) -> bool:
        """Labels to group by."""
        return (
            (self.kind in ("categorical", "bool") or self.kind == "text")
            and not self.is_date
            and not self.numeric_text
            and not self.clock
        )

    @property
    def few_values(self) -> bool:
        """Numbers that can label groups when a question groups by them (a dose, a diet number, cylinders)."""
        if self.kind != "numeric" or self.is_date or "int" not in self.dtype.lower():
            return False
        return self.n_unique is None or 1 < self.n_unique <= 30

    @property
    def time(self) -> bool:
        """A time axis: dates, or ordered numbers such as years or steps."""
        return self.is_date or self.ordered

    @property
    def id_like(self) -> bool:
        """A subject or record code (id, subject_id, PatientID): it names who a row is about, it measures nothing."""
        if self.is_date or not (self.kind in ("text", "categorical") or "int" in self.dtype.lower()):
            return False
        if re.search(r"(?:^|[_\W])(?:id|subj(?:ect)?)$|[a-z]ID$|Id$|^ID(?:[_\W]|$)|\sID$", self.name):
            return True
        if self.kind == "text" and re.search(r"(?i)(?:^|[_\W])(?:ref|no|num|code)\.?$", self.name):
            return True  # a code written as free text, not a few repeated labels: "Booking Ref", "Tracking No"
        return self.name.lower() in ("id", "subject", "subj", "patient", "participant", "sku", "uuid", "guid", "isbn")

    @property
    def significant(self) -> tuple[str, ...]:
        """The name parts that say what the column is (units left out, unless that is all there is)."""
        parts = tuple(s for s in self.stems if s not in UNITS)
        return parts or self.stems

    @classmethod
    def from_profile(cls, frame: str, info: dict[str, Any], position: int) -> Column:
        """Read one column entry of a `notebook_agent_profile`."""
        name = str(info.get("name", ""))
        kind = str(info.get("kind", "other"))
        stems = tuple(stem(w) for w in words(name))
        is_date = kind == "datetime" or bool(info.get("date_like"))
        date_format = info.get("date_format") if is_date and kind != "datetime" else None
        lo, hi = info.get("min"), info.get("max")
        integral = "int" in str(info.get("dtype", "")).lower()
        year_like = (
            kind == "numeric"
            and not is_date
            and integral
            and isinstance(lo, int | float)
            and isinstance(hi, int | float)
            and 1000 <= lo <= hi <= 2200
            and any(s in ("year", "yr") for s in stems)
        )
        # An order word names the axis when the name is about it ("fiscal_year", "time_step"), not a duration
        # that starts with it ("YearsAtCompany")
        named = tuple(s for s in stems if s not in UNITS) or stems
        # ... nor a rate per unit of time ("Study Hours per Week", "visits_per_day")
        rate = len(named) >= 2 and named[-2] in ("per", "a", "each", "every")
        ordered = kind == "numeric" and not is_date and bool(named) and named[-1] in ORDER_WORDS and not rate
        values = tuple(str(v[0]) for v in info.get("top", []) if isinstance(v, list | tuple) and v)
        values += tuple(str(v) for v in info.get("examples", []) if isinstance(v, str))
        numeric_text = kind in ("text", "other") and not is_date and _mostly_numbers(values)
        clock = kind in ("text", "other") and not is_date and _all_clocks(values)  # few repeated: labels
        additive = (
            any(s in ADDITIVE_WORDS or _abbreviates_any(s, ADDITIVE_WORDS) for s in stems)
            and not any(s in NOT_ADDITIVE_WORDS for s in stems)
            and not (len(stems) >= 2 and stems[0] == "unit" and stems[1] in ("cost", "value", "weight"))  # per unit
        ) or (  # a number of people, named by them ("Entrants", "Passengers"): it adds up
            bool(stems) and stems[-1] in PERSONS and words(name)[-1].endswith("s") and kind == "numeric"
        )
        return cls(
            frame=frame,
            name=name,
            kind=kind,
            dtype=str(info.get("dtype", "")),
            date_format=date_format,
            is_date=is_date,
            ordered=ordered or year_like,
            year_like=year_like,
            additive=additive,
            values=values,
            n_unique=info.get("n_unique"),
            position=position,
            stems=stems,
            numeric_text=numeric_text,
            clock=clock,
            days=_days_spanned(lo, hi) if kind == "datetime" else None,
            low=lo if isinstance(lo, int | float) else None,
            high=hi if isinstance(hi, int | float) else None,
        )


def _abbreviates_any(part: str, full_words: frozenset[str]) -> bool:
    """A short name part that abbreviates one of `full_words` ("amt" of amount, "qty" of quantity)."""
    return 2 <= len(part) <= 4 and any(abbreviates(part, w) for w in full_words)


def _days_spanned(lo: Any, hi: Any) -> int | None:
    """Calendar days from the first date to the last (ISO text from the profile), both counted."""
    try:
        first, last = date.fromisoformat(str(lo)[:10]), date.fromisoformat(str(hi)[:10])
    except ValueError:
        return None
    return (last - first).days + 1


_HMS = re.compile(r"\s*\d{1,3}:[0-5]\d:[0-5]\d(?:\.\d+)?\s*")


def _all_clocks(values: tuple[str, ...]) -> bool:
    """Example cells that are all lengths of time written h:mm:ss ("3:13:59", "0:45:10")."""
    return len(values) > 0 and all(_HMS.fullmatch(v) for v in values)


def _mostly_numbers(values: tuple[str, ...]) -> bool:
    """Example cells that are numbers with at most some junk around them ("12.5", " 7 kg")."""
    numbers = [v for v in values if re.fullmatch(r"\s*[-+]?[$€£]?\s*\d[\d,]*(?:\.\d+)?\s*[a-zA-Z%]{0,3}\s*", v)]
    return len(values) > 0 and len(numbers) * 3 >= len(values) * 2


@dataclass
class Catalog:
    """Every loaded frame and its columns, in profile order."""

    frames: list[str] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_profiles(cls, profiles: list[dict[str, Any]]) -> Catalog:
        """Build from the profiles printed by `profile_code`."""
        catalog = cls()
        for profile in profiles:
            frame = str(profile.get("variable", "df"))
            catalog.frames.append(frame)
            catalog.rows[frame] = int((profile.get("shape") or [0])[0])
            for i, info in enumerate(profile.get("columns", [])):
                catalog.columns.append(Column.from_profile(frame, info, i))
        return catalog

    def of(self, frame: str) -> list[Column]:
        """The columns of one frame."""
        return [c for c in self.columns if c.frame == frame]

    def get(self, frame: str, name: str | None) -> Column | None:
        """A column by exact name."""
        return next((c for c in self.columns if c.frame == frame and c.name == name), None)

    def numeric(self, frame: str) -> list[Column]:
        """Numeric columns that are not dates."""
        return [c for c in self.of(frame) if c.numeric]

    def names_rows(self, column: Column) -> bool:
        """A record code, or a label with a value of its own on (nearly) every row (flight_no): it never groups."""
        rows = self.rows.get(column.frame, 0)
        many = column.categorical and bool(column.n_unique) and rows >= 20 and (column.n_unique or 0) >= 0.8 * rows
        return column.id_like or many

    def time_column(self, frame: str) -> Column | None:
        """The column to use as a time axis: a date column first, else an ordered number (year, step...)."""
        cols = self.of(frame)
        return next((c for c in cols if c.is_date), None) or next((c for c in cols if c.ordered), None)


@dataclass(frozen=True)
class Mention:
    """A column named in a question: where, how well, and by which words."""

    column: Column
    start: int
    end: int
    score: float
    word: str
    via: str  # name, partial, prefix, abbreviation, affix, root, synonym, initials or time
    calendar: str | None = None  # a period asked for elsewhere in the question ("hired each year")

    @property
    def period(self) -> str | None:
        """The calendar period a time word asked for ("by month" on a date column), if any."""
        if not self.column.is_date:  # a year column is binned by decade only ("per decade")
            decade = self.via == "time" and TIME_WORDS.get(stem(self.word)) == "DEC"
            return "DEC" if self.column.year_like and decade else None
        if self.calendar in CLOCK_PERIODS:  # "time of day", "day of the week": a cycle, not a calendar period
            return self.calendar
        if self.via != "time":
            return self.calendar
        return TIME_WORDS.get(stem(self.word))


@dataclass(frozen=True)
class ValueMention:
    """A known value of a categorical column found in a question ("Paris")."""

    column: Column
    value: str
    start: int
    end: int


def _tokens(question: str) -> list[tuple[str, int, int]]:
    return [(stem(m.group()), m.start(), m.end()) for m in _WORD.finditer(question.lower())]


def _name_pattern(column: Column) -> re.Pattern[str] | None:
    parts = words(column.name)
    if not parts:
        return None
    joined = r"[\s_\-./]*".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<![^\W_]){joined}s?(?![^\W_])", re.IGNORECASE)


def _candidates(question: str, column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    found: list[Mention] = []
    pattern = _name_pattern(column)
    if pattern and column.name.lower() not in _TOO_COMMON:
        for m in pattern.finditer(question):
            i = next((k for k, t in enumerate(tokens) if t[1] == m.start()), None)
            if m.group().lower() == "lot" and i and tokens[i - 1][0] == "a" and _idiom_after(tokens, i):
                continue  # "a lot pricier": an amount, even when a column is called lot
            found.append(Mention(column, m.start(), m.end(), 100 + len(column.name) / 100, m.group(), "name"))
    sig = column.significant
    units_only = all(p in UNITS for p in sig)
    for i, (tok, start, _) in enumerate(tokens):
        if tok == "lot" and i > 0 and tokens[i - 1][0] == "a" and _idiom_after(tokens, i):
            continue  # "a lot pricier", "a lot of": an amount, not a lot column
        # A run of question words equal to a run of name parts ("speed" in "wind_speed_kmh").
        for j, part in enumerate(sig):
            if not _same_part(tok, part):
                continue
            run = 1
            while i + run < len(tokens) and j + run < len(sig) and _same_part(tokens[i + run][0], sig[j + run]):
                run += 1
            if (tok != part and run < 2) or not any(tokens[i + k][0] == sig[j + k] for k in range(run)):
                continue  # a short form counts beside a part said in full ("departure delay"), not alone ("shoppers")
            if all(t[0] in STOP or t[0].isdigit() for t in tokens[i : i + run]) and run < len(sig):
                continue
            if run == 1 < len(sig) and _calendar_period(tokens, i) and not (column.is_date or column.year_like):
                continue  # "hired each year" is per calendar year of a date, not YearsAtCompany
            end = tokens[i + run - 1][2]
            score = 90 if run == len(sig) else 60 + 30 * run / len(sig)
            if run == len(sig) >= 2:  # every part said, in order ("age category": Age Cat), beats a name inside it
                score = 100.5
            if j + run < len(sig):  # only a modifier ("unit" of "unit price"): the name is about its last word
                score -= 20
            found.append(Mention(column, start, end, score, question[start:end], "partial"))
        if tok in STOP or len(tok) < 3 or tok.isdigit():
            continue
        for part in sig:
            if part == tok or (part in UNITS and not units_only):  # a name that is only a unit ("kwh") is named by it
                continue
            # A 3-letter word names a longer part only ("mag" → magnitude), not a near-namesake ("car" ≠ carb).
            short_ok = len(tok) >= 4 or (len(tok) == 3 and len(part) >= 5)
            if (part.startswith(tok) and short_ok) or (
                tok.startswith(part) and len(part) >= 4 and not abbreviates(part, tok)
            ):
                score = 45 + 10 * min(len(tok), len(part)) / max(len(tok), len(part))
                found.append(Mention(column, start, start + len(tok), score, tok, "prefix"))
            elif abbreviates(part, tok):
                found.append(Mention(column, start, tokens[i][2], 80, tok, "abbreviation"))
            elif len(sig) == 1 and len(tok) >= 4 and len(part) > len(tok) and part.endswith(tok):
                # "poverty" in PERPOVERTY: a word that ends a one-word name, below any fuller reading
                found.append(Mention(column, start, tokens[i][2], 44, tok, "affix"))
            elif part in _SYNONYM_OF.get(tok, ()) and (
                part == sig[-1] or (part == sig[0] and all(p in _TIME_PARTS | _NAME_PARTS for p in sig[1:]))
            ):  # the last word, or the first of "<word> time (days)", "<word> title" ("ahead": Lead Time)
                # A synonym names what a column is, its last word ("workers" is not EmployeeID); one of the whole
                # name ("units" → qty) beats a modifier of a longer one ("unit price"); a verb ("sells") less.
                score = (58 if len(sig) == 1 else 42) + _direction(tok, column) - (3 if tok in _VERBS else 0)
                found.append(Mention(column, start, tokens[i][2], score, tok, "synonym"))
            elif root(part) == root(tok) and len(root(tok)) >= 5:  # survival, survived, survive
                found.append(Mention(column, start, tokens[i][2], 70, tok, "root"))
            elif not column.is_date and any(abbreviates(part, s) for s in _SYNONYM_OF.get(tok, ())):
                # heaviest → weight → wt; a date's name parts (dt) shorten no measure word ("long": duration)
                found.append(Mention(column, start, tokens[i][2], 40, tok, "synonym"))
        for part in column.stems:  # "trip distances": km; "energy": kwh_out
            if tok in UNIT_QUANTITY.get(part, ()) and not column.is_date:
                found.append(Mention(column, start, tokens[i][2], 58 if units_only else 42, tok, "synonym"))
    if column.numeric and column.significant and column.significant[-1] in PERSONS:
        for tok, start, end in tokens:  # "bring more people in": the column that counts visitors
            if tok in ("people", "person"):
                found.append(Mention(column, start, end, 45, tok, "synonym"))
    if column.clock:  # a length of time is what "fastest" or "quickest" ranks (the longest one: the whole race)
        for tok, start, end in tokens:
            if tok in _PACE:
                found.append(Mention(column, start, end, 50 + min(_clock_minutes(column), 600) / 1000, tok, "synonym"))
    if column.id_like:  # a record code is asked for by its name, not by a word near its meaning ("items": sku)
        found = [replace(m, score=m.score - 20) if m.via in ("synonym", "prefix") else m for m in found]
    found += _initials(column, tokens)
    found += _compound(column, tokens)
    found += _joined(question, column, tokens)
    found += _scattered(column, tokens)
    for tok, start, end in tokens:
        if tok in TIME_WORDS and (column.is_date or column.ordered):
            found.append(Mention(column, start, end, 38 if column.is_date else 34, tok, "time"))
    return found


_PACE = frozenset(_SPEED | {"quick", "quicker", "quickest", "time", "duration"}) - {"speed", "velocity"}


def _clock_minutes(column: Column) -> float:
    """The longest example of a column of h:mm:ss lengths of time, in minutes."""
    out = 0.0
    for v in column.values:
        parts = [float(p) for p in v.strip().split(":")]
        out = max(out, parts[0] * 60 + parts[1] + parts[2] / 60 if len(parts) == 3 else 0.0)
    return out


_NAME_PARTS = frozenset({"title", "name"})
_TIME_PARTS = frozenset({"time", "duration", "period", "day", "hour", "week", "month", "year", "min", "sec"})


def _same_part(tok: str, part: str) -> bool:
    """A question word that says a name part: the part itself, or a word it shortens ("departure": dep)."""
    return tok == part or (len(tok) >= 4 and tok not in STOP and abbreviates(part, tok))


def _idiom_after(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """The word after "a lot" makes it the idiom (a lot of, a lot more, a lot pricier, or nothing)."""
    if i + 1 >= len(tokens):
        return True
    after = tokens[i + 1][0]
    return after in ("of", "more", "less", "than", "better", "worse") or after.endswith(("er", "ier"))


def _calendar_period(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Token i is a calendar period after "each", "per", "by", "every", "which" ("hired each year", "which month")."""
    before = ("each", "per", "by", "every", "which")
    return TIME_WORDS.get(tokens[i][0]) is not None and i > 0 and tokens[i - 1][0] in before


_VERBS = frozenset(
    {"sell", "sold", "earn", "paid", "pay", "leave", "left", "quit", "invest", "gain"}
    | {"produce", "produced", "producing", "generate", "generated", "generating"}
)
_HIGH_WORDS = frozenset({"hot", "hottest", "warm", "warmest", "heat"})
_LOW_WORDS = frozenset({"cold", "coldest", "cool", "coolest"})


def _direction(tok: str, column: Column) -> float:
    """Hot words read a daily maximum (tmax), cold words a minimum, when a frame has both."""
    name = column.name.lower()
    if tok in _HIGH_WORDS and re.search(r"max|high", name):
        return 1
    if tok in _LOW_WORDS and re.search(r"min|low", name):
        return 1
    return 0


_VOWELS = frozenset("aeiou")
_ENDINGS = ("ation", "ition", "ings", "ing", "ion", "ed", "al", "es", "e", "s", "y")


def root(word: str) -> str:
    """A word without its common ending, so that survival, survived and survive meet (and admission, admit)."""
    for end, base in (("ission", "it"), ("itted", "it"), ("itting", "it")):  # admission, admitted → admit
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + base
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def abbreviates(part: str, word: str) -> bool:
    """Whether a name part is a short form of a question word.

    A prefix ("mag" of "magnitude", "temp"), or a prefix of the word followed by some of its later consonants
    ("qty" of "quantity", "yrs" of "years", "wt" of "weight", "dept" of "department"). Short forms drop vowels:
    a vowel kept after a skipped letter makes a different word, not an abbreviation ("cost" is not "cholesterol").
    """
    if len(part) < 2 or len(word) < len(part) + 2 or part[0] != word[0] or not part.isalpha():
        return False
    if word.startswith(part):
        return len(part) >= 3
    if len(part) == 2 and (part[1] in _VOWELS):
        return False
    kept = 1
    while kept < len(part) and part[kept] == word[kept]:
        kept += 1
    if any(ch in _VOWELS for ch in part[kept:]):
        return False
    it = iter(word[kept:])
    return all(ch in it for ch in part[kept:])


def _part_named(part: str, tok: str) -> bool:
    return (
        tok == part
        or part in _SYNONYM_OF.get(tok, ())
        or (len(tok) >= 4 and part.startswith(tok))
        or (len(root(tok)) >= 5 and root(tok) == root(part))
    )


def _scattered(column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """Every part of a longer name said by nearby words, in any order ("the longest sepals": sepal length)."""
    sig = tuple(p for p in column.significant if p not in STOP)  # "at" of sold_at is said by every "at"
    if len(sig) < 2:
        return []
    spots = []
    for part in sig:
        hits = [i for i, t in enumerate(tokens) if t[0] not in ("of", "the") and _part_named(part, t[0])]
        if not hits:
            return []
        spots.append(hits)
    for first in spots[0]:
        chosen = [min(h, key=lambda i: abs(i - first)) for h in spots]
        lo, hi = min(chosen), max(chosen)
        if len(set(chosen)) == len(sig) and hi - lo <= 3 and chosen != list(range(lo, lo + len(sig))):
            return [Mention(column, tokens[lo][1], tokens[hi][2], 89, "", "scattered")]
    return []


# Words that say what to compute, never part of a name spelled by initials ("average council tax" is not ACT).
_ASKING = frozenset(
    stem(w)
    for w in (
        "average",
        "mean",
        "median",
        "total",
        "sum",
        "count",
        "number",
        "plot",
        "show",
        "chart",
        "graph",
        "maximum",
        "minimum",
        "highest",
        "lowest",
        "distribution",
        "compare",
        "correlation",
        "trend",
    )
)


# Name parts that qualify a quantity written right next to them in one word (AVGEXP, TOTPOP, INCOMESQ).
_LEADING = frozenset({"avg", "mean", "tot", "total", "num", "max", "min", "med", "cum", "net", "log", "std"})
_TRAILING = frozenset({"sq", "pct", "avg", "total", "sum", "log", "num", "cnt", "max", "min"})


def _says(part: str, tok: str, loose: bool = False) -> bool:
    """A question word that names a piece of a one-word name: itself, a word it shortens, or a synonym's.

    Loosely (when the other piece is said too), also a word that starts with the piece ("leasers": LEASE).
    """
    if len(tok) < 3 or tok in STOP:
        return False
    synonyms = _SYNONYM_OF.get(tok, ())
    return (
        tok == part
        or abbreviates(part, tok)
        or (loose and tok.startswith(part))
        or (len(tok) >= 4 and part.startswith(tok))
        or part in synonyms
        or any(abbreviates(part, s) for s in synonyms)
    )


def _compound(column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A name of two words run together (OWNRENT, AVGEXP) named by the question's words for its pieces.

    Both pieces said by nearby words ("owners and renters") name it well; the head piece alone names it when the
    other piece only qualifies it ("spending" → AVGEXP, average expenditure), less well.
    """
    out = []
    for part in column.significant:
        if len(part) < 5 or not part.isalpha():
            continue
        for k in range(2, len(part) - 1):
            head, tail = part[:k], part[k:]
            heads = [i for i, t in enumerate(tokens) if len(head) >= 3 and _says(head, t[0])]
            tails = [i for i, t in enumerate(tokens) if len(tail) >= 3 and _says(tail, t[0])]
            loose_heads = [i for i, t in enumerate(tokens) if len(head) >= 3 and _says(head, t[0], loose=True)]
            loose_tails = [i for i, t in enumerate(tokens) if len(tail) >= 3 and _says(tail, t[0], loose=True)]
            pairs = [(i, j) for i in loose_heads for j in loose_tails if 0 < abs(j - i) <= 4]
            if pairs:
                i, j = sorted(pairs[0])
                if any(t[0] not in STOP for t in tokens[i + 1 : j]):
                    j = i  # other words between ("renters spend more than owners"): they stay free for other columns
                out.append(Mention(column, tokens[i][1], tokens[j][2], 86, "", "compound"))
            elif head in _LEADING and tails:
                j = tails[0]
                out.append(Mention(column, tokens[j][1], tokens[j][2], 72, tokens[j][0], "compound"))
            elif tail in _TRAILING and heads:
                i = heads[0]
                out.append(Mention(column, tokens[i][1], tokens[i][2], 60, tokens[i][0], "compound"))
    return out


def _joined(question: str, column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A name written as one word that the question says as two or three ("copper price": COPPERPRICE)."""
    name = re.sub(r"[\W_]+", "", column.name.lower())
    if len(name) < 6:
        return []
    out = []
    for i in range(len(tokens)):
        for n in (2, 3):
            run = tokens[i : i + n]
            if len(run) == n and "".join(question[s:e].lower() for _, s, e in run) in (name, name + "s"):
                out.append(Mention(column, run[0][1], run[-1][2], 95, question[run[0][1] : run[-1][2]], "name"))
    return out


def _initials(column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A short name spelled by the initials of consecutive question words ("hp": horse power, "bp").

    A name of initials with one more letter in front is a kind of what the rest spells ("sbp", "dbp": systolic
    and diastolic blood pressure): the words of the rest name it too, below a full spelling, and equally for
    every such kind, so that the reader asks which one is meant.
    """
    out = []
    for part in column.significant:
        if 4 <= len(part) <= 5 and part.isalpha():
            # one qualifying letter before a short form ("csat": customer satisfaction, "tsales": total sales)
            for i, (tok, start, end) in enumerate(tokens):
                if tok in STOP or tok in _ASKING or len(tok) < len(part) + 1 or not abbreviates(part[1:], tok):
                    continue
                if i > 0 and tokens[i - 1][0][0] == part[0] and tokens[i - 1][0] not in STOP:
                    out.append(Mention(column, tokens[i - 1][1], end, 80, "", "initials"))
                else:
                    out.append(Mention(column, start, end, 62, tok, "affix"))
        if not 2 <= len(part) <= 4 or not part.isalpha():
            continue
        for n, spelled, score, via in ((len(part), part, 88, "initials"), (len(part) - 1, part[1:], 70, "affix")):
            if n < 2:
                continue
            for i in range(len(tokens) - n + 1):
                run = tokens[i : i + n]
                # an acronym of three or more words may open with a word of asking ("average daily rate": ADR)
                said = run[1:] if n >= 3 and run[0][0] in _ASKING else run
                if (
                    all(len(t[0]) >= 3 for t in run)
                    and all(t[0] not in _ASKING for t in said)
                    and any(t[0] not in STOP for t in said)
                    and "".join(t[0][0] for t in run) == spelled
                ):
                    # three or more words spelled out in full ("click through rate": CTR) beat one of them alone
                    full = score + 4 if via == "initials" and n >= 3 else score
                    if said is not run:  # below a fuller reading of the rest ("average council tax": COUTAX)
                        full = min(full, 84)
                    out.append(Mention(column, run[0][1], run[-1][2], full, "", via))
    return out


def _all_candidates(question: str, catalog: Catalog, frame: str | None) -> list[Mention]:
    tokens = _tokens(question)
    columns = catalog.of(frame) if frame else catalog.columns
    found = [m for c in columns for m in _candidates(question, c, tokens)]
    # A word that is a whole part of some column's name ("runner": Runner OS) is not read as a longer form of a
    # shorter part of another ("run" of Run ID, Tests Run): the column that says the word itself is meant.
    whole = {(m.start, m.end) for m in found if m.via == "partial" and m.word.lower() in m.column.stems}
    found = [m for m in found if not (m.via == "abbreviation" and (m.start, m.end) in whole)]
    return _named_twice(found + _money(columns, tokens, found))


# Words for money spent or taken, and the marks of a column that holds money.
_MONEY_WORDS = frozenset(
    stem(w)
    for w in (
        *("spend", "spent", "spending", "expenditure", "expense", "outlay", "cost", "paid", "pay"),
    )  # money taken in (revenue, income) is read by the money kind, which also multiplies price × quantity
)
CURRENCY = re.compile(r"[$£€¥]|(?<![a-z])(?:usd|eur|gbp|chf|jpy|dollars?|euros?|pounds?)(?![a-z])", re.IGNORECASE)


_PAID = frozenset({"amount", "total", "payment", "spend", "spending", "expenditure", "expense", "charge"})


def _money(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """A money word no column is named by ("how much did we spend") names the columns that hold money.

    A currency mark in the name says a column holds money; a price or rate per unit ("Price/Gal ($)") is not
    an amount spent. Every such column is named equally, so that two of them make the reader ask.
    """
    amounts = [
        c
        for c in columns
        if c.numeric
        and CURRENCY.search(c.name)
        and not any(s in NOT_ADDITIVE_WORDS for s in c.stems)
        and not re.search(r"/|\bper\b", c.name, re.IGNORECASE)
    ] or [  # no currency mark: a column of amounts paid ("amt", "total", "payment")
        c
        for c in columns
        if c.numeric and not c.id_like and any(s in _PAID or _abbreviates_any(s, _PAID) for s in c.significant)
    ]
    out = []
    for tok, start, end in tokens:
        if tok not in _MONEY_WORDS or any(m.start == start and m.score > 52 and m.via != "time" for m in found):
            continue
        out += [Mention(c, start, end, 52, tok, "synonym") for c in amounts]
    return out


def _named_twice(found: list[Mention]) -> list[Mention]:
    """A loose reading (a synonym) of a column that another word of the question names too beats its equals.

    "left more than an hour late": late names both delays, left names only the departure one, so late means it.
    """
    out = []
    for m in found:
        if m.via == "synonym" and any(
            o.column == m.column
            and o.via != "time"
            and (o.end <= m.start or m.end <= o.start)
            and stem(o.word.lower()) != stem(m.word.lower())
            for o in found
        ):
            m = replace(m, score=m.score + 1)
        out.append(m)
    return out


# Name parts that make a numeric column one period of a wide table: Q1 … Q4, Jan … Dec.
QUARTER_NAME = re.compile(r"(?<![a-z0-9])q[1-4](?![a-z0-9])", re.IGNORECASE)
_MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH_NAME = re.compile(
    r"(?<![a-z])(?:january|february|march|april|june|july|august|september|october|november|december|"
    + "|".join(_MONTH_ABBR)
    + r")(?![a-z])",
    re.IGNORECASE,
)


def period_columns(columns: list[Column]) -> tuple[str, list[Column]] | None:
    """The numeric columns that each stand for a quarter (or a month) of the same measure, with the period."""
    for period, rx in (("Q", QUARTER_NAME), ("M", MONTH_NAME)):
        found = [c for c in columns if c.numeric and not c.time and len(rx.findall(c.name)) == 1]
        keys = {rx.search(c.name).group(0).lower()[:3] for c in found}  # type: ignore[union-attr]
        if len(found) >= 2 and len(keys) == len(found):
            return period, found
    return None


# Words for a dimension many columns can have: alone, they name no one column ("size": floor area or lot size).
_VAGUE = frozenset({"size", "amount", "quantity", "volume", "level", "value"})


def ambiguous(question: str, catalog: Catalog, frame: str) -> list[tuple[str, list[Column]]]:
    """Words that name two or more columns equally well ("width": sepal_width, petal_width), with those columns.

    Only partial readings count (a whole name is never ambiguous), and only between columns of the same sort
    (numbers, labels, dates) that the question names nowhere else: the reader asks rather than picks.
    """
    chosen = find_mentions(question, catalog, frame)
    named = {m.column for m in chosen}
    out = []
    for m in chosen:
        if m.via in ("name", "time", "initials"):
            continue
        vague = stem(m.word.lower()) in _VAGUE and m.via in ("synonym", "partial", "prefix")
        rivals = [
            c
            for c in _all_candidates(question, catalog, frame)
            if c.start == m.start
            and c.end == m.end
            and (c.score == m.score or (vague and c.score >= 40 and c.via in ("synonym", "partial", "prefix")))
            and c.column not in named
            and (vague or len(c.column.significant) == len(m.column.significant))
            and (c.column.numeric, c.column.categorical, c.column.is_date)
            == (m.column.numeric, m.column.categorical, m.column.is_date)
        ]
        if rivals and _names_records(m, [r.column for r in rivals]):
            continue
        if rivals and _told_apart(question, m, [r.column for r in rivals]):
            continue
        wide = period_columns(catalog.of(frame))
        if rivals and wide and {m.column, *(r.column for r in rivals)} <= set(wide[1]):
            continue  # one measure per period of a wide table ("sales": Jan Sales … Apr Sales): all of them
        if rivals:
            columns = [m.column, *dict.fromkeys(r.column for r in rivals)]
            out.append((question[m.start : m.end], sorted(columns, key=lambda c: c.position)))
    return out


_CODE_PARTS = frozenset({"id", "no", "num", "number", "ref", "code", "key"})


def _told_apart(question: str, m: Mention, rivals: list[Column]) -> bool:
    """Another word of the question names the chosen column's other part, and no rival's ("team … at home").

    "Which team scored the most at home?": team is HomeTeam or AwayTeam, and home says which.
    """
    said = {stem(w) for w in _WORD.findall((question[: m.start] + " " + question[m.end :]).lower())}
    word = stem(m.word.lower())

    def others(c: Column) -> set[str]:
        return {p for p in c.significant if p != word and not same_word(p, word)}

    return bool(others(m.column) & said) and not any(others(c) & said for c in rivals)


def _names_records(m: Mention, rivals: list[Column]) -> bool:
    """The word is what the rows are: the subject of a record code ("animals": Animal ID, beside Animal Type).

    Each row is one animal, so "how many animals ..." counts rows; the other columns it starts name a trait of
    the animal, not the animal, so there is nothing to ask.
    """
    said = stem(m.word.lower())
    return any(c.id_like and tuple(p for p in c.stems if p not in _CODE_PARTS) == (said,) for c in [m.column, *rivals])


def _modifier_of_next(question: str, m: Mention, chosen: list[Mention], candidates: list[Mention]) -> bool:
    """A record code named by its subject word right before another column ("trip duration", "patient age").

    The word says whose measure it is; the code (trip_id) is not asked for.
    """
    if m.via != "partial":
        return False
    if not m.column.id_like:
        # a label named only by a word that qualifies its name ("fuel" of Fuel Grade) right before a measure
        # ("fuel spend"): the word says what the measure is about, it does not name the label
        said = [stem(w) for w in words(m.word)]
        sig = m.column.significant
        if not m.column.categorical or not said or said[-1] == sig[-1] or said[-1] not in sig:
            return False
        return any(
            o is not m
            and o.start >= m.end
            and not question[m.end : o.start].strip()
            and o.column.numeric
            and o.via != "time"
            and o.score >= 40
            for o in [*chosen, *candidates]
        )
    if stem(m.word.lower()) in ("id", "subject", "subj"):
        return False
    return any(
        o is not m
        and o.start >= m.end
        and not question[m.end : o.start].strip()
        and stem(o.word.lower()) not in _VERBS  # "each panel produce": the code is the verb's subject, it groups
        for o in chosen
    )


def find_mentions(question: str, catalog: Catalog, frame: str | None = None) -> list[Mention]:
    """The columns a question names, in the order it names them; each column and each word at most once."""
    candidates = _all_candidates(question, catalog, frame)
    # Best score first; on a tie numbers win (dates for time words), then the earlier column.
    candidates.sort(
        key=lambda m: (
            -m.score,
            not (m.column.is_date if m.via == "time" else m.column.numeric),
            catalog.frames.index(m.column.frame),
            m.column.position,
        )
    )
    chosen: list[Mention] = []
    for m in candidates:
        if any(m.column == c.column or (m.start < c.end and c.start < m.end) for c in chosen):
            continue
        if m.via == "time" and any(
            t.via == "time" and t.start == m.start and t.column.is_date and t.column in {c.column for c in chosen}
            for t in candidates
        ):
            continue  # "which month had the most intakes": the month of the date already named (Intake Date)
        chosen.append(m)
    chosen = [m for m in chosen if not _modifier_of_next(question, m, chosen, candidates)]
    chosen = _values_and_rows(question, catalog, frame, chosen, candidates)
    clock = clock_period(question)
    dates = [c for c in (catalog.of(frame) if frame else catalog.columns) if c.is_date]
    span = clock_span(question)
    if (
        clock
        and span
        and len(dates) == 1
        and not any(c.column.is_date or (span[0] < c.end and c.start < span[1]) for c in chosen)
    ):  # "sales by hour", "at the weekend": the cycle of the one timestamp, named or not
        chosen.append(Mention(dates[0], span[0], span[1], 38, question[span[0] : span[1]], "time", clock))
    for i, c in enumerate(chosen):  # "hired each year": HireDate, named by "hired", per calendar year
        if clock and c.column.is_date:
            chosen[i] = replace(c, calendar=clock)
        elif c.via != "time" and c.column.is_date:
            periods = [t.period for t in candidates if t.column == c.column and t.via == "time" and t.period]
            if periods:
                chosen[i] = replace(c, calendar=periods[0])
    return sorted(chosen, key=lambda m: m.start)


# Endings that make another form of the same word: "failed"/"failure", "cancelled"/"cancellation".
_FORMS = ("", "e", "d", "ed", "ure", "ur", "ion", "ation", "at", "ing", "s", "es", "ment")


def same_word(a: str, b: str) -> bool:
    """Two forms of one word (by their roots), at least four letters in common: fail, failed, failure."""
    ra, rb = _undoubled(root(stem(a))), _undoubled(root(stem(b)))
    if ra == rb:
        return True
    short, long_ = sorted((ra, rb), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short) :] in _FORMS


def _rows_noun(catalog: Catalog, frame: str | None, word: str) -> Column | None:
    """The record code whose subject the word is ("runs": Run ID), when the frame has one."""
    said = stem(word.lower())
    for c in catalog.of(frame) if frame else catalog.columns:
        if c.id_like and tuple(p for p in c.stems if p not in _CODE_PARTS) == (said,):
            return c
    return None


def _values_and_rows(
    question: str, catalog: Catalog, frame: str | None, chosen: list[Mention], candidates: list[Mention]
) -> list[Mention]:
    """Loose one-word readings of a measure that the question means otherwise.

    A word that is a value of a label column ("failed": Status = failure) names that value, not a measure whose
    longer name merely contains it ("Tests Failed"), unless the measure's other words are said beside it ("failed
    tests"). A plural that is the subject of a record code ("runs": Run ID) names the rows, not a measure whose
    name holds it after another word ("Tests Run"): "the most failed runs" counts runs.
    """
    if frame is None:
        return chosen
    columns = catalog.of(frame)
    out = []
    for m in chosen:
        loose = m.via in ("partial", "prefix") and m.score < 90 and m.column.numeric and not m.column.id_like
        said = m.word.lower()
        if loose and " " not in said and len(m.column.significant) > 1:
            near = {stem(w) for w in _WORD.findall(question[max(0, m.start - 24) : m.end + 24].lower())}
            others = [p for p in m.column.significant if not same_word(p, said)]
            if not any(p in near for p in others):
                valued = any(
                    c.categorical
                    and c != m.column
                    and any(v.strip().isalpha() and same_word(v.strip(), said) for v in c.values)
                    for c in columns
                )
                if valued:
                    continue
                rows = _rows_noun(catalog, frame, said)
                # not when the word opens the measure's name: "claims over 10k" are the claims' amounts (Claim Amt)
                subject = same_word(m.column.significant[0], said)
                if rows is not None and said.endswith("s") and rows != m.column and not subject:
                    continue  # the rows themselves: counted, not a column's values
        out.append(m)
    return out


# Everyday words for the values of a sex or gender column: "women" are the rows coded Female (or F).
_VALUE_WORDS = {
    "female": r"females?|wom[ae]n|girls?|lad(?:y|ies)",
    "male": r"males?|m[ae]n|boys?|gentlem[ae]n",
    # ages of people: a ticket, fare or patient class named Child is asked for as "kids"
    "child": r"child(?:ren)?|kids?",
    "adult": r"adults?|grown[\s-]?ups?",
    "senior": r"seniors?|pensioners?|retirees?|the\s+elderly",
}
_SEX_NAMES = frozenset({"sex", "gender"})


def _value_pattern(column: Column, text: str) -> str:
    """What in a question names one value: the value (or its plural), or an everyday word for it."""
    key = text.lower()
    if key in ("f", "m") and _SEX_NAMES & set(column.stems):
        return f"(?:{_VALUE_WORDS['female' if key == 'f' else 'male']})"  # the letter alone is too easily said
    own = rf"{re.escape(text)}(?:e?s|e?d)?"  # plurals, and a verb said in the past ("agree": "agreed")
    return f"(?:{own}|{_VALUE_WORDS[key]})" if key in _VALUE_WORDS else own


def find_values(question: str, catalog: Catalog, frame: str, taken: list[tuple[int, int]]) -> list[ValueMention]:
    """Known category values ("Paris") that a question names outside the spans already taken by columns.

    A value of several columns ("brown": hair and eyes) belongs to the one whose name is said next to it
    ("brown eyes", "eye colour brown"), else to the first.
    """
    found: list[ValueMention] = []
    columns = catalog.of(frame)
    columns = sorted(columns, key=lambda c: not _named_beside(question, c))
    for column in columns:
        if not column.categorical:
            continue
        named = _name_pattern(column)
        # longer values first: "Strongly agree" is read whole before "Agree" inside it
        for value in sorted(dict.fromkeys(column.values), key=lambda v: -len(v.strip())):
            text = value.strip()
            if not text or re.fullmatch(r"[\d.,\-\s]+", text):
                continue
            everyday = _value_pattern(column, text)
            short = (len(text) < 2 or text.lower() in STOP) and everyday.startswith(re.escape(text))
            # plurals too, and the everyday words for a sex ("women"); "C", "A": only right after the column's name
            pattern = re.compile(rf"(?<![^\W_]){everyday}(?![^\W_])", re.IGNORECASE)
            if short:
                if named is None:
                    continue
                pattern = re.compile(rf"(?<=\s){re.escape(text)}(?![^\W_])")  # as written: "spray C", not "a"
            for m in pattern.finditer(question):
                before = question[: m.start()]
                if short and not (
                    (named and re.search(rf"(?:{named.pattern})\s*(?:=|is|was)?\s*$", before, re.I))
                    or (len(text) == 1 and text.isupper() and _AWARDED.search(before))
                ):
                    continue
                spans = taken + [(v.start, v.end) for v in found]
                if not any(m.start() < e and s < m.end() for s, e in spans):
                    found.append(ValueMention(column, value, m.start(), m.end()))
            # a one-word value said as another form of its word ("adopted": Adoption, "transferred": Transfer)
            base = root(text.lower())
            if not text.isalpha() or len(base) < 4:
                continue
            for m in _WORD.finditer(question):
                said = m.group().lower()
                if said == text.lower() or not same_word(said, text):
                    continue
                following = _WORD.match(question[m.end() :].lstrip().lower())
                if (
                    following
                    and any(stem(following.group()) in c.significant for c in columns)
                    and _rows_noun(catalog, frame, following.group()) is None
                ):
                    continue  # it qualifies the column named next ("finish time"), it is not the value
                spans = taken + [(v.start, v.end) for v in found]
                if not any(m.start() < e and s < m.end() for s, e in spans):
                    found.append(ValueMention(column, value, m.start(), m.end()))
    return sorted(found, key=lambda v: v.start)


def _undoubled(word: str) -> str:
    """A root without the consonant an ending doubled ("transferr" of transferred: transfer)."""
    return word[:-1] if len(word) >= 5 and word[-1] == word[-2] and word[-1] not in "aeious" else word


# A one-letter value (a grade, a class) received: "got a C", "scored an A", "rated B".
_AWARDED = re.compile(
    r"\b(?:got|get|gets|getting|receive[sd]?|receiving|earn(?:s|ed)?|score[sd]?|award(?:ed)?|given|rated|graded"
    r"|have|has|had)\s+(?:an?\s+)?$",
    re.I,
)


def _named_beside(question: str, column: Column) -> bool:
    """The question says the column's name right next to one of its values ("brown eyes", "hair is red")."""
    named = _name_pattern(column)
    if named is None or not column.categorical:
        return False
    values = "|".join(re.escape(v.strip()) for v in column.values if v.strip())
    if not values:
        return False
    before = rf"(?<![^\W_])(?:{values})(?:e?s)?\s+(?:{named.pattern})"
    after = rf"(?:{named.pattern})\s*(?:=|is|was|of)?\s*(?:{values})(?![^\W_])"
    return bool(re.search(f"{before}|{after}", question, re.IGNORECASE))
