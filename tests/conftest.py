"""Shared fixtures: a short data dir the session uids can reach, kernels, and the CLI run as uid 1000; the fast
layer (`make test-fast`, `pytest -m fast`) and the environment restored after every test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from notebook_agent.kernel.session_kernel import SessionKernel
from notebook_agent.settings import Settings, get_settings

REPO = Path(__file__).resolve().parent.parent
# The venv by its real path: a .venv symlink inside a 0700 checkout is out of reach for uid 1000.
VENV_BIN = Path(sys.prefix).resolve() / "bin"
PYTHON = str(VENV_BIN / "python")
IS_ROOT = os.geteuid() == 0
SHARED_UID = 1000


_MADE: list[Path] = []

# The fast layer: tests that need no kernel, no browser and no app started as a process (a few start a short-lived
# helper: the upload checker, a plain Python running load code). Whole modules, minus the tests named beside them
# (kernels, the CLI, big files). A new test in one of these modules is fast unless it is named here.
FAST_MODULES: dict[str, frozenset[str]] = {
    "test_offline_lists.py": frozenset(),
    "test_offline_rows.py": frozenset(),
    "test_reshape.py": frozenset(),
    "test_offline_matches.py": frozenset(),
    "test_offline_exports.py": frozenset(),
    "test_offline_reading.py": frozenset(),
    "test_offline_public_tables.py": frozenset(),
    "test_offline_counts.py": frozenset(),
    "test_offline_typos.py": frozenset(),
    "test_offline_dates.py": frozenset(),
    "test_offline_phrases.py": frozenset(),
    "test_offline_questions.py": frozenset(),
    "test_offline_tables.py": frozenset(),
    "test_offline_interactive.py": frozenset(
        {
            "test_kernel_make_it_interactive_shows_a_vegalite_chart",
            "test_kernel_interactive_chart_carries_a_png",
            "test_kernel_show_rows_is_a_live_table",
            "test_kernel_fix_it_replaces_a_misspelled_column",
        }
    ),
    "test_errors.py": frozenset(),
    "test_settings.py": frozenset(),
    "test_offline.py": frozenset(),
    "test_graph_fast.py": frozenset(),
    "test_gemini.py": frozenset(),
    "test_notebook_record.py": frozenset(),
    "test_profiles.py": frozenset(),
    "test_store.py": frozenset(),
    "test_accounts.py": frozenset(),
    "test_ops.py": frozenset(),
    "test_public_api.py": frozenset(),
    "test_output_text.py": frozenset(),
    "test_kernel_display.py": frozenset(),
    "test_charts.py": frozenset(),
    "test_chart_renderer.py": frozenset(
        {
            "test_unconfined_vl_convert_does_fetch_from_the_sentinel",
            "test_a_data_url_never_causes_a_fetch",
            "test_renderer_process_runs_as_nobody_while_drawing",
        }
    ),
    "test_deploy_files.py": frozenset(),
    "test_notebook_upload.py": frozenset(),
    "test_safe_files.py": frozenset(
        {"test_bundle_survives_a_hostile_kernel", "test_upload_refuses_a_linked_work_folder"}
    ),
    "test_untrusted_text.py": frozenset(
        {
            "test_csv_cannot_close_the_data_profile_block",
            "test_upload_preview_has_no_active_markdown",
            "test_offline_answers_quote_data_inertly",
            "test_kernel_html_table_cannot_leave_its_block",
            "test_ask_cli_prints_no_terminal_controls",
            "test_exec_cli_prints_no_terminal_controls",
            "test_a_flood_of_outputs_keeps_the_cap_and_a_note",
            "test_count_cap_alternating_streams_and_metadata_bytes",
        }
    ),
    "test_upload_limits.py": frozenset(
        {
            "test_bombs_are_refused_by_their_declared_sizes_and_the_app_does_not_grow",
            "test_running_out_of_memory_while_checking_is_a_refusal",
            "test_checker_works_when_the_app_runs_as_uid_1000",
        }
    ),
    "test_uploads.py": frozenset(
        {
            "test_profile_size_does_not_grow_with_rows",
            "test_big_csv_is_checked_in_bounded_memory",
            "test_rows_and_bytes_past_the_head_are_still_checked",
            "test_big_json_is_judged_by_its_start",
        }
    ),
}


# The longest modules, longest first (module totals of one full run: shared-uid attacks 197 s, browser 173 s,
# replicas 130 s, the later offline exports 93 s, … down to 6 s; the rest take less). `make test` runs three workers
# that take whole modules in this order (xdist's own reordering, by number of tests, is switched off in the
# Makefile): a long module taken last would run alone at the end.
LONGEST_FIRST = (
    "test_attacks_shared.py",
    "test_browser.py",
    "test_replicas.py",
    "test_offline_exports_later.py",
    "test_offline_exports.py",
    "test_untrusted_text.py",
    "test_agent_gemini.py",
    "test_offline_matches.py",
    "test_confined_libraries.py",
    "test_attacks.py",
    "test_state_db.py",
    "test_ownership.py",
    "test_browser_accounts.py",
    "test_app.py",
    "test_notebook_import.py",
    "test_restart_attacks.py",
    "test_deploy.py",
    "test_postgres.py",
    "test_cli.py",
    "test_ask_offline.py",
    "test_gateway.py",
    "test_ops_wiring.py",
    "test_kernel.py",
    "test_hf_mode.py",
    "test_offline.py",
    "test_uploads.py",
    "test_accounts.py",
    "test_accounts_cli.py",
    "test_chart_renderer.py",
    "test_upload_limits.py",
    "test_load_conversions.py",
    "test_offline_interactive.py",
    "test_forking.py",
    "test_gemini.py",
    "test_offline_phrases.py",
    "test_app_gemini.py",
    "test_offline_reading.py",
    "test_offline_tables.py",
    "test_offline_questions.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the fast layer (see FAST_MODULES); put the longest modules first (see LONGEST_FIRST)."""
    for item in items:
        slow = FAST_MODULES.get(item.path.name)
        name = getattr(item, "originalname", None) or item.name
        if slow is not None and name not in slow:
            item.add_marker(pytest.mark.fast)
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the order inside a module stays


@pytest.fixture(autouse=True)
def _restore_environment() -> Iterator[None]:
    """Each test gets the environment it started with back, and settings read afresh (get_settings is cached)."""
    saved = dict(os.environ)
    get_settings.cache_clear()
    yield
    if os.environ != saved:
        os.environ.clear()
        os.environ.update(saved)
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def _no_figures_left_open() -> Iterator[None]:
    """Close the figures a test's in-process cells drew.

    The in-process runner shows every open figure after its next cell: a figure left open by one module turned up
    as an extra output in another module's test run later in the same worker.
    """
    yield
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")


def make_data_dir(prefix: str = "na-") -> Path:
    """A short path (ipc socket paths are limited to 107 bytes) that other uids can traverse; removed at the end."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    path.chmod(0o711)
    _MADE.append(path)
    return path


def reachable_copy(script: Path, directory: Path) -> Path:
    """A copy of a test script other uids can read: a checkout under a 0700 directory (CI's clone under /root) is
    out of reach for uid 1000, so scripts it runs are copied into a directory the test made (0711) first."""
    dest = directory / script.name
    shutil.copyfile(script, dest)
    dest.chmod(0o644)
    return dest


@pytest.fixture(scope="session", autouse=True)
def _remove_made_dirs() -> Iterator[None]:
    """Every directory make_data_dir() made goes when the run ends (the tests' kernels are gone by then)."""
    yield
    for path in _MADE:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def data_dir() -> Iterator[Path]:
    path = make_data_dir()
    os.environ["NOTEBOOK_AGENT_DATA_DIR"] = str(path)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Settings:
    return Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(data_dir)})


@pytest.fixture
async def kernel(settings: Settings) -> AsyncIterator[SessionKernel]:
    """A fresh confined kernel (per-session uid when the tests run as root), ended after the test."""
    async with SessionKernel(settings=settings) as k:
        yield k


def run_cli_as(
    uid: int | None, args: list[str], data_dir: Path, timeout: float = 120, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `notebook-agent ARGS` with a clean environment, as `uid` (via setpriv) or as ourselves."""
    env = {
        "PATH": f"{VENV_BIN}:/usr/bin:/bin",
        "HOME": str(data_dir),
        "LANG": "C.UTF-8",
        "NOTEBOOK_AGENT_DATA_DIR": str(data_dir / "data"),
        **(extra_env or {}),
    }
    cmd = [str(VENV_BIN / "notebook-agent"), *args]
    if uid is not None and uid != os.geteuid():
        cmd = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--", *cmd]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd="/")


def exec_json(proc: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """Parse the one JSON object `exec --json` prints."""
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise AssertionError(
            f"exec --json printed no JSON (rc={proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
        ) from None


@pytest.fixture(scope="session")
def shared_home() -> Iterator[Path]:
    """A directory owned by uid 1000 for the shared-mode CLI (its HOME and data dir)."""
    if not IS_ROOT:
        pytest.skip("switching to uid 1000 needs root")
    path = make_data_dir("na-u1000-")
    os.chown(path, SHARED_UID, SHARED_UID)
    yield path
    shutil.rmtree(path, ignore_errors=True)
