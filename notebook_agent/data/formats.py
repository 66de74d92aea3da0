"""Inspecting JSON, Excel and Parquet uploads: do they open, and how should pandas read them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UploadError
from .delimited import detect_header
from .encoding import detect_encoding, read_text_head
from .reading import Inspection

__all__ = ["inspect_excel", "inspect_json", "inspect_parquet"]

_JSON_PARSE_LIMIT = 16 * 2**20  # parsed whole up to this size (Python objects take ~10x); bigger: judged by start
_EXCEL_SCAN_ROWS = 1000  # rows searched for the first non-empty one
_EXCEL_SAMPLE_ROWS = 30
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NORMALIZE = ('import json\nwith open($path, encoding="{encoding}") as _file:\n'
              "    $var = pd.json_normalize(json.load(_file){key})")


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
            raise UploadError(f"{display} holds an empty JSON list: there are no records in it. "
                              "Upload a file with at least one record.")
        records = [item for item in doc[:200] if isinstance(item, dict)]
        if any(isinstance(value, dict | list) for record in records for value in record.values()):
            inspection.warnings.append(f"{display} has nested fields; they are loaded as Python objects. "
                                       "pd.json_normalize flattens them into columns.")
        return
    if not isinstance(doc, dict):
        raise UploadError(f"{display} holds a single JSON value ({type(doc).__name__}), not a table. "
                          "Upload a list of records, e.g. [{\"a\": 1}, {\"a\": 2}], or JSON Lines.")
    if {"columns", "data"} <= doc.keys():
        inspection.options["orient"] = "split"
        return
    record_keys = [k for k, v in doc.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    if len(record_keys) == 1:  # {"data": [records], "meta": ...}, as many APIs answer
        key = record_keys[0]
        others = [k for k in doc if k != key]
        inspection.template = _normalize(encoding, key)
        if others:
            inspection.warnings.append(f"{display} keeps its records under {key!r}; that list is loaded and the "
                                       f"other keys ({', '.join(map(repr, others[:5]))}) are not.")
        return
    values = list(doc.values())
    lists = [v for v in values if isinstance(v, list)]
    if values and all(isinstance(v, dict) for v in values):
        return  # {column: {row: value}}: pandas' default orientation
    if values and len(lists) == len(values) and len({len(v) for v in lists}) == 1:
        return  # {column: [values]}
    inspection.template = _normalize(encoding, None)
    inspection.warnings.append(f"{display} holds one JSON object rather than a list of records; it is loaded as "
                               "a single row.")


def inspect_json(path: Path, display: str, *, lines_expected: bool = False) -> Inspection:
    """Inspect a JSON document or JSON Lines file; refuses invalid JSON and JSON that holds no table."""
    detected = detect_encoding(path, display, "JSON")
    text, complete = read_text_head(path, detected.encoding, display, "JSON", limit=_JSON_PARSE_LIMIT)
    text = text.strip()
    if not text:
        raise UploadError(f"{display} contains only whitespace: there is no data in it. Upload a file with records.")
    # dtype=False: keep strings as strings ("01234" is a code, not the number 1234).
    inspection = Inspection(kind="json", reader="read_json", options={"encoding": detected.encoding, "dtype": False},
                            encoding=detected.encoding, warnings=list(detected.warnings))
    if not complete:
        # Too big to parse here: a first value followed by another one means JSON Lines.
        try:
            _, end = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError:
            end = None
        if text[0] not in "[{":
            raise UploadError(f"{display} is not valid JSON: it should start with [ or {{. Fix the file and upload "
                              "it again.")
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
        raise UploadError(f"{display} is not valid JSON ({why}). Fix the file and upload it again; JSON Lines "
                          "files need one complete object per line.") from None
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


def _read_sheets(path: Path) -> tuple[list[str], list[_Sheet]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
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


def inspect_excel(path: Path, display: str) -> Inspection:
    """Inspect an .xlsx workbook: it must open, and one of its sheets must hold data."""
    with path.open("rb") as f:
        head = f.read(4096)
    if head.startswith(_OLE):
        raise UploadError(f"{display} is an old-style Excel file (.xls) or a password-protected workbook, which "
                          "cannot be opened here. Open it in Excel and save it as .xlsx without a password, "
                          "or export the sheet as CSV.")
    if not head.startswith(b"PK\x03\x04"):
        hint = "It holds plain text: if it is CSV, rename it to .csv." if _looks_like_text(head) else \
            "Open it in Excel and save it again as .xlsx, or export the sheet as CSV."
        raise UploadError(f"{display} does not open as an Excel workbook (it is not an .xlsx file). {hint}")
    try:
        sheet_names, sheets = _read_sheets(path)
    except Exception as err:  # openpyxl raises many types (zip, XML, KeyError...) for damaged files
        raise UploadError(f"{display} does not open as an Excel workbook ({type(err).__name__}: {err}). "
                          "Open it in Excel and save it again as .xlsx, or export the sheet as CSV.") from None
    filled = [sheet for sheet in sheets if sheet.rows]
    if not filled:
        raise UploadError(f"{display} has no data: every sheet is empty (checked the first {_EXCEL_SCAN_ROWS:,} "
                          "rows). Upload a workbook with a table in it.")
    sheet = filled[0]
    inspection = Inspection(kind="excel", reader="read_excel")
    if sheet.name != sheet_names[0]:
        inspection.options["sheet_name"] = sheet.name
        inspection.warnings.append(f"The first sheet of {display} is empty; sheet {sheet.name!r} is loaded.")
    if len(filled) > 1:
        others = ", ".join(repr(s.name) for s in filled[1:6])
        inspection.warnings.append(f"{display} has {len(filled)} sheets with data; {sheet.name!r} is loaded. "
                                   f"Load another with pd.read_excel(..., sheet_name=NAME): {others}.")
    rows, skip = sheet.rows, sheet.skip
    filled_rows = [i for i, row in enumerate(rows) if not _is_empty_row(row)]
    title = [v for v in rows[0] if not _is_empty_row((v,))]
    if len(filled_rows) > 1 and len(title) == 1 and isinstance(title[0], str) \
            and len([v for v in rows[filled_rows[1]] if not _is_empty_row((v,))]) > 1:
        # A one-cell title above a wider table, as exported reports often have: the table starts below it.
        skip, rows = skip + filled_rows[1], rows[filled_rows[1]:]
        inspection.warnings.append(f"The first row of {display} looks like a title ({title[0][:60]!r}); "
                                   "it is skipped.")
    if skip:
        inspection.options["skiprows"] = skip
    header = detect_header(rows)
    if header is None:
        header = True
        inspection.warnings.append(f"Could not tell whether the first row of {display} is a header (every column "
                                   "holds text); it is used as the header.")
    inspection.header = header
    if not header:
        # Names are set after the read: the sheet's width is only known for sure once pandas has read it.
        inspection.options["header"] = None
        inspection.after.append('$var.columns = [f"col_{i}" for i in range(1, $var.shape[1] + 1)]')
        inspection.warnings.append(f"{display} has no header row (its first row holds numbers); the columns are "
                                   "named col_1, col_2, ….")
    elif len(rows) == 1:
        inspection.warnings.append(f"{display} has a header but no data rows: the table is empty (columns only).")
    return inspection


# --- Parquet ------------------------------------------------------------------------------------------------------

def inspect_parquet(path: Path, display: str) -> Inspection:
    """Inspect a Parquet file: its footer must parse and its first rows must read."""
    with path.open("rb") as f:
        head = f.read(4096)
        f.seek(max(0, path.stat().st_size - 4))
        tail = f.read(4)
    if tail == b"PARE":
        raise UploadError(f"{display} is an encrypted Parquet file, which cannot be read here. "
                          "Upload an unencrypted copy.")
    if not head.startswith(b"PAR1") or tail != b"PAR1":
        hint = "It holds plain text: if it is CSV, rename it to .csv." if _looks_like_text(head) else \
            "It may be truncated or damaged: write it again (df.to_parquet) or export CSV."
        raise UploadError(f"{display} does not open as Parquet (it lacks the PAR1 markers at its start and end). "
                          f"{hint}")
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        try:
            rows = parquet.metadata.num_rows
            if parquet.num_row_groups:
                next(parquet.iter_batches(batch_size=100), None)  # footers can be fine while pages are not
        finally:
            parquet.close()
    except Exception as err:  # pyarrow raises ArrowInvalid, OSError and more for damaged files
        raise UploadError(f"{display} does not open as Parquet ({type(err).__name__}: {err}). "
                          "It may be truncated or damaged: write it again (df.to_parquet) or export CSV.") from None
    inspection = Inspection(kind="parquet", reader="read_parquet")
    if rows == 0:
        inspection.warnings.append(f"{display} has columns but no rows: the table is empty.")
    return inspection
