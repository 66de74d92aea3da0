"""Two measures said together: "do longer appointments cost more" is Minutes correlated with Invoice.

People ask whether two things go together without naming a column: "longer" is the one length of time the table
keeps (Minutes), "farther" its distance (Delivery Miles), "cost more" its money (Invoice), "bigger orders" the
amount ordered (Tons). Each side is read only when exactly one column fits it; otherwise the question is left for
the other readers.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column, Mention, unit_of
from .columns import best_named, find_mentions
from .words import CURRENCY, MONEY_PARTS, PERSONS, same_word, stem

# What a comparative measures, by the name parts of the columns that keep it
_LENGTH = frozenset({"minute", "min", "mins", "hour", "hr", "hrs", "duration", "length", "day", "days", "sec"})
_DISTANCE = frozenset({"mile", "mi", "km", "distance", "kilometer", "kilometre"})
_WEIGHT = frozenset({"weight", "lb", "lbs", "kg", "pound", "wt"})
_AGE = frozenset({"age", "built"})  # "older houses": Year Built (the older, the lower)
_AMOUNT = frozenset({"ton", "tons", "qty", "quantity", "yard", "yards", "gallon", "gal", "unit", "piece", "bushel"})
_TEMPERATURE = frozenset({"temp", "temperature", "degree", "fahrenheit", "celsius"})
_SLOPE = frozenset({"slope", "incline", "gradient", "pitch"})
_MOISTURE = frozenset({"moisture", "humidity", "wet", "damp"})
_STRENGTH = frozenset({"abv", "alcohol", "proof", "strength"})  # "stronger beers": their ABV
# a thing's length in feet or metres (a boat's LOA "32 ft", Length (ft)): what "longer boats" measures
_FEET = frozenset({"ft", "feet", "foot", "loa"})
_MONEY = MONEY_PARTS | {"invoice", "total", "fee", "charge", "bill", "sale", "revenue"}
_DIMENSION = {
    **dict.fromkeys(("longer", "shorter", "long", "short"), _LENGTH),
    **dict.fromkeys(("farther", "further", "closer", "far"), _DISTANCE),
    **dict.fromkeys(("heavier", "lighter"), _WEIGHT),
    **dict.fromkeys(("older", "younger"), _AGE),
    **dict.fromkeys(("bigger", "larger", "smaller"), _AMOUNT),
    **dict.fromkeys(("hotter", "colder", "warmer", "cooler"), _TEMPERATURE),
    **dict.fromkeys(("steeper", "flatter"), _SLOPE),
    **dict.fromkeys(("wetter", "drier", "dryer"), _MOISTURE),
    **dict.fromkeys(("stronger", "weaker"), _STRENGTH),
}
# Trouble said plainly ("more problems"), of the columns that count it (Defects Found, Issues)
_TROUBLE = frozenset({"problem", "issue", "flaw"})
_FAULTS = frozenset({"defect", "deficiency", "fault", "issue", "problem"})
# Name parts that keep a part of a measure ("Major Defects" beside Defects Found)
_NARROWING = frozenset({"major", "minor", "critical", "serious", "severe"})
# Words that only join the sides ("do older houses have more problems"): never a measure of their own
_AUXILIARY = frozenset({"have", "has", "get", "gets", "be", "also", "end", "come", "go", "tend"})
# ("do heavier cattle bring less per pound": what they sell for)
_MONEY_SAID = re.compile(
    r"^(?:more\s+expensive|pricier|cheaper|cost|costs|pay|pays|bill|spend|bring|bring\s+in|fetch|earn|make)$",
    re.IGNORECASE,
)
_COMPARATIVE = (
    r"longer|shorter|farther|further|closer|heavier|lighter|older|younger|bigger|larger|smaller"
    r"|hotter|colder|warmer|cooler|steeper|flatter|wetter|drier|dryer|stronger|weaker"
)
_SAID = re.compile(
    r"\b(?:do|does|did|are|is|were)\s+(?:the\s+)?"
    rf"(?P<a>{_COMPARATIVE}|more\s+expensive|pricier|cheaper)\s+(?P<noun>[a-z]+)\s+"
    r"(?:also\s+|usually\s+|generally\s+|typically\s+)?(?:tend\s+to\s+)?"
    # the verb says the measure when the words after it do not ("do longer drives kill more fish": deaths)
    r"(?:(?P<verb>bring\s+in|[a-z]+)\s+)?(?:be\s+|get\s+|have\s+)?"
    # "do older cars sit on the lot longer": the place the verb says, before the comparative
    r"(?:(?:on|in|at)\s+(?:the\s+)?(?P<place>[a-z]+)\s+)?"
    r"(?:an?\s+)?"  # ("do wetter loads get a lower price")
    rf"(?P<b>more|less|higher|lower|{_COMPARATIVE})\b(?P<rest>[^?.!]*)",
    re.IGNORECASE,
)
# "does milk drop off the longer a cow has been milking": a measure that moves as another grows
_MOVES = re.compile(
    r"\b(?:do|does|did)\s+(?:the\s+)?(?P<b>[a-z][\w ]{1,30}?)\s+(?:drop|fall|go|decline|rise|climb|increase|decrease)"
    rf"(?:\s+(?:off|down|up))?\s+the\s+(?P<a>{_COMPARATIVE}|more)\s+(?P<rest>[^?.!]*)",
    re.IGNORECASE,
)


def _one(columns: list[Column]) -> Column | None:
    return columns[0] if len(columns) == 1 else None


def _of_dimension(parts: frozenset[str], catalog: Catalog, frame: str, near: set[str]) -> Column | None:
    """The one column that keeps a length, a distance, a weight or an amount; a name beside words said breaks ties."""
    found = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and c.formula is None
        # (a length written m:ss, a Roast Time "12:35", is a length whatever its name says)
        and (set(c.stems) & parts or (parts is _LENGTH and c.clock))
        and not set(c.stems) & {"price", "rate", "per"}
    ]
    if len(found) > 1:  # "the longer a cow has been milking": DIM's days, not another count of days
        found = [c for c in found if any(same_word(w, s) for w in near for s in c.stems)] or found
    return _one(found)


def money_of(catalog: Catalog, frame: str, near: set[str]) -> Column | None:
    """The one column of money; of several, the one a word said names ("per piece": Price Each is per piece)."""
    found = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and c.formula is None and (CURRENCY.search(c.name) or set(c.stems) & _MONEY)
    ]
    if len(found) > 1:
        found = [c for c in found if set(c.stems) & ({"price", "each"} if "piece" in near else set())] or [
            c for c in found if set(c.stems) & {"invoice", "total"}
        ]
    return _one(found)


def _side(word: str, verb: str, rest: str, catalog: Catalog, frame: str) -> Column | None:
    """The column one side of the question names: by its noun when one is said, else by the comparative."""
    near = {stem(w) for w in re.findall(r"[a-z]+", rest.lower())}
    if word.lower() in ("longer", "shorter"):  # "longer drives": Miles Driven, the length its noun names
        by_noun = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like
            and (set(c.stems) & (_LENGTH | _DISTANCE) or c.clock)
            and any(same_word(w, s) or (len(w) >= 4 and s.startswith(w)) for w in near for s in c.stems)
        ]
        if len(by_noun) == 1:
            return by_noun[0]
        # "longer boats": of no length of time, the one length in feet (LOA "32 ft")
        sized = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like and ((unit_of(c.values) or "").lower() in _FEET or set(c.stems) & _FEET)
        ]
        timed = [c for c in catalog.numeric(frame) if set(c.stems) & _LENGTH]  # ("longer runs": their Duration)
        if len(sized) == 1 and not timed:
            return sized[0]
    if word.lower() in _DIMENSION:  # "the longer a cow has been milking": a length, though "milking" names Milk
        kept = _of_dimension(_DIMENSION[word.lower()], catalog, frame, near)
        if kept is not None:
            return kept
        if word.lower() in ("older", "younger"):  # "older pipes": an INSTALL_YEAR, read elsewhere; never the noun
            # ("older cars" of a used car lot's model Year: the earlier the year, the older)
            years = [c for c in catalog.numeric(frame) if c.stems in (("year",), ("model", "year"), ("yr",))]
            return years[0] if len(years) == 1 and not near & PERSONS else None
    if verb and verb.lower() not in _AUXILIARY and not _MONEY_SAID.match(verb):
        by_verb = {m.column for m in find_mentions(verb, catalog, frame) if m.column.numeric and not m.column.id_like}
        if not by_verb and verb.lower() in ("lose", "loses", "lost"):  # "do stronger beers lose more": Pour Loss %
            by_verb = {c for c in catalog.numeric(frame) if {"loss", "losses"} & set(c.stems) and not c.id_like}
        if len(by_verb) == 1:  # "kill more fish": Mortality, not Fish Stocked
            return by_verb.pop()
    named = [m for m in find_mentions(rest, catalog, frame) if m.column.numeric and not m.column.id_like]
    if not named and near & _TROUBLE:  # "more problems": the defects an inspection found
        named = [
            Mention(c, 0, 0, 100, "", "synonym")
            for c in catalog.numeric(frame)
            if not c.id_like and set(c.stems) & _FAULTS and not set(c.stems) & (_NARROWING - near)
        ]
    if len(named) == 1 and set(named[0].column.stems) & _NARROWING and not near & _NARROWING:
        # "more problems": Defects Found, not Major Defects, unless "major" is said
        wide = set(named[0].column.stems) - _NARROWING
        plain = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like and wide <= set(c.stems) and not set(c.stems) & _NARROWING
        ]
        if len(plain) == 1:
            return plain[0]
    if named and not (verb and _MONEY_SAID.match(verb)):
        return _one(best_named(named))
    if _MONEY_SAID.match(verb or "") or _MONEY_SAID.match(word):
        return money_of(catalog, frame, near)
    parts = _DIMENSION.get(word.lower()) or (_LENGTH if verb.lower() in ("take", "last", "run") else None)
    return _of_dimension(parts, catalog, frame, near) if parts else None


def comparatives(text: str, catalog: Catalog, frame: str) -> str:
    """Said "do longer appointments cost more": "is Minutes correlated with Invoice"."""
    said = _SAID.search(text)
    if said is not None:
        a = _side(said["a"], "", said["noun"], catalog, frame)
        b = _side(said["b"], said["verb"] or "", said["rest"], catalog, frame)
    else:
        said = _MOVES.search(text)
        if said is None:
            return text
        b = _side("", "", said["b"], catalog, frame)
        a = _side(said["a"], "", said["rest"], catalog, frame)
    if a is None or b is None or a == b:
        return text
    return f"{text[: said.start()]}is {a.name} correlated with {b.name}?"


# "how often does the final bill come in over the quote": one measure past another on the same row
_HOW_OFTEN_PAST = re.compile(
    r"\bhow\s+often\s+(?:does|do|did|is|are|was|were)\s+(?:the\s+|our\s+|an?\s+)?(?P<a>[a-z][\w ]{0,30}?)\s+"
    r"(?:come\s+in\s+|end\s+up\s+|turn\s+out\s+|land\s+|go\s+|run\s+|get\s+)?(?:being\s+)?"
    r"(?P<dir>over|above|higher\s+than|more\s+than|greater\s+than|beyond|under|below|lower\s+than|less\s+than)\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?P<b>[a-z][\w ]{0,30}?)\s*(?:[?.!]|$)",
    re.IGNORECASE,
)


def how_often_past(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how often does the final bill come in over the quote": "what percent of rows have Final above Quoted"."""
    said = _HOW_OFTEN_PAST.search(text)
    if said is None:
        return text
    sides = []
    for part in (said["a"], said["b"]):
        named = [m for m in find_mentions(part, catalog, frame) if m.column.numeric and not m.column.id_like]
        columns = best_named(named)
        if not columns:  # "the value" of Appraised Value: a word too plain to name a column alone, said of one
            heard = re.findall(r"[a-z]{4,}", part.lower())
            columns = [
                c
                for c in catalog.numeric(frame)
                if not c.id_like and any(same_word(w, s) for w in heard for s in c.significant)
            ]
        if len(columns) != 1:
            return text
        sides.append(columns[0])
    a, b = sides
    if a == b:
        return text
    word = (
        "above"
        if said["dir"].lower().split()[0] in ("over", "above", "higher", "more", "greater", "beyond")
        else "below"
    )
    return f"{text[: said.start()]}what percent of rows have {a.name} {word} {b.name}?"
