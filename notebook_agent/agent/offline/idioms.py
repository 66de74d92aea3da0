"""Everyday ways of asking, said as the columns a table keeps.

"Which night is the busiest" is the day of the week; "how do people usually pay me" the most common Paid Via;
"which artist sold the most pieces" counts the pieces; "do rush jobs pay more per word" compares a Rate/Word;
"which platform makes me the most" ranks the Profit; "the $20 games" keep that Ticket Price; "the on time
performance" is the rate of On Time. Money said by what it does: "how much have i made" totals the one amount
charged, "what does a metal roof go for" averages it, "how much did the thrown out stuff cost" multiplies a count
by its unit cost. Shares and counts said of the things themselves: "what percent of eggs were cracked", "how full
are the theaters", "how many fish died", "who has won the most jobs", "the average response time". Earnings
said as a rate or a share: "what do i make an hour", "which package makes the most per player", "what share of
my tips is cash", "my best month"; what is owed or not done: "how much am i still owed", "aren't done yet",
"missing a waiver"; words of a trade's own: "sold out", "tons" beside a tare, "surge pricing", "parties of 8
or more", "which pond lost the most". Each reader returns the question with the idiom said as what the table
keeps, or unchanged when it keeps no such column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from .catalog import Catalog, Column, marks_only, no_value, rows_noun, yes_value
from .columns import best_named, find_mentions, find_values
from .menu import priced_counts
from .rates import splits_one
from .readings import all_candidates
from .stock import per_thing_count
from .words import CURRENCY, HOURS_WORKED, IRREGULAR, MONEY_PARTS, PERSONS, SYNONYM_OF, compiled, root, same_word, stem

_I = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


_PRICED = _rx(
    r"(?<![\w<>=])(?P<lead>(?:over|under|above|below|than|least|most|to|and|or|about|around|from|between)\s+)?"
    r"[$£€](?P<n>\d+(?:\.\d\d)?)\s+(?P<noun>[a-z]{3,})\b"
)


def priced_things(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the $20 games" of a Ticket Price kept as a few prices ("$1", "$20"): the rows of that price."""
    prices = [
        c
        for c in catalog.numeric(frame)
        if c.numeric_text
        and c.n_unique
        and c.n_unique <= 20
        and set(c.stems) & {"price", "cost", "fee", "denomination"}
    ]
    if len(prices) != 1:
        return text
    kept = {re.sub(r"[^\d.]", "", v).removesuffix(".00") for v in prices[0].values}

    def said(m: re.Match[str]) -> str:
        named = [x for x in find_mentions(m["noun"], catalog, frame) if x.column.numeric and not x.column.id_like]
        if m["lead"] or m["n"].removesuffix(".00") not in kept or named:  # "$5 tickets sold": a measure
            return m.group()
        return f"{prices[0].name} = {m['n']} {m['noun']}"

    return _PRICED.sub(said, text)


def mark_performance(text: str, catalog: Catalog, frame: str) -> str:
    """A yes/no mark's "performance" or "record" is its rate: "the worst on time performance" (On Time Y/N)."""
    for c in catalog.of(frame):
        if not c.categorical or yes_value(c) is None:
            continue
        name = r"[\s_-]*".join(re.escape(w) for w in re.findall(r"[A-Za-z]+", c.name))
        if name:
            text = re.sub(rf"\b({name})\s+(?:performance|record)\b", r"\1 rate", text, flags=re.I)
    return text


_WHICH_NIGHT = _rx(
    r"\b(?P<w>which|what)\s+(?:night|evening)\s+(?:of\s+the\s+week\s+)?(?=is|was|has|had|gets|do|does|did)"
)


def which_night(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which night is the busiest" of a bar's log, no column of nights: which day of the week."""
    if any({"night", "evening"} & set(c.stems) for c in catalog.of(frame)) or not any(
        c.is_date for c in catalog.of(frame)
    ):
        return text
    return _WHICH_NIGHT.sub(lambda m: f"{m['w']} day of the week ", text)


_HOW_PAID = _rx(
    r"^\W*(?:and\s+)?how\s+(?:do|does|did)\s+(?:people|they|customers|clients|most\s+people|families|donors|"
    r"buyers|guests|members)\s+(?:usually\s+|mostly\s+|typically\s+|normally\s+)?(?:pay|give|donate)(?:\s+(?:me|us))?\b"
)


def how_paid(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how do people usually pay me": the most common way of paying (Paid Via, Payment Method, Method)."""
    said = _HOW_PAID.search(text)
    if said is None:
        return text
    ways = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and not c.id_like
        and set(c.stems) & {"via", "method", "type", "mode", "tender", "channel"}
        and (set(c.stems) & {"paid", "pay", "payment", "gift", "giving", "donation"} or c.stems == ("method",))
    ]
    if len(ways) != 1:
        return text
    return f"{text[: said.start()]}what is the most common {ways[0].name}{text[said.end() :]}"


# "where do most of my clients find me", "where do most bookings come from", "how do people hear about us"
_FOUND_US = _rx(
    r"^\W*(?:and\s+)?(?:where|how)\s+(?:do|does|did)\s+(?:most\s+(?:of\s+)?)?(?:my\s+|our\s+|the\s+)?"
    r"(?P<who>[a-z]+)\s+(?:usually\s+|mostly\s+|typically\s+)?(?:find|found|hear\s+(?:about|of)|come\s+from"
    r"|came\s+from|get\s+to|discover)(?:\s+(?:me|us|you|them))?\b"
)
_SOURCE_PARTS = frozenset({"source", "referral", "referred", "via", "channel", "lead", "heard", "acquisition"})


def found_us(text: str, catalog: Catalog, frame: str) -> str:
    """Said "where do most of my clients find me": the most common way in (Referral Source, Booked Via)."""
    said = _FOUND_US.search(text)
    if said is None:
        return text
    ways = [
        c
        for c in catalog.of(frame)
        if c.categorical and not c.id_like and set(c.stems) & _SOURCE_PARTS and not set(c.stems) & {"paid", "payment"}
    ]
    if len(ways) != 1:
        return text
    return f"{text[: said.start()]}what is the most common {ways[0].name}{text[said.end() :]}"


_VERB_THE_MOST_OF = _rx(
    r"\b(?P<verb>[a-z]+(?:ed|ld|ght|t)|sold|sells|sell|made|makes|make|did|does|do)\s+the\s+(?P<dir>most|fewest|least)\s+"
    r"(?P<noun>[a-z]{3,}s)\b"
)


def did_most_things(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which artist sold the most pieces": the pieces (rows) counted, not the Sold Price the verb names."""
    said = _VERB_THE_MOST_OF.search(text)
    if said is None:
        return text
    verb_named = [m for m in find_mentions(text, catalog, frame) if m.start == said.start("verb") and m.column.numeric]
    noun_named = find_mentions(said["noun"], catalog, frame)
    money = said["noun"].lower() in ("dollars", "bucks", "sales", "euros", "pounds")
    charged = {"charge", "fee", "price", "cost", "amount", "paid", "revenue"}
    money_named = [
        m
        for m in noun_named
        if set(m.column.stems) & charged or (m.score < 90 and any(CURRENCY.search(v) for v in m.column.values[:5]))
    ]
    if (
        not verb_named
        and noun_named
        and len(money_named) == len(noun_named)
        # (or a fee named by the work it pays for: a tire shop's Install/Balance of "the most installs")
        and (catalog.names_subject(frame, said["noun"]) or all(m.score < 90 for m in noun_named))
    ):  # "which driver does the most tows" of a tow log: its rows, not the Tow Charge the word begins
        return f"{text[: said.start()]}has the {said['dir']} rows{text[said.end() :]}"
    if not verb_named or noun_named or money or any(m.column.whole_count for m in verb_named):
        return text  # ("which album sold the most copies": a count of copies sold, added up)
    return f"{text[: said.start()]}has the {said['dir']} {said['noun']}{text[said.end() :]}"


def rate_per_unit(text: str, catalog: Catalog, frame: str) -> str:
    """Said "do rush jobs pay more per word" of a Rate/Word: that column, the money per unit kept on each row."""
    rated = []
    for c in catalog.numeric(frame):
        named = re.search(r"(?i)(?:/\s*|\bper\s+)([a-z]+)\s*$", c.name)
        if named and not c.id_like:
            rated.append((c, stem(named.group(1).lower())))
    for column, unit in rated:
        said = re.search(
            r"\b(?:pay|paid|pays|cost|costs|charge|charged|earn|earns|make|makes)\s+"
            rf"(?P<dir>more|less|the\s+most|the\s+least)?\s*(?P<per>per\s+{re.escape(unit)}s?)\b",
            text,
            re.I,
        )
        if said is not None and sum(u == unit for _, u in rated) == 1:
            side = {"more": "a higher ", "less": "a lower ", "the most": "the highest ", "the least": "the lowest "}
            way = side.get(re.sub(r"\s+", " ", (said["dir"] or "").lower()), "")
            return f"{text[: said.start()]}have {way}{column.name}{text[said.end() :]}"
    return text


_MAKES_ME = _rx(r"\b(?:makes?|made|earns?|earned|nets?|netted)\s+(?:me|us)\s+(?:the\s+)?(?P<dir>most|least)\b")


def makes_me_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which platform makes me the most (per pair)": the highest Profit, the money kept after costs."""
    said = _MAKES_ME.search(text)
    if said is None:
        return text
    kept = [c for c in catalog.numeric(frame) if not c.id_like and set(c.stems) & {"profit", "net", "earnings"}]
    kept = [c for c in kept if not set(c.stems) & {"margin", "pct", "percent", "rate"}]
    if len(kept) != 1:
        return text
    side = "highest" if said["dir"].lower() == "most" else "lowest"
    each = re.search(r"\b(?:average|avg|mean|typical|per|each)\b", text, re.I)  # ("per pair on average": a mean)
    return f"{text[: said.start()]}has the {side} {'' if each else 'total '}{kept[0].name}{text[said.end() :]}"


# "which table made the most" of a sale's items: the money each took in, no measure named
_MADE_MOST = _rx(
    r"\b(?:which|what)\s+(?P<g>[a-z]+)\s+(?:made|makes|earned|earns|brought\s+in|brings\s+in|took\s+in|takes\s+in"
    r"|raised|grossed)\s+(?:the\s+)?(?P<dir>most|least)\b"
    # (nothing counted after it: "brings in the most leads" counts the leads)
    r"(?=\s*(?:[?.!,]|$|overall\b|in\s+total\b|altogether\b|(?:in|during|for)\s+(?:\d|the\b|that\b))"
    # ... or for each row: "which service makes the most per job" (an average)
    r"|\s+(?P<each>per|a|an|each)\s+[a-z]+\s*(?:[?.!,]|$))"
)
_SOLD_FOR = frozenset({"sold", "sale", "paid", "received", "collected", "payout", "hammer"})


def made_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which table made the most" of a rummage sale's Tag Price and Sold Price: the most Sold Price in total."""
    said = _MADE_MOST.search(text)
    if said is None or any(m.column.numeric for m in find_mentions(text[said.end() :], catalog, frame)):
        return text
    made = _money_taken(catalog, frame)
    if made is None:
        return text
    side = "highest" if said["dir"].lower() == "most" else "lowest"
    if said["each"]:  # ("per job": the average of the rows, each a job)
        return f"{text[: said.end('g')]} has the {side} average {made}"
    return f"{text[: said.end('g')]} has the {side} total {made}{text[said.end() :]}"


def _money_taken(catalog: Catalog, frame: str) -> str | None:
    """The money a sale took in: what it earns, else the one amount things sold for (Sold Price, not Tag Price)."""
    money = _income_columns(catalog, frame)
    if any(re.search(r"/|\bper\b", c.name, re.IGNORECASE) for c in money):
        return None  # (a price per unit, Price/Gal: the money kind multiplies it by the units delivered)
    made = earnings(catalog, frame)
    if made is None:
        sold = [c for c in money if set(c.stems) & _SOLD_FOR]
        made = sold[0].name if len(sold) == 1 else None
    if made is None and len(money) == 1 and money[0].numeric and set(money[0].stems) & {"total", "invoice", "revenue"}:
        made = money[0].name  # (a job's Invoice Total: what each job brought in)
    return made


# "how did friday compare to saturday in money taken": the money a sale took in, named by no column
_MONEY_TAKEN = _rx(
    # ("how much ticket money came from school groups": the question of the money, all of it)
    r"(?P<how>\bhow\s+much\s+(?:(?!money|cash)[a-z]+\s+)?)?"
    r"\b(?:money|cash|dollars)\s+(?:taken(?:\s+in)?|brought\s+in|made|raised|collected|(?:came|comes?)(?:\s+in"
    # ("came in may 2024": that "in" is the date's, kept)
    r"(?!\s+(?:\d{4}|the|that|this|last|q\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b))?)\b"
    r"|\btakings\b"
)


def money_taken(text: str, catalog: Catalog, frame: str) -> str:
    """Said "compare friday to saturday in money taken" of a rummage sale: its Sold Price, added up."""
    said = _MONEY_TAKEN.search(text)
    made = _money_taken(catalog, frame) if said is not None else None
    if said is None or made is None or " + " in made:
        return text
    if said["how"]:
        return f"{text[: said.start()]}what is the total {made}{text[said.end() :]}"
    return f"{text[: said.start()]}total {made}{text[said.end() :]}"


# "how many boats are on the waiting list": the rows a partly kept column names (Waitlist Since), not the boats
_ON_THE_LIST = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:are|were|is|was)\s+"
    r"(?P<rest>(?:on|in)\s+(?:the\s+|a\s+)?(?P<list>[a-z]+(?:\s+[a-z]+)?)\b.*)$"
)


def on_the_list(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many boats are on the waiting list" of Boat Name beside Waitlist Since: the rows it keeps filled.

    The noun is what each row is (a boat), named by a label; the list is a date or text kept for some rows only.
    """
    said = _ON_THE_LIST.search(text)
    if said is None:
        return text
    nouns = find_mentions(said["noun"], catalog, frame)
    if any(not (m.column.categorical or m.column.kind == "text") or m.column.is_date for m in nouns):
        return text
    lists = [m for m in find_mentions(said["list"], catalog, frame) if m.score >= 80]
    if len(lists) != 1:
        return text
    kept = lists[0].column
    # (a Y/N mark or a label of a few values is a filter said otherwise: "in the north zone")
    if kept.complete or kept.numeric or yes_value(kept) is not None or (kept.categorical and not kept.is_date):
        return text
    return f"{text[: said.start()]}how many are {said['rest']}"


# "how many chairs went out in july" of order lines with a Qty: the chairs are the quantity on those rows
_HOW_MANY_THINGS = _rx(r"^\W*(?:and\s+)?how\s+many\s+(?P<noun>[a-z][a-z ]*?s)\b(?P<rest>.*)$")
_QUANTITY_STEMS = frozenset({"qty", "quantity", "units", "unit", "pcs", "pieces", "piece", "count"})


def _quantities(catalog: Catalog, frame: str) -> list[Column]:
    """The whole-number quantities a table's lines keep (Qty, Quantity, Units): how many of the thing went out."""
    return [
        c
        for c in catalog.numeric(frame)
        if c.stems
        and c.stems[0] in _QUANTITY_STEMS
        and len(c.stems) <= 2
        and not c.id_like
        and c.whole_count
        and not c.year_like  # (a Count Year, the season of a bird count: no quantity)
        and not set(c.stems) & {"year", "yr", "season", "date", "day", "id", "no", "number"}
    ]


def things_counted(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many chairs went out" of an order's lines (Item = Chairs, Qty 37): the total Qty of those rows.

    Only where the noun is a value of a label (the thing each line is) and the lines keep one quantity.
    """
    said = _HOW_MANY_THINGS.search(text)
    if said is None:
        return text
    qty = _quantities(catalog, frame)
    if len(qty) != 1 or find_mentions(said["noun"], catalog, frame):
        return text
    values = find_values(said["noun"], catalog, frame, [])
    if len(values) != 1 or values[0].start != 0 or values[0].end < len(said["noun"]) - 1:
        return text  # (the noun is one value whole: "chairs" of Chairs, not "people")
    if qty[0].stems[0] == "count":  # (a column called Count: "total Count" would read as a count of rows)
        return f"{text[: said.start()]}what is the total of the {qty[0].name} column for {said['noun']}{said['rest']}"
    return f"{text[: said.start()]}what is the total {qty[0].name} of {said['noun']}{said['rest']}"


# "how many dry lbs did we get": a column kept in a unit, counted in that unit, is its total
_HOW_MANY_NAMED_UNITS = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<noun>(?:[a-z]+\s+)?(?:lbs|pounds|gallons|gal|tons|tonnes|kg|kilos|yards|yds"
    r"|bushels|cords|barrels|liters|litres|cubic\s+yards))\b(?P<rest>.*)$"
)


def units_counted(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many dry lbs did we get in 2024" of a Dry Lbs column: "what is the total Dry Lbs in 2024"."""
    said = _HOW_MANY_NAMED_UNITS.search(text)
    if said is None:
        return text
    named = [m for m in find_mentions(said["noun"], catalog, frame) if m.column.numeric and not m.column.id_like]
    columns = best_named(named)
    if not any(m.score >= 90 for m in named) or len(columns) != 1:
        return text  # (the unit alone, of several columns in it: which one is not said)
    return f"{text[: said.start()]}what is the total {columns[0].name}{said['rest']}"


# "bite calls that ended with the animal impounded": the rows whose outcome is the value said after
_ENDED_WITH = _rx(
    r"\b(?:ended|end|ends|ending|resulted|result|results|wound|wind|winds|finished)\s+(?:up\s+)?"
    r"(?:(?:with|in|as|by)\s+(?:(?:the|an?|their|its)\s+(?:[a-z]+\s+)?)?)?"
)


def ended_with(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what percent of bite calls ended with the animal impounded": the calls that were IMPOUNDED."""
    for said in _ENDED_WITH.finditer(text):
        values = find_values(text, catalog, frame, [])
        if any(v.start == said.end() and v.column.categorical for v in values):
            return f"{text[: said.start()]}were {text[said.end() :]}"
    return text


# "how much did we keep after dump fees": the money taken in less the cost named after "after"
_KEPT_AFTER = _rx(
    r"^\W*(?:and\s+)?how\s+much\s+(?:money\s+)?(?:did|do|have|has)\s+(?:we|i|they|you)\s+"
    r"(?:keep|kept|make|made|clear|cleared|net|netted|take\s+home|bring\s+in)\s+"
    r"(?:after|net\s+of|minus|less|once\s+you\s+take\s+out)\s+(?:the\s+|our\s+)?(?P<cost>[a-z][a-z ]*?)"
    r"(?P<rest>(?:,|\s+in\s+total|\s+total|\s+overall|\s+altogether|\s+in\s+\d{4}|\s+for\s+|\?|$).*)$"
)


def kept_after(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much did we keep after dump fees" of Price beside Dump Fee: the total of Price - Dump Fee."""
    said = _KEPT_AFTER.search(text)
    if said is None:
        return text
    costs = [m.column for m in find_mentions(said["cost"], catalog, frame) if m.column.numeric and m.score >= 80]
    if len(costs) != 1:
        return text
    money = [c for c in _income_columns(catalog, frame) if c is not costs[0] and c.numeric]
    if len(money) > 1:  # (a job's Price beside a Dump Fee and a Tip: the price, named by one word)
        money = [c for c in money if c.stems in (("price",), ("revenue",), ("total",), ("amount",), ("charge",))]
    if len(money) != 1:
        return text
    rest = re.sub(r"^\s*,?\s*(?:in\s+total|total|overall|altogether)\b", "", said["rest"])
    return f"{text[: said.start()]}what is the total {money[0].name} - {costs[0].name}{rest}"


# "picked up after the promised date", "returned past the due date": late, against the date it was due
_AFTER_DUE = _rx(
    r"\s+(?:after|past|later\s+than|beyond)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?P<due>(?:promised|due|expected|scheduled|target|agreed)(?:\s+(?:pickup|pick-up|return|delivery|completion))?"
    r"\s+(?:date|day|time)|deadline)\b"
)


def after_due(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many got picked up after the promised date" of a Promised Date column: picked up late."""
    said = _AFTER_DUE.search(text)
    if said is None:
        return text
    dues = [m.column for m in find_mentions(said["due"], catalog, frame) if m.column.is_date]
    if not dues and said["due"].lower() == "deadline":  # ("after the deadline" of a Due Date)
        dues = [c for c in catalog.of(frame) if c.is_date and set(c.stems) & {"due", "deadline", "promised"}]
    if len(dues) != 1:
        return text
    return f"{text[: said.start()]} late{text[said.end() :]}"


# "what gets rented the most", "what do we sell the most": the thing each row is, by how many went out
_WHAT_MOST = _rx(
    r"^\W*(?:and\s+)?what\s+(?:gets|got|is|was|are|were|do\s+(?:we|people|customers|they|i|you)|does\s+\w+)\s+"
    r"(?P<verb>rented|rent|sold|sell|ordered|order|bought|buy|borrowed|borrow|booked|book|requested|request|used|use)"
    r"\s+(?:the\s+)?(?P<dir>most|least)\b(?P<rest>.*)$"
)
_THING_STEMS = frozenset({"item", "product", "equipment", "service", "article", "sku", "description"})


def what_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what gets rented the most" of order lines (Item, Qty): the Item with the highest total Qty."""
    said = _WHAT_MOST.search(text)
    if said is None:
        return text
    things = [c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & _THING_STEMS]
    if len(things) != 1:
        return text
    qty = _quantities(catalog, frame)
    side = "highest" if said["dir"].lower() == "most" else "lowest"
    if len(qty) == 1:
        return f"{text[: said.start()]}which {things[0].name} has the {side} total {qty[0].name}{said['rest']}"
    return f"{text[: said.start()]}which {things[0].name} has the {said['dir']} rows{said['rest']}"


# "how many customers had no idea when it was last pumped": the rows a column marks UNKNOWN
_NO_IDEA = _rx(
    r"\b(?:had|have|has|with)\s+no\s+(?:idea|clue)\s+(?:of\s+)?(?:when|what|how|whether|if|where|which)\s+(?P<what>.+?)\W*$"
    r"|\b(?:did\s*n[o']?t|do\s*n[o']?t|does\s*n[o']?t|could\s*n[o']?t)\s+(?:know|remember|recall)\s+"
    r"(?:when|what|how|whether|if|where|which)\s+(?P<what2>.+?)\W*$"
)
_UNKNOWNS = frozenset({"unknown", "unk", "not known", "don't know", "dont know", "dk", "unsure", "not sure"})


def no_idea(text: str, catalog: Catalog, frame: str) -> str:
    """Said "had no idea when it was last pumped" of a Last Pumped that writes UNKNOWN: the rows of that value."""
    said = _NO_IDEA.search(text)
    if said is None:
        return text
    what = said["what"] or said["what2"]
    for m in find_mentions(what, catalog, frame):
        marks = [v for v in m.column.values if v.strip().lower() in _UNKNOWNS]
        if m.column.kind in ("text", "categorical") and len(marks) == 1:
            return f"{text[: said.start()]}had {m.column.name} = {marks[0]}"
    return text


# "how many birds were counted at the nectar feeder": the tallies a count sheet keeps, added up
_WERE_COUNTED = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<noun>[a-z]+)\s+(?:were|got|have\s+been|had\s+been|did\s+(?:we|you|i|they))\s+"
    r"(?:counted|count|tallied|tally|seen|spotted|recorded|logged)\b(?P<rest>.*)$"
)


def were_counted(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many birds were counted" of a feeder sheet's Max Count: the total of that count, not its rows."""
    said = _WERE_COUNTED.search(text)
    if said is None or any(m.column.numeric for m in find_mentions(said["noun"], catalog, frame)):
        return text
    if find_values(said["noun"], catalog, frame, []):
        return text  # ("how many crows were counted": the rows of that species, read with the noun)
    tallies = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and c.whole_count
        and set(c.stems) & {"count", "tally", "individuals", "number"}
        and not set(c.stems) & {"date", "time", "day", "minutes", "min", "hours", "year", "yr", "season"}
    ]
    if len(tallies) != 1:
        return text
    return f"{text[: said.start()]}what is the total {tallies[0].name}{said['rest']}"


# "how many nights was the center open" of a log that writes CLOSED on the nights it was not
_TIMES_OPEN = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<unit>nights|days|weeks|evenings|mornings|times|dates)\s+"
    r"(?:was|were|did|has|have)\s+(?:(?:the|our|it|we|they)\s+)?(?:[a-z]+\s+)?(?:open|opened|been\s+open)\b(?P<rest>.*)$"
)


def times_open(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many nights was the center open" of Opened At, CLOSED on the closed nights: the other rows."""
    said = _TIMES_OPEN.search(text)
    if said is None:
        return text
    marked = [
        (c, v)
        for c in catalog.of(frame)
        if c.kind in ("text", "categorical")
        for v in c.values
        if v.strip().lower() == "closed" and not any(p in c.stems for p in ("status", "state"))
    ]
    if len(marked) > 1:  # (Opened At and Closed At both say CLOSED: the opening time)
        marked = [(c, v) for c, v in marked if any(p.startswith("open") for p in c.stems)]
    if len(marked) != 1:
        return text
    column, closed = marked[0]
    return f"{text[: said.start()]}how many {said['unit']} was {column.name} not {closed}{said['rest']}"


# "how many days were we closed" of a farm's Closed Reason, blank on the days it was open
_TIMES_CLOSED = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<unit>nights|days|weeks|evenings|mornings|times|dates)\s+"
    r"(?:was|were|did|has|have)\s+(?:(?:the|our|it|we|they)\s+)?(?:[a-z]+\s+)?(?:closed|shut|been\s+closed)\b(?P<rest>.*)$"
)


def times_closed(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many days were we closed" of a Closed Reason left blank on open days: the rows that give one."""
    said = _TIMES_CLOSED.search(text)
    if said is None:
        return text
    reasons = [
        c
        for c in catalog.of(frame)
        if c.kind in ("text", "categorical")
        and set(c.stems) & {"closed", "closure", "closing"}
        and not c.complete  # (blank on the days it was open)
        and not c.is_date
    ]
    if len(reasons) != 1:
        return text
    return f"{text[: said.start()]}how many rows have a {reasons[0].name}{said['rest']}"


# "how much in mooring fees have we collected so far": the fees of the rows marked paid
_COLLECTED = _rx(
    r"^\W*(?:and\s+)?how\s+much\s+(?:in\s+|of\s+(?:the\s+|our\s+)?)?(?P<what>[a-z ]*?)\s*(?:have|has|did)\s+"
    r"(?:we|i|they|you)\s+(?:collected|collect|received|receive|been\s+paid|gotten\s+paid|got\s+paid)\b"
    r"(?:\s+(?:so\s+far|to\s+date|yet|already))?(?P<rest>.*)$"
)


def collected(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much in fees have we collected" of a Season Fee beside a Paid Date: the fees of the paid rows."""
    said = _COLLECTED.search(text)
    if said is None:
        return text
    kept = [c for c in catalog.of(frame) if "paid" in c.stems and c.formula is None]
    if any(c.numeric and not c.is_date for c in kept):
        return text  # (an Amount Paid: what came in, read as it stands)
    marks = [c for c in kept if c.is_date or yes_value(c) is not None]
    income = [c for c in _income_columns(catalog, frame) if c.numeric]
    # ("mooring fees": the Season Fee, the money named, not the Mooring Weight)
    named = (
        [m.column for m in find_mentions(said["what"], catalog, frame) if m.column in income] if said["what"] else []
    )
    money = list(dict.fromkeys(named)) or income
    if len(marks) != 1 or len(money) != 1:
        return text
    return f"{text[: said.start()]}total {money[0].name} of the paid ones{said['rest']}"


# "do sessions run longer or shorter than scheduled, by how many minutes": the actual less the planned
_THAN_PLANNED = _rx(
    r"\b(?:run|ran|runs|running|take|took|takes|go|goes|went|last|lasts|lasted|come\s+in|came\s+in|end\s+up)\s+"
    r"(?:\w+\s+)?(?P<way>longer|shorter|over|under|more|less|higher|lower)"
    r"(?:\s+or\s+(?:longer|shorter|over|under|less|more|lower|higher))?"
    r"\s+than\s+(?:what\s+was\s+|they\s+were\s+|it\s+was\s+|(?:what\s+)?(?:we|i|you|they)\s+(?:had\s+)?)?(?:the\s+)?"
    r"(?P<plan>scheduled|planned|estimated|expected|booked|quoted|budgeted|projected|estimate|schedule|plan|budget|quote)\b"
)
_PLAN_STEMS = {
    "scheduled": "scheduled", "schedule": "scheduled", "planned": "planned", "plan": "planned",
    "estimated": "estimated", "estimate": "estimated", "expected": "expected", "booked": "booked",
    "quoted": "quoted", "quote": "quoted", "budgeted": "budgeted", "budget": "budget", "projected": "projected",
}  # fmt: skip


def than_planned(text: str, catalog: Catalog, frame: str) -> str:
    """Said "do sessions run longer than scheduled" of Scheduled Min and Actual Min: the average of their difference."""
    said = _THAN_PLANNED.search(text)
    if said is None:
        return text
    plan = stem(_PLAN_STEMS[said["plan"].lower()])
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date and c.formula is None]
    # (written short too: Est Months, Sched Min, Proj Cost)
    short = {"estimated": "est", "scheduled": "sched", "projected": "proj", "budgeted": "budg"}.get(
        _PLAN_STEMS[said["plan"].lower()], ""
    )
    names = {plan, said["plan"].lower(), short} - {""}
    planned = [c for c in numbers if names & set(c.stems)]
    if len(planned) != 1:
        return text
    rest_of = set(planned[0].stems) - names
    actual = [
        c
        for c in numbers
        if c is not planned[0]
        and set(c.stems) & {"actual", "real", "spent", "final", "worked", "used"}
        and set(c.stems) - {"actual", "real", "spent", "final", "worked", "used"} == rest_of
    ]
    if len(actual) != 1:
        return text
    # (rows said after it stay, "for asl"; "by how many minutes" is the difference itself)
    rest = re.sub(r"^[\s,]*(?:and\s+)?by\s+how\s+(?:much|many\s+\w+|long)\b", "", text[said.end() :])
    before = text[: said.start()]
    kept = "".join(f" for {before[v.start : v.end]}" for v in find_values(before, catalog, frame, []))
    if re.search(r"\bhow\s+many\b", before, re.IGNORECASE) and "or" not in said.group().split():
        # "how many took longer than we estimated": the rows whose actual is past the plan, counted
        way = "greater" if said["way"].lower() in ("longer", "over", "more", "higher") else "less"
        return f"how many rows have {actual[0].name} {way} than {planned[0].name}{kept}{rest}"
    return f"what is the average {actual[0].name} - {planned[0].name}{kept}{rest}"


# "whats a round bale going for", "what do steers sell for these days": the price one of them fetches
_GOING_FOR = _rx(r"\b(?:is|are|was|were)?\s*(?:going|selling|gone)\s+for\b|\b(?:goes|sells|fetches|fetch)\s+for\b")


def going_for(text: str, catalog: Catalog, frame: str) -> str:
    """Said "whats a round bale going for" beside Price/Bale: the one price column, named."""
    said = _GOING_FOR.search(text)
    if said is None or any(m.column.numeric and "price" in m.column.stems for m in find_mentions(text, catalog, frame)):
        return text
    prices = [c for c in catalog.numeric(frame) if not c.id_like and "price" in c.stems and c.formula is None]
    if len(prices) != 1:
        return text
    return f"{text[: said.start()]} {prices[0].name}{text[said.end() :]}"


# "how much under the tag price did they go": what they went for, less the price named (and the other way)
_UNDER_PRICE = _rx(
    r"\bhow\s+(?:much|far)\s+(?P<dir>under|below|over|above|less\s+than|more\s+than|off)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?P<ref>[a-z][a-z ]*?)\s+(?:did|do|does|were|was|are|is)\s+(?:they|it|things|items|these|those|the\s+\w+)\s+"
    r"(?:go|went|sell|sold|go\s+for|end\s+up|get\s+sold)\b(?:\s+for)?(?:\s+on\s+average)?"
)
_SOLD_STEMS = frozenset({"sold", "sale", "paid", "final", "hammer", "actual", "selling"})


def under_price(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much under the tag price did they go" of Tag Price beside Sold Price: the average Tag - Sold."""
    said = _UNDER_PRICE.search(text)
    if said is None:
        return text
    refs = [m.column for m in find_mentions(said["ref"], catalog, frame) if m.column.numeric and m.score >= 80]
    if len(set(refs)) != 1:
        return text
    ref = refs[0]
    others = [c for c in catalog.numeric(frame) if c is not ref and not c.id_like and set(c.stems) & _SOLD_STEMS]
    if len(others) != 1:
        return text
    below = said["dir"].lower() in ("under", "below", "less than", "off")
    a, b = (ref, others[0]) if below else (others[0], ref)
    return f"{text[: said.start()]}what is the average {a.name} - {b.name}{text[said.end() :]}"


_COUNT_WORDS_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "how many matches went the full 5 games": the games won and lost adding up to that many
_FULL_GAMES = _rx(
    r"\b(?:went|go|goes|going|gone|lasted|last|lasts)\s+(?:the\s+|all\s+)?(?:full\s+|distance\s+(?:of\s+)?)?"
    r"(?P<n>\d+|two|three|four|five|six|seven)\s+(?P<unit>games|sets|rounds|frames|legs)\b"
)
# "how many games were decided by 3 points or less": the two sides' scores that close
_DECIDED_BY = _rx(
    r"\b(?:decided|won|settled|lost)\s+by\s+(?:(?P<n>\d+)\s+(?:points?|runs?|goals?|pins?)?\s*"
    r"(?P<side>or\s+(?:less|fewer|under)|and\s+under)\b"
    # (as the bounds reader writes it first: "by at most 3 points")
    r"|(?:at\s+most|no\s+more\s+than|(?P<lt>less\s+than|fewer\s+than|under))\s+(?P<n2>\d+)"
    r"(?:\s+(?:points?|runs?|goals?|pins?))?\b)"
)
_AGAINST_STEMS = frozenset({"opponent", "opp", "against", "allowed", "conceded"})


def _side_pair(catalog: Catalog, frame: str) -> tuple[Column, Column] | None:
    """A row's two scores, its own and the other side's: Score and Opponent Score, Points For and Against."""
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and c.formula is None and not c.is_date]
    scored = [c for c in numbers if set(c.stems) & {"score", "point", "points", "run", "runs", "goal", "goals"}]
    against = [c for c in scored if set(c.stems) & _AGAINST_STEMS]
    own = [c for c in scored if not set(c.stems) & _AGAINST_STEMS and not set(c.stems) & {"penalty", "bonus"}]
    if len(against) == 1 and len(own) == 1:
        return own[0], against[0]
    home = [c for c in scored if "home" in c.stems]
    away = [c for c in scored if "away" in c.stems or "visitor" in c.stems]
    return (home[0], away[0]) if len(home) == 1 and len(away) == 1 else None


def games_played_out(text: str, catalog: Catalog, frame: str) -> str:
    """Said "went the full 5 games" of Games Won and Games Lost, or "decided by 3 points or less" of two scores."""
    full = _FULL_GAMES.search(text)
    if full is not None:
        unit = stem(full["unit"].lower())
        both = [c for c in catalog.numeric(frame) if unit in c.stems and set(c.stems) & {"won", "lost", "win", "loss"}]
        won = [c for c in both if set(c.stems) & {"won", "win"}]
        lost = [c for c in both if set(c.stems) & {"lost", "loss"}]
        if len(won) == 1 and len(lost) == 1:
            n = _COUNT_WORDS_SMALL.get(full["n"].lower()) or int(full["n"])
            return f"{text[: full.start()]}had {won[0].name} + {lost[0].name} = {n}{text[full.end() :]}"
    decided = _DECIDED_BY.search(text)
    pair = _side_pair(catalog, frame) if decided is not None else None
    if decided is not None and pair is not None:
        # ("less than 3": at most 2, of whole points)
        n = int(decided["n"]) if decided["n"] else int(decided["n2"]) - (1 if decided["lt"] else 0)
        gap = f"{pair[0].name} - {pair[1].name}"
        return f"{text[: decided.start()]}had {gap} between -{n} and {n}{text[decided.end() :]}"
    return text


# "who's the top scorer": the most goals (or points, or runs), added up per player
_TOP_SCORER = _rx(
    r"\b(?P<who>who(?:'s|\s+is|\s+was|s)?)\s+(?:the\s+|our\s+)?(?:top|leading|highest|best|biggest|lead)\s+"
    r"(?:goal\s*|point\s*)?scorer\b"
)


def top_scorer(text: str, catalog: Catalog, frame: str) -> str:
    """Said "who's the top scorer" of a box score's Goals: who has the highest total Goals."""
    said = _TOP_SCORER.search(text)
    if said is None:
        return text
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and not set(c.stems) & _AGAINST_STEMS]
    for kind in ({"goal", "goals", "g"}, {"point", "points", "pts"}, {"run", "runs"}):
        found = [c for c in numbers if c.stems and c.stems[0] in kind and len(c.stems) == 1]
        if len(found) == 1:
            return f"{text[: said.start()]}who has the highest total {found[0].name}{text[said.end() :]}"
    return text


_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
# "the first round", "the 3rd heat", "first-round vote": the number of a counted stage (Round 1)
_NTH_STAGE = _rx(
    r"\b(?:the\s+)?(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|(?P<d>\d{1,2})(?:st|nd|rd|th))[\s-]+(?P<noun>[a-z]{3,})\b"
)


def nth_stage(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the first round" of a Round column numbered 1, 2, 3: "round 1", the rows of that number."""

    def numbered(said: re.Match[str]) -> str:
        noun = stem(said["noun"].lower())
        stages = [
            c
            for c in catalog.numeric(frame)
            if c.stems == (noun,)
            and not c.name.strip().lower().endswith("s")  # (Round 1, 2, 3; not Replies, a count of them)
            and not c.id_like
            and c.whole_count
            and c.low is not None
            and 0 <= c.low <= 1
            and (c.high or 0) <= 100
        ]
        if len(stages) != 1:
            return said.group()
        n = int(said["d"]) if said["d"] else _ORDINAL_WORDS[said["o"].lower()]
        return f"{said['noun']} {n}"

    return _NTH_STAGE.sub(numbered, text)


# A column that numbers the things a row is about (Table #, Bay No): it names them, it holds no amount
_NUMBERING = _rx(r"#\s*$|\b(?:no|num|number)\.?\s*$")


def _marks(c: Column) -> bool:
    """Whether a column only marks rows yes or no (Sold "Y"/"N", a 0/1 flag): what rows did, no amount."""
    return c.flag or marks_only(c.values)


def _per_one(c: Column, unit: str) -> bool:
    """Whether a column is an amount per one of the unit (Cells/Tray, Price per Tray): a rate of it, not a kind."""
    return any(stem(w.lower()) == unit for w in re.findall(r"(?:/|\bper\s+)\s*([A-Za-z]+)", c.name, flags=_I))


def family(noun: str, catalog: Catalog, frame: str) -> list[Column]:
    """The amounts a plural noun names together, each a kind of it: "tips" of Cash Tips and Card Tips.

    Not one paid out of them (Tip Out), a total or a rate; none when a column is named by the noun alone.
    """
    said = stem(noun.lower())
    kinds = [
        c
        for c in catalog.numeric(frame)
        if 2 <= len(c.stems) <= 3  # (Drop-In Visits beside Member Visits)
        and c.stems[-1] == said
        and not (c.id_like or c.time or c.formula is not None or _per_one(c, said))
        and c.stems[0] not in ("total", "avg", "average", "mean", "pct", "percent", "rate", "out", "per", "net")
    ]
    alone = [c for c in catalog.numeric(frame) if c.stems in ((said,), ("total", said))]
    return [] if alone or len(kinds) < 2 else kinds


# "how much have i made total", "how much did i make in 2023", "how much did we bring in this year"
_HOW_MUCH_MADE = _rx(
    r"^\W*(?:and\s+)?(?:how\s+much\s+(?:money\s+)?(?:have|did|do|has)\s+(?:i|we|the\s+(?:harvest|business|farm|shop))\s+"
    r"(?:made|make|earned|earn"
    r"|brought\s+in|bring\s+in|taken\s+in|took\s+in|take\s+in|grossed|gross|billed|bill)"
    # ("what did we bill in 2023": not "what did we make", which may be the things made)
    r"|what\s+(?:have|did|do|has)\s+(?:i|we)\s+(?:earned|earn|brought\s+in|bring\s+in|taken\s+in|took\s+in"
    r"|take\s+in|grossed|gross|billed|bill))\b"
    r"(?P<rest>.*?)\s*(?:(?:in\s+)?total|overall|altogether|all\s+told|so\s+far|all\s+time)?\W*$"
)
_INCOME = MONEY_PARTS | {"fee", "revenue", "sale", "earning", "income", "charge", "gross", "total", "pay", "invoice"}
_NOT_INCOME = frozenset(
    {"cost", "expense", "rental", "tax", "discount", "refund", "deposit", "balance", "due", "owed", "spend", "spent"}
    | {"out", "fine", "budget", "parts", "part", "unit", "rate", "per", "avg", "average", "mean"}
    | {"loan", "loaned"}  # (a pawn shop's Loan Amount: money lent out, not taken in)
)


_WEIGHED = frozenset({"ton", "tonne", "lb", "lbs", "kg", "pound", "gal", "gallon", "yd", "yard", "bushel", "cwt"})


def _income_columns(catalog: Catalog, frame: str) -> list[Column]:
    """The amounts charged or taken in (Fee, Price, Bid Amount, $ text); one Total among several stands for them."""
    money = [
        c
        for c in catalog.of(frame)
        if not (c.id_like or c.is_date or c.formula is not None)
        and (c.numeric or c.additive)
        # (a Paid Y/N mark or a Paid Via of Venmo and Cash is no amount; "$850.00" labels are)
        and not (c.categorical and not any(CURRENCY.search(v) for v in c.values[:5]))
        and (set(c.stems) & _INCOME or any(CURRENCY.search(v) for v in c.values[:5]))
        and not set(c.stems) & _NOT_INCOME
        # (a quarry's Gross Tons: a weight, gross or not)
        and not (set(c.stems) & _WEIGHED and not any(CURRENCY.search(v) for v in c.values[:5]))
    ]
    whole = [c for c in money if set(c.stems) & {"total", "gross", "revenue"}]
    return whole if len(money) > 1 and len(whole) == 1 else money


# "what does a metal roof usually go for", "what do 4 bedroom places rent for": the price asked of those rows
_GOES_FOR = _rx(
    r"^\W*(?:and\s+)?(?:what|how\s+much)\s+(?:does|do|did|will|would)\s+(?P<what>.+?)\s+"
    r"(?:(?:usually\s+|typically\s+|normally\s+|generally\s+)?(?:go|sell|rent|list|bid)\s+for"
    # "how much does a full set usually run": what it costs, said of a job
    r"|(?:usually|typically|normally|generally)\s+run)\b(?P<rest>.*)$"
)


# "how much more do climate controlled units go for": the price of those rows against the others
_GOES_FOR_MORE = _rx(
    r"^\W*(?:and\s+)?how\s+much\s+(?P<dir>more|less|extra|cheaper)\s+(?:do|does|did|will|would)\s+(?P<what>.+?)\s+"
    r"(?:usually\s+|typically\s+|normally\s+|generally\s+)?(?:go|sell|rent|list|bid)\s+for\b(?P<rest>.*)$"
)


# "what do people usually pay for the 12 mile trip": the price of those rows, said of whoever pays
_PAY_FOR = _rx(
    r"^\W*(?:and\s+)?(?:what|how\s+much)\s+(?:do|does|did|will|would)\s+(?:people|customers|clients|guests|folks"
    r"|renters|buyers|most\s+people|we|you|they)\s+(?:usually\s+|typically\s+|normally\s+|generally\s+)?"
    r"(?:pay|spend|get\s+charged)\s+(?:for|on)\s+(?P<what>.+?)\W*$"
)


# "is boat length correlated with what they pay": the amount paid, not a Paid (Y/N) mark
_WHAT_THEY_PAY = _rx(
    r"\bwhat\s+(?:they|people|customers|clients|guests|we|you|folks|renters|owners|buyers)\s+"
    r"(?:pay|paid|spend|spent|get\s+charged|got\s+charged|are\s+charged|were\s+charged)\b"
    r"(?!\s+(?:for|on|with|by|via|in|at)\b)"
)


def what_they_pay(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what they pay" beside another measure: the one amount charged (a contract's Total), by its name."""
    said = _WHAT_THEY_PAY.search(text)
    if said is None:
        return text
    money = _income_columns(catalog, frame)
    if len(money) != 1 or not money[0].numeric:
        return text
    return f"{text[: said.start()]}{money[0].name}{text[said.end() :]}"


def goes_for(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what does a metal roof usually go for": the average amount charged, on the rows the words name.

    "How much more do climate controlled units go for" sets those rows' price against the others'.
    """
    said, more = _GOES_FOR.search(text), _GOES_FOR_MORE.search(text)
    paid = _PAY_FOR.search(text)
    if paid is not None and not re.search(r"\b(?:usually|typically|normally|generally|on\s+average|average)\b", text):
        paid = None  # ("how much did we spend on software in total": all of it, not a typical one)
    if paid is not None and said is None and more is None:
        money = _income_columns(catalog, frame)
        if len(money) > 1:
            money = [c for c in money if c.stems in (("price",), ("cost",), ("charge",), ("fee",), ("rate",))]
        if len(money) == 1 and not any(m.column.numeric for m in find_mentions(paid["what"], catalog, frame)):
            return f"what is the average {money[0].name} for {paid['what']}"
        return text
    if said is None and more is None:
        return text
    either = said if said is not None else more
    assert either is not None
    if re.fullmatch(r"(?:it|they|that|this|those|these|them|one|ones|each|each\s+one)", either["what"].lower()):
        return text  # ("what does it usually sell for": the thing the last answer named, read as a follow-up)
    money = _income_columns(catalog, frame)
    if len(money) > 1:  # (a farrier's Price beside a Travel Fee: the price itself, named by one word)
        money = [c for c in money if c.stems in (("price",), ("cost",), ("charge",), ("fee",), ("rate",))]
    if len(money) != 1:
        return text
    if more is not None:
        side = "lower" if more["dir"].lower() in ("less", "cheaper") else "higher"
        return f"do {more['what']} have a {side} {money[0].name}{more['rest']}"
    assert said is not None
    return f"what is the average {money[0].name} for {said['what']}{said['rest']}"


def _unit_revenue(catalog: Catalog, frame: str) -> str | None:
    """Money made as a count times its unit price (Oysters Harvested times Price/Oyster), when that is all kept."""
    for price in catalog.of(frame):
        said = re.fullmatch(r"(?i)\s*(?:price|cost)\s*(?:/|per)\s*([a-z]+(?:\s+[a-z]+)?)\s*", price.name)
        if said is None:
            continue
        units = tuple(stem(w) for w in said.group(1).lower().split())
        unit = units[-1]
        counts = [
            c
            for c in catalog.numeric(frame)
            if c != price
            and set(units) <= set(c.stems)
            # (Sq Ft beside Price/Sq Ft: the amount in the unit itself, whole or not)
            and (c.whole_count or c.additive or c.stems == units)
            and not (c.id_like or c.is_date or _per_one(c, unit))  # (Cells/Tray beside Price/Tray)
        ]
        net = [c for c in counts if "net" in c.stems]
        if len(counts) > 1 and len(net) == 1 and any("gross" in c.stems for c in counts):
            counts = net  # a scale ticket's Gross, Tare and Net Tons beside Price/Ton: what was sold is the net
        if len(counts) == 1:
            return f"{counts[0].name} times {price.name}"
    # A count table's Count (Qty, Tickets Sold) beside the one Price of each row's kind: those sold at that price
    prices = [c for c in catalog.of(frame) if "price" in c.stems and not set(c.stems) & {"total", "per", "list"}]
    subjects = catalog.subjects.get(frame, frozenset())
    counts = [
        c
        for c in catalog.numeric(frame)
        if c not in prices
        and set(c.stems) & _SOLD_COUNT
        and c.whole_count
        and not (c.id_like or c.is_date or set(c.stems) & {"price", "cost", "total"})
        # (a jump pass's Price beside Grip Socks Sold: socks are an extra, not what the price is of)
        and (
            not set(c.stems) - _SOLD_COUNT
            or set(c.stems) & subjects
            or not subjects
            or any((set(c.stems) - _SOLD_COUNT) & set(o.stems) for o in catalog.of(frame) if o is not c)
        )
    ]
    if len(prices) == 1 and len(counts) == 1 and (prices[0].numeric or prices[0].additive):
        return f"{counts[0].name} times {prices[0].name}"
    return None


_SOLD_COUNT = frozenset({"count", "qty", "quantity", "sold", "unit"})


def earnings(catalog: Catalog, frame: str) -> str | None:
    """What the table's person takes in, said as columns (Fee; a bartender's tips log's Cash Tips + Card Tips).

    The one amount charged, or else the kinds of the thing the file is named for.
    """
    money = _income_columns(catalog, frame)
    sold = _unit_revenue(catalog, frame)  # (a harvest log's Price/Oyster: each row's oysters at that price)
    menu = priced_counts(catalog, frame) if sold is None else []  # (only asked when no price per unit reads it)
    if menu and (not money or set(money) & {p for p, _ in menu}):
        # (a yoga roster's Drop-In Price beside its Drop-Ins, a car wash's washes each at its price: each price
        # times its count, the money kind's)
        return None
    if sold is not None and (not money or all(set(c.stems) & {"price", "cost"} for c in money)):
        return sold
    extra = [c for c in money if not set(c.stems) & {"price", "cost"}]
    if (
        sold is not None
        and len(extra) == 1
        and extra[0].additive
        and CURRENCY.search(f"{extra[0].name} {extra[0].values}")
    ):
        return f"{sold} + {extra[0].name}"  # (a rug's Sq Ft times Price/Sq Ft, and its Repair $ charged beside)
    if len(money) == 1:
        return money[0].name
    prices = [c for c in catalog.numeric(frame) if "price" in c.stems]
    for noun in sorted(catalog.subjects.get(frame, frozenset())):
        kinds = family(noun, catalog, frame)
        # (a car wash's Basic, Deluxe and Ultimate Washes beside a price of each: counts, whose money is the
        # price times the count)
        if kinds and not any(set(p.stems) - {"price"} & set(k.stems) for p in prices for k in kinds):
            return " + ".join(c.name for c in kinds)
    return None


def money_made(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much have i made total" of a log with one amount charged (Fee, Price): that amount added up.

    Money kept as text ("$125") counts; a cost, a deposit or a balance is no income, nor an amount per unit.
    """
    brought = _VALUE_BROUGHT.search(text)
    value_brought = brought is not None and any(
        v.start == brought.start("v") and v.end == brought.end("v") for v in find_values(text, catalog, frame, [])
    )
    if value_brought:  # "how much money did the rip rap bring in": what we made on those rows
        text = f"how much money did we make on {brought['v']}{brought['rest']}"  # type: ignore[index]
    said = _HOW_MUCH_MADE.search(text)
    if said is None:
        return text
    noun = re.search(r"\b(?:in|from)\s+(?:my\s+|our\s+|the\s+)?(?P<n>[a-z]{3,}s)\b", said["rest"])
    kinds = family(noun["n"], catalog, frame) if noun else []
    if noun and len(kinds) >= 2:  # "how much have i made in tips total": Cash Tips and Card Tips together
        rest = said["rest"][: noun.start()] + said["rest"][noun.end() :]
        return f"what is the total {' + '.join(c.name for c in kinds)}{rest}"
    including = _INCLUDING.search(said["rest"])
    extra = [m.column for m in find_mentions(including["x"], catalog, frame)] if including else []
    money = _income_columns(catalog, frame)
    if len(extra) == 1 and extra[0] in money and len(money) == 2:  # "in total including tips": Fare + Tip
        rest = said["rest"][: including.start()] + said["rest"][including.end() :]  # type: ignore[union-attr]
        return f"what is the total {' + '.join(c.name for c in money)}{rest}"
    plain = re.sub(
        r"\b(?:in\s+)?total\b|\boverall\b|\baltogether\b", "", said["rest"], flags=_I
    )  # ("in total in 2024")
    sold = _unit_revenue(catalog, frame)
    if any(
        (m.column.numeric or m.column.additive)
        and not (_marks(m.column) or _per_one(m.column, stem(m.word.lower())))  # ("trays we sold": Sold = Y)
        and not (m.column.id_like or _NUMBERING.search(m.column.name))  # ("on tables": not the Table # itself)
        and not (sold and sold.startswith(f"{m.column.name} times "))  # ("on tires": Tires Sold × Price/Tire)
        for m in find_mentions(plain, catalog, frame)
    ):
        return text  # ("how much did we make in tips": the tips named; not "from trays" of Price/Tray)
    # ("how much have i earned" beside Activity = Earning: those rows, read as said; not "bill" of Bill Harper)
    named = find_values(text, catalog, frame, [])
    # ("on a rainy day vs a sunny one": two sides of one column set against each other, each side's money)
    set_against = re.search(r"\bvs\.?(?!\w)|\bversus\b|\bcompared\s+(?:to|with)\b", text, _I) is not None and any(
        v.column == o.column and v.value != o.value for v in named for o in named
    )
    if any(
        (text[v.start : v.end].lower() == v.value.lower() or " " not in v.value)
        and (v.start < said.start("rest") or not (value_brought or set_against))
        for v in named
    ):
        return text  # (a value said as the verb; "at the farmers market" beside Net Sales: read as said)
    made = _selling(said["rest"], catalog, frame) or earnings(catalog, frame)
    # ("did we take in 2024": the "in" of the year said once for both)
    rest = re.sub(r"^\s+(?=(?:19|20)\d\d\b)", " in ", said["rest"])
    return text if made is None else f"what is the total {made}{rest}"


def _selling(rest: str, catalog: Catalog, frame: str) -> str | None:
    """Said "selling paint" of Paint Cases Sold and a Price/Case: that count times its price, not every money made."""
    said = re.match(r"\s+(?:by\s+|from\s+)?selling\s+(?P<x>[a-z]{3,})\b", rest, _I)
    if said is None:
        return None
    thing = stem(said["x"].lower())
    counts = [c for c in catalog.numeric(frame) if c.additive and not c.id_like and thing in c.stems]
    if len(counts) != 1:
        return None
    prices = [
        c
        for c in catalog.numeric(frame)
        if "price" in c.stems
        and c is not counts[0]
        and set(c.stems) - {"price", "per"} <= set(counts[0].stems)
        and len(c.stems) >= 2
    ]
    return f"{counts[0].name} times {prices[0].name}" if len(prices) == 1 else None


# "how much money did the rip rap bring in": a value's rows, the money they brought
_VALUE_BROUGHT = _rx(
    r"^\W*(?:and\s+)?how\s+much\s+(?:money\s+)?(?:did|has|have|does|do)\s+(?:the\s+|our\s+)?(?P<v>[a-z][\w#/ -]*?)\s+"
    r"(?:bring\s+in|brought\s+in|make|made|earn|earned|gross|grossed|take\s+in|pull\s+in)\b(?P<rest>.*)$"
)
_INCLUDING = _rx(r"\s*,?\s*\b(?:including|incl\.?|counting|plus|with)\s+(?:the\s+|my\s+|our\s+)?(?P<x>[a-z]+)\b")


# "what do i make an hour on night shifts", "which bar pays best per hour": money taken in over hours worked
_AN_HOUR = _rx(
    r"^\W*(?:and\s+)?(?:what|how\s+much)\s+(?:money\s+)?(?:do|did|does)\s+(?:i|we|you|they|he|she)\s+"
    r"(?:usually\s+|typically\s+|really\s+|actually\s+)?(?:make|earn|take\s+home|bring\s+in|pull\s+in|clear)\s+"
    r"(?:an?|per|each|every)\s+hour\b(?P<rest>.*)$"
)
_BEST_AN_HOUR = _rx(
    r"\b(?:pays?|paid|earns?|earned|makes?|made)\s+(?:me\s+|us\s+)?(?:the\s+)?(?P<dir>best|most|worst|least|more|less)"
    r"\s+(?:an?|per|each|every)\s+hour\b"
)


def made_an_hour(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what do i make an hour" of a log with Hours: what is taken in, over the Hours."""
    said = _AN_HOUR.search(text) or _BEST_AN_HOUR.search(text)
    if said is None or any("hourly" in c.stems or {"per", "hour"} <= set(c.stems) for c in catalog.of(frame)):
        return text  # (a Rate/Hour kept is read as it stands)
    hours = [c for c in catalog.numeric(frame) if HOURS_WORKED.fullmatch(c.name.strip())]
    made = earnings(catalog, frame)
    if len(hours) != 1 or made is None:
        return text
    if "rest" in said.groupdict():
        return f"what is {made} per {hours[0].name}{said['rest']}"
    side = "highest" if said["dir"].lower() in ("best", "most", "more") else "lowest"
    return f"{text[: said.start()]}has the {side} {made} per {hours[0].name}{text[said.end() :]}"


# "which package makes the most per player": the money taken in over the count the word names (Players)
_MOST_PER_HEAD = _rx(
    r"\b(?:makes?|made|earns?|earned|brings?\s+in|brought\s+in|takes?\s+in)\s+(?:me\s+|us\s+)?(?:the\s+)?"
    r"(?P<dir>most|least|more|less)(?:\s+money)?\s+(?:per|a|each)\s+(?P<unit>[a-z]{3,})\b"
)


def made_per_head(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which package makes the most per player" of Revenue and Players: their ratio, per group."""
    said = _MOST_PER_HEAD.search(text)
    if said is None or said["unit"].lower() in ("hour", "hr"):
        return text
    heads = [
        m.column
        for m in find_mentions(said["unit"], catalog, frame)
        if m.column.numeric and (m.column.whole_count or m.column.additive) and not m.column.id_like
    ]
    made = earnings(catalog, frame)
    if len({c.name for c in heads}) != 1 or made is None or heads[0].name == made:
        return text
    side = "highest" if said["dir"].lower() in ("most", "more") else "lowest"
    return f"{text[: said.start()]}has the {side} {made} per {heads[0].name}{text[said.end() :]}"


# "what percent of eggs were cracked", "what share of all the traffic is military": one count over another
_PART_OF_COUNT = _rx(
    r"^\W*(?:and\s+)?what\s+(?:%|percent(?:age)?|share|fraction|proportion|part)\s+of\s+"
    r"(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?|my\s+|our\s+)?(?P<whole>[a-z][a-z ]*?)\s+"
    r"(?:were|was|is|are|got|gets?|came\s+back|come\s+back|ended\s+up|ends?\s+up|went|go(?:es)?)\s+"
    r"(?P<part>[a-z][a-z ]*?)\W*$"
)


def part_of_count(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what percent of eggs were cracked" of two whole counts (Cracked, Eggs Collected): one over the other.

    The whole is the count the first noun names, or the table's Total that the part is one of (MILITARY of
    TOTAL_OPS: "all the traffic"); a part said by a label's value ("were cancelled") is read elsewhere.
    """
    # ("what percent of the bread comes back": what comes back is the Returns)
    asked = re.sub(r"(?i)\b(?:comes?|came|gets?|got|went|goes)\s+back\W*$", "were returns", text)
    said = _PART_OF_COUNT.search(asked)
    if said is None:
        return text

    def counts(span: str) -> list[Column]:
        found = {m.column.name: m.column for m in find_mentions(span, catalog, frame)}
        return [
            c
            for c in found.values()
            # (or amounts that add up: "Dozens Tossed" 0 … 4.5, half dozens counted; never a Sold Y/N or a Lot #)
            if (c.whole_count or c.whole_floats or (c.additive and c.numeric and c.kind == "numeric"))
            and (c.low or 0) >= 0
            and not (c.id_like or c.time or c.year_like or _NUMBERING.search(c.name))
        ]

    part = re.sub(r"^(?:(?:in|into|on|as|the|a|an|to)\s+)+", "", said["part"])
    covered = {i for m in find_mentions(part, catalog, frame) for i in range(m.start, m.end)}
    if any(i not in covered for i, ch in enumerate(part) if ch != " "):
        return text  # ("end up in a different district from where they started": more than a count said)
    parts, wholes = counts(part), counts(said["whole"])
    if len(parts) != 1 or find_values(part, catalog, frame, []) or parts[0].ordered:
        return text
    if not wholes:
        top = float(parts[0].high or 0)
        wholes = [
            c
            for c in catalog.of(frame)
            if c.stems[:1] == ("total",) and c.whole_count and c.high is not None and float(c.high) >= top
        ]
    doer = re.search(r"\b(?:we|i|they|you)\s+(?P<verb>[a-z]+)$", said["whole"])
    if len(wholes) > 1 and doer:  # "what % of the dozens we bake get tossed": of the four Dozens, the Baked
        wholes = [c for c in counts(doer["verb"]) if c in wholes]
    head = parts[0].dashed_head
    if head is not None and wholes and all(c.dashed_head == head for c in wholes):
        # "what share of tickets are fast pass" of Tickets - General and Tickets - Fast Pass: of all of them
        kin = [c for c in catalog.of(frame) if c.dashed_head == head]
        return f"{parts[0].name} as a % of {' + '.join(c.name for c in kin)}"
    if len(wholes) != 1 or wholes[0] == parts[0] or splits_one(parts[0], wholes[0]):
        return text  # (Sessions Missed is no part of Sessions Attended: the two split the sessions between them)
    # ("what percent of the deer harvest was antlerless": the deer's rows, said again after the ratio)
    kept = "".join(f" for {said['whole'][v.start : v.end]}" for v in find_values(said["whole"], catalog, frame, []))
    return f"{parts[0].name} as a % of {wholes[0].name}{kept}"


# "who has won the most jobs", "which rep closed the most deals": a yes/no mark named by its verb, its yes rows
_MARKED_MOST = _rx(
    r"\b(?P<verb>won|win|wins|closed|close|closes|passed|pass|passes|converted|completed|finished|booked|hired)\s+"
    r"(?:the\s+)?(?P<dir>most|fewest|least)(?P<rows>\s+(?!of\b|in\b|on\b|at\b|for\b)[a-z]{3,}s\b)?"
)


_FAILED_MOST = _rx(r"\b(?:fail|fails|failed|failing)\s+(?:the\s+)?(?P<dir>most|least|fewest)\b")


# "which pest do we get called back for the most": Callback (Y/N), a verb and its particle written as one word
_PHRASAL_MOST = _rx(
    r"\b(?:do\s+we\s+|do\s+i\s+|did\s+we\s+)?(?:get|gets|got|getting|been|are|were)\s+(?P<verb>[a-z]{3,})\s+"
    r"(?P<part>back|out|up|in|off|over)\s+(?:for|on|at)?\s*(?:the\s+)?(?P<dir>most|fewest|least)\b"
)


# "which bus broke down the most" of a Breakdown (Y/N): the verb and its particle, done by the rows' subject
_PHRASAL_DONE_MOST = _rx(
    r"\b(?P<verb>broke|breaks|break|ran|runs|run|fell|falls|fall|checked|checks|check|signed|signs|sign|called|calls"
    r"|dropped|drops|drop|sold|sells|sell|washed|washes|wash|shut|shuts|shows|showed|show)\s+"
    r"(?P<part>down|out|up|back|off|over|in)\s+(?:the\s+)?(?P<dir>most|fewest|least)\b"
)
_PAST_OF = {"broke": "break", "breaks": "break", "ran": "run", "runs": "run", "fell": "fall", "falls": "fall"}


def _one_mark(
    catalog: Catalog, frame: str, fits: Callable[[Column], bool], lone: bool = False
) -> tuple[Column, str] | None:
    """The one yes/no column `fits` and its yes; with `lone`, also a Y left on some rows and blank on the rest."""
    marks = []
    for c in catalog.of(frame):
        if not c.categorical or not fits(c):
            continue
        yes = yes_value(c)
        if yes is None and lone and c.n_unique == 1 and c.values and c.values[0].strip().lower() in _LONE_YES:
            yes = c.values[0]  # (a Flood Closure of "Y" where it happened, blank elsewhere)
        if yes is not None:
            marks.append((c, yes))
    return marks[0] if len(marks) == 1 else None


_LONE_YES = frozenset({"y", "yes", "true", "t", "1", "x"})


def _named_by(stems: frozenset[str], column: Column) -> bool:
    """Whether the column's name is exactly these words (Waiver Missing of {"waiver", "missing"})."""
    return set(column.stems) == stems


def _as_mark(text: str, said: re.Match[str], catalog: Catalog, frame: str, fits: Callable[[Column], bool]) -> str:
    """The words `said` replaced by "had <mark> = <yes>" (and "the most" kept) of the one yes/no column `fits`."""
    mark = _one_mark(catalog, frame, fits)
    if mark is None:
        return text
    column, yes = mark
    most = f" the {said['dir']}" if "dir" in said.groupdict() else ""
    return f"{text[: said.start()]}had {column.name} = {yes}{most}{text[said.end() :]}"


def _failed_mark(catalog: Catalog, frame: str) -> tuple[str, str] | None:
    """The one Passed (Y/N) mark of the frame and its "no" (Passed QA, N): what "fail" says of the rows."""
    marks = [c for c in catalog.of(frame) if c.categorical and c.stems[:1] in (("passed",), ("pass",))]
    no = no_value(marks[0]) if len(marks) == 1 else None
    return None if no is None else (marks[0].name, no)


def marked_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "who has won the most jobs" of a bid log's Won (Y/N): "who had Won = Y the most".

    Also a verb with its particle, written as one word in the column: "called back the most" of Callback.
    """
    said = _PHRASAL_MOST.search(text) or _PHRASAL_DONE_MOST.search(text)
    if said is not None:
        verb = said["verb"].lower()
        joined = root(_PAST_OF.get(verb, verb)) + said["part"].lower()
        text = _as_mark(text, said, catalog, frame, lambda c: c.stems[:1] == (joined,))
    failed = _FAILED_MOST.search(text)
    if failed is not None:  # "which belt do people fail the most": a Passed mark's no, counted
        failing = _failed_mark(catalog, frame)
        if failing is not None:
            name, no = failing
            return f"{text[: failed.start()]}had {name} = {no} the {failed['dir']}{text[failed.end() :]}"
    said = _MARKED_MOST.search(text)
    if said is None:
        return text
    word = said["verb"].lower()
    forms = {stem(word), stem({"win": "won", "wins": "won", "close": "closed", "closes": "closed"}.get(word, word))}
    marked = _as_mark(text, said, catalog, frame, lambda c: bool(c.stems) and stem(c.stems[0]) in forms)
    if marked != text or word not in ("won", "win", "wins"):
        return marked
    # ("which club won the most matches" of a bout sheet's Result, W or L: the rows of its W, counted)
    results = [
        (c, v)
        for c in catalog.of(frame)
        if c.categorical and set(c.stems) & {"result", "outcome", "wl", "decision"}
        for v in c.values
        if v.strip().lower() in ("w", "win", "won")
    ]
    if len(results) != 1:
        return text
    column, won = results[0]
    return f"{text[: said.start()]}had {column.name} = {won} the {said['dir']}{text[said.end() :]}"


# "what percent of tows got paid by insurance": Insurance Paid (Y/N) said as a verb and who did it
_DONE_BY = _rx(r"\b(?:got|get|gets|were|was|are|is|been)\s+(?P<verb>[a-z]{2,}(?:ed|id|en))\s+by\s+(?P<who>[a-z]{3,})\b")


def done_by(text: str, catalog: Catalog, frame: str) -> str:
    """Said "got paid by insurance" of an Insurance Paid (Y/N): "had Insurance Paid = Y"."""
    said = _DONE_BY.search(text)
    if said is None:
        return text
    words = {stem(said["verb"].lower()), stem(said["who"].lower())}
    return _as_mark(text, said, catalog, frame, lambda c: {stem(p) for p in c.stems} == words)


# A thing done said with a verb and its particle, of a yes/no mark named by one word for it: lost property
# "picked up" is CLAIMED, "thrown out" is DISPOSED
_PHRASAL_DEEDS = (
    (
        _rx(r"\b(?:picked|pick|picks|picking)\s+up\b|\bcollected\b"),
        frozenset({"claim", "claimed", "collect", "collected", "pickup", "picked"}),
    ),
    (
        _rx(r"\b(?:set|put|kept|laid)\s+aside\b|\bearmarked\b"),  # a yarn stash's Reserved for Project
        frozenset({"reserved", "reserve", "earmarked", "allocated", "assigned"}),
    ),
    (
        _rx(r"\b(?:thrown|threw|throw|throws|tossed)\s+(?:out|away)\b|\b(?:tossed|trashed|binned)\b"),
        frozenset({"dispose", "disposed", "discard", "discarded", "trash", "trashed", "toss", "tossed"}),
    ),
)


# ... and what was handed out, of a count named by its taking ("which site gave out the most bags": Bags Taken)
_GAVE_OUT = _rx(r"\b(?:gave|give|gives|given|giving|handed|hand|hands|passed)\s+out\b")
_HANDED = frozenset({"taken", "distributed", "issued", "given", "handed", "dispensed"})


# ... and other counts said by a phrase: birds "put out" are Birds Released, birds "bagged" Birds Harvested
_COUNT_PHRASES = (
    (
        _rx(r"\b(?:put|puts|putting|let|lets|turned)\s+(?:out|loose|go)\b|\bstocked\b"),
        frozenset({"released", "release"}),
    ),
    (_rx(r"\b(?:bagged|bag|bags)\b(?!\s+(?:of|filled|taken|sold|used))"), frozenset({"harvested", "harvest"})),
)


def _gave_out(text: str, catalog: Catalog, frame: str) -> str:
    for phrase, stems in _COUNT_PHRASES:
        found = phrase.search(text)
        counts = [c for c in catalog.numeric(frame) if set(c.stems) & stems and not c.id_like] if found else []
        if found is not None and len(counts) == 1:
            word = next(p for p in counts[0].stems if p in stems)
            text = f"{text[: found.start()]}{word}{text[found.end() :]}"
    said = _GAVE_OUT.search(text)
    if said is None:
        return text
    counts = [c for c in catalog.numeric(frame) if set(c.stems) & _HANDED and not c.id_like]
    if len(counts) != 1:
        return text
    word = next(p for p in counts[0].stems if p in _HANDED)
    return f"{text[: said.start()]}{word}{text[said.end() :]}"


# "what percent of words got spelled right": a Correct (Y/N) mark, said by how it was done
_DONE_RIGHT = _rx(r"\b(?:got|get|gets|were|was|are|is|been)\s+(?:[a-z]+\s+)?(?P<w>right|correctly|wrong|incorrectly)\b")


def _done_right(text: str, catalog: Catalog, frame: str) -> str:
    said = _DONE_RIGHT.search(text)
    if said is None:
        return text
    marks = [c for c in catalog.of(frame) if c.categorical and c.stems == ("correct",) and yes_value(c) is not None]
    if len(marks) != 1:
        return text
    right = said["w"].lower() in ("right", "correctly")
    value = yes_value(marks[0]) if right else no_value(marks[0])
    if value is None:
        return text
    return f"{text[: said.start()]}had {marks[0].name} = {value}{text[said.end() :]}"


def phrasal_deed(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what share of lost phones get picked up" of a CLAIMED (Y/N): the mark's own word for the deed."""
    text = _gave_out(text, catalog, frame)
    text = _done_right(text, catalog, frame)
    for said, stems in _PHRASAL_DEEDS:
        found = said.search(text)
        if found is None:
            continue
        marks = [
            c
            for c in catalog.of(frame)
            if c.categorical and len(c.stems) == 1 and c.stems[0] in stems and (yes_value(c) is not None or c.one_mark)
        ]
        # (or what it was kept for, blank where it was not: "set aside" of Reserved for Project)
        kept_for = [
            c
            for c in catalog.of(frame)
            if c.kind in ("categorical", "text") and c.stems[:1] and c.stems[0] in stems and not c.complete
        ]
        if len(marks) == 1:
            text = f"{text[: found.start()]}{marks[0].name.lower()}{text[found.end() :]}"
        elif not marks and len(kept_for) == 1:
            text = f"{text[: found.start()]}{kept_for[0].stems[0]}{text[found.end() :]}"
    return text


# "which team have we played the most", "who did we beat most often": the other side, a sheet's Opponent
_PLAYED_AGAINST = _rx(
    r"\b(?P<w>which|what|who)\s+(?:(?:team|club|school|side|opponent|squad)s?\s+)?(?:have|has|had|did|do)\s+"
    r"(?:we|i|they|you)\s+(?:(?:played|play|faced|face|beaten|beat|lost\s+to|lose\s+to)(?:\s+against)?)\b"
)
_OPPONENT_STEMS = frozenset({"opponent", "opp", "vs", "versus", "against", "opposition"})


def opponent_played(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which team have we played the most" of a team's own sheet: its Opponent, not the Player "played" reads."""
    said = _PLAYED_AGAINST.search(text)
    if said is None:
        return text
    others = [c for c in catalog.of(frame) if c.categorical and set(c.stems) & _OPPONENT_STEMS and not c.id_like]
    if len(others) != 1:
        return text
    return f"{text[: said.start()]}which {others[0].name} was played{text[said.end() :]}"


# "do bigger groups buy more ammo": the size of each group, the one count of its people a row keeps
_BIG_GROUPS = _rx(
    r"\b(?P<dir>bigger|larger|smaller|big|large|small)\s+(?:groups|parties|crews|families|households|bookings)\b"
)
_SIZE_STEMS = frozenset({"shooter", "people", "person", "pax", "headcount", "size", "guest", "member", "adult", "kid"})


def group_size(text: str, catalog: Catalog, frame: str) -> str:
    """Said "do bigger groups buy more ammo" of a range log's Shooters: "do more Shooters ..."."""
    said = _BIG_GROUPS.search(text)
    if said is None:
        return text
    counts = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and not c.is_date and c.low is not None and c.low >= 0 and (c.high or 0) <= 500
    ]
    # (Party Size, Group Size first; else the one count of the people a row is for)
    sized = [c for c in counts if "size" in c.stems and set(c.stems) & {"party", "group", "crew", "family"}]
    people = [c for c in counts if len(c.stems) == 1 and c.stems[0] in (_SIZE_STEMS | PERSONS) - {"size"}]
    found = sized or people
    if len(found) != 1:
        return text
    more = "fewer" if said["dir"].lower().startswith("small") else "more"
    return f"{text[: said.start()]}{more} {found[0].name}{text[said.end() :]}"


# "how many pounds came in overall" of a drop-off log's Est Weight (lbs): an amount in the unit, added up
_HOW_MANY_UNITS = _rx(
    r"\bhow\s+many\s+(?P<u>pounds|lbs|kilos|kilograms|kgs?|tons|tonnes|gallons|gals|liters|litres|bushels|barrels"
    r"|ounces|oz)\b"
    r"(?!\s+(?:per|a|an|each|every)\b)"
)
_UNIT_STEMS = {
    "pound": {"lb", "lbs", "pound"},
    "lb": {"lb", "lbs", "pound"},
    "kilo": {"kg", "kgs", "kilo", "kilogram"},
    "kilogram": {"kg", "kgs", "kilo", "kilogram"},
    "kg": {"kg", "kgs", "kilo", "kilogram"},
    "ton": {"ton", "tons", "tonne", "tonnes", "t"},
    "tonne": {"ton", "tons", "tonne", "tonnes", "t"},
    "gallon": {"gallon", "gal", "gals"},
    "gal": {"gallon", "gal", "gals"},
    "liter": {"liter", "litre", "l"},
    "litre": {"liter", "litre", "l"},
    "bushel": {"bushel", "bu"},
    "barrel": {"barrel", "bbl"},
    "ounce": {"ounce", "oz"},
    "oz": {"ounce", "oz"},
}


# Words that ask for one row's amount, not all of them added up ("how many yards does a skein usually hold")
_ONE_ROW_WORDS = r"average|avg|typical\w*|usual\w*|mean|median|each|per"

# "how many yards of yarn do i have": a length kept per skein (Yards per Skein) times the Skeins
_HOW_MANY_OF = _rx(r"\bhow\s+many\s+(?P<u>[a-z]{3,}s)\b")


def per_thing_total(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many yards do i have" of Yards per Skein beside Skeins: the total of the two multiplied."""
    said = _HOW_MANY_OF.search(text)
    if said is None or re.search(rf"\b(?:{_ONE_ROW_WORDS})\b", text):
        return text
    unit = stem(said["u"].lower())
    kept = [
        c
        for c in catalog.numeric(frame)
        if (c.stems[:1] == (unit,) and re.search(r"(?i)\s(?:per|/)\s*[a-z]+\s*$|/[a-z]+\s*$", c.name))
        # ("how many tons of lime": Lime Rec (tons/acre), the unit said in its brackets)
        or ((b := re.search(r"(?i)\(\s*([a-z]+)\s*(?:/|per)\s*[a-z]+\s*\)\s*$", c.name)) and stem(b[1].lower()) == unit)
    ]
    count = per_thing_count(kept[0], catalog, frame) if len(kept) == 1 else None
    if count is None:
        return text
    return f"{text[: said.start()]}what is the total {kept[0].name} * {count.name}{text[said.end() :]}"


def how_many_units(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many pounds came in" of the one weight kept in pounds (Est Weight (lbs)): its total."""
    said = _HOW_MANY_UNITS.search(text)
    if said is None or re.search(rf"\b(?:weigh|weighs|{_ONE_ROW_WORDS})\b", text):
        return text  # ("how many pounds does a bag weigh": one bag's, not all of them)
    unit = _UNIT_STEMS.get(stem(said["u"].lower()).rstrip("s"), set())
    kept = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and not c.is_date
        and set(c.stems) & unit
        # (a Bag Size (lb) is one bag's: the pounds sold are it times the bags, read elsewhere)
        and not set(c.stems) & {"per", "rate", "avg", "average", "price", "cost", "size", "capacity", "unit", "each"}
    ]
    if len(kept) != 1 or (kept[0].low is not None and kept[0].low < 0):
        return text
    return f"{text[: said.start()]}what is the total {kept[0].name}{text[said.end() :]}"


# "average pressure drop from static to residual": one column less the other, row by row
_DROP_FROM_TO = _rx(
    r"\b(?:drop|fall|decrease|decline|loss|change|rise|increase|gain|difference)\s+from\s+(?P<a>[a-z][\w ]{1,30}?)"
    r"\s+to\s+(?P<b>[a-z][\w ]{1,30}?)(?=\s*[?.!,]|\s*$)"
)


_BEFORE = frozenset({"pre", "before", "start", "starting", "initial", "first", "baseline"})
_AFTER = frozenset({"post", "after", "end", "ending", "final", "last", "finish"})


def _before_after(a: str, b: str, catalog: Catalog, frame: str) -> tuple[Column, Column] | None:
    """Two measures of one thing, before and after (Pre Quiz, Post Quiz), said "the before quiz", "the after one"."""
    said_a, said_b = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    if not (said_a & _BEFORE and said_b & _AFTER):
        return None
    nums = [c for c in catalog.numeric(frame) if not (c.id_like or c.is_date)]
    befores = [c for c in nums if set(c.stems) & _BEFORE]
    for early in befores:
        rest = set(early.stems) - _BEFORE
        late = [c for c in nums if set(c.stems) & _AFTER and set(c.stems) - _AFTER == rest and rest]
        if len(late) == 1:
            return early, late[0]
    return None


def drop_from_to(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the pressure drop from static to residual" of Static PSI and Residual PSI: the difference between."""
    said = _DROP_FROM_TO.search(text)
    if said is None:
        return text
    paired = _before_after(said["a"], said["b"], catalog, frame)
    if paired is not None:  # "gain from the before quiz to the after quiz" of Pre Quiz and Post Quiz: after - before
        return f"what is the average {paired[1].name} - {paired[0].name}{text[said.end() :]}"
    sides = [find_mentions(said[k], catalog, frame) for k in ("a", "b")]
    if not all(len(side) == 1 and side[0].column.numeric and not side[0].column.is_date for side in sides):
        return text  # (dates are a time between, read by the spans of time)
    a, b = sides[0][0].column, sides[1][0].column
    if a == b:
        return text
    return f"{text[: said.start()]}difference between {a.name} and {b.name}{text[said.end() :]}"


# "which officer has the biggest caseload": the most rows, each a case on someone's load
_CASELOAD = _rx(
    r"\b(?P<dir>biggest|largest|heaviest|highest|smallest|lightest|lowest)\s+(?:case\s*load|workload|delegation)s?\b"
)


def caseload(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which officer has the biggest caseload" of a caseload file: the most cases, rows counted."""
    said = _CASELOAD.search(text)
    if said is None or find_mentions(said.group(), catalog, frame):
        return text
    most = "fewest" if said["dir"].lower() in ("smallest", "lightest", "lowest") else "most"
    return f"{text[: said.start()]}{most} cases{text[said.end() :]}"


# "which judge is the toughest grader": the judge whose scores run lowest on average
_TOUGHEST = _rx(
    # (not "hardest" or "easiest": a room or a course is hard, a judge is tough)
    r"\b(?:is|was|are)\s+(?:the\s+)?(?P<dir>toughest|harshest|strictest|stingiest|softest"
    r"|most\s+lenient|most\s+generous|least\s+generous)(?:\s+(?:grader|judge|marker|scorer|critic))?\b"
)
_SCORE_STEMS = (("total",), ("overall",), ("weighted", "score"), ("score",), ("total", "score"), ("rating",))


def toughest_judge(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which judge is the toughest grader" of a judging sheet: the lowest average of its one overall score."""
    said = _TOUGHEST.search(text)
    if said is None:
        return text
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date]
    # (the points a score is out of are no part of its name: Total (100))
    named = [(tuple(p for p in c.significant if not p.isdigit()), c) for c in numbers]
    score = next((found for s in _SCORE_STEMS if len(found := [c for n, c in named if n == s]) == 1), None)
    if score is None:
        return text
    low = said["dir"].lower() in ("toughest", "harshest", "strictest", "stingiest", "least generous")
    side = "lowest" if low else "highest"
    return f"{text[: said.start()]}gives the {side} average {score[0].name}{text[said.end() :]}"


# "which farm has the most acidic ground": the lowest pH; the most alkaline, the highest
_ACIDIC = _rx(r"\b(?:the\s+)?(?P<dir>most|least)\s+(?P<w>acidic|alkaline|basic|sour)\b")


def acidic(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which farm has the most acidic ground" beside a pH column: "the lowest pH"."""
    said = _ACIDIC.search(text)
    if said is None:
        return text
    ph = [c for c in catalog.numeric(frame) if "".join(c.stems) == "ph"]  # (pH is split as p, h)
    if len(ph) != 1:
        return text
    acid = said["w"].lower() in ("acidic", "sour")
    low = acid == (said["dir"].lower() == "most")
    return f"{text[: said.start()]}the {'lowest' if low else 'highest'} average {ph[0].name}{text[said.end() :]}"


# "what month did the lab run the most tests": the lab is who ran them, not its Lab Tech to group by
_PERIOD_DOER = _rx(
    r"^\W*(?P<q>(?:what|which)\s+(?:month|year|week|day|quarter|season)\s+(?:did|does|do|has|have))"
    r"\s+(?P<who>the\s+[a-z]+)\s+(?=[a-z]+)"
)


def period_doer(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what month did the lab run the most tests": "what month did we run ..."."""
    said = _PERIOD_DOER.search(text)
    if said is None:
        return text
    named = [m for m in find_mentions(said["who"], catalog, frame) if m.column.categorical]
    if not named or any(m.score >= 90 for m in named):
        return text  # ("what month did the boss ..." of a file with no such label; a label said whole stands)
    return f"{text[: said.end('q')]} we {text[said.end() :]}"


# "how many specimens aren't in a display case": a place kept by name, blank where there is none
_NOT_IN_A = _rx(
    r"\b(?:aren'?t|are\s+not|isn'?t|is\s+not|weren'?t|were\s+not|wasn'?t|was\s+not)\s+(?:in|on|at)\s+"
    r"(?:a|an|any)\s+(?P<w>[a-z]+(?:\s+[a-z]+)?)\b"
)


def not_in_any(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many specimens aren't in a display case" of a Display Case left blank: "have no Display Case"."""
    said = _NOT_IN_A.search(text)
    if said is None:
        return text
    named = [
        m.column
        for m in find_mentions(said["w"], catalog, frame)
        if m.score >= 90 and m.column.kind in ("categorical", "text") and not m.column.complete
    ]
    if len(named) != 1:
        return text
    return f"{text[: said.start()]}have no {named[0].name}{text[said.end() :]}"


# "whose students pass the most": the one who teaches them, a dojo's Instructor
_WHOSE = _rx(r"^\W*(?:and\s+)?whose\s+(?P<n>[a-z]+s)\b")
_MENTORS = frozenset({"instructor", "teacher", "coach", "trainer", "tutor", "advisor", "mentor", "sensei", "officer"})


def whose_people(text: str, catalog: Catalog, frame: str) -> str:
    """Said "whose students pass the most" of a belt test's Student and Instructor: "which Instructor ..."."""
    said = _WHOSE.search(text)
    if said is None:
        return text
    mentors = [c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & _MENTORS]
    if len(mentors) != 1:
        return text
    return f"{text[: said.start()]}which {mentors[0].name}{text[said.end() :]}"


# "which meat got the best taste scores": the label whose values are meats (a barbecue contest's Category)
_CLASSES = {
    "meat": {"chicken", "pork", "beef", "brisket", "ribs", "rib", "lamb", "turkey", "sausage", "ham", "veal", "duck"},
    "fruit": {"apple", "apples", "pear", "peach", "cherry", "plum", "grape", "berry", "orange", "banana", "mango"},
    "vegetable": {"tomato", "tomatoes", "carrot", "carrots", "lettuce", "pepper", "peppers", "bean", "beans", "squash"},
}
_WHICH_CLASS = _rx(r"\b(?:which|what)\s+(?P<c>meats?|fruits?|vegetables?|veggies?)\b")


def which_class(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which meat got the best taste scores" of a Category of Chicken, Pork Ribs, Pork and Brisket."""
    said = _WHICH_CLASS.search(text)
    if said is None or find_mentions(said["c"], catalog, frame):
        return text
    noun = said["c"].lower().rstrip("s").replace("veggie", "vegetable")
    kinds = _CLASSES.get(noun, set())
    holding = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and len(c.values) >= 2
        and sum(bool(set(re.findall(r"[a-z]+", v.lower())) & kinds) for v in c.values) * 2 >= len(c.values)
    ]
    if len(holding) != 1:
        return text
    return f"{text[: said.start('c')]}{holding[0].name}{text[said.end('c') :]}"


# "which bounce house makes the most money" of bounce_house_bookings.csv: the file's thing, kept as its Unit
_WHICH_THING = _rx(r"\b(?:which|what)\s+(?P<w>[a-z]{3,}(?:\s+[a-z]{3,})?)\b")
_THING_NAMES = frozenset({"unit", "item", "product", "model", "equipment", "asset", "rental", "machine", "ride"})


def which_thing(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which bounce house" of bounce house bookings, whose one label of things is named Unit (or Item)."""
    said = _WHICH_THING.search(text)
    if said is None or find_mentions(said["w"], catalog, frame) or find_values(said["w"], catalog, frame, []):
        return text
    words = said["w"].lower().split()
    subjects = catalog.subjects.get(frame, frozenset())
    if not all(stem(w) in subjects for w in words) or _rows_or_plain(words[-1]):
        return text
    things = [c for c in catalog.of(frame) if c.categorical and c.stems and set(c.stems) <= _THING_NAMES]
    if len(things) != 1:
        return text
    return f"{text[: said.start('w')]}{things[0].name}{text[said.end('w') :]}"


def _rows_or_plain(word: str) -> bool:
    """A word that says the rows (bookings, visits) or asks of time, not a thing kept: never the Unit."""
    return stem(word) in {"booking", "rental", "order", "visit", "job", "sale", "trip", "day", "month", "year", "week"}


# "which team had the most dqs": a mark named in the plural after the most, its marked rows counted
_MOST_MARKS = _rx(
    r"\b(?:which|what|who)\b.*?\bthe\s+(?P<dir>most|fewest|least)\s+(?P<w>[a-z][a-z-]*s)\b(?!\s+(?:of|per)\b)"
)


def most_marks(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which team had the most dqs" of a meet's DQ mark (blank on clean swims): rows with it, per team.

    Only a mark named whole by the word (DQ, Forfeit), whose yes is known: a Y/N or one label left blank elsewhere.
    """
    said = _MOST_MARKS.search(text)
    if said is None:
        return text
    named = [
        m.column
        for m in find_mentions(text, catalog, frame)
        if m.start == said.start("w") and m.end == said.end("w") and m.score >= 58 and m.column.categorical
    ]
    if len(named) != 1:
        return text
    mark = named[0]
    yes = mark.values[0] if mark.one_mark else yes_value(mark)
    if yes is None:
        return text
    return f"{text[: said.start('w')]}rows where {mark.name} is {yes}{text[said.end('w') :]}"


# "which insurance pays us the most per visit": Insurance Plan ranked by Insurance Paid, the payer's own money
_WHICH_PAYS = _rx(r"\bwhich\s+(?P<w>[a-z]{3,})\s+(?:pays?|paid)\s+(?:us|me)\s+the\s+(?P<dir>most|least)\b(?P<rest>.*)$")


def which_pays(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which insurance pays us the most (per visit)" beside Insurance Plan and Insurance Paid.

    The word names both a label (the payer) and, with "paid", the amount it paid: the label ranked by that
    amount, each row's (a mean) when said per row or on average, else all of it.
    """
    said = _WHICH_PAYS.search(text)
    if said is None:
        return text
    word = stem(said["w"].lower())
    labels = [c for c in catalog.of(frame) if c.categorical and c.stems[:1] == (word,) and len(c.stems) >= 2]
    paid = [c for c in catalog.numeric(frame) if c.stems[:1] == (word,) and set(c.stems[1:]) & {"paid", "payment"}]
    if len(labels) != 1 or len(paid) != 1:
        return text
    rest = said["rest"]
    each = re.search(r"\b(?:on\s+average|average|avg|per\s+[a-z]+|each\s+[a-z]+|typically)\b", rest)
    rest = re.sub(r"\s*\b(?:on\s+average|per\s+[a-z]+|each\s+[a-z]+)\b", "", rest)
    side = "highest" if said["dir"].lower() == "most" else "lowest"
    agg = "average" if each else "total"
    return f"{text[: said.start()]}which {labels[0].name} has the {side} {agg} {paid[0].name}{rest}"


# "how many units are rented out right now", "which rooms are still occupied": the rows not ended yet
_STILL_ON = _rx(
    r"\b(?:are|is)\s+(?P<still>still\s+|currently\s+)?(?:rented(?:\s+out)?|occupied|leased|taken|in\s+use|active"
    r"|open|checked\s+in|enrolled|employed|on\s+the\s+books|in\s+progress|unfinished|in\s+the\s+works)"
    r"(?P<now>\s+(?:right\s+now|currently|now|today|at\s+the\s+moment|as\s+of\s+now))?\b"
)
_END_PARTS = frozenset({"out", "end", "ended", "close", "closed", "left", "termination", "terminated", "vacated"})
# (a job's or a ticket's end: "still open", "still in progress" of a Done Date, a Finish Date)
_DONE_PARTS = frozenset({"done", "finish", "finished", "completed", "completion", "complete"})


def still_on(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many units are rented out right now" of Move-In and Move-Out dates: the rows with no Move-Out."""
    said = _STILL_ON.search(text)
    if said is None or not (said["still"] or said["now"]):
        return text
    state_words = {stem(w) for w in re.findall(r"[a-z]+", said.group().lower())} - {"are", "is", "still", "currently"}
    if find_values(said.group(), catalog, frame, []) or any(
        c.categorical
        # (a CASE_DISPOSITION of ACTIVE says it; a Lien Status of Pre-Lien and Auction says nothing of being rented)
        and any(state_words & {stem(w) for w in re.findall(r"[a-z]+", v.lower())} for v in c.values)
        for c in catalog.of(frame)
    ):
        return text  # ("how many issues are still open" beside state = open: the status says it)
    dates = [c for c in catalog.of(frame) if c.is_date]
    ends = [c for c in dates if set(c.stems) & _END_PARTS] or [c for c in dates if set(c.stems) & _DONE_PARTS]
    if len(ends) != 1 or len(dates) < 2:
        return text
    return f"{text[: said.start()]}have no {ends[0].name}{text[said.end() :]}"


# "how many logs are still waiting to be sawn", "ponds that haven't been harvested yet", "batches never got cupped":
# the rows whose record of that step is blank
_NOT_DONE_YET = _rx(
    r"\b(?:(?:are|is)\s+(?:still\s+)?(?:waiting|waiting\s+around|left)\s+to\s+be\s+(?P<a>[a-z]{3,})"
    r"|(?:never|not\s+yet)\s+(?:got|get|gotten)\s+(?P<c>[a-z]{3,})"
    # "special orders still waiting to come in": the step is their arrival (a Received Date still blank)
    r"|(?:are|is)\s+(?:still\s+)?waiting\s+(?:on\s+it\s+)?to\s+(?P<in>come\s+in|arrive|show\s+up|get\s+here)"
    # "how many kegs are still on tap": the step that ends them not yet dated (a Kicked Date still blank)
    r"|(?:are|is)\s+still\s+(?P<on>on\s+tap|running|in\s+use|in\s+the\s+shop|on\s+the\s+lot)"
    # "how many sessions didnt pay out a jackpot": no Jackpot Paid kept on those rows
    r"|(?:didn'?t|did\s+not|never|don'?t|do\s+not)\s+(?:[a-z]{3,}\s+)(?:out\s+)?(?:a|an|any)\s+(?P<n>[a-z]{3,}))\b"
)
# the date a thing's time ends on (Kicked Date, Closed Date, Return Date, Check Out): blank while it goes on
_ENDED = frozenset({"kicked", "closed", "ended", "end", "returned", "return", "finished", "completed", "out", "sold"})
_ARRIVED = ("receiv", "arriv")  # (the date in: Received Date, Arrival Date, Date In)
# (ones "not shipped yet", "that haven't been harvested" are the missing kind's own)


def not_done_yet(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many logs are still waiting to be sawn" of BF Sawn: the rows where the step's column is blank.

    The one column the step's verb names (Harvest Date or Lbs Harvested for "harvested", BF Sawn for "sawn",
    Cupping Score for "cupped") that has blanks; of a date and an amount, the date.
    """
    said = _NOT_DONE_YET.search(text)
    if said is None or not re.match(r"\W*(?:and\s+|so\s+)?how\s+many\b", text, re.IGNORECASE):
        return text  # (only a count: "the total MRR of accounts that haven't churned" is read with its filter)
    if said["on"]:
        named = [c for c in catalog.of(frame) if c.is_date and not c.complete and set(c.stems) & _ENDED]
    elif said["n"]:  # (an amount kept only when the thing happened: Jackpot Paid blank when nobody won)
        noun = stem(said["n"].lower())
        named = [
            c
            for c in catalog.of(frame)
            if c.numeric and not c.complete and not c.id_like and c.significant[:1] == (noun,) and len(c.stems) <= 2
        ]
    elif said["in"]:  # (Received Date, Arrival Date, Date In)
        named = [
            c
            for c in catalog.of(frame)
            if c.is_date and not c.complete and any(p == "in" or p.startswith(_ARRIVED) for p in c.stems)
        ]
    else:
        verb = (said["a"] or said["c"]).lower()
        done = root(verb)
        if len(done) < 3 or done in {"paid", "pai"}:
            return text  # (paid or not is a mark or an amount owed: read elsewhere)
        named = [
            c
            for c in catalog.of(frame)
            if not c.complete
            and not c.id_like
            and (c.is_date or c.numeric)
            and any(root(p) == done or (len(done) >= 4 and p.startswith(done)) for p in c.significant)
        ]
    dated = [c for c in named if c.is_date]
    kept = dated if len(dated) == 1 else named
    if len(kept) != 1:
        return text
    return f"{text[: said.start()]}have no {kept[0].name}{text[said.end() :]}"


# "Refund/(Owed)", "Gain/(Loss)": an amount whose sign says which of two things it is, the second in brackets
_SIGNED_NAME = re.compile(r"^\s*(?P<pos>[A-Za-z][A-Za-z ]*?)\s*/\s*\(\s*(?P<neg>[A-Za-z][A-Za-z ]*?)\s*\)\s*$")


def signed_sides(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many clients owed money" of a Refund/(Owed): the rows below 0; "got a refund": above 0."""
    for c in catalog.of(frame):
        named = _SIGNED_NAME.match(c.name)
        if named is None:
            continue
        for side, op in (("neg", "below"), ("pos", "above")):
            word = stem(named[side].lower())
            said = re.search(
                rf"\b(?:(?:got|get|had|have|received)\s+(?:a\s+|an\s+)?)?(?P<w>[a-z]*{re.escape(word[:4])}[a-z]*)"
                r"(?:\s+(?:money|anything|something))?\b",
                text,
                re.I,
            )
            if said is not None and stem(said["w"].lower())[:4] == word[:4]:
                return f"{text[: said.start()]}had {c.name} {op} 0{text[said.end() :]}"
    return text


# "how much money did the thrown out stuff cost us": a count of things times what one of them costs
_COST_OF_COUNT = _rx(
    r"^\W*(?:and\s+)?(?:how\s+much(?:\s+money)?|what)\s+(?:did|does|do|has|have)\s+(?:all\s+)?(?:the\s+|our\s+|my\s+)?"
    r"(?P<what>[a-z][a-z ]*?)\s+(?:cost|costed|run|lose|lost)\s*(?:us|me|you|them)?(?P<rest>.*)$"
)


def cost_of_count(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much did the thrown out stuff cost us" of Thrown Out beside a Unit Cost: their product, totalled."""
    said = _COST_OF_COUNT.search(text)
    if said is None:
        return text
    units = [
        c
        for c in catalog.of(frame)
        if (c.numeric or c.additive or c.values)
        and c.stems[:2] in (("unit", "cost"), ("unit", "price"), ("cost", "per"), ("price", "per"))
    ]
    counts = [
        m.column
        for m in find_mentions(said["what"], catalog, frame)
        if m.column.numeric and (m.column.whole_count or m.column.whole_floats) and m.column not in units
    ]
    if len(units) != 1 or len({c.name for c in counts}) != 1:
        return text
    return f"what is the total of {counts[0].name} times {units[0].name}{said['rest']}"


def _count_of_marked(said: re.Match[str], catalog: Catalog, frame: str) -> str | None:
    """Said "how many head sold" of a lot's Head beside a Sold mark: the Head of the rows marked, totalled."""
    counts = [
        m.column
        for m in find_mentions(said["noun"], catalog, frame)
        if m.column.numeric and m.column.whole_count and not m.column.id_like and m.score >= 90
    ]
    done = root(said["verb"].lower())
    marks = [
        c
        for c in catalog.of(frame)
        if c.categorical and c.n_unique == 2 and yes_value(c) is not None and any(root(p) == done for p in c.stems)
    ]
    if len(set(counts)) != 1 or len(marks) != 1:
        return None
    return f"what is the total {counts[0].name} where {marks[0].name} = {yes_value(marks[0])}{said['rest']}"


# "how many fish died in total": the count the verb names (Mortalities), not the Fish Count the noun does
_HOW_MANY_VERBED = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+|got\s+)?"
    r"(?P<verb>[a-z]{3,}(?:ed|en|d))\b(?P<rest>.*)$"
)


def how_many_verbed(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many fish died" beside Fish Count and Mortalities: the count of the deed, totalled."""
    said = _HOW_MANY_VERBED.search(text)
    counted = None if said is None else _count_of_marked(said, catalog, frame)
    if counted is not None:  # ("how many head sold this year": a date said, the Head of the lots sold then)
        return counted
    if said is None or re.search(r"\d|\b(?:different|distinct|unique|nothing|none|zero|no)\b", text):
        return text  # ("how many properties sold for more than 1 million": a bound, the rows counted)
    if said["verb"].lower() in ("sold", "bought", "paid", "spent", "made", "earned", "used", "ordered", "rated"):
        return text  # (money and things sold have readers of their own: units, amounts, rows)
    # (a word for the deed, not the deed's own name: "opened" of opens_count counts the rows opened)
    by_verb = [
        m.column
        for m in find_mentions(said["verb"], catalog, frame)
        if m.via == "synonym"
        and root(said["verb"].lower()) not in {root(p) for p in m.column.stems}
        and m.column.numeric
        and m.column.additive
        and m.column.whole_count
        and not m.column.id_like
    ]
    by_noun = {m.column.name for m in find_mentions(said["noun"], catalog, frame)}
    if len(by_verb) != 1 or by_verb[0].name in by_noun or not by_noun:
        return text
    return f"what is the total {by_verb[0].name}{said['rest']}"


# "what's the average response time" of a dispatch log's timestamps: from the call to arriving on scene
_RESPONSE_TIME = _rx(r"\b(?:the\s+)?(?:average\s+|avg\s+|mean\s+|median\s+|typical\s+)?response\s+times?\b")
_CALLED = frozenset({"call", "received", "receive", "created", "reported", "opened", "dispatched", "dispatch"})
_ARRIVED_AT = frozenset({"scene", "onscene", "arrived", "arrival", "arrive", "arriving"})


def response_time(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what's the average response time" with no Response column: from the call's time to the arrival."""
    said = _RESPONSE_TIME.search(text)
    if said is None or any("response" in c.stems for c in catalog.of(frame)):
        return text
    dates = [c for c in catalog.of(frame) if c.is_date]
    starts = [c for c in dates if set(c.stems) & _CALLED and not set(c.stems) & _ARRIVED_AT]
    called = [c for c in starts if set(c.stems) & {"call", "received", "receive", "created", "reported", "opened"}]
    starts = called or starts  # the call itself, before the dispatch that answers it
    ends = [c for c in dates if set(c.stems) & _ARRIVED_AT]
    if not starts or len(ends) != 1:
        return text
    # (said the way the span reader reads two dates: "how long from call received to at scene on average")
    start, end = (re.sub(r"[_\W]+", " ", c.name).strip().lower() for c in (starts[0], ends[0]))
    lead = re.match(r"^\W*(?:and\s+)?(?:what(?:'s|s|\s+is|\s+was)?|show\s+me|give\s+me|tell\s+me)\s+", text, re.I)
    before = "" if lead and lead.end() >= said.start() - 1 else text[: said.start()]
    how = "the median" if "median" in said.group().lower() else "on average"
    return f"{before}how long from {start} to {end} {how}{text[said.end() :]}"


# "how many storms dropped more than 6 inches": a bound said in a unit, of the one column kept in that unit
_BOUND_IN_UNIT = _rx(
    r"\b(?P<op>more\s+than|over|above|at\s+least|less\s+than|under|below|fewer\s+than|past|beyond|deeper\s+than"
    r"|taller\s+than|higher\s+than|farther\s+than|further\s+than)\s+(?P<n>\d+(?:\.\d+)?)\s+"
    r"(?P<u>inches|inch|feet|foot|ft|miles|mile|gallons|gallon|tons|ton|acres|acre|hours|hrs|cords|cord)\b"
)
# each unit's spellings, said or ending a column's name ("SNOWFALL_IN", "Distance (mi)")
_UNIT_NAMES = (
    {"in", "inch", "inches"},
    {"ft", "feet", "foot"},
    {"mi", "mile", "miles"},
    {"gal", "gallon", "gallons"},
    {"ton", "tons"},
    {"acre", "acres", "ac"},
    {"hr", "hrs", "hour", "hours"},
    {"cord", "cords"},
)


def bound_in_unit(text: str, catalog: Catalog, frame: str) -> str:
    """Said "dropped more than 6 inches" naming no column: the one column whose name ends in that unit (SNOWFALL_IN)."""
    said = _BOUND_IN_UNIT.search(text)
    if said is None or any(
        m.column.numeric and not m.column.is_date for m in find_mentions(text[: said.start()], catalog, frame)
    ):
        return text
    said_unit = said["u"].lower()
    marks: set[str] = next((forms for forms in _UNIT_NAMES if said_unit in forms), set())
    kept = [
        c
        for c in catalog.of(frame)
        if (c.numeric or c.numeric_text)
        and not c.is_date
        and (last := re.findall(r"[a-z]+", c.name.lower())[-1:])
        and last[0] in marks
        and len(re.findall(r"[a-z]+", c.name.lower())) >= 2
    ]
    op = re.sub(r"\s+", " ", said["op"].lower())
    # ("dives that went past 100 ft" of Max Depth (ft) beside Visibility (ft): how deep, said by the bound)
    measured = next((names for words, names in _BOUND_MEASURES if op in words), None)
    if len(kept) > 1 and measured:
        kept = [c for c in kept if set(c.stems) & measured]
    if len(kept) != 1:
        return text
    op = "more than" if measured else said["op"]
    return f"{text[: said.start()]}with {kept[0].name} {op} {said['n']}{text[said.end() :]}"


_BOUND_MEASURES = (
    ({"past", "beyond", "deeper than"}, frozenset({"depth", "deep"})),
    ({"taller than", "higher than"}, frozenset({"height", "tall", "high"})),
    ({"farther than", "further than"}, frozenset({"distance", "far", "mile", "km"})),
)


# "how full are the theaters on average", "which venue fills up best": seats taken over the seats there are
_HOW_FULL = _rx(
    r"^\W*(?:and\s+)?(?:how\s+full\s+(?:are|is|were|was|do|does)\b.*"
    r"|(?P<which>which|what)\s+(?P<group>[a-z]+)\s+(?:fills?\s+up|sells?\s+out|is|gets?)\s+(?:the\s+)?"
    r"(?P<dir>best|most|fullest|worst|least|emptiest)\b.*)$"
)
_CAPACITY = frozenset({"capacity", "seat", "seats", "cap"})
_TAKEN = frozenset({"sold", "attendance", "attended", "occupied", "taken", "visitor", "admission", "ticket"})


def _seats(catalog: Catalog, frame: str) -> tuple[Column, Column] | None:
    """The seats taken and the seats there are (Tickets Sold, Seats), each the one of its kind."""
    counts = [c for c in catalog.numeric(frame) if not (c.id_like or c.time or c.is_date)]
    room = [c for c in counts if c.stems and set(c.stems) <= _CAPACITY]
    taken = [
        c
        for c in counts
        if set(c.stems) & _TAKEN
        and c not in room
        and not set(c.stems) & {"revenue", "price", "amount", "cost", "fee", "gross", "donation"}
        # (Seats Sold is seats taken; Seats or Seat Capacity the seats there are)
        and not (set(c.stems) & _CAPACITY and not set(c.stems) & {"sold", "taken", "occupied", "filled"})
    ]
    # (Tickets Sold beside Single Tickets: the seats taken by every kind of ticket)
    taken = [c for c in taken if set(c.stems) & {"sold", "attendance", "attended", "occupied"}] or taken
    if not taken:  # (Students beside Seats: the people who came take the seats)
        taken = [c for c in counts if c.additive and c.significant[-1:] and c.significant[-1] in PERSONS]
    if len(room) != 1 or len(taken) != 1:
        return None
    return taken[0], room[0]


def how_full(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how full are the theaters" of Tickets Sold and Seats: the one over the other, all rows together."""
    said = _HOW_FULL.search(text)
    seats = _seats(catalog, frame) if said else None
    if said is not None and seats is None and not said["which"]:
        # "how full are tanks typically when we show up" of a propane log's % Full Before: that level, averaged
        levels = [c for c in catalog.numeric(frame) if "full" in c.stems and not c.id_like]
        named = {m.column.name for m in find_mentions(text, catalog, frame) if m.column.numeric}
        if len(levels) != 1 or named == {levels[0].name}:
            return text  # ("how full was it over summer 2024" of Percent Full: read as said, with its months)
        return f"what is the average {levels[0].name}"
    if said is None or seats is None:
        return text
    ratio = f"{seats[0].name} as a % of {seats[1].name}"
    if said["which"]:
        side = "lowest" if said["dir"].lower() in ("worst", "least", "emptiest") else "highest"
        return f"which {said['group']} has the {side} {ratio}"
    return ratio


# "the average class size", "how big are our groups": the people in one row's class, group or party
_GROUP_SIZE = _rx(r"\b(?:class|group|party|crowd|tour|session|lesson|team|crew)\s+sizes?\b")


def class_size(text: str, catalog: Catalog, frame: str) -> str:
    """Said "class size" of a file of classes with no size kept: its one count of people (Students)."""
    said = _GROUP_SIZE.search(text)
    if said is None or any("size" in c.stems for c in catalog.of(frame)):
        return text  # (a Party Size the file keeps: its own name says it)
    people = [
        c
        for c in catalog.numeric(frame)
        if c.additive and not (c.id_like or c.time) and c.significant[-1:] and c.significant[-1] in PERSONS
    ]
    if len(people) != 1:
        return text
    return text[: said.start()] + people[0].name + text[said.end() :]


# "how much work did we win in 2024": the money of the quotes or bids marked won
_WON_WORK = _rx(
    r"^\W*(?:and\s+)?how\s+much\s+(?:work|business|money|revenue|in\s+sales|of\s+it)?\s*(?:did|have|has)\s+"
    r"(?:we|i|you)\s+(?P<v>won|win|land|landed|book|booked|close|closed)\b(?P<rest>.*)$"
)


def work_won(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much work did we win" of a quote log's Won (Y/N) and Quote Amount: the amount of the won ones."""
    said = _WON_WORK.search(text)
    if said is None:
        return text
    verb = root(said["v"].lower().replace("won", "win"))
    marks = [
        c
        for c in catalog.of(frame)
        if c.categorical and len(c.values) == 2 and any(root(p.replace("won", "win")) == verb for p in c.stems)
    ]
    money = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and c.money_marked and not set(c.stems) & {"price", "rate", "per", "fee"}
    ]
    if len(marks) != 1 or len(money) != 1:
        return text
    yes = next((v for v in marks[0].values if v.strip().lower() in ("y", "yes", "true", "1", "won")), None)
    if yes is None:
        return text
    return f"total {money[0].name} where {marks[0].name} is {yes}{said['rest']}"


# "how many performances sold out", "how many R rated showings were sold out": every seat taken
_SOLD_OUT = _rx(
    r"\b(?:(?:were|was|got|have|has|had|did)\s+)?(?:completely\s+|totally\s+)?(?:sold|sell|sells)\s+out\b"
    r"|\b(?:were|was)\s+(?:completely\s+|totally\s+)?(?:full|packed)\b|\bsell-?outs?\b"
)


def sold_out(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many concerts sold out" of Tickets Sold and Capacity: the rows with every seat taken."""
    said = _SOLD_OUT.search(text)
    seats = _seats(catalog, frame) if said else None
    if said is None or seats is None or _HOW_FULL.search(text):
        return text
    if any(c.stems[:2] == ("sold", "out") or "soldout" in c.stems for c in catalog.of(frame)):
        return text  # (a Sold Out mark kept by the file: that column says it, comps and all)
    return f"{text[: said.start()]}had {seats[0].name} - {seats[1].name} of at least 0{text[said.end() :]}"


# "who sold the most popcorn", "which rep moves the most": the things sold, added up
_SOLD_MOST = _rx(
    r"^\W*(?:and\s+)?(?P<who>who|which\s+[a-z]+)\s+(?:has\s+|have\s+|had\s+)?(?:sold|sells|sell|moved|moves|move)\s+"
    r"(?:the\s+)?(?P<dir>most|least|fewest)\b(?P<rest>.*)$"
)


def sold_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "who sold the most popcorn" naming no measure: the one count of things sold (Containers) by seller."""
    said = _SOLD_MOST.search(text)
    if said is None or any(m.column.numeric for m in find_mentions(said["rest"], catalog, frame)):
        return text
    if re.match(r"\s*(?:money|dollars|revenue|\$)", said["rest"], _I):
        return text  # ("who sold the most money": the money kind's)
    if any(set(c.stems) & {"sold", "sale", "sales"} for c in catalog.numeric(frame)):
        return text  # (Dozens Sold: the verb names it)
    counts = [
        c
        for c in catalog.numeric(frame)
        if c.additive
        and c.whole_count
        and len(c.stems) == 1  # (Containers; not Dozens Baked, which another deed names)
        and not (c.id_like or c.is_date or c.formula is not None or _NUMBERING.search(c.name))
        and not (set(c.stems) & {"price", "cost", "fee", "amount", "total"} or CURRENCY.search(c.name))
        and c.stems[-1] not in PERSONS  # (Customers, Players: who bought, not what was sold)
    ]
    if len(counts) != 1:
        return text
    side = "highest" if said["dir"].lower() == "most" else "lowest"
    return f"{said['who']} has the {side} total {counts[0].name}{said['rest']}"


# "did the price per ton go up or down from 2023 to 2024": how it changed between the two years
_WENT_UP_OR_DOWN = _rx(
    r"^\W*(?:and\s+)?(?:did|has|have|does|do)\s+(?:the\s+|our\s+)?(?P<what>[a-z][\w/ ]*?)\s+(?:go|gone|went|move|moved)"
    r"\s+(?:up|down)(?:\s+or\s+(?:up|down))?\s+(?P<span>(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and)\s+(?:19|20)\d\d)"
    r"(?P<rest>.*)$"
)


def went_up_or_down(text: str, catalog: Catalog, frame: str) -> str:
    """Said "did the price go up or down from 2023 to 2024": "how did the price change from 2023 to 2024"."""
    said = _WENT_UP_OR_DOWN.search(text)
    if said is None or not any(
        m.column.numeric and not m.column.id_like for m in find_mentions(said["what"], catalog, frame)
    ):
        return text  # ("did incidents go up or down": the rows of each year, counted, read as said)
    return f"how did the {said['what']} change {said['span']}{said['rest']}"


# "what do we catch most" of a charter log's Species Most Caught: the label the verb's own column names
_WHAT_WE_DO_MOST = _rx(
    r"^\W*(?:and\s+)?what\s+(?:do|did|does)\s+(?:we|they|people|you|i|folks)\s+(?P<verb>[a-z]{3,})\s+"
    r"(?:the\s+)?(?P<dir>most|least)(?:\s+often)?\b(?P<rest>.*)$"
)


def what_we_do_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what do we catch most": the commonest value of the one label named by that deed (Species Most Caught)."""
    said = _WHAT_WE_DO_MOST.search(text)
    if said is None:
        return text
    verb = said["verb"].lower()
    forms = {verb, verb + "ed", verb + "d", *(past for past, base in IRREGULAR.items() if base == verb)}
    labels = [c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & forms]
    if len(labels) != 1:
        return text
    return f"what is the {said['dir'].lower()} common {labels[0].name}{said['rest']}"


# "whats the fail rate for turkey" of a Passed QA (Y/N): the share of rows it marks N
_FAIL_RATE = _rx(
    r"^\W*(?:and\s+)?(?:what(?:'s|’s|s|\s+is|\s+was|\s+are)\s+)?(?:the\s+|our\s+)?(?:fail|failure|failing)\s+rates?\b"
    r"(?P<rest>.*)$"
)


def fail_rate(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the fail rate" of a log with one Passed (Y/N) mark and no failure column: the share marked N."""
    said = _FAIL_RATE.search(text)
    if said is None or any(set(c.stems) & {"fail", "failed", "failure", "fails"} for c in catalog.of(frame)):
        return text
    failing = _failed_mark(catalog, frame)
    return text if failing is None else f"what percent had {failing[0]} = {failing[1]}{said['rest']}"


# "what size dumpster gets rented the most", "which room gets booked most": the label its rows have most often
_GETS_DONE_MOST = _rx(
    r"^\W*(?:and\s+)?(?:what|which)\s+(?P<what>[a-z]+)(?:\s+[a-z]+)?\s+(?:gets?|got|is|are|was|were)\s+"
    r"(?P<verb>[a-z]{3,}(?:ed|en|wn))\s+(?:the\s+)?(?P<dir>most|least)(?:\s+often)?\b(?P<rest>.*)$"
)


# "which pass length do people buy most": the commonest of a few numbers that label what was bought
_PEOPLE_DO_MOST = _rx(
    r"^\W*(?:and\s+)?(?:what|which)\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)\s+(?:do|did|does)\s+"
    r"(?:people|customers|guests|folks|we|they|most\s+people)\s+(?:buy|choose|pick|book|order|get|want|go\s+for)\s+"
    r"(?:the\s+)?(?P<dir>most|least)(?:\s+often)?\b(?P<rest>.*)$"
)


def gets_done_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what size dumpster gets rented the most": the commonest Size, when the verb names no column.

    Only of numbers that label groups; a label of words ("which team gets paged the most") is the general reader's.
    """
    said = _GETS_DONE_MOST.search(text) or _PEOPLE_DO_MOST.search(text)
    verb = said.groupdict().get("verb") if said else None
    if said is None or (verb and find_mentions(verb, catalog, frame)):
        return text  # ("which item gets sold the most" beside Qty Sold: that amount, read as said)
    labels = [
        m.column
        for m in find_mentions(said["what"], catalog, frame)
        # (a size of few values written with a unit, "20 YD": labels read as numbers, which "most" would rank)
        if m.column.numeric and m.column.few_values and not m.column.id_like and m.score >= 90
    ]
    if len(labels) != 1:
        return text
    return f"what is the {said['dir'].lower()} common {labels[0].name}{said['rest']}"


# "what percent of flights had to be reflown", "jobs that needed a respray": a Y/N mark of the thing done again
_DONE_AGAIN = _rx(
    r"\b(?:had\s+to\s+be|needed\s+to\s+be|got|were|was|been)\s+re-?(?P<verb>[a-z]{3,})"
    r"|\b(?:needed|need|needs|got|had)\s+(?:a\s+|to\s+)?re-?(?P<noun>[a-z]{3,})"
)


def done_again(text: str, catalog: Catalog, frame: str) -> str:
    """Said "had to be reflown" of Reflight Needed (Y/N), "resprayed" of Re-Spray: the rows it marks."""
    said = _DONE_AGAIN.search(text)
    if said is None:
        return text
    word = (said["verb"] or said["noun"]).lower()
    head = "re" + word[:2]  # (reflown and Reflight, resprayed and Re-Spray: the same start)
    return _as_mark(text, said, catalog, frame, lambda c: "".join(c.stems[:2]).startswith(head) and len(word) >= 3)


# "which pilot spent the most time in the air": the flight's own length (Flight Min, Flight Hours)
_IN_THE_AIR = _rx(r"\b(?:time\s+in\s+the\s+air|air\s*time|time\s+aloft|hours\s+aloft)\b")


def in_the_air(text: str, catalog: Catalog, frame: str) -> str:
    """Said "time in the air" of a flight log: its one column of flight time."""
    said = _IN_THE_AIR.search(text)
    if said is None:
        return text
    flown = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & {"flight", "flying", "flown", "air"}
        and set(c.stems) & {"min", "mins", "minute", "hour", "hr", "hrs", "time", "duration"}
    ]
    return text if len(flown) != 1 else f"{text[: said.start()]}{flown[0].name}{text[said.end() :]}"


# "which crop comes up the worst": seeds that come up have germinated (Cells Germinated, Seeds Sprouted)
_COMES_UP = _rx(r"\b(?:comes|come|came|coming)\s+up\b")


def comes_up(text: str, catalog: Catalog, frame: str) -> str:
    """Said "comes up" of a germination log: "germinates", the deed its column is named by."""
    said = _COMES_UP.search(text)
    if said is None:
        return text
    parts = {p for c in catalog.numeric(frame) for p in c.stems}
    for start, verb in (("germinat", "germinates"), ("sprout", "sprouts"), ("emerg", "emerges")):
        if any(p.startswith(start) for p in parts):
            return f"{text[: said.start()]}{verb}{text[said.end() :]}"
    return text


# "which doctor sends us the most patients": who refers them, the commonest Referring MD
_SENDS_MOST = _rx(
    r"^\W*(?:and\s+)?(?:which|what|who)(?:\s+[a-z]+)?\s+(?:sends?|sent|refers?|referred)\s+(?:us\s+|me\s+)?(?:the\s+)?"
    r"(?P<dir>most|fewest|least)\b(?:\s+(?:new\s+)?(?:patients|clients|customers|people|referrals|business|jobs|work"
    r"|cases|kids|students))?(?P<rest>.*)$"
)
_REFERS = frozenset({"referring", "referred", "referral", "referrer", "refer", "referer"})


def sends_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which dentist sends us the most patients" of a Referred By column: its commonest value."""
    said = _SENDS_MOST.search(text)
    if said is None:
        return text
    referrers = [c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & _REFERS]
    if len(referrers) != 1:
        return text
    side = "most" if said["dir"].lower() == "most" else "least"
    return f"what is the {side} common {referrers[0].name}{said['rest']}"


# Money said as what came in ("which payer brings in the most money") beside a bill and what was paid of it
_CAME_IN = _rx(
    r"\b(?:brings?|brought|bringing|takes?|took|taking)\s+in\b|\bcollect(?:s|ed|ing)?\b|\breceived?\b"
    r"|\b(?:paid|pays?|paying)\s+(?:us|me)\b|\bactually\s+(?:got|get|made)\b"
)
_MONEY_WORDED = _rx(r"\b(?:money|revenue|income|cash|dollars)\b")
_GOT = frozenset({"collected", "received", "paid", "collection", "receipt"})
_ASKED_FOR = frozenset({"billed", "charged", "invoiced", "expected", "allowed"})  # (not an Invoice Number)


def money_received(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which payer brings in the most money" of Billed $ and Collected $: the money collected."""
    money = _MONEY_WORDED.search(text)
    if money is None or _CAME_IN.search(text) is None:
        return text
    amounts = [c for c in catalog.numeric(frame) if not (c.id_like or c.is_date or c.formula is not None)]
    got = [c for c in amounts if set(c.stems) & _GOT and not set(c.stems) & _ASKED_FOR]
    asked = [c for c in amounts if set(c.stems) & _ASKED_FOR]
    if len(got) != 1 or not asked:
        return text
    return f"{text[: money.start()]}{got[0].name}{text[money.end() :]}"


# "who's our biggest customer", "which client is our best account": the one that brings in the most money
_BIGGEST_CUSTOMER = _rx(
    r"^\W*(?:and\s+)?(?:who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)|which\s+[a-z]+\s+(?:is|was))\s+(?:our|my|the)\s+"
    r"(?P<dir>biggest|largest|best|top|smallest)\s+(?P<who>customers?|clients?|buyers?|accounts?)\b(?P<rest>.*)$"
)


def sold_to(catalog: Catalog, frame: str) -> list[Column]:
    """The one column of who bought, named for the sale ("Sold To", "Bought By"), when no Customer column is."""
    said = [
        c
        for c in catalog.of(frame)
        if (c.categorical or c.kind == "text") and c.stems in (("sold", "to"), ("bought", "by"), ("sell", "to"))
    ]
    return said if len(said) == 1 else []


def biggest_customer(text: str, catalog: Catalog, frame: str) -> str:
    """Said "who's our biggest customer" naming no measure: the customer the most money came from."""
    said = _BIGGEST_CUSTOMER.search(text)
    if said is None or re.search(r"\b(?:by|in\s+terms\s+of)\b", said["rest"], _I):
        return text  # ("by money spent", "by number of jobs": the measure is said)
    who = [m.column for m in find_mentions(said["who"], catalog, frame) if m.column.categorical] or sold_to(
        catalog, frame
    )
    made = earnings(catalog, frame)
    if not who or made is None:
        return text
    side = "lowest" if said["dir"].lower() == "smallest" else "highest"
    return f"which {who[0].name} has the {side} total {made}{said['rest']}"


# "what was my best month" of a tips log: the month that took in the most (no measure named)
_BEST_PERIOD = _rx(
    r"^\W*(?:and\s+)?(?:(?:what|which)\s+(?:was|were|is|has\s+been)\s+(?:my|our)\s+(?P<dir>best|worst|biggest|slowest)\s+"
    r"(?P<p>day|week|month|year|quarter)"
    r"|(?:what|which)\s+(?P<p2>day|week|month|year|quarter)\s+(?:was|is|has\s+been)\s+(?:my|our)\s+"
    r"(?P<dir2>best|worst|biggest|slowest)(?:\s+(?:one|yet|ever))?)\b(?P<rest>.*)$"
)


def best_period(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what was my best month" naming no measure: the period with the most earnings, when they are clear."""
    said = _BEST_PERIOD.search(text)
    if said is None:
        return text
    named = find_mentions(said["rest"], catalog, frame)
    # (of every reading: "harvest" names Harvest Date first, and Oysters Harvested by its deed)
    amounts = {
        m.column.name
        for m in all_candidates(said["rest"], catalog, frame)
        if m.column.numeric and m.column.additive and not m.column.is_date and m.score >= 50
    }
    best = (said["dir"] or said["dir2"]).lower() in ("best", "biggest")
    if len(amounts) == 1:  # "which month was our biggest harvest": the harvest named, Oysters Harvested
        return f"which {said['p'] or said['p2']} had the {'highest' if best else 'lowest'} total {amounts.pop()}"
    if named:
        return text
    made = earnings(catalog, frame)
    if made is None:  # (no money kept: the one thing the rows yield, a mushroom farm's Lbs Picked)
        output = [
            c.name
            for c in catalog.numeric(frame)
            if c.additive and not (c.id_like or c.is_date or c.formula is not None) and set(c.stems) & _YIELDED
        ]
        made = output[0] if len(output) == 1 else None
    if made is None:
        return text
    return f"which {said['p'] or said['p2']} had the {'highest' if best else 'lowest'} total {made}{said['rest']}"


# What a row's work yields, by the deed its name says (Lbs Picked, Honey Harvested, Units Produced, BF Sawn)
_YIELDED = frozenset(
    {"picked", "harvested", "produced", "made", "yield", "yielded", "sold", "caught", "bottled", "packed", "baked"}
    | {"sawn", "milled", "shipped", "brewed", "canned"}
)


# "what share of my tips is cash", "how much of our sales came in as card": one kind of a family over them all
_SHARE_OF_FAMILY = _rx(
    r"^\W*(?:and\s+)?(?:what\s+(?:%|percent(?:age)?|share|fraction|proportion|part)|how\s+much)\s+of\s+"
    r"(?:(?:my|our|the|all)\s+(?:(?:of\s+)?(?:the|my|our)\s+)?)?(?P<noun>[a-z]{3,}s)\s+"
    r"(?:is|was|are|were|comes?|came)\s+(?:in\s+)?(?:as\s+|from\s+|by\s+)?(?P<kind>[a-z]+)\b(?P<rest>.*)$"
)


def share_of_family(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what share of my tips is cash" of Cash Tips and Card Tips: the one over the two added up."""
    said = _SHARE_OF_FAMILY.search(text)
    if said is None:
        return text
    kinds = family(said["noun"], catalog, frame)
    one = [c for c in kinds if c.stems[0] == stem(said["kind"].lower())]
    if not one and len(kinds) >= 2:  # "what percent of rounds are kids": Child Rounds, its kind said by another word
        said_kind = {m.column for m in find_mentions(said["kind"], catalog, frame)}
        one = [c for c in kinds if c in said_kind]
    noun = stem(said["noun"].lower())
    if (
        not kinds
        and noun in PERSONS | {"people", "person", "ticket", "guest", "head"}
        # (a Total Participants keeps the whole already)
        and not any(noun in c.stems for c in catalog.numeric(frame))
    ):
        # "what share of visitors are kids" of Adults, Children, Seniors: the people kept a column per kind
        kinds = [
            c
            for c in catalog.numeric(frame)
            if c.whole_count and c.additive and not c.id_like and set(c.stems) & _KINDS_OF_PEOPLE
        ]
        said_kind = {m.column for m in find_mentions(said["kind"], catalog, frame)}
        one = [c for c in kinds if c in said_kind]
    if len(one) != 1 or len(kinds) < 2:
        return text
    rest = said["rest"]
    more = re.match(r"[\s-]*([a-z]+)", rest)
    if more and {stem(more.group(1).lower()), more.group(1).lower().rstrip("s")} & set(one[0].stems[1:-1]):
        rest = rest[more.end() :]  # ("drop ins" of Drop-In Visits: its second word said too)
    return f"what is {one[0].name} as a % of {' + '.join(c.name for c in kinds)}{rest}"


_KINDS_OF_PEOPLE = frozenset(
    {"adult", "child", "children", "kid", "senior", "infant", "youth", "teen", "student", "junior", "toddler"}
    | {"man", "men", "woman", "women", "male", "female", "boy", "girl", "member", "nonmember", "veteran"}
)


# "how much money am i still owed", "how much is still outstanding": what the rows' Balance adds up to
_OWED_TOTAL = _rx(
    r"^\W*(?:and\s+)?how\s+much\s+(?:money\s+)?(?:am\s+i|are\s+we|is|do\s+(?:i|we)\s+have)\s+"
    r"(?:still\s+)?(?:being\s+)?(?P<w>owed|outstanding|due|unpaid|left\s+to\s+collect)\b(?P<rest>.*?)\W*$"
)
# (a balance left, not an Amount Owed on each row, which a Paid mark says was settled or not)
_OWED_NAMES = frozenset({"balance", "outstanding", "unpaid", "remaining"})


def owed_total(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much am i still owed" of a Balance (Balance Due, Amount Owed): that amount added up."""
    said = _OWED_TOTAL.search(text)
    if said is None:
        return text
    owed = [
        c
        for c in catalog.of(frame)
        if (c.numeric or c.additive or any(CURRENCY.search(v) for v in c.values[:5]))
        and set(c.stems) & _OWED_NAMES
        and not (c.id_like or c.is_date or c.formula is not None)
        and not set(c.stems) & {"date", "day", "days", "flag"}
    ]
    paid = [c for c in catalog.of(frame) if set(c.stems) & {"paid", "payment", "received", "collected"}]
    rest = re.sub(r"^\s*(?:to|by)\s+(?:us|me)\b", "", said["rest"], flags=_I)
    marks = [(c, no) for c in paid if c.categorical and len(c.stems) == 1 and (no := no_value(c)) is not None]
    # (each row's Amount Owed, else what was charged: a firewood log's Price)
    dues = [c for c in catalog.numeric(frame) if set(c.stems) & {"owed", "due"} and not (c.id_like or c.is_date)]
    made = dues[0].name if len(dues) == 1 else earnings(catalog, frame)
    if not owed and len(marks) == 1 and made is not None:  # a firewood log's Price and Paid (Y/N): the unpaid rows
        return f"what is the total {made} where {marks[0][0].name} is {marks[0][1]}{rest}"
    dated = [c for c in paid if c.formula is not None and c.formula[1] == "notna"]
    amounts_paid = [c for c in paid if c.numeric and c.formula is None and not c.is_date]
    if not owed and not marks and not amounts_paid and len(dated) == 1 and made is not None:
        # a lesson log's Amount Due and a Paid Date left blank until paid: the rows not paid yet
        return f"what is the total {made} for the ones that haven't been paid{rest}"
    if len(owed) != 1 or paid:
        return text  # (Rent Due beside Amount Paid: what is owed is the one less the other, read elsewhere)
    return f"what is the total {owed[0].name}{rest}"


# "how many orders aren't done yet", "the jobs still not finished": the rows a Completed (Y/N) mark says no of
_NOT_DONE = _rx(
    r"\b(?:are\s+not|aren'?t|arent|is\s+not|isn'?t|isnt|were\s+not|weren'?t|still\s+not|not)\s+(?:yet\s+)?"
    r"(?P<v>done|finished|complete|completed)(?:\s+yet)?\b"
)
_DONE_MARKS = frozenset({"completed", "complete", "done", "finished"})


def not_done(text: str, catalog: Catalog, frame: str) -> str:
    """Said "aren't done yet" of a Completed mark (Y/N): its no rows, not a date left blank."""
    said = _NOT_DONE.search(text)
    if said is None:
        return text
    marks = [
        c
        for c in catalog.of(frame)
        if c.categorical and c.stems and c.stems[0] in _DONE_MARKS and no_value(c) is not None
    ]
    if len(marks) != 1 or said["v"].lower() == marks[0].name.lower():
        return text
    return f"{text[: said.start()]}are not {marks[0].name}{text[said.end() :]}"


def net_of_tare(text: str, catalog: Catalog, frame: str) -> str:
    """Said "tons" of a scale ticket's Gross Tons, Tare Tons and Net Tons: the load itself, Net Tons.

    A tare is the empty truck; beside it, the weight a person means is the net (what was hauled).
    """
    for tare in catalog.of(frame):
        if not (tare.numeric and tare.stems[:1] == ("tare",) and len(tare.stems) >= 2):
            continue
        rest = tare.stems[1:]
        net = [c for c in catalog.numeric(frame) if c.stems == ("net", *rest)]
        if len(net) != 1:
            continue
        unit = rest[-1]
        said = re.compile(
            rf"(?<!gross )(?<!tare )(?<!net )\b(?:{re.escape(unit)}|{re.escape(unit)}s|{re.escape(unit)}es)\b", _I
        )
        return said.sub(net[0].name, text, count=1)
    return text


# "parties of 8 or more", "groups of more than 10": the rows whose Party Size (Group Size) is so
_SIZED = _rx(
    r"\b(?P<noun>[a-z]{3,})\s+of\s+(?:(?P<pre>more\s+than|over|at\s+least|fewer\s+than|less\s+than|under)\s+)?"
    r"(?P<n>\d+)(?:\s*(?P<post>or\s+more|or\s+bigger|or\s+larger|or\s+fewer|or\s+less|or\s+smaller|and\s+up|\+))?"
)
_SIZE_OPS = {"more than": "more than", "over": "more than", "at least": "at least", "fewer than": "fewer than"}
_SIZE_OPS |= {"less than": "fewer than", "under": "fewer than"}


def sized_things(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many parties of 8 or more" of a Party Size: the rows of that size or more."""
    for said in _SIZED.finditer(text):
        if not (said["pre"] or said["post"]):
            continue
        noun = stem(said["noun"].lower())
        sizes = [c for c in catalog.numeric(frame) if "size" in c.stems and noun in c.stems and not c.id_like]
        if len(sizes) != 1:
            continue
        if said["pre"]:
            op = _SIZE_OPS[re.sub(r"\s+", " ", said["pre"].lower())]
        else:
            op = "at most" if re.search(r"fewer|less|smaller", said["post"], _I) else "at least"
        return f"{text[: said.start()]}{said['noun']} with {sizes[0].name} {op} {said['n']}{text[said.end() :]}"
    return text


# "do returning students finish their projects more often than new ones": a likelihood, said as how often
_MORE_OFTEN = _rx(
    r"^\W*(?:and\s+)?(?:do|does|did)\s+(?P<who>[a-z][a-z' -]*?)\s+(?P<what>(?:[a-z]+\s+)*?[a-z]+)\s+"
    r"(?P<dir>more|less)\s+often(?:\s+than\s+(?:the\s+)?(?:new|other|first[\s-]time|non[\s-]?[a-z]+)?\s*"
    r"(?:ones|others|students|people|the\s+rest|[a-z]+s)?)?\W*$"
)


def more_often(text: str, catalog: Catalog, frame: str) -> str:
    """Said "do returning students finish their projects more often": are they more likely to, by a mark."""
    said = _MORE_OFTEN.search(text)
    if said is None or (
        not any(v.column.categorical for v in find_values(said["who"], catalog, frame, []))
        and not any(m.column.categorical for m in find_mentions(said["who"], catalog, frame))
    ):
        return text
    return f"are {said['who']} {said['dir'].lower()} likely to {said['what']}"


# "which pond lost the most shrimp", "which raceway lost the most": the most deaths a Mortality column counts
_LOST_MOST = _rx(r"\b(?:lost|loses|lose)\s+(?:the\s+)?(?P<dir>most|fewest|least)\b(?:\s+(?P<noun>[a-z]{3,}))?")
_DEATHS = frozenset({"mortality", "mortalities", "death", "dead", "died", "morts", "mort"})
_DEATHS |= {"shrink", "shrinkage"}  # a greenhouse's Shrink Pots: the plants lost


def lost_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which pond lost the most shrimp" of a log keeping Mortality: that count added up per group."""
    said = _LOST_MOST.search(text)
    if said is None:
        return text
    dead = [c for c in catalog.numeric(frame) if set(c.stems) & _DEATHS and not (c.id_like or c.is_date)]
    if len(dead) != 1:
        return text
    # "which lease loses the most oysters" of Mortality % beside Oysters/Bag: the share that died, on average
    rate = bool({"percent", "rate", "pct"} & set(dead[0].stems))
    named = find_mentions(said["noun"], catalog, frame) if said["noun"] else []
    if not rate and any(m.column.numeric and m.column != dead[0] for m in named):
        return text
    side = "highest" if said["dir"].lower() == "most" else "lowest"
    return f"{text[: said.start()]}has the {side} {'average' if rate else 'total'} {dead[0].name}{text[said.end() :]}"


# "people who didn't get insurance", "orders that never added a warranty": the rows a Y/N mark named so says no
_DECLINED = _rx(
    r"\b(?:didn'?t|did\s+not|don'?t|do\s+not|doesn'?t|does\s+not|never)\s+"
    r"(?:get|got|buy|bought|take|took|purchase|purchased|add|added|choose|chose|opt\s+for|opted\s+for|want|wanted)\s+"
    r"(?:any\s+|the\s+|an?\s+)?(?P<w>[a-z]{4,})\b"
)


def declined_mark(text: str, catalog: Catalog, frame: str) -> str:
    """Said "who didn't get insurance" of an Insurance (Y/N): "where Insurance = N"."""
    said = _DECLINED.search(text)
    if said is None:
        return text
    word = stem(said["w"].lower())
    marks = [
        (c, no)
        for c in catalog.of(frame)
        if c.categorical and c.stems and c.stems[0] == word and (no := no_value(c)) is not None
    ]
    if len(marks) != 1:
        return text
    column, no = marks[0]
    return f"{text[: said.start()]}where {column.name} = {no}{text[said.end() :]}"


# "how many hens have died", "how many fish died in july": the deaths a Mortality column counts, added up
_HOW_MANY_DIED = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<noun>[a-z]{3,})\s+(?:have\s+|has\s+|had\s+)?(?:died|perished)\b(?P<rest>.*)$"
)


def how_many_died(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many hens have died" of the one count of deaths (Mortality): its total."""
    said = _HOW_MANY_DIED.search(text)
    if said is None:
        return text
    dead = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & _DEATHS
        and not (c.id_like or c.is_date or {"percent", "rate", "pct"} & set(c.stems))
        and (c.low or 0) >= 0
    ]
    if len(dead) != 1:
        return text
    return f"what is the total {dead[0].name}{said['rest']}"


# "which tech spends the longest at each stop": the label whose rows last longest, by the one length of time
_SPENDS_LONGEST = _rx(
    r"^\W*(?:and\s+)?(?:which|what)\s+(?P<g>[a-z]+(?:\s+[a-z]+)?)\s+(?:spends?|spent|takes?|took|stays?|stayed)\s+"
    r"(?:the\s+)?(?P<dir>longest|shortest)\b(?P<rest>.*)$"
)
_LENGTH_PARTS = frozenset({"minute", "min", "mins", "hour", "hr", "hrs", "duration", "length", "time"})


def spends_longest(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which tech spends the longest at each stop" of Minutes On Site: the highest average of it, per Tech."""
    said = _SPENDS_LONGEST.search(text)
    if said is None:
        return text
    groups = {m.column.name for m in find_mentions(said["g"], catalog, frame) if m.column.categorical}
    lengths = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & _LENGTH_PARTS and not (c.id_like or c.is_date or c.time_of_day or c.clock or c.formula)
    ]
    if len(groups) != 1 or len(lengths) != 1:
        return text
    rest = re.sub(r"^\s*(?:at|on|per|for)\s+(?:each|every|a|an|the)\s+[a-z]+", "", said["rest"])
    side = "highest" if said["dir"].lower() == "longest" else "lowest"
    return f"which {groups.pop()} has the {side} average {lengths[0].name}{rest}"


# "how many gallons of sap does it take to make a gallon of syrup": what goes in over what comes out, in total
_TAKES_TO_MAKE = _rx(
    r"^\W*(?:and\s+)?how\s+(?:many|much)\s+(?:[a-z]+\s+of\s+)?(?P<a>[a-z]+(?:\s+[a-z]+)?)\s+(?:does|do|did)\s+"
    r"(?:it|we|you)\s+(?:take|need|use)\s+(?:to\s+(?:make|get|produce|boil\s+down\s+to)\s+)"
    r"(?:a|an|one|each|1)\s+(?:[a-z]+\s+of\s+)?(?P<b>[a-z]+(?:\s+[a-z]+)?)\s*[?.!]*\s*$"
)


def takes_to_make(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many gallons of sap does it take to make a gallon of syrup": total Sap over total Syrup."""
    said = _TAKES_TO_MAKE.search(text)
    if said is None:
        return text
    sides = []
    for part in (said["a"], said["b"]):
        named = {m.column.name: m.column for m in find_mentions(part, catalog, frame) if m.column.numeric}
        amounts = [c for c in named.values() if c.additive and not (c.id_like or c.is_date)]
        if len(amounts) != 1:
            return text
        sides.append(amounts[0].name)
    return text if sides[0] == sides[1] else f"how much {sides[0]} per {sides[1]}"


# "which town do we deliver to the most", "which client do we work for the most": rows counted per label
_VERB_TO_MOST = _rx(
    r"^\W*(?:and\s+)?(?:which|what)\s+(?P<g>[a-z]+(?:\s+[a-z]+)?)\s+(?:do|did|have)\s+(?:we|i|you|they)\s+"
    r"(?P<verb>[a-z]+)\s+(?:to|for|at|with|from|in|on)\s+(?:the\s+)?(?P<dir>most|least)(?:\s+often)?\s*\W*$"
)


def verb_to_most(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which town do we deliver to the most": the town with the most rows, not the Delivery Miles."""
    said = _VERB_TO_MOST.search(text)
    if said is None:
        return text
    labels = {m.column.name for m in find_mentions(said["g"], catalog, frame) if m.column.categorical}
    if len(labels) != 1:
        return text
    return f"which {labels.pop()} has the {said['dir'].lower()} rows"


# "what's the average bill per table", "avg spend per order" of a file of orders: each row is one of them
_PER_ROW_NOUN = _rx(
    r"\b(?:average|avg|mean|typical|median)\b.*?(?P<per>\s+(?:per|a|each)\s+(?P<noun>[a-z]{3,}))\s*[?.!]?\s*$"
)
# "what do cat people pay per shipment on average": the average said after
_PER_NOUN_ON_AVERAGE = _rx(r"(?P<per>\s+per\s+(?P<noun>[a-z]{3,}))\s+on\s+average\s*[?.!]?\s*$")
_ROW_NOUNS = frozenset(
    {"table", "order", "visit", "ticket", "job", "trip", "booking", "session", "sale", "transaction"}
)


def per_row_noun(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the average bill per table" where the rows are the tables (or the file's things): the plain mean."""
    said = _PER_ROW_NOUN.search(text) or _PER_NOUN_ON_AVERAGE.search(text)
    if said is None:
        return text
    noun = stem(said["noun"].lower())
    named = {m.column.name for m in find_mentions(said["noun"], catalog, frame)}
    before = {m.column.name for m in find_mentions(text[: said.start("per")], catalog, frame)}
    if named and named <= before and all("per" in c.stems for c in catalog.of(frame) if c.name in named):
        # "what do cat people pay per shipment": the price named already is the one per ship (Price Per Ship)
        return f"{text[: said.start('per')]}{text[said.end('noun') :]}"
    if named or find_values(said["noun"], catalog, frame, []):
        return text  # ("per region", "per party" of Party Size: a group, read as said)
    if noun not in _ROW_NOUNS and not catalog.names_subject(frame, said["noun"]):
        return text
    return f"{text[: said.start('per')]}{text[said.end('noun') :]}"


# "how often do tours get delayed by weather": the share of rows whose weather_delay_min is above 0
_HOW_OFTEN_DONE = _rx(
    r"^\W*(?:and\s+)?(?:how\s+often\s+(?:do|does|did|are|is|were|was)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:get\s+|gets\s+|got\s+)?"
    # "what share of crossings got delayed by weather": the same share, asked as one (of the rows, by their noun)
    r"|(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction)\s+of\s+(?:the\s+|our\s+|all\s+)?"
    r"(?P<rows>[a-z]+)\s+(?:get|gets|got|are|were|was|is)\s+)"
    r"(?P<verb>[a-z]{4,}ed)\b(?P<rest>.*)$"
)
# "and how long is the delay on average when it happens": only the rows where it did
_WHEN_IT_HAPPENS = _rx(
    r"\s*,?\s*\b(?:when|if)\s+(?:it|they|that|one|there\s+(?:is|was)\s+one|there\s+(?:are|were)\s+any)\s*"
    r"(?:happens?|happened|does|do|did|is|are|occurs?)?\s*(?=[?.!]?\s*$)"
)


def _counted_by_verb(verb: str, rest: str, catalog: Catalog, frame: str) -> Column | None:
    """The one count or length of 0 and more that the verb names (delayed: weather_delay_min)."""
    said = root(verb.lower()[:-2] if verb.lower().endswith("ed") else verb.lower())
    found = [
        c
        for c in catalog.numeric(frame)
        if not (c.id_like or c.is_date)
        and (c.low is None or c.low >= 0)
        and any(root(p) == said or p.startswith(said) for p in c.stems)
    ]
    if len(found) > 1:  # ("delayed by weather": the weather's delay)
        words = {stem(w) for w in re.findall(r"[a-z]{3,}", rest.lower())}
        found = [c for c in found if words & set(c.stems)] or found
    return found[0] if len(found) == 1 else None


def how_often_done(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how often do tours get delayed by weather" of a weather_delay_min: the share of rows above 0."""
    said = _HOW_OFTEN_DONE.search(text)
    if said is not None and said["rows"] and any(m.column.numeric for m in find_mentions(said["rows"], catalog, frame)):
        said = None  # "what share of eggs got cracked": a part of the eggs counted, not of the rows
    if said is not None:
        column = _counted_by_verb(said["verb"], said["rest"], catalog, frame)
        if column is not None and said["rows"] and (column.additive or column.flag or (column.high or 0) <= 1):
            column = None  # (asked as a share, only a length of what happened: a part counted is a share of its whole)
        if column is not None and not find_values(text, catalog, frame, []):
            return f"what share of rows have {column.name} above 0"
    happens = _WHEN_IT_HAPPENS.search(text)
    if happens is not None:
        measured = [m.column for m in find_mentions(text[: happens.start()], catalog, frame) if m.column.numeric]
        if len({c.name for c in measured}) == 1 and (measured[0].low or 0) >= 0:
            return f"{text[: happens.start()]} where {measured[0].name} above 0{text[happens.end() :]}"
    return text


# "how many trips had surge pricing" of a Surge written "1.0x", "1.5x": a multiplier above 1 (1.0x is none)
_HAD_MULTIPLIER = _rx(
    r"\b(?:had|have|has|with|got|get)\s+(?:a\s+|any\s+)?(?P<w>[a-z]+)(?:\s+(?:pricing|multiplier|rates?|on))?\b"
)


def had_multiplier(text: str, catalog: Catalog, frame: str) -> str:
    """Said "trips that had surge pricing" of a multiplier kept as "1.2x": the rows above 1."""
    for said in _HAD_MULTIPLIER.finditer(text):
        kept = [
            m.column
            for m in find_mentions(said["w"], catalog, frame)
            if m.column.values
            and all(re.fullmatch(r"\s*\d+(?:\.\d+)?\s*[xX×]\s*", v) for v in m.column.values if v.strip())
        ]
        if len(kept) == 1:
            return f"{text[: said.start()]}with {kept[0].name} above 1{text[said.end() :]}"
    return text


# "how many sessions were missing a waiver" of a Waiver Missing (Y/N): its yes rows, not blank cells
_MISSING_A = _rx(r"\b(?:missing|lacking|without)\s+(?:a|an|the|any|their|its)?\s*(?P<w>[a-z]{3,})\b")


def missing_mark(text: str, catalog: Catalog, frame: str) -> str:
    """Said "missing a waiver" of a mark named Waiver Missing (Y/N): the rows it marks yes."""
    for said in _MISSING_A.finditer(text):
        word = stem(said["w"].lower())
        mark = _one_mark(catalog, frame, partial(_named_by, frozenset({word, "missing"})))
        if mark is not None:
            return f"{text[: said.start()]}with {mark[0].name} = {mark[1]}{text[said.end() :]}"
    return text


def scrubbed(text: str, catalog: Catalog, frame: str) -> str:
    """Said "flights that got scrubbed" of a Cancelled (Y/N) mark: cancelled, as the table spells it.

    (Not a synonym: a synonym makes "cancelled" a known word, which then is no longer respelled "canceled"
    where a table writes Canceled At.)
    """
    if not re.search(r"\bscrubbed\b", text, _I):
        return text
    marks = [c for c in catalog.of(frame) if c.stems[:1] in (("cancelled",), ("canceled",)) and yes_value(c)]
    if len(marks) != 1:
        return text
    return re.sub(r"\bscrubbed\b", marks[0].stems[0], text, flags=_I)


# "how many days from laying to hatching", "wait from applying to getting an offer": the dates of those deeds
_DEED_TO_DEED = _rx(
    r"\bfrom\s+(?:the\s+)?(?P<a>[a-z]{3,}?)(?:ing|ed)\s+(?:it\s+|them\s+)?(?:to|until|till)\s+"
    r"(?:the\s+)?(?:getting|receiving|being)?\s*(?:an?\s+|the\s+)?(?P<b>[a-z]{3,}?)(?:ing|ed)?\b"
)


def _deed_date(word: str, catalog: Catalog, frame: str) -> Column | None:
    """The one date column named for a deed ("laying": Lay Date, "applying": App Date, "offer": Offer Date)."""
    word = word.lower()
    if word.endswith("i"):  # (appli- of "applied")
        word = word[:-1] + "y"
    found = [
        c
        for c in catalog.of(frame)
        if c.is_date
        and any(
            len(s) >= 3 and s != "date" and (word.startswith(s) or s.startswith(word) or stem(word) == s)
            for s in c.stems
        )
    ]
    return found[0] if len(found) == 1 else None


def deed_to_deed(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many days from laying to hatching": from Lay Date to Hatch Date, the dates kept for those deeds."""
    said = _DEED_TO_DEED.search(text)
    if said is None:
        return text
    first, then = _deed_date(said["a"], catalog, frame), _deed_date(said["b"], catalog, frame)
    if first is None or then is None or first == then:
        return text
    return text[: said.start()] + f"from {first.name} to {then.name}" + text[said.end() :]


# "how many bookings got cancelled because of flooding": the rows a Flood Closure mark says so of
_BECAUSE_OF = _rx(r"\b(?:because\s+of|due\s+to|on\s+account\s+of)\s+(?:the\s+|a\s+|an\s+)?(?P<w>[a-z]{3,})\b")


def because_of(text: str, catalog: Catalog, frame: str) -> str:
    """A cause said after "because of" that a yes/no mark is named for (flooding: Flood Closure = Y): those rows."""
    said = _BECAUSE_OF.search(text)
    if said is None:
        return text
    word = root(said["w"].lower())
    mark = _one_mark(catalog, frame, lambda c: bool(c.stems) and root(c.stems[0]) == word, lone=True)
    if mark is None:
        return text
    return text[: said.start()] + f"with {mark[0].name} = {mark[1]}" + text[said.end() :]


# "how many meadow browns were counted in 2023": a species' column of counts (blank where none), added up
_HOW_MANY_COUNTED = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<x>[a-z][a-z' -]*?)\s+(?:were|was|got|have\s+been|has\s+been)\s+"
    r"(?:counted|seen|spotted|recorded|observed|sighted|tallied)\b(?P<rest>.*)$"
)


def how_many_counted(text: str, catalog: Catalog, frame: str) -> str:
    """Things said counted, seen or spotted, where a column keeps how many of them each row saw: its total."""
    said = _HOW_MANY_COUNTED.search(text)
    if said is None:
        return text
    found = [
        m.column
        for m in find_mentions(said["x"], catalog, frame)
        if m.column.numeric and not (m.column.id_like or m.column.is_date or m.column.year_like) and m.score >= 80
    ]
    if len(found) != 1 or (found[0].low is not None and found[0].low < 0):
        return text
    return f"what is the total {found[0].name}{said['rest']}"


# "how many hives did we send to almonds in 2024", "how many kids came to our shows": things a column counts on
# each row (Hives Placed, Child Tix), the rows being something else (contracts, performances)
_HOW_MANY_NAMED_FOR = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<x>[a-z]{3,}s)\b"
    r"(?P<verb>\s+(?:did|do|does|have|had|were|was)\s+(?:we|you|they|i|it)\s+[a-z]+|\s+[a-z]+ed\b|\s+came|\s+swam"
    r"|\s+went|\s+got)?(?P<rest>.*)$"
)
# what the count says was done with the things (Hives Placed, Child Tix, Kid Swims): never a code (build_number)
_THING_DONE = frozenset({"placed", "served", "collected", "attended", "tix", "ticket", "swim", "admission"})
_THING_DONE |= {"planted", "shipped", "delivered", "sent", "stocked", "entered", "registered", "enrolled"}
_THING_UNDONE = frozenset({"lost", "died", "dead", "missed", "wasted", "returned", "cancelled", "canceled"})


def how_many_things(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many hives" where a count column is named for them first (Hives Placed): that count added up.

    Not when the rows are those things (a Hive ID), when a column of theirs is named whole, nor when several
    counts of them are kept without one being the things done (Hives Placed over Hives Lost).
    """
    said = _HOW_MANY_NAMED_FOR.search(text)
    if said is None:
        return text
    noun = stem(said["x"].lower())
    if rows_noun(catalog, frame, noun) is not None:
        return text
    if any(m.score >= 90 and m.column.numeric for m in all_candidates(said["x"], catalog, frame)):
        return text  # (a count named whole: "how many visitors" of Visitors)
    alike = {noun} | {stem(w) for w in SYNONYM_OF.get(noun, set())}
    counts = [
        c
        for c in catalog.numeric(frame)
        if c.stems
        and len(c.stems) >= 2
        and c.stems[0] in alike  # (never "driving" of "drives": Driving Score is no count of drives)
        and len(c.stems) == 2
        and (c.stems[1] in _THING_DONE or (c.stems[1] in _THING_UNDONE))
        and c.whole_count
        and (c.low or 0) >= 0
        and not (c.id_like or c.is_date or c.year_like or c.formula)
        and not set(c.stems) & {"price", "rate", "cost", "fee", "pct", "percent", "avg", "average", "per"}
    ]
    if len(counts) > 1:
        undone = bool(said["verb"]) and any(same_word(w, said["verb"].split()[-1]) for w in _THING_UNDONE)
        counts = [c for c in counts if bool(set(c.stems) & _THING_UNDONE) == undone]
    if len(counts) != 1:
        return text
    return f"what is the total {counts[0].name}{said['rest']}"


# "how long are the brown trout on average": a length measured in inches or centimetres, not a time
_HOW_LONG_ARE = _rx(r"^\W*(?:and\s+)?how\s+long\s+(?:are|is|were|was)\s+(?P<who>.+?)(?P<rest>\s+on\s+average)?\W*$")
_LENGTH_UNITS = frozenset({"in", "inch", "cm", "mm", "ft", "foot", "feet", "meter", "metre", "m"})


def how_long_are(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how long are the brown trout" of an Avg Length (in): the mean of it, when no time is kept."""
    said = _HOW_LONG_ARE.search(text)
    if said is None:
        return text
    if sum(1 for c in catalog.of(frame) if c.is_date) >= 2 or any(c.clock for c in catalog.of(frame)):
        return text  # ("how long is a typical water run": from its start to its stop)
    lengths = [
        c
        for c in catalog.numeric(frame)
        if {"length", "len"} & set(c.stems) and _LENGTH_UNITS & set(c.stems) and not c.id_like
    ]
    if len(lengths) != 1:
        return text
    return f"what is the average {lengths[0].name} of {said['who']}"


# "how many bars are still unsold", "how many jars are left": what was made less what was sold
_UNSOLD = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<noun>[a-z]{3,}s)\s+(?:are|were|is|do\s+(?:i|we)\s+have)\s+(?:still\s+)?"
    r"(?:unsold|not\s+sold|left(?:\s+(?:over|to\s+sell))?|remaining|on\s+hand)\b(?P<rest>.*)$"
)


def unsold_left(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many bars are still unsold" of Bars Cut and Sold: the one made less the one sold, added up."""
    said = _UNSOLD.search(text)
    if said is None:
        return text
    noun = stem(said["noun"].lower())
    counts = [c for c in catalog.numeric(frame) if c.whole_count and c.additive and not (c.id_like or c.is_date)]
    sold = [c for c in counts if "sold" in c.stems]
    made = [c for c in counts if noun in c.stems and c not in sold and not set(c.stems) & {"price", "cost", "wt"}]
    if len(sold) != 1 or len(made) != 1:
        return text
    return f"what is the total {made[0].name} minus {sold[0].name}{said['rest']}"


# "how many rides got rained out", "games snowed out": called off for the weather
_RAINED_OUT = _rx(r"\b(?P<v>rained|snowed|washed|iced|fogged|stormed)\s+out\b")


def rained_out(text: str, catalog: Catalog, frame: str) -> str:
    """Said "rained out" where a mark keeps rows called off (for the weather): cancelled for weather."""
    said = _RAINED_OUT.search(text)
    if said is None:
        return text
    called_off = [c for c in catalog.of(frame) if set(c.stems) & {"cancelled", "canceled", "cancel", "scrubbed"}]
    if not called_off:
        return text
    weather = any({"weather", "rain", "reason", "cause"} & set(c.stems) for c in called_off)
    return text[: said.start()] + ("cancelled for weather" if weather else "cancelled") + text[said.end() :]


# "how many lockers are shared": a Shared With filled in; "how many empty lockers": no one named on them
_ARE_VERBED = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?P<noun>[a-z]{3,}s)\s+(?:are|were|got|have\s+been|has\s+been)\s+"
    r"(?:being\s+)?(?P<v>[a-z]{3,}ed)\b(?P<rest>.*)$"
)
_EMPTY = _rx(
    r"^\W*(?:and\s+)?how\s+many\s+(?:(?P<a>empty|vacant|unassigned|unoccupied|unused)\s+(?P<noun>[a-z]{3,}s)"
    r"|(?P<noun2>[a-z]{3,}s)\s+(?:are|were)\s+(?:still\s+)?(?P<a2>empty|vacant|unassigned|unoccupied|unused))"
    r"\b(?P<rest>.*)$"
)
_HOLDERS = frozenset({"name", "student", "tenant", "occupant", "assigned", "owner", "renter", "holder", "assignee"})


def marked_by_name(text: str, catalog: Catalog, frame: str) -> str:
    """Rows a name filled in (or left blank) says of: "how many lockers are shared" of a Shared With."""
    said = _ARE_VERBED.search(text)
    if said is not None:
        verb = stem(said["v"].lower())
        named = [
            c
            for c in catalog.of(frame)
            if len(c.stems) >= 2
            and c.stems[0] in (verb, said["v"].lower())
            and c.stems[1] in ("with", "by", "to", "from", "for")
            and not (c.numeric or c.is_date or c.complete)
        ]
        if len(named) == 1:
            return f"how many {said['noun']} have a {named[0].name}{said['rest']}"
    said = _EMPTY.search(text)
    if said is None:
        return text
    noun = said["noun"] or said["noun2"]
    holders = [
        c
        for c in catalog.of(frame)
        if set(c.stems) & _HOLDERS and not (c.numeric or c.is_date or c.complete or c.id_like)
    ]
    if len(holders) != 1:
        return text
    rest = re.sub(r"^\s*(?:are|were)\s+there\b", "", said["rest"], flags=_I)
    return f"how many {noun} have no {holders[0].name}{rest}"


_SCALE_SIDES = frozenset({"gross", "tare", "net"})


def net_weight(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many pounds of cardboard" of a scale ticket's Gross, Tare and Net Lbs: the net weight.

    What was brought in is gross less tare, which the ticket keeps as Net; gross or tare only when said.
    """
    if re.search(r"\b(?:gross|tare|net|truck|vehicle|loaded|empty)\b", text, re.I):
        return text
    sides = [c for c in catalog.numeric(frame) if c.stems[:1] and c.stems[0] in _SCALE_SIDES and len(c.stems) >= 2]
    rests = {c.stems[1:] for c in sides}
    nets = [c for c in sides if c.stems[0] == "net"]
    if len(nets) != 1 or len(rests) != 1 or len(sides) < 2:
        return text
    if not set(next(iter(rests))) & (_WEIGHT_WORDS | {"lbs", "wt", "tons", "tonnes", "kgs"}):
        return text  # (Gross Sales beside Net Sales: money, whose gross is what "sales" says)
    for m in find_mentions(text, catalog, frame):
        if m.column not in sides:
            continue
        word = stem(m.word.lower())
        if word in _WEIGHT_WORDS or word in m.column.stems:
            return f"{text[: m.start]}{nets[0].name}{text[m.end :]}"
        money = [
            c
            for c in catalog.numeric(frame)
            if c.additive
            and not c.id_like
            and (any(v.strip().startswith(("$", "£", "€")) for v in c.values) or set(c.stems) & MONEY_PARTS)
        ]
        if word in _MONEY_SAID and len(money) == 1:  # "spend the most money on": the Payout, not a Gross weight
            return f"{text[: m.start]}{money[0].name}{text[m.end :]}"
    return text


_WEIGHT_WORDS = frozenset({"pound", "lb", "lbs", "kg", "kilo", "kilogram", "ton", "tonne", "weight", "heavy"})
_MONEY_SAID = frozenset({"money", "cash", "dollar", "revenue", "income", "earning", "takings"})


_NUMBER_PLURALS = {
    "ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6, "sevens": 7, "eights": 8, "nines": 9,
    "tens": 10,
}  # fmt: skip


def digit_plurals(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many sixes" of a scorebook's 6s (a column named by a number in the plural): that column."""
    for word, n in _NUMBER_PLURALS.items():
        said = compiled(rf"(?i)\b{word}\b").search(text)
        if said is None:
            continue
        named = [c for c in catalog.numeric(frame) if re.fullmatch(rf"{n}'?s", c.name.strip(), re.I)]
        if len(named) == 1:
            text = f"{text[: said.start()]}{named[0].name}{text[said.end() :]}"
    return text


_BEST_AVERAGE = _rx(
    r"\b(?P<sup>best|highest|top|worst|lowest|biggest|better|higher|worse|lower)\s+(?P<avg>average|avg)(?=\s*[?.!]*\s*$)"
)


def best_average(text: str, catalog: Catalog, frame: str) -> str:
    """Said "who has the best average" of a darts sheet's 3 Dart Avg: the one column that is an average."""
    said = _BEST_AVERAGE.search(text)
    if said is None:
        return text
    averages = [
        c for c in catalog.numeric(frame) if {"avg", "average", "mean"} & set(c.stems) and not (c.id_like or c.formula)
    ]
    if len(averages) != 1:
        return text
    return f"{text[: said.start('avg')]}{averages[0].name}{text[said.end('avg') :]}"


_COMPASS_CODES = frozenset(
    {"n", "s", "e", "w", "ne", "nw", "se", "sw", "nb", "sb", "eb", "wb", "north", "south", "east", "west"}
    | {"northbound", "southbound", "eastbound", "westbound", "n/b", "s/b", "e/b", "w/b"}
)
_DIRECTION = _rx(r"\b(?:directions?|headings?|bound)\b")


def direction_column(text: str, catalog: Catalog, frame: str) -> str:
    """Said "for each direction" of a traffic count's Approach (NB, SB, EB, WB): the column of compass codes."""
    said = _DIRECTION.search(text)
    if said is None or any(stem(said.group().lower()) in c.stems for c in catalog.of(frame)):
        return text
    ways = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and len(c.values) >= 2
        and all(v.strip().lower() in _COMPASS_CODES for v in c.values if v.strip())
        and not (c.n_unique and c.n_unique > len(c.values))
    ]
    if len(ways) != 1:
        return text
    return f"{text[: said.start()]}{ways[0].name}{text[said.end() :]}"


# a name that opens with an adjective (Big Bass, High Checkout, Long Run) said with its superlative
_NAMED_SUPERLATIVES = {
    "big": ("biggest", "largest", "heaviest"), "high": ("highest", "best", "biggest"), "long": ("longest",),
    "low": ("lowest",), "max": ("highest", "biggest", "largest", "most"), "top": ("highest", "biggest", "fastest"),
    # (a name that is a superlative itself: a charter log's Biggest Fish (lbs), a tally's Longest Drive)
    "biggest": ("biggest", "largest", "heaviest"), "largest": ("largest", "biggest"), "longest": ("longest",),
    "heaviest": ("heaviest", "biggest"), "fastest": ("fastest",), "highest": ("highest",),
}  # fmt: skip


def superlative_of_name(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the biggest bass ever" of a weigh-in's Big Bass (lbs): the highest of that column, not its name.

    The superlative would be read as the adjective the name opens with, leaving no ranking asked for.
    """
    for c in catalog.numeric(frame):
        if len(c.stems) < 2 or c.stems[0] not in _NAMED_SUPERLATIVES or c.id_like:
            continue
        forms = "|".join(_NAMED_SUPERLATIVES[c.stems[0]])
        said = re.search(rf"(?i)\b(?:{forms})\s+{re.escape(c.stems[1])}(?:e?s)?\b", text)
        if said is not None:
            word = "lowest" if c.stems[0] == "low" else "highest"
            return f"{text[: said.start()]}{word} {c.name}{text[said.end() :]}"
    return text


_WHAT_GETS_DONE = _rx(
    r"^\W*(?:and\s+)?what\s+(?:gets|got|is|was|are|were)\s+(?P<verb>[a-z]{3,}(?:ed|en|wn))\s+(?:the\s+)?(?:most|least)\b"
)


def what_gets_done(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what gets borrowed the most" of a tool library's loans: the Tool, the thing the file is of.

    The verb's doer (Borrower ID) is who does it; what it is done to is the label named for the file's own thing.
    """
    said = _WHAT_GETS_DONE.match(text)
    if said is None:
        return text
    things = [
        c
        for c in catalog.of(frame)
        if c.categorical and not c.id_like and c.stems and catalog.names_subject(frame, c.stems[-1])
    ]
    if len(things) != 1:
        return text
    rest = text[said.start() + said.group().lower().find("what") + len("what ") :]
    return f"{text[: said.start()]}which {things[0].name} {rest}"
