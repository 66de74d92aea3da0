"""How many rows meet a condition, and what share ("how many had magnitude 5 or more"), overall or per group.

A condition is a bound ("over 5", "taller than 80": the comparative names the column), a value of a yes/no column
("churned", a 0/1 or true/false flag such as cancelled), or a named label value. A rate or share "by" a label
column ("churn rate by plan") gives the share within each of its groups.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..catalog import IRREGULAR_DEEDS, date_arguments, has_label, marked_miss, no_value, yes_value
from ..code import PERIOD_NAMES, holds_word
from ..columns import CURRENCY, PERSONS, TIME_WORDS, Column, Mention, find_mentions, find_values, stem
from ..parse import CALLED_OFF, IN_YEAR, compares_columns, numbered_filters, percent_meant
from ..words import EATEN, PERCENT_NAME, PERIOD_CODES, PRICE_WORDS, START_WORDS, WEEKDAYS, root, shared_start
from .base import (
    NUM,
    Context,
    KindRequest,
    col,
    finish,
    fmt,
    nearest_before,
    p_words,
    positive_value,
    things_counted,
    where_mask,
)

_ASK = re.compile(
    r"\bhow many\b|\bnumber of\b|\bcount\b|\bshare\b|\bpercent\w*|\bpct\b|\bproportion\b|\bfraction\b|"
    r"\bhow often\b|\bwhat %|^\W*%|%\s*of\b"
)
# Comparatives that say "above" or "below" a bound; the measure is often named by the word itself (taller: height).
_ABOVE = (
    r"taller|longer|heavier|older|wider|deeper|faster|later|bigger|larger|higher|greater|warmer|hotter|further"
    r"|farther|richer|pricier|costlier|louder|stronger|more|above|over"
)
_BELOW = (
    r"shorter|lighter|younger|narrower|shallower|slower|earlier|smaller|lower|cheaper|colder|cooler|weaker|quieter"
    r"|less|fewer|below|under"
)
_CONDITIONS = [
    # a range: "outside the safe range of 6.5 to 8.5", "not between 10 and 20", "between 6.5 and 8.5"
    (
        "outside",
        re.compile(
            rf"\b(?:outside\s+(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+){{0,2}}?(?:range\s+)?(?:of\s+|from\s+)?|not\s+between\s+)"
            rf"(?P<v>{NUM})\s*(?:-|–|to|and)\s*(?P<hi>{NUM})"
        ),
    ),
    ("between", re.compile(rf"\bbetween\s+(?P<v>{NUM})\s*%?\s+and\s+(?P<hi>{NUM})(?!\s*(?:and|,))")),
    (
        ">=",
        re.compile(
            rf"(?:of\s+|at\s+)?(?P<v>{NUM})\s*%?\s+or\s+(?:more|higher|above|greater|over|larger|bigger|later|after|newer)"
        ),
    ),
    (
        "<=",
        re.compile(
            rf"(?:of\s+|at\s+)?(?P<v>{NUM})\s*%?\s+or\s+(?:less|lower|below|fewer|under|smaller|earlier|before|older)"
        ),
    ),
    (">=", re.compile(rf"\bat\s+least\s+(?P<v>{NUM})|>=\s*(?P<v2>{NUM})")),
    # "days people hit 10k steps", "reached 100 followers": that much or more
    (">=", re.compile(rf"\b(?:hit|hits|hitting|reach|reached|reaches|reaching)\s+(?:the\s+)?(?P<v>{NUM})")),
    (">=", re.compile(rf"(?<![\w.])(?P<v>{NUM})\s*\+(?![\d+])")),  # "30+ days"
    ("<=", re.compile(rf"\bat\s+most\s+(?P<v>{NUM})|<=\s*(?P<v2>{NUM})")),
    (
        ">",
        re.compile(
            rf"\b(?:above|over|(?:{_ABOVE})\s+than|exceed(?:s|ed|ing)|topped|tops|surpass(?:ed|es)?)\s+(?P<v>{NUM})"
            rf"|>\s*(?P<v2>{NUM})"
        ),
    ),
    ("<", re.compile(rf"\b(?:below|under|(?:{_BELOW})\s+than)\s+(?P<v>{NUM})|<\s*(?P<v2>{NUM})")),
    # "favourable (4 or 5)": the top (or bottom) values of a scale, said one by one
    ("or", re.compile(r"(?<![\w.])(?P<v>\d+)\s+or\s+(?P<hi>\d+)(?![\w.])")),
]
_SHARE = re.compile(r"\bshare\b|\bpercent|\bpct\b|\bproportion\b|\bfraction\b|\bwhat %|^\W*%|%\s*of\b")
_BY = re.compile(r"\b(?:by|per|for each|each|across|within|between)\b(?!\s+(?:19|20)\d\d)")
_EQUAL = re.compile(rf"\b(?:are|is|was|were|equal to|equals|exactly)\s+(?P<v>{NUM}|zero)\b")
_SYMBOL = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "=", "!=": "≠", "has": "lists"}


def _share(text: str) -> bool:
    return bool(_SHARE.search(text))


def _said(ctx: Context) -> str:
    """The question's text with the columns it names blanked ("ejection fraction" asks for no fraction)."""
    text = ctx.text
    for m in ctx.mentions:
        if m.via in ("name", "partial") and m.score >= 90 and " " in m.word.strip():  # a name of several words
            text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    much = _MUCH_OF.search(text)
    if much is not None and not any(m.column.numeric for m in ctx.mentions):
        # "how much of our stuff came from a recipe": of no amount, a share of the rows ("share of" as long)
        text = text[: much.start()] + "what share of" + text[much.end() :]
    return text


_MUCH_OF = re.compile(r"\bhow\s+much\s+of\b(?!\s+(?:a|an|the\s+time|it|that|this)\b)")


def _by_said(ctx: Context) -> re.Match[str] | None:
    """Where the question asks "by" a group, never inside a value said ("cancelled by the student")."""
    spans = [(v.start, v.end) for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])]
    return next((m for m in _BY.finditer(ctx.text) if not any(a <= m.start() < b for a, b in spans)), None)


def _grouped(ctx: Context, req: KindRequest | None, counted: bool = False) -> KindRequest | None:
    """A share asked "by" a label column ("churn rate by plan"): the share within each group.

    With `counted`, a count asked per group ("how many installs included a battery each year"): the same table,
    whose counts answer it; a date groups by the calendar period said.
    """
    by = _by_said(ctx)
    if req is None or (not req.share and not counted) or by is None:
        return None
    groups = [
        m
        for m in ctx.mentions
        if m.start > by.start()
        and m.column.name != req.column
        and (
            m.column.categorical
            or m.column.few_values
            or m.column.flag
            or m.column.year_like  # "pass rate by year", "by decade" (of the year): each one a group, in order
            or (m.column.is_date and m.period)
        )
        and not ctx.catalog.names_rows(m.column)
    ]
    period = _PER_CALENDAR.search(ctx.text[by.start() :])
    dates = [c for c in ctx.columns() if c.is_date]
    if not groups and period and len(dates) == 1:  # "each year": the one date column, by calendar year
        req.group, req.period = dates[0].name, PERIOD_CODES[period.group(1)]
        return req
    right_after = [
        v
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
        if v.column.name == req.column and v.value == req.value and 0 < v.start - by.end() <= 1
    ]
    if right_after and (not groups or all(0 <= m.start - right_after[0].end <= 1 for m in groups)):
        # "paid by credit card": "by" says how, the value follows; "works by women artists": the value says
        # which of the rows the noun after it names; nothing groups
        return req
    if len({m.column for m in groups}) != 1:
        return None
    req.group = groups[0].column.name
    req.period = groups[0].period if groups[0].column.is_date else None
    return req


_PER_CALENDAR = re.compile(r"^(?:by|per|for each|each|every)\s+(day|week|month|quarter|year)\b")


def _value_rate(ctx: Context) -> KindRequest | None:
    """The rate of one named value of a label ("adoption rate"), overall or per group.

    The groups are those of another label whose values are named beside it ("for cats vs dogs"), or that follows
    "by".
    """
    # "how often does the home team win": the share of wins (a bound said is counted: "above 5 degrees")
    often = re.search(r"\bhow\s+often\b", ctx.text) if not re.search(r"\d", ctx.text) else None
    # "which kind of request is most likely to get denied": the rate of Denied in each kind
    likely = re.search(r"\b(?P<dir>most|least)\s+likely\s+to\b", ctx.text)
    said = _RATE.search(ctx.text) or _VALUE_PERCENTAGE.search(ctx.text) or often or likely
    if not said:
        return None
    at = said.start("p") if "p" in said.re.groupindex else said.start()  # where the rate word stands
    # (a year groups the rates: "pass rate by year"; a coded value said is no measure: "win" of W, not win_equiv)
    coded = [(v.start, v.end) for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.column.coded]
    if any(
        m.column.numeric
        and not m.column.id_like
        and not m.column.year_like
        and not any(a <= m.start and m.end <= b for a, b in coded)
        for m in ctx.mentions
    ):
        return None
    if any(
        m.end <= at and not ctx.text[m.end : at].strip() and (m.column.n_unique or 3) <= 2 and m.column.categorical
        for m in ctx.mentions
    ):
        return None  # "offer acceptance rate": the rate a yes/no label (Offer Accepted) names, not the value Offer
    strong = [(m.start, m.end) for m in ctx.mentions if m.score >= 90]
    named: dict[str, list[str]] = {}
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong):
        # (a code that repeats over the rows, fran_id "Lakers", is a group's name like any label)
        repeats = v.column.categorical and bool(v.column.n_unique) and (v.column.n_unique or 0) < 0.5 * rows
        if not ctx.catalog.names_rows(v.column) or repeats:
            named.setdefault(v.column.name, [])
            if v.value not in named[v.column.name]:
                named[v.column.name].append(v.value)
    event = [c for c, vs in named.items() if len(vs) == 1]
    groups = [c for c, vs in named.items() if len(vs) >= 2]
    scope: list[list[Any]] = []
    if len(event) == 2 and not groups:
        # "the win rate of the Lakers": the value right before the rate word is the event, the other the rows
        said_at = {v.column.name: v for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong)}
        rated = [
            c
            for c in event
            if c in said_at
            and said_at[c].end <= at
            and not re.sub(r"\b(?:percentage|percent|%)\b", "", ctx.text[said_at[c].end : at]).strip()
        ]
        if often is not None:  # the value said last is what happens ("... the home team win")
            rated = [max(event, key=lambda c: said_at[c].start if c in said_at else -1)]
        if len(rated) == 1:
            scope = [[c, named[c][0]] for c in event if c != rated[0]]
            event = rated
    if often is not None and not groups and len(event) <= 1:
        # "how often do they poop on walks": a yes/no label said by its verb (Poo) is what happens, the value said
        # (Walk 30 min, Walk 60 min) the rows it happens among
        flags = [
            (m.column, yes)
            for m in ctx.mentions
            if m.column.categorical
            and (m.column.n_unique or 3) <= 2
            and m.column.name not in named
            and (yes := positive_value(m.column, ctx.question)) is not None
        ]
        if len(flags) == 1:
            kept: list[list[Any]] = []
            for name in event:
                held = ctx.catalog.get(ctx.frame, name)
                value = named[name][0]
                kept.append([name, "==" if held is not None and value in held.values else "contains", value])
            flag, yes = flags[0]
            return KindRequest(frame=ctx.frame, column=flag.name, op="==", value=yes, share=True, left_out=kept)
    if len(event) != 1 or len(groups) > 1:
        return None
    req = KindRequest(frame=ctx.frame, column=event[0], op="==", value=named[event[0]][0], share=True, where=scope)
    if groups:
        req.group = groups[0]
        return req
    which = re.search(r"\b(?:which|what)\s+", ctx.text)
    labels = [
        m.column
        for m in ctx.mentions
        if which
        and m.start == which.end()
        and m.column.name != req.column
        and (m.column.categorical or m.column.id_like)
        and not m.column.numeric
    ]
    if labels:  # "which driver has the highest failure rate": the rate per driver
        req.group = labels[0].name
        if likely is not None and likely["dir"] == "least":
            req.order = "min"
        return req
    # "win rate when i go first": only the rows a yes/no label marks (Went First = Yes)
    for m in ctx.mentions:
        when = re.search(r"\b(?:when|if|while|whenever)\s+(?:\w+\s+){0,3}$", ctx.text[: m.start])
        if (
            when is not None
            and m.column.categorical
            and m.column.name != req.column
            and (m.column.n_unique or 3) <= 2
            and not any(w[0] == m.column.name for w in req.where)
            and (yes := positive_value(m.column, ctx.question)) is not None
        ):
            others = [v for v in m.column.values if v.strip() and v != yes]
            negated = _negated(ctx.text, m.start, m.column.name) or bool(
                _NEGATION.search(ctx.text[when.start() : m.start])
            )
            if negated and len(others) != 1:
                continue
            req.where = [*req.where, [m.column.name, others[0] if negated else yes]]
    return _grouped(ctx, req) if _by_said(ctx) else req


# "… + what's the total value?", "…, and how many hours is that?": the rows counted, then a measure totalled on them
_AND_TOTAL = re.compile(
    r"(?:,|\+|&|\band\b)\s*(?:what(?:'s|\s+is|\s+was)\s+(?:the|their)\s+total(?:\s+(?P<what>[a-z]+))?"
    r"|how\s+(?:much|many\s+(?P<unit>[a-z]+))\s+(?:is|was|are|were|does|do)\s+(?:that|those|it|they))\b"
)
_VALUE_WORDS = frozenset({"value", "amount", "cost", "spend", "worth", "money", "sum"})


# "how many have an area_mean over 800? and how many of those are malignant": a count, then a value among it
_OF_THOSE_COUNT = re.compile(
    r"[?,.]?\s*\band\s+(?:how\s+many|(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction))"
    r"\s+of\s+(?:those|them|these)\b"
)


def _then_count(ctx: Context) -> KindRequest | None:
    """The first part's count, and how many of its rows have the value the second part names."""
    said = _OF_THOSE_COUNT.search(ctx.text)
    if said is None:
        return None
    first = Context(ctx.question[: said.start()], ctx.catalog, ctx.frame)
    req = _match(first)
    values = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.start >= said.end()]
    if req is None or req.group:
        return None
    if len({(v.column.name, v.value) for v in values}) == 1:
        req.then = [values[0].column.name, "==", values[0].value]
        return req
    # "... and what % of them left?": the yes of the two-valued column the rest names (Attrition: Yes)
    rest = Context(ctx.question[said.end() :], ctx.catalog, ctx.frame)
    outcomes = [
        (m.column.name, label)
        for m in rest.mentions
        if m.column.categorical and m.column.name != req.column and (label := positive_value(m.column, rest.question))
    ]
    if values or len(outcomes) != 1:
        return None
    req.then = [outcomes[0][0], "==", outcomes[0][1]]
    return req


_OF_THOSE_NEXT = re.compile(
    r"^\W*(?:and\s+|ok\s+|so\s+)?(?:how\s+many|(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction))"
    r"\s+of\s+(?:those|them|these)\b"
    # "and how many times did they get deferred": they, the people the last count picked out
    r"|^\W*and\s+how\s+many\s+(?:times\s+)?(?:did|do|have|had|were|was)\s+(?:they|those|these)\b"
)  # the second part's answer says both: "Of those 149, 13 have booking_status = Canceled (8.72%)"


def _said_alone(rest: Context) -> KindRequest | None:
    """The condition of a follow-up's remainder that no reading of a count claims: one value, or one 0/1 column.

    "And how many of those went by flight?": Flight of its label; "and how many of them left?": left = 1.
    """
    named = find_values(rest.question, rest.catalog, rest.frame, [])
    if len(named) == 1:
        return KindRequest(frame=rest.frame, column=named[0].column.name, op="==", value=named[0].value)
    if len(named) >= 2 and len({v.column.name for v in named}) == 1 and re.search(r"\bor\b", rest.text):
        # "and how many of those were major or critical": either value of the one label
        kept = list(dict.fromkeys(v.value for v in named))
        return KindRequest(frame=rest.frame, column=named[0].column.name, op="in", value=kept)
    flags = [m.column for m in rest.mentions if m.column.flag and m.column.numeric]
    return KindRequest(frame=rest.frame, column=flags[0].name, op="==", value=1) if len(flags) == 1 else None


def _of_those(ctx: Context) -> KindRequest | None:
    """The last count again, and how many of its rows meet the follow-up's condition.

    "And how many of those have a spending score under 40": the first count's rows, the new condition among them.
    """
    said = _OF_THOSE_NEXT.search(ctx.text)
    last = ctx.last if ctx.recent else ctx.general
    if said is None or not last:
        return None
    rest = Context("how many " + ctx.question[said.end() :], ctx.catalog, ctx.frame)
    new = _match(rest) or _said_alone(rest)
    if new is None or new.group or new.op not in ("==", "!=", ">", "<", ">=", "<=", "in") or new.where:
        return None
    filters = list(last.get("filters") or [])
    summed = ctx.catalog.get(ctx.frame, last.get("y")) if last is ctx.general else None
    if summed is not None and summed.flag and summed.numeric and last.get("agg") == "sum" and not last.get("x"):
        # "how many got a promotion?" (a 0/1 column added up), "and how many of them left?": its rows marked 1
        filters.append({"column": summed.name, "op": "==", "value": 1, "part": None})
    if (
        last is ctx.general
        and filters
        and not last.get("x")
        and last.get("intent") not in ("top", "extreme")  # "those" of a top 10 are ten rows, not the filter's
        and all(
            f.get("op") in ("==", "contains")
            and (
                f.get("part") is None or (f.get("part") in ("year", "month", "quarter", "day") and f.get("op") == "==")
            )
            and not isinstance(f.get("value"), list)
            for f in filters
        )
        and new.column not in {f.get("column") for f in filters}
    ):
        # "how many flights from delhi to mumbai", "how many of those are business class": those rows, then the new one
        new.where = [[f["column"], f["value"]] for f in filters if f.get("op") == "==" and f.get("part") is None]
        # ("how many went to gmail addresses", "and how many of those got opened": a word in the address)
        new.left_out = [[f["column"], "contains", f["value"]] for f in filters if f.get("op") == "contains"]
        # ("how many incidents did we have in 2023", "how many of those were major": that year's rows)
        new.left_out += [[f["column"], f["part"], f["value"]] for f in filters if f.get("part") is not None]
        return new
    if last.get("kind") != "filtered" or last.get("group"):
        return None
    req = KindRequest.from_dict(last)
    req.then = [new.column, new.op, new.value]
    return req


def _of_them(ctx: Context, req: KindRequest | None) -> KindRequest | None:
    """The last answer's rows kept for a share said of them: "what share of them were dirty" after the diapers."""
    last = ctx.last if ctx.recent else None
    said = re.search(r"\b(?:of|among)\s+(?:them|those|these)\b", ctx.text)
    if req is None or not req.share or req.where or req.group or not last or said is None:
        return req
    kept = [list(w) for w in (last.get("where") or []) if w[0] != req.column]
    if last.get("kind") == "filtered" or not kept:
        return req  # (a count's own rows follow by its own reading, _of_those)
    req.where = kept
    return req


def _there(ctx: Context, req: KindRequest | None) -> KindRequest | None:
    """The last rows' place kept for a bound said "there": "how often did it go over 1000 there?"."""
    last = ctx.last if ctx.recent else ctx.general
    if req is None or req.where or req.group or not last or not re.search(r"\bthere\W*$", ctx.text):
        return req
    kept = [
        [f["column"], f["value"]]
        for f in last.get("filters") or []
        if f.get("op") == "==" and f.get("part") is None and f.get("column") != req.column
    ]
    kept += [list(w) for w in (last.get("where") or []) if w[0] != req.column]
    req.where = kept
    return req


_MOST_OF_THOSE = re.compile(
    r"\b(?:which|what)\s+(?P<g>[a-z][\w ]*?)\s+(?:(?:has|had|have|got|gets)\s+the\s+(?P<dir>most|fewest|least)\s+"
    # ("which shop were most of those at"; "which country are most of them from" asks of all the rows)
    r"(?:of\s+)?(?:those|them|these)|(?:were|was|are|is)\s+most\s+of\s+(?:those|these))\b"
)


def _most_of_those(ctx: Context) -> KindRequest | None:
    """The last count's rows per group, most first.

    "How many public colleges charge over $30k?", then "which state has the most of those?".
    """
    said = _MOST_OF_THOSE.search(ctx.text)
    last = ctx.last
    if said is None or not (ctx.recent and last and last.get("kind") == "filtered" and not last.get("group")):
        return None
    groups = [
        m.column
        for m in ctx.mentions
        if said.start("g") <= m.start < said.end("g") and (m.column.categorical or m.column.few_values)
    ]
    if len(groups) > 1 and sum(c.categorical for c in groups) == 1:
        groups = [c for c in groups if c.categorical]  # "which origin airport": the label, not a number read in
    if len(groups) != 1:
        return None
    req = KindRequest.from_dict(last)
    req.group, req.share, req.period, req.then = groups[0].name, False, None, []
    req.order = "min" if said["dir"] in ("fewest", "least") else "max"
    return req


_THEIR = re.compile(
    r"^\W*(?:and\s+|so\s+|ok\s+)?(?:what(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s+|how\s+about\s+|and\s+)?"
    r"(?:their|its)\b"
)


# "and how much honor did those earn me", "how much did they cost": an amount of the rows just counted
_HOW_MUCH_THOSE = re.compile(
    r"^\W*(?:and\s+|so\s+|ok\s+)?how\s+much\s+(?:[a-z]+\s+){0,3}?(?:did|do|does|have|had)\s+(?:those|they|these|them)\b"
)


def _their_measure(ctx: Context) -> KindRequest | None:
    """A measure of the rows just counted ("how many books have over 1000 ratings?", "and whats their rating")."""
    last = ctx.last
    if not (ctx.recent and last and last.get("kind") == "filtered") or last.get("group") or last.get("total_of"):
        return None
    much = _HOW_MUCH_THOSE.search(ctx.text)
    if not _THEIR.search(ctx.text) and not much:
        return None
    nums = [m.column for m in ctx.mentions if m.column.numeric and not m.column.id_like and not m.column.is_date]
    if len(nums) != 1 or nums[0].name == last.get("column"):
        return None
    req = KindRequest.from_dict(last)
    req.share, req.then = False, []
    req.total_of = nums[0].name
    req.total_agg = "median" if "median" in ctx.text else "sum" if re.search(r"\btotal\b|\bsum\b", ctx.text) else "mean"
    if much:  # "and how much honor did those earn me": their amounts added up
        req.total_agg = "sum"
    return req


# "what % of all messages is that?", "and as a percentage?": the count just given, as a share of all rows
_SHARE_OF_THAT = re.compile(
    r"^\W*(?:and\s+|so\s+|ok\s+)?(?:(?:what|which)\s+(?:%|(?:percent(?:age)?|share|proportion|fraction)\b)[\w\s%]*?"
    r"\b(?:is|are|was|were|'s)\s+(?:that|those|they|it|this)|(?:as\s+an?|in)\s+(?:%|percent(?:age)?|share))\W*$"
    # "what's that as a percentage of all orders"
    r"|^\W*(?:and\s+|so\s+)?what(?:'s|\s+is|\s+was)\s+(?:that|this|it)\s+(?:as\s+an?|in)\s+"
    r"(?:%|percent(?:age)?|share|proportion|fraction)\b(?:\s+of\s+(?:all|the|our)?\s*[a-z ]*)?\W*$"
)


def _share_of_that(ctx: Context) -> KindRequest | None:
    """The last count again, as a share of its rows."""
    last = ctx.last
    if not _SHARE_OF_THAT.search(ctx.text):
        return None
    general = ctx.general if not ctx.recent else None
    if general and general.get("intent") == "rows" and not general.get("x") and general.get("filters"):
        # "how many orders got refunded" (the general reader's count), "what's that as a percentage of all orders"
        filters = general["filters"]
        if all(f.get("op") == "==" and f.get("part") is None for f in filters):
            *others, cond = filters
            return KindRequest(
                frame=ctx.frame,
                column=cond["column"],
                op="==",
                value=cond["value"],
                share=True,
                where=[[f["column"], f["value"]] for f in others],
            )
    if not (ctx.recent and last and last.get("kind") == "filtered"):
        return None
    req = KindRequest.from_dict(last)
    req.share, req.total_of = True, None
    return req


# "and for members?", "and when the plaintiff is a business?", "what about teens": the same share, of other rows
_AND_FOR = re.compile(
    r"^\W*(?:and|but|what\s+about|how\s+about)\s+(?:(?:for|with|among|when|if|just|only|in|on)\s+)?(?P<rest>.{2,60}?)\W*$"
)


def _share_among(ctx: Context) -> KindRequest | None:
    """The last share again, among the rows the follow-up names: "what percent had a cart", "and for members?"."""
    last = ctx.last
    said = _AND_FOR.search(ctx.text)
    if said is None or not (ctx.recent and last and last.get("kind") == "filtered" and last.get("share")):
        return None
    if last.get("group") or last.get("then") or last.get("total_of") or len(said["rest"].split()) > 6:
        return None
    req = KindRequest.from_dict(last)
    values = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.column.name != req.column]
    kept = [[v.column.name, v.value] for v in values]
    if not kept:  # "and for members?" of a Member (Y/N): its yes
        flags = [
            (m.column.name, yes)
            for m in ctx.mentions
            if m.column.name != req.column and m.column.categorical and (yes := yes_value(m.column)) is not None
        ]
        kept = [list(f) for f in dict.fromkeys(flags)]
    if len(kept) != 1:
        return None
    req.where = [list(w) for w in (req.where or []) if w[0] != kept[0][0]] + kept
    return req


def follow_up(ctx: Context) -> KindRequest | None:
    """A count's follow-up about its rows ("how many of those...", "what share of them..."), before other kinds."""
    return (
        _then_count(ctx)
        or _of_those(ctx)
        or _most_of_those(ctx)
        or _their_measure(ctx)
        or _share_of_that(ctx)
        or _share_among(ctx)
    )


# "how many business miles": an amount kept in a column, said after the values that pick its rows
_UNITS_COUNTED = re.compile(
    r"\bhow\s+many\s+(?P<noun>hours|minutes|miles|kilometers|km|days|nights|gallons|litres|liters)\b"
)
_AMOUNT_COUNTED = re.compile(r"\bhow\s+many\s+(?:[a-z]+\s+){1,2}?(?P<noun>[a-z]{3,}s)\b")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None (its follow-ups: `follow_up`, tried before any kind)."""
    if re.search(r"\bcorrelat\w*|\bcorrelation\b", ctx.text):
        return None  # "is the % of asian students correlated with the math score?": two columns related
    many = _AMOUNT_COUNTED.search(ctx.text)
    if (
        many
        and not re.search(r"\d", ctx.text[many.end() :])
        and any(
            x.start == many.start("noun") and x.score >= 90 and x.column.numeric and x.column.additive
            for x in ctx.mentions
            if not x.column.id_like
        )
    ):
        return None  # "how many business miles did i drive": the Miles of those rows added up, not counted
    done = re.search(r"\bhow\s+many\s+(?P<noun>[a-z]{3,}s)\b", ctx.text)
    if done and any(
        x.start == done.start("noun")
        and x.column.numeric
        and x.column.additive
        and len(x.column.significant) == 2
        and stem(done["noun"]) == x.column.significant[0]
        and (x.column.significant[1].endswith("ed") or x.column.significant[1] in IRREGULAR_DEEDS)
        for x in ctx.mentions
    ):
        return None  # "how many rounds on a rain delay day": the Rounds Played of those days, not the days
    unit = _UNITS_COUNTED.search(ctx.text)
    if (
        unit
        and any(
            x.start == unit.start("noun")
            and x.column.numeric
            and len(x.column.significant) >= 2  # (its other words said too: "hours ... closed" of Closed Hours)
            and all(re.search(rf"\b{re.escape(p[:5])}", ctx.text) for p in x.column.significant)
            for x in ctx.mentions
        )
    ):
        return None  # "how many hours were pools closed": Closed Hours of those rows added up, not rows counted
    req = _failed_check(
        ctx, _flag_among(ctx) or _when_scope(ctx, _scope_first(ctx, _of_them(ctx, _there(ctx, _match(ctx)))))
    )
    if (
        req is not None
        and (isinstance(req.value, int | float) or req.op in ("given", "blank"))
        and compares_columns(ctx.text, ctx.catalog, ctx.frame)
    ):
        return None  # "rows where ap_lo is higher than ap_hi": one column against another, row by row (parse)
    year = IN_YEAR.search(ctx.text)
    years = [c for c in ctx.columns() if c.year_like and not c.is_date]
    if (
        req is not None
        and year
        and len(years) == 1
        and years[0].name not in (req.column, req.group)
        and not any(c == years[0].name for c, _ in req.where)
    ):  # "under 50 in 2007": that year's rows
        req.where = [*req.where, [years[0].name, int(year["y"] or year["y2"])]]
    if req is not None and req.group is None and not req.share:
        req.total_of = _total_of(ctx)
    extreme = _AND_EXTREME.search(ctx.text)
    if req is not None and req.group is None and req.total_of is None and extreme and not req.share:
        column = ctx.catalog.get(ctx.frame, req.column) if req.column else None
        if column is not None and column.numeric and req.op in (">", ">=", "<", "<="):
            # "how many cost more than $1000 a night, and what's the most expensive one?": the count, and its top
            low = bool(re.search(r"cheap|low|small|least", extreme.group("which")))
            req.total_of, req.total_agg = column.name, "min" if low else "max"
    if req is not None and req.group is None and req.total_of is None:
        said = _OF_THOSE.search(ctx.text)
        after = [m.column for m in ctx.mentions if said and m.start >= said.start() and m.column.numeric]
        if said and len(after) == 1 and not after[0].id_like:  # "…, and whats the median price of those?"
            req.total_of, req.total_agg = after[0].name, _OF_THOSE_AGG[said.group("agg")]
    return req


# "failed the pressure check", "didn't pass the set test": the rows a check's Y/N mark does not pass
_FAILED_BEFORE = re.compile(
    r"\b(?:fail(?:ed|s|ing)?|flunk(?:ed|s)?|did\s*n[o']?t\s+pass|do(?:es)?\s*n[o']?t\s+pass|not\s+pass(?:ing)?)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|on\s+(?:the\s+)?)?$"
)


def _failed_check(ctx: Context, req: KindRequest | None) -> KindRequest | None:
    """A Y/N check said failed ("what percent failed the pressure check" of Pressure OK): its other value."""
    if req is None or req.op != "==" or req.column is None:
        return req
    column = ctx.catalog.get(ctx.frame, req.column)
    if column is None or not column.categorical or req.value != yes_value(column) or (no := no_value(column)) is None:
        return req
    if set(column.stems) & {"fail", "failed", "failure", "fault", "defect", "deficient"}:
        return req  # (a Failed mark's yes is the failure itself)
    if set(column.stems) & {"above", "over", "exceed", "exceeds", "exceeded", "exceedance", "violation", "beyond"}:
        return req  # (and an Above Standard's: the samples past the limit are the ones that failed it)
    if any(x.column is column and _FAILED_BEFORE.search(ctx.text[: x.start]) for x in ctx.mentions):
        req.value = no
    elif set(column.stems) & {"ok", "okay", "pass", "passed", "good", "working"} and any(
        x.column is column and _TROUBLE_AFTER.match(ctx.text[x.end :]) for x in ctx.mentions
    ):
        req.value = no  # "found a brake problem" of Brakes OK: the checks it did not pass
    return req


_TROUBLE_AFTER = re.compile(r"\s*(?:problems?|issues?|faults?|failures?|defects?|troubles?)\b")


_OF_THOSE = re.compile(
    r"(?:,|\+|&|\band\b)\s*(?:what(?:'s|s|\s+is|\s+was|\s+are)\s+)?(?:the\s+|their\s+)?"
    r"(?P<agg>median|average|avg|mean|total)\b.*\b(?:of|for|among)\s+(?:those|them|these|the\s+ones)\b"
)
_AGG_WORD = {"sum": "total", "mean": "average", "max": "highest", "min": "lowest"}
_AND_EXTREME = re.compile(
    r"(?:,|\band\b)\s*(?:what(?:'s|s|\s+is|\s+was)\s+|which\s+is\s+)?(?:the\s+)?"
    r"(?P<which>most\s+expensive|priciest|highest|largest|biggest|cheapest|lowest|smallest)\b"
)
_OF_THOSE_AGG = {"median": "median", "average": "mean", "avg": "mean", "mean": "mean", "total": "sum"}


def _total_of(ctx: Context) -> str | None:
    """The measure a count's second part totals: one it names after the count, else the one money column."""
    said = _AND_TOTAL.search(ctx.text)
    if said is None:
        return None
    after = [m.column for m in ctx.mentions if m.start >= said.start() and m.column.numeric and not m.column.id_like]
    if len(after) == 1:
        return after[0].name
    if said.group("what") in _VALUE_WORDS or (said.group("what") is None and said.group("unit") is None):
        money = [c for c in ctx.columns() if c.numeric and CURRENCY.search(c.name)]
        whole = [c for c in money if set(c.stems) & {"gross", "total", "value", "amount"}] or money
        return whole[0].name if len(whole) == 1 else None
    return None


_SHARE_OF = re.compile(
    r"\b(?:percent(?:age)?|share|proportion|fraction|%)\s+of\s+(?:the\s+|all\s+)?(?P<scope>.+?)\s+"
    # ("what percent of hand quilted quilts won first place": a verb of what happened to them, too)
    r"(?:are|were|is|was|won|win|got|get|took|take|had|have|earned|received)\s+(?P<rest>.+)$"
)


# the words that set the rows a share is taken among: "when they do search", "of searches", "among the ones"
_AMONG_SAID = re.compile(r"\b(?:when|whenever|if|once|among|of)\s+(?:[a-z']+\s+){0,3}$")


def _flag_among(ctx: Context) -> KindRequest | None:
    """One yes/no mark's share among the rows of another: "when they do search, how often do they find something".

    Of two Y/N columns, the one said after "when", "if", "among" or "of" sets the rows (search_conducted = Y); the
    other is counted among them (contraband_found = Y). Both said so, the first said sets them.
    """
    if not (_share(_said(ctx)) or re.search(r"\bhow\s+often\b", ctx.text)):
        return None
    flags: dict[str, Mention] = {}
    for x in sorted(ctx.mentions, key=lambda m: m.start):
        if x.column.categorical and yes_value(x.column) is not None:
            flags.setdefault(x.column.name, x)
    if len(flags) != 2:
        return None
    first, second = flags.values()
    scoped = [x for x in (first, second) if _AMONG_SAID.search(ctx.text[: x.start])]
    if not scoped:
        return None
    base = scoped[0]
    counted = second if base is first else first
    return KindRequest(
        frame=ctx.frame,
        column=counted.column.name,
        op="==",
        value=yes_value(counted.column),
        share=True,
        where=[[base.column.name, yes_value(base.column)]],
    )


def _scope_first(ctx: Context, req: KindRequest | None) -> KindRequest | None:
    """The rows said after "percent of the" as the scope, the rest as what is counted among them.

    "What percent of the current avengers are women": Gender = FEMALE among Current? = YES, not the other way.
    """
    said = _SHARE_OF.search(ctx.text)
    if req is None or said is None or not req.share or req.op != "==" or len(req.where) != 1:
        return req
    (where_column, where_value) = req.where[0]
    column_said = [m for m in ctx.mentions if m.column.name == req.column]
    value_said = [
        v
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
        if v.column.name == where_column and v.value == where_value
    ]
    # a yes/no label said by its name ("were resolved") stands for its value
    value_at = [v.start for v in value_said] or [m.start for m in ctx.mentions if m.column.name == where_column]
    if not column_said or not value_at:
        return req
    in_scope = said.start("scope") <= column_said[0].start < said.end("scope")
    counted = value_at[0] >= said.start("rest")
    if in_scope and counted:
        req.where = [[req.column, req.value]]
        req.column, req.value = where_column, where_value
    return req


_WHEN = re.compile(r"\b(?:when|whenever|if|among)\b(?P<clause>[^,?]*?)(?=,|\bhow\b|\bwhat\b|$)")


def _when_scope(ctx: Context, req: KindRequest | None) -> KindRequest | None:
    """The rows said in a "when" clause as the scope, the rest as what is counted among them.

    "When the baffle was bad how often did the tank fail": Result = FAIL among Baffle OK = N, not the other way.
    """
    if req is None or not req.share or req.op != "==" or len(req.where) != 1:
        return req
    when = _WHEN.search(ctx.text)
    if when is None:
        return req
    where_column, where_value = req.where[0]
    column_at = [m.start for m in ctx.mentions if m.column.name == req.column]
    value_at = [
        v.start
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
        if v.column.name == where_column and v.value == where_value
    ] or [m.start for m in ctx.mentions if m.column.name == where_column]
    if not column_at or not value_at:
        return req
    start, end = when.span("clause")
    if start <= column_at[0] < end and not start <= value_at[0] < end:
        req.where = [[req.column, req.value]]
        req.column, req.value = where_column, where_value
    return req


def _match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    which_period = re.search(r"\b(?:which|what)\s+(?P<unit>year|month|quarter|week)\b", ctx.text)
    if _RATE.search(ctx.text) and which_period is not None:
        # "which year had the highest success rate?": the rate in each calendar period of the one start date
        dates = [c for c in ctx.columns() if c.is_date and c.kind == "datetime"]
        started = [c for c in dates if set(c.stems) & (START_WORDS | {"launched", "date"})]
        when = dates if len(dates) == 1 else started
        cond = _value_rate(ctx) or _share_within(ctx) or _condition(ctx, True)
        if cond is not None and len(when) == 1 and not cond.group and cond.column != when[0].name:
            cond.group, cond.period = when[0].name, PERIOD_CODES[which_period.group("unit")]
            return cond
    valued = _value_rate(ctx)
    if valued is not None:
        return valued
    split = _split(ctx)
    if split is not None:
        return split
    likelier = _likelier(ctx)
    if likelier is not None:
        return likelier
    never = _never_done(ctx) or _failed_mark(ctx)
    if never is not None:
        return never
    other = _not_value(ctx) or _abroad(ctx)
    if other is not None:
        return other
    if _RATE.search(ctx.text) and not _share(_said(ctx)):  # "the success rate on Everest"
        scoped = _share_within(ctx)
        if scoped is not None:
            return scoped
    if re.search(r"\bhow\s+often\b", ctx.text):  # "how often do i end early when i do 18:6": among those rows
        scoped = _share_within(ctx)
        if scoped is not None:
            return scoped
    rate = _yes_no_rate(ctx) or _ranked_outcome(ctx)
    if (rate or re.search(r"%|\bpercent", ctx.text)) and re.search(
        r"\bwith\s+(?:[a-z]+\s+){0,3}?(?:and|or|vs\.?|versus|compared\s+(?:to|with))\s+(?:those\s+|people\s+|ones\s+)?"
        r"without\b",
        ctx.text,
    ):
        # "how much does credit history matter? approval % with and without it": the rate on each side of it
        cond = _condition(ctx, True)
        sides = {
            m.column.name
            for m in ctx.mentions
            if cond is not None
            and m.column.name != cond.column
            and (m.column.flag or (m.column.categorical and m.column.n_unique == 2))
        }
        if cond is not None and len(sides) == 1:
            cond.group = sides.pop()
            cond.where = [w for w in cond.where if w[0] != cond.group]  # both sides of it, not its "with" side
            return cond
    effect = _EFFECT.search(ctx.text)
    if effect is not None:  # "does work experience help you get placed?": the rate of Placed with and without it
        cond = _by_label(ctx, _condition(ctx, True), effect.start("what"))
        said = [m.column.name for m in ctx.mentions if m.start == effect.start("what")]
        if cond is not None and (cond.group or said):
            cond.group = cond.group or said[0]
            return cond
    if not (_ASK.search(_said(ctx)) or rate):
        return None
    which = re.search(r"\b(?:which|what)\s+", ctx.text)
    asked = [
        m.column
        for m in ctx.mentions
        if which and m.start == which.end() and m.column.categorical and not m.column.id_like
    ]
    # "which category has the worst restock rate", "which type ... most often, as a % of their requests": per group
    if (rate or _share(_said(ctx))) and len(asked) == 1:
        cond = _condition(ctx, rate)
        if cond is not None and cond.column != asked[0].name and not cond.group:
            cond.group = asked[0].name
            return cond
    if re.search(r"\b(?:by|per|for each|each)\b", ctx.text):
        if rate or _share(_said(ctx)):
            by = _BY.search(ctx.text)
            cond = _condition(ctx, rate)
            return _grouped(ctx, _by_label(ctx, cond, by.end() + 1) if by else cond)
        return _grouped(ctx, _condition(ctx, rate), counted=bool(_HOW_MANY.search(ctx.text)))
    return _named_groups(ctx, _condition(ctx, rate))


def _values_named(ctx: Context, req: KindRequest) -> list[list[Any]]:
    """One named value of each label column other than the condition's ("women", "in the West"), as `where`.

    A word that names a measure is not a value too ("10 mm of rain": the rain column, not conditions = Rain).
    """
    strong = [(m.start, m.end) for m in ctx.mentions if m.score >= 90 or m.column.numeric]
    counted = ctx.catalog.get(ctx.frame, req.column)
    own = set(counted.stems) if counted is not None else set()
    named: dict[str, list[str]] = {}
    for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong):
        if stem(str(v.value).strip().lower()) in own:
            continue  # "offer acceptance rate": "offer" is said as part of Offer Accepted, not the stage Offer
        if v.column.name != req.column and not ctx.catalog.names_rows(v.column):
            named.setdefault(v.column.name, [])
            if v.value not in named[v.column.name]:
                named[v.column.name].append(v.value)
    # a two-valued label said by a word for its event ("customers over 60 who churned": Attrited Customer)
    for m in ctx.mentions:
        c = m.column
        if (
            c.name != req.column
            and c.name not in named
            and c.categorical
            and not c.id_like
            and m.via in ("synonym", "partial", "prefix", "abbreviation")
            and not re.search(r"\b(?:by|per|each|every|which)\s+$", ctx.text[: m.start])
            and (label := positive_value(c, ctx.question)) is not None
        ):
            named[c.name] = [label]
        elif (
            c.name != req.column
            and c.name not in named
            and m.via == "name"
            and c.categorical
            and c.n_unique == 2
            and not c.id_like
            and not re.search(r"\b(?:by|per|each|every|which|and|or|vs)\s+$", ctx.text[: m.start])
            and (yes := yes_value(c)) is not None
        ):
            # "answered calls that were not resolved": a second yes/no label said by its name, negated or not
            no = no_value(c)
            if no is not None:
                named[c.name] = [no if _negated(ctx.text, m.start, m.column.name) else yes]
    marked = [  # "patients over 60 (who) have hypertension": the rows a 0/1 column marks
        [m.column.name, 1]
        for m in ctx.mentions
        if m.column.name != req.column
        and m.column.name not in named
        and m.column.flag
        and m.column.numeric
        and re.search(r"\b(?:have|has|had|with|having)\s+(?:a\s+|an\s+)?$", ctx.text[: m.start])
    ]
    # "starred emails that are still unread": a second true/false mark said by its name, or by "un" before it
    marked += [
        [m.column.name, 0 if _negated(ctx.text, m.start, m.column.name) else 1]
        for m in ctx.mentions
        if m.column.name != req.column
        and m.column.name not in named
        and m.column.kind == "bool"
        and (m.via == "name" or (m.via == "root" and m.word.lower().startswith("un")))
        and not any(c == m.column.name for c, _ in marked)
        and not re.search(r"\b(?:by|per|each|every|which|and|or|vs)\s+$", ctx.text[: m.start])
    ]
    # "of level 1 inspections", "in district 9": a label kept as a number, said after its word
    numbered, _ = numbered_filters(ctx.question, ctx.catalog, ctx.frame)
    marked += [
        [f["column"], f["value"]]
        for f in numbered
        if f["op"] == "==" and f["column"] != req.column and f["column"] not in named
    ]
    return [*([c, vs[0]] for c, vs in named.items() if len(vs) == 1), *marked]


# "does X help/affect/improve ... Y": the rate of the value Y on each side of the label X
_EFFECT = re.compile(
    r"^\W*(?:do|does|did|is|will|would|can)\s+(?:(?:having|getting|receiving)\s+(?:a\s+|an\s+)?|the\s+)?"
    r"(?P<what>[\w ]+?)\s+"
    r"(?:help|helps|affect|affects|improve|improves|increase|increases|raise|raises|boost|boosts|matter|matters"
    r"|influence|influences|impact|impacts|change|changes|make\s+a\s+difference|lower|lowers|reduce|reduces"
    r"|decrease|decreases|cut|cuts|prevent|prevents)\b"
)


def _by_label(ctx: Context, req: KindRequest | None, at: int) -> KindRequest | None:
    """A yes/no label said where the groups go ("by work experience"): the groups, not the condition.

    The condition is then the one value named among the rows (status = Placed).
    """
    if req is None or req.op != "==" or len(req.where) != 1:
        return req
    named = [m for m in ctx.mentions if m.column.name == req.column and abs(m.start - at) <= 1]
    if not named:
        return req
    column, value = req.where[0]
    return KindRequest(frame=req.frame, column=column, op="==", value=value, share=True, agg=req.agg, group=req.column)


def _named_groups(ctx: Context, req: KindRequest | None) -> KindRequest | None:
    """A rate or share for two or more named values of another label ("for yoga vs spin"): within each group."""
    if req is None or not req.share or req.group or req.agg != "mean":
        return req
    strong = [(m.start, m.end) for m in ctx.mentions if m.score >= 90]
    named: dict[str, set[str]] = {}
    for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong):
        if v.column.name != req.column and not ctx.catalog.names_rows(v.column):
            named.setdefault(v.column.name, set()).add(v.value)
    groups = [c for c, vs in named.items() if len(vs) >= 2]
    if len(groups) == 1:
        req.group = groups[0]
    return req


def _ranked_outcome(ctx: Context) -> bool:
    """Groups ranked by a yes/no outcome ("which job role has the highest attrition?"): by its rate, not its count.

    A big group has the most leavers; the highest attrition is the largest share of leavers.
    """
    if not re.search(r"\b(?:which|what)\b", ctx.text):
        return False
    return any(
        (x.column.flag or (x.column.categorical and x.column.n_unique == 2 and positive_value(x.column, ctx.question)))
        and not x.column.id_like
        and re.search(r"\b(?:highest|lowest|biggest|greatest|worst|best)\s+$", ctx.text[: x.start])
        for x in ctx.mentions
    )


def _yes_no_rate(ctx: Context) -> bool:
    """A rate of a yes/no column ("churn rate"): the share of its rows that say yes (not a measured rate).

    Or how often a yes/no thing happens ("how often do i pass the level": Level Passed).
    """
    if not re.search(r"\brates?\b|\bhow\s+often\s+(?:do|did|does|have|has|am|is|are|was|were)\b", ctx.text):
        return False
    return any(
        x.column.flag or (x.column.categorical and positive_value(x.column, ctx.question))
        for x in ctx.mentions
        if not x.column.id_like
    )


_LIKELIER = re.compile(r"\b(?:rate|more|less)\s+likely\b|\brates?\b|\bshare\b|\bpercent\w*|\bproportion\b|%")
_AGAINST_REST = re.compile(
    r"\bcompared\s+(?:with|to)\b|\bthan\b|\bvs\.?\b|\bversus\b|\bthe\s+rest\b|\beveryone\s+else\b|\bothers\b"
    r"|\bcalmer\b|\botherwise\b"
)


_ABROAD = re.compile(r"\b(?:abroad|overseas|international(?:ly)?|foreign|out\s+of\s+the\s+country)\b")
# "out of state plates", "out-of-state donors": every state but the table's own (a state column's most common)
_OUT_OF_STATE = re.compile(r"\bout[\s-]+of[\s-]+state\b|\bnon[\s-]?residents?\b")


def _abroad(ctx: Context) -> KindRequest | None:
    """Rows of every other country than the table's own ("what % of orders went abroad", "how many overseas").

    The own country is the one most rows have, more than half of them; a column named for countries only.
    """
    said = _ABROAD.search(ctx.text)
    places = {"country", "nation", "countries"}
    if said is None and (said := _OUT_OF_STATE.search(ctx.text)) is not None:
        places = {"state", "province"}
    if said is None or not _ASK.search(_said(ctx)) or re.search(r"\b(?:by|per|each)\b", ctx.text):
        return None
    countries = [c for c in ctx.columns() if c.categorical and set(c.stems) & places and c.counts and c.values]
    if len(countries) != 1 or any(
        x.column.name != countries[0].name and not x.column.is_date  # ("towed cars": Tow Date, the rows' event)
        for x in ctx.mentions
        if x.start < said.start()
    ):
        return None
    home = countries[0]
    rows = ctx.catalog.rows.get(ctx.frame, 0) or sum(home.counts)
    if home.counts[0] * 2 <= rows:
        return None
    return KindRequest(frame=ctx.frame, column=home.name, op="!=", value=home.values[0], share=_share(_said(ctx)))


def _not_value(ctx: Context) -> KindRequest | None:
    """Rows without one named value of a label of several ("what share of the events aren't earthquakes?")."""
    if not (_ASK.search(_said(ctx)) and _NEGATION.search(ctx.text)) or re.search(r"\b(?:by|per|each)\b", ctx.text):
        return None
    values = [
        v
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
        if not ctx.catalog.names_rows(v.column) and (v.column.n_unique or 0) > 2
    ]
    # ("how many no shows were medicare patients": No Show's own "no" negates nothing)
    text = ctx.text
    for x in ctx.mentions:
        if _NEGATION.search(x.column.name.lower()):
            text = text[: x.start] + "x" * (x.end - x.start) + text[x.end :]
    negated = [v for v in values if _negated(text, v.start)]  # others may be examples ("(blasts, ice quakes)")
    if len(negated) != 1 or len({v.column for v in values}) != 1:
        return None
    v = negated[0]
    if any(CALLED_OFF.fullmatch(o.strip()) and o != v.value for o in v.column.values):
        return None  # "invoices that haven't been paid yet": nor voided ones, which the general reader leaves out
    return KindRequest(frame=ctx.frame, column=v.column.name, op="!=", value=v.value, share=_share(_said(ctx)))


# "does having a housing loan make a difference to whether they sign up?": the outcome's rate on each side
_DIFFERENCE_TO = re.compile(
    r"\b(?:make|makes|made)\s+(?:a|any)\s+difference\s+(?:to|in|on)\s+(?:whether|if|how\s+often)\s+(?:they|it|people|[a-z]+s)?\s*"
    r"|\baffects?\s+(?:whether|if)\s+(?:they|it|people|[a-z]+s)?\s*"
)


def _likelier(ctx: Context) -> KindRequest | None:
    """An outcome's rate within each value of a group ("are people who work overtime more likely to leave?").

    The outcome is the yes/no column named after "likely to"; the group a two-valued label named before it.
    """
    said = re.search(r"\b(?:more|less)\s+likely\s+(?:to\s+(?:be\s+)?)?", ctx.text) or _DIFFERENCE_TO.search(ctx.text)
    if said is None:
        return _more_common(ctx) or _oftener(ctx)
    after = [m.column for m in ctx.mentions if m.start >= said.end()]
    named = [
        m
        for m in ctx.mentions
        if m.end <= said.start() and ((m.column.categorical and m.column.n_unique == 2) or m.column.flag)
    ]
    if len(named) == 2 and not ctx.text[named[0].end : named[1].start].strip():
        named = named[:1]  # "a housing loan": the first label, the second word says what it is
    outcomes = [(c, v) for c in after if c.categorical and (v := positive_value(c, ctx.question))]
    groups = [m.column for m in named]
    if len({c for c, _ in outcomes}) != 1 or len(set(groups)) != 1 or groups[0] == outcomes[0][0]:
        return _likelier_by_values(ctx, said.end())
    (column, value), group = outcomes[0], groups[0]
    return KindRequest(frame=ctx.frame, column=column.name, op="==", value=value, share=True, group=group.name)


def _likelier_by_values(ctx: Context, after: int) -> KindRequest | None:
    """The same with values said: "are ones with broad gills more likely to be poisonous than narrow gilled ones"."""
    values = find_values(ctx.question, ctx.catalog, ctx.frame, [])
    outcome = [v for v in values if v.start >= after][:1]  # the value right after "likely to be"
    if not outcome or outcome[0].end > after + 30:
        return None
    sides: dict[str, set[Any]] = {}
    for v in values:
        if v.column != outcome[0].column:
            sides.setdefault(v.column.name, set()).add(v.value)
    groups = [name for name, said in sides.items() if len(said) >= 2]
    if len(groups) != 1:
        return None
    return KindRequest(
        frame=ctx.frame,
        column=outcome[0].column.name,
        op="==",
        value=outcome[0].value,
        share=True,
        group=groups[0],
    )


def _more_common(ctx: Context) -> KindRequest | None:
    """An outcome's rate on each side of a group ("is stroke more common in people with hypertension?").

    The outcome (a 0/1 column or a yes/no label) is named before "more common", the group (one of the same sort)
    after it.
    """
    said = re.search(r"\b(?:more|less)\s+(?:common|frequent|prevalent|usual)\s+(?:in|among|for|with)\b", ctx.text)
    if said is None:
        return None

    def yes_no(c: Column) -> bool:
        return bool((c.flag and c.numeric) or (c.categorical and c.n_unique == 2))

    before = [m.column for m in ctx.mentions if m.end <= said.start() and yes_no(m.column)]
    after = [m.column for m in ctx.mentions if m.start >= said.end() and yes_no(m.column)]
    if len(set(before)) != 1 or len(set(after)) != 1 or before[0] == after[0]:
        return None
    outcome = before[0]
    value: Any = 1 if outcome.numeric else positive_value(outcome, ctx.question)
    if value is None:
        return None
    return KindRequest(frame=ctx.frame, column=outcome.name, op="==", value=value, share=True, group=after[0].name)


def _oftener(ctx: Context) -> KindRequest | None:
    """A named outcome's rate in each group of a yes/no label ("are virtual appointments missed less often").

    The outcome is the one label value the question names ("missed": Outcome = DNA); the groups are those of the
    one two-valued label or 0/1 column it names.
    """
    if not re.search(r"\b(?:more|less)\s+(?:often|frequently)\b", ctx.text):
        return None
    values = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if not ctx.catalog.names_rows(v.column)]
    outcomes = {(v.column.name, v.value) for v in values}
    groups = {
        m.column.name
        for m in ctx.mentions
        if ((m.column.categorical and m.column.n_unique == 2) or m.column.flag) and not m.column.id_like
    } - {c for c, _ in outcomes}
    if len(outcomes) != 1 or len(groups) != 1:
        return None
    ((column, value),) = outcomes
    return KindRequest(frame=ctx.frame, column=column, op="==", value=value, share=True, group=groups.pop())


# Do the shares of the groups differ more than chance would make them? Chi-square on each group's yes/no counts.
_CHI_SQUARE = [
    "table = pd.concat([counts['matching'], counts['known'] - counts['matching']], axis=1)",
    "p = stats.chi2_contingency(table)[1] if len(table) >= 2 and (table.sum() > 0).all() else None",
]


def _split(ctx: Context) -> KindRequest | None:
    """A yes/no rate on each side of a bound, and a chi-square test of the difference.

    "The cancellation rate when wind is force 7 or more, compared with calmer days", "are over-60s more likely to
    be exempt than everyone else?": the rate where the bound holds and the rate where it does not.
    """
    if not (_LIKELIER.search(ctx.text) and _AGAINST_REST.search(ctx.text)):
        return None
    bound = _bound(ctx)
    if bound is None or bound.op not in (">", ">=", "<", "<="):
        return None
    outcomes: list[tuple[Column, int | str]] = []
    for m in ctx.mentions:
        c = m.column
        if c.name == bound.column or c.id_like:
            continue
        if c.flag and c.numeric:
            outcomes.append((c, 1))
        elif c.categorical and (label := positive_value(c, ctx.question)):
            outcomes.append((c, label))
    if len({c for c, _ in outcomes}) != 1:
        return None
    (column, value), *_ = outcomes
    return KindRequest(
        frame=ctx.frame,
        column=column.name,
        op="==",
        value=value,
        share=True,
        agg="split",
        group=bound.column,
        group2=f"{bound.op} {bound.value!r}",
    )


# "how many games are free?", "% of apps that are free": a price of nothing ("free-to-play" is a label)
_FREE = re.compile(r"\bfree\b(?![\s-]+to[\s-]+play)(?!\s+(?:text|time|shipping|delivery|kick|throw))")


def _free(ctx: Context) -> KindRequest | None:
    """Rows whose one price column is 0, when the question says "free" and no label value is called so."""
    said = _FREE.search(ctx.text)
    if said is None or any(
        v.start <= said.start() < v.end for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
    ):
        return None
    if any(m.start <= said.start() < m.end and m.column.stems[:1] == ("comp",) for m in ctx.mentions):
        return None  # "how many free tickets did we give away": a theater's Comps, counted there
    prices = [c for c in ctx.columns() if c.numeric and not c.id_like and set(c.significant) & PRICE_WORDS]
    named = [m.column for m in ctx.mentions if m.column in prices]
    chosen = named or prices
    if len({c.name for c in chosen}) != 1:
        return None
    negated = _negated(ctx.text, said.start())
    return KindRequest(
        frame=ctx.frame, column=chosen[0].name, op=">" if negated else "==", value=0, share=_share(_said(ctx))
    )


_TWO_OF = re.compile(
    r"\b(?:involv\w*|with|had|have|has|having|between)\s+(?:two|2|both|multiple|more\s+than\s+one)\s+(?P<noun>[a-z]{3,})\b"
)


def _second_one(ctx: Context) -> KindRequest | None:
    """Rows whose second one is given: "how many involved two aircraft" of Aircraft 1 … and Aircraft 2 … columns.

    Crash and incident files keep a first and a second party in numbered columns, the second blank when alone.
    """
    said = _TWO_OF.search(ctx.text)
    if said is None:
        return None
    noun = re.escape(stem(said["noun"]))
    seconds = [c for c in ctx.columns() if re.search(rf"(?i)\b{noun}s?[\s_]*(?:2|two|#2)\b", c.name)]
    firsts = [c for c in ctx.columns() if re.search(rf"(?i)\b{noun}s?[\s_]*(?:1|one|#1)\b", c.name)]
    if not seconds or not firsts or seconds[0].complete:
        return None
    return KindRequest(frame=ctx.frame, column=seconds[0].name, op="given", share=_share(_said(ctx)))


def _condition(ctx: Context, rate: bool = False) -> KindRequest | None:
    """The condition the question counts rows by (with `share` when it asks for a share), or None."""
    req = (
        _second_one(ctx)
        or _free(ctx)
        or _weekday(ctx)
        or _time_bound(ctx)
        or _any_flag(ctx)
        or _state_named(ctx)
        or happened(ctx)
        or _bound(ctx, rate)
        or _any_amount(ctx)
    )
    if req is not None and rate:
        req.share = True
    if req is not None and (
        req.op in (">", "<", ">=", "<=", "weekday") or (req.op in ("==", "given") and not req.where)
    ):
        # "how many women ran it in under 4 hours", "what share of thefts led to an arrest": among those rows
        req.where = _values_named(ctx, req)
        req = _bound_first(ctx, req)
    return _subjects(ctx, _groups_over(ctx, req)) if req is not None else None


_PART_VERB = re.compile(
    r"\b(?:are|were|is|was|have|had|has|got|get|became|become|end(?:ed)?\s+up)\s+(?:an?\s+|the\s+)?$"
)


def _bound_first(ctx: Context, req: KindRequest) -> KindRequest:
    """A share of rows past a bound that have a value: "what percent of women over 35 are high risk".

    The bound said first scopes the rows, and the value said after "are" is what is counted among them (not the
    share of high-risk women who are over 35).
    """
    if not req.share or req.op not in (">", "<", ">=", "<=") or len(req.where) != 1 or not _SHARE_OF.search(ctx.text):
        return req
    column, value = req.where[0]
    said = [
        v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.column.name == column and v.value == value
    ]
    bound = [m for m in ctx.mentions if m.column.name == req.column]
    number = re.search(rf"(?<![\w.]){re.escape(str(req.value))}(?![\w.])", ctx.text) if req.value is not None else None
    first = min([m.start for m in bound] + ([number.start()] if number else []), default=None)
    if not said or first is None or said[0].start < first or not _PART_VERB.search(ctx.text[: said[0].start]):
        return req
    return KindRequest(
        frame=req.frame,
        column=column,
        op="==",
        value=value,
        share=True,
        left_out=[*req.left_out, [req.column, req.op, req.value]],
    )


# Days of the week named as a filter: "on a saturday or sunday", "at the weekend", "on weekdays", "on mondays".
_DAY_NAMES = WEEKDAYS
_DAY = re.compile(r"\b(?P<d>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b")
_WEEKEND = re.compile(r"\b(?:on|at|over|during|in|for)\s+(?:the\s+|a\s+)?week-?ends?\b|\bweek-?ends?\s+only\b")
_WEEKDAYS = re.compile(
    r"\b(?:on|during|in|for)\s+(?:the\s+|a\s+)?(?:week-?days?|working\s+days?|work\s*days?|business\s+days?)\b"
)
_DAY_GROUPING = re.compile(r"\b(?:by|per|each|every|which|what)\s+(?:day|week-?day)\b|\bdays?\s+of\s+(?:the\s+)?week\b")


def _weekday(ctx: Context) -> KindRequest | None:
    """Rows whose date falls on the named days of the week (Monday is 0): "issued on a saturday or sunday".

    The date is one the question names (or whose verb it uses: issued, Issue Date), else the frame's first one.
    """
    if _DAY_GROUPING.search(ctx.text):
        return None  # "which day of the week", "tickets per weekday": days as groups
    if _WEEKEND.search(ctx.text):
        days = [5, 6]
    elif _WEEKDAYS.search(ctx.text):
        days = [0, 1, 2, 3, 4]
    else:
        said = [
            m
            for m in _DAY.finditer(ctx.text)
            if re.search(r"\b(?:on|or|and|nor)\s+(?:an?\s+|the\s+)?$", ctx.text[: m.start()])
        ]
        days = sorted({next(i for i, d in enumerate(_DAY_NAMES) if d.startswith(m.group("d")[:3])) for m in said})
        if not said or not all(m.group(0).endswith(("day", "days")) for m in said):
            return None  # "on sat": too short to be sure of
    dates = [c for c in ctx.columns() if c.is_date]
    named = [m.column for m in ctx.mentions if m.column.is_date]
    if not named:
        for w in re.findall(r"[a-z]{4,}", ctx.text):
            found = [m.column for m in find_mentions(w, ctx.catalog, ctx.frame) if m.column.is_date]
            if len(found) == 1:
                named = found  # "issued on a sunday": Issue Date
                break
    date = named[0] if named else (dates[0] if dates else None)
    if date is None:
        return None
    return KindRequest(
        frame=ctx.frame,
        column=date.name,
        op="weekday",
        value={"days": days, "format": date.date_format if date.kind != "numeric" else date.date_format or "%Y%m%d"},
        share=_share(_said(ctx)),
    )


# "at least one adverse event", "any complaint": the rows a yes/no column marks, not a count of 1 or more.
_AT_LEAST_ONE = re.compile(r"\b(?:at\s+least\s+(?:one|1|a|an)|one\s+or\s+more|1\s+or\s+more|any)\s+$")
_WITH_A = re.compile(
    r"\b(?:with|have|has|had|got|get|include[sd]?|including|contain(?:s|ed)?|used?|using|applied|apply"
    r"|(?:came|come|comes|coming)\s+from|part\s+of)"  # "how much of our stuff came from a recipe": one given
    r"\s+(?:an?|any|some)\s+$"
)


# "in arrears", "have any debt", "with a balance", "owing anything": an amount above zero
_HAS_SOME = re.compile(
    r"\b(?:in|have|has|had|having|with|carry|carrying|owe|owes|owing|brought|bring|brings|took|bringing"
    # "what percent of my orders got a late fee", "what percent of posts got no comments"
    r"|(?:got|get|gets|getting)(?=\s+(?:any|some|an?|no)\s)"
    # "how many players have never hit a 180", "which players scored any goals": one of a tally counted
    r"|(?:hit|hits|hitting|scored|score|scores|scoring|made|make|makes)(?=\s+(?:any|some|an?)\s)"
    # "what share of samples need lime": a recommended amount above none
    r"|need|needs|needed|require|requires|required)"
    r"\s+(?:any\s+|some\s+|an?\s+|the\s+|(?<=got\s)no\s+|(?<=get\s)no\s+|(?<=gets\s)no\s+)?$"
)  # ("how many bookings brought pets": Pets above 0)


def _any_amount(ctx: Context) -> KindRequest | None:
    """Rows that have some of an amount: "what proportion of tenancies are in arrears at all?" (Arrears > 0).

    Only for an amount that is never negative, said as something rows have, in a count or share.
    """
    if not (_share(_said(ctx)) or _HOW_MANY.search(ctx.text)):
        return None
    if re.search(r"\bhow\s+many\s+(?:different|distinct|unique|separate)\b", ctx.text):
        return None  # "how many different teams have played there": teams counted, not rows with Players
    valued = find_values(ctx.question, ctx.catalog, ctx.frame, [])
    for x in ctx.mentions:
        if (
            x.column.numeric
            and not x.column.id_like
            and not x.column.time  # ("does yellowstone get a month": a period, no amount)
            and not any(v.start <= x.start < v.end for v in valued)  # ("paid with cash": Payment Type = CASH)
            and (
                (x.column.low is not None and x.column.low >= 0)
                # amounts written "$10.00", none below zero (Afterpay's Late Fees of three values)
                or (
                    x.column.low is None
                    and x.column.numeric_text
                    and bool(x.column.values)
                    and not any(v.strip().startswith(("-", "(")) for v in x.column.values)
                )
            )
            and _HAS_SOME.search(ctx.text[: x.start])
            # ("had stage 3 creosote" of Creosote Stage: the value 3 said by the column's other word, not any)
            # ("had stage 3 creosote": a value said inside the mention; "a 180" of 180s is the name's own digits)
            and not (re.search(r"\d", ctx.text[x.start : x.end]) and not re.search(r"\d", x.column.name))
            # ("needed a parking space" of a 0/1 mark: the mark's own reading, not an amount above none)
            and not (x.column.flag and re.search(r"\b(?:need|require)\w*\s+\S*\s*$", ctx.text[: x.start]))
            and not re.match(
                r"\s*(?:of|over|under|above|below|more|less|greater|at\s+least|>|<|=|\d)", ctx.text[x.end :]
            )
        ):
            # "had never been contacted in a previous campaign": none of it
            never = re.search(r"\b(?:never|not|no)\b|n't\b", ctx.text[max(0, x.start - 40) : x.start])
            # (no zero among the amounts written, "$10.00", "$5.00": a blank is the none)
            zero = any(re.fullmatch(r"[^\d]*0+(?:\.0+)?\s*", v.strip()) for v in x.column.values)
            above = (x.column.low or 0) > 0 or (x.column.low is None and x.column.numeric_text and not zero)
            if not never and not x.column.complete and above:
                # "what % of bookings got a tip" of a Tip left blank when there was none: the rows that have one
                return KindRequest(frame=ctx.frame, column=x.column.name, op="given", share=_share(_said(ctx)))
            return KindRequest(
                frame=ctx.frame,
                column=x.column.name,
                op="==" if never else ">",
                value=0,
                share=_share(_said(ctx)),
            )
    return None


def happened(ctx: Context) -> KindRequest | None:
    """The rows whose year of an event is set: "have been renovated" of yr_renovated, 0 when it never was."""
    for x in ctx.mentions:
        if (
            x.column.is_date
            and not x.column.complete
            and x.via in ("partial", "prefix")
            and x.word.lower() in x.column.stems
            and x.word.lower().endswith(("ed", "sold", "paid", "sent", "built", "sown"))
            and re.match(r"\s*(?:yet\s*)?[?.!]*\s*$", ctx.text[x.end :])
            and re.search(r"%|\bpercent|\bshare\b|\bproportion\b|\bfraction\b|\bhow\s+many\b", ctx.text)
            # ("how many properties are currently listed" beside a Status of Listed: that value, not the date kept)
            and not any(
                v.start <= x.start < v.end or x.start <= v.start < x.end
                for v in find_values(ctx.text, ctx.catalog, ctx.frame, [])
            )
        ):
            # "what percent of the furniture sold" of a Sold Date blank for the unsold: the rows that have one
            return KindRequest(frame=ctx.frame, column=x.column.name, op="given", share=_share(_said(ctx)))
        said = re.search(r"\b(?:have|has|had|were|was|got|been|ever)\s+(?:been\s+|ever\s+)?$", ctx.text[: x.start])
        years = x.column.numeric and x.column.low == 0 and (x.column.high or 0) >= 1900 and "yr" in x.column.stems
        if said and (years or (x.column.year_like and x.column.low == 0)) and x.word.lower().endswith("ed"):
            return KindRequest(frame=ctx.frame, column=x.column.name, op=">", value=0, share=_share(_said(ctx)))
        # "what % ended up getting drafted": Drafted (tm/rnd/yr) holds the draft, blank for the undrafted
        got = re.search(r"\b(?:got|get|getting|gets|were|was|been|be|being)\s+$", ctx.text[: x.start])
        if (
            got
            and x.word.lower().endswith("ed")
            and x.column.kind in ("text", "categorical")
            and not x.column.complete
            and (x.column.n_unique or 0) > 5
            and x.word.lower().startswith(x.column.stems[0][:4])
        ):
            return KindRequest(frame=ctx.frame, column=x.column.name, op="given", share=_share(_said(ctx)))
        # "how many swimmers got disqualified" of a meet's DQ, written on the disqualified swims alone: those rows
        if got and x.column.one_mark and x.word.lower().endswith("ed"):
            return KindRequest(frame=ctx.frame, column=x.column.name, op="given", share=_share(_said(ctx)))
    return None


_NOTHING = frozenset({"", "nan", "none", "null", "n/a", "na", "unknown", "-"})
_NEVER = re.compile(
    r"\b(?:never|not|didn'?t|dont|don'?t|doesn'?t|haven'?t|hasn'?t|hadn'?t|weren'?t|wasn'?t|aren'?t|isn'?t)\s+"
    r"(?:been\s+|ever\s+|yet\s+|even\s+|say\s+how\s+|have\s+(?:an?\s+|any\s+)?(?:known\s+)?|give\s+(?:an?\s+)?)?"
    r"(?P<verb>[a-z]{3,})\b"
)
_COUNTS_ROWS = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|%|\bpercent|\bshare\b|\bproportion\b|\bfraction\b")


def _verb_names(word: str, column: Column) -> bool:
    """Whether a verb said of the rows is the word a column is named by: logged of Last Login, rate of Rating."""
    said = root(word)
    if len(said) >= 4 and said[-1] == said[-2] and said[-1] not in "aeiou":
        said = said[:-1]  # "logged": log
    return len(said) >= 3 and any(shared_start(said, s) >= max(3, len(said) - 1) for s in column.stems if len(s) >= 3)


_FAILED = re.compile(
    r"\b(?:fail(?:ed|s|ures?)?|dnfs?|did\s*n[o']?t\s+(?:finish|solve|get\s+it)|could\s*n[o']?t\s+(?:finish|solve|get\s+it)"
    r"|never\s+(?:finished|solved|got\s+it))\b"
)


def _failed_mark(ctx: Context) -> KindRequest | None:
    """Rows written with the mark of no result ("how many wordles did i fail": Guesses "X", a race's "DNF").

    Only of the one column that keeps numbers beside such a mark (read as missing, so counted as its blanks).
    """
    if not _FAILED.search(ctx.text) or not _ASK.search(_said(ctx)):
        return None
    marked = [c for c in ctx.columns() if c.numeric_text and c.values and marked_miss(c.values) is not None]
    if len(marked) != 1:
        return None
    # "how many dnfs in the keirins": the rows of the one value said (Event = Keirin) only
    strong = [(m.start, m.end) for m in ctx.mentions if m.score >= 90]
    named: dict[str, set[Any]] = {}
    for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong):
        if v.column.name != marked[0].name and not ctx.catalog.names_rows(v.column):
            named.setdefault(v.column.name, set()).add(v.value)
    scope = [[name, next(iter(vs))] for name, vs in named.items() if len(vs) == 1]
    return KindRequest(frame=ctx.frame, column=marked[0].name, op="blank", share=_share(_said(ctx)), where=scope)


def _never_done(ctx: Context) -> KindRequest | None:
    """The rows where a detail is blank: "how many have never logged in" (Last Login blank), "did i not rate".

    The verb after the negation names a column that is blank on some rows; that blank is the thing never done.
    """
    said = _NEVER.search(ctx.text)
    if said is None or not _COUNTS_ROWS.search(ctx.text):
        return None
    fits = [
        c
        for c in ctx.columns()
        if not c.complete
        and not c.id_like
        and c.formula is None
        # (Billed Yes/No: "hasn't been billed" is No; a day written on some rows is still a date given or not)
        and not (c.categorical and (c.n_unique or 3) <= 3 and not any(ch.isdigit() for v in c.values for ch in v))
        and _verb_names(said["verb"], c)
    ]
    if len(fits) != 1:
        return None
    # ("entries that haven't been approved", "invoices that haven't been paid": a status not yet that value,
    # read by the general reader, not the blanks of its date)
    for c in ctx.columns():
        if c.categorical and any(_verb_names(said["verb"], replace(c, stems=(v.lower(),))) for v in c.values[:30]):
            return None
    return KindRequest(frame=ctx.frame, column=fits[0].name, op="blank", share=_share(_said(ctx)))


def _state_named(ctx: Context) -> KindRequest | None:
    """A yes/no label said by its own name after "are": "what share of the reports are verified" (Verified)."""
    labels = {x.column.name for x in ctx.mentions if x.column.categorical}
    if len(labels) != 1 or find_values(ctx.question, ctx.catalog, ctx.frame, []):
        return None  # ("how many answered calls were not resolved": two labels, read by the general reader)
    for x in ctx.mentions:
        said = re.search(r"\b(?:are|is|were|was|been|got|get)\s+$", ctx.text[: x.start])
        if said is None or not x.column.categorical or x.via != "name" or (x.column.n_unique or 3) > 2:
            continue
        if _negated(ctx.text, x.start, x.column.name):
            return None  # "hasn't been billed": the other value, read by the general reader
        value = positive_value(x.column, ctx.question)
        if value is not None:
            return KindRequest(frame=ctx.frame, column=x.column.name, op="==", value=value, share=_share(_said(ctx)))
    return None


def _before_name(ctx: Context, x: Mention) -> str:
    """The question before a column's mention and the words of its name said with it ("a second breed")."""
    before = ctx.text[: x.start]
    last = re.search(r"\b([a-z]{4,})\s+$", before)
    if last and any(s.startswith(last.group(1)) and s != stem(x.word.lower()) for s in x.column.stems):
        return before[: last.start()]
    return before


def _any_flag(ctx: Context) -> KindRequest | None:
    for x in ctx.mentions:
        if x.column.numeric or x.column.id_like:
            continue
        # "messages with an attachment": a detail written only on some rows (a link, "👍 (5)"), blank on the rest
        sparse = not x.column.complete and x.column.kind in ("text", "categorical") and not x.column.coded
        before = _before_name(ctx, x)
        some = _AT_LEAST_ONE.search(before) or (sparse and _WITH_A.search(before))
        if not some or re.match(r"\s*(?:of|=|is|was|were|over|under|above|below)\b", ctx.text[x.end :]):
            continue
        label: str | bool | None = positive_value(x.column, ctx.question) if x.column.categorical else None
        if label is None and x.column.kind == "bool":
            label = True
        if label is not None and _negated(ctx.text, x.start, x.column.name):
            # "tickets that didn't get an id check": the rows of the other mark (ID Checked = N)
            other = no_value(x.column) if x.column.categorical else False
            if other is None:
                continue
            label = other
        if label is not None:
            return KindRequest(frame=ctx.frame, column=x.column.name, op="==", value=label, share=_share(_said(ctx)))
        if sparse and (x.column.n_unique or 0) > 1:
            return KindRequest(frame=ctx.frame, column=x.column.name, op="given", share=_share(_said(ctx)))
    return None


# Name parts of a record code that say whose it is, when the rows are visits or events of a person.
_SUBJECT_WORDS = frozenset({"subject", "patient", "participant", "person", "client", "pt", "individual"})
_CODE_WORDS = frozenset({"id", "no", "num", "number", "code", "ref", "key", "nr"})
_COUNTED = re.compile(
    r"\bhow\s+many\s+(?:different\s+|distinct\s+|unique\s+)?(?P<noun>[a-z]+)|"
    r"\b(?:share|percent\w*|proportion|fraction)\s+of\s+(?:the\s+|our\s+|all\s+)?(?P<noun2>[a-z]+)"
)


def _subjects(ctx: Context, req: KindRequest | None) -> KindRequest | None:
    """Distinct subjects, not rows: "how many patients had ..." on visits, where Subject ID repeats.

    The noun counted is a person, and names a record code by its own word (customers: CustomerID) or the code is a
    person's (patients: Subject ID); the code repeats over the rows, so each is counted once.
    """
    said = _COUNTED.search(ctx.text)
    if req is None or said is None or req.group or req.agg != "mean":
        return req
    noun = stem(said.group("noun") or said.group("noun2"))
    # a code seen repeating, or a number whose distinct values the profile does not count (once per row, the
    # distinct count is the row count anyway)
    codes = [c for c in ctx.catalog.repeating_codes(ctx.frame) if c.name != req.column]
    if noun not in PERSONS | _SUBJECT_WORDS:
        return req  # things ("how many flights": each row is one, flight_no repeats over days) are the rows
    own = [c for c in codes if noun in c.stems]
    people = [c for c in codes if set(c.stems) & (_SUBJECT_WORDS | PERSONS)]
    found = own or people
    if len(found) != 1:
        return req
    req.agg, req.y = "distinct", found[0].name
    return req


_NEGATION = re.compile(
    r"\b(?:not|no|never|without|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|hadn'?t"
    r"|won'?t|can'?t|cannot|n't|outside)\b"
)


def _negated(text: str, start: int, name: str = "") -> bool:
    """A negation before a column's mention, or the mention said with "un".

    Within the three words before: "don't have a partner", "not senior"; "unpaid" of Paid (not "unmatched" of a
    column named unmatched: its own name).
    """
    # (articles do not count: "didn't end in a transport")
    before = [w for w in re.findall(r"[\w']+", text[:start]) if w.lower() not in ("a", "an", "the")][-3:]
    own_non = name.strip().lower().startswith("non")  # (a column named Non-billable, said so, is its own name)
    if re.search(r"\b(?:non[\s-]?|out[\s-]of[\s-](?:state|town|county|district)\s+)$", text[:start], re.I):
        return not own_non  # "non-residents", "out of state people" of a RESIDENT mark
    if text[start : start + 3].lower() == "non" and not own_non:
        return True  # "nonresidents"
    own = name.strip().lower().startswith("un")
    return bool(_NEGATION.search(" ".join(before))) or (text[start : start + 2].lower() == "un" and not own)


_HOW_MANY = re.compile(r"\bhow\s+many\s+(?P<noun>[a-z]+)")
_KIND_PARTS = (("type",), ("category",), ("class",), ("kind",), ("group",), ("types",))
_CALENDAR = ("D", "W", "M", "Q", "Y")


_DAYS_OF_PEOPLE = re.compile(
    r"\bhow\s+many\s+days\s+(?:did|do|does|have|has|had|were|was)\s+(?:people|users|someone|anyone|they|players"
    r"|members|customers|patients|participants|students|employees|drivers|riders)\b"
)


def _groups_over(ctx: Context, req: KindRequest) -> KindRequest:
    """Groups, not rows, when "how many" counts a grouping and the bound is on a quantity that adds up.

    "In how many months was revenue above 50k?", "how many regions sold more than 1000 units?": the total of the
    measure per month (per region) against the bound. A grouping with one row per value stays a row count.
    """
    many = _HOW_MANY.search(ctx.text)
    target = ctx.catalog.get(ctx.frame, req.column)
    # (a food log's calories add up over a day, though one meal's are no total)
    adds = target is not None and (target.additive or bool(set(target.stems) & EATEN))
    # ("how many players have never hit a 180": each player's total of none, over all their rows)
    never = req.op == "==" and req.value == 0 and re.search(r"\bnever\b", ctx.text) is not None
    if many is None or req.share or req.group or (req.op == "==" and not never) or target is None or not adds:
        return req
    if re.search(r"\bto\s+(?:finish|complete)\b|\bin\s+(?:a|one|any|a\s+single)\s+[a-z]+\b", ctx.text):
        return req  # "took more than 30 hours to finish": each result on its own, not a runner's total
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    period = TIME_WORDS.get(stem(many.group("noun")))
    if period in _CALENDAR:
        date = next((c for c in ctx.columns() if c.is_date), None)
        timed = date is not None and bool(date.date_format and "%H" in date.date_format)
        per_day = date.n_unique or date.days or rows if date is not None else rows
        if date is None or (period == "D" and not timed and per_day >= rows):
            return req  # one row per day already
        if period == "D" and not timed and _DAYS_OF_PEOPLE.search(ctx.text):
            return req  # "how many days did people hit 10k steps": each row is one person's day
        req.group, req.period, req.agg = date.name, period, "groups_over"
        return req
    named = [m.column for m in ctx.mentions if m.start == many.start("noun")]
    group = named[0] if named else None
    if many.group("noun").endswith("s") and group is not None and group.stems[-1:] in _KIND_PARTS:
        return req  # "how many properties sold for over 1m": the rows (each a property), not kinds of Property Type
    if (
        group is None
        or group == target
        or group.is_date
        or group.id_like
        or ctx.catalog.names_rows(group)
        or not (group.categorical or group.few_values or group.year_like)
        or (group.n_unique or rows) >= rows
    ):
        return req
    req.group, req.agg = group.name, "groups_over"
    return req


# A length of time as a bound: "in under 4 hours", "more than a fortnight", "a week or longer".
_UNIT = r"(?P<unit>second|sec|minute|min|hour|hr|day|night|week|fortnight|month|year)s?\b"
_AMOUNT = rf"(?P<n>{NUM}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_TIME_BOUNDS = [
    (rf"\b(?P<op>more\s+than|over|longer\s+than|at\s+least|under|less\s+than|shorter\s+than|within|at\s+most)"
     rf"\s+{_AMOUNT}\s+{_UNIT}"),
    rf"\b{_AMOUNT}\s+{_UNIT}\s+or\s+(?P<op2>longer|more|over|less|shorter|under|fewer)\b",
]  # fmt: skip
_TIME_OPS = {"at least": ">=", "at most": "<=", "within": "<=", "less than": "<", "under": "<", "shorter than": "<"}
_MINUTES = {"second": 1 / 60, "sec": 1 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440}
_MINUTES |= {"night": 1440, "week": 10080, "fortnight": 20160, "month": 43830, "year": 525960}
_UNIT_NAMES = frozenset({"second", "sec", "minute", "min", "hour", "hr", "day", "night", "week", "month", "year"})
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_WORD_NUMBERS |= {"eight": 8, "nine": 9, "ten": 10, "twelve": 12}


def _unit_of(column: Column) -> float | None:
    """Minutes in one unit of a column that holds a length of time: h:mm:ss text (minutes), or a unit in its name."""
    if column.clock:
        return 1.0
    stems = column.stems
    for word in ("per", "a", "each", "every"):  # hours.per.week: hours a week, measured in hours
        if word in stems[1:]:
            stems = stems[: stems.index(word, 1)]
    for s in reversed(stems):
        unit = {"days": "day", "nights": "night", "hours": "hour", "hrs": "hr", "mins": "min", "h": "hour"}.get(s, s)
        if (unit in _MINUTES and unit != "sec") or unit in ("second", "sec"):
            return _MINUTES[unit]
    return None


def _time_bound(ctx: Context) -> KindRequest | None:
    """Rows whose length of time passes a length said in words ("ran it in under 4 hours", "a week or longer").

    The column is one that holds a length of time: named, else the only one (for h:mm:ss text, the longest one);
    the length is converted to its unit (minutes for h:mm:ss, days for Nights, hours for hrs_worked).
    """
    said = next((m for rx in _TIME_BOUNDS if (m := re.search(rx, ctx.text))), None)
    if said is None:
        return None
    # (a calendar year, release_year, is a date, not a length of time in years)
    timed = [c for c in ctx.columns() if c.numeric and not c.id_like and not c.year_like and _unit_of(c) is not None]
    named = [m.column for m in ctx.mentions if m.column in timed]
    clocks = [c for c in timed if c.clock]
    if clocks and said.group("unit") in ("second", "sec", "minute", "min", "hour", "hr"):
        timed = clocks  # hours and minutes: the lengths of time written h:mm:ss, not years or days
    units = [c for c in timed if c.stems and all(stem(s) in _UNIT_NAMES for s in c.stems)]
    if named:
        target = named[0]
    elif len(timed) == 1:
        target = timed[0]
    elif len(units) == 1:
        target = units[0]  # a column that is only a unit ("Nights", "Days") is the length of each row's own stay
    elif timed and all(c.clock for c in timed):
        target = max(timed, key=lambda c: max((_clock_value(v) for v in c.values), default=0.0))  # the whole
    else:
        return None
    unit = _unit_of(target)
    assert unit is not None
    raw = said.group("n")
    n = float(_WORD_NUMBERS.get(raw, 0) or raw.replace(",", ""))
    value = n * _MINUTES[said.group("unit")] / unit
    words = re.sub(r"\s+", " ", (said.groupdict().get("op") or "").strip())
    op2 = said.groupdict().get("op2")
    op = (">=" if op2 in ("longer", "more", "over") else "<=") if op2 else _TIME_OPS.get(words, ">")
    value = round(value, 4)
    return KindRequest(
        frame=ctx.frame,
        column=target.name,
        op=op,
        value=int(value) if float(value).is_integer() else value,
        share=_share(_said(ctx)),
    )


def _clock_value(text: str) -> float:
    parts = text.strip().split(":")
    try:
        return float(sum(float(p) * 60**i for i, p in enumerate(reversed(parts))))
    except ValueError:
        return 0.0


_AGE_BOUND = re.compile(r"\b(?:under|over|below|above|younger|older|aged)\b")


def _age_of_people(ctx: Context, pos: int) -> Mention | None:
    """People "under 18" or "over 65" are bounded by their age: the frame's one age column, when nothing is named."""
    if not _AGE_BOUND.search(ctx.text[pos : pos + 12]) or any(
        x.column.numeric and not x.column.id_like and not x.column.flag for x in ctx.mentions
    ):
        return None  # a 0/1 outcome named beside ("death rate for patients over 70") bounds no one's age
    ages = [c for c in ctx.columns() if c.numeric and not c.id_like and "age" in c.stems]
    if len(ages) != 1:
        return None
    return Mention(ages[0], pos, pos, 50, "age", "synonym")


_BRACKET = re.compile(r"\s*(?P<op><=|>=|<|>)\s*\$?(?P<n>\d+(?:\.\d+)?)\s*(?P<k>[kKmM]?)\s*")
_SCALE = {"": 1.0, "k": 1e3, "m": 1e6}


def _bracket(ctx: Context, op: str, value: float) -> KindRequest | None:
    """A bound that is a label's own bracket ("earn more than 50K": income = >50K), not a bound on a measure."""
    for c in ctx.columns():
        if not c.categorical or not c.n_unique or c.n_unique > 6:
            continue
        for v in dict.fromkeys(c.values):
            b = _BRACKET.fullmatch(v)
            if b is None or float(b.group("n")) * _SCALE[b.group("k").lower()] != value:
                continue
            if (op in (">", ">=")) == b.group("op").startswith(">"):
                return KindRequest(frame=ctx.frame, column=c.name, op="==", value=v, share=_share(_said(ctx)))
    return None


def _bound(ctx: Context, rate: bool = False) -> KindRequest | None:
    for op, rx in _CONDITIONS:
        m = rx.search(ctx.text)
        if not m:
            continue
        raw = m.group("v") or m.groupdict().get("v2")
        assert raw is not None  # every pattern matches its number as v or as v2
        value = float(raw.replace(",", ""))
        bracket = _bracket(ctx, op, value) if op != "or" else None
        if bracket is not None:
            return bracket
        # the comparative itself may name the measure ("taller than 80": height)
        # a record code is bounded only when its name is said ("inspections ... at least one critical violation"
        # bounds the violations, not Inspection ID)
        usable = [
            x
            for x in ctx.mentions
            if (not x.column.id_like or x.via == "name")
            and not (x.column.flag and x.column.numeric and value not in (0.0, 1.0))  # "deaths over 70": not a 0/1
        ]
        said = next((x for x in usable if x.column.numeric and x.start <= m.start() < x.end), None)
        before = nearest_before(usable, m.start())
        named_after = next(
            (
                x
                for x in usable
                if x.column.numeric and x.score >= 90 and x.start >= m.end() and not ctx.text[m.end() : x.start].strip()
            ),
            None,
        )
        if said is None and named_after is not None and (before is None or before.score < named_after.score):
            said = named_after  # "sales ... with more than 500 units sold": Units Sold, named in full after
        unit_after = next(
            (
                x
                for x in usable
                if x.column.numeric
                and x.start >= m.end()
                and not ctx.text[m.end() : x.start].strip()
                and re.search(r"\(\s*" + re.escape(x.word.lower()) + r"\s*\)", x.column.name.lower())
            ),
            None,
        )
        if said is None and unit_after is not None:
            said = unit_after  # "dumpsters that weighed more than 4 tons": the column kept in tons, Weight (tons)
        if said is None and (before is None or not before.column.numeric):
            # "books (over 500 pages)": the column named right after the number, when none is named before it
            said = next(
                (
                    x
                    for x in usable
                    if x.column.numeric and x.start >= m.end() and not ctx.text[m.end() : x.start].strip()
                ),
                None,
            )
        target = said or before
        percent = re.match(r"\s*(?:%|percent\b|per\s*cent\b)", ctx.text[m.end("v" if m.group("v") else "v2") :])
        if target is not None and percent and not PERCENT_NAME.search(target.column.name):
            # "discounted 50% or more": discount_percentage ("64%"), not discounted_price
            word = root(target.word.lower().split()[-1]) if target.word else ""
            kin = [
                c
                for c in ctx.columns()
                if c.numeric and PERCENT_NAME.search(c.name) and any(root(s) == word for s in c.stems)
            ]
            if len(kin) == 1:
                target = Mention(kin[0], target.start, target.end, target.score, target.word, target.via)
            else:  # "weeks above 5%" of ILINet: the percentage column meant, not Week
                meant = percent_meant(ctx.text, ctx.catalog, ctx.frame)
                if meant is not None:
                    target = Mention(meant, target.start, target.end, target.score, target.word, target.via)
        if target is not None and target.column.high is not None and value > target.column.high:
            # "scored above 85 points": Total.Cup.Points (up to 90), not Cupper.Points (up to 10)
            word = stem(target.word.lower().split()[-1]) if target.word else ""
            reach = [
                c
                for c in ctx.columns()
                if c.numeric and c.high is not None and c.high >= value and word and word in c.stems
            ]
            if len(reach) == 1:
                target = Mention(reach[0], target.start, target.end, target.score, target.word, target.via)
        if target is None and percent:  # "more than 30% of kids chronically absent": the percentage column meant
            # (of several; one alone is read so by the general reader)
            meant = percent_meant(ctx.text, ctx.catalog, ctx.frame, several=True)
            if meant is not None:
                target = Mention(meant, m.start(), m.end(), 50, m.group(), "partial")
        nums = [x for x in usable if x.column.numeric]
        if target is None and len(nums) == 1:
            target = nums[0]
        if target is None:
            target = _age_of_people(ctx, m.start())
        if target is None and 1800 <= value <= 2100 and value.is_integer():
            years = [c for c in ctx.columns() if c.year_like]  # "found in 2010 or later": the year column
            target = Mention(years[0], m.start(), m.end(), 50, m.group(), "time") if len(years) == 1 else None
        if target is None:
            return None
        if op == "or":  # "4 or 5" on a 1-5 scale: 4 or more; "1 or 2": 2 or less; other pairs are no bound
            column, low, high = target.column, value, float(m.group("hi"))
            if high != low + 1 or column.low is None or column.high is None:
                continue
            if high == column.high:
                op = ">="
            elif low == column.low:
                op, value = "<=", high
            else:
                continue
        if op in ("between", "outside"):  # [low, high], both ends inside the range
            bounds = sorted([value, float(m.group("hi").replace(",", ""))])
            return KindRequest(
                frame=ctx.frame,
                column=target.column.name,
                op=op,
                value=[int(b) if b.is_integer() else b for b in bounds],
                share=_share(_said(ctx)),
            )
        share = _share(_said(ctx))
        top = target.column.high
        if re.match(r"\s*(?:%|percent\b|per\s*cent\b)", ctx.text[m.end() :]) and top is not None and 0 < top <= 1:
            value = round(value / 100, 10)  # "above 10%" of a rate kept as a fraction (0.079): 0.1
        return KindRequest(
            frame=ctx.frame,
            column=target.column.name,
            op=op,
            value=int(value) if value.is_integer() else value,
            share=share,
        )
    for x in ctx.mentions:  # "how many rows have a height of 0": the measure said, then "of" a number
        of = re.match(rf"\s+of\s+(?P<v>{NUM}|zero)\b(?!\s*%)", ctx.text[x.end :])
        if of and x.column.numeric and not x.column.id_like and re.search(r"\b(?:a|an|the)\s+$", ctx.text[: x.start]):
            value = 0.0 if of.group("v") == "zero" else float(of.group("v").replace(",", ""))
            return KindRequest(
                frame=ctx.frame,
                column=x.column.name,
                op="==",
                value=int(value) if value.is_integer() else value,
                share=_share(_said(ctx)),
            )
    equal = _EQUAL.search(ctx.text)  # "what share of the counts are zero"
    target = nearest_before(ctx.mentions, equal.start()) if equal else None
    if equal and target is not None:
        value = 0.0 if equal.group("v") == "zero" else float(equal.group("v").replace(",", ""))
        return KindRequest(
            frame=ctx.frame,
            column=target.column.name,
            op="==",
            value=int(value) if value.is_integer() else value,
            share=_share(_said(ctx)),
        )
    for m in re.finditer(rf"(?<![\w.])(?P<v>{NUM})%?\s+", ctx.text):  # "have 8 cylinders", "70% cocoa": that value
        named = next((x for x in ctx.mentions if x.start == m.end() and x.column.numeric), None)
        if named is not None:
            value = float(m.group("v").replace(",", ""))
            share = bool(re.search(r"\bshare\b|\bpercent|\bproportion\b|\bfraction\b|\bwhat %", ctx.text))
            return KindRequest(
                frame=ctx.frame,
                column=named.column.name,
                op="==",
                value=int(value) if value.is_integer() else value,
                share=share,
            )
    # "what share of employees left?": a two-valued column (Attrition: Yes/No) named by the question
    for x in ctx.mentions:
        if x.column.categorical and not x.column.id_like and (label := positive_value(x.column, ctx.question)):
            op = "=="
            # "customers who don't have a partner": the other of the two values; "animals were not vaccinated",
            # a name read in scattered words with the negation among them, too
            if _negated(ctx.text, x.start, x.column.name) or (
                x.via == "scattered" and _NEGATION.search(ctx.text[x.start : x.end])
            ):
                others = [v for v in dict.fromkeys(x.column.values) if v.strip() and v != label]
                if len(others) != 1:
                    # "not vaccinated" of Yes, No and Unknown: the No rows, not the unknown ones
                    nos = [v for v in others if v.strip().lower() in ("no", "n", "false", "not", "none")]
                    if len(nos) != 1:
                        continue
                    return KindRequest(
                        frame=ctx.frame, column=x.column.name, op="==", value=nos[0], share=_share(_said(ctx))
                    )
                # (rows left blank have it no more than the other value's: "entries that haven't been approved")
                label, op = (label, "isnt") if not x.column.complete else (others[0], "==")
            return KindRequest(frame=ctx.frame, column=x.column.name, op=op, value=label, share=_share(_said(ctx)))
    # "what share of flights were cancelled?": a 0/1 column named by the question ("how many" sums it elsewhere)
    for x in ctx.mentions:
        if (
            x.column.flag
            # True/False reads as 1/0, with blanks among them too
            and (x.column.numeric or x.column.kind in ("bool", "other"))
            and not x.column.id_like
            # "how many" sums a 0/1 number elsewhere; True/False values are counted here
            and (
                _share(_said(ctx))
                or rate
                or (
                    (x.column.kind == "bool" or _negated(ctx.text, x.start, x.column.name) or x.via == "antonym")
                    and bool(_HOW_MANY.search(ctx.text))
                )
            )
        ):
            # "not senior citizens": the rows marked 0; "fails" of Passed too
            value = 0 if _negated(ctx.text, x.start, x.column.name) != (x.via == "antonym") else 1
            op = "marked" if x.column.blank_is_no else "=="  # 1 or blank: every row is known, blank is 0
            return KindRequest(frame=ctx.frame, column=x.column.name, op=op, value=value, share=_share(_said(ctx)))
    # "what share of orders were in the West?": the rows with the one value the question names
    strong = [(x.start, x.end) for x in ctx.mentions if x.score >= 90]
    values = find_values(ctx.question, ctx.catalog, ctx.frame, strong)
    # "what percentage of people live in cities in X": a value; "loans" of loan_amnt names the rows, not a measure
    # "what proportion of defendants …" names the rows too, not Def. Age; nor is a record code (Case Ref) measured
    valued = {v.column for v in values}  # "paid by credit card": payment_type is named by its value, not measured
    second = _OF_THOSE.search(ctx.text)  # "…, and whats the median price of those?": a second part, about them
    measured = any(
        x.column.numeric
        and not (  # "by season" (2008 ... 2019): a year groups, it is not measured
            x.column.year_like
            or (
                "int" in x.column.dtype
                and x.column.low is not None
                and x.column.high is not None
                and 1900 <= x.column.low <= x.column.high <= 2100
            )
        )
        and (second is None or x.start < second.start())
        and x.column not in valued
        and not x.column.id_like
        and not things_counted(x)
        and not (x.via in ("partial", "abbreviation") and stem(x.word.lower()) in PERSONS)
        for x in ctx.mentions
    )
    # (a rate alone was tried before the conditions: `_match`)
    within = _share_within(ctx) if _share(_said(ctx)) and not measured else None
    if within is not None:
        return within
    if _share(_said(ctx)) and not measured and len({(v.column.name, v.value) for v in values}) == 1:
        return KindRequest(frame=ctx.frame, column=values[0].column.name, op="==", value=values[0].value, share=True)
    if (
        _HOW_MANY.search(ctx.text)
        and not measured
        and len({(v.column.name, v.value) for v in values}) == 1
        and values[0].column.lists(values[0].value)
    ):  # "how many of the games run on mac": the rows whose list has the label
        return KindRequest(frame=ctx.frame, column=values[0].column.name, op="==", value=values[0].value)
    return None


# ("when i do 18:6", "what share of my 18:6 fasts": the rows of the plan said, among which the other is counted)
_SCOPE_BEFORE = re.compile(
    r"\b(?:in|within|among|for|at|from|on|when\s+(?:i|we|you|they)\s+(?:do|did|use|used|pick|picked|choose|chose)"
    r"|(?:share|percent(?:age)?|proportion|fraction)\s+of\s+(?:my|our))\s+(?:the\s+|an?\s+)?$"
)
_RATE = re.compile(r"\brates?\b")
# "win percentage", "win %": a value's rate said with the percentage word right after it
_VALUE_PERCENTAGE = re.compile(
    r"\b(?!(?:what|which|the|a|of|in|by|as|per)\b)[a-z]{3,}\s+(?P<p>percentage|pct|%)(?=\W|$)"
)
_SCOPE_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?only\b")


def _share_within(ctx: Context) -> KindRequest | None:
    """The share of one value among the rows of another ("in King County only, what share are eligible?").

    The value said with "in … only", "within", "among" scopes the rows; the other one is counted. A label's own
    name may be said in its value's words ("clean alternative fuel vehicle"), so only measures hide values here.
    """
    strong = [(x.start, x.end) for x in ctx.mentions if x.score >= 90 and x.column.numeric]
    values = [
        v for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong) if not ctx.catalog.names_rows(v.column)
    ]
    pairs = list(dict.fromkeys((v.column.name, v.value) for v in values))
    if len(pairs) != 2 or pairs[0][0] == pairs[1][0]:
        return None
    scoped = [v for v in values if _SCOPE_BEFORE.search(ctx.text[: v.start]) or _SCOPE_AFTER.match(ctx.text[v.end :])]
    if len({(v.column.name, v.value) for v in scoped}) != 1:
        return None
    scope = scoped[0]
    counted = next(v for v in values if v.column != scope.column)
    asked = _share(_said(ctx)) or re.search(r"\bhow\s+often\b", ctx.text) is not None
    if not asked and not re.match(r"\s*rates?\b", ctx.text[counted.end :]):
        return None  # a rate of the value itself ("the success rate on Everest"), not any rate said
    return KindRequest(
        frame=ctx.frame,
        column=counted.column.name,
        op="==",
        value=counted.value,
        share=True,
        where=[[scope.column.name, scope.value]],
    )


def _group_name(req: KindRequest) -> str:
    return f"{PERIOD_NAMES[req.period]} of {req.group}" if req.period in PERIOD_NAMES else str(req.group)


def _test(req: KindRequest) -> tuple[list[str], str, str]:
    """The lines that prepare a condition, its test on each row, and which rows can be tested."""
    f, c = req.frame, col(req.column)
    if req.op == "weekday":
        value = req.value if isinstance(req.value, dict) else {}
        # times since 1970 ("Time" of review tables), else text or packed numbers in a format
        read = f"pd.to_datetime({f}[{c}]{date_arguments(value.get('format'))}, errors='coerce').dt.day_of_week"
        return [f"days = {read}  # Monday = 0 ... Sunday = 6"], f"days.isin({value.get('days')!r})", "days.notna()"
    if req.op == "has":  # a list of labels per row ("windows;mac"): the rows that list this one
        return [], has_label(str(req.column), str(req.value), f), f"{f}[{c}].notna()"
    if req.op == "contains":  # a value said with qualifiers too ("Rain", "Light Rain"): every one of them
        return [], holds_word(f"{f}[{c}]", str(req.value)), f"{f}[{c}].notna()"
    if req.op == "in":  # one of several values ("overweight or obese")
        return [], f"{f}[{c}].isin({list(req.value)!r})", f"{f}[{c}].notna()"
    if req.op == "marked":  # 1 or blank: a blank is a row without the mark
        return [], f"{f}[{c}].fillna(0) == {req.value!r}", f"pd.Series(True, index={f}.index)"
    if req.op == "given":  # a detail written only when the event happened (the team that drafted a player)
        return [], f"{f}[{c}].notna() & {f}[{c}].astype(str).str.strip().ne('')", f"pd.Series(True, index={f}.index)"
    if req.op == "blank":  # never done: nothing written ("unknown" and "N/A" are nothing too)
        blank = f"{f}[{c}].isna() | {f}[{c}].astype(str).str.strip().str.lower().isin({sorted(_NOTHING)!r})"
        return [], blank, f"pd.Series(True, index={f}.index)"
    if req.op == "isnt":  # not yet that value ("entries that haven't been approved"): a blank is not it either
        return [], f"{f}[{c}].ne({req.value!r})", f"pd.Series(True, index={f}.index)"
    if req.op in ("between", "outside") and isinstance(req.value, list):
        low, high = req.value
        inside = f"{f}[{c}].between({low!r}, {high!r})"
        return [], inside if req.op == "between" else f"~{inside} & {f}[{c}].notna()", f"{f}[{c}].notna()"
    return [], f"{f}[{c}] {req.op} {req.value!r}", f"{f}[{c}].notna()"


def _cond_words(req: KindRequest) -> str:
    """The condition in words: "AE (Y/N) = Y", "Issue Date on Saturday or Sunday"."""
    if req.op == "weekday":
        days = (req.value or {}).get("days") or [] if isinstance(req.value, dict) else []
        if days == [5, 6]:
            return f"{req.column} at the weekend (Saturday or Sunday)"
        if days == [0, 1, 2, 3, 4]:
            return f"{req.column} on a weekday (Monday to Friday)"
        names = [_DAY_NAMES[d].capitalize() for d in days]
        return f"{req.column} on " + (" or ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0])
    if req.op == "marked":
        return f"{req.column} = {req.value} (a blank counted as 0)"
    if req.op == "given":
        return f"{req.column} given (not blank)"
    if req.op == "blank":
        return f"{req.column} blank (not given)"
    if req.op == "contains":
        return f"{req.column} has the word {req.value} (alone or with other words)"
    if req.op == "isnt":
        return f"{req.column} ≠ {req.value} (blanks included)"
    if req.op == "in" and isinstance(req.value, list):
        return f"{req.column} is " + " or ".join(str(v) for v in req.value)
    if req.op in ("between", "outside") and isinstance(req.value, list):
        low, high = (fmt(v) for v in req.value)
        return f"{req.column} {'between' if req.op == 'between' else 'outside'} {low} and {high}"
    year = isinstance(req.value, int) and 1800 <= req.value <= 2100  # a year is written without a thousands comma
    return f"{req.column} {_SYMBOL.get(req.op or '', req.op)} {req.value if year else fmt(req.value)}"


def _among(req: KindRequest) -> str:
    """The rows a follow-up narrowed the count to ("now only for Evri"), in words."""
    return " among " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""


def code(req: KindRequest) -> str:
    """The cell for the request."""
    if req.where:  # a follow-up narrowed the rows ("now only for Evri"): the same count on those rows
        condition = where_mask(req.frame, req.where)
        narrowed = KindRequest.from_dict({**req.to_dict(), "frame": "data", "where": []})
        return code(narrowed).replace("import json\n", f"import json\ndata = {req.frame}[{condition}]\n", 1)
    c = col(req.column)
    if req.agg == "groups_over":
        g = col(req.group)
        key = f"pd.to_datetime({req.frame}[{g}], errors='coerce').dt.to_period({req.period!r})" if req.period else None
        return finish(
            [
                f"# Total {req.column} per {_group_name(req)}, and the groups whose total is {req.op} {req.value}",
                f"key = {key or f'{req.frame}[{g}]'}",
                f"totals = {req.frame}.groupby(key)[{c}].sum()",
                f"over = totals[totals {req.op} {req.value!r}]",
                "print(over)",
                "",
                f'result = {{"rows": len({req.frame}), "groups": len(totals), "matching": len(over), "values": over}}',
            ],
            f"groups with total {req.column} {req.op} {req.value}",
        )
    setup, test, can = _test(req)
    if req.agg == "split":
        op, bound = (req.group2 or "> 0").split()
        g, side = col(req.group), f"{req.group} {_SYMBOL.get(op, op)} {bound}"
        return finish(
            [
                f"# Share of rows where {_cond_words(req)}: where {side}, and the rest",
                "from scipy import stats",
                "",
                *setup,
                f"known = ({can}) & {req.frame}[{g}].notna()",
                f"matches = ({test}) & known",
                f"side = np.where({req.frame}[{g}] {req.group2}, {side!r}, 'the rest')",
                f"side = pd.Series(side, index={req.frame}.index)",
                "counts = pd.DataFrame({'matching': matches, 'known': known}).groupby(side).sum()",
                "percent = (100 * counts['matching'] / counts['known']).round(2)",
                "print(percent)",
                *_CHI_SQUARE,
                "",
                f'result = {{"rows": len({req.frame}), "known": int(known.sum()), "matching": int(matches.sum()), '
                '"percent": percent, "counts": counts["matching"], "sizes": counts["known"], "p": p}',
            ],
            f"share where {_cond_words(req)}, {side} against the rest",
        )
    if req.agg == "distinct":
        k = col(req.y)
        return finish(
            [
                f"# Distinct {req.y} with {_cond_words(req)} (the rows repeat {req.y})",
                *setup,
                f"known = {can}",
                f"matches = ({test}) & known",
                f"ids = {req.frame}.loc[matches, {k}].dropna().unique()",
                f"total = int({req.frame}[{k}].nunique())",
                "",
                "percent = round(100 * len(ids) / max(total, 1), 2)",
                f'result = {{"rows": len({req.frame}), "known": int(known.sum()), "matching": int(matches.sum()), '
                '"distinct": len(ids), "total": total, "percent": percent}',
            ],
            f"distinct {req.y} with {_cond_words(req)}",
        )
    if req.group:
        g = col(req.group)
        key = f"{req.frame}[{g}]"
        if req.period:  # a date grouped by the calendar period said ("each year")
            key = f"pd.to_datetime({key}, errors='coerce').dt.to_period({req.period!r}).rename({req.group!r})"
        return finish(
            [
                f"# {'Share of rows' if req.share else 'Rows'} where {_cond_words(req)}, "
                f"within each {_group_name(req)}",
                *setup,
                f"known = {can}",
                f"matches = ({test}) & known",
                f"counts = pd.DataFrame({{'matching': matches, 'known': known}}).groupby({key}).sum()",
                *(
                    [f"counts = counts[counts['known'] >= {req.least}]  # only groups of {req.least} rows or more"]
                    if req.least
                    else []
                ),
                "percent = (100 * counts['matching'] / counts['known']).round(2)"
                + ("" if req.period else ".sort_values(ascending=False)"),
                "print(percent)",
                "",
                "percent.plot.bar(figsize=(8, 4), ylabel='% of rows')",
                "plt.show()",
                "",
                *(
                    [
                        "# do the shares differ more than chance would make them? (chi-square on the yes/no counts)",
                        "from scipy import stats",
                        *_CHI_SQUARE,
                    ]
                    if req.share
                    else ["p = None"]
                ),
                f'result = {{"rows": len({req.frame}), "known": int(known.sum()), "matching": int(matches.sum()), '
                '"percent": percent, "counts": counts["matching"], "sizes": counts["known"], "p": p}',
            ],
            f"share where {_cond_words(req)} by {req.group}",
        )
    total = [f"total = {req.frame}.loc[matches, {col(req.total_of)}].{req.total_agg}()"] if req.total_of else []
    if req.then:  # how many of the rows counted have the value the second part names
        c2, op2, v2 = req.then
        total.append(f"then = int((matches & ({req.frame}[{col(c2)}] {op2} {v2!r})).sum())")
    return finish(
        [
            f"# Rows where {_cond_words(req)}"
            + (f", and their {_AGG_WORD.get(req.total_agg, req.total_agg)} {req.total_of}" if req.total_of else ""),
            *setup,
            f"known = {can}",
            f"matches = ({test}) & known",
            *total,
            "",
            "percent = round(100 * matches.sum() / max(known.sum(), 1), 2)",
            f'result = {{"rows": len({req.frame}), "known": int(known.sum()), "matching": int(matches.sum()), '
            '"percent": percent'
            + (', "total": total' if req.total_of else "")
            + (', "then": then}' if req.then else "}"),
        ],
        f"rows where {_cond_words(req)}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows, known, hits = result.get("rows") or 0, result.get("known") or 0, result.get("matching") or 0
    cond = _cond_words(req) + _among(req)
    if req.agg == "distinct":
        many, total = result.get("distinct") or 0, result.get("total") or 0
        return (
            f"Distinct {req.y} with {cond}, {fmt(rows)} rows.\n\n**{fmt(many)}** of {fmt(total)} {req.y} "
            f"({fmt(result.get('percent'))}%) have at least one row with {cond} ({fmt(hits)} rows)."
        )
    if req.agg == "groups_over":
        over = result.get("values") or {}
        listing = ", ".join(f"{k}: {fmt(v)}" for k, v in list(over.items())[:20])
        found = f"**{fmt(hits)}** of {fmt(result.get('groups'))} groups"
        return (
            f"Total {req.column} per {_group_name(req)}, groups with total {_SYMBOL.get(req.op or '', req.op)} "
            f"{fmt(req.value)}, {fmt(rows)} rows.\n\n{found}" + (f" ({listing})." if listing else ".")
        )
    if req.agg == "split":
        percent = {k: v for k, v in (result.get("percent") or {}).items() if v is not None}
        counts, sizes = result.get("counts") or {}, result.get("sizes") or {}
        lines = [f"Share of rows with {cond}, {req.group} {req.group2} against the rest, {fmt(rows)} rows.", ""]
        lines += [f"- {k}: **{fmt(v)}%** ({fmt(counts.get(k))} of {fmt(sizes.get(k))})" for k, v in percent.items()]
        p = result.get("p")
        lines.append(f"\nChi-square test: {p_words(p if isinstance(p, int | float) else None)}.")
        return "\n".join(lines)
    if req.group:
        percent = {k: v for k, v in (result.get("percent") or {}).items() if v is not None}
        counts, sizes = result.get("counts") or {}, result.get("sizes") or {}
        if not req.share:  # "how many ... each year": the counts first
            lines = [f"Rows with {cond} per {_group_name(req)}, {fmt(rows)} rows.", ""]
            order = list(percent)
            if not req.period:  # "which state has the most of those": the groups by their count, most first
                order.sort(key=lambda k: -(counts.get(k) or 0))
            lines += [f"- {k}: **{fmt(counts.get(k))}** of {fmt(sizes.get(k))} ({fmt(percent[k])}%)" for k in order]
            if not req.period and len(order) >= 2:
                first = order[-1] if req.order == "min" else order[0]
                word = "Fewest" if req.order == "min" else "Most"
                lines.append(f"\n{word}: {req.group} **{first}** ({fmt(counts.get(first))} rows).")
                percent = {}  # the ends by count are said; a highest share would be another question
        else:
            lines = [f"Share of rows with {cond} within each {_group_name(req)}, {fmt(rows)} rows.", ""]
            lines += [
                f"- {req.group} {k}: **{fmt(v)}%** ({fmt(counts.get(k))} of {fmt(sizes.get(k))})"
                for k, v in percent.items()
            ]
        if len(percent) >= 2:
            top, low = max(percent, key=percent.__getitem__), min(percent, key=percent.__getitem__)
            ends = f"{req.group} **{top}** ({fmt(percent[top])}%); lowest: {req.group} **{low}** ({fmt(percent[low])}%)"
            lines.append(f"\nHighest: {ends}.")
        lines.append(f"\nOverall: {fmt(hits)} of {fmt(known)} rows ({fmt(100 * hits / max(known, 1))}%).")
        p = result.get("p")
        if req.share and isinstance(p, int | float):
            lines.append(f"Chi-square test of the difference: {p_words(p)}.")
        return "\n".join(lines)
    pct = f"{result.get('percent')}%" if known else "n/a"
    text = f"Rows with {cond}, out of {fmt(rows)} rows.\n\n**{fmt(hits)} of {fmt(known)}** rows ({pct})"
    if known < rows:
        text += f"; {fmt(rows - known)} rows have no {req.column} value and are not counted"
    if req.then and isinstance(result.get("then"), int | float):
        part = f" ({fmt(round(100 * result['then'] / hits, 2))}%)" if hits else ""
        c2, op2, v2 = req.then
        text += (
            f".\n\nOf those {fmt(hits)}, **{fmt(result['then'])}** have {c2} {_SYMBOL.get(op2, op2)} {fmt(v2)}{part}"
        )
    if req.total_of:
        word = _AGG_WORD.get(req.total_agg, req.total_agg)
        text += f".\n\nTheir {word} {req.total_of}: **{fmt(result.get('total'))}**"
    return text + "."
