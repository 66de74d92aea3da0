"""Kernel-free checks of how the offline analyst reads well-known public tables and their coded columns.

The coded names of famous datasets (`thalach`, `FTHG`, `cnt`) are read by what they stand for; a measure kept
per side of a match (home and away) is read as the match's total unless a side is said; "per game" averages rows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from test_offline_reading import _plan_of, _profile

from notebook_agent.agent.offline import OfflineAnalyst, OfflinePlan
from notebook_agent.agent.offline.catalog import Catalog
from notebook_agent.agent.offline.glossary import described


def _matches(n: int = 120) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    teams = ["Arsenal", "Chelsea", "Leeds", "Fulham"]
    home, away = rng.integers(0, 5, n), rng.integers(0, 4, n)
    return pd.DataFrame(
        {
            "Date": pd.date_range("2022-08-05", periods=n, freq="D").strftime("%d/%m/%Y"),
            "HomeTeam": rng.choice(teams, n),
            "AwayTeam": rng.choice(teams, n),
            "FTHG": home,
            "FTAG": away,
            "FTR": np.where(home > away, "H", np.where(home < away, "A", "D")),
            "HTHG": rng.integers(0, 3, n),
            "HTAG": rng.integers(0, 2, n),
            "HY": rng.integers(0, 5, n),
            "AY": rng.integers(0, 5, n),
        }
    )


def _heart(n: int = 100) -> pd.DataFrame:
    rng = np.random.default_rng(8)
    return pd.DataFrame(
        {
            "age": rng.integers(29, 78, n),
            "sex": rng.integers(0, 2, n),
            "cp": rng.integers(0, 4, n),
            "trestbps": rng.integers(94, 200, n),
            "chol": rng.integers(126, 564, n),
            "thalach": rng.integers(71, 202, n),
            "oldpeak": rng.uniform(0, 6, n).round(1),
            "target": rng.integers(0, 2, n),
        }
    )


def test_a_known_table_is_recognised_by_its_signature_only() -> None:
    assert described(["age", "trestbps", "thalach", "chol"])["thalach"] == "maximum heart rate achieved"
    assert described(["HS", "AS", "Team"]) == {}  # shots only beside the football results' goal columns
    assert "HS" in described(["FTHG", "FTAG", "HS"])


def test_coded_columns_are_read_by_what_they_stand_for() -> None:
    heart = _heart()
    corr = _plan_of(heart, "is max heart rate related to age?")
    assert corr["intent"] == "correlation" and {corr["x"], corr["y"]} == {"thalach", "age"}
    bp = _plan_of(heart, "average resting blood pressure by sex")
    assert (bp["y"], bp["x"]) == ("trestbps", "sex")


def test_a_measure_kept_per_side_is_the_matchs_total_unless_a_side_is_said() -> None:
    games = _matches()
    cat = Catalog.from_profiles([_profile(games)])
    assert "FTHG + FTAG" in [c.name for c in cat.of("df")]
    goals = _plan_of(games, "whats the avg number of goals per game?")
    assert (goals["intent"], goals["y"], goals["agg"], goals.get("x")) == ("stat", "FTHG + FTAG", "mean", None)
    half = _plan_of(games, "whats the avg number of goals per game?", "and in the first half?")
    assert half["y"] == "HTHG + HTAG"
    home = _plan_of(games, "which team scored the most home goals")
    assert (home["y"], home["group"], home["agg"]) == ("FTHG", "HomeTeam", "sum")  # goals add up
    cards = _plan_of(games, "total yellow cards by month")
    assert (cards["y"], cards["agg"], cards["period"]) == ("HY + AY", "sum", "M")


def test_the_cell_computes_a_derived_total_before_using_it() -> None:
    games = _matches()
    reply = OfflineAnalyst().respond("average goals per game", [_profile(games)], {})
    assert isinstance(reply, OfflinePlan)
    assert 'df["FTHG + FTAG"] = df["FTHG"] + df["FTAG"]' in reply.code
    # the cell runs as written, on the frame as loaded
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from IPython.display import display

    ns: dict = {"df": games.copy(), "pd": pd, "np": np, "plt": plt, "display": display}
    exec(reply.code, ns)
    assert np.isclose(ns["df"]["FTHG + FTAG"].mean(), (games["FTHG"] + games["FTAG"]).mean())


def test_per_a_noun_no_column_holds_averages_rows_and_per_a_column_groups() -> None:
    games = _matches()
    assert _plan_of(games, "how many goals per match on average")["intent"] == "stat"
    by_team = _plan_of(games, "average yellow cards per HomeTeam")
    assert by_team["x"] == "HomeTeam"


def _passengers(n: int = 200) -> pd.DataFrame:
    rng = np.random.default_rng(9)
    return pd.DataFrame(
        {
            "PassengerId": range(1, n + 1),
            "Survived": rng.integers(0, 2, n),
            "Sex": rng.choice(["male", "female"], n),
            "Age": rng.uniform(1, 80, n).round(),
            "SibSp": rng.integers(0, 4, n),
            "Parch": rng.integers(0, 3, n),
            "Fare": rng.gamma(2, 15, n).round(2),
        }
    )


def test_two_values_set_against_each_other_compare_a_measure_between_them() -> None:
    people = _passengers()
    survived = _plan_of(people, "did women survive more than men?")
    assert (survived["kind"], survived["y"], survived["group"]) == ("compare", "Survived", "Sex")
    fares = _plan_of(people, "do men pay higher fares than women")
    assert (fares["y"], fares["group"]) == ("Fare", "Sex")
    rng = np.random.default_rng(10)
    n = 150
    visits = pd.DataFrame(
        {
            "Arrival Mode": rng.choice(["Walk-in", "Ambulance", "Helicopter"], n),
            "Triage Cat": rng.integers(1, 6, n),
            "Wait to Triage (min)": rng.uniform(1, 60, n).round(1),
            "Visit Type": rng.choice(["Routine Visit / First Visit", "Routine Visit / Follow-up"], n),
        }
    )
    # "walk ins" is the value Walk-in; "triaged quicker" is the wait measured in minutes, not the category
    quick = _plan_of(visits, "do ambulance arrivals get triaged quicker than walk ins?")
    assert (quick["y"], quick["group"]) == ("Wait to Triage (min)", "Arrival Mode")
    assert sorted(v for _, v in quick["where"]) == ["Ambulance", "Walk-in"]  # only the two named
    # values that share a start are named by the part that tells them apart
    follow = _plan_of(visits, "are follow-ups triaged quicker than first visits?")
    assert follow["group"] == "Visit Type" and follow["where"] == []


def test_a_bound_on_people_is_their_age_never_their_record_code() -> None:
    people = _passengers()
    young = _plan_of(people, "how many passengers were under 18")
    assert (young["column"], young["op"], young["value"]) == ("Age", "<", 18)
    rng = np.random.default_rng(11)
    checks = pd.DataFrame(
        {
            "Inspection ID": range(100, 220),
            "CRITICAL VIOLATIONS": rng.integers(0, 3, 120),
            "SCORE": rng.integers(0, 40, 120),
        }
    )
    share = _plan_of(checks, "what percentage of inspections found at least one critical violation")
    assert (share["column"], share["op"], share["value"], share["share"]) == ("CRITICAL VIOLATIONS", ">=", 1, True)


def test_record_codes_are_counted_per_group_and_per_period_never_averaged() -> None:
    rng = np.random.default_rng(12)
    n = 300
    trips = pd.DataFrame(
        {
            "trip_id": range(4810000, 4810000 + n),
            "started_at": pd.date_range("2023-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "start_station_name": rng.choice(["Central", "Harbour", "Park"], n),
            "duration_min": rng.uniform(2, 60, n).round(1),
        }
    )
    most = _plan_of(trips, "which 5 start stations have the most trips?")
    assert (most["kind"], most["group"], most["agg"], most["y"]) == ("best_group", "start_station_name", "count", None)
    monthly = _plan_of(trips, "plot trips per month")
    assert (monthly["intent"], monthly["x"], monthly["agg"], monthly["period"]) == (
        "groupby",
        "started_at",
        "count",
        "M",
    )
    assert monthly["y"] is None


def test_a_value_with_its_first_word_cut_short_and_a_follow_up_on_the_riders() -> None:
    rng = np.random.default_rng(13)
    n = 200
    rides = pd.DataFrame(
        {
            "ride_id": [f"R{i}" for i in range(n)],
            "rideable_type": rng.choice(["electric_bike", "classic_bike"], n),
            "member_casual": rng.choice(["member", "casual"], n),
            "duration_min": rng.uniform(2, 60, n).round(1),
        }
    )
    share = _plan_of(rides, "what share of rides were on e-bikes?")
    assert (share["column"], share["value"], share["share"]) == ("rideable_type", "electric_bike", True)
    among = _plan_of(rides, "what share of rides were on e-bikes?", "and for casual riders only?")
    assert among["where"] == [["member_casual", "casual"]] and among["value"] == "electric_bike"


def test_what_a_home_uses_is_what_its_meter_imports() -> None:
    rng = np.random.default_rng(14)
    n = 120
    meters = pd.DataFrame(
        {
            "Meter ID": rng.choice(["MTR-1", "MTR-2", "MTR-3"], n),
            "Import (kWh)": rng.uniform(2, 20, n).round(2),
            "Export (kWh)": rng.uniform(0, 5, n).round(2),
            "Mean Temp (°C)": rng.uniform(-2, 25, n).round(1),
        }
    )
    related = _plan_of(meters, "is electricity use related to temperature?")
    assert {related["x"], related["y"]} == {"Import (kWh)", "Mean Temp (°C)"}
    most = _plan_of(meters, "which meter used the most electricity in total?")
    group = most.get("x") or most.get("group")  # the general reader's group-by or the best-group kind
    assert (group, most["y"], most["agg"], most["order"]) == ("Meter ID", "Import (kWh)", "sum", "max")


def test_a_formula_written_out_becomes_a_derived_column_that_follow_ups_keep() -> None:
    rng = np.random.default_rng(15)
    n = 120
    meters = pd.DataFrame(
        {
            "Region": rng.choice(["North", "South"], n),
            "Tariff": rng.choice(["Standard", "Economy 7"], n),
            "Import (kWh)": rng.uniform(2, 20, n).round(2),
            "Export (kWh)": rng.uniform(0, 5, n).round(2),
        }
    )
    net = _plan_of(meters, "whats the avg net import (import minus export) by tariff?")
    assert (net["y"], net["x"], net["agg"]) == ("Import (kWh) - Export (kWh)", "Tariff", "mean")
    again = _plan_of(meters, "whats the avg net import (import minus export) by tariff?", "and by region?")
    assert (again["y"], again["x"]) == ("Import (kWh) - Export (kWh)", "Region")
    reply = OfflineAnalyst().respond("average import minus export by region", [_profile(meters)], {})
    assert isinstance(reply, OfflinePlan)
    assert 'df["Import (kWh) - Export (kWh)"] = df["Import (kWh)"] - df["Export (kWh)"]' in reply.code


def test_a_share_of_another_column_and_per_only_between_two_measures() -> None:
    rng = np.random.default_rng(16)
    n = 100
    bills = pd.DataFrame(
        {
            "total_bill": rng.uniform(3, 50, n).round(2),
            "tip": rng.uniform(1, 10, n).round(2),
            "size": rng.integers(1, 7, n),
        }
    )
    pct = _plan_of(bills, "average tip as a percentage of total bill")
    assert pct["y"] == "tip as % of total_bill"
    reply = OfflineAnalyst().respond("average tip as a percentage of total bill", [_profile(bills)], {})
    assert (
        isinstance(reply, OfflinePlan)
        and 'df["tip as % of total_bill"] = 100 * df["tip"] / df["total_bill"]' in reply.code
    )
    per_size = _plan_of(bills, "avg tip per size")  # a few sizes group the rows, they divide nothing
    assert (per_size["x"], per_size["y"]) == ("size", "tip")


def _bookings(n: int = 300) -> pd.DataFrame:
    rng = np.random.default_rng(17)
    return pd.DataFrame(
        {
            "hotel": rng.choice(["City Hotel", "Resort Hotel"], n),
            "arrival_date_year": rng.choice([2015, 2016, 2017], n),
            "arrival_date_month": rng.choice(["January", "February", "March", "April"], n),
            "arrival_date_week_number": rng.integers(1, 54, n),
            "country": rng.choice(["PRT", "GBR", "FRA", "ESP"], n),
            "is_repeated_guest": rng.integers(0, 2, n),
            "booking_changes": rng.integers(0, 4, n),
            "adr": rng.uniform(40, 250, n).round(2),
            "explicit": rng.choice([True, False], n),
        }
    )


def test_the_rows_noun_is_not_a_flag_or_a_column_it_qualifies() -> None:
    hotels = _bookings()
    most = _plan_of(hotels, "which country do most of our guests come from")
    assert most.get("y") is None and most["agg"] == "count" and most["x"] == "country"
    monthly = _plan_of(hotels, "number of bookings per arrival month in 2016")
    assert (monthly["intent"], monthly["x"], monthly["agg"]) == ("groupby", "arrival_date_month", "count")
    assert monthly["filters"][0]["column"] == "arrival_date_year" and monthly["filters"][0]["value"] == 2016


def test_a_true_false_column_is_counted_and_shared() -> None:
    hotels = _bookings()
    share = _plan_of(hotels, "what share of the bookings are explicit")
    assert (share["kind"], share["column"], share["value"], share["share"]) == ("filtered", "explicit", 1, True)
    count = _plan_of(hotels, "how many bookings are explicit")
    assert (count["kind"], count["column"], count["share"]) == ("filtered", "explicit", False)


def test_new_counts_are_totalled_not_running_totals_and_ratios_are_of_totals() -> None:
    rng = np.random.default_rng(18)
    n = 200
    daily = pd.DataFrame(
        {
            "Country": rng.choice(["Brazil", "India", "Italy"], n),
            "New_cases": rng.integers(0, 5000, n),
            "Cumulative_cases": rng.integers(0, 500000, n),
            "New_deaths": rng.integers(0, 100, n),
            "Cumulative_deaths": rng.integers(0, 9000, n),
        }
    )
    total = _plan_of(daily, "total cases per country")
    assert (total["y"], total["x"], total["agg"]) == ("New_cases", "Country", "sum")
    ratio = _plan_of(daily, "deaths as a % of cases for each country")
    assert (ratio["kind"], ratio["y"], ratio["group"]) == ("ratio", "New_deaths as % of New_cases", "Country")
    reply = OfflineAnalyst().respond("deaths as a % of cases for each country", [_profile(daily)], {})
    assert isinstance(reply, OfflinePlan)
    import matplotlib

    matplotlib.use("Agg")
    from IPython.display import display

    ns: dict = {"df": daily.copy(), "pd": pd, "np": np, "display": display}
    exec(reply.code, ns)
    sums = daily.groupby("Country")[["New_deaths", "New_cases"]].sum()
    assert np.allclose(ns["ratio"].sort_index(), (100 * sums["New_deaths"] / sums["New_cases"]).sort_index())


def test_a_negated_yes_no_or_flag_counts_the_other_value() -> None:
    rng = np.random.default_rng(19)
    n = 150
    customers = pd.DataFrame(
        {
            "customerID": [f"{i:04d}-ABCDE" for i in range(n)],
            "SeniorCitizen": rng.integers(0, 2, n),
            "Partner": rng.choice(["Yes", "No"], n),
            "Churn": rng.choice(["Yes", "No"], n),
            "MonthlyCharges": rng.uniform(18, 120, n).round(2),
        }
    )
    assert _plan_of(customers, "how many customers don't have a partner")["value"] == "No"
    assert _plan_of(customers, "how many customers have a partner")["value"] == "Yes"
    assert _plan_of(customers, "how many did not churn")["value"] == "No"
    seniors = _plan_of(customers, "what share of customers are not senior citizens")
    assert (seniors["column"], seniors["value"], seniors["share"]) == ("SeniorCitizen", 0, True)


def _crimes(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(20)
    return pd.DataFrame(
        {
            "ID": range(n),
            "Primary Type": rng.choice(["THEFT", "BATTERY", "CRIMINAL DAMAGE", "ASSAULT", "NARCOTICS", "ROBBERY"], n),
            "Arrest": rng.choice([True, False], n),
            "District": rng.integers(1, 26, n),
            "Year": rng.choice([2019, 2020, 2021], n),
        }
    )


def test_the_most_common_values_are_a_list_and_a_flag_is_shared_among_named_rows() -> None:
    crimes = _crimes()
    common = _plan_of(crimes, "what are the most common crime types?")
    assert (common["intent"], common["x"], common["agg"], common["n"]) == ("top", "Primary Type", "count", 5)
    assert _plan_of(crimes, "what is the most common crime type?")["intent"] == "extreme"  # one asked for
    share = _plan_of(crimes, "what share of thefts led to an arrest?")
    assert (share["column"], share["share"], share["where"]) == ("Arrest", True, [["Primary Type", "THEFT"]])


def test_true_false_values_are_summed_per_group_and_a_year_narrows_the_ranking() -> None:
    crimes = _crimes()
    most = _plan_of(crimes, "which district had the most arrests?")
    assert (most["kind"], most["y"], most["group"], most["agg"]) == ("best_group", "Arrest", "District", "sum")
    year = _plan_of(crimes, "which district had the most arrests?", "only in 2021?")
    assert year["where"] == [["Year", 2021]] and year["group"] == "District"


def test_a_superlative_adjective_reads_its_noun_and_a_rank_only_when_asked() -> None:
    rng = np.random.default_rng(21)
    n = 150
    happy = pd.DataFrame(
        {
            "Country": [f"C{i}" for i in range(n)],
            "Region": rng.choice(["Western Europe", "Latin America", "Southern Asia"], n),
            "Happiness Rank": range(1, n + 1),
            "Happiness Score": rng.uniform(3, 8, n).round(3),
            "Economy (GDP per Capita)": rng.uniform(0, 1.8, n).round(4),
        }
    )
    region = _plan_of(happy, "which region is the happiest on average?")
    assert (region["y"], region["x"], region["agg"], region["order"]) == ("Happiness Score", "Region", "mean", "max")
    corr = _plan_of(happy, "is gdp per capita correlated with happiness?")
    assert {corr["x"], corr["y"]} == {"Economy (GDP per Capita)", "Happiness Score"}


def test_unpaid_shares_of_named_values_and_how_often_as_a_fresh_count() -> None:
    rng = np.random.default_rng(22)
    n = 200
    fines = pd.DataFrame(
        {
            "PCN Ref": [f"WM{i}" for i in range(n)],
            "Issue Date": pd.date_range("2023-01-01", periods=n, freq="13h").strftime("%Y-%m-%d %H:%M"),
            "Channel": rng.choice(["PHONE", "ONLINE", "MOBILE"], n),
            "Fine Amount (£)": rng.choice([50, 70, 110], n),
            "Paid (Y/N)": rng.choice(["Y", "N"], n),
            "Amount Paid (£)": rng.choice([0, 35, 70], n),
            "Unit": rng.choice(["Chiller 1", "Chiller 2"], n),
            "Temp (°C)": rng.uniform(0, 9, n).round(1),
        }
    )
    unpaid = _plan_of(fines, "what % of tickets are still unpaid")
    assert (unpaid["column"], unpaid["value"], unpaid["share"]) == ("Paid (Y/N)", "N", True)
    channels = _plan_of(fines, "what share came in by phone vs online")
    assert (channels["kind"], channels["column"], channels["value"]) == ("value_counts", "Channel", ["PHONE", "ONLINE"])
    monthly = _plan_of(fines, "tickets per month, going up or down?")
    assert (monthly["intent"], monthly["x"], monthly["agg"], monthly["period"]) == (
        "groupby",
        "Issue Date",
        "count",
        "M",
    )
    often = _plan_of(fines, "which unit had the most paid fines?", "how often was chiller 1 above 5 degrees?")
    assert often["intent"] == "rows" and {f["column"] for f in often["filters"]} == {"Temp (°C)", "Unit"}


def test_a_value_spelt_otherwise_a_unit_converted_and_a_fresh_trend() -> None:
    rng = np.random.default_rng(23)
    n = 200
    subs = pd.DataFrame(
        {
            "customerID": [f"C{i}" for i in range(n)],
            "InternetService": rng.choice(["DSL", "Fiber optic", "No"], n),
            "tenure": rng.integers(0, 72, n),
            "duration_ms": rng.integers(90_000, 400_000, n),
            "genre": rng.choice(["pop", "rock"], n),
            "Started": pd.date_range("2023-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Borough": rng.choice(["BROOKLYN", "QUEENS"], n),
        }
    )
    fibre = _plan_of(subs, "avg tenure for fibre optic vs dsl customers")
    assert (fibre["kind"], fibre["y"], fibre["group"]) == ("compare", "tenure", "InternetService")
    assert sorted(v for _, v in fibre["where"]) == ["DSL", "Fiber optic"]
    minutes = _plan_of(subs, "avg track length in minutes per genre")
    assert (minutes["y"], minutes["x"], minutes["agg"]) == ("duration_ms in minutes", "genre", "mean")
    reply = OfflineAnalyst().respond("avg track length in minutes per genre", [_profile(subs)], {})
    assert isinstance(reply, OfflinePlan)
    assert 'df["duration_ms in minutes"] = df["duration_ms"] * 1.6666666666666667e-05' in reply.code
    trend = _plan_of(subs, "which borough has the most customers", "signups per month, going up or down?")
    assert (trend["intent"], trend["x"], trend["agg"], trend["period"]) == ("groupby", "Started", "count", "M")
    assert trend["filters"] == []


def test_daily_stock_prices_read_closing_price_and_the_ticker() -> None:
    rng = np.random.default_rng(24)
    n = 300
    close = rng.uniform(90, 200, n).round(2)
    stocks = pd.DataFrame(
        {
            "date": np.tile(pd.date_range("2018-01-01", periods=n // 3, freq="D").strftime("%Y-%m-%d"), 3),
            "open": (close * rng.uniform(0.98, 1.02, n)).round(2),
            "high": (close * 1.02).round(2),
            "low": (close * 0.98).round(2),
            "close": close,
            "volume": rng.integers(1_000_000, 9_000_000, n),
            "Name": np.repeat(["AAPL", "GOOGL", "MSFT"], n // 3),
        }
    )
    avg = _plan_of(stocks, "avg closing price per stock")
    assert (avg["y"], avg["x"], avg["agg"]) == ("close", "Name", "mean")
    rng_ = _plan_of(stocks, "whats the average daily range (high minus low) for each stock?")
    assert (rng_["y"], rng_["x"]) == ("high - low", "Name")


def test_a_ranking_by_how_often_sums_the_tables_count_column() -> None:
    rng = np.random.default_rng(25)
    names = ["Olivia", "Emma", "Noah", "Liam", "Ava"]
    babies = pd.DataFrame(
        [
            {"Id": i, "Name": name, "Year": year, "Gender": "M" if name in ("Noah", "Liam") else "F"}
            for i, (name, year) in enumerate((n, y) for n in names for y in range(2010, 2016))
        ]
    )
    babies["Count"] = rng.integers(5_000, 20_000, len(babies))
    popular = _plan_of(babies, "which name was the most popular overall?")  # the general reader's or the kind's
    assert (popular.get("x") or popular["group"], popular.get("weight") or popular["y"], popular["agg"]) == (
        "Name",
        "Count",
        "sum",
    )
    top = _plan_of(babies, "top 5 girls names in 2015")
    assert (top["intent"], top["y"], top["agg"]) == ("top", "Count", "sum")
    per_gender = _plan_of(babies, "how many rows per gender")  # a count of rows stays one
    assert per_gender.get("y") is None and per_gender["agg"] == "count"
