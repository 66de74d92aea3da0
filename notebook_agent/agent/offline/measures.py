"""Which numbers of a table are its measures: not coordinates, codes, an estimate's bounds or bookkeeping."""

from __future__ import annotations

from .catalog import BOOKKEEPING_PARTS, Catalog, Column

COORDINATES = frozenset({"lat", "latitude", "lon", "lng", "long", "longitude"})


# The bounds of an estimate kept beside it (WHO's FactValueNumericLow, UNICEF's LOWER_BOUND)
_BOUND_PARTS = frozenset({"low", "high", "lower", "upper", "bound", "lo", "hi"})


def bookkeeping(c: Column) -> bool:
    """A number kept for the download's own bookkeeping, not a measure of what the rows are about.

    Besides `bookkeeping_number`: codes, LineCode, a region's number, an estimate's bounds, empty columns.
    """
    if set(c.stems) & BOOKKEEPING_PARTS or c.stems[-1:] in (("code",), ("id",)):
        return True
    if (c.stems[-1:] and c.stems[-1] in _BOUND_PARTS) or "bound" in c.stems:
        return True
    if c.stems[:1] == ("base",) and set(c.stems[1:]) & {"per", "period", "year"}:
        return True  # an index's base year (the OECD's BASE_PER 2015)
    if c.low is None and c.high is None and not c.numeric_text:
        return True  # nothing in it
    if c.categorical and c.numeric_text:
        return True  # codes written as numbers among a few labels (BEA's IndustryClassification "11", "...")
    # (a region's number, 1 to 8, beside the names of places)
    low, high = c.low, c.high
    return (
        c.stems == ("region",)
        and isinstance(low, int | float)
        and isinstance(high, int | float)
        and float(low).is_integer()
        and float(high).is_integer()
        and 0 <= low <= high <= 20
    )


def lone_measure(catalog: Catalog, frame: str) -> Column | None:
    """The table's one quantity, whatever its name (Ko-fi's Received, a donations file's Value); else None.

    "How much did labour get" of a file with a single measure can mean nothing else, so it is not asked.
    """
    measures = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and not c.time
        and not c.year_like
        and not c.clock
        and not c.categorical
        and not set(c.stems) & COORDINATES
        and not bookkeeping(c)
    ]
    return measures[0] if len(measures) == 1 else None
