"""What the stock on hand is worth: "the value of all my inventory", "if i sold everything in stock".

A listing or inventory export keeps each item's price and how many are left (Etsy's PRICE and QUANTITY), not
their product. The question is said again as the total of one times the other, which the arithmetic reader knows;
a column already named so (Inventory Value) is read as it stands.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column
from .columns import find_mentions
from .words import stem

_WORTH = re.compile(
    r"\b(?:total\s+)?(?:value|worth)\s+of\s+(?:all\s+)?(?:(?:my|our|the)\s+)?(?:stock|inventory|everything\s+in\s+stock)"
    r"|\b(?:stock|inventory)\s+(?:value|worth)\b"
    r"|\bhow\s+much\s+(?:is|are|would)\s+(?:all\s+)?(?:(?:my|our|the)\s+)?(?:stock|inventory)\s+(?:be\s+)?worth\b"
    r"|\bif\s+(?:i|we)\s+sold\s+(?:everything|all\s+(?:of\s+)?(?:my|our|the)\s+(?:stock|inventory|items))"
    r"(?:\s+(?:in|on)\s+(?:stock|hand))?[\s,]*(?:how\s+much\s+(?:would|will|could)\s+(?:i|we)\s+(?:make|get|earn))?"
    # "what is my collection worth at catalog value", "how much is my stash worth": each piece's value times its count
    r"|\b(?:(?:my|our|the)\s+(?:whole\s+|entire\s+)?(?:collection|stash)\s+(?:is\s+|be\s+)?worth"
    r"|(?:value|worth)\s+of\s+(?:my|our|the)\s+(?:whole\s+|entire\s+)?(?:collection|stash))\b"
    r"(?:\s+(?:at|by|in)\s+(?P<at>[a-z]+\s+(?:value|price)s?))?"
    # ("going by what i paid": the price paid for each, not what it would fetch)
    r"(?:,?\s*(?:going\s+by|based\s+on|at|by)\s+(?P<paid>what\s+(?:i|we)\s+(?:paid|spent)))?",
    re.IGNORECASE,
)
_VALUE = frozenset({"value", "worth"})
_LEFT = frozenset({"quantity", "qty", "available", "inventory", "onhand", "stock"})
_PRICE = frozenset({"price", "msrp"})


def left_counts(catalog: Catalog, frame: str) -> list[Column]:
    """The counts of what is left (a listing's QUANTITY, a product's Available, Inventory, Stock)."""
    return [c for c in catalog.numeric(frame) if not c.id_like and set(c.stems) & _LEFT]


def per_thing_count(column: Column, catalog: Catalog, frame: str) -> Column | None:
    """The count of the things a "<measure> per <thing>" is kept for (Yards per Skein: Skeins), if the table has it."""
    said = re.fullmatch(r"(?i)\s*[a-z][\w ]*?\s*(?:per|/)\s*(?P<thing>[a-z]+)\s*", column.name)
    # ("Lime Rec (tons/acre)": a rate kept in its unit per thing, the thing in the brackets)
    said = said or re.search(r"(?i)\(\s*[a-z]+\s*(?:/|per)\s*(?P<thing>[a-z]+)\s*\)\s*$", column.name)
    if said is None:
        return None
    thing = stem(said["thing"].lower())
    counts = [
        c
        for c in catalog.numeric(frame)
        if c is not column and c.stems == (thing,) and not c.id_like and (c.low is None or c.low >= 0)
    ]
    return counts[0] if len(counts) == 1 else None


def worth(question: str, catalog: Catalog, frame: str) -> str:
    """The value of the stock said as "total PRICE * QUANTITY", of the one price and the one count left."""
    said = _WORTH.search(question)
    if said is None:
        return question
    # ("at catalog value" names the value to use, not a column that already holds the worth)
    asked = said.group()[: said.start("at") - said.start()] if said["at"] else said.group()
    if any(m.score >= 90 and m.column.numeric for m in find_mentions(asked, catalog, frame)):
        return question
    numbers = [c for c in catalog.numeric(frame) if not c.id_like]
    prices = [c for c in numbers if set(c.stems) & _PRICE and not set(c.stems) & {"sale", "discount", "old"}]
    if said.lastindex is not None and said["at"]:  # ("at catalog value": the value named, Catalog Value)
        prices = [m.column for m in find_mentions(said["at"], catalog, frame) if m.column in numbers][:1]
    elif said["paid"]:
        prices = [c for c in prices if "paid" in c.stems] or prices
    elif re.search(r"collection|stash", said.group(), re.IGNORECASE):
        # a collector's value is what each piece is worth (Catalog Value), before what was paid for it
        prices = [c for c in numbers if set(c.stems) & _VALUE] or prices
    left = left_counts(catalog, frame)
    if len(prices) == 1 and not left:  # (a yarn stash's Price per Skein: its Skeins are the count)
        left = [c for c in [per_thing_count(prices[0], catalog, frame)] if c is not None]
    if len(prices) != 1 or len(left) != 1:
        return question
    return f"{question[: said.start()]}total {prices[0].name} * {left[0].name}{question[said.end() :]}"
