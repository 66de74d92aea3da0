"""Every upload format loads, and the analyst's libraries work, inside the real sandbox.

A library run outside the confined kernel proves nothing about the product: Excel uploads passed every test and
failed in every real sandbox (openpyxl reads /etc/mime.types at import, which Landlock refused). Here
tests/library_probe.py runs as the app would — as root with a per-session uid, and as uid 1000 in shared uid mode —
with spawned and with forked kernels. Each run takes every sample file through the app's upload path
(`prepare_upload` with its confined checker, then the `load_code` as a cell of the kernel), checks that each frame
holds exactly the table written, then plots with seaborn, fits with scikit-learn (n_jobs=-1, with no attempt to
start a process), prints a statsmodels OLS summary and queries a frame and the stored Parquet and CSV files with
duckdb, and displays a Plotly figure, an Altair chart and DataFrames, whose mime bundles (made by the formatters the
hidden setup installs, `data/_kernel_display.py`) are checked as the page will read them. The four runs go at once,
one kernel each; each parametrised test reads its own run's report.
"""

from __future__ import annotations

import base64
import codecs
import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import IS_ROOT, PYTHON, SHARED_UID, VENV_BIN, make_data_dir, reachable_copy

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not IS_ROOT, reason="per-session uids and uid 1000 need root")]

PROBE = Path(__file__).resolve().parent / "library_probe.py"
MODES = [(uid_mode, start) for uid_mode in ("per-session", "shared") for start in ("spawn", "fork")]
Reports = dict[tuple[str, str], dict[str, Any]]

IDS = [1, 2, 3]
AMOUNTS = [2.5, 3.5, 4.5]
CITIES = ["Zürich", "München", "José"]
HEADER = ["id", "amount", "city"]


def _delimited(sep: str, decimal: str = ".") -> str:
    rows = [HEADER, *([str(i), str(a).replace(".", decimal), c] for i, a, c in zip(IDS, AMOUNTS, CITIES, strict=True))]
    return "".join(sep.join(row) + "\n" for row in rows)


def _write(path: Path, data: str | bytes) -> str:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    path.chmod(0o644)
    return str(path)


def _sources(src: Path) -> dict[str, list[str]]:
    """key → [path, name the person gave it]. The first is loaded as `df` (the app's first file)."""
    import pandas as pd

    records = [{"id": i, "amount": a, "city": c} for i, a, c in zip(IDS, AMOUNTS, CITIES, strict=True)]
    frame = pd.DataFrame(records)
    files = {
        "comma": (_write(src / "comma.csv", _delimited(",")), "Sales 2024.csv"),
        "semicolon": (_write(src / "semicolon.csv", _delimited(";", decimal=",")), "semicolon.csv"),
        "tab-in-csv": (_write(src / "tab.csv", _delimited("\t")), "tab.csv"),
        "latin-1": (_write(src / "latin1.csv", _delimited(",").encode("latin-1")), "latin1.csv"),
        "bom": (_write(src / "bom.csv", codecs.BOM_UTF8 + _delimited(",").encode("utf-8")), "bom.csv"),
        "tsv": (_write(src / "data.tsv", _delimited("\t")), "data.tsv"),
        "json": (_write(src / "records.json", json.dumps(records, ensure_ascii=False)), "records.json"),
        "jsonl": (_write(src / "lines.jsonl", "".join(json.dumps(r) + "\n" for r in records)), "lines.jsonl"),
    }
    with pd.ExcelWriter(src / "book.xlsx") as writer:
        frame.to_excel(writer, sheet_name="Sales", index=False)
        frame.assign(id=frame["id"] * 10).to_excel(writer, sheet_name="Costs", index=False)
    (src / "book.xlsx").chmod(0o644)
    files["xlsx"] = (str(src / "book.xlsx"), "book.xlsx")
    frame.to_parquet(src / "table.parquet")
    (src / "table.parquet").chmod(0o644)
    files["parquet"] = (str(src / "table.parquet"), "table.parquet")
    return {key: [path, name] for key, (path, name) in files.items()}


def _start(uid_mode: str, start: str, sources: Path) -> tuple[subprocess.Popen[str], Path]:
    base = make_data_dir("na-lib-")
    uid = os.geteuid() if uid_mode == "per-session" else SHARED_UID
    if uid != os.geteuid():
        os.chown(base, uid, uid)
    env = {
        "PATH": f"{VENV_BIN}:/usr/bin:/bin",
        "HOME": str(base),
        "LANG": "C.UTF-8",
        "NOTEBOOK_AGENT_UID_MODE": uid_mode,
        "NOTEBOOK_AGENT_KERNEL_START": start,
    }
    cmd = [PYTHON, str(reachable_copy(PROBE, base)), str(base / "data"), str(sources)]
    if uid != os.geteuid():
        cmd = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--", *cmd]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/")
    return proc, base


@pytest.fixture(scope="module")
def reports() -> Iterator[Reports]:
    """Start the four runs together; each report is read when its test first asks for it."""
    src = make_data_dir("na-libsrc-")
    sources = src / "sources.json"
    _write(sources, json.dumps(_sources(src)))
    started = time.monotonic()
    runs = {mode: _start(*mode, sources) for mode in MODES}

    failures: dict[tuple[str, str], str] = {}

    class Lazy(dict):  # type: ignore[type-arg]
        def __missing__(self, mode: tuple[str, str]) -> dict[str, Any]:
            if mode in failures:  # every test of a failed run says why, not just the first
                raise AssertionError(failures[mode])
            proc, base = runs[mode]
            try:
                out, err = proc.communicate(timeout=max(30.0, 300 - (time.monotonic() - started)))
            except subprocess.TimeoutExpired:
                proc.kill()
                out, err = proc.communicate()
                failures[mode] = f"{mode}: the probe did not finish:\n{out[-3000:]}\n{err[-5000:]}"
            finally:
                shutil.rmtree(base, ignore_errors=True)
            if mode not in failures and proc.returncode != 0:
                failures[mode] = f"{mode}: the probe failed (status {proc.returncode}):\n{out[-3000:]}\n{err[-5000:]}"
            if mode in failures:
                raise AssertionError(failures[mode])
            report = json.loads(out.strip().splitlines()[-1])
            self[mode] = report
            return report

    yield Lazy()
    for proc, base in runs.values():
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        shutil.rmtree(base, ignore_errors=True)
    shutil.rmtree(src, ignore_errors=True)


def _ok(cell: dict[str, Any], what: str) -> dict[str, Any]:
    err = cell["error"] or {}
    assert cell["status"] == "ok", (
        f"{what}: {cell['status']} {err.get('ename')}: {err.get('evalue')}\n"
        f"{cell['stdout'][-1500:]}\n{cell['stderr'][-1500:]}\n{cell['notes']}"
    )
    return cell


MODE_IDS = [f"{u}-{s}" for u, s in MODES]
each_mode = pytest.mark.parametrize(("uid_mode", "start"), MODES, ids=MODE_IDS)


@each_mode
def test_uploads_load_in_the_confined_kernel(reports: Reports, uid_mode: str, start: str) -> None:
    r = reports[(uid_mode, start)]
    assert r["uid_mode"] == uid_mode and r["start"] == start, (r["uid_mode"], r["start"])
    conf = r["confinement"]
    assert conf and conf["seccomp_filters"] == 2 and conf["no_new_privs"], conf
    assert {"landlock-fs", "seccomp"} <= set(conf["layers"]), conf["layers"]
    assert (conf["uid"] == SHARED_UID) == (uid_mode == "shared") and conf["uid"] != 0, conf
    _ok(r["cells"]["setup"], "kernel setup")
    _ok(r["cells"]["preamble"], "preamble")

    uploads = r["uploads"]
    assert set(uploads) == {
        "comma",
        "semicolon",
        "tab-in-csv",
        "latin-1",
        "bom",
        "tsv",
        "json",
        "jsonl",
        "xlsx",
        "parquet",
    }
    kinds = {key: up.get("kind") for key, up in uploads.items()}
    assert kinds["xlsx"] == "excel" and kinds["parquet"] == "parquet" and kinds["jsonl"] == "json", kinds
    for key, up in uploads.items():
        assert "refused" not in up, f"{key}: {up.get('refused')}"
        _ok(up, f"{key}: {up['load_code']}")
        assert up["profile"] == {"shape": [3, 3], "columns": HEADER}, (key, up["profile"])
    assert uploads["comma"]["variable"] == "df"
    assert 'encoding="latin-1"' in uploads["latin-1"]["load_code"] or "cp1252" in uploads["latin-1"]["load_code"]
    assert 'sep=";"' in uploads["semicolon"]["load_code"] and 'decimal=","' in uploads["semicolon"]["load_code"]
    assert any("Costs" in w for w in uploads["xlsx"]["warnings"]), uploads["xlsx"]["warnings"]

    frames = _ok(r["cells"]["frames"], "frame checks")["check"]
    assert frames, r["cells"]["frames"]
    for key in uploads:
        got = frames[key]
        assert got["columns"] == HEADER, (key, got)
        assert (got["id"], got["amount"], got["city"]) == (IDS, AMOUNTS, CITIES), (key, got)
    assert frames["xlsx-sheets"] == {"Sales": IDS, "Costs": [10, 20, 30]}, frames["xlsx-sheets"]


@each_mode
def test_seaborn_plot_arrives_as_png(reports: Reports, uid_mode: str, start: str) -> None:
    plot = _ok(reports[(uid_mode, start)]["cells"]["seaborn"], "seaborn")
    assert plot["png_ok"] and any("image/png" in m for m in plot["mimes"]), plot["mimes"]


@each_mode
def test_scikit_learn_fits_with_n_jobs_and_starts_no_process(reports: Reports, uid_mode: str, start: str) -> None:
    sk = _ok(reports[(uid_mode, start)]["cells"]["sklearn"], "scikit-learn")
    fit = sk["check"]
    assert fit, sk
    assert fit["rf_n_jobs"] == -1 and fit["rf_train_score"] > 0.9, fit
    assert len(fit["cv_scores"]) == 3 and min(fit["cv_scores"]) > 0.6, fit
    assert abs(fit["lr_coef"] - 1.0) < 1e-9 and abs(fit["lr_intercept"] - 1.5) < 1e-9, fit
    # joblib runs its threading backend: no process was started (audit hook), no loky, no semaphore probe.
    assert fit["process_events"] == [], fit
    assert fit["joblib_mp"] == "None" and fit["joblib_default_backend"] == "threading", fit
    assert not fit["loky_imported"], fit
    assert "serial mode" not in sk["stderr"] and "loky" not in sk["stderr"], sk["stderr"]


@each_mode
def test_statsmodels_prints_an_ols_summary(reports: Reports, uid_mode: str, start: str) -> None:
    sm = _ok(reports[(uid_mode, start)]["cells"]["statsmodels"], "statsmodels")
    assert "OLS Regression Results" in sm["stdout"], sm["stdout"][-2000:]
    const, slope = sm["check"]["params"]
    assert abs(slope - 3.0) < 0.05 and abs(const - 1.0) < 0.6 and sm["check"]["rsquared"] > 0.99, sm["check"]


@each_mode
def test_duckdb_queries_a_frame_and_the_session_files(reports: Reports, uid_mode: str, start: str) -> None:
    r = reports[(uid_mode, start)]
    db = _ok(r["cells"]["duckdb"], "duckdb")["check"]
    assert db["frame"] == [["München", 3.5]], db
    assert db["parquet"] == [[3, sum(AMOUNTS)]], db
    assert db["csv"] == [[CITIES]], db
    assert db["joined"] == [[3]], db
    # Sized from the profile, not from the host: as many threads as the profile's compute threads.
    assert int(db["threads"]) == r["compute_threads"], db
    assert db["cwd"] == r["sandbox_root"] + "/work", db
    # Spills go to its temp dir: relative to the work dir, or inside the sandbox.
    assert not db["temp_dir"].startswith("/") or db["temp_dir"].startswith(r["sandbox_root"] + "/"), db


PLOTLY_MIME = "application/vnd.plotly.v1+json"
TABLE_MIME = "application/vnd.notebook-agent.table+json"
VEGALITE_MIME = re.compile(r"application/vnd\.vegalite\.v(\d+)\+json")


def _values(array: Any) -> list[Any]:
    """A Plotly data array: a list, or plotly's typed array ({"dtype", "bdata": base64}) as a list."""
    if isinstance(array, dict):
        import numpy as np

        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).tolist()
    return list(array)


@each_mode
def test_plotly_figure_arrives_as_plotly_json_with_no_html(reports: Reports, uid_mode: str, start: str) -> None:
    cell = _ok(reports[(uid_mode, start)]["cells"]["plotly"], "plotly")
    bundles = cell["bundles"]
    # fig.show(), display(fig), and the figure as the cell's result (whose text the model reads)
    assert [b["output_type"] for b in bundles] == ["display_data", "display_data", "execute_result"], bundles
    for bundle in bundles:
        data = bundle["data"]
        assert PLOTLY_MIME in data and "text/plain" in data, sorted(data)
        assert data.get("text/html", {}).get("chars", 0) <= 100_000, data["text/html"]
        assert "image/png" not in data, sorted(data)
        figure = data[PLOTLY_MIME]
        (trace,) = figure["data"]
        assert _values(trace["x"]) == [1, 2, 3] and _values(trace["y"]) == AMOUNTS, trace
        assert figure["layout"]["title"]["text"] == "amount by id", figure["layout"]
        assert data["text/plain"].startswith("<Plotly figure") and "no image" in data["text/plain"], data


@each_mode
def test_altair_chart_arrives_as_vega_lite(reports: Reports, uid_mode: str, start: str) -> None:
    cell = _ok(reports[(uid_mode, start)]["cells"]["altair"], "altair")
    bundles = cell["bundles"]
    assert [b["output_type"] for b in bundles] == ["display_data", "execute_result"], bundles  # .show(), result
    for bundle in bundles:
        data = bundle["data"]
        (mime,) = [m for m in data if VEGALITE_MIME.fullmatch(m)]
        spec = data[mime]
        assert spec["$schema"].startswith(
            f"https://vega.github.io/schema/vega-lite/v{VEGALITE_MIME.fullmatch(mime)[1]}."
        )
        assert spec["mark"]["type"] == "bar" and spec["encoding"]["x"]["field"] == "city", spec
        (rows,) = spec["datasets"].values()
        assert [row["city"] for row in rows] == CITIES and [row["amount"] for row in rows] == AMOUNTS, rows
        assert "text/html" not in data, sorted(data)
        text = data["text/plain"]
        if "image/png" in data:
            assert "image is attached" in text, text
        else:  # the kernel lived on, and the model is told why it has no picture
            assert "no image" in text and "64 GiB" in text, text


@each_mode
def test_altair_chart_reaches_the_model_with_a_png(reports: Reports, uid_mode: str, start: str) -> None:
    """The kernel cannot draw it (V8 needs ~64 GiB of address space); the app draws it, confined, and the picture
    reaches the model's input and the notebook (`data/chart_renderer.py`, hooked in `Session.execute`)."""
    kernel_side = _ok(reports[(uid_mode, start)]["cells"]["altair"], "altair")["bundles"]
    assert all(any(VEGALITE_MIME.fullmatch(m) for m in b["data"]) for b in kernel_side), kernel_side
    chart = reports[(uid_mode, start)]["session_chart"]
    assert chart.get("status") == "ok", chart
    assert any("image/png" in mimes and any(VEGALITE_MIME.fullmatch(m) for m in mimes) for mimes in chart["outputs"])
    assert "<Altair chart: shown interactively; its image is attached>" in chart["text"], chart["text"]
    (image,) = chart["model_images"]
    assert image["png"] and 5_000 < image["bytes"] < 2_000_000, image
    assert chart["responses"][0]["images"] == "1 plot(s), attached as images", chart["responses"]
    assert chart["notebook_pngs"] >= 1, chart


@each_mode
def test_dataframes_carry_the_table_mime(reports: Reports, uid_mode: str, start: str) -> None:
    cell = _ok(reports[(uid_mode, start)]["cells"]["tables"], "tables")
    labelled, long, result = cell["bundles"]
    for bundle in (labelled, long, result):
        assert {"text/html", "text/plain", TABLE_MIME} <= set(bundle["data"]), sorted(bundle["data"])
    assert labelled["data"][TABLE_MIME] == {
        "columns": ["id", "amount"],
        "rows": [[i, a] for i, a in zip(IDS, AMOUNTS, strict=True)],
        "total_rows": 3,
        "index": CITIES,
    }
    table = long["data"][TABLE_MIME]
    assert table["total_rows"] == 1000 and table["index"] is None and table["columns"] == ["n"], table["columns"]
    assert table["rows"] == [[n] for n in range(500)], len(table["rows"])
    assert result["output_type"] == "execute_result"
    assert result["data"][TABLE_MIME] == {
        "columns": ["when", "amount", "city"],
        "rows": [["2024-01-05T00:00:00", 1.5, "Zürich"], ["2024-02-29T13:30:00", None, None], [None, 3.0, "José"]],
        "total_rows": 3,
        "index": None,
    }


@each_mode
def test_display_formatters_come_back_with_the_setup_after_a_restart(
    reports: Reports, uid_mode: str, start: str
) -> None:
    cells = reports[(uid_mode, start)]["cells"]
    before = _ok(cells["restarted"], "a frame after the restart")["bundles"]
    assert TABLE_MIME not in before[0]["data"], before  # a new process: nothing of the old one
    _ok(cells["setup_again"], "the hidden setup after the restart")
    (after,) = _ok(cells["after_restart"], "a frame after the setup")["bundles"]
    assert after["data"][TABLE_MIME] == {"columns": ["x"], "rows": [[1], [2]], "total_rows": 2, "index": None}
