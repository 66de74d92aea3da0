"""Upload bombs: small files that expand enormously when parsed. The app's memory must not move when it refuses them.

Run alone: ``.venv/bin/python -m benchmarks.upload_bombs`` (about a minute), or as the ``bombs`` group of
``python -m benchmarks``.

Bombs (built in a temp dir, deleted at the end): a Parquet file of 100 million rows of one 100-character string
(dictionary + run-length encoded, ~11 KB); a Parquet file holding one 512 MiB string (zstd, ~20 KB); an .xlsx of
~640 KiB whose sheet XML is one cell of ~640 MB; a JSON document nested 100,000 levels deep (200 KB).

For each bomb, in a fresh child process: one small CSV upload first (so imports and first-call set-up do not
count), then the high-water mark of the RSS is reset (``/proc/self/clear_refs``) and ``prepare_upload`` runs on the
bomb; the figure is the peak RSS minus the RSS just before, and the time to the refusal. The baseline is the parse
``main`` did in the app process before the checker existed (pyarrow's first batch, openpyxl's read-only rows,
``json.loads``), in a child process of its own with a 6 GiB RLIMIT_AS so that this machine survives it.

Also the latency the checker adds to a small CSV: ``prepare_upload`` end to end (spawn, confinement, imports,
checks, copy) against the in-process inspection it replaced.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .common import print_table, summary

GROWTH_TARGET_MIB = 16
BASELINE_AS = 6 << 30
_XML_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats'
    b'.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
)
_XML_TAIL = b"</t></is></c></row></sheetData></worksheet>"
_WORKBOOK_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
    'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
    'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
    '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
    '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>",
}


# --- the bombs ------------------------------------------------------------------------------------------------------


def parquet_rle_bomb(path: Path, row_groups: int = 10, rows_per_group: int = 10_000_000, value_len: int = 100) -> Path:
    """`row_groups` × `rows_per_group` rows of one string, dictionary- and run-length encoded: a few KB on disk."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    column = pa.DictionaryArray.from_arrays(pa.array(np.zeros(rows_per_group, np.int8)), pa.array(["x" * value_len]))
    table = pa.table({"s": column})
    with pq.ParquetWriter(
        path, table.schema, compression="zstd", max_rows_per_page=2**31 - 1, write_page_index=False
    ) as writer:
        for _ in range(row_groups):
            writer.write_table(table, row_group_size=rows_per_group)
    return path


def parquet_string_bomb(path: Path, mib: int = 512) -> Path:
    """One row holding one string of `mib` MiB of the same letter, zstd-compressed to some KB."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"s": ["a" * (mib << 20)]}), path, compression="zstd", use_dictionary=False)
    return path


def xlsx_bomb(path: Path, expanded_mib: int = 640) -> Path:
    """A minimal valid workbook whose only sheet is one inline-string cell of `expanded_mib` MiB (~1/1000 on disk)."""
    chunk = b"a" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in _WORKBOOK_PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_XML_HEAD)
            for _ in range(expanded_mib):
                sheet.write(chunk)
            sheet.write(_XML_TAIL)
    return path


def xlsx_many_parts(path: Path, parts: int = 50_000) -> Path:
    """A workbook with `parts` empty extra parts: its zip directory alone is megabytes of entries."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, text in _WORKBOOK_PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", _XML_HEAD + b"x" + _XML_TAIL)
        for i in range(parts):
            archive.writestr(f"xl/media/p{i}.bin", b"")
    return path


def deep_json(path: Path, depth: int = 100_000) -> Path:
    """`depth` nested lists: [[[[...]]]]."""
    path.write_text("[" * depth + "]" * depth, encoding="ascii")
    return path


BOMBS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "parquet_rle_100m_rows": (parquet_rle_bomb, "rle.parquet"),
    "parquet_512mib_string": (parquet_string_bomb, "string.parquet"),
    "xlsx_640mib_cell": (xlsx_bomb, "cell.xlsx"),
    "json_100k_levels": (deep_json, "deep.json"),
}


# --- measuring in child processes -----------------------------------------------------------------------------------

_REFUSAL = r"""
import json, sys, time
from pathlib import Path
from notebook_agent.data import prepare_upload
from notebook_agent.errors import UploadError

def status(key):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(key + ":"))

bomb, warm, dest = map(Path, sys.argv[1:4])
prepare_upload(warm, dest)
Path("/proc/self/clear_refs").write_text("5")
before = status("VmRSS")
t0 = time.perf_counter()
try:
    prepare_upload(bomb, dest, first=False)
    outcome = "ACCEPTED"
except UploadError as err:
    outcome = str(err)
seconds = time.perf_counter() - t0
print(json.dumps({"growth_kib": status("VmHWM") - before, "seconds": seconds, "outcome": outcome}))
"""

_BASELINE_PARSE = {
    ".parquet": "import pyarrow.parquet as pq\n"
    "def parse(p):\n    f = pq.ParquetFile(p)\n    next(f.iter_batches(batch_size=100), None)\n",
    ".xlsx": "from openpyxl import load_workbook\n"
    "def parse(p):\n    book = load_workbook(p, read_only=True, data_only=True)\n"
    "    for ws in book.worksheets:\n        for i, row in enumerate(ws.iter_rows(values_only=True)):\n"
    "            if i >= 30:\n                break\n",
    ".json": "import json\ndef parse(p):\n    json.loads(open(p, encoding='utf-8').read())\n",
}
_BASELINE = r"""
import json, resource, sys, time
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
exec(sys.argv[3])

def status(key):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(key + ":"))

Path("/proc/self/clear_refs").write_text("5")
before = status("VmRSS")
t0 = time.perf_counter()
try:
    parse(sys.argv[1])
    outcome = "parsed"
except BaseException as err:
    outcome = f"{type(err).__name__}: {str(err)[:120]}"
print(json.dumps({"growth_kib": status("VmHWM") - before, "seconds": time.perf_counter() - t0, "outcome": outcome}))
"""

_LATENCY = r"""
import json, sys, time
from pathlib import Path
from notebook_agent.data import prepare_upload
from notebook_agent.data.delimited import inspect_delimited
src, dest, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
prepare_upload(src, dest)  # imports of the app side, and the page cache
inspect_delimited(src, "csv", src.name)
confined, in_process = [], []
for _ in range(runs):
    t0 = time.perf_counter()
    up = prepare_upload(src, dest, first=False)
    confined.append(time.perf_counter() - t0)
    up.path.unlink()
    t0 = time.perf_counter()
    inspect_delimited(src, "csv", src.name)
    in_process.append(time.perf_counter() - t0)
print(json.dumps({"confined": confined, "in_process": in_process}))
"""


def _child(code: str, *args: str, timeout: float = 600) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"measuring child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _bomb_figure(name: str, bomb: Path, warm: Path, dest: Path) -> dict[str, Any]:
    ours = _child(_REFUSAL, str(bomb), str(warm), str(dest))
    base = _child(_BASELINE, str(bomb), str(BASELINE_AS), _BASELINE_PARSE[bomb.suffix])
    refused = ours["outcome"] != "ACCEPTED"
    growth = ours["growth_kib"] / 1024
    return {
        "p50_mib": growth,
        "p95_mib": growth,
        "n": 1,
        "target": f"refused, the app side growing by less than {GROWTH_TARGET_MIB} MiB",
        "met": refused and growth < GROWTH_TARGET_MIB,
        "file_kib": round(bomb.stat().st_size / 1024, 1),
        "refusal_s": round(ours["seconds"], 3),
        "refusal": ours["outcome"][:300],
        "baseline": {
            "p50_mib": base["growth_kib"] / 1024,
            "p95_mib": base["growth_kib"] / 1024,
            "n": 1,
            "seconds": round(base["seconds"], 3),
            "outcome": base["outcome"],
            "what": f"{name}: the parse main did in the app process, unconfined "
            f"({base['outcome'][:80]}, {base['seconds']:.2f} s)",
        },
        "note": f"{bomb.stat().st_size / 1024:,.1f} KiB file refused in {ours['seconds']:.2f} s: "
        f"{ours['outcome'][:160]}",
    }


def _latency(work: Path, runs: int) -> dict[str, Any]:
    src = work / "small.csv"
    src.write_text("id,city,amount\n" + "".join(f"{i},Köln,{i * 1.5}\n" for i in range(200)), encoding="utf-8")
    dest = work / "latency"
    dest.mkdir()
    times = _child(_LATENCY, str(src), str(dest), str(runs))
    base = summary(times["in_process"])
    return {
        **summary(times["confined"]),
        "baseline": {**base, "what": "the same checks in the app process (main's way), warm"},
        "target": "a small CSV's checks stay a fraction of a second (spawn + confinement + imports)",
        "met": max(times["confined"]) < 0.5,
        "file_bytes": src.stat().st_size,
        "note": "prepare_upload end to end (spawn, rlimits, uid drop, Landlock, seccomp, imports, checks, copy) "
        "against inspect_delimited alone in-process",
    }


def run(runs: int = 20) -> dict[str, Any]:
    """Build the bombs, measure each refusal and its baseline, and the small-CSV latency; the figures."""
    work = Path(tempfile.mkdtemp(prefix="na-bombs-", dir="/tmp"))
    try:
        warm = work / "warm.csv"
        warm.write_text("a,b\n1,2\n", encoding="utf-8")
        results: dict[str, Any] = {}
        for name, (build, file_name) in BOMBS.items():
            dest = work / f"dest-{name}"
            dest.mkdir()
            bomb = build(work / file_name)
            results[name] = _bomb_figure(name, bomb, warm, dest)
            bomb.unlink()
        results["small_csv_check_latency"] = _latency(work, runs)
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="small-CSV uploads timed")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    results = run(args.runs)
    print_table({"bombs": results})
    for name, fig in results.items():
        if "refusal" in fig:
            print(f"\n{name}: {fig['file_kib']} KiB, refused in {fig['refusal_s']} s\n  {fig['refusal']}")
    out = Path(__file__).with_name("results.json")
    stored = json.loads(out.read_text()) if out.is_file() else {}
    out.write_text(json.dumps({**stored, "bombs": results}, indent=2))
    print(f"\nwritten {out} (key bombs) in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
