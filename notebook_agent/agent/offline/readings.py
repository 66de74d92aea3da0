"""Offline analyst: every reading of a column that a question's words give, each with its score.

A whole name, a run of its parts, a prefix, an abbreviation, a synonym, a unit's quantity, initials, a name run
together or said in scattered words, money words, time words. `all_candidates` returns them all; choosing
among them is `columns.find_mentions`'s job.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise

from .catalog import (
    BOOKKEEPING,
    CODE_PARTS,
    DERIVED,
    IRREGULAR_DEEDS,
    SET_OUT,
    SIDE_WORDS,
    Catalog,
    Column,
    Mention,
    hours_taken,
    stock_amount,
    unit_of,
    whole_amounts,
    with_tax_first,
    yes_value,
)
from .words import (
    ACRONYMS,
    ADDITIVE_WORDS,
    ANTONYMS,
    BIRTH_STEMS,
    CURRENCIES,
    CURRENCY,
    GROUP_NOUNS,
    IRREGULAR,
    MONEY_WORDS,
    NOT_ADDITIVE_WORDS,
    ORDER_WORDS,
    PAID,
    PERSONS,
    SIDE_CHARGES,
    SPEED,
    START_WORDS,
    STOP,
    SYNONYM_OF,
    SYNONYM_WORDS,
    TAXES,
    TIME_WORDS,
    UNIT_QUANTITY,
    UNITS,
    WEEKDAYS,
    WHOLE_TAIL,
    WORD,
    _undoubled,
    abbreviates,
    abbreviates_any,
    compiled,
    particle,
    root,
    same_word,
    shared_start,
    stem,
    words,
)

# Names that are English words too short or common to be matched as a whole name without quotes.
_TOO_COMMON = frozenset({"a", "i", "an", "the", "of", "in", "on", "to", "by", "is", "it", "at", "or", "as", "be"})


def _tokens(question: str) -> list[tuple[str, int, int]]:
    return [(stem(particle(m.group())), m.start(), m.end()) for m in WORD.finditer(question.lower())]


@lru_cache(maxsize=8192)  # (asked for every column, by several steps of reading one question)
def name_pattern(column: Column) -> re.Pattern[str] | None:
    """The column's name as a question writes it: its parts joined by spaces, underscores or dots, maybe plural."""
    parts = words(column.name)
    if not parts:
        return None
    joined = r"[\s_\-./]*".join(_SPELLINGS.get(p.lower(), re.escape(p)) for p in parts)
    return re.compile(rf"(?<![^\W_]){joined}s?(?![^\W_])", re.IGNORECASE)


# A name part people spell either way ("colour D" of a color column, "centre" of center)
_SPELLINGS = {
    "color": "colou?r", "colour": "colou?r", "center": "cent(?:er|re)", "centre": "cent(?:er|re)",
    "gray": "gr[ae]y", "grey": "gr[ae]y", "meter": "met(?:er|re)", "metre": "met(?:er|re)",
    "liter": "lit(?:er|re)", "litre": "lit(?:er|re)", "favorite": "favou?rite", "favourite": "favou?rite",
    "neighborhood": "neighbou?rhood", "neighbourhood": "neighbou?rhood", "labor": "labou?r", "labour": "labou?r",
}  # fmt: skip


@lru_cache(maxsize=8192)  # one request is read by several steps, each asking again for every column's readings
def _candidates(question: str, column: Column) -> tuple[Mention, ...]:
    tokens = _tokens(question)
    return tuple(
        _column_candidates(question, column, tokens)
        + _gerund_of_date(column, tokens)
        + _time_kept_in_units(column, tokens)
    )


_SPAN_UNITS = frozenset({"week", "day", "hour", "hr", "minute", "min", "month", "year", "second", "sec"})


def _time_kept_in_units(column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """Said "the cure time" of Cure Weeks beside a Cure Start: the length kept in its unit, not the date."""
    if column.is_date or not column.numeric or len(column.stems) != 2 or column.stems[1] not in _SPAN_UNITS:
        return []
    return [
        Mention(column, a[1], b[2], 92, "", "partial")
        for a, b in pairwise(tokens)
        if stem(a[0]) == column.stems[0] and b[0] in ("time", "length", "duration")
    ]


def _gerund_of_date(column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """Said "after potting" of Potted Date: the deed in its -ing form names the date it was done (short roots too)."""
    if not column.is_date or len(column.stems) != 2 or column.stems[1] != "date" or not column.stems[0].endswith("ed"):
        return []
    done = column.stems[0][:-2]
    return [
        Mention(column, start, end, 75, tok, "root")
        for tok, start, end in tokens
        if tok.endswith("ing") and len(tok) >= 6 and _undoubled(tok[:-3]) == _undoubled(done)
    ]


# what a result is kept as, either one in a column of two ("Time/Score": a timed event's seconds or a judged score)
_MEASURE_WORDS = frozenset({"time", "score", "point", "points", "result", "mark", "distance", "weight", "height"})


def _column_candidates(question: str, column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    if column.formula is not None and not column.stems:  # a formula the question wrote out: named as written
        at = question.lower().find(column.name.lower())
        end = at + len(column.name)
        return [Mention(column, at, end, 101 + len(column.name) / 100, question[at:end], "name")] if at >= 0 else []
    if not column.stems and not words(column.name) and column.name.strip():
        # a name of signs only (UDisc's "+/-"): named where it is written as it stands, between spaces
        signs = re.search(rf"(?<!\S){re.escape(column.name.strip())}(?![^\s?.,!])", question)
        return [Mention(column, signs.start(), signs.end(), 100, signs.group(), "name")] if signs else []
    found: list[Mention] = []
    said_total = any(t[0] in _WHOLE_WORDS for t in tokens)  # "the total emissions": the whole is asked
    pattern = name_pattern(column)
    # a name that is an everyday word ("Is", "Ir" of the Beijing air table) is named only in quotes
    common = column.name.lower() in _TOO_COMMON or (column.name.lower() in STOP and len(column.name) <= 3)
    if common and pattern and re.search(rf"[`'\"]{re.escape(column.name)}[`'\"]", question):
        common = False
    if pattern and (not common or column.name.lower() not in _TOO_COMMON):
        for m in pattern.finditer(question):
            i = next((k for k, t in enumerate(tokens) if t[1] == m.start()), None)
            if common and not (i and tokens[i - 1][0] in _GROUP_ASKING):
                continue  # a column called Map is named by "which map", "per map"; not by "a map of"
            if m.group().lower() == "lot" and i and tokens[i - 1][0] == "a" and _idiom_after(tokens, i):
                continue  # "a lot pricier": an amount, even when a column is called lot
            found.append(Mention(column, m.start(), m.end(), 100 + len(column.name) / 100, m.group(), "name"))
    sig = column.significant
    sig_words = sig[: len(sig) - next((k for k, p in enumerate(reversed(sig)) if not p.isdigit()), 0)]
    # two measures either of which the column keeps ("Time/Score" of a rodeo's runs), not a rate ("Rate/Mile") nor
    # two names of one place (Country/Territory)
    alternative = (
        len(sig) == 2
        and re.fullmatch(r"\s*[A-Za-z]+\s*/\s*[A-Za-z]+\s*", column.name) is not None
        and set(sig) <= _MEASURE_WORDS
        and column.numeric
    )
    units_only = all(p in UNITS for p in sig)
    for i, (tok, start, tok_end) in enumerate(tokens):
        if tok == "lot" and i > 0 and tokens[i - 1][0] == "a" and _idiom_after(tokens, i):
            continue  # "a lot pricier", "a lot of": an amount, not a lot column
        if tok == "like" and i > 0 and tokens[i - 1][0] in _LIKE_BEFORE:
            continue  # "looks like the same ones ...": a comparison, not the likes column
        if tok in _SHARE_WORDS and i + 1 < len(tokens) and tokens[i + 1][0] == "of" and len(sig) > 1:
            continue  # "what fraction of patients smoke": a share asked for, not ejection_fraction
        # A run of question words equal to a run of name parts ("speed" in "wind_speed_kmh").
        for j, part in enumerate(sig):
            # a run may open with a short form too when the next word goes on the name ("transaction count":
            # Total_Trans_Ct); alone, such a word reads below (an abbreviation)
            short_start = (
                len(tok) >= 4
                and j + 1 < len(sig)
                and i + 1 < len(tokens)
                and abbreviates(part, tok)
                and (_same_part(tokens[i + 1][0], sig[j + 1]) or abbreviates(sig[j + 1], tokens[i + 1][0]))
            )
            # ... or with another word for it, the next word said as written ("response time": Reply Time (ms))
            synonym_start = (
                not short_start
                and not _same_part(tok, part)
                and len(tok) >= 3  # ("kids tested": Children Tested)
                and len(part) >= 3
                and j + 1 < len(sig)
                and i + 1 < len(tokens)
                and part in SYNONYM_OF.get(tok, ())
                and tokens[i + 1][0] == sig[j + 1]
            )
            if not _same_part(tok, part) and not short_start and not synonym_start:
                continue
            run = 1
            # after the first word, a request word may go on the name ("year group": YearGrp)
            while (
                i + run < len(tokens)
                and j + run < len(sig)
                and (
                    _same_part(tokens[i + run][0], sig[j + run])
                    or (len(tokens[i + run][0]) >= 4 and abbreviates(sig[j + run], tokens[i + run][0]))
                )
            ):
                run += 1
            other_word = (
                run == 1
                and column.categorical  # a label ("offence type"); a measure's word ("repair spend") reads its own way
                and j + 1 < len(sig)
                and i + 1 < len(tokens)
                and len(tok) >= 4
                and sig[j + 1] in SYNONYM_OF.get(tokens[i + 1][0], ())
                and len(sig[j + 1]) >= 3
            )
            if other_word:
                run = 2  # the next part said by another word for it ("offence type": Offence Group)
            elif (tok != part and run < 2) or not (
                short_start or synonym_start or any(tokens[i + k][0] == sig[j + k] for k in range(run))
            ):
                continue  # a short form counts beside a part said in full ("departure delay"), not alone ("shoppers")
            # ("which show" of Show Name, "what model" of Model Name: a request word used as the name's head noun)
            # (or the word before the name's Name or Title: "which show" of tv_show_name)
            named_by = j == 0 or tuple(sig[j + 1 : j + 2]) in (("name",), ("title",))
            named_by = named_by or (j == len(sig) - 1 and sig[j - 1] in ("or", "and"))  # "which line": route_or_line
            head_noun = run == 1 and named_by and i > 0 and tokens[i - 1][0] in _GROUP_ASKING and column.categorical
            # "most common make?" of Vehicle Make/Model: a request word that names a part of a label, as a noun
            head_noun = head_noun or (
                run == 1 and i > 0 and tokens[i - 1][0] in ("common", "popular", "frequent") and column.categorical
            )
            if (
                all(t[0] in STOP or t[0].isdigit() for t in tokens[i : i + run])
                and (run < len(sig) or common)
                and not (head_noun and len(tok) >= 4)
            ):
                continue  # "is" of a column called Is: only in quotes
            if (
                i >= 2
                and (tokens[i - 2][0], tokens[i - 1][0]) in _COUNTING
                and j > 0
                and sig[0] in _RELATIVES
                and not column.numeric
            ):
                continue  # "how many tasks": the rows, each a task, not the Parent task each names
            if (
                run == 1 < len(sig)
                and column.is_date
                and tok == "sale"  # ("2023 arrivals" still names Arrival Date)
                and question[start:tok_end].lower().endswith("s")
                and set(sig[:j] + sig[j + 1 :]) <= {"date", "time", "day", "datetime", "timestamp", "at", "on"}
            ):
                continue  # "what were total sales": the sales themselves, not when they happened (Sale Date)
            if run == 1 < len(sig) and tok in _PRONOUNS:
                continue  # "how many responses did we get": "we" of a survey's "Anything we could do better?"
            if (
                run == 1 < len(sig)
                and _calendar_period(tokens, i)
                and not (column.is_date or column.year_like or _year_labels(column))
            ):
                continue  # "hired each year" is per calendar year of a date, not YearsAtCompany
            if (
                run == 1 < len(sig)
                and _calendar_period(tokens, i)
                and column.year_like
                and not column.is_date
                and set(sig) & _MADE_YEAR_PARTS
                and not any(root(t[0]) in {root(p) for p in sig if p not in TIME_WORDS} for t in tokens)
            ):
                continue  # "how many breaks each year": when they happened, not INSTALL_YEAR of the pipe broken
            end = tokens[i + run - 1][2]
            # a number ending the name (Product_Category_1) numbers like columns: every word said is all of it
            size = len(sig) - (len(sig) - len(sig_words) if j + run >= len(sig_words) else 0)
            # "emissions" of "Total reported direct emissions": the whole, before its parts (HFC emissions)
            wholes = sum(p in _WHOLE_WORDS for p in sig[:j])
            if said_total and wholes and j + run == size and wholes == j and not column.id_like:
                size -= wholes
            score = 90 if run == size else 60 + 30 * run / size
            if run == size >= 2:  # every part said, in order ("age category": Age Cat), beats a name inside it
                score = 100.5
            if other_word or synonym_start:
                score -= 6  # below every part said as written ("incident type": IncType before IncGroup)
            if synonym_start and run == size >= 2:
                score = 100.2  # the whole name said, its head in other words: above a short name inside it (Time)
            # a name's words after a preposition qualify its head ("TAX CLASS AT TIME OF SALE" is a class):
            # said alone, they name it as weakly as a modifier does
            tail = next((k for k, p in enumerate(sig) if p in _PREPOSITIONS and k > 0), None)
            in_tail = tail is not None and j >= tail
            if in_tail and tok in _PREPOSITIONS:
                continue  # "number of sales": "of" starts no reading of "... AT TIME OF SALE"
            head_of_tail = j == 0 and tail == run  # "country" of Country.of.Origin: the head, "of origin" qualifies it
            # "brand" of brand_name: the thing itself, its "name" says how it is written, not what it is
            # (Artist Display Name, Company Full Name: how the name is written says nothing more of the thing)
            named_thing = (
                j == 0
                and run == 1
                and (len(sig) == 2 or (len(sig) == 3 and sig[1] in ("display", "full", "common", "official")))
                and sig[-1] in ("name", "title")
                and column.categorical
            )
            # (Rounds Played: all the rounds; Children Tested (under 6): all the children, an age band aside)
            counted_rest = [p for p in sig[j + run :] if p not in _AGE_BAND_PARTS]
            whole_of = (
                j == 0
                and run < size
                and (set(counted_rest) <= _WHOLE_TAIL if counted_rest else sig[j + run - 1] in _WHOLE_TAIL)
                and (bool(counted_rest) or run >= 2)
            )
            # "how many colonies": Number of Colonies, the count of the very thing said
            count_of = sig[:2] in (("number", "of"), ("count", "of"), ("total", "of"), ("no", "of")) and j == 2
            if count_of and j + run == size:
                found.append(Mention(column, start, end, 92, question[start:end], "partial"))
                continue
            if whole_of and not counted_rest:  # every word but an age band said ("kids tested")
                score = 90 - (6 if synonym_start else 0)
            elif whole_of:
                score += 1  # (above Resident Rounds, Junior Rounds: kinds of them)
            elif alternative and run == 1:
                score += 1  # "Time/Score": either word is the whole of what a row keeps, no modifier of the other
            elif (j + run < size or in_tail) and not head_of_tail and not named_thing:  # or a modifier ("unit price")
                score -= 20
                rest = sig[j + run :]
                if (
                    i >= 2
                    and (tokens[i - 2][0], tokens[i - 1][0]) in _COUNTING
                    and not (i >= 3 and tokens[i - 3][0] in ("average", "avg", "mean", "median", "typical"))
                    # ("how many carbs" of Carb Value (grams): the amount of them, added up)
                    and not (j == 0 and column.amount_of is not None)
                    # ("how many tickets" of Tickets - General: the noun, then after a dash which of them)
                    and not (j == 0 and column.dashed_head is not None)
                    # ("how many acres did we map" of Acres Mapped: the acres, added up, the deed after them)
                    and not (
                        j == 0
                        and column.additive
                        and len(sig) == 2
                        and (sig[1].endswith("ed") or sig[1] in IRREGULAR_DEEDS)
                    )
                    and (
                        in_tail
                        or any(
                            p.isalpha() and len(p) >= 5 and (p not in _COUNT_PARTS or (column.high or 0) <= 1)
                            for p in rest
                        )
                    )
                    # ("how many school kids came": the people a count of School Groups holds)
                    and not (
                        column.whole_count
                        and i + run < len(tokens)
                        and stem(tokens[i + run][0]) in PERSONS | {"kid", "child", "children", "people", "person"}
                    )
                ):  # (but "how many passengers" of Passenger Count: the count of them, added up)
                    continue  # "number of bookings": the rows counted, not booking_changes (visits_prev_30d stays)
            # (and a Y/N label too: "pickups" are the requests, Missed Pickup is named by "missed pickups")
            marked = column.flag or (
                column.categorical
                and column.n_unique == 2
                and yes_value(column) is not None
                and question[start:end].lower().endswith("s")  # (a noun counted; "deficient" says the state)
            )
            if run == 1 and j == len(sig) - 1 and len(sig) >= 2 and marked and sig[0] not in ("is", "has"):
                continue  # "guests" are the rows; is_repeated_guest is named by "repeated guests"
            if run == 1 and j == len(sig) - 1 and len(sig) >= 3 and column.flag and sig[0] in ("is", "has"):
                continue
            found.append(Mention(column, start, end, score, question[start:end], "partial"))
        # "which show", "per show": a request word used as a noun after a word that asks for a group
        noun = tok in STOP and tok in SYNONYM_OF and i > 0 and tokens[i - 1][0] in _GROUP_ASKING
        # "the strongest one" of a magnitude column; "the strongest correlation" names no column
        noun = noun or (
            tok in ("strongest", "weakest")
            and not re.match(
                r"\W*(?:\w+\W+)?(?:correlat|relation|link|predict|effect|associat|driver|factor)",
                question[tokens[i][2] :].lower(),
            )
        )
        if (tok in STOP and not noun) or tok.isdigit():
            continue
        # "how many km have i ridden": the unit itself said, of a column kept in it (Total distance (km)); not the
        # km of a speed in km/h
        kept_in = [
            p
            for k, p in enumerate(column.stems)
            if p in UNIT_QUANTITY
            and column.stems[k + 1 : k + 2] != ("h",)
            and _SAME_UNIT.get(tok, tok) in (p, p.removesuffix("s"))  # ("pounds": Lbs)
        ]
        # (a unit after a number is a bound's: "rated over 2 MW" is of the kW column, converted)
        if (
            kept_in
            and column.numeric
            and not column.is_date
            and len(tok) >= 2
            and not re.search(r"\d\s*$", question[:start])
        ):
            found.append(Mention(column, start, tokens[i][2], 55, tok, "synonym"))
        elif (
            column.numeric
            and not column.is_date
            and (unit := unit_of(column.values)) is not None
            and unit.lower() in (tok, _SAME_UNIT.get(stem(tok)))
        ):
            # "how many miles": Turo's Distance traveled, its values written "395 mi"
            found.append(Mention(column, start, tokens[i][2], 55, tok, "synonym"))
        if len(tok) < 3:  # "hp": a two-letter word names a column only as a known synonym of its whole name
            if len(sig) == 1 and sig[0] in SYNONYM_OF.get(tok, ()):
                found.append(Mention(column, start, tokens[i][2], 58, tok, "synonym"))
            continue
        for part in sig:
            if part == tok or (part in UNITS and not units_only):  # a name that is only a unit ("kwh") is named by it
                continue
            if len(sig) == 1 and column.numeric and tok in (f"{part}ed", f"{part}d") and _plural_word(column, part):
                # "my most played song": BandLab's Plays, a count named by its verb in the past
                found.append(Mention(column, start, tokens[i][2], 56, tok, "prefix"))
            # A 3-letter word names a longer part only ("mag" → magnitude), not a near-namesake ("car" ≠ carb).
            short_ok = len(tok) >= 4 or (len(tok) == 3 and len(part) >= 5)
            if (part.startswith(tok) and short_ok) or (
                tok.startswith(part) and len(part) >= 4 and not abbreviates(part, tok)
            ):
                if _calendar_period(tokens, i) and not (column.is_date or column.year_like):
                    continue  # "sales per month": the month of a date, not "Record Status - monthly file only"
                if (
                    part in (f"{tok}ing", f"{tok}{tok[-1]}ing")
                    and i > 0
                    and tokens[i - 1][0] in ("i", "we", "you", "they")
                    and not column.is_date  # ("which year did i book the most": Booking Date, when it was done)
                    and sig.index(part) < len(sig) - 1  # ("did i earn": Earnings, the thing itself; not its modifier)
                ):
                    continue  # "which city do i park in most": a verb said by the doer, not Parking Cost
                score = 45 + 10 * min(len(tok), len(part)) / max(len(tok), len(part))
                if part in (f"{tok}able", f"{tok}ible", f"{tok}ly"):
                    score -= 10  # "bill" is no billable: a word that can be done to the rows, another word
                if part in (f"{tok}er", f"{tok}or") and question[start:tok_end].lower().endswith("s"):
                    continue  # "the reports" are the rows, not their Reporter (who made them)
                found.append(Mention(column, start, start + len(tok), score, tok, "prefix"))
            elif (
                (abbreviates(part, tok) or (part.endswith("s") and abbreviates(part, question[start:tok_end].lower())))
                and not (len(part) <= 2 and len(tok) >= 9)  # "southbound" is no "st" spelt out (toSt, fromSt)
                and tok not in _PERIOD_ADJECTIVES  # "daily sales": per day, not DayOfWeek spelt short
                and tok not in _ASKING_WORDS  # "compare the income": the request, not comp_income spelt out
                and not _plural_word(column, part, tok)
                and part not in STOP
                and part not in _FULL_WORDS  # "cost" is a word of its own, not a short "compensation"
                and not _loose_pair(part, sig, tokens)
            ):
                # a verb said in the past ("most played") shortens a name less surely than a noun ("ply")
                # "unauthorised" cut to "unauth" is a short form; "played" spelling "ply" is a verb
                past = tok.endswith("ed") and not tok.startswith(part) and not any(t[0] == part for t in tokens)
                # a short part of a longer name, its other words unsaid ("players": opening_ply): a weak reading
                lone = (
                    len(part) <= 3
                    and len(sig) >= 2
                    and not any(t[0] == p or abbreviates(p, t[0]) for p in sig if p != part for t in tokens)
                )
                if past and i > 0 and tokens[i - 1][0] in ("most", "least", "more", "less", "often", "frequently"):
                    continue  # "the most played openings": counted rows, not a column the verb spells
                score = 54 if past else 52 if lone else 80
                found.append(Mention(column, start, tokens[i][2], score, tok, "abbreviation"))
            elif (
                len(sig) == 1
                and len(tok) >= 4
                and len(part) > len(tok)
                and part.endswith(tok)
                and part[: -len(tok)] not in ("re", "un", "non", "pre")  # "watch" is no rewatch, "paid" no unpaid
                and not tok.endswith("ed")  # ("ended" is no short Attended: a verb of its own)
            ):
                # "poverty" in PERPOVERTY: a word that ends a one-word name, below any fuller reading
                found.append(Mention(column, start, tokens[i][2], 44, tok, "affix"))
            elif (
                len(sig) == 1
                and len(part) >= 3
                and len(tok) >= len(part) + 3
                and tok.endswith(part)
                and tok not in known_words()  # "percentage" is no kind of Age
            ):
                # "butterfat" of Fat %: a compound word whose last part is the one-word name, below fuller readings
                found.append(Mention(column, start, tokens[i][2], 44, tok, "affix"))
            elif (
                part in SYNONYM_OF.get(tok, ())
                # (a theater's Comps, free tickets counted: no "comp" of pay, which is never said in the plural)
                and not (part == "comp" and re.search(r"(?i)(?<![a-z])comps(?![a-z])", column.name))
                and (
                    part == sig[-1]
                    or (
                        part == sig[0]
                        and all(
                            p in _TIME_PARTS | _NAME_PARTS | _COUNT_PARTS | _STATE_PARTS | _AMOUNT_PARTS | _SPREAD_PARTS
                            or p in ("area", "areas")  # (Subject Areas: "topic")
                            or p in ("out", "off", "away")  # (Thrown Out: "trash", a verb's particle)
                            or p.isdigit()  # (Children (0-17): "kids", the ages in brackets)
                            or p in _BYTE_UNITS  # (Storage Used (Byte): "space")
                            # (Pax Screened: "passengers", the people counted; not Animal Vaccinated, a yes/no)
                            or (p in _WHOLE_TAIL and column.numeric)
                            # "windiest": Wind Gust High, both words of the wind (once: a last word of the family,
                            # as in Sold quantity, is read by the last word's rule)
                            or (p in SYNONYM_OF.get(tok, ()) and sig[-1] not in SYNONYM_OF.get(tok, ()))
                            or (part, p) == ("wind", "speed")
                            or _bracketed(column, p)  # (Fuel (gal): "gas", the unit bracketed after)
                            for p in sig[1:]
                        )
                    )
                    # "cheapest": Price Per Gallon ($), a measure per unit named first
                    or (part == sig[0] and len(sig) >= 3 and sig[1] == "per")
                    # "shutoffs": Disconnections for Non-Payment, the head before what qualifies it
                    or (part == sig[0] and len(sig) >= 3 and sig[1] in _PREPOSITIONS)
                    # "payout": amountPaidOnBuildingClaim, what was paid, before what it was paid on
                    or (0 < sig.index(part) < len(sig) - 2 and sig[sig.index(part) + 1] in _PREPOSITIONS)
                    # "inflation": a price index's rate of change (CPIH ANNUAL RATE 00: ALL ITEMS), not the index level
                    or (tok == "inflation" and bool(set(sig) & {"rate", "change", "annual", "yoy", "growth"}))
                    # "answer": first_response_hours, the one thing between which one and its unit of time
                    or (
                        0 < sig.index(part) < len(sig) - 1
                        and sig[0] in ("first", "last", "avg", "average", "mean", "median", "total")
                        and all(
                            p in _TIME_PARTS | {"hours", "days", "mins", "minutes"} for p in sig[sig.index(part) + 1 :]
                        )
                    )
                )
            ):  # the last word, or the first of "<word> time (days)", "<word> title", "<word> count" (PaxCount)
                # ("donation": contribution_receipt_amount, the amount of a contribution)
                # A synonym names what a column is, its last word ("workers" is not EmployeeID); one of the whole
                # name ("units" → qty) beats a modifier of a longer one ("unit price"); a verb ("sells") less.
                if tok in ("people", "person", "guest", "guests") and unit_of(column.values) is not None:
                    continue  # "how long do people keep them": a dumpster's Size "20 YD" is no party of people
                if tok in MONEY_WORDS and (set(column.stems) - set(sig)) & (UNITS - _MONEY_UNITS):
                    continue  # "how much money": not a quarry's Gross Tons, a weight named like gross pay
                core = [p for p in sig if not _bracketed(column, p)]  # (Fuel (gal): one word, its unit)
                score = (58 if len(core) == 1 else 42) + _direction(tok, column) - (3 if tok in VERBS else 0)
                if len(sig) >= 2 and all(p in _WHOLE_TAIL for p in sig[1:]):
                    score += 1  # "shots": DOSES_ADMINISTERED, the doses counted, over DOSE_NUMBER (which dose)
                if len(sig) >= 2 and all(p in SYNONYM_OF.get(tok, ()) for p in sig) and tok not in MONEY_WORDS:
                    # "store": Shopping Location, every word of it the store (over a Location alone); not money,
                    # which names every amount alike ("money" is Amount Paid's words and Invoice Total's)
                    score += 18
                found.append(Mention(column, start, tokens[i][2], score, tok, "synonym"))
            elif len(sig) == 1 and tok in IRREGULAR and tok not in ("left", "lost") and stem(IRREGULAR[tok]) == part:
                # "how many emails have we sent": Sends, a one-word count named by the verb's past
                found.append(Mention(column, start, tokens[i][2], 54, tok, "abbreviation"))
            elif len(sig) == 1 and IRREGULAR.get(part) == tok and part not in ("left", "lost"):
                # "my win rate": Won (1/0), a one-word mark named by the verb's past
                found.append(Mention(column, start, tokens[i][2], 56, tok, "abbreviation"))
            elif (
                len(sig) == 2
                and part == sig[0]
                and IRREGULAR.get(part) == tok
                and i + 1 < len(tokens)
                and tokens[i + 1][0] == sig[1]
            ):
                # "what percent of drivers spin out": Spun Out (Y/N), the phrasal verb's past said in the present
                found.append(Mention(column, start, tokens[i + 1][2], 85, f"{tok} {sig[1]}", "root"))

            elif _agent_of(tok, part):  # "who picked": Picker, "who served": Server
                found.append(Mention(column, start, tokens[i][2], 86, tok, "root"))
            elif len(sig) == 1 and _doer_of(tok, part):  # "smokers": smoking (not "riders": Years Riding)
                found.append(Mention(column, start, tokens[i][2], 70, tok, "root"))
            elif _unsaid(tok, part):  # "unpaid": Paid (Y/N), read with the other value (kinds.filtered)
                yes_no = column.n_unique is not None and column.n_unique <= 2  # a state, not an amount paid
                found.append(Mention(column, start, tokens[i][2], 72 if yes_no else 70, tok, "root"))
            elif (
                (_undoubled(root(part)) == _undoubled(root(tok)) and len(root(tok)) >= 5)  # cancellation: canceled
                # "enrollment" of students_enrolled, "employment" of Employed: the noun of the verb said done
                or (
                    tok.endswith(("ment", "ments"))
                    and column.numeric
                    and not column.is_date
                    and part.endswith("ed")
                    and len(root(part)) >= 5
                    and _undoubled(root(re.sub(r"ments?$", "", tok))) == _undoubled(root(part))
                )
                or _adjective_of(tok, part)
                or (  # a short root the rule above leaves out: "rentals" of a count Rented
                    len(tok) >= 6
                    and len(part) >= 6
                    and column.numeric
                    and not column.is_date
                    and len(root(stem(tok))) == 4
                    and tok.endswith(("al", "als", "ment", "ments"))  # a noun of the verb: rentals, payments
                    and same_word(tok, part)
                )
                or (  # "gilded": a count of gildings, the verb said done
                    tok.endswith("ed")
                    and part.endswith("ing")
                    and column.numeric
                    and not column.is_date
                    and len(root(tok)) == 4
                    and _undoubled(root(tok)) == _undoubled(root(part))
                )
            ):
                # survival, survived, survive; "happiest": Happiness Score, "healthiest": Health; "rentals": Rented
                found.append(Mention(column, start, tokens[i][2], 70, tok, "root"))
            elif (
                not column.is_date
                and not (column.categorical and (column.n_unique or 0) <= 1)  # P:EAN "Does not apply" is no earning
                # "pay" is a word of its own, no short form of "party" ("temp" is a word for "hottest" itself)
                and (part not in SYNONYM_WORDS or part in SYNONYM_OF.get(tok, ()))
                # "work" shortens no "worker": a word that only lacks a suffix is another word
                # (nor a word with vowels of its own, unless it starts the other: "rent" is no short "resident")
                and any(
                    abbreviates(part, s)
                    and s[len(part) :] not in ("er", "ers", "ing", "ed", "or", "ors")
                    and (s.startswith(part) or not set(part[1:]) & set("aeiou"))
                    for s in SYNONYM_OF.get(tok, ())
                )
                and not _loose_pair(part, sig, tokens)
            ):
                # heaviest → weight → wt; a date's name parts (dt) shorten no measure word ("long": duration)
                if len(tok) <= 3 and column.numeric and tok in _THING_NOUNS:
                    continue  # "car brand": the car names no VEH_SPEED through vehicle → veh
                found.append(Mention(column, start, tokens[i][2], 40, tok, "synonym"))
        for k, part in enumerate(column.stems):  # "trip distances": km; "energy": kwh_out
            if column.stems[k + 1 : k + 2] == ("h",) and part in ("km", "mi", "m"):
                part = "kmh"  # "Avg Speed (km/h)": a speed, never how far
            if tok in UNIT_QUANTITY.get(part, ()) and not column.is_date:
                found.append(Mention(column, start, tokens[i][2], 58 if units_only else 42, tok, "synonym"))
    if column.numeric and column.significant and column.significant[-1] in PERSONS:
        for tok, start, end in tokens:  # "bring more people in": the column that counts visitors
            if tok in ("people", "person"):
                found.append(Mention(column, start, end, 45, tok, "synonym"))
    if (
        column.numeric
        and not column.is_date
        and not column.year_like
        and set(column.stems) & {"time", "duration", "length"}
        and not set(column.stems) & _NOT_SPANS
    ):
        for tok, start, end in tokens:  # "hours worked", "who worked the most hours": Deputy's Total Time
            # as said: "hours", not "hour" (a time of day), nor a span after a number ("two hours late")
            if question[start:end].lower() in _HOURS_SAID and not _COUNTED_SPAN.search(question[:start]):
                found.append(Mention(column, start, end, 45, tok, "synonym"))
    timed_in = set(column.stems) & {"time", "duration", "latency", "elapsed"} and set(column.stems) & {
        *("ms", "sec", "secs", "seconds", "min", "mins", "minutes")
    }  # (Postman's Response Time (ms): "which request is the slowest")
    # ... or a time named by what took it (a crossword's Solve Time in seconds, a race's Finish Time)
    timed_by = "time" in column.stems and bool(set(column.stems) & _TIMED_BY)
    if column.clock or (column.numeric and not column.is_date and (timed_in or timed_by)):
        for tok, start, end in tokens:
            if tok in _PACE:
                found.append(Mention(column, start, end, 50 + min(_clock_minutes(column), 600) / 1000, tok, "synonym"))
    if len(column.stems) == 1 and (column.flag or column.kind == "bool"):
        for i, (tok, start, end) in enumerate(tokens):  # "how many of my plays were fails": Passed, marked no
            if i + 2 < len(tokens) and tokens[i + 2][0] in (
                "complaint",
                "complaints",
                "report",
                "reports",
                "request",
                "requests",
            ):
                continue  # "abandoned car complaints": what the complaints are about, not a task left undone
            if column.stems[0] in ANTONYMS.get(question[start:end].lower(), ()):
                found.append(Mention(column, start, end, 60, tok, "antonym"))
    if column.is_date:  # "listed in the 80s": Listing Date, the date named by its event's verb
        events = {root(s[:-3]) for s in column.stems if s.endswith("ing") and len(s) >= 6}
        for i, (tok, start, end) in enumerate(tokens):
            if tok.endswith("ed") and len(tok) >= 5 and root(tok) in events:
                found.append(Mention(column, start, end, 62, tok, "root"))
            # "when do most weddings happen": Ceremony Date, the date of the event said by another word for it
            elif (
                len(column.stems) == 2
                and column.stems[1] in ("date", "day", "time")
                and column.stems[0] in SYNONYM_OF.get(tok, ())
                and question[start:end].lower().endswith("s")  # events counted ("weddings"), never "money"
                and tok not in MONEY_WORDS
                # a noun counted ("most weddings"), never a verb ("which customer owes the most": Due Date)
                and i > 0
                and tokens[i - 1][0] in ("most", "many", "few", "fewest", "the", "all", "any", "no", "of")
            ):
                found.append(Mention(column, start, end, 62, tok, "synonym"))
    if column.formula is not None and column.formula[1] == "notna":  # "churn", "churned": the event flag
        said = [(tok, a, b) for tok, a, b in tokens if len(tok) >= 4 and root(tok) == root(column.stems[0])]
        found += [Mention(column, a, b, 85, tok, "root") for tok, a, b in said]
    if column.id_like:  # a record code is asked for by its name, not by a word near its meaning ("items": sku)
        # ... nor by a verb ("total claimed" is an amount, not Claim ID)
        found = [
            replace(m, score=m.score - 20)
            if m.via in ("synonym", "prefix")
            else replace(m, score=m.score - 40)
            if m.via == "abbreviation" and m.word.lower().endswith("ed")
            else m
            for m in found
        ]
    found += _initials(column, tokens)
    found += _capitals_said(question, column)
    found += _compound(column, tokens)
    found += _joined(question, column, tokens)
    found += _inside_run_on(question, column, tokens)
    found += _per_named(question, column)
    found += _scattered(column, tokens)
    # "returns per month": the month of the date the question's other words name (Return Date, not Order Date)
    heard = {t[0] for t in tokens}
    # ("which year had the most observations": observed_on, the date the rows' own noun shares its root with)
    own = 0.5 if column.is_date and any(_same_root(s, heard) for s in column.stems if s not in TIME_WORDS) else 0.0
    if column.is_date and set(column.stems) & BIRTH_STEMS and heard & BIRTH_STEMS:
        own = 0.5  # "how many calves were born in 2023": the Birth Date, not the Wean Date
    if column.is_date and not own and set(column.stems) & _BOOKED_AHEAD:
        own = -0.25  # "busiest month for weddings": the Event Date they happen on, not the Booked Date
    if column.is_date and not own and set(column.stems) & START_WORDS:
        own = 0.2  # "rides per day" of Start Date and End Date: when a thing began is when it happened
    if column.is_date and not own and set(column.stems) & BIRTH_STEMS:
        own = -0.5  # "which month were most of these run in": the Date of the race, not the runners' DOB
    if column.is_date and set(column.stems) & BOOKKEEPING:
        # "which year had the most violations": VIOLATION DATE, not VIOLATION LAST MODIFIED DATE; nor Eurostat's
        # LAST UPDATE over TIME_PERIOD, the years themselves (a number column's time reading is 34)
        own -= 4.5
    if column.is_date and column.kind == "numeric":
        own -= 0.1  # "which month": Etherscan's DateTime (UTC) as written, before its UnixTimestamp's seconds
    if column.is_date and set(column.stems) & SET_OUT:
        own -= 0.3  # "busiest month": when each image was taken, not when the camera went out (Deployment Date)
    for tok, start, end in tokens:
        if tok in TIME_WORDS and (column.is_date or column.ordered):
            period = TIME_WORDS.get(tok)
            if (
                not column.is_date
                and period in ("D", "W", "M", "Q", "Y")
                and not any(TIME_WORDS.get(p) == period for p in column.stems)
                and not (column.stems[-1:] in (("period",), ("step",), ("t",), ("index",)) or column.stems == ("time",))
            ):
                continue  # "per month": not TrainingTimesLastYear, an ordered count of another period
            if (
                not question[start:end].lower().endswith("s")  # "over the years" is a trend
                and _WHOLE_PERIOD.search(question[:start])
                and not re.match(r"\s*\d", question[end:])
            ):
                continue  # "total spend for the year": the whole span, not one total per year
            found.append(Mention(column, start, end, (38 if column.is_date else 34) + own, tok, "time"))
    if column.categorical and _weekday_names(column.values):
        # "which day has the best conversion rate": a label holding the days of the week (most ads day)
        found += [Mention(column, a, b, 60, tok, "partial") for tok, a, b in tokens if tok in ("day", "weekday")]
    return found


def _weekday_names(values: tuple[str, ...]) -> bool:
    """Values that are mostly the names of the days of the week."""
    said = [v.strip().lower() for v in values if v.strip()]
    return len(said) >= 3 and sum(v in WEEKDAYS for v in said) >= 0.8 * len(said)


# A period said as the whole span the data covers: "for the year", "over the whole month", "all year".
_WHOLE_PERIOD = re.compile(
    r"\b(?:for|over|across|during|throughout)\s+the\s+(?:whole\s+|entire\s+|full\s+)?$|\ball\s+$", re.IGNORECASE
)
_SOONER = frozenset({"sooner", "quickly", "slowly", "wait", "waited", "waiting"})
_TIMED = frozenset({"min", "mins", "minute", "sec", "second", "hr", "hrs", "hour", "day", "ms", "duration", "wait"})
# When a thing to come was reserved: the rows happen on another date (an Event Date beside a Booked Date)
_BOOKED_AHEAD = frozenset({"booked", "booking", "reserved", "reservation"})
# "hours worked", "shift length" (not "hour", which is a time of day: "the busiest hour")
_SAME_UNIT = {"mile": "mi", "kilometer": "km", "kilometre": "km", "kilo": "kg", "kilogram": "kg", "pound": "lb"}
_COUNTED_SPAN = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|few|several))\s*$", re.I
)
_HOURS_SAID = frozenset({"hours", "hrs", "minutes", "mins", "length", "lengths"})
# a time of day or a moment is no length of time ("Start Time", "Time In"); an offset or a position is none either
_NOT_SPANS = frozenset({"start", "end", "in", "out", "of", "clock", "offset", "position", "zone", "stamp", "timestamp"})
_PACE = frozenset(SPEED | {"quick", "quicker", "quickest", "time", "duration"}) - {"speed", "velocity"}


def _plural_word(column: Column, part: str, tok: str = "") -> bool:
    """A name part the name writes as a plural word ("Cars" in CarsCount): a word in full, not a short form.

    Short forms with vowels are rarely pluralised, so "carries" is not a longer form of "car" here; a plural of
    consonants is a short form still ("bdrms": bedrooms, "yrs": years).
    """
    if not any(ch in "aeiou" for ch in part):
        return False
    return any(
        w.endswith("s") and w != part and stem(w) == part and not (len(w) >= 4 and tok.startswith(w))
        for w in (x.lower() for x in words(column.name))
    )  # "Trans" as written opens "transaction": a short form that ends in s, not a plural


def _unsaid(tok: str, part: str) -> bool:
    """A word that is a name part with "un" before it ("unpaid" of Paid, "unresolved" of Resolved)."""
    return tok.startswith("un") and len(tok) >= 6 and len(part) >= 4 and tok[2:] == part


def _agent_of(tok: str, part: str) -> bool:
    """A name part that is the doer of the verb a question word is a form of ("picked": picker, "served": server)."""
    if not part.endswith(("er", "or", "ee")) or len(part) < 5:
        return False
    # (not -ing: "sightings" are things seen, not the Sighter)
    bases = [tok[: -len(end)] for end in ("ed", "d", "es", "s") if tok.endswith(end)]
    # ("assigned": Assignee, the one it was given to)
    return any(len(b) >= 3 and part in (b + "er", b + "r", b + "or", b + "ee") for b in bases)


def _doer_of(tok: str, part: str) -> bool:
    """A question word for doing what a name part says is done: "smoker" or "smoke" of smoking, "runner" of running."""
    if not part.endswith("ing") or len(tok) < 4:
        return False
    if part in (tok + "ing", tok[:-1] + "ing", tok + tok[-1] + "ing"):  # the verb itself: "smoke", "drive"
        return True
    base = tok[:-2]
    return tok.endswith("er") and len(tok) >= 5 and part in (base + "ing", base + base[-1] + "ing")


def _adjective_of(tok: str, part: str) -> bool:
    """A comparative or superlative of the adjective a name part is or names ("happiest" of happiness).

    happier/happiest → happy → happiness; healthiest → healthy → health; wealthier → wealth.
    """
    for end in ("iest", "ier"):
        if tok.endswith(end) and len(tok) - len(end) >= 3:
            base = tok[: -len(end)]  # happ, health, wealth
            return part in (base + "y", base + "iness", base) and len(part) >= 5
    return False


_RANKS = frozenset({"rank", "ranking", "position", "pos", "place", "placing"})
_CUMULATIVE = frozenset({"cumulative", "cum", "cumul", "running"})
# Everyday words of money and counting that name columns in full: never a short form of a longer word.
_FULL_WORDS = frozenset({"cost", "costs", "price", "rate", "fee", "fees", "total", "count", "score", "spend", "paid"})
# Words that ask for an analysis: never the long form of a column's short name (comp_income, corr_id, dist_km)
_ASKING_WORDS = frozenset(
    {"compare", "compared", "comparing", "comparison", "correlate", "correlated", "correlation", "distribution"}
    | {"summary", "summarize", "summarise", "plot", "plotted", "show", "describe"}
    # ("what percent of bats": a share asked for, never PET spelt out)
    | {"percent", "percentage", "proportion", "fraction"}
    # ("is hearing worse in the left ear": a judgement, never WRS spelt out)
    | {"worse", "worst", "better", "best", "bigger", "smaller", "larger", "greater", "higher", "lower", "fewer"}
)
_PERIOD_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "yearly", "hourly", "quarterly", "annual", "annually"})
_GROUP_ASKING = frozenset({"which", "each", "per", "every", "by", "what"})
_SHORT_WORDS = frozenset({"avg", "max", "min", "tot", "num", "pct", "qty", "amt", "std", "med", "cnt", "sum", "ave"})
_COUNTING = frozenset({("number", "of"), ("how", "many"), ("count", "of")})


def _clock_minutes(column: Column) -> float:
    """The longest example of a column of h:mm:ss lengths of time, in minutes."""
    out = 0.0
    for v in column.values:
        if ":" not in v:  # written in words: "6 hrs and 48 mins"
            hours = re.search(r"(?i)(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b", v)
            minutes = re.search(r"(?i)(\d+(?:\.\d+)?)\s*(?:minutes?|mins?|m)\b", v)
            out = max(out, (float(hours[1]) * 60 if hours else 0.0) + (float(minutes[1]) if minutes else 0.0))
            continue
        parts = [float(p) for p in v.strip().split(":")]
        out = max(out, parts[0] * 60 + parts[1] + parts[2] / 60 if len(parts) == 3 else 0.0)
    return out


_NAME_PARTS = frozenset({"title", "name"})
_SHARE_WORDS = frozenset({"fraction", "proportion", "percentage", "share"})
_COUNT_PARTS = frozenset({"count", "cnt", "num", "number", "total", "tot", "qty"})
_STATE_PARTS = frozenset({"status", "state", "flag", "indicator", "ind"})  # "married": Marital_Status
_AMOUNT_PARTS = frozenset({"amount", "amt", "receipt", "value", "usd", "dollar", "used"})  # (Storage Used: "space")
_AMOUNT_PARTS |= {"reported"}  # (unclaimed property's CASH_REPORTED: "money", an amount)
_PLAIN_PARTS = frozenset({"name", "type", "code", "date", "rate", "size", "cost", "area", "note", "city", "zone"})
# Everyday nouns for a thing, whose synonyms' short forms open measures' names too (vehicle: VEH_SPEED)
_THING_NOUNS = frozenset({"car", "van", "bus"})
_WHOLE_TAIL = WHOLE_TAIL
_YEAR_SPAN = re.compile(r"\s*(?:19|20)\d\d\s*[-/–]\s*(?:\d\d|(?:19|20)\d\d)\s*")


def _year_labels(column: Column) -> bool:
    """A label of school or fiscal years ("2021-22", "2019/2020"): "which year" groups by it."""
    said = [v for v in column.values if v.strip()]
    return column.categorical and len(said) >= 2 and all(_YEAR_SPAN.fullmatch(v) for v in said)


_TIMED_BY = frozenset(
    {"solve", "finish", "completion", "response", "race", "lap", "wait", "travel", "transit", "load", "build"}
    | {"resolution", "turnaround", "processing", "run"}
)
_AGE_BAND_PARTS = frozenset({"under", "over", "aged", "age", "ages", *"0123456789", "18", "65", "5", "6"})
_BYTE_UNITS = frozenset({"byte", "bytes", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib"})
# ... and a flow's (USGS's discharge_cfs: "flow", cubic feet a second)
_BYTE_UNITS |= {"cfs", "cms", "gpm", "mgd", "lps"}
# the day's high, low or mean of a reading ("Temperature High (°F)"): "hottest" still names the temperature
_SPREAD_PARTS = frozenset({"high", "low", "max", "min", "maximum", "minimum", "avg", "average", "mean", "hi", "lo"})
_TIME_PARTS = frozenset({"time", "duration", "period", "day", "hour", "week", "month", "year", "min", "sec"})


def _loose_pair(part: str, sig: tuple[str, ...], tokens: list[tuple[str, int, int]]) -> bool:
    """Two letters inside a longer name ("Cr" of HasCrCard) are too loose to stand for a word on their own.

    "cr" fits customer, churned and credit alike; it names a word only when another part of its name is said too
    ("credit card"). A name that is only the two letters ("hp", "yr") is read as before.
    """
    others = [p for p in sig if p != part and p not in STOP and not p.isdigit()]
    if len(part) != 2 or not others:
        return False
    said = {t[0] for t in tokens}
    return not any(p in said or stem(p) in said for p in others)


def _same_part(tok: str, part: str) -> bool:
    """A question word that says a name part: the part itself, or a word it shortens ("departure": dep)."""
    return tok == part or (len(tok) >= 4 and tok not in STOP and abbreviates(part, tok))


def _idiom_after(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """The word after "a lot" makes it the idiom (a lot of, a lot more, a lot pricier, or nothing)."""
    if i + 1 >= len(tokens):
        return True
    after = tokens[i + 1][0]
    return after in ("of", "more", "less", "than", "better", "worse") or after.endswith(("er", "ier"))


def _same_root(stem: str, heard: set[str]) -> bool:
    """Whether a word said is the stem or shares its root (observed, observations: "observ")."""
    if stem in heard:
        return True
    return len(stem) >= 6 and any(_shared_start(stem, w) >= max(5, len(stem) - 2) for w in heard)


def _shared_start(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


# a year a thing was made in, named by what was done then: not the year the rows' events happened
_MADE_YEAR_PARTS = frozenset(
    {"install", "installed", "built", "build", "construction", "constructed", "birth", "model"}
)


def _calendar_period(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Token i is a calendar period after "each", "per", "by", "every", "which" ("hired each year", "which month").

    Or one pointed at ("that month", "this year", "last month").
    """
    before = ("each", "per", "by", "every", "which", "what", "that", "this", "last", "same")
    return TIME_WORDS.get(tokens[i][0]) is not None and i > 0 and tokens[i - 1][0] in before


VERBS = frozenset(
    {"sell", "sold", "earn", "paid", "pay", "leave", "left", "quit", "invest", "gain"}
    | {"produce", "produced", "producing", "generate", "generated", "generating"}
    | {"use", "used", "consume", "consumed"}
)
# Everyday verbs: "approval take" spells no name (V + AT), as "blood pressure" does (S + BP)
_PLAIN_VERBS = frozenset({"take", "took", "get", "got", "make", "made", "give", "gave", "go", "went", "come", "came"})
_HIGH_WORDS = frozenset({"hot", "hottest", "warm", "warmest", "heat"})
_LOW_WORDS = frozenset({"cold", "coldest", "cool", "coolest"})


def _direction(tok: str, column: Column) -> float:
    """Hot words read a daily maximum (tmax), cold words a minimum, when a frame has both."""
    name = column.name.lower()
    if tok in _HIGH_WORDS and re.search(r"max|high", name):
        return 1
    if tok in _LOW_WORDS and re.search(r"min|low", name):
        return 1
    return 0


# words that make a name another row's ("Parent task", "Previous owner"): never the rows themselves
_RELATIVES = frozenset({"parent", "sub", "previous", "prev", "next", "related", "linked", "original", "child"})
_WHOLE_WORDS = frozenset({"total", "overall", "reported", "direct", "combined", "grand", "all"})
_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "they", "them", "their", "he", "she", "it"})
_PREPOSITIONS = frozenset({"at", "of", "in", "on", "for", "from", "to", "by", "per", "as"})
# Words that place or join others in a sentence: never a short form of a name's word
_LINK_WORDS = frozenset({"during", "between", "since", "until", "through", "throughout", "among", "across", "within"})
_LINK_WORDS |= {"without", "against", "toward", "towards", "before", "after", "around", "about", "above", "below"}


def _part_named(part: str, tok: str) -> bool:
    return (
        tok == part
        or part in SYNONYM_OF.get(tok, ())
        or (len(tok) >= 4 and part.startswith(tok))
        or (len(root(tok)) >= 5 and root(tok) == root(part))
    )


def _scattered(column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """Every part of a longer name said by nearby words, in any order ("the longest sepals": sepal length)."""
    # "at" of sold_at is said by every "at"; the minimum of temp_min is said by "min" (glossary._extremes)
    sig = tuple(p for p in column.significant if p not in STOP or p in _EXTREME_PARTS)
    if len(sig) < 2:
        return []
    spots = []
    for part in sig:
        hits = [
            i
            for i, t in enumerate(tokens)
            if t[0] not in ("of", "the")
            and (_part_named(part, t[0]) or t[0] in _EXTREME_PARTS.get(part, ()))
            # "negative" is only the start of negativereason: no part said whole ("min" of minimum is)
            and (len(part) <= len(t[0]) + 3 or t[0] in _EXTREME_PARTS.get(part, ()))
        ]
        if not hits:
            return []
        spots.append(hits)
    for first in spots[0]:
        chosen = [min(h, key=lambda i: abs(i - first)) for h in spots]
        lo, hi = min(chosen), max(chosen)
        # ("cash and card": two things listed, never one name's parts, Card Sales with "cash" for its sales)
        listed = any(tokens[i][0] in ("and", "or", "vs", "versus") for i in range(lo + 1, hi))
        if len(set(chosen)) == len(sig) and hi - lo <= 3 and chosen != list(range(lo, lo + len(sig))) and not listed:
            # (more of a name's parts said, more surely that name: "serve more paid meals" is Paid Meals Served,
            # not Total Meals Served, whose "total" goes unsaid; still below a name said whole)
            score = 89 + 0.03 * min(len(sig), 4)
            return [Mention(column, tokens[lo][1], tokens[hi][2], score, "", "scattered")]
    return []


# words that ask for a figure as often as they name a column's part ("the average percentage of drivers ...")
_ASKING_PARTS = frozenset({"percentage", "percent", "pct", "share", "proportion", "number", "count", "total", "rate"})


def _parts_apart(tokens: list[tuple[str, int, int]], columns: list[Column]) -> list[Mention]:
    """Words said close together that only one name holds all of, its other parts between or around them.

    "dave score": review_stats_dave_average_score beside review_stats_all_average_score; "4th grade reading
    score": AVG_READING_4_SCORE beside AVG_MATH_4_SCORE and AVG_READING_8_SCORE. A name said in one run is a
    plain partial reading already.
    """
    said = [(re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", t), a, b) for t, a, b in tokens]
    out = []
    for lo in range(len(said)):
        window = said[lo : lo + 4]
        hits: dict[int, list[int]] = {}
        for k, c in enumerate(columns):
            if len(c.significant) < 3:
                continue
            hit = [
                i
                for i, (t, _, _) in enumerate(window)
                if t not in STOP
                and t not in _ASKING_PARTS
                and (len(t) >= 3 or t.isdigit())
                and _part_said(t, c) is not None
            ]
            if len(hit) >= 2 and hit[0] == 0:
                hits[k] = hit
        if not hits:
            continue
        most = max(len(h) for h in hits.values())
        best = [k for k, h in hits.items() if len(h) == most]
        if len(best) != 1:
            continue
        c, hit = columns[best[0]], hits[best[0]]
        parts = [c.significant.index(str(_part_said(window[i][0], c))) for i in hit]
        words_at = [p for p, i in zip(parts, hit, strict=True) if not window[i][0].isdigit()]
        if words_at != sorted(set(words_at)):
            # said in another order ("class passengers" of passenger class): no reading of its own; a number
            # may stand anywhere ("4th grade reading score" of AVG_READING_4_SCORE)
            continue
        if parts == list(range(parts[0], parts[0] + len(parts))) and hit == list(range(len(hit))):
            continue  # said in one run, as the name has it: a plain partial reading
        words = " ".join(window[i][0] for i in hit)
        # three parts said outweigh one word that is a whole part of other names ("grade": GRADES_KG_G ...)
        other = any(stem(window[i][0]) not in c.significant for i in hit)  # ("kids got tested": Children Tested)
        score = (88 if len(hit) == 2 else 92) - (6 if other else 0)
        out.append(Mention(c, window[hit[0]][1], window[hit[-1]][2], score, words, "scattered"))
    return out


def _part_said(token: str, column: Column) -> str | None:
    """The part of a column's name a word says: itself, or the name's first part said by a synonym ("kids")."""
    said = stem(token)
    if said in column.significant:
        return said
    first = column.significant[0] if column.significant else None
    return first if first is not None and first in SYNONYM_OF.get(token, ()) else None


def _skeleton(word: str) -> str:
    """A word's first letter and its later consonants ("rating": rtng), how short forms are written."""
    return word[:1] + re.sub(r"[aeiou]", "", word[1:])


_EXTREME_PARTS = {"minimum": ("min", "minimum"), "maximum": ("max", "maximum")}


# Words that say what to compute, never part of a name spelled by initials ("average council tax" is not ACT).
_ASKING = frozenset(
    stem(w)
    for w in (
        "average",
        "mean",
        "median",
        "total",
        "sum",
        "count",
        "number",
        "plot",
        "show",
        "chart",
        "graph",
        "maximum",
        "minimum",
        "highest",
        "lowest",
        "distribution",
        "compare",
        "correlation",
        "trend",
    )
)


# Name parts that qualify a quantity written right next to them in one word (AVGEXP, TOTPOP, INCOMESQ).
_LEADING = frozenset({"avg", "mean", "tot", "total", "num", "max", "min", "med", "cum", "net", "log", "std"})
_TRAILING = frozenset({"sq", "pct", "avg", "total", "sum", "log", "num", "cnt", "max", "min"})


def _says(part: str, tok: str, loose: bool = False) -> bool:
    """A question word that names a piece of a one-word name: itself, a word it shortens, or a synonym's.

    Loosely (when the other piece is said too), also a word that starts with the piece ("leasers": LEASE).
    """
    if len(tok) < 3 or tok in STOP:
        return False
    synonyms = SYNONYM_OF.get(tok, ())
    return (
        tok == part
        or abbreviates(part, tok)
        or (loose and tok.startswith(part))
        or (len(tok) >= 4 and part.startswith(tok))
        or part in synonyms
        or any(abbreviates(part, s) for s in synonyms)
    )


def _compound(column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A name of two words run together (OWNRENT, AVGEXP) named by the question's words for its pieces.

    Both pieces said by nearby words ("owners and renters") name it well; the head piece alone names it when the
    other piece only qualifies it ("spending" → AVGEXP, average expenditure), less well.
    """
    out: list[Mention] = []
    for part in column.significant:
        if len(part) < 5 or not part.isalpha():
            continue
        if any(t[0] in (part, f"{part}s", f"{part}es") for t in tokens):
            continue  # the part said whole ("reports" of MDR_REPORT_KEY): a word, not "rep" + "ort"
        if part in SYNONYM_OF and len(part) <= 6:
            continue  # a short word of its own ("amount" is no "amo" + "unt", said by "money" and "school")
        for k in range(2, len(part) - 1):
            head, tail = part[:k], part[k:]
            if tail in _ENDINGS:
                continue  # an ending, not a word run on ("charged" is no "char" + "ged" saying "fee" and "made")
            heads = [i for i, t in enumerate(tokens) if len(head) >= 3 and _says(head, t[0])]
            tails = [i for i, t in enumerate(tokens) if len(tail) >= 3 and _says(tail, t[0])]
            loose_heads = [i for i, t in enumerate(tokens) if len(head) >= 3 and _says(head, t[0], loose=True)]
            loose_tails = [i for i, t in enumerate(tokens) if len(tail) >= 3 and _says(tail, t[0], loose=True)]
            pairs = [(i, j) for i in loose_heads for j in loose_tails if 0 < abs(j - i) <= 4]
            if pairs:
                i, j = sorted(pairs[0])
                if any(t[0] not in STOP for t in tokens[i + 1 : j]):
                    j = i  # other words between ("renters spend more than owners"): they stay free for other columns
                out.append(Mention(column, tokens[i][1], tokens[j][2], 86, "", "compound"))
            elif head in _LEADING and tails and part not in known_words():  # ("number" is no "num" + "ber")
                j = tails[0]
                out.append(Mention(column, tokens[j][1], tokens[j][2], 72, tokens[j][0], "compound"))
            elif tail in _TRAILING and heads:
                i = heads[0]
                out.append(Mention(column, tokens[i][1], tokens[i][2], 60, tokens[i][0], "compound"))
    return out


_ENDINGS = frozenset({"ed", "ged", "ted", "red", "ped", "ing", "ings", "er", "ers", "es", "ly", "ment", "ments"})


# Words too common to be read inside a name written as one word ("that" in "thatcher"); request words such as
# "total" or "average" stay, since names say them too (totalyearlycompensation)
_GLUE = frozenset(
    {"with", "from", "what", "that", "this", "have", "each", "many", "much", "than", "over", "into", "your", "their"}
    | {"about", "which", "there", "when", "where", "were", "been", "does", "show", "plot", "between", "correlation"}
)


def _per_named(question: str, column: Column) -> list[Mention]:
    """A rate whose name says both of its words: "cost per km" of cost_km_millions, "goals a game" of goals_per_game."""
    sig = [p for p in column.stems if p not in ("per", "a", "an")]  # units too: "km" of cost_km_millions
    out = []
    for first, second in pairwise(sig):
        per = rf"\b{re.escape(first)}s?\s+(?:per|/|a|an|each)\s+{re.escape(second)}s?\b"
        said = compiled(per, re.I).search(question)
        if said:
            out.append(Mention(column, said.start(), said.end(), 100.6, said.group(), "partial"))
    return out


def _inside_run_on(question: str, column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """Words found inside a long name written as one word: "total comp" of totalyearlycompensation.

    The words are said next to each other, in the name's order; scored by how much of the name they cover.
    """
    sig = column.significant
    if len(sig) != 1 or len(sig[0]) < 10 or not sig[0].isalpha():
        return []
    name = sig[0]
    out = []
    for i in range(len(tokens)):
        at, covered, run = 0, 0, 0
        for tok, _, _ in tokens[i : i + 3]:
            place = name.find(tok, at) if len(tok) >= 4 and tok not in _GLUE else -1
            if place < 0:
                break
            at, covered, run = place + len(tok), covered + len(tok), run + 1
        # one word must be most of the name ("property" is not Propertycount); two or more, a good part of it
        if run and covered >= 5 and covered / len(name) >= (0.35 if run >= 2 else 0.7):
            start, end = tokens[i][1], tokens[i + run - 1][2]
            score = 60 + 30 * covered / len(name) + (10 if run >= 2 else 0)
            out.append(Mention(column, start, end, min(score, 89.0), question[start:end], "partial"))
    return out


def _joined(question: str, column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A name written as one word that the question says as two or three ("copper price": COPPERPRICE).

    A part of a longer name too ("e. coli": EColi of EColi_cfu100ml), read as that part said in full.
    """
    name = re.sub(r"[\W_]+", "", column.name.lower())
    sig = column.significant
    out = []
    for i in range(len(tokens)):
        for n in (2, 3):
            run = tokens[i : i + n]
            if len(run) != n:
                continue
            said = "".join(question[s:e].lower() for _, s, e in run)
            if len(name) >= 6 and said in (name, name + "s"):
                out.append(Mention(column, run[0][1], run[-1][2], 95, question[run[0][1] : run[-1][2]], "name"))
            elif (
                n == 2
                and len(name) >= 5
                and name.isalpha()
                and len(run[0][0]) >= 3
                and name.startswith(run[0][0])
                and 2 <= len(name) - len(run[0][0]) <= len(run[1][0]) - 2
                and run[1][0].startswith(name[len(run[0][0]) :])
            ):  # "work experience": workex, the first word whole and the next cut short
                out.append(Mention(column, run[0][1], run[-1][2], 90, question[run[0][1] : run[-1][2]], "name"))
            elif len(sig) >= 2 and any(len(p) >= 5 and said in (p, p + "s") for p in sig):
                j = next(k for k, p in enumerate(sig) if said in (p, p + "s"))
                score = 60 + 30 / len(sig) - (20 if j < len(sig) - 1 else 0)
                out.append(Mention(column, run[0][1], run[-1][2], score, question[run[0][1] : run[-1][2]], "partial"))
    return out


_CAPITALS = re.compile(r"\b(?P<letters>[A-Z]{2,4})(?:s|'s)?\b")


def _capitals_said(question: str, column: Column) -> list[Mention]:
    """A name of several words said by its initials in capitals: "PRs" of Personal Records (count).

    Only the whole run of the name's words (not one in the middle), and only written in capitals.
    """
    out: list[Mention] = []
    # (a count's unit said beside: "Personal Records (count)")
    sig = [p for p in column.significant if p.isalpha() and p not in ("count", "number", "num", "total")]
    if len(sig) < 2:
        return out
    for said in _CAPITALS.finditer(question):
        if "".join(p[0] for p in sig) == said["letters"].lower():
            out.append(Mention(column, said.start(), said.end(), 86, said.group(), "initials"))
    return out


def _currency(column: Column, code: str, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A currency code named by its currency ("the pound": GBP); a longer name scores higher."""
    out = []
    for name in CURRENCIES.get(code, ()):
        said = name.split()
        for i in range(len(tokens) - len(said) + 1):
            run = tokens[i : i + len(said)]
            if all(same_word(t[0], w) for t, w in zip(run, said, strict=True)):
                out.append(Mention(column, run[0][1], run[-1][2], 85 + min(len(said), 3), "", "initials"))
    return out


def _initials(column: Column, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A short name spelled by the initials of consecutive question words ("hp": horse power, "bp").

    A name of initials with one more letter in front is a kind of what the rest spells ("sbp", "dbp": systolic
    and diastolic blood pressure): the words of the rest name it too, below a full spelling, and equally for
    every such kind, so that the reader asks which one is meant.
    """
    out = []
    for part in column.significant:
        spelled_out = ACRONYMS.get(part, "").split()
        for i in range(len(tokens) - len(spelled_out) + 1) if spelled_out else ():
            run = tokens[i : i + len(spelled_out)]
            # "greenhouse gas": GHG; "blood sugar": BG, blood glucose said in other words
            if all(same_word(t[0], w) or w in SYNONYM_OF.get(t[0], ()) for t, w in zip(run, spelled_out, strict=True)):
                out.append(Mention(column, run[0][1], run[-1][2], 88, "", "initials"))
        tail = spelled_out[1:] if len(spelled_out) >= 3 else []
        for i in range(len(tokens) - len(tail) + 1) if tail else ():
            run = tokens[i : i + len(tail)]
            # "cell count" of SCC (somatic cell count): its last words, its first qualifier unsaid
            if all(same_word(t[0], w) for t, w in zip(run, tail, strict=True)):
                out.append(Mention(column, run[0][1], run[-1][2], 84, "", "initials"))
        if len(column.significant) == 1:  # a column named by the code alone ("USD"), not "usd_amount"
            out.extend(_currency(column, part, tokens))
        qualifiers = ("average", "annual", "daily", "monthly", "weekly", "total", "mean")
        if len(spelled_out) >= 3 and all(w in qualifiers for w in spelled_out[:-1]):
            # "traffic" of AADT (average annual daily traffic): the thing itself, its qualifiers unsaid
            for tok, start, end in tokens:
                if same_word(tok, spelled_out[-1]):
                    out.append(Mention(column, start, end, 80, tok, "initials"))
        head_word = spelled_out[0] if len(spelled_out) >= 3 and spelled_out[1] in ("at", "of") else ""
        if len(spelled_out) >= 4 and not (set(spelled_out[:-1]) <= set(qualifiers)):
            head_word = spelled_out[-1]  # "pressure" of MAWP (maximum allowable working pressure)
        if len(spelled_out) == 2 and spelled_out[0] in ("free", "total", "net", "gross"):
            head_word = spelled_out[-1]  # "chlorine" of a pool's FC (free chlorine), the reading people mean
        for tok, start, end in tokens if head_word else ():
            if same_word(tok, head_word):  # "diameter" of DBH (diameter at breast height)
                out.append(Mention(column, start, end, 78, tok, "initials"))
        if len(spelled_out) >= 3 and spelled_out[-1] in ("index", "score", "rate", "level"):
            # "air quality" of AQI: the thing an index measures, said without the word "index"
            head = spelled_out[:-1]
            for i in range(len(tokens) - len(head) + 1):
                run = tokens[i : i + len(head)]
                if all(same_word(t[0], w) for t, w in zip(run, head, strict=True)):
                    out.append(Mention(column, run[0][1], run[-1][2], 86, "", "initials"))
        if (
            4 <= len(part) <= 5
            and part.isalpha()
            and part not in TIME_WORDS
            and part not in SYNONYM_OF
            and not abbreviates_any(part, ADDITIVE_WORDS)  # "amnt" is amount, not a + "month"
        ):
            # one qualifying letter before a short form ("csat": customer satisfaction, "tsales": total sales);
            # a word in its own right is none ("year" is not y + "earner")
            for i, (tok, start, end) in enumerate(tokens):
                if (
                    tok in STOP
                    or tok in _ASKING
                    or tok in _LINK_WORDS  # "during 2010" is no i + "dur" of IDUR (FRED's Idaho rate)
                    or len(tok) < len(part) + 1
                    or not abbreviates(part[1:], tok)
                ):
                    continue
                if i > 0 and tokens[i - 1][0][0] == part[0] and tokens[i - 1][0] not in STOP:
                    out.append(Mention(column, tokens[i - 1][1], end, 80, "", "initials"))
                elif _skeleton(tok).startswith(_skeleton(part[1:])[:2]):
                    # "satisfaction" of csat, "rating" of brtg; "incident" is no v + "ict" of Vict
                    out.append(Mention(column, start, end, 62, tok, "affix"))
        # "of" of TAX CLASS AT TIME OF SALE spells no "one family" (DO of DO_mgL still spells)
        if not 2 <= len(part) <= 4 or not part.isalpha() or part in _PREPOSITIONS | {"the", "and", "or", "a", "an"}:
            continue
        if part in _SHORT_WORDS:
            continue  # "avg" of AvgTalkDuration is average written short, not initials ("volume going": vg)
        if compiled(rf"\b{part.capitalize()}s\b").search(column.name):
            continue  # a word in the plural (Total Lots): no initials, so "leave out the" spells no "lot"
        # two letters inside a longer name are initials only when written as such ("RestingBP"), not a syllable
        # of a camel-case word ("HasCrCard": "churn rate" spells no Cr)
        camel = compiled(rf"{re.escape(part.capitalize())}(?=[A-Z]|$)").search(column.name) is not None
        for n, spelled, score, via in ((len(part), part, 88, "initials"), (len(part) - 1, part[1:], 70, "affix")):
            if n < 2 or (n == 2 and len(column.significant) > 1 and camel and part == spelled):
                continue
            if via == "affix" and (part in _PLAIN_PARTS or n < 3):
                # ("ytd" is no Y before the initials of "typical donation")
                continue  # "name" is a word, no N before the initials of "average meals expense"
            for i in range(len(tokens) - n + 1):
                run = tokens[i : i + n]
                # an acronym of three or more words may open with a word of asking ("average daily rate": ADR)
                said = run[1:] if n >= 3 and run[0][0] in _ASKING else run
                if (
                    all(len(t[0]) >= 3 for t in run)
                    and all(t[0] not in _ASKING for t in said)
                    # "strongly correlated" spells no SC_H: adverbs and words of analysis are no name's words
                    and not any(t[0] in _ANALYSIS_WORDS for t in run)
                    and (via == "initials" or not any(t[0] in VERBS | _PLAIN_VERBS for t in said))  # no (V)AT
                    and (
                        any(t[0] not in STOP for t in said)
                        if via == "initials"
                        else all(t[0] not in STOP for t in said)
                    )
                    # ("how many board feet" spells no MBF; "the interest cost" still spells TIC)
                    and not (
                        via == "initials"
                        and (
                            said[0][0] in ("many", "much", "more", "most", "how", "what")
                            # ("the strongest winds" spells no SW of High Wind SW: a superlative asks, names nothing)
                            or (len(said[0][0]) >= 6 and said[0][0].endswith("est"))
                            # ("which pasture weans the heaviest" spells no WT: a name's initials end on a word)
                            or said[-1][0] in ("the", "a", "an", "of", "to", "and", "or", "for", "in", "on")
                        )
                    )
                    and "".join(t[0][0] for t in run) == spelled
                ):
                    # three or more words spelled out in full ("click through rate": CTR) beat one of them alone
                    full = score + 4 if via == "initials" and n >= 3 else score
                    if said is not run:  # below a fuller reading of the rest ("average council tax": COUTAX)
                        full = min(full, 84)
                    out.append(Mention(column, run[0][1], run[-1][2], full, "", via))
    return out


_LIKE_BEFORE = frozenset({"look", "looks", "looked", "seem", "seems", "feel", "feels", "sound", "sounds", "just"})
_LIKE_BEFORE |= {"something", "things", "stuff", "more", "much", "would", "i'd", "id", "is", "was", "be"}
_PEOPLE = PERSONS | {"host", "owner", "driver", "author", "seller", "agent", "rep", "doctor", "artist", "person"}
_ORIGIN = frozenset({"start", "origin", "source", "departure", "pickup", "from"})
_DESTINATION = frozenset({"end", "destination", "dropoff", "arrival", "to"})
_FROM = re.compile(
    r"\b(?:ride|rides|rode|riding|start|started|starting|depart\w*|leave|leaving|left|come|came|coming)\s+from\b"
)
_TO = re.compile(
    r"\b(?:end|ends|ended|ending|finish\w*|arriv\w*|go|going|went|ride|rides|rode|riding)\s+(?:up\s+)?(?:at|to)\b"
)


_PLACE_PARTS = frozenset({"latitude", "longitude", "lat", "lng", "lon", "long", "coordinate", "coordinates"})


_TOP_SAID = re.compile(
    r"\b(?:highest|max|maximum|peak(?:ed)?|hottest|warmest|windiest|wettest|strongest|gustiest|fastest|how\s+high)\b",
    re.I,
)
_BOTTOM_SAID = re.compile(r"\b(?:lowest|min|minimum|coldest|coolest|calmest|how\s+low)\b", re.I)
_TOP_PARTS = frozenset({"high", "max", "maximum", "hi", "peak"})
_BOTTOM_PARTS = frozenset({"low", "min", "minimum", "lo"})


def _extreme_twins(question: str, found: list[Mention]) -> list[Mention]:
    """Of a day's high and low of one reading, named alike, the one the question's extreme says.

    "the lowest voltage": Min voltage (V), not Max voltage (V); "the windiest day": Wind Speed High (mph), the
    speed before the gust unless gusts are said; "the hottest year" (a period of days) its mean. An average said
    ("highest average temp") keeps its own column.
    """
    top, bottom = _TOP_SAID.search(question), _BOTTOM_SAID.search(question)
    if (top is None) == (bottom is None) or re.search(r"\b(?:avg|average|mean|typical)\b", question, re.I):
        return found
    want = _TOP_PARTS if top else _BOTTOM_PARTS
    if re.search(r"\b(?:year|month|decade|season|quarter|week)s?\b", question, re.I):
        want = frozenset({"avg", "average", "mean"})  # "the hottest year": a year's mean, not its days' highs
    spans = Counter((m.start, m.end) for m in found if set(m.column.stems) & (_TOP_PARTS | _BOTTOM_PARTS))
    out = []
    for m in found:
        if spans[(m.start, m.end)] >= 2 and m.via != "name":
            if set(m.column.stems) & want:
                m = replace(m, score=m.score + 1)
            if "gust" in m.column.stems and not re.search(r"\bgust", question, re.I):
                m = replace(m, score=m.score - 0.5)
        out.append(m)
    return out


def _base(word: str) -> str:
    """A word without the ending of a verb's forms ("used", "uses": use; "added": add), kept three letters long."""
    m = re.fullmatch(r"(?P<b>[a-z]{3,}?)(?:ing|ed|es|s|d)?", word)
    return m["b"] if m else word


_AVERAGE_SAID = re.compile(
    r"\b(?:avg|average|mean|typical(?:ly)?|usual(?:ly)?|per\s+day|a\s+day|daily|weekdays?)\b", re.I
)


_USE_SAID = re.compile(r"\b(?:use[ds]?|using|usage|consum\w*|draws?|drew|import\w*|bought)\b", re.I)
_BACK_SAID = re.compile(r"\b(?:return\w*|export\w*|feed\w*|fed|sen[dt]\w*\s+back|back\s+to|sold|surplus)\b", re.I)
_BACK_PARTS = frozenset({"returned", "return", "export", "exported", "feedin", "fed", "feed", "sold", "surplus"})


def _used_not_returned(question: str, found: list[Mention]) -> list[Mention]:
    """Energy used is not energy sent back: "how many kwh did we use" is not Total returned energy (Wh).

    And the other way round: "what did we send back to the grid" is the returned one.
    """
    use, back = _USE_SAID.search(question), _BACK_SAID.search(question)
    if (use is None) == (back is None):
        return found
    return [
        replace(m, score=m.score - 1)
        if m.via != "name" and (bool(set(m.column.stems) & _BACK_PARTS) == (use is not None))
        else m
        for m in found
    ]


def _total_before_average(question: str, found: list[Mention]) -> list[Mention]:
    """Of a total and an average a word names alike, the total unless an average is asked for.

    "Which line had the most riders": total_monthly_ridership, not average_monthly_weekday_ridership.
    """
    if _AVERAGE_SAID.search(question):
        return found
    kinds: dict[tuple[int, int], set[str]] = {}
    for m in found:
        stems = set(m.column.stems)
        kinds.setdefault((m.start, m.end), set()).update(
            {"total"} & stems | ({"average"} if stems & {"avg", "average", "mean"} else set())
        )
    # "total weight lifted": Total Volume (lbs) (a weight by its unit) over Avg Weight Per Rep (lbs), the word's own
    # column: an average is not what the word names unless it is asked for
    # (an average said by its whole name is the one asked for: the total keeps its own score there)
    named = {(m.start, m.end) for m in found if m.via == "name"}
    best: dict[tuple[int, int], float] = {}
    for m in found:
        best[(m.start, m.end)] = max(best.get((m.start, m.end), m.score), m.score)
    return [
        replace(m, score=m.score if (m.start, m.end) in named else best[(m.start, m.end)] + 0.05)
        if kinds[(m.start, m.end)] == {"total", "average"} and "total" in m.column.stems and m.via != "name"
        else m
        for m in found
    ]


def _verb_of_a_count(found: list[Mention]) -> list[Mention]:
    """A verb that is a name's first word said ("downloaded" of download_date) yields to the count its noun names.

    "Which package is downloaded the most": the downloads column (a root reading), not the date of a download.
    """
    counts = {(m.start, m.end) for m in found if m.via == "root" and m.column.numeric and not m.column.is_date}
    out = []
    for m in found:
        word = m.word.lower()
        inflected = m.via == "abbreviation" and any(
            word in (f"{p}ed", f"{p}d", f"{p}ing") for p in m.column.significant if len(m.column.significant) >= 2
        )
        out.append(replace(m, score=64) if inflected and (m.start, m.end) in counts else m)
    return out


def _bracketed(column: Column, part: str) -> bool:
    """A name part written in brackets after the rest ("gal" of Fuel (gal)): a unit, not a word of the thing."""
    return f"({part})" in column.name.lower()


def _part_said_apart(tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """Of columns a word names alike, the one whose other part another word says ("energy ... use": kWh Used).

    "How much energy did the road trips use" is kWh Used, not Efficiency (Wh/mi): the verb is the name's.
    """
    spans = Counter((m.start, m.end) for m in found if m.via in ("synonym", "partial", "prefix"))
    out = []
    for m in found:
        if spans[(m.start, m.end)] >= 2 and m.via in ("synonym", "partial", "prefix"):
            said = {_base(t[0]) for t in tokens if t[2] <= m.start or t[1] >= m.end}
            said_here = {_base(w) for w in words(m.word.lower())}
            parts = {_base(p) for p in m.column.significant if len(p) >= 3} - said_here
            if parts & said - {"the", "and", "for", "per", "all", "with", "from", "that", "this"}:
                m = replace(m, score=m.score + 0.03)
            # "what do we charge to tune a grand": Tuning Fee, the fee the verb after "to" names, over Repairs $
            after = [t for t in tokens if t[1] >= m.end][:2]
            if (
                m.via == "synonym"
                and len(after) == 2
                and after[0][0] in ("to", "for")
                and any(
                    shared_start(after[1][0], p) >= max(3, len(after[1][0]) - 1)
                    for p in m.column.significant
                    if len(p) >= 4
                )
            ):
                m = replace(m, score=m.score + 15)
        out.append(m)
    return out


def _direction_said(question: str, found: list[Mention], columns: list[Column]) -> list[Mention]:
    """Of a start and an end column a word names alike, the one a verb of leaving or arriving says.

    "Stations people ride from": StartStation Name, not EndStation Name; a record code (StartStation Id) gives way
    to the name beside it.
    """
    low = question.lower()
    want = _ORIGIN if _FROM.search(low) else _DESTINATION if _TO.search(low) else None
    named = {c.stems[:-1] for c in columns if c.stems and c.stems[-1] in ("name", "title")}
    out = []
    for m in found:
        if m.via in ("partial", "synonym", "prefix"):
            if want is not None and set(m.column.stems) & want:
                m = replace(m, score=m.score + 1)
            if (
                m.column.stems and m.column.stems[-1] in _PLACE_PARTS and m.column.stems[:-1] in named
            ):  # start station latitude beside start station name: "which station" means the name
                m = replace(m, score=m.score - 1)
            if (
                m.column.stems
                and m.column.stems[-1] in CODE_PARTS
                and m.column.stems[:-1] in named
                and not set(m.column.stems[:-1]) & _PEOPLE
            ):  # StartStation Id beside StartStation Name: the name is meant (people share names: host_id stays)
                m = replace(m, score=m.score - 1)
        out.append(m)
    return out


def all_candidates(question: str, catalog: Catalog, frame: str | None) -> list[Mention]:
    """Every reading of every column (of one frame, or of all) that the question's words give."""
    tokens = _tokens(question)
    columns = catalog.of(frame) if frame else catalog.columns
    if any(t[0] in SIDE_WORDS for t in tokens):  # "goals at home": one side's column, not the match's total
        # (a sum the question wrote out stays: "per home planet (roomservice + foodcourt + spa)")
        columns = [c for c in columns if DERIVED not in c.name or c.name.lower() in question.lower()]
    found = [m for c in columns for m in _candidates(question, c)]
    # "got delivered" beside a status column with the value delivered: that value, not "a delivery date is set"
    written = {v.strip().lower() for c in columns if c.categorical for v in c.values}
    found = [
        m
        for m in found
        if not (m.column.formula is not None and m.column.formula[1] == "notna" and m.word.lower() in written)
        # "how much money is owed": never "paid (Marked paid date set)", a yes/no flag read from a date, by a
        # synonym of a word of its name
        and not (m.column.formula is not None and m.column.formula[1] == "notna" and m.via == "synonym")
        # "what defect do we see the most": the labels of Defect Type, not whether one is written
        and not (
            m.column.formula is not None
            and m.column.formula[1] == "notna"
            and re.search(r"\b(?:what|which)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?$", question[: m.start].lower())
            and any(c.name == m.column.formula[0] and c.categorical for c in columns)
        )
        # "happened in the rain" beside a Weather_Condition of Rain: that value, not Precipitation(in) by synonym
        and not (
            m.via == "synonym"
            and m.word.lower() in written
            and re.search(r"\b(?:in|during|under)\s+(?:the\s+)?$", question[: m.start].lower())
        )
    ]
    # "how long do closures usually last" of street_closure_permits: the file's own rows, said in the plural, not
    # their CLOSURE_TYPE (unless a value of it is said: "rip current rescues vs the other rescues")
    if frame:
        found = [
            m
            for m in found
            if not (
                m.via == "partial"
                and m.column.categorical
                and len(m.column.significant) == 2
                and m.column.significant[1] in ("type", "kind", "category", "class", "status")
                and re.search(r"[^s]s$", question[m.start : m.end].lower())  # a plural ("closures"), not "class"
                and " " not in m.word.strip()
                and catalog.names_subject(frame, m.word.lower())
                and not any(len(v) > 2 and v.lower() in question.lower() for v in m.column.values)
            )
        ]
    # "how many miles do guests usually drive on a trip" of a file of trips: "a trip" is each row, not Trip days
    # or Trip price (another column said too)
    if frame:
        each_row = {
            (m.start, m.end)
            for m in found
            if m.via == "partial"
            # (only "on a trip", "in a session": "for each vault", "per count" group by the label)
            and re.search(r"\b(?:on|in|for|during|over)\s+an?\s+$", question[: m.start], re.I)
            and not question[m.start : m.end].lower().endswith("s")
            and catalog.names_subject(frame, m.word.lower())
            and not re.match(r"\s+[a-z]", question[m.end :], re.I)  # (the last word said: "a trip", not "a trip fee")
        }
        if each_row and any((m.start, m.end) not in each_row and m.column.numeric for m in found):
            found = [m for m in found if (m.start, m.end) not in each_row]
    # "average phase 2 award", "how much was awarded": the money of the award (Award Amount), not its title or date
    for tok, start, end in tokens:
        if tok not in MONEY_WORDS or question[start:end].lower().endswith("s"):
            continue  # ("how many awards were set asides": the awards counted, not their money)
        said = _undoubled(root(tok))
        for c in columns:
            if (
                c.numeric
                and not c.id_like
                and not c.is_date
                and set(c.stems) & {"amount", "amt", "value", "usd", "dollar"}
                and said in {_undoubled(root(s)) for s in c.stems}
            ):
                # (the whole of two such parts, amountPaidOnBuildingClaim + …Contents…: "paid out in total")
                summed = c.formula is not None and c.formula[1] == "sum"
                found.append(Mention(c, start, end, 85.5 if summed else 85, tok, "root"))
    # "how often do they find something": contraband_found (Y/N), a mark named by its verb's past ("find" is a
    # request word too, so the readings above never try it)
    for tok, start, end in tokens:
        verb = tok[:-1] if tok.endswith("s") and tok[:-1] in IRREGULAR.values() else tok
        found += [
            Mention(c, start, end, 56, tok, "abbreviation")
            for c in columns
            if (
                (len(c.significant) == 2 and IRREGULAR.get(c.significant[-1]) == verb)
                # ("how many did i actually meet": met_in_person, the verb first and where it was done after it)
                or (
                    len(c.stems) == 3
                    and IRREGULAR.get(c.stems[0]) == verb
                    and c.stems[1] in ("in", "on", "at", "by", "up", "out")
                )
            )
            and not {"left", "lost"} & set(c.significant)
            and c.categorical
            and yes_value(c) is not None
            and not any(m.start == start and m.column == c for m in found)
        ]
    # "top 3 foods i log most often" of loseit_food_entries.csv: the thing the file lists, by its one Name
    plain_names = [c for c in columns if c.categorical and c.stems in (("name",), ("title",))]
    if frame and len(plain_names) == 1:
        for i, (tok, start, end) in enumerate(tokens):
            # (only as a list asked for: "top 3 foods"; "which post", "what food" read the rows as before)
            asked = i > 0 and tokens[i - 1][0].isdigit()
            if asked and catalog.names_subject(frame, tok) and not any(m.start < end and start < m.end for m in found):
                found.append(Mention(plain_names[0], start, end, 57, tok, "synonym"))
    # "what fish do i catch the most": a kind of thing, after a word that asks for a group, names its label
    for i, (tok, start, end) in enumerate(tokens):
        if tok in GROUP_NOUNS and i > 0 and tokens[i - 1][0] in _GROUP_ASKING:
            found += [
                Mention(c, start, end, 58, tok, "synonym")
                for c in columns
                if c.categorical and not c.is_date and set(c.stems) & GROUP_NOUNS[tok]
            ]
    # "how many events did i never look at": a camera's Viewed (Yes/No), the look done ("look" is a stop word)
    for i, (tok, start, end) in enumerate(tokens):
        if tok in ("look", "looked", "looking") and i + 1 < len(tokens) and tokens[i + 1][0] == "at":
            found += [
                Mention(c, start, end, 56, tok, "synonym")
                for c in columns
                if c.categorical and c.significant in (("viewed",), ("seen",)) and yes_value(c) is not None
            ]
    # "the people served" of a pantry's Individuals Served beside its Households Served: people are individuals
    # ("which pantry serves the most people": the verb of its second word a few words before)
    for i, (tok, start, end) in enumerate(tokens):
        if tok not in ("people", "persons"):
            continue
        for c in columns:
            if not (c.numeric and len(c.stems) == 2 and c.stems[0] in ("individual", "person")):
                continue
            near = [t for t in tokens[max(0, i - 3) : i + 2] if t[0] != tok and root(t[0]) == root(c.stems[1])]
            beside = bool(near) and (near[0][2] == start - 1 or near[0][1] > end)
            if beside:
                lo, hi = min(start, near[0][1]), max(end, near[0][2])  # "people served": both words
                found.append(Mention(c, lo, hi, 95, question[lo:hi], "partial"))
            elif near:  # "serves the most people": the people alone, the words between left to the ranking
                found.append(Mention(c, start, end, 95, tok, "partial"))
    # "how much space do emails with attachments take up": Size KB, an amount in bytes, is the space taken
    for tok, start, end in tokens:
        if tok in ("space", "storage", "disk") and not any(m.start < end and start < m.end for m in found):
            found += [
                Mention(c, start, end, 58, tok, "synonym")
                for c in columns
                if c.numeric and not c.id_like and set(c.stems) & _BYTE_UNITS - {"cfs", "cms", "gpm", "mgd", "lps"}
            ]
    # "which school gets the most scholarships" of an Institution column of "State University", "Northern State
    # College": a kind of thing the question asks for, which most of one label's values end with
    for i, (tok, start, end) in enumerate(tokens):
        if i == 0 or tokens[i - 1][0] not in _GROUP_ASKING:
            continue
        if any(m.start < end and start < m.end and m.word for m in found):
            continue  # (a reading as wide as the question, "money" of Award Amount, says nothing of this word)
        if frame and catalog.names_subject(frame, tok):
            continue  # "which car is the heaviest" of cars.csv: the rows themselves
        if any(c.categorical and catalog.names_rows(c) for c in columns):
            continue  # "which game" beside a game's Name: that game, not the Domains "Strategy Games" it is of
        kinds = {stem(tok), *(stem(w) for w in SYNONYM_OF.get(stem(tok), ()))}
        held = [
            c
            for c in columns
            if c.categorical and not c.is_date and not catalog.names_rows(c) and _values_are(c, frozenset(kinds))
        ]
        if len(held) == 1:  # (of a brand and a maker both ending "INC.", the word says neither)
            found.append(Mention(held[0], start, end, 57, tok, "synonym"))
    # "how many trees got planted": the verb names the event, whose record is its date (Planting Date), not the
    # trunk measured then (DBH at Planting) nor the site it was done at
    evented = {(m.start, m.end) for m in found if m.via == "root" and m.column.is_date and m.word.endswith("ed")}
    found = [m for m in found if not (m.via == "root" and not m.column.is_date and (m.start, m.end) in evented)]
    # Day Total Rides, Day Total Vertical: a day's figure written again on each of its rows (Epic Pass' lift rides),
    # named only where a day is said ("my biggest day for vertical"), never by its thing alone ("which lift did i
    # ride the most": the rides are the rows)
    if not re.search(r"\b(?:day|days|daily|per\s+day|a\s+day)\b", question, re.I):
        found = [m for m in found if m.column.stems[:2] not in (("day", "total"), ("daily", "total"))]
    # "how many sales have i had": sales counted, never the money of a sale (itch.io's amount) added up
    found = [
        m
        for m in found
        if not (
            m.via == "synonym"
            and m.column.numeric
            and not m.column.whole_count
            and set(m.column.stems) & {"amount", "amt", "price", "value", "revenue", "cost"}
            and m.word.lower() not in MONEY_WORDS
            and re.search(r"\bhow\s+many\s+$", question[: m.start], re.I)
        )
    ]
    # "the fastest i've gone": a speed kept as a speed (Max Speed (km/h)), not the length of a run's time
    speeds = {(m.start, m.end) for m in found if m.via == "synonym" and set(m.column.stems) & {"speed", "velocity"}}
    found = [
        m
        for m in found
        if not (
            (m.column.clock or set(m.column.stems) & {"time", "duration", "latency", "elapsed"})
            and m.via == "synonym"
            and (m.start, m.end) in speeds
        )
    ]
    # "how often do i watch": each row is a watch, not its time (Watched At); "when did i watch" asks the time
    # (a date said by its verb stays where a time is asked: "which year did i rate the most", "did we receive in 2023")
    if not re.search(
        r"\b(?:when|year|month|week|day|hour|date|time|season|quarter)s?\b|\b(?:19|20)\d\d\b", question, re.IGNORECASE
    ):
        found = [
            m
            for m in found
            if not (
                (m.column.is_date or {m.word.lower() + "ed", m.word.lower() + "d"} & set(m.column.stems))
                and m.via != "name"
                and re.search(r"\b(?:do|does|often)\s+(?:i|we|you|they)\s+$", question[: m.start], re.I)
                # ("how much do we collect per rider": an amount, Fare Collected, not how often it is done)
                and not (
                    m.column.numeric
                    and not m.column.is_date
                    and re.search(r"\bhow\s+much\s+(?:do|does)\s+(?:i|we|you|they)\s+$", question[: m.start], re.I)
                )
            )
        ]
    # "the most recorded species": how often, rows counted, not recordedBy (who recorded them)
    found = [
        m
        for m in found
        if not (
            m.via != "name"
            and m.column.categorical
            and m.word.lower().endswith("ed")
            and re.search(r"\b(?:most|least|more|less|fewest)\s+$", question[: m.start], re.I)
            and re.match(r"\s+[a-z]{3,}", question[m.end :], re.I)
        )
    ]
    # "directions" names Directions actions, where it is written in full, not Direct searches cut short
    found = [
        m
        for m in found
        if not (
            m.via == "abbreviation"
            and any(stem(m.word.lower()) in c.stems for c in columns if c is not m.column)
            and stem(m.word.lower()) not in m.column.stems
        )
    ]

    # "offense groups": OFFENSE_CODE_GROUP says both words as written, so OFFENSE_DESCRIPTION (its other word for
    # "group") is not read from them
    def _said_parts(m: Mention) -> list[str]:
        return [stem(w) for w in re.findall(r"[^\W_]+", m.word.lower())]

    kept: list[Mention] = []
    for m in found:
        parts = _said_parts(m) if m.via == "partial" else []
        literal = [o for o in columns if o is not m.column and len(parts) >= 2 and all(p in o.stems for p in parts)]
        if not literal or all(p in m.column.stems for p in parts):
            kept.append(m)
        elif len(literal) == 1:  # its words, one part left unsaid ("code"): above a reading of the first word alone
            kept = [k for k in kept if not (k.column is literal[0] and k.start == m.start)]
            kept.append(Mention(literal[0], m.start, m.end, 95, m.word, "partial"))
    found = kept
    # A word that is a whole part of some column's name ("runner": Runner OS) is not read as a longer form of a
    # shorter part of another ("run" of Run ID, Tests Run): the column that says the word itself is meant.
    whole = {(m.start, m.end) for m in found if m.via == "partial" and m.word.lower() in m.column.stems}
    found = [m for m in found if not (m.via == "abbreviation" and (m.start, m.end) in whole)]
    found += _parts_apart(tokens, columns)
    # a short form that opens three names or more ("Mnt" of MntWines, MntFruits, MntGoldProds) is the table's
    # prefix for a family of columns, not the word it happens to shorten ("month")
    prefixes = Counter(c.significant[0] for c in columns if len(c.significant) >= 2)
    found = [
        m
        for m in found
        if not (
            m.via == "abbreviation"
            and len(m.column.significant) >= 2
            and prefixes[m.column.significant[0]] >= 3
            and abbreviates(m.column.significant[0], m.word.lower())
            and not any(abbreviates(p, m.word.lower()) for p in m.column.significant[1:])
            # (the word's own family: "windiest" of Wind Speed High, Wind Speed Avg, Wind Gust High)
            and m.column.significant[0] not in SYNONYM_OF.get(m.word.lower(), ())
        )
    ]
    # a running total (Cumulative_cases) is what a loose word means only when nothing else fits: "cases per
    # country" totals the new cases of each day, summing running totals counts them many times over
    # ... and a rank (Happiness Rank) only when asked for: "happiness" is the score the rank orders by
    found = [
        replace(m, score=m.score - 1)
        if m.via != "name" and (_CUMULATIVE | _RANKS) & set(m.column.stems) and not _RANKS & {t[0] for t in tokens}
        else m
        for m in found
    ]
    if any(t[0] in _PACE or t[0] in _SOONER for t in tokens):
        # "triaged quicker": of the columns a word names equally, the one measured in time (Wait to Triage (min))
        found = [
            replace(m, score=m.score + 1) if _TIMED & set(m.column.stems) and m.column.numeric else m for m in found
        ]
    found = [_said_with_time(m, tokens) for m in found]
    # "bags" of Total Bags, Small Bags, Large Bags: the total is what a bare word means, not one of its parts
    # (a breakdown: two parts or more; beside one other kind, "phenols" may mean either and is asked about)
    found = [
        replace(m, score=m.score + 1)
        if m.via == "partial"
        and m.score < 90
        and len(m.column.significant) == 2
        and m.column.significant[0] == "total"
        and len({o.column.name for o in found if o.start == m.start and o.column != m.column}) >= 2
        else m
        for m in found
    ]
    # "which class is the most popular" of Class Date and Class Type: a group is asked for, so the label it names
    # ranks above the date the same word names (each date is no class)
    asked_groups = {
        (m.start, m.end)
        for m in found
        if m.via == "partial"
        and m.column.categorical
        and not m.column.is_date
        and re.search(r"\b(?:which|what)\s+$", question[: m.start], re.I)  # ("per payment": each row, read as before)
    }
    found = [
        replace(m, score=m.score - 1)
        if m.column.is_date and m.via == "partial" and (m.start, m.end) in asked_groups
        else m
        for m in found
    ]
    found = [_qualified_by_synonym(m, tokens) for m in found]
    found = [_counted_noun(m, question) for m in found]
    # "the most runs" of a Run Time written "1:19:02": the runs counted, never the length of one added up
    found = [
        m
        for m in found
        if not (
            m.via == "partial"
            and m.column.clock
            and m.word.lower().endswith("s")
            and m.column.stems[:1] == (stem(m.word.lower()),)
            and _MOST_OF.search(question[: m.start].lower())
        )
    ]
    # "in the 2015 ranking", "the ranking of 2015": the year's edition of the table, no rank column
    found = [
        m
        for m in found
        if not (
            m.word.lower() in ("ranking", "rankings", "list", "edition")
            and (
                re.search(r"\b(?:19|20)\d\d\s+$", question[: m.start])
                or re.match(r"\s+(?:in|of|for)\s+(?:19|20)\d\d\b", question[m.end :])
            )
        )
    ]
    # "avg viewers": Average viewers over Peak viewers, the word before it says which
    found = [
        replace(m, score=m.score + 1)
        if {"average", "avg", "mean"} & set(m.column.stems)
        and m.via != "name"
        and re.search(r"\b(?:avg|average|mean)\s+$", question[: m.start].lower())
        else m
        for m in found
    ]
    # "which 5 products": product_id or product_name, not about_product (a description) nor product_link
    found = [replace(m, score=m.score - 30) if m.via != "name" and _names_nothing(m.column) else m for m in found]
    found = _part_said_apart(tokens, _extreme_twins(question, _direction_said(question, found, columns)))
    found = _used_not_returned(question, _total_before_average(question, found))
    found = _verb_of_a_count(found)
    found += _money(columns, tokens, found)
    found += _size_of_rows(columns, tokens, found)
    found += _busy_rows(columns, tokens, found)
    found += _doers_doing(columns, tokens, found)
    found += _quality_said(columns, tokens, found)
    found += _compared_rows(columns, tokens, found)
    found += _final_of_series(columns, tokens, found)
    found += _scored_total(columns, tokens, found)
    found += _in_currency(question, found)
    found += _sold_for(columns, tokens)
    found += _marked_by_verb(columns, tokens)
    found += _lasted(columns, tokens)
    found += _model_named(columns, tokens)
    # "paid with ewallet", "paid by card": how it was paid (Payment), not the amount paid
    found = [
        m
        for m in found
        if not (
            m.word.lower() in ("paid", "pay", "pays", "paying")
            and m.column.numeric
            and re.match(r"\s+(?:with|by|using|via|through|in\s+cash)\b", question[m.end :].lower())
        )
    ]
    if any(c.name.strip().lower() == "total" and c.numeric for c in columns):
        # "total sales" beside a column called Total: its amounts, not gross income read from "sales" too
        found = [
            m
            for m in found
            if not (
                m.via == "synonym"
                and stem(m.word.lower()) in ("sale", "revenue", "amount", "spend", "spending", "takings")
                and re.search(r"\btotal\s+$", question[: m.start].lower())
            )
        ]
    found += _digits_spelled(columns, tokens)
    found += _outcome_named(columns, tokens, found)
    found += _named_by_values(columns, tokens, found)
    found = _thing_by_its_name(question, found, catalog.rows.get(frame or "", 0))
    found += _counted_things(columns, tokens)
    return _named_twice(found + _misspelt(question, columns, tokens, found))


# Words for the event a table's one yes/no outcome records ("approval rate" of Loan_Status Y/N)
_EVENT_WORDS = frozenset(
    {"approval", "approved", "approve", "acceptance", "accepted", "success", "successful", "conversion", "converted"}
    | {"default", "defaulted", "defaults", "rejection", "rejected", "denial", "denied", "pass", "passed", "failure"}
)
_OUTCOME_PARTS = frozenset({"status", "outcome", "result", "decision", "target", "label", "class", "approved"})


def _outcome_named(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """An event word no column is named by, read as the table's one two-valued outcome ("approval": Loan_Status)."""
    outcomes = [
        c
        for c in columns
        if c.categorical and (c.n_unique or 0) == 2 and _OUTCOME_PARTS & set(c.stems) and not c.id_like
    ]
    if len(outcomes) != 1:
        return []
    taken = {(m.start, m.end) for m in found}
    return [
        Mention(outcomes[0], start, end, 41, tok, "synonym")
        for tok, start, end in tokens
        if tok in _EVENT_WORDS and not any(s <= start < e for s, e in taken)
    ]


_ANALYSIS_WORDS = frozenset({"correlated", "related", "compared", "associated", "linked", "affected", "versus"}) | {
    "strongly",
    "highly",
    "closely",
    "weakly",
    "positively",
    "negatively",
    "most",
    "really",
    "mostly",
}
_DIGIT_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven"}


def _digits_spelled(columns: list[Column], tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A name that spells its digit out ("four_g", "three_g"), said with the digit ("phones with 4g")."""
    out = []
    for tok, start, end in tokens:
        said = re.fullmatch(r"(?P<d>[1-7])(?P<rest>[a-z]{1,3})", tok)
        if said is None:
            continue
        for c in columns:
            if c.stems == (_DIGIT_WORDS[said["d"]], said["rest"]):
                out.append(Mention(c, start, end, 95, tok, "name"))
    return out


def _named_by_values(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """A label named by the words of its values, after a word that groups, when no column's name says it.

    "In each obesity level": NObeyesdad, whose values are Obesity_Type_I, Overweight_Level_II and the like.
    """
    taken = {(m.start, m.end) for m in found}
    out: list[Mention] = []
    for i, (tok, start, end) in enumerate(tokens):
        if len(tok) < 4 or tok in STOP or any(s <= start < e for s, e in taken):
            continue
        if not any(t[0] in _GROUP_ASKING for t in tokens[max(0, i - 2) : i]):
            continue
        if tokens[i - 1][0] in ("which", "what") and not tok.endswith("s") and _kinds_of(columns, tok):
            continue  # "which game has ...": one game, a row; not a label of "Strategy Games", "Family Games"
        holders = [
            c for c in columns if c.categorical and not c.id_like and _value_word_counts(c).get(stem(tok), 0) >= 2
        ]
        if len(holders) == 1:
            out.append(Mention(holders[0], start, end, 44, tok, "synonym"))
    return out


_TIME_UNITS = frozenset({"sec", "s", "ms", "min", "h", "hr", "hrs", "hour", "minute", "second", "day"})
_LENGTH_WORDS = frozenset({"time", "times", "duration", "length"})


def _said_with_time(m: Mention, tokens: list[tuple[str, int, int]]) -> Mention:
    """A length of time named with the word time covers that word too ("wait time" of Wait (sec)).

    The column is measured in a unit of time its name does not say in words, so the "time" after its name is part
    of the same phrase, not a second column (Talk Time (min)).
    """
    stems = m.column.stems
    if m.via not in ("name", "partial") or not m.column.numeric or set(stems) & _LENGTH_WORDS:
        return m
    if not (set(stems) - set(m.column.significant)) & _TIME_UNITS:
        return m
    after = next((k for k, t in enumerate(tokens) if t[1] > m.end), None)
    if after is None or tokens[after][0] not in _LENGTH_WORDS or tokens[after - 1][2] != m.end:
        return m
    return replace(m, end=tokens[after][2], word=f"{m.word} {tokens[after][0]}", score=m.score + 0.5)


@lru_cache(maxsize=1024)  # read for every reading of every question; a column's values do not change
def _names_nothing(column: Column) -> bool:
    """Sentences (a product's description, a review) or web addresses: they name no thing and label no group.

    A product's long name still names the product.
    """
    shown = [v for v in column.values if v.strip()]
    if not shown:
        return False
    if all(v.startswith(("http://", "https://")) for v in shown):
        return True
    if column.kind != "text" or {"name", "title"} & set(column.stems):
        return False
    return sum(len(v.split()) for v in shown) >= 8 * len(shown)


def _kinds_of(columns: list[Column], tok: str) -> bool:
    """A label whose values are kinds of the thing the word says, in the plural at their end ("Strategy Games")."""
    plural = re.compile(rf"(?i)\b{re.escape(tok)}(?:s|es)\b")  # "Strategy Games", "TED Talks Live"
    return any(c.categorical and sum(bool(plural.search(v)) for v in dict.fromkeys(c.values)) >= 2 for c in columns)


@lru_cache(maxsize=1024)
def _value_word_counts(column: Column) -> dict[str, int]:
    """How many of a label's values hold each word, by its stem ("level": 4 of NObeyesdad's values)."""
    counts: dict[str, int] = {}
    for v in dict.fromkeys(column.values):
        for w in {stem(w) for w in re.findall(r"[a-z]+", v.lower())}:
            counts[w] = counts.get(w, 0) + 1
    return counts


_MOST_OF = re.compile(r"\b(?:most|fewest|least|many|number\s+of|count\s+of)\s+(?:\w+\s+)?$")


def _counted_noun(m: Mention, question: str) -> Mention:
    """A count named "<noun> count" (rating_count_tot) for "the most ratings", over columns of their values."""
    stems = m.column.significant
    word = m.word.lower()
    if (
        m.via != "partial"
        or not word.endswith("s")
        or not m.column.numeric
        or len(stems) < 2
        or stems[0] != stem(word)
        or stems[1] not in _COUNT_PARTS
        or not _MOST_OF.search(question[: m.start].lower())
    ):
        return m
    whole = set(stems[2:]) <= {"tot", "total", "all", "overall"}  # rating_count_tot over rating_count_ver
    return replace(m, score=max(m.score, 77.0 if whole else 76.0))


_TAKEN_WORDS = frozenset({"revenue", "revenues", "takings", "turnover"})


_LASTING = frozenset({"long", "longest", "longer", "short", "shortest", "shorter", "last", "lasts", "lasted"})


def _lasted(columns: list[Column], tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """How long each row lasted, kept as the hours it actually took: "longest fast" of Zero's Actual Hours.

    Only where no column is named for a length (Duration, Length), and only the hours that were (Actual, Elapsed),
    never the ones aimed at (Goal Hours).
    """
    if any(set(c.stems) & {"duration", "length", "runtime"} for c in columns):
        return []
    taken = hours_taken(columns)
    if len(taken) != 1:
        return []
    return [Mention(taken[0], start, end, 50, tok, "synonym") for tok, start, end in tokens if tok in _LASTING]


def _marked_by_verb(columns: list[Column], tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A yes/no mark named by its verb: "how many times did it skip" of Skipped (Yes/No), over Skip Reason."""
    out: list[Mention] = []
    for tok, start, end in tokens:
        if len(tok) < 3:
            continue
        pasts = (tok + "ed", tok + "d", tok + tok[-1] + "ed")
        for c in columns:
            if len(c.stems) == 1 and c.stems[0] in pasts and (c.flag or (c.categorical and c.n_unique == 2)):
                out.append(Mention(c, start, end, 56, tok, "abbreviation"))
    return out


def _years_only(column: Column) -> bool:
    """Whole numbers between 1800 and 2100 only: years, never money."""
    low, high = column.low, column.high
    if column.year_like:
        return True
    return low is not None and high is not None and 1800 <= low <= high <= 2100 and float(low).is_integer()


def _money(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """A money word no column is named by ("how much did we spend") names the columns that hold money.

    A currency mark in the name says a column holds money; a price or rate per unit ("Price/Gal ($)") is not
    an amount spent. Every such column is named equally, so that two of them make the reader ask.
    """
    amounts = [
        c
        for c in columns
        if c.numeric
        and CURRENCY.search(c.name)
        and not set(c.stems) & TAXES  # VAT (£) is a part of what was spent, not the spend
        and "balance" not in c.stems  # Balance (GBP) is what is left, never what moved
        and not any(s in NOT_ADDITIVE_WORDS for s in c.stems)
        and not re.search(r"/|\bper\b", c.name, re.IGNORECASE)
    ] or [  # no currency mark: a column of amounts paid ("amt", "total", "payment")
        c
        for c in columns
        if c.numeric
        and not c.id_like
        and any(s in PAID or (len(s) >= 3 and abbreviates_any(s, PAID)) for s in c.significant)
        and not _years_only(c)  # (EndConsume 2009 … 2057, a year to drink a wine by: "end" is no expenditure)
        and not any(stem(s) in _TIME_PARTS for s in c.significant)  # TotalWorkingYears counts years, not money
    ]
    # of those, the ones whose values carry a currency mark (BrickLink's Order Total "US $10.90", not Total Lots)
    marked = [c for c in amounts if c.numeric_text and any(CURRENCY.search(str(v)) for v in c.values[:5])]
    if not any(CURRENCY.search(c.name) for c in amounts):
        amounts = marked or amounts
    # Amount in g or pieces beside a Price: how much, not money ("spent" is the price times it, kinds.money)
    amounts = [c for c in amounts if not stock_amount(c, columns)]
    # with no amount paid, "what did i pay for a bordeaux" is the one price (CellarTracker's Price per bottle)
    prices = [c for c in columns if c.numeric and not c.id_like and set(c.stems) & {"price", "cost"}]
    paid_price = prices if len(prices) == 1 and not amounts else []
    # Total Cost beside Direct Cost, Indirect Cost and Total Cost (Sub Projects): the plain total is the money
    # (and Total costs($) beside one column per service: the total of them all)
    # (and a plain Total (£) beside Extras (£): the whole of what each row brought in)
    totals = sorted((c for c in amounts if "total" in c.stems), key=lambda c: len(c.stems))
    grand = [c for c in totals if "grand" in c.stems]
    if len(grand) == 1:  # Grand Total beside Order Total: the grand total is all of it (shipping, charges)
        totals = grand
    named = set(totals[0].significant) - {"total"} if totals else set()
    if (len(totals) == 1 and (len(amounts) >= 3 or not named)) or (
        len(totals) > 1
        and len(totals[0].stems) < len(totals[1].stems)
        and len(amounts) >= 3
        and named
        and all(set(c.significant) & named for c in amounts)
    ):
        amounts = totals[:1]
    # money taken in ("revenue", "takings") when no column is named so: the one column of amounts taken on each
    # row (total_price, Amount), not a price per unit, which only a quantity turns into money (kinds.money)
    taken = [
        c
        for c in columns
        if c.numeric and c.additive and not c.id_like and set(c.significant) & {"total", "amount", "payment", "paid"}
    ]
    if len(taken) > 1:  # BigCommerce: of Tax Total, Refund Amount, Total Quantity and Order Total (inc/ex tax)
        whole = with_tax_first(whole_amounts(taken))
        taken = whole if len(whole) == 1 else taken
    # BASE_PAY, PEAK_PAY, TIP_AMOUNT and TOTAL_PAY: the total is the money, the others its parts
    whole = [c for c in amounts if "total" in c.stems and len(c.significant) <= 3]
    if len(amounts) >= 2 and len(whole) == 1:
        named = set(whole[0].significant) - {"total"}
        if all(c is whole[0] or set(c.significant) & named or set(c.stems) & SIDE_CHARGES for c in amounts):
            amounts = whole
    out: list[Mention] = []
    # "how much have i paid in fees", "spent on tips": the charge's own column is the money asked about
    if any(m.score >= 90 and m.column.numeric and set(m.column.stems) & SIDE_CHARGES for m in found):
        return out
    for i, (tok, start, end) in enumerate(tokens):
        counted = i >= 2 and (tokens[i - 2][0], tokens[i - 1][0]) in _COUNTING  # "how many sales": rows
        # "sales channel", "sales rep": the word says which channel, the name after it is what is meant
        counted = counted or (i + 1 < len(tokens) and any(m.start == tokens[i + 1][1] and m.score >= 90 for m in found))
        # "how much did we sell": the money taken, as "sales" is ("how many did we sell" counts)
        sold = tok in ("sell", "sold", "selling") and any(
            (tokens[k][0], tokens[k + 1][0]) == ("how", "much") for k in range(max(0, i - 6), i - 1)
        )
        if (
            (tok in _TAKEN_WORDS or (tok in ("sale", "sales") and not counted) or sold)
            and len(taken) == 1
            and not any(m.start == start and m.score > 52 for m in found)
        ):
            out.append(Mention(taken[0], start, end, 52, tok, "synonym"))
            continue
        # "how much have i made", "how much did i earn": money taken in, said by a verb
        made = tok in _MADE_WORDS and any(
            (tokens[k][0], tokens[k + 1][0]) == ("how", "much") for k in range(max(0, i - 6), i - 1)
        )
        # ("the most funding" beside a label Funding IC(s), named only in part: the money, not the label)
        labels = [m for m in found if m.start == start and m.column.categorical and m.via == "partial" and m.score < 60]
        # "the average price of the gifts i bought" where no column holds a price: each row's amount paid
        priced = tok in ("price", "prices") and not any(set(c.stems) & _PRICE_STEMS for c in columns)
        # "the average charge at restaurants": a card's charges are money, where no column says what is charged
        # or exempt from charges (PaymentExempt: "exempt from prescription charges" names that flag)
        charged = tok in ("charge", "charges") and not any(set(c.stems) & _CHARGED_STEMS for c in columns)
        if (tok not in MONEY_WORDS and not made and not priced and not charged) or any(
            m.start == start and m.score > 52 and m.via != "time" and not m.column.id_like and m not in labels
            for m in found
        ):
            continue
        # money spent is never money taken in ("which state spent the most": expenditure, not TOTAL_REVENUE)
        spent = tok in _SPENT_WORDS
        score = max([52.0, *(m.score + 1 for m in labels)])
        # ("how much have we spent" beside Spend, Total conversions and Total order value: the spend itself)
        own = [c for c in amounts if spent and set(c.stems) & _SPENT_WORDS]
        out += [
            Mention(c, start, end, score, tok, "synonym")
            for c in own or amounts or (paid_price if tok in ("pay", "paid", "pays", "paying") else [])
            if not (spent and set(c.stems) & (_TAKEN_WORDS | {"income", "sale", "earning", "profit"}))
        ]
    return out


_MONEY_UNITS = frozenset({"usd", "eur", "gbp", "chf", "jpy", "thousand", "million", "billion", "k"})
_MADE_WORDS = frozenset({"made", "make", "earn", "earned", "earning", "earnings"})
# "how much have i gotten in dividends", "how much did we receive": money taken in, after "how much" only
_MADE_WORDS |= {"gotten", "got", "get", "receive", "received", "collect", "collected"}
_MADE_WORDS |= {"gross", "grossed", "bring", "brought"}  # "how much did we gross", "bring in"
_MADE_WORDS |= {"given", "gave", "give", "awarded", "handed", "distributed"}  # "how much was given out"
_CHARGED_STEMS = frozenset({"exempt", "exemption", "charge", "charged", "chargeable", "free"})
_PRICE_STEMS = frozenset({"price", "cost", "fare", "fee", "msrp", "rate", "value", "charge"})
_SPENT_WORDS = frozenset({"spend", "spent", "spending", "spends", "expense", "expenses", "outlay", "cost", "costs"})


_IN_CURRENCY = re.compile(r"\bin\s+(?:us\s+)?(?P<c>dollars?|usd|\$|pounds?|gbp|sterling|euros?|eur)\b", re.IGNORECASE)
_CURRENCY_MARKS = {"d": r"usd|\$|dollar", "u": r"usd|\$|dollar", "$": r"usd|\$|dollar", "p": r"gbp|£|pound"}
_CURRENCY_MARKS |= {"g": r"gbp|£|pound", "s": r"gbp|£|pound", "e": r"eur|€|euro"}


def _in_currency(question: str, found: list[Mention]) -> list[Mention]:
    """Of the columns a word names, the one kept in the currency said after it ("median goal in dollars")."""
    said = _IN_CURRENCY.search(question)
    if said is None:
        return []
    marks = re.compile(rf"(?:^|[^a-z])(?:{_CURRENCY_MARKS[said['c'][0].lower()]})", re.IGNORECASE)
    out = []
    for m in found:
        if m.end <= said.start() and marks.search(m.column.name) and m.column.numeric:
            out.append(replace(m, score=max(m.score, 100) + 1))  # above the bare name said in another currency
    return out


_COUNT_PARTS_OF = frozenset({"count", "num", "number", "n", "no", "cnt"})


def _counted_things(columns: list[Column], tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A number of things ("fewer than 10 ratings"): the column that counts them (ratings_count), not a rating."""
    out = []
    for i, (tok, start, end) in enumerate(tokens):
        if i == 0 or not tokens[i - 1][0].replace(".", "").isdigit():
            continue
        if i >= 2 and tokens[i - 2][0] in ("top", "bottom", "first", "last", "best", "worst"):
            continue  # "top 5 vendors": five of them ranked, not a number of vendors
        counts = [
            c
            for c in columns
            if c.numeric
            and not c.id_like  # Vendor Number beside Vendor Name numbers the vendor, it counts nothing
            and len(c.stems) == 2
            and tok in c.stems
            and set(c.stems) - {tok} <= _COUNT_PARTS_OF
        ]
        if len(counts) == 1:
            out.append(Mention(counts[0], start, end, 95, tok, "partial"))
    return out


_MODEL_BEFORE = frozenset({"which", "each", "per", "every", "by", "common", "popular", "frequent", "what"})


def _model_named(columns: list[Column], tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """The label naming each model (Car_Name, Model) for "which model is listed most often", not a fitted model.

    Only where "model" is asked about as a thing ("which model", "per model", "the most common model").
    """
    labels = [c for c in columns if c.categorical and c.stems and c.stems[-1] in ("name", "model")]
    if len(labels) != 1:
        return []
    return [
        Mention(labels[0], start, end, 58, tok, "synonym")
        for i, (tok, start, end) in enumerate(tokens)
        if tok == "model" and i > 0 and tokens[i - 1][0] in _MODEL_BEFORE
    ]


_GROUPING_BEFORE = re.compile(r"\b(?:which|what|top|bottom|each|per|by|every|most|least|\d+)\b(?:\s+[\w-]+){0,3}\s*$")


def _qualified_by_synonym(m: Mention, tokens: list[tuple[str, int, int]]) -> Mention:
    """A word before a partial reading that is a synonym of the name's unsaid part ("main fur colour": Primary)."""
    if m.via != "partial":
        return m
    before = [t for t in tokens if t[2] <= m.start]
    if not before or m.start - before[-1][2] > 1:
        return m
    word = before[-1][0]
    said = {stem(w) for w in words(m.word)}
    unsaid = [p for p in m.column.significant if p not in said]
    if any(p in SYNONYM_OF.get(word, ()) for p in unsaid):
        return replace(m, start=before[-1][1], score=m.score + 5)
    return m


def _thing_by_its_name(question: str, found: list[Mention], rows: int) -> list[Mention]:
    """A thing that opens several names ("pizzas": pizza_id, pizza_size, pizza_name) is its name label.

    "top 3 pizzas" ranks pizza_name when pizza_id numbers the rows (one per row) and size or category is
    something a pizza has. An id that repeats (host_id of many listings) stays: names repeat across hosts.
    """

    def numbers_rows(c: Column) -> bool:
        if c.n_unique is not None:
            return c.n_unique >= 0.95 * rows
        # a running number 1..N over N rows; a sparse code (host_id 2787 … 274321313) may repeat
        return c.low is not None and c.high is not None and 0.95 * rows <= c.high - c.low + 1 <= 1.05 * rows

    if any(
        m.via == "partial"
        and m.column.id_like
        and len([s for s in m.column.stems if s not in CODE_PARTS]) == 1
        and not numbers_rows(m.column)
        for m in found
    ):
        return found
    named = {
        (m.start, m.end)
        for m in found
        if m.via == "partial"
        and m.column.categorical
        and len(m.column.significant) == 2
        and m.column.significant[1] in ("name", "title")
        and stem(m.word.lower()) == stem(m.column.significant[0])
        and sum(o.start == m.start and o.via == "partial" for o in found) >= 2
        and _GROUPING_BEFORE.search(question[: m.start].lower())  # "which pizza", "top 3 pizzas"; not "% of players"
    }
    return [
        replace(m, score=m.score + 4)
        if (m.start, m.end) in named and m.via == "partial" and m.column.significant[1:] in (("name",), ("title",))
        else m
        for m in found
    ]


def _sold_for(columns: list[Column], tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """The price things sell for (Selling_Price in "do diesel cars sell for more"), not who sells (Seller_Type)."""
    prices = [c for c in columns if c.numeric and "price" in c.stems]
    selling = [c for c in prices if any(s.startswith(("sell", "sale", "sold")) for s in c.stems)]
    chosen = selling or prices
    if len(chosen) != 1:
        return []
    out = []
    for i, (tok, start, _) in enumerate(tokens[:-1]):
        if tok in ("sell", "sold", "sells", "selling", "go", "went", "fetch") and tokens[i + 1][0] == "for":
            out.append(Mention(chosen[0], start, tokens[i + 1][2], 60, f"{tok} for", "synonym"))
    return out


_BIG = frozenset({"big", "bigger", "biggest", "large", "larger", "largest", "small", "smaller", "smallest"})
_SIZE = frozenset({"size", "area", "magnitude", "mag", "volume", "scale"})
_GIRTH = frozenset({"diameter", "dbh", "girth", "circumference"})


def _size_of_rows(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """How big a row is ("bigger fires", "deeper quakes bigger ones"), its one column of size (area, mag).

    Only when the word after the size word names no column (it names the rows) and one numeric column holds a
    size; "the biggest sales" stays with sales.
    """
    sized = [c for c in columns if c.numeric and not c.id_like and c.stems and c.stems[-1] in _SIZE]
    if not sized:  # ("bigger trees": a tree inventory's DBH (in), its trunk's diameter, the one size it keeps)
        sized = [c for c in columns if c.numeric and not c.id_like and set(c.significant) & _GIRTH]
    if len(sized) != 1:
        return []
    out = []
    for i, (tok, start, end) in enumerate(tokens[:-1]):
        after = tokens[i + 1]
        named = any(m.start <= after[1] < m.end and m.score >= 50 for m in found)
        if tok in _BIG and not named and (after[0] not in STOP or after[0] == "one"):
            out.append(Mention(sized[0], start, end, 50, tok, "synonym"))
    return out


# (comparatives only: "the busiest month" counts the rows, "a busier pool" has more bathers)
_BUSY = frozenset({"busier", "quieter", "crowded", "packed"})
_CROWD_STEMS = frozenset(
    {"count", "attendance", "headcount", "crowd", "bather", "visitor", "guest", "patron", "ticket"}
)


def _quality_said(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """A measure said by its adjective after more or less: "more tolerant bugs" of a Tolerance Value."""
    out = []
    for i, (tok, start, end) in enumerate(tokens):
        if i == 0 or tokens[i - 1][0] not in ("more", "less", "most", "least") or not tok.endswith(("ant", "ent")):
            continue
        if len(tok) < 7 or any(m.start <= start < m.end for m in found):
            continue
        noun = tok[:-1] + "ce"  # tolerant: tolerance, resilient: resilience
        hits = [c for c in columns if c.numeric and not c.id_like and noun in c.stems]
        if len(hits) == 1:
            out.append(Mention(hits[0], start, end, 60, tok, "affix"))
    return out


def _doers_doing(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """A count of people named by what they do, said by the doing: "ended up swimming" of a raft's Swimmers."""
    out = []
    for tok, start, end in tokens:
        if not tok.endswith("ing") or len(tok) < 6 or any(m.start <= start < m.end for m in found):
            continue
        base = tok[:-3]
        doers = {f"{base}er", f"{base}ers", f"{base[:-1]}er" if len(base) > 3 and base[-1] == base[-2] else ""}
        hits = [
            c
            for c in columns
            if c.numeric
            and not c.id_like
            and c.whole_count
            and len(c.stems) == 1
            and c.name.lower() in {*doers, *(d + "s" for d in doers if d)} - {""}
        ]
        if len(hits) == 1:
            out.append(Mention(hits[0], start, end, 60, tok, "affix"))
    return out


def _busy_rows(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """How busy a row was ("does a busier pool mean less chlorine"): its one count of the people there.

    Only where no column is named by the word itself and one numeric column counts people (Bather Count).
    """
    # ("does colder weather bring more people in": more of them, the people a row counts)
    busy = {
        i
        for i, (tok, _, _) in enumerate(tokens)
        if tok in _BUSY
        or (tok in ("people", "folks") and i > 0 and tokens[i - 1][0] in ("more", "fewer", "less"))
        # ("do live shows pull bigger crowds": the people a show drew, its tickets)
        or (tok in ("crowd", "crowds") and i > 0 and tokens[i - 1][0] in ("bigger", "larger", "smaller", "more"))
        # ("on average how many people came in per night": a night's guests, a count the row keeps)
        or (
            tok in ("people", "folks", "guests")
            and i > 0
            and tokens[i - 1][0] == "many"
            and i + 1 < len(tokens)
            and tokens[i + 1][0] in ("came", "come", "comes", "checked", "showed", "stayed", "visited", "attended")
        )
    }
    # ("do warmer days bring out more of them" of a survey's Count: more of what the rows count)
    of_them = [
        i
        for i, (tok, _, _) in enumerate(tokens[:-2])
        if tok in ("more", "fewer") and tokens[i + 1][0] == "of" and tokens[i + 2][0] in ("them", "those", "these")
    ]
    # ("are more tolerant bugs found in bigger numbers": the Count)
    of_them += [
        i - 1
        for i, (tok, _, _) in enumerate(tokens)
        if i > 0
        and tokens[i - 1][0] in ("bigger", "larger", "greater", "higher", "smaller")
        and tok in ("number", "numbers")
    ]
    counted = [c for c in columns if c.numeric and not c.id_like and c.stems in (("count",), ("number",), ("total",))]
    if of_them and len(counted) == 1 and not busy:
        at = of_them[0]
        start, end = tokens[at][1], tokens[at + (1 if tokens[at + 1][0] in ("number", "numbers") else 2)][2]
        return (
            []
            if any(m.start <= start < m.end for m in found)
            else [Mention(counted[0], start, end, 50, "more of them", "synonym")]
        )
    if not busy:
        return []
    # (people said: a count of people by their name, not any Count; a busier place: its one count of visits)
    kinds = _CROWD_STEMS - {"count"} if any(tokens[i][0] not in _BUSY for i in busy) else _CROWD_STEMS
    crowds = [
        c
        for c in columns
        if c.numeric
        and not c.id_like
        and not c.is_date
        and set(c.stems) & (kinds | PERSONS)
        and not set(c.stems) & {"percent", "pct", "rate", "avg", "average", "price", "fee", "cost", "revenue"}
    ]
    if len(crowds) != 1:
        return []
    return [
        Mention(crowds[0], start, end, 50, tok, "synonym")
        for i, (tok, start, end) in enumerate(tokens)
        if i in busy and not any(m.start <= start < m.end for m in found)
    ]


# Comparatives that say which measure differs ("wetter doughs": Hydration %, "go faster": Time (s)), each with
# the name parts of the columns it reads, the first tier that holds a column wins
_COMPARED = (
    (frozenset({"wetter", "drier", "dryer", "damper", "soggier"}), ({"hydration", "moisture", "humidity", "wetness"},)),
    (
        frozenset({"faster", "slower", "quicker", "fastest", "slowest", "quickest"}),
        ({"speed", "mph", "kph", "pace", "velocity"}, {"time", "second", "sec", "secs", "seconds", "duration"}),
    ),
    (frozenset({"looking", "prettier", "nicer-looking", "better-looking"}), ({"appearance", "look", "looks"},)),
    (frozenset({"deeper", "shallower", "deepest", "shallowest"}), ({"depth", "deep"},)),
    (frozenset({"tastiest", "tastier", "tasty"}), ({"taste", "flavor", "flavour"},)),
    (frozenset({"louder", "loudest"}), ({"db", "dba", "decibel", "noise", "loudness"},)),
)


def _compared_rows(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """A comparative said of the rows ("do wetter doughs get better ratings"): the one column it measures by.

    Only where the word names no column itself and one numeric column of the first tier that has any answers.
    """
    out = []
    for tok, start, end in tokens:
        if any(m.start <= start < m.end for m in found):
            continue
        for words_, tiers in _COMPARED:
            if tok not in words_:
                continue
            for tier in tiers:
                held = [
                    c for c in columns if c.numeric and not c.id_like and not c.is_date and set(c.significant) & tier
                ]
                # (not beside the column's own name: "the fastest time" names Time (s) once, by "time")
                named_next = len(held) == 1 and any(m.column == held[0] and 0 <= m.start - end <= 1 for m in found)
                if held:
                    if len(held) == 1 and not named_next:
                        out.append(Mention(held[0], start, end, 50, tok, "synonym"))
                    break
    return out


def _final_of_series(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """The last of a numbered family said "final" beside another of it ("the day 7 count ... the final count").

    Germinated Day 7 and Germinated Day 14 are one count taken twice: the final one is the highest number's.
    """
    said = [(start, end, tok) for tok, start, end in tokens if tok in ("final", "last", "ending")]
    if not said:
        return []
    families: dict[tuple[str, ...], list[tuple[int, Column]]] = {}
    for c in columns:
        numbers = [int(s) for s in c.stems if s.isdigit()]
        if c.numeric and len(numbers) == 1:
            families.setdefault(tuple(s for s in c.stems if not s.isdigit()), []).append((numbers[0], c))
    out = []
    for members in families.values():
        if len(members) < 2 or not any(m.column in [c for _, c in members] for m in found):
            continue
        last = max(members, key=lambda nc: nc[0])[1]
        for start, end, tok in said:
            if not any(m.start <= start < m.end for m in found):
                out.append(Mention(last, start, end, 60, tok, "synonym"))
    return out


def _scored_total(columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]) -> list[Mention]:
    """What was scored on a judging sheet ("which category scored highest"): its Total, when no column is a score.

    A sheet of Creativity (30), Presentation (30) and Total (100): the total is each row's score.
    """
    said = [(start, end, tok) for tok, start, end in tokens if tok in ("scored", "score", "scores", "scoring")]
    if not said or any({"score", "rating", "points", "pts"} & set(c.stems) for c in columns if c.numeric):
        return []
    # (the total itself, Total (100): not a wine's total sulfur dioxide)
    totals = [
        c
        for c in columns
        if c.numeric
        and not c.id_like
        and tuple(p for p in c.significant if not p.isdigit()) in (("total",), ("overall",))
    ]
    if len(totals) != 1:
        return []
    return [
        Mention(totals[0], start, end, 50, tok, "synonym")
        for start, end, tok in said
        if not any(m.start <= start < m.end for m in found)
    ]


def _named_twice(found: list[Mention]) -> list[Mention]:
    """A loose reading (a synonym) of a column that another word of the question names too beats its equals.

    "left more than an hour late": late names both delays, left names only the departure one, so late means it.
    """
    out = []
    for m in found:
        if m.via == "synonym" and any(
            o.column == m.column
            and o.via != "time"
            and (o.end <= m.start or m.end <= o.start)
            and stem(o.word.lower()) != stem(m.word.lower())
            for o in found
        ):
            m = replace(m, score=m.score + 1)
        out.append(m)
    return out


# A misspelt name part ("salery", "departmnet", "temprature") -------------------------------------------------------

_MISSPELT_SCORE = 20  # below every reading of a word as written: a word read otherwise is never a misspelling


def edit_distance(a: str, b: str, most: int) -> int:
    """Damerau–Levenshtein distance (optimal string alignment), or `most + 1` for anything above `most`.

    Each insertion, deletion, substitution or swap of two adjacent letters counts one. Written here: no
    edit-distance library (rapidfuzz, jellyfish) is a dependency, and two short words need no more.
    """
    if abs(len(a) - len(b)) > most:
        return most + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        now = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            now[j] = min(now[j - 1] + 1, row[j] + 1, row[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                now[j] = min(now[j], before[j - 2] + 1)
        if min(now) > most:
            return most + 1
        before, row = row, now
    return min(row[-1], most + 1)


@cache
def known_words() -> frozenset[str]:
    """Words the reader knows as something else: request words, synonyms, time, unit, money and person words.

    Besides the tables here, the words of the request patterns and word lists of the modules that read requests
    (parse, request, the kinds): a word the reader reads a request by ("quartile", "outliers") is never a misspelt
    column name, and one added to a pattern later is covered without a list to keep in step.
    """
    from importlib import import_module  # those modules import this one: read them once all are loaded

    from . import kinds

    known = set(STOP | SYNONYM_OF.keys() | TIME_WORDS.keys() | MONEY_WORDS | PAID | PERSONS | VERBS | _ASKING | _PACE)
    known |= {w for group in UNIT_QUANTITY.values() for w in group} | ORDER_WORDS | ADDITIVE_WORDS
    known |= NOT_ADDITIVE_WORDS | _HIGH_WORDS | _LOW_WORDS | _LEADING | _TRAILING
    modules = [import_module(f"{__package__}.{name}") for name in ("parse", "request", "analyst")]
    for module in [*modules, *kinds.KINDS.values()]:
        for name, value in vars(module).items():
            if not name.startswith("__"):
                known |= _words_in(value)
    return frozenset(known)


def _words_in(value: object) -> set[str]:
    """The words of five or more letters in a pattern, a string or a collection of strings."""
    if isinstance(value, re.Pattern):
        value = value.pattern
    if isinstance(value, str):
        return set(re.findall(r"[a-z]{5,}", re.sub(r"\\[a-zA-Z]|\(\?P<\w+>", " ", value.lower())))
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, list | tuple | set | frozenset):
        return {w for v in value for w in _words_in(v)}
    return set()


def _misspelt(
    question: str, columns: list[Column], tokens: list[tuple[str, int, int]], found: list[Mention]
) -> list[Mention]:
    """A word of five or more letters that is no known word and names no column, one edit from a column's name.

    "avg maths score by shcool", "the avrage salery by departmnet": one letter added, dropped, changed, or two
    swapped (two edits in a word of nine or more letters). Every column equally close is read, equally, so that
    two of them make the reader ask; a word that is a value of a column ("Londn" aside) is that value, not a typo.
    """
    out: list[Mention] = []
    known = known_words()
    for tok, start, end in tokens:
        said = question[start:end].lower()
        if len(said) < 5 or not said.isalpha() or tok in known or said in known:
            continue
        if any(m.start < end and start < m.end for m in found):
            continue  # the word names a column as written
        if any(said in v.lower() for c in columns for v in c.values):
            continue  # a value ("Paris"), or part of one
        near: dict[Column, tuple[int, bool]] = {}
        for c in columns:
            if c.id_like:
                continue  # a record code is asked for by its name ("employer" is not EmployeeID)
            whole = re.sub(r"[\W_]+", "", c.name.lower())
            heads = {whole, c.significant[-1] if c.significant else whole}
            forms = {*c.significant, *c.stems, *words(c.name), whole}
            # a short part is one slip from too many words ("wines": wind), and a slip rarely hits the first letter
            # ("flights" is not light, nor "comes" home)
            for f in (f for f in forms if len(f) >= 5 and f[0] == said[0]):
                most = 2 if len(said) >= 9 and len(f) >= 8 else 1  # two slips only in two long words
                d = min(edit_distance(w, f, most) for w in (said, tok))
                if d <= most:  # nearest first; then the name, or its last word, before a word that qualifies it
                    near[c] = min(near.get(c, (d, f not in heads)), (d, f not in heads))
        if any(d == 0 for d, _ in near.values()):
            continue  # the word is a name part as written, and the readings above chose not to read it
        if near:
            best = min(near.values())
            out += [Mention(c, start, end, _MISSPELT_SCORE, said, "misspelt") for c, d in near.items() if d == best]
    return out


def _values_are(column: Column, kinds: frozenset[str]) -> bool:
    """Most of a short label's values end in a word of `kinds` ("Lakeview University" is a school)."""
    values = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
    if not 3 <= len(values) <= 60:
        return False
    ends = [stem(v.split()[-1].lower()) for v in values]  # ("Car 7" ends in its number: no kind of thing)
    return sum(e in kinds for e in ends) * 2 >= len(values)
