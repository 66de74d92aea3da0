"""Phrasal verbs said as the one word a column is named by: "showed up" is Attended, "signed up" Registration Time.

People say "how many showed up", "when did they sign up", "how many dropped out"; exports name the same event in
one word (Zoom's Attended, Registration Time; a course's Withdrawn). The phrase is said again as that word when a
column is named by it and none by the phrase itself.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column
from .words import root, stem

# each phrase (any tense), and the words a column may be named by for it, the first found winning
_PHRASES: dict[str, tuple[str, ...]] = {
    # (Luma's checked_in_at: a guest who showed up was checked in)
    r"show(?:s|ed|ing)?\s+up|turn(?:s|ed|ing)?\s+up": ("attended", "attend", "attendance", "present", "checked in"),
    r"sign(?:s|ed|ing)?\s+up": ("registered", "registration", "register", "signup"),
    # "what are people most often arrested for": a booking's charge (Top Charge), the offence
    r"(?:arrest(?:ed|s)?|booked|jailed|locked\s+up|picked\s+up)\s+for|charged\s+with": ("charge", "offense", "offence"),
    # "what share needed a follow up visit": an inspection's REINSPECTION_REQUIRED, a visit again
    r"follow[\s-]?ups?(?:\s+(?:visit|inspection)s?)?": ("reinspection", "followup", "revisit"),
    # "what percent of the places did i actually make it to": a trip plan's Visited
    r"(?:make|makes|made|making)\s+it\s+(?:to|there)": ("visited", "attended"),
    # "which bean did i like best": what is liked is rated (a brew log's Rating, a film log's Stars)
    r"(?:like|liked|enjoy(?:ed)?|loved?)(?=\s+(?:the\s+)?(?:best|most|least)\b)": ("rating", "rated", "stars", "score"),
    # "registrations that run out before 2025": a registration's Expires date
    r"run(?:s|ning)?\s+out|ran\s+out|lapse[sd]?|lapsing": ("expires", "expiration", "expiry", "expire", "expiring"),
    r"drop(?:s|ped|ping)?\s+out": ("withdrawn", "withdrew", "dropout", "dropped"),
    r"check(?:s|ed|ing)?\s+in": ("checkin", "arrival", "arrived"),
    r"check(?:s|ed|ing)?\s+out": ("checkout", "departure", "departed"),
    r"pick(?:s|ed|ing)?\s+up": ("answered", "pickup"),
    r"(?:get\s+|got\s+|gets\s+)?paid\s+out|pay(?:s|ing)?\s+out": ("payout", "payouts"),
    r"(?:get|got|gets|getting|gotten)\s+done": ("completed", "complete", "done", "finished"),
    # "which utility cuts off the most people": a utility's Disconnections (shutoffs)
    r"cut(?:s|ting)?\s+off|shut(?:s|ting)?\s+off": ("disconnections", "disconnection", "shutoffs", "shutoff"),
    # "how long does it take me to get through a book": from began to completed
    r"(?:get|got|gets|getting|gotten)\s+through|(?:read|reading)\s+through": ("completed", "complete", "finished"),
    # "how many times did the power go out": a home battery's Backup Events, an outage log's Outages
    r"(?:the\s+)?power\s+(?:go(?:es)?|went|gone|going)\s+out|(?:power\s+)?outages?|blackouts?|power\s+cuts?": (
        "outage",
        "outages",
        "backup events",
        "backup",
    ),
    # "calls that never had a deputy get there": a dispatch log's ARRIVED time, blank when nobody came
    r"(?:(?:had|have|has)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?)?(?:get|gets|got|getting|make\s+it|made\s+it)\s+there": (
        "arrived",
        "arrival",
        "on scene",
    ),
    # "average gift for each way of giving": a giving log's Method, a sale's Payment Method
    r"ways?\s+(?:of|to)\s+(?:giving|give|paying|pay|payment|donating|donate)": ("method", "payment method", "via"),
    # "riders getting on", "people getting off": a transit count's boardings and alightings
    r"(?:riders?\s+|people\s+|passengers?\s+)?(?:get|gets|getting|got)\s+on(?=\s|$|[?.!,])": ("boardings", "boarding"),
    r"(?:riders?\s+|people\s+|passengers?\s+)?(?:get|gets|getting|got)\s+off(?=\s|$|[?.!,])": (
        "alightings",
        "alighting",
    ),
    # "what sets them off most often": a diary's Suspected Trigger
    r"set(?:s|ting)?\s+(?:(?:it|them|me|him|her)\s+)?off": ("trigger", "cause"),
    # "what do people call the sheriff about the most": a call's type, what it was about
    r"call(?:s|ed|ing)?\s+(?:the\s+)?(?:[a-z]+\s+)?about": ("call type", "nature", "reason", "type"),
    # "groups that get out": an escape room's Escaped
    r"(?:get|gets|got|getting|make|makes|made|break|breaks|broke)\s+(?:it\s+)?out(?!\s+of\b)": ("escaped", "escape"),
    # "which machine breaks down the most": the rows a Fault Code or an Error is given on
    r"(?:break(?:s|ing)?|broke|broken)\s+down|malfunction(?:s|ed|ing)?": ("fault", "error", "failure", "breakdown"),
    # "which airport does this plane leave from most": a flight's Origin
    r"(?:leave|leaves|left|leaving|depart|departs|departed|departing|take\s+off|takes\s+off|took\s+off|fly|flies|flew)"
    r"\s+(?:out\s+of|from)": ("origin", "departure airport", "from"),
    # "how much data did we serve": the bytes sent (a web log's http.response.body.bytes, a transfer's GB)
    r"(?<=how\smuch\s)data|(?<=amount\sof\s)data|(?<=total\s)data": ("bytes", "byte", "gb", "mb", "size"),
    # "where do i travel to most": a trip log's Destination, the place most often gone to
    r"where\s+(?:do|did|have)\s+(?:i|we|you)\s+(?:travell?(?:ed)?|go(?:ne)?|been|fl(?:y|own)|book(?:ed)?)(?:\s+to)?": (
        "destination",
        "destinations",
    ),
    # "how much rr have i gained or lost in total": both ways at once, the net of a change column (RR Change),
    # never the rows whose Result is Lost
    r"(?:gain(?:ed|s)?|won|win|made|earned)\s+(?:or|and|/)\s+(?:lost|lose)|(?:lost|lose)\s+(?:or|and|/)\s+(?:gain(?:ed)?|won)"
    r"|(?:went|go(?:ne)?)\s+up\s+or\s+down|up\s+or\s+down": ("change", "delta", "net", "diff", "difference"),
    # "what percent of loans got paid back": a pawn loan's Redeemed (Date), a loan's Repaid
    r"(?:pa(?:y|ys|id|ying))\s+(?:(?:it|them)\s+)?(?:back|off)": ("redeemed", "repaid", "paid off", "paid back"),
    # "which machine was broken the most": a laundromat's Days Down, a fleet's Downtime
    r"(?<=\bwas\s)broken|(?<=\bwere\s)broken|(?<=\bbeen\s)broken|out\s+of\s+(?:order|service)": (
        "down",
        "downtime",
        "out of order",
        "out of service",
    ),
    # "dogs that weren't up to date on shots": a kennel's Vaccines Current (Y/N)
    r"up[\s-]+to[\s-]+date": ("current", "uptodate"),
    # "how many dozens did we give away": a bake sheet's Donated, a theater's Comps
    r"(?:give|gives|gave|given|giving)\s+(?:(?:it|them)\s+)?away": ("donated", "donation", "given away"),
    # "what ends up in the trash", "how much did we throw out": a waste log's Tossed, Discarded, Waste
    r"(?:throw|throws|threw|thrown|throwing|toss|tosses|tossed|tossing)\s+(?:(?:it|them)\s+)?(?:out|away)"
    r"|(?<=up\s)in\s+the\s+(?:trash|garbage|bin)": ("tossed", "discarded", "thrown", "waste", "wasted"),
    # "what share of my fish did i let go": a catch log's Released
    r"let\s+(?:them\s+|it\s+)?go|(?:threw|thrown|throw|put)\s+(?:them\s+|it\s+)?back": ("released", "release"),
    # "for each way of travelling": a trip log's Mode (Bus, Tube, Walk)
    r"ways?\s+(?:of|to)\s+(?:travell?(?:ing)?|get(?:ting)?\s+around|commut(?:e|ing))"
    r"|means\s+of\s+transport(?:ation)?": (
        "mode",
        "transport",
        "travel",
    ),
}
_SAID = re.compile(r"\b(?:" + "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(_PHRASES)) + r")\b", re.IGNORECASE)
_WORDS = list(_PHRASES.values())
_BOTH_WAYS = f"p{next(i for i, words in enumerate(_WORDS) if 'delta' in words)}"


def one_word(question: str, catalog: Catalog, frame: str) -> str:
    """Each phrasal verb said as the word a column of the frame is named by (its first such column)."""

    def said(m: re.Match[str]) -> str:
        words = _WORDS[int((m.lastgroup or "p0")[1:])]
        stems = {s for c in catalog.of(frame) for s in c.stems}
        own = {stem(w) for w in m.group().lower().split()} & stems
        if own:  # a column is named by the phrase's own word ("Check In Date")
            # ... unless a word for the phrase holds it too ("call the sheriff about": CALL_TYPE, not CALL_RECEIVED)
            words = tuple(w for w in words if {stem(p) for p in w.split()} & own and " " in w)
            if not words:
                return m.group()
        for word in words:
            # every word of it in one column's name ("departure airport": not a Scheduled Departure time)
            if any(
                all(stem(w) in c.stems or root(w) in {root(s) for s in c.stems} for w in word.split())
                for c in catalog.of(frame)
            ):
                # (gained or lost: the steps of a change column added up, however the rest is worded)
                return f"{word} in total" if m.lastgroup == _BOTH_WAYS else word
        if m.lastgroup == "p0":
            return _kept_value(catalog, frame) or m.group()
        return m.group()

    return _SAID.sub(said, question)


_REACHED = re.compile(r"\b(?:make|makes|made|making)\s+it\s+(?:to|through|past)\s+(?P<stage>[a-z]{3,}ing)\b", re.I)


def reached(question: str, catalog: Catalog, frame: str) -> str:
    """A stage reached said as the column counting it: "what % of lambs made it to weaning" is "were weaned"."""
    said = _REACHED.search(question)
    if said is None:
        return question
    wanted = root(said["stage"].lower())
    named = [s for c in catalog.numeric(frame) for s in c.stems if s.endswith("ed") and root(s) == wanted]
    if len(set(named)) != 1:
        return question
    return f"{question[: said.start()]}were {named[0]}{question[said.end() :]}"


_NO_SHOW = re.compile(r"(?i)no[\s-]?shows?")
# a booking kept, beside its No Show: OpenTable's Completed, a clinic's Arrived, a venue's Checked In
_KEPT = ("completed", "seated", "finished", "arrived", "attended", "checked in", "fulfilled", "done", "showed")


def _kept_value(catalog: Catalog, frame: str) -> str | None:
    """The status of those who showed up, of a status column that also says No Show (or None)."""
    for c in catalog.of(frame):
        if c.categorical and any(_NO_SHOW.fullmatch(v.strip()) for v in c.values):
            written = {v.strip().lower(): v.strip() for v in c.values}
            return next((written[k] for k in _KEPT if k in written), None)
    return None


_LONGER = re.compile(r"\b(?P<w>longer|shorter)\s+(?P<n>[a-z]+s)\b", re.IGNORECASE)
_LENGTH_PARTS = frozenset({"duration", "length", "runtime", "minutes", "min", "mins", "seconds", "sec", "hours"})


def longer(question: str, catalog: Catalog, frame: str) -> str:
    """Longer things ("longer episodes") said as "episodes with more Duration", of the one length of the rows.

    Its length is what "longer" compares; said before a noun it would be read with the noun's own column
    (Episode #), so the length is named.
    """
    said = _LONGER.search(question)
    if said is None:
        return question
    lengths = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and (c.clock or (set(c.stems) & _LENGTH_PARTS and not set(c.stems) & {"avg", "average"}))
    ]
    if len(lengths) != 1:
        return question
    more = "more" if said["w"].lower() == "longer" else "less"
    return f"{question[: said.start()]}{said['n']} with {more} {lengths[0].name}{question[said.end() :]}"


_FURTHEST = re.compile(r"\b(?:the\s+)?(?P<w>furthest|farthest|longest\s+distance|most\s+distance)\b", re.IGNORECASE)
_DISTANCE_PARTS = frozenset({"distance", "km", "kilometer", "kilometre", "mile", "miles", "mi"})


def furthest(question: str, catalog: Catalog, frame: str) -> str:
    """The furthest ("which year did i run the furthest") as the most of the one distance column."""
    said = _FURTHEST.search(question)
    if said is None:
        return question
    kept = distances(catalog, frame)
    if len(kept) != 1:
        return question
    return f"{question[: said.start()]}the most total {kept[0].name}{question[said.end() :]}"


def distances(catalog: Catalog, frame: str) -> list[Column]:
    """The frame's distance columns (Strava writes Distance twice, the second in metres: "Distance.1" is left out)."""
    return [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and set(c.stems) & _DISTANCE_PARTS and not re.search(r"\.\d+$", c.name)
    ]


# The longest outing of an activity log is the one that went furthest ("whats my longest hike", "longest run?"), a
# length in distance as a runner or walker says it; "longest workout" or "longest session" stay a time.
_LONGEST_OUTING = re.compile(
    r"\blongest\s+(?P<n>(?:(?:bike|road|gravel|mountain|trail|long|outdoor|indoor)\s+)?"
    r"(?:run|ride|hike|walk|swim|row|trip|tour|trek|paddle|journey|cycle|drive|route|jog)s?)\b",
    re.IGNORECASE,
)


def _one_distance(catalog: Catalog, frame: str) -> str | None:
    """The frame's one distance column (kilometres where it keeps both km and miles), or None."""
    kept = distances(catalog, frame)
    if len(kept) == 2:  # (Nike's distance_km beside distance_mi: the metric one, as elsewhere)
        kept = [c for c in kept if set(c.stems) & {"km", "kilometer", "kilometre"}] or kept
    return kept[0].name if len(kept) == 1 else None


def longest_outing(question: str, catalog: Catalog, frame: str) -> str:
    """The longest outing ("the longest run") as the one with the highest distance, of a log of one per row."""
    said = _LONGEST_OUTING.search(question)
    if said is None:
        return question
    distance = _one_distance(catalog, frame)
    if distance is None:
        return question
    return f"{question[: said.start()]}{said['n']} with the highest {distance}{question[said.end() :]}"


_DONE = re.compile(
    r"\b(?P<lead>how\s+many|what\s+(?:share|percent(?:age)?|fraction|proportion)|what\s+%)\b(?P<mid>[^?.!]*?)"
    r"\b(?P<aux>got|get|gets|were|was|are|is|been)\s+(?P<verb>[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def done_counted(question: str, catalog: Catalog, frame: str) -> str:
    """Rows an event happened to, kept as a count per row: "how many emails got opened" has opens_count above 0.

    SendGrid keeps opens_count and clicks_count on each message; the rows opened are those with one open or more.
    Only when the verb names no column or value of its own and one count column is named by it.
    """
    said = _DONE.search(question)
    if said is None:
        return question
    verb = said["verb"].lower()
    done = root(verb)
    counts = [
        c
        for c in catalog.numeric(frame)
        if c.whole_count and c.stems[-1:] == ("count",) and len(c.stems) >= 2 and root(c.stems[-2]) == done
    ]
    if any(verb in {v.strip().lower() for v in c.values} for c in catalog.of(frame) if c.categorical):
        return question  # a status written so ("opened") is read as that value
    if not counts:
        return question
    plain = [c for c in counts if len(c.stems) == 2] or counts  # opens_count before unique_opens_count
    return f"{question[: said.start('aux')].rstrip()} with {plain[0].name} above 0{question[said.end() :]}"


_UNASSIGNED = re.compile(
    r"\b(?:(?:nobody|no\s+one|no-one|noone|nobody's|no\s+person)\s+assigned(?:\s+to\s+(?:it|them))?"
    r"|unassigned|not\s+assigned(?:\s+to\s+any(?:one|body))?)\b",
    re.IGNORECASE,
)
_ASSIGNEE_STEMS = frozenset({"assignee", "assigned", "owner", "assign"})


def unassigned(question: str, catalog: Catalog, frame: str) -> str:
    """Work with nobody on it ("how many have nobody assigned", "unassigned stories"): no value of its assignee.

    The one column of people the rows are assigned to (Shortcut's owners, Jira's Assignee) left blank; not a team
    or group it was assigned to.
    """
    said = _UNASSIGNED.search(question)
    if said is None:
        return question
    people = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and set(c.stems) & _ASSIGNEE_STEMS
        and not set(c.stems) & {"team", "group", "queue", "department", "date", "at", "time"}
        and not c.is_date
    ]
    if len(people) != 1:
        return question
    return f"{question[: said.start()]}no {people[0].name}{question[said.end() :]}"
