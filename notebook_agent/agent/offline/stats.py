"""Offline analyst: code for the overview, correlations, single statistics and matching rows."""

from __future__ import annotations

from .catalog import rows_noun
from .code import AGG_WORDS, axis_labels, lit, prepare, result_lines, scales, show, start
from .columns import Catalog, Column
from .request import Request

__all__ = ["corr_matrix_code", "correlation_code", "most_correlated_code", "overview_code", "rows_code", "stat_code"]

_MAX_PLOTS = 6
_MAX_MATRIX = 12


def overview_code(req: Request, catalog: Catalog) -> str:
    """Size, per-column summaries, missing values, and a histogram per numeric column."""
    chosen = [c for c in catalog.of(req.frame) if not req.columns or c.name in req.columns]
    numbers = [c.name for c in chosen if c.numeric]
    labels = [c.name for c in chosen if c.categorical]
    dates = [c.name for c in chosen if c.is_date]
    subject = ", ".join(req.columns) if req.columns else req.frame
    code = start(req, f"Overview of {subject}")
    prepare(code, req, catalog, numbers=numbers, others=[*labels, *dates], all_columns=not req.columns, dropna=False)
    code.blank()
    code.add(f"numeric_columns = {lit(numbers)}", f"label_columns = {lit(labels)}", f"date_columns = {lit(dates)}")
    if numbers:
        code.comment("Numbers: centre, spread and range")
        code.add(
            "summary = data[numeric_columns].describe().T",
            "numeric = {",
            '    name: {"mean": row["mean"], "std": row["std"], "min": row["min"], "median": row["50%"], '
            '"max": row["max"]}',
            "    for name, row in summary.iterrows()",
            "}",
        )
    else:
        code.add("numeric = {}")
    code.comment("Labels: how many distinct values, and the most common one")
    code.add(
        "labels = {}",
        "for name in label_columns:",
        "    counts = data[name].value_counts()",
        '    labels[name] = {"distinct": len(counts), "top": counts.index[0] if len(counts) else None,',
        '                    "top_count": counts.iloc[0] if len(counts) else 0}',
    )
    code.add('dates = {name: {"first": data[name].min(), "last": data[name].max()} for name in date_columns}')
    columns = "data" if not req.columns else f"data[{lit([c.name for c in chosen])}]"
    code.add(f"missing = {{name: count for name, count in {columns}.isna().sum().items() if count > 0}}")
    if numbers:
        code.blank()
        code.comment(f"A histogram per numeric column (the first {_MAX_PLOTS})")
        code.add(
            f"shown = numeric_columns[:{_MAX_PLOTS}]",
            "fig, axes = plt.subplots(1, len(shown), figsize=(4 * len(shown), 3.5), squeeze=False)",
            "for ax, name in zip(axes[0], shown):",
            '    ax.hist(data[name].dropna(), bins=30, edgecolor="white")',
            "    ax.set_title(name)",
        )
        show(code)
    result_lines(
        code,
        req,
        {
            "rows": "len(data)",
            "columns": str(len(chosen)) if req.columns else "data.shape[1]",
            "subset": lit(req.columns or None),
            "numeric": "numeric",
            "labels": "labels",
            "dates": "dates",
            "missing": "missing",
            "other_columns": lit([c.name for c in chosen if not (c.numeric or c.categorical or c.is_date)]),
        },
    )
    return code.text()


def correlation_code(req: Request, catalog: Catalog) -> str:
    """Pearson and Spearman correlation of two columns, with the scatter and its least-squares line."""
    code = start(req, f"Correlation between {req.x} and {req.y}")
    prepare(code, req, catalog, numbers=[req.x or "", req.y or ""], others=[], min_rows=3)
    code.blank()
    x, y = lit(req.x), lit(req.y)
    for name in (req.x, req.y):
        found = catalog.get(req.frame, name or "")
        if found is not None and found.is_date:  # "birth year and age": a date correlates by its year
            code.add(f"data[{lit(name)}] = data[{lit(name)}].dt.year")
    code.comment("Pearson r measures a straight-line relation; Spearman ρ any steadily rising or falling one")
    code.add(
        f"pearson = data[{x}].corr(data[{y}])",
        f'spearman = data[{x}].corr(data[{y}], method="spearman")',
        f"slope, intercept = np.polyfit(data[{x}], data[{y}], 1)",
    )
    code.blank()
    code.add(
        "fig, ax = plt.subplots(figsize=(8, 5))",
        f"ax.scatter(data[{x}], data[{y}], s=14, alpha=0.6)",
        f"grid = np.linspace(data[{x}].min(), data[{x}].max(), 100)",
        'ax.plot(grid, slope * grid + intercept, color="crimson", linestyle="--", label=f"r = {pearson:.2f}")',
        "ax.legend()",
    )
    axis_labels(code, req.x, req.y, f"{req.y} against {req.x}")
    scales(code, req, f"data[{y}]")
    show(code)
    result_lines(
        code,
        req,
        {"x": x, "y": y, "rows_used": "len(data)", "pearson": "pearson", "spearman": "spearman", "slope": "slope"},
    )
    return code.text()


def most_correlated_code(req: Request, catalog: Catalog) -> str:
    """Every other numeric column's correlation with `req.y`, strongest (by size) first."""
    others = [c.name for c in catalog.numeric(req.frame) if c.name != req.y]
    code = start(req, f"Which column is most correlated with {req.y}")
    prepare(code, req, catalog, numbers=[req.y or "", *others], others=[], dropna=False, min_rows=0)
    code.add(f"data = data.dropna(subset=[{lit(req.y)}])")
    code.blank()
    code.comment("Pearson r with every other numeric column, ordered by strength (size, whatever the sign)")
    code.add(
        f"others = {lit(others)}",
        f"correlations = data[others].corrwith(data[{lit(req.y)}]).dropna()",
        "ranked = correlations.reindex(correlations.abs().sort_values(ascending=False).index)",
        "counts = data[others].notna().sum()",
    )
    code.blank()
    code.add(
        "fig, ax = plt.subplots(figsize=(8, 5))",
        "shown = ranked.head(15)[::-1]",
        'ax.barh(shown.index, shown.to_numpy(), color=["crimson" if r < 0 else "tab:blue" for r in shown])',
        'ax.axvline(0, color="black", linewidth=0.8)',
        "ax.set_xlim(-1, 1)",
    )
    axis_labels(code, "Pearson r", None, f"Correlation with {req.y}")
    show(code)
    result_lines(
        code,
        req,
        {
            "y": lit(req.y),
            "rows_used": "len(data)",
            "ranked": "[[name, r, counts[name]] for name, r in ranked.items()]",
        },
    )
    return code.text()


def corr_matrix_code(req: Request, catalog: Catalog) -> str:
    """The correlation matrix of the numeric columns as an annotated heatmap."""
    every = req.columns or [c.name for c in catalog.numeric(req.frame)]
    numbers = every[:_MAX_MATRIX]  # a readable heatmap, and a result line of bounded size
    code = start(req, "Correlation matrix of the numeric columns")
    prepare(code, req, catalog, numbers=numbers, others=[], dropna=False, min_rows=3)
    code.blank()
    code.add(f"matrix = data[{lit(numbers)}].corr()")
    code.comment("The strongest pair: the largest |r| off the diagonal")
    code.add("pairs = matrix.where(~np.eye(len(matrix), dtype=bool)).stack()", "strongest = pairs.abs().idxmax()")
    code.blank()
    size = max(5, min(12, len(numbers)))
    code.add(
        f"fig, ax = plt.subplots(figsize=({size + 1}, {size}))",
        'image = ax.imshow(matrix, cmap="coolwarm", vmin=-1, vmax=1)',
        'ax.set_xticks(range(len(matrix)), matrix.columns, rotation=45, ha="right")',
        "ax.set_yticks(range(len(matrix)), matrix.columns)",
        "for i in range(len(matrix)):",
        "    for j in range(len(matrix)):",
        '        ax.text(j, i, f"{matrix.iloc[i, j]:.2f}", ha="center", va="center", fontsize=8)',
        'fig.colorbar(image, ax=ax, label="Pearson r")',
    )
    axis_labels(code, None, None, "Correlation matrix")
    show(code)
    result_lines(
        code,
        req,
        {
            "columns": "list(matrix.columns)",
            "numeric_columns": str(len(every)),
            "rows_used": "len(data)",
            "matrix": "matrix.to_numpy()",
            "strongest": "[*strongest, pairs[strongest]]",
        },
    )
    return code.text()


def _record_of(column: Column | None, catalog: Catalog, frame: str) -> Column | None:
    """The record code an amount belongs to, when rows are its lines: Order Amount of Order ID, which repeats.

    TikTok Shop and Shopify write an order's total on each of its lines; added up over the lines, a two-line
    order would count twice. Only for a name that starts with the record's own word; the cell checks that the
    lines do repeat it.
    """
    if column is None or len(column.stems) < 2 or not column.numeric:
        return None
    code = rows_noun(catalog, frame, column.stems[0])
    return code if code is not None and code.id_like else None


def stat_code(req: Request, catalog: Catalog) -> str:
    """One aggregate of one column (with its distribution drawn, the value marked)."""
    agg = req.agg or "mean"
    column = catalog.get(req.frame, req.y)
    numeric = column is not None and column.numeric
    code = start(req, f"The {AGG_WORDS[agg]} {req.y}")
    record = _record_of(column, catalog, req.frame) if numeric and agg in ("sum", "mean") else None
    others = ([] if numeric else [req.y or ""]) + ([record.name] if record is not None else [])
    # (a count or a total of no rows is 0, an answer; a mean of none has no value)
    least = 0 if agg in ("count", "sum") else 1
    prepare(code, req, catalog, numbers=[req.y or ""] if numeric else [], others=others, min_rows=least)
    if record is not None and column is not None:
        code.comment(f"{req.y} is the {column.stems[0]}'s own when each {record.name}'s lines repeat it: each once")
        code.add(
            f"lines = data.groupby({lit(record.name)})[{lit(req.y)}]",
            "if lines.ngroups < len(data) and (lines.nunique() <= 1).all():",
            f"    data = data.drop_duplicates(subset=[{lit(record.name)}])",
        )
    code.add(f"value = data[{lit(req.y)}].{agg}()")
    if numeric and agg != "count":
        code.blank()
        code.add(
            "fig, ax = plt.subplots(figsize=(8, 5))",
            f'ax.hist(data[{lit(req.y)}], bins=30, edgecolor="white")',
            f'ax.axvline(value, color="crimson", linestyle="--", label="{AGG_WORDS[agg]}")',
            "ax.legend()",
        )
        axis_labels(code, req.y, "number of rows", f"{req.y}: {AGG_WORDS[agg]}")
        scales(code, req)
        show(code)
    result_lines(code, req, {"y": lit(req.y), "agg": lit(agg), "value": "value", "rows_used": "len(data)"})
    return code.text()


def rows_code(req: Request, catalog: Catalog) -> str:
    """How many rows match the filters, the first of them, and the averages of their numeric columns."""
    numbers = [c.name for c in catalog.numeric(req.frame) if c.kind == "numeric"]
    code = start(req, "Rows that match: " + (", ".join(f["column"] for f in req.filters) or "all"))
    prepare(code, req, catalog, numbers=[], others=[], all_columns=True, dropna=False, min_rows=0)
    if not req.filters:
        code.add("rows_matching = len(data)")
    code.blank()
    code.add("first = data.head(10).iloc[:, :8]")
    people = (
        {"people": lit(req.y), "distinct": f"data[{lit(req.y)}].nunique()"}
        if req.y and catalog.get(req.frame, req.y) is not None
        else {}
    )  # "how many athletes": each athlete once, when one athlete has several rows
    result_lines(
        code,
        req,
        {
            **people,
            "rows_matching": "rows_matching",
            "percent": "round(100 * rows_matching / max(rows_total, 1), 2)",
            "head": '{"columns": list(first.columns), "index": list(first.index), "data": first.to_numpy().tolist()}',
            "means": f"data[{lit(numbers)}].mean()" + ".to_dict()",
        },
    )
    return code.text()
