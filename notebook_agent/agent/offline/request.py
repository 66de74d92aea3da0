"""Offline analyst: settling a question into one request, using the last request for follow-ups.

A request is plain data (it is the analyst's memory between turns): what to compute, on which frame and
columns, with which chart, fit, aggregate, scale and filters.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeGuard

from .catalog import CODE_PARTS, MEASURE_LABELS, NUMBERED_AREAS, VALUE_NAME, keyed_rows, own_ids
from .columns import CLOCK_PERIODS, PERSONS, STOP, Catalog, Column, Mention, find_mentions, stem
from .measures import COORDINATES, bookkeeping
from .parse import Hints
from .words import PERIOD_CODES, ROW_WORDS, WHOLE_TAIL, clock_period, same_word

__all__ = ["MAX_DEGREE", "Request", "build_request", "default_agg", "generic_measure"]

MAX_DEGREE = 10
MAX_ROWS = 50  # the longest top list
_PAIR_INTENTS = ("fit", "best_fit", "correlation")
_GROUP_INTENTS = ("groupby", "top", "extreme")
_KEEP_ON_CHART = ("groupby", "top", "extreme", "chart")


@dataclass
class Request:
    """One analysis to run: the offline analyst's unit of work and of memory."""

    intent: str  # overview chart fit best_fit correlation most_correlated corr_matrix groupby top extreme stat rows
    frame: str = "df"
    x: str | None = None  # horizontal axis, or the group of a group-by
    y: str | None = None  # the measured column
    columns: list[str] = field(default_factory=list)  # overview and correlation-matrix subsets
    chart: str | None = None  # scatter line bar hist box heatmap
    fit: str | None = None  # linear poly exp log power
    degree: int = 1
    agg: str | None = None  # mean sum count min max median std
    period: str | None = None  # Y Q M W D: group a date column by calendar period
    n: int | None = None
    order: str = "max"  # which end a ranking starts from
    log_y: bool = False
    log_x: bool = False
    filters: list[dict[str, Any]] = field(default_factory=list)
    repair: int = 0  # 0 as asked; 1 convert to numbers and drop what fails; 2 the simplest version
    least: int | None = None  # groups with fewer rows are left out ("ignore ones with fewer than 20 listings")

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form for memory."""
        return copy.deepcopy(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Request:
        """Back from memory; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**copy.deepcopy({k: v for k, v in data.items() if k in known}))


def default_agg(column: Column | None) -> str:
    """Sums for quantities that add up (sales, units), means otherwise; counts when there is no column."""
    if column is None:
        return "count"
    return "sum" if column.additive else "mean"


# "where do i shop the most": a deed the rows record, counted; not the amount the last answer added up
_DOING = re.compile(r"\b(?:do|did|does)\s+(?:i|we|you|they|people)\s+(?P<v>[a-z]{3,})\b", re.I)
_AMOUNT_VERBS = frozenset(
    {"spend", "spent", "pay", "paid", "earn", "make", "get", "save", "use", "owe", "sell", "charge"}
)


def _doing_counted(h: Hints, last_y: Column | None) -> bool:
    """The question asks which group does a deed the most ("where do i shop"), a count, not the last measure."""
    said = _DOING.search(h.question)
    if said is None or last_y is None or h.refers_back:
        return False
    verb = said["v"].lower()
    return verb not in _AMOUNT_VERBS and not any(same_word(verb, s) for s in last_y.stems)


def _unexplained(h: Hints) -> list[str]:
    """Content words that name no column, value or request word ("crime" in "the average crime rate")."""
    text = h.question.lower()
    for m in h.mentions:
        text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    said = {str(v).lower() for f in h.filters for v in (f["value"] if isinstance(f["value"], list) else [f["value"]])}
    # "the average per game" on a table of games: each row is one, the word adds nothing to explain
    text = re.sub(rf"\b(?:per|a|each)\s+(?:{_ROW_NOUNS})\b", " ", text)
    return [
        w
        for w in re.findall(r"[^\W\d_]{3,}", text)
        if w not in STOP and stem(w) not in STOP and w not in said and stem(w) not in said
    ]


_COUNT_ASKED = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount|\bfrequen|\boften\b|\brows?\b", re.I)


def generic_measure(catalog: Catalog, frame: str) -> Column | None:
    """The one measure of a long table, named for no quantity ("value" beside country and year)."""
    measures = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and not c.time and not c.year_like and not set(c.stems) & COORDINATES and not bookkeeping(c)
    ]
    if own_ids(catalog.of(frame), catalog.rows.get(frame, 0)):
        return None  # each row a record with its own id (a CRM's opportunities): its value is one of its measures
    if len(measures) == 1 and VALUE_NAME.fullmatch(measures[0].name):
        return measures[0]
    named = [c for c in measures if VALUE_NAME.fullmatch(c.name)]
    # the UN's SDG download keeps Goal 1-17, Target 7.1 and Time_Detail (the year again) beside its Value
    if len(named) == 1 and all(_code_or_year(c) for c in measures if c is not named[0]):
        return named[0]
    return None


def _code_or_year(c: Column) -> bool:
    """Numbers that number something (a goal 1-17, a target 7.1) or repeat a year: no quantity of the rows."""
    low, high = c.low, c.high
    if not isinstance(low, int | float) or not isinstance(high, int | float):
        return False
    return (low >= 0 and high <= 30) or ("int" in c.dtype.lower() and low >= 1800 and high <= 2100)


_ROW_NOUNS = "game|match|row|record|entry|order|transaction|trip|ride|visit|booking|sale|item|line|flight|race"


def _fresh_extreme(h: Hints) -> bool:
    """A superlative with its own noun and no grouping ("the largest increase in sleep"): one extreme overall.

    "and the lowest?" or "which one is highest?" continue the last grouping instead.
    """
    if h.by is not None or h.refers_back or any(m.column.categorical for m in h.mentions):
        return False
    if re.match(r"\W*(?:and\s+)?which\s+one\b", h.question, re.IGNORECASE):
        return False  # "which one needs the least rain?": one of the groups just listed
    return bool(re.search(_FRESH_EXTREME, h.question, re.IGNORECASE))


_FRESH_EXTREME = (
    r"\b(?:highest|largest|biggest|greatest|maximum|lowest|smallest|least|minimum)\s+"
    r"(?!(?:one|ones|group|groups|value|values|of\s+(?:them|these|those))\b)[^\W\d_]{3,}"
)


def _day_of_peak(h: Hints, req: Request, catalog: Catalog, frame: str) -> bool:
    """Whether "which day had the highest heat index" of hourly readings asks for the day of the peak reading.

    A day of readings of a level (a temperature, not rainfall that adds up) is known by its high or low, as a
    weather report gives it; a month or year is still known by its mean ("the hottest month").
    """
    y, x = catalog.get(frame, req.y), catalog.get(frame, req.x)
    rows = catalog.rows.get(frame, 0)
    return bool(
        req.intent == "extreme"
        and not h.agg
        and h.extreme in ("max", "min")
        and req.period == "D"
        and y is not None
        and y.numeric
        and not y.additive
        and x is not None
        and x.timed
        and (rows >= 2 * x.days if x.days else True)  # (several readings a day: a clock time on each)
        and not re.search(r"\b(?:average|avg|mean|median|typical|overall)\b", h.question, re.I)
    )


def _sole_measure(catalog: Catalog, frame: str) -> Column | None:
    """The one column a measure can be (not a subject ID, not a small integer code such as a group number)."""
    found = catalog.measures(frame)
    return found[0] if len(found) == 1 else None


def _plain_numbers(catalog: Catalog, frame: str) -> list[Column]:
    """The numbers of a frame that are neither codes, times nor yes/no marks (a count of 0-5 among them)."""
    return [c for c in catalog.numeric(frame) if not c.id_like and not c.time and not c.flag and not c.is_date]


def _panel(catalog: Catalog, frame: str) -> bool:
    """A table of measurements, one row per combination of its labels (state × year × type).

    Counting its rows per group ranks nothing: every group has as many.
    """
    rows = catalog.rows.get(frame, 0)
    keys = [c for c in catalog.of(frame) if c.formula is None and (c.categorical or c.year_like) and not c.id_like]
    # (a year's distinct values are its span when the profile does not count them)
    sizes = [
        c.n_unique or (int(c.high - c.low) + 1 if c.year_like and c.low is not None and c.high is not None else 0)
        for c in keys
    ]
    if rows < 20 or len(keys) < 2 or not all(sizes):
        return False
    return 0.9 * rows <= math.prod(sizes) <= 1.02 * rows


def _identifier(column: Column | None, catalog: Catalog, frame: str) -> bool:
    """A label column with a different value on every row names rows: it never groups an aggregate."""
    rows = catalog.rows.get(frame, 0)
    return bool(column is not None and column.categorical and rows > 1 and column.n_unique == rows)


def _intent(h: Hints) -> str | None:
    if h.fit == "best":
        return "best_fit"
    if h.fit:
        return "fit"
    if h.correlation == "most":
        return "most_correlated"
    if h.correlation == "matrix" or h.chart == "heatmap":
        return "corr_matrix"
    if h.correlation == "pair":
        return "correlation"
    if h.n is not None:
        return "top"
    if h.extreme:
        return "extreme"
    if h.agg and (h.by is not None or any(m.period for m in h.mentions)):
        return "groupby"  # "average x by city", "monthly total"
    # ("how many violations does a restaurant get on average": an average of those rows, not the rows counted)
    if h.rows_word and h.filters and not h.chart and not h.plot and h.agg not in ("mean", "median"):
        return "rows"
    if h.overview:
        return "overview"
    if h.agg and not (h.chart == "hist" and h.agg in ("mean", "median", "min", "max", "std")):
        return "stat"  # "a histogram of x and its median": the histogram, whose answer states the median too
    if h.chart or h.plot or h.time_axis:
        return "chart"
    return None


def _default_pair(catalog: Catalog, frame: str) -> tuple[Column | None, Column | None]:
    """Columns literally named x and y, else the time column and the first number, else the first two numbers."""
    nums = catalog.numeric(frame)
    by_name = {c.name.lower(): c for c in nums}
    if "x" in by_name and "y" in by_name:
        return by_name["x"], by_name["y"]
    time = catalog.time_column(frame)
    if time is not None:
        ys = [c for c in nums if c != time and not c.ordered]
        return time, (ys[0] if ys else None)
    if len(nums) >= 2:
        return nums[0], nums[1]
    return None, (nums[0] if nums else None)


def _order_pair(a: Column, b: Column, connective: str | None) -> tuple[Column, Column]:
    """(x, y) from two columns in the order named: what the types say beats word order."""
    y, x = (a, b) if connective in ("against", "vs", "by") else (b, a)
    if (y.time and not x.time) or (y.categorical and not x.categorical):
        x, y = y, x
    elif connective != "against" and (y.name.lower() == "x" or x.name.lower() == "y"):
        x, y = y, x  # "x versus y" with columns named so: x is the horizontal one
    return x, y


def _x_for(y: Column, catalog: Catalog, frame: str, prefer_time: bool) -> Column | None:
    """A horizontal axis for `y` alone: the time column, a column named x, or the only other number."""
    time = catalog.time_column(frame)
    others = [c for c in catalog.numeric(frame) if c != y]
    named_x = next((c for c in others if c.name.lower() == "x"), None)
    if prefer_time and time is not None and time != y:
        return time
    if named_x is not None:
        return named_x
    if time is not None and time != y:
        return time
    return others[0] if others else None


def _period(m: Mention | None) -> str | None:
    return m.period if m is not None else None


def _pair_roles(h: Hints, intent: str, catalog: Catalog, frame: str) -> dict[str, Any]:
    ms = h.mentions
    measures = [m for m in ms if m.column.numeric]
    if intent == "correlation" and len(measures) >= 2:
        ms = measures  # "do students who study more ...": the row word (Student Name) is not a variable
        between = re.search(r"\bbetween\b", h.question, re.IGNORECASE)
        after = [m for m in ms if between and m.start > between.end()]
        if len(after) == 2 and not (
            re.fullmatch(r"\s*(?:the\s+)?", h.question[between.end() : after[0].start] if between else "x")
            and re.fullmatch(r"\s*(?:and|&|vs\.?|versus)\s+(?:the\s+)?", h.question[after[0].end : after[1].start])
        ):
            after = []  # only "between A and B" names the pair
        if len(ms) > 2 and len(after) == 2:
            ms = after  # "are older buildings less efficient? correlation between year built and site EUI"
        elif len(ms) > 2:  # the two best-named, in the order said ("the rating gap … related to how many turns")
            best = sorted(ms, key=lambda m: m.score, reverse=True)[:2]
            ms = [m for m in ms if m in best]
    if len(ms) >= 2:
        x, y = _order_pair(ms[0].column, ms[1].column, h.connective)
        xm = next(m for m in ms[:2] if m.column == x)
        return {"x": x.name, "y": y.name, "period": _period(xm) if intent == "chart" else None}
    if len(ms) == 1:
        c = ms[0].column
        if c.time or c.categorical:
            _, default_y = _default_pair(catalog, frame)
            y_name = default_y.name if default_y is not None and default_y != c else None
            return {"x": c.name, "y": y_name, "period": _period(ms[0])}
        x_for = _x_for(c, catalog, frame, prefer_time=h.time_axis)
        return {"x": x_for.name if x_for is not None else None, "y": c.name, "period": None}
    default_x, default_y = _default_pair(catalog, frame)
    return {"x": default_x.name if default_x else None, "y": default_y.name if default_y else None, "period": None}


_AGAINST = re.compile(r"\b(?:against|vs\.?|versus)\s+", re.I)


def _judged(h: Hints) -> bool:
    """A judging word said of the rows, not inside a value named ("the most best delegate awards": Best Delegate)."""
    values = [str(f["value"]).lower() for f in h.filters if isinstance(f.get("value"), str)]
    low = h.question.lower()
    return any(
        not any(m.group().lower() in v.split() and v in low for v in values) for m in _JUDGED.finditer(h.question)
    )


_JUDGED = re.compile(r"\b(?:best|worst|better|worse)\b(?!\s+(?:sell|seller|selling|rated|known|paid))", re.IGNORECASE)
_WORST = re.compile(r"\b(?:worst|deadliest|most\s+dangerous|most\s+violent)\b", re.IGNORECASE)
# what a file of harms is named for: each row one of them, so the worst period or place has the most rows
_HARMS = frozenset(
    {"shooting", "incident", "crash", "collision", "accident", "crime", "fire", "death", "injury", "casualty"}
    | {"outage", "complaint", "violation", "recall", "spill", "attack", "arrest", "fatality", "homicide", "strike"}
    | {"wildfire", "overdose", "breach", "tornado", "earthquake", "flood"}
)


def _harm_log(question: str, catalog: Catalog, frame: str) -> bool:
    """Whether "the worst" asks for the most rows: a file of harms (shootings, crashes), with no measure said."""
    return bool(_WORST.search(question)) and any(catalog.names_subject(frame, w) for w in _HARMS)


_TOP_BY = re.compile(
    r"\b(?:top|bottom|best|worst|highest|lowest|biggest|largest|smallest)\s+(?:\d+|three|five|ten)\s+"
    r"(?P<g>[a-z][a-z ]*?)\s+(?:by|on|in\s+terms\s+of|ranked\s+by)\b",
    re.IGNORECASE,
)


_PEOPLE_LABELS = frozenset({"employee", "staff", "consultant", "person", "owner", "rep", "agent", "author", "player"})


def _group_roles(h: Hints, catalog: Catalog, frame: str) -> dict[str, Any]:
    ms = h.mentions
    groupish = [m for m in ms if m.column.categorical or m.column.time]
    # A number after "by" is a group only when another number is the value ("average length by dose").
    other_number = any(m.column.numeric and (h.by is None or m.start < h.by) for m in ms)
    after_by = [
        m
        for m in ms
        if h.by is not None
        and m.start > h.by
        and (
            m.column.categorical
            or m.column.time
            or (m.column.numeric and other_number)
            # "how many by Dataset": rows counted per code of a numbered label (1 and 2)
            or (
                m.column.few_values
                and h.agg == "count"
                and not m.column.additive
                and not m.column.flag
                and m.via == "name"
                and m.column.formula is None
            )
        )
    ]
    if len(after_by) > 1:  # "avg milk yield per cow by breed": per record is the unit, "by" the grouping
        units = [
            m
            for m in after_by
            if (m.column.id_like or (m.column.stems and m.column.stems[-1] in ("no", "num", "number", "nr", "ref")))
            and re.search(r"\bper\s+$", h.question[: m.start])
        ]
        after_by = [m for m in after_by if m not in units] or after_by
    group = after_by[0] if after_by else groupish[0] if groupish else None
    while group is not None and not after_by:
        # "top 5 vehicle makes": two labels said as one noun, the head (said last) is the one meant
        head = [m for m in groupish if m.start > group.end and not h.question[group.end : m.start].strip()]
        if not head or group.score >= 90:
            break
        group = head[0]
    ranked = _TOP_BY.search(h.question)
    if ranked is not None:  # "top 3 stores by average weekly sales": what is ranked comes first, by what after "by"
        named = [m for m in ms if ranked.start("g") <= m.start < ranked.end("g") and not m.column.time]
        named.sort(key=lambda m: (m.end, m.score), reverse=True)  # the head noun: "loan purposes" is purpose
        group = named[0] if named and any(m.start >= ranked.end() and m.column.numeric for m in ms) else group
        if not named and re.search(r"\b(?:people|persons?|staff|who)\b", ranked.group("g"), re.IGNORECASE):
            people = [c for c in catalog.of(frame) if c.categorical and set(c.stems) & (PERSONS | _PEOPLE_LABELS)]
            if len(people) == 1:  # "top 5 people by billable hours": the one column naming people (Employee)
                group = Mention(people[0], ranked.start("g"), ranked.end("g"), 50, ranked.group("g"), "synonym")
    against = _AGAINST.search(h.question)
    if group is None and against is not None and len(ms) >= 2:
        # "plot charges against children and give me the median for each": each value of what it is set against
        after = [m for m in ms if m.start >= against.end() and m.column.numeric and not m.column.id_like]
        group = after[0] if after and any(m.start < against.start() for m in ms) else None
    codes = [m for m in ms if m.column.id_like]
    if group is None and h.agg == "count" and codes and len(codes) == len(ms):
        group = codes[0]  # "which 3 hosts have the most listings": rows counted per host code
    if group is None and re.search(r"\b(?:per|each|every|by|a)\s+year\b", h.question, re.I):
        years = [m for m in ms if m.column.numeric and "year" in m.column.stems and not m.column.additive]
        if len(years) == 1:
            group = years[0]  # "games published per year": Year Published (with a few odd years, 0 or BCE)
    asked = re.match(r"\W*(?:and\s+)?(?:which|what)\s+", h.question, re.I)
    # ("which day of the week has the most accidents": the rows, each an accident, counted per coded day)
    counted = h.agg == "count" or (
        h.agg is None and re.search(r"\b(?:most|fewest)\s+[a-z]+s\b|\b(?:most|fewest)\W*$", h.question, re.I)
    )
    strong = [
        m
        for m in ms
        if m.score >= 60
        # "which county": COUNTY_CODE_003, a code named by its head word (the county it codes)
        or (m.column.stems[:1] == (m.word.lower().rstrip("s"),) and bool(set(m.column.stems[1:]) & CODE_PARTS))
    ]  # ("the most requests": weakly the SR Number, a code per row)
    if group is None and counted and asked and len(strong) == 1 and strong[0].start == asked.end():
        c = strong[0].column
        numbered = "int" in c.dtype.lower() or c.coded or bool(set(c.stems) & NUMBERED_AREAS)
        if c.numeric and c.few_values and numbered and not c.additive:
            group = strong[0]  # "which district has the most crimes": a numbered label (District 1-25), rows counted
    values = [m for m in ms if m.column.numeric and m is not group]
    if any(not m.column.time for m in values):
        values = [m for m in values if not m.column.time]  # "box office over the years": years are no measure
    if any(not m.column.id_like for m in values):
        values = [m for m in values if not m.column.id_like]
    elif h.agg in (None, "count"):
        values = []  # "the most jobs" by its record code (Job ID): the rows are counted, codes are not averaged
    value = max(values, key=lambda m: m.score) if values else None  # the best-named number
    return {
        "x": group.column.name if group else None,
        "y": value.column.name if value else None,
        "period": _period(group),
    }


def _chart_roles(h: Hints, catalog: Catalog, frame: str) -> dict[str, Any]:
    ms = h.mentions
    if len(ms) >= 2:
        return _pair_roles(h, "chart", catalog, frame)
    if len(ms) == 1:
        c = ms[0].column
        time = catalog.time_column(frame)
        if c.numeric and (
            h.time_axis or h.chart == "line" or (h.chart is None and h.plot_verb and time is not None and time.is_date)
        ):
            return {"x": time.name if time is not None and time != c else None, "y": c.name, "period": None}
        named_x = next((n for n in catalog.numeric(frame) if n.name.lower() == "x" and n != c), None)
        if c.numeric and h.chart is None and named_x is not None:
            return {"x": named_x.name, "y": c.name, "period": None}  # "plot growth": against the column x
        if c.numeric and h.chart == "scatter":
            x = _x_for(c, catalog, frame, prefer_time=False)
            return {"x": x.name if x is not None else None, "y": c.name, "period": None}
        if c.numeric:
            return {"x": None, "y": c.name, "period": None}
        return {"x": c.name, "y": None, "period": _period(ms[0])}
    x, y = _default_pair(catalog, frame)
    return {"x": x.name if x else None, "y": y.name if y else None, "period": None}


def _chart_kind(req: Request, catalog: Catalog, requested: str | None) -> None:
    """Choose the chart from the column types, unless one was asked for; fix roles that chart cannot use."""
    x, y = catalog.get(req.frame, req.x), catalog.get(req.frame, req.y)
    if y is not None and not y.numeric and x is None:
        req.x, req.y, x, y = req.y, None, y, None  # one label column: counts per value
    kind = requested
    if kind is None:
        if x is not None and y is not None:
            kind = "bar" if (y.categorical or x.categorical) else ("line" if x.time else "scatter")
        elif y is not None:
            kind = "hist"
        else:
            kind = "bar"
    if x is not None and x.id_like and kind in ("hist", "box"):
        req.x, x = None, None  # a record code names rows: it never groups a distribution
    if kind == "hist" and x is not None and x.categorical and y is not None:
        kind = "box"  # "distribution of revenue by city"
    if kind in ("hist", "box") and y is None and x is not None and x.numeric:
        req.x, req.y = None, req.x
    if kind == "box" and x is not None and not x.categorical:
        req.x = None
    if kind == "hist":
        req.x = None
    if kind == "line" and x is None:
        time = catalog.time_column(req.frame)
        req.x = time.name if time is not None and time.name != req.y else None
    if kind == "scatter" and x is None and y is not None:
        other = _x_for(y, catalog, req.frame, prefer_time=False)
        req.x = other.name if other is not None else None
    if kind == "bar" and req.x is None and y is not None:
        labels = [c for c in catalog.of(req.frame) if c.categorical]
        group = labels[0] if labels else catalog.time_column(req.frame)  # "a bar chart of revenue": per label
        req.x, x = (group.name, group) if group is not None else (None, None)
    if kind == "bar" and x is not None and x.is_date and req.period is None:
        req.period = "M"
    req.chart = kind


def _replace_column(req: Request, mention: Mention, catalog: Catalog, question: str = "") -> None:
    """For "same for Z": Z takes the place of the column of its own kind (labels and dates x, numbers y)."""
    column = mention.column
    by_said = re.search(r"\b(?:by|per|for\s+each|each)\s+$", question[: mention.start].lower()) is not None
    if req.intent == "overview":
        req.columns = [column.name]
    elif req.intent == "corr_matrix":
        return
    elif req.intent == "stat" and (column.categorical or (column.few_values and by_said)):
        # "average humidity", then "compare stations"; "and by gender?" of a coded 0/1/2 gender too
        req.intent, req.x, req.period = "groupby", column.name, None
        req.filters = [f for f in req.filters if not (f["column"] == column.name and f["op"] == "==")]
    elif req.intent in ("most_correlated", "stat") or column.numeric:
        req.y = column.name
    else:
        req.x, req.period = column.name, (mention.period or req.period) if column.is_date else None


def _apply_modifiers(req: Request, h: Hints, last: Request | None) -> None:
    if h.fit in ("poly",):
        req.fit, req.degree = "poly", h.degree or (last.degree if last and last.fit == "poly" else 2)
    elif h.fit == "linear":
        req.fit, req.degree = "linear", 1
    elif h.fit in ("exp", "log", "power"):
        req.fit = h.fit
    elif h.fit == "any" and not req.fit:
        req.fit = "linear"
    if req.fit == "poly" and req.degree <= 1:
        req.fit, req.degree = "linear", 1
    req.degree = min(req.degree, MAX_DEGREE)
    if h.log == "y":
        req.log_y = True
    elif h.log == "x":
        req.log_x = True
    elif h.log == "both":
        req.log_x = req.log_y = True
    elif h.log == "off":
        req.log_x = req.log_y = False
    if (h.agg and h.agg not in ("min", "max")) or (h.agg in ("min", "max") and req.intent in ("groupby", "stat")):
        req.agg = h.agg
    if h.n is not None:
        req.n = min(h.n, MAX_ROWS)
    if h.extreme:
        req.order = h.extreme
    if h.clear_filters:
        req.filters = []
    for new in h.filters:
        req.filters = [f for f in req.filters if _filter_key(f) != _filter_key(new)]
        req.filters.append(new)


# "the single highest", "highest single", "biggest individual": one row's value, not a group's mean
_SINGLE = re.compile(
    r"\b(?:single|individual)\s+(?:\w+est|most|least)\b|\b(?:\w+est|most|least)\s+(?:single|individual)\b"
    r"|\b(?:in|for|during)\s+(?:a|one)\s+single\s+[a-z]+"  # "the highest points per game in a single season"
)


# "caught the heaviest pike": a superlative said of one thing, a value the rows are kept to (Species = PIKE)
_EST_OF_ONE = re.compile(r"\bthe\s+(?:\w+est|best|worst)\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)


def _one_of_a_value(h: Hints) -> bool:
    """The heaviest pike, the priciest Tesla: one row's value, the single one, when the noun is a value kept."""
    said = _EST_OF_ONE.search(h.question)
    if said is None or said["noun"].lower() in ("average", "mean", "median", "total", "overall", "typical"):
        return False
    noun = said["noun"].lower()
    return any(isinstance(f.get("value"), str) and f["value"].strip().lower() == noun for f in h.filters)


def _filter_key(f: dict[str, Any]) -> tuple[str, str | None]:
    """Filters with the same key replace each other.

    A new date range replaces the old one ("only 2021" after "since 2022"); a month and a year add up.
    """
    part = f.get("part")
    return f["column"], "range" if part in ("date", "year") else part


def _follow_up(h: Hints, intent: str | None, last: Request, catalog: Catalog) -> Request:
    req = Request.from_dict(last.to_dict())
    req.repair = 0
    # "and for software engineers?" after "... for data scientists": the value of the column filtered last time,
    # when that column holds it too (Software Engineer is a title as well as a level)
    said = {f["column"] for f in last.filters if f["op"] == "==" and f.get("part") is None}
    for f in h.filters:
        if f["op"] != "==" or f.get("part") is not None or f["column"] in said or not isinstance(f["value"], str):
            continue
        holders = [c for c in said if (c0 := catalog.get(last.frame, c)) is not None and f["value"] in c0.values]
        if len(holders) == 1:
            f["column"] = holders[0]
    strong = (
        "fit",
        "best_fit",
        "correlation",
        "most_correlated",
        "corr_matrix",
        "overview",
        "rows",
        "top",
        "extreme",
        "groupby",
    )
    if intent in strong:
        req.intent = intent
    elif intent == "stat" and (last.intent not in ("groupby", "top", "extreme", "chart") or not _bare_follow_up(h)):
        req.intent = "stat"  # "average instead" changes the last chart's aggregate; "what is the average" does not
    elif intent == "chart" and (last.intent not in _KEEP_ON_CHART or h.chart not in (None, "bar", "line")):
        req.intent = "chart"  # a group-by stays one when redrawn as bars or a line
    if (
        h.power_word
        and h.fit is None
        and last.intent in ("fit", "best_fit")
        and not any(m.via == "name" for m in h.mentions)
    ):
        req.intent, req.fit = "fit", "power"
    if req.intent == "best_fit":
        req.fit = None
    if req.intent != "fit":
        req.fit = None
    if len(h.mentions) >= 2:
        roles = (
            _group_roles(h, catalog, req.frame)
            if req.intent in _GROUP_INTENTS
            else _pair_roles(h, req.intent, catalog, req.frame)
        )
        if req.intent in _GROUP_INTENTS and roles["x"] is None and req.intent == last.intent:
            roles = {**roles, "x": req.x, "period": req.period}  # no group named: the last grouping stays
        req.x, req.y, req.period = roles["x"], roles["y"], roles["period"]
    elif h.mentions:
        counted = last.y is None and last.agg == "count"
        _replace_column(req, h.mentions[0], catalog, h.question)
        if counted and req.y is not None and not h.agg:
            req.agg = None  # rows counted per group last time; a measure named now takes its own aggregate
    if req.intent == "top" and req.n is None:
        req.n = 5
        req.x = None  # "what was the largest increase in sleep?": one maximum, not the last grouping's
    if (
        req.intent == "extreme"
        and req.x is not None
        and re.match(r"\W*(?:and\s+)?who\b", h.question, re.I)
        and any(f["column"] == req.x and f["op"] == "==" for f in h.filters)
    ):
        req.x = None  # "and who was the fastest woman?" after men vs women: one of her group's rows, not the group
    if req.intent in ("groupby", "top", "extreme") and req.agg is None:
        req.agg = default_agg(catalog.get(req.frame, req.y))
    _apply_modifiers(req, h, last)
    if req.intent in _PAIR_INTENTS and req.y is None:
        x, y = _default_pair(catalog, req.frame)  # e.g. "fit a line" right after listing rows
        req.x, req.y = (x.name if x else None), (y.name if y else None)
    y = catalog.get(req.frame, req.y)
    if req.intent in _PAIR_INTENTS and req.x is None and y is not None:
        x = _x_for(y, catalog, req.frame, prefer_time=False)  # e.g. a fit right after a histogram
        req.x = x.name if x is not None else None
    if req.intent == "chart":
        _chart_kind(req, catalog, h.chart or (req.chart if not h.mentions else None))
    elif req.intent == "groupby" and h.chart:
        req.chart = h.chart
    return req


def _count_yes(req: Request, h: Hints) -> None:
    """A yes/no column named as the thing counted per group ("number of advisories issued at each beach").

    The rows where it says yes are counted, not every row of the group.
    """
    from .kinds.base import positive_value  # the kinds import this module's Request (through code)

    for m in h.mentions:
        c = m.column
        if c.name == req.x or not c.categorical or c.id_like or any(f["column"] == c.name for f in req.filters):
            continue
        group = next((g for g in h.mentions if g.column.name == req.x), None)
        if group is not None and group.start >= m.end and not h.question[m.end : group.start].strip():
            continue  # "vehicle makes": a word of the groups' own noun, not rows marked yes
        yes = positive_value(c, h.question)
        if yes is not None and (h.by is None or m.start < h.by):
            req.filters.append({"column": c.name, "op": "==", "value": yes, "part": None})
            return


_WHAT_ABOUT = re.compile(r"^\W*(?:and|what\s+about|how\s+about|same\s+with)\b", re.IGNORECASE)


def _bare_follow_up(h: Hints) -> bool:
    """A turn that refers back, or only names another aggregate ("what about the mean?"): the same grouping."""
    return h.refers_back or (not h.mentions and bool(_WHAT_ABOUT.search(h.question)))


def _new(h: Hints, intent: str, catalog: Catalog, frame: str, last: Request | None) -> Request | str:
    req = Request(intent=intent, frame=frame)
    names = [m.column for m in h.mentions]
    if intent in _PAIR_INTENTS:
        if intent == "correlation" and len(names) == 1:
            req.intent, req.y = "most_correlated", names[0].name
        else:
            roles = _pair_roles(h, intent, catalog, frame)
            req.x, req.y = roles["x"], roles["y"]
    elif intent in _GROUP_INTENTS:
        roles = _group_roles(h, catalog, frame)
        req.x, req.y, req.period = roles["x"], roles["y"], roles["period"]
        if req.x is None and req.y is not None and intent in ("extreme", "top"):
            # "which user walked the most in total": the one code that repeats over the rows (Id), each a person
            who = re.search(r"\b(?:which|what)\s+(?P<w>[a-z]+)\b|^\W*who\b", h.question, re.IGNORECASE)
            person = who is not None and (who.group("w") is None or stem(who.group("w").lower()) in PERSONS)
            # (a code unique to each row gives each row's own figure: the same answer)
            codes = [c for c in catalog.of(frame) if c.id_like]
            # (a player's name beside the UUID: the name says who, the code only tells them apart)
            named = [
                c
                for c in catalog.of(frame)
                if c.categorical and not c.id_like and c.stems and c.stems[-1] in PERSONS | {"name", "username"}
            ]
            if person and len(codes) == 1 and codes[0].name != req.y:
                req.x = named[0].name if len(named) == 1 and named[0].name != req.y else codes[0].name
        if (
            h.rows_word
            and req.intent in ("extreme", "top")
            and h.agg != "count"  # "which year had the most records" counts them by year
            and not any(m.column.categorical for m in h.mentions)
        ):
            req.x = None  # "which row has the highest price": a row, not a group
        if (
            req.y is None
            and h.agg != "count"
            and last is not None
            and last.frame == frame
            and last.y
            and last.agg != "count"  # ("how many highlights", then "which book have i highlighted the most")
            # ("what month did we post the most": Post Text said, the posts counted, not the last measure)
            and all(m.column.name == req.x or (m.column.numeric and not m.column.id_like) for m in h.mentions)
            and (h.refers_back or h.same_for or not _unexplained(h))
            and not _doing_counted(h, catalog.get(frame, last.y))
        ):
            req.y = last.y  # "and the median?": the measure of the last question (not for "the crime rate")
        if (
            intent == "extreme"
            and req.x is not None
            and req.y is not None
            and re.search(r"\b(?:anyone|anybody|ever)\b", h.question, re.I)
            and not re.search(r"\b(?:who|which|whose)\b", h.question, re.I)
        ):
            req.x = None  # "highest series anyone bowled": the one highest row, whoever bowled it
        if req.y is None and intent in ("extreme", "top") and h.agg == "mean":
            # "who has the best average" of a league sheet: its own Avg column, each one's average kept there
            kept = [c for c in catalog.numeric(frame) if c.significant in (("avg",), ("average",)) and not c.id_like]
            req.y = kept[0].name if len(kept) == 1 else None
        if req.y is None and intent == "extreme" and _fresh_extreme(h) and h.agg != "count":  # counts count rows
            sole = _sole_measure(catalog, frame)
            req.y = sole.name if sole is not None else None
        if req.y is None and intent in ("extreme", "top") and h.agg == "sum" and req.x is not None:
            sole = _sole_measure(catalog, frame)  # "which state produced the most beer": the amount, barrels
            req.y = sole.name if sole is not None and sole.name != req.x else None
        if intent == "top":
            req.n = min(h.n or 5, MAX_ROWS)
        if req.y is None and not h.agg and intent in ("extreme", "top") and req.x and _panel(catalog, frame):
            # "top 5 states for bottles and cans" where every state has a row per year and type: by the amount
            sole = _sole_measure(catalog, frame)
            if sole is not None and sole.name != req.x:
                req.y, h.agg = sole.name, "sum"
        if req.y is None and not h.agg and intent in ("extreme", "top") and _harm_log(h.question, catalog, frame):
            # "what year was the worst" of a file of shootings: the year with the most of them
            h.agg, h.extreme, req.order = "count", "max", "max"
        if req.y is None and not h.agg and intent in ("extreme", "top") and _judged(h):
            return "measure"  # "which route is the worst?", "which page performs best?": by a measure not said
        req.agg = h.agg if h.agg else default_agg(catalog.get(frame, req.y))
        if _day_of_peak(h, req, catalog, frame) or (
            intent in ("extreme", "top") and req.y and req.x and (_SINGLE.search(h.question) or _one_of_a_value(h))
        ):
            # the day of the highest reading, its peak; "which county had the single highest AADT": its top row
            req.agg = "min" if h.extreme == "min" else "max"
        if req.y is None and req.x and req.agg == "count":
            _count_yes(req, h)
        if intent == "groupby" and h.agg and req.y and _identifier(catalog.get(frame, req.x), catalog, frame):
            # "average assault across the states", one row per state: the labels name rows, not groups
            req.intent, req.x, req.agg = "stat", None, h.agg
        elif intent == "groupby" and req.x is None:
            return "group"
    elif intent == "most_correlated":
        nums = [c for c in names if c.numeric]
        req.y = nums[0].name if nums else (last.y if last is not None and last.frame == frame else None)
    elif intent == "corr_matrix":
        num_names = [c.name for c in names if c.numeric]
        req.columns = num_names if len(num_names) >= 2 else []
    elif intent == "overview":
        req.columns = [c.name for c in names]
    elif intent == "stat":
        req.agg = h.agg
        picks = [c for c in names if c.numeric] or names
        several = list(dict.fromkeys(c.name for c in picks if c.numeric and not c.id_like and not c.is_date))
        if h.agg in ("mean", "median") and len(several) >= 3 and not h.filters:
            # "the average math, reading and writing scores": each described, mean and median side by side
            req.intent, req.columns, req.agg = "overview", several, None
            return req
        req.y = picks[0].name if picks else None
        # "how many plays are in here total", "how many rows in total": the rows, when no column is said
        # ("how many events did the cameras pick up in total": the events, which no column names, counted)
        rows_asked = re.match(
            r"\W*how\s+many\s+(?P<noun>[a-z]+)\s+(?:(?:are|is)\s+(?:there|in\s+(?:here|this|the\s+file))\b"
            r"|(?P<total>(?:\w+\s+){0,6}?(?:in\s+total|altogether|all\s+told)\W*$))",
            h.question,
            re.I,
        )
        if rows_asked is not None and rows_asked["total"] and stem(rows_asked["noun"].lower()) not in ROW_WORDS:
            rows_asked = None  # ("how many asylum applications ... in total": the Applied figures, added up)
        if rows_asked and h.agg == "sum" and not any(c.numeric for c in names):
            req.y = None  # (the cameras said, a label: they pick the events up, they are not counted)
        if req.y is None and (h.agg == "count" or (h.agg == "sum" and rows_asked)):
            req.intent, req.agg = "rows", "count"
        elif req.y is None and last is not None and last.frame == frame and not _unexplained(h):
            req.y = last.y
    elif intent == "chart":
        roles = _chart_roles(h, catalog, frame)
        req.x, req.y, req.period = roles["x"], roles["y"], roles["period"]
        if req.y and len(names) == 1 and h.agg:
            req.agg = h.agg
    _apply_modifiers(req, h, None)
    y = catalog.get(frame, req.y)
    if req.period == "WE" and req.intent in ("chart", "groupby") and (y is None or y.numeric):
        # "do we sell more on weekdays or at the weekend?": the two kinds of day set side by side
        req.intent, req.chart, req.agg = "groupby", None, h.agg or default_agg(y)
    elif req.period in CLOCK_PERIODS and not h.agg and req.y:
        req.agg = "mean"  # "what time of day is usage highest": a typical hour, not a total over the days
        if y is not None and y.additive and _TAKEN_IN.search(h.question):
            req.agg = "sum"  # "which day of the week brings in the most money": all it took in, every such day
    if req.intent == "chart":
        _chart_kind(req, catalog, h.chart)
    elif req.intent == "groupby" and h.chart:
        req.chart = h.chart
    return req


_TAKEN_IN = re.compile(
    r"\b(?:brings?|brought|bringing|takes?|took|taking)\s+in\b|\b(?:made|makes|earns?|earned|sold|sells?)\s+(?:the\s+)?"
    r"(?:most|least)\b|\b(?:most|least)\s+(?:money|revenue|sales|income)\b",
    re.I,
)


def _people_code(h: Hints, catalog: Catalog, frame: str) -> str | None:
    """The code that names each person counted ("how many athletes ...": ID repeats over their events), or None."""
    said = re.search(r"\bhow\s+many\s+(?:different\s+|distinct\s+|unique\s+)?(?P<noun>[a-z]+)", h.question, re.I)
    if said is None or stem(said["noun"].lower()) not in PERSONS:
        return None
    codes = catalog.repeating_codes(frame)
    named = [c for c in catalog.of(frame) if c.categorical and set(c.stems) & {"name", stem(said["noun"].lower())}]
    own = [c for c in codes if stem(said["noun"].lower()) in c.stems]
    # a bare ID beside the people's names ("ID", "Name"): each person's code
    found = own or ([c for c in codes if c.stems in (("id",),)] if named else [])
    return found[0].name if len(found) == 1 else None


_TYPICAL_PER = re.compile(
    r"\b(?:average|avg|mean|median|typical)\s+(?:daily|weekly|monthly|yearly|hourly|annual)\b", re.I
)


def build_request(h: Hints, catalog: Catalog, frame: str, last: Request | None) -> Request | str | None:
    """The request a question makes.

    A `Request`; None if it asks for nothing offline can do; or the name of the missing piece ("group").
    """
    req = _build_request(h, catalog, frame, last)
    if isinstance(req, Request) and last is not None and _CONTINUES.search(h.question):
        new_x, old_x = catalog.get(req.frame, req.x), catalog.get(last.frame, last.x)
        if (
            new_x is not None
            and old_x is not None
            and new_x != old_x
            and new_x.year_like
            and old_x.year_like
            and any(m.column == new_x and m.word.lower() in ("year", "years") for m in h.mentions)
        ):
            req.x = old_x.name  # "and the median price each year?" after sales per YrSold: the same years
    if isinstance(req, Request):
        _rows_of_filter(req, h, catalog, frame)
    if isinstance(req, Request) and req.intent == "rows" and req.filters and req.y is None:
        req.y = _people_code(h, catalog, frame)  # each person once, not each of their rows
    code = catalog.get(frame, req.y) if isinstance(req, Request) and req.y else None
    if (
        isinstance(req, Request)
        and code is not None
        # (Respondent alone, whole numbers: each row's number, not a count of people such as enrolled students)
        and (code.id_like or (code.stems[:1] == code.stems[-1:] and set(code.stems) & PERSONS and not code.additive))
        and code.formula is None
        and "int" in code.dtype
        and req.x
        and req.intent in ("extreme", "top", "groupby")
        and req.agg in (None, "mean")
        and re.search(r"\b(?:most|fewest|least)\b", h.question, re.I)
    ):
        req.y, req.agg = None, "count"  # "which language do the most people work with": rows, never a mean code
    if isinstance(req, Request):
        for rule in _SETTLING:  # in this order: each reads what the one before settled
            rule(req, h, catalog, frame)
    hour = catalog.get(frame, req.x) if isinstance(req, Request) and req.x else None
    if (
        isinstance(req, Request)
        and hour is not None
        and req.intent == "groupby"
        and req.agg in ("mean", "median")
        and hour.numeric
        and {"hr", "hour"} & set(hour.stems)
        and (hour.low, hour.high) == (0, 23)
        and re.search(r"\bper\s+hour\b", h.question, re.I)
        and not re.search(r"\b(?:each|every|by|which|what)\s+hour|\bhour\s+of\s+(?:the\s+)?day\b", h.question, re.I)
    ):
        # "average number of rentals per hour" on rows of one hour each: the average row, not one per clock hour
        req.intent, req.x, req.chart = "stat", None, None
    if (
        isinstance(req, Request)
        and req.intent == "groupby"
        and req.period
        and req.agg in ("mean", "median")
        and req.y
        and _TYPICAL_PER.search(h.question)
        and not re.search(r"\b(?:by|per|each|every|over\s+time|plot|chart|graph|trend)\b", h.question, re.I)
    ):
        # "the average daily sales": one typical day's figure over the rows, not a table of every day
        req.intent, req.x, req.period, req.chart = "stat", None, None, None
    if (
        isinstance(req, Request)
        and req.period == "MOY"
        and any(f["column"] == req.x and f.get("part") == "year" and f["op"] == "==" for f in req.filters)
    ):
        req.period = "M"  # "in 2024 which month": that year's months, each named with its year
    if isinstance(req, Request) and req.agg == "sum" and req.y:
        y = catalog.get(req.frame, req.y)
        if y is not None and not y.additive and set(y.stems) & {"percent", "pct"}:
            # "whats her hitting percentage overall" after the most kills (summed): a percentage is averaged
            req.agg = "mean"
    return req


# "how many business miles": an amount named after up to two words (the values that pick its rows)
_COUNTED_AFTER_VALUES = re.compile(r"\b(?:how\s+many|number\s+of)\s+(?:[a-z]+\s+){0,2}$", re.I)


def _rows_of_filter(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """The rows kept by the filter, for "how many customers pay cash on delivery".

    Not a count of a column that has a value on every row (CashbackAmount), nor a sum of the label filtered on.
    """
    measured = catalog.get(frame, req.y) if req.y else None
    if measured is None or req.intent != "stat" or not req.filters or measured.formula is not None:
        return
    said = next((m for m in h.mentions if m.column == measured), None)
    amount = (  # "how many business miles did i drive": the Miles of those rows add up
        measured.additive
        and said is not None
        # (or its words said apart: "how many motorcycle tests were given" of TESTS GIVEN)
        and (said.score >= 90 or (said.via == "scattered" and said.score >= 85))
        and _COUNTED_AFTER_VALUES.search(h.question[: said.start]) is not None
    )
    complete_count = (
        req.agg == "count"
        and measured.numeric
        and measured.complete
        and all(f["column"] != req.y for f in req.filters)
        and not amount
    )
    label_counted = (
        not measured.numeric
        and all(f["column"] == req.y for f in req.filters)
        and re.search(r"\bhow\s+many\b|\bnumber\s+of\b", h.question, re.I) is not None
    )
    if complete_count or label_counted:
        req.intent, req.y, req.agg = "rows", None, "count"
    elif amount and req.agg == "count" and said is not None and said.via == "scattered":
        req.agg = "sum"  # "how many motorcycle tests were given": the TESTS GIVEN of those rows, added up


def _rows_said_of_column(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """Said "how many <word of a column> <thing>", counts the things (rows), not the column's filled cells.

    "how many vacant buildings are on the list": the buildings, not the rows with DAYS_VACANT set.
    """
    counted = catalog.get(frame, req.y) if req.y else None
    if req.intent != "stat" or req.agg != "count" or counted is None or counted.formula is not None:
        return
    said = next((m for m in h.mentions if m.column == counted), None)
    if said is None or not re.search(r"\bhow\s+many\s+$", h.question[: said.start], re.I):
        return
    after = re.match(r"\s+([a-z]{3,}s)\b", h.question[said.end :], re.I)
    modifier = (
        after is not None
        and stem(after.group(1).lower()) not in counted.stems
        and after.group(1).lower() not in STOP
        and not counted.additive
    )
    if modifier:
        req.intent, req.y = "rows", None


def _rows_not_column(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """A count of a column without blanks is the count of rows.

    "Which hour has the most crashes" names no column, so the reading should not either (launch_year for
    "launched", CRASH_DAY_OF_WEEK for "day").
    """
    counted = catalog.get(frame, req.y) if req.y else None
    if (
        counted is not None
        and counted.complete
        and req.agg == "count"
        and req.intent in _GROUP_INTENTS
        and counted.formula is None
    ):
        req.y = None


_ADDED_UP = re.compile(
    r"\b(?:burn(?:ed|t)?|ate|eaten|consumed|logged|walked|ran|rode|drove|cycled|swam|climbed|took|taken"
    r"|rack(?:ed)?\s+up|earned|collected|accumulated|given|administered)\b",
    re.I,
)


def _counts_added(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """The counts of a column added up, not rows counted: "how many asylum seekers were in germany"."""
    tally = next(
        (
            m.column
            for m in h.mentions
            if (
                m.score >= 90
                or (m.via == "synonym" and m.score >= 55)
                # "how many people unsubscribed": the verb of a one-word count (Unsubscribes)
                or (len(m.column.stems) == 1 and same_word(m.word.lower(), m.column.stems[0]))
                # "how many reward points have i racked up": Points Earned, every point counted
                or (
                    len(m.column.stems) == 2
                    and m.column.stems[1] in WHOLE_TAIL
                    and stem(m.word.lower()) == m.column.stems[0]
                )
            )
            and m.column.whole_count
            # (only a count that adds up: Chick 1-50, each chick's number on its rows, counts no chicks; or one
            # that a verb of doing adds up: "how many calories did i burn", "how many steps have i walked")
            and (m.column.additive or _ADDED_UP.search(h.question) is not None)
            # ("how many people died": the deaths of a Deaths column, added up)
            # (and "how many babies were born": the births of a Births column, said by the verb after the thing)
            and re.search(
                r"\bhow\s+many\s+(?:total\s+)?(?:(?:people|persons|individuals)\s+"
                r"|[a-z]+\s+(?:were|was|got|have\s+been|had\s+been)\s+|reward\s+|bonus\s+|loyalty\s+)?$",
                h.question[: m.start],
                re.I,
            )
        ),
        None,
    )
    averaged = h.agg in ("mean", "median")  # "how many putts a round on average": each row's count, averaged
    # "how many nights do people usually stay": each row's count named in full, typically (its mean)
    usual = re.search(r"\b(?:usually|typically|normally|generally)\b", h.question, re.I)
    named_whole = tally is not None and any(m.column == tally and m.score >= 90 and m.via == "name" for m in h.mentions)
    # (a value said keeps its rows: "how many views does a video usually get")
    here = (
        all(f.get("op") == "==" for f in h.filters)
        and req.intent in ("rows", "stat")
        and req.y in (None, tally.name if tally else None)
    )
    if tally is not None and usual and named_whole and here:
        req.intent, req.y, req.agg = "stat", tally.name, "mean"
        return
    # "how many miles do guests usually drive": the unit said of the one column kept in it, each row's, typically
    unit_said = next(
        (
            m.column
            for m in h.mentions
            if m.column.numeric
            and not m.column.id_like
            and stem(m.word.lower()) in _UNITS_SAID
            and re.search(r"\bhow\s+many\s+$", h.question[: m.start], re.I)
        ),
        None,
    )
    if unit_said is not None and usual and not h.filters and req.intent in ("rows", "stat"):
        req.intent, req.y, req.agg = "stat", unit_said.name, "mean"
        return
    if tally is None:
        # "how many miles was the route 66 trip": the unit said of a distance kept in it (Miles From Previous)
        tally = next(
            (
                m.column
                for m in h.mentions
                if m.column.numeric
                and not m.column.id_like
                and m.column.significant[:1] == (stem(m.word.lower()),)
                and stem(m.word.lower()) in {"mile", "km", "kilometer", "kilometre", "hour", "minute", "calorie"}
                and re.search(r"\bhow\s+many\s+$", h.question[: m.start], re.I)
            ),
            None,
        )
    if tally is not None and req.intent in ("rows", "stat") and req.y in (None, tally.name) and not averaged:
        req.intent, req.y, req.agg = "stat", tally.name, "sum"


_UNITS_SAID = frozenset(
    {"mile", "km", "kilometer", "kilometre", "hour", "minute", "calorie", "kwh", "pound", "lb", "kg"}
)


def _sides_apart(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """One figure for each side, not both together: "repair cost on A roads compared to unclassified roads"."""
    sides = [f for f in req.filters if f["op"] == "in" and isinstance(f["value"], list)]
    said = re.search(r"\bcompared?\s+(?:to|with)\b|\bvs\.?(?!\w)|\bversus\b|\bagainst\b", h.question, re.I)
    if req.intent == "stat" and req.y and len(sides) == 1 and len(sides[0]["value"]) >= 2 and said:
        req.intent, req.x = "groupby", sides[0]["column"]
    elif (
        req.intent == "rows"
        and len(sides) == 1
        and len(sides[0]["value"]) >= 2
        and said
        and re.search(r"\bhow\s+many\b", h.question, re.I)
    ):
        # "how many marvel characters are there vs dc?": the rows of each side counted
        req.intent, req.x, req.agg, req.y = "groupby", sides[0]["column"], "count", None


def _codes_counted(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """Rows counted, never a record code averaged ("iphone users" is no mean of User ID)."""
    ident = catalog.get(frame, req.y) if req.y else None
    if (
        ident is not None
        and ident.id_like
        and ident.numeric
        and req.agg in ("mean", "median", "sum", "std")
        and req.intent in (*_GROUP_INTENTS, "stat")
        and not any(m.column == ident and m.via == "name" for m in h.mentions)
    ):
        req.y, req.agg = None, "count"


def _row_of_code(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """The row itself when a code is on each row: "which set has the most pieces" is World Map, by its name."""
    code_x = catalog.get(frame, req.x) if req.x else None
    if (
        code_x is not None
        and req.intent == "extreme"
        and req.y
        and req.agg in ("mean", "sum", "max", "min", "median")
        and code_x.id_like
        and code_x.categorical
        and (code_x.n_unique or 0) >= catalog.rows.get(frame, 0) > 0
        and any({"name", "title"} & set(c.stems) for c in catalog.of(frame) if c.categorical and c != code_x)
    ):
        req.x = None


def _generic_added(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """A long table's one measure called value, added up where rows would be counted.

    With a Measure label ("how many pedestrians crossed", "which port has the most truck crossings") the values
    are what is counted; without one, a measure the question says but no column names ("top 5 countries by co2
    emissions") is that value.
    """
    generic = generic_measure(catalog, frame)
    if generic is None or req.y is not None:
        return
    labelled = any(
        # (or its unit, UNODC's Unit of measurement = Counts)
        (c := catalog.get(frame, f["column"])) is not None and set(c.stems) & (MEASURE_LABELS | {"unit"})
        for f in req.filters
    )
    if labelled and req.intent in ("rows", "stat", *_GROUP_INTENTS):
        req.y, req.agg = generic.name, "sum"
        if req.intent == "rows":
            req.intent = "stat"
    elif (
        req.agg == "count"
        and req.intent in (*_GROUP_INTENTS, "stat")
        and not _bare_follow_up(h)  # "and on weekends?" after rows counted: counted again, nothing unsaid
        and _unexplained(h)
        and not _COUNT_ASKED.search(h.question)
    ):
        req.y, req.agg = generic.name, "sum"


# "average usage per day", "more on weekends than weekdays per day": the total of each day, then their average
_AVERAGE_PER = re.compile(r"\b(?:average|avg|mean|typical)\b.*\b(?:per|a|each)\s+(?P<unit>day|week|month)\b", re.I)
_PERIOD_DAYS = {"D": 1, "WE": 1, "W": 7, "M": 30.4}


def _totals_per_period(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """The average per day of a quantity that adds up, on rows finer than days (half-hourly meter readings).

    The mean of the rows is a half hour's use; "per day" asks for each day's total, averaged.
    """
    said = _AVERAGE_PER.search(h.question)
    x, y = catalog.get(frame, req.x) if req.x else None, catalog.get(frame, req.y) if req.y else None
    if (
        said is None
        or req.intent not in ("groupby", "extreme")
        or req.agg != "mean"
        or x is None
        or y is None
        or not y.additive
    ):
        return
    unit = {"day": "D", "week": "W", "month": "M"}[said.group("unit").lower()]
    if not x.is_date or req.period not in (unit, "WE" if unit == "D" else unit):
        return
    periods = (x.days or 0) / _PERIOD_DAYS[req.period]
    if x.timed or (periods and catalog.rows.get(frame, 0) > 1.5 * periods):
        req.agg = "sum"


def _codes_once(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """Each value of a code that repeats once: "how many checklists have i submitted" (a row per species on one)."""
    code = catalog.get(frame, req.y) if req.y else None
    rows = catalog.rows.get(frame, 0)
    if req.intent != "stat" or req.agg != "count" or code is None or code.n_unique is None or code.numeric:
        return
    counted = any(
        m.column == code and re.search(r"\bhow\s+many\s+(?:different\s+|distinct\s+)?$", h.question[: m.start], re.I)
        for m in h.mentions
    )  # "how many checklists", not "how many sales used a coupon" (rows with a Coupon Code)
    named = re.findall(r"[a-z]+", code.name.lower())  # its own name's words: a glossary may read it otherwise
    if counted and (code.id_like or (named[-1:] and named[-1] in CODE_PARTS)) and code.n_unique < 0.98 * rows:
        req.intent = "rows"


def _ratio_of_totals(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """A made ratio of two amounts per group ("cost per lead by campaign"): each group's totals divided.

    Only when both parts add up over rows (money spent, leads won); a ratio of levels (price per square foot)
    stays the average of the rows' ratios.
    """
    y = catalog.get(frame, req.y) if req.y else None
    if (
        y is None
        or y.formula is None
        or y.formula[1] != "/"
        or not req.x
        or req.intent not in ("groupby", "extreme", "top", "chart")
        or req.agg not in (None, "mean")
    ):
        return
    a, b = catalog.get(frame, y.formula[0]), catalog.get(frame, y.formula[2])
    if a is not None and b is not None and a.additive and (b.additive or b.whole_count):
        req.agg = "ratio"


def _flag_counted(req: Request, h: Hints, catalog: Catalog, frame: str) -> None:
    """The rows a 0/1 flag marks ("how many episodes were rewatches"), not the episodes' numbers counted."""
    counted = catalog.get(frame, req.y) if req.y else None
    if req.intent != "stat" or req.agg != "count" or counted is None:
        return
    flags = [
        m.column
        for m in h.mentions
        if m.column.numeric and m.column.low == 0 and m.column.high == 1 and m.column.name != counted.name
    ]
    if len({c.name for c in flags}) == 1:
        req.y, req.agg = flags[0].name, "sum"


_SETTLING = (
    _rows_said_of_column,
    _rows_not_column,
    _flag_counted,
    _counts_added,
    _sides_apart,
    _codes_counted,
    _row_of_code,
    _generic_added,
    _totals_per_period,
    _codes_once,
    _ratio_of_totals,
)


# "where was that", "when was that one", "who was it": the place, time or person of the row just ranked first
_OF_THAT_ROW = re.compile(
    r"^\W*(?:and\s+|so\s+|ok\s+)?(?:where|when|who|which\s+\w+)\s+(?:was|is|[a-z]+ed|did|got|had|made|ran|won)\s+"
    r"(?:that|it|this)(?:\s+one)?"
    # "who bowled that and what week": the row's other details too
    r"(?:\s*,?\s*(?:and\s+)?(?:what|which|when|where)(?:\s+\w+)?)?\W*$",
    re.I,
)


def _build_request(h: Hints, catalog: Catalog, frame: str, last: Request | None) -> Request | str | None:
    if last is not None and last.intent == "extreme" and last.x is None and _OF_THAT_ROW.match(h.question):
        return copy.deepcopy(last)  # the same row again: its answer names it and shows every detail
    intent = _intent(h)
    named = {m.column.name for m in h.mentions} | {f["column"] for f in h.filters}
    years = [c for c in catalog.numeric(frame) if c.name in named and "year" in c.stems and not c.additive]
    if (
        intent in (None, "rows", "stat")
        and h.agg == "count"
        and re.search(r"\b(?:per|each|every|by|a)\s+year\b", h.question, re.I)
        and len(years) == 1
        and not any(m.column.numeric and m.column not in years for m in h.mentions)
    ):
        # "how many games were published per year from 2015 to 2020": a count for each year (of the years kept)
        return Request(intent="groupby", frame=frame, x=years[0].name, agg="count", filters=list(h.filters))
    generic = generic_measure(catalog, frame)
    value_of = (
        intent is None
        and generic is not None
        and re.match(r"\W*(?:and\s+|so\s+)?what(?:'s|s|\s+(?:is|was|were|are))\b", h.question, re.I) is not None
        and [m.column for m in h.mentions if m.via != "time"] == [generic]
        and generic.name not in {f["column"] for f in h.filters}
        # ("in 1960 and in 2022": two years asked, each its own figure, shown as rows)
        and all(f.get("op") == "==" and not isinstance(f.get("value"), list) for f in h.filters)
    )
    if value_of and generic is not None:
        # "what was germany's population in 2023" of a long table: its one figure for the rows named (each label
        # not named read at its total, where it keeps one), not the rows themselves
        return Request(
            intent="stat", frame=frame, y=generic.name, agg="sum" if generic.additive else "mean", filters=h.filters
        )
    if (
        intent is None
        and h.filters
        and (h.which or h.rows_word or (h.mentions and all(m.via == "time" for m in h.mentions)))
    ):
        intent = "rows"  # "which days were above 25 degrees": the rows themselves
    summed = catalog.get(frame, last.y) if last is not None and last.frame == frame and last.y else None
    if (
        intent in (None, "stat", "rows")
        and h.filters
        and not h.mentions
        and summed is not None
        and summed.additive
        and last is not None
        and last.agg == "sum"
        and last.intent == "stat"
        and re.search(r"\bhow\s+many\s+of\s+(?:them|those|these)\b", h.question, re.I)
    ):
        # "how many plays in total", then "and how many of them came through the embedded player?": the plays of
        # those rows, added up as before
        kept = [f for f in last.filters if f["column"] not in {g["column"] for g in h.filters}]
        return Request(intent="stat", frame=frame, y=summed.name, agg="sum", filters=[*kept, *h.filters])
    if (
        intent in (None, "stat")
        and h.filters
        and not h.mentions
        and re.search(r"\bhow\s+many\b", h.question, re.I)
        # ("how many violations does a restaurant get on average": the one number there is, of those rows)
        and not (h.agg in ("mean", "median") and len(_plain_numbers(catalog, frame)) == 1)
    ):
        intent = "rows"  # "how many chihuahuas are there?": the rows with a value, counted afresh
    if intent is None and _fresh_over_time(h):
        intent = "chart"  # "requests per month, going up or down?": a new look over time, not the last one regrouped
    follow = (
        last is not None
        and last.frame == frame
        and (
            (
                intent is None
                and (len(h.mentions) < 2 or h.same_for)
                # ("how has attendance changed per year" after money made: the people, a subject of its own)
                and not (_CROWD.search(h.question) and not h.same_for and last.agg != "count")
            )
            or h.same_for
            or (
                # "and tent campers?" after Yellowstone's RV campers: another measure of the same rows
                intent == "stat"
                and last.intent == "stat"
                and bool(last.filters)
                and not h.filters
                and len(h.mentions) == 1
                and h.mentions[0].column.numeric
                and _WHAT_ABOUT.search(h.question) is not None
            )
            or (
                # "how many women have been executed", then "how old were they on average": a measure of those rows
                intent == "stat"
                and last.intent in ("stat", "rows")
                and bool(last.filters)
                and not h.filters
                and len(h.mentions) == 1
                and h.mentions[0].column.numeric
                and re.search(r"\b(?:they|them|their|those|these)\b", h.question, re.I) is not None
            )
            or (
                not h.mentions
                and intent not in ("overview", "corr_matrix", "rows")
                and (h.refers_back or not _unexplained(h))  # "the average crime rate" names something else
            )
            or (
                # "and which one earns the least?" after a ranking: the same ranking, from the other end
                intent in ("extreme", "top")
                and last.intent in ("extreme", "top", "groupby")
                and last.x is not None
                # "which one needs the least rain?" after rain per crop: one of the groups just listed
                and (
                    (
                        _CONTINUES.search(h.question) is not None
                        and all(m.column.name in (last.y, last.x) for m in h.mentions)
                    )
                    # "and which one uses the most pesticides?": one of the groups, ranked by any measure
                    or (
                        re.match(r"\W*(?:and\s+|so\s+|ok\s+)?which\s+one\b", h.question, re.I) is not None
                        and all(m.column.name in (last.y, last.x) or m.column.numeric for m in h.mentions)
                    )
                )
            )
        )
    )
    if follow and last is not None:
        if intent is None and not (h.mentions or h.filters or h.log or h.clear_filters or h.same_for or h.power_word):
            return None
        return _time_of_day(
            _by_indicator(_by_named_values(_follow_up(h, intent, last, catalog), h, catalog, last), h, catalog),
            catalog,
        )
    if intent is None:
        if not h.mentions:
            if h.filters and last is None:
                return Request(intent="rows", frame=frame, filters=list(h.filters))
            return None
        intent = "chart"
    return _code_named(
        _named_rows(
            _time_of_day(
                _grouped_trend(
                    _crowd_counted(
                        _weighted_ranking(
                            _counted_by_label(
                                _common_ones(
                                    _rows_over_time(
                                        _per_period(
                                            _by_indicator(
                                                _by_named_values(
                                                    _new(h, intent, catalog, frame, last), h, catalog, last
                                                ),
                                                h,
                                                catalog,
                                            ),
                                            h,
                                            catalog,
                                        ),
                                        h,
                                        catalog,
                                    ),
                                    h,
                                    catalog,
                                ),
                                h,
                                catalog,
                            ),
                            catalog,
                        ),
                        h,
                        catalog,
                    ),
                    catalog,
                    h.question,
                ),
                catalog,
            ),
            catalog,
            h.question,
        ),
        catalog,
    )


_LABEL_PARTS = frozenset({"name", "label", "title", "description", "desc"})


def _code_named(req: Request | str, catalog: Catalog) -> Request | str:
    """Groups of a code shown by the name kept beside it: Luma's ticket_type_id by its ticket_name.

    A person asking "which ticket type" wants "General Admission", not "evtticktyp-1a9"; the name column shares
    the code's first word and has as many values.
    """
    if isinstance(req, str) or req.intent not in ("top", "extreme", "groupby") or req.x is None:
        return req
    x = catalog.get(req.frame, req.x)
    if x is None or not (x.id_like and x.categorical) or not x.stems or x.n_unique is None:
        return req
    names = [
        c
        for c in catalog.of(req.frame)
        if c.categorical
        and not c.id_like
        and c.stems[:1] == x.stems[:1]
        and set(c.stems) & _LABEL_PARTS
        and c.n_unique == x.n_unique
    ]
    if len(names) == 1:
        req.x = names[0].name
    return req


def _counted_by_label(req: Request | str, h: Hints, catalog: Catalog) -> Request | str:
    """A label after "by" is what is counted, the one before it is ranked ("top 5 breweries by total medals")."""
    if not isinstance(req, Request) or req.intent not in ("top", "extreme") or h.by is None:
        return req
    counted = re.match(r"\s*by\s+(?:the\s+)?(?:number|count|amount)\s+of\b", h.question[h.by :], re.IGNORECASE)
    before = [m for m in h.mentions if m.end <= h.by and m.column.categorical and not m.column.id_like]
    if counted and len(before) == 1:  # "top 5 companies by number of salary entries": rows counted per company
        req.x, req.y, req.agg = before[0].column.name, None, "count"
        return req
    before = [m for m in h.mentions if m.end <= h.by and m.column.categorical and not m.column.id_like]
    after = [m for m in h.mentions if m.start >= h.by]
    if (
        len(before) == 1
        and len(after) == 1
        and after[0].column.numeric
        and not after[0].column.id_like
        and req.x == after[0].column.name
        and req.intent == "top"
    ):  # "5 cheapest cities by cost of living plus rent": cities ranked by the measure
        measure = after[0].column
        req.x, req.y, req.agg = before[0].column.name, measure.name, "sum" if measure.additive else "mean"
        return req
    if len(before) != 1 or len(after) != 1 or not after[0].column.categorical or req.x != after[0].column.name:
        return req
    req.x, req.y, req.agg = before[0].column.name, None, "count"
    return req


def _time_of_day(req: Request | str, catalog: Catalog) -> Request | str:
    """An hour of the day read from the time kept beside a date (order_time), when the date holds no time."""
    if isinstance(req, str) or req.period != "H":
        return req
    x = catalog.get(req.frame, req.x)
    clocks = [c for c in catalog.of(req.frame) if c.time_of_day]
    if x is not None and x.is_date and "%H" not in (x.date_format or "") and len(clocks) == 1:
        req.x = clocks[0].name
    return req


_PER_PERIOD = re.compile(
    r"\b(?:(?:by|per|each|every|a)\s+(?P<unit>day|week|month|quarter|year)|(?P<ly>daily|weekly|monthly|quarterly|"
    r"yearly|annual|annually))\b(?!\s+of\s+(?:the\s+)?(?:week|month|year|day)\b)",  # not "by day of the week"
    re.IGNORECASE,
)


def _per_period(req: Request | str, h: Hints, catalog: Catalog) -> Request | str:
    """A measure over time said per calendar period ("monthly revenue", "revenue over time by month").

    One point per period: the total of a quantity that adds up (revenue, units), the mean of a level
    (temperature, price), drawn as a line; not the line of every row.
    """
    if not isinstance(req, Request) or req.intent != "chart" or req.chart not in (None, "line"):
        return req
    said = _PER_PERIOD.search(h.question)
    x, y = catalog.get(req.frame, req.x), catalog.get(req.frame, req.y)
    if said is None or x is None or y is None or not x.is_date or not y.numeric or y.id_like:
        return req
    if any(m.via != "time" and m.start < said.end() and said.start() < m.end for m in h.mentions):
        return req  # "level by day" where day is the date column's own name: every row, not a period
    req.intent, req.chart = "groupby", "line"
    req.period = PERIOD_CODES[(said.group("unit") or said.group("ly")).lower()]
    req.agg = "sum" if y.additive else "mean"
    return req


_CONTINUES = re.compile(r"^\W*(?:and|what\s+about|how\s+about|now|also|then|only|just|same|but)\b", re.I)
_TREND = re.compile(r"\b(?:going\s+(?:up|down)|trend(?:ing)?|over\s+time|rising|falling|growing|declining)\b", re.I)


_IT_TRENDS = re.compile(
    r"\b(?:is|are|was|were|has|have)\s+(?:it|they|this|that|those)\s+(?:been\s+)?"
    r"(?:going|gone|trending|rising|falling|growing|declining|increasing|decreasing|dropping)\b",
    re.I,
)
_BACK_WORDS = re.compile(r"\b(?:that|it|this|those|the\s+(?:last|previous|same)|again|instead)\b", re.I)


def _fresh_over_time(h: Hints) -> bool:
    """A question about how something goes over calendar periods that does not continue the last one."""
    # "is it going up?" asks about the counts the same question names, not about the last answer
    back = h.refers_back and _BACK_WORDS.search(_IT_TRENDS.sub(" ", h.question))
    if back or h.same_for or _CONTINUES.search(h.question) or h.filters:
        return False
    if not (_PER_PERIOD.search(h.question) and _TREND.search(h.question)):
        return False
    return all(m.via == "time" or m.column.is_date for m in h.mentions)


_COUNT_NAMES = frozenset({"count", "counts", "n", "freq", "frequency", "number", "cases", "births"})


_MEAN_EACH = re.compile(r"\b(?:average|mean|avg)\b.*\b(?P<each>for\s+each|for\s+every|per|by|at\s+each)\b", re.I)


def _grouped_trend(req: Request | str, catalog: Catalog, question: str = "") -> Request | str:
    """A correlation with a column of a few labels ("does engagement go up with tenure band?"): the mean per label.

    A coefficient needs two numeric columns; with bands or levels the honest answer is the mean at each of them.
    """
    if not isinstance(req, Request) or req.intent != "correlation":
        return req
    x, y = catalog.get(req.frame, req.x), catalog.get(req.frame, req.y)
    if x is not None and y is not None and x.numeric and y.numeric and _MEAN_EACH.search(question):
        # "does alcohol go up with quality? the average alcohol for each score": means per value of the few-valued
        steps = [c for c in (x, y) if c.few_values]
        each = _MEAN_EACH.search(question)
        # ("the average payment per unit is higher": the "per" is the measure's own name, Average HAP Per Unit)
        own = each is not None and any(
            m.column not in steps and m.column.numeric and m.end > each.start("each")
            for m in find_mentions(question, catalog, req.frame)
        )
        if len(steps) == 1 and not own:
            other = y if steps[0] is x else x
            req.intent, req.x, req.y, req.agg = "groupby", steps[0].name, other.name, "mean"
            return req
    if x is None or y is None or x.numeric == y.numeric:
        return req
    measure, label = (x, y) if x.numeric else (y, x)
    if not label.categorical or measure.is_date:
        return req
    req.intent, req.x, req.y, req.agg = "groupby", label.name, measure.name, "mean"
    return req


def _named_rows(req: Request | str, catalog: Catalog, question: str = "") -> Request | str:
    """A ranking of rows by their code (anime_id) when a name is unique to each row: by the name people read."""
    if not isinstance(req, Request) or req.intent not in ("top", "extreme") or req.x is None or req.agg == "count":
        return req
    x = catalog.get(req.frame, req.x)
    rows = catalog.rows.get(req.frame, 0)
    if (
        x is not None
        and req.intent == "top"
        and x.numeric
        and not (x.id_like or x.is_date or x.year_like)
        and re.search(rf"\b{re.escape(x.name.lower())}s\b", question.lower())
        and any(
            {"title", "name"} & set(c.stems) and (c.n_unique or 0) >= 0.8 * rows
            for c in catalog.of(req.frame)
            if c.kind in ("text", "categorical")
        )
    ):
        req.x = None  # "top 3 office episodes by rating": the episodes themselves, by title, not per episode number
        return req
    if x is None or not x.id_like or not rows:
        return req
    names = [
        c
        for c in catalog.of(req.frame)
        if c.kind in ("text", "categorical")
        and not (c.id_like or c.is_date)
        and {"name", "title"} & set(c.stems)
        and (c.n_unique or 0) >= 0.98 * rows
    ]
    if len(names) == 1:
        req.x = names[0].name
    return req


_TALLY_PERIODS = frozenset({"hourly", "daily", "weekly", "monthly", "total", "bike", "vehicle", "pedestrian"})


def _tally(c: Column) -> bool:
    """A column of counts taken over time: Count, Vol, Hourly_Counts, "Total Volume" (whole numbers, no record)."""
    if c.id_like or c.time or "int" not in c.dtype.lower() or not c.stems:
        return False
    if c.stems == ("volume",) and not c.additive:
        return False  # a speaker's Volume of 0-100 (the catalog's level): a setting, not a count
    head, last = c.stems[:-1], c.stems[-1]
    return last in ("count", "vol", "volume") and (not head or (len(head) == 1 and head[0] in _TALLY_PERIODS))


def _weighted_ranking(req: Request | str, catalog: Catalog) -> Request | str:
    """A ranking by how often, on a table that keeps a count column (baby names: Name, Year, Count): its total.

    Each row already stands for many (Count babies named Isabella that year), so "the most popular name" sums
    Count per name; counting rows would rank by the number of years a name appears. A total of something no column
    names ("total babies per year") is that column's total too.
    """
    if not isinstance(req, Request) or req.y:
        return req
    ranked = req.intent in ("extreme", "top") and req.agg in ("count", "sum")  # "the number of babies" (y unset)
    if not ranked and not (req.intent == "groupby" and req.agg == "sum"):
        return req
    counts = [
        c
        for c in catalog.numeric(req.frame)
        if c.name.lower() in _COUNT_NAMES and not c.id_like and "int" in c.dtype.lower() and c.name != req.x
    ]
    tallies = [c for c in catalog.numeric(req.frame) if _tally(c) and c.name != req.x]
    if not counts and len(tallies) == 1 and any(c.is_date for c in catalog.of(req.frame)):
        # a counter's readings over time (Hourly_Counts of a sensor, Vol of a traffic count): each row counts many
        req.y, req.agg = tallies[0].name, "sum"
        return req
    if len(counts) != 1 or keyed_rows(catalog.of(req.frame), catalog.rows.get(req.frame, 0)):
        return req  # (Opsgenie's Count beside an Alias on every row: how often one alert fired, rows are alerts)
    measures = [c for c in catalog.numeric(req.frame) if not (c.id_like or c.time or c.name.lower() in _COUNT_NAMES)]
    if len(measures) >= 3:
        return req  # rows measured many ways (an astronaut's hours, birth year): records, "number" is a trait
    combos = 1
    for c in catalog.of(req.frame):
        if c.categorical and not c.is_date:
            combos *= c.n_unique or 1
        elif c.year_like and c.low is not None and c.high is not None:
            combos *= int(c.high - c.low) + 1  # one row per name and year: the years are cells too
    if combos < 0.5 * catalog.rows.get(req.frame, 0):
        return req  # labels repeat over many rows: each row is one thing (a planet), "number" is a trait of it
    req.y, req.agg = counts[0].name, "sum"
    return req


_CROWD = re.compile(r"\b(?:attendance|attended|crowds?|turnout|visitors|admissions|headcount|foot\s*traffic)\b", re.I)


def _crowd_counted(req: Request | str, h: Hints, catalog: Catalog) -> Request | str:
    """Attendance asked of a table that keeps its people as a Count per row (a ticket type's Count a day): summed.

    "how has attendance changed year to year" of Date, Ticket Type, Count: each row stands for Count people, so
    counting rows would count ticket types.
    """
    if not isinstance(req, Request) or req.y or req.agg != "count" or not _CROWD.search(h.question):
        return req
    cols = catalog.of(req.frame)
    counts = [
        c
        for c in catalog.numeric(req.frame)
        if (c.name.lower() in _COUNT_NAMES or (c.stems and c.stems[-1] in ("count", "qty", "quantity")))
        and c.whole_count
        and not c.id_like
        and c.name != req.x
    ]
    if len(counts) != 1 or any(c.id_like for c in cols):
        return req  # (a visitor log's Visit ID: each row is one visit, rows are the crowd)
    req.y, req.agg = counts[0].name, "sum"
    return req


# (not "the most common reason things go down": a plural said of the rows, after the noun asked for)
_COMMON = re.compile(
    r"\b(?:most|least)\s+(?:common|frequent|popular|usual)\s+(?:[a-z]+\s+)?"
    # (people who do it after the thing: "the most common reason kids come in" is one reason)
    r"(?!(?:things|people|ones|folks|guys|times|kids|children|students|patients|customers|clients|users|members"
    r"|visitors|guests|callers|residents|players)\b)([a-z]+s)\b",
    re.I,
)


def _common_ones(req: Request | str, h: Hints, catalog: Catalog) -> Request | str:
    """A short list of the commonest values ("the most common crime types"), not only the first one.

    A number of few whole values asked for as the most common ("which quality score is the most common") is
    counted per value, like a label.
    """
    y = catalog.get(req.frame, req.y) if isinstance(req, Request) else None
    if (
        isinstance(req, Request)
        and req.intent == "extreme"
        and req.x is None
        and y is not None
        and y.few_values
        and re.search(r"\bmost\s+(?:common|frequent|usual|popular)\b|\bmode\b", h.question, re.I)
    ):
        req.x, req.y, req.agg = y.name, None, "count"
        return req
    if not isinstance(req, Request) or req.intent != "extreme" or req.agg != "count" or req.y is not None:
        return req
    said = _COMMON.search(h.question)
    if said is None or said.group(1).lower() in ("is", "was", "has", "does"):
        return req
    req.intent, req.n = "top", h.n or 5
    return req


def _rows_over_time(req: Request | str, h: Hints, catalog: Catalog) -> Request | str:
    """Record codes drawn against a date ("plot loans per month", "orders over time"): the rows counted per period.

    The period is the one said, else one that gives a readable line for the dates' span (days, weeks, months).
    """
    if not isinstance(req, Request) or req.intent != "chart":
        return req
    pair = [catalog.get(req.frame, req.x), catalog.get(req.frame, req.y)]
    ids = [c for c in pair if c is not None and c.id_like]
    dates = [c for c in pair if c is not None and c.is_date]
    alone = None in pair and bool(_PER_PERIOD.search(h.question))  # "requests per month": the date alone
    if (len(ids) != 1 and not alone) or len(dates) != 1:
        return req
    said = _PER_PERIOD.search(h.question)
    days = dates[0].days
    period = PERIOD_CODES[(said.group("unit") or said.group("ly")).lower()] if said else clock_period(h.question)
    cycle = period in CLOCK_PERIODS  # "by day of the week": bars for the days, not a line over time
    req.intent, req.chart, req.x, req.y, req.agg = "groupby", None if cycle else "line", dates[0].name, None, "count"
    req.period = period or ("M" if days is None else "D" if days <= 62 else "W" if days <= 180 else "M")
    return req


def _indicator(column: Column | None) -> TypeGuard[Column]:  # True only for a Column
    """A 0/1 column (SOUTH, smoker): it marks rows that have a property."""
    return bool(column is not None and column.numeric and column.low == 0 and column.high == 1)


def _by_indicator(req: Request | str, h: Hints, catalog: Catalog) -> Request | str:
    """A 0/1 column read as yes/no.

    "do southern states have more executions?": the mean of the measure for each value of the indicator;
    "how many states are in the south?": the indicator's sum (the rows marked 1).
    """
    if not isinstance(req, Request):
        return req
    x, y = catalog.get(req.frame, req.x), catalog.get(req.frame, req.y)
    if req.intent == "stat" and req.agg == "count" and _indicator(y) and re.search(r"\bhow\s+many\b", h.question, re.I):
        req.agg = "sum"
        return req
    if (
        req.agg == "count"
        and req.intent in ("extreme", "top")
        and x is not None
        and y is not None
        and y.additive
        and re.search(r"\bhow\s+many\b", h.question, re.I)
        and not re.search(r"\b(?:rows?|records?|times|often)\b", h.question, re.I)
    ):
        # "the leading cause of death ... and how many died of it": the winner's Deaths added up, not its rows
        req.agg = "sum"
        return req
    if req.agg == "count" and y is not None and y.additive:  # "how many units were sold": units add up
        said = next((m for m in h.mentions if m.column == y), None)
        before = h.question[: said.start] if said is not None else ""
        # ... also when a verb names them ("how many drinks do we sell": qty, named by sell)
        by_verb = said is not None and said.word.lower() in _MOVED and re.search(_COUNTED_BY_VERB, before, re.I)
        # ("how many business miles": the values that pick the rows may come between)
        # "how many people got turned away": the people a count keeps (Turnaways), said by what happened to them
        happened = y.whole_count and said is not None and _COUNTED_BY_WHAT_HAPPENED.search(before) is not None
        # ("how many pickups were missed": rows of a state said, not BAGS_COLLECTED named by a loose synonym)
        stated = any(
            f.get("op") == "==" and (c := catalog.get(req.frame, f["column"])) is not None and c.categorical
            for f in h.filters
        )  # (a state of the rows said: MISSED; a year said is no state, "how many shutoffs in 2023" adds them)
        # ("how many kids took ap calc": Students Tested, added up; only "were missed" says the rows' state)
        was = re.match(r"\w*\s+(?:were|was|got|have\s+been|had\s+been)\s", h.question[said.start :]) if said else None
        loose = said is not None and said.via == "synonym" and said.score < 50 and stated and was is not None
        if loose and req.intent == "stat":
            req.intent, req.y = "rows", None
            return req
        if (
            said is not None
            and not loose
            and (
                re.search(r"\b(?:how\s+many|number\s+of)\s+$", before, re.I)
                or (said.score >= 90 and _COUNTED_AFTER_VALUES.search(before))
                or by_verb
                or happened
            )
        ):
            req.agg = "sum"
            return req
    if req.intent not in ("chart", "correlation") or h.chart or h.plot_verb or h.correlation:
        return req
    if _indicator(y) and x is not None and x.numeric and not _indicator(x):
        x, y = y, x
    if _indicator(x) and y is not None and y.numeric and not _indicator(y):
        req.intent, req.x, req.y, req.chart, req.fit, req.period = "groupby", x.name, y.name, None, None, None
        req.agg = "mean"
    return req


# Verbs that name a quantity moved (sold, bought, ordered) and the clause that counts it ("how many cups do we sell").
_COUNTED_BY_WHAT_HAPPENED = re.compile(
    r"\b(?:how\s+many|number\s+of)\s+(?:[^\W\d_]+\s+){1,2}?(?:got|get|gets|were|was|have\s+been|had\s+been|been)\s+"
    # ("how many people were on medicaid": Medicaid Enrollment; "were a no-show": NO SHOWS)
    r"(?:on\s+|in\s+|enrolled\s+in\s+|an?\s+)?$",
    re.I,
)
_MOVED = frozenset({"sell", "sells", "sold", "selling", "buy", "buys", "bought", "order", "orders", "ordered"})
_COUNTED_BY_VERB = (
    r"\b(?:how\s+many|number\s+of)\s+(?:[^\W\d_]+\s+){1,3}?(?:do|does|did|are|were|was|is)\s+(?:[^\W\d_]+\s+){0,2}$"
)


def _by_named_values(req: Request | str, h: Hints, catalog: Catalog, last: Request | None) -> Request | str:
    """Compare "chilled and nonchilled plants": groups by the column whose values are named (not by "plants")."""
    # "average finish time for men and women": an average over two named values is one for each of them
    each = isinstance(req, Request) and req.intent == "stat" and req.agg in ("mean", "median")
    if not isinstance(req, Request) or not (
        (req.intent in ("groupby", "chart") and _COMPARE_WORDS.search(h.question)) or each
    ):
        return req
    named = [f for f in req.filters if f["op"] == "in" and isinstance(f["value"], list) and len(set(f["value"])) >= 2]
    column = catalog.get(req.frame, named[0]["column"]) if len(named) == 1 else None
    if column is None or not column.categorical or column.name == req.x:
        return req
    y = catalog.get(req.frame, req.y) or (catalog.get(req.frame, last.y) if last and last.frame == req.frame else None)
    if y is None or not y.numeric:
        return req
    req.intent, req.x, req.y, req.period, req.chart = "groupby", column.name, y.name, None, None
    req.agg = req.agg or default_agg(y)
    return req


_COMPARE_WORDS = re.compile(r"\bcompare\b|\bcomparison\b|\bdiffer\w*|\bdifferent\b|\bversus\b|\bvs\.?\b", re.I)
