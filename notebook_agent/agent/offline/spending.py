"""Money spent and money earned in one column of signed amounts: "how much did i spend on groceries".

A bank statement or a budget keeps charges and income in one Amount column, charges negative (or every amount
positive beside a debit/credit column). Added up as it is, "what did I spend" nets the paychecks against the
groceries. When the question says money going out (spend, spent, expenses) or coming in (earn, income) and no
column is named by that word, the question is asked of a view of the rows on that side, amounts made positive:
`spent = df[df["Amount"] < 0]` with the amounts negated. The view is a frame of its own in the
catalog (the frame's columns under the view's name), defined by the first lines of the cell that uses it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .catalog import text_number_reading
from .code import lit
from .columns import Catalog, Column, find_mentions, find_values

_OUT = re.compile(
    r"\b(?:spen[dt]|spends|spending|expenses?|expenditures?|outgoings?|purchases?|charged|(?:cost|set)\s+me)\b"
    r"|\b(?:card|contactless|online|direct\s+debit)\s+payments?\b"  # payments made by card, out of the account
    r"|\b(?:go|went|going|gone|goes)\s+out\b|\bmoney\s+(?:goes|went|going|gone)\s+(?:to|on)\b"
    r"|\bhow\s+much\s+(?:has\s+)?(?:went|gone|goes)\s+(?:to|on)\b"  # "how much went to amazon"
    r"|\bwhere\s+(?:does|did|do)\b.*\bmoney\s+go\b"  # "where does most of our money go"
    # "which agency got the most of my money": who was paid it
    r"|\b(?:got|gets|get|getting|took|takes|take|taking)\s+(?:the\s+)?(?:most|least|more|less)\s+of\s+(?:my|our)\s+"
    r"(?:money|cash)\b"
    r"|\b(?:ate|eats?|eating)\s+(?:up\s+)?(?:\w+\s+){0,3}(?:money|cash|budget)\b"  # "which envelope ate the most money"
    # "how much did i send people": money sent from a payment app (Venmo), out of the balance
    r"|\b(?:did|do|have)\s+(?:i|we)\s+(?:sent|send)\b|\b(?:i|we)\s+(?:have\s+)?sent\b"
    # "how much have i paid in fees", "did we pay": money going out ("paid in", "paid off" bring it back in)
    r"|\b(?:(?:i|we)\s+(?:have\s+|had\s+|already\s+)?paid|(?:have|did)\s+(?:i|we)\s+(?:paid|pay))\b"
    r"(?!\s+(?:off|back|into)\b|\s+in\b(?!\s+[a-z]))",
    re.I,
)
_IN = re.compile(
    r"\b(?:earn(?:s|ed|ings?)?|income|deposit(?:s|ed)?|paid\s+in\b(?!\s+[a-z])|receiv(?:e|ed|ing)|made"
    r"|(?:came|come|comes|coming)\s+in(?:to)?(?!\s+(?:first|second|third|last)\b)"
    # "how much have i put in", "my contributions": money moved into an account (never hours put in)
    r"|contribut(?:e|ed|ions?)|(?:(?<=\bi\s)|(?<=\bwe\s))put\s+in(?!to)(?!\s+(?:\w+\s+)?(?:hours?|time|work|effort|days?))"
    r"|(?<=who\s)(?:paid|pays|sent|sends|gave|gives)\s+(?:me|us))\b",  # "who paid me the most": money in
    re.I,
)
_CAME_IN = re.compile(r"\b(?:came|come|comes|coming)\s+in", re.I)
_MONEY_IN = re.compile(r"(?i)^\s*(?:money\s+in|paid\s+in|in|credits?|deposits?|inflows?)\s*$")
# "how many orders were made", "made of": "made" is money only after a person ("i made", "we made")
_MADE = re.compile(r"\b(?:i|we|you|they|he|she)\s+(?:\w+\s+)?made\b", re.I)
# the name parts of a column of money moved (never a running balance, which is signed for other reasons)
_MONEY = frozenset({"amount", "amt", "gross", "net", "value", "sum", "transaction", "total", "debit", "credit"})
_NOT_MONEY = frozenset({"balance", "change", "diff", "difference", "return", "growth", "variance", "rate"})
_FLOW = "Flow"  # the column of a "flows" view that says which side each row is on
_OUT_STEMS = frozenset({"spend", "spent", "spending", "expense", "expenditure", "outgoing", "purchase", "cost"})
_IN_STEMS = frozenset({"earn", "earning", "income", "deposit", "receive", "received", "revenue"})
_SIDES = frozenset({"debit", "credit"})
_FOLLOW = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|same\s+for|now|also|then|just|only|ok\s+and)\b"
    r"|\bhow\s+much\s+(?:is|was)\s+(?:that|those|this|it)\b",
    re.I,
)


def _signed(catalog: Catalog, frame: str) -> Column | None:
    """The one money column holding both signs, charges and income (None when there is none or several)."""
    found = _signed_money(catalog, frame)
    # several (Gross, Fee, Net of a payments export): the one named amount or gross is what moved
    if len(found) > 1:
        found = [c for c in found if set(c.stems) & {"amount", "amt", "gross"}] or found
    if len(found) > 1:  # Amount beside Local amount (Monzo): the one named by the money word alone
        found = [c for c in found if set(c.stems) <= _MONEY] or found
    if len(found) > 1:  # Amount beside Total amount (Revolut's, the amount with its fee): the plain Amount
        found = [c for c in found if c.stems in (("amount",), ("amt",))] or found
    return found[0] if len(found) == 1 else None


def _signed_money(catalog: Catalog, frame: str) -> list[Column]:
    """Every money column holding both signs (Amount, Total amount, Gross …), of which `_signed` picks one."""
    return [
        c
        for c in catalog.of(frame)
        if c.numeric
        and not (c.id_like or c.time or c.formula)
        and set(c.stems) & _MONEY
        and not set(c.stems) & _NOT_MONEY
        and not catalog.stock_amount(c)
        and (
            (c.low is not None and c.high is not None and c.low < 0 < c.high and not c.numeric_text)
            # amounts kept as signed text ("- $6.72", "+ $61.21" of a Venmo statement)
            or (c.numeric_text and _both_signs(c.values))
            # ... or text whose range has both signs, most rows below zero (Goodbudget's "-1,450.00" charges) or
            # a seller's own flows (PayPal's Gross); a list of spending with a few credits (DfT's spend over £25k,
            # QuickBooks' expenses beside a Balance) is added up as it is
            or (
                c.numeric_text
                and c.low is not None
                and c.high is not None
                and c.low < 0 < c.high
                and ((c.negatives or 0) >= 0.3 * catalog.rows.get(frame, 0) or bool(set(c.stems) & {"gross", "net"}))
            )
        )
    ]


def _both_signs(values: tuple[str, ...]) -> bool:
    """Text amounts, some written with a minus and some without (or with a plus)."""
    said = [v.strip() for v in values if re.search(r"\d", v)]
    return any(v.startswith("-") for v in said) and any(not v.startswith("-") for v in said)


def _sided(catalog: Catalog, frame: str) -> tuple[Column, Column] | None:
    """Positive amounts beside a debit/credit column (Mint's Transaction Type): the amount and that column."""
    sides = [
        c for c in catalog.of(frame) if c.categorical and c.values and {v.strip().lower() for v in c.values} == _SIDES
    ]
    amounts = [
        c
        for c in catalog.of(frame)
        if c.numeric and set(c.stems) & _MONEY and not set(c.stems) & _NOT_MONEY and (c.low or 0) >= 0
    ]
    return (amounts[0], sides[0]) if len(sides) == 1 and len(amounts) == 1 else None


_OUT_NAME = re.compile(r"\b(?:debit|withdrawals?|outflow|money\s+out|paid\s+out|out)\b", re.I)
_IN_NAME = re.compile(r"\b(?:credit|deposits?|inflow|money\s+in|paid\s+in|in)\b", re.I)
AMOUNT = "Amount"  # the column a view of separate debit and credit columns holds its amounts in


def _split(catalog: Catalog, frame: str, named_amount: bool = True) -> tuple[Column, Column] | None:
    """Separate columns of money out and money in (Capital One's Debit and Credit, Monzo's Money Out and Money In).

    None when the frame has an Amount column of its own (the view names its amounts so) or no such pair.
    """
    if named_amount and catalog.get(frame, AMOUNT) is not None:
        return None
    # (numbers kept as text too: YNAB writes Outflow and Inflow as "$103.64")
    numbers = [c for c in catalog.of(frame) if c.numeric and not (c.id_like or c.time or c.formula or c.clock)]
    named = [c for c in numbers if not set(c.stems) & _NOT_MONEY]
    outs = [c for c in named if _OUT_NAME.search(c.name.replace("_", " ")) and not _IN_NAME.search(c.name)]
    ins = [c for c in named if _IN_NAME.search(c.name.replace("_", " ")) and not _OUT_NAME.search(c.name)]
    return (outs[0], ins[0]) if len(outs) == 1 and len(ins) == 1 else None


# the labels of a State or Status column for payments that never went through (DECLINED, REVERTED)
_FAILED = re.compile(r"declined|reverted|failed|rejected|cancell?ed|voided|returned|unsuccessful", re.I)
_STATUS = frozenset({"state", "status"})


def _labelled(
    catalog: Catalog, frame: str, pattern: re.Pattern[str], stems: frozenset[str] | None = None
) -> tuple[Column, list[str]] | None:
    """The first label column (of a name with one of `stems`, when given) with values `pattern` matches whole."""
    for c in catalog.of(frame):
        if not c.categorical or c.id_like or (stems is not None and not set(c.stems) & stems):
            continue
        said = [v for v in c.values if pattern.fullmatch(v.strip())]
        if said:
            return c, said
    return None


# Venmo's Standard and Instant Transfer: cashing out to your own bank; YNAB's payee "Transfer : Savings"
_TRANSFER = re.compile(
    r"(?:internal\s+|standard\s+|instant\s+|bank\s+)?transfers?|credit\s+card\s+payments?|transfer\s*:\s*\S.*",
    re.I,
)


# the label of a row of money coming in, whatever else a column of transaction kinds holds
_IN_KIND = re.compile(r"(?:deposits?|contributions?|dividends?|interest|salary|payroll|top[- ]?ups?|income)\b.*", re.I)


def _charges_positive(catalog: Catalog, frame: str, signed: Column) -> bool:
    """Whether charges are the positive amounts: far fewer rows below zero (a card's payments) than above.

    Only a card's statement writes them so: an account with a running balance, or a seller's Gross and Net
    (PayPal's, sales positive and a few refunds below zero), keeps money coming in positive.
    """
    rows = catalog.rows.get(frame, 0)
    if set(signed.stems) & {"gross", "net"} or any("balance" in c.stems for c in catalog.of(frame)):
        return False
    return signed.negatives is not None and rows > 0 and signed.negatives < 0.3 * rows


def _largest(*columns: Column) -> float:
    """The largest amount of any of the columns, whatever its sign."""
    return max((abs(v) for c in columns for v in (c.low, c.high) if v is not None), default=0.0)


def _side(question: str) -> str | None:
    """Which money the question is about: out (spent), in (earned), both set side by side, or None."""
    out = _OUT.search(question) is not None
    made = _IN.search(question)
    into = made is not None and (made.group(0).lower() != "made" or _MADE.search(question) is not None)
    if out and into:
        return "both"
    return "out" if out else "in" if into else None


def _named_by_it(question: str, catalog: Catalog, frame: str, side: str) -> bool:
    """Whether the money word names a column of its own ("Amount spent (USD)", "Income"): then no view."""
    pattern = _OUT if side == "out" else _IN
    words = _OUT_STEMS if side == "out" else _IN_STEMS
    mentions = find_mentions(question, catalog, frame)
    if any(pattern.search(m.word) and set(m.column.stems) & words for m in mentions):
        return True
    # "how much have i paid in fees": a column of money of its own (Fee, Amount (tip)) named in full
    signed = _signed(catalog, frame)
    return any(
        m.via == "name" and m.score >= 90 and m.column.numeric and not m.column.id_like and m.column != signed
        for m in mentions
    )


def _as_numbers(columns: list[Column], frame: str, name: str) -> tuple[str, list[str]]:
    """The frame a view takes its rows from, and the lines making it: a copy with text amounts read as numbers.

    Amounts kept as text ("- $6.72", "$103.64") among `columns` are read on the copy; with none, `frame` itself.
    """
    texts = [c for c in columns if c.numeric_text]
    if not texts:
        return frame, []
    source = f"{name}_all"
    lines = [f"{source} = {frame}.copy()"]
    for c in texts:
        why, expr = text_number_reading(c, f"{frame}[{lit(c.name)}]")
        lines += [f"# {why}", f"{source}[{lit(c.name)}] = {expr}"]
    return source, lines


def _define(catalog: Catalog, frame: str, side: str) -> str | None:
    """Register the view of one side's rows in the catalog; its name, or None when the frame has no such money."""
    name = {"out": "spent", "in": "earned", "both": "flows"}[side] + ("" if frame == "df" else f"_{frame}")
    if name in catalog.views:
        return name
    signed = _signed(catalog, frame)
    added: list[Column] = []
    split = None if signed is not None else _split(catalog, frame)
    # the frame the view's rows are taken from: a copy with amounts kept as text read as numbers first
    source, read = _as_numbers([signed] if signed is not None else list(split or ()), frame, name)
    if signed is not None and signed.numeric_text:
        signed = replace(signed, kind="numeric", numeric_text=False, low=None, high=None)
    dropped: set[str] = set()
    if split is not None:  # Debit and Credit in columns of their own: the side's amounts, positive, in Amount
        out, into = split
        amount = replace(
            out,
            name=AMOUNT,
            stems=("amount",),
            low=0.0,
            high=_largest(out, into),
            additive=True,
            kind="numeric",
            numeric_text=False,
            dtype="float64",
        )
        dropped = {out.name, into.name}
        if side == "both":
            lines = [
                f"# Money in and money out: each row's {_FLOW} by which of {out.name} and {into.name} it fills",
                f"{name} = {source}.copy()",
                f'{name}[{lit(_FLOW)}] = np.where({source}[{lit(out.name)}].fillna(0) != 0, "spent", "earned")',
                f'{name}[{lit(AMOUNT)}] = np.where({name}[{lit(_FLOW)}] == "spent", {source}[{lit(out.name)}].abs(),'
                f" {source}[{lit(into.name)}].abs())",
            ]
            info = {"name": _FLOW, "kind": "categorical", "dtype": "object", "n_unique": 2}
            info["top"] = [["spent", 1], ["earned", 1]]
            added = [Column.from_profile(name, info, len(catalog.of(frame)))]
        else:
            taken = out if side == "out" else into
            money = "spent" if side == "out" else "coming in"
            lines = [
                f"# Money {money}: the rows with a {taken.name}, as positive amounts",
                f"{name} = {source}[{source}[{lit(taken.name)}].fillna(0) != 0].copy()",
                f"{name}[{lit(AMOUNT)}] = {name}[{lit(taken.name)}].abs()",
            ]
        added.append(replace(amount, frame=name))
        changed = {}
    elif side == "both":  # money in and money out side by side: each row's side, its amount positive
        sided = None if signed is not None else _sided(catalog, frame)
        if signed is None and sided is None:
            return None
        if signed is not None:
            col = lit(signed.name)
            charge = ">" if _charges_positive(catalog, frame, signed) else "<"
            lines = [
                f"# Money in and money out: each row's {_FLOW} by the sign of {signed.name}, amounts positive",
                f"{name} = {source}.copy()",
                f'{name}[{lit(_FLOW)}] = np.where({name}[{col}] {charge} 0, "spent", "earned")',
                f"{name}[{col}] = {name}[{col}].abs()",
            ]
            changed = {signed.name: replace(signed, low=0.0, high=max(-(signed.low or 0.0), signed.high or 0.0))}
        else:
            assert sided is not None
            kind = sided[1]
            lines = [
                f"# Money in and money out: each row's {_FLOW} by its {kind.name}",
                f"{name} = {frame}.copy()",
                f"{name}[{lit(_FLOW)}] = np.where({name}[{lit(kind.name)}].str.strip().str.lower() == 'debit',"
                ' "spent", "earned")',
            ]
            changed = {}
        info = {"name": _FLOW, "kind": "categorical", "dtype": "object", "n_unique": 2}
        info["top"] = [["spent", 1], ["earned", 1]]
        added = [Column.from_profile(name, info, len(catalog.of(frame)))]
    elif signed is not None:
        col = lit(signed.name)
        # a card's export (Amex) writes its many charges positive and the payments negative: the sign flips
        flipped = _charges_positive(catalog, frame, signed)
        negative = (side == "out") != flipped
        if negative:
            lines = [
                f"# Money {'spent' if side == 'out' else 'coming in'}: the rows with a negative {signed.name},"
                " as positive amounts",
                f"{name} = {source}[{source}[{col}] < 0].copy()",
                f"{name}[{col}] = -{name}[{col}]",
            ]
        else:
            said = "spent (charges are the positive amounts here)" if side == "out" else "coming in"
            lines = [
                f"# Money {said}: the rows with a positive {signed.name}",
                f"{name} = {source}[{source}[{col}] > 0]",
            ]
        high = max(-signed.low, 0.0) if negative and signed.low is not None else signed.high
        changed = {signed.name: replace(signed, low=0.0, high=high)}
        pair = _split(catalog, frame, named_amount=False)
        dropped = {c.name for c in pair} if pair else set()  # Money Out and Money In beside Amount: the same money
        # (Revolut's Total amount, the amount with its fee, signed as it is: the same money, left unturned)
        dropped |= {c.name for c in _signed_money(catalog, frame) if c.name != signed.name}
    else:
        sided = _sided(catalog, frame)
        if sided is None:
            return None
        kind = sided[1]
        value = next(v for v in kind.values if v.strip().lower() == ("debit" if side == "out" else "credit"))
        lines = [
            f"# Money {'spent' if side == 'out' else 'coming in'}: the rows with {kind.name} = {value}",
            f"{name} = {frame}[{frame}[{lit(kind.name)}] == {value!r}]",
        ]
        changed = {}
    lines = [*read, *lines]
    # the labels of transfers (money moved between your own accounts) and of payments that never went through;
    # a transfer noted beside a column of each row's kind (Trading 212's Notes "Bank Transfer" of a Deposit) is how
    # the money came, kept
    kinds, moved = _labelled(catalog, frame, _IN_KIND), _labelled(catalog, frame, _TRANSFER)
    for found, why in (
        (
            None if kinds and moved and kinds[0] != moved[0] else moved,
            "money moved between your own accounts, neither spent nor earned",
        ),
        (_labelled(catalog, frame, _FAILED, _STATUS), "payments that never went through, no money moved"),
    ):
        if found is not None:
            column, values = found
            lines += [
                f"# {column.name} {', '.join(values)}: {why}",
                f"{name} = {name}[~{name}[{lit(column.name)}].isin({values!r})]",
            ]
    catalog.frames.append(name)
    catalog.rows[name] = catalog.rows.get(frame, 0)
    catalog.subjects[name] = catalog.subjects.get(frame, frozenset())
    kept = [replace(changed.get(c.name, c), frame=name) for c in catalog.of(frame) if c.name not in dropped]
    catalog.columns += kept + added
    catalog.views[name] = (frame, tuple(lines))
    return name


def choose(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> tuple[str, str]:
    """The frame to ask and the question: a view of the money spent or earned when the question says so.

    A follow-up ("just 2023?") after a question asked of a view stays on it. Both said ("did i earn more than i
    spent") ask the totals of the two sides, by the view's Flow column.
    """
    side = _side(question)
    last = _remembered(memory)
    again = last is not None and last[0] == frame and last[2] == int(memory.get("turn", 0)) - 1
    if side is None and last is not None and again and (_FOLLOW.search(question) or len(question.split()) <= 3):
        side = last[1]
    if side is None:
        return frame, question
    if side == "in" and _CAME_IN.search(question) and any(_MONEY_IN.search(c.name) for c in catalog.numeric(frame)):
        return frame, question  # "how much money came in" beside Monzo's Money In: that column, read as named
    if side == "in" and any(
        v.column.categorical and _IN_KIND.fullmatch(v.value.strip()) for v in find_values(question, catalog, frame, [])
    ):
        # "how much have i deposited": the rows its label calls Deposit, their amounts as they are
        return frame, _how_much(question, catalog, frame)
    if side != "both" and _named_by_it(question, catalog, frame, side):
        return frame, _where(question, catalog, frame) if side == "out" else question
    view = _define(catalog, frame, side)
    if view is None:  # a list of expenses (Splitwise's Cost, all positive): where it goes, of the table itself
        return frame, _where(question, catalog, frame) if side == "out" else question
    memory["spending"] = [frame, side, memory.get("turn", 0)]
    if side == "both" and not re.search(rf"\bby\s+{_FLOW}\b", question):
        sided = _sided(catalog, frame)
        amount = _signed(catalog, frame) or (sided[0] if sided else None)
        measure = f"total {amount.name} " if amount is not None else ""
        if amount is None and _split(catalog, frame) is not None:
            measure = f"total {AMOUNT} "
        question = f"{question.rstrip(' ?.!')}: {measure}by {_FLOW}"
    return view, _how_much(_amount_noun(_where(question, catalog, view), catalog, view), catalog, view)


_HOW_MUCH = re.compile(r"\bhow\s+much\b(?!\s+(?:money|cash|is|was|are|were|of)\b)", re.I)


def _how_much(question: str, catalog: Catalog, view: str) -> str:
    """The amount of a view (or of the table itself) for "how much", when the question names no measure.

    ("how much money" names one.)
    """
    said = _HOW_MUCH.search(question)
    if said is None or any(m.column.numeric for m in find_mentions(question, catalog, view)):
        return question
    amount = _view_amount(catalog, view)
    if amount is None:
        return question
    return f"{question[: said.end()]} {amount.name}{question[said.end() :]}"


def _view_amount(catalog: Catalog, view: str) -> Column | None:
    """The money column of a view: its table's one signed amount, or the view's own Amount of a split table."""
    frame = base(catalog, view)
    return _signed(catalog, frame) or (catalog.get(view, AMOUNT) if _split(catalog, frame) else None)


# "the biggest deposit", "my average purchase", "the average debit card purchase": one row's amount, said by
# what the row is (the words between name its kind, never a count: "average number of purchases")
_AMOUNT_NOUN = re.compile(
    r"\b(?P<q>biggest|largest|smallest|highest|lowest|average|avg|typical|mean|median)\s+(?:single\s+)?"
    r"(?:(?!(?:of|number|count|no|amount|size|value)\b)[a-z]+\s+){0,3}?"
    r"(?P<n>deposits?|purchases?|expenses?|payments?|charges?|transactions?|withdrawals?)\b",
    re.I,
)


def _amount_noun(question: str, catalog: Catalog, view: str) -> str:
    """The view's amount named for a word of one row's money that names no column ("the biggest deposit")."""
    said = _AMOUNT_NOUN.search(question)
    if said is None or any(m.start == said.start("n") for m in find_mentions(question, catalog, view)):
        return question
    amount = _view_amount(catalog, view)
    if amount is None:
        return question
    return f"{question[: said.start('n')]}{amount.name}{question[said.end('n') :]}"


# "where do i spend the most", "what do i spend the most on", "which shop ...": the place or the kind of spending
_WHERE = re.compile(
    r"^\W*(?:and\s+)?(?:(?:which|what)\s+(?P<shop>shops?|stores?|places?|merchants?|business(?:es)?|vendors?|"
    r"compan(?:y|ies)|retailers?|payees?)|(?P<where>where)"
    # who money went to or came from: "who did we pay the most money to", "who paid me the most"
    r"|(?P<who>who)(?=\s+(?:(?:paid|pays|sent|sends|gave|gives)\s+(?:me|us)|(?:do|did|have)\s+(?:i|we)\s+pa(?:y|id))\b)"
    # "what do we spend on", "what kind of thing do we spend the most on"
    r"|(?P<what>what(?:\s+(?:kind|kinds|type|types|sort|sorts)\s+of\s+(?:things?|stuff))?"
    # ("what was my biggest single expense": one amount, the row, not where it went)
    r"(?!\s+(?:was|is)\s+(?:my|our)\s+(?:\w+\s+)?(?:biggest|largest|smallest|highest|lowest|single|top)\b)))\b"
    # (where or what someone spends: "what do i spend the most on", never "what was the biggest deposit")
    r"(?(shop)|(?(who)|(?=\s+(?:do|did|does|have|has|am|are|is|was)\s+(?:most\s+of\s+)?(?:i|we|you|they|my|our)\b)))"
    r"(?=.*\b(?:most|least|biggest|top)\b)",
    re.I,
)
_PAYER_STEMS = frozenset({"card", "cardholder", "holder", "employee", "user", "member", "owner", "spender"})
_PLACE_STEMS = ("merchant", "payee", "counterparty", "counter", "vendor", "shop", "store", "name", "description")


# "top 5 places i spend money at", "the top 3 shops my money goes to": the merchants, ranked by money spent
_TOP_PLACES = re.compile(
    r"\btop\s+(?P<n>\d{1,2})\s+(?P<shop>places|shops|stores|merchants|businesses|vendors|companies|retailers|payees)\b",
    re.I,
)


def _places(catalog: Catalog, view: str) -> tuple[list[Column], list[Column]]:
    """The view's label columns of merchants (in the order of `_PLACE_STEMS`) and of categories."""
    labels = [c for c in catalog.of(view) if c.categorical and not c.id_like and (c.n_unique or 0) > 1]
    # whose card paid (Mercury's Name On Card, a cardholder, an account's owner) is no place money goes to
    labels = [c for c in labels if not set(c.stems) & _PAYER_STEMS]
    kinds = [c for c in labels if set(c.stems) & {"category", "type", "mcc"}]
    # (a city card's Merchant Category is a kind of shop; its Vendor Name is the shop)
    places = [c for s in _PLACE_STEMS for c in labels if s in c.stems and c not in kinds]
    return list(dict.fromkeys(places)), [c for c in labels if "category" in c.stems]


def _where(question: str, catalog: Catalog, view: str) -> str:
    """A question of where money goes asked of the view's column of merchants (or categories, for "what")."""
    top = _TOP_PLACES.search(question)
    if top is not None:
        places = _places(catalog, view)[0]
        if places:
            return f"{question[: top.start('shop')]}{places[0].name}{question[top.end('shop') :]}"
    said = _WHERE.match(question)
    if said is None or any(m.column.categorical and m.score >= 60 for m in find_mentions(question, catalog, view)):
        return question
    places, kinds = _places(catalog, view)
    # ("where does our money go", as a budget app answers it: by category)
    gone = said["where"] and re.search(r"\bmoney\s+go\b", question, re.I)
    chosen = (kinds or places) if said["what"] or gone else places
    if not chosen:
        return question
    start = said.start("shop") if said["shop"] else said.start(said.lastgroup or 0)
    if said["who"]:  # "who did we pay the most money to": which payee, with what was said after
        return f"{question[:start]}which {chosen[0].name}{question[said.end() :]}"
    if said["shop"]:
        start = question.rfind(" ", 0, start - 1) + 1  # "what shop": both words go
    return f"{question[:start]}which {chosen[0].name}{question[said.end() :]}"


def _remembered(memory: dict[str, Any]) -> tuple[str, str, int] | None:
    """The frame, side and turn of the last view asked (kept in the memory as a JSON list), or None."""
    last = memory.get("spending")
    if not (isinstance(last, list) and len(last) == 3 and isinstance(last[2], int)):
        return None
    return str(last[0]), str(last[1]), last[2]


def restore(catalog: Catalog, memory: dict[str, Any]) -> None:
    """The view this turn or the last one asked, again (its follow-ups and its repairs read the same columns)."""
    last = _remembered(memory)
    if last is not None and last[0] in catalog.frames and last[2] >= int(memory.get("turn", 0)) - 1:
        _define(catalog, last[0], last[1])


def base(catalog: Catalog, frame: str) -> str:
    """The frame a view was made of (the frame itself when it is no view)."""
    return catalog.views[frame][0] if frame in catalog.views else frame


def note(memory: dict[str, Any]) -> str:
    """The answer's last line when this turn asked a view: which rows were read as money spent or earned."""
    last = _remembered(memory)
    if last is None or last[2] != memory.get("turn"):
        return ""
    if last[1] == "both":
        return "\n\nMoney is split by sign: charges (or debits) are spent, the others earned."
    if last[1] == "out":
        return "\n\nMoney spent is read as the charges only (or debits), added up as positive."
    return "\n\nMoney coming in is read as the money paid in (or credits) only."


def lines(catalog: Catalog, cell: str) -> list[str]:
    """The lines defining each view the cell uses, for its top."""
    return [
        line
        for name, (_, defined) in catalog.views.items()
        if re.search(rf"(?<![\w.\"']){re.escape(name)}\b", cell)
        for line in defined
    ]
