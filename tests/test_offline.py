"""The offline analyst end to end: its code runs for real, its answers are checked against pandas.

The generated code runs in a plain Python subprocess (the venv's python, MPLBACKEND=Agg) with the data loaded from
CSV files made here, not in the sandboxed kernel; its stdout goes back through `summarize`. Datasets have known
answers (y = 3x + 2 + noise, y = 2·e^(0.5x), a constructed correlation, ...).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from notebook_agent.agent.offline import RESULT_MIME, OfflineAnalyst, OfflineAnswer, OfflinePlan, read_result
from notebook_agent.agent.offline.answer import fmt, fmt_r2
from notebook_agent.data.profile import parse_profile, profile_code

# A tiny stand-in for the kernel: runs cells with pd/np/plt imported and the data loaded, one JSON line per cell.
# `display` keeps what the cell displays, sent through JSON as a kernel would (the result travels as `data`).
WORKER = r"""
import contextlib, io, json, sys, warnings
import matplotlib
matplotlib.use("Agg")
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

cache = {}
protocol = sys.stdout
for line in sys.stdin:
    job = json.loads(line)
    shown = []
    namespace = {"pd": pd, "np": np, "plt": plt, "display": lambda obj, raw=False: shown.append(obj)}
    for variable, path in job["data"].items():
        if path not in cache:
            cache[path] = pd.read_csv(path)
        namespace[variable] = cache[path].copy()
    if job.get("mutate"):
        exec(job["mutate"], namespace)
    out, error = io.StringIO(), None
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(job["code"], "<cell>", "exec"), namespace)
        except Exception as err:
            error = {"ename": type(err).__name__, "evalue": str(err)}
    figures = []
    for number in plt.get_fignums():
        for ax in plt.figure(number).axes:
            locator = ax.xaxis.get_major_locator()
            figures.append({"lines": len(ax.lines), "collections": len(ax.collections), "patches": len(ax.patches),
                            "images": len(ax.images), "yscale": ax.get_yscale(), "xscale": ax.get_xscale(),
                            "xdate": type(locator).__module__.startswith("matplotlib.dates")
                            or isinstance(ax.xaxis.get_major_formatter(), mdates.AutoDateFormatter),
                            "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel()})
    plt.close("all")
    data = json.loads(json.dumps(shown[-1], allow_nan=False)) if shown else None
    protocol.write(json.dumps({"stdout": out.getvalue(), "error": error, "figures": figures, "data": data,
                               "displays": len(shown)}) + "\n")
    protocol.flush()
"""


class Worker:
    """One long-lived subprocess running cells, so that pandas and matplotlib load once."""

    def __init__(self) -> None:
        env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        self.profiles: dict[tuple[str, str], dict[str, Any]] = {}

    def run(self, code: str, data: dict[str, Path], mutate: str | None = None) -> dict[str, Any]:
        assert self.proc.stdin and self.proc.stdout
        job = {"code": code, "data": {k: str(v) for k, v in data.items()}, "mutate": mutate}
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, "the worker died"
        return json.loads(line)

    def profile(self, variable: str, path: Path) -> dict[str, Any]:
        key = (variable, str(path))
        if key not in self.profiles:
            out = self.run(profile_code(variable), {variable: path})
            assert out["error"] is None, out["error"]
            self.profiles[key] = parse_profile(out["stdout"])
        return self.profiles[key]

    def close(self) -> None:
        assert self.proc.stdin
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    w = Worker()
    yield w
    w.close()


# --- data with known answers ---------------------------------------------------------------------------------------


def _make_data(root: Path) -> dict[str, Path]:
    rng = np.random.default_rng(7)
    frames: dict[str, pd.DataFrame] = {}
    x = np.linspace(0, 10, 120)
    frames["physics"] = pd.DataFrame(
        {
            "x": x.round(4),
            "y": (3 * x + 2 + rng.normal(0, 0.3, x.size)).round(4),
            "z": (0.5 * x**2 - 2 * x + 1 + rng.normal(0, 0.5, x.size)).round(4),
            "growth": (2 * np.exp(0.5 * x) * (1 + rng.normal(0, 0.01, x.size))).round(5),
        }
    )
    days = pd.date_range("2021-01-01", "2022-12-31")
    temp = 12 + 10 * np.sin(2 * np.pi * (days.day_of_year - 110) / 365) + rng.normal(0, 2, days.size)
    frames["weather"] = pd.DataFrame(
        {
            "date": days.strftime("%Y-%m-%d"),
            "temperature_c": temp.round(1),
            "humidity": (85 - 1.2 * temp + rng.normal(0, 3, days.size)).round(1),
            "wind_speed_kmh": rng.gamma(2, 6, days.size).round(1),
            "station": rng.choice(["North", "South", "Coast"], days.size),
        }
    )
    cities = ["Paris", "Lyon", "Berlin", "Madrid", "Rome", "Oslo", "Vienna"]
    n = 600
    sales = pd.DataFrame(
        {
            "order_date": (pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 730, n), unit="D")).strftime(
                "%Y-%m-%d"
            ),
            "City": rng.choice(cities, n, p=[0.3, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1]),
            "product": rng.choice(["Laptop", "Phone", "Tablet"], n),
            "units": rng.integers(1, 11, n),
        }
    )
    sales["unit_price"] = (
        sales["product"].map({"Laptop": 900.0, "Phone": 500.0, "Tablet": 300.0}) + rng.normal(0, 20, n)
    ).round(2)
    sales["revenue"] = (sales["units"] * sales["unit_price"]).round(2)
    frames["sales"] = sales
    level_days = pd.date_range("2023-01-01", periods=200)
    frames["readings"] = pd.DataFrame(
        {
            "day": level_days.strftime("%Y%m%d").astype(int),
            "level": (50 + 0.2 * np.arange(200) + rng.normal(0, 1, 200)).round(2),
        }
    )
    target = rng.normal(0, 1, 300)
    frames["signals"] = pd.DataFrame(
        {
            "target": target.round(4),
            "noise_a": rng.normal(0, 1, 300).round(4),
            "feature_strong": (-2 * target + rng.normal(0, 0.3, 300)).round(4),
            "feature_mid": (target + rng.normal(0, 1.5, 300)).round(4),
            "noise_b": rng.normal(0, 1, 300).round(4),
        }
    )
    xs = np.arange(1, 31, dtype=float)
    reading = [str(round(2 * v + 1, 2)) for v in xs]
    reading[3], reading[10], reading[20] = "n/a", "abc", "?"
    frames["junk"] = pd.DataFrame({"x": xs, "reading": reading})
    xp = np.linspace(1, 20, 80)
    frames["curves"] = pd.DataFrame(
        {
            "x": xp.round(4),
            "power_y": (3 * xp**1.5 * (1 + rng.normal(0, 0.01, 80))).round(4),
            "log_y": (2 + 5 * np.log(xp) + rng.normal(0, 0.05, 80)).round(4),
        }
    )
    years = np.arange(1995, 2024)
    frames["economy"] = pd.DataFrame(
        {
            "Year": years,
            "GDP_bn": (100 * 1.03 ** (years - 1995)).round(2),
            "unemployment_rate": (6 + np.sin(years / 3)).round(2),
        }
    )
    paths = {}
    for name, frame in frames.items():
        paths[name] = root / f"{name}.csv"
        frame.to_csv(paths[name], index=False)
    return paths


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _make_data(tmp_path_factory.mktemp("offline"))


def frame(data: dict[str, Path], name: str) -> pd.DataFrame:
    return pd.read_csv(data[name])


# --- a chat driven like the graph drives it ----------------------------------------------------------------------


@dataclass
class Turn:
    question: str
    text: str
    plans: list[OfflinePlan] = field(default_factory=list)
    outputs: list[dict[str, Any]] = field(default_factory=list)
    memory: dict = field(default_factory=dict)

    @property
    def result(self) -> dict[str, Any] | None:
        """What the analyst answered from: the cell's numbers and the constants the plan kept beside the cell."""
        found = read_result(self.outputs[-1]) if self.outputs else None
        return None if found is None else {**self.plans[-1].memory.get("static", {}), **found}

    @property
    def figures(self) -> list[dict[str, Any]]:
        return self.outputs[-1]["figures"] if self.outputs else []

    @property
    def request(self) -> dict[str, Any]:
        return self.memory.get("kind_now") or self.memory.get("last", {})


class Chat:
    def __init__(self, worker: Worker, data: dict[str, Path], mutate: str | None = None) -> None:
        self.worker, self.data, self.mutate = worker, data, mutate
        self.profiles = [worker.profile(variable, path) for variable, path in data.items()]
        self.analyst = OfflineAnalyst()
        self.memory: dict = {}

    def ask(self, question: str) -> Turn:
        reply = self.analyst.respond(question, self.profiles, self.memory)
        turn = Turn(question, "")
        attempt = 1
        while isinstance(reply, OfflinePlan):
            assert attempt <= 3, "more than three attempts"
            turn.plans.append(reply)
            out = self.worker.run(reply.code, self.data, self.mutate)
            turn.outputs.append(out)
            reply = self.analyst.summarize(question, reply, read_result(out), out["error"], self.profiles, attempt)
            attempt += 1
        assert isinstance(reply, OfflineAnswer)
        json.dumps(reply.memory)  # memory must stay JSON-serialisable
        turn.text, turn.memory = reply.text, reply.memory
        self.memory = reply.memory
        return turn


def ask(worker: Worker, data: dict[str, Path], name: str, *questions: str) -> Turn:
    chat = Chat(worker, {"df": data[name]})
    turn = Turn("", "")
    for q in questions:
        turn = chat.ask(q)
    return turn


# --- "no number invented" ------------------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?", re.IGNORECASE)


def _tokens(text: str) -> set[str]:
    return {t.replace(",", "").rstrip(".") for t in _NUMBER.findall(text)}


def _json_numbers(value: Any) -> Iterator[float]:
    if isinstance(value, bool):
        return
    if isinstance(value, int | float):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_numbers(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_numbers(v)


def invented_numbers(answer: str, results: list[dict[str, Any] | None], question: str) -> set[str]:
    """Numbers in the answer that are neither in the question nor a value of a displayed result, after the
    answer's own rounding (`fmt`, `fmt_r2`)."""
    allowed = _tokens(question)
    for payload in results:
        if payload is not None:
            allowed |= _tokens(json.dumps(payload))
            for v in _json_numbers(payload):
                allowed |= _tokens(" ".join([fmt(v), fmt(abs(v)), fmt_r2(v), fmt_r2(abs(v))]))
    return _tokens(answer) - allowed


def assert_honest(turn: Turn) -> None:
    # The kernel's numbers, and the request's own constants (a filter value the question gave) kept by the plan
    results = [read_result(o) for o in turn.outputs] + [p.memory.get("static") for p in turn.plans]
    assert not invented_numbers(turn.text, results, turn.question), (turn.text, results)


# --- tests -----------------------------------------------------------------------------------------------------------


def test_helper_flags_a_made_up_number() -> None:
    stdout = [{"slope": 3.01234, "r2": 0.98765, "rows_used": 120}]
    assert not invented_numbers("slope 3.012, R² 0.9877, 120 rows", stdout, "fit")
    assert invented_numbers("slope 3.012, about 42 outliers", stdout, "fit") == {"42"}
    assert invented_numbers("slope 3.0", stdout, "fit") == {"3.0"}


def test_no_data_asks_for_an_upload() -> None:
    reply = OfflineAnalyst().respond("plot y against x", [], {})
    assert isinstance(reply, OfflineAnswer)
    assert "Upload" in reply.text and ".csv" in reply.text and ".xlsx" in reply.text


def test_linear_fit_recovers_slope_and_intercept(worker: Worker, data: dict[str, Path]) -> None:
    turn = ask(worker, data, "physics", "plot y against x and fit a line")
    result = turn.result
    assert result and result["intent"] == "fit" and result["kind"] == "linear"
    slope, intercept = result["params"]["slope"], result["params"]["intercept"]
    assert abs(slope - 3) < 0.1 and abs(intercept - 2) < 0.2
    assert fmt(slope) in turn.text and fmt(abs(intercept)) in turn.text
    assert "rises" in turn.text and "120 rows" in turn.text and "y against x" in turn.text
    fig = turn.figures[0]
    assert fig["collections"] >= 1 and fig["lines"] == 1  # the points, and the fitted line over them
    assert_honest(turn)
    code = turn.plans[0].code
    assert "df[" in code and "np.polyfit" in code and "import pandas" not in code
    assert code.count(RESULT_MIME) == 1 and code.count("\n# ") >= 3 and "to_json_safe" not in code
    assert turn.outputs[0]["displays"] == 1 and "NA_RESULT" not in turn.outputs[0]["stdout"]


def test_best_model_prefers_exponential_for_exponential_data(worker: Worker, data: dict[str, Path]) -> None:
    turn = ask(worker, data, "physics", "fit the best model for growth against x")
    result = turn.result
    assert result and result["intent"] == "best_fit" and result["winner"] == "exponential"
    exp = next(m for m in result["models"] if m["name"] == "exponential")
    assert abs(exp["params"]["a"] - 2) < 0.1 and abs(exp["params"]["b"] - 0.5) < 0.01
    assert "Best model for growth against x: exponential" in turn.text
    assert "logarithmic" in result["skipped"]  # x starts at 0: no logarithm
    assert "scipy" in turn.plans[0].code and "curve_fit" in turn.plans[0].code
    assert_honest(turn)


def test_power_and_log_fits(worker: Worker, data: dict[str, Path]) -> None:
    chat = Chat(worker, {"df": data["curves"]})
    power = chat.ask("fit a power law of power_y against x")
    assert power.result and power.result["kind"] == "power"
    assert abs(power.result["params"]["b"] - 1.5) < 0.05 and abs(power.result["params"]["a"] - 3) < 0.2
    log = chat.ask("now a logarithmic fit of log_y against x")
    assert log.result and log.result["kind"] == "log" and abs(log.result["params"]["b"] - 5) < 0.1
    best = chat.ask("which model fits best?")
    assert best.result and best.result["winner"] == "logarithmic"
    for turn in (power, log, best):
        assert_honest(turn)


def test_exponential_fit_leaves_out_non_positive_values(worker: Worker, data: dict[str, Path]) -> None:
    turn = ask(worker, data, "physics", "fit an exponential of z against x")
    z = frame(data, "physics")["z"]
    assert turn.result and turn.result["excluded"] == int((z <= 0).sum()) > 0
    assert f"{turn.result['excluded']} rows left out" in turn.text
    assert_honest(turn)


def test_quadratic_beats_linear_on_quadratic_data(worker: Worker, data: dict[str, Path]) -> None:
    chat = Chat(worker, {"df": data["physics"]})
    linear = chat.ask("fit a line to z against x")
    quadratic = chat.ask("now a quadratic")
    cubic = chat.ask("try degree 3")
    assert linear.result and quadratic.result and cubic.result
    assert quadratic.result["kind"] == "poly" and quadratic.result["degree"] == 2 and quadratic.result["y"] == "z"
    assert quadratic.result["r2"] > linear.result["r2"] + 0.05
    assert abs(quadratic.result["params"]["coefficients"][0] - 0.5) < 0.05
    assert cubic.result["degree"] == 3 and len(cubic.result["params"]["coefficients"]) == 4
    assert "z = " in quadratic.text and "x²" in quadratic.text


@pytest.mark.parametrize(
    ("name", "question", "x"),
    [
        ("weather", "plot temperature over time", "date"),
        ("readings", "plot the level over time", "day"),
        ("readings", "show level by day as a line chart", "day"),
    ],
)
def test_time_series_is_a_line_over_parsed_dates(
    worker: Worker, data: dict[str, Path], name: str, question: str, x: str
) -> None:
    turn = ask(worker, data, name, question)
    result = turn.result
    assert result and result["chart"] == "line" and result["x"] == x and result["x_is_date"] is True
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(result["first"][0]))
    assert turn.figures[0]["xdate"] and turn.figures[0]["lines"] == 1
    assert "pd.to_datetime" in turn.plans[0].code
    assert_honest(turn)
    if name == "readings":
        assert "upward trend" in turn.text and '"%Y%m%d"' in turn.plans[0].code


def test_bar_chart_of_category_against_number(worker: Worker, data: dict[str, Path]) -> None:
    sales = frame(data, "sales")
    turn = ask(worker, data, "sales", "show total sales by city as a bar chart")
    totals = sales.groupby("City")["revenue"].sum()
    result = turn.result
    assert result and result["chart"] == "bar" and result["x"] == "City" and result["y"] == "revenue"
    assert result["highest"][0] == totals.idxmax() == "Paris"
    assert {label: value for label, value in result["table"]} == pytest.approx(totals.to_dict())
    assert turn.figures[0]["patches"] == len(totals)
    assert "Highest: Paris" in turn.text
    assert_honest(turn)


def test_most_correlated_column_is_the_constructed_one(worker: Worker, data: dict[str, Path]) -> None:
    turn = ask(worker, data, "signals", "which column is most correlated with target?")
    result = turn.result
    assert result and result["intent"] == "most_correlated"
    assert result["ranked"][0][0] == "feature_strong" and result["ranked"][0][1] < -0.9
    assert result["ranked"][1][0] == "feature_mid"
    assert "most correlated with target is feature_strong" in turn.text and "negative" in turn.text
    assert_honest(turn)


def test_correlation_between_named_columns(worker: Worker, data: dict[str, Path]) -> None:
    weather = frame(data, "weather")
    turn = ask(worker, data, "weather", "how correlated are humidity and temperature?")
    assert turn.result and turn.result["intent"] == "correlation"
    assert turn.result["pearson"] == pytest.approx(weather["humidity"].corr(weather["temperature_c"]))
    assert "strong negative" in turn.text
    heat = ask(worker, data, "weather", "show a correlation heatmap")
    assert heat.result and heat.result["intent"] == "corr_matrix" and heat.figures[0]["images"] == 1
    assert set(heat.result["strongest"][:2]) == {"temperature_c", "humidity"}
    for t in (turn, heat):
        assert_honest(t)


@pytest.mark.parametrize(
    ("question", "agg"),
    [
        ("average revenue by city", "mean"),
        ("total revenue per City", "sum"),
        ("how many orders per city", "count"),
        ("mean units for each city", "mean"),
        ("max unit price by city", "max"),
        ("minimum revenue grouped by city", "min"),
    ],
)
def test_group_by_matches_pandas(worker: Worker, data: dict[str, Path], question: str, agg: str) -> None:
    sales = frame(data, "sales")
    turn = ask(worker, data, "sales", question)
    result = turn.result
    assert result and result["intent"] == "groupby" and result["agg"] == agg and result["x"] == "City"
    by_city = sales.groupby("City")
    expected = by_city.size() if agg == "count" else getattr(by_city[result["y"]], agg)()
    assert {label: value for label, value in result["table"]} == pytest.approx(expected.to_dict())
    assert_honest(turn)


def test_group_by_month_of_a_text_date(worker: Worker, data: dict[str, Path]) -> None:
    sales = frame(data, "sales")
    turn = ask(worker, data, "sales", "total revenue by month")
    month = pd.to_datetime(sales["order_date"]).dt.to_period("M").astype(str)
    expected = sales.groupby(month)["revenue"].sum()
    result = turn.result
    assert result and result["period"] == "M" and result["chart"] == "line"
    assert {label: value for label, value in result["table"]} == pytest.approx(expected.to_dict())
    assert_honest(turn)


def test_highest_and_lowest_words_ties_single_and_missing() -> None:
    from notebook_agent.agent.offline.answer import ends_line

    assert ends_line([("A", 30), ("B", 30), ("C", 10)]) == "Highest: A and B tie at 30; lowest: C (10)."
    assert ends_line([("A", 30), ("B", 30)]) == "All 2 groups tie at 30."
    assert ends_line([("A", 30)]) == "Only one group: A (30)."
    assert ends_line([("A", None), ("B", float("nan"))]) == "No group has a value (all missing)."
    assert ends_line([("A", 3.5), ("B", None), ("C", 1)]) == "Highest: A (3.5); lowest: C (1)."


def test_top_n(worker: Worker, data: dict[str, Path]) -> None:
    sales = frame(data, "sales")
    turn = ask(worker, data, "sales", "top 3 cities by revenue")
    expected = sales.groupby("City")["revenue"].sum().nlargest(3)
    assert turn.result and [label for label, _ in turn.result["table"]] == list(expected.index)
    assert turn.text.startswith("Top 3 by revenue per City, 600 rows.\n")
    assert "**Top 3 City by total revenue**" in turn.text
    rows = ask(worker, data, "sales", "show the 5 highest unit prices")
    assert rows.result and rows.result["mode"] == "rows"
    assert rows.result["index"] == list(sales["unit_price"].nlargest(5).index)
    bottom = ask(worker, data, "sales", "bottom 2 products by units")
    assert bottom.result and [r[0] for r in bottom.result["table"]] == list(
        sales.groupby("product")["units"].sum().nsmallest(2).index
    )
    for t in (turn, rows, bottom):
        assert_honest(t)


def test_highest_and_lowest(worker: Worker, data: dict[str, Path]) -> None:
    sales, weather = frame(data, "sales"), frame(data, "weather")
    row = ask(worker, data, "sales", "which row has the highest revenue?")
    assert row.result and row.result["mode"] == "rows" and row.result["index"] == int(sales["revenue"].idxmax())
    city = ask(worker, data, "sales", "which city has the lowest average unit price?")
    values = city.result["values"] if city.result else {}
    assert min(values, key=values.get) == sales.groupby("City")["unit_price"].mean().idxmin()
    assert city.text.startswith("Mean of unit_price by City")
    cold = ask(worker, data, "weather", "when was the temperature lowest?")
    coldest = weather.loc[weather["temperature_c"].idxmin(), "date"]
    assert cold.result and cold.result["winner"][0] == coldest and coldest in cold.text
    year = ask(worker, data, "weather", "which year has the highest humidity?")
    years = weather.groupby(pd.to_datetime(weather["date"]).dt.year)["humidity"].mean()
    assert year.result and str(year.result["winner"][0]) == str(years.idxmax())
    for t in (row, city, cold, year):
        assert_honest(t)


def test_filters(worker: Worker, data: dict[str, Path]) -> None:
    sales, weather = frame(data, "sales"), frame(data, "weather")
    rows = ask(worker, data, "sales", "show me the rows where revenue > 9000")
    assert rows.result and rows.result["rows_matching"] == int((sales["revenue"] > 9000).sum())
    paris = ask(worker, data, "sales", "average units by product, only Paris")
    expected = sales[sales["City"] == "Paris"].groupby("product")["units"].mean()
    assert paris.result and {k: v for k, v in paris.result["table"]} == pytest.approx(expected.to_dict())
    assert "City = Paris" in paris.text
    oslo = ask(worker, data, "sales", "total revenue for Oslo")  # Oslo is not among the profile's top values
    assert oslo.result and oslo.result["value"] == pytest.approx(sales.loc[sales["City"] == "Oslo", "revenue"].sum())
    span = ask(worker, data, "weather", "average humidity between 2022-03-01 and 2022-05-31")
    dates = pd.to_datetime(weather["date"])
    expected_h = weather.loc[(dates >= "2022-03-01") & (dates <= "2022-05-31"), "humidity"].mean()
    assert span.result and span.result["value"] == pytest.approx(expected_h)
    year = ask(worker, data, "weather", "mean temperature in 2022")
    assert year.result and year.result["value"] == pytest.approx(
        weather.loc[dates.dt.year == 2022, "temperature_c"].mean()
    )
    warm = ask(worker, data, "weather", "how many rows have temperature above 20?")
    assert warm.result and warm.result["matching"] == int((weather["temperature_c"] > 20).sum())
    assert warm.text.startswith("Rows with temperature_c > 20")
    for t in (rows, paris, oslo, span, year, warm):
        assert_honest(t)


def test_follow_up_chain(worker: Worker, data: dict[str, Path]) -> None:
    chat = Chat(worker, {"df": data["physics"]})
    first = chat.ask("plot y against x and fit a line")
    assert first.request["intent"] == "fit" and first.request["fit"] == "linear"
    second = chat.ask("now a quadratic")
    assert second.result and (second.result["kind"], second.result["degree"], second.result["y"]) == ("poly", 2, "y")
    third = chat.ask("same for z")
    assert third.result and (third.result["kind"], third.result["y"], third.result["x"]) == ("poly", "z", "x")
    fourth = chat.ask("use a log scale")
    assert fourth.result and fourth.result["kind"] == "poly" and fourth.result["log_y"] is True
    assert fourth.figures[0]["yscale"] == "log" and "logarithmic" in fourth.text
    fifth = chat.ask("plot that as a bar chart")
    assert fifth.result and fifth.result["chart"] == "bar" and fifth.result["y"] == "z" and fifth.result["x"] == "x"
    assert fifth.figures[0]["patches"] >= 5 and fifth.figures[0]["yscale"] == "log"
    sixth = chat.ask("now exponential")
    assert sixth.result and sixth.result["kind"] == "exp" and sixth.result["y"] == "z"
    for turn in (first, second, third, fourth, fifth, sixth):
        assert_honest(turn)


def test_follow_up_filters_and_columns(worker: Worker, data: dict[str, Path]) -> None:
    weather = frame(data, "weather")
    dates = pd.to_datetime(weather["date"])
    chat = Chat(worker, {"df": data["weather"]})
    chat.ask("average temperature by station")
    only = chat.ask("only for 2021")
    expected = weather[dates.dt.year == 2021].groupby("station")["temperature_c"].mean()
    assert only.result and {k: v for k, v in only.result["table"]} == pytest.approx(expected.to_dict())
    same = chat.ask("do the same for humidity")
    expected_h = weather[dates.dt.year == 2021].groupby("station")["humidity"].mean()
    assert same.result and {k: v for k, v in same.result["table"]} == pytest.approx(expected_h.to_dict())
    assert same.result["filters"] == ["year of date = 2021"]
    line = chat.ask("as a line chart")
    assert line.result and line.result["chart"] == "line"
    cleared = chat.ask("remove the filter")
    assert cleared.result and "filters" not in cleared.result and cleared.result["rows_used"] == len(weather)
    for turn in (only, same, line, cleared):
        assert_honest(turn)


# Many phrasings: (dataset, question, what the request must be).
PHRASINGS = [
    ("physics", "plot y against x", {"intent": "chart", "chart": "scatter", "x": "x", "y": "y"}),
    ("physics", "y vs x", {"intent": "chart", "x": "x", "y": "y"}),
    ("physics", "scatter x versus y", {"intent": "chart", "chart": "scatter", "x": "x", "y": "y"}),
    ("physics", "Z against X please", {"intent": "chart", "x": "x", "y": "z"}),
    ("physics", "fit a straight line to y", {"intent": "fit", "fit": "linear", "x": "x", "y": "y"}),
    ("physics", "linear regression of y on x", {"intent": "fit", "fit": "linear", "x": "x", "y": "y"}),
    ("physics", "fit a cubic polynomial to z", {"intent": "fit", "fit": "poly", "degree": 3, "y": "z"}),
    ("physics", "polynomial of degree 4 for z vs x", {"intent": "fit", "fit": "poly", "degree": 4, "y": "z"}),
    ("physics", "exponential fit of growth", {"intent": "fit", "fit": "exp", "x": "x", "y": "growth"}),
    ("physics", "which model fits growth best?", {"intent": "best_fit", "y": "growth"}),
    ("physics", "histogram of z", {"intent": "chart", "chart": "hist", "y": "z"}),
    ("physics", "box plot of y", {"intent": "chart", "chart": "box", "y": "y"}),
    ("physics", "give me an overview", {"intent": "overview"}),
    ("physics", "correlation matrix", {"intent": "corr_matrix"}),
    ("physics", "how does x affect growth?", {"intent": "chart", "x": "x", "y": "growth"}),
    ("weather", "temperature over time", {"intent": "chart", "chart": "line", "x": "date", "y": "temperature_c"}),
    ("weather", "plot TEMPERATURE C by date", {"intent": "chart", "chart": "line", "x": "date"}),
    ("weather", "show the temps", {"intent": "chart", "chart": "hist", "y": "temperature_c"}),
    ("weather", "distribution of wind speed", {"intent": "chart", "chart": "hist", "y": "wind_speed_kmh"}),
    ("weather", "humidity against temperature", {"intent": "chart", "x": "temperature_c", "y": "humidity"}),
    ("weather", "monthly average humidity", {"intent": "groupby", "agg": "mean", "x": "date", "period": "M"}),
    ("weather", "mean temperature per station", {"intent": "groupby", "x": "station", "y": "temperature_c"}),
    ("weather", "box plot of temperature by station", {"intent": "chart", "chart": "box", "x": "station"}),
    ("weather", "what's the hottest day?", {"intent": "extreme", "order": "max", "y": "temperature_c"}),
    ("weather", "which station is the windiest", {"intent": "extreme", "x": "station", "y": "wind_speed_kmh"}),
    ("weather", "is humidity related to temperature", {"intent": "correlation"}),
    ("weather", "what drives humidity?", {"intent": "most_correlated", "y": "humidity"}),
    ("weather", "summary statistics", {"intent": "overview"}),
    ("weather", "describe humidity", {"intent": "overview", "columns": ["humidity"]}),
    ("weather", "fit a trend line to temperature over time", {"intent": "fit", "x": "date", "y": "temperature_c"}),
    ("weather", "what is the median wind speed?", {"intent": "stat", "agg": "median", "y": "wind_speed_kmh"}),
    ("sales", "sales by city", {"intent": "chart", "chart": "bar", "x": "City", "y": "revenue"}),
    ("sales", "plot revenue per product as bars", {"intent": "chart", "chart": "bar", "x": "product"}),
    ("sales", "average cost per product", {"intent": "groupby", "y": "unit_price", "x": "product"}),
    ("sales", "total turnover for each city", {"intent": "groupby", "agg": "sum", "y": "revenue"}),
    ("sales", "number of rows per product", {"intent": "groupby", "agg": "count", "x": "product"}),
    ("sales", "what is the most common product?", {"intent": "extreme", "agg": "count", "x": "product"}),
    ("sales", "top five cities by units", {"intent": "top", "n": 5, "x": "City", "y": "units"}),
    ("sales", "the 3 lowest revenues", {"intent": "top", "n": 3, "order": "min", "y": "revenue"}),
    ("sales", "unit prices vs units", {"intent": "chart", "chart": "scatter", "x": "units", "y": "unit_price"}),
    ("sales", "revenue over time", {"intent": "chart", "chart": "line", "x": "order_date"}),
    ("sales", "orders in Berlin", {"intent": "rows"}),
    ("sales", "sum of units where unit price >= 500", {"intent": "stat", "agg": "sum", "y": "units"}),
    (
        "sales",
        "which product sold the most units?",
        {"kind": "best_group", "group": "product", "y": "units", "agg": "sum"},
    ),
]


@pytest.mark.parametrize(("name", "question", "expected"), PHRASINGS, ids=[p[1] for p in PHRASINGS])
def test_phrasings(worker: Worker, data: dict[str, Path], name: str, question: str, expected: dict[str, Any]) -> None:
    turn = ask(worker, data, name, question)
    assert turn.plans, turn.text
    request = turn.request
    assert {k: request.get(k) for k in expected} == expected, (question, request)
    assert turn.result is not None, turn.outputs[-1]["error"]
    assert_honest(turn)


def test_column_names_matched_robustly(worker: Worker, data: dict[str, Path]) -> None:
    chat = Chat(worker, {"df": data["weather"]})
    names = {
        "plot Temperature_C over time": "temperature_c",
        "plot temp over time": "temperature_c",
        "plot the temperatures over time": "temperature_c",
        "plot wind speed over time": "wind_speed_kmh",
        "plot WIND-SPEED over time": "wind_speed_kmh",
        "plot moisture over time": "humidity",
    }
    for question, column in names.items():
        chat.memory = {}
        reply = chat.analyst.respond(question, chat.profiles, {})
        assert isinstance(reply, OfflinePlan), question
        assert reply.memory["last"]["y"] == column, question
    sales = Chat(worker, {"df": data["sales"]})
    for question, column in {
        "average cost by city": "unit_price",
        "total sales by city": "revenue",
        "mean price per city": "unit_price",
        "average quantity per city": "units",
    }.items():
        reply = sales.analyst.respond(question, sales.profiles, {})
        assert isinstance(reply, OfflinePlan) and reply.memory["last"]["y"] == column, question


@pytest.mark.parametrize(
    "question",
    [
        "train a neural network to predict y",
        "what does this mean for my business?",
        "translate this into French",
        "write me a poem about the data",
        "forecast next year's revenue",
        "cluster the cities",
        "why is humidity lower in summer?",
        "save the data as an excel file",
    ],
)
def test_out_of_scope_says_so_without_numbers(worker: Worker, data: dict[str, Path], question: str) -> None:
    chat = Chat(worker, {"df": data["weather"]})
    reply = chat.analyst.respond(question, chat.profiles, {})
    assert isinstance(reply, OfflineAnswer)
    assert "GEMINI_API_KEY" in reply.text and "offline" in reply.text
    assert not invented_numbers(reply.text, "", question)


def test_unclear_and_greeting_answers(worker: Worker, data: dict[str, Path]) -> None:
    chat = Chat(worker, {"df": data["weather"]})
    hello = chat.analyst.respond("hello!", chat.profiles, {})
    assert isinstance(hello, OfflineAnswer) and "GEMINI_API_KEY" in hello.text and "temperature_c" in hello.text
    vague = chat.analyst.respond("blorp the frobnicator", chat.profiles, {})
    assert isinstance(vague, OfflineAnswer) and "temperature_c" in vague.text


def test_text_column_with_junk_is_converted(worker: Worker, data: dict[str, Path]) -> None:
    turn = ask(worker, data, "junk", "fit a line to reading against x")
    assert len(turn.plans) == 1 and turn.result, turn.text
    assert "pd.to_numeric" in turn.plans[0].code
    assert turn.result["rows_used"] == 27 and abs(turn.result["params"]["slope"] - 2) < 1e-6
    assert "27 rows" in turn.text
    assert_honest(turn)


def test_failing_plan_is_repaired(worker: Worker, data: dict[str, Path]) -> None:
    # The profile says y is numeric, but by the time the code runs it holds text with junk (a stale profile).
    mutate = "df['y'] = df['y'].astype(str); df.loc[5, 'y'] = 'oops'"
    chat = Chat(worker, {"df": data["physics"]}, mutate=mutate)
    turn = chat.ask("fit a line to y against x")
    assert len(turn.plans) == 2 and turn.outputs[0]["error"] is not None
    assert turn.plans[1].memory["last"]["repair"] == 1 and "retry" in turn.plans[1].description
    assert turn.result and abs(turn.result["params"]["slope"] - 3) < 0.1 and turn.result["rows_used"] == 119
    assert "first attempt failed" in turn.text
    assert_honest(turn)


def test_failure_is_explained_after_three_attempts(worker: Worker, data: dict[str, Path]) -> None:
    analyst = OfflineAnalyst()
    profiles = [worker.profile("df", data["physics"])]
    plan = analyst.respond("fit a line to y against x", profiles, {})
    assert isinstance(plan, OfflinePlan)
    error = {"ename": "LinAlgError", "evalue": "SVD did not converge"}
    second = analyst.summarize("q", plan, None, error, profiles, attempt=1)
    assert isinstance(second, OfflinePlan) and second.memory["last"]["repair"] == 1
    third = analyst.summarize("q", second, None, error, profiles, attempt=2)
    assert isinstance(third, OfflinePlan) and third.memory["last"]["repair"] == 2
    final = analyst.summarize("q", third, None, error, profiles, attempt=3)
    assert isinstance(final, OfflineAnswer) and "SVD did not converge" in final.text
    missing = analyst.summarize("q", plan, None, {"ename": "KeyError", "evalue": "'y'"}, profiles, attempt=1)
    assert isinstance(missing, OfflineAnswer) and "not in df" in missing.text


def test_filter_that_matches_nothing_is_explained(worker: Worker, data: dict[str, Path]) -> None:
    turn = ask(worker, data, "weather", "average temperature by station where humidity > 500")
    assert turn.result is None and len(turn.plans) == 1
    assert "humidity > 500" in turn.text and "Not enough rows" in turn.text


def test_second_frame_is_chosen_by_its_columns(worker: Worker, data: dict[str, Path]) -> None:
    chat = Chat(worker, {"df": data["sales"], "df2": data["weather"]})
    turn = chat.ask("plot temperature over time")
    assert turn.request["frame"] == "df2" and "df2[" in turn.plans[0].code
    assert turn.result and turn.result["variable"] == "df2"
    again = chat.ask("total revenue by city")
    assert again.request["frame"] == "df" and again.result and again.result["highest"][0] == "Paris"


def test_overview_reads_back_real_numbers(worker: Worker, data: dict[str, Path]) -> None:
    sales = frame(data, "sales")
    turn = ask(worker, data, "sales", "describe the data")
    result = turn.result
    assert result and result["rows"] == len(sales) and result["columns"] == sales.shape[1]
    assert result["numeric"]["revenue"]["mean"] == pytest.approx(sales["revenue"].mean())
    assert result["labels"]["City"]["top"] == sales["City"].mode()[0]
    assert result["dates"]["order_date"]["first"] == sales["order_date"].min()
    assert f"{len(sales)} rows" in turn.text
    assert_honest(turn)


def test_year_column_is_an_ordered_axis_and_filters_by_range(worker: Worker, data: dict[str, Path]) -> None:
    economy = frame(data, "economy")
    chat = Chat(worker, {"df": data["economy"]})
    turn = chat.ask("plot gdp over time between 2010 and 2020")
    result = turn.result
    assert result and result["chart"] == "line" and result["x"] == "Year" and result["y"] == "GDP_bn"
    assert result["rows_used"] == int(economy["Year"].between(2010, 2020).sum()) == 11
    assert result["trend_r"] > 0.99 and "upward trend" in turn.text
    fit = chat.ask("fit an exponential")
    assert fit.result and fit.result["kind"] == "exp" and abs(fit.result["params"]["factor_per_unit"] - 1.03) < 0.001
    best = chat.ask("what is the best model?")
    assert best.result and best.result["winner"] == "exponential" and best.result["rows_used"] == 11
    high = chat.ask("which year had the highest unemployment rate?")
    top_year = int(economy.loc[economy["unemployment_rate"].idxmax(), "Year"])
    assert high.result and high.result["winner"][0] == top_year and high.request["filters"] == []
    for t in (turn, fit, best, high):
        assert_honest(t)


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    ("name", "questions"),
    [
        (
            "experiment",
            ["plot y against x and fit a line", "now a quadratic", "same for z", "which model fits z best?"],
        ),
        (
            "sales",
            [
                "show total sales by city as a bar chart",
                "plot sales over time for Paris",
                "which month had the highest sales?",
                "top 3 cities by average units",
            ],
        ),
        (
            "weather",
            [
                "plot temperature over time",
                "how correlated are humidity and temperature?",
                "which column is most correlated with humidity?",
            ],
        ),
    ],
)
def test_example_prompts(worker: Worker, name: str, questions: list[str]) -> None:
    path = EXAMPLES / f"{name}.csv"
    if not path.exists():
        pytest.skip(f"{path} is not there")
    chat = Chat(worker, {"df": path})
    for question in questions:
        turn = chat.ask(question)
        assert turn.result is not None, (question, turn.text)
        assert_honest(turn)
    if name == "weather":  # dates stored as YYYYMMDD integers
        first = Chat(worker, {"df": path}).ask(questions[0])
        assert first.result and first.result["x_is_date"] is True and first.figures[0]["xdate"]


def test_no_module_of_the_analyst_binds_one_name_twice() -> None:
    """A second `_PER_NOUN = ...` further down a module silently replaces the first for every function using it."""
    import ast

    package = Path(__file__).resolve().parents[1] / "notebook_agent" / "agent" / "offline"
    twice: list[str] = []
    for path in sorted(package.rglob("*.py")):
        bound: dict[str, int] = {}
        for node in ast.parse(path.read_text()).body:
            names: list[str] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            for name in names:
                if name in bound:
                    twice.append(f"{path.relative_to(package)}: {name} (lines {bound[name]} and {node.lineno})")
                bound[name] = node.lineno
    assert not twice, twice
