"""Kernel-free checks of a wide table's long view (`data.reshape`) and of the offline analyst reading it.

The cell `long_view` writes is run here against pandas and the long table compared, figure by figure, with the
wide one; the analyst's plans on both tables' profiles are run the same way and their numbers checked.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from test_offline_questions import _has

from notebook_agent.agent.offline import OfflineAnalyst, OfflinePlan
from notebook_agent.agent.offline.code import RESULT_MIME
from notebook_agent.data.profile import parse_profile, profile_code
from notebook_agent.data.reshape import MAX_CELLS, long_view

_COUNTRIES = ["India", "Nigeria", "Brazil", "Japan", "Kenya", "Norway"]
_SERIES = ["GDP per capita (current US$)", "Life expectancy at birth, total (years)", "Population, total"]


def _names(df: pd.DataFrame) -> list[tuple[str, bool, bool]]:
    """What the kernel's proposal lists: name, numbers, and figures (numbers, or text that mostly is)."""

    def figures(s: pd.Series) -> bool:
        seen = s.dropna().astype(str).str.strip()
        return pd.api.types.is_numeric_dtype(s) or bool(seen.str.fullmatch(r"-?\d[\d,]*(?:\.\d+)?").mean() >= 0.5)

    return [(str(c), bool(pd.api.types.is_numeric_dtype(df[c])), figures(df[c])) for c in df.columns]


def _world_bank() -> pd.DataFrame:
    """The World Bank's DataBank layout: one row per country and series, one text column per year, ".." missing."""
    rng = np.random.default_rng(3301)
    rows = []
    for country in _COUNTRIES:
        for series, base in zip(_SERIES, (2000.0, 60.0, 5e7), strict=True):
            row: dict[str, Any] = {"Country Name": country, "Country Code": country[:3].upper()}
            row |= {"Series Name": series, "Series Code": f"S.{_SERIES.index(series)}"}
            level = base * rng.uniform(0.5, 2.0)
            for year in range(2000, 2011):
                level *= rng.uniform(0.97, 1.06)
                row[f"{year} [YR{year}]"] = ".." if rng.random() < 0.08 else f"{level:.3f}"
            rows.append(row)
    return pd.DataFrame(rows)


def _census() -> pd.DataFrame:
    """The census's layout: several figures per year (POPESTIMATE2015 …), and a rate that starts a year later."""
    rng = np.random.default_rng(3302)
    df = pd.DataFrame({"STNAME": ["Ohio", "Ohio", "Utah", "Utah"], "CTYNAME": ["A County", "B County", "C", "D"]})
    df["CENSUS2010POP"] = rng.integers(10_000, 90_000, 4)
    for year in range(2015, 2020):
        df[f"POPESTIMATE{year}"] = rng.integers(10_000, 90_000, 4)
        df[f"BIRTHS{year}"] = rng.integers(100, 900, 4)
    for year in range(2016, 2020):
        df[f"RBIRTH{year}"] = rng.uniform(5, 15, 4)
    return df


def _to_numbers(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def test_one_text_column_per_year_becomes_a_row_per_year_with_its_numbers() -> None:
    df = _world_bank()
    view = long_view("df", _names(df), len(df), {"df"})
    assert view is not None and view.variable == "df_long"
    env: dict[str, Any] = {"df": df, "pd": pd}
    exec(view.cell, env)
    long = env["df_long"]
    assert len(long) == view.rows == len(df) * 11
    assert list(long.columns) == ["Country Name", "Country Code", "Series Name", "Series Code", "year", "value"]
    for row, year in ((0, 2000), (7, 2006), (17, 2010)):
        got = long[(long["year"] == year) & (long.index % len(df) == row)]["value"].iloc[0]
        want = _to_numbers(df[f"{year} [YR{year}]"]).iloc[row]
        assert (np.isnan(got) and np.isnan(want)) or got == want
    assert long["value"].isna().sum() == sum(int((df[c] == "..").sum()) for c in df.columns if "[YR" in c)


def test_several_figures_per_year_each_get_a_column_and_other_year_sets_stay_wide() -> None:
    df = _census()
    view = long_view("df", _names(df), len(df), {"df", "df_long"})
    assert view is not None and view.variable == "df_long2"  # a loaded table has the name already
    env: dict[str, Any] = {"df": df, "pd": pd}
    exec(view.cell, env)
    long = env["df_long2"]
    assert list(long.columns) == ["STNAME", "CTYNAME", "year", "POPESTIMATE", "BIRTHS"]
    assert sorted(long["year"].unique()) == list(range(2015, 2020))
    ohio_2017 = long[(long["STNAME"] == "Ohio") & (long["year"] == 2017)]
    assert ohio_2017["BIRTHS"].sum() == df.loc[df["STNAME"] == "Ohio", "BIRTHS2017"].sum()


def test_one_column_per_month_end_is_melted_to_dates() -> None:
    months = pd.date_range("2020-01-31", periods=6, freq="ME").strftime("%Y-%m-%d")
    df = pd.DataFrame({"RegionName": [10001, 94027], "State": ["NY", "CA"]})
    for i, m in enumerate(months):
        df[m] = [100.0 + i, 200.0 + 2 * i]
    view = long_view("homes", _names(df), len(df), {"homes"})
    assert view is not None
    env: dict[str, Any] = {"homes": df, "pd": pd}
    exec(view.cell, env)
    long = env["homes_long"]
    assert str(long["date"].dtype).startswith("datetime64")
    assert long.loc[(long["State"] == "CA") & (long["date"] == "2020-06-30"), "value"].item() == 210.0


def test_flag_columns_beside_the_figures_are_left_in_the_wide_table() -> None:
    """FAOSTAT keeps a flag column beside each year's figure (Y2020, Y2020F): only the figures are measures."""
    df = pd.DataFrame({"Area": ["Chad", "Peru"], "Item": ["Wheat", "Wheat"]})
    for y in range(2018, 2022):
        df[f"Y{y}"] = [10.0 * y, np.nan]
        df[f"Y{y}F"] = ["A", "M"]
    view = long_view("df", _names(df), len(df), {"df"})
    assert view is not None
    env: dict[str, Any] = {"df": df, "pd": pd}
    exec(view.cell, env)
    assert list(env["df_long"].columns) == ["Area", "Item", "year", "value"]
    assert env["df_long"]["value"].max() == 20210.0


def test_tables_that_are_not_wide_by_time_get_no_view() -> None:
    plain = pd.DataFrame({"year": [2020, 2021], "sales": [1, 2], "region": ["a", "b"]})
    assert long_view("df", _names(plain), 2, {"df"}) is None
    two_years = pd.DataFrame({"Sales 2022": [1], "Sales 2023": [2], "Region": ["a"]})  # two columns: no series
    assert long_view("df", _names(two_years), 1, {"df"}) is None
    braces = pd.DataFrame({f"{{x}}{y}": [1] for y in range(2000, 2005)})  # would break the f-string
    assert long_view("df", _names(braces), 1, {"df"}) is None
    wide = _census()
    assert long_view("df", _names(wide), MAX_CELLS, {"df"}) is None  # too many rows to copy


def _profile(df: pd.DataFrame, variable: str) -> dict[str, Any]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(profile_code(variable), {variable: df, "pd": pd, "np": np})
    return parse_profile(out.getvalue())


def _ask(df: pd.DataFrame, *questions: str) -> tuple[OfflinePlan, str]:
    """The last answer of a conversation on the wide table and its long view, each plan run here in turn."""
    view = long_view("df", _names(df), len(df), {"df"})
    assert view is not None
    env: dict[str, Any] = {"df": df, "pd": pd, "np": np, "plt": plt}
    exec(view.cell, env)
    profiles = [_profile(df, "df"), _profile(env[view.variable], view.variable) | {"long_of": "df"}]
    memory: dict[str, Any] = {}
    reply, plan = None, None
    shown: list[dict[str, Any]] = []
    for question in questions:
        plan = OfflineAnalyst().respond(question, profiles, memory)
        assert isinstance(plan, OfflinePlan), getattr(plan, "text", plan)
        shown.clear()
        exec(plan.code, {**env, "display": lambda b, raw=False: shown.append(b)})
        plt.close("all")
        reply = OfflineAnalyst().summarize(question, plan, shown[-1][RESULT_MIME], None, profiles, 1)
        while isinstance(reply, OfflinePlan):  # two questions in one message: the next part's plan
            shown.clear()
            exec(reply.code, {**env, "display": lambda b, raw=False: shown.append(b)})
            plt.close("all")
            reply = OfflineAnalyst().summarize(question, reply, shown[-1][RESULT_MIME], None, profiles, 2)
        memory = reply.memory
    assert reply is not None and plan is not None
    return plan, reply.text


def _figure(df: pd.DataFrame, country: str, series: str, year: int) -> float:
    row = df[(df["Country Name"] == country) & (df["Series Name"] == series)]
    return float(_to_numbers(row[f"{year} [YR{year}]"]).iloc[0])


def test_a_series_named_by_its_head_in_one_year_is_read_on_the_long_view() -> None:
    df = _world_bank()
    plan, text = _ask(df, "which country had the highest GDP per capita in 2008?")
    assert "df_long" in plan.code
    gdp = {c: _figure(df, c, _SERIES[0], 2008) for c in _COUNTRIES}
    best = max((v, c) for c, v in gdp.items() if not np.isnan(v))[1]
    assert f"**{best}**" in text, text


def test_one_measure_in_two_years_then_another_country() -> None:
    df = _world_bank()
    _, text = _ask(df, "life expectancy in kenya 2001 vs 2009")
    for year in (2001, 2009):
        want = _figure(df, "Kenya", _SERIES[1], year)
        assert np.isnan(want) or _has(text, round(want, 2)), text
    _, text = _ask(df, "life expectancy in kenya 2001 vs 2009", "and japan?")
    assert "Country Name = Japan" in text.splitlines()[0], text
    want = _figure(df, "Japan", _SERIES[1], 2009)
    assert np.isnan(want) or _has(text, round(want, 2)), text


def test_the_rows_as_loaded_are_still_the_wide_table() -> None:
    df = _world_bank()
    plan, _ = _ask(df, "show me the first 5 rows")
    assert "df_long" not in plan.code


def test_names_from_the_kernel_stay_strings_in_the_cell() -> None:
    """The names come from the kernel (data, never code): whatever they hold, the cell only assigns and calls pandas."""
    import ast

    odd = ['a"]; import os; x["', "line\nbreak", "tab\t'q'", "€ ünï\u2028", 'x" + __import__("os").name + "']
    for family in (
        [(f"{o} {y}", False, True) for o in odd[:2] for y in range(2001, 2005)],
        [(f"{y}-0{m}-28", True, True) for y in (2020,) for m in range(1, 6)],
    ):
        names = [(o, False, False) for o in odd] + family
        view = long_view("df", names, 10, {"df"})
        assert view is not None
        tree = ast.parse(view.cell)
        assert all(isinstance(node, ast.Assign) for node in tree.body)
        calls = {
            n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "?")
            for n in ast.walk(tree)
            if isinstance(n, ast.Call)
        }
        assert calls <= {"concat", "assign", "to_numeric", "range", "melt", "to_datetime"}, calls
        keys = next(n for n in tree.body if isinstance(n.targets[0], ast.Name) and n.targets[0].id == "keys")
        assert isinstance(keys.value, ast.List) and [ast.literal_eval(e) for e in keys.value.elts] == odd


def test_the_world_bank_trailing_empty_column_is_not_a_key() -> None:
    # the World Bank's population download ends every line with a comma: pandas names that column "Unnamed: 7"
    df = pd.DataFrame({"Country Name": ["Aruba", "Chad"], "Country Code": ["ABW", "TCD"]})
    for year in range(2018, 2023):
        df[str(year)] = [100_000 + year, 16_000_000 + year]
    df["Unnamed: 7"] = np.nan
    view = long_view("df", _names(df), len(df), {"df"})
    assert view is not None
    env: dict[str, Any] = {"df": df, "pd": pd}
    exec(view.cell, env)
    assert list(env["df_long"].columns) == ["Country Name", "Country Code", "year", "value"]
