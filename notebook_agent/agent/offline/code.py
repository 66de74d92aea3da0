"""Offline analyst: the shared parts of the Python it writes (data preparation, filters, the result line).

The code is for people as much as for the kernel: it reads top to bottom, with short comments, uses the
`pd`/`np`/`plt` the kernel already imported, refers to the data by its variable name, and ends by printing one
display output: the numbers as JSON under the vendor mime type `RESULT_MIME` beside a short text/plain note.
Jupyter front ends show only the note, a re-run elsewhere needs nothing else, and the analyst reads the JSON back.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any

from .catalog import (
    clock_minutes,
    date_arguments,
    has_label,
    hours_minutes,
    text_number_reading,
    total_values,
    worded_lengths,
)
from .columns import Catalog, Column
from .parse import MONTHS
from .request import Request

__all__ = [
    "AGG_WORDS",
    "NOT_ENOUGH",
    "PERIOD_NAMES",
    "RESULT_MIME",
    "Code",
    "filter_text",
    "lit",
    "prepare",
    "result_lines",
]

RESULT_MIME = "application/vnd.notebook-agent.result+json"
NOT_ENOUGH = "Not enough rows"
AGG_WORDS = {
    "mean": "average",
    "sum": "total",
    "count": "number of rows",
    "min": "minimum",
    "max": "maximum",
    "median": "median",
    "std": "standard deviation of",
    "ratio": "overall",  # of a column made as A / B, per group: the group's total A over its total B
}
PERIOD_NAMES = {
    "Y": "year",
    "Q": "quarter",
    "M": "month",
    "W": "week",
    "D": "day",
    "H": "hour of day",
    "DOW": "day of week",
    "WE": "weekday or weekend",
    "DEC": "decade",
    "MOY": "calendar month",
}
_OPS = {"==": "==", "!=": "!=", ">": ">", ">=": ">=", "<": "<", "<=": "<="}


def lit(value: Any) -> str:
    """A Python literal for a name or value (double-quoted strings, as people write them)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(lit(v) for v in value) + "]"
    return repr(value)


class Cell(str):
    """A cell's code, with the result fields the host already knows (`static`), kept out of the cell."""

    static: dict[str, Any]

    def __new__(cls, text: str, static: dict[str, Any] | None = None) -> Cell:
        cell = super().__new__(cls, text)
        cell.static = dict(static or {})
        return cell


class Code:
    """Lines of generated Python."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.extra: dict[str, str] = {}  # result fields added along the way (e.g. by `scales`)
        self.static: dict[str, Any] = {}  # result fields that are constants: the host keeps them, not the cell

    def add(self, *lines: str) -> Code:
        """Append lines as they are."""
        self.lines.extend(lines)
        return self

    def comment(self, text: str) -> Code:
        """Append a comment line."""
        self.lines.append(f"# {text}")
        return self

    def blank(self) -> Code:
        """Append an empty line, once."""
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        return self

    def text(self) -> Cell:
        """The whole cell (with the constant result fields beside it)."""
        return Cell("\n".join(self.lines).rstrip() + "\n", self.static)


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _month_name(value: Any) -> str:
    return MONTHS[int(value) - 1].capitalize() if isinstance(value, int) and 1 <= value <= 12 else str(value)


def filter_text(f: dict[str, Any]) -> str:
    """A condition in words, for comments and answers: "price > 100", "year of date = 2020"."""
    column, op, value, part = f["column"], f["op"], f["value"], f.get("part")
    subject = {
        "year": f"year of {column}",
        "month": f"month of {column}",
        "quarter": f"quarter of {column}",
        "day": f"day of month of {column}",
    }.get(part or "", column)
    if part == "month":
        value = [_month_name(v) for v in value] if isinstance(value, list) else _month_name(value)
    if part == "weekday":
        subject = f"day of week of {column}"
        value = [_DAY_NAMES[v] for v in value] if isinstance(value, list) else _DAY_NAMES[value]
    if op == "between":
        return f"{subject} between {value[0]} and {value[1]}"
    if op in ("contains", "not contains"):
        return f"{subject} {'has' if op == 'contains' else 'lacks'} the word {value}"
    if op in ("in", "not in"):
        return f"{subject} {op} {', '.join(str(v) for v in value)}"
    return f"{subject} {'=' if op == '==' else op} {value}"


def holds_word(series: str, word: str) -> str:
    """The rows of `series` (an expression) whose text holds `word` as a whole word, in any case, as a mask."""
    pattern = "(?<![^\\W_])" + re.escape(word) + "(?![^\\W_])"
    return f"{series}.astype(str).str.contains({pattern!r}, case=False, regex=True)"


def _filter_code(f: dict[str, Any], column: Column | None) -> str:
    name, op, value, part = f["column"], f["op"], f["value"], f.get("part")
    lhs = f"data[{lit(name)}]"
    if part == "column":  # "sold above their mmr": one column against another, row by row
        return f"{lhs} {_OPS[op]} data[{lit(value)}]"
    if part == "year":
        lhs += ".dt.year"
    elif part == "month":
        lhs += ".dt.month"
    elif part == "quarter":
        lhs += ".dt.quarter"
    elif part == "day":
        lhs += ".dt.day"  # the day of the month ("on july 4th": with a month filter beside it)
    elif part == "weekday":
        lhs += ".dt.day_of_week"  # Monday is 0, Sunday 6
    elif part == "date" and all(
        isinstance(v, str) and not re.search(r"\d:\d", v) for v in (value if isinstance(value, list) else [value])
    ):
        lhs += ".dt.normalize()"  # a day said without a time keeps every time of that day ("11:51" on 2016-07-15)

    def wrap(v: Any) -> str:
        return f"pd.Timestamp({lit(v)})" if part == "date" else lit(v)

    text_values = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    if column is not None and op in ("==", "!=") and column.lists(value):
        test = has_label(name, value)  # "run on mac": rows whose list ("windows;mac;linux") has the label
        return test if op == "==" else f"~{test}"
    if op in ("contains", "not contains") and isinstance(value, str):
        # "have an SSD": every value that holds the word ("256GB SSD", "512GB SSD + 1TB HDD")
        test = holds_word(f"data[{lit(name)}]", value.strip())
        return test if op == "contains" else f"~{test}"
    cut = [v for v in text_values if v.endswith("…")]
    if cut and op in ("==", "!=", "in", "not in") and part is None:
        # a long label the profile shortened ("Poverty headcount ratio at $2.15 a day (2017 PPP) (% of pop…"):
        # the rows whose label starts so
        starts = tuple(v[:-1] if v.endswith("…") else v for v in text_values)
        arg = lit(starts[0]) if len(starts) == 1 else lit(starts)
        test = f"data[{lit(name)}].astype(str).str.startswith({arg})"
        return test if op in ("==", "in") else f"~{test}"
    if column is not None and column.categorical and text_values and part is None:
        known = set(column.values)
        variants = {k.strip().lower() for k in known if k not in text_values}
        # not among the values seen, or seen also in another case ("BALLARD" and "Ballard"): the same place
        if not all(v in known for v in text_values) or any(v.strip().lower() in variants for v in text_values):
            # Not among the values the profile saw: compare ignoring case and spaces around.
            lhs = f"data[{lit(name)}].astype(str).str.strip().str.lower()"
            value = [v.strip().lower() for v in value] if isinstance(value, list) else value.strip().lower()
    if op == "between":
        return f"{lhs}.between({wrap(value[0])}, {wrap(value[1])})"
    if op in ("in", "not in"):
        test = f"{lhs}.isin([{', '.join(wrap(v) for v in value)}])"
        return test if op == "in" else f"~{test}"
    return f"{lhs} {_OPS[op]} {wrap(value)}"


_UTC_OFFSET = re.compile(r"[+-]\d{2}:?\d{2}$")


def _parse_date(code: Code, column: Column) -> None:
    name = lit(column.name)
    if column.kind == "datetime":
        return
    if column.kind == "numeric" and column.date_format in ("epoch", "epoch_ms"):
        said = "milliseconds" if column.date_format == "epoch_ms" else "seconds"
        code.comment(f"{column.name} holds times as {said} since 1970: turn them into real dates")
        code.add(f'data[{name}] = pd.to_datetime(data[{name}]{date_arguments(column.date_format)}, errors="coerce")')
        return
    if column.kind == "numeric":
        packed = column.date_format or "%Y%m%d"
        shape = {"%Y%m": "YYYYMM", "%m%d%Y": "MMDDYYYY"}.get(packed, "YYYYMMDD")
        code.comment(f"{column.name} holds dates as {shape} numbers: turn them into real dates")
        digits = f'data[{name}].astype("Int64").astype(str)' + (".str.zfill(8)" if packed == "%m%d%Y" else "")
        code.add(f'data[{name}] = pd.to_datetime({digits}, format="{packed}", errors="coerce")')
        return
    code.comment(f"{column.name} holds dates as text: parse them (unreadable ones become missing)")
    fmt = column.date_format
    arg = f", format={lit(fmt)}" if fmt else ""
    text = f"data[{name}]"
    if any(v != v.strip() for v in column.values):  # " 2023-10-01" parses to nothing with a format given
        text += ".str.strip()"
    if fmt == "ISO8601" and any(_UTC_OFFSET.search(v.strip()) for v in column.values):
        # Times written with their UTC offset ("2023-10-29T01:30:00+01:00"), which changes with summer time:
        # pandas refuses mixed offsets, and a day of the person's own clock is what "which day" means.
        code.comment(f"{column.name} writes each time with its UTC offset: keep the local clock time")
        code.add(
            f'data[{name}] = pd.to_datetime({text}.str.replace(r"(?:Z|[+-]\\d{{2}}:?\\d{{2}})$", "", regex=True)'
            f'{arg}, errors="coerce")'
        )
        return
    if fmt and "%z" in fmt:  # an offset in each time ("+0000 UTC"): read in UTC, then kept without a zone
        code.add(f'data[{name}] = pd.to_datetime({text}{arg}, errors="coerce", utc=True).dt.tz_localize(None)')
        return
    code.add(f'data[{name}] = pd.to_datetime({text}{arg}, errors="coerce")')


def _to_number(code: Code, column: Column, repair: int) -> None:
    name = lit(column.name)
    if column.clock:
        written = "in words" if worded_lengths(column.values) else "as h:mm:ss text"
        code.comment(f"{column.name} holds lengths of time {written}: read them as minutes")
        read = clock_minutes(f"data[{name}]", worded_lengths(column.values), hours_minutes(column))
        code.add(f"data[{name}] = {read}")
        return
    if repair >= 1:
        code.comment(
            f"Read {column.name} as numbers: keep digits, sign and decimal point; what is left unreadable "
            "becomes missing"
        )
        code.add(
            f'data[{name}] = pd.to_numeric(data[{name}].astype(str).str.replace(r"[^0-9eE.+-]", "", '
            f'regex=True), errors="coerce")'
        )
    else:
        why, read = text_number_reading(column, f"data[{name}]")
        code.comment(why)
        code.add(f"data[{name}] = {read}")


# Rows of regions, not countries, in country tables that carry an ISO code (OWID, World Bank)
AGGREGATE_REGIONS = (
    "World", "Africa", "Asia", "Europe", "North America", "South America", "Oceania", "European Union (27)",
    "European Union", "High-income countries", "Low-income countries", "Lower-middle-income countries",
    "Upper-middle-income countries", "International transport", "Kuwaiti Oil Fires", "Asia (excl. China and India)",
    "Europe (excl. EU-27)", "North America (excl. USA)", "High income", "Low income", "Lower middle income",
    "Upper middle income", "Euro area", "Arab World", "East Asia & Pacific", "Europe & Central Asia",
    "Latin America & Caribbean", "Middle East & North Africa", "Sub-Saharan Africa", "South Asia", "OECD members",
    # FAOSTAT's regions and groups
    "Americas", "Northern America", "Central America", "Caribbean", "Eastern Asia", "Southern Asia",
    "South-eastern Asia", "Western Asia", "Central Asia", "Eastern Europe", "Western Europe", "Northern Europe",
    "Southern Europe", "Eastern Africa", "Western Africa", "Middle Africa", "Northern Africa", "Southern Africa",
    "Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia", "Least Developed Countries",
    "Land Locked Developing Countries", "Small Island Developing States", "Low Income Food Deficit Countries",
    "Net Food Importing Developing Countries",
    # the World Bank's aggregates (World Development Indicators, its population and GDP downloads)
    "Africa Eastern and Southern", "Africa Western and Central", "Caribbean small states",
    "Central Europe and the Baltics", "Early-demographic dividend", "East Asia & Pacific (excluding high income)",
    "East Asia & Pacific (IDA & IBRD countries)", "Europe & Central Asia (excluding high income)",
    "Europe & Central Asia (IDA & IBRD countries)", "Fragile and conflict affected situations",
    "Heavily indebted poor countries (HIPC)", "IBRD only", "IDA & IBRD total", "IDA blend", "IDA only", "IDA total",
    "Late-demographic dividend", "Latin America & Caribbean (excluding high income)",
    "Latin America & the Caribbean (IDA & IBRD countries)", "Latin America & Caribbean (IDA & IBRD countries)",
    "Middle East, North Africa, Afghanistan & Pakistan", "South Asia (IDA & IBRD countries)",
    "Least developed countries: UN classification",
    "Low & middle income", "Middle income", "Middle East & North Africa (excluding high income)",
    "Middle East & North Africa (IDA & IBRD countries)", "Not classified", "Other small states",
    "Pacific island small states", "Post-demographic dividend", "Pre-demographic dividend", "Small states",
    "South Asia (IDA & IBRD)", "Sub-Saharan Africa (excluding high income)",
    "Sub-Saharan Africa (IDA & IBRD countries)",
)  # fmt: skip
# Text that stands for a missing value in a label column ("?" in the UCI tables, "N/A"): never a group of its own
_MISSING_MARKS = frozenset({"?", "N/A", "n/a", "NA", "-", "--", "#N/A"})


def holds_regions(column: Column) -> bool:
    """Two or more region totals among the values of a label of countries (World, Asia, ...).

    The totals are not its countries (a Region column of world regions is left alone).
    """
    return (
        column.categorical
        and bool({"country", "entity", "location", "area", "nation", "economy"} & set(column.stems))
        and len(set(column.values) & set(AGGREGATE_REGIONS)) >= 2
    )


def _total_rows(req: Request, catalog: Catalog, filtered: list[str]) -> list[tuple[str, str]]:
    """(label, its total value) of each label with a row that totals the others (see `catalog.total_values`)."""
    # (the groups' own label is kept apart from its total row even when filtered: "not counting unbranded")
    return total_values(catalog.of(req.frame), {*(f for f in filtered if f != req.x), *([req.y] if req.y else [])})


def prepare(
    code: Code,
    req: Request,
    catalog: Catalog,
    *,
    numbers: list[str],
    others: list[str],
    all_columns: bool = False,
    min_rows: int = 1,
    dropna: bool = True,
) -> None:
    """`data`: the rows and columns to use, dates parsed, text converted to numbers, filters applied.

    Also sets `rows_total`, and `rows_matching` when there are filters; raises a readable error when fewer than
    `min_rows` rows are left.
    """
    frame = req.frame
    filter_cols = [
        c for f in req.filters for c in ([f["column"], f["value"]] if f.get("part") == "column" else [f["column"]])
    ]
    totals = _total_rows(req, catalog, filter_cols) if numbers and not all_columns else []
    # a frame's countries beside its regions' totals count the countries only, whichever column groups (a
    # country code, a year) or none does: "how many countries emitted more than 500,000 kt", the median per country
    regional = [c.name for c in catalog.of(frame) if holds_regions(c) and c.name not in filter_cols]
    used = list(dict.fromkeys([*others, *numbers, *filter_cols, *(c for c, _ in totals), *regional]))
    code.add(f"rows_total = len({frame})")
    if all_columns:
        code.add(f"data = {frame}.copy()")
    else:
        code.add(f"data = {frame}[{lit(used)}].copy()")
    dates = [
        c
        for c in (catalog.get(frame, n) for n in (used if not all_columns else [c.name for c in catalog.of(frame)]))
        if c and (c.is_date or c.time_of_day)
    ]
    for column in dates:
        if column.name in used or all_columns:
            if (
                column.time_of_day
                and column.kind != "datetime"
                and req.x == column.name
                and not req.period
                and (req.intent in ("groupby", "top", "extreme"))
            ):
                continue  # "what time slot gets booked the most": the slots as written ("7:30 PM"), no 1900 dates
            _parse_date(code, column)
    for name in used:
        found = catalog.get(frame, name)
        if found is not None and found.year_like and "float" in found.dtype and name not in numbers:
            # a year kept as a decimal (blanks, or the part of a year: 2011.4) is grouped by its calendar year
            code.add(f"data[{lit(name)}] = np.floor(data[{lit(name)}]).astype('Int64')")
    numeric_filters = [c for f in req.filters if f.get("part") == "column" for c in (f["column"], f["value"])]
    numeric_filters += [
        f["column"]
        for f in req.filters
        if f.get("part") is None
        and not isinstance(f["value"], str)
        and not (isinstance(f["value"], list) and any(isinstance(v, str) for v in f["value"]))
    ]
    text_numbers = [
        n
        for n in used
        if (c := catalog.get(frame, n)) is not None
        and (c.numeric_text or c.clock)
        # (a dumpster's Size "20 YD" that groups the rows counted: its labels as written, not 20)
        and not (
            n == req.x
            and n not in numbers
            and c.kind == "categorical"
            and req.intent in ("groupby", "top", "extreme")
            and req.y is None
        )
    ]
    for name in dict.fromkeys([*numbers, *numeric_filters, *text_numbers]):
        found = catalog.get(frame, name)
        if (
            found is not None
            and not (found.is_date or found.time_of_day)
            and (found.kind != "numeric" or req.repair >= 1)
            and not (found.kind == "bool" and name not in numbers)  # True/False compares with 1 as it is
        ):
            _to_number(code, found, req.repair)
    for name in dict.fromkeys([*others, *regional]):
        found = catalog.get(frame, name)
        if found is not None and holds_regions(found) and name not in filter_cols:
            # Our World in Data and World Bank files add rows for the world, continents and income groups
            regions = list(AGGREGATE_REGIONS)
            if "China, mainland" in found.values:  # FAOSTAT's "China" adds up the mainland, Hong Kong, Macao, Taiwan
                regions.append("China")
            code.comment(f"{name} also holds totals of regions (World, continents, income groups): countries only")
            code.add(f"data = data[~data[{lit(name)}].isin({lit(regions)})]")
    compared = [[f["column"], f["value"]] for f in req.filters if f.get("part") == "column"]
    for pair in compared:  # (a share of rows with Final > Quoted is out of the rows that have both)
        code.comment(f"Only rows with both {pair[0]} and {pair[1]} can be compared")
        code.add(f"data = data.dropna(subset={lit(pair)})")
    if compared:
        code.add("rows_total = len(data)")
    if req.filters:
        for f in req.filters:
            code.comment(f"Filter: {filter_text(f)}")
            code.add(f"data = data[{_filter_code(f, catalog.get(frame, f['column']))}]")
        code.add("rows_matching = len(data)")
    for name, total in totals:
        if name == req.x:
            code.comment(f"{name} has a {total!r} row beside its parts: the parts only, each once")
            code.add(f"data = data[data[{lit(name)}] != {lit(total)}]")
        else:
            code.comment(f"{name} has a {total!r} row that adds up its parts: that row only, so nothing counts twice")
            # (an invoice's total row holds the total, not the unit price: then the parts, which do)
            # (nor an invoice's total the app it is grouped by: then the parts, which name it)
            held = [*numbers, *([req.x] if req.x and req.x in others else [])]
            if req.x and req.x in others:
                # a total row for each group (a district's TOTAL route): those rows; one for all the groups together
                # (ROUTE TOTAL of DISTRICT CITYWIDE) is no group of them: the parts
                code.add(f"totals = data[{lit(name)}] == {lit(total)}")
                held_there = f"data.loc[totals, {lit(held)}].notna().any().all()"
                code.add(f"if {held_there} and data.loc[totals, {lit(req.x)}].nunique() >= 2:")
                code.add("    data = data[totals]")
                code.add("else:")
                code.add("    data = data[~totals]")
            else:
                code.add(
                    f"if data.loc[data[{lit(name)}] == {lit(total)}, {lit(held)}].notna().any().all():"
                    "  # when these rows have it"
                )
                code.add(f"    data = data[data[{lit(name)}] == {lit(total)}]")
    needed = list(dict.fromkeys([*numbers, *others]))
    for name in others:
        found = catalog.get(frame, name)
        marks = sorted({v.strip() for v in found.values if v.strip() in _MISSING_MARKS}) if found else []
        if dropna and marks and found is not None and found.categorical:
            code.comment(f"{name} marks a missing value with {', '.join(repr(m) for m in marks)}: leave those rows out")
            code.add(f"data = data[~data[{lit(name)}].astype(str).str.strip().isin({lit(marks)})]")
    if dropna and needed:
        code.comment("Use only rows that have a value in every column used")
        code.add(f"data = data.dropna(subset={lit(needed)})")
    group = catalog.get(frame, req.x) if req.x and req.x in others else None
    if group is not None and group.numeric and group.coded and not req.filters:
        # a well-known table's codes (Day_of_Week 1 is Sunday): each group named by what its code means too
        # (a meaning's first spelling without its optional letters: "fridays?" is Friday)
        spelt = {
            c: re.sub(r".\?|[^A-Za-z ]", "", m.split("|")[0].replace("[\\s-]+", " ")).capitalize()
            for c, m in group.coded
        }
        named = {c: f"{c} ({word})" for c, word in spelt.items()}
        code.comment(f"{req.x} is coded: each code shown with what it means")
        code.add(
            f"data[{lit(req.x)}] = pd.to_numeric(data[{lit(req.x)}]).astype('Int64').astype(str).replace({lit(named)})"
        )
    if min_rows > 1 or (min_rows == 1 and (req.filters or (dropna and needed))):
        code.add(f"if len(data) < {min_rows}:")
        code.add(
            f'    raise ValueError(f"{NOT_ENOUGH}: {{len(data)}} left after filters and missing values, '
            f'{min_rows} needed")'
        )


def result_lines(code: Code, req: Request, fields: dict[str, str], note: str = "") -> None:
    """Build `result` from Python expressions and display it for the analyst (see `display_line`)."""
    base = {"intent": lit(req.intent), "variable": lit(req.frame), "rows_total": "rows_total"}
    if req.filters:
        base["filters"] = lit([filter_text(f) for f in req.filters])
        base["rows_matching"] = "rows_matching"
    items = {**base, **fields, **code.extra}
    if req.log_y or req.log_x:
        items.update(log_y=str(req.log_y), log_x=str(req.log_x))
    # Constants (the columns, the kind of chart, ...) are known here already: only computed values go in the cell.
    computed = {}
    for key, expr in items.items():
        try:
            code.static[key] = ast.literal_eval(expr)
        except (ValueError, SyntaxError):
            computed[key] = expr
    code.blank()
    code.comment("The numbers behind the answer, for the analyst (Jupyter shows only the short note)")
    code.add("result = {")
    for key, expr in computed.items():
        code.add(f"    {lit(key)}: {expr},")
    code.add("}")
    code.add(display_line("result", note or f"{req.intent} result"))


def display_line(variable: str, note: str) -> str:
    """The cell's last line: `variable` (a dict) as JSON under `RESULT_MIME`, with `note` as the plain-text view."""
    payload = f'json.loads(pd.Series({variable}, dtype=object).to_json(date_format="iso", default_handler=str))'
    return f'display({{"{RESULT_MIME}": {payload}, "text/plain": {lit(note)}}}, raw=True)'


def start(req: Request, title: str) -> Code:
    """A new cell: a title comment and the one import the result line needs."""
    code = Code()
    code.comment(title)
    code.add("import json")
    code.blank()
    return code


def axis_labels(code: Code, x: str | None, y: str | None, title: str) -> None:
    """Label the axes and set the title."""
    if x:
        code.add(f"ax.set_xlabel({lit(x)})")
    if y:
        code.add(f"ax.set_ylabel({lit(y)})")
    code.add(f"ax.set_title({lit(title)})")


def scales(code: Code, req: Request, values: str | None = None) -> None:
    """Logarithmic axes when asked for; counts the `values` a log y axis cannot show (<= 0)."""
    if req.log_y:
        code.add('ax.set_yscale("log")')
        if values:
            code.add(f"hidden = int((np.asarray({values}) <= 0).sum())  # a log axis cannot show values <= 0")
            code.extra["hidden_on_log"] = "hidden"
    if req.log_x:
        code.add('ax.set_xscale("log")')


def show(code: Code) -> None:
    """Finish the figure."""
    code.add("fig.tight_layout()", "plt.show()")
