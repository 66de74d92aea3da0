"""How pandas should read an inspected file, and the exact load code that says so."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from string import Template
from typing import Literal

__all__ = ["Code", "Inspection", "Kind", "literal", "render_load_code"]

Kind = Literal["csv", "tsv", "json", "excel", "parquet"]


@dataclass(frozen=True)
class Code:
    """Python source that goes into the load code as is, not as a string literal."""

    source: str


@dataclass
class Inspection:
    """What inspecting a file found: how to read it, and what the person should know."""

    kind: Kind
    reader: str
    options: dict[str, object] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    header: bool = True
    warnings: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    """Lines run after the read; `$var` stands for the variable."""
    template: str | None = None
    """The whole load code (with `$var` and `$path`) when one reader call is not enough."""


def literal(value: object) -> str:
    """Python source for a simple value; strings in double quotes, as people write them."""
    if isinstance(value, Code):
        return value.source
    if isinstance(value, str):
        # JSON string escapes are valid Python escapes, and JSON uses double quotes.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    return repr(value)


def render_load_code(inspection: Inspection, variable: str, file_name: str) -> str:
    """The code that loads the file in the kernel, with `pd` as pandas and the file next to the notebook."""
    path = literal(file_name)
    if inspection.template is not None:
        code = Template(inspection.template).substitute(var=variable, path=path)
    else:
        args = [path, *(f"{key}={literal(value)}" for key, value in inspection.options.items())]
        code = f"{variable} = pd.{inspection.reader}({', '.join(args)})"
    lines = [code, *(Template(line).substitute(var=variable) for line in inspection.after)]
    return "\n".join(lines)
