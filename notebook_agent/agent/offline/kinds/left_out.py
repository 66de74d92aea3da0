"""Rows a question asks to leave out: "a range of 0 means not researched, so leave those out", "ignoring zeros".

Any kind's request keeps its reading; the rows are dropped first, in a copy of the frame, and the answer says so.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import BOOKKEEPING, flags_kept
from ..columns import find_values, stem
from ..parse import DECADE, IGNORE_NUMBER, IN_MONTH, IN_YEAR, ON_DATE, month_number
from ..words import ZEROS
from .base import Context, KindRequest

# "leave those out", "exclude them", "don't count those", "ignore these"
_DROP = re.compile(
    r"\b(?:leave|leaving|take|taking|keep|keeping)\s+(?:those|them|these|it|that|they)\s+out\b"
    r"|\b(?:exclude|excluding|ignore|ignoring|drop|dropping|remove|removing|skip|skipping|filter\s+out)\s+"
    r"(?:those|them|these|it|that)\b"
    r"|\b(?:don'?t|do\s+not|dont)\s+(?:count|include|use)\s+(?:those|them|these|it)\b"
)
# after a measure: "a range of 0", "where the price is 0", "score = -1"
_VALUE_OF = re.compile(r"\b(?P<w>[a-z]+)\s+(?:of|=|==|is|are|being|equal\s+to|at)\s+(?P<n>-?\d+(?:\.\d+)?)\b")


# "between 2022-07-01 and 2023-06-30" (a season said, "the 2022-23 winter", is read so first): both days in
_BETWEEN_DAYS = re.compile(r"\bbetween\s+(?P<a>\d{4}-\d\d-\d\d)\s+and\s+(?P<b>\d{4}-\d\d-\d\d)\b")


def left_out(ctx: Context, req: KindRequest) -> list[list[Any]]:
    """[column, op, value] for each exclusion the question asks for (op "!=", or "==" for rows kept by a flag)."""
    # (a flag read from a date, "closed (Date Closed set)", says nothing more beside Status = Closed said already)
    said = {str(v).strip().lower() for _, v in req.where} | {str(req.value).strip().lower()}
    kept = [
        [c.name, "==", 1]
        for c in flags_kept(ctx.catalog, ctx.frame, ctx.text)
        if c.name not in (req.group, req.column) and c.name.split()[0].lower() not in said
    ]
    return kept + _written_flag(ctx, req) + _in_year(ctx, req) + _dropped(ctx, req)


def _written_flag(ctx: Context, req: KindRequest) -> list[list[Any]]:
    """[flag, "==", 0 or 1] for a 0/1 mark written out ("... where paid (Paid Date set) = 0").

    The readers of owing ("who owes me the most") say the unpaid rows that way: a kind keeps only those.
    """
    for c in ctx.columns():
        if not (c.flag and c.numeric) or c.name in (req.group, req.column, req.y):
            continue
        said = re.search(rf"\bwhere\s+{re.escape(c.name.lower())}\s*=\s*([01])\b", ctx.text)
        if said is not None:
            return [[c.name, "==", int(said.group(1))]]
    return []


def _in_year(ctx: Context, req: KindRequest) -> list[list[Any]]:
    """[year column, "==", year] for "in 2022" when the kind's own reading left the year column alone.

    "avg base salary for police officers vs firefighters in fy22": the comparison, among that year's rows.
    """
    day = ON_DATE.search(ctx.text)
    # dates parsed at load, or ISO text, which compares as its dates do
    dates = [
        c for c in ctx.columns() if c.is_date and (c.kind == "datetime" or (c.date_format or "").startswith("%Y-%m-%d"))
    ]
    # (Eurostat's LAST UPDATE beside its TIME_PERIOD: when the file was sent is no date of the rows)
    dates = [c for c in dates if not set(c.stems) & BOOKKEEPING] or dates
    since = re.search(r"\bsince\s+((?:19|20)\d\d)\b(?!\s*[-/])", ctx.text)
    used = {req.y, req.column, req.group, req.group2, *(c for c, _ in req.where)}
    if since is not None and since.group(1) not in str(req.value):  # "for accidents since 2010": those rows
        years = [c for c in ctx.columns() if c.year_like]
        if len(years) == 1 and years[0].name not in used:
            return [[years[0].name, ">=", int(since.group(1))]]
        # the date the request starts from (an event's, before its publication), else the one named or the only one
        start = [c for c in dates if c.name == req.column]
        named = start or [m.column for m in ctx.mentions if m.column in dates]
        when = named[0] if named else dates[0] if len(dates) == 1 else None
        if when is not None and not years:
            return [[when.name, ">=", f"{since.group(1)}-01-01"]]
    if day is not None and len(dates) == 1:  # "on 2024-12-31" ("in the latest month"): that day's rows
        return [] if dates[0].name in used else [[dates[0].name, "==", day["d"]]]
    if len(dates) > 1:  # of several dates, the one said ("december visits": Visit Date), else the table's axis
        named_dates = [m.column for m in ctx.mentions if m.column in dates]
        axis = ctx.catalog.time_column(ctx.frame)
        # (the money of a Sold Price in 2024: the year of its Date Sold, not of the Date In)
        measure = ctx.catalog.get(ctx.frame, req.y) if req.y else None
        kin = [d for d in dates if measure is not None and (set(d.stems) - {"date"}) & set(measure.stems)]
        dates = named_dates[:1] or (kin if len(kin) == 1 else []) or ([axis] if axis in dates else dates)
    month = IN_MONTH.search(ctx.text)
    if month is not None and month["y"] and len(dates) == 1 and dates[0].name not in used:
        # "how many counties were above 10% in jan 2023": that month of the one date column, as two bounds
        y, m = int(month["y"]), month_number(month["m"])
        after = f"{y + 1}-01-01" if m == 12 else f"{y}-{m + 1:02d}-01"
        return [[dates[0].name, ">=", f"{y}-{m:02d}-01"], [dates[0].name, "<", after]]
    # "average protein per day in march": the rows of that month of the one date, whichever year
    if (
        month is not None
        and not month["y"]
        and len(dates) == 1
        and req.period not in ("M", "MOY", "Q", "Y")
        and dates[0].name not in used - {req.column}
        and not IN_YEAR.search(ctx.text)
    ):
        return [[dates[0].name, "month", month_number(month["m"])]]
    span = _BETWEEN_DAYS.search(ctx.text)
    if span is not None and len(dates) == 1 and dates[0].name not in used:
        return [[dates[0].name, ">=", span["a"]], [dates[0].name, "<=", span["b"]]]
    said = IN_YEAR.search(ctx.text)
    years = [c for c in ctx.columns() if c.year_like]
    decade = DECADE.search(ctx.text)
    if decade is not None and len(years) == 1 and years[0].name not in used:
        # "in the 1980s": the ten years of the one year column, both ends in
        d = decade["d"]
        first = int(d) if len(d) == 4 else (1900 if int(d) >= 30 else 2000) + int(d)
        return [[years[0].name, ">=", first], [years[0].name, "<=", first + 9]]
    if (
        said is not None
        and not years
        and len(dates) == 1
        and req.kind != "wide"  # "gave nothing at all in 2024": the year of the quarter columns, not a date's
        and str(said["y"] or said["y2"]) not in str(req.value)
    ):
        # "how many days did it hit 90 or above in 2023": that year of the one date column, as two bounds
        dated, y = dates[0].name, int(said["y"] or said["y2"])
        if dated in {c for c, _ in req.where}:
            return []
        return [[dated, ">=", f"{y}-01-01"], [dated, "<", f"{y + 1}-01-01"]]
    if said is None or len(years) != 1:
        return []
    year = years[0].name
    if year in used or str(said["y"] or said["y2"]) in str(req.value):
        return []
    return [[year, "==", int(said["y"] or said["y2"])]]


def _dropped(ctx: Context, req: KindRequest) -> list[list[Any]]:
    """[column, "!=", value] for each value the question asks to leave out."""
    drop = _DROP.search(ctx.text)
    if drop:
        for said in _VALUE_OF.finditer(ctx.text[: drop.start()]):
            word = stem(said.group("w"))
            # the measure the word is a part of: the request's own first ("a range of 0": Electric Range)
            named = [c for c in ctx.columns() if c.numeric and word in c.stems]
            own = [c for c in named if c.name == req.y]
            if own or len(named) == 1:
                n = float(said.group("n"))
                return [[(own or named)[0].name, "!=", int(n) if n.is_integer() else n]]
    code = IGNORE_NUMBER.search(ctx.text)
    if code:  # "average cook time per course (ignore the -1 values)": that code of unknown left out
        n = float(code.group("n"))
        measure = req.y or next((m.column.name for m in ctx.mentions if m.column.numeric), None)
        if measure:
            return [[measure, "!=", int(n) if n.is_integer() else n]]
    if ZEROS.search(ctx.text):
        measure = req.y or next((m.column.name for m in ctx.mentions if m.column.numeric), None)
        if measure:
            return [[measure, "!=", 0]]
    for besides in _EXCEPT.finditer(ctx.text):  # "apart from the us, which country ...": that value left out
        picked = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.start == besides.end()]
        if len(picked) == 1 and picked[0].column.categorical and picked[0].column.name not in {c for c, _ in req.where}:
            return [[picked[0].column.name, "!=", picked[0].value]]
    after = _AFTER_TOP.search(ctx.text)
    if after is not None and req.group:
        # "which country spends the most after the UK?": the ranking without the value named after "after"
        picked = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.start >= after.end() - 1]
        if len(picked) == 1 and picked[0].column.name == req.group:
            return [[req.group, "!=", picked[0].value]]
    return []


_EXCEPT = re.compile(
    r"\b(?:apart\s+from|aside\s+from|besides|other\s+than|except(?:\s+for)?|excluding|not\s+counting"
    r"|leaving\s+out|without)\s+(?:the\s+)?"
)
_AFTER_TOP = re.compile(r"\b(?:most|highest|biggest|largest|top|best)\b.{0,40}?\bafter\s+(?:the\s+)?")
