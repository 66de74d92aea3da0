"""The label a thing is known by, for "the most common violation" among a table's many VIOLATION columns.

Chicago's building violations have VIOLATION DATE, CODE, STATUS, DESCRIPTION and LOCATION: the word "violation"
names each of them partly, and a date is as close a reading as a label. Asked what is most common (or the top N
of them), a person means what the thing is: its description, type or name, so that column is said instead.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column
from .readings import all_candidates
from .words import stem

_COMMON = re.compile(
    r"\b(?:most|least)\s+(?:common|frequent|popular|usual|reported|cited)\s+(?P<n>[a-z][a-z\-]+?)(?:e?s)?\b"
    r"|\btop\s+(?:\d{1,2}|three|five|ten)\s+(?P<n2>[a-z][a-z\-]+?)(?:e?s)?\b(?!\s+(?:by|per|for|in)\b)",
    re.IGNORECASE,
)
# What a thing is, by how its label is named: the first of these a column has
_WHAT = ("description", "desc", "type", "name", "title", "category", "kind", "reason", "code")


# What a row is, by a label named only so ("type", "case_title"), for a noun no column names
# (a farrier's Service says what each appointment was: "the most common job")
_KIND_OF = ("type", "category", "kind", "title", "service", "description")
_AFTER_THING = frozenset({"in", "of", "for", "is", "was", "are", "were", "on", "at", "by", "per", "among", "across"})
_NOT_THINGS = frozenset(
    {"day", "month", "year", "hour", "time", "week", "date", "value", "word", "number", "one", "thing", "stuff"}
)


# Nouns for why a row exists, said of rows whose label says what each is: "the top 5 reasons people call"
_WHY_WORDS = frozenset({"reason", "cause", "complaint", "problem", "issue"})
# A code's words beside it: NOLA's Type_ "103D" and TypeText "DISTURBANCE (DOMESTIC)"
_WORDED = frozenset({"text", "description", "desc", "name", "label"})


def _worded(column: Column, among: list[Column]) -> Column:
    """The column that writes a code column's values in words, when the file keeps one beside it; else itself."""
    words = [c for c in among if len(c.stems) == len(column.stems) + 1 and c.stems[:-1] == column.stems]
    words = [c for c in words if c.stems[-1] in _WORDED]
    if not words:  # names run together in capitals: SERVICECODE beside SERVICECODEDESCRIPTION
        base = re.sub(r"[^a-z]", "", column.name.lower())
        words = [c for c in among if re.sub(r"[^a-z]", "", c.name.lower()) in {base + w for w in _WORDED}]
    return words[0] if len(words) == 1 else column


_POPULARITY = frozenset({"quantity", "qty", "unit", "count", "play", "view", "popularity", "sold", "stream", "listen"})


def _counted_elsewhere(catalog: Catalog, frame: str) -> bool:
    """Whether a number says how popular each row is (Quantity, Plays, Views, popularity): not a count of rows."""
    return any(set(c.stems) & _POPULARITY for c in catalog.of(frame) if c.numeric and not c.id_like)


# "What do people complain about most", "what gets reported the most", "what do i do most often": no noun at all,
# so what is counted is what each row is (its type), as a person reading a log of reports or workouts means
_WHAT_MOST = re.compile(
    r"^\W*what\s+(?:(?P<noun>[a-z]{3,})\s+(?=(?:do|does|did)\s))?"
    r"(?:(?:do|does|did)\s+(?:people|we|i|you|users|residents|customers|folks|they|callers|others)"
    # ("what do we get called out for the most": called for, the reason each row is)
    r"\s+(?:get\s+|got\s+)?(?P<verb>[a-z]+)(?:\s+(?:out|up|back|over|away))?(?:\s+(?:about|for|on|in))?"
    r"|(?:gets?|got|is|are|was|were)\s+(?P<done>[a-z]+ed))"
    r"\s+(?:the\s+)?most(?:\s+(?:often|frequently))?\b",
    re.IGNORECASE,
)
# Words of what a row of a log is, in a label not named type or category (San Diego's service_name)
_ROW_NOUNS = frozenset(
    {"service", "request", "complaint", "problem", "issue", "incident", "activity", "workout", "sport", "call"}
    | {"case", "offense", "crime", "violation", "event"}
)


# Verbs whose object is a thing by its name: what is bought, eaten or watched most is an item, not its category
_THING_VERBS = frozenset(
    {"buy", "bought", "purchase", "order", "ordered", "eat", "ate", "drink", "drank", "watch", "watched", "read"}
    | {"listen", "play", "played", "cook", "cooked", "make", "get", "got", "download", "downloaded", "use", "wear"}
)


def row_kind(catalog: Catalog, frame: str) -> Column | None:
    """The label saying what each row is: a type or category, else a service or workout named so."""
    kinds = [c for c in catalog.of(frame) if c.categorical and not c.id_like and 3 <= (c.n_unique or 0) <= 500]
    # (a description after a service named so: San Diego's public_description is a resident's note)
    tiers = [[c for c in kinds if c.stems[-1:] == (part,)] for part in _KIND_OF[:-1]]
    tiers.append([c for c in kinds if set(c.stems) & _ROW_NOUNS])
    tiers.append([c for c in kinds if c.stems[-1:] == (_KIND_OF[-1],)])
    found = next((tier for tier in tiers if tier), [])
    # (service_name before case_origin: a row noun with a name says what the row is, one with an origin says how)
    named = [c for c in found if c.stems[-1] in ("name", "detail", *_KIND_OF) or len(c.stems) == 1] or found
    return _worded(min(named, key=lambda c: (len(c.stems), c.n_unique or 0)), kinds) if named else None


def _what_most(question: str, catalog: Catalog, frame: str) -> str:
    """A question of what is done the most ("what do people report the most"): the most common row kind."""
    said = _WHAT_MOST.search(question)
    if said is None:
        return question
    heard = all_candidates(question[: said.end()], catalog, frame)
    reasons = [
        c
        for c in catalog.of(frame)
        if c.categorical and not c.id_like and set(c.stems) & {"problem", "issue", "reason", "complaint", "cause"}
    ]
    # "what do we get called out for the most": the reason of each call (Problem), though "called" reads Call ID
    if (
        re.search(r"\bfor\s+(?:the\s+)?most\b", said.group(), re.I)
        and len(reasons) == 1
        and all(m.column.id_like for m in heard)
    ):
        return f"what is the most common {reasons[0].name}{question[said.end() :]}"
    if heard:
        return question  # ("what do people rate the highest"-like questions name their column: read as they stand)
    kind = row_kind(catalog, frame)
    # "what food do i log the most": the thing by its name (Lose It's Name), not its Type; so is what is bought,
    # eaten or watched ("what do we buy most often": AnyList's Item, not its Category)
    if said["noun"] or (said["verb"] or "").lower() in _THING_VERBS:
        if (said["noun"] or "").lower() in ("kind", "type", "sort"):
            return question
        labels = [c for c in catalog.of(frame) if c.categorical and not c.id_like and (c.n_unique or 0) >= 3]
        things = (("name",), ("title",), ("item",), ("description",), ("product",))
        named = [c for c in labels if c.stems[-1:] in things]
        kind = min(named, key=lambda c: (len(c.stems), -(c.n_unique or 0))) if named else kind
    if kind is None:
        return question
    return f"what is the most common {kind.name}{question[said.end() :]}"


# Nouns for how a thing was done, said of a label named "How ..." (a scorebook's How Out, a survey's How Heard)
_WAYS = frozenset({"way", "method", "mean", "manner"})


def _how_done(question: str, start: int, end: int, catalog: Catalog, frame: str) -> str:
    """The most common "way to get out" of a scorebook: its How Out, the one label saying how a thing was done."""
    hows = [c for c in catalog.of(frame) if c.categorical and not c.id_like and c.stems[:1] == ("how",)]
    if len(hows) > 1:  # (several: the one whose other words are said after the noun)
        said = {stem(w) for w in re.findall(r"[a-z]+", question[end:].lower())}
        hows = [c for c in hows if set(c.stems[1:]) <= said]
    if len(hows) != 1:
        return question
    # (a way of not doing it is no way of doing it: a batter's "not out" or "did not bat" is no way to get out)
    nots = [v for v in hows[0].values if re.search(r"\bnot\b|^no\b", v, re.IGNORECASE)]
    rest = question[end:].rstrip(" ?.!")
    return f"{question[:start]}{hows[0].name}{rest}" + (f" excluding {', '.join(nots)}" if nots else "")


def known_by(question: str, catalog: Catalog, frame: str) -> str:
    """A thing said by its noun ("the most common violation") as the column naming what it is (DESCRIPTION)."""
    question = _what_most(question, catalog, frame)
    said = _COMMON.search(question)
    if said is None:
        return question
    group = "n" if said["n"] else "n2"
    start, end = said.span(group)
    word = question[start:end].lower()
    read = [m for m in all_candidates(question, catalog, frame) if m.start <= start < m.end]
    after = re.match(r"\s+([a-z]+)", question[said.end(group) :], re.I)
    why = word.rstrip("s") in _WHY_WORDS and not read  # "the top 5 reasons people call": what each call is
    if word.rstrip("s") in _WAYS and not read:
        return _how_done(question, start, said.end(group), catalog, frame)
    if why or (
        not read
        and group == "n"
        and word not in _NOT_THINGS
        # ("the most popular product" beside Quantity is the most sold; beside no such count, the most booked)
        and not (re.search(r"popular", said.group(), re.I) and _counted_elsewhere(catalog, frame))
        and (after is None or after.group(1).lower() in _AFTER_THING)  # ("crime types": the noun is types)
    ):
        # "the most common complaint" of 311 requests: no column says complaint; what each row is, is its type
        kinds = [c for c in catalog.of(frame) if c.categorical and not c.id_like and (c.n_unique or 0) >= 3]
        # ("the most common cause of outages": the Reason column first, a why said by its own word)
        for part in (*sorted(_WHY_WORDS), *_KIND_OF) if why else _KIND_OF:
            found = [c for c in kinds if c.stems == (part,)] or [c for c in kinds if c.stems[-1:] == (part,)]
            if len(found) == 1:
                return f"{question[:start]}{_worded(found[0], kinds).name}{question[said.end(group) :]}"
            if found:
                return question
        return question
    named = {m.column.name: m.column for m in read}
    if len(named) == 1:
        # "the most common error" beside Error Message and a Status of Errored: what the rows are counted by is
        # the label the word names, not the rows holding a value that starts so
        only = next(iter(named.values()))
        if only.categorical and not only.id_like and only.stems[:1] == (stem(word),) and (only.n_unique or 0) >= 3:
            # (all of the name it was said by: "last name" is Last Name, not "Last Name name")
            until = max([said.end(group), *(m.end for m in read if m.column is only)])
            return f"{question[:start]}{only.name}{question[until:]}"
    if len(named) < 2 or any(m.score >= 90 for m in read):
        return question  # one reading, or a name said whole: read as it stands
    labels = [
        c
        for c in catalog.of(frame)
        if c.categorical and not c.id_like and len(c.stems) == 2 and c.stems[0] in (word, word.rstrip("s"))
    ]
    for part in _WHAT:
        found = [c for c in labels if c.stems[1] == part]
        if len(found) == 1:
            end = said.end(group)
            return f"{question[:start]}{found[0].name}{question[end:]}"
    return question
