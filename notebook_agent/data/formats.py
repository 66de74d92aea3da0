"""Inspecting JSON, Excel and Parquet uploads: do they open, and how should pandas read them.

Each format's declared sizes are checked before its content is decoded: a zip's central directory (entries,
uncompressed sizes, compression ratios), a Parquet footer (rows, columns, uncompressed sizes), JSON's nesting depth.
These run in the confined checker (`inspector`); the limits and their reasons are in `limits`.
"""

from __future__ import annotations

import json
import re
import struct
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from ..errors import UploadError, UploadFormatError, UploadTooBig
from .delimited import detect_header
from .encoding import Source, detect_encoding, read_text_head
from .limits import (
    JSON_DEPTH_LIMIT,
    JSON_PARSE_LIMIT,
    PARQUET_COLUMNS_LIMIT,
    PARQUET_EXPANDED_LIMIT,
    PARQUET_FOOTER_LIMIT,
    PARQUET_RATIO_GRACE,
    PARQUET_RATIO_LIMIT,
    PARQUET_ROW_GROUPS_LIMIT,
    XLSX_EXPANDED_LIMIT,
    XLSX_WHOLE_PART_LIMIT,
    ZIP_DIRECTORY_LIMIT,
    ZIP_ENTRIES_LIMIT,
    ZIP_RATIO_GRACE,
    ZIP_RATIO_LIMIT,
    size_text,
)
from .reading import Inspection

__all__ = ["inspect_excel", "inspect_json", "inspect_parquet", "json_depth"]

_EXCEL_SCAN_ROWS = 1000  # rows searched for the first non-empty one
_EXCEL_SAMPLE_ROWS = 30
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NORMALIZE = (
    'import json\nwith open($path, encoding="{encoding}") as _file:\n'
    "    $var = pd.json_normalize(json.load(_file){key})"
)
# Names a header-less sheet's columns once pandas knows its width.
NUMBERED_COLUMNS = '$var.columns = [f"col_{i}" for i in range(1, $var.shape[1] + 1)]'


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start >= len(head) - 3  # only a character cut off at the end of the sample
    return True


# --- JSON ---------------------------------------------------------------------------------------------------------


def _json_lines(text: str) -> tuple[int, str | None]:
    """How many lines parse as JSON objects or arrays before the first one that does not, and what is wrong with it."""
    count = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            return count, f"line {number}: {err.msg} at column {err.colno}"
        if not isinstance(value, dict | list):
            return count, f"line {number} holds a single value, not an object"
        count += 1
    return count, None


def _normalize(encoding: str, key: str | None) -> str:
    return _NORMALIZE.format(encoding=encoding, key="" if key is None else f"[{json.dumps(key)}]")


def _json_document(doc: object, inspection: Inspection, display: str) -> None:
    """Choose how to read a parsed JSON document; refuses ones that hold no table."""
    encoding = inspection.encoding or "utf-8"
    if isinstance(doc, list):
        if not doc:
            raise UploadFormatError(
                f"{display} holds an empty JSON list: there are no records in it.",
                "Upload a file with at least one record.",
                name=display,
                expected="JSON",
            )
        records = [item for item in doc[:200] if isinstance(item, dict)]
        if any(isinstance(value, dict | list) for record in records for value in record.values()):
            inspection.warnings.append(
                f"{display} has nested fields; they are loaded as Python objects. "
                "pd.json_normalize flattens them into columns."
            )
        return
    if not isinstance(doc, dict):
        raise UploadFormatError(
            f"{display} holds a single JSON value ({type(doc).__name__}), not a table.",
            'Upload a list of records, e.g. [{"a": 1}, {"a": 2}], or JSON Lines.',
            name=display,
            expected="JSON",
        )
    if {"columns", "data"} <= doc.keys():
        inspection.options["orient"] = "split"
        return
    record_keys = [k for k, v in doc.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    if len(record_keys) == 1:  # {"data": [records], "meta": ...}, as many APIs answer
        key = record_keys[0]
        others = [k for k in doc if k != key]
        inspection.template = _normalize(encoding, key)
        if others:
            inspection.warnings.append(
                f"{display} keeps its records under {key!r}; that list is loaded and the "
                f"other keys ({', '.join(map(repr, others[:5]))}) are not."
            )
        return
    values = list(doc.values())
    lists = [v for v in values if isinstance(v, list)]
    if values and all(isinstance(v, dict) for v in values):
        return  # {column: {row: value}}: pandas' default orientation
    if values and len(lists) == len(values) and len({len(v) for v in lists}) == 1:
        return  # {column: [values]}
    inspection.template = _normalize(encoding, None)
    inspection.warnings.append(
        f"{display} holds one JSON object rather than a list of records; it is loaded as a single row."
    )


_JSON_SYNTAX = b'"[]{}'
_NOT_JSON_SYNTAX = bytes(b for b in range(256) if b not in _JSON_SYNTAX)
# What is left of a string literal once only quotes and brackets remain; to the end if it is not closed.
_JSON_STRING = re.compile(rb'"[^"]*"?')
_DEPTH_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def json_depth(text: str) -> int:
    """How deeply the brackets of JSON text nest, outside string literals.

    Linear and without recursion; byte operations at C speed do most of it (~0.15 s for 16 MB of records here).
    """
    data = text.encode("utf-8", "surrogatepass")  # any text; quotes, backslashes and brackets stay single bytes
    # Escaped backslashes first, so that in \\" the quote still ends the string; then escaped quotes.
    data = data.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_JSON_SYNTAX)
    # Adjacent quotes (empty strings, or one string's end and the next one's start) enclose no bracket: most of
    # the literals of a real file go here, at C speed, before the regex sees the few that hold brackets.
    outside = _JSON_STRING.sub(b"", data.replace(b'""', b""))
    return max(accumulate(map(_DEPTH_STEP.__getitem__, outside)), default=0)


def inspect_json(path: Source, display: str, *, lines_expected: bool = False) -> Inspection:
    """Inspect a JSON document or JSON Lines file; refuses invalid JSON, JSON that holds no table, deep nesting."""
    detected = detect_encoding(path, display, "JSON")
    text, complete = read_text_head(path, detected.encoding, display, "JSON", limit=JSON_PARSE_LIMIT)
    text = text.strip()
    if not text:
        raise UploadFormatError(
            f"{display} contains only whitespace: there is no data in it.",
            "Upload a file with records.",
            name=display,
            expected="JSON",
        )
    # Before any parser sees it: json.loads recurses once per level and would end in RecursionError.
    if (depth := json_depth(text)) > JSON_DEPTH_LIMIT:
        where = "" if complete else f" in its first {size_text(JSON_PARSE_LIMIT)}"
        raise UploadFormatError(
            f"{display} nests {depth:,} levels deep{where}; JSON nested deeper than "
            f"{JSON_DEPTH_LIMIT} levels is refused, since a table needs only a few (a list of records, "
            "their fields, perhaps a sub-object).",
            "Flatten it to one record per row and upload it again.",
            name=display,
            expected="JSON",
        )
    # dtype=False: keep strings as strings ("01234" is a code, not the number 1234).
    inspection = Inspection(
        kind="json",
        reader="read_json",
        options={"encoding": detected.encoding, "dtype": False},
        encoding=detected.encoding,
        warnings=list(detected.warnings),
    )
    if not complete:
        # Too big to parse here: a first value followed by another one means JSON Lines.
        try:
            _, end = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError:
            end = None
        if text[0] not in "[{":
            raise UploadFormatError(
                f"{display} is not valid JSON: it should start with [ or {{.",
                "Fix the file and upload it again.",
                name=display,
                expected="JSON",
            )
        if lines_expected or (end is not None and text[end:].lstrip()[:1] in ("{", "[")):
            inspection.options["lines"] = True
        return inspection
    if lines_expected:
        lines, line_error = _json_lines(text)
        if line_error is None:
            inspection.options["lines"] = True
            return inspection
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        if not lines_expected:
            lines, line_error = _json_lines(text)
        if line_error is None:
            inspection.options["lines"] = True
            return inspection
        why = line_error if lines >= 2 else f"{err.msg} at line {err.lineno}, column {err.colno}"
        raise UploadFormatError(
            f"{display} is not valid JSON ({why}).",
            "Fix the file and upload it again; JSON Lines files need one complete object per line.",
            name=display,
            expected="JSON",
        ) from None
    _json_document(doc, inspection, display)
    return inspection


# --- Excel --------------------------------------------------------------------------------------------------------


@dataclass
class _Sheet:
    name: str
    skip: int = 0
    rows: list[tuple[object, ...]] = field(default_factory=list)


def _is_empty_row(row: tuple[object, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


_EOCD = struct.Struct("<4s4H2LH")  # end of central directory: signature, disks, entries, size, offset, comment
_EOCD64 = struct.Struct("<4sQ2H2L4Q")  # its ZIP64 form: signature, size, versions, disks, entries, size, offset
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
# Parts openpyxl parses whole (into Python objects) before it yields the first cell.
_WHOLE_PARTS = {
    "xl/sharedStrings.xml": "shared strings",
    "xl/styles.xml": "styles",
    "xl/workbook.xml": "workbook",
    "[Content_Types].xml": "content types",
}


def _zip_directory(f: Any, size: int) -> tuple[int, int] | None:
    """(entries, central directory bytes) as the end-of-directory record declares them; None if it is not found."""
    f.seek(max(0, size - _EOCD.size - 0xFFFF))
    tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _EOCD.size:
        return None
    _, _, _, _, entries, directory, _, _ = _EOCD.unpack_from(tail, at)
    locator = at - _EOCD64_LOCATOR.size
    if locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        offset = _EOCD64_LOCATOR.unpack_from(tail, locator)[2]
        f.seek(offset)
        record = f.read(_EOCD64.size)
        if len(record) == _EOCD64.size and record[:4] == b"PK\x06\x06":
            fields = _EOCD64.unpack(record)
            entries, directory = max(entries, fields[7]), max(directory, fields[8])
    return entries, directory


def _bomb(display: str, what: str, declared: int, packed: int, limit: int) -> UploadError:
    return UploadTooBig(
        f"{display}{what} declares {size_text(declared)} of uncompressed content in "
        f"{size_text(packed)} ({declared / max(packed, 1):,.0f}×); workbooks that expand more than "
        f"{limit}× are refused: real sheets compress 5-15×, far more means a file built to exhaust "
        "memory (a zip bomb).",
        "If it is genuine, open it in Excel and save it again, or export the sheet as CSV.",
        name=display,
        size=declared,
        limit=limit * packed,
    )


def _check_workbook_sizes(f: Any, size: int, display: str) -> None:
    """Refuse a workbook whose zip directory declares too many parts, or parts too big or too compressed.

    Only the directory is read. zipfile never yields more than a part's declared size, so what passes here bounds
    what openpyxl can decompress.
    """
    import zipfile

    declared = _zip_directory(f, size)
    if declared is not None:
        entries, directory = declared
        if entries > ZIP_ENTRIES_LIMIT or directory > ZIP_DIRECTORY_LIMIT:
            raise UploadTooBig(
                f"{display} has {entries:,} parts in a {size_text(directory)} zip directory; workbooks "
                f"with more than {ZIP_ENTRIES_LIMIT:,} parts are refused (a real one has a few dozen).",
                "Open it in Excel and save it again, or export the sheet as CSV.",
                name=display,
            )
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error) as err:
        raise UploadFormatError(
            f"{display} does not open as an Excel workbook ({type(err).__name__}: {err}).",
            "Open it in Excel and save it again as .xlsx, or export the sheet as CSV.",
            name=display,
            expected="Excel (.xlsx)",
        ) from None
    if len(parts) > ZIP_ENTRIES_LIMIT:  # the directory said otherwise
        raise UploadTooBig(
            f"{display} has {len(parts):,} parts; workbooks with more than {ZIP_ENTRIES_LIMIT:,} are "
            "refused (a real one has a few dozen).",
            "Open it in Excel and save it again, or export the sheet as CSV.",
            name=display,
        )
    total = sum(part.file_size for part in parts)
    if total > ZIP_RATIO_GRACE and total > ZIP_RATIO_LIMIT * size:
        raise _bomb(display, "", total, size, ZIP_RATIO_LIMIT)
    for part in sorted(parts, key=lambda p: p.file_size, reverse=True):
        if part.file_size > ZIP_RATIO_GRACE and part.file_size > ZIP_RATIO_LIMIT * part.compress_size:
            raise _bomb(
                display, f" (its part {part.filename[:100]!r})", part.file_size, part.compress_size, ZIP_RATIO_LIMIT
            )
        whole = part.filename in _WHOLE_PARTS or part.filename.endswith(".rels")
        if whole and part.file_size > XLSX_WHOLE_PART_LIMIT:
            what = _WHOLE_PARTS.get(part.filename, "relationships")
            raise UploadTooBig(
                f"{display} declares {size_text(part.file_size)} of {what} ({part.filename[:100]}); "
                f"more than {size_text(XLSX_WHOLE_PART_LIMIT)} is refused, since this part is read "
                "whole before the first cell.",
                "Export the sheet as CSV or Parquet and upload that.",
                name=display,
                size=part.file_size,
                limit=XLSX_WHOLE_PART_LIMIT,
            )
    if total > XLSX_EXPANDED_LIMIT:
        raise UploadTooBig(
            f"{display} declares {size_text(total)} of uncompressed content; workbooks over "
            f"{size_text(XLSX_EXPANDED_LIMIT)} are refused, since pandas could not load them in the "
            "kernel's memory.",
            "Export the sheet as CSV or Parquet, or split it into smaller workbooks.",
            name=display,
            size=total,
            limit=XLSX_EXPANDED_LIMIT,
        )


def _read_sheets(path: Source) -> tuple[list[str], list[_Sheet]]:
    from openpyxl import load_workbook

    with path.open("rb") as stream:
        book = load_workbook(stream, read_only=True, data_only=True)
        try:
            sheets = []
            for ws in book.worksheets:
                sheet = _Sheet(ws.title)
                for index, row in enumerate(ws.iter_rows(values_only=True)):
                    if not sheet.rows and _is_empty_row(row):
                        if index >= _EXCEL_SCAN_ROWS:
                            break
                        continue
                    if not sheet.rows:
                        sheet.skip = index
                    sheet.rows.append(row)
                    if len(sheet.rows) >= _EXCEL_SAMPLE_ROWS:
                        break
                sheets.append(sheet)
            return book.sheetnames, sheets
        finally:
            book.close()


def inspect_excel(path: Source, display: str) -> Inspection:
    """Inspect an .xlsx workbook: it must open, and one of its sheets must hold data."""
    with path.open("rb") as f:
        head = f.read(4096)
        if head.startswith(b"PK\x03\x04"):
            _check_workbook_sizes(f, path.stat().st_size, display)
    if head.startswith(_OLE):
        raise UploadFormatError(
            f"{display} is an old-style Excel file (.xls) or a password-protected workbook, which "
            "cannot be opened here.",
            "Open it in Excel and save it as .xlsx without a password, or export the sheet as CSV.",
            name=display,
            expected="Excel (.xlsx)",
        )
    if not head.startswith(b"PK\x03\x04"):
        hint = (
            "It holds plain text: if it is CSV, rename it to .csv."
            if _looks_like_text(head)
            else "Open it in Excel and save it again as .xlsx, or export the sheet as CSV."
        )
        raise UploadFormatError(
            f"{display} does not open as an Excel workbook (it is not an .xlsx file).",
            hint,
            name=display,
            expected="Excel (.xlsx)",
        )
    try:
        sheet_names, sheets = _read_sheets(path)
    except MemoryError:
        raise
    except Exception as err:  # openpyxl raises many types (zip, XML, KeyError...) for damaged files
        raise UploadFormatError(
            f"{display} does not open as an Excel workbook ({type(err).__name__}: {err}).",
            "Open it in Excel and save it again as .xlsx, or export the sheet as CSV.",
            name=display,
            expected="Excel (.xlsx)",
        ) from None
    filled = [sheet for sheet in sheets if sheet.rows]
    if not filled:
        raise UploadFormatError(
            f"{display} has no data: every sheet is empty (checked the first {_EXCEL_SCAN_ROWS:,} rows).",
            "Upload a workbook with a table in it.",
            name=display,
            expected="Excel (.xlsx)",
        )
    sheet = filled[0]
    inspection = Inspection(kind="excel", reader="read_excel")
    if sheet.name != sheet_names[0]:
        inspection.options["sheet_name"] = sheet.name
        inspection.warnings.append(f"The first sheet of {display} is empty; sheet {sheet.name!r} is loaded.")
    if len(filled) > 1:
        others = ", ".join(repr(s.name) for s in filled[1:6])
        inspection.warnings.append(
            f"{display} has {len(filled)} sheets with data; {sheet.name!r} is loaded. "
            f"Load another with pd.read_excel(..., sheet_name=NAME): {others}."
        )
    rows, skip = sheet.rows, sheet.skip
    filled_rows = [i for i, row in enumerate(rows) if not _is_empty_row(row)]
    title = [v for v in rows[0] if not _is_empty_row((v,))]
    if (
        len(filled_rows) > 1
        and len(title) == 1
        and isinstance(title[0], str)
        and len([v for v in rows[filled_rows[1]] if not _is_empty_row((v,))]) > 1
    ):
        # A one-cell title above a wider table, as exported reports often have: the table starts below it.
        skip, rows = skip + filled_rows[1], rows[filled_rows[1] :]
        inspection.warnings.append(f"The first row of {display} looks like a title ({title[0][:60]!r}); it is skipped.")
    if skip:
        inspection.options["skiprows"] = skip
    header = detect_header(rows)
    if header is None:
        header = True
        inspection.warnings.append(
            f"Could not tell whether the first row of {display} is a header (every column "
            "holds text); it is used as the header."
        )
    inspection.header = header
    if not header:
        # Names are set after the read: the sheet's width is only known for sure once pandas has read it.
        inspection.options["header"] = None
        inspection.after.append(NUMBERED_COLUMNS)
        inspection.warnings.append(
            f"{display} has no header row (its first row holds numbers); the columns are named col_1, col_2, …."
        )
    elif len(rows) == 1:
        inspection.warnings.append(f"{display} has a header but no data rows: the table is empty (columns only).")
    return inspection


# --- Parquet ------------------------------------------------------------------------------------------------------

# Bytes one value takes once decoded, by Parquet physical type (BYTE_ARRAY: a pointer or offset, plus its bytes).
_VALUE_BYTES = {"BOOLEAN": 1, "INT32": 4, "INT64": 8, "INT96": 8, "FLOAT": 4, "DOUBLE": 8, "BYTE_ARRAY": 8}
# pyarrow's own bounds on the footer's Thrift: a string or list in the metadata may not claim more than this.
_THRIFT_STRING_LIMIT = 16 << 20
_THRIFT_CONTAINER_LIMIT = 1 << 20
_READ_BUFFER = 1 << 20  # pages are read through a buffer of this size, never a whole column chunk at once


def _string_bytes(column: Any) -> float:
    """Average length of a string/binary column chunk's values, from its min/max statistics (0 if unknown)."""
    stats = column.statistics
    if stats is None or not stats.has_min_max:
        return 0.0
    return (len(stats.min) + len(stats.max)) / 2


def _check_parquet_sizes(parquet: Any, size: int, display: str) -> None:
    """Refuse a Parquet file whose footer declares a table far bigger than the file, or too big to load at all."""
    meta = parquet.metadata
    if meta.num_columns > PARQUET_COLUMNS_LIMIT:
        raise UploadTooBig(
            f"{display} declares {meta.num_columns:,} columns; Parquet files with more than "
            f"{PARQUET_COLUMNS_LIMIT:,} are refused.",
            "Select the columns you need and write it again.",
            name=display,
        )
    if meta.num_row_groups > PARQUET_ROW_GROUPS_LIMIT:
        raise UploadTooBig(
            f"{display} declares {meta.num_row_groups:,} row groups; Parquet files with more than "
            f"{PARQUET_ROW_GROUPS_LIMIT:,} are refused.",
            "Write it again with bigger row groups (df.to_parquet does).",
            name=display,
        )
    schema = meta.schema
    widths = []
    for i in range(meta.num_columns):
        column = schema.column(i)
        widths.append(
            column.length
            if column.physical_type == "FIXED_LEN_BYTE_ARRAY"
            else _VALUE_BYTES.get(column.physical_type, 8)
        )
    rows = declared = 0
    for index in range(meta.num_row_groups):
        group = meta.row_group(index)
        rows += group.num_rows
        declared += group.total_byte_size
        if index == 0:  # the group the sample is read from: its column chunks, and string lengths for the estimate
            chunks = [group.column(i) for i in range(group.num_columns)]
            declared += max(0, sum(c.total_uncompressed_size for c in chunks) - group.total_byte_size)
            widths = [
                w + (_string_bytes(c) if c.physical_type == "BYTE_ARRAY" else 0)
                for w, c in zip(widths, chunks, strict=False)
            ]
    rows = max(rows, meta.num_rows)
    expanded = max(declared, int(rows * sum(widths)))
    shape = f"{rows:,} row{'s' * (rows != 1)} × {meta.num_columns:,} column{'s' * (meta.num_columns != 1)}"
    if expanded > PARQUET_RATIO_GRACE and expanded > PARQUET_RATIO_LIMIT * size:
        raise UploadTooBig(
            f"{display} declares {size_text(expanded)} of data ({shape}) in {size_text(size)} "
            f"({expanded / size:,.0f}×); Parquet files that expand more than {PARQUET_RATIO_LIMIT:,}× "
            "are refused: real tables expand 10-100×, far more means a file built to exhaust memory.",
            "If it is genuine, upload a sample or a subset of it.",
            name=display,
            size=expanded,
            limit=PARQUET_RATIO_LIMIT * size,
        )
    if expanded > PARQUET_EXPANDED_LIMIT:
        raise UploadTooBig(
            f"{display} declares {size_text(expanded)} of data ({shape}); tables over "
            f"{size_text(PARQUET_EXPANDED_LIMIT)} are refused, since no kernel could load them whole.",
            "Upload a subset: filter the rows or select the columns you need first.",
            name=display,
            size=expanded,
            limit=PARQUET_EXPANDED_LIMIT,
        )


def inspect_parquet(path: Source, display: str) -> Inspection:
    """Inspect a Parquet file: its footer must parse and declare a plausible size, and its first rows must read."""
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(4096)
        f.seek(max(0, size - 8))
        tail = f.read(8)
    footer = int.from_bytes(tail[:4], "little") if len(tail) == 8 else 0
    tail = tail[-4:]
    if tail == b"PARE":
        raise UploadFormatError(
            f"{display} is an encrypted Parquet file, which cannot be read here.",
            "Upload an unencrypted copy.",
            name=display,
            expected="Parquet",
        )
    if not head.startswith(b"PAR1") or tail != b"PAR1":
        hint = (
            "It holds plain text: if it is CSV, rename it to .csv."
            if _looks_like_text(head)
            else "It may be truncated or damaged: write it again (df.to_parquet) or export CSV."
        )
        raise UploadFormatError(
            f"{display} does not open as Parquet (it lacks the PAR1 markers at its start and end).",
            hint,
            name=display,
            expected="Parquet",
        )
    if footer > size - 12:  # the two markers and the length itself
        raise UploadFormatError(
            f"{display} does not open as Parquet (its footer would be {footer:,} bytes, more than the file holds).",
            "It may be truncated or damaged: write it again (df.to_parquet) or export CSV.",
            name=display,
            expected="Parquet",
        )
    if footer > PARQUET_FOOTER_LIMIT:
        raise UploadFormatError(
            f"{display} declares a {size_text(footer)} Parquet footer; footers over "
            f"{size_text(PARQUET_FOOTER_LIMIT)} are refused (real ones are KBs to a few MB).",
            "It may be damaged: write it again (df.to_parquet) or export CSV.",
            name=display,
            expected="Parquet",
        )
    import pyarrow.parquet as pq

    try:
        with path.open("rb") as stream:
            parquet = pq.ParquetFile(
                stream,
                buffer_size=_READ_BUFFER,
                pre_buffer=False,
                thrift_string_size_limit=_THRIFT_STRING_LIMIT,
                thrift_container_size_limit=_THRIFT_CONTAINER_LIMIT,
            )
            try:
                _check_parquet_sizes(parquet, size, display)
                rows = parquet.metadata.num_rows
                if parquet.num_row_groups:  # footers can be fine while pages are not
                    next(parquet.iter_batches(batch_size=100, use_threads=False), None)
            finally:
                parquet.close()
    except (UploadError, MemoryError):
        raise
    except Exception as err:  # pyarrow raises ArrowInvalid, OSError and more for damaged files
        raise UploadFormatError(
            f"{display} does not open as Parquet ({type(err).__name__}: {err}).",
            "It may be truncated or damaged: write it again (df.to_parquet) or export CSV.",
            name=display,
            expected="Parquet",
        ) from None
    inspection = Inspection(kind="parquet", reader="read_parquet")
    if rows == 0:
        inspection.warnings.append(f"{display} has columns but no rows: the table is empty.")
    return inspection
