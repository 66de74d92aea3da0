"""Compact types at load: text dates parsed, text with few distinct values stored as categories.

After the load code, the kernel runs `conversions_code(variable)`: it looks at a sample of each text column and
prints one line of JSON proposing conversions (see `_kernel_conversions`). It converts nothing itself. The app
reads that line as untrusted data (`parse_conversions`: only column names, formats from a short list of strftime
directives, plain flags), and `conversion_lines` turns it into pandas code a person would write, which is run and
kept in the notebook after the load code:

    df["when"] = pd.to_datetime(df["when"], format="%Y-%m-%d %H:%M:%S")
    df["region"] = df["region"].astype("category")

A column that turns out not to convert whole (a value the sample did not show) stays as it was; `conversion_note`
says in words what was converted and what was left.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from .profile import last_marked
from .reading import literal

__all__ = [
    "CHUNK_ROWS",
    "DATE_MARKERS",
    "MARKER",
    "Conversion",
    "ConversionPlan",
    "conversion_cell",
    "conversion_lines",
    "conversion_note",
    "conversions_code",
    "parse_conversions",
]

MARKER = "notebook_agent_conversions"
CHUNK_ROWS = 1_000_000
"""Longer text columns are parsed this many rows at a time: pandas turns text into one Python string per value
before it parses dates, which for 20 million rows needs more memory than the whole table."""
_FUNCTION = "_notebook_agent_conversions"
_SOURCE = Path(__file__).with_name("_kernel_conversions.py")
_MAX_COLUMNS = 500
_MAX_NAME = 1000
_MAX_NAMES = 2000
# strftime directives pandas' format guesser writes for dates, and the separators between them.
# A summary row's value, as the kernel side's `summary` writes it (that code is self-contained: keep the two alike)
# a summary row's label, as the kernel side proposes it: "Total", "Grand Total: Account", "All episodes", "Overall"
_SUMMARY = re.compile(
    r"(?i)\s*(?:grand\s+|[a-z]+\s+)?totals?\s*(?:(?::|\s+of\s+|\s+for\s+).{0,40})?"
    r"|\s*(?:all(?:\s+[a-z]+){0,2}|overall|sum|summary)\s*"
)
QUARTERS = "quarter"
"""The "format" of a column of quarters ("Q4-1999", "2012-Q1", "2023 Q1"), read by code of its own."""
# The rows of an ONS download's finest period, by how its first column writes them ("1989 JAN", "1989 Q1")
SUBTOTAL = r"(?i)\s*[\w/.-]{1,12}(?:\s[\w/.-]{1,12})?\s+totals?\s*"
"""A subtotal row's label between a spreadsheet's periods ("2021 TOTAL"); the kernel side spells it the same."""
_PERIOD_ROWS = {"month": r"\d{4} [A-Za-z]{3}", "quarter": r"\d{4} Q[1-4]"}
_FORMAT = re.compile(r"(?:%[YymdbBaAHMSfzZIp]|[-/.:, TM])+")
_MONTH_YEAR = re.compile(r"%[mbB]")
DATE_MARKERS = (
    r"\s*GMT[+-]\d{4}(?:\s*\([^()]*\))?$|\s*\([PpRrEe]\)$"
    r"|(?:(?<=\d)|(?<=[AaPp][Mm]))\s+(?:UTC|GMT|[ECMP][SD]?T|AK[SD]?T|HST|BST|IST|CES?T|EES?T|AE[SD]T)$"
)
"""Dropped before parsing: a trailing "(p)", "(r)" or "(e)" (a preliminary, revised or estimated figure's period),
or the offset and zone JavaScript writes after a local time ("GMT-0800 (PST)")."""
_NINES = frozenset({99, 999, 9999, 99999})
"""The codes for "no reading" a column of numbers may hold (and their negatives): see `_kernel_conversions`."""
_KEPT_REASONS = {"ambiguous": "its day and month order cannot be told from the values"}


@dataclass(frozen=True)
class Conversion:
    """One column's new type."""

    column: str
    to: Literal["datetime", "category", "drop", "missing"]
    format: str | None = None
    """For dates: the strftime format every value is in, or "ISO8601"."""
    utc: bool = False
    """For dates with UTC offsets: read as UTC."""
    marked: bool = False
    """For periods: some values end in a "(p)"-like marker that goes before parsing."""
    values: int | None = None
    """For categories: the number of distinct values."""
    example: str | None = None
    value: str | None = None
    """For a summary row left out ("drop"): its value in `column` ("Total: Account"). For a code that stands for
    no reading ("missing"): the code, all nines ("999", "-9999")."""
    where: str | None = None
    """For a summary row: "first" or "last", where the export wrote it."""


@dataclass
class ConversionPlan:
    """What the kernel proposed: conversions, and date-like columns it left as text (and why)."""

    rows: int = 0
    conversions: list[Conversion] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[Conversion, str]] = field(default_factory=list)
    """Conversions that did not go through when run (filled by the caller), with the error in words."""
    names: list[tuple[str, bool, bool]] = field(default_factory=list)
    """Every column's name (up to 2,000), whether it holds numbers, and whether it holds numbers or text that
    mostly is numbers ("12.5", ".." for missing), in order."""


@lru_cache(maxsize=1)
def _kernel_source() -> str:
    source = _SOURCE.read_text(encoding="utf-8")
    return source[source.index(f"def {_FUNCTION}(") :]  # not the module docstring: it would set __doc__


def conversions_code(variable: str) -> str:
    """Python that, run in the kernel after the load code, prints one line of JSON proposing conversions."""
    if not variable.isidentifier() or keyword.iskeyword(variable):
        raise ValueError(f"not a Python identifier: {variable!r}")
    return f"{_kernel_source()}\ntry:\n    {_FUNCTION}({variable}, {variable!r})\nfinally:\n    del {_FUNCTION}\n"


def _name(value: Any) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= _MAX_NAME:
        raise ValueError("bad column name")
    value.encode("utf-8")  # no lone surrogates: the name goes into source code and a notebook
    return value


def _has_year(fmt: str) -> bool:
    """A four-digit year, or a two-digit one beside a month ("Nov-22"); "M" only as in "2020M01"."""
    if "M" in fmt.replace("%M", "") and fmt != "%YM%m":
        return False
    return "%Y" in fmt or ("%y" in fmt and bool(_MONTH_YEAR.search(fmt)))


def _conversion(item: Any) -> Conversion:
    if not isinstance(item, dict):
        raise ValueError("not an object")
    column, to = _name(item.get("column")), item.get("to")
    example = item.get("example")
    example = example[:60] if isinstance(example, str) else None
    if to == "datetime":
        fmt, utc, marked = item.get("format"), item.get("utc", False), item.get("marked", False)
        if (
            not isinstance(fmt, str)
            or not isinstance(utc, bool)
            or not isinstance(marked, bool)
            or len(fmt) > 40
            or not (
                fmt in ("ISO8601", QUARTERS)
                or all(_FORMAT.fullmatch(part) and _has_year(part) for part in fmt.split("|", 1))
            )
        ):
            raise ValueError("bad date format")
        return Conversion(column, "datetime", format=fmt, utc=utc, marked=marked, example=example)
    if to == "drop":
        value, where = item.get("value"), item.get("where")
        if where == "coarser" and value in _PERIOD_ROWS:  # ONS: the rows by month (or quarter) kept, no others
            return Conversion(column, "drop", value=value, where=where)
        if where == "subtotals" and isinstance(value, str) and re.fullmatch(r"(?i)totals?", value):
            return Conversion(column, "drop", value=value, where=where)  # "2021 TOTAL" between the periods
        if where == "notes":  # the export's notes under the table: rows with only this column filled
            value = value[:60] if isinstance(value, str) else ""
            return Conversion(column, "drop", value=value, where=where)
        if not isinstance(value, str) or not _SUMMARY.fullmatch(value) or where not in ("first", "last", "every"):
            raise ValueError("bad summary row")
        return Conversion(column, "drop", value=value, where=where)
    if to == "missing":
        code = item.get("value")
        if not isinstance(code, int) or isinstance(code, bool) or abs(code) not in _NINES:
            raise ValueError("bad missing-value code")
        return Conversion(column, "missing", value=str(code))
    if to == "category":
        values = item.get("values")
        if not isinstance(values, int) or isinstance(values, bool) or values < 0:
            raise ValueError("bad number of values")
        return Conversion(column, "category", values=values)
    raise ValueError("unknown conversion")


def parse_conversions(stdout: str) -> ConversionPlan:
    """The proposal printed by `conversions_code`'s code (the last one wins); an empty plan if there is none.

    The kernel ran code of the session before this, so its answer is data to check, never code: anything that is
    not exactly what the kernel-side function writes is left out.
    """
    data = last_marked(stdout, MARKER)
    if data is None:
        return ConversionPlan()
    rows = data.get("rows")
    plan = ConversionPlan(rows=rows if isinstance(rows, int) and not isinstance(rows, bool) and rows >= 0 else 0)
    seen: set[str] = set()
    for item in (data.get("columns") or [])[:_MAX_COLUMNS] if isinstance(data.get("columns"), list) else []:
        try:
            conversion = _conversion(item)
        except (ValueError, UnicodeError):
            continue
        # one conversion per column, but a column can mark both subtotal rows and the notes under the table
        key = f"{conversion.column}\0{conversion.where}" if conversion.to == "drop" else conversion.column
        if key not in seen:
            seen.add(key)
            plan.conversions.append(conversion)
    for item in (data.get("kept") or [])[:_MAX_COLUMNS] if isinstance(data.get("kept"), list) else []:
        try:
            name = _name(item.get("column") if isinstance(item, dict) else None)
        except (ValueError, UnicodeError):
            continue
        if item.get("why") in _KEPT_REASONS and name not in seen:
            seen.add(name)
            plan.kept.append((name, str(item["why"])))
    listed = data.get("names")
    for item in listed[:_MAX_NAMES] if isinstance(listed, list) else []:
        if isinstance(item, list) and len(item) == 3 and isinstance(item[1], bool) and isinstance(item[2], bool):
            try:
                plan.names.append((_name(item[0]), item[1], item[2]))
            except (ValueError, UnicodeError):
                continue
    return plan


def conversion_lines(variable: str, conversion: Conversion, rows: int) -> str:
    """The statement that converts one column; it runs anywhere pandas does."""
    col = f"{variable}[{literal(conversion.column)}]"
    if conversion.to == "drop" and conversion.where == "coarser":
        kept = _PERIOD_ROWS[conversion.value or ""]
        return f"{variable} = {variable}[{col}.astype(str).str.fullmatch({kept!r})].reset_index(drop=True)"
    if conversion.to == "drop" and conversion.where == "subtotals":
        return f"{variable} = {variable}[~{col}.astype(str).str.fullmatch({SUBTOTAL!r})].reset_index(drop=True)"
    if conversion.to == "drop" and conversion.where == "notes":
        others = f"{variable}.drop(columns={literal(conversion.column)})"
        return f"{variable} = {variable}[{others}.notna().any(axis=1)].reset_index(drop=True)"
    if conversion.to == "drop":
        return f"{variable} = {variable}[{col} != {literal(conversion.value)}].reset_index(drop=True)"
    if conversion.to == "missing":
        return f"{col} = {col}.mask({col} == {conversion.value})"
    if conversion.to == "category":
        return f'{col} = {col}.astype("category")'
    if conversion.format == QUARTERS:  # "Q4-1999", "2012-Q1": no strftime code reads a quarter
        return (
            f'year = {col}.astype(str).str.extract(r"(\\d{{4}})", expand=False).astype(int)\n'
            f'quarter = {col}.astype(str).str.extract(r"[Qq]([1-4])", expand=False).astype(int)\n'
            f'{col} = pd.to_datetime(pd.DataFrame({{"year": year, "month": 3 * quarter - 2, "day": 1}}))'
            "  # its first day\n"
            "del year, quarter"
        )
    if conversion.format and "|" in conversion.format and not conversion.marked:
        # two ways of writing a date in one column ("6/28/2022", "2022-06-28"): each read by its own format
        first, second = conversion.format.split("|", 1)
        return (
            f'when = pd.to_datetime({col}, format={literal(first)}, errors="coerce")  # written {first}\n'
            f"{col} = when.fillna(pd.to_datetime({col}.where(when.isna()), format={literal(second)}))  # or {second}"
        )
    options = f"format={literal(conversion.format)}" + (", utc=True" if conversion.utc else "")
    if conversion.marked:  # "Dec-23(p)": the marker says preliminary; the month is December 2023 all the same
        return f'{col} = pd.to_datetime({col}.str.replace(r"{DATE_MARKERS}", "", regex=True), {options})'
    if rows <= CHUNK_ROWS:
        return f"{col} = pd.to_datetime({col}, {options})"
    return (
        f"{col} = pd.concat(pd.to_datetime({col}.iloc[start:start + {CHUNK_ROWS:_}], {options})\n"
        f"{' ' * (len(col) + 13)}for start in range(0, len({variable}), {CHUNK_ROWS:_}))"
    )


def _drop_comment(conversion: Conversion) -> str:
    """Why rows go, as a comment above the line that drops them."""
    if conversion.where == "coarser":
        return (
            f"# {conversion.column} lists the figures by year, quarter and month: only the {conversion.value}s are "
            "kept (the others sum or average them)"
        )
    if conversion.where == "notes":
        return f"# Rows with nothing but {conversion.column} filled are the export's notes under the table: left out"
    if conversion.where == "every":
        return f"# Rows with {conversion.column} = {conversion.value!r} add up their group's rows: left out"
    if conversion.where == "subtotals":
        return f"# Rows whose {conversion.column} ends in {conversion.value!r} add up the rows above them: left out"
    where = conversion.where.capitalize() if conversion.where else "A"
    return f"# {where} row {conversion.column} = {conversion.value!r} adds up the others: left out"


def _drop_said(conversion: Conversion) -> str:
    """A drop, in words for the person."""
    if conversion.where == "coarser":
        return f"only the rows by {conversion.value} kept ({conversion.column} also lists coarser periods)"
    if conversion.where == "notes":
        return f"the export's notes under the table (rows with only {conversion.column} filled) left out"
    if conversion.where == "every":
        return f"the subtotal rows ({conversion.column} = {conversion.value}) left out: each adds up its group"
    if conversion.where == "subtotals":
        return f"the subtotal rows ({conversion.column} ending in {conversion.value}) left out: each adds up its period"
    return f"the {conversion.where} row ({conversion.column} = {conversion.value}) left out: it adds up the other rows"


def conversion_cell(variable: str, conversions: list[Conversion], rows: int) -> str:
    """The cell that converts these columns, dates first, with comments saying why."""
    if not conversions:
        return ""
    dates = [c for c in conversions if c.to == "datetime"]
    categories = [c for c in conversions if c.to == "category"]
    drops = [c for c in conversions if c.to == "drop"]
    codes = [c for c in conversions if c.to == "missing"]
    what = (["dates stored as text parsed"] if dates else []) + (
        ["text with few distinct values stored as categories"] if categories else []
    )
    lines = [_drop_comment(c) for c in drops]
    lines += [conversion_lines(variable, c, rows) for c in drops]
    if codes:
        lines.append("# Codes that stand for no reading (all nines, far from every real value): made missing")
        lines += [conversion_lines(variable, c, rows) for c in codes]
    if not what:
        return "\n".join(lines)
    lines.append(f"# Compact types: {' and '.join(what)} (less memory, faster group-bys and time series)")
    if dates and rows > CHUNK_ROWS:
        lines.append(
            f"# Dates are parsed {CHUNK_ROWS:,} rows at a time: all at once, their text would need several "
            "times the memory of the table"
        )
    lines += [conversion_lines(variable, c, rows) for c in [*dates, *categories]]
    return "\n".join(lines)


def _shown_format(conversion: Conversion) -> str:
    if conversion.format == QUARTERS:
        example = f" as in {conversion.example}" if conversion.example else ""
        return f"quarters{example}, each read as its first day"
    fmt = "ISO 8601" if conversion.format == "ISO8601" else (conversion.format or "").replace("|", " or ")
    example = f", as in {conversion.example}" if conversion.example else ""
    marked = "; markers after the date ((p), GMT offsets, time zones) dropped" if conversion.marked else ""
    return f"{fmt}{example}" + ("; read as UTC" if conversion.utc else "") + marked


def conversion_note(plan: ConversionPlan, done: list[Conversion]) -> str | None:
    """What was converted and what was left, in words for the person (None when there is nothing to say)."""
    parts = [_drop_said(c) for c in done if c.to == "drop"]
    codes = [c for c in done if c.to == "missing"]
    if codes:
        parts.append("codes for no reading made missing: " + ", ".join(f"{c.value} in {c.column}" for c in codes))
    dates = [c for c in done if c.to == "datetime"]
    categories = [c for c in done if c.to == "category"]
    if dates:
        parts.append("dates parsed from text: " + "; ".join(f"{c.column} ({_shown_format(c)})" for c in dates))
    if categories:
        parts.append(
            "stored as categories: "
            + ", ".join(
                f"{c.column} ({c.values:,} value{'s' * (c.values != 1)})" if c.values is not None else c.column
                for c in categories
            )
        )
    sentences = [f"Converted at load — {'; '.join(parts)}."] if parts else []
    for name, why in plan.kept:
        sentences.append(
            f"{name} looks like dates but stays text: {_KEPT_REASONS.get(why, why)}. Convert it with "
            "pd.to_datetime(..., format=...) once you know the order."
        )
    for conversion, error in plan.failed:
        what = "dates" if conversion.to == "datetime" else "a category"
        sentences.append(f"{conversion.column} stays as it was: converting it to {what} failed ({error}).")
    return " ".join(sentences) or None
