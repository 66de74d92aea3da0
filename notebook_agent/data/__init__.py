"""Data in: uploads checked, stored and loaded into the kernel, then profiled.

| module | what |
|---|---|
| `uploads` | `prepare_upload` → `PreparedUpload` (the public entry point) |
| `names` | safe file names on disk, variable names in the kernel |
| `encoding` | binary signatures and text encodings |
| `delimited` | CSV/TSV: delimiter, decimal mark, header, row widths |
| `formats` | JSON, Excel and Parquet checks |
| `reading` | how pandas reads a file, rendered as load code |
| `profile` | code that describes a DataFrame in the kernel, and its parsed/formatted result |
"""

from .uploads import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_EXTENSIONS,
    PreparedUpload,
    format_profile,
    parse_profile,
    prepare_upload,
    profile_code,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "PreparedUpload",
    "format_profile",
    "parse_profile",
    "prepare_upload",
    "profile_code",
]
