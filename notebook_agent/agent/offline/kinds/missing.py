"""Missing values: per column; rows still waiting for an end date; and the time between two date columns.

"Are any values missing?" counts the missing values of every column. A frame with a start and an end date
(opened/closed, ordered/shipped, admitted/discharged) answers "how long" questions (stays, their length, time in,
turnaround, the longest or shortest when no measure is named) with the difference end − start, in hours and days:
its mean and median, per group when a label column or one of its values is named ("do high priority tickets get
closed faster?"); "how many haven't been closed yet?" (or "still out") counts the rows whose end date is missing.
Verbs of keeping ("how long do people keep a book", "days a loan lasts") ask for the same span; a due date
(due, deadline, expected, scheduled) starts no span but holds the end: "how many came back more than a week
late?" counts the rows whose end − due passes the span said in words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..catalog import date_arguments, hours_taken, travel_times
from ..columns import Column, Mention, find_mentions, find_values, root, stem
from ..words import MONEY_PARTS, PERSONS, PLAIN_LENGTH_PARTS
from .base import Context, KindRequest, col, finish, fmt, said_where, where_mask
from .wide import asks_gap

_BOTH_SIDES = re.compile(r"\bwith\s+(?:and|or|vs\.?|versus)\s+without\b")
_ASK = re.compile(
    r"\bmissing\b|\bnulls?\b|\bnan\b|\bn/?a values\b|\bblanks?\b|\bempty (?:cells|values)\b|\bincomplete\b"
    # a value not given: "matches with no attendance figure", "rows without a price", "not recorded"
    r"|\b(?:no|without)\s+(?:an?\s+|any\s+)?(?:[a-z]+\s+){0,2}(?:figures?|values?|data|readings?|records?|entr(?:y|ies)"
    r"|listed|given|recorded|specified|provided|written(?:\s+down)?|noted|logged|filled\s+in|entered)\b"
    r"|\bnot\s+(?:been\s+)?(?:recorded|given|filled\s+in|entered|reported)\b"
    # a placeholder written out: "how many rows have a ? in them", "any 'N/A' in it"
    r"|\b(?:an?|any)\s+['\"`]?(?:\?|n/a|na|-)['\"`]?\s+(?:in|as)\b"
)


# Said before a column, the rows lack it: "games that don't have a year", "titles without a director", "rows
# lacking a date", "customers missing an email", "rows with no price". The strong words ask about a missing value
# whatever the column holds; the weak ones ("no", "without", "don't have") may mean a value the column has itself
# ("customers with no dependents": Dependents = No; "orders with no discount": discount = 0).
_ARTICLE = r"(?:\s+(?:an?|any|the|their|its|his|her|a\s+known|a\s+listed|a\s+recorded))?\s+$"
_STRONG_BEFORE = re.compile(
    r"\b(?:missing|lack(?:s|ing|ed)?|blank|empty|null|unknown|unrecorded"
    r"|nothing\s+(?:written|entered|filled\s+in|recorded|listed|noted|put)\s+(?:under|in|for|as))" + _ARTICLE
)
# "rows with no customer id": a column named in full after "no" (not "days with no rain", a value)
_NO_BEFORE = re.compile(r"\b(?:have|has|had|with)\s+no" + _ARTICLE)
_WEAK_BEFORE = re.compile(
    r"(?:\b(?:do|does|did|have|has|had)\s*(?:n'?t|not)|\b(?:dont|doesnt|didnt|havent|hasnt))\s+"
    # ("customers who didn't use insurance": Insurance Paid left blank)
    r"(?:have|has|get|got|use|list|give|gave|provide|state|report|enter|supply|disclose|fill\s+in|say|specify|mention"
    r"|fill(?:ed)?\s+(?:in|out)|complete[sd]?|answer(?:ed)?|return(?:ed)?|submit(?:ted)?)"
    + r"(?:\s+(?:what|which))?"  # "listings that don't say what condition the car is in"
    # ("don't have a star rating": a word may qualify the column's own, Hospital overall rating)
    + r"(?:\s+(?:an?|any|the|their|its|his|her))?(?:\s+[a-z]{3,})?\s+$"
    + r"|\b(?:no|without)"
    + _ARTICLE
    # "tickets that never got a rating"
    + r"|\bnever\s+(?:got|gotten|received|had|gave|left|been\s+given"
    # ("people who never took the safety class": the class's date left blank)
    + r"|took|taken|attended|completed|finished|came\s+to|went\s+to)"
    + _ARTICLE
)
_NOT_DONE = re.compile(
    r"\b(?:weren'?t|wasn'?t|were\s+not|was\s+not|aren'?t|isn'?t|are\s+not|is\s+not"
    r"|never(?:\s+(?:been|got|gotten))?|not\s+been|(?:have|has)n'?t(?:\s+been)?|havent|hasnt|not\s+yet)\s+$"
)
# Said after a column: "rows where the email is missing", "the year is blank", "director not given".
_AFTER = re.compile(
    r"^\s+(?:(?:is|are|was|were)\s+)?(?:missing|blank|empty|null|nan|unknown|not\s+(?:recorded|given|known|listed"
    r"|filled\s+in|entered|reported|set))\b(?!\s+(?:an?|any|the|their|its|some|it|them|that|this|one)\b)"
)
_ROWS = re.compile(r"\b(?:rows|records|entries|lines)\b")
_LIST = re.compile(r"^\W*(?:which|what|list|show|display|give\s+me|find|print)\b|\bwhich\b")
_HOW_MANY = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bhow\s+much\b|\bshare\b|\bpercent|\bproportion\b")
_NEGATIVE = frozenset({"no", "none", "false", "n", "0", "0.0", "never", "nothing", "without"})


def _says_none(column: Column) -> bool:
    """A column that holds 'none' as a value of its own: No in a yes/no column, 0 in a count."""
    if column.kind == "bool":
        return True
    if column.numeric:
        return column.low is not None and column.low <= 0
    return any(str(v).strip().lower() in _NEGATIVE for v in column.values)


def _absent(ctx: Context) -> KindRequest | None:
    """Rows that lack one named column's value: counted ("how many"), or a few shown ("which titles ...")."""
    if not (_LIST.search(ctx.text) or _HOW_MANY.search(ctx.text) or _ROWS.search(ctx.text)):
        return None  # "the price without tax" names no rows to count or show
    # a code is counted missing only when named in full after "no"/"missing" ("rows with no customer id")
    named = [
        m
        for m in ctx.mentions
        if not m.column.id_like
        or (
            m.score >= 90
            and (
                re.search(r"\b(?:no|without|missing|lacking)\s+(?:a\s+|an\s+|the\s+)?$", ctx.text[: m.start])
                or _WEAK_BEFORE.search(ctx.text[: m.start])  # "listings that don't have a sku yet"
            )
        )
    ]
    found = (
        next(
            (
                m
                for m in named
                if (
                    (strong := _STRONG_BEFORE.search(ctx.text[: m.start])) is not None
                    # ("3 or more empty slots" of Out of Stock Slots: a count of empty things, not blank cells)
                    and not (strong.group().lower().startswith("empty") and m.column.numeric and m.column.whole_count)
                )
                or (
                    m.score >= 90
                    and _NO_BEFORE.search(ctx.text[: m.start])
                    # a count with 0 among its values: "no cars" is 0 of them, blanks or not
                    and not (m.column.numeric and _says_none(m.column))
                )
                or (_WEAK_BEFORE.search(ctx.text[: m.start]) and not _says_none(m.column))
                # "animals that weren't weighed": the measure a verb names was never taken
                # ... and "shifts where someone never clocked out": the event's date or time was never set
                or (
                    (m.word.lower().split() or [""])[0].endswith("ed")
                    # ("transactions that aren't categorised": a label left blank, HomeBank's category)
                    and (
                        m.column.numeric
                        or m.column.is_date
                        or (
                            m.column.categorical
                            and not m.column.complete
                            # ("haven't been approved" of approved_status's own value approved: not a blank)
                            and not any(v.strip().lower() == m.word.lower() for v in m.column.values)
                        )
                    )
                    and m.column.formula is None  # "haven't been closed": an event's date, counted as not there yet
                    and _NOT_DONE.search(ctx.text[: m.start])
                )
            ),
            None,
        )
        or next((m for m in named if _AFTER.match(ctx.text[m.end :])), None)
        or _said_before_it(ctx, named)
    )
    if found is None:
        return None
    source = ctx.catalog.get(ctx.frame, found.column.formula[0]) if found.column.formula else None
    if source is not None and found.column.formula and found.column.formula[1] == "notna":
        found = replace(found, column=source)  # "no defects": the blanks of Defects Found, not of a mark made of it
    others = [m for m in named if m.column != found.column and m.start > found.start and m.via == "name"]
    if others and re.search(r"%|\bpercent|\bshare\b|\bproportion\b|\bhow\s+many\b", ctx.text):
        return None  # "what % are missing BuildingArea? and YearBuilt?": each named column's missing values
    if found.column.numeric and _AVERAGE.search(ctx.text):  # "the average income? how many are missing it?"
        return KindRequest(frame=ctx.frame, column=found.column.name, agg="count", op="mean")
    listing = bool(_LIST.search(ctx.text)) and not _HOW_MANY.search(ctx.text)
    marks = _PLACEHOLDER_LIST if not found.column.numeric else None
    if marks and found.column.categorical and (found.column.n_unique or 0) <= 3 and _says_none(found.column):
        # "expenses missing a receipt" of a Receipt of Yes and No: the No rows lack one too
        marks = [*marks, *(v.strip().lower() for v in found.column.values if v.strip().lower() in _NEGATIVE)]
    if marks:
        # "posts that don't have a guard" of a roster writing VACANT where no one is assigned
        marks = [*marks, *(v.strip().lower() for v in found.column.values if v.strip().lower() in _NOBODY)]
    if marks and (found.column.is_date or re.search(r"\b(?:known|unknown)\b", ctx.text)):
        marks = [*marks, "unknown"]  # "no known birth date": Find a Grave writes "unknown" where none is known
    if not listing:
        return KindRequest(frame=ctx.frame, column=found.column.name, agg="count", value=marks)
    label = _row_label(ctx, found)
    return KindRequest(
        frame=ctx.frame, column=found.column.name, y=label.name if label else None, agg="rows", value=marks
    )


_AVERAGE = re.compile(r"\b(?:average|avg|mean|typical)\b")
# what a roster writes where no one is: a post, a seat, a case without a person
_NOBODY = frozenset({"vacant", "unassigned", "not assigned", "unfilled", "tbd", "none assigned", "nobody", "no one"})


_LACK_IT = re.compile(
    r"\b(?:missing|lacking|without|(?:do|does|did)(?:n'?t|\s+not)\s+have|(?:dont|doesnt|didnt)\s+have|have\s+no)"
    r"\s+(?:it|them|that|this|one|any)\b"
)


def _said_before_it(ctx: Context, named: list[Mention]) -> Mention | None:
    """The measure named before "it" in a count of rows missing it ("how many customers are missing it?").

    The rows' own word right before ("buildings don't have one") is who lacks it, not what is lacking.
    """
    said = _LACK_IT.search(ctx.text)
    if said is None:
        return None
    before = [
        o
        for o in named
        if o.end <= said.start()
        and not o.column.is_date
        and not ctx.catalog.names_rows(o.column)
        and not re.fullmatch(r"\s*(?:(?:are|is|were|was)\s*)?", ctx.text[o.end : said.start()])
    ]
    measures = [o for o in before if o.column.numeric] or before
    return measures[-1] if measures else None


# Text that stands for "no value" in published tables ("?" in UCI Adult, "N/A", "-"): missing, though not empty.
# Checked in the cell, not from the profile's examples: a placeholder on 5% of rows is rarely among the top values.
_PLACEHOLDER_LIST = ["", "?", "-", "--", "n/a", "na", "null", "missing", "not available", "-9999", "-999"]


def _missing_expr(values: str, req: KindRequest) -> list[str]:
    """Lines that set `missing` (empty cells and, in text, placeholders) and `marked` (the placeholders)."""
    if req.value:
        return [
            f"placeholders = {req.value!r}  # text that stands for no value",
            f"marked = {values}.notna() & {values}.astype(str).str.strip().str.lower().isin(placeholders)",
            f"missing = {values}.isna() | marked",
        ]
    return [f"missing = {values}.isna() | {values}.astype(str).str.strip().eq('')", "marked = missing & False"]


def _row_label(ctx: Context, found: Mention) -> Column | None:
    """The column to list the rows by: one said before the missing one ("which titles"), else the likeliest name.

    The likeliest name is the text column with the most distinct values (on half the rows at least), else a code.
    """
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    verb = _LIST.search(ctx.text)  # "list the shows ...": the verb names no column (listed_in)
    said = [
        m.column
        for m in ctx.mentions
        if m.end <= found.start
        and m.column != found.column
        and (m.column.categorical or m.column.id_like)
        and not (verb and m.start < verb.end() and verb.start() < m.end)
    ]
    if said:
        return said[0]
    texts = [c for c in ctx.columns() if c.kind == "text" and not c.is_date and c != found.column and c.n_unique]
    best = max(texts, key=lambda c: c.n_unique or 0, default=None)
    if best is not None and rows and (best.n_unique or 0) >= 0.5 * rows:
        return best
    return next((c for c in ctx.columns() if c.id_like and c != found.column), None)


_ZERO = re.compile(r"\b(?:are|is|were|was|equal\s+to|equals?|read|reads|show|shows)\s+(?:zero|0)\b|=\s*0\b")


_SET_ASIDE = re.compile(
    r"\b(?:ignor\w*|exclud\w*|skip\w*|leav\w+\s+out|drop\w*|without|not\s+counting|apart\s+from|except)\s+"
    r"(?:the\s+|any\s+)?(?:[^\s,.?]+\s+(?:ones|rows|values)\s+(?:and|or|&)\s+(?:the\s+)?)?"  # "the $0 ones and the"
    r"(?:missing|blank|empty|unknown|nan|null|n/a)"
)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if asks_gap(ctx):
        return None  # "how many stations are missing data for a month": a wide table's period columns
    if _ZERO.search(ctx.text):
        return None  # "how many insulin readings are zero? those are really missing": a count of zeros
    if _SET_ASIDE.search(ctx.text):
        return None  # "top 3 medical specialties? ignore the missing ones": the blanks are left out, not counted
    if _BOTH_SIDES.search(ctx.text):
        return None  # "approval % with and without it": two sides of a yes/no compared, nothing missing
    if any(c.stems == ("missing",) and (c.kind == "bool" or c.flag) for c in ctx.columns()):
        return None  # a gradebook's own Missing (TRUE/FALSE): "how many assignments are missing" reads that flag
    if re.search(r"\bmissing\b", ctx.text) and any(
        c.categorical and any(v.strip().lower() == "missing" for v in c.values) for c in ctx.columns()
    ):
        return None  # "tanks with a missing baffle" of a Baffle Condition that says Missing: that value
    if re.search(r"\bmissing\s+(?:more|fewer|less|most|fewest|least|a\s+lot|many|the\s+most)\b", ctx.text) and any(
        c.numeric and set(c.stems) & {"miss", "misses", "missed"} for c in ctx.columns()
    ):
        return None  # "does missing more shots mean a worse finish" of Prone Misses: the misses, counted
    if re.search(r"\bblanks\b", ctx.text) and any(c.numeric and "blank" in c.stems for c in ctx.columns()):
        return None  # "who wastes the most blanks" of a key counter's Blanks Wasted: key blanks, counted
    absent = _absent(ctx)
    if absent is not None:
        return absent
    timed = _durations(ctx)
    if timed is not None:
        return timed
    if not _ASK.search(ctx.text):
        return None
    said = ctx.text
    for c in ctx.columns():  # ("with Waiver Missing = Y": the word inside a column's name asks for no blanks)
        said = re.sub(rf"(?i)(?<!\w){re.escape(c.name)}(?!\w)", " ", said)
    if not _ASK.search(said):
        return None
    # "how many hours have no reading" of an hourly table: the hours are the rows (hour has no blank), not the column
    named = {
        m.column.name
        for m in ctx.mentions
        if not m.column.id_like
        and not (m.column.complete and re.search(r"\bhow\s+many\s+$", ctx.text[: m.start]) and m.word.endswith("s"))
        # "how many country-months are missing a number": a unit of rows, not the country column
        and not re.match(r"-(?:months?|years?|days?|weeks?|quarters?|hours?)\b", ctx.text[m.end :])
    }
    counted = r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bhow\s+much\s+of\b|\bwhat\s+(?:share|percent\w*|%|fraction)"
    if len(named) == 1 and re.search(counted, ctx.text):
        column = ctx.catalog.get(ctx.frame, named.pop())  # "how many matches have no attendance figure?"
        assert column is not None
        # a number that codes unknown (-200 of the UCI air quality table, -99) is a missing reading too
        code = column.unknown_code if column.numeric and column.unknown_code not in (None, -1) else None
        return KindRequest(
            frame=ctx.frame,
            column=column.name,
            value=([str(code), f"{code}.0"] if code is not None else None) if column.numeric else _PLACEHOLDER_LIST,
            where=said_where(ctx, {column.name}),  # "how many production numbers are missing": those rows
        )
    return KindRequest(frame=ctx.frame)


def code(req: KindRequest) -> str:
    """The cell for the request."""
    if req.where:  # a follow-up narrowed the rows ("and in the tenderloin?"): the same request on those rows
        condition = where_mask(req.frame, req.where)
        narrowed = KindRequest.from_dict({**req.to_dict(), "frame": "data", "where": []})
        return code(narrowed).replace("import json\n", f"import json\ndata = {req.frame}[{condition}]\n", 1)
    if req.agg in ("duration", "span_count") or req.op == "missing":
        return _durations_code(req)
    if req.column and req.agg == "rows":
        c, f = col(req.column), req.frame
        shown = f"rows[{col(req.y)}].head(10).astype(str).tolist()" if req.y else "[str(i) for i in rows.index[:10]]"
        return finish(
            [
                f"# Rows with no {req.column}, and the first few of them",
                f"values = {f}[{c}]",
                *_missing_expr("values", req),
                f"rows = {f}[missing]",
                "print(rows.head(10).to_string())",
                "",
                f'result = {{"rows": len({f}), "missing": {{{c}: int(missing.sum())}}, "marked": int(marked.sum()), '
                f'"examples": {shown}}}',
            ],
            f"rows with no {req.column}",
        )
    if req.column and req.value:
        c = col(req.column)
        return finish(
            [
                f"# Missing values of {req.column}",
                *_missing_expr(f"{req.frame}[{c}]", req),
                "",
                f'result = {{"rows": len({req.frame}), "missing": {{{c}: int(missing.sum())}}, '
                '"marked": int(marked.sum())}',
            ],
            f"missing values of {req.column}",
        )
    if req.column:
        c = col(req.column)
        given = (
            [f"given = {req.frame}[{c}].dropna()", 'print(f"mean {given.mean():.6g} over {len(given)} rows")']
            if req.op == "mean"
            else []
        )
        told = ', "mean": given.mean(), "given": len(given)' if req.op == "mean" else ""
        return finish(
            [
                f"# Missing values of {req.column}" + (", and its mean over the rows that have it" if given else ""),
                f"missing = int({req.frame}[{c}].isna().sum())",
                *given,
                "",
                f'result = {{"rows": len({req.frame}), "missing": {{{c}: missing}}{told}}}',
            ],
            f"missing values of {req.column}",
        )
    f = req.frame
    return finish(
        [
            f"# Missing values per column of {f}, with text such as '?' or 'N/A' counted as missing",
            f"placeholders = {_PLACEHOLDER_LIST!r}",
            f"text = {f}.select_dtypes(exclude=['number', 'datetime', 'bool'])",
            "marked = text.apply(lambda s: s.notna() & s.astype(str).str.strip().str.lower().isin(placeholders))",
            f"gaps = {f}.isna() | marked.reindex(columns={f}.columns, fill_value=False)",
            "missing = gaps.sum()",
            "print(missing.to_string())",
            "",
            f'result = {{"rows": len({f}), "missing": missing, "rows_with_gaps": int(gaps.any(axis=1).sum()), '
            '"marked": int(marked.to_numpy().sum())}',
        ],
        "missing values per column",
    )


def _marked(result: dict[str, Any], req: KindRequest | None = None) -> str:
    marked = result.get("marked") or 0
    nobody = [v for v in (req.value if req is not None and isinstance(req.value, list) else []) if v in _NOBODY]
    such = f"'{nobody[0].upper()}'" if nobody else "'?' or 'N/A'"
    return f", {fmt(marked)} of them written as a placeholder such as {such}" if marked else ""


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    if req.where:  # the narrowed rows, said in the first line
        text = answer(KindRequest.from_dict({**req.to_dict(), "where": []}), result)
        first, _, rest = text.partition("\n")
        among = " and ".join(f"{c} = {v}" for c, v in req.where)
        return f"{first.rstrip('.')}, among rows with {among}.\n{rest}"
    if req.agg in ("duration", "span_count") or req.op == "missing":
        return _durations_answer(req, result)
    rows, missing = result.get("rows") or 0, result.get("missing") or {}
    if req.column and req.agg == "rows":
        n = missing.get(req.column) or 0
        lines = [
            f"Rows with no {req.column}, {fmt(rows)} rows.",
            "",
            f"**{fmt(n)}** rows have no {req.column} value ({100 * n / max(1, rows):.1f}%){_marked(result, req)}.",
        ]
        examples = result.get("examples") or []
        if examples:
            by = f" ({req.y})" if req.y else " (row numbers)"
            lines += ["", f"The first {len(examples)}{by}:", *(f"- {e}" for e in examples)]
        return "\n".join(lines)
    if req.column:
        n = missing.get(req.column) or 0
        mean = (
            f"\n\nThe mean {req.column} over the {fmt(result.get('given'))} rows that have it: "
            f"**{fmt(result.get('mean'))}**."
            if req.op == "mean"
            else ""
        )
        return (
            f"Missing values of {req.column}, {fmt(rows)} rows.\n\n**{fmt(n)}** rows have no {req.column} value"
            f" ({100 * n / max(1, rows):.1f}%){_marked(result, req)}.{mean}"
        )
    lines = [f"Missing values per column of {req.frame}, {fmt(rows)} rows."]
    gaps = {k: v for k, v in missing.items() if v}
    if not gaps:
        lines.append(f"\nNo missing values: all {len(missing)} columns are complete.")
    else:
        lines.append("")
        lines += [f"- {k}: {fmt(v)} ({100 * v / rows:.1f}%)" for k, v in gaps.items()]
        top = max(gaps.values())
        most = [k for k, v in gaps.items() if v == top]
        if len(gaps) >= 2:  # "which column has the most missing values"
            named = " and ".join(f"**{k}**" for k in most)
            lines.append(f"\nMost missing: {named}, {fmt(top)} rows ({100 * top / rows:.1f}%).")
        lines.append(f"\nThe other {len(missing) - len(gaps)} columns have no missing values.")
        whole = result.get("rows_with_gaps")
        if whole is not None:
            lines.append(
                f"\n**{fmt(whole)}** rows ({100 * whole / max(1, rows):.1f}%) have at least one missing value"
                f"{_marked(result, req)}."
            )
    return "\n".join(lines)


_HOW_LONG = re.compile(
    r"\bhow\s+(?:long|quickly|fast|soon)\b|\btime\s+(?:it\s+takes\s+)?to\s+[a-z]|\bturn\s*around\b|\bduration\b"
    r"|\b(?:faster|slower|quicker|sooner)\b|\btakes?\s+(?:to|longer|less|more)\b|\b(?:wait|waiting|lead)\s+times?\b"
    r"|\b(?:days|hours|minutes)\s+(?:does\s+it\s+take\s+)?to\s+[a-z]|\btime\s+between\b"
    r"|\b(?:days|hours|weeks|minutes)\s+(?:after|since|before|between|from)\b"  # "how many days after ordering"
    # a stay, and its length: "how long do patients stay", "the longest stays", "length of stay", "LOS"
    # (not the stays counted: "what percent of stays got a bath", "how many stays")
    r"|(?<!\bof\s)(?<!\bmany\s)(?<!\ball\s)\bstay(?:s|ed|ing)?\b|\blength\s+of\s+(?:stay|time)\b|\blos\b|\btime\s+(?:in|spent|taken)\b"
    r"|\b(?:longest|shortest|longer|shorter|quickest|slowest|fastest)\b|\blength\b"
    r"|\btenure\b|\bhow\s+long\s+(?:they|people|staff|employees)\s+(?:stayed|lasted|worked)\b"  # hire to leaving
    # a span said by its unit and a verb of keeping: "how many days do people keep a book", "weeks a loan lasts"
    r"|\b(?:minutes|hours|days|weeks|months|years)\b.*"  # ("how many years did they usually last")
    r"\b(?:keep|kept|hold|held|borrow\w*|rent\w*|last|lasts|lasted|take|took|spend|spent)\b"
)
_PENDING = frozenset({"pending", "waiting", "in review", "under review", "awaiting decision", "open"})
# Rows still waiting for their end date: "haven't been closed yet", "not shipped", "still open".
_NOT_YET = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:been\s+|yet\s+|being\s+|got\s+|gotten\s+)*(?P<verb>[a-z]{4,})"
    r"|\b(?:still|remain|remaining)\s+(?:open|pending|outstanding|unresolved|waiting|out|away|on\s+loan|borrowed)\b"
    r"|\bunresolved\b|\bpending\b|\bunreturned\b"
    # still where the rows started: "still in the shelter", "still at the depot", "still in care"
    r"|\b(?:still|remain\w*)\s+(?:in|at|inside|with\s+us|here|on\s+site)\b"
    # "still sitting in the impound", "still being held", "still waiting to settle"
    r"|\bstill\s+(?:sitting|being\s+held|held|stuck|parked|waiting|unclaimed|unsettled)\b"
    # still standing where it was put: "routes still up on the wall", "signs still in place", "still active"
    r"|\bstill\s+(?:up|standing|active|live|running|in\s+place|installed|hanging|around)\b"
)
# Verbs of a row's end that name no date column of their own: "not back yet", "haven't come back" (the end date).
_BACK = frozenset({"back", "come", "came", "coming", "returned", "return", "finished", "ended", "over", "done"})
_START = re.compile(
    r"open|creat|start|begin|submit|order|receiv|arriv|check_?in|admi|request|placed|sign|issue|report|log|raise"
    r"|book|born|birth|hire|enrol|join|from|loan|borrow|lend|rent|pick_?up|base_?camp",
    re.I,
)
# A date the end is held against, not the start of a span: due_date, deadline, expected_delivery, sla_date.
_DUE = re.compile(r"due|deadline|expect|schedul|plan|promis|target|sla", re.I)
# Words that say an end came after the date it was due: "late", "overdue", "past the due date", "delayed".
_LATE = re.compile(r"\blate\b|\boverdue\b|\bpast\s+(?:the\s+|its\s+|their\s+)?(?:due|deadline)|\bdelay\w*|\bbehind\b")
# A span in words after a bound: "more than a week", "under 3 days", "at least two hours".
_SPAN = re.compile(
    r"\b(?P<op>more\s+than|over|longer\s+than|later\s+than|exceeding|at\s+least|less\s+than|under|shorter\s+than"
    r"|within|at\s+most)\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+(?:\.\d+)?)\s+"
    r"(?P<unit>minute|hour|day|week|month|year)s?\b"
)
_SPAN_OPS = {"at least": ">=", "at most": "<=", "within": "<=", "less than": "<", "under": "<", "shorter than": "<"}
_SPAN_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SPAN_WORDS |= {"eight": 8, "nine": 9, "ten": 10, "twelve": 12}
_UNIT_HOURS = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730.5, "year": 8766}
# Name parts of a number that is itself a time span (delay_min, wait_days): a span in words is about it instead.
_TIMED = frozenset({"min", "minute", "hour", "hr", "h", "day", "week", "sec", "second", "duration", "wait", "stay"})
_END = re.compile(
    r"clos|resolv|end|finish|complet|ship|deliver|done|check_?out|discharg|respon|answer|fix|return|paid|fulfil"
    r"|cancel|death|died|leave|left|exit|until|to$|terminat|stop|strip|remov|retire|taken_?down|tear_?down",
    re.I,
)


def _dates(ctx: Context) -> list[Column]:
    return [c for c in ctx.columns() if c.is_date]


_FROM_TO = re.compile(
    r"\bfrom\s+(?:when\s+)?(?:[a-z']+\s+){0,4}?(?P<a>[a-z]{4,}ed)\b.*?\bto\s+(?:when\s+)?(?:[a-z']+\s+){0,4}?"
    r"(?P<b>[a-z]{4,}ed)\b"
)


_STAY = re.compile(r"\bstay(?:s|ed|ing)?\b|\blength\s+of\s+stay\b")
_ARRIVAL = re.compile(r"arriv|check_?\s*in", re.I)
_DEPARTURE = re.compile(r"depart|check_?\s*out|leav", re.I)


def _pair(ctx: Context, dates: list[Column]) -> tuple[Column, Column] | None:
    """The start and the end date: the two date columns, told apart by their names, else by their order."""
    said_pair = _FROM_TO.search(ctx.text)
    if said_pair:  # "from when a sample is received to when it's reported": the dates those verbs name
        ends = [
            next((m.column for m in find_mentions(said_pair[k], ctx.catalog, ctx.frame) if m.column.is_date), None)
            for k in ("a", "b")
        ]
        if ends[0] is not None and ends[1] is not None and ends[0] != ends[1]:
            return ends[0], ends[1]
    for said_to in re.finditer(
        r"(?P<a>(?:[a-z]+\s+)?[a-z]+)\s+(?:to|until|till|->|→)\s+(?P<b>[a-z]+(?:\s+[a-z]+)?)", ctx.text
    ):
        # "received to on scene": two dates named either side of "to", in that order
        sides = [
            [
                m.column
                for m in find_mentions(said_to[k], ctx.catalog, ctx.frame)
                if m.column.is_date and m.via != "time"
            ]
            for k in ("a", "b")
        ]
        if sides[0] and sides[1] and sides[0][-1] != sides[1][0]:
            return sides[0][-1], sides[1][0]
    if _STAY.search(ctx.text):  # "how long do people stay": from the arrival to the departure (check-in to -out)
        came = [c for c in dates if _ARRIVAL.search(c.name)]
        went = [c for c in dates if _DEPARTURE.search(c.name)]
        if len(came) == 1 and len(went) == 1 and came[0] != went[0]:
            return came[0], went[0]
    named = [m.column for m in ctx.mentions if m.column.is_date]
    if len(dates) > 2:  # a due date is held against the end, it starts nothing (loan, due and return dates)
        dates = [c for c in dates if not _DUE.search(c.name)] or dates
    starts = [c for c in dates if _START.search(c.name) and not _END.search(c.name)]
    ends = [c for c in dates if _END.search(c.name) and not _START.search(c.name)]
    said = sorted((m for m in ctx.mentions if m.column.is_date), key=lambda m: m.start)
    if len(dates) == 2 and len(said) == 2 and said[0].column != said[1].column:
        between = ctx.text[said[0].end : said[1].start]
        if re.search(r"\bto\s+(?:be|get|being)\b|\buntil\b|\btill\b|\bbefore\b", between):
            return said[0].column, said[1].column  # "for a loss to be reported": the question's own order
    if len(dates) == 2:
        a, b = dates
        if (a in ends and b not in ends) or (b in starts and a not in starts):
            a, b = b, a  # when both names read as ends ("Ship Date", "Delivered Date"), the table's order holds
        return a, b
    end = next((c for c in named if c in ends), ends[0] if len(ends) == 1 else None)
    if len(starts) > 1:  # ISSUE_DATE beside START_DATE and END_DATE: the span is from the start said so
        starts = [c for c in starts if {"start", "begin", "starting"} & set(c.stems)] or starts
    start = next((c for c in named if c in starts), starts[0] if len(starts) == 1 else None)
    return (start, end) if start is not None and end is not None else None


# The verb of a span's end after "how long ... to", "time to", "until": "how long does it take to close a request",
# "how long until orders ship", "average time to resolve", "days to deliver", "how long for a claim to be paid".
_VERB = re.compile(
    r"\b(?:to|until|till|before)\s+(?:(?:get|gets|got|be|being|been|is|are|it|they|them|an?|the|its|their|our|your)\s+)*"
    r"(?P<verb>[a-z]{3,})"
)
_NOT_VERBS = frozenset({"average", "mean", "median", "typical", "usual", "each", "every", "one", "another", "other"})


# Verbs of getting to a place, and the name parts of the date they end at
_ARRIVED = [
    (
        re.compile(r"\b(?P<verb>(?:show|turn)(?:s|ed|ing)?\s+up|get(?:s|ting)?\s+(?:there|on\s+scene)|reach\w*)\b"),
        ("arriv", "onscene", "scene"),
    ),
]


def _verb_end(ctx: Context, dates: list[Column]) -> tuple[Column, re.Match[str]] | None:
    """The date column the verb of a how-long question names by its form (close: Closed Date, ship: Ship Date)."""
    asked = _HOW_LONG.search(ctx.text) or re.search(r"\b(?:time|times|days|hours|minutes|weeks)\b", ctx.text)
    if asked is None:
        return None
    for phrase, parts in _ARRIVED:
        # "to show up", "to get there": when someone arrives (TimeArrive, On Scene DtTm), by another verb
        said = phrase.search(ctx.text, asked.start())
        found = [c for c in dates if said is not None and any(s.startswith(parts) for s in c.stems)]
        if said is not None and len(found) == 1:
            return found[0], said
    for said in _VERB.finditer(ctx.text, asked.start()):
        verb = said.group("verb")
        if verb in _NOT_VERBS or verb in _DATE_WORDS:
            continue
        found = [m.column for m in find_mentions(verb, ctx.catalog, ctx.frame) if m.column in dates]
        if not found:
            base = root(verb)[:4] if len(verb) > 4 else verb
            found = [c for c in dates if any(s[: len(base)] == base for s in c.stems if s not in _DATE_WORDS)]
        if len(found) == 1:
            return found[0], said
        return None
    return None


def _start_for(ctx: Context, end: Column, dates: list[Column]) -> Column | None:
    """The date a span to `end` runs from: the other one, else one named, else the one whose name starts a span."""
    others = [c for c in dates if c != end and not _DUE.search(c.name)] or [c for c in dates if c != end]
    if len(others) == 1:
        return others[0]
    named = [m.column for m in ctx.mentions if m.column in others]
    if named:
        return named[0]
    starts = [c for c in others if _START.search(c.name) and not _END.search(c.name)]
    if len(starts) == 1:
        return starts[0]
    # FIRST_OCCURRENCE_DATE beside LAST_OCCURRENCE_DATE: a span to the report runs from the first of them
    firsts = [c for c in others if re.match(r"(?i)first|earliest|min", c.name)]
    if len(firsts) == 1:
        return firsts[0]
    earlier = [c for c in others if c.position < end.position]
    return earlier[0] if len(earlier) == 1 else None


def _group(ctx: Context, skip: list[tuple[int, int]] | None = None) -> Column | None:
    """A label column the question names, or whose value it names ("high priority").

    Words in `skip` (the verb of the span's end: "close" is not Status = Closed) name no group.
    """
    skip = skip or []
    labels = [
        m.column
        for m in ctx.mentions
        if m.column.categorical
        and not ctx.catalog.names_rows(m.column)
        and not any(m.start < e and s < m.end for s, e in skip)
        and not re.search(r"\ban?\s+$", ctx.text[: m.start])  # "to close a complaint": one row, not a grouping
        # "how long do things sit on the list": where they wait, one list said whole, not one group per List
        and not (re.search(r"\b(?:on|in|off|at)\s+the\s+$", ctx.text[: m.start]) and not m.word.lower().endswith("s"))
        # "how long do the jobs last", "how long after birth were kids baptised": the rows, each a job or a
        # child, not one group per JOB_TITLE or Child Name (unless said as groups: "by kids", "which kids")
        # "how long do dogs usually stay": the rows said as who stays, typically, not one group per Dog
        and not (
            re.search(r"\b(?:do|does|did)\s+(?:the\s+|our\s+)?$", ctx.text[: m.start])
            and re.match(r"\w*\s+(?:usually|typically|normally|generally|tend\s+to)\b", ctx.text[m.end :])
        )
        and not (
            m.column.stems[-1:] in (("title",), ("name",))
            and (m.word.lower().endswith("s") or ctx.text[m.start : m.end].endswith("s"))
            and not re.search(r"\b(?:by|per|each|every|which|what|for\s+each)\s+$", ctx.text[: m.start])
        )
    ]
    if labels:
        return labels[0]
    taken = [(m.start, m.end) for m in ctx.mentions if m.score >= 90 or m.column.is_date] + skip
    found = find_values(ctx.question, ctx.catalog, ctx.frame, taken)
    values = [v.column for v in found if not ctx.catalog.names_rows(v.column)]
    return values[0] if values else None


_COUNTING = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bshare\b|\bpercent|\bproportion")


_DATE_WORDS = frozenset({"date", "time", "ts", "at", "on", "dt", "day", "timestamp"})


def _due_for(end: Column, due: list[Column]) -> Column | None:
    """The due date an end is held against; None when it cannot be told.

    The only one, else the one that shares a name part with the end (scheduled_arr for actual_arr).
    """
    if len(due) > 1:
        own = set(end.stems) - _DATE_WORDS
        due = [c for c in due if own & (set(c.stems) - _DATE_WORDS)]
    return due[0] if len(due) == 1 else None


def _span_count(ctx: Context, dates: list[Column]) -> KindRequest | None:
    """Rows whose time between two dates passes a span said in words ("more than a week late", "over 3 days").

    Late words hold the end against a due date (return − due); else the span runs from the start to the end.
    """
    said = _SPAN.search(ctx.text)
    late = _LATE.search(ctx.text)
    shared = re.search(r"\bfraction\b|%", ctx.text)  # besides the share words `_COUNTING` has
    if (said is None and late is None) or not (_COUNTING.search(ctx.text) or shared):
        return None  # a span in words, or late alone ("how many were overdue": later than due at all)
    if any(m.column.numeric and set(m.column.stems) & _TIMED for m in ctx.mentions):
        return None  # a number that is a span itself (delay_min) is compared by the general reader
    if any(
        m.column.numeric
        and not m.column.id_like
        and not _LATE.fullmatch(m.word.lower())
        and m.column.formula is None  # "paid late": the paid event of Paid Date is the end, no measure
        for m in ctx.mentions
    ):
        return None  # another measure is named ("orders over 100 dollars"): not a question about dates alone
    pair = _pair(ctx, dates)
    ends = [c for c in dates if not _DUE.search(c.name)]
    if pair is None and not (late and len(ends) == 1):
        return None
    start, end = pair if pair is not None else (ends[0], ends[0])
    if late:  # late against the date it was due: the due date that goes with the end
        due = _due_for(end, [c for c in dates if _DUE.search(c.name) and c != end])
        if due is None:
            return None
        start = due
    if said is None:
        hours, op = 0.0, ">"
    else:
        said_n = said.group("n").lower()
        n = float(_SPAN_WORDS.get(said_n, 0) or said_n)
        hours = n * _UNIT_HOURS[said.group("unit").lower()]
        op = _SPAN_OPS.get(re.sub(r"\s+", " ", said.group("op").lower()), ">")
    return KindRequest(
        frame=ctx.frame,
        column=start.name,
        y=end.name,
        op=op,
        value=int(hours) if float(hours).is_integer() else hours,
        agg="span_count",
        formats=[start.date_format, end.date_format],  # "05/01/2024" is read as the profile found it (day first)
    )


# Words for the work between a start and an end: "resolution time", "turnaround time", "processing times".
_PROCESS = frozenset(
    root(w)
    for w in (
        *("resolution", "response", "turnaround", "processing", "handling", "completion", "fulfilment"),
        *("fulfillment", "repair", "wait", "waiting", "transit", "shipping", "delivery", "cycle", "throughput"),
        *("trip", "ride", "journey", "travel", "flight", "commute"),  # a trip's time: from its start to its end
    )
)


def _event_time(ctx: Context, dates: list[Column]) -> bool:
    """A span said as "<word> time".

    The word names the end ("delivery time": Delivered Date), the rows themselves ("trip time": trip_id), or the
    work between the two dates ("resolution time"); not the start alone ("intake time" may be when it came in).
    """
    pair = _pair(ctx, dates)
    if pair is None:
        return False
    own = {root(s) for c in (pair[1], *(c for c in ctx.columns() if c.id_like)) for s in c.significant}
    own -= {root(w) for w in ("date", "time", "day", "id", "at", "ts", "dt", "timestamp", "on")}
    for m in re.finditer(r"\b([a-z]{3,})\s+times?\b", ctx.text):
        said = root(m.group(1))
        if len(said) >= 3 and (said in own or said in _PROCESS):
            return True
    return False


def _durations(ctx: Context) -> KindRequest | None:
    """Time between two dates, or rows still waiting for their end date; None when the question asks neither."""
    dates = _dates(ctx)
    if len(dates) < 2:
        return None
    spanned = _span_count(ctx, dates)
    if spanned is not None:
        return spanned
    # "how long", "longest": the word is no mention of Longitude or Length
    asked = [m.span() for m in _HOW_LONG.finditer(ctx.text)]
    measures = [
        m
        for m in ctx.mentions
        if m.column.numeric
        and not m.column.id_like
        and not m.column.flag  # "until a request is closed": the event, not a measure
        # "take police to show up": who arrives, not PoliceDistrict, a place's number
        and m.column.stems[-1:] not in (("district",), ("zip",), ("ward",), ("beat",), ("precinct",), ("area",))
        # a column named for the word said ("duration" of "duration (seconds)") is the measure asked for
        and (
            not any(m.start < e and s < m.end for s, e in asked)
            or m.via == "name"
            or m.score >= 80  # ("length of stay" read whole as Duration (nights))
            or any(stem(w) in m.column.significant for w in re.findall(r"[a-z]+", m.word.lower()))
            # ("are sailboats longer than powerboats": a boat's Length (ft), a length in space, not in time)
            or (
                "length" in m.column.stems
                and bool(set(m.column.stems) & {"ft", "feet", "foot", "in", "inch", "inches", "m", "cm", "mm"})
            )
        )
        and not re.search(r"\ban?\s+$", ctx.text[: m.start])  # "to close a request": the rows, not Request Key
        # "how long do people keep them": who does it, the subject, not a party Size said by "people"
        and not (re.search(r"\b(?:do|does|did)\s+$", ctx.text[: m.start]) and m.via == "synonym")
        # ("wait from applying to an offer, in days": the unit asked for, not Days/Wk)
        and not (
            re.fullmatch(r"(?:minute|hour|day|night|week|month|year)s?", m.word.lower())
            and re.search(r"\bin\s+$", ctx.text[: m.start])
        )
        # ("how many days do people keep the gear": the unit of the span asked, not the Late Days)
        and not (
            re.fullmatch(r"(?:minute|hour|day|night|week|month|year)s?", m.word.lower())
            and re.match(r"\s+(?:do|does|did)\s+(?:[a-z]+\s+){1,3}?(?:keep|hold|borrow|rent|have)\b", ctx.text[m.end :])
        )
        # ("how long does a mobile crane permit last": no money is a length, PERMIT_FEE least of all)
        and not (asked and set(m.column.stems) & (MONEY_PARTS | {"fee", "charge", "cost", "price"}))
        # ("how long do people usually play for": the people's verb, not the count of Players)
        and not (asked and m.via != "name" and m.column.significant[-1:] and m.column.significant[-1] in PERSONS)
    ]
    if measures:
        return None  # a measure is named: the question is about it
    heard = {stem(w) for w in re.findall(r"[a-z]{3,}", ctx.text)} - {"minute", "second", "hour", "day", "week"}
    heard |= {root(w) for w in heard if len(root(w)) >= 4}  # "played": Play Time (hours)
    lengths = [
        c
        for c in ctx.columns()
        if c.numeric
        and not c.id_like
        and (
            set(c.stems) & {"duration", "length"}
            # (Minecraft's Play Time (hours): "who has played the longest", by the verb that names it)
            or ("time" in c.stems and bool(set(c.stems) & {"hour", "hours", "hr", "hrs", "min", "mins", "minutes"}))
        )
        # (Pocket Casts' duration alone: each row's own length, when no date is named)
        and (set(c.stems) & heard - {"duration"} or set(c.stems) <= PLAIN_LENGTH_PARTS)
    ]
    # the hours each row actually took (Zero's Actual Hours of a fast, beside its Goal Hours): the length itself
    lengths += [c for c in hours_taken(ctx.columns()) if c not in lengths]
    travel = travel_times(ctx.columns())
    if not lengths and len(travel) == 1 and not any(m.column.is_date for m in ctx.mentions):
        lengths = travel  # "how long does berlin to hamburg take" of a bus booking's Travel Time (min)
    if lengths and any(m.column.is_date for m in ctx.mentions):
        lengths = [c for c in lengths if set(c.stems) & heard - {"duration"}]
    if asked and lengths:
        return None  # "how long does a visit last": Matomo's visitDuration keeps it, no span of two dates
    waiting = _NOT_YET.search(ctx.text)
    if waiting and any(
        v.start <= waiting.end()
        and waiting.start() <= v.end
        # (a mining claim's CASE_DISPOSITION of ACTIVE and CLOSED: "still active" is the ACTIVE rows)
        and set(v.column.stems) & {"status", "state", "stage", "disposition", "phase", "condition"}
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
    ):
        waiting = None  # "still open" of a Status column that holds Open: the status said, not a missing date
    if waiting and _COUNTING.search(ctx.text):
        verb = waiting.group("verb")
        # ("how many are still waiting on inspection": the Inspection Date not kept yet)
        on = re.search(r"\bwait\w*\s+(?:on|for)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?P<n>[a-z]{4,})\b", ctx.text)
        pending = [
            c
            for c in ctx.columns()
            if on is not None
            and c.categorical
            and stem(on["n"].lower()) in c.stems
            and any(v.strip().lower() in _PENDING for v in c.values)
        ]
        if pending:
            return None  # "still waiting on a decision" of a Decision that says Pending: those rows, not a blank date
        # (only a date's name: "waiting for a home" of a Foster Home is the end date not kept yet, Adopted Date)
        if not verb and on and any(m.column.is_date for m in find_mentions(on["n"], ctx.catalog, ctx.frame)):
            verb = on["n"]
        found = find_mentions(verb, ctx.catalog, ctx.frame) if verb else []
        # the date itself, or the date behind the event it records ("closed": closed_at)
        said = [m.column for m in found if m.column.is_date] or [
            c
            for m in found
            if m.column.formula is not None
            and m.column.formula[1] == "notna"
            and (c := ctx.catalog.get(ctx.frame, m.column.formula[0])) is not None
        ]
        pair = _pair(ctx, dates)
        end = said[0] if said else (pair[1] if pair and (not verb or verb in _BACK) else None)
        # several start dates (Created At, Start Date) make no pair, but one end date is still the end
        ends = [c for c in dates if _END.search(c.name) and not (_START.search(c.name) or _DUE.search(c.name))]
        if end is None and len(ends) == 1 and (not verb or verb in _BACK):
            end = ends[0]
        if end is not None:
            return KindRequest(frame=ctx.frame, column=end.name, op="missing", agg="count")
    verbed = _verb_end(ctx, dates)
    if not (_HOW_LONG.search(ctx.text) or _event_time(ctx, dates) or verbed):
        return None
    skip: list[tuple[int, int]] = []
    pair = _pair(ctx, dates)
    if verbed is not None and _FROM_TO.search(ctx.text) and pair is not None:
        verbed = None  # "from when it is received to when it's reported": both ends said, by their verbs
    if verbed is not None:  # "how long does it take to close": the span ends at Closed Date
        end_date, verb_said = verbed
        start_date = _start_for(ctx, end_date, dates)
        skip = [verb_said.span("verb")]
        pair = (start_date, end_date) if start_date is not None else pair
    elif (
        not any(m.column.is_date for m in ctx.mentions)
        # ("how fast do i usually reply" after a stay: Response Time (hours), a length of its own)
        and not any(m.column.numeric and not m.column.id_like for m in ctx.mentions)
        and ctx.recent
        and ctx.last
    ):
        last = ctx.last  # "and which agency is slowest?" after a span: the same span, per group
        if last.get("kind") == "missing" and last.get("agg") == "duration":
            known = {c.name: c for c in dates}
            if last.get("column") in known and last.get("y") in known:
                pair = (known[last["column"]], known[last["y"]])
    if pair is None:
        return None
    group = _group(ctx, skip)
    order = "min" if re.search(r"\b(?:faster|quicker|sooner|quickest|fastest)\b", ctx.text) else "max"
    where: list[list[Any]] = []
    kept: list[list[Any]] = []
    named_values = [] if _COMPARED.search(ctx.text) else find_values(ctx.question, ctx.catalog, ctx.frame, skip)
    if group is None and len({v.column.name for v in named_values}) == 1:
        group = named_values[0].column  # "how long does a pothole take to get fixed": only the one value's rows
    if group is not None and not any(m.column == group for m in ctx.mentions) and not _COMPARED.search(ctx.text):
        # "for accidents since 2010, the median time ...": the rows of the one value said, not a group per value
        one = {v.value for v in named_values if v.column == group}
        if len(one) == 1:
            value = one.pop()
            # "to fix a pothole": a word of the values (Request for Pothole Repair, REQUEST FOR POTHOLE REPAIR)
            worded = [v for v in group.values if re.search(rf"(?i)(?<!\w){re.escape(value)}(?!\w)", v)]
            if value in group.values or not worded:
                where = [[group.name, value]]
            else:
                kept = [[group.name, "in", worded]]
            group = None
    return KindRequest(
        frame=ctx.frame,
        column=pair[0].name,
        y=pair[1].name,
        group=group.name if group is not None else None,
        agg="duration",
        order=order,
        value=[pair[0].date_format, pair[1].date_format],  # text dates are read with the format the profile found
        where=where,
        left_out=kept,
        # "how many days does it take to post", of a time and a plain date: calendar days, the clock time aside
        period="D"
        if _DAYS_ASKED.search(ctx.text) and pair[0].timed != pair[1].timed
        else ("W" if _WEEKS_ASKED.search(ctx.text) else None),
    )


_WEEKS_ASKED = re.compile(r"\bhow\s+many\s+weeks\b|\bin\s+weeks\b")  # "how many weeks do rentals last"
_DAYS_ASKED = re.compile(r"\bhow\s+many\s+(?:calendar\s+|business\s+)?days\b|\bin\s+(?:calendar\s+)?days\b")


_COMPARED = re.compile(
    r"\b(?:faster|slower|quicker|sooner|longer|shorter|compare\w*|vs\.?|versus|than|differ\w*|each|per|by|"
    r"which|fastest|slowest|quickest|longest|shortest)\b"
)


def _durations_code(req: KindRequest) -> str:
    if req.agg == "span_count":
        return finish(
            [
                f"# Rows whose time from {req.column} to {req.y} is {req.op} {req.value} hours",
                f"start = {_read_dates(req.frame, col(req.column), (req.formats or [None, None])[0])}",
                f"end = {_read_dates(req.frame, col(req.y), (req.formats or [None, None])[1])}",
                "hours = (end - start).dt.total_seconds() / 3600",
                "known = hours.notna()",
                f"matches = (hours {req.op} {req.value!r}) & known",
                "",
                f'result = {{"rows": len({req.frame}), "known": int(known.sum()), "matching": int(matches.sum()), '
                '"waiting": int(end.isna().sum())}',
            ],
            f"rows with {req.y} − {req.column} {req.op} {req.value} hours",
        )
    if req.op == "missing":
        c = col(req.column)
        return finish(
            [
                f"# Rows with no {req.column} yet",
                f"waiting = {req.frame}[{c}].isna()",
                f'result = {{"rows": len({req.frame}), "waiting": int(waiting.sum())}}',
            ],
            f"rows with no {req.column}",
        )
    start, end = col(req.column), col(req.y)
    formats = req.value if isinstance(req.value, list) and len(req.value) == 2 else [None, None]
    lines = [
        f"# Time from {req.column} to {req.y} on each row, in hours",
        f"start = {_read_dates(req.frame, start, formats[0])}",
        f"end = {_read_dates(req.frame, end, formats[1])}",
        *(["start, end = start.dt.normalize(), end.dt.normalize()  # calendar days"] if req.period == "D" else []),
        "hours = (end - start).dt.total_seconds() / 3600",
        f"names = [{start}, {end}]",
        "# the later date is the first one (by the median, or the mean when most are the same day): the other way",
        "if hours.median() < 0 or (hours.median() == 0 and hours.mean() < 0):",
        "    hours, names, end = -hours, names[::-1], start",
        "print(hours.describe())",
        "",
    ]
    if req.group:
        g = col(req.group)
        lines += [
            f'summary = hours.groupby({req.frame}[{g}]).agg(["mean", "median", "count"])',
            "print(summary)",
            f"hours.groupby({req.frame}[{g}]).mean().plot.bar(figsize=(8, 4), ylabel='mean hours')",
        ]
    else:
        lines += ["summary = None", "hours.plot.hist(bins=30, figsize=(8, 4)).set_xlabel('hours')"]
    lines += [
        "plt.show()",
        "",
        'result = {"rows": int(hours.notna().sum()), "waiting": int(end.isna().sum()), '
        '"mean": hours.mean(), "median": hours.median(), "summary": summary, "from": names[0], "to": names[1]}',
    ]
    return finish(lines, f"time from {req.column} to {req.y}")


def _read_dates(frame: str, name: str, date_format: str | None) -> str:
    """Code that reads a date column: text in the format the profile found ("%d/%m/%Y %H:%M" is day first).

    In UTC and then without a zone: a date with a zone ("…Z") and one without (Pocket Casts' published date beside
    its played at) cannot be subtracted as they are.
    """
    read = f"pd.to_datetime({frame}[{name}]{date_arguments(date_format)}, errors='coerce', utc=True)"
    return f"{read}.dt.tz_localize(None)"


def _both(hours: Any) -> str:
    """A span in the unit that suits it (days from two days up, minutes under an hour), and in hours beside."""
    if hours is None:
        return "n/a"
    if abs(hours) >= 24 * 365:  # a tenure, a loan: years, with the days beside
        return f"{fmt(hours / 24 / 365.25)} years ({fmt(hours / 24)} days)"
    if abs(hours) >= 48:
        return f"{fmt(hours / 24)} days ({fmt(hours)} hours)"
    if abs(hours) < 1:
        return f"{fmt(hours * 60)} minutes ({fmt(hours)} hours)"
    return f"{fmt(hours)} hours ({fmt(hours / 24)} days)"


_OP_WORDS = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most"}


def _span_words(hours: float) -> str:
    if hours >= 24:
        return f"{fmt(hours / 24)} days ({fmt(hours)} hours)"
    return f"{fmt(hours)} hours"


def _durations_answer(req: KindRequest, result: dict[str, Any]) -> str:
    rows = result.get("rows") or 0
    if req.agg == "span_count":
        known, hits = result.get("known") or 0, result.get("matching") or 0
        span = f"{_OP_WORDS.get(req.op or '', req.op)} {_span_words(float(req.value))} " if req.value else ""
        text = (
            f"Rows where {req.y} comes {span}after {req.column}, out of {fmt(rows)} rows."
            f"\n\n**{fmt(hits)} of {fmt(known)}** rows with both dates "
            f"({fmt(100 * hits / max(known, 1))}%)"
        )
        if result.get("waiting"):
            text += f"; {fmt(result['waiting'])} rows have no {req.y} yet and are not counted"
        return text + "."
    if req.op == "missing":
        waiting = result.get("waiting") or 0
        return (
            f"Rows with no {req.column} yet, out of {fmt(rows)} rows.\n\n**{fmt(waiting)}** rows have no "
            f"{req.column} ({100 * waiting / max(rows, 1):.1f}%)."
        )
    start, end = result.get("from") or req.column, result.get("to") or req.y
    by = f" by {req.group}" if req.group else ""
    head = f"Time from {start} to {end}{by}, {fmt(rows)} rows with both dates."
    summary = result.get("summary") or {}
    means = {k: v.get("mean") for k, v in summary.items() if v.get("mean") is not None} if req.group else {}
    lines = [head, ""]
    if len(means) >= 2:  # "which agency is slowest?": the group first, then every group from the end asked
        ranked = sorted(means, key=lambda k: means[k], reverse=req.order != "min")
        word = "Shortest" if req.order == "min" else "Longest"
        lines += [f"{word} on average: **{req.group} {ranked[0]}**, mean {_both(means[ranked[0]])}.", ""]
        summary = {k: summary[k] for k in ranked}
    mean, median = result.get("mean"), result.get("median")
    if req.period == "W" and isinstance(mean, int | float) and isinstance(median, int | float):
        # ("how many weeks do rentals usually last": in the unit asked, the days beside)
        lines.append(f"Mean **{fmt(mean / 168)} weeks** ({fmt(mean / 24)} days); median {fmt(median / 168)} weeks.")
    else:
        lines.append(f"Mean **{_both(mean)}**; median {_both(median)}.")
    if result.get("waiting"):
        lines.append(f"{fmt(result['waiting'])} rows have no {end} yet and are not counted.")
    if req.group and summary:
        lines.append("")
        lines += [
            f"- {req.group} {k}: mean {_both(v.get('mean'))}, median {_both(v.get('median'))}, "
            f"n = {fmt(v.get('count'))}"
            for k, v in summary.items()
        ]
        if len(means) >= 2:
            quick = min(means, key=lambda k: means[k])
            slow = max(means, key=lambda k: means[k])
            lines.append(f"\nShortest on average: {req.group} {quick}; longest: {req.group} {slow}.")
    return "\n".join(lines)
