"""Names for uploads: a safe file name on disk and a Python variable name in the kernel."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Set
from pathlib import PurePosixPath

__all__ = ["safe_filename", "split_extension", "variable_name"]

# Device names Windows refuses whatever the extension; the notebook may be re-run there.
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
_KEPT_PUNCTUATION = set("-_.()+")
_MAX_STEM_BYTES = 150
_MAX_VARIABLE = 40
# Names the agent's own code relies on in the kernel: a data frame must not shadow them.
_TAKEN_IN_KERNEL = {
    "pd",
    "np",
    "plt",
    "sns",
    "sm",
    "scipy",
    "stats",
    "json",
    "os",
    "sys",
    "math",
    "re",
    "io",
    "display",
    "get_ipython",
    "In",
    "Out",
    "exit",
    "quit",
}


def split_extension(name: str) -> tuple[str, str]:
    """Split `name` into stem and lower-cased extension (with its dot; '' when there is none)."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return name, ""
    return stem, "." + ext.lower()


def _clean_part(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        category = unicodedata.category(ch)
        if category[0] in "LNM" or ch in _KEPT_PUNCTUATION:
            out.append(ch)
        elif category[0] == "C":
            # Control and format characters (bidi overrides can disguise an extension) are dropped outright.
            continue
        else:
            out.append("_")
    cleaned = re.sub(r"_{2,}", "_", "".join(out))
    return cleaned


def safe_filename(name: str, default_stem: str = "upload") -> str:
    """A file name that is safe to create in a session directory, keeping the extension.

    Drops any directory part (POSIX or Windows), control characters and leading dots; replaces other
    unusual characters with `_`; renames Windows device names; caps the length.
    """
    base = _clean_part(PurePosixPath(name.replace("\\", "/")).name)
    # Split here rather than with split_extension: ".csv" is an unnamed CSV, not a file without an extension.
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = re.sub(r"[^a-z0-9]", "", ext.lower())
    ext = "." + ext if ext else ""
    stem = stem.lstrip("._-+ ").rstrip(". ")
    if not stem:
        stem = default_stem
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem += "_"
    while len(stem.encode()) > _MAX_STEM_BYTES:
        stem = stem[:-1]
    return stem.rstrip(". ") + ext


def variable_name(file_name: str, existing: Set[str] = frozenset(), *, first: bool = False) -> str:
    """The Python identifier a file is loaded as: `df` for the first file, else one derived from the name.

    `sales-2024.csv` → `sales_2024`; `2024.csv` → `df_2024`; keywords, builtins and the usual module aliases
    get a `_df` suffix; clashes with `existing` get `_2`, `_3`, ...
    """
    if first and "df" not in existing:
        return "df"
    stem, _ = split_extension(PurePosixPath(file_name).name)
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_stem.lower()).strip("_")[:_MAX_VARIABLE].rstrip("_") or "data"
    if base[0].isdigit():
        base = "df_" + base
    if keyword.iskeyword(base) or keyword.issoftkeyword(base) or hasattr(builtins, base) or base in _TAKEN_IN_KERNEL:
        base += "_df"
    candidate, n = base, 2
    while candidate in existing:
        candidate, n = f"{base}_{n}", n + 1
    return candidate
