"""What the kinds share: the question in context, the typed request, the last cell line, numbers in words."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ..catalog import keyed_rows
from ..code import display_line, lit
from ..columns import Catalog, Column, Mention, find_mentions, find_values, root
from ..words import ADDITIVE_WORDS, SYNONYM_OF, stem

NUM = r"-?\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"  # "10,000 units": thousands written with commas


@dataclass
class Context:
    """A question with the frame it is about, its column mentions, and the previous request of a kind."""

    question: str
    catalog: Catalog
    frame: str
    last: dict[str, Any] | None = None
    mentions: list[Mention] = field(default_factory=list)
    recent: bool = False  # the last turn was a request of a kind (so a bare "and dbp?" continues it)
    general: dict[str, Any] | None = None  # the last turn's request when it was not of a kind (its filters)

    def __post_init__(self) -> None:
        self.mentions = [m for m in find_mentions(self.question, self.catalog, self.frame) if m.via != "time"]
        self.text = self.question.lower()
        coded = any(c.coded for c in self.columns())
        dated = any(m.via not in ("name", "time") and m.column.is_date for m in self.mentions)
        if coded or dated:  # the values said, read once for both readings below
            said = find_values(self.question, self.catalog, self.frame, [])

            def inside_value(m: Mention) -> bool:
                return any(
                    v.start <= m.start
                    and m.end <= v.end
                    # "first class" is a value of Pclass, not Pclass as a measure
                    and (
                        (v.column.coded and v.column == m.column)
                        # "ended early" is a Status said whole, not the End date its first word starts
                        or (
                            m.via not in ("name", "time")
                            and m.column.is_date
                            and v.column.categorical
                            and len(str(v.value).split()) >= 2
                        )
                    )
                    for v in said
                )

            self.mentions = [m for m in self.mentions if not inside_value(m)]

    def columns(self) -> list[Column]:
        """The columns of the frame."""
        return self.catalog.of(self.frame)

    def label_column(self) -> Column | None:
        """The column that names each row (a model, a country): text with a different value on (nearly) every row."""
        rows = self.catalog.rows.get(self.frame, 0)
        unique = [
            c
            for c in self.columns()
            if c.kind in ("text", "categorical") and not c.is_date and c.n_unique and rows and c.n_unique >= 0.9 * rows
        ]
        # a title or a name before a record code ("s1", "s2" of show_id): the name is what a person reads, and a
        # title before a description (a sentence is no label)
        unique.sort(key=lambda c: not ({"name", "title"} & set(c.stems)))
        return next((c for c in unique if not c.id_like), unique[0] if unique else None)

    def cells(self) -> bool:
        """Rows that are cells of a table (one per label and month or year), not records: no code on each row."""
        cols = self.columns()
        combos = 1
        coded = any(c.id_like for c in cols)  # (an alert's TinyId: rows are records, its dates no cells)
        for c in cols:
            if c.categorical:
                combos *= c.n_unique or 1
        for c in cols:
            if c.year_like and c.low is not None and c.high is not None:
                combos *= int(c.high - c.low) + 1  # one row per name, state and year: the years are cells too
            elif c.is_date and c.monthly and c.days:
                combos *= max(1, round(c.days / 30.44))  # one row per month and label (NHS's APPOINTMENT_MONTH)
            elif c.is_date and not c.timed and c.days and not coded:
                combos *= c.days  # one row per day and label (a corn maze's Count of each ticket type a day)
        rows = self.catalog.rows.get(self.frame, 0)
        # (labels that repeat make rows observations; a code on every row, Sentry's shortId, makes them records)
        return combos >= 0.9 * rows and not keyed_rows(cols, rows)

    def headline(self) -> Column | None:
        """The one total of a family of counts on rows that are cells (New Cards Total beside its kinds).

        What "all sign ups" or "all visits" counts when no column is named for them.
        """
        if not self.cells():
            return None
        wholes = {"total", "all", "overall"}
        found = [
            c
            for c in self.columns()
            if c.whole_count
            and wholes & set(c.stems)
            and len(rest := set(c.stems) - wholes) >= 1
            and sum(1 for o in self.columns() if o != c and o.whole_count and rest <= set(o.stems)) >= 2
        ]
        return found[0] if len(found) == 1 else None

    def weight(self) -> Column | None:
        """A column of counts when the rows are categories (a frequency table): summed, not counted."""
        cols = self.columns()
        names = ("freq", "frequency", "n", "count", "counts", "weight", "weights", "number", "cases", "total")
        labels = [c for c in cols if c.categorical]
        if not self.cells():
            return None
        measures = [
            c
            for c in cols
            if c.numeric and not (c.id_like or c.time or c.name.lower() in names or self._counts_the_rows(c))
        ]
        if len(measures) >= 3:
            return None  # rows measured many ways (an astronaut's hours, birth year, missions): records, not cells
        for c in cols:
            if (
                c.numeric
                and (c.name.lower() in names or self._counts_the_rows(c))
                and "int" in c.dtype.lower()
                and len(labels) >= max(1, (len(cols) - 1) // 2)
            ):
                return c
        return None

    def _counts_the_rows(self, c: Column) -> bool:
        """A count named for what the file is of (COUNT_OF_APPOINTMENTS of GP appointments), with no record code.

        Number of Pageviews beside a contact's Record ID is a measure of each contact, not a table of counts.
        """
        return (
            _count_of(c)
            and self.catalog.names_subject(self.frame, c.stems[-1])
            and not any(x.id_like for x in self.columns())
        )

    def measure(self, group: Column | None = None) -> Column | None:
        """The one numeric column a question can mean without naming it (none when there are several)."""
        nums = [c for c in self.columns() if c.numeric and not c.time and c != group]
        return nums[0] if len(nums) == 1 else None


def _count_of(c: Column) -> bool:
    """A column named as the count of the things each row stands for: COUNT_OF_APPOINTMENTS, Number of cases."""
    stems = c.stems
    return len(stems) == 3 and stems[0] in ("count", "number", "num", "no") and stems[1] == "of"


@dataclass
class KindRequest:
    """One request of a newer kind (JSON-safe, kept in the analyst's memory for follow-ups)."""

    kind: str = ""
    frame: str = "df"
    y: str | None = None
    group: str | None = None
    group2: str | None = None
    weight: str | None = None
    column: str | None = None
    op: str | None = None
    value: Any = None
    agg: str = "mean"
    order: str = "max"
    share: bool = False
    period: str | None = None  # a calendar period of a date column that groups (M: the month of each date)
    where: list[list[Any]] = field(default_factory=list)  # [column, value] pairs the rows must have
    least: int | None = None  # groups with fewer rows are left out
    multi: bool = False  # the group column lists several labels per row ("Action,Adventure"): one row per label
    left_out: list[list[Any]] = field(default_factory=list)  # [column, "!=", value]: rows dropped first, as asked
    formats: list[str | None] = field(default_factory=list)  # the text date formats of the date columns read
    total_of: str | None = None  # a measure also totalled over the rows counted ("… + what's the total value?")
    total_agg: str = "sum"  # or the median or mean of it ("…, and whats the median price of those?")
    then: list[Any] = field(default_factory=list)  # [column, value]: "… and how many of those are malignant"
    whole: str | None = None  # the value of `column` that totals its others (ENERGY SOURCE = Total): a share's whole
    starts: bool = False  # the groups named start the values of `group` ("fall" of Fall 2022, Fall 2023)
    terms: list[list[str]] = field(default_factory=list)  # more [price, count] pairs whose products add to y × column
    known: list[str] = field(default_factory=list)  # columns whose blank rows are left out (unknown, not none)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe fields, for the memory."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KindRequest:
        """Back from `to_dict`."""
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def one_measure(ctx: Context, when: Column, skip: tuple[int, int] = (0, 0)) -> Column | None:
    """The one measure a question about a time axis names (outside `skip`, a number said), else the frame's one.

    None when it names several, or names none and the frame keeps several.
    """
    named = {
        m.column.name: m.column
        for m in ctx.mentions
        if m.column.numeric
        and not (m.column.id_like or m.column.is_date or m.column.year_like)
        and m.column != when
        and not (skip[0] <= m.start < skip[1])
    }
    if len(named) == 1:
        return next(iter(named.values()))
    if named:
        return None
    numbers = [
        c for c in ctx.columns() if c.numeric and not (c.id_like or c.is_date or c.year_like or c.time) and c != when
    ]
    return numbers[0] if len(numbers) == 1 else None


def one_date(ctx: Context, dates: list[Column]) -> Column | None:
    """The date of `dates` a question is read by: the only one, else the table's own time column among them."""
    if len(dates) == 1:
        return dates[0]
    main = ctx.catalog.time_column(ctx.frame)
    return main if main in dates else None


def plainest_years(years: list[Column]) -> list[Column]:
    """Of several year columns, those with the plainest name: Year beside Year Code (CDC WONDER) is the year."""
    fewest = min((len(c.stems) for c in years), default=0)
    plainest = [c for c in years if len(c.stems) == fewest]
    # the same years twice, as a code and as its display (WHO's YEAR (CODE) and YEAR (DISPLAY)): either is the year
    if len(plainest) > 1 and len({(c.low, c.high, c.n_unique) for c in plainest}) == 1:
        return plainest[:1]
    return plainest


def said_where(ctx: Context, besides: set[str]) -> list[list[Any]]:
    """[column, value] of each label column (not in `besides`) of which the question names exactly one value.

    "which rep has won the most revenue in the West": only the rows of that one value of another label.
    """
    said = values_said(ctx)
    return [[c, next(iter(vs))] for c, vs in said.items() if len(vs) == 1 and c not in besides]


def values_said(ctx: Context) -> dict[str, set[str]]:
    """The values the question names outside its strong column readings, by label (record codes left out)."""
    strong = [(x.start, x.end) for x in ctx.mentions if x.score >= 90]
    said: dict[str, set[str]] = {}
    for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong):
        if not ctx.catalog.names_rows(v.column):
            said.setdefault(v.column.name, set()).add(v.value)
    return said


def is_value(frame: str, column: str, value: Any) -> str:
    """The rows of `frame` whose `column` holds `value`, as a pandas mask.

    A long label the profile shortened ("Poverty headcount ratio at $2.15 a day (2017 PPP) (% of pop…") is every
    label that starts so: compared whole, it held no row.
    """
    if isinstance(value, str) and value.endswith("…"):
        return f"({frame}[{col(column)}].astype(str).str.startswith({value[:-1]!r}))"
    return f"({frame}[{col(column)}] == {value!r})"


def where_mask(frame: str, where: list[list[Any]]) -> str:
    """The rows of `where` as a pandas mask, or "" for every row."""
    return " & ".join(is_value(frame, c, v) for c, v in where)


def dated(req: KindRequest, lines: list[str]) -> str:
    """Append the lines that keep the rows of `req.where` and read `req.column` as dates (`when`); the data's name."""
    data = req.frame
    mask = where_mask(req.frame, req.where)
    if mask:
        lines.append(f"data = {req.frame}[{mask}]")
        data = "data"
    fmt_arg = f", format={req.formats[0]!r}" if req.formats and req.formats[0] else ""
    lines.append(f"when = pd.to_datetime({data}[{col(req.column)}]{fmt_arg}, errors='coerce')")
    return data


def finish(lines: list[str], note: str) -> str:
    """The cell: its title comment, the import the result line needs, its lines, then the result line."""
    title, body = (lines[:1], lines[1:]) if lines and lines[0].startswith("#") else ([], lines)
    # Every kind's result line needs json; the import joins the cell's own imports, or stands alone before a blank.
    gap = [] if body and body[0].startswith(("import ", "from ")) else [""]
    return "\n".join([*title, "import json", *gap, *body, display_line("result", note)]) + "\n"


def col(name: str | None) -> str:
    """A column name as a Python literal."""
    return lit(name)


def fmt(value: Any) -> str:
    """A number as the answer shows it (4 significant digits, thousands separated)."""
    if value is None:
        return "n/a"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.1f}"
    return f"{value:.4g}"


def p_words(p: float | None) -> str:
    """A p-value in plain words."""
    if p is None:
        return "no test was possible"
    shown = "p < 0.001" if p < 0.001 else f"p = {p:.3f}"
    if p < 0.01:
        return f"{shown}: a difference this large would be very unlikely by chance alone"
    if p < 0.05:
        return f"{shown}: unlikely to be chance alone (significant at 5%)"
    return f"{shown}: the difference could well be chance"


def nearest_before(mentions: list[Mention], pos: int, numeric: bool = True) -> Mention | None:
    """The mention that ends closest before `pos` (a numeric column when asked)."""
    before = [m for m in mentions if m.end <= pos and (m.column.numeric or not numeric)]
    return max(before, key=lambda m: m.end) if before else None


WORD = re.compile(r"[a-z]+")


# Values that say "it happened" in a two-valued outcome column (Attrition: Yes/No, Admit: Admitted/Rejected).
_POSITIVE = frozenset(
    {
        *("yes", "true", "y", "1", "positive", "present", "active"),
        *("admitted", "accepted", "approved", "selected", "hired", "passed", "pass", "completed"),
        *("survived", "success", "successful", "won", "win"),
        *("churned", "left", "defaulted", "default"),
    }
)


_MISSING = frozenset({"nan", "na", "n/a", "null", "none", "-", "?", "missing", "unknown"})


def positive_value(column: Column, question: str) -> str | None:
    """The value of a yes/no-like column that a question counts: one it names by its root, else the "yes" one."""
    values = list(dict.fromkeys(v for v in column.values if v.strip()))
    blanks = [v for v in values if v.strip().lower() in _MISSING]  # "NaN " written out: no answer, not a third one
    values = [v for v in values if v not in blanks]
    # one answer written several ways ("Y", "y", " N" beside "N"): its first (most common) spelling stands for all
    spelled = {v.strip().lower() for v in values}
    values = (
        list({v.strip().lower(): v for v in reversed(values)}.values())[::-1] if len(spelled) < len(values) else values
    )
    seen_all = column.n_unique is not None and column.n_unique <= len(column.values)
    if not values or (len(spelled) if seen_all else (column.n_unique or len(values)) - len(blanks)) > 2:
        return None
    # "with Completed = N", "where paid is N": the value written out after its column, however short
    written = [
        v
        for v in values
        if re.search(rf"(?i)(?<!\w){re.escape(column.name)}\s*(?:==?|is|of)\s*{re.escape(v.strip())}(?!\w)", question)
    ]
    if len(written) == 1:
        return written[0]
    said = [w for w in WORD.findall(question.lower()) if len(w) >= 4]
    roots = {root(w) for w in said}
    named = [v for v in values if root(v.strip().lower()) in roots]
    if len(named) == 1:
        return named[0]
    # a word of the value said, or an everyday word for it ("churn rate": Attrited Customer of Attrition_Flag)
    asked = roots | {root(o) for w in said for o in SYNONYM_OF.get(w, ()) if len(o) >= 4}
    named = [v for v in values if any(_akin(root(w), asked) for w in WORD.findall(v.lower()) if len(w) >= 4)]
    if len(named) == 1:
        return named[0]
    positive = next((v for v in values if v.strip().lower() in _POSITIVE), None)
    if (
        positive is not None
        and len(values) == 2
        and set(column.stems) & {"ok", "okay", "good", "pass", "passed", "working", "intact"}
        and re.search(
            r"\b(?:bad|broken|damaged|failed|failing|faulty|not\s+(?:ok|okay|good|working))\b", question, re.I
        )
    ):
        return next(v for v in values if v != positive)  # "how often is the baffle bad" of Baffle OK: its N
    if positive is not None:
        return positive
    # the value that echoes the column's own name is the event it flags (Attrition_Flag: Attrited Customer)
    own = {root(s) for s in column.significant if len(s) >= 4}
    echo = [v for v in values if any(_akin(root(w), own) for w in WORD.findall(v.lower()) if len(w) >= 4)]
    return echo[0] if len(echo) == 1 else None


def _akin(word_root: str, roots: set[str]) -> bool:
    """One root is the start of the other ("attr" of attrition, "attrit" of attrited), four letters or more."""
    return any(
        len(min(word_root, r, key=len)) >= 4 and (word_root.startswith(r) or r.startswith(word_root)) for r in roots
    )


def things_counted(m: Mention) -> bool:
    """Whether a word names the rows, not a measure ("what % of loans got charged off": loans, not loan_amnt).

    The word is the plural of the first part of a longer name, and that part is a thing, not an amount that adds
    up ("share of sales" still reads sales_amount).
    """
    stems = m.column.stems
    word = m.word.lower()
    return (
        len(stems) >= 2
        and word.endswith("s")
        and stem(word) == stems[0]
        and stems[0] not in ADDITIVE_WORDS
        and word != m.column.name.lower()
    )
