"""Kernel-side source: `profile_code` sends this file's text to the kernel, followed by a call and a `del`.

Self-contained on purpose (imports inside, nothing left behind), and its output does not grow with the row count:
at most 60 columns are described, strings are cut to 60 characters, sample rows are 5.
"""


def _notebook_agent_profile(obj: object, variable: str = "df") -> None:
    """Print one line of JSON describing the DataFrame (or Series) `obj`."""
    import contextlib
    import json
    import math
    import numbers
    import re
    import warnings
    from typing import Any

    import pandas as pd
    from pandas.api import types as pdt

    # every value of a label of up to 30 (the offline analyst reads "in Ballard" by them); text shows the first 5
    max_columns, max_chars, sample_rows, top_values, date_sample = 60, 60, 5, 60, 100
    # a column's name is kept whole up to 300 characters: code refers to it by that name ("Losses incurred by
    # insurance companies for collisions per insured driver ($)" is 77 long)
    name_chars = 300
    more_values, budget = 500, [60_000]  # further distinct values of repeating text, and their characters in all
    unique_sample = 1_000_000  # rows counted for distinct values when the whole column does not fit
    date_patterns = [  # (regex for the whole value, format for pd.to_datetime)
        (r"\d{4}-\d{1,2}-\d{1,2}", "%Y-%m-%d"),
        (r"\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", "ISO8601"),
        # Uber's data download: "2023-12-28 16:41:54 +0000 UTC"
        (r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} UTC", "%Y-%m-%d %H:%M:%S %z UTC"),
        (r"\d{4}/\d{1,2}/\d{1,2}", "%Y/%m/%d"),
        (r"\d{4}\.\d{1,2}\.\d{1,2}", "%Y.%m.%d"),
        (r"(18|19|20|21)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", "%Y%m%d"),
        (r"\d{1,2}/\d{1,2}/\d{4}", "%d/%m/%Y|%m/%d/%Y"),
        # a two-digit year, as Bandcamp's sales report writes it: "1/15/24 3:22pm"
        (r"\d{1,2}/\d{1,2}/\d{2}", "%d/%m/%y|%m/%d/%y"),
        (r"\d{1,2}\.\d{1,2}\.\d{4}", "%d.%m.%Y"),
        (r"\d{1,2}-\d{1,2}-\d{4}", "%d-%m-%Y|%m-%d-%Y"),
        # a syslog time without its year (pfSense's filterlog: "Nov  4 03:00:01"): read as of 1900
        (r"[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}", "%b %d %H:%M:%S"),
    ]
    month_name = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b")

    def cut(value: object, limit: int = max_chars) -> str:
        text = str(value)
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def number(value: Any) -> object:  # a pandas or NumPy scalar (pandas ships no types)
        if isinstance(value, bool) or type(value).__name__ == "bool_":
            return bool(value)
        if pdt.is_integer(value):
            # a 22-digit tracking number read as a Python int: as text, since the chat's store keeps 64-bit ints
            return int(value) if -(2**63) <= int(value) < 2**63 else cut(value)
        try:
            as_float = float(value)
        except (TypeError, ValueError):
            return cut(value)
        if math.isfinite(as_float):
            return float(f"{as_float:.10g}")
        return None if math.isnan(as_float) else ("inf" if as_float > 0 else "-inf")  # JSON has no infinities

    def stamp(value: object) -> str:
        # Midnight is a date: 2024-04-01, not 2024-04-01 00:00:00 (a date column parsed at load is all midnights)
        if isinstance(value, pd.Timestamp) and value == value.normalize() and value.tzinfo is None:
            # (from its parts: strftime fails outside the standard library's years, Square's "0000-03-14" birthday)
            return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        return cut(value)

    def cell(value: object) -> object:
        try:
            if bool(pd.isna(value)):
                return None
        except (TypeError, ValueError):
            pass  # list-like cells give arrays: not missing
        try:
            return number(value) if isinstance(value, numbers.Number) else stamp(value)
        except Exception:  # one odd value must not cost the whole profile: it is shown as written
            return cut(value)

    def edges(values: pd.Series) -> pd.Series:
        # The first and last values: enough to judge a format, and cheap on any number of rows.
        return (
            values
            if len(values) <= 2 * date_sample
            else pd.concat([values.iloc[:date_sample], values.iloc[-date_sample:]])
        )

    # A clock time after a day/month/year date: "10/18/2021 11:08:47 AM", "29/07/2023 09:13"
    # (a comma may part the date from its time: iOS exports write "6/3/23, 5:39 PM")
    clock_time = r",?[ T]\d{1,2}:\d{2}(:\d{2})?(\s?[AaPp][Mm])?"

    def text_date_format(values: pd.Series) -> str | None:
        # Plain `re` over the (at most 200) sampled strings: pandas' string methods re-parse each pattern on every
        # call, which made this the slowest part of profiling a table of text columns (10 s in 23,000 calls).
        sample = edges(values).astype(str).str.strip()
        texts = list(sample)

        def share(pattern: str, whole: bool = False) -> float:
            rx = re.compile(pattern)
            hits = sum(1 for t in texts if (rx.fullmatch(t) if whole else rx.search(t)))
            return hits / len(texts)

        # dates known to different precision in a column named for them (Find a Grave's Birth Date: "12 Mar 1890",
        # "Mar 1890", "1890", "unknown"): each read as far as it goes, a bare year as its 1 January
        month = month_name.pattern.removeprefix("(?i)")
        partial = share(r"(?i)(?:\d{1,2}\s+)?" + month + r"\s+\d{4}|\d{4}|unknown|n/?a|", whole=True)
        named = re.search(r"(?i)date|born|birth|died|death", str(values.name))
        if named and partial >= 0.9 and share(month_name.pattern) >= 0.3 and share(r"^\d{4}$") >= 0.05:
            # (births of a cemetery's oldest graves reach back before 1800; a year said in full is no misreading)
            return "mixed" if parses(sample, "mixed", least=0.75, earliest=1000) else None
        if share(r"\d") < 0.9:  # every date form below holds a digit
            return None
        for pattern, fmt in date_patterns:
            if share(pattern, whole=True) < 0.9:
                # ISO forms carry their own time, but for a 12-hour clock ("2023-01-02 09:00 am", Calendly)
                twelve = share(r"\d\s?[AaPp][Mm]$") >= 0.5
                timed = fmt not in ("ISO8601", "%Y%m%d", "%Y-%m-%d") or (fmt == "%Y-%m-%d" and twelve)
                if not timed or share(pattern + clock_time, whole=True) < 0.9:
                    continue
                seconds = share(r":\d{2}:\d{2}") >= 0.5
                noon = share(r"[AaPp][Mm]$") >= 0.5
                hours = ("%I:%M:%S %p" if seconds else "%I:%M %p") if noon else ("%H:%M:%S" if seconds else "%H:%M")
                if noon and share(r"\d[AaPp][Mm]$") >= 0.5:  # "3:22pm": no space before the half of the day
                    hours = hours.replace(" %p", "%p")
                comma = "," if share(r"^[^,\s]+, \d") >= 0.5 else ""
                fmt = "|".join(f"{part}{comma} {hours}" for part in fmt.split("|"))
            if "|" in fmt:  # day/month order: a first field above 12 means day first
                day_first, month_first = fmt.split("|")
                first = [int(m.group()) for t in texts if (m := re.match(r"\d{1,2}", t))]
                fmt = day_first if any(f > 12 for f in first) else month_first
            return fmt if parses(sample, fmt) else None
        if share(month_name.pattern) >= 0.9:
            return "mixed" if parses(sample, "mixed") else None
        return None

    def parses(sample: pd.Series, fmt: str, least: float = 0.9, earliest: int = 1800) -> bool:
        try:  # utc=True: mixed time zones would raise rather than coerce
            parsed = pd.to_datetime(sample, format=fmt, errors="coerce", utc=True)
        except (ValueError, TypeError, OverflowError):
            return False
        # "Sep-63", "Nov-05" read loosely come out in 2063 and in year 1: no dates a file holds
        years = parsed.dt.year.dropna()
        plausible = len(years) == 0 or (years.min() >= earliest and years.max() <= pd.Timestamp.now().year + 5)
        return bool(parsed.notna().mean() >= least) and bool(plausible)

    def packed_dates(values: pd.Series, fmt: str, low: int, high: int) -> bool:
        # whole numbers in [low, high] that all read as dates in `fmt` (8 digits, zero-padded in front)
        if not len(values) or values.min() < low or values.max() > high:
            return False
        sample = edges(values)
        if not (sample % 1 == 0).all():
            return False
        digits = sample.astype("int64").astype(str).str.zfill(8)
        return bool(pd.to_datetime(digits, format=fmt, errors="coerce").notna().all())

    def is_yyyymmdd(values: pd.Series) -> bool:
        return packed_dates(values, "%Y%m%d", 18000101, 21001231)

    def is_mmddyyyy(name: object, values: pd.Series) -> bool:
        # 10142018 is 14 October 2018 only in a column named for a date (the squirrel census writes them so)
        return bool(re.search(r"date|day", str(name), re.IGNORECASE)) and packed_dates(
            values, "%m%d%Y", 1011800, 12312200
        )

    def is_yyyymm(name: object, values: pd.Series) -> bool:
        # 201907 is July 2019 only in a column named for a period: six digits alone may be any code
        if not len(values) or values.min() < 180001 or values.max() > 210012:
            return False
        if not re.search(r"period|month|date|yyyymm|\bym\b", str(name), re.IGNORECASE):
            return False
        sample = edges(values)
        return bool((sample % 1 == 0).all() and sample.astype("int64").mod(100).between(1, 12).all())

    def epoch_unit(name: object, values: pd.Series) -> str | None:
        # 1164412800 is 25 November 2006 in seconds since 1970 ("epoch"), 1713916800000 a day of 2024 in
        # milliseconds ("epoch_ms"), only in a column named for a time (Time, created_utc, listed_time)
        if not len(values) or not re.search(
            r"time|date|timestamp|created|updated|epoch|(?:^|_)ts$|(?:^|_)utc$", str(name), re.I
        ):
            return None
        low, high = values.min(), values.max()
        # (from 1979: MovieLens rates films from 1996 on, 8.2e8 seconds)
        unit = "epoch" if 3e8 <= low <= high <= 2.2e9 else "epoch_ms" if 3e11 <= low <= high <= 2.2e12 else None
        return unit if unit and bool((edges(values) % 1 == 0).all()) else None

    def listed_labels(values: pd.Series, name: object = "") -> list[list[object]] | None:
        """The most common labels of text that lists several per row ("Action;Indie", "North Indian, Chinese").

        Read on the first 2,000 rows: most list two or more short labels without digits, and the labels repeat
        (an address or a sentence has commas too, but its parts are long, numbered or seldom the same).
        """

        # "N/A" is a blank written out, not a list of N and A; "['children', 'creativity']" (a list as Python
        # writes it) lists its labels without the brackets and quotes
        def unlisted(texts: pd.Series) -> pd.Series:
            literal = r"^\s*\[\s*['\"]?|['\"]?\s*\]\s*$"
            return (
                texts.astype(str)
                .str.replace(literal, "", regex=True)
                .str.replace(r"['\"]\s*,\s*['\"]", ", ", regex=True)
            )

        sample = unlisted(values.iloc[:2000]).str.replace(r"(?i)\bn/an?\b", "", regex=True)
        if sample.str.contains(r"^/|://", regex=True).any():
            return None  # "/pricing/plans", links: paths, not lists of labels
        # (a label may end in a bracket: Trello's "Backend (blue), Bug (red)")
        listed = sample.str.contains(r"(?:[^\W\d]|\))\s?[,;|/]\s?[^\W\d]", regex=True)
        # (a column named for its tags lists them: TickTick's "work, urgent" and "errand, urgent"; Codewars'
        # completedLanguages lists two only now and then: "python,javascript" beside "python")
        tagged = re.search(
            r"(?i)(?:^|[\W_]|[a-z](?=[A-Z]))(?:tags?|labels?|keywords?|genres?|languages|categories|topics|platforms)"
            r"(?:$|[\W_])",
            str(name),
        )
        if len(sample) < 20 or listed.mean() < (0.05 if tagged else 0.2):
            return None
        # a thing's name with a comma in it ("Coffee, Brewed w/ Milk" of Lose It's Name, "Eggs, Scrambled"): one
        # name, unless written with a separator no name holds
        thing = re.search(r"(?i)(?:^|[\W_])(?:name|title|description|item|product|food)s?(?:$|[\W_])", str(name))
        if thing and not sample.str.contains(r"[;|]", regex=True).any():
            return None
        # a route between its ends ("Seattle / Bainbridge Island" of a ferry's Route, "Fauntleroy / Vashon /
        # Southworth"): one route, whose ends the slash joins
        ends = re.search(r"(?i)(?:^|[\W_])(?:route|line|leg|corridor|crossing|segment|matchup)s?(?:$|[\W_])", str(name))
        if ends and not sample.str.contains(r"[,;|]", regex=True).any():
            return None
        split = sample.str.split(r"\s*[,;|/]\s*", regex=True)
        parts = split.explode().str.strip()
        parts = parts[parts != ""]
        if parts.str.contains(r"\d").mean() > 0.1 or parts.str.split().str.len().mean() > 3:
            return None
        counts = parts.value_counts()
        if len(counts) > 0.2 * len(parts):
            return None
        # "Belgrove Street , King's Cross": a place and its area, not a list: two parts at most, and what comes
        # first is never what comes last (labels of a list turn up in either place)
        multi = split[split.str.len() >= 2]
        firsts, lasts = set(multi.str[0].str.strip()), set(multi.str[-1].str.strip())
        if multi.str.len().max() <= 2 and len(firsts & lasts) <= 0.05 * len(firsts | lasts) and not tagged:
            return None
        labels = unlisted(values).str.split(r"\s*[,;|/]\s*", regex=True).explode().str.strip().value_counts()
        return [[cut(v), int(c)] for v, c in labels.head(top_values).items() if v]

    def describe(name: object, series: pd.Series) -> dict[str, Any]:
        info: dict[str, Any] = {
            "name": cut(name, name_chars),
            "dtype": str(series.dtype),
            "nulls": int(series.isna().sum()),
        }
        values = series.dropna() if info["nulls"] else series  # no copy of a big column without nulls
        dtype = series.dtype
        if pdt.is_bool_dtype(dtype):
            info["kind"] = "bool"
            info["true"] = int(values.astype(bool).sum())
            info["false"] = len(values) - info["true"]
        elif pdt.is_numeric_dtype(dtype) and not pdt.is_complex_dtype(dtype):
            info["kind"] = "numeric"
            if len(values):
                info.update(
                    min=number(values.min()),
                    max=number(values.max()),
                    mean=number(values.mean()),
                    std=number(values.std()) if len(values) > 1 else None,
                )
                if bool(values.min() < 0 < values.max()):  # which sign most rows have: a statement's charges
                    info["negatives"] = int((values < 0).sum())
                if info["min"] == -1:  # -1 among numbers otherwise never negative: a code for unknown (Founded -1)
                    coded = int((values == -1).sum())
                    rest = values[values != -1]
                    if coded >= 2 and len(rest) and rest.min() >= 0:
                        info.update(unknown_code=-1, unknown_rows=coded, known_min=number(rest.min()))
                elif info["min"] in (-99, -200, -999, -9999):
                    # -99 far below every other value (AvgTemperature of a daily temperature file): a code for unknown
                    # (-200 is the UCI Air Quality table's: every sensor column writes a missing reading so)
                    code = info["min"]
                    coded = int((values == code).sum())
                    rest = values[values != code]
                    if coded >= 2 and len(rest) and rest.min() > code / 2:
                        info.update(unknown_code=int(code), unknown_rows=coded, known_min=number(rest.min()))
                if is_yyyymmdd(values):
                    info.update(date_like=True, date_format="%Y%m%d")
                elif is_yyyymm(name, values):
                    info.update(date_like=True, date_format="%Y%m")
                elif is_mmddyyyy(name, values):
                    info.update(date_like=True, date_format="%m%d%Y")
                elif unit := epoch_unit(name, values):
                    info.update(date_like=True, date_format=unit)
        elif pdt.is_datetime64_any_dtype(dtype):
            info["kind"] = "datetime"
            if len(values):
                info.update(min=stamp(values.min()), max=stamp(values.max()))
                # one date per month ("Nov-22" periods, month-end values): a month said with two digits ("dec 22")
                # is then a month of a year; told from the first rows, as a whole-column pass costs seconds
                head = values.iloc[:100_000]
                info["monthly"] = bool(
                    ((head.dt.day == 1).all() or head.dt.is_month_end.all()) and head.dt.to_period("M").nunique() > 1
                )
                # how many distinct dates ("how many storms": a Storm Date shared by each storm's rows); only of
                # frames small enough that the pass takes milliseconds
                # (a count is a help to the reader, never worth the column's profile)
                with contextlib.suppress(Exception):
                    if len(values) <= 1_000_000:
                        info["n_dates"] = int(values.nunique())
        else:
            hashable = True
            try:
                n_unique = int(values.nunique())
            except TypeError:  # unhashable cells (lists, dicts from JSON)
                values, hashable = values.map(repr), False
                n_unique = int(values.nunique())
            except MemoryError:  # no room for a table of every distinct value (a big frame near the limit)
                values = values.iloc[:unique_sample]
                n_unique = int(values.nunique())
                info["n_unique_of"] = len(values)
            strings = hashable and (
                isinstance(dtype, pd.StringDtype)
                or (len(values) > 0 and pdt.infer_dtype(edges(values), skipna=True) == "string")
            )
            if isinstance(dtype, pd.CategoricalDtype) or (
                strings and n_unique <= 50 and n_unique <= max(1, len(values) // 2)
            ):
                info["kind"] = "categorical"
            else:
                info["kind"] = "text" if strings else "other"
            info["n_unique"] = n_unique
            if info["kind"] == "categorical":
                counts = values.value_counts().head(top_values)
                info["top"] = [[cut(v), int(c)] for v, c in counts.items()]
            else:
                # The first 3 distinct values; found among the first rows (a whole-column pass costs seconds per
                # 10 million rows) unless those hold fewer.
                first = values.iloc[:1000].drop_duplicates()
                first = first if len(first) >= 3 else values.drop_duplicates()
                info["examples"] = [cut(v) for v in first.head(3)]
                if strings and len(values):
                    # amounts kept as text ("-1,450.00", "$1,250.00"): their range, for three examples show
                    # neither the signs nor the sizes (money out below 0, in above)
                    sample = values.iloc[:100_000].astype(str)
                    # (accounts write an amount below zero in brackets: "($2,683.78)")
                    bracketed = sample.str.fullmatch(r"\s*\([^()]*\d[^()]*\)\s*")
                    if bracketed.any() and not any(str(v).strip().startswith("(") for v in info["examples"]):
                        info["examples"] = [*info["examples"][:2], cut(sample[bracketed].iloc[0])]
                    unbracketed = sample.str.replace(r"^\s*\((.*)\)\s*$", r"-\1", regex=True)
                    read = pd.to_numeric(unbracketed.str.replace(r"[\s$£€¥,+]", "", regex=True), errors="coerce")
                    if read.notna().mean() >= 0.9:
                        info["number_range"] = [number(read.min()), number(read.max())]
                        if read.min() < 0 < read.max():  # (as for numbers: how many of the sample are below 0)
                            info["negatives"] = int((read < 0).sum())
                # (the 500 most common of up to 5000: MovieLens names 9,000 films, the most rated are asked about)
                if strings and n_unique <= 5000 and n_unique <= len(values) // 3:
                    # text that repeats (countries, towns): its common values, so a question can name one; counted
                    # on the first rows only, as the examples are
                    counts = values.iloc[:200_000].value_counts()
                    info["top"] = [[cut(v), int(c)] for v, c in counts.head(top_values).items()]
                    # the rest of them, without counts and within a budget for the whole table: a question names
                    # any county or neighbourhood, not only the sixty most common
                    more = [cut(v) for v in counts.index[top_values:more_values]]
                    if more and budget[0] >= sum(len(v) for v in more):
                        budget[0] -= sum(len(v) for v in more)
                        info["more"] = more
            if strings and len(values) and (labels := listed_labels(values, name)):
                info["labels"] = labels
            elif strings and len(values) >= 20:
                info["listed"] = False  # looked at, and no list of labels per row: commas inside names
            if strings and len(values) and (fmt := text_date_format(values)):
                info.update(date_like=True, date_format=fmt)
                if "more" in info:  # dates kept as text: no question names a day by its text, the budget is spared
                    budget[0] += sum(len(v) for v in info.pop("more"))
        return info

    frame = obj.to_frame() if isinstance(obj, pd.Series) else obj
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{variable} is a {type(obj).__name__}, not a pandas DataFrame")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        columns = []
        for j in range(min(frame.shape[1], max_columns)):
            try:
                columns.append(describe(frame.columns[j], frame.iloc[:, j]))
            except Exception as err:  # one odd column must not cost the whole profile
                columns.append(
                    {
                        "name": cut(frame.columns[j], name_chars),
                        "dtype": str(frame.dtypes.iloc[j]),
                        "error": cut(f"{type(err).__name__}: {err}"),
                    }
                )
        head = frame.iloc[:sample_rows, :max_columns]
        profile = {
            "notebook_agent_profile": 1,
            "variable": variable,
            "shape": [int(frame.shape[0]), int(frame.shape[1])],
            "memory_bytes": int(frame.memory_usage(index=True, deep=False).sum()),
            "columns_described": len(columns),
            "columns": columns,
            "sample": [[cell(v) for v in row] for row in head.itertuples(index=False, name=None)],
        }
        if not isinstance(frame.index, pd.RangeIndex):
            name = frame.index.name
            profile["index"] = {"name": None if name is None else cut(name), "dtype": str(frame.index.dtype)}
    print(json.dumps(profile, ensure_ascii=False, separators=(",", ":"), allow_nan=False))
