"""The offline analyst: the agent's brain when no Gemini key is set. Deterministic, no network, no weights.

It turns common requests into readable Python for the session kernel, and answers only from the numbers that code
printed (one ``NA_RESULT {json}`` line), so it never invents a number. Out of its range it says so and suggests a
Gemini key. The graph calls `respond` with each question, runs the plan's code, then calls `summarize`; memory (the
last request) travels between turns so that follow-ups ("now a quadratic", "same for z", "use a log scale") work.

| module | what |
|---|---|
| `offline_columns` | columns from the profiles; matching the names a question uses |
| `offline_parse` | the question read into hints: intent words, conditions, fit and chart kinds |
| `offline_request` | hints + memory → one `Request` (follow-ups, roles, defaults) |
| `offline_code`, `offline_fits`, `offline_charts`, `offline_stats` | the Python for each request |
| `offline_answer` | the markdown answer from the result JSON |
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from ...data.uploads import SUPPORTED_EXTENSIONS
from ...text_safety import md_inert
from . import (
    arithmetic,
    bands,
    budget,
    defined,
    interactive,
    kinds,
    lengths,
    parts,
    placings,
    spelling,
    spending,
    states,
)
from .answer import answer_text, headline
from .catalog import (
    CLOCK_SPANS,
    clock_minutes,
    derivation_lines,
    done_of,
    hours_minutes,
    marked_number_lines,
    plain_totals,
    spelling_lines,
    summed_parts,
    total_values,
    worded_lengths,
    yes_value,
)
from .charts import chart_code, extreme_code, groupby_code, top_code
from .code import (
    AGG_WORDS,
    AGGREGATE_REGIONS,
    NOT_ENOUGH,
    PERIOD_NAMES,
    RESULT_MIME,
    filter_text,
    holds_regions,
    holds_word,
    lit,
)
from .columns import Catalog, Column, ambiguous, find_mentions, find_values
from .fits import best_fit_code, fit_code, model_name
from .kinds.ratio import PEOPLE_COUNTED
from .measures import lone_measure
from .parse import (
    MONTHS,
    PERIOD_SAID,
    Hints,
    bare_year,
    biggest_group,
    bounds_said,
    comparison_words,
    fiscal_years,
    group_minimum,
    latest_phrase,
    latest_said,
    parse,
    period_columns,
    short_years,
    year_before,
)
from .readings import edit_distance
from .request import Request, build_request, generic_measure
from .stats import (
    corr_matrix_code,
    correlation_code,
    most_correlated_code,
    overview_code,
    rows_code,
    stat_code,
)
from .values import COUNTRY_NAMES, US_STATES, several_named
from .words import (
    BAD_WHEN_HIGH,
    CURRENCY,
    EATEN,
    IRREGULAR,
    LANGUAGES,
    MONEY_PARTS,
    PERSONS,
    PLACE_COLUMNS,
    SIDE_CHARGES,
    STOP,
    TIME_DOING,
    abbreviates,
    root,
    same_word,
    stem,
)

__all__ = ["RESULT_MIME", "OfflineAnalyst", "OfflineAnswer", "OfflinePlan", "read_result"]

MAX_ATTEMPTS = 3
_NOT_REPAIRABLE = frozenset(
    {
        "KeyError",
        "NameError",
        "MemoryError",
        "KeyboardInterrupt",
        "TimeoutError",
        "Timeout",
        "SyntaxError",
        "DeadKernel",
        "KernelDied",
    }
)
_PROGRAMS = {
    "fit": fit_code,
    "best_fit": best_fit_code,
    "chart": chart_code,
    "groupby": groupby_code,
    "top": top_code,
    "extreme": extreme_code,
    "overview": overview_code,
    "correlation": correlation_code,
    "most_correlated": most_correlated_code,
    "corr_matrix": corr_matrix_code,
    "stat": stat_code,
    "rows": rows_code,
}

_CHART_NAMES = {
    "scatter": "scatter plot",
    "line": "line chart",
    "bar": "bar chart",
    "hist": "histogram",
    "box": "box plot",
    "heatmap": "heatmap",
}
CAN_DO = (
    "Offline I can run these analyses on the loaded data: an overview of the columns; charts (scatter, line, "
    "bar, histogram, box plot, correlation heatmap); curve fits (straight line, polynomial of any degree, "
    "exponential, logarithmic, power law, or the best of them by R²); correlations, including which column is "
    "most correlated with another; totals, averages and counts per group; top lists; the highest or lowest "
    'value; and filters such as "only Paris" or "price above a value".'
)
GEMINI_HINT = "Set GEMINI_API_KEY to let Gemini answer open questions like this one."


@dataclass
class OfflinePlan:
    """Code to run in the kernel, the analyst's updated memory, and one line for the UI."""

    code: str
    memory: dict[str, Any]
    description: str


@dataclass
class OfflineAnswer:
    """The final markdown answer, and the analyst's memory."""

    text: str
    memory: dict[str, Any]


_MIDNIGHT = re.compile(r"^(\d{4}-\d\d-\d\d)[T ]00:00:00(?:\.0+)?$")


def _with_measure(question: str, pending: Any, catalog: Catalog, frame: str) -> str:
    """The question asked before "by which measure?" with the measure the reply names ("by revenue")."""
    if not isinstance(pending, str) or len(question.split()) > 4:
        return question
    named = [m for m in find_mentions(question, catalog, frame) if m.column.numeric and not m.column.id_like]
    if len({m.column.name for m in named}) != 1:
        return question
    return f"{pending.rstrip(' ?.!')} by {named[0].column.name}?"


def _plain(value: Any) -> Any:
    """Dates at midnight as plain dates ("2021-03-04"), in values and keys."""
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        m = _MIDNIGHT.match(value)
        return m.group(1) if m else value
    return value


def read_result(response: dict[str, Any] | None) -> dict[str, Any] | None:
    """The analyst's result from a run's tool response: the JSON the cell displayed under `RESULT_MIME`."""
    data = (response or {}).get("data")
    if isinstance(data, dict) and isinstance(data.get(RESULT_MIME), dict):
        result: dict[str, Any] = _plain(data[RESULT_MIME])  # _plain keeps a dict a dict
        return result
    return None


def _program(req: Request, catalog: Catalog, memory: dict[str, Any]) -> str:
    """The cell for `req`; the result fields it leaves out as constants wait in `memory` for the answer."""
    cell = _PROGRAMS[req.intent](req, catalog)
    memory["static"] = getattr(cell, "static", {})
    return str(cell)


def _upload_text() -> str:
    kinds = ", ".join(SUPPORTED_EXTENSIONS)
    return (
        f"No data is loaded yet. Upload a file first ({kinds}); then ask, for example, for an overview, a chart "
        "of one column against another, or a curve fit."
    )


def _scope_text() -> str:
    return f"That is outside what I can do offline. {CAN_DO} {GEMINI_HINT}"


def _help_text(catalog: Catalog) -> str:
    nums = [c.name for c in catalog.numeric(catalog.frames[0])]
    labels = [c.name for c in catalog.of(catalog.frames[0]) if c.categorical]
    examples = ['"describe the data"']
    if len(nums) >= 2:
        examples += [
            f'"plot {nums[1]} against {nums[0]} and fit a line"',
            '"now a quadratic"',
            f'"which column is most correlated with {nums[0]}?"',
        ]
    if labels and nums:
        examples += [f'"average {nums[0]} by {labels[0]}"', f'"which {labels[0]} has the highest {nums[0]}?"']
    return f"{CAN_DO}\n\nTry for example: {', '.join(examples)}. {GEMINI_HINT}"


def _unclear_text(catalog: Catalog, frame: str) -> str:
    names = ", ".join(c.name for c in catalog.of(frame))
    # the first line names no column: it is no reading of the question, only what could not be read
    return (
        f"I could not turn that into an analysis I can run offline.\n\nThe columns of {frame} are: {names}. "
        f"{CAN_DO} {GEMINI_HINT}"
    )


def describe(req: Request) -> str:
    """One line for the UI about what the code does."""
    agg = AGG_WORDS.get(req.agg or "", "")
    group = f"{req.x} ({PERIOD_NAMES[req.period]})" if req.period in PERIOD_NAMES else req.x
    text = {
        "fit": f"Fitting {model_name(req.fit, req.degree)} of {req.y} against {req.x}",
        "best_fit": f"Comparing curve families for {req.y} against {req.x}",
        "chart": f"Drawing a {_CHART_NAMES.get(req.chart or '', 'chart')} of "
        + " against ".join(v for v in (req.y, req.x) if v),
        "groupby": f"Computing the {agg} {req.y or 'rows'} per {group}".replace("number of rows rows", "row count"),
        "top": f"Ranking {group} by {agg} {req.y or ''}".rstrip() if group else f"Ranking rows by {req.y}",
        "extreme": f"Finding the {group or 'row'} with the {'lowest' if req.order == 'min' else 'highest'} "
        f"{req.y or 'count'}",
        "overview": "Describing " + (", ".join(req.columns) or req.frame),
        "correlation": f"Correlating {req.x} and {req.y}",
        "most_correlated": f"Finding the column most correlated with {req.y}",
        "corr_matrix": "Computing the correlation matrix",
        "stat": f"Computing the {agg} {req.y}",
        "rows": "Selecting the matching rows",
    }.get(req.intent, "Analysing the data")
    if req.filters:
        text += " where " + " and ".join(filter_text(f) for f in req.filters)
    if req.log_y:
        text += " (log scale)"
    return text


# Kinds whose request is a measure aggregated per group, as the general reader would write it.
_GROUPED_KINDS = ("money", "best_group", "compare", "two_way")


def _kind_as_request(found: dict[str, Any], catalog: Catalog) -> Request | None:
    """The last turn's kind request as the general reader's group-by, for the follow-ups no kind claims.

    "What about by month?" after "which city brings in the most money?" continues the same measure and aggregate.
    Only a measure of one column per group translates (not money read as price × quantity).
    """
    kreq = kinds.KindRequest.from_dict(found)
    label = catalog.get(kreq.frame, kreq.column) if kreq.column else None
    if (
        kreq.kind == "distinct"
        and kreq.agg not in ("per_value", "per", "in")
        and not kreq.period
        and not kreq.where
        and label is not None
        and label.categorical
    ):
        # "how many countries are there?" then "which one uses the most pesticides?": one of those values
        return Request(intent="groupby", frame=kreq.frame, x=label.name, agg="count")
    if kreq.kind not in _GROUPED_KINDS or not kreq.y or kreq.column or kreq.where:
        return None
    y = catalog.get(kreq.frame, kreq.y)
    if y is None or not y.numeric or kreq.agg not in ("sum", "mean", "median"):
        return None
    return Request(intent="groupby", frame=kreq.frame, x=kreq.group, y=kreq.y, agg=kreq.agg, order=kreq.order)


_COUNTED = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b")

# "there", "in there", "among those": the rows the last answer was about, not an existential "are there"
_THERE = re.compile(r"(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )\bthere\b(?!\s+(?:are|is|were|was|been)\b)")


# "and what's the avg price of one?" after the chicken bowls' takings: one of the rows the last answer was about
_AND_OF_THEM = re.compile(r"^\W*and\b.*\b(?:of|per|for)\s+(?:one|each|them|those|these|it)\b")


def _scoped_there(req: Request, question: str, memory: dict[str, Any], recent: bool) -> None:
    """A follow-up about "there" ("and the 5 most popular models there?") keeps the last answer's rows."""
    last = memory.get("kind_last")
    said = question.lower()
    if not (
        recent and isinstance(last, dict) and last.get("where") and (_THERE.search(said) or _AND_OF_THEM.search(said))
    ):
        return
    for column, value in last["where"]:
        if not any(f["column"] == column for f in req.filters) and column not in (req.x, req.y):
            req.filters.append({"column": column, "op": "==", "value": value, "part": None})


# "which product was it most often", "which branch for those": the rows the last count picked out
_THOSE_ROWS = re.compile(
    # ("which company runs the most of them": the things counted, all of them, not only the last count's)
    r"\b(?:for|among|with)\s+(?:those|these|them)\b(?!\s+(?:two|three|\d+))"
    r"|^\W*(?:which|what)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:was|were|is|are|did|does|do)\s+(?:it|those|these)\b"
    r"|\bdid\s+that\s+happen\b|\bthat\s+happens?\b"
)


def _scoped_those(req: Request, question: str, memory: dict[str, Any], recent: bool) -> None:
    """A ranking right after a count of rows that names them again ("which product was it most often"): those rows.

    ("how many times did something go bad", then "which product was it most often": Transaction Type = Spoiled.)
    """
    last = memory.get("last")
    if recent or not isinstance(last, dict) or memory.get("last_turn") != memory.get("turn", 0) - 1:
        return
    if last.get("intent") != "rows" or last.get("agg") != "count" or not last.get("filters"):
        return
    if req.x is None or req.intent not in ("groupby", "top", "extreme") or not _THOSE_ROWS.search(question.lower()):
        return
    for f in last["filters"]:
        if f.get("column") not in (req.x, req.y) and not any(g["column"] == f.get("column") for g in req.filters):
            req.filters.append(dict(f))


# labels of people: "he" or "she" in a follow-up is the one ranked first
_PEOPLE_LABELS = PERSONS | {"name", "driver", "rep", "agent", "tech", "technician", "instructor", "tutor", "teacher"}
_PEOPLE_LABELS |= {"artist", "singer", "exhibitor", "client", "owner", "author", "seller", "doctor", "person"}
_PEOPLE_LABELS |= {"salesperson", "staff", "volunteer", "donor", "coach", "physician", "provider", "licensee"}
_THAT_ONE = re.compile(r"\b(?:that|this|the\s+same)\s+(?P<noun>[a-z]+)\b")


def _scoped_winner(req: Request, question: str, memory: dict[str, Any], catalog: Catalog) -> None:
    """A follow-up about "that season" or "there" right after a group was ranked first: that group's rows.

    ("which season had the most deer harvested" then "and how many hunters reported that season": Season = 2020.)
    """
    won = memory.get("winner")
    if not (isinstance(won, list) and len(won) == 3 and won[2] == memory.get("turn", 0) - 1):
        return
    column = catalog.get(req.frame, str(won[0]))
    if column is None or column.is_date or column.name == req.x or any(f["column"] == column.name for f in req.filters):
        return
    said = _THAT_ONE.search(question.lower())
    # ("on that one", "for that one": the winner itself, when the question names something else to measure)
    named = said is not None and (stem(said["noun"]) in column.stems or said["noun"] == "one")
    # ("how long does the first engine take to get there": arriving, not a place)
    arrive = re.search(r"\b(?:get|gets|got|getting|arrive|arrives|reach|go|went|drive)\s+there\b", question.lower())
    there = bool(_THERE.search(question.lower())) and bool(set(column.stems) & PLACE_COLUMNS) and not arrive
    # "how many of its bookings were pickleball": the winner's own rows
    its = re.search(r"\b(?:of|for|in|on)\s+its\b", question.lower()) is not None and column.categorical
    # "how many goals does he have" after "who has the best plus minus": that player's rows
    person = (
        re.search(r"\b(?:does|did|has|had|is|was)\s+(?:he|she)\b|\b(?:his|her)\s+[a-z]+", question.lower()) is not None
        and column.categorical
        and bool(set(column.stems) & _PEOPLE_LABELS)
    )
    if named or there or its or person:
        req.filters.append({"column": column.name, "op": "==", "value": won[1], "part": None})


def _kind_cell(req: kinds.KindRequest, catalog: Catalog) -> str:
    """A kind's cell; lengths of time written as h:mm:ss text are read as minutes first, in a copy of the frame."""
    module = kinds.KINDS[req.kind]
    used = [req.y, req.column, req.group, req.group2, req.weight, *(c for c, _ in req.where)]
    clocks = [c for c in catalog.of(req.frame) if c.clock and c.name in used]
    asked = {str(v) for _, v in req.where} | {
        str(x) for _, _, v in req.left_out for x in (v if isinstance(v, list) else [v])
    }
    # countries beside their regions' totals (World, High income): the countries only, unless a region is asked
    regional = [c for c in catalog.of(req.frame) if holds_regions(c) and not asked & set(AGGREGATE_REGIONS)]
    # the groups' own label holding a row that totals the others (state = total): never one of the groups
    narrowed = {c for c, _ in req.where} | {c for c, _, _ in req.left_out}
    totals = [
        (c, v)
        for c, v in plain_totals(catalog.of(req.frame), set())
        # (and the values counted apart: "how many routes are there" beside a ROUTE = TOTAL row)
        if (
            c in (req.group, req.group2)
            or (req.kind == "distinct" and c == req.column)
            # (and money added up over every row: a hauler report's TOTAL rows would count each ton twice)
            # (a count table's summed Count: a corn maze's TOTAL row of each day would count each ticket twice)
            or (req.kind in ("money", "counts", "wide") and str(v) not in asked)
        )
        and c not in narrowed
    ]
    if not clocks and not req.left_out and not regional and not totals:
        return str(module.code(req))
    timed = f"{req.frame}_minutes" if clocks else f"{req.frame}_kept"
    lines = str(module.code(kinds.KindRequest.from_dict({**req.to_dict(), "frame": timed}))).splitlines()
    title, body = (lines[:1], lines[1:]) if lines and lines[0].startswith("#") else ([], lines)
    prep = [f"{timed} = {req.frame}.copy()"]
    if req.left_out:  # rows the question asked to leave out ("a range of 0 means unknown: leave those out")
        kept = " & ".join(_kept_test(req.frame, c, op, v) for c, op, v in req.left_out)
        said = " and ".join(_left_out_said(c, op, v) for c, op, v in req.left_out)
        prep = [f"# Only the rows with {said}, as asked", f"{timed} = {req.frame}[{kept}].copy()"]
    for c in regional:
        prep += [
            f"# {c.name} also holds totals of regions (World, continents, income groups): countries only",
            f"{timed} = {timed}[~{timed}[{lit(c.name)}].isin({lit(list(AGGREGATE_REGIONS))})]",
        ]
    for name, value in totals:
        column = catalog.get(req.frame, name)
        # ... and the nation's part named after it (INSEE's "France métropolitaine" beside France)
        also = [v for v in (column.values if column else ()) if v.startswith(f"{value} ")]
        prep += [
            f"# {name} = {value} adds up the other rows: left out of the groups",
            f"{timed} = {timed}[~{timed}[{lit(name)}].isin({[value, *also]!r})]"
            if also
            else f"{timed} = {timed}[{timed}[{lit(name)}] != {value!r}]",
        ]
    for c in clocks:
        name = f"{timed}[{lit(c.name)}]"
        prep += [
            f"# {c.name} holds lengths of time as text: read them as minutes",
            f"{name} = {clock_minutes(name, worded_lengths(c.values), hours_minutes(c))}",
        ]
    return "\n".join([*title, *prep, *body]) + "\n"


# Kinds that aggregate one measure over rows: a total row among them would be counted with its parts
_OF_WHOLE_ROWS = frozenset({"best_group", "change", "compare", "group_lines", "per_period", "top_then", "winners"})


def _whole_rows(req: kinds.KindRequest, catalog: Catalog) -> None:
    """A label the question leaves alone, with a row for all of its values (sex = Both sexes): those rows only.

    As the general reader does, so a mean per country is not of totals and parts together; said in the reading.
    """
    if not req.y or req.kind not in _OF_WHOLE_ROWS or req.agg not in ("mean", "median", "sum", "max", "min"):
        return
    used = {req.y, req.column, req.group, req.group2, req.weight, *(c for c, _ in req.where)}
    used |= {c for c, _, _ in req.left_out}
    # (a group's own total row is the kinds' to leave out: `_kind_cell`)
    group = catalog.get(req.frame, req.group) if req.group else None
    if group is not None and not group.complete:
        return  # a county's TOTAL row per election has no Ward: grouped by ward, those rows would leave nothing
    for column, value in total_values(catalog.of(req.frame), {u for u in used if u}):
        req.where.append([column, value])


def _kept_test(frame: str, column: str, op: str, value: Any) -> str:
    """The rows a kind keeps, as a pandas mask: one of values, a word in the text, or a comparison."""
    if op == "in":
        return f"{frame}[{lit(column)}].isin({lit(value)})"
    if op == "contains":  # "gmail" in to_email: the word, whatever is around it
        return holds_word(f"{frame}[{lit(column)}]", str(value))
    if op in _DATE_PARTS:  # "in 2023" of a date: its year
        return f"(pd.to_datetime({frame}[{lit(column)}], errors='coerce').dt.{op} == {value!r})"
    return f"({frame}[{lit(column)}] {op} {value!r})"


_DATE_PARTS = ("year", "month", "quarter", "day")


def _left_out_said(column: str, op: str, value: Any) -> str:
    """A row test of `left_out` in words."""
    if op == "in":
        return _among(column, value)
    if op == "contains":
        return f"{column} has the word {value}"
    if op in _DATE_PARTS:
        return f"{op} of {column} = {value}"
    return f"{column} {'=' if op == '==' else op} {value}"


def _derived(cell: str, catalog: Catalog, frame: str, numbers: bool = False) -> str:
    """The cell with the derived columns it uses (a home/away pair's total) computed first, after its title.

    With `numbers`, columns of numbers written with marks ("$4.99") that the cell uses are read as numbers first
    (the general reader converts them on its own copy of the rows; a kind's cell works on the frame itself).
    """
    derived = derivation_lines(cell, catalog, frame)
    # numbers written as text ("$32963.07") are read as numbers before a derived column computes with them
    operands = "\n".join(derived)
    marked = marked_number_lines(cell + "\n" + operands if numbers else operands, catalog, frame)
    # (a derived column's own columns are read the same way: AvgTemperature's -99 before its Celsius)
    lines = spending.lines(catalog, cell) + spelling_lines(cell + "\n" + operands, catalog, frame) + marked + derived
    if not lines:
        return cell
    head, _, body = cell.partition("\n") if cell.startswith("#") else ("", "", cell)
    return "\n".join([*([head] if head else []), *lines, body]) if head else "\n".join([*lines, body])


def _among(column: str, values: list[Any]) -> str:
    """Rows kept by one of several values, in words: "Name in Jennifer, Ashley" (a long list by its length)."""
    if len(values) <= 5:
        return f"{column} in {', '.join(str(v) for v in values)}"
    return f"{column} among the {len(values)} named"


def _with_left_out(text: str, req: kinds.KindRequest) -> str:
    """The answer's first line says which rows were left out, as the question asked."""
    if not req.left_out:
        return text
    first, sep, rest = text.partition("\n")
    dropped = " and ".join(f"{c} = {v}" for c, op, v in req.left_out if op == "!=")
    kept = " and ".join(_left_out_said(c, op, v) for c, op, v in req.left_out if op != "!=")
    said = ", ".join(
        part
        for part in (f"only rows with {kept}" if kept else "", f"rows with {dropped} left out" if dropped else "")
        if part
    )
    return f"{first.rstrip('.')}, {said} as asked.{sep}{rest}"


_BOLD_NUMBER = re.compile(r"\*\*(-?[\d,]+(?:\.\d+)?)\*\*(?!\s*(?:rows?|of\b|%|/))")


def _clock_figures(text: str, measure: str | None, frame: str, profiles: list[dict[str, Any]]) -> str:
    """Each figure of a length written h:mm:ss and read as minutes, said with its unit and as the file writes it.

    "The average Overall is **90.99 minutes** (1:30:59)": a bare 90.99 of a race time reads as nothing.
    """
    if not profiles or not measure:
        return text
    catalog = Catalog.from_profiles(profiles)
    column = catalog.get(frame, measure) if frame in catalog.frames else None
    if column is None or not column.clock:
        return text

    def said(m: re.Match[str]) -> str:
        minutes = float(m[1].replace(",", ""))
        seconds = round(abs(minutes) * 60)
        shown = f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
        bold = m.group().startswith("**")
        figure = f"**{m[1]} minutes**" if bold else f"{m[1]} minutes"
        return f"{figure} ({'-' if minutes < 0 else ''}{shown})"

    text = _BOLD_NUMBER.sub(said, text)
    # a row ranked: "... has the lowest Overall: 47.97**"
    return re.sub(r"(?<=: )(-?[\d,]+(?:\.\d+)?)(?=\*\*)", lambda m: said(re.match(r"(.*)", m[1]) or m), text)


def _clock_note(used: list[str | None], frame: str, profiles: list[dict[str, Any]]) -> str:
    """A closing line when the answer's numbers are lengths of time written h:mm:ss, read as minutes."""
    if not profiles:
        return ""
    catalog = Catalog.from_profiles(profiles)
    clocks = [c for c in catalog.of(frame) if c.clock and c.name in used] if frame in catalog.frames else []
    if not clocks:
        return ""
    named = [f"{c.name} ({'lengths in words' if worded_lengths(c.values) else 'h:mm:ss text'})" for c in clocks]
    return f"\n\n{' and '.join(named)} read as minutes."


def _live(cell: str, chart: dict[str, Any], catalog: Catalog, memory: dict[str, Any]) -> str:
    """The chart cell drawn with Altair when it can be (an interactive chart asked for up front)."""
    converted = interactive.convert(cell, chart, catalog)
    memory["interactive_now"] = {"upfront": converted is not None}
    return cell if converted is None else converted


def _redraw(memory: dict[str, Any], catalog: Catalog) -> OfflinePlan | OfflineAnswer:
    """The last chart the analyst drew, again, with Altair ("make it interactive")."""
    chart = memory.get("chart_last")
    if not isinstance(chart, dict):
        return OfflineAnswer(interactive.nothing_to_redraw(), memory)
    if "request" in chart:
        req = Request.from_dict(chart["request"])
        if req.frame not in catalog.frames:
            return OfflineAnswer(interactive.nothing_to_redraw(), memory)
        cell = _program(req, catalog, memory)
    else:
        kreq = kinds.KindRequest.from_dict(chart["kind"])
        if kreq.frame not in catalog.frames or kreq.kind not in kinds.KINDS:
            return OfflineAnswer(interactive.nothing_to_redraw(), memory)
        cell = _kind_cell(kreq, catalog)
    code = interactive.convert(cell, chart, catalog)
    if code is None:
        return OfflineAnswer(interactive.nothing_to_redraw(), memory)
    memory["interactive_now"] = {"redraw": True, **chart}
    return OfflinePlan(code, memory, "Drawing the last chart again with Altair, interactive")


def _redraw_answer(
    live: dict[str, Any], memory: dict[str, Any], result: dict[str, Any] | None, error: dict[str, Any] | None
) -> str:
    """The answer to a redraw: the last chart's headline, how to use the chart, the sample it drew."""
    static = memory.pop("static", {})
    if result is None:
        return interactive.redraw_answer("", None, error)
    if "request" in live:
        head = headline(Request.from_dict(live["request"]), {**static, **result})
    else:
        kreq = kinds.KindRequest.from_dict(live["kind"])
        head = kinds.KINDS[kreq.kind].answer(kreq, result).splitlines()[0]
    return interactive.redraw_answer(head, result, None)


def _choose_frame(question: str, catalog: Catalog, last: Request | None) -> str:
    """The frame the question is about: named outright, or holding most of the columns it names.

    A wide table's long view stands in for it when the question is about the figures kept one column per year
    (see `_about_periods`); a follow-up stays on the frame the last answer used.
    """
    frame = _named_frame(question, catalog, last)
    frame = next((w for w, v in catalog.long_views.items() if v == frame), frame)  # the two decided alike
    long = catalog.long_views.get(frame)
    if long not in catalog.frames or _AS_LOADED.search(question):
        return frame
    if last is not None and last.frame == long and re.match(_FOLLOW_UP, question, re.I):
        return long
    return long if _about_periods(question, catalog, frame, long) else frame


_FOLLOW_UP = r"\W*(?:and|what\s+about|how\s+about|same\s+for|now|also|then|ok\s+and)\b"
_PERIOD_WORDS = re.compile(
    r"\b(?:(?:19|20)\d\d|years?|yearly|annual(?:ly)?|months?|monthly|over\s+time|trend\w*|since|grow\w*|grew"
    r"|change[ds]?|r[io]se|fell|drop\w*|peak\w*|latest|most\s+recent|right\s+now|currently)\b",
    re.I,
)


def _about_periods(question: str, catalog: Catalog, wide: str, long: str) -> bool:
    """Whether a question on a wide table is about its figures by period, so is asked of its long view.

    Yes when it names what only the long view has (POPESTIMATE of POPESTIMATE2010 …, the value of a month), or
    when the wide table keeps nothing else to measure (the World Bank's DataBank extract); no when the wide table
    has a time column of its own that time words may mean (a power plant's commissioning_year beside its
    generation_gwh_2013 …); else time words and years decide.
    """
    kept = {c.name for c in catalog.of(wide)}
    in_long = {c.name for c in catalog.of(long)}
    own_time = any((c.is_date or c.year_like) and c.name in in_long for c in catalog.of(wide))
    said = [
        m
        for m in find_mentions(question, catalog, long)
        if m.column.name not in kept
        and m.via != "time"
        and m.score >= 60  # "generating capacity" is capacity_mw, not generation_gwh read from one loose word
        and not (own_time and (m.column.year_like or m.column.is_date))  # "each year" of commissioning_year
    ]
    if said:
        return True
    unsure = ambiguous(question, catalog, wide)
    if unsure and all(c.name not in in_long for c in unsure[0][1]):
        return True  # "ppl" of 2022 Population … 1970 Population: the one Population of the long view
    measures = [c for c in catalog.numeric(wide) if c.name in in_long and not (c.id_like or c.named_by)]
    if not measures:
        return True
    if own_time:
        return False
    return bool(_PERIOD_WORDS.search(question))


def _long_measure(question: str, catalog: Catalog, frame: str) -> str:
    """A long view's one figure named when the question names none: "highest GDP per capita in 2022" is of `value`.

    The long view of a table like the World Bank's keeps what is measured in a label column (Series Name) and the
    figure in one column; the question names the label's value, never the figure's column.
    """
    wide = next((w for w, long in catalog.long_views.items() if long == frame), None)
    if wide is None or re.match(_FOLLOW_UP, question, re.I):
        return question  # "and the slowest?" keeps the last answer's measure
    kept = {c.name for c in catalog.of(wide)}
    figures = [c for c in catalog.numeric(frame) if c.name not in kept and not (c.year_like or c.is_date)]
    if len(figures) != 1:
        return question
    named = [m for m in find_mentions(question, catalog, frame) if m.column.numeric and not m.column.id_like]
    if any(not (m.column.year_like or m.column.is_date) for m in named):
        return question
    return f"{question.rstrip()} ({figures[0].name})"


def _latest_period(question: str, catalog: Catalog, frame: str) -> str:
    """A question on a long view that says no period is about the latest one ("total population per continent").

    Summed over every year, a population counts each person once a year; the figures the table leads with are the
    latest. Time words ("over time", "since", "grew", a year) keep every period.
    """
    if (
        frame not in catalog.long_views.values()
        or _PERIOD_WORDS.search(question)
        or re.match(_FOLLOW_UP, question, re.I)
    ):
        return question
    when = catalog.time_column(frame)
    if when is None or when.latest is None or re.search(r"\b(?:plot|chart|graph|draw)\b", question, re.I):
        return question
    return f"{question.rstrip(' ?.!')} {latest_phrase(when.latest)}"


_AS_LOADED = re.compile(r"\b(?:columns?|head|preview|shape|(?:first|last|top)\s+(?:\d+\s+)?rows)\b", re.I)


def _named_frame(question: str, catalog: Catalog, last: Request | None) -> str:
    if len(catalog.frames) == 1:
        return catalog.frames[0]
    lowered = question.lower()
    for frame in catalog.frames:
        if frame.lower() in lowered.split():
            return frame
    scores = {f: sum(m.score for m in find_mentions(question, catalog, f) if m.via != "time") for f in catalog.frames}
    best = max(scores.values())
    if last is not None and last.frame in scores and scores[last.frame] == best:
        return last.frame
    return next(f for f in catalog.frames if scores[f] == best)


def _numbers_text(catalog: Catalog, frame: str) -> str:
    return ", ".join(c.name for c in catalog.numeric(frame)) or "none"


def _rows_in_total(req: Request, catalog: Catalog, question: str) -> None:
    """A count asked in total of a label ("how many games have i played in total" of Game): the rows, not a sum."""
    y = catalog.get(req.frame, req.y)
    asked = re.match(r"\W*how\s+many\b", question, re.I) is not None
    if req.intent == "stat" and y is not None and not y.numeric and req.agg == "sum" and asked:
        req.agg = "count"
    # "how many anime have i completed", "how many stores are still authorized": the rows that pass, each a thing
    # the name column names, not a count of that column's values
    named = (
        y is not None
        and not y.id_like  # (a record code counted once a row keeps its own count: "inc00246" of each incident)
        and (catalog.names_rows(y) or y.stems[-1:] in (("name",), ("title",), ("item",)))
    )
    counted = req.intent == "stat" and req.agg == "count" and named and bool(req.filters) and asked
    if counted and y is not None and y.categorical and not y.is_date and not req.x:
        req.intent, req.y = "rows", None


def _total_of_parts(question: str, unsure: list[tuple[str, list[Column]]], catalog: Catalog, frame: str) -> str:
    """A word that names several parts equally (Women, Infants, Children Participating) said of their Total column.

    "When did participation peak" of a WIC table asks of all participants (Total Participants), not one part.
    `unsure` is what `ambiguous` read in the question.
    """
    if not unsure:
        return question
    word, parts = unsure[0]
    said = word.lower()
    totals = [
        c
        for c in catalog.numeric(frame)
        if c not in parts
        and c.formula is None  # (a total the catalog derives is no column the file keeps)
        and len(c.stems) == 2
        and c.stems[0] == "total"
        and c.stems[1][:6] == said[:6]  # ("participation" of Participants)
    ]
    at = re.search(rf"\b{re.escape(said)}\b", question, re.IGNORECASE)
    if at is None:
        return question
    if len(totals) == 1:
        return question[: at.start()] + totals[0].name + question[at.end() :]
    money_said = said in _MONEY_SAID - {"total", "made"}  # ("total revenue" of Tacos Sold and Burritos Sold: no)
    if not totals and ((_split_counts(parts) and not money_said) or _split_money(parts, said)):
        # "how many visitors on rainy days" of Adult Admissions and Child Admissions: both, added on each row
        # ("the number of visitors": the sum says the number, which would read as a count of rows)
        before = re.sub(r"(?:the\s+)?(?:number|count)\s+of\s+$", "", question[: at.start()], flags=re.IGNORECASE)
        return before + " + ".join(c.name for c in parts) + question[at.end() :]
    return question


def _split_counts(parts: list[Column]) -> bool:
    """Counts of one thing split by who or which (Adult and Child Admissions, 18-Hole and 9-Hole Rounds)."""
    heads = {c.dashed_head for c in parts}  # (Tickets - General, Tickets - Fast Pass: tickets by kind)
    if not 2 <= len(parts) <= 4 or (
        len({c.stems[-1] for c in parts if c.stems}) != 1 and (len(heads) != 1 or None in heads)
    ):
        return False
    return all(
        c.numeric
        and c.additive
        and c.whole_count
        and not (c.id_like or c.time or c.formula or CURRENCY.search(c.name) or set(c.stems) & MONEY_PARTS)
        for c in parts
    )


# how money is paid: a day's takings kept one column per way of paying (Cash Total, Card Total)
_TENDERS = frozenset(
    {"cash", "card", "credit", "debit", "check", "cheque", "venmo", "paypal", "coin", "online", "zelle"}
)
_MONEY_SAID = frozenset({"money", "revenue", "income", "takings", "sales", "total", "dollars", "cash", "made"})


def _split_money(parts: list[Column], said: str) -> bool:
    """Money split by how it was paid (Cash Total and Card Total), asked of as money: all of it, added up."""
    return (
        said in _MONEY_SAID
        and 2 <= len(parts) <= 4
        and all(
            c.numeric
            and c.additive
            and not (c.id_like or c.time or c.formula)
            and set(c.stems) & _TENDERS
            and c.money_marked
            for c in parts
        )
        and len({frozenset(set(c.stems) & _TENDERS) for c in parts}) == len(parts)
    )


def _summed_amounts(catalog: Catalog, frame: str) -> list[Column]:
    """The amounts of the rows' own that add up: neither a code, a date, a time of day nor a derived column."""
    return [
        c
        for c in catalog.numeric(frame)
        if c.additive and not (c.id_like or c.time or c.year_like or c.clock or c.categorical or c.formula or c.is_date)
    ]


_MONEY_MADE = re.compile(
    r"\bhow\s+much(?:\s+(?:money|cash|revenue|income))?\s+(?:did|have|do|has)\s+(?:we|i|you|they)\s+"
    r"(?:make|made|take\s+in|taken\s+in|took\s+in|bring\s+in|brought\s+in|earn|earned|collect|collected|charge|"
    r"charged|bill|billed|get|got|gotten)\b",
    re.IGNORECASE,
)


def _money_made(question: str, catalog: Catalog, frame: str) -> str | None:
    """Read "how much money did we take in" as the total of the one amount of money the rows keep, or None.

    Only when nothing else was read of the question and the table keeps one such amount (a makerspace's Cost
    Charged, written "$12.40"): what was charged is what came in.
    """
    said = _MONEY_MADE.search(question)
    if said is None:
        return None
    money = [
        c
        for c in _summed_amounts(catalog, frame)
        if any(v.strip().startswith(("$", "£", "€", "-$")) for v in c.values) or CURRENCY.search(c.name)
    ]
    if len(money) != 1:
        return None
    return f"{question[: said.start()]}what is the total {money[0].name}{question[said.end() :]}"


def _check(req: Request, catalog: Catalog, question: str = "") -> str | None:
    """Why the request cannot run on these columns, in plain words; None when it can."""
    x, y = catalog.get(req.frame, req.x), catalog.get(req.frame, req.y)
    nums = _numbers_text(catalog, req.frame)
    if y is not None and y.is_date and x is not None and not x.is_date and req.intent in ("chart", "groupby", "stat"):
        # dates are when things happened, not amounts: an "average End Date" per station answers nothing asked
        return (
            f"{y.name} is a date, and I do not average or total dates. Ask for a count per {x.name}, or per "
            f"period of {y.name} (for example per month). Numeric columns in {req.frame}: {nums}."
        )
    if req.intent in ("fit", "best_fit"):
        if y is None or x is None or not y.numeric or not (x.numeric or x.is_date):
            return (
                "To fit a curve I need a numeric column for y and a numeric or date column for x; say which, "
                f'e.g. "fit y against x". Numeric columns in {req.frame}: {nums}.'
            )
    elif req.intent == "correlation":
        # (a date correlates with a number by its year: "birth year and age")
        if x is None or y is None or not all(c.numeric or c.is_date for c in (x, y)) or (x.is_date and y.is_date):
            return f"A correlation needs two numeric columns. Numeric columns in {req.frame}: {nums}."
    elif req.intent == "most_correlated":
        if y is None or not y.numeric:
            return f"Most correlated with which numeric column?\n\nNumeric columns in {req.frame}: {nums}."
        if len(catalog.numeric(req.frame)) < 2:
            return f"{req.frame} has no other numeric column to correlate with {y.name}."
    elif req.intent == "corr_matrix":
        if len(req.columns or catalog.numeric(req.frame)) < 2:
            return f"A correlation matrix needs at least two numeric columns; {req.frame} has: {nums}."
    elif req.intent in ("groupby", "top", "extreme"):
        if req.y is not None and (y is None or not y.numeric) and req.agg != "count":
            return f"{req.y} is not numeric, so it cannot be totalled or ranked. Numeric columns: {nums}."
        if req.x is None and req.y is None:
            return f"Ranked by which column?\n\nNumeric columns in {req.frame}: {nums}."
        rows = catalog.rows.get(req.frame, 0)
        unique = x is not None and x.n_unique is not None and rows > 0 and x.n_unique >= 0.95 * rows
        popular = bool(re.search(r"\b(?:popular|famous|liked|loved|best)\b", question, re.I))
        # (a type's code of a few values, Luma's ticket_type_id, is counted: each is bought by many)
        few = x is not None and x.n_unique is not None and x.n_unique <= 20
        if req.y is None and req.agg == "count" and x is not None and x.id_like and (unique or (popular and not few)):
            # "the most popular books" by bookID: every code is one row, so counting ranks nothing
            return f"Ranked by which column?\n\nNumeric columns in {req.frame}: {nums}."
        if req.intent == "groupby" and req.x is None:
            labels = ", ".join(c.name for c in catalog.of(req.frame) if c.categorical or c.time) or "none"
            return f"Per which column should I group?\n\nLabel and date columns in {req.frame}: {labels}."
    elif req.intent == "stat":
        if y is None:
            every = ", ".join(c.name for c in catalog.of(req.frame))
            return f"Of which column?\n\nThe columns of {req.frame}: {every}."
        if not y.numeric and req.agg not in ("count",):
            return f"{y.name} is not numeric; numeric columns in {req.frame}: {nums}."
    elif req.intent == "chart":
        if req.chart in ("hist", "box") and (y is None or not y.numeric):
            return f"A {'histogram' if req.chart == 'hist' else 'box plot'} needs a numeric column: {nums}."
        if req.chart == "scatter" and (x is None or y is None):
            return f"A scatter plot needs two columns; numeric columns in {req.frame}: {nums}."
        if x is None and y is None:
            return _unclear_text(catalog, req.frame)
        if req.chart in ("bar",) and x is None:
            return (
                f"Bars of {req.y} by which column? The columns of {req.frame}: "
                + ", ".join(c.name for c in catalog.of(req.frame))
                + "."
            )
    return None


def _simplify(req: Request, catalog: Catalog) -> Request:
    """The next repair: first convert to numbers and drop what fails, then the simplest version of the request."""
    new = Request.from_dict(req.to_dict())
    new.repair = req.repair + 1
    if new.repair < 2:
        return new
    if new.intent in ("fit", "best_fit"):
        new.intent, new.fit, new.degree = "fit", "linear", 1
    elif new.intent == "chart":
        y = catalog.get(new.frame, new.y)
        if y is not None and y.numeric:
            new.chart, new.x = "hist", None
        else:
            new.chart = "bar"
    elif new.intent in ("correlation", "most_correlated", "corr_matrix", "stat"):
        new.intent, new.columns = "overview", [c for c in (new.x, new.y) if c]
    new.log_y = new.log_x = False
    return new


def _failure_text(req: Request, ename: str, evalue: str, attempts: int) -> str:
    what = describe(req)
    said = f"{ename}: {evalue}".strip(": ")
    if evalue.startswith(NOT_ENOUGH):
        filters = ", ".join(filter_text(f) for f in req.filters)
        where = f" with the filter {filters}" if filters else ""
        return (
            f"{what} needs more rows than there are{where}, once rows with missing or unreadable values are left "
            f"out (the kernel said: {said}). Try removing the filter or choosing other columns."
        )
    if ename == "KeyError":
        return (
            f"{what} failed: a column it uses is not in {req.frame} (the kernel said: {said}). The data may "
            "have changed since it was loaded; ask for an overview to see the current columns."
        )
    if ename == "NameError":
        return (
            f"{what} failed: {req.frame} is not defined in the kernel (the kernel said: {said}). Upload the "
            "file again to load it."
        )
    tries = "once" if attempts <= 1 else "on every attempt"
    return (
        f"{what} failed {tries}; the kernel said: {said}. The column may hold values that are not numbers or "
        "dates, or too few usable rows. Try another column, a filter, or ask for an overview first."
    )


# "how much was that?", "what was the number?", "how many was it": the figure the last answer gave, said again
_THAT_FIGURE = re.compile(
    r"^\W*(?:and\s+|ok\s+|so\s+)?(?:how\s+(?:much|many|big|high|large)|what)\s+(?:was|is|were|'s)\s+"
    r"(?:that|it|this|the\s+(?:number|figure|amount|value|total))(?:\s+(?:one|number|figure|amount|value))?\W*$",
    re.IGNORECASE,
)


def _sum_beside_total(out: OfflinePlan | OfflineAnswer, profiles: list[dict[str, Any]]) -> OfflinePlan | OfflineAnswer:
    """The reading's "Total of Labor $" said "Sum of Labor $" where the table has a column called Total.

    Read beside such a column, "Total of" looks as if the Total column were used.
    """
    if not isinstance(out, OfflineAnswer) or not re.match(r"(?:_[^\n]*_\n\n)?Total of (?!Total\b)", out.text):
        return out  # ("Total of Total" names the column it adds up)
    names = {str(c.get("name", "")).strip().lower() for p in profiles for c in p.get("columns", []) or []}
    if "total" in names:
        out.text = re.sub(r"^((?:_[^\n]*_\n\n)?)Total of ", r"\1Sum of ", out.text, count=1)
    return out


def _keep_said(out: OfflinePlan | OfflineAnswer) -> OfflinePlan | OfflineAnswer:
    """The answer's main line (the winner and its figure) kept in the memory, for "how much was that?"."""
    if isinstance(out, OfflineAnswer):
        parts = [p.strip() for p in out.text.split("\n\n") if p.strip()]
        main = next((p for p in parts[1:] if "**" in p and re.search(r"\d", p)), None)
        out.memory["said"] = [main, out.memory.get("turn")] if main else None
    return out


def _that_figure(question: str, memory: dict[str, Any]) -> OfflineAnswer | None:
    """The last answer's main line again, when the question only asks for its figure ("how much was that?")."""
    said = memory.get("said")
    if not _THAT_FIGURE.match(question) or not isinstance(said, list) or said[1] != memory.get("turn", 0) - 1:
        return None
    return OfflineAnswer(f"From the last answer (nothing new was computed).\n\n{said[0]}", memory)


def _inert(out: OfflinePlan | OfflineAnswer) -> OfflinePlan | OfflineAnswer:
    """The answer or the plan's description with the data they quote made inert markdown (no link, no image)."""
    if isinstance(out, OfflineAnswer):
        return OfflineAnswer(md_inert(out.text), out.memory)
    return OfflinePlan(out.code, out.memory, md_inert(out.description))


def _plus_value(question: str, catalog: Catalog, frame: str) -> str:
    """A value such as "17+" said after the one column whose values are written so ("cont_rating 17+")."""
    said = re.search(r"(?<![\w.])(\d+)\+(?!\s*\d)", question)
    if said is None:
        return question
    columns = [c for c in catalog.of(frame) if c.numeric_text and said.group() in (v.strip() for v in c.values)]
    if len(columns) != 1 or columns[0].name.lower() in question.lower():
        return question
    return f"{question[: said.start()]}{columns[0].name} {said.group()}{question[said.end() :]}"


class OfflineAnalyst:
    """Turns questions into kernel code, and kernel output into answers; see the module docstring.

    Its words quote the data (column names, labels, values) and the question: what it returns is inert markdown,
    in which nothing from the data can become a link or an image (`text_safety.md_inert`).
    """

    def respond(
        self, question: str, profiles: list[dict[str, Any]], memory: dict[str, Any]
    ) -> OfflinePlan | OfflineAnswer:
        """A plan to run for `question`, or a direct answer (greeting, help, out of scope, no data, unclear).

        Two questions in one message are planned one after the other: the first now, the rest from `summarize`.
        """
        memory = {k: v for k, v in (memory or {}).items() if k != "parts"}  # a turn cut short leaves nothing behind
        asked = parts.split(question)
        if len(asked) > 1 and not self._read_whole(question, asked[0], profiles, memory):
            first = self._respond(asked[0], profiles, memory)
            if isinstance(first, OfflinePlan):
                first.memory["parts"] = {"todo": asked[1:], "done": [], "base": 0, "now": asked[0]}
                return _inert(first)
        out = self._respond(question, profiles, memory)
        out.memory["asked"] = [question, out.memory.get("turn")]  # the words of this turn, for the next one
        return _inert(out)

    @staticmethod
    def _read_whole(question: str, first: str, profiles: list[dict[str, Any]], memory: dict[str, Any]) -> bool:
        """A kind of request reads the message whole ("how many movies and how many tv shows"): no split.

        The kind must use the second part: one that reads the whole message as it reads the first part alone
        ("what percent are legendary", whatever follows) leaves the second question unanswered.
        """
        if not profiles:
            return True
        catalog = Catalog.from_profiles(profiles)
        last = Request.from_dict(memory["last"]) if isinstance(memory.get("last"), dict) else None
        frame = _choose_frame(question, catalog, last if last is not None and last.frame in catalog.frames else None)
        whole = kinds.match(kinds.Context(question, catalog, frame))
        if not isinstance(whole, kinds.KindRequest):
            return whole is not None
        alone = kinds.match(kinds.Context(first, catalog, frame))
        if isinstance(alone, kinds.KindRequest) and alone.to_dict() == whole.to_dict():
            return False
        # ... nor one that reads it as the second part alone ("how many unique customers? and what % have no id")
        rest = parts.split(question)[1:]
        later = kinds.match(kinds.Context(rest[0], catalog, frame)) if rest else None
        # (or as the second part alone when the first is no kind: "the average pm2.5? and how many have no reading")
        if isinstance(later, kinds.KindRequest) and alone is None and later.kind == whole.kind:
            return False
        return not (
            isinstance(later, kinds.KindRequest) and {**later.to_dict(), "kind": ""} == {**whole.to_dict(), "kind": ""}
        )

    def summarize(
        self,
        question: str,
        plan: OfflinePlan,
        result: dict[str, Any] | None,
        error: dict[str, Any] | None,
        profiles: list[dict[str, Any]],
        attempt: int,
    ) -> OfflinePlan | OfflineAnswer:
        """The answer from the plan's `result` (see `read_result`); or, when it failed and `attempt` < 3, a repair.

        `attempt` counts the runs of this request so far, the original plan being attempt 1.
        """
        state = plan.memory.get("parts")
        if not isinstance(state, dict):
            out = self._summarize(question, plan, result, error, profiles, attempt)
            return _inert(_keep_said(_sum_beside_total(out, profiles)))
        own = OfflinePlan(plan.code, {k: v for k, v in plan.memory.items() if k != "parts"}, plan.description)
        base = int(state.get("base", 0))
        out = self._summarize(str(state["now"]), own, result, error, profiles, max(1, attempt - base))
        if isinstance(out, OfflinePlan):  # a repair of this part
            out.memory["parts"] = state
            return _inert(out)
        done, memory = [*state.get("done", []), out.text], out.memory
        todo = list(state.get("todo", []))
        while todo:
            now = todo.pop(0)
            step = self._respond(now, profiles, memory)
            if isinstance(step, OfflinePlan):
                step.memory["parts"] = {"todo": todo, "done": done, "base": attempt, "now": now}
                return _inert(step)
            done, memory = [*done, step.text], step.memory
        return _inert(OfflineAnswer("\n\n".join(done), memory))

    def _respond(
        self, question: str, profiles: list[dict[str, Any]], memory: dict[str, Any]
    ) -> OfflinePlan | OfflineAnswer:
        given = memory
        memory = copy.deepcopy(memory) if memory else {}
        memory["turn"] = int(memory.get("turn", 0)) + 1
        if not profiles:
            return OfflineAnswer(_upload_text(), memory)
        catalog = Catalog.from_profiles(profiles)
        arithmetic.restore(catalog, memory)
        bands.restore(catalog, memory)
        defined.restore(catalog, memory)
        spending.restore(catalog, memory)
        last = Request.from_dict(memory["last"]) if isinstance(memory.get("last"), dict) else None
        if last is not None and last.frame not in catalog.frames:
            last = None
        again = _that_figure(question, memory)
        if again is not None:
            return again
        frame = spending.base(catalog, _choose_frame(question, catalog, last))
        frame, question = spending.choose(question, catalog, frame, memory)
        question = _latest_period(_long_measure(question, catalog, frame), catalog, frame)
        memory.pop("kind_now", None)
        memory.pop("interactive_now", None)
        if interactive.asks_redraw(question):
            return _redraw(memory, catalog)
        live = interactive.upfront(question)  # "an interactive chart of ...": drawn with Altair
        question = _with_measure(question, memory.pop("pending_measure", None), catalog, frame)
        question = bands.read(defined.read(question, catalog, frame, memory), catalog, frame, memory)
        question = states.still_open(question, catalog, frame)  # before "right now" is read as the last date
        question = latest_said(
            fiscal_years(bounds_said(_plus_value(bare_year(question), catalog, frame)), catalog, frame), catalog, frame
        )
        question = year_before(short_years(question, catalog, frame), catalog, frame)
        question = _that_period(question, memory, catalog, frame)
        who = _who_of_winner(question, memory, catalog, frame)
        if who is not None:  # "who sang it?": the one maker column on the last winner's rows
            memory["previous"], memory["last"] = memory.get("last"), who.to_dict()
            return OfflinePlan(_derived(_program(who, catalog, memory), catalog, frame), memory, describe(who))
        question = _ordinal_listed(question, memory)
        question = _those_of_kind(question, memory, catalog, frame)
        question = _about_winner(_they_of_winner(question, memory, catalog, frame), memory, catalog, frame)
        question = _share_of_that(question, memory, catalog, frame)
        question = _it_measure(question, memory, catalog, frame)
        question = _bare_superlative(question, memory, catalog, frame)
        question = _sibling_measure(question, memory, catalog, frame)
        question = _counted_again(question, memory, catalog, frame)
        question = _each_group(question, memory, catalog, frame)
        question = _period_again(question, memory, catalog, frame)
        question = comparison_words(spelling.correct(live or question, catalog, frame), catalog, frame)
        question = _inflation_said(question, catalog, frame)  # before the long table's figure is said
        question = _unit_said(question, catalog, frame)
        question = _how_long_done(_generic_said(lengths.read(question, catalog, frame), catalog, frame), catalog, frame)
        question = _whole_value(_rich_or_poor(question, catalog, frame), catalog, frame)
        question = _shared_noun(_numbered_column(_compass(question, catalog, frame), catalog, frame), catalog, frame)
        question = _http_status(_each_person(_handed_out(question, catalog, frame), catalog, frame), catalog, frame)
        question = placings.scored(placings.read(question, catalog, frame), catalog, frame)
        question = budget.read(question, catalog, frame)
        question = _paid_amount(_money_staked(question, catalog, frame), catalog, frame)
        question = _outcome_most_often(_share_of_count(question, catalog, frame), catalog, frame)
        question = _units_of_things(_per_one_of(question, catalog, frame), catalog, frame)
        question = _which_end(_worth_of_units(question, catalog, frame), catalog, frame)
        question = _hardest(_in_or_out(_tip_share(question, catalog, frame), catalog, frame), catalog, frame)
        question = _for_its_size(question, catalog, frame)
        question = _often_as_rate(_usual_when(question), catalog, frame)
        question = _unmarked_left_out(_money_taken_home(question, catalog, frame), catalog, frame)
        question = _number_named(question, catalog, frame)
        question = _vague_group(_no_show(_been_to(question, catalog, frame), catalog, frame), catalog, frame)
        question = arithmetic.read(question, catalog, frame, memory)
        question, least = group_minimum(question, catalog, frame)
        question = _total_over_averages(question, catalog, frame)
        unsure = ambiguous(question, catalog, frame)
        # ("how much did tickets bring in" of two ticket counts, each beside its price: the money kind's)
        priced = unsure and kinds.money.match(kinds.Context(question, catalog, frame)) is not None
        whole = question if priced else _total_of_parts(question, unsure, catalog, frame)
        if whole != question:  # (read again only when a Total, or the parts' sum, was put in for the parts)
            question = arithmetic.read(whole, catalog, frame, memory)
            unsure = ambiguous(question, catalog, frame)
        plain = kinds.Context(question, catalog, frame)
        # a family of like columns ranked, or "who won the most" of a winners' column: nothing to ask
        if (
            unsure
            and kinds.siblings.match(plain) is None
            and kinds.stacked.match(plain) is None
            and kinds.numbered.match(plain) is None  # "average game" of Game 1, Game 2, Game 3: all of them
            and kinds.best_group.won_most(plain) is None
            and kinds.same_value.match(plain) is None  # "the team that wins the toss": toss_winner and winner
            and kinds.team_record.match(plain) is None  # "which team scored the most": home and away together
            # ("total revenue" of Tacos Sold and Burritos Sold beside Orders and an Avg Ticket: the money's own)
            # (priced: read just above, of this same question)
            and not (priced or (unsure[0][0].lower() in _MONEY_SAID and kinds.money.match(plain) is not None))
            # "trip time" of two timestamps: the time from one to the other
            and not (all(c.is_date for c in unsure[0][1]) and kinds.missing.match(plain) is not None)
        ):
            word, columns = unsure[0]
            names = ", ".join(c.name for c in columns[:-1]) + f" or {columns[-1].name}"
            return OfflineAnswer(
                f'Which column do you mean by "{word}": {names}? Several columns of {frame} '
                "fit that word equally well; name the one you want.",
                memory,
            )
        several = several_named(question, catalog, frame)
        if several is not None:
            said, values, column = several
            listed = ", ".join(values[:-1]) + f" or {values[-1]}"
            return OfflineAnswer(
                f'Which one do you mean by "{said}": {listed}? Several values of {column} start that way; '
                "say the one you want.",
                memory,
            )
        bounded = _bound_on_last_measure(question, memory, catalog, frame)
        if bounded is not None:  # before the kinds: "how many days was multnomah over 100" is a bound, not days
            return self._respond(bounded, profiles, given)
        recent = memory.get("kind_turn") == memory["turn"] - 1
        general = memory.get("last") if not recent and isinstance(memory.get("last"), dict) else None
        found = kinds.match(
            kinds.Context(question, catalog, frame, memory.get("kind_last"), recent=recent, general=general)
        )
        if isinstance(found, str):
            return OfflineAnswer(found, memory)
        if found is not None:
            found.least = least if found.group else None
            _whole_rows(found, catalog)
            among = _listed_scope(question, memory, found.group)
            if among is not None:  # "which of those has the best rating?" after a top 5: only those five
                found.left_out.append([among[0], "in", among[1]])
            memory["kind_last"] = memory["kind_now"] = found.to_dict()
            memory["kind_turn"] = memory["turn"]
            cell = _derived(_kind_cell(found, catalog), catalog, found.frame, numbers=True)
            title = cell.splitlines()[0].lstrip("# ")
            if live:
                cell = _live(cell, {"kind": found.to_dict()}, catalog, memory)
            return OfflinePlan(cell, memory, title)
        if recent and isinstance(memory.get("kind_last"), dict):
            last = _kind_as_request(memory["kind_last"], catalog) or last
        hints: Hints = parse(question, catalog, frame)
        if hints.out_of_scope:
            return OfflineAnswer(_scope_text(), memory)
        if hints.greeting or (hints.help and not hints.mentions):
            thanks = re.match(r"\s*(?:thanks?|thank\s+you|cheers)\b", question, re.IGNORECASE)
            opening = "You're welcome. " if thanks else ("Hello. " if hints.greeting else "")
            return OfflineAnswer(opening + _help_text(catalog), memory)
        if hints.unresolved:
            names = ", ".join(c.name for c in catalog.numeric(frame))
            return OfflineAnswer(
                f'Which column should be {hints.unresolved[0]}? Name it, for example "rows where '
                f'<column> {hints.unresolved[0]}". Numeric columns in {frame}: {names}.',
                memory,
            )
        unknown = hints.unknown
        if (
            unknown is None
            and not hints.mentions
            and memory.get("unknown_turn") == memory["turn"] - 1
            and re.match(r"\W*(?:and|what\s+about|how\s+about|now|then)\b", question, re.IGNORECASE)
        ):
            unknown = hints.unknown = memory.get("unknown")  # "and the highest?" after "lowest turnout": still none
        generic = generic_measure(catalog, frame)
        if unknown and generic is not None and not any(m.column.numeric for m in hints.mentions):
            spot = re.search(re.escape(unknown), question, re.IGNORECASE)
            if spot:  # "median emissions per country" where the one measure is called value: that measure
                question = question[: spot.start()] + generic.name + question[spot.end() :]
                hints = parse(question, catalog, frame)
                unknown = hints.unknown
        done = unknown and re.search(
            rf"^\W*(?:and\s+)?how\s+much\b.*\b(?:did|do|does|have|has)\s+(?:we|i|you|they)\s+{re.escape(unknown)}\b",
            question,
            re.IGNORECASE,
        )
        amounts = _summed_amounts(catalog, frame) if done else []
        if len(amounts) > 1 and unknown:  # "how much did we sell": of Sold Price and Artist Payout, the one sold
            forms = {unknown.lower(), *(p for p, v in IRREGULAR.items() if v == unknown.lower())}
            forms |= {"sale"} if unknown.lower() in ("sell", "sold") else set()
            sold = [c for c in amounts if set(c.stems) & forms]
            if len(sold) == 1:
                question = re.sub(rf"\b{re.escape(unknown)}\b", f"take in as {sold[0].name}", question, count=1)
                return self._respond(question, profiles, given)
        if done and len(amounts) == 1:
            # "how much whole blood did we collect": the verb names the one amount that adds up, not a column
            unknown = hints.unknown = None
        if unknown and not any(m.column.numeric for m in hints.mentions):
            memory["unknown"], memory["unknown_turn"] = unknown, memory["turn"]
            names = ", ".join(c.name for c in catalog.of(frame))
            return OfflineAnswer(
                f'I see no column called "{hints.unknown}" in {frame}, so I have not guessed one.\n\n'
                f"Which of its columns do you mean: {names}?",
                memory,
            )
        req = build_request(hints, catalog, frame, last)
        sides = [f for f in hints.filters if f["op"] == "in" and isinstance(f["value"], list) and len(f["value"]) >= 2]
        if isinstance(req, str) and len(sides) == 1 and re.search(r"\bvs\.?(?!\w)|\bversus\b", question, re.I):
            # "men vs women - how many deaths each?": each of the two sides said is a group
            hints = parse(f"{question.rstrip(' ?.!')} by {sides[0]['column']}", catalog, frame)
            req = build_request(hints, catalog, frame, last)
        if req is None:
            earned = _money_made(question, catalog, frame)
            if earned is not None:  # "how much money did we take in": the one amount of money, added up
                return self._respond(earned, profiles, given)
            return OfflineAnswer(_unclear_text(catalog, frame), memory)
        lone = lone_measure(catalog, frame)
        if req == "measure" and lone is not None and not question.endswith(f" by {lone.name}?"):
            # "best month for income?" of a file with one amount (Received): by that amount, nothing to ask
            return self._respond(f"{question.rstrip(' ?.!')} by {lone.name}?", profiles, given)
        if req == "measure":  # "which route is the worst?": worst by what is the person's to say
            nums = ", ".join(c.name for c in catalog.numeric(frame) if not c.id_like and not c.time) or "none"
            memory["pending_measure"] = question  # "by revenue" next answers this question
            return OfflineAnswer(
                f"Best or worst by which measure? Name the one you mean.\n\nNumeric columns in {frame}: {nums}.",
                memory,
            )
        if isinstance(req, str):
            labels = ", ".join(c.name for c in catalog.of(frame) if c.categorical or c.time) or "none"
            return OfflineAnswer(
                f"Per which column should I group?\n\nLabel and date columns in {frame}: {labels}.", memory
            )
        _scoped_there(req, question, memory, recent)
        _scoped_those(req, question, memory, recent)
        _scoped_winner(req, question, memory, catalog)
        among = _listed_scope(question, memory, req.x)
        if among is not None and not any(f["column"] == among[0] for f in req.filters):
            req.filters.append({"column": among[0], "op": "in", "value": among[1], "part": None})
        if (
            req.intent == "groupby"
            and req.y is None
            and req.agg in ("mean", "median")
            and not _COUNTED.search(question.lower())
        ) and lone is not None:
            req.y = lone.name  # "average gift for each way of giving" of a file with one amount: that amount
        elif (
            req.intent == "groupby"
            and req.y is None
            and req.agg in ("mean", "median")
            and not _COUNTED.search(question.lower())
        ):  # "the average by branch": of which measure is the person's to say (not "tenancies per month")
            nums = ", ".join(c.name for c in catalog.numeric(frame) if not c.id_like and not c.time) or "none"
            return OfflineAnswer(
                f"The {AGG_WORDS[req.agg]} of which column, per {req.x}?\n\nNumeric columns in {frame}: {nums}.",
                memory,
            )
        if req.x is not None and req.intent in ("groupby", "top", "extreme"):
            req.least = least
        if req.intent == "top" and req.y is None and req.x is None:
            # "top 10 universities in 2015": ranked by the table's own rank, where 1 is the top
            ranks = [c for c in catalog.numeric(req.frame) if c.stems and c.stems[-1] == "rank" and not c.id_like]
            if len(ranks) > 1:
                ranks = [c for c in ranks if len(c.stems) == 1 or c.stems[0] in ("world", "overall", "global")]
            if len(ranks) == 1:
                req.y, req.order = ranks[0].name, "max" if req.order == "min" else "min"
        axes = [catalog.get(req.frame, n) for n in (req.y, req.x)]
        spread = req.intent == "chart" and req.chart in ("hist", "box") and not any(a and a.numeric for a in axes)
        sorts = [m.column for m in hints.mentions if m.column.categorical and not catalog.names_rows(m.column)]
        spread_of = sorts[0] if spread and sorts else None
        if spread_of is not None:
            # "the distribution of AQI Category": how the rows fall into its labels, counted and as shares
            shares = kinds.KindRequest(frame=req.frame, group=spread_of.name, agg="share", share=True, kind="shares")
            memory["kind_last"] = memory["kind_now"] = shares.to_dict()
            memory["kind_turn"] = memory["turn"]
            cell = _derived(_kind_cell(shares, catalog), catalog, shares.frame, numbers=True)
            return OfflinePlan(cell, memory, cell.splitlines()[0].lstrip("# "))
        y_now = catalog.get(req.frame, req.y) if req.y else None
        if (
            req.intent == "stat"
            and (y_now is None or not y_now.numeric)
            and req.agg in ("sum", "mean", "median")
            and lone is not None
        ):
            # "how much have i made on ko-fi overall", "total donated in 2023" (not DonationType): the one amount
            req.y = lone.name
        elif (
            (req.intent == "stat" and req.agg == "sum")
            or (req.intent == "rows" and req.agg in (None, "count"))
            # ("how much did highway lessons make": no chart asked for, the one amount added up)
            or (req.intent == "chart" and not hints.chart and not hints.plot and req.agg is None)
        ) and (
            y_now is None
            and re.match(r"\W*(?:and\s+)?how\s+much\b", question, re.I)
            and len(amounts := _summed_amounts(catalog, req.frame)) == 1
        ):
            # "how much whole blood did we collect in total": the one amount that adds up (Volume (mL)), not an
            # Age or a Hemoglobin level beside it; "how much came in during 2024" of a giving log's Amount
            req.intent, req.x, req.y, req.agg, req.chart = "stat", None, amounts[0].name, "sum", None
        elif (
            req.intent in ("extreme", "groupby", "top")
            and req.agg == "count"
            and req.y is None
            and plain_totals(catalog.of(frame), set())
            and (amounts := _summed_amounts(catalog, frame))
        ):
            # "which month had the most yard waste" of a hauler report with TOTAL rows: each row is already a sum
            # (tons of a material, a month, a hauler), so its first amount is added up, not the rows counted
            req.y, req.agg = amounts[0].name, "sum"
        elif req.intent == "stat" and y_now is not None and not y_now.numeric and req.agg in ("sum", "mean", "median"):
            # "whats the average claim" of Damage Claim (Yes/No) beside Claim Amount: the amount the word names
            said_as = {stem(m.word.lower()) for m in hints.mentions if m.column == y_now}
            amounts = [
                c for c in catalog.numeric(req.frame) if not c.id_like and not c.is_date and said_as & set(c.stems)
            ]
            if len(amounts) == 1:
                req.y = amounts[0].name
        if req.intent == "correlation" or (req.intent == "chart" and req.chart == "scatter"):
            # "do bigger schools serve more paid meals": the schools named, so a DISTRICT TOTAL row is none of them
            # (not "per country and year", where the Grand Total rows are the ones asked about)
            for name, total in plain_totals(catalog.of(req.frame), set()):
                if any(m.column.name == name for m in hints.mentions) and not any(
                    f["column"] == name for f in req.filters
                ):
                    req.filters.append({"column": name, "op": "!=", "value": total, "part": None})
        _rows_in_total(req, catalog, question)
        problem = _check(req, catalog, question)
        if problem:
            return OfflineAnswer(problem, memory)
        memory["previous"] = memory.get("last")  # restored if this request fails for good
        memory["last"] = req.to_dict()
        memory["last_turn"] = memory.get("turn", 0)
        code = _derived(_program(req, catalog, memory), catalog, req.frame)
        if live:
            code = _live(code, {"request": req.to_dict()}, catalog, memory)
        return OfflinePlan(code, memory, describe(req))

    def _summarize(
        self,
        question: str,
        plan: OfflinePlan,
        result: dict[str, Any] | None,
        error: dict[str, Any] | None,
        profiles: list[dict[str, Any]],
        attempt: int,
    ) -> OfflinePlan | OfflineAnswer:
        memory = copy.deepcopy(plan.memory)
        live = memory.pop("interactive_now", None)
        if live and live.get("redraw"):
            return OfflineAnswer(_redraw_answer(live, memory, result, error), memory)
        if memory.get("kind_now"):
            kreq = kinds.KindRequest.from_dict(memory["kind_now"])
            if result is not None:
                used = [kreq.y, kreq.column, kreq.group, kreq.group2, *(c for c, _ in kreq.where)]
                note = _clock_note(used, kreq.frame, profiles)
                offer = interactive.remember(memory, kind=kreq.to_dict())
                end = interactive.closing(result, live) if live else f"\n\n{offer}" if offer else ""
                text = _with_left_out(kinds.KINDS[kreq.kind].answer(kreq, result), kreq) + spending.note(memory)
                text = _clock_figures(text, kreq.y, kreq.frame, profiles)
                # a ranking of groups leaves its winner for "how much is that a month?" next
                ranked = kreq.kind == "best_group" or (kreq.kind == "money" and not kreq.period)
                _remember_winner(memory, kreq.group if ranked else None, kreq.order, result)
                return OfflineAnswer(text + note + end, memory)
            error = error or {}
            memory.pop("kind_now", None)
            memory.pop("kind_last", None)
            said = f"{error.get('ename', 'NoResult')}: {error.get('evalue', '')}".strip(": ")
            return OfflineAnswer(f"That computation failed; the kernel said: {said}. {GEMINI_HINT}", memory)
        req = Request.from_dict(memory.get("last") or {"intent": "overview"})
        if result is not None:
            note = _clock_note([req.x, req.y, *req.columns, *(f["column"] for f in req.filters)], req.frame, profiles)
            offer = interactive.remember(memory, request=req)
            end = interactive.closing(result, live) if live else f"\n\n{offer}" if offer else ""
            memory["listed"] = _listing(req, {**memory.get("static", {}), **result}, memory.get("turn"))
            if req.intent == "extreme" and result.get("mode") != "rows" and req.x and not req.period:
                winner = result.get("winner") or []
                memory["winner"] = [req.x, winner[0], memory.get("turn")] if winner else None
            top = (result.get("winner") or [None])[0]
            # a date column ranked as it is: its winner is a day, written as an ISO date in the result
            dated = not req.period and bool(re.match(r"\d{4}-\d{2}-\d{2}", str(top)))
            if req.intent == "extreme" and (req.period in ("Y", "M", "D") or dated) and result.get("winner"):
                # "which year had the most releases?" then "... from that year": the year it named
                memory["winner_period"] = [req.period or "D", str(result["winner"][0]), memory.get("turn")]
            said = answer_text(req, {**memory.pop("static", {}), **result}) + spending.note(memory)
            # a length averaged, ranked or described (a histogram's mean and median): said in minutes and as h:mm:ss
            measured = req.intent in ("stat", "extreme", "top", "groupby") and req.agg not in ("count", None)
            if measured or (req.intent == "chart" and req.chart == "hist"):
                said = _clock_figures(said, req.y, req.frame, profiles)
            return OfflineAnswer(said + note + end, memory)
        error = error or {}
        ename = str(error.get("ename") or "NoResult")
        evalue = str(error.get("evalue") or ("the code displayed no result" if ename == "NoResult" else ""))
        repairable = ename not in _NOT_REPAIRABLE and not evalue.startswith(NOT_ENOUGH) and req.repair < 2
        catalog = Catalog.from_profiles(profiles) if profiles else None
        if catalog is not None:
            arithmetic.restore(catalog, memory)
            bands.restore(catalog, memory)
            defined.restore(catalog, memory)
            spending.restore(catalog, memory)
        if catalog is None or req.frame not in catalog.frames or not repairable or attempt >= MAX_ATTEMPTS:
            # A request that failed for good is not built on: follow-ups start from the one before it.
            memory["last"] = memory.pop("previous", None)
            if memory["last"] is None:
                del memory["last"]
            return OfflineAnswer(_failure_text(req, ename, evalue, attempt), memory)
        fixed = _simplify(req, catalog)
        memory["last"] = fixed.to_dict()
        how = "converting the columns to numbers" if fixed.repair == 1 else "a simpler version"
        cell = _derived(_program(fixed, catalog, memory), catalog, fixed.frame)
        return OfflinePlan(cell, memory, f"{describe(fixed)} (retry {attempt + 1}: {how})")


_BARE_BOUND = re.compile(
    r"\b(?:over|under|above|below|more\s+than|less\s+than|at\s+least|at\s+most)\s+\d[\d,]*(?:\.\d+)?k?\W*$", re.I
)


def _bound_on_last_measure(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str | None:
    """The question with the last turn's measure before a bound that names no column, or None.

    "How many were still under 50 in 2007?" after a question about lifeExp: that measure's bound.
    """
    if not re.search(r"\d", question):
        return None  # a bound says a number: no second parse of every other question
    hints = parse(question, catalog, frame)
    unresolved = hints.unresolved or hints.reached  # (a bound one column alone reaches: the last measure first)
    daily = re.search(r"\bhow\s+many\s+days\b", question, re.I) is not None
    bare = _BARE_BOUND.search(question)
    if not unresolved and daily and bare is not None:
        unresolved = [bare.group()]  # ("over 2000" of a day's calories reads like a year to the parser)
    if not unresolved:
        return None
    if any(
        m.column.numeric and not m.column.id_like and not m.column.time for m in find_mentions(question, catalog, frame)
    ):
        return None  # "more than 10 mm of rain": a measure is named, the kinds read which one the bound is on
    # "how many days was i over 2000" after daily calories: a day's total of what a log adds up, beyond any row's
    prior = _last_measure(memory, catalog, frame, unresolved[0], daily)
    if prior is None or prior in question or unresolved[0] not in question:
        return None
    return question.replace(unresolved[0], f"{prior} {unresolved[0]}", 1)


def _last_turn(memory: dict[str, Any]) -> tuple[Any, Any]:
    """The request of a kind the last turn made (or None), and the last request either way (a kind's first)."""
    kind = memory.get("kind_last") if memory.get("kind_turn") == memory["turn"] - 1 else None
    return kind, kind or memory.get("last")


def _measure_of(kind: Any, last: Any) -> Any:
    """The measure a last request was about: its y, or the column a filtered kind bounded ("in range, 70 to 180")."""
    if not isinstance(last, dict):
        return None
    return last.get("y") or (last.get("column") if kind and last.get("kind") == "filtered" else None)


def _last_measure(memory: dict[str, Any], catalog: Catalog, frame: str, bound: str, daily: bool = False) -> str | None:
    """The measure the last turn was about, when the bound said now fits its range ("still under 50").

    When days are counted (`daily`), a day's total of a measure that adds up over a day (calories eaten) too.
    """
    name = _measure_of(*_last_turn(memory))
    column = catalog.get(frame, name) if isinstance(name, str) else None
    said = re.search(r"-?\d+(?:\.\d+)?", bound.replace(",", ""))
    if column is None or not column.numeric or column.id_like or said is None:
        return None
    value = float(said.group())
    summed = daily and (column.additive or bool(set(column.stems) & EATEN)) and value >= (column.low or 0)
    if column.low is not None and column.high is not None and not column.low <= value <= column.high and not summed:
        return None
    return column.name


_OF_LISTED = re.compile(
    r"\b(?:which|who|what)\s+(?:one\s+)?of\s+(?:those|them|these|the\s+top\s+\d+)\b|\bamong\s+(?:those|them|these)\b",
    re.I,
)


def _listing(req: Request, result: dict[str, Any], turn: Any) -> list[Any] | None:
    """The labels a top list named (its column, its labels, the turn), for "which of those ..." next."""
    if req.intent != "top" or req.period:
        return None
    if result.get("mode") == "rows":  # the rows themselves: each label column's values on them
        rows = [r for r in result.get("rows") or [] if isinstance(r, dict)]
        columns = {k for r in rows for k, v in r.items() if isinstance(v, str)}
        return [None, {k: [r.get(k) for r in rows] for k in columns}, turn] if rows else None
    labels = [row[0] for row in result.get("table") or [] if isinstance(row, list | tuple) and row]
    return [req.x, labels, turn] if labels and req.x else None


_OF_THOSE_ROWS = re.compile(r"\b(?:which|who|what)\s+(?:one\s+)?of\s+(?:those|them|these)\b", re.I)


def _those_of_kind(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """Those rows again: "which of those has the biggest estimate" after "how many vendors are still pending".

    The last turn's kind kept its rows by values of labels (Status = Pending); the question picks among them, so
    each value is said again. Not after a top list, whose labels are the scope (`_listed_scope`).
    """
    kind, _ = _last_turn(memory)
    listed = memory.get("listed")
    if not isinstance(kind, dict) or not _OF_THOSE_ROWS.search(question):
        return question
    if listed and listed[2] == memory.get("turn", 0) - 1:
        return question
    kept = [[c, v] for c, v in kind.get("where") or [] if isinstance(v, str)]
    kept += [[c, v] for c, op, v in kind.get("left_out") or [] if op == "==" and isinstance(v, str)]
    said = [
        v
        for c, v in kept
        if (column := catalog.get(frame, c)) is not None and column.categorical and v.lower() not in question.lower()
    ]
    counted = kind.get("column") if kind.get("kind") == "distinct" else None
    if isinstance(counted, str) and catalog.get(frame, counted) is not None:
        # ("which of those" after "how many vendors": which vendor)
        question = re.sub(r"\b(which|who|what)\s+(?:one\s+)?of\s+", rf"\1 {counted} of ", question, count=1, flags=re.I)
    return question + "".join(f" for {v}" for v in said)


def _listed_scope(question: str, memory: dict[str, Any], group: str | None) -> tuple[str, list[Any]] | None:
    """The last top list's column and labels, when the question picks among them and ranks the same things."""
    listed = memory.get("listed")
    if not listed or listed[2] != memory.get("turn", 0) - 1 or not _OF_LISTED.search(question):
        return None
    if listed[0] is None:  # rows listed: the one the question ranks by ("which of those": its model)
        return (group, listed[1][group]) if group is not None and group in listed[1] else None
    return (listed[0], listed[1]) if group in (None, listed[0]) else None


def _remember_winner(memory: dict[str, Any], group: str | None, order: str, result: dict[str, Any]) -> None:
    """The group a ranking put first (for "what's their total wage bill?" next), or nothing."""
    values = result.get("values")
    if not group or not isinstance(values, dict) or not values:
        memory["winner"] = None
        return
    # a group whose figure is missing (every value of it unknown) ranks nowhere
    labels = [k for k, v in values.items() if v is not None and not (isinstance(v, float) and v != v)] or list(values)
    memory["winner"] = [group, labels[0] if order != "min" else labels[-1], memory.get("turn")]


# "what's their total wage bill?", "how much money did it bring in?", "median price for those": the last winner
# ("it" as in "how long does it take", "is it worth" points at nothing)
_WINNER_WORD = re.compile(
    r"\b(?:their|its|them|those|that\s+one|this\s+one)\b"
    r"|\bof\s+(?:theirs|his|hers)\b"  # "how many of theirs got rained out": the winner's own rows
    r"|\b(?:from|in|at)\s+there\b"  # "channels from there": the place the last answer named
    # "how much money in fines did that bring in?": the winner as the one who did it
    r"|\b(?:did|does|do)\s+(?:that|this)\s+(?:bring|make|earn|generate|collect|raise|cost|get|take|sell|score|win)\b"
    r"|\b(?:that|this)\s+(?:brought|made|earned|generated|collected|raised)\b"
    r"|(?<!\bare\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bwas\s)\bthere\s*[?.!]*\s*$"  # "the avg salary there"
    # "how many times?" right after "what kind of action got me the most ap": the winner's rows
    r"|^\W*(?:and\s+|ok\s+|so\s+)?how\s+(?:many\s+times|often)(?:\s+(?:was\s+that|did\s+i\s+do\s+that))?\W*$"
    r"|\b(?:it|they)\b(?!\s+(?:take|takes|took|taking|usually|typically|normally|generally|last|lasts|cost|costs"
    r"|mean|means|matter|seem|seems|look|looks|worth|true|possible|likely|better|worse|go|goes|went)\b)(?<!\bis it)"
)
# "how much is that a month on average" after "what do i spend the most on": the winner's money, per month
_THAT_PER = re.compile(r"\bhow\s+much\s+(?:is|was)\s+(?:that|this)\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b")
_NEW_RANKING = re.compile(r"\b(?:which|who|what)\s+[a-z]+\s+(?:has|had|have|is|was|got|gets)\b|\bby\b|\bper\b|\beach\b")


_IT = re.compile(
    r"\b(?:plot|chart|graph|draw|show)\s+(?:it|that)\b|\b(?:did|does|was|is)\s+it\s+(?:peak|top\s+out|bottom\s+out|"
    r"highest|lowest|worst|best)\b|\bwhen\s+was\s+it\s+(?:highest|lowest|worst|best)\b"
    r"|\b(?:most|least)\s+of\s+it\b"  # "which department got the most of it?"
)


_THAT_PERIOD = re.compile(
    r"\b(?:in\s+|during\s+|for\s+|on\s+)?(?:that|the\s+same)\s+(?P<unit>month|year|quarter|day|date)\b", re.I
)


def _that_period(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """The month or year the last turn was narrowed to, said for "that month" ("... the most views that month?")."""
    said = _THAT_PERIOD.search(question)
    if said is None:
        return question
    unit = said["unit"].lower()
    _, last = _last_turn(memory)
    if not isinstance(last, dict) or last.get("frame") != frame:
        return question
    words = []
    for f in last.get("filters") or []:
        part, value = f.get("part"), f.get("value")
        if f.get("op") != "==" or not isinstance(value, int):
            continue
        column = catalog.get(frame, f.get("column"))
        if part == "month" and unit == "month" and 1 <= value <= 12:
            words.append(MONTHS[value - 1].capitalize())
        elif (part == "year" or (part is None and column is not None and column.year_like)) and unit in (
            "year",
            "month",
        ):
            words.append(str(value))
    for c, value in last.get("where") or []:
        column = catalog.get(frame, c)
        if column is not None and column.year_like and isinstance(value, int):
            words.append(str(value))
    top = memory.get("winner_period")
    if not words and isinstance(top, list) and len(top) == 3 and top[2] == memory["turn"] - 1:
        period, label = top[0], top[1]
        if period == "Y" and unit == "year" and re.fullmatch(r"\d{4}", label[:4]):
            words.append(label[:4])
        elif period == "M" and unit == "month" and re.fullmatch(r"\d{4}-\d{2}", label[:7]):
            words.append(f"{MONTHS[int(label[5:7]) - 1]} {label[:4]}")
        elif period == "D" and unit in ("day", "date") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", label[:10]):
            # "the busiest date ... the avg delivery time on that day": that one date
            return question[: said.start()] + "on " + str(label)[:10] + question[said.end() :]
    won = memory.get("winner")
    if not words and unit == "year" and isinstance(won, list) and len(won) == 3 and won[2] == memory["turn"] - 1:
        years = catalog.get(frame, str(won[0]))
        if years is not None and years.year_like and re.fullmatch(r"\d{4}", str(won[1])):
            words.append(str(won[1]))  # "which year had the most sets", then "how many came out that year"
    if not words:
        return question
    return question[: said.start()] + "in " + " ".join(words) + question[said.end() :]


def _it_measure(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """The last turn's measure, on the rows it was narrowed to: "plot it over the year - when did it peak?".

    A bound counted last ("days Multnomah was over 100") leaves its measure (AQI) and its rows (Multnomah).
    """
    if not _IT.search(question.lower()):
        return question
    if any(
        m.column.numeric and not (m.column.year_like or m.column.is_date)
        for m in find_mentions(question, catalog, frame)
    ):
        return question
    kind, last = _last_turn(memory)
    if not isinstance(last, dict) or last.get("frame") != frame:
        return question
    measure = _measure_of(kind, last)
    column = catalog.get(frame, measure) if isinstance(measure, str) else None
    if column is None or not column.numeric or column.id_like:
        return question
    narrowed = (
        [v for _, v in last.get("where") or []]
        if kind
        else [f["value"] for f in last.get("filters") or [] if f.get("op") == "==" and f.get("part") is None]
    )
    said = [str(v) for v in narrowed if isinstance(v, str) and v.lower() not in question.lower()]
    # "which department got the most of it?" after a total: the most of that total
    if last.get("agg") == "sum":
        question = re.sub(r"\b(most|least)\s+of\s+it\b", r"\1 total it", question, count=1, flags=re.I)
    text = re.sub(r"\bit\b", column.name, question, count=1)
    return f"{text.rstrip(' ?.!')} for {' and '.join(said)}?" if said else text


_SHARE_OF_THAT = re.compile(
    r"\b(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction|part)\s+of\s+(?:that|it|this|those|them)\b",
    re.I,
)


def _share_of_that(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """A share of the last sum ("what share of that came in on cards" of Cash Collected + Card Sales): its part.

    The share is the named part's total over the sum's, on the rows the question says.
    """
    said = _SHARE_OF_THAT.search(question)
    if said is None:
        return question
    kind, last = _last_turn(memory)
    measure = _measure_of(kind, last)
    column = catalog.get(frame, measure) if isinstance(measure, str) else None
    if isinstance(kind, dict) and kind.get("kind") == "two_measures" and kind.get("op") == "together":
        parts = [str(kind["y"]), str(kind["column"])]  # "coins and cards altogether": the two totals added
        whole = f"({' + '.join(parts)})"
    elif column is not None and summed_parts(column):
        parts, whole = summed_parts(column), column.name
    else:
        return question
    named = {m.column.name for m in find_mentions(question[said.end() :], catalog, frame) if m.column.name in parts}
    if len(named) != 1:
        return question
    return f"{question[: said.start()]}what is {named.pop()} as a % of {whole}"


# "which country had the highest in 2021", "and the lowest?": a superlative with no measure after it
_BARE_TOP = re.compile(
    r"\b(?:the\s+)(?P<w>highest|lowest|largest|smallest|biggest|greatest)\b(?:\s+(?:average|avg|mean|median|total))?"
    r"(?=\s*(?:[?.!,]|$|\b(?:in|for|of|among|on|at|during|since|before|after|then|now|ever|overall)\b))",
    re.I,
)


def _bare_superlative(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """The measure of a bare "the highest": the last turn's, else the frame's one measure (OWID's one column)."""
    said = _BARE_TOP.search(question)
    if re.match(r"\W*(?:and|what\s+about|how\s+about|who)\b", question, re.I) and len(question.split()) <= 5:
        return question  # "and the lowest?", "who has the highest?": follow-ups of the last ranking, read as such
    if said is None or biggest_group(question, catalog, frame) != question:
        return question  # "which department is the biggest": the one with the most rows
    mentions = find_mentions(question, catalog, frame)
    if any(m.column.numeric and not (m.column.year_like or m.column.is_date) for m in mentions):
        return question
    kind, last = _last_turn(memory)
    measure = _measure_of(kind, last) if isinstance(last, dict) and last.get("frame") == frame else None
    column = catalog.get(frame, measure) if isinstance(measure, str) else None
    if column is None:
        measures = [
            c for c in catalog.of(frame) if c.numeric and not (c.id_like or c.year_like or c.is_date or c.formula)
        ]
        column = measures[0] if len(measures) == 1 else None
    if column is None or not column.numeric:
        return question
    return f"{question[: said.end()]} {column.name}{question[said.end() :]}"


_EACH_GROUP = re.compile(
    r"\b(?:for|in|by|per|across|of)\s+(?:each|every|the|both|all|these|those|the\s+two)\s+groups?\b|\bby\s+groups?\b",
    re.I,
)


def _each_group(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """The label the last turn split its rows by, for "for each group" when no column is called group."""
    said = _EACH_GROUP.search(question)
    if said is None or any("group" in c.stems for c in catalog.of(frame)):
        return question
    kind, last = _last_turn(memory)
    if not isinstance(last, dict) or last.get("frame") != frame:
        return question
    names = [last.get("group"), last.get("column")] if kind else [last.get("x")]
    column = next(
        (c for c in (catalog.get(frame, n) for n in names if isinstance(n, str)) if c and c.categorical), None
    )
    if column is None:
        return question
    return question[: said.start()] + f"by {column.name}" + question[said.end() :]


_COMPASS = re.compile(
    r"\b(?:(?:furthest|farthest|most|far(?:thest)?)\s+(?P<dir>north|south|east|west)(?:ern|wards?)?"
    r"|(?P<most>north|south|east|west)ernmost)\b",
    re.I,
)


def _compass(question: str, catalog: Catalog, frame: str) -> str:
    """The highest or lowest latitude for "the furthest north", "southernmost" (east and west: longitude)."""
    said = _COMPASS.search(question)
    if said is None:
        return question
    way = (said.group("dir") or said.group("most")).lower()
    wanted = ("lat", "latitude") if way in ("north", "south") else ("lng", "lon", "long", "longitude")
    axis = [c for c in catalog.numeric(frame) if set(c.stems) & set(wanted) and len(c.significant) <= 2]
    if len(axis) != 1:
        return question
    word = "highest" if way in ("north", "east") else "lowest"
    return question[: said.start()] + f"{word} {axis[0].name}" + question[said.end() :]


_ORDINAL = re.compile(r"\b(?P<o>primary|main|first|1st|secondary|second|2nd|third|3rd)\s+(?P<w>[a-z]{3,})\b", re.I)
_ORDINAL_NUMBER = {"primary": 1, "main": 1, "first": 1, "1st": 1, "secondary": 2, "second": 2, "2nd": 2}
_ORDINAL_NUMBER |= {"third": 3, "3rd": 3}


def _numbered_column(question: str, catalog: Catalog, frame: str) -> str:
    """The column numbered as the ordinal says: "the primary type" of Type 1 and Type 2 ("secondary": Type 2)."""
    for said in _ORDINAL.finditer(question):
        word, number = stem(said.group("w").lower()), str(_ORDINAL_NUMBER[said.group("o").lower()])
        numbered = {c.name: c for c in catalog.of(frame) if re.fullmatch(rf"(?i){re.escape(word)}s?[\s_]*\d", c.name)}
        pick = [c for name, c in numbered.items() if name.endswith(number)]
        if len(numbered) >= 2 and len(pick) == 1:
            return question[: said.start()] + pick[0].name + question[said.end() :]
    return question


_TERM_SAID = re.compile(
    r"\b(?P<a>\d{1,2})(?:\s*/\s*(?P<b>\d{1,2}))?(?:\s*(?:and|&|,)\s*(?P<c>\d{1,2}))?[\s-]*"
    r"(?:years?|yrs?|y)?(?:[\s-]*(?:fixed|arm|adjustable))?(?:\s+(?:rates?|mortgages?|loans?|ones?))?\b",
    re.I,
)


def _number_named(question: str, catalog: Catalog, frame: str) -> str:
    """Like columns told apart by a number, named by it: "the 30 year rate" of pmms30 beside pmms15 and pmms51.

    A term said "5/1 arm" is the digits run together (pmms51); "the 15 and 30 year rates" names both.
    """
    numbered: dict[str, dict[str, str]] = {}
    for c in catalog.of(frame):
        m = re.fullmatch(r"(?P<head>[A-Za-z_]*?[A-Za-z])_?(?P<n>\d{1,2})(?:_?(?:yrs?|years?|y))?", c.name.strip())
        if c.numeric and m:
            numbered.setdefault(m["head"].lower(), {})[m["n"]] = c.name
    family = next((names for names in numbered.values() if len(names) >= 2), None)
    if family is None or len(numbered) != 1:
        return question

    def named(m: re.Match[str]) -> str:
        said = m.group()
        if not re.search(r"(?i)\d\s*(?:years?|yrs?|y\b)|/|\barm\b|\bfixed\b", said):
            return said  # a bare number ("over 5"): a bound, not a column
        keys = [m["a"] + m["b"]] if m["b"] else [k for k in (m["a"], m["c"]) if k]
        if not all(k in family for k in keys):
            return said
        return " and ".join(family[k] for k in keys) + " "

    return _TERM_SAID.sub(named, question)


# (a sales ledger's Description names its products: "top 5 products", "which product sold the most")
_VAGUE_LABELS = frozenset({"item", "type", "category", "kind", "class", "group", "variety", "commodity", "description"})
# "which crop has", "what crop gave"; "by crop", "per crop?" (the noun ends the phrase: not "by main fur colour")
_WHICH_NOUN = re.compile(
    r"\b(?:which|what)\s+(?P<noun>[a-z]{3,})\s+(?:has|had|have|is|was|gets|got|gives|gave|shows|showed|produces"
    r"|produced|yields|yielded|grows|earns|earned|sells|sold)\b"
    r"|\b(?:each|per|every|by)\s+(?P<noun2>[a-z]{3,})(?=\s*(?:[?.!,;]|$|\s+(?:in|for|from|over|and|with|since)\b))"
    r"|\b(?:top|bottom)\s+(?:\d+|ten|five|three)\s+(?:best[\s-]selling\s+|most\s+popular\s+)?(?P<noun3>[a-z]{3,})\b"
    r"(?=\s+(?:by|in|for)\b|\s*(?:[?.!,;]|$))",
    re.I,
)
# nouns that say what a row's place, time or person is: never the things a vague label lists
_NOT_THINGS = frozenset(
    {"country", "countries", "city", "cities", "state", "region", "place", "year", "month", "day", "week", "hour"}
    | {"time", "date", "season", "quarter", "decade", "person", "people", "one", "ones", "row", "rows", "record"}
    | {"kind", "sort", "way", "percentage", "percent", "share", "number", "value", "values", "column", "columns"}
    # ("best budtender by sales": money, what the groups are ranked by, never a label's values)
    | {"sales", "revenue", "money", "income", "profit", "spend", "spending", "earnings"}
)


_NOT_SHOWN = re.compile(
    r"\b(?:didn'?t|did\s+not|don'?t|do\s+not|doesn'?t|does\s+not|never|fail(?:ed|s)?\s+to)\s+(?:show|turn)(?:\s+up)?\b"
    r"|\bnot\s+(?:show|turn)\s+up\b",  # "how often do people not show up"
    re.I,
)


_BEEN_TO = re.compile(
    r"\b(?:have|has|had|did|do)\s+(?:i|we|you|they|he|she)\s+(?:actually\s+|really\s+)?"
    r"(?P<verb>been\s+to|gone\s+to|go\s+to|went\s+to|seen\s+live|see\s+live|saw\s+live|seen|see)\b"
    r"|\b(?:i|we)\s+(?:actually\s+|really\s+)?(?P<verb2>went\s+to|saw\s+live|go\s+to)\b",
    re.I,
)


def _been_to(question: str, catalog: Catalog, frame: str) -> str:
    """Going to an event ("how many gigs have i been to", "who have i seen live") as the rows a table marks gone to.

    Songkick's Attended yes/no, a festival planner's Went: only when one such column is there.
    """
    said = _BEEN_TO.search(question)
    if said is None:
        return question
    marks = [
        c
        for c in catalog.of(frame)
        if c.categorical and len(c.values) <= 3 and set(c.stems) & {"attended", "attend", "attendance", "went"}
    ]
    if len(marks) != 1:
        return question
    part = "verb" if said["verb"] else "verb2"
    return question[: said.start(part)] + "attended" + question[said.end(part) :]


def _no_show(question: str, catalog: Catalog, frame: str) -> str:
    """Not showing up ("didn't show up") said of a table with a No-show column: the rows it marks."""
    said = _NOT_SHOWN.search(question)
    if said is None or not any(re.search(r"(?i)\bno[\s_-]?show", c.name) for c in catalog.of(frame)):
        return question
    return question[: said.start()] + "were a no-show" + question[said.end() :]


_ONLY_PERIOD = re.compile(
    r"\W*(?:and|what\s+about|how\s+about|now|same)?\s*(?:for|in|during|over)?\s*(?:the\s+)?(?P<p>[\d'\s\-–]+?"
    r"(?:\s*(?:to|through|until)\s*[\d']+)?)\s*(?:period|years?)?\s*\W*",
    re.I,
)


def _period_again(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """After a question about one period of columns split by period, "and in 85-99?": that question, this period."""
    said = _ONLY_PERIOD.fullmatch(question)
    before = memory.get("period_asked")
    if said and isinstance(before, str) and PERIOD_SAID.fullmatch(said["p"].strip()):
        again = PERIOD_SAID.sub(said["p"].strip(), before)
        if period_columns(again, catalog, frame) != again:
            question = again
    if PERIOD_SAID.search(question) and period_columns(question, catalog, frame) != question:
        memory["period_asked"] = question
    return question


def _vague_group(question: str, catalog: Catalog, frame: str) -> str:
    """The one label under a vague name for a noun nothing else names: "which crop" of Item (Maize, Potatoes).

    FAO's Item, a product table's Category: people say what the values are, not the column's name.
    """
    vague = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and not c.id_like
        and c.stems
        and c.stems[-1] in _VAGUE_LABELS
        and len(c.stems) == 1  # "Item", "Type"; a VisitorType says whose type it is
        and (c.n_unique is None or c.n_unique >= 3)  # Movie / TV Show: a split, not things named by a noun
        and not catalog.names_rows(c)  # a talk's description, one per row: it names the rows, it groups nothing
    ]
    if len(vague) != 1:
        return _noun_in_values(question, catalog, frame)
    said = _unnamed_noun(question, catalog, frame, ("noun", "noun2", "noun3"))
    if said is None:
        return question  # the noun names a column or a value: nothing vague to fill
    return question[: said[0]] + vague[0].name + question[said[1] :]


def _unnamed_noun(question: str, catalog: Catalog, frame: str, parts: tuple[str, ...]) -> tuple[int, int, str] | None:
    """The span and word of the first thing noun `_WHICH_NOUN` finds (in one of `parts`) that names nothing.

    None when that noun names a column or a value, or when there is no such noun.
    """
    for m in _WHICH_NOUN.finditer(question):
        part = next((p for p in parts if m.group(p)), None)
        if part is None:
            continue
        noun = m.group(part).lower()
        if noun in _NOT_THINGS or stem(noun) in _NOT_THINGS or noun in STOP:
            continue
        if part == "noun2" and catalog.names_subject(frame, noun):
            continue  # "worth the most per donation" of donation_intake.csv: each row, not a group
        if find_mentions(noun, catalog, frame) or find_values(noun, catalog, frame, []):
            return None
        return m.start(part), m.end(part), noun
    return None


# Kinds of thing whose instances a label may list without saying so: "which language" of Babbel's Course
_INSTANCES: dict[str, frozenset[str]] = {
    "language": LANGUAGES,
    "country": COUNTRY_NAMES,
    "nation": COUNTRY_NAMES,
    "state": frozenset(US_STATES),
}


_USUAL_WHEN = re.compile(
    r"^(?P<ask>\W*(?:and\s+)?(?:what|which|at\s+what)\s+(?:time(?:\s+of\s+(?:the\s+)?day)?|hour(?:\s+of\s+(?:the\s+)?day)?"
    r"|day(?:\s+of\s+the\s+week)?|weekday|month|season)\s+(?:do|does|did)\b.*?)\s+"
    r"(?:usually|typically|normally|mostly|generally|tend\s+to)\s+(?P<rest>[^?]*?)\s*(?P<end>\??)\s*$",
    re.I,
)


def _usual_when(question: str) -> str:
    """The hour (day, month) when a thing is done "usually": "what time of day do people usually ring the bell"."""
    said = _USUAL_WHEN.match(question)
    if said is None or re.search(r"\b(?:most|least)\b", said["rest"], re.I):
        return question
    return f"{said['ask']} {said['rest']} the most{said['end']}"


_OFTEN_THAN = re.compile(r"\b(?P<dir>more|less)\s+often\s+than\b", re.I)


def _often_as_rate(question: str, catalog: Catalog, frame: str) -> str:
    """A yes/no label's share of yes, set side by side: "do i finish sleepcasts less often than meditations?".

    Only when a yes/no column is named (Completed: Yes / No); "how often" of events stays a count.
    """
    said = _OFTEN_THAN.search(question)
    if said is None:
        return question
    marks = {m.column for m in find_mentions(question, catalog, frame) if m.column.categorical and yes_value(m.column)}
    sides: dict[str, set[str]] = {}
    for v in find_values(question, catalog, frame, []):
        if v.column not in marks:
            sides.setdefault(v.column.name, set()).add(str(v.value))
    # (the groups are two values of another label: "virtual ones ... in person ones" of Virtual (Y/N) is read as is)
    if len(marks) != 1 or not any(len(values) >= 2 for values in sides.values()):
        return question
    rate = "at a higher rate than" if said["dir"].lower() == "more" else "at a lower rate than"
    return question[: said.start()] + rate + question[said.end() :]


_HANDED_OUT = re.compile(
    r"\b(?:(?:have|has)\s+been|were|was|got|get|been)\s+(?:won|handed\s+out|given\s+out|awarded|given\s+away)\b"
    r"(?!\s+(?:to|by|for)\b)",
    re.I,
)


def _handed_out(question: str, catalog: Catalog, frame: str) -> str:
    """Awards "handed out", "won" or "awarded", of a table of nominations: the rows its one winner mark flags.

    "How many oscars have been handed out in total" counts the rows whose Winner is true, not every nomination.
    """
    said = _HANDED_OUT.search(question)
    if said is None or not re.search(r"\bhow\s+many\s+[a-z]+\s+$", question[: said.start()], re.I):
        return question  # ("what share of the home team were won": no awards counted)
    marks = [
        c
        for c in catalog.of(frame)
        if (c.flag or c.kind == "bool") and set(c.stems) & {"winner", "win", "won", "awarded", "award"}
    ]
    if len(marks) != 1:
        return question
    return question[: said.start()] + "were winners" + question[said.end() :]


# "which month did i bet the most money", "how much have i wagered", "how much have i put on nfl games": the money
# laid on the bets (a verb after a person, or "put on" a thing)
_STAKED = re.compile(
    r"\b(?:i|we|i've|we've)\s+(?:have\s+|had\s+|ever\s+)?(?P<verb>bet|betted|wager(?:ed)?|staked?)\b"
    r"|\b(?:did|do|have|had)\s+(?:i|we)\s+(?:\w+\s+)?(?P<verb2>bet|wager(?:ed)?|staked?)\b"
    r"|\bhow\s+much\s+(?:money\s+)?(?:have|did|do)\s+(?:i|we)\s+(?P<verb3>put)\s+(?=on\b)",
    re.I,
)


def _money_staked(question: str, catalog: Catalog, frame: str) -> str:
    """The one column of money staked (Stake, Wager, Amount Wagered) for money bet, when the verb names no column.

    "Which month did i bet the most money" ranks the stakes, not a Bonus Bet mark the verb only spells.
    """
    said = _STAKED.search(question)
    if said is None:
        return question
    stakes = [
        c
        for c in catalog.of(frame)
        if c.numeric and set(c.stems) & {"stake", "wager", "wagered", "staked", "risk", "risked"} and not c.id_like
    ]
    if len(stakes) != 1:
        return question
    verb = next(g for g in ("verb", "verb2", "verb3") if said[g])
    start, end = said.span(verb)
    return question[:start] + f"staked {stakes[0].name}" + question[end:]


# "how much have i actually paid so far" where a Status says Paid: the amount of those rows, not a column to ask for
_PAID_ROWS = re.compile(
    r"\bhow\s+much\s+(?:money\s+)?(?:have|did|has|had)\s+(?:i|we)\s+(?:actually\s+|already\s+|really\s+)?"
    r"(?P<verb>paid|refunded|received|spent|repaid)\b",
    re.I,
)


def _paid_amount(question: str, catalog: Catalog, frame: str) -> str:
    """The one amount column said before a verb that is also a status value (Status = Paid).

    Read as a value, "paid" keeps the rows; the amount they hold is what "how much" adds up.
    """
    said = _PAID_ROWS.search(question)
    if said is None or any(m.column.numeric and m.score >= 90 for m in find_mentions(question, catalog, frame)):
        return question
    verb = said["verb"].lower()
    if not any(c.categorical and any(v.strip().lower() == verb for v in c.values) for c in catalog.of(frame)):
        return question
    amounts = [
        c
        for c in catalog.numeric(frame)
        if (CURRENCY.search(c.name) or set(c.stems) & MONEY_PARTS or (c.numeric_text and c.additive))
        and not set(c.stems) & SIDE_CHARGES
        and not c.id_like
        and c.additive
    ]
    if len(amounts) != 1:
        return question
    return question[: said.start()] + f"how much {amounts[0].name} " + question[said.start() + 8 :].lstrip()


# "what share of notices actually end in a disconnection", "what share of enrolled kids have a disability": one
# count column's total over another's
_SHARE_OF_COUNT = re.compile(
    r"\b(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction)\s+of\s+(?:the\s+|all\s+|our\s+)?"
    r"(?P<a>[a-z][a-z ]*?)\s+(?:actually\s+|eventually\s+)?(?:end(?:ed|s)?\s+(?:up\s+)?(?:in|with)|result(?:ed|s)?\s+in"
    r"|le(?:a|)d\s+to|leads\s+to|turn(?:ed|s)?\s+into|bec(?:a|o)me|ha(?:ve|s|d)|was|were|got|came\s+back"
    r"|end(?:ed|s)?\s+up\s+(?:getting|being)|get|gets|are|is)"  # "end up getting rejected", "get rejected"
    r"\s+(?:an?\s+|in\s+)?"
    r"(?P<b>[a-z][a-z ]*?)\W*$",
    re.I,
)


# "what share of scheduled trips actually ran in 2023": of a planned count, the part that happened (Trips Operated)
_SHARE_DONE = re.compile(
    r"\b(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction)\s+of\s+(?:the\s+|all\s+|our\s+)?"
    r"(?P<a>[a-z][a-z ]*?)\s+(?:actually\s+|really\s+)?(?:were\s+|got\s+)?"
    r"(?:ran|run|operated|happened|took\s+place|went\s+ahead|completed|delivered|sailed|flew|flown)\b",
    re.I,
)


# "what percent of pieces crack": the verb alone, its past the name of the part counted (Pieces Cracked)
_SHARE_DONE_BARE = re.compile(
    r"\b(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction)\s+of\s+(?:the\s+|all\s+|our\s+)?"
    r"(?P<a>[a-z]+(?:\s+[a-z]+)?)\s+(?P<b>[a-z]+)\W*$",
    re.I,
)


def _share_of_count(question: str, catalog: Catalog, frame: str) -> str:
    """Two count columns of a table of counts said as a part of the other: the one's total as a % of the other's."""
    done = _SHARE_DONE.search(question)
    if done is not None:
        planned = [m.column for m in find_mentions(done["a"], catalog, frame) if m.column.numeric]
        part = done_of(planned[0], catalog.of(frame)) if len(planned) == 1 else None
        if part is not None:
            return question[: done.start()] + f"{part.name} as a % of {planned[0].name}" + question[done.end() :]
    said = _SHARE_OF_COUNT.search(question) or _SHARE_DONE_BARE.search(question)
    if said is None:
        return question

    def count(words: str) -> Column | None:
        named = [m for m in find_mentions(words, catalog, frame) if m.column.numeric and not m.column.id_like]
        best = max(named, key=lambda m: m.score, default=None)  # ("enrolled kids": Actual Enrollment, over kids)
        # (whole numbers kept as floats where a row was not reported count too: Children (0-17))
        kept = best is not None and (
            best.column.whole_count or (best.column.whole_floats and bool(set(best.column.stems) & PEOPLE_COUNTED))
        )
        return best.column if best is not None and kept else None

    whole, part = count(said["a"]), count(said["b"])
    if whole is None or part is None or whole == part:
        return question
    # "what percent of the deer harvest was antlerless": the value said beside the whole keeps its rows
    return question[: said.start()] + f"{part.name} as a % of {whole.name}{_values_kept(said['a'], catalog, frame)}"


def _values_kept(words: str, catalog: Catalog, frame: str) -> str:
    """The labels' values said in `words` ("the deer harvest"), said again as " for DEER"; "" when none."""
    kept = [v.value for v in find_values(words, catalog, frame, []) if v.column.categorical]
    return f" for {' and '.join(kept)}" if kept else ""


# "how many days does an elk hunter spend out there": a count column per one of the people another counts
_EACH_ONES = re.compile(
    r"\b(?:on\s+average\s+)?how\s+(?:many|much)\s+(?P<a>[a-z]+)\s+(?:does|do|did|would|will)\s+"
    r"(?:an?|each|every|one|the\s+average|the\s+typical)\s+(?P<b>(?:[a-z]+\s+)?[a-z]+?)s?\s+(?P<v>[a-z]+)\b",
    re.I,
)


def _per_one_of(question: str, catalog: Catalog, frame: str) -> str:
    """A count per one of the people another column counts: "how many days does a hunter spend" is Days per Hunters."""
    said = _EACH_ONES.search(question)
    if said is None:
        return question
    noun = said["b"].split()[-1]

    def counted(words: str) -> Column | None:
        named = [m for m in find_mentions(words, catalog, frame) if m.column.numeric and m.column.whole_count]
        best = max(named, key=lambda m: m.score, default=None)
        return best.column if best is not None and best.score >= 60 else None

    amount, people = counted(said["a"]), counted(noun + "s")
    if amount is None or people is None or amount == people or not people.additive:
        return question
    scope = _values_kept(said["b"], catalog, frame)
    return question[: said.start()] + f"average {said['a']} per {noun}{scope}" + question[said.end() :]


# "how many pounds of dark roast did we sell": a size per thing (Bag Size (lb)) times the things (Bags)
_HOW_MANY_UNITS = re.compile(
    r"\bhow\s+many\s+(?P<u>pounds|lbs?|kilos|kilograms|kgs?|ounces|oz|liters|litres|gallons|grams|tons|tonnes)\b",
    re.I,
)
_UNIT_STEMS = {"pound": "lb", "lbs": "lb", "kilo": "kg", "kilogram": "kg", "kgs": "kg", "ounce": "oz"}
_UNIT_STEMS |= {"liter": "l", "litre": "l", "gallon": "gal", "gram": "g", "ton": "ton", "tonne": "t"}


def _units_of_things(question: str, catalog: Catalog, frame: str) -> str:
    """A unit counted that only a size per thing holds: the size times the things, added up."""
    said = _HOW_MANY_UNITS.search(question)
    if said is None:
        return question
    word = said["u"].lower()
    unit = _UNIT_STEMS.get(word.rstrip("s"), _UNIT_STEMS.get(word, word.rstrip("s")))
    kept = [
        c
        for c in catalog.numeric(frame)
        if (unit in c.stems or word.rstrip("s") in c.stems) and not set(c.stems) & {"price", "cost", "rate", "fee"}
    ]  # (Price/lb is money per pound, not pounds)
    if len(kept) != 1 or kept[0].additive or not set(kept[0].stems) & {"size", "weight", "per"}:
        return question  # (a column of pounds that adds up is named by the word itself)
    thing = kept[0].stems[0]
    counts = [c for c in catalog.numeric(frame) if c.whole_count and c.stems in ((thing,), (thing + "s",))]
    if len(counts) != 1:
        return question
    return question[: said.start()] + f"total {kept[0].name} * {counts[0].name}" + question[said.end() :]


# "what was the 2023 harvest worth": a price per unit (Price/Bu) times the units (Bushels), added up
_WORTH_OF = re.compile(
    r"\b(?:the\s+|our\s+|my\s+)?(?:(?P<y>(?:19|20)\d\d)(?:'s)?\s+)?(?P<n>[a-z]+)\s+(?:was\s+|is\s+)?worth\b"
    r"|\b(?:total\s+)?(?:value|worth)\s+of\s+(?:the\s+|our\s+|my\s+)?(?:(?P<y2>(?:19|20)\d\d)\s+)?(?P<n2>[a-z]+)\b",
    re.I,
)


def _worth_of_units(question: str, catalog: Catalog, frame: str) -> str:
    """What the things were worth: the one price per unit times the one column of those units, added up."""
    said = _WORTH_OF.search(question)
    if said is None:
        return question
    year = said["y"] or said["y2"]
    per_unit = [
        (c, each.group(1).lower())
        for c in catalog.numeric(frame)
        if set(c.stems) & {"price", "value", "rate"}
        and (each := re.search(r"(?:/|\bper\s+)\s*([A-Za-z]{2,})\.?\s*(?:\(.*\))?$", c.name)) is not None
    ]
    if len(per_unit) != 1:
        return question
    price, unit = per_unit[0]
    units = [
        c
        for c in catalog.numeric(frame)
        if c != price and not c.id_like and c.stems and (c.stems[0].startswith(unit) or abbreviates(unit, c.stems[0]))
    ]
    if len(units) != 1:
        return question
    when = f" in {year}" if year else ""
    return question[: said.start()] + f"total {price.name} * {units[0].name}{when}" + question[said.end() :]


# "what state do most of our loads come out of", "where do they go": the origin's or the destination's label
_FROM_WHERE = re.compile(
    r"\b(?:come|comes|came|coming)\s+(?:out\s+of|from)\b|\boriginat\w*|\b(?:ship|shipped|ships|leave|leaves|left)\s+"
    r"from\b|\bpick(?:ed|s)?\s+up\s+(?:in|from|at)\b"
    r"|\b(?:start|starts|started|starting|begin|begins|began)\s+(?:from|in|at|out)\b",  # "moves start from"
    re.I,
)
_TO_WHERE = re.compile(
    r"\b(?:go|goes|went|going|headed|heading|ship|shipped|ships|deliver|delivered|delivering)\s+(?:out\s+)?to\b"
    r"|\bend\s+up(?:\s+in)?\b|\b(?:end|ends|ended|finish|finishes|finished)\s+(?:in|at)\b",
    re.I,
)
_PLACE_ASKED = re.compile(
    r"\b(?P<w>which|what)\s+(?P<n>state|city|country|place|town|county|region|location)s?\b", re.I
)
_SIDE_STEMS = {
    "from": frozenset({"origin", "orig", "from", "pickup", "source", "departure", "depart", "start"}),
    "to": frozenset({"dest", "destination", "to", "dropoff", "delivery", "arrival", "end"}),
}


def _which_end(question: str, catalog: Catalog, frame: str) -> str:
    """A place asked with the way things move ("come out of": the Origin; "go to": the Dest), when both are kept."""
    asked = _PLACE_ASKED.search(question) or re.search(r"\b(?P<n>where)\b", question, re.I)
    side = "from" if _FROM_WHERE.search(question) else "to" if _TO_WHERE.search(question) else None
    if asked is None or side is None:
        return question
    labels = [c for c in catalog.of(frame) if c.categorical and not c.is_date and not c.id_like]
    ends = {k: [c for c in labels if set(c.stems) & stems] for k, stems in _SIDE_STEMS.items()}
    if len(ends["from"]) != 1 or len(ends["to"]) != 1 or ends["from"] == ends["to"]:
        return question
    which = "which " if asked["n"].lower() == "where" else ""  # "where do most moves start from"
    return question[: asked.start("n")] + which + ends[side][0].name + question[asked.end() :]


# "the average flow coming into the plant": of Influent Flow and Effluent Flow, the one the way said names
_COMING_IN = re.compile(
    r"\b(?:coming|comes|came|going|goes|went|flowing)\s+in(?:to)?\b|\bentering\b|\bincoming\b|\binflow", re.I
)
_GOING_OUT = re.compile(
    r"\b(?:going|goes|went|coming|comes|flowing)\s+out\b|\bleaving\b|\boutgoing\b|\boutflow|\bdischarged?\b", re.I
)
_SIDES_IN_OUT = (("influent", "effluent"), ("inflow", "outflow"), ("inbound", "outbound"), ("incoming", "outgoing"))


def _in_or_out(question: str, catalog: Catalog, frame: str) -> str:
    """A measure kept for what comes in and what goes out, said with the way: the one side's column by name."""
    way = 0 if _COMING_IN.search(question) else 1 if _GOING_OUT.search(question) else None
    if way is None:
        return question
    for sides in _SIDES_IN_OUT:
        for c in catalog.numeric(frame):
            if not c.stems or c.stems[0] != sides[way]:
                continue
            rest = c.stems[1:]
            other = [o for o in catalog.numeric(frame) if o.stems == (sides[1 - way], *rest)]
            said = re.search(rf"\b(?:in|out)?{re.escape(rest[0])}s?\b", question, re.I) if rest and other else None
            if said is not None:
                return question[: said.start()] + c.name + question[said.end() :]
    return question


# "which room is the hardest": the lowest rate of the one mark of success (Escaped), "the easiest" the highest
_HARDEST = re.compile(
    r"\b(?P<w>which|what)\s+(?P<g>[a-z]+)\s+(?:is|was|are|were)\s+(?:the\s+)?"
    r"(?P<d>hardest|toughest|most\s+difficult|easiest|least\s+difficult)\b",
    re.I,
)
_SUCCESS = frozenset(
    {"escaped", "passed", "completed", "solved", "success", "successful", "won", "cleared", "finished"}
)


def _hardest(question: str, catalog: Catalog, frame: str) -> str:
    """The hardest of a group: the lowest share of rows with the one yes/no mark of success said nowhere else."""
    said = _HARDEST.search(question)
    if said is None:
        return question
    marks = [c for c in catalog.of(frame) if c.categorical and set(c.stems) & _SUCCESS and yes_value(c) is not None]
    if len(marks) != 1:
        return question
    end = "lowest" if said["d"].lower() in ("hardest", "toughest", "most difficult") else "highest"
    return (
        question[: said.start()]
        + f"{said['w']} {said['g']} has the {end} {marks[0].name} rate"
        + question[said.end() :]
    )


# "on average what % do people tip": each tip as a share of what it was left on
_TIP_SHARE = re.compile(
    r"\b(?:what|which)\s+(?:%|percent(?:age)?)\s+(?:do|does|did)\s+(?:people|they|customers|clients|guests|patrons|"
    r"diners|riders|i|we)\s+(?:usually\s+|typically\s+)?tip\b|\b(?:average\s+)?tip\s+(?:%|percent(?:age)?)",
    re.I,
)
_BILLS = frozenset({"price", "total", "amount", "bill", "subtotal", "fare", "check", "charged", "service"})


def _tip_share(question: str, catalog: Catalog, frame: str) -> str:
    """The tip as a % of the bill on each row, averaged: the one tip column over the one amount it was left on."""
    said = _TIP_SHARE.search(question)
    if said is None:
        return question
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and c.formula is None]
    tips = [c for c in numbers if set(c.stems) & {"tip", "tips", "gratuity"}]
    bills = [c for c in numbers if set(c.stems) & _BILLS and c not in tips and not set(c.stems) & SIDE_CHARGES]
    if len(tips) != 1 or len(bills) != 1:
        return question
    return question[: said.start()] + f"average {tips[0].name} as a % of {bills[0].name}" + question[said.end() :]


# "which borough fails the most often": each group's rate of the outcome the verb names (RESULT = FAIL)
_MOST_OFTEN = re.compile(
    r"\b(?P<which>which|what)\s+(?P<g>[a-z]+)\s+(?P<v>[a-z]+?)(?:s|es)?\s+(?:the\s+)?(?P<dir>most|least)\s+often\b",
    re.I,
)


def _outcome_most_often(question: str, catalog: Catalog, frame: str) -> str:
    """A group and an outcome it has "most often": the group with the highest rate of that outcome value."""
    said = _MOST_OFTEN.search(question)
    if said is None:
        return question
    group = [m for m in find_mentions(said["g"], catalog, frame) if m.column.categorical and not m.column.id_like]
    verb = said.group("v")
    outcome = [
        v
        for v in find_values(question, catalog, frame, [])
        if said.start("v") <= v.start < said.end("v") + 3 and v.column.categorical
    ]
    if len(group) != 1 or len(outcome) != 1 or outcome[0].column == group[0].column:
        return question
    word = "highest" if said["dir"].lower() == "most" else "lowest"
    rate = f"{said['which']} {said['g']} has the {word} {verb} rate"
    return question[: said.start()] + rate + question[said.end() :]


# "which utility cuts off the most people for its size": per customer, the measure over the count of whom it serves
_FOR_SIZE = re.compile(
    r"\s+(?:for|relative\s+to|given|considering)\s+(?:its|their|his|her|the)\s+(?:size|population|scale)\b", re.I
)
_SIZE_STEMS = frozenset({"customer", "population", "resident", "member", "student", "enrollment", "household"})


def _for_its_size(question: str, catalog: Catalog, frame: str) -> str:
    """A measure asked "for its size": its total over that of the one count of people served (Residential Customers)."""
    said = _FOR_SIZE.search(question)
    if said is None:
        return question
    sizes = [
        c
        for c in catalog.numeric(frame)
        if c.whole_count
        and set(c.stems) & _SIZE_STEMS
        and not c.id_like
        and not set(c.stems) & {"on", "with", "in", "for", "without"}  # (Customers on Payment Plans: some of them)
    ]
    measures = [
        m.column
        for m in find_mentions(question[: said.start()], catalog, frame)
        if m.column.numeric and not m.column.id_like and m.column not in sizes
    ]
    which = re.match(r"\W*(?P<pre>(?:which|what)\s+[a-z]+)\b", question, re.I)
    if len(sizes) != 1 or not measures or which is None:
        return question
    low = re.search(r"\b(?:least|fewest|lowest)\b", question[: said.start()], re.I) is not None
    word = "lowest" if low else "highest"
    return f"{which['pre']} has the {word} {measures[0].name} as a % of {sizes[0].name}" + question[said.end() :]


_EACH_PERSON = re.compile(
    r"\b(?:each|per|every|by|for\s+each|for\s+every)\s+(?P<w>person|family\s+member|member|one\s+of\s+us|individual)\b",
    re.I,
)


def _each_person(question: str, catalog: Catalog, frame: str) -> str:
    """The table's one column of people (Driver) for "each person", when no column is named by the word."""
    said = _EACH_PERSON.search(question)
    if said is None or find_mentions(said["w"], catalog, frame):
        return question
    people = kinds.best_group.people_column(kinds.Context(question, catalog, frame))
    if people is None:
        return question
    return question[: said.start("w")] + people.name + question[said.end("w") :]


_STATUS_CLASS = re.compile(
    r"\b(?P<a>[1-5])xx(?:s|\s+errors?)?(?:\s+(?:or|and|\+|/)\s+(?P<b>[1-5])xx(?:s|\s+errors?)?)?\b", re.I
)
_STATUS_SAID = re.compile(r"\b(?P<n>[1-5]\d\d)(?:s\b|\s+(?:errors?|responses?|status(?:es)?|codes?)\b)", re.I)


def _http_status(question: str, catalog: Catalog, frame: str) -> str:
    """HTTP statuses said as web people say them, for a web log's one status code column (100-599).

    "What percent were 404s", "which url gets the most 404 errors": http.response.status_code 404; "5xx errors"
    are 500 or more, "4xx" 400 to 499, "4xx or 5xx" 400 or more.
    """
    if not (_STATUS_SAID.search(question) or _STATUS_CLASS.search(question)):
        return question  # (the words first: this runs on every question)
    codes = [
        c
        for c in catalog.numeric(frame)
        if "status" in c.stems and c.low is not None and c.high is not None and c.low >= 100 and c.high <= 599
    ]
    if len(codes) != 1:
        return question
    name = codes[0].name

    def status_class(m: re.Match[str]) -> str:
        low, high = int(m["a"]), int(m["b"] or m["a"])
        if high == 5:  # nothing above 599: "4xx or 5xx" and "5xx" run to the top
            return f"{name} {low}00 or more"
        return f"{name} between {low}00 and {low}99"

    question = _STATUS_CLASS.sub(status_class, question)
    return _STATUS_SAID.sub(lambda m: f"requests with {name} {m['n']}", question)


def _noun_in_values(question: str, catalog: Catalog, frame: str) -> str:
    """A noun no column is named by, said in the values of one label: "in each room" of a Device Name.

    uHoo names its monitors by their rooms (Bedroom, Living Room): at least half the label's values say the noun.
    Only after each/per/by ("top 10 universities" are the rows, University 0 … 199). A kind of thing the values
    are instances of ("which language": Course = Spanish, French, Italian) is read after "which" too.
    """
    # (the lookup of columns and values only when a kind of thing is said: this runs on every question)
    instance = any(
        stem(m.group(p).lower()) in _INSTANCES
        for m in _WHICH_NOUN.finditer(question)
        for p in ("noun", "noun2")
        if m.group(p)
    )
    kind = _unnamed_noun(question, catalog, frame, ("noun", "noun2")) if instance else None
    known = _INSTANCES.get(stem(kind[2])) if kind else None
    if kind is not None and known:
        listing = [
            c
            for c in catalog.of(frame)
            if c.categorical
            and not c.id_like
            and c.values
            and 2 * sum(v.strip().lower() in known for v in c.values) >= len(c.values) >= 2
        ]
        if len(listing) == 1:
            return question[: kind[0]] + listing[0].name + question[kind[1] :]
    found = _unnamed_noun(question, catalog, frame, ("noun2",))
    if found is None:
        return question
    start, end, noun = found
    said = re.compile(rf"(?i){re.escape(stem(noun))}s?\b")  # ("Bedroom" beside "Living Room": rooms both)
    holders = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and not c.id_like
        and c.n_unique is not None
        and 2 <= c.n_unique <= 30
        and 2 * sum(bool(said.search(v)) for v in c.values) >= len(c.values) >= 2
    ]
    return question[:start] + holders[0].name + question[end:] if len(holders) == 1 else question


_LISTED_WORDS = re.compile(
    r"\b(?P<list>[a-z][\w-]*(?:\s*,\s*[a-z][\w-]*)*,?\s+(?:and|&|or)\s+[a-z][\w-]*)\s+(?P<noun>[a-z]{3,})\b", re.I
)


# what the rows of a log are called, by the verb of doing one ("fly": each row a flight)
_VERB_NOUNS = {"fly": "flight", "flew": "flight", "travel": "trip", "book": "booking", "ride": "ride", "drive": "drive"}
_HOW_LONG_DONE = re.compile(
    # ("how many hours did we spend": in the unit said, arithmetic's own reading)
    r"\bhow\s+long\s+(?:do|does|did|have|has)\s+"
    r"(?:i|we|you|they|he|she|it|people|users|visitors|customers|guests|players|members|patients"
    r"|(?:the\s+|our\s+|my\s+)?[a-z]{3,}s)\s+"  # ("how long do dogs usually stay": the rows' own things)
    r"(?:usually\s+|typically\s+|normally\s+)?(?P<verb>[a-z]+)\b"
    # "which month did i sleep the least", "does sleeping longer go with ...": the time spent doing it
    r"|\b(?:did|do|does)\s+(?:i|we|you|they|he|she)\s+(?P<verb2>[a-z]+)\s+(?:the\s+)?(?:most|least|longest|shortest)\b"
    r"(?!\s+(?:often|frequently|times))"  # ("which car did i book most often": the times, counted)
    r"|\b(?P<verb3>[a-z]+ing)\s+(?:longer|shorter)\b"
    # "who has played the longest": a player's own Play Time (hours)
    r"|\bwho\s+(?:has|have|had)\s+(?P<verb4>[a-z]+ed)\s+(?:the\s+)?(?:longest|shortest)\b"
    # "how much time have i spent on babbel", "total time spent": the one length of time, added up
    r"|\bhow\s+much\s+(?P<time>time)\b|\b(?P<time2>time)\s+(?:have\s+|did\s+|has\s+)?(?:i\s+|we\s+)?spent\b"
    # "whats the average flight time": the length of each flight (Duration (h:mm)), not its clock times
    r"|\b(?:average|avg|mean|median|typical|total|longest|shortest)\s+(?:[a-z]+\s+)?(?P<time3>time)\b"
    r"(?!\s+(?:of|between|from|to|since)\b)"
    # "which instrument have i put the most time into": that length, added up per group
    r"|\b(?:put|spent|spend|invested)\s+(?:the\s+)?(?:most|least|more|less)\s+(?P<time4>time)\s+(?:in(?:to)?|on)\b",
    re.I,
)
_DURATION_STEMS = frozenset({"hour", "hr", "hrs", "minute", "min", "mins", "duration", "length", "second", "sec"})
_DURATION_STEMS |= {"h", "mm", "ss", "hh"}  # a length kept as "h:mm" (FlightAware's Duration (h:mm))


_AVERAGE_PARTS = frozenset({"avg", "average", "mean"})


def _total_over_averages(question: str, catalog: Catalog, frame: str) -> str:
    """A word that names only averages of a thing, beside the table's one total of it: that total.

    CTA's ridership keeps Avg_Weekday_Rides, Avg_Saturday_Rides and Avg_Sunday-Holiday_Rides beside MonthTotal:
    "the most riders", "total bus rides" are the month's total, not one kind of day's average.
    """
    if re.search(r"\b(?:average|avg|mean|typical|per\s+day|daily|weekdays?|saturdays?|sundays?)\b", question, re.I):
        return question
    totals = [c for c in catalog.numeric(frame) if "total" in c.stems and not set(c.stems) & _AVERAGE_PARTS]
    for word, columns in ambiguous(question, catalog, frame):
        if len(totals) == 1 and all(set(c.stems) & _AVERAGE_PARTS for c in columns):
            said = re.search(rf"\b{re.escape(word)}[a-z]*", question, re.I)  # ("riders": the whole word)
            if said is not None:
                return question[: said.start()] + totals[0].name + question[said.end() :]
    return question


_TAKEN_HOME = re.compile(
    r"\bhow\s+much\s+(?:money\s+)?(?:did|have|do|does|has|will)\s+(?:i|we|you|he|she|they|it)\s+"
    r"(?:actually\s+|really\s+)?(?:make|made|earn(?:ed)?|take\s+home|took\s+home|bring\s+in|brought\s+in|net(?:ted)?)\b"
    r"(?:\s+(?:in\s+total|altogether|overall))?"
    # "how much money actually reached me": itch.io's amount_delivered_to_you
    r"|\bhow\s+much\s+(?:money\s+)?(?:actually\s+|really\s+)?(?:reached|got\s+to|came\s+to|made\s+it\s+to)\s+(?:me|us)\b",
    re.I,
)
_TAKEN_HOME_STEMS = frozenset({"payout", "payouts", "earnings", "earning", "earned", "proceeds", "proceed", "net"})
_TAKEN_HOME_STEMS |= {"delivered", "received"}


def _money_taken_home(question: str, catalog: Catalog, frame: str) -> str:
    """The total of the money paid out to the person, for "how much did i make in 2023" (a host's Payout).

    Only where one column says it is what reached them (payout, earnings, proceeds, net); others keep their reading.
    """
    said = _TAKEN_HOME.search(question)
    if said is None or re.match(r"\s+(?:in|from|on|off)\s+\w", question[said.end() :]):
        return question  # "how much did we make in sales": the sales said, read as they stand
    held = [
        c for c in catalog.numeric(frame) if set(c.stems) & _TAKEN_HOME_STEMS and not c.id_like and c.formula is None
    ]
    if len(held) != 1:
        return question
    return f"{question[: said.start()]}what is the total {held[0].name}{question[said.end() :]}"


_UNMARKED = re.compile(
    r"[?,.;]?\s*\b(?:(?:and\s+)?(?:don'?t|do\s+not)\s+(?:count|include)|ignor(?:e|ing)|skip(?:ping)?|leav(?:e|ing)\s+out"
    r"|excluding|without)\s+(?:the\s+)?(?:ones|those|rows|entries|ones)\s+(?:that\s+|which\s+)?(?:i|we|you|they)?\s*"
    r"(?:didn'?t|did\s+not|haven'?t|have\s+not|never)\s+(?P<verb>[a-z]{3,})\b",
    re.I,
)


def _unmarked_left_out(question: str, catalog: Catalog, frame: str) -> str:
    """Rows a verb says were never done, left out: "don't count the ones i didn't score" (Score 0 on AniList).

    A column the verb names that starts at 0 keeps 0 for "not done"; one with blanks needs nothing (averages
    leave blanks out anyway), so the words are only dropped.
    """
    said = _UNMARKED.search(question)
    if said is None:
        return question
    verb = stem(said["verb"].lower())
    named = [c for c in catalog.numeric(frame) if c.low == 0 and any(same_word(verb, s) or verb == s for s in c.stems)]
    if len(named) != 1:
        return question[: said.start()] + question[said.end() :] if len(named) == 0 else question
    return f"{question[: said.start()].rstrip()} where {named[0].name} above 0{question[said.end() :]}"


_HOW_LONG_TAKE = re.compile(
    r"\bhow\s+long\s+(?:do|does|did|will)\s+(?P<what>(?:the\s+|my\s+|our\s+)?(?:[a-z][\w-]*\s+){1,5}?)"
    r"(?:usually\s+|typically\s+|normally\s+)?(?:take|last|run)\b",
    re.I,
)


def _how_long_take(question: str, lengths: list[Column]) -> str:
    """The average of the one length column over the rows said: "how long do the hyper backup jobs take"."""
    said = _HOW_LONG_TAKE.search(question)
    if said is None or len(lengths) != 1 or re.search(r"\bin\s+(?:minutes|hours|seconds|days)\b", question, re.I):
        return question
    return f"{question[: said.start()]}what is the average {lengths[0].name} of {said['what']}{question[said.end() :]}"


# "how long do people usually stay", "how long do dogs stay with us": the nights each stay kept
_HOW_LONG_STAY = re.compile(
    r"\bhow\s+long\s+(?:do|does|did)\s+(?P<who>[a-z][a-z ]*?)\s+(?:usually\s+|typically\s+|normally\s+)?"
    r"(?:stay|board)\b",
    re.I,
)


def _nights_stayed(question: str, catalog: Catalog, frame: str) -> str:
    """Said "how long do people usually stay" of a log that keeps Nights (Nights Boarded): their average.

    The people who stay are the rows, never a People count; a kind of them said ("dogs") keeps its rows.
    """
    said = _HOW_LONG_STAY.search(question)
    if said is None:
        return question
    nights = [
        c
        for c in catalog.numeric(frame)
        if "night" in c.stems and not (c.id_like or c.is_date or c.formula) and not set(c.stems) & {"rate", "price"}
    ]
    if len(nights) != 1:
        return question
    who = said["who"]
    kept = f" for {who}" if find_values(who, catalog, frame, []) else ""
    return f"{question[: said.start()]}what is the average {nights[0].name}{kept}{question[said.end() :]}"


def _how_long_done(question: str, catalog: Catalog, frame: str) -> str:
    """The one length of time a table keeps, for "how long do i sleep": Hours, not a DeepSleep the verb names in part.

    Only when the verb names no column in full and the frame keeps exactly one column of time spent.
    """
    question = _nights_stayed(question, catalog, frame)
    took = _HOW_LONG_TAKE.search(question)
    if took is not None and not any(m.score >= 90 for m in find_mentions(question, catalog, frame) if m.column.numeric):
        clocks = [
            c
            for c in catalog.numeric(frame)
            if c.clock
            or set(c.stems) & {"duration", "length", "elapsed"}
            # (a length named by its unit alone, a housekeeping log's Minutes, a diary's Duration (hrs))
            or (len(c.significant) == 1 and c.significant[0] in {"minute", "min", "mins", "hour", "hr", "hrs"})
            # (or a time kept in a unit, a plays log's Play Time (min))
            or ("time" in c.stems and bool(set(c.stems) & {"minute", "min", "mins", "hour", "hr", "hrs"}))
            # (or the minutes a row used up, an escape room's Minutes Used)
            or (
                len(c.significant) == 2
                and c.significant[0] in {"minute", "min", "mins", "hour", "hr", "hrs"}
                and c.significant[1] in {"used", "spent", "taken", "elapsed"}
            )
            # (or the hours of the work each row is, a plumber's Labor Hours, when no two dates keep the wait:
            # a repair shop's Drop-off Date to Ready Date is how long it takes to get it back)
            or (
                sum(d.is_date for d in catalog.of(frame)) < 2
                and len(c.significant) == 2
                and c.significant[1] in {"minute", "min", "mins", "hour", "hr", "hrs"}
                and c.additive
                and c.significant[0] in {"labor", "labour", "work", "worked", "job", "service", "install", "repair"}
            )
        ]
        kept = [c for c in clocks if not c.is_date and (c.formula is None or c.formula[1] in CLOCK_SPANS)]
        question = _how_long_take(question, kept)  # (a span between two clock times is a length kept too)
    said = _HOW_LONG_DONE.search(question)
    if said is None:
        return question
    lengths = [
        c
        for c in catalog.numeric(frame)
        # (Fathom's "Avg Duration (seconds)": the average each row keeps is the length asked for)
        if c.stems
        and (
            set(c.stems) - {"avg", "average", "mean", "actual"} <= _DURATION_STEMS  # (Forest's Actual Minutes)
            # (Busuu's Time Spent (min): "which day did i study the longest")
            or (
                "time" in c.stems
                and bool(set(c.stems) & TIME_DOING)
                and set(c.stems) <= _DURATION_STEMS | TIME_DOING | {"time", "total"}
            )
        )
        and not c.is_date
        and not c.id_like
        # (a span between two clock times, Check In to Check Out, is a length kept too)
        and (c.formula is None or c.formula[1] in CLOCK_SPANS)
    ]
    if not lengths:  # "how long do i usually sit on a pair": a count of days kept for each row (Days Held)
        lengths = [
            c
            for c in catalog.numeric(frame)
            if len(c.stems) == 2
            and c.stems[0] in ("day", "days")
            # (a preschool's Days/Wk is how many days a week, no length)
            and c.stems[1] not in ("wk", "week", "weekly", "mo", "month", "yr", "year", "per")
            and not c.is_date
            and not c.id_like
            and not c.formula
        ]
    group = next(g for g in ("verb", "verb2", "verb3", "verb4", "time", "time2", "time3", "time4") if said[g])
    start, end = said.span(group)
    if group.startswith("verb"):  # Play Time (hours) of "played": the length the verb names
        verb = root(said[group].lower())
        named_by_verb = [
            c
            for c in catalog.numeric(frame)
            if verb in {root(s) for s in c.stems}
            and set(c.stems) & (_DURATION_STEMS | {"time"})
            and not c.is_date
            and not c.id_like
            and c.formula is None
        ]
        if len(named_by_verb) == 1 and (not lengths or lengths == named_by_verb):
            return question[:start] + named_by_verb[0].name + question[end:]
    if group.startswith("time"):  # the word time is no column's name here, only the clock's
        named_time = [m for m in find_mentions(question, catalog, frame) if m.start <= start < m.end and m.score >= 90]
        if len(lengths) != 1 or named_time:
            return question
        # "how much time have i spent playing overall": all of it, added up
        total = "total " if group == "time" and not re.search(r"\b(?:average|avg|mean|typical|per)\b", question) else ""
        return question[:start] + total + lengths[0].name + question[end:]
    if group == "verb3":
        end = said.end()  # "sleeping longer": the length of time is what is longer
    # ("usually sit" is no initials of Size (US))
    named = [m for m in find_mentions(question, catalog, frame) if m.start <= start < m.end and m.via != "initials"]
    # (only a name the verb says in part, DeepSleep of "sleep"; "spend" names money by its synonym)
    if len(lengths) != 1 or any(
        m.score >= 90
        or m.column in lengths
        or m.via not in ("partial", "prefix", "root", "abbreviation")
        or m.column.id_like  # "which month did we post the most": the posts (Post ID), counted
        or not m.column.numeric
        for m in named
    ):
        return question
    money = ("spend", "spent", "pay", "paid", "cost", "earn", "make", "made", "sell", "sold")
    if group != "verb" and said[group].lower() in money:  # ("which month did i spend the most": money)
        return question
    # "what year did i fly the most" of a flight log: the flights, counted (the rows are what the verb does)
    noun = _VERB_NOUNS.get(said[group].lower(), "")
    if (
        group == "verb2"
        and noun
        and (catalog.names_subject(frame, noun) or any(c.id_like and stem(noun) in c.stems for c in catalog.of(frame)))
    ):
        return question
    # "which month did i work the most": the time worked in each, added up ("cover the most miles" names its own)
    if group == "verb2" and re.match(r"\s+(?!often\b|times?\b|on\b|in\b|at\b|with\b)[a-z]{3,}", question[said.end() :]):
        return question
    total = "total " if group == "verb2" and re.search(r"\b(?:most|least)\b", said.group()) else ""
    return question[:start] + total + lengths[0].name + question[end:]


_VALUE_SAID = re.compile(r"\b(?:(?P<pre>[a-z]+)\s+)?values?\b", re.I)


def _whole_value(question: str, catalog: Catalog, frame: str) -> str:
    """The total of LAND_VALUE, BLDG_VALUE and TOTAL_VALUE, for "the median property value".

    "Value" alone names no column (it is too common a word); among several columns named as values, one of them
    the total, it is that one. A word before it that is the file's subject ("property") says nothing more.
    """
    said = _VALUE_SAID.search(question)
    if said is None:
        return question
    first = said.start("pre") if said["pre"] else said.start()
    if any(m.start < said.end() and first < m.end for m in find_mentions(question, catalog, frame) if m.column.numeric):
        return question  # "land value": LAND_VALUE, named
    values = [c for c in catalog.numeric(frame) if c.stems[-1:] == ("value",) and len(c.stems) >= 2]
    totals = [c for c in values if c.stems[0] in ("total", "overall", "assessed", "market")]
    if len(values) < 2 or len(totals) != 1:
        return question
    subject = said["pre"] is not None and catalog.names_subject(frame, said["pre"])
    start = said.start("pre") if subject else said.end("pre") + 1 if said["pre"] else said.start()
    return question[:start] + totals[0].name + question[said.end() :]


_RICH_POOR = re.compile(r"\b(?P<rich>richest|wealthiest|richer|wealthier)\b|\b(?P<poor>poorest|poorer)\b", re.I)
_WEALTH_STEMS = frozenset({"gdp", "income", "wealth", "networth", "worth", "earning", "salary", "wage", "gni"})


def _rich_or_poor(question: str, catalog: Catalog, frame: str) -> str:
    """The lowest (or highest) of the one measure of wealth a table keeps, for "which region was poorest"."""
    said = _RICH_POOR.search(question)
    # ("do richer neighborhoods have more trees": a comparative beside another measure, the two set side by side)
    compared = said is not None and said.group().lower().endswith("er")
    if said is None or (
        not compared and any(m.column.numeric and not m.column.time for m in find_mentions(question, catalog, frame))
    ):
        return question
    wealth = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & _WEALTH_STEMS and not c.id_like and not c.time and not c.year_like
    ]
    if len(wealth) != 1:
        return question
    word = ("higher" if said["rich"] else "lower") if compared else "highest" if said["rich"] else "lowest"
    return question[: said.start()] + f"{word} {wealth[0].name}" + question[said.end() :]


# Words for a long table's one figure, whatever it measures: "what was the rate in the us that year"
_MEASURE_SAID = frozenset({"rate", "rates", "level", "levels", "figure", "figures", "prevalence", "ratio"})


_INFLATION = re.compile(r"\b(?:(?P<bad>worst|highest|biggest|largest)\s+)?inflation\b", re.I)
# A long table's label for a price index's change over a year (the OECD's Transformation "Growth rate, over 1
# year"): the rows that hold inflation, beside the index's own level
_ANNUAL_RATE = re.compile(
    r"(?i).*(?:growth\s+rate|rate\s+of\s+change|percent(?:age)?\s+change|change).*"
    r"(?:1\s+year|one\s+year|12\s+months|annual|year[- ]on[- ]year|y-?o-?y).*"
    r"|.*(?:annual|year[- ]on[- ]year)\s+(?:rate|change|growth).*"
)


def _inflation_said(question: str, catalog: Catalog, frame: str) -> str:
    """Inflation in a long table of a price index: its one figure on the rows of the yearly rate of change.

    "Which country had the worst inflation in 2022" of the OECD's CPI download (OBS_VALUE beside Transformation =
    "Growth rate, over 1 year" and "Not applicable" for the index): the highest OBS_VALUE on those rows.
    """
    said = _INFLATION.search(question)
    generic = generic_measure(catalog, frame)
    if said is None or generic is None or any(m.column.numeric for m in find_mentions(question, catalog, frame)):
        return question
    rates = [
        (c, v) for c in catalog.of(frame) if c.categorical for v in c.values if _ANNUAL_RATE.fullmatch(str(v).strip())
    ]
    if len({c.name for c, _ in rates}) != 1 or len(rates) != 1:
        return question
    value = rates[0][1]
    worded = f"{'highest ' if said['bad'] else ''}{generic.name} of {value}"
    return question[: said.start()] + worded + question[said.end() :]


_RATE_SAID = re.compile(r"\b(?:(?P<what>[a-z]+)\s+)?rates?\b", re.I)
_COUNT_SAID = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\btotal\b", re.I)
_RATE_UNIT = re.compile(r"(?i).*\brate\b.*|.*\bper\s+(?:100|1,?000|10,?000|100,?000|capita|head)\b.*")
_COUNT_UNIT = re.compile(r"(?i)\s*(?:counts?|number(?:\s+of\s+\w+)?|persons|people|cases|victims)\s*")


def _unit_said(question: str, catalog: Catalog, frame: str) -> str:
    """A long table's figure kept as a count and as a rate (UNODC's Unit of measurement): the one the question asks.

    "Which country had the highest murder rate": the rows of "Rate per 100,000 population"; "how many people were
    killed": those of "Counts".
    """
    generic = generic_measure(catalog, frame)
    if generic is None or any(
        m.column.numeric and m.column != generic for m in find_mentions(question, catalog, frame)
    ):
        return question
    units = [c for c in catalog.of(frame) if c.categorical and "unit" in c.stems and len(c.values) == 2]
    if len(units) != 1:
        return question
    rate = [v for v in units[0].values if _RATE_UNIT.fullmatch(v.strip())]
    count = [v for v in units[0].values if _COUNT_UNIT.fullmatch(v.strip())]
    if len(rate) != 1 or len(count) != 1 or any(v.lower() in question.lower() for v in units[0].values):
        return question
    said = _RATE_SAID.search(question)
    if said is not None:  # the word before "rate" says what the figure is of ("murder"): the table's one figure
        before = question[: said.start()]
        before = re.sub(rf"\b{re.escape(generic.name)}\s+(?:for|of)\s+$", "", before)  # (said already)
        return before + f"{generic.name} of {rate[0]}" + question[said.end() :]
    if _COUNT_SAID.search(question):
        return f"{question.rstrip(' ?.!')} ({generic.name} of {count[0]})"
    return question


def _generic_said(question: str, catalog: Catalog, frame: str) -> str:
    """The file's measure said for a long table's one measure called value: "co2 emissions" of value."""
    generic = generic_measure(catalog, frame)
    if generic is None or any(m.column.numeric and not m.column.time for m in find_mentions(question, catalog, frame)):
        return question
    named = [(m.start, m.end) for m in find_mentions(question, catalog, frame)]
    words = [
        m
        for m in re.finditer(r"[^\W_]+", question)
        if not any(a < m.end() and m.start() < b for a, b in named)
        and len(m.group()) > 2
        and not re.search(r"(?<![^\W\d_])\d[\d,.]*\s*$", question[: m.start()])  # "500,000 kt": a unit after a number
        and not find_mentions(m.group(), catalog, frame)  # ("countries": country_name, though in the file's name)
        and (
            catalog.names_subject(frame, m.group())
            or m.group().lower() in _MEASURE_SAID
            or (
                len(m.group()) >= 6  # "emmisions": a slip of the file's word
                and any(
                    edit_distance(stem(m.group().lower()), s, 2) <= (2 if len(s) >= 7 else 1)
                    for s in catalog.subjects.get(frame, ())
                )
            )
        )
    ]
    # ("world gdp growth": World is a country's row, kept as said, the measure said after it; so is a word inside
    # a longer value said whole, "total retail sales" of Data Type)
    spans = [(v.start, v.end) for v in find_values(question, catalog, frame, []) if len(str(v.value).split()) >= 2]
    values = [
        m
        for m in words
        if find_values(m.group(), catalog, frame, []) or any(a <= m.start() and m.end() <= b for a, b in spans)
    ]
    words = [m for m in words if m not in values]
    if not words:
        if not values:
            return question
        return question[: values[-1].end()] + f" {generic.name}" + question[values[-1].end() :]
    first = last = words[0]
    for m in words[1:]:
        if re.fullmatch(r"\s+", question[last.end() : m.start()]):
            last = m
    before = question[: first.start()]
    said = {f(w) for w in re.findall(r"[a-z]+", question[first.start() : last.end()].lower()) for f in (stem, str)}
    if said & BAD_WHEN_HIGH:  # "the worst youth unemployment": the highest figure, once the word is gone
        before = re.sub(
            r"\b(?P<d>worst|worse|best|better)\b(?P<rest>(?:\s+[a-z]+)?\s*)$",
            lambda d: ("highest" if d["d"] in ("worst", "worse") else "lowest") + d["rest"],
            before,
        )
    return before + generic.name + question[last.end() :]


def _shared_noun(question: str, catalog: Catalog, frame: str) -> str:
    """Each listed word with the noun said once at its end: "math, reading and writing scores" (math score, ...).

    Only when every listed word names, with that noun, a column of its own.
    """
    for m in _LISTED_WORDS.finditer(question):
        listed = [w for w in re.split(r"\s*,\s*|\s+(?:and|&|or)\s+", m.group("list")) if w]
        noun = stem(m.group("noun"))
        if len(listed) < 2:
            continue
        owners = [
            [c for c in catalog.of(frame) if noun in c.stems and stem(w.lower()) in c.stems and len(c.stems) <= 3]
            for w in listed
        ]
        if not all(len(o) == 1 for o in owners) or len({o[0].name for o in owners}) != len(listed):
            continue
        joined = ", ".join(o[0].name for o in owners[:-1]) + f" and {owners[-1][0].name}"
        return question[: m.start()] + joined + question[m.end() :]
    return question


def _sibling_measure(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """The last measure's column with one word swapped: "and how many killed?" after the persons injured.

    Only for a short follow-up ("and ...") that names no column whole, when exactly one column differs from the
    last measure in just the word said (NUMBER OF PERSONS INJURED → NUMBER OF PERSONS KILLED).
    """
    if not re.match(r"\W*(?:and|what\s+about|how\s+about)\b", question, re.I) or len(question.split()) > 8:
        return question
    kind, last = _last_turn(memory)
    if not isinstance(last, dict) or last.get("frame") != frame or not isinstance(last.get("y"), str):
        return question
    if kind or last.get("intent") != "stat" or last.get("x"):
        return question  # a ranking or a comparison is carried on with its groups by the follow-up readers
    measure = catalog.get(frame, last["y"])
    if measure is None or not measure.numeric or not measure.stems:
        return question
    if any(m.via == "name" for m in find_mentions(question, catalog, frame)):
        return question
    said = {stem(w) for w in re.findall(r"[a-z]{3,}", question.lower())}
    swapped = [
        c
        for c in catalog.of(frame)
        if c.numeric
        and c != measure
        and len(c.stems) == len(measure.stems)
        and sum(a != b for a, b in zip(c.stems, measure.stems, strict=True)) == 1
        and any(a != b and a in said for a, b in zip(c.stems, measure.stems, strict=True))
    ]
    if len(swapped) != 1:
        return question
    word = AGG_WORDS.get(str(last.get("agg")), "total") if last.get("agg") in ("sum", "mean", "median") else "total"
    return f"and the {word} {swapped[0].name}?"


# people in general: "how did most people hear about us" counts the rows again, whatever was added up before
_ANYONE = frozenset({"people", "persons", "folks", "everyone", "users", "customers", "guys", "ones"})
_HOW_MANY_NOUN = re.compile(r"\bhow\s+many\s+(?P<noun>[a-z]{3,})\b", re.I)


def _counted_again(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """A thing the last turn counted by adding up a column, said again: that column.

    "which county got the most fish" after "how many fish were stocked in total" (Number Stocked added up): the
    fish are the ones that column counts, not the rows. Only for a noun that names no column of the frame.
    """
    asked = memory.get("asked")
    if not isinstance(asked, list) or len(asked) != 2 or asked[1] != memory["turn"] - 1:
        return question
    _kind, last = _last_turn(memory)
    if not isinstance(last, dict) or last.get("frame", frame) != frame or last.get("agg") != "sum":
        return question
    measure = catalog.get(frame, last["y"]) if isinstance(last.get("y"), str) else None
    said = _HOW_MANY_NOUN.search(str(asked[0]))
    if measure is None or not measure.additive or measure.formula is not None or said is None:
        return question
    noun = said["noun"].lower()
    if noun in STOP or noun in _ANYONE or any(stem(noun) in c.stems or noun in c.stems for c in catalog.of(frame)):
        return question  # "how many trips": a word of a column's name, read as such again
    if any(m.column.name == measure.name for m in find_mentions(question, catalog, frame)):
        return question
    return re.sub(
        rf"(?i)\b(most|fewest|least|more|fewer|how\s+many)\s+{re.escape(noun)}\b(?!\s+{re.escape(measure.name)})",
        lambda m: f"{m.group(1)} {noun} {measure.name}",
        question,
        count=1,
    )


_WHO_DID_IT = re.compile(
    r"^\W*(?:and\s+|so\s+|ok\s+)?who\s+(?:[a-z]+\s+){1,2}?(?:it|that|this|that\s+one|this\s+one|them)\b", re.I
)
_MAKERS = frozenset(
    {"performer", "artist", "singer", "band", "musician", "author", "writer", "director", "creator", "composer"}
    | {"producer", "developer", "publisher", "designer", "manufacturer", "maker", "brand", "owner", "driver"}
    | {"player", "coach", "manager", "ceo", "founder", "chef", "host", "presenter", "seller", "vendor", "studio"}
)


def _who_of_winner(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> Request | None:
    """The maker column's value on the last winner's rows ("which song ... at number 1?", then "who sang it?")."""
    winner = memory.get("winner")
    if not _WHO_DID_IT.search(question) or not winner or winner[2] != memory["turn"] - 1:
        return None
    named = catalog.get(frame, winner[0])
    makers = [
        c
        for c in catalog.of(frame)
        if c != named and (c.categorical or c.kind == "text") and not c.id_like and set(c.stems) & _MAKERS
    ]
    if named is None or len(makers) != 1:
        return None
    return Request(
        intent="extreme",
        frame=frame,
        x=makers[0].name,
        agg="count",
        filters=[{"column": named.name, "op": "==", "value": winner[1], "part": None}],
    )


_LISTED_PLACE = re.compile(
    r"\b(?:the\s+)?(?P<n>first|top|second|third|fourth|fifth|last|bottom|#\s*[1-5]|number\s+(?:one|1))"
    r"(?:\s+(?:one|entry|item|title|movie|film|book|song|game|row|place|result))?\b(?!\s+(?:\d|five|ten|three))",
    re.I,
)
_NTH = {"first": 0, "top": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "bottom": -1}


def _ordinal_listed(question: str, memory: dict[str, Any]) -> str:
    """One of a list just given, by its place ("the average rating of the first one"): that one by name."""
    listed = memory.get("listed")
    if not isinstance(listed, list) or len(listed) != 3 or listed[2] != memory["turn"] - 1:
        return question
    said = _LISTED_PLACE.search(question)
    values = listed[1] if isinstance(listed[1], list) else []
    if said is None or not values or not re.search(r"\bone\b|#|number", said.group(), re.I):
        return question
    word = re.sub(r"[#\s]", "", said["n"].lower())
    index = _NTH.get(word, int(word[-1]) - 1 if word[-1].isdigit() else 0)
    if not -len(values) <= index < len(values):
        return question
    return question[: said.start()] + f"{listed[0]} {values[index]}" + question[said.end() :]


# ("did he", "does she": the winner's rows, read by `_scoped_winner`; "they" reads as a word of its own)
_THEY_DID = re.compile(r"\b(?:did|does|do|has|have|had|is|was|were|are)\s+(?P<who>they)\b", re.I)


def _they_of_winner(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """The last ranking's winning person named for "they" ("how many races did they win").

    Only when the winner is one of a column of people (a Rider, a Player): "how much did they spend" after the
    busiest month is about the customers, not the month.
    """
    winner = memory.get("winner")
    if not winner or winner[2] != memory["turn"] - 1 or not isinstance(winner[1], str):
        return question
    column = catalog.get(frame, str(winner[0]))
    said = _THEY_DID.search(question)
    if said is None or column is None or not column.categorical or not set(column.stems) & _PEOPLE_LABELS:
        return question
    return question[: said.start("who")] + str(winner[1]) + question[said.end("who") :]


def _about_winner(question: str, memory: dict[str, Any], catalog: Catalog, frame: str) -> str:
    """The question with the last ranking's winner named ("... for Juventus"), when a pronoun points at it."""
    winner = memory.get("winner")
    if not winner or winner[2] != memory["turn"] - 1 or not isinstance(winner[1], str | int):
        return question
    if isinstance(winner[1], int) and not any(  # a code's winner ("Clothing ID 1078"), never an amount
        c.id_like and c.name == winner[0] for c in catalog.of(frame)
    ):
        return question
    low = question.lower()
    # "that state": the winner's own column named after a pointing word
    pointed = next(
        (
            said
            for said in re.finditer(r"\b(?:that|this|the\s+same)\s+([a-z]{3,})\b", low)
            if any(m.column.name == winner[0] for m in find_mentions(said.group(1), catalog, frame))
        ),
        None,
    )
    if pointed is not None and not find_values(question, catalog, frame, []):
        # "that state": Idaho; "that store": store_nbr 44 (a code is said with its column)
        named = f"{winner[0]} {winner[1]}" if str(winner[1]).isdigit() else str(winner[1])
        return question[: pointed.start()] + named + question[pointed.end() :]
    if not _THAT_PER.search(low) and (
        not (_WINNER_WORD.search(low) or pointed)
        or _NEW_RANKING.search(low)
        or re.search(r"\b(?:plot|chart|draw|make)\b", low)
    ):
        return question
    if re.search(r"\b(?:all|each|every|any|both)\s+(?:of\s+)?(?:them|those|these)\b", low):
        return question  # "total visits across all of them": every group, not the last winner
    if re.match(r"\W*(?:and\s+)?(?:what(?:'s|s|\s+is|\s+was)\s+)?(?:the\s+)?[a-z]+est\s+[a-z]+\s+", low) and re.search(
        r"\b(?:ever|anyone|anybody|of\s+all\s+time)\b", low
    ):
        # "biggest bass ever weighed and who caught it", "the longest distance anyone flew and who was it": a
        # ranking of its own, "it" its winner
        return question
    own = re.match(
        r"\W*(?:and\s+)?(?:do|does|did|are|were|is|was)\s+(?P<np>(?:[a-z]+\s+){0,2}[a-z]+s)\s+[a-z]+\s+(?:their|its)\b",
        low,
    )
    if own and not re.search(r"\b(?:those|these|they|them)\b", own["np"]):
        return question  # "do returning students finish their projects": the students' own, not the winner's
    if re.match(r"\W*(?:and\s+)?(?:which|who)\b", low):
        return question  # "and which airline there?": a ranking of its own, on the rows it keeps (`_scoped_there`)
    counted = re.search(r"\bhow\s+many\s+([a-z]{3,})", low)
    if counted and any(m.column.name == winner[0] for m in find_mentions(counted.group(1), catalog, frame)):
        return question  # "how many states had none of their own": the states counted, not the winning one
    if re.search(r"\b(?:when|if|while|whenever)\s+it(?:'s|\s+is|\s+was|\s+gets)\b", low):
        return question  # "is availability worse when it's below freezing?": the weather's "it", not the winner
    said = find_values(question, catalog, frame, [])
    # "how many of those are cats?" after the zip code with the most pets: a part of the winner's rows
    part_of = re.search(r"\bof\s+(?:those|them|these)\b", low) and all(v.column.name != winner[0] for v in said)
    # a value of the winner's own column names another one ("and Chelsea's?"); "their win percentage" (W of
    # game_result) is about the winner still
    coded = [v for v in said if v.column.coded and v.column.name != winner[0]]
    if (said and len(coded) < len(said) and not part_of) or catalog.get(frame, winner[0]) is None:
        return question
    # the column said beside the value: a value of several columns (team1, team2, winner) goes to the one named
    return f"{question.rstrip(' ?.!')} for {winner[0]} {winner[1]}?"
