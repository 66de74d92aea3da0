"""Delimited text (CSV, TSV): delimiter, decimal mark and header from a sample; row widths from the whole file."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TextIO

from ..errors import UploadFormatError
from .encoding import Source, detect_encoding, read_text_head
from .limits import CSV_LINE_LIMIT
from .reading import Code, Inspection, Kind

__all__ = ["DELIMITERS", "detect_header", "inspect_delimited", "sniff_delimiter", "uses_decimal_comma"]

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_SAMPLE_ROWS = 50
_SNIFF_CHARS = 8000
_SCAN_BLOCK = 256 << 10  # bytes pyarrow parses at a time (memory grows ~100x this); longer rows go to the csv module
# Below this size the csv module's pass (~27 ms per MB here) is quicker than importing pyarrow (~150 ms) for a
# pass of its own: each upload is checked in a fresh process, so the import is paid every time.
_FAST_SCAN_FROM = 4 << 20
_NO_COLUMN = "\x00 no column"
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")
_MISSING = {"na", "n/a", "#n/a", "nan", "null", "none", "-", "--", "?", ""}
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+")
_DECIMAL_POINT = re.compile(r"[+-]?\d*\.\d+")


def _is_blank(row: Sequence[str]) -> bool:
    # pandas skips empty and whitespace-only lines (skip_blank_lines), so they are not rows here either.
    return not row or (len(row) == 1 and not row[0].strip())


def _rows(text: str, delimiter: str, limit: int = _SAMPLE_ROWS) -> list[list[str]]:
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            if not _is_blank(row):
                rows.append(row)
                if len(rows) >= limit:
                    break
    except csv.Error:
        pass  # a quoted field cut off by the end of the sample; the rows before it are enough
    return rows


def _consistency(rows: list[list[str]]) -> tuple[float, int]:
    """Share of rows that have the most common width, and that width."""
    if not rows:
        return 0.0, 0
    width, count = Counter(len(row) for row in rows).most_common(1)[0]
    return count / len(rows), width


def sniff_delimiter(text: str, preferred: str) -> str:
    """The delimiter of a sample of delimited text.

    csv.Sniffer's answer if the rows agree with it, else the candidate that splits the most rows into the same
    number (≥ 2) of columns; `preferred` when nothing splits.
    """
    try:
        # The Sniffer's quote regex is quadratic on quote-heavy lines (64 KB can take half a minute): feed it little.
        sniffed = csv.Sniffer().sniff(text[:_SNIFF_CHARS], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    if sniffed is not None:
        share, width = _consistency(_rows(text, sniffed))
        if width > 1 and share >= 0.9:
            return sniffed
    best, best_share = preferred, 0.0
    for candidate in (preferred, *(d for d in DELIMITERS if d != preferred)):
        share, width = _consistency(_rows(text, candidate))
        if width > 1 and share > best_share:
            best, best_share = candidate, share
    return best


def uses_decimal_comma(rows: list[list[str]]) -> bool:
    """Whether numbers in these rows are written with a decimal comma (1,5) and never a point."""
    commas = points = 0
    unambiguous = False
    for row in rows:
        for cell in row:
            value = cell.strip()
            if _DECIMAL_COMMA.fullmatch(value):
                commas += 1
                unambiguous |= not _THOUSANDS.fullmatch(value)  # 1,234 may be a thousands separator
            elif _DECIMAL_POINT.fullmatch(value):
                points += 1
    return commas > 0 and points == 0 and unambiguous


def _cell_kind(value: object, decimal: str) -> str:
    if value is None:
        return "empty"
    if not isinstance(value, str):
        return "number"  # a typed cell (Excel number, date, bool) is data, never a header
    text = value.strip()
    if text.lower() in _MISSING:
        return "empty"
    if decimal == ",":
        text = text.replace(",", ".")
    return "number" if _NUMBER.fullmatch(text) else "text"


# pandas' name for a header cell left empty: a title row read and written back by pandas keeps one per column
_UNNAMED = re.compile(r"Unnamed: \d+")


def _filled(row: Sequence[object]) -> int:
    return sum(bool(str(c).strip()) and not _UNNAMED.fullmatch(str(c).strip()) for c in row)


def _title_rows(rows: Sequence[Sequence[object]]) -> int:
    """How many rows start the file above the header of its table (at most 8): a report's title, notes, an account.

    The header is the first row of three or more names about as wide as the table below it (a Coinbase export's
    "User,name,id" line is three cells above ten columns). Only rows of one cell or none start the run of title
    rows; once one is seen, a narrower row is a title row too. All-text tables (LinkedIn's connections) have a
    header of distinct short names.
    """
    tail = rows[len(rows) // 2 :] or rows
    body = sorted(_filled(r) for r in tail)[len(tail) // 2] if tail else 0
    first, second = (_filled(rows[0]), _filled(rows[1])) if len(rows) > 2 else (0, 0)
    if first > 1 and second >= 6 and second >= 2 * first and _names_columns(rows[1:]):
        # a short line of facts above a header twice as wide or more, that names the columns of a table whose
        # rows are not all filled (LibreView's "Glucose Data,Generated on,…,Generated by,<name>" above 19 names)
        return 1
    notes = next((j for j in range(1, min(8, len(rows) - 1)) if _filled(rows[j]) > 1), 0)
    # a title line of a few cells, notes of one "key: value" cell each under it, then the header
    # (NOAA's Climate at a Glance: "Contiguous U.S., Average Temperature, All Months", "Units: ...")
    if (
        first > 1
        and notes >= 2
        and all(_noted(rows[j]) for j in range(1, notes))
        and _filled(rows[notes]) >= max(2, 0.6 * body)
        and _names_columns(rows[notes:])
    ):
        return notes
    for k in range(min(8, max(len(rows) - 2, 0)) + 1):
        filled = _filled(rows[k])
        if filled >= 3 and filled >= 0.6 * body and _names_columns(rows[k:]):
            return k
        if filled > 1 and not k:
            return 0  # a first row of several cells is the table's own
    return 0


def _noted(row: Sequence[object]) -> bool:
    """A row of one note ("Units: Degrees Fahrenheit", "Missing: -99"): a key, a colon and its value."""
    cells = [str(c).strip() for c in row if str(c).strip() and not _UNNAMED.fullmatch(str(c).strip())]
    return len(cells) == 1 and re.fullmatch(r"[A-Za-z][\w .()/-]{0,40}:\s*\S.*", cells[0]) is not None


def _names_columns(rows: Sequence[Sequence[object]]) -> bool:
    """Whether the first row is a header: detected as one, or (all text) distinct short names."""
    found = detect_header(list(rows))
    if found is not None:
        return found
    names = [str(c).strip() for c in rows[0] if str(c).strip()]
    return len(set(names)) == len(names) and all(len(n) <= 60 for n in names)


# The row under a header that describes the columns instead of holding data: USGS's RDB field formats
# ("5s 15s 20d 14n 10s") and the HXL hashtags of humanitarian data ("#adm1+name", "#value").
_FORMAT_CELL = re.compile(r"\d{1,3}[sdn]|#[a-z][\w+]*", re.I)


def _format_row(rows: Sequence[Sequence[object]]) -> bool:
    """Whether the row after the header (rows[1]) is a row of field formats or tags, not data."""
    if len(rows) < 3:
        return False
    cells = [str(c).strip() for c in rows[1] if str(c).strip()]
    return len(cells) >= 2 and len(cells) >= 0.6 * _filled(rows[0]) and all(_FORMAT_CELL.fullmatch(c) for c in cells)


def _description_row(rows: Sequence[Sequence[object]], decimal: str) -> bool:
    """Whether the row after the header (rows[1]) describes its columns in words above columns of numbers.

    Google Business Profile's insights export: "Total number of times the business profile appeared in search"
    under Total searches, then counts. Only when at least three number columns carry a sentence of three or more
    words there, and the rows below hold numbers in nearly all of them.
    """
    if len(rows) < 4:
        return False
    below = rows[2:]
    described = 0
    for j, cell in enumerate(rows[1]):
        said = str(cell).strip() if cell is not None else ""
        if len(said.split()) < 3 or _cell_kind(said, decimal) != "text":
            continue
        kinds = [_cell_kind(r[j], decimal) for r in below if j < len(r)]
        filled = [k for k in kinds if k != "empty"]
        if filled and sum(k == "number" for k in filled) >= 0.9 * len(filled):
            described += 1
    return described >= 3


# The rows under the header of an ONS time series download that describe each series, one key each in the first
# column ("CDID", "Unit", "Release date", ...), before the first period's figures
_SERIES_KEYS = frozenset(
    {"cdid", "source dataset id", "preunit", "unit", "release date", "next release", "important notes"}
)


def _series_rows(rows: Sequence[Sequence[object]]) -> int:
    """How many rows after the header (rows[1:]) describe its series rather than hold figures: three or more."""
    k = 0
    while k + 1 < len(rows) and rows[k + 1] and str(rows[k + 1][0]).strip().lower() in _SERIES_KEYS:
        k += 1
    return k if k >= 3 and k + 1 < len(rows) else 0


# What a report writes below its table: a grand total, a record count, a copyright or a generated-on line
_FOOTER = re.compile(
    r"(?i)\s*(?:grand\s+totals?|totals?\b|copyright|\(c\)|©|generated\b|report\s+generated|confidential"
    r"|filtered\s+by|run\s+on\b|source:|\d[\d,]*\s+(?:records|rows)\b)"
)
_TAIL_BYTES = 16_384
_TOTAL_OF = re.compile(r"(?i)\s*totals?\s*(?::|-|–)\s*\w")


def _footer_rows(path: Source, encoding: str, delimiter: str, width: int) -> list[int]:
    """The widths of the rows that end the file below its table (at most 6): blank rows and footer lines.

    Found only when at least one of them says what it is (a total, a copyright): a last row that is merely
    sparse is data.
    """
    if width < 4:
        return []
    try:
        with path.open("rb") as fh:
            fh.seek(max(0, path.stat().st_size - _TAIL_BYTES))
            tail = fh.read().decode(encoding, errors="replace")
    except OSError:
        return []
    lines = tail.splitlines()[1:] if len(tail) >= _TAIL_BYTES else tail.splitlines()  # the first may be cut
    try:
        rows = [r for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter) if not _is_blank(r)]
    except csv.Error:
        return []
    widths: list[int] = []
    said = 0
    for row in reversed(rows[-6:]):
        cells = [c.strip() for c in row if c.strip()]
        # a footer line says what it is first; a grand total carries a few sums after its words, or, named as a
        # total of something ("Total: Account" of a Google Ads report), a sum under every column of numbers
        labelled = bool(cells) and _TOTAL_OF.match(cells[0]) is not None
        if cells and (not _FOOTER.match(cells[0]) or (len(cells) > max(2, width // 2) and not labelled)):
            break
        widths.append(len(row))
        said += bool(cells)
    return widths if said and len(widths) < len(rows) else []


def _lines_before(text: str, delimiter: str, index: int) -> int:
    """The file's line number (from 0) of its `index`-th non-blank row: what pandas' skiprows counts."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    seen = 0
    for row in reader:
        if not _is_blank(row):
            if seen == index:
                return reader.line_num - 1
            seen += 1
    return index


def _without_rows(scan: RowScan, widths: list[int], header_width: int) -> RowScan:
    """The row scan as if some rows were not there (titles, a formats row, a footer): their widths out."""
    counted = Counter(scan.widths)
    counted.subtract(widths)
    kept = Counter({w: n for w, n in counted.items() if n > 0})
    return replace(scan, rows=scan.rows - len(widths), first_width=header_width, widths=kept)


# Marks that stand for a missing number, beside pandas' own: the UCI tables' "?", FRED's ".", Eurostat's ":",
# the Met Office's "---", MySQL dumps' "\\N", dashes
_MISSING_MARKS = ("?", ".", "..", "-", "--", "---", ":", "\\N", "n.a.")


_DAY = re.compile(r"\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})(?:[ T].*)?\s*")
_MONEY = re.compile(r"\s*[-+]?\$?\d[\d,]*\.\d{2}\s*")


def _statement_names(rows: Sequence[Sequence[object]], width: int) -> list[str]:
    """Names for a headerless file laid out as a bank statement (Wells Fargo's download): Date, Amount, Description.

    Only when the rows hold a column of days, a column of signed amounts with cents and a column of long text;
    any other headerless table keeps col_1 … col_n (its numbers could be anything).
    """
    names = [f"col_{i}" for i in range(1, width + 1)]
    body = [r for r in rows[:200] if len(r) == width]
    if len(body) < 5:
        return names

    def share(j: int, test: re.Pattern[str]) -> float:
        return sum(bool(test.fullmatch(str(r[j]))) for r in body) / len(body)

    days = [j for j in range(width) if share(j, _DAY) >= 0.9]
    money = [
        j for j in range(width) if share(j, _MONEY) >= 0.9 and any(str(r[j]).strip().startswith("-") for r in body)
    ]
    texts = [
        j
        for j in range(width)
        if sum(len(str(r[j])) for r in body) / len(body) >= 12 and len({str(r[j]) for r in body}) >= len(body) / 3
    ]
    if not (days and money and texts):
        return names
    names[days[0]], names[money[0]], names[texts[-1]] = "Date", "Amount", "Description"
    return names


def _missing_marks(body: Sequence[Sequence[object]], decimal: str) -> tuple[list[str], list[int]]:
    """The marks of a missing value among numbers, and the columns that hold numbers except for them."""
    marks: set[str] = set()
    out = []
    width = max((len(r) for r in body), default=0)
    for j in range(width):
        cells = [cell.strip() for r in body if j < len(r) and isinstance(cell := r[j], str) and cell.strip()]
        said = [c for c in cells if c in _MISSING_MARKS]
        numbers = [c for c in cells if c not in _MISSING_MARKS]
        if said and len(numbers) >= 5 and all(_cell_kind(c, decimal) == "number" for c in numbers):
            out.append(j)
            marks |= set(said)
    return [m for m in _MISSING_MARKS if m in marks], out


def _year(value: object) -> int | None:
    text = value.strip() if isinstance(value, str) else ""
    return int(text) if text.isdigit() and len(text) == 4 and 1700 <= int(text) <= 2100 else None


def _year_header(rows: Sequence[Sequence[object]]) -> bool:
    """A wide table's header: three or more columns named by consecutive years (World Bank's "1960", "1961", …).

    The same run of years in the same columns of the next row would make it a row of data.
    """
    if len(rows) < 2:
        return False
    years = [(j, y) for j, value in enumerate(rows[0]) if (y := _year(value)) is not None]
    run = [j for (j, y), (_, y2) in itertools.pairwise(years) if y2 == y + 1]
    if len(run) < 2:
        return False
    below = [_year(rows[1][j]) if j < len(rows[1]) else None for j in run]
    return sum(y is not None for y in below) < len(run) / 2


def detect_header(rows: Sequence[Sequence[object]], decimal: str = ".") -> bool | None:
    """Whether the first row is a header: True, False, or None when the rows cannot tell (all text).

    An all-number first row is data, unless it names columns by consecutive years above values that are not years
    (a wide table). A text cell above a column of numbers is a header's; a number above numbers is data's. A single
    row is a header only if it has no numbers.
    """
    if not rows:
        return None
    first = [_cell_kind(value, decimal) for value in rows[0]]
    filled = [kind for kind in first if kind != "empty"]
    if not filled:
        return None
    if _year_header(rows):
        return True
    if all(kind == "number" for kind in filled):
        return False
    body = rows[1:]
    if not body:
        return "number" not in filled
    header_votes = data_votes = 0
    for j, kind in enumerate(first):
        below = [k for row in body if j < len(row) and (k := _cell_kind(row[j], decimal)) != "empty"]
        if not below or sum(k == "number" for k in below) < 0.9 * len(below):
            continue
        if kind == "text":
            header_votes += 1
        elif kind == "number":
            data_votes += 1
    if header_votes:
        return True
    return False if data_votes else None


@dataclass
class RowScan:
    """Row widths over the whole file, as csv reads it (blank lines skipped, like pandas)."""

    rows: int = 0
    first_width: int = 0
    widths: Counter[int] = field(default_factory=Counter)
    lines: dict[int, list[int]] = field(default_factory=dict)
    """For each width other than the first row's: the first few line numbers with it."""
    trailing_empty: int = 0
    """Rows one field wider than the first row whose extra last field is empty (a trailing delimiter)."""
    error: str | None = None


def scan_rows(path: Source, encoding: str, delimiter: str) -> RowScan:
    """Count the fields of every row in the file, streaming it (memory does not grow with the file).

    A pass with pyarrow's CSV parser counts the widths (about 2 s per GB). Only when some rows differ from the first
    does the csv module read the file again to find their line numbers, and it stops once it has them. Files whose
    first row is a single field, small files, and files pyarrow refuses, are counted by the csv module alone.
    """
    if path.stat().st_size < _FAST_SCAN_FROM:
        return _scan_exact(path, encoding, delimiter)
    width = _first_width(path, encoding, delimiter)
    fast = _scan_fast(path, encoding, delimiter, width) if width > 1 else None
    if fast is None:
        return _scan_exact(path, encoding, delimiter)
    if len(fast.widths) == 1:
        return fast
    wanted = {width: min(3, n) for width, n in fast.widths.items() if width != fast.first_width}
    exact = _scan_exact(path, encoding, delimiter, wanted)
    if exact.error is not None or any(len(exact.lines.get(w, [])) < n for w, n in wanted.items()):
        return exact  # read to its end (or its error) without finding the same rows: its own counts are the truth
    fast.lines = exact.lines
    return fast


class _LongLine(csv.Error):
    """A line past CSV_LINE_LIMIT: raised before the csv reader counts it."""


def _lines(f: TextIO) -> Iterator[str]:
    """The lines of `f`, each read with a bound: a file without line breaks never becomes one string."""
    while line := f.readline(CSV_LINE_LIMIT):
        if len(line) >= CSV_LINE_LIMIT and not line.endswith(("\n", "\r")):
            raise _LongLine(f"a line longer than {CSV_LINE_LIMIT:,} characters")
        yield line


def _first_width(path: Source, encoding: str, delimiter: str) -> int:
    with path.open(encoding=encoding, errors="replace", newline="") as f:
        try:
            return next((len(row) for row in csv.reader(_lines(f), delimiter=delimiter) if not _is_blank(row)), 0)
        except csv.Error:
            return 0


def _scan_fast(path: Source, encoding: str, delimiter: str, width: int) -> RowScan | None:
    """Row widths by pyarrow's streaming CSV reader, without line numbers; None when it cannot parse the file.

    `width` is the first row's, as the csv module reads it: every line is data of that width to pyarrow, so the
    first row is counted like the others and whitespace-only lines before it are skipped like later ones.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    scan = RowScan(first_width=width)
    other: Counter[int] = Counter()

    def irregular(row: pacsv.InvalidRow) -> str:
        text = row.text or ""
        if text.strip():  # a whitespace-only line is blank to pandas, and to the csv-module scan
            other[row.actual_columns] += 1
            if row.actual_columns == width + 1:
                fields = next(csv.reader([text], delimiter=delimiter), [""])
                scan.trailing_empty += not fields[-1].strip()
        return "skip"

    stream = path.open("rb")
    try:
        reader = pacsv.open_csv(
            stream,
            read_options=pacsv.ReadOptions(
                encoding=_arrow_encoding(encoding),
                block_size=_SCAN_BLOCK,
                column_names=[f"c{i}" for i in range(width)],
                use_threads=False,
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=delimiter, newlines_in_values=True, invalid_row_handler=irregular
            ),
            # Converting no column at all: a column that does not exist, filled with nulls.
            convert_options=pacsv.ConvertOptions(include_columns=[_NO_COLUMN], include_missing_columns=True),
        )
    except (pa.ArrowException, UnicodeError, ValueError, LookupError):
        stream.close()
        return None
    with stream, reader:
        try:
            regular = sum(batch.num_rows for batch in reader)
        except (pa.ArrowException, UnicodeError, ValueError):
            return None
    if regular:
        scan.widths[width] = regular
    scan.widths.update(other)
    scan.rows = regular + sum(other.values())
    return scan


def _arrow_encoding(encoding: str) -> str:
    # pyarrow reads UTF-8 natively and transcodes anything else through Python's codecs, BOMs included.
    return "utf8" if encoding == "utf-8" else encoding


def _scan_exact(path: Source, encoding: str, delimiter: str, wanted: dict[int, int] | None = None) -> RowScan:
    """Count the fields of every row with the csv module.

    With `wanted` (width → line numbers needed), stop as soon as that many lines of each of those widths are known.
    """
    scan = RowScan()
    missing = sum(wanted.values()) if wanted else -1
    with path.open(encoding=encoding, errors="replace", newline="") as f:
        reader = csv.reader(_lines(f), delimiter=delimiter)
        try:
            for row in reader:
                if _is_blank(row):
                    continue
                width = len(row)
                if not scan.rows:
                    scan.first_width = width
                scan.rows += 1
                scan.widths[width] += 1
                if width != scan.first_width:
                    examples = scan.lines.setdefault(width, [])
                    if len(examples) < 3:
                        examples.append(reader.line_num)
                        if wanted and len(examples) <= wanted.get(width, 0):
                            missing -= 1
                            if not missing:
                                break
                    if width == scan.first_width + 1 and not row[-1].strip():
                        scan.trailing_empty += 1
        except csv.Error as err:
            scan.error = f"line {reader.line_num + isinstance(err, _LongLine):,}: {err}"
    return scan


def _rows_have(n: int) -> str:
    return "1 row has" if n == 1 else f"{n:,} rows have"


def _first_lines(scan: RowScan, widths: list[int]) -> str:
    lines = sorted(line for width in widths for line in scan.lines.get(width, []))[:3]
    return ", ".join(f"{line:,}" for line in lines)


def _row_warnings(scan: RowScan, header: bool, display: str, options: dict[str, object]) -> list[str]:
    """Warnings (and reader options) for rows whose width differs from the header's."""
    warnings: list[str] = []
    width = scan.first_width if header else max(scan.widths)
    data_rows = scan.rows - 1 if header else scan.rows
    longer = sorted(w for w in scan.widths if w > width)
    shorter = sorted(w for w in scan.widths if w < width)
    n_long = sum(scan.widths[w] for w in longer)
    n_short = sum(scan.widths[w] for w in shorter)
    if n_long and n_long == data_rows and longer == [width + 1]:
        if scan.trailing_empty == n_long:
            options["index_col"] = False
            warnings.append(
                f"Every data row of {display} ends with an extra delimiter; the empty last field is ignored."
            )
        else:
            warnings.append(
                f"The header of {display} has one name fewer than its data rows, so pandas uses the "
                "first column as the row index; call .reset_index() to make it a column."
            )
    elif n_long:
        # The C parser stops at a too-long row; the python one lets a callable cut it down and keep it.
        options.update(engine="python", index_col=False, on_bad_lines=Code(f"lambda row: row[:{width}]"))
        warnings.append(
            f"In {display}, {_rows_have(n_long)} more fields than the header's {width} (first at line "
            f"{_first_lines(scan, longer)}); only their first {width} fields are loaded. Fix those "
            "rows if the extra values matter."
        )
    if n_short:
        warnings.append(
            f"In {display}, {_rows_have(n_short)} fewer than {width} fields (first at line "
            f"{_first_lines(scan, shorter)}); their missing fields are left empty (NaN)."
        )
    if scan.error:
        warnings.append(f"Not every row of {display} could be checked ({scan.error}); pandas may still read it.")
    return warnings


def inspect_delimited(path: Source, kind: Kind, display: str) -> Inspection:
    """Inspect a CSV or TSV file; refuses binary, undecodable and blank files."""
    expected = "TSV" if kind == "tsv" else "CSV"
    detected = detect_encoding(path, display, expected)
    text, complete = read_text_head(path, detected.encoding, display, expected)
    if not text.strip():
        raise UploadFormatError(
            f"{display} contains only blank lines: there is no data in it.",
            "Upload a file with a header row and data rows.",
            name=display,
            expected=kind.upper(),
        )
    if not complete and "\n" in text:
        text = text[: text.rfind("\n") + 1]  # whole lines only: a cut-off row would look inconsistent
    preferred = "\t" if kind == "tsv" else ","
    delimiter = sniff_delimiter("".join(text.splitlines(keepends=True)[:_SAMPLE_ROWS]), preferred)
    rows = _rows(text, delimiter)
    titles = _title_rows(rows)
    title_widths = [len(r) for r in rows[:titles]]
    rows = rows[titles:]
    decimal = "," if delimiter != "," and uses_decimal_comma(rows[1:]) else "."
    header = detect_header(rows, decimal)
    scan = scan_rows(path, detected.encoding, delimiter)
    if titles:
        scan = _without_rows(scan, title_widths, len(rows[0]))
    if scan.error is not None and not scan.rows:
        raise UploadFormatError(
            f"{display} could not be read as {expected}: its first row fails ({scan.error}).",
            "Export the data again as CSV with one row per line.",
            name=display,
            expected=expected,
        )

    warnings = list(detected.warnings)
    options: dict[str, object] = {"encoding": detected.encoding, "sep": delimiter}
    if kind == "tsv" and delimiter != "\t":
        warnings.append(
            f"{display} is named .tsv but its columns are separated by {DELIMITER_NAMES[delimiter]}s; "
            "it is read that way."
        )
    header_line = _lines_before(text, delimiter, titles) if titles else 0
    if titles:
        # a report's title above its table (Google Ads: "Campaign report"): the header is the line after it
        options["skiprows"] = header_line
        said = "; ".join(" ".join(c.strip() for c in r if c.strip())[:60] for r in _rows(text, delimiter, titles))
        warnings.append(f"{display} starts with a title above its table ({said}); the header is the line after it.")
    # rows under the header that describe the columns rather than hold data, which would make them text: the
    # formats' row (USGS RDB), a row of sentences (Google Business Profile), an ONS series' id, unit and dates
    under, why = 0, ""
    if header is not False and _format_row(rows):
        said = " ".join(c.strip() for c in rows[1] if c.strip())[:60]
        under, why = 1, f"The row under the header of {display} describes the columns ({said}); it is skipped."
    elif header is not False and _description_row(rows, decimal):
        under, why = 1, f"The row under the header of {display} describes the columns in words; it is skipped."
    elif header is not False and (described := _series_rows(rows)):
        said = ", ".join(str(r[0]).strip() for r in rows[1 : described + 1])
        under = described
        why = f"The rows under the header of {display} describe its series ({said}); they are skipped."
    if under:  # skipped by their line numbers
        lines = [_lines_before(text, delimiter, titles + k) for k in range(1, under + 1)]
        options["skiprows"] = [*range(header_line), *lines]
        warnings.append(why)
        scan = _without_rows(scan, [len(r) for r in rows[1 : under + 1]], len(rows[0]))
    footer = _footer_rows(path, detected.encoding, delimiter, len(rows[0])) if header is not False else []
    if footer and scan.rows - 1 > len(footer):
        # a report's grand total and copyright lines below its table: only the rows above them are read
        options["nrows"] = scan.rows - 1 - len(footer)
        warnings.append(
            f"{display} ends with {len(footer)} line{'s' * (len(footer) > 1)} below its table (totals or notes); "
            "they are left out."
        )
        scan = _without_rows(scan, footer, scan.first_width)
    if decimal == ",":
        options["decimal"] = ","
        warnings.append(f"{display} writes numbers with a decimal comma (1,5); they are read as numbers.")
    marks, marked = _missing_marks(rows[1:] if header is not False else rows, decimal)
    if marked:
        # "?" of the UCI tables, "." of FRED, ":" of Eurostat: without them those columns would be text, not numbers
        options["na_values"] = marks
        which = ", ".join(
            str(rows[0][j]) if header is not False and j < len(rows[0]) else f"col_{j + 1}" for j in marked[:5]
        )
        more = f" and {len(marked) - 5} more" if len(marked) > 5 else ""
        said = " and ".join(f'"{m}"' for m in marks)
        warnings.append(
            f"{display} writes {said} for a missing value among numbers ({which}{more}); it is read as missing."
        )
    if header is None:
        header = True
        warnings.append(
            f"Could not tell whether the first row of {display} is a header (every column holds "
            "text); it is used as the header."
        )
    if not header:
        width = max(scan.widths)
        names = _statement_names(rows, width)
        options.update(header=None, names=names)
        named = "the column is named col_1" if width == 1 else f"the columns are named col_1 … col_{width}"
        if "Amount" in names:  # a statement's layout: its columns named by what they hold
            named = f"the columns are named by what they hold ({', '.join(names)})"
        warnings.append(f"{display} has no header row (its first row holds numbers); {named}.")
    elif scan.rows <= 1:
        warnings.append(f"{display} has a header but no data rows: the table is empty (columns only).")
    warnings += _row_warnings(scan, header, display, options)
    return Inspection(
        kind=kind,
        reader="read_csv",
        options=options,
        encoding=detected.encoding,
        delimiter=delimiter,
        header=header,
        warnings=warnings,
    )
