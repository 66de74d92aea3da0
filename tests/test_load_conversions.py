"""Compact types at load, in a real confined kernel: text dates parsed, few-valued text stored as categories.

One session (offline analyst) uploads a 50,000-row CSV with dates in two formats, a few-valued text column, text
that only looks like dates (version strings, ids, dates whose day/month order cannot be told) and a date column
with one bad value in a row the kernel's sample does not see, and months written without a day ("Nov-22", with
"(p)" marking the preliminary last month, and "November 2022"). The checks: the frame's dtypes in the kernel, the
words of the preview, the kept load cell (it re-runs as it is), and a line over time drawn per period.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from notebook_agent.agent.brains import OfflineBrain
from notebook_agent.agent.offline import RESULT_MIME
from notebook_agent.agent.session import Session
from notebook_agent.data.conversions import CHUNK_ROWS, DATE_MARKERS, Conversion, conversion_cell, parse_conversions
from notebook_agent.data.profile import format_profile
from notebook_agent.settings import Settings

ROWS = 50_000
BAD_ROW = 400  # between the first rows and the second run of rows the kernel samples (see _kernel_conversions)


def _csv(path: Path) -> Path:
    rng = np.random.default_rng(3)
    stamps = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 700 * 86400, ROWS), unit="s")
    settled = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 365, ROWS), unit="D")
    late = stamps.strftime("%Y-%m-%d").to_numpy(dtype=object)
    late[BAD_ROW] = "2022-02-30"  # not a date: the full conversion of this column fails
    # a statistics office's periods: "Nov-23", the last month marked "(p)" for preliminary
    period = stamps.strftime("%b-%y").to_numpy(dtype=object)
    period[stamps.to_period("M") == stamps.to_period("M").max()] += "(p)"
    # a buoy's wave height, 99.0 where the sensor sent nothing (NOAA's code for no reading)
    wave = rng.uniform(0.2, 6.0, ROWS).round(2)
    wave[::97] = 99.0
    frame = pd.DataFrame(
        {
            "wave_m": wave,
            "when": stamps.strftime("%Y-%m-%d %H:%M:%S"),
            "day": stamps.strftime("%d/%m/%Y"),
            "amount": rng.lognormal(3, 1, ROWS).round(2),
            "region": rng.choice(["North", "South", "East", "West", "Île-de-France"], ROWS),
            "version": [f"{a}.{b}.{c}" for a, b, c in rng.integers(0, 12, (ROWS, 3))],
            "order_ref": [
                f"{y}-{n:04d}"
                for y, n in zip(rng.integers(2019, 2024, ROWS), rng.integers(0, 10_000, ROWS), strict=True)
            ],
            # Day and month both 12 or less in every row: 03/04/2022 could be either
            "settled": [f"{d.month:02d}/{min(d.day, 12):02d}/{d.year}" for d in settled],
            "late": late,
            "period": period,
            "cycle": stamps.strftime("%B %Y"),
            # a city's monthly tonnage report: "2023 / 07", a year and its month with spaces around the slash
            "month_spaced": stamps.strftime("%Y / %m"),
            # a point-of-sale export's local time with its zone's abbreviation ("13-Mar-2024 12:05 PM EDT")
            "ordered": [f"{t:%d-%b-%Y %I:%M %p} {'EDT' if 3 < t.month < 11 else 'EST'}" for t in stamps],
            # one date written two ways: "6/28/2022" and "2022-06-28"
            "departed": [
                f"{d.month}/{d.day}/{d.year}" if i % 3 else f"{d:%Y-%m-%d}"
                for i, d in enumerate(pd.DatetimeIndex(settled))
            ],
        }
    )
    frame.to_csv(path, index=False)
    return path


async def _run(session: Session, code: str) -> str:
    res = await session.execute(code)
    assert res.status == "ok", res.error
    return res.stdout


async def _dtypes(session: Session, variable: str = "df") -> dict[str, str]:
    return json.loads(await _run(session, f"import json\nprint(json.dumps({variable}.dtypes.astype(str).to_dict()))"))


@pytest.fixture(scope="module")
async def loaded(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> AsyncIterator[dict[str, Any]]:
    """A session with the CSV uploaded: the session, the upload, its profile and the dtypes right after.

    Its chats open in the session's data dir (conftest `settings`): a chat of their own each, sharing that data dir's
    kernel fork server (a new data dir would start another, ~3 s of imports)."""
    src = _csv(tmp_path_factory.mktemp("conversions") / "orders.csv")
    session = await Session.open(settings=settings, brain=OfflineBrain())
    try:
        prepared, profile = await session.add_file(src)
        yield {"session": session, "prepared": prepared, "profile": profile, "dtypes": await _dtypes(session)}
    finally:
        await session.close()


def test_dates_and_few_valued_text_get_compact_types(loaded: dict[str, Any]) -> None:
    dtypes = loaded["dtypes"]
    assert dtypes["when"].startswith("datetime64") and dtypes["day"].startswith("datetime64"), dtypes
    assert dtypes["region"] == "category", dtypes
    assert dtypes["amount"] == "float64"
    # Text that only looks like dates stays what it was (versions may become categories, never dates)
    for name in ("version", "order_ref", "settled", "late"):
        assert not dtypes[name].startswith("datetime64"), (name, dtypes)
    assert dtypes["order_ref"] != "category" and dtypes["settled"] != "category", dtypes
    code = loaded["prepared"].load_code
    assert code.startswith('df = pd.read_csv("orders.csv"')
    assert 'df["when"] = pd.to_datetime(df["when"], format="%Y-%m-%d %H:%M:%S")' in code
    assert 'df["day"] = pd.to_datetime(df["day"], format="%d/%m/%Y")' in code
    assert 'df["region"] = df["region"].astype("category")' in code
    assert dtypes["period"].startswith("datetime64") and dtypes["cycle"].startswith("datetime64"), dtypes
    marker = f'.str.replace(r"{DATE_MARKERS}", "", regex=True), format="%b-%y")'
    assert f'df["period"] = pd.to_datetime(df["period"]{marker}' in code
    assert 'df["cycle"] = pd.to_datetime(df["cycle"], format="%B %Y")' in code
    assert dtypes["month_spaced"].startswith("datetime64"), dtypes  # "2023 / 07", read in the confined kernel
    assert 'df["month_spaced"] = pd.to_datetime(df["month_spaced"], format="%Y / %m")' in code
    assert '"late"' not in code and '"settled"' not in code and '"order_ref"' not in code
    assert dtypes["departed"].startswith("datetime64"), dtypes  # read by both formats in the confined kernel
    assert dtypes["ordered"].startswith("datetime64"), dtypes  # its zone dropped first, in the confined kernel


async def test_a_code_for_no_reading_is_missing_in_the_confined_kernel(loaded: dict[str, Any]) -> None:
    assert 'df["wave_m"] = df["wave_m"].mask(df["wave_m"] == 99)' in loaded["prepared"].load_code
    out = await _run(loaded["session"], 'print(int(df["wave_m"].isna().sum()), float(df["wave_m"].max()))')
    blanks, top = out.split()
    assert int(blanks) == len(range(0, ROWS, 97)) and float(top) <= 6.0, out
    assert "codes for no reading made missing: 99 in wave_m" in loaded["prepared"].warnings[0]


def test_codes_for_no_reading_are_only_all_nines_far_from_the_readings() -> None:
    rng = np.random.default_rng(7930)
    readings = rng.uniform(0, 360, 300).round(1)
    coded = readings.copy()
    coded[::50] = 999.0
    below = rng.uniform(-40, 35, 300).round(1)
    below[::60] = -9999.0
    prices = rng.uniform(200, 600, 300).round(0)
    prices[::50] = 999.0  # a price of 999 among prices up to 600: a real price
    once = readings.copy()
    once[7] = 9999.0  # a single one: a typo or an outlier, not a code
    frame = pd.DataFrame({"WDIR": coded, "ATMP": below, "price": prices, "odd": once})
    proposed = _proposed(frame)
    assert proposed["WDIR"] == Conversion("WDIR", "missing", value="999"), proposed
    assert proposed["ATMP"] == Conversion("ATMP", "missing", value="-9999"), proposed
    assert "price" not in proposed and "odd" not in proposed, proposed
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", list(proposed.values()), len(frame)), env)
    assert env["df"]["WDIR"].isna().sum() == 6 and env["df"]["WDIR"].max() < 360
    assert env["df"]["ATMP"].isna().sum() == 5 and env["df"]["ATMP"].min() > -41
    # only a code of nines is accepted from the kernel
    assert not parse_conversions(_proposal({"column": "WDIR", "to": "missing", "value": 360})).conversions


async def test_day_values_are_read_day_first(loaded: dict[str, Any]) -> None:
    out = await _run(loaded["session"], 'print(bool((df["day"] == df["when"].dt.normalize()).all()))')
    assert out.strip() == "True"


async def test_months_without_a_day_are_the_first_of_their_month(loaded: dict[str, Any]) -> None:
    # "Dec-23(p)" is December 2023 like "Dec-23": the marker goes, the month stays
    month = 'df["when"].dt.to_period("M").dt.to_timestamp()'
    out = await _run(
        loaded["session"], f'print(bool((df["period"] == {month}).all()), bool((df["cycle"] == {month}).all()))'
    )
    assert out.split() == ["True", "True"]


def test_preview_and_profile_say_what_was_converted(loaded: dict[str, Any]) -> None:
    from notebook_agent.ui.handlers import _preview

    note = loaded["prepared"].warnings[0]
    converted, _, rest = note.partition(". ")
    assert converted.startswith("Converted at load")
    assert "when (%Y-%m-%d %H:%M:%S" in converted and "day (%d/%m/%Y" in converted
    assert "region (5 values)" in converted
    assert "period (%b-%y, as in " in converted and "dropped" in converted
    for name in ("version", "order_ref", "settled", "late"):
        assert f"{name} (" not in converted.split("stored as categories")[0], (name, note)
    assert "settled looks like dates but stays text" in rest and "day and month order" in rest
    assert "late stays as it was: converting it to dates failed (ValueError: " in rest
    preview = _preview(loaded["prepared"], loaded["profile"])
    assert "Converted at load" in preview and "region (5 values)" in preview and "settled looks like dates" in preview
    text = format_profile(loaded["profile"])
    assert "Converted at load" in text and "- region (category, categorical)" in text
    assert "- when (datetime64" in text
    # A date column parsed at load shows dates, not midnights
    date_range = r"^- day \(datetime64\[\w+\], datetime\): \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$"
    assert re.search(date_range, text, re.M), text


async def test_kept_load_cell_reruns_to_the_same_types(loaded: dict[str, Any]) -> None:
    session = loaded["session"]
    setup = [c for c in session.notebook.cells if c.cell_type == "code" and "read_csv" in c.source]
    assert len(setup) == 1 and setup[0].source == loaded["prepared"].load_code
    assert setup[0].metadata["notebook_agent"]["role"] == "setup"
    await _run(session, "del df")
    await _run(session, setup[0].source)
    assert await _dtypes(session) == loaded["dtypes"]


async def test_chunked_date_parse_runs_in_the_kernel(loaded: dict[str, Any]) -> None:
    # The form used above CHUNK_ROWS rows, run on a small frame: one chunk, the same result as one call.
    cell = conversion_cell("probe", [Conversion("when", "datetime", format="%Y-%m-%d %H:%M:%S")], CHUNK_ROWS + 1)
    assert "pd.concat(" in cell and "1_000_000" in cell
    out = await _run(
        loaded["session"],
        'probe = df[["amount"]].assign(when=df["when"].dt.strftime("%Y-%m-%d %H:%M:%S"))'
        f'\n{cell}\nprint(probe["when"].dtype, bool(probe["when"].equals(df["when"])))\ndel probe',
    )
    assert out.split() == ["datetime64[us]", "True"]


async def test_line_over_time_is_drawn_per_period(loaded: dict[str, Any]) -> None:
    session = loaded["session"]
    events = [item async for item in session.ask("plot amount over time")]
    done = [e for e in events if e["type"] == "code_done"]
    assert done and done[-1]["status"] == "ok", events
    outputs = done[-1]["outputs"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    results = [o["data"][RESULT_MIME] for o in outputs if RESULT_MIME in o.get("data", {})]
    assert results, outputs
    result = results[-1]
    assert result["x_is_date"] is True  # the chart's kind and columns are the plan's, not the cell's
    assert result["rows_used"] == ROWS and result["period"] in ("D", "W")
    assert 100 <= result["points"] <= 1000 < ROWS // 20, result
    answer = next(e["text"] for e in events if e["type"] == "answer")
    assert answer.splitlines()[0].startswith("Line chart of amount against when"), answer
    assert f"{result['points']:,} points" in answer


# --- the proposal is data: what the app takes from the kernel -----------------------------------------------------


def _proposal(*columns: object, kept: object = ()) -> str:
    return "noise\n" + json.dumps(
        {"notebook_agent_conversions": 1, "rows": 10, "columns": list(columns), "kept": list(kept)}
    )


def test_proposal_keeps_only_what_the_kernel_side_writes() -> None:
    plan = parse_conversions(
        _proposal(
            {"column": "a", "to": "datetime", "format": "%d/%m/%Y", "utc": False},
            {"column": "b", "to": "datetime", "format": '%Y")\nimport os\n#', "utc": False},
            {"column": "c", "to": "datetime", "format": "%H:%M", "utc": False},  # no year: not a date
            {"column": "d", "to": "category", "values": "3"},
            {"column": 5, "to": "category", "values": 3},
            {"column": "e", "to": "eval", "values": 3},
            {"column": "f", "to": "datetime", "format": "ISO8601", "utc": "yes"},
            {"column": "g\ud800", "to": "category", "values": 2},
            {"column": "a", "to": "category", "values": 2},  # a column once only
            {"column": 'h"]; import os; x["', "to": "category", "values": 2},
            kept=[{"column": "k", "why": "ambiguous"}, {"column": "m", "why": "anything else"}],
        )
    )
    assert [(c.column, c.to) for c in plan.conversions] == [("a", "datetime"), ('h"]; import os; x["', "category")]
    assert plan.kept == [("k", "ambiguous")] and plan.rows == 10
    assert parse_conversions("no proposal here").conversions == []


def test_rendered_lines_are_plain_assignments_whatever_the_names() -> None:
    names = ['h"]; import os; x["', "line\nbreak", "tab\tand 'quotes'", "€ ünïcode"]
    conversions = [Conversion(n, "category", values=2) for n in names]
    conversions.append(Conversion("when", "datetime", format="%d/%m/%Y %H:%M", utc=True))
    for rows in (10, CHUNK_ROWS + 1):
        tree = ast.parse(conversion_cell("df", conversions, rows))
        assert all(isinstance(node, ast.Assign) for node in tree.body)
        targets = [node.targets[0] for node in tree.body]
        assert all(isinstance(t, ast.Subscript) and isinstance(t.slice, ast.Constant) for t in targets)
        assert sorted(t.slice.value for t in targets) == sorted([*names, "when"])
        calls = {
            n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id
            for n in ast.walk(tree)
            if isinstance(n, ast.Call)
        }
        assert calls <= {"astype", "to_datetime", "concat", "range", "len"}, calls


async def test_a_restart_runs_the_kernel_setup_again(settings: Settings) -> None:
    """A cell that kills its kernel gets it restarted; the set-up (display formatters) is back for the next cell."""
    from notebook_agent.data._kernel_display import TABLE_MIME

    session = await Session.open(settings=settings, brain=OfflineBrain())
    try:
        await _restart_and_show_a_table(session, TABLE_MIME)
    finally:
        await session.close()


async def _restart_and_show_a_table(session: Session, table_mime: str) -> None:
    died = await session.execute("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
    assert died.restarted, (died.status, died.notes)
    res = await session.execute("import pandas as pd\npd.DataFrame({'a': [1, 2]})")
    assert res.status == "ok", res.error
    results = [o for o in res.outputs if o.get("output_type") == "execute_result"]
    assert results and table_mime in results[0]["data"], results
    assert results[0]["data"][table_mime]["total_rows"] == 2


async def test_a_table_wide_by_year_gets_its_long_view(settings: Settings, tmp_path: Path) -> None:
    """One text column per year (".." for missing): the upload builds `df_long` in the kernel, profiles it too,
    keeps its cell in the notebook, and the offline analyst answers a question by year from it."""
    rows = []
    for i, country in enumerate(["Chad", "Peru", "Laos", "Fiji"]):
        row = {"Country Name": country, "Series Name": "GDP per capita (current US$)"}
        row |= {
            f"{y} [YR{y}]": ".." if (i, y) == (1, 2003) else f"{100 * (i + 1) + y - 2000}.5" for y in range(2000, 2006)
        }
        rows.append(row)
    src = tmp_path / "wdi.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    session = await Session.open(settings=settings, brain=OfflineBrain())
    try:
        prepared, profile = await session.add_file(src)
        assert "df_long = pd.concat(" in prepared.load_code
        assert "df_long holds the same figures" in profile["conversions"]
        state = await session.state()
        long = next(p for p in state["profiles"] if p["variable"] == "df_long")
        assert long["long_of"] == "df" and long["shape"] == [24, 4]
        out = await _run(session, 'print(df_long["value"].isna().sum(), df_long["value"].max(), df_long["year"].max())')
        assert out.split() == ["1", "405.5", "2005"]
        events = [item async for item in session.ask("which country had the highest gdp per capita in 2003?")]
        answer = next(e["text"] for e in events if e["type"] == "answer")
        assert "**Fiji**" in answer and "year = 2003" in answer.splitlines()[0], answer
        await _run(session, "del df, df_long")
        await _run(session, prepared.load_code)  # the kept cell builds both again
        assert (await _run(session, "print(len(df_long))")).strip() == "24"
    finally:
        await session.close()


async def test_values_outside_the_stores_ranges_keep_the_upload(settings: Settings, tmp_path: Path) -> None:
    """Square's birthdays without a year ("0000-03-14") and Printful's 22-digit tracking numbers: the upload is
    profiled and stored (the profile had failed on the year 0, and the chat's store refused an int of 70 bits)."""
    n = 40
    tracking = [9400203406867943529491 + 7919 * i if i % 3 else None for i in range(n)]
    src = tmp_path / "customers.csv"
    pd.DataFrame(
        {
            "Reference ID": [f"C{i:04d}" for i in range(n)],
            "Birthday": [f"0000-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 4 else "" for i in range(n)],
            "Tracking number": tracking,
            "Lifetime Spend": [f"${12.5 * i:,.2f}" for i in range(n)],
        }
    ).to_csv(src, index=False)
    session = await Session.open(settings=settings, brain=OfflineBrain())
    try:
        _, profile = await session.add_file(src)
        assert profile["shape"] == [n, 4]
        tracked = [row[2] for row in profile["sample"]]
        assert str(tracking[1]) in [str(v) for v in tracked], tracked
        assert all(not isinstance(v, int) or abs(v) < 2**63 for v in tracked), tracked
        assert len((await session.state())["profiles"]) == 1  # stored with the chat
        events = [item async for item in session.ask("how many customers are there?")]
        answer = next(e["text"] for e in events if e["type"] == "answer")
        assert f"**{n}**" in answer or f" {n} " in answer, answer
    finally:
        await session.close()


def _proposed(frame: pd.DataFrame) -> dict[str, Conversion]:
    """The kernel-side proposal for `frame`, run in this process (the function is self-contained)."""
    import contextlib
    import io

    from notebook_agent.data.conversions import conversions_code

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(conversions_code("df"), {"df": frame})
    return {c.column: c for c in parse_conversions(out.getvalue()).conversions}


def test_months_written_without_a_day_are_proposed_as_dates() -> None:
    months = pd.date_range("2019-11-01", periods=26, freq="MS")
    short = [f"{m:%b-%y}" for m in months]
    frame = pd.DataFrame(
        {
            "Period": [*short[:-2], *(f"{v}(p)" for v in short[-2:])],
            "month": [f"{m:%B %Y}" for m in months],
            "ref": [f"{m:%Y}M{m:%m}" for m in months],
            "slash": [f"{m:%m/%Y}" for m in months],
            "code": short,  # "Nov-19" under a name that says nothing of time could be a day of November
            "size": [f"{m:%b}-{i % 28 + 1}" for i, m in enumerate(months)],
            # JavaScript's Date.toString(): the local time, then its offset and zone
            "saledate": [
                f"{m:%a %b %d %Y} 12:30:00 GMT-0{8 - m.month % 2}00 ({'PST' if m.month % 2 else 'PDT'})" for m in months
            ],
        }
    )
    proposed = _proposed(frame)
    assert proposed["Period"].format == "%b-%y" and proposed["Period"].marked
    assert proposed["month"].format == "%B %Y" and not proposed["month"].marked
    assert proposed["ref"].format == "%YM%m" and proposed["slash"].format == "%m/%Y"
    assert "code" not in proposed and "size" not in proposed
    assert proposed["saledate"].format == "%a %b %d %Y %H:%M:%S" and proposed["saledate"].marked
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", list(proposed.values()), len(frame)), env)
    for name in ("Period", "month", "ref", "slash"):
        assert env["df"][name].tolist() == list(months), name
    assert env["df"]["saledate"].tolist() == [m + pd.Timedelta(hours=12, minutes=30) for m in months]


def test_a_two_digit_year_needs_a_month_beside_it() -> None:
    plan = parse_conversions(
        _proposal(
            {"column": "a", "to": "datetime", "format": "%b-%y", "marked": True},
            {"column": "b", "to": "datetime", "format": "%d-%y"},  # no month: not a period
            {"column": "c", "to": "datetime", "format": "%YM%m"},
            {"column": "d", "to": "datetime", "format": "%m M%Y"},  # "M" only as in 2020M01
            {"column": "e", "to": "datetime", "format": "%b-%y", "marked": "yes"},
        )
    )
    assert [(c.column, c.format, c.marked) for c in plan.conversions] == [("a", "%b-%y", True), ("c", "%YM%m", False)]


def test_dates_with_two_digit_years_are_proposed_when_their_order_shows() -> None:
    days = pd.date_range("2022-03-31", periods=40, freq="D")
    frame = pd.DataFrame(
        {
            "Date": [f"{d:%m-%d-%y}" for d in days],  # 04-30-22: only month-first reads 30 as a day
            "early": [f"{d:%m-%d-%y}" for d in pd.date_range("2022-01-01", periods=40, freq="MS")],  # 01-01-22 …
        }
    )
    proposed = _proposed(frame)
    assert proposed["Date"].format == "%m-%d-%y"
    assert "early" not in proposed  # every value reads both ways: its order cannot be told
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", [proposed["Date"]], len(frame)), env)
    assert env["df"]["Date"].tolist() == list(days)


def test_a_column_of_dates_written_two_ways_is_read_by_both_formats() -> None:
    days = pd.date_range("2022-01-03", periods=60, freq="5D")
    months = pd.date_range("2022-01-01", periods=60, freq="MS")
    frame = pd.DataFrame(
        {
            "Departure Date": [f"{d.month}/{d.day}/{d.year}" if i % 3 else f"{d:%Y-%m-%d}" for i, d in enumerate(days)],
            # every slashed value reads both ways (days up to the 12th): the order cannot be told
            "early": [f"{d.month}/{d.day}/{d.year}" if i % 3 else f"{d:%Y-%m-%d}" for i, d in enumerate(months)],
        }
    )
    proposed = _proposed(frame)
    assert set(proposed["Departure Date"].format.split("|")) == {"%Y-%m-%d", "%m/%d/%Y"}
    assert "early" not in proposed
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", [proposed["Departure Date"]], len(frame)), env)
    assert env["df"]["Departure Date"].tolist() == list(days)
    plan = parse_conversions(_proposal({"column": "a", "to": "datetime", "format": "%m/%d/%Y|import os"}))
    assert plan.conversions == []  # each part must be a date format of the short list


def test_a_second_format_that_shows_the_day_first_decides_the_first_formats_order() -> None:
    # Uber's request times: "11/7/2016 11:51" (every day up to the 12th) beside "13-07-2016 08:33:16"
    stamps = pd.date_range("2016-07-11 00:10", periods=90, freq="17h")
    frame = pd.DataFrame(
        {
            "Request timestamp": [
                f"{t.day}/{t.month}/{t.year} {t:%H:%M}" if t.day <= 12 else f"{t:%d-%m-%Y %H:%M:%S}" for t in stamps
            ]
        }
    )
    proposed = _proposed(frame)
    assert set(proposed["Request timestamp"].format.split("|")) == {"%d/%m/%Y %H:%M", "%d-%m-%Y %H:%M:%S"}
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", [proposed["Request timestamp"]], len(frame)), env)
    assert env["df"]["Request timestamp"].tolist() == list(stamps)


def test_times_with_a_zone_name_are_read_year_month_day() -> None:
    # the cosmetics shop's event log: "2019-10-01 05:52:54 UTC", every day of the sample 12 or less
    stamps = pd.date_range("2019-10-01 05:52:54", periods=300, freq="37min")
    frame = pd.DataFrame({"event_time": [f"{t:%Y-%m-%d %H:%M:%S} UTC" for t in stamps], "price": range(300)})
    proposed = _proposed(frame)
    assert proposed["event_time"].format == "%Y-%m-%d %H:%M:%S %Z"
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", list(proposed.values()), len(frame)), env)
    assert env["df"]["event_time"].dt.tz_convert(None).tolist() == list(stamps)


def test_times_followed_by_a_local_zone_abbreviation_are_read_as_local_clock_times() -> None:
    # Clover's "13-Mar-2024 12:05 PM EDT" (EST before summer time), Cash App's "2023-03-14 18:22:05 EDT"
    stamps = pd.date_range("2024-02-20 09:05", periods=200, freq="5h")
    zone = ["EST" if t < pd.Timestamp("2024-03-10 02:00") else "EDT" for t in stamps]
    frame = pd.DataFrame(
        {
            "Order Date": [f"{t:%d-%b-%Y %I:%M %p} {z}" for t, z in zip(stamps, zone, strict=True)],
            "Date": [f"{t:%Y-%m-%d %H:%M:%S} {z}" for t, z in zip(stamps, zone, strict=True)],
            "Note": [f"call 555 0{i % 10} EST" if i % 2 else "n/a" for i in range(200)],  # no date: left alone
        }
    )
    proposed = _proposed(frame)
    assert proposed["Order Date"].marked and proposed["Date"].marked and "Note" not in proposed
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", [proposed["Order Date"], proposed["Date"]], len(frame)), env)
    assert env["df"]["Order Date"].tolist() == list(stamps)
    assert env["df"]["Date"].tolist() == list(stamps)


def test_a_summary_row_named_with_more_words_is_left_out() -> None:
    """AWS Cost Explorer's first row "Service total"; TikTok Ads Manager's last row "Total of 6 campaigns"."""
    rng = np.random.default_rng(2025)
    cost = rng.uniform(1, 90, 40).round(2)
    aws = pd.DataFrame({"Service": ["Service total", *(f"2024-01-{1 + i % 28:02d}" for i in range(40))],
                        "EC2($)": [cost.sum(), *cost]})  # fmt: skip
    tiktok = pd.DataFrame({"Campaign name": [*(f"Campaign {i % 6}" for i in range(40)), "Total of 6 campaigns"],
                           "Cost": [*cost, cost.sum()]})  # fmt: skip
    # Gusto's payroll journal: "Totals" last, under the employee's name, the fourth column after three dates
    days = [f"2024-01-{1 + i % 28:02d}" for i in range(40)]
    gusto = pd.DataFrame({"Period Start": [*days, None], "Period End": [*days, None], "Check Date": [*days, None],
                          "Employee Last Name": [*(f"Name {i % 9}" for i in range(40)), "Totals"],
                          "Gross": [*cost, cost.sum()]})  # fmt: skip
    gusto = gusto[["Period Start", "Period End", "Check Date", "Employee Last Name", "Gross"]]
    for frame, column in ((aws, "Service"), (tiktok, "Campaign name"), (gusto, "Employee Last Name")):
        proposed = _proposed(frame)
        assert proposed[column].to == "drop", proposed
        env = {"df": frame.copy(), "pd": pd}
        exec(conversion_cell("df", list(proposed.values()), len(frame)), env)
        assert len(env["df"]) == 40 and round(env["df"].iloc[:, -1 if frame is gusto else 1].sum(), 2) == round(
            cost.sum(), 2
        )


def test_subtotal_rows_and_notes_under_the_table_are_left_out() -> None:
    """CDC WONDER: a "Total" in Notes after each state's years (Year left blank), then the query's notes."""
    from notebook_agent.data.conversions import conversion_note, conversions_code

    rng = np.random.default_rng(2024)
    rows: list[dict[str, object]] = []
    for state in ("Alabama", "Alaska", "Arizona", "Arkansas"):
        deaths = rng.integers(4000, 60000, 6)
        for year, d in zip(range(2015, 2021), deaths, strict=True):
            rows.append({"Notes": None, "State": state, "Year": year, "Deaths": d, "Crude Rate": d / 50.0})
        rows.append({"Notes": "Total", "State": state, "Year": None, "Deaths": deaths.sum(), "Crude Rate": 900.0})
    notes = ["---", "Dataset: Underlying Cause of Death, 1999-2020", "Group By: State; Year", "Query Date: Mar 4"]
    rows += [{"Notes": n, "State": None, "Year": None, "Deaths": None, "Crude Rate": None} for n in notes]
    frame = pd.DataFrame(rows)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(conversions_code("df"), {"df": frame})
    plan = parse_conversions(out.getvalue())
    drops = [c for c in plan.conversions if c.to == "drop"]
    assert [(c.column, c.where) for c in drops] == [("Notes", "every"), ("Notes", "notes")], drops
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", plan.conversions, len(frame)), env)
    kept = env["df"]
    assert len(kept) == 24 and kept["Notes"].isna().all() and kept["Year"].notna().all()
    assert kept["Deaths"].sum() == frame["Deaths"].iloc[:28].sum() / 2  # each death counted once
    said = conversion_note(plan, plan.conversions) or ""
    assert "subtotal rows (Notes = Total)" in said and "notes under the table" in said
    # a single trailing note row, or a repeated total on rows as full as the others, is data
    one_note = frame.iloc[: 28 + 1].copy()
    full = frame.iloc[:28].copy()
    full.loc[full["Notes"] == "Total", "Year"] = 0
    # Destatis: a "Total" among the countries each year (its code blank) counts more than the countries listed
    trade = pd.DataFrame(
        [(y, c, n, float(i + 1)) for y in range(2015, 2021) for i, (c, n) in enumerate([("US", "United States"),
         ("FR", "France"), ("NL", "Netherlands"), (None, "Total")])],
        columns=["Year", "Country code", "Country", "Exports"],
    )  # fmt: skip
    for data in (one_note, full, trade):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(conversions_code("df"), {"df": data})
        found = [(c.column, c.where) for c in parse_conversions(out.getvalue()).conversions if c.to == "drop"]
        assert ("Notes", "notes") not in found and (data is one_note or not found), found
        assert data is not trade or not found, found


def test_a_summary_row_first_or_last_is_left_out() -> None:
    rng = np.random.default_rng(7929)
    names = [f"Campaign {i % 4}" for i in range(40)]
    clicks = rng.integers(1, 100, 40)
    last = pd.DataFrame({"Campaign": [*names, "Total: Account"], "Clicks": [*clicks, clicks.sum()]})
    first = pd.DataFrame({"Content": ["Total", *names], "Views": [clicks.sum(), *clicks]})
    for frame, column in ((last, "Campaign"), (first, "Content")):
        proposed = _proposed(frame)
        assert proposed[column].to == "drop", proposed
        env = {"df": frame.copy(), "pd": pd}
        exec(conversion_cell("df", list(proposed.values()), len(frame)), env)
        assert len(env["df"]) == 40 and env["df"].iloc[:, 1].sum() == clicks.sum()
    # Spotify for Podcasters' last row "All episodes" leaves the episode's own labels blank: a summary
    episodes = pd.DataFrame(
        {
            "Episode Title": [*names, "All episodes"],
            "Episode #": [*range(1, 41), None],
            "Release Date": [*(f"May {1 + i % 28}, 2024" for i in range(40)), None],
            "Streams": [*clicks, clicks.sum()],
        }
    )
    proposed = _proposed(episodes)
    assert proposed["Episode Title"].to == "drop", proposed
    parsed = parse_conversions(
        _proposal({"column": "Episode Title", "to": "drop", "value": "All episodes", "where": "last"})
    )
    assert [c.value for c in parsed.conversions] == ["All episodes"]
    # ... while a category called "All" on a row as full as the others is data (a survey's "All ages" line)
    ages = pd.DataFrame({"Age": [*names, "All ages"], "Rate": [*clicks, 5]})
    assert "Age" not in _proposed(ages)
    # a title that starts with the word, or a total that repeats (one per year), is data
    films = pd.DataFrame({"Title": [*names[:9], "Total Recall"], "Gross": range(10)})
    yearly = pd.DataFrame({"state": ["total", "AK", "AL", "total", "AK", "AL"], "barrels": range(6)})
    assert "Title" not in _proposed(films) and "state" not in _proposed(yearly)
    # only what the kernel side writes is accepted
    assert not parse_conversions(
        _proposal({"column": "x", "to": "drop", "value": "Recall", "where": "last"})
    ).conversions


def test_only_the_finest_periods_of_an_ons_download_are_kept() -> None:
    """ONS lists each series by year, then by quarter ("1989 Q1"), then by month ("1989 JAN"), in one column."""
    from notebook_agent.data.conversions import conversion_note, conversions_code

    months = pd.date_range("2019-01-01", "2023-12-01", freq="MS")
    rng = np.random.default_rng(1989)
    monthly = rng.uniform(0, 10, len(months)).round(1)
    titles = [str(y) for y in range(2019, 2024)]
    titles += [f"{y} Q{q}" for y in range(2019, 2024) for q in range(1, 5)]
    titles += [f"{m:%Y} {m:%b}".upper() for m in months]
    rates = [*rng.uniform(0, 10, 5 + 20).round(1), *monthly]
    frame = pd.DataFrame({"Title": titles, "CPIH ANNUAL RATE 00: ALL ITEMS 2015=100": rates})
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(conversions_code("df"), {"df": frame})
    plan = parse_conversions(out.getvalue())
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", plan.conversions, len(frame)), env)
    kept = env["df"]
    # the months only, as dates, each figure once: a year or a quarter would count its months again
    assert len(kept) == len(months) and list(kept["Title"]) == list(months), kept.head()
    assert kept.iloc[:, 1].tolist() == monthly.tolist()
    assert "only the rows by month kept" in (conversion_note(plan, plan.conversions) or "")
    # quarters the finest: the quarters kept; a column of years alone is no such list
    quarterly = frame[~frame["Title"].str.contains(r"[A-Z]{3}$")].reset_index(drop=True)
    years = frame[frame["Title"].str.fullmatch(r"\d{4}")].reset_index(drop=True)
    for data, rows in ((quarterly, 20), (years, None)):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(conversions_code("df"), {"df": data})
        drops = [c for c in parse_conversions(out.getvalue()).conversions if c.where == "coarser"]
        assert (len(drops) == 1 and drops[0].value == "quarter") if rows else not drops, drops


def test_a_time_with_am_or_pm_joined_to_it_is_read_as_a_date() -> None:
    """Acuity writes "January 2, 2024 1:45pm": pandas' guesser reads an AM/PM only apart and in capitals."""
    times = pd.date_range("2024-01-02 09:00", periods=60, freq="7h15min")
    said = [f"{t:%B} {t.day}, {t:%Y} {t.hour % 12 or 12}:{t:%M}{'am' if t.hour < 12 else 'pm'}" for t in times]
    proposed = _proposed(pd.DataFrame({"Start time": said, "Price": range(60)}))
    assert proposed["Start time"].format == "%B %d, %Y %I:%M%p", proposed
    env = {"df": pd.DataFrame({"Start time": said}), "pd": pd}
    exec(conversion_cell("df", list(proposed.values()), 60), env)
    assert list(env["df"]["Start time"]) == list(times)
    # written apart and in capitals, the guesser's own reading stands
    spaced = [f"{t:%b %d, %Y %I:%M %p}" for t in times]
    assert _proposed(pd.DataFrame({"When": spaced, "n": range(60)}))["When"].format == "%b %d, %Y %I:%M %p"


def test_quarters_written_every_usual_way_are_read_as_their_first_day() -> None:
    """Census writes "Q4-1999", Eurostat "2012-Q1", ONS "2023 Q1": no strftime code reads a quarter."""
    from notebook_agent.data.conversions import conversion_note, conversions_code

    firsts = pd.date_range("1999-10-01", periods=24, freq="QS")
    for said in (
        [f"Q{t.quarter}-{t.year}" for t in firsts],
        [f"{t.year}-Q{t.quarter}" for t in firsts],
        [f"{t.year} Q{t.quarter}" for t in firsts],
        [f"{t.year}Q{t.quarter}" + ("(p)" if i == 23 else "") for i, t in enumerate(firsts)],
    ):
        frame = pd.DataFrame({"Period": said, "Value": range(24)})
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(conversions_code("df"), {"df": frame})
        plan = parse_conversions(out.getvalue())
        env = {"df": frame.copy(), "pd": pd}
        exec(conversion_cell("df", plan.conversions, len(frame)), env)
        assert list(env["df"]["Period"]) == list(firsts), said[:2]
        assert "year" not in env and "quarter" not in env  # nothing left behind in the person's namespace
        assert "quarters as in" in (conversion_note(plan, plan.conversions) or "")
    # a quarter beside other text is no column of quarters
    mixed = pd.DataFrame({"Period": ["Q1-2020", "FY2020", "Q3-2020"] * 8, "Value": range(24)})
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(conversions_code("df"), {"df": mixed})
    assert not parse_conversions(out.getvalue()).conversions


def test_months_written_joined_to_their_year_are_dates() -> None:
    """NHS England writes its months "APR2023": month and year joined, read as the month's first day."""
    firsts = pd.date_range("2023-04-01", periods=12, freq="MS")
    said = [t.strftime("%b%Y").upper() for t in firsts] * 5
    assert _proposed(pd.DataFrame({"APPOINTMENT_MONTH": said, "n": range(60)}))["APPOINTMENT_MONTH"].format == "%b%Y"


def test_a_date_with_a_comma_before_its_time_is_read_as_a_date() -> None:
    """iOS exports (AnyList, Notes) write "6/3/23, 5:39 PM": the guesser reads no comma there, nor a short year."""
    times = pd.date_range("2023-06-01 08:05", periods=80, freq="31h")
    short = [f"{t.month}/{t.day}/{t:%y}, {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}" for t in times]
    full = [f"{t.month}/{t.day}/{t:%Y}, {t:%H:%M}" for t in times]
    proposed = _proposed(pd.DataFrame({"Checked Off At": short, "Added": full, "n": range(80)}))
    assert proposed["Checked Off At"].format == "%m/%d/%y, %I:%M %p", proposed
    assert proposed["Added"].format == "%m/%d/%Y, %H:%M", proposed
    env = {"df": pd.DataFrame({"Checked Off At": short, "Added": full}), "pd": pd}
    exec(conversion_cell("df", list(proposed.values()), 80), env)
    assert list(env["df"]["Checked Off At"]) == list(times) and list(env["df"]["Added"]) == list(times)


def test_a_time_with_a_short_zone_after_it_is_read_as_a_date() -> None:
    """FanDuel writes "Oct 13, 2024 7:02PM ET": a zone without its standard or daylight letter."""
    times = pd.date_range("2024-10-01 09:05", periods=60, freq="9h")
    said = [f"{t:%b} {t.day}, {t:%Y} {t.hour % 12 or 12}:{t:%M}{'AM' if t.hour < 12 else 'PM'} ET" for t in times]
    proposed = _proposed(pd.DataFrame({"Placed": said, "n": range(60)}))
    assert list(proposed) == ["Placed"], proposed
    env = {"df": pd.DataFrame({"Placed": said}), "pd": pd}
    exec(conversion_cell("df", list(proposed.values()), 60), env)
    assert list(env["df"]["Placed"]) == list(times)


def test_a_year_and_month_written_with_spaced_slashes_is_a_month() -> None:
    months = pd.date_range("2022-01-01", periods=36, freq="MS")
    frame = pd.DataFrame(
        {"MONTH": [f"{d:%Y / %m}" for d in months], "ref": [f"{d:%Y} - {i}" for i, d in enumerate(months)]}
    )
    proposed = _proposed(frame)
    assert proposed["MONTH"].format == "%Y / %m"
    assert "ref" not in proposed  # "2022 - 13": no month, no date
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", [proposed["MONTH"]], len(frame)), env)
    assert env["df"]["MONTH"].tolist() == list(months)


def test_subtotal_rows_between_periods_are_left_out_and_the_dates_read() -> None:
    """A season's "2021 TOTAL" row after its days, in the Date column: the rows go and the days parse."""
    from notebook_agent.data.conversions import conversion_note, conversions_code

    rng = np.random.default_rng(3571)
    parts = []
    for year in (2021, 2022, 2023):
        days = pd.date_range(f"{year}-04-01", f"{year}-06-30").strftime("%Y-%m-%d")
        rounds = rng.integers(20, 90, len(days))
        parts.append(pd.DataFrame({"Date": days, "Rounds": rounds, "Rain": rng.choice(["Y", "N"], len(days))}))
        parts.append(pd.DataFrame({"Date": [f"{year} TOTAL"], "Rounds": [rounds.sum()], "Rain": [None]}))
    frame = pd.concat(parts, ignore_index=True)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(conversions_code("df"), {"df": frame})
    plan = parse_conversions(out.getvalue())
    found = [(c.column, c.to, c.where) for c in plan.conversions if c.column == "Date"]
    assert found == [("Date", "drop", "subtotals"), ("Date", "datetime", None)], found
    env = {"df": frame.copy(), "pd": pd}
    exec(conversion_cell("df", plan.conversions, len(frame)), env)
    kept = env["df"]
    assert len(kept) == len(frame) - 3 and str(kept["Date"].dtype).startswith("datetime64")
    assert kept["Rounds"].sum() * 2 == frame["Rounds"].sum()  # each round counted once
    assert "subtotal rows (Date ending in TOTAL)" in (conversion_note(plan, plan.conversions) or "")
    # a label that ends in "Total" on many rows is data, and so is one such row (a summary row is read elsewhere)
    plans = pd.DataFrame({"Plan": rng.choice(["Team Total", "Solo Total", "Basic"], 60), "Seats": range(60)})
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(conversions_code("df"), {"df": plans})
    assert not [c for c in parse_conversions(out.getvalue()).conversions if c.where == "subtotals"]
