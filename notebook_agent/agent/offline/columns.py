"""Offline analyst: the loaded columns, and finding the ones a question names.

Names are matched robustly: case, spaces vs underscores, camelCase, plurals, partial words ("temp" →
"temperature_c"), a few synonyms ("cost" → "price", "sales" → "revenue"), units for their quantity ("distance" →
km, "energy" → kwh_out) and time words ("over time" → the date column). Ambiguity is settled in favour of numeric
columns, and of date columns for time words.

This module chooses among the readings and says when a word is ambiguous. The rest lives beside it, and is
importable from here too: `words` (word tables and word forms), `catalog` (`Column`, `Catalog`, `Mention`),
`readings` (every reading of a column and its score), `values` (category values a question names).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .catalog import (
    BOOKKEEPING_PARTS,
    CODE_PARTS,
    IRREGULAR_DEEDS,
    MONTH_NAME,
    QUARTER_NAME,
    Catalog,
    Column,
    Mention,
    ValueMention,
    period_columns,
    record_number,
    rows_noun,
    yes_value,
)
from .readings import VERBS
from .readings import all_candidates as _all_candidates
from .values import find_values
from .words import (
    ADDITIVE_WORDS,
    CLOCK_PERIODS,
    CURRENCY,
    DURATION_PARTS,
    IRREGULAR,
    MONEY_PARTS,
    NOT_ADDITIVE_WORDS,
    ORDER_WORDS,
    OWED_WORDS,
    PAID_AHEAD,
    PERIOD_UNITS,
    PERSONS,
    PRICE_WORDS,
    SIDE_CHARGES,
    START_WORDS,
    STOP,
    SYNONYM_OF,
    SYNONYM_WORDS,
    SYNONYMS,
    TIME_WORDS,
    UNIT_QUANTITY,
    UNITS,
    WHOLE_TAIL,
    WHOLE_VERBS,
    WORD,
    abbreviates,
    clock_period,
    clock_span,
    month_of_year_span,
    root,
    same_word,
    stem,
    words,
)

__all__ = [
    "ADDITIVE_WORDS",
    "CLOCK_PERIODS",
    "CURRENCY",
    "MONTH_NAME",
    "NOT_ADDITIVE_WORDS",
    "ORDER_WORDS",
    "PERSONS",
    "QUARTER_NAME",
    "STOP",
    "SYNONYMS",
    "SYNONYM_WORDS",
    "TIME_WORDS",
    "UNITS",
    "UNIT_QUANTITY",
    "Catalog",
    "Column",
    "Mention",
    "ValueMention",
    "abbreviates",
    "ambiguous",
    "clock_period",
    "clock_span",
    "find_mentions",
    "find_values",
    "mixed_currencies",
    "period_columns",
    "root",
    "same_word",
    "stem",
    "words",
]


# Words for a dimension many columns can have: alone, they name no one column ("size": floor area or lot size).
_VAGUE = frozenset({"size", "amount", "quantity", "volume", "level", "value"})


_RATIO_PARTS = frozenset({"percentage", "percent", "pct", "rate", "share", "ratio", "per", "average", "avg", "mean"})
_HOT = re.compile(r"\b(?:hottest|warmest|hot|highest\s+temp\w*)\b", re.I)


_SHARE_OR_COUNT = re.compile(r"\bhow\s+many\b|%|\bpercent|\bshare\b|\bproportion\b|\bfraction\b|\brate\b", re.I)
_DURATION_PARTS = DURATION_PARTS
_TIME_AMOUNT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b", re.IGNORECASE)


_BLANKS_ASKED = re.compile(r"\b(?:missing|blank|empty|null|nan|no\s+\w+|without|filled|given|have\s+an?)\b", re.I)
_EARNED_PARTS = MONEY_PARTS | {"earning", "pay", "wage", "salary", "income", "dollar", "usd", "eur", "gbp"}
_EARNED_SAID = re.compile(r"\b(?:made|make|makes|earn\w*|paid|pays?|cost\w*|spen[dt]\w*|how\s+much)\b", re.I)
_WORKED_SAID = re.compile(r"\b(?:work(?:ed|s|ing)?|put\s+in|clock\w*|log(?:ged|s)?)\b", re.I)
_QUALITY_SAID = re.compile(r"\b(?:best|worst|better|worse|well|badly|poorly|quality)\b", re.I)
# Which of twin columns a verb or an adjective picks: the grade (sleep "best"), the money ("made"), the time ("worked")
_TOLD_BY_VERB = (
    (frozenset({"score", "quality", "rating", "grade"}), _QUALITY_SAID),
    (_EARNED_PARTS, _EARNED_SAID),
    (frozenset({"hour", "hr", "hrs", "minute", "time"}), _WORKED_SAID),
)


def best_named(mentions: list[Mention]) -> list[Column]:
    """The columns of the best-scored mentions, each once, in the order they were named (none of no mentions)."""
    best = max((m.score for m in mentions), default=0)
    return list({m.column: None for m in mentions if m.score == best})


def mixed_currencies(catalog: Catalog, frame: str | None) -> bool:
    """Rows in several currencies, said by a Currency column (orders paid in USD, EUR and GBP)."""
    columns = catalog.of(frame) if frame else catalog.columns
    return any(c.categorical and "currency" in c.stems and (c.n_unique or 0) > 1 for c in columns)


# Units a measure is kept in twice, side by side (Nike's distance_km and distance_mi): the metric one is read
_METRIC = frozenset({"km", "kg", "c", "celsius", "m", "cm", "l", "kmh", "kph"})
_UNIT_PAIR = _METRIC | {"mi", "mile", "lb", "lbs", "f", "fahrenheit", "ft", "in", "gal", "mph"}


def _dashed_kin(a: Column, b: Column) -> bool:
    """Two counts of one thing by kind, named alike before a dash (Tickets - General, Tickets - Fast Pass)."""
    return a.dashed_head is not None and a.dashed_head == b.dashed_head


def _holds_money(c: Column) -> bool:
    """A column of money, by its name or by a currency mark on its values."""
    return bool(set(c.stems) & MONEY_PARTS) or c.money_marked


def ambiguous(question: str, catalog: Catalog, frame: str) -> list[tuple[str, list[Column]]]:
    """Words that name two or more columns equally well ("width": sepal_width, petal_width), with those columns.

    Only partial readings count (a whole name is never ambiguous), and only between columns of the same sort
    (numbers, labels, dates) that the question names nowhere else: the reader asks rather than picks.
    """
    chosen = find_mentions(question, catalog, frame)
    named = {m.column for m in chosen}
    every = _all_candidates(question, catalog, frame)
    out = []
    for m in chosen:
        if m.via in ("name", "time", "initials"):
            continue
        vague = stem(m.word.lower()) in _VAGUE and m.via in ("synonym", "partial", "prefix")
        # a misspelt word equally close to two names ("prixe": price, prize) is asked about, whatever they hold
        loose = vague or m.via == "misspelt"
        rivals = [
            c
            for c in every
            if c.start == m.start
            and c.end == m.end
            # (within the nudge find_mentions gives two words said together over one of them)
            and (
                abs(c.score - m.score) <= 0.02
                or (vague and c.score >= 40 and c.via in ("synonym", "partial", "prefix"))
                or _dashed_kin(m.column, c.column)
            )
            and c.column not in named
            and (loose or len(c.column.significant) == len(m.column.significant) or _dashed_kin(m.column, c.column))
            and (
                m.via == "misspelt"
                or (c.column.numeric, c.column.categorical, c.column.is_date)
                == (m.column.numeric, m.column.categorical, m.column.is_date)
            )
        ]
        # "a second breed": the word said beside "breed" names Secondary Breed too, and Primary Breed nowhere
        beside = [
            c
            for c in every
            if c.column == m.column
            and (c.start, c.end) != (m.start, m.end)
            and (not question[c.end : m.start].strip() if c.end <= m.start else not question[m.end : c.start].strip())
        ]
        rivals = [
            r
            for r in rivals
            if not beside
            or any(o.column == r.column and (o.start, o.end) == (b.start, b.end) for b in beside for o in every)
        ]
        said_root = stem(m.word.lower())
        if said_root and not any(p.startswith(said_root) and p.endswith("er") for p in m.column.stems):
            # "the average pick": Lbs Picked, what was picked, not the Pickers who picked it
            rivals = [r for r in rivals if not any(p in (said_root + "er", said_root + "ers") for p in r.column.stems)]
        if not _INDOORS.search(question):  # Outdoor Temperature, not Indoor Temperature, unless indoors is said
            rivals = [r for r in rivals if not {"indoor", "inside"} & set(r.column.stems)]
        if m.column.formula is None:  # a column of the table beats one derived from it (Termd, "terminated")
            rivals = [r for r in rivals if r.column.formula is None]
        if not set(m.column.stems) & SIDE_CHARGES:  # "money": Total Paid, not its part Fees Paid
            rivals = [r for r in rivals if not set(r.column.stems) & SIDE_CHARGES]
        bought = re.search(r"\b(?P<v>[a-z]+)\s+(?:a|an|the|any)\s+$", question[: m.start].lower())
        if (
            rivals
            and bought is not None
            and any(
                c.categorical and len(c.values) == 2 and c.stems in ((bought["v"],), (stem(bought["v"]),))
                for c in catalog.of(frame)
            )
        ):
            continue  # "how many brides bought a dress" of a Bought (Yes/No): what was bought, no column of it
        if (
            rivals
            and not m.column.numeric
            and re.fullmatch(r"[a-z]+(?:ed|en|wn)", m.word.lower())
            and any(o.column.numeric and o.end <= m.start and not question[o.end : m.start].strip() for o in chosen)
        ):
            continue  # "miles driven": what was done to the measure just named, not Driver or Sub Driver
        if (
            rivals
            and not set(m.column.stems) & _PRICED
            and all(set(r.column.stems) & _PRICED for r in rivals)
            and stem(m.word.lower()) in _AMOUNT_UNITS
        ):
            continue  # "the most pounds of": the Lbs themselves, not the Price/Lb paid for each
        if (
            rivals
            and m.column.additive
            and not _holds_money(m.column)
            and all(_holds_money(r.column) for r in rivals)
            and m.word.lower().endswith("s")
            and re.search(r"\b(?:more|fewer|most|fewest|many)\s+$", question[: m.start], re.I)
        ):
            continue  # "try on more dresses": the Dresses Tried counted, not the Dress Price of one
        if not set(m.column.stems) & PAID_AHEAD:  # "which dj brings in the most money": not the Deposit $
            rivals = [r for r in rivals if not set(r.column.stems) & PAID_AHEAD]
        if not _HYPOTHETICAL & set(words(question.lower())):
            # "total gross": what was taken (weekly_gross), not what could have been (potential_gross)
            plain = [c for c in (m, *rivals) if not _HYPOTHETICAL & set(c.column.stems)]
            # "visits_last_30d" beside "visits_prev_30d" are two windows, both qualified: that is asked about
            windows = any(_WINDOW & set(c.column.stems) or any(p[:1].isdigit() for p in c.column.stems) for c in plain)
            if len(plain) == 1 and not windows:
                continue  # find_mentions reads the one plain column
            if not windows:
                rivals = [r for r in rivals if not _HYPOTHETICAL & set(r.column.stems)]
        money = [c for c in (m.column, *(r.column for r in rivals)) if set(c.stems) & MONEY_PARTS]
        if rivals and len(money) == 1 and money[0] == m.column and _MONEY_AFTER.match(question[m.end :]):
            continue  # "sale price": the amount paid (Sale Amount), not the Sales Ratio
        if rivals and CURRENCY.search(m.column.name) and mixed_currencies(catalog, frame):
            continue  # Total (USD) beside Total, of orders in several currencies: the one currency (find_mentions)
        pair = [set(c.stems) for c in (m.column, *(r.column for r in rivals))]
        if len(pair) == 2 and pair[0] ^ pair[1] == {"gross", "net"} and "gross" in pair[0]:
            continue  # "total sales": Gross Sales, what was sold, before Net Sales takes refunds and discounts off
        if rivals and {"actual", "observed"} & set(m.column.stems):
            continue  # what was measured (actual_mean_temp), not the normals and records beside it
        if (
            rivals
            and m.column.stems[:1] == ("total",)
            # "the total emissions", "which state emits the most": the whole asked for, by name or by a verb
            # ("the average phenols" still asks: total_phenols or nonflavanoid_phenols)
            and (re.search(r"\btotal\b", question, re.I) is not None or m.via == "synonym")
            and not any(r.column.stems[:1] == ("total",) or set(r.column.stems) & _RATIO_PARTS for r in rivals)
        ):
            continue  # "emits": Total reported direct emissions, the whole, not one gas's share of it
        if (
            rivals
            and not set(m.column.stems) & _RATIO_PARTS
            and all(set(r.column.stems) & _RATIO_PARTS for r in rivals)
            and re.search(r"\bhow\s+much\b|\btotal\b|\bsum\b", question, re.IGNORECASE)
        ):
            continue  # "how much did uber take in fees": the Marketplace Fee paid, not the Marketplace fee % rate
        kinds_of = {"category", "type", "kind", "class", "group", "genre"}
        if (
            rivals
            and m.word.lower() in ("kind", "kinds", "type", "types", "sort", "sorts")
            and set(m.column.stems) & kinds_of
            and not any(set(r.column.stems) & kinds_of for r in rivals)
        ):
            continue  # "which kind of item": the Category, not the Description of each item
        if (
            rivals
            and m.column.additive
            and not any(r.column.additive for r in rivals)
            and re.search(r"\baltogether\b|\bin\s+total\b|\btotal\b|\boverall\b|\ball\s+(?:told|up)\b", question, re.I)
        ):
            continue  # "how much electricity altogether": the energy added (kWh) that adds up, not a Max Power (kW)
        if rivals and _HOT.search(question) and any("max" in c.column.name.lower() for c in chosen):
            continue  # "hottest day ... temp": the day's maximum (TMAX), not TAVG or TMIN
        if rivals and any(
            c.column.formula is not None
            and {c.column.formula[0], c.column.formula[2]} & {m.column.name, *(r.column.name for r in rivals)}
            for c in chosen
        ):
            continue  # "temp range (tmax - tmin)": the formula written out names the columns
        if rivals and _names_records(m, [r.column for r in rivals], catalog.of(frame)):
            continue
        if (
            rivals
            and m.column.flag
            and not any(r.column.flag for r in rivals)
            and re.match(r"\s*rates?\b", question[m.end :], re.IGNORECASE)
        ):
            continue  # "search rate": the share of search_conducted, not the kinds of search_type
        if (
            rivals
            and frame
            and catalog.names_subject(frame, m.word)
            # (restaurant_nightly_covers' Lunch Covers and Dinner Covers: each row a night, the covers counted in it)
            and not all(
                c.whole_count and c.additive and c.stems[-1:] == (stem(m.word.lower()),)
                for c in (m.column, *(r.column for r in rivals))
            )
            and re.search(
                r"(?:\bhow\s+many|%|\bpercent(?:age)?|\bshare|\bproportion|\bnumber)\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?$",
                question[: m.start].lower(),
            )
        ):
            continue  # "what percentage of the claims" of insurance_claims.csv: the rows, not injury_claim ...
        units = [set(c.stems) & _UNIT_PAIR for c in (m.column, *(r.column for r in rivals))]
        if (
            len(rivals) == 1
            and all(len(u) == 1 for u in units)
            and set(m.column.stems) - units[0] == set(rivals[0].column.stems) - units[1]
            and units[0] & _METRIC
        ):
            continue  # distance_km beside distance_mi: one measure in two units, said in the metric one
        timed = [c for c in (m.column, *(r.column for r in rivals)) if set(c.stems) & _DURATION_PARTS and c.numeric]
        if rivals and timed == [m.column] and _TIME_AMOUNT.search(question):
            continue  # "sleep less than 7 hours": the one duration (Sleep duration), not Sleep efficiency
        if (
            rivals
            and (m.column.year_like or m.column.is_date)
            and set(m.column.stems) & START_WORDS
            and not any(set(r.column.stems) & START_WORDS for r in rivals)
        ):
            continue  # "which year had the most complaints": year_received, when each one came in, not year_closed
        word = stem(m.word.lower())
        if rivals and any(c.column != m.column and word in c.column.stems for c in chosen):
            continue  # "does drinking hurt grades? avg final grade ...": the grade named in full (G3) is the one
        if (
            rivals
            and re.search(
                r"\bhow\s+many\s+$|(?:%|\bpercent(?:age)?|\bshare|\bproportion|\bfraction)\s+of\s+(?:all\s+)?(?:the\s+)?$",
                question[: m.start].lower(),
            )
            and all(c.categorical for c in (m.column, *(r.column for r in rivals)))
        ):
            continue  # "how many incidents had a casualty", "what % of violations are critical": the rows
        if (
            rivals
            and stem(m.word.lower()) == "rate"
            and any(
                o.end <= m.start and not question[o.end : m.start].strip() and (o.column.flag or o.column.n_unique == 2)
                for o in _all_candidates(question, catalog, frame)
            )
        ):
            continue  # "attrition rate": the share of a yes/no column, not DailyRate or HourlyRate
        if (
            rivals
            and stem(m.word.lower()) in ("rank", "ranking")
            and (
                re.search(r"\b(?:19|20)\d\d\s+$", question[: m.start])
                or re.match(r"\s+(?:in|of|for)\s+(?:19|20)\d\d\b", question[m.end :])
                or any(
                    c.column.numeric and c.end <= m.start and c.column not in (m.column, *(r.column for r in rivals))
                    for c in chosen
                )
            )
        ):
            continue  # "the 2015 ranking" is the year's edition; "citations and influence ranks" qualifies those named
        years = [c for c in (m.column, *(r.column for r in rivals)) if c.year_like]
        if rivals and len(years) == 1 and re.search(r"\b(?:1[89]|20)\d\d\b", question):
            continue  # "created before 2010": created_year, not created_date (a day of the month)
        glossed = re.match(r"\s*\(\s*(?P<name>[^()]+?)\s*\)", question[m.end :])
        if rivals and glossed and catalog.get(frame, glossed["name"]) is not None:
            continue  # "the latest bill (BILL_AMT1)": the word is glossed by the column's own name
        if rivals and _told_apart(question, m, [r.column for r in rivals]):
            continue
        candidates = {m.column, *(r.column for r in rivals)}
        values = find_values(question, catalog, frame, []) if rivals else []
        if any(v.column in candidates for v in values):
            continue  # "broad gills": broad is a value of gill-size; "paid by credit card": of payment_type
        if any(set(v.column.stems) < set(c.stems) for v in values for c in candidates if v.column.categorical):
            continue  # "pay with paypal": paypal of payment_method, whose title (payment_method_title) names it too
        if any(v.end <= m.start and not question[v.end : m.start].strip() for v in values):
            continue  # "M rated games": the word says whose value M is (Rating), it asks for no column
        if any(v.start <= m.start and m.end <= v.end and len(str(v.value).split()) >= 2 for v in values):
            continue  # "shipped standard class": a word of a value said whole (Standard Class), not a column
        if any(v.column.coded and v.start <= m.start and m.end <= v.end for v in values):
            continue  # "denial rate" after "action_taken 3 = denied": the code the person defined
        if any(
            v.start <= m.start and m.end <= v.end and str(v.value).strip().lower() == m.word.lower() for v in values
        ):
            continue  # "got delivered": the status delivered as written, not which delivered_*_date is meant
        wide = period_columns(catalog.of(frame))
        if rivals and wide and {m.column, *(r.column for r in rivals)} <= set(wide[1]):
            continue  # one measure per period of a wide table ("sales": Jan Sales … Apr Sales): all of them
        if rivals:
            columns = [m.column, *dict.fromkeys(r.column for r in rivals)]
            out.append((question[m.start : m.end], sorted(columns, key=lambda c: c.position)))
    return out


_TWIN_SUFFIXES = frozenset({"cleaned", "clean", "num", "numeric", "value", "amount", "usd", "eur", "gbp"})
_MEASURE_ASKED = re.compile(
    r"\b(?:average|avg|mean|median|typical|total|sum|highest|lowest|most|least|biggest|largest|smallest|expensive"
    r"|cheapest|priciest|over|under|above|below|more\s+than|less\s+than|correlat\w*|related|spen[dt]|how\s+much)\b",
    re.I,
)
# a column name's end that says when its figure was taken ("Incidents This Year", "Sales Last Month", "YTD")
_WHEN_PART = re.compile(r"(?i)\b(?:this|last|next|per|each|a|previous|prior)\s+(?:year|month|week|day|season)s?\s*$")
_CODE_SUFFIXES = frozenset({"id", "code", "cd", "nbr", "no", "num", "number", "key"})
_MEAN_PARTS = frozenset({"average", "avg", "mean"})
_BOUND_PARTS = {"max": frozenset({"max", "maximum", "peak"}), "min": frozenset({"min", "minimum", "lowest"})}
_BOUND_SAID = {
    "max": re.compile(r"\b(?:max|maximum|peak|highest|top)\b", re.I),
    "min": re.compile(r"\b(?:min|minimum|lowest|bottom)\b", re.I),
}
_LABEL_OF = frozenset({"brand", "type", "category", "kind", "class", "method"})


def _named_by_one_word(m: Mention) -> bool:
    """A two-word name that one of its words names.

    "card" of Card Brand (a label told apart by its brand or type); "fees" of Fees & Taxes (two things kept
    together, either named by its word).
    """
    sig = m.column.significant
    if len(sig) != 2:
        return False
    labelled = m.column.categorical and sig[1] in _LABEL_OF
    if not labelled and re.fullmatch(r"\s*\w+\s+(?:&|and)\s+\w+\s*", m.column.name) is None:
        return False
    return any(same_word(m.word.lower(), p) for p in (sig[:1] if labelled else sig))


def _spelled_values(column: Column) -> bool:
    """The column's common values are words ("Severe Storm", "Texas"), not codes."""
    vals = [str(v) for v in column.values[:10]]
    return len(vals) >= 2 and sum(len(v) >= 4 and any(ch.islower() for ch in v) for v in vals) >= 0.8 * len(vals)


def _coded_values(column: Column) -> bool:
    """The column's common values are short codes ("TX", "DR", "EM")."""
    vals = [str(v) for v in column.values[:10]]
    return len(vals) >= 2 and all(len(v) <= 3 and not any(ch.islower() for ch in v) for v in vals)


def _numbered_first(columns: list[Column]) -> Column | None:
    """Of two or more columns named alike but for a number ("category 1 name", "category 2 name"), the first."""
    if len(columns) < 2 or not all(c.categorical and not c.flag for c in columns):
        return None  # (years and windows number measures: "2000 Population", retention_1 and retention_7)
    if any(re.search(r"\d\W*$", c.name) for c in columns):
        return None  # Type 1 and Type 2, judge1 … judge3: one thing in several places, counted together (kinds.stacked)
    shapes = {tuple("#" if p.isdigit() else p for p in c.stems) for c in columns}
    if len(shapes) != 1 or "#" not in next(iter(shapes)):
        return None
    numbers = [int(next(p for p in c.stems if p.isdigit())) for c in columns]
    if len(set(numbers)) != len(numbers) or max(numbers) > 9:
        return None
    return columns[numbers.index(min(numbers))]


def _said_forms(text: str) -> set[str]:
    """The stems of the words of `text`, with verb forms that double a consonant ("winning": win) and synonyms."""
    said = set()
    for w in WORD.findall(text.lower()):
        said.add(stem(w))
        doubled = re.fullmatch(r"([a-z]{2,}?)([bdgklmnprt])\2(?:ing|ed|er|ers)", w)  # winning, stopped, runner
        if doubled:
            said.add(doubled.group(1) + doubled.group(2))
    return said | {x for w in said for x in SYNONYM_OF.get(w, ())}  # "earns ... per month": MonthlyIncome


_SOURCE_PARTS = frozenset({"source", "src", "origin", "sender", "from"})
_FROM_WORDS = frozenset({"from", "outside", "incoming", "inbound", "hitting", "attacking", "sent"})
_TO_WORDS = frozenset({"to", "toward", "towards", "outgoing", "outbound", "targeted", "destination"})


def _told_apart(question: str, m: Mention, rivals: list[Column]) -> bool:
    """Another word of the question names the chosen column's other part, and no rival's ("team … at home").

    "Which team scored the most at home?": team is HomeTeam or AwayTeam, and home says which.
    """
    said = _said_forms(question[: m.start] + " " + question[m.end :])
    word = stem(m.word.lower())

    def others(c: Column) -> set[str]:
        return {p for p in c.significant if p != word and not same_word(p, word)}

    def told(c: Column) -> bool:  # ("is everyone using": Storage Used, by another form of its word)
        if others(c) & _SOURCE_PARTS and said & _FROM_WORDS and not said & _TO_WORDS:
            return True  # "which ip is hitting us from outside": the Source IP of a firewall log
        return bool(others(c) & said) or any(len(p) >= 4 and same_word(p, w) for p in others(c) for w in said)

    return told(m.column) and not any(told(c) for c in rivals)


def _names_records(m: Mention, rivals: list[Column], columns: list[Column] | None = None) -> bool:
    """The word is what the rows are: the subject of a record code ("animals": Animal ID, beside Animal Type).

    Each row is one animal, so "how many animals ..." counts rows; the other columns it starts name a trait of
    the animal, not the animal, so there is nothing to ask.
    """
    said = stem(m.word.lower())

    def subject(c: Column) -> bool:  # "appointments": Appt ID
        parts = tuple(p for p in c.stems if p not in CODE_PARTS)
        return len(parts) == 1 and (parts[0] == said or (len(parts[0]) >= 3 and abbreviates(parts[0], said)))

    def named(c: Column) -> bool:  # "players": player_name, the label that names each row
        return c.categorical and len(c.stems) == 2 and c.stems[0] == said and c.stems[1] in ("name", "title")

    return any(c.id_like and subject(c) for c in [m.column, *rivals]) or any(named(c) for c in columns or [])


_DESCRIBING = re.compile(r"\b(?:for|with|of|about|regarding)\s+(?:an?\s+|the\s+|any\s+)?$")


def _describes_named(question: str, m: Mention, chosen: list[Mention], candidates: list[Mention]) -> bool:
    """A loose word that fits several columns equally and only describes a column named in full.

    "sought treatment for a mental health condition", "mental health benefits": the words say what kind of
    treatment or benefits; they name none of mental_health_consequence, mental_health_interview.
    """
    if m.via not in ("partial", "prefix") or m.score >= 90:
        return False
    tied = any(
        c.start == m.start and c.end == m.end and c.score == m.score and c.column != m.column for c in candidates
    )
    if not tied:
        return False
    full = [o for o in chosen if o.score >= 100 and o is not m]
    before = any(o.start >= m.end and not question[m.end : o.start].strip() for o in full)
    after = bool(_DESCRIBING.search(question[: m.start].lower())) and any(o.end <= m.start for o in full)
    return before or after


_COUNTING_CUE = re.compile(
    r"\b(?:busiest|quietest|how\s+many|number\s+of|count|fewest|(?:per|by|each|every)\s+(?:day|week|month|year|hour))\b",
    re.IGNORECASE,
)


_UNIT_WORDS = frozenset({"mile", "km", "kilometer", "kilometre", "meter", "metre", "foot", "feet", "yard"})
_UNIT_WORDS |= {"hour", "minute", "dollar", "calorie", "kcal", "gallon", "litre", "liter", "pound", "kg"}
# Units an amount is said in ("the most pounds of"), and the name parts of what is paid for each of them
_AMOUNT_UNITS = _UNIT_WORDS | {"lb", "lbs", "ton", "bushel", "gal"}
_PRICED = frozenset({"price", "cost", "rate", "per", "fee"})


def _rows_counted(question: str, m: Mention, columns: list[Column]) -> bool:
    """A plural that is only the first word of a longer measure's name, where the question counts: the rows.

    "Plot trips by month, which was busiest": trips are counted, not trip_distance (its other words are unsaid).
    """
    word = m.word.lower()
    sig = m.column.significant
    heard = {stem(w) for w in WORD.findall(question.lower())}
    return (
        m.via == "partial"
        and m.score < 90
        and m.column.numeric
        and len(sig) >= 2
        and word.endswith("s")
        and stem(word) == sig[0]
        and not any(p in heard for p in sig[1:])
        and sig[1] not in WHOLE_TAIL  # "how many hunters": Hunters Reporting, every hunter counted
        # "how many eggs": Eggs Laid, the eggs themselves added up (a plural and the deed done to them)
        and not (m.column.additive and len(sig) == 2 and (sig[1].endswith("ed") or sig[1] in IRREGULAR_DEEDS))
        and sig[0] not in _UNIT_WORDS  # "how many miles": Miles From Previous added up, a unit is never a row
        # "Passenger Count" counts the passengers said (not EmployeeCount, 1 on every row)
        # (nor Directions actions, Google Business Profile's count of the directions asked for)
        and not (set(sig[1:]) <= _COUNT_WORDS | {"no", "action"} and (m.column.high or 0) > 1)
        # ("how many carbs" of Carb Value (grams): the amount of them, added up)
        and m.column.amount_of is None
        and bool(_COUNTING_CUE.search(question))
        # "avg number of lessons": an average of the measure, not rows counted
        and not re.search(
            r"\b(?:average|avg|mean|median|typical)\s+(?:number|no\.?|count)\s+of\s+$", question[: m.start].lower()
        )
        # "claims over 10k": the claims' amounts bounded (Claim Amt), not rows
        and not re.match(r"\s+(?:over|under|above|below|more|less|of|worth|>|<|\d)", question[m.end :])
        # visits_prev_30d beside visits_last_30d: which of them is the reader's to ask
        and not any(c != m.column and c.numeric and c.significant[:1] == sig[:1] for c in columns)
    )


def _unit_of_next(question: str, m: Mention, chosen: list[Mention]) -> bool:
    """A period word right before a measure kept per that period ("monthly rent": Rent PCM): its unit, no grouping."""
    if m.via != "time":
        return False
    period = TIME_WORDS.get(stem(m.word.lower()))
    units = PERIOD_UNITS.get(period or "", frozenset())
    return any(
        o.start >= m.end and not question[m.end : o.start].strip() and units & set(o.column.stems) for o in chosen
    )


def _modifier_of_next(question: str, m: Mention, chosen: list[Mention], candidates: list[Mention]) -> bool:
    """A record code named by its subject word right before another column ("trip duration", "patient age").

    The word says whose measure it is; the code (trip_id) is not asked for.
    """
    if m.via != "partial":
        return False
    if not m.column.id_like:
        # a label named only by a word that qualifies its name ("fuel" of Fuel Grade) right before a measure
        # ("fuel spend"): the word says what the measure is about, it does not name the label
        said = [stem(w) for w in words(m.word)]
        sig = m.column.significant
        if not m.column.categorical or not said or said[-1] == sig[-1] or said[-1] not in sig:
            return False
        if yes_value(m.column) is not None and said[-1] == [p for p in sig if p not in ("y", "n", "yn")][-1]:
            return False  # "billable hrs": the rows a yes/no label marks (Billable (Y/N) = Y), read as a filter
        if m.word.lower().endswith("s") and stem(m.word.lower()) != m.word.lower():
            return False  # "which 5 drugs cost the most": a plural names the things ranked, a qualifier is singular
        if re.search(r"\b(?:which|what)\s+$", question[: m.start], re.I) and re.match(
            r"\s*\w+\s+(?:the\s+)?(?:most|least|more|less)\b", question[m.end :], re.I
        ):
            return False  # "which trip cost the most": the trips ranked by what they cost, "cost" the verb
        return any(
            o is not m
            and o.start >= m.end
            and not question[m.end : o.start].strip()
            and o.column.numeric
            and o.via != "time"
            and o.score >= 40
            # "which pizza sold the most": the pizza is who sold, not a qualifier (a name read in pieces starts
            # with the word said first: "agency paid the most OT")
            and not _verb_first(o.word or question[o.start : o.end])
            # "which app costs us the most": a word with an object after it is the verb, the app its subject
            and not re.match(r"\s+(?:us|me|you|them|him|her)\b", question[o.end :], re.I)
            for o in [*chosen, *candidates]
        )
    if stem(m.word.lower()) in ("id", "subject", "subj"):
        return False
    return any(
        o is not m
        and o.start >= m.end
        and not question[m.end : o.start].strip()
        # "each panel produce", "which meter used": the code is the verb's subject, it groups (a reading in
        # scattered words has no one word: its first word is the one next to the code)
        and stem((question[o.start : o.end].split() or [""])[0].lower()) not in VERBS
        for o in chosen
    )


_RATE_PARTS = frozenset({"percentage", "percent", "pct", "rate", "share", "per", "average", "avg", "mean", "ratio"})


# the words for which way a thing went, as column names say it (Emails Received, Messages Sent)
_WAY_WORDS = {
    "received": frozenset({"get", "gets", "got", "getting", "receive", "receives", "receiving", "came", "come"}),
    "sent": frozenset({"send", "sends", "sending"}),
    "given": frozenset({"give", "gives", "gave", "giving"}),
}


def _told_by_word(question: str, top: list[Mention]) -> Mention | None:
    """Of columns tied on a shared word, the one whose own other word the question says elsewhere, or None.

    ("how many emails do i send": Emails Sent beside Emails Received and Emails Archived; "which month did i get
    the most email": Emails Received.)
    """
    if len({m.column for m in top}) < 2:
        return None
    shared = set.intersection(*(set(m.column.stems) for m in top))
    said = [
        w.lower()
        for w in WORD.findall(question)
        if not any(m.start <= question.lower().find(w.lower()) < m.end for m in top)
    ]
    named = []
    for m in top:
        own = set(m.column.stems) - shared
        if any(
            stem(w) in own
            or IRREGULAR.get(w) in own
            or any(IRREGULAR.get(o) == w for o in own)
            or any(w in _WAY_WORDS.get(o, ()) for o in own)
            for w in said
            if w not in STOP or w in ("get", "got", "came", "come", "give", "gave")
        ):
            named.append(m)
    if not named and re.search(r"\b(?:i|we)\s+(?:\w+\s+)?$", question[: top[0].start].lower()):
        # "who do i message the most": what I did, Messages Sent, not Messages Received
        named = [m for m in top if "sent" in set(m.column.stems) - shared]
    return named[0] if len({m.column for m in named}) == 1 else None


def _verb_first(said: str) -> bool:
    """Whether the words start with a verb, in any form ("pays", "sold"): the subject before it is no qualifier."""
    first = said.lower().split(" ")[0]
    return first in VERBS or stem(first) in VERBS


def _counted_by_rate(question: str, m: Mention, chosen: list[Mention]) -> bool:
    """A count named right before "rate" ("death rate") where a rate column is named by that word (Crude Rate).

    The rate of the thing counted is asked for, not the count (Deaths).
    """
    if not (m.column.additive or m.column.whole_count) or m.column.flag or "rate" in m.column.stems:
        return False  # (a percentage before "rate", Literacy (%), is that rate; a 0/1 flag's rate is its share)
    if not re.match(r"\s+rates?\b", question[m.end :], re.I):
        return False
    at = m.end + len(question[m.end :]) - len(question[m.end :].lstrip())
    return any(o is not m and o.start == at and "rate" in o.column.stems and o.column.numeric for o in chosen)


def _qualifies(question: str, m: Mention, chosen: Mention) -> bool:
    """The word is another part of a column already chosen for the word right next to it."""
    said = stem(m.word.lower())
    if said not in chosen.column.stems:
        return False
    between = question[m.end : chosen.start] if m.end <= chosen.start else question[chosen.end : m.start]
    return not between.strip()


_CALENDAR_WORDS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"}
    | {"daily", "weekly", "monthly", "yearly", "annual", "hourly"}
)


def _inside(o: Mention, c: Mention) -> bool:
    """`o` reads a shorter stretch within `c`'s."""
    return c.start <= o.start and o.end <= c.end and (o.end - o.start) < (c.end - c.start)


_COUNT_WORDS = frozenset({"count", "cnt", "num", "number", "total", "tot"})


_AMOUNT_ASKED = re.compile(
    r"\b(?:most|least|total|how\s+much|sum|average|avg|mean|median|wettest|driest|mm|amount|more|less)\b", re.I
)
_NEXT_SAID = re.compile(r"\b(?:tomorrow|next\s+day|following\s+day|day\s+after)\b", re.I)


def _one_word_tied(top: list[Mention]) -> bool:
    """Whether the tied mentions are all one word of the question (not a phrase that says a qualifier too)."""
    return len({(m.start, m.end) for m in top}) == 1 and " " not in top[0].word.strip()


# Name parts that say a column is the whole of columns named alike (Overall Rating beside Staffing Rating)
_WHOLE_PARTS = frozenset(
    {"overall", "total", "inclusive", "incl", "inc", "including", "final", "combined", "grand", "all"}
)
_OWN_PARTS = frozenset({"your", "my", "own"})  # IMDb's Your Rating beside IMDb Rating: "my average rating"
_I_SAID = re.compile(r"\b(?:i|my|me|mine|i'?ve|i'?d|i'?m)\b", re.I)


_SUMMARY_PARTS = frozenset({"average", "avg", "mean", "median", "overall", "community", "public"})


def _own_instead(m: Mention, columns: list[Column]) -> Mention:
    """The person's own column (Your rating) for a summary one named alike (Average rating), after "my" or "i"."""
    rest = set(m.column.stems) - _SUMMARY_PARTS
    if m.column.stems[:1] == () or not set(m.column.stems) & _SUMMARY_PARTS or not rest:
        return m
    own = [c for c in columns if c.stems[:1] and c.stems[0] in _OWN_PARTS and set(c.stems[1:]) == rest]
    if len(own) != 1:
        return m
    # (read as another word for it: "average" then says what to work out, as it does before any column)
    return replace(m, column=own[0], score=m.score + 0.03, via="synonym")


def _the_whole(top: list[Mention], question: str) -> Mention | None:
    """Of columns a word names equally well, the one whose own words say it is the whole, or the person's own.

    Only when the question says none of the other columns' own words ("staffing rating" names that one).
    """
    columns = list(dict.fromkeys(m.column for m in top))
    if len(columns) < 2:
        return None
    shared = set.intersection(*(set(c.stems) for c in columns))
    own = {c: set(c.stems) - shared for c in columns}
    said = {stem(w) for w in re.findall(r"[a-z]+", question.lower())}
    if _I_SAID.search(question):
        mine = [c for c in columns if own[c] & _OWN_PARTS]
        if len(mine) == 1 and not any(own[c] & said for c in columns if c is not mine[0]):
            return next(m for m in top if m.column is mine[0])
    # "total" beside one other ("the average phenols": total_phenols, nonflavanoid_phenols) is still asked about;
    # paid hours are the regular and the overtime hours together
    parts = _WHOLE_PARTS if len(columns) >= 3 or "total" in said else _WHOLE_PARTS - {"total"}
    if not any("gross" in own[c] for c in columns):  # Net Amount beside Principal Amount: what moved (not Gross)
        parts = parts | {"net"}
    wholes = [c for c in columns if own[c] & parts or ("paid" in own[c] and any("overtime" in own[o] for o in columns))]
    fewest = min((len(own[c]) for c in wholes), default=0)
    wholes = [c for c in wholes if len(own[c]) == fewest]
    if len(wholes) != 1 or any(own[c] & said for c in columns if c is not wholes[0]):
        return None
    return next(m for m in top if m.column is wholes[0])


_MONEY_SAID = frozenset({"money", "cash", "dollars", "amount"})
_COUNTED_BEFORE = re.compile(
    r"\b(?:how\s+many|number\s+of|(?:the\s+)?(?:most|fewest))\s+(?:different\s+|distinct\s+)?$", re.I
)
# The last word of a name is what it holds; a word before it only says whose ("vuln_status": a status)
_ATTRIBUTE_HEADS = frozenset({"status", "type", "category", "class", "kind", "group", "code", "cod", "level"})
# ... and a measure of each thing ("the most jobs" of Job Value ($), "how many trips" of Trip Distance: the rows)
_ATTRIBUTE_HEADS |= {"value", "cost", "price", "amount", "fee", "size", "length", "duration", "distance"}
_ATTRIBUTE_HEADS |= {"plan", "mode", "method", "style"}  # "how many fasts" of Fasting Plan: the fasts, the rows


def _owner_of_attribute(column: Column, word: str) -> bool:
    """A word for the thing whose attribute (status, type, code) a label holds: vulnerabilities of vuln_status."""
    parts = column.stems
    # ("how many tasks" of Task Total ($): each task's money, the tasks the rows; Points Total counts points)
    money_total = parts[-1:] == ("total",) and CURRENCY.search(column.name) is not None
    return (
        len(parts) >= 2
        and (parts[-1] in _ATTRIBUTE_HEADS or money_total)
        and word != parts[-1]
        and any(
            word == p
            or abbreviates(p, word)
            or word.startswith(p)
            # ("fasts" of Fasting Plan: the verb's noun before its -ing; not "caches" of Cache Type, the same word)
            or (p.startswith(word) and len(p) - len(word) >= 3 and root(word) == root(p))
            for p in parts[:-1]
        )
    )


_INDOORS = re.compile(r"\b(?:indoors?|inside|in\s+the\s+house|at\s+home)\b", re.I)


_PRICE_PARTS = PRICE_WORDS | {"paid", "amount", "usd", "eur", "gbp"}  # money a column of prices is in


_MONEY_VERBS = frozenset({"made", "make", "makes", "earn", "earned", "earns", "charge", "charged", "bill", "billed"})


def find_mentions(question: str, catalog: Catalog, frame: str | None = None) -> list[Mention]:
    """The columns a question names, in the order it names them; each column and each word at most once."""
    # "duration" written "94 min" and "2 Seasons": its minutes or its seasons, never the text
    candidates = [m for m in _all_candidates(question, catalog, frame) if not m.column.in_units]
    # "a gap of 20 years or more", "over 5 years": a span of time after a number, not the year column
    candidates = [
        m
        for m in candidates
        if not (
            (m.column.year_like or m.column.is_date)
            and re.fullmatch(r"years?|yrs?", m.word.lower())
            and re.search(r"\d\s*$", question[: m.start])
        )
    ]
    # "average yearly visitors": the visitors a year, not a Year column of numbers the adjective spells (a date
    # named "monthly" still groups by its months)
    if any(m.column.numeric and not (m.column.year_like or m.column.is_date) for m in candidates):
        candidates = [
            m
            for m in candidates
            if not (
                m.column.year_like
                and not m.column.is_date
                and m.word.lower() in ("yearly", "annual", "annually", "monthly", "weekly", "daily", "hourly")
            )
        ]
    # "building payout": amountPaidOnBuildingClaim, named by both words side by side, over buildingDamageAmount,
    # named by one of them (a partial word read alone weighs less than a column both words name)
    both: dict[tuple[int, int], float] = {}  # each span a column names together with its neighbour: its score there
    named: set[str] = set()
    for left in candidates:
        for right in candidates:
            if left.column == right.column and left.end < right.start and not question[left.end : right.start].strip():
                for side in (left, right):
                    both[(side.start, side.end)] = max(both.get((side.start, side.end), 0.0), side.score)
                named.add(left.column.name)
    if both:
        candidates = [
            m
            for m in candidates
            if not (
                (m.start, m.end) in both
                and m.column.name not in named
                and m.via in ("partial", "prefix", "abbreviation", "synonym")
                and m.score < 90
                and m.score - both[(m.start, m.end)] <= 5  # (a far better reading of the one word stands)
            )
        ]
    # "price per dozen" of Price/Doz: a rate's name said in words, its "per" no grouping
    spoken = [
        replace(left, end=right.end, score=90.0, word=question[left.start : right.end], via="name")
        for left in candidates
        for right in candidates
        if left.column == right.column
        and left.end < right.start
        and re.fullmatch(r"\s+(?:per|a|an|each)\s+", question[left.end : right.start], re.I)
        and re.search(r"/|\bper\b", left.column.name, re.I)
        and left.score < 90
        and right.score < 90
    ]
    if spoken:
        covered = [(m.start, m.end) for m in spoken]
        candidates = spoken + [m for m in candidates if not any(a <= m.start and m.end <= b for a, b in covered)]
    # "what percent of tows got paid by insurance" of a tow log: the rows, each a tow, not a Tow Charge
    subjects = catalog.subjects.get(frame, frozenset()) if frame is not None else frozenset()
    candidates = [
        m
        for m in candidates
        if not (
            m.via in ("partial", "prefix", "root", "affix")
            and (said_word := re.match(r"[a-z]+", question[m.start :].lower())) is not None
            and said_word.group().endswith("s")
            and stem(said_word.group()) in subjects
            # (SFO's Passenger Count counts the passengers themselves: "what share of passengers" weighs it)
            and not set(m.column.stems) & {"count", "number", "num", "total", "qty", "quantity"}
            and re.search(
                r"(?:%|\bpercent(?:age)?|\bshare|\bproportion|\bfraction)\s+of\s+(?:the\s+|all\s+|our\s+|my\s+)?$",
                question[: m.start],
                re.I,
            )
        )
    ]
    # "how big is a typical romaine head": one head's weight (Avg Head (g)), not the count of Heads
    if re.search(r"\bhow\s+(?:big|heavy|large|small|light)\b", question, re.I):
        weighed = {
            (m.start, m.end)
            for m in candidates
            if m.column.numeric
            and not m.column.whole_count
            and set(m.column.stems) & UNITS
            and not re.match(r"[a-z]*s\b", question[m.start :].lower())
        }
        candidates = [
            m for m in candidates if not ((m.start, m.end) in weighed and m.column.whole_count and m.column.additive)
        ]
    # "how many tune-ups have we done" of archery_tuneups.csv: the rows, not Paper Tune Passes by "tune"
    candidates = [
        m
        for m in candidates
        if not (
            m.via in ("partial", "prefix", "abbreviation")
            and m.score < 90
            and (hyphened := re.match(r"[a-z]+(?:-[a-z]+)+", question[m.start :].lower())) is not None
            and stem(hyphened.group().replace("-", "")) in subjects
        )
    ]
    # "which airport" of a file of airport operations: the rows' own word, never an abbreviation (AIR_TAXI)
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "abbreviation"
            and stem(m.word.lower()) in subjects
            # (cardio of a file on cardiovascular disease is the word's own start: it stands)
            and not m.word.lower().startswith(re.sub(r"[\W_]+", "", m.column.name.lower()))
        )
    ]
    # "which hospital gets the most patients": the label whose values are hospitals (DESTINATION: UNIVERSITY
    # HOSPITAL, ST. MARY'S MEDICAL CENTER), not the AT_HOSPITAL time a word of its name is
    if frame is not None:
        relabeled = []
        for m in candidates:
            word = stem(m.word.lower())
            holders = (
                [
                    c
                    for c in catalog.of(frame)
                    if c.categorical
                    and any(
                        re.search(rf"(?i)\b{re.escape(word)}s?\b", v) and not re.search(r"(?i)\btotal\b", v)
                        for v in c.values
                    )
                ]
                if m.column.is_date
                and m.via == "partial"
                and re.search(r"\b(?:which|what)\s+$", question[: m.start], re.I)
                # ("which market day": a day of Market Date, named with its time word)
                and not re.match(r"\s+(?:day|date|week|month|year|time|night)s?\b", question[m.end :], re.I)
                else []
            )
            relabeled.append(replace(m, column=holders[0], via="synonym") if len(holders) == 1 else m)
        candidates = relabeled
    # "how much have we made from storage fees": the verb's money is the one named in full, not another like it
    strong = {m.column.name for m in candidates if m.score >= 90}
    loose_verbs = {
        (m.start, m.end)
        for m in candidates
        if m.via == "synonym" and m.word.lower() in _MONEY_VERBS and m.column.name in strong
    }
    candidates = [m for m in candidates if (m.start, m.end) not in loose_verbs or m.column.name in strong]
    # a weather station's plain reading is outdoors: Indoor Temperature only when indoors is said
    if not _INDOORS.search(question):
        candidates = [
            replace(m, score=m.score - 0.5) if {"indoor", "inside"} & set(m.column.stems) else m for m in candidates
        ]
    # "what hour do most rides start": a verb said of the rows, not the start's latitude or longitude
    candidates = [
        m
        for m in candidates
        if not (
            {"latitude", "longitude"} & set(m.column.stems)
            and m.via in ("partial", "prefix")
            and stem(m.word.lower()) in {"start", "end", "begin", "finish", "pickup", "dropoff"}
        )
    ]
    # "how many employees are in here": the rows counted, not EMPLOY DATE, which no one counts
    candidates = [
        m
        for m in candidates
        if not (
            (m.column.is_date or m.column.time_of_day or m.column.clock)
            and m.via in ("abbreviation", "partial", "prefix")
            # (the whole word: "how many times" read as Timestamp by "time", its start)
            and re.match(r"[a-z]*", question[m.start :].lower())[0].endswith("s")  # type: ignore[index]
            and re.search(r"\bhow\s+many\s+$", question[: m.start], re.I)
        )
    ]
    # "which campaign group has the cheapest cost": Campaign Group Name said in a run, not Cost Type of "group"
    # (a synonym of type) and "cost" said apart; parts said apart yield to a name's words said in order
    runs = [m for m in candidates if m.via in ("name", "partial") and len(m.word.split()) >= 2]
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "scattered"
            and any(
                r.column != m.column
                and r.start < m.end
                and m.start < r.end
                # ("missions per year" is year_of_mission all the same: its own words, not a synonym, overlap;
                # "elevated buildings" is elevatedBuildingIndicator, a word of its own beside the shared one)
                and not {stem(w) for w in r.word.lower().split()} - STOP <= set(m.column.stems) | {"per", "of"}
                for r in runs
            )
        )
    ]
    # "how many utility patents has texas gotten in total": the words say to add up, they do not name the Total
    # column beside the measure that is named (Utility)
    candidates = [
        m
        for m in candidates
        if not (
            m.word.lower() == "total"
            and re.search(r"\bin\s+$", question[: m.start].lower())
            and any(o.column.numeric and o.column != m.column and o.end <= m.start for o in candidates)
        )
    ]
    # ... nor "total labor we billed" of a Total $ beside Labor $: "total" said right before another measure's name
    candidates = [
        m
        for m in candidates
        if not (
            m.word.lower() == "total"
            and m.column.stems[:1] == ("total",)
            and len(m.column.significant) <= 1
            and any(
                o.column.numeric and o.column != m.column and o.start > m.end and not question[m.end : o.start].strip()
                for o in candidates
            )
        )
    ]
    # "average ticket price" beside Ticket # and Price: the record's number says whose price, it is no measure
    if frame is not None:
        rows = catalog.rows.get(frame, 0)
        candidates = [
            m
            for m in candidates
            if not (
                record_number(m.column, rows)
                and not m.word.lower().endswith("s")  # ("which meter used the most": the meters, then a verb)
                and any(
                    o.column.numeric
                    and not record_number(o.column, rows)
                    and not (o.column.is_date or o.column.time)
                    and o.start > m.end
                    and re.fullmatch(r"\s*(?:'s)?\s*", question[m.end : o.start])
                    and o.word.lower() not in VERBS
                    and not o.word.lower().endswith("ed")
                    for o in candidates
                )
            )
        ]
    # "total change orders across all jobs" beside a Job #: every row, each a job, not a group of each job
    if frame is not None:
        candidates = [
            m
            for m in candidates
            if not (
                record_number(m.column, catalog.rows.get(frame, 0))
                and re.search(
                    r"\b(?:across|over|for|of|in|on)\s+(?:all|every)\s+(?:(?:the|our|my|of\s+the)\s+)?$"
                    # ("what share of jobs had a change order": the rows, each a job, are what is shared)
                    r"|(?:%|\bpercent(?:age)?|\bshare|\bproportion|\bfraction)\s+of\s+(?:the\s+|all\s+|our\s+|my\s+)?$",
                    question[: m.start],
                    re.I,
                )
                and question[m.start : m.end].lower().endswith("s")
            )
        ]
    # "how many inspections were in texas" of osha_inspections.csv: the file's own rows counted, not insp_scope or
    # insp_type, which the word only abbreviates the first part of
    if frame:
        candidates = [
            m
            for m in candidates
            if not (
                m.via in ("abbreviation", "affix")  # ("items" of Item Name, said in full, still names it)
                and m.column.categorical
                and question[m.start : m.end].lower().endswith("s")
                and catalog.names_subject(frame, m.word)
                and _COUNTED_BEFORE.search(question[: m.start])
                # (but "how many extinguishers" of Ext #, the code of each one: the noun's own records, by code)
                and not (m.column.id_like and len([p for p in m.column.stems if p not in CODE_PARTS]) == 1)
            )
        ]
    # "how many inspections failed" of sprinkler inspections: the rows, each an inspection, not Heads Inspected, a
    # count the noun's verb names by its root
    if frame:
        candidates = [
            m
            for m in candidates
            if not (
                m.via == "root"
                and m.column.numeric
                and question[m.start : m.end].lower().endswith("s")
                and catalog.names_subject(frame, m.word)
                and re.search(r"\b(?:how\s+many|number\s+of)\s+$", question[: m.start], re.I)
            )
        ]
    # "how many vulnerabilities are in this file", "the most reports": the records counted, not the kinds of
    # vuln_status or rept_cod, whose first part only says whose status or code it is
    # ("longest fast ive done": the one fast, a row, not a group per Fast Type)
    ranked_one = re.compile(r"\b(?:longest|shortest|biggest|largest|smallest|best|worst|fastest|slowest)\s+$", re.I)
    candidates = [
        m
        for m in candidates
        if not (
            m.via != "name"
            # ("how many noise complaints": a word of what kind before the noun counted)
            and (
                (
                    (
                        _COUNTED_BEFORE.search(question[: m.start])
                        or re.search(r"\bhow\s+many\s+[a-z]+\s+$", question[: m.start], re.I) is not None
                    )
                    # (the whole word said: "fasts", of which Fasting Plan read "fast")
                    and re.match(r"[a-z]*", question[m.start :].lower())[0].endswith("s")  # type: ignore[index]
                )
                or (
                    ranked_one.search(question[: m.start]) is not None
                    and m.column.categorical
                    and not question[m.start : m.end].lower().endswith("s")
                    and re.match(r"\s*(?:type|kind|category|class)\b", question[m.end :], re.I) is None
                )
            )
            and len(words(m.word)) == 1
            and _owner_of_attribute(m.column, stem(m.word.lower()))
            # (Rounds Played counts the rounds themselves: "the most rounds" is its total)
            and not (m.column.numeric and set(m.column.stems[1:]) <= WHOLE_VERBS)
        )
    ]
    # "do the clay courts bring in more money": courts of one Surface, the rows, not the numbers on Court (1-8)
    candidates = [m for m in candidates if not _numbered_rows(m, question, catalog, frame)]
    # "busiest time of day": the hour of the day, not a Day of Week column the word starts, nor Trip Duration
    candidates = [
        m
        for m in candidates
        if not (
            m.via != "name"
            and (
                (m.word.lower() == "day" and re.search(r"\btimes?\s+of\s+(?:the\s+)?$", question[: m.start], re.I))
                or (
                    m.word.lower() in ("time", "times")
                    and not (m.column.is_date or m.column.time_of_day)
                    # (Mindbody's Visit Time "5:00 PM", clock times kept as text, is the time of day)
                    and not any(re.search(r"\d:\d\d", v) for v in m.column.values)
                    and re.match(r"\s+of\s+(?:the\s+)?day\b", question[m.end :], re.I)
                )
            )
        )
    ]
    # "how much have i paid in late fees": the verb after the person says what was done with the column named in
    # full after it (Late Fees), not Instalments Paid, a count its word ends
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "partial"
            and len(words(m.word)) == 1
            and m.score < 90
            and re.search(
                r"\b(?:have|has|did|do|does|had)\s+(?:i|we|you|they)\s+(?:\w+\s+)?$", question[: m.start], re.I
            )
            and re.match(r"\s+(?:in|on|for|as)\b", question[m.end :], re.I)
            and any(o.start > m.end and o.score >= 95 and o.column != m.column for o in candidates)
        )
    ]
    # "how many books have i finished": the books are the rows, not Bookmarks, a compound the word only starts
    # (Step Count still counts the steps "how many steps" asks for)
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "prefix"
            and len(m.column.stems) == 1
            and re.match(r"[a-z]+s\b", question[m.start :].lower())
            is not None  # things counted ("the most rain": Rainfall)
            and _COUNTED_BEFORE.search(question[: m.start])
            and len(rest := m.column.stems[0].removeprefix(stem(m.word.lower()))) >= 4
            and rest != m.column.stems[0]
            and stem(rest) not in ("count", "total", "number", "num", "tally")
        )
    ]
    # "which department spends the most on the cards": the cards are no measure beside the money named (Card Last 4
    # is a card's code; an amount is what is ranked)
    measured = any(m.column.numeric and not m.column.id_like and not m.column.is_date for m in candidates)
    candidates = [
        m
        for m in candidates
        if not (
            measured
            and m.column.id_like
            and m.column.numeric
            and m.via != "name"
            and question[m.start : m.end].lower().endswith("s")
            # (said as what the money went through, not the groups asked for: "which 3 hosts" is host_id)
            and re.search(r"\b(?:on|with|using|through|via)\s+(?:the\s+|my\s+|our\s+|their\s+)?$", question[: m.start])
        )
    ]
    # "how many tvs did people drop off": people are the rows, not a mark kept of some of them (Resident Y/N)
    candidates = [
        m
        for m in candidates
        if not (
            m.via != "name"
            and question[m.start : m.end].lower() in ("people", "folks", "persons", "everyone", "anyone")
            and yes_value(m.column) is not None
            # (said bare, after a verb or a little word: "out of state people" are still the non-residents)
            and (re.findall(r"[a-z']+", question[: m.start].lower()) or [""])[-1] in STOP | {"", "did", "do", "does"}
        )
    ]
    # "how many workers died": what happened to them is counted (total_deaths), not the workers employed
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "synonym"
            and m.score < 50
            and stem(question[m.start : m.end].lower()) in PERSONS | {"people", "person"}
            and re.search(r"\bhow\s+many\s+$", question[: m.start], re.I)
            and any(
                o.start >= m.end
                and o.column.numeric
                and o.column != m.column
                and o.score >= m.score
                and re.fullmatch(r"\s*", question[m.end : o.start])
                for o in candidates
            )
        )
    ]
    # "how many bookings were cancelled": the bookings are the rows, not their Book number read as a short form
    candidates = [
        m
        for m in candidates
        if not (
            m.column.id_like
            and m.via in ("abbreviation", "prefix", "root", "synonym")
            and re.search(r"\b(?:how\s+many|number\s+of)\s+$", question[: m.start], re.I)
            and any(o.start >= m.end and not o.column.id_like for o in candidates)  # what happened to them
            # ("how many different prescribers": each Prscrbr_NPI once)
            and not re.search(r"\b(?:different|distinct|unique|separate|individual)\s+$", question[: m.start], re.I)
            and question[m.start : m.end].lower().endswith("s")
        )
    ]
    # "how many drives went over 80 mph": the drives are the rows, not their Driver, the one who drives
    candidates = [
        m
        for m in candidates
        if not (
            m.via in ("prefix", "partial", "abbreviation")
            and (drive_word := re.match(r"[a-z]+", question[m.start :].lower())) is not None
            and drive_word[0].endswith("s")
            and m.column.stems[:1] in ((stem(drive_word[0]) + "r",), (stem(drive_word[0]) + "er",))
            and re.search(r"\b(?:how\s+many|number\s+of|most|fewest)\s+$", question[: m.start], re.I)
        )
    ]
    # "which year had the most installations": the rows counted, never total_installed_price, a price that only
    # shares the verb's root
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "root"
            and m.column.numeric
            and set(m.column.stems) & _PRICE_PARTS
            and not {stem(m.word.lower())} & _PRICE_PARTS
            and re.match(r"[a-z]*", question[m.start :].lower())[0].endswith("s")  # type: ignore[index]
            and re.search(r"\b(?:most|fewest|least|how\s+many|number\s+of)\s+$", question[: m.start], re.I)
        )
    ]
    # "the most ratings" beside rating (1-5) and rating_count: how many ratings, the count of them
    columns = catalog.of(frame) if frame else catalog.columns
    # "from jan to dec 2024": a month, never StatCan's DECIMALS, a number of the download's bookkeeping
    candidates = [
        m
        for m in candidates
        if not (m.via != "name" and m.column.kind == "other" and set(m.column.stems) & BOOKKEEPING_PARTS)
    ]
    # "which state do most of my buyers live in": Buyer name is empty in eBay's report, nothing to average or rank
    if not _BLANKS_ASKED.search(question):
        candidates = [
            m
            for m in candidates
            if not (
                m.via != "name"
                and m.column.kind == "numeric"
                and not m.column.numeric_text
                and m.column.low is None
                and m.column.high is None
                and m.column.formula is None
            )
        ]
    # "how many requests got approved": Status = Approved, the word as a value, not Approver read by its root
    # (find_mentions runs many times a question: the values are gathered only when a word was read by its root)
    rooted = any(m.via == "root" for m in candidates)
    written = {v.strip().lower() for c in columns if c.categorical for v in c.values} if rooted else set()
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "root"
            and not m.column.flag  # ("late delivery rate": Late_delivery_risk 0/1 marks that very event)
            and (as_said := question[m.start : m.end].lower()) in written
            and as_said not in {v.strip().lower() for v in m.column.values}
        )
    ]
    # "is rqd related to core recovery": the preposition, not a drill log's TO_M
    candidates = [
        m
        for m in candidates
        if not (
            question[m.start : m.end].lower() in ("to", "from", "with")
            and re.search(
                r"\b(?:related|relate|relates|compared?|similar|linked|tied|connected|close|due|next|correlated"
                r"|correlate|relationship|relation|link|connection|go|goes)\s+$",
                question[: m.start],
                re.I,
            )
        )
    ]
    # "how much did square take in fees": a column of one value (Square Gift Card, all "$0.00") is asked for by
    # its name, never by a word that only starts it
    # (a derived column's count of values is only what the profile shows: the brand read off three car names)
    # (a mark on some rows, blank on the rest, is named by its known synonym: "disqualified" of a meet's DQ)
    candidates = [
        m
        for m in candidates
        if not (
            m.column.n_unique == 1
            and m.column.formula is None
            and m.score < 90
            and not (m.via == "synonym" and m.column.one_mark)
        )
    ]
    # "the average fee": fee_cleaned, the number kept beside fee as written ("£4.35m", "Loan", "?")
    if _MEASURE_ASKED.search(question):
        candidates += [
            replace(m, column=twin, score=m.score + 0.05)
            for m in candidates
            if m.score >= 90 and (not m.column.numeric or m.column.numeric_text)
            for twin in columns
            if twin.numeric
            and not twin.id_like
            and len(twin.stems) == len(m.column.stems) + 1
            and twin.stems[: len(m.column.stems)] == m.column.stems
            and twin.stems[-1] in _TWIN_SUFFIXES
        ]
    candidates = [
        replace(m, column=counted[0])
        if m.word.lower().endswith("s")
        and m.column.stems == (stem(m.word.lower()),)
        and re.search(r"\b(?:most|fewest|least|number\s+of)\s+$", question[: m.start].lower())
        and len(
            counted := [
                c
                for c in columns
                if c.numeric and len(c.stems) == 2 and c.stems[0] == m.column.stems[0] and c.stems[1] in _COUNT_WORDS
            ]
        )
        == 1
        else m
        for m in candidates
    ]
    # "what card do people use": Card Brand, the one column the word starts, told apart only by its brand or type
    spans: dict[tuple[int, int], int] = {}
    for m in candidates:  # (a column of one value, Card Source "online", tells nothing apart)
        if m.column.n_unique != 1:
            spans[(m.start, m.end)] = spans.get((m.start, m.end), 0) + 1
    candidates = [
        replace(m, score=75.0)
        if m.via == "partial"
        and m.score < 60
        and spans.get((m.start, m.end)) == 1
        # (not a word that opens a longer reading: "fuel consumption", not Fuel Type)
        and not any(o.start < m.end and m.start < o.end and (o.start, o.end) != (m.start, m.end) for o in candidates)
        and _named_by_one_word(m)
        else m
        for m in candidates
    ]
    # "whats my average rating" beside Average rating and Your rating: the average of the person's own ratings
    if _I_SAID.search(question):
        candidates = [o for m in candidates for o in dict.fromkeys([m, _own_instead(m, columns)])]
    # "the highest paid": of BasePay, OvertimePay, OtherPay and TotalPay, named alike, the total of the parts
    tied: dict[tuple[int, int], list[Mention]] = {}
    for m in candidates:
        tied.setdefault((m.start, m.end), []).append(m)
    for group in tied.values():
        best = max(m.score for m in group)
        top = [m for m in group if best - m.score <= 0.02 and m.via in ("partial", "prefix", "synonym", "root")]
        totals = [m for m in top if "total" in m.column.stems and len(m.column.stems) == 2]
        if len(top) >= 3 and len(totals) == 1 and all(set(m.column.stems) & set(totals[0].column.stems) for m in top):
            candidates = [replace(m, score=best + 0.03) if m is totals[0] else m for m in candidates]
        # "how many got 5 stars": Overall Rating, not Staffing Rating or QM Rating; "spent": Total Inclusive, not
        # Total Exclusive; "the graduation rate": the total cohort's, not the men's, the women's or a 4-year one
        entire = _the_whole(top, question)
        # ("avg overall rate": of a family of series named alike, CPIH ANNUAL RATE 00: ALL ITEMS … 12: MISCELLANEOUS
        # GOODS AND SERVICES, whose longer names score a word a little lower, the all-items one)
        # (and rubella_clinical, rubella_epi_linked, rubella_lab_confirmed, rubella_total: longer names 5 lower)
        near = [m for m in group if best - m.score <= 5 and m.via in ("partial", "prefix", "synonym", "root")]
        if entire is None and len({m.column for m in near}) >= 3:
            entire = _the_whole(near, question)
        if entire is not None:
            candidates = [replace(m, score=best + 0.03) if m is entire else m for m in candidates]
        # "temperature" beside actual_mean_temp, average_min_temp, record_max_temp: what was measured, not the
        # normals and records kept beside it
        observed = [m for m in top if {"actual", "observed"} & set(m.column.stems)]
        if len(top) >= 2 and len({m.column for m in observed}) == 1:
            candidates = [replace(m, score=best + 0.03) if m is observed[0] else m for m in candidates]
        # "how much money have we made in total" of orders in several currencies: Total (USD), the amounts in one
        # currency, not Total, each in its order's own
        converted = [m for m in top if CURRENCY.search(m.column.name) and m.column.numeric]
        if len(top) >= 2 and mixed_currencies(catalog, frame) and len({m.column for m in converted}) == 1:
            candidates = [replace(m, score=best + 0.03) if m is converted[0] else m for m in candidates]
        # "which station": start station name, not its id, latitude or longitude named alike
        names = [m for m in top if m.column.stems[-1:] in (("name",), ("title",)) and m.column.categorical]
        if len(top) >= 2 and len(names) == 1 and all(m.column.stems[:-1] == names[0].column.stems[:-1] for m in top):
            candidates = [replace(m, score=best + 0.03) if m is names[0] else m for m in candidates]
        # "smokers": Smokes, the word alone, not Smokes (years) or Smokes (packs/year) that qualify it
        # ... and "most viewed": Views, not Average view duration
        bare = [m for m in top if len(m.column.stems) == 1]
        if (
            len(top) >= 2
            and len(bare) == 1
            and all(bare[0].column.stems[0] in m.column.stems for m in top)
            and _one_word_tied(top)
        ):
            candidates = [replace(m, score=best + 0.03) if m is bare[0] else m for m in candidates]
        # "the most common cause": STAT_CAUSE_DESCR, the words, not STAT_CAUSE_CODE, the code beside them
        described = [
            m
            for m in top
            if m.column.stems[-1:] in (("descr",), ("desc",), ("description",), ("text",), ("label",))
            and not m.column.numeric
        ]
        codes = [m for m in top if m.column.stems[-1:] in (("code",), ("cd",), ("id",))]
        if (
            len(described) == 1
            and codes
            and all(m.column.stems[:-1] == described[0].column.stems[:-1] for m in codes)
            and len(top) == len(codes) + 1
        ):
            candidates = [replace(m, score=best + 0.03) if m is described[0] else m for m in candidates]
        # "which state": StateDesc ("Texas"), the words, not StateAbbr ("TX"), short codes of the same thing;
        # "what kind of disaster": incidentType ("Severe Storm"), not declarationType ("DR", "EM")
        spelled = [m for m in top if m.column.categorical and _spelled_values(m.column)]
        if (
            len(top) >= 2
            and len(spelled) == 1
            and all(m is spelled[0] or (m.column.categorical and _coded_values(m.column)) for m in top)
        ):
            candidates = [replace(m, score=best + 0.03) if m is spelled[0] else m for m in candidates]
        # "the most deer harvested": Total Harvest, the whole, not Antlered Harvest or Antlerless Harvest, its kinds
        level = [m for m in group if best - m.score <= 0.02]  # (a verb's form too: "harvested")
        # (New Cards Total beside New Cards Adult, Teen and Child: the whole said last)
        whole_words = (("total",), ("all",), ("overall",))
        wholes = [
            m
            for m in level
            if (m.column.stems[:1] in whole_words or m.column.stems[-1:] == ("total",)) and len(m.column.stems) >= 2
        ]
        if (
            len(level) >= 2
            and len(wholes) == 1
            and wholes[0].column.whole_count
            and all(set(wholes[0].column.stems) - {"total", "all", "overall"} <= set(m.column.stems) for m in level)
            # (kinds of it, counted alike: not a percentage or a rate of it)
            and all(m.column.whole_count and not set(m.column.stems) & _RATE_PARTS for m in level)
        ):
            candidates = [replace(m, score=best + 0.03) if m is wholes[0] else m for m in candidates]
        # "average years on the job": Years Of Service, not Incidents This Year, whose year only says when
        dated = [m for m in top if _WHEN_PART.search(m.column.name.replace("_", " "))]
        if len(top) == 2 and len(dated) == 1:
            undated = next(m for m in top if m is not dated[0])
            candidates = [replace(m, score=best + 0.03) if m is undated else m for m in candidates]
        # "which category sells best": Sold quantity names the verb itself, Available quantity only its synonym
        verb = stem(question[group[0].start : group[0].end].lower())
        forms = {verb, IRREGULAR.get(verb, verb), *(k for k, v in IRREGULAR.items() if v == verb)}
        told = [m for m in top if m.via == "synonym" and set(m.column.stems) & forms]
        if len(top) >= 2 and len(told) == 1:
            candidates = [replace(m, score=best + 0.03) if m is told[0] else m for m in candidates]
        # "how many board feet have we sawn": of BF Scaled and BF Sawn, both "board feet", the one "sawn" names too
        even = [m for m in group if best - m.score <= 0.02]
        start, end = group[0].start, group[0].end
        again = [
            m
            for m in even
            if any(o.column == m.column and o.score >= 50 and (o.end <= start or o.start >= end) for o in candidates)
        ]
        if len({m.column for m in even}) >= 2 and len(again) == 1:
            candidates = [replace(m, score=best + 0.03) if m is again[0] else m for m in candidates]
        # "which borough": Boro (MANHATTAN, BRONX), not BoroID (1 … 5), the code kept beside the name
        level = [m for m in group if best - m.score <= 0.02 and m.via != "name"]
        plain = [
            m
            for m in level
            if m.column.categorical
            and any(
                o.column.stems[:-1] == m.column.stems and o.column.stems[-1] in _CODE_SUFFIXES
                for o in level
                if o is not m
            )
        ]
        if len({m.column for m in plain}) == 1:
            candidates = [replace(m, score=best + 0.03) if m is plain[0] else m for m in candidates]
        # "my heart rate": Average heart rate, not the day's Max or Min kept beside it, unless one is asked for;
        # "which region is cheapest": AveragePrice, the whole market, before DetachedPrice or FlatPrice
        mean = [m for m in top if set(m.column.stems) & _MEAN_PARTS]
        if len(top) >= 2 and len({m.column for m in mean}) == 1:
            bounds = {side: [m for m in top if set(m.column.stems) & parts] for side, parts in _BOUND_PARTS.items()}
            said = next((side for side, rx in _BOUND_SAID.items() if rx.search(question)), None)
            pick = bounds[said][0] if said and len(bounds[said]) == 1 else mean[0]
            candidates = [replace(m, score=best + 0.03) if m is pick else m for m in candidates]
        # "which category": eBay category 1 name, the first of numbered like columns, not category 2 name
        numbered = _numbered_first([m.column for m in top])
        if numbered is not None:
            candidates = [replace(m, score=best + 0.03) if m.column is numbered and m in top else m for m in candidates]
        # "which location gets the most rain": the amount (Rainfall), not a yes/no of rain (RainToday), when an
        # amount is asked for; "did it rain": the row's own day (RainToday), not the next (RainTomorrow)
        labels = [m for m in top if m.column.categorical and yes_value(m.column) is not None]
        amount = [
            m
            for m in group
            if m.column.numeric and not m.column.id_like and best - m.score <= 10 and m.via in ("prefix", "synonym")
        ]
        if labels and len(labels) == len(top) and len(amount) == 1 and _AMOUNT_ASKED.search(question):
            candidates = [replace(m, score=best + 0.03) if m is amount[0] else m for m in candidates]
        # "what % of strikes caused damage": the yes/no of it (INDICATED_DAMAGE), not the grades (DAMAGE_LEVEL)
        marks = [m for m in top if not m.column.numeric and m.column.n_unique == 2 and yes_value(m.column) is not None]
        if len(top) >= 2 and len(marks) == 1 and _SHARE_OR_COUNT.search(question):
            candidates = [replace(m, score=best + 0.03) if m is marks[0] else m for m in candidates]
        today = [m for m in labels if {"today", "current"} & set(m.column.stems)]
        if len(labels) >= 2 and len(today) == 1 and not _NEXT_SAID.search(question):
            candidates = [replace(m, score=best + 0.02) if m is today[0] else m for m in candidates]
        # "the layoffs": total_laid_off, not percentage_laid_off, unless a percentage is said ("laid off 100%")
        pct = [m for m in top if set(m.column.stems) & {"percentage", "percent", "pct"}]
        tot = [m for m in top if "total" in m.column.stems]
        before = re.findall(r"[a-z]+", question[: top[0].start].lower())[-1:] if top else []
        qualified = bool(before) and before[0] not in STOP  # "health expenditure": a word of neither, asked about
        if len(top) == 2 and len(pct) == 1 and len(tot) == 1 and not qualified:
            pick = pct[0] if re.search(r"\d\s*%|\bpercent", question, re.I) else tot[0]
            candidates = [replace(m, score=best + 0.03) if m is pick else m for m in candidates]
        # "avg rate by school level" in chronic_absenteeism_report.csv: Chronic Absenteeism Rate (%), the file's own
        # measure, not Economically Disadvantaged Rate (%) kept beside it; "ili": Weighted ILI (%), not the raw one
        subject = catalog.subjects.get(frame, frozenset()) if frame else frozenset()
        shared_stems = set.intersection(*(set(m.column.stems) for m in top)) if top else set()
        own = [m for m in top if (set(m.column.stems) - shared_stems) & subject]
        weighted = [m for m in top if {"weighted", "adjusted"} & set(m.column.stems)]
        raw = [m for m in top if {"unweighted", "unadjusted", "raw"} & set(m.column.stems)]
        whole_tied = any(set(m.column.stems) & {"total", "overall", "all"} for m in top)  # (Total Due beside Taxes Due)
        # (only where no reading above has told them apart: "kind of disaster" is incidentType, spelled out)
        span = (top[0].start, top[0].end) if top else None
        already = any(c.score > best + 0.001 and (c.start, c.end) == span for c in candidates)
        if not already and len(top) >= 2 and len({m.column for m in own}) == 1 and not whole_tied:
            candidates = [replace(m, score=best + 0.03) if m is own[0] else m for m in candidates]
        elif not already and len(top) == 2 and len(weighted) == 1 and len(raw) == 1:
            candidates = [replace(m, score=best + 0.03) if m is weighted[0] else m for m in candidates]
        # "how many emails do i send": Emails Sent, not Emails Received, told apart by the verb said elsewhere
        told_apart = _told_by_word(question, top)
        if told_apart is not None:
            candidates = [replace(m, score=best + 0.03) if m is told_apart else m for m in candidates]
        # "which month did i sleep best": sleep_score, the grade of it, not sleep_cycle or sleep_duration;
        # "who made the most overtime": Overtime Earnings, the money; "who worked the most overtime": its Hours
        for wanted, said_so in _TOLD_BY_VERB:
            told = [m for m in top if set(m.column.stems) & wanted and m.column.numeric]
            if len(top) >= 2 and len({m.column for m in told}) == 1 and said_so.search(question):
                candidates = [replace(m, score=best + 0.03) if m is told[0] else m for m in candidates]
        # "the gdp": gdp_for_year, not gdp_per_capita, when the question says no "per"
        whole = [m for m in top if "per" not in m.column.stems]
        if len(top) == 2 and len(whole) == 1 and not re.search(r"\bper\b", question, re.I):
            candidates = [replace(m, score=best + 0.03) if m is whole[0] else m for m in candidates]
    # "what were people doing when they got attacked": a clause, not a time axis
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "time"
            and m.word.lower() == "when"
            and re.match(
                r"\s+(?:they|he|she|it|you|we|i|people|someone|the\s+\w+\s+(?:was|were|got|is|are))\b",
                question[m.end :],
                re.I,
            )
        )
    ]
    # "the most common cause of fires", "lightning fires vs arson fires": the rows, not FIRE_NAME, each fire's name
    # (the plural of a name column's first word, after "of" or beside a value, with another column named)
    candidates = [
        m
        for m in candidates
        if not (
            len(m.column.stems) >= 2
            and m.column.stems[-1] in ("name", "title")
            and m.word.lower().endswith("s")
            and stem(m.word.lower()) == m.column.stems[0]
            and (
                re.search(r"\bof\s+(?:the\s+|all\s+(?:the\s+)?)?$", question[: m.start].lower())
                or re.match(r"\s+(?:vs\.?|versus|compared|against|or)\b", question[m.end :].lower())
            )
            and any(o.column != m.column and o.score >= 50 for o in candidates)
        )
    ]
    # "how long does it take": a length of time, never a longitude (GEO_LON, "long")
    candidates = [
        m for m in candidates if not (m.word.lower() == "long" and re.search(r"\bhow\s+$", question[: m.start].lower()))
    ]
    # "how much did people pay in total": the people are who did it, the verb names the column (TotalPaid, not
    # NumberOfPeople, a party's size)
    candidates = [
        m
        for m in candidates
        if not (
            m.via in ("partial", "synonym", "prefix")
            and m.word.lower() in ("people", "persons", "folks", "users", "customers", "visitors", "guests")
            and re.search(r"\b(?:did|do|does|have|had|has|will|would|can)\s+$", question[: m.start], re.I)
            and any(o.column != m.column and o.column.numeric and o.start > m.end for o in candidates)
        )
    ]
    # "how many people died": the people are who is counted, the verb names the column (Deaths, not Population)
    candidates = [
        m
        for m in candidates
        if not (
            m.via == "synonym"
            and m.word.lower() in ("people", "persons", "individuals", "folks")
            and any(
                o.column != m.column and o.start > m.end and not question[m.end : o.start].strip() for o in candidates
            )
        )
    ]
    # "the number of missions": a count asked for, not a column called "number" (an astronaut's serial number)
    candidates = [
        m
        for m in candidates
        if not (
            m.word.lower() in ("number", "count")
            and m.column.name.strip().lower() == m.word.lower()
            and re.match(r"\s+of\b", question[m.end :], re.I)
        )
    ]
    # a family's total ("total score" of math, reading and writing) is named only with its word "total"
    candidates = [
        m
        for m in candidates
        if not (m.column.formula and m.column.formula[1] == "rowsum" and " + " not in m.column.name)
        or re.search(rf"\b(?:total|overall|combined)\s+{re.escape(m.column.stems[-1])}", question, re.I)
        # (things counted per format, Print and DVD Checkouts: "checkouts" alone are all of them)
        or m.column.additive
    ]
    # "what hour do most stops happen": the rows, not stop_time, stop_date or stop_outcome
    # "which 3 hosts": the host's code (host_id) counts each host once, before host_name (two hosts may share one)
    coded = {c.stems[0] for c in (catalog.of(frame) if frame else catalog.columns) if c.id_like and c.stems}
    candidates = [
        replace(m, score=m.score - 20)
        if m.via == "partial"
        and m.column.significant[1:] in (("name",), ("title",))
        and m.column.stems[0] in coded
        and len(words(m.word)) == 1
        else m
        for m in candidates
    ]
    records = [
        m
        for m in candidates
        if _records_word(m, catalog.of(frame) if frame else catalog.columns)
        or _trips_counted(m, question)
        or _subject_rows(m, question, catalog, frame)
    ]
    candidates = [m for m in candidates if m not in records]
    # "which month gets the most arrivals": of the arrival_date_* family the rows' word starts, the one of that month
    family = {m.column for m in records}
    candidates += [
        replace(t, column=kept[0], score=95.0, via="partial")
        for t in [c for c in candidates if c.via == "time"]
        # of arrival_date_month and arrival_date_day_of_month, the one that is the month itself
        if len(kept := sorted((c for c in family if c.stems[-1] == stem(t.word.lower())), key=lambda c: len(c.stems)))
        and (len(kept) == 1 or len(kept[0].stems) < len(kept[1].stems))
    ]
    if any(c.is_date for c in (catalog.of(frame) if frame else catalog.columns)):
        # "the busiest single day": a day of the dates, not daytype (a type of day) read from its first word
        candidates = [
            m
            for m in candidates
            if not (
                m.via in ("partial", "prefix", "abbreviation")
                and not m.column.is_date
                and m.word.lower() in _CALENDAR_WORDS
                and m.column.stems
                and m.column.stems[-1] not in _CALENDAR_WORDS
                and any(s in ("day", "week", "month", "year", "hour") for s in m.column.stems[:-1])
                # ("more hours": Hours Played, a number of them, not a part of the calendar)
                and not (m.column.numeric and m.word.lower().endswith("s"))
            )
        ]
    # A whole name said beats any reading of a part of it ("duration (seconds) in minutes", not its first words)
    candidates = [
        replace(c, score=max(o.score for o in inside) + 0.01 + (c.end - c.start) / 10000)  # the longest name wins
        if c.via == "name" and (inside := [o for o in candidates if _inside(o, c) and o.score >= c.score])
        else c
        for c in candidates
    ]
    # Two words of a name said together beat one of them read as another name ("death rate" is Age-adjusted Death
    # Rate, not Deaths): the longer reading covers words the shorter one leaves unread. Readings of the same words
    # keep their lead over each other ("for new cards": New Cards Total, the whole, still above New Cards Adult).
    floor: dict[tuple[int, int], float] = {}
    for c in candidates:
        floor[(c.start, c.end)] = min(floor.get((c.start, c.end), c.score), c.score)
    candidates = [
        replace(c, score=max(o.score for o in inside) + 0.01 + min(c.score - floor[(c.start, c.end)], 0.05))
        if c.via == "partial"
        and len(words(c.word)) >= 2
        and (
            inside := [
                o
                for o in candidates
                if _inside(o, c)
                and o.score >= c.score
                and o.via != "name"  # "previous campaign": the column named previous, said whole, stays
                and not {stem(w) for w in words(c.word)} <= set(o.column.stems)
            ]
        )
        else c
        for c in candidates
    ]
    # A code another column names (COUNTY beside CTYNAME) is that name, unless the code is asked for
    labelled = {(c.start, c.end, c.column.name) for c in candidates}
    candidates = [
        c
        for c in candidates
        if not (
            c.column.named_by is not None
            and (c.start, c.end, c.column.named_by) in labelled
            and not re.match(r"\s*(?:codes?|numbers?|nos?\.?|ids?|fips)\b", question[c.end :], re.I)
        )
    ]
    # "won ... without winning a single stage": of stage_wins and stages_led, the one whose other part is said too
    # (among the best readings of the word only: a name ahead of its id and coordinates stays ahead)
    best_at: dict[tuple[int, int], float] = {}
    for m in candidates:
        best_at[(m.start, m.end)] = max(best_at.get((m.start, m.end), m.score), m.score)
    candidates = [
        replace(m, score=m.score + 1)
        if m.via in ("partial", "prefix")
        and best_at[(m.start, m.end)] - m.score <= 0.02
        and len(m.column.significant) >= 2
        and any(
            o.column != m.column
            and (o.start, o.end) == (m.start, m.end)
            and o.via in ("partial", "prefix")
            and abs(o.score - m.score) <= 0.02
            for o in candidates
        )
        and {p for p in m.column.significant if p not in _said_forms(m.word)}
        & _said_forms(question[: m.start] + " " + question[m.end :])
        else m
        for m in candidates
    ]
    # "which airline": a word that groups is a label's (OP_CARRIER, a carrier) before a short form of a
    # number's name part (AIR_TIME)
    candidates = [
        replace(m, score=max(o.score for o in rivals) + 0.5)
        if m.via == "synonym"
        and m.column.categorical
        and re.search(r"\b(?:which|each|every|per|by)\s+$", question[: m.start].lower())
        and (
            rivals := [
                o
                for o in candidates
                if (o.start, o.end) == (m.start, m.end)
                and o.column.numeric
                and o.via == "abbreviation"
                and o.score - m.score <= 15
            ]
        )
        else m
        for m in candidates
    ]
    # "the importer's quantity": a name said as the owner of a word of a owned_longer name that starts with it
    # (Importer reported quantity), that owned_longer name, not the Importer
    for owner in [c for c in candidates if c.via == "name" and re.search(r"['’]s$", c.word)]:
        owned_longer = [
            c
            for c in candidates
            if c.via in ("scattered", "partial")
            and c.start == owner.start
            and c.end > owner.end
            and len(c.column.stems) > len(owner.column.stems)
            and c.column.stems[: len(owner.column.stems)] == owner.column.stems
        ]
        if len({c.column for c in owned_longer}) == 1:
            owned_best = max(owned_longer, key=lambda c: c.score)
            candidates = [
                c
                for c in candidates
                if c.column != owner.column or not (c.start < owned_best.end and owned_best.start < c.end)
            ]
            candidates = [replace(owned_best, score=owner.score + 0.01) if c is owned_best else c for c in candidates]
    # "infested units": two words said side by side that are both words of one name (Infested Dwelling Unit
    # Count) read that name, before a name the second word alone reads better (# of Dwelling Units)
    # ... and "reported by exporters", the name's words the other way round (Exporter reported quantity), is that
    # name too, not reported figures grouped by Exporter
    # (measures only: "first class passengers" is a value of Pclass and its rows, not Pclass named twice)
    for a in [
        c
        for c in candidates
        if c.via == "partial" and len(words(c.word)) == 1 and c.column.numeric and not c.column.coded
    ]:
        b = next(
            (
                c
                for c in candidates
                if c.column == a.column
                and c.via == "partial"
                and c.start > a.end
                and (gap := question[a.end : c.start].strip().lower()) in ("", "by")
                and (not gap or stem(c.word.lower().rstrip("s")) == c.column.stems[0] != stem(a.word.lower()))
                and len(words(c.word)) == 1
            ),
            None,
        )
        if b is None or stem(a.word.lower()) == stem(b.word.lower()):
            continue
        rivals = [
            c for c in candidates if c.column != a.column and (c.start, c.end) in ((a.start, a.end), (b.start, b.end))
        ]
        if not rivals or (any(c.via == "name" for c in rivals) and not question[a.end : b.start].strip()):
            continue
        best = max(c.score for c in rivals)
        joined = Mention(a.column, a.start, b.end, best + 0.5, question[a.start : b.end], "partial")
        candidates = [c for c in candidates if c not in rivals and c is not a and c is not b] + [joined]
    # "bring in more people" beside Members and Total Visitors, each a count of people: the total, all of them
    people_said = PERSONS | {"people", "person", "kid", "child", "children", "visitor", "attendance"}
    for span in {(m.start, m.end) for m in candidates if m.via == "synonym" and stem(m.word.lower()) in people_said}:
        counts = [m for m in candidates if (m.start, m.end) == span and m.column.numeric and m.column.whole_count]
        peak = max((m.score for m in counts), default=0)
        level_counts = [m for m in counts if peak - m.score <= 0.02]
        whole_counts = [m for m in level_counts if {"total", "all", "overall"} & set(m.column.stems)]
        if len(level_counts) >= 2 and len(whole_counts) == 1 and all(m.via == "synonym" for m in level_counts):
            candidates = [replace(m, score=peak + 0.03) if m is whole_counts[0] else m for m in candidates]
    # Best score first; on a tie numbers win (dates for time words), then the earlier column.
    qualified = not _HYPOTHETICAL & set(words(question.lower()))
    candidates.sort(
        key=lambda m: (
            # a previous or potential figure yields to a plain one a little less close ("cancellation rate":
            # is_canceled, not previous_cancellations)
            -m.score + (6 if qualified and _HYPOTHETICAL & set(m.column.stems) and m.via != "name" else 0),
            qualified and bool(_HYPOTHETICAL & set(m.column.stems)),  # Exam_Score before Previous_Scores
            # a code another column names (Vendor Number beside Vendor Name) yields to that name
            not (m.column.is_date if m.via == "time" else m.column.numeric and m.column.named_by is None),
            m.column.named_by is not None,
            catalog.frames.index(m.column.frame),
            m.column.position,
        )
    )
    chosen: list[Mention] = []
    for m in candidates:
        if any(m.column == c.column or (m.start < c.end and c.start < m.end) for c in chosen):
            continue
        if (
            m.via == "root"
            and m.column.is_date
            and any(
                t.via == "time"
                and t.column == m.column
                and t.end <= m.start
                and re.search(r"\b(?:which|what|each|per|every|by)\s+$", question[: t.start], re.I)
                for t in candidates
            )
        ):
            continue  # "which year had the most observations": the year of observed_on, the rows' own date
        if m.via == "time" and any(c.word.lower() == m.word.lower() for c in chosen):
            continue  # "… each year - which year was the peak": the year named once already, not orbital_period
        if (
            m.via == "time"
            and m.word.lower() in ("time", "times")
            and any(
                (c.column.clock or c.column.time_of_day) and c.end <= m.start and not question[c.end : m.start].strip()
                for c in chosen
            )
        ):
            continue  # "which session time" of Session Start ("7:00 PM"): the clock column said, not the Date
        if (
            m.via == "time"
            and not (m.column.is_date or m.column.year_like)
            and m.column.stems != (stem(m.word),)
            and re.search(r"\b(?:per|a|an|each)\s+$", question[: m.start], re.I)
            and any(c.column.numeric and c.end <= m.start for c in candidates if c.via != "time")
        ):
            continue  # "average births per day": the measure's unit, not day_of_week
        if m.via in ("partial", "prefix") and any(_qualifies(question, m, c) for c in chosen):
            continue  # "arrival month": the month of arrival (arrival_date_month), not also arrival_date_year
        if (
            m.via in ("partial", "prefix", "synonym")  # ("the wettest" month after "rainfall": Rainfall again)
            and stem(m.word.lower()) not in _CALENDAR_WORDS
            and any(
                o.start == m.start
                and o.end == m.end
                and o.score > m.score
                and o.column != m.column
                and any(c.column == o.column for c in chosen)
                for o in candidates
            )
        ):
            continue  # "scored below 40 in math": the word's best column (math score) is named already, not a rival
        if m.via == "time" and any(
            t.via == "time" and t.start == m.start and t.column.is_date and t.column in {c.column for c in chosen}
            for t in candidates
        ):
            continue  # "which month had the most intakes": the month of the date already named (Intake Date)
        chosen.append(m)
    # "department ... which dept": a short form of a column already named in full is that column again
    chosen = [
        m
        for m in chosen
        if not (
            m.via in ("prefix", "partial", "synonym")
            and any(
                c.column != m.column
                and c.via == "name"
                and any(abbreviates(m.word.lower(), s) and m.word.lower() != s for s in c.column.stems)
                for c in chosen
            )
        )
    ]
    # "property type": a weak reading of a word right before a label named in full qualifies that label
    chosen = [
        m
        for m in chosen
        if not (
            m.via in ("prefix", "partial", "abbreviation")
            and m.score < 60
            and any(
                (
                    c.via == "name"
                    or (c.via == "partial" and m.via == "abbreviation")
                    # "lobbying firm": the firm (registrant_name), not lobbying_issue_codes
                    or (
                        c.via == "synonym"
                        and m.via == "partial"
                        and not m.column.numeric
                        and not set(c.column.stems) & set(m.column.stems)
                    )
                )
                and c.column.categorical
                and not question[m.end : c.start].strip()
                and c.start > m.end
                for c in chosen
            )  # ("programming language": the language, not YearsCodePro's "pro")
        )
    ]
    chosen = [m for m in chosen if not _modifier_of_next(question, m, chosen, candidates)]
    chosen = [m for m in chosen if not _unit_of_next(question, m, chosen)]
    chosen = [m for m in chosen if not _counted_by_rate(question, m, chosen)]
    # "the average price per night in each borough": the unit of the measure (not minimum_nights), when a label
    # groups elsewhere in the question
    chosen = [
        m
        for m in chosen
        if not (
            m.via in ("partial", "prefix", "synonym")
            and m.score < 90
            and m.column.numeric
            and re.search(r"\bper\s+$", question[: m.start], re.I)
            and any(
                c.column.categorical
                and re.search(r"\b(?:in|for)\s+(?:each|every)\s+$|\bby\s+$", question[: c.start], re.I)
                for c in chosen
                if c != m
            )
        )
    ]
    # "holiday/promo days vs normal days": the rows a yes/no column marks, said as days, group no calendar
    chosen = [
        m
        for m in chosen
        if not (
            m.via == "time"
            and m.word.lower() in ("day", "days")
            and any(
                c.column.flag and c.end <= m.start and re.fullmatch(r"\s*(?:[/-]\s*\w+)?\s*", question[c.end : m.start])
                for c in chosen
                if c != m
            )
        )
    ]
    # "average skier visits on days with 6 inches or more of new snow": the days the bound picks, not one group
    # per day
    chosen = [
        m
        for m in chosen
        if not (
            m.via == "time"
            and m.word.lower() in ("day", "days", "week", "weeks", "month", "months")
            and re.search(r"\b(?:on|in|for|during)\s+$", question[: m.start], re.I)
            and re.match(r"\w*\s+(?:with|when|where|that|which)\b", question[m.end :], re.I)
        )
    ]
    chosen = [m for m in chosen if not _describes_named(question, m, chosen, candidates)]
    chosen = [m for m in chosen if not _shared_word_of_next(question, m, chosen)]
    chosen = _said_qualifier(question, chosen, candidates)
    chosen = [m for m in chosen if not _rows_counted(question, m, catalog.of(frame) if frame else catalog.columns)]
    # "how many people (adults + kids)": a loose word for one part of a sum the question writes out is that sum
    parts = {n for c in chosen if c.column.formula is not None for n in (c.column.formula[0], c.column.formula[2])}
    chosen = [m for m in chosen if not (m.column.name in parts and m.via in ("synonym", "prefix", "partial"))]
    chosen = _values_and_rows(question, catalog, frame, chosen, candidates)
    chosen = [m for m in chosen if not _year_of_named_date(question, m, chosen)]
    # "the number of planets discovered": counting words, not a column called number (the planets in a system)
    chosen = [
        m
        for m in chosen
        if not (
            m.word.lower() in ("number", "count")
            and re.match(r"\s+of\s+[a-z]", question[m.end :].lower())
            and not any(
                c.column.numeric and re.match(r"\s+of\s+(?:the\s+)?$", question[m.end : c.start]) for c in chosen
            )
        )
    ]
    chosen = [_unit_said(question, m, catalog.of(frame) if frame else catalog.columns) for m in chosen]
    clock = clock_period(question)
    dates = [c for c in (catalog.of(frame) if frame else catalog.columns) if c.is_date]
    span = clock_span(question)
    yearly = [c for c in dates if (c.days or 0) >= 2 * 365]
    if clock is None and len(dates) == 1 and yearly and (moy := month_of_year_span(question)):
        clock, span = "MOY", moy  # "avg max temp for each month" over eleven years: twelve calendar months
    if clock == "MOY" and span and re.fullmatch(r"(?i)time\s+of\s+(?:the\s+)?year", question[span[0] : span[1]]):
        # "what time of year": the month, never a TIME or an INCIDENT_YEAR column
        chosen = [c for c in chosen if c.column.is_date or not (span[0] <= c.start and c.end <= span[1])]
    if (
        clock
        and span
        and len(dates) == 1
        and not any(c.column.is_date or (span[0] < c.end and c.start < span[1]) for c in chosen)
    ):  # "sales by hour", "at the weekend": the cycle of the one timestamp, named or not
        chosen.append(Mention(dates[0], span[0], span[1], 38, question[span[0] : span[1]], "time", clock))
    clocks = [c for c in (catalog.of(frame) if frame else catalog.columns) if c.time_of_day]
    if clock == "H" and len(clocks) == 1:  # "which hour": the time of day kept beside a date (order_time)
        chosen = [
            replace(c, column=clocks[0]) if c.column.is_date and "%H" not in (c.column.date_format or "") else c
            for c in chosen
        ]
        if span and not any(c.column.is_date for c in chosen):
            chosen.append(Mention(clocks[0], span[0], span[1], 38, question[span[0] : span[1]], "time", clock))
    timed = [c for c in (catalog.of(frame) if frame else catalog.columns) if c.timed]
    if clock == "H" and timed:  # "calls by hour of day": of Call Date (a day) and Received DtTm, the one with times
        first = next((c for c in timed if set(c.stems) & START_WORDS), timed[0])
        chosen = [replace(c, column=first) if c.column.is_date and not c.column.timed else c for c in chosen]
    # "which year did i rate the most": the year of Date Rated, named by its verb, not the Year a film came out
    verbed = [c for c in chosen if c.column.is_date and c.via in ("partial", "prefix") and c.word.lower() != "date"]
    years = [c for c in chosen if c.column.year_like and not c.column.is_date and c.word.lower() == "year"]
    if (
        len(verbed) == 1
        and len(years) == 1
        and years[0].end <= verbed[0].start
        and re.search(r"\b(?:which|what)\s+year\s+(?:did|do|have|has|had)\s+(?:i|we|you|they)\b", question, re.I)
    ):
        chosen = [replace(c, calendar="Y") if c is verbed[0] else c for c in chosen if c is not years[0]]
    for i, c in enumerate(chosen):  # "hired each year": HireDate, named by "hired", per calendar year
        if clock and (c.column.is_date or (c.column.time_of_day and clock == "H")):
            chosen[i] = replace(c, calendar=clock)
        elif c.via != "time" and c.column.is_date:
            periods = [t.period for t in candidates if t.column == c.column and t.via == "time" and t.period]
            if periods:
                chosen[i] = replace(c, calendar=periods[0])
        elif c.via == "time" and c.column.is_date and not c.period and c.calendar is None:
            # "has it gotten faster over time? which month had the best download": the month said later
            later = [t for t in candidates if t.column == c.column and t.via == "time" and t.period and t.start > c.end]
            if later and not any(o.start < later[0].end and later[0].start < o.end for o in chosen):
                chosen[i] = later[0]
    # "by parental involvement level": the levels of the label named in full, not Motivation_Level
    chosen = [
        m
        for m in chosen
        if not (
            m.via in ("partial", "prefix")
            and m.word.lower() in _LEVEL_WORDS
            and any(
                c.column.categorical
                and c.via in ("name", "partial")
                and c.score >= 90
                and c.end <= m.start
                and not question[c.end : m.start].strip()
                for c in chosen
            )
        )
    ]
    # "avg goals per game": the aggregate of the measure named next, not AvgH (a column the word starts)
    chosen = [
        m
        for m in chosen
        if not (
            m.via != "name"
            and m.word.lower() in _AGGREGATE_WORDS
            and any(c.column.numeric and c.start > m.end and not question[m.end : c.start].strip() for c in chosen)
        )
    ]
    # "how much money is still owed": Balance, named by "owed"; "money" only says the answer is an amount
    said_money = [m for m in chosen if m.via == "synonym" and m.word.lower() in _MONEY_SAID and m.column.numeric]
    if said_money and any(
        m.column.numeric
        and m.via != "time"
        and m not in said_money
        and (CURRENCY.search(m.column.name) or m.word.lower() in OWED_WORDS)
        for m in chosen
    ):
        chosen = [m for m in chosen if m not in said_money]
    return sorted(chosen, key=lambda m: m.start)


# What could have been, or what was before: a plain column is meant unless the question says the qualifier
_MONEY_AFTER = re.compile(r"\s*(?:prices?|costs?|amounts?|values?|paid|figures?)\b", re.IGNORECASE)
_HYPOTHETICAL = frozenset(
    {"potential", "expected", "target", "forecast", "projected", "budget", "budgeted", "planned"}
    | {"previous", "prior", "former", "prev"}  # "score": Exam_Score, not Previous_Scores
    | {"summer", "winter"}  # "capacity": EIA-860's Nameplate Capacity, not its Summer or Winter ratings
)
_WINDOW = frozenset({"last", "current", "latest", "recent", "this", "next"})
_LEVEL_WORDS = frozenset({"level", "levels", "type", "types", "category", "categories", "group", "groups", "class"})
_AGGREGATE_WORDS = frozenset({"avg", "average", "mean", "median", "max", "maximum", "min", "minimum", "total", "sum"})


def _records_word(m: Mention, columns: list[Column]) -> bool:
    """A plural that starts three or more names is what the rows are: "stops" of stop_date, stop_time, stop_outcome.

    "What hour do most stops happen": each row is a stop, so the word counts rows and names none of those columns.
    """
    if m.via not in ("partial", "prefix") or not names_records(m.word, columns):
        return False
    # ... not a family of counts with its total (WHO's measles_suspect … measles_total): the measles are counted
    family = [c for c in columns if c.stems[:1] == m.column.stems[:1]]
    # ... nor counts of them each way (Emails Received, Emails Sent, Emails Archived): the emails are counted
    each_way = all(c.numeric and c.whole_count and set(c.significant[1:2]) & WHOLE_TAIL for c in family)
    return not (all(c.numeric for c in family) and (any("total" in c.stems for c in family) or each_way))


_MEASURED_BY = re.compile(r"(?:duration|time|distance|length|fare|count)")
_HOW_LONG_WORDS = re.compile(r"\b(?:longest|shortest|longer|shorter|average|avg|mean|median|total|typical)\s+$")


def _trips_counted(m: Mention, question: str) -> bool:
    """A plural that starts a one-word name of a measure of it: "trips per month" beside tripduration.

    Each row is a trip: the trips are counted. Not after a word of their length ("the longest trips").
    """
    said = re.match(r"[a-z]+", question[m.start :].lower())
    word = said.group() if said else ""
    return (
        m.via in ("partial", "prefix")
        and word.endswith("s")
        and len(m.column.stems) == 1
        and m.column.stems[0].startswith(stem(word))
        and _MEASURED_BY.fullmatch(m.column.stems[0][len(stem(word)) :]) is not None
        and not _HOW_LONG_WORDS.search(question[: m.start].lower())
    )


_APART = re.compile(r"\b(?:and|vs\.?|versus|or|against|with|between|compared|than|to)\b|[,;/&]", re.I)


def _said_qualifier(question: str, chosen: list[Mention], candidates: list[Mention]) -> list[Mention]:
    """Of two like names, the one whose own word the question says elsewhere.

    "The hate crime rate ... according to the fbi numbers": avg_hatecrimes_per_100k_fbi, not
    hate_crimes_per_100k_splc, whose "splc" is unsaid.
    """
    said = {stem(w) for w in words(question.lower())}
    for a in chosen:
        if not a.column.numeric or a.via not in ("partial", "prefix", "compound") or a.score < 60:
            continue  # (only a strong reading of several words is read again: "hate crime", not "goal")
        for b in chosen:
            if b is a or not b.column.numeric or (b.start < a.end and a.start < b.end):
                continue
            own_b = {p for p in b.column.significant if len(p) >= 3 and not p[0].isdigit()} - set(a.column.stems)
            own_a = {p for p in a.column.significant if len(p) >= 3 and not p[0].isdigit()} - set(b.column.stems)
            rival = next((c for c in candidates if c.column == b.column and (c.start, c.end) == (a.start, a.end)), None)
            if rival is None or rival.score < 60 or not own_b & said or not own_a - said:
                continue
            # b's weak reading elsewhere ("100k", "fbi") goes; b takes a's place
            return [rival if m is a else m for m in chosen if m is not b]
    return chosen


def _shared_word_of_next(question: str, m: Mention, chosen: list[Mention]) -> bool:
    """A word several long names share, said with a word only one of them holds, is read as that one.

    "percentage of drivers in fatal crashes who were speeding": "drivers" starts "Number of drivers involved ..."
    too, but "speeding" is only in "Percentage Of Drivers ... Who Were Speeding", which holds "drivers" as well.
    """
    if m.via not in ("partial", "prefix") or not m.column.numeric:
        return False
    said = {stem(w) for w in words(m.word.lower())}
    return any(
        c.column != m.column
        and c.via in ("partial", "prefix", "name")
        and c.column.numeric
        and c.start >= m.end
        and said <= set(c.column.stems)
        and not {stem(w) for w in words(c.word.lower())} <= set(m.column.stems)
        and not _APART.search(question[m.end : c.start])
        for c in chosen
    )


def _long_text(column: Column) -> bool:
    """Free text of sentences (a review), not a short label or title."""
    seen = [v for v in column.values if v.strip()]
    return bool(seen) and sum(len(v) for v in seen) / len(seen) >= 30


def _marks_rows(word: str, catalog: Catalog, frame: str) -> bool:
    """A word naming a yes/no column ("cancelled" of Cancelled Y/N) or a label's value: it picks rows out."""
    for c in catalog.of(frame):
        if not c.categorical or c.id_like:
            continue
        if c.n_unique == 2 and c.stems == (stem(word),):
            return True
        # (a state a label holds, "Delayed" of a Status; not a name, "london prices" of RegionName London)
        if word.endswith("ed") and any(v.lower() == word for v in c.values):
            return True
    return False


def _subject_rows(m: Mention, question: str, catalog: Catalog, frame: str | None) -> bool:
    """The file's own noun said for its rows, not a weak reading of a column.

    "The most reviews" in womens_clothing_reviews.csv, not Review Text; "per accident" in road_accidents.csv, not
    Accident_Severity.
    """
    if frame is None or m.via not in ("partial", "prefix", "affix", "synonym") or m.score >= 80:
        return False
    # (a count of the noun, suicides_no of "total suicides per year", is the measure itself)
    counts_it = (
        (
            m.column.numeric
            and not m.column.coded  # (Accident_Severity 1-3 is no count of accidents)
            and len(m.column.significant) <= 2  # suicides_no, not Did_Police_Officer_Attend_Scene_of_Accident
            and (
                bool((_COUNT_WORDS | {"no", "total"}) & set(m.column.stems))  # (WHO's measles_total: the cases)
                or (m.column.additive and not set(m.column.stems) & MONEY_PARTS)  # (Sale Amount is money, no count)
            )
        )
        or (  # "the most disconnections" of Disconnections for Non-Payment: its first word, counted, whatever follows
            m.column.additive
            and m.column.whole_count
            and not m.column.coded
            and m.column.stems[:1] == (stem(m.word.lower()),)
            and m.column.stems[1:2] in (("for",), ("of",), ("from",), ("by",), ("due",))  # (a head, then what)
            and m.column.stems[0] not in MONEY_PARTS
        )
    )
    if not catalog.names_subject(frame, m.word) or m.column.flag or counts_it:
        return False  # ("how many frauds" in credit_card_fraud.csv: the rows Class marks, not every row)
    before = re.search(r"([a-z]+)\s+$", question[: m.start].lower())
    if (
        m.via == "partial"
        and before is not None
        and catalog.names_subject(frame, before.group(1))
        and stem(before.group(1)) not in m.column.stems
        and re.match(r"[a-z]+s\b", question[m.start :], re.I) is not None
    ):
        return True  # "money from license sales" of fishing_license_sales.csv: the file's own two words, its rows
    if (
        not m.column.numeric
        and re.fullmatch(r"[a-z]+ed", m.word.lower())
        and re.search(r"\bhow\s+many\b.*\b(?:got|get|gets|were|was|been|are|is)\s+$", question[: m.start], re.I)
    ):
        return True  # "how many cars got towed" in chicago_towed_vehicles.csv: the rows, not Towed to Address
    plural = re.match(r"[a-z]+[^s]s\b", question[m.start :], re.I) is not None
    if plural and m.column.categorical and yes_value(m.column) is not None and len(m.column.significant) >= 2:
        return True  # "students" in a students' table: every student, not IT Student = Yes (not "did it rain")
    if re.match(
        r"[a-z]*\s+(?:over|above|under|below|more|less|at\s+least|at\s+most|[<>≥≤])\s*[$£€]?\d", question[m.end :], re.I
    ):
        return False  # "claims over 10k": the claim's amount, bounded
    if re.search(r"\b(?:per|each|every)\s+$", question[: m.start], re.I):
        # ("per stock" in sp500_stocks.csv groups by the stock's Name: a label that repeats stays)
        return m.column.numeric or catalog.names_rows(m.column)
    if re.match(r"[a-z]+[^s]s\b", question[m.start :], re.I) is None:
        return False  # the plural: the rows themselves ("gross" is none)
    if m.column.numeric and before is not None and _marks_rows(before.group(1), catalog, frame):
        return True  # "how windy on cancelled flights" of a flight manifest: the flights Cancelled marks, not Minutes
    return (
        # Review Text, long free text (not pizza_name, which groups, nor course_title, which names each row)
        (not m.column.numeric and catalog.names_rows(m.column) and _long_text(m.column))
        or m.column.id_like
        # "won the most games" in nba_elo_games.csv: counted, not gameorder or seasongame
        or re.search(r"\b(?:most|fewest|least|many|number\s+of|count\s+of)\s+$", question[: m.start], re.I) is not None
        # ("the most world records": one word may qualify the rows between, when the reading is a measure; "the
        # most popular courses" keeps course_title)
        or (
            m.column.numeric
            and re.search(
                r"\b(?:most|fewest|least|many|number\s+of|count\s+of)\s+[a-z]+\s+$", question[: m.start], re.I
            )
            is not None
        )
        # "what percent of the sales were condos": the rows themselves, a share of them
        or re.search(r"\b(?:of|among)\s+(?:the|all|all\s+the|these|those)\s+$", question[: m.start], re.I) is not None
        # "what share of matches did i like first" of hinge_matches.csv: a share of the rows, not of match_date
        or (
            m.column.is_date
            and re.search(r"(?:%|\bpercent\w*|\bshare|\bproportion|\bfraction)\s+of\s+$", question[: m.start], re.I)
            is not None
        )
        # "top 5 influencers by total likes" in top_instagram_influencers.csv: rows ranked, not influence_score
        or (
            m.column.numeric
            and re.search(r"\b(?:top|bottom|which|what)\s+(?:\d+\s+|the\s+)?$", question[: m.start], re.I) is not None
        )
        # "plot launches per year" in space_launches.csv: the rows counted per year
        or re.match(
            r"[a-z]+s\s+(?:per|by|each|a|every)\s+(?:year|month|week|day|hour|decade)\b", question[m.start :], re.I
        )
        is not None
    )


def names_records(word: str, columns: list[Column]) -> bool:
    """`_records_word` for a word alone: a plural that starts three or more column names (no name or title)."""
    word = word.lower().strip()
    if not word.endswith("s") or " " in word:
        return False
    said = stem(word)
    started = [c for c in columns if c.stems and c.stems[0] == said and len(c.stems) > 1]
    # "best selling pizzas": pizza_name names each pizza, so the word reads it (pizza_id, pizza_size beside it)
    return len(started) >= 3 and not any(c.stems[1:] in (("name",), ("title",)) for c in started)


def _unit_said(question: str, m: Mention, columns: list[Column]) -> Mention:
    """A measure with its unit in brackets ("avg salary (usd)"): the column of that name in that unit."""
    unit = re.match(r"\s*\(\s*([a-z]{1,6})\s*\)", question[m.end :].lower())
    if unit is None or not m.column.numeric or stem(unit.group(1)) in m.column.stems:
        return m
    said = {stem(w) for w in WORD.findall(m.word.lower())}
    fits = [
        c
        for c in columns
        if c.numeric
        and stem(unit.group(1)) in c.stems
        and said <= set(c.stems) | {x for s in said for x in SYNONYM_OF.get(s, ())}
    ]
    return replace(m, column=fits[0]) if len(fits) == 1 else m


_PER_YEAR = re.compile(r"\b(?:each|per|by|every|which|a)\s+(?:year|yr)s?\b", re.I)


def _year_of_named_date(question: str, m: Mention, chosen: list[Mention]) -> bool:
    """A year named only by "year" beside a date named otherwise ("licences issued per year"): not meant.

    A year column named only by "year" is not the one meant when the question names a date by its other words;
    the year column's own words ("extract") are not said.
    """
    if not (m.column.year_like and not m.column.is_date and m.via == "partial"):
        return False
    if not any((c.column.is_date or c.column.year_like) and c.via != "time" and c is not m for c in chosen):
        return False  # (or another year named by its own words: "commissioned each year", commissioning_year)
    if not any(said.start() <= m.start < said.end() for said in _PER_YEAR.finditer(question)):
        return False
    words_said = {stem(w) for w in re.findall(r"[a-z]+", question.lower())}
    return not any(p in words_said for p in m.column.stems if p not in ("year", "yr") and p not in STOP)


def _values_and_rows(
    question: str, catalog: Catalog, frame: str | None, chosen: list[Mention], candidates: list[Mention]
) -> list[Mention]:
    """Loose one-word readings of a measure that the question means otherwise.

    A word that is a value of a label column ("failed": Status = failure) names that value, not a measure whose
    longer name merely contains it ("Tests Failed"), unless the measure's other words are said beside it ("failed
    tests"). A plural that is the subject of a record code ("runs": Run ID) names the rows, not a measure whose
    name holds it after another word ("Tests Run"): "the most failed runs" counts runs.
    """
    if frame is None:
        return chosen
    columns = catalog.of(frame)
    out = []
    for m in chosen:
        loose = m.via in ("partial", "prefix") and m.score < 90 and m.column.numeric and not m.column.id_like
        said = m.word.lower()
        if loose and " " not in said and len(m.column.significant) > 1:
            near = {stem(w) for w in WORD.findall(question[max(0, m.start - 24) : m.end + 24].lower())}
            others = [p for p in m.column.significant if not same_word(p, said)]
            # ("carbs" of Carb Value (grams): an amount named "<word> Value" is that word's amount, not Event Type)
            amount = m.column.amount_of is not None and same_word(m.column.amount_of, said)
            if not any(p in near for p in others) and not amount:
                valued = any(
                    c.categorical
                    and c != m.column
                    and any(v.strip().isalpha() and same_word(v.strip(), said) for v in c.values)
                    for c in columns
                )
                if valued:
                    continue
                rows = rows_noun(catalog, frame, said)
                # not when the word opens the measure's name: "claims over 10k" are the claims' amounts (Claim Amt)
                subject = same_word(m.column.significant[0], said) and bool(
                    re.match(r"\s+(?:over|under|above|below|more|less|of|worth|>|<|\d)", question[m.end :])
                )
                if rows is not None and said.endswith("s") and rows != m.column and not subject:
                    continue  # the rows themselves: counted, not a column's values
        out.append(m)
    return out


def _numbered_rows(m: Mention, question: str, catalog: Catalog, frame: str | None) -> bool:
    """A numbered thing's plural right after a value of another column: the rows of that value.

    "clay courts" beside Court 1-8 and Surface (Clay, Hard): the courts that are clay, not a mean court number.
    """
    c = m.column
    if frame is None or not c.numeric or c.additive or "int" not in c.dtype.lower() or c.low is None:
        return False
    if c.high is None or c.high - c.low > 50 or c.name.lower().endswith("s"):
        return False
    said = re.match(r"[a-z]+", question[m.start :].lower())
    if said is None or not said.group().endswith("s") or said.group().rstrip("s") != c.name.lower():
        return False
    before = re.search(r"([a-z][a-z-]*)\s+$", question[: m.start].lower())
    return before is not None and any(
        o.categorical and o is not c and before.group(1) in {v.strip().lower() for v in o.values}
        for o in catalog.of(frame)
    )
