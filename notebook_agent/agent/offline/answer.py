"""Offline analyst: answers written only from the numbers the kernel printed.

Every number in an answer is a value of the result JSON, formatted by `fmt` (4 significant digits) or `fmt_r2`
(4 decimals); words about the plot ("rises", "strong", "right-skewed") come from those numbers by fixed rules.
"""

from __future__ import annotations

import calendar
import math
import re
from typing import Any

from .code import AGG_WORDS, PERIOD_NAMES, filter_text
from .request import Request

__all__ = ["answer_text", "fmt", "fmt_r2"]

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def fmt(value: Any) -> str:
    """A number for people: integers as they are, others to 4 significant digits; labels unchanged."""
    if value is None:
        return "n/a"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int) or (value.is_integer() and abs(value) < 1e15):
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 10_000:
        return f"{value:,.0f}"
    if abs(value) >= 1e-4:
        return f"{value:.4g}"
    return f"{value:.3e}"


def fmt_r2(value: Any) -> str:
    """R² and adjusted R² to 4 decimals, so that 0.9990 and 0.9999 stay apart."""
    return f"{value:.4f}" if isinstance(value, int | float) and math.isfinite(value) else "n/a"


def _cap(phrase: str) -> str:
    """Capitalise a phrase that starts with a word of ours, never a column name."""
    first = phrase.split(" ", 1)[0]
    return (
        phrase[0].upper() + phrase[1:]
        if first in ("average", "total", "number", "count", "minimum", "maximum", "median", "standard")
        else phrase
    )


def _count(n: Any, word: str) -> str:
    return f"{fmt(n)} {word}" + ("" if n == 1 else "s")


_ISO_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?")


def _label(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return str(int(value))  # a group's own number (zip code 98039, store 1042, a year): no thousands commas
    if isinstance(value, str) and (when := _ISO_TIME.fullmatch(value)):
        # a date group as sent in JSON ("2016-08-01T00:00:00.000"): the day, and its time unless midnight
        return when[1] if when[2] == "00:00" else f"{when[1]} {when[2]}"
    return fmt(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


_MONTH_COLUMN = re.compile(r"(?:^|[^a-z])(?:month|mnth|mth)(?:[^a-z]|$)", re.IGNORECASE)


def _hour(value: float) -> str:
    """An hour of the day as a clock reads it and as said: "17:00 (5 PM)"."""
    hour = int(value) % 24
    said = "midnight" if hour == 0 else "noon" if hour == 12 else f"{hour % 12} {'AM' if hour < 12 else 'PM'}"
    return f"{hour:02d}:00 ({said})"


_HOUR_COLUMN = re.compile(r"(?i)\s*(?:time|hours?|hr|hh|hour[\s_]of[\s_]day|start[\s_]hour)\s*")


def _group_label(x: Any, value: Any) -> str:
    """A group's label; a month number of a month column with its name too ("August (8)"), an hour as a clock."""
    whole = isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer()
    if whole and 1 <= value <= 12 and _MONTH_COLUMN.search(str(x or "")):
        return f"{calendar.month_name[int(value)]} ({int(value)})"
    if whole and 0 <= value <= 23 and _HOUR_COLUMN.fullmatch(str(x or "")):
        return _hour(value)  # Time 17 of a pedestrian counter's hourly rows: 17:00 (5 PM)
    return _label(value)


def _month_said(label: str) -> str:
    """A month group's name, as a person says it (" (July 2024)" after "2024-07"); "" for any other label."""
    said = re.fullmatch(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])", label)
    return f" ({calendar.month_name[int(said[2])]} {said[1]})" if said else ""


def _strength(r: float | None) -> str:
    if r is None:
        return "undefined"
    size = abs(r)
    words = (
        "very strong"
        if size >= 0.8
        else "strong"
        if size >= 0.6
        else "moderate"
        if size >= 0.4
        else "weak"
        if size >= 0.2
        else "little or no"
    )
    if words == "little or no":
        return "little or no linear"
    return f"{words} {'positive' if r > 0 else 'negative'}"


def _quality(r2: float | None) -> str:
    if r2 is None:
        return "cannot be judged"
    if r2 >= 0.9:
        return "fits the data very well"
    if r2 >= 0.7:
        return "fits well"
    if r2 >= 0.4:
        return "fits moderately"
    return "fits poorly: the relation may have another shape, or much scatter"


def _rows(result: dict[str, Any]) -> str:
    """Rows used, and the filters that selected them."""
    used = result.get("rows_used", result.get("rows_matching", result.get("rows_total")))
    text = _count(used, "row")
    if result.get("filters"):
        text += (
            f"; filter {', '.join(result['filters'])}: {fmt(result.get('rows_matching'))} of "
            f"{fmt(result.get('rows_total'))} rows match"
        )
    return text


def _term(coef: float, power: int, x: str, first: bool) -> str:
    sign = "-" if coef < 0 else "+"
    body = fmt(abs(coef))
    if power >= 1:
        body += f"·{x}" + (str(power).translate(_SUPERSCRIPT) if power > 1 else "")
    if first:
        return f"-{body}" if coef < 0 else body
    return f" {sign} {body}"


def equation(kind: str, params: dict[str, Any], x: str, y: str) -> str:
    """The fitted formula with its parameters."""
    if (kind in ("linear", "poly", "quadratic", "cubic") and "coefficients" in params) or kind == "linear":
        coefficients = params.get("coefficients") or [params["slope"], params["intercept"]]
        degree = len(coefficients) - 1
        terms = [_term(c, degree - i, x, i == 0) for i, c in enumerate(coefficients)]
        return f"{y} = {''.join(terms)}"
    a, b = params.get("a"), params.get("b")
    if kind in ("exp", "exponential"):
        return f"{y} = {fmt(a)}·e^({fmt(b)}·{x})"
    if kind in ("log", "logarithmic"):
        return f"{y} = {fmt(a)} {'-' if (b or 0) < 0 else '+'} {fmt(abs(b or 0))}·ln({x})"
    return f"{y} = {fmt(a)}·{x}^{fmt(b)}"


def _x_note(result: dict[str, Any]) -> str:
    if result.get("x_unit") == "days":
        return f" ({result['x']} counted in days since {result.get('x_start')})"
    return ""


def _fit(result: dict[str, Any]) -> str:
    kind, x, y, params = result["kind"], result["x"], result["y"], result.get("params") or {}
    name = {"linear": "Straight-line", "exp": "Exponential", "log": "Logarithmic", "power": "Power-law"}.get(
        kind, f"Degree-{result.get('degree')} polynomial"
    )
    lines = [
        f"**{name} fit of {y} against {x}** ({_rows(result)}){_x_note(result)}:",
        "",
        f"- {equation(kind, params, x, y)}",
        f"- R² = {fmt_r2(result.get('r2'))}, typical error (RMSE) {fmt(result.get('rmse'))}",
    ]
    if result.get("excluded"):
        need = {"exp": "positive y", "log": "positive x", "power": "positive x and y"}[kind]
        lines.append(f"- {fmt(result['excluded'])} rows left out: this formula needs {need}")
    lines.append("")
    if kind == "linear":
        slope = params.get("slope", 0)
        trend = "rises" if slope > 0 else "falls" if slope < 0 else "does not change"
        lines.append(
            f"{y} {trend} with {x}: slope {fmt(slope)} per unit of {x}, R² {fmt_r2(result.get('r2'))}; "
            f"the line {_quality(result.get('r2'))}."
        )
    elif kind == "poly":
        lead = (params.get("coefficients") or [0])[0]
        bend = "bends upward" if lead > 0 else "bends downward"
        lines.append(
            f"The curve {bend} (leading coefficient {fmt(lead)}); R² {fmt_r2(result.get('r2'))}, it "
            f"{_quality(result.get('r2'))}."
        )
    elif kind == "exp":
        factor = params.get("factor_per_unit")
        change = "grows" if (params.get("b") or 0) > 0 else "decays"
        lines.append(
            f"{y} {change} exponentially with {x}: each unit of {x} multiplies it by {fmt(factor)}; "
            f"the curve {_quality(result.get('r2'))}."
        )
    elif kind == "log":
        change = "rises" if (params.get("b") or 0) > 0 else "falls"
        lines.append(
            f"{y} {change} with the logarithm of {x}, ever more slowly; the curve {_quality(result.get('r2'))}."
        )
    else:
        lines.append(f"{y} changes as {x} to the power {fmt(params.get('b'))}; the curve {_quality(result.get('r2'))}.")
    lines.append("The chart shows the data as points and the fitted curve as a red line.")
    return "\n".join(lines)


def _best(result: dict[str, Any]) -> str:
    x, y, models = result["x"], result["y"], result.get("models") or []
    winner = next((m for m in models if m["name"] == result.get("winner")), None)
    if winner is None:
        return f"No model could be fitted to {y} against {x}."
    lines = [
        f"**Best model for {y} against {x}: {winner['name']}** ({_rows(result)}){_x_note(result)}",
        "",
        f"{equation(winner['name'], winner['params'], x, y)}, R² {fmt_r2(winner['r2'])} "
        f"(adjusted {fmt_r2(winner['adj_r2'])}).",
        "",
        "Ranking by adjusted R²:",
    ]
    lines += [f"- {m['name']}: R² {fmt_r2(m['r2'])}, adjusted {fmt_r2(m['adj_r2'])}" for m in models]
    if models and models[0]["name"] != winner["name"]:
        lines += [
            "",
            f"{models[0]['name']} scores a little higher, but within {fmt(result.get('tolerance'))} of "
            f"{winner['name']}, which has fewer parameters: the simpler model is preferred.",
        ]
    skipped = result.get("skipped") or {}
    if skipped:
        lines += ["", "Not fitted: " + "; ".join(f"{name} ({why})" for name, why in skipped.items()) + "."]
    lines += ["", f"The chart draws every model over the data; {winner['name']} is the thick line."]
    return "\n".join(lines)


def _agg_phrase(agg: str | None, y: str | None) -> str:
    if agg == "count" or y is None:
        return "number of rows" if y is None else f"count of {y}"
    return f"{AGG_WORDS.get(agg or 'mean', agg)} {y}"


def _group_name(result: dict[str, Any]) -> str:
    period = result.get("period")
    return f"{result.get('x')} ({PERIOD_NAMES[period]})" if period in PERIOD_NAMES else str(result.get("x"))


def _table(result: dict[str, Any], what: str, key: str = "table") -> list[str]:
    rows = result.get(key) or []
    lines = [f"| {_group_name(result)} | {what} |", "|---|---|"]
    lines += [f"| {_label(label)} | {fmt(value)} |" for label, value in rows]
    return lines


def _per_calendar_day(result: dict[str, Any]) -> list[str]:
    """Weekdays and weekend days are not equally many: the total per calendar day too."""
    if not result.get("per_day"):
        return []
    days = result.get("days") or {}
    each = "; ".join(
        f"{label} {fmt(value)} ({fmt(days.get(label))} days)" for label, value in result.get("per_day") or []
    )
    return [f"Per calendar day on average: {each}."]


def _grouped(result: dict[str, Any]) -> str:
    what = _agg_phrase(result.get("agg"), result.get("y"))
    group = _group_name(result)
    lines = [
        f"**{_cap(what)} by {group}** ({_rows(result)}, {_count(result.get('groups'), 'group')}):",
        "",
        *_table(result, what),
        "",
    ]
    if result.get("groups", 0) > len(result.get("table") or []):
        lines.append("(Not every group is listed.)")
    lines.append(ends_line([(label, value) for label, value in result.get("table") or []]))
    lines += _per_calendar_day(result)
    per_period = result.get("per_period")
    if isinstance(per_period, int | float) and result.get("period") in PERIOD_NAMES:
        unit = PERIOD_NAMES[result["period"]]
        lines.append(f"On average per {unit}: {fmt(per_period)} (over {_count(result.get('groups'), unit)}).")
    gap, pair = result.get("gap"), result.get("table") or []
    if isinstance(gap, int | float) and len(pair) == 2 and all(isinstance(v, int | float) for _, v in pair):
        (high, _), (low, _) = sorted(pair, key=lambda kv: -kv[1])
        lines.append(f"{_label(high)} is {fmt(gap)} higher than {_label(low)}.")
    overall = result.get("overall")
    if isinstance(overall, int | float) and result.get("agg") in ("mean", "median"):
        lines.append(f"Over all {fmt(result.get('rows_used'))} rows together: {fmt(overall)}.")
    kind = "line chart" if result.get("chart") == "line" else "bar chart"
    lines.append(
        f"The {kind} shows the {what} for each {group}"
        + (", in order." if result.get("ordered") else ", largest first.")
    )
    return "\n".join(lines)


def _line(result: dict[str, Any]) -> str:
    y, x = result.get("y"), result.get("x") or "row"
    one_per_row = result.get("points") == result.get("rows_used")  # nothing was aggregated
    what = _agg_phrase(result.get("agg"), y) if result.get("x") and not one_per_row else str(y)
    first, last = result.get("first") or [None, None], result.get("last") or [None, None]
    high, low = result.get("highest") or [None, None], result.get("lowest") or [None, None]
    r = result.get("trend_r")
    trend = (
        "no clear overall trend"
        if r is None or abs(r) < 0.3
        else ("an overall upward trend" if r > 0 else "an overall downward trend")
    )
    lines = [
        f"**{_cap(what)} over {_group_name(result) if result.get('x') else x}** "
        f"({fmt(result.get('points'))} points from {_label(first[0])} to {_label(last[0])}; {_rows(result)}):",
        "",
        f"- starts at {fmt(first[1])} and ends at {fmt(last[1])}",
        f"- highest {fmt(high[1])} at {_label(high[0])}; lowest {fmt(low[1])} at {_label(low[0])}",
        f"- {trend}" + (f" (correlation with time order {fmt(r)})" if r is not None else ""),
    ]
    if result.get("table"):  # a short line (up to 24 points): every value, as a table
        lines += ["", *_table(result, what), ""]
    lines.append("The line chart shows it" + (" on a date axis." if result.get("x_is_date") else "."))
    return "\n".join(lines)


def _scatter(result: dict[str, Any]) -> str:
    x, y, r = result["x"], result["y"], result.get("pearson_r")
    lines = [
        f"**Scatter plot of {y} against {x}** ({_rows(result)}): {x} from {fmt(result.get('x_min'))} to "
        f"{fmt(result.get('x_max'))}, {y} from {fmt(result.get('y_min'))} to {fmt(result.get('y_max'))}."
    ]
    if r is not None:
        trend = "rise" if r > 0 else "fall"
        if abs(r) < 0.2:
            lines.append(f"{y} shows little linear relation to {x} (Pearson r = {fmt(r)}).")
        else:
            lines.append(f"{y} tends to {trend} as {x} rises: Pearson r = {fmt(r)}, a {_strength(r)} correlation.")
    return "\n".join(lines)


def _hist(result: dict[str, Any]) -> str:
    skew = result.get("skew")
    shape = (
        "roughly symmetric"
        if skew is None or abs(skew) < 0.5
        else (
            "right-skewed (a longer tail of high values)" if skew > 0 else "left-skewed (a longer tail of low values)"
        )
    )
    return "\n".join(
        [
            f"**Distribution of {result['y']}** ({_rows(result)}):",
            "",
            f"- mean {fmt(result.get('mean'))}, median {fmt(result.get('median'))}, standard deviation "
            f"{fmt(result.get('std'))}",
            f"- range {fmt(result.get('min'))} to {fmt(result.get('max'))}; the middle half lies between "
            f"{fmt(result.get('q1'))} and {fmt(result.get('q3'))}",
            f"- shape: {shape}" + (f", skewness {fmt(skew)}" if skew is not None else ""),
            "The histogram marks the mean (dashed) and the median (dotted).",
        ]
    )


def _box(result: dict[str, Any]) -> str:
    boxes = result.get("boxes") or {}
    y, x = result.get("y"), result.get("x")
    lines = [f"**Box plot of {y}" + (f" by {x}" if x else "") + f"** ({_rows(result)}):", ""]
    for label, box in boxes.items():
        lines.append(
            f"- {label}: median {fmt(box['median'])}, middle half {fmt(box['q1'])} to {fmt(box['q3'])}, "
            f"range {fmt(box['min'])} to {fmt(box['max'])} ({fmt(box['n'])} rows)"
        )
    if x and boxes:
        top = max(boxes.items(), key=lambda item: item[1]["median"] if item[1]["median"] is not None else -math.inf)
        lines.append(f"\nHighest median: {top[0]} ({fmt(top[1]['median'])}).")
    lines.append(f"Outliers (points far outside the boxes): {fmt(result.get('outliers'))}.")
    return "\n".join(lines)


def _crosstab(result: dict[str, Any]) -> str:
    pair = result.get("most_common") or [None, None, None]
    return (
        f"**Counts of {result['y']} within each {result['x']}** ({_rows(result)}). The most common "
        f"combination is {result['x']} {_label(pair[0])} with {result['y']} {_label(pair[1])}: "
        f"{fmt(pair[2])} rows. The bar chart shows the counts side by side."
    )


def _chart(result: dict[str, Any]) -> str:
    if "crosstab" in result:
        return _crosstab(result)
    chart = result.get("chart")
    if chart == "scatter":
        return _scatter(result)
    if chart == "hist":
        return _hist(result)
    if chart == "box":
        return _box(result)
    if chart == "line" and "points" in result:
        return _line(result)
    return _grouped(result)


def _correlation(result: dict[str, Any]) -> str:
    x, y, r = result["x"], result["y"], result.get("pearson")
    direction = "rise together" if (r or 0) > 0 else "move in opposite directions"
    return "\n".join(
        [
            f"**Correlation of {x} and {y}** ({_rows(result)}): Pearson r = {fmt(r)}, a {_strength(r)} correlation; "
            f"Spearman ρ = {fmt(result.get('spearman'))}.",
            "",
            f"They {direction}"
            + (
                f": the least-squares slope is {fmt(result.get('slope'))} {y} per unit of {x}."
                if abs(r or 0) >= 0.2
                else ", but only weakly."
            ),
            "The scatter plot shows the points with that line dashed.",
        ]
    )


def _most(result: dict[str, Any]) -> str:
    ranked = result.get("ranked") or []
    y = result["y"]
    if not ranked:
        return f"No other numeric column could be correlated with {y}."
    name, r, _ = ranked[0]
    lines = [
        f"**The column most correlated with {y} is {name}**: Pearson r = {fmt(r)} ({_strength(r)}), "
        f"over {fmt(result.get('rows_used'))} rows with {y}.",
        "",
        "All numeric columns, strongest first:",
    ]
    lines += [f"- {col}: r = {fmt(value)} ({fmt(count)} rows)" for col, value, count in ranked]
    lines.append("The bar chart shows each correlation (negative ones in red).")
    return "\n".join(lines)


def _matrix(result: dict[str, Any]) -> str:
    cols, matrix = result.get("columns") or [], result.get("matrix") or []
    a, b, r = (result.get("strongest") or [None, None, None])[:3]
    more = result.get("numeric_columns", len(cols)) > len(cols)
    lines = [
        f"**Correlation matrix of {', '.join(map(str, cols))}** ({_rows(result)}"
        + (f"; the first of {fmt(result['numeric_columns'])} numeric columns" if more else "")
        + ").",
        f"The strongest pair is {a} and {b}: r = {fmt(r)} ({_strength(r)}).",
        "",
    ]
    if len(cols) <= 8:
        lines += ["| | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
        lines += [
            f"| {name} | " + " | ".join(fmt(v) for v in row) + " |" for name, row in zip(cols, matrix, strict=False)
        ]
    lines.append("\nThe heatmap colours each pair from blue (negative) to red (positive).")
    return "\n".join(lines)


def _top(result: dict[str, Any]) -> str:
    ranked = str(result.get("y") or "").lower().endswith("rank")  # a rank: 1 is the top
    end = "Bottom" if (result.get("order") == "min") != ranked else "Top"
    if result.get("mode") == "rows":
        y = result["y"]
        lines = [f"**{end} {fmt(result.get('n'))} rows by {y}** ({_rows(result)}):", ""]
        rows = result.get("rows") or []
        if rows:
            cols = list(rows[0])
            lines += ["| row | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
            lines += [
                f"| {_label(i)} | " + " | ".join(_label(r.get(c)) for c in cols) + " |"
                for i, r in zip(result.get("index") or [], rows, strict=False)
            ]
        return "\n".join(lines)
    what = _agg_phrase(result.get("agg"), result.get("y"))
    lines = [
        f"**{end} {fmt(result.get('n'))} {_group_name(result)} by {what}** ({_rows(result)}, "
        f"{_count(result.get('groups'), 'group')} in all):",
        "",
    ]
    lines += [f"- {_label(label)}: {fmt(value)}" for label, value in result.get("table") or []]
    lines.append("\nThe bar chart lists them from the top.")
    return "\n".join(lines)


_MONTH_NAMES = list(calendar.month_name)[1:]


def _year_month(row: dict[str, Any]) -> str | None:
    """The month a row of year and month numbers is about ("yyyy 1964, mm 8": August 1964), or None."""
    year = next((v for k, v in row.items() if str(k).strip().lower() in ("year", "yyyy", "yr")), None)
    month = next((v for k, v in row.items() if str(k).strip().lower() in ("month", "mm", "mo", "mon")), None)
    try:
        y, m = int(float(str(year))), int(float(str(month)))
    except (TypeError, ValueError):
        return None
    return f"{_MONTH_NAMES[m - 1]} {y} ({y}-{m:02d})" if 1 <= m <= 12 and 1000 <= y <= 2200 else None


def _extreme(result: dict[str, Any]) -> str:
    word = "lowest" if result.get("order") == "min" else "highest"
    y = result.get("y")
    if result.get("mode") == "rows":
        row = result.get("row") or {}
        details = ", ".join(f"{k} {_label(v)}" for k, v in row.items() if k != y)
        named = result.get("label_value")
        who = f"{named} ({result.get('label')}, row {_label(result.get('index'))})" if named else None
        lines = [
            f"**{who or 'Row ' + _label(result.get('index'))} has the {word} {y}: {fmt(result.get('value'))}** "
            f"({_rows(result)})."
        ]
        if details:
            lines.append(f"That row: {details}.")
        when = _year_month(row)
        if when:
            lines[0] = lines[0].replace("** (", f"**, in {when} (", 1)
        if (result.get("ties") or 0) > 1:
            lines.append(f"{fmt(result['ties'])} rows share this value; this is the first of them.")
        lines.append("The chart marks it in red.")
        return "\n".join(lines)
    what = _agg_phrase(result.get("agg"), y)
    if result.get("groups") == result.get("rows_used") and y and result.get("agg") != "count":
        what = str(y)  # one row per group: nothing was aggregated
    winner, runner = result.get("winner") or [None, None], result.get("runner_up")
    x = result.get("x")
    shown = _group_label(x, winner[0])
    hourly = result.get("period") == "H" and isinstance(winner[0], int | float) and not isinstance(winner[0], bool)
    if hourly:
        shown = _hour(winner[0])  # "17:00 (5 PM)", not "Datetime 17"
    elif (
        isinstance(winner[0], int | float)
        and not isinstance(winner[0], bool)
        and float(winner[0]).is_integer()
        and abs(winner[0]) < 1000
        and re.fullmatch(r"[A-Za-z][A-Za-z ]{1,24}", _spoken(x))
        and not _MONTH_COLUMN.search(str(x))
        and not ("_" in str(x) and re.search(r"(?i)(?:hour|hr|day|week|year|minute|min)s?$", _spoken(x)))
    ):
        shown = f"{_spoken(x)} {shown}"  # "Generation 3", "District 18": a bare number says less than its label's name
    lines = [
        f"**{shown}**{_month_said(shown)} has the {word} {what}: {fmt(winner[1])} "
        f"({_group_name(result)}, {_count(result.get('groups'), 'group')}; {_rows(result)})."
    ]
    if runner:
        runner_shown = _hour(runner[0]) if hourly and isinstance(runner[0], int | float) else _group_label(x, runner[0])
        lines.append(f"Next: {runner_shown} with {fmt(runner[1])}.")
    table = result.get("table") or []
    if 2 < len(table) == result.get("groups") and len(table) <= 12:  # a few groups: every one, for the next question
        lines.append(
            "All groups: " + ", ".join(f"{_group_label(x, label)} {fmt(value)}" for label, value in table) + "."
        )
    total, share = result.get("total"), result.get("winner_share")
    if result.get("agg") in ("sum", "count") and isinstance(total, int | float) and total:
        part = f"; {_label(winner[0])} is {fmt(share)}% of it" if isinstance(share, int | float) else ""
        lines.append(f"Across all groups: {fmt(total)}{part}.")
    lines += _per_calendar_day(result)
    lines.append("The bar chart shows every group, the winner in red.")
    return "\n".join(lines)


def _spoken(name: object) -> str:
    """A column's name as said before a number: COUNCIL_DISTRICT 3 is "council district 3"."""
    said = re.sub(r"_+", " ", str(name or "")).strip()
    return said.lower() if said.isupper() else said


def _clock_length(name: str, value: Any) -> str:
    """A length kept in hours (or in minutes, past an hour) said as people say it: "2 h 16 min"; "" otherwise."""
    if not isinstance(value, int | float) or value != value or value < 0:
        return ""
    if re.search(r"\b(?:hours?|hrs?)\b", name, re.I):
        minutes = round(value * 60)
    elif re.search(r"\b(?:minutes?|mins?)\b", name, re.I) and value >= 60:
        minutes = round(value)
    else:
        return ""
    return f"{minutes // 60} h {minutes % 60} min"


def _stat(result: dict[str, Any]) -> str:
    what = _agg_phrase(result.get("agg"), result.get("y"))
    value = result.get("value")
    text = f"The {what} is **{fmt(value)}** ({_rows(result)})."
    spoken = _clock_length(str(result.get("y") or ""), value)
    if spoken and result.get("agg") in ("mean", "median", "min", "max"):  # (a total of hours reads as hours)
        text += f" That is {spoken}."
    elif (
        spoken
        and isinstance(value, int | float)
        and result.get("agg") == "sum"
        and re.search(r"\b(?:minutes?|mins?)\b", str(result.get("y")), re.I)
    ):
        text += f" That is {fmt(round(value / 60, 2))} hours."  # "total hours" of a log kept in minutes
    if result.get("agg") == "sum" and isinstance(value, int | float) and value < 0:
        text += f" That is {fmt(-value)} going out."  # fees kept as negative amounts are money taken
    return text


def _rows_answer(result: dict[str, Any]) -> str:
    match, total = result.get("rows_matching"), result.get("rows_total")
    filters = ", ".join(result.get("filters") or []) or "no filter"
    percent = result.get("percent")  # printed by the kernel: the answer states no number of its own
    share = f" ({fmt(percent)}%)" if isinstance(percent, int | float) else ""
    lines = [f"**{fmt(match)} of {fmt(total)} rows** match {filters}{share}."]
    if isinstance(result.get("distinct"), int | float) and result.get("people"):
        where = (
            f"on the {fmt(match)} rows that match {filters} (of {fmt(total)} rows; one can have several rows)"
            if result.get("filters")
            else f"over {fmt(match)} rows (one can have several rows)"
        )
        lines = [f"**{fmt(result['distinct'])}** different {result['people']} values {where}."]
    head = result.get("head") or {}
    if head.get("data"):
        cols = head.get("columns") or []
        lines += ["", "First rows:", "", "| row | " + " | ".join(map(str, cols)) + " |", "|---" * (len(cols) + 1) + "|"]
        lines += [
            f"| {_label(i)} | " + " | ".join(_label(v) for v in row) + " |"
            for i, row in zip(head.get("index") or [], head["data"], strict=False)
        ]
    means = {k: v for k, v in (result.get("means") or {}).items() if v is not None}
    if means:
        lines += ["", "Averages over these rows: " + ", ".join(f"{k} {fmt(v)}" for k, v in means.items()) + "."]
    return "\n".join(lines)


def _overview(result: dict[str, Any]) -> str:
    if result.get("subset"):
        head = f"**{', '.join(result['subset'])}** (in {result.get('variable')}): {fmt(result.get('rows'))} rows"
    else:
        head = f"**{result.get('variable')}**: {fmt(result.get('rows'))} rows × {fmt(result.get('columns'))} columns"
    lines = [head + (f" (filter {', '.join(result['filters'])})" if result.get("filters") else "") + "."]
    if result.get("numeric"):
        lines += ["", "Numbers:"]
        lines += [
            f"- {name}: mean {fmt(s['mean'])}, median {fmt(s['median'])}, range {fmt(s['min'])} to "
            f"{fmt(s['max'])}, standard deviation {fmt(s['std'])}"
            for name, s in result["numeric"].items()
        ]
    if result.get("labels"):
        lines += ["", "Labels:"]
        lines += [
            f"- {name}: {fmt(s['distinct'])} distinct values; most common {_label(s['top'])} "
            f"({fmt(s['top_count'])} rows)"
            for name, s in result["labels"].items()
        ]
    if result.get("dates"):
        lines += ["", "Dates:"]
        lines += [f"- {name}: from {s['first']} to {s['last']}" for name, s in result["dates"].items()]
    if result.get("other_columns"):
        lines += ["", "Other columns: " + ", ".join(result["other_columns"]) + "."]
    missing = result.get("missing") or {}
    lines += [
        "",
        "Missing values: " + (", ".join(f"{k} {fmt(v)}" for k, v in missing.items()) if missing else "none") + ".",
    ]
    if result.get("numeric"):
        lines.append("The figure shows a histogram of each numeric column (at most six).")
    return "\n".join(lines)


def ends_line(pairs: list[tuple[Any, Any]]) -> str:
    """Highest and lowest of (label, value) pairs, with ties, a single group and no values said as such."""
    known = [(k, v) for k, v in pairs if isinstance(v, int | float) and not (isinstance(v, float) and math.isnan(v))]
    if not known:
        return "No group has a value (all missing)."
    if len(known) == 1:
        return f"Only one group: {_label(known[0][0])} ({fmt(known[0][1])})."
    high, low = max(v for _, v in known), min(v for _, v in known)
    if high == low:
        return f"All {len(known)} groups tie at {fmt(high)}."

    def who(value: float) -> str:
        names = [_label(k) for k, v in known if v == value]
        return f"{' and '.join(names)} tie at {fmt(value)}" if len(names) > 1 else f"{names[0]} ({fmt(value)})"

    return f"Highest: {who(high)}; lowest: {who(low)}."


_CHART_WORDS = {
    "scatter": "Scatter plot",
    "line": "Line chart",
    "bar": "Bar chart",
    "hist": "Histogram",
    "box": "Box plot",
    "heatmap": "Heatmap",
}


def headline(req: Request, result: dict[str, Any]) -> str:
    """One plain line saying what was computed, so that a misreading shows at a glance."""
    y, x = result.get("y") or req.y, result.get("x") or req.x
    if (
        x
        and req.period in PERIOD_NAMES
        and req.intent in ("groupby", "extreme", "top")
        and x != PERIOD_NAMES[req.period]
    ):
        x = f"{x} ({PERIOD_NAMES[req.period]})"  # "by date (month of year)": the grouping the numbers are for
    rows = result.get("rows", result.get("rows_used", result.get("rows_matching", result.get("rows_total"))))
    agg = result.get("agg") or req.agg
    what = {
        "fit": f"{model_name_of(req).removeprefix('a ')} fit of {y} on {x}",
        "best_fit": f"Curve families compared for {y} on {x}",
        "chart": f"{_CHART_WORDS.get(req.chart or '', 'Chart')} of {y}" + (f" against {x}" if x and y else "")
        if y
        else f"{_CHART_WORDS.get(req.chart or '', 'Chart')} of rows by {x}",
        "groupby": (f"Rows counted by {x}" if agg == "count" or not y else f"{_agg_word(agg)} of {y} by {x}"),
        "correlation": f"Correlation of {x} and {y}",
        "most_correlated": f"Correlation of each numeric column with {y}",
        "corr_matrix": "Correlation matrix of the numeric columns",
        "top": f"{'Lowest' if (req.order == 'min') != str(y).lower().endswith('rank') else 'Top'} {fmt(req.n)} by {y}"
        + (f" per {x}" if x else "")
        if y
        else f"{'Fewest' if req.order == 'min' else 'Top'} {fmt(req.n)} {x} by number of rows",
        "extreme": f"{'Lowest' if req.order == 'min' else 'Highest'} {y or 'count'}" + (f" by {x}" if x else ""),
        "stat": f"{_agg_word(agg)} of {y}",
        "rows": "Rows matching the filter",
        "overview": "Overview of " + (", ".join(req.columns) if req.columns else req.frame),
    }.get(req.intent, "Analysis")
    if req.filters:
        what += " where " + " and ".join(filter_text(f) for f in req.filters)
    what += f", {_count(rows, 'row')}." if isinstance(rows, int | float) else "."
    return what[:1].upper() + what[1:]


def model_name_of(req: Request) -> str:
    from .fits import model_name

    return model_name(req.fit, req.degree)


def _agg_word(agg: str | None) -> str:
    names = {
        "mean": "Mean",
        "sum": "Total",
        "median": "Median",
        "min": "Minimum",
        "max": "Maximum",
        "std": "Standard deviation",
        "count": "Count",
        "ratio": "Overall",
    }
    return names.get(agg or "mean", str(agg))


_WRITERS = {
    "fit": _fit,
    "best_fit": _best,
    "chart": _chart,
    "groupby": _grouped,
    "correlation": _correlation,
    "most_correlated": _most,
    "corr_matrix": _matrix,
    "top": _top,
    "extreme": _extreme,
    "stat": _stat,
    "rows": _rows_answer,
    "overview": _overview,
}


def answer_text(req: Request, result: dict[str, Any]) -> str:
    """The markdown answer for one result; notes a repaired run and a log axis."""
    writer = _WRITERS.get(str(result.get("intent")), _overview)
    text = headline(req, result) + "\n\n" + writer(result)
    if result.get("log_y"):
        text += "\nThe y axis is logarithmic"
        text += (
            f"; {fmt(result['hidden_on_log'])} values at or below zero cannot be shown on it."
            if result.get("hidden_on_log")
            else "."
        )
    if result.get("log_x"):
        text += "\nThe x axis is logarithmic."
    if req.repair == 1:
        text = (
            "_The first attempt failed, so this run converts the columns to numbers (unreadable cells become "
            "missing and are left out)._\n\n" + text
        )
    elif req.repair >= 2:
        text = "_The earlier attempts failed, so this is a simpler version of the analysis._\n\n" + text
    return text
