"""Offline analyst: a measure a question writes as arithmetic of two columns ("net import (import minus export)").

"A minus B", "A plus B", "A divided by B", "A per B" (B a measure, not a few labels), "A as a % of B": the two
columns become one derived column, named by its formula ("Import (kWh) - Export (kWh)"), computed by the cell
before use and read by every kind as a column of its own. The question is rewritten to name it, and the formula
is kept in the memory so that follow-ups ("and by region?") still find it.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from .catalog import Catalog, Column, Mention, summed_parts
from .readings import all_candidates
from .words import (
    CURRENCY,
    HOURS_WORKED,
    LENGTH_WORDS,
    MONEY_PARTS,
    PERSONS,
    UNIT_QUANTITY,
    abbreviates,
    root,
    same_word,
    stem,
)

_OPS = [
    ("-", r"minus|less|take\s+away|−|-"),
    ("+", r"plus|\+"),
    ("x", r"x|×|\*|times|multiplied\s+by"),
    ("/", r"divided\s+by|/"),
    # ("gallons of juice out of a bushel", "eggs from each hen", "rejects for every thousand")
    ("per", r"per|over|(?:out\s+of|from)\s+(?:a|an|each|every|one)|for\s+every"),
    ("%", r"as\s+an?\s+(?:%|percent(?:age)?|share|proportion|fraction)\s+of"),
]
_OPERATORS = [(op, re.compile(rf"\s+(?:{words})\s+", re.IGNORECASE)) for op, words in _OPS]
_TIMES_BEFORE = re.compile(r"\s(?:x|×|\*|times|multiplied\s+by)\s+$", re.IGNORECASE)
# what is done with an amount, said between it and "per": "salt do we put down per lane mile"
_DONE_BETWEEN = re.compile(
    r"(?:\s+of\s+[a-z]+)?"  # "pounds of food per household": what the pounds are of
    r"\s+(?:do|does|did)\s+(?:we|i|you|they|he|she|it)\s+[a-z]+(?:\s+(?:down|up|out|in|on|off|away|through))?"
    r"|\s+of\s+[a-z]+",
    re.IGNORECASE,
)
_SHOWN = {"-": "-", "+": "+", "x": "×", "/": "/", "per": "/", "%": "as % of", "/²": "/"}
_SQUARED = re.compile(r"\s*(?:\^\s*2|\*\*\s*2|²|\s+squared\b)", re.IGNORECASE)
# Words before a written-out formula that only name its result ("net import (import minus export)").
# ("total" and "combined" stay: "in total (adults + kids)" asks for the sum of the result as well)
_RESULT_WORDS = frozenset({"net", "gross", "difference", "ratio", "balance", "surplus", "margin"})


def _derived(a: Column, op: str, b: Column) -> Column:
    shown = _SHOWN[op]
    # ("(Cash Tips + Card Tips) / Hours": a sum divided is bracketed, as it is computed)
    said, by = (
        f"({c.name})"
        if c.formula
        and c.formula[1] in ("+", "-", "rowsum")
        and (op not in ("+", "-") or (op == "-" and c is b))  # (Sale Price - (Acq Cost + Recon Cost))
        else c.name
        for c in (a, b)
    )
    return Column(
        frame=a.frame,
        name=f"{said} / {by}²" if op == "/²" else f"{said} {shown} {by}",
        kind="numeric",
        dtype="float64",
        additive=(op in ("+", "-") and a.additive and b.additive) or (op == "x" and (a.additive or b.additive)),
        position=max(a.position, b.position) + 2000,
        formula=(a.name, "%" if op == "%" else "/" if op == "per" else op, b.name),
    )


# Minutes in one unit of time, by the name parts that say it (a column "duration_ms", "Wait (hrs)").
_MINUTES = {"ms": 1 / 60000, "millisecond": 1 / 60000, "s": 1 / 60, "sec": 1 / 60, "second": 1 / 60}
_MINUTES |= {"min": 1, "mins": 1, "minute": 1, "h": 60, "hr": 60, "hrs": 60, "hour": 60, "day": 1440, "week": 10080}
_MINUTES |= {"year": 525960}  # a year of 365.25 days
_IN_UNIT = re.compile(
    r"\s*\bin\s+(?P<unit>milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|years?)\b"
)


_RUNTIME_UNITS = frozenset({"sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "ms"})


def _unitless_seconds(a: Column) -> bool:
    """A duration with no unit in its name running into the tens of thousands: seconds (Oura's sleep)."""
    # (not a bare "time": BTS's AIR_TIME adds up minutes into the tens of thousands)
    named = "duration" in a.stems and not a.is_date and not a.clock
    if a.low is None or a.high is None or a.low < 0:
        return False
    # ... and the time a track was listened to, in whole seconds up to an hour (Deezer's Listening Time)
    heard = {"listening", "listened", "played", "playing"} & set(a.stems) and "time" in a.stems and a.whole_count
    return (named and 3600 <= a.high <= 400_000) or bool(heard and 120 <= a.high <= 3600)


def in_seconds(a: Column) -> bool:
    """Whether a length is kept in seconds or milliseconds, by its name or its range: worth saying in minutes."""
    if not a.numeric or a.is_date or a.clock:
        return False
    own = next((_MINUTES[s] for s in reversed(a.stems) if s in _MINUTES), None)
    return (own is not None and own < 1) or (own is None and _unitless_seconds(a))


def _converted(a: Column, unit: str) -> Column | None:
    """`a` in another unit of time ("duration_ms in minutes"), or None when its own unit is not known."""
    if not a.numeric or a.is_date or a.year_like:
        return None  # a label ("Functioning Day": Yes/No), a date or a calendar year has no length to convert
    own = next((_MINUTES[s] for s in reversed(a.stems) if s in _MINUTES), None)
    if a.clock:  # h:mm:ss text ("01:30:00" of a Duration, even of "Duration (h)") is read as minutes
        own = _MINUTES["minute"]
    if own is None and _unitless_seconds(a):
        own = _MINUTES["second"]
    if own is None and "runtime" in a.stems and a.high is not None and a.high <= 600:
        own = _MINUTES["minute"]  # an episode's or a film's runtime, up to ten hours, is in minutes
    if own is None and "age" in a.stems and (a.low or 0) >= 3000:
        own = _MINUTES["day"]  # an age of 10,000 to 24,000 is in days (the cardio table's age), never in years
    wanted = _MINUTES.get(unit.rstrip("s") if unit not in ("ms", "hrs", "mins") else unit)
    if own is None or wanted is None or own == wanted:
        return None
    return Column(
        frame=a.frame,
        name=f"{a.name} in {unit}",
        kind="numeric",
        dtype="float64",
        additive=a.additive,
        position=a.position + 2000,
        formula=(a.name, "*", repr(own / wanted)),
    )


def _row_sum(columns: list[Column], *, additive: bool) -> Column:
    """The derived column of several columns added up on each row ("Adult Rounds + Child Rounds")."""
    names = [c.name for c in columns]
    return Column(
        frame=columns[0].frame,
        name=" + ".join(names),
        kind="numeric",
        dtype="float64",
        additive=additive,
        position=max(c.position for c in columns) + 2000,
        formula=(names[0], "rowsum", repr(names)),
    )


def _sum_of_many(
    question: str, catalog: Catalog, frame: str, memory: dict[str, Any], readings: list[Mention]
) -> str | None:
    """Three columns or more written added up ("roomservice + foodcourt + shoppingmall + spa"): their row sum."""
    spans = sorted(
        {(m.start, m.end): m for m in sorted(readings, key=lambda m: m.score)}.values(), key=lambda m: m.start
    )
    run: list[Mention] = []
    for m in spans:
        if run and re.fullmatch(r"\s*\+\s*", question[run[-1].end : m.start]):
            run.append(m)
        elif len(run) < 3:
            run = [m]
        else:
            break
    if len(run) < 3 or len({m.column.name for m in run}) != len(run):
        return None
    column = _row_sum([m.column for m in run], additive=all(m.column.additive for m in run))
    _added(column, catalog, frame, memory)
    start, end = run[0].start, run[-1].end
    if question[start - 1 : start] == "(" and question[end : end + 1] == ")":
        start, end = start - 1, end + 1
    return question[:start] + column.name + question[end:]


# Words that split one count into parts of the whole, each group complete in itself: rounds by Adult and Child,
# goals Home and Away, hours Regular and OT. (Never Gross and Net, Wet and Dry, Est and Actual: one thing twice.)
_PART_GROUPS = (
    frozenset({"adult", "child", "children", "kid", "kids", "senior", "student", "youth", "infant", "junior", "teen"}),
    frozenset({"home", "away"}),
    frozenset({"regular", "reg", "ot", "overtime", "straight", "double"}),
    frozenset({"male", "female", "men", "women", "boy", "girl"}),
    frozenset({"field", "office"}),
    frozenset({"weekday", "weekend"}),
    frozenset({"online", "walkin", "phone", "instore"}),
    frozenset({"free", "reduced", "paid", "full"}),  # a cafeteria's Free, Reduced and Paid Lunch: lunches served
    frozenset({"cash", "card", "credit", "debit", "check", "venmo"}),  # a driver's Cash Tips and Card Tips: the tips
    frozenset({"kept", "released"}),  # a charter's Fish Kept and Fish Released: the fish caught
)


_NOT_PARTS = frozenset({"price", "rate", "fee", "avg", "average", "per", "pct", "percent"})


def _parts_said_whole(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """A count said by the noun its parts share ("how many rounds": Adult Rounds + Child Rounds): their row sum.

    Only when every column of that noun is one part (a group of the same kind: adult and child, home and away), no
    column holds the whole, and the question names no part on its own.
    """
    numeric = [c for c in catalog.numeric(frame) if not c.id_like and not c.formula and len(c.significant) == 2]
    for said in re.finditer(r"[a-z]+", question, re.IGNORECASE):
        word = stem(said.group().lower())
        if len(word) < 3 or word in {p for g in _PART_GROUPS for p in g}:
            continue
        # the noun last (Adult Rounds, Child Rounds) or first (Fish Kept, Fish Released)
        for noun, kind in ((1, 0), (0, 1)):
            parts = [c for c in numeric if stem(c.significant[noun]) == word]
            kinds = {c.significant[kind] for c in parts}
            group = next((g for g in _PART_GROUPS if kinds <= g), None)
            if len(parts) >= 2 and len(kinds) == len(parts) and group is not None:
                break
        else:
            continue
        assert group is not None
        if any(not (c.whole_count or c.additive or c.money_marked) or set(c.stems) & _NOT_PARTS for c in parts):
            continue  # (an Adult Price beside a Child Price: prices are no parts of a total; Cash Tips are)
        if any(len(c.significant) == 1 and stem(c.significant[0]) == word for c in catalog.of(frame)):
            continue  # a Rounds column of its own holds the whole
        if re.search(rf"\b(?:{'|'.join(sorted(group))})s?\b", question, re.IGNORECASE):
            continue  # "adult rounds", "rounds did adults play": one part named
        if group == _PART_GROUPS[-1] and re.search(
            r"\b(?:keep|keeps|keeping|release|releases|releasing|let\s+go|"
            r"toss|tossed|throw\s+back|threw\s+back)\b",
            question,
            re.I,
        ):
            continue  # "how many fish did we keep": the kept, said by the verb
        if any(
            m.start <= said.start() and said.end() <= m.end and m.score >= 90 and m.column not in parts
            for m in all_candidates(question, catalog, frame)
        ):
            continue  # "the biggest fish anyone's caught": Biggest Fish (lbs), named whole, not Kept + Released
        column = _row_sum(sorted(parts, key=lambda c: c.position), additive=True)
        _added(column, catalog, frame, memory)
        return question[: said.start()] + column.name + question[said.end() :]
    return question


def _priced_kinds(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """The thing a price is per, counted by its kinds: the kinds' row sum.

    "how many trees" of Douglas Fir, Fraser Fir and Noble Fir beside a Price/Tree. Only when the table's every
    other count is one of those kinds (one head word: "fir") and no column is named for the thing itself.
    """
    per = [
        c
        for c in catalog.of(frame)
        if c.numeric and set(c.stems) & {"price", "rate", "fee", "cost"} and _PER_THING.search(c.name)
    ]
    if len(per) != 1:
        return question
    unit = stem(_PER_THING.search(per[0].name)["unit"].lower())  # type: ignore[index]
    if any(unit in c.stems for c in catalog.of(frame) if c is not per[0]):
        return question
    said = re.search(rf"\b{re.escape(unit)}(?:e?s)?\b", question, re.IGNORECASE)
    if said is None:
        return question
    counts = [
        c
        for c in catalog.numeric(frame)
        if c is not per[0]
        and not (c.id_like or c.is_date or c.formula or c.flag or c.money_marked or c.time)
        and (c.whole_count or c.whole_floats)
    ]
    if len(counts) < 2 or len({c.stems[-1] for c in counts}) != 1 or any(len(c.stems) != 2 for c in counts):
        return question
    column = _added(_row_sum(sorted(counts, key=lambda c: c.position), additive=True), catalog, frame, memory)
    return question[: said.start()] + column.name + question[said.end() :]


_PER_THING = re.compile(r"(?:/\s*|\bper\s+)(?P<unit>[A-Za-z]{3,})\s*$", re.IGNORECASE)


# Money kept in parts of one bill, with no column for the whole: Parts $ and Labor $ of a repair ticket
_BILL_PARTS = frozenset(
    {"part", "labor", "labour", "material", "shipping", "freight", "delivery", "install", "installation", "service"}
)
_MONEY_WORD = re.compile(
    r"\b(?:(?P<cmp>cost|costs|costing)\s+(?P<dir>more|less)\b"
    r"|(?P<noun>cost|costs|revenue|money|income|charges|bills?)\b"
    r"|(?P<verb>bring\s+in|brought\s+in|bringing\s+in|make|made|earn|earned|charge|charged|billed|spend|spent)\b)",
    re.IGNORECASE,
)


def _money_of_parts(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Money said of a bill kept in parts ("do e-bike repairs cost more", "how much did we bring in"): their row sum.

    Only when every money column is one part of the bill (parts, labor, materials, shipping), none holds the whole,
    and the question names no part.
    """
    said = _MONEY_WORD.search(question)
    if said is None:
        return question
    money = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and not c.formula and (CURRENCY.search(c.name) or set(c.stems) & MONEY_PARTS)
    ]
    if len(money) < 2 or any(not set(c.stems) & _BILL_PARTS for c in money):
        return question
    if any(c.formula is not None and c.formula[1] in ("+", "sum") for c in catalog.numeric(frame)):
        return question  # (Labour Cost (£) and Parts Cost (£): their sum is in the catalog already, named "cost")
    if any(stem(w) in _BILL_PARTS or w in _BILL_PARTS for w in re.findall(r"[a-z]+", question.lower())):
        return question  # "labor cost": one part named
    column = _added(_row_sum(sorted(money, key=lambda c: c.position), additive=True), catalog, frame, memory)
    if said["cmp"]:  # "cost more than": a higher total of the parts
        side = "higher" if said["dir"].lower() == "more" else "lower"
        return f"{question[: said.start()]}have {side} {column.name}{question[said.end() :]}"
    if said["noun"]:
        return f"{question[: said.start()]}{column.name}{question[said.end() :]}"
    return f"{question[: said.end()]} in {column.name}{question[said.end() :]}"


# Money that is not what the rows sold for: a price or rate of one, a charge beside the sale, a balance
_NOT_SALES = frozenset(
    {"price", "rate", "fee", "cost", "tip", "tips", "deposit", "total", "balance", "paid", "discount", "tax", "each"}
)
_SALES_WORD = re.compile(
    r"\b(?:sales|revenue|takings|gross|(?:take|took|taken|bring|brought|bringing)\s+in|make|made|earn|earned"
    # ("the average amount per transaction": the money taken, there being no other amount)
    r"|amount(?!\s+of)|spend|spent)\b",
    re.IGNORECASE,
)


def _sales_of_departments(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Sales said of a register kept by department (Clothing $, Housewares $, Books $): their row sum.

    Only when every money column is a department's takings (no price, fee, cost or total among them), there are
    three or more, and the question names none of them.
    """
    said = _SALES_WORD.search(question)
    if said is None:
        return question
    money = [c for c in catalog.numeric(frame) if not c.id_like and not c.formula and c.money_marked]
    if len(money) < 3 or any(set(c.stems) & _NOT_SALES or len(c.significant) != 1 for c in money):
        return question
    if any(m.column in money for m in all_candidates(question, catalog, frame) if m.score >= 60):
        return question  # ("clothing sales": one department named)
    column = _added(_row_sum(sorted(money, key=lambda c: c.position), additive=True), catalog, frame, memory)
    # ("how much do we make per transaction": the money said by its verb, then divided)
    if said.group().lower() in ("sales", "revenue", "takings", "gross") or _THEN_PER.match(question[said.end() :]):
        return f"{question[: said.start()]}{column.name}{question[said.end() :]}"
    return f"{question[: said.end()]} in {column.name}{question[said.end() :]}"


# How a sale was paid for: a register kept by tender (Cash $, Card $) takes in their sum
_TENDERS = frozenset({"cash", "card", "credit", "debit", "check", "cheque", "coin", "venmo", "zelle", "paypal", "ebt"})
_NOT_TAKEN = frozenset({"offer", "offered", "price", "rate", "fee", "cost", "refund", "balance", "deposit", "owed"})
_TENDERS_LISTED = re.compile(
    r"[,(]?\s*\b(?:both\s+)?[a-z]+\s+(?:and|plus|\+)\s+[a-z]+\s+(?:together|combined|altogether)\b\)?", re.IGNORECASE
)
_SOLD_SAID = re.compile(r"\b(?:sold|sell)\b", re.IGNORECASE)
_SHARE_ASKED_OF = re.compile(
    r"\b(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction|part)\s+of\s+(?:our\s+|the\s+|all\s+)?",
    re.IGNORECASE,
)


def _sales_by_tender(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Sales said of money kept by how it was paid (Cash $, Card $): their row sum; one tender's share of it.

    "How much have we sold in total", "our best month for sales": every tender added. "What percent of our sales
    are cash": Cash $ as a % of that sum. A tender named without a share ("cash sales by month") is that column.
    """
    said = _SALES_WORD.search(question) or _SOLD_SAID.search(question)
    if said is None:
        return question
    money = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and not c.formula
        and (c.money_marked or CURRENCY.search(c.name))
        and c.significant[:1]
        and c.significant[0] in _TENDERS
        and not set(c.stems) & _NOT_TAKEN  # (a buy counter's Cash Offer and Credit Offer: paid out, not sales)
    ]
    if len(money) < 2:
        return question
    # (the sales word itself names no tender, though a Card Sales holds it)
    named = {
        m.column.name
        for m in all_candidates(question, catalog, frame)
        if m.column in money and m.score >= 60 and not (m.start < said.end() and said.start() < m.end)
    }
    share = _SHARE_ASKED_OF.search(question)
    if any(
        m.column.numeric and m.column not in money and not m.column.id_like and m.score >= 60
        for m in all_candidates(question, catalog, frame)
    ):
        return question  # ("do weekends sell more trees": the Trees Sold, not the money)
    listed = _TENDERS_LISTED.search(question)
    if listed is not None and not share and all(c.significant[0] in listed.group().lower() for c in money):
        # "the most money, cash and card together": every tender added, the list said only to say so
        question = question[: listed.start()].rstrip(" ,") + question[listed.end() :]
        named = set()
    if named and not (share and len(named) == 1):
        return question  # ("cash sales": that tender)
    column = _added(_row_sum(sorted(money, key=lambda c: c.position), additive=True), catalog, frame, memory)
    if share is not None and named:  # "what percent of our sales are cash"
        return f"{question[: share.start()]}what is {named.pop()} as a % of {column.name}"
    if said.group().lower() in ("sales", "revenue", "takings", "gross"):
        return f"{question[: said.start()]}{column.name}{question[said.end() :]}"
    joint = " " if said.group().lower().endswith(" in") else " in "  # ("take in": never "take in in")
    return f"{question[: said.end()]}{joint}{column.name}{question[said.end() :]}"


def restore(catalog: Catalog, memory: dict[str, Any]) -> None:
    """Add the derived columns of earlier turns whose columns the frame still has."""
    for frame, a, op, b in memory.get("derived", []):
        if op == "rowsum":
            parts = ast.literal_eval(b)
            if all(catalog.get(frame, p) is not None for p in parts) and catalog.get(frame, " + ".join(parts)) is None:
                catalog.columns.append(
                    Column(
                        frame=frame,
                        name=" + ".join(parts),
                        kind="numeric",
                        dtype="float64",
                        position=2000,
                        formula=(a, "rowsum", b),
                    )
                )
            continue
        if op == "*":  # a length of time in another unit: the unit whose factor was remembered
            base = catalog.get(frame, a)
            units = ("ms", "seconds", "minutes", "hours", "days", "weeks", "years")
            made = [_converted(base, u) for u in units] if base is not None else []
            made += [_weighed(base, u) for u in _WEIGHTS] if base is not None else []
            column = next((c for c in made if c is not None and c.formula and c.formula[2] == b), None)
            if column is not None and catalog.get(frame, column.name) is None:
                catalog.columns.append(column)
            continue
        ca, cb = catalog.get(frame, a), catalog.get(frame, b)
        if ca is not None and cb is not None and op == "bmi":
            if catalog.get(frame, _bmi_column(ca, cb).name) is None:
                catalog.columns.append(_bmi_column(ca, cb))
            continue
        if ca is not None and op == "degrees":
            scale, wanted = b.split(">")
            if catalog.get(frame, _degrees_column(ca, scale, wanted).name) is None:
                catalog.columns.append(_degrees_column(ca, scale, wanted))
            continue
        if ca is not None and op == "decade":
            if catalog.get(frame, f"decade (from {a})") is None:
                catalog.columns.append(_decade_column(ca))
            continue
        if ca is not None and op in ("words", "chars"):
            length = Column(
                frame=frame,
                name=f"{'characters' if op == 'chars' else 'words'} in {a}",
                kind="numeric",
                dtype="int64",
                position=ca.position + 2000,
                formula=(a, op, ""),
            )
            if catalog.get(frame, length.name) is None:
                catalog.columns.append(length)
            continue
        if ca is not None and cb is not None and op == "days":  # "how many days ahead do i book", remembered
            if catalog.get(frame, _days_ahead(cb, ca).name) is None:
                catalog.columns.append(_days_ahead(cb, ca))
            continue
        if ca is not None and cb is not None and op == "age":
            if catalog.get(frame, f"age (from {a})") is None:
                catalog.columns.append(_age_column(ca, cb))
            continue
        if ca is not None and cb is not None:
            column = _span(cb, ca) if op == "span" else _derived(ca, "per" if op == "/" else op, cb)
            if catalog.get(frame, column.name) is None:
                catalog.columns.append(column)


def _added(column: Column, catalog: Catalog, frame: str, memory: dict[str, Any]) -> Column:
    """A derived column put in the catalog and its formula in the memory (for follow-ups), each once."""
    if catalog.get(frame, column.name) is None:
        catalog.columns.append(column)
    formula = [frame, *(column.formula or ())]
    memory.setdefault("derived", [])
    if formula not in memory["derived"]:
        memory["derived"].append(formula)
    return column


_HOURS_SPENT = re.compile(
    # (not "how many days ahead do i book": how long before, kept by no column of time spent)
    r"\bhow\s+many\s+(?P<unit>hours|hrs|minutes|mins|seconds|days)\b(?!\s+(?:ahead|in\s+advance|before|early))"
    r"(?P<rest>(?:\s+[\w']+){0,6}?\s+"
    r"(?P<verb>listen|listened|listening|play|played|playing|stream|streamed|streaming|watch|watched|watching"
    r"|read|reading|spend|spent|use|used|using|ride|rode|ridden|riding|run|ran|running|walk|walked|walking"
    r"|cycle|cycled|cycling|swim|swam|swimming|drive|drove|driven|driving|train|trained|training|work|worked"
    r"|working|sleep|slept|sleeping|exercise|exercised|put|putting|log|logged|practi[cs]e|practi[cs]ed|study|studied"
    r"|move|moved|moving|hike|hiked|hiking"
    r"|learn|learned|learnt|track|tracked|tracking|record|recorded|clock|clocked|book|booked|bill|billed)\b)",
    re.IGNORECASE,
)
_PLAYED = frozenset({"play", "played", "playtime", "listen", "listened", "stream", "streamed", "watch", "watched"})
_PLAYED |= {"moving", "active", "worked", "work", "riding", "ride"}  # Zwift's Moving Time beside Elapsed Time
_NOT_LENGTHS = frozenset({"position", "offset", "start", "end", "remaining", "left", "delay", "lag"})
_NOT_LENGTHS |= {"break", "pause", "idle", "unpaid"}  # time off the work, not the work (Homebase's Break length)


def _hours_spent(question: str, catalog: Catalog, frame: str) -> str:
    """Hours said of a column of milliseconds played ("how many hours did i listen"): its total in hours.

    The one additive length of time kept in a unit (ms_played, Play Duration Milliseconds), not a position in a
    track or an offset; of several, the one whose name says it was played ("listen" and "watch" are playing).
    """
    said = _HOURS_SPENT.search(question)
    each = said is not None and re.search(r"\b(?:each|every|per|by)\b", said["rest"], re.IGNORECASE)
    if said is None:
        return _total_hours(question, catalog, frame)
    unit = said["unit"].lower()
    if unit == "days" and re.search(r"\d\s*(?:hours?|hrs?|h|minutes?|mins?)\b", question, re.IGNORECASE):
        return question  # "how many days did priya put in more than 8 hours": days counted, each over a bound
    lengths = _lengths(catalog, frame, unit)
    played = [c for c in lengths if set(c.stems) & _PLAYED]
    # (Hubstaff's Tracked beside Manual: the time tracked, all of it)
    logged = [c for c in lengths if set(c.stems) & {"tracked", "logged", "worked", "duration", "total"}]
    chosen = played if len(played) == 1 else lengths if len(lengths) == 1 else logged if len(logged) == 1 else []
    paired = [c for c in catalog.numeric(frame) if c.formula and c.formula[1] == "hm"]
    chosen = paired or chosen  # Teamwork's Hours and Minutes: the two together
    # "how many hours did the heating run" of ecobee's Heat Stage 1 (sec) beside Cool Stage 1 and Fan: the one named
    words = {root(w) for w in re.findall(r"[a-z]{3,}", question.lower())} - {"time", "hour", "minute", "day", "second"}
    named = [c for c in lengths if {root(s) for s in c.stems} & words]
    chosen = chosen or (named if len(named) == 1 else [])
    if not chosen:
        return question
    # the verb goes with the words it took ("do i sleep" would name Sleep Score beside the length); "on average"
    # keeps its own figure, else the hours are added up
    typical = re.search(r"\b(?:average|avg|mean|median|typical|typically|usually|per)\b", question, re.IGNORECASE)
    if each:  # "how many hours did each person log": the hours' total for each of them
        who = re.search(r"\b(?:each|every|per|by)\s+(?P<w>[a-z]+)", said["rest"], re.IGNORECASE)
        return f"total {chosen[0].name} in {unit} for each {who['w'] if who else 'person'}{question[said.end() :]}"
    # (the words between keep who or what did it: "how many hours did anna put in": Anna's rows)
    return (
        question[: said.start()]
        + ("" if typical else "total ")
        + f"{chosen[0].name} in {unit}"
        + question[said.start("rest") : said.start("verb")].rstrip()  # (the verb is what the length measured)
        + question[said.end() :]
    )


# "total approved vacation hours", "average hours": a unit said as the measure, of the one length there is
_UNIT_MEASURE = re.compile(
    r"\b(?:total|sum\s+of|average|avg|mean|median)\s+(?:[a-z]+\s+){0,3}?(?P<unit>hours|hrs|minutes|mins)\b"
    # "hours per person", "minutes by project": the unit alone as the measure of each group
    r"|^\W*(?:and\s+)?(?:total\s+)?(?P<unit2>hours|hrs|minutes|mins)\s+(?=(?:per|by|for\s+each|each)\s)",
    re.IGNORECASE,
)


def _total_hours(question: str, catalog: Catalog, frame: str) -> str:
    """Hours said as the measure ("total approved vacation hours") of the one length kept in another unit."""
    said = _UNIT_MEASURE.search(question)
    if said is None or any(m.score >= 60 and m.column.numeric for m in all_candidates(question, catalog, frame)):
        return question  # a column named so is read as it stands
    group = "unit" if said["unit"] else "unit2"
    unit = said[group].lower()
    lengths = [c for c in _lengths(catalog, frame, unit) if c.clock]
    if len(lengths) != 1:
        return question
    total = "total " if group == "unit2" and lengths[0].additive else ""
    return f"{question[: said.start(group)]}{total}{lengths[0].name} in {unit}{question[said.end(group) :]}"


def _lengths(catalog: Catalog, frame: str, unit: str) -> list[Column]:
    """The lengths of time that can be said in `unit` (a position in a track or an offset is none)."""
    return [
        c
        for c in catalog.numeric(frame)
        # (Duolingo's time_spent_sec, whole seconds, is a length too though its name says no quantity)
        if (
            c.additive
            or c.clock
            or (c.whole_count and set(c.stems) & {"time", "duration", "length"})
            # a runtime said in its unit alone (ecobee's Heat Stage 1 (sec), Fan (sec)), not a speed in km/h
            or (c.stems[-1:] and c.stems[-1] in _RUNTIME_UNITS and not set(c.stems) & {"speed", "per", "rate", "pace"})
            # ... or its unit first (Spotify's ms_played, msPlayed): the time a stream played
            or (c.stems[:1] in (("ms",), ("msec",)) and bool(set(c.stems) & _PLAYED))
        )
        and not c.id_like
        and not set(c.stems) & _NOT_LENGTHS
        and _converted(c, unit) is not None
        and not c.name.lower().endswith(f" in {unit}")
    ]


# Sleep said as an amount of time: "how much do i sleep", "average sleep", "hours of sleep", "slept less than 6 hours"
_SLEEP_SAID = re.compile(
    r"\bhow\s+(?:much|long)\s+(?:do|did|does|have|has)\s+(?:i|we|you|they|he|she)\s+(?:\w+\s+)?(?:sleep|slept)\b"
    r"|\b(?:average|avg|mean|median|typical|total)\s+(?:amount\s+of\s+|nightly\s+|night'?s\s+)?sleep\b(?!\s+\w)"
    r"|\b(?:hours|hrs|minutes|mins)\s+of\s+sleep\b|\bsleep\s+(?:time|length|duration|hours)\b|\btime\s+asleep\b"
    # "which month did i sleep the most": the verb, ranked by the length asleep
    r"|(?:(?<=\bi\s)|(?<=\bwe\s))(?:sleep|slept)(?=\s+(?:the\s+)?(?:most|least|longest|shortest)\b)"
    r"|\b(?:did|do)\s+(?:i|we|you|they|he|she)\s+(?:get|sleep)(?=\s+(?:less|more|fewer|under|over|at\s+least)\s+"
    r"(?:than\s+)?[\d.]+\s*(?:hours?|hrs?|h|minutes?|mins?)\b)",  # "did i get less than 6 hours", not "10k steps"
    re.IGNORECASE,
)
_SLEEP_PARTS = frozenset({"asleep", "sleep", "total", "duration", "time", "length", "actual"})
_SLEEP_PARTS |= {"min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h", "sec", "seconds", "s", "ms"}


_STAGE = re.compile(r"\b(?P<w>[a-z]{3,})\s+sleep\b", re.IGNORECASE)


def _stage(said: re.Match[str], catalog: Catalog, frame: str) -> str:
    """A stage of sleep ("deep sleep") as its own column (Deep (SWS) duration), whose name leaves the sleep unsaid."""
    word = stem(said["w"].lower())
    columns = [c for c in catalog.numeric(frame) if word in c.stems]
    if len(columns) == 1 and not set(columns[0].stems) & {"sleep", "asleep"}:
        return said["w"]
    return said.group()


def _time_asleep(question: str, catalog: Catalog, frame: str) -> str:
    """Sleep said as a length ("how much do i sleep on average") of the one column of time asleep.

    Asleep duration (min), Minutes Asleep, Total Sleep Duration: a name of sleep and its length alone, never a
    stage (Light sleep duration), a score, a need or a debt, which "sleep" also names.
    """
    question = _STAGE.sub(lambda m: _stage(m, catalog, frame), question)
    said = _SLEEP_SAID.search(question)
    if said is None:
        return question
    asleep = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and set(c.stems) & {"asleep", "sleep"}
        and set(c.stems) <= _SLEEP_PARTS
        and (len(c.stems) > 1 or c.stems == ("asleep",))  # AutoSleep's asleep ("07:31:00"), not a Sleep score
    ]
    if not asleep and catalog.names_subject(frame, "sleep"):
        # a file of nights (garmin_sleep_export): its one length is the sleep's (Duration, "7h 32min")
        asleep = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like and set(c.stems) <= _SLEEP_PARTS and set(c.stems) & {"duration", "length"}
        ]
    if len(asleep) != 1:
        return question
    if said.group().lower().startswith(("did", "do")):  # "did i get less than 6 hours": the length is bounded
        return f"{question[: said.start()]}had {asleep[0].name}{question[said.end() :]}"
    if said.group().lower() in ("sleep", "slept"):
        return f"{question[: said.start()]}had {asleep[0].name}{question[said.end() :]}"
    typical = re.match(r"(?i)average|avg|mean|median|typical|total", said.group())
    lead = f"{typical.group()} " if typical else "the "
    return f"{question[: said.start()]}{lead}{asleep[0].name}{question[said.end() :]}"


def _one_of_each(columns: list[Column], first: frozenset[str], second: frozenset[str]) -> tuple[Column, Column] | None:
    """The one column named by a word of `first` and the one by a word of `second` (Battery Start, Battery End)."""
    firsts = [c for c in columns if set(c.stems) & first]
    seconds = [c for c in columns if set(c.stems) & second]
    return (firsts[0], seconds[0]) if len(firsts) == 1 and len(seconds) == 1 else None


_USED_UP = re.compile(
    r"\b(?:drain(?:s|ed|ing)?|use[sd]?|using|consume[sd]?|consuming|burn(?:s|ed|t|ing)?)\s+"
    r"(?:the\s+|more\s+|less\s+|most\s+|much\s+|of\s+the\s+|their\s+|its\s+)?(?P<what>[a-z]+)",
    re.IGNORECASE,
)
# "how much air does a dive use": the thing said first, the deed after
_HOW_MUCH_USED = re.compile(
    r"\bhow\s+much\s+(?P<what>[a-z]+)\s+(?:do|does|did)\s+(?:an?\s+|the\s+|each\s+|every\s+|my\s+|our\s+)?"
    r"[a-z]+\s+(?:use|burn|consume|drain|go\s+through)\b",
    re.IGNORECASE,
)
# "how much does pain go down in a visit": a level kept before and after, the one less the other
_HOW_MUCH_MOVED = re.compile(
    r"\bhow\s+(?:much|far)\s+(?:do|does|did)\s+(?:the\s+|my\s+|our\s+|their\s+|its\s+)?(?P<what>[a-z]+)\s+"
    r"(?P<dir>go\s+down|come\s+down|drop|fall|decrease|go\s+up|rise|increase|climb)\b",
    re.IGNORECASE,
)
_AT_START = frozenset({"start", "begin", "starting", "initial", "before", "pre"})
_AT_END = frozenset({"end", "ending", "final", "after", "post", "remaining", "left"})


def _used_up(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """What was used of a level kept at the start and at the end: "drain the battery" is Battery Start - End.

    "How much air does a dive use" of Start PSI and End PSI: the one such pair, named by the thing it measures.
    """
    said = _HOW_MUCH_USED.search(question) or _USED_UP.search(question) or _HOW_MUCH_MOVED.search(question)
    if said is None:
        return question
    word = stem(said["what"].lower())
    kept = [c for c in catalog.numeric(frame) if word in c.stems and not c.id_like and not c.is_date]
    pair = _one_of_each(kept, _AT_START, _AT_END)
    if pair is None and said.re is _HOW_MUCH_USED:
        levels = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date]
        pairs = [
            (a, b)
            for a in levels
            for b in levels
            if set(a.stems) & _AT_START
            and set(b.stems) & _AT_END
            and set(a.stems) - _AT_START == set(b.stems) - _AT_END
            and set(a.stems) - _AT_START
        ]
        pair = pairs[0] if len(pairs) == 1 else None
    if pair is None:
        return question
    if said.re is _HOW_MUCH_MOVED and said["dir"].lower().split()[-1] in ("up", "rise", "increase", "climb"):
        pair = (pair[1], pair[0])  # ("how much does weight go up": after less before)
    column = _added(_derived(pair[0], "-", pair[1]), catalog, frame, memory)
    if said.re is _HOW_MUCH_MOVED:  # (the level's move itself, asked of every row: its average)
        average = "average " if re.search(r"\b(?:on\s+average|average|usually|typically)\b", question, re.I) else ""
        return f"{question[: said.start()]}what is the {average}{column.name}{question[said.end() :]}"
    return question[: said.start("what")] + column.name + question[said.end("what") :]


_OFF_ASKING = re.compile(
    r"\b(?:how\s+(?:far|much)\s+)?(?:below|under|off(?:\s+of)?|less\s+than|beneath)\s+(?:the\s+)?"
    r"(?:asking(?:\s+price)?|sticker(?:\s+price)?|list(?:\s+price)?|listing(?:\s+price)?|msrp)\b",
    re.IGNORECASE,
)
_ASKED = frozenset({"list", "listing", "asking", "sticker", "msrp", "ask"})
_GOT = frozenset({"sale", "sold", "selling", "final", "closing", "close", "hammer"})


def _priced_gap(
    question: str,
    said_rx: re.Pattern[str],
    parts: set[str],
    first: frozenset[str],
    second: frozenset[str],
    catalog: Catalog,
    frame: str,
    memory: dict[str, Any],
) -> tuple[str, re.Match[str], Column] | None:
    """One price less another said in words: the question without its selling verb, the words, the difference."""
    if said_rx.search(question) is None:
        return None
    prices = [c for c in catalog.numeric(frame) if not c.id_like and set(c.stems) & parts]
    pair = _one_of_each(prices, first, second)
    rest = re.sub(r"\b(?:do|does|did)\s+\w+\s+(?:usually\s+|typically\s+)?(?:sell|go)(?:\s+for)?\b", "", question)
    said = said_rx.search(rest)
    if pair is None or said is None:
        return None
    return rest, said, _added(_derived(pair[0], "-", pair[1]), catalog, frame, memory)


def _off_asking(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Said "how far below asking do pieces sell": the List Price less the Sold Price, each row's."""
    gap = _priced_gap(question, _OFF_ASKING, {"price", "amount", "value"}, _ASKED, _GOT, catalog, frame, memory)
    if gap is None:
        return question
    rest, said, column = gap
    average = "" if re.search(r"\b(?:average|avg|mean|median|typical|usually)\b", rest, re.I) else "average "
    return f"{rest[: said.start()]}{average}{column.name}{rest[said.end() :]}"


_OVER_ASKED = re.compile(
    r"\b(?:how\s+(?:far|much)\s+)?(?:above|over|more\s+than|beyond)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:appraisals?|appraised(?:\s+values?)?|estimates?|estimated(?:\s+values?)?|reserve(?:\s+price)?"
    r"|asking(?:\s+price)?|list(?:\s+price)?|listing(?:\s+price)?)\b",
    re.IGNORECASE,
)
_APPRAISED = frozenset({"appraised", "appraisal", "estimate", "estimated", "reserve", "asking", "list", "listing"})
_WON_AT = _GOT | {"bid", "winning", "high"}


def _over_asked(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Said "how far above the appraisal do sales go": the High Bid less the Appraised Value, each row's."""
    parts = {"price", "amount", "value", "bid"}
    gap = _priced_gap(question, _OVER_ASKED, parts, _WON_AT - _APPRAISED, _APPRAISED, catalog, frame, memory)
    if gap is None:
        return question
    rest, said, column = gap
    # ("do more bidders push the price further over appraisal": the difference itself, set against another)
    typical = re.search(r"\b(?:average|avg|mean|median|typical|usually)\b|^\W*how\b", rest, re.I)
    average = "" if typical is None or typical.group().lower() != "how" else "average "
    lead = re.sub(
        r"\b(?:push|pushes|pushed|drive|drives|drove)\s+the\s+price\s+(?:further|farther|higher)\s*$",
        "",
        rest[: said.start()],
    )
    return f"{lead}{average}{column.name}{rest[said.end() :]}"


_SPENT_EACH = re.compile(
    r"\bhow\s+much\s+(?:money\s+)?(?:does|do|did)\s+(?:each|every|the\s+average|the\s+typical|an?)\s+"
    r"(?P<who>[a-z]+)\s+(?:spend|spent|pay|paid)\s+(?:on|for|in)\s+(?P<what>[a-z][a-z ]*?)"
    r"(?P<end>\s+on\s+average|\s+per\s+(?:game|visit|night|day)|\s*[?.!]?\s*$)",
    re.IGNORECASE,
)


# "which kind of car costs the most per day" of a Daily Rate: the rate kept per that period
_COST_PER_PERIOD = re.compile(
    r"\b(?:costs?|charges?|pays?|rents?|goes\s+for|go\s+for)\b(?P<mid>(?:\s+(?:the\s+)?(?:most|least|more|less))?)"
    r"\s+(?:per|a|an|each)\s+(?P<p>day|night|week|month|hour|year)\b",
    re.IGNORECASE,
)
_PERIOD_KEPT = {"day": "daily", "night": "nightly", "week": "weekly", "month": "monthly", "hour": "hourly"}
_PERIOD_KEPT |= {"year": "annual"}
_SIDES = {"most": "has the highest", "least": "has the lowest", "more": "has a higher", "less": "has a lower"}


def _cost_per_period(question: str, catalog: Catalog, frame: str) -> str:
    """Said "costs the most per day" of a Daily Rate (or Nightly Rate, Monthly Fee): that rate, ranked."""
    said = _COST_PER_PERIOD.search(question)
    if said is None:
        return question
    kept = [
        c
        for c in catalog.numeric(frame)
        if _PERIOD_KEPT[said["p"].lower()] in c.stems
        and set(c.stems) & {"rate", "price", "fee", "cost", "charge", "rent", "pay"}
    ]
    if len({c.name for c in kept}) != 1:
        return question
    side = said["mid"].split()[-1].lower() if said["mid"].strip() else ""
    return f"{question[: said.start()]}{_SIDES.get(side, 'has')} {kept[0].name}{question[said.end() :]}"


_PEOPLE_PER = re.compile(r"\bhow\s+many\s+(?P<w>people|persons)\s+(?=per\s)", re.IGNORECASE)
_PEOPLE_KEPT = frozenset({"individual", "person", "people", "resident", "member"})


def _people_per(question: str, catalog: Catalog, frame: str) -> str:
    """Said "how many people per household" of a pantry's Individuals Served: that count, over the one after "per"."""
    said = _PEOPLE_PER.search(question)
    if said is None or any(m.score >= 90 for m in all_candidates(said["w"], catalog, frame)):
        return question
    kept = [
        c
        for c in catalog.numeric(frame)
        if c.whole_count and not (c.id_like or c.formula) and c.stems[:1] and c.stems[0] in _PEOPLE_KEPT
    ]
    if len(kept) != 1:
        return question
    return f"{question[: said.start('w')]}{kept[0].name} {question[said.end() :]}"


def _spent_per_head(question: str, catalog: Catalog, frame: str) -> str:
    """Said "how much does each fan spend on concessions": the money over the count of the people who spent it."""
    said = _SPENT_EACH.search(question)
    if said is None:
        return question
    heads = [m for m in all_candidates(said["who"], catalog, frame) if m.column.numeric and m.column.additive]
    money = [m for m in all_candidates(said["what"], catalog, frame) if m.column.numeric and m.column.additive]
    if not heads or not money or heads[0].column == money[0].column:
        return question
    return f"{question[: said.start()]}{said['what']} per {said['who']}{question[said.end('what') :]}"


# money said by its everyday noun, then spelled out after a comma or in brackets: "total revenue, labor plus parts"
_MONEY_NOUN = re.compile(r"\b(?:revenue|sales|income|takings|earnings|money)\b", re.IGNORECASE)
# (the brackets of "total revenue (labor plus parts)" are gone once the sum is read)
_GLOSS_BETWEEN = re.compile(r"(?P<keep>(?:\s+(?:for|in|during|from|of)\s+[\w -]+?)?)\s*[,(:]\s*|\s+")


def _money_glossed(question: str, catalog: Catalog, frame: str) -> str:
    """Money said by its noun and spelled out as a sum of money columns right after it: the noun is that sum."""
    for column in catalog.numeric(frame):
        parts = summed_parts(column)
        at = question.find(column.name) if parts else -1
        if at <= 0:
            continue
        if not all(CURRENCY.search(p) for p in parts):
            continue
        nouns = [m for m in _MONEY_NOUN.finditer(question[:at])]
        between = _GLOSS_BETWEEN.fullmatch(question[nouns[-1].end() : at]) if nouns else None
        if between is None:
            continue
        if any(m.score >= 90 for m in all_candidates(nouns[-1].group(), catalog, frame) if m.column.numeric):
            continue  # (a Revenue column of its own)
        rest = question[at + len(column.name) :]
        rest = (
            rest[1:] if question[: nouns[-1].end() + between.end()].rstrip().endswith("(") and rest[:1] == ")" else rest
        )
        return f"{question[: nouns[-1].start()]}{column.name}{between['keep'] or ''}{rest}"
    return question


def read(question: str, catalog: Catalog, frame: str, memory: dict[str, Any], *, summed_once: bool = False) -> str:
    """The question with a written-out formula of two columns replaced by its derived column's name.

    The derived column is added to the catalog (and remembered). A question without one comes back unchanged.
    """
    return _money_glossed(_read(question, catalog, frame, memory, summed_once=summed_once), catalog, frame)


def _read(question: str, catalog: Catalog, frame: str, memory: dict[str, Any], *, summed_once: bool = False) -> str:
    question = _spent_per_head(_time_asleep(_hours_spent(question, catalog, frame), catalog, frame), catalog, frame)
    question = _people_per(_cost_per_period(question, catalog, frame), catalog, frame)
    question = _yield_per(question, catalog, frame)
    question = _how_many_weight(question, catalog, frame, memory)
    readings = [
        m
        for m in all_candidates(question, catalog, frame)
        if m.column.numeric
        and not m.column.id_like
        and not (m.column.is_date or m.column.year_like)  # prep_time and cook_time add up; years and dates do not
        and m.via != "time"
        and m.score >= 40
    ]
    used = _off_asking(_used_up(question, catalog, frame, memory), catalog, frame, memory)
    used = _over_asked(used, catalog, frame, memory)
    if used != question:
        return used
    summed = None if summed_once else _sum_of_many(question, catalog, frame, memory, readings)
    if summed is None and not summed_once:
        whole = _money_of_parts(_parts_said_whole(question, catalog, frame, memory), catalog, frame, memory)
        whole = _sales_of_departments(whole, catalog, frame, memory) if whole == question else whole
        whole = _sales_by_tender(whole, catalog, frame, memory) if whole == question else whole
        whole = _priced_kinds(whole, catalog, frame, memory) if whole == question else whole
        summed = whole if whole != question else None
    if summed is not None:
        # (the row sum just read: its parts; the last row sum kept, for one already made by an earlier turn)
        sums = [" + ".join(ast.literal_eval(b)) for _, _, op, b in reversed(memory["derived"]) if op == "rowsum"]
        sum_name = next((joined for joined in sums if joined in summed), "")
        at = summed.find(sum_name) if sum_name else -1
        then_per = _THEN_PER.match(summed[at + len(sum_name) :]) if at > 0 else None
        if at > 0 and (_SHARE_OF_BEFORE.search(summed[:at].rstrip("(")) or then_per):
            # "Children as a % of Adults + Children + Seniors": the row sum first, then the share of it
            # ("sales per transaction": the row sum first, then divided)
            return read(summed, catalog, frame, memory, summed_once=True)
    if summed is not None:
        return summed
    slashed = _slash_ratio(question, catalog, frame, memory, readings)
    if slashed != question:
        return slashed
    for op, rx in _OPERATORS:
        for said in rx.finditer(question):
            if any(
                (m.column.formula or m.via == "name") and m.start < said.start() and m.end > said.end()
                for m in readings
            ):
                continue  # ("Cash Tips + Card Tips per Hours": the sum already read, its "+" inside its name;
                # the dash of Tickets - General, a name said whole)
            # "(BILL_AMT1) as a share of the limit": a closing bracket before, "the" after, are no gap
            left = [m for m in readings if m.end <= said.start() and not question[m.end : said.start()].strip(" ),$£€")]
            if not left:  # "store sales as a percent of camp fees": Store $, its money said after it
                left = [
                    m
                    for m in readings
                    if m.end <= said.start()
                    and _MONEY_AFTER.fullmatch(question[m.end : said.start()])
                    and (m.column.money_marked or CURRENCY.search(m.column.name))
                ]
            if op == "per" and not left:  # "how much salt do we put down per lane mile": a verb between
                left = [
                    m
                    for m in readings
                    if m.end <= said.start() and _DONE_BETWEEN.fullmatch(question[m.end : said.start()])
                ]
            article = re.match(r"(?:the|its|their)\s+", question[said.end() :])
            after = said.end() + (article.end() if article else 0)
            right = [m for m in readings if m.start == after] or _by_unit(question, after, catalog, frame)
            said_of = re.match(r"[a-z]+\s+", question[after:]) if op == "%" and not right else None
            if said_of is not None:  # "tip as a percent of the trip price": a word that says whose price
                right = [m for m in readings if m.start == after + said_of.end()]
            if not left or not right:
                continue
            # (the longest reading ending there: a sum read a step before, "RoomService + FoodCourt")
            best_a = max(left, key=lambda m: (m.score, m.end - m.start))
            if op in ("+", "-") and _TIMES_BEFORE.search(question[: best_a.start]):
                continue  # "sq ft times price + repairs": the product first, then the sum (the "x" reading)
            # "parts + labour": of Labour Hrs and Labour Cost (£), the one in the same money as Parts Cost (£)
            # (a name said in part is enough: "labour" is all of Labour Hrs, but the sum is of money)
            money = [m for m in right if m.score >= 50 and CURRENCY.search(m.column.name)]
            pool = money if CURRENCY.search(best_a.column.name) and money else right
            if op == "per" and any(_divides(best_a, m) for m in pool):
                # "blanks per key" of Keys Cut and Key Price: the count the blanks are spread over, not the price
                pool = [m for m in pool if _divides(best_a, m)]
            best_b = max(pool, key=lambda m: m.score)
            a, b = best_a.column, best_b.column
            if a == b or (op == "per" and not _divides(best_a, best_b)):
                continue
            # (a reading scattered over words has no one word: the words it spans)
            said_a = best_a.word or question[best_a.start : best_a.end]
            both = {stem(w) for w in re.findall(r"[a-z]+", f"{said_a} {best_b.word}".lower())}
            joined = {"per": "per", "+": "plus", "-": "minus"}.get(op)
            per_unit = [
                c
                for c in catalog.numeric(frame)
                if op == "per" and _per_unit_named(c, stem(best_a.word.lower()), stem(best_b.word.lower()))
            ]
            if len(per_unit) == 1:  # "price per bushel" of Price/Bu: that column, said in full
                return question[: best_a.start] + per_unit[0].name + question[best_b.end :]
            if joined and any(
                both <= set(c.stems) and (op == "per" or joined in c.stems) for c in catalog.of(frame) if c.numeric
            ):
                # "cost per km" where cost_km_millions is kept, "cost of living plus rent" where Cost of Living
                # Plus Rent Index is: that column, not arithmetic of two
                continue
            end = max(m.end for m in right if m.column == b)
            squared = _SQUARED.match(question[end:]) if op in ("/", "per") else None
            if squared:  # "weight / height^2" (a BMI): divided by the square
                end += squared.end()
                op = "/²"
            column = _added(_derived(a, op, b), catalog, frame, memory)
            start = min(m.start for m in left if m.column == a)
            if question[start - 1 : start] == "(" and question[end : end + 1] == ")":
                start, end = start - 1, end + 1
                named = [(m.start, m.end) for m in readings if m.column in (a, b)]
                start = _result_words_before(question, start, {*a.stems, *b.stems}, named)
            divided = _THEN_PER.match(question[end:]) or _SHARE_OF_BEFORE.search(question[:start])
            if op == "+" and divided:  # "tips + card tips per hours", "cash as a % of cash + card": that sum divided
                return read(question[:start] + column.name + question[end:], catalog, frame, memory)
            if op == "x" and re.match(r"\s+(?:x|×|\*|times|multiplied\s+by|\+|plus)\s+", question[end:], re.IGNORECASE):
                # "rate times qty times days": that product, times the next; "sq ft times rate + repairs": plus
                return read(question[:start] + column.name + question[end:], catalog, frame, memory)
            return question[:start] + column.name + question[end:]
    question = _times_bigger(question, catalog, frame, memory, readings)
    question = _text_length(question, catalog, frame, memory)
    question = _profit(question, catalog, frame, memory)
    question = _loss(_progress(question, catalog, frame, memory), catalog, frame, memory)
    question = _named_ratio(
        _gap(_spread(_meter_run(question, catalog, frame, memory), catalog, frame, memory), catalog, frame, memory),
        catalog,
        frame,
        memory,
    )
    question = _part_of_whole(question, catalog, frame, memory, readings)
    question = _share_of_total(question, catalog, frame, memory, readings)
    question = _spend_each(question, catalog, frame, memory)
    question = _age_from_birth(question, catalog, frame, memory)
    question = _by_decade(question, catalog, frame, memory)
    question = _body_mass(question, catalog, frame, memory)
    question = _how_long(_length_said(question, catalog, frame), catalog, frame, memory, readings)
    question = _how_late(_ahead(question, catalog, frame, memory), catalog, frame, memory)
    return _in_degrees(_in_unit(question, catalog, frame, memory, readings), catalog, frame, memory)


_LENGTH_SAID = re.compile(r"\b(?:length|duration)s?\b", re.IGNORECASE)


def _length_said(question: str, catalog: Catalog, frame: str) -> str:
    """The one length of time a table keeps, named by "length" or "duration" ("the average meeting length").

    Zoom's "Duration (Minutes)" beside its Start Time and End Time: the table's own figure, not the span.
    """
    said = _LENGTH_SAID.search(question)
    if said is None:
        return question
    kept = [c for c in catalog.of(frame) if c.numeric and not c.id_like and set(c.stems) & LENGTH_WORDS]
    named = all_candidates(question, catalog, frame) if len(kept) == 1 else []
    if len(kept) != 1 or any(m.start <= said.start() < m.end and m.score >= 60 for m in named):
        return question
    return question[: said.start()] + kept[0].name + question[said.end() :]


# "how long a delivery takes", "how long each pick took": the time from a start date to an end date, per row
_HOW_LONG = re.compile(
    r"\bhow\s+long\s+(?:a|an|the|each|it|they|every)?\s*(?:[a-z]+\s+){0,2}?(?:takes?|took|lasts?|lasted|taking)\b",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"\bcorrelat\w*|\brelat\w*|\baffect\w*|\bdepend\w*|\bassociat\w*|\blink\w*|\bimpact\w*|\bagainst\b|\bvs\.?\b",
    re.IGNORECASE,
)
_STARTS = frozenset({"start", "dispatch", "dispatched", "open", "opened", "created", "pickup", "depart", "departure"})
_STARTS |= {"begin", "issued", "placed", "sent", "admit", "admission", "received", "booked", "submitted", "in"}
_ENDS = frozenset({"end", "delivered", "closed", "close", "resolved", "completed", "finish", "finished", "dropoff"})
_ENDS |= {"arrival", "arrive", "arrived", "discharge", "discharged", "returned", "out", "done", "shipped"}


def _span(start: Column, end: Column) -> Column:
    return Column(
        frame=start.frame,
        name=f"minutes from {start.name} to {end.name}",
        kind="numeric",
        dtype="float64",
        position=max(start.position, end.position) + 2000,
        formula=(end.name, "span", start.name),
    )


_AHEAD = re.compile(
    r"\bhow\s+(?:far|long|many\s+days)\s+(?:in\s+)?(?:ahead|in\s+advance|before(?:hand)?)\b"
    r"(?:\s+(?:of\s+(?:the|my|our)\s+\w+\s+)?(?:do|does|did)\s+(?:i|we|you|they|(?:the\s+|our\s+|most\s+)?[a-z]+s)"
    r"(?:\s+(?:usually|typically|normally|generally))?\s+\w+)?"
    r"|\b(?:booking\s+)?lead\s+times?\b",
    re.IGNORECASE,
)
_BOOKED = frozenset({"booked", "booking", "ordered", "order", "purchased", "purchase", "placed", "reserved", "applied"})
_BOOKED |= {"application", "created", "made", "requested", "request", "submitted", "scheduled"}


def _days_ahead(start: Column, end: Column) -> Column:
    return Column(
        frame=start.frame,
        name=f"days from {start.name} to {end.name}",
        kind="numeric",
        dtype="float64",
        position=max(start.position, end.position) + 2000,
        formula=(end.name, "days", start.name),
    )


def _ahead(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """How far ahead a thing is booked: the days from the one booking date to the one other date (Booked On, Date).

    "How far ahead do i usually book" of a reservation history, "how far in advance do people apply" of permits.
    """
    said = _AHEAD.search(question)
    if said is None:
        return question
    dates = [c for c in catalog.of(frame) if c.is_date and c.formula is None]
    booked = [c for c in dates if set(c.stems) & _BOOKED]
    others = [c for c in dates if c not in booked]
    if len(booked) != 1 or not others:
        return question
    if len(others) > 1:  # Event Date beside End Date: the start of the thing booked
        starts = [c for c in others if set(c.stems) & (_STARTS | {"event", "date", "arrival", "checkin", "check"})]
        others = starts[:1] if len(starts) >= 1 else []
    if not others:
        return question
    column = _added(_days_ahead(booked[0], others[0]), catalog, frame, memory)
    typical = re.search(r"\b(?:median|typical(?:ly)?)\b", question, re.I)
    rest = re.sub(r"^\s*,?\s*\bin\s+days\b", "", question[said.end() :], flags=re.I)  # (the column's own unit)
    return f"{question[: said.start()]}what is the {'median' if typical else 'average'} {column.name}{rest}"


# "how late am i usually when i do take them", "how late do the buses run on average": actual after planned
_HOW_LATE = re.compile(
    r"\bhow\s+(?:late|early)\s+(?:am|are|is|was|were|do|does|did)\s+(?:i|we|you|they|it|he|she|the\s+\w+)\b"
    r"(?:\s+(?:usually|typically|normally|generally|on\s+average))?(?:\s+(?:run|arrive|get|show\s+up))?",
    re.IGNORECASE,
)
_PLANNED_DATES = frozenset({"scheduled", "planned", "due", "expected", "appointment", "target", "promised"})


def _how_late(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """How late things happen: the minutes from the one planned date (Scheduled Time) to the one other (Taken Time).

    Averaged over the rows that have both: a dose never taken has no lateness.
    """
    said = _HOW_LATE.search(question)
    if said is None:
        return question
    dates = [c for c in catalog.of(frame) if c.is_date and c.formula is None and c.kind == "datetime"]
    planned = [c for c in dates if set(c.stems) & _PLANNED_DATES]
    others = [c for c in dates if c not in planned and not set(c.stems) & (_BOOKED - {"scheduled"})]
    if len(planned) != 1 or len(others) != 1:
        return question
    column = _added(_span(planned[0], others[0]), catalog, frame, memory)
    typical = re.search(r"\b(?:median|typical(?:ly)?)\b", question, re.I)
    # ("when i do take them": the rows that have both dates already, so a clause of doing it is dropped)
    rest = re.sub(
        r"^\s*,?\s*when\s+(?:i|we|you|they|it)\s+(?:do\s+|actually\s+)?\w+(?:\s+(?:them|it))?",
        "",
        question[said.end() :],
        flags=re.I,
    )
    return f"{question[: said.start()]}what is the {'median' if typical else 'average'} {column.name}{rest}"


def _how_long(question: str, catalog: Catalog, frame: str, memory: dict[str, Any], readings: list[Mention]) -> str:
    """The minutes from a start date to an end date, for "is distance related to how long a delivery takes".

    Only beside a measure the question names (a span asked alone is the missing kind's); the two dates are the
    frame's only two, or the one whose name says a start and the one whose name says an end.
    """
    said = _HOW_LONG.search(question)
    if said is None or not _RELATED.search(question):
        return question  # "how long does it take to close a request": the span itself (kinds.missing)
    if not any(m.end <= said.start() or m.start >= said.end() for m in readings):
        return question
    dates = [c for c in catalog.of(frame) if c.is_date]
    starts = [c for c in dates if set(c.stems) & _STARTS]
    ends = [c for c in dates if set(c.stems) & _ENDS and c not in starts]
    if len(dates) == 2:
        start, end = sorted(dates, key=lambda c: c.position)
    elif len(starts) == 1 and len(ends) == 1:
        start, end = starts[0], ends[0]
    else:
        return question
    column = _added(_span(start, end), catalog, frame, memory)
    return question[: said.start()] + column.name + question[said.end() :]


# Ratios known by a name of their own, when no column holds them: a margin is profit over sales; an attendance
# (or completion, delivery...) rate is what was attended over what was possible.
_MARGIN = re.compile(r"\b(?:profit\s+)?margins?\b", re.IGNORECASE)
_SALES = frozenset({"sale", "sales", "revenue", "turnover", "income"})
_RATE_OF = re.compile(r"\b(?P<w>[a-z]{4,})\s+rates?\b|\b(?P<n>[a-z]{4,}(?:ance|ence|ancy|ency))\b", re.IGNORECASE)
_POSSIBLE = frozenset({"possible", "expected", "scheduled", "available", "planned", "total", "delivered", "sent"})
_POSSIBLE |= {"impression"}
# what was booked or signed up for, that a no-show or late-cancel rate is out of (a studio's Booked)
_POSSIBLE |= {"booked", "registered", "reserved", "rsvp", "rsvped"}
# what a line made or checked, that a reject or failure rate is out of ("Units Rejected" over "Units Produced")
_POSSIBLE |= {"produced", "manufactured", "inspected", "tested", "processed", "built", "checked"}
# what was laid, set or sown, that a hatch or germination rate is out of (a clutch's Eggs Laid)
_POSSIBLE |= {"laid", "incubated", "planted", "sown", "seeded"}


_CTR = re.compile(r"\bclick[\s-]*through[\s-]*rates?\b|\bctr\b", re.IGNORECASE)
_ROAS = re.compile(r"\broas\b|\breturns?\s+on\s+(?:the\s+|our\s+)?(?:ad(?:vertising)?\s+)?spend\b", re.IGNORECASE)
# what ads brought back: the value of the purchases or conversions they led to, or the revenue
_RETURNED = frozenset({"revenue", "value", "sales", "sale"})
_PER = frozenset({"per", "average", "avg", "cpc", "cpm", "cpa", "rate"})
_NEAREST_WHOLE = (
    "impression",
    "possible",
    "available",
    "eligible",
    "delivered",
    "expected",
    "scheduled",
    "planned",
    "booked",
    "registered",
    "reserved",
    "sent",
    "total",
)
_QUALIFIERS = frozenset({"unique", "total", "num", "number", "count", "n", "no"})  # "Unique Opens" over Delivered


def _same_root(a: str, b: str) -> bool:
    """Two forms of one word, by their common start ("attendance" and "attended", "completion" and "completed")."""
    if same_word(a, b):
        return True
    common = next(
        (i for i, (x, y) in enumerate(zip(a.lower(), b.lower(), strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= 6 and common >= 0.75 * min(len(a), len(b))


_TIMES = re.compile(
    r"\bhow\s+many\s+times\s+(?:bigger|larger|higher|greater|more|as\s+(?:big|large|high|much))\b"
    r"(?P<a>.+?)\b(?:than|as)\b(?P<b>.+)$",
    re.IGNORECASE,
)


def _times_bigger(question: str, catalog: Catalog, frame: str, memory: dict[str, Any], readings: list[Mention]) -> str:
    """Their ratio on each row, for "how many times bigger are the covered charges than the total payments?"."""
    said = _TIMES.search(question)
    if said is None:
        return question

    def best(lo: int, hi: int) -> Column | None:
        inside = [m for m in readings if lo <= m.start and m.end <= hi]
        return max(inside, key=lambda m: m.score).column if inside else None

    a, b = best(*said.span("a")), best(*said.span("b"))
    if a is None or b is None or a == b:
        return question
    column = _added(_derived(a, "/", b), catalog, frame, memory)
    return f"{question[: said.start()]}average {column.name}?"


# "k/d", "kills/deaths", "w/l ratio": two counts joined by a slash with no space (a spaced "/" is an operator above)
_SLASHED = re.compile(r"\b(?P<a>[a-z]+)/(?P<b>[a-z]+)\b(?!/)(?:\s+ratio\b)?", re.IGNORECASE)


def _slash_ratio(question: str, catalog: Catalog, frame: str, memory: dict[str, Any], readings: list[Mention]) -> str:
    """A ratio of two counts written with a slash: "k/d" is Kills over Deaths, by the initials or the words.

    A single letter is a column's initial only when exactly one count column starts with it; a word must name
    its column whole. Anything else (a value "Solo/Duo", "and/or", "km/h") is left as it was.
    """
    counts = [
        c
        for c in catalog.of(frame)
        if c.numeric and c.formula is None and not c.id_like and (c.additive or "int" in c.dtype.lower())
    ]
    for said in _SLASHED.finditer(question):
        sides: list[Column] = []
        for part in ("a", "b"):
            word = said[part].lower()
            if len(word) == 1:
                fits = [c for c in counts if c.stems and c.stems[0].startswith(word)]
            else:
                fits = [
                    m.column
                    for m in readings
                    if m.start == said.start(part) and m.end == said.end(part) and m.column in counts and m.score >= 90
                ]
            if len({c.name for c in fits}) != 1:
                break
            sides.append(fits[0])
        if len(sides) == 2 and sides[0] != sides[1]:
            column = _added(_derived(sides[0], "/", sides[1]), catalog, frame, memory)
            return question[: said.start()] + column.name + question[said.end() :]
    return question


# "what's our average profit per car", "our markup": what a thing sold for less what it cost, when no column keeps it
_PROFIT = re.compile(r"\b(?:profits?|markups?|mark-ups?)\b", re.IGNORECASE)
_SOLD_FOR = frozenset({"sale", "sold", "selling", "retail"})
_COST_OF = frozenset({"cost", "acq", "acquisition", "purchase", "wholesale"})


def _profit(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """A profit said of a sale price and its costs (Sale Price - Acq Cost + Recon Cost); a markup over the cost."""
    said = _PROFIT.search(question)
    nums = [c for c in catalog.of(frame) if c.numeric and c.formula is None and not (c.id_like or c.is_date)]
    if said is None or any(set(c.stems) & {"profit", "margin", "markup", "gross", "net"} for c in nums):
        return question
    money = [c for c in nums if CURRENCY.search(f"{c.name} {c.values[:3]}") or set(c.stems) & {"price", "cost"}]
    sold = [c for c in money if set(c.stems) & _SOLD_FOR and not set(c.stems) & _COST_OF]
    costs = [c for c in money if "cost" in c.stems and not set(c.stems) & (_SOLD_FOR | {"per", "avg", "average"})]
    if len(sold) != 1 or not costs or len(costs) > 3:
        return question
    cost = costs[0] if len(costs) == 1 else _added(_row_sum(costs, additive=True), catalog, frame, memory)
    profit = _added(_derived(sold[0], "-", cost), catalog, frame, memory)
    if said.group().lower().startswith("mark"):  # a markup: the profit as a share of what the thing cost
        profit = _added(_derived(profit, "%", cost), catalog, frame, memory)
    return question[: said.start()] + profit.name + question[said.end() :]


# Shares known by a name of their own: a motel's occupancy (Rooms Sold of Rooms Available), a smokehouse's yield
# (Finished Lbs of Raw Lbs): the part said by its deed, over the whole said by its own, in the same unit
_SHARE_NAMES = (
    (
        re.compile(r"\boccupancy(?:\s+rate)?\b", re.IGNORECASE),
        frozenset({"sold", "occupied", "booked", "rented", "filled"}),
        frozenset({"available", "capacity", "total", "inventory"}),
    ),
    (
        re.compile(r"\byields?\b(?!\s+(?:per|an?|each)\b)", re.IGNORECASE),
        frozenset({"finished", "final", "dry", "dried", "cooked", "packed", "trimmed", "out", "output", "net"}),
        frozenset({"raw", "green", "wet", "gross", "fresh", "in", "input", "start", "starting", "untrimmed"}),
    ),
)


def _share_of_whole(question: str, nums: list[Column], catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Said "our average occupancy" of Rooms Sold and Rooms Available: the one as a % of the other, on each row."""
    for said_rx, parts, wholes in _SHARE_NAMES:
        said = said_rx.search(question)
        if said is None or any(set(c.stems) & {"occupancy", "yield"} for c in nums):
            continue
        part = [c for c in nums if set(c.stems) & parts]
        whole = [c for c in nums if set(c.stems) & wholes]
        if len(part) != 1 or len(whole) != 1:
            continue
        if not (set(part[0].stems) - parts) & (set(whole[0].stems) - wholes):
            continue  # (Rooms Sold of Rooms Available, Finished Lbs of Raw Lbs: one thing counted twice)
        column = _added(_derived(part[0], "%", whole[0]), catalog, frame, memory)
        # "which meat yields best": the share named, then ranked
        verb = re.match(r"\s+(?:the\s+)?(?P<d>best|most|highest|worst|least|lowest)\b", question[said.end() :], re.I)
        if said.group().lower() == "yields" and verb:
            side = "highest" if verb["d"].lower() in ("best", "most", "highest") else "lowest"
            return f"{question[: said.start()]}has the {side} {column.name}{question[said.end() + verb.end() :]}"
        return question[: said.start()] + column.name + question[said.end() :]
    return question


# "which variety yields the most per acre", "the best yield per acre": what the rows harvest, over the unit named
_YIELD_PER = re.compile(
    r"\b(?P<verb>yields?|produces?|grows?)(?:\s+(?:the\s+)?(?P<dir>most|best|highest|least|lowest|worst))?"
    r"\s+(?:per|an|a|each)\s+(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)
_PRODUCE = frozenset({"barrel", "bushel", "lbs", "lb", "pound", "ton", "tonne", "bale", "box", "crate", "bin", "kg"})
_PRODUCE |= {"harvest", "harvested", "picked", "yield", "production", "produced", "gallon", "gal", "cwt", "head"}


def _yield_per(question: str, catalog: Catalog, frame: str) -> str:
    """Said "yields the most per acre" with no yield column: the one amount harvested, per the column of acres."""
    said = _YIELD_PER.search(question)
    if said is None or any("yield" in c.stems for c in catalog.numeric(frame)):
        return question
    unit = [c for c in catalog.numeric(frame) if c.additive and stem(said["unit"].lower()) in c.stems]
    produce = [
        c
        for c in catalog.numeric(frame)
        if c.additive
        and c not in unit
        and set(c.stems) & _PRODUCE
        and not (c.id_like or c.is_date or c.formula is not None or CURRENCY.search(c.name))
    ]
    if len(unit) != 1 or len(produce) != 1:
        return question
    head = f"{produce[0].name} per {said['unit']}"
    if said["dir"] and said["verb"].lower() != "yield":  # "which variety yields the most per acre"
        side = "lowest" if said["dir"].lower() in ("least", "lowest", "worst") else "highest"
        head = f"has the {side} {head}"
    return question[: said.start()] + head + question[said.end() :]


def _named_ratio(question: str, catalog: Catalog, frame: str, memory: dict[str, Any], original: str = "") -> str:
    """A ratio named by a word of its own: "profit margin" (Profit as a % of Sales), "attendance rate".

    The attendance rate is sessions_attended as a % of sessions_possible: the column that says the word over the
    one that says what was possible.
    """
    nums = [c for c in catalog.of(frame) if c.numeric and c.formula is None and not c.id_like]
    shared = _share_of_whole(question, nums, catalog, frame, memory)
    if shared != question:
        return shared
    said = _MARGIN.search(question)
    if said and not any("margin" in c.stems for c in nums):
        profit = [c for c in nums if "profit" in c.stems]
        sales = [c for c in nums if set(c.stems) & _SALES]
        if len(profit) == 1 and len(sales) == 1:
            column = _added(_derived(profit[0], "%", sales[0]), catalog, frame, memory)
            return question[: said.start()] + column.name + question[said.end() :]
    if _CTR.search(question):  # the click-through rate: clicks over what was shown (impressions) or delivered
        clicks = _named_ratio(_CTR.sub("click rate", question), catalog, frame, memory, question)
        if clicks != _CTR.sub("click rate", question):
            return clicks
    roas = _ROAS.search(question)
    if roas and not any("roas" in c.stems for c in nums):
        # the return on ad spend: the money the ads brought in over the money spent on them
        spend = [c for c in nums if set(c.stems) & {"spend", "spent", "cost", "amount"} and not set(c.stems) & _PER]
        back = [c for c in nums if set(c.stems) & _RETURNED and not set(c.stems) & _PER]
        if len(spend) == 1 and len(back) == 1:
            column = _added(_derived(back[0], "/", spend[0]), catalog, frame, memory)
            return question[: roas.start()] + column.name + question[roas.end() :]
    for said in _RATE_OF.finditer(question):
        word = (said["w"] or said["n"]).lower()
        if said["n"] and any(c.stems == (stem(word),) for c in nums):
            continue  # a column named by the word itself ("distance" of DISTANCE): that measure, no rate of it
        done = [c for c in nums if any(_same_root(word, s) for s in c.stems)]
        if len(done) > 1:  # "hatch rate" of Hatched beside Days to Hatch: the column that is the deed alone
            done = [c for c in done if len(c.stems) == 1] or done
        if len(done) > 1 and word == "click" and _CTR.search(original):
            # Pin clicks beside Outbound clicks: the platform's own clicks, written first, are what its CTR counts
            done = [c for c in done if c.stems == ("click",)] or sorted(done, key=lambda c: c.position)[:1]
        if len(done) == 1:
            rest = [s for s in done[0].stems if not _same_root(word, s) and s not in _QUALIFIERS]
            if word == "click" and _CTR.search(original):
                rest = []  # a CTR is out of the impressions, whatever the clicks are called ("Pin clicks")
            whole = [c for c in nums if c is not done[0] and set(c.stems) & _POSSIBLE and set(rest) <= set(c.stems)]
            if len(whole) > 1:  # "Delivered" beside "Sent": the nearer whole, what could have been opened
                rank = {w: i for i, w in enumerate(_NEAREST_WHOLE)}
                whole = sorted(whole, key=lambda c: min(rank.get(s, 99) for s in c.stems))[:1]
            # (a rate kept per row is averaged as asked, but "our overall CTR" is all the clicks over all the views)
            overall = _CTR.search(original) and re.search(r"\b(?:overall|total|all|whole)\b", original, re.I)
            if len(whole) == 1 and (overall or not any("rate" in c.stems for c in nums)):
                column = _added(_derived(done[0], "%", whole[0]), catalog, frame, memory)
                return question[: said.start()] + column.name + question[said.end() :]
    return _share_done(question, catalog, frame, memory)


_SHARE_OF = re.compile(
    r"(?:%|\bpercent(?:age)?|\bshare|\bproportion|\bfraction)\s+of\s+(?:the\s+|all\s+)?(?P<rest>[a-z_ ]+?)\s*\??\s*$",
    re.IGNORECASE,
)
_IRREGULAR = {"ran": "run", "sold": "sell", "went": "go", "took": "take", "made": "make", "paid": "pay", "won": "win"}


_SHARE_WORD = re.compile(
    r"(?:%|\bpercent(?:age)?|\bshare|\bproportion|\bfraction)\s+of\s+(?:all\s+)?(?:the\s+|our\s+)?", re.I
)


def _part_of_whole(question: str, catalog: Catalog, frame: str, memory: dict[str, Any], readings: list[Mention]) -> str:
    """One quantity's total as a share of another's ("what percentage of the volume was sold in bags").

    The whole is named right after "share of", the part later; both add up (volumes, money), so the share is the
    part's total over the whole's, not a share of rows.
    """
    said = _SHARE_WORD.search(question)
    if said is None:
        return question
    adds = [m for m in readings if m.column.additive or CURRENCY.search(m.column.name)]
    # the best reading of the word right after "share of" ("all the pay": TotalPay over BasePay, OvertimePay)
    whole = sorted((m for m in readings if m.start == said.end() and m.via != "scattered"), key=lambda m: -m.score)
    if not whole:
        return question
    later = [m for m in readings if m.start > whole[0].end and m.column != whole[0].column]
    if later:  # readings of a word inside a longer name said ("weight" of "shucked weight") are that name
        top = max(later, key=lambda m: (m.score, m.end - m.start))
        later = [m for m in later if (m.start, m.end) == (top.start, top.end) or not (top.start <= m.start < top.end)]
    spans = {(m.start, m.end) for m in later}
    best = {max((m for m in later if (m.start, m.end) == sp), key=lambda m: m.score).column for sp in spans}
    if len(spans) != 1 and len(best) != 1:
        return question  # one more quantity named, once (or twice by its words: "paid back out in prizes")
    part = max(later, key=lambda m: m.score)
    if {"rank", "ranking", "id"} & {*part.column.stems, *whole[0].column.stems}:
        return question  # ranks and codes are no part of one another ("% of channels ... country": no rank share)
    # parts of one measure ("what fraction of the whole weight is shucked weight") share their measure word
    alike = part.column.significant[-1:] == whole[0].column.significant[-1:]
    if not ((part in adds and whole[0] in adds) or alike) or sum(m.score == part.score for m in later) > 1:
        return question
    if not re.search(r"[a-z]{2,}", question[whole[0].end : part.start]):
        return question  # "the incentive money": one quantity named by two words, not a part of it
    column = _added(_derived(part.column, "%", whole[0].column), catalog, frame, memory)
    end = max(m.end for m in later if m.column == part.column)
    return question[: said.start()] + column.name + question[end:]


_SEXES = frozenset({"men", "women", "male", "female", "males", "females", "boys", "girls", "man", "woman"})
# a share asked for ("what % of", "the share of"), not a bound written in % ("attendance below 85%")
_SHARE_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|fraction)\b"
    r"|(?:%|\bpercent(?:age)?|\bshare|\bproportion|\bfraction)\s+of\b",
    re.I,
)


def _share_of_total(
    question: str, catalog: Catalog, frame: str, memory: dict[str, Any], readings: list[Mention]
) -> str:
    """A count's share of the table's Total column ("what share of grads are women": Women over Total).

    Only for a count of people or things kept beside a column named Total (Total, Men, Women of a majors table),
    and only when the question names that one count: the ratio of the two totals, not a share of rows.
    """
    if not _SHARE_ASKED.search(question):
        return question
    # "Total", or a total named by what it counts ("total rentals" of the bike share's cnt)
    totals = [c for c in catalog.numeric(frame) if c.stems == ("total",) and not c.id_like] or [
        c for c in catalog.numeric(frame) if c.stems[:1] == ("total",) and len(c.stems) in (2, 3) and not c.id_like
    ]
    # a grand total beside counts per kind (a plastics audit's grand_total of hdpe, pet, pp ...): any of them
    grand = [c for c in catalog.numeric(frame) if c.stems[:2] == ("grand", "total") and not c.id_like]
    totals = totals or grand
    named = {m.column.name: m for m in readings if m.score >= 90 and m.column not in totals}
    if len(totals) != 1 or len(named) != 1:
        return question
    part = next(iter(named.values()))
    # Men, Women, Employed: counts of people
    people = bool(part.column.stems) and part.column.stems[-1] in PERSONS | _SEXES
    counted = part.column.additive or people or (bool(grand) and not part.column.time)
    if part.column == totals[0] or part.column.formula is not None or not counted:
        return question
    if _is_money(totals[0]) and not _is_money(part.column):
        return question  # Views beside Total revenue: a count is no share of a sum of money
    column = _added(_derived(part.column, "%", totals[0]), catalog, frame, memory)
    # the whole said too ("what share of the plastic was PET") is in the derived column already
    spans = [(part.start, part.end, column.name)]
    spans += [
        (m.start, m.end, "all")
        for m in readings
        if m.column == totals[0] and (m.end <= part.start or m.start >= part.end)
    ]
    for start, end, said in sorted(spans, reverse=True):
        question = question[:start] + said + question[end:]
    return question


def _is_money(column: Column) -> bool:
    """A column of money, by a currency mark or a word of money in its name."""
    return bool(CURRENCY.search(column.name)) or bool(set(column.stems) & (MONEY_PARTS | _EARNED))


_EARNED = frozenset({"sale", "income", "profit", "fee"})


_SPEND_EACH = re.compile(
    r"\bhow\s+much\s+(?:does|do|did|would)\s+(?:a|an|each|every|the\s+average|one|the\s+typical)\s+"
    r"(?P<who>[a-z]+)\s+(?:spend|pay|buy|bring\s+in|generate)\b",
    re.I,
)


_SPEND_A_HEAD = re.compile(
    r"\b(?:how\s+much|what)\s+(?:does|do|did|would)\s+(?:a|an|each|every|one|the\s+average|the\s+typical)\s+"
    r"(?P<what>(?:[a-z]+\s+){0,2}?)(?:guest|customer|diner|person|patron|cover|visitor)s?\s+"
    r"(?:typically\s+|usually\s+|normally\s+)?(?:spend|pay)\b",
    re.I,
)


def _check_spent(question: str, catalog: Catalog, frame: str) -> str | None:
    """Said "what does a dinner guest typically spend" of a Dinner Check Avg: the average of that check."""
    said = _SPEND_A_HEAD.search(question)
    if said is None:
        return None
    what = {stem(w) for w in said["what"].lower().split()}
    checks = [
        c
        for c in catalog.of(frame)
        if c.numeric
        and set(c.stems) & {"avg", "average", "mean"}
        and set(c.stems) & {"check", "ticket", "spend"}
        and c.money_marked
        and what <= set(c.stems)
    ]
    if len(checks) != 1:
        return None
    return f"{question[: said.start()]}what is the average {checks[0].name}{question[said.end() :]}"


def _spend_each(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Money per person counted in a column: "how much does a customer spend" is Sales over Customers.

    Only with one column counting those people (Customers, Visitors) and one column of money or sales beside it.
    """
    checked = _check_spent(question, catalog, frame)
    if checked is not None:
        return checked
    said = _SPEND_EACH.search(question)
    if said is None:
        return question
    who = stem(said.group("who").lower())
    people = [c for c in catalog.numeric(frame) if c.stems == (who,) and c.name.lower().endswith("s") and not c.id_like]
    money = [
        c
        for c in catalog.numeric(frame)
        if c.additive
        and not c.id_like
        and c not in people
        and ({"sale", "sales", "revenue"} & set(c.stems) or CURRENCY.search(c.name))
    ]
    if len(people) != 1 or len(money) != 1:
        return question
    column = _added(_derived(money[0], "per", people[0]), catalog, frame, memory)
    return f"{question[: said.start()]}what is the {column.name}{question[said.end() :]}"


_AGE_ASKED = re.compile(
    r"\bhow\s+old\s+(?:are|were|is|was)\s+(?:the\s+|an?\s+)?(?P<who>[a-z]+)|\b(?P<age>ages?)\b", re.I
)
_BIRTH = frozenset({"birth", "born", "yob", "birthyear"})


def _age_column(birth: Column, event: Column) -> Column:
    return Column(
        frame=birth.frame,
        name=f"age (from {birth.name})",
        kind="numeric",
        dtype="float64",
        position=birth.position + 2000,
        stems=("age",),
        formula=(birth.name, "age", event.name),
    )


def _bmi_column(weight: Column, height: Column) -> Column:
    return Column(
        frame=weight.frame,
        name="bmi",
        kind="numeric",
        dtype="float64",
        position=max(weight.position, height.position) + 2000,
        stems=("bmi", "body", "mass", "index"),
        formula=(weight.name, "bmi", height.name),
    )


_BMI = re.compile(r"\bbmi\b|\bbody[\s-]+mass(?:[\s-]+index)?\b", re.I)


def _body_mass(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """A body mass index from weight and height when no column holds one: "avg BMI for people with cardio"."""
    said = _BMI.search(question)
    if said is None or any({"bmi"} & set(c.stems) and c.formula is None for c in catalog.of(frame)):
        return question
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and c.formula is None]
    weights = [c for c in numbers if {"weight", "wt", "mass"} & set(c.stems)]
    heights = [c for c in numbers if {"height", "ht", "stature"} & set(c.stems)]
    if len(weights) != 1 or len(heights) != 1:
        return question
    column = _added(_bmi_column(weights[0], heights[0]), catalog, frame, memory)
    return question[: said.start()] + column.name + question[said.end() :]


def _decade_column(year: Column) -> Column:
    return Column(
        frame=year.frame,
        name=f"decade (from {year.name})",
        kind="numeric",
        dtype="int64",
        position=year.position + 2000,
        stems=("decade",),
        ordered=True,
        year_like=True,
        formula=(year.name, "decade", ""),
    )


_DECADES = re.compile(
    r"\b(?:by|per|each|every|for\s+each|across|over\s+the|which|what)\s+decades?\b|\bdecades?\b", re.I
)


def _by_decade(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Decades as groups ("pass rate by decade", "which decade had the most"): each year's decade, 1990 for 1994.

    Of the one year column (else the one date column); a decade said as a span ("in the 90s") is a filter instead.
    """
    said = _DECADES.search(question)
    # (a measure or a count by decade is binned by the chart's own decades: only a rate needs the column)
    if not re.search(r"\brates?\b|%|\bpercent|\bshare\b|\bproportion\b", question, re.I):
        return question
    # a decade column of years (1990) answers it itself; a decade code (1, 2, 3) does not say which decade
    if said is None or any("decade" in c.stems and c.year_like for c in catalog.of(frame)):
        return question
    years = [c for c in catalog.of(frame) if c.year_like and c.formula is None]
    dates = [c for c in catalog.of(frame) if c.is_date]
    source = years[0] if len(years) == 1 else dates[0] if not years and len(dates) == 1 else None
    if source is None:
        return question
    column = _added(_decade_column(source), catalog, frame, memory)
    word = re.search(r"decades?", said.group(), re.I)
    assert word is not None
    at = said.start() + word.start()
    return question[:at] + column.name + question[said.start() + word.end() :]


def _age_from_birth(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Ages from a year of birth when no column holds them: "how old are the riders" (birth year, starttime).

    The age is the year of each row's event (a date's year, or the one other year column) less the birth year.
    """
    said = _AGE_ASKED.search(question)
    columns = catalog.of(frame)
    # (an age the cell added before, now a column of the frame, is read the same way)
    if said is None or any("age" in c.stems and not c.name.startswith("age (from ") for c in columns):
        return question
    births = [
        c
        for c in columns
        if _BIRTH & set(c.stems)
        and "age" not in c.stems
        and ((c.numeric and (c.year_like or "year" in c.stems)) or c.is_date)  # (Find a Grave's Birth Date)
    ]
    events = [c for c in columns if c.is_date and c not in births] or [
        c for c in columns if c.year_like and c not in births
    ]
    named: list[Column] = []
    if len(events) > 1:  # "at the time of their mission": year_of_mission; else the start of the row's event
        words_said = {stem(w) for w in re.findall(r"[a-z]+", question.lower())}
        words_said |= {"death" for w in ("died", "dead", "die") if w in words_said}  # "when they died": Death Date
        named = [c for c in events if (set(c.stems) - {"year", "of", "date", "time"}) & words_said]
        events = named or [c for c in events if set(c.stems) & _STARTS] or events[:1]
    if len(births) != 1 or len(events) != 1:
        return question
    if named:  # the phrase that chose the event says no more ("at the time of their mission": no hours_mission)
        for part in set(events[0].stems) - {"year", "of", "date", "time"}:
            said_as = rf"{re.escape(part)}\w*" + ("|died|dead" if part == "death" else "")
            question = re.sub(
                rf"\s*\b(?:at|during|on|in|when|for)(?:\s+[\w']+){{0,4}}?\s+(?:{said_as})", "", question, flags=re.I
            )
        said = _AGE_ASKED.search(question)
        if said is None:
            return question
    # "just go by the years": how to reckon the age (year less year), not a grouping by year
    question = re.sub(r"[,;.?]?\s*\b(?:just\s+)?(?:go|going|use|using)\s+(?:by\s+)?(?:the\s+)?years?\b", "", question)
    said = _AGE_ASKED.search(question)
    if said is None:
        return question
    kept = catalog.get(frame, f"age (from {births[0].name})")
    column = kept if kept is not None else _added(_age_column(births[0], events[0]), catalog, frame, memory)
    if said.group("who"):  # "how old are the riders on average": the riders' average age
        return question[: said.start()] + f"what is the average {column.name}" + question[said.end() :]
    return question[: said.start()] + column.name + question[said.end() :]


def _possible(part: str) -> bool:
    """A name part that says what was possible: "scheduled", "sched", "planned"."""
    return part in _POSSIBLE or any(abbreviates(part, w) for w in _POSSIBLE)


def _share_done(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """What % of scheduled trips actually ran: the column of those done (trips_run) over the one possible.

    The whole is a column that says what was possible (sched_trips); the part names the same things and a form
    of the question's last word; their totals make the share.
    """
    said = _SHARE_OF.search(question)
    if said is None:
        return question
    words = said["rest"].lower().split()
    verb = _IRREGULAR.get(words[-1], words[-1])
    nums = [
        c
        for c in catalog.of(frame)
        if c.numeric and c.formula is None and not c.id_like and not ({"yr", "year"} & set(c.stems) or c.year_like)
    ]  # years do not add up into a share (yr_renovated "as % of" yr_built)
    wholes = [c for c in nums if any(_possible(s) for s in c.stems)]
    if len(wholes) != 1 or len(words) < 2:
        return question
    whole = wholes[0]
    things = [s for s in whole.stems if not _possible(s)]
    done = [
        c
        for c in nums
        if c is not whole
        and set(things) <= set(c.stems)
        and any(_same_root(verb, s) or s == verb for s in c.stems if s not in things)
    ]
    if len(done) != 1 or not things:
        return question
    column = _added(_derived(done[0], "%", whole), catalog, frame, memory)
    return question[: said.start()] + column.name + question[said.end() :]


# "the biggest swing between the daily high and low", "the daily temperature range": the high less the low
_SPREAD = re.compile(
    r"\b(?:difference|gap|swing|range|spread)\s+(?:between\s+)?(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:high|max(?:imum)?|highest)\s+and\s+(?:the\s+)?(?:low|min(?:imum)?|lowest)(?:\s+temp\w*)?\b"
    r"|\b(?:daily|day'?s)\s+(?:temperature\s+|temp\s+)?range\b",
    re.IGNORECASE,
)
_HIGH, _LOW = frozenset({"maximum", "high", "max"}), frozenset({"minimum", "low", "min"})


def _spread(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """The one high/low pair of the frame (temp_max and temp_min, High and Low) as their difference."""
    said = _SPREAD.search(question)
    if said is None:
        return question
    nums = [c for c in catalog.of(frame) if c.numeric and c.formula is None]
    pairs = [
        (hi, lo)
        for hi in nums
        for lo in nums
        if set(hi.stems) & _HIGH
        and set(lo.stems) & _LOW
        and [s for s in hi.stems if s not in _HIGH] == [s for s in lo.stems if s not in _LOW]
    ]
    if len(pairs) != 1:
        return question
    column = _added(_derived(pairs[0][0], "-", pairs[0][1]), catalog, frame, memory)
    return question[: said.start()] + column.name + question[said.end() :]


# "review length in words", "longer reviews", "length of the text": how long each row's free text is
_TEXT_LENGTH = re.compile(
    r"\b(?P<w>[a-z]+)\s+length(?:\s+in\s+(?P<unit>words|characters|chars|letters))?"
    r"|\blength\s+of\s+(?:the\s+|each\s+|a\s+)?(?P<w2>[a-z]+)(?:\s+in\s+(?P<unit2>words|characters|chars|letters))?"
    r"|\blonger\s+(?P<w3>[a-z]+)"
    r"|\bhow\s+long\s+(?:are|is|were|was)\s+(?:my\s+|our\s+|your\s+|the\s+|a\s+|an\s+)?(?P<w4>[a-z]+)",
    re.I,
)
_TEXTY = ("text", "body", "content", "review", "description", "comment", "message", "post", "tweet")
_LENGTHS = frozenset({"length", "len", "duration", "distance", "ms", "sec", "min", "minute", "second", "mi", "km"})


def _text_length(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """The length of each row's free text, in words (or characters when said), as a derived number.

    The text is the column the word names, else the one column of free text named like a body of text ("Text",
    "review_body"); only when no number of the frame is a length already.
    """
    said = _TEXT_LENGTH.search(question)
    if said is None or any(set(c.stems) & _LENGTHS for c in catalog.numeric(frame)):
        return question  # "track length", "length of road": a duration or a distance the table keeps already
    word = stem((said["w"] or said["w2"] or said["w3"] or said["w4"]).lower())
    if not (said["unit"] or said["unit2"]) and word not in _TEXTY:
        return question  # without "in words" only a body of text has a length in words ("review length")
    texts = [
        c
        for c in catalog.of(frame)
        # a column named only as a body of text ("Content") is one, even when its few messages repeat
        if (c.kind == "text" or (c.kind == "categorical" and set(c.stems) <= set(_TEXTY)))
        and not c.id_like
        and not c.is_date
    ]
    named = [c for c in texts if word in c.stems] or [c for c in texts if set(c.stems) & set(_TEXTY)]
    if len(named) != 1:
        return question
    unit = (said["unit"] or said["unit2"] or "words").lower()
    chars = not unit.startswith("word")
    column = Column(
        frame=frame,
        name=f"{'characters' if chars else 'words'} in {named[0].name}",
        kind="numeric",
        dtype="int64",
        position=named[0].position + 2000,
        formula=(named[0].name, "chars" if chars else "words", ""),
    )
    _added(column, catalog, frame, memory)
    if said["w4"]:  # "how long are my comments usually": the average length of the text, in words
        return question[: said.start()] + f"what is the average {column.name}" + question[said.end() :]
    if said["w3"]:  # "do longer reviews get lower scores": the length, set against the measure
        return question[: said.start()] + column.name + " " + question[said.start() :]
    return question[: said.start()] + column.name + question[said.end() :]


# "how many miles does a rental do": a meter read at the start and at the end (Odometer Out, Odometer In)
_DISTANCE_ASKED = re.compile(
    r"\b(?:miles?|mileage|km|kms|kilomet(?:er|re)s?|distance|how\s+far|driven|covered)\b", re.I
)
_METERS = frozenset({"odometer", "odo", "mileage", "meter", "counter", "reading"})
_READ_SIDES = [("out", "in"), ("start", "end"), ("opening", "closing"), ("before", "after"), ("begin", "end")]


def _meter_run(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """How far a meter ran: its reading at the end less at the start ("Odometer In (mi)" − "Odometer Out (mi)").

    The derived column is named after the question's distance word, so the question reads it as the measure.
    """
    said = _DISTANCE_ASKED.search(question)
    if said is None:
        return question
    nums = [c for c in catalog.of(frame) if c.numeric and c.formula is None and set(c.stems) & _METERS]
    if any(set(c.stems) & {"distance", "mile", "km", "trip"} and c not in nums for c in catalog.numeric(frame)):
        return question  # a distance kept in a column of its own is what the word means
    for first, second in _READ_SIDES:
        starts = [c for c in nums if first in c.stems]
        ends = [c for c in nums if second in c.stems]
        if len(starts) == 1 and len(ends) == 1:
            rest = [s for s in starts[0].stems if s != first]
            if rest == [s for s in ends[0].stems if s != second]:
                column = _added(_derived(ends[0], "-", starts[0]), catalog, frame, memory)
                return question[: said.start()] + column.name + question[said.end() :]
    return question


# "the average improvement", "which tutor gets the biggest gains": a measure read at the start and at the end
_PROGRESS = re.compile(
    r"\b(?:improvements?|improved|gains?|gained|jumps?|growth|progress|went\s+up|go\s+up|goes\s+up)\b", re.I
)
_EARLY_LATE = [("start", "end"), ("pre", "post"), ("before", "after"), ("first", "last"), ("initial", "final")]
_EARLY_LATE += [("baseline", "final"), ("starting", "ending"), ("beginning", "ending"), ("start", "final")]


def _progress(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """An improvement of a measure kept at the start and at the end (Start Score, End Score): the end less the start.

    Only when no column keeps the change itself.
    """
    said = _PROGRESS.search(question)
    if said is None:
        return question
    nums = [c for c in catalog.numeric(frame) if c.formula is None and not c.id_like and not c.is_date]
    if any(set(c.stems) & {"gain", "improvement", "change", "growth", "progress", "difference"} for c in nums):
        return question  # (a Gain column of its own is what the word means)
    for first, last in _EARLY_LATE:
        starts = [c for c in nums if first in c.stems]
        ends = [c for c in nums if last in c.stems]
        if len(starts) == 1 and len(ends) == 1:
            rest = [s for s in starts[0].stems if s != first]
            if rest and rest == [s for s in ends[0].stems if s != last]:
                column = _added(_derived(ends[0], "-", starts[0]), catalog, frame, memory)
                return question[: said.start()] + column.name + question[said.end() :]
    return question


# "how much weight does a wheel lose", "do wheels turned more lose more weight": the first reading less the last
_LOSS_AFTER = re.compile(
    r"\b(?:lose|loses|lost|losing|shed|sheds|shrink|shrinks|shrank)\s+(?P<more>(?:more|less|the\s+most|most)\s+)?"
    r"(?P<w>[a-z]+)\b",
    re.I,
)
_LOSS_BEFORE = re.compile(
    r"\bhow\s+much\s+(?P<w>[a-z]+)\s+(?P<mid>(?:do|does|did)\s+.*?)\s*"
    r"\b(?:lose|lost|shed|shrink)\b",
    re.I,
)
_KEPT_FIRST_NOW = [("make", "current"), ("original", "current"), ("initial", "current"), ("start", "current")]
_KEPT_FIRST_NOW += [("in", "out"), ("green", "finished"), ("raw", "finished"), ("starting", "current")]


def _loss(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """A measure kept when made and now (Make Weight, Current Weight), said lost: the first less the last."""
    nums = [c for c in catalog.numeric(frame) if c.formula is None and not c.id_like and not c.is_date]
    if any(set(c.stems) & {"loss", "lost", "shrink", "shrinkage", "change", "difference"} for c in nums):
        return question  # (a Loss column of its own is what the word means)
    for said in (_LOSS_AFTER.search(question), _LOSS_BEFORE.search(question)):
        if said is None:
            continue
        word = stem(said["w"].lower())
        for first, last in _EARLY_LATE + _KEPT_FIRST_NOW:
            starts = [c for c in nums if first in c.stems and word in c.stems]
            ends = [c for c in nums if last in c.stems and word in c.stems]
            if len(starts) != 1 or len(ends) != 1:
                continue
            if [s for s in starts[0].stems if s != first] != [s for s in ends[0].stems if s != last]:
                continue
            column = _added(_derived(starts[0], "-", ends[0]), catalog, frame, memory)
            if said.re is _LOSS_AFTER:
                more = (said["more"] or "").strip()
                lead = f"{question[: said.start()]}have {more} ".replace("  ", " ")
                return f"{lead}{column.name}{question[said.end() :]}"
            return f"{question[: said.start('w')]}{column.name} {said['mid']}{question[said.end() :]}"
    return question


# "the rating gap between the two players", "the difference in score": a pair of like columns, one less the other
_GAP = re.compile(
    r"\b(?P<w>[a-z]+)\s+(?:gap|difference|diff|margin)\b"
    r"|\b(?:gap|difference|diff|margin)\s+(?:in|of|between)\s+(?:the\s+)?(?:two\s+)?(?:\w+'s?\s+)?(?P<w2>[a-z]+)",
    re.IGNORECASE,
)


def _gap(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """The one pair of columns a word names equally (white_rating, black_rating), as the first less the second."""
    said = _GAP.search(question)
    if said is None:
        return question
    if any(
        m.score >= 90 and m.start <= said.start() and said.end() <= m.end
        for m in all_candidates(question, catalog, frame)
        if m.column.numeric
    ):
        return question  # "age difference" of a column age_difference: the frame keeps the gap already
    span = said.span("w") if said.group("w") else said.span("w2")
    readings = [m for m in all_candidates(question, catalog, frame) if (m.start, m.end) == span and m.column.numeric]
    if not readings:
        return question
    best = max(m.score for m in readings)
    pair = sorted({m.column.name: m.column for m in readings if m.score == best}.values(), key=lambda c: c.position)
    if len(pair) != 2 or len(pair[0].stems) != len(pair[1].stems):
        return question
    if sum(a != b for a, b in zip(pair[0].stems, pair[1].stems, strict=True)) != 1:
        return question  # like columns differ in one word (white/black, home/away), not any two numbers
    if pair[0].stems[-1] != pair[1].stems[-1]:
        return question  # win_by_runs, win_by_wickets: two measures (runs, wickets), not two sides of one
    column = _added(_derived(pair[0], "-", pair[1]), catalog, frame, memory)
    return question[: said.start()] + column.name + question[said.end() :]


_IN_DEGREES = re.compile(
    r"\s*\bin\s+(?:degrees?\s+)?(?P<unit>celsius|centigrade|°\s*c|fahrenheit|°\s*f)(?![a-z])", re.IGNORECASE
)
_TEMPERATURE = frozenset({"temp", "temperature", "tmax", "tmin", "tavg", "temperatures"})


def _per_unit_named(column: Column, what: str, unit: str) -> bool:
    """A column of a measure per unit whose name shortens the unit ("price per bushel": Price/Bu)."""
    stems = column.stems
    short = stems[1] if len(stems) == 2 else ""
    shortens = (len(short) >= 2 and unit.startswith(short)) or abbreviates(short, unit)  # ("bu": bushel)
    return len(stems) == 2 and stems[0] == what and short != unit and shortens  # (a derived column has no stems)


def temperature_scale(column: Column) -> str | None:
    """K, F or C: the scale a temperature column is kept in, by its name or (kelvin) by its values; else None."""
    name = column.name.lower()
    if not column.numeric or not (_TEMPERATURE & set(column.stems) or "temp" in name):
        return None
    if "kelvin" in name or re.search(r"(?:^|[_\s(])k\)?$", name):
        return "K"
    if "fahrenheit" in name or re.search(r"(?:^|[_\s(])°?f\)?$", name):
        return "F"
    if "celsius" in name or re.search(r"(?:^|[_\s(])°?c\)?$", name):
        return "C"
    if column.high is not None and 200 <= column.high <= 350 and (column.low or 0) >= 0:
        return "K"  # values of 250 to 320: kelvin (the interstate traffic table's temp)
    if column.high is not None and 60 < column.high <= 135 and (column.low if column.low is not None else 0) >= -130:
        return "F"  # days up to 90-odd degrees: Fahrenheit (a day's air never reaches 60 °C)
    return None


def _degrees_column(a: Column, scale: str, wanted: str) -> Column:
    return Column(
        frame=a.frame,
        name=f"{a.name} in {'Celsius' if wanted == 'C' else 'Fahrenheit'}",
        kind="numeric",
        dtype="float64",
        position=a.position + 2000,
        formula=(a.name, "degrees", f"{scale}>{wanted}"),
    )


def _in_degrees(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """A temperature asked in another scale than it is kept in: "average temperature in celsius" of temp in K."""
    said = _IN_DEGREES.search(question)
    if said is None:
        return question
    wanted = "F" if said["unit"].lower().lstrip("°").strip().startswith("f") else "C"
    kept = [(c, scale) for c in catalog.numeric(frame) if (scale := temperature_scale(c)) is not None]
    named = [m for m in all_candidates(question[: said.start()], catalog, frame) if any(c == m.column for c, _ in kept)]
    chosen = max(named, key=lambda m: m.score).column if named else (kept[0][0] if len(kept) == 1 else None)
    scale = next((sc for c, sc in kept if c == chosen), None)
    if chosen is None or scale is None or scale == wanted:
        return question
    column = _added(_degrees_column(chosen, scale, wanted), catalog, frame, memory)
    rest = question[: said.start()] + question[said.end() :]
    spot = max(named, key=lambda m: m.score) if named else None
    if spot is None:
        return rest + f" of {column.name}"
    # "average temperature" of AvgTemperature: the average is still asked for
    lead = re.match(r"(?:average|avg|mean|median)\s+", rest[spot.start : spot.end], re.IGNORECASE)
    return rest[: spot.start] + (lead.group() if lead else "") + column.name + rest[spot.end :]


def _in_unit(question: str, catalog: Catalog, frame: str, memory: dict[str, Any], readings: list[Mention]) -> str:
    """A column kept in one unit of time asked for in another ("track length in minutes" of duration_ms)."""
    said = _IN_UNIT.search(question)
    if said is None:
        return _how_many_units(question, catalog, frame, memory, readings)
    unit = {"mins": "minutes", "min": "minutes", "hrs": "hours", "hr": "hours", "secs": "seconds", "sec": "seconds"}
    wanted = unit.get(said.group("unit"), said.group("unit"))
    wanted = wanted if wanted.endswith("s") else wanted + "s"
    # (a duration in seconds is an ordered number too, so it is not among the `readings` of plain measures)
    before = [
        m
        for m in all_candidates(question, catalog, frame)
        if m.end <= said.start() and m.score >= 40 and m.via != "time" and _converted(m.column, wanted) is not None
    ]
    if not before:
        return question
    m = max(before, key=lambda x: (x.score, x.end))
    column = _converted(m.column, wanted)
    assert column is not None
    # (remembered with its factor, which `restore` reads back: the name alone lost it for "and in 2022?")
    _added(column, catalog, frame, memory)
    rest = question[: said.start()] + question[said.end() :]
    return rest[: m.start] + column.name + rest[m.end :]


# Pounds in each unit of weight a question asks in (a US ton is 2,000 lb; a metric tonne 1,000 kg)
_WEIGHTS = {"tons": 2000.0, "tonnes": 2204.62262, "pounds": 1.0, "kilos": 2.20462262, "kilograms": 2.20462262}
_WEIGHED_IN = {"lbs": 1.0, "lb": 1.0, "pound": 1.0, "kg": 2.20462262, "kgs": 2.20462262, "ton": 2000.0}
_HOW_MANY_WEIGHT = re.compile(r"\bhow\s+many\s+(?P<unit>tons|tonnes|pounds|lbs|kilos|kilograms|kgs?)\b", re.IGNORECASE)


def _weighed(a: Column, unit: str) -> Column | None:
    """`a`, a weight kept in pounds, kilograms or tons (Net Wt (lbs)), in the unit asked; None when it is that one."""
    own = next((_WEIGHED_IN[s] for s in reversed(a.stems) if s in _WEIGHED_IN), None)
    wanted = _WEIGHTS.get(unit)
    if own is None or wanted is None or own == wanted or not a.numeric:
        return None
    return Column(
        frame=a.frame,
        name=f"{a.name} in {unit}",
        kind="numeric",
        dtype="float64",
        additive=a.additive,
        position=a.position + 2000,
        formula=(a.name, "*", repr(own / wanted)),
    )


def _how_many_weight(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """Said "how many tons did we buy" of Net Wt (lbs): the one weight kept, in tons (2,000 lb each), added up."""
    said = _HOW_MANY_WEIGHT.search(question)
    if said is None:
        return question
    unit = {"lbs": "pounds", "kilos": "kilograms", "kg": "kilograms", "kgs": "kilograms"}.get(
        said["unit"].lower(), said["unit"].lower()
    )
    weights = [c for c in catalog.numeric(frame) if c.additive and not c.id_like and _weighed(c, unit) is not None]
    kept = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & {"ton", "tons", "tonne"} and not set(c.stems) & {"price", "per", "rate", "cost"}
    ]
    if len(weights) != 1 or (kept and unit in ("tons", "tonnes")):
        return question  # (a Tons column is what "how many tons" asks; not its Price/Ton)
    column = _added(_weighed(weights[0], unit), catalog, frame, memory)  # type: ignore[arg-type]
    return f"{question[: said.start()]}what is the total {column.name}{question[said.end() :]}"


# "how many days had a max temp above 90": the days are the rows counted, not a length of time
_ROWS_OF_TIME = re.compile(
    r"\s+(?:had|have|has|were|was|with|where|when|saw|got|set|reached|recorded|did|are|is)\b", re.IGNORECASE
)
_HOW_MANY_UNITS = re.compile(
    r"\bhow\s+many\s+(?P<unit>seconds|minutes|mins|hours|hrs|days|weeks)\b"
    # "who put in the most hours": that length again, the most of it
    r"|\b(?P<most>most|fewest|least)\s+(?P<unit2>minutes|hours|hrs)\b",
    re.IGNORECASE,
)


def _time_unit(column: Column) -> bool:
    """Whether a column's name says the unit of time it is kept in ("Duration (Minutes)", "length_sec")."""
    return column.numeric and any(s in _MINUTES for s in column.stems)


def _how_many_units(
    question: str, catalog: Catalog, frame: str, memory: dict[str, Any], readings: list[Mention]
) -> str:
    """A time column named after "how many minutes" ("... do people spend on product pages"), in that unit."""
    said = _HOW_MANY_UNITS.search(question)
    if said is None:
        return question
    spoken = (said.group("unit") or said.group("unit2")).lower()
    unit = {"mins": "minutes", "hrs": "hours"}.get(spoken, spoken)
    # the one length of time a table keeps (Toggl's h:mm:ss Duration, Zoom's "Duration (Minutes)")
    lengths = [c for c in catalog.of(frame) if c.clock or (set(c.stems) & LENGTH_WORDS and _time_unit(c))]
    lengths = [c for c in lengths if not set(c.stems) & _NOT_LENGTHS]  # (a break is no time worked)
    if (
        len(lengths) == 1
        and unit in ("minutes", "hours")
        and not any(
            m.start >= said.end() and m.column.numeric
            for m in all_candidates(question, catalog, frame)
            if m.score >= 60
        )
    ):
        # "how many hours did each person log", "how many hours did we spend in meetings": that length, totalled
        column = _converted(lengths[0], unit) or lengths[0]
        if column is not lengths[0]:
            _added(column, catalog, frame, memory)
        if said.group("most"):
            return question[: said.start("unit2")] + f"total {column.name}" + question[said.end() :]
        return question[: said.start()] + f"total {column.name}" + question[said.end() :]
    if said.group("most") or _ROWS_OF_TIME.match(question[said.end() :]):
        return question
    # (a duration in seconds is an ordered number too, so it is not among the `readings` of plain measures)
    after = [
        m
        for m in all_candidates(question, catalog, frame)
        if m.start >= said.end() and m.score >= 40 and m.via != "time" and _converted(m.column, unit) is not None
    ]
    if not after:
        return question
    m = max(after, key=lambda x: (x.score, -x.start))
    found = _converted(m.column, unit)
    assert found is not None
    _added(found, catalog, frame, memory)
    return question[: m.start] + found.name + question[m.end :]


def _by_unit(question: str, at: int, catalog: Catalog, frame: str) -> list[Mention]:
    """The one measure whose name carries the unit said at `at` ("per km": dist_km), as a reading of that word."""
    unit = re.match(r"[a-z]+", question[at:].lower())
    if unit is None or unit.group() not in UNIT_QUANTITY:
        return []
    carriers = [c for c in catalog.of(frame) if c.numeric and unit.group() in c.stems and not c.id_like]
    if len(carriers) != 1:
        return []
    return [Mention(carriers[0], at, at + len(unit.group()), 58, unit.group(), "synonym")]


_MONEY_AFTER = re.compile(r"\s+(?:sales|revenue|takings|income|money|dollars|spend|spending)\s*", re.I)
_SHARE_OF_BEFORE = re.compile(r"\bas\s+an?\s+(?:%|percent(?:age)?|share|proportion|fraction)\s+of\s+$", re.I)
_THEN_PER = re.compile(r"\s+(?:per|over)\s+(?:the\s+)?[a-z]", re.IGNORECASE)
# Units of length and area that no quantity word names (a "length" may be in minutes): said after "per" only
_MEASURED_IN = frozenset({"foot", "ft", "yard", "yd", "acre", "hectare", "ha", "sqft"})


def _divides(a: Mention, b: Mention) -> bool:
    """Whether "A per B" divides: two measures both named in full, B one with many values ("revenue per employee").

    "Length per dose" groups by a few doses, "bookings per arrival month" counts per month: neither divides.
    """
    span = b.column.high - b.column.low if b.column.high is not None and b.column.low is not None else None
    wide = b.column.n_unique is None and span is not None and span > 100  # households 3 ... 6,000: a count
    few = (b.column.few_values and not wide) or (b.column.n_unique is not None and b.column.n_unique <= 20)
    # "fuel cost per km": B said by the unit its name carries (dist_km), which no label or period is
    # ("price per foot" of Linear Feet, "yield per acre" of Acres: units of length and area too)
    unit = b.word.lower() in UNIT_QUANTITY or b.word.lower() in _MEASURED_IN
    by_unit = b.word.lower() in b.column.stems and unit and b.column.numeric
    # "rooms per household" of total_rooms and households: "total" only says the column is a count for the row
    totalled = a.score >= 70 and b.score >= 90 and a.column.stems[:1] == ("total",)
    # "cost per click", "revenue per user": money said by its everyday word, over a count named in full
    priced = a.score >= 50 and b.score >= 90 and a.word.lower() in ("cost", "costs", "spend", "spent", "revenue")
    # "price per square foot" (SALE_PRICE over SQFT): a price over an area or a size named in full
    priced = priced or (
        a.score >= 50 and b.score >= 90 and a.word.lower() in ("price", "prices", "rent", "value") and b.column.numeric
    )
    # "pounds of food per household" of Pounds Distributed and Households Served: a total over a count of the
    # people or things said by its first word, both adding up over the rows
    counted = (
        min(a.score, b.score) >= 40
        and a.column.additive
        and b.column.additive
        and b.column.whole_count
        # (or said by the people it counts: "concessions per fan" of Scanned Attendance)
        and (b.column.stems[:1] == (stem(b.word.lower()),) or (b.via == "synonym" and a.score >= 50))
    )
    # "what do we bid per sheet" of Bid ("$6,390.00") and Sheets Hung: money named in full over a count of things
    # said by its first word
    counted = counted or (
        a.score >= 90
        and (CURRENCY.search(a.column.name) is not None or any(CURRENCY.search(v) for v in a.column.values[:5]))
        and b.column.additive
        and b.column.whole_count
        and b.column.stems[:1] == (stem(b.word.lower()),)
    )
    # "tips per hours": money over the hours spent earning it (Hours of 4 to 9, few values but a span of time)
    spent = bool(HOURS_WORKED.fullmatch(b.column.name.strip())) and a.column.additive and min(a.score, b.score) >= 90
    strong = min(a.score, b.score) >= 90 or (a.score >= 50 and by_unit) or totalled or priced or counted
    few = few and not spent
    # "cost per lead" where a row has 0 to 8 leads: a price over a count of things, however few its values
    few = few and not (priced and b.column.whole_count)
    # "gallons pressed per bushel": a total over a count of what went in, both adding up, however few its values
    few = few and not (counted and b.column.additive and a.column.additive and (b.column.high or 0) > 10)
    return strong and not few and not b.column.ordered and not b.column.year_like


def _result_words_before(question: str, start: int, stems: set[str], named: list[tuple[int, int]]) -> int:
    """Where the words naming a formula's result begin ("net import" before "(import minus export)").

    Words that name one of its columns count ("passenger-km (passengers x distance)"), joined by hyphens too.
    """
    for m in reversed(list(re.finditer(r"[a-z]+", question[:start].lower()))):
        if question[m.end() : start].strip(" -"):
            break
        said = any(a <= m.start() < b for a, b in named)
        if m.group() not in _RESULT_WORDS and stem(m.group()) not in stems and not said:
            break
        start = m.start()
    return start
