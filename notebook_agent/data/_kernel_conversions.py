"""Kernel-side source: `conversions_code` sends this file's text to the kernel, followed by a call and a `del`.

It looks at a loaded DataFrame and proposes compact types, from a sample of each text column (runs of rows spread
over the whole column, plus its first and last rows): text that is dates in one format (found with pandas' own format
guesser, then checked on every sampled value), and text with few distinct values (a category). It converts nothing:
the app turns the proposal into a short cell of pandas code that a person can read, and runs that. Self-contained
on purpose (imports inside, nothing left behind); it prints one line of JSON whose size does not grow with the rows.
"""


def _notebook_agent_conversions(obj: object, variable: str = "df") -> None:
    """Print one line of JSON: the conversions proposed for the DataFrame `obj`, and the date-like columns left."""
    import json
    import re
    import warnings

    import numpy as np
    import pandas as pd
    from pandas.api import types as pdt
    from pandas.tseries.api import guess_datetime_format

    max_columns, spread, run, edge, guesses = 200, 10_000, 100, 100, 20
    max_names = 2000
    category_min_rows, category_max_values, category_share = 10_000, 10_000, 20
    month = re.compile(r"%[mbB]")
    iso = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?")
    number = re.compile(r"\s*[-+]?[$€£¥₹]?\s*\d[\d,]*(?:\.\d+)?\s*%?\s*")
    date_words = re.compile(r"(?i)date|day|time|when|stamp|period|dt\b|_dt|dt_")
    period_words = re.compile(r"(?i)date|time|when|period|month|mon\b|mth|yr|year|dt\b|_dt|dt_|ref")
    # Months written without a day ("Nov-22", "Jan 2020", "2020M01"), as statistics offices and spreadsheets write
    # periods: pandas' guesser reads none of these. Two-digit years only under a name that says time, since
    # "Nov-22" alone could be a day of November. NHS England writes its months joined ("APR2023").
    month_formats = ("%b-%Y", "%b %Y", "%B %Y", "%B-%Y", "%m/%Y", "%Y/%m", "%YM%m", "%Y %b", "%Y-%b", "%Y %B", "%b%Y")
    short_dates = ("%m-%d-%y", "%d-%m-%y", "%m/%d/%y", "%d/%m/%y", "%d.%m.%y")
    short_formats = ("%b-%y", "%b %y", "%b/%y", "%B-%y", "%B %y")
    short_timed = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4}),?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?")
    # A trailing "(p)", "(r)" or "(e)" marks a preliminary, revised or estimated figure; the month is the same.
    # JavaScript's Date.toString() ("Tue Dec 16 2014 12:30:00 GMT-0800 (PST)") ends in its offset and zone: the
    # local time before them is kept as written.
    marker = re.compile(r"\s*GMT[+-]\d{4}(?:\s*\([^()]*\))?$|\s*\([PpRrEe]\)$")
    # a time zone's abbreviation after the clock time ("2023-03-14 18:22:05 EDT", Clover's "04:48 PM EST"): the
    # time is the local clock's, and pandas reads no such abbreviation with a format (FanDuel's "7:02PM ET" too)
    zone = re.compile(
        r"(?:(?<=\d)|(?<=[AaPp][Mm]))\s+(?:UTC|GMT|[ECMP][SD]?T|AK[SD]?T|HST|BST|IST|CES?T|EES?T|AE[SD]T)$"
    )
    quarters = re.compile(r"\s*(?:[Qq][1-4][\s/-]*\d{4}|\d{4}[\s/-]*[Qq][1-4])\s*(?:\([PpRrEe]\))?\s*")
    clock_suffix = re.compile(r"(\d)\s?([AaPp])[Mm]$")
    js_date = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}(?: \([^()]*\))?")

    def cut(value: object, chars: int = 60) -> str:
        text = str(value)
        return text if len(text) <= chars else text[: chars - 1] + "…"

    def sampled(series: pd.Series) -> pd.Series:
        # Runs of rows spread over the whole column, and its first and last rows (where exports put their odd
        # rows). Slices, not a gather: taking scattered rows of a text column read in many chunks copies it whole.
        n = len(series)
        if n <= spread + 2 * edge:
            return series
        starts = np.linspace(edge, n - edge - run, spread // run).astype(np.int64)
        parts = [series.iloc[:edge], *(series.iloc[start : start + run] for start in starts), series.iloc[n - edge :]]
        return pd.concat(parts)

    def is_text(series: pd.Series, sample: pd.Series) -> bool:
        if isinstance(series.dtype, pd.StringDtype):
            return True
        return series.dtype == object and len(sample) > 0 and pdt.infer_dtype(sample, skipna=True) == "string"

    def full_date(fmt: str, name: str) -> bool:
        # A year, a month and a day (or an ISO year-month); digits with no separators only under a date-ish name;
        # a two-digit year ("04-30-22") only with separators and a day
        if "%y" in fmt and "%d" in fmt and month.search(fmt) and re.search(r"[-/.]", fmt):
            return True
        if "%Y" not in fmt or not month.search(fmt):
            return False
        if "%d" not in fmt and fmt not in ("%Y-%m", "%Y/%m", "%Y / %m", "%Y - %m"):
            return False
        return fmt != "%Y%m%d" or bool(date_words.search(name))

    def parse(sample: pd.Series, fmt: str) -> pd.Series | None:
        """The sample parsed with `fmt`, or None unless every value parses to a plausible date."""
        try:
            parsed = pd.to_datetime(sample, format=fmt, errors="coerce", utc="%z" in fmt)
        except (ValueError, TypeError, OverflowError):
            return None
        if not parsed.notna().all():
            return None
        years = parsed.dt.year
        return parsed if years.min() >= 1800 and years.max() <= 2200 else None

    def month_format(name: str, sample: pd.Series) -> tuple[str | None, bool]:
        """(format, marked): the month-and-year format every sampled value is in, and whether markers go first."""
        if sample.str.fullmatch(js_date).all():
            fmt = "%a %b %d %Y %H:%M:%S"
            return (fmt, True) if parse(sample.str.replace(marker, "", regex=True), fmt) is not None else (None, False)
        marked = bool(sample.str.contains(marker).any())
        values = sample.str.replace(marker, "", regex=True) if marked else sample
        formats = month_formats + (short_formats if period_words.search(name) else ())
        for fmt in formats:
            parsed = parse(values, fmt)
            if parsed is not None and ("%y" not in fmt or parsed.dt.year.max() <= pd.Timestamp.now().year + 5):
                return fmt, marked
        return None, False

    def two_formats(name: str, sample: pd.Series, candidates: list[str]) -> tuple[str | None, bool, str | None]:
        """("6/28/2022" beside "2022-06-28"): two formats that read every sampled value one way only, as "a|b"."""
        parts = [
            (fmt, pd.to_datetime(sample, format=fmt, errors="coerce"))
            for fmt in candidates
            if full_date(fmt, name) and "%z" not in fmt
        ]
        covering = []
        for i, (first_fmt, first) in enumerate(parts):
            for second_fmt, second in parts[i + 1 :]:
                agree = (first == second) | first.isna() | second.isna()
                each = min(first.notna().mean(), (second.notna() & first.isna()).mean())
                if first.fillna(second).notna().all() and agree.all() and each >= 0.02:
                    covering.append((f"{first_fmt}|{second_fmt}", first.fillna(second)))
        if not covering:
            return None, False, None

        def day_first(fmt: str) -> bool | None:
            d, m = fmt.find("%d"), max(fmt.find("%m"), fmt.find("%b"), fmt.find("%B"))
            return None if d < 0 or m < 0 or fmt.startswith("%Y") else d < m

        # "11/7/2016 11:51" beside "13-07-2016 08:33:16": a file writes its dates in one order, so the one the
        # second format shows (day first, 13 is no month) decides the first's
        if len({read.to_numpy().tobytes() for _, read in covering}) > 1:
            same = [(fmt, read) for fmt, read in covering if len({day_first(f) for f in fmt.split("|")} - {None}) == 1]
            if len(same) == 1:
                covering = same
        if any(not read.equals(covering[0][1]) for _, read in covering[1:]):
            return None, False, "ambiguous"  # 03/04/2024 beside 2024-03-04: the order of the first is not told
        return covering[0][0], False, None

    def date_format(name: str, sample: pd.Series) -> tuple[str | None, bool, str | None]:
        """(format, utc, why not): the one format every sampled value is in, if there is exactly one reading."""
        stripped = sample.str.strip()
        if not (stripped == sample).all() or not sample.str.contains(r"\d", regex=True).all():
            return None, False, None
        candidates: list[str] = []
        for value in sample.drop_duplicates().iloc[:guesses]:
            # "January 2, 2024 1:45pm" (Acuity): the guesser reads an AM/PM only apart and in capitals, so it
            # guesses from "1:45 PM", and the format keeps the file's own spacing
            joined = clock_suffix.search(value)
            said = clock_suffix.sub(lambda m: f"{m[1]} {m[2].upper()}M", value) if joined else value
            for day_first in (False, True):
                fmt = guess_datetime_format(said, dayfirst=day_first)
                if fmt and joined and not joined[0][len(joined[1]) :].startswith(" "):
                    fmt = fmt.replace(" %p", "%p")
                if fmt and fmt not in candidates:
                    candidates.append(fmt)
        if not candidates and sample.str.fullmatch(r"\d{4} [-/] \d{1,2}").all():
            candidates = ["%Y / %m", "%Y - %m"]  # "2023 / 07" (a city's monthly tonnage): a year and its month, spaced
        if not candidates and sample.str.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}").all():
            candidates = list(short_dates)  # "04-30-22": the guesser reads no two-digit year; try both orders
        if not candidates and sample.str.fullmatch(short_timed).all():
            # "6/3/23, 5:39 PM" (iOS exports), "6/3/2023, 5:39 PM": the guesser reads no comma before the time, nor a
            # two-digit year with one; the date's forms with the clock the values show
            first = sample.iloc[0]
            comma = "," if re.match(r"[^,\s]+, ", first) else ""
            seconds = re.search(r":\d{2}:\d{2}", first) is not None
            noon = re.search(r"[AaPp][Mm]$", first)
            hours = ("%I:%M:%S" if seconds else "%I:%M") if noon else ("%H:%M:%S" if seconds else "%H:%M")
            hours += (" %p" if re.search(r"\s[AaPp][Mm]$", first) else "%p") if noon else ""
            dates = [*short_dates, "%m/%d/%Y", "%d/%m/%Y", "%m-%d-%Y", "%d-%m-%Y", "%d.%m.%Y"]
            candidates = [f"{day}{comma} {hours}" for day in dates]
        readings = [
            (fmt, parsed) for fmt in candidates if full_date(fmt, name) and (parsed := parse(sample, fmt)) is not None
        ]
        if not readings and sample.str.fullmatch(iso).all():  # ISO dates with and without times, or offsets
            utc = bool(sample.str.contains(r"(?:Z|[+-]\d{2}:?\d{2})$", regex=True).any())
            try:
                parsed = pd.to_datetime(sample, format="ISO8601", utc=utc)
            except (ValueError, TypeError, OverflowError):
                return None, False, None
            return ("ISO8601", utc, None) if parsed.notna().all() else (None, False, None)
        if not readings:
            return two_formats(name, sample, candidates)
        # year, day, month ("%Y-%d-%m") is no order files write: beside year, month, day it reads nothing new
        if len(readings) > 1:
            readings = [r for r in readings if not re.match(r"%Y\W%d\W%m", r[0])] or readings
        first_fmt, first = readings[0]
        if any(not parsed.equals(first) for _, parsed in readings[1:]):
            return None, False, "ambiguous"  # 03/04/2024: day and month order cannot be told from the values
        return first_fmt, "%z" in first_fmt, None

    def low_cardinality(series: pd.Series, sample: pd.Series, rows: int) -> int | None:
        """The number of distinct values when it is small enough for a category, else None."""
        if rows < category_min_rows or sample.str.fullmatch(number).mean() >= 0.5:
            return None  # few rows gain nothing; numbers stored as text want to become numbers
        seen = int(sample.nunique())
        if seen > 2000 or seen * 5 > len(sample):
            return None  # mostly distinct values: free text, names, ids
        try:
            distinct = int(series.nunique())
        except MemoryError:
            return None
        return distinct if distinct <= min(category_max_values, rows // category_share) else None

    frame = obj.to_frame() if isinstance(obj, pd.Series) else obj
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{variable} is a {type(obj).__name__}, not a pandas DataFrame")
    rows = len(frame)
    names = list(frame.columns)
    columns: list[dict[str, object]] = []
    kept: list[dict[str, object]] = []
    # An ONS time series download lists its figures by year, then by quarter ("1989 Q1"), then by month ("1989
    # JAN"), all in its first column: only the finest are kept, since the others sum or average them
    finest: dict[str, str] = {}
    periods = (("month", r"\d{4} [A-Za-z]{3}"), ("quarter", r"\d{4} Q[1-4]"), ("year", r"\d{4}"))
    first = names[0] if names else None
    if rows >= 5 and isinstance(first, str) and names.count(first) == 1 and frame.shape[1] >= 2:
        try:
            if not pdt.is_numeric_dtype(frame.iloc[:, 0].dtype):
                said = frame.iloc[:, 0].dropna().astype(str).str.strip()
                found = [(k, int(said.str.fullmatch(p).sum())) for k, p in periods]
                present = [k for k, n in found if n]
                if len(present) >= 2 and sum(n for _, n in found) == len(said):
                    columns.append({"column": first, "to": "drop", "value": present[0], "where": "coarser"})
                    finest[first] = "%Y %b" if present[0] == "month" else "quarter"
        except Exception:
            pass
    # A spreadsheet's subtotal rows between its periods ("2021 TOTAL" in the Date column after 2021's days): each
    # adds up its period's rows, and its text would keep the dates from being read as dates. Two or more such
    # rows, few among many, in one of the first three columns. (conversions.SUBTOTAL is the same pattern.)
    subtotal = re.compile(r"(?i)\s*[\w/.-]{1,12}(?:\s[\w/.-]{1,12})?\s+(totals?)\s*")
    subtotals: set[str] = set()
    for j in range(min(frame.shape[1], 3)) if 20 <= rows <= 200_000 else ():
        name = names[j]
        series = frame.iloc[:, j]
        if not isinstance(name, str) or names.count(name) > 1 or pdt.is_numeric_dtype(series.dtype):
            continue
        try:
            said = series.dropna().astype(str)
            marked = said[said.str.fullmatch(subtotal)]
            if 2 <= len(marked) <= 0.05 * rows and marked.nunique() == len(marked):
                word = subtotal.fullmatch(marked.iloc[0]).group(1)  # type: ignore[union-attr]
                columns.append({"column": name, "to": "drop", "value": word, "where": "subtotals"})
                subtotals.add(name)
        except Exception:
            continue
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for j in range(min(frame.shape[1], max_columns)):
            name = names[j]
            if not isinstance(name, str) or names.count(name) > 1:
                continue  # df[name] must mean exactly this one column
            series = frame.iloc[:, j]
            if name in finest:  # ("1989 JAN" once the years and quarters are gone)
                shown = "1989 JAN" if finest[name] != "quarter" else "1989 Q1"
                columns.append({"column": name, "to": "datetime", "format": finest[name], "example": shown})
                continue
            try:
                sample = sampled(series).dropna()
                if name in subtotals:  # the dates between the subtotal rows
                    sample = sample[~sample.astype(str).str.fullmatch(subtotal)]
                if not len(sample) or not is_text(series, sample):
                    continue
                sample = sample.astype(str)
                if sample.str.fullmatch(quarters).all():  # "Q4-1999", "2012-Q1": read by code of their own
                    columns.append(
                        {"column": name, "to": "datetime", "format": "quarter", "example": cut(sample.iloc[0])}
                    )
                    continue
                fmt, utc, why = date_format(name, sample)
                marked = False
                if not fmt and not why and sample.str.contains(zone).all():
                    fmt, _, why = date_format(name, sample.str.replace(zone, "", regex=True))
                    marked = bool(fmt)
                if not fmt and not why and sample.str.contains(r"[A-Za-z/M]", regex=True).all():
                    fmt, marked = month_format(name, sample)
                example = cut(sample.iloc[0])
                if fmt and marked:
                    columns.append(
                        {"column": name, "to": "datetime", "format": fmt, "marked": True, "example": example}
                    )
                elif fmt:
                    columns.append(
                        {"column": name, "to": "datetime", "format": fmt, "utc": utc, "example": cut(sample.iloc[0])}
                    )
                elif why:
                    kept.append({"column": name, "why": why, "example": cut(sample.iloc[0])})
                elif (distinct := low_cardinality(series, sample, rows)) is not None:
                    columns.append({"column": name, "to": "category", "values": distinct})
            except Exception:  # one odd column must not cost the others
                continue

    # A summary row an export writes first or last in its label column ("Total: Account", "Total", "Grand Total"):
    # it adds up the other rows, so every total, count and ranking would count them twice
    # ("Service total" first in AWS Cost Explorer, "Total of 6 campaigns" last in TikTok Ads Manager)
    summary = re.compile(r"(?i)\s*(?:grand\s+|[a-z]+\s+)?totals?\s*(?:(?::|\s+of\s+|\s+for\s+).{0,40})?")
    # "All episodes" (Spotify for Podcasters), "Overall": a summary only where the row leaves the labels blank
    summary_all = re.compile(r"(?i)\s*(?:all(?:\s+[a-z]+){0,2}|overall|sum|summary)\s*")

    def blank_row(at: int) -> bool:
        """More of this row's cells are blank than of a usual row's: the labels a summary has none of."""
        blanks = frame.iloc[[at]].isna().sum(axis=1).iloc[0]
        usual = frame.iloc[: min(rows, 200)].isna().sum(axis=1).median()
        return bool(blanks >= usual + 2)

    for j in range(min(frame.shape[1], 6)) if rows >= 5 else ():  # (Gusto's names come after three dates)
        name = names[j]
        series = frame.iloc[:, j]
        if not isinstance(name, str) or names.count(name) > 1 or pdt.is_numeric_dtype(series.dtype):
            continue
        for at in (0, rows - 1):
            value = series.iloc[at]
            said = isinstance(value, str) and (
                summary.fullmatch(value) or (summary_all.fullmatch(value) and blank_row(at))
            )
            if said and int((series == value).sum()) == 1:
                where = "first" if at == 0 else "last"
                columns.append({"column": name, "to": "drop", "value": cut(value), "where": where})
                break

    # Subtotals an export writes beside each group (CDC WONDER's Notes = "Total" with the Year left blank): each
    # adds up its group's rows. Only in a column that marks them and is blank on the other rows: a Total among
    # countries (Destatis) may count more than the countries listed. Only on tables small enough to scan whole, as
    # statistics downloads are.
    dropped = {c["column"] for c in columns if c.get("to") == "drop"}
    for j in range(min(frame.shape[1], 3)) if 5 <= rows <= 200_000 and frame.shape[1] >= 3 else ():
        name = names[j]
        series = frame.iloc[:, j]
        if not isinstance(name, str) or names.count(name) > 1 or name in dropped or pdt.is_numeric_dtype(series.dtype):
            continue
        try:
            counts = series.dropna().astype(str).value_counts()
            totals = [v for v, n in counts.items() if n >= 2 and summary.fullmatch(v)]
            if len(totals) != 1:
                continue
            marked = (series == totals[0]).to_numpy()
            body = frame.notna().sum(axis=1).to_numpy() >= 2  # (not the notes under the table)
            if (series.notna().to_numpy() & ~marked & body).sum() > 0.05 * rows:
                continue  # a label of every row ("Total" among countries): the table's own figure, kept for asking
            blanks = frame.drop(columns=name).isna().sum(axis=1).to_numpy()
            if marked.sum() * 2 < rows and blanks[marked].min() >= np.median(blanks[~marked]) + 1:
                columns.append({"column": name, "to": "drop", "value": cut(totals[0]), "where": "every"})
                dropped.add(name)
        except Exception:
            continue

    # Notes an export writes under its table, one cell per row ("Dataset: Underlying Cause of Death", "Query
    # Date: ..."): every other cell of those rows is blank. Two or more such rows at the end, all in one text column.
    if 5 <= rows <= 200_000 and frame.shape[1] >= 3:
        try:
            filled = frame.notna().to_numpy()
            tail = 0
            while tail < rows - 1 and filled[rows - 1 - tail].sum() == 1:
                tail += 1
            where_filled = {int(np.flatnonzero(filled[rows - 1 - k])[0]) for k in range(tail)}
            j = next(iter(where_filled)) if len(where_filled) == 1 else -1
            body = filled[: rows - tail].sum(axis=1)
            name = names[j] if j >= 0 else None
            if (
                tail >= 2
                and isinstance(name, str)
                and names.count(name) == 1
                and not pdt.is_numeric_dtype(frame.iloc[:, j].dtype)
                and np.median(body) >= 3
            ):
                columns.append(
                    {"column": name, "to": "drop", "value": cut(frame.iloc[rows - tail, j]), "where": "notes"}
                )
        except Exception:
            pass

    # A code for "no reading" kept among the numbers (NOAA's buoys write 99.0, 999.0 or 9999.0; climate and survey
    # files -999 or -9999): all nines, said on two rows or more, and at least twice as far out as every real value.
    # Left in, it would be averaged, summed and ranked as a reading.
    nines = (99, 999, 9999, 99999, -99, -999, -9999, -99999)
    for j in range(min(frame.shape[1], max_columns)):
        name = names[j]
        series = frame.iloc[:, j]
        if not isinstance(name, str) or names.count(name) > 1 or name in dropped:
            continue
        if not pdt.is_numeric_dtype(series.dtype) or pdt.is_bool_dtype(series.dtype):
            continue
        try:
            for code in {series.max(), series.min()}:
                if not isinstance(code, (int, float, np.integer, np.floating)) or code not in nines:
                    continue
                rest = series[series != code]
                far = rest.max() * 2 <= code if code > 0 else rest.min() * 2 >= code
                if int((series == code).sum()) >= 2 and rest.notna().any() and far:
                    columns.append({"column": name, "to": "missing", "value": int(code)})
        except Exception:
            continue

    def holds_numbers(series: pd.Series) -> bool:
        """Numbers, or text that is mostly numbers ("..", "n/a" among them): figures, not flags or notes."""
        if pdt.is_numeric_dtype(series.dtype):
            return True
        try:
            seen = series.head(5000).dropna().head(200).astype(str).str.strip()  # no copy of a 20-million-row column
            return len(seen) > 0 and bool(seen.str.fullmatch(number.pattern).mean() >= 0.5)
        except Exception:
            return False

    # every column's name, whether it holds numbers, and whether it holds numbers or text that mostly is: the app
    # reads a table kept one column per year from them
    listed = [
        [name, bool(pdt.is_numeric_dtype(frame.iloc[:, j].dtype)), holds_numbers(frame.iloc[:, j])]
        for j, name in enumerate(names[:max_names])
        if isinstance(name, str) and len(name) <= 200
    ]
    print(
        json.dumps(
            {
                "notebook_agent_conversions": 1,
                "variable": variable,
                "rows": rows,
                "columns": columns,
                "kept": kept,
                "names": listed,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
    )
