"""Uploads are parsed only in a short-lived confined process, and bombs are refused by the sizes they declare.

Each bomb is refused with a message that says why, while the uploading process's memory does not move (measured in
a child process, since pytest's own memory would hide it). Normal files get the same load code as the in-process
inspection. The checker runs confined as root (dropping to nobody) and when the app runs as uid 1000.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import IS_ROOT, SHARED_UID, VENV_BIN

from benchmarks.upload_bombs import deep_json, parquet_rle_bomb, parquet_string_bomb, xlsx_bomb, xlsx_many_parts
from notebook_agent.data import prepare_upload, uploads
from notebook_agent.data.delimited import inspect_delimited
from notebook_agent.data.formats import inspect_excel, inspect_json, inspect_parquet, json_depth
from notebook_agent.data.limits import (
    CSV_LINE_LIMIT,
    INSPECTOR_MEMORY,
    INSPECTOR_OPEN_FILES,
    INSPECTOR_UID,
    JSON_DEPTH_LIMIT,
    XLSX_WHOLE_PART_LIMIT,
    ZIP_ENTRIES_LIMIT,
)
from notebook_agent.data.reading import render_load_code
from notebook_agent.errors import UploadError

# The uploading side, in a fresh process: a warm-up upload (imports, first-call set-up), then for each file the
# high-water mark of its RSS is reset and read again after prepare_upload.
_MEASURE = r"""
import json, sys, time
from pathlib import Path
from notebook_agent.data import prepare_upload, uploads
from notebook_agent.errors import UploadError

def status(key):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(key + ":"))

jobs = json.loads(sys.stdin.read())
for name, value in jobs.get("limits", {}).items():
    setattr(uploads, name, value)
dest = Path(jobs["dest"])
prepare_upload(Path(jobs["warm"]), dest)
for src in jobs["files"]:
    Path("/proc/self/clear_refs").write_text("5")
    before = status("VmRSS")
    t0 = time.perf_counter()
    try:
        outcome = {"load_code": prepare_upload(Path(src), dest, first=False).load_code}
    except UploadError as err:
        outcome = {"refused": str(err)}
    print(json.dumps({"src": src, "growth_kib": status("VmHWM") - before, "seconds": time.perf_counter() - t0,
                      **outcome}), flush=True)
"""
GROWTH_BOUND_KIB = 32 * 1024  # the refusal itself: a process spawned, a request written, a short answer read


def measure(files: list[Path], work: Path, limits: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """prepare_upload of each file in a fresh child process; per file name: growth_kib, seconds, load_code/refused."""
    warm = work / "warm.csv"
    warm.write_text("a,b\n1,2\n", encoding="utf-8")
    dest = work / "dest"
    dest.mkdir(exist_ok=True)
    jobs = {"dest": str(dest), "warm": str(warm), "files": [str(f) for f in files], "limits": limits or {}}
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE], input=json.dumps(jobs), capture_output=True, text=True, timeout=300, cwd=work
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["src"] for r in results] == [str(f) for f in files]
    stored = {p.name for p in dest.iterdir()}
    assert stored == {"warm.csv"} | {Path(r["src"]).name for r in results if "load_code" in r}, stored
    return {Path(r["src"]).name: r for r in results}


def checker_processes() -> list[int]:
    """Checkers still running below this process."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            ppid = int(Path(f"/proc/{entry}/stat").read_text().rpartition(")")[2].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if b"notebook_agent.data.inspector" in cmdline and ppid == os.getpid():
            found.append(int(entry))
    return found


# --- bombs ------------------------------------------------------------------------------------------------------------


def test_bombs_are_refused_by_their_declared_sizes_and_the_app_does_not_grow(tmp_path: Path) -> None:
    bombs = [
        parquet_rle_bomb(tmp_path / "rle.parquet", row_groups=2),  # 20 million rows of a 100-character string
        parquet_string_bomb(tmp_path / "string.parquet", mib=80),  # one 80 MiB string in some KB
        xlsx_bomb(tmp_path / "cell.xlsx", expanded_mib=64),  # one cell of 64 MiB in some KB
        xlsx_many_parts(tmp_path / "parts.xlsx", parts=ZIP_ENTRIES_LIMIT + 10),
        deep_json(tmp_path / "deep.json", depth=100_000),
    ]
    (tmp_path / "line.csv").write_bytes(b"1," * (CSV_LINE_LIMIT // 2 + 1000) + b"1\n")
    bombs.append(tmp_path / "line.csv")
    results = measure(bombs, tmp_path)
    for name, result in results.items():
        assert "refused" in result, f"{name} was accepted: {result}"
        assert result["growth_kib"] < GROWTH_BOUND_KIB, (name, result)
    rle = results["rle.parquet"]["refused"]
    assert "rle.parquet declares 2 GB of data (20,000,000 rows × 1 column) in" in rle
    assert "Parquet files that expand more than 1,000× are refused" in rle and "upload a sample" in rle
    string = results["string.parquet"]["refused"]
    assert "string.parquet declares 80 MB of data (1 row × 1 column)" in string and "more than 1,000×" in string
    cell = results["cell.xlsx"]["refused"]
    assert "cell.xlsx declares 64 MB of uncompressed content in" in cell
    assert "workbooks that expand more than 100× are refused" in cell and "zip bomb" in cell
    parts = results["parts.xlsx"]["refused"]
    assert f"parts.xlsx has {ZIP_ENTRIES_LIMIT + 10 + 5:,} parts" in parts and "more than 10,000" in parts
    deep = results["deep.json"]["refused"]
    assert f"deep.json nests 100,000 levels deep; JSON nested deeper than {JSON_DEPTH_LIMIT} levels is refused" in deep
    assert "RecursionError" not in deep
    line = results["line.csv"]["refused"]
    assert f"a line longer than {CSV_LINE_LIMIT:,} characters" in line and "one row per line" in line


def test_parts_read_whole_are_bounded(tmp_path: Path) -> None:
    import zipfile

    # Shared strings stored uncompressed (no ratio to object to), but more than the checker may parse whole.
    book = tmp_path / "strings.xlsx"
    xlsx_bomb(book, expanded_mib=0)
    with (
        zipfile.ZipFile(book, "a", zipfile.ZIP_STORED) as archive,
        archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part,
    ):
        part.write(b"<sst>")
        for _ in range(XLSX_WHOLE_PART_LIMIT >> 20):
            part.write(b"a" * (1 << 20))
        part.write(b"</sst>")
    (tmp_path / "dest").mkdir()
    try:
        with pytest.raises(UploadError) as info:
            prepare_upload(book, tmp_path / "dest")
    finally:
        book.unlink()
    assert "strings.xlsx declares 128 MB of shared strings (xl/sharedStrings.xml)" in str(info.value)
    assert "read whole before the first cell" in str(info.value)


def test_running_out_of_memory_while_checking_is_a_refusal(tmp_path: Path) -> None:
    # Under the JSON parse limit and shallow, so every declared check passes; millions of empty lists then need more
    # than this (lowered) memory limit once parsed.
    src = tmp_path / "lists.json"
    src.write_text("[" + "[]," * 5_000_000 + "[]]", encoding="ascii")
    results = measure([src], tmp_path, limits={"INSPECTOR_MEMORY": 256 << 20})
    message = results["lists.json"]["refused"]
    assert "lists.json needs more than 256 MB of memory just to be checked, so it was refused" in message
    assert "export it as CSV" in message
    assert results["lists.json"]["growth_kib"] < GROWTH_BOUND_KIB


def test_a_check_past_its_time_is_killed_and_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "slow.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    monkeypatch.setattr(uploads, "INSPECTOR_BASE_SECONDS", 0.05)  # not even enough to start Python
    (tmp_path / "dest").mkdir()
    with pytest.raises(UploadError) as info:
        prepare_upload(src, tmp_path / "dest")
    assert "slow.csv could not be checked within 0.05 s, so it was refused" in str(info.value)
    assert checker_processes() == []
    assert list((tmp_path / "dest").iterdir()) == []


def test_json_depth_ignores_brackets_in_strings() -> None:
    assert json_depth('[{"a": [1, 2]}, {"b": "[[[[[[["}]') == 3
    assert json_depth('{"k\\\\": "]]]]", "v": [[["\\"[[["]]]}') == 4
    assert json_depth('"unterminated [[[[') == 0
    assert json_depth("[" * 5000) == 5000
    assert json_depth("") == 0


# --- normal files: the same answer as before, now from the confined checker ------------------------------------------


def _normal_files(src: Path) -> list[Path]:
    import openpyxl
    import pandas as pd

    src.mkdir()
    files = []
    for name, text in {
        "plain.csv": "id,amount,label\n1,2.5,x\n2,3.5,y\n",
        "semi.csv": "item;price\na;1,5\nb;2,25\n",
        "noheader.csv": "1,2.5,3\n4,5.5,6\n",
        "ragged.csv": "a,b,c\n1,2,3\n4,5\n6,7,8,9\n",
        "tabs.tsv": "a\tb\n1\t2\n",
        "records.json": json.dumps([{"id": 1, "zip": "01234"}, {"id": 2, "zip": "99999"}]),
        "lines.jsonl": '{"a": 1}\n{"a": 2}\n',
        "api.json": json.dumps({"meta": {"n": 2}, "data": [{"a": 1}, {"a": 2}]}),
    }.items():
        (src / name).write_text(text, encoding="utf-8")
        files.append(src / name)
    (src / "latin.csv").write_bytes("name,city\nJosé,Zürich\nRenée,Köln\n".encode("latin-1"))
    files.append(src / "latin.csv")
    frame = pd.DataFrame({"id": [1, 2, 3], "city": ["Paris", "Köln", "Zürich"]})
    frame.to_excel(src / "book.xlsx", index=False)
    frame.to_parquet(src / "table.parquet")
    book = openpyxl.Workbook()
    book.active.append(["Sales report 2024"])
    book.active.append([])
    for values in (["region", "amount"], ["north", 10], ["south", 12.5]):
        book.active.append(values)
    book.create_sheet("Other")["A1"] = "more"
    book.save(src / "report.xlsx")
    return [*files, src / "book.xlsx", src / "table.parquet", src / "report.xlsx"]


def _in_process(path: Path) -> Any:
    kind = uploads.SUPPORTED_EXTENSIONS[path.suffix]
    if kind in ("csv", "tsv"):
        return inspect_delimited(path, kind, path.name)
    if kind == "json":
        return inspect_json(path, path.name, lines_expected=path.suffix == ".jsonl")
    return inspect_excel(path, path.name) if kind == "excel" else inspect_parquet(path, path.name)


def test_normal_uploads_load_as_they_did_in_process(tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    for path in _normal_files(tmp_path / "src"):
        up = prepare_upload(path, dest, first=False)
        expected = _in_process(path)
        assert up.load_code == render_load_code(expected, up.variable, up.path.name), path.name
        assert (up.warnings, up.encoding, up.delimiter, up.header) == (
            expected.warnings,
            expected.encoding,
            expected.delimiter,
            expected.header,
        ), path.name
    loaded = {p.name for p in dest.iterdir()}
    assert {"plain.csv", "book.xlsx", "table.parquet", "records.json"} <= loaded
    assert (
        prepare_upload(tmp_path / "src" / "plain.csv", dest).load_code
        == 'df = pd.read_csv("plain-2.csv", encoding="utf-8", sep=",")'
    )
    assert (
        prepare_upload(tmp_path / "src" / "table.parquet", dest, first=False).load_code
        == 'table = pd.read_parquet("table-2.parquet")'
    )
    assert (
        prepare_upload(tmp_path / "src" / "book.xlsx", dest, first=False).load_code
        == 'book = pd.read_excel("book-2.xlsx")'
    )


def test_the_app_takes_only_what_an_inspector_writes_from_the_checker(tmp_path: Path) -> None:
    from notebook_agent.data.inspector import inspection_from_json, inspection_to_json

    # What a subverted checker could answer to get code into the load code (and into the exported notebook).
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("a,b\n1,2\n3,4,5\n", encoding="utf-8")
    good = inspection_to_json(inspect_delimited(ragged, "csv", "ragged.csv"))
    assert "lambda row: row[:2]" in render_load_code(inspection_from_json(good, "csv"), "df", "ragged.csv")
    forged = [
        {**good, "reader": "read_csv(__import__('os').system('id')) or pd.read_csv"},
        {**good, "kind": "parquet"},
        {**good, "options": {**good["options"], "sep": {"$code": "__import__('os')"}}},
        {**good, "options": {**good["options"], "on_bad_lines": {"$code": "lambda row: __import__('os')"}}},
        {**good, "options": {**good["options"], "storage_options": "x"}},
        {**good, "options": {**good["options"], "names": [{"$code": "1"}]}},
        {**good, "after": ["import os"]},
        {**good, "template": "import os\n$var = pd.read_csv($path)"},
        {**good, "encoding": 'utf-8") or __import__("os'},
        {**good, "delimiter": "x"},
    ]
    for answer in forged:
        with pytest.raises((ValueError, LookupError)):
            inspection_from_json(answer, "csv")


# --- the checker's confinement ---------------------------------------------------------------------------------------

_PROBE = r"""
import errno, json, os, socket, sys
request = json.loads(sys.stdin.read())
from notebook_agent.data import inspector
report = inspector.confine(request)
out = {"report": report}

def attempt(name, action):
    try:
        action()
        out[name] = "allowed"
    except OSError as err:
        out[name] = errno.errorcode.get(err.errno, type(err).__name__)
    except BaseException as err:
        out[name] = type(err).__name__

fd = request["fd"]
attempt("read_upload", lambda: os.pread(fd, 4, 0) == b"a,b\n" or 1 / 0)
attempt("open_upload_by_path", lambda: open(sys.argv[1], "rb").close())
attempt("open_passwd", lambda: open("/etc/passwd", "rb").close())
attempt("write_tmp", lambda: open("/tmp/na-inspector-probe", "wb").close())
attempt("socket", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).close())
attempt("unix_socket", lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close())
attempt("fork", lambda: os.fork() == 0 and os._exit(0))
attempt("signal_parent", lambda: os.kill(os.getppid(), 0))
attempt("two_gib", lambda: bytearray(2 << 30))
out["inspect"] = inspector.inspect(request)
out["modules"] = sorted(m for m in ("pandas", "pyarrow", "openpyxl", "numpy") if m in sys.modules)
print(json.dumps(out))
"""


_BUILD_AND_PROBE = """
import json, subprocess, sys
from notebook_agent.data import uploads
fd = int(sys.argv[1])
request = uploads._request(fd, sys.argv[2], sys.argv[3], "probe", 30)
proc = subprocess.run([sys.executable, "-I", "-B", "-c", sys.argv[4], sys.argv[5]], input=json.dumps(request),
                      pass_fds=(fd,), capture_output=True, text=True, timeout=120, cwd="/")
sys.stdout.write(proc.stdout)
sys.stderr.write(proc.stderr)
sys.exit(proc.returncode)
"""


def run_probe(src: Path, kind: str, as_uid: int | None = None, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Confine a fresh process exactly as the checker does, then try what an exploit of a parser would.

    The request is built as the app builds it, by the process that starts the probe (as `as_uid` if given).
    """
    fd = os.open(src, os.O_RDONLY | os.O_CLOEXEC)
    try:
        cmd = [sys.executable, "-c", _BUILD_AND_PROBE, str(fd), kind, src.suffix, _PROBE, str(src)]
        if as_uid is not None:
            cmd = ["setpriv", f"--reuid={as_uid}", f"--regid={as_uid}", "--clear-groups", "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, pass_fds=(fd,), timeout=120, env=env, cwd="/")
    finally:
        os.close(fd)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def _check_confined(out: dict[str, Any], uid: int) -> None:
    report = out["report"]
    assert (report["uid"], report["gid"], report["groups"]) == (uid, uid, [])
    assert report["NoNewPrivs"] == 1 and report["Seccomp"] == 2 and report["Seccomp_filters"] >= 1
    assert {"rlimits", "landlock-fs", "landlock-net", "landlock-scope", "no-new-privs", "seccomp"} <= set(
        report["layers"]
    )
    assert report["rlimits"]["as"] == INSPECTOR_MEMORY and report["rlimits"]["nofile"] == INSPECTOR_OPEN_FILES
    assert report["rlimits"]["fsize"] == 0 and report["rlimits"]["core"] == 0 and report["rlimits"]["cpu"] <= 31
    assert out["read_upload"] == "allowed"
    for name in ("open_upload_by_path", "open_passwd", "write_tmp"):  # Landlock
        assert out[name] == "EACCES", (name, out[name])
    for name in ("socket", "unix_socket", "fork", "signal_parent"):  # seccomp
        assert out[name] in ("EPERM", "EOPNOTSUPP", "ENOTSUP"), (name, out[name])
    assert out["two_gib"] == "MemoryError"
    assert out["inspect"]["inspection"]["options"] == {"encoding": "utf-8", "sep": ","}


def test_checker_is_confined_before_it_reads(tmp_path: Path) -> None:
    tmp_path.chmod(0o711)
    src = tmp_path / "probe.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    src.chmod(0o600)  # the checker reads it through the descriptor alone
    out = run_probe(src, "csv")
    _check_confined(out, INSPECTOR_UID if IS_ROOT else os.getuid())
    if IS_ROOT:
        assert "uid" in out["report"]["layers"]
    assert out["modules"] == [], "a small CSV needs none of the heavy parsers"
    assert not Path("/tmp/na-inspector-probe").exists()


def test_checker_imports_only_what_the_format_needs(tmp_path: Path) -> None:
    import pandas as pd

    pd.DataFrame({"a": [1, 2]}).to_parquet(tmp_path / "t.parquet")
    fd = os.open(tmp_path / "t.parquet", os.O_RDONLY | os.O_CLOEXEC)
    try:
        request = uploads._request(fd, "parquet", ".parquet", "t.parquet", 30)
        code = (
            "import json, sys\nfrom notebook_agent.data import inspector\nr = json.loads(sys.stdin.read())\n"
            "inspector.confine(r)\nanswer = inspector.inspect(r)\n"
            "print(json.dumps([answer, sorted(m for m in ('pandas', 'pyarrow', 'openpyxl') if m in sys.modules)]))"
        )
        proc = subprocess.run(
            [sys.executable, "-I", "-B", "-c", code],
            input=json.dumps(request),
            pass_fds=(fd,),
            capture_output=True,
            text=True,
            timeout=120,
            cwd="/",
        )
    finally:
        os.close(fd)
    assert proc.returncode == 0, proc.stderr[-3000:]
    answer, modules = json.loads(proc.stdout)
    assert answer["inspection"]["reader"] == "read_parquet"
    assert modules == ["pyarrow"]


@pytest.mark.skipif(not IS_ROOT, reason="switching to uid 1000 needs root")
def test_checker_works_when_the_app_runs_as_uid_1000(shared_home: Path) -> None:
    work = shared_home / "limits"
    work.mkdir()
    src = work / "probe.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    bomb = deep_json(work / "deep.json", depth=10_000)
    for path in (work, src, bomb):
        os.chown(path, SHARED_UID, SHARED_UID)
    env = {
        "PATH": f"{VENV_BIN}:/usr/bin:/bin",
        "HOME": str(shared_home),
        "LANG": "C.UTF-8",
        "NOTEBOOK_AGENT_DATA_DIR": str(shared_home / "data"),
    }
    out = run_probe(src, "csv", as_uid=SHARED_UID, env=env)
    _check_confined(out, SHARED_UID)
    assert "uid" not in out["report"]["layers"]
    # The whole path as that uid: prepare_upload spawns the checker, which cannot drop (and need not).
    code = (
        "import json, sys\nfrom pathlib import Path\nfrom notebook_agent.data import prepare_upload\n"
        "from notebook_agent.errors import UploadError\nd = Path(sys.argv[1]) / 'dest'; d.mkdir()\n"
        "print(json.dumps(prepare_upload(Path(sys.argv[2]), d).load_code))\n"
        "try:\n    prepare_upload(Path(sys.argv[3]), d)\nexcept UploadError as e:\n    print(json.dumps(str(e)))\n"
    )
    proc = subprocess.run(
        [
            "setpriv",
            f"--reuid={SHARED_UID}",
            f"--regid={SHARED_UID}",
            "--clear-groups",
            "--",
            sys.executable,
            "-c",
            code,
            str(work),
            str(src),
            str(bomb),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd="/",
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    load_code, refusal = map(json.loads, proc.stdout.splitlines())
    assert load_code == 'df = pd.read_csv("probe.csv", encoding="utf-8", sep=",")'
    assert "deep.json nests 10,000 levels deep" in refusal
