"""Load every upload format and run the analyst's libraries in one real confined kernel; print one JSON report.

Run by tests/test_confined_libraries.py as the app would run: as root (per-session uids) or as uid 1000 (shared
uid mode), with NOTEBOOK_AGENT_KERNEL_START=spawn or fork. Usage::

    python library_probe.py DATA_DIR SOURCES_JSON

SOURCES_JSON maps a key to [path, name the person gave the file]. Each file goes through the app's upload path
(`prepare_upload` into the kernel's work dir, checked by the confined inspector), then its `load_code` runs as a
cell of the kernel after the app's hidden setup and preamble, and the data profile is computed there, as
`Session.add_file` does. Then cells that use seaborn, scikit-learn, statsmodels and duckdb, and cells that
display a Plotly figure, an Altair chart and DataFrames (their mime bundles are reported, see `_bundles`), and a
DataFrame again after a restart, before and after the hidden setup runs again. Last, an Altair chart through
`Session` (a brain that runs one cell): the picture the app draws for it must reach the model's input. Each
cell's status, error, stdout, stderr and output mime types are reported; check cells print one
``NA-CHECK <json>`` line, parsed here.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import sys
from pathlib import Path
from typing import Any

from notebook_agent.agent.session import KERNEL_SETUP, PREAMBLE
from notebook_agent.data import PreparedUpload, parse_profile, prepare_upload, profile_code
from notebook_agent.errors import UploadError
from notebook_agent.kernel.forking import shutdown_fork_servers
from notebook_agent.kernel.session_kernel import CellResult, SessionKernel
from notebook_agent.sandbox.profiles import load_profile
from notebook_agent.sandbox.sandbox import Sandbox
from notebook_agent.settings import Settings

MARK = "NA-CHECK "

# Every loaded frame, whatever its format, must hold exactly this table (see the test's sample files).
CHECK_FRAMES = """
import json as _json
def _na_frame(frame):
    return {"columns": [str(c) for c in frame.columns], "id": [int(v) for v in frame["id"]],
            "amount": [float(v) for v in frame["amount"]], "city": [str(v) for v in frame["city"]],
            "dtypes": [str(t) for t in frame.dtypes]}
_na_out = {key: _na_frame(globals()[name]) for key, name in VARIABLES.items()}
_na_sheets = pd.read_excel(XLSX_NAME, sheet_name=None)
_na_out["xlsx-sheets"] = {name: [int(v) for v in frame["id"]] for name, frame in _na_sheets.items()}
print("NA-CHECK " + _json.dumps(_na_out))
"""

SEABORN = """
import seaborn as sns
ax = sns.barplot(data=df, x="city", y="amount")
ax.set_title("amount by city")
plt.show()
"""

SKLEARN = """
import json as _json
import sys as _sys
_na_events = []
def _na_audit(event, args):
    if event.startswith(("os.fork", "os.posix_spawn", "os.exec", "os.spawn", "os.system", "subprocess.Popen")):
        _na_events.append(event)
_sys.addaudithook(_na_audit)
import joblib
from joblib import _multiprocessing_helpers
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import cross_val_score
X, y = make_classification(n_samples=300, n_features=6, n_informative=4, random_state=0)
rf = RandomForestClassifier(n_estimators=30, n_jobs=-1, random_state=0)
scores = cross_val_score(rf, X, y, cv=3, n_jobs=-1)
rf.fit(X, y)
lr = LinearRegression().fit(df[["id"]], df["amount"])
print("NA-CHECK " + _json.dumps({
    "rf_n_jobs": rf.n_jobs, "rf_train_score": float(rf.score(X, y)), "cv_scores": [float(s) for s in scores],
    "lr_coef": float(lr.coef_[0]), "lr_intercept": float(lr.intercept_),
    "joblib_mp": repr(_multiprocessing_helpers.mp), "joblib_default_backend": joblib.parallel.DEFAULT_BACKEND,
    "active_backend": type(joblib.parallel.get_active_backend()[0]).__name__,
    "loky_imported": any(m.startswith("joblib.externals.loky") for m in _sys.modules),
    "process_events": _na_events}))
"""

STATSMODELS = """
import json as _json
import statsmodels.api as sm
_x = np.arange(30.0)
_y = 3.0 * _x + 1.0 + np.sin(_x)
_fit = sm.OLS(_y, sm.add_constant(_x)).fit()
print(_fit.summary())
print("NA-CHECK " + _json.dumps({"params": [float(p) for p in _fit.params], "rsquared": float(_fit.rsquared)}))
"""

DUCKDB = """
import json as _json
import os as _os
import duckdb
_frame = duckdb.sql("select city, amount from df where id = 2").fetchall()
_parquet = duckdb.sql(f"select count(*), sum(amount) from '{PARQUET_NAME}'").fetchall()
_csv = duckdb.sql(f"select list(city order by id) from read_csv('{CSV_NAME}')").fetchall()
_joined = duckdb.sql(f"select count(*) from df join '{PARQUET_NAME}' p using (id)").fetchall()
_settings = duckdb.sql("select current_setting('threads'), current_setting('memory_limit'), "
                       "current_setting('temp_directory')").fetchall()[0]
print("NA-CHECK " + _json.dumps({"frame": _frame, "parquet": _parquet, "csv": _csv, "joined": _joined,
                                 "threads": _settings[0], "memory_limit": _settings[1], "temp_dir": _settings[2],
                                 "cwd": _os.getcwd()}))
"""

# A Plotly figure three ways: fig.show() (plotly's own renderer), display(fig), and the cell's result.
PLOTLY = """
import plotly.express as px
_na_fig = px.line(x=[1, 2, 3], y=[2.5, 3.5, 4.5], title="amount by id")
_na_fig.show()
display(_na_fig)
_na_fig
"""

ALTAIR = """
import altair as alt
_na_chart = alt.Chart(df).mark_bar().encode(x="city", y="amount")
_na_chart.show()
_na_chart
"""

# dates with a missing one, a NaN, text with a missing one; then labelled rows, and more rows than a table carries.
TABLES = """
_na_table = pd.DataFrame({"when": pd.to_datetime(["2024-01-05", "2024-02-29 13:30", None], format="ISO8601"),
                          "amount": [1.5, float("nan"), 3.0], "city": ["Zürich", None, "José"]})
display(df.set_index("city"))
display(pd.DataFrame({"n": range(1000)}))
_na_table
"""

AFTER_RESTART = """
import pandas as pd
pd.DataFrame({"x": [1, 2]})
"""


class ChartBrain:
    """A brain that runs one Altair cell, then answers; it keeps every message it was given (the model's input)."""

    name = "Chart probe"

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    async def step(self, state: dict[str, Any], on_text: Any = None) -> Any:
        from notebook_agent.agent.brains import BrainReply
        from notebook_agent.agent.gemini import TOOL_NAME, ToolCall

        messages = state.get("messages", [])
        self.seen = list(messages)
        if any("functionResponse" in p for p in messages[-1].get("parts", [])):
            return BrainReply(content={"role": "model", "parts": [{"text": "Done."}]}, text="Done.")
        call = ToolCall(id="chart-1", name=TOOL_NAME, args={"code": SESSION_ALTAIR})
        content = {"role": "model", "parts": [{"functionCall": {"id": call.id, "name": call.name, "args": call.args}}]}
        return BrainReply(content=content, text="", tool_calls=[call])


SESSION_ALTAIR = """
import altair as alt
alt.Chart(pd.DataFrame({"city": ["A", "B", "C"], "amount": [2.5, 3.5, 4.5]})).mark_bar().encode(x="city", y="amount")
"""


async def _session_chart(settings: Settings) -> dict[str, Any]:
    """An Altair chart through `Session` as the app runs it: what reached the model's input, and the notebook."""
    from notebook_agent.agent.session import Session

    brain = ChartBrain()
    session = await Session.open(settings=settings, brain=brain)
    try:
        events = [item async for item in session.ask("draw an interactive chart")]
        done = [e for e in events if e["type"] == "code_done"]
        images = [
            base64.b64decode(p["inlineData"]["data"])
            for m in brain.seen
            for p in m.get("parts", [])
            if "inlineData" in p
        ]
        responses = [
            p["functionResponse"]["response"] for m in brain.seen for p in m.get("parts", []) if "functionResponse" in p
        ]
        kept = [o for c in session.notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]
        return {
            "status": done[-1]["status"] if done else None,
            "outputs": [sorted(o.get("data", {})) for o in done[-1]["outputs"]] if done else [],
            "text": [o.get("data", {}).get("text/plain") for o in done[-1]["outputs"]] if done else [],
            "model_images": [{"bytes": len(i), "png": i[:8] == b"\x89PNG\r\n\x1a\n"} for i in images],
            "responses": responses,
            "notebook_pngs": sum("image/png" in o.get("data", {}) for o in kept),
        }
    finally:
        await session.close()


def _bundles(res: CellResult) -> list[dict[str, Any]]:
    """Each display output's bundle: JSON mimes whole, text as text, HTML as its length, images checked."""
    found = []
    for out in res.outputs:
        if out.get("output_type") not in ("display_data", "execute_result"):
            continue
        data: dict[str, Any] = {}
        for mime, value in (out.get("data") or {}).items():
            if mime == "text/html":
                data[mime] = {"chars": len(value)}
            elif mime.startswith("image/"):
                raw = base64.b64decode(value)
                data[mime] = {"bytes": len(raw), "png": raw[:8] == b"\x89PNG\r\n\x1a\n"}
            else:
                data[mime] = value
        found.append({"output_type": out["output_type"], "data": data, "metadata": dict(out.get("metadata") or {})})
    return found


def _cell(res: CellResult) -> dict[str, Any]:
    """What the test needs to know about one cell."""
    mimes: list[list[str]] = []
    png_ok = False
    for out in res.outputs:
        data = out.get("data") or {}
        if data:
            mimes.append(sorted(data))
        png = data.get("image/png")
        if isinstance(png, str):
            png_ok = png_ok or base64.b64decode(png)[:8] == b"\x89PNG\r\n\x1a\n"
    checks = [json.loads(line[len(MARK) :]) for line in res.stdout.splitlines() if line.startswith(MARK)]
    return {
        "status": res.status,
        "error": res.error,
        "stdout": res.stdout[-4000:],
        "stderr": res.stderr[-4000:],
        "notes": res.notes,
        "mimes": mimes,
        "png_ok": png_ok,
        "check": checks[-1] if checks else None,
    }


def _prepare(sources: dict[str, list[str]], work: Path, within: Path) -> dict[str, Any]:
    """Every sample through the app's upload path, in order (the first file is loaded as df, as in the app)."""
    uploads: dict[str, PreparedUpload | str] = {}
    variables: set[str] = set()
    for key, (path, original) in sources.items():
        try:
            up = prepare_upload(
                Path(path),
                work,
                original_name=original,
                existing_variables=variables,
                first=not variables,
                within=within,
            )
        except UploadError as err:
            uploads[key] = f"refused: {err}"
            continue
        variables.add(up.variable)
        uploads[key] = up
    return uploads


async def main() -> None:
    data_dir, sources = Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text())
    settings = Settings.from_env({**os.environ, "NOTEBOOK_AGENT_DATA_DIR": str(data_dir)})
    profile = load_profile(settings.profile)
    sandbox = await asyncio.to_thread(Sandbox.create, settings, profile, Sandbox.new_id())
    kernel = SessionKernel(sandbox, settings=settings)
    report: dict[str, Any] = {
        "uid_mode": settings.uid_mode,
        "start_setting": settings.kernel_start,
        "compute_threads": profile.limits.compute_threads,
        "cells": {},
        "uploads": {},
    }
    try:
        # The kernel starts while the uploads are checked and stored (as when a person drops a file on a new chat).
        started = asyncio.ensure_future(kernel.start())
        uploads = await asyncio.to_thread(_prepare, sources, sandbox.work_dir, settings.sandboxes_dir)
        await started
        conf = kernel.confinement
        report["confinement"] = conf.as_dict() if conf else None
        report["start"] = getattr(kernel.km.provisioner if kernel.km else None, "start_mode", "")
        report["sandbox_root"] = str(sandbox.root)
        cells = report["cells"]
        for name, code in (("setup", KERNEL_SETUP), ("preamble", PREAMBLE)):
            cells[name] = _cell(await kernel.execute(code, timeout=120))
        variables: dict[str, str] = {}
        stored: dict[str, str] = {}
        for key, up in uploads.items():
            if isinstance(up, str):
                report["uploads"][key] = {"refused": up}
                continue
            res = await kernel.execute(up.load_code, timeout=120)  # as Session.add_file runs it
            report["uploads"][key] = {
                "kind": up.kind,
                "variable": up.variable,
                "load_code": up.load_code,
                "stored": up.path.name,
                "warnings": up.warnings,
                **_cell(res),
            }
            if res.status == "ok":
                variables[key] = up.variable
                # The data profile the model is shown, computed in the kernel as Session.add_file does.
                profiled = await kernel.execute(profile_code(up.variable), timeout=120)
                try:
                    profile = parse_profile(profiled.stdout)
                    report["uploads"][key]["profile"] = {
                        "shape": profile.get("shape"),
                        "columns": [c["name"] for c in profile["columns"]],
                    }
                except Exception as exc:  # reported, and failed by the test
                    report["uploads"][key]["profile"] = {"error": repr(exc), **_cell(profiled)}
            stored[key] = up.path.name
        prelude = (
            f"VARIABLES = {variables!r}\nXLSX_NAME = {stored.get('xlsx', '')!r}\n"
            f"PARQUET_NAME = {stored.get('parquet', '')!r}\nCSV_NAME = {stored.get('comma', '')!r}\n"
        )
        cells["frames"] = _cell(await kernel.execute(prelude + CHECK_FRAMES, timeout=120))
        for name, code in (
            ("seaborn", SEABORN),
            ("sklearn", SKLEARN),
            ("statsmodels", STATSMODELS),
            ("duckdb", DUCKDB),
        ):
            cells[name] = _cell(await kernel.execute(code, timeout=120))
        for name, code in (("plotly", PLOTLY), ("altair", ALTAIR), ("tables", TABLES)):
            res = await kernel.execute(code, timeout=120)
            cells[name] = {**_cell(res), "bundles": _bundles(res)}
        report["work_files"] = sorted(os.listdir(sandbox.work_dir))
        # A restart loses the formatters with the process; the hidden setup, run again, brings them back.
        await kernel.restart()
        res = await kernel.execute(AFTER_RESTART, timeout=120)
        cells["restarted"] = {**_cell(res), "bundles": _bundles(res)}
        cells["setup_again"] = _cell(await kernel.execute(KERNEL_SETUP, timeout=120))
        res = await kernel.execute(AFTER_RESTART, timeout=120)
        cells["after_restart"] = {**_cell(res), "bundles": _bundles(res)}
        try:
            report["session_chart"] = await _session_chart(settings)
        except Exception as exc:  # reported, and failed by the test
            report["session_chart"] = {"error": repr(exc)}
    finally:
        await kernel.shutdown()
        sandbox.close()
        shutdown_fork_servers()
    print(json.dumps(report, default=str))


if __name__ == "__main__":
    asyncio.run(main())
