"""Money due beside money paid: what was collected, and what is still owed.

A rent roll, an invoice list or a dues sheet keeps what each row was due (Rent Due, Amount Billed) beside what
came in (Amount Paid). "How much rent did i collect" is the paid column, though "rent" names Rent Due; "how much
is still owed" is due less paid, summed, when no column keeps the balance itself.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column, no_value, yes_value
from .columns import find_mentions

_DUE = frozenset({"due", "owed", "billed", "invoiced", "charged", "bill", "invoice"})
_PAID = frozenset({"paid", "received", "collected", "payment"})
_CHARGED = frozenset({"price", "amount", "charge", "total", "fee", "cost", "rate", "fine"})
_PATRONS = frozenset({"customer", "client", "tenant", "patron", "member", "account", "buyer", "debtor"})
_BALANCE = frozenset({"balance", "outstanding", "remaining", "owing", "unpaid", "arrears"})
_OWED = re.compile(
    # (not "unpaid" alone: a Status of Unpaid names rows, "how many were unpaid")
    r"\b(?:still\s+(?:owed|owing|due|unpaid|outstanding)|owed|owing|outstanding|left\s+to\s+(?:pay|collect))\b",
    re.IGNORECASE,
)
_OWES_MOST = re.compile(
    r"\b(?:still\s+)?owes?\s+(?:us\s+|me\s+)?(?:the\s+)?(?P<dir>most|least)(?:\s+(?:money|cash|dollars))?\b"
    r"(?:\s+(?:right\s+now|now|currently|at\s+the\s+moment|today))?",
    re.IGNORECASE,
)
# (money "taken in" or "brought in" is what was billed, an invoice's total: the money of the sales made)
_COLLECTED = re.compile(r"\b(?:collect(?:ed)?|receive[d]?|got\s+paid|get\s+paid)\b", re.IGNORECASE)


def _due_and_paid(catalog: Catalog, frame: str) -> tuple[Column, Column] | None:
    """The one column of money due and the one of money paid, when a table keeps both and no balance."""
    if any(set(c.stems) & _BALANCE for c in catalog.numeric(frame) if not c.id_like and not c.is_date):
        return None  # (a Balance Due kept already, summed or not: that column is what is owed)
    money = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date and not c.flag and c.additive]
    due = [c for c in money if set(c.stems) & _DUE and not set(c.stems) & _PAID]
    paid = [c for c in money if set(c.stems) & _PAID and not set(c.stems) & _DUE]
    if len(due) != 1 or len(paid) != 1:
        return None
    return due[0], paid[0]


_STILL = re.compile(
    r"\b(?:still\s+(?:owed|owing|due|unpaid|outstanding)|(?:not|n't|never)\s+(?:been\s+)?paid(?:\s+yet)?"
    r"|outstanding|unpaid)\b",
    re.IGNORECASE,
)


# the day ranges of an aging report's columns: "1-30", "31 - 60", "90+", "Over 90", "91 and over"
_BUCKET = re.compile(
    r"^\s*(?:\d+\s*[-–]\s*\d+|\d+\s*\+|over\s+\d+|\d+\s+and\s+(?:over|up)|>\s*\d+)(?:\s+days)?\s*$", re.I
)


def _aging_buckets(catalog: Catalog, frame: str) -> list[Column]:
    """The columns of money owed by how many days past due, as an aging report keeps them."""
    return [c for c in catalog.numeric(frame) if _BUCKET.match(c.name)]


def _owed_unpaid(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much am i still owed" of an Amount Owed beside a Paid (Y/N): the amount of the rows not paid."""
    said = _STILL.search(text)
    owes = _OWES_MOST.search(text)
    if said is None and owes is None:
        return text
    if any(set(c.stems) & _BALANCE for c in catalog.numeric(frame) if not c.id_like):
        return text  # (a Balance kept already: what is owed is read of it)
    owed = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date and set(c.stems) & _DUE]
    if not owed:  # (a farrier's Price beside a Paid mark, a library's Fine Amount: the price charged, still owed)
        charged = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like and not c.is_date and set(c.stems) & _CHARGED and (c.low is None or c.low >= 0)
        ]
        owed = [c for c in charged if len(c.stems) == 1] if len(charged) > 1 else charged
    marks = [
        c
        for c in catalog.of(frame)
        if (c.stems in (("paid",), ("settled",)) or (len(c.stems) == 2 and c.stems[-1] == "paid"))  # Invoice Paid
        and (
            (c.categorical and yes_value(c) is not None)
            # (or the mark of a Paid Date written on the row: "paid (Paid Date set)", 1 or 0)
            or (c.formula is not None and c.numeric and c.low == 0 and c.high == 1)
        )
    ]
    if owes is not None and said is None and len(owed) == 1 and not marks and len(_aging_buckets(catalog, frame)) >= 2:
        # an aging report ("Current", "1-30", "90+"): every row is an open invoice, its Amount still owed
        before = text[: owes.start()]
        patrons = [c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & _PATRONS]
        if re.fullmatch(r"\W*(?:and\s+)?who\s*", before, re.IGNORECASE) and len(patrons) == 1:
            before = f"which {patrons[0].name} "  # (the one who owes is the Customer, not the Sales Rep)
        return f"{before}has the {owes['dir']} total {owed[0].name}{text[owes.end() :]}"
    if len(owed) != 1 or len(marks) != 1:
        return text
    mark = marks[0]
    no = 0 if mark.numeric else no_value(mark)
    if no is None:
        return text
    per_unit = re.search(r"/\s*[a-z]|\bper\b", owed[0].name, re.IGNORECASE) is not None
    if said is None and owes is not None:  # "who owes me the most": the most of what is due on the unpaid rows
        what = f"brought in the {owes['dir']} money" if per_unit else f"has the {owes['dir']} {owed[0].name}"
        rest = f"{text[: owes.start()]}{what}{text[owes.end() :]}".rstrip(" ?.!")
        return f"{rest} where {mark.name} = {no}"
    assert said is not None
    rest = (text[: said.start()] + text[said.end() :]).rstrip(" ?.!")
    if re.search(r"\bhow\s+many\b|\bnumber\s+of\b", rest, re.IGNORECASE):  # "how many bills are still unpaid"
        counted = re.sub(r"\s+(?:are|is|were|was)$", "", rest)
        if mark.formula is not None:  # (the mark of a Paid Date written: the rows without one)
            return f"{counted} have no {mark.formula[0]}"
        return f"{counted} where {mark.name} = {no}"
    if per_unit:
        # a Rate Per Page is no amount owed: the money billed (pages times the rate), of the rows not paid
        rest = re.sub(r"^\W*how\s+much\s+(?:is|are|was|were)?\s*", "", rest, flags=re.IGNORECASE)
        return f"how much money was billed {rest} where {mark.name} = {no}".replace("  ", " ")
    return f"{rest} {owed[0].name} where {mark.name} = {no}"


def due_or_paid(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much is still owed": due less paid; "how much rent did i collect": the paid column."""
    pair = _due_and_paid(catalog, frame)
    if pair is None:
        return _owed_unpaid(text, catalog, frame)
    due, paid = pair
    owes = _OWES_MOST.search(text)
    if owes is not None:  # "which tenant still owes the most"
        return f"{text[: owes.start()]}has the {owes['dir']} {due.name} - {paid.name}{text[owes.end() :]}"
    owed = _OWED.search(text)
    if owed is not None:
        return f"{text[: owed.start()]}{due.name} - {paid.name}{text[owed.end() :]}"
    if _COLLECTED.search(text) is None:
        return text
    named = [m for m in find_mentions(text, catalog, frame) if m.column == due]
    if named and paid.name.lower() not in text.lower():  # (both named: "Collected $ as a % of Billed $")
        return f"{text[: named[0].start]}{paid.name}{text[named[0].end :]}"
    if any(m.column.numeric for m in find_mentions(text, catalog, frame)):
        return text
    how = re.search(r"\bhow\s+much\b", text, re.IGNORECASE)
    return f"{text[: how.end()]} {paid.name}{text[how.end() :]}" if how else text
