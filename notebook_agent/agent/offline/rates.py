"""A rate said by its event, of two count columns: "the attendance rate" is total Present over total Enrolled.

A daily attendance file keeps Enrolled, Present and Absent; an email report Sent, Delivered, Opened and Clicked.
People ask for "the attendance rate", "which school has the worst attendance", "the open rate": the event's count
over the count it is out of, which the ratio reader works out as a ratio of totals (per group when asked). A
column already named so (Open Rate) is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .catalog import Catalog, Column, yes_value
from .columns import best_named, find_mentions
from .words import BAD_WHEN_HIGH, compiled, same_word, stem


@dataclass(frozen=True)
class _Event:
    """One event: the words it is said by, the name parts of its count and of the count it is out of."""

    said: str
    part: frozenset[str]
    whole: tuple[str, ...]  # the first the table has wins
    good: bool  # more of it is better ("worst attendance" is the lowest rate; "worst absence" the highest)
    hundred: bool = False  # said per 100 of the whole (a batter's strike rate: runs per 100 balls)


_EVENTS = (
    # (a dojo's Present out of its On Roster)
    _Event(
        r"attendance|turnout",
        frozenset({"present", "attended", "attendee"}),
        ("enrolled", "registered", "roster"),
        True,
    ),
    _Event(r"absence|absentee(?:ism)?", frozenset({"absent"}), ("enrolled", "registered", "roster"), False),
    # (a yoga roster's Checked In out of its Booked: "what percent of people who book actually show up")
    _Event(
        r"show(?:s|ed)?[- ]?ups?|check(?:s|ed)?[- ]?ins?",
        frozenset({"checked", "showed"}),
        ("booked", "reserved", "registered", "rsvp", "rsvpd"),
        True,
    ),
    _Event(r"open", frozenset({"opened", "open", "opens"}), ("delivered", "sent"), True),
    _Event(r"click(?:-?through)?", frozenset({"clicked", "click", "clicks"}), ("delivered", "sent"), True),
    _Event(r"bounce", frozenset({"bounced", "bounce", "bounces"}), ("sent",), False),
    _Event(r"delivery", frozenset({"delivered"}), ("sent",), True),
    _Event(r"completion", frozenset({"completed", "finished"}), ("started", "enrolled"), True),
    # a road test's or an exam's pass rate: PASSED over TESTS GIVEN (or TAKEN)
    _Event(r"pass(?:ing)?", frozenset({"passed", "pass", "passes"}), ("given", "taken", "attempted", "tested"), True),
    _Event(r"fail(?:ure)?", frozenset({"failed", "fail", "fails"}), ("given", "taken", "attempted", "tested"), False),
    # a box score's shooting percentage: goals over shots (lacrosse's G and Sh)
    _Event(r"shooting", frozenset({"g", "goal"}), ("sh", "shot"), True),
    # a batter's strike rate: runs per 100 balls faced
    _Event(r"strike", frozenset({"run", "r"}), ("ball", "bf"), True, hundred=True),
)
_SHARE_ASKED = re.compile(r"%|\bpercent(?:age)?\b|\bshare\b|\bproportion\b|\bfraction\b", re.IGNORECASE)
_JUDGED = re.compile(r"\b(?P<j>worst|best|poorest|lowest|highest)\s+$", re.IGNORECASE)


def _count(catalog: Catalog, frame: str, parts: frozenset[str] | tuple[str, ...]) -> Column | None:
    """The one count column named by one of `parts` alone (Present, Enrolled), the first of `parts` that has one."""
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and c.formula is None and len(c.stems) == 1]
    for part in parts:
        found = [c for c in numbers if c.stems[0] == part]
        if len(found) == 1:
            return found[0]
    # ("On Roster": the count of who is on the roster)
    for part in parts:
        found = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like
            and c.formula is None
            and c.stems in (("on", part), ("in", part), (part, "in"), (part, "up"))  # (Checked In, Showed Up)
        ]
        if len(found) == 1:
            return found[0]
    # ("TESTS GIVEN": the count of what was given, its thing said first)
    pairs = [c for c in catalog.numeric(frame) if not c.id_like and c.formula is None and len(c.stems) == 2]
    for part in parts:
        if part not in ("given", "taken", "attempted", "tested"):
            continue  # (only a count of what was given or taken: not Unique Clicks for "clicks")
        found = [c for c in pairs if c.stems[1] == part]
        if len(found) == 1:
            return found[0]
    return None


def keeps_attendance(catalog: Catalog, frame: str) -> bool:
    """Whether the rows keep who came and who could have (Present, On Roster): what a turnout is read from here."""
    attendance = _EVENTS[0]
    return (
        _count(catalog, frame, tuple(attendance.part)) is not None
        and _count(catalog, frame, attendance.whole) is not None
    )


def said_rates(question: str, catalog: Catalog, frame: str) -> str:
    """A rate said by its event as its two counts: "the attendance rate" is Present / Enrolled.

    "The worst attendance" is "the lowest Present / Enrolled".
    """
    for event in _EVENTS:
        said = compiled(
            rf"\b(?P<e>{event.said})(?:\s+(?:rate|rates|ratio|percentage|%))?(?![\w-])", re.IGNORECASE
        ).search(question)
        if said is None:
            continue
        # ("what percent of people who book actually show up": a share asked before the event is one of it)
        rate = said.group() != said["e"] or _SHARE_ASKED.search(question[: said.start()]) is not None
        judged = _JUDGED.search(question[: said.start()])
        if not rate and judged is None and not re.search(r"\boverall\b", question, re.IGNORECASE):
            continue  # "how many attendance records": the event said, no rate asked
        part, whole = _count(catalog, frame, tuple(event.part)), _count(catalog, frame, event.whole)
        if any(
            m.score >= (80 if event.hundred else 90) and not (rate and m.column == part)
            for m in find_mentions(said.group(), catalog, frame)
        ):
            continue  # a column named so (Open Rate, Attendance; a batting table's SR) is read as it stands
        marked = _mark(catalog, frame, event.part) if part is None else None
        if marked is not None and judged is None:  # a choir's Present (Y/N): "our attendance rate" is its share
            return f"{question[: said.start()]}{marked.name} rate{question[said.end() :]}"
        if part is None or whole is None:
            continue
        after = said.group() + question[said.end() :]
        # ("what percent of people who book actually show up": the share asked before the event)
        before = said.group() == said["e"] and re.search(r"%|\bpercent", question[: said.start()]) is not None
        hundred = event.hundred or before or re.search(r"%|percent|per\s+100\b", after, re.I) is not None
        named = f"{part.name} as a % of {whole.name}" if hundred else f"{part.name} / {whole.name}"
        if judged is None:
            return f"{question[: said.start()]}{named}{question[said.end() :]}"
        # "the worst attendance" is the lowest rate of attendance, "the worst absence" the highest of absence
        word = judged["j"].lower()
        low = word == "lowest" or (word in ("worst", "poorest") and event.good) or (word == "best" and not event.good)
        return f"{question[: judged.start()]}{'lowest' if low else 'highest'} {named}{question[said.end() :]}"
    return question


_PER_HUNDRED = re.compile(
    r"\b(?P<a>[a-z]{3,})\s+rates?\s+(?:per|for\s+every|every)\s+(?:100|hundred|one\s+hundred)\s+(?P<b>[a-z]{3,})\b",
    re.IGNORECASE,
)


def per_hundred(question: str, catalog: Catalog, frame: str) -> str:
    """Said "the injury rate per 100 players" of Injuries and Players: all the one over all the other, in %."""
    said = _PER_HUNDRED.search(question)
    if said is None:
        return question
    counts = [c for c in catalog.numeric(frame) if c.additive and not c.id_like and c.formula is None]
    found = []
    for word in (said["a"], said["b"]):
        named = [c for c in counts if c.significant[-1:] and same_word(word.lower(), c.significant[-1])]
        found.append(named[0] if len(named) == 1 else None)
    part, whole = found
    if part is None or whole is None or part == whole:
        return question
    return f"{question[: said.start()]}{part.name} as a % of {whole.name}{question[said.end() :]}"


_LOST_RATE = re.compile(r"\b(?P<x>[a-z]{4,})\s+(?:rate|percentage|%)(?![\w-])", re.IGNORECASE)
# Words of things spoiled in the making or the handling
_SPOILED = ("scrap", "misprint", "reject", "defect", "spoil", "spoilage", "waste", "breakage", "remake", "rework")
# What the things lost are counted out of: the pieces run, the castings poured, the quantity ordered
_MADE = frozenset({"piece", "qty", "quantity", "unit", "ordered", "produced", "made", "poured", "printed", "run"})


def lost_rate(question: str, catalog: Catalog, frame: str) -> str:
    """A rate of things spoiled, said by their word: "our scrap rate" of Qty Scrapped and Qty Ordered.

    The count of the spoiled ones (Qty Scrapped, Misprints, Castings Scrapped) as a % of the count they are out of:
    a count of the same things (Castings Poured beside Castings Scrapped), else the one count of what was made or
    ordered (Pieces, Qty Ordered). A column already named so (Scrap Rate) is read as it stands.
    """
    for said in _LOST_RATE.finditer(question):
        word = said["x"].lower()
        if not any(same_word(word, w) for w in _SPOILED):
            continue  # (an open rate is said_rates' own: Unique Opens over Delivered)
        kept = {"rate", "percent", "percentage", "pct"}
        if any(m.score >= 80 and set(m.column.stems) & kept for m in find_mentions(said.group(), catalog, frame)):
            return question  # a Scrap Rate column
        counts = [
            c
            for c in catalog.numeric(frame)
            if (c.whole_count or c.whole_floats) and not c.id_like and c.formula is None  # (Misprints with blanks)
        ]
        parts = [c for c in counts if any(same_word(word, s) for s in c.significant)]
        if len(parts) != 1:
            continue
        part = parts[0]
        others = [s for s in part.significant if not same_word(word, s)]
        same = [c for c in counts if c is not part and others and set(c.significant) & set(others)]
        made = [c for c in counts if c is not part and set(c.significant) & _MADE]
        wholes = same if len(same) == 1 else made
        if len(wholes) != 1:
            continue
        return f"{question[: said.start()]}{part.name} as a % of {wholes[0].name}{question[said.end() :]}"
    return question


def _mark(catalog: Catalog, frame: str, parts: frozenset[str]) -> Column | None:
    """The one yes/no column named by one of the event's words (Present, Attended): a row marked, not a count."""
    found = [c for c in catalog.of(frame) if c.categorical and c.stems and c.stems[0] in parts and yes_value(c)]
    return found[0] if len(found) == 1 else None


_OVERALL = re.compile(r"\b(?:overall|total|combined|pooled|whole)\s+(?P<q>[a-z]+)\s+rate\b", re.IGNORECASE)


def overall_rate(question: str, catalog: Catalog, frame: str) -> str:
    """A kept rate asked "overall" as its two counts: "the overall default rate" is Defaulted over the Cohort.

    A table of schools keeps each one's Default Rate (%) beside Borrowers Defaulted and Borrowers in Cohort; the
    rate of all of them together is the total of the one over the total of the other, never the mean of the rows'
    rates (a school of 3 borrowers would weigh as much as one of 30,000).
    """
    said = _OVERALL.search(question)
    if said is None:
        return question
    qualifier = said["q"].lower()
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date and c.formula is None]
    if not any("rate" in c.stems and qualifier in c.stems for c in numbers):
        return question  # only a rate the table keeps per row (Default Rate (%)); "open rate" is said_rates' own
    counts = [c for c in numbers if c.whole_count and "rate" not in c.stems]
    parts = [c for c in counts if any(same_word(qualifier, s) for s in c.stems)]
    if len(parts) != 1:
        return question
    part = parts[0]
    # the count it is out of: another count of the same people or things (Borrowers in Cohort of Borrowers Defaulted)
    wholes = [c for c in counts if c is not part and set(c.stems) & set(part.stems)]
    if len(wholes) != 1:
        return question
    return f"{question[: said.start()]}{part.name} as a % of {wholes[0].name}{question[said.end() :]}"


# what a pair of counts is out of (Check-ins Due, Drug Tests) and what of it happened (Check-ins Made, Positive Tests)
_WHOLE_WORDS = frozenset(
    {
        "due",
        "scheduled",
        "attempted",
        "attempt",
        "att",
        "assigned",
        "required",
        "expected",
        "planned",
        "offered",
        "total",
    }
    | {"given", "taken", "tested", "possible", "eligible", "sent", "tried", "booked", "requested", "ordered"}
)
_PART_WORDS = frozenset(
    {"made", "completed", "complete", "done", "kept", "met", "passed", "positive", "successful", "success", "won"}
    | {"attended", "fulfilled", "answered", "returned", "collected", "failed", "negative", "missed", "converted"}
)
_RATE_SAID = re.compile(
    r"(?P<before>(?:[\w-]+\s+){1,4}?)(?:compliance\s+|completion\s+|success\s+|hit\s+)?(?:rate|percentage|%)(?![\w-])",
    re.IGNORECASE,
)


def _pairs(catalog: Catalog, frame: str) -> list[tuple[Column, Column, frozenset[str]]]:
    """Pairs of counts of one thing, (part, whole, the words they share): Check-ins Made of Check-ins Due."""
    counts = [
        c
        for c in catalog.numeric(frame)
        if c.whole_count and not c.id_like and c.formula is None and 2 <= len(c.stems) <= 3 and "rate" not in c.stems
    ]
    out = []
    for part in counts:
        for whole in counts:
            shared = set(part.stems) & set(whole.stems)
            own, other = set(part.stems) - shared, set(whole.stems) - shared
            if part is whole or not shared or len(own) != 1 or len(other) != 1:
                continue
            if not own & _PART_WORDS and not other & _WHOLE_WORDS:
                continue  # (Sends Logged of Attempts Logged: what was tried names the whole)
            if other & _PART_WORDS:
                continue  # (Positive Tests beside Negative Tests: two parts, neither out of the other)
            out.append((part, whole, frozenset(shared)))
    return out


# words a count is kept by, said by nobody asking for it (Sends Logged, Attempts Recorded)
_KEPT_WORDS = frozenset({"logged", "recorded", "count", "number", "total", "num", "no", "tally"})


def _weighty(word: str) -> bool:
    """A name part that says something ("check", a handball 7m), not a scrap of one ("ins" of Check-ins)."""
    return len(word) > 3 or any(ch.isdigit() for ch in word)


def _said(word: str, words: set[str]) -> bool:
    """A name part said among the words (or a form of it: "check" of "checks")."""
    return word in words or any(same_word(word, w) for w in words)


def _names_pair(part: Column, whole: Column, shared: frozenset[str], words: set[str]) -> bool:
    """The pair said by what they share ("check in" of Check-ins), or by the part's own word ("send rate").

    "ins" of Check-ins is no word of its own; Sends Logged and Attempts Logged share only a word of keeping.
    """
    weighty = [w for w in shared - _KEPT_WORDS if _weighty(w)]
    if weighty:
        return all(_said(w, words) for w in weighty)
    return not shared - _KEPT_WORDS and all(_said(w, words) for w in set(part.stems) - shared)


def _rate_of(part: Column, whole: Column, shared: frozenset[str], words: set[str], said: str) -> bool:
    """The rate asked is the part's: its own word said, or a word of doing what was due ("compliance rate").

    A pair out of what was due or tried is said by what the two share alone: "the check in rate".
    """
    return (
        set(part.stems) - shared <= words
        or re.search(r"compliance|completion|success|conversion", said, re.I) is not None
        or set(whole.stems) - shared <= _WHOLE_WORDS
    )


def pair_rate(question: str, catalog: Catalog, frame: str) -> str:
    """A rate said of a pair of counts: "the check in compliance rate" is Check-ins Made as a % of Check-ins Due.

    "The positive drug test rate" is Positive Tests of Drug Tests: what happened over the times it could have.
    """
    said = _RATE_SAID.search(question)
    if said is None:
        return question
    words = {stem(w) for w in re.findall(r"[a-z0-9]+", said["before"].lower())}
    if any(m.score >= 90 for m in find_mentions(said.group(), catalog, frame) if "rate" in m.column.stems):
        return question  # a rate the table keeps (Completion Rate)
    fits = [
        (part, whole)
        for part, whole, shared in _pairs(catalog, frame)
        if _names_pair(part, whole, shared, words) and _rate_of(part, whole, shared, words, said.group())
    ]
    if len(fits) != 1:
        return question
    part, whole = fits[0]
    return f"{question[: said.start('before')]}{part.name} as a % of {whole.name}{question[said.end() :]}"


# two counts that split one thing between them (Sessions Attended, Sessions Missed): the share of one is out of both
_DONE_WORDS = frozenset({"attended", "made", "kept", "completed", "present", "won", "passed", "showed", "held"})
_UNDONE_WORDS = frozenset({"missed", "absent", "cancelled", "canceled", "lost", "failed", "skipped", "noshow"})
_UNDONE_WORDS |= {"released"}  # a charter's Fish Kept and Fish Released: every fish caught, one way or the other
_SHARE_OF_NOUN = re.compile(
    r"\b(?:what|which)\s+(?:percent(?:age)?|share|proportion|fraction|%)\s+of\s+(?:the\s+|their\s+|all\s+)?"
    r"(?P<noun>[a-z]+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_UNDONE_SAID = re.compile(
    r"\b(?:miss|missed|misses|skip|skipped|absent|no[\s-]?shows?|cancel\w*|lost|fail\w*|releas\w*)\b", re.I
)


def splits_one(a: Column, b: Column) -> bool:
    """Two counts that split one thing between them: Sessions Attended and Sessions Missed."""
    shared = set(a.stems) & set(b.stems)
    own = (set(a.stems) - shared) | (set(b.stems) - shared)
    return bool(shared) and bool(own & _DONE_WORDS) and bool(own & _UNDONE_WORDS)


def _split_pair(catalog: Catalog, frame: str, noun: str | None) -> tuple[Column, Column] | None:
    """The two counts that split one thing (the noun, when said) between them: (done, undone)."""
    counts = [
        c
        for c in catalog.numeric(frame)
        if c.whole_count and not c.id_like and len(c.stems) == 2 and (noun is None or noun in c.stems)
    ]
    done = [c for c in counts if set(c.stems) & _DONE_WORDS]
    undone = [c for c in counts if set(c.stems) & _UNDONE_WORDS]
    if len(done) != 1 or len(undone) != 1 or any(set(c.stems) & {"total", "scheduled", "due"} for c in counts):
        return None
    if not set(done[0].stems) & set(undone[0].stems):
        return None
    return done[0], undone[0]


def _kind_said(text: str, catalog: Catalog, frame: str) -> str | None:
    """The label value the text opens with ("striped bass do we let go"), said alone or as a plural."""
    low = text.lower()
    found = [
        v
        for c in catalog.of(frame)
        if c.categorical and not c.numeric
        for v in c.values
        if re.match(rf"{re.escape(v.lower())}(?:e?s)?\b", low)
    ]
    return max(found, key=len) if found else None


def share_of_both(question: str, catalog: Catalog, frame: str) -> str:
    """Said "what percent of sessions do kids show up for" of Sessions Attended and Missed: Attended of the two.

    Neither count is out of the other; together they are every session. "What percent of striped bass do we let
    go" of a charter's Fish Kept and Fish Released is the same share, of the rows of that species.
    """
    said = _SHARE_OF_NOUN.search(question)
    if said is None:
        return question
    rest, scope = said["rest"], ""
    pair = _split_pair(catalog, frame, stem(said["noun"].lower()))
    kind = _kind_said(question[said.start("noun") :], catalog, frame) if pair is None else None
    if kind is not None:
        pair = _split_pair(catalog, frame, None)
        said_kind = re.match(rf"{re.escape(kind)}(?:e?s)?\b", question[said.start("noun") :], re.IGNORECASE)
        rest, scope = question[said.start("noun") + (said_kind.end() if said_kind else len(kind)) :], f" for {kind}"
    if pair is None:
        return question
    done, undone = pair
    part = undone if _UNDONE_SAID.search(rest) else done
    both = f"({done.name} + {undone.name})"
    # (the verb said of them goes, "do kids actually show up for"; rows said after it stay: "in 2024")
    rest = re.sub(
        r"^\s*(?:do|did|does|were|was|are|is|got|get|have|has|had)\b.*?(?=\b(?:in|at|among|with|where|on|during|from)\b|$)",
        " ",
        rest,
        flags=re.IGNORECASE,
    )
    return f"{question[: said.start()]}{part.name} as a % of {both}{scope}{rest.rstrip()}"


# "what share of the harvest gets culled", "what percent of fish died on the way": a count of the thing that
# happened (Lbs Culled, Mortality) as a share of the count it happened to (Lbs Picked, Fish Stocked)
_SHARE_OF_EVENT = re.compile(
    r"\b(?:what|which)\s+(?:share|percent(?:age)?|fraction|proportion|%)\s+of\s+(?:the\s+|our\s+|all\s+(?:the\s+)?)?"
    r"(?P<whole>[a-z]+)\s+(?:(?:gets?|got|is|are|was|were|has|have|had)\s+(?:been\s+)?(?P<event>[a-z]{4,})"
    # (with no verb before it the event is a deed done: "fish died", never "enrolled kids", "channels stream")
    r"|(?P<done>[a-z]{3,}(?:ed|ied|en|wn|lt|nt)|died|lost|sold|kept|left)"
    # "what percent of hives do we lose"
    r"|(?:do|does|did)\s+(?:we|you|they|i)\s+(?P<event5>[a-z]{4,})"
    # "what fraction of the bars we make actually sell": the things made, the part of them sold
    r"|(?:we|you|they|i)\s+[a-z]{3,}\s+(?:actually\s+|really\s+|end\s+up\s+(?:getting\s+)?)?(?P<event6>[a-z]{4,}))\b"
    # "how much of what we bill do we actually collect"
    r"|\bhow\s+much\s+of\s+what\s+(?:we|they|you|i)\s+(?P<whole2>[a-z]{3,})\s+(?:do|did|does)\s+(?:we|they|you|i)\s+"
    r"(?:actually\s+|really\s+|end\s+up\s+)?(?P<event2>[a-z]{4,})\b"
    # "the germination rate", "which crop germinates the worst"
    r"|\b(?P<event3>[a-z]{5,})\s+(?:rate|percentage)\b"
    r"|\b(?P<event4>[a-z]{5,})\s+(?:the\s+)?(?P<j>worst|best|poorest)\b",
    re.IGNORECASE,
)


def _counted(catalog: Catalog, frame: str, words: str) -> list[Column]:
    """The numeric columns (counts, amounts) a few words name, best first."""
    named = [m for m in find_mentions(words, catalog, frame) if m.column.numeric and not m.column.id_like]
    return [c for c in best_named(named) if c.formula is None]


def _whole_of(part: Column, catalog: Catalog, frame: str, said: str | None) -> Column | None:
    """The count `part` is out of: the one the question names, else the one that shares a name part with it."""
    if said:
        named = _counted(catalog, frame, said)
        if part in named or any(same_word(w, p) for w in re.findall(r"[a-z]+", said.lower()) for p in part.stems):
            # "what percent of hives do we lose" of Hives Placed and Hives Lost: the lost are of the placed
            others = [
                c
                for c in catalog.numeric(frame)
                if c != part
                and c.whole_count
                and c.formula is None
                and not (c.year_like or c.id_like)
                and c.stems[:1] == part.stems[:1]
            ]
            if len(others) == 1 and not splits_one(part, others[0]):
                return others[0]
            return None  # "what share of sessions were missed": Attended and Missed both sessions, the whole is both
        if len(named) == 1 and not named[0].year_like:
            return named[0]
    own = set(part.stems)
    sharing = [
        c
        for c in catalog.numeric(frame)
        if c != part
        and not c.id_like
        and c.formula is None
        and (c.whole_count or c.whole_floats or c.additive)
        and not c.year_like
        and set(c.stems) & own
        and not {"percent", "pct", "rate", "avg", "average"} & set(c.stems)
    ]
    bare = [c for c in sharing if set(c.stems) < own]
    if len(sharing) > 1 and len(bare) == 1:
        return bare[0]  # Shrink Pots and Sold Pots beside Pots: the plain Pots is the whole
    return sharing[0] if len(sharing) == 1 else None


def event_share(question: str, catalog: Catalog, frame: str) -> str:
    """A share said by what happened to some of the things counted: "what share of the harvest gets culled".

    The count of those it happened to (Lbs Culled, Seeds Sprouted, Collected $) as a % of the count they are out
    of (Lbs Picked, Seeds Planted, Billed $): the one the question names, else the one sharing a name part. A rate
    kept by a column of its own (Germination Rate) is read as it stands.
    """
    said = _SHARE_OF_EVENT.search(question)
    if said is None:
        return question
    event = next(
        (said[g] for g in ("event", "done", "event2", "event3", "event4", "event5", "event6") if said[g]), None
    )
    if event is None:
        return question
    if said["event3"] and any(
        {"rate", "percent", "pct"} & set(m.column.stems) for m in find_mentions(said.group(), catalog, frame)
    ):
        return question  # ("the typical graduation rate" of a Graduation rate column: that column)
    # ("do we lose" of Hives Lost: the verb in its present tense, the column in its past)
    verbed = _counted(catalog, frame, event) or [
        c for c in catalog.numeric(frame) if any(same_word(event, w) for w in c.stems) and not c.id_like
    ]
    parts = [
        c
        for c in verbed
        if (c.whole_count or c.whole_floats or c.additive) and not c.year_like  # (yr_renovated is no count)
    ]
    if len(parts) != 1:
        return question
    part = parts[0]
    whole = _whole_of(part, catalog, frame, said["whole"] or said["whole2"])
    if whole is None or (part.high is not None and whole.high is not None and part.high > whole.high):
        return question  # (a part is never more than its whole)
    named = f"{part.name} as a % of {whole.name}"
    if said["j"]:  # "germinates the worst": the lowest share, of a thing good to have happen
        bad = bool(set(part.stems) & BAD_WHEN_HIGH)
        low = (said["j"].lower() != "best") != bad
        return f"{question[: said.start()]}has the {'lowest' if low else 'highest'} {named}{question[said.end() :]}"
    return f"{question[: said.start()]}{named}{question[said.end() :]}"
