"""What an uploaded text file really is: its binary signature, if any, and its character encoding.

Order of checks: byte-order marks, NUL bytes, strict UTF-8 over the whole file; only then a guess with
charset-normalizer, corrected towards the Western code pages (its choice among Latin-script code pages is noisy).
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import UploadError, UploadFormatError

__all__ = ["CHUNK", "DetectedEncoding", "Source", "check_signature", "detect_encoding", "read_text_head"]

CHUNK = 1 << 20
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_COMPRESSED = (
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"BZh91AY&SY", "bzip2"),
)
_OTHER = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old-style Excel (.xls) or password-protected Office file",
        "open it in Excel and save it as .xlsx or CSV (without a password)",
    ),
    (b"%PDF", "a PDF document", "export the table from the PDF as CSV"),
    (b"SQLite format 3\x00", "an SQLite database", "export the table you need as CSV"),
    (b"\x89PNG", "a PNG image", "upload the data itself as CSV, TSV, JSON, Excel or Parquet"),
    (b"\xff\xd8\xff", "a JPEG image", "upload the data itself as CSV, TSV, JSON, Excel or Parquet"),
)
# Characters that real text in a Western code page produces; C1 controls and stray symbols count against it.
_PLAUSIBLE_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Sc", "Sm", "So", "Pi", "Pf", "Pd", "Zs"}
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")  # not tab, newlines, form feed, DOS end-of-file
_PROBE_CHARS = 256 * 1024
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


class Source(Protocol):
    """A file to inspect: a `pathlib.Path`, or the confined checker's open descriptor (`inspector.FdSource`)."""

    def open(
        self,
        mode: str = ...,
        buffering: int = ...,
        encoding: str | None = ...,
        errors: str | None = ...,
        newline: str | None = ...,
    ) -> Any:
        """A new reader from the start of the file."""
        ...

    def stat(self) -> os.stat_result:
        """The file's status (its size)."""
        ...


@dataclass
class DetectedEncoding:
    """A Python codec name for the file, and anything the person should know about how it was found."""

    encoding: str
    warnings: list[str] = field(default_factory=list)


def check_signature(head: bytes, display: str, expected: str) -> None:
    """Refuse a file whose first bytes say it is a binary format, not the text format its name claims."""
    if head.startswith(_ZIP):
        if b"xl/" in head[:65536]:
            raise UploadFormatError(
                f"{display} is named as {expected} but is really an Excel workbook.",
                "Rename it to .xlsx and upload it again, or export the sheet as CSV.",
                name=display,
                expected=expected,
            )
        raise UploadFormatError(
            f"{display} is named as {expected} but is really a ZIP archive.",
            "Unzip it and upload the data file inside.",
            name=display,
            expected=expected,
        )
    for magic, what in _COMPRESSED:
        if head.startswith(magic):
            raise UploadFormatError(
                f"{display} is named as {expected} but is {what}-compressed.",
                "Decompress it and upload the file inside.",
                name=display,
                expected=expected,
            )
    if head.startswith(b"PAR1"):
        raise UploadFormatError(
            f"{display} is named as {expected} but is really a Parquet file.",
            "Rename it to .parquet and upload it again.",
            name=display,
            expected=expected,
        )
    for magic, what, todo in _OTHER:
        if head.startswith(magic):
            raise UploadFormatError(
                f"{display} is named as {expected} but is really {what}.",
                f"Please {todo}.",
                name=display,
                expected=expected,
            )


def _binary(display: str, expected: str, why: str) -> UploadError:
    return UploadFormatError(
        f"{display} does not look like {expected} text ({why}): it seems to be a binary or damaged file.",
        "Export the data again as UTF-8 CSV, or upload it as Excel (.xlsx) or Parquet.",
        name=display,
        expected=expected,
    )


def _first_error(path: Source, encoding: str, display: str, expected: str) -> int | None:
    """Decode the whole file; the byte offset of the first undecodable byte, or None. Refuses NUL bytes."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    check_nul = not encoding.startswith(("utf-16", "utf-32"))
    offset = 0
    with path.open("rb") as f:
        while True:
            chunk = f.read(CHUNK)
            if check_nul and (nul := chunk.find(b"\x00")) >= 0:
                raise _binary(display, expected, f"it contains NUL bytes, the first at byte {offset + nul:,}")
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as err:
                return max(0, offset + err.start - len(decoder.getstate()[0]))
            if not chunk:
                return None
            offset += len(chunk)


def _utf16_without_bom(head: bytes) -> str | None:
    # ASCII-range text in UTF-16 has a NUL in every other byte; which half says the byte order.
    sample = head[:8192] if len(head) % 2 == 0 else head[: min(8192, len(head) - 1)]
    even, odd = sample[0::2], sample[1::2]
    if not odd:
        return None
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _non_ascii_lines(path: Source, limit: int = 65536) -> bytes:
    """Up to `limit` bytes of whole lines that contain non-ASCII bytes: the part of the file worth guessing from."""
    parts: list[bytes] = []
    total = 0
    with path.open("rb") as f:
        while total < limit and (chunk := f.read(CHUNK)):
            pos = 0
            while total < limit and (m := _HIGH_BYTE.search(chunk, pos)):
                start = chunk.rfind(b"\n", 0, m.start()) + 1
                end = chunk.find(b"\n", m.start())
                end = len(chunk) if end < 0 else end + 1
                parts.append(chunk[start:end])
                total += end - start
                pos = end
    return b"".join(parts)[:limit]


def _plausibility(text: str) -> float:
    chars = [c for c in text if ord(c) > 127]
    if not chars:
        return 1.0
    return sum(unicodedata.category(c) in _PLAUSIBLE_CATEGORIES for c in chars) / len(chars)


def _latin_share(text: str) -> float:
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not letters:
        return 1.0
    return sum(unicodedata.name(c, "").startswith("LATIN") for c in letters) / len(letters)


def _canonical(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return {"iso8859-1": "latin-1"}.get(name, name)


def _guess_legacy(path: Source, display: str, expected: str) -> DetectedEncoding:
    from charset_normalizer import from_bytes

    sample = _non_ascii_lines(path)
    western = "cp1252"
    if _first_error(path, "cp1252", display, expected) is not None:
        western = "latin-1"
        _first_error(path, western, display, expected)  # latin-1 decodes anything; this only looks for NULs
    western_text = sample.decode(western, errors="replace")
    if western == "cp1252" and western_text == sample.decode("latin-1"):
        western = "latin-1"  # they differ only in 0x80-0x9F; without those bytes, latin-1 is the plainer name
    best = from_bytes(sample).best()
    if best is None:
        if _plausibility(western_text) < 0.8:
            raise _binary(display, expected, "it is neither UTF-8 nor any text encoding that could be recognised")
        choice = western
    else:
        guess = _canonical(best.encoding)
        guess_text = sample.decode(guess, errors="replace")
        # Among Latin-script code pages prefer the Western one unless it renders worse; a non-Latin script
        # (Cyrillic, Greek, CJK...) is the guess's real strength, so trust it there.
        if guess_text == western_text or (
            _latin_share(guess_text) >= 0.5 and _plausibility(western_text) >= _plausibility(guess_text)
        ):
            choice = western
        else:
            choice = guess if _first_error(path, guess, display, expected) is None else western
    return DetectedEncoding(
        choice,
        [
            f"{display} is not UTF-8; it was read as {choice} (detected automatically). "
            "If accented letters look wrong, save the file as UTF-8 and upload it again."
        ],
    )


def detect_encoding(path: Source, display: str, expected: str) -> DetectedEncoding:
    """The encoding of a text file, checking the whole file; refuses binary or undecodable files.

    `display` names the file in messages; `expected` names the format it claims to be ("CSV").
    """
    with path.open("rb") as f:
        head = f.read(CHUNK)
    check_signature(head, display, expected)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            bad = _first_error(path, encoding, display, expected)
            if bad is not None:
                label = encoding.removesuffix("-sig").upper()
                raise _binary(
                    display, expected, f"it starts with a {label} byte-order mark but byte {bad:,} is not valid {label}"
                )
            return DetectedEncoding(encoding)
    if (nul := head.find(b"\x00")) >= 0:
        utf16 = _utf16_without_bom(head)
        if utf16 is None or _first_error(path, utf16, display, expected) is not None:
            raise _binary(display, expected, f"it contains NUL bytes, the first at byte {nul:,}")
        return DetectedEncoding(utf16, [f"{display} is UTF-16 without a byte-order mark; read as {utf16}."])
    if _first_error(path, "utf-8", display, expected) is None:
        return DetectedEncoding("utf-8")
    return _guess_legacy(path, display, expected)


def read_text_head(
    path: Source, encoding: str, display: str, expected: str, limit: int = 256 * 1024
) -> tuple[str, bool]:
    """Decode up to `limit` bytes from the start; returns the text and whether it is the whole file.

    Refuses text that is mostly control characters (binary data that happened to decode).
    """
    with path.open("rb") as f:
        raw = f.read(limit + 1)
    complete = len(raw) <= limit
    text = codecs.getincrementaldecoder(encoding)("replace").decode(raw[:limit], final=complete)
    text = text.removeprefix("\ufeff")
    probe = text[:_PROBE_CHARS]
    controls = len(_CONTROLS.findall(probe))
    if probe and controls / len(probe) > 0.01:
        raise _binary(display, expected, f"{controls:,} control characters in its first {len(probe):,}")
    return text, complete
