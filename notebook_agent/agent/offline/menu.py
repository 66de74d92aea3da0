"""Prices kept beside the counts they are the prices of: a menu written as columns.

A car wash's Basic Price and Basic Washes, Deluxe Price and Deluxe Washes; a haunted house's General Price and
Tickets - General; a restaurant's Dinner Check Avg and Dinner Covers; a Green Fee Each beside the one count of
people (Players). The money each row brought in is each price times its count, added. The money kind and the
readers of "how much did we make" both ask here, so that they pair the columns alike.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column
from .words import PAID_AHEAD, PERSONS, abbreviates, stem

# Name parts of a price ("Price", "Green Fee Each") and of what one customer's purchase is called: an average of
# it is money per order ("Avg Ticket", "Average Check")
PRICE = frozenset({"price", "fee", "fare", "charge", "tariff", "subscription"})
CHECKS = frozenset({"ticket", "check", "order", "sale", "transaction", "spend", "basket"})
# A currency mark in a name or a value (not the word "pounds", which is a weight as often as money)
MONEY_MARK = re.compile(r"[$€£¥₹₩₽₺]|\b(?:usd|eur|gbp|chf|jpy)\b", re.I)
# words of a price's name that say it is a price, not what it is the price of ("Dinner Check Avg": dinner)
_PRICE_WORDS = PRICE | {"rate", "unit", "cost", "each", "per", "avg", "average", "mean", "check", "ticket"}


# Name parts of a measure of each thing, not a count of things
_MEASURED = frozenset({"length", "hrs", "hr", "hour", "minute", "min", "mins", "mile", "gal", "gallon", "lb", "lbs"})
_MEASURED |= {"ft", "size", "weight", "duration", "km", "kg", "acre", "sqft"}


def same_noun(said: str, unit: str) -> bool:
    """Whether a column's name part and a price's unit are one noun ("shelve" of Shelves Used and "shelf")."""
    if said == unit or stem(said) == stem(unit) or abbreviates(unit, said):
        return True
    # (the stemmer keeps "shelves" as "shelve": a noun in -f or -fe makes its plural in -ves)
    return said.endswith("ve") and unit in (said[:-2] + "f", said[:-2] + "fe")


def priced_counts(catalog: Catalog, frame: str) -> list[tuple[Column, Column]]:
    """Each price in money beside the one count of what it is the price of; a price of no one count is left out."""
    nums = [c for c in catalog.of(frame) if c.numeric and not c.id_like and not c.time and not c.is_date]
    prices = [
        c
        for c in nums
        # (a Lesson Rate of "$70" beside Lessons Given: the price of each lesson, called a rate)
        if (set(c.significant) & (PRICE | {"rate"}) or (set(c.stems) & {"avg", "average"} and set(c.stems) & CHECKS))
        and (MONEY_MARK.search(c.name) or any(MONEY_MARK.search(v) for v in c.values[:5]))
        and not set(c.stems) & PAID_AHEAD
    ]
    counts = [
        c
        for c in nums
        if c not in prices
        and c.additive
        and c.whole_count
        and not MONEY_MARK.search(c.name)
        and not set(c.stems) & _MEASURED  # (a Trip Length (hrs) beside a Trip Price: how long, not how many trips)
    ]
    people = [c for c in counts if c.significant[-1:] and c.significant[-1] in PERSONS]
    pairs = []
    for price in prices:
        things = [s for s in price.significant if s not in _PRICE_WORDS]
        # ("Drop-In Price" of Drop-Ins: the stemmer leaves a three-letter "ins" as it is)
        found = [
            c
            for c in counts
            if things and all(any(same_noun(s, t) or s.rstrip("s") == t for s in c.stems) for t in things)
        ]
        if not found and "each" in price.stems and len(people) == 1:
            found = people  # (a Green Fee Each: paid by each of the Players)
        if len(found) == 1:
            pairs.append((price, found[0]))
    return pairs
