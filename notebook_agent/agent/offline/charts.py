"""Offline analyst: code for charts, group-bys, rankings and extremes."""

from __future__ import annotations

from .catalog import exploded_lines
from .code import AGG_WORDS, PERIOD_NAMES, Code, axis_labels, lit, prepare, result_lines, scales, show, start
from .columns import Catalog, Column
from .request import Request, default_agg
from .words import PLACE_COLUMNS

__all__ = ["chart_code", "extreme_code", "groupby_code", "top_code"]

_FREQ = {"Y": "Y", "Q": "Q", "M": "M", "W": "W", "D": "D"}
_CALENDAR = ("Y", "Q", "M", "D")  # periods whose labels become timestamps on a line
_MAX_BARS = 30
_MAX_POINTS = 1000  # a line over more rows than this is drawn per period
_PERIOD_DAYS = '{"min": 1 / 1440, "h": 1 / 24, "D": 1, "W": 7, "M": 30.44, "Q": 91.31}'


_CYCLE = "cycle"
_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _agg_label(agg: str, y: str | None) -> str:
    return "number of rows" if agg == "count" and not y else f"{AGG_WORDS[agg]} {y}"


def _key(code: Code, req: Request, catalog: Catalog, *, bins: bool) -> tuple[str, bool, str]:
    """Lines that make the grouping key; returns (key expression, whether the key is ordered, its label)."""
    xcol = catalog.get(req.frame, req.x)
    name = lit(req.x)
    if xcol is not None and req.period == "DEC":  # ten-year bins: 1990 holds 1990 to 1999
        year = f"data[{name}].dt.year" if xcol.is_date else f"data[{name}]"
        code.comment(f"Group {req.x} by decade (1990 stands for 1990-1999)")
        code.add(f'decade = ({year} // 10 * 10).rename("decade")')
        return "decade", True, f"{req.x} (decade)"
    if xcol is not None and (xcol.is_date or xcol.time_of_day) and req.period:
        period = PERIOD_NAMES[req.period]
        code.comment(f"Group the dates of {req.x} by {period}")
        if req.period == "H":  # a point of the daily cycle: 0 to 23
            code.add(f'{_CYCLE} = data[{name}].dt.hour.rename("hour of day")')
            return _CYCLE, True, f"{req.x} (hour of day)"
        if req.period == "DOW":  # a point of the weekly cycle, Monday first
            code.add(
                f"{_CYCLE} = pd.Categorical(data[{name}].dt.day_name(), categories={_WEEK!r}, ordered=True)",
                f'{_CYCLE} = pd.Series({_CYCLE}, index=data.index, name="day of week")',
            )
            return _CYCLE, True, f"{req.x} (day of week)"
        if req.period == "MOY":  # a point of the yearly cycle, January first, every year together
            code.add(
                f"{_CYCLE} = pd.Categorical(data[{name}].dt.month_name().str[:3], categories={_MONTHS!r}, "
                "ordered=True)",
                f'{_CYCLE} = pd.Series({_CYCLE}, index=data.index, name="month of year")',
            )
            return _CYCLE, True, f"{req.x} (month of year)"
        if req.period == "WE":  # the working week against the weekend
            code.add(
                f'{_CYCLE} = pd.Series(np.where(data[{name}].dt.day_of_week >= 5, "weekend", "weekday"), '
                f'index=data.index, name="weekday or weekend")'
            )
            return _CYCLE, True, f"{req.x} (weekday or weekend)"
        if req.period == "W":  # weeks are labelled by their first day
            code.add(f'{period} = data[{name}].dt.to_period("W").dt.start_time.rename("{period}")')
        else:
            code.add(f'{period} = data[{name}].dt.to_period("{_FREQ[req.period]}").rename("{period}")')
        return period, True, f"{req.x} ({period})"
    if xcol is not None and xcol.numeric and not xcol.ordered and bins and "year" not in xcol.stems:
        code.comment(f"Many distinct values of {req.x}: put them in 10 equal-width bins, one bar per range")
        code.add(f"groups = pd.cut(data[{name}], bins=10) if data[{name}].nunique() > 20 else data[{name}]")
        return "groups", True, req.x or ""
    if xcol is not None and xcol.multi_label:
        code.comment(f"{req.x} may list several labels per row: then each row counts under each of its labels")
        for line in exploded_lines("data", req.x or ""):
            code.add(line)
    return f"data[{name}]", bool(xcol is not None and xcol.time), req.x or ""


def _time_key(code: Code, x: str) -> str:
    """Lines that make the key of a line over dates (named `when`); they set `period` (None: each row's time).

    On many rows the key is the start of each minute, hour, day, week, month, quarter or year: the shortest period
    that keeps the line to a readable number of points, instead of one point per row of a big table. (Rows, not
    distinct times, decide: counting distinct times takes seconds on millions of rows.)
    """
    name = lit(x)
    code.comment(
        f"More than {_MAX_POINTS:,} rows: one point per minute, hour, day, week, month, quarter or year, the "
        f"shortest period\n# that gives at most {_MAX_POINTS:,} points over the span of the dates"
    )
    code.add(
        "period = None",
        f"if len(data) > {_MAX_POINTS}:",
        f"    days = (data[{name}].max() - data[{name}].min()) / pd.Timedelta(days=1)",
        f"    lengths = {_PERIOD_DAYS}  # in days",
        f'    period = next((p for p, length in lengths.items() if days / length <= {_MAX_POINTS}), "Y")',
        f"when = data[{name}] if period is None else data[{name}].dt.to_period(period).dt.start_time.rename({name})",
    )
    return "when"


def _aggregate(key: str, y: str | None, agg: str, parts: tuple[str, str] | None = None) -> str:
    if y is None:
        return f"data.groupby({key}, observed=True).size()"
    if agg == "ratio" and parts is not None:
        # "cost per lead" per group: the group's total cost over its total leads, not the average of each row's
        # ratio (a row with no leads has none, and a small row would weigh as much as a big one)
        a, b = (f"data.groupby({key}, observed=True)[{lit(part)}].sum()" for part in parts)
        return f"({a} / {b}).replace([np.inf, -np.inf], np.nan).dropna()"
    return f"data.groupby({key}, observed=True)[{lit(y)}].{agg}()"


def ratio_parts(req: Request, catalog: Catalog) -> tuple[str, str] | None:
    """The two totals a ratio per group divides (agg "ratio": a column made as A / B)."""
    y = catalog.get(req.frame, req.y)
    if req.agg != "ratio" or y is None or y.formula is None or y.formula[1] != "/":
        return None
    return y.formula[0], y.formula[2]


def _enough(code: Code, req: Request, key: str) -> None:
    """Leave out the groups with fewer rows than the question allows ("ignore ones with fewer than 20")."""
    if req.least:
        code.comment(f"Only groups with at least {req.least} rows")
        code.add(
            f"sizes = data.groupby({key}, observed=True).size()",
            f"table = table[sizes.reindex(table.index) >= {req.least}]",
        )


def _per_calendar_day(code: Code, req: Request, agg: str) -> dict[str, str]:
    """Weekday against weekend totals: also the total per calendar day, averaged (result fields)."""
    if req.period != "WE" or agg not in ("sum", "count"):
        return {}
    day = f"data[{lit(req.x)}].dt.normalize()"
    code.comment("Weekdays outnumber weekend days five to two: also the total per calendar day, averaged")
    code.add(
        f"daily = data.groupby({day})[{lit(req.y)}].sum()" if req.y else f"daily = data.groupby({day}).size()",
        'per_day = daily.groupby(np.where(daily.index.day_of_week >= 5, "weekend", "weekday")).mean()',
        'days = daily.groupby(np.where(daily.index.day_of_week >= 5, "weekend", "weekday")).size()',
    )
    return {"per_day": "[[label, value] for label, value in per_day.items()]", "days": "days"}


def _table_fields(table: str = "table") -> dict[str, str]:
    return {
        "groups": f"len({table})",
        "table": f"[[label, value] for label, value in {table}.head({_MAX_BARS}).items()]",
        "highest": f"[{table}.idxmax(), {table}.max()]",
        "lowest": f"[{table}.idxmin(), {table}.min()]",
    }


def _numbers(req: Request, catalog: Catalog) -> list[str]:
    y = catalog.get(req.frame, req.y)
    return [req.y, *(ratio_parts(req, catalog) or ())] if req.y and y is not None and y.numeric else []


def _grouped(req: Request, catalog: Catalog, kind: str, title: str) -> str:
    """One value per group (category, period, bin or time step) as bars or a line."""
    y = catalog.get(req.frame, req.y)
    agg = req.agg or default_agg(y)
    ylabel = _agg_label(agg, req.y)
    parts = ratio_parts(req, catalog)
    code = start(req, title)
    prepare(code, req, catalog, numbers=_numbers(req, catalog), others=[req.x] if req.x else [])
    code.blank()
    key, ordered, xlabel = _key(code, req, catalog, bins=kind == "bar")
    code.comment(f"The {ylabel} per {xlabel}")
    code.add(f"table = {_aggregate(key, req.y, agg, ratio_parts(req, catalog))}")
    _enough(code, req, key)
    if not ordered:
        code.add("table = table.sort_values(ascending=False)")
    per_day = _per_calendar_day(code, req, agg)
    code.blank()
    code.add("fig, ax = plt.subplots(figsize=(9, 5))")
    if kind == "line":
        where = "table.index.to_timestamp()" if req.period in _CALENDAR and ordered else "table.index"
        code.add(f'ax.plot({where}, table.to_numpy(), marker="o" if len(table) <= 40 else None)')
    else:
        shown = "table" if ordered else f"table.head({_MAX_BARS})"
        if not ordered:
            code.comment(f"At most {_MAX_BARS} bars, largest first")
        code.add(
            f"shown = {shown}",
            "ax.bar(shown.index.astype(str), shown.to_numpy())",
            'ax.tick_params(axis="x", labelrotation=45)',
        )
    axis_labels(code, xlabel, ylabel, f"{ylabel} by {xlabel}")
    scales(code, req, "table")
    show(code)
    result_lines(
        code,
        req,
        {
            "chart": lit(kind),
            "x": lit(req.x),
            "y": lit(req.y),
            "agg": lit(agg),
            "period": lit(req.period),
            "rows_used": "len(data)",
            "ordered": str(ordered),
            **_table_fields(),
            **per_day,
            # the average over every row beside the groups' ("rentals per hour": 194 an hour, whatever the hour)
            **({"overall": f"data[{lit(req.y)}].{agg}()"} if req.y and agg in ("mean", "median") else {}),
            **({"overall": "data[{}].sum() / data[{}].sum()".format(*map(lit, parts))} if parts else {}),
            # two groups: how far apart they are ("how much lower is the ticket with a coupon")
            **({"gap": "table.max() - table.min() if len(table) == 2 else None"} if agg in ("mean", "median") else {}),
            # totals per calendar period: also their average ("13.7 kWh a day")
            **({"per_period": "table.mean()"} if agg in ("sum", "count") and req.period in ("D", "W", "M") else {}),
        },
    )
    return code.text()


def _crosstab(req: Request, catalog: Catalog) -> str:
    code = start(req, f"Counts of {req.y} within each {req.x}")
    prepare(code, req, catalog, numbers=[], others=[req.x or "", req.y or ""])
    code.blank()
    code.add(
        f"table = pd.crosstab(data[{lit(req.x)}], data[{lit(req.y)}])",
        "fig, ax = plt.subplots(figsize=(9, 5))",
        "table.plot.bar(ax=ax)",
    )
    axis_labels(code, req.x, "number of rows", f"{req.y} within each {req.x}")
    show(code)
    code.add("pairs = table.stack()")
    result_lines(
        code,
        req,
        {
            "chart": '"bar"',
            "x": lit(req.x),
            "y": lit(req.y),
            "agg": '"count"',
            "rows_used": "len(data)",
            "crosstab": "{str(k): v for k, v in table.to_dict().items()}",
            "most_common": "[*pairs.idxmax(), pairs.max()]",
        },
    )
    return code.text()


def _scatter(req: Request, catalog: Catalog) -> str:
    xcol = catalog.get(req.frame, req.x)
    numeric_x = xcol is not None and xcol.numeric
    code = start(req, f"Scatter plot of {req.y} against {req.x}")
    prepare(
        code,
        req,
        catalog,
        numbers=[req.y or ""] + ([req.x or ""] if numeric_x else []),
        others=[] if numeric_x else [req.x or ""],
    )
    code.blank()
    code.add(
        "fig, ax = plt.subplots(figsize=(8, 5))", f"ax.scatter(data[{lit(req.x)}], data[{lit(req.y)}], s=14, alpha=0.7)"
    )
    axis_labels(code, req.x, req.y, f"{req.y} against {req.x}")
    scales(code, req, f"data[{lit(req.y)}]")
    show(code)
    fields = {
        "chart": '"scatter"',
        "x": lit(req.x),
        "y": lit(req.y),
        "rows_used": "len(data)",
        "x_min": f"data[{lit(req.x)}].min()",
        "x_max": f"data[{lit(req.x)}].max()",
        "y_min": f"data[{lit(req.y)}].min()",
        "y_max": f"data[{lit(req.y)}].max()",
    }
    if numeric_x:
        fields["pearson_r"] = f"data[{lit(req.x)}].corr(data[{lit(req.y)}])"
    result_lines(code, req, fields)
    return code.text()


def _line(req: Request, catalog: Catalog) -> str:
    y, x = catalog.get(req.frame, req.y), catalog.get(req.frame, req.x)
    agg = req.agg or default_agg(y)
    auto_period = x is not None and x.is_date and req.period is None
    if req.x is None:
        code = start(req, f"Line chart of {req.y} in row order")
        prepare(code, req, catalog, numbers=_numbers(req, catalog), others=[])
        code.blank()
        code.add(f"table = data[{lit(req.y)}].reset_index(drop=True)  # against the row number")
        xlabel, ylabel = "row", req.y or ""
    else:
        code = start(req, f"Line chart of {req.y} over {req.x}")
        prepare(code, req, catalog, numbers=_numbers(req, catalog), others=[req.x])
        code.blank()
        if auto_period:
            key, xlabel = _time_key(code, req.x), req.x
        else:
            key, _, xlabel = _key(code, req, catalog, bins=False)
        ylabel = _agg_label(agg, req.y)
        code.comment(f"One point per {xlabel}: the {ylabel} over rows that share it")
        code.add(f"table = {_aggregate(key, req.y, agg, ratio_parts(req, catalog))}")
    where = "table.index.to_timestamp()" if req.period in _CALENDAR and req.x else "table.index"
    code.blank()
    code.add(
        "fig, ax = plt.subplots(figsize=(9, 5))",
        f'ax.plot({where}, table.to_numpy(), marker="o" if len(table) <= 40 else None)',
    )
    axis_labels(code, xlabel, ylabel, f"{ylabel} over {xlabel}")
    scales(code, req, "table")
    show(code)
    code.comment("Trend: correlation of the values with their order (near +1 rising, near -1 falling)")
    code.add(
        "trend_r = np.corrcoef(np.arange(len(table)), table.to_numpy(dtype=float))[0, 1] "
        "if len(table) > 2 and table.nunique() > 1 else None"
    )
    result_lines(
        code,
        req,
        {
            "chart": '"line"',
            "x": lit(req.x),
            "y": lit(req.y),
            "agg": lit(agg if req.x else None),
            "period": "period" if auto_period else lit(req.period),
            "rows_used": "len(data)",
            "points": "len(table)",
            "first": "[table.index[0], table.iloc[0]]",
            "last": "[table.index[-1], table.iloc[-1]]",
            "highest": "[table.idxmax(), table.max()]",
            "lowest": "[table.idxmin(), table.min()]",
            "trend_r": "trend_r",
            "table": "[[label, value] for label, value in table.items()] if len(table) <= 24 else None",
            "x_is_date": "pd.api.types.is_datetime64_any_dtype(table.index) or isinstance(table.index, pd.PeriodIndex)",
        },
    )
    return code.text()


def _hist(req: Request, catalog: Catalog) -> str:
    code = start(req, f"Histogram of {req.y}")
    prepare(code, req, catalog, numbers=[req.y or ""], others=[])
    code.add(f"values = data[{lit(req.y)}]")
    code.blank()
    code.add(
        "fig, ax = plt.subplots(figsize=(8, 5))",
        'ax.hist(values, bins=30, edgecolor="white")',
        'ax.axvline(values.mean(), color="crimson", linestyle="--", label="mean")',
        'ax.axvline(values.median(), color="black", linestyle=":", label="median")',
        "ax.legend()",
    )
    axis_labels(code, req.y, "number of rows", f"Distribution of {req.y}")
    scales(code, req)
    show(code)
    result_lines(
        code,
        req,
        {
            "chart": '"hist"',
            "y": lit(req.y),
            "rows_used": "len(values)",
            "mean": "values.mean()",
            "median": "values.median()",
            "std": "values.std()",
            "min": "values.min()",
            "max": "values.max()",
            "q1": "values.quantile(0.25)",
            "q3": "values.quantile(0.75)",
            "skew": "values.skew()",
        },
    )
    return code.text()


def _box(req: Request, catalog: Catalog) -> str:
    by = f" by {req.x}" if req.x else ""
    code = start(req, f"Box plot of {req.y}{by}")
    prepare(code, req, catalog, numbers=[req.y or ""], others=[req.x] if req.x else [])
    code.blank()
    code.add("fig, ax = plt.subplots(figsize=(9, 5))")
    if req.x:
        code.comment(f"One box per {req.x} (at most {_MAX_BARS}, the largest groups)")
        code.add(
            f"stats = data.groupby({lit(req.x)}, observed=True)[{lit(req.y)}].describe()",
            f'stats = stats.sort_values("count", ascending=False).head({_MAX_BARS})',
            f"groups = [data.loc[data[{lit(req.x)}] == label, {lit(req.y)}].to_numpy() for label in stats.index]",
            "ax.boxplot(groups)",
            "ax.set_xticks(range(1, len(groups) + 1), [str(label) for label in stats.index], rotation=45)",
        )
    else:
        code.add(
            f"stats = data[{lit(req.y)}].describe().to_frame({lit(req.y)}).T",
            f"ax.boxplot(data[{lit(req.y)}].to_numpy())",
        )
    axis_labels(code, req.x, req.y, f"{req.y}{by}")
    scales(code, req, f"data[{lit(req.y)}]")
    show(code)
    code.comment("Points beyond 1.5 interquartile ranges from the box count as outliers")
    code.add(
        f"q1, q3 = data[{lit(req.y)}].quantile([0.25, 0.75])",
        f"outliers = int(((data[{lit(req.y)}] < q1 - 1.5 * (q3 - q1)) | "
        f"(data[{lit(req.y)}] > q3 + 1.5 * (q3 - q1))).sum())",
    )
    fields = {
        "chart": '"box"',
        "x": lit(req.x),
        "y": lit(req.y),
        "rows_used": "len(data)",
        "boxes": '{label: {"n": row["count"], "q1": row["25%"], "median": row["50%"], "q3": row["75%"], '
        '"min": row["min"], "max": row["max"]} for label, row in stats.iterrows()}',
        "outliers": "outliers",
    }
    result_lines(code, req, fields)
    return code.text()


def chart_code(req: Request, catalog: Catalog) -> str:
    """The chart `req.chart` of `req.y` against `req.x`."""
    kind = req.chart or "bar"
    x, y = catalog.get(req.frame, req.x), catalog.get(req.frame, req.y)
    if kind == "hist":
        return _hist(req, catalog)
    if kind == "box":
        return _box(req, catalog)
    if kind == "scatter" and req.x and req.y:
        return _scatter(req, catalog)
    if kind == "line" and (x is None or x.time or x.numeric):
        return _line(req, catalog)
    if x is not None and y is not None and y.categorical:
        return _crosstab(req, catalog)
    title = f"{_agg_label(req.agg or default_agg(y), req.y)} by {req.x}"
    return _grouped(req, catalog, "line" if kind == "line" else "bar", title[0].upper() + title[1:])


def groupby_code(req: Request, catalog: Catalog) -> str:
    """An aggregate per group, with a bar chart (or a line over time)."""
    x = catalog.get(req.frame, req.x)
    kind = req.chart if req.chart in ("bar", "line") else ("line" if x is not None and x.time else "bar")
    agg = req.agg or default_agg(catalog.get(req.frame, req.y))
    title = f"{_agg_label(agg, req.y)} per {req.x}"
    return _grouped(req, catalog, kind, title[0].upper() + title[1:])


def top_code(req: Request, catalog: Catalog) -> str:
    """The top (or bottom) n groups by an aggregate, or the top n rows by a column."""
    n = req.n or 5
    low = req.order == "min"
    end = "bottom" if low else "top"
    y = catalog.get(req.frame, req.y)
    if req.x is None:
        code = start(req, f"The {end} {n} rows by {req.y}")
        prepare(code, req, catalog, numbers=_numbers(req, catalog), others=[], all_columns=True)
        code.blank()
        rows = catalog.rows.get(req.frame, 0)
        names = [
            c
            for c in catalog.of(req.frame)
            if c.kind in ("text", "categorical") and not c.is_date and c.n_unique and 0.3 * rows <= c.n_unique < rows
        ]
        if names:  # a thing listed again with the same figures (a bestseller in several years) is one thing
            code.comment(f"The same {names[0].name} with the same {req.y} (listed again in another year) counts once")
            code.add(
                f"top = data.sort_values({lit(req.y)}, ascending={low}, kind='stable')"
                f".drop_duplicates(subset=[{lit(names[0].name)}, {lit(req.y)}]).head({n})"
            )
        else:
            code.add(f"top = data.{'nsmallest' if low else 'nlargest'}({n}, {lit(req.y)})")
        code.add(
            "fig, ax = plt.subplots(figsize=(8, 5))",
            f"ax.barh([str(label) for label in top.index][::-1], top[{lit(req.y)}].to_numpy()[::-1])",
        )
        axis_labels(code, req.y, "row", f"{end.capitalize()} {n} rows by {req.y}")
        scales(code, req, f"top[{lit(req.y)}]")
        show(code)
        result_lines(
            code,
            req,
            {
                "mode": '"rows"',
                "y": lit(req.y),
                "n": str(n),
                "order": lit(req.order),
                "rows_used": "len(data)",
                "index": "list(top.index)",
                "values": f"list(top[{lit(req.y)}])",
                "rows": 'top.iloc[:, :8].to_dict(orient="records")',
            },
        )
        return code.text()
    agg = req.agg or default_agg(y)
    ylabel = _agg_label(agg, req.y)
    code = start(req, f"The {end} {n} {req.x} by {ylabel}")
    prepare(code, req, catalog, numbers=_numbers(req, catalog), others=[req.x])
    code.blank()
    key, _, xlabel = _key(code, req, catalog, bins=False)
    code.add(f"table = {_aggregate(key, req.y, agg, ratio_parts(req, catalog))}")
    _enough(code, req, key)
    code.add(
        f"top = table.sort_values(ascending={low}).head({n})",
        "fig, ax = plt.subplots(figsize=(8, 5))",
        "ax.barh([str(label) for label in top.index][::-1], top.to_numpy()[::-1])",
    )
    axis_labels(code, ylabel, xlabel, f"{end.capitalize()} {n} {xlabel} by {ylabel}")
    scales(code, req, "top")
    show(code)
    result_lines(
        code,
        req,
        {
            "mode": '"groups"',
            "x": lit(req.x),
            "y": lit(req.y),
            "agg": lit(agg),
            "period": lit(req.period),
            "n": str(n),
            "order": lit(req.order),
            "rows_used": "len(data)",
            "groups": "len(table)",
            "table": "[[label, value] for label, value in top.items()]",
        },
    )
    return code.text()


_BEINGS = frozenset({"animal", "horse", "dog", "cat", "bird", "pet", "doe", "cow", "goat", "player", "person"})


def row_label(catalog: Catalog, frame: str) -> Column | None:
    """The column that names each row (a title, a person), a record code only when nothing else does."""
    labels = [c for c in catalog.of(frame) if c.kind in ("text", "categorical") and not c.id_like]
    # a name or title, even one that repeats (a rider who won five times); else what is unique on each row
    titled = sorted((c for c in labels if {"name", "title"} & set(c.stems)), key=lambda c: -(c.n_unique or 0))
    readable = [c for c in labels if catalog.names_rows(c)]
    # (readings at a few places, IEM's station: the hottest reading is named by where it was taken)
    places = [c for c in labels if c.categorical and c.stems and set(c.stems) <= PLACE_COLUMNS | {"name", "id"}]
    # (a fleece log's Animal, a stable's Horse, a file's own thing: the one each row is about, named)
    beings = _BEINGS | catalog.subjects.get(frame, frozenset())
    about = [c for c in labels if len(c.stems) == 1 and c.stems[0] in beings and (c.n_unique or 0) >= 5]
    found = titled or about[:1] or readable or places[:1]
    return found[0] if found else None


def extreme_code(req: Request, catalog: Catalog) -> str:
    """Which group (or row) has the highest or lowest value."""
    low = req.order == "min"
    word = "lowest" if low else "highest"
    y = catalog.get(req.frame, req.y)
    if req.x is None:
        time = catalog.time_column(req.frame)
        label = row_label(catalog, req.frame)  # the row's name, said first in the answer ("Greg LeMond")
        code = start(req, f"The row with the {word} {req.y}")
        prepare(code, req, catalog, numbers=_numbers(req, catalog), others=[], all_columns=True)
        code.blank()
        code.add(
            f"position = data[{lit(req.y)}].{'idxmin' if low else 'idxmax'}()  # label of that row",
            "row = data.loc[position]",
            f"ties = int((data[{lit(req.y)}] == row[{lit(req.y)}]).sum())",
        )
        code.blank()
        code.add("fig, ax = plt.subplots(figsize=(9, 5))")
        if time is not None and time.name != req.y and time.complete:
            code.add(
                f"ordered = data.sort_values({lit(time.name)})",
                f"ax.plot(ordered[{lit(time.name)}], ordered[{lit(req.y)}], linewidth=1)",
                f'ax.scatter([row[{lit(time.name)}]], [row[{lit(req.y)}]], color="crimson", s=60, zorder=3, '
                f'label="{word}")',
            )
            xlabel = time.name
        else:
            code.add(
                f"ax.plot(np.arange(len(data)), data[{lit(req.y)}].to_numpy(), linewidth=1)",
                f'ax.scatter([data.index.get_loc(position)], [row[{lit(req.y)}]], color="crimson", s=60, '
                f'zorder=3, label="{word}")',
            )
            xlabel = "row"
        code.add("ax.legend()")
        axis_labels(code, xlabel, req.y, f"{req.y}: the {word} value")
        scales(code, req, f"data[{lit(req.y)}]")
        show(code)
        result_lines(
            code,
            req,
            {
                "mode": '"rows"',
                "y": lit(req.y),
                "order": lit(req.order),
                "rows_used": "len(data)",
                "index": "position",
                "value": f"row[{lit(req.y)}]",
                "row": "row.iloc[:12].to_dict()",
                "ties": "ties",
                **({"label": lit(label.name), "label_value": f"row[{lit(label.name)}]"} if label else {}),
            },
        )
        return code.text()
    agg = req.agg or default_agg(y)
    ylabel = _agg_label(agg, req.y)
    code = start(req, f"The {req.x} with the {word} {ylabel}")
    prepare(code, req, catalog, numbers=_numbers(req, catalog), others=[req.x])
    code.blank()
    key, ordered, xlabel = _key(code, req, catalog, bins=False)
    code.add(f"table = {_aggregate(key, req.y, agg, ratio_parts(req, catalog))}")
    _enough(code, req, key)
    code.add(f"ranked = table.sort_values(ascending={low})")
    per_day = _per_calendar_day(code, req, agg)
    code.blank()
    code.comment(f"All groups as bars (at most {_MAX_BARS}), the {word} one highlighted")
    shown = "table" if ordered else "ranked"
    code.add(
        f"shown = {shown}.head({_MAX_BARS}) if len({shown}) > {_MAX_BARS} else {shown}",
        'colors = ["crimson" if label == ranked.index[0] else "tab:blue" for label in shown.index]',
        "fig, ax = plt.subplots(figsize=(9, 5))",
        "ax.bar(shown.index.astype(str), shown.to_numpy(), color=colors)",
        'ax.tick_params(axis="x", labelrotation=45)',
    )
    axis_labels(code, xlabel, ylabel, f"{ylabel} by {xlabel}")
    scales(code, req, "shown")
    show(code)
    result_lines(
        code,
        req,
        {
            "mode": '"groups"',
            "x": lit(req.x),
            "y": lit(req.y),
            "agg": lit(agg),
            "period": lit(req.period),
            "order": lit(req.order),
            "rows_used": "len(data)",
            "groups": "len(table)",
            "winner": "[ranked.index[0], ranked.iloc[0]]",
            "runner_up": "[ranked.index[1], ranked.iloc[1]] if len(ranked) > 1 else None",
            **(
                {"total": "table.sum()", "winner_share": "100 * ranked.iloc[0] / table.sum() if table.sum() else None"}
                if agg in ("sum", "count")
                else {}
            ),
            "table": "[[label, value] for label, value in ranked.head(10).items()]",
            **per_day,
        },
    )
    return code.text()
