"""Offline analyst: the loaded columns as their profiles describe them, and what a question named.

`Column` and `Catalog` are read from the profiles printed by `profile_code` (what a column holds, whether it is
a date, a record code, a number that adds up); `Mention` and `ValueMention` are a column or a value found in a
question. Also here: the columns that each stand for one period of a wide table, and the record code whose
subject a word is.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property, lru_cache
from typing import Any

from .glossary import described, value_meanings
from .words import (
    ADDITIVE_WHOLE_WORDS,
    ADDITIVE_WORDS,
    BIRTH_STEMS,
    CLOCK_PERIODS,
    CURRENCY,
    DURATION_PARTS,
    FLAG_ONLY,
    NOT_ADDITIVE_WORDS,
    ORDER_WORDS,
    PERSONS,
    SIDE_CHARGES,
    TAXES,
    TIME_DOING,
    TIME_WORDS,
    UNITS,
    WHOLE_TAIL,
    abbreviates_any,
    stem,
    words,
)

_AMBIGUOUS_SHORT = frozenset({"exp", "rev", "inc", "pro", "con", "del"})
_KARAT = frozenset({"karat", "carat", "kt"})


_DASHED = re.compile(r"(?P<head>[A-Za-z]+)\s+[-\u2013:]\s+\w")


def marks_only(values: tuple[str, ...]) -> bool:
    """Whether the values seen only say yes or no (Sold "Y"/"N", "TRUE"/"FALSE"): a mark, no amount or code."""
    return bool(values) and {v.strip().lower() for v in values} <= {"y", "n", "yes", "no", "true", "false"}


_COORDINATES = {"lat": "latitude", "lng": "longitude", "lon": "longitude"}
_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "upper", "lower", "new", "greater", "inner", "outer", "mid", "city"}
)


# Postcodes and phone numbers by their column's name, written in digits
ZIP_NAME = re.compile(
    r"(?i)(?:^|[_\W]|(?<=[a-z]))(?:zip(?:[\s_]?code)?5?|postcode|postal[\s_]?code|phone(?:[\s_]?number)?|fax)(?:$|[_\W])"
)
# a place known by its number: a city's wards, council districts, police precincts and beats
_AREA_NUMBER = re.compile(
    r"(?i)(?:council[\s_]*|city[\s_]*)?(?:ward|district|precinct|beat)(?:[\s_]*(?:no|num|number|#))?"
)
# The kinds of work hours a timesheet keeps apart (Tempo's Billed Hours, a payroll's Overtime Hours)
_HOURS_OF_WORK = frozenset(
    {"billed", "billable", "logged", "worked", "overtime", "regular", "paid", "approved", "tracked", "actual", "total"}
    # ... and hours a place was shut or down (a pool's Closed Hours, a line's Downtime Hours): they add up too
    | {"closed", "closure", "downtime", "down", "outage", "idle", "delay", "delayed"}
    | {"volunteer", "volunteered", "service", "labor", "labour", "firing"}  # a pantry's Volunteer Hours
)


@dataclass(frozen=True)
class Column:
    """One column of a loaded DataFrame, as its profile describes it."""

    frame: str
    name: str
    kind: str
    dtype: str = ""
    date_format: str | None = None
    is_date: bool = False
    time_of_day: bool = False  # a clock time kept beside a date (order_time): read for "which hour" only
    ordered: bool = False
    year_like: bool = False
    additive: bool = False
    values: tuple[str, ...] = ()
    n_unique: int | None = None
    listed: tuple[str, ...] = ()  # the labels of text that lists several per row, most common first
    coded: tuple[tuple[str, str], ...] = ()  # (code, the words it means) of a well-known table's coded values
    position: int = 0
    stems: tuple[str, ...] = ()

    numeric_text: bool = False
    blank_is_no: bool = False  # 1 or blank: the blanks are rows without the mark, not rows unknown
    not_listed: bool = False  # text the profile found to hold no list of labels per row, commas or not
    glossed: bool = False  # named in a well-known table's glossary (Lahman's teamID is a team, not a record code)
    timed: bool = False  # a date with a clock time in it ("01/11/2016 01:51:44 AM"): it answers "which hour"
    low: float | None = None
    high: float | None = None
    clock: bool = False  # durations written as h:mm:ss text ("3:13:59"): read as minutes
    days: int | None = None  # calendar days from a date column's first date to its last, both counted
    formula: tuple[str, str, str] | None = None  # a derived column: (a, op, b), computed by the cell first
    named_by: str | None = None  # a code whose label is another column (Vendor Number: Vendor Name)
    latest: str | None = None  # a time column's last date ("2024-12-31") or year ("2019"): "the latest month"
    case_variants: tuple[str, ...] = ()  # one label written in several cases ("CESSNA", "Cessna"), as seen
    counts: tuple[int, ...] = ()  # how often each of the first values (the profile's most common) occurs
    n_dates: int | None = None  # a date column's distinct dates (of frames up to a million rows)
    monthly: bool = False  # dates one per month (periods "Nov-22", month ends): "dec 22" is December 2022
    in_units: bool = False  # numbers in several units ("94 min", "2 Seasons"): read through its unit columns
    unknown_code: int | None = None  # -1 among numbers otherwise never negative: a code for unknown (Founded -1)
    respelled: tuple[tuple[str, str], ...] = ()  # yes and no written two ways ("Y" → "Yes"): read as one each
    complete: bool = False  # no blank on any row: "had no fatal accidents" is a count of 0, not a missing value
    negatives: int | None = None  # rows below zero of a column with both signs (a statement's charges or credits)

    @property
    def spelled_apart(self) -> bool:
        """Labels written in several cases or with stray spaces: grouped by their most common spelling."""
        return len(self.case_variants) >= 2

    @property
    def whole_count(self) -> bool:
        """Whole numbers of things counted on each row (refugees, asylum_seekers): "how many" adds them up."""
        if not self.numeric or self.id_like or self.flag:
            return False
        if self.numeric_text:  # whole numbers written with thousands commas ("1,234" Calories of a Garmin export)
            said = [v.strip() for v in self.values if v.strip() not in ("", "-", "--")]
            # (or but for one word on the days none were counted: "CLOSED")
            marked = self.additive and _whole_but_marked(self.values)
            return marked or (bool(said) and all(re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", v) for v in said))
        if "float" in self.dtype and self.additive and self.low is not None and self.high is not None:
            return self.whole_floats  # (the notes rows of a CDC WONDER download leave blanks)
        return "int" in self.dtype and (self.low or 0) >= 0

    @property
    def money_marked(self) -> bool:
        """A currency mark in the name or in the first values ("Bid", "$6,390.00"): money, whatever its name."""
        return bool(CURRENCY.search(self.name)) or any(CURRENCY.search(v) for v in self.values[:5])

    @property
    def dashed_head(self) -> str | None:
        """The noun before a dash of a count named "Tickets - General": the thing counted, its kind after the dash."""
        said = _DASHED.match(self.name)
        return said["head"].lower() if said and self.whole_count and self.additive else None

    @property
    def whole_floats(self) -> bool:
        """Whole numbers kept as floats because some rows are blank (Plant patents: "-" where there were none)."""
        return (
            "float" in self.dtype
            and self.low is not None
            and self.high is not None
            and self.low >= 0
            and float(self.low).is_integer()
            and float(self.high).is_integer()
        )

    @property
    def amount_of(self) -> str | None:
        """The word an amount is named for ("carb" of Carb Value (grams), "insulin" of Insulin Value (u)), or None.

        Said with that word ("how many carbs"), the amount is asked for, not the rows an event type marks so.
        """
        named = self.numeric and 2 <= len(self.stems) <= 3 and self.stems[1] in AMOUNT_PARTS
        return self.stems[0] if named else None

    @property
    def numeric(self) -> bool:
        """A number to compute with (YYYYMMDD integers are dates; numbers stored as text count, converted)."""
        return (self.kind == "numeric" or self.numeric_text or self.clock) and not self.is_date

    @property
    def categorical(self) -> bool:
        """Labels to group by."""
        return (
            (self.kind in ("categorical", "bool") or self.kind == "text")
            and not self.is_date
            and not self.numeric_text
            and not self.clock
            and not self.in_units
        )

    @property
    def few_values(self) -> bool:
        """Numbers that can label groups when a question groups by them (a dose, a diet number, cylinders)."""
        if self.kind == "numeric" and self.coded:
            return True  # the codes of a known table ("cp" 1.0 … 4.0 of the heart data), whatever their dtype
        if self.kind == "categorical" and self.numeric_text and unit_of(self.values) is not None:
            return True  # "8GB", "16GB" of Ram: few sizes, read as numbers, that label groups too
        if self.kind != "numeric" or self.is_date:
            return False
        if {"version", "ver"} & set(self.stems) and (self.n_unique is None or self.n_unique <= 30):
            return True  # python_version 3.8 … 3.12 read as decimals: releases, not a quantity
        if "int" not in self.dtype.lower():
            # a district number kept as floats because some rows have none (Austin 311's Council District 1.0 … 10.0)
            lo, hi = self.low, self.high
            if lo is None or hi is None or not (float(lo).is_integer() and float(hi).is_integer()):
                return False
            if hi - lo <= 10 and set(self.stems) & {"stage", "level", "grade", "tier", "phase", "step"}:
                return True  # a chimney's Creosote Stage 1 ... 3, blank where nobody looked: steps of a scale
            return hi - lo <= 30 and bool(set(self.stems) & NUMBERED_AREAS)
        return self.n_unique is None or 1 < self.n_unique <= 30

    @property
    def multi_label(self) -> bool:
        """Text that may list several labels per row ("Action,Adventure,Sci-Fi"), going by the examples seen.

        The cell decides on the whole column (most rows with a comma), the profile only shows a few values.
        """
        if self.listed:
            return True
        if self.not_listed:
            return False  # the profile looked at the whole column: commas inside names ("Street , Area")
        if any(v.startswith("/") or "://" in v for v in self.values):
            return False  # "/pricing/plans", links: paths, not lists
        listed = [v for v in self.values if re.search(r"[^\W\d]\s?[,;|/]\s?[^\W\d]", v)]
        return self.kind in ("categorical", "text") and not self.id_like and len(listed) >= 1

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels of text that lists several per row ("windows;mac": windows, mac), as the profile counted them.

        Not read off the few values seen: one value with a comma ("Copa Airlines, Inc.") makes no list.
        """
        return self.listed

    def lists(self, value: Any) -> bool:
        """Whether `value` is one label of a column that lists several per row ("Action" of "Action;Indie")."""
        return bool(self.listed) and isinstance(value, str) and not LIST_SEPARATOR.search(value.strip())

    def qualified(self, value: Any) -> bool:
        """Whether other values say `value` with a qualifier ("Light Rain", "Heavy Rain" beside "Rain").

        "In the rain" then means all of them. Not places: "North West" beside "West" is another region.
        """
        if not isinstance(value, str) or len(value.strip()) < 3:
            return False
        if value.strip().lower() in {h.lower() for h in colon_heads(self.values) + self.shared_heads}:
            return True  # "Pickup truck: Small", "Pickup truck: Standard": the head they share before a colon
        if " " in value.strip():
            return False
        said = re.compile(rf"(?<![^\W_]){re.escape(value.strip())}(?![^\W_])", re.I)
        others = [v for v in dict.fromkeys(self.values) if v.strip() and v.strip() != value.strip() and said.search(v)]
        extra = {w.lower() for v in others for w in re.findall(r"[^\W\d_]+", said.sub(" ", v))}
        return len(others) >= 2 and not extra & _PLACE_WORDS

    @property
    def shared_heads(self) -> tuple[str, ...]:
        """First words several labels share before a short qualifier (`word_heads`); none for free text."""
        return word_heads(self.values) if self.kind != "text" and (self.n_unique or 0) <= 60 else ()

    @property
    def flag(self) -> bool:
        """A 0/1 (or true/false) column: it marks the rows that have a property (cancelled, smoker, churned)."""
        return (self.numeric and self.low == 0 and self.high == 1) or (
            self.kind == "bool" or {v.strip().lower() for v in self.values} == {"true", "false"}
        )

    @property
    def one_mark(self) -> bool:
        """A label written on some rows and blank on the rest (a meet's DQ, a Sold Out "Y"): a blank is its no."""
        return self.categorical and self.n_unique == 1 and len(self.values) == 1 and not self.complete

    @property
    def time(self) -> bool:
        """A time axis: dates, or ordered numbers such as years or steps."""
        return self.is_date or self.ordered

    @cached_property  # (asked of every column for every word of a question)
    def id_like(self) -> bool:
        """A subject or record code (id, subject_id, PatientID): it names who a row is about, it measures nothing."""
        # (NPI, a US provider's national identifier; EIN, an employer's)
        named = re.search(
            r"(?:^|[_\W])(?:id|subj(?:ect)?|npi)$|[a-z]ID$|Id$|^ID(?:[_\W]|$)|[\s_](?:ID|NPI|EIN)$|^id[A-Z][a-z]",
            self.name,
        ) or re.fullmatch(_GLUED_ID, self.name, re.IGNORECASE)
        if self.named_by is not None:
            return True
        if marks_only(self.values):
            return False  # "ID Checked" Y/N: a mark of what was done, no code
        if named and not self.is_date and "float" in self.dtype.lower():
            return True  # a code with blanks is read as floats ("EndStation Id": 573.0)
        if self.is_date or not (self.kind in ("text", "categorical") or "int" in self.dtype.lower()):
            return False
        if named and not self.glossed:
            return True
        if re.search(r"(?i)\blast[\s_]*(?:4|four)\b", self.name):
            return True  # "Card Last 4", "Card Last Four": the digits that tell a card apart, no amount
        if self.kind == "text" and re.search(r"(?i)(?:^|[_\W])(?:ref|no|num|code)\.?$|\w\s?#$", self.name):
            return True  # a code written as free text, not a few repeated labels: "Booking Ref", "Tracking No"
        coded = [v for v in self.values if re.fullmatch(r"\s*[A-Za-z0-9\-]{5,}\s*", v) and re.search(r"\d", v)]
        if (
            self.kind == "text"
            and re.search(r"(?i:(?:^|[_\W])number)$|(?<=[a-z])Number$", self.name)  # (Xero's InvoiceNumber)
            and len(coded) * 2 > len(self.values)
        ):
            return True  # Faire's "Order Number" X272735UFG (not NBA's draft_number "Undrafted", "12")
        if (
            self.kind == "numeric"
            and re.search(r"(?i)(?:^|[_\W])(?:ref|no|nr|num|number)\.?$|\w\s?#$", self.name)  # "Invoice #"
            and isinstance(self.low, int | float)
            and self.low >= 1000
        ):
            return True  # "Order No." 100234, "Cow No" 1001: a code; "Lact No" 1-6 and "Store No" 1-50 count or label
        if (
            self.kind == "numeric"
            and re.fullmatch(r"(?i)[a-z]{3,}(?:num|nbr|no)", self.name)
            and isinstance(self.low, int | float)
            and self.low >= 1000
        ):
            return True  # the same written as one word: CLIENTNUM 708082083, CUSTNO
        if (
            self.kind == "numeric"
            and re.search(r"#\s*$", self.name)
            and isinstance(self.low, int | float)
            and isinstance(self.high, int | float)
            and self.high - self.low >= 500
        ):
            return True  # "Review #" 1 … 2580: each row's number; "Store #" 1-50 labels stores
        if (
            self.name.lower() in ("subject", "subj")
            and self.categorical
            and (self.n_unique or 0) <= 20
            and all(len(v.split()) <= 3 for v in self.values)  # (an email's Subject is a line of words)
        ):
            return False  # a lesson's or a school's Subject (English, Math): a few labels, not study subjects
        return self.name.lower() in ("id", "subject", "subj", "patient", "participant", "sku", "uuid", "guid", "isbn")

    @cached_property  # (asked of every column for every word of a question)
    def significant(self) -> tuple[str, ...]:
        """The name parts that say what the column is (units left out, unless that is all there is)."""
        # (and the amount a unit is per: the 100 of "MPN/100 mL"; never a year, generation_gwh_2013's 2013)
        stems = self.stems
        parts = tuple(
            s
            for k, s in enumerate(stems)
            if s not in UNITS and not (s in ("100", "1000", "10000", "100000") and k and stems[k - 1] in UNITS)
        )
        if len(parts) > 2 and parts[-2] == "form" and parts[-1].isdigit():
            parts = parts[
                :-2
            ]  # "Total Killed Form 57": the report form it was counted on (FRA's 6180.57), no word of it
        if len(parts) > 2 and parts[-2:] == ("y", "n"):  # "Collected (Y/N)": the marker of a yes/no column
            parts = parts[:-2]
        if len(parts) >= 2 and parts[0] in ("is", "has", "was", "did") and self.flag:
            parts = parts[1:]  # "is_canceled", "has_children": the marker of a yes/no column, not a word of it
        return parts or self.stems

    @classmethod
    def from_profile(cls, frame: str, info: dict[str, Any], position: int, meaning: str | None = None) -> Column:
        """Read one column entry of a `notebook_agent_profile`; a coded name is read by its `meaning` when known."""
        name = str(info.get("name", ""))
        kind = str(info.get("kind", "other"))
        whole = isinstance(info.get("max"), int | float) and float(info.get("max") or 0).is_integer()
        if (
            kind == "numeric"
            and _AREA_NUMBER.fullmatch(name.strip())
            and whole
            and float(info.get("min") or 0) >= 0
            and float(info.get("max") or 0) <= 999
        ):
            kind = "categorical"  # Ward 28, Council District 9, Precinct 14: a numbered place, grouped, never summed
        if kind == "numeric" and ZIP_NAME.search(name) and "int" in str(info.get("dtype", "")).lower():
            kind = "categorical"  # a postcode or phone number kept as a number (Rndrng_Prvdr_Zip5): a label
        # Start_Lat, End_Lng: map coordinates in full, so that no "length" reads a longitude
        stems = tuple(_COORDINATES.get(w, w) for w in (stem(w) for w in _unit_run_on(words(meaning or name))))
        stems = tuple(p for s in stems for p in _run_on(s))  # "stationname": station, name
        is_date = kind == "datetime" or bool(info.get("date_like"))
        if kind != "datetime" and info.get("n_unique") == 1:
            is_date = False  # one date written on every row (Eurostat's LAST UPDATE): when the file was made
        date_format = info.get("date_format") if is_date and kind != "datetime" else None
        lo, hi = info.get("min"), info.get("max")
        ranged = info.get("number_range")
        if lo is None and isinstance(ranged, list) and len(ranged) == 2:
            lo, hi = ranged  # amounts kept as text ("-1,450.00"): the range the profile read off them
        blank_is_no = kind == "numeric" and lo == hi == 1 and bool(info.get("nulls"))
        if blank_is_no:
            lo = 0  # 1 or blank (remote_allowed): a mark whose blanks are the rows without it, a 0/1 flag
        integral = "int" in str(info.get("dtype", "")).lower()
        year_like = (
            kind == "numeric"
            and not is_date
            and (integral or "float" in str(info.get("dtype", "")).lower())  # years with blanks, or 2011.4
            and isinstance(lo, int | float)
            and isinstance(hi, int | float)
            and (lo >= 1000 or (lo == 0 and stems in (("released",), ("release",))))
            and lo <= hi <= 2200
            # "iyear", "fyear": a year with a one-letter mark (the GTD's iyear, imonth, iday)
            and (
                any(s in ("year", "yr", "yyyy") or re.fullmatch(r"[a-z]year", s) for s in stems)
                # the year a record came out, 0 where unknown (a Discogs collection's Released)
                or (stems in (("released",), ("release",)) and hi >= 1800 and "int" in str(info.get("dtype", "")))
                # a sports table's Season of 2015 ... 2023 is the year it was played ("who scored most in 2023")
                or (stems == ("season",) and lo >= 1800)
                # World Bank downloads keep the year in Time (1990 ... 2022; floats when a footer row is blank)
                or (
                    # (and SDMX downloads in TIME_PERIOD, the UN's SDG database in TimePeriod)
                    stems in (("time",), ("period",), ("time", "period"), ("ref", "period"), ("ref", "year"))
                    and lo >= 1800
                    and float(lo).is_integer()
                    and float(hi).is_integer()
                )
            )
        )
        # An order word names the axis when the name is about it ("fiscal_year", "time_step"), not a duration
        # that starts with it ("YearsAtCompany")
        named = tuple(s for s in stems if s not in UNITS) or stems
        # ... nor a rate per unit of time ("Study Hours per Week", "visits_per_day")
        rate = len(named) >= 2 and named[-2] in ("per", "a", "each", "every")
        rate = rate or (len(named) >= 2 and named[0] == "rate")  # ECDC's rate_14_day: a rate over 14 days
        # ... nor an amount of time units ("Runtime (Minutes)": how many minutes, where "minute" is a point in time)
        plural_unit = bool(words(name)) and words(name)[-1].endswith("s") and stem(words(name)[-1]) in ORDER_WORDS
        ordered = (
            kind == "numeric"
            and not is_date
            and bool(named)
            and named[-1] in ORDER_WORDS
            and not rate
            and not plural_unit
        )
        values = tuple(str(v[0]) for v in info.get("top", []) if isinstance(v, list | tuple) and v)
        listed = tuple(str(v[0]) for v in info.get("labels", []) if isinstance(v, list | tuple) and v)
        values += tuple(str(v) for v in info.get("examples", []) if isinstance(v, str))
        more = info.get("more")
        values += tuple(str(v) for v in more[:500] if isinstance(v, str)) if isinstance(more, list) else ()
        # a header repeated inside the data is no value; a label named like its column (EDDMapS' Verified beside
        # Unverified) on many rows is one
        rows_seen = sum(int(v[1]) for v in info.get("top", []) if isinstance(v, list | tuple) and len(v) > 1)
        often = {
            str(v[0])
            for v in info.get("top", [])
            if isinstance(v, list | tuple) and len(v) > 1 and isinstance(v[1], int) and v[1] * 20 >= max(rows_seen, 1)
        }
        # (only beside its own negation, Unverified: ShipStation's Package beside Flat Rate Envelope is no label)
        negated = any(name.lower() in v.lower() and v.strip() != name for v in values)
        # (nor a mark written as the column's own name on some rows, blank on the rest: a swim meet's DQ)
        mark = bool(values) and all(v.strip() == name for v in values) and int(info.get("nulls") or 0) > 0
        values = tuple(v for v in values if v.strip() != name or (v in often and (negated or mark)))
        # phone numbers and postcodes are written in digits but are codes, never amounts
        coded_digits = bool({"phone", "zip", "zipcode", "postcode", "postal", "fax", "tel", "telephone"} & set(stems))
        # (and a seat or a gate, "19B", "C12": where one sat or boarded, never a quantity)
        coded_digits = coded_digits or bool({"seat", "gate", "berth", "locker"} & set(stems))
        # (and a place named by its number: a subway Station "125 St", a Stop, an Address)
        coded_digits = coded_digits or bool({"station", "stop", "street", "address", "stn"} & set(stems))
        # (and a kind said in digits and a letter: a weld's Position "2G", a Division "D1")
        coded_digits = coded_digits or bool({"position", "class", "category", "type", "kind", "division"} & set(stems))
        # and so are routes and districts written as text ("66", "J14" of CTA's bus routes): labels, not numbers
        # (named by its last word: a "line total" is money)
        coded_digits = coded_digits or bool(stems[-1:] and stems[-1] in NUMBERED_AREAS | {"route", "line"})
        coded_digits = coded_digits or stems in (("unit",), ("hunt", "unit"), ("gmu",))  # a hunt's Unit "34"
        # a race's Distance of 5K and 10K: the events run, a label to group by (not five thousand)
        race_labels = (
            kind == "categorical"
            and bool(set(stems) & {"distance", "race", "event", "course", "division"})
            and 2 <= len([v for v in values if v.strip()]) <= 6
            and all(re.fullmatch(r"\d+(?:\.\d+)?\s?[Kk]", v.strip()) for v in values if v.strip())
        )
        # (and a gold's Karat "14K", "18k": its fineness, a label to group by, never thousands)
        race_labels = race_labels or (
            kind == "categorical"
            and bool(set(stems) & _KARAT)
            and sum(bool(re.fullmatch(r"\d{1,2}\s?[Kk]", v.strip())) for v in values) * 2 > len(values)
        )
        numeric_text = (
            not is_date
            and not coded_digits
            and not race_labels
            and not unit_parts(values)
            # a Birth Date of "1790", "ABT 1785", "12 MAR 1852" (a family tree's dates): dates as written, not numbers
            and not ("date" in stems and any(re.search(r"[A-Za-z]{3}", v) for v in values))
            and (
                (kind in ("text", "other") and _mostly_numbers(values))
                or (kind == "categorical" and marked_numbers(values))  # "$4.99", "5,000+": few prices, install bands
                or (kind == "categorical" and unit_of(values) is not None)  # "8GB", "16GB": a size with its unit
                or (kind == "categorical" and prefix_of(values) is not None)  # "(min) 24": a unit before the number
                or (kind in ("text", "categorical", "other") and money_ranges(values))  # "$53K-$91K": read its middle
                or (kind in ("text", "categorical", "other") and worded_amounts(values))  # "$12,345 raised"
                or (kind in ("text", "categorical", "other") and spelled_durations(values))  # "26H 35M 25S": minutes
                or (kind == "categorical" and number_words(values))  # cylinders "four", "six": 4, 6
                or (kind == "categorical" and marked_miss(values) is not None)  # Wordle's guesses "4", "X"
                or (kind in ("text", "categorical", "other") and decimal_commas(values))  # "1,20 €", "8,79"
                or (kind in ("text", "categorical", "other") and feet_inches(values))  # heights as 5'11
                # amounts with a word among them ("175", "Varies" of Caffeine (mg)): many numbers, so not codes
                or (
                    kind == "categorical"
                    and _mostly_numbers(values)
                    and sum(bool(re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", v)) for v in values) >= 8
                )
                # how many of a thing ("Quantity Ordered" 1-9, a header repeated among them): numbers, few or not
                or (kind == "categorical" and _mostly_numbers(values) and bool(set(stems) & QUANTITY_STEMS))
                # decimals but for a mark of the unknown ("5.0", "3.0", "?" of Financial Stress): a number column
                # that one placeholder kept as text
                or (kind == "categorical" and _decimals_but_unknown(values))
            )
        )
        if numeric_text and any(_OUT_OF.search(v) for v in values) and "rating" not in stems:
            stems += ("rating",)  # "4.1/5", "3.8 /5": scores out of five are ratings, whatever the column's name
        if "%" in name and not set(stems) & {"percent", "percentage", "pct", "rate", "share"}:
            # "Marketplace fee %" beside "Marketplace Fee": a rate, which "how much in fees" does not name alone
            stems += ("percent",)
        if kind == "numeric" and re.search(r"(?i)(?:/|\bper\s*)(?:100k|100,?000|1,?000|1k|10k|capita|million)\b", name):
            stems += ("rate",)  # "suicides/100k pop", "deaths per 100,000": a rate, whatever else the name says
        # few repeated h:mm:ss are labels (time slots); lengths in words ("8.00 hours" of BambooHR) are lengths
        # ... and so are a few repeated h:mm named a length (Kimai's Duration "2:15"), not a slot ("From", "Time")
        named_length = (
            bool(set(stems) & _LENGTH_NAMES)
            or ("time" in stems and bool(set(stems) & (_TIME_SPENT | _TIMED_DEEDS | _LONG_DEEDS)))
            or (
                # a timesheet's Time of "0:45", "1:30" (Paymo, Everhour): no clock of a working day reads 0:45
                stems == ("time",) and _hours_minutes(values) and any(re.match(r"\s*0:\d\d\s*$", v) for v in values)
            )
        )
        clock = (
            kind in ("text", "other") or (kind == "categorical" and (worded_lengths(values) or named_length))
        ) and not is_date
        clock = clock and (_all_clocks(values) or (named_length and _hours_minutes(values)))
        # a swim's Avg Pace "1:33", a rower's Split "1:54.8": minutes and seconds, a level (never added up)
        paced = bool(set(stems) & {"pace", "split"}) and bool(values) and all(_MS.fullmatch(v) for v in values)
        clock = clock or (paced and kind in ("text", "categorical", "other") and not is_date)
        additive = (
            (
                any(
                    s in ADDITIVE_WORDS
                    or s in ADDITIVE_WHOLE_WORDS
                    # "exp" of lifeExp is an expectancy as often as an expense: a short form that adds up only
                    # when it shortens nothing else
                    or (s not in _AMBIGUOUS_SHORT and abbreviates_any(s, ADDITIVE_WORDS))
                    for s in stems
                )
                and not any(s in NOT_ADDITIVE_WORDS for s in stems)
                and not (len(stems) >= 2 and stems[0] == "unit" and stems[1] in ("cost", "value", "weight"))  # per unit
            )
            or (  # hours alone ("Hrs", "Hours"): hours worked or booked add up (a wait in minutes is a level)
                bool(stems) and all(s in ("hr", "hrs", "hour", "hours") for s in stems) and kind == "numeric"
            )
            # a timesheet's Duration or Tracked written h:mm: each entry's time adds up (not a request's "8.00 hours")
            or (clock and named_length and not worded_lengths(values))
            or (  # hours of one kind of work ("Billed Hours", "Overtime Hours"): they add up the same
                len(stems) == 2
                and stems[1] in ("hr", "hrs", "hour", "hours")
                and stems[0] in _HOURS_OF_WORK
                and kind == "numeric"
            )
            or (  # time spent doing something (Practice Time (min), Time Spent, Screen Time): it adds up
                kind == "numeric" and "time" in stems and bool(set(stems) & TIME_DOING)
            )
            or (  # the whole count of a table of counts (HUD's Overall Homeless beside Chronically Homeless)
                kind == "numeric"
                and len(stems) >= 2
                and stems[0] in ("overall", "total")
                and "int" in str(info.get("dtype", "")).lower()
                and not set(stems) & NOT_ADDITIVE_WORDS
            )
            or (  # the people or things counted, all of them (Hunters Reporting, Children Tested (under 6))
                (kind == "numeric" or (numeric_text and _whole_text(values)))  # (or kept as "14,570")
                and len(stems) >= 2
                and stems[1] in WHOLE_TAIL
                and re.match(r"(?i)\s*[A-Za-z]+(?:s|ren)\b", name) is not None  # (TESTS GIVEN too)
                # (whole numbers kept as floats where a pantry did not report: Households Served)
                and ("int" in str(info.get("dtype", "")).lower() or _whole_numbers(info) or numeric_text)
            )
            or (  # the number of things a deed was done to (a stocking's Number Stocked, a trap's Number Counted)
                len(stems) == 2
                and stems[0] in ("number", "num", "no", "count", "total")
                and stems[1] in WHOLE_TAIL
                # (whole numbers, or kept as text "2,800" where the file writes thousands with commas)
                and ((kind == "numeric" and _whole_numbers(info)) or (numeric_text and _whole_text(values)))
            )
            or (  # ... said last after their plural (Water Bottles Distributed), whole numbers, blanks or not
                kind == "numeric"
                and len(stems) >= 3
                and stems[-1] in WHOLE_TAIL
                and re.search(r"(?i)[A-Za-z]+(?:s|ren)\s+[A-Za-z]+\s*$", name) is not None
                and _whole_numbers(info)
            )
            or (  # a plural or a unit, then the deed done to them (eggers_notched, lbs_landed, Trees Planted)
                kind == "numeric"
                and len(stems) == 2
                and (stems[1].endswith("ed") or stems[1] in IRREGULAR_DEEDS)  # (Eggs Laid, Fish Caught)
                and stems[1] not in _NOT_DEEDS
                # (SHARES_REPORTED: "share" is asked of every table, a share of stock only by name)
                and stems[0] not in ("share", "percent", "pct", "rate", "ratio", "number", "no", "count")
                and (
                    re.match(r"(?i)\s*[A-Za-z]+(?:s|ren)(?:[\s_]|$)", name) is not None
                    or stems[0] in _SAME_PLURALS
                    or stems[0] in ("lb", "lbs", "pound", "kg", "ton", "tonne", "gallon", "gal", "bushel", "cord", "bu")
                    # (acre-feet of water ordered or delivered, barrels and litres: volumes handed over add up)
                    or stems[0] in ("af", "acft", "bbl", "barrel", "liter", "litre", "kwh", "mwh", "yd", "yard")
                )
                and isinstance(info.get("min"), int | float)
                and info["min"] >= 0
            )
            or (  # the deed, then the plural it was done to (Dropped Dogs, Rescued Animals): whole numbers add up
                kind == "numeric"
                and len(stems) == 2
                and stems[0].endswith("ed")
                and stems[0] not in _NOT_DEEDS
                # (a plural, not a word ending in s: watched_status)
                and re.fullmatch(r"(?i)\s*[A-Za-z]+ed[\s_]+[A-Za-z]+(?:[^su\Wi_]s|ren)\s*", name) is not None
                and _whole_numbers(info)
                and isinstance(info.get("min"), int | float)
                and info["min"] >= 0
            )
            or (  # a scorebook's 4s and 6s, a darts sheet's 180s: the times each was hit, counted on each row
                kind == "numeric"
                and re.fullmatch(r"\d+'?s", name.strip()) is not None
                and _whole_numbers(info)
                and isinstance(info.get("min"), int | float)
                and info["min"] >= 0
            )
            or (  # what a scale ticket weighed in, less the truck (Net Lbs, Net Tons): each load's weight adds up
                kind == "numeric"
                and len(stems) == 2
                and stems[0] == "net"
                and stems[1] in ("lb", "lbs", "pound", "kg", "ton", "tons", "tonne", "weight", "wt")
            )
            or "".join(stems) in ("roundup", "roundups")  # Acorns' Round-Up: spare change moved each purchase
            or (  # money named by its sign alone beside what it is (a cafeteria's A La Carte $): takings add up
                re.search(r"[$£€]\s*\)?\s*$", name) is not None
                and bool(stems)
                and not set(stems) & (NOT_ADDITIVE_WORDS | {"unit", "fee", "cost", "each", "budget", "balance"})
                and (kind == "numeric" or numeric_text)
                and any(re.match(r"\s*[$£€]?\d", v) for v in values)
                and not any(v.strip().startswith(("-", "(")) for v in values)
            )
            # money taken off each sale ("-$1.30" of a POS export's Discounts), never a rate of 0.1 or "10%"
            or ("discount" in stems and any(re.match(r"\s*-?[$£€]", v) for v in values))
            or (  # a plant's capacity in megawatts (WRI's capacity_mw): a country's plants add up to its capacity
                "capacity" in stems and bool(set(stems) & {"mw", "kw", "gw"}) and kind == "numeric"
            )
            or (  # miles alone ("Miles", "Distance (km)"): the distance of each trip of a log adds up
                bool(stems)
                and all(s in ("mile", "mi", "km", "kms", "kilometer", "kilometre", "distance") for s in stems)
                and stems != ("distance",)
                and kind == "numeric"
            )
            or (  # a line's total price (total_price, Line Total Value) is an amount paid: it adds up
                len(stems) >= 2 and stems[0] in ("total", "line") and stems[-1] in ("price", "value", "cost")
            )
            or (  # what each thing sold for (a gallery's Sold Price, an auction's Hammer Price): the takings
                len(stems) == 2 and stems[0] in ("sold", "hammer", "selling") and stems[1] in ("price", "for")
            )
            or (  # one plural noun of whole counts ("VIOLATIONS" of a camera's day, "Goals"): they add up
                kind == "numeric"
                # (whole numbers kept as decimals where a draft's row is blank: MailerLite's Opens)
                and (
                    "int" in str(info.get("dtype", "")).lower()
                    or (
                        "float" in str(info.get("dtype", "")).lower()
                        and isinstance(info.get("max"), int | float)
                        and float(info.get("min") or 0).is_integer()
                        and float(info["max"]).is_integer()
                        and bool(info.get("nulls"))
                    )
                )
                and isinstance(info.get("min"), int | float)
                and info["min"] >= 0
                # (and a DMV's NO SHOWS, a clinic's No-Shows: the people who did not come, counted)
                # (a hyphened one too: a teacher's Make-ups, a hauler's Drop-offs)
                and re.fullmatch(
                    r"[A-Za-z]{3,}[^sS][sS]|[A-Za-z]{2,}-[A-Za-z]+[^sS\W][sS]|(?i:no[\s_-]?shows)", name.strip()
                )
                is not None
                and stems[-1:] != ()
                and stems[-1] not in _LEVEL_PLURALS
            )
            or (  # several words that end in a plural noun of whole counts ("18-Hole Rounds", "Party Pkgs")
                # (or whole numbers but for one word on the days there were none: a scoop shop's "CLOSED")
                (
                    (
                        kind == "numeric"
                        and _whole_numbers(info)
                        and isinstance(info.get("min"), int | float)
                        and info["min"] >= 0
                    )
                    or (numeric_text and _whole_but_marked(values))
                )
                # (not a word that only ends so: watched_status, signing_bonus, Basis)
                and re.fullmatch(r"(?:[\w]+[\s_-]+)+[A-Za-z]{2,}[^sSuUiI\W][sS]", name.strip()) is not None
                and stems[-1:] != ()
                and stems[-1] not in _LEVEL_PLURALS | _SHORT_UNITS | UNITS | _MEASURED_IN
                and not set(stems) & _NOT_COUNTED_BY
            )
            or (  # ... and a short one ("Peds" of a traffic count, "Hits"), not a unit ("Days", "Lbs")
                kind == "numeric"
                and re.fullmatch(r"[A-Za-z]{2}[^sS\W][sS]", name.strip()) is not None
                and _whole_numbers(info)
                and isinstance(info.get("min"), int | float)
                and info["min"] >= 0
                and stems[-1:] != ()
                and stems[-1] not in _LEVEL_PLURALS | _SHORT_UNITS
            )
            or (  # people or things counted by an event ("n_killed", "num_injured", "killed"): they add up
                kind == "numeric"
                and bool(stems)
                and stems[-1] in ("killed", "injured", "wounded", "arrested", "rescued", "evacuated", "infected")
            )
            or (  # a number of people, named by them ("Entrants", "Passengers"): it adds up
                bool(stems)
                and stems[-1] in PERSONS | _COUNTED_PEOPLE  # household sizes, refugees, asylum seekers add up too
                and (words(name)[-1].endswith("s") or words(name)[-1] in ("children", "people"))
                and kind == "numeric"
            )
        )
        shown = [v.strip() for v in values if v.strip()]
        if additive and shown and all(v.endswith("%") for v in shown):
            additive = False  # "24%" of a Credit Card Utilization, "100%" of On-Time Payments: rates, never summed
        if (
            additive
            and len(stems) == 2
            and stems[0] in ("high", "highest", "max", "peak", "best", "low", "lowest", "min")
        ):
            additive = False  # a darts sheet's High Checkout, a day's Peak Load: the one best of a row, never summed
        if additive and re.search(r"(?:#|\bNo\.?|\bNum\.?)\s*$", name):
            additive = False  # a chili cook-off's Entry # 101, a store's Store #: a number naming the row, never summed
        if (
            additive
            and len(stems) == 1
            and stems[0] in _RECORD_NOUNS
            and not words(name)[-1].lower().endswith("s")
            and isinstance(info.get("min"), int)
            and info["min"] >= 100
        ):
            additive = False  # a rental's Order 5201, a shop's Ticket 1043: the row's own number in the singular
        if additive and stems == ("volume",) and isinstance(info.get("max"), int | float) and info["max"] <= 100:
            additive = False  # a speaker's or a player's Volume of 0-100 is a level set, not an amount that adds up
        counts = tuple(
            int(v[1])
            for v in info.get("top", [])
            if isinstance(v, list | tuple) and len(v) > 1 and isinstance(v[1], int)
        )
        respelled = (
            (yes_no_respelled(values) or initial_respelled(values))
            if kind in ("categorical", "text") and not is_date
            else {}
        )
        if respelled:  # "Y" and "Yes" of SoldAsVacant are one answer: the cell writes each one way first
            merged: dict[str, int] = {}
            for i, v in enumerate(values):
                merged[respelled.get(v, v)] = merged.get(respelled.get(v, v), 0) + (counts[i] if i < len(counts) else 0)
            values = tuple(merged)
            counts = tuple(merged.values()) if len(counts) == len(info.get("top", [])) else ()
        lowered: dict[str, list[str]] = {}
        for v in values if kind in ("categorical", "text") and not is_date else ():
            lowered.setdefault(SPELLING_KEY.sub("", v.strip().lower()), []).append(v)
        variants = next((tuple(vs) for vs in lowered.values() if len(set(vs)) >= 2), ())
        return cls(
            counts=counts if len(counts) == len(values) else (),
            respelled=tuple(respelled.items()),
            case_variants=variants,
            frame=frame,
            name=name,
            kind=kind,
            dtype=str(info.get("dtype", "")),
            date_format=date_format,
            is_date=is_date,
            ordered=ordered or year_like,
            year_like=year_like,
            additive=additive,
            values=values,
            n_unique=len(set(respelled.values())) if respelled else info.get("n_unique"),
            listed=listed,
            position=position,
            stems=stems,
            numeric_text=numeric_text,
            in_units=kind in ("text", "categorical", "other")
            and not is_date
            and (bool(unit_parts(values)) or time_spans(values) is not None),
            blank_is_no=blank_is_no,
            not_listed=info.get("listed") is False,
            glossed=meaning is not None and kind in ("text", "categorical"),
            timed=is_date
            and (
                bool(date_format and re.search(r"%[HI]", date_format))
                or (kind == "datetime" and any(":" in str(v) for v in (lo, hi)))
                # ISO text names no clock in its format: its values show one ("2024-01-02 07:00:00")
                or (date_format == "ISO8601" and any(re.search(r"\d:\d\d", str(v)) for v in values[:5]))
            ),
            clock=clock,
            complete=info.get("nulls") == 0,
            negatives=info["negatives"] if isinstance(info.get("negatives"), int) else None,
            days=_days_spanned(lo, hi) if kind == "datetime" else _days_in_format(lo, hi, date_format),
            monthly=kind == "datetime" and info.get("monthly") is True,
            n_dates=info["n_dates"] if kind == "datetime" and isinstance(info.get("n_dates"), int) else None,
            unknown_code=info["unknown_code"]
            if kind == "numeric" and isinstance(info.get("unknown_code"), int) and info["unknown_code"] < 0
            else None,
            low=lo if isinstance(lo, int | float) else None,
            high=hi if isinstance(hi, int | float) else None,
            latest=(
                str(hi)[:10]
                if kind == "datetime" and isinstance(hi, str) and re.match(r"\d{4}-\d{2}-\d{2}", str(hi))
                else str(int(hi))
                if year_like and isinstance(hi, int | float)
                else None
            ),
        )


# The two sides of a match or a contest: a column per side of one measure (home_score, away_score).
# (and the two parts of a toll: NOAA's DEATHS_DIRECT and DEATHS_INDIRECT are the deaths)
_SIDES = (frozenset({"home", "h", "direct"}), frozenset({"away", "a", "visitor", "visiting", "guest", "indirect"}))
SIDE_WORDS = frozenset(
    {"home", "away", "visitor", "visiting", "host", "direct", "indirect"}
)  # a question that says a side
_MATCH_PARTS = frozenset({"home", "away", "team", "opponent", "club", "match", "fixture", "referee", "hometeam"})
DERIVED = " + "  # joins the two columns of a derived per-row total in its name ("FTHG + FTAG")


def _unit_run_on(said: list[str]) -> list[str]:
    """Names like REFUSETONS, YARDWASTETONS: what was weighed run on into its plural unit, as two words."""
    out: list[str] = []
    for w in said:
        weighed = re.fullmatch(r"([a-z]{4,})(tons|kgal|lbs)", w.lower())
        out += [weighed.group(1), weighed.group(2)] if weighed and w.lower() != "skeletons" else [w]
    return out


def _run_on(word: str) -> tuple[str, ...]:
    """A name written as one word whose end is a name part ("stationname", "daytype"): its two words."""
    m = re.fullmatch(r"([a-z]{3,})(name|type|code)", word)
    kept_whole = {
        "user",
        "file",
        "host",
        "nick",
        "fore",
        "sur",
        "pet",
        "sub",
        "geno",
        "pheno",
        "arche",
        "proto",
        "stereo",
    }
    if m and m.group(1) not in kept_whole:
        return (stem(m.group(1)), m.group(2))
    # "onpromotion", "isholiday": a state written before its noun (not "online", "isolated": too short, a vowel)
    flag = re.fullmatch(r"(on|is)([b-df-hj-np-tv-z][a-z]{4,})", word)
    return (flag.group(1), stem(flag.group(2))) if flag else (word,)


# "Total", "Total Electric Power Industry", "US-Total", "All", "All Causes", "All ages" (not "All the time")
# (NCHS and census tables: "All Ages", "Both Sexes", "All Races-All Origins" beside the parts they add up)
_TOTAL_VALUE = re.compile(
    r"(?i)(?:[A-Z0-9_.]{1,8}:\s+)?"  # (an SDMX label's code: "3: Persons", "_T: Total")
    r"(?:total\b.*|.*\btotals?|all(?:[\s-]+[a-z]+s)?|all\s+[a-z]+s-all\s+[a-z]+s|both\s+(?:sexes|genders)|persons"
    r"|allareas?"  # (the UN's SDG Location: ALLAREA beside URBAN and RURAL)
    r"|(?:city|state|county|nation|system|district)-?wide)"  # (a canopy survey's CITYWIDE row beside its neighborhoods)
)
# (a total of people by what parts them; not "All Levels" of a course, which is a level of its own)
_ALL_WHAT = r"(?:ages|races|sexes|genders|persons|origins|ethnicities|incomes|areas|regions|states|industries)"
_ALL_OF = re.compile(rf"(?i)all\s+{_ALL_WHAT}(?:-all\s+{_ALL_WHAT})?|both\s+(?:sexes|genders)")


# The name of a long table's one measure that says no quantity ("value", "Value", "OBS_VALUE")
# (BEA's DataValue, WHO's FactValueNumeric, UNICEF's "OBS_VALUE:Observation Value")
VALUE_NAME = re.compile(
    # (EIA's SEDS keeps its figure in Data, beside Data_Status and the MSN code that says what it is; WHO's GHO
    # downloads in Numeric, beside Value, its text with the bounds "11.9 [10.1-13.9]")
    r"\s*(?:(?:obs_?|data_?|fact_?)?values?(?:_?numeric)?(?::\s*observation\s+value)?|data|numeric)\s*",
    re.I,
)
# A label that says what the value column measures on each row (Measure = Trucks, Element = Production)
MEASURE_LABELS = frozenset({"measure", "element", "indicator", "variable", "series", "metric"})
_NOT_COUNTS = re.compile(r"%|\b(?:rate|per|index|average|avg|mean|ratio|share|percent|price|growth)\b", re.I)


def counted_values(columns: list[Column]) -> list[Column]:
    """The columns, with a long table's Value marked as adding up when its Measure label names counts.

    Border crossings (Measure = Trucks, Pedestrians) or crop production (Element = Production) add up over months
    and places: "the most truck crossings" is a total. A label of rates or prices ("GDP per capita") does not.
    """
    labels = [c for c in columns if c.categorical and set(c.stems) & MEASURE_LABELS and c.values]
    values = [c for c in columns if c.numeric and VALUE_NAME.fullmatch(c.name)]
    if len(labels) != 1 or len(values) != 1 or any(_NOT_COUNTS.search(v) for v in labels[0].values):
        return columns
    return [replace(c, additive=True) if c is values[0] else c for c in columns]


# Whole numbers beside a Total that are not parts of it: places in an order, calendar parts, codes, sizes
_NOT_PARTS = frozenset(
    {"rank", "year", "age", "id", "no", "number", "code", "position", "season", "week", "day", "month", "zip"}
    | {"fips", "order", "seed", "round", "lat", "lon", "floor", "size", "score", "level", "grade", "rating"}
)


def total_parts(columns: list[Column]) -> list[Column]:
    """The whole counts a whole Total column adds up (Utility, Design, Plant, Reissue; Gold, Silver, Bronze), or none.

    Parts can add up to the Total when their largest values reach its largest and none is larger than it.
    """
    totals = [c for c in columns if c.stems == ("total",) and c.whole_count and c.high is not None]  # Total, totals
    if len(totals) != 1:
        return []
    parts = [
        c
        for c in columns
        if c is not totals[0]
        and (c.whole_count or (c.kind == "numeric" and c.whole_floats))
        and c.high is not None
        and not (c.time or c.year_like or c.ordered)
        and not set(c.stems) & (_NOT_PARTS | NOT_ADDITIVE_WORDS)
    ]
    top = float(totals[0].high or 0)
    if len(parts) < 2 or sum(float(c.high or 0) for c in parts) < 0.98 * top or any((c.high or 0) > top for c in parts):
        return []
    return parts


def parts_of_a_total(columns: list[Column]) -> list[Column]:
    """The columns, with the parts of a Total marked as adding up (see `total_parts`).

    Patent grants per state and year keep Utility, Design, Plant and Reissue beside their Total: each is a count of
    things, and "the most design patents" or "how many utility patents in total" add it up.
    """
    parts = total_parts(columns)
    return [replace(c, additive=True) if c in parts else c for c in columns]


# People a table counts per row, named in the plural ("refugees", "asylum_seekers", "Visitors"): the counts add up
_COUNTED_PEOPLE = frozenset(
    {"adult", "child", "children", "kid", "refugee", "seeker", "migrant", "immigrant", "emigrant", "victim"}
    | {"casualty", "visitor", "tourist", "pedestrian", "arrival", "departure", "idp", "resident", "inhabitant"}
    | {"donor", "volunteer", "camper", "client", "subscriber", "recruit"}  # (a blood drive's First Time Donors)
)


# The nation's row among states: "United States" (NCHS, CDC), "ALL U.S." (USPTO), "U.S. Total" (EIA, USDA)
_NATION_TOTAL = re.compile(r"(?i)united\s+states(?:\s+total)?|all\s+u\.?s\.?|u\.?s\.?\s+total|total\s+u\.?s\.?")


_MIDNIGHT = re.compile(r"(?i)\b(?:12:00(?::00)?\s*AM|00:00(?::00)?)\b")


def total_values(columns: list[Column], besides: set[str]) -> list[tuple[str, str]]:
    """(label, its total value) of each label, not in `besides`, with one value that totals the others.

    EIA's generation table keeps an ENERGY SOURCE = Total row and a TYPE OF PRODUCER = Total Electric Power
    Industry row beside the parts: a sum over every row would count each megawatthour several times. A total row
    repeats like the parts it adds up (one per year, state ...); a lone "All" among free-text answers is none.
    """
    out = []
    blocs = _blocs_counted(columns)
    # (a clock time other than midnight: "01/01/2021 12:00:00 AM" of a monthly report stamps no event)
    stamped = any(
        c.is_date
        and c.timed
        and not set(c.stems) & BOOKKEEPING  # (Eurostat's LAST UPDATE stamps the file, not its rows)
        and (c.kind == "datetime" or any(re.search(r"\d:\d\d", v) and not _MIDNIGHT.search(v) for v in c.values))
        for c in columns
    )
    for c in columns:
        if not c.categorical or c.name in besides or c.formula is not None:
            continue
        nation = [v for v in dict.fromkeys(c.values) if _NATION_TOTAL.fullmatch(v.strip())]
        if "state" in c.stems and len(nation) == 1 and len(set(c.values)) >= 6 and c.complete:
            out.append((c.name, nation[0]))  # NCHS, CDC, USPTO, EIA: the nation's row beside its states
            continue
        country = _nation_among_regions(c) or (_bloc_among_countries(c) if blocs else None)
        if country is not None:
            out.append((c.name, country))  # INSEE's France among its regions, BEA's United States among states
            continue
        team = [v for v in dict.fromkeys(c.values) if re.fullmatch(r"(?i)\s*team\s+totals?\s*", v)]
        if len(team) == 1 and c.complete:
            out.append((c.name, team[0]))  # a box score's TEAM TOTALS line after each side's players
            continue
        if c.n_unique is not None and c.n_unique > len(set(c.values)):
            continue  # not every value seen: a total row among them cannot be told
        coded = {v.strip() for v in c.values}
        if "sex" in c.stems and coded in ({"F", "M", "T"}, {"F", "M", "_T"}, {"F", "M", "T", "_Z"}):
            out.append((c.name, next(v for v in c.values if v.strip() in ("T", "_T"))))
            continue  # SDMX's sex codes: T (or _T) is both, the total of F and M
        both = _both_sexes(c)
        if both is not None:
            out.append((c.name, both))
            continue
        marked = [
            v
            for v in dict.fromkeys(c.values)
            if _TOTAL_VALUE.fullmatch(v.strip()) and _totals_others(v, c.values, c.stems)
        ]
        # among many labels only a plain "Total" or "Grand Total" (a plastics audit's per-country total row)
        plain = len(marked) == 1 and (
            marked[0].strip().lower() in ("total", "grand total", "allarea", "allareas")
            or set(re.findall(r"[a-z]+", marked[0].lower())) - {"total"} <= _WHOLE_AREAS  # "STATE TOTAL"
            # (a box score's "TEAM TOTALS" after each side's players)
            or set(re.findall(r"[a-z]+", marked[0].lower())) in ({"team", "totals"}, {"team", "total"})
            or _all_of_own(marked[0], c.stems)  # "ALL UNITS" among 45 hunting units
        )
        if len(marked) != 1 or len(set(c.values)) < 2 or (len(set(c.values)) > 40 and not plain):
            continue
        if not c.complete and not plain:
            continue  # a remark on a few rows ("TOTAL RENOVATION" among blanks) totals nothing
        if stamped and not set(c.stems) & (_PLACE_PARTS | {"country", "area"}):
            continue  # rows stamped to the minute are events: a bet's type "Total" (over/under) is a kind of its own
        seen = dict(zip(c.values, c.counts, strict=False)) if c.counts else {}
        typical = sorted(seen.values())[len(seen) // 2] if seen else 0
        # (a bill's "Invoice Total" closes each month once, beside lines for every app: rarer, and still the total)
        # (a plain TOTAL is a total however seldom: a hauler report's TOTAL row closes each month once)
        once = marked[0].strip().lower() in ("total", "grand total")
        if seen and seen.get(marked[0], 0) * 2 < typical and not _whole_said(marked[0], set(c.stems)) and not once:
            continue
        out.append((c.name, marked[0]))
    return out


# Both sexes among the two, as statistics offices code and write them: WHO's BTSX ("Both sexes") beside MLE and
# FMLE, ILO's SEX_T beside SEX_F and SEX_M
_BOTH_SEXES = re.compile(r"(?i)(?:sex_)?(?:t|btsx|both(?:\s+sexes)?|total|all(?:\s+sexes)?)")
_ONE_SEX = re.compile(r"(?i)(?:sex_)?(?:f|m|mle|fmle|(?:fe)?males?|women|men)")


def _both_sexes(c: Column) -> str | None:
    """A sex label's value for both sexes beside exactly the two (the rows that already add them up)."""
    if "sex" not in c.stems:
        return None
    names = [_uncoded(v) for v in dict.fromkeys(c.values)]
    both = [v for v, n in zip(dict.fromkeys(c.values), names, strict=True) if _BOTH_SEXES.fullmatch(n.strip())]
    rest = [n for n in names if not _BOTH_SEXES.fullmatch(n.strip())]
    if len(both) != 1 or len(rest) != 2 or not all(_ONE_SEX.fullmatch(n.strip()) for n in rest):
        return None
    return both[0]


_PLACE_PARTS = frozenset({"region", "state", "province", "geo", "county", "district", "department", "territory"})
# The union or the average a statistics office lists among its countries (Eurostat's EU27_2020, OECD's OAVG)
# (World Bank aggregates, World and Euro area among them, are read elsewhere)
_BLOC = re.compile(r"(?:EU|EA)\d{0,2}(?:_\d{4})?|OECD(?:_?(?:AVG|TOTAL|E))?|OAVG")


def _blocs_counted(columns: list[Column]) -> bool:
    """Whether a bloc among countries is the table's total: not when a plain Total row sums everything (Destatis)."""
    places = _PLACE_PARTS | {"country", "area", "location", "nation"}
    return not any(
        c.categorical and set(c.stems) & places and any(_PLAIN_TOTAL.fullmatch(v.strip()) for v in c.values)
        for c in columns
    )


def _bloc_among_countries(c: Column) -> str | None:
    """The one bloc code among a column of country codes or names (EU27_2020 among AT, BE ...), else None."""
    if not set(c.stems) & (_PLACE_PARTS | {"country", "area", "location", "nation"}):
        return None
    if c.n_unique is not None and c.n_unique > len(set(c.values)):
        return None
    names = list(dict.fromkeys(v.strip() for v in c.values if v.strip()))
    blocs = [v for v in names if _BLOC.fullmatch(v)]
    return blocs[0] if len(blocs) == 1 and len(names) >= 6 else None


_WORLD_PARTS = re.compile(r"(?i)\b(?:asia|europe|africa|america|oceania|middle\s+east|caribbean|pacific|world)\b")


def _nation_among_regions(c: Column) -> str | None:
    """The one country named among a country's regions (INSEE's Région = France, StatCan's GEO = Canada)."""
    from .values import COUNTRY_NAMES  # the values module reads the catalog: imported when it is used

    if not set(c.stems) & _PLACE_PARTS or (c.n_unique is not None and c.n_unique > len(set(c.values))):
        return None
    names = list(dict.fromkeys(c.values))
    countries = [v for v in names if _uncoded(v).lower() in COUNTRY_NAMES]
    if len(countries) != 1 or len(names) < 6 or any(_WORLD_PARTS.search(v) for v in names):
        return None  # (Canada among Asia, Europe, Central America is a region of the world like them)
    seen = dict(zip(c.values, c.counts, strict=False)) if c.counts else {}
    # a nation's row beside its regions' comes every period, as often as the most kept region's (not UKRAINE among
    # test sites, far fewer than NTS)
    return countries[0] if seen and seen.get(countries[0], 0) * 5 >= max(seen.values()) * 4 else None


def _all_of_own(value: str, stems: tuple[str, ...]) -> bool:
    """Every one of them: "all" and the column's own name in the plural ("ALL UNITS" of Unit)."""
    said = re.fullmatch(r"\s*all\s+([a-z]+?)(?:e?s)\s*", value.lower())
    return said is not None and stems[-1:] == (said.group(1),)


def _uncoded(value: str) -> str:
    """An SDMX label without its code ("M13: Unemployment rate": "Unemployment rate")."""
    return re.sub(r"^[A-Z0-9_.]{1,8}:\s+", "", value.strip())


# What a total row adds up besides its label's own values: the invoice's, the statement's, the month's
_WHOLES = frozenset({"invoice", "bill", "statement", "order", "report", "monthly", "annual", "yearly", "sum"})


def _totals_others(value: str, values: tuple[str, ...], stems: tuple[str, ...] = ()) -> bool:
    """A value marked total whose other words the values it adds up say, or that has none ("Total", "All").

    "Total Electric Power Industry" beside "Electric Utility" totals them; "Total Loss" beside "Major Damage" is a
    kind named with the word. "All Agencies" of an Agency label, "Invoice Total" among a bill's items: every one.
    """
    value, values = _uncoded(value), tuple(_uncoded(v) for v in values)  # ("M3: Employed total": no code letters)
    rest = {w for w in re.findall(r"[a-z]+", value.lower()) if w not in ("total", "all", "grand", "overall", "allarea")}
    if not rest or _ALL_OF.fullmatch(value.strip()):  # "All Ages" beside "15-24 years": every age, whatever words
        return True
    if rest <= _WHOLE_AREAS:  # "STATE TOTAL" closing a season's counties
        return True
    said = {w for v in values if v != value for w in re.findall(r"[a-z]+", v.lower())}
    # (not "All Levels" beside "Beginner Level": a level of its own)
    if _whole_said(value, set(stems)) and not (
        value.lower().startswith("all") and {stem(w) for w in rest} & {stem(w) for w in said}
    ):
        return True
    if rest == {"persons"}:  # "Persons" beside "Males" and "Females" (ABS): both sexes
        return any(re.search(r"(?i)\b(?:fe)?males?\b", v) for v in values if v != value)
    return bool(rest & said)


# Numbers a statistics office's download keeps for its own bookkeeping beside its one value: StatCan's COORDINATE,
# DECIMALS, SYMBOL, TERMINATED, UOM_ID, SCALAR_ID and VECTOR; SDMX's UNIT_MULT; BEA's GeoFips
BOOKKEEPING_PARTS = frozenset(
    {"coordinate", "decimal", "scalar", "symbol", "terminated", "uom", "vector", "fip", "mult", "dguid"}
)


_BOOKKEEPING_NAME = BOOKKEEPING_PARTS | {"id", "unit", "geo", "obs"}


def bookkeeping_number(c: Column) -> bool:
    """A number of the download's bookkeeping (DECIMALS, UOM_ID): never a measure, never added up."""
    # (its name says nothing else: decimalLatitude of GBIF is a coordinate to keep)
    return c.kind == "numeric" and bool(set(c.stems) & BOOKKEEPING_PARTS) and set(c.stems) <= _BOOKKEEPING_NAME


def keyed_rows(columns: list[Column], rows: int) -> bool:
    """A code on every row (Sentry's shortId, Opsgenie's Alias): each row is a record, not a cell of counts."""
    return any(
        (c.id_like or "id" in c.stems or (c.kind == "text" and all(" " not in v for v in c.values)))
        and (c.n_unique or 0) >= 0.98 * rows > 0
        for c in columns
    )


def record_number(c: Column, rows: int) -> bool:
    """A record's code or running number (Ticket # 40,512, a Ticket 5001 … 6135 counting the rows off): no measure."""
    if c.id_like:
        return True
    return (
        c.kind == "numeric"
        and "int" in c.dtype.lower()
        and not (c.year_like or c.is_date or c.flag)
        and isinstance(c.low, int | float)
        and isinstance(c.high, int | float)
        and c.low >= 100  # (a Seq 1 … 40 could be a count; a four-digit start is a number given, not counted)
        and rows >= 20
        and _counts_rows_off(c, rows)
        and (c.n_unique is None or c.n_unique >= 0.98 * rows)
    )


def _counts_rows_off(c: Column, rows: int) -> bool:
    """Whole numbers from low to high as many as the rows (Opsgenie's TinyId 1 … 2100, a Ticket 5001 … 6135)."""
    return (
        isinstance(c.low, int | float)
        and isinstance(c.high, int | float)
        and rows > 0
        and abs(c.high - c.low + 1 - rows) <= 0.02 * rows
    )


def own_ids(columns: list[Column], rows: int) -> bool:
    """A record code of its own on (nearly) every row (Close's oppo_… id): each row is one thing the file is of."""
    return any(
        c.id_like
        and (
            (c.n_unique or 0) >= 0.95 * rows > 0
            # a number code counting the rows off (Opsgenie's TinyId 1 ... 2100), whose distinct values go uncounted
            or (c.n_unique is None and _counts_rows_off(c, rows))
        )
        for c in columns
    )


def plain_totals(columns: list[Column], besides: set[str]) -> list[tuple[str, str]]:
    """The total rows of `total_values` whose value says only that ("total", "Grand Total", "All").

    Not a kind named with the word ("Total Loss" of a claim's severity).
    """
    blocs = _blocs_counted(columns)
    nations = {
        c.name: _nation_among_regions(c) or (_bloc_among_countries(c) if blocs else None)
        for c in columns
        if c.categorical
    }
    both = {c.name: _both_sexes(c) for c in columns if c.categorical}
    stems = {c.name: set(c.stems) for c in columns}
    return [
        (c, v)
        for c, v in total_values(columns, besides)
        if _PLAIN_TOTAL.fullmatch(v.strip())
        or _NATION_TOTAL.fullmatch(v.strip())
        or v in (nations.get(c), both.get(c))
        or _whole_said(v, stems.get(c, set()))
    ]


# the place a total row adds its rows up to ("STATE TOTAL" beside counties, "Citywide Total" beside wards)
_WHOLE_AREAS = frozenset(
    {"state", "statewide", "national", "nationwide", "city", "citywide", "county", "countywide", "system"}
    | {"systemwide", "region", "regional", "district", "districtwide"}
    | {"network", "networkwide", "company", "companywide"}  # a pantry network's NETWORK TOTAL beside its pantries
)


def _whole_said(value: str, stems: set[str]) -> bool:
    """A total named by what it adds up: "All Agencies" of an Agency label, "Invoice Total" of a bill's lines.

    "All <things>" only of a label named by that one word: NCHS's "All Causes" of 113 Cause Name goes with Cause
    Name's own "All causes" row.
    """
    value = _uncoded(value).lower()
    rest = {w for w in re.findall(r"[a-z]+", value) if w not in ("total", "all", "grand", "overall", "allarea")}
    if rest and rest <= _WHOLE_AREAS and re.search(r"\btotal\b", value):
        return True  # "STATE TOTAL": every row of the state's places
    if not rest:
        return False
    if value.startswith("all"):
        return {stem(w) for w in rest} == stems
    return rest <= _WHOLES


_PLAIN_TOTAL = re.compile(
    rf"(?i)(?:grand\s+|us\s+|u\.s\.\s+|state(?:wide)?\s+|national\s+|city(?:wide)?\s+|county\s+|team\s+)?totals?"
    rf"|all|allareas?|overall|{_ALL_OF.pattern.removeprefix('(?i)')}"
)
_LABEL_PARTS = frozenset({"name", "description", "desc", "title", "label"})


def named_codes(columns: list[Column]) -> list[Column]:
    """Number codes that another column names (Vendor Number beside Vendor Name, Category beside Category Name).

    They are codes, not measures: "top 5 vendors by sales" ranks the vendors by their names.
    """
    out = []
    for c in columns:
        stems = c.stems
        # an id (host_id) stays the thing counted: names repeat across hosts, a number code is a vendor's label
        code = (
            c.kind == "numeric"
            and not c.is_date
            and ("int" in c.dtype.lower() or "float" in c.dtype.lower())
            and not (stems and stems[-1] in ("id", "key"))
        )
        heads = [stems, stems[:-1]] if stems and stems[-1] in CODE_PARTS else [stems]
        label = next(
            (
                o
                for o in columns
                if o is not c
                and o.categorical
                and (
                    any(h and (o.stems == h or (o.stems[:-1] == h and o.stems[-1] in _LABEL_PARTS)) for h in heads)
                    # "County FIPS Code" beside "County Name/State Abbreviation"
                    or (len(stems) >= 2 and stems[-1] in CODE_PARTS and o.stems[:1] == stems[:1] and "name" in o.stems)
                )
            ),
            None,
        )
        out.append(replace(c, named_by=label.name) if code and label is not None and len(stems) <= 3 else c)
    return out


def paired_totals(columns: list[Column]) -> list[Column]:
    """One derived column per home/away pair of a measure: the match's total ("goals" is FTHG + FTAG).

    Named by the two columns joined with " + " and read by the words the pair shares, so that "goals per game"
    is the total and "home goals" still names FTHG. The cell computes it before use (`derivation_lines`).
    """

    # H_ and A_ alone are sides only in a table of matches: in BLS wage tables they are hourly and annual
    matches = any(set(c.stems) & _MATCH_PARTS for c in columns)

    def side_free(c: Column) -> tuple[int, tuple[str, ...]] | None:
        for side, words_ in enumerate(_SIDES):
            rest = tuple(s for s in c.stems if s not in words_)
            if len(rest) == len(c.stems) - 1 and rest:
                letter = next(s for s in c.stems if s in words_) in ("h", "a")
                return (side, rest) if matches or not letter or c.glossed else None
        return None

    keyed: dict[tuple[str, ...], dict[int, Column]] = {}
    # (a quiz bowl's Score A and Score B, Powers A and Powers B: its two teams by letter, in a table of matches)
    lettered = {
        c: said
        for c in columns
        if c.numeric and not c.time and not c.id_like and (said := re.fullmatch(r"(.*\S)[\s_]+([AB])", c.name))
    }
    for c, said in lettered.items() if matches or len(lettered) >= 4 else ():
        rest = tuple(s for s in c.stems if s not in ("a", "b"))
        if rest:
            keyed.setdefault(rest, {}).setdefault(0 if said.group(2) == "A" else 1, c)
    for c in columns:
        found = side_free(c) if c.numeric and not c.time and not c.id_like and c not in lettered else None
        if found:
            keyed.setdefault(found[1], {}).setdefault(found[0], c)
    out = []
    for rest, sides in keyed.items():
        if len(sides) != 2:
            continue
        a, b = sides[0], sides[1]
        out.append(
            Column(
                frame=a.frame,
                name=f"{a.name}{DERIVED}{b.name}",
                kind="numeric",
                dtype="float64" if "float" in a.dtype + b.dtype else a.dtype,
                # (two teams' Powers, counted on each side: they add up over the matches)
                additive=a.additive or (a.name in {c.name for c in lettered} and a.name.split()[0].endswith("s")),
                position=max(a.position, b.position) + 1000,  # after the real columns
                stems=rest,
                formula=(a.name, "+", b.name),
            )
        )
    return out


_SUMMED_NOUNS = frozenset({"score", "point", "mark", "grade", "goal", "amount", "spend", "sale", "revenue", "cost"})
# things counted per format or kind that add up to all of them (a library's Print, eBook and DVD Checkouts)
_COUNTED_NOUNS = frozenset({"checkout", "loan", "download", "stream", "visit", "view", "ticket", "booking"})


def family_totals(columns: list[Column]) -> list[Column]:
    """The total of a family of three or more measures named "<part> <noun>" ("math score", "reading score", ...).

    Named "total <noun>" ("the highest average total score"); only when no column holds such a total already.
    """
    families: dict[str, list[Column]] = {}
    for c in columns:
        if c.numeric and not c.time and not c.id_like and c.formula is None and len(c.stems) == 2:
            families.setdefault(c.stems[-1], []).append(c)
        elif c.whole_count and c.formula is None and len(c.stems) == 3 and c.stems[-1] in _COUNTED_NOUNS:
            families.setdefault(c.stems[-1], []).append(c)  # ("Audiobook CD Checkouts" among them)
    out = []
    for noun, members in families.items():
        if noun not in _SUMMED_NOUNS | _COUNTED_NOUNS or len(members) < 3:
            continue  # scores, points and amounts add up; rates and satisfactions do not
        if noun in _COUNTED_NOUNS and not all(c.whole_count for c in members):
            continue  # (things counted: whole numbers on every member)
        if any(c.stems in (("total", noun), (noun, "total"), (noun,)) for c in columns):
            continue  # the total is a column already (co2 beside coal_co2, gas_co2, ...)
        out.append(
            Column(
                frame=members[0].frame,
                name=f"total {noun}",
                kind="numeric",
                dtype="float64",
                position=max(c.position for c in members) + 1000,
                stems=("total", noun),
                additive=noun in _COUNTED_NOUNS,
                formula=(members[0].name, "rowsum", repr([c.name for c in members])),
            )
        )
    return out


_UNIT_CELL = re.compile(r"\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>[A-Za-z]{1,12})\.?\s*")
# A unit's other names, so that "in minutes" finds "94 min" ("hrs": hours).
_UNIT_WORDS = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "sec": "second", "secs": "second"}
_UNIT_WORDS |= {"ep": "episode", "eps": "episode", "yr": "year", "yrs": "year", "mo": "month", "wk": "week"}


def _folded(unit: str) -> str:
    low = unit.lower()
    return low[:-1] if len(low) > 3 and low.endswith("s") and not low.endswith("ss") else low


@lru_cache(maxsize=512)
def colon_heads(values: tuple[str, ...]) -> tuple[str, ...]:
    """The heads two or more values share before a colon ("SUV" of "SUV: Small" and "SUV: Standard")."""
    counts: dict[str, int] = {}
    for v in dict.fromkeys(values):
        head, colon, _ = v.partition(":")
        if colon and 2 <= len(head.strip()) <= 30:
            counts[head.strip()] = counts.get(head.strip(), 0) + 1
    return tuple(h for h, n in counts.items() if n >= 2)


# nouns of the records a table keeps, whose number in the singular names one ("Order 5201"), never a count
_RECORD_NOUNS = frozenset(
    {"order", "ticket", "invoice", "job", "batch", "booking", "permit", "receipt", "transaction", "case", "call"}
    | {"lot", "sample", "entry", "request", "claim", "incident", "report", "account", "record", "reservation"}
)
# Plural names of whole numbers that describe a thing rather than count events: averaged, never added up
_LEVEL_PLURALS = frozenset(
    {"star", "bedroom", "bathroom", "room", "floor", "bed", "bath", "year", "cylinder", "door", "seat", "story"}
    | {"storey", "level", "grade", "rating", "score", "age", "child", "dependent", "sibling", "parent", "pet"}
    | {"gear", "speed", "lane", "unit", "rank", "class", "tier", "stage", "digit", "minute", "second", "hour"}
)
# units a several-word name may end in (LANE_MILES, Sap Gallons): measured amounts, not things counted
_MEASURED_IN = frozenset({"mile", "gallon", "pound", "acre", "foot", "feet", "yard", "inch", "ounce", "liter", "litre"})
_MEASURED_IN |= {"meter", "metre", "gram", "kilo", "barrel", "bushel", "cord", "dollar", "cent", "calorie", "degree"}
_MEASURED_IN |= {"hour", "minute", "second", "day", "week", "month", "year", "size", "point", "position", "dozen"}
# words of a name that make its numbers no count to add up ("Avg Goals", "Max Players", "Goals Per Game")
_NOT_COUNTED_BY = frozenset({"avg", "average", "mean", "median", "max", "min", "maximum", "minimum", "per", "pct"})
_NOT_COUNTED_BY |= {"percent", "rate", "ratio", "index", "typical", "usual", "expected", "target", "limit", "cap"}
_SHORT_UNITS = frozenset({"day", "wk", "mo", "yr", "hr", "min", "sec", "lb", "kg", "mph", "kph", "km", "cm", "mm"})
_SHORT_UNITS |= {"ft", "oz", "gal", "in", "rep", "set", "yd", "mi"}
_NO_HEADS = frozenset({"other", "all", "non", "not", "the", "no", "total", "unknown", "none", "and"})


@lru_cache(maxsize=512)
def word_heads(values: tuple[str, ...]) -> tuple[str, ...]:
    """The first words two or more values start with, qualified after them, that are no value themselves.

    "Aggravated Assault Firearm" and "Aggravated Assault No Firearm": "aggravated assaults" are both.
    """
    said = [v.strip() for v in dict.fromkeys(values) if v.strip()]
    own = {v.lower() for v in said}
    heads: list[str] = []
    for k in (2, 1):
        counts: dict[str, int] = {}
        for v in said:
            words = v.split()
            if len(words) > k:
                head = " ".join(words[:k])
                # a short qualifier after the head ("Firearm", "No Firearm"); a sentence after it ("Turbine rated
                # capacity not confirmed") is a note that starts with a word, not a kind of it
                counts[head] = counts.get(head, 0) + (1 if len(words) - k <= 2 else -99)
        heads += [
            h
            for h, n in counts.items()
            if n >= 2
            and len(h) >= 4
            and h.lower() not in own
            and h.split()[0].lower() not in _NO_HEADS
            and re.fullmatch(r"[^\W\d_][\w'&]*(?: [^\W\d_][\w'&]*)?", h)
            and not any(o.lower().startswith(h.lower() + " ") for o in heads)  # the longer head said first
            and not any(h.lower().startswith(o.lower()) for o in heads)
        ]
    return tuple(heads)


@lru_cache(maxsize=512)
def unit_parts(values: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The units of a column that mixes them ("94 min" for films, "2 Seasons" for shows), each with its spellings.

    Empty unless nine in ten cells are a number and a word, and two or three units each have several cells: one
    number per unit is then a column of its own (`unit_columns`), never one number across units.
    """
    cells = [m for v in values if v.strip() and (m := _UNIT_CELL.fullmatch(v))]
    said = [v for v in values if v.strip()]
    if len(said) < 4 or len(cells) * 10 < len(said) * 9:
        return ()
    forms: dict[str, list[str]] = {}
    for m in cells:
        forms.setdefault(_folded(m["u"]), []).append(m["u"])
    if not 2 <= len(forms) <= 3 or any(len(f) < 2 for f in forms.values()):
        return ()
    if all(len(u) == 1 and u.isupper() for f in forms.values() for u in f) and set(forms) & {"a", "b"}:
        return ()  # "3A", "4B", "7C": a courtroom's or a unit's letter, no amps, bytes or degrees
    # a tuple: the result is cached and shared by every caller
    return tuple((unit, tuple(dict.fromkeys(f))) for unit, f in forms.items())


_CITY_STATE = re.compile(r"\s*[A-Za-z][A-Za-z .'\-]*,\s*(?P<st>[A-Z]{2})\s*")


def state_columns(columns: list[Column]) -> list[Column]:
    """The state of a place written "City, ST" ("San Jose, CA"), as a label of its own: "which state has the most"."""
    out = []
    taken = {s for c in columns for s in c.stems}
    for c in columns:
        if c.kind not in ("text", "categorical") or c.id_like or "state" in taken:
            continue
        said = [v for v in c.values if v.strip() and v.strip() != "-1"]
        states = [m["st"] for v in said if (m := _CITY_STATE.fullmatch(v))]
        if len(said) < 5 or len(states) * 10 < len(said) * 8:
            continue
        out.append(
            Column(
                frame=c.frame,
                name=f"state ({c.name})",
                kind="categorical",
                dtype="object",
                values=tuple(dict.fromkeys(states)),
                n_unique=len(set(states)),
                position=c.position + 1000,
                stems=("state",),
                formula=(c.name, "state", ""),
            )
        )
        break  # one place column gives the state (Location, not Headquarters too)
    return out


def full_names(columns: list[Column]) -> list[Column]:
    """A person's name kept in two columns (Employee First Name, Employee Last Name), as one label of its own.

    "Who worked the most overtime" is asked of people, and a person is named by both parts; the first name alone
    joins namesakes and the last name alone joins a family.
    """
    labels = [c for c in columns if c.kind in ("text", "categorical") and not c.id_like]
    for first in labels:
        at = next((k for k, p in enumerate(first.stems) if p in ("first", "given", "fore")), None)
        if at is None:
            continue
        prefix, rest = first.stems[:at], first.stems[at + 1 :]
        if rest not in ((), ("name",)):
            continue
        last = next(
            (
                c
                for c in labels
                if c is not first
                and c.stems[:at] == prefix
                and c.stems[at : at + 1] in (("last",), ("sur",), ("family",), ("surname",))
                and c.stems[at + 1 :] in ((), ("name",))
            ),
            None,
        )
        if last is None or any(c.stems == (*prefix, "name") for c in columns):
            continue  # (contributor_name beside contributor_first_name: the full name is kept already)
        words = [w for w in re.split(r"[\s_]+", re.sub(r"(?i)(?:first|given|fore)\s*_?\s*name", "", first.name)) if w]
        name = " ".join([*words, "Name"]).strip() or "Name"
        if any(c.name.lower() == name.lower() for c in columns):
            name = f"Full {name}" if words else "Full Name"
        return [
            Column(
                frame=first.frame,
                name=name,
                kind="categorical",
                dtype="object",
                values=(),
                n_unique=max(first.n_unique or 0, last.n_unique or 0) or None,
                position=first.position + 1000,
                stems=(*prefix, "name"),
                formula=(first.name, "full_name", last.name),
            )
        ]
    return []


_MAKER_WORDS = ("brand", "make", "maker", "manufacturer", "company", "marque")


def maker_columns(columns: list[Column], subjects: frozenset[str] = frozenset()) -> list[Column]:
    """The maker a product's name starts with ("audi 100 ls", "toyota corolla"), as a label of its own.

    Only when no column names the brand or make already, and the first words repeat over many names.
    """
    if any(set(c.stems) & set(_MAKER_WORDS) for c in columns):
        return []
    things = {"model", "car", "product", "vehicle", "phone", "device", "item", "bike", "laptop"}
    for c in columns:
        # a product's name (not a person's: "Name" alone gives no maker, unless the file names products: "Car
        # details v3.csv")
        named = set(c.stems) & things or (c.stems == ("name",) and subjects & things)
        if c.kind not in ("text", "categorical") or c.id_like or not named:
            continue
        said = [v.strip() for v in c.values if v.strip()]
        firsts = [re.split(r"[\s_]+", v)[0].lower() for v in said if re.search(r"\w[\s_]+\w", v)]
        if len(said) < 3 or len(firsts) * 10 < len(said) * 8 or len(set(firsts)) * 4 > len(firsts) * 3:
            continue
        return [
            Column(
                frame=c.frame,
                name=f"brand ({c.name})",
                kind="categorical",
                dtype="object",
                values=tuple(dict.fromkeys(firsts)),
                n_unique=len(set(firsts)),
                position=c.position + 1000,
                stems=_MAKER_WORDS,
                formula=(c.name, "first_word", ""),
            )
        ]
    return []


_SPAN_DAYS = {"year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440}
_SPAN_FORMS = {
    **{f: "year" for f in ("y", "yr", "yrs", "year", "years")},
    **{f: "month" for f in ("mo", "mos", "month", "months")},
    **{f: "week" for f in ("w", "wk", "wks", "week", "weeks")},
    **{f: "day" for f in ("d", "day", "days")},
    **{f: "hour" for f in ("h", "hr", "hrs", "hour", "hours")},
    **{f: "minute" for f in ("m", "min", "mins", "minute", "minutes")},
}


def time_spans(values: tuple[str, ...]) -> str | None:
    """The largest unit of a column of lengths of time in several units ("2 years", "3 weeks"), or None.

    Unlike units that do not convert ("94 min" beside "2 Seasons"), these are one quantity: read in one unit.
    """
    said = [v for v in values if v.strip()]
    units = [_SPAN_FORMS.get(m["u"].lower()) for v in said if (m := _UNIT_CELL.fullmatch(v))]
    if len(said) < 4 or len(units) * 10 < len(said) * 9 or None in units or len(set(units)) < 2:
        return None
    return max((u for u in units if u is not None), key=lambda u: _SPAN_DAYS[u])


_SIZE_WORDS = frozenset({"size", "mb", "kb", "gb", "memory", "storage", "ram", "download", "file", "disk", "space"})


def kilo_mega(values: tuple[str, ...]) -> bool:
    """Sizes written with k and M after the number ("201k", "19M"), as app stores write them."""
    units = {_folded(u) for u, _ in unit_parts(values)}
    return {"k", "m"} <= units <= {"k", "m", "g"}


def _in_one_unit(c: Column, unit: str, words_: list[str], factors: dict[str, float]) -> Column:
    """The number of each cell of `c` ("2 years", "19M") times its unit's factor: one column in `unit`."""
    return Column(
        frame=c.frame,
        name=f"{c.name} ({unit})",
        kind="numeric",
        dtype="float64",
        position=c.position + 1000,
        stems=tuple(dict.fromkeys([*c.stems, *words_])),
        formula=(c.name, "in_unit", repr(factors)),
    )


def unit_columns(columns: list[Column]) -> list[Column]:
    """One number column per unit of a column that mixes units; one in its largest unit for lengths of time.

    Duration "94 min" / "2 Seasons" gives "duration (min)" and "duration (seasons)", each missing on the rows in
    the other unit; "Age upon Outcome" written "2 years" / "3 weeks" gives "Age upon Outcome (years)".
    """
    out = []
    for c in columns:
        span = time_spans(c.values) if c.kind in ("text", "categorical", "other") and not c.is_date else None
        if span is not None:
            factors = {form: _SPAN_DAYS[unit] / _SPAN_DAYS[span] for form, unit in _SPAN_FORMS.items()}
            out.append(_in_one_unit(c, f"{span}s", [span], factors))
            continue
        if not c.in_units:
            continue
        sizes = [u for u, _ in unit_parts(c.values)]
        if sizes and all(_folded(u) in _BYTES for u in sizes):
            # "1.2 GB" beside "345 MB" and "0 B" (a backup log's Transferred): one size, in the largest unit seen
            top = max((_folded(u) for u in sizes), key=lambda u: _BYTES[u])
            factors = {u: 1024.0 ** (p - _BYTES[top]) for u, p in _BYTES.items()}
            out.append(_in_one_unit(c, top.upper(), [top], factors))
            continue
        if kilo_mega(c.values) and set(c.stems) & _SIZE_WORDS:
            # "19M" beside "201k" (an app's size): one size in megabytes, a kilobyte being 1/1024 of one
            out.append(_in_one_unit(c, "MB", ["mb", "megabyte"], {"k": 1 / 1024, "m": 1.0, "g": 1024.0}))
            continue
        if kilo_mega(c.values):
            # "5.3k", "1.2m" students enrolled: thousands and millions of a count
            out.append(_in_one_unit(c, "number", [], {"k": 1e3, "m": 1e6, "b": 1e9}))
            continue
        for i, (unit, spellings) in enumerate(unit_parts(c.values)):
            word = _UNIT_WORDS.get(unit, unit)
            shown = max(spellings, key=len).lower()
            pattern = r"(?i)^\s*(\d[\d,]*(?:\.\d+)?)\s*(?:" + "|".join(re.escape(f) for f in spellings) + r")\.?\s*$"
            out.append(
                Column(
                    frame=c.frame,
                    name=f"{c.name} ({shown})",
                    kind="numeric",
                    dtype="float64",
                    position=c.position + 1000 + i,
                    stems=tuple(dict.fromkeys([*c.stems, stem(word), stem(unit)])),
                    formula=(c.name, "unit", repr(pattern)),
                )
            )
    return out


def has_label(column: str, label: str, frame: str = "data") -> str:
    """The test that a column listing several labels per row ("windows;mac") lists `label`, in any case."""
    pattern = rf"(?:^|[,;|/\[])\s*['\"]?{re.escape(label)}['\"]?\s*(?:[,;|/\]]|$)"
    return f"{frame}[{json.dumps(column, ensure_ascii=False)}].astype(str).str.contains({pattern!r}, case=False)"


LIST_SEPARATOR = re.compile(r"\s*[,;|/]\s*")


def exploded_lines(frame: str, column: str) -> list[str]:
    """Lines that give each label of a column listing several per row a row of its own ("Action, Comedy").

    The cell decides on the whole column: most rows must list two or more (the profile sees only some values).
    """
    name = json.dumps(column, ensure_ascii=False)
    listed = r"[^\W\d]['\"]?\s?[,;|/]\s?['\"]?[^\W\d]"
    literal = r"^\s*\[\s*['\"]?|['\"]?\s*\]\s*$"  # "['children', 'creativity']": a list as Python writes it
    between = r"['\"]\s*,\s*['\"]"
    return [
        f"if {frame}[{name}].astype(str).str.contains(r'''{listed}''').mean() > 0.3 "
        f"and not {frame}[{name}].astype(str).str.contains(r'^/|://').any():  # paths and links are no lists",
        f"    {frame} = {frame}.assign(**{{{name}: {frame}[{name}].astype(str)"
        f".str.replace(r'''{literal}''', '', regex=True).str.replace(r'''{between}''', ', ', regex=True)"
        f".str.split(r'{LIST_SEPARATOR.pattern}', regex=True)}}).explode({name})",
        f"    {frame}[{name}] = {frame}[{name}].str.strip()",
    ]


_COST_WORDS = frozenset({"cost", "spend", "charge", "expense"})


def _summed(a: Column, b: Column, stems: tuple[str, ...]) -> Column:
    """The derived column of two parts added up on each row, named by `stems`, after the real columns."""
    return Column(
        frame=a.frame,
        name=f"{a.name}{DERIVED}{b.name}",
        kind="numeric",
        dtype="float64",
        additive=True,
        position=max(a.position, b.position) + 1000,
        stems=stems,
        formula=(a.name, "sum", b.name),
    )


def cost_totals(columns: list[Column]) -> list[Column]:
    """The whole cost of a row kept in two parts ("Labour Cost (£)", "Parts Cost (£)"): what "cost" alone means.

    Only when exactly two money columns end in the same cost word, both add up, and no column is that cost
    alone or its total; "labour cost" still names its own part.
    """
    by_word: dict[str, list[Column]] = {}
    for c in columns:
        parts = c.significant
        if c.numeric and not c.id_like and c.formula is None and parts and parts[-1] in _COST_WORDS:
            by_word.setdefault(parts[-1], []).append(c)
    out = []
    for word, found in by_word.items():
        whole = [c for c in found if len(c.significant) == 1 or "total" in c.significant]
        if len(found) != 2 or whole or not all(c.additive and CURRENCY.search(c.name) for c in found):
            continue
        out.append(_summed(found[0], found[1], (word,)))
    return out


_PLANNED = frozenset({"scheduled", "planned", "budgeted", "expected", "ordered", "booked"})
_DONE = frozenset({"operated", "actual", "delivered", "run", "ran", "completed", "performed", "flown", "sailed"})
# how the planned ones that did not happen are said; a name of its own when the table keeps none
SHORTFALL_WORDS = ("cancelled", "canceled", "missed", "dropped", "scrapped", "lost", "cut")


def _thing(c: Column, marks: frozenset[str]) -> tuple[str, ...] | None:
    """The thing a count names besides one mark of `marks` ("trip" of Scheduled Trips), or None."""
    rest = tuple(p for p in c.significant if p not in marks)
    return rest if rest and len(rest) == len(c.significant) - 1 else None


def done_of(planned: Column, columns: list[Column]) -> Column | None:
    """The count of what happened of the planned count `planned` (Trips Operated of Scheduled Trips), or None."""
    noun = _thing(planned, _PLANNED)
    if noun is None or not (planned.numeric and planned.additive):
        return None
    done = [
        c
        for c in columns
        if c is not planned and c.numeric and c.additive and c.formula is None and _thing(c, _DONE) == noun
    ]
    return done[0] if len(done) == 1 else None


def shortfalls(columns: list[Column]) -> list[Column]:
    """What was planned but did not happen: "trips cancelled" are Scheduled Trips less Trips Operated.

    Only when both add up, name the same thing besides, and no column already counts the shortfall.
    """
    if any(set(c.stems) & set(SHORTFALL_WORDS) for c in columns):
        return []
    out = []
    for planned in columns:
        done = done_of(planned, columns) if not planned.id_like and planned.formula is None else None
        if done is None:
            continue
        out.append(
            Column(
                frame=planned.frame,
                name=f"{planned.name} − {done.name}",
                kind="numeric",
                dtype=planned.dtype,
                additive=True,
                low=0,
                position=max(planned.position, done.position) + 1000,
                stems=(*(_thing(planned, _PLANNED) or ()), "cancelled"),
                formula=(planned.name, "minus", done.name),
            )
        )
    return out


_PART_MONEY = frozenset({"amount", "paid", "payment", "damage", "cost", "loss", "value", "payout"})
_NOT_MONEY_PARTS = frozenset(
    {"total", "grand", "net", "gross", "sub", "subtotal", "fee", "tax", "tip", "discount", "refund"}
)


def two_part_totals(columns: list[Column]) -> list[Column]:
    """The whole of an amount kept in two parts named alike but for one word: "paid out in total".

    A flood claim's amountPaidOnBuildingClaim and amountPaidOnContentsClaim, buildingDamageAmount and
    contentsDamageAmount; never a total and a fee or tax beside it (Total Paid, Fees Paid).

    Only when both add up, the words they share name money, and no column is the whole already; a part is still
    named by its own word ("building payout").
    """
    money = [c for c in columns if c.numeric and c.additive and not c.id_like and c.formula is None]
    out = []
    for i, a in enumerate(money):
        for b in money[i + 1 :]:
            if len(a.stems) != len(b.stems) or len(a.stems) < 2:
                continue
            differ = [k for k, (x, y) in enumerate(zip(a.stems, b.stems, strict=True)) if x != y]
            shared = tuple(x for x, y in zip(a.stems, b.stems, strict=True) if x == y)
            if len(differ) != 1 or not set(shared) & _PART_MONEY:
                continue
            if {a.stems[differ[0]], b.stems[differ[0]]} & _NOT_MONEY_PARTS:
                continue  # Total Paid beside Fees Paid: a whole and a charge, no two parts of one amount
            said = tuple(p for p in shared if p in _PART_MONEY)
            if any(c.stems in (shared, said) for c in columns) or set(shared) <= {"amount", "value"}:
                continue
            # (money paid out or damage done, in parts named by what: not any cost or amount, which a whole of
            # its own would take from the parts' readings; nor numbered parts, Tax 1 and Tax 2)
            if not set(said) & {"paid", "payment", "payout", "damage", "loss"} or not a.stems[differ[0]].isalpha():
                continue
            out.append(_summed(a, b, said))  # named by its money words alone, above either part
    return out


# (plural, as a length is named: nycflights' hour and minute are when a flight left, not how long)
_HOUR_NAMES = frozenset({"hours", "hrs"})
_MINUTE_NAMES = frozenset({"minutes", "mins"})


def hours_and_minutes(columns: list[Column]) -> list[Column]:
    """Time kept in two columns, whole hours and the minutes past them (Teamwork's Hours, Minutes): one length.

    A log of 1 h 45 min writes Hours 1 and Minutes 45; the time logged is their sum, 1.75 hours.
    """
    hours = [c for c in columns if c.numeric and c.formula is None and c.name.strip().lower() in _HOUR_NAMES]
    minutes = [
        c
        for c in columns
        if c.numeric
        and c.formula is None
        and c.name.strip().lower() in _MINUTE_NAMES
        and c.high is not None
        and c.high <= 60
    ]
    if len(hours) != 1 or len(minutes) != 1:
        return []
    a, b = hours[0], minutes[0]
    return [
        Column(
            frame=a.frame,
            name=f"{a.name} and {b.name} in hours",
            kind="numeric",
            dtype="float64",
            additive=True,
            position=max(a.position, b.position) + 1000,
            stems=("time", "logged", "hours"),
            formula=(a.name, "hm", b.name),
        )
    ]


_CLOCK_OF_DAY = re.compile(r"\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*")
# (a daycare's Check In and Check Out, a timesheet's Time In and Time Out: the last word says which end)
_STARTS = frozenset({"start", "begin", "started", "departure", "depart", "in"})
# A call answered: the span from the call (or dispatch, or batching) to arriving on the scene is a response time,
# minutes long ("whats our average response time" of Call Time and On Scene Time)
_CALLED = frozenset({"dispatch", "dispatched", "call", "called", "alarm", "received", "batched", "paged", "requested"})
_ON_SCENE = frozenset({"scene", "onscene", "site", "arrival", "arrived", "arrive"})
_KEPT_LENGTHS = DURATION_PARTS | {"min", "elapsed"}
_ENDS = frozenset(
    {"end", "finish", "stop", "ended", "finished", "arrival", "arrive", "out", "clear"}
)  # (a drill's All Clear)


# The formulas of a span between two clock times of day, in hours or in minutes
CLOCK_SPANS = ("clock_hours", "clock_minutes")


def clock_spans(columns: list[Column]) -> list[Column]:
    """The hours from a start to an end kept as clock times of day ("13:17" to "15:40"; past midnight, the next day).

    A plow run's START_TIME and END_TIME: "how long does a run usually take" is the mean of the hours between.
    """
    clocks = [
        c
        for c in columns
        if c.kind in ("categorical", "text")
        and not c.is_date
        and c.values
        and all(_CLOCK_OF_DAY.fullmatch(v) for v in c.values if v.strip())
    ]
    starts = [c for c in clocks if set(c.stems) & _STARTS]
    ends = [c for c in clocks if set(c.stems) & _ENDS]
    called = [c for c in clocks if set(c.stems) & _CALLED]
    reached = [c for c in clocks if set(c.stems) & _ON_SCENE]
    if len(called) == 1 and len(reached) == 1 and not starts and called != reached:
        a, b = called[0], reached[0]
        if set(a.stems) - _CALLED - {"time"} or set(b.stems) - _ON_SCENE - {"time", "on", "at"}:
            return []  # (a call's time beside a shipment's arrival: no one span)
        return [_clock_span(a, b, f"Response Minutes ({a.name} to {b.name})", ("response", "time", "minute"))]
    if len(starts) != 1 or len(ends) != 1:
        return []
    a, b = starts[0], ends[0]
    if set(a.stems) - _STARTS - {"all"} != set(b.stems) - _ENDS - {"all"}:  # ("All Clear Time": the end)
        return []  # (a shift's start beside a break's end: two different things)
    kept = [c for c in columns if c.numeric and not c.is_date and set(c.stems) & _KEPT_LENGTHS]
    # (a length of something else is not this span: a drill's Evac Time (sec) beside its Start and All Clear)
    # (hours kept are the span's, whatever they are named for: a timecard's Paid Hours)
    kept = [
        c
        for c in kept
        if set(c.stems) & {"hour", "hours", "hr", "hrs"}
        or not (set(c.significant) - _KEPT_LENGTHS - {"total"} - set(a.stems) - set(b.stems))
    ]
    if kept:
        return []  # a timesheet's Total Hours (breaks taken out) is the length already kept
    return [_clock_span(a, b, f"Hours from {a.name} to {b.name}", ("duration", "hour"))]


def _clock_span(a: Column, b: Column, name: str, stems: tuple[str, ...]) -> Column:
    """The span from clock time `a` to clock time `b`: in minutes when its stems say so (hours add up, minutes wait)."""
    minutes = "minute" in stems
    return Column(
        frame=a.frame,
        name=name,
        kind="numeric",
        dtype="float64",
        additive=not minutes,
        position=max(a.position, b.position) + 1000,
        stems=stems,
        formula=(a.name, "clock_minutes" if minutes else "clock_hours", b.name),
    )


QUANTITY_STEMS = frozenset({"quantity", "qty", "units", "unit", "quantities", "ordered", "sold"})


# An event a date records, by the name of that date ("churn_date", "cancelled_at"), and the word for having it.
_EVENTS = {
    "churn": "churned", "cancel": "cancelled", "cancellation": "cancelled", "close": "closed", "resolve": "resolved",
    "return": "returned", "leave": "left", "exit": "exited", "discharge": "discharged", "death": "died",
    "termination": "terminated", "terminate": "terminated", "delivery": "delivered", "deliver": "delivered",
    "completion": "completed", "complete": "completed", "refund": "refunded", "payment": "paid", "resign": "resigned",
    "disposal": "disposed", "dispatch": "dispatched", "ship": "shipped",
    "shipment": "shipped", "resolution": "resolved", "settlement": "settled", "decision": "decided",
    "closure": "closed", "earn": "earned", "unlock": "unlocked", "achieve": "achieved",
    "redeem": "redeemed", "redemption": "redeemed",  # a trophy's Earned On, a pawn loan's Redeemed date
}  # fmt: skip
_EVENTS |= {v: v for v in set(_EVENTS.values())}  # "closed_at", "delivered_at" say the event already
# what went wrong, kept as a code or a note only on the rows it went wrong on
_FAULTS = frozenset({"fault", "error", "failure", "malfunction", "breakdown", "jam", "defect"})


def event_flags(columns: list[Column], infos: list[dict[str, Any]]) -> list[Column]:
    """A 0/1 column for each date that records an event only some rows have had ("churn_date": churned).

    "Churn rate by region", "accounts that haven't churned": the rows with that date are the ones it happened to;
    the cell computes the flag first (`derivation_lines`).
    """
    nulls = {str(i.get("name", "")): int(i.get("nulls") or 0) for i in infos}
    out: list[Column] = []
    for c in columns:
        event = next((_EVENTS[s] for s in c.stems if s in _EVENTS), None)
        # a date, or a year kept on its own (Cancellation Year: blank until the member cancels)
        dated = c.is_date or (c.year_like and c.numeric)
        # ... or what went wrong, a machine's Fault Code, a run's Error, blank on the rows where nothing did
        # ("which machine breaks down the most" counts the rows with a fault)
        fault = next((s for s in c.stems if s in _FAULTS), None)
        labelled = c.kind in ("categorical", "text") and not c.is_date and fault is not None
        # (not beside a label that says it already: a print log's Status = failed, its Failure Reason a detail)
        labelled = labelled and not any(
            o is not c and any(re.match(r"(?i)\s*(?:fail|fault|error|broke|malfunction)", v) for v in o.values)
            for o in columns
            if o.kind in ("categorical", "text")
        )
        word = event if dated else fault if labelled else None
        if word is None or not nulls.get(c.name) or any(o.stems == (word,) for o in [*columns, *out]):
            continue
        out.append(
            Column(
                frame=c.frame,
                name=f"{word} ({c.name} set)",
                kind="numeric",
                dtype="int64",
                low=0,
                high=1,
                stems=(word,),
                position=c.position + 2000,
                formula=(c.name, "notna", ""),
            )
        )
    return out


def bound_sides(column: Column, op: str, value: float) -> Column:
    """A label column of two values: "yes" on the rows where `column op value` holds, "no" on the rest."""
    shown = {">=": "≥", "<=": "≤"}.get(op, op)
    number = int(value) if float(value).is_integer() else value
    return Column(
        frame=column.frame,
        name=f"{column.name} {shown} {number}",
        kind="categorical",
        dtype="object",
        n_unique=2,
        position=column.position + 2000,
        formula=(column.name, op, repr(number)),
    )


def value_sides(column: Column, value: str) -> Column:
    """A label column of two values: "yes" on the rows where `column` holds `value`, "no" on the rest."""
    return Column(
        frame=column.frame,
        name=f"{column.name} = {value}",
        kind="categorical",
        dtype="object",
        n_unique=2,
        position=column.position + 2000,
        formula=(column.name, "==", repr(value)),
    )


def _plain(value: float) -> str:
    """A number as people write it in code: 30, not 30.0."""
    return str(int(value)) if float(value).is_integer() else repr(value)


def derivation_lines(code: str, catalog: Catalog, frame: str) -> list[str]:
    """The lines that add each derived column the cell uses to the frame (a total of a home/away pair)."""
    lines = []
    derived = {c.name: c for c in catalog.of(frame) if c.formula is not None}
    used = {n for n in derived if json.dumps(n, ensure_ascii=False) in code}
    while True:  # (a ratio of a sum, "Cash Tips + Card Tips / Hours", needs the sum made first)
        more = {c.formula[i] for n in used if (c := derived[n]).formula for i in (0, 2)} & derived.keys()
        if more <= used:
            break
        used |= more
    for c in catalog.of(frame):
        if c.formula is None or c.name not in used:
            continue
        name, a, b = (json.dumps(n, ensure_ascii=False) for n in (c.name, c.formula[0], c.formula[2]))
        op = c.formula[1]
        if op == "==":  # one value against the rest, compared as written in any case ("asbestos": Asbestos)
            said = f"{frame}[{a}].astype(str).str.strip().str.lower() == {c.formula[2]}.lower()"
            lines.append(f"{frame}[{name}] = np.where({said}, 'yes', 'no')")
        elif op in ("<", "<=", ">", ">="):  # two sides of a bound, as labels: "AmbientTemp_C < 0" yes or no
            lines.append(f"{frame}[{name}] = np.where({frame}[{a}] {op} {c.formula[2]}, 'yes', 'no')")
        elif op == "bands":  # two ranges of a number as labels ("Age < 30", "Age > 50"); the rest is left out
            sides = ast.literal_eval(c.formula[2])
            tests = ", ".join(f"{frame}[{a}] {o} {v!r}" for o, v in sides)
            labels = [f"{c.formula[0]} {o} {int(v) if float(v).is_integer() else v}" for o, v in sides]
            lines.append(f"{frame}[{name}] = np.select([{tests}], {labels!r}, default=None)")
        elif op == "ranges":  # ranges of a number said in the question, as ordered labels (see `bands`)
            spec = ast.literal_eval(c.formula[2])
            ranges = [
                " & ".join(f"({frame}[{a}] {o} {_plain(v)})" for o, v in ((r[0], r[1]), (r[2], r[3])) if o is not None)
                for r in spec
            ]
            labels = [r[-1] for r in spec]
            lines.append(
                f"{frame}[{name}] = pd.Categorical(np.select([{', '.join(ranges)}], {labels!r}, default=None), "
                f"categories={labels!r}, ordered=True)  # rows in no range are left out"
            )
        elif op == "rowsum":  # a family of measures added up on each row ("total score" of math, reading, writing)
            parts = ast.literal_eval(c.formula[2])
            # (each part named as the other lines name it, so that a part kept as "$2,160" is read as a number first)
            listed = "[" + ", ".join(json.dumps(p, ensure_ascii=False) for p in parts) + "]"
            # (money of departments, "Furniture $" blank on a day nothing sold: a blank part is none of it)
            # (and counts by kind that never write a zero, Douglas Fir blank on an order of none: none of that kind)
            kept = [catalog.get(frame, p) for p in parts]
            least = (
                1
                # (money by its name or by the "$" its values are written with: a vending visit's Card Sales)
                if all(
                    CURRENCY.search(p) or (k is not None and k.money_marked) for p, k in zip(parts, kept, strict=True)
                )
                or all(k is not None and k.whole_floats and (k.low or 0) >= 1 for k in kept)
                else len(parts)
            )
            lines.append(f"{frame}[{name}] = {frame}[{listed}].sum(axis=1, min_count={least})")
        elif op == "first_word":  # "audi 100 ls": the maker its name starts with, in one case
            lines.append(
                rf'{frame}[{name}] = {frame}[{a}].astype(str).str.strip().str.split(r"[\s_]+").str[0].str.lower()'
            )
        elif op == "full_name":  # a person's first and last name, kept in two columns, as one label
            parts = " + ' ' + ".join(f"{frame}[{x}].fillna('').astype(str).str.strip()" for x in (a, b))
            lines.append(f"{frame}[{name}] = ({parts}).str.strip()")
        elif op == "state":  # "San Jose, CA": the two letters after the last comma
            lines.append(rf'{frame}[{name}] = {frame}[{a}].astype(str).str.extract(r",\s*([A-Z]{{2}})\s*$")[0]')
        elif op == "unit":  # the number of the cells written in one unit ("94 min"); the other cells: missing
            number = f"{frame}[{a}].astype(str).str.extract({c.formula[2]})[0].str.replace(',', '')"
            lines.append(f"{frame}[{name}] = pd.to_numeric({number}, errors='coerce')")
        elif op == "in_unit":  # "2 years", "3 weeks"; "19M", "201k": each number in the one unit of the column
            parts = rf"{frame}[{a}].astype(str).str.extract(r'(?i)^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\.?\s*$')"
            lines.append(
                f"{frame}[{name}] = pd.to_numeric({parts}[0], errors='coerce')"
                f" * {parts}[1].str.lower().map({c.formula[2]})"
            )
        elif op in ("words", "chars"):  # how long each row's text is
            count = ".str.split().str.len()" if op == "words" else ".str.len()"
            lines.append(f"{frame}[{name}] = {frame}[{a}].fillna('').astype(str){count}")
        elif op == "notna":  # an event happened to the rows that have its date
            lines.append(f"{frame}[{name}] = {frame}[{a}].notna().astype(int)")
        elif op == "%":
            lines.append(f"{frame}[{name}] = 100 * {frame}[{a}] / {frame}[{b}]")
        elif op == "minus":  # what was planned but did not happen: the planned less the done
            lines.append(f"{frame}[{name}] = {frame}[{a}] - {frame}[{b}]")
        elif op == "bmi":  # weight over height squared, in the units the columns are kept in
            height = next((d for d in catalog.of(frame) if d.name == c.formula[2]), None)
            top = height.high if height is not None and height.high is not None else 200
            if top <= 3:  # metres and kilograms
                lines.append(f"{frame}[{name}] = {frame}[{a}] / {frame}[{b}] ** 2")
            elif top <= 90:  # inches and pounds
                lines.append(f"{frame}[{name}] = 703 * {frame}[{a}] / {frame}[{b}] ** 2")
            else:  # centimetres and kilograms
                lines.append(f"{frame}[{name}] = {frame}[{a}] / ({frame}[{b}] / 100) ** 2")
        elif op == "degrees":  # a temperature in another scale ("K>C": kelvin to Celsius; 0 K is no reading)
            source, target = c.formula[2].split(">")
            kelvin = f"{frame}[{a}].where({frame}[{a}] > 0)"
            celsius = {"K": f"{kelvin} - 273.15", "F": f"({frame}[{a}] - 32) * 5 / 9", "C": f"{frame}[{a}]"}[source]
            value = celsius if target == "C" else f"({celsius}) * 9 / 5 + 32"
            lines.append(f"{frame}[{name}] = {value}")
        elif op == "decade":  # the decade of a year or a date: 1990 for 1994
            dated = next((d for d in catalog.of(frame) if d.name == c.formula[0] and d.is_date), None)
            year = f"pd.to_datetime({frame}[{a}]).dt.year" if dated is not None else f"{frame}[{a}]"
            lines.append(f"{frame}[{name}] = {year} // 10 * 10")
        elif op == "age":  # years from a birth year (a) to the year of the row's event (b: a year or a date)

            def year_of(column: str, said: str) -> str:  # a date's year (Birth Date "12 Mar 1890": 1890), or the year
                dated = next((d for d in catalog.of(frame) if d.name == column and d.is_date), None)
                if dated is None:
                    return f"{frame}[{said}]"
                read = date_arguments(dated.date_format)
                return f"pd.to_datetime({frame}[{said}]{read}, errors='coerce').dt.year"

            lines.append(f"{frame}[{name}] = {year_of(c.formula[2], b)} - {year_of(c.formula[0], a)}")
        elif op == "days":  # calendar days from a booking date (b) to the date booked (a): how far ahead
            lines.append(
                f"{frame}[{name}] = (pd.to_datetime({frame}[{a}], errors='coerce', utc=True).dt.normalize()"
                f" - pd.to_datetime({frame}[{b}], errors='coerce', utc=True).dt.normalize()).dt.days"
            )
        elif op == "span":  # minutes from a start date (b) to an end date (a)
            lines.append(
                f"{frame}[{name}] = (pd.to_datetime({frame}[{a}]) - pd.to_datetime({frame}[{b}]))"
                ".dt.total_seconds() / 60"
            )
        elif op in (
            "clock_hours",
            "clock_minutes",
        ):  # from a clock time to a later one, past midnight into the next day
            start, end = (
                f"pd.to_datetime({frame}[{x}].astype(str).str.strip(), format='mixed', errors='coerce')" for x in (a, b)
            )
            per, day = (3600, 24) if op == "clock_hours" else (60, 1440)
            lines.append(f"{frame}[{name}] = ({end} - {start}).dt.total_seconds() / {per}")
            lines.append(f"{frame}[{name}] = {frame}[{name}].where({frame}[{name}] >= 0, {frame}[{name}] + {day})")
        elif op == "hm":  # whole hours and the minutes past them: one length, in hours
            lines.append(f"{frame}[{name}] = {frame}[{a}].fillna(0) + {frame}[{b}].fillna(0) / 60")
        elif op == "sum" or (
            op == "+"
            and not c.stems  # (a home/away pair's total is read by its shared words, below)
            and all(
                (part := catalog.get(frame, x)) is not None
                # ($ text: Fare, Tip; Sq Ft × Price/Sq Ft, money made of a product)
                and (part.additive or part.money_marked or (part.formula is not None and part.formula[1] == "x"))
                for x in (c.formula[0], c.formula[2])
            )
        ):
            # a cost kept in two parts, or "fees plus donations": a row missing one part still has the other
            lines.append(f"{frame}[{name}] = {frame}[[{a}, {b}]].sum(axis=1, min_count=1)  # both parts together")
        elif op == "/²":  # divided by the square of the other ("weight / height^2": a body mass index)
            lines.append(f"{frame}[{name}] = {frame}[{a}] / {frame}[{b}] ** 2")
        elif op == "x":  # a product of two columns ("passengers x distance")
            lines.append(f"{frame}[{name}] = {frame}[{a}] * {frame}[{b}]")
        elif op == "*":  # a unit converted: the factor is a number, not a column
            timed = catalog.get(frame, c.formula[0])
            if timed is not None and timed.clock:  # h:mm:ss text: its minutes first
                minutes = clock_minutes(f"{frame}[{a}]", worded_lengths(timed.values), hours_minutes(timed))
                lines.append(f"{frame}[{name}] = {minutes} * {c.formula[2]}")
            else:
                lines.append(f"{frame}[{name}] = {frame}[{a}] * {c.formula[2]}")
        elif c.stems:  # a home/away pair's total, read by the words the pair shares
            lines.append(f"{frame}[{name}] = {frame}[{a}] + {frame}[{b}]  # both sides together")
        else:
            lines.append(f"{frame}[{name}] = {frame}[{a}] {op} {frame}[{b}]")
    return lines


def masks_unknown(c: Column) -> bool:
    """Whether the cell reads the column's code for unknown (-1 of mmr 0-100) as missing before using it."""
    return c.unknown_code is not None and c.high is not None and c.high >= 10  # not a -1/0/1 direction


# What separates the words of one label written several ways ("Jet A", "Jet-A", "JET A"); not digits ("1-2", "12")
SPELLING_KEY = re.compile(r"(?<=[a-z])[\s\-_.]+(?=[a-z])")


def spelling_lines(code: str, catalog: Catalog, frame: str) -> list[str]:
    """Lines that give each label the cell uses one spelling, its most common ("Cessna" for "CESSNA" too).

    People count "Cessna" and "CESSNA" as one make; run again they change nothing.
    """
    lines = []
    for c in catalog.of(frame):
        if masks_unknown(c) and json.dumps(c.name, ensure_ascii=False) in code:
            name = f"{frame}[{json.dumps(c.name, ensure_ascii=False)}]"
            why = "its other values are never negative" if c.unknown_code == -1 else "far below its other values"
            lines += [
                f"# {c.name} writes {c.unknown_code} for a value not known ({why})",
                f"{name} = {name}.mask({name} == {c.unknown_code})",
            ]
        if c.respelled and json.dumps(c.name, ensure_ascii=False) in code:
            name = f"{frame}[{json.dumps(c.name, ensure_ascii=False)}]"
            spelled = dict(c.respelled)
            shown = ", ".join(f"{k} as {v}" for k, v in spelled.items())
            lines += [
                # (yes and no written two ways, or a label written in full and by its initial: F as Female)
                f"# {c.name} writes {'yes and no' if yes_no_respelled(c.values + tuple(spelled)) else 'its labels'}"
                f" two ways: {shown}",
                f"{name} = {name}.astype(object).replace({json.dumps(spelled, ensure_ascii=False)})",
            ]
        if not (c.spelled_apart and c.formula is None and json.dumps(c.name, ensure_ascii=False) in code):
            continue
        name = f"{frame}[{json.dumps(c.name, ensure_ascii=False)}]"
        shown = ", ".join(json.dumps(v, ensure_ascii=False) for v in c.case_variants[:2])
        lines += [
            f"# {c.name} writes one name in several ways ({shown}): each in its most common spelling",
            f"spelled = {name}.astype('string').str.strip()",
            "counts = spelled.value_counts()",
            # (one key for "JET A", "Jet A" and "Jet-A": the letters, in lower case, without what separates words)
            f"key = spelled.str.lower().str.replace(r'{SPELLING_KEY.pattern}', '', regex=True)",
            f"keys = counts.index.str.lower().str.replace(r'{SPELLING_KEY.pattern}', '', regex=True)",
            f"{name} = key.map(counts.groupby(keys).idxmax()).fillna(spelled)",
        ]
    return lines


def marked_number_lines(code: str, catalog: Catalog, frame: str) -> list[str]:
    """The lines that read each column of marked numbers ("$4.99", "5,000+") the cell uses as numbers, in place.

    Run again they change nothing: numbers read as text and back are the same numbers.
    """
    lines = []
    for c in catalog.of(frame):
        if not (c.numeric_text and not c.clock and json.dumps(c.name, ensure_ascii=False) in code):
            continue
        series = f"{frame}[{json.dumps(c.name, ensure_ascii=False)}]"
        why, read = text_number_reading(c, series)
        lines += [f"# {why}", f"{series} = {read}"]
    return lines


def _once(reading: str, series: str) -> str:
    """A reading that text alone can take, left out when the column is numbers already.

    The reading is written into the frame, so the next cell finds numbers there: read again they must stay.
    """
    return f"({series} if pd.api.types.is_numeric_dtype({series}) else {reading.format(s=series)})"


def text_number_reading(column: Column, series: str) -> tuple[str, str]:
    """Why and how a column of numbers kept as text is read as numbers: a comment, and the expression."""
    values, name = column.values, column.name
    if feet_inches(values):
        return f"{name} is stored as feet and inches like {values[0]!r}: read it as inches", _once(
            FEET_INCHES_READ, series
        )
    if (unit := unit_of(values)) is not None and unit.lower() in _BYTES:
        # "297 MB" among "1.2 GB" and "0 B" (a backup log's Transferred): every size in the unit seen, 1024 a step
        return f"{name} is stored as sizes like {values[0]!r}: read them all as {unit}", bytes_to_number(series, unit)
    if unit is not None:
        return f"{name} is stored as text like {values[0]!r}: read it as numbers of {unit}", unit_to_number(
            series, unit
        )
    if number_words(values):
        example = next(v for v in values if v.strip())
        # numbers already (a second reading of the same frame) stay as they are
        return f"{name} holds numbers written as words like {example!r}: read them as numbers", (
            f'pd.to_numeric({series}, errors="coerce").fillna({series}.astype(str).str.strip().str.lower()'
            f".map({ {w: i for w, i in _NUMBER_WORDS.items() if w in {v.strip().lower() for v in values}} }))"
        )
    if (mark := marked_miss(values)) is not None:
        return f"{name} holds numbers and {mark!r} where there is none: read the numbers, {mark!r} as missing", (
            plain_to_number(series)
        )
    if spelled_durations(values):
        example = next(v for v in values if v.strip())
        return f"{name} is a length of time like {example!r}: read it as minutes", _once(SPELLED_MINUTES, series)
    if money_ranges(values):
        example = next(v for v in values if v.strip())
        return f"{name} is a range like {example!r}: read the middle of each range", _once(RANGE_MIDDLE, series)
    if worded_amounts(values):
        example = next(v for v in values if v.strip())
        return f"{name} is an amount of money among words like {example!r}: read the amount", _once(
            WORDED_AMOUNT_READ, series
        )
    if decimal_commas(values):
        example = next(v for v in values if v.strip())
        return f"{name} writes decimals with a comma like {example!r}: read them as numbers", _once(
            DECIMAL_COMMA_READ, series
        )
    if (prefix := prefix_of(values)) is not None:
        example = next(v for v in values if v.strip())
        return f"{name} is stored as text like {example!r}: drop {prefix!r}, read the numbers", (
            rf'pd.to_numeric({series}.astype(str).str.replace(r"^\s*{re.escape(prefix)}\s*|,", "", regex=True), '
            'errors="coerce")'
        )
    if marked_numbers(values):
        return f"{name} is stored as text like {marked_example(values)!r}: drop the marks, read the numbers", (
            marked_to_number(series, values)
        )
    # numbers with a few words among them ("Not Provided"): those cells are missing
    return f"{name} is stored as text (cells that are not numbers become missing): read it as numbers", (
        plain_to_number(series)
    )


_MONEY_RANGE = re.compile(
    r"\s*[$€£₹]?\s*\d[\d,]*(?:\.\d+)?\s*[Kk]?\s*(?:-|–|to)\s*[$€£₹]?\s*\d[\d,]*(?:\.\d+)?\s*[Kk]?"
    r"(?:\s*\(.*\)|\s+[a-z ]{1,20})?\s*"  # "(Glassdoor est.)", "a year"
)
RANGE_MIDDLE = (
    r'{s}.astype(str).str.extract(r"(?i)([\d.,]+)\s*(k?)\s*(?:-|–|to)\s*[$€£₹]?\s*([\d.,]+)\s*(k?)").pipe('
    'lambda p: (pd.to_numeric(p[0].str.replace(",", ""), errors="coerce") * p[1].str.lower().map({{"k": 1000}})'
    '.fillna(1) + pd.to_numeric(p[2].str.replace(",", ""), errors="coerce") * p[3].str.lower().map({{"k": 1000}})'
    ".fillna(1)) / 2)"
)


_SPELLED = re.compile(
    # (days too: Help Scout's "1d 2h")
    r"\s*(?:(?P<d>\d+)\s*d(?:ays?)?)?\s*(?:(?P<h>\d+)\s*h(?:ours?|rs?)?)?\s*(?:(?P<m>\d+)\s*m(?:in(?:ute)?s?)?)?\s*(?:(?P<s>\d+)\s*s(?:ec(?:ond)?s?)?)?\s*",
    re.IGNORECASE,
)
SPELLED_MINUTES = (
    r'{s}.astype(str).str.extract(r"(?i)^\s*(?:(\d+)\s*d\w*)?\s*(?:(\d+)\s*h\w*)?\s*(?:(\d+)\s*m\w*)?\s*(?:(\d+)\s*s\w*)?\s*$")'
    ".astype(float).pipe(lambda p: (p[0].fillna(0) * 1440 + p[1].fillna(0) * 60 + p[2].fillna(0) + p[3].fillna(0) / 60)"
    ".where(p.notna().any(axis=1)))"
)


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    )
}


# a mark written where a number is missing: a failed game's "X", a race's "DNF", a dash
_MISS_MARKS = frozenset({"x", "dnf", "dns", "dq", "dsq", "-", "—", "–", "n/a", "na", "?", "ret", "nc"})


def marked_miss(values: tuple[str, ...]) -> str | None:
    """The one mark among small whole numbers that stands for none ("4", "3", "X" of Wordle's Guesses), or None."""
    said = {v.strip() for v in values if v.strip()}
    numbers = {v for v in said if re.fullmatch(r"\d{1,3}", v)}
    others = said - numbers
    if len(numbers) < 3 or len(others) != 1 or next(iter(others)).lower() not in _MISS_MARKS:
        return None
    return next(iter(others))


def number_words(values: tuple[str, ...]) -> bool:
    """Counts written as words ("four", "six" cylinders; "two" doors): read as the numbers they say."""
    said = {v.strip().lower() for v in values if v.strip()}
    return len(said) >= 2 and said <= set(_NUMBER_WORDS)


def spelled_durations(values: tuple[str, ...]) -> bool:
    """Lengths of time spelled with their units ("26H 35M 25S", "1h 30m"): read as minutes.

    Hours or minutes must be said in most cells, so that "5s" of a phone model reads as nothing of the kind.
    """
    said = [v for v in values if v.strip()]
    parts = [m for v in said if (m := _SPELLED.fullmatch(v)) and (m["d"] or m["h"] or m["m"] or m["s"])]
    timed = [m for m in parts if m["d"] or m["h"] or m["m"]]
    return len(said) >= 3 and len(parts) * 10 >= len(said) * 9 and len(timed) * 2 >= len(parts)


def money_ranges(values: tuple[str, ...]) -> bool:
    """Cells that are money ranges ("$53K-$91K (Glassdoor est.)", "£30,000 - £40,000"): each read as its middle.

    A sign or a K must say money: "2013-2014" is a span of years, "10-20" a band of counts.
    """
    said = [v for v in values if v.strip() and v.strip() != "-1"]
    ranged = [v for v in said if _MONEY_RANGE.fullmatch(v)]
    money = [v for v in ranged if re.search(r"[$€£₹]|\d\s*[Kk]\b", v)]
    return len(said) >= 3 and len(ranged) * 10 >= len(said) * 9 and len(money) * 2 >= len(ranged)


# An amount of money inside a few words, as scraped pages write it ("$12,345 raised", "of $20K goal", "$1.5M")
_WORDED_AMOUNT = re.compile(r"\s*(?:[A-Za-z]+\s+){0,3}[$€£¥₹]\s*\d[\d,]*(?:\.\d+)?\s*[KkMmBb]?(?:\s+[A-Za-z]+){0,3}\s*")
WORDED_AMOUNT_READ = (
    r'{s}.astype(str).str.extract(r"[$€£¥₹]\s*(\d[\d,]*(?:\.\d+)?)\s*([KkMmBb]?)(?![A-Za-z])").pipe('
    'lambda p: pd.to_numeric(p[0].str.replace(",", ""), errors="coerce") '
    '* p[1].str.upper().map({{"K": 1e3, "M": 1e6, "B": 1e9}}).fillna(1))'
)


def worded_amounts(values: tuple[str, ...]) -> bool:
    """Cells that are one amount of money among words ("$12,345 raised", "of $20K goal"): read as the amount.

    A sign of money must be there, and words too on some cells: plain "$4.99" is `marked_numbers`' reading.
    """
    said = [v for v in values if v.strip()]
    worded = [v for v in said if _WORDED_AMOUNT.fullmatch(v)]
    return (
        len(said) >= 3
        and len(worded) * 10 >= len(said) * 9
        and any(re.search(r"[A-Za-z]{2,}", re.sub(r"\d\s*[KkMmBb](?![A-Za-z])", "", v)) for v in worded)
    )


_PREFIXED = re.compile(r"\s*(?P<p>\(?[A-Za-z]{1,6}\)?\.?)\s*-?\d[\d,]*(?:\.\d+)?\s*")


def prefix_of(values: tuple[str, ...]) -> str | None:
    """The one word written before every number ("(min) 24", "USD 1,200", "Rs. 500"), or None."""
    said = [v for v in values if v.strip()]
    prefixes = [m["p"] for v in said if (m := _PREFIXED.fullmatch(v))]
    if len(said) < 2 or len(prefixes) * 10 < len(said) * 9 or len(set(prefixes)) != 1:
        return None
    # "(min) 24" or "USD 1,200" say a unit; "App 7", "Store 12" are names with a number
    word = prefixes[0].strip("().").lower()
    return prefixes[0] if prefixes[0].startswith("(") or word in _MONEY_CODES else None


_MONEY_CODES = frozenset({"usd", "eur", "gbp", "inr", "rs", "rm", "aud", "cad", "sgd", "jpy", "cny", "rmb", "chf"})
_MONEY_CODES |= frozenset({"nzd", "hkd", "zar", "brl", "mxn", "sek", "nok", "dkk", "krw", "idr", "php", "thb", "aed"})


def marked_example(values: tuple[str, ...]) -> str:
    """One example cell that shows the marks ("$4.99" rather than "0")."""
    marks = (v for v in values if re.search(r"[$€£¥₹,+%()]", v) or MAGNITUDE.fullmatch(v))
    return next(marks, values[0] if values else "")


def _days_spanned(lo: Any, hi: Any) -> int | None:
    """Calendar days from the first date to the last (ISO text from the profile), both counted."""
    try:
        first, last = date.fromisoformat(str(lo)[:10]), date.fromisoformat(str(hi)[:10])
    except ValueError:
        return None
    return (last - first).days + 1


def _days_in_format(lo: Any, hi: Any, fmt: Any) -> int | None:
    """Days spanned by dates still written as numbers or text in one format (20100101 as "%Y%m%d")."""
    if not isinstance(fmt, str) or not fmt.startswith("%Y") or lo is None or hi is None:  # year first: min is first
        return None
    text = [str(int(v)) if isinstance(v, float) and v.is_integer() else str(v) for v in (lo, hi)]
    try:
        first, last = (datetime.strptime(t, fmt).date() for t in text)
    except ValueError:
        return None
    return (last - first).days + 1 if last >= first else None


_HMS = re.compile(r"\s*\d{1,3}:[0-5]\d:[0-5]\d(?:\.\d+)?\s*")
_MS = re.compile(r"\s*\d{1,3}:[0-5]\d(?:\.\d+)?\s*")
# a length written in words ("6 hrs and 48 mins", Audible; "45 min"): hours or minutes said as words, so that
# "5 m" (metres) or "10 s" alone is none (and "10H 5M 0S" is read as numbers, where it always was)
_WORDED_LENGTH = re.compile(
    r"(?i)\s*(?=.*(?:hours?\b|hrs?\b|mins?\b|minutes?\b))"
    r"(?:\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\b\s*(?:and\s+|,\s*)?)?"
    r"(?:\d+(?:\.\d+)?\s*(?:minutes?|mins?|m)\b\s*(?:and\s+|,\s*)?)?"
    r"(?:\d+\s*(?:seconds?|secs?|s)\b)?\s*"
)


_CLOCK_TIME = re.compile(r"\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*")
_AM_PM = re.compile(r"\s*(?:0?[1-9]|1[0-2]):[0-5]\d(?::[0-5]\d)?\s*[AaPp][Mm]\s*")


def times_of_day(columns: list[Column]) -> list[Column]:
    """The frame's columns, a time of day beside its date read as a time (order_date and order_time).

    h:mm:ss text alone is a length of time (a race's finish time); next to a date column of the same name
    ("order_date", "order_time"; "Date", "Time") it is the clock time of that date, so "which hour" reads it.
    """
    dated = {tuple(s for s in c.stems if s not in ("date", "day", "dt")) for c in columns if c.is_date}
    out = []
    for c in columns:
        own = tuple(s for s in c.stems if s not in ("time", "tm"))
        if (
            c.kind in ("text", "other", "categorical")
            and not c.is_date
            and "time" in c.stems
            and own in dated
            and c.values
            and all(_CLOCK_TIME.fullmatch(v) for v in c.values)
            and not (c.clock and hours_minutes(c))  # "0:45", "1:30" of a timesheet: lengths, no clock of the day
        ):
            seconds = all(v.count(":") == 2 for v in c.values)
            c = replace(c, time_of_day=True, clock=False, date_format="%H:%M:%S" if seconds else "%H:%M")
        elif (
            c.kind in ("text", "other", "categorical")
            and not c.is_date
            and c.values
            and all(_AM_PM.fullmatch(v) for v in c.values)
        ):  # "10:12 AM" of a Depart Time or a Session Start: a clock of the day, whatever its name (no length says PM)
            seconds = all(v.count(":") == 2 for v in c.values)
            c = replace(c, time_of_day=True, clock=False, date_format="%I:%M:%S %p" if seconds else "%I:%M %p")
        out.append(c)
    return out


def _all_clocks(values: tuple[str, ...]) -> bool:
    """Example cells that are all lengths of time written h:mm:ss ("3:13:59", "0:45:10").

    Or m:ss, when some minutes are 24 or more, which no clock of the day shows ("30:05" of a 5 km run).
    """
    if worded_lengths(values):
        return True
    if not values or not all(_HMS.fullmatch(v) or _MS.fullmatch(v) for v in values):
        return False
    short = [v for v in values if not _HMS.fullmatch(v)]
    # (or many, none past 9, some in the hour after midnight: "00:28", "03:10" are a brew's minutes and seconds,
    # never the clock of a day's events)
    midnight = (
        len(short) >= 10
        and any(v.strip().startswith("00:") for v in short)
        and all(int(v.strip().split(":")[0]) < 10 for v in short)
    )
    # (tenths of a second, "6:45.3" of a 2k erg test, are no clock of the day either)
    tenths = any("." in v for v in short)
    return not short or midnight or tenths or any(int(v.strip().split(":")[0]) >= 24 for v in short)


def worded_lengths(values: tuple[str, ...]) -> bool:
    """Whether a column's lengths of time are written in words ("6 hrs and 48 mins") rather than h:mm:ss."""
    return bool(values) and all(_WORDED_LENGTH.fullmatch(v) and re.search(r"\d", v) for v in values)


_HM = re.compile(r"\s*\d{1,2}:[0-5]\d\s*")
_LENGTH_NAMES = frozenset({"duration", "length", "tracked", "worked", "logged", "elapsed"})
# what a time was spent doing, said after "Time" ("Time Practiced", "Time Spent", "Time Played"): a length of it,
# never a time of day (unlike "Time Started", "Time Created")
_TIME_SPENT = frozenset({"practiced", "practised", "spent", "played", "watched", "listened", "studied", "trained"})
_TIME_SPENT |= {"asleep", "awake", "slept", "sleeping", "active", "moving", "driving", "online"}  # Pillow's Time asleep
# ... and the deeds whose "<deed> time" is how long they took ("Brew time" 03:10, "Lap Time", "Moving Time")
_LONG_DEEDS = frozenset({"print", "printing", "flight", "flying", "drive", "driving", "render", "rendering", "charge"})
_LONG_DEEDS |= {"charging", "shift", "build", "travel", "transit", "labor", "labour", "work", "working", "block"}
_TIMED_DEEDS = frozenset({"brew", "brewing", "steep", "extraction", "lap", "split", "cook", "cooking", "bake", "prep"})
_TIMED_DEEDS |= {"moving", "elapsed", "race", "finish", "chip", "gun", "talk", "hold", "handle", "handling", "boil"}
_TIMED_DEEDS |= {"match", "bout"}  # a wrestling bout's Match Time "1:23": how long it went, minutes and seconds
# ... a runner's Mile Time "8:45", a roaster's Roast Time "12:35", an escape room's Solve Time: how long each took
_TIMED_DEEDS |= {"mile", "run", "running", "swim", "swimming", "ride", "riding", "row", "rowing", "paddle", "climb"}
_TIMED_DEEDS |= {"solve", "escape", "roast", "roasting", "smoke", "smoking", "cure", "curing", "mash", "cycle", "dry"}
_TIMED_DEEDS |= {"drying", "setup", "turnaround", "response"}


def _hours_minutes(values: tuple[str, ...] | list[str]) -> bool:
    """Example cells all h:mm under a day ("2:15", "0:45"), as a timesheet writes the hours and minutes worked."""
    said = [v for v in values if v.strip()]
    return bool(said) and all(_HM.fullmatch(v) for v in said)


def hours_minutes(column: Column) -> bool:
    """A length named so whose cells are h:mm ("Duration" 2:15 of Kimai): hours and minutes, not minutes and seconds."""
    named = bool(set(column.stems) & _LENGTH_NAMES) or column.stems == ("time",)
    named = named or bool(set(column.stems) & {"asleep", "awake", "slept"})  # a night's Time asleep "7:09"
    # (and the time of a deed that takes hours: a print farm's Print Time "1:27", a flight's Flight Time)
    long_deed = "time" in column.stems and bool(set(column.stems) & _LONG_DEEDS)
    named = named or long_deed
    if column.stems == ("length",) and not any(re.match(r"\s*0:\d\d\s*$", v) for v in column.values):
        return False  # a playlist's Length "3:42": a song's minutes and seconds (no timesheet says 3:42 for 0:45)
    return column.clock and named and _hours_minutes(column.values) and (long_deed or not _all_clocks(column.values))


def clock_minutes(expr: str, worded: bool = False, hm: bool = False) -> str:
    """Code reading h:mm:ss (or m:ss) text in `expr` as minutes; m:ss is given its zero hours first.

    `worded`: lengths written "6 hrs and 48 mins" are first put as pandas reads them ("6h 48m").
    `hm`: h:mm is hours and minutes (a timesheet's Duration), given its zero seconds instead.
    """
    if hm:
        hours = f'{expr}.astype(str).str.replace(r"^\\s*(\\d+:\\d\\d)\\s*$", r"\\1:00", regex=True)'
        return f'pd.to_timedelta({hours}, errors="coerce").dt.total_seconds() / 60'

    if worded:
        short = (
            f'{expr}.astype(str).str.replace(r"(?i)\\s*\\band\\b|,", " ", regex=True)'
            '.str.replace(r"(?i)\\s*(?:hours?|hrs?)\\b", "h", regex=True)'
            '.str.replace(r"(?i)\\s*(?:minutes?|mins?)\\b", "m", regex=True)'
            '.str.replace(r"(?i)\\s*(?:seconds?|secs?)\\b", "s", regex=True)'
        )
        return f'pd.to_timedelta({short}, errors="coerce").dt.total_seconds() / 60'
    hours = f'{expr}.astype(str).str.replace(r"^\\s*(\\d+:\\d\\d(?:\\.\\d+)?)\\s*$", r"0:\\1", regex=True)'
    return f'pd.to_timedelta({hours}, errors="coerce").dt.total_seconds() / 60'


# places and ranks numbered rather than named: their numbers label groups
# The second word of an amount named for what it measures: Carb Value, Refund Amount, Insulin Dose
AMOUNT_PARTS = frozenset({"value", "amount", "dose"})
NUMBERED_AREAS = frozenset({"district", "ward", "precinct", "zone", "region", "division", "beat", "sector", "area"})
# a number with its sign and currency mark before it ("- $6.72" of Venmo: a space may follow the sign)
_SIGNED_NUMBER = r"\s*[-+]?\s*[$€£¥₹]?\s*\d[\d,]*(?:\.\d+)?"
_MARKED = re.compile(_SIGNED_NUMBER + r"\s*(?:[+%]|[KkMmBb]|/\s*(?:5|10|100))?\s*")
# an amount below zero as accounts write it, in brackets ("($2,683.78)", "(45.00)")
_BRACKETED = re.compile(r"\s*\(\s*[$€£¥₹]?\s*\d[\d,]*(?:\.\d+)?\s*\)\s*")
_OUT_OF = re.compile(r"\d\s*/\s*(?:5|10|100)\s*$")  # a score out of five, ten or a hundred: "4.1/5", "3.8 /5"
# ("1.5M", "$3.2 M"; never "1,561 m", metres: a unit after a space, with no currency before)
MAGNITUDE = re.compile(r"\s*(?:[$€£¥₹]\s*\d[\d,]*(?:\.\d+)?\s*|\d[\d,]*(?:\.\d+)?)[KkMmBb]\s*")
NUMBER_MARKS = r"[$€£¥₹,+%\s]"  # what a cell of marked numbers holds besides the number


_EPOCH_UNITS = {"epoch": "s", "epoch_ms": "ms"}  # times since 1970, as the profile names their unit


def date_arguments(date_format: str | None) -> str:
    """What `pd.to_datetime` needs after the column to read dates kept in `date_format` (one place for all)."""
    if date_format in _EPOCH_UNITS:
        return f', unit="{_EPOCH_UNITS[date_format]}"'
    return f", format={date_format!r}" if date_format else ""


def marked_to_number(series: str, values: tuple[str, ...] = ()) -> str:
    """The expression that reads a column of marked numbers ("$4.99", "5,000+") as numbers; unreadable: missing.

    With magnitude letters among the `values` seen ("10.00K", "1.50M"), each number is multiplied by its letter.
    """
    if any(_OUT_OF.search(v) for v in values):  # "4.1/5": the score, without what it is out of
        series = rf'{series}.astype(str).str.replace(r"\s*/\s*\d+\s*$", "", regex=True)'
    if any(_BRACKETED.fullmatch(v) for v in values):  # "($2,683.78)": below zero
        series = rf'{series}.astype(str).str.replace(r"^\s*\((.*)\)\s*$", r"-\1", regex=True)'
    if not any(MAGNITUDE.fullmatch(v) for v in values):
        return f'pd.to_numeric({series}.astype(str).str.replace(r"{NUMBER_MARKS}", "", regex=True), errors="coerce")'
    text = f"{series}.astype(str).str.strip()"
    number = f'pd.to_numeric({text}.str.replace(r"{NUMBER_MARKS}|[KkMmBb]$", "", regex=True), errors="coerce")'
    letter = f'{text}.str[-1:].str.upper().map({{"K": 1e3, "M": 1e6, "B": 1e9}}).fillna(1)'
    return f"{number} * {letter}"


_BYTES = {"b": 0, "kb": 1, "mb": 2, "gb": 3, "tb": 4, "pb": 5, "kib": 1, "mib": 2, "gib": 3, "tib": 4, "pib": 5}


def bytes_to_number(series: str, unit: str) -> str:
    """The expression that reads sizes written with any byte unit ("1.2 GB", "345 MB", "0 B") as numbers of `unit`."""
    base = _BYTES[unit.lower()]
    factors = {u: 1024.0 ** (p - base) for u, p in _BYTES.items()}
    parts = rf"{series}.astype(str).str.extract(r'(?i)^\s*(\d[\d,]*(?:\.\d+)?)\s*([kmgtp]?i?b)\s*$')"
    return (
        f"pd.to_numeric({parts}[0].str.replace(',', '', regex=False), errors='coerce')"
        f" * {parts}[1].str.lower().map({factors!r})"
    )


def unit_to_number(series: str, unit: str) -> str:
    """The expression that reads numbers written with one unit after them ("8GB", "1.37kg"); the rest: missing."""
    return (
        f'pd.to_numeric({series}.astype(str).str.replace(r"(?i)\\s*{re.escape(unit)}\\s*$|,", "", regex=True), '
        'errors="coerce")'
    )


def plain_to_number(series: str) -> str:
    """The expression that reads numbers kept as text, thousands commas and all ("1,200"); the rest: missing.

    The examples a profile shows may all be short ("400", "NEW"), so commas are dropped wherever they group
    thousands, not only when an example shows one.
    """
    commas = r'r"(?<=\d),(?=\d{3}(?!\d))"'
    return f'pd.to_numeric({series}.astype(str).str.replace({commas}, "", regex=True), errors="coerce")'


_FEET_INCHES = re.compile(r"\s*\d\s*'\s*\d{1,2}\s*(?:\"|'')?\s*")
FEET_INCHES_READ = (
    '{s}.astype(str).str.extract(r"(\\d+)\\s*[\'-]\\s*(\\d+)").astype(float).pipe(lambda p: 12 * p[0] + p[1])'
)


# Heights as the NFL combine writes them ("6-2"): feet of 4 to 7, inches of 0 to 11, on (nearly) every cell (a score
# such as "2-1" or "0-0" has feet below 4 somewhere among its cells)
_FEET_DASH_INCHES = re.compile(r"\s*[4-7]-(?:[0-9]|1[01])\s*")


def feet_inches(values: tuple[str, ...]) -> bool:
    """Example cells that are heights in feet and inches ("5'11", "6' 2", "6-2"): read as inches."""
    said = [v for v in values if v.strip()]
    dashed = sum(bool(_FEET_DASH_INCHES.fullmatch(v)) for v in said) * 10 >= len(said) * 9
    return len(said) >= 3 and (sum(bool(_FEET_INCHES.fullmatch(v)) for v in said) * 3 >= len(said) * 2 or dashed)


_DECIMAL_COMMA = re.compile(r"\s*[-+]?\d{1,3},\d{1,2}\s*[$€£]?\s*")
DECIMAL_COMMA_READ = (
    r'pd.to_numeric({s}.astype(str).str.replace(r"[^\d,\-]", "", regex=True).str.replace(",", "."), errors="coerce")'
)


def decimal_commas(values: tuple[str, ...]) -> bool:
    """Numbers written with a decimal comma and one or two decimals ("8,79", "0,90 €"), as European files do.

    Never with three decimals, which would be a thousands comma ("1,200"), nor beside numbers with a point.
    """
    said = [v for v in values if v.strip()]
    commas = [v for v in said if _DECIMAL_COMMA.fullmatch(v)]
    plain = [v for v in said if re.fullmatch(r"\s*[-+]?\d+\s*", v)]
    return len(commas) >= 3 and len(commas) + len(plain) == len(said) and not any("." in v for v in said)


def marked_numbers(values: tuple[str, ...]) -> bool:
    """Example cells that are numbers written with a currency sign, thousands commas, a % or a trailing +.

    ("$4.99", "0", "5,000+"); or with a magnitude letter ("10.00K", "1.50M" of damage, "19M" of a size), each
    cell read times its letter (K a thousand, M a million, B a billion).
    """
    numbers = [v for v in values if _MARKED.fullmatch(v) or _BRACKETED.fullmatch(v)]
    marked = any(re.search(r"[$€£¥₹,+%()]", v) or MAGNITUDE.fullmatch(v) or _OUT_OF.search(v) for v in numbers)
    return marked and len(numbers) * 3 >= len(values) * 2


# (degrees as a weather station's table writes them into each cell: "78.2 °F", "21 °C")
_WITH_UNIT = re.compile(r"\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>°?[A-Za-z]{1,3}|°)\s*")


# Units of measure a stock or a shopping list counts in: an Amount beside a Unit column of them is no money
_MEASURES = frozenset(
    {"g", "gram", "grams", "kg", "mg", "ml", "l", "litre", "liter", "oz", "lb", "lbs", "piece", "pieces", "pc", "pcs"}
    | {"pack", "packs", "each", "ea", "unit", "units", "can", "cans", "bottle", "bottles", "box", "boxes", "bag"}
    | {"bags", "dozen", "cup", "cups", "tbsp", "tsp", "gal", "gallon", "gallons", "bunch", "loaf", "slice", "slices"}
)


_HOUR_UNITS = frozenset({"hour", "hr", "hrs", "minute", "min", "mins"})


def hours_taken(columns: list[Column]) -> list[Column]:
    """The hours (or minutes) each row actually took (Zero's Actual Hours of a fast), never the ones aimed at."""
    return [
        c
        for c in columns
        if c.numeric
        and set(c.stems) & _HOUR_UNITS
        and set(c.stems) - _HOUR_UNITS
        and set(c.stems) - _HOUR_UNITS <= {"actual", "elapsed"}
    ]


def travel_times(
    columns: list[Column], words: frozenset[str] = frozenset({"travel", "trip", "journey"})
) -> list[Column]:
    """The time a trip takes, kept per row (a bus booking's Travel Time (min)), by a word for the trip in its name."""
    return [
        c
        for c in columns
        if c.numeric
        and not c.id_like
        and words & set(c.stems)
        and ("time" in c.stems or bool({"duration", "length"} & set(c.stems)))
    ]


# Participles that say what a number is rather than a deed that adds up (Speed Limited, Rate Adjusted)
_NOT_DEEDS = frozenset({"adjusted", "limited", "estimated", "expected", "needed", "required", "allowed", "projected"})
# Deeds whose past participle does not end in -ed: "Eggs Laid", "Fish Caught", "Calves Born"
IRREGULAR_DEEDS = frozenset(
    {"laid", "caught", "grown", "born", "bought", "built", "kept", "made", "taken", "given", "shot", "found"}
    | {"drawn", "won", "brought", "dug", "spun", "sewn", "hung", "fed", "bred", "seen", "sold", "sent", "cut"}
    | {"shorn", "woven", "thrown", "flown", "ridden", "driven", "eaten", "stolen", "written"}
)
# plurals that are their singular or change inside ("Sheep Shorn", "Geese Counted"): counted things still
_SAME_PLURALS = frozenset({"sheep", "fish", "deer", "cattle", "bison", "moose", "swine", "people", "geese", "mice"})
_NOT_DEEDS |= {"weighted", "normalized", "normalised", "scaled", "rated", "based", "averaged", "predicted"}


def _whole_text(values: tuple[str, ...]) -> bool:
    """Whole numbers written as text, thousands set apart by commas ("14,570", "7,440")."""
    shown = [v for v in values if v.strip()]
    return bool(shown) and all(re.fullmatch(r"\s*\d{1,3}(?:,\d{3})*\s*|\s*\d+\s*", v) for v in shown)


def _whole_but_marked(values: tuple[str, ...]) -> bool:
    """Whole numbers but for one word written on some rows ("CLOSED", "N/A"): counts, the word none counted."""
    shown = [v.strip() for v in values if v.strip()]
    numbers = [v for v in shown if re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", v)]
    words = {v.lower() for v in shown if v not in numbers}
    return len(numbers) >= 2 and len(words) == 1 and bool(re.fullmatch(r"[a-z/ ]{2,12}", next(iter(words))))


def _whole_numbers(info: dict[str, Any]) -> bool:
    """Whole numbers of none or more, kept as integers or as decimals where some rows are blank."""
    low, high, dtype = info.get("min"), info.get("max"), str(info.get("dtype", "")).lower()
    if not isinstance(low, int | float) or not isinstance(high, int | float) or low < 0:
        return False
    return "int" in dtype or ("float" in dtype and float(low).is_integer() and float(high).is_integer())


def stock_amount(column: Column, columns: list[Column]) -> bool:
    """An Amount beside a Unit column of measures (g, ml, piece) among `columns`: a quantity of stuff, not money."""
    if not column.numeric or not set(column.stems) & {"amount", "amt"}:
        return False
    for c in columns:
        said = [v.strip().lower() for v in c.values if v.strip()]
        units = c.frame == column.frame and c.categorical and set(c.stems) & {"unit", "uom"} and said
        if units and sum(v in _MEASURES for v in said) * 2 >= len(said):
            return True
    return False


def unit_of(values: tuple[str, ...]) -> str | None:
    """The one unit written after every number ("8GB", "1.37kg", "250 ml"), as written in most cells, or None.

    A magnitude letter alone (K, M, B) is no unit: "10.5M" is ten million and a half (see `marked_numbers`).
    """
    units = [m["u"] for v in values if (m := _WITH_UNIT.fullmatch(v))]
    if len(values) < 2 or len(units) * 10 < len(values) * 9 or len({u.lower() for u in units}) != 1:
        return None
    unit = max(set(units), key=units.count)
    # ("1,561 m" of a trail's climb: metres, a lower-case unit after a space, not a million)
    metres = unit in ("m", "km") and all(re.search(r"\d\s+[a-z]+\s*$", v) for v in values if _WITH_UNIT.fullmatch(v))
    return None if unit.upper() in ("K", "M", "B") and not metres else unit


def _mostly_numbers(values: tuple[str, ...]) -> bool:
    """Example cells that are numbers with at most some junk around them ("12.5", " 7 kg")."""
    junk = _SIGNED_NUMBER + r"\s*°?[a-zA-Z%]{0,3}\s*"
    numbers = [v for v in values if re.fullmatch(junk, v) or _BRACKETED.fullmatch(v)]
    # a row and a letter ("5F", "43E", "22D": seats, flats): codes; a unit is one and the same after every number
    lettered = {m[1] for v in numbers if (m := re.fullmatch(r"\s*\d+([A-Z])\s*", v))}
    if len(lettered) >= 3 and sum(bool(re.fullmatch(r"\s*\d+[A-Z]\s*", v)) for v in numbers) * 2 >= len(numbers):
        return False
    return len(values) > 0 and (len(numbers) * 3 >= len(values) * 2 or prefix_of(values) is not None)


@dataclass
class Catalog:
    """Every loaded frame and its columns, in profile order."""

    frames: list[str] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    long_views: dict[str, str] = field(default_factory=dict)
    """A wide table's long view (`data.reshape`): the wide frame's name to the long one's."""
    subjects: dict[str, frozenset[str]] = field(default_factory=dict)
    """The stems of the words a frame's file is named by ("astronauts.csv": astronaut): what each row is."""
    views: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """Views of a frame's rows asked in this turn (`spending`): the view's name to its frame and defining lines."""

    @classmethod
    def from_profiles(cls, profiles: list[dict[str, Any]]) -> Catalog:
        """Build from the profiles printed by `profile_code`."""
        catalog = cls()
        for profile in profiles:
            frame = str(profile.get("variable", "df"))
            catalog.frames.append(frame)
            catalog.rows[frame] = int((profile.get("shape") or [0])[0])
            if isinstance(profile.get("long_of"), str):
                catalog.long_views[profile["long_of"]] = frame
            if isinstance(profile.get("file"), str):
                catalog.subjects[frame] = file_subjects(profile["file"])
            infos = profile.get("columns", [])
            meanings = described(str(info.get("name", "")) for info in infos)
            codes = value_meanings(str(info.get("name", "")) for info in infos)
            own = [
                replace(
                    Column.from_profile(
                        frame,
                        info,
                        i,
                        meanings.get(str(info.get("name", ""))) or _country_meaning(info) or _state_meaning(info),
                    ),
                    coded=tuple((codes.get(str(info.get("name", ""))) or _result_codes(info)).items()),
                )
                for i, info in enumerate(infos)
            ]
            # (a number of the download's bookkeeping is kept as it is, never a measure)
            own = [replace(c, additive=False, kind="other") if bookkeeping_number(c) else c for c in own]
            catalog.columns += times_of_day(named_codes(counted_values(parts_of_a_total(own))))
            catalog.columns += paired_totals(catalog.of(frame))
            catalog.columns += cost_totals(catalog.of(frame))
            catalog.columns += two_part_totals(catalog.of(frame))
            catalog.columns += hours_and_minutes(catalog.of(frame))
            catalog.columns += clock_spans(catalog.of(frame))
            catalog.columns += shortfalls(catalog.of(frame))
            catalog.columns += event_flags(catalog.of(frame), infos)
            catalog.columns += unit_columns(own)
            catalog.columns += state_columns(own)
            catalog.columns += full_names(own)
            catalog.columns += maker_columns(own, catalog.subjects.get(frame, frozenset()))
            catalog.columns += family_totals(own)
        return catalog

    def names_subject(self, frame: str, word: str) -> bool:
        """Whether `word` is what the frame's file says each row is ("astronaut" in astronauts.csv)."""
        return stem(word.lower()) in self.subjects.get(frame, frozenset())

    def of(self, frame: str) -> list[Column]:
        """The columns of one frame."""
        return [c for c in self.columns if c.frame == frame]

    def get(self, frame: str, name: str | None) -> Column | None:
        """A column by exact name."""
        return next((c for c in self.columns if c.frame == frame and c.name == name), None)

    def numeric(self, frame: str) -> list[Column]:
        """Numeric columns that are not dates."""
        return [c for c in self.of(frame) if c.numeric]

    def measures(self, frame: str) -> list[Column]:
        """The columns a measure can be: not a time axis, a record code, or a small integer code (a group number)."""
        return [
            c
            for c in self.numeric(frame)
            if not c.time
            and not c.id_like
            and not ("int" in c.dtype.lower() and c.low is not None and c.high is not None and c.high - c.low < 10)
        ]

    def stock_amount(self, column: Column) -> bool:
        """An Amount beside a Unit column of measures (g, ml, piece): a quantity of stuff (Grocy's), not money."""
        return stock_amount(column, self.of(column.frame))

    def names_rows(self, column: Column) -> bool:
        """A record code, or a label with a value of its own on (nearly) every row (flight_no): it never groups."""
        rows = self.rows.get(column.frame, 0)
        many = column.categorical and bool(column.n_unique) and rows >= 20 and (column.n_unique or 0) >= 0.8 * rows
        return column.id_like or many

    def repeating_codes(self, frame: str) -> list[Column]:
        """Record codes that may repeat over the rows (a customer's or athlete's on each of their rows).

        A number code whose distinct values the profile does not count repeats unless it spans at least as many
        values as there are rows (1 ... 600 on 600 rows names each row once).
        """
        rows = self.rows.get(frame, 0)
        return [
            c
            for c in self.of(frame)
            if c.id_like
            and (c.n_unique is None or c.n_unique < rows)
            and not (c.n_unique is None and c.low is not None and c.high is not None and c.high - c.low + 1 >= rows)
        ]

    def time_column(self, frame: str) -> Column | None:
        """The column to use as a time axis: a date column first, else an ordered number (year, step...)."""
        cols = self.of(frame)
        dates = [c for c in cols if c.is_date]
        # a date of birth is when someone was born, not when the rows happened (the race Date beside DOB)
        dates = [c for c in dates if not set(c.stems) & BIRTH_STEMS] or dates
        # a record's bookkeeping (VIOLATION LAST MODIFIED DATE, a status's date) is not when the thing happened
        kept = [c for c in dates if not set(c.stems) & BOOKKEEPING]
        # a camera's Deployment Date is when it was set out, the Image Date/Time when each row happened
        kept = [c for c in kept if not set(c.stems) & SET_OUT] or kept
        # (Eurostat's LAST UPDATE beside TIME_PERIOD, a year: the year is when, the update only when it was sent)
        years = [c for c in cols if c.year_like and not c.is_date and c.ordered]
        dates = kept or ([] if years else dates)
        # (Etherscan's UnixTimestamp beside its DateTime (UTC): the date as written, not seconds since 1970)
        dates = [c for c in dates if c.kind != "numeric"] or dates
        return next(iter(dates), None) or next((c for c in cols if c.ordered), None)


# A record code written as one word, its thing and "id" glued: FAERS's primaryid and caseid, userid, orderid
_GLUED_ID = (
    r"(?:[a-z]+_)?(?:primary|case|user|customer|client|order|patient|player|game|movie|product|item|employee"
    r"|member|account|session|event|report|transaction|record|subject|person|visit|ticket|invoice|station|device"
    r"|host|listing|song|track|artist|video|post|comment|review|loan|claim|policy|contract|shipment|trip|ride)id"
)
SET_OUT = frozenset({"deployment", "deployed", "deploy", "installed", "installation", "install", "setup"})
BOOKKEEPING = frozenset({"modified", "updated", "changed", "edited", "refreshed", "loaded", "extracted", "status"})
BOOKKEEPING |= {"update", "modification", "refresh", "extraction", "retrieved", "downloaded"}


@dataclass(frozen=True)
class Mention:
    """A column named in a question: where, how well, and by which words."""

    column: Column
    start: int
    end: int
    score: float
    word: str
    via: str  # name, partial, prefix, abbreviation, affix, root, synonym, initials or time
    calendar: str | None = None  # a period asked for elsewhere in the question ("hired each year")

    @property
    def period(self) -> str | None:
        """The calendar period a time word asked for ("by month" on a date column), if any."""
        if self.column.time_of_day:  # a clock time: only the hour of the day
            return "H" if self.calendar == "H" else None
        if not self.column.is_date:  # a year column is binned by decade only ("per decade")
            decade = self.via == "time" and TIME_WORDS.get(stem(self.word)) == "DEC"
            return "DEC" if self.column.year_like and decade else None
        if self.calendar in CLOCK_PERIODS:  # "time of day", "day of the week": a cycle, not a calendar period
            return self.calendar
        if self.via != "time":
            return self.calendar
        return TIME_WORDS.get(stem(self.word))


@dataclass(frozen=True)
class ValueMention:
    """A known value of a categorical column found in a question ("Paris")."""

    column: Column
    value: str
    start: int
    end: int


# Name parts that make a numeric column one period of a wide table: Q1 … Q4, Jan … Dec.
QUARTER_NAME = re.compile(r"(?<![a-z0-9])q[1-4](?![a-z0-9])", re.IGNORECASE)
_MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH_NAME = re.compile(
    r"(?<![a-z])(?:january|february|march|april|june|july|august|september|october|november|december|"
    + "|".join(_MONTH_ABBR)
    + r")(?![a-z])",
    re.IGNORECASE,
)


def period_columns(columns: list[Column]) -> tuple[str, list[Column]] | None:
    """The numeric columns that each stand for a quarter (or a month) of the same measure, with the period."""
    for period, rx in (("Q", QUARTER_NAME), ("M", MONTH_NAME)):
        found = [c for c in columns if c.numeric and not c.time and len(rx.findall(c.name)) == 1]
        keys = {rx.search(c.name).group(0).lower()[:3] for c in found}  # type: ignore[union-attr]
        if len(found) >= 2 and len(keys) == len(found):
            return period, found
    return None


# Name parts that make a column a record code of something: what is left names its subject (Run ID: run).
CODE_PARTS = frozenset({"id", "no", "num", "number", "ref", "code", "key"})


def _decimals_but_unknown(values: tuple[str, ...] | list[str]) -> bool:
    """Every value a decimal number ("5.0") but for marks of the unknown ("?", "NA"), at least one of each."""
    said = [v.strip() for v in values if v.strip()]
    unknown = [v for v in said if v.lower() in ("?", "na", "n/a", "-", "nan", "unknown")]
    numbers = [v for v in said if re.fullmatch(r"-?\d+\.\d+", v)]
    return bool(unknown) and len(numbers) >= 2 and len(numbers) + len(unknown) == len(said)


def _country_meaning(info: dict[str, Any]) -> str | None:
    """The meaning "<name> country" of a label of country names under a vague name ("Area", "Entity").

    "top 5 countries by yield" then names it; a name that says what the values are (home_team) keeps its words.
    """
    from .values import COUNTRY_NAMES  # the values module reads the catalog: imported when a profile is read

    name = str(info.get("name", ""))
    values = [str(v[0]).strip().lower() for v in info.get("top", []) if isinstance(v, list | tuple) and v]
    # A longer name (place_of_death_or_residence) is a country too; one that names a side or a person is not.
    if not values or any(
        # (a name of places is one: ECDC's RegionName, a GeoName)
        w.startswith(("countr", "nation", "citizen", "team", "home", "away", "opponent", "winner", "loser"))
        for w in words(name)
    ):
        return None
    known = sum(v in COUNTRY_NAMES for v in values)
    return f"{name} country" if known >= 3 and known * 2 >= len(values) else None


_PROVINCES = frozenset(
    {"ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick"}
    | {"newfoundland and labrador", "prince edward island", "yukon", "northwest territories", "nunavut"}
)


def _state_meaning(info: dict[str, Any]) -> str | None:
    """The meaning "<name> state" of a label of US state names under another name (BEA's GeoName, "Location")."""
    from .values import US_STATE_NAMES  # the values module reads the catalog: imported when a profile is read

    name = str(info.get("name", ""))
    values = [str(v[0]).strip().lower() for v in info.get("top", []) if isinstance(v, list | tuple) and v]
    if not values or "state" in name.lower() or any(w.startswith(("countr", "nation")) for w in words(name)):
        return None
    known = sum(v in US_STATE_NAMES for v in values)
    if known >= 3 and known * 2 >= len(values):
        return f"{name} state"
    # StatCan's GEO: Canada's provinces (and Canada itself, their total)
    provinces = sum(v in _PROVINCES for v in values)
    return (
        f"{name} province"
        if provinces >= 3 and provinces * 2 >= len(values) and "province" not in name.lower()
        else None
    )


_YES_SPELLINGS = frozenset({"y", "yes", "true", "t"})
_NO_SPELLINGS = frozenset({"n", "no", "false", "f"})


def yes_no_respelled(values: tuple[str, ...]) -> dict[str, str]:
    """Yes and no each written two ways in one column ("Y", "N", "Yes", "No"): each other spelling → the usual one.

    The usual spelling is the one seen first (the profile lists values most common first). Only when every value
    seen is a yes or a no and one of them is written two ways; otherwise nothing.
    """
    said = [v for v in dict.fromkeys(values) if v.strip()]
    yes = [v for v in said if v.strip().lower() in _YES_SPELLINGS]
    no = [v for v in said if v.strip().lower() in _NO_SPELLINGS]
    if not yes or not no or len(yes) + len(no) != len(said) or len(said) < 3:
        return {}
    return {v: side[0] for side in (yes, no) for v in side[1:]}


def initial_respelled(values: tuple[str, ...]) -> dict[str, str]:
    """Labels written in full and by their first letter (F and Female, M and Male): each initial → its word.

    Only when every value is a word or the initial of exactly one of them, and a few words at most.
    """
    said = [v.strip() for v in dict.fromkeys(values) if v.strip()]
    full = [v for v in said if len(v) > 1]
    initials = [v for v in said if len(v) == 1 and v.isalpha()]
    if not initials or not 2 <= len(full) <= 6 or len(full) + len(initials) != len(said):
        return {}
    if not all(re.fullmatch(r"[A-Za-z]+", v) for v in full):
        return {}
    spelled = {}
    for letter in initials:
        words = [v for v in full if v[0].lower() == letter.lower()]
        if len(words) != 1:
            return {}
        spelled[letter] = words[0]
    return spelled


_UNKNOWN_MARKS = frozenset({"unknown", "u", "?", "n/a", "na", "unk", "not known", "-"})


def summed_parts(column: Column) -> list[str]:
    """The columns a made sum adds on each row (A + B, or a row sum of several), or none for any other column."""
    if column.formula is None:
        return []
    if column.formula[1] == "rowsum":
        return list(ast.literal_eval(column.formula[2]))
    return [column.formula[0], column.formula[2]] if column.formula[1] == "+" else []


def yes_value(column: Column) -> str | None:
    """The yes of a label of two values ("Y" of Y/N, "Yes", "True"), or None; an UNKNOWN beside them aside."""
    values = [v for v in dict.fromkeys(column.values) if v.strip() and v.strip().lower() not in _UNKNOWN_MARKS]
    if len({v.strip().lower() for v in values}) != 2:
        return None
    return next((v for v in values if v.strip().lower() in ("y", "yes", "true", "t", "1")), None)


def no_value(column: Column) -> str | None:
    """The other value of a label whose yes is known (the "N" of Y/N, "No"), or None."""
    yes = yes_value(column)
    if yes is None:
        return None
    return next((v for v in dict.fromkeys(column.values) if v.strip() and v != yes), None)


def flags_kept(catalog: Catalog, frame: str, text: str) -> list[Column]:
    """The 0/1 columns a question keeps the rows of ("when the shops are open": Open = 1)."""
    out = []
    for said in FLAG_ONLY.finditer(text.lower()):
        word = stem(said.group("w") or said.group("w2") or said.group("w3") or said.group("w4"))
        found = [c for c in catalog.of(frame) if c.flag and c.numeric and c.significant == (word,)]
        if len(found) == 1 and found[0] not in out:
            out.append(found[0])
    return out


# Words a file name carries that say nothing of what a row is ("train.csv", "data_v2_final.csv").
_FILE_FILLER = frozenset(
    {
        "data",
        "dataset",
        "datasets",
        "train",
        "test",
        "csv",
        "tsv",
        "xlsx",
        "xls",
        "json",
        "parquet",
        "txt",
        "final",
        "clean",
        "cleaned",
        "raw",
        "full",
        "public",
        "results",
        "result",
        "sample",
        "export",
        "file",
        "table",
        "all",
        "new",
        "old",
        "copy",
        "details",
        "detail",
        "info",
        "list",
        "master",
        "combined",
        "merged",
        "main",
        "subset",
    }
)


# A game's result kept as one letter: W / L (and D or T for a draw or tie)
_RESULT_MEANINGS = {"W": "wins?|won|winning|victor(?:y|ies)", "L": "loss(?:es)?|lost|los(?:e|ing)", "D": "draws?|drawn"}
_RESULT_MEANINGS["T"] = "ties?|tied"


_VENUE_MEANINGS = {"H": "home", "A": "away", "N": "neutral"}


def _result_codes(info: dict[str, Any]) -> dict[str, str]:
    """What W, L, D and T mean in a column that holds only those letters (a game_result W/L); H, A, N alike."""
    seen = {str(v[0]).strip() for v in info.get("top", []) if isinstance(v, list | tuple) and v}
    if info.get("kind") != "categorical":
        return {}
    for meanings, needed in ((_RESULT_MEANINGS, {"W", "L"}), (_VENUE_MEANINGS, {"H", "A"})):
        if needed <= seen and seen <= set(meanings):
            return {code: meanings[code] for code in sorted(seen)}
    return {}


def file_subjects(name: str) -> frozenset[str]:
    """The stems of a file name's words, less versions, years and filler ("Car details v3.csv": car)."""
    base = re.sub(r"\.[A-Za-z0-9]{1,8}$", "", name)
    base = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", base)  # "AEPhourly", "HouseRent": camel case splits
    words = re.findall(r"[^\W\d_]+", base.lower())
    # (a participle says which rows, it names no thing: "listed" of nrhp_listed_properties.csv)
    return frozenset(
        stem(w)
        for w in words
        if len(w) > 2
        and w not in _FILE_FILLER
        and not re.fullmatch(r"v\d*", w)
        and not (len(w) > 5 and w.endswith("ed"))
    )


def rows_noun(catalog: Catalog, frame: str | None, word: str) -> Column | None:
    """The record code whose subject the word is ("runs": Run ID), when the frame has one."""
    said = stem(word.lower())
    for c in catalog.of(frame) if frame else catalog.columns:
        if c.id_like and tuple(p for p in c.stems if p not in CODE_PARTS and p not in ("unique", "record")) == (said,):
            return c
        if c.categorical and c.stems == (said, "name"):  # "players": player_name names each row
            return c
    return None


def repeats(c: Column, rows: int) -> bool:
    """Fewer distinct values than rows (integer codes: the span between the lowest and highest is shorter)."""
    if c.n_unique:
        return c.n_unique < rows
    if c.low is not None and c.high is not None and "int" in c.dtype.lower():
        return c.high - c.low + 1 < rows
    return False


WITH_TAX = frozenset({"inc", "incl", "including", "inclusive", "gross"})
_TAX_SIDES = WITH_TAX | {"ex", "excl", "excluding"}
_NO_WHOLE = (SIDE_CHARGES - TAXES) | {"subtotal", "quantity", "qty", "item", "unit"}


def whole_amounts(columns: list[Column]) -> list[Column]:
    """Of columns of amounts, those that can be the whole (Order Total (inc tax) and (ex tax)).

    Not a side charge (fee, refund, shipping), a subtotal, a quantity, nor a tax alone (Tax Total).
    """
    return [
        c
        for c in columns
        if not set(c.stems) & _NO_WHOLE and not (set(c.stems) & TAXES and not set(c.stems) & _TAX_SIDES)
    ]


def with_tax_first(columns: list[Column]) -> list[Column]:
    """Of a total with and without tax, the one with it; all of them when none says so."""
    return [c for c in columns if set(c.stems) & WITH_TAX] or columns
