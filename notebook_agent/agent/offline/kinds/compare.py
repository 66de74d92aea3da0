"""A measure compared between groups.

A measure compared between groups: mean, median and n per group, a box plot, and a test (Welch's t-test for
two groups, one-way ANOVA and Kruskal–Wallis for more), with the p-value in plain words.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import CODE_PARTS, bound_sides, value_sides
from ..columns import STOP, Column, Mention, find_values
from ..words import EVENT_COUNTS, SYNONYM_OF, TWO_COMPARATIVES, WET_DRY
from .base import NUM, Context, KindRequest, col, finish, fmt, is_value, p_words, positive_value

_ASK = re.compile(
    r"\bcompare\b|\bcomparison\b|\bdiffer\w*|\bdifferent\b|\baffects?\b|\binfluences?\b|\bimpact\b|"
    r"\beffect of\b|\bvar(?:y|ies)\b|\bdepends? on\b|\bimproves?\b|\bincreases?\b|\breduces?\b|\bchanges?\b"
)
_RELATION = re.compile(r"\bcorrelat\w*|\bcorrs?\b|\baffect(?:s|ed|ing)?\b|\bimpact(?:s|ed|ing)?\b|\binfluence[sd]?\b")
_DIFFER = re.compile(r"\bcompare\b|\bcomparison\b|\bdiffer\w*|\bdifferent\b")
_GROUP_AFTER = re.compile(r"\b(?:between|by|across|among|per|for each|of|in)\b")


_RATE_WORDS = re.compile(r"\brates?\b|\bshare\b|\bpercent|%")


def _groupable(c: Column, rows: int) -> bool:
    if c.numeric and c.n_unique and rows and c.n_unique > rows / 2:
        return False  # a value on (nearly) every row measures, it does not group
    return c.categorical or c.few_values or (c.numeric and c.low == 0 and c.high == 1)  # a 0/1 indicator


def _named_values_group(ctx: Context) -> KindRequest | None:
    """Compare "chilled and nonchilled plants": two values of one label column are named, so that column groups.

    The grouping is the column whose values are named, not a column whose name looks like a word of the question.
    """
    differ = bool(_DIFFER.search(ctx.text))
    if not (differ or _MORE.search(ctx.text) or _VERSUS.search(ctx.text) or _FOR_BOTH.search(ctx.text)):
        return None
    many = re.search(r"\bhow\s+many\s+", ctx.text)
    amount = many is not None and any(
        m.start == many.end() and m.column.numeric and not m.column.id_like for m in ctx.mentions
    )  # "how many boardings does a route get": an amount of a measure, not rows counted
    amount = amount or bool(re.search(r"\b(?:average|avg|mean|median)\s+number\s+of\b", ctx.text))
    if not differ and _COUNTED.search(ctx.text) and not amount:
        return None  # "how many are malignant vs benign", "recovery rate for horses vs goats": counts and rates
    strong = [(m.start, m.end) for m in ctx.mentions if m.score >= 90 and m.column.numeric]
    named: dict[str, set[str]] = {}
    for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong):
        named.setdefault(v.column.name, set()).add(v.value)
    groups = [name for name, values in named.items() if len(values) >= 2]
    if len(groups) != 1:
        return None
    group = ctx.catalog.get(ctx.frame, groups[0])
    said_times: dict[Column, int] = {}  # "bills longer": the column two words name (bill_length, not bill_depth)
    for m in ctx.mentions:
        if m.column.numeric and not m.column.id_like:
            said_times[m.column] = said_times.get(m.column, 0) + 1
    y = max(said_times, key=lambda c: said_times[c]) if said_times else None  # ties: the first named
    if y is None and (not differ or _RATE_WORDS.search(ctx.text)):
        # set against each other without a measure named: not a comparison of one ("compare the delay rate
        # between continents" is a share of a value per group)
        return None
    if y is None:
        only = [c for c in ctx.columns() if c.numeric and not c.time and not c.id_like]
        y = only[-1] if len(only) == 1 else None
    if y is None or group is None:
        return None
    said = sorted(named[group.name])
    every = group.n_unique is not None and len(said) >= group.n_unique
    # "public vs private 4 year schools": one value of another label narrows every group to its rows
    scope = [[name, next(iter(values))] for name, values in named.items() if name != group.name and len(values) == 1]
    # "fall vs spring" of TERM (Fall 2022, Spring 2023): each group is the values the word starts
    known = {v.strip() for v in group.values}
    starts = bool(known) and all(
        v not in known and sum(k.lower().startswith(v.lower() + " ") for k in known) >= 2 for v in said
    )
    # only the groups named ("ambulance ... than walk-ins", not the other arrival modes)
    return KindRequest(
        frame=ctx.frame,
        y=y.name,
        group=group.name,
        where=([] if every and not starts else [[group.name, v] for v in said]) + scope,
        starts=starts,
    )


_COUNTED = re.compile(
    r"\b(?:more|less)\s+likely\b|\bhow\s+many\b|\bnumber\s+of\b|\bshare\b|\bpercent|\bproportion\b"
    r"|\bcount\b"
    # (not the verb: "do business travellers rate hotels lower than families")
    r"|\brates?\b(?!\s+(?:\w+\s+)?(?:lower|higher|better|worse|more|less)\b)"
)
# "higher in the diabetic group": a 0/1 column said as a group of rows
_GROUP_NOUN = re.compile(r"\s+(?:group|ones|patients|people|cases|customers|users|members)\b")
_MORE_WORD = re.compile(r"\b(?:more|less|fewer|higher|lower|longer|shorter|bigger|smaller|better|worse)\b")
_LIKELY = re.compile(r"\b(?:more|less)\s+likely\b")  # a rate of a yes/no outcome, not a measure compared
# "avg cholesterol for men and for women": a measure of each of two groups said one after the other
_FOR_BOTH = re.compile(r"\b(?:average|avg|mean|median|typical)\b.*\bfor\s+\S+(?:\s+\S+)?\s+(?:and|&)\s+for\s+\S")
_VERSUS = re.compile(r"\bvs\.?\b|\bversus\b|\b(?:than|then)\b")
_REST = re.compile(
    r"\b(?:than|vs\.?|versus|compared\s+(?:with|to)|against)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:rest|others|every(?:one|thing|where|body)\s+else|any(?:one|where)\s+else|other\s+\w+)\b"
)
_SET_AGAINST = re.compile(r"\bcompared\s+(?:with|to)\b|\bvs\.?\b|\bversus\b|\bagainst\s+(?:the\s+)?non\b")

# "do remote workers earn more?", "are smokers' tips higher?": a yes/no question about one group against the rest
_MORE = re.compile(
    r"^\W*(?:do|does|did|are|is|were|was)\b.*\b(?:more|less|fewer|higher|lower|better|worse|longer|shorter|bigger|"
    r"smaller|larger|faster|slower|older|younger|heavier|lighter)\b"
)


def _drop_qualified(ctx: Context, labels: list[Column]) -> list[Column]:
    """Labels less the noun another label qualifies: in "explicit tracks", "tracks" is what the rows are.

    A label named right after another label's name, by only part of its own name, is the thing described.
    """
    if len(labels) < 2:
        return labels
    ends = {m.end for m in ctx.mentions if m.column in labels and m.via == "name"}
    qualified = {
        m.column
        for m in ctx.mentions
        if m.column in labels
        and m.via != "name"
        and any(ctx.question[e : m.start].strip() == "" and e < m.start for e in ends)
    }
    kept = [c for c in labels if c not in qualified]
    return kept or labels


def _whole_counts(c: Column) -> bool:
    """A count of things kept as decimals because of blanks (Bedrooms 1.0-6.0): its whole numbers label groups."""
    return (
        c.kind == "numeric"
        and "float" in c.dtype.lower()
        and not (c.is_date or c.id_like)
        and c.low is not None
        and c.high is not None
        and float(c.low).is_integer()
        and float(c.high).is_integer()
        and 0 <= c.low < c.high <= 30
    )


def _numbered_groups(ctx: Context) -> KindRequest | None:
    """Two numbers said before a column of few whole values ("4 bedroom homes ... than 3 bedroom ones").

    That column groups, only its named values are compared, and the measure is the other number named.
    """
    for m in ctx.mentions:
        if not (m.column.few_values or _whole_counts(m.column)):
            continue
        said = re.escape(ctx.question[m.start : m.end].lower())
        values = {int(v) for v in re.findall(rf"\b(\d+)[\s-]*{said}", ctx.text)}
        values |= {int(v) for v in re.findall(rf"{said}[\s-]*(\d+)\b", ctx.text)}  # "best of 5 vs best of 3"
        low, high = m.column.low, m.column.high
        if low is not None and high is not None and any(not low <= v <= high for v in values):
            continue  # "60 month loans": not amounts of loan_amnt
        if len(values) < 2:
            continue
        measures = [x.column for x in ctx.mentions if x.column.numeric and x.column != m.column]
        measures = [c for c in measures if not c.id_like and not c.time]
        if len(measures) != 1:
            return None
        return KindRequest(
            frame=ctx.frame,
            y=measures[0].name,
            group=m.column.name,
            where=[[m.column.name, v] for v in sorted(values)],
        )
    return None


_WHEN = re.compile(r"\b(?:when|where|if|on\s+days?\s+when|while)\b")


_PRICE_PARTS = frozenset({"price", "cost", "fee", "fare"})


_YES_NOT = re.compile(
    r"\b(?P<w>[a-z]{4,})\s+(?:vs\.?|versus|or|and|compared\s+(?:with|to))\s+(?:not|non)[\s-]*(?P=w)\b"
    # "holiday weeks vs normal weeks": the marked rows against the ordinary ones, the rows' noun said twice
    r"|\b(?P<w2>[a-z]{4,})\s+(?P<n>[a-z]{3,})\s+(?:vs\.?|versus|or|and|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:normal|regular|ordinary|other|usual|typical|non[\s-]*(?P=w2))\s+(?P=n)\b"
)


def _yes_against_not(ctx: Context) -> KindRequest | None:
    """A measure for the rows a yes/no column marks against the rest: "subscribed vs not subscribed customers"."""
    said = _YES_NOT.search(ctx.text)
    if said is None:
        return None
    marked = {
        m.column.name: m.column
        for m in ctx.mentions
        if m.start < said.end()
        # ("holiday/promo days": the yes/no column said just before, joined by a slash)
        and (said.start() < m.end or re.fullmatch(r"\s*[/-]\s*", ctx.text[m.end : said.start()]))
        and (m.column.flag or (m.column.n_unique == 2 and m.column.categorical))
    }
    if not marked:  # "subscribed" of Subscription Status (Yes / No): the column its word starts
        word = (said["w"] or said["w2"])[:6]
        marked = {
            c.name: c
            for c in ctx.columns()
            if (c.flag or (c.n_unique == 2 and c.categorical)) and any(s[:6] == word for s in c.stems if len(s) >= 6)
        }
    measures = {
        m.column.name
        for m in ctx.mentions
        if m.column.numeric
        and not m.column.id_like
        and m.column.name not in marked
        and not m.column.time
        and not m.column.flag  # "(open days only)": a condition, not the measure
        and not (said.start() <= m.start < said.end())  # "promo days vs non-promo days": the rows' noun
    }
    if len(marked) != 1 or len(measures) != 1:
        return None
    return KindRequest(frame=ctx.frame, y=measures.pop(), group=next(iter(marked)))


def _paid_free(ctx: Context) -> KindRequest | None:
    """A measure for paid rows against free ones ("do paid apps get better ratings than free ones?"): price > 0."""
    if not (re.search(r"\bpaid\b", ctx.text) and re.search(r"\bfree\b", ctx.text)):
        return None
    prices = [c for c in ctx.columns() if c.numeric and not c.id_like and _PRICE_PARTS & set(c.significant)]
    said = [m.span() for m in re.finditer(r"\b(?:paid|free)\b", ctx.text)]
    named = [
        m
        for m in ctx.mentions
        if m.column.numeric
        and not m.column.id_like
        and m.column not in prices
        and not m.column.time
        and not any(s <= m.start < e for s, e in said)  # "paid" is no total paid here
    ]
    strong = [m for m in named if m.score >= 90]
    measures = {m.column.name for m in (strong or named)}
    if len(prices) != 1 or len(measures) != 1:
        return None
    sides = bound_sides(prices[0], ">", 0.0)
    if ctx.catalog.get(ctx.frame, sides.name) is None:
        ctx.catalog.columns.append(sides)
    return KindRequest(frame=ctx.frame, y=measures.pop(), group=sides.name)


def _bound_sides(ctx: Context) -> KindRequest | None:
    """A measure compared where a bound on another column holds and where it does not.

    "Is availability worse when it's below freezing?": the two sides become a label column computed in the cell.
    """
    from .filtered import _bound  # the one reader of bounds; filtered imports nothing from here

    when = _WHEN.search(ctx.text)
    rest = _REST.search(ctx.text)  # "do longer books (over 500 pages) get better ratings than the rest?"
    if (when is None and rest is None) or not (
        _MORE.search(ctx.text) or _DIFFER.search(ctx.text) or _WORSE.search(ctx.text)
    ):
        return None
    cut = when.start() if when is not None else len(ctx.text)
    bound = _bound(ctx)
    if bound is None or bound.op not in (">", ">=", "<", "<=") or bound.column is None:
        return None
    measures = [
        m.column
        for m in ctx.mentions
        if m.column.numeric and not m.column.id_like and m.column.name != bound.column and m.start < cut
    ]
    column = ctx.catalog.get(ctx.frame, bound.column)
    if len({c.name for c in measures}) != 1 or column is None:
        return None
    sides = bound_sides(column, bound.op, float(bound.value))
    if ctx.catalog.get(ctx.frame, sides.name) is None:
        ctx.catalog.columns.append(sides)
    return KindRequest(frame=ctx.frame, y=measures[0].name, group=sides.name)


_SPEND = re.compile(
    r"\b(?:spen[dt]s?|spending|pays?|paid|costs?)\s+(?:\w+\s+){0,2}?(?:more|less)\b"
    # ("are orders with stain treatment more expensive": the money of each side)
    r"|\b(?:more|less)\s+expensive\b|\b(?:cheaper|pricier|costlier)\b"
)
_WORSE = re.compile(r"\b(?:worse|better|higher|lower|more|less)\b")
# "for households with children vs without", "with and without a garage": rows that have some against none;
# "places with online ordering ... than ones without", "that take table bookings vs ones that dont": a yes/no label
_WITH_WITHOUT = re.compile(
    r"\bwith\s+(?:any\s+|some\s+|an?\s+)?(?P<w>[a-z]+)\s+(?:vs\.?|versus|or|and|compared\s+(?:with|to)|against)"
    r"\s+(?:those\s+|ones\s+|the\s+ones\s+|[a-z]+\s+)?without\b"
    r"|\bwith\s+(?:and|or|vs\.?)\s+without\s+(?:any\s+|an?\s+)?(?P<w2>[a-z]+)"
)
_AGAINST_NONE = re.compile(
    r"\b(?:vs\.?|versus|than|or|compared\s+(?:with|to)|against)\s+(?:the\s+)?(?:ones|those|others|[a-z]+s)?\s*"
    r"(?:that|which|who)?\s*(?:without|(?:do|does|did|are|is|have|has)\s*n[o']?t\b|don'?t|dont|doesn'?t|"
    r"aren'?t|arent|haven'?t|havent)"
)


_WEATHER = {"rainy": "rain", "wet": "rain", "snowy": "snow", "windy": "wind"}


def _wet_dry(ctx: Context) -> KindRequest | None:
    """A measure on rainy (snowy, windy) rows against dry (calm) ones: the weather column's > 0 against 0."""
    said = WET_DRY.search(ctx.text)
    if said is None:
        return None
    word = _WEATHER[said.group("adj")]
    names = {word, *SYNONYM_OF.get(word, ())}
    weather = [
        c
        for c in ctx.columns()
        if c.numeric and (c.low or 0) >= 0 and any(s in names or s.startswith(word) for s in c.stems)
    ]
    measures = {
        m.column.name: m.column
        for m in ctx.mentions
        if m.column.numeric and not m.column.id_like and not m.column.time and m.column not in weather
    }
    if not weather and len(measures) == 1:
        # "snack money on rainy days vs dry ones" of a Rain column of Y and N: its two marks are the two sides
        marked = [c for c in ctx.columns() if not c.numeric and c.n_unique == 2 and word in c.stems]
        if len(marked) == 1:
            return KindRequest(frame=ctx.frame, y=next(iter(measures)), group=marked[0].name)
    if len(weather) != 1 or len(measures) != 1:
        return None
    group = bound_sides(weather[0], ">", 0.0)
    if ctx.catalog.get(ctx.frame, group.name) is None:
        ctx.catalog.columns.append(group)
    return KindRequest(frame=ctx.frame, y=next(iter(measures)), group=group.name)


_BOUND_WORD = r"(?:under|below|over|above|less\s+than|more\s+than|fewer\s+than|<|>)"
_TWO_BOUNDS = re.compile(
    rf"(?P<op1>{_BOUND_WORD})\s*(?P<a>{NUM})\s*(?:[a-z]+\s+)?(?:vs\.?|versus|compared\s+(?:with|to)|against|or|and)\s+"
    rf"(?:those\s+|ones\s+|the\s+ones\s+)?(?:(?P<again>[^\W\d][\w ()$%-]*?)\s+)?(?P<op2>{_BOUND_WORD})\s*(?P<b>{NUM})"
)
_BELOW = re.compile(r"under|below|less|fewer|<")


def _two_bounds(ctx: Context) -> KindRequest | None:
    """A measure on two ranges of another column: "median income for under 30s vs over 50s" (Age < 30, Age > 50).

    The rows in neither range are left out; the two ranges become the groups of a label computed in the cell.
    """
    said = _TWO_BOUNDS.search(ctx.text)
    if said is None:
        return None
    before = [m for m in ctx.mentions if m.end <= said.start() and m.column.numeric and not m.column.id_like]
    if len(before) < 2:  # the measure, then the column bounded ("income for Age under 30 vs Age over 50")
        return None
    measure, bounded = before[-2].column, before[-1].column
    if measure == bounded or bounded.low is None:
        return None
    sides = []
    for op_word, value in ((said["op1"], said["a"]), (said["op2"], said["b"])):
        op = "<" if _BELOW.match(op_word) else ">"
        sides.append([op, float(value.replace(",", ""))])
    if sides[0][0] == sides[1][0]:
        return None  # "over 30 vs over 50": overlapping ranges, not two groups
    bands = Column(
        frame=ctx.frame,
        name=f"{bounded.name} range",
        kind="categorical",
        dtype="object",
        n_unique=2,
        position=bounded.position + 2000,
        formula=(bounded.name, "bands", repr(sides)),
    )
    if ctx.catalog.get(ctx.frame, bands.name) is None:
        ctx.catalog.columns.append(bands)
    return KindRequest(frame=ctx.frame, y=measure.name, group=bands.name)


def _with_without(ctx: Context) -> KindRequest | None:
    """A measure for rows with something (Children > 0, online_order = Yes) against rows without it."""
    wet = _wet_dry(ctx) or _two_bounds(ctx)
    if wet is not None:
        return wet
    said = _WITH_WITHOUT.search(ctx.text)
    if said is not None:
        start, end = said.span("w") if said.group("w") else said.span("w2")
        counted = [m.column for m in ctx.mentions if m.start < end and start < m.end]
    else:
        against = _AGAINST_NONE.search(ctx.text)
        if against is None:
            return None
        start, end = 0, against.start()
        counted = [
            m.column
            for m in ctx.mentions
            if m.end <= end and (m.column.flag or (m.column.categorical and m.column.n_unique == 2))
        ]
    measures = [
        m.column
        for m in ctx.mentions
        if m.column.numeric
        and not m.column.id_like
        and not m.column.time
        and m.column not in counted
        and not m.column.flag
    ]
    if len(counted) != 1 or len({c.name for c in measures}) != 1:
        return None
    group = counted[0]
    if group.numeric and not group.flag:  # some of a count against none: two sides of > 0
        if group.low is None or group.low < 0:
            return None
        group = bound_sides(group, ">", 0.0)
        if ctx.catalog.get(ctx.frame, group.name) is None:
            ctx.catalog.columns.append(group)
    return KindRequest(frame=ctx.frame, y=measures[0].name, group=group.name)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if TWO_COMPARATIVES.search(ctx.text):
        return None  # "is my mood better after longer fasts": one measure against another, a correlation
    req = _match(ctx)
    y = ctx.catalog.get(ctx.frame, req.y) if req is not None and req.y else None
    group = ctx.catalog.get(ctx.frame, req.group) if req is not None and req.group else None
    if (
        y is not None
        and group is not None
        and y.flag
        and group.categorical
        and group.n_unique == 2
        and any(m.column == group and re.match(r"\s*rates?\b", ctx.text[m.end :]) for m in ctx.mentions)
    ):
        return None  # "does an sms reminder lower the no-show rate": the rate of no-shows with and without sms
    if (
        group is not None
        and group.numeric
        and set(group.stems) & CODE_PARTS
        and not any(v.column == group for v in find_values(ctx.question, ctx.catalog, ctx.frame, []))
        and re.search(r"\bbetween\s+(?:the\s+|all\s+)?[a-z]+s\b\W*$", ctx.text)
    ):
        return None  # "the average age difference between the couples": each row a couple, couple_number no group
    mean_said = re.search(r"\b(?:mean|average|avg)\b", ctx.text)
    # ("total hotel nights business vs personal": whole counts said as a total add up, whatever their name)
    totalled = y is not None and y.whole_count and re.search(r"\btotal\b", ctx.text)
    if (
        y is not None
        and (y.additive or totalled)
        and not mean_said
        and (
            (y.whole_count and re.search(r"\bhow\s+many\b|\btotal\b|\bnumber\s+of\b", ctx.text))
            # "how much did jane spend vs david": money added up per side, past tense or "total"
            or re.search(r"\bhow\s+much\s+(?:did|have|has|had)\b|\bin\s+total\b|\baltogether\b", ctx.text)
            # "compare northbound and southbound traffic", "httpx downloads on windows vs mac": counts of events,
            # each side's whole count
            or (
                y.whole_count
                and set(y.stems) & EVENT_COUNTS
                and re.search(r"^\W*compare\b|\b(?:vs\.?|versus)\s+[a-z]+\W*$", ctx.text)
            )
        )
        # ("how many boardings does a route get on a typical weekday": one route's, so a mean)
        and not re.search(r"\btypical\w*|\busual\w*|\b(?:does|do|did|would)\s+(?:a|an|each|one)\b", ctx.text)
        # ("infested units per filing" in a file of filings: one filing's, so a mean)
        and not (
            (per := re.search(r"\bper\s+(?:each\s+)?(?P<w>[a-z]+)\W*$", ctx.text)) is not None
            and (ctx.catalog.names_subject(ctx.frame, per["w"]) or per["w"] in ("row", "record", "entry"))
        )
    ):
        return None  # "men vs women - how many deaths each?": added up per side, not their means
    if req is not None and re.search(r"\bmedians?\b", ctx.text) and not mean_said:
        req.agg = "median"  # "median income for approved vs rejected": groups ranked by their medians
    return req


def _match(ctx: Context) -> KindRequest | None:
    if re.search(r"\b(?:how\s+many|number\s+of)\s+(?:different|distinct|unique)\b", ctx.text):
        return None  # "how many different videos are in this?": distinct values counted, nothing compared
    if (
        re.search(r"\brates?\b|%|\bpercent\w*|\bshare\b|\bproportion\b", ctx.text)
        and not any(m.column.numeric for m in ctx.mentions)
        and any(m.column.categorical and positive_value(m.column, ctx.question) for m in ctx.mentions)
    ):
        return None  # "compare depression rates for male vs female": a yes/no share per group, not a mean of age
    related = _RELATION.search(ctx.text)
    correlated = re.search(r"\bcorr", ctx.text) is not None
    if related and not any(m.column.categorical or (m.column.few_values and not correlated) for m in ctx.mentions):
        return None  # "how does mileage affect price? correlation?": two measures related, read elsewhere
    with_without = _with_without(ctx) or _paid_free(ctx) or _yes_against_not(ctx)
    if with_without is not None:
        return with_without
    if _MORE.search(ctx.text) or _DIFFER.search(ctx.text) or re.search(r"\bvs\.?\b|\bversus\b|\bthan\b", ctx.text):
        numbered = _numbered_groups(ctx)
        if numbered is not None:
            return numbered
    if (_MORE.search(ctx.text) or _VERSUS.search(ctx.text) or _FOR_BOTH.search(ctx.text)) and not re.search(
        r"\b(?:than|then)\s+\d", ctx.text
    ):
        by_values = _named_values_group(ctx)
        if by_values is not None:
            return by_values
    if (
        (_MORE.search(ctx.text) or re.search(r"\bvs\.?\b|\bversus\b", ctx.text))
        and not re.search(r"\bthan\s+\d", ctx.text)
        and not _LIKELY.search(ctx.text)
    ):  # "age of the ones who left vs the ones who stayed": a 0/1 column's two groups set against each other
        # a 0/1 column marks a group too when two groups are set against each other ("renters ... than owners")
        flags = [
            m.column
            for m in ctx.mentions
            if m.column.numeric
            and m.column.low == 0
            and m.column.high == 1
            and (
                re.search(r"\bthan\s+[a-z]", ctx.text)
                or _GROUP_NOUN.match(ctx.text[m.end :])
                or re.search(r"\b(?:who|that)\s+(?:\w+\s+)?$", ctx.text[: m.start])  # "the patients who died"
            )
        ]
        labels = [
            m.column
            for m in ctx.mentions
            if m.column.categorical and not m.column.id_like and not ctx.catalog.names_rows(m.column)
        ] + flags  # "do pupils who finish ...": a label of every row (Pupil) is who is asked about, not a group
        labels = _drop_qualified(ctx, labels)
        nums = [m.column for m in ctx.mentions if m.column.numeric and not m.column.id_like and m.column not in flags]
        if len(labels) == 1 and not nums and _SPEND.search(ctx.text):
            # "do parties spend more than regular bookings": the money each row brings in is the measure
            from .money import money_column  # (money reads the file's money; imported here, it imports this kind)

            spent = money_column(ctx)
            nums = [spent] if spent is not None and spent != labels[0] else []
        if len(labels) == 1 and len(set(nums)) > 1:
            # "do insured pets cost more per visit?": the measure said right before the comparative
            comparative = _MORE_WORD.search(ctx.text)
            near = [
                m.column
                for m in ctx.mentions
                if comparative
                and m.column in nums
                and m.end <= comparative.start()
                and not ctx.text[m.end : comparative.start()].strip()
            ]
            nums = near or nums
        if len(labels) == 1 and len(set(nums)) == 1:
            return KindRequest(frame=ctx.frame, y=nums[0].name, group=labels[0].name)
    sides = _bound_sides(ctx)
    if sides is not None:
        return sides
    rest = _REST.search(ctx.text)
    set_against = _MORE.search(ctx.text) or _DIFFER.search(ctx.text) or re.search(r"\bcompared\b", ctx.text)
    if rest and set_against and not _COUNTED.search(ctx.text):
        # "do the >50K earners work more hours than the rest?": one value of a two-valued label against the other
        strong = [(m.start, m.end) for m in ctx.mentions if m.score >= 90 and m.column.numeric]
        said = {v.column for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong) if v.start < rest.start()}
        said |= {m.column for m in ctx.mentions if m.start < rest.start() and m.column.flag}  # "legendary pokemon"
        pairs = [c for c in said if c.n_unique == 2 or c.flag]
        nums = [
            m.column
            for m in ctx.mentions
            if m.column.numeric and not m.column.id_like and not m.column.time and m.column not in pairs
        ]
        if len(pairs) == 1 and len(set(nums)) == 1:
            return KindRequest(frame=ctx.frame, y=nums[0].name, group=pairs[0].name)
        # "days to clear for asbestos compared with all the other waste types": one value of many against the rest
        picked = [(v.column, v.value) for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong)]
        picked = [(c, v) for c, v in picked if ctx.question.lower().find(v.lower()) < rest.start()]
        if not picked:  # a rare value the profile did not list, named beside its column: "for asbestos ... waste types"
            label = [m.column for m in ctx.mentions if m.start >= rest.start() and m.column.categorical]
            word = re.search(r"\bfor\s+(?:the\s+)?([a-z][a-z-]{2,})\s*$", ctx.text[: rest.start()].strip() + " ")
            taken = any(word and m.start <= word.start(1) < m.end for m in ctx.mentions)
            if len(label) == 1 and word and not taken and word.group(1) not in STOP:
                picked = [(label[0], word.group(1))]
        if not pairs and len(set(picked)) == 1 and len(set(nums)) == 1:
            one = value_sides(*picked[0])
            if ctx.catalog.get(ctx.frame, one.name) is None:
                ctx.catalog.columns.append(one)
            return KindRequest(frame=ctx.frame, y=nums[0].name, group=one.name)
    if _SET_AGAINST.search(ctx.text) and not _COUNTED.search(ctx.text):
        # "charges for smokers compared with non-smokers": a yes/no label named by its noun, both sides said
        pairs = [
            m.column
            for m in ctx.mentions
            if m.column.categorical and m.column.n_unique == 2 and not ctx.catalog.names_rows(m.column)
        ]
        nums = [m.column for m in ctx.mentions if m.column.numeric and not m.column.id_like and not m.column.time]
        named = {m.column for m in ctx.mentions if m.column.categorical}
        if len(set(pairs)) == 1 and len(named) == 1 and len(set(nums)) == 1:
            return KindRequest(frame=ctx.frame, y=nums[0].name, group=pairs[0].name)
    if not _ASK.search(ctx.text) or not ctx.mentions:
        return None
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    by_values = _named_values_group(ctx)
    if by_values is not None:
        return by_values
    if re.search(r"\b(?:chang|var|increas|decreas|ris|grow)\w*\s+with\b", ctx.text) and not any(
        m.column.categorical for m in ctx.mentions
    ):
        return None  # "how does weight change with height": a relation between two measures, not groups
    if len(ctx.mentions) == 1 and not _RATE_WORDS.search(ctx.text):
        # "is there a difference between the wools?": the frame's one measure ("the delay rate between
        # continents" is a share of a value, not of the one measure)
        column = ctx.mentions[0].column
        measures = [c for c in ctx.columns() if c.numeric and not c.time and not c.id_like and c != column]
        if (column.categorical or (_groupable(column, rows) and _DIFFER.search(ctx.text))) and len(measures) == 1:
            return KindRequest(frame=ctx.frame, y=measures[0].name, group=column.name)
        groups = [c for c in ctx.columns() if c != column and not c.id_like and _groupable(c, rows)]
        if column.numeric and _DIFFER.search(ctx.text) and len(groups) == 1:
            return KindRequest(frame=ctx.frame, y=column.name, group=groups[0].name)  # "did the two drugs differ in x"
        return None
    ms = ctx.mentions
    cats = [m for m in ms if m.column.categorical]
    group: Mention | None
    if len(cats) == 1:
        group = cats[0]
    else:
        verb = re.search(r"\b(?:affect|influence|impact|effect|improve|increase|reduce|change)", ctx.text)
        cut = [
            m
            for m in ms
            if _groupable(m.column, rows)
            and ((verb and m.end <= verb.start()) or any(g.end() <= m.start for g in _GROUP_AFTER.finditer(ctx.text)))
        ]
        group = cut[0] if cut else None
        if verb and cut and len(cut) > 1:
            group = cut[0]
    if group is None:
        return None
    values = [m for m in ms if m is not group and m.column.numeric]
    if not values:
        return None
    return KindRequest(frame=ctx.frame, y=values[0].column.name, group=group.column.name)


def _starting(groups: list[str]) -> str:
    """A pattern of the group words at the start of a value, each kept as said ("Fall", "Spring")."""
    return "(?i)^(" + "|".join(re.escape(v) for v in groups) + r")\b"


def code(req: KindRequest) -> str:
    """The cell for the request."""
    y, g = col(req.y), col(req.group)
    return finish(
        [
            f"# {req.y} compared between the groups of {req.group}",
            "from scipy import stats",
            "",
            f"data = {req.frame}.dropna(subset=[{y}, {g}])",
            *(
                # (in any case: a label written "Sail" and "SAIL" is one, spelled as most rows spell it)
                [
                    f"data = data[data[{g}].astype(str).str.lower().isin({[v.lower() for v in groups]!r})]"
                    "  # only the groups named"
                    if all(isinstance(v, str) for v in groups)
                    else f"data = data[data[{g}].isin({groups!r})]  # only the groups named"
                ]
                if (groups := [v for c, v in req.where if c == req.group]) and not req.starts
                else [
                    # each value by the group word it starts with ("Fall 2022": Fall)
                    f"data[{g}] = data[{g}].astype(str).str.extract({_starting(groups)!r}, expand=False)",
                    f"data = data.dropna(subset=[{g}])",
                ]
                if groups
                else []
            ),
            *(f"data = data[{is_value('data', c, v)}]  # only {c} = {v}" for c, v in req.where if c != req.group),
            f'summary = data.groupby({g})[{y}].agg(["mean", "median", "count"])',
            "print(summary)",
            f"samples = [values.to_numpy() for _, values in data.groupby({g})[{y}]]",
            "if len(samples) == 2:",
            '    test, (statistic, p) = "Welch\'s t-test", stats.ttest_ind(*samples, equal_var=False)',
            "    kruskal_p = None",
            "elif len(samples) > 2:",
            '    test, (statistic, p) = "one-way ANOVA", stats.f_oneway(*samples)',
            "    kruskal_p = stats.kruskal(*samples).pvalue",
            "else:",
            "    test, statistic, p, kruskal_p = None, None, None, None",
            "",
            "if len(data):  # (no rows of the groups named: nothing to draw)",
            f"    data.boxplot(column={y}, by={g}, grid=False)",
            '    plt.suptitle("")',
            f'    plt.title({y} + " by " + {g})',
            f"    plt.ylabel({y})",
            "    plt.show()",
            "",
            'result = {"rows": len(data), "summary": summary, "test": test, "statistic": statistic, "p": p, '
            '"kruskal_p": kruskal_p}',
        ],
        f"{req.y} by {req.group}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    summary = result.get("summary") or {}  # {group: {"mean", "median", "count"}}
    means = {k: v.get("mean") for k, v in summary.items()}
    medians = {k: v.get("median") for k, v in summary.items()}
    counts = {k: v.get("count") for k, v in summary.items()}
    what = "median" if req.agg == "median" else "mean"
    scope = " and ".join(f"{c} = {v}" for c, v in req.where if c != req.group)
    scoped = f" where {scope}" if scope else ""
    lines = [f"{what.capitalize()} of {req.y} by {req.group}{scoped}, {fmt(result.get('rows'))} rows.", ""]
    lines += [
        f"- {req.group} {k}: mean {fmt(v)}, median {fmt(medians.get(k))}, n = {fmt(counts.get(k))}"
        for k, v in means.items()
    ]
    if what == "median":
        means = medians  # ranked by what was asked for
    if len(means) < 2:
        lines.append(f"\nThere is only one group of {req.group}, so there is nothing to compare it with.")
        return "\n".join(lines)
    test, p = result.get("test"), result.get("p")
    top = max(means, key=lambda k: means[k] if means[k] is not None else float("-inf"))
    low = min(means, key=lambda k: means[k] if means[k] is not None else float("inf"))
    if means[top] == means[low]:
        lines.append(f"\nAll groups have the same {what} ({fmt(means[top])}).")
    else:
        lines.append(
            f"\nHighest {what}: {req.group} {top} ({fmt(means[top])}); lowest: {req.group} {low} ({fmt(means[low])})."
        )
    if test:
        lines.append(f"{test}: {p_words(p)}.")
        if result.get("kruskal_p") is not None:
            lines.append(f"Kruskal–Wallis (no normality assumed): {p_words(result['kruskal_p'])}.")
    return "\n".join(lines)
