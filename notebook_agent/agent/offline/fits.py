"""Offline analyst: code for curve fits (one family, or all of them compared)."""

from __future__ import annotations

from .code import NOT_ENOUGH, Code, axis_labels, lit, prepare, result_lines, scales, show, start
from .columns import Catalog
from .request import Request

__all__ = ["best_fit_code", "fit_code", "model_name"]

_NEEDS = {"exp": ("y > 0", "y > 0"), "log": ("x > 0", "x > 0"), "power": ("(x > 0) & (y > 0)", "x > 0 and y > 0")}


def model_name(kind: str | None, degree: int = 1) -> str:
    """Words for a fit family: "a straight line", "a degree-3 polynomial"."""
    if kind == "poly":
        return {2: "a quadratic (degree-2 polynomial)", 3: "a cubic (degree-3 polynomial)"}.get(
            degree, f"a degree-{degree} polynomial"
        )
    return {
        "linear": "a straight line",
        "exp": "an exponential",
        "log": "a logarithmic curve",
        "power": "a power law",
    }.get(kind or "linear", "a straight line")


def _family(code: Code, kind: str, degree: int) -> None:
    """Lines that fit one family to `x`, `y` and define `params` and `curve(v)`."""
    if kind == "linear":
        code.comment("Least-squares straight line: y = slope·x + intercept")
        code.add(
            "slope, intercept = np.polyfit(x, y, 1)",
            'params = {"slope": slope, "intercept": intercept}',
            "",
            "",
            "def curve(v):",
            "    return slope * v + intercept",
        )
    elif kind == "poly":
        code.comment(f"Least-squares polynomial of degree {degree}; coefficients from the highest power down")
        code.add(
            f"coefficients = np.polyfit(x, y, {degree})",
            'params = {"coefficients": coefficients}',
            "curve = np.poly1d(coefficients)",
        )
    elif kind == "log":
        code.comment("y = a + b·ln(x) is a straight line in ln(x)")
        code.add(
            "b, a = np.polyfit(np.log(x), y, 1)",
            'params = {"a": a, "b": b}',
            "",
            "",
            "def curve(v):",
            "    return a + b * np.log(v)",
        )
    else:
        name, formula, start_fit = {
            "exp": ("exponential", "a * np.exp(b * v)", "b, log_a = np.polyfit(x, np.log(y), 1)"),
            "power": ("power_law", "a * np.power(v, b)", "b, log_a = np.polyfit(np.log(x), np.log(y), 1)"),
        }[kind]
        space = "log(y) against x" if kind == "exp" else "log(y) against log(x)"
        code.add(
            "from scipy.optimize import curve_fit", "", "", f"def {name}(v, a, b):", f"    return {formula}", "", ""
        )
        code.comment(f"Start from a straight line through {space}, then refine a and b on the original scale")
        code.add(
            start_fit,
            "a = np.exp(log_a)",
            "try:",
            f"    (a, b), _ = curve_fit({name}, x, y, p0=[a, b], maxfev=10000)",
            "except RuntimeError:  # no convergence: keep the estimate from the straight line",
            "    pass",
        )
        extra = ', "factor_per_unit": np.exp(b)' if kind == "exp" else ""
        code.add(f'params = {{"a": a, "b": b{extra}}}', "", "", "def curve(v):", f"    return {name}(v, a, b)")


def _xy(code: Code, req: Request, catalog: Catalog) -> bool:
    """`x` and `y` as float arrays; dates become days since the first one. True when x holds dates."""
    xcol = catalog.get(req.frame, req.x)
    is_date = xcol is not None and xcol.is_date
    if is_date:
        code.comment(f"Measure {req.x} in days since the first date, so that it can enter a formula")
        code.add(
            f"start = data[{lit(req.x)}].min()",
            f"x = ((data[{lit(req.x)}] - start).dt.total_seconds() / 86400).to_numpy()",
        )
    else:
        code.add(f"x = data[{lit(req.x)}].to_numpy(dtype=float)")
    code.add(f"y = data[{lit(req.y)}].to_numpy(dtype=float)")
    return is_date


def _prepare(code: Code, req: Request, catalog: Catalog, min_rows: int) -> bool:
    xcol = catalog.get(req.frame, req.x)
    is_date = xcol is not None and xcol.is_date
    numbers = [req.y] if is_date else [req.x, req.y]
    prepare(
        code,
        req,
        catalog,
        numbers=[n for n in numbers if n],
        others=[req.x] if is_date and req.x is not None else [],
        min_rows=min_rows,
    )
    code.blank()
    return _xy(code, req, catalog)


def _x_fields(is_date: bool) -> dict[str, str]:
    if is_date:
        return {"x_unit": '"days"', "x_start": "start", "x_min": "x.min()", "x_max": "x.max()"}
    return {"x_min": "x.min()", "x_max": "x.max()"}


def _as_axis(is_date: bool, values: str) -> str:
    return f'start + pd.to_timedelta({values}, unit="D")' if is_date else values


def fit_code(req: Request, catalog: Catalog) -> str:
    """Fit one family (`req.fit`, `req.degree`) of y against x, draw it over the scatter, report R²."""
    kind = req.fit or "linear"
    degree = req.degree if kind == "poly" else 1
    code = start(req, f"Fit {model_name(kind, degree)} to {req.y} against {req.x}")
    is_date = _prepare(code, req, catalog, max(3, degree + 2))
    if kind in _NEEDS:
        test, words = _NEEDS[kind]
        code.comment(f"This formula needs {words}: leave out the other rows")
        code.add(
            f"keep = {test}",
            "excluded = int((~keep).sum())",
            "x, y = x[keep], y[keep]",
            "if len(x) < 3:",
            f'    raise ValueError(f"{NOT_ENOUGH}: only {{len(x)}} rows have {words}, 3 needed")',
        )
    else:
        code.add("excluded = 0")
    code.blank()
    _family(code, kind, degree)
    code.blank()
    code.comment("How well it fits: R² (share of the variation in y the curve explains) and the typical error")
    code.add(
        "fitted = curve(x)",
        "r2 = 1 - np.sum((y - fitted) ** 2) / np.sum((y - y.mean()) ** 2)",
        "rmse = np.sqrt(np.mean((y - fitted) ** 2))",
    )
    code.blank()
    code.comment("The data as points, the fitted curve as a line")
    label = {
        "linear": "straight line",
        "poly": f"degree-{degree} polynomial",
        "exp": "exponential",
        "log": "logarithmic",
        "power": "power law",
    }[kind]
    code.add(
        "fig, ax = plt.subplots(figsize=(8, 5))",
        f'ax.scatter({_as_axis(is_date, "x")}, y, s=14, alpha=0.6, label="data")',
        "grid = np.linspace(x.min(), x.max(), 300)",
        f'ax.plot({_as_axis(is_date, "grid")}, curve(grid), color="crimson", linewidth=2, '
        f'label=f"{label} (R² = {{r2:.3f}})")',
    )
    axis_labels(code, req.x, req.y, f"{req.y} against {req.x}")
    code.add("ax.legend()")
    scales(code, req, "y")
    show(code)
    result_lines(
        code,
        req,
        {
            "kind": lit(kind),
            "degree": str(degree),
            "x": lit(req.x),
            "y": lit(req.y),
            "params": "params",
            "r2": "r2",
            "rmse": "rmse",
            "rows_used": "len(x)",
            "excluded": "excluded",
            **_x_fields(is_date),
        },
    )
    return code.text()


_BEST_MODELS = '''\
from scipy.optimize import curve_fit


def exponential(v, a, b):
    return a * np.exp(b * v)


def power_law(v, a, b):
    return a * np.power(v, b)


def refine(formula, x_fit, y_fit, a, b):
    """Least squares on the original scale, starting from (a, b); the start is kept if it does not converge."""
    try:
        (a, b), _ = curve_fit(formula, x_fit, y_fit, p0=[a, b], maxfev=10000)
    except RuntimeError:
        pass
    return a, b


models = []  # name, parameters, number of parameters, fitted curve
skipped = {}  # families that cannot describe these values, and why
for degree, name in [(1, "linear"), (2, "quadratic"), (3, "cubic")]:
    if len(x) > degree + 2:
        coefficients = np.polyfit(x, y, degree)
        models.append({"name": name, "params": {"coefficients": coefficients}, "k": degree + 1,
                       "curve": np.poly1d(coefficients)})
if (y > 0).all():
    b, log_a = np.polyfit(x, np.log(y), 1)  # straight line through log(y): the starting point
    a, b = refine(exponential, x, y, np.exp(log_a), b)
    models.append({"name": "exponential", "params": {"a": a, "b": b}, "k": 2,
                   "curve": lambda v, a=a, b=b: exponential(v, a, b)})
else:
    skipped["exponential"] = "needs every y > 0"
if (x > 0).all():
    b, a = np.polyfit(np.log(x), y, 1)
    models.append({"name": "logarithmic", "params": {"a": a, "b": b}, "k": 2,
                   "curve": lambda v, a=a, b=b: a + b * np.log(v)})
    if (y > 0).all():
        b, log_a = np.polyfit(np.log(x), np.log(y), 1)
        a, b = refine(power_law, x, y, np.exp(log_a), b)
        models.append({"name": "power", "params": {"a": a, "b": b}, "k": 2,
                       "curve": lambda v, a=a, b=b: power_law(v, a, b)})
    else:
        skipped["power"] = "needs every y > 0"
else:
    skipped["logarithmic"] = "needs every x > 0"
    skipped["power"] = "needs every x > 0"

# Score every model on the same rows: R², and R² adjusted for the number of parameters
n = len(y)
for model in models:
    model["r2"] = 1 - np.sum((y - model["curve"](x)) ** 2) / np.sum((y - y.mean()) ** 2)
    model["adj_r2"] = 1 - (1 - model["r2"]) * (n - 1) / (n - model["k"])
models.sort(key=lambda model: -model["adj_r2"])
# The winner has the best adjusted R²; a model with fewer parameters within `tolerance` of it is preferred
tolerance = 0.001
close = [model for model in models if model["adj_r2"] >= models[0]["adj_r2"] - tolerance]
winner = min(close, key=lambda model: (model["k"], -model["adj_r2"]))
'''


def best_fit_code(req: Request, catalog: Catalog) -> str:
    """Fit every family, rank them by adjusted R², and draw them all over the scatter."""
    code = start(req, f"Compare curve families for {req.y} against {req.x}")
    is_date = _prepare(code, req, catalog, 5)
    code.blank()
    code.add(*_BEST_MODELS.splitlines())
    code.blank()
    code.comment("The data as points, every model as a line; the winner drawn thicker")
    code.add(
        "fig, ax = plt.subplots(figsize=(8, 5))",
        f'ax.scatter({_as_axis(is_date, "x")}, y, s=14, alpha=0.5, color="grey", label="data")',
        "grid = np.linspace(x.min(), x.max(), 300)",
        "for model in models:",
        "    width = 3 if model is winner else 1.2",
        f'    ax.plot({_as_axis(is_date, "grid")}, model["curve"](grid), linewidth=width, '
        "label=f\"{model['name']} (R² = {model['r2']:.4f})\")",
    )
    axis_labels(code, req.x, req.y, f"{req.y} against {req.x}: best model")
    code.add("ax.legend()")
    scales(code, req, "y")
    show(code)
    fields = {
        "x": lit(req.x),
        "y": lit(req.y),
        "rows_used": "n",
        "models": '[{key: model[key] for key in ("name", "params", "k", "r2", "adj_r2")} for model in models]',
        "skipped": "skipped",
        "winner": 'winner["name"]',
        "tolerance": "tolerance",
        **_x_fields(is_date),
    }
    result_lines(code, req, fields)
    return code.text()
