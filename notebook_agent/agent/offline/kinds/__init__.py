"""The ONE table of request kinds.

Each module reads its own kind of question, writes the cell and the answer. Adding a kind means adding a
module and a line to `KINDS` (order = precedence).

Every kind implements `match(ctx) -> KindRequest | None`, `code(req) -> str` and `answer(req, result) -> str`.
Questions none of them claims go on to the general reader (`parse` → `request` → the older code writers).
"""

from __future__ import annotations

import re
from types import ModuleType

from ..columns import PERSONS, Column, find_mentions, find_values, stem
from . import (
    active,
    best_group,
    change,
    compare,
    counts,
    crossing,
    crosstab,
    distinct,
    duplicates,
    events,
    filtered,
    first_last,
    group_lines,
    holdings,
    latest_value,
    margins,
    missing,
    money,
    nps,
    numbered,
    outliers,
    part_of_total,
    per_period,
    per_record,
    percentile,
    ratio,
    rows_per_group,
    same_value,
    scoped_share,
    shares,
    show_rows,
    siblings,
    span_change,
    stacked,
    step_change,
    team_record,
    those,
    top_then,
    two_measures,
    two_way,
    value_counts,
    wide,
    winners,
)
from .base import Context, KindRequest, things_counted
from .left_out import left_out

KINDS: dict[str, ModuleType] = {
    "those": those,
    "same_value": same_value,
    "margins": margins,
    "team_record": team_record,
    "change": change,
    "span_change": span_change,
    "step_change": step_change,
    "crossing": crossing,
    "first_last": first_last,
    "holdings": holdings,
    "latest_value": latest_value,
    "siblings": siblings,
    "stacked": stacked,
    "numbered": numbered,
    "top_then": top_then,
    "show_rows": show_rows,
    "missing": missing,
    "duplicates": duplicates,
    "rows_per_group": rows_per_group,
    "nps": nps,
    "ratio": ratio,
    "outliers": outliers,
    "wide": wide,
    "percentile": percentile,
    "winners": winners,
    "counts": counts,
    "crosstab": crosstab,
    "two_way": two_way,
    "part_of_total": part_of_total,
    "per_record": per_record,
    "active": active,
    "per_period": per_period,
    "two_measures": two_measures,
    "money": money,
    "group_lines": group_lines,
    "best_group": best_group,
    "compare": compare,
    "shares": shares,
    "scoped_share": scoped_share,
    "value_counts": value_counts,
    "events": events,
    "filtered": filtered,
    "distinct": distinct,
}

__all__ = ["KINDS", "Context", "KindRequest", "match"]


# A follow-up that only names what to change: "and dbp?", "what about for age?", "same for the West".
_AGAIN = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|same\s+for|now|also|then|and\s+for|now\s+for|and\s+now|ok\s+and"
    r"|(?:can\s+you\s+|please\s+)?(?:break|split)\s+(?:that|it|this|them)(?:\s+down)?(?=\s+(?:by|per|across)))\b"
)
_FILLER = frozenset(
    {"and", "what", "how", "about", "same", "for", "now", "also", "then", "the", "ok", "too", "instead", "from", "of"}
    | {"break", "split", "that", "it", "this", "them", "down", "can", "you", "please", "pls", "plz", "thanks"}
)
_BY = frozenset({"by", "per", "across", "between"})
_GROUPS_BY_VALUES = (
    "missing",
    "filtered",
    "compare",
    "ratio",
    "nps",
    "part_of_total",
)  # kinds whose `group` splits the same request


# "is that worse for 60 month loans than 36 month ones?": the last result, set side by side for named values
_SET_AGAINST = re.compile(
    r"\bhow\s+(?:does|do|did|would)\s+(?:that|it|this)\s+(?:compare|differ|look|change)\b"
    r"|\bcompare\s+(?:that|it|this)\b"
    r"|^\W*(?:is|are|was|were|does|do)\s+(?:that|it|this|the\s+rate|the\s+share)\s+"
    r"(?:any\s+)?(?:worse|better|higher|lower|different|bigger|smaller|the\s+same)\b"
    # "is any centre particularly bad for that?", "which depot is worst on this?": the last share per group
    r"|\b(?:any|which|what)\s+[a-z]+\s+(?:\w+\s+)?(?:worse|better|bad|good|worst|best|higher|lower|highest|lowest)\b"
    r".*\b(?:for|on|at|with)\s+(?:that|this|it)\W*$"
)


def _is_flag(ctx: Context, name: str | None) -> bool:
    column = ctx.catalog.get(ctx.frame, name) if name else None
    return column is not None and column.flag


def _again(ctx: Context) -> KindRequest | None:
    """The last request of a kind again with the one column a bare follow-up names in place of its own kind.

    A number replaces the measure, a label the grouping: "and dbp?" after comparing sbp between smokers compares
    dbp between smokers.
    """
    if not (ctx.recent and ctx.last and ctx.last.get("kind") in KINDS):
        return None
    set_against = _SET_AGAINST.search(ctx.text)
    if not (_AGAIN.search(ctx.text) or set_against):
        return None
    bare = not [m for m in ctx.mentions if not things_counted(m)]  # "60 month loans": loans are the rows
    if bare and ("group" in ctx.last or set_against) and ctx.last.get("kind") in _GROUPS_BY_VALUES:
        # "and for urgent vs routine?": two values of one label said, so that label groups the same request
        named: dict[str, set[str]] = {}
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, []):
            named.setdefault(v.column.name, set()).add(v.value)
        labels = [k for k, vs in named.items() if len(vs) >= 2]
        if len(labels) == 1 and len(named) == 1:
            req = KindRequest.from_dict(ctx.last)
            req.group = labels[0]
            return req
    if len(ctx.mentions) != 1:
        return None
    mention = ctx.mentions[0]
    rest = ctx.text[: mention.start] + " " + ctx.text[mention.end :]
    said = re.findall(r"[a-z]+", rest)
    # the rows' own noun may qualify the column ("by booking channel": each row is a booking, Booking Ref)
    rows_nouns = {s for c in ctx.columns() if c.id_like for s in c.stems}
    last_column = str(ctx.last.get("column") or "")
    # "and 7 day retention?" after the 1-day retention rate: retention_7 in place of retention_1, its window said
    sibling = (
        last_column
        and mention.column.name != last_column
        and re.sub(r"\d+", "#", mention.column.name) == re.sub(r"\d+", "#", last_column)
    )
    windows = {"day", "days", "week", "weeks", "month", "months", "year", "years", "d"} if sibling else set()
    if not set_against and any(w not in _FILLER | _BY | windows and stem(w) not in rows_nouns for w in said):
        return None
    if sibling and ctx.last.get("kind") == "filtered":
        req = KindRequest.from_dict(ctx.last)
        req.column = mention.column.name
        if isinstance(req.value, bool | int) and mention.column.kind == "bool":
            req.value = True if req.value in (1, True) else req.value
        return req
    # "and by sex?", "is it different by SEX?": the grouping changes
    grouping = any(w in _BY for w in said) and (not set_against or bool(re.search(r"\bby\s*$", rest[: mention.start])))
    req = KindRequest.from_dict(ctx.last)
    column = mention.column
    if column.numeric and not column.id_like and req.y and req.y != column.name and not grouping:
        sign = " as % of " if req.share else " / "
        whole = req.y.partition(sign)[2] if req.kind == "ratio" else ""
        # "and infants?" after the share of kids (Children Participating as % of Total Participants): the new
        # part over the same whole
        req.y = f"{column.name}{sign}{whole}" if whole and whole != column.name else column.name
    elif (
        (column.categorical or (grouping and column.few_values) or (column.flag and _is_flag(ctx, req.group)))
        and req.group
        and column.name not in (req.group, req.group2)
    ):  # "and for heart disease?" after a rate by hypertension: another 0/1 group
        req.group = column.name
    elif (
        (grouping or set_against)
        and req.share
        and not req.group
        and (column.categorical or column.few_values)
        and column.name != req.column
        and not column.id_like
    ):
        req.group = column.name  # "what's our cancellation rate?" then "and by channel?": the rate per group
    elif (
        req.kind == "filtered"
        and column.flag
        and not req.group
        and req.op == "=="
        and req.value in (1, True)
        and column.name != req.column
        and _is_flag(ctx, req.column)
    ):
        req.column = column.name  # "what % of the phones have 4g" then "and 3g?": the share of another flag
    else:
        return None
    return req


# Kinds that rank groups: a bare "and the least?" asks for the other end of the same ranking.
_RANKING = ("best_group", "money")
_FLIP = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|now|also|then)?\s*(?:the\s+|which\s+(?:one\s+)?(?:has|is)\s+the\s+)?"
    r"(?:(?P<max>most|highest|largest|biggest|top|best|greatest)|(?P<min>least|lowest|smallest|fewest|worst|bottom))"
    r"(?:\s+(?:used|popular|busy|busiest|common|visited))?"
    r"(?:\s+(?:one|group|ones))?\s*(?:as\s+well|too|also|then|instead)?\W*$"
)


def _flip(ctx: Context) -> KindRequest | None:
    """The last ranking again, from the end a bare follow-up names ("and the least?"), with the same measure."""
    said = _FLIP.match(ctx.text)
    if not (said and ctx.recent and ctx.last and ctx.last.get("kind") in _RANKING):
        return None
    req = KindRequest.from_dict(ctx.last)
    req.order = "max" if said.group("max") else "min"
    return req


# Kinds whose cell can be narrowed to the rows with named values (`where`).
_NARROWS = (
    "filtered",
    "value_counts",
    "best_group",
    "missing",
    "change",
    "money",
    "scoped_share",
    "ratio",
    "latest_value",
)
_ONLY = re.compile(r"\b(?:only|just|among|for|of|on|in|at)\b")
_NARROW_FILLER = _FILLER | {"only", "just", "among", "of", "in", "on", "at"}  # words of a narrowing follow-up
_YEAR_ONLY = re.compile(
    r"^\W*(?:and\s+|now\s+|what\s+about\s+)?(?:only|just)?\s*(?:in|for|during)?\s*((?:19|20)\d\d)\W*$"
)


def _narrow_year(ctx: Context) -> KindRequest | None:
    """The last request of a kind again, in one year: "only in 2021?" on a frame with a year column."""
    said = _YEAR_ONLY.match(ctx.text)
    # "what about just 2017?" after comparing two kinds: the same comparison, in that year
    if said is None or not (ctx.recent and ctx.last and ctx.last.get("kind") in (*_NARROWS, "compare")):
        return None
    years = [c for c in ctx.columns() if c.year_like]
    if len(years) != 1:
        return None
    req = KindRequest.from_dict(ctx.last)
    if years[0].name in (req.column, req.group):
        return None
    req.where = [[c, v] for c, v in req.where if c != years[0].name] + [[years[0].name, int(said.group(1))]]
    return req


_MONTH_ONLY = re.compile(
    r"^\W*(?:and\s+|now\s+|what\s+about\s+|how\s+about\s+)?(?:only\s+|just\s+)?(?:in|for|during)\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(?:19|20)\d\d)?\W*$"
)


def _narrow_month(ctx: Context) -> KindRequest | None:
    """The last request again, in one month of its one date: "and in march 2024?" after a share of dailies done."""
    if _MONTH_ONLY.match(ctx.text) is None or not (ctx.recent and ctx.last and ctx.last.get("kind") in _NARROWS):
        return None
    dates = [c for c in ctx.columns() if c.is_date]
    if len(dates) != 1:
        return None
    req = KindRequest.from_dict(ctx.last)
    if dates[0].name in (req.column, req.group, req.y):
        return None
    # the month said replaces any month or year the last request kept; `match` reads it from the question
    req.left_out = [x for x in req.left_out if x[0] != dates[0].name]
    req.left_out += left_out(ctx, req)
    return req if any(x[0] == dates[0].name for x in req.left_out) else None


_NUMBERED_ONLY = re.compile(
    r"^\W*(?:and\s+)?(?:what\s+about\s+|how\s+about\s+)?(?:for\s+|in\s+|on\s+)?(?:just\s+|only\s+)?(?:the\s+)?"
    r"(?P<w>[a-z]+)\s+#?(?P<n>\d{1,3})(?:\s+(?:calls|ones|only))?\s*\W*$"
)


def _narrow(ctx: Context) -> KindRequest | None:
    """The last count again, on the rows a bare follow-up names by a value ("now only for Evri").

    "What about just the women?" after a count of rows that meet a condition: the same condition, among them.
    """
    if not (ctx.recent and ctx.last and ctx.last.get("kind") in _NARROWS) or not _AGAIN.search(ctx.text):
        return None
    numbered = _NUMBERED_ONLY.match(ctx.text)
    if numbered is not None:  # "and for priority 1?": a label kept as a number, said with its name
        named = [m.column for m in find_mentions(numbered["w"], ctx.catalog, ctx.frame) if m.column.few_values]
        n = int(numbered["n"])
        if (
            len(named) == 1
            and named[0].low is not None
            and named[0].high is not None
            and named[0].low <= n <= named[0].high
            and named[0].name not in (ctx.last.get("column"), ctx.last.get("y"))
        ):
            req = KindRequest.from_dict(ctx.last)
            req.where = [[c, v] for c, v in req.where if c != named[0].name] + [[named[0].name, n]]
            return req
    if not _ONLY.search(ctx.text):
        return None
    # a label's own name part may be its value too ("casual" of member_casual): labels do not hide values
    taken = [(m.start, m.end) for m in ctx.mentions if not m.column.categorical]
    values = find_values(ctx.question, ctx.catalog, ctx.frame, taken)
    flagged = _flag_named(ctx) if not values else None
    if flagged is not None:
        return flagged
    if len({v.column.name for v in values}) != 1 or len({v.value for v in values}) != 1:
        return None
    # the value's own column may be said beside it ("the main branch"); no other column may be named
    if any(not m.column.id_like and m.column != values[0].column for m in ctx.mentions):
        return None
    rest = ctx.text
    for v in values:
        rest = rest[: v.start] + " " * (v.end - v.start) + rest[v.end :]
    for m in ctx.mentions:
        if m.column == values[0].column or m.column.id_like:  # ("the coffee machines" of a Machine ID: the rows)
            rest = rest[: m.start] + " " * (m.end - m.start) + rest[m.end :]
    # the rows may be named by who they are about ("casual riders", "the women customers")
    people = PERSONS | {"people", "person", "one", "ones", "row", "record"}
    if any(
        w not in _NARROW_FILLER
        and stem(w) not in people
        # "red wines only": a plural that names no column is what each row is
        and not (len(w) > 3 and w.endswith("s") and not find_mentions(w, ctx.catalog, ctx.frame))
        for w in re.findall(r"[a-z]+", rest)
    ):
        return None
    req = KindRequest.from_dict(ctx.last)
    if values[0].column.name in (req.column, req.group):
        return None
    req.where = [[c, v] for c, v in req.where if c != values[0].column.name] + [
        [values[0].column.name, values[0].value]
    ]
    return req


def _flag_named(ctx: Context) -> KindRequest | None:
    """The last count again among the rows a yes/no column marks true ("and just in rated games?")."""
    if len(ctx.mentions) != 1 or ctx.last is None:
        return None
    column = ctx.mentions[0].column
    before = ctx.text[: ctx.mentions[0].start]
    if not re.search(r"\b(?:only|just|among)\b", ctx.text) and not re.search(r"\bin\s+(?:the\s+)?$", before):
        return None  # "and for heart disease?" sets another group side by side (_again), it narrows nothing
    if not (column.kind == "bool" or (column.flag and column.numeric)) or column.name in (
        ctx.last.get("column"),
        ctx.last.get("group"),
    ):
        return None
    rest = ctx.text[: ctx.mentions[0].start] + " " + ctx.text[ctx.mentions[0].end :]
    people = PERSONS | {"people", "person", "one", "ones", "row", "record", "game", "games"}
    if any(
        w not in _NARROW_FILLER and stem(w) not in people and not w.endswith("s") for w in re.findall(r"[a-z]+", rest)
    ):
        return None
    req = KindRequest.from_dict(ctx.last)
    req.where = [[c, v] for c, v in req.where if c != column.name] + [
        [column.name, True if column.kind == "bool" else 1]
    ]
    return req


def _swap_where(ctx: Context) -> KindRequest | None:
    """The last request again on another value of a column it was narrowed by: "... in india" then "and nigeria?"."""
    last = ctx.last
    if not (ctx.recent and last and last.get("kind") in _NARROWS):
        return None
    used = {last.get("y"), last.get("column"), last.get("group")}
    if not _AGAIN.search(ctx.text) or any(m.column.name not in used for m in ctx.mentions):
        return None
    narrowed = {str(c) for c, _ in last.get("where") or []}
    values = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.column.name in narrowed]
    if not values and last.get("kind") == "change":  # "what about o'hare" after a change overall: its rows
        values = [
            v
            for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
            if v.column.name not in used and not ctx.catalog.names_rows(v.column)
        ]
    if len({(v.column.name, v.value) for v in values}) != 1:
        return None
    rest = ctx.text[: values[0].start] + " " + ctx.text[values[0].end :]
    for m in ctx.mentions:
        rest = rest.replace(m.word.lower(), " ")
    if any(w not in _FILLER for w in re.findall(r"[a-z]+", rest)):
        return None
    req = KindRequest.from_dict(last)
    said = values[0]
    req.where = [[c, said.value if c == said.column.name else v] for c, v in req.where]
    if said.column.name not in narrowed:
        req.where.append([said.column.name, said.value])
    return req


def _other_value(ctx: Context) -> KindRequest | None:
    """The last count again for another value of its column: "how many run on mac?" then "and linux?"."""
    last = ctx.last
    counted = bool(last and last.get("kind") == "filtered" and last.get("op") in ("==", "has"))
    compared = bool(last and last.get("kind") == "compare" and last.get("where"))  # "senior vs entry", "and execs?"
    if not (ctx.recent and last and (counted or compared)):
        return None
    if not _AGAIN.search(ctx.text) or ctx.mentions:
        return None
    key = "column" if counted else "group"
    values = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.column.name == last.get(key)]
    if len({v.value for v in values}) != 1 or values[0].value == last.get("value"):
        return None
    rest = ctx.text[: values[0].start] + " " + ctx.text[values[0].end :]
    if any(w not in _FILLER for w in re.findall(r"[a-z]+", rest)):
        return None
    req = KindRequest.from_dict(last)
    if compared:
        req.where = [[req.group, values[0].value]]
        return req
    req.value, req.op = values[0].value, "=="
    return req


_OTHER_STAT = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|now|ok)?\s*(?:the|their|its)?\s*(?P<stat>medians?|means?|averages?|totals?)"
    r"(?:\s+instead)?\W*$"
)


def _other_stat(ctx: Context) -> KindRequest | None:
    """The last request with another statistic: "and the medians?" after means compared or ranked."""
    said = _OTHER_STAT.match(ctx.text)
    last = ctx.last
    if said is None or not (ctx.recent and last and last.get("kind") in ("compare", "best_group", "top_then")):
        return None
    req = KindRequest.from_dict(last)
    stat = said.group("stat").rstrip("s")
    if req.kind != "compare":  # a comparison shows mean and median of each group already
        req.agg = {"median": "median", "mean": "mean", "average": "mean", "total": "sum"}[stat]
    return req


_OTHER_END = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|ok\s+and)?\s*(?:the\s+)?"
    r"(?P<w>best|worst|highest|lowest|top|bottom|most|least)(?:\s+one)?\W*$"
)


def _other_end(ctx: Context) -> KindRequest | None:
    """The last ranked ratio from its other end: "which school has the worst attendance?" then "and the best?"."""
    said = _OTHER_END.match(ctx.text)
    last = ctx.last
    if said is None or not (ctx.recent and last and last.get("kind") == "ratio" and last.get("op") == "rank"):
        return None
    req = KindRequest.from_dict(last)
    word = said["w"]
    if word in ("best", "worst"):  # the other end of the one asked before
        req.order = "max" if last.get("order") == "min" else "min"
    else:
        req.order = "min" if word in ("lowest", "bottom", "least") else "max"
    return req


_STRONGER = r"(?:extremely|very|strongly|completely|totally|highly|really)\s+"


def _with_stronger(ctx: Context, req: KindRequest, column: Column) -> None:
    """A rating said plainly counts its stronger forms too: "happy" is Happy and Extremely Happy (not "only")."""
    if not isinstance(req.value, str) or re.search(r"\b(?:only|just|exactly|plain)\b", ctx.text):
        return
    stronger = [
        v.strip()
        for v in dict.fromkeys(column.values)
        if re.fullmatch(_STRONGER + re.escape(req.value.strip()), v.strip(), re.IGNORECASE)
    ]
    if stronger:
        req.op, req.value = "in", [req.value, *stronger]


# "what share is that", "and as a percent?": the last count again, whose answer says its share of the rows
_SHARE_OF_IT = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction)\s+"
    r"(?:is|was|are|were|of\s+(?:all|the\s+total|everything)\s+is)\s+(?:that|those|it|this|them)"
    r"|(?:as\s+an?\s+)?(?:share|percent(?:age)?|%|proportion))\W*$"
)
_COUNTED_WITH_SHARE = ("filtered", "missing")


def _share_again(ctx: Context) -> KindRequest | None:
    """The last count of rows asked again as a share: its answer gives the share beside the count."""
    if not (ctx.recent and ctx.last and ctx.last.get("kind") in _COUNTED_WITH_SHARE) or not _SHARE_OF_IT.match(
        ctx.text
    ):
        return None
    req = KindRequest.from_dict(ctx.last)
    req.share = req.kind == "filtered" or req.share
    return req


def match(ctx: Context) -> KindRequest | str | None:
    """The first kind that claims the question (a request), a clarifying question (text), or None."""
    share = _share_again(ctx)
    if share is not None:
        return share
    stat = _other_stat(ctx) or _other_end(ctx)
    if stat is not None:
        return stat
    won = best_group.won_most(ctx)  # "which team has won the most matches": the winners' column, before any kind
    if won is not None:
        won.kind = "best_group"
        return won
    other = _other_value(ctx)
    if other is not None:
        column = ctx.catalog.get(ctx.frame, other.column)
        if column is not None and column.lists(other.value):
            other.op = "has"
        return other
    flipped = _flip(ctx)
    if flipped is not None:
        return flipped
    narrowed = _swap_where(ctx) or _narrow(ctx) or _narrow_year(ctx) or _narrow_month(ctx)
    if narrowed is not None:
        return narrowed
    again = _again(ctx)
    if again is not None:
        return again
    # "what share of those got canceled?": the last count's rows, first (a table of counts keeps its own)
    counted = filtered.follow_up(ctx) if not (ctx.last and ctx.last.get("kind") == "counts") else None
    if counted is not None:
        counted.kind = "filtered"
        return counted
    for name, module in KINDS.items():
        found: KindRequest | str | None = module.match(ctx)  # a module's attributes are untyped to the checker
        if found is not None:
            if isinstance(found, KindRequest):
                found.kind = name
                found.left_out = [*found.left_out, *left_out(ctx, found)]  # a kind may leave rows out itself
                column = ctx.catalog.get(ctx.frame, found.column) if found.column else None
                if found.op == "==" and column is not None and column.lists(found.value):
                    found.op = "has"  # "how many run on mac": one label of lists such as "windows;mac"
                elif found.op == "==" and name == "filtered" and column is not None and column.qualified(found.value):
                    found.op = "contains"  # "in the rain": Rain, Light Rain, Heavy Rain
                elif (
                    found.op == "=="
                    and name == "filtered"
                    and column is not None
                    and column.one_mark
                    and tuple(column.values) == (found.value,)
                ):
                    found.op = "given"  # a mark on some rows, blank on the rest (Sold Out "Y"): blanks are the no
                elif found.op == "==" and name == "filtered" and column is not None:
                    _with_stronger(ctx, found, column)
            return found
    return None
