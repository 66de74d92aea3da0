"""Kernel-free checks of match results and of words that name columns or rows in public tables.

A team's record over both sides of a results table (won, lost, goals, home wins, rankings); a code beside the
column that names it (Vendor Number, Vendor Name); fiscal years, decades and a "leading" cause; a bound said
without its column after a question about that measure; "plot it" of the last measure; initials written in
capitals only; "death rate" as two words of one name. Then the readings of popular tables: monthly periods and
months said with two digits, names that head several values, typical days and biggest daily moves, events of
yes/no labels, numbers with units, words that several values hold, paid against free, shares among one value's
rows, a wide table's latest year, money per month, and the follow-ups that keep or flip the last request. Each
plan's cell is run here against pandas.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from test_offline_counts import converse as _run
from test_offline_questions import _has
from test_offline_reading import _profile

from notebook_agent.agent.offline import OfflineAnalyst, OfflineAnswer

_TEAMS = ["Brazil", "Argentina", "Germany", "France", "Japan", "Ghana"]


def _results(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(3404)
    home = rng.choice(_TEAMS, n)
    away = np.array([rng.choice([t for t in _TEAMS if t != h]) for h in home])
    return pd.DataFrame(
        {
            "date": pd.date_range("2001-01-01", periods=n, freq="7D").strftime("%Y-%m-%d"),
            "home_team": home,
            "away_team": away,
            "home_score": rng.poisson(1.5, n),
            "away_score": rng.poisson(1.1, n),
            "tournament": rng.choice(["Friendly", "FIFA World Cup", "FIFA World Cup qualification"], n),
            "neutral": rng.random(n) < 0.2,
        }
    )


def _record(df: pd.DataFrame, team: str) -> dict[str, int]:
    h, a = df[df["home_team"] == team], df[df["away_team"] == team]
    won = int((h["home_score"] > h["away_score"]).sum() + (a["away_score"] > a["home_score"]).sum())
    lost = int((h["home_score"] < h["away_score"]).sum() + (a["away_score"] < a["home_score"]).sum())
    goals = int(h["home_score"].sum() + a["away_score"].sum())
    return {"won": won, "lost": lost, "goals": goals}


def test_a_teams_wins_then_losses_count_both_sides() -> None:
    df = _results()
    _, text = _run(df, "how many games did ghana win in total")
    assert f"**{_record(df, 'Ghana')['won']}**" in text, text
    _, text = _run(df, "how many games did ghana win in total", "and how many did they lose?")
    assert f"lost **{_record(df, 'Ghana')['lost']}**" in text, text


def test_goals_ranked_over_both_sides_at_one_tournament() -> None:
    df = _results()
    cup = df[df["tournament"] == "FIFA World Cup"]
    goals = {t: _record(cup, t)["goals"] for t in _TEAMS}
    best = max(goals, key=lambda t: goals[t])
    _, text = _run(df, "which team scored the most goals at world cups?")
    assert "tournament = FIFA World Cup," in text.splitlines()[0], text
    assert f"**{best}**: {goals[best]} goals" in text, text


def test_home_wins_away_from_neutral_grounds_and_one_sides_goals_stay_one_side() -> None:
    df = _results()
    kept = df[~df["neutral"]]
    _, text = _run(df, "what % of games not at a neutral ground does the home team win")
    assert _has(text, round(100 * (kept["home_score"] > kept["away_score"]).mean(), 2)), text
    plan, _ = _run(df, "which team scored the most home goals")
    assert "home_team" in plan.code and "pd.concat([home, away]" not in plan.code


def test_goals_per_game_by_year_is_the_matchs_total() -> None:
    df = _results()
    per_year = (df["home_score"] + df["away_score"]).groupby(pd.to_datetime(df["date"]).dt.year).mean()
    _, text = _run(df, "avg goals per game by year. which year had the most goals per game?")
    assert f"**{per_year.idxmax()}**" in text and _has(text, round(per_year.max(), 3)), text


def _sales(n: int = 300) -> pd.DataFrame:
    rng = np.random.default_rng(3403)
    vendor = rng.integers(0, 4, n)
    return pd.DataFrame(
        {
            "Vendor Number": np.array([260, 421, 35, 55])[vendor],
            "Vendor Name": np.array(["Diageo Americas", "Sazerac", "Jim Beam", "Luxco"])[vendor],
            "Fiscal Year": rng.choice([2021, 2022], n),
            "Sale (Dollars)": rng.gamma(2, 80, n).round(2),
        }
    )


def test_a_code_beside_its_name_yields_to_the_name_and_fy_is_a_year() -> None:
    df = _sales()
    _, text = _run(df, "top 3 vendors by sales dollars")
    top = df.groupby("Vendor Name")["Sale (Dollars)"].sum().sort_values(ascending=False)
    assert top.index[0] in text and "Vendor Number" not in text.splitlines()[0], text
    _, text = _run(df, "which vendor had the highest total sales in fy22")
    fy = df[df["Fiscal Year"] == 2022].groupby("Vendor Name")["Sale (Dollars)"].sum()
    assert fy.idxmax() in text and _has(text, round(fy.max(), 1)), text


def _air(n: int = 360) -> pd.DataFrame:
    rng = np.random.default_rng(3406)
    return pd.DataFrame(
        {
            "county Name": rng.choice(["Multnomah", "King", "Maricopa"], n),
            "Date": pd.date_range("2020-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "AQI": rng.integers(5, 180, n),
        }
    )


def test_a_bound_without_its_column_is_on_the_last_measure_and_plot_it_keeps_the_rows() -> None:
    df = _air()
    q1, q2 = "which county had the highest avg AQI?", "how many days was multnomah over 100"
    _, text = _run(df, q1, q2)
    assert _has(text, int(((df["county Name"] == "Multnomah") & (df["AQI"] > 100)).sum())), text
    plan, _ = _run(df, q1, q2, "plot it over the year - when did it peak?")
    assert '"AQI"' in plan.code and "Multnomah" in plan.code, plan.code


def test_words_in_lower_case_are_no_initials_and_two_words_of_a_name_beat_one() -> None:
    df = pd.DataFrame(
        {
            "Title": ["Tugendhat House, Elevation", "Portrait", "Untitled", "Still Life"] * 25,
            "Gender": ["(Male)", "(Female)", "(Male)", "(Male)"] * 25,
            "Department": ["Drawings & Prints", "Photography", "Painting & Sculpture", "Photography"] * 25,
        }
    )
    _, text = _run(df, "what share of the works are by women artists?")
    assert "Title" not in text.splitlines()[0] and _has(text, 25.0), text
    deaths = pd.DataFrame(
        {
            "Year": np.repeat([1999, 2017], 3),
            "Cause Name": ["Heart disease", "Cancer", "All causes"] * 2,
            "Deaths": [700, 500, 2000, 600, 650, 2300],
            "Age-adjusted Death Rate": [266.5, 200.0, 875.0, 165.0, 152.5, 731.9],
        }
    )
    _, text = _run(deaths, "how much has the heart disease death rate changed since 1999?")
    assert _has(text, 266.5) and _has(text, 165.0), text
    _, text = _run(deaths, "whats the leading cause of death in 2017 (not counting all causes)")
    assert "**Cancer**" in text, text


def test_one_month_against_the_same_month_a_year_before_then_one_station() -> None:
    rng = np.random.default_rng(3402)
    days = pd.date_range("2019-01-01", "2020-06-30", freq="D")
    df = pd.DataFrame(
        {
            "stationname": np.tile(["Clark/Lake", "O'Hare Airport"], len(days)),
            "date": np.repeat(days.strftime("%m/%d/%Y"), 2),
            "rides": rng.integers(1000, 9000, 2 * len(days)),
        }
    )
    when = pd.to_datetime(df["date"], format="%m/%d/%Y")

    def april(year: int, rows: pd.Series) -> int:
        return int(df.loc[rows & (when.dt.year == year) & (when.dt.month == 4), "rides"].sum())

    every = pd.Series(True, index=df.index)
    q = "by how much did ridership drop in april 2020 vs april 2019, in %"
    _, text = _run(df, q)
    assert _has(text, round(100 * (april(2020, every) - april(2019, every)) / april(2019, every), 2)), text
    _, text = _run(df, q, "what about o'hare")
    mine = df["stationname"] == "O'Hare Airport"
    assert "stationname = O'Hare Airport" in text.splitlines()[0], text
    assert _has(text, april(2019, mine)) and _has(text, april(2020, mine)), text


def test_the_latest_month_is_the_last_date_and_across_these_is_no_grouping() -> None:
    rng = np.random.default_rng(3301)
    months = pd.date_range("2023-01-31", periods=6, freq="ME")
    df = pd.DataFrame(
        {
            "State": np.tile(["TX", "FL", "TX", "CA"], len(months)),
            "date": np.repeat(months, 4),
            "value": rng.uniform(2e5, 9e5, 4 * len(months)).round(0),
        }
    )
    last = df[df["date"] == months[-1]]
    _, text = _run(df, "tx vs fl - avg home value in the latest month?")
    assert "date = " + months[-1].strftime("%Y-%m-%d") in text.splitlines()[0], text
    assert _has(text, round(last.loc[last["State"] == "TX", "value"].mean(), 1)), text
    _, text = _run(df, "whats the average value across these states right now")
    assert _has(text, round(last["value"].mean(), 1)) and " by " not in text.splitlines()[0], text


def test_one_name_in_two_cases_is_one_group_and_a_desc_column_names_the_types() -> None:
    df = pd.DataFrame(
        {
            "Make": ["Cessna"] * 30 + ["CESSNA"] * 25 + ["Piper"] * 40 + [" piper"] * 5,
            "Crm Cd Desc": ["VEHICLE - STOLEN"] * 45 + ["BATTERY - SIMPLE ASSAULT"] * 55,
            "Vict Age": np.arange(100) % 60,
        }
    )
    plan, text = _run(df, "which aircraft make has the most accidents, and how many is that")
    assert "**Cessna**" in text and _has(text, 55), text
    assert "most common spelling" in plan.code
    _, text = _run(df, "top 5 crime types?")
    assert "Crm Cd Desc" in text.splitlines()[0] and "Vict Age" not in text, text


def test_missing_shares_of_two_named_columns_and_a_span_mostly_of_zero_days() -> None:
    rng = np.random.default_rng(3505)
    occurred = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 300, 200), unit="D")
    late = np.where(rng.random(200) < 0.2, rng.integers(1, 60, 200), 0)
    df = pd.DataFrame(
        {
            "Date Rptd": (occurred + pd.to_timedelta(late, unit="D")).strftime("%m/%d/%Y %I:%M:%S %p"),
            "DATE OCC": occurred.strftime("%m/%d/%Y %I:%M:%S %p"),
            "BuildingArea": np.where(rng.random(200) < 0.4, np.nan, 120.0),
            "YearBuilt": np.where(rng.random(200) < 0.3, np.nan, 1990.0),
        }
    )
    _, text = _run(df, "what % of rows are missing BuildingArea? and YearBuilt?")
    for c in ("BuildingArea", "YearBuilt"):
        assert _has(text, round(100 * df[c].isna().mean(), 1)), text
    _, text = _run(df, "avg # of days between the crime happening and when it was reported?")
    assert _has(text, round(late.mean(), 3)) and f"-{late.mean():.3f}" not in text, text


def test_a_unit_said_inside_a_word_is_no_value_and_a_value_holding_a_columns_name_wins() -> None:
    df = pd.DataFrame(
        {
            "Area": ["India", "India", "Peru", "World"] * 6,
            "Element": ["Area harvested", "Yield", "Area harvested", "Yield"] * 6,
            "Unit": ["ha", "hg/ha", "ha", "hg/ha"] * 6,
            "Item": ["Rice"] * 24,
            "Year": np.repeat(np.arange(2000, 2006), 4),
            "Value": np.arange(24, dtype=float) * 10 + 100,
        }
    )
    _, text = _run(df, "which country had the highest value for rice yield in 2003")
    assert "Unit" not in text.splitlines()[0] and "Element = Yield" in text.splitlines()[0], text
    _, text = _run(df, "% change in india's rice area harvested value, 2000 vs 2005?")
    india = df[(df["Area"] == "India") & (df["Element"] == "Area harvested")].set_index("Year")["Value"]
    assert "Element = Area harvested" in text.splitlines()[0], text
    assert _has(text, round(100 * (india[2005] - india[2000]) / india[2000], 2)), text


def test_a_total_row_beside_its_parts_is_counted_once_and_a_label_after_its_code_is_named() -> None:
    rows = []
    for year in (2021, 2022):
        for state in ("US-TOTAL", "TX", "CA"):
            for producer in ("Electric Utilities", "Total Electric Power Industry"):
                parts = {"Coal": 40.0 + year - 2021, "Wind": 20.0, "Solar": 10.0}
                if producer == "Electric Utilities":
                    parts = {k: v / 2 for k, v in parts.items()}
                for source, mwh in {**parts, "Total": sum(parts.values())}.items():
                    rows.append((year, state, producer, source, mwh * (3 if state == "US-TOTAL" else 1)))
    df = pd.DataFrame(rows, columns=["YEAR", "STATE", "TYPE OF PRODUCER", "ENERGY SOURCE", "GENERATION (MWh)"])
    plan, text = _run(df, "what was total US generation in 2022")
    assert _has(text, 3 * 71.0), text
    assert "adds up its parts" in plan.code
    drg = pd.DataFrame(
        {
            "DRG Definition": ["291 - HEART FAILURE & SHOCK W MCC", "470 - MAJOR JOINT REPLACEMENT"] * 20,
            "Provider State": np.repeat(["AL", "AK", "MD", "TX"], 10),
            "Average Medicare Payments": np.arange(40, dtype=float) * 100 + 5000,
        }
    )
    _, text = _run(drg, "which state has the highest avg medicare payment for heart failure & shock w mcc")
    heart = drg[drg["DRG Definition"].str.startswith("291")].groupby("Provider State")["Average Medicare Payments"]
    assert f"**{heart.mean().idxmax()}**" in text and "DRG Definition = 291" in text.splitlines()[0], text


def test_how_many_times_bigger_one_money_column_is_than_another() -> None:
    rng = np.random.default_rng(3504)
    paid = rng.uniform(4000, 20000, 300).round(2)
    charged = (paid * rng.uniform(2, 8, 300)).round(2)
    df = pd.DataFrame(
        {
            " Average Covered Charges ": [f"${v:.2f}" for v in charged],
            " Average Total Payments ": [f"${v:.2f}" for v in paid],
        }
    )
    _, text = _run(df, "on avg how many times bigger are the covered charges than the total payments?")
    assert _has(text, round(float((charged / paid).mean()), 3)), text


def test_a_code_the_question_defines_is_read_by_its_words_from_then_on() -> None:
    rng = np.random.default_rng(3502)
    df = pd.DataFrame(
        {
            "action_taken": rng.choice([1, 2, 3, 4], 400, p=[0.6, 0.1, 0.2, 0.1]),
            "income": rng.integers(40, 300, 400),
            "derived_race": rng.choice(["White", "Asian", "Black"], 400),
        }
    )
    denied = df["action_taken"] == 3
    _, text = _run(df, "how many applications were denied? (action_taken 3 = denied)")
    assert _has(text, int(denied.sum())) and "action_taken = 3" in text.splitlines()[0], text
    first = "how many applications were denied? (action_taken 3 = denied)"
    _, text = _run(df, first, "avg income of denied applicants?")
    assert _has(text, round(float(df.loc[denied, "income"].mean()), 1)), text


def test_a_glossed_id_groups_the_hottest_reads_the_maximum_and_90_or_above_is_a_bound() -> None:
    rng = np.random.default_rng(3607)
    bat = pd.DataFrame(
        {
            "playerID": [f"p{i:03d}" for i in range(120)],
            "yearID": np.repeat([2018, 2019], 60),
            "teamID": rng.choice(["CLE", "NYA", "TOR"], 120),
            "AB": rng.integers(100, 600, 120),
            "SB": rng.integers(0, 30, 120),
        }
    )
    _, text = _run(bat, "which team stole the most bases in 2019")
    steals = bat[bat["yearID"] == 2019].groupby("teamID")["SB"].sum()
    assert f"**{steals.idxmax()}**" in text and _has(text, int(steals.max())), text
    days = pd.date_range("2023-06-01", periods=60, freq="D")
    weather = pd.DataFrame(
        {
            "DATE": days.strftime("%Y-%m-%d"),
            "TMAX": rng.integers(70, 100, 60),
            "TMIN": rng.integers(50, 70, 60),
            "TAVG": rng.integers(60, 85, 60),
        }
    )
    _, text = _run(weather, "hottest day in 2023? date + temp")
    assert "TMAX" in text.splitlines()[0], text
    _, text = _run(weather, "how many days did TMAX hit 90 or above")
    assert _has(text, int((weather["TMAX"] >= 90).sum())) and "≥ 90" in text.splitlines()[0], text


def test_tenure_is_hire_to_leaving_in_years_and_skipping_the_zero_sales_keeps_a_coded_label() -> None:
    rng = np.random.default_rng(3605)
    hired = pd.Timestamp("2010-01-01") + pd.to_timedelta(rng.integers(0, 2000, 150), unit="D")
    stayed = rng.integers(200, 2500, 150)
    left = np.where(rng.random(150) < 0.4, (hired + pd.to_timedelta(stayed, unit="D")).strftime("%m/%d/%Y"), "")
    hr = pd.DataFrame({"DateofHire": hired.strftime("%m/%d/%Y"), "DateofTermination": left})
    hr["DateofTermination"] = hr["DateofTermination"].replace("", np.nan)
    _, text = _run(hr, "for ppl who left, avg tenure in yrs?")
    gone = hr["DateofTermination"].notna()
    assert _has(text, round(float(stayed[gone.to_numpy()].mean()) / 365.25, 3)), text
    sales = pd.DataFrame(
        {"BOROUGH": rng.integers(1, 6, 300), "NEIGHBORHOOD": "X", "SALE PRICE": rng.choice([0, 5e5, 9e5, 2e6], 300)}
    )
    _, text = _run(sales, "median sale price by borough? skip the $0 ones and the blanks")
    assert "SALE PRICE != 0" in text.splitlines()[0], text


def test_a_year_of_a_date_column_narrows_any_kind_and_a_bare_year_follows_up() -> None:
    rng = np.random.default_rng(3604)
    days = pd.date_range("2022-01-01", "2023-12-31", freq="D")
    df = pd.DataFrame(
        {
            "DATE": days.strftime("%Y-%m-%d"),
            "TMAX": rng.integers(40, 100, len(days)),
            "PRCP": rng.gamma(1, 3, len(days)),
        }
    )
    when = pd.to_datetime(df["DATE"])
    _, text = _run(df, "how many days did TMAX hit 90 or above in 2023")
    assert _has(text, int(((df["TMAX"] >= 90) & (when.dt.year == 2023)).sum())), text
    monthly = df[when.dt.year == 2023].groupby(when.dt.month)["PRCP"].sum()
    _, text = _run(df, "monthly precip totals for 2022 as a chart, which month was wettest", "and 2023?")
    assert "2023" in text.splitlines()[0] and _has(text, round(float(monthly.max()), 2)), text


def test_the_most_sales_counts_the_rows_when_sales_only_qualifies_a_price() -> None:
    rng = np.random.default_rng(3601)
    df = pd.DataFrame(
        {
            "BOROUGH": rng.choice([1, 2, 3, 4, 5], 500, p=[0.1, 0.1, 0.2, 0.5, 0.1]),
            "NEIGHBORHOOD": "X",
            "SALE PRICE": np.where(rng.random(500) < 0.1, 9e6, 5e5),
        }
    )
    _, text = _run(df, "which borough has the most sales")
    assert "Queens" in text or "**4**" in text or "**BOROUGH 4**" in text, text
    assert "SALE PRICE" not in text.splitlines()[0], text


def test_who_hit_the_most_adds_up_a_players_stints() -> None:
    rng = np.random.default_rng(3606)
    players = [f"p{i:02d}01" for i in range(40)]
    df = pd.DataFrame(
        {
            "playerID": np.repeat(players, 2),
            "yearID": 2018,
            "stint": np.tile([1, 2], 40),
            "AB": rng.integers(50, 300, 80),
            "HR": rng.integers(0, 25, 80),
        }
    )
    _, text = _run(df, "who hit the most HRs in 2018")
    totals = df.groupby("playerID")["HR"].sum()
    assert f"**{totals.idxmax()}**" in text and _has(text, int(totals.max())), text


def test_a_share_of_one_value_among_anothers_rows_with_a_total_row_as_the_whole() -> None:
    rng = np.random.default_rng(3506)
    df = pd.DataFrame(
        {
            "Region": rng.choice(["West", "East", "North"], 300),
            "Channel": rng.choice(["Online", "Store"], 300),
            "Revenue": rng.gamma(2, 100, 300).round(2),
        }
    )
    west = df[df["Region"] == "West"]
    _, text = _run(df, "what % of West revenue was online?")
    share = 100 * west.loc[west["Channel"] == "Online", "Revenue"].sum() / west["Revenue"].sum()
    assert "Region = West" in text.splitlines()[0] and _has(text, round(share, 2)), text
    rows = []
    for state in ("TX", "CA", "NY"):
        parts = {"Coal": float(rng.integers(10, 50)), "Wind": float(rng.integers(10, 50)), "Gas": 30.0}
        for source, mwh in {**parts, "Other": 5.0}.items():
            rows.append((state, source, mwh))
        rows.append((state, "Total", sum(parts.values()) + 5.0))
    gen = pd.DataFrame(rows, columns=["STATE", "ENERGY SOURCE", "GENERATION (Megawatthours)"])
    _, text = _run(gen, "what share of TX generation was wind")
    tx = gen[gen["STATE"] == "TX"].set_index("ENERGY SOURCE")["GENERATION (Megawatthours)"]
    assert _has(text, round(100 * tx["Wind"] / tx["Total"], 2)), text


def test_how_many_rows_in_one_year_compared_with_another() -> None:
    rng = np.random.default_rng(3603)
    received = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 730, 400), unit="D")
    df = pd.DataFrame(
        {
            "Date Rec'd": received.strftime("%Y-%m-%d"),
            "Due Date": (received + pd.Timedelta(days=20)).strftime("%Y-%m-%d"),
            "Requester Type": rng.choice(["Public", "Media"], 400),
        }
    )
    _, text = _run(df, "how many requests did we recieve in 2023 compared with 2024?")
    for year in (2023, 2024):
        assert _has(text, int((received.year == year).sum())), text


def _counties() -> pd.DataFrame:
    """Monthly rates per county, one row per county and month (periods parsed at load to month starts)."""
    rng = np.random.default_rng(3601)
    months = pd.date_range("2022-11-01", "2023-12-01", freq="MS")
    names = [f"{n} County, {s}" for n, s in [("Alpine", "CA"), ("Lake", "OR"), ("Clark", "NV"), ("King", "WA")]]
    rows = [(n, m, round(float(rng.uniform(2, 14)), 1)) for n in names for m in months]
    return pd.DataFrame(rows, columns=["County", "Period", "Unemployment Rate (%)"])


def test_a_month_said_with_two_digits_is_a_month_of_a_year_in_monthly_periods() -> None:
    df = _counties()
    wide = df.pivot(index="County", columns="Period", values="Unemployment Rate (%)")
    first, last = pd.Timestamp("2022-12-01"), pd.Timestamp("2023-12-01")
    jump = (wide[last] - wide[first]).sort_values(ascending=False)
    _, text = _run(df, "which county saw the biggest jump in its rate from dec 22 to dec 23?")
    assert text.startswith("Change in Unemployment Rate (%) per County from December 2022 to December 2023"), text
    assert f"**{jump.index[0]}**" in text, text
    # "in jan 2023" narrows any kind to that month, on a date column whatever its step
    january = df[df["Period"] == "2023-01-01"]
    _, text = _run(df, "how many counties were above 10% in jan 2023")
    assert f"**{int((january['Unemployment Rate (%)'] > 10).sum())}**" in text, text
    assert "2023" in text.splitlines()[0] and "10" in text.splitlines()[0], text
    # the same bound after a question about the rate (the kind that counts, narrowed to the month)
    _, text = _run(df, "avg unemployment rate by county", "how many counties were above 10% in jan 2023")
    assert f"**{int((january['Unemployment Rate (%)'] > 10).sum())}**" in text, text


def test_a_name_that_heads_several_values_is_asked_about() -> None:
    from test_offline_reading import _profile

    from notebook_agent.agent.offline import OfflineAnalyst

    rng = np.random.default_rng(3602)
    # more counties than a profile lists by count: the rest reach the reader too
    names = [f"County {i:03d}, {s}" for i, s in zip(range(150), ["CA", "OR", "NV"] * 50, strict=True)]
    names += ["Douglas County, NV", "Douglas County, OR", "Douglas County, WA"]
    df = pd.DataFrame({"County": names * 3, "Rate": rng.uniform(2, 14, len(names) * 3).round(1)})
    profile = _profile(df)
    assert len(profile["columns"][0]["top"]) + len(profile["columns"][0]["more"]) == len(names)
    reply = OfflineAnalyst().respond("whats the rate in douglas county", [profile], {})
    assert isinstance(reply, OfflineAnswer), reply
    assert reply.text.startswith('Which one do you mean by "Douglas County": Douglas County, NV, Douglas County, OR'), (
        reply.text
    )
    # the part that tells them apart, said: no question, that county's rows
    plan, text = _run(df, "whats the avg rate in douglas county, or")
    rows = df[df["County"] == "Douglas County, OR"]
    assert "Douglas County, OR" in plan.code and _has(text, round(rows["Rate"].mean(), 2)), text


def _bank(n: int = 600) -> pd.DataFrame:
    """Card customers as a bank exports them: a client number, a two-valued attrition label, short-form names."""
    rng = np.random.default_rng(3702)
    return pd.DataFrame(
        {
            "CLIENTNUM": rng.choice(np.arange(708_000_000, 829_000_000), n, replace=False),
            "Attrition_Flag": rng.choice(["Existing Customer", "Attrited Customer"], n, p=[0.84, 0.16]),
            "Customer_Age": rng.integers(26, 74, n),
            "Card_Category": rng.choice(["Blue", "Silver", "Gold"], n, p=[0.9, 0.07, 0.03]),
            "Total_Trans_Amt": rng.integers(500, 18_000, n),
            "Total_Trans_Ct": rng.integers(10, 140, n),
        }
    )


def test_churn_read_from_an_attrition_label_and_short_forms_said_in_full() -> None:
    df = _bank()
    left = df["Attrition_Flag"] == "Attrited Customer"
    _, text = _run(df, "whats the churn rate?")
    assert _has(text, round(100 * left.mean(), 2)), text
    _, text = _run(df, "how many customers over 60 have churned")
    assert f"**{int((left & (df['Customer_Age'] > 60)).sum())}" in text, text
    plan, text = _run(df, "avg transaction count for the ones who left vs stayed")
    assert "Total_Trans_Ct" in plan.code and _has(text, round(df.loc[left, "Total_Trans_Ct"].mean(), 1)), text
    _, text = _run(df, "corr between total transaction amount and transaction count")
    assert text.startswith("Correlation of Total_Trans_Amt and Total_Trans_Ct"), text


def _loans(n: int = 500) -> pd.DataFrame:
    rng = np.random.default_rng(3706)
    history = rng.choice([1.0, 0.0, np.nan], n, p=[0.8, 0.15, 0.05])
    approved = np.where(history == 0, rng.random(n) < 0.1, rng.random(n) < 0.75)
    return pd.DataFrame(
        {
            "Loan_ID": [f"LP{i:06d}" for i in range(n)],
            "Education": rng.choice(["Graduate", "Not Graduate"], n, p=[0.78, 0.22]),
            "ApplicantIncome": rng.integers(1500, 20_000, n),
            "CoapplicantIncome": rng.choice([0, 1500, 2500], n).astype(float),
            "LoanAmount": rng.integers(40, 400, n).astype(float),
            "Credit_History": history,
            "Property_Area": rng.choice(["Urban", "Semiurban", "Rural"], n),
            "Loan_Status": np.where(approved, "Y", "N"),
        }
    )


def test_approval_read_as_the_tables_one_outcome_and_values_said_with_not() -> None:
    df = _loans()
    yes = df["Loan_Status"] == "Y"
    _, text = _run(df, "approval rate by property area")
    rural = df["Property_Area"] == "Rural"
    assert _has(text, round(100 * yes[rural].mean(), 2)), text
    _, text = _run(df, "how much does credit history matter? approval % with and without it")
    assert _has(text, round(100 * yes[df["Credit_History"] == 0].mean(), 2)), text
    _, text = _run(df, "avg loan amount graduates vs non graduates")
    assert _has(text, round(df.loc[df["Education"] == "Not Graduate", "LoanAmount"].mean(), 1)), text
    _, text = _run(df, "median total income (applicant + coapplicant) for approved vs rejected loans?")
    total = df["ApplicantIncome"] + df["CoapplicantIncome"]
    assert text.startswith("Median of ApplicantIncome + CoapplicantIncome by Loan_Status"), text
    assert f"Highest median: Loan_Status {'Y' if total[yes].median() > total[~yes].median() else 'N'}" in text


def _prices(n: int = 800) -> pd.DataFrame:
    rng = np.random.default_rng(3707)
    close = 400 * np.exp(np.cumsum(rng.normal(0, 0.04, n)))
    return pd.DataFrame(
        {
            "Date": pd.date_range("2019-06-01", periods=n, freq="D"),
            "Close": close.round(2),
            "Volume": rng.integers(10**9, 5 * 10**9, n),
        }
    )


def test_a_typical_days_value_and_the_biggest_move_between_days() -> None:
    df = _prices()
    in_2020 = df[df["Date"].dt.year == 2020]
    _, text = _run(df, "avg daily trading volume in 2020?")
    assert _has(text, round(in_2020["Volume"].mean())), text
    # a level said "per month" is listed month by month, not averaged over the months
    plan, _ = _run(df, "average close per month")
    assert "per_month" not in plan.code and "Close" in plan.code, plan.code
    change = df.set_index("Date")["Close"].pct_change() * 100
    _, text = _run(df, "what was the biggest one-day drop in %, and which day was it?")
    assert f"**{change.idxmin():%Y-%m-%d}**" in text and _has(text, round(change.min(), 2)), text


def _cars(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(3704)
    year = rng.integers(2015, 2021, n)
    mileage = rng.integers(1000, 90_000, n)
    return pd.DataFrame(
        {
            "model": rng.choice([" Fiesta", " Focus", " Kuga"], n),
            "year": year,
            "price": (20_000 - 0.1 * mileage + 600 * (year - 2015) + rng.normal(0, 800, n)).round(),
            "mileage": mileage,
            "country": rng.choice(["U.S.A.", "U.K.", "France"], n),
            "cocoa_percent": rng.choice(["70%", "72%", "65%"], n),
        }
    )


def test_years_before_a_noun_correlation_by_affect_dotted_countries_and_top_n_superlatives() -> None:
    df = _cars()
    fiesta = df[(df["model"] == " Fiesta") & (df["year"] == 2019)]
    _, text = _run(df, "avg price of a 2019 fiesta")
    assert _has(text, round(fiesta["price"].mean())), text
    _, text = _run(df, "how does mileage affect price? correlation?")
    assert text.startswith("Correlation of mileage and price"), text
    _, text = _run(df, "compare the avg price of cars sold in the USA vs everywhere else")
    assert _has(text, round(df.loc[df["country"] != "U.S.A.", "price"].mean(), 1)), text
    seventy = int((df["cocoa_percent"] == "70%").sum())  # before the cell turns the text into numbers
    _, text = _run(df, "how many cars are 70% cocoa")
    assert f"**{seventy} of" in text, text
    _, text = _run(df, "the 3 cheapest cars?")
    assert text.startswith("Lowest 3 by price"), text


_CPUS = [
    "Intel Core i5 7200U 2.5GHz",
    "Intel Core i7 8550U 1.8GHz",
    "Intel Celeron Dual Core N3350 1.1GHz",
    "AMD A9-Series 9420 3GHz",
    "AMD Ryzen 1700 3GHz",
]


def _laptops(n: int = 500) -> pd.DataFrame:
    rng = np.random.default_rng(3801)
    ram = rng.choice([4, 8, 16, 32], n, p=[0.2, 0.5, 0.25, 0.05])
    ssd = rng.random(n) < 0.65
    weight = rng.uniform(1.0, 3.5, n).round(2)
    return pd.DataFrame(
        {
            "Company": rng.choice(["Dell", "HP", "Lenovo", "Razer"], n),
            "Ram": [f"{r}GB" for r in ram],
            "Memory": np.where(ssd, rng.choice(["256GB SSD", "512GB SSD", "128GB SSD +  1TB HDD"], n), "1TB HDD"),
            "Cpu": rng.choice(_CPUS, n),
            "Weight": [f"{w}kg" for w in weight],
            "Price_euros": (300 + 60 * ram + 400 * ssd + 150 * weight + rng.normal(0, 100, n)).round(2),
        }
    )


def test_numbers_written_with_a_unit_and_words_that_several_values_hold() -> None:
    df = _laptops()
    ram = df["Ram"].str.removesuffix("GB").astype(int)
    weight = df["Weight"].str.removesuffix("kg").astype(float)
    ssd = df["Memory"].str.contains("SSD")
    intel = int(df["Cpu"].str.startswith("Intel").sum())
    _, text = _run(df, "how many laptops have 16gb ram or more")
    assert f"**{int((ram >= 16).sum())} of" in text, text
    _, text = _run(df, "is weight correlated with price?")
    assert _has(text, round(weight.corr(df["Price_euros"]), 2)), text
    _, text = _run(_laptops(), "what % of the laptops have an SSD")
    assert _has(text, round(100 * ssd.mean(), 2)), text
    _, text = _run(_laptops(), "avg price of laptops with an ssd")
    assert "Memory has the word SSD" in text and _has(text, round(df.loc[ssd, "Price_euros"].mean(), 1)), text
    _, text = _run(_laptops(), "how many laptops have intel cpus")
    assert f"**{intel}**" in text or f"**{intel} of" in text, text
    _, text = _run(_laptops(), "which brand has the highest average price?")
    assert text.startswith("Mean of Price_euros by Company"), text


def _apps(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(3802)
    price = np.where(rng.random(n) < 0.55, 0.0, rng.choice([0.99, 1.99, 4.99], n))
    return pd.DataFrame(
        {
            "track_name": [f"App {i}" for i in range(n)],
            "size_bytes": rng.integers(10**7, 10**9, n),
            "price": price,
            "rating_count_tot": rng.integers(0, 3_000_000, n),
            "rating_count_ver": rng.integers(0, 30_000, n),
            "user_rating": (np.clip(rng.normal(3.5 + 0.3 * (price > 0), 1, n), 0, 5) * 2).round() / 2,
            "cont_rating": rng.choice(["4+", "9+", "12+", "17+"], n, p=[0.6, 0.15, 0.15, 0.1]),
            "prime_genre": rng.choice(["Games", "Entertainment", "Education"], n),
        }
    )


def test_paid_against_free_counts_of_ratings_and_age_ratings_written_with_a_plus() -> None:
    df = _apps()
    paid = df["price"] > 0
    _, text = _run(df, "do paid apps get better ratings than free ones? avg user rating for both")
    assert "by price > 0" in text.splitlines()[0] and _has(text, round(df.loc[~paid, "user_rating"].mean(), 3)), text
    top = df.nlargest(5, "rating_count_tot")["track_name"].iloc[0]
    _, text = _run(df, "which 5 apps have the most ratings")
    assert "rating_count_tot" in text.splitlines()[0] and f"**{top}**" in text, text
    games = df["prime_genre"] == "Games"
    seventeen = int((games & (df["cont_rating"] == "17+")).sum())
    _, text = _run(_apps(), "how many games are rated 17+")
    assert f"**{seventeen} of" in text, text


def test_a_label_named_by_the_words_of_its_values_and_money_per_month() -> None:
    rng = np.random.default_rng(3804)
    levels = ["Normal_Weight", "Overweight_Level_I", "Overweight_Level_II", "Obesity_Type_I", "Obesity_Type_II"]
    df = pd.DataFrame(
        {
            "NObeyesdad": rng.choice(levels, 400),
            "Weight": rng.uniform(50, 130, 400).round(1),
            "Date": pd.date_range("2022-01-01", periods=400, freq="D"),
            "Amount": rng.uniform(100, 900, 400).round(2),
        }
    )
    counts = df["NObeyesdad"].value_counts()
    _, text = _run(df, "how many people are in each obesity level?")
    assert text.startswith("Rows counted by NObeyesdad") and str(counts.max()) in text, text
    monthly = df.groupby(df["Date"].dt.to_period("M"))["Amount"].sum()
    _, text = _run(df, "plot sales by month. which month had the most revenue?")
    assert "Date (month)" in text.splitlines()[0] and _has(text, round(monthly.max())), text


def test_paid_with_a_method_is_counted_and_total_sales_reads_a_column_called_total() -> None:
    rng = np.random.default_rng(3803)
    n = 400
    total = rng.uniform(10, 1000, n).round(2)
    df = pd.DataFrame(
        {
            "Invoice ID": [f"{i:03d}-{i % 97:02d}-{i * 7 % 9973:04d}" for i in range(n)],
            "Branch": rng.choice(["A", "B", "C"], n),
            "Payment": rng.choice(["Ewallet", "Cash", "Credit card"], n),
            "Total": total,
            "gross income": (total * 0.0476).round(3),
        }
    )
    _, text = _run(df, "what % of purchases were paid with ewallet")
    assert _has(text, round(100 * (df["Payment"] == "Ewallet").mean(), 2)), text
    by_branch = df.groupby("Branch")["Total"].sum()
    _, text = _run(df, "total sales for each branch")
    assert _has(text, round(by_branch.max())) and "gross income" not in text, text


def test_top_rows_count_a_thing_listed_again_with_the_same_figures_once() -> None:
    rng = np.random.default_rng(3805)
    books = [f"Book {i}" for i in range(60)]
    reviews = dict(zip(books, rng.integers(100, 90_000, len(books)).tolist(), strict=True))
    listed = [(b, y) for b in books for y in range(2009, 2020) if rng.random() < 0.25 or b == "Book 0"]
    df = pd.DataFrame({"Name": [b for b, _ in listed], "Reviews": [reviews[b] for b, _ in listed]})
    df["Year"] = [y for _, y in listed]
    top = sorted(reviews, key=lambda b: -reviews[b])[:5]
    top = [b for b in top if b in set(df["Name"])]
    plan, text = _run(df, "top 5 most reviewed books")
    assert "drop_duplicates" in plan.code, plan.code
    for book in top:
        assert text.count(f"| {book} |") == 1, (book, text)


def test_a_share_among_the_rows_of_one_value_of_one_or_several_others() -> None:
    rng = np.random.default_rng(3806)
    n = 374
    df = pd.DataFrame(
        {
            "Person ID": np.arange(1, n + 1),
            "BMI Category": rng.choice(["Normal", "Normal Weight", "Overweight", "Obese"], n),
            "Sleep Disorder": rng.choice(["None", "Insomnia", "Sleep Apnea"], n),
        }
    )
    insomnia = df[df["Sleep Disorder"] == "Insomnia"]
    heavy = insomnia["BMI Category"].isin(["Overweight", "Obese"])
    _, text = _run(df, "what share of the people with insomnia are overweight or obese")
    assert _has(text, round(100 * heavy.mean(), 2)) and f"of {len(insomnia)}**" in text, text
    _, text = _run(df, "what % of people with insomnia are obese")
    assert _has(text, round(100 * (insomnia["BMI Category"] == "Obese").mean(), 2)), text


def test_rupee_prices_names_over_descriptions_and_a_films_rating_and_takings() -> None:
    rng = np.random.default_rng(4001)
    n = 300
    price = rng.integers(99, 20_000, n)
    df = pd.DataFrame(
        {
            "product_id": [f"B0{i:08d}" for i in range(n)],
            "product_name": [f"Brand {i} USB Cable Type C Fast Charge, Braided, 1 Meter" for i in range(n)],
            "discounted_price": [f"₹{p:,}" for p in price],
            "rating_count": [f"{c:,}" for c in rng.integers(10, 400_000, n)],
            "about_product": [
                f"Fast charge and data sync: transfers data quickly, item {i} of the range" for i in range(n)
            ],
            "product_link": [f"https://www.amazon.in/dp/B0{i:08d}" for i in range(n)],
        }
    )
    _, text = _run(df, "what's the average discounted price?")
    assert _has(text, round(float(price.mean()), 1)), text
    counts = df["rating_count"].str.replace(",", "").astype(int)
    _, text = _run(df, "which 5 products have the highest rating count?")
    assert "by product_name" in text.splitlines()[0], text
    assert f"**{df.loc[counts.idxmax(), 'product_name']}**" in text, text
    films = pd.DataFrame(
        {
            "budget": rng.integers(10**6, 3 * 10**8, n),
            "revenue": rng.integers(0, 2 * 10**9, n),
            "title": [f"Film {i}" for i in range(n)],
            "genre": rng.choice(["Drama", "Action", "Comedy"], n),
            "vote_average": rng.uniform(3, 9, n).round(1),
            "vote_count": rng.integers(0, 20_000, n),
        }
    )
    _, text = _run(films, "which genre has the highest avg rating")
    assert text.startswith("Mean of vote_average by genre"), text
    _, text = _run(films, "top 5 highest grossing movies?")
    assert "revenue" in text.splitlines()[0], text


def test_a_wide_tables_measure_is_its_latest_year_and_follow_ups_flip_or_name_the_year() -> None:
    from test_reshape import _ask

    rng = np.random.default_rng(3902)
    years = [2022, 2020, 2015, 2010, 2000]
    df = pd.DataFrame(
        {
            "Country/Territory": [f"Country {i}" for i in range(60)],
            "Continent": rng.choice(["Asia", "Europe", "Africa", "Oceania"], 60),
            **{f"{y} Population": rng.integers(10**5, 3 * 10**8, 60) for y in years},
            "Area (km²)": rng.integers(100, 10**7, 60),
        }
    )
    _, text = _ask(df, "total population per continent")
    by = df.groupby("Continent")["2022 Population"].sum()
    assert "year = 2022" in text.splitlines()[0] and _has(text, round(by.max())), text
    _, text = _ask(df, "how many countries have more than 100 million ppl?")
    assert f"**{int((df['2022 Population'] > 10**8).sum())} of" in text, text
    grown = df.groupby("Continent")[["2000 Population", "2022 Population"]].sum()
    pct = (grown["2022 Population"] - grown["2000 Population"]) / grown["2000 Population"]
    _, text = _ask(df, "which continent grew the fastest between 2000 and 2022 in percent terms?", "and the slowest?")
    assert f"**{pct.idxmin()}**" in text, text


def test_money_per_month_a_share_of_it_and_the_same_for_another_value() -> None:
    rng = np.random.default_rng(3903)
    n = 900
    df = pd.DataFrame(
        {
            "transaction_id": np.arange(1, n + 1),
            "transaction_date": pd.Timestamp("2023-01-01") + pd.to_timedelta(np.sort(rng.integers(0, 181, n)), "D"),
            "transaction_qty": rng.integers(1, 4, n),
            "unit_price": rng.choice([2.5, 3.0, 3.75, 4.25], n),
            "product_category": rng.choice(["Coffee", "Tea", "Bakery"], n),
        }
    )
    money = df["transaction_qty"] * df["unit_price"]
    monthly = money.groupby(df["transaction_date"].dt.to_period("M")).sum()
    _, text = _run(df, "plot monthly revenue, whats the trend?")
    assert "(month)" in text.splitlines()[0] and _has(text, round(monthly.iloc[0], 1)), text
    coffee = money[df["product_category"] == "Coffee"].sum() / money.sum()
    tea = money[df["product_category"] == "Tea"].sum() / money.sum()
    _, text = _run(df, "what % of revenue comes from coffee?")
    assert _has(text, round(100 * coffee, 2)), text
    _, text = _run(df, "what % of revenue comes from coffee?", "and from tea")
    assert _has(text, round(100 * tea, 2)), text


def test_soil_codes_read_by_their_words_which_one_of_the_groups_and_the_worst_air() -> None:
    rng = np.random.default_rng(3906)
    crops = ["rice", "maize", "cotton", "lentil"]
    df = pd.DataFrame(
        {
            "N": rng.integers(0, 140, 400),
            "P": rng.integers(5, 145, 400),
            "K": rng.integers(5, 205, 400),
            "temperature": rng.uniform(10, 40, 400),
            "humidity": rng.uniform(15, 99, 400),
            "ph": rng.uniform(4, 9, 400),
            "rainfall": rng.uniform(20, 300, 400),
            "label": np.repeat(crops, 100),
        }
    )
    nitrogen = df.groupby("label")["N"].mean()
    _, text = _run(df, "which crop needs the most nitrogen")
    assert f"**{nitrogen.idxmax()}**" in text, text
    rain = df.groupby("label")["rainfall"].mean()
    _, text = _run(df, "avg rainfall for each crop", "which one needs the least rain?")
    assert f"**{rain.idxmin()}**" in text, text
    air = pd.DataFrame(
        {"Country": rng.choice(["India", "Chile", "Spain"], 300), "AQI Value": rng.integers(5, 300, 300)}
    )
    worst = air.groupby("Country")["AQI Value"].mean().idxmax()
    _, text = _run(air, "which country has the worst average AQI?")
    assert f"**{worst}**" in text, text


def test_digits_spelled_in_names_a_flag_follow_up_and_no_country_listed() -> None:
    rng = np.random.default_rng(3905)
    n = 500
    df = pd.DataFrame(
        {
            "battery_power": rng.integers(500, 2000, n),
            "four_g": rng.integers(0, 2, n),
            "three_g": rng.integers(0, 2, n),
            "sc_h": rng.integers(5, 20, n),
            "ram": rng.integers(256, 4000, n),
        }
    )
    df["price_range"] = np.clip(df["ram"] // 1000, 0, 3)
    _, text = _run(df, "what % of the phones have 4g", "and 3g?")
    assert _has(text, round(100 * df["three_g"].mean(), 2)), text
    _, text = _run(df, "which feature is most strongly correlated with the price range?")
    assert "with price_range" in text.splitlines()[0] and "most correlated with price_range is ram" in text, text
    channels = pd.DataFrame(
        {
            "Youtuber": [f"Channel {i}" for i in range(300)],
            "Country": rng.choice(["India", "United States", None], 300, p=[0.4, 0.45, 0.15]),
            "country_rank": rng.integers(1, 900, 300),
            "channel_type_rank": rng.integers(1, 900, 300),
        }
    )
    _, text = _run(channels, "what percent of channels have no country listed?")
    assert _has(text, round(100 * channels["Country"].isna().mean(), 1)), text


def test_subscribed_against_not_subscribed_and_both_ends_of_a_column() -> None:
    rng = np.random.default_rng(4003)
    n = 400
    df = pd.DataFrame(
        {
            "Customer ID": np.arange(1, n + 1),
            "Purchase Amount (USD)": rng.integers(20, 100, n),
            "Subscription Status": rng.choice(["Yes", "No"], n, p=[0.27, 0.73]),
            "meanpressure": np.append(rng.uniform(990, 1030, n - 2), [-3.04, 7679.3]),
        }
    )
    means = df.groupby("Subscription Status")["Purchase Amount (USD)"].mean()
    _, text = _run(df, "do subscribers spend more? avg purchase amount for subscribed vs not subscribed customers")
    assert "by Subscription Status" in text.splitlines()[0] and _has(text, round(means["No"], 1)), text
    _, text = _run(df, "meanpressure looks off - what are its min and max?")
    assert _has(text, -3.04) and _has(text, 7679), text


def test_miles_name_the_odometer_channels_are_counted_and_avg_names_the_average() -> None:
    rng = np.random.default_rng(4204)
    n = 400
    cars = pd.DataFrame({"odometer": rng.integers(10, 250_000, n), "sellingprice": rng.integers(500, 60_000, n)})
    _, text = _run(cars, "how many cars have more than 100k miles on them")
    assert f"**{int((cars['odometer'] > 100_000).sum())} of" in text, text
    streams = pd.DataFrame(
        {
            "Channel": [f"ch{i}" for i in range(n)],
            "Stream time(minutes)": rng.integers(1_000, 500_000, n),
            "Peak viewers": rng.integers(1_000, 600_000, n),
            "Average viewers": rng.integers(100, 50_000, n),
            "Partnered": rng.choice([True, False], n, p=[0.97, 0.03]),
            "Language": rng.choice(["English", "Korean", "Spanish"], n, p=[0.5, 0.2, 0.3]),
        }
    )
    _, text = _run(streams, "what % of the channels stream in english?")
    assert _has(text, round(100 * (streams["Language"] == "English").mean(), 2)), text
    _, text = _run(streams, "compare avg viewers of partnered vs non partnered streamers")
    assert text.startswith("Mean of Average viewers by Partnered"), text


def test_a_code_for_unknown_left_out_dead_among_the_bad_and_two_years_compared() -> None:
    rng = np.random.default_rng(4102)
    n = 300
    food = pd.DataFrame(
        {
            "name": [f"dish {i}" for i in range(n)],
            "cook_time": np.where(rng.random(n) < 0.1, -1, rng.integers(10, 90, n)),
            "course": rng.choice(["main course", "dessert", "snack"], n),
        }
    )
    known = food[food["cook_time"] != -1].groupby("course")["cook_time"].mean()
    _, text = _run(food, "average cook time per course (ignore the -1 values)")
    assert "cook_time != -1" in text.splitlines()[0] and _has(text, round(known.max(), 1)), text
    heroes = pd.DataFrame(
        {
            "name": [f"Hero {i}" for i in range(n)],
            "ALIGN": rng.choice(["Good Characters", "Bad Characters", "Neutral Characters"], n),
            "ALIVE": rng.choice(["Living Characters", "Deceased Characters"], n, p=[0.75, 0.25]),
        }
    )
    bad = heroes[heroes["ALIGN"] == "Bad Characters"]
    _, text = _run(heroes, "what fraction of the bad ones are dead?")
    assert _has(text, round(100 * (bad["ALIVE"] == "Deceased Characters").mean(), 2)), text
    crime = pd.DataFrame(
        {
            "OCCURRED_ON_DATE": pd.Timestamp("2015-06-01") + pd.to_timedelta(rng.integers(0, 1100, n), "D"),
            "OFFENSE_CODE_GROUP": rng.choice(["Larceny", "Vandalism"], n),
        }
    )
    crime["YEAR"] = crime["OCCURRED_ON_DATE"].dt.year
    _, text = _run(crime, "compare the number of incidents in 2016 and 2017")
    assert _has(text, int((crime["YEAR"] == 2016).sum())) and _has(text, int((crime["YEAR"] == 2017).sum())), text


def test_a_yes_no_rate_compared_a_bound_past_one_columns_reach_and_the_head_of_a_name() -> None:
    rng = np.random.default_rng(4203)
    n = 300
    survey = pd.DataFrame(
        {
            "Choose your gender": rng.choice(["Female", "Male"], n),
            "Age": rng.integers(18, 25, n),
            "Do you have Depression?": rng.choice(["Yes", "No"], n, p=[0.35, 0.65]),
        }
    )
    rates = survey.groupby("Choose your gender")["Do you have Depression?"].apply(lambda s: (s == "Yes").mean())
    _, text = _run(survey, "compare depresion rates for male vs female students")
    assert _has(text, round(100 * rates["Male"], 2)), text
    coffee = pd.DataFrame(
        {
            "Country.of.Origin": rng.choice(["Ethiopia", "Brazil", "Colombia"], n),
            "In.Country.Partner": rng.choice(
                ["Specialty Coffee Association", "Brazil Specialty Coffee Association"], n
            ),
            "Cupper.Points": rng.uniform(6, 9.5, n).round(2),
            "Total.Cup.Points": rng.uniform(78, 90, n).round(2),
        }
    )
    _, text = _run(coffee, "how many coffes scored above 85 points")
    assert f"**{int((coffee['Total.Cup.Points'] > 85).sum())} of" in text, text
    _, text = _run(coffee, "top 5 countries by avg total cup points")
    assert "per Country.of.Origin" in text.splitlines()[0], text


def test_the_top_rows_of_a_ranked_table_are_its_first_ranks() -> None:
    rng = np.random.default_rng(4206)
    df = pd.DataFrame(
        {
            "world_rank": np.tile(np.arange(1, 101), 2),
            "institution": [f"University {i}" for i in rng.permutation(200)],
            "national_rank": rng.integers(1, 40, 200),
            "score": rng.uniform(40, 100, 200).round(2),
            "year": np.repeat([2014, 2015], 100),
        }
    )
    first = df[(df["year"] == 2015) & (df["world_rank"] == 1)]["institution"].iloc[0]
    _, text = _run(df, "top 10 universities in 2015")
    assert text.startswith("Top 10 by world_rank") and f"| {first} |" in text, text


def test_two_lengths_of_time_added_up() -> None:
    rng = np.random.default_rng(4101)
    df = pd.DataFrame(
        {
            "name": [f"dish {i}" for i in range(120)],
            "prep_time": rng.integers(5, 500, 120),
            "cook_time": rng.integers(5, 120, 120),
        }
    )
    longest = df.assign(t=df["prep_time"] + df["cook_time"]).nlargest(3, "t")["name"]
    _, text = _run(df, "which 3 dishes take the longest in total, prep plus cook time?")
    assert text.startswith("Top 3 by prep_time + cook_time") and all(re.search(rf"\b{d}\b", text) for d in longest), (
        text
    )


def test_an_average_for_each_month_over_years_is_per_calendar_month_and_month_numbers_are_named() -> None:
    rng = np.random.default_rng(4301)
    days = pd.date_range("2010-01-01", "2014-12-31", freq="D")
    temp = 10 + 8 * np.sin((days.day_of_year - 100) / 365 * 2 * np.pi) + rng.normal(0, 2, len(days))
    df = pd.DataFrame({"date": days.strftime("%Y%m%d").astype(int), "max_temp": temp.round(1)})
    means = df.groupby(pd.to_datetime(df["date"].astype(str)).dt.month)["max_temp"].mean()
    _, text = _run(df, "avg max temp for each month")
    assert "calendar month" in text.splitlines()[0] and _has(text, means.iloc[6]), text
    births = pd.DataFrame(
        {"month": days.month, "day_of_week": days.day_of_week + 1, "births": rng.poisson(900, len(days))}
    )
    best = births.groupby("month")["births"].mean().idxmax()
    _, text = _run(births, "which month has the highest average births per day?")
    assert text.startswith("Highest births by month") and f"**{pd.Timestamp(2000, best, 1):%B} ({best})**" in text


def test_one_column_against_another_row_by_row() -> None:
    rng = np.random.default_rng(4302)
    mmr = rng.uniform(2000, 40000, 300).round(-2)
    df = pd.DataFrame(
        {
            "make": rng.choice(["Ford", "Kia", "BMW"], 300),
            "odometer": rng.integers(5000, 250000, 300),
            "mmr": mmr,
            "sellingprice": (mmr * rng.normal(1, 0.1, 300)).round(-2),
            "home_score": rng.poisson(1.5, 300),
            "away_score": rng.poisson(1.1, 300),
        }
    )
    above = (df["sellingprice"] > df["mmr"]).sum()
    _, text = _run(df, "what % of cars sold above their mmr?")
    assert "sellingprice > mmr" in text and f"**{above} of 300 rows**" in text, text
    home = (df["home_score"] > df["away_score"]).sum()
    _, text = _run(df, "how many matches had more home goals than away goals")
    assert "home_score > away_score" in text and f"{home}" in text, text


def test_a_column_of_two_units_reads_as_one_number_column_per_unit() -> None:
    rng = np.random.default_rng(4303)
    movie = rng.random(400) < 0.7
    minutes, seasons = rng.integers(60, 150, 400), rng.integers(1, 9, 400)
    df = pd.DataFrame(
        {
            "show_id": [f"s{i}" for i in range(1, 401)],
            "type": np.where(movie, "Movie", "TV Show"),
            "title": [f"Title {i}" for i in range(400)],
            "rating": rng.choice(["G", "PG", "TV-G"], 400),
            "duration": [
                f"{m} min" if mv else (f"{s} Season" if s == 1 else f"{s} Seasons")
                for m, s, mv in zip(minutes, seasons, movie, strict=True)
            ],
        }
    )
    films = df[movie].assign(m=minutes[movie])
    _, text = _run(df.copy(), "avg movie runtime in minutes for each rating")
    assert text.startswith("Mean of duration (min) by rating") and _has(
        text, films.groupby("rating")["m"].mean().iloc[0]
    )
    shows = df[~movie].assign(s=seasons[~movie])
    _, text = _run(df.copy(), "how many tv shows have more than 2 seasons")
    assert f"**{(shows['s'] > 2).sum()}" in text, text
    longest = shows.sort_values("s", ascending=False, kind="stable")["title"].iloc[0]
    _, text = _run(df.copy(), "which tv show has the most seasons")
    assert "by title" in text.splitlines()[0] and longest in text, text
    reply = OfflineAnalyst().respond("what is the average duration?", [_profile(df)], {})
    assert "duration (seasons)" in reply.text and "duration (min)" in reply.text, reply.text


def _stops(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(4311)
    searched = rng.random(n) < np.where(rng.random(n) < 0.7, 0.05, 0.02)
    arrested = np.where(rng.random(n) < 0.04, "True", "False").astype(object)
    arrested[rng.choice(n, 20, replace=False)] = None
    return pd.DataFrame(
        {
            "stop_date": pd.date_range("2012-01-01", periods=n, freq="13h").strftime("%Y-%m-%d"),
            "stop_time": [
                f"{h:02d}:{m:02d}" for h, m in zip(rng.integers(0, 24, n), rng.integers(0, 60, n), strict=True)
            ],
            "driver_gender": rng.choice(["M", "F"], n),
            "search_conducted": searched,
            "search_type": np.where(searched, rng.choice(["Incident to Arrest", "Probable Cause"], n), None),
            "stop_outcome": rng.choice(["Citation", "Warning", "Arrest Driver"], n),
            "is_arrested": arrested,
            "stop_duration": rng.choice(["0-15 Min", "16-30 Min", "30+ Min"], n),
            "violation": rng.choice(["Speeding", "Equipment", "Moving violation"], n),
        }
    )


def test_a_word_that_starts_several_names_is_the_rows_and_a_yes_no_column_gives_a_rate() -> None:
    df = _stops()
    hours = pd.to_datetime(df["stop_time"], format="%H:%M").dt.hour.value_counts()
    _, text = _run(df, "what hour of the day do most stops happen?")
    assert text.startswith("Highest count by stop_time (hour of day)") and f"{hours.max()}" in text, text
    rates = df.groupby("driver_gender")["search_conducted"].mean() * 100
    _, text = _run(df, "search rate for male vs female drivers")
    assert "search_conducted" in text.splitlines()[0] and all(_has(text, r) for r in rates), text
    _, text = _run(df, "what is the arrest rate")
    assert "is_arrested" in text.splitlines()[0] and "search_type" not in text, text


def test_a_word_mentioned_in_free_text_and_a_route_between_two_places() -> None:
    rng = np.random.default_rng(4312)
    n = 400
    words = ["python", "sql", "excel", "tableau", "spark", "statistics", "communication", "teamwork"]
    text_of = [" ".join(rng.choice(words, 12)) + " and other duties as assigned" for _ in range(n)]
    jobs = pd.DataFrame({"Job Title": rng.choice(["Data Scientist", "Analyst"], n), "Job Description": text_of})
    share = jobs["Job Description"].str.contains(r"\bpython\b", case=False).mean() * 100
    _, text = _run(jobs, "what percent of the job descriptions mention python?")
    assert "Job Description has the word python" in text and _has(text, share), text
    cities = ["Delhi", "Mumbai", "Chennai", "Kolkata"]
    flights = pd.DataFrame(
        {
            "airline": rng.choice(["Vistara", "Indigo"], n),
            "source_city": rng.choice(cities, n),
            "destination_city": rng.choice(cities, n),
            "class": rng.choice(["Economy", "Business"], n),
            "price": rng.integers(2000, 60000, n),
        }
    )
    route = flights[(flights["source_city"] == "Delhi") & (flights["destination_city"] == "Mumbai")]
    _, text = _run(flights, "how many flights are there from delhi to mumbai")
    assert "source_city = Delhi and destination_city = Mumbai" in text and f"{len(route)}" in text, text
    _, text = _run(flights, "how many flights are there from delhi to mumbai", "how many of those are business class?")
    assert f"**{(route['class'] == 'Business').sum()}" in text and f"out of {len(route)}" in text, text


def test_minus_one_codes_unknown_money_lost_and_results_coded_h_d_a() -> None:
    rng = np.random.default_rng(4313)
    n = 300
    rating = rng.uniform(2.5, 5, n).round(1)
    rating[rng.choice(n, 40, replace=False)] = -1
    firms = pd.DataFrame(
        {
            "Company": [f"Firm {i}" for i in range(n)],
            "Rating": rating,
            "Profits": rng.normal(500, 900, n).round(0),
            "Revenues": rng.uniform(1000, 90000, n).round(0),
        }
    )
    _, text = _run(firms, "average company rating?")
    assert "Rating != -1" in text and _has(text, firms.loc[firms["Rating"] != -1, "Rating"].mean()), text
    _, text = _run(firms, "how many of the companies lost money?")
    assert f"**{(firms['Profits'] < 0).sum()} of {n}**" in text, text
    worst = firms.loc[firms["Profits"].idxmin(), "Company"]
    _, text = _run(firms, "which company lost the most?")
    assert f"**{worst}**" in text, text
    games = pd.DataFrame(
        {
            "HomeTeam": rng.choice(["Arsenal", "Chelsea", "Spurs"], n),
            "FTHG": rng.poisson(1.5, n),
            "FTAG": rng.poisson(1.1, n),
            "AvgH": rng.uniform(1.2, 6, n).round(2),
            "AvgA": rng.uniform(1.2, 6, n).round(2),
        }
    )
    games["FTR"] = np.where(games["FTHG"] > games["FTAG"], "H", np.where(games["FTHG"] < games["FTAG"], "A", "D"))
    _, text = _run(games, "what percentage of matches were home wins?")
    assert "FTR = H" in text and _has(text, (games["FTR"] == "H").mean() * 100), text
    _, text = _run(games, "avg goals per game")
    assert "AvgH" not in text.splitlines()[0] and _has(text, (games["FTHG"] + games["FTAG"]).mean()), text


def test_bounds_in_another_unit_numbers_after_a_unit_and_yes_no_with_nan_written_out() -> None:
    rng = np.random.default_rng(4401)
    n = 500
    df = pd.DataFrame(
        {
            "Mode_of_Shipment": rng.choice(["Ship", "Flight", "Road"], n),
            "Product_importance": rng.choice(["low", "medium", "high"], n),
            "Weight_in_gms": rng.integers(1000, 7000, n),
            "ram": rng.integers(256, 4000, n),
            "Festival": rng.choice(["No ", "Yes ", "NaN "], n, p=[0.9, 0.05, 0.05]),
            "Time_taken(min)": [f"(min) {t}" for t in rng.integers(10, 55, n)],
        }
    )
    _, text = _run(df, "how many shipments went by each mode of shipment?")
    assert text.startswith("Rows counted by Mode_of_Shipment"), text
    heavy = ((df["Product_importance"] == "high") & (df["Weight_in_gms"] > 4000)).sum()
    _, text = _run(df, "how many high importance products weighed more than 4 kg")
    assert "Weight_in_gms > 4,000" in text and f"**{heavy}" in text, text
    _, text = _run(df, "how many have more than 3gb of ram?")
    assert "ram > 3,072" in text and f"**{(df['ram'] > 3072).sum()}" in text, text
    _, text = _run(df, "what percent of orders were placed during a festival")
    assert "Festival = Yes" in text and _has(text, (df["Festival"] == "Yes ").mean() * 100), text
    minutes = df["Time_taken(min)"].str.removeprefix("(min) ").astype(int)
    _, text = _run(df, "avg time taken")
    assert _has(text, minutes.mean()), text


def test_money_is_takings_not_what_could_have_been_and_that_day_is_the_last_answers_date() -> None:
    rng = np.random.default_rng(4402)
    n = 400
    weeks = pd.date_range("2015-01-04", periods=n // 4, freq="W").strftime("%Y-%m-%d")
    df = pd.DataFrame(
        {
            "date": np.repeat(weeks, 4),
            "show": np.tile(["Wicked", "Chicago", "Cats", "Rent"], n // 4),
            "weekly_gross": rng.integers(200_000, 2_000_000, n),
            "potential_gross": rng.integers(2_000_000, 3_000_000, n),
            "seats_sold": rng.integers(5000, 12000, n),
        }
    )
    best = df.groupby("show")["weekly_gross"].sum().idxmax()
    _, text = _run(df, "which show made the most money in total?")
    assert "weekly_gross" in text.splitlines()[0] and f"**{best}**" in text, text
    _, text = _run(df, "plot the total gross per year - which year was the biggest?")
    assert "weekly_gross" in text.splitlines()[0], text
    busiest = df.groupby("date")["seats_sold"].sum().idxmax()
    _, text = _run(df, "which date had the most seats sold?", "and what was the avg weekly gross on that day?")
    assert f"date = {busiest}" in text, text


def test_one_value_scopes_a_comparison_and_the_most_of_those_counts_per_group() -> None:
    rng = np.random.default_rng(4403)
    n = 600
    df = pd.DataFrame(
        {
            "name": [f"College {i}" for i in range(n)],
            "state": rng.choice(["California", "Texas", "Ohio", "Vermont"], n, p=[0.4, 0.3, 0.2, 0.1]),
            "type": rng.choice(["Public", "Private"], n),
            "degree_length": rng.choice(["2 Year", "4 Year"], n),
            "in_state_tuition": rng.integers(3000, 50000, n),
            "out_of_state_tuition": rng.integers(8000, 60000, n),
        }
    )
    four = df[df["degree_length"] == "4 Year"]
    _, text = _run(df, "avg in state tuition for public vs private 4 year schools")
    assert "where degree_length = 4 Year" in text.splitlines()[0], text
    assert _has(text, four[four["type"] == "Public"]["in_state_tuition"].mean()), text
    those = df[(df["type"] == "Public") & (df["out_of_state_tuition"] > 30000)]
    top = those["state"].value_counts()
    _, text = _run(
        df, "how many public colleges charge more than $30k out of state tuition?", "which state has the most of those"
    )
    assert f"Most: state **{top.index[0]}** ({top.iloc[0]} rows)" in text, text


def test_weeks_at_number_one_and_who_made_the_winner() -> None:
    rng = np.random.default_rng(4404)
    songs = [f"Song {i}" for i in range(30)]
    singer = {s: f"Singer {i % 7}" for i, s in enumerate(songs)}
    rows = []
    for week in range(40):
        for pos, song in enumerate(rng.permutation(songs)[:10], start=1):
            rows.append(
                {"week_id": week, "week_position": pos, "song": song, "performer": singer[song], "peak_position": 1}
            )
    df = pd.DataFrame(rows)
    df.loc[(df["week_position"] == 1) & (df["week_id"] < 12), "song"] = "Song 3"  # one clear winner
    df["performer"] = df["song"].map(singer)
    best = df[df["week_position"] == 1]["song"].value_counts()
    _, text = _run(df, "which song spent the most weeks at number 1?")
    assert "week_position = 1" in text.splitlines()[0] and f"**{best.index[0]}**" in text, text
    _, text = _run(df, "which song spent the most weeks at number 1?", "who sang it?")
    assert f"**{singer[best.index[0]]}**" in text, text


def test_a_numbered_review_is_a_record_groups_of_at_least_n_and_a_number_word_value() -> None:
    rng = np.random.default_rng(4405)
    n = 900
    countries = rng.choice(["Japan", "USA", "Malaysia", "Fiji"], n, p=[0.45, 0.35, 0.17, 0.03])
    df = pd.DataFrame(
        {
            "Review #": np.arange(n, 0, -1),
            "Country": countries,
            "Stars": np.where(countries == "Fiji", 5.0, rng.uniform(1, 4.8, n).round(2)),
            "stops": rng.choice(["zero", "one", "two_or_more"], n, p=[0.2, 0.7, 0.1]),
        }
    )
    counts = df["Country"].value_counts()
    _, text = _run(df, "which country has the most ramen reviewed?")
    assert text.startswith("Rows counted by Country") and f"{counts.iloc[0]}" in text, text
    means = df.groupby("Country")["Stars"].mean()[counts[counts >= 50].index]
    _, text = _run(df, "among countries with at least 50 reviews, which has the best average rating?")
    assert f"**{means.idxmax()}**" in text and "Fiji" not in text.split("\n")[2], text
    _, text = _run(df, "what share of flights have exactly one stop")
    assert "stops = one" in text and _has(text, (df["stops"] == "one").mean() * 100), text


def test_money_ranges_read_as_their_middle_states_from_city_and_lists_joined_by_slashes() -> None:
    rng = np.random.default_rng(4406)
    n = 400
    low = rng.integers(40, 120, n)
    high = low + rng.integers(20, 80, n)
    places = ["San Jose, CA", "Boston, MA", "Austin, TX", "New York, NY", "Cambridge, MA", "Los Angeles, CA"]
    df = pd.DataFrame(
        {
            "Job Title": rng.choice(["Data Scientist", "Analyst"], n),
            "Salary Estimate": [f"${a}K-${b}K (Glassdoor est.)" for a, b in zip(low, high, strict=True)],
            "Location": rng.choice(places, n, p=[0.3, 0.2, 0.1, 0.1, 0.1, 0.2]),
            "designer": rng.choice(["Ola Wihlborg", "IKEA of Sweden/Ola Wihlborg", "K Hagberg/M Hagberg"], n),
        }
    )
    middle = (low + high) / 2 * 1000
    _, text = _run(df, "what is the average salary estimate?")
    assert _has(text, middle.mean()), text
    state = df["Location"].str[-2:]
    top = state.value_counts().index[0]
    _, text = _run(df, "which state has the most postings?")
    assert f"**{top}**" in text, text
    _, text = _run(df, "which state has the most postings?", "and whats the avg salary there")
    assert f"= {top}" in text.splitlines()[0] and _has(text, middle[state == top].mean()), text
    _, text = _run(df, "how many have IKEA of Sweden as a designer?")
    assert f"**{df['designer'].str.contains('IKEA of Sweden').sum()} of" in text, text


def test_a_labels_distribution_titles_added_each_year_and_the_quickest_times() -> None:
    rng = np.random.default_rng(4407)
    n = 500
    df = pd.DataFrame(
        {
            "title": [f"Title {i}" for i in range(n)],
            "date_added": pd.to_datetime("2019-11-12") + pd.to_timedelta(rng.integers(0, 900, n), unit="D"),
            "AQI Category": rng.choice(["Good", "Moderate", "Unhealthy"], n, p=[0.5, 0.4, 0.1]),
            "AccelSec": rng.uniform(2, 15, n).round(1),
            "OFFENSE_CODE": rng.integers(100, 3000, n),
            "OFFENSE_CODE_GROUP": rng.choice(["Larceny", "Vandalism", "Towed"], n, p=[0.5, 0.3, 0.2]),
            "OFFENSE_DESCRIPTION": rng.choice(["LARCENY SHOPLIFTING", "VANDALISM", "TOWED MOTOR VEHICLE", "OTHER"], n),
        }
    )
    df["date_added"] = df["date_added"].dt.strftime("%B %d, %Y")
    _, text = _run(df, "plot the distribution of AQI Category")
    assert text.startswith("Share of the rows by AQI Category") and _has(
        text, 100 * (df["AQI Category"] == "Good").mean()
    )
    years = pd.to_datetime(df["date_added"], format="%B %d, %Y").dt.year.value_counts()
    _, text = _run(df, "how many titles were added each year")
    assert "date_added (year)" in text.splitlines()[0] and f"{years.max()}" in text, text
    quick = df.nsmallest(3, "AccelSec")["title"]
    _, text = _run(df, "top 3 quickest (lowest AccelSec)?")
    assert text.startswith("Lowest 3 by AccelSec") and all(t in text for t in quick), text
    top = df["OFFENSE_CODE_GROUP"].value_counts().index[0]
    _, text = _run(df, "top 3 most common offense groups")
    assert "OFFENSE_CODE_GROUP" in text.splitlines()[0] and top in text, text


def test_of_them_after_a_flag_total_and_a_ratio_over_a_square() -> None:
    rng = np.random.default_rng(4408)
    n = 400
    df = pd.DataFrame(
        {
            "promotion_last_5years": (rng.random(n) < 0.1).astype(int),
            "left": (rng.random(n) < 0.3).astype(int),
            "Weight": rng.uniform(45, 130, n).round(1),
            "Height": rng.uniform(1.5, 2.0, n).round(2),
            "level": rng.choice(["low", "mid", "high"], n),
        }
    )
    promoted = df[df["promotion_last_5years"] == 1]
    _, text = _run(df, "how many employees got a promotion in the last 5 years?", "and how many of them left?")
    assert f"**{promoted['left'].sum()} of {len(promoted)}**" in text, text
    bmi = (df["Weight"] / df["Height"] ** 2).groupby(df["level"]).mean()
    _, text = _run(df, "calculate BMI (weight / height^2) and show the average BMI for each level")
    assert "Weight / Height²" in text.splitlines()[0] and all(_has(text, v) for v in bmi), text


def test_hours_against_minutes_written_in_cells_and_a_season_said_as_written() -> None:
    rng = np.random.default_rng(4409)
    n = 300
    minutes = rng.integers(80, 220, n)
    df = pd.DataFrame(
        {
            "Series_Title": [f"Film {i}" for i in range(n)],
            "Runtime": [f"{m} min" for m in minutes],
            "season": rng.choice(["2017-18", "2018-19", "2019-20"], n),
            "pts": rng.uniform(2, 30, n).round(1),
        }
    )
    _, text = _run(df, "how many movies are over 3 hours long?")
    assert "Runtime > 180" in text and f"**{(minutes > 180).sum()} of" in text, text
    _, text = _run(df, "avg pts in 2019-20")
    assert "season = 2019-20" in text and _has(text, df[df["season"] == "2019-20"]["pts"].mean()), text


def test_labels_joined_by_slashes_group_each_on_its_own() -> None:
    rng = np.random.default_rng(4410)
    n = 300
    names = ["Ola Wihlborg", "IKEA of Sweden", "K Hagberg", "M Hagberg"]
    picked = [sorted(set(rng.choice(names, rng.integers(1, 3)))) for _ in range(n)]
    df = pd.DataFrame({"name": [f"Item {i}" for i in range(n)], "designer": ["/".join(p) for p in picked]})
    df["price"] = rng.integers(50, 900, n)
    each = pd.Series([d for p in picked for d in p]).value_counts()
    _, text = _run(df, "which designer has the most items?")
    assert f"**{each.index[0]}**" in text and f"{each.iloc[0]}" in text, text


def test_not_canceled_names_the_other_value_a_share_of_those_and_a_winner_named_by_its_row() -> None:
    rng = np.random.default_rng(4501)
    n = 600
    df = pd.DataFrame(
        {
            "Booking_ID": [f"INN{i:05d}" for i in range(n)],
            "required_car_parking_space": (rng.random(n) < 0.1).astype(int),
            "no_of_previous_cancellations": rng.integers(0, 3, n),
            "booking_status": rng.choice(["Canceled", "Not_Canceled"], n, p=[0.33, 0.67]),
        }
    )
    cancelled = (df["booking_status"] == "Canceled").mean() * 100
    _, text = _run(df, "what % of bookings were cancelled?")
    assert "booking_status = Canceled" in text and _has(text, cancelled), text
    parked = df[df["required_car_parking_space"] == 1]
    _, text = _run(df, "how many bookings needed a parking space?", "and what share of those got canceled?")
    assert f"**{(parked['booking_status'] == 'Canceled').sum()} of {len(parked)}**" in text, text
    riders = pd.DataFrame(
        {
            "winner_name": rng.choice(["Greg LeMond", "Eddy Merckx", "Miguel Induráin", "Bernard Hinault"], 80),
            "time_margin": rng.uniform(0.002, 0.5, 80).round(4),
            "stage_wins": rng.integers(0, 8, 80),
            "stages_led": rng.integers(0, 20, 80),
        }
    )
    closest = riders.loc[riders["time_margin"].idxmin(), "winner_name"]
    _, text = _run(riders, "who won by the smallest margin?")
    assert text.splitlines()[2].startswith(f"**{closest} (winner_name"), text
    _, text = _run(riders, "how many winners won the tour without winning a single stage?")
    assert "stage_wins = 0" in text and f"**{(riders['stage_wins'] == 0).sum()} of" in text, text


def test_a_number_after_a_labels_name_states_for_state_names_codes_and_breweries_by_medals() -> None:
    rng = np.random.default_rng(4502)
    n = 400
    df = pd.DataFrame(
        {
            "name": [f"Cereal {i}" for i in range(n)],
            "mfr": rng.choice(list("GKNPQR"), n),
            "type": rng.choice(["C", "H"], n, p=[0.9, 0.1]),
            "carbo": rng.uniform(5, 20, n).round(1),
            "potass": rng.integers(20, 300, n),
            "shelf": rng.integers(1, 4, n),
            "rating": rng.uniform(20, 90, n).round(2),
            "State/Province": rng.choice(["CA", "TX", "11", "ENG", "WA"], n),
            "Country": rng.choice(["US", "CA", "GB", "CN"], n),
            "brewery": rng.choice(["Pabst", "Firestone Walker", "Miller", "Great Divide"], n),
            "medal": rng.choice(["Gold", "Silver", "Bronze"], n),
            "Phone Number": np.where(rng.random(n) < 0.3, None, "(503) 555-0100"),
        }
    )
    _, text = _run(df, "how many cereals sit on shelf 3?")
    assert "shelf = 3" in text and f"{(df['shelf'] == 3).sum()}" in text, text
    _, text = _run(df, "what percentage of the cereals are hot cereals?")
    assert "type = H" in text and _has(text, (df["type"] == "H").mean() * 100), text
    _, text = _run(df, "how many are there in california")
    assert "State/Province = CA" in text and f"{(df['State/Province'] == 'CA').sum()}" in text, text
    top = df["brewery"].value_counts()
    _, text = _run(df, "top 5 breweries by total medals")
    assert top.index[0] in text and f"{top.iloc[0]}" in text and "brewery" in text.splitlines()[0], text
    _, text = _run(df, "how many have no phone number listed?")
    assert f"**{df['Phone Number'].isna().sum():,}**" in text, text


def test_text_read_as_numbers_stays_right_when_the_next_cell_reads_it_again() -> None:
    rng = np.random.default_rng(4601)
    n = 300
    hours, minutes = rng.integers(10, 40, n), rng.integers(0, 60, n)
    low = rng.integers(40, 120, n)
    df = pd.DataFrame(
        {
            "gender": rng.choice(["M", "W"], n, p=[0.8, 0.2]),
            "time": [f"{h}H {m}M 0S" for h, m in zip(hours, minutes, strict=True)],
            "elevation_gain": rng.integers(500, 9000, n),
            "Salary Estimate": [f"${a}K-${a + 30}K (Glassdoor est.)" for a in low],
            "Height": [f"{f}'{i}" for f, i in zip(rng.integers(5, 7, n), rng.integers(0, 12, n), strict=True)],
        }
    )
    spent = hours * 60 + minutes
    # one frame across the conversation, as in the kernel: each cell finds the last one's numbers
    _, text = _run(df, "average finish time for men vs women", "is elevation gain corelated with finish time")
    assert text.startswith("Correlation of elevation_gain and time") and _has(
        text, np.corrcoef(df["elevation_gain"], spent)[0, 1]
    ), text
    _, text = _run(df, "what is the average salary estimate?", "and the median salary estimate?")
    assert _has(text, np.median((low + 15) * 1000)), text
    _, text = _run(df, "what % of the runners are women")
    assert "gender = W" in text and _has(text, (df["gender"] == "W").mean() * 100), text


def test_total_comp_inside_a_run_on_name_a_rate_between_groups_and_a_value_kept_on_its_column() -> None:
    rng = np.random.default_rng(4602)
    n = 500
    titles = rng.choice(["Data Scientist", "Software Engineer", "Product Manager"], n)
    df = pd.DataFrame(
        {
            "timestamp": pd.date_range("2017-06-07", periods=n, freq="3D").strftime("%m/%d/%Y %H:%M:%S"),
            "company": rng.choice(["Amazon", "Google", "Apple"], n),
            "level": np.where(rng.random(n) < 0.05, "Software Engineer", rng.choice(["L4", "L5"], n)),
            "title": titles,
            "totalyearlycompensation": rng.integers(90, 500, n) * 1000,
            "basesalary": rng.integers(80, 250, n) * 1000,
            "Continents": rng.choice(["Asia", "Europe", "Africa"], n),
            "Flight Status": rng.choice(["On Time", "Delayed", "Cancelled"], n),
        }
    )
    ds = df[df["title"] == "Data Scientist"]["totalyearlycompensation"].median()
    _, text = _run(df, "whats the median total comp for data scientists")
    assert "totalyearlycompensation where title = Data Scientist" in text and _has(text, ds), text
    _, text = _run(df, "whats the median total comp for data scientists", "and for software engineers?")
    assert "title = Software Engineer" in text.splitlines()[0] and "level" not in text.splitlines()[0], text
    _, text = _run(df, "top 5 companies by number of salary entries")
    assert "company by number of rows" in text.splitlines()[0], text
    rates = (df["Flight Status"] == "Delayed").groupby(df["Continents"]).mean() * 100
    _, text = _run(df, "compare the delay rate between continents")
    assert "Flight Status = Delayed within each Continents" in text and all(_has(text, r) for r in rates), text
    _, text = _run(df, "how has the median total comp changed from year to year?")
    assert "by timestamp (year)" in text.splitlines()[0], text


def test_a_rate_named_by_both_words_country_names_as_codes_codes_before_their_word_and_single_results() -> None:
    rng = np.random.default_rng(4603)
    n = 400
    df = pd.DataFrame(
        {
            "country": rng.choice(["CN", "US", "DE", "GB"], n, p=[0.6, 0.1, 0.15, 0.15]),
            "cost": rng.uniform(100, 9000, n).round(1),
            "length": rng.uniform(1, 40, n).round(1),
            "cost_km_millions": rng.uniform(50, 1500, n).round(1),
            "Critic_Score": rng.integers(30, 98, n),
            "Critic_Count": rng.integers(5, 90, n),
            "User_Score": rng.uniform(2, 9.5, n).round(1),
            "Rating": rng.choice(["E", "M", "T"], n),
            "runner": rng.choice([f"Runner {i}" for i in range(60)], n),
            "time_in_seconds": rng.integers(50_000, 180_000, n),
        }
    )
    means = df.groupby("country")["cost_km_millions"].mean()
    _, text = _run(df, "avg cost per km in the US vs China")
    assert "cost_km_millions by country" in text.splitlines()[0] and _has(text, means["CN"]) and _has(text, means["US"])
    critics = df.groupby("Rating")["Critic_Score"].mean()
    _, text = _run(df, "average critic score for M rated games vs E rated")
    assert "Critic_Score by Rating" in text.splitlines()[0] and _has(text, critics["M"]), text
    _, text = _run(df, "how many runners took more than 30 hours to finish?")
    assert "time_in_seconds > 108,000" in text and f"**{(df['time_in_seconds'] > 108_000).sum()} of" in text, text


def test_a_label_kept_in_numbered_columns_is_counted_over_all_of_them() -> None:
    rng = np.random.default_rng(4604)
    n = 300
    judges = ["Amanda Freitag", "Chris Santos", "Scott Conant", "Marc Murphy"]
    df = pd.DataFrame(
        {
            "episode_name": [f"Episode {i}" for i in range(n)],
            "judge1": rng.choice(judges, n, p=[0.4, 0.3, 0.2, 0.1]),
            "judge2": rng.choice(judges, n),
            "judge3": rng.choice(judges, n, p=[0.1, 0.2, 0.3, 0.4]),
            "episode_rating": rng.uniform(6, 9.5, n).round(1),
        }
    )
    seen = pd.concat([df["judge1"], df["judge2"], df["judge3"]]).value_counts()
    _, text = _run(df, "which judge has been on the most episodes?")
    assert f"**{seen.index[0]}** turns up the most often: {seen.iloc[0]}" in text, text


def test_paths_are_not_lists_of_labels() -> None:
    rng = np.random.default_rng(4605)
    n = 300
    df = pd.DataFrame(
        {
            "Landing Page": rng.choice(["/", "/signup", "/pricing/plans", "/blog/how-to"], n),
            "Revenue": [f"${v:,.2f}" for v in rng.uniform(0, 400, n)],
        }
    )
    totals = (
        df.assign(r=df["Revenue"].str.replace(r"[$,]", "", regex=True).astype(float)).groupby("Landing Page")["r"].sum()
    )
    _, text = _run(df, "which landing page has the highest total revenue?")
    assert f"**{totals.idxmax()}**" in text and f"{n} rows" in text.splitlines()[0], text


def test_qualified_rivals_typos_in_names_levels_of_a_label_and_bounds_only_one_column_reaches() -> None:
    rng = np.random.default_rng(4701)
    n = 400
    df = pd.DataFrame(
        {
            "Hours_Studied": rng.integers(1, 40, n),
            "Parental_Involvement": rng.choice(["Low", "Medium", "High"], n),
            "Motivation_Level": rng.choice(["Low", "Medium", "High"], n),
            "Previous_Scores": rng.integers(50, 100, n),
            "Exam_Score": rng.integers(55, 100, n),
            "salary": rng.integers(200_000, 900_000, n),
            "Quantity Ordered": [str(q) if i % 50 else "Quantity Ordered" for i, q in enumerate(rng.integers(1, 6, n))],
        }
    )
    means = df.groupby("Parental_Involvement")["Exam_Score"].mean()
    _, text = _run(df, "compare avg score by parental involvment level")
    assert text.startswith("Mean of Exam_Score by Parental_Involvement") and _has(text, means["Low"]), text
    _, text = _run(df, "how many students scored over 75")
    assert "Exam_Score > 75" in text and f"**{(df['Exam_Score'] > 75).sum()} of" in text, text
    _, text = _run(df, "how many students got an offer above 3 lakh (300000)")
    assert "salary > 300000" in text and f"{(df['salary'] > 300_000).sum()}" in text, text
    units = pd.to_numeric(df["Quantity Ordered"], errors="coerce").sum()
    _, text = _run(df, "how many units were ordered in total")
    assert _has(text, units), text


def test_last_readings_of_sets_47_and_48() -> None:
    rng = np.random.default_rng(4801)
    n = 400
    df = pd.DataFrame(
        {
            "City": [f"City {i}, Country {i % 7}" for i in range(n)],
            "Cost of Living Index": rng.uniform(20, 140, n).round(2),
            "Rent Index": rng.uniform(5, 90, n).round(2),
            "Cost of Living Plus Rent Index": rng.uniform(15, 110, n).round(2),
            "album_name": rng.choice(["Lover", "Folklore", "Midnights"], n),
            "danceability": rng.uniform(0.3, 0.9, n).round(3),
            "age": rng.uniform(18, 90, n).round(0),
            "hypertension": (rng.random(n) < 0.2).astype(int),
            "CONTRIBUTING FACTOR VEHICLE 1": rng.choice(["Unspecified", "Driver Inattention", "Unsafe Speed"], n),
            "CONTRIBUTING FACTOR VEHICLE 2": rng.choice(["Unspecified", "Following Too Closely", "Unsafe Speed"], n),
            "status": "Released",
        }
    )
    cheap = df.nsmallest(5, "Cost of Living Plus Rent Index")["City"]
    _, text = _run(df, "5 cheapest cities by cost of living plus rent")
    assert "Cost of Living Plus Rent Index" in text.splitlines()[0] and all(c in text for c in cheap), text
    _, text = _run(df, "which album is the most danceable on average?")
    assert text.startswith("Mean of danceability by album_name"), text
    older = df[(df["age"] > 60) & (df["hypertension"] == 1)]
    _, text = _run(df, "how many patients over 60 have hypertension")
    assert f"**{len(older)} of" in text, text
    seen = pd.concat([df["CONTRIBUTING FACTOR VEHICLE 1"], df["CONTRIBUTING FACTOR VEHICLE 2"]])
    top = seen[seen != "Unspecified"].value_counts()
    _, text = _run(df, "top 5 contributing factors, leave out unspecified")
    assert f"**{top.index[0]}**" in text and "Unspecified" not in text.split("\n", 2)[2], text


def test_two_questions_in_one_message_are_answered_in_turn() -> None:
    rng = np.random.default_rng(4901)
    n = 300
    df = pd.DataFrame(
        {
            "CRASH DATE": pd.date_range("2022-01-01", periods=n, freq="D").strftime("%m/%d/%Y"),
            "NUMBER OF PERSONS INJURED": rng.integers(0, 4, n),
            "NUMBER OF PERSONS KILLED": (rng.random(n) < 0.03).astype(int),
            "BOROUGH": rng.choice(["BROOKLYN", "QUEENS", "BRONX"], n),
        }
    )
    injured, killed = df["NUMBER OF PERSONS INJURED"].sum(), df["NUMBER OF PERSONS KILLED"].sum()
    _, text = _run(df, "how many people were injured in total, and how many killed?")
    first, second = text.split("\n\n")[0], text
    assert "NUMBER OF PERSONS INJURED" in first and _has(text, injured), text
    assert "NUMBER OF PERSONS KILLED" in second and f"**{killed}**" in text, text
    # a second part that points back at the first is read with it ("which borough ..., and how many?")
    _, text = _run(df, "which borough had the most crashes, and how many?")
    counts = df["BOROUGH"].value_counts()
    assert text.count("\n\n") < 8 and f"**{counts.index[0]}**" in text and _has(text, counts.iloc[0]), text


def test_the_most_of_a_name_column_or_a_kept_value_counts_rows() -> None:
    rng = np.random.default_rng(4902)
    n = 400
    df = pd.DataFrame(
        {
            "title": [f"Title {i}" for i in range(n)],
            "director": rng.choice(["Ann Lee", "Bo Diaz", "Cy Park", "Di Ng"], n, p=[0.4, 0.3, 0.2, 0.1]),
            "type": rng.choice(["Movie", "TV Show"], n),
            "duration": rng.integers(60, 180, n),
        }
    )
    # after a mean of the durations, "the most titles" counts rows, it does not rank the last measure
    _, text = _run(df, "average duration of movies", "which director has the most titles")
    counts = df["director"].value_counts()
    assert text.startswith("Highest count by director") and f"**{counts.index[0]}**" in text, text
    movies = df[df["type"] == "Movie"]["director"].value_counts()
    _, text = _run(df, "which director has the most movies?")
    assert "count" in text.splitlines()[0] and _has(text, movies.iloc[0]), text


def test_sales_of_a_price_and_quantity_table_is_the_money_but_a_sales_channel_is_a_label() -> None:
    rng = np.random.default_rng(4903)
    n = 500
    df = pd.DataFrame(
        {
            "Order ID": np.arange(n),
            "Quantity Ordered": rng.integers(1, 4, n),
            "Price Each": rng.choice([11.95, 99.99, 600.0], n),
            "Sales Channel": rng.choice(["Online", "Store"], n),
        }
    )
    money = (df["Quantity Ordered"] * df["Price Each"]).groupby(df["Sales Channel"]).sum()
    _, text = _run(df, "which channel had the best sales?")
    assert f"**{money.idxmax()}**" in text and _has(text, money.max()), text
    _, text = _run(df, "what share of orders come through each sales channel?")
    shares = df["Sales Channel"].value_counts(normalize=True)
    assert all(_has(text, 100 * s) or _has(text, s) for s in shares), text


def test_records_of_order_lines_are_counted_once_per_period_and_within_a_named_month() -> None:
    rng = np.random.default_rng(4904)
    orders = rng.integers(1, 400, 1500)
    day = pd.Timestamp("2023-01-01") + pd.to_timedelta(np.sort(orders) // 4, unit="D")
    df = pd.DataFrame(
        {"order_details_id": np.arange(1500), "order_id": np.sort(orders), "order_date": day, "price": 9.5}
    )
    per_month = df.groupby(df["order_date"].dt.to_period("M"))["order_id"].nunique()
    _, text = _run(df, "number of orders per month")
    assert text.startswith("Different order_id per month") and all(f"| {v} |" in text for v in per_month), text
    february = df.loc[df["order_date"].dt.month == 2, "order_id"].nunique()
    _, text = _run(df, "how many orders were placed in february")
    assert f"**{february}**" in text and "February" in text.splitlines()[0], text


def test_readings_of_sets_49_to_52() -> None:
    rng = np.random.default_rng(4905)
    n = 600
    df = pd.DataFrame(
        {
            "math score": rng.integers(0, 101, n),
            "reading score": rng.integers(10, 101, n),
            "writing score": rng.integers(10, 101, n),
            "hypertension": (rng.random(n) < 0.2).astype(int),
            "stroke": (rng.random(n) < 0.1).astype(int),
            "bmi": rng.normal(28, 5, n).round(1),
            "Ship Mode": rng.choice(["Standard Class", "Second Class", "First Class"], n),
            "Segment": rng.choice(["Consumer", "Corporate"], n),
            "HasCrCard": rng.integers(0, 2, n),
            "Exited": (rng.random(n) < 0.2).astype(int),
            "lat": rng.uniform(-50, 78, n).round(4),
            "city": [f"Town {i}" for i in range(n)],
            "cylindernumber": rng.choice(["four", "six", "eight"], n),
        }
    )
    _, text = _run(df, "what are the average math, reading and writing scores?")
    assert all(_has(text, df[c].mean()) for c in ("math score", "reading score", "writing score")), text
    scores = df[["math score", "reading score", "writing score"]].assign(
        lunch=rng.choice(["standard", "free/reduced"], n)
    )
    total = (scores["math score"] + scores["reading score"] + scores["writing score"]).groupby(scores["lunch"]).mean()
    _, text = _run(scores, "which lunch type has the highest average total score?")
    assert text.startswith("Mean of total score") and _has(text, total.max()), text
    _, text = _run(df, "how many students scored below 40 in math")
    assert f"**{(df['math score'] < 40).sum()} of" in text, text
    _, text = _run(df, "stroke rate for people with hypertension vs without")
    rates = df.groupby("hypertension")["stroke"].mean()
    assert all(_has(text, 100 * r) for r in rates), text
    _, text = _run(df, "what's the average bmi?", "and for stroke patients?")
    assert _has(text, df.loc[df["stroke"] == 1, "bmi"].mean()), text
    _, text = _run(df, "what % of orders were shipped standard class?")
    assert _has(text, 100 * (df["Ship Mode"] == "Standard Class").mean()), text
    _, text = _run(df, "what's the overall churn rate?")  # Exited, not the initials of HasCrCard
    assert "Exited" in text.splitlines()[0] and _has(text, 100 * df["Exited"].mean()), text
    _, text = _run(df, "which city is the furthest north?")
    assert f"**{df.loc[df['lat'].idxmax(), 'city']}**" in text, text
    _, text = _run(df, "whats the average number of cylinders")
    spoken = df["cylindernumber"].map({"four": 4, "six": 6, "eight": 8})
    assert _has(text, spoken.mean()), text


def test_a_flag_named_by_a_noun_of_its_verb_and_country_names_of_three_letter_codes() -> None:
    rng = np.random.default_rng(4906)
    n = 800
    df = pd.DataFrame(
        {
            "hotel": rng.choice(["City Hotel", "Resort Hotel"], n),
            "is_canceled": (rng.random(n) < 0.35).astype(int),
            "lead_time": rng.integers(0, 400, n),
            "country": rng.choice(["PRT", "GBR", "FRA", "ESP"], n),
            "previous_cancellations": rng.integers(0, 3, n),
            "reservation_status": rng.choice(["Check-Out", "Canceled", "No-Show"], n),
        }
    )
    _, text = _run(df, "what's the cancellation rate for each hotel?")
    rates = df.groupby("hotel")["is_canceled"].mean()
    assert "is_canceled" in text.splitlines()[0] and all(_has(text, 100 * r) for r in rates), text
    _, text = _run(df, "how many bookings came from portugal?")
    assert f"**{(df['country'] == 'PRT').sum()} of" in text, text
    _, text = _run(df, "is lead time correlated with cancelations?")
    assert "is_canceled" in text.splitlines()[0] and "where" not in text.splitlines()[0], text


def test_readings_of_set_53() -> None:
    rng = np.random.default_rng(5301)
    n = 900
    ages = rng.choice(["2 years", "1 year", "3 weeks", "5 months", "10 days", "4 years"], n)
    df = pd.DataFrame(
        {
            "Area": rng.choice(["Brazil", "France", "India", "Italy", "Japan"], n),
            "Item": rng.choice(["Potatoes", "Sweet potatoes", "Maize"], n),
            "hg/ha_yield": rng.integers(10_000, 300_000, n),
            "Age upon Outcome": ages,
            "airline_sentiment": rng.choice(["negative", "neutral", "positive"], n, p=[0.6, 0.25, 0.15]),
            "airline_sentiment_confidence": rng.uniform(0.3, 1, n).round(4),
            "negativereason_confidence": rng.uniform(0, 1, n).round(4),
        }
    )
    potatoes = df[df["Item"] == "Potatoes"]
    _, text = _run(df, "whats the average potato yield?")
    assert _has(text, potatoes["hg/ha_yield"].mean()), text
    top = df[df["Item"] == "Maize"].groupby("Area")["hg/ha_yield"].mean().nlargest(3)
    _, text = _run(df, "top 3 countries by avg maize yield")
    assert "Area" in text.splitlines()[0] and all(a in text for a in top.index), text
    years = (
        df["Age upon Outcome"]
        .str.extract(r"(\d+) (\w+)")
        .pipe(
            lambda p: (
                p[0].astype(float)
                * p[1].str.rstrip("s").map({"year": 1, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25})
            )
        )
    )
    _, text = _run(df, "how many animals were younger than 1 year at outcome?")
    assert f"**{int((years < 1).sum())} of" in text, text
    _, text = _run(df, "average sentiment confidence for negative vs positive tweets")
    means = df.groupby("airline_sentiment")["airline_sentiment_confidence"].mean()
    assert _has(text, means["negative"]) and _has(text, means["positive"]), text
    _, text = _run(df, "whats the breakdown of sentiment in %?")
    assert all(_has(text, 100 * s) for s in df["airline_sentiment"].value_counts(normalize=True)), text


def test_readings_of_set_51() -> None:
    rng = np.random.default_rng(5101)
    n = 800
    df = pd.DataFrame(
        {
            "Type 1": rng.choice(["Water", "Fire", "Grass", "Bug"], n, p=[0.4, 0.2, 0.2, 0.2]),
            "Type 2": rng.choice(["Flying", "", "Poison"], n),
            "Generation": rng.integers(1, 7, n),
            "Legendary": rng.random(n) < 0.08,
            "zipcode": rng.choice([98039, 98040, 98004, 98101], n),
            "price": rng.integers(200_000, 2_000_000, n),
            "yr_built": rng.integers(1900, 2015, n),
            "yr_renovated": np.where(rng.random(n) < 0.05, rng.integers(1950, 2015, n), 0),
        }
    )
    legendary = df[df["Legendary"]]["Generation"].value_counts()
    _, text = _run(df, "what percent are legendary, and which generation has the most legendaries?")
    assert _has(text, 100 * df["Legendary"].mean()) and f"**Generation {legendary.index[0]}**" in text, text
    _, text = _run(df, "which primary type has the most pokemon?")
    assert text.startswith("Highest count by Type 1"), text
    top = df.groupby("zipcode")["price"].mean().idxmax()
    _, text = _run(df, "top 3 zipcodes by average price")
    assert f"- {top}:" in text, text  # a zip code as written, no thousands comma
    _, text = _run(df, "what % of the houses have been renovated")
    assert _has(text, 100 * (df["yr_renovated"] > 0).mean()), text


def test_readings_of_set_52() -> None:
    rng = np.random.default_rng(5201)
    n = 900
    df = pd.DataFrame(
        {
            "Status": rng.choice(["Trip Completed", "Cancelled", "No Cars Available"], n),
            "brand_name": rng.choice(["samsung", "apple", "xiaomi"], n, p=[0.5, 0.3, 0.2]),
            "processor_brand": rng.choice(["snapdragon", "dimensity", "bionic"], n, p=[0.2, 0.3, 0.5]),
            "ORIGIN": rng.choice(["ORD", "ATL", "DEN"], n),
            "ARR_DELAY": rng.normal(5, 40, n).round(),
            "Vehicle Class": rng.choice(["SUV: Small", "SUV: Standard", "Compact", "Pickup truck: Small"], n),
        }
    )
    _, text = _run(df, "what % of requests were completed?")
    assert _has(text, 100 * (df["Status"] == "Trip Completed").mean()), text
    _, text = _run(df, "which brand has the most phones in the data?")
    assert f"**{df['brand_name'].value_counts().idxmax()}**" in text, text
    late = df[df["ARR_DELAY"] > 60]
    _, text = _run(df, "how many flights arrived more than an hour late")
    assert f"**{len(late)} of" in text, text
    _, text = _run(df, "how many flights arrived more than an hour late", "which origin airport had the most of those?")
    assert f"{late['ORIGIN'].value_counts().idxmax()}: **{late['ORIGIN'].value_counts().max()}**" in text, text
    _, text = _run(df, "what percentage of vehicles are SUVs")
    assert _has(text, 100 * df["Vehicle Class"].str.startswith("SUV").mean()), text


def test_decimal_commas_are_decimals_and_a_part_of_the_money_just_totalled() -> None:
    rng = np.random.default_rng(5102)
    n = 600
    price = rng.choice([0.9, 1.2, 1.3, 4.5], n)
    df = pd.DataFrame(
        {
            "article": rng.choice(["TRADITIONAL BAGUETTE", "CROISSANT", "COUPE"], n),
            "Quantity": rng.integers(1, 4, n).astype(float),
            "unit_price": [f"{p:.2f}".replace(".", ",") + " €" for p in price],
            "Rating Average": [f"{r:.2f}".replace(".", ",") for r in rng.uniform(5, 9, n)],
        }
    )
    rating = df["Rating Average"].str.replace(",", ".").astype(float)
    _, text = _run(df.copy(), "average rating average")
    assert _has(text, rating.mean()), text
    money = price * df["Quantity"]
    part = money[df["article"] == "TRADITIONAL BAGUETTE"].sum() / money.sum()
    _, text = _run(df.copy(), "what's the total revenue", "how much of that comes from the traditional baguette, in %?")
    assert _has(text, 100 * part), text


def test_numbered_labels_ordinary_rows_and_sizes_in_kilobytes_and_megabytes() -> None:
    rng = np.random.default_rng(5002)
    n = 700
    df = pd.DataFrame(
        {
            "District": rng.choice([1, 4, 11, 18, 25], n, p=[0.1, 0.2, 0.2, 0.4, 0.1]),
            "Holiday_Flag": (rng.random(n) < 0.1).astype(int),
            "Weekly_Sales": rng.normal(1e6, 1e5, n).round(2),
            "Size": rng.choice(
                ["Varies with device", "201k", "950k", "512k", "19M", "8.5M", "33M", "2.1M", "14M", "25M", "11M"], n
            ),
        }
    )
    _, text = _run(df, "which district has the most crimes?")
    assert f"**District {df['District'].value_counts().idxmax()}** has the highest number of rows" in text, text
    _, text = _run(df, "avg weekly sales in holiday weeks vs normal weeks")
    means = df.groupby("Holiday_Flag")["Weekly_Sales"].mean()
    assert _has(text, means[0]) and _has(text, means[1]), text
    sizes = (
        df["Size"].str.extract(r"([\d.]+)([kM])").pipe(lambda p: p[0].astype(float) * p[1].map({"k": 1 / 1024, "M": 1}))
    )
    _, text = _run(df, "avg app size in MB?")
    assert _has(text, sizes.mean()), text


def test_a_comparison_in_one_year_rows_left_out_by_name_and_the_maker_a_name_starts_with() -> None:
    rng = np.random.default_rng(5003)
    n = 600
    df = pd.DataFrame(
        {
            "AveragePrice": rng.uniform(0.8, 2.2, n).round(2),
            "Total Volume": rng.uniform(1e4, 1e6, n).round(),
            "type": rng.choice(["conventional", "organic"], n),
            "year": rng.choice([2015, 2016, 2017], n),
            "region": rng.choice(["TotalUS", "West", "California", "Albany"], n, p=[0.4, 0.2, 0.2, 0.2]),
            "CarName": rng.choice(["toyota corolla", "toyota camry", "audi 100 ls", "bmw x1", "audi a4"], n),
            "price": rng.integers(5000, 40000, n),
        }
    )
    _, text = _run(df, "average price of organic vs conventional", "what about just 2017?")
    kept = df[df["year"] == 2017].groupby("type")["AveragePrice"].mean()
    assert "2017" in text.splitlines()[0] and all(_has(text, v) for v in kept), text
    _, text = _run(df, "top 2 regions by total volume sold (leave out TotalUS)")
    top = df[df["region"] != "TotalUS"].groupby("region")["Total Volume"].sum().nlargest(2)
    assert "TotalUS" not in text.split("\n", 1)[1].replace("!= TotalUS", "") and all(r in text for r in top.index)
    makers = df["CarName"].str.split().str[0].value_counts()
    _, text = _run(df, "top 3 brands by number of cars")
    assert all(f"{m}: **{c}**" in text for m, c in makers.head(3).items()), text


def test_readings_of_set_51_quakes_and_books() -> None:
    rng = np.random.default_rng(5103)
    n = 700
    df = pd.DataFrame(
        {
            "mag": rng.uniform(0, 7.8, n).round(2),
            "magType": rng.choice(["ml", "md", "mww"], n),
            "net": rng.choice(["ak", "ci", "nc"], n, p=[0.5, 0.3, 0.2]),
            "place": [f"{i} km N of Town {i % 40}" for i in range(n)],
            "ratings_count": rng.integers(0, 5000, n),
            "average_rating": rng.uniform(2.5, 4.9, n).round(2),
        }
    )
    _, text = _run(df, "which network reported the most events?")
    assert f"**{df['net'].value_counts().idxmax()}**" in text, text
    _, text = _run(df, "what was the strongest one and where was it")
    assert df.loc[df["mag"].idxmax(), "place"] in text and _has(text, df["mag"].max()), text
    many = df[df["ratings_count"] > 1000]
    _, text = _run(df, "how many books have more than 1000 ratings?", "and whats their average rating")
    assert _has(text, len(many)) and _has(text, many["average_rating"].mean()), text


def test_people_counted_once_among_the_rows_a_filter_keeps() -> None:
    rng = np.random.default_rng(5104)
    n = 900
    ids = rng.integers(1, 300, n)
    df = pd.DataFrame(
        {
            "ID": ids,
            "Name": [f"Athlete {i}" for i in ids],
            "Year": rng.choice([2012, 2016], n),
            "Season": rng.choice(["Summer", "Winter"], n),
            "Medal": rng.choice(["Gold", "Silver", ""], n),
        }
    )
    kept = df[(df["Year"] == 2016) & (df["Season"] == "Summer")]
    _, text = _run(df, "how many athletes competed at the 2016 summer olympics?")
    assert f"**{kept['ID'].nunique()}** different ID" in text, text


def test_the_month_of_a_family_the_rows_word_starts() -> None:
    rng = np.random.default_rng(5204)
    n = 800
    months = ["January", "February", "March", "July", "August"]
    df = pd.DataFrame(
        {
            "arrival_date_year": rng.choice([2016, 2017], n),
            "arrival_date_month": rng.choice(months, n, p=[0.1, 0.1, 0.2, 0.25, 0.35]),
            "arrival_date_week_number": rng.integers(1, 53, n),
            "arrival_date_day_of_month": rng.integers(1, 29, n),
            "reservation_status_date": pd.date_range("2016-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
        }
    )
    _, text = _run(df, "which month gets the most arrivals")
    assert f"**{df['arrival_date_month'].value_counts().idxmax()}**" in text, text


def test_counts_per_year_of_a_year_column_with_odd_years_and_a_range_kept() -> None:
    rng = np.random.default_rng(5305)
    n = 800
    years = rng.choice([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021], n).astype(float)
    years[:3] = [0, -3000, -500]  # ancient games, as BoardGameGeek lists them
    df = pd.DataFrame({"Name": [f"Game {i}" for i in range(n)], "Year Published": years, "Min Players": 2})
    kept = df[(df["Year Published"] >= 2015) & (df["Year Published"] <= 2020)]["Year Published"].value_counts()
    _, text = _run(df, "how many games were published per year from 2015 to 2020")
    assert all(f"| {int(y)} | {c} |" in text for y, c in kept.items()), text


def test_the_most_of_a_word_only_dates_start_counts_rows_after_a_measure() -> None:
    rng = np.random.default_rng(4807)
    n = 500
    df = pd.DataFrame(
        {
            "CRASH DATE": pd.date_range("2022-01-01", periods=n, freq="D").strftime("%m/%d/%Y"),
            "CRASH TIME": [f"{h}:{m:02d}" for h, m in zip(rng.integers(0, 24, n), rng.integers(0, 60, n), strict=True)],
            "BOROUGH": rng.choice(["BROOKLYN", "QUEENS", "BRONX"], n, p=[0.5, 0.3, 0.2]),
            "NUMBER OF PERSONS KILLED": (rng.random(n) < 0.02).astype(int),
        }
    )
    _, text = _run(df, "how many people were killed in total?", "which borough has the most crashes?")
    assert f"**{df['BOROUGH'].value_counts().idxmax()}** has the highest number of rows" in text, text


def test_a_message_splits_only_into_separate_questions() -> None:
    from notebook_agent.agent.offline.parts import split

    assert split("how many people were injured in total, and how many killed?") == [
        "how many people were injured in total?",
        "and how many killed?",
    ]
    assert split("which city has the most stores? and what is the average rating in Paris?")[1].startswith("and what")
    for whole in (
        "which single drink has the most caffeine and how many mg",  # the winner's own figure
        "which borough had the most crashes, and how many?",  # points back at the first part
        "how many movies and how many tv shows are there",  # one question about two values
        "plot sales per month, which month was the busiest?",  # a chart and its reading
        "what about wind in texas, what share of TX generation was wind in 2022",  # a follow-up's own words
    ):
        assert split(whole) == [whole], whole


def test_yes_and_no_written_two_ways_count_as_one_answer_each() -> None:
    rng = np.random.default_rng(5311)
    n = 600
    df = pd.DataFrame(
        {
            "SalePrice": rng.integers(50_000, 900_000, n),
            "SoldAsVacant": rng.choice(["No", "Yes", "N", "Y"], n, p=[0.82, 0.1, 0.05, 0.03]),
        }
    )
    sold = int(df["SoldAsVacant"].isin(["Y", "Yes"]).sum())
    plan, text = _run(df, "how many properties were sold as vacant")
    assert f"**{sold} of {n}**" in text, text
    assert '.replace({"Y": "Yes", "N": "No"})' in plan.code, plan.code


def test_counts_kept_as_decimals_compare_two_numbered_groups() -> None:
    rng = np.random.default_rng(5312)
    n = 500
    beds = rng.choice([2.0, 3.0, 4.0, 5.0, np.nan], n)
    df = pd.DataFrame({"Bedrooms": beds, "SalePrice": rng.integers(100_000, 600_000, n)})
    _, text = _run(df, "compare avg sale price for 3 bedroom vs 4 bedroom homes")
    for beds_said in (3, 4):
        mean = df.loc[df["Bedrooms"] == beds_said, "SalePrice"].mean()
        assert f"mean {mean:,.1f}" in text, text


def test_a_label_in_digits_after_its_column_and_a_part_of_the_last_winner() -> None:
    rng = np.random.default_rng(5313)
    n = 800
    df = pd.DataFrame(
        {
            "License Number": [f"S{i:06d}" for i in range(n)],
            "Species": rng.choice(["Dog", "Cat", "Goat"], n, p=[0.6, 0.38, 0.02]),
            "ZIP Code": rng.choice(["98115", "98117", "98103", "98115-1234"], n, p=[0.4, 0.3, 0.28, 0.02]),
        }
    )
    cats = int(((df["ZIP Code"] == "98115") & (df["Species"] == "Cat")).sum())
    _, text = _run(df, "how many cats in zip code 98115")
    assert f"**{cats} of {n} rows**" in text, text
    _, text = _run(df, "which zip code has the most pets?", "how many of those are cats?")
    assert f"**{cats} of {n} rows**" in text, text


def test_per_year_is_it_going_up_is_a_new_question_after_a_filtered_count() -> None:
    rng = np.random.default_rng(5314)
    n = 600
    days = pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 4 * 365, n), unit="D")
    df = pd.DataFrame({"License Issue Date": days.strftime("%B %d %Y"), "Species": rng.choice(["Dog", "Cat"], n)})
    _, text = _run(df, "how many cats are registered?", "licenses issued per year - is it going up?")
    first = int((days.year == 2015).sum())
    assert f"| 2015 | {first} |" in text, text


def test_a_noun_for_what_a_vague_label_lists_and_one_thing_of_kinds_named_in_the_plural() -> None:
    rng = np.random.default_rng(5315)
    n = 400
    crops = pd.DataFrame(
        {
            "Area": rng.choice(["India", "Brazil", "Japan"], n),
            "Item": rng.choice(["Maize", "Potatoes", "Rice, paddy", "Wheat"], n),
            "hg/ha_yield": rng.integers(10_000, 300_000, n),
        }
    )
    best = crops.groupby("Item")["hg/ha_yield"].mean().idxmax()
    _, text = _run(crops, "which crop has the highest average yield?")
    assert f"Item **{best}**" in text, text
    games = pd.DataFrame(
        {
            "Name": [f"Game {i}" for i in range(n)],
            "Rating Average": rng.uniform(5, 9.5, n).round(2),
            "Domains": rng.choice(["Strategy Games", "Family Games", "Wargames", "Strategy Games, Thematic Games"], n),
        }
    )
    top = games.loc[games["Rating Average"].idxmax(), "Name"]
    _, text = _run(games, "which game has the highest rating average?")
    assert f"**{top}**" in text and "Domains" not in text.splitlines()[0], text


def test_trip_time_of_two_timestamps_and_a_day_said_keeps_every_time_of_it() -> None:
    rng = np.random.default_rng(5316)
    n = 500
    start = pd.Timestamp("2016-07-11") + pd.to_timedelta(rng.integers(0, 5 * 24 * 60, n), unit="min")
    took = rng.integers(20, 90, n)
    done = rng.random(n) < 0.6
    df = pd.DataFrame(
        {
            "Request id": range(n),
            "Status": np.where(done, "Trip Completed", "No Cars Available"),
            "Request timestamp": start.strftime("%d/%m/%Y %H:%M"),
            "Drop timestamp": np.where(
                done, (start + pd.to_timedelta(took, unit="min")).strftime("%d/%m/%Y %H:%M"), None
            ),
        }
    )
    _, text = _run(df, "avg trip time in minutes for completed trips")
    assert f"**{took[done].mean():.2f} minutes" in text, text
    day = start.normalize().value_counts().idxmax()
    _, text = _run(df, "which day had the most requests?", "and how many requests that day found no cars available")
    said = int(((start.normalize() == day) & ~done).sum())
    assert f"**{said} of {n} rows**" in text, text


def test_ranges_listed_in_the_question_group_the_rows() -> None:
    rng = np.random.default_rng(5317)
    n = 700
    df = pd.DataFrame({"Age": rng.integers(21, 81, n), "BMI": rng.normal(32, 6, n).round(1)})
    df["Diabetes"] = (rng.random(n) < 0.2 + df["Age"] / 200).astype(int)
    _, text = _run(df, "diabetes rate by age group (21-29, 30-39, 40-49, 50+)")
    old = df[df["Age"] >= 50]
    assert f"50+: **{100 * old['Diabetes'].mean():.2f}%** ({old['Diabetes'].sum()} of {len(old)})" in text, text
    _, text = _run(df, "diabetes rate by age band: 21-30, 31-40, 41-50 and over 50", "average bmi for each age band")
    young = df[df["Age"].between(21, 30)]
    assert f"| 21-30 | {young['BMI'].mean():.2f} |" in text, text


def test_minus_one_for_unknown_is_missing_everywhere_and_that_state_is_the_last_winner() -> None:
    rng = np.random.default_rng(5318)
    n = 900
    state = rng.choice(["Idaho", "Ohio", "Texas", "Utah"], n)
    mmr = np.where(state == "Idaho", rng.uniform(70, 95, n), rng.uniform(85, 100, n)).round(2)
    mmr = np.where(rng.random(n) < 0.2, -1, mmr)
    mmr = np.where(state == "Utah", -1, mmr)  # a state that reported nothing
    df = pd.DataFrame({"state": state, "name": [f"School {i}" for i in range(n)], "mmr": mmr})
    df["overall"] = df["mmr"]
    df["enroll"] = rng.integers(10, 500, n)
    known = df.loc[df["mmr"] != -1, "mmr"]
    _, text = _run(df, "what's the average MMR vaccination rate across schools?")
    assert f"**{known.mean():.2f}**" in text, text
    _, text = _run(
        df, "which state has the lowest average mmr rate", "how many schools does that state have in the data?"
    )
    assert f"**{int((state == 'Idaho').sum())} of {n} rows** match state = Idaho" in text, text


def test_a_column_called_number_is_no_count_of_rows_and_unique_people_by_name() -> None:
    rng = np.random.default_rng(5319)
    people = [f"Astronaut {i}" for i in range(120)]
    n = 300
    who = rng.choice(len(people), n)
    df = pd.DataFrame(
        {
            "id": range(1, n + 1),
            "number": who + 1,
            "name": [people[i] for i in who],
            "sex": np.where(who % 9 == 0, "female", "male"),
            "year_of_birth": 1930 + who % 50,
            "year_of_mission": rng.integers(1961, 2020, n),
            "mission_number": rng.integers(1, 6, n),
            "hours_mission": rng.uniform(1, 5000, n).round(2),
            "eva_hrs_mission": rng.uniform(0, 30, n).round(2),
        }
    )
    _, text = _run(df, "how many unique astronauts are in here?")
    assert f"**{df['name'].nunique()}** different name values" in text, text
    _, text = _run(df, "plot the number of missions per year. which year had the most?")
    busiest = df["year_of_mission"].value_counts()
    assert f"has the highest number of rows: {busiest.max()}" in text, text


def test_load_and_demand_name_a_power_in_megawatts() -> None:
    rng = np.random.default_rng(5320)
    n = 24 * 60
    df = pd.DataFrame(
        {
            "Datetime": pd.date_range("2017-10-01 01:00", periods=n, freq="h").strftime("%Y-%m-%d %H:%M:%S"),
            "AEP_MW": rng.normal(14000, 2000, n).round(0),
        }
    )
    _, text = _run(df, "average load by month")
    assert "AEP_MW" in text.splitlines()[0], text
    _, text = _run(df, "which hour of the day has the highest avg demand?")
    assert "AEP_MW" in text.splitlines()[0], text


def test_which_of_those_picks_among_the_last_top_list_and_rows_are_named_by_their_name() -> None:
    rng = np.random.default_rng(5321)
    n = 400
    df = pd.DataFrame(
        {
            "anime_id": rng.permutation(40_000)[:n],
            "name": [f"Show {i}" for i in range(n)],
            "members": rng.integers(100, 1_000_000, n),
            "rating": rng.uniform(5, 9.5, n).round(2),
        }
    )
    top = df.nlargest(5, "members")
    _, text = _run(df, "top 5 anime by members")
    assert f"- {top.iloc[0]['name']}:" in text, text
    _, text = _run(df, "top 5 anime by members", "which of those has the best rating?")
    assert f"**{top.loc[top['rating'].idxmax(), 'name']}**" in text, text


def test_a_count_share_of_the_total_column_a_percent_bound_on_a_fraction_and_units_named_after_the_bound() -> None:
    rng = np.random.default_rng(5322)
    n = 300
    total = rng.integers(500, 50_000, n).astype(float)
    women = (total * rng.uniform(0.1, 0.9, n)).round()
    df = pd.DataFrame(
        {
            "Major": [f"MAJOR {i}" for i in range(n)],
            "Major_category": rng.choice(["Engineering", "Arts", "Health"], n),
            "Total": total,
            "Men": total - women,
            "Women": women,
            "Unemployment_rate": rng.uniform(0, 0.18, n),
            "Units Sold": rng.integers(10, 1200, n),
            "Total Sales": rng.integers(100, 90_000, n),
        }
    )
    _, text = _run(df, "what share of recent grads are women overall?")
    assert f"**{100 * women.sum() / total.sum():.2f}%**" in text, text
    eng = df[df["Major_category"] == "Engineering"]
    _, text = _run(df, "what share of recent grads are women overall?", "and in engineering?")
    assert f"**{100 * eng['Women'].sum() / eng['Total'].sum():.2f}%**" in text, text
    _, text = _run(df, "how many majors have an unemployment rate above 10%")
    assert f"**{int((df['Unemployment_rate'] > 0.1).sum())} of {n}**" in text, text
    _, text = _run(df, "how many sales in engineering had more than 500 units sold")
    assert f"**{int((eng['Units Sold'] > 500).sum())} of {len(eng)}**" in text, text


def test_thousands_and_millions_of_a_count_percent_bounds_and_the_most_ratings() -> None:
    rng = np.random.default_rng(5323)
    n = 300
    enrolled = rng.choice([1.2e3, 5.3e3, 17e3, 320e3, 1.1e6, 3.2e6], n)
    written = [f"{v / 1e6:g}m" if v >= 1e6 else f"{v / 1e3:g}k" for v in enrolled]
    discount = rng.integers(0, 90, n)
    df = pd.DataFrame(
        {
            "course_title": [f"Course {i}" for i in range(n)],
            "course_students_enrolled": written,
            "discounted_price": [f"₹{p}" for p in rng.integers(99, 4000, n)],
            "discount_percentage": [f"{d}%" for d in discount],
            "rating": rng.uniform(3, 5, n).round(1),
            "rating_count": rng.integers(1, 900_000, n),
        }
    )
    _, text = _run(df, "how many students are enrolled in total?")
    assert f"**{enrolled.sum():,.0f}**" in text, text
    _, text = _run(df, "top 5 most popular courses by enrollment")
    assert "3,200,000" in text, text
    _, text = _run(df, "what share of products are discounted 50% or more?")
    assert f"**{int((discount >= 50).sum())} of {n}**" in text, text
    _, text = _run(df, "which course has the most ratings?")
    assert f"**{df.loc[df['rating_count'].idxmax(), 'course_title']}**" in text, text


def test_the_total_of_a_family_of_pay_columns_and_a_part_of_it() -> None:
    rng = np.random.default_rng(5324)
    n = 400
    base = rng.uniform(30_000, 150_000, n).round(2)
    overtime = rng.uniform(0, 40_000, n).round(2)
    other = rng.uniform(0, 9_000, n).round(2)
    df = pd.DataFrame(
        {
            "EmployeeName": [f"Person {i}" for i in range(n)],
            "BasePay": base,
            "OvertimePay": overtime,
            "OtherPay": other,
            "TotalPay": base + overtime + other,
            "Year": rng.choice([2013, 2014], n),
        }
    )
    y14 = df[df["Year"] == 2014]
    _, text = _run(df, "who was the highest paid employee in 2014?")
    assert f"**{y14.loc[y14['TotalPay'].idxmax(), 'EmployeeName']}**" in text, text
    _, text = _run(df, "what % of all the pay is overtime?")
    assert f"**{100 * overtime.sum() / df['TotalPay'].sum():.4g}%**" in text, text


def test_store_days_average_daily_sales_open_only_promo_against_not_and_spend_per_customer() -> None:
    rng = np.random.default_rng(5325)
    n = 900
    open_ = (rng.random(n) < 0.85).astype(int)
    promo = rng.integers(0, 2, n)
    customers = np.where(open_ == 1, rng.integers(200, 1200, n), 0)
    sales = np.where(open_ == 1, customers * rng.uniform(7, 12, n) + promo * 2000, 0).round()
    df = pd.DataFrame(
        {
            "Store": rng.integers(1, 6, n),
            "DayOfWeek": rng.integers(1, 8, n),
            "Date": pd.date_range("2014-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Sales": sales,
            "Customers": customers,
            "Open": open_,
            "Promo": promo,
        }
    )
    kept = df[df["Open"] == 1]
    _, text = _run(df, "whats the average daily sales when a store is open?")
    assert f"({len(kept)} rows; filter Open = 1" in text and "by Date" not in text.splitlines()[0], text
    _, text = _run(df, "compare avg sales on promo days vs non-promo days (open days only)")
    assert f"Promo 1: mean {kept.loc[kept['Promo'] == 1, 'Sales'].mean():,.1f}" in text, text
    _, text = _run(df, "so how much does a customer spend on average?")
    assert f"**{df['Sales'].sum() / df['Customers'].sum():.4g}**" in text, text


def test_runners_are_rows_apart_from_a_value_and_men_and_women_of_an_m_f_column() -> None:
    rng = np.random.default_rng(5326)
    n = 600
    sex = rng.choice(["M", "F"], n)
    minutes = np.where(sex == "M", rng.normal(225, 30, n), rng.normal(250, 30, n))
    df = pd.DataFrame(
        {
            "Name": [f"Runner {i}" for i in range(n)],
            "M/F": sex,
            "Country": rng.choice(["USA", "CAN", "GBR", "KEN"], n, p=[0.7, 0.15, 0.1, 0.05]),
            "Official Time": [f"{int(m // 60)}:{int(m % 60):02d}:{int(m * 60 % 60):02d}" for m in minutes],
        }
    )
    others = df.loc[df["Country"] != "USA", "Country"].value_counts()
    _, text = _run(df, "apart from the USA which country had the most runners?")
    assert f"**{others.idxmax()}** has the highest number of rows: {others.max()}" in text, text
    _, text = _run(df, "avg finish time men vs women", "and who was the fastest woman?")
    women = df[df["M/F"] == "F"]
    fastest = women.loc[pd.to_timedelta(women["Official Time"]).idxmin(), "Name"]
    assert f"**{fastest} (Name" in text, text


def test_labels_listed_as_python_writes_a_list() -> None:
    rng = np.random.default_rng(5327)
    tags = ["technology", "science", "culture", "design", "business", "health"]
    n = 300
    picked = [sorted(str(t) for t in rng.choice(tags, rng.integers(1, 4), replace=False)) for _ in range(n)]
    df = pd.DataFrame({"title": [f"Talk {i}" for i in range(n)], "tags": [str(p) for p in picked]})
    counts = pd.Series([t for p in picked for t in p]).value_counts()
    _, text = _run(df, "which tag shows up the most?")
    assert f"**{counts.idxmax()}** has the highest number of rows: {counts.max()}" in text, text
    _, text = _run(df, f"how many talks are tagged {counts.idxmin()}?")
    assert f"**{counts.min()} of {n}**" in text, text


def test_the_most_attacks_beside_a_type_of_attack_and_a_marked_year_and_a_row_named_by_its_title() -> None:
    rng = np.random.default_rng(5328)
    n = 700
    df = pd.DataFrame(
        {
            "eventid": np.arange(n) + 197_000_000_001,
            "iyear": rng.choice(np.arange(1990, 2018), n),
            "attacktype1_txt": rng.choice(["Bombing/Explosion", "Armed Assault", "Unarmed Assault"], n),
            "nkill": rng.integers(0, 20, n),
        }
    )
    years = df["iyear"].value_counts()
    _, text = _run(df, "which year had the most attacks?")
    assert f"**{years.idxmax()}** has the highest number of rows: {years.max()}" in text, text
    talks = pd.DataFrame(
        {
            "description": [f"A talk about idea number {i} and why it matters to you." for i in range(n)],
            "event": rng.choice(["TED2009", "TED Talks Live", "TED Talks Education", "TEDGlobal 2010"], n),
            "name": [f"Speaker {i}: Title {i}" for i in range(n)],
            "views": rng.integers(1_000, 5_000_000, n),
        }
    )
    _, text = _run(talks, "which talk has the most views?")
    assert f"**{talks.loc[talks['views'].idxmax(), 'name']}**" in text, text


def test_rows_named_by_a_plural_a_second_figure_after_the_question_and_the_same_years_again() -> None:
    rng = np.random.default_rng(5329)
    n = 500
    df = pd.DataFrame(
        {
            "VIOLATION CODE": rng.choice(["04H", "10F", "08A"], n),
            "VIOLATION DESCRIPTION": rng.choice(["Food not protected", "Surfaces not clean", "Pests"], n),
            "CRITICAL FLAG": rng.choice(["Critical", "Not Critical"], n, p=[0.56, 0.44]),
            "YearBuilt": rng.integers(1900, 2010, n),
            "YrSold": rng.integers(2006, 2011, n),
            "SalePrice": rng.integers(50_000, 500_000, n),
        }
    )
    _, text = _run(df, "what percent of violations are critical?")
    assert f"**{int((df['CRITICAL FLAG'] == 'Critical').sum())} of {n}**" in text, text
    _, text = _run(df, "what's the average sale price? and the median")
    assert f"**{df['SalePrice'].median():,.0f}**" in text and f"**{df['SalePrice'].mean():,.0f}**" in text, text
    _, text = _run(df, "how many houses were sold each year?", "and the median price each year?")
    assert "by YrSold" in text.splitlines()[0], text


def test_a_table_of_name_counts_per_state_and_year() -> None:
    rng = np.random.default_rng(5330)
    rows = [
        (name, year, sex, state, int(rng.integers(5, 3000)))
        for name, sex in (("Jennifer", "F"), ("Ashley", "F"), ("Noah", "M"), ("Michael", "M"))
        for year in range(1975, 2015)
        for state in ("CA", "TX", "NY", "MI")
        if rng.random() < 0.9
    ]
    df = pd.DataFrame(rows, columns=["Name", "Year", "Gender", "State", "Count"])
    df.insert(0, "Id", range(1, len(df) + 1))
    girls = df.loc[df["Gender"] == "F", "Count"].sum() / df["Count"].sum()
    _, text = _run(df, "what share of all the babies in here are girls?")
    assert f"**{100 * girls:.2f}%**" in text, text
    eighties = df[df["Year"].between(1980, 1989)]
    _, text = _run(df, "total count for Jennifer vs Ashley in the 1980s")
    assert f"- Name Ashley: {eighties.loc[eighties['Name'] == 'Ashley', 'Count'].sum():,}" in text, text
    noah = df[(df["Name"] == "Noah") & (df["Year"] == 2014)]
    _, text = _run(
        df, "how many baby boys were named Noah in 2014, all states combined?", "which state had the most of them?"
    )
    best = noah.groupby("State")["Count"].sum()
    assert f"State **{best.idxmax()}** with {best.max():,}" in text, text


def test_hourly_bike_rentals_the_total_and_its_two_parts() -> None:
    rng = np.random.default_rng(5331)
    n = 24 * 60
    casual = rng.integers(0, 80, n)
    registered = rng.integers(0, 400, n)
    df = pd.DataFrame(
        {
            "instant": range(1, n + 1),
            "dteday": pd.date_range("2011-01-01", periods=n, freq="h").strftime("%Y-%m-%d"),
            "yr": 0,
            "mnth": pd.date_range("2011-01-01", periods=n, freq="h").month,
            "hr": np.tile(np.arange(24), n // 24),
            "temp": rng.uniform(0, 1, n).round(2),
            "casual": casual,
            "registered": registered,
            "cnt": casual + registered,
        }
    )
    _, text = _run(df, "average number of rentals per hour?")  # each row is one hour: the average row
    assert f"The average cnt is **{df['cnt'].mean():.4g}**" in text, text
    _, text = _run(df, "average rentals for each hour of the day")  # per clock hour, and over all rows
    assert f"Over all {n} rows together: {df['cnt'].mean():.4g}." in text, text
    _, text = _run(df, "what % of rentals are from casual users")
    assert f"**{100 * casual.sum() / df['cnt'].sum():.4g}%**" in text, text


def test_a_rate_per_100k_the_worst_year_of_suicides_and_the_gdp_not_per_capita() -> None:
    rng = np.random.default_rng(5332)
    n = 800
    df = pd.DataFrame(
        {
            "country": rng.choice(["Lithuania", "Japan", "Brazil"], n),
            "year": rng.integers(1990, 2016, n),
            "sex": rng.choice(["male", "female"], n),
            "suicides_no": rng.integers(0, 5000, n),
            "population": rng.integers(10_000, 5_000_000, n),
            "suicides/100k pop": rng.uniform(0, 60, n).round(2),
            "gdp_for_year ($)": rng.integers(10**9, 10**12, n),
            "gdp_per_capita ($)": rng.integers(500, 80_000, n),
        }
    )
    rates = df.groupby("country")["suicides/100k pop"].mean()
    _, text = _run(df, "which country has the highest suicide rate?")
    assert f"country **{rates.idxmax()}**" in text, text
    worst = df.groupby("year")["suicides_no"].sum()
    _, text = _run(df, "plot total suicides per year - which year was the worst?")
    assert f"**{worst.idxmax()}** has the highest total suicides_no" in text, text
    _, text = _run(df, "what is the average gdp?")
    assert "gdp_for_year ($)" in text.splitlines()[0], text


def test_no_shows_said_as_not_showing_up_and_a_reminder_against_their_rate() -> None:
    rng = np.random.default_rng(5333)
    n = 900
    sms = rng.integers(0, 2, n)
    missed = rng.random(n) < np.where(sms == 1, 0.23, 0.16)
    df = pd.DataFrame(
        {
            "PatientId": rng.integers(10**12, 10**13, n).astype(float),
            "Gender": rng.choice(["F", "M"], n),
            "Age": rng.integers(0, 90, n),
            "SMS_received": sms,
            "No-show": np.where(missed, "Yes", "No"),
        }
    )
    _, text = _run(df, "what % of patients didn't show up?")
    assert f"**{int(missed.sum())} of {n}**" in text, text
    _, text = _run(df, "does getting an sms reminder lower the no show rate?")
    with_sms = missed[sms == 1]
    assert f"SMS_received 1: **{100 * with_sms.mean():.4g}%**" in text, text


def test_bike_trips_counted_per_month_and_the_station_they_start_from() -> None:
    rng = np.random.default_rng(5334)
    n = 900
    stations = ["Pershing Square North", "E 17 St & Broadway", "W 21 St & 6 Ave"]
    start = rng.choice(3, n, p=[0.5, 0.3, 0.2])
    starts = pd.Timestamp("2017-01-01") + pd.to_timedelta(rng.integers(0, 365 * 24 * 60, n), unit="min")
    df = pd.DataFrame(
        {
            "tripduration": rng.integers(60, 5000, n),
            "starttime": starts.strftime("%Y-%m-%d %H:%M:%S"),
            "start station id": np.array([72, 519, 435])[start],
            "start station name": np.array(stations)[start],
            "start station latitude": np.array([40.75, 40.73, 40.74])[start],
            "start station longitude": np.array([-73.97, -73.99, -73.99])[start],
            "usertype": rng.choice(["Subscriber", "Customer"], n),
        }
    )
    _, text = _run(df, "which station do the most trips start from?")
    assert "**Pershing Square North** has the highest number of rows" in text, text
    months = starts.to_period("M").value_counts()
    _, text = _run(df, "trips per month - which month was the busiest?")
    assert f"has the highest number of rows: {months.max()} (starttime (month)" in text, text


def test_ages_from_a_year_of_birth_at_the_rows_event() -> None:
    rng = np.random.default_rng(5335)
    n = 700
    starts = pd.Timestamp("2017-01-01") + pd.to_timedelta(rng.integers(0, 365 * 24 * 60, n), unit="min")
    born = rng.integers(1940, 2000, n).astype(float)
    born[rng.random(n) < 0.1] = np.nan
    gender = rng.integers(0, 3, n)
    df = pd.DataFrame(
        {
            "starttime": starts.strftime("%Y-%m-%d %H:%M:%S"),
            "stoptime": (starts + pd.Timedelta(minutes=20)).strftime("%Y-%m-%d %H:%M:%S"),
            "birth year": born,
            "gender": gender,
        }
    )
    age = 2017 - born
    _, text = _run(df, "how old are the riders on average")
    assert f"**{np.nanmean(age):.4g}**" in text, text
    _, text = _run(df, "how old are the riders on average", "and by gender?")
    assert f"| 1 | {np.nanmean(age[gender == 1]):.4g} |" in text, text


def test_the_highest_attrition_is_a_rate_and_a_share_of_those_counted_first() -> None:
    rng = np.random.default_rng(5336)
    n = 900
    role = rng.choice(["Sales Representative", "Research Scientist", "Manager"], n, p=[0.1, 0.6, 0.3])
    overtime = rng.choice(["Yes", "No"], n, p=[0.3, 0.7])
    left = rng.random(n) < np.where(role == "Sales Representative", 0.5, 0.15) + (overtime == "Yes") * 0.1
    df = pd.DataFrame({"JobRole": role, "OverTime": overtime, "Attrition": np.where(left, "Yes", "No")})
    _, text = _run(df, "which job role has the highest attrition?")
    rates = df.groupby("JobRole")["Attrition"].apply(lambda s: (s == "Yes").mean())
    assert text.index(rates.idxmax()) < text.index(rates.idxmin()), text
    _, text = _run(df, "how many employees work overtime, and what % of them left?")
    ot = df[df["OverTime"] == "Yes"]
    assert f"Of those {len(ot)}, **{int((ot['Attrition'] == 'Yes').sum())}** have Attrition = Yes" in text, text


def test_rows_with_no_customer_id_as_the_second_of_two_questions() -> None:
    rng = np.random.default_rng(5337)
    n = 600
    ids = rng.integers(12_000, 12_150, n).astype(float)
    ids[rng.random(n) < 0.2] = np.nan
    df = pd.DataFrame({"Invoice": rng.integers(489_000, 490_000, n), "Customer ID": ids, "Price": rng.uniform(1, 9, n)})
    _, text = _run(df, "how many unique customers are there? and what % of rows have no customer id")
    missing = int(np.isnan(ids).sum())
    assert f"**{pd.Series(ids).nunique()}** different Customer ID values" in text, text
    assert f"**{missing}** rows have no Customer ID value" in text, text


def test_the_most_after_the_first_leaves_it_out() -> None:
    rng = np.random.default_rng(5338)
    n = 600
    df = pd.DataFrame(
        {
            "Country": rng.choice(["United Kingdom", "EIRE", "Germany", "France"], n, p=[0.8, 0.1, 0.06, 0.04]),
            "Quantity": rng.integers(1, 30, n),
            "Price": rng.uniform(0.5, 9, n).round(2),
        }
    )
    spend = (df["Quantity"] * df["Price"]).groupby(df["Country"]).sum().drop("United Kingdom")
    _, text = _run(df, "which country spends the most after the UK?")
    assert f"Country **{spend.idxmax()}**" in text, text


def test_a_show_said_without_its_article_its_top_episodes_and_its_best_season() -> None:
    rng = np.random.default_rng(5339)
    rows = [
        (show, season, episode, f"{show[:3]} S{season}E{episode}")
        for show in ("The Office", "Parks and Recreation")
        for season in range(1, 6)
        for episode in range(1, 21)
    ]
    df = pd.DataFrame(rows, columns=["show", "season", "episode", "title"])
    df["imdb_rating"] = rng.uniform(6.5, 9.8, len(df)).round(1)
    office = df[df["show"] == "The Office"]
    _, text = _run(df, "top 3 office episodes by rating")
    assert "filter show = The Office" in text and office.nlargest(1, "imdb_rating")["title"].iloc[0] in text, text
    best = office.groupby("season")["imdb_rating"].mean().idxmax()
    _, text = _run(df, "which season of the office has the highest avg imdb rating?")
    assert f"**season {best}**" in text, text


def test_the_files_own_noun_is_the_rows_not_a_value_or_an_unknown_column() -> None:
    rng = np.random.default_rng(5901)
    n = 500
    df = pd.DataFrame(
        {
            "name": [f"Flyer {i}" for i in range(n)],
            "sex": rng.choice(["male", "female"], n, p=[0.85, 0.15]),
            "year_of_birth": rng.integers(1930, 1985, n),
            "nationality": rng.choice(["U.S.", "U.S.S.R/Russia", "Japan", "Italy"], n, p=[0.6, 0.3, 0.05, 0.05]),
            "selection": rng.choice(["NASA Astronaut Group 9", "NASA Astronaut Group 12", "TsPK-6", "ESA"], n),
            "year_of_selection": rng.integers(1960, 2000, n),
            "year_of_mission": rng.integers(1961, 2020, n),
            "hours_mission": rng.uniform(10, 5000, n).round(1),
        }
    )
    age = df["year_of_mission"] - df["year_of_birth"]
    _, text = _run(df, "whats the average age of an astronaut at the time of their mission?", file="astronauts.csv")
    assert _has(text, age.mean()) and "selection" not in text, text
    _, text = _run(
        df,
        "whats the average age of an astronaut at the time of their mission?",
        "and for women?",
        file="astronauts.csv",
    )
    assert _has(text, age[df["sex"] == "female"].mean()), text
    _, text = _run(df, "top 3 countries by number of astronauts", file="astronauts.csv")
    top = df["nationality"].value_counts()
    assert "nationality" in text and f"**{top.iloc[0]}**" in text, text


def test_rows_with_more_of_one_measure_getting_more_of_another_is_their_correlation() -> None:
    rng = np.random.default_rng(5902)
    n = 300
    votes = rng.integers(900, 9000, n)
    df = pd.DataFrame(
        {
            "season": rng.integers(1, 9, n),
            "episode": rng.integers(1, 25, n),
            "total_votes": votes,
            "imdb_rating": (6.5 + votes / 3000 + rng.normal(0, 0.4, n)).round(1),
        }
    )
    _, text = _run(df, "do episodes with more votes get higher ratings")
    r = df["total_votes"].corr(df["imdb_rating"])
    assert "total_votes and imdb_rating" in text and _has(text, r), text


def test_a_ledgers_description_names_its_products() -> None:
    rng = np.random.default_rng(5903)
    n = 800
    names = [
        "WHITE HANGING HEART T-LIGHT HOLDER",
        "JUMBO BAG RED RETROSPOT",
        "REGENCY CAKESTAND 3 TIER",
        "PARTY BUNTING",
    ]
    df = pd.DataFrame(
        {
            "Invoice": rng.integers(489_000, 490_000, n).astype(str),
            "StockCode": rng.choice(["85123A", "85099B", "22423", "47566"], n),
            "Description": rng.choice(names, n),
            "Quantity": rng.integers(1, 48, n),
            "Price": rng.uniform(0.5, 12, n).round(2),
            "Country": rng.choice(["United Kingdom", "EIRE", "France"], n),
        }
    )
    sold = df.groupby("Description")["Quantity"].sum().sort_values(ascending=False)
    _, text = _run(df, "top 3 products by quantity sold")
    assert f"{sold.index[0]}: " in text and _has(text, sold.iloc[0]) and sold.index[3] not in text, text


def test_columns_split_by_period_are_read_by_the_period_said_and_again_for_the_other() -> None:
    rng = np.random.default_rng(5904)
    n = 60
    df = pd.DataFrame(
        {"airline": [f"Air {i}" for i in range(n)], "avail_seat_km_per_week": rng.integers(10**8, 10**9, n)}
    )
    for period in ("85_99", "00_14"):
        df[f"incidents_{period}"] = rng.integers(0, 20, n)
        df[f"fatal_accidents_{period}"] = rng.choice([0, 0, 0, 1, 2, 3], n)
        df[f"fatalities_{period}"] = np.where(df[f"fatal_accidents_{period}"] > 0, rng.integers(1, 500, n), 0)
    _, text = _run(df, "which airline had the most fatalities in 2000-2014?")
    assert f"**{df.loc[df['fatalities_00_14'].idxmax(), 'airline']}**" in text, text
    _, text = _run(df, "total fatal accidents 85-99 vs 00-14")
    assert f"**{df['fatal_accidents_85_99'].sum()}**" in text and f"**{df['fatal_accidents_00_14'].sum()}**" in text
    zero = int((df["fatal_accidents_85_99"] == 0).sum())
    _, text = _run(df, "how many airlines had no fatal accidents from 2000 to 2014", "and in 85-99?")
    assert f"**{zero} of {n}**" in text, text


def test_long_column_names_are_kept_whole_and_the_word_only_one_holds_picks_among_them() -> None:
    rng = np.random.default_rng(5905)
    n = 51
    speeding = "Percentage Of Drivers Involved In Fatal Collisions Who Were Speeding"
    df = pd.DataFrame(
        {
            "State": [f"State {i}" for i in range(n)],
            "Number of drivers involved in fatal collisions per billion miles": rng.uniform(6, 24, n).round(1),
            speeding: rng.integers(10, 55, n),
            "Car Insurance Premiums ($)": rng.uniform(600, 1300, n).round(2),
            "Losses incurred by insurance companies for collisions per insured driver ($)": rng.uniform(80, 200, n),
        }
    )
    _, text = _run(df, "whats the average percentage of drivers in fatal crashes who were speeding")
    assert _has(text, df[speeding].mean()) and speeding in text, text


def test_a_tornado_table_by_its_codes_its_grades_and_its_deadly_rows() -> None:
    rng = np.random.default_rng(5906)
    n = 900
    df = pd.DataFrame(
        {
            "om": np.arange(n),
            "yr": rng.integers(1990, 2020, n),
            "mo": rng.integers(1, 13, n),
            "dy": rng.integers(1, 29, n),
            "st": rng.choice(["TX", "KS", "OK", "FL"], n, p=[0.4, 0.3, 0.2, 0.1]),
            "mag": rng.choice([0, 1, 2, 3, 4, 5], n, p=[0.4, 0.3, 0.15, 0.1, 0.04, 0.01]),
            "inj": rng.poisson(0.5, n),
            "fat": rng.choice([0, 0, 0, 0, 0, 0, 0, 0, 1, 3], n),
            "len": rng.uniform(0.1, 40, n).round(2),
        }
    )
    _, text = _run(df, "how many were EF3 or stronger?")
    assert f"**{int((df['mag'] >= 3).sum())} of {n}**" in text, text
    _, text = _run(df, "what percent of tornadoes killed at least one person", file="tornados.csv")
    assert _has(text, 100 * (df["fat"] >= 1).mean()), text
    _, text = _run(df, "what state gets the most tornadoes", file="tornados.csv")
    assert "**TX**" in text, text


def test_a_winning_code_is_asked_about_again_by_its_column_and_number() -> None:
    rng = np.random.default_rng(5907)
    n = 1200
    df = pd.DataFrame(
        {
            "date": pd.date_range("2015-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "store_nbr": rng.integers(1, 30, n),
            "sales": rng.gamma(2, 300, n).round(2),
            "onpromotion": rng.choice([0, 0, 0, 1, 4, 12], n),
        }
    )
    top = df.groupby("store_nbr")["sales"].sum().idxmax()
    _, text = _run(df, "which store sold the most overall?", "and how much did that store sell in 2016")
    mine = df[(df["store_nbr"] == top) & (df["date"].str[:4] == "2016")]["sales"].sum()
    assert _has(text, mine), text
    _, text = _run(df, "what % of rows have at least one item on promotion")
    assert _has(text, 100 * (df["onpromotion"] >= 1).mean()), text


def test_a_day_named_in_a_label_a_value_written_as_one_word_and_a_value_set_against_another() -> None:
    rng = np.random.default_rng(5908)
    n = 517
    df = pd.DataFrame(
        {
            "month": rng.choice(["mar", "aug", "sep"], n),
            "day": rng.choice(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], n),
            "area": np.where(rng.random(n) < 0.5, 0, rng.gamma(1, 20, n)).round(2),
            "test": rng.choice(["ok", "notalk", "nowomen", "men"], n),
            "contact": rng.choice(["Contact Owner", "Contact Agent"], n, p=[0.65, 0.35]),
        }
    )
    _, text = _run(df, "how many fires happened on a weekend?")
    assert f"**{int(df['day'].isin(['sat', 'sun']).sum())} of {n}" in text, text
    _, text = _run(df, "what % of fires have a burned area of 0?")
    assert _has(text, 100 * (df["area"] == 0).mean()), text
    _, text = _run(df, "how many movies have no women in them at all?")
    assert f"**{int((df['test'] == 'nowomen').sum())} of {n}" in text, text
    _, text = _run(df, "what share are posted by owners rather than agents?")
    assert _has(text, 100 * (df["contact"] == "Contact Owner").mean()), text
    _, text = _run(df, "whats the biggest fire in the data and in which month was it")
    assert _has(text, df["area"].max()) and df.loc[df["area"].idxmax(), "month"] in text, text


def test_a_rate_by_decade_of_a_year_column() -> None:
    rng = np.random.default_rng(5909)
    n = 800
    df = pd.DataFrame({"year": rng.integers(1970, 2014, n), "binary": rng.choice(["PASS", "FAIL"], n)})
    decade = df["year"] // 10 * 10
    rate = (df["binary"] == "PASS").groupby(decade).mean()
    _, text = _run(df, "pass rate by decade, is it getting better over time?")
    assert all(_has(text, 100 * r) for r in rate), text


def test_the_most_reviews_in_a_reviews_file_counts_rows_per_code_and_its_rating_follows() -> None:
    rng = np.random.default_rng(5910)
    n = 1500
    df = pd.DataFrame(
        {
            "Clothing ID": rng.choice([1078, 862, 1094, 1081, 829], n, p=[0.3, 0.25, 0.2, 0.15, 0.1]),
            "Age": rng.integers(18, 80, n),
            "Review Text": [f"Review number {i} about fit and fabric." for i in range(n)],
            "Rating": rng.integers(1, 6, n),
        }
    )
    top = df["Clothing ID"].value_counts().idxmax()
    _, text = _run(df, "which clothing id has the most reviews", file="womens_clothing_reviews.csv")
    assert f"**{top}**" in text and "Review Text" not in text, text
    _, text = _run(
        df, "which clothing id has the most reviews", "whats its average rating?", file="womens_clothing_reviews.csv"
    )
    assert _has(text, df.loc[df["Clothing ID"] == top, "Rating"].mean()), text


def test_a_plastics_audit_with_its_grand_total_rows_and_resin_codes() -> None:
    rng = np.random.default_rng(6001)
    rows = []
    for country in ("Nigeria", "Philippines", "Chile", "India"):
        for year in (2019, 2020):
            parts = []
            for company in ("The Coca-Cola Company", "PepsiCo", "Nestle", "Unbranded"):
                counts = rng.integers(0, 400, 6)
                parts.append(counts)
                rows.append((country, year, company, *counts, int(counts.sum()), int(rng.integers(5, 90))))
            total = np.sum(parts, axis=0)
            rows.append((country, year, "Grand Total", *total, int(total.sum()), int(rng.integers(20, 300))))
    df = pd.DataFrame(
        rows,
        columns=[
            "country",
            "year",
            "parent_company",
            "hdpe",
            "ldpe",
            "pet",
            "pp",
            "ps",
            "pvc",
            "grand_total",
            "volunteers",
        ],
    )
    parts = df[df["parent_company"] != "Grand Total"]
    _, text = _run(df, "how many pieces of plastic were counted in total in 2020?")
    assert _has(text, parts.loc[parts["year"] == 2020, "grand_total"].sum()), text
    _, text = _run(df, "which company's plastic was found the most? not counting unbranded")
    best = parts[parts["parent_company"] != "Unbranded"].groupby("parent_company")["grand_total"].sum().idxmax()
    assert f"**{best}**" in text, text
    _, text = _run(df, "across both years what share of the plastic was PET")
    assert _has(text, 100 * parts["pet"].sum() / parts["grand_total"].sum()), text
    _, text = _run(df, "how many countries took part in 2020?")
    assert "**4**" in text, text


def test_health_rows_by_bmi_age_in_days_and_one_pressure_against_the_other() -> None:
    rng = np.random.default_rng(6002)
    n = 800
    df = pd.DataFrame(
        {
            "age": rng.integers(30 * 365, 65 * 365, n),
            "height": rng.integers(150, 195, n),
            "weight": rng.uniform(50, 120, n).round(1),
            "ap_hi": rng.integers(100, 180, n),
            "ap_lo": rng.integers(60, 110, n),
            "cardio": rng.integers(0, 2, n),
        }
    )
    df.loc[:20, "ap_lo"] = 200
    bmi = df["weight"] / (df["height"] / 100) ** 2
    _, text = _run(df, "avg BMI for people with vs without cardio")
    assert _has(text, bmi[df["cardio"] == 1].mean()) and _has(text, bmi[df["cardio"] == 0].mean()), text
    _, text = _run(df, "whats the average age of the patients in years? the age column looks like its in days")
    assert _has(text, (df["age"] / 365.25).mean()), text
    _, text = _run(df, "how many rows have ap_lo higher than ap_hi")
    assert f"**{int((df['ap_lo'] > df['ap_hi']).sum())} of {n} rows**" in text, text


def test_winners_marked_true_a_year_in_a_measures_name_and_values_written_as_initials() -> None:
    rng = np.random.default_rng(6003)
    n = 600
    df = pd.DataFrame(
        {
            "year": rng.integers(2004, 2023, n),
            "total_points": rng.integers(0, 500, n),
            "winner": rng.random(n) < 0.05,
            "drive-wheels": rng.choice(["fwd", "rwd", "4wd"], n),
            "Department": rng.choice(["POL", "FRS", "DOT"], n),
            "2016 Overtime Pay": rng.uniform(0, 9000, n).round(2),
            "Date First Hired": pd.date_range("1990-01-01", periods=n, freq="17D").strftime("%m/%d/%Y"),
        }
    )
    won = df[df["winner"] & (df["year"] >= 2016)]
    _, text = _run(df, "avg points of the winning songs since 2016?")
    assert _has(text, won["total_points"].mean()), text
    _, text = _run(df, "what percent of the cars are front wheel drive?")
    assert _has(text, 100 * (df["drive-wheels"] == "fwd").mean()), text
    _, text = _run(df, "how much overtime was paid in total in 2016?", "which department got the most of it?")
    totals = df.groupby("Department")["2016 Overtime Pay"].sum()
    assert f"**{totals.idxmax()}**" in text and _has(text, totals.max()), text


def test_game_results_kept_as_letters_a_franchises_wins_and_its_win_rate() -> None:
    rng = np.random.default_rng(6101)
    n = 1200
    df = pd.DataFrame(
        {
            "gameorder": np.repeat(np.arange(n // 2), 2),
            "seasongame": rng.integers(1, 82, n),
            "fran_id": rng.choice(["Lakers", "Celtics", "Knicks", "Bulls"], n, p=[0.3, 0.3, 0.2, 0.2]),
            "pts": rng.integers(70, 130, n),
            "win_equiv": rng.uniform(20, 60, n),
            "game_location": rng.choice(["H", "A"], n),
            "game_result": rng.choice(["W", "L"], n),
        }
    )
    wins = df[df["game_result"] == "W"]["fran_id"].value_counts()
    _, text = _run(df, "which franchise has won the most games in this data?", file="nba_elo_games.csv")
    assert f"**{wins.idxmax()}**" in text, text
    top = df[df["fran_id"] == wins.idxmax()]
    _, text = _run(
        df,
        "which franchise has won the most games in this data?",
        "whats their win percentage?",
        file="nba_elo_games.csv",
    )
    assert _has(text, 100 * (top["game_result"] == "W").mean()), text
    home = df[df["game_location"] == "H"]
    _, text = _run(df, "how often does the home team win")
    assert _has(text, 100 * (home["game_result"] == "W").mean()), text


def test_hourly_readings_by_year_two_questions_at_once_and_a_yes_no_written_several_ways() -> None:
    rng = np.random.default_rng(6102)
    n = 2000
    pm = rng.gamma(2, 50, n).round()
    pm[rng.random(n) < 0.05] = np.nan
    df = pd.DataFrame(
        {
            "year": rng.integers(2010, 2015, n),
            "month": rng.integers(1, 13, n),
            "hour": rng.integers(0, 24, n),
            "pm2.5": pm,
            "Fatal (Y/N)": rng.choice(["Y", "N", "N", "N", "y", " N", "UNKNOWN"], n),
            "Activity": rng.choice(["Surfing", "Swimming", "Fishing"], n),
        }
    )
    _, text = _run(df, "yearly average pm2.5 - is the air getting better?")
    assert all(_has(text, v) for v in df.groupby("year")["pm2.5"].mean()), text
    _, text = _run(df, "whats the average pm2.5 in this file? and how many hours have no reading")
    assert _has(text, np.nanmean(pm)) and f"**{int(np.isnan(pm).sum())}**" in text, text
    _, text = _run(df, "what percentage of attacks were fatal?")
    assert "Fatal (Y/N) = Y" in text, text
    _, text = _run(df, "top 2 activities people were doing when they got attacked")
    assert "Top 2 Activity by number of rows" in text and "year" not in text.lower(), text


def test_weather_rows_rain_as_an_amount_or_a_yes_no_and_a_reading_at_3pm() -> None:
    rng = np.random.default_rng(6201)
    n = 1200
    rain = np.where(rng.random(n) < 0.35, rng.gamma(1, 8, n), 0).round(1)
    df = pd.DataFrame(
        {
            "Date": pd.date_range("2014-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Location": rng.choice(["Albury", "Sydney", "Darwin"], n),
            "MinTemp": rng.uniform(5, 25, n).round(1),
            "MaxTemp": rng.uniform(15, 42, n).round(1),
            "Rainfall": rain,
            "Humidity9am": rng.integers(30, 100, n),
            "Humidity3pm": rng.integers(10, 100, n),
            "Sunshine": rng.uniform(0, 13, n).round(1),
            "RainToday": np.where(rain > 1, "Yes", "No"),
            "RainTomorrow": rng.choice(["Yes", "No"], n),
        }
    )
    _, text = _run(df, "which location gets the most rain?")
    assert f"**{df.groupby('Location')['Rainfall'].sum().idxmax()}**" in text, text
    _, text = _run(df, "on what % of days did it rain", file="rain_in_australia.csv")
    assert _has(text, 100 * (df["RainToday"] == "Yes").mean()), text
    _, text = _run(
        df, "plot the monthly rainfall in sydney - which month was the wettest?", file="rain_in_australia.csv"
    )
    assert "Highest Rainfall by Date (month)" in text, text
    _, text = _run(df, "is humidity at 3pm correlated with sunshine hours?")
    assert _has(text, df["Humidity3pm"].corr(df["Sunshine"])), text
    albury = df[df["Location"] == "Albury"]
    _, text = _run(df, "how many days did albury get over 35 degrees")
    assert f"**{int((albury['MaxTemp'] > 35).sum())} of" in text, text


def test_ratings_rows_the_most_rated_the_first_of_them_and_users_past_a_count() -> None:
    rng = np.random.default_rng(6202)
    n = 3000
    titles = [f"Film {i} ({1980 + i % 30})" for i in range(120)]
    weights = np.linspace(3, 0.2, len(titles))
    df = pd.DataFrame(
        {
            "userId": rng.integers(1, 60, n),
            "movieId": rng.integers(1, 121, n),
            "rating": rng.choice([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5], n),
            "title": rng.choice(titles, n, p=weights / weights.sum()),
        }
    )
    top = df["title"].value_counts()
    _, text = _run(df, "top 5 most rated movies")
    assert f"{top.index[0]}: {top.iloc[0]}" in text, text
    _, text = _run(df, "top 5 most rated movies", "whats the average rating of the first one?")
    assert _has(text, df.loc[df["title"] == top.index[0], "rating"].mean()), text
    per_user = df.groupby("userId").size()
    _, text = _run(df, "how many users rated more than 50 movies?")
    assert f"**{int((per_user > 50).sum())}** of {per_user.size}" in text, text


def test_a_coded_weekday_named_by_its_meaning_and_values_said_unlike_the_data() -> None:
    rng = np.random.default_rng(6203)
    n = 900
    df = pd.DataFrame(
        {
            "Accident_Index": [f"2005AA{i:05d}" for i in range(n)],
            "Accident_Severity": rng.choice([1, 2, 3], n, p=[0.02, 0.15, 0.83]),
            "Number_of_Casualties": rng.integers(1, 4, n),
            "Day_of_Week": rng.choice(range(1, 8), n, p=[0.1, 0.13, 0.14, 0.14, 0.15, 0.2, 0.14]),
            "Speed_limit": rng.choice([30, 40, 60, 70], n),
            "Urban_or_Rural_Area": rng.choice([1, 2], n),
            "furniture": rng.choice(["furnished", "not furnished"], n),
            "animal": rng.choice(["acept", "not acept"], n),
            "total": rng.integers(1000, 9000, n),
        }
    )
    busiest = df["Day_of_Week"].value_counts().idxmax()
    day = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][busiest - 1]
    _, text = _run(df, "which day of the week has the most accidents", file="road_accidents.csv")
    assert f"**{busiest} ({day})**" in text, text
    df["Did_Police_Officer_Attend_Scene_of_Accident"] = rng.choice([1, 2], n)
    _, text = _run(df, "average number of casualties per accident for each speed limit", file="road_accidents.csv")
    assert _has(text, df.groupby("Speed_limit")["Number_of_Casualties"].mean().iloc[0]), text
    _, text = _run(df, "median total cost for furnished vs unfurnished places?")
    assert _has(text, df.loc[df["furniture"] == "not furnished", "total"].median()), text
    _, text = _run(df, "what percent of the listings accept pets")
    assert _has(text, 100 * (df["animal"] == "acept").mean()), text


def test_the_source_said_picks_among_like_rates_and_coded_channels_and_a_cars_brand() -> None:
    rng = np.random.default_rng(6301)
    n = 51
    df = pd.DataFrame(
        {
            "state": [f"State {i}" for i in range(n)],
            "gini_index": rng.uniform(0.41, 0.53, n).round(3),
            "hate_crimes_per_100k_splc": rng.uniform(0.05, 1.5, n).round(3),
            "avg_hatecrimes_per_100k_fbi": rng.uniform(0.3, 11, n).round(3),
        }
    )
    _, text = _run(df, "which state has the highest hate crime rate per 100k according to the fbi numbers?")
    assert f"**{df.loc[df['avg_hatecrimes_per_100k_fbi'].idxmax(), 'state']}**" in text, text
    m = 440
    shop = pd.DataFrame(
        {
            "Channel": rng.choice([1, 2], m, p=[0.68, 0.32]),
            "Region": rng.choice([1, 2, 3], m, p=[0.18, 0.11, 0.71]),
            "Fresh": rng.integers(3, 60_000, m),
            "Milk": rng.integers(50, 30_000, m),
            "Grocery": rng.integers(3, 40_000, m),
            "Frozen": rng.integers(20, 20_000, m),
            "Detergents_Paper": rng.integers(3, 15_000, m),
            "Delicassen": rng.integers(3, 8_000, m),
        }
    )
    _, text = _run(shop, "average grocery spending for horeca vs retail customers")
    assert _has(text, shop.loc[shop["Channel"] == 1, "Grocery"].mean()), text
    cars = pd.DataFrame(
        {
            "name": rng.choice(["Maruti Swift VDI", "Maruti Alto LX", "Hyundai i20 Asta", "Honda City ZX"], 300),
            "selling_price": rng.integers(100_000, 900_000, 300),
        }
    )
    _, text = _run(cars, "which brand has the most cars listed", file="Car details v3.csv")
    assert "**maruti**" in text.lower(), text


def test_a_survey_of_listed_languages_and_values_said_in_the_plural() -> None:
    rng = np.random.default_rng(6302)
    n = 800
    langs = ["JavaScript", "Python", "SQL", "Java", "C#"]
    df = pd.DataFrame(
        {
            "Respondent": np.arange(3, 3 + 7 * n, 7),
            "Gender": rng.choice(["Man", "Woman"], n, p=[0.9, 0.1]),
            "LanguageWorkedWith": [
                ";".join(sorted(rng.choice(langs, rng.integers(1, 4), replace=False, p=[0.35, 0.25, 0.2, 0.1, 0.1])))
                for _ in range(n)
            ],
            "ConvertedComp": rng.gamma(2, 30_000, n).round(),
            "YearsCodePro": rng.integers(0, 30, n),
        }
    )
    counts = df["LanguageWorkedWith"].str.split(";").explode().value_counts()
    _, text = _run(df, "which programming language do the most people work with?")
    assert f"**{counts.index[0]}**" in text, text
    _, text = _run(df, "median comp for men vs women?")
    assert _has(text, df.loc[df["Gender"] == "Woman", "ConvertedComp"].median()), text


def test_frauds_of_a_flag_money_said_with_a_verb_and_a_value_beside_its_columns_first_word() -> None:
    rng = np.random.default_rng(6401)
    n = 2000
    df = pd.DataFrame(
        {
            "Time": np.sort(rng.integers(0, 170_000, n)),
            "V1": rng.normal(0, 1, n),
            "V2": rng.normal(0, 1, n),
            "V3": rng.normal(0, 1, n),
            "Amount": rng.gamma(1, 80, n).round(2),
            "Class": (rng.random(n) < 0.01).astype(int),
            "Radio": rng.uniform(0, 50, n).round(1),
            "Newspaper": rng.uniform(0, 100, n).round(1),
            "Adaptivity Level": rng.choice(["Low", "Moderate", "High"], n),
            "Load-shedding": rng.choice(["Low", "High"], n),
        }
    )
    _, text = _run(
        df, "how many fraud cases are there, and what % of transactions is that?", file="credit_card_fraud.csv"
    )
    assert f"**{int(df['Class'].sum())} of {n:,}**" in text, text
    _, text = _run(df, "avg transaction amount for fraud vs non fraud")
    assert _has(text, df.loc[df["Class"] == 1, "Amount"].mean()), text
    _, text = _run(df, "in how many markets was more spent on newspaper than on radio?")
    assert f"**{int((df['Newspaper'] > df['Radio']).sum())} of {n} rows**" in text, text
    _, text = _run(df, "what percent have low adaptivity?")
    assert _has(text, 100 * (df["Adaptivity Level"] == "Low").mean()), text


def test_writers_and_satisfaction_kept_under_another_name() -> None:
    rng = np.random.default_rng(6701)
    n = 900
    books = pd.DataFrame(
        {
            "authors": rng.choice(
                ["Stephen King", "Nora Roberts", "J.K. Rowling", "Dan Brown"], n, p=[0.4, 0.3, 0.2, 0.1]
            ),
            "average_rating": rng.uniform(3, 5, n).round(2),
        }
    )
    _, text = _run(books, "who wrote the most books on this list?")
    assert f"**{books['authors'].value_counts().idxmax()}**" in text, text
    hr = pd.DataFrame(
        {
            "satisfaction_level": rng.uniform(0.1, 1, n).round(2),
            "last_evaluation": rng.uniform(0.4, 1, n).round(2),
            "number_project": rng.integers(2, 8, n),
            "average_montly_hours": rng.integers(96, 310, n),
            "time_spend_company": rng.integers(2, 10, n),
            "left": rng.integers(0, 2, n),
            "sales": rng.choice(["sales", "technical", "accounting", "hr"], n),
            "salary": rng.choice(["low", "medium", "high"], n),
        }
    )
    _, text = _run(hr, "which department is the least satisfied?")
    assert f"**{hr.groupby('sales')['satisfaction_level'].mean().idxmin()}**" in text, text


def test_a_label_written_both_in_full_and_as_initials_counts_both() -> None:
    rng = np.random.default_rng(6804)
    n = 800
    shop = pd.DataFrame(
        {
            "CustomerID": np.arange(50001, 50001 + n),
            "PreferredPaymentMode": rng.choice(
                ["Debit Card", "Credit Card", "CC", "COD", "Cash on Delivery", "UPI"], n
            ),
            "CashbackAmount": rng.uniform(100, 300, n).round(2),
            "CRASH_HOUR": rng.integers(0, 24, n),
            "CRASH_DAY_OF_WEEK": rng.integers(1, 8, n),
        }
    )
    cod = int(shop["PreferredPaymentMode"].isin(["COD", "Cash on Delivery"]).sum())
    _, text = _run(shop, "how many customers pay cash on delivery")
    assert f"**{cod} of {n} rows**" in text and "CashbackAmount" not in text.splitlines()[0], text
    cards = int(shop["PreferredPaymentMode"].isin(["CC", "Credit Card"]).sum())
    _, text = _run(shop, "how many pay by credit card")
    assert f"**{cards} of {n} rows**" in text, text
    # a count of a column with no blanks is a count of rows: the reading names no other column
    _, text = _run(shop, "which hour of the day has the most orders?")
    hours = shop["CRASH_HOUR"].value_counts()
    assert f"**{hours.idxmax()}**" in text and "CRASH_DAY_OF_WEEK" not in text.splitlines()[0], text
