"""How many distinct values a column has ("how many chicks are there?"), and on how many days something happened.

"How many days were classed as rain?": the distinct days of the date column among the rows with the named value
(on a daily table the rows themselves; on a table of many rows a day, each day once).
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import CODE_PARTS, repeats, rows_noun
from ..code import PERIOD_NAMES
from ..columns import Column, find_mentions, find_values
from ..parse import MONTHS
from ..words import PERIOD_CODES, PERSONS, SYNONYM_OF, abbreviates, root, stem
from .base import Context, KindRequest, col, finish, fmt, where_mask

_ASK = re.compile(
    r"\bhow many (?:different |distinct |unique |separate )?(?P<w>(?:[a-z]+\s+)??[a-z]+)\s+(?:are there|were there|"
    r"are in|are at|were at|do we have|"
    # "how many teams were in this thing": the event the file is, each entrant once
    r"(?:are|were)\s+in\s+(?:this|the)\s+(?:thing|contest|competition|tournament|event|league|race|show|meet)|"
    r"did we have|exist|(?:are|were)\s+(?:on|in)\s+here|"
    # "how many races did each regatta have": counted within each (read with its label, `_PER_LABEL`)
    r"(?:did|do|does)\s+(?:each|every)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:have|hold|run|host)|(?:are|were)\s+on\s+(?:the|our|my|this)\s+(?:team|roster|squad|crew)|"
    r"are included|(?:have\s+|has\s+)?(?:took|taken|take)\s+part|"
    r"(?:have\s+)?(?:participated|competed|entered|are\s+represented|were\s+represented|are\s+covered)"
    # "how many orders did we get", "have we had": the records the rows are lines of, each once
    r"|(?:did|do|have|has)\s+(?:we|i|you|they)\s+(?:(?:ever|already)\s+)?(?:get|got|gotten|had|have|receive|received"
    r"|take|taken|took|place|placed|made|tracked|logged|recorded"
    # "how many horses do we board", "how many kids did we teach": the ones cared for, each once
    r"|board|boarded|keep|kept|house|housed|care\s+for|cared\s+for|look\s+after|looked\s+after|treat|treated"
    r"|train|trained|groom|groomed|teach|taught|serve|served|employ|employed|see|saw|seen"
    # "how many cafes do we supply": the customers, each once
    r"|supply|supplied|deliver\s+to|delivered\s+to|sell\s+to|sold\s+to|work\s+with|worked\s+with"
    # "how many pools do we take care of", "how many storms have we plowed": each pool, each storm once
    r"|service|serviced|take\s+care\s+of|took\s+care\s+of|taken\s+care\s+of|plow|plowed|handle|handled"
    r"|work\s+on|worked\s+on"
    r")"  # "how many cycles have i tracked": Cycle Number
    # ("how many orders have i made with sezzle": the service the file is from, said after)
    r"(?:\s+(?:with|on|through|using|via)\s+(?P<svc>[a-z]+))?"
    r"(?:\s+(?:in\s+total|so\s+far|overall|altogether|all\s+time))?"
    # ("how many entries were there in each category": counted within each, `_PER_LABEL`)
    r"(?=\s*\W*$|\s+(?:per|by|for\s+each|in\s+each|each)\s+[a-z]+(?:\s+[a-z]+)?\s*\W*$)"
    # "how many countries have i been to", "did we visit": each place once, however many stops there
    r"|(?:did|do|have|has)\s+(?:we|i|you|they)\s+(?:(?:ever|actually|already)\s+)?(?:been\s+to|gone\s+to|visit(?:ed)?"
    r"|travell?ed\s+to|go\s+to)(?=\s*(?:so\s+far|in\s+total|overall|altogether)?\s*\W*$)"
    r"|(?:are|were|is)\s+still\s+[a-z]+(?=\s*\W*$)"  # "how many reports are still pending": each report once
    # "how many trips did we run", "how many events have we held": each once (not "how many km did i run")
    r"|(?:did|do|have|has)\s+we\s+(?:run|ran|hold|held|host|hosted)(?=\s*(?:so\s+far|in\s+total|overall)?\s*\W*$)"
    # "how many manholes got inspected": each manhole once, however many inspections (the verb of a date)
    r"|(?:got|get|have\s+been|has\s+been|were|was)\s+(?P<dated>[a-z]+ed)(?=\s*(?:so\s+far|in\s+total|overall)?\s*\W*$))\b"
    r"|\b(?:number of|how many) (?:different|distinct|unique) "
    r"(?P<w2>[a-z]+)"
)


_PERIODS = re.compile(
    r"\bhow many (?:[a-z]+\s+)?(?P<unit>days?|weeks?|months?|years?)\b(?!\s+(?:per|each|by|of|in each)\b)"
)


_DID_I = re.compile(r"\s+(?:did|have|do|has|had)\s+(?:i|we|you|they|he|she)\b")
_BOUND_SAID = re.compile(
    r"\b(?:over|above|under|below|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|exceed\w*)\s+-?\d"
    r"|[<>≥≤]=?\s*-?\d"
)


def _periods_with(ctx: Context) -> KindRequest | None:
    """Distinct periods of the one date column among rows with a named value ("how many days were classed as rain")."""
    m = _PERIODS.search(ctx.text)
    dates = [c for c in ctx.columns() if c.is_date]
    if not m or len(dates) != 1:
        return None
    # a value said outright ("classed as rain") is the value, not a loose word for a measure (precipitation)
    taken = [(x.start, x.end) for x in ctx.mentions if x.via not in ("time", "synonym")]
    values = find_values(ctx.question, ctx.catalog, ctx.frame, taken)
    spans = [(v.start, v.end) for v in values]
    unit = m.span("unit")  # ("days" of Day Total Rides: the period said, no measure)
    if any(
        x.column.numeric
        and not any(a < x.end and x.start < b for a, b in spans)
        and not (x.start < unit[1] and unit[0] < x.end)
        for x in ctx.mentions
    ):
        return None  # "how many days had precipitation over 10": a bound on a measure (kinds.filtered)
    if _BOUND_SAID.search(ctx.text):
        return None  # "how many days did albury get over 35 degrees": a bound, its measure said by its unit
    said_unit = m.group("unit").rstrip("s")
    if re.search(r"\b(?:usually|typically|normally|on\s+average|average|take|takes|took|lasts?)\b", ctx.text) and any(
        c.numeric and not c.is_date and said_unit in c.stems for c in ctx.columns()
    ):
        return None  # "how many days does a 2-4 unit usually take": the Days to Complete each row keeps
    named: dict[str, list[str]] = {}
    for v in values:
        named.setdefault(v.column.name, []).append(v.value)
    if not named and _DID_I.match(ctx.text, m.end()) and not any(x.column.categorical for x in ctx.mentions):
        # "how many days did i ski": the days the rows fall on, each once
        return KindRequest(frame=ctx.frame, column=dates[0].name, period=PERIOD_CODES[m.group("unit").rstrip("s")])
    if len(named) != 1 or any(len(set(vs)) != 1 for vs in named.values()):
        return None
    return KindRequest(
        frame=ctx.frame,
        column=dates[0].name,
        period=PERIOD_CODES[m.group("unit").rstrip("s")],
        where=[[k, vs[0]] for k, vs in named.items()],
    )


# "how many different shoppers are there? and how many of them are in city C": the count, then among a value's rows
_OF_THEM = re.compile(r"[?,.]?\s*\band\s+how\s+many\s+of\s+(?:those|them|these)\b")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    said = _OF_THEM.search(ctx.text)
    if said is not None:
        req = _match(Context(ctx.question[: said.start()], ctx.catalog, ctx.frame))
        values = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.start >= said.end()]
        if req is None or req.period or len({(v.column.name, v.value) for v in values}) != 1:
            return None
        req.then = [values[0].column.name, "==", values[0].value]
        return req
    different = _DIFFERENT.search(ctx.text)
    later = [
        v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if different and v.start >= different.end()
    ]
    if different is not None and len({(v.column.name, v.value) for v in later}) == 1:
        # "how many different teams have played at brass tap": the teams, and those on the rows of that value
        req = _match(Context(ctx.question[: later[0].start], ctx.catalog, ctx.frame))
        if req is not None and not req.period and not req.then and req.column != later[0].column.name:
            req.then = [later[0].column.name, "==", later[0].value]
            return req
    placed = _HOW_MANY_AT.search(ctx.text)
    after = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if placed and v.start >= placed.end()]
    if placed is not None and len({(v.column.name, v.value) for v in after}) == 1:
        # "how many horses are at red gate equestrian": the horses, each once, on that barn's rows
        req = _match(Context(ctx.question[: placed.start("at")] + "are there", ctx.catalog, ctx.frame))
        label = ctx.catalog.get(ctx.frame, req.column) if req is not None and req.column else None
        if (
            req is not None
            and label is not None
            and label.categorical
            and not label.id_like
            # (each thing on many rows, a horse a month; not a school's name that two schools happen to share)
            and label.kind == "categorical"
            and label.n_unique is not None
            and label.n_unique * 1.5 <= ctx.catalog.rows.get(ctx.frame, 0)
            and not set(label.stems) & CODE_PARTS  # ("how many flights were in business class": the rows)
            and not req.period
            and not req.then
            and req.column != after[0].column.name
        ):
            req.then = [after[0].column.name, "==", after[0].value]
            return req
    people = _different_people(ctx, different)
    if people is not None:
        return people
    req = _match(ctx)
    counts = ctx.catalog.get(ctx.frame, req.column) if req is not None and req.column else None
    if req is not None and counts is not None and set(counts.stems) & _SHARED_NAMES:
        # "how many counties": their FIPS codes, since one name is a county in several states (Washington County)
        codes = [c for c in ctx.catalog.of(ctx.frame) if {"fips", "fip", "geoid"} & set(c.stems)]
        if len(codes) == 1:
            req.column = codes[0].name
            counts = codes[0]
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    if (
        counts is not None
        and req is not None
        and not req.period
        and counts.n_unique == rows
        and re.search(
            r"\b(?:in|during|for|since|before|after)\s+(?:(?:19|20)\d\d|" + "|".join(MONTHS) + r")\b", ctx.text
        )
    ):
        return None  # "how many incidents did we have in 2023", one id a row: that year's rows (kinds.filtered)
    if (
        counts is not None
        and counts.whole_count
        and counts.additive  # (Chick 1-50, each chick's number, is counted distinct)
        and any(m.column == counts and m.score >= 90 for m in ctx.mentions)
    ):
        return None  # "how many refugees were there": the refugees counts added up, not their distinct values
    if req is not None and not req.period and not req.then and req.agg not in ("per", "in", "per_value"):
        # "how many different races per regatta", "how many races did each regatta have": counted in each
        each = _PER_LABEL.search(ctx.text)
        groups = [
            m.column
            for m in (find_mentions(each["g"], ctx.catalog, ctx.frame) if each else [])
            if m.column.categorical and m.column.name != req.column and not m.column.id_like
        ]
        if len({c.name for c in groups}) == 1:
            req.group, req.agg = groups[0].name, "by_label"
    if req is not None and not req.period and _EACH_ON_AVERAGE.search(ctx.text):
        req.agg = "per_value"  # "... and how many orders does a customer place on average?": rows per value
    if req is not None and not req.period and not req.then and req.agg not in ("per", "in"):
        # "how many larcenies were there in 2023": the records of the kind said (each Type that holds LARCENY)
        named_values: dict[str, set[str]] = {}
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, []):
            if v.column.name != req.column and isinstance(v.value, str):
                named_values.setdefault(v.column.name, set()).add(v.value)
        for name, held in named_values.items():
            column = ctx.catalog.get(ctx.frame, name)
            if len(held) != 1 or column is None:
                continue
            value = next(iter(held))
            whole = value in column.values and not column.qualified(value)
            req.left_out.append([name, "==" if whole else "contains", value])
    return req


def _different_people(ctx: Context, different: re.Match[str] | None) -> KindRequest | None:
    """Read "how many different women raced" as the one column of people's names, each once, among that value's rows.

    The word after "different" is a value (Category = Women), not a column; the people are the names.
    """
    if different is None:
        return None
    at = ctx.text.find(" ", different.start() + len("how many "))  # after "different"
    said = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.start == at + 1]
    if len(said) != 1 or any(x.start == at + 1 for x in ctx.mentions):
        return None
    names = [
        c
        for c in ctx.columns()
        if (c.categorical or c.kind == "text")
        and c.name != said[0].column.name
        and set(c.stems) & _WHO
        and not c.id_like
        and not c.numeric
        and (c.n_unique or 0) > 2 * ((said[0].column.n_unique or 2) + 1)
    ]
    if len(names) != 1:
        return None
    return KindRequest(frame=ctx.frame, column=names[0].name, then=[said[0].column.name, "==", said[0].value])


_PER_LABEL = re.compile(r"\b(?:per|by|for\s+each|in\s+each|did\s+each|does\s+each|each)\s+(?P<g>[a-z]+(?:\s+[a-z]+)?)")
_DIFFERENT = re.compile(r"\bhow many (?:different|distinct|unique|separate) (?:[a-z]+\s+)??[a-z]+\b")
_SHARED_NAMES = frozenset({"county", "city", "town", "township", "place", "municipality"})


# "how many distinct customers are there, and how many orders does a customer place on average?"
_EACH_ON_AVERAGE = re.compile(
    r"\band\s+how\s+many\s+[a-z]+\s+(?:does|do|did)\s+(?:a|an|each|every|the\s+average|one)\s+[a-z]+\s+"
    r"(?:[a-z]+\s+)?(?:on\s+average|in\s+total|typically)\b|\band\s+(?:how\s+many\s+)?[a-z]+\s+per\s+[a-z]+\s+on\s+average\b"
)


# "number of races per year", "how many orders each month": the distinct records of each period
_EACH_PERIOD = re.compile(
    r"\b(?:how\s+many|number\s+of|count\s+of|no\.?\s+of)\s+(?:different\s+|distinct\s+|unique\s+)?(?P<w>[a-z]{3,}s)\b"
    r"(?:\s+(?:were|are|was|got|get|is)(?:\s+[a-z]+)?)?\s+(?:per|each|every|by|a|in\s+each|for\s+each)\s+"
    r"(?P<unit>day|week|month|quarter|year)\b"
)
# "how many orders were placed in february", "how many orders in march 2023": the distinct records of that month
_IN_MONTH = re.compile(
    r"\bhow\s+many\s+(?:different\s+|distinct\s+|unique\s+)?(?P<w>[a-z]{3,}s)\b(?:\s+[a-z]+){0,3}?\s+"
    r"(?:in|during)\s+(?P<month>[a-z]+)(?:\s+(?P<year>(?:19|20)\d\d))?\s*\W*$"
)


def _records(ctx: Context, word: str) -> Column | None:
    """The code whose records the plural names ("orders": order_id; on order lines, each order once)."""
    found = rows_noun(ctx.catalog, ctx.frame, word)
    if found is None:
        said = [m.column for m in ctx.mentions if m.word.lower().startswith(word) and m.column.id_like]
        found = said[0] if len(said) == 1 else None
    if found is None:
        return None
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    unique = (found.n_unique is not None and found.n_unique >= 0.98 * rows) or (
        found.n_unique is None
        and found.low is not None
        and found.high is not None
        and abs(found.high - found.low + 1 - rows) <= 0.02 * rows
    )
    # a code known to be one per row (VisitID 1..N) counts rows: the general reader says so more plainly
    return None if unique else found


def _by_period(ctx: Context) -> KindRequest | None:
    """Distinct records per calendar period, or within one named month."""
    dates = [c for c in ctx.columns() if c.is_date and c.kind == "datetime"]
    if len(dates) != 1 or find_values(ctx.question, ctx.catalog, ctx.frame, []):
        return None  # "wind farms commissioned each year", "batches that failed QA in March": rows with a value
    if any(not (m.column.is_date or m.column.id_like) and m.via != "time" for m in ctx.mentions):
        return None  # another column is named: a condition or a measure, read elsewhere
    m = _EACH_PERIOD.search(ctx.text)
    if m is not None:
        subject = _records(ctx, m.group("w"))
        if subject is None:
            return None
        period = PERIOD_CODES.get(m.group("unit"))
        return KindRequest(frame=ctx.frame, column=subject.name, group=dates[0].name, period=period, agg="per")
    m = _IN_MONTH.search(ctx.text)
    month = next(
        (i for i, name in enumerate(MONTHS, 1) if m and m.group("month") in (name.lower(), name.lower()[:3])), 0
    )
    if m is None or not month:
        return None
    subject = _records(ctx, m.group("w"))
    if subject is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return KindRequest(
        frame=ctx.frame, column=subject.name, group=dates[0].name, value={"month": month, "year": year}, agg="in"
    )


_WHO = PERSONS | {"client", "person", "patron", "donor", "subscriber", "buyer", "partner", "contact", "friend"}


def _person_code(ctx: Context, word: str) -> Column | None:
    """The one code (or name) recording who each row's person is: "how many different people came to class"."""
    if word not in ("people", "person", "individual"):
        return None
    codes = [c for c in ctx.columns() if c.stems[:1] and c.stems[0] in _WHO and set(c.stems[1:]) & CODE_PARTS]
    # (HelloTalk's Partner Handle: a person by the name they go by)
    names = [
        c
        for c in ctx.columns()
        if c.stems[:1] and c.stems[0] in _WHO and c.stems[1:] in (("name",), ("handle",), ("username",))
    ]
    found = codes or names
    return found[0] if len(found) == 1 else None


# "how many kids showed animals", "how many students took the test": the people who did it, each once
_PEOPLE_DID = re.compile(
    r"^\W*(?:and\s+)?how\s+many\s+(?:different\s+|unique\s+)?(?P<w>people|persons|kids|children|students|members"
    r"|players|exhibitors|customers|clients|volunteers|donors|patients|drivers|runners|riders|athletes|families)\s+"
    r"(?:have\s+|had\s+|ever\s+)?(?P<verb>[a-z]+ed|showed|shown|took|came|went|ran|rode|won|bought|sold|gave|made)\b"
)
_WHO_NAMED = _WHO | {"exhibitor", "name", "player", "volunteer", "runner", "athlete", "family", "driver", "rider"}


def _people_who_did(ctx: Context) -> KindRequest | None:
    """The one column naming who each row's person is, counted once each, for "how many kids showed animals"."""
    said = _PEOPLE_DID.search(ctx.text)
    if said is None or find_values(ctx.question, ctx.catalog, ctx.frame, []):
        return None  # ("how many customers paid cash": the rows of a value, kinds.filtered)
    if said["verb"].lower() in ("signed", "joined", "registered", "subscribed", "enrolled", "applied", "created"):
        return None  # ("how many people joined in 2023": a member list's rows, each person joining once)
    if any(m.column.numeric and not m.column.id_like for m in ctx.mentions):
        return None  # ("how many people donated over $100": a bound on an amount)
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    who = [
        c
        for c in ctx.columns()
        if c.kind in ("text", "categorical")
        and c.stems[-1:]
        and c.stems[-1] in _WHO_NAMED
        and (len(c.stems) == 1 or c.stems[-1] == "name" or set(c.stems[1:]) & CODE_PARTS)
        and c.n_unique is not None
        and 1 < c.n_unique <= 0.8 * rows  # (each person on several rows; a member list's rows are its people)
    ]
    return KindRequest(frame=ctx.frame, column=who[0].name) if len(who) == 1 else None


# "how many horses are at red gate": the things of a label, each once, where a value says
# (only "at" a place: "how many places are on the japan trip" counts the trip's rows)
_HOW_MANY_AT = re.compile(
    r"\bhow many [a-z]+\s+(?P<at>(?:are|were|is|was)\s+at\b"
    # ("how many horses does sandra hill have": hers, each once)
    r"|(?:does|do|did)\b(?=\s+.+\s+(?:have|own|keep|board)\b))"
)


# "how many matches did we win" of a sheet with a row per player per match: the match days, each once
_MATCHES = re.compile(
    r"\bhow many (?:games|matches|fixtures)\s+(?:did|have|has|do)\s+(?:we|they|i|you)\s+"
    r"(?:win|won|lose|lost|draw|drawn|drew|tie|tied)\b"
)


_PLAYERS = frozenset({"player", "batter", "bowler", "athlete", "swimmer", "runner", "wrestler", "golfer", "name"})


def _matches_with(ctx: Context) -> KindRequest | None:
    """The days of matches with the result said, when each match fills several rows (one a player).

    A match is its date here; a file that numbers its matches (Match ID) counts them by that instead, elsewhere.
    """
    if _MATCHES.search(ctx.text) is None:
        return None
    dates = [c for c in ctx.columns() if c.is_date]
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    # (a row a player: each match fills several; a row a match names no one who played in it)
    players = [
        c
        for c in ctx.columns()
        if c.categorical and set(c.stems) & (PERSONS | _PLAYERS) and c.n_unique and c.n_unique * 2 <= rows
    ]
    if len(dates) != 1 or not players:
        return None
    if any(c.id_like and set(c.stems) & {"match", "game", "fixture"} for c in ctx.columns()):
        return None
    named: dict[str, set[str]] = {}
    for v in find_values(ctx.question, ctx.catalog, ctx.frame, []):
        named.setdefault(v.column.name, set()).add(v.value)
    if len(named) != 1 or any(len(vs) != 1 for vs in named.values()):
        return None
    return KindRequest(
        frame=ctx.frame, column=dates[0].name, period="D", where=[[k, next(iter(vs))] for k, vs in named.items()]
    )


def _repeats(column: Column, rows: int) -> bool:
    """Whether each of a column's values fills several rows, four or more on average (Entry # 101-160 of 300).

    (A board's Card Name seen twice by chance is still a card a row.)
    """
    if column.n_unique:
        return column.n_unique * 4 <= rows
    low, high = column.low, column.high
    if not column.numeric or low is None or high is None or not float(low).is_integer():
        return False
    return (high - low + 1) * 4 <= rows


def _match(ctx: Context) -> KindRequest | None:
    periods = _matches_with(ctx) or _periods_with(ctx)
    if periods is not None:
        return periods
    by_period = _by_period(ctx)
    if by_period is not None:
        return by_period
    m = _ASK.search(ctx.text)
    different = _DIFFERENT.search(ctx.text)
    if different is not None:
        # "how many different players bought something": each player once, whatever they did
        m = _ASK.search(ctx.text[: different.end()] + " are there")
    if not m:
        return _people_who_did(ctx)
    if m.group("dated") and not any(
        c.is_date and root(m.group("dated")) in {root(p) for p in c.stems} for c in ctx.columns()
    ):
        # ("how many orders got cancelled": the rows of a status, kinds.filtered; "how many different road
        # segments were counted" is read by its "different" as before)
        m = _ASK.search(ctx.text[: m.start("dated")])
        if m is None or m.group("dated"):
            return None
    if m.group("dated"):
        subject = _records(ctx, (m.group("w") or "").split()[-1].removesuffix("s"))
        return KindRequest(frame=ctx.frame, column=subject.name) if subject is not None else None
    if m.group("svc") and (
        any(m.start("svc") < x.end and x.start < m.end("svc") for x in ctx.mentions)
        or any(
            m.start("svc") < v.end and v.start < m.end("svc")
            for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
        )
    ):
        return None  # "how many orders have i made with nike": a merchant's rows (kinds.filtered)
    span = m.span("w") if m.group("w") else m.span("w2")
    rows_each = ctx.catalog.rows.get(ctx.frame, 0)
    # (unless what is counted repeats over the rows: a cook-off's Entry #, judged five times each)
    # (never the rows' own words: "how many records are there for each country" counts rows)
    rows_word = ctx.text[span[0] : span[1]].split()[-1] in ("records", "rows", "reports", "lines")
    repeated = not rows_word and any(
        x.start < span[1] and span[0] < x.end and _repeats(x.column, rows_each) for x in ctx.mentions
    )
    if re.match(r"\s*(?:(?:for|in)\s+)?(?:each|every|per)\b", ctx.text[m.end() :]) and not repeated:
        return None  # "how many cards are in each list": rows counted per list, not distinct cards
    start, end = m.span("w") if m.group("w") else m.span("w2")
    said_words = [stem(w) for w in ctx.text[start:end].split()]
    subjects = ctx.catalog.subjects.get(ctx.frame, frozenset())
    of_file = set(said_words) <= subjects  # "count stations" of a file so named
    # "how many water systems" of a file of water samples: the file's own word before a column's ("systems")
    # (the file's word naming no column itself: not "lane rentals" of a range's Lane beside Firearm Rental)
    head_at = ctx.text.rfind(" ", start, end)
    head_named = (
        set(said_words[:-1]) <= subjects
        and any(x.start < end <= x.end for x in ctx.mentions)
        and not any(start <= x.start and x.end <= head_at for x in ctx.mentions)
    )
    if (
        " " in ctx.text[start:end].strip()
        and not any(x.start <= start and end <= x.end for x in ctx.mentions)
        and not of_file
        and not head_named
    ):
        return None  # "how many price records": two words that name no column together ("zip codes" do)
    if any(v.start >= m.end() for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])):
        return None  # "how many buildings are in Ballard": rows with a value, counted (kinds.filtered)
    named = [x for x in ctx.mentions if x.start < end and start < x.end]
    if (
        not named
        and not re.search(r"\b(?:different|distinct|unique|separate)\b", ctx.text)
        and any(
            v.start < end and start < v.end and v.column.kind != "text"
            for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
        )
    ):
        return None  # "how many grabs are in the history": the rows of Event Type = Grabbed, each event once
    said_noun = stem(ctx.text[start:end].split()[-1])
    shared = [
        c
        for c in ctx.columns()
        if c.is_date and c.stems == (said_noun, "date") and c.n_dates is not None and c.n_dates * 4 <= rows_each
    ]
    if (
        not named
        and len(shared) == 1
        and rows_noun(ctx.catalog, ctx.frame, said_noun) is None
        # (a crash's COLLISION_ID on each person's row: the crashes are counted by their code, not their dates)
        and not any(c.id_like and repeats(c, rows_each) for c in ctx.columns())
    ):
        # "how many storms have we plowed": a Storm Date shared by each storm's many rows, each storm its date
        return KindRequest(frame=ctx.frame, column=shared[0].name)
    if named and named[0].column.is_date:
        named = []  # "how many crashes": no dates (CRASH_DATE) but the records, each by its code (COLLISION_ID)
    coded = [
        c
        for c in ctx.columns()
        if c.id_like and set(c.stems[1:]) & set(_CODED_AS.get(stem(ctx.text[start:end].split()[-1]), ()))
    ]
    if len(coded) == 1 and not any(x.score >= 90 for x in named):
        return KindRequest(frame=ctx.frame, column=coded[0].name)  # "providers": Rndrng_NPI, not a Prvdr name part
    person = _person_code(ctx, stem(ctx.text[start:end].split()[-1])) if not named else None
    if person is not None:
        return KindRequest(frame=ctx.frame, column=person.name)
    if re.search(r"\b(?:tracked|logged|recorded)\b", ctx.text) and not (
        named and named[0].column.numeric and set(named[0].column.stems) & {"number", "no", "num", "nr"}
    ):
        return None  # "how many workouts have i logged": the times logged (kinds.events), not Workout Name
    if (
        named
        and named[0].via == "synonym"
        and len(named[0].column.stems) >= 2
        # ("how many different species": Scientific name's different values, said so)
        and not re.search(r"\b(?:different|distinct|unique|separate)\b", ctx.text)
    ):
        return None  # "how many dogs are there": the rows, each a dog, not the distinct values of AnimalName
    if (
        named
        and named[0].column.numeric
        and not named[0].column.id_like
        and (named[0].column.additive or named[0].column.stems[:2] in (("number", "of"), ("count", "of")))
    ):
        return None  # "how many births were there": a count kept in a column (Births, Number of Colonies)
    code = rows_noun(ctx.catalog, ctx.frame, ctx.text[start:end].split()[-1])
    if named and code is not None and code.id_like and named[0].column is not code and named[0].score < 90:
        return KindRequest(frame=ctx.frame, column=code.name)  # "reports": each Report ID once, not Report Name
    if named:
        return KindRequest(frame=ctx.frame, column=named[0].column.name)
    # (a measure named by the verb after the noun says what they did: "how many different people donated")
    before = [
        x
        for x in ctx.mentions
        if (x.start < end or not (x.column.numeric and x.via == "synonym"))
        and not (x.column.is_date and (x.start < end or different is not None))  # ("bought": purchase_time)
        # ("how many different birds did we band": the verb after them opens Band Number, their own code)
        and not (x.column.id_like and x.start >= end and different is not None)
    ]
    if before or not re.search(
        r"\bare there\b|\bwere there\b|\bdo we have\b|\bdid we have\b|\b(?:unique|different|distinct)\b"
        r"|\b(?:are|were)\s+(?:in\s+here|in\s+(?:this|the)(?:\s+(?:file|data|dataset|table|list))?)\b"
        r"|\b(?:did|do|have|has)\s+(?:we|i|you|they)\s+(?:(?:ever|already)\s+)?(?:get|got|gotten|had|receive"
        r"|received|take|taken|took|place|placed|made)\b",
        ctx.text,
    ):
        return None
    # "how many patients are there?" with no column named so: the subject code, when rows repeat per subject
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    # "how many different shoppers": of User_ID and Product_ID, the code of who the word names
    word = stem(ctx.text[start:end])
    # (its first part may be a short form: Prscrbr_NPI of "prescribers", cust_id of "customers")
    said = [
        c
        for c in ctx.columns()
        if c.id_like
        and c.stems
        and (
            c.stems[0] in {word, *SYNONYM_OF.get(word, ()), *_CODED_AS.get(word, ())}
            or abbreviates(c.stems[0], word)
            or bool(set(c.stems[1:]) & set(_CODED_AS.get(word, ())))  # CMS's Rndrng_NPI: the provider's number
        )
    ]
    if len(said) == 1:
        return KindRequest(frame=ctx.frame, column=said[0].name)
    schemed = [c for c in ctx.columns() if c.id_like and repeats(c, rows) and _scheme_code_of(c, word)]
    if len(schemed) == 1:  # "how many wells": API Well No, each well once
        return KindRequest(frame=ctx.frame, column=schemed[0].name)
    # "how many unique astronauts": one row per mission, each person by their name (not mission_number)
    # (or by the name of who gives: FEC's contributor_name, not a first or a last name alone)
    names = [
        c
        for c in ctx.columns()
        if c.kind == "text"
        and c.stems[-1:] == ("name",)
        and len(c.stems) <= 2
        and c.stems[0] not in ("first", "last", "middle", "given", "family", "sur", "user", "file", "company")
        and repeats(c, rows)
    ]
    if len(names) > 1:
        names = [c for c in names if c.stems == ("name",)]
    ids = [c for c in ctx.columns() if c.id_like and repeats(c, rows)]
    if len(names) == 1 and not any(set(c.stems) - CODE_PARTS <= {word} for c in ids):
        ids = names
    if (
        len(ids) == 1
        and ctx.catalog.names_subject(ctx.frame, word)
        and set(ids[0].stems) - CODE_PARTS - {word}
        and not re.search(r"\b(?:unique|different|distinct)\b", ctx.text)
    ):
        return None  # "how many arrests were there" of an arrests file: its rows, not the codes of an Area ID
    return KindRequest(frame=ctx.frame, column=ids[0].name) if len(ids) == 1 else None


def _scheme_code_of(column: Column, word: str) -> bool:
    """A code named by a numbering scheme's capitals and the thing it numbers: "API Well No" of wells."""
    schemes = {w.lower() for w in re.findall(r"\b[A-Z]{2,4}\b", column.name)}
    kept = tuple(p for p in column.stems if p not in CODE_PARTS and p not in ("unique", "record") and p not in schemes)
    return bool(schemes) and kept == (word,)


# Things a code column numbers under another name: CMS numbers each hospital by its Facility or Provider ID
_CODED_AS = {"hospital": ("facility", "provider"), "store": ("shop", "outlet", "location"), "school": ("campus",)}
# a US health provider's National Provider Identifier (CMS's Rndrng_NPI, Prscrbr_NPI)
_CODED_AS |= {w: ("npi",) for w in ("provider", "doctor", "physician", "prescriber", "clinician", "practitioner")}


def code(req: KindRequest) -> str:
    """The cell for the request."""
    c = col(req.column)
    if req.agg == "per":  # distinct records of each calendar period
        unit = PERIOD_NAMES[req.period or "M"]
        return finish(
            [
                f"# Different {req.column} values in each {unit} of {req.group}",
                f"per_{unit} = {req.frame}.groupby({req.frame}[{col(req.group)}].dt.to_period({req.period!r}))"
                f"[{c}].nunique()",
                f"print(per_{unit})",
                f"per_{unit}.plot(kind='bar' if len(per_{unit}) <= 40 else 'line', figsize=(8, 4), "
                f"ylabel='different {req.column}')",
                "plt.show()",
                "",
                f'result = {{"rows": len({req.frame}), "per": per_{unit}, "mean": per_{unit}.mean()}}',
            ],
            f"{req.column} per {unit}",
        )
    if req.agg == "in" and isinstance(req.value, dict):  # distinct records within one named month
        month, year = int(req.value.get("month") or 1), req.value.get("year")
        when = f"{req.frame}[{col(req.group)}]"
        keep = f"({when}.dt.month == {month})" + (f" & ({when}.dt.year == {year})" if year else "")
        return finish(
            [
                f"# Different {req.column} values in {MONTHS[month - 1].capitalize()} {year or ''}".rstrip(),
                f"rows = {req.frame}[{keep}]",
                "",
                f'result = {{"rows": len({req.frame}), "matching": len(rows), "distinct": rows[{c}].nunique()}}',
            ],
            f"{req.column} in one month",
        )
    if req.period and not req.where:  # on how many days the rows fall, each day once
        unit = _UNIT[req.period]
        return finish(
            [
                f"# On how many {unit}s the rows fall",
                f'{unit}s = pd.to_datetime({req.frame}[{c}]).dt.to_period("{req.period}").nunique()',
                "",
                f'result = {{"distinct": {unit}s, "of": {unit}s, "rows": len({req.frame})}}',
            ],
            f"{unit}s with rows",
        )
    if req.period:
        unit = _UNIT[req.period]
        condition = where_mask(req.frame, req.where)
        return finish(
            [
                f"# On how many {unit}s {_where(req)}",
                f"rows = {req.frame}[{condition}]",
                f'{unit}s = pd.to_datetime(rows[{c}]).dt.to_period("{req.period}").nunique()',
                f'all_{unit}s = pd.to_datetime({req.frame}[{c}]).dt.to_period("{req.period}").nunique()',
                "",
                f'result = {{"distinct": {unit}s, "of": all_{unit}s, "rows": len(rows)}}',
            ],
            f"{unit}s {_where(req)}",
        )
    if req.agg == "by_label":  # distinct values within each label's rows
        return finish(
            [
                f"# Different {req.column} values in each {req.group}",
                f"per_group = {req.frame}.groupby({col(req.group)})[{c}].nunique().sort_values(ascending=False)",
                "print(per_group.to_string())",
                "",
                f'result = {{"per_group": per_group, "rows": len({req.frame})}}',
            ],
            f"distinct {req.column} per {req.group}",
        )
    lines = [
        f"# How many different values {req.column} takes",
        f"distinct = {req.frame}[{c}].nunique()",
    ]
    if req.then:  # and among the rows with the value the second part names
        c2, _, v2 = req.then
        lines.append(f"among = {req.frame}.loc[{req.frame}[{col(c2)}] == {v2!r}, {c}].nunique()")
    lines += [
        "",
        f'result = {{"distinct": distinct, "rows": len({req.frame})' + (', "among": among}' if req.then else "}"),
    ]
    return finish(lines, f"distinct {req.column}")


_UNIT = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _where(req: KindRequest) -> str:
    return " and ".join(f"{k} = {v}" for k, v in req.where)


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    if req.agg == "per":
        unit = PERIOD_NAMES[req.period or "M"]
        got = result.get("per")
        per: dict[str, Any] = got if isinstance(got, dict) else {}
        lines = [f"Different {req.column} per {unit} of {req.group}, {fmt(result.get('rows'))} rows.", ""]
        lines += [f"| {unit} | different {req.column} |", "|---|---|"]
        lines += [f"| {k} | {fmt(v)} |" for k, v in list(per.items())[:60]]
        counts = {k: v for k, v in per.items() if isinstance(v, int | float)}
        if counts:
            top, low = max(counts, key=lambda k: counts[k]), min(counts, key=lambda k: counts[k])
            lines += [
                "",
                f"On average **{fmt(result.get('mean'))}** a {unit}; the most in {top} ({fmt(counts[top])}), "
                f"the fewest in {low} ({fmt(counts[low])}).",
            ]
        return "\n".join(lines)
    if req.agg == "by_label":
        got = result.get("per_group")
        per_group: dict[str, Any] = got if isinstance(got, dict) else {}
        lines = [f"Different {req.column} values per {req.group}, {fmt(result.get('rows'))} rows.", ""]
        lines += [f"| {req.group} | different {req.column} |", "|---|---|"]
        lines += [f"| {k} | {fmt(v)} |" for k, v in list(per_group.items())[:60]]
        return "\n".join(lines)
    if req.agg == "in" and isinstance(req.value, dict):
        month, year = int(req.value.get("month") or 1), req.value.get("year")
        when = MONTHS[month - 1].capitalize() + (f" {year}" if year else "")
        return (
            f"Different {req.column} values with {req.group} in {when}, {fmt(result.get('matching'))} of "
            f"{fmt(result.get('rows'))} rows.\n\n**{fmt(result.get('distinct'))}** different {req.column} values "
            f"in {when} ({fmt(result.get('matching'))} rows, as several rows can share one {req.column})."
        )
    if req.period and not req.where:
        unit = _UNIT[req.period]
        return (
            f"Different {unit}s of {req.column}, {fmt(result.get('rows'))} rows.\n\n"
            f"The rows fall on **{fmt(result.get('distinct'))}** different {unit}s."
        )
    if req.period:
        unit, n, of = _UNIT[req.period], result.get("distinct"), result.get("of")
        share = (
            f" ({100 * n / of:.1f}% of them)"
            if isinstance(n, int | float) and isinstance(of, int | float) and of
            else ""
        )
        return (
            f"{unit.capitalize()}s with {_where(req)}, {fmt(result.get('rows'))} rows.\n\n"
            f"**{fmt(n)}** of the {fmt(of)} {unit}s{share} have {_where(req)}."
        )
    return (
        f"Distinct values of {req.column}, {fmt(result.get('rows'))} rows.\n\n"
        f"There are **{fmt(result.get('distinct'))}** different {req.column} values."
        + (
            f" On average each has **{fmt(result['rows'] / result['distinct'])}** rows"
            f" ({fmt(result['rows'])} rows over {fmt(result['distinct'])} values)."
            if req.agg == "per_value" and result.get("distinct") and isinstance(result.get("rows"), int | float)
            else ""
        )
        + (
            f" Of them, **{fmt(result['among'])}** appear on rows with {req.then[0]} = {req.then[2]}."
            if req.then and isinstance(result.get("among"), int | float)
            else ""
        )
    )
