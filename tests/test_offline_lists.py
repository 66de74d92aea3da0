"""Kernel-free checks of labels listed per row, coded values, costs kept in parts and rows asked about again.

"How many games run on mac" of "windows;mac;linux"; "plead guilty" of a Plea coded G / NG; "costs us most" of
Labour Cost + Parts Cost; "with children vs without"; "how many are free", then "the ones that aren't";
ratings written "4.1/5" and costs "1,200"; years kept as decimals; a backlog of rows without an event's date.
Each plan's cell is run here against pandas and the numbers checked.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from test_offline_counts import converse as _run
from test_offline_questions import _has


def _games(n: int = 900) -> pd.DataFrame:
    rng = np.random.default_rng(301)
    platforms = rng.choice(["windows", "windows;mac", "windows;mac;linux", "windows;linux"], n, p=[0.6, 0.2, 0.1, 0.1])
    genres = rng.choice(["Action", "Action;Indie", "Casual;Indie", "Adventure;Indie", "Indie;Strategy"], n)
    price = np.where(rng.random(n) < 0.1, 0.0, rng.gamma(2, 4, n).round(2))
    return pd.DataFrame(
        {"name": [f"Game {i}" for i in range(n)], "platforms": platforms, "genres": genres, "price": price}
    )


def test_labels_listed_per_row_are_counted_and_followed_up() -> None:
    df = _games()
    mac = df["platforms"].str.contains("mac")
    _, text = _run(df, "how many of the games run on mac?")
    assert _has(text, int(mac.sum())) and "lists mac" in text.splitlines()[0]
    linux = df["platforms"].str.contains("linux")
    _, text = _run(df, "how many of the games run on mac?", "and linux?", "average price for those")
    assert _has(text, round(df.loc[linux, "price"].mean(), 2))
    _, text = _run(df, "average price of action games")
    assert _has(text, round(df.loc[df["genres"].str.contains("Action"), "price"].mean(), 2))


def test_free_is_a_price_of_nothing_and_the_rest_are_averaged_apart() -> None:
    df = _games()
    _, text = _run(df, "how many games are free?")
    assert _has(text, int((df["price"] == 0).sum()))
    _, text = _run(df, "how many games are free?", "whats the avg price of the ones that arent")
    paid = df.loc[df["price"] != 0, "price"]
    assert _has(text, round(paid.mean(), 2)) and not _has(text, round(df["price"].mean(), 2))


def test_a_plea_coded_by_initials_and_the_defendants_share() -> None:
    rng = np.random.default_rng(302)
    n = 700
    df = pd.DataFrame(
        {
            "Case Ref": rng.integers(10**10, 10**11, n),
            "Court": rng.choice(["Leeds MC", "Kirklees MC"], n),
            "Plea": rng.choice(["G", "NG"], n, p=[0.65, 0.35]),
            "Def. Age": rng.integers(18, 70, n),
            "Sex": rng.choice(["M", "F"], n, p=[0.8, 0.2]),
        }
    )
    _, text = _run(df, "what proportion of defendants plead guilty?")
    assert _has(text, round(100 * (df["Plea"] == "G").mean(), 2))
    _, text = _run(df, "what proportion of defendants are female")
    assert _has(text, round(100 * (df["Sex"] == "F").mean(), 2))


def test_a_cost_kept_in_two_parts_and_a_sum_of_money_said_in_part() -> None:
    rng = np.random.default_rng(303)
    n = 800
    df = pd.DataFrame(
        {
            "Asset Type": rng.choice(["Panel Van", "Road Sweeper", "Refuse Truck"], n),
            "Job Type": rng.choice(["PMI", "MOT Prep", "Tyres"], n),
            "Labour Hrs": rng.gamma(2, 1.5, n).round(1),
            "Labour Cost (£)": rng.gamma(2, 60, n).round(2),
            "Parts Cost (£)": rng.gamma(2, 80, n).round(2),
        }
    )
    df.loc[df["Asset Type"] == "Road Sweeper", "Parts Cost (£)"] *= 3
    whole = df["Labour Cost (£)"] + df["Parts Cost (£)"]
    _, text = _run(df, "which type of vehicle costs us most per job on average")
    per_type = whole.groupby(df["Asset Type"]).mean()
    assert per_type.idxmax() in text and _has(text, round(per_type.max(), 1))
    _, text = _run(df, "total spend on parts + labour for the year?")
    assert _has(text, round(whole.sum(), 1))


def test_with_against_without_and_yes_no_labels_set_against_each_other() -> None:
    rng = np.random.default_rng(304)
    n = 900
    children = rng.choice([0, 0, 1, 2, 3], n)
    df = pd.DataFrame(
        {
            "Children": children,
            "Weight (kg)": (12 + 5 * children + rng.normal(0, 2, n)).round(1),
            "online_order": rng.choice(["Yes", "No"], n),
            "rate": rng.choice(["4.1/5", "3.8 /5", "3.5/5", "3.9/5", "4.4/5", "NEW", "-"], n),
            "approx_cost(for two people)": rng.choice(["300", "400", "1,200", "800"], n),
        }
    )
    _, text = _run(df, "avg parcel weight (kg) for households with children vs without?")
    means = df["Weight (kg)"].groupby(df["Children"] > 0).mean()
    assert _has(text, round(means[True], 2)) and _has(text, round(means[False], 2))
    rating = pd.to_numeric(df["rate"].str.replace(r"\s*/\s*5$", "", regex=True), errors="coerce")
    _, text = _run(df, "whats the average rating?")
    assert _has(text, round(rating.mean(), 3))
    cost = pd.to_numeric(df["approx_cost(for two people)"].str.replace(",", ""))
    _, text = _run(df, "avg cost for two at places with online ordering vs ones without")
    assert _has(text, round(cost[df["online_order"] == "Yes"].mean(), 1))


def test_decimal_years_a_year_of_a_named_date_and_a_backlog() -> None:
    rng = np.random.default_rng(305)
    n = 700
    year = rng.integers(2005, 2015, n) + rng.random(n).round(2)
    issued = pd.Timestamp("2014-01-01") + pd.to_timedelta(rng.integers(0, 5 * 365, n), unit="D")
    disposed = pd.Series(issued + pd.to_timedelta(rng.integers(1, 60, n), unit="D"))
    disposed[rng.random(n) < 0.1] = pd.NaT
    df = pd.DataFrame(
        {
            "commissioning_year": year,
            "year_of_capacity_data": rng.choice([2017.0, 2019.0], n),
            "primary_fuel": rng.choice(["Wind", "Gas"], n),
            "Court": rng.choice(["Leeds MC", "Kirklees MC", "Wakefield MC"], n),
            "LicenseIssuedDate": issued,
            "Disposal Date": disposed,
            "Extract Year": rng.choice([2016, 2017], n),
        }
    )
    _, text = _run(df, "chart the number of wind farms commissioned each year - which year had the most?")
    wind = np.floor(df.loc[df["primary_fuel"] == "Wind", "commissioning_year"]).value_counts()
    assert str(int(wind.idxmax())) in text and _has(text, wind.max())
    _, text = _run(df, "which year had the most licences issued")
    issued_years = df["LicenseIssuedDate"].dt.year.value_counts()
    assert str(issued_years.idxmax()) in text and _has(text, issued_years.max())
    _, text = _run(df, "which court has the biggest backlog of cases not yet disposed of?")
    backlog = df.loc[df["Disposal Date"].isna(), "Court"].value_counts()
    assert backlog.idxmax() in text and _has(text, backlog.max())


def test_the_commonest_labels_as_a_percentage() -> None:
    rng = np.random.default_rng(306)
    df = pd.DataFrame(
        {"Reason for Referral": rng.choice(["Low income", "Debt", "Benefit delays"], 500, p=[0.5, 0.3, 0.2])}
    )
    _, text = _run(df, "whats the top reasons people get referred, as a %")
    shares = (100 * df["Reason for Referral"].value_counts(normalize=True)).round(2)
    assert all(_has(text, v) for v in shares)


def test_coded_values_of_well_known_tables_are_read_by_their_meaning() -> None:
    rng = np.random.default_rng(307)
    n = 891
    df = pd.DataFrame(
        {
            "PassengerId": np.arange(1, n + 1),
            "Survived": rng.integers(0, 2, n),
            "Pclass": rng.choice([1, 2, 3], n, p=[0.25, 0.2, 0.55]),
            "Sex": rng.choice(["male", "female"], n),
            "SibSp": rng.integers(0, 3, n),
            "Parch": rng.integers(0, 3, n),
            "Fare": rng.gamma(2, 15, n).round(2),
            "Embarked": rng.choice(["S", "C", "Q"], n, p=[0.7, 0.2, 0.1]),
        }
    )
    _, text = _run(df, "how many passengers embarked at Southampton?")
    assert _has(text, int((df["Embarked"] == "S").sum()))
    _, text = _run(df, "what % of first class passengers survived")
    first = df[df["Pclass"] == 1]
    assert _has(text, round(100 * first["Survived"].mean(), 2))


def test_who_won_the_most_and_a_pronoun_for_the_winner() -> None:
    rng = np.random.default_rng(308)
    n = 700
    teams = ["Mumbai", "Chennai", "Kolkata", "Delhi"]
    df = pd.DataFrame(
        {
            "team1": rng.choice(teams, n),
            "team2": rng.choice(teams, n),
            "winner": rng.choice(teams, n, p=[0.4, 0.3, 0.2, 0.1]),
            "win_by_runs": rng.integers(0, 80, n),
        }
    )
    _, text = _run(df, "which team has won the most matches?")
    wins = df["winner"].value_counts()
    assert wins.idxmax() in text and _has(text, wins.max())
    _, text = _run(df, "which team has won the most matches?", "whats their average winning margin in runs")
    assert _has(text, round(df.loc[df["winner"] == wins.idxmax(), "win_by_runs"].mean(), 2))


def test_seconds_asked_in_minutes_a_share_then_a_median_and_a_year() -> None:
    rng = np.random.default_rng(309)
    n = 900
    df = pd.DataFrame(
        {
            "color": rng.choice(list("DEFG"), n),
            "price": rng.gamma(2, 1500, n).round(0),
            "call_duration_sec": rng.gamma(2, 120, n).round(0),
            "Country": rng.choice(["Japan", "Chad", "Peru", "Iceland"], n),
            "Year": rng.choice([2014, 2015], n),
            "Life expectancy ": rng.normal(70, 8, n).round(1),
        }
    )
    _, text = _run(df, "avg call duration in minutes")
    assert _has(text, round(df["call_duration_sec"].mean() / 60, 2))
    _, text = _run(df, "what % of the diamonds are colour D, and whats the median price of those?")
    d = df["color"] == "D"
    assert _has(text, round(100 * d.mean(), 2)) and _has(text, df.loc[d, "price"].median())
    _, text = _run(df, "which country had the highest life expectancy in 2015")
    means = df[df["Year"] == 2015].groupby("Country")["Life expectancy "].mean()
    assert means.idxmax() in text and _has(text, round(means.max(), 2))


def test_a_placeholder_is_no_group_and_a_grouped_value_keeps_every_group() -> None:
    rng = np.random.default_rng(310)
    n = 800
    df = pd.DataFrame(
        {
            "medical_specialty": rng.choice(["?", "InternalMedicine", "Emergency", "Cardiology", "Surgery"], n),
            "ocean_proximity": rng.choice(["INLAND", "NEAR BAY", "ISLAND", "NEAR OCEAN"], n),
            "median_house_value": rng.gamma(3, 60000, n).round(0),
        }
    )
    _, text = _run(df, "top 3 medical specialties? ignore the missing ones")
    assert "?:" not in text and "?" not in text.split("**")[-2]
    _, text = _run(df, "avg house value by ocean proximity - which is highest, and whats the avg for inland?")
    means = df.groupby("ocean_proximity")["median_house_value"].mean()
    assert means.idxmax() in text and _has(text, round(means["INLAND"]))
