"""Which group gives the highest (or lowest) average of a measure; "the lowest as well" flips the last one."""

from __future__ import annotations

import re
from typing import Any

from ..catalog import exploded_lines
from ..columns import Column, find_mentions, find_values
from ..words import ADDITIVE_WORDS, NOT_ADDITIVE_WORDS, UNITS, bad_when_high, stem
from .base import Context, KindRequest, col, finish, fmt, plainest_years, said_where, where_mask

_LEVEL_STEMS = frozenset({"percent", "pct", "rate", "avg", "average", "mean", "price", "per", "score", "rating"})
_MAX = (
    "highest|largest|biggest|greatest|most|best|longest|heaviest|top|maximum|max|"
    "higher|larger|bigger|greater|more|better|longer|heavier"  # "which of two groups has the higher ..."
)
_MIN = "lowest|smallest|least|fewest|worst|shortest|lightest|minimum|min|lower|smaller|less|fewer|worse|shorter|lighter"
# Speed words rank a length of time the other way round: the fastest group has the lowest time.
_PACE = "fastest|quickest|slowest|faster|quicker|slower"
_ASK = re.compile(
    # ("what kind of action got me the most", not "what was my hike with the highest distance": a row)
    rf"\b(?:which|what(?!\s+(?:was|is|were|are|my|the|a|an|did|do|does)\b))\s+(?P<g>[\w ]+?)\s+"
    rf"(?:gives|give|has|had|have|shows|got|gets|produces|leads to|with|sold|"
    rf"(?:is|are|was|were)\s+owed|owes|owe|lost|loses|lose|"
    rf"sells|made|makes|earned|scored|is|was|spent|spends|stayed|stays|won|wins|held|holds|took|takes|used|uses|"
    rf"consumed|consumes|generated|generates|produced|produces|received|receives|collected|recorded|saw|sees|"
    rf"brought\s+in|brings\s+in|raised|raises|took\s+in|takes\s+in|paid|pays|spent|brought|"
    rf"racked\s+up|racks\s+up|rack\s+up|piled\s+up|pile\s+up|accumulated|accrued|amassed|clocked|logged)"
    rf"\s+(?:(?:me|us|you|them)\s+)?(?:(?:the|a|an)\s+)?(?P<dir>{_MAX}|{_MIN}|{_PACE})\b"
    rf"(?:\s+(?P<agg>average|mean|median|total|sum of|overall))?(?P<rest>.*)$"
)
_OWING = re.compile(
    r"\b(?:owed|owes|lost|loses|spent|spends|put\s+in|puts\s+in|logged|logs"
    r"|rack(?:s|ed)?\s+up|pil(?:e|es|ed)\s+up|accumulated|amassed|accrued)\b"
)  # amounts of anything that add up
_AGAIN = re.compile(
    rf"^\W*(?:and|what about|how about|now|also)?\s*(?:the\s+)?(?P<dir>{_MAX}|{_MIN}|{_PACE})\b"
    r"(?:\s+(?:one|group))?\s*(?:as well|too|also|then)?\W*$"
)
_COUNTS = ("count", "counts", "n", "number", "freq", "frequency", "cases", "total")
_LONG = {"longest": "length", "shortest": "length", "heaviest": "weight", "lightest": "weight"}


_TIMED = frozenset({"time", "duration", "min", "minute", "sec", "second", "hour", "hr", "hrs", "day", "days", "s"})


def _order(word: str, y: Column | None = None, beside: list[str] | None = None) -> str:
    if re.fullmatch(_PACE, word):  # fastest: the least time, or the most speed
        fast = word.startswith(("fast", "quick"))
        timed = y is not None and (y.clock or bool(set(y.stems) & _TIMED))
        return "min" if fast == timed else "max"
    if word in ("worst", "worse", "best", "better") and y is not None and bad_when_high(y.stems, beside or ()):
        return "max" if word in ("worst", "worse") else "min"  # the worst e. coli counts: the highest
    return "max" if re.fullmatch(_MAX, word) else "min"


def _stems_of(ctx: Context) -> list[str]:
    """Every column's name words: a Score beside a Par is a golf score, best when lowest."""
    return [s for c in ctx.columns() for s in c.stems]


# The top of a ranking: "at number one", "#1", "no. 1", "first place", "the top spot".
_TOP = re.compile(r"(?:\bnumber|\bno\.?|#)\s*(?:one|1)\b|\bfirst\s+place\b|\btop\s+(?:spot|position|place)\b")
_RANKS = frozenset({"pos", "position", "rank", "ranking", "place", "placing", "standing"})


def _top_spot(ctx: Context, group: Column) -> list[list[Any]] | None:
    """The condition "at the top of a ranking" on the one column of ranks (Pos, Rank), as a `where`; else None."""
    if not _TOP.search(ctx.text):
        return None
    ranks = [
        c
        for c in ctx.columns()
        if c.numeric and c != group and set(c.significant) & _RANKS and c.low == 1 and "int" in c.dtype.lower()
    ]
    if len(ranks) > 1:  # week_position beside peak_position and previous_week_position: this week's rank
        ranks = [c for c in ranks if not set(c.stems) & _RANK_QUALIFIERS]
    return [[ranks[0].name, 1]] if len(ranks) == 1 else None


_RANK_QUALIFIERS = frozenset({"peak", "previous", "prev", "last", "best", "highest", "top", "max", "min", "lowest"})


# "who won the most matches?", "which team has won the most games": the winners' column, its rows counted
_WON_MOST = re.compile(
    r"\b(?:who|which\s+[a-z]+)\s+(?:has\s+|have\s+|had\s+)?(?:won|wins|win)\s+(?:the\s+)?(?P<dir>most|fewest|least)\b"
)


# "who scored the most points in 2021": people ranked by a measure
_WHO = re.compile(
    # ("who in the house unlocks doors the most": who among the people the rows name, and what they did)
    rf"\bwho(?P<g>)(?:\s+(?:in|of|among)\s+(?:the|my|our)\s+[a-z]+)?\s+(?:has\s+|had\s+)?(?:scored|earned|made|sold|got|"
    rf"gets|won|wins|took|spent|raised|ran|drove|"
    rf"scores|earns|makes|sells|has|had|hit|hits|stole|steals|threw|throws|caught|played|plays|booked|sent|set|sets|"
    rf"holds|held|wrote|writes|directed|directs|posted|posts|filed|files|reported|reports|put\s+in|puts\s+in|"
    rf"logged|logs|spends|watched|watches|unlocks|unlocked|opens|opened|uses|used|completed|completes|submitted|"
    rf"submits|studied|studies|visited|visits|turns\s+\w+\s+off|turned\s+\w+\s+off|disarms|disarmed|"
    rf"started|starts|triggered|triggers|created|creates|opened|launched|launches|ordered|orders|bought|buys|"
    rf"did(?=\s+(?:the\s+)?(?:most|fewest|least)\b)|does(?=\s+(?:the\s+)?(?:most|fewest|least)\b)|"
    rf"performed|performs|handled|handles|conducted|conducts|processed|processes|closed|closes)\s+"
    rf"(?:(?!the\b)[a-z]+\s+)?(?:the\s+)?(?P<dir>{_MAX}|{_MIN}|{_PACE})\b(?P<agg>)(?P<rest>.*)$"
)
_PEOPLE = frozenset({"driver", "player", "athlete", "author", "artist", "rider", "employee", "rep", "salesperson"})
_PEOPLE |= {"student", "learner", "pupil", "member", "user", "customer", "client", "patient", "staff", "person"}
_PEOPLE |= {"scout", "speller"}  # (who raced: a derby's Scout)
_OTHER_PEOPLE = frozenset({"assignee", "owner", "reporter", "requester"})
_PEOPLE |= {"actor", "committer", "cardholder", "observer"} | _OTHER_PEOPLE
# who did the work of a record (an inspection's Inspector, a claim's Adjuster, a call's Officer)
_PEOPLE |= {"inspector", "investigator", "technician", "tech", "officer", "adjuster", "assessor", "reviewer"}
_PEOPLE |= {"agent", "operator", "dispatcher", "clerk", "worker", "crew", "surveyor", "examiner", "instructor"}


def people_column(ctx: Context) -> Column | None:
    """The one label column of people (driver, player, salesperson), else the one of their names."""
    # a player's code that repeats over seasons (Lahman's playerID) names people as a label does
    labels = [c for c in ctx.columns() if (c.categorical or (c.kind == "text" and c.glossed)) and not c.id_like]
    found = [c for c in labels if set(c.stems) & _PEOPLE and "surname" not in c.stems]
    if len(found) > 1:  # an issue's author beside its assignee: the people the rows are by, before the others
        found = [c for c in found if not set(c.stems) & _OTHER_PEOPLE] or found
    found = found or [c for c in labels if c.stems in (("name",), ("full", "name"), ("player", "name"))]
    return found[0] if len(found) == 1 else None


_NOT_ROWS = frozenset({"points", "goals", "runs", "hours", "minutes", "days", "miles", "units", "dollars", "pounds"})


_SIDES = frozenset({"a", "b", "1", "2", "home", "away", "h", "d", "draw", "tie", "none"})


def won_most(ctx: Context) -> KindRequest | None:
    """Rows counted per value of the one column of winners (winner, winner_name, Winning Team)."""
    said = _WON_MOST.search(ctx.text)
    if said is None:
        return None
    winners = [
        c for c in ctx.columns() if c.categorical and not c.id_like and set(c.stems) & {"winner", "winning", "champion"}
    ]
    # winner itself, else the winner's name or team (not toss_winner, winner_hand, winner_ioc)
    who = {"winner", "winning", "champion", "name", "player", "team", "club", "side"}
    # (or the one who won by the deed: a timber sale's Winning Bidder)
    doers = [c for c in winners if len(c.stems) == 2 and c.stems[0] == "winning" and c.stems[1].endswith(("er", "or"))]
    winners = [c for c in winners if len(c.stems) == 1] or [c for c in winners if set(c.stems) <= who] or doers
    # (a Winner of "A" or "B" says which side won, Team A or Team B: the teams' record reads it, not this)
    winners = [c for c in winners if not {v.strip().lower() for v in c.values if v.strip()} <= _SIDES]
    if len(winners) != 1:
        return None
    return KindRequest(frame=ctx.frame, group=winners[0].name, agg="count", order=_order(said.group("dir")))


_OF_THOSE = re.compile(r"\b(?:of|among|from)\s+(?:those|them|these)\b")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    req = _match(ctx)
    general = ctx.general if not ctx.recent else None
    if req is not None and general and _OF_THOSE.search(ctx.text):
        # "which month had the most failed runs", "who started the most of those": the failed runs again
        kept = [
            [f["column"], f["value"]]
            for f in general.get("filters") or []
            if f.get("op") == "==" and f.get("part") is None and not isinstance(f.get("value"), list | dict)
        ]
        req.where = [*req.where, *(w for w in kept if w not in req.where)]
    return req


def _match(ctx: Context) -> KindRequest | None:
    won = won_most(ctx)
    if won is not None:
        return won
    if re.search(r"\b(?:biggest|largest|highest|smallest|lowest)\s+share\s+of\b", ctx.text):
        return None  # "which county got the biggest share of the money": each group's part of the total (shares)
    again = _AGAIN.match(ctx.text.strip())
    if again and ctx.last and ctx.last.get("kind") == "best_group":
        req = KindRequest.from_dict(ctx.last)
        req.order = _order(again.group("dir"), ctx.catalog.get(ctx.frame, req.y), _stems_of(ctx))
        return req
    m = _ASK.search(ctx.text) or _WHO.search(ctx.text)
    if not m:
        return None
    gs, ge = m.span("g")
    if m.re is _WHO:  # "who scored the most points": the one column of people
        people = people_column(ctx)
        if people is None:
            return None
        gs, ge = -1, -1
        ctx = Context(ctx.question, ctx.catalog, ctx.frame, ctx.last, recent=ctx.recent)
        ctx.mentions = [x for x in ctx.mentions if x.column != people]
    else:
        people = None
    groups = [  # years and dates stay with the general reader (periods, date filters)
        x
        for x in ctx.mentions
        if x.start < ge
        and gs < x.end
        and not x.column.time
        and (x.column.categorical or x.column.numeric)  # numbers with few values (0.5, 1, 2) label groups too
        and not (x.column.numeric and x.column.id_like and "float" in x.column.dtype)  # (Discounts: no code)
    ]
    calendar = re.match(r"\s*(?:day|weekday|week|month|year|hour|quarter|season)s?\b", ctx.text[gs:] if gs >= 0 else "")
    if people is None and not groups and calendar and any(c.is_date for c in ctx.columns()):
        return None  # "which day of the week sells the most tickets": a calendar period, the general reader's
    if people is not None:
        group = people
    elif groups:
        group = groups[0].column
    else:  # "which car ...": a word that names no column means the rows, named by their label column
        named = [x for x in ctx.mentions if x.start < ge and gs < x.end]
        label = ctx.label_column()
        if named or label is None:
            return None
        group = label
        if group.id_like and (group.n_unique or 0) >= ctx.catalog.rows.get(ctx.frame, 0) > 0:
            # "which soap sells best" of a batch sheet: each Batch # is one row, the soap is its Recipe
            kinds = [
                c
                for c in ctx.columns()
                if c.categorical and not c.id_like and 2 <= (c.n_unique or 0) <= 60 and set(c.stems) & _KIND_NAMES
            ]
            if len(kinds) == 1:
                group = kinds[0]
    if (
        group.id_like
        and (group.n_unique or 0) >= ctx.catalog.rows.get(ctx.frame, 0) > 0
        and any({"name", "title"} & set(c.stems) for c in ctx.columns() if c.categorical and c != group)
    ):
        return None  # "which set has the most pieces": a code on each row, so a row, said by its name
    top = _top_spot(ctx, group)
    if top is not None and m.group("dir") in ("most", "least", "fewest"):
        # "which song spent the most weeks at number one": the rows (weeks) where the rank is 1, per group
        return KindRequest(frame=ctx.frame, group=group.name, agg="count", order=_order(m.group("dir")), where=top)
    values = [
        x
        for x in ctx.mentions
        if x.start >= m.start("dir") and (x.column.numeric or x.column.kind == "bool") and x.column != group
    ]  # True/False counts when summed: "the most arrests"
    if not values:  # "which store sold the most": the verb names the measure (Weekly_Sales)
        values = [x for x in ctx.mentions if ge <= x.start < m.start("dir") and x.column.numeric and x.column != group]
    if values and all(x.column.id_like for x in values):
        # "the most trips" by the record code (trip_id): the rows are counted, codes are not averaged
        if m.group("dir") not in ("most", "least", "fewest"):
            return None
        return KindRequest(frame=ctx.frame, group=group.name, agg="count", order=_order(m.group("dir")))
    values = [x for x in values if not x.column.id_like]
    coded = [
        (x, said)
        for x in values
        if {"code", "status"} & set(x.column.stems)
        and (said := re.match(r"\s*(?:=+|is|of)?\s*(\d+)\b", ctx.text[x.end :])) is not None
    ]
    if coded and m.group("dir") in ("most", "least", "fewest"):
        # "which url has the most requests with status code 404": the rows of that code counted, never the code
        # averaged
        x, said = coded[0]
        where = [[x.column.name, int(said.group(1))]]
        return KindRequest(frame=ctx.frame, group=group.name, agg="count", order=_order(m.group("dir")), where=where)
    if (
        len(values) == 1
        and values[0].via == "partial"
        and values[0].score < 60  # only a modifier of the name ("sales" of SALE PRICE)
        and m.group("dir") in ("most", "least", "fewest")
        and re.fullmatch(r"[a-z]+s", values[0].word.lower())
        and not re.search(r"\b(?:total|sum|average|avg|mean|value|worth|amount)\b", ctx.text)
    ):
        # "which borough has the most sales": the rows (sales) are counted, not SALE PRICE averaged
        return KindRequest(frame=ctx.frame, group=group.name, agg="count", order=_order(m.group("dir")))
    counted_as = ""  # "the most gold medals": the column's count of the things said after its name
    if values and m.group("dir") in ("most", "least", "fewest"):
        noun = re.match(r"\s*([a-z]+s)\b", ctx.text[values[0].end :])
        if noun and values[0].score >= 90 and stem(noun.group(1)) in ADDITIVE_WORDS:
            counted_as = noun.group(1)
        elif (
            noun
            and not find_mentions(noun.group(1), ctx.catalog, ctx.frame)
            and noun.group(1) not in _NOT_ROWS
            and not {"total", "count", "number", "cnt"} & set(values[0].column.stems)  # (measles_total cases)
        ):
            # "the most charging sessions": the word says what the rows are, they are counted
            return KindRequest(frame=ctx.frame, group=group.name, agg="count", order=_order(m.group("dir")))
    hint = _LONG.get(m.group("dir"))
    if hint:
        wanted = [x for x in values if any(hint in s or s in ("len", "length") for s in x.column.stems)]
        values = wanted or values
    if not values and m.re is _WHO and m.group("dir") in ("most", "least", "fewest"):
        noun = re.match(r"\s*(?:[a-z]+\s+)?([a-z]+s)\b", m.group("rest"))
        if noun and ctx.catalog.names_subject(ctx.frame, noun.group(1)) and noun.group(1) not in _NOT_ROWS:
            # "who set the most world records" in a file of records: its rows, counted per person
            return KindRequest(frame=ctx.frame, group=group.name, agg="count", order=_order(m.group("dir")))
    if not values and m.re is _WHO and m.group("dir") in ("most", "least", "fewest"):
        # "who in the house unlocks doors the most": each person's rows (their unlocks), counted
        done: dict[str, Any] = {}
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, []):
            if v.value in v.column.values and v.column != group:  # (whole values, the first of each label)
                done.setdefault(v.column.name, v.value)
        if not any(x.column.numeric for x in ctx.mentions):
            where = [[c, v] for c, v in done.items()]
            return KindRequest(
                frame=ctx.frame, group=group.name, agg="count", order=_order(m.group("dir")), where=where
            )
    sole = ctx.measure(group)
    if not values and sole is not None and sole.name.lower() in _COUNTS:
        y = sole  # "which spray has the most insects": the one column that counts things
    elif not values:
        return None
    else:
        y = values[0].column
    if y.formula is not None and y.formula[1] == "notna" and m.group("dir") in ("most", "least", "fewest", "biggest"):
        from .filtered import _negated  # the one reader of negations

        flag = next(x for x in values if x.column == y)
        if _negated(ctx.text, flag.start):  # "the biggest backlog of cases not yet disposed of": rows without it
            return KindRequest(
                frame=ctx.frame, group=group.name, agg="count", order=_order(m.group("dir")), where=[[y.name, 0]]
            )
    # "which store sold the most overall": the total of what adds up; money owed or spent, time lost add up too
    owing = bool(_OWING.search(ctx.text)) and not any(s in NOT_ADDITIVE_WORDS for s in y.stems)
    overall = "sum" if y.additive or owing or counted_as else ""
    agg = {
        "total": "sum",
        "sum of": "sum",
        "median": "median",
        "overall": overall,
        "average": "mean",
        "mean": "mean",
    }.get(m.group("agg") or "", "")
    if m.group("agg") and any(x.start <= m.start("agg") < x.end for x in ctx.mentions):
        # ("the highest Total Depth (ft)": the column's own word, no total asked; a Total ($) still adds up)
        agg = "sum" if y.additive else ""
    if not agg and re.search(r"\b(?:in\s+total|overall|altogether|all\s+together)\b", m.group("rest")):
        agg = "sum"  # "which store sold the most in total"
    if not agg and re.search(
        r"\bon\s+(?:average|avg)\b|\bper\s+(?:head|person|employee|member)\b"
        r"|\b(?:on|in|for)\s+(?:an?\s+)?(?:average|avg|typical|usual|normal)\s+(?:day|week|month|year|night|visit)\b",
        m.group("rest"),
    ):
        agg = "mean"  # "which job title gets the most overtime on average", "the most people on an average day"
    each = re.search(r"\bper\s+([a-z]+)\b", m.group("rest"))
    if not agg and each and ctx.catalog.names_subject(ctx.frame, each.group(1)) and not each.group(1).endswith("s"):
        agg = "mean"  # "the most views per post" of a file of posts: what each one gets
    if not agg:
        # a quantity that adds up is totalled when sold/made, or when a group has the most (least) of it
        amount = (
            re.search(
                r"\b(?:sold|sells|made|earned|brought|brings|raised|took\s+in|collected|owed|owes|lost|loses)\b",
                ctx.text,
            )
            or (
                values and m.group("dir") in ("most", "least", "fewest")  # the quantity is named, not the rows' count
            )
            or (
                # "which county had the biggest harvest": its harvest, all its rows' counts added up
                y.additive and y.whole_count and m.group("dir") in ("biggest", "largest", "smallest")
            )
        )
        additive = y.additive or y.kind == "bool" or owing or bool(counted_as)
        # "which tech made the most in tips": what each one made, all of it (a Tip is no quantity that adds
        # up in general: "the average tip as a % of the bill" wants each row's)
        additive = additive or bool(
            re.search(
                r"\b(?:made|earned|brought\s+in|took\s+in|collected|raised)\s+(?:the\s+)?(?:most|least)\s+in\b",
                ctx.text,
            )
        )
        # "which brand do i have the most skeins of": a count named whole in the plural (Skeins, halves and all)
        additive = additive or (
            m.group("dir") in ("most", "least", "fewest")
            and (y.low is None or y.low >= 0)
            and not set(y.stems) & (_LEVEL_STEMS | UNITS)
            and any(
                x.column == y and x.score >= 90 and ctx.text[x.start : x.end].lower().endswith("s")
                for x in ctx.mentions
            )
            and re.search(r"\bhave\s+(?:the\s+)?(?:most|least|fewest)\b", ctx.text) is not None
        )
        # "which material brings in the most weight": every drop-off's weight came in, all of it
        additive = additive or bool(
            re.search(r"\b(?:brings?|brought|takes?|took)\s+in\s+(?:the\s+)?(?:most|least)\b", ctx.text)
            and not set(y.stems) & {"percent", "pct", "rate", "avg", "average", "mean", "price", "per"}
            and any(m.column == y and m.score >= 50 for m in ctx.mentions)  # (the weight said, not "leads")
        )
        agg = "sum" if additive and not m.group("agg") and amount else "mean"
    # "which rep has won the most revenue": only the rows with the one value of another label the question names
    where = said_where(ctx, {group.name})
    year = re.search(r"\b(?:in|for|during)\s+((?:19|20)\d\d)\b", ctx.text)
    years = [c for c in ctx.columns() if c.year_like and c != group and c != y]
    if year and len(years) > 1:
        years = plainest_years(years)
    if year and len(years) == 1:  # "which country had the highest life expectancy in 2015": that year's rows
        where.append([years[0].name, int(year.group(1))])
    elif year and any(c.is_date for c in ctx.columns()):
        return None  # the year of a date ("which route had the most rides in 2019"): the general reader's filter
    order = _order(m.group("dir"), y, _stems_of(ctx))
    if re.search(r"\b(?:lost|lose|loses|losing)\s+(?:us\s+|me\s+)?the\s+most\b", ctx.text) and (
        (y.low is not None and y.low < 0) or y.negatives
    ):
        order = "min"  # "which item lost us the most money" of a signed Variance $: the most below zero
    noun = re.match(r"\s*(?:single\s+|individual\s+)?([a-z]+)", m.group("rest"))
    single = re.match(r"\s*(?:single|individual)\b", m.group("rest")) or re.search(
        r"\b(?:in|for|during)\s+(?:a|one)\s+single\s+[a-z]+", m.group("rest")
    )  # "the highest points per game in a single season": each player's best season
    if single and not m.group("agg"):
        agg = "max" if order == "max" else "min"  # "which county had the single highest AADT": its one top row
    elif (
        m.group("dir").endswith("est")
        and m.group("dir") not in ("highest", "lowest", "best", "worst", "greatest")
        and not m.group("agg")
        and noun
        and ctx.catalog.names_subject(ctx.frame, noun.group(1))
        and not any(x.column.numeric for x in find_mentions(noun.group(1), ctx.catalog, ctx.frame))
    ):
        agg = "max" if order == "max" else "min"  # "which species has the heaviest fish": its one heaviest row
    return KindRequest(
        frame=ctx.frame,
        y=y.name,
        group=group.name,
        agg=agg,
        order=order,
        multi=group.multi_label,
        where=where,
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    if req.agg == "count":  # rows per group where a condition holds ("weeks at number one")
        cond = where_mask(req.frame, req.where)
        return finish(
            [
                f"# Rows where {_where(req)}, counted for each {req.group}, most first"
                if req.where
                else f"# Rows counted for each {req.group}, most first",
                f"rows = {req.frame}[{cond}]" if cond else f"rows = {req.frame}",
                f"by_group = rows.groupby({col(req.group)}).size().sort_values(ascending=False)",
                "print(by_group.head(30).to_string())  # the first 30 groups; the result holds all",
                "",
                'by_group.head(30).plot.bar(figsize=(8, 4), ylabel="rows")',
                "plt.show()",
                "",
                f'result = {{"rows": len({req.frame}), "values": by_group}}',
            ],
            f"rows where {_where(req)} by {req.group}",
        )
    y, g = col(req.y), col(req.group)
    cond = where_mask(req.frame, req.where)
    data = "rows" if cond or req.multi else req.frame
    return finish(
        [
            f"# {req.agg} of {req.y} for each {req.group}, highest first" + (f", where {_where(req)}" if cond else ""),
            *([f"rows = {req.frame}[{cond}]"] if cond else [f"rows = {req.frame}"] if req.multi else []),
            *(
                [
                    f"# {req.group} may list several labels per row: then each row counts under each of its labels",
                    *exploded_lines("rows", req.group or ""),
                ]
                if req.multi
                else []
            ),
            f"key = {data}[{g}]",
            'if key.dtype.kind == "f" and key.nunique() > 20:  # many decimals: five ranges instead',
            '    key = pd.qcut(key, 5, duplicates="drop").astype(str)',
            f"by_group = {data}.groupby(key)[{y}].{req.agg}().sort_values(ascending=False)",
            *(
                [
                    f"sizes = {data}.groupby(key).size()",
                    f"by_group = by_group[sizes.reindex(by_group.index) >= {req.least}]  # groups of {req.least}+ rows",
                ]
                if req.least
                else []
            ),
            "print(by_group.head(30).to_string())  # the first 30 groups; the result holds all",
            "",
            "by_group.head(30).plot.bar(figsize=(8, 4), ylabel=" + f'"{req.agg} of " + {y})',
            "plt.show()",
            "",
            f'result = {{"rows": len({data}), "values": by_group}}',
        ],
        f"{req.agg} {req.y} by {req.group}",
    )


_AGG = {"mean": "Mean", "sum": "Total", "median": "Median", "max": "Largest value", "min": "Smallest value"}


def _where(req: KindRequest) -> str:
    return " and ".join(f"{c} = {v}" for c, v in req.where) or "any"


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    values = {k: v for k, v in (result.get("values") or {}).items() if v is not None}
    where = f" where {_where(req)}" if req.where else ""
    head = f"{_AGG.get(req.agg, req.agg)} of {req.y} by {req.group}{where}, {fmt(result.get('rows'))} rows."
    if req.agg == "count":
        head = f"Rows where {_where(req)}, counted by {req.group}, {fmt(result.get('rows'))} rows."
        if not req.where:
            head = f"Rows counted by {req.group}, {fmt(result.get('rows'))} rows."
    if not values:
        return head + f"\n\n{req.y} has no values to compare."
    best = max(values.values()) if req.order == "max" else min(values.values())
    winners = [k for k, v in values.items() if v == best]
    word = "highest" if req.order == "max" else "lowest"
    if len(values) == 1:
        return head + f"\n\nThere is only one {req.group}: {winners[0]} ({fmt(best)})."
    if len(winners) == len(values):
        return head + f"\n\nAll {len(values)} groups tie at {fmt(best)}."
    # a bare whole number says less than its label's name: "**season 4**", not "season **4**"
    numbered = all(re.fullmatch(r"-?\d+", str(k).strip()) for k in winners)
    who = " and ".join(f"**{req.group} {k}**" if numbered else f"**{k}**" for k in winners)
    tie = f" (a tie between {len(winners)})" if len(winners) > 1 else ""
    listing = ", ".join(f"{k}: {fmt(v)}" for k, v in list(values.items())[:10])
    named = "" if numbered else f"{req.group} "
    return head + f"\n\nThe {word}: {named}{who} with {fmt(best)}{tie}.\n\nAll groups: {listing}."


# The label that names what kind of thing each row made or sold (a batch's Recipe, a keg's Flavor)
_KIND_NAMES = frozenset(
    {"recipe", "product", "flavor", "flavour", "style", "variety", "scent", "blend", "model", "item", "kind", "type"}
)
