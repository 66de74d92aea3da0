"""Money brought in: "which plan brings in the most money?", "revenue by item" when no column holds the revenue.

Money words (money, revenue, takings, income, brings in, earns) name a money column when the question names
none: a column of amounts taken (revenue, sales, amount, total) is totalled; else a price times a quantity on each
row (price × qty), when the frame has both; else the price or fee each row pays. Per group when a label column is
named, ranked when the question asks for the most or the least; "and the least?" flips the ranking.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import whole_amounts
from ..code import PERIOD_NAMES
from ..columns import PERSONS, Column, Mention, find_values, stem, words
from ..menu import CHECKS, MONEY_MARK, PRICE, priced_counts, same_noun
from ..words import PAID_AHEAD, PERIOD_CODES, WET_DRY
from .base import Context, KindRequest, col, finish, fmt, positive_value, where_mask

_MONEY = re.compile(
    r"\bmoney\b|\brevenues?\b|\btakings\b|\bincome\b|\bturnover\b|\b(?:brings?|brought|bringing)\s+in\b"
    # "how much did we take in for december visits" (not "how many rides did i take in 2023")
    r"|\b(?:take|takes|took|taking)\s+in\b(?!\s+(?:19|20)\d\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|\bearn(?:s|ed|ing)?\b|\bgenerat(?:es?|ed|ing)\s+(?:the\s+)?(?:most|least|more|less)\b"
    # "which month made the most on the range": made, with no thing said after it (not "made the most baskets")
    r"|\b(?:made|makes?|making)\s+(?:the\s+)?(?:most|least)\b(?=\s*(?:$|[?.!,]|(?:on|in|at|from|during|for|this|last)\b))"
    r"|\bspen[dt]\w*\b"  # money paid by the rows' customers is money taken in
    r"|\b(?:paid|pays?|paying)\s+(?:us|me)\b"  # "which client has paid us the most": what came in from them
    r"|\bin\s+dollars\b"  # "how much did the troop sell in dollars": the money of what was sold
    # "how much did we sell in december": money (not "how much corn did we sell", an amount of corn)
    r"|\bhow\s+much\s+(?:did|do|have|has)\s+(?:we|i|you|they)\s+(?:sell|sold)\b"
    r"|\bhow\s+much\s+(?:\w+\s+){1,3}?billed\b"  # "how much have the jobs billed": money charged
    # "how much slip rent did we bill": the rent charged (not "how many bikes did we rent")
    r"|\bhow\s+much\s+(?:[a-z]+\s+)?rent\b(?:\s+(?:did|do|have|has)\s+(?:we|i|you)\s+(?:bill|charge|collect)(?:ed)?\b)?"
    r"|\btotal\s+(?:we|i)(?:'ve|\s+have)?\s+(?:billed|charged)\b"  # "whats the total we billed for drilling"
    r"|\bhow\s+much\s+(?:have|did|do|has)\s+(?:we|i|you)\s+collected?\b"  # "how much have we collected in late fees"
    # "the best month for sales" of a table of prices and quantities: the money (not "how many sales": rows)
    r"|(?<!\bmany\s)(?<!\bnumber\sof\s)(?<!\bcount\sof\s)\bsales\b(?!\s+(?:count|made|were|per\s+\w+\?*$))"
)
_SPENT_THAN = re.compile(
    r"\b(?:spend|pay|cost)\s+(?:a\s+lot\s+|much\s+|way\s+|any\s+)?(?:more|less)\s+than\s+(?!\W*[$\d])"
)
_PERIOD = re.compile(
    r"\b(?:by|per|each|every|which|what)\s+(?P<unit>day|week|month|quarter|year)\b"
    r"|\b(?P<ly>daily|weekly|monthly|quarterly|yearly)\b|\bover\s+time\b"
    # ("our best day ever for apple sales in dollars": each day's money, the most)
    r"|\b(?:best|worst|biggest|top|slowest)\s+(?P<best>day|week|month|quarter|year)\b"
)
_MOST = re.compile(r"\b(?:most|highest|largest|biggest|top|best|more)\b")
_LEAST = re.compile(r"\b(?:least|lowest|smallest|fewest|worst|less)\b")
# Name parts of a column of money taken, of the price each row pays, of the quantity each row buys.
# Money lent out (a pawn shop's Loan Amount): never money taken in
_LENT = frozenset({"loan", "loaned"})
_TAKEN = frozenset(
    {"revenue", "sale", "income", "turnover", "taking", "amount", "total", "payment", "paid", "purchase"}
    # (DistroKid's Earnings (USD) beside a Quantity of streams: what was earned, no price per stream)
    | {"earning", "earnings", "royalty", "payout", "proceed", "proceeds", "received", "collected"}
)
_QUANTITY = frozenset({"qty", "quantity", "unit", "sold", "piece", "item", "count", "volume"})
# file names that say no thing sold ("sales.csv", "orders_2024.csv")
_PLAIN_SUBJECTS = frozenset({"sale", "order", "transaction", "log", "data", "record", "export", "report", "sheet"})
# packages goods are sold by (a troop's Containers of popcorn, a feed store's Bags): each at the row's price
_QUANTITY |= {"container", "bag", "box", "case", "bottle", "jar", "carton", "dozen", "bundle", "bale", "loaf"}
_FLAT = frozenset({"fee", "charge"})
# a price said per a length of time (Nightly Rate, Hourly Rate): a plain Price beside Hours is the whole booking's
_RATED = frozenset(
    {"rate", "nightly", "hourly", "daily", "weekly", "monthly"}
)  # charged once a row, unless the quantity beside it is a bare Qty or Units
_PER_HEAD = re.compile(
    r"(?:per|/)\s*(?:head|person|guest|pax|seat|attendee|participant|visitor)|\bpp\b|\bpppn?\b", re.I
)  # ("Price pp": per person)
_TIME_UNITS = frozenset({"night", "day", "hour", "hr", "week", "month"})
# the people a price per head is paid for (not the swimmers or fallers some of them became)
_PAYING = frozenset(
    {"guest", "person", "people", "customer", "attendee", "participant", "visitor", "passenger", "rider", "patron"}
    | {"client", "pax", "head", "member", "student", "player", "camper", "diner", "cover", "adult", "kid", "child"}
)
_PER_UNIT = re.compile(r"/\s*[a-z]|\bper\b|\beach\b", re.IGNORECASE)  # Rate/Word, Rate Per Page, Price Each
_NOT = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:been\s+|be\s+|get\s+|got\s+)?$"
    r"|\b(?:not\s+counting|excluding|except(?:\s+for)?|without|leaving\s+out|ignoring)\s+(?:the\s+|any\s+)?$"
)


def _units_of(price: Column) -> list[str]:
    """The things a price is per ("card" of Price Per Card, "link click" of CPC (cost per link click) (USD))."""
    stems = list(price.stems)
    after = stems[stems.index("per") + 1 :] if "per" in stems else stems
    return [s for s in after if s not in PRICE | {"rate", "per", "each", "unit", "cost"} and not MONEY_MARK.search(s)]


def _named_pair(ctx: Context) -> tuple[Column, Column] | None:
    """A count the question names and the one price per its unit: "card sales" of Cards Sold × Price Per Card.

    Asked before the file's own amount of money (Snack Sales), which is the money of something else.
    """
    nums = [c for c in ctx.columns() if c.numeric and not c.id_like and not c.time]
    prices = [c for c in nums if (set(c.significant) & PRICE or MONEY_MARK.search(c.name)) and _PER_UNIT.search(c.name)]
    pairs = {
        (p, m.column)
        for m in ctx.mentions
        if m.column.additive and m.column not in prices and not MONEY_MARK.search(m.column.name)
        for p in prices
        if any(same_noun(s, u) for s in m.column.stems for u in _units_of(p))
    }
    return next(iter(pairs)) if len(pairs) == 1 else None


def _menu_asked(ctx: Context, said: re.Match[str]) -> list[tuple[Column, Column]] | None:
    """The menu's pairs the question asks the money of: those it names, else all of them (None: no menu)."""
    menu = priced_counts(ctx.catalog, ctx.frame)
    named = {
        m.column
        for m in ctx.mentions
        # ("apple sales in dollars": the money words say money, they name no count)
        if not m.start <= said.start() < m.end and not _MONEY.fullmatch(ctx.text[m.start : m.end])
    }
    heads = {c.dashed_head for c in named} - {None}  # ("tickets" of Tickets - General: Tickets - Fast Pass too)
    named |= {c for c in ctx.columns() if c.dashed_head in heads}
    # ("which wash package": "wash" names Basic Washes first, and Deluxe and Ultimate Washes alike)
    heard = {
        stem(w)
        for m in ctx.mentions
        if m.column in named and m.via in ("partial", "prefix")
        for w in words(ctx.text[m.start : m.end])
    }
    asked = [(p, c) for p, c in menu if p in named or c in named or (heard and heard <= set(c.stems))]
    # (one priced count alone is the menu only when named: "money from drop ins" of Drop-Ins × Drop-In Price)
    return asked or (menu if len(menu) >= 2 else None)


def money_column(ctx: Context) -> Column | None:
    """The one column of money each row brought in (no price times a quantity), or None."""
    found = _money_columns(ctx)
    return found[0] if found is not None and found[1] is None else None


def _money_columns(ctx: Context) -> tuple[Column, Column | None] | None:
    """The money column, and the quantity to multiply it by (None when it is an amount already)."""
    nums = [c for c in ctx.columns() if c.numeric and not c.id_like and not c.time]
    stock = [c for c in nums if ctx.catalog.stock_amount(c)]  # Amount (in g, piece) beside a Price: how much
    # (a Deposit Paid is money paid ahead, part of the price: never the money a row brought in)
    taken = [
        c
        for c in nums
        # (a pawn loan's Loan Amount is money paid out; what its Sold Price brought in is taken)
        if (set(c.significant) & _TAKEN or c.stems[:2] in (("sold", "price"), ("sale", "price")))
        and c.additive
        and c not in stock
        and not set(c.stems) & (PAID_AHEAD | _LENT)
    ]
    if len(taken) == 1:
        return taken[0], None
    if taken:
        return None  # several amounts: the reader asks which one through the general path
    # a food truck's Avg Ticket ("$11.90") beside its Orders: each order's money on average, times the orders
    per_order = [
        c
        for c in nums
        if set(c.stems) & {"avg", "average", "mean"}
        and set(c.stems) & CHECKS
        and any(MONEY_MARK.search(v) for v in c.values[:5])
    ]
    orders = [c for c in nums if c.additive and c.significant[-1:] and c.significant[-1] in CHECKS | {"customer"}]
    if len(per_order) == 1 and len(orders) == 1:
        return per_order[0], orders[0]
    prices = (
        [
            c
            for c in nums
            if set(c.significant) & PRICE
            or MONEY_MARK.search(c.name)
            or ("rate" in c.stems and _PER_UNIT.search(c.name))
        ]
        or [  # (else an Invoice or a Nightly Rate written "$536.48": money, whatever its name)
            c for c in nums if any(MONEY_MARK.search(v) for v in c.values[:5]) and not set(c.stems) & PAID_AHEAD
        ]
    )
    subjects = ctx.catalog.subjects.get(ctx.frame, frozenset()) - _PLAIN_SUBJECTS
    quantities = [
        c
        for c in nums
        if set(c.significant) & _QUANTITY
        and c not in prices
        and c.additive
        # (a jump pass's Price beside Grip Socks Sold: an extra the file is not of, not what the price is for;
        # Sold Pots beside Pots are the crop's own)
        and not (
            subjects
            and set(c.significant) - _QUANTITY
            and not set(c.significant) & subjects
            and not any((set(c.significant) - _QUANTITY) & set(o.stems) for o in ctx.columns() if o is not c)
        )
    ] or stock
    counted = [c for c in ctx.columns() if c.numeric and not c.id_like and not c.is_date and c not in prices]
    each = _priced_per_unit(prices, quantities, counted)
    if each is not None:
        return each
    rated = any(set(p.stems) & _RATED or _PER_UNIT.search(p.name) for p in prices)
    if not quantities and rated:  # a rate paid per night, day or hour, times the nights, days or hours ("Nights")
        quantities = [c for c in counted if c.stems and all(s in _TIME_UNITS for s in c.stems)]  # "Hours" orders too
    if not quantities and len(prices) == 1 and _PER_HEAD.search(prices[0].name):
        quantities = [c for c in counted if c.additive and c.significant[-1] in PERSONS]  # a fee per head × attendees
        if len(quantities) > 1:  # (a raft trip's Guests beside its Swimmers: those who paid, not what befell some)
            quantities = [c for c in quantities if c.significant[-1] in _PAYING] or quantities
    if len(prices) > 1:  # a cake's Price beside its Rush Fee: the price is what it brought in, the fee a side charge
        prices = whole_amounts(prices)
        return (prices[0], None) if len(prices) == 1 else None  # (the whole price of each row, as it is)
    if len(prices) != 1:
        return None
    if set(prices[0].significant) & _FLAT:  # a Fee beside Reconciling Items: a flat charge, not paid per item
        quantities = [q for q in quantities if set(q.significant) <= _QUANTITY or not set(q.significant) & _QUANTITY]
    return prices[0], (quantities[0] if len(quantities) == 1 else None)


# what a count of things says was done with them (Cards Sold, Shelves Used): the things themselves are counted
_MOVED_BY = frozenset({"sold", "used", "rented", "bought", "ordered", "served", "booked", "hired", "filled"})


def _priced_per_unit(
    prices: list[Column], quantities: list[Column], counted: list[Column]
) -> tuple[Column, Column] | None:
    """The one price said per unit (Rate/Word, Price/Gal, Price Each) and the count of those units beside it.

    Words × Rate/Word, Gallons Delivered × Price/Gal; Price Each × the Pieces or Qty. A setup or digitizing fee
    beside it is a charge once an order, not the price of the units.
    """
    per_unit = [p for p in prices if _PER_UNIT.search(p.name)]
    if not per_unit and len(prices) == 1:
        # a Boat Price beside Boats, a Card Price beside Cards Sold: the price of one of the things counted
        thing = [s for s in prices[0].stems if s not in PRICE | {"rate", "unit", "cost"}]
        if thing and any(
            c is not prices[0]
            and c.additive
            and set(c.stems) - _MOVED_BY
            and all(same_noun(s, u) for s in set(c.stems) - _MOVED_BY for u in thing)
            for c in counted
        ):
            per_unit = prices
    if len(per_unit) != 1:
        return None
    price = per_unit[0]
    units = [s for s in price.stems if s not in PRICE | {"rate", "per", "each", "unit"}]
    if units:
        matched = [
            c
            for c in counted
            if c is not price
            and not set(c.stems) & {"size", "capacity", "max", "limit"}  # (a Tank Size (gal): not what was sold)
            and not set(c.stems) & {"stock", "after", "remaining", "balance", "inventory"}  # (nor what is left)
            and any(same_noun(s, u) for s in c.stems for u in units)
        ]
        found = [c for c in matched if c.whole_count or c.additive]
        if not found and len(matched) == 1 and not matched[0].flag:
            found = matched  # (Cubic Yards beside a Fee/Yd: yards are what the fee is per, whatever the name says)
        if len(found) > 1:  # (of several, the ones that add up: Gallons Delivered, not a whole-number Gal Tier)
            found = [c for c in found if c.additive]
        if not found:  # (a well's Total Depth (ft) beside its Casing (ft) and a Price/Ft: the whole of it)
            found = [c for c in matched if "total" in c.stems]
    else:  # (Price Each: each of the pieces or the quantity)
        found = [c for c in quantities if c is not price and set(c.significant) & {"piece", "qty", "quantity", "unit"}]
    return (price, found[0]) if len(found) == 1 else None


def _share_of_that(ctx: Context) -> KindRequest | None:
    """A part's share of the money just totalled: "how much of that comes from the traditional baguette, in %?"."""
    last = ctx.last
    if not (ctx.recent and last and last.get("kind") == "money" and not last.get("group") and not last.get("where")):
        return None
    if not re.search(r"\bof\s+(?:that|it|this|those|them)\b", ctx.text) or not re.search(
        r"%|\bpercent\w*|\bshare\b|\bproportion\b|\bfraction\b|\bhow\s+much\s+of\b", ctx.text
    ):
        return None
    values = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.column.categorical]
    if len({(v.column.name, v.value) for v in values}) != 1:
        return None
    req = KindRequest.from_dict(last)
    req.where, req.share = [[values[0].column.name, values[0].value]], True
    return req


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    part = _share_of_that(ctx)
    if part is not None:
        return part
    # ("centerpiece sales in 2024, in dollars": the dollars say money, whatever "sales" names)
    said = next((m for m in _MONEY.finditer(ctx.text) if m.group() != "sales"), None) or _MONEY.search(ctx.text)
    if said is None or re.search(r"\b(?:average|avg|mean|median|typical(?:ly)?|usual(?:ly)?)\b", ctx.text):
        return None  # "which role earns the most on average": a mean per group, the general reader's
    named_pair = _named_pair(ctx)
    menu = _menu_asked(ctx, said) if named_pair is None else None
    pair = menu[0] if menu else named_pair or _money_columns(ctx)
    terms = [[p.name, c.name] for p, c in (menu or [])[1:]]
    kept = {c for p in (menu or []) for c in p}
    if not re.match(r"pa(?:id|ys?|ying)\s", said.group()) and any(  # ("paid us" names Invoice $ by its verb)
        m.column.numeric
        # ("money" of a Charge per Shelf beside Shelves Used, "card sales" of Cards Sold: the price times the count)
        and not (pair is not None and pair[1] is not None and (m.column in pair or m.via == "synonym"))
        and m.start <= said.start() < m.end
        and not m.column.id_like  # ("revenue" of a Sale #: a sale's number, no money)
        and not ctx.catalog.stock_amount(m.column)
        and not set(m.column.stems) & PAID_AHEAD  # ("money" said of a Deposit Paid: not the money made)
        and not set(m.column.stems) & _LENT  # (nor of a pawn's Loan Amount: money lent out)
        for m in ctx.mentions
    ):
        return None  # the money word names a column itself ("revenue"): the general reader has it
    thing = _WHAT_IT_BRINGS.match(ctx.text, said.end())
    noun = thing.group("noun") if thing else ""
    plural = len(noun) >= 4 and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
    if plural and _VERBED.match(said.group()) and not _MONEY_NOUN.match(noun):
        return None  # "which source brings in the most leads": leads are brought in, not money
    if (
        said.group() == "sales"
        and ctx.catalog.names_subject(ctx.frame, "sales")
        # ("what were total sales", "best budtender by sales": the money of the sales, also in a sales file)
        and not re.search(r"\b(?:total|how\s+much|in|by|of)\s+sales\b|\bsales\s+(?:total|revenue|dollars)\b", ctx.text)
    ):
        return None  # real_estate_sales.csv: each row is a sale, "the most sales" counts them
    if said.group() == "sales" and any(
        m.start <= said.start() < m.end or (m.start >= said.end() and not ctx.text[said.end() : m.start].strip())
        for m in ctx.mentions
    ):
        return None  # "each sales channel", "sales rep": the word says which label, it is no money
    period = _PERIOD.search(ctx.text)
    dates = [c for c in ctx.columns() if c.is_date and c.kind == "datetime"]
    if period and len(dates) != 1:
        return None  # "sales by month" of a date kept as text, or of one of several dates: the general reader's
    if pair is None:
        return None
    y, times = pair
    if times is None and re.search(r"\b(?:sell|sold)$", said.group()):
        return None  # ("how much did we sell in total" of a Sold Price: that amount, the general reader's)
    if said.group() == "sales" and (
        re.search(r"\b(?:how\s+many|number\s+of|count\s+of)\s+(?:\w+\s+)?sales\b", ctx.text)
        or (times is None and not set(y.significant) & _TAKEN)
    ):
        return None  # "how many sales", or sales of a price alone (house sales): rows, not money
    if any(
        m.column.numeric
        and m.column not in (y, times)
        and m.column not in kept
        and not m.column.id_like
        and not (
            (
                set(m.column.stems) & PAID_AHEAD
                or (times is not None and m.via == "synonym")
                or (m.via == "synonym" and set(m.column.stems) & _LENT)  # (a Loan Amount: lent out)
            )
            and (
                m.start <= said.start() < m.end
                or said.start() <= m.start < said.end()  # ("how much rent did we bill": "bill" is of the money)
                or _MONEY.fullmatch(ctx.text[m.start : m.end])
            )
        )  # (the money word, not a measure: "revenue" read as Tacos Sold beside an Avg Ticket and Orders)
        # ("revenue for the year": a period, not a Model Year said in part)
        and not (m.via in ("partial", "prefix") and re.fullmatch(r"(?:year|month|week|day)s?", m.word.lower()))
        for m in ctx.mentions
    ):
        return None  # another measure is named: the question is about it
    labels = [
        m
        for m in ctx.mentions
        if m.column.categorical
        and not ctx.catalog.names_rows(m.column)
        and not said.start() < m.start < said.end()  # ("how much slip rent": the rent's own word, no group)
        and not (
            m.end <= said.start()
            and not ctx.text[m.end : said.start()].strip()
            and _modifier_only(m)
            and not _VERBED.match(said.group())  # ("which flow brings in the most": a label before a verb groups)
        )
    ]  # "room revenue": the word says what the money is from, it does not group
    where, groups = [], []
    for m in labels:  # a yes/no label is a condition ("stays that weren't cancelled"), others group
        if m.word.lower() in ("money", "cash", "revenue", "income", "sale", "sales", "takings", "dollars"):
            continue  # ("which dock brings in the most money" beside a Paid (Y/N): the money itself, every row)
        values = list(dict.fromkeys(v for v in m.column.values if v.strip()))
        yes = positive_value(m.column, ctx.question)
        if yes is not None and len(values) == 2:
            negated = bool(_NOT.search(ctx.text[max(0, m.start - 20) : m.start]))
            where.append([m.column.name, next(v for v in values if v != yes) if negated else yes])
        else:
            groups.append(m.column)
    order = "min" if _LEAST.search(ctx.text) and not _MOST.search(ctx.text) else "max"
    taken = [(m.start, m.end) for m in ctx.mentions if m.column.categorical]
    named = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, taken) if v.column.categorical]
    sides = [v.column for v in named if sum(o.column == v.column and o.value != v.value for o in named)]
    mean = False
    if not sides and not groups and (_SPENT_THAN.search(ctx.text) or WET_DRY.search(ctx.text)):
        # ("snack money on rainy days vs dry ones" of a Rain mark: its two sides, the compare reader's)
        return None  # "do parties spend more than regular bookings": one side against the rest, compared by means
    if sides and not groups and _MORE_THAN.search(ctx.text):
        groups.append(sides[0])  # "do the clay courts bring in more money than the hard ones": each side's money
        # "do walk ins spend less than people who book ahead": what each one spends, a visit's mean
        mean = re.match(r"spen[dt]", said.group()) is not None
    for v in named:  # "did it bring in for Macbeth"
        if v.column not in groups and not any(c == v.column.name for c, _ in where):
            where.append([v.column.name, v.value])
    # (what every reading below shares: the money read, its order, the rows kept, the further priced counts)
    money = KindRequest(
        frame=ctx.frame,
        y=y.name,
        column=times.name if times is not None else None,
        agg="sum",
        order=order,
        where=where,
        terms=terms,
    )
    if re.search(r"%|\bpercent\w*|\bshare\b|\bproportion\b|\bfraction\b", ctx.text) and where and not groups:
        money.share = True  # "what % of revenue comes from coffee": that part's money over all the money
        return money
    ranked = _MOST.search(ctx.text) or _LEAST.search(ctx.text)
    if terms and not groups and not period and _WHICH.search(ctx.text) and ranked:
        # "which package makes the most money" of Basic, Deluxe and Ultimate Washes, each at its price: each
        # pair's money, ranked
        money.op = "each"
        return money
    if period:  # "plot monthly revenue": the money of each month of the one date column
        unit = period.group("unit") or period.group("ly") or period.group("best") or "month"
        money.group, money.period = dates[0].name, PERIOD_CODES.get(unit.lower(), "M")
        return money
    money.group = groups[0].name if groups else None
    money.agg = "mean" if mean else "sum"
    return money


_WHICH = re.compile(r"\b(?:which|what)\b")
_MORE_THAN = re.compile(r"\b(?:more|less|fewer)\b.*\bthan\b|\b(?:vs\.?|versus|compared?)\b")
_VERBED = re.compile(r"(?:brings?|brought|bringing|earn|generat|spen[dt]|take|took|taking)")
# What a verb of money brings in, when the question says it: "brings in the most leads" names no money.
_WHAT_IT_BRINGS = re.compile(r"\s+(?:the\s+)?(?:(?:most|least|more|fewer|less)\s+)?(?P<noun>[a-z]+)\b")
_MONEY_NOUN = re.compile(
    r"(?:money|revenues?|cash|income|sales?|dollars?|euros?|pounds?|bucks|profits?|takings|turnover|funds?|"
    r"fees?|donations?|payments?|the|a|an|in|to|from|for|on|of|per|by|each|overall|total|and|or|this|that|"
    r"most|least|more|less|over|during|at|with|so|last|since|every|all|our|my|us|me|we|it|they|across)$"
)


def _modifier_only(m: Mention) -> bool:
    """A label named only by a word that qualifies its name ("room" of Room Type)."""
    said = [stem(w) for w in words(m.word)]
    return m.via == "partial" and bool(said) and said[-1] != m.column.significant[-1]


def _what(req: KindRequest) -> str:
    first = f"{req.y} × {req.column}" if req.column else str(req.y)
    return " + ".join([first, *(f"{p} × {c}" for p, c in req.terms)])


def _amount(f: str, req: KindRequest) -> str:
    """The money of each row of frame `f`: the price times its count, and each further pair's, added."""
    first = f"{f}[{col(req.y)}] * {f}[{col(req.column)}]" if req.column else f"{f}[{col(req.y)}]"
    # (a blank price or count of one pair is none of it sold: the others still count)
    more = [f"{f}[{col(p)}].fillna(0) * {f}[{col(c)}].fillna(0)" for p, c in req.terms]
    return " + ".join([f"{first}.fillna(0)" if more else first, *more])


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f = req.frame
    kept = []
    if req.where:  # only the rows with the values asked for ("stays that weren't cancelled")
        kept = [f"rows = {f}[" + where_mask(f, req.where) + "]"]
        f = "rows"
    amount = _amount(f, req)
    lines = [
        f"# Money brought in: {_what(req)} on each row, summed" + (f" for each {req.group}" if req.group else ""),
        *kept,
        f"amount = {amount}",
    ]
    if req.group and req.period:  # one figure per calendar period, in time order
        lines += [
            f"by_group = amount.groupby({f}[{col(req.group)}].dt.to_period({req.period!r}).astype(str)).sum()",
            "print(by_group.to_string())",
            "first, last = by_group.iloc[0], by_group.iloc[-1]",
            "change = 100 * (last - first) / abs(first) if len(by_group) > 1 and first else None",
            "",
            "by_group.plot(figsize=(8, 4), marker='o', ylabel=" + repr(f"total {_what(req)}") + ")",
            "plt.show()",
        ]
    elif req.group and req.agg == "mean":  # what each row spends, side by side; the totals beside
        lines += [
            f"by_group = amount.groupby({f}[{col(req.group)}]).mean().sort_values(ascending=False)",
            f"totals = amount.groupby({f}[{col(req.group)}]).sum()",
            "print(pd.DataFrame({'mean': by_group, 'total': totals}).to_string())",
        ]
    elif req.group:
        lines += [
            f"by_group = amount.groupby({f}[{col(req.group)}]).sum().sort_values(ascending=False)",
            "print(by_group.to_string())",
            "",
            "by_group.head(30).plot.bar(figsize=(8, 4), ylabel=" + repr(f"total {_what(req)}") + ")",
            "plt.show()",
        ]
    elif req.op == "each":  # each priced count's own money, side by side
        pairs = [(str(req.y), str(req.column)), *((p, c) for p, c in req.terms)]
        lines += [
            "by_group = pd.Series({",
            *(f"    {col(c)}: ({f}[{col(p)}] * {f}[{col(c)}]).sum()," for p, c in pairs),
            "}).sort_values(ascending=False)",
            "print(by_group.to_string())",
            "",
            "by_group.plot.bar(figsize=(8, 4), ylabel='money')",
            "plt.show()",
        ]
    else:
        lines.append("by_group = None")
    whole = ""
    if req.share:  # the money of every row, the part's whole
        every = _amount(req.frame, req)
        lines.append(f"whole = ({every}).sum()")
        whole = ', "whole": whole, "percent": 100 * amount.sum() / whole'
    trend = ', "change": change' if req.group and req.period else ""
    trend += ', "totals": totals' if req.group and req.agg == "mean" else ""
    lines += ["", f'result = {{"rows": len({f}), "total": amount.sum(), "values": by_group{whole}{trend}}}']
    return finish(lines, f"total {_what(req)}" + (f" by {req.group}" if req.group else ""))


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    by = (
        f" by {req.group}" + (f" ({PERIOD_NAMES.get(req.period, req.period)})" if req.period else "")
        if req.group
        else ""
    )
    among = " where " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""
    each = req.agg == "mean" and req.group
    head = f"{'Mean' if each else 'Total'} of {_what(req)}{by}{among}, {fmt(result.get('rows'))} rows."
    how = (
        "Money is read as "
        + " plus ".join(f"{p} times {c}" for p, c in [(str(req.y), str(req.column)), *map(tuple, req.terms)])
        + " on each row."
        if req.column
        else f"Money is read as {req.y}" + (" on each row." if each else ", added up over the rows.")
    )
    values = {k: v for k, v in (result.get("values") or {}).items() if v is not None}
    if req.share and result.get("whole"):
        return (
            f"{head}\n\n**{fmt(result.get('percent'))}%** of all the money: {fmt(result.get('total'))} of "
            f"{fmt(result.get('whole'))}. {how}"
        )
    if req.op == "each" and values:  # each priced count's money, ranked
        best = max(values.values()) if req.order == "max" else min(values.values())
        winners = [k for k, v in values.items() if v == best]
        listing = ", ".join(f"{k}: {fmt(v)}" for k, v in values.items())
        word = "most" if req.order == "max" else "least"
        return (
            f"Money of each of {_what(req)}{among}, {fmt(result.get('rows'))} rows.\n\n"
            + " and ".join(f"**{k}**" for k in winners)
            + f" brought in the {word}: {fmt(best)}.\n\nAll: {listing}. Total {fmt(result.get('total'))}. {how}"
        )
    if not req.group or not values:
        return f"{head}\n\n**{fmt(result.get('total'))}** in total. {how}"
    best = max(values.values()) if req.order == "max" else min(values.values())
    winners = [k for k, v in values.items() if v == best]
    word = "most" if req.order == "max" else "least"
    listing = ", ".join(f"{k}: {fmt(v)}" for k, v in list(values.items())[:10])
    if each:
        totals = result.get("totals") or {}
        return (
            f"{head}\n\nThe {word} on average: {req.group} "
            + " and ".join(f"**{k}**" for k in winners)
            + f" with {fmt(best)} a row.\n\nMeans: {listing}. Totals: "
            + ", ".join(f"{k}: {fmt(v)}" for k, v in list(totals.items())[:10])
            + f". {how}"
        )
    if req.period and len(values) >= 2:  # in time order: how it went from the first period to the last
        (a, first), (b, last) = next(iter(values.items())), list(values.items())[-1]
        pct = result.get("change")
        change = f" ({'+' if pct >= 0 else ''}{fmt(pct)}%)" if isinstance(pct, int | float) else ""
        listing += f". From {a} to {b} it went from {fmt(first)} to {fmt(last)}{change}"
    return (
        f"{head}\n\nThe {word}: {req.group} " + " and ".join(f"**{k}**" for k in winners) + f" with {fmt(best)}."
        f"\n\nAll groups: {listing}. Total {fmt(result.get('total'))}. {how}"
    )
