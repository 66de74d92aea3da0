"""Offline analyst: reading a question into hints (what kind of analysis, which columns, which conditions).

Rules, not a model: each hint is a small regular expression over the question, and columns are found by
`offline_columns`. Conditions ("price > 100", "only Paris", "between 2010 and 2020") are read first and their
words removed, so that a filter column is not mistaken for the column to plot.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .arithmetic import in_seconds
from .attendance import came_or_missed
from .catalog import (
    CLOCK_SPANS,
    CODE_PARTS,
    MAGNITUDE,
    QUANTITY_STEMS,
    feet_inches,
    flags_kept,
    masks_unknown,
    no_value,
    own_ids,
    repeats,
    rows_noun,
    total_parts,
    travel_times,
    unit_of,
    whole_amounts,
    with_tax_first,
    yes_value,
)
from .columns import (
    CURRENCY,
    STOP,
    SYNONYM_WORDS,
    TIME_WORDS,
    Catalog,
    Column,
    Mention,
    ambiguous,
    find_mentions,
    find_values,
    mixed_currencies,
    names_records,
    stem,
)
from .common import known_by, row_kind
from .idioms import (
    acidic,
    after_due,
    because_of,
    best_average,
    best_period,
    biggest_customer,
    bound_in_unit,
    caseload,
    class_size,
    collected,
    comes_up,
    cost_of_count,
    declined_mark,
    deed_to_deed,
    did_most_things,
    digit_plurals,
    direction_column,
    done_again,
    done_by,
    drop_from_to,
    ended_with,
    fail_rate,
    found_us,
    games_played_out,
    gets_done_most,
    goes_for,
    going_for,
    group_size,
    had_multiplier,
    how_full,
    how_long_are,
    how_many_counted,
    how_many_died,
    how_many_things,
    how_many_units,
    how_many_verbed,
    how_often_done,
    how_paid,
    in_the_air,
    kept_after,
    lost_most,
    made_an_hour,
    made_most,
    made_per_head,
    makes_me_most,
    mark_performance,
    marked_by_name,
    marked_most,
    missing_mark,
    money_made,
    money_received,
    money_taken,
    more_often,
    most_marks,
    net_of_tare,
    net_weight,
    no_idea,
    not_done,
    not_done_yet,
    not_in_any,
    nth_stage,
    on_the_list,
    opponent_played,
    owed_total,
    part_of_count,
    per_row_noun,
    per_thing_total,
    period_doer,
    phrasal_deed,
    priced_things,
    rained_out,
    rate_per_unit,
    response_time,
    scrubbed,
    sends_most,
    share_of_family,
    signed_sides,
    sized_things,
    sold_most,
    sold_out,
    sold_to,
    spends_longest,
    still_on,
    superlative_of_name,
    takes_to_make,
    than_planned,
    things_counted,
    times_closed,
    times_open,
    top_scorer,
    toughest_judge,
    under_price,
    units_counted,
    unsold_left,
    verb_to_most,
    went_up_or_down,
    were_counted,
    what_gets_done,
    what_most,
    what_they_pay,
    what_we_do_most,
    which_class,
    which_night,
    which_pays,
    which_thing,
    whose_people,
    work_won,
)
from .late import late_rows
from .lengths import length_of
from .measures import lone_measure
from .owed import due_or_paid
from .phrasal import distances, done_counted, furthest, longer, longest_outing, one_word, reached, unassigned
from .rates import (
    event_share,
    keeps_attendance,
    lost_rate,
    overall_rate,
    pair_rate,
    per_hundred,
    said_rates,
    share_of_both,
)
from .readings import all_candidates, edit_distance, known_words
from .stock import left_counts, worth
from .together import comparatives, how_often_past, money_of
from .units import units_said
from .values import country_code_columns, everyday_pattern, state_columns
from .words import (
    ADDITIVE_WORDS,
    BAD_WHEN_HIGH,
    BIRTH_STEMS,
    EVENT_COUNTS,
    IRREGULAR,
    MONEY_PARTS,
    MONEY_WORDS,
    OWED_WORDS,
    PAID,
    PERCENT_NAME,
    PERSONS,
    PLAIN_LENGTH_PARTS,
    SIDE_CHARGES,
    SYNONYM_OF,
    WEEKDAYS,
    ZEROS,
    bad_when_high,
    root,
    same_word,
)
from .words import words as split_words

__all__ = ["MONTHS", "Hints", "parse"]

NUM = r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:e[-+]?\d+)?"
DATE = r"\d{4}-\d{1,2}-\d{1,2}"
YEAR = r"(?:1[0-9]|2[0-2])\d{2}"
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_I = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


# Comparison words, most specific first; the value follows them.
_OPS = [
    (">=", r">=|=>|≥|at\s+least|no\s+less\s+than|not\s+less\s+than|since|from"),
    ("<=", r"<=|=<|≤|at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|until|till|through"),
    ("!=", r"!=|<>|≠|is\s+not|isn't|not\s+equal\s+to|other\s+than"),
    (
        ">",
        r">|greater\s+than|more\s+than|higher\s+than|larger\s+than|bigger\s+than|above|over|exceed(?:s|ed|ing)?"
        r"|topped|tops|surpass(?:ed|es)?|after|later\s+than",
    ),
    ("<", r"<|less\s+than|lower\s+than|smaller\s+than|fewer\s+than|below|under|before|earlier\s+than"),
    ("==", r"==|=|equals?|equal\s+to|is|was"),
]
_OP_WORDS = "|".join(f"(?P<op{i}>{words})" for i, (_, words) in enumerate(_OPS))
_COMPARE = _rx(rf"(?<![\w<>=!])(?:{_OP_WORDS})\s*(?P<val>{DATE}|{NUM})(?![\w.\-/])")
_BETWEEN = _rx(rf"\bbetween\s+(?P<a>{DATE}|{NUM})\s+and\s+(?P<b>{DATE}|{NUM})\b")
_FROM_TO = _rx(rf"\bfrom\s+(?P<a>{DATE}|{YEAR})\s+(?:to|until|till|through|-|–)\s+(?P<b>{DATE}|{YEAR})\b")
_YEAR_RANGE = _rx(rf"(?<![\d\-])(?P<a>{YEAR})\s*(?:-|–|to)\s*(?P<b>{YEAR})(?![\d\-])")
_FISCAL = _rx(r"(?:\b(?:in|for|during|of)\s+)?(?:the\s+)?\bfy\s*['’]?(?P<y>\d{4}|\d{2})\b(?!\s*[-/–]\s*\d)")


_OR_MORE = _rx(
    rf"(?<![\w.])(?P<v>{NUM})\s*(?:\+(?!\s*\d)|or\s+(?P<up>above|more|higher|over|greater|better)\b|"
    r"or\s+(?:below|less|lower|fewer|under|worse)\b)"
)


_BARE_YEAR = _rx(r"^\W*(?P<lead>and|what\s+about|how\s+about|same\s+for|now|ok\s+and)?\s*(?P<y>(?:19|20)\d\d)\W*$")


def bare_year(question: str) -> str:
    """A follow-up that is only a year ("and 2023?") said as the readers know it ("and in 2023?")."""
    said = _BARE_YEAR.match(question)
    return f"{said['lead'] or 'and'} in {said['y']}?" if said else question


def percent_meant(text: str, catalog: Catalog, frame: str, several: bool = False) -> Column | None:
    """The column of percentages "above 5%" bounds: the one there is, or of several the named, own or weighted one.

    With `several`, only a choice among several (one alone is read so elsewhere).

    ("how many schools had more than 30% of kids chronically absent": Chronic Absenteeism Rate (%); "weeks above
    5%" of ILINet: Weighted ILI (%), not Unweighted ILI (%).)
    """
    rates = [c for c in catalog.numeric(frame) if not c.id_like and PERCENT_NAME.search(c.name)]
    if len(rates) == 1:
        return None if several else rates[0]
    said = {stem(w) for w in re.findall(r"[a-z]+", text.lower())}
    subject = catalog.subjects.get(frame, frozenset())
    for pick in (
        [c for c in rates if len(said & set(c.stems) - {"rate", "percent", "percentage", "pct"}) >= 1],
        [c for c in rates if set(c.stems) & subject],
        [c for c in rates if {"weighted", "adjusted"} & set(c.stems)],
    ):
        if len(pick) == 1:
            return pick[0]
    return None


def bounds_said(question: str) -> str:
    """A bound said the way the readers know ("at least 90") for "90 or above", "200+ AB", "5 or less"."""

    def bound(m: re.Match[str]) -> str:
        plus = m.group().rstrip().endswith("+")
        return f"{'at least' if plus or m['up'] else 'at most'} {m['v']}"

    def noun_bound(m: re.Match[str]) -> str:
        up = m["dir"].lower() in ("more", "above", "higher", "over", "greater", "better")
        return f"{'at least' if up else 'at most'} {m['v']} {m['w']}"

    question = _OLDER_THAN_YEAR.sub(lambda m: "before" if m["w"].lower() == "older" else "after", question)
    return _NOT_SINCE.sub(
        r"were last \g<verb> before \g<y>", _OR_MORE.sub(bound, _NOUN_OR_MORE.sub(noun_bound, question))
    )


# "boats older than 1990": made before 1990 (a year, not an age)
_OLDER_THAN_YEAR = _rx(r"\b(?P<w>older|newer)\s+than(?=\s+(?:19|20)\d\d\b)")


# "pages that haven't been edited since (before) 2023": the ones last edited before 2023, not the unedited ones
_NOT_SINCE = _rx(
    rf"\b(?:have|has|had)(?:n['’]?t|\s+not)\s+been\s+(?P<verb>[a-z]+ed)\s+since\s+(?:before\s+)?(?P<y>{YEAR})\b"
)


# "16gb ram or more", "5 stars or more": the number, its unit dropped, and the noun it bounds
_NOUN_OR_MORE = _rx(
    rf"(?<![\w.])(?P<v>{NUM})\s*(?:[a-z]{{1,3}}\b)?\s*(?P<w>[a-z]{{3,}})\s+or\s+"
    r"(?P<dir>more|above|higher|over|greater|better|less|fewer|below|under|lower|worse)\b"
)


def fiscal_years(question: str, catalog: Catalog | None = None, frame: str = "df") -> str:
    """A fiscal year ("fy22", "in FY2022") said as people say a year elsewhere ("in 2022"), for every reader.

    Not where a column holds fiscal years as labels (a P-card file's Fiscal Year "FY2024"): that value is meant.
    """
    if catalog is not None and any(
        c.categorical and any(re.fullmatch(r"(?i)fy\s*['’]?\d{2,4}", v.strip()) for v in c.values)
        for c in catalog.of(frame)
    ):
        return question

    def year(m: re.Match[str]) -> str:
        said = m["y"]
        return f"in {said if len(said) == 4 else '20' + said}"

    return _FISCAL.sub(year, question)


IN_YEAR = _rx(
    rf"\b(?:in|for|during|of|only|just)\s+(?:the\s+year\s+)?(?P<y>{YEAR})\b(?![\-/])"
    rf"|(?<![\d\-])(?P<y2>{YEAR})\s+only\b"
)
IN_MONTH = _rx(
    rf"\b(?:in|for|during|only|just"
    # "what share of july traffic": the month's rows, said before their noun
    r"|(?<=%\s)of(?:\s+the)?|(?:(?<=percent\s)|(?<=share\s)|(?<=proportion\s)|(?<=fraction\s))of(?:\s+the)?)"
    rf"\s+(?:the\s+month\s+of\s+)?(?P<m>{_MONTH})\b(?:,?\s+(?:of\s+)?(?P<y>{YEAR})\b)?"
)


_DAY_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# "on july 4th", "on 4 july", "on the fourth of july", "on july 4, 2022": a day of the month said with its month
_ON_MONTH_DAY = _rx(
    rf"\b(?:on|for|during)\s+(?:the\s+)?(?:(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?|(?P<w>{'|'.join(_DAY_WORDS)}))\s+(?:of\s+)?(?P<m2>{_MONTH}))\b"
    rf"(?:,?\s+(?P<y>{YEAR})\b)?"
)


def month_number(said: str) -> int:
    """1-12 for a month's name or its abbreviation ("jan", "Sept")."""
    return next(i for i, name in enumerate(MONTHS, 1) if name.startswith(said.lower()[:3]))


_ORDINALS = ("fir", "sec", "thi", "fou", "1st", "2nd", "3rd", "4th")
_IN_QUARTER = _rx(
    rf"\b(?:in|for|during|of|over)\s+(?:the\s+)?(?:q(?P<q>[1-4])|(?P<w>first|second|third|fourth|1st|2nd|3rd|4th)"
    rf"\s+quarter)\b(?:,?\s+(?:of\s+)?(?P<y>{YEAR})\b)?"
)
_NEGATION = _rx(
    r"\b(?:not(?:\s+(?:counting|including|incl\.?))?|except|excluding|exclude|without|other\s+than|apart\s+from"
    r"|aside\s+from|besides|but\s+not|no|never|\w+n['’]t|leav(?:e|ing)\s+out|ignor(?:e|ing)|drop(?:ping)?"
    r"|outside(?:\s+of)?|non"  # "companies outside the us", "non-us": every other value
    r"|(?:most|highest|biggest|largest|top|best)\b.{0,40}?\bafter"
    r"|skip(?:ping)?|minus)\s+(?:(?:get|got|be|been|being)\s+)?(?:for\s+)?(?:the\s+)?$"
)
# (an apostrophe inside a word opens and closes nothing: "don't count the ones i didn't score")
_QUOTED = re.compile(r"(?:[\"“‘]|(?<![a-z])')(?P<val>[^\"'“”‘’]{1,60})(?:[\"”’]|'(?![a-z]))", re.IGNORECASE)
_GUESS_VALUE = re.compile(r"\b(?i:only|just|for|in|from|at)\s+(?i:the\s+)?(?P<val>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)")
_FILLER = {
    "is",
    "was",
    "are",
    "were",
    "of",
    "the",
    "value",
    "values",
    "rows",
    "row",
    "with",
    "where",
    "s",
    "its",
    "has",
    "have",
    "a",
    "an",
}

_CLEAR = _rx(
    r"\b(?:remove|clear|drop|reset|undo|without|no)\s+(?:the\s+|any\s+|all\s+)?filters?\b"
    r"|\ball\s+(?:the\s+)?(?:rows|data)\b|\bunfiltered\b|\bwhole\s+(?:data|dataset|table)\b"
    # "total views across all of them": every row again, not the ones just counted
    r"|\b(?:across|over|for|of)\s+all\s+of\s+them\b|\bacross\s+all\s+(?:the\s+|my\s+)?[a-z]+s\b"
)
# "and what's our shrink rate overall", after a question about 2024: every row again (the word still says a total)
_OVERALL_END = _rx(r"\boverall\s*[?.!]*\s*$")
_GROUP_BY = _rx(r"\b(?:group(?:ed)?|broken\s+down|break\s+(?:it\s+)?down|split|aggregated?)\s+by\b")

# Fits.
_LINEAR_PHRASES = _rx(
    r"\bline\s+of\s+best\s+fit\b|\bbest[\s-]+fit(?:ting)?\s+line\b|\bstraight[\s-]+line\b"
    r"|\btrend[\s-]*line\b|\bregression\s+line\b|\bfit\s+(?:a\s+|the\s+)?line\b|\bleast[\s-]+squares\b"
    r"|\blinear\s+(?:fit|model|regression|trend|relationship)\b"
    r"|\b(?:slope|intercept|gradient|rate\s+of\s+change)\b"
)
_BEST = _rx(
    r"\bbest(?:[\s-]+fitting)?\s+(?:model|fit|curve|function|equation|regression)\b"
    r"|\bfits?\s+(?:\w+\s+){0,3}(?:the\s+)?best\b|\bwhich\s+(?:model|curve|fit|function|equation)\b"
    r"|\bcompare\s+(?:the\s+|different\s+)?(?:models|fits|curves)\b|\bbest\s+describes\b"
    r"|\bfit\s+a\s+curve\b|\bwhat\s+kind\s+of\s+(?:curve|relationship|model|fit)\b|\bbest\s+model\b"
)
_SCALE_LOG = _rx(
    r"\blog(?:arithmic)?[\s-]*(?:scale|axis|axes|y\b|x\b|plot)|\bsemi-?log|\blog[\s-]*log\b|\bloglog\b"
    r"|\bon\s+a\s+log\b|\b[xy][\s-]*axis\s+(?:on\s+a\s+|in\s+|as\s+)?log"
)
_SCALE_X = _rx(
    r"\blog(?:arithmic)?[\s-]*(?:scale\s+(?:on|for)\s+(?:the\s+)?)?x\b"
    r"|\bx[\s-]*axis\s+(?:on\s+a\s+|in\s+)?log"
    r"|\blog(?:arithmic)?\s+(?:scale\s+)?(?:on\s+)?(?:the\s+)?x[\s-]*axis"
)
_SCALE_BOTH = _rx(r"\blog[\s-]*log\b|\bloglog\b|\bboth\s+axes\b|\blog(?:arithmic)?\s+(?:scales?\s+)?(?:on\s+)?both\b")
_SCALE_OFF = _rx(
    r"\b(?:linear|normal|regular)\s+(?:y[\s-]*)?(?:scale|axis|axes)\b"
    r"|\b(?:no|without|remove|undo|drop|disable|turn\s+off|switch\s+off)\s+(?:the\s+|a\s+)?log"
)
_EXP = _rx(r"\bexp(?:onential(?:ly)?)?\b")
# (not the verb: "how many hours did each person log", "hours logged", "log in")
_LOG_FIT = _rx(
    r"(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)(?<!\bto\s)"
    r"(?<!\bperson\s)(?<!\bteam\s)(?<!\bstaff\s)(?<!\beveryone\s)(?<!\bpeople\s)(?<!\byou\s)(?<!\bhe\s)"
    # (nor a verb ending the question: "how many hours did the team log?")
    r"(?<!\bshe\s)(?<!\bwho\s)(?<!\bthat\s)\blog(?:arithmic|arithm)?\b"
    # (nor "log more books": the verb, said of how much)
    r"(?!\s+(?:in|on|out|hours|time|more|fewer|less|the\s+most|most|a\s+lot|lots|many)\b|\s*[?.!]*\s*$)"
)
_POWER = _rx(r"\bpower[\s-]*(?:law|fit|model|curve|function|regression|relationship)\b|\ballometric\b")
_POWER_WORD = _rx(r"\bpower\b")
_DEGREE = [
    _rx(r"\b(?:degree|deg|order)[\s-]*(?P<n>\d{1,2})\b"),
    _rx(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)?[\s-]*(?:degree|order)\b"),
    _rx(r"\bpoly(?:nomial)?[\s-]*(?:of\s+)?(?:degree\s+)?(?P<n>\d{1,2})\b"),
]
_DEGREE_WORDS = [
    (2, r"quadratic|parabol\w*|second[\s-]+(?:order|degree)"),
    (3, r"cubic|third[\s-]+(?:order|degree)"),
    (4, r"quartic|fourth[\s-]+(?:order|degree)"),
    (5, r"quintic|fifth[\s-]+(?:order|degree)"),
]
_POLY = _rx(r"\bpoly(?:nomial)?\b")
_LINEAR = _rx(r"\blinear\b|\bregress(?:ion)?\b|\bstraight\b")
_FIT = _rx(r"\bfit(?:s|ted|ting)?\b|\bmodel(?:s|led|ling)?\b|\bcurve\b")

# Charts.
_CHARTS = [
    ("heatmap", _rx(r"\bheat[\s-]*map\b|\bcorrelation\s+matrix\b")),
    ("scatter", _rx(r"\bscatter")),
    ("box", _rx(r"\bbox(?:[\s-]*(?:plot|and[\s-]+whiskers?))?(?:es|s)?\b|\bwhiskers?\b|\bviolin\b")),
    ("hist", _rx(r"\bhist(?:ogram)?s?\b|\bdistribution\b|\bfrequenc(?:y|ies)\b|\bspread\s+of\b")),
    ("bar", _rx(r"\bbars?\b|\bbar[\s-]*(?:chart|plot|graph)s?\b|\bcolumn\s+chart\b|\bbarplot\b|\bpie\b")),
    ("line", _rx(r"\blines?\b|\bline[\s-]*(?:chart|plot|graph)\b")),
]
# ("kids come see the nurse": a visit, no chart)
_PLOT = _rx(
    r"\b(?:plot|chart|graph|visuali[sz]e|draw|display|show|(?<!come\s)(?<!came\s)(?<!comes\s)(?<!go\s)see|picture"
    r"|figure)\b"
)
_TIME_AXIS = _rx(
    r"\bover\s+(?:the\s+)?(?:time|years|months|days|weeks|period)\b|\btime[\s-]*series\b|\btrends?\b"
    r"|\bevolution\b|\bevolv\w*|\bchange[sd]?\s+over\b|\bover\s+(?:the\s+)?(?:date|day|year|month)s?\b"
    r"|\bthrough\s+time\b|\bacross\s+time\b|\bhistory\b"
)

# Values said to be wrong: a typical value then is the median, which a few absurd ones do not move.
_JUNK = _rx(
    r"\b(?:junk|garbage|rubbish|nonsense|bogus|absurd|crazy|silly|impossible|typos?|outliers?|wrong|bad data)\b"
)

# Aggregates and rankings.
_AGGS = [
    (
        "mean",
        _rx(
            r"\b(?:mean|average|avg|typical)\b"
            # "how long does it usually take": the typical length, an average
            r"|\bhow\s+(?:long|much|far|big|fast|high|old|deep|tall|heavy|wide|large|expensive)\b.*\b(?:usually|typically|normally|generally)\b"
            # "how many people usually come to a service": the typical Guests of a row
            r"|\bhow\s+many\s+(?:people|guests|visitors|folks|kids|players|riders|passengers)\s+"
            r"(?:usually|typically|normally|generally)\b"
            # "how many hours a week does an artist usually tattoo": a row's typical hours
            r"|\bhow\s+many\s+[a-z]+s\s+(?:an?\s+(?:day|week|month|night)\s+)?(?:do|does|did)\s+"
            r"(?:(?:an?|the|each|every|our|my)\s+)?[a-z]+\s+(?:usually|typically|normally|generally)\b"
            # "how much do we make in tips on a rainy day": the typical day's, not every rainy day's added up
            r"|\bhow\s+(?:much|many)\b.*\bon\s+an?\s+(?:[a-z]+\s+){0,2}(?:day|night|shift)\b"
            # "what do tickets usually cost", "what does a room normally go for": the typical price
            # ("what does it usually sell for": the thing just named, read as before)
            r"|\bwhat\s+(?:do|does|did)\s+(?!it\b|that\b|this\b|they\b|those\b)\w+(?:\s+\w+)?\s+"
            r"(?:usually|typically|normally|generally)\s+(?:cost|costs|go\s+for|sell\s+for"
            r"|weigh|weighs|pay|earn|make|charge)\b"
        ),
    ),
    ("median", _rx(r"\bmedian\b")),
    # ("what's my overall gain or loss": all of mine added up)
    # ("what's it all worth", "what are they all worth": every row's value added up)
    (
        "sum",
        _rx(
            r"\b(?:sum|sums|total|totals|summed|altogether|all\s+together|combined|(?:my|our)\s+overall)\b"
            r"|\b(?:it|they|them|these|those|everything)\s+all\s+worth\b"
            # "how much snow fell in the 2022-23 season": every day's fall added up
            r"|\bhow\s+much\b[\w\s]{0,30}?\b(?:fell|has\s+fallen|have\s+fallen|came\s+down)\b"
            # "how much tuition did we bill in 2024": every row's charge added up
            r"|\bhow\s+much\b[\w\s]{0,30}?\b(?:did|have|has)\s+(?:we|i|they)\s+"
            r"(?:bill|billed|charge|charged|collect|collected|invoice|invoiced)\b"
        ),
    ),
    (
        "count",
        _rx(
            r"\b(?:count|counts|how\s+many|how\s+often|number\s+of|frequency|most\s+(?:common|frequent|popular))\b"
            r"|\b(?:shows?|turns?|comes?|pops?)\s+up\s+(?:the\s+)?most\b|\b(?:appears?|occurs?)\s+(?:the\s+)?most\b"
            # "which genre do i have the most of": the rows of each, counted
            r"|\b(?:have|has|own|owns|got)\s+(?:the\s+)?(?:most|fewest|least)\s+of\b"
            # "which month was it flown the most": the times it was, counted
            r"|\b(?:was|were)\s+(?:it|they|this|that)\s+[a-z]+(?:ed|en|wn)\s+(?:the\s+)?(?:most|least)\W*$"
        ),
    ),
    ("std", _rx(r"\b(?:std|standard\s+deviation|stdev)\b")),
    ("min", _rx(r"\b(?:min|minimum)\b")),
    ("max", _rx(r"\b(?:max|maximum)\b")),
]
_AGG_SAID = dict(_AGGS)
# ("across all articles", "across the whole file": everything, no grouping)
_BY = _rx(
    r"\b(?:by|per|for\s+each|for\s+every|each|every|across(?!\s+(?:all|the\s+whole|everything|these|those|them|this|the\s+(?:board|data|dataset|table)))|within)\b"
)
_TOP = [
    _rx(
        r"\b(?P<dir>top|bottom|largest|biggest|highest|lowest|smallest|best|worst|greatest)\s+"
        rf"(?P<n>\d{{1,5}}|{'|'.join(NUMBER_WORDS)})\b(?!\s*(?:-|st\b|nd\b|rd\b|th\b))"
    ),
    _rx(
        rf"\b(?P<n>\d{{1,5}}|{'|'.join(NUMBER_WORDS)})\s+(?P<dir>highest|largest|biggest|most|lowest|smallest"
        r"|least|best|worst|greatest|top|bottom)\b"
    ),
]
_SORT = _rx(r"\bsort(?:ed)?\b|\border(?:ed)?\s+by\b|\brank(?:ed)?\s+by\b")
_WHICH_N = _rx(
    rf"\b(?:which|what)\s+(?P<n>[2-9]|[1-4]\d|{'|'.join(w for w in NUMBER_WORDS if w != 'one')})\s+"
    r"(?:[^\W\d_]+\s+)?[^\W\d_]+s\b"  # "which 5 event types"
)
_TOP_ALONE = _rx(r"\b(?P<dir>top|bottom)\s+(?P<word>[^\W\d_]+)")
_MAX_WORDS = (
    r"highest|most|largest|biggest|greatest|best|peak|peaked|hottest|warmest|wettest|windiest|busiest"
    r"|strongest|top|max|maximum|more\s+expensive|most\s+expensive|longest|oldest|tallest|heaviest"
    r"|latest|fastest|richest|deepest|widest|leading"
)
_MIN_WORDS = (
    r"lowest|least|smallest|fewest|worst|bottom|coldest|coolest|driest|cheapest|weakest|min|minimum"
    r"|shortest|youngest|lightest|earliest|slowest|poorest|shallowest|narrowest|quietest|calmest|least\s+busy"
)
_N_SUPERLATIVE = _rx(
    rf"\b(?:the\s+)?(?P<n>[2-9]|[1-9]\d|{'|'.join(w for w in NUMBER_WORDS if w != 'one')})\s+"
    rf"(?P<sup>{_MAX_WORDS}|{_MIN_WORDS}|[a-z]{{3,}}est)\b"
)
_EXTREME = _rx(rf"\b(?P<max>{_MAX_WORDS})\b|\b(?P<min>{_MIN_WORDS})\b")
_WHICH = _rx(r"\b(?:which|what|who|where|when|whose)\b")
_ROWS = _rx(r"\b(?:rows?|records?|entries|entry|observations?|lines)\b")
# Things a table's rows often are, said where a column would go ("which stadium hosted the most games?"): the rows
# counted, when no column is named so
_EVENTS = _rx(
    r"\b(?:games?|matches|fixtures|crash(?:es)?|collisions?|accidents?|incidents?|trips?|rides?|journeys?"
    r"|bookings?|reservations?|transactions?|episodes?)\b"
)
# What a table of adverts counts ("which make has the most listings"): its rows, when no column is named so
_LISTED = _rx(r"\b(?:listings?|postings?|ads|adverts?)\b")

# Correlation.
_CORR = _rx(
    # "heat related events", "work-related injuries": a kind of thing, not a relationship asked about
    r"\bcorrelat\w*|\bcorrs?\b|\brelationship\b|\brelated\b(?=\s?(?:to\b|with\b|at\s+all\b|in\s+any\b|$|[?.,!;]))"
    r"|\brelation\b|\bassociat\w*|\bconnected\b|\bcovar\w*"
    # "does the day 7 count tell you much about the final count": one read off the other
    r"|\btells?\s+(?:you|us|me)\s+(?:much|anything|a\s+lot)\s+about\b"
    r"|\b(?:line|lines|lined)\s+up\s+with\b"  # "do the judges' scores line up with the votes"
    r"|\bdepend\w*\s+on\b|\blinked\b|\bgo\s+together\b"
    # "do checks slow me down": the one against the time it takes
    r"|\b(?:slow|slows|slowed|speed|speeds|sped)\s+(?:me|us|you|them|it|things|people)?\s*(?:down|up)\b"
    # "is there a link between how many kids cross and incidents", "does kerosene move with heating oil"
    r"|\b(?:a|any|the)\s+(?:link|connection)\s+between\b|\b(?:move[sd]?|moving|track[sed]*)\s+(?:together\s+)?with\b"
    # "does price go up with size?", "does usage rise when it's colder?", "does x fall as y grows?"
    r"|\b(?:go(?:es)?|went|move[sd]?)\s+(?:up|down)\s+(?:with|when|as|if)\b"
    r"|\b(?:rise|rises|fall|falls|increase|increases|decrease|decreases|drop|drops|grow|grows)\s+(?:when|as|if)\b"
    r"|\b(?:rise|rises|fall|falls|grow|grows|climb|climbs)\s+with\b"
    # "do parks with lots of tent campers also get lots of rv campers", "do more observers find more species?"
    r"|\bwith\s+(?:lots\s+of|a\s+lot\s+of|many|more|high|higher|bigger|larger)\s+[a-z][\w\s.]{1,40}?\s+(?:also\s+)?"
    r"(?:get|have|see|draw|attract|make|earn|score|find|take)\s+(?:lots\s+of|a\s+lot\s+of|many|more|higher|bigger)\b"
    r"|^\W*(?:do|does)\s+more\s+[a-z][\w\s.]{1,30}?\s+(?:get|have|see|draw|attract|make|earn|score|find|take|mean)"
    r"\s+more\b"
    # "does the heat index go along with how many people show up"
    r"|\bgo(?:es)?\s+along\s+with\b"
)
_CORR_MOST = _rx(
    r"\b(?:most|strongest|highest|best|top|more)\b|\bwhich\s+(?:column|variable|feature|factor|one)"
    r"|\bwhat\s+(?:column|variable|feature|factor)"
)
_DRIVERS = _rx(
    r"\bwhat\s+(?:drives|influences|affects|predicts|explains|determines)\b|\bbest\s+predictor"
    r"|\bwhich\s+(?:column|variable|feature|factor)s?\s+(?:drives?|influences?|affects?|predicts?|explains?)"
)
_CORR_MATRIX = _rx(
    r"\bmatrix\b|\ball\s+(?:the\s+)?(?:columns|variables|correlations|pairs|numbers)\b"
    r"|\bcorrelations\b|\bpairwise\b|\bevery\s+pair|\beach\s+other\b|\bheat[\s-]*map\b"
)

# "what are its min and max?": both ends of a column, as its description gives them
_BOTH_ENDS = _rx(
    r"\b(?:min(?:imum)?|lowest)\s+(?:and|&)\s+(?:max(?:imum)?|highest)\b|\b(?:max(?:imum)?|highest)\s+(?:and|&)\s+(?:min(?:imum)?|lowest)\b"
    # "avg and median spirit servings": two figures of one column, which its description gives
    r"|\b(?:mean|average|avg)\s+(?:and|&)\s+(?:the\s+)?median\b(?!.*\b(?:by|each|across|between)\b)"
    r"|\bmedian\s+(?:and|&)\s+(?:the\s+)?(?:mean|average|avg)\b(?!.*\b(?:by|each|across|between)\b)"
)
_OVERVIEW = _rx(
    r"\boverview\b|\bdescribe\b|\bdescription\b|\bsummar(?:y|ize|ise)\b|\bstat(?:istic)?s\b|\bexplore\b"
    r"|\bwhat(?:'s|\s+is)\s+in\b|\btell\s+me\s+about\b|\bwhat\s+does\s+(?:the|this|my)\s+data\b"
    r"|\blook\s+at\s+(?:the|my)\s+data|\bshow\s+(?:me\s+)?(?:the\s+)?(?:data|dataset|table|head)\b"
    r"|\bcolumns\b|\binfo\b|\bprofile\b|\bshape\b|\bhow\s+many\s+(?:rows|columns|records)\b"
    r"|\bhow\s+big\b|\bfirst\s+rows\b|\bwhat\s+(?:data|columns)\b"
    r"|\b(?:plot|show|chart|graph|visuali[sz]e)\s+(?:me\s+)?(?:everything|all(?:\s+(?:the\s+)?"
    r"(?:columns|data|variables))?)\b"
)
_SAME = _rx(
    r"\bsame\b|\brepeat\b|\bagain\b|\bwhat\s+about\b|\bhow\s+about\b|\band\s+for\b|\bdo\s+(?:it|this|that)\b"
    r"|\binstead\b|\balso\s+for\b|\bnow\s+for\b|\band\s+now\b|\bswitch\s+to\b|\breplace\b"
)
_BACK = _rx(r"\b(?:that|it|this|those|the\s+(?:last|previous|same)|again|now|instead|also|too|then)\b")
_GREETING = _rx(
    r"^\s*(?:hi|hello|hey|hallo|hiya|bonjour|good\s+(?:morning|afternoon|evening)|thanks?|thank\s+you"
    r"|cheers|ok|okay|great|nice|cool)\b[\s!.,]*(?:there|you|a\s+lot|so\s+much)?[\s!.,]*$"
)
_HELP = _rx(
    r"^\s*help\b|\bwhat\s+can\s+you\s+do\b|\bwho\s+are\s+you\b|\bhow\s+does\s+this\s+work\b"
    r"|\bwhat\s+(?:can|should)\s+i\s+ask\b|\bwhat\s+do\s+you\s+(?:do|support)\b|\bcapabilit\w*"
    r"|\bhow\s+(?:do|can)\s+i\s+use\s+(?:you|this)\b"
)
_OUT_OF_SCOPE = _rx(
    r"\bneural\b|\bdeep\s+learning\b|\bmachine\s+learning\b|\brandom\s+forest|\bxgboost|\bgradient\s+boost"
    r"|\bsvm\b|\bk-?means\b|\bclusters?\b|\bclustering\b|\bclassif\w*|\btrain(?:ing)?\b|\bforecast\w*|\bpredict\w*"
    r"|(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)\btranslat\w*|\bbusiness\s+(?:decisions?|plans?|cases?|models?|value|impact|ideas?|goals?)\b|\bstrateg\w*|\brecommend\w*|\badvi[cs]e\b|\bshould\s+(?:i|we)\b|\bwhy\b"
    r"|\bwhat\s+does\s+(?:this|that|it)\s+mean\b|\bmeaning\b|\binterpret\w*|\bimplications?\b|\bpoem\b|\bessay\b"
    r"|\be-?mail\b|\bletter\b|\bstory\b|\bjoke\b|\bsentiment\b|\bopinion\b|\bexplain\b|\binsights?\b"
    # ("what causes ...", causation: inference; "strikes that caused damage" is an event counted)
    r"|\bcaus(?:e|es|ed|ation|al)\b(?!\s{3,}|\s+(?:by|the\s+most|the\s+least|more|less|most|the\s+biggest|the\s+highest|an?\s+|any\s+|some\s+|no\s+|damage|injur|death|delay|fire))|\bsql\b|\binternet\b|\bweb\b|\bscrape\b|\bp-?values?\b|\bt-?test\b|\banova\b"
    r"|\bsignifican\w*|\bhypothes\w*|\bwrite\s+(?:a|an|me)\b|\bcompose\b|\bpoetry\b|\b(?:write|compose|sing|make|create)\s+(?:me\s+|us\s+)?(?:an?\s+)?song\b|\bsummari[sz]e\s+this\s+text"
    # ("how many posts are in this export": the file itself, a noun after a determiner)
    # (not what a business does to its rows: "how many shirts did we clean", "what did we convert")
    r"|(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)\b(?:delete|rename|insert|modify|edit|merge|join|pivot|impute|clean|convert)\b"
    r"|(?<!\bthis\s)(?<!\bthe\s)(?<!\bmy\s)(?<!\ban\s)\bexport\b"
    # saving the data or a chart (not "how many did i save in 2023" of a bookmarks export, its rows)
    r"|\bsave\s+(?:it|this|that|them|as|to|a\s+copy|the\s+(?:data|file|table|chart|plot|figure|results?|notebook|csv|"
    r"output|changes))\b"
    r"|\b(?:add|create|drop|remove|fill)\s+(?:a\s+|the\s+|new\s+|missing\s+)*(?:columns?|rows?|variables?|fields?|values)\b"
)


@dataclass
class Hints:
    """What a question asks for, before follow-ups and defaults are settled."""

    question: str
    mentions: list[Mention] = field(default_factory=list)
    filters: list[dict[str, Any]] = field(default_factory=list)
    clear_filters: bool = False
    fit: str | None = None  # linear, poly, exp, log, power, best; "any" for a bare "fit"
    degree: int | None = None
    power_word: bool = False
    chart: str | None = None
    plot: bool = False
    time_axis: bool = False
    log: str | None = None  # y, x, both, off
    agg: str | None = None
    by: int | None = None  # where "by"/"per"/"each" is: the column after it is the group
    n: int | None = None
    extreme: str | None = None  # max or min
    which: bool = False
    rows_word: bool = False
    correlation: str | None = None  # pair, most, matrix
    overview: bool = False
    same_for: bool = False
    refers_back: bool = False
    greeting: bool = False
    help: bool = False
    out_of_scope: bool = False
    connective: str | None = None  # against, vs, by: the first column named is y; and: it is x
    unresolved: list[str] = field(default_factory=list)  # conditions whose column could not be told
    reached: list[str] = field(default_factory=list)  # ... told only by the one column whose values reach them
    unknown: str | None = None  # words where a column name belongs ("histogram of wind") that name none
    plot_verb: bool = False  # "plot", "chart", "graph", "draw": a picture, not a table


def _number(text: str) -> int | float:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() and "." not in text and "e" not in text.lower() else value


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _column_before(text: str, pos: int, catalog: Catalog, frame: str) -> tuple[Column, int] | None:
    """The column named just before `pos`, with only filler words ("is", "of the") in between, and where it starts."""
    offset = max(0, pos - 60)
    head = text[offset:pos]
    cut = list(re.finditer(r"[,;:]|\b(?:where|with|when|if|and|that|only|for|whose)\b", head, flags=_I))
    if cut:
        offset += cut[-1].end()
        head = text[offset:pos]
    mentions = find_mentions(head, catalog, frame)
    if not mentions:
        return None
    last = mentions[-1]
    between = re.findall(r"[^\W_]+", head[last.end :].lower())
    # ("rides started in district 9": Council District (Start), said by its two words)
    if not all(w in _FILLER or stem(w) in last.column.stems for w in between):
        return None
    # A time word ("over time") stays in the text: it still asks for a time axis.
    return last.column, (pos if last.via == "time" else offset + last.start)


def _top_seen(column: Column) -> float:
    """The largest number among a text column's values the profile shows (inf when it shows none)."""
    seen = [float(v.replace(",", "")) for v in column.values if re.fullmatch(r"\s*-?[\d,]+(?:\.\d+)?\s*", v)]
    return max(seen) if seen else float("inf")


def _only_reach(catalog: Catalog, frame: str, values: list[Any]) -> Column | None:
    """The one measure whose values span every bound said, when no other could hold them; else None."""
    if not all(isinstance(v, int | float) for v in values):
        return None
    measures = [c for c in catalog.numeric(frame) if not (c.id_like or c.time or c.year_like or c.clock)]
    reach = [c for c in measures if c.low is not None and c.high is not None and all(_in_range(c, v) for v in values)]
    known = all(_top_seen(c) < min(values) for c in measures if c.low is None or c.high is None)
    return reach[0] if len(reach) == 1 and known else None


def _in_range(column: Column, value: Any) -> bool:
    """A bound a column's values reach past: "hour above 150" cannot hold (the hour stops at 23)."""
    if not isinstance(value, int | float) or column.low is None or column.high is None:
        return True
    return column.low <= value <= column.high


def _column_after(
    text: str, pos: int, catalog: Catalog, frame: str, *, strong: bool = False, op: str = ""
) -> tuple[Column, int] | None:
    """The column named just after `pos` ("more than 5 units"), and where it ends (`strong`: named in full)."""
    tail = text[pos : pos + 40]
    if re.match(r"\s*(?:°|degrees?\b)", tail, _I):  # "above 25 degrees": the temperature column
        temps = [c for c in catalog.of(frame) if c.numeric and {"temperature", "temp"} & set(c.stems)]
        # of a day's MinTemp and MaxTemp, "over 35 degrees" is reached by its maximum, "below 0" by its minimum
        side = {"maximum", "max"} if op in (">", ">=") else {"minimum", "min"} if op in ("<", "<=") else set()
        hot = next((c for c in temps if side & set(c.stems)), None) or next(iter(temps), None)
        if hot is not None:
            unit = re.match(r"\s*(?:°\s*[cf]?|degrees?(?:\s+(?:celsius|fahrenheit|c|f)\b)?)", tail, _I)
            return hot, pos + (unit.end() if unit else 0)
    mentions = find_mentions(tail, catalog, frame)
    if not mentions or (strong and (mentions[0].score < 90 or mentions[0].column.is_date)):
        return None
    first = mentions[0]
    between = re.findall(r"[^\W_]+", tail[: first.start].lower())
    # "at least one item on promotion", "more than 5 units in stock": what the count counts, then its column
    between = [w for w in between if not (first.column.numeric and w in _COUNTED_THINGS)]
    # "6 inches or more of new snow": the unit and the rest of the bound before the column it is of
    between = [w for w in between if not (first.column.numeric and w in _BOUND_TAIL)]
    return (first.column, pos + first.end) if all(w in _FILLER for w in between) else None


_BOUND_TAIL = frozenset({"or", "more", "less", "fewer", "higher", "lower", "above", "below", "of", "plus"})
_BOUND_TAIL |= {"inch", "inches", "feet", "foot", "ft", "mile", "miles", "mi", "km", "kilometers", "kilometres"}
_BOUND_TAIL |= {"minutes", "mins", "hours", "hrs", "pounds", "lbs", "kg", "mph", "percent", "cm", "mm", "meters"}


_CODE_PARTS = CODE_PARTS | {"nbr"}  # a record code's name parts, and store_nbr's
_COUNTED_THINGS = frozenset({"item", "items", "unit", "units", "piece", "pieces", "product", "products"})


_AGAINST_COLUMN = _rx(
    r"\b(?:(?P<up>more|higher|greater|larger|bigger|above|over|exceed(?:s|ed|ing)?|beat|beats|beating)"
    # ("drives that hit their goal": as much as the goal or more)
    r"|(?P<met>hit|hits|met|meet|meets|reached|reach|reaches|made|make|makes)(?=\s+(?:their|its|the|our)\s+"
    r"(?:goal|target|quota)s?\b)"
    r"|(?P<down>below|under|less|lower|smaller|fewer))(?:\s+than)?\s+(?:(?:their|its|his|her|the|our|your|my)\s+)?"
    r"(?:own\s+)?(?=[a-z])"
)
_GOALS = frozenset({"goal", "target", "quota"})
_MORE_THAN = _rx(r"\b(?:(?P<up>more|higher|greater|larger|bigger)|(?P<down>fewer|less|lower|smaller))\s+(?=[a-z])")
_SALE_VERB = re.compile(r"\b(?:sold|sell|sells|selling|went|go|goes|fetched|priced|paid)\s*$", _I)


_MENTIONS = _rx(
    r"\b(?:mention(?:s|ed|ing)?|contain(?:s|ed|ing)?|include[sd]?|including|refer(?:s|red)?\s+to)\s+"
    r"(?:the\s+(?:word|term|phrase|name)\s+|(?:any|the\s+word)\s+)?"
    r"(?:[\"'“‘](?P<quoted>[^\"'“”‘’]{2,40})[\"'”’]|(?P<word>[a-z][\w+#\-]*(?:\.[a-z]+)?))"
)


def _word_filters(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """Rows whose free text holds a word: "what percent of the job descriptions mention python?".

    The text column is the one named just before the verb, else the table's one column of long free text.
    """
    found: list[dict[str, Any]] = []
    for m in _MENTIONS.finditer(text):
        word = (m["quoted"] or m["word"] or "").strip()
        if not word or word.lower() in STOP or find_mentions(word, catalog, frame):
            continue
        before = _column_before(text, m.start(), catalog, frame)
        column = before[0] if before and before[0].kind in ("text", "categorical") else None
        start = before[1] if column is not None and before else m.start()
        if column is None:
            prose = [c for c in catalog.of(frame) if _free_text(c)]
            column = prose[0] if len(prose) == 1 else None
        if column is None or column.numeric or column.is_date:
            continue
        found.append({"column": column.name, "op": "contains", "value": word, "part": None})
        text = _blank(text, start, m.end())
    return found, text


_SPENT_AT = _rx(
    r"\b(?:spen[dt]|spending|paid|pay|bought|buy|purchases?|charges?|transactions?|orders?|payments?)\b[^?.!]*?"
    r"\b(?:at|from|with)\s+(?P<name>[a-z][\w'&.\-]{2,}(?:\s+[a-z][\w'&.\-]{2,})?)"
    # "how much went to amazon": money that went to a merchant named in free text
    r"|\bhow\s+much\s+(?:money\s+|[A-Z][\w ()$]*?\s+)?(?:went|goes|has\s+gone|was\s+(?:spent|paid))\s+(?:to|at|on)\s+"
    r"(?P<name2>[a-z][\w'&.\-]{2,}(?:\s+[a-z][\w'&.\-]{2,})?)\W*$"
)
_SHOP_STEMS = ("merchant", "payee", "counterparty", "vendor", "store", "shop", "name", "description", "memo")


def _unnamed(name: str, catalog: Catalog, frame: str) -> bool:
    """Words that name no column and no known value: a merchant said in free text ("amazon", "starbucks")."""
    return not find_mentions(name, catalog, frame) and not find_values(name, catalog, frame, [])


def _shop_said(text: str, at: int, catalog: Catalog, frame: str) -> bool:
    """Whether the words from `at` are a merchant's name (`_unnamed`), not a column or a label the words say."""
    name = " ".join(w for w in re.findall(r"[a-z][\w'&.\-]{2,}", text[at:].lower())[:2] if w not in STOP)
    return bool(name) and _unnamed(name, catalog, frame)


def _merchant_filters(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """A shop named in a bank export's free text: "how much have i spent at starbucks" (Description holds it).

    Only a name no column and no known value reads, kept as text of the merchant or description column.
    """
    said = _SPENT_AT.search(text)
    if said is None:
        return [], text
    group = "name" if said["name"] else "name2"
    name = said[group].strip()
    words = name.lower().split()
    if any(w in STOP or w in TIME_WORDS or re.fullmatch(_MONTH, w, _I) for w in words[:1]):
        return [], text
    name = " ".join(w for w in name.split() if w.lower() not in STOP)
    if len(name) < 3 or not _unnamed(name, catalog, frame):
        return [], text
    shops = [
        c
        for stem_ in _SHOP_STEMS
        for c in catalog.of(frame)
        if c.kind in ("text", "categorical") and not c.id_like and stem_ in c.stems and (c.n_unique or 0) > 10
    ]
    if not shops:
        return [], text
    return [{"column": shops[0].name, "op": "contains", "value": name, "part": None}], _blank(
        text, said.start(group), said.end(group)
    )


def _domain_filters(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """Rows whose email address is at a domain said ("how many went to gmail addresses"): the word in the address.

    Only a word that is a domain of the addresses the profile shows, in one column of email addresses.
    """
    domains = {
        c.name: {v.split("@", 1)[1].split(".")[0].lower() for v in c.values if re.fullmatch(r"[^@\s]+@[\w.-]+", v)}
        for c in catalog.of(frame)
        if c.kind in ("text", "categorical") and "email" in c.stems
    }
    for m in re.finditer(r"[a-z][a-z0-9-]{3,}", text, _I):
        at = [name for name, held in domains.items() if m.group().lower() in held]
        if len(at) == 1 and not find_values(m.group(), catalog, frame, []):
            found = {"column": at[0], "op": "contains", "value": m.group().lower(), "part": None}
            return [found], _blank(text, m.start(), m.end())
    return [], text


_ROUTE = _rx(
    r"\bfrom\s+(?P<a>[a-z][\w .'\-]*?)\s+(?:to|into|towards?)\s+(?P<b>[a-z][\w .'\-]*?)"
    r"(?=\s*(?:[?,.!]|$|\s(?:and|on|in|by|with|are|were|is|was|that|which|for|flights?|trips?)\b))"
)
_START_WORDS = frozenset({"source", "origin", "from", "departure", "depart", "start", "pickup", "orig", "src", "home"})
_END_WORDS = frozenset({"destination", "dest", "to", "arrival", "arrive", "end", "dropoff", "away"})


def _route(filters: list[dict[str, Any]], question: str, catalog: Catalog, frame: str) -> list[dict[str, Any]]:
    """A route said "from Delhi to Mumbai": the start column is Delhi and the end column Mumbai, not either city."""
    m = _ROUTE.search(question)
    if m is None:
        return filters
    a, b = m["a"].strip().lower(), m["b"].strip().lower()
    columns = catalog.of(frame)

    def holding(value: str, words: frozenset[str]) -> Column | None:
        held = [
            c
            for c in columns
            if c.categorical and words & set(c.stems) and any(v.strip().lower() == value for v in c.values)
        ]
        return held[0] if len(held) == 1 else None

    start, end = holding(a, _START_WORDS), holding(b, _END_WORDS)
    if start is None or end is None or start == end:
        return filters
    value_of = {v.strip().lower(): v for c in (start, end) for v in c.values}
    kept = [
        f
        for f in filters
        if f["column"] not in (start.name, end.name)
        and not (isinstance(f["value"], list) and {str(v).lower() for v in f["value"]} == {a, b})
        and str(f["value"]).lower() not in (a, b)
    ]
    return [
        *kept,
        {"column": start.name, "op": "==", "value": value_of[a], "part": None},
        {"column": end.name, "op": "==", "value": value_of[b], "part": None},
    ]


def _free_text(column: Column) -> bool:
    """Prose: text whose values are long and rarely repeat (descriptions, reviews, comments)."""
    said = [v for v in column.values if v.strip()]
    return (
        column.kind == "text"
        and not column.id_like
        and bool(said)
        and sum(len(v.split()) for v in said) / len(said) >= 8
    )


def _overlap(a: Column, b: Column) -> float:
    """How much of two columns' ranges they share (0 to 1): a price and its estimate, not a price and a year."""
    if None in (a.low, b.low, a.high, b.high):
        return 0.0
    lo, hi = max(a.low, b.low), min(a.high, b.high)  # type: ignore[type-var]
    union = max(a.high, b.high) - min(a.low, b.low)  # type: ignore[type-var,operator]
    return max(0.0, float(hi - lo)) / float(union) if union else 1.0  # type: ignore[operator]


def _inside(a: Column, b: Column) -> bool:
    """Whether a's range lies within b's."""
    if None in (a.low, b.low, a.high, b.high):
        return False
    return b.low <= a.low and a.high <= b.high  # type: ignore[operator]


def compares_columns(text: str, catalog: Catalog, frame: str) -> bool:
    """Whether the question sets one column against another in each row ("ap_lo higher than ap_hi")."""
    return bool(_column_compares(text, catalog, frame)[0])


def _column_compares(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """One column against another in each row: "cars sold above their mmr", "players with more goals than assists".

    The column after the comparative is the yardstick; the one before it, or for "sold above" the one price whose
    values range like the yardstick's, is compared with it.
    """
    found: list[dict[str, Any]] = []
    for m in _MORE_THAN.finditer(text):  # "more home goals than away goals"
        first = _column_after(text, m.end(), catalog, frame)
        than = (
            re.match(r"(?:\s+[a-z]+)?\s+than\s+(?:(?:their|its|his|her|the|our|your)\s+)?", text[first[1] :], _I)
            if first
            else None
        )  # "more home goals than away goals": the word after the column is its unit
        second = _column_after(text, first[1] + than.end(), catalog, frame) if first and than else None
        if first and second and _measure(first[0]) and _measure(second[0]) and first[0] != second[0]:
            op = ">" if m["up"] else "<"
            found.append({"column": first[0].name, "op": op, "value": second[0].name, "part": "column"})
            unit = re.match(r"\s+([a-z]+)", than.group(), _I) if than else None
            again = re.match(rf"\s+{unit.group(1)}\b", text[second[1] :], _I) if unit else None
            text = _blank(text, m.start(), second[1] + (again.end() if again else 0))
    together = _TOGETHER.search(text) is not None
    for m in _AGAINST_COLUMN.finditer(text):
        if together and "than" not in m.group().lower() and not re.search(r"\b(?:their|its|his|her)\b", m.group()):
            continue  # "do lots with more violations owe more money": two measures that rise together, no bound
        after = _column_after(text, m.end(), catalog, frame)
        if after is None or not _measure(after[0]) or re.match(r"\s*(?:\d|by\b)", text[after[1] :], _I):
            continue
        yardstick, end = after
        before = _column_before(text, m.start(), catalog, frame)
        start = before[1] if before else m.start()
        subject = before[0] if before and _measure(before[0]) and before[0] != yardstick else None
        if subject is None and before is None and (verb := _SALE_VERB.search(text[: m.start()])):
            start = verb.start()  # "cars sold above their mmr": the selling price; the cars are the rows
            alike = [
                c
                for c in catalog.numeric(frame)
                if c != yardstick and _measure(c) and _overlap(c, yardstick) >= 0.5 and set(c.stems) & _PRICE_STEMS
            ]
            subject = alike[0] if len(alike) == 1 else None
        if subject is None and (before is None or not _measure(before[0])):
            # "how many times was a center under its funded enrollment": the one other Enrollment, the actual one
            others = [
                c
                for c in catalog.numeric(frame)
                if c != yardstick
                and _measure(c)
                and c.stems[-1:] == yardstick.stems[-1:]
                and _overlap(c, yardstick) >= 0.2
            ]
            owned = re.search(r"\b(?:its|their|his|her)\s+$", text[: m.end()])
            subject = others[0] if len(others) == 1 and owned else None
            aim = set(yardstick.stems) - _GOALS
            if m["met"] and aim and len(aim) < len(yardstick.stems):  # Units Collected against Goal Units
                done = [c for c in catalog.numeric(frame) if c != yardstick and _measure(c) and aim & set(c.stems)]
                subject = done[0] if len(done) == 1 else None
        # (a goal within what was eaten: Calories Goal 1,950-2,100 of Calories Eaten 0-3,385, one thing measured)
        kin = (
            subject is not None and bool(set(subject.stems[:1]) & set(yardstick.stems)) and _inside(yardstick, subject)
        )
        if subject is None or (_overlap(subject, yardstick) < 0.2 and not kin):
            continue
        op = ">=" if m["met"] else ">" if m["up"] else "<"
        found.append({"column": subject.name, "op": op, "value": yardstick.name, "part": "column"})
        text = _blank(text, start, end)
    return found, text


def _measure(column: Column) -> bool:
    return column.numeric and not column.id_like and not column.is_date and not column.coded


_PRICE_STEMS = frozenset({"price", "sellingprice", "sale", "sold", "selling", "amount", "paid", "value"})


def _first_date(catalog: Catalog, frame: str) -> Column | None:
    """The date a year or a month said filters: the table's time axis (TIME_PERIOD, not the LAST UPDATE before it)."""
    axis = catalog.time_column(frame)
    if axis is not None and axis.is_date:
        return axis
    return next((c for c in catalog.of(frame) if c.is_date), None)


def _time_filter(catalog: Catalog, frame: str, op: str, value: Any) -> dict[str, Any] | None:
    """A condition on years or dates, on the year column or the date column."""
    date_col = _first_date(catalog, frame)
    # ("registrations in 2023": the year registered, not a Model Year or a Year Built, where a date is kept too and
    # spans the years said; "boats older than 1990" is still the Model Year, long before any registration date)
    dated = date_col is not None and all(_in_span(date_col, v) for v in (value if isinstance(value, list) else [value]))
    year_col = next(
        (c for c in catalog.of(frame) if c.year_like and not (dated and set(c.stems) & _MADE_YEAR_PARTS)), None
    )
    is_date_text = isinstance(value, str) or (isinstance(value, list) and any(isinstance(v, str) for v in value))
    if is_date_text and date_col:
        return {"column": date_col.name, "op": op, "value": value, "part": "date"}
    if year_col:
        return {"column": year_col.name, "op": op, "value": value, "part": None}
    if date_col and all(_date_year(v) for v in (value if isinstance(value, list) else [value])):
        return {"column": date_col.name, "op": op, "value": value, "part": "year"}
    return None


_MADE_YEAR_PARTS = frozenset({"model", "built", "build", "construction", "constructed", "manufactured", "birth"})


def _in_span(column: Column, value: Any) -> bool:
    """Whether a year said falls within the years a date column covers (from its last date and its span)."""
    if not isinstance(value, int) or column.latest is None or column.days is None:
        return False
    try:
        last = date.fromisoformat(column.latest[:10])
    except ValueError:
        return False
    first = last - timedelta(days=column.days)
    return first.year <= value <= last.year


def _date_year(value: Any) -> bool:
    """A year a date column can hold: pandas keeps dates from 1678 on, so "above 1000" bounds no date."""
    return isinstance(value, int) and 1678 <= value <= 2200


def _is_year(value: Any) -> bool:
    return isinstance(value, int) and 1000 <= value <= 2200


def _value(text: str) -> Any:
    return text if re.fullmatch(DATE, text) else _number(text)


_BOUNDS = frozenset({">", "<", ">=", "<="})
# "ignore the -1 values", "excluding 999s": a number that codes unknown, left out of the measure
IGNORE_NUMBER = _rx(
    r"\b(?:ignore|ignoring|exclude|excluding|skip|skipping|drop|dropping|without|not\s+counting|leave\s+out)\s+"
    r"(?:the\s+|any\s+|all\s+)?(?P<n>-\d+(?:\.\d+)?|\d+(?:\.\d+)?(?=\s*(?:s\b|values|entries|rows|codes)))"
)
_PEOPLE_BEFORE = _rx(
    rf"\b(?:{'|'.join(sorted(PERSONS | {'client', 'person', 'people', 'adult', 'employee', 'individual'}))})s?"
    r"\s+(?:(?:(?:who\s+)?(?:are|were)|aged)\s+)?$"
)


def _filter_for(column: Column | None, op: str, value: Any, catalog: Catalog, frame: str) -> dict[str, Any] | None:
    values = value if isinstance(value, list) else [value]
    if column is not None and not column.is_date and any(isinstance(v, str) for v in values):
        column = None  # a date literal goes to the date column, whatever column is named before it
    if column is not None and column.is_date:
        if all(isinstance(v, str) for v in values):
            return {"column": column.name, "op": op, "value": value, "part": "date"}
        if all(_date_year(v) for v in values):
            return {"column": column.name, "op": op, "value": value, "part": "year"}
        return None  # "days above 25": the number is not about the date
    if column is not None:
        return {"column": column.name, "op": op, "value": value, "part": None}
    if all(isinstance(v, str) or _is_year(v) for v in values):
        return _time_filter(catalog, frame, op, value)
    return None


_TIME_OPS = ("from", "since", "until", "till", "through", "after", "before")


def _conditions(
    text: str, catalog: Catalog, frame: str, unresolved: list[str], reached: list[str]
) -> tuple[list[dict[str, Any]], str]:
    """Numeric and date conditions, and the text with their words (column name included) blanked out.

    Conditions whose column cannot be told are added to `unresolved`; those told only by the one column whose
    values reach them, to `reached` (the last turn's measure comes first, see the analyst).
    """
    found: list[dict[str, Any]] = []
    for pattern in (_BETWEEN, _FROM_TO, _YEAR_RANGE):
        for m in pattern.finditer(text):
            lo, hi = _value(m["a"]), _value(m["b"])
            if type(lo) is not type(hi) and not (isinstance(lo, int | float) and isinstance(hi, int | float)):
                continue
            before = _column_before(text, m.start(), catalog, frame)
            cond = _filter_for(before[0] if before else None, "between", sorted([lo, hi]), catalog, frame)
            if cond:
                found.append(cond)
                text = _blank(text, before[1] if before and before[0].name == cond["column"] else m.start(), m.end())
            elif (
                pattern is _BETWEEN
                and before is None
                and (only := _only_reach(catalog, frame, [lo, hi]))
                and (cond := _filter_for(only, "between", sorted([lo, hi]), catalog, frame))
            ):
                found.append(cond)  # "in range, 70 to 180": of the one column that holds both
                reached.append(m.group().strip())
                text = _blank(text, m.start(), m.end())
            elif pattern is _BETWEEN:
                unresolved.append(m.group().strip())
    for m in _COMPARE.finditer(text):
        op = next(_OPS[i][0] for i in range(len(_OPS)) if m[f"op{i}"])
        value = _value(m["val"])
        word = next(m[f"op{i}"] for i in range(len(_OPS)) if m[f"op{i}"]).lower()
        start, end = m.start(), m.end()
        column = None
        before = _column_before(text, m.start(), catalog, frame)
        if before and before[0].is_date and not (_is_year(value) or isinstance(value, str)):
            before = None  # "days above 25": the number is not about the date
        named_after = _column_after(text, m.end(), catalog, frame, strong=True)
        if before and named_after and named_after[0] != before[0] and _in_range(named_after[0], value):
            before = None  # "sales in california with more than 500 units sold": the units, named in full after
        if before and (before[0].id_like or not _in_range(before[0], value)):
            after = _column_after(text, m.end(), catalog, frame)
            if after and after[0].numeric and _in_range(after[0], value):
                before = None  # "books (over 500 pages)": the pages, not bookID; "hours above 150": not the hour
        if before and before[0].id_like and not _in_range(before[0], value):
            before = None  # "customers over 60": not CLIENTNUM, whose numbers start at 700 million
        if (
            before
            and before[0].id_like
            and isinstance(value, int | float)
            and 0 < value <= 120
            and _PEOPLE_BEFORE.search(text[: m.start()])
            and any("age" in c.stems for c in catalog.numeric(frame) if not c.id_like)
        ):
            before = None  # "customers under 30": their age, not Customer ID 1-29
        if before and not (before[0].numeric or before[0].is_date or before[0].year_like) and op in _BOUNDS:
            before = None  # "how many counties were above 10%": counties are counted, the bound is of a number
        aged = (
            before is None
            and isinstance(value, int | float)
            and 0 < value <= 120
            and _PEOPLE_BEFORE.search(text[: m.start()])
            and [c for c in catalog.numeric(frame) if "age" in c.stems and not c.id_like]
        )
        if before:
            column, start = before
        elif aged and len(aged) == 1:
            column = aged[0]  # "patients over 60 with chol above 240": their age, not the chol named after
        elif after := _column_after(text, m.end(), catalog, frame, op=op):
            column, end = after
        elif op in _BOUNDS and re.match(r"\s*(?:%|percent\b|per\s*cent\b)", text[m.end() :], _I):
            column = percent_meant(text, catalog, frame)
        if column is None and op in _BOUNDS and isinstance(value, int | float):
            # "got an offer above 300000": of the numbers, only salary reaches that far; "lows under 70" of a
            # CGM's sgv beside its noise (0-4) and delta (±20): only the glucose holds 70
            column = _only_reach(catalog, frame, [value])
            if column is not None:
                reached.append(m.group().strip())
        if word in _TIME_OPS and _is_year(value) and column is not None and not (column.is_date or column.year_like):
            column, start, end = None, m.start(), m.end()  # "humidity since 2022": a year, not a humidity
        if column is None and re.match(r"\s*-?\s*(?:years?|yrs?)[\s-]*olds?\b", text[m.end() :], re.I):
            ages = [c for c in catalog.numeric(frame) if "age" in c.stems and not c.id_like]
            column = ages[0] if len(ages) == 1 else None  # "over 65 year olds": people by their age
        people = _PEOPLE_BEFORE.search(text[: m.start()])
        if column is None and isinstance(value, int | float) and 0 < value <= 120 and people:
            ages = [c for c in catalog.numeric(frame) if "age" in c.stems and not c.id_like]
            column = ages[0] if len(ages) == 1 else None  # "customers over 60": people by their age
        if (
            word in ("is", "was", "from", "through", "over")
            and column is None
            # ("over 1000": a round bound, no year of any data here; "over 2020" may be either)
            and not (word == "over" and not (_is_year(value) and value >= 1800) and isinstance(value, int | float))
        ):
            continue  # too vague on their own ("over 2020" is fine with a column, not without; "over 100" is a bound)
        if word in _TIME_OPS and column is None and not (_is_year(value) or isinstance(value, str)):
            continue
        cond = _filter_for(column, op, value, catalog, frame)
        if cond:
            found.append(cond)
            text = _blank(text, start, end)
        elif op != "==" and word not in _TIME_OPS:
            unresolved.append(m.group().strip())  # "above 25", but of which column?
    said_years: dict[str, dict[str, Any]] = {}
    # "joined for the first time in 2024", "listed in the 80s": the year of the date the verb names (First Join,
    # Listing Date), not the table's time axis
    dated = {
        x.column.name
        for x in find_mentions(text, catalog, frame)
        if x.column.is_date and x.via not in ("time", "name") and x.score >= 50  # (Expir Date: "expire")
    }
    named_date = next(iter(dated)) if len(dated) == 1 else None
    if named_date is None and not dated:
        named_date = _verb_date(text, catalog, frame)

    def aimed(cond: dict[str, Any] | None) -> dict[str, Any] | None:
        if cond is not None and cond.get("part") == "year" and named_date is not None:
            cond = {**cond, "column": named_date}
        elif (
            cond is not None
            and cond.get("part") is None
            and named_date is not None
            and (kept := catalog.get(frame, cond["column"])) is not None
            and kept.year_like
            and not kept.is_date
        ):
            # "how many cars did we sell in 2024": the year of the Sale Date, not the cars' model Year
            cond = {**cond, "column": named_date, "part": "year"}
        return cond

    for m in IN_YEAR.finditer(text):
        year = int(m["y"] or m["y2"])
        cond = aimed(_time_filter(catalog, frame, "==", year))
        if cond:
            key = f"{cond['column']}/{cond['part']}"
            if key in said_years:  # "in 1960 and in 2022": the rows of either year, not of both at once
                first = said_years[key]
                first["value"] = [*(first["value"] if first["op"] == "in" else [first["value"]]), year]
                first["op"] = "in"
            else:
                said_years[key] = cond
                found.append(cond)
            text = _blank(text, m.start(), m.end())
    for m in ON_DATE.finditer(text):  # "on 2024-12-31", "as of 2020-06-30": that one day
        cond = _time_filter(catalog, frame, "==", m["d"])
        if cond:
            found.append(cond)
            text = _blank(text, m.start(), m.end())
    for m in DECADE.finditer(text):  # "in the 1960s", "during the 90s": the ten years
        said = m["d"]
        start = int(said) if len(said) == 4 else (1900 if int(said) >= 30 else 2000) + int(said)
        cond = aimed(_time_filter(catalog, frame, "between", [start, start + 9]))
        if cond:
            found.append(cond)
            text = _blank(text, m.start(), m.end())
    return found, text


def _verb_date(text: str, catalog: Catalog, frame: str) -> str | None:
    """The one date named by a verb said in the present ("did we pay in 2024": Paid Date, not Wedding Date)."""
    said = set(re.findall(r"[a-z]+", text.lower())) - STOP
    born = [c.name for c in catalog.of(frame) if c.is_date and set(c.stems) & BIRTH_STEMS]
    if said & BIRTH_STEMS and len(born) == 1:
        return born[0]  # "how many calves were born in 2023": the Birth Date, not the Wean Date

    def present(p: str) -> set[str]:  # "paid": pay; "received": receive; "shipped": ship
        return {IRREGULAR.get(p, ""), p[:-1], p[:-2], p[:-3] if p[-3:-2] == p[-4:-3] else ""} - {""}

    named = [
        c.name
        for c in catalog.of(frame)
        if c.is_date
        and len(c.significant) == 2
        and "date" in c.significant
        and (
            any(present(p) & said for p in c.significant if p.endswith(("ed", "id", "nt", "ld", "ught")))
            # ... or by the deed's noun ("did we sell in 2024": Sale Date, not a car's model Year)
            or any(_DEED_NOUNS.get(w) in c.significant for w in said)
        )
    ]
    return named[0] if len(named) == 1 else None


_DEED_NOUNS = {"sell": "sale", "sold": "sale", "sells": "sale", "buy": "purchase", "bought": "purchase"}
_DEED_NOUNS |= {"deliver": "delivery", "delivered": "delivery", "book": "booking", "booked": "booking"}
_DEED_NOUNS |= {"hire": "hire", "hired": "hire", "ship": "ship", "shipped": "ship", "list": "listing"}


ON_DATE = _rx(rf"\b(?:on|as\s+of)\s+(?P<d>{DATE})\b")
_LATEST = _rx(
    r"\b(?:(?:in|on|for|at|as\s+of|during)\s+)?(?:the\s+)?(?:latest|most\s+recent|newest|last\s+available)\s+"
    r"(?P<unit>date|day|month|week|year|period|snapshot|reading|figures?|data|numbers?)\b|\bright\s+now\b"
)


_THIS_YEAR = _rx(r"\b(?:(?:in|for|during|over)\s+)?(?:this|the\s+current)\s+year(?:\s+so\s+far)?\b")


def latest_said(question: str, catalog: Catalog, frame: str) -> str:
    """The time column's last date said as a date ("on 2024-12-31") for "in the latest month", "right now".

    "this year" is the last year the table has: a statement downloaded in January is about the year before.
    """
    said = _LATEST.search(question)
    if said is None and not _THIS_YEAR.search(question):
        return question
    when = catalog.time_column(frame)
    if when is None or when.latest is None:
        return question
    if (
        said is not None
        and said["unit"] is None
        and any(v.strip().lower() in _NOW_VALUES for c in catalog.of(frame) if c.categorical for v in c.values)
    ):
        return question  # "how many people work here right now" of a staff list: its Active status (`_still_here`)
    if (
        said is not None
        and said["unit"] is None
        and any(set(v.column.stems) & {"status", "state", "stage"} for v in find_values(question, catalog, frame, []))
    ):
        # "how many are waiting on parts right now": the rows in that status now, whenever they came in
        return question[: said.start()].rstrip() + question[said.end() :]
    if said is not None and said["unit"] is None and still_on(question, catalog, frame) != question:
        return question  # "how many units are rented out right now": those with no Move-Out Date (`still_on`)
    if said is not None:
        return question[: said.start()] + latest_phrase(when.latest) + question[said.end() :]
    return _THIS_YEAR.sub(f"in {when.latest[:4]}", question, count=1)


def latest_phrase(latest: str) -> str:
    """A time column's last year or day as the readers know it: "in 2022", "on 2024-12-31"."""
    return f"in {latest}" if len(latest) == 4 else f"on {latest}"


_YEAR_BEFORE = _rx(rf"\b(?P<a>an?|the)\s+(?P<y>{YEAR})\s+(?P<w>[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)\b")


def year_before(question: str, catalog: Catalog, frame: str) -> str:
    """A year said before a noun ("avg price of a 2019 fiesta") said after it ("a fiesta in 2019")."""
    if catalog.time_column(frame) is None:
        return question

    def moved(m: re.Match[str]) -> str:
        if m["w"].split()[0].lower() in ("and", "or", "to", "vs", "versus", "through", "until"):
            return m.group()  # "the 2019 and 2020 seasons": two years, left as said
        return f"{m['a']} {m['w']} in {m['y']}"

    return _YEAR_BEFORE.sub(moved, question)


_SHORT_YEAR = _rx(rf"\b(?P<m>{_MONTH})[\s\-/]*['’]?(?P<y>\d\d)\b(?![\d/:]|\s*(?:st|nd|rd|th)\b|,\s*\d{{4}})")


def short_years(question: str, catalog: Catalog, frame: str) -> str:
    """A month with two digits ("dec 22", "Nov-23") said as "dec 2022" when the dates are one per month.

    Under monthly periods ("Nov-22", 2022-11-01) a month with two digits is a month of a year, not a day of it.
    """
    when = catalog.time_column(frame)
    if when is None or not when.monthly or not _SHORT_YEAR.search(question):
        return question
    return _SHORT_YEAR.sub(lambda m: f"{m['m']} 20{m['y']}", question)


DECADE = _rx(r"\b(?:in|during|from|of)\s+the\s+['’]?(?P<d>(?:1[89]|20)\d0|\d0)['’]?s\b")


_SEASON = _rx(
    r"\b(?:in|during|over|for)\s+(?:the\s+)?(?P<s>winter|spring|summer|autumn|fall)(?:\s+months?)?(?:\s*\([^)]*\))?"
)
_SEASON_MONTHS = {"winter": [12, 1, 2], "spring": [3, 4, 5], "summer": [6, 7, 8], "autumn": [9, 10, 11]}
_SEASON_MONTHS["fall"] = _SEASON_MONTHS["autumn"]


def _month_filters(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    date_col = _first_date(catalog, frame)
    found: list[dict[str, Any]] = []
    if date_col is None:
        # a month kept as its number 1-12 (Beijing's hourly table): "in december", "in winter (dec, jan, feb)"
        months = [
            c for c in catalog.numeric(frame) if c.stems == ("month",) and (c.low or 0) >= 1 and (c.high or 13) <= 12
        ]
        if len(months) != 1 or any("season" in c.stems for c in catalog.of(frame)):
            return found, text
        for m in _SEASON.finditer(text):
            found.append({"column": months[0].name, "op": "in", "value": _SEASON_MONTHS[m["s"].lower()], "part": None})
            text = _blank(text, m.start(), m.end())
        for m in IN_MONTH.finditer(text):
            found.append({"column": months[0].name, "op": "==", "value": month_number(m["m"]), "part": None})
            text = _blank(text, m.start(), m.end())
        return found, text
    if not any("season" in c.stems for c in catalog.of(frame)):
        for m in _SEASON.finditer(text):  # "in winter": the months of that season (northern), of the date
            found.append(
                {"column": date_col.name, "op": "in", "value": _SEASON_MONTHS[m["s"].lower()], "part": "month"}
            )
            text = _blank(text, m.start(), m.end())
    for m in _IN_QUARTER.finditer(text):  # "in Q3", "in the second quarter of 2023"
        said = m["q"] or str(_ORDINALS.index(m["w"].lower()[:3]) % 4 + 1)
        found.append({"column": date_col.name, "op": "==", "value": int(said), "part": "quarter"})
        year = _time_filter(catalog, frame, "==", int(m["y"])) if m["y"] else None
        if year is not None:
            found.append(year)
        text = _blank(text, m.start(), m.end())
    for m in _ON_MONTH_DAY.finditer(text):  # "on july 4th", "on the 4th of july, 2022": that day of each year said
        of_month = int(m["d"] or m["d2"]) if (m["d"] or m["d2"]) else _DAY_WORDS.index(m["w"].lower()) + 1
        if not 1 <= of_month <= 31:
            continue
        found.append({"column": date_col.name, "op": "==", "value": month_number(m["m"] or m["m2"]), "part": "month"})
        found.append({"column": date_col.name, "op": "==", "value": of_month, "part": "day"})
        if m["y"]:
            found.append({"column": date_col.name, "op": "==", "value": int(m["y"]), "part": "year"})
        text = _blank(text, m.start(), m.end())
    for m in IN_MONTH.finditer(text):
        month = month_number(m["m"])
        found.append({"column": date_col.name, "op": "==", "value": month, "part": "month"})
        if m["y"]:  # "in December 2011": that one month of the same date, not every December (nor a model year)
            found.append({"column": date_col.name, "op": "==", "value": int(m["y"]), "part": "year"})
        text = _blank(text, m.start(), m.end())
    named_days = any(
        c.categorical and any(v.strip().lower()[:3] in _DAY_ABBR for v in c.values) for c in catalog.of(frame)
    )
    for m in _ON_DAY.finditer(text):
        both = re.search(r"\bweek-?ends?\b", text, re.I) and re.search(r"\bweek-?\s?days?\b", text, re.I)
        if named_days or both or _SET_AGAINST.match(text[m.end() :]):
            break  # a column of day names says the day itself; "weekends vs weekdays" compares, filters nothing
        day = m["d"].lower()
        days: int | list[int] = (
            [5, 6]
            if day.startswith("weekend")
            else [0, 1, 2, 3, 4]
            if day.startswith("week")
            else _DAY_ABBR.index(day[:3])
        )
        found.append(
            {"column": date_col.name, "op": "in" if isinstance(days, list) else "==", "value": days, "part": "weekday"}
        )
        text = _blank(text, m.start(), m.end())
    return found, text


# "on sundays", "on a weekend", "for weekdays": the rows of those days of the week, by the date
_DAY_ABBR = [d[:3] for d in WEEKDAYS]  # Monday first, as pandas numbers them
_ON_DAY = _rx(
    r"(?:\b(?:on|for|at|during|over)|^\W*(?:and|what\s+about|how\s+about))\s+(?:an?\s+|the\s+)?"
    r"(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"|weekends?|weekdays?|week\s+days?)\b"
)
_SET_AGAINST = _rx(r"\s*(?:vs\.?|versus|or|and|than|compared|against)\b")


_GROUP_BEFORE = _rx(r"\b(?:which|what|common|popular|frequent|each|per|every)\s+$")
_EACH_BEFORE = _rx(r"\b(?:each|per|every)\s+$")
_UNIT_WORDS = frozenset({"kb", "mb", "gb", "tb", "km", "kg", "lbs", "usd", "eur", "gbp", "inr", "mph", "kmh"})
_HOW_LONG_ASKED = _rx(r"\bhow\s+long\b|\bhow\s+many\s+(?:days|hours|minutes|weeks)\b")
_TIMED_PARTS = frozenset({"day", "days", "hour", "hours", "hr", "hrs", "min", "mins", "minute", "week", "weeks"})


def _numbered_values(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """Labels written whole that hold a number ("Growth rate, over 1 year"), as filters, before bounds are read.

    Said whole, the label is the rows it names; read first, "over 1" inside it is no bound.
    """
    found: list[dict[str, Any]] = []
    for c in catalog.of(frame):
        if not c.categorical:
            continue
        for v in c.values:
            name = str(v).strip()
            if len(name.split()) < 3 or not re.search(r"\d", name):
                continue
            at = text.lower().find(name.lower())
            if at >= 0:
                found.append({"column": c.name, "op": "==", "value": v, "part": None})
                text = _blank(text, at, at + len(name))
    return found, text


def _value_filters(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """Category values: known ones from the profile, quoted ones, and capitalised words after "only"/"for"."""
    related = re.search(r"\bcorrelat|\brelat|\bassociat|\bcorr\b", text, re.I) is not None
    mentions = find_mentions(text, catalog, frame)  # (read once: every reading below is of the same words)
    strong = [
        (m.start, m.end)
        for m in mentions
        # "is lead time correlated with cancelations?": the 0/1 column is_canceled, not rows with a status
        if m.score >= 90
        or (related and m.column.flag and m.column.numeric)
        # "the most common card", "which card": a group asked for (Card Brand), not the value card of another column
        or (m.score >= 70 and m.column.categorical and _GROUP_BEFORE.search(text[: m.start]) is not None)
        # "which author gets borrowed the most": Creator by its synonym, not a subject tag "Authors"
        or (
            m.score >= 55
            and m.via == "synonym"
            and (m.column.categorical or m.column.kind == "text")
            and re.search(r"\b(?:which|what)\s+$", text[: m.start], re.I) is not None
        )
        # "in each office": a group said after "each" by an everyday word for its column (Site), not Office Manager
        or (m.score >= 55 and m.column.categorical and _EACH_BEFORE.search(text[: m.start]) is not None)
        # "how much rain fell in april": the amount of it (Precipitation (in)), not the rows whose Conditions say Rain
        or (
            m.score >= 55
            and m.via == "synonym"
            and m.column.numeric
            and re.search(r"\b(?:how\s+much|total|amount\s+of)\s+$", text[: m.start], re.I) is not None
        )
    ]
    # "in business class": a coded value whose meaning says its own column's name (Class C), not Class named alone
    glossed = [
        (m.start, m.end)
        for m in mentions
        if m.column.coded and any(re.search(rf"\b{re.escape(m.word.lower())}\b", said) for _, said in m.column.coded)
    ]
    strong = [span for span in strong if span not in glossed]
    picks: list[tuple[Column, str, int, int]] = [
        (v.column, v.value, v.start, v.end) for v in find_values(text, catalog, frame, strong)
    ]
    if _HOW_LONG_ASKED.search(text):  # "how long does approval take": Days to Approve, not Status = Approved
        timed = [m for m in mentions if m.column.numeric and _TIMED_PARTS & set(m.column.stems)]
        picks = [p for p in picks if not any(m.start < p[3] and p[2] < m.end for m in timed)]
    # "how much have i paid in fees": the verb of the money named after it (Fees), not the rows of Status = Paid
    amounts = [
        m
        for m in mentions
        if m.column.numeric and not m.column.id_like and m.word.lower() not in ("total", "all", "full")
    ]  # ("been paid in total": the word says to add up, not a column of it)
    picks = [
        p
        for p in picks
        if not (
            re.fullmatch(r"(?i)paid|spent|charged|received", text[p[2] : p[3]].strip())
            and any(
                re.fullmatch(r"\s+(?:in|on|for)\s+(?:the\s+|my\s+|our\s+)?", text[p[3] : m.start], re.I)
                for m in amounts
            )
        )
    ]
    # "how much money got refunded": the money of Refund Amount, not the amounts of the rows whose Status is Refunded
    if re.search(r"\bhow\s+much\b", text, re.I):
        picks = [
            p
            for p in picks
            if not re.search(r"\b(?:got|get|gets|was|were|been|is|are|be)\s+$", text[: p[2]], re.I)
            or text[p[2] : p[3]].strip().lower() == "paid"  # ("been paid": the rows a Status says Paid, as before)
            or not any(
                c.numeric
                and c.additive
                and root(text[p[2] : p[3]].strip().lower()) in {root(x) for x in c.stems}
                and set(c.stems) & (MONEY_PARTS | {"amount", "total", "sum"})
                for c in catalog.of(frame)
            )
        ]
    # "how many licenses were issued in 2022": the verb of Issue Date, not the status "Issued - Not Returned" that
    # only starts with it
    # (a date kept as text with blanks, MyAnimeList's my_finish_date, is a date by its name)
    dated = {root(p) for c in catalog.of(frame) if c.is_date or "date" in c.stems for p in c.stems}
    picks = [
        p
        for p in picks
        if not (
            " " not in text[p[2] : p[3]].strip()
            and root(stem(text[p[2] : p[3]].strip().lower())) in dated
            # (a value said by another word, "finish" of Completed, beside Date Finished: the date's verb too)
            and (
                len(re.findall(r"[A-Za-z]+", str(p[1]))) > 1
                or root(text[p[2] : p[3]].lower()) != root(str(p[1]).lower())
            )
        )
    ]
    taken = strong + [(s, e) for _, _, s, e in picks]
    categorical = [c for c in catalog.of(frame) if c.categorical]
    for pattern in (_QUOTED, _GUESS_VALUE):
        for m in pattern.finditer(text):
            start, end = m.span("val")
            word = m["val"].strip()
            if any(start < e and s < end for s, e in taken) or not categorical or len(word) < 2:
                continue
            if find_mentions(word, catalog, frame) or re.fullmatch(_MONTH, word, _I) or word.lower() in NUMBER_WORDS:
                continue
            if pattern is _GUESS_VALUE and word.lower() in _UNIT_WORDS:
                continue  # "avg size in MB": a unit asked for, not a value called MB
            before = _column_before(text, m.start(), catalog, frame)
            column = before[0] if before and before[0].categorical else categorical[0]
            picks.append((column, word, start, end))
            taken.append((start, end))
    for said in mentions:
        # "cats in zip code 98115": a label written in digits, said right after its column's name
        code = re.match(r"\s*(?:(?:is|was|=|of)\s+)?(?:#\s*)?(\d[\d\-]*)(?![\w.])", text[said.end :])
        known: dict[str, Any] = {v.strip(): v for v in said.column.values} if said.column.categorical and code else {}
        numbered = said.column.id_like or bool(_CODE_PARTS & set(said.column.stems))  # store_nbr, Store #
        # "the average rating for clothing id 1078": one code's rows (any code the column's range holds)
        if (
            code is not None
            and numbered
            and said.column.numeric
            and code[1].isdigit()
            and (said.column.low is None or said.column.low <= int(code[1]) <= (said.column.high or 0))
        ):
            known[code[1]] = int(code[1])
        if code is None or code[1] not in known:
            continue
        start, end = said.start, said.end + code.end()
        if not any(start < e and s < end for _, _, s, e in picks):
            picks.append((said.column, known[code[1]], start, end))
    # "the average age of an astronaut" in astronauts.csv: the rows' own noun, though "NASA Astronaut Group 9" holds it
    rows = [p for p in picks if p[1] not in p[0].values and catalog.names_subject(frame, str(p[1]))]
    found: dict[tuple[str, str], dict[str, Any]] = {}
    last: tuple[str, bool, int] | None = None
    for column, value, start, end in sorted((p for p in picks if p not in rows), key=lambda p: p[2]):
        negated = bool(_NEGATION.search(text[max(0, start - 30) : start]))
        # "not counting cancelled or refunded orders": the second value is left out too
        listed = (
            re.fullmatch(r"\s*(?:,|or|and|nor|/)\s*(?:,?\s*(?:or|and)\s+)?(?:the\s+)?", text[last[2] : start])
            if last
            else None
        )
        negated = negated or bool(last and last[0] == column.name and last[1] and listed)
        last = (column.name, negated, end)
        key = (column.name, "!=" if negated else "==")
        if key in found:
            cond = found[key]
            cond["op"] = "not in" if negated else "in"
            cond["value"] = [*(cond["value"] if isinstance(cond["value"], list) else [cond["value"]]), value]
        else:
            found[key] = {"column": column.name, "op": key[1], "value": value, "part": None}
            if value not in column.values and column.qualified(value):  # "have an SSD": values holding the word
                found[key]["op"] = "contains" if key[1] == "==" else "not contains"
    for cond in found.values():
        held = catalog.get(frame, cond["column"])
        if (
            held is not None
            and cond["op"] == "!="
            and set(held.stems) & {"status", "state"}
            and re.search(r"\b(?:yet|still)\b", text, re.I)
        ):
            # "invoices that haven't been paid yet": still to be paid, so not the voided or cancelled ones either
            void = [v for v in held.values if CALLED_OFF.fullmatch(v.strip()) and v != cond["value"]]
            if void:
                cond["op"], cond["value"] = "not in", [cond["value"], *void]
        if held is not None and cond["op"] in ("==", "!=") and isinstance(cond["value"], str):
            also = _initialled_as(held, cond["value"])
            if also:  # "cash on delivery" beside COD: one payment mode written two ways, both its rows
                cond["op"] = "in" if cond["op"] == "==" else "not in"
                cond["value"] = [cond["value"], *also]
    for _, _, start, end in picks:
        text = _blank(text, start, end)
    return list(found.values()), text


# Statuses of a record called off: no longer waiting for anything
CALLED_OFF = re.compile(r"(?i)void(?:ed)?|cancell?ed|written[\s_-]*off|deleted|refunded|archived")


def _initialled_as(column: Column, value: str) -> list[str]:
    """The column's other labels that are this label's initials or spell them out ("COD", "Cash on Delivery")."""

    def initials(label: str) -> str | None:
        words = re.findall(r"[A-Za-z]+", label)
        return "".join(w[0] for w in words).lower() if len(words) >= 2 and " " in label.strip() else None

    def short(label: str) -> str | None:
        return label.strip().lower() if re.fullmatch(r"[A-Za-z]{2,4}", label.strip()) else None

    full, brief = initials(value), short(value)
    found = [
        v
        for v in dict.fromkeys(column.values)
        if v != value and ((full is not None and short(v) == full) or (brief is not None and initials(v) == brief))
    ]
    # one word and its first letter ("Female" and "F" among Male, M): one label, when no other word starts so
    labels = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
    if len(labels) <= 8:
        word = value.strip()
        letter = word[:1].upper()
        words = [v for v in labels if len(v) >= 3 and v.isalpha() and v[:1].upper() == letter]
        one_word = len({w.lower() for w in words}) == 1  # ("Male" and "male" are one)
        if len(word) >= 3 and word.isalpha() and one_word and word.lower() == words[0].lower():
            found += [v for v in labels if (v.upper() == letter or v.lower() == word.lower()) and v != value]
        elif len(word) == 1 and word.isalpha() and one_word:
            found += words
        found = list(dict.fromkeys(v for v in found if v != value))
    return found


# "which model is listed most often", "average price per model": a model is a thing in the table, not a fit
_MODEL_AS_THING = _rx(
    r"\b(?:most|least)\s+(?:often|common|popular|frequent|listed|sold|expensive)\b|\bcheapest\b|\bpriciest\b"
    r"|\bhow\s+many\s+(?:different\s+)?models\b|\b(?:each|per|every|by)\s+model\b"
    r"|\b(?:which|what|each|per|every|by)\s+(?:phone|car|device|bike|laptop|product|vehicle|camera)\s+models?\b"
)


def _fit(text: str, hints: Hints) -> None:
    if _MODEL_AS_THING.search(text) and not re.search(r"\bfit|\bcurve|\bregression|\btrend", text, _I):
        return
    if _BEST.search(text):
        hints.fit = "best"
        return
    for pattern in _DEGREE:
        if m := pattern.search(text):
            hints.degree = int(m["n"])
            hints.fit = "poly" if hints.degree > 1 else "linear"
            return
    for degree, words in _DEGREE_WORDS:
        if re.search(rf"\b(?:{words})\b", text, _I):
            hints.fit, hints.degree = "poly", degree
            return
    scale = _SCALE_LOG.search(text) or _SCALE_OFF.search(text)
    stripped = _SCALE_LOG.sub(" ", _SCALE_OFF.sub(" ", text))
    if _EXP.search(stripped):
        hints.fit = "exp"
    elif _POWER.search(text):
        hints.fit = "power"
    elif _LOG_FIT.search(stripped) and not scale:
        hints.fit = "log"
    elif _LINEAR_PHRASES.search(text) or _LINEAR.search(stripped):
        hints.fit = "linear"
    elif _POLY.search(text):
        hints.fit = "poly"
    elif _FIT.search(text):
        hints.fit = "any"
    hints.power_word = bool(_POWER_WORD.search(text))


def _scale(text: str) -> str | None:
    if _SCALE_OFF.search(text):
        return "off"
    if _SCALE_BOTH.search(text):
        return "both"
    if _SCALE_X.search(text):
        return "x"
    if _SCALE_LOG.search(text):
        return "y"
    return None


def _connective(text: str, mentions: list[Mention]) -> str | None:
    if len(mentions) < 2:
        return None
    between = text[mentions[0].end : mentions[1].start].lower()
    head = text[: mentions[0].start].lower()
    if re.search(r"\b(?:effect|impact|influence)\s+of\s*$", head) or re.search(
        r"\b(?:affect|affects|influence|influences|drive|drives|impact|impacts)\b", between
    ):
        return "and"  # "effect of x on y": x first
    if re.search(r"\b(?:against|as\s+a\s+function\s+of|depend\w*\s+on|on|given)\b", between) or re.search(
        r"\b(?:chang|var|increas|decreas|ris|grow|go)\w*\s+(?:up\s+|down\s+)?with\b", between
    ):
        return "against"  # "how does weight change with height": weight is y
    if re.search(r"\b(?:vs|v|versus)\b", between):
        return "vs"
    if re.search(r"\b(?:by|over|per|across|for\s+each)\b", between):
        return "by"
    return "and"


def _ranking(hints: Hints, unnamed: str, catalog: Catalog, frame: str) -> str:
    """Top-n, sorting, highest/lowest and aggregate words; returns the text with a top-n phrase blanked."""
    for pattern in _TOP:
        if m := pattern.search(unnamed):
            n = m["n"].lower()
            hints.n = NUMBER_WORDS.get(n) or int(n)
            hints.extreme = "min" if m["dir"].lower() in ("bottom", "lowest", "smallest", "least", "worst") else "max"
            unnamed = _blank(unnamed, m.start(), m.end())
            break
    if hints.n is None and (m := _N_SUPERLATIVE.search(unnamed)):
        # "the 10 richest people", "5 oldest players": the number only goes; the superlative names the measure
        hints.n = NUMBER_WORDS.get(m["n"].lower()) or int(m["n"])
        hints.extreme = "min" if re.fullmatch(_MIN_WORDS, m["sup"], _I) else "max"
        unnamed = _blank(unnamed, m.start("n"), m.end("n"))
    if hints.n is None and (m := _SORT.search(unnamed)):
        hints.n = 10
        hints.extreme = (
            "min" if re.search(r"\bascending|\bincreasing|\b(?:smallest|lowest)\s+first", unnamed, _I) else "max"
        )
    hints.which = bool(_WHICH.search(unnamed))
    hints.agg = next((agg for agg, pattern in _AGGS if pattern.search(unnamed)), None)
    if hints.agg == "count" and re.search(r"\bhow\s+many\s+times\b", unnamed, _I):
        # "how many times did i get gilded": a count kept on each row (gildings) adds up
        counts = [m for m in find_mentions(hints.question, catalog, frame) if m.column.numeric and m.via != "time"]
        # ("how many times did a pool have to close": the closures counted, not its Closed Hours added up)
        lengthy = bool(counts) and bool(set(counts[0].column.stems) & {"hour", "hr", "hrs", "minute", "min", "day"})
        if len(counts) == 1 and counts[0].column.whole_count and counts[0].column.additive and not lengthy:
            hints.agg = "sum"
    if hints.agg == "count" and re.search(r"\b(?:in\s+total|overall|altogether|all\s+told|combined)\b", unnamed, _I):
        # "how many first timers came through overall": a count kept on each row (First-Time Guests) added up
        counts = [
            m
            for m in find_mentions(hints.question, catalog, frame)
            if m.column.numeric and not m.column.id_like and m.via != "time"
        ]
        if len(counts) == 1 and counts[0].column.whole_count and counts[0].column.additive:
            hints.agg = "sum"
    if hints.agg == "count" and re.search(r"\b(?:sold|sell|bought|purchased|ordered)\b", hints.question, _I):
        # "how many tickets have we sold" beside Quantity: the units on each order add up, orders are not counted
        units = [
            m
            for m in find_mentions(hints.question, catalog, frame)
            if m.column.numeric and set(m.column.stems) & QUANTITY_STEMS and m.column.additive
        ]
        if len({m.column.name for m in units}) == 1:
            hints.agg = "sum"
    asked = re.match(r"\W*(?:what|whats|what's|what\s+is)\s+(?:the\s+)?(?:avg|average|mean)\b", hints.question, _I)
    if hints.agg is None and asked:
        # "whats the avg talk duration" of AvgTalkDuration: the word is the name's and the question's too
        named = find_mentions(hints.question, catalog, frame)
        if any(m.column.numeric and re.match(r"(?:avg|average|mean)\b", m.word, _I) for m in named):
            hints.agg = "mean"
    popular = re.search(r"\bmost\s+(?:popular|common|frequent)\b", unnamed, _I)
    if (
        hints.agg == "count"
        and popular
        and not _AGGS[3][1].search(unnamed[: popular.start()] + unnamed[popular.end() :])
    ):
        by = re.search(r"\bby\s+", hints.question[popular.end() :], _I)
        after = hints.question[popular.end() + by.end() :] if by else ""
        if by and any(m.start == 0 and m.column.numeric for m in find_mentions(after, catalog, frame)):
            hints.agg = None  # "most popular courses by enrollment": popular by that measure, not by rows counted
    if hints.agg == "mean" and _JUNK.search(unnamed) and re.search(r"\btypical\b", unnamed, _I):
        hints.agg = "median"  # "the typical age? some ages are obviously junk": a middle that junk does not move
    if hints.agg is None and re.search(r"\bnet\s+(?:[a-z]+\s+)?change\b", hints.question, _I):
        hints.agg = "sum"  # "the net mrr change over the whole period": the changes added up
    if hints.agg is None and re.search(r"\bhow\s+much\b", unnamed, _I):
        # "how much electricity did we use each month": a quantity that adds up is totalled
        # (not a code named on the way: "for Violation Description …" says Violation code too)
        amounts = [
            m.column for m in find_mentions(hints.question, catalog, frame) if m.column.numeric and not m.column.id_like
        ]
        # money that changed hands in the past ("how much did we spend/pay/earn") is totalled too
        # (read in the question as asked: "paid" of "how much have i been paid" may also be a Status value)
        spent = re.search(
            r"\bhow\s+much\s+(?:\w+\s+){0,3}?(?:did|have|has)\b.*\b(?:spen[dt]|pa(?:y|id)|earn(?:ed)?|made|make|raised?"
            r"|take|taken|took|bring|brought|add(?:ed)?|gain(?:ed)?|lose|lost)\b",
            hints.question,
            _I,
        )
        # (a fee kept as "-$0.27" is money by its values: "how much did square take in fees")
        money = amounts and (
            CURRENCY.search(amounts[0].name) or amounts[0].numeric_text or set(amounts[0].stems) & SIDE_CHARGES
        )
        if amounts and (amounts[0].additive or (spent and money)):
            hints.agg = "sum"
        elif not amounts and spent and re.search(r"\b(?:spen[dt]|paid|earn(?:ed)?|made)\b", spent[0], _I):
            hints.agg = "sum"  # "how much have we spent on card payments": money spent adds up, whichever column
        elif not amounts and _CAME_FROM.search(hints.question):
            hints.agg = "sum"  # "how much came from retirees": the money given by those rows, added up
    if hints.agg is None and re.search(
        r"\b(?:did|do|does|have|has)\s+(?:i|we|you|they|he|she)\s+(?:spen[dt]|pa(?:y|id)|fork\s+out)\s+(?:the\s+)?"
        r"(?:most|least|more|less)\b",
        hints.question,
        _I,
    ):
        hints.agg = "sum"  # "which month did i spend the most": each month's fares added up, not its dearest fare
    if hints.agg is None and re.search(
        r"\b(?:what(?:'s|s|\s+is|\s+was|\s+are|\s+were)|how\s+much\s+(?:is|was))\s+(?:our|my|the|your)?\s*total\b",
        hints.question,
        _I,
    ):
        # "what's our total revenue" of Total revenue ($): the word is the name's and the question's too
        named = find_mentions(hints.question, catalog, frame)
        # (the name said whole, "total revenue": never "total" alone before another noun, "total profit")
        if any(m.column.numeric and m.column.additive and re.match(r"total\s+\w", m.word, _I) for m in named):
            hints.agg = "sum"

    if hints.agg in ("min", "max") and hints.which:
        hints.agg = None  # "which city has the max sales": a ranking, not an aggregate
    if hints.n is None:
        plain = re.sub(r"\bmost\s+(?:common|frequent|popular|correlated|related)\b", " ", unnamed)
        top = _TOP_ALONE.search(plain)
        if top and not hints.which and top["word"].lower().endswith("s"):
            hints.n, hints.extreme = 5, "min" if top["dir"].lower() == "bottom" else "max"  # "top cities"
        elif m := _EXTREME.search(plain):
            word = (m["max"] or m["min"]).lower()
            if hints.which or word not in ("max", "maximum", "min", "minimum"):  # else "max price": an aggregate
                hints.extreme = "max" if m["max"] else "min"
        # (a preposition is no noun: "worth the most per donation" asks a measure's most, per row)
        counted = re.search(
            # (nor a word of when or how much: "the most sheep overall", the sheep said by a column's name)
            r"\b(?:most|fewest|least)\s+(?!(?:per|for|from|with|over|than|and|each|every|overall|altogether|combined|"
            r"ever|this|last|that|these|those|during|since|before|after)\b)(?P<noun>[^\W\d_]{3,})",
            unnamed,
        )
        if (
            counted
            and not hints.agg
            and counted["noun"].lower() in ("stuff", "things")
            and any(
                m.column.numeric and m.column.additive and not m.column.id_like
                for m in find_mentions(hints.question, catalog, frame)
            )
        ):
            hints.agg = "sum"  # "which branch checks out the most stuff": the checkouts added up, not its rows
        elif counted and not hints.agg and _ROWS.fullmatch(counted["noun"]):
            hints.agg = "count"  # "which year had the most records": the rows themselves, whatever else "record" names
        elif (
            counted
            and not hints.agg
            and counted["noun"].lower() not in ("people", "persons", "folks", "users", "customers")
            and (named_count := find_mentions(counted["noun"], catalog, frame))
            and named_count[0].column.numeric
            and named_count[0].column.whole_count
            and not named_count[0].column.id_like
            and named_count[0].via == "synonym"
        ):
            hints.agg = "sum"  # "which market moved the most cattle": the Head counts added up
        elif counted and not hints.agg and _mass_noun(counted["noun"], hints.question, catalog, frame):
            hints.agg = "sum"  # "which state produced the most beer": an amount, the one measure kept (barrels)
        elif (
            counted
            and not hints.agg
            and not find_mentions(counted["noun"], catalog, frame)
            and counted["noun"].lower() not in ("common", "frequent", "popular", "correlated", "related")
            and not _ADJECTIVE.search(counted["noun"])  # "the most expensive": a measure word, not rows
            and counted["noun"].lower() not in SYNONYM_WORDS
            and not _names_measure_at(hints.question, counted.span("noun"), catalog, frame)
        ):
            hints.agg = "count"  # "the most orders": rows are counted, orders is no column
            _counts_named_rows(hints, unnamed, catalog, frame)  # "the most legendary pokemon": Legendary's rows
        elif not hints.agg and _counts_named_rows(hints, unnamed, catalog, frame):
            hints.agg = "count"  # "the most titles" of a title column, "the most movies" of type = Movie: rows
        if hints.extreme is None:  # "the heaviest woman": a superlative that names its column (weight)
            said = [w for w in re.findall(r"[a-z]{3,}est\b", unnamed.lower()) if find_mentions(w, catalog, frame)]
            if said:
                hints.extreme = "min" if re.fullmatch(r"lightest|shortest|smallest|youngest|lowest", said[0]) else "max"
        if re.search(r"\bmost\s+(?:common|frequent|popular)\b", unnamed):
            hints.extreme = "max"
        if re.search(r"\b(?:least|less)\s+(?:common|frequent|popular)\b|\brarest\b", unnamed):
            hints.extreme, hints.agg = "min", "count"
        if re.search(r"\b(?:biggest|largest|highest|smallest|lowest|most|least)\s+first\b", hints.question, _I):
            hints.extreme = None  # "total by region, biggest first": every group, sorted, not only the top one
        recent = re.compile(r"\b(?:latest|earliest|most\s+recent)\b", _I)
        if hints.extreme and hints.agg and recent.search(unnamed) and not _EXTREME.search(recent.sub(" ", unnamed)):
            hints.extreme = None  # "the typical ... of the latest bill": which bill, not a ranking
        judged = re.search(r"\b(?P<w>worst|best)\b", unnamed, _I)
        said = find_mentions(hints.question, catalog, frame)
        beside = [s for c in catalog.columns if c.frame == frame for s in c.stems]
        bad = [m for m in said if bad_when_high(m.column.stems, beside)]
        if not bad and {stem(w) for w in split_words(hints.question.lower())} & BAD_WHEN_HIGH:
            bad = [m for m in said if m.column.numeric]  # "michigan's unemployment at its worst" of MIUR: the word
        if judged and bad and hints.extreme:  # "the worst e. coli counts": the highest; "the best delays": the least
            hints.extreme = "max" if judged["w"].lower() == "worst" else "min"
            if hints.agg == "count":
                hints.agg = None
        which_n = _WHICH_N.search(hints.question)
        if which_n and hints.extreme:  # "which 5 drugs cost the most": the top 5, not the one
            n = which_n["n"].lower()
            hints.n = NUMBER_WORDS.get(n) or int(n)
    pace = re.search(r"\b(?:(?P<fast>fastest|quickest)|slowest)\b", hints.question, _I)
    timed = [
        m
        for m in find_mentions(hints.question, catalog, frame)
        if m.column.clock or {"time", "sec", "secs", "seconds", "duration"} & set(m.column.stems)
    ]
    if pace and timed:  # "the fastest time", "top 3 quickest 0-100 (AccelSec)": the least of a length of time
        hints.extreme = "min" if pace["fast"] else "max"
    bracket = re.search(
        r"\(\s*(?:(?P<low>lowest|smallest|least|min(?:imum)?)|highest|largest|biggest|max(?:imum)?)\b", unnamed
    )
    if bracket and hints.extreme:  # "(lowest AccelSec)": the end said in brackets is the one meant
        hints.extreme = "min" if bracket["low"] else "max"
    return unnamed


_ADJECTIVE = _rx(r"(?:ive|ous|ful|able|ible|ic)$")


def _said_date(question: str) -> bool:
    """The question asks about a date or time itself ("the most recent", "latest date", "earliest")."""
    return re.search(r"\b(?:recent|latest|earliest|date|dates|time|times|when)\b", question, re.I) is not None


def _counts_named_rows(hints: Hints, unnamed: str, catalog: Catalog, frame: str) -> bool:
    """A plural after "most/fewest" that names the rows themselves, so rows are counted.

    A column of (nearly) one name per row ("the most titles"), or the value a filter keeps ("which director has the
    most movies": the rows where type = Movie).
    """
    for m in re.finditer(r"\b(?:most|fewest)\b", unnamed):
        # the noun is read from the question: `unnamed` has blanked the column name it may be
        noun = re.match(r"\s+(?:number\s+of\s+)?([^\W\d_]{3,}s)\b", hints.question[m.end() :], re.IGNORECASE)
        said = re.match(r"\s+([^\W\d_]{4,})\s+[^\W\d_]{3,}", hints.question[m.end() :])
        if noun is None and said is not None:  # "the most legendary pokemon": a yes/no column before the rows
            noun = said if any(x.column.flag for x in find_mentions(said[1], catalog, frame)) else None
        if noun is None:
            continue
        word = noun[1].lower()
        named = [x.column for x in find_mentions(noun[1], catalog, frame) if x.via in ("name", "partial")]
        if any(not c.numeric and (catalog.names_rows(c) or c.kind == "text") for c in named):
            return True
        root_word = stem(word)
        typed = [x.column for x in find_mentions(noun[1], catalog, frame) if x.via in ("name", "partial", "prefix")]
        if any(
            c.categorical
            and c.stems
            and (
                re.fullmatch(rf"{re.escape(root_word)}(?:type|kind|category|class)\d*", c.stems[0])
                or (
                    c.stems[0] == root_word
                    and len(c.stems) >= 2
                    and re.fullmatch(r"(?:type|kind|category|class)\d*", c.stems[1])
                )
            )
            for c in typed
        ):
            return True  # "the most attacks" beside attacktype1_txt: attacks counted, not a type of them
        if named and all(c.is_date or c.time_of_day for c in named) and not _said_date(hints.question):
            return True  # "the most crashes" of CRASH DATE and CRASH TIME: the crashes are the rows
        flags = [c for c in named if c.flag and not any(f["column"] == c.name for f in hints.filters)]
        if len(flags) == 1:  # "the most legendaries": the rows Legendary marks, counted
            flag = flags[0]
            yes: Any = 1 if flag.numeric or flag.kind == "bool" else yes_value(flag)
            if yes is not None:
                hints.filters.append({"column": flag.name, "op": "==", "value": yes, "part": None})
                return True
        if any(
            f["op"] == "==" and isinstance(f["value"], str) and f["value"].lower() in (word, word[:-1], word[:-2])
            for f in hints.filters
        ):
            return True
    return False


def _names_measure_at(question: str, span: tuple[int, int], catalog: Catalog, frame: str) -> bool:
    """A numeric column is named by the word at `span` or right after it ("the most sunspot activity")."""
    start, end = span
    return any(
        m.column.numeric and (m.start <= start < m.end or (m.start >= end and not question[end : m.start].strip()))
        for m in find_mentions(question, catalog, frame)
    )


_MORE_WORD = (
    r"(?:more|less|higher|lower|better|worse|longer|shorter|bigger|smaller|larger|faster|slower|older|younger"
    r"|heavier|lighter|greater|fewer|hotter|colder|warmer|cooler|deeper|shallower|wetter|drier|windier|richer"
    r"|poorer|taller|wider|cheaper|pricier|costlier|busier|quicker|stronger|weaker|louder|newer|wealthier"
    r"|sweeter|sourer|saltier|spicier|darker|brighter|thicker|thinner)"
)
# Two measures that rise together: "do students who study more get better scores?", "the longer ..., the more ...".
# ("for sat, do more hours mean a bigger jump": the rows said first, then the question)
_SCOPE_FIRST = r"(?:(?:for|among|in|with)\s+[\w\s-]{1,25}?,\s*)?"
_TOGETHER = _rx(
    rf"^\W*{_SCOPE_FIRST}(?:do|does|did|are|is|were|was|will|would|am)\b.*\b{_MORE_WORD}\b.*\b{_MORE_WORD}\b"
    rf"|\bthe\s+{_MORE_WORD}\b.*\bthe\s+{_MORE_WORD}\b"
    # one measure said to change the other: "does rain make the bacteria worse", "do ads lead to more sales"
    rf"|^\W*{_SCOPE_FIRST}(?:do|does|did|will|would|can|could)\b.*\b(?:make|makes|made|mean|means|lead\s+to|leads\s+to"
    rf"|cause|causes|drive|drives|push|pushes|bring|brings|draw|draws|attract|attracts)\b.*\b{_MORE_WORD}\b"
)


def _correlation(unnamed: str) -> str | None:
    """Which correlation: "most" (the column most correlated with y), "matrix" (all pairs), "pair", or None."""
    if not (_CORR.search(unnamed) or _DRIVERS.search(unnamed)):
        return None
    if _DRIVERS.search(unnamed) or (_CORR_MOST.search(unnamed) and not _CORR_MATRIX.search(unnamed)):
        return "most"
    return "matrix" if _CORR_MATRIX.search(unnamed) else "pair"


_SLOT = _rx(r"\b(?:of|for|against|vs\.?|versus|about)\s+(?:the\s+|column\s+|variable\s+)*(?P<words>[^\W\d_][\w\- ]*)")
_NOT_NAMES = frozenset(
    {
        "so",  # "total fees so far"
        "found",  # "what share of inspections found a violation": a verb, no name
        "it",
        "them",
        "data",
        "everything",
        "everyone",
        "all",
        "values",
        "numbers",
        "me",
        "us",
        "this",
        "that",
        "these",
        "those",
        "each",
        "other",
        "dataset",
        "table",
        "file",
        "time",
        "instance",
        "example",
        "now",
        "ones",
        "one",
        "variable",
        "variables",
        "thing",
        "things",
        # the rows themselves, by the names tables give them ("what % of the transactions are ...")
        "transactions",
        "transaction",
        "observations",
        "samples",
        "cases",
        "people",
        "persons",
        "individuals",
        "rows",
        "records",
        "entries",
    }
)


def _rows_said(said: str, catalog: Catalog, frame: str) -> bool:
    """Words that say the rows ("listings", "games"), or a value, where a column would go: nothing is unknown."""
    return bool(
        _ROWS.search(said) or _LISTED.search(said) or _EVENTS.search(said) or find_values(said, catalog, frame, [])
    )


def _unknown_column(unnamed: str, catalog: Catalog, frame: str, slot: re.Pattern[str] = _SLOT) -> str | None:
    """Words standing where a column name belongs ("distribution of wind") that match no column."""
    for m in slot.finditer(unnamed):
        words: list[str] = []
        for word in re.findall(r"[^\W_]+", m["words"].lower()):
            if word in STOP or stem(word) in STOP or word in _NOT_NAMES:
                break
            words.append(word)
        if words and _BOUND_AFTER.match(unnamed[m.start("words") + len(words[0]) :]):
            continue  # "for tracts averaging more than 7 rooms": the rows, described by a bound
        if words and re.search(r"\s{3,}", unnamed[m.start() : m.start("words")]):
            continue  # "loads of corn came in": the value (blanked here) filled the slot, "came" is its verb
        if words and re.match(
            r"(?:\s+(?:[a-z]+ing|were|was|are|is|had|have|that|who))*\s{4,}(?:\S*$|[?.!])",
            unnamed[m.start("words") + len(words[0]) :],
        ):
            continue  # ... the bound or value already read as a condition ("of matches were home wins", blanked here)
        counted = re.search(
            r"\b(?:number\s+of|how\s+many|count\s+of|most|fewest|many)(?:\s+of\s+(?:the|these|those|all))?\s*$",
            unnamed[: m.start("words")],
        )
        if len(words) == 1 and catalog.names_subject(frame, words[0]) and counted:
            continue  # "top 5 countries by number of astronauts" in astronauts.csv: the rows themselves
        if words and names_records(words[0], catalog.of(frame)):
            continue  # "the number of stops per year": the rows, each a stop (stop_date, stop_time, stop_outcome)
        if len(words) == 1 and re.fullmatch(r"[a-z]{3,}(?:ers|ors|ists|ants|ents|ees)", words[0]):
            continue  # "the most runners", "how many applicants": people who do something, each a row
        if len(words) == 1 and words[0].endswith("s") and re.search(r"\s{3,}$", unnamed[: m.start("words")]):
            continue  # "for red wines only": the rows a value (blanked here) keeps, each a wine
        if words and not find_mentions(" ".join(words), catalog, frame):
            return " ".join(words)
    return None


_BOUND_AFTER = re.compile(
    r"\s+(?:[a-z]+ing\s+|with\s+|that\s+have\s+|having\s+)?(?:more|less|fewer|over|under|above|below|at\s+least)\b"
)


# Where an aggregate's measure belongs: "average cholesterol", "total spend".
_MEASURE_SLOT = _rx(
    r"\b(?:mean|average|avg|median|total|sum\s+of)\s+(?:the\s+|column\s+|variable\s+)*(?P<words>[^\W\d_][\w\- ]*)"
)


# The thing a superlative ranks, after an optional participle: "the most borrowed author", "the top seller".
_RANKED_SLOT = _rx(
    r"\b(?:most|least|top|best|worst)\s+(?:[^\W\d_]+(?:ed|en)\s+)?"
    r"(?!(?:common|frequent|popular|likely|often|recent|used|one|ones)\b)(?P<words>[^\W\d_]+)\s*\W*$"
)
_AMOUNT_SLOT = _rx(
    r"\b(?:highest|lowest|largest|smallest|biggest|greatest)\s+"
    r"(?!(?:number|count|amount|total|share|proportion|percentage|average|mean|median|one|ones)\b)"
    r"(?P<words>[^\W\d_]+)\s*\W*$"
)
_GATHERED_SLOT = _rx(
    # records reported, logged or filed are the rows themselves ("which network reported the most events")
    r"\b(?!(?:has|have|had|get|gets|got|see|sees|saw|is|are|was|were|with|sells?|sold|reported|recorded|logged"
    r"|filed|registered|received|handled|detected|issued|made|placed|submitted|processed|opened|created)\b)"
    r"[^\W\d_]+(?:ed|ored|ew|on|ot|ade)"
    r"\s+the\s+(?:most|fewest)\s+(?P<words>[^\W\d_]+)"
)
_COUNT_SLOT = _rx(r"\bhow\s+many\s+(?P<words>[^\W\d_][\w\-]*)")
# The verb of "how much do customers tip": what is measured, after a subject of one word (and its article).
_VERB_SLOT = _rx(
    r"\bhow\s+(?:much|often)\s+(?:do|does|did)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|your\s+)?"
    r"[^\W\d_]+\s+(?P<words>[^\W\d_]+)"
)


_WORD_BOUND = _rx(
    r"\b(?P<op>above|below|under|over|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|greater\s+than"
    rf"|lower\s+than|higher\s+than|exceeds?|exceeding|equal\s+to|exactly)\s+(?P<n>zero|{'|'.join(NUMBER_WORDS)})\b"
)
_WORD_OR = _rx(
    rf"\b(?P<n>{'|'.join(NUMBER_WORDS)})\s+or\s+(?P<op>more|fewer|less|higher|lower|above|below|over|under)\b"
)
_SIGN = _rx(
    r"\b(?P<sign>negative|positive)\b(?!\s+(?:and|or)\b)(?!\s+(?:\w+\s+)?(?:correlat\w*|relation\w*|associat\w*"
    r"|trend\w*|slope|effect|impact|link\w*|skew\w*|change|number|numbers|feedback|results?|reviews?|outcome)\b)"
)


# Amounts written short: "500k", "$1.2m", "2 million", "€300": the plain number the readers compare with.
_SCALED = _rx(
    r"(?<![\w.])(?P<cur>[$€£¥₹])?\s?(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)\s?"
    r"(?P<unit>k\b|thousand\b|grand\b|mn\b|mio\b|million\b|m\b|bn\b|billion\b|b\b|lakhs?\b|crores?\b)?"
)
_A_SCALE = _rx(r"\b(?:a|one)\s+(?P<unit>thousand|million|billion)\b")
_SCALE = {"k": 1e3, "thousand": 1e3, "grand": 1e3, "m": 1e6, "mn": 1e6, "mio": 1e6, "million": 1e6}
_SCALE |= {"bn": 1e9, "billion": 1e9, "b": 1e9, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# None of a stock left: "out of stock", "sold out" read as the stock column equal to zero.
_NONE_LEFT = _rx(r"\b(?:out\s+of|no|zero|without)\s+(?P<w>stock|inventory)\b|\bsold\s+out\b")


# A span of time said in words after a bound ("more than an hour", "under 2 days"): in the unit of the time columns.
_SPAN = _rx(
    r"\b(?P<op>(?:more|less|longer|shorter|fewer|later|earlier)\s+than|over|under|above|below|at\s+least|at\s+most"
    rf"|within|exceeding)\s+(?P<n>an?|one|half\s+an?|{NUM}|{'|'.join(NUMBER_WORDS)})\s+"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b"
)
_SECONDS = {"sec": 1, "second": 1, "min": 60, "minute": 60, "hr": 3600, "hour": 3600, "day": 86400, "week": 604800}
# Name parts that give a duration column's unit (delay_min, wait_hrs, stay_days), in seconds.
_UNIT_PARTS: dict[str, float] = {
    "s": 1,
    "sec": 1,
    "second": 1,
    "min": 60,
    "minute": 60,
    "h": 3600,
    "hr": 3600,
    "hour": 3600,
}
_UNIT_PARTS |= {"ms": 0.001, "msec": 0.001, "millisecond": 0.001}  # Spotify's msPlayed, duration_ms
_UNIT_PARTS |= {"day": 86400, "night": 86400, "week": 604800}


def _span_seconds(m: re.Match[str]) -> float:
    """A span `_SPAN` found, in seconds ("half an hour": 1800)."""
    said = m["n"].lower()
    n = 1.0 if said in ("a", "an", "one") else 0.5 if said.startswith("half") else None
    if n is None:
        n = float(NUMBER_WORDS[said]) if said in NUMBER_WORDS else float(said.replace(",", ""))
    said_unit = m["unit"].lower()
    return n * _SECONDS["hr" if said_unit == "hrs" else stem(said_unit).rstrip("s")]


# A length of time whose name gives no unit (Samsung Health's sleep_duration, in minutes)
_UNITLESS_LENGTHS = frozenset({"duration", "length", "asleep", "elapsed", "runtime"})


def _span_by_range(question: str, catalog: Catalog, frame: str) -> str:
    """A span said against a length of time with no unit in its name, in the one unit that puts it in range.

    "nights under 6 hours" of sleep_duration (282 ... 602): 360 minutes lies among its values, 21,600 seconds and 6
    hours do not, so the column counts minutes. Left as said when no unit, or more than one, fits.
    """
    spans = list(_SPAN.finditer(question))
    if not spans:
        return question
    lengths = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and set(c.stems) & _UNITLESS_LENGTHS and c.low is not None and c.high is not None
    ]
    mentioned = [m.column for m in find_mentions(question, catalog, frame) if m.column.numeric and m.via != "time"]
    if any(c not in lengths for c in mentioned):
        return question  # "arrived more than 15 min late": the delay named is what the span bounds
    named = {c.name: c for c in mentioned}
    picked = list(named.values()) if named else lengths
    if len(picked) != 1:
        return question
    low, high = float(picked[0].low or 0), float(picked[0].high or 0)

    def plain(m: re.Match[str]) -> str:
        seconds = _span_seconds(m)
        fits = [seconds / unit for unit in (1, 60, 3600) if low < seconds / unit < high]
        if len(fits) != 1:
            return m.group()
        # the column named beside the bound: the question named it by another word, or not at all ("nights under")
        return f"{picked[0].name} {m['op']} {int(fits[0]) if fits[0].is_integer() else round(fits[0], 4)}"

    return _SPAN.sub(plain, question)


def _span_in_units(question: str, catalog: Catalog, frame: str) -> str:
    """A span said in words as a number in the unit the time columns share ("more than an hour": "more than 60")."""
    timed = [
        c
        for c in catalog.numeric(frame)
        if c.stems
        and (c.stems[-1] in _UNIT_PARTS or c.stems[0] in ("ms", "msec"))  # msPlayed: milliseconds played
        and not (len(c.stems) > 1 and c.stems[-2] in ("km", "m", "mi", "per"))
    ]

    def unit_of(c: Column) -> float:
        return _UNIT_PARTS[c.stems[-1] if c.stems[-1] in _UNIT_PARTS else c.stems[0]]

    if not timed:
        return _span_by_range(question, catalog, frame)
    named = [m for m in find_mentions(question, catalog, frame) if m.column in timed and m.via != "time"]
    units = {unit_of(c) for c in timed}
    if len(units) > 1 and len({unit_of(m.column) for m in named}) == 1:
        units = {unit_of(m.column) for m in named}  # "held more than two hours" of hold_delay_s beside resp_time_ms
    if len(units) != 1 or any(c.clock for c in catalog.of(frame)):
        return question  # lengths of time as h:mm:ss text: the count reads the span with its unit itself
    if len(timed) > 1 and not named:
        return question  # "stays longer than two weeks": which column is not said; the count reads it with its unit
    (unit,) = units

    # "how many workouts went over an hour": the one length there is, named beside the bound
    said = f"{timed[0].name} " if len(timed) == 1 and not named else ""

    def plain(m: re.Match[str]) -> str:
        value = _span_seconds(m) / unit
        return f"{said}{m['op']} {int(value) if value.is_integer() else round(value, 4)}"

    return _SPAN.sub(plain, question)


def _scaled(m: re.Match[str], lettered: bool = False) -> str:
    """An amount written short as a plain number: 500k → 500000, $300 → 300; 5m without a currency stays.

    With `lettered` (the data itself writes numbers as "475.8m"), 5m is five million too.
    """
    unit = (m["unit"] or "").lower()
    if not m["cur"] and (not unit or (unit in ("m", "b") and not lettered)):
        return m.group()
    if m.string[: m.start()].rstrip().endswith(("<", ">", "=")):
        return m.group()  # ">50K": a bracket a label is written as (income), found as that value
    value = float(m["n"].replace(",", "")) * _SCALE.get(unit, 1)
    text = str(int(value)) if value.is_integer() else f"{value:g}"
    return text + (" " if m.group().endswith(" ") else "")


# A minimum size of the groups ranked: "ignore ones with fewer than 20 listings", "only drivers with 30+ jobs",
# "with at least 10 reviews" when the noun names no column (else it bounds that column on each row).
_FEWER = re.compile(
    r"[,;.]?\s*(?:but\s+)?(?:and\s+)?(?:please\s+)?(?:ignore|ignoring|exclude|excluding|leave\s+out|leaving\s+out|drop|skip|"
    r"not\s+counting)\s+(?:the\s+)?(?:ones|those|any|groups|\w+)?\s*(?:with|that\s+have|having)\s+(?:fewer|less)\s+than\s+"
    r"(?P<n>\d+)\s+(?P<noun>[a-z]+)",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(
    r"[,;.]?\s*(?:but\s+)?(?:only|just)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:with|that\s+have|having)\s+"
    r"(?:(?P<op>at\s+least|more\s+than|over|min(?:imum)?(?:\s+of)?)\s+(?P<n>\d+)|(?P<plus>\d+)\+)\s+(?P<noun>[a-z]+)",
    re.IGNORECASE,
)


# "among countries with at least 50 reviews, which ...": said first, about the groups
_AMONG_AT_LEAST = re.compile(
    r"\b(?P<keep>(?:among|of|for)\s+(?:the\s+|all\s+)?[a-z]+)\s+(?:with|that\s+have|having)\s+"
    r"(?:(?P<op>at\s+least|more\s+than|over|min(?:imum)?(?:\s+of)?)\s+(?P<n>\d+)|(?P<plus>\d+)\+)\s+(?P<noun>[a-z]+)"
    r"\s*,?",
    re.IGNORECASE,
)
# "Game #" 1 … 300, "Match No": each row's number, so "at least 20 games" counts rows, bounding no number
_NUMBERING = re.compile(r"#\s*$|(?i:[\s_](?:no|num|number)\.?$)")
_HEADS = frozenset({"people", "persons", "rows", "records", "entries", "staff", "employees", "members", "samples"})


def group_minimum(question: str, catalog: Catalog, frame: str) -> tuple[str, int | None]:
    """The question without a minimum group size it states, and that size (rows a group needs), or None."""
    for rx in (_FEWER, _AT_LEAST, _AMONG_AT_LEAST):
        said = rx.search(question)
        if said is None:
            continue
        people = said["noun"].lower() in _HEADS  # "at least 20 people": rows, whatever a column of pay says
        # "at least 50 reviews": the rows, each a review (Review #), not a bound on a review number
        if not people and any(
            m.column.numeric and not m.column.id_like and not _NUMBERING.search(m.column.name)
            for m in find_mentions(said["noun"], catalog, frame)
        ):
            continue
        if said.groupdict().get("plus"):
            least = int(said["plus"])
        else:
            n = int(said["n"])
            least = n + 1 if (said.groupdict().get("op") or "").lower() in ("more than", "over") else n
        kept = said.groupdict().get("keep")  # "among countries" stays: it says what the groups are
        return (question[: said.start()] + (f"{kept} " if kept else "") + question[said.end() :]).strip(), least
    return question, None


_FREEZING = re.compile(r"\b(?:(?P<up>above)|below|under)\s+freezing\b", re.IGNORECASE)
_AGE_GROUP = re.compile(r"\b(over|under)[- ](\d{2})s\b", re.IGNORECASE)
# "kids under 18", "patients over 65": people said with a bound on their age
_PEOPLE_AGED = re.compile(
    r"\b(kids|children|teens|teenagers|patients|people|adults|folks|persons|guests|visitors|riders|players|members)"
    r"\s+((?:under|over|below|above|older\s+than|younger\s+than)\s+\d{1,3})\b(?!\s*(?:%|percent|minutes|mins|hours|"
    r"dollars|pounds|lbs|kg|miles|km|times))",
    re.IGNORECASE,
)


# "(SEX 1 is male, 2 is female)": codes of a numeric column explained in the question itself
EXPLAINED = re.compile(
    r"\(?\s*(?P<col>[A-Za-z_][\w.]*)\s+(?P<c1>-?\d+)\s*(?:is|=|means)\s+(?P<w1>[a-z][a-z ]*?)"
    r"(?P<more>(?:\s*(?:,|;|and)\s*-?\d+\s*(?:is|=|means)\s+[a-z][a-z ]*?)+)\s*(?:\)|$|\.|\?)",
    re.IGNORECASE,
)
MORE_CODES = re.compile(r"(?P<c>-?\d+)\s*(?:is|=|means)\s+(?P<w>[a-z][a-z ]*?)\s*(?=,|;|\band\b|$)", re.I)


def explained_codes(question: str, catalog: Catalog, frame: str) -> str:
    """Codes a question explains ("SEX 1 is male, 2 is female") read where it uses their words.

    The explanation is taken out; two or more explained words said elsewhere ("for men and women") become a
    grouping by the column, one ("only women") the column equal to its code.
    """
    said = EXPLAINED.search(question)
    if said is None:
        return question
    column = catalog.get(frame, said["col"]) or next(
        (c for c in catalog.of(frame) if c.name.lower() == said["col"].lower()), None
    )
    if column is None or not column.numeric:
        return question
    codes = {said["w1"].strip().lower(): said["c1"]}
    codes |= {m["w"].strip().lower(): m["c"] for m in MORE_CODES.finditer(said["more"])}
    rest = (question[: said.start()] + question[said.end() :]).strip()
    found = []
    for word, code in codes.items():
        m = re.search(rf"\b{everyday_pattern(word)}\b", rest, re.IGNORECASE)
        if m:
            found.append((m.start(), m.end(), code))
    if not found:
        # "- how many of each?": the rows counted by each code
        each = re.search(r"\b(?:of\s+)?each\b\W*$|\bbreak\s*down\b|\bsplit\b", rest, re.IGNORECASE)
        return f"{rest[: each.start()]} by {column.name}{rest[each.end() :]}" if each else rest
    found.sort()
    name = column.name
    if len(found) >= 2:  # "for men and women": one group per code
        start, end = found[0][0], found[-1][1]
        lead = re.search(r"\b(?:for|between|among)\s+(?:the\s+)?$", rest[:start], re.IGNORECASE)
        start = lead.start() if lead else start
        return rest[:start] + f"by {name}" + rest[end:]
    start, end, code = found[0]
    return rest[:start] + f"{name} = {code}" + rest[end:]


# Everyday phrases for a term a column is named by ("high blood pressure": hypertension)
_PHRASES = {
    "high blood pressure": "hypertension",
    "blood sugar": "glucose",
    # the people who came to a class or an event (a studio's Checked In, a register's Attended)
    "show up": "checked in|attended|attendance",
    "showed up": "checked in|attended|attendance",
    "turn up": "checked in|attended|attendance",
    "turned up": "checked in|attended|attendance",
    "heart attack": "heart_attack",
    "body mass index": "bmi",
    "dew point": "dewp",
    "wind direction": "cbwd",
    "layoffs": "laid off",  # total_laid_off
    "layoff": "laid off",
    # a blood pressure reading is said by its top number, the systolic (Withings, Omron exports)
    "blood pressure": "systolic",
    "bp": "systolic",
    "top number": "systolic",
    "upper number": "systolic",
    "bottom number": "diastolic",
    "lower number": "diastolic",
    "pulse": "heart rate",
    # a CRM's deal size is the money each deal is worth (Close's value, Pipedrive's Value, HubSpot's Amount)
    "deal size": "value|amount",
    "deal sizes": "value|amount",
}


def _plain_terms(text: str, catalog: Catalog, frame: str) -> str:
    """Each everyday phrase as the term a column of the frame is named by, when one is."""
    stems = {s for c in catalog.of(frame) for s in c.stems} | {c.name.lower() for c in catalog.of(frame)}
    for phrase, terms in _PHRASES.items():
        term = next((t for t in terms.split("|") if all(w in stems for w in t.split())), None)
        if term is not None and phrase in text.lower():
            text = re.sub(rf"\b{phrase}\b", term, text, flags=re.IGNORECASE)
    # a weigh-in is one reading of a scale: not a word for any of its weights (Fat-free Body Weight among them)
    text = re.sub(r"\bweigh[\s-]?in(s?)\b", r"reading\1", text, flags=re.I)
    staged = [c for c in catalog.of(frame) if "sleep" in c.stems and set(c.stems) & _SLEEP_STAGES]
    asleep = [
        c
        for c in catalog.numeric(frame)
        if "asleep" in c.stems and set(c.stems) <= {"asleep", "time", "total", "min", "minute", "hour", "hr", "h"}
    ]
    if len(staged) >= 2 and len(asleep) == 1:  # sleep of a tracker that also keeps each stage: its time asleep
        text = re.sub(
            r"\b(?<!light\s)(?<!deep\s)(?<!rem\s)(?<!core\s)sleep\b"
            r"(?!\s+(?:stage|score|phase|fitness|quality|efficiency|need|debt|consistency|rating|latency))",
            asleep[0].name,
            text,
            flags=re.I,
        )
    return text


# A night's sleep stages (Eight Sleep's light_sleep_min, deep_sleep_min, rem_sleep_min): parts of the sleep
_SLEEP_STAGES = frozenset({"light", "deep", "rem", "core"})


# A column kept in thousands ("SCC ('000/ml)", "Population (000s)", "Revenue (thousands)"), and an amount said in
# thousands ("200k", "200 thousand"): compared in the column's own unit.
_IN_THOUSANDS = re.compile(
    r"'000|\b000s\b|\(000\)|\bthousands\b|\(k\)|_k\b|\bin\s+k\b|\((?:k[$£€]|[$£€]k)\)|\(\s*x\s*1,?000\s*\)",
    re.IGNORECASE,
)  # "Annual Income (k$)" too
_SAID_THOUSANDS = re.compile(r"(?<![\w.$€£])(?P<n>\d+(?:\.\d+)?)\s?(?:k|thousand)\b", re.IGNORECASE)


_MORE_GETS_MORE = _rx(
    r"\b(?:do|does|did|are|is|were|will|would)\s+(?:the\s+)?[a-z][a-z ]{1,30}?\s+(?:with|that\s+have|having)\s+"
    r"(?:a\s+)?(?:more|higher|bigger|larger|longer|greater|lower|less|fewer|smaller|shorter)\s+(?P<a>[a-z][\w ]{1,30}?)"
    r"\s+(?:also\s+|usually\s+|generally\s+|typically\s+)?(?:get|have|receive|score|earn|sell|cost|pay|tend\s+to\s+"
    r"(?:get|have|be|score|earn|sell|cost)|come\s+with)\s+(?:a\s+)?(?:more|higher|better|bigger|larger|longer|lower|"
    r"less|fewer|worse|smaller|shorter)\s+(?P<b>[a-z][\w ]{1,30}?)\s*(?:[?.!]|$|\s+(?:on\s+average|overall)\b)"
)


# Two columns of one thing at either end of a move: Source Language and Target Language, Origin and Destination
_ENDS = (({"source", "from", "origin", "original"}, r"\bfrom\b"), ({"target", "to", "destination"}, r"\binto\b"))


_LOST_TO = re.compile(
    r"\b(?:(?P<who>who)\s+)?(?:do|did|does)\s+(?:we|i|you)\s+(?:usually\s+|most\s+often\s+)?(?:lose|lost)\s+to\b"
    r"|\b(?P<closes>closes|closed|close)\s+(?=(?:the\s+)?most\b)",
    re.IGNORECASE,
)
_RIVALS = frozenset({"competitor", "opponent", "rival", "competition"})
# "how often do jobs need a supplement": the share of the rows that have one
_HOW_OFTEN_HAVE = re.compile(
    r"\bhow\s+often\s+(?:do|does|did)\s+(?P<rows>[a-z][a-z ]*?)\s+"
    r"(?:need|needs|needed|require|requires|required|get|gets|got|have|has|had)\s+(?P<rest>(?:an?|any|some)\s+.+)$",
    re.IGNORECASE,
)


# "which tech gets cars out fastest": who is fastest, the verb and its object aside
_DOES_IT_FASTEST = re.compile(
    r"\bwhich\s+(?P<who>[a-z]+)\s+(?:gets?|does|finishes|turns|moves|processes|handles|clears|serves)\s+"
    # (an object between: "finishes fastest" alone is the verb's own measure, a Days to Finish)
    r"(?:[a-z]+\s+){1,2}?(?:(?:out|done|through|in|back)\s+)?(?:the\s+)?(?P<sup>fastest|quickest|slowest)\b",
    re.IGNORECASE,
)


def _does_it_fastest(text: str) -> str:
    """Said "which tech gets cars out fastest": "which tech is fastest"."""
    said = _DOES_IT_FASTEST.search(text)
    if said is None:
        return text
    return f"{text[: said.start()]}which {said['who']} is {said['sup']}{text[said.end() :]}"


# "how many days does a 2-4 unit usually take" of a Days to Complete: that column's average
_UNITS_IT_TAKES = re.compile(
    r"\bhow\s+many\s+(?P<unit>days|hours|minutes|weeks|months)\s+(?:does|do|did|will)\s+(?P<rest>.+?)\s+"
    r"(?:usually\s+|typically\s+|normally\s+|generally\s+)?(?:take|last)\b(?P<end>.*)$",
    re.IGNORECASE,
)


def _units_it_takes(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many days does a 2-4 unit usually take": "what is the average Days to Complete for a 2-4 unit"."""
    said = _UNITS_IT_TAKES.search(text)
    if said is None:
        return text
    unit = stem(said["unit"].lower())
    kept = [c for c in catalog.numeric(frame) if not c.id_like and c.formula is None and unit in c.stems]
    if len(kept) != 1:
        return text
    return f"{text[: said.start()]}what is the average {kept[0].name} for {said['rest']}{said['end']}"


# "how long do peppers take to sprout" of a Days to Germ: the mean of the time kept to that deed
_HOW_LONG_TO = re.compile(
    r"\bhow\s+long\s+(?:does|do|did|will)\s+(?P<rest>.+?)\s+(?:usually\s+|typically\s+|normally\s+)?take\s+to\s+"
    r"(?P<verb>[a-z]+)\b(?P<end>.*)$",
    re.IGNORECASE,
)
_TIME_UNITS = frozenset({"day", "hour", "minute", "min", "week", "month", "hr", "hrs"})


def _how_long_to(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how long do peppers take to sprout": "what is the average Days to Germ for peppers"."""
    said = _HOW_LONG_TO.search(text)
    if said is None:
        return text
    timed = {
        c.name
        for c in catalog.numeric(frame)
        if not c.id_like and c.formula is None and set(c.stems) & _TIME_UNITS and "to" in c.stems
    }
    kept = {m.column.name for m in all_candidates(said["verb"], catalog, frame) if m.column.name in timed}
    if len(kept) != 1:
        return text
    return f"{text[: said.start()]}what is the average {kept.pop()} for {said['rest']}{said['end']}"


def _how_often_have(text: str) -> str:
    """Said "how often do jobs need a supplement": "what percent of jobs had a supplement"."""
    said = _HOW_OFTEN_HAVE.search(text)
    if said is None:
        return text
    return f"{text[: said.start()]}what percent of {said['rows']} had {said['rest']}"


def _lost_to(text: str, catalog: Catalog, frame: str) -> str:
    """Said of bids beside a Won (Y/N) mark: "who do we lose to the most" is the Competitor of Won = N.

    "Which estimator closes the most" counts the rows of Won = Y.
    """
    said = _LOST_TO.search(text)
    if said is None:
        return text
    marks = [
        c
        for c in catalog.of(frame)
        if c.categorical and c.stems[:1] in (("won",), ("win",), ("awarded",)) and yes_value(c) and no_value(c)
    ]
    if len(marks) != 1:
        return text
    mark = marks[0]
    if said["closes"]:
        return f"{text[: said.start()]}had {mark.name} = {yes_value(mark)} {text[said.end() :]}"
    rivals = [c for c in catalog.of(frame) if c.categorical and set(c.stems) & _RIVALS]
    if said["who"]:
        if len(rivals) != 1:
            return text
        return f"{text[: said.start()]}which {rivals[0].name} had {mark.name} = {no_value(mark)}{text[said.end() :]}"
    rest = re.sub(r"^\s+(?:the\s+)?most\b", " the most", text[said.end() :])
    return f"{text[: said.start()]}had {mark.name} = {no_value(mark)}{rest}"


def _direction_said(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which language do we translate into": of Source Language and Target Language, the target."""
    for said in re.finditer(r"\b[a-z]{4,}\b", text, re.IGNORECASE):
        word = stem(said.group().lower())
        pair = [c for c in catalog.of(frame) if len(c.stems) == 2 and c.stems[1] == word and c.categorical]
        if len(pair) != 2 or re.search(r"\b(?:source|target|origin|destination)\s+$", text[: said.start()], re.I):
            continue
        for firsts, hint in _ENDS:
            end = [c for c in pair if c.stems[0] in firsts]
            if len(end) == 1 and re.search(hint, text, re.IGNORECASE):
                return text[: said.start()] + end[0].name + text[said.end() :]
    return text


def _more_gets_more(text: str, catalog: Catalog, frame: str) -> str:
    """Whether two measures go together, said of the rows: "do episodes with more votes get higher ratings"."""
    m = _MORE_GETS_MORE.search(text)
    if m is None:
        return text
    sides = [find_mentions(m[k], catalog, frame) for k in ("a", "b")]
    paid = re.match(r"per\s+(?P<unit>[a-z]+)$", m["b"], re.I)
    if paid and re.search(r"\b(?:cost|pay)\s+\w+\s+per\b", text, re.I):
        # "cost more per piece": the money paid per piece (Price Each), not the Pieces
        money = money_of(catalog, frame, {stem(paid["unit"].lower())})
        sides[1] = [] if money is None else [Mention(money, 0, 0, 100, m["b"], "name")]
    if not all(len(side) == 1 and side[0].column.numeric and not side[0].column.id_like for side in sides):
        return text
    a, b = sides[0][0].column, sides[1][0].column
    if a == b:
        return text
    return f"{text[: m.start()]}is {a.name} correlated with {b.name}{text[m.end('b') :]}"


_PERIOD_TAG = re.compile(r"^(?P<base>.*?[^\W\d_])[_\s]+(?P<a>\d{2}|\d{4})[_\-](?P<b>\d{2}|\d{4})$")
PERIOD_SAID = _rx(
    r"(?:\b(?:in|for|from|between|during|over)\s+)?(?:the\s+)?(?<![\w'])'?(?P<a>\d{2}|\d{4})\s*(?:-|–|to|and|through|until)"
    r"\s*'?(?P<b>\d{2}|\d{4})(?![\w-])(?:\s+period)?"
)


def period_columns(text: str, catalog: Catalog, frame: str) -> str:
    """A column of a family split by period, for the period said: "fatalities in 2000-2014" is fatalities_00_14.

    The family's measure is said before or after the period ("fatal accidents 85-99 vs 00-14": the one measure
    for each period); the period's words go, since no column of dates is filtered.
    """
    tagged: dict[tuple[str, str], list[Column]] = {}
    for c in catalog.numeric(frame):
        tag = _PERIOD_TAG.match(c.name)
        if tag:
            tagged.setdefault((tag["a"][-2:], tag["b"][-2:]), []).append(c)
    if len(tagged) < 2:
        return text
    periods = list(PERIOD_SAID.finditer(text))
    if not periods or not all((p["a"][-2:], p["b"][-2:]) in tagged for p in periods):
        return text

    def base_of(column: Column) -> str:
        tag = _PERIOD_TAG.match(column.name)
        return tag["base"] if tag else ""

    members = {c for family in tagged.values() for c in family}
    out, last, base = "", 0, ""
    for i, p in enumerate(periods):
        bases = {base_of(c): c for c in tagged[(p["a"][-2:], p["b"][-2:])]}
        before = text[last : p.start()]
        said = [m for m in find_mentions(before, catalog, frame) if m.column in members]
        if said:
            base = base_of(said[-1].column)
            if base in bases:
                before = before[: said[-1].start] + bases[base].name + before[said[-1].end :]
        else:
            if not base:  # "in 85-99, how many fatalities": the measure after the period
                after = text[p.end() : periods[i + 1].start() if i + 1 < len(periods) else None]
                hit = next((m for m in find_mentions(after, catalog, frame) if m.column in members), None)
                base = base_of(hit.column) if hit else ""
            if base not in bases:
                return text
            before = before.rstrip() + f" {bases[base].name} "
        out += before
        last = p.end()
    return out + text[last:]


# A tornado's (E)F scale written as its grade: "EF3 or stronger", "F4+", "EF-2 tornadoes"
_SCALE_GRADE = _rx(
    r"\b(?:e?f)-?(?P<n>[0-5])(?P<plus>\+|\s+(?:or|and)\s+(?:stronger|higher|above|greater|more|up|worse))?"
    r"(?P<minus>\s+(?:or|and)\s+(?:weaker|lower|below|less|under))?(?![\w+])"
)


def _scale_grades(text: str, catalog: Catalog, frame: str) -> str:
    """A tornado's grade said: "EF3 or stronger" is the one magnitude column (mag, "ef scale") at least 3."""
    scales = [c for c in catalog.numeric(frame) if "ef" in c.stems or "fujita" in c.stems]
    if len(scales) != 1:
        return text

    def grade(m: re.Match[str]) -> str:
        op = "at least" if m["plus"] else "at most" if m["minus"] else "equal to"
        return f"{scales[0].name} {op} {m['n']}"

    return _SCALE_GRADE.sub(grade, text)


# "was more spent on newspaper than on radio": one column against another, said with a verb of money
_MORE_SPENT = _rx(
    r"\b(?P<dir>more|less)\s+(?:was\s+|were\s+|is\s+)?(?:spent|paid|invested|given|allocated|budgeted)\s+"
    r"(?:on|to|for)\s+(?P<a>[a-z][\w ]*?)\s+than\s+(?:on|to|for)\s+(?P<b>[a-z][\w]*)"
)


def _more_spent(text: str) -> str:
    """Money said with a verb: "more spent on newspaper than on radio" is "more newspaper than radio"."""
    return _MORE_SPENT.sub(lambda m: f"{m['dir']} {m['a']} than {m['b']}", text)


_HAS_OF = _rx(
    r"\b(?P<verb>have|has|had|having|with)\s+(?:an?\s+|the\s+)?(?P<w>[a-z][\w ]{1,40}?)\s+of\s+(?:exactly\s+)?"
    r"(?P<n>-?\d+(?:\.\d+)?)(?![\w.%])(?!\s*(?:%|percent|or\b|and\b|to\b|-))"
)


def _measure_of(text: str, catalog: Catalog, frame: str) -> str:
    """A measure said to have a value: "fires that have a burned area of 0" is area equal to 0."""

    def equal(m: re.Match[str]) -> str:
        named = [x for x in find_mentions(m["w"], catalog, frame) if x.score >= 55]
        if len(named) != 1 or not named[0].column.numeric or named[0].column.id_like:
            return m.group()
        return f"{m['verb']} {m['w']} equal to {m['n']}"

    return _HAS_OF.sub(equal, text)


# "the biggest fire ... and in which month was it": the top row's own month, shown with that row
_WHICH_OF_IT = _rx(
    r"\s*(?:,|\band\b|\s-)\s*(?:(?:in|on|at|from)\s+)?(?:which|what)\s+(?P<w>[a-z][\w ]{1,30}?)\s+"
    r"(?:was|is|did)\s+(?:it|that|this)(?:\s+(?:in|on|at|from|happen|occur))?\s*[?.!]*\s*$"
)
_TOP_ROW = _rx(r"\b(?:biggest|largest|highest|greatest|longest|heaviest|strongest|deadliest|worst|best|most\s+\w+)\b")


def _which_of_it(text: str, catalog: Catalog, frame: str) -> str:
    """The top row's label asked after it ("and in which month was it"): the row shown names it already."""
    m = _WHICH_OF_IT.search(text)
    if m is None or not _TOP_ROW.search(text[: m.start()]):
        return text
    named = find_mentions(m["w"], catalog, frame)
    return text[: m.start()] + "?" if len(named) == 1 and not named[0].column.numeric else text


_WEEKEND = _rx(r"\b(?:on|at|over|during|in)\s+(?:an?\s+|the\s+)?(?P<w>weekends?|weekdays?|week\s*days?)\b")
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekend_days(text: str, catalog: Catalog, frame: str) -> str:
    """The weekend's values of a label of day names ("sat", "Sunday") when no date says the day: "on a weekend"."""
    if any(c.is_date for c in catalog.of(frame)):
        return text  # a date's own day of the week answers it (the "WE" cycle)
    days = [
        c
        for c in catalog.of(frame)
        if c.categorical and len(c.values) >= 5 and all(v.strip()[:3].lower() in _DAY_NAMES for v in c.values)
    ]
    if len(days) != 1:
        return text
    values = sorted({v for v in days[0].values}, key=lambda v: _DAY_NAMES.index(v.strip()[:3].lower()))

    def said(m: re.Match[str]) -> str:
        end = m["w"].lower().startswith("weekend")
        kept = [v for v in values if (_DAY_NAMES.index(v.strip()[:3].lower()) >= 5) == end]
        return f"on {', '.join(kept)}"

    return _WEEKEND.sub(said, text)


_UNIT_FIRST = _rx(
    r"^\W*(?:per|for\s+each|for\s+every|at\s+the\s+level\s+of)\s+[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?\s*[,:;-]\s*"
    r"(?=(?:is|are|does|do|how)\b[^?]*\b(?:correlat\w*|relat\w*|associat\w*|linked)\b)"
)
_ALL_PERIODS = _rx(
    r"\b(?:across|over|for|in|during)\s+(?:both|all(?:\s+the)?|the\s+two|every)\s+(?:years|months|seasons|periods)\b"
    # "all years combined", "all seasons together"
    r"|\b(?:(?:with\s+)?all|both)\s+(?:the\s+)?(?:years|months|seasons|periods)\s+(?:combined|together|included)\b"
)
_RATHER_THAN = _rx(
    r"\s*,?\s*\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:by\s+|the\s+|an?\s+)?"
    r"(?P<w>[a-z][\w' ]{1,40}?)(?=\s*(?:[?.!,;]|$))"
)


def _rather_than(text: str, catalog: Catalog, frame: str) -> str:
    """A value set against another says no more: "posted by owners rather than agents" is the owners' share."""
    m = _RATHER_THAN.search(text)
    if m is None or not find_values(m["w"], catalog, frame, []) or find_mentions(m["w"], catalog, frame):
        return text
    return text[: m.start()] + text[m.end() :]


_PERIOD_FIRST = _rx(
    r"\b(?P<p>yearly|annual|monthly|weekly|daily|hourly|quarterly)\s+(?P<agg>average|avg|mean|total|median)\s+"
    r"(?P<m>[a-z][\w.%()/ ]*?)(?=\s*(?:[-–?!,;:]|\.(?!\d)|$|\s+(?:is|are|was|were|has|have|and|over|for)\b))"
)
_PERIOD_OF = {"yearly": "year", "annual": "year", "monthly": "month", "weekly": "week", "daily": "day"}
_PERIOD_OF |= {"hourly": "hour", "quarterly": "quarter"}


def _period_first(text: str, catalog: Catalog, frame: str) -> str:
    """The period said before the aggregate ("yearly average pm2.5"): the average of the measure per year."""

    def per(m: re.Match[str]) -> str:
        named = [x for x in find_mentions(m["m"], catalog, frame) if x.column.numeric]
        if not named:
            return m.group()
        return f"{m['agg']} {m['m']} per {_PERIOD_OF[m['p'].lower()]}"

    return _PERIOD_FIRST.sub(per, text)


def _year_in_name(text: str, catalog: Catalog, frame: str) -> str:
    """A year the measure's own name holds ("overtime paid in 2016" of 2016 Overtime Pay): no date filter."""
    for m in re.finditer(r"\s*\b(?:in|for|during)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b", text, _I):
        named = [x.column for x in find_mentions(text, catalog, frame) if x.column.numeric]
        if named and all(m[1] in x.name for x in named):
            return text[: m.start()] + text[m.end() :]
    return text


# Adjectives of places said for the place a label holds ("the canadian border": US-Canada Border)
_DEMONYMS = {
    "american": "America", "canadian": "Canada", "mexican": "Mexico", "british": "Britain", "english": "England",
    "european": "Europe", "asian": "Asia", "african": "Africa", "chinese": "China", "indian": "India",
    "japanese": "Japan", "german": "Germany", "french": "France", "italian": "Italy", "spanish": "Spain",
    "brazilian": "Brazil", "australian": "Australia", "russian": "Russia", "korean": "Korea", "syrian": "Syria",
    "afghan": "Afghanistan", "ukrainian": "Ukraine", "turkish": "Turkey", "dutch": "Netherlands",
    "swedish": "Sweden", "irish": "Ireland", "scottish": "Scotland", "welsh": "Wales", "polish": "Poland",
    "nigerian": "Nigeria", "pakistani": "Pakistan", "iranian": "Iran", "iraqi": "Iraq", "egyptian": "Egypt",
    "argentinian": "Argentina", "argentine": "Argentina", "colombian": "Colombia", "venezuelan": "Venezuela",
    "somali": "Somalia", "sudanese": "Sudan", "congolese": "Congo", "vietnamese": "Viet", "filipino": "Philippines",
    "thai": "Thailand", "greek": "Greece", "portuguese": "Portugal", "swiss": "Switzerland", "danish": "Denmark",
    "norwegian": "Norway", "finnish": "Finland", "arab": "Arab", "latin": "Latin", "caribbean": "Caribbean",
    "pacific": "Pacific", "atlantic": "Atlantic", "mediterranean": "Mediterranean", "nordic": "Nordic",
}  # fmt: skip


def _demonyms(text: str, catalog: Catalog, frame: str) -> str:
    """A place's adjective said for the place a label's values hold: "canadian border" of US-Canada Border."""
    labels = _label_values(catalog, frame)
    if not labels:
        return text
    words = {w.lower() for v in labels for w in re.findall(r"[A-Za-z]+", v)}

    def place(m: re.Match[str]) -> str:
        said = m.group().lower()
        name = _DEMONYMS.get(said[:-1] if said.endswith("s") and said[:-1] in _DEMONYMS else said)
        if name is None or said in words or name.lower() not in words or name.lower() == said:
            return m.group()  # the adjective is a value itself (Nationality = Canadian), or no value holds the place
        return name

    return re.sub(r"\b[A-Za-z]+\b", place, text)


def _initialled_names(text: str, catalog: Catalog, frame: str) -> str:
    """Words said in full for a column named by their initials: "countries of origin" of coo_name (coo)."""
    heads: dict[str, list[Column]] = {}
    for c in catalog.of(frame):
        first = c.stems[0] if c.stems else ""
        # (two letters only as a whole name: Ahrefs' KD is "keyword difficulty")
        short = len(first) == 2 and c.stems == (first,)
        raw = (re.findall(r"[A-Za-z]+", c.name) or [""])[0]
        if raw[:1].isupper() and raw[1:].islower() and len(raw) >= 3:
            continue  # a word written as one ("Dam"): no initials ("days are missing")
        if (3 <= len(first) <= 4 or short) and first.isalpha() and first not in known_words() and first not in STOP:
            heads.setdefault(first, []).append(c)
    if not heads:
        return text
    said = list(re.finditer(r"[A-Za-z]+", text))
    for size in (4, 3, 2):
        for i in range(len(said) - size + 1):
            run = said[i : i + size]
            key = "".join(m.group()[0].lower() for m in run)
            if key not in heads or not all(
                re.fullmatch(r"\s+", text[a.end() : b.start()]) for a, b in itertools.pairwise(run)
            ):
                continue
            if sum(len(m.group()) >= 4 for m in run) < 2 or (size == 2 and any(m.group().lower() in STOP for m in run)):
                continue  # at least two full words ("country of origin"), not a run of short ones
            full = tuple(stem(m.group().lower()) for m in run)
            if any(c.stems == full for c in catalog.of(frame)):
                continue  # "cost per conversion" is its own column beside CPC (cost per click)
            if any(m.group().lower() in ("a", "an", "the") for m in run):
                continue  # "putts a round" is Putts per round, not Par: an article is no initial
            kin = heads[key]
            # of coo, coo_iso and coo_name: the name to read, else the code itself
            best = next((c for c in kin if c.categorical and "name" in c.stems), None) or next(
                (c for c in kin if c.stems == (key,)), kin[0]
            )
            return text[: run[0].start()] + best.name + text[run[-1].end() :]
    return text


_SHOOTING = _rx(r"\b(?:fg|field\s+goal)\s*(?:%|pct\b|percent(?:age)?\b)|\bshooting\s+(?:%|percent(?:age)?\b)")
_POINTERS = _rx(r"\b(?P<n>[23])[\s-]*pointers?\b")


def _made_rate(text: str, catalog: Catalog, frame: str) -> str:
    """Shooting words of a table of shots: "fg%" is the rate of its made flag, "3 pointers" its 3PT shot type."""
    made = [
        c for c in catalog.of(frame) if c.numeric and c.flag and {"made", "make", "scored", "success"} & set(c.stems)
    ]
    if len(made) != 1:
        return text
    text = _SHOOTING.sub(f"{made[0].name} rate", text)

    def kind(m: re.Match[str]) -> str:
        said = [v for c in catalog.of(frame) if c.categorical for v in c.values if v.upper().startswith(f"{m['n']}PT")]
        return said[0] if len(said) == 1 else m.group()

    return _POINTERS.sub(kind, text)


_NEVER = _rx(
    r"\b(?:have|has|had)?\s*never\s+(?:been\s+)?(?P<verb>[a-z]{4,}ed)\b"
    r"(?:\s+(?:a\s+single|a|an|any|one|even\s+one)\s+(?P<obj>[a-z]{3,}))?"
    r"|\b(?:do\s+not|don'?t|dont|does\s+not|doesn'?t|doesnt|did\s+not|didn'?t)\s+(?P<verb2>[a-z]{3,})\s+"
    r"(?:any\s+)?(?P<noun>[a-z]{3,})\s+at\s+all\b"
)


_MADE_MOST = _rx(
    r"\b(?:made|make|makes|making|earned|earn|earns)\s+(?:me|us|you|them)?\s*(?:the\s+)?"
    r"(?P<ext>most|least|more|less|biggest|largest)\s+(?:money|profit|gains?)\b"
)
_LOST_ON_TRADES = _rx(r"\b(?:lost|lose|loses|losing)\s+(?:me\s+|us\s+)?money\b")
_MADE_MONEY = _rx(r"\b(?:made|make|makes|earned)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:money|profit)\b")
# "which one lost the most": the least gain (not a Notes value "Lost"); "sold at a loss": the gain below 0
_LOST_THE_MOST = _rx(r"\b(?:lost|lose|loses|losing)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:most|more)(?:\s+money)?\b")
_AT_A_LOSS = _rx(r"\b(?:at|for|with|made|make|makes|took|take)\s+a\s+(?P<w>loss|profit|gain)\b|\bin\s+the\s+red\b")
_GAIN_NAME = re.compile(r"(?i)\bp\s*[/&]\s*l\b|\bpnl\b|\bgain|\bprofit")


_AGG_AT_START = _rx(r"^(?:average|avg|mean)\b")


def _averaged_name(text: str, catalog: Catalog, frame: str) -> str:
    """A column named for its mean ("Average Heart Rate") said as asked ("on runs vs rides"): its mean.

    The word that asks for the mean is the column's own first word, so nothing else would ask for one.
    """
    if re.search(r"\b(?:average|avg|mean|median|total|sum)\b", text, _I) is None:
        return text
    if not any(_AGG_AT_START.match(c.name) for c in catalog.numeric(frame)):
        return text  # (no column is named for its mean: nothing to read, and no mentions to find)
    for m in find_mentions(text, catalog, frame):
        said = text[m.start : m.end]
        if m.score >= 90 and m.column.numeric and _AGG_AT_START.match(said) and _AGG_AT_START.match(m.column.name):
            rest = text[: m.start] + text[m.end :]
            if re.search(r"\b(?:average|avg|mean|median|total|sum|max|min|highest|lowest)\b", rest, _I):
                return text  # another statistic is asked of it ("the highest average heart rate")
            return f"{text[: m.start]}the mean of {said}{text[m.end :]}"
    return text


_BEFORE_TAX = _rx(r"\b(?:before|without|excluding|minus|net\s+of)\s+(?:the\s+)?tax(?:es)?\b|\bpre[\s-]?tax\b")
_AFTER_TAX = _rx(r"\b(?:after|with|including|plus)\s+(?:the\s+)?tax(?:es)?\b|\btax[\s-]inclusive\b")


def _tax_side(text: str, catalog: Catalog, frame: str) -> str:
    """Before and after tax said as the side a column is named by ("excl. tax", "incl. tax").

    Uber Eats keeps Sales (excl. tax) beside Sales (incl. tax) and Tax on Sales: "sales before tax" is the first,
    not the tax, which the word "tax" alone would name.
    """
    for said, side in ((_BEFORE_TAX, "excl"), (_AFTER_TAX, "incl")):
        m = said.search(text)
        if m is None:
            continue
        sides = [c for c in catalog.numeric(frame) if side in c.stems or (side == "incl" and "inc" in c.stems)]
        if sides:
            return f"{text[: m.start()]}{side} tax{text[m.end() :]}"
    return text


def _money_made(text: str, catalog: Catalog, frame: str) -> str:
    """Money made or lost on a trade said in words, of the table's one gain column (Gain/Loss, Realized P/L).

    "which stock made me the most money": the most Gain/Loss; "how many sales lost money" or "were at a loss":
    Gain/Loss below 0; "which one lost the most": the least Gain/Loss.
    """
    said = (_MADE_MOST, _LOST_THE_MOST, _AT_A_LOSS, _LOST_ON_TRADES, _MADE_MONEY)
    if not any(x.search(text) for x in said):
        return text
    gains = [c for c in catalog.numeric(frame) if not c.id_like and _GAIN_NAME.search(c.name)]
    if len(gains) > 1:  # Realized P/L beside MTM P/L, Total Gain beside Short-Term Gain: the realised, the whole
        gains = [c for c in gains if set(c.stems) & {"realized", "realised", "total", "net"}] or gains
    if len(gains) != 1:
        return text
    name = gains[0].name
    text = _MADE_MOST.sub(
        lambda m: f"the {'most' if m['ext'] in ('most', 'more', 'biggest', 'largest') else 'least'} {name}", text
    )
    text = _LOST_THE_MOST.sub(f"the least {name}", text)
    text = _AT_A_LOSS.sub(lambda m: f"{name} {'below' if m['w'] in (None, 'loss') else 'above'} 0", text)
    text = _LOST_ON_TRADES.sub(f"{name} below 0", text)
    return _MADE_MONEY.sub(f"{name} above 0", text)


_UNDONE = _rx(r"\bun(?P<w>[a-z]{3,}(?:ed|id))\b")
_AWAITING = _rx(
    r"\b(?:still\s+)?(?:needs?|needing|awaiting|awaits|pending|waiting\s+(?:for|on)|yet\s+to\s+be)\s+"
    r"(?:an?\s+|the\s+|their\s+)?(?P<w>[a-z]{4,})\b"
)


_ORDER_VALUE = _rx(r"\b(?P<w>order|basket|cart|transaction|ticket|check|sale)\s+(?:value|size|amount)s?\b")


# "the average ticket for e-bikes": a shop's word for the money a sale came to, not its Ticket #
_AVERAGE_TICKET = _rx(
    r"\b(?P<a>average|avg|typical|mean)\s+(?P<w>ticket|check)\b(?!\s*(?:#|number|no\b|id\b|value|size|amount))"
)


def _order_value(text: str, catalog: Catalog, frame: str) -> str:
    """An order's value ("average order value"): the money each order came to (Order Total (inc tax)).

    Not a subtotal, a tax, shipping or a refund; of a total with and without tax, the one with it.
    """
    if _AVERAGE_TICKET.search(text):
        valued = _AVERAGE_TICKET.sub(r"\g<a> \g<w> value", text)
        read = _order_value_of(valued, catalog, frame)
        return read if read != valued else text
    return _order_value_of(text, catalog, frame)


def _order_value_of(text: str, catalog: Catalog, frame: str) -> str:
    said = _ORDER_VALUE.search(text)
    if said is None:
        return text
    named_so = [m for m in find_mentions(said.group(), catalog, frame) if m.score >= 90 and not m.column.id_like]
    if named_so:
        return text  # a column named so (Order Value, Basket Size) is read as it stands (not a code: "Order #")
    code = rows_noun(catalog, frame, said["w"].lower())
    if code is not None and code.id_like and repeats(code, catalog.rows.get(frame, 0)):
        return text  # rows are an order's lines (pizza_sales' order_id repeats): each order's lines added up first
    totals = whole_amounts(
        [c for c in catalog.numeric(frame) if not c.id_like and set(c.stems) & {"total", "amount", "value"}]
    )
    named = [c for c in totals if stem(said["w"].lower()) in c.stems]
    totals = named or totals
    if len(totals) > 1:
        totals = with_tax_first(totals)
    if len(totals) > 1 and mixed_currencies(catalog, frame):  # orders in several currencies: Total (USD)
        totals = [c for c in totals if CURRENCY.search(c.name)] or totals
    if len(totals) != 1:
        return text
    return text[: said.start()] + totals[0].name + text[said.end() :]


# "skip court", "missed the hearing", "didn't show up": the rows an Appeared (or Attended, Showed) mark says no
_NO_SHOW = _rx(
    r"\b(?:skip(?:s|ped)?|miss(?:es|ed)?(?!\s+(?:values?|data|rows?|entries|fields?|cells?|numbers?))|(?:fail(?:s|ed)?\s+to|did\s*n[o']?t|do(?:es)?\s*n[o']?t|never|not)"
    r"\s+(?:appear|attend|show(?:\s+up)?)(?:ed|s)?(?:\s+(?:for|to|in|at))?|no[\s-]show(?:ed)?)"
    r"(?:\s+(?:the\s+|their\s+|a\s+|his\s+|her\s+)?(?P<obj>court|hearing|trial|appointment|appointments|class|classes"
    r"|session|sessions|date|dates|meeting|meetings|practice|work|school))?\b"
)
_SHOWED = frozenset({"appeared", "appear", "attended", "attend", "showed", "show", "present", "arrived", "came"})


def _no_show(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how often do people skip court" of an Appeared (Y/N): the rows it marks no."""
    said = _NO_SHOW.search(text)
    if said is None:
        return text
    marks = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and set(c.stems) & _SHOWED
        and len(c.stems) <= 2
        # (a No-show mark says the missing itself: its yes, read by the mark's own name)
        and not set(c.stems) & {"no", "not", "non", "miss", "missed", "absent", "absence", "skipped", "noshow"}
    ]
    if len(marks) != 1 or (no := no_value(marks[0])) is None or yes_value(marks[0]) is None:
        return text
    return f"{text[: said.start()]}have {marks[0].name} = {no}{text[said.end() :]}"


def _not_yet(text: str, catalog: Catalog, frame: str) -> str:
    """A yes/no column said undone: "unapproved", "still need approving", "pending approval" → "not approved".

    Only of a column of two values (or a flag) whose name is the verb said (Approved, Paid, Reviewed).
    """
    yes_no = [c for c in catalog.of(frame) if c.flag or (c.categorical and c.n_unique == 2)]

    def undone(m: re.Match[str]) -> str:
        said = root(m["w"].lower())
        # (a Waiting on Parts mark names the waiting itself: "held up waiting on parts" is its yes)
        verbs = {root(w) for w in re.findall(r"[a-z]+", m.group().lower()[: m.start("w") - m.start()])}
        marks = [c for c in yes_no if not verbs & {root(p) for p in c.stems}]
        names = {p for c in marks for p in c.stems if len(p) >= 4 and root(p) == said}
        return f"not {names.pop()}" if len(names) == 1 else m.group()

    return _AWAITING.sub(undone, _UNDONE.sub(undone, text)) if yes_no else text


_OUTSTANDING = re.compile(
    r"\b(?:still\s+)?(?:outstanding|unpaid|owed(?:\s+to\s+us)?|due)\b|\bstill\s+ow(?:e|es|ed|ing)\b", re.IGNORECASE
)
_PAID_VALUE = re.compile(r"(?i)\s*paid(?:\s+in\s+full)?\s*")
_OWED_PARTS = OWED_WORDS | {"balance", "remaining"}


def _owed_unpaid(text: str, catalog: Catalog, frame: str) -> str:
    """Money "still outstanding" where no column says what is owed: the rows whose status is not paid.

    FreshBooks keeps an Invoice Status (paid, overdue, sent, viewed, draft) and no balance: what is owed is the
    invoices not paid yet. Beside a Balance or Amount Due column that column says it instead.
    """
    said = _OUTSTANDING.search(text)
    if said is None or not re.search(r"\bhow\s+much\b|\b(?:total|sum|amount|money|value)\b", text, re.IGNORECASE):
        return text
    if any(set(c.stems) & _OWED_PARTS for c in catalog.numeric(frame) if not c.id_like and not c.is_date):
        return text
    statuses = [c for c in catalog.of(frame) if c.categorical and any(_PAID_VALUE.fullmatch(str(v)) for v in c.values)]
    if len(statuses) != 1:
        return text
    return f"{text[: said.start()]}not paid{text[said.end() :]}"


def _never_done(text: str, catalog: Catalog, frame: str) -> str:
    """A count that is 0: "listings never reviewed" (number_of_reviews), "countries that don't drink alcohol at all"."""

    def zero(m: re.Match[str]) -> str:
        if m["verb"]:
            said = root(m["verb"].lower()[:-2]) if m["verb"].lower().endswith("ed") else root(m["verb"].lower())
            counts = [
                c
                for c in catalog.numeric(frame)
                if c.low == 0 and not c.id_like and not c.flag and any(root(p) == said for p in c.significant)
            ]
            if not counts and m["obj"]:  # "never played a single round": the count of rounds (sum_gamerounds)
                thing = stem(m["obj"].lower())
                counts = [
                    c
                    for c in catalog.numeric(frame)
                    if c.low == 0 and not c.id_like and not c.flag and any(p.endswith(thing) for p in c.significant)
                ]
        else:
            counts = [
                x.column
                for x in find_mentions(m["noun"], catalog, frame)
                if x.column.numeric and x.column.low == 0 and not x.column.id_like and not x.column.flag
            ]
        if len(counts) != 1:
            return m.group()
        return f" with {counts[0].name} equal to 0"

    return _NEVER.sub(zero, text)


_THINGS_COUNTED = _rx(
    r"\b(?P<lead>how\s+many|the\s+most|the\s+fewest|the\s+least|number\s+of)\s+(?P<noun>[a-z]{4,}s)\b"
)


def _total_of_things(text: str, catalog: Catalog, frame: str) -> str:
    """Things a table adds up in a column called Total that no column names: "how many medals has the us won".

    A medal table keeps Gold, Silver, Bronze and their Total; "medals" are that Total, not rows counted.
    """
    said = _THINGS_COUNTED.search(text)
    totals = [
        c
        for c in catalog.numeric(frame)
        if c.name.strip().lower() == "total" and not c.id_like and c.whole_count and not CURRENCY.search(c.name)
    ]
    if said is None or len(totals) != 1 or len(catalog.numeric(frame)) < 3:
        return text
    noun = said["noun"]
    if stem(noun.lower()) not in ADDITIVE_WORDS:
        return text  # "how many countries won a gold": the rows, not the medals
    if noun.lower() in STOP or find_mentions(noun, catalog, frame) or find_values(noun, catalog, frame, []):
        return text
    if rows_noun(catalog, frame, noun) is not None:
        return text  # "how many games" of Game ID: the rows themselves
    return f"{text[: said.start('noun')]}{totals[0].name}{text[said.end('noun') :]}"


def _mass_noun(noun: str, question: str, catalog: Catalog, frame: str) -> bool:
    """A thing said in the singular after "the most" ("the most beer", "the most rain") that no column names.

    Things counted are said in the plural ("the most orders"); an amount in the singular is the table's one
    measure (barrels), added up.
    """
    word = noun.lower()
    if word.endswith("s") or len(word) < 4 or word in STOP or _ADJECTIVE.search(word) or word in SYNONYM_WORDS:
        return False
    if word in ("common", "frequent", "popular", "correlated", "related", "likely", "often", "recent", "one"):
        return False
    if word in ("stuff", "activity", "action", "happening", "going", "movement", "business", "traffic"):
        return False  # "which camera catches the most stuff": the rows (events), counted, not an amount
    if find_mentions(word, catalog, frame) or find_values(word, catalog, frame, []):
        return False
    if any(m.column.numeric and not m.column.time for m in find_mentions(question, catalog, frame)):
        return False  # "the most hurricane activity": a word of the measure named after it (StormActivity)
    after = re.search(rf"\b{re.escape(word)}\s+(?P<next>[a-z]+)", question.lower())
    if after and after["next"].endswith("s") and len(after["next"]) > 3 and after["next"] not in STOP:
        return False  # "the most lego sets": a word that says which things are counted (sets), not an amount
    return len([c for c in catalog.measures(frame) if not c.year_like and not c.flag]) == 1


def _extreme_words(text: str, catalog: Catalog, frame: str) -> str:
    """A "max temp" said as the catalog reads actual_max_temp beside actual_min_temp: "maximum temp".

    (Beside its min the max part is read "maximum", so that "min" is never minutes; the question's "max" before
    another word of such a column is the same part.)
    """
    read = {
        short: full
        for c in catalog.of(frame)
        for short, full in (("max", "maximum"), ("min", "minimum"))
        if full in c.stems and short in split_words(c.name)
    }
    if not read:
        return text

    def said(m: re.Match[str]) -> str:
        full = read.get(m["w"].lower())
        nxt = stem(m["next"].lower())
        if full is None or not any(full in c.stems and nxt in c.stems for c in catalog.of(frame)):
            return m.group()
        return f"{full}{m.group()[len(m['w']) :]}"

    return re.sub(r"\b(?P<w>max|min)\s+(?P<next>[a-z]{3,})\b", said, text, flags=re.I)


def _none_of(text: str, catalog: Catalog, frame: str) -> str:
    """Zero of a count with 0 among its values, for "have no cars" (blanks stay unknown, not none)."""

    def zero(m: re.Match[str]) -> str:
        named = find_mentions(m["w"], catalog, frame)
        counts = [
            x.column for x in named if x.score >= 90 and x.column.numeric and not x.column.id_like and x.column.low == 0
        ]
        return f"{m['v']} 0 {m['w']}" if counts and not counts[0].flag else m.group()

    return re.sub(r"\b(?P<v>have|has|had|with|own|owns|owned|having)\s+no\s+(?P<w>[a-z]+)\b", zero, text, flags=re.I)


_VS_NOT = re.compile(
    r"\b(?:(?:for|of|among)\s+(?:people|those|ones|passengers|customers|users|patients|players)?\s*)?"
    r"(?:in|with|on|who\s+(?:are|were|had|have))?\s*(?P<w>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?:vs\.?|versus|or|and)\s+(?:those\s+|people\s+|ones\s+)?(?:not|without)\b(?!\s+[a-z]{3,}\w*\s+(?:vs|or))",
    re.IGNORECASE,
)


_GIVE_BOTH = re.compile(
    r"\?\s*(?:and\s+)?(?:give|show|tell)\s+me\s+(?:the\s+|their\s+|his\s+|her\s+)?[\w ]{1,30}?\s+(?:and|&)\s+"
    r"(?:how\s+(?:many|much)|the\s+(?:number|count|total|amount|figure))\W*$",
    re.IGNORECASE,
)
# the verb of a doer said otherwise in a yes/no column's name ("buyers": Purchased Bike)
_DOER_SYNONYMS = {"buy": ("purchased", "purchase"), "purchas": ("bought", "buy"), "subscrib": ("subscribed",)}


def _vs_not(text: str, catalog: Catalog, frame: str) -> str:
    """A yes/no column set against its own no: "for people in cryosleep vs not" groups by CryoSleep."""

    def yes_no(words: str) -> Column | None:
        named = [
            x.column
            for x in find_mentions(words, catalog, frame)
            if x.column.kind == "bool" or x.column.flag or (x.column.categorical and yes_value(x.column) is not None)
        ]
        return named[0] if len(named) == 1 else None

    def said(m: re.Match[str]) -> str:
        column = yes_no(m["w"])
        return f" by {column.name}" if column is not None else m.group()

    text = _VS_NOT.sub(said, text)

    def other(m: re.Match[str]) -> str:
        # "fraudulent vs legit claims": the yes of fraud_reported against a word for its no that names nothing
        if m["o"].lower() in STOP or find_mentions(m["o"], catalog, frame) or find_values(m["o"], catalog, frame, []):
            return m.group()
        column = None if find_values(m["w"], catalog, frame, []) else yes_no(m["w"])
        if column is None:
            return m.group()
        noun = (m["n"] or "").strip()
        # (the rows' own noun after it goes too: "fraudulent vs legit claims" of insurance_claims.csv)
        kept = (
            f" {noun}"
            if noun and not catalog.names_subject(frame, noun) and find_mentions(noun, catalog, frame)
            else ""
        )
        return f" by {column.name}{kept}"

    return _VS_OTHER.sub(other, text)


_VS_OTHER = re.compile(
    r"\s*\b(?:for|of|among|between|in)?\s*\b(?P<w>[a-z]{4,})\s+(?:vs\.?|versus)\s+(?:non[\s-]?)?(?P<o>[a-z]{3,})\b"
    r"(?P<n>\s+[a-z]+s\b)?",
    re.IGNORECASE,
)


_MONEY_BOUND = re.compile(
    r"\b(?P<op>over|under|above|below|more\s+than|less\s+than|at\s+least|at\s+most|exceeding)\s+(?=[$£€]\s*\d)",
    re.IGNORECASE,
)


def _money_bound(text: str, catalog: Catalog, frame: str) -> str:
    """A bound written in money ("over $1000") is on the one column of amounts when the question names none.

    "How many transactions were over $1000": amt, not the year of trans_date_trans_time.
    """
    said = _MONEY_BOUND.search(text)
    if said is None or any(
        m.column.numeric and not m.column.id_like and not m.column.time and m.end <= said.start()
        for m in find_mentions(text, catalog, frame)
    ):
        return text
    amounts = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and not c.time
        and "balance" not in c.stems  # Balance (GBP) is what is left, not what a payment was
        and (
            CURRENCY.search(c.name) or any(s in PAID or s in ("amt", "price", "cost", "fare", "value") for s in c.stems)
        )
    ]
    if len(amounts) != 1:
        return text
    return f"{text[: said.start()]}{amounts[0].name} {text[said.start() :]}"


def _sold_for(text: str, catalog: Catalog, frame: str) -> str:
    """The one price a sale was made at, for "sold for more than 1 million" (Sale Amount, SalePrice, price)."""
    said = re.search(r"\b(?:sold|went|bought|purchased)\s+for\b", text, re.IGNORECASE)
    if said is None:
        return text
    prices = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and set(c.stems) & {"price", "amount", "saleprice", "sale"}
        and not set(c.stems) & {"ratio"}
        and (set(c.stems) & {"price", "saleprice"} or {"sale", "amount"} <= set(c.stems))
    ]
    if len(prices) != 1:
        return text
    return text[: said.start()] + f"with {prices[0].name}" + text[said.end() :]


def _doers(text: str, catalog: Catalog, frame: str) -> str:
    """The people a yes/no column marks said as doers: "smokers vs non-smokers" of Smoking (Yes/No).

    Each becomes the column named with its yes or its no value ("Smoking Yes", "Smoking No"), which the value
    readers know; a column said by name already is left as it is.
    """
    marks = []
    for c in catalog.of(frame):
        yes = yes_value(c) if c.categorical else None
        if yes is None:
            continue
        no = next(
            (v for v in dict.fromkeys(c.values) if v.strip() and v != yes and v.strip().lower() in _NO_WORDS), None
        )
        if no is not None:
            marks.append((c, yes, no))
    if not marks:
        return text

    def said(m: re.Match[str]) -> str:
        base = m["w"].lower()
        for c, yes, no in marks:
            heads = {root(p) for p in c.significant if len(p) >= 4}
            kin = {root(o) for o in _DOER_SYNONYMS.get(base, ())}  # "buyers" of Purchased Bike
            if root(base) in heads or root(base + "e") in heads or root(base + "ing") in heads or kin & heads:
                return f"{c.name} {no if m['non'] else yes}"
        return m.group()

    return re.sub(r"\b(?P<non>non[- ]?)?(?P<w>[a-z]{3,}?)ers?\b", said, text, flags=re.IGNORECASE)


_NO_WORDS = frozenset({"no", "n", "false", "f", "0"})


def _lone_gap(text: str, catalog: Catalog, frame: str) -> str:
    """The one column of differences for "the biggest gap" alone, when the frame has one (not four pay gaps)."""
    differences = [c for c in catalog.of(frame) if c.numeric and {"difference", "diff"} & set(c.stems)]
    if len(differences) != 1 or any("gap" in c.stems for c in catalog.of(frame)):
        return text
    return re.sub(r"\bgap\b", differences[0].name, text, flags=re.IGNORECASE)


# Words for a part of a two-word name that are no synonyms elsewhere ("age gap": age_difference)
_PAIR_SYNONYMS = {"gap": {"difference", "diff"}}


_PLAIN_VERBS = frozenset(
    {"die", "died", "dies", "win", "wins", "won", "lose", "lost", "score", "scored", "kill", "play"}
)


def _synonym_pairs(text: str, catalog: Catalog, frame: str) -> str:
    """Two words that name a two-word column with one word said otherwise: "age gap" of age_difference."""
    pairs = {
        c.significant: " ".join(re.findall(r"[A-Za-z]+", c.name)).lower()
        for c in catalog.of(frame)
        if len(c.significant) == 2 and len(re.findall(r"[A-Za-z]+", c.name)) == 2
    }
    if not pairs:
        return text

    def forms(word: str) -> set[str]:
        said = word.lower()
        alike = SYNONYM_OF.get(said, set()) | SYNONYM_OF.get(stem(said), set()) | _PAIR_SYNONYMS.get(stem(said), set())
        return {stem(said), *(stem(w) for w in alike)}

    words = list(re.finditer(r"[A-Za-z]+", text))
    for a, b in itertools.pairwise(words):
        if not re.fullmatch(r"[\s-]", text[a.end() : b.start()]):
            continue
        first, second = stem(a.group().lower()), stem(b.group().lower())
        # (both words a column's own: "response time" of Response Minutes (Dispatch Time to Arrival Time))
        if any({first, second} <= set(c.significant) or {first, second} <= set(c.stems) for c in catalog.of(frame)):
            continue  # "offense groups": OFFENSE_CODE_GROUP holds both words as said
        for (p1, p2), name in pairs.items():
            if first == p1 and a.group().lower() not in (p1, p1 + "'s") and b.group().lower() in _PLAIN_VERBS:
                continue  # "do survival players die more": the players and what they do, not Player Kills
            said_otherwise = (first == p1 and second != p2 and p2 in forms(b.group())) or (
                second == p2 and first != p1 and p1 in forms(a.group())
            )
            if said_otherwise:
                return text[: a.start()] + name + text[b.end() :]
    return text


def _initial_values(text: str, catalog: Catalog, frame: str) -> str:
    """A value written as initials said in full: "front wheel drive" of fwd, "all wheel drive" of AWD."""
    initials = {
        v.strip().lower(): v
        for v in _label_values(catalog, frame)
        # initials, not a word: no vowel after the first letter (fwd, AWD; not Bar, Cup or Box)
        if re.fullmatch(r"[A-Za-z][^\W\daeiouAEIOU]{2,3}", v.strip())
    }
    if not initials:
        return text
    said = list(re.finditer(r"[A-Za-z]+", text))
    for size in (4, 3):
        for i in range(len(said) - size + 1):
            run = said[i : i + size]
            key = "".join(m.group()[0].lower() for m in run)
            spaced = all(re.fullmatch(r"[\s-]", text[a.end() : b.start()]) for a, b in itertools.pairwise(run))
            if key in initials and spaced and all(len(m.group()) >= 3 for m in run):
                if any(c.numeric and key in c.stems for c in catalog.of(frame)):
                    continue  # "cost per click" beside Average CPC: the measure, not the Cost Type CPC
                return text[: run[0].start()] + initials[key] + text[run[-1].end() :]
    return text


_SHARE_ASKED = _rx(r"%|\bpercent(?:age)?\b|\bshare\b|\bproportion\b|\bfraction\b")
_BECAME = _rx(
    r"\b(?:ended\s+up\s+(?:becoming|being|as)|end\s+up\s+(?:becoming|being|as)|went\s+on\s+to\s+become"
    r"|turned\s+into|became|become)\b"
)
# (WASDE's Attribute: Production, Exports, Ending Stocks; Bearable's category: Mood, Sleep, Energy)
_INDICATOR_STEMS = frozenset(
    {"measure", "indicator", "item", "series", "sery", "variable", "metric", "question", "attribute", "category"}
)
_VALUE_STEMS = frozenset({"data", "value", "obs", "observation", "num", "numeric"})
# a tracker's one figure for whatever its category is ("rating/amount": Mood 7, Sleep 8.25)
_FIGURE_STEMS = frozenset({"value", "rating"})


def _long_measure(text: str, catalog: Catalog, frame: str) -> str:
    """A measure of a long table said by its name in the indicator column ("the highest obesity rate"): Data_Value.

    CDC PLACES, World Bank and BLS downloads keep one row per place, period and measure, the measure named in a
    column of its own (Measure, Indicator Name, item_name) and its number in one column of values.
    """
    values = [
        v.start
        for v in find_values(text, catalog, frame, [])
        if v.column.categorical and set(v.column.stems) & _INDICATOR_STEMS
    ]
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and not c.year_like and not c.is_date]
    # ECDC keeps NumValue beside TxtValue, the same figure as text ("-" where none was sent): the number
    held = [
        c
        for c in numbers
        if ("value" in c.stems and set(c.stems) <= _VALUE_STEMS)
        or (len(c.stems) == 2 and set(c.stems) & _FIGURE_STEMS and set(c.stems) <= _FIGURE_STEMS | {"amount"})
    ]
    counted = None
    if not values:
        counted = _one_indicator(text, catalog, frame)
        values = [counted[0]] if counted else []
    if not values or len(held) != 1:
        return text
    if counted is not None and text[counted[1] - 1 : counted[1]].lower() == "s":
        # "how many measles cases", "the most cases": each row's cases, added up (said "sum of": "total" would
        # name a TOTAL value of a dimension, as Eurostat's c_resid has)
        before = text[: counted[0]]
        # "the most tourist nights": the words between the superlative and the noun only say what kind
        before = re.sub(r"\b(most|least|fewest)\s+(?:[a-z]+\s+){1,2}$", r"\1 ", before, flags=_I)
        return f"{before}sum of {held[0].name}{text[counted[1] :]}"
    if any(
        m.column.numeric and m.column != held[0] and not m.column.year_like and m.score >= 60
        for m in find_mentions(text, catalog, frame)
    ):
        return text  # a measure of its own is named ("obesity by TotalPopulation")
    start = values[0]
    return f"{text[:start]}{held[0].name} for {text[start:]}"


_ORDINAL = re.compile(r"\b(?P<dir>most|fewest)\s+(?P<noun>[a-z]{3,})s\b")


_SUBJECT_ROWS = re.compile(r"\bhow\s+many\s+(?P<kind>[a-z]+)\s+(?P<noun>[a-z]+s)\b", re.I)
_SITES = frozenset({"center", "centre", "facility", "clinic", "site", "place", "location", "unit", "provider"})


def _subject_rows(text: str, catalog: Catalog, frame: str) -> str:
    """Things the file is about, counted ("how many dialysis centers" of cms_dialysis_facility_compare): its rows.

    The file's own word names every row, never a column that holds it too (Offers in-center hemodialysis).
    """
    said = _SUBJECT_ROWS.search(text)
    if said is None or not catalog.names_subject(frame, said["kind"]):
        return text
    noun = stem(said["noun"].lower())
    if noun not in _SITES:  # (not "measles cases" of monthly counts, nor "count points" of a point's years)
        return text
    if any(m.score >= 90 and m.start >= said.start("kind") for m in find_mentions(text[: said.end()], catalog, frame)):
        return text  # a column named in full ("how many dialysis stations": Number of Dialysis Stations)
    return f"{text[: said.start()]}how many rows{text[said.end() :]}"


_WHICH_SUBJECT = re.compile(r"\b(?:which|what)\s+(?P<noun>[a-z]{3,})\b", re.I)
_TYPE_STEMS = frozenset({"type", "kind", "category", "class", "format"})


# "what do i eat most often", "what did we watch the most": the thing the verb takes, with no noun said
_WHAT_VERB_MOST = re.compile(
    r"\bwhat\s+(?P<said>(?:do|did|have)\s+(?:i|we|you)\s+[a-z]{3,})(?:\s+(?:to|on|at|in))?\s+(?:the\s+)?most\b",
    re.I,
)


def _what_verb_most(text: str, catalog: Catalog, frame: str) -> str:
    """A thing done most, its noun unsaid ("what do i eat most often"): the table's one name of a thing (Food Name)."""
    said = _WHAT_VERB_MOST.search(text)
    if said is None or any(m.start >= said.start() for m in find_mentions(text, catalog, frame)):
        return text
    names = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and not c.id_like
        and c.stems[-1:] in (("name",), ("title",))
        and len(c.stems) >= 2
        and not set(c.stems) & (_PERSON_STEMS | {"first", "last", "full", "user", "customer", "client"})
    ]
    if len(names) != 1:
        return text
    return f"{text[: said.start()]}which {names[0].name} {said['said']}{text[said.end('said') :]}"


def _which_of_kind(text: str, catalog: Catalog, frame: str) -> str:
    """Which album, where Album is a value of a type column (Bandcamp's item type): which item name, of albums.

    The rows of that kind, ranked by the table's one name or title column.
    """
    said = _WHICH_SUBJECT.search(text)
    if said is None or find_mentions(said["noun"], catalog, frame):
        return text
    values = [
        v
        for v in find_values(said["noun"], catalog, frame, [])
        if set(v.column.stems) & _TYPE_STEMS and (v.column.n_unique or 0) <= 12
    ]
    if len(values) != 1:
        return text
    names = [
        c
        for c in catalog.of(frame)
        if (c.categorical or c.kind == "text")
        and not c.id_like
        and c.stems[-1:] in (("name",), ("title",))
        and not set(c.stems) & _PERSON_STEMS
    ]
    if len(names) != 1:
        return text
    kind = values[0]
    return f"{text[: said.start()]}{said[0].split()[0]} {names[0].name} of {kind.value}{text[said.end() :]}"


def _which_subject(text: str, catalog: Catalog, frame: str) -> str:
    """The thing a file is about asked by "which" ("which habit" of streaks_habits): its one title or name."""
    said = _WHICH_SUBJECT.search(text)
    if said is None or not catalog.names_subject(frame, said["noun"]) or find_mentions(said["noun"], catalog, frame):
        return text
    if not re.match(
        r"\s*(?:$|[?.!]|(?:have|has|had|did|do|does|is|are|was|were|got|gets|get|i|we|you)\b)", text[said.end() :], re.I
    ):
        return text  # "which charging network": the noun qualifies another (EV Network), it is no thing asked for
    if any(m.column.numeric and not m.column.id_like for m in find_mentions(text, catalog, frame)):
        return text  # "which drug had the most prescriptions": a measure ranks them, read as it stands
    if not re.search(r"\b(?:most|least|fewest|often)\b", text, re.I):
        return text  # "which article did best": best by what is the person's to say
    rows = catalog.rows.get(frame, 0)
    names = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and not c.id_like
        and set(c.stems) & {"title", "name"}
        and 2 <= (c.n_unique or 0) <= rows / 2  # (a title on every row is each row's own: "which article")
    ]
    if len(names) != 1:
        return text
    return f"{text[: said.start('noun')]}{names[0].name}{text[said.end('noun') :]}"


_PER_LOGGED = re.compile(r"\bper\s+(?P<noun>[a-z]{3,})\b(?=.*\b(?:for\s+each|by|per|each)\s+\w)", re.I)


_SUBJECT_BEFORE = re.compile(r"\b(?P<by>per|by|each|every)\s+(?P<noun>[a-z]{3,})\s+(?=[a-z])", re.I)


def _subject_before_group(text: str, catalog: Catalog, frame: str) -> str:
    """The file's own noun before a group's word ("per story type" of a file of stories): the group alone."""
    for said in _SUBJECT_BEFORE.finditer(text):
        if catalog.names_subject(frame, said["noun"]) and not find_mentions(said["noun"], catalog, frame):
            rest = text[said.end() :]
            if any(m.start == 0 and m.column.categorical for m in find_mentions(rest, catalog, frame)):
                return f"{text[: said.start('noun')]}{rest}"
    return text


def _per_logged(text: str, catalog: Catalog, frame: str) -> str:
    """Each row said as "per workout" beside "for each kind of activity": not a group of the Workout Date."""
    said = _PER_LOGGED.search(text)
    if said is None:
        return text
    found = find_mentions(said["noun"], catalog, frame)
    if not found or not all(m.column.is_date and m.via in ("partial", "prefix") for m in found):
        return text
    return f"{text[: said.start()].rstrip()} {text[said.end() :].lstrip()}"


def _numbered_rows(text: str, catalog: Catalog, frame: str) -> str:
    """The most things numbered within a group ("sets" beside Set Number 1, 2, 3): each row is one, counted."""
    said = _ORDINAL.search(text)
    if said is None:
        return text
    noun = stem(said["noun"].lower())
    numbered = [
        c
        for c in catalog.numeric(frame)
        if len(c.stems) == 2
        and c.stems[0] == noun
        and c.stems[1] in ("number", "no", "num", "nr")
        and isinstance(c.high, int | float)
        and c.high <= 50
    ]
    if len(numbered) != 1:
        return text
    return f"{text[: said.start('noun')]}rows{text[said.end() :]}"


_COUNT_SUFFIXES = frozenset({"ct", "cnt"})


def _suffixed_counts(text: str, catalog: Catalog, frame: str) -> str:
    """Things counted in a column named for them with a count's suffix ("officers": the FBI's officer_ct)."""
    for m in re.finditer(r"\b([a-z]{3,})s\b", text, _I):
        if any(x.score >= 90 and x.start <= m.start() < x.end for x in find_mentions(text, catalog, frame)):
            continue
        named = [
            c
            for c in catalog.numeric(frame)
            if len(c.stems) == 2 and c.stems[0] == stem(m.group(1).lower()) and c.stems[1] in _COUNT_SUFFIXES
        ]
        if len(named) == 1:
            return f"{text[: m.start()]}{named[0].name}{text[m.end() :]}"
    return text


def _counted_things(text: str, catalog: Catalog, frame: str) -> str:
    """The things a file is named for, kept in its one Count column ("steps" of Samsung's step_daily_trend)."""
    counts = [c for c in catalog.numeric(frame) if c.stems == ("count",) and not c.id_like]
    if len(counts) != 1 or own_ids(catalog.of(frame), catalog.rows.get(frame, 0)):
        return text  # (each row one of the things, with its id: Sentry's issues, whose count is of events)
    for m in re.finditer(r"\b[a-z]{3,}s\b", text, _I):
        if catalog.names_subject(frame, m.group().lower()) and not find_mentions(m.group(), catalog, frame):
            return f"{text[: m.start()]}{counts[0].name}{text[m.end() :]}"
    return text


def _one_indicator(text: str, catalog: Catalog, frame: str) -> tuple[int, int] | None:
    """Where the question says the last word of a table's one indicator ("cases" of "Reported confirmed cases").

    A download of one measure (ECDC's measles file) names it in a column of one value, or in its file's name
    (Eurostat's tourism nights); its head noun is what a person asks about.
    """
    said: list[tuple[int, int]] = []
    # a file of records, each with its own id (close_crm_opportunities_export), counts its rows: its Value is money
    records = own_ids(catalog.of(frame), catalog.rows.get(frame, 0))
    # a long file named for what it counts (eurostat_tourism_nights_long): "how many nights", "the most nights"
    said += [
        m.span()
        for m in re.finditer(r"[a-z]+s\b", text, _I)
        if not records
        and catalog.names_subject(frame, m.group().lower())
        and not find_mentions(m.group(), catalog, frame)
    ]
    for c in catalog.of(frame):
        held = [v.strip() for v in c.values if v.strip()]
        if not (c.categorical and set(c.stems) & _INDICATOR_STEMS and c.n_unique == 1 and len(held) == 1):
            continue
        head = stem(held[0].split()[-1].lower())
        said += [m.span() for m in re.finditer(r"[a-z]+", text, _I) if stem(m.group().lower()) == head]
    return said[0] if said else None


_COME_FROM = _rx(
    r"\bwhere\s+(?:do|does|did)\s+(?:most\s+(?:of\s+)?)?(?:our\s+|the\s+|my\s+|your\s+|their\s+)?"
    r"(?P<noun>[a-z]+)\s+(?:\w+\s+)?come\s+(?:in\s+)?from\b"
)
_SOURCE_STEMS = frozenset({"source", "origin", "channel", "referrer", "referral", "medium"})


def _come_from(text: str, catalog: Catalog, frame: str) -> str:
    """Where things come from ("where do most of our contacts come from"): the one column of sources, counted."""
    said = _COME_FROM.search(text)
    source = _one_label(catalog, frame, _SOURCE_STEMS) if said else None
    if said is not None and source is None:
        # no column of sources: the place they come from ("where do my surfers come from": Surfer Country)
        for part in _PLACE_ORDER:
            places = [c for c in catalog.of(frame) if c.categorical and not c.id_like and part in c.stems]
            if places:
                source = places[0] if len(places) == 1 else None
                break
    if said is None or source is None:
        return text
    return f"{text[: said.start()]}which {source.name} has the most {said['noun']}{text[said.end() :]}"


def _one_label(catalog: Catalog, frame: str, stems: frozenset[str]) -> Column | None:
    """The one label column (not a code) named with one of `stems`, or None."""
    found = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and not c.id_like
        and set(c.stems) & stems
        and not set(c.stems) & {"category", "type", "kind"}  # (venueCategory: a kind of place, not a place)
    ]
    return found[0] if len(found) == 1 else None


_WHERE_MOST = _rx(
    r"\bwhere\s+(?P<do>do|does|did)\s+(?P<who>i|we|you|they|people|customers|users|most\s+people)\s+"
    # ("where do i fill up most often": a verb and its particle)
    r"(?P<verb>[a-z]+(?:\s+(?:up|in|out|off|on))?)\s+(?P<most>(?:the\s+)?(?:most|least)(?:\s+often)?)\b"
)
# Columns that say where something happens: "where do i comment the most" of Reddit's subreddit
_WHERE_STEMS = _SOURCE_STEMS | frozenset(
    {"location", "place", "city", "town", "country", "region", "subreddit", "community", "forum", "store", "site"}
    | {"venue", "platform", "branch", "shop", "station", "neighborhood", "neighbourhood", "borough", "server"}
)


_SPOT_STEMS = frozenset({"venue", "station", "store", "shop", "branch", "site", "place", "location", "spot"})


def _where_most(text: str, catalog: Catalog, frame: str) -> str:
    """Which of the one column of places, by the rows there, for "where do i comment the most"."""
    said = _WHERE_MOST.search(text)
    # the place itself before the town it is in: Swarm's venueName beside its city and country
    place = (_one_label(catalog, frame, _SPOT_STEMS) or _one_label(catalog, frame, _WHERE_STEMS)) if said else None
    if said is None or place is None:
        return text
    asked = f"which {place.name} {said['do']} {said['who']} {said['verb']} {said['most']}"
    return f"{text[: said.start()]}{asked}{text[said.end() :]}"


_ARE_FROM = _rx(
    r"\bwhere\s+(?:are|is|were|was)\s+(?:most\s+(?:of\s+)?)?(?:our\s+|the\s+|my\s+|your\s+|their\s+)?"
    r"(?P<noun>[a-z]+)(?:\s+(?:\w+\s+)?from\b|(?:\s+(?:located|based|living))?\s*[?.!]*$)"
)
_PLACE_ORDER = ("country", "region", "state", "province", "city", "location")


def _are_from(text: str, catalog: Catalog, frame: str) -> str:
    """Where people are from ("where are most of my readers from", "... of our customers"): the place column."""
    said = _ARE_FROM.search(text)
    if said is None:
        return text
    for part in _PLACE_ORDER:
        places = [c for c in catalog.of(frame) if c.categorical and not c.id_like and part in c.stems]
        if len(places) == 1:
            return f"{text[: said.start()]}which {places[0].name} has the most {said['noun']}{text[said.end() :]}"
        if places:
            return text
    return text


_WHICH_DO_MOST = _rx(
    r"^\W*(?P<lead>(?:and\s+)?(?:what|which)\s+)(?P<noun>[a-z][a-z ]{1,30}?)\s+(?:do|does|did)\s+"
    r"(?P<who>i|we|you|they|people|customers|users|most\s+people)\s+(?P<verb>[a-z][a-z ]{1,30}?)\s+(?:the\s+)?most\b"
    r"(?P<rest>.*)$"
)
_NOT_COUNTED = frozenset({"earn", "make", "made", "win", "score", "sell", "buy", "spend", "pay", "owe", "charge"})


_CAME_IN = _rx(
    r"\b(?:(?:money|cash)\s+)?(?:came|come|comes|coming)\s+in(?:to)?\b|\b(?:money|cash)\s+in\b|\bincoming\b"
    r"|\binflows?\b"
)
_WENT_OUT = _rx(
    r"\b(?:(?:money|cash)\s+)?(?:went|go|goes|going)\s+out\b|\b(?:money|cash)\s+out\b|\boutgoing\b|\boutflows?\b"
)
# the names of a column of each side, as written and stemmed
_IN_NAMES = frozenset(
    {n for w in ("received", "receipt", "credit", "deposit", "inflow", "paid in", "money in") for n in (w, stem(w))}
)
_OUT_NAMES = frozenset(
    {n for w in ("spent", "debit", "withdrawal", "outflow", "paid out", "money out") for n in (w, stem(w))}
)


def _money_in_out(text: str, catalog: Catalog, frame: str) -> str:
    """Money that came in or went out, kept in a column of its own ("how much money came in": Received).

    A bank statement keeps Spent and Received (Debit and Credit, Money In and Money Out) apart: the words name the
    one column of their side.
    """
    for said, names in ((_CAME_IN, _IN_NAMES), (_WENT_OUT, _OUT_NAMES)):
        m = said.search(text)
        if m is None:
            continue
        sides = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like and (c.name.strip().lower() in names or stem(c.name.strip().lower()) in names)
        ]
        if len(sides) == 1:
            return f"{text[: m.start()]}total {sides[0].name}{text[m.end() :]}"
        # one column of signed amounts (Chase's Amount: deposits above 0, payments below): the rows of that side
        signed = [
            c
            for c in catalog.numeric(frame)
            if c.additive
            and not c.id_like
            and (c.low or 0) < 0 < (c.high or 0)
            and (CURRENCY.search(c.name) or set(c.stems) & {"amount", "net", "gross", "total", "value"})
            and "balance" not in c.stems
        ]
        if not sides and len(signed) == 1:
            side = "above" if names is _IN_NAMES else "below"
            name = signed[0].name
            return f"{text[: m.start()]}total {name} with {name} {side} 0{text[m.end() :]}"
    return text


_AGGREGATE_SAID = _rx(r"\b(?:average|avg|mean|median|typical|total)\b")


def _value_as_measure(text: str, catalog: Catalog, frame: str) -> str:
    """A value that is also a word for a measure ("the average salary" of Pay Type = Salary beside Pay Rate).

    With an aggregate asked and no measure named, the one numeric column the value's word stands for is the
    measure, said before the value (which stays a filter): "the average Pay Rate salary in engineering".
    """
    if not _AGGREGATE_SAID.search(text):
        return text
    if any(m.column.numeric and not m.column.id_like for m in find_mentions(text, catalog, frame)):
        return text
    for v in find_values(text, catalog, frame, []):
        word = text[v.start : v.end].lower()
        meant = SYNONYM_OF.get(word, set()) | {word}
        columns = [c for c in catalog.numeric(frame) if not c.id_like and set(c.stems) & meant]
        if len(columns) == 1:
            return f"{text[: v.start]}{columns[0].name} {text[v.start :]}"
    return text


_WHICH_BIGGEST = _rx(
    r"^\W*(?P<lead>(?:which|what)\s+(?P<g>[a-z]+(?:\s+[a-z]+)?)\s+(?:is|was|are|were)\s+(?:the\s+)?)"
    r"(?P<dir>biggest|largest|smallest)\W*$"
)


def biggest_group(text: str, catalog: Catalog, frame: str) -> str:
    """A label asked of by its size alone ("which department is the biggest"): the one with the most rows.

    Only of a label that many rows share (Department of employees); "which planet is the biggest" of a table of
    planets is a measure of each row, left to the other readings.
    """
    m = _WHICH_BIGGEST.match(text)
    if m is None:
        return text
    named = find_mentions(m["g"], catalog, frame)
    rows = catalog.rows.get(frame, 0)
    if len(named) != 1 or not named[0].column.categorical or named[0].column.id_like:
        return text
    if not named[0].column.n_unique or named[0].column.n_unique * 3 > rows:
        return text
    most = "most" if m["dir"].lower() != "smallest" else "fewest"
    return f"{m['lead'].replace(' is the ', ' has the ').rstrip()} {most} number of rows"


_NOW = _rx(r"\b(?:currently|presently|right\s+now|at\s+the\s+moment|still)\b")
_NOW_VALUES = frozenset({"active", "current", "employed", "subscribed", "enrolled", "current employee"})


def _still_here(text: str, catalog: Catalog, frame: str) -> str:
    """People there now ("how many people currently work here"): the rows whose status says so (Status = Active).

    (A word already naming a status value is left as said: "still open" is Status = Open.)
    """
    m = _NOW.search(text)
    if m is None or find_values(text, catalog, frame, []):
        return text
    said = [
        v
        for c in catalog.of(frame)
        if c.categorical and not c.id_like
        for v in dict.fromkeys(c.values)
        if v.strip().lower() in _NOW_VALUES
    ]
    if len(said) != 1:
        return text
    return f"{text[: m.start()]}{said[0].strip()}{text[m.end() :]}"


_MOST_THINGS = _rx(r"\b(?P<dir>most|fewest)\s+(?P<np>(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{3,}s))\b")


def _most_kept_counts(text: str, catalog: Catalog, frame: str) -> str:
    """Things a table keeps as counts in a column ("which year had the most design patents": Design per row).

    A table of counts per state and year answers "the most design patents" by the totals of its Design column,
    not by its rows (one per state and year) and not by their average. The things may also be what the file holds
    ("patents" in a patent file), kept in its one Total column.
    """
    m = _MOST_THINGS.search(text)
    if m is None or m["noun"].lower() in STOP or _ROWS.fullmatch(m["noun"]):
        return text
    if re.match(r"\s*common\b", text[m.start("np") :], _I):
        return text  # "what is the most common Pass (min)": the commonest value, no sum
    if not re.search(r"\b(?:which|what)\b", text[: m.start()], _I):
        return text  # a ranking of groups only ("which year had ..."), not "the most points in a game"
    if re.search(r"\b(?:won|wins|win)\s+(?:the\s+)?(?:most|fewest)\s*$", text[: m.start("np")], _I):
        return text  # "which boat won the most races": first places counted (a race's number adds nothing up)
    if _AGG_SAID["mean"].search(text) or _AGG_SAID["median"].search(text) or re.search(r"\bper\b", text, _I):
        return text  # "the most claps on avg", "the most legs on average": a mean per group, read as said
    kind_of = _KIND_OF_ONE.search(text[: m.start()])
    if kind_of and not kind_of["one"].lower().endswith("s") and catalog.names_subject(frame, kind_of["one"]):
        # "what kind of post gets the most views": what one post of each kind gets, its mean
        return f"{text.rstrip(' ?.!')} per {kind_of['one']}"
    said = [
        x.column
        for x in find_mentions(m["np"], catalog, frame)
        if x.column.numeric and not x.column.id_like and not x.column.time and x.score >= 90
    ]
    counts = list(dict.fromkeys(c for c in said if c.whole_count))
    things = m["np"]
    if not said and catalog.names_subject(frame, m["noun"]):
        # (only in a table of counts: its Total adds up parts, as a medal table's or a patent table's does)
        counts = [c for c in catalog.numeric(frame) if c.stems == ("total",) and c.whole_count]
        things = counts[0].name if len(counts) == 1 and total_parts(catalog.of(frame)) else ""
    if len(counts) != 1 or (said and said[0] != counts[0]) or not things:
        return text
    word = "highest" if m["dir"].lower() == "most" else "lowest"
    return f"{text[: m.start()]}{word} sum of {things}{text[m.end() :]}"


_KIND_OF_ONE = _rx(
    r"\b(?:kind|type|sort)\s+of\s+(?P<one>[a-z]{3,})\s+(?:gets?|got|has|had|draws?|drew|receives?|earns?|brings?\s+in)"
    r"\s+(?:the\s+)?$"
)
_HOW_MANY_THINGS = _rx(r"\bhow\s+many\s+(?P<np>(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{3,}s))\b")


def _how_many_kept(text: str, catalog: Catalog, frame: str) -> str:
    """The sum of a Total, for "how many background checks were there in 2020" of a file of checks kept as counts.

    Each row is a state's month (FBI NICS), not a check; the counts are in its columns, and the Total adds up the
    parts (`total_parts`).
    """
    m = _HOW_MANY_THINGS.search(text)
    if m is None or not catalog.names_subject(frame, m["noun"]):
        return text
    if any(x.column.numeric and x.score >= 90 for x in find_mentions(m["np"], catalog, frame)):
        return text  # "how many handgun checks": that column, read by the general reader
    totals = [c for c in catalog.numeric(frame) if c.stems == ("total",) and c.whole_count]
    parts = total_parts(catalog.of(frame))
    if len(totals) != 1 or not parts:
        return text
    if any(set(c.stems) & _JUDGED_PARTS for c in parts):
        return text  # a pie contest's Crust + Filling + Appearance + Taste: a score out of 100, no count of pies
    noun = stem(m["noun"].lower())
    if any(c.stems[:1] == (noun,) and set(c.stems[1:]) & _RECORD_KEYS for c in catalog.of(frame)):
        return text  # "how many invoices" beside InvoiceNumber: each invoice has a number of its own to count
    return f"{text[: m.start()]}total {totals[0].name}{text[m.end() :]}"


_RECORD_KEYS = frozenset({"number", "id", "no", "num", "nr", "ref", "reference", "code", "key"})
# marks a judge gives, whose Total is a score: a judging sheet's parts, never counts of things
_JUDGED_PARTS = frozenset(
    {"taste", "appearance", "crust", "filling", "presentation", "creativity", "design", "technique", "flavor"}
    | {"texture", "aroma", "originality", "execution", "difficulty", "impact", "innovation", "score", "tenderness"}
)


def _which_do_most(text: str, catalog: Catalog, frame: str) -> str:
    """A label asked of by its verb ("what card do people use the most"): the label with the most rows.

    "Which restaurant do i pick up from the most" counts rows per restaurant; "which state do we sell the most
    units in" names its measure (units) and money verbs rank money, so both are left to the other readings.
    """
    said = _WHICH_DO_MOST.match(text)
    if said is None:
        return text
    if not re.fullmatch(
        r"\s*(?:(?:often|frequently|overall|of\s+all)\b.*|(?:in|on|at|during|for|this|last)\b.*)?\W*", said["rest"]
    ):
        return text  # "what exercise do i do the most sets of": the things counted are said, the general reader's
    verb = said["verb"] + " " + said["rest"]
    if set(map(stem, split_words(verb.lower()))) & ({stem(w) for w in _NOT_COUNTED} | set(MONEY_WORDS)):
        return text
    named = find_mentions(said["noun"], catalog, frame)
    if not named or not named[0].column.categorical or named[0].column.id_like or named[0].score < 50:
        return text
    if any(m.column.numeric and m.score >= 40 for m in find_mentions(verb, catalog, frame)):
        return text  # "which team do we score the most goals against": goals are the measure
    return f"{said['lead']}{said['noun']} by most number of rows{said['rest']}"


_MOST_VERBED = _rx(r"\b(?P<dir>most|least)\s+(?P<v>[a-z]{3,}ed)\s+(?P<noun>[a-z]{3,})\b")


def _most_verbed(text: str, catalog: Catalog, frame: str) -> str:
    """The things rated most often ("the most rated movies"): those with the most rows, not the highest rating."""

    def counted(m: re.Match[str]) -> str:
        verb = m["v"].lower()
        base = verb[:-2]  # rated: rat(ing), reviewed: review(s), played: play(count)
        if find_values(verb, catalog, frame, []):
            return m.group()  # "the most failed runs": a value (Status = failure), counted elsewhere
        rated = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like and c.stems and (same_word(verb, c.stems[0]) or c.stems[0].startswith(base))
        ]
        if any(
            c.additive
            or {"count", "cnt", "num", "number", "total"} & set(c.stems)
            or re.search(r"[^s]s$", c.name.strip())
            # "the most unsheltered people": a count named by the word itself (a point-in-time count's Unsheltered)
            or (c.stems == (stem(verb),) and c.whole_count)
            for c in rated
        ):
            return m.group()  # "the most reviewed books" beside Reviews or text_reviews_count: that count says it
        named = find_mentions(m["noun"], catalog, frame)
        if len(rated) != 1 or (named and not named[0].column.categorical):
            return m.group()
        noun = m["noun"]
        said = {stem(noun.lower()), noun.lower()[:-1]}  # (stem("movies") is "movy")
        coded = [c for c in catalog.of(frame) if c.id_like and said & set(c.stems)]
        titles = [c for c in catalog.of(frame) if c.categorical and {"title", "name"} & set(c.stems)]
        if (not named or named[0].column in coded) and coded and len(titles) == 1:
            noun = titles[0].name  # "movies" of movieId, each named by its title
        return f"{noun} by {'most' if m['dir'].lower() == 'most' else 'fewest'} number of rows"

    return _MOST_VERBED.sub(counted, text)


def _misspelt_values(text: str, catalog: Catalog, frame: str) -> str:
    """A value the data itself misspells, said right: "accept" of "acept", "not accept" of "not acept"."""
    spelt: dict[str, str] = {
        w.lower(): w for v in _label_values(catalog, frame, most=12) for w in re.findall(r"[A-Za-z]{5,}", v)
    }
    if not spelt:
        return text

    def said(m: re.Match[str]) -> str:
        word = m.group().lower()
        if word in spelt or (word in known_words() and len(word) < 6) or catalog.names_subject(frame, word):
            return m.group()  # ("courses" in coursera_courses.csv: the rows, not the certificate type COURSE)
        near = [
            w
            for key, w in spelt.items()
            if abs(len(key) - len(word)) <= 1
            and edit_distance(word, key, 1) <= 1
            and word not in (key + "s", key[:-1])  # a plural is another form, not a slip
        ]
        if len(near) != 1 or find_mentions(word, catalog, frame):
            return m.group()  # (a word that names a column is no slip: "per printer", not the value "printed")
        return near[0]

    return re.sub(r"\b[A-Za-z]{5,}\b", said, text)


def _negated_values(text: str, catalog: Catalog, frame: str) -> str:
    """A value written "not X" said as one word: "unfurnished" of "not furnished", "non-smoker" of "not smoker"."""
    negated = {
        m["w"].lower(): v
        for v in _label_values(catalog, frame)
        if (m := re.fullmatch(r"\s*(?:not|no|non)[\s-]+(?P<w>[a-z]{4,})\s*", v, re.I))
    }
    # "unarmed" of a label named armed that holds a No among its kinds (Firearm, Knife, No): that column's No
    noes = {
        root(c.significant[0]): f"{c.name} {no}"
        for c in catalog.of(frame)
        if c.categorical
        and len(c.significant) == 1
        and len(c.significant[0]) >= 4
        and (no := next((v for v in c.values if v.strip().lower() in ("no", "none")), None)) is not None
    }
    if not negated and not noes:
        return text

    def said(m: re.Match[str]) -> str:
        value = negated.get(m["w"].lower())
        if value is None and m.group().lower().startswith("un"):
            value = noes.get(root(m["w"].lower()))
        return value if value is not None else m.group()

    return re.sub(r"\b(?:un|non-?|in)(?P<w>[a-z]{4,})\b", said, text, flags=re.I)


_PARTICIPLES = {"pay": "paid", "sell": "sold", "buy": "bought", "show": "shown", "send": "sent", "do": "done"}
_NOT_DONE = _rx(r"\b(?:did\s+not|didn'?t|does\s+not|doesn'?t|never|not)\s+(?P<v>[a-z]{2,})(?P<all>\s+at\s+all)?\b")


def _not_done_values(text: str, catalog: Catalog, frame: str) -> str:
    """Said "did not pay" of a label that holds Unpaid beside Paid and Partial: that value, not "≠ Paid"."""
    values = {v.strip().lower(): v.strip() for v in _label_values(catalog, frame)}

    def said(m: re.Match[str]) -> str:
        verb = m["v"].lower()
        done = {_PARTICIPLES.get(verb, ""), f"{verb}ed", f"{verb}d", f"{verb}{verb[-1]}ed"} - {""}
        found = [values[w] for d in done for w in (f"un{d}", f"not {d}", f"non-{d}") if w in values]
        return found[0] if len(found) == 1 else m.group()

    return _NOT_DONE.sub(said, text)


_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "person"}


def _plural_values(text: str, catalog: Catalog, frame: str) -> str:
    """Values said in the plural: "men vs women" of a Gender column holding Man and Woman."""
    # (a label of a few values, Gender: not a title "Woman" among thousands of artworks)
    values = {v.strip().lower(): v for v in _label_values(catalog, frame, most=20, plain=True)}

    def single(m: re.Match[str]) -> str:
        one = _IRREGULAR_PLURALS[m.group().lower()]
        return values[one] if one in values and m.group().lower() not in values else m.group()

    return re.sub(r"\b(?:men|women|children|people)\b", single, text, flags=re.I)


def _label_values(catalog: Catalog, frame: str, most: int | None = None, plain: bool = False) -> list[str]:
    """The values of a frame's labels (of labels with at most `most` values; `plain`: not free text)."""
    return [
        v
        for c in catalog.of(frame)
        if (c.kind == "categorical" if plain else c.categorical) and (most is None or (c.n_unique or 99) <= most)
        for v in c.values
    ]


def _squashed_values(text: str, catalog: Catalog, frame: str) -> str:
    """Two or three words said for a value written as one ("no women" of "nowomen", "no show" of "noshow")."""
    joined = {
        re.sub(r"[\W_]+", "", v).lower(): v
        for v in _label_values(catalog, frame)
        if re.fullmatch(r"[A-Za-z]{5,}", v.strip())
    }
    if not joined:
        return text
    written = {v.strip().lower() for v in _label_values(catalog, frame)}
    said = list(re.finditer(r"[A-Za-z]+", text))
    for size in (3, 2):
        for i in range(len(said) - size + 1):
            run = said[i : i + size]
            key = "".join(m.group().lower() for m in run)
            gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(run)]
            as_said = text[run[0].start() : run[-1].end()].lower()
            # ("e-bike" of E-Bike beside a stray "ebike": the value as said, not its squashed slip)
            if key in joined and as_said not in written and all(re.fullmatch(r"[\s-]", g) for g in gaps):
                return _squashed_values(text[: run[0].start()] + joined[key] + text[run[-1].end() :], catalog, frame)
    return text


# Verbs and nouns whose yes/no column is named otherwise (won: win, wins, victories)
_FLAG_FORMS = {"win": "won", "wins": "won", "victories": "won", "lose": "lost", "loses": "lost", "losses": "lost"}
_HOW_OFTEN = _rx(
    r"\bhow\s+often\s+(?:does|do|did|is|are|was|were)\s+(?P<subj>.+?)\s+(?P<verb>[a-z]+)\s*(?P<end>[?.!]*)$"
)
_VERB_MOST = _rx(
    r"\b(?:has|have|had|with|got|get)\s+the\s+(?P<dir2>most|fewest|least)\s+(?P<plural>[a-z]+)\b"
    r"|\b(?P<verb>[a-z]+)\s+the\s+(?P<dir>most|fewest|least)(?P<noun>\s+(?:games|matches|times|fights|bouts"
    r"|rounds|cases|races|contests|events))?\b(?P<rows>\s+[a-z]+s\b)?"
)


# Words after "what" that ask something themselves ("what share survived", "what percent", "what kind of")
_NOT_QUALIFIERS = frozenset(
    {"share", "percent", "percentage", "proportion", "fraction", "rate", "ratio", "number", "count", "total"}
    | {"average", "mean", "median", "sum", "kind", "kinds", "type", "types", "sort", "sorts", "amount", "portion"}
    | {"part", "time", "times", "day", "days", "hour", "month", "year", "week", "age", "size", "level", "was", "were"}
)
# words in -est that compare nothing
_NOT_SUPERLATIVE = frozenset(
    {"interest", "request", "guest", "test", "contest", "forest", "harvest", "rest", "west", "honest", "modest"}
    | {"chest", "nest", "quest", "pest", "vest", "suggest", "arrest", "invest", "protest", "digest", "manifest"}
    | {"crest", "priest", "conquest", "inquest", "pretest", "retest", "midwest", "northwest", "southwest", "unrest"}
)
# a ranking said after "the": "who solved the most tickets", "who had the lowest score"
_RANKED = r"the\s+(?:most|fewest|least|highest|lowest|biggest|smallest|best|worst)"
_WHO_MOST = _rx(
    r"^\W*(?:and\s+)?who(?:'s|\s+is|\s+has|\s+had|\s+did)?\b"
    rf"(?=.*\b{_RANKED}\b"
    # any superlative said right after, "had the single fastest run" or "was fastest" (not a contest, a guest or a
    # request; nor "has played the longest", a verb between)
    r"|(?:\s+(?:was|were))?\s+(?:the\s+)?(?:(?:single|very|overall)\s+)?"
    rf"(?!{'|'.join(sorted(_NOT_SUPERLATIVE))}\b)[a-z]{{2,}}est\b"
    # ... or one verb before it, when a thing follows: "who caught the heaviest pike" (not "played the longest")
    rf"|\s+[a-z]{{3,}}\s+the\s+(?:single\s+)?(?!{'|'.join(sorted(_NOT_SUPERLATIVE))}\b)[a-z]{{2,}}est\s+[a-z]{{3,}})"
)
# Columns of the people who do the work a table records (the one who solved a ticket, owns a deal)
_AGENT_STEMS = frozenset(
    {"assignee", "owner", "agent", "rep", "representative", "salesperson", "seller", "author", "handler", "employee"}
    | {"teammate", "technician", "responder"}
    # who submits, requests or is paid by the work a table records (Expensify's Submitter, Gusto's Contractor)
    # (not a requester, who asks the assignee for the work)
    | {"submitter", "cardholder", "contractor", "payee", "therapist", "stylist", "trainer", "instructor"}
    | {"freelancer", "payer", "spender"}
    # the trades that do a table's jobs (a translation agency's Translator, a shop's Mechanic, a tutoring log's Tutor)
    | {"translator", "mechanic", "tutor", "groomer", "nanny", "inspector", "realtor", "broker", "caregiver", "nurse"}
    | {"installer", "cleaner", "attendant", "deputy", "officer", "courier", "dispatcher", "estimator", "crew"}
)
# columns of the people the rows are about, when none does work for the table ("who do i listen to the most")
_PEOPLE_STEMS = frozenset(
    {"artist", "player", "athlete", "runner", "member", "user", "creator", "reporter", "driver", "pitcher", "batter"}
    | {"performer", "singer", "band", "streamer", "username", "person", "nominee", "recipient"}
    # (sports and trades: a league's Bowler, a race's Jockey, a dispensary's Budtender, a crew's Picker)
    | {"bowler", "golfer", "swimmer", "skier", "cyclist", "jockey", "trainer", "budtender", "barista", "picker"}
    | {"sitter", "walker", "rower", "climber", "racer", "boxer", "wrestler", "coach", "teacher", "instructor"}
    | {"contestant", "competitor", "entrant", "participant", "sender", "hunter", "angler", "barber", "artist"}
    | {"from"}  # an email's From: "who emails me the most"
    # the people a register or a roll is kept of (a dojo's Student, a rent roll's Tenant, a blood bank's Donor)
    | {"student", "pupil", "learner", "camper", "attendee", "tenant", "donor", "volunteer"}
    # (and the ones who fly, mush, shear, dive or skipper: a glider log's Pilot, a sled race's Musher)
    | {"pilot", "musher", "shearer", "gymnast", "captain", "skipper", "diver", "shooter", "archer", "guide"}
    # (a pack's Scout, a bee's Speller, a conference's Delegate)
    | {"scout", "speller", "delegate", "debater"}
)
# the people a table's rows are first of all about, among several such columns (Plex's user beside its player)
_FIRST_PEOPLE = frozenset({"user", "username", "person", "member", "employee"})
# columns that name people or record each one by a code: "who" is one of them, never a country or a team
_NAMED_ONES = frozenset({"name", "player", "athlete", "person", "taster", "reviewer", "user", "author", "driver"})
_PATRON_STEMS = frozenset({"customer", "buyer", "client", "invitee", "guest", "patient", "passenger", "rider"})
_CODE_STEMS = frozenset({"code", "id", "number", "no", "num", "key", "ref"})
_REMARK_STEMS = frozenset({"comment", "note", "remark", "description", "feedback", "message"})
_CONTACT_STEMS = frozenset({"email", "mail", "mbid", "url", "phone", "address", "id", "first", "last"})


_KIND_PARTS = frozenset({"type", "category", "class", "kind", "group", "status", "tier", "level"})
# businesses a log's rows are for, kept by name (Cafe Name, Company Name): the customers, when no person is kept
_BUSINESSES = frozenset(
    {"cafe", "shop", "store", "restaurant", "company", "business", "account", "school", "church", "farm", "hotel"}
    | {"bar", "salon", "clinic", "practice", "firm", "organization", "org", "vendor", "supplier", "dealer", "venue"}
)


# Words in -er and -or that name no person (an Order, a Meter, a Trailer)
_THINGS_IN_ER = frozenset(
    {"number", "order", "water", "paper", "letter", "center", "filter", "meter", "quarter", "corner", "trailer"}
    | {"container", "sticker", "register", "server", "computer", "color", "colour", "floor", "door", "sector", "tier"}
    | {"weather", "river", "border", "cover", "power", "tower", "timber", "lumber", "liter", "litre", "chapter"}
    | {"counter", "marker", "header", "folder", "factor", "motor", "vendor", "error", "indicator", "monitor"}
    | {"identifier", "other", "winter", "summer", "september", "october", "november", "december", "after", "under"}
    | {"over", "later", "per", "manner", "rater", "flavor", "flavour", "odor", "interior", "exterior", "major"}
    | {"minor", "senior", "junior", "super", "upper", "lower", "outer", "inner", "layer", "master", "cancer"}
    | {"parameter", "diameter", "tractor", "trigger", "transfer", "barrier", "character", "carrier", "year"}
)
_DOERS = frozenset({"pilot", "guide", "captain", "chef", "host", "judge", "doctor", "skip", "rower", "vet"})
# the endings of a craftsman's noun ("maker", "Ice Cream Maker", "packer", "picker", "baker", "cutter")
_CRAFTS = ("maker", "packer", "picker", "baker", "cutter", "cleaner", "groomer", "trainer", "cook", "smith", "tech")


def _doer_noun(word: str) -> bool:
    """A noun of someone who does something ("maker", "jumper", "skipper", "bidder"), not a thing in -er."""
    return word in _DOERS or (len(word) >= 5 and word.endswith(("er", "or")) and word not in _THINGS_IN_ER)


def people_of(catalog: Catalog, frame: str) -> list[Column]:
    """The columns of the people a table is about, the ones doing its work first (Assignee before Customer)."""
    joined = {p for c in catalog.of(frame) if c.formula and c.formula[1] == "full_name" for p in c.formula[::2]}
    labels = [
        c
        for c in catalog.of(frame)
        if (c.categorical or c.kind == "text")
        and not c.id_like
        and not set(c.stems) & _CONTACT_STEMS
        and c.name not in joined  # Employee First Name and Last Name: one person, named by Employee Name
        and yes_value(c) is None  # a Member (Y/N) marks people, it names none
    ]
    agents = [c for c in labels if set(c.stems) & _AGENT_STEMS]
    if not agents:  # Help Scout's Assigned To: a person the work is assigned to (not a team assigned)
        agents = [c for c in labels if "assigned" in c.stems and not set(c.stems) & {"team", "group", "queue"}]
    if not agents:  # who did it, by a column named for the deed (Zoho Expense's Submitted By, Approved By)
        agents = [c for c in labels if re.search(r"(?i)[\s_]by$", c.name)]
        agents = agents if len(agents) == 1 else []
    if not agents:  # no assignee: the one column of people the rows are about (artist, player, runner)
        agents = [c for c in labels if any(s in _PEOPLE_STEMS or s.endswith("runner") for s in c.stems)]
        if len(agents) > 1:  # Plex's user beside its player (a device): the people first
            agents = [c for c in agents if set(c.stems) & _FIRST_PEOPLE] or agents
    if not agents:  # the people served (customer, client, guest), when no one doing the work is named
        agents = [c for c in labels if set(c.stems) & _PATRON_STEMS]
    if not agents:  # a quilt show's Maker, a jump log's Jumper, a regatta's Skipper: a noun of one who does
        # (the doer is the name's head, said last: not the Avengers of "Full/Reserve Avengers Intro")
        # (a few of them when the values are people's names: a creamery's four Makers, Hannah … Walt)
        agents = [
            c
            for c in labels
            if len(c.stems) <= 2
            and _doer_noun(c.stems[-1])
            and (
                (c.n_unique or 99) >= 5
                or (
                    len(c.values) >= 3
                    # (of a trade's people by craft: not a Gender of Male, Female, nor a $browser of Chrome, Safari)
                    and (c.stems[-1] in _DOERS or c.stems[-1].endswith(_CRAFTS))
                    and all(re.fullmatch(r"[A-Z][a-z]{2,11}(?: [A-Z][a-z]+)?", v) for v in c.values)
                )
            )
        ]
        agents = agents if len(agents) == 1 else []
    if not agents:  # a bakery's Cafe Name: the businesses its rows are for, named by name ("who buys the most")
        agents = [
            c
            for c in labels
            if len(c.stems) == 2 and c.stems[1] == "name" and c.stems[0] in _BUSINESSES and (c.n_unique or 0) >= 3
        ]
        agents = agents if len(agents) == 1 else []
    if not agents:  # HelloTalk's Partner Handle: people known only by the name they go by (not beside taster_name)
        named_too = {c.stems[0] for c in labels if c.stems[-1:] == ("name",)}
        agents = [c for c in labels if "handle" in c.stems and c.stems[0] not in named_too]
    named = any(set(c.stems) & _NAMED_ONES or c.id_like for c in catalog.of(frame))
    if not agents and not named:  # "who has won the most golds" of a medal table: its countries, the plain column
        sides = [c for c in labels if set(c.stems) & {"country", "nation", "team", "club"}]
        agents = [c for c in sides if len(c.stems) == 1]
    if len(agents) > 1:  # Employee beside Employee Export Code and Employee Comment: the person by name
        by_name = [c for c in agents if not set(c.stems) & (_CODE_STEMS | _REMARK_STEMS)]
        # (Contractor beside Contractor Type: the person, named by the word alone; player_off is another person)
        alone = [c for c in by_name if len(c.stems) == 1]
        kinds_of = all(set(c.stems[1:]) <= _KIND_PARTS for c in by_name if c not in alone)
        by_name = alone if len(alone) == 1 and kinds_of else by_name
        agents = by_name if len(by_name) == 1 else agents
    if len(agents) == 1 and set(agents[0].stems) <= {
        "username",
        "user",
        "login",
        "handle",
    }:  # Tempo's Username beside Full name
        full = [
            c
            for c in labels
            if c.stems in (("full", "name"), ("name",), ("display", "name"), ("friendly", "name"))
            and c.n_unique == agents[0].n_unique
        ]
        agents = full[:1] if len(full) == 1 else agents
    return agents


# what the people served do (owe, pay, spend, order, book, rent, tip, visit): not the work of the staff
_PATRON_DEEDS = ("owe", "pay", "pai", "buy", "bought", "spen", "order", "book", "rent", "tip", "borrow", "purchas")


def _who_most(question: str, catalog: Catalog, frame: str) -> str:
    """A "who … the most" question asked of the one column of the people doing the work (Assignee) by "which".

    "who solved the most tickets" is "which Assignee solved the most tickets".
    """
    said = _WHO_MOST.match(question)
    if said is None:
        return question
    mentions = [m for m in find_mentions(question, catalog, frame) if m.score >= 60]
    deed = re.match(r"\s*(?P<v>[a-z]{3,}?)(?:es|s|ed|d)?\b", question[said.end() :].lower())
    by_deed = [
        c
        for c in catalog.of(frame)
        if c.categorical
        and re.search(r"(?i)[\s_]by$", c.name)
        and deed is not None
        and c.stems[:1]
        and root(c.stems[0]).startswith(root(deed["v"]))
    ]
    if len(by_deed) == 1:  # "who loads the kilns the most": Loaded By, whatever else the question names
        return f"{question[: said.start()]}which {by_deed[0].name}{question[said.end() :]}"
    if deed is not None:  # "who banded the most birds": the Bander, the one named for the deed
        v = deed["v"].lower()
        nouns = {f"{v}er", f"{v}r", f"{v}{v[-1]}er", f"{v[:-1]}ier" if v.endswith("y") else f"{v}er"}
        named_for = [c for c in catalog.of(frame) if c.categorical and c.stems[:1] and c.stems[0] in nouns]
        if len(named_for) == 1:
            rest = question[said.end() :]
            # ("the most birds" where nothing is called birds: the rows, each a bird banded)
            noun = re.search(r"\bthe\s+(?:most|fewest|least)\s+(?P<n>[a-z]{3,})\s*\W*$", rest)
            if noun is not None and not find_mentions(noun["n"], catalog, frame):
                rest = rest[: noun.start("n")] + "rows" + rest[noun.end("n") :]
            return f"{question[: said.start()]}which {named_for[0].name}{rest}"
    agents = people_of(catalog, frame)
    if deed is not None and deed["v"].lower().startswith(_PATRON_DEEDS):
        # "who owes us the most", "who spent the most": a Customer, not the Sales Rep who served them
        patrons = [
            c
            for c in catalog.of(frame)
            if (c.categorical or c.kind == "text") and not c.id_like and set(c.stems) & _PATRON_STEMS
        ] or sold_to(catalog, frame)  # (an alpaca farm's Sold To: who bought its fleeces)
        agents = patrons if len(patrons) == 1 else agents
    ranked = re.search(rf"\b{_RANKED}\b", question)
    at_it = re.search(r"\bat\s+(?:it|that|this|them|[a-z]{3,}ing)\b", question[said.end() :])
    if ranked is None and not at_it and not any(set(c.stems) & _PEOPLE_STEMS for c in agents):
        return question  # ("who's the heaviest female character": a row's own, not a Publisher's the doer-noun finds)
    if len(agents) > 1 and deed is not None:  # "who sings the most" of Singer beside Artist: the one who sings
        doers = [c for c in agents if c.stems and c.stems[0].startswith(deed["v"])]
        agents = doers if len(doers) == 1 else agents
    if len(agents) != 1 or any(
        m.column.categorical
        and m.column in agents
        and question[said.end() : m.start].strip()  # ("who sings the most": the verb right after says the Singer)
        for m in mentions
    ):
        return question
    # a label column named before "the most" is the group asked of ("who is the most borrowed author")
    most = re.search(r"\bthe\s+(?:most|fewest|least)\b", question)
    if any(
        m.column.categorical
        and most is not None
        and m.start < most.start()
        and not re.match(r"\s*=", question[m.end :])  # "who had Present = N the most": a filter
        for m in mentions
    ):
        return question
    rest = question[said.end() :]
    verbed = re.match(
        r"\s*(?:\w+ed|won|sold|wrote|made|got|took|closed|did|caught|bought|brought|shot|threw|ran|rode|drove|grew)\b",
        rest,
    )
    has = "" if verbed and not re.search(r"\b(?:has|had)\b", said.group()) else " has"
    return f"{question[: said.start()]}which {agents[0].name}{has}{rest}"


# people said by what they are to the table ("singers" of a choir's roll, "kids" of a tutoring log)
_PEOPLE_WORDS = frozenset(
    {"people", "persons", "individuals", "folks", "kids", "children", "adults", "humans", "members", "students"}
    | {"singers", "dancers", "players", "athletes", "musicians", "artists", "volunteers", "donors", "tenants"}
    | {"customers", "clients", "patients", "guests", "participants", "attendees", "campers", "pupils", "learners"}
    | {"swimmers", "golfers", "bowlers", "runners", "riders", "drivers", "employees", "workers", "staff"}
    | {"residents", "renters", "subscribers", "readers", "viewers", "users", "regulars", "patrons", "shoppers"}
)
_HOW_MANY_PEOPLE = _rx(
    r"\b(?P<w>how\s+many|number\s+of)\s+(?:different\s+|unique\s+|distinct\s+|individual\s+)?(?P<noun>[a-z]+)"
    r"(?=\s+(?:do|did|does|have|has|had|are|were|is|was|in\s+total|total|altogether|overall)\b"
    # a sport's verb of taking part ("how many different kids competed this season"; a class's "came" or a
    # league's "took part" are read by the people's own code)
    r"|\s+(?:competed|raced|wrestled|swam|ran|rode|skated|fenced|bowled|paddled|entered|signed\s+up|registered|started)\b"
    r"|\s*[?.!]?\s*$)"
)


def _numbered_thing(column: Column) -> bool:
    """Numbers that name things, one each (a Car #, a Kart No.): read as labels, never added up."""
    return column.numeric and re.search(r"(?:#|\bno\.?|\bnumber)\s*$", column.name, re.I) is not None


def _how_many_people(question: str, catalog: Catalog, frame: str) -> str:
    """Said "how many singers do we have" of a roll kept per rehearsal: the different people of its people column.

    The rows of such a table repeat each person, so the people are counted by their column, not by the rows.
    """
    said = _HOW_MANY_PEOPLE.search(question)
    if said is None:
        return question
    named = find_mentions(said["noun"], catalog, frame)
    rows = catalog.rows.get(frame, 0)
    sporting = re.match(
        r"\s+(?:competed|raced|wrestled|swam|ran|rode|skated|fenced|bowled|paddled|entered|started)\b",
        question[said.end("noun") :],
    )
    if (
        sporting
        and len({m.column.name for m in named}) == 1
        and (
            (
                (named[0].column.categorical or named[0].column.kind == "text")
                and 0 < (named[0].column.n_unique or rows) < rows
            )
            # (a Car # of numbers, the same car on every stage: the number names the car)
            or _numbered_thing(named[0].column)
        )
    ):  # "how many drivers ran", "how many cars started": the Driver, the Car #, each once over their runs
        return f"{question[: said.start()]}{said['w']} different {named[0].column.name}{question[said.end() :]}"
    if said["noun"].lower() not in _PEOPLE_WORDS or named:
        return question
    if any(m.column.numeric and not m.column.id_like for m in find_mentions(question, catalog, frame)):
        return question  # "how many people were killed": a count the table keeps (Total Killed), added up
    # (the people the rows are about, never those doing the work, a recruiter's Owner, nor a yes/no Home Owner)
    people = [c for c in people_of(catalog, frame) if not set(c.stems) & _AGENT_STEMS and yes_value(c) is None]
    rows = catalog.rows.get(frame, 0)
    if len(people) != 1 or not people[0].n_unique or people[0].n_unique >= rows:
        return question  # no one column of people, or one row each: the rows are the people
    return f"{question[: said.start()]}{said['w']} different {people[0].name}{question[said.end() :]}"


_CAME = _rx(
    r"\bhow\s+many\s+(?P<noun>[a-z]{4,}s)\s+(?:came|come|showed\s+up|show\s+up|turned\s+out|played|visited"
    r"|went\s+out|teed\s+off)\b"
)


def _people_counted(question: str, catalog: Catalog, frame: str) -> str:
    """Said "how many golfers came out" of a tee sheet that counts the Players of each tee time: those, added up.

    The noun is people no column names; the table keeps one count of people per row, so the people are that.
    """
    said = _CAME.search(question)
    if said is None or find_mentions(said["noun"], catalog, frame):
        return question
    if stem(said["noun"].lower()) not in PERSONS and said["noun"].lower() not in _PEOPLE_WORDS:
        return question
    counts = [
        c
        for c in catalog.numeric(frame)
        if c.additive
        and c.whole_count
        and c.significant[-1:]
        and (c.significant[-1] in PERSONS or c.significant[-1] == "people")
    ]
    if len(counts) != 1:
        return question
    return f"{question[: said.start('noun')]}{counts[0].name}{question[said.end('noun') :]}"


_SEPARATE = _rx(r"\b(?P<w>how\s+many|number\s+of)\s+(?:separate|individual|distinct\s+individual)\b")
_KIND_OF = _rx(r"\b(?P<w>which|what)\s+(?:kinds?|sorts?)\s+of\b")
_KIND_OF_NOUN = _rx(r"\b(?P<w>which|what)\s+(?:kinds?|sorts?|types?)\s+of\s+(?P<noun>[a-z]+)\b")


def _kind_of_named(text: str, catalog: Catalog, frame: str) -> str:
    """A noun after "what kind of" that names a label column of its own ("bird": SPECIES): "which bird"."""
    said = _KIND_OF_NOUN.search(text)
    if said is None:
        return _type_of_subject(text, catalog, frame)
    # "what kind of cache": Cache Type, the noun's own column of kinds, before the noun's name (Cache Name)
    word = stem(said["noun"].lower())
    typed = [
        c
        for c in catalog.of(frame)
        if c.categorical and not c.id_like and word in c.stems and set(c.stems) & {"type", "kind", "category", "class"}
    ]
    if len(typed) == 1:
        return f"{text[: said.start()]}{said['w']} {typed[0].name}{text[said.end() :]}"
    noun = [m for m in find_mentions(said["noun"], catalog, frame) if m.column.categorical and m.score >= 50]
    kind = [m for m in find_mentions(text[: said.start("noun")], catalog, frame) if m.start >= said.start()]
    if not noun and kind:  # "what kind of bird" where nothing is called bird: the species (breed, variety) column
        living = [c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & {"specy", "breed"}]
        if len(living) == 1 and not any(m.column == living[0] for m in kind):
            return f"{text[: said.start()]}{said['w']} {living[0].name}{text[said.end() :]}"
    if not noun and not find_mentions(said["noun"], catalog, frame):
        # "what kind of music gets the best tips" where nothing is called music: the one column of kinds (Genre)
        sorts = [
            c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & {"genre", "category"}
        ]
        if len(sorts) == 1:
            return f"{text[: said.start()]}{said['w']} {sorts[0].name}{text[said.end() :]}"
    if len(noun) == 1:
        # "what kind of doctor do i see the most" of Provider beside Specialty: the one label of its kinds (a
        # Visit Type the word "kind" names too is a kind of visit)
        own = _KINDS_OF_THINGS if not kind else _KINDS_OF_PEOPLE
        of_kinds = [
            c
            for c in catalog.of(frame)
            if c.categorical
            and not c.id_like
            and c != noun[0].column
            and set(c.stems) & own
            and (c.n_unique or 0) < (noun[0].column.n_unique or 0)
        ]
        if len(of_kinds) == 1:
            return f"{text[: said.start()]}{said['w']} {of_kinds[0].name}{text[said.end() :]}"
        # "which kind of tool gets damaged most": the Category "kind" names itself, fewer than the Tools
        named_kinds = {
            m.column
            for m in kind
            if m.column.categorical
            and not m.column.id_like
            and set(m.column.stems) & _KINDS_OF_THINGS
            and (m.column.n_unique or 0) < (noun[0].column.n_unique or 0)
        }
        if not of_kinds and not typed and len(named_kinds) == 1:  # (not beside a ForceType: "kind of force")
            return f"{text[: said.start()]}{said['w']} {named_kinds.pop().name}{text[said.end() :]}"
    if len(noun) != 1 or any(m.column == noun[0].column for m in kind) or not kind:
        return text
    return f"{text[: said.start()]}{said['w']} {said['noun']}{text[said.end() :]}"


_TYPE_OF = _rx(r"\b(?:kinds?|sorts?|types?)\s+of\s+(?P<noun>[a-z]+)\b")
_KIND_LABELS = frozenset({"modality", "style", "service", "format", "method"})


def _type_of_subject(text: str, catalog: Catalog, frame: str) -> str:
    """The one label of kinds for a type of the file's own thing ("my most popular type of massage": Modality)."""
    said = _TYPE_OF.search(text)
    if said is None or not catalog.names_subject(frame, said["noun"]) or find_mentions(said["noun"], catalog, frame):
        return text
    kinds = [
        c
        for c in catalog.of(frame)
        if c.categorical and not c.id_like and set(c.stems) & (_KINDS_OF_THINGS | _KIND_LABELS)
    ]
    return text[: said.start()] + kinds[0].name + text[said.end() :] if len(kinds) == 1 else text


_KINDS_OF_PEOPLE = frozenset({"specialty", "speciality", "specialization", "department", "discipline"})
_KINDS_OF_THINGS = _KINDS_OF_PEOPLE | {"category", "type", "kind", "class", "genre"}


_EACH_PERSON = _rx(
    r"\b(?:for\s+|by\s+)?(?:each|every|per)\s+(?:person|people|employee|staff\s+member|team\s+member|member"
    r"|(?:sales\s+)?reps?|agents?|salesperson|assignees?|owners?)\b"
    r"|\bby\s+(?:person|employee)\b|\beach\s+of\s+us\b"
)
_PERSON_STEMS = _AGENT_STEMS | {"user", "person", "member", "staff", "worker", "consultant"}


def _each_person(question: str, catalog: Catalog, frame: str) -> str:
    """A question "for each person" of a table with one column of people (Toggl's User): grouped by it."""
    said = _EACH_PERSON.search(question)
    if said is None:
        return question
    people = [c for c in catalog.of(frame) if c.categorical and set(c.stems) & _PERSON_STEMS]
    workers = [c for c in people if set(c.stems) & (_AGENT_STEMS | {"assigned"})]
    if len(people) > 1 and len(workers) == 1:
        people = workers  # "each rep": who the work is assigned to, not the contact Person - Name
    if len(people) > 1:  # Member beside Member email: the person by the word alone
        people = [c for c in people if len(c.stems) == 1] or people
    if len(people) != 1:
        return question
    return f"{question[: said.start()]}by {people[0].name}{question[said.end() :]}"


_BILLED = _rx(
    r"\bhow\s+much\s+(?:did|do|have|has)\s+(?P<who>we|i|you|they)\s+(?:bill(?:ed)?|invoice[sd]?|charge[sd]?)\b"
)


def _billed(question: str, catalog: Catalog, frame: str) -> str:
    """Money asked for by its verb ("how much did we bill in march"): the money taken in, not a Billable flag."""
    said = _BILLED.search(question)
    if said is None:
        return question
    verb = re.sub(r"(?:ed|d|s)$", "", said.group().split()[-1].lower())
    if any(
        m.column.numeric and m.score >= 90 and said.start() <= m.start < said.end()
        for m in find_mentions(question, catalog, frame)
    ) or any(c.numeric and not c.id_like and any(s.startswith(verb) for s in c.stems) for c in catalog.of(frame)):
        return question  # a column named by the verb's own word ("Charged", "Cost Charged")
    return f"{question[: said.start()]}how much money did {said['who']} take in{question[said.end() :]}"


_BEST_SELLER = _rx(
    r"\b(?:my|our|the|your)?\s*(?:best|top|biggest)[\s-]+sell(?:er|ers|ing)(?:\s+(?:item|product|listing)s?)?\b"
)
_ITEM_STEMS = frozenset({"item", "product", "listing", "sku", "lineitem"})


def _best_seller(question: str, catalog: Catalog, frame: str) -> str:
    """A question about the "best seller" of a table of sales: the item sold most, by quantity when kept."""
    said = _BEST_SELLER.search(question)
    if said is None:
        return question
    items = [c for c in catalog.of(frame) if c.categorical and set(c.stems) & _ITEM_STEMS and not c.id_like]
    if len(items) > 1:
        items = [c for c in items if "name" in c.stems or "title" in c.stems] or items
    if len(items) != 1:
        return question
    amounts = [c for c in catalog.of(frame) if c.numeric and not c.id_like and set(c.stems) & QUANTITY_STEMS]
    by = f"highest total {amounts[0].name}" if len(amounts) == 1 else "most rows"
    return f"{question[: said.start()]}the {items[0].name} with the {by}{question[said.end() :]}"


# ("the highest series anyone bowled": a doer, not a person harmed)
_SOMEONE = _rx(
    r"\b(?:someone|somebody|anyone|anybody)\b(?=\s+(?:(?:was|were|got|being)\s+[a-z]+(?:ed|en)"
    r"|killed|injured|hurt|hospitali[sz]ed|arrested|died|drowned|shot|stabbed|wounded)\b)"
)
_WHICH_QUALIFIED = _rx(r"\bwhich\s+(?P<q>[a-z]{3,})\s+(?=[a-z]+\s+(?:has|had|have|gets?|got|sees?|saw)\s+the\s+)")


def _which_qualified(question: str, catalog: Catalog, frame: str) -> str:
    """A word between "which" and the column it asks about that names nothing: "which police district" is dc_dist."""
    said = _WHICH_QUALIFIED.search(question)
    if said is None or said["q"].lower() in STOP or said["q"].lower() in _NOT_QUALIFIERS:
        return question
    rest = question[said.end() :]
    after = [m for m in find_mentions(rest, catalog, frame) if m.start == 0 and m.score >= 60]
    if not after or not (after[0].column.categorical or after[0].column.few_values or after[0].column.numeric):
        return question
    if ambiguous(rest, catalog, frame):
        return question  # "which primary type": Type 1 of Type 1 and Type 2, the word tells them apart
    if find_mentions(said["q"], catalog, frame) or find_values(said["q"], catalog, frame, []):
        return question  # "which home team": a value of its own
    return question[: said.start("q")] + question[said.end() :]


def _flag_of(word: str, catalog: Catalog, frame: str) -> Column | None:
    """The one yes/no column a verb or noun names: "won" / "win" / "wins" of won, "survive" of Survived."""
    word = word.lower()
    forms = {word, _FLAG_FORMS.get(word, word), word + "ed", word + "d", word.removesuffix("s") + "ed"}
    if _FLAG_FORMS.get(word, word) == "won":
        forms |= {"winner", "win"}  # "which film won the most oscars" of a yes/no column `winner`
    found = [
        c
        for c in catalog.of(frame)
        if c.flag and (c.name.lower() in forms or (len(c.significant) == 1 and c.significant[0].lower() in forms))
    ]
    return found[0] if len(found) == 1 else None


def _winner_said(verb: str, subject: str, catalog: Catalog, frame: str) -> tuple[str, str] | None:
    """The column of who won (Winner: Red / Blue) and the value the subject says ("the red corner"), if any."""
    if _FLAG_FORMS.get(verb.lower(), verb.lower()) not in ("won", "win"):
        return None
    words = set(re.findall(r"[a-z]+", subject.lower()))
    for c in catalog.of(frame):
        if c.categorical and c.stems[:1] == ("winner",) and len(c.stems) == 1:
            said = [v for v in c.values if v.strip() and v.strip().lower() in words]
            if len(said) == 1:
                return c.name, said[0]
    return None


def _flag_verbs(question: str, catalog: Catalog, frame: str) -> str:
    """A yes/no column said as a verb or its noun (win, won, wins of a column `won`).

    "How often does the home team win?" is the share of home rows with won; "which coach won the most games" the
    most rows with won per coach.
    """
    often = _HOW_OFTEN.search(question)
    if often and (flag := _flag_of(often["verb"], catalog, frame)) is not None:
        question = f"{question[: often.start()]}what share of {often['subj']} were {flag.name}{often['end'] or '?'}"
    elif often and (said := _winner_said(often["verb"], often["subj"], catalog, frame)) is not None:
        # "how often does the red corner win?" of Winner (Red / Blue): the share of rows where Winner = Red
        question = f"{question[: often.start()]}what share of rows have {said[0]} = {said[1]}{often['end'] or '?'}"

    def most(m: re.Match[str]) -> str:
        flag = _flag_of(m["verb"] or m["plural"], catalog, frame)
        if flag is None:
            return m.group()
        # "who closed the most tickets": the tickets are the rows counted, not a column after "= 1"
        rows = m["rows"] or ""
        counted = rows and m["verb"] and rows_noun(catalog, frame, rows.strip().lower()[:-1]) is not None
        return f"has the {m['dir'] or m['dir2']} {flag.name} = 1" + ("" if counted else rows)

    return _VERB_MOST.sub(most, question)


_THAN_IT_DID = _rx(
    r"\bthan\s+(?:it|they|he|she|the\s+stock|the\s+price)\s+(?:was\s+|did\s+)?(?P<verb>[a-z]+?)(?:ed|d)?\b"
)


def _than_it_did(question: str, catalog: Catalog, frame: str) -> str:
    """A column said as a verb after "than it": "close higher than it opened" is close above the open column."""

    def named(m: re.Match[str]) -> str:
        word = m["verb"].lower()
        columns = [c for c in catalog.numeric(frame) if c.name.lower() in (word, word + "e", word + "ing")]
        return f"than the {columns[0].name}" if len(columns) == 1 else m.group()

    return _THAN_IT_DID.sub(named, question)


_WHICH_COUNTRY = re.compile(
    r"\b(?P<w>which|what|each|every|per|by|for\s+each|how\s+many(?:\s+different)?|number\s+of)\s+"
    r"(?P<c>countr(?:y|ies)|nations?)\b",
    re.IGNORECASE,
)


def _which_country(text: str, catalog: Catalog, frame: str) -> str:
    """A country asked of a table keeping countries as ISO codes under another name (LOCATION, geo, ref_area)."""
    said = _WHICH_COUNTRY.search(text)
    if said is None or any(m.start <= said.start("c") < m.end for m in find_mentions(text, catalog, frame)):
        return text
    kept = country_code_columns(catalog.of(frame))
    if len(kept) != 1:
        return text
    return text[: said.start("c")] + kept[0].name + text[said.end("c") :]


# words after "what"/"by" that name no kind of thing ("what about", "by median claps", "which other")
_NO_KIND = frozenset({"about", "else", "other", "others", "kind", "sort", "type", "types", "median", "average"})
_WHICH_NOUN = re.compile(r"\b(?:which|what|each|every|per|by|for\s+each)\s+(?P<c>[a-z]{4,}?)(?:e?s)?\b", re.I)


def _which_by_values(text: str, catalog: Catalog, frame: str) -> str:
    """A kind of thing no column names but many values of one label say: "which party" of RegulatedEntityName.

    ("Labour Party", "Green Party"); "which county" of names ending in County likewise.
    """
    said = _WHICH_NOUN.search(text)
    if (
        said is None
        or said["c"].lower() in STOP | _NO_KIND
        or any(m.start <= said.start("c") < m.end for m in find_mentions(text, catalog, frame))
    ):
        return text
    word = said["c"].lower()
    after = re.match(r"\s+([a-z]+)", text[said.end() :], re.I)
    if after and find_mentions(after[1], catalog, frame):
        return text  # "per story type": the noun qualifies a column named next (type)
    holding = []
    rows = catalog.rows.get(frame, 0)
    for c in catalog.of(frame):
        values = [v for v in dict.fromkeys(c.values) if v.strip()]
        if not c.categorical or c.numeric or c.id_like or len(values) < 3:
            continue
        if c.n_unique is not None and rows and c.n_unique > 0.5 * rows:
            continue  # each row's own name ("Story 12"), not a kind of thing the rows share
        # (said in the singular: "Labour Party" is a party, "Family Games" a kind of games, not a game)
        has = [v for v in values if word in re.findall(r"[a-z]+", v.lower())]
        if len(has) >= max(2, 0.3 * len(values)):
            holding.append(c)
    # (RegulatedEntityType's "Political Party" is a kind: "which party" asks which one of the names)
    holding = [c for c in holding if not set(c.stems) & {"type", "kind", "category", "class", "status"}] or holding
    if len(holding) != 1:
        return text
    return text[: said.start("c")] + holding[0].name + text[said.end("c") :]


# A place in search results said as a rank: "are we top 3 for", "ranking in the top 10", "on page one"
_RANKED_TOP = re.compile(
    r"\b(?:(?:are|is|were|was)\s+(?:we|it|they|you|i)\s+|we'?re\s+|ranking\s+|ranked\s+|rank\s+)"
    r"(?:ranking\s+|ranked\s+)?(?:in\s+)?(?:the\s+)?top\s+(?P<n>\d{1,3})\b"
    r"|\bon\s+(?:the\s+)?(?:page\s+(?:one|1)|first\s+page)\b",
    re.I,
)


def _ranked_top(text: str, catalog: Catalog, frame: str) -> str:
    """A rank said as "top N" or "page one" of a table with one Position (or Rank) column: that column at most N."""
    said = _RANKED_TOP.search(text)
    if said is None:
        return text

    def core(c: Column) -> tuple[str, ...]:  # (Bing's "Avg. Position": a position all the same)
        return tuple(p for p in c.stems if p not in ("avg", "average", "mean"))

    places = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and core(c)[:1] in (("position",), ("rank",), ("ranking",)) and len(core(c)) <= 2
    ]
    if len(places) > 1:  # Position beside Previous position: the one named by the word alone
        places = [c for c in places if len(core(c)) == 1] or places
    if len(places) != 1:
        return text
    n = said["n"] or "10"
    return f"{text[: said.start()]} where {places[0].name} at most {n} {text[said.end() :]}"


_SPENT_TIME = re.compile(
    r"\b(?:spen[dt]|spends|spending|put\s+in|puts\s+in|logg?(?:ed|s)?|track(?:ed|s)?|takes?|took|eats?|ate)"
    r"(?:\s+up)?\b(?:\s+\w+){0,3}?\s+(?P<t>time)\b|\b(?P<t2>time)\s+spent\b"
    # "how many hours have i spent watching tv": the hours are the time, said in that unit
    r"|^\W*how\s+many\s+(?P<u>hours|minutes)\s+(?:have|did|do)\s+(?:i|we|you)\s+(?:spent|spend)\b(?P<t3>)",
    re.I,
)
# "what takes up most of my time": no label is named, so the time goes to what each row is (its category)
_WHAT_TAKES = re.compile(r"^\W*what\s+(?:takes?|took|eats?|ate)\s+up\b", re.I)
_LENGTH_STEMS = frozenset({"hour", "duration", "minute", "second", "runtime"})


def _time_spent(text: str, catalog: Catalog, frame: str) -> str:
    """Time spent on something, of a table that keeps how long in one column (Timely's Hours): that column."""
    said = _SPENT_TIME.search(text)
    if said is None or any(
        m.column.numeric and not m.column.clock and not (said.start() <= m.start < said.end())
        for m in find_mentions(text, catalog, frame)
    ):
        return text  # ("spent the most time talking": Talk time, named; a clock time of day is no length)
    # (a length written h:mm:ss is one too, Hubstaff's Tracked; money spent is no time, Hubstaff's Spent)
    kept = [
        c
        for c in catalog.numeric(frame)
        if not (c.id_like or c.formula or c.is_date or c.time_of_day)
        and (set(c.stems) & _LENGTH_STEMS or {"time", "spent"} <= set(c.stems) or (c.clock and "tracked" in c.stems))
    ]
    if len(kept) > 1:  # Hours beside Billable hours: the plain one
        kept = [c for c in kept if len(c.stems) == 1] or kept
    if len(kept) > 1:  # Timely's Hours beside the same written h:mm (Duration): the number
        kept = [c for c in kept if not c.clock] or kept
    if len(kept) != 1:
        return text
    if said["u"]:  # the total length in the unit said, whatever the -ing verb after it
        rest = re.sub(r"^\s+\w+ing\b", "", text[said.end() :])
        return f"what is the total {kept[0].name} in {said['u'].lower()}{rest}"
    group = "t" if said["t"] else "t2"
    kind = row_kind(catalog, frame) if _WHAT_TAKES.search(text) else None
    if kind is not None and not any(m.column.categorical for m in find_mentions(text, catalog, frame)):
        return f"which {kind.name} has the highest total {kept[0].name}{text[said.end(group) :]}"
    most = re.search(r"\b(?:the\s+)?(most|least)\s+$", text[: said.start(group)])
    if most and group == "t":  # "who put in the most time": the time added up, each one's
        side = "highest" if most[1].lower() == "most" else "lowest"
        return f"{text[: most.start()]}the {side} total {kept[0].name}{text[said.end(group) :]}"
    return f"{text[: said.start(group)]}{kept[0].name}{text[said.end(group) :]}"


_BIGGEST = re.compile(r"\b(?:biggest|largest)(?:\s+(?P<n>[a-z]{3,})\b|(?=\s*(?:\?|$|one\b)))", re.I)
_SIZE_STEMS = frozenset({"acre", "area", "size", "sqft", "hectare", "magnitude", "mag", "footage", "burned", "burnt"})
_SIZE_STEMS |= {"asset"}  # a bank's or a credit union's size is its total assets


def _biggest_by_size(text: str, catalog: Catalog, frame: str) -> str:
    """The biggest of a table's things ("the biggest fire") by the size it keeps (CAL FIRE's acres burned)."""
    said = _BIGGEST.search(text)
    if said is None or any(m.column.numeric for m in find_mentions(text, catalog, frame)):
        return text
    sizes = [
        c for c in catalog.numeric(frame) if not (c.id_like or c.formula or c.is_date) and set(c.stems) & _SIZE_STEMS
    ]
    if len(sizes) > 1:  # acres burned beside an area's code: the one with the size's own word
        sizes = [c for c in sizes if set(c.stems) & {"acre", "area", "size", "magnitude", "mag"}] or sizes
    if len(sizes) != 1:
        return text
    if said["n"] is None:  # "which one is the biggest?": the highest size
        return f"{text[: said.start()]}highest {sizes[0].name}{text[said.end() :]}"
    return f"{text[: said.start()]}{said['n']} with the highest {sizes[0].name}{text[said.end() :]}"


# "more than 10 min late": a bound in the unit of the column its next word names (Late Min), not the noun before
_BOUND_IN_UNIT = _rx(
    r"\b(?P<op>more\s+than|over|above|at\s+least|less\s+than|under|below)\s+(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>[a-z]+)\s+(?P<w>[a-z]{3,})\b"
)
_SAME_UNIT = (
    frozenset({"min", "mins", "minute", "minutes"}),
    frozenset({"hr", "hrs", "hour", "hours"}),
    frozenset({"sec", "secs", "second", "seconds"}),
    frozenset({"day", "days"}),
    frozenset({"lb", "lbs", "pound", "pounds"}),
    frozenset({"ft", "foot", "feet"}),
    frozenset({"mi", "mile", "miles"}),
)


def _bound_in_unit(text: str, catalog: Catalog, frame: str) -> str:
    """Said "a bus more than 10 min late" of Late Min: the bound on the column named by the unit and the word."""
    said = _BOUND_IN_UNIT.search(text)
    if said is None:
        return text
    unit = next((u for u in _SAME_UNIT if said["unit"].lower() in u), None)
    if unit is None:
        return text
    word = stem(said["w"].lower())
    kept = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and word in c.stems and set(c.stems) & unit and len(c.significant) <= 2
    ]
    if len(kept) != 1:
        return text
    return f"{text[: said.start()]}{kept[0].name} {said['op']} {said['n']}{text[said.end() :]}"


# (not "how far ahead do couples book": days before, read with the booking date)
_HOW_FAR = re.compile(r"\bhow\s+far\b(?!\s+(?:ahead|in\s+advance|before(?:hand)?|out)\b)", re.I)
_DISTANCE_STEMS = frozenset({"distance", "dist", "km", "kilometer", "kilometre", "mile", "meter", "metre"})


def _how_far(text: str, catalog: Catalog, frame: str) -> str:
    """A distance asked by "how far" ("how far did i row"): the one distance column, not a rest's or a climb's."""
    said = _HOW_FAR.search(text)
    # (a measure named elsewhere reads as named; "far" itself is no pace in min/mi)
    if said is None or any(
        m.column.numeric and not said.start() <= m.start < said.end() for m in find_mentions(text, catalog, frame)
    ):
        return text
    far = [c for c in catalog.numeric(frame) if not (c.id_like or c.formula) and set(c.stems) & _DISTANCE_STEMS]
    if len(far) > 1:  # Concept2's Work Distance beside Rest Distance: the work
        far = [c for c in far if not set(c.stems) & {"rest", "elevation", "climb", "gain", "avg", "average", "max"}]
    if len(far) != 1:
        return text
    return f"{text[: said.start()]}how much {far[0].name}{text[said.end() :]}"


# "which month did i train the most": no measure, no noun: the month with the most rows
_DID_MOST = re.compile(
    r"^\W*(?P<head>(?:and\s+)?(?:which|what)\s+(?:month|year|week|day|weekday|quarter))\s+did\s+(?:i|we|you|they)\s+"
    r"(?P<verb>[a-z]+)\s+(?:the\s+)?most\s*\W*$",
    re.I,
)


_MOVES = frozenset({"travel", "fly"})
_AMOUNT_VERBS = frozenset(
    {"spend", "earn", "make", "sell", "pay", "buy", "save", "receive", "raise", "donate", "give", "get", "use"}
    | {"drive", "run", "ride", "walk", "cycle", "swim", "row", "hike", "eat", "drink", "burn", "sleep", "lose"}
    | {"gain", "watch", "listen", "read", "score", "win", "owe", "charge", "bill", "invoice", "travel", "fly"}
)


_SEEN_MOST = re.compile(
    r"^\W*(?:and\s+)?(?:who(?:'s|\s+is|\s+was)\s+the|which|what)\s+(?P<label>[a-z]+)\s+"
    r"(?:i've|i\s+have|have\s+i|did\s+i|do\s+i|i)\s+(?:\w+\s+)?(?P<verb>read|watched|listened\s+to|played|visited|seen)"
    r"\s+(?:the\s+)?most(?:\s+often)?\s*\W*$",
    re.I,
)


def _seen_most(text: str, catalog: Catalog, frame: str) -> str:
    """The label of a log one does most ("who's the author i've read most?"): the one with the most rows.

    Each row of a reading, viewing or listening log is one book, film or play: done most is counted, never a
    measure the turn before named (a Star Rating averaged a moment ago).
    """
    said = _SEEN_MOST.match(text)
    if said is None or any(m.column.numeric for m in find_mentions(text, catalog, frame)):
        return text
    labels = [m for m in find_mentions(said["label"], catalog, frame) if m.column.categorical]
    if len(labels) != 1:
        return text
    return f"which {labels[0].column.name} has the most rows"


# verbs of time spent doing something: "the most" of them is the most time, where a table keeps one length
_TIME_SPENT_VERBS = frozenset(
    {"work", "practice", "practise", "study", "train", "exercise", "sleep", "read", "focus", "meditate", "code"}
)


def _did_most(text: str, catalog: Catalog, frame: str) -> str:
    """A period asked of a bare verb done "the most": the one with the most rows, when the verb names no column."""
    text = _seen_most(text, catalog, frame)
    said = _DID_MOST.match(text)
    if said is None:
        return text
    # ("spend the most", "run the most": an amount, read elsewhere; "travel" only where a distance is kept)
    if said["verb"].lower() in _AMOUNT_VERBS and not (said["verb"].lower() in _MOVES and not distances(catalog, frame)):
        return text
    verb = said["verb"].lower()
    lengths = [
        c
        for c in catalog.numeric(frame)
        if not c.is_date and c.stems and (c.clock or set(c.stems) <= {"duration", "hours", "hour", "hrs", "minutes"})
    ]
    if verb in _TIME_SPENT_VERBS and len(lengths) == 1:
        return text  # "which month did i work the most" of a time log: its Duration, added up (read later)
    # (the verb's own word names a column; "travel" is no Traveler Count, the people on each trip)
    # ("which year did i book the most": Booking Date, the verb's own date, is the year's)
    if any(
        {stem(verb), root(verb)} & set(m.column.stems)
        or m.column.name.lower() == verb
        # ("what year did i cancel the most": Cancelled Yes/No, the rows it marks, counted by year)
        or (yes_value(m.column) is not None and any(s.endswith("ed") and same_word(verb, s) for s in m.column.stems))
        or (m.column.is_date and m.via in ("prefix", "partial"))
        for m in find_mentions(said["verb"], catalog, frame)
    ):
        return text
    named = find_values(said["verb"], catalog, frame, [])
    if len(named) == 1:  # "which year did i deposit the most": the rows of Action = Deposit, counted
        return f"{said['head']} had the most {named[0].value} rows"
    return f"{said['head']} had the most rows"


_HOW_LONG_IS = re.compile(
    r"\bhow\s+long\s+(?:is|are|was|were)\s+(?:a|an|the|my|our|your)?\s*(?:typical\s+|average\s+|usual\s+)?"
    r"(?P<noun>[a-z]{3,})\b",
    re.I,
)
_HOW_LONG_TAKE = re.compile(
    r"\bhow\s+long\s+(?:does|do|did|will)\s+(?:it\s+take\s+(?:to\s+get\s+)?(?:from\s+)?)?(?P<what>[a-z][\w' -]*?)\s+"
    r"(?:usually\s+|typically\s+|normally\s+|generally\s+)?(?:take|takes|last|lasts)?\s*(?=[?.!]|$)",
    re.I,
)


def _how_long_travel(text: str, catalog: Catalog, frame: str) -> str:
    """The one travel time a table keeps, for "how long does berlin to hamburg usually take" (a trip's own length).

    Only with no date pair asked about by name: a booking's Travel Time (min), not the days from booking to leaving.
    """
    said = _HOW_LONG_TAKE.search(text)
    if said is None:
        return text
    travel = travel_times(catalog.numeric(frame), frozenset({"travel", "trip", "journey", "ride"}))
    what = said["what"]
    # ("how long does delivery usually take": Delivery Time (min), the time of the thing said)
    said_stems = {stem(w) for w in re.findall(r"[a-z]+", what.lower())}
    named = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and ("time" in c.stems or {"duration", "length"} & set(c.stems)) and said_stems & set(c.stems)
    ]
    travel = named if len(named) == 1 else travel
    if not travel:  # "how long does a full detail on a truck take": the one column named by its unit (Minutes)
        travel = [c for c in catalog.numeric(frame) if not c.id_like and c.stems and set(c.stems) <= _UNIT_NAMES]
    if len(travel) != 1 or any(m.column.is_date for m in find_mentions(what, catalog, frame)):
        return text
    # "berlin to hamburg": a trip from the one to the other, as "from berlin to hamburg" reads it
    trip = re.fullmatch(r"(?:the\s+)?(?P<a>[a-z][\w' -]*?)\s+to\s+(?P<b>[a-z][\w' -]*)", what, re.I)
    asked = f"from {trip['a']} to {trip['b']}" if trip and trip["a"].lower() != "from" else f"for {what}"
    return f"{text[: said.start()]}what is the average {travel[0].name} {asked}{text[said.end() :]}"


# Scales whose labels say an order (easiest first), as trail, ski run, hike and risk ratings write them
_ORDERED_SCALES = (
    ("green", "blue", "black", "double black", "pro line"),
    ("green circle", "blue square", "black diamond", "double black diamond"),
    ("easy", "moderate", "difficult", "very difficult", "severe"),
    ("easy", "moderate", "hard", "very hard", "extreme"),
    ("easy", "moderate", "strenuous", "very strenuous"),
    ("beginner", "intermediate", "advanced", "expert"),
    ("low", "medium", "high", "very high", "critical"),
    ("low", "moderate", "high", "very high", "extreme"),
    ("minor", "moderate", "major", "critical"),
)
_OR_BEYOND = re.compile(
    r"\b(?P<v>[a-z][a-z ]{1,30}?)\s+(?:or|and)\s+(?P<dir>harder|higher|worse|tougher|above|up|more\s+difficult"
    r"|easier|lower|below|better|less\s+difficult|under)\b",
    re.I,
)


def _ordinal_bound(text: str, catalog: Catalog, frame: str) -> str:
    """A label of an ordered scale and those beyond it ("black or harder"): every such label, said one by one."""
    said = _OR_BEYOND.search(text)
    if said is None:
        return text
    for c in catalog.of(frame):
        held = {v.strip().lower(): v.strip() for v in c.values if v.strip()}
        if not c.categorical or len(held) < 3:
            continue
        for scale in _ORDERED_SCALES:
            if not set(held) <= set(scale):
                continue
            words = said["v"].lower().split()
            start = next((k for k in range(len(words)) if " ".join(words[k:]) in held), None)
            if start is None:
                continue
            at = scale.index(" ".join(words[start:]))
            up = said["dir"].lower() in ("harder", "higher", "worse", "tougher", "above", "up", "more difficult")
            kept = [held[s] for s in (scale[at:] if up else scale[: at + 1]) if s in held]
            begin = said.start("v") + len(" ".join(words[:start])) + (1 if start else 0)
            return f"{text[:begin]}{' or '.join(kept)}{text[said.end() :]}"
    return text


_ALL_THAT_COST = re.compile(
    r"\b(?:what|how\s+much)\s+(?:did|does|has|have)\s+all\s+(?:that|this|the|those|these|my|our)\s+"
    r"[a-z][\w' -]*?\s+(?:cost|costed|come\s+to)(?:\s+(?:me|us|you|them|in\s+total|altogether))*\s*(?=[?.!]|$)",
    re.I,
)


def _all_that_cost(text: str) -> str:
    """What everything cost ("what did all that charging cost us"): the total cost, the thing named being every row."""
    said = _ALL_THAT_COST.search(text)
    return text if said is None else f"{text[: said.start()]}what is the total cost{text[said.end() :]}"


# "how long was my longest workout": a superlative where the noun goes (never "request", which ends the same)
_SUPERLATIVE_NOUN = _rx(r"(?:long|short|quick|slow|big|small|large|late|early|high|low|great)est|most|least")


_UNIT_NAMES = frozenset({"minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "seconds", "secs", "sec"})


_HOW_LONG_TO_ARRIVE = _rx(
    r"^\W*(?:and\s+)?(?:on\s+average\s+)?how\s+long\s+(?:does|do|did)\s+it\s+(?:usually\s+|typically\s+)?take\s+"
    r"(?:(?:an?|the|our|their)\s+)?(?:[a-z]+\s+)?to\s+(?:get\s+there|arrive|respond|show\s+up|get\s+on\s+(?:scene|site))\b"
    r"(?P<rest>.*)$"
)


_PART_OF_TOWN = _rx(
    r"\b(?:part|parts|area|areas|side|sides|section|sections)\s+of\s+(?:town|the\s+city|the\s+county)\b"
)
_AREA_STEMS = frozenset({"zone", "district", "area", "neighborhood", "neighbourhood", "ward", "region", "sector"})


def _part_of_town(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which part of town": the one label of areas (Zone, District, Neighborhood) the calls are kept by."""
    said = _PART_OF_TOWN.search(text)
    if said is None:
        return text
    areas = [c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & _AREA_STEMS]
    if len(areas) != 1:
        return text
    return f"{text[: said.start()]}{areas[0].name}{text[said.end() :]}"


def _how_long_to_arrive(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how long does it take an officer to get there": the average of the one time taken to respond."""
    said = _HOW_LONG_TO_ARRIVE.search(text)
    if said is None:
        return text
    times = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and set(c.stems) & {"response", "arrival", "respond", "travel", "eta"}
    ]
    if len(times) != 1:
        return text
    return f"{text[: said.start()]}what is the average {times[0].name}{said['rest']}"


def _how_long_of(text: str, catalog: Catalog, frame: str) -> str:
    """A length asked of a noun ("how long is a visit"): the mean of the one length named for it (visitDuration)."""
    said = _HOW_LONG_IS.search(text)
    if said is None:
        return text
    if _SUPERLATIVE_NOUN.fullmatch(said["noun"]):
        return text  # "how long was my longest workout": one row's length, not the typical one
    noun = stem(said["noun"].lower())
    lengths = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and noun in c.stems and set(c.stems) & {"duration", "length", "time"}
    ]
    if len(lengths) > 1:  # visitDuration beside visitDurationPretty ("3 min 12s"): the number kept as one
        lengths = [c for c in lengths if c.kind == "numeric"] or lengths
    if not lengths:  # "how long is a typical episode" of Pocket Casts: the one length the rows have (duration)
        lengths = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like and set(c.stems) & {"duration", "length", "runtime"} and set(c.stems) <= PLAIN_LENGTH_PARTS
        ]
    if not lengths:  # "how long is a typical suspension": Days Suspended, a count of days that says the thing
        found = length_of(catalog, frame, said["noun"])
        lengths = [found] if found is not None else []
    if not lengths:  # "how long is a typical session": a column named by its unit alone (Minutes), or the hours
        # between a start and an end kept as clock times
        lengths = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like
            and ((c.stems and set(c.stems) <= _UNIT_NAMES) or (c.formula is not None and c.formula[1] in CLOCK_SPANS))
        ]
    if len(lengths) != 1:
        return text
    # (a typical episode of 3,385 seconds is said in minutes: the unit a person asking "how long" expects)
    unit = " in minutes" if in_seconds(lengths[0]) and not re.search(r"\bin\s+\w+\s*\??$", text) else ""
    # the noun kept when it names the rows of one value ("a typical outage": Event = Down)
    kind = f" of {said['noun']}" if len(find_values(said["noun"], catalog, frame, [])) == 1 else ""
    return f"{text[: said.start()]}what is the average {lengths[0].name}{kind}{unit}{text[said.end() :]}"


# "which team answers fastest", "which channel takes longest to resolve": the speed of a deed is its time
_FAST_DEED = re.compile(
    r"\b(?:(?P<verb>answers?|answered|responds?|responded|replies|replied|resolves?|resolved|closes?|closed"
    r"|fix(?:es|ed)?)\s+(?:(?:the|tickets|chats|conversations|them|things|it)\s+)?(?P<dir>fastest|quickest|slowest)"
    r"|(?:takes?|took)\s+(?:the\s+)?(?P<dir2>longest|shortest|least\s+time|most\s+time)\s+to\s+(?P<verb2>answer"
    r"|respond|reply|resolve|close|fix))\b",
    re.I,
)
# the time each deed takes, by the start every form of its verb shares ("replies", "replied": repl)
_DEED_TIMES = {"answe": "response", "respon": "response", "repl": "response", "resol": "resolution"}
_DEED_TIMES |= {"clos": "resolution", "fix": "resolution"}


def _fast_deed(text: str, catalog: Catalog, frame: str) -> str:
    """The group that does a deed fastest ("which team answers fastest"): the lowest mean time of that deed."""
    said = _FAST_DEED.search(text)
    if said is None:
        return text
    verb = (said["verb"] or said["verb2"]).lower()
    kind = next((time for start, time in _DEED_TIMES.items() if verb.startswith(start)), None)
    times = [
        c
        for c in catalog.numeric(frame)
        if kind in c.stems
        or (kind == "response" and "reply" in c.stems)
        or (kind == "resolution" and "resolve" in c.stems)
    ]
    if kind is None or len(times) != 1:
        return text
    slow = (said["dir"] or said["dir2"]).lower() in ("slowest", "longest", "most time")
    return (
        f"{text[: said.start()]}has the {'highest' if slow else 'lowest'} average {times[0].name}{text[said.end() :]}"
    )


_FASTEST_ONE = _rx(
    r"^\W*(?:and\s+)?(?:who(?:'s|\s+is|\s+was)?|(?:which|what)\s+(?P<label>[a-z]+)\s+(?:is|was))\s+(?:the\s+)?"
    r"(?P<dir>fastest|quickest|slowest)(?:\s+(?P<noun>[a-z]+))?\b"
)
_SPEEDS = frozenset({"speed", "mph", "kph", "kmh", "pace", "velocity", "rate", "per"})


_FASTEST_NOUN = _rx(r"\b(?P<dir>fastest|quickest|slowest)\s+(?P<noun>[a-z]{3,})\b")
_TIME_PARTS = frozenset({"sec", "secs", "second", "seconds", "time", "min", "mins", "minute", "minutes", "duration"})


def _fastest_timed(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the fastest lap" of Laps beside Best Lap (sec): the lap's time, not the count of laps."""
    said = _FASTEST_NOUN.search(text)
    if said is None:
        return text
    noun = stem(said["noun"].lower())
    timed = [
        c
        for c in catalog.numeric(frame)
        if noun in c.stems and (set(c.stems) & _TIME_PARTS or c.clock) and not c.id_like and not c.is_date
    ]
    if len(timed) > 1:  # (the one fastest lap is the least of the best laps)
        timed = [c for c in timed if "best" in c.stems]
    if len(timed) != 1 or timed[0].stems == (noun,):
        return text
    return f"{text[: said.start('noun')]}{timed[0].name}{text[said.end('noun') :]}"


# "is one lane faster than the others", "is any site busier than the rest": which one is, not the value 1
_ONE_BEYOND = _rx(
    r"^\W*(?:and\s+)?(?:is|are|does|do)\s+(?:there\s+)?(?:one|any|a|a\s+single)\s+(?P<noun>[a-z]+)\s+"
    r"(?:that(?:'s|\s+is)\s+|(?:really|much|a\s+lot)\s+)?(?P<adj>[a-z]{3,}er)\s+than\s+(?:the\s+)?(?:others?|rest)\W*$"
)
_SUPERLATIVE = {"better": "best", "worse": "worst"}


def _one_beyond(text: str) -> str:
    """Said "is one lane faster than the others": "which lane is the fastest"."""
    said = _ONE_BEYOND.search(text)
    if said is None:
        return text
    adj = said["adj"].lower()
    top = _SUPERLATIVE.get(adj) or (adj[:-2] + "est")
    return f"{text[: said.start()]}which {said['noun']} is the {top}"


def _fastest_one(text: str, catalog: Catalog, frame: str) -> str:
    """Said "who's the fastest housekeeper" of a log that keeps each task's Minutes: the lowest mean of them."""
    said = _FASTEST_ONE.search(text)
    if said is None or any(set(c.stems) & _SPEEDS for c in catalog.numeric(frame)):
        return text
    lengths = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and not c.is_date
        and set(c.stems) & {"minute", "min", "mins", "duration", "hour", "hrs", "second", "sec", "secs"}
    ]
    if len(lengths) > 1:  # Best Lap (sec) beside Avg Lap (sec): the average, else the best
        lengths = [c for c in lengths if set(c.stems) & {"avg", "average", "mean"}] or [
            c for c in lengths if "best" in c.stems
        ]
    word = said["label"] or said["noun"] or ""
    named = (
        [
            m.column
            for m in find_mentions(word, catalog, frame)
            # (a Kart # of numbers names the kart, as a label does)
            if m.column.categorical or _numbered_thing(m.column)
        ]
        if word
        else []
    )
    groups = named[:1] or people_of(catalog, frame)
    if len(lengths) != 1 or len(groups) != 1:
        return text
    side = "highest" if said["dir"].lower() == "slowest" else "lowest"
    # (a Kart # of numbers is grouped by as the question names it: "which kart")
    group = groups[0].name if groups[0].categorical or not word else word
    return f"which {group} has the {side} average {lengths[0].name}{text[said.end() :]}"


_LASTS = re.compile(r"\bhow\s+long\s+(?:does|do|did|will|would)\s+(?P<subj>(?:\w+\s+){1,6}?)last\b", re.I)
_LENGTH_UNITS = frozenset({"duration", "length", "minute", "min", "mins", "hour", "hr", "hrs", "day", "days"})


def _lasts(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how long does a visit last": how long is it; "do they usually last": the mean of the one length."""
    said = _LASTS.search(text)
    if said is None:
        return text
    subject = re.sub(r"\b(?:usually|typically|normally|generally)\b", "", said["subj"]).strip().lower()
    lengths = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like and not c.is_date and len(c.significant) == 1 and c.significant[0] in _LENGTH_UNITS
    ]
    if subject in ("they", "it", "these", "those", "them", "each", "each one") and len(lengths) == 1:
        return f"{text[: said.start()]}what is the average {lengths[0].name}{text[said.end() :]}"
    return _LASTS.sub(r"how long is \g<subj>", text)


_CAME_FROM = re.compile(
    r"\bhow\s+much\s+(?:money\s+)?(?=(?:came|comes|come|was\s+(?:raised|donated|given|received))\s+(?:in\s+)?from\b)",
    re.I,
)


_CONVERTED = re.compile(r"(?i)\bin\s+(?:usd|eur|gbp|base|home)\b|\bconverted\b|\bbase\s+currency\b|\breporting\b")


def _one_currency(text: str, catalog: Catalog, frame: str) -> str:
    """An amount of a table of several currencies, said as its column converted to one (Zoho's Total (in USD)).

    Expense Amount holds dollars, euros and pounds alike; added up or averaged only the converted column means
    anything. Not when the question names a currency ("paid in euros"), whose rows keep their own amounts.
    """
    money = [c for c in catalog.of(frame) if c.categorical and "currency" in c.stems and len(set(c.values) - {""}) >= 2]
    converted = [c for c in catalog.numeric(frame) if _CONVERTED.search(c.name) and not c.id_like]
    if (
        len(money) != 1
        or len(converted) != 1
        or any(v.column == money[0] for v in find_values(text, catalog, frame, []))
    ):
        return text
    for m in find_mentions(text, catalog, frame):
        if m.column.numeric and m.column != converted[0] and set(m.column.stems) & MONEY_PARTS and not m.column.id_like:
            return f"{text[: m.start]}{converted[0].name}{text[m.end :]}"
    return text


def _came_from(text: str, catalog: Catalog, frame: str) -> str:
    """Money that "came from" some rows, of a table with one amount of money: that amount, named."""
    said = _CAME_FROM.search(text)
    if said is None or any(m.column.numeric for m in find_mentions(text, catalog, frame)):
        return text
    money = [
        c
        for c in catalog.numeric(frame)
        if c.additive and not (c.id_like or c.time or c.formula) and set(c.stems) & _MONEY_STEMS
    ]
    if len(money) != 1:
        return text
    return f"{text[: said.end()]}{money[0].name} {text[said.end() :]}"


_MONEY_STEMS = frozenset({"amount", "amt", "total", "revenue", "sale", "contribution", "donation", "gross", "paid"})
_MONEY_SAID = re.compile(r"\b(?:money|income|revenue|earnings|takings|cash\s+in)\b", re.I)


def _money_of_one(text: str, catalog: Catalog, frame: str) -> str:
    """Money said of a table whose one measure adds up (Ko-fi's Received): that measure, named."""
    said = _MONEY_SAID.search(text)
    if said is None:
        return text
    # (the "price" of a value said, Type = Fixed Price, names no measure)
    values = [(v.start, v.end) for v in find_values(text, catalog, frame, [])]
    if any(
        m.column.numeric and not any(a <= m.start and m.end <= b for a, b in values)
        for m in find_mentions(text, catalog, frame)
    ):
        return text
    if any(a <= said.start() and said.end() <= b for a, b in values):
        return text  # "my average monthly income" beside a category of Income: those rows, not every amount
    lone = lone_measure(catalog, frame)
    if lone is None or not lone.additive:
        return text
    return text[: said.start()] + lone.name + text[said.end() :]


_IN_RANGE = re.compile(
    r"\b(?:with)?in\s+(?:the\s+)?range,?\s+(?:of\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?:to|-|–)\s*(?P<b>\d+(?:\.\d+)?)\b", re.I
)
_OF_THE_TIME = re.compile(
    r"\bhow\s+much\s+of\s+the\s+time\b|\bwhat\s+(?:share|fraction|part)\s+of\s+the\s+time\b", re.I
)
_APART_FROM = re.compile(r"\b(?:apart|aside)\s+from\b", re.IGNORECASE)
# "what did we pay out in february": how much, of money paid, spent or earned
_DONE_BY = re.compile(r"\b(?P<be>are|were|is|was)\s+(?:[a-z]+(?:ed|en)\s+)?by\s+(?P<who>[a-z]+)\b", re.I)


def _share_done_by(text: str, catalog: Catalog, frame: str) -> str:
    """The rows a 0/1 flag marks ("what share of rides are by members": are members), not a grouping by it."""
    said = _DONE_BY.search(text)
    if said is None or not _SHARE_ASKED.search(text):
        return text
    flags = [
        m
        for m in find_mentions(said["who"], catalog, frame)
        if m.column.numeric and m.column.low == 0 and m.column.high == 1
    ]
    if len(flags) != 1:
        return text
    return f"{text[: said.start()]}{said['be']} {said['who']}{text[said.end() :]}"


_WHAT_DID_MONEY = re.compile(
    r"^(?P<lead>\W*(?:and\s+)?)what\s+(?P<did>did|have|do|does)\s+(?P<who>i|we|you|they)\s+"
    r"(?P<verb>pay|paid|spen[dt]|earn(?:ed)?|ma[dk]e|take\s+in|took\s+in|receive[d]?|bring\s+in|brought\s+in)\b"
    # ("what did i pay people for": what for, not how much; "what do i make on average for a refi": how much)
    r"(?!\s+(?!on\s+average\b|in\s+total\b|usually\b|typically\b)(?:\w+\s+)?for\b)",
    re.I,
)
# "in my collection", "in my library": the whole file, never a column named Collection...
_WHOLE_FILE = re.compile(r"\b(?:are|is)\s+in\s+(?:my|our|the)\s+(?:collection|library|list|log|account)\b", re.I)
_TO_THE_FILE = re.compile(r"\s+(?:to|into|from|in)\s+(?:my|our|the)\s+(?:collection|library)\b", re.I)
# "records that came out in the 80s": released, of a table that keeps when each was released
_CAME_OUT = re.compile(r"\b(?:came|come|comes|coming)\s+out\b", re.I)
# "which month was the most expensive", "the cheapest year": what was spent in it, not its dearest unit price
_COSTLIEST_PERIOD = _rx(
    r"\b(?:which|what)\s+(?:month|year|week|quarter|day)\s+(?:was|is|were|has\s+been|had\s+been)\s+"
    r"(?P<adj>(?:the\s+)?(?:most|least)\s+(?:expensive|costly|pricey)|(?:the\s+)?(?:priciest|costliest|cheapest|dearest))\b"
)
_BILL_WORDS = frozenset({"total", "amount", "cost", "spend", "spent", "charge", "charged", "billed", "subtotal"})


def _costliest_period(text: str, catalog: Catalog, frame: str) -> str:
    """The period spent most (or least) in, by the one column of amounts billed (Heroku's Total (USD))."""
    said = _COSTLIEST_PERIOD.search(text)
    if said is None:
        return text
    bills = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & _BILL_WORDS
        and not c.id_like
        and not set(c.stems) & {"unit", "price", "per", "rate", "avg", "average", "mean"}
    ]
    if len(bills) != 1:
        return text
    least = re.search(r"least|cheapest", said["adj"]) is not None
    return (
        text[: said.start("adj")]
        + f"the {'lowest' if least else 'highest'} total {bills[0].name}"
        + text[said.end("adj") :]
    )


# what is left once the platform took its cut: "made after fees", "net of commission"
_AFTER_FEES = _rx(
    r"\b(?:after|net\s+of|minus|less)\s+(?:all\s+)?(?:the\s+)?(?:fees|commissions?|charges|their\s+cut)\b"
)
_MADE_ME_MONEY = _rx(
    r"\b(?:makes?|made|earns?|earned|brings?\s+in|brought\s+in)\s+(?:me|us)\s+(?:the\s+)?(?:most|least|more|less)?\s*"
    r"(?P<money>money|cash)\b"
)
_NET_WORDS = frozenset({"payout", "net", "proceeds", "earning", "earnings", "payouts"})


def _after_fees(text: str, catalog: Catalog, frame: str) -> str:
    """What was paid out ("how much have i made after fees"): the one column of it (Grailed's Payout, a Net)."""
    said = _AFTER_FEES.search(text)
    made = _MADE_ME_MONEY.search(text)
    if said is None and made is None:
        return text
    nets = [c for c in catalog.numeric(frame) if set(c.stems) & _NET_WORDS and not c.id_like]
    if len(nets) != 1:
        return text
    if said is not None:  # (the verb goes too: "made" would name a Payment Processing Fee, money paid)
        before = re.sub(r"\b(?:made|make|makes|earned|earn|earns|got|get|received)\s+", "", text[: said.start()])
        return before + f"in {nets[0].name}" + text[said.end() :]
    assert made is not None
    # "which designer makes me the most money": the most paid out (not a fee the word "payment" would name)
    return text[: made.start("money")] + nets[0].name + text[made.end("money") :]


# "my go-to coach", "our usual airline", "my favourite route": the one that turns up most often
_GO_TO = _rx(r"\b(?P<whose>my|our|their|his|her)\s+(?:go[\s-]?to|usual|favou?rite|fave)\s+(?=[a-z])")


def _go_to(said: re.Match[str], text: str, catalog: Catalog, frame: str) -> str:
    """Said "my go-to coach": the most common one; "her usual heart rate", a measure, is its average."""
    after = find_mentions(text[said.end() :], catalog, frame)
    first = min(after, key=lambda m: m.start, default=None)
    measured = first is not None and first.start <= 2 and first.column.numeric and not first.column.id_like
    if measured and "usual" in said.group().lower():
        return f"{said['whose']} average "
    return f"{said['whose']} most common "


_SELLS_BEST = re.compile(r"\b(?P<verb>sells?|sold|selling)\s+(?:the\s+)?best\b", re.IGNORECASE)


_BC = _rx(
    r"\b(?P<op>before|after|earlier\s+than|later\s+than|older\s+than|newer\s+than)\s+(?P<n>\d{1,5})\s*"
    r"(?:bce?|b\.c\.(?:e\.)?)(?![\w.])"
)


def _before_christ(text: str, catalog: Catalog, frame: str) -> str:
    """A year before Christ ("made before 1000 bc") as a bound below 0 on the year a thing was begun or made.

    Museum tables keep such years as negative numbers (the Met's Object Begin Date of -2996).
    """
    said = _BC.search(text)
    if said is None:
        return text
    years = [
        c
        for c in catalog.numeric(frame)
        if c.low is not None and c.low < 0 and set(c.stems) & {"date", "year", "begin", "start", "end"}
    ]
    if len(years) > 1:  # Object Begin Date beside Object End Date: when it was begun (made)
        years = [c for c in years if set(c.stems) & {"begin", "start"}] or years
    if len(years) != 1:
        return text
    below = said["op"].split()[0].lower() in ("before", "earlier", "older")
    bound = f"{years[0].name} {'below' if below else 'above'} -{said['n']}"
    return f"{text[: said.start()]}{bound}{text[said.end() :]}"


_PRIVATE = _rx(r"\bprivate(?:ly)?\b")


def _private(text: str, catalog: Catalog, frame: str) -> str:
    """What "private" means of rows marked shared or public (Pinboard's shared yes/no): not that flag."""
    if _PRIVATE.search(text) is None or any("private" in c.stems for c in catalog.of(frame)):
        return text
    flags = [
        c
        for c in catalog.of(frame)
        if (c.n_unique or 0) == 2 and len(c.stems) == 1 and c.stems[0] in ("shared", "public", "published")
    ]
    return _PRIVATE.sub(f"not {flags[0].stems[0]}", text) if len(flags) == 1 else text


_TAKE_HOME = _rx(r"\btake[\s-]?home(?:\s+pay)?\b")
_WHO_WON = _rx(r"^\W*(?:so\s+|and\s+)?who\s+(?:won|came\s+first|finished\s+first|(?:was|is)\s+(?:the\s+)?winner)\b")


def _who_won(text: str, catalog: Catalog, frame: str) -> str:
    """Whoever holds the lowest overall rank, for "who won?" of a leaderboard (overallRank)."""
    said = _WHO_WON.search(text)
    if said is None:
        return text
    ranks = [c for c in catalog.numeric(frame) if "rank" in c.stems and not c.id_like and c.low is not None]
    if not ranks:  # (an orienteering event's Finish Place, a show's Placing: where each one came)
        ranks = [
            c
            for c in catalog.numeric(frame)
            if set(c.stems) & {"place", "placing", "position"} and not c.id_like and c.low is not None and c.low >= 1
        ]
    if len(ranks) > 1:  # a rank per event beside the overall one: the overall
        ranks = [c for c in ranks if {"overall", "total", "final"} & set(c.stems)]
    if len(ranks) != 1:
        return text
    return f"{text[: said.start()]}who has the lowest {ranks[0].name}{text[said.end() :]}"


_WENT_TO = _rx(r"\bhow\s+much\s+(?:money\s+)?(?:has\s+|have\s+|did\s+)?(?:went|gone|go|goes)\s+to\b")
_TOP_NUMBER = _rx(r"\b(?P<side>top|upper|first|bottom|lower|second)\s+(?:number|reading|figure)\b")
_PRESSURE = _rx(r"\b(?:(?:blood\s+)?pressure|bp)\b")
_MOVES_WITH = _rx(r"\bcorrelat|\brelat|\btrack|\bgo(?:es)?\s+up\b|\bwhen\b.*\bdoes\b|\bmove\s+with\b")


def _blood_pressure(text: str, catalog: Catalog, frame: str) -> str:
    """A blood pressure said in words, of a table that keeps its systolic and diastolic numbers apart.

    "the top number" is the systolic, "the bottom number" the diastolic; "my average blood pressure" both, and
    "does my pulse go up when my pressure does" the systolic alone (one measure moves with another).
    """
    if not (_TOP_NUMBER.search(text) or _PRESSURE.search(text)):
        return text
    sides = [
        [c for c in catalog.numeric(frame) if word in c.stems and not c.id_like] for word in ("systolic", "diastolic")
    ]
    if any(len(s) != 1 for s in sides):
        return text
    # (said by their words, which the columns' names hold: "systolic and diastolic" reads both)
    text = _TOP_NUMBER.sub(
        lambda m: "systolic" if m["side"].lower() in ("top", "upper", "first") else "diastolic", text
    )
    if re.search(r"\b(?:systolic|diastolic)\b", text, re.I):
        return text
    return _PRESSURE.sub("systolic" if _MOVES_WITH.search(text) else "systolic and diastolic", text, count=1)


# "are busier routes later more often", "do bigger places get more violations", "do older pipes take longer":
# a comparative said of the things themselves, before their plural noun
_THINGS_COMPARED = _rx(
    r"\b(?P<w>busier|busiest|quieter|bigger|biggest|larger|largest|smaller|smallest|older|oldest|newer|newest"
    r"|hillier|hilliest|flatter|flattest|warmer|warmest|hotter|hottest|colder|coldest|cooler|coolest|windier"
    r"|windiest|calmer|calmest|fainter|faintest|brighter|brightest|deeper|deepest|shallower|shallowest"
    r"|longer|longest|shorter|shortest)"
    r"\s+(?P<noun>[a-z]{3,}s|stuff)\b(?!\s+than\b)"
)
# Things that are long by the distance covered ("do the longer drives cost more": the Miles), not by the time
_TRAVELS = frozenset({"drive", "trip", "haul", "tow", "run", "route", "delivery", "commute", "ride", "flight", "hike"})
_DISTANCE_PARTS = frozenset({"mile", "miles", "mileage", "km", "kms", "kilometer", "kilometre", "distance"})
# A size that is of a group of people ("Crew Size"): the size of a crew, not of the jobs it does
_PEOPLE_SIZES = frozenset({"crew", "team", "staff", "party", "group", "family", "household"})
# A comparative of a trait and the stems of the one column that measures it, and whether it says more of it
_TRAIT_PARTS: dict[str, tuple[frozenset[str], bool]] = {
    "hilli": (frozenset({"elevation", "climb", "ascent", "gain", "vert", "vertical"}), True),
    "flat": (frozenset({"elevation", "climb", "ascent", "gain", "vert", "vertical"}), False),
    "warm": (frozenset({"temp", "temperature"}), True),
    "hot": (frozenset({"temp", "temperature"}), True),
    "cold": (frozenset({"temp", "temperature"}), False),
    "cool": (frozenset({"temp", "temperature"}), False),
    "windi": (frozenset({"wind"}), True),
    "calm": (frozenset({"wind"}), False),
    # (an astronomer's magnitude runs backwards: the fainter the object, the higher its Mag)
    "faint": (frozenset({"magnitude", "mag"}), True),
    "bright": (frozenset({"magnitude", "mag"}), False),
    "deep": (frozenset({"depth"}), True),
    "shallow": (frozenset({"depth"}), False),
}
_SIZE_PARTS = frozenset(
    {"capacity", "size", "area", "sqft", "footage", "population", "enrollment", "enrolment", "seat", "bed"}
    | {"acre", "acreage", "employee", "headcount", "member", "membership"}
    | {"guest", "attendee"}  # "do bigger events get more staff": a catered event's Guests
)
_PEOPLE_COUNTED = frozenset(
    {"ridership", "rider", "passenger", "visitor", "visit", "entry", "boarding", "footfall", "attendance", "patron"}
)
_MADE_PARTS = frozenset(
    {"install", "installed", "built", "build", "construction", "constructed", "made", "manufacture"}
)


# "bigger houses = bigger quotes?": one comparative said to go with another, in a symbol
_EQUALS_TREND = _rx(rf"^\W*(?P<a>{_MORE_WORD}\s+[a-z][\w ]*?)\s*=+>?\s*(?P<b>{_MORE_WORD}\s+[a-z][\w ]*?)\s*\??\s*$")


def _work_done(noun: str, text: str, measures: list[Column], catalog: Catalog, frame: str) -> list[Column]:
    """Said "bigger jobs" of a drywall log whose rows are jobs (Job #): the one amount of work a job adds up.

    Only when each row is one of the things said (its id is named for them), and only a count of material or
    work: not money, not people, not a length of time, not a column the question names besides.
    """
    if not any(c.id_like and noun in c.stems for c in catalog.of(frame)):
        return []
    named = {m.column.name for m in find_mentions(text, catalog, frame)}
    timed = {"day", "hour", "minute", "min", "hr", "week", "month", "year", "time", "duration"}
    return [
        c
        for c in measures
        if c.additive
        and c.name not in named
        and not set(c.stems) & (MONEY_PARTS | PAID | PERSONS | timed | {"billed", "charge", "fee", "tip"})
        and not c.money_marked
    ]


_RECORD_AVERAGED = _rx(r"\b(?P<agg>average|avg|mean|typical|median)\s+(?P<noun>[a-z]{4,})\b")


def _amount_of_record(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the average invoice" of an Invoice number beside the one Total in money: that Total.

    A record's number is never averaged; its money is (the rows are the invoices, each with its Total).
    """
    said = _RECORD_AVERAGED.search(text)
    if said is None:
        return text
    named = [m for m in find_mentions(said["noun"], catalog, frame) if m.score >= 90]
    # (a record's number: an id, or a code on every row such as INV-10234; never a customer's name)
    coded = [
        m
        for m in named
        if m.column.id_like
        or (bool(m.column.values) and all(re.fullmatch(r"[A-Z]{1,6}[-#]?\d{2,}", v.strip()) for v in m.column.values))
    ]
    if not named or len(coded) != len(named):
        return text
    totals = [c for c in catalog.numeric(frame) if c.additive and set(c.stems) & {"total", "amount"} and c.money_marked]
    if len(totals) != 1:
        return text
    return f"{text[: said.start('noun')]}{totals[0].name}{text[said.end('noun') :]}"


_ORDINAL_PLACE = _rx(r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?P<noun>[a-z]{3,})\b")


def _ordinal_place(text: str, catalog: Catalog, frame: str) -> str:
    """Said "on the 4th floor" of a numbered Floor (1 to 6): Floor 4, the rows of that number."""

    def read(said: re.Match[str]) -> str:
        noun = stem(said["noun"])
        numbered = [
            c
            for c in catalog.numeric(frame)
            if c.stems == (noun,) and not (c.id_like or c.is_date or c.year_like or c.additive) and c.few_values
        ]
        return f"{numbered[0].name} {said['n']}" if len(numbered) == 1 else said.group()

    return _ORDINAL_PLACE.sub(read, text)


def _bigger_of_id(text: str, catalog: Catalog, frame: str) -> str:
    """Said "bigger quotes" of a Quote # beside a Quote Amount: the amount, since a record's number is no size."""
    for said in _THINGS_COMPARED.finditer(text):
        word = said["w"].lower()
        if not word.startswith(("big", "larg", "small")):
            continue
        noun = stem(said["noun"])
        named = find_mentions(said["noun"], catalog, frame)
        if not named or not all(m.column.id_like for m in named):
            continue
        amounts = [c for c in catalog.numeric(frame) if c.amount_of == noun and not c.id_like and not c.is_date]
        if len(amounts) == 1:
            side = "lower" if word.startswith("small") else "higher"
            side = f"the {side[:-2]}est" if word.endswith("st") else side
            return f"{text[: said.start()]}{side} {amounts[0].name}{text[said.end() :]}"
    return text


def _comparative_things(text: str, catalog: Catalog, frame: str) -> str:
    """A comparative of things as the one column that measures it.

    Busier is a count of comings and goings, bigger a size or capacity, older an age (or an earlier year it was
    built or installed).
    """
    text = _bigger_of_id(text, catalog, frame)
    said = _THINGS_COMPARED.search(text)
    if said is None or any(m.column.numeric and m.score >= 90 for m in find_mentions(said["noun"], catalog, frame)):
        return text  # ("bigger orders" of an Order Total: the measure is named by its noun)
    measured = {m.column.name for m in find_mentions(text, catalog, frame) if m.column.numeric and m.score >= 60}
    if len(measured) >= 2:
        return text  # "do bigger resorts charge more? (slopes vs price)": the two measures are said
    word = said["w"].lower()
    if word.startswith(("big", "larg", "small")):
        grouped = group_size(text, catalog, frame)  # "do bigger groups drink more": the Players, not a Table Size
        if grouped != text:
            return grouped
    measures = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date and c.formula is None]
    higher = not word.startswith(("quiet", "small", "new", "short"))
    trait = next((k for k in _TRAIT_PARTS if word.startswith(k)), None)
    noun = stem(said["noun"])
    if word.startswith(("long", "short")):
        if noun not in _TRAVELS:
            return text  # (a longer call or visit is its time: read elsewhere)
        # (a drone's Max Distance is how far out it got, not how long the flight was)
        found = [c for c in measures if set(c.stems) & _DISTANCE_PARTS and not set(c.stems) & {"max", "min", "avg"}]
    elif trait is not None:
        parts, higher = _TRAIT_PARTS[trait]
        found = [c for c in measures if set(c.stems) & parts]
        found = [c for c in found if "wind" not in c.stems or not set(c.stems) & {"dir", "direction"}]
    elif word.startswith(("busi", "quiet")):
        found = [c for c in measures if set(c.stems) & _COUNT_PARTS]
        # (Avg Weekday Ridership beside Scheduled Trips: busy with people, before the service run for them)
        found = [c for c in found if set(c.stems) & _PEOPLE_COUNTED] or found
    elif word.startswith(("big", "larg", "small")):
        found = [c for c in measures if set(c.stems) & _SIZE_PARTS or {"sq", "ft"} <= set(c.stems)]
        # ("do bigger jobs take more days": a Crew Size is the size of the crew, not of the job)
        found = [c for c in found if not set(c.stems) & _PEOPLE_SIZES or noun in c.stems]
        if not found:
            found = _work_done(noun, text, measures, catalog, frame)
    else:
        found = [c for c in measures if "age" in c.stems]
        if not found:  # "older pipes": an earlier year laid
            found = [c for c in measures if c.year_like and set(c.stems) & _MADE_PARTS]
            higher = not higher
    if len(found) != 1:
        return text
    most = word.endswith("st")
    side = ("the highest" if higher else "the lowest") if most else ("higher" if higher else "lower")
    # ("pipes with lower INSTALL_YEAR": the noun first, so that it does not run on into the column's name)
    return text[: said.start()] + f"{said['noun']} with {side} {found[0].name}" + text[said.end() :]


_NEWER_THAN = _rx(r"^\W*(?P<verb>are|is|were|was)\s+(?P<who>.+?)\s+(?P<w>newer|older)\s+than\s+(?P<rest>.+)$")


def _newer_than(text: str, catalog: Catalog, frame: str) -> str:
    """Two groups compared by age: "are the electric ones newer than gas cars" is a higher Model Year.

    Newer is a later year made (Model Year, Year Built); older an earlier one, or a higher age where one is kept.
    """
    said = _NEWER_THAN.search(text)
    if said is None:
        return text
    measures = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date and c.formula is None]
    ages = [c for c in measures if "age" in c.stems]
    years = [c for c in measures if c.year_like and set(c.stems) & (_MADE_PARTS | {"model"})]
    newer = said["w"].lower() == "newer"
    if len(ages) == 1 and not years:
        found, higher = ages[0], not newer
    elif len(years) == 1:
        found, higher = years[0], newer
    else:
        return text
    side = "higher" if higher else "lower"
    return f"do {said['who']} have a {side} {found.name} than {said['rest']}"


_TAKE_LONGER = _rx(
    # ("do bigger trees take the crews longer": who it takes longer said between)
    r"\b(?:take|takes|took|last|lasts)\s+(?:(?:the\s+)?(?:crews?|workers?|staff|us|them|me|you|techs?|teams?)\s+)?"
    r"(?:the\s+)?(?P<w>longer|less\s+time|more\s+time|longest|most\s+time"
    r"|least\s+time|shortest)(?:\s+to\s+[a-z]+)?"
    # ("which part of town waits the longest": the time waited for a response)
    r"|\b(?:wait|waits|waited)\s+(?:the\s+)?(?P<w2>longest|shortest|longer|less|more)\b"
    # ("do bigger crews finish faster": done in less time)
    r"|\b(?:finish|finishes|finished|get\s+(?:it\s+)?done|gets\s+(?:it\s+)?done|work|works)\s+"
    r"(?P<fast>faster|quicker|sooner|slower|fastest|quickest|slowest)\b"
    # ("do members shoot longer than non members": the time each spent, longer for one group than the other)
    r"|\b(?P<aux>do|did)\s+(?P<who>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?!take|last|wait)"
    r"(?:[a-z]{3,})\s+(?P<than>longer|shorter)\s+than\b"
    # ("are checkouts a lot slower than stayovers": more time to clean for one kind of row than the other)
    r"|\b(?P<be>are|is|were|was)\s+(?P<subj>(?:the\s+)?[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,2}?)\s+"
    r"(?:a\s+lot\s+|much\s+|way\s+|any\s+|a\s+bit\s+|really\s+)?(?P<pace>slower|faster|quicker)\s+than\b"
)
_LENGTH_PARTS = frozenset({"hour", "hr", "minute", "min", "day", "second", "sec", "duration", "length", "week"})


def _take_longer(text: str, catalog: Catalog, frame: str) -> str:
    """Said "do older pipes take longer to fix": a higher value of the one column that keeps how long each row took."""
    said = _TAKE_LONGER.search(text)
    if said is None:
        return text
    lengths = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & _LENGTH_PARTS
        and not c.is_date
        and not c.id_like
        and (c.formula is None or c.formula[1] in CLOCK_SPANS)  # (a response's minutes, from call to arrival)
        and not {"percent", "pct", "per", "rate"} & set(c.stems)
    ]
    if len(lengths) != 1:
        return text
    if said["than"]:  # (stays longer than: a higher time than the other group's)
        side = "higher" if said["than"].lower() == "longer" else "lower"
        who = f"{said['aux']} {said['who']}"
        return text[: said.start()] + f"{who} have {side} {lengths[0].name} than" + text[said.end() :]
    if said["pace"]:  # (slower than: more time than the other's; never a speed, which is faster when higher)
        if any(set(c.stems) & (_SPEEDS - {"rate", "per"}) for c in catalog.numeric(frame)):
            return text
        side = "higher" if said["pace"].lower() == "slower" else "lower"
        return text[: said.start()] + f"do {said['subj']} have {side} {lengths[0].name} than" + text[said.end() :]
    if said["w2"]:  # (waits the longest: the highest time; waits less: a lower one)
        waited = said["w2"].lower()
        side = {"longest": "the highest", "shortest": "the lowest", "longer": "higher", "more": "higher"}.get(
            waited, "lower"
        )
        return text[: said.start()] + f"has {side} {lengths[0].name}" + text[said.end() :]
    if said["fast"]:  # (faster is fewer hours; the fastest the lowest)
        fast = said["fast"].lower()
        side = "lower" if fast in ("faster", "quicker", "sooner") else "higher"
        side = {"fastest": "the lowest", "quickest": "the lowest", "slowest": "the highest"}.get(fast, side)
        return text[: said.start()] + f"have {side} {lengths[0].name}" + text[said.end() :]
    word = said["w"].lower()
    side = "lower" if word.startswith("less") else "higher"
    if word in ("longest", "shortest") or word.startswith(("most", "least")):  # "which kiln takes longest to fire"
        side = "the lowest" if word.startswith(("short", "least")) else "the highest"
    return text[: said.start()] + f"have {side} {lengths[0].name}" + text[said.end() :]


_SQUARE_FEET = _rx(r"\bsquare\s+(?:footage|feet|foot|ft)\b|\bsq\.?\s*(?:ft|feet)\b(?!\s*(?:_|\w))")


def _square_feet(text: str, catalog: Catalog, frame: str) -> str:
    """An area said in square feet, as the one column kept in them (SQ_FT_REMOVED, Square Feet, sqft)."""
    said = _SQUARE_FEET.search(text)
    if said is None:
        return text
    kept = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and c.formula is None
        and (
            "sqft" in c.stems
            or any(
                c.stems[k : k + 2] in (("sq", "ft"), ("square", "feet"), ("square", "foot"))
                for k in range(len(c.stems))
            )
        )
    ]
    if len(kept) != 1 or kept[0].name.lower() in text.lower():
        return text
    if re.search(r"\bper\s+$", text[: said.start()], re.I) and kept[0].stems != ("sqft",):
        return text  # "priciest per square foot" of Living Area (sq ft): a rate, read by its unit elsewhere
    return text[: said.start()] + kept[0].name + text[said.end() :]


# "how much salt did we get" of a salt-delivery log: the thing the file is named for, in the one unit it is kept in
_SUBJECT_AMOUNT = _rx(r"\bhow\s+much\s+(?:(?:total|of\s+the|of\s+our)\s+)?(?P<n>[a-z]{3,})\b(?!\s+(?:of|per)\b)")
_AMOUNT_UNITS = frozenset({"ton", "tons", "gallon", "gal", "lb", "lbs", "pound", "kg", "yard", "yd", "bushel", "cord"})
# (what is left after, or on hand: a level, never an amount brought in)
_LEVELS = frozenset({"stock", "after", "before", "left", "remaining", "balance", "level", "inventory", "on", "hand"})


# "in the 2022-23 winter", "the winter of 2022/23": a season that spans a new year, from one summer to the next
_SEASON_SPAN = _rx(
    r"\b(?:in|for|during|over)\s+(?:the\s+)?(?:(?P<a>(?:19|20)\d\d)\s*[-/–]\s*(?P<b>\d\d|(?:19|20)\d\d)\s+"
    r"(?:winter|season|snow\s+season|ski\s+season)|(?:winter|season)\s+(?:of\s+)?(?P<a2>(?:19|20)\d\d)\s*[-/–]\s*"
    r"(?P<b2>\d\d|(?:19|20)\d\d))\b"
)


def _season_span(text: str, catalog: Catalog, frame: str) -> str:
    """Said "in the 2022-23 winter" of a log with one date and no season column: the twelve months from July."""
    said = _SEASON_SPAN.search(text)
    if said is None or any("season" in c.stems for c in catalog.of(frame)):
        return text
    if len([c for c in catalog.of(frame) if c.is_date]) != 1:
        return text
    a, b = int(said["a"] or said["a2"]), said["b"] or said["b2"]
    if (int(b) if len(b) == 4 else a // 100 * 100 + int(b)) != a + 1:
        return text
    return f"{text[: said.start()]}between {a}-07-01 and {a + 1}-06-30{text[said.end() :]}"


_A_PERIOD = _rx(r"\s+(?:a|per|each)\s+(?P<unit>day|week|month)\b(?=.*\b(?:usually|typically|normally|on\s+average)\b)")


def _period_of_rows(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many hours a week does an artist usually tattoo" of rows kept by Week: a row's, the week said."""
    said = _A_PERIOD.search(text)
    if said is None:
        return text
    if not any(c.is_date and c.stems == (said["unit"].lower(),) for c in catalog.of(frame)):
        return text
    return text[: said.start()] + text[said.end() :]


_PER_UNIT_SAID = _rx(
    r"\b(?:pay|pays|paid|charge|charged|charges|cost|costs|spend|spends)\s+(?P<p>(?:per|a|each)\s+(?P<u>hour|day|night|week|month|year))\b"
)
_UNIT_LY = {
    "hour": "hourly",
    "day": "daily",
    "night": "nightly",
    "week": "weekly",
    "month": "monthly",
    "year": "yearly",
}


def _paid_per_unit(text: str, catalog: Catalog, frame: str) -> str:
    """Said "what do infants pay per week" of a Weekly Rate: that column, the rate kept per week."""
    said = _PER_UNIT_SAID.search(text)
    if said is None:
        return text
    ly = _UNIT_LY[said["u"].lower()]
    kept = [c for c in catalog.numeric(frame) if ly in c.stems and not c.id_like and c.formula is None]
    if len(kept) != 1:
        return text
    return text[: said.start()] + "have as " + kept[0].name + text[said.end("p") :]


# A yes/no mark named for a deed (Escaped, Won, Passed) said as the deed: its yes rows, or its no rows by the
# deed's opposite ("when someone fails" of Passed)
_DEED_FORMS = {"won": "win|wins|won|winning"}
_DEED_OPPOSITE = {"pass": "fail|fails|failed|failing", "won": "lose|loses|lost|losing", "escap": "fail|fails|failed"}
_DEED_BEFORE = (
    r"\b(?:that|who|which|we|they|i|you|someone|somebody|people|anyone|it|when\s+[a-z]+)\s+"
    r"(?:have\s+|had\s+|has\s+|were\s+|was\s+|got\s+|did\s+|do\s+|does\s+)?"
)


def _deed_marked(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the jobs we won", "groups that escaped", "when someone fails" of a Y/N mark named for the deed.

    Only of a measure asked among those rows: the rows counted or their share are the flag readers' own.
    """
    if re.search(
        r"\b(?:how\s+many|share|percent\w*|rate|proportion|fraction|how\s+often|count|number)\b|%", text, re.I
    ):
        return text
    if re.match(r"\W*(?:who|which)\b", text, re.I) or not re.search(
        r"\b(?:average|avg|mean|median|total|sum|how\s+long|typical(?:ly)?|usually|normally)\b", text, re.I
    ):
        return text  # ("who has won the most jobs": the winners ranked, no measure of those rows)
    for c in catalog.of(frame):
        if not c.categorical or len(c.stems) != 1 or yes_value(c) is None or no_value(c) is None:
            continue
        word = c.name.strip().lower()
        if not re.fullmatch(r"[a-z]{3,}", word) or not (word.endswith("ed") or word in _DEED_FORMS):
            continue
        base = root(word)
        forms = _DEED_FORMS.get(word, rf"{re.escape(base)}[a-z]{{0,3}}")
        for sign, pattern in (("yes", forms), ("no", _DEED_OPPOSITE.get(base))):
            if pattern is None:
                continue
            said = re.search(rf"{_DEED_BEFORE}(?P<v>{pattern})\b", text, re.I)
            if said is None or (said.group("v").lower() == word and re.search(rf"\bwhere\s+{word}\b", text, re.I)):
                continue
            value = yes_value(c) if sign == "yes" else no_value(c)
            return f"{text[: said.start()]}where {c.name} is {value}{text[said.end() :]}"
    return text


_VALUE_SAID = _rx(r"\b(?:total|dollar)\s+value\b")
_NOT_VALUE = frozenset({"rate", "per", "fee", "deposit", "tip", "tips", "tax", "discount", "balance", "each", "unit"})


def _value_in_money(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the total value of the jobs we won" of a table whose one amount of money is its Estimate $."""
    said = _VALUE_SAID.search(text)
    if said is None or any({"value", "worth"} & set(c.stems) for c in catalog.of(frame)):
        return text
    money = [
        c
        for c in catalog.numeric(frame)
        if c.money_marked and not (c.id_like or c.formula or set(c.stems) & _NOT_VALUE)
    ]
    if len(money) != 1:
        return text
    return text[: said.start()] + "total " + money[0].name + text[said.end() :]


_GOOD_REVIEWS = _rx(r"\b(?P<a>best|better|good|great|top|worst|worse|bad|poor|highest|lowest)\s+reviews?\b")


def _reviews_rated(text: str, catalog: Catalog, frame: str) -> str:
    """Said "which tech gets the best reviews" of a Rating or a Reviewer Score (no column of reviews): the best."""
    said = _GOOD_REVIEWS.search(text)
    if said is None or any("review" in c.stems for c in catalog.of(frame)):
        return text
    rated = [c for c in catalog.numeric(frame) if "rating" in c.stems and not c.id_like and c.formula is None]
    # (or the score a reviewer gave: a translation's Reviewer Score)
    rated = rated or [c for c in catalog.numeric(frame) if {"reviewer", "score"} <= set(c.stems) and not c.id_like]
    if len(rated) != 1:
        return text
    return f"{text[: said.start()]}{said['a']} {rated[0].name}{text[said.end() :]}"


_HOURS_SAID = _rx(
    r"\bhow\s+many\s+(?P<u>hours|minutes|mins|hrs)\b(?=.*\b(?:usually|typically|normally|on\s+average|average)\b)"
)
_CLOCK_UNIT_PARTS = {"hour": {"hour", "hours", "hr", "hrs"}, "minute": {"minute", "minutes", "min", "mins"}}


def _hours_kept(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many hours does an ev charger install usually take" of the one column kept in hours (Labor Hrs)."""
    said = _HOURS_SAID.search(text)
    if said is None:
        return text
    unit = "minute" if said["u"].lower().startswith("m") else "hour"
    kept = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & _CLOCK_UNIT_PARTS[unit]
        and not (c.id_like or c.is_date or c.formula or set(c.stems) & {"rate", "per", "price", "cost", "pay"})
    ]
    if len(kept) != 1 or find_mentions(said["u"], catalog, frame):
        return text
    return f"{text[: said.start()]}what is the average {kept[0].name} when{text[said.end('u') :]}"


_ALLOWANCES = frozenset({"included", "allowed", "allotted", "allowance"})
_OVER_ALLOWANCE = _rx(
    r"\b(?:went|go|goes|gone|came|come|were|was|ran|run|are|is)\s+(?P<dir>over|above|past|beyond|under|below)\s+"
    r"(?:the\s+|their\s+|its\s+)?(?:included|allowed|allotted|allowance)\b[a-z ]*?(?=\s*(?:[?.!,]|$))"
)


def _over_allowance(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how many went over the included tonnage" of Tons beside Included Tons: the rows of more than included."""
    said = _OVER_ALLOWANCE.search(text)
    if said is None:
        return text
    pairs = [
        (base, allow)
        for allow in catalog.numeric(frame)
        if allow.stems[:1] and allow.stems[0] in _ALLOWANCES
        for base in catalog.numeric(frame)
        if base.stems == allow.stems[1:] and not (base.id_like or base.formula)
    ]
    if len(pairs) != 1:
        return text
    base, allow = pairs[0]
    side = "above" if said["dir"].lower() in ("over", "above", "past", "beyond") else "below"
    before = text[: said.start()]
    # ("how many went over": the rows, said so the count has a noun)
    before = re.sub(r"\bhow\s+many\s*$", "how many rows ", before, flags=re.I)
    return f"{before}had {base.name} {side} {allow.name}{text[said.end() :]}"


def _subject_amount(text: str, catalog: Catalog, frame: str) -> str:
    """Said "how much salt did we get" of a salt log: its one amount in a unit of measure (Tons), whatever it is."""
    said = _SUBJECT_AMOUNT.search(text)
    if said is None or stem(said["n"].lower()) not in catalog.subjects.get(frame, frozenset()):
        return text
    if any(m.column.numeric for m in find_mentions(said["n"], catalog, frame)):
        return text  # (a column of its own: "how much salt" of Salt (tons))
    kept = [
        c
        for c in catalog.numeric(frame)
        if not (c.id_like or c.is_date or c.formula)
        and set(c.stems) & _AMOUNT_UNITS
        and not set(c.stems) & (_LEVELS | {"price", "rate", "per", "cost"})
        and c.additive
    ]
    if len(kept) != 1:
        return text
    return text[: said.start("n")] + kept[0].name + text[said.end("n") :]


_WHY = _rx(
    r"^\W*(?:and\s+|so\s+)?why\s+(?:do|does|did|would|are|is|was|were)\s+(?P<who>i|we|you|they|people|it|[a-z]+s)\s+"
    r"(?:usually\s+|mostly\s+|typically\s+|normally\s+|often\s+|most\s+often\s+)?(?P<rest>[a-z].*?)\W*$"
)
_REASON_PARTS = frozenset({"reason", "cause", "why", "explanation", "excuse"})


def _why_asked(text: str, catalog: Catalog, frame: str) -> str:
    """Said "why do i usually skip it": the most common value of the one reason column among the rows the verb says."""
    said = _WHY.search(text)
    if said is None:
        return text
    reasons = [c for c in catalog.of(frame) if c.categorical and not c.id_like and set(c.stems) & _REASON_PARTS]
    if len(reasons) != 1:
        return text
    rest = re.sub(r"\s+(?:it|them|that|this)$", "", said["rest"])
    return f"what is the most common {reasons[0].name} when {said['who']} {rest}"


_BIG_CROWD = _rx(r"\b(?:the\s+)?(?:biggest|largest|best|highest)\s+(?:crowds?|turnout|attendance)\b")


def _big_crowd(text: str, catalog: Catalog, frame: str) -> str:
    """Said "the biggest crowd" where no column keeps a crowd (Scanned Attendance would): the most people."""
    said = _BIG_CROWD.search(text)
    if said is None or any(m.column.numeric for m in find_mentions(said.group(), catalog, frame)):
        return text
    if re.search(r"turnout|attendance", said.group(), _I) and keeps_attendance(catalog, frame):
        return text  # ("the best turnout" of Present and On Roster: the attendance rate, read later)
    heads = _crowd_columns(catalog, frame)
    crowd = f"the highest {heads[0].name}" if len(heads) == 1 else "the most people"
    return text[: said.start()] + crowd + text[said.end() :]


def _crowd_columns(catalog: Catalog, frame: str) -> list[Column]:
    """The counts of people each row let in (a rink's Skaters Admitted), what a crowd or a turnout is."""
    return [
        c
        for c in catalog.numeric(frame)
        if c.whole_count and c.additive and not c.id_like and set(c.stems) & (PERSONS | _CROWD_PARTS)
    ]


_TURNOUT = _rx(r"\b(?:turnout|crowd\s+size|crowds?|attendance)\b")
# "does the rink temperature have anything to do with turnout": whether the two move together
_TO_DO_WITH = _rx(r"\b(?:ha(?:ve|s)|had)\s+(?:anything|something|much)\s+to\s+do\s+with\b")


def _turnout(text: str, catalog: Catalog, frame: str) -> str:
    """Turnout said where no column is named for it, but one counts the people each row let in: that column."""
    said = _TURNOUT.search(text)
    if (
        said is not None
        and (
            said.group().lower().startswith("turnout")
            or re.match(r"\s+(?:rates?|ratio|percentage|%)", text[said.end() :], _I)
            or re.search(r"\b(?:worst|best|poorest|lowest|highest)\s+$", text[: said.start()], _I)
        )
        and keeps_attendance(catalog, frame)
    ):
        said = None  # ("the best turnout", "the attendance rate" of Present and On Roster: the rate, said_rates')
    if said is not None and not find_mentions(said.group(), catalog, frame):
        heads = _crowd_columns(catalog, frame)
        if len(heads) == 1:
            text = text[: said.start()] + heads[0].name + text[said.end() :]
    if re.match(r"\W*(?:and\s+)?(?:does|do|did)\b", text, re.I):  # (not "complaints that have to do with noise")
        text = _TO_DO_WITH.sub("correlate with", text)
    return text


_CROWD_PARTS = frozenset({"skater", "admitted", "attendance", "attendee", "people", "headcount", "turnout", "crowd"})
_CROWD_PARTS |= {"present", "attended"}  # (a register's Present, a class's Attended: the people there)


# "since jan 2024", "before march 2023": a month of a year as the bound of a date
_MONTH_BOUND = _rx(
    r"\b(?P<op>since|after|before)\s+(?:the\s+start\s+of\s+)?"
    r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+(?P<y>(?:19|20)\d\d)\b"
)


def _month_bound(text: str) -> str:
    """A month and year after since, after or before, as the date the readers bound a date column by."""

    def day(m: re.Match[str]) -> str:
        month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(m["m"].lower()[:3]))
        year = int(m["y"])
        if m["op"].lower() == "after":  # after the month: from the first day of the next
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
            return f"since {year}-{month:02d}-01"
        return f"{m['op']} {year}-{month:02d}-01"

    return _MONTH_BOUND.sub(day, text)


# "are buses later when a sub is driving? average late minutes with and without a sub": a yes-or-no question, then
# what to compute said outright
_ASKED_THEN_SAID = _rx(
    r"^\s*(?:are|is|do|does|did|was|were|has|have)\s[^?]{3,}\?\s+"
    r"(?P<said>(?:the\s+)?(?:average|mean|median|total|sum)\b[^?]{3,}\??)\s*$"
)


def _spelled_out_after(question: str, catalog: Catalog, frame: str) -> str:
    """Of a yes-or-no question followed by the measure asked for, the part that names it (when it names a column)."""
    said = _ASKED_THEN_SAID.match(question)
    if said is None or not find_mentions(said["said"], catalog, frame):
        return question
    if re.search(r"\b(?:each|both|them|those|these|it|they|either|one)\W*$", said["said"], re.IGNORECASE):
        return question  # "average deaths for each": of the groups the question named first
    return said["said"]


def comparison_words(question: str, catalog: Catalog, frame: str) -> str:
    """Bounds said in words as symbols the readers know: "below zero" → "below 0", "extra was negative" → "< 0".

    A sign word becomes a bound only when the question names a numeric column (never "a negative correlation").
    Amounts written short become plain numbers ("over 500k" → "over 500000", "$2m" → "2000000"), and "out of
    stock" the stock column equal to 0 when a numeric column is named by that word.
    """
    question = _spelled_out_after(question, catalog, frame)
    ages = [c for c in catalog.numeric(frame) if "age" in c.stems and not c.id_like]
    # "over-60s": over 60, of the one age column when there is one ("median income for under 30s vs over 50s")
    said = f"{ages[0].name} " if len(ages) == 1 else ""
    text = _AGE_GROUP.sub(lambda m: f"{said}{m[1]} {m[2]}", explained_codes(question, catalog, frame))
    text = _does_it_fastest(text)  # "which tech gets cars out fastest": which tech is fastest
    if said:  # "most common complaint for kids under 18": AGE under 18
        text = _PEOPLE_AGED.sub(lambda m: f"{m[1]} with {said}{m[2]}", text)
    if any(c.is_date and not c.monthly for c in catalog.of(frame)):
        text = _month_bound(text)  # "since jan 2024": since 2024-01-01
    text = priced_things(text, catalog, frame)  # "the $20 games": Ticket Price = 20
    text = state_columns(text, catalog, frame)  # "texas" of FRED's TXUR, one column per state
    text = known_by(text, catalog, frame)  # "the most common violation": VIOLATION DESCRIPTION
    text = _APART_FROM.sub("excluding", text)  # "apart from northwind": no From column is said
    text = _blood_pressure(text, catalog, frame)  # "the top number": Systolic; "blood pressure": both numbers
    # "how much went to albert heijn": spent there (a shop named in free text is read "at" it)
    text = _WENT_TO.sub(
        lambda m: "how much did i spend " + ("at" if _shop_said(text, m.end(), catalog, frame) else "on"), text
    )
    text = _who_won(text, catalog, frame)  # "who won?" of a leaderboard: the lowest overall rank
    text = _before_christ(text, catalog, frame)  # "made before 1000 bc": Object Begin Date below -1000
    text = _private(text, catalog, frame)  # "how many are private": a yes/no shared (or public) flag's no
    text = _ordinal_bound(text, catalog, frame)  # "black or harder": black or double black
    if any(c.clock for c in catalog.of(frame)):  # "what was the winning time": the fastest of a race's times
        text = re.sub(r"\bwinning\s+time\b", "fastest time", text, flags=re.I)
    # "came back positive", "turned out negative": the result the rows were given
    text = re.sub(
        r"\b(?:came|come|comes|coming)\s+back\s+(?=[a-z])|\bturned\s+out\s+(?=[a-z])", "were ", text, flags=re.I
    )
    text = _square_feet(text, catalog, frame)  # "square footage": SQ_FT_REMOVED, the one area kept in square feet
    text = _subject_amount(text, catalog, frame)  # "how much salt" of a salt log: its Tons
    text = _deed_marked(text, catalog, frame)  # "the jobs we won": Won = Y
    text = _reviews_rated(text, catalog, frame)  # "the best reviews": the best Rating
    text = _value_in_money(text, catalog, frame)  # "the total value": the one amount of money
    text = _paid_per_unit(text, catalog, frame)  # "pay per week": the Weekly Rate
    text = _period_of_rows(text, catalog, frame)  # "hours a week" of rows kept by Week: each row's hours
    text = _hours_kept(text, catalog, frame)  # "how many hours does it usually take": the Labor Hrs
    text = _over_allowance(text, catalog, frame)  # "went over the included tonnage": Tons above Included Tons
    text = _season_span(text, catalog, frame)  # "in the 2022-23 winter": July 2022 to June 2023
    text = _why_asked(text, catalog, frame)  # "why do i usually skip it": the commonest Reason of the skipped
    # "do longer roasts drop hotter": both sides read before "longer roasts" becomes "roasts with more Roast Time"
    text = comparatives(text, catalog, frame)
    # "busier routes": routes of more Avg Weekday Ridership; "are the electric ones newer": a higher Model Year
    text = _EQUALS_TREND.sub(r"do \g<a> go with \g<b>", text)  # "bigger houses = bigger quotes?"
    text = _ordinal_place(text, catalog, frame)  # "on the 4th floor": Floor 4
    text = _amount_of_record(text, catalog, frame)  # "the average invoice": the invoices' Total
    text = _comparative_things(_newer_than(text, catalog, frame), catalog, frame)
    text = _take_longer(text, catalog, frame)  # "take longer to fix": a higher HOURS_OUT_OF_SERVICE
    if _TAKE_HOME.search(text) and any(
        "net" in c.stems and {"pay", "salary", "wage", "income"} & set(c.stems) for c in catalog.of(frame)
    ):
        text = _TAKE_HOME.sub("net pay", text)  # "take-home per paycheck": a payroll's Net Pay
    text = _share_done_by(text, catalog, frame)  # "what share of rides are by members": are members
    text = _WHAT_DID_MONEY.sub(lambda m: f"{m['lead']}how much {m['did']} {m['who']} {m['verb']}", text)
    if not any(c.stems in (("collection",), ("library",)) for c in catalog.of(frame)):
        text = _TO_THE_FILE.sub("", _WHOLE_FILE.sub("are there", text))  # (a museum's Collection is a label)
    if any({"released", "release"} & set(c.stems) for c in catalog.of(frame)):
        text = _CAME_OUT.sub("released", text)
    text = _SELLS_BEST.sub(r"\g<verb> the most", text)  # "which course sells best": sells the most
    text = _after_fees(text, catalog, frame)  # "made after fees": the payout
    text = _costliest_period(text, catalog, frame)  # "which month was the most expensive": the month's bill
    if _GO_TO.search(text) and not any(
        {"favorite", "favourite", "fave", "usual", "regular"} & set(c.stems) for c in catalog.of(frame)
    ):
        text = _GO_TO.sub(lambda m: _go_to(m, text, catalog, frame), text)  # "my go-to coach": most often there
    text = _OF_THE_TIME.sub("what share of rows", text)  # "how much of the time": a share of the readings
    text = _ranked_top(text, catalog, frame)  # "keywords we're top 3 for": Position at most 3
    text = _came_from(text, catalog, frame)  # "how much came from retirees": the table's one amount of money
    text = _money_of_one(text, catalog, frame)  # "which kind brings in the most money": Received
    text = _one_currency(text, catalog, frame)  # "the average hotel bill" of many currencies: Total (in USD)
    text = _fast_deed(text, catalog, frame)  # "which team answers fastest": the lowest mean First Response Time
    text = _fastest_one(_one_beyond(text), catalog, frame)  # "who's the fastest housekeeper": the lowest mean Minutes
    text = _fastest_timed(text, catalog, frame)  # "the fastest lap": Best Lap (sec), not the count of Laps
    text = which_night(text, catalog, frame)  # "which night is the busiest": the day of the week
    text = _big_crowd(text, catalog, frame)  # "which day had the biggest crowd": the most people
    text = _turnout(text, catalog, frame)  # "does the temperature have anything to do with turnout"
    text = how_paid(text, catalog, frame)  # "how do people usually pay me": the most common Paid Via
    text = scrubbed(text, catalog, frame)  # "flights that got scrubbed": Cancelled (Y/N)
    text = had_multiplier(text, catalog, frame)  # "trips that had surge pricing": Surge (1.0x, 1.5x) above 1
    text = deed_to_deed(text, catalog, frame)  # "how many days from laying to hatching": Lay Date to Hatch Date
    text = because_of(text, catalog, frame)  # "cancelled because of flooding": Flood Closure = Y
    text = declined_mark(text, catalog, frame)  # "people who didn't get insurance": Insurance = N
    text = how_many_counted(text, catalog, frame)  # "how many meadow browns were counted": Meadow Brown added up
    text = how_many_things(text, catalog, frame)  # "how many hives did we send": the Hives Placed added up
    text = how_long_are(text, catalog, frame)  # "how long are the brown trout": their Avg Length (in)
    text = net_weight(text, catalog, frame)  # "how many pounds of cardboard": a scale ticket's Net Lbs
    text = digit_plurals(text, catalog, frame)  # "how many sixes": a scorebook's 6s
    text = best_average(text, catalog, frame)  # "who has the best average": a darts sheet's 3 Dart Avg
    text = direction_column(text, catalog, frame)  # "for each direction": a traffic count's Approach (NB, SB)
    text = superlative_of_name(text, catalog, frame)  # "the biggest bass ever": the highest Big Bass (lbs)
    text = what_gets_done(text, catalog, frame)  # "what gets borrowed the most": the Tool of a tool library
    text = unsold_left(text, catalog, frame)  # "how many bars are still unsold": Bars Cut minus Sold
    text = rained_out(text, catalog, frame)  # "how many rides got rained out": cancelled for weather
    text = marked_by_name(text, catalog, frame)  # "how many lockers are shared": a Shared With filled in
    text = how_often_done(text, catalog, frame)  # "how often do tours get delayed": weather_delay_min above 0
    text = per_row_noun(text, catalog, frame)  # "the average bill per table": each row is one, the plain mean
    text = _lost_to(text, catalog, frame)  # "who do we lose to the most": the Competitor of Won = N
    text = _how_often_have(text)  # "how often do jobs need a supplement": the share that had one
    text = _units_it_takes(text, catalog, frame)  # "how many days does a 2-4 unit take": Days to Complete
    text = _how_long_to(text, catalog, frame)  # "how long do peppers take to sprout": Days to Germ
    text = takes_to_make(text, catalog, frame)  # "how much sap does it take to make a gallon of syrup"
    text = spends_longest(text, catalog, frame)  # "which tech spends the longest": the highest mean Minutes
    text = verb_to_most(text, catalog, frame)  # "which town do we deliver to the most": rows per Town
    text = lost_most(text, catalog, frame)  # "which pond lost the most shrimp": the most Mortality
    text = how_many_died(text, catalog, frame)  # "how many hens have died": the Mortality added up
    text = more_often(text, catalog, frame)  # "do returning students finish more often": more likely to
    text = sized_things(text, catalog, frame)  # "parties of 8 or more": Party Size at least 8
    text = net_of_tare(text, catalog, frame)  # "how many tons" beside Gross, Tare and Net Tons: Net Tons
    text = not_done(text, catalog, frame)  # "how many orders aren't done yet": Completed = N
    text = owed_total(text, catalog, frame)  # "how much am i still owed": the Balance added up
    text = share_of_family(text, catalog, frame)  # "what share of my tips is cash": Cash Tips of all the tips
    text = best_period(text, catalog, frame)  # "what was my best month" of a tips log: the most tips taken in
    text = made_an_hour(text, catalog, frame)
    text = made_per_head(text, catalog, frame)  # "which package makes the most per player": Revenue / Players
    text = missing_mark(
        text, catalog, frame
    )  # "missing a waiver": Waiver Missing = Y  # "what do i make an hour": the money taken in over the Hours
    text = money_made(text, catalog, frame)  # "how much have i made total": the one amount charged, added up
    text = biggest_customer(text, catalog, frame)  # "who's our biggest customer": the most money, by Buyer
    text = sold_most(text, catalog, frame)  # "who sold the most popcorn": the Containers, added up by Scout
    text = sends_most(text, catalog, frame)  # "which doctor sends us the most patients": the commonest Referring MD
    text = comes_up(text, catalog, frame)  # "which crop comes up the worst": germinates
    text = in_the_air(text, catalog, frame)  # "time in the air": Flight Min
    text = done_again(text, catalog, frame)  # "had to be reflown": Reflight Needed = Y
    text = gets_done_most(text, catalog, frame)  # "what size dumpster gets rented the most": the commonest Size
    text = fail_rate(text, catalog, frame)  # "the fail rate for turkey": Passed QA = N among Turkey
    text = what_we_do_most(text, catalog, frame)  # "what do we catch most": the commonest Species Most Caught
    text = went_up_or_down(text, catalog, frame)  # "did the price go up or down from 2023 to 2024": its change
    text = money_received(text, catalog, frame)  # "brings in the most money": Collected $, not Billed $
    text = found_us(text, catalog, frame)  # "where do most of my clients find me": the commonest Referral Source
    text = part_of_count(text, catalog, frame)  # "what percent of eggs were cracked": Cracked over Eggs
    text = whose_people(text, catalog, frame)  # "whose students pass the most": which Instructor
    text = which_class(text, catalog, frame)  # "which meat": a Category of Chicken, Pork, Brisket
    text = which_thing(text, catalog, frame)  # "which bounce house" of bounce house bookings: its Unit
    text = marked_most(text, catalog, frame)  # "who has won the most jobs": rows of Won = Y, counted
    text = phrasal_deed(text, catalog, frame)  # "lost phones picked up": CLAIMED = Y
    text = group_size(text, catalog, frame)  # "do bigger groups buy more ammo": more Shooters
    text = per_thing_total(text, catalog, frame)  # "how many yards": Yards per Skein times Skeins
    text = how_many_units(text, catalog, frame)  # "how many pounds came in": the total Est Weight (lbs)
    text = drop_from_to(text, catalog, frame)  # "drop from static to residual": the difference between them
    text = caseload(text, catalog, frame)  # "the biggest caseload": the most cases, rows counted
    text = made_most(text, catalog, frame)  # "which table made the most": the most Sold Price in total
    text = money_taken(text, catalog, frame)  # "in money taken": the total Sold Price
    text = collected(text, catalog, frame)  # "how much in fees have we collected": fees of the paid rows
    text = under_price(text, catalog, frame)  # "how much under the tag price did they go": Tag - Sold
    text = than_planned(text, catalog, frame)  # "run longer than scheduled": Actual Min - Scheduled Min
    text = times_open(text, catalog, frame)  # "how many nights was the center open": not CLOSED
    text = times_closed(text, catalog, frame)  # "how many days were we closed": a Closed Reason given
    text = were_counted(text, catalog, frame)  # "how many birds were counted": the total Max Count
    text = no_idea(text, catalog, frame)  # "had no idea when it was last pumped": Last Pumped = UNKNOWN
    text = top_scorer(text, catalog, frame)  # "who's the top scorer": the most Goals
    text = games_played_out(text, catalog, frame)  # "went the full 5 games": Won + Lost = 5
    text = what_most(text, catalog, frame)  # "what gets rented the most": the Item by its total Qty
    text = after_due(text, catalog, frame)  # "picked up after the promised date": late
    text = kept_after(text, catalog, frame)  # "how much did we keep after dump fees": Price - Dump Fee
    text = ended_with(text, catalog, frame)  # "calls that ended with the animal impounded": were IMPOUNDED
    text = things_counted(text, catalog, frame)  # "how many chairs went out": the total Qty of Chairs
    text = units_counted(text, catalog, frame)  # "how many dry lbs did we get": the total Dry Lbs
    text = nth_stage(text, catalog, frame)  # "the first round" of a numbered Round: round 1
    text = on_the_list(text, catalog, frame)  # "how many boats are on the waiting list": Waitlist Since kept
    text = toughest_judge(text, catalog, frame)  # "the toughest grader": the lowest average Total
    text = acidic(text, catalog, frame)  # "the most acidic ground": the lowest pH
    text = period_doer(text, catalog, frame)  # "what month did the lab run the most tests": we ran them
    text = not_in_any(text, catalog, frame)  # "aren't in a display case": no Display Case
    text = opponent_played(text, catalog, frame)  # "which team have we played the most": the Opponent
    text = most_marks(text, catalog, frame)  # "which team had the most dqs": rows where DQ is DQ, counted
    text = done_by(text, catalog, frame)  # "got paid by insurance": Insurance Paid = Y
    text = how_full(text, catalog, frame)  # "how full are the theaters": Tickets Sold over Seats
    text = class_size(text, catalog, frame)  # "the average class size": its Students
    text = work_won(text, catalog, frame)  # "how much work did we win": Quote Amount where Won is Y
    text = sold_out(text, catalog, frame)  # "how many concerts sold out": Tickets Sold - Capacity at least 0
    text = bound_in_unit(text, catalog, frame)  # "more than 6 inches": SNOWFALL_IN, the column kept in inches
    text = response_time(text, catalog, frame)  # "average response time": from the call to arriving on scene
    text = how_many_verbed(text, catalog, frame)  # "how many fish died": Mortalities, not Fish Count
    text = cost_of_count(text, catalog, frame)  # "what did the thrown out stuff cost us": Thrown Out x Unit Cost
    text = signed_sides(text, catalog, frame)  # "how many clients owed money": Refund/(Owed) below 0
    text = still_on(text, catalog, frame)  # "how many units are rented out right now": no Move-Out Date
    text = not_done_yet(text, catalog, frame)  # "how many logs are still waiting to be sawn": no BF Sawn
    text = going_for(text, catalog, frame)  # "whats a round bale going for": Price/Bale
    text = _bound_in_unit(text, catalog, frame)  # "more than 10 min late": Late Min more than 10
    text = which_pays(text, catalog, frame)  # "which insurance pays us the most": Insurance Plan by Insurance Paid
    text = goes_for(text, catalog, frame)  # "what does a metal roof usually go for": the average amount charged
    text = what_they_pay(text, catalog, frame)  # "correlated with what they pay": the amount, not a Paid mark
    text = did_most_things(text, catalog, frame)  # "which artist sold the most pieces": rows counted
    text = rate_per_unit(text, catalog, frame)  # "pay more per word": Rate/Word
    text = makes_me_most(text, catalog, frame)  # "which platform makes me the most": Profit
    text = _lasts(text, catalog, frame)  # "how long does a visit last": "last" is the verb
    text = _how_long_to_arrive(text, catalog, frame)  # "to get there": Response Min
    text = _part_of_town(text, catalog, frame)  # "which part of town": Zone
    text = _how_long_of(text, catalog, frame)  # "how long is a visit": visitDuration
    text = _how_long_travel(text, catalog, frame)  # "how long does berlin to hamburg take": Travel Time (min)
    text = _all_that_cost(text)  # "what did all that charging cost us": the cost of every row
    # "how much in fines is on the books": kept in the records, not the rows of a Book value
    text = (
        re.sub(r"(?i)\s+(?:is|are)\s+on\s+the\s+books\b", "", text)
        if not re.search(r"(?i)\bbooks?\b.*\bbooks?\b", text)
        else text
    )
    text = _how_far(text, catalog, frame)  # "how far did i row": the one distance (not the rest's)
    text = _biggest_by_size(text, catalog, frame)  # "the biggest fire": the one with the most acres burned
    text = _time_spent(text, catalog, frame)  # "which client did we spend the most time on": Hours
    text = _did_most(text, catalog, frame)  # "which month did i train the most": the most rows
    text = _IN_RANGE.sub(r"between \g<a> and \g<b>", text)  # "in range, 70 to 180": a band of the measure
    text = _which_country(text, catalog, frame)  # "which country": the OECD's LOCATION of ISO codes
    text = _which_by_values(text, catalog, frame)  # "which party": the label whose values say Party
    text = longer(one_word(reached(text, catalog, frame), catalog, frame), catalog, frame)  # "showed up": Attended
    text = unassigned(text, catalog, frame)  # "how many have nobody assigned": no owners
    text = longest_outing(text, catalog, frame)  # "my longest hike": the hike with the highest distance
    text = done_counted(text, catalog, frame)  # "got opened": opens_count above 0
    text = _averaged_name(furthest(text, catalog, frame), catalog, frame)  # "furthest": the most Distance
    text = worth(text, catalog, frame)  # "the value of my stock": PRICE * QUANTITY
    text = overall_rate(said_rates(text, catalog, frame), catalog, frame)  # "the attendance rate": Present / Enrolled
    text = per_hundred(text, catalog, frame)  # "the injury rate per 100 players": Injuries as a % of Players
    text = lost_rate(text, catalog, frame)  # "our scrap rate": Qty Scrapped as a % of Qty Ordered
    text = event_share(text, catalog, frame)  # "what share of the harvest gets culled": Lbs Culled of Lbs Picked
    text = share_of_both(text, catalog, frame)  # "what percent of sessions": Attended of Attended + Missed
    text = pair_rate(text, catalog, frame)  # "the check in compliance rate": Check-ins Made of Check-ins Due
    text = _tax_side(text, catalog, frame)  # "sales before tax": Sales (excl. tax)
    text = _lone_gap(_synonym_pairs(text, catalog, frame), catalog, frame)
    text = _doers(_demonyms(text, catalog, frame), catalog, frame)
    # "who played the most rounds? give me the userid and how many": the winner's row names both already
    text = _GIVE_BOTH.sub("?", text)
    text = _money_bound(_sold_for(text, catalog, frame), catalog, frame)
    text = _vs_not(text, catalog, frame)
    text = _initialled_names(text, catalog, frame)
    text = _none_of(_extreme_words(text, catalog, frame), catalog, frame)
    text = _made_rate(text, catalog, frame)
    text = _order_value(
        _not_yet(_never_done(_no_show(text, catalog, frame), catalog, frame), catalog, frame), catalog, frame
    )
    text = _owed_unpaid(text, catalog, frame)  # "how much is still outstanding": the rows not paid
    text = _money_made(text, catalog, frame)
    # "over 2 MW" of a column in kW: over 2000 kW
    text = units_said(text, catalog, frame, [m.column for m in find_mentions(text, catalog, frame)])
    text = period_columns(_more_gets_more(_scale_grades(text, catalog, frame), catalog, frame), catalog, frame)
    text = comparatives(text, catalog, frame)  # "do longer appointments cost more": Minutes with Invoice
    text = _direction_said(text, catalog, frame)  # "translate into": Target Language
    text = how_often_past(text, catalog, frame)  # "how often does the final come in over the quote": Final > Quoted
    text = _which_of_it(_measure_of(_more_spent(text), catalog, frame), catalog, frame)
    # "per country and year, is X correlated with Y": the unit each row already is, said before a relation
    text = _UNIT_FIRST.sub("", text)
    # "across both years", "over all the years": every row together, not one line per year
    text = _ALL_PERIODS.sub("overall", text)
    text = _negated_values(_squashed_values(_weekend_days(text, catalog, frame), catalog, frame), catalog, frame)
    text = _not_done_values(text, catalog, frame)  # "did not pay at all": Unpaid
    text = mark_performance(text, catalog, frame)  # "on time performance": the On Time rate
    text = _plural_values(text, catalog, frame)
    text = _most_verbed(_misspelt_values(text, catalog, frame), catalog, frame)
    text = _where_most(_are_from(_come_from(text, catalog, frame), catalog, frame), catalog, frame)
    text = _total_of_things(_which_do_most(text, catalog, frame), catalog, frame)
    text = _still_here(_most_kept_counts(_how_many_kept(text, catalog, frame), catalog, frame), catalog, frame)
    text = due_or_paid(text, catalog, frame)  # "how much is still owed": Rent Due - Amount Paid
    text = biggest_group(_money_in_out(text, catalog, frame), catalog, frame)
    text = _value_as_measure(text, catalog, frame)
    text = _counted_things(_suffixed_counts(_numbered_rows(text, catalog, frame), catalog, frame), catalog, frame)
    text = _subject_rows(text, catalog, frame)  # "how many dialysis centers": the facilities, each a row
    text = _per_logged(text, catalog, frame)  # "avg calories per workout for each activity": each row
    text = _subject_before_group(text, catalog, frame)  # "per story type" of a file of stories: per type
    text = _which_subject(text, catalog, frame)  # "which habit" of a file of habits: its title
    text = _which_of_kind(text, catalog, frame)  # "which album" of Bandcamp's item type: which item name, of albums
    text = _what_verb_most(text, catalog, frame)  # "what do i eat most often": which Food Name
    text = _long_measure(text, catalog, frame)
    if _SHARE_ASKED.search(text):  # "what % of the organic search ones ended up becoming customers": are
        text = _BECAME.sub("are", text)
    text = _rather_than(_initial_values(text, catalog, frame), catalog, frame)
    text = _period_first(_year_in_name(text, catalog, frame), catalog, frame)
    text = _flag_verbs(_than_it_did(_plain_terms(text, catalog, frame), catalog, frame), catalog, frame)
    text = _best_seller(_billed(text, catalog, frame), catalog, frame)
    # "which kind of meeting": the table's type column, as "which type of meeting" finds it
    stems = {s for c in catalog.of(frame) for s in c.stems}
    text = _kind_of_named(text, catalog, frame)  # "what kind of bird": the SPECIES, not an aircraft's class
    if "type" in stems and not {"category", "kind"} & stems:  # (a Category column is found by "kind" itself)
        text = _KIND_OF.sub(lambda m: f"{m['w']} type of", text)
    text = _SEPARATE.sub(lambda m: f"{m['w']} different", text)  # "how many separate orders": distinct ones
    text = _people_counted(text, catalog, frame)  # "how many golfers came out in total": the Players
    text = _how_many_people(text, catalog, frame)  # "how many singers do we have": different Members
    text = late_rows(text, catalog, frame)  # "when people are late": Days Late > 0
    text = came_or_missed(text, catalog, frame)  # "who missed the most rehearsals": Present = N
    text = _each_person(_who_most(_which_qualified(text, catalog, frame), catalog, frame), catalog, frame)
    # "incidents that had someone killed": at least one person killed (n_killed ≥ 1)
    text = _SOMEONE.sub("at least one person", text)
    heights = [c for c in catalog.of(frame) if c.numeric_text and feet_inches(c.values)]
    if len(heights) == 1:  # heights kept as 5'11, read as inches: "over 6 foot" is over 72 of that column
        text = _FEET_SAID.sub(
            lambda m: f"{12 * int(m['ft'] or m['ft2']) + int(m['inch'] or m['inch2'] or 0)} {heights[0].name}", text
        )
    profits = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and {"profit", "profits", "earnings", "income"} & set(c.stems)
        and not {"change", "pct"} & set(c.stems)
        and "%" not in c.name
    ]
    if len(profits) == 1:  # "lost money": the one profit column below 0; "lost the most": its lowest
        text = _LOST_MOST.sub(f"had the lowest {profits[0].name}", text)
        text = _LOST_MONEY.sub(f"had {profits[0].name} below 0", text)
    text = _units_converted(text, catalog, frame)
    stems = {st for c in catalog.of(frame) for st in c.stems}
    # "the most danceable": danceability, the column's noun for the adjective (profitable, reliable alike)
    text = re.sub(
        r"\b([a-z]{3,})able\b",
        lambda m: f"{m[1]}ability" if f"{m[1]}ability" in stems and m.group().lower() not in stems else m.group(),
        text,
        flags=re.IGNORECASE,
    )
    # "from year to year", "year over year", "month-on-month": per that period
    text = _PERIOD_TO_PERIOD.sub(lambda m: f"per {m['p'].lower()}", text)
    temps = [c for c in catalog.of(frame) if c.numeric and {"temp", "temperature"} & set(c.stems)]
    # (a column an earlier answer added in another scale, "AvgTemperature in Celsius", is not the one kept)
    temps = [c for c in temps if not re.search(r" in (?:Celsius|Fahrenheit)$", c.name)] or temps
    if len(temps) == 1:  # "below freezing": the one temperature column below 0 (32 in Fahrenheit, 273.15 kelvin)
        from .arithmetic import temperature_scale  # the arithmetic module reads questions with this one

        zero = {"F": "32", "K": "273.15"}.get(temperature_scale(temps[0]) or "C", "0")
        text = _FREEZING.sub(lambda m: f"{temps[0].name} {'above' if m['up'] else 'below'} {zero}", text)
    thousands = [c for c in catalog.numeric(frame) if _IN_THOUSANDS.search(c.name)]
    named = [m.column for m in find_mentions(text, catalog, frame) if m.column.numeric and not m.column.id_like]
    named = named if thousands else []
    if len(thousands) == 1 and named == thousands and _SAID_THOUSANDS.search(text):
        # "over 200k SCC" where SCC ('000/ml) is kept in thousands: 200 in the column's own unit
        text = _SAID_THOUSANDS.sub(lambda m: m["n"], text)
    text = _A_SCALE.sub(r"1 \g<unit>", text)  # "at least a million owners": 1 million
    # "over 100m followers" of a column written "475.8m": the m is a million there, as in the data
    lettered = any(c.numeric_text and any(MAGNITUDE.fullmatch(v) for v in c.values) for c in catalog.of(frame))
    # ("the fastest 10k time" of a race whose Distance is 5K or 10K: that value, not ten thousand)
    named_k = {v.strip().lower() for c in catalog.of(frame) if c.categorical for v in c.values if v.strip()}
    text = _SCALED.sub(lambda m: m.group() if m.group().strip().lower() in named_k else _scaled(m, lettered), text)
    text = _late_by(_span_in_units(text, catalog, frame), catalog, frame)
    stock = _NONE_LEFT.search(text)
    if stock and any(m.score >= 100 for m in find_mentions(stock.group(), catalog, frame)):
        stock = None  # a column named so (Shipt's Out of Stock, items missing from an order): that column
    if stock and any(m.column.numeric for m in find_mentions(stock["w"] or "stock", catalog, frame)):
        text = _NONE_LEFT.sub(lambda m: f"{m['w'] or 'stock'} equal to 0", text)
    elif stock:
        # a listing's QUANTITY (Etsy), a product's Available: the one count of what is left, no "stock" named
        left = left_counts(catalog, frame)
        if len(left) == 1:
            text = _NONE_LEFT.sub(f"{left[0].name} equal to 0", text)
    text = _zero_amounts(text, catalog, frame)
    # "exactly one stop" where stops holds "zero", "one", "two_or_more": the value itself, not the number 1
    valued = {v.strip().lower() for c in catalog.of(frame) if c.categorical for v in c.values}
    text = _WORD_BOUND.sub(
        lambda m: m.group() if m["n"].lower() in valued else f"{m['op']} {NUMBER_WORDS.get(m['n'].lower(), 0)}", text
    )
    text = _WORD_OR.sub(lambda m: f"{NUMBER_WORDS.get(m['n'].lower(), 0)} or {m['op']}", text)
    if any(m.column.numeric for m in find_mentions(text, catalog, frame)):
        # "negative vs positive tweets" of a sentiment label: its values, not signs (nor Positive Tests, a name)
        names = tuple(c.name.lower() for c in catalog.of(frame) if c.name.lower().startswith(("positive", "negative")))
        text = _SIGN.sub(
            lambda m: (
                m.group()
                if m["sign"].lower() in valued or m.string[m.start() :].lower().startswith(names)
                else ("below 0" if m["sign"].lower() == "negative" else "above 0")
            ),
            text,
        )
    return text


# Units of one kind of quantity, in a common base unit each: a bound said in one is converted to a column's own.
_SCALES: dict[str, dict[str, float]] = {
    "mass": {"mg": 0.001, "g": 1, "gm": 1, "gms": 1, "gram": 1, "grams": 1, "kg": 1000, "kgs": 1000, "kilo": 1000,
             "kilos": 1000, "kilogram": 1000, "kilograms": 1000, "lb": 453.59237, "lbs": 453.59237,
             "pound": 453.59237, "pounds": 453.59237, "oz": 28.349523125, "ounce": 28.349523125,
             "ounces": 28.349523125, "ton": 1e6, "tons": 1e6, "tonne": 1e6, "tonnes": 1e6},
    "data": {"kb": 1, "mb": 1024, "gb": 1024**2, "tb": 1024**3},
    "length": {"mm": 0.001, "cm": 0.01, "m": 1, "meter": 1, "meters": 1, "metre": 1, "metres": 1, "km": 1000,
               "kms": 1000, "kilometer": 1000, "kilometers": 1000, "kilometre": 1000, "kilometres": 1000,
               "mi": 1609.344, "mile": 1609.344, "miles": 1609.344, "ft": 0.3048, "feet": 0.3048},
    "volume": {"ml": 1, "l": 1000, "litre": 1000, "litres": 1000, "liter": 1000, "liters": 1000},
    "time": {"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "min": 60, "mins": 60, "minute": 60,
             "minutes": 60, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600},
}  # fmt: skip
_UNIT_OF = {unit: kind for kind, units in _SCALES.items() for unit in units}
_SAID_UNITS = "|".join(sorted(set(_UNIT_OF) - {"m"}, key=len, reverse=True))  # "over 2m" is two million, not metres
_AMOUNT_IN_UNIT = _rx(rf"(?<![\w.$€£])(?P<n>\d+(?:\.\d+)?)\s?(?P<u>{_SAID_UNITS})\b")


_PERIOD_TO_PERIOD = _rx(r"\b(?:from\s+)?(?P<p>year|month|week|day|quarter)[\s-]+(?:to|over|on)[\s-]+(?P=p)\b")
_ONE_UNIT = _rx(r"\b(?:an|a|one)\s+(?P<u>hour|minute|second|kilo(?:gram)?|pound|mile|litre|liter)\b")


_LATE_BY = _rx(
    r"\b(?P<verb>arriv\w*|depart\w*|left|land\w*|took\s+off)\s+(?P<b>(?:more|less)\s+than|over|under|at\s+least"
    r"|by\s+more\s+than)\s+(?P<n>an?|\d+(?:\.\d+)?)\s*(?P<u>hours?|hrs?|minutes?|mins?)\s+(?P<way>late|early)\b"
)


def _late_by(text: str, catalog: Catalog, frame: str) -> str:
    """The arrival delay over 60 for "arrived more than an hour late" (minutes, as delay columns count them)."""
    delays = [c for c in catalog.numeric(frame) if "delay" in c.stems]
    if not delays:
        return text

    def said(m: re.Match[str]) -> str:
        n = 1.0 if m["n"].lower() in ("a", "an") else float(m["n"])
        minutes = n * 60 if m["u"].lower().startswith(("hour", "hr")) else n
        way = "arrival" if m["verb"].lower().startswith(("arriv", "land")) else "departure"
        sign = "" if m["way"].lower() == "late" else "-"
        return f"{way} delay {m['b']} {sign}{minutes:g}"

    return _LATE_BY.sub(said, text)


def _units_converted(text: str, catalog: Catalog, frame: str) -> str:
    """A bound said in another unit than the column's: "more than 4 kg" of Weight_in_gms is more than 4000.

    The column's unit is the one its name says ("_in_gms", "(kg)"); a column whose name says none (ram, in MB) is
    the one named whose values hold the converted bound and not the said one ("more than 3gb of ram": 3072).
    """
    numeric = [c for c in catalog.numeric(frame) if not c.id_like]

    def convert(m: re.Match[str]) -> str:
        number, unit = float(m["n"]), m["u"].lower()
        kind = _UNIT_OF[unit]
        scales = _SCALES[kind]
        own = [
            (c, part)
            for c in numeric
            for part in [*re.findall(r"[a-z]+", c.name.lower()), (unit_of(c.values) or "").lower()]
            if part in scales and part != unit and scales[part] != scales[unit]
        ]  # the unit its name says ("Weight_in_gms"), or the one its cells are written in ("142 min")
        if kind == "time" and len({c.name for c, _ in own}) != 1:
            return m.group()  # "over 3 hours" of no column kept in another unit: a length of time said, left alone
        kept = [
            c
            for c in numeric
            for part in [*re.findall(r"[a-z]+", c.name.lower()), (unit_of(c.values) or "").lower()]
            if part in scales and scales[part] == scales[unit]
        ]
        said_of = {x.column.name for x in find_mentions(text, catalog, frame)}
        if kept and not said_of & {c.name for c, _ in own}:
            return m.group()  # "sleep under 6 hours" beside Sleep (hours): that column's own unit, not Meditation (min)
        if len({c.name for c, _ in own}) == 1:
            column, part = own[0]
            value = number * scales[unit] / scales[part]
            return f"{value:g} {column.name}"
        if len(unit) == 1:  # "4g" is a phone network as often as four grams: only a column's own unit converts it
            return m.group()
        named = [
            x.column
            for x in find_mentions(text, catalog, frame)
            if x.column in numeric and not _in_range(x.column, number)
        ]
        for column in named[:1]:
            fits = {
                other: number * scales[unit] / factor
                for other, factor in scales.items()
                if factor < scales[unit] and _in_range(column, number * scales[unit] / factor)
            }
            if len(set(fits.values())) == 1:
                return f"{next(iter(fits.values())):g}"
        return m.group()

    if _ONE_UNIT.search(text):  # "lasted over an hour": one hour, a bound like any other
        said = _ONE_UNIT.sub(lambda m: f"1 {m['u']}", text)
        if _AMOUNT_IN_UNIT.sub(convert, said) != said:
            text = said
    return _AMOUNT_IN_UNIT.sub(convert, text)


_LOST_MONEY = _rx(
    r"\b(?:lost|lose|loses|losing)\s+money\b|\b(?:made|make|makes|making|ran|run|running|posted|reported)\s+an?\s+"
    r"(?:net\s+)?loss\b|\b(?:were|was|are|is)\s+(?:un-?profitable|in\s+the\s+red|loss-?making)\b|\bunprofitable\b"
)
# ("lost the most canopy": a measure of its own lost, not money)
_LOST_MOST = _rx(
    r"\b(?:lost|loses|lose)\s+the\s+most(?:\s+money\b|(?=\s*(?:[?.!,]|$|(?:in|on|over|during|since|this|last)\b)))"
    r"|\bhad\s+the\s+(?:biggest|largest)\s+loss\b"
)
# "over 6 foot", "6ft 2", "6'2": a height said in feet and inches, in inches for a column read as inches
_FEET_SAID = re.compile(
    r"\b(?P<ft>[4-7])\s*(?:foot|feet|ft\.?)(?:\s*(?P<inch>\d{1,2})(?:\s*(?:inches|inch|in)\b)?)?"
    r"|\b(?P<ft2>[4-7])\s*'\s*(?P<inch2>\d{1,2})\b(?:\"|'')?",
    re.IGNORECASE,
)


_ZERO_OF = re.compile(r"\b(?:zero|0)\s+(?P<w>[a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)
_NO_OF = re.compile(r"\b(?P<verb>had|have|has|with)\s+no\s+(?P<w>[a-z][\w]*(?:\s+[a-z]+)?)", re.IGNORECASE)


def _zero_amounts(text: str, catalog: Catalog, frame: str) -> str:
    """A measure said to be none ("burned zero area", "had no rainfall"): the measure equal to 0.

    A word that is also a label's value ("no rain" where weather = rain) is left to the label.
    """

    def said(m: re.Match[str]) -> str:
        words = m["w"]
        named = [x for x in find_mentions(words, catalog, frame) if x.score >= 55]
        if not named or not all(x.column.numeric and not x.column.id_like for x in named) or len(named) > 1:
            return m.group()
        if find_values(words, catalog, frame, []):
            return m.group()
        return f"{words[: named[0].end]} equal to 0{words[named[0].end :]}"

    def without(m: re.Match[str]) -> str:
        named = [
            x.column
            for x in find_mentions(f"{m['verb']} {m['w']}", catalog, frame)
            if x.column.numeric and not x.column.id_like and x.score >= 50
        ]
        if len(named) != 1 or find_values(m["w"], catalog, frame, []):
            return m.group()
        return f"with {named[0].name} equal to 0"

    def none_had(m: re.Match[str]) -> str:
        named = [x for x in find_mentions(m["w"], catalog, frame) if x.score >= 55]
        if len(named) != 1 or not (named[0].column.numeric and named[0].column.complete):
            return m.group()  # a column with blanks: "had no rating" may ask for the blanks
        return f"{m['verb']} {said(m)}" if named[0].column.low == 0 else m.group()

    def nothing(m: re.Match[str]) -> str:
        named = {
            x.column.name: x.column
            # (the past names what was made: "make" alone is as often money, "made" is also production)
            for x in find_mentions(re.sub(r"(?i)^makes?$", "made", m["verb"]), catalog, frame)
            if x.column.numeric and not x.column.id_like and x.score >= 40
        }
        lone = lone_measure(catalog, frame)
        if len(named) == 1:
            return f"{m['verb']} {next(iter(named))} equal to 0"
        return f"{m['verb']} {lone.name} equal to 0" if not named and lone is not None else m.group()

    def dry(m: re.Match[str]) -> str:
        rain = _rain_of(text, catalog, frame)
        return m.group() if rain is None else f"{m['unit']} with {rain[0].name} equal to 0"

    def rained(m: re.Match[str]) -> str:
        rain = _rain_of(text, catalog, frame)
        return m.group() if rain is None or not rain[1] else f"{m['unit'] or m['rainy']} with {rain[0].name} above 0"

    # "without winning a single stage": stage_wins equal to 0 (the verb tells it from stages_led)
    text = _NOTHING.sub(nothing, _RAINED.sub(rained, _DRY.sub(dry, text)))
    return _WITHOUT_ANY.sub(without, _NO_OF.sub(none_had, _ZERO_OF.sub(said, text)))


# "days it made nothing", "did we produce nothing": the amount made, or the file's one measure, equal to 0
_NOTHING = _rx(
    r"\b(?P<verb>made|make|makes|produced?|produces|generated?|generates|earned|earns?|sold|sells?|raised)"
    r"\s+nothing\b"
)


# "completely dry days": the rain, or the file's one measure, equal to 0 (a dry day is one without rain)
def _rain_of(text: str, catalog: Catalog, frame: str) -> tuple[Column, bool] | None:
    """The column a dry or a rainy day is read on, and whether it is named for rain (not the file's one measure).

    None when a label says it rained (RainToday, weather = rain) or wet and dry are compared: read as such.
    Only asked when a dry or rainy day is said (it looks at every label's values).
    """
    wet = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & {"rain", "rainfall", "precip", "precipitation", "prcp"} and not c.id_like
    ]
    rain = wet[0] if len(wet) == 1 else lone_measure(catalog, frame) if not wet else None
    said_rain = any(
        not c.numeric and ("rain" in c.stems or any(v.strip().lower() in ("rain", "rainy") for v in c.values))
        for c in catalog.of(frame)
    )
    if rain is None or said_rain or re.search(r"\bvs\.?(?!\w)|\bversus\b|\bcompared?\b", text, re.I):
        return None
    return rain, bool(wet)


# "how many days did it rain", "rainy days": the rain above 0 (of a column named for rain only)
_RAINED = _rx(
    r"\b(?:(?P<unit>days?|hours?)\s+(?:did|has|had|was)?\s*it\s+(?:rain(?:ed)?|raining)|rainy\s+(?P<rainy>days?))\b"
)
_DRY = _rx(r"\b(?:(?:completely|totally|entirely)\s+)?dry\s+(?P<unit>days?|weeks?|months?|hours?)\b")


# a verb is needed: "games without a year" lack the value, "without winning a stage" have none of the count
_WITHOUT_ANY = re.compile(r"\bwithout\s+(?P<verb>[a-z]+ing)\s+(?:a\s+single|any|a|an)\s+(?P<w>[a-z]+)", re.IGNORECASE)


_PER_NOUN = re.compile(r"\b(?:per|each|every)\s+([a-z]+)\b")


def _per_row(unnamed: str, names: list[Mention]) -> str:
    """The text without "per <noun>" when the noun names no column nor a period: "goals per game" averages rows.

    "per month" still groups by the calendar, and "per store" by the store column.
    """

    def drop(m: re.Match[str]) -> str:
        noun = m.group(1)
        if noun in TIME_WORDS or stem(noun) in TIME_WORDS:
            return m.group()
        if re.match(r"(?:[a-z]+\s+)?(?:on\s+)?(?:average|avg)\b", unnamed[m.start(1) :]) and any(
            n.column.categorical and n.end <= m.start() for n in names
        ):
            return " " * len(m.group())  # "which type costs most per job on average": each row a job, averaged
        if noun in STOP:
            return m.group()
        reach = m.end(1) + 13  # the noun, or a column named right after it (its own words are blanked out)
        if any(n.start < reach and n.end > m.start(1) for n in names):
            return m.group()  # "per store", "per arrival month": a column follows (its words may start later)
        if any(m.start() < n.start and n.end <= m.start(1) for n in names):
            return m.group()  # "for each severity level": the column said before its noun (blanked out here)
        return " " * len(m.group())

    return _PER_NOUN.sub(drop, unnamed)


_WHO = re.compile(
    r"\b(?:who|that|which)\s+(?P<not>(?:have|has|had|did|do|does)\s*n[o']?t\s+|never\s+|not\s+)?(?:\w+\s+)?$"
)


def _event_filters(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """Rows an event happened to, said about them ("accounts that haven't churned": churned = 0), as a filter.

    Only for a measure asked about those rows (the flag itself asked for is counted or rated by the kinds).
    """
    mentions = find_mentions(text, catalog, frame)
    flags = [m for m in mentions if m.column.formula is not None and m.column.formula[1] == "notna"]
    measures = [m for m in mentions if m.column.numeric and not m.column.flag and not m.column.id_like]
    if len(flags) != 1 or not measures:
        return [], text
    m = flags[0]
    who = _WHO.search(text[: m.start])
    if who is None:
        return [], text
    value = 0 if who["not"] else 1
    return [{"column": m.column.name, "op": "==", "value": value, "part": None}], _blank(text, who.start(), m.end)


_NUMBERED = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?P<w>[a-z]+)\b", re.IGNORECASE
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def numbered_filters(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """A count said before the thing counted names rows by it: "a 2 bed flat" (Beds = 2), "4-cylinder cars".

    Only for a column of a few whole numbers that the word names, and never with a bound or a period in between
    ("over 2 beds", "3 months").
    """
    out: list[dict[str, Any]] = []
    mentions = find_mentions(text, catalog, frame)
    for said in _NUMBERED.finditer(text):
        if re.search(r"(?:over|under|above|below|than|least|most|top|first|last|bottom|of)\s*$", text[: said.start()]):
            continue
        word = said.span("w")
        named = [m for m in mentions if m.start == word[0] and m.via in ("name", "partial", "prefix", "root")]
        if not named:  # "4 bedroom places" of Beds: the word a synonym of the column's one word
            named = [m for m in mentions if m.start == word[0] and m.via == "synonym" and len(m.column.stems) == 1]
        column = named[0].column if len(named) == 1 else None
        if column is None or not column.few_values or column.is_date or column.year_like:
            continue
        raw = said.group("n").lower()
        n = _SMALL.get(raw) or int(raw)
        if column.low is not None and column.high is not None and not column.low <= n <= column.high:
            continue
        out.append({"column": column.name, "op": "==", "value": n, "part": None})
        text = _blank(text, said.start(), named[0].end)
    # ... and after it: "on shelf 3", "in cluster 2" (a label that happens to be a number)
    mentions = find_mentions(text, catalog, frame)
    for m in mentions:
        # ("rides started in district 9": Council District (Start) named by its qualifier, its own noun after)
        gap = re.match(r"\s+(?:in|at|from|to)\s+(?:the\s+)?(?P<w>(?:[a-z]+\s+){1,2}?)(?=#?\s*\d)", text[m.end :], _I)
        skip = gap.end() - 1 if gap and all(stem(w) in m.column.stems for w in gap["w"].lower().split()) else 0
        after = re.match(
            r"\s*(?:#\s*|no\.?\s*|number\s+)?(?P<n>\d{1,3})\b(?!\s*(?:%|[.,]\d|(?:months?|years?|days?|weeks?|hours?|mins?|minutes?|times|or|to|and|-)\b))",
            text[m.end + skip :],
            _I,
        )
        column = m.column
        inside = None
        if m.via == "scattered":  # "level 1 inspections" of INSP_LEVEL_ID: the number after one of its words
            words_of = "|".join(re.escape(p) for p in column.stems if p.isalpha() and len(p) >= 3)
            numbered = rf"\b(?:{words_of})s?\s+#?(?P<n>\d{{1,3}})\b"
            inside = re.search(numbered, text[m.start : m.end], _I) if words_of else None
            after = after or inside
        if after is None or not column.few_values or column.is_date or column.year_like or m.via == "time":
            continue
        n = int(after["n"])
        if column.low is None or column.high is None or not column.low <= n <= column.high:
            continue
        out.append({"column": column.name, "op": "==", "value": n, "part": None})
        if after is inside and inside is not None:
            text = _blank(text, m.start + inside.start("n"), m.start + inside.end("n"))
        else:
            text = _blank(text, m.start, m.end + skip + after.end())
    return out, text


_LEFT_OUT = _rx(
    r"\b(?:not\s+counting|excluding|exclude|without|leaving\s+out|leave\s+out|except(?:\s+for)?|ignoring|minus)"
    r"\s+(?:the\s+|any\s+|all\s+)?$"
)


_SET_SIDE_BY_SIDE = _rx(
    r"\b(?:correlat\w*|relat\w*|affect\w*|impact\w*|predict\w*|associat\w*|depend\w*|differ\w*|compar\w*|vs\.?"
    r"|versus|than|more|less|fewer|higher|lower)\b"
)


def _flag_filters(text: str, catalog: Catalog, frame: str) -> tuple[list[dict[str, Any]], str]:
    """A yes/no label said right before a measure ("billable hrs": Billable (Y/N) = Y) keeps the rows it marks."""
    mentions = find_mentions(text, catalog, frame)
    out: list[dict[str, Any]] = []
    for m in mentions:
        yes = yes_value(m.column)
        after = [o for o in mentions if o.start >= m.end and not text[m.end : o.start].strip()]
        measured = bool(after) and after[0].column.numeric
        # "which county has the most deficient bridges": the rows (bridges) a Y/N label marks, counted per group
        counted = (
            not measured
            and (m.column.n_unique or 3) == 2
            and m.via != "name"
            and re.search(r"\b(?:most|fewest|least|many|number\s+of)\s+(?:not\s+)?$", text[: m.start], _I)
            and (rows := re.match(r"\s+([a-z]{3,}s)\b", text[m.end :], _I)) is not None
            and not find_mentions(rows.group(1), catalog, frame)
        )
        if m.column.categorical and yes is not None and (measured or counted):
            # ("the most unsold trays", "the most not sold trays": the rows the label does not mark)
            unsaid = re.match(r"(?:un|non-?)", m.word, _I) and not any(
                p.startswith(("un", "non")) for p in m.column.stems
            )
            negated = bool(unsaid) or re.search(r"\bnot\s+$", text[: m.start], _I) is not None
            out.append({"column": m.column.name, "op": "!=" if negated else "==", "value": yes, "part": None})
            text = _blank(text, m.start, m.end)
    measures = [o for o in mentions if o.column.numeric and not o.column.id_like and not o.column.flag]
    for m in mentions:
        # "average fee of cancelled bookings", "emails with attachments", "bookings that were cancelled": a measure
        # over the rows a yes/no label marks (or does not: "without attachments", "weren't cancelled")
        c = m.column
        marks: Any = (
            True if c.kind == "bool" else 1 if (c.flag and c.numeric) else yes_value(c) if c.categorical else None
        )
        if marks is None or not measures or any(f["column"] == c.name for f in out) or m in measures:
            continue
        if _SET_SIDE_BY_SIDE.search(text):
            continue  # "do coastal towns have more arrests?", "is lead time correlated with cancelations": both sides
        before = text[: m.start]
        if re.search(r"\b(?:by|per|each|vs\.?|versus|whether|or|and|between)\s+$", before, _I):
            continue  # a split, not a condition
        noun = re.match(r"\s+([a-z]{3,}s)\b", text[m.end :], _I)
        marked = noun is not None and not find_mentions(noun.group(1), catalog, frame)
        # "the average price members paid", "non-members": the rows of a Member (Y/N) said as its people
        # ("ticket money from school groups" of a School Group (Y/N): the rows it marks, named in the plural)
        said_words = tuple(stem(w) for w in re.findall(r"[a-z]+", m.word.lower()))
        marked = marked or (
            c.categorical and c.stems == said_words and m.word.lower().endswith("s") and len(m.word) >= 5
        )
        said_of = re.search(
            r"\b(?:that|which|who)\s+(?:were|are|was|is|got|get|have\s+been|had\s+been)\s+(?P<no>not\s+|n't\s+)?$"
            r"|\b(?P<with>with|without|w/o)\s+(?:an?\s+|any\s+)?$"
            r"|\b(?:that|which|who)\s+(?P<neg>weren't|aren't|wasn't|isn't)\s+$"
            # "the bids we won": the rows the speaker's own verb marks
            r"|\b(?:the|those|all|from|on|for)\s+[a-z]{3,}s\s+(?:that\s+)?(?:we|i|they|you)\s+(?:have\s+|had\s+|actually\s+)?$",
            before,
            _I,
        )
        if not (marked or said_of):
            continue
        negated = bool(
            said_of
            and (
                said_of.group("no")
                or said_of.group("neg")
                or (said_of.group("with") or "").lower() in ("without", "w/o")
            )
        ) or bool(re.search(r"\b(?:not|non|un)[\s-]*$", before, _I))
        out.append({"column": c.name, "op": "!=" if negated else "==", "value": marks, "part": None})
        text = _blank(text, m.start, m.end)
    for m in mentions:
        # "not counting the cancelled ones", "excluding refunded": the rows a yes/no label does not mark
        yes = yes_value(m.column)
        left_out = _LEFT_OUT.search(text[: m.start])
        if m.column.categorical and yes is not None and m.score >= 90 and left_out and (m.column.n_unique or 3) == 2:
            out.append({"column": m.column.name, "op": "!=", "value": yes, "part": None})
            text = _blank(_blank(text, m.start, m.end), left_out.start(), left_out.end())
    for c in catalog.of(frame):
        if c.kind != "bool" or len(c.stems) != 1 or any(f["column"] == c.name for f in out):
            continue
        # "the winning songs", "winners" of a TRUE/FALSE winner column: the rows it marks
        base = re.sub(r"(.)\1?er$", r"\1", c.stems[0])
        forms = {f"{c.stems[0]}s", f"{base}ing", f"{base}{base[-1]}ing"} if base != c.stems[0] else set()
        said = re.search(rf"\b({'|'.join(map(re.escape, sorted(forms)))})\b", text, _I) if forms else None
        if said and not re.search(r"\b(?:by|per|each|vs\.?|versus|whether|rate|or)\s+$", text[: said.start()], _I):
            out.append({"column": c.name, "op": "==", "value": True, "part": None})
            text = _blank(text, said.start(), said.end())
    return out, text


_BUSY = _rx(r"\b(?:busiest|busier|quietest|quieter|most\s+traffic|least\s+traffic|peak(?:ed|s)?)\b")
# counts of comings and goings: what "busiest" ranks (TfL's Entries, a station's boardings, a venue's visits)
_COUNT_PARTS = EVENT_COUNTS | frozenset(
    {"cnt", "entry", "boarding", "passenger", "rider", "ridership", "visit", "visitor", "stream", "click"}
    | {"footfall", "arrival", "departure", "trip", "ride", "attendance", "attendee", "admission", "patron", "guest"}
    | {"pint", "cover"}  # a taproom's Pints Poured, a restaurant's covers: how busy a day was
    # the people a day of a field, a rink or a course let play (a paintball field's Players; not a trampoline
    # ticket's Jumpers, each sale's own party: its rows are the comings counted)
    | {"player", "skater", "golfer"}
    | {"served"}  # a pantry's Individuals Served, a kitchen's Meals Served
    | {"aadt", "adt", "traffic"}  # a road's annual average daily traffic: "the busiest road"
    | {"ops", "operation", "movement", "landing", "takeoff"}  # an airport's TOTAL_OPS: takeoffs and landings
)
_THINGS_PER = _rx(r"\b([a-z]{3,}s)\s+(?:by|per|each|every|a)\s+(?:hour|day|weekday|week|month|quarter|year|season)")


def _busiest_count(low: str, names: list[Mention], catalog: Catalog, frame: str) -> list[Mention]:
    """The one count column of a table of counts per slot, for "busiest" when no measure is named.

    "Which hour is busiest" on hourly rows with a Rented Bike Count: that count per hour, not rows per hour
    (every hour has as many rows).
    """
    said = _BUSY.search(low)
    grouping = re.compile(r"\b(?:which|what|each|per|by|every)\s+$")
    if said is None or any(
        m.column.numeric and not m.column.id_like and not m.column.is_date and not grouping.search(low[: m.start])
        for m in names
    ):
        return []  # a measure is named ("busiest by revenue"); "which hour" only groups
    rows = catalog.rows.get(frame, 0)
    if any(c.is_date and c.n_unique and c.n_unique * 2 >= rows for c in catalog.of(frame)):
        return []  # a time on (nearly) every row: each row is one event (a taxi trip), and rows are counted
    things = _THINGS_PER.search(low)
    if things and stem(things.group(1)) not in TIME_WORDS:
        return []  # "plot trips by month, which was busiest": the things counted are the rows
    counts = [
        c
        for c in catalog.numeric(frame)
        if not c.id_like
        and not c.is_date
        # (or a count averaged over the days, a stop's AVG_WKDY_BOARDINGS: a busy stop has the most of them)
        # (a road's AADT, its annual average daily traffic, the same)
        and (
            c.additive
            or bool(set(c.stems) & {"avg", "average", "mean", "wkdy", "weekday", "daily", "aadt", "adt"})
            # (a warming center's Guests Checked In: the people a night took in, however the name goes on)
            or (bool(set(c.stems) & {"guest", "visitor", "patron", "attendee"}) and (c.low or 0) >= 0)
        )
        and _COUNT_PARTS & set(c.stems)
        # (a trip's Trip Duration or Trip Distance measures each trip, it counts none)
        and not set(c.stems) & {"duration", "time", "length", "distance", "mile", "km", "minute", "second", "hour"}
        # (a message's Word Count measures the message: a busy month of a chat has the most messages)
        and not set(c.stems) & {"word", "character", "char", "letter", "page", "byte", "line"}
        # (a booking's Guests, a party of 0 to 6: something each row has, not a count of a slot's comings)
        and not (c.high is not None and c.high <= 10)
    ]
    if len(counts) > 1:  # TfL's entries on each kind of day beside its Annualised En/Ex: the year's whole count
        whole = [
            c
            for c in catalog.numeric(frame)
            if not c.id_like
            and c.additive
            and (
                set(c.stems) & {"annualised", "annualized", "annual", "yearly"} or (c in counts and "total" in c.stems)
            )
        ]
        counts = whole if len(whole) == 1 else counts
    if len(counts) > 1:  # a pantry's Individuals Served beside its Households Served: the people
        people = [c for c in counts if set(c.stems) & {"individual", "people", "person", "persons"}]
        counts = people if len(people) == 1 else counts
    if len(counts) != 1:
        return []
    return [Mention(counts[0], said.start(), said.end(), 40, said.group(), "synonym")]


def _rate_unit_dropped(low: str, names: list[Mention]) -> list[Mention]:
    """A rate's unit said beside a grouping: "average rentals per hour in each season" on hourly rows.

    Only a period column kept as a number (Hour 0-23: each row is one hour), and only beside another grouping.
    """
    grouped = [
        m
        for m in names
        if m.column.categorical
        and re.search(r"\b(?:in\s+each|for\s+each|by|across|each)\s+(?:the\s+)?$", low[: m.start])
    ]
    if not grouped:
        return names
    return [
        m
        for m in names
        if not (
            m.column.numeric
            and not m.column.is_date
            and stem(m.word.lower()) in ("hour", "day", "week", "month")
            and re.search(r"\bper\s+$", low[: m.start])
            and m.start < grouped[0].start
        )
    ]


def parse(question: str, catalog: Catalog, frame: str) -> Hints:
    """Read a question against the columns of `frame`."""
    text = _GROUP_BY.sub(lambda m: "by".ljust(len(m.group())), question)
    hints = Hints(question=question)
    hints.clear_filters = bool(_CLEAR.search(text))
    if hints.clear_filters:
        text = _CLEAR.sub(lambda m: " " * len(m.group()), text)
    hints.clear_filters = hints.clear_filters or bool(_OVERALL_END.search(text))
    worded, text = _word_filters(text, catalog, frame)
    against, text = _column_compares(text, catalog, frame)
    against += worded
    whole, text = _numbered_values(text, catalog, frame)
    against += whole
    conditions, text = _conditions(text, catalog, frame, hints.unresolved, hints.reached)
    conditions = against + conditions
    numbered, text = numbered_filters(text, catalog, frame)
    conditions += numbered
    months, text = _month_filters(text, catalog, frame)  # before values: "in Q3" is a quarter, not a code
    values, text = _value_filters(text, catalog, frame)
    shops, text = _merchant_filters(text, catalog, frame)
    domains, text = _domain_filters(text, catalog, frame)
    values += shops + domains
    events, text = _event_filters(text, catalog, frame)
    flagged, text = _flag_filters(text, catalog, frame)
    hints.filters = _route(conditions + values + months + events + flagged, question, catalog, frame)
    # "avg house value by ocean proximity ..., and whats the avg for inland?": the column groups, the table of
    # every group answers the value's part too; it does not narrow the rows
    grouped = {
        m.column.name
        for m in find_mentions(text, catalog, frame)
        if m.column.categorical
        and re.search(r"\b(?:by|per|for\s+each|each|every|across)\s+(?:the\s+)?$", text[: m.start].lower())
    }
    hints.filters = [f for f in hints.filters if not (f["column"] in grouped and f["op"] in ("==", "in"))]

    low = text.lower()
    # A label column pinned to one value ("the North station") is a filter, not a column to plot.
    pinned = {f["column"] for f in hints.filters if f["op"] == "==" and f.get("part") is None}
    names = [m for m in find_mentions(text, catalog, frame) if not (m.column.categorical and m.column.name in pinned)]
    # "average cars parked on rainy days": the rainy rows, not a group per day of the dates
    if any(m.via == "time" and re.fullmatch(r"(?i)days?|nights?", m.word) for m in names):
        said_values = find_values(question, catalog, frame, [])
        names = [
            m
            for m in names
            if not (
                m.via == "time"
                and re.fullmatch(r"(?i)days?|nights?", m.word)
                and any(v.end < m.start and not question[v.end : m.start].strip() for v in said_values)
            )
        ]
    # "the most records": the rows counted, not a column that only starts with the word (record_duration)
    names = [
        m
        for m in names
        if not (
            m.score < 90
            and _ROWS.fullmatch(m.word)
            and re.search(r"\b(?:most|fewest|least|number\s+of|how\s+many|count\s+of)\s+$", low[: m.start])
        )
    ]
    unnamed = low
    # (a pinned column's name is no word of the question either: "for Violation Description X" asks no overview)
    said_names = names + [m for m in find_mentions(text, catalog, frame) if m.column.name in pinned and m.score >= 90]
    for m in said_names:
        if m.via in ("name", "partial"):
            # "the hottest temp" read as tmpf in part: "hottest" still ranks (not of a name said whole)
            ranking = _EXTREME.match(low, m.start) if m.via == "partial" and m.score < 90 else None
            if ranking and not ranking.group().endswith("est"):
                ranking = None  # ("minimum wage" of State.Minimum.Wage is the name, not "the lowest")
            unnamed = _blank(unnamed, ranking.end() if ranking and ranking.end() < m.end else m.start, m.end)
    hints.greeting = bool(_GREETING.search(question))
    hints.help = bool(_HELP.search(question))
    # ("how many classifications have i done" of a Zooniverse export: the rows, no model to fit)
    hints.out_of_scope = any(
        not (
            catalog.names_subject(frame, said.group())
            or any(root(stem(said.group())) in {root(s) for s in c.stems} for c in catalog.of(frame))
        )
        for said in _OUT_OF_SCOPE.finditer(unnamed)
    )

    _fit(unnamed, hints)
    hints.log = _scale(unnamed)
    chart_text = _LINEAR_PHRASES.sub(" ", unnamed)
    hints.chart = next((kind for kind, pattern in _CHARTS if pattern.search(chart_text)), None)
    hints.plot = bool(_PLOT.search(unnamed))
    hints.plot_verb = bool(re.search(r"\b(?:plot|chart|graph|draw|visuali[sz]e)\b", unnamed, _I))
    hints.time_axis = bool(_TIME_AXIS.search(unnamed))
    both = _BOTH_ENDS.search(unnamed)
    rows = catalog.rows.get(frame, 0)
    per_group = [
        m
        for m in names
        if re.search(r"\bper\s+(?:the\s+)?$", low[: m.start])
        and (m.column.categorical or m.column.few_values)
        and (m.column.n_unique or 0) < 0.9 * rows  # "per country" where each row is one: no groups
    ]
    if both and not (per_group and both.group().split()[0] not in ("min", "minimum", "lowest", "max", "maximum")):
        # "its min and max": the column described, not its lowest row
        size = both.end() - both.start()  # the text keeps its length: spans found earlier stay where they were
        unnamed = unnamed[: both.start()] + "describe".ljust(size)[:size] + unnamed[both.end() :]
    unnamed = _ranking(hints, unnamed, catalog, frame)
    hints.rows_word = bool(_ROWS.search(unnamed))
    hints.correlation = _correlation(unnamed)
    measures = [m for m in names if m.column.numeric and not m.column.id_like and not m.column.is_date]
    # (the question itself, not what is left unnamed: "am i slower on rides with more climbing", slower of speed)
    if hints.correlation is None and len({m.column for m in measures}) == 2 and _TOGETHER.search(low):
        hints.correlation = "pair"  # two comparatives over two measures: do they go up together?
    if (
        hints.correlation == "most"
        and len({m.column.name for m in measures}) == 2
        and not _DRIVERS.search(unnamed)
        and not re.search(r"\b(?:which|what)\s+(?:column|variable|feature|factor|one)", unnamed, _I)
    ):
        hints.correlation = "pair"  # "are more selective schools ... associated with higher earnings": those two
    hints.overview = bool(_OVERVIEW.search(unnamed))
    hints.unknown = _unknown_column(unnamed, catalog, frame) if not names else None
    if hints.unknown is None and not names:
        # "who is the most borrowed author?", where no column holds authors
        hints.unknown = _unknown_column(unnamed, catalog, frame, _RANKED_SLOT)
    if hints.unknown is None and not any(m.column.numeric for m in names):
        # "average cholesterol by clinic": the measure is missing, whatever else is named
        hints.unknown = _unknown_column(unnamed, catalog, frame, _MEASURE_SLOT)
    if hints.unknown is None and hints.agg in ("mean", "median") and not any(m.column.numeric for m in names):
        # "how many bathrooms do the homes have on average": an average count of a thing no column holds
        said = _unknown_column(unnamed, catalog, frame, _COUNT_SLOT)
        hints.unknown = said if said and not _ROWS.search(said) else None
    if hints.unknown is None and not any(m.column.numeric for m in names):
        # "how much do customers tip on average?", where no column holds tips
        hints.unknown = _unknown_column(unnamed, catalog, frame, _VERB_SLOT)
    frame_measures = [c for c in catalog.numeric(frame) if not c.id_like and not c.time]
    if (
        hints.unknown is None
        and any(m.column.categorical for m in names)
        and not any(m.column.numeric for m in names)
        and len(frame_measures) > 1
    ):
        # "which ward had the lowest turnout?", where no column holds turnout: not the count of rows per ward (a
        # frame with one measure means it)
        said = _unknown_column(unnamed, catalog, frame, _AMOUNT_SLOT)
        if said and not _rows_said(said, catalog, frame):
            hints.unknown = said
    if hints.unknown is None and not any(m.column.numeric for m in names):
        # "which team scored the most goals": a quantity a verb of doing gathers, that no column holds (not rows,
        # which "has/had the most" counts)
        said = _unknown_column(unnamed, catalog, frame, _GATHERED_SLOT)
        if said and not _rows_said(said, catalog, frame):
            hints.unknown = said
    if against and not names:
        hints.unknown = None  # "what share of games had home_score above away_score": the games are the rows
    hints.same_for = bool(_SAME.search(unnamed))
    hints.refers_back = bool(_BACK.search(unnamed))

    by = _BY.search(_per_row(unnamed, names))
    if by and not any(m.start >= by.end() for m in names):
        after = re.match(r"\s*", question[by.end() :].lower())
        at = by.end() + (after.end() if after else 0)
        if any(v.start == at for v in find_values(question, catalog, frame, [])):
            by = None  # "the ones found by imaging", "paid by card": how, a value; nothing groups

        elif by.group().lower() == "across" and re.match(r"[a-z]+s\b\s*[?.!]*\s*$", question[at:].lower()):
            by = None  # "the average rate across schools": over all the rows, which no column names
        elif by.group().lower() == "across" and re.search(
            r"\b(?:came|come|comes|went|go|goes|gone|got|get|gets|walked|ran|run|rolled)\s+$",
            question[: by.start()].lower(),
        ):
            by = None  # "pounds of cardboard came across the scale": where it went, nothing groups
    hints.by = by.start() if by else None
    seen: set[str] = set()  # "how heavy is the heaviest": one column said twice is one mention
    unique = []
    for m in names:
        if m.column.name not in seen:
            seen.add(m.column.name)
            unique.append(m)
    if len(unique) >= 2:  # "how many titles were added each year": the titles are the rows, each its own name
        unique = [
            m
            for m in unique
            if not (
                m.column.categorical and catalog.names_rows(m.column) and re.search(r"\bhow\s+many\s+$", low[: m.start])
            )
        ]
    if hints.filters:  # "on how many days was the close above the open": the days are the rows counted
        unique = [m for m in unique if not (m.via == "time" and re.search(r"\bhow\s+many\s+$", low[: m.start]))]
    names = _rate_unit_dropped(low, unique) + _busiest_count(low, names, catalog, frame)
    hints.mentions = names
    hints.connective = _connective(text, names)
    kept = flags_kept(catalog, frame, question)  # "when the shops are actually open": Open = 1
    for flag in kept:
        if not any(f["column"] == flag.name for f in hints.filters):
            hints.filters.append({"column": flag.name, "op": "==", "value": 1, "part": None})
    hints.mentions = [m for m in hints.mentions if m.column not in kept]
    numbers = [
        m.column.name
        for m in names
        if m.column.numeric and not m.column.id_like and not m.column.coded  # BOROUGH 1-5 is a label, not a measure
    ]
    if ZEROS.search(low) and len(numbers) == 1 and not any(f["column"] == numbers[0] for f in hints.filters):
        hints.filters.append({"column": numbers[0], "op": "!=", "value": 0, "part": None})  # "ignoring zeros"
    code = IGNORE_NUMBER.search(low)
    if code and len(numbers) == 1 and not any(f["column"] == numbers[0] for f in hints.filters):
        n = float(code.group("n"))  # "ignore the -1 values": a code for unknown, left out of the measure
        hints.filters.append({"column": numbers[0], "op": "!=", "value": int(n) if n.is_integer() else n, "part": None})
    for m in names:
        c = m.column
        if (
            c.unknown_code is not None
            and not masks_unknown(c)  # read as missing by the cell already
            and c.name in numbers
            and not any(f["column"] == c.name for f in hints.filters)
            and not re.search(r"(?<![\w.])-\s?1\b|\bunknown|\bmissing", low)
        ):  # "average company rating": -1 codes an unknown rating, so it is left out, and the reading says so
            hints.filters.append({"column": c.name, "op": "!=", "value": c.unknown_code, "part": None})
    if (
        hints.agg is None
        and hints.by is None
        and not hints.chart
        and not hints.plot
        and not re.search(r"\bvs\.?\b|\bversus\b|\bcompar", low)
    ):
        # "what's tokyo's average temperature" of AvgTemperature: the name is said, and so is the average of it
        lead = [
            re.match(r"(?:average|avg|mean|median)\b", low[m.start : m.end])
            for m in names
            if m.via == "partial" and re.match(r"(?:average|avg|mean|median)", m.column.name.lower())
        ]
        said = next((x.group() for x in lead if x), None)
        hints.agg = {"median": "median"}.get(said or "", "mean") if said else None
    if hints.agg is None and _GOT_IN.search(low) and any(m.column.numeric for m in names):
        hints.agg = "sum"  # "how much did i get in tips in 2024": all of it, not the mean tip
    lead_total = re.match(r"\W*(?:(?:what|how\s+many)\s+(?:is|was|were|are)\s+)?(?:the\s+|our\s+|my\s+)?total\b", low)
    if (
        hints.agg is None
        and hints.by is None
        and not hints.chart
        and not hints.plot
        and lead_total is not None
        and any(
            m.column.numeric and m.column.stems[:1] == ("total",) and m.start <= lead_total.end() - 5 for m in names
        )
    ):
        hints.agg = "sum"  # "total visitors in 2022?" of Total Visitors: its name said, and the sum asked too
    return hints


_GOT_IN = _rx(
    r"\bhow\s+much\s+(?:did|do|have|has)\s+(?:i|we|you|they)\s+(?:get|got|gotten|make|made|earn|earned|receive|"
    r"received|collect|collected)\s+(?:in|from)\s+"
)
