"""Limits on checking an upload, each with the reason for its value.

An upload is parsed only in a short-lived confined process (`notebook_agent.data.inspector`): the process limits
bound what any file can make it do; the declared-size limits refuse a file that announces more than any real table
of its size holds before a byte of its content is decoded, with a message that says so.
"""

from __future__ import annotations

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30

# --- the confined process -------------------------------------------------------------------------------------------

INSPECTOR_MEMORY = 1 * GIB
"""RLIMIT_AS of the checker. Python with pyarrow, numpy and openpyxl mapped takes ~400 MiB of address space; checking
reads a bounded sample of any format (100 Parquet rows, 30 rows of a sheet, at most 16 MiB of JSON parsed whole,
256 KiB CSV blocks), which measured well under the rest. Whatever gets past the declared-size checks and still
expands fails here with MemoryError, in a process of its own, instead of taking the app and its sessions down."""

INSPECTOR_OPEN_FILES = 32
"""RLIMIT_NOFILE: stdin/stdout/stderr, the upload's descriptor, and the module files imports open one at a time."""

INSPECTOR_UID = 65534
"""As root, the checker drops to `nobody`: it never needs to own or write anything."""

INSPECTOR_BASE_SECONDS = 30
"""Wall-clock (and CPU) time for any upload: start-up and imports take ~0.3-0.5 s, a sample's checks a few ms."""

INSPECTOR_SECONDS_PER_GIB = 90
"""Plus this per GiB of upload: the whole-file passes (encoding, row widths) run at ~3-6 s per GiB here; the
margin is for a loaded 2-core host. A 1 GiB CSV gets 2 minutes."""

INSPECTOR_OUTPUT_LIMIT = 4 * MIB
"""Bytes of the checker's answer read: a result is a few KiB (a header-less CSV's column names can be ~1 MiB)."""

INSPECTOR_STDERR_LIMIT = 16 * KIB
"""Bytes of the checker's stderr kept, to explain a crash."""

MESSAGE_CHARS = 2000
"""A refusal or warning is cut to this many characters: a message quotes names from the file (sheets, keys)."""

# --- declared sizes -------------------------------------------------------------------------------------------------

ZIP_RATIO_LIMIT = 100
"""Refuse a workbook part (or a whole workbook) that declares more than this × its compressed size. Real sheets
compress 5-13× (measured on sheets of random, repeated and constant values); a zip bomb reaches deflate's ~1000×.
Apache POI refuses xlsx parts past the same ratio."""

ZIP_RATIO_GRACE = 4 * MIB
"""...once the part (or workbook) expands to more than this: small parts (styles, themes) can be very repetitive."""

ZIP_ENTRIES_LIMIT = 10_000
"""An xlsx has a few dozen parts (a few per sheet); Python's zipfile builds an object per entry before any check."""

ZIP_DIRECTORY_LIMIT = 8 * MIB
"""Bytes of the zip central directory: ~100 bytes per entry, so 10,000 entries fit many times over."""

XLSX_EXPANDED_LIMIT = 4 * GIB
"""Declared uncompressed bytes of all parts. pandas needs several times a sheet's XML to load it, and the default
kernel has 4 GiB: a workbook past this cannot be loaded there (Excel's own 1,048,576 rows × 20 columns is ~1 GiB)."""

XLSX_WHOLE_PART_LIMIT = 128 * MIB
"""Parts openpyxl parses whole before the first cell (shared strings, styles, workbook, relationships): their
Python objects take several times the XML, and they must fit in the checker's memory."""

PARQUET_RATIO_LIMIT = 1000
"""Refuse Parquet whose decoded size exceeds this × the file. Dictionary and run-length encoding make 10-100× usual
for repetitive data; past 1000× the file is made to expand (one value repeated 100 million times, one string of
hundreds of MB compressed to KBs)."""

PARQUET_RATIO_GRACE = 64 * MIB
"""...once the decoded size is past this: a small file of constant columns may expand a lot and still be harmless."""

PARQUET_EXPANDED_LIMIT = 16 * GIB
"""Decoded size of the whole table: 4× the default kernel's memory. Beyond it no profile can load the table whole;
the file is refused with the advice to upload a subset."""

PARQUET_FOOTER_LIMIT = 64 * MIB
"""Bytes of Parquet footer (the metadata parsed before any check). Footers are KBs to a few MB even for wide
tables of many row groups."""

PARQUET_COLUMNS_LIMIT = 20_000
"""Columns (leaf fields). Excel stops at 16,384; past this the per-column metadata alone is large and pandas slow."""

PARQUET_ROW_GROUPS_LIMIT = 100_000
"""Row groups: writers make one per ~1 million rows (or per write call); 100,000 already means a tiny group size."""

JSON_DEPTH_LIMIT = 100
"""Nesting levels of JSON. A table nests a few (records, fields, sub-objects); json.loads and pd.json_normalize
recurse once per level, so deep nesting serves no table and would exhaust the interpreter's stack."""

JSON_PARSE_LIMIT = 16 * MIB
"""JSON is parsed whole up to this size (Python objects take ~10×); a bigger file is judged by its start."""

CSV_LINE_LIMIT = 16 * MIB
"""Characters of one physical line that the row scan reads at a time: a file without line breaks must not become
one string of its whole size. Longer lines end the scan with a note (pandas may still read the file)."""


def size_text(n: int) -> str:
    """A byte count as people read it: 1.5 GB, 640 KB, 12 bytes (binary multiples, as the limits above)."""
    for unit, scale in (("GB", GIB), ("MB", MIB), ("KB", KIB)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + " " + unit
    return f"{n:,} bytes"
