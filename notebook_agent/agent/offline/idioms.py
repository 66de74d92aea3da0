"""Everyday ways of asking, said as the columns a table keeps.

"Which night is the busiest" is the day of the week; "how do people usually pay me" the most common Paid Via;
"which artist sold the most pieces" counts the pieces; "do rush jobs pay more per word" compares a Rate/Word;
"which platform makes me the most" ranks the Profit; "the $20 games" keep that Ticket Price; "the on time
performance" is the rate of On Time. Each reader returns the question with the idiom said as what the table
keeps, or unchanged when it keeps no such column.
"""

from __future__ import annotations

import re

from .catalog import Catalog, yes_value
from .columns import find_mentions
from .words import stem

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
