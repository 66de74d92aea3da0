"""A measure between two years: which group changed most, or how much it changed overall.

"Which country gained the most life expectancy between 1952 and 2007?", "top 5 countries where co2 per person
dropped the most between 2000 and 2020", "which county grew fastest in % since 2010?"; with no group named,
"life expectancy in india 2000 vs 2021", "how much did sales grow from 2019 to 2023?" (a total for a measure that
adds up, else the mean of the year's rows). Rows of a value the question names ("in india") only.

A long table (one row per group and year) holds a measure per year: the measure of each group in the first year
and in the last (the mean of its rows there), the change between them and that change as a % of the first.
Ranked by the change, or by the % when the question says so ("in %", "fastest", "percentage"); "dropped",
"fell", "declined" rank the largest falls first. "Since 2010" runs to the latest year in the table.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import Column, plain_totals
from ..columns import find_values
from ..parse import MONTHS
from ..request import generic_measure
from ..words import stem
from .base import Context, KindRequest, col, finish, fmt, plainest_years, said_where, where_mask

_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEARS = re.compile(
    r"\bbetween\s+(?P<a>(?:19|20)\d{2})\s+and\s+(?P<b>(?:19|20)\d{2})\b"
    r"|\bfrom\s+(?P<a2>(?:19|20)\d{2})\s+(?:to|until|till)\s+(?P<b2>(?:19|20)\d{2})\b"
    r"|\b(?P<a3>(?:19|20)\d{2})\s*(?:-|–|to|→|->)\s*(?P<b3>(?:19|20)\d{2})\b"
    r"|\bsince\s+(?P<a4>(?:19|20)\d{2})\b"
    r"|\b(?P<a5>(?:19|20)\d{2})\s+(?:vs\.?|versus|compare[ds]?\s+(?:to|with)|against)\s+(?P<b5>(?:19|20)\d{2})\b"
    rf"|\b(?P<ma>{_MONTH_WORD})\s+(?P<a6>(?:19|20)\d{{2}})\s+"
    r"(?:vs\.?|versus|compared\s+(?:to|with)|against|and|to|until|till|through|-|–|->|→)\s+"
    rf"(?P<mb>{_MONTH_WORD})\s+(?P<b6>(?:19|20)\d{{2}})\b"
)
_RISE = re.compile(
    r"\b(?:gr[eo]w\w*|gain\w*|increase\w*|r[io]se|rising|improve\w*|went\s+up|go(?:es|ne|ing)?\s+up|growth|biggest\s+rise|jump\w*"
    r"|climb\w*|spike\w*)\b"
)
_FALL = re.compile(
    r"\b(?:drop\w*|f[ae]ll\w*|declin\w*|decrease\w*|lost|los[et]s?|shr[iau]nk\w*|went\s+down|go(?:es|ne|ing)?\s+down|cut)\b"
)
_PCT = re.compile(r"%|\bpercent\w*|\bfastest\b|\bslowest\b|\brelative\b|\bproportion\w*")
_TOP = re.compile(r"\b(?:top|bottom|first)\s+(?P<n>\d{1,2})\b|\b(?P<n2>\d{1,2})\s+(?:countries|groups|[a-z]+s)\b")
_WHICH = re.compile(r"\b(?:which|what|top|bottom|rank\w*)\b")


_FLIP = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|now)?\s*(?:the\s+)?(?P<dir>slowest|least|lowest|smallest|fewest|worst"
    r"|fastest|most|highest|biggest|largest|best)\b(?:\s+(?:one|group))?\W*$"
)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    flip = _FLIP.match(ctx.text.strip())
    if flip and ctx.last and ctx.last.get("kind") == "change" and ctx.last.get("group"):
        # "and the slowest?" after "which continent grew the fastest": the same change, ranked the other way
        req = KindRequest.from_dict(ctx.last)
        low = flip["dir"] in ("slowest", "least", "lowest", "smallest", "fewest", "worst")
        req.order = "min" if low else "max"
        return req
    text = ctx.text
    if re.search(r"\bcompar\w*|\bdifference\b", text):  # "compare the number of incidents in 2016 and 2017"
        text = re.sub(r"\b((?:19|20)\d{2})\s+(?:and|&)\s+((?:19|20)\d{2})\b", r"\1 vs \2", text)
    years = _YEARS.search(text)
    # (a label said whole is no verb: "Growth rate, over 1 year" of the OECD's Transformation)
    verbs = ctx.text
    for c in ctx.columns():
        for v in c.values if c.categorical else ():
            if len(str(v).split()) >= 3:
                verbs = verbs.replace(str(v).lower(), " ")
    rise, fall = _RISE.search(verbs), _FALL.search(verbs)
    if years is None or not (rise or fall or years["a5"] or re.search(r"\bchange[ds]?\b", ctx.text)):
        return None
    year_columns = [c for c in ctx.columns() if c.year_like or c.is_date]
    if len(year_columns) > 1:  # several dates: the one the question names ("received" of Date Rec'd)
        named = list({m.column.name: m.column for m in ctx.mentions if m.column in year_columns}.values())
        years_only = [c for c in year_columns if c.year_like and not c.is_date]
        years_only = plainest_years(years_only) if len(years_only) > 1 else years_only
        year_columns = named or (years_only if len(years_only) == 1 else [])  # YEAR beside OCCURRED_ON_DATE
    if len(year_columns) != 1:
        return None
    when = year_columns[0]
    groups = [
        m.column
        for m in ctx.mentions
        if (m.column.categorical or m.column.kind == "text")
        and not m.column.id_like
        and not m.column.numeric  # (visits written "1,234,567": numbers kept as text, a measure)
        and m.column != when
    ]
    measures = {
        m.column.name: m.column
        for m in ctx.mentions
        if m.column.numeric
        and not m.column.id_like
        and m.column != when
        and not m.column.is_date
        and not (m.via != "name" and re.fullmatch(r"percent\w*|pct|%", m.word.lower()))  # "in percent terms"
    }
    if not measures and ctx.frame in ctx.catalog.long_views.values():
        # a long view's one figure when the question names none: "which continent grew the fastest"
        wide = next(w for w, long in ctx.catalog.long_views.items() if long == ctx.frame)
        kept = {c.name for c in ctx.catalog.of(wide)}
        figures = [c for c in ctx.columns() if c.numeric and c.name not in kept and c != when and not c.year_like]
        measures = {figures[0].name: figures[0]} if len(figures) == 1 else {}
    counted_rows = re.search(r"\b(?:number|count)\s+of\s+(?P<noun>[a-z]{3,})", ctx.text)
    if (
        not measures
        and not groups
        and counted_rows is not None
        and (
            ctx.catalog.names_subject(ctx.frame, counted_rows["noun"])
            # ("the number of inspections" beside INSPECTION_ID: the rows, each an inspection)
            or any(c.id_like and stem(counted_rows["noun"]) in c.stems for c in ctx.columns())
        )
    ):
        measures = {"": when}
    if not measures and not groups:
        # "how much did ESRCD go up in CA": a long table's one figure (Data, Value), for the rows its codes name
        generic = generic_measure(ctx.catalog, ctx.frame)
        measures = {generic.name: generic} if generic is not None and generic != when else {}
    a = years["a"] or years["a2"] or years["a3"] or years["a4"] or years["a5"] or years["a6"]
    b = years["b"] or years["b2"] or years["b3"] or years["b5"] or years["b6"]
    counted = re.search(r"\bhow\s+many\b|\bnumber\s+of\b", ctx.text)
    if not measures and counted and (years["a5"] or years["a6"]) and b:
        # "how many requests did we receive in 2023 compared with 2024": the rows of each year, counted
        measures = {"": when}
    elif not measures and not groups and years["a5"] and b and _headline(ctx, when) is not None:
        # "how did 2020 compare to 2019" naming no figure: the table's headline total (Total Visitors), else its
        # one amount that adds up, else its rows counted
        head = _headline(ctx, when)
        measures = {"": when} if head is when else {head.name: head} if head is not None else {}
    elif not measures and not groups and b and (rise or fall) and len(_figures(ctx, when)) <= 1:
        # "did incidents go up or down from 2022 to 2023" of a log of incidents: the rows of each year, counted;
        # "how much did china grow between 2000 and 2022" of a table of one figure (GDP per capita): that figure;
        # "did online renewals go up" of monthly counts beside their average wait: the counts
        sole = _figures(ctx, when)
        measures = {sole[0].name: sole[0]} if sole else {"": when}
    elif len(measures) != 1 or len({c.name for c in groups}) > 1:
        return None
    # "april 2020 vs april 2019": those two months, the earlier first (a change runs forward in time)
    months = (
        [MONTHS.index(next(n for n in MONTHS if n.startswith(years[k][:3]))) + 1 for k in ("ma", "mb")]
        if years["a6"]
        else []
    )
    if b and (int(a), *months[:1]) > (int(b), *months[1:]):
        a, b, months = b, a, months[::-1]
    y = next(iter(measures.values()))
    if y is when:  # rows counted per year
        return KindRequest(
            frame=ctx.frame,
            column=when.name,
            formats=_axis(when),
            value=[*sorted([int(a), int(b)]), 1],
            agg="count",
            where=said_where(ctx, {when.name}),
        )
    said = [v.column.name for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])]
    groups = [g for g in groups if g.name not in said]  # "in india": India's rows, not a group per country
    if not groups:  # one measure between two years ("life expectancy in india 2000 vs 2021")
        # "total US beer production": added up, from the table's own total rows where it keeps them (state = total)
        whole = y.additive or bool(re.search(r"\b(?:total|combined|overall|all)\b", ctx.text))
        where = said_where(ctx, {when.name})
        if whole:
            where += [[c, v] for c, v in plain_totals(ctx.columns(), {w[0] for w in where})]
        return KindRequest(
            frame=ctx.frame,
            y=y.name,
            column=when.name,
            formats=_axis(when),
            value=[int(a), int(b) if b else None, 1, *months],
            agg="median" if re.search(r"\bmedian\b", ctx.text) else "sum" if whole else "mean",
            where=where,
        )
    if not _WHICH.search(ctx.text) or not (rise or fall):
        return None
    top = _TOP.search(ctx.text)
    n = int(top["n"] or top["n2"]) if top else 1
    order = "min" if fall and not (rise and rise.start() < fall.start()) else "max"
    if re.search(r"\b(?:least|smallest|slowest|lowest|fewest)\b", ctx.text):
        order = "max" if order == "min" else "min"  # "rose the least": the smallest rise first
    return KindRequest(
        frame=ctx.frame,
        y=next(iter(measures)),
        group=groups[0].name,
        column=when.name,
        formats=_axis(when),
        value=[int(a), int(b) if b else None, n, *months],
        # a continent's population is its countries' added up
        agg="median" if re.search(r"\bmedian\b", ctx.text) else "sum" if y.additive else "mean",
        order=order,
        share=bool(_PCT.search(ctx.text)),
        where=said_where(ctx, {groups[0].name, when.name}),
    )


_COUNT_WORDS = frozenset({"count", "counts", "n", "freq", "frequency", "number", "total"})


def _figures(ctx: Context, when: Column) -> list[Column]:
    """The table's measures besides its years; of several, the one that counts its rows' things (Count), if any."""
    sole = [c for c in ctx.catalog.measures(ctx.frame) if c != when and not c.year_like]
    counts = [c for c in sole if c.whole_count and c.additive and set(c.stems) <= _COUNT_WORDS]
    return counts if len(sole) > 1 and len(counts) == 1 else sole


def _headline(ctx: Context, when: Column) -> Column | None:
    """The figure a year-on-year comparison of the whole table means, or None when several amounts compete.

    A Total of parts, else the one amount that adds up, else (a log with no amount) the rows themselves, returned
    as `when`.
    """
    figures = [c for c in _figures(ctx, when) if c.additive and not c.is_date]
    totals = [c for c in figures if c.stems[:1] == ("total",)]
    if len(totals) == 1:
        return totals[0]
    if len(figures) == 1:
        return figures[0]
    return when if not figures else None


def _axis(when: Column) -> list[str | None]:
    """["year"] for a column of year numbers (TIME_PERIOD of 2014 … 2023), read as they are, never as dates."""
    return ["year"] if when.year_like and not when.is_date else []


def _where(req: KindRequest) -> str:
    return f" where {' and '.join(f'{c} = {v}' for c, v in req.where)}" if req.where else ""


def code(req: KindRequest) -> str:
    """The cell for the request."""
    y, g, t = col(req.y), col(req.group), col(req.column)
    first, last, n = req.value[:3]
    mask = where_mask(req.frame, req.where)
    f = "data" if mask else req.frame
    narrow = [f"data = {req.frame}[{mask}]  # only the rows{_where(req)}"] if mask else []
    numbers = "year" in (req.column or "").lower() or req.formats == ["year"]
    year = f"{f}[{t}]" if numbers else f"pd.to_datetime({f}[{t}], errors='coerce').dt.year"
    if req.group is None and len(req.value) == 5:  # two months of two years
        ma, mb = req.value[3:]
        return finish(
            [
                f"# {req.y} ({req.agg}) in {_month(ma)} {first} and in {_month(mb)} {last}{_where(req)}",
                *narrow,
                f"when = pd.to_datetime({f}[{t}], errors='coerce')",
                f"first_rows = (when.dt.year == {first}) & (when.dt.month == {ma})",
                f"last_rows = (when.dt.year == {last}) & (when.dt.month == {mb})",
                f"values = [{f}.loc[first_rows, {y}].{req.agg}(), {f}.loc[last_rows, {y}].{req.agg}()]",
                "print(values)",
                "",
                f'result = {{"rows": len({f}), "first": "{_month(ma)} {first}", "last": "{_month(mb)} {last}", '
                '"values": values}',
            ],
            f"{req.y} in two months",
        )
    if req.group is None:
        return finish(
            [
                f"# {req.y} ({req.agg}) in {first} and {last or 'the latest year'}{_where(req)}",
                *narrow,
                f"year = pd.to_numeric({year}, errors='coerce')",
                f"first, last = {first}, {last if last else 'int(year.max())'}",
                f"by_year = {f}[year.isin([first, last])].groupby(year.rename('year')).size()"
                if req.agg == "count"
                else f"by_year = {f}[year.isin([first, last])].groupby(year.rename('year'))[{y}].{req.agg}()",
                "by_year = by_year.reindex([first, last])",
                "print(by_year)",
                "",
                f'result = {{"rows": len({f}), "first": first, "last": last, '
                '"values": [by_year[first], by_year[last]]}',
            ],
            f"{req.y} in two years",
        )
    key = "pct" if req.share else "change"
    if len(req.value) == 5:  # "from dec 22 to dec 23": two months, each a year and a month (202212)
        ma, mb = req.value[3:]
        period = [
            f"when = pd.to_datetime({f}[{t}], errors='coerce')",
            "year = when.dt.year * 100 + when.dt.month  # 202212 for December 2022",
            f"first, last = {first * 100 + ma}, {last * 100 + mb}",
        ]
        span = f"{_month(ma)} {first} to {_month(mb)} {last}"
        labels = f'"first": "{_month(ma)} {first}", "last": "{_month(mb)} {last}"'
    else:
        period = [
            f"year = pd.to_numeric({year}, errors='coerce')",
            f"first, last = {first}, {last if last else 'int(year.max())'}",
        ]
        span = f"{first} to {last or 'the latest year'}"
        labels = '"first": first, "last": last'
    return finish(
        [
            f"# Change in {req.y} per {req.group} from {span}{_where(req)}",
            *narrow,
            *period,
            f"table = {f}[year.isin([first, last])].groupby([{g}, year.rename('year')])[{y}].{req.agg}().unstack()",
            "table = table.reindex(columns=[first, last]).dropna()  # groups measured in both years",
            "change = table[last] - table[first]",
            "pct = 100 * change / table[first].abs()",
            f"ranked = {key}.sort_values(ascending={req.order == 'min'})",
            "print(pd.DataFrame({'first': table[first], 'last': table[last], 'change': change, '% change': pct})"
            ".loc[ranked.index].head(10))",
            "",
            f'result = {{"rows": len({f}), "groups": len(table), {labels}, '
            f'"table": [[g, table.loc[g, first], table.loc[g, last], change[g], pct[g]] '
            f"for g in ranked.index[:{(n if n > 1 else 5)}]]}}",
        ],
        f"change in {req.y} per {req.group}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    first, last, n = result.get("first"), result.get("last"), req.value[2]
    if req.group is None:
        return _overall(req, result)
    rows = result.get("table") or []
    lines = [
        f"Change in {req.y} per {req.group} from {first} to {last}{_where(req)}, {fmt(result.get('groups'))} groups "
        f"measured in both {'months' if len(req.value) == 5 else 'years'} ({fmt(result.get('rows'))} rows).",
        "",
    ]
    if not rows:
        return lines[0] + f"\n\nNo {req.group} has {req.y} in both {first} and {last}."
    # the lowest change first is the largest fall ("dropped the most") or the smallest rise ("rose the least")
    what = f"{'lowest' if req.order == 'min' else 'highest'} {'% change' if req.share else 'change'}"
    g, a, b, change, pct = rows[0]
    lines.append(
        f"The {what}: **{g}**, from {fmt(a)} to {fmt(b)} ({'+' if change >= 0 else ''}{fmt(change)}, "
        f"{'+' if pct >= 0 else ''}{fmt(pct)}%)."
    )
    if len(rows) > 1:
        lines += ["", f"The top {min((n if n > 1 else 5), len(rows))}:"]
        lines += [
            f"- {g}: {fmt(a)} → {fmt(b)} ({'+' if c >= 0 else ''}{fmt(c)}, {'+' if p >= 0 else ''}{fmt(p)}%)"
            for g, a, b, c, p in rows[: (n if n > 1 else 5)]
        ]
    return "\n".join(lines)


def _month(number: int) -> str:
    return MONTHS[int(number) - 1].capitalize()


def _overall(req: KindRequest, result: dict[str, Any]) -> str:
    """One measure in two years, and the change between them."""
    first, last = result.get("first"), result.get("last")
    a, b = ([*(result.get("values") or []), None, None])[:2]
    what = {"sum": "Total", "mean": "Mean", "median": "Median"}.get(req.agg, req.agg)
    head = f"{what} of {req.y} in {first} and {last}{_where(req)}, {fmt(result.get('rows'))} rows."
    if req.agg == "count":
        head = f"Rows counted in {first} and in {last} (by {req.column}){_where(req)}, {fmt(result.get('rows'))} rows."
    missing = [str(year) for year, v in ((first, a), (last, b)) if not isinstance(v, int | float)]
    if missing:
        known = next((f"{year}: {fmt(v)}" for year, v in ((first, a), (last, b)) if isinstance(v, int | float)), "")
        return head + f"\n\n{req.y} has no value in {' and '.join(missing)}." + (f" {known}." if known else "")
    assert isinstance(a, int | float) and isinstance(b, int | float)
    change = b - a
    pct = f", {'+' if change >= 0 else ''}{fmt(100 * change / abs(a))}%" if a else ""
    return head + f"\n\n{first}: **{fmt(a)}**; {last}: **{fmt(b)}** ({'+' if change >= 0 else ''}{fmt(change)}{pct})."
