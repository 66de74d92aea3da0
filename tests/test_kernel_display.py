"""The kernel's display functions without a kernel: DataFrames as table data, Plotly figures as plotly JSON.

The bundles as a confined kernel emits them are checked in tests/test_confined_libraries.py; here the pure
conversions are pinned down value by value, in milliseconds.
"""

from __future__ import annotations

import datetime
import decimal
import json
import math

import numpy as np
import pandas as pd
import pytest

from notebook_agent.data import _kernel_display as kd


def test_a_table_holds_json_safe_cells() -> None:
    frame = pd.DataFrame(
        {
            "when": pd.to_datetime(["2024-01-05", None, "2024-02-29 13:30"], format="ISO8601"),
            "amount": [1.5, float("nan"), 3.0],
            "count": pd.array([1, None, 3], dtype="Int64"),
            "city": ["Zürich", None, "José"],
            "flag": [True, False, True],
            "big": [2**60, -(2**60), 7],
            "edge": [math.inf, -math.inf, 0.25],
            "kind": pd.Categorical(["a", "b", "a"]),
            "span": pd.to_timedelta(["1h", None, "2D"]),
            "day": [datetime.date(2024, 1, 5), None, datetime.date(2024, 3, 1)],
            "price": [decimal.Decimal("1.10"), decimal.Decimal("NaN"), None],
            "stuff": [{"k": 1}, [1, 2], None],
        }
    )
    table = kd.table_payload(frame)
    assert table is not None
    assert table["columns"] == list(frame.columns) and table["total_rows"] == 3 and table["index"] is None
    first = ["2024-01-05T00:00:00", 1.5, 1, "Zürich", True, str(2**60), "inf", "a", "0 days 01:00:00", "2024-01-05"]
    assert table["rows"] == [
        [*first, 1.1, "{'k': 1}"],
        [None, None, None, None, False, str(-(2**60)), "-inf", "b", None, None, None, "[1, 2]"],
        ["2024-02-29T13:30:00", 3.0, 3, "José", True, 7, 0.25, "a", "2 days 00:00:00", "2024-03-01", None, None],
    ]
    json.dumps(table, allow_nan=False)  # strict JSON: no NaN or Infinity anywhere


def test_time_zones_and_numpy_scalars() -> None:
    frame = pd.DataFrame({"t": pd.to_datetime(["2024-06-01 12:00"]).tz_localize("Europe/Zurich")}, index=["r1"])
    assert kd.table_payload(frame) == {
        "columns": ["t"],
        "rows": [["2024-06-01T12:00:00+02:00"]],
        "total_rows": 1,
        "index": ["r1"],
    }
    assert kd._cell(np.int64(3)) == 3 and isinstance(kd._cell(np.int64(3)), int)
    assert kd._cell(np.float32(0.5)) == 0.5 and kd._cell(np.bool_(True)) is True
    assert kd._cell(np.datetime64("NaT")) is None and kd._cell(pd.NaT) is None and kd._cell(pd.NA) is None
    assert kd._cell(np.datetime64("2024-01-05T10:00")) == "2024-01-05T10:00:00"


def test_index_is_null_only_for_a_default_range() -> None:
    frame = pd.DataFrame({"x": range(5)})
    assert kd.table_payload(frame)["index"] is None  # type: ignore[index]
    assert kd.table_payload(frame.iloc[2:])["index"] == ["2", "3", "4"]  # type: ignore[index]
    assert kd.table_payload(frame.rename_axis("row"))["index"] == ["0", "1", "2", "3", "4"]  # type: ignore[index]
    dated = frame.set_index(pd.date_range("2024-01-01", periods=5, freq="D"))
    assert kd.table_payload(dated)["index"][0] == "2024-01-01"  # type: ignore[index]  (all at midnight: dates)
    days = pd.DataFrame(
        {"d": pd.to_datetime(["2024-01-05", None, "2024-03-01"]), "s": ["x", "y", "2024-01-05T00:00:00"]}
    )
    assert kd.table_payload(days)["rows"] == [["2024-01-05", "x"], [None, "y"], ["2024-03-01", "2024-01-05T00:00:00"]]  # type: ignore[index]
    multi = pd.DataFrame({("a", "x"): [1], ("a", "y"): [2]}, index=pd.MultiIndex.from_tuples([("k", 1)]))
    table = kd.table_payload(multi)
    assert table is not None and table["columns"] == ["a / x", "a / y"] and table["index"] == ["k / 1"]


def test_rows_are_capped_by_count_and_by_bytes() -> None:
    long = pd.DataFrame({"n": range(10_000)})
    table = kd.table_payload(long)
    assert table is not None and table["total_rows"] == 10_000 and len(table["rows"]) == kd.TABLE_ROWS
    wide_values = pd.DataFrame(np.random.default_rng(0).random((2_000, 40)))
    table = kd.table_payload(wide_values)
    assert table is not None and 0 < len(table["rows"]) < kd.TABLE_ROWS and table["total_rows"] == 2_000
    assert len(json.dumps(table)) <= kd.TABLE_BYTES
    assert kd.table_payload(pd.DataFrame(np.zeros((2, kd.TABLE_COLUMNS + 1)))) is None
    assert kd.table_payload(pd.DataFrame({"s": ["x" * 50_000] * 3}))["rows"][0][0] == "x" * 999 + "…"  # type: ignore[index]
    assert kd.table_payload(pd.DataFrame({"s": ["x" * 900] * 3}), max_bytes=500) is None  # not one row fits
    empty = kd.table_payload(pd.DataFrame({"a": [], "b": []}))
    assert empty == {"columns": ["a", "b"], "rows": [], "total_rows": 0, "index": None}


def test_plotly_bundle_is_plotly_json_and_says_it_has_no_image() -> None:
    go = pytest.importorskip("plotly.graph_objects")
    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]), layout={"title": {"text": "Totals"}})
    bundle = kd.plotly_bundle(fig)
    assert set(bundle) == {kd.PLOTLY_MIME, "text/plain"}
    assert bundle[kd.PLOTLY_MIME]["data"][0]["type"] == "bar" and bundle[kd.PLOTLY_MIME]["data"][0]["x"] == ["a", "b"]
    assert bundle["text/plain"].startswith('<Plotly figure, 1 trace (bar), title "Totals"')
    assert "no image" in bundle["text/plain"]


def test_pngs_are_compressed_again_without_loss() -> None:
    import io

    from PIL import Image

    pixels = Image.linear_gradient("L").convert("RGBA").resize((400, 300))
    loose = io.BytesIO()
    pixels.save(loose, "PNG", compress_level=0)
    tight = kd._recompressed(loose.getvalue())
    assert len(tight) < len(loose.getvalue()) // 4
    assert Image.open(io.BytesIO(tight)).tobytes() == pixels.tobytes() and kd._png_size(tight) == (400, 300)
    assert kd._recompressed(b"not a png") == b"not a png"


def test_setup_code_runs_where_there_is_no_ipython() -> None:
    namespace: dict[str, object] = {}
    exec(kd.kernel_setup_code(), namespace)  # installs nothing outside IPython, and leaves no name behind
    assert set(namespace) == {"__builtins__"}
