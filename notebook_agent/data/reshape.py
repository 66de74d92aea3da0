"""A table kept one column per year or month, and the same figures one row per period beside it.

Public tables often spread time across their columns: the World Bank's "2000 [YR2000]" … "2022 [YR2022]", the
census's POPESTIMATE2010 … POPESTIMATE2019 beside BIRTHS2010 … BIRTHS2019, Zillow's one column per month-end
("2015-01-31"). Questions about them ask by time ("in 2022", "between 2000 and 2020", "plot it over time"), which a
table with one row per period answers with the ordinary filters, groups and lines; the wide one would need a
different column for every year. `long_view` reads the column names (from the kernel's conversion proposal, which
lists them all: the profile describes at most 60) and returns the cell that builds `<variable>_long`, or None.

The cell is plain pandas a person would write, kept in the notebook after the load code, so the exported notebook
builds the same table anywhere.
"""

from __future__ import annotations

import json
import keyword
import re
from collections import Counter
from dataclasses import dataclass

__all__ = ["MAX_CELLS", "LongView", "long_view"]

MAX_CELLS = 5_000_000
"""No long view past this many rows (rows × periods): the copy would cost more memory than it saves work."""
_MIN_PERIODS = 3
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
# Column names that are whole dates, and the format each is written in.
_DATE_NAMES = [
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "%Y-%m-%d"),
    (re.compile(r"\d{4}-\d{2}"), "%Y-%m"),
    (re.compile(r"\d{1,2}/\d{1,2}/\d{4}"), "%m/%d/%Y"),
]
# What is left of a name without its year that says nothing of the figure ("2000 [YR2000]" leaves "YR").
_UNNAMED = re.compile(r"Unnamed: \d+")
_NO_STEM = frozenset({"", "yr", "y", "fy", "year", "cy"})


@dataclass(frozen=True)
class LongView:
    """The cell that builds the long table, its name, its size, and what it holds in words."""

    variable: str
    cell: str
    rows: int
    note: str


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _stem(template: str) -> str:
    """The figure a family of year columns holds: its name without the year ("POPESTIMATE{y}": POPESTIMATE)."""
    said = template.replace("{y}", " ").strip(" _-:()[].,")
    said = re.sub(r"[\s_]+\(?\s*\)?$", "", said).strip()
    return "value" if said.lower().strip("[]() ") in _NO_STEM or not re.search(r"[A-Za-z]", said) else said


def _periods(years: list[int]) -> str:
    """The years as code: a range when they run on without a gap."""
    if years == list(range(years[0], years[-1] + 1)):
        return f"range({years[0]}, {years[-1] + 1})"
    return repr(years)


def _assigned(name: str, expr: str) -> str:
    return (
        f"{name}={expr}" if name.isidentifier() and not keyword.iskeyword(name) else f"**{{{_literal(name)}: {expr}}}"
    )


def _by_year(variable: str, names: list[tuple[str, bool, bool]], rows: int, taken: set[str]) -> LongView | None:
    families: dict[str, dict[int, bool]] = {}
    notes: set[str] = set()  # families of flags or notes beside the figures (FAOSTAT's "Y2020F"): not measures
    for name, numeric, figures in names:
        said = set(_YEAR.findall(name))
        if len(said) != 1 or "{" in name or "}" in name or "\\" in name:
            continue
        year = int(said.pop())
        families.setdefault(_YEAR.sub("{y}", name), {})[year] = numeric
        if not figures:
            notes.add(_YEAR.sub("{y}", name))
    families = {t: ys for t, ys in families.items() if len(ys) >= _MIN_PERIODS and t not in notes}
    if not families:
        return None
    # the years most columns share: census tables add rates from the second year on, which stay in the wide table
    sets: Counter[tuple[int, ...]] = Counter(tuple(sorted(ys)) for ys in families.values())
    years = list(max(sets.items(), key=lambda item: item[1] * len(item[0]))[0])
    chosen = [t for t, ys in families.items() if sorted(ys) == years]
    # "Unnamed: 67" is pandas' name for a column without a header: the World Bank's trailing comma, empty throughout
    keys = [name for name, *_ in names if not _YEAR.search(name) and not _UNNAMED.fullmatch(name)]
    if rows * len(years) > MAX_CELLS:
        return None
    lowered = {k.lower() for k in keys}
    year_name = "year" if "year" not in lowered else "period"
    measures: list[tuple[str, str]] = []
    for template in chosen:
        stem = _stem(template)
        if stem.lower() in lowered | {m.lower() for m, _ in measures} | {year_name}:
            stem = f"{stem} value"
        column = f"{variable}[f{_literal(template).replace('{y}', '{year}')}]"
        if not all(families[template].values()):  # numbers kept as text (".." for missing): read as numbers
            column = f'pd.to_numeric({column}, errors="coerce")'
        measures.append((stem, column))
    long = _free(f"{variable}_long", taken)
    first, last = years[0], years[-1]
    example = chosen[0].replace("{y}", str(first)), chosen[0].replace("{y}", str(last))
    parts = ", ".join([_assigned(year_name, "year"), *(_assigned(m, c) for m, c in measures)])
    cell = "\n".join(
        [
            f"# {variable} keeps one column per year ({example[0]} … {example[1]}): {long} holds the same figures",
            "# with one row per year, so that questions by year are ordinary filters and groups",
            f"keys = {json.dumps(keys, ensure_ascii=False)}",
            f"{long} = pd.concat(",
            f"    [{variable}[keys].assign({parts})",
            f"     for year in {_periods(years)}],",
            "    ignore_index=True,",
            ")",
        ]
    )
    held = ", ".join(m for m, _ in measures)
    note = (
        f"{variable} keeps one column per year ({first}–{last}); {long} holds the same figures ({held}) with one row "
        f"per year and {year_name} as a column: {rows * len(years):,} rows."
    )
    return LongView(long, cell, rows * len(years), note)


def _by_date(variable: str, names: list[tuple[str, bool, bool]], rows: int, taken: set[str]) -> LongView | None:
    found = (
        (pattern, fmt, [(n, numeric) for n, numeric, figures in names if pattern.fullmatch(n) and figures])
        for pattern, fmt in _DATE_NAMES
    )
    pattern, fmt, dated = next((f for f in found if len(f[2]) >= _MIN_PERIODS), (None, "", []))
    if pattern is None:
        return None
    if fmt == "%m/%d/%Y" and any(int(n.split("/")[0]) > 12 for n, _ in dated):
        fmt = "%d/%m/%Y"
    keys = [n for n, *_ in names if not pattern.fullmatch(n)]
    if rows * len(dated) > MAX_CELLS:
        return None
    lowered = {k.lower() for k in keys}
    date_name = next(n for n in ("date", "month", "period") if n not in lowered)
    value = next(n for n in ("value", "figure", "amount") if n not in lowered)
    long = _free(f"{variable}_long", taken)
    lines = [
        f"# {variable} keeps one column per date ({dated[0][0]} … {dated[-1][0]}): {long} holds the same figures",
        "# with one row per date, so that questions over time are ordinary filters, groups and lines",
        f"keys = {json.dumps(keys, ensure_ascii=False)}",
        f"{long} = {variable}.melt(id_vars=keys, var_name={_literal(date_name)}, value_name={_literal(value)})",
        f"{long}[{_literal(date_name)}] = pd.to_datetime({long}[{_literal(date_name)}], format={_literal(fmt)})",
    ]
    if not all(numeric for _, numeric in dated):
        lines.append(f'{long}[{_literal(value)}] = pd.to_numeric({long}[{_literal(value)}], errors="coerce")')
    note = (
        f"{variable} keeps one column per date ({dated[0][0]} … {dated[-1][0]}); {long} holds the same figures with "
        f"one row per date ({date_name}, {value}): {rows * len(dated):,} rows."
    )
    return LongView(long, "\n".join(lines), rows * len(dated), note)


def _free(name: str, taken: set[str]) -> str:
    """`name`, or `name` with a number after it when a loaded table has it already."""
    n = 2
    free = name
    while free in taken:
        free, n = f"{name}{n}", n + 1
    return free


def long_view(variable: str, names: list[tuple[str, bool, bool]], rows: int, taken: set[str]) -> LongView | None:
    """The long table of a wide one (one column per year, or per date), or None when `names` are not that.

    `names` are every column's name, whether it holds numbers, and whether it holds figures (numbers, or text
    that mostly is); `taken` the variables already in use.
    """
    return _by_date(variable, names, rows, taken) or _by_year(variable, names, rows, taken)
