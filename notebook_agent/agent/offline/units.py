"""Units said in a question against the unit a column keeps: "turbines over 2 MW" of a column in kW is over 2000.

A column's unit comes from its name ("turbine_rated_capacity_k_w", "Data Usage (MB/day)", "Weight (kg)") or, for
numbers written with a unit in each cell ("1.37kg"), from its cells. A bound said with another unit of the same
kind (mass, power, energy, data, length) is converted to the column's unit before the question is read.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column, unit_of

# unit → (kind of quantity, size in that kind's base unit). Data sizes step by 1024, as phones and apps count them.
_UNITS: dict[str, tuple[str, float]] = {
    "mg": ("mass", 1e-3), "g": ("mass", 1.0), "gram": ("mass", 1.0), "grams": ("mass", 1.0),
    "kg": ("mass", 1e3), "kgs": ("mass", 1e3), "kilo": ("mass", 1e3), "kilos": ("mass", 1e3),
    "kilogram": ("mass", 1e3), "kilograms": ("mass", 1e3), "tonne": ("mass", 1e6), "tonnes": ("mass", 1e6),
    "lb": ("mass", 453.592), "lbs": ("mass", 453.592), "pounds": ("mass", 453.592),
    "w": ("power", 1.0), "watts": ("power", 1.0), "kw": ("power", 1e3), "kilowatts": ("power", 1e3),
    "mw": ("power", 1e6), "megawatts": ("power", 1e6), "gw": ("power", 1e9), "gigawatts": ("power", 1e9),
    "wh": ("energy", 1.0), "kwh": ("energy", 1e3), "mwh": ("energy", 1e6), "gwh": ("energy", 1e9),
    "kb": ("data", 1.0), "mb": ("data", 1024.0), "gb": ("data", 1024.0**2), "tb": ("data", 1024.0**3),
    "mm": ("length", 1e-3), "cm": ("length", 1e-2), "km": ("length", 1e3), "kms": ("length", 1e3),
    "metres": ("length", 1.0), "meters": ("length", 1.0), "kilometres": ("length", 1e3), "kilometers": ("length", 1e3),
    # a flow: a well's yield in gallons a minute, a pump's in litres a minute
    "gpm": ("flow", 1.0), "gallons a minute": ("flow", 1.0), "gallons per minute": ("flow", 1.0),
    "gal/min": ("flow", 1.0), "gph": ("flow", 1 / 60), "gallons an hour": ("flow", 1 / 60),
    "gallons per hour": ("flow", 1 / 60), "lpm": ("flow", 0.264172), "litres a minute": ("flow", 0.264172),
    "liters a minute": ("flow", 0.264172), "litres per minute": ("flow", 0.264172),
    "liters per minute": ("flow", 0.264172),
}  # fmt: skip
# (lengths of time are read where durations are: `parse`'s spans of time, h:mm:ss text)
# Units a column's name may end with or hold in brackets ("_mw", "(kg)", "k_w"); "m" is metres only in a name
_NAME_UNITS = {**_UNITS, "m": ("length", 1.0)}
_SAID = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<u>"
    + "|".join(sorted((re.escape(u) for u in _UNITS if len(u) > 1), key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)


def column_unit(column: Column) -> tuple[str, float, str] | None:
    """(kind, size, as written) of the unit a numeric column keeps, when its name or its cells say one."""
    if not column.numeric:
        return None
    name = re.sub(r"(?<![a-z])([kmg])_([w])(?![a-z])", r"\1\2", column.name.lower())  # k_w: kW, split by a tidier
    words = re.findall(r"[a-z]+", name)
    bracket = re.search(r"\(([a-z]+)(?:/[a-z]+)?\)", name)
    for word in ([bracket.group(1)] if bracket else []) + words[-1:]:
        if word in _NAME_UNITS and (len(words) > 1 or bracket):  # (a column called "m" alone is no unit)
            kind, size = _NAME_UNITS[word]
            return kind, size, word
    if column.numeric_text:
        cell = unit_of(column.values)
        if cell and cell.lower() in _UNITS:
            kind, size = _UNITS[cell.lower()]
            return kind, size, cell
    return None


def units_said(text: str, catalog: Catalog, frame: str, named: list[Column]) -> str:
    """Each amount said in another unit than its column keeps, written in the column's unit.

    The column is the one named (of those given) that keeps a unit of that kind, else the frame's only such column.
    """
    kept = [(c, u) for c in catalog.numeric(frame) if (u := column_unit(c)) is not None]
    if not kept:
        return text

    def converted(m: re.Match[str]) -> str:
        kind, size = _UNITS[m["u"].lower()]
        same = [(c, u) for c, u in kept if u[0] == kind]
        chosen = [(c, u) for c, u in same if c in named] or same
        if len({u[1] for _, u in chosen}) != 1:
            return m.group()  # no column of that kind, or several in different units
        if chosen[0][1][1] == size:
            # already in its unit: as the column writes it when said in words ("50 gallons a minute": 50 gpm)
            return f"{m['n']} {chosen[0][1][2]}" if " " in m["u"] else m.group()
        value = float(m["n"].replace(",", "")) * size / chosen[0][1][1]
        number = f"{value:.10g}"
        return f"{number} {chosen[0][1][2]}"

    return _SAID.sub(converted, text)
