"""Kernel-free checks of what the rows are and which rows a word picks.

"How many different shoppers … and how many of them are in city C" of a User_ID; "not running" of a Yes/No
Functioning Day; "the people shot" beside "shot and Tasered"; a 1-or-blank mark shared over every row; times kept
as milliseconds since 1970; "for men and for women" of a coded sex; "busiest" of a count per hour, not of trips;
amounts with "Varies" among them. Each plan's cell is run here against pandas and the numbers checked.
"""

from __future__ import annotations

import contextlib
import io

import numpy as np
import pandas as pd
from test_offline_counts import converse as _run
from test_offline_questions import _has

from notebook_agent.agent.offline.catalog import Catalog
from notebook_agent.data.profile import parse_profile, profile_code


def _shoppers(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(401)
    users = 1_000_000 + rng.integers(1, 150, n)
    return pd.DataFrame(
        {
            "User_ID": users,
            "Product_ID": [f"P00{k:06d}" for k in rng.integers(1, 90, n)],
            "City_Category": np.array(["A", "B", "C"])[users % 3],
            "Marital_Status": rng.integers(0, 2, n),
            "Purchase": rng.integers(500, 20_000, n),
        }
    )


def test_a_code_named_by_who_it_is_about_is_counted_then_among_a_value() -> None:
    df = _shoppers()
    _, text = _run(df, "how many different shoppers are there? and how many of them are in city C")
    assert _has(text, df["User_ID"].nunique())
    assert _has(text, df.loc[df["City_Category"] == "C", "User_ID"].nunique())
    assert "Product_ID" not in text
    _, married = _run(df, "what % of the transactions are from married customers?")
    assert _has(married, round(100 * (df["Marital_Status"] == 1).mean(), 1)), married


def test_total_spend_is_the_purchase_amount_per_group() -> None:
    df = _shoppers()
    _, text = _run(df, "total spend by city category - which one spends the most?")
    totals = df.groupby("City_Category")["Purchase"].sum()
    assert totals.idxmax() in text and _has(text, totals.max()), text


def _hours(days: int = 40) -> pd.DataFrame:
    rng = np.random.default_rng(402)
    n = days * 24
    hour = np.tile(np.arange(24), days)
    running = np.where(rng.random(n) < 0.05, "No", "Yes")
    count = np.where(running == "Yes", (200 + 60 * np.sin((hour - 12) / 4) + rng.integers(0, 40, n)).astype(int), 0)
    return pd.DataFrame(
        {
            "Date": np.repeat(pd.date_range("2018-01-01", periods=days).strftime("%d/%m/%Y"), 24),
            "Rented Bike Count": count,
            "Hour": hour,
            "Seasons": np.repeat(np.array(["Winter", "Spring"])[np.arange(days) % 2], 24),
            "Functioning Day": running,
            "Rainfall(mm)": np.where(rng.random(n) < 0.1, rng.uniform(0.1, 9, n).round(1), 0.0),
        }
    )


def test_a_label_is_never_converted_as_a_length_of_time_and_busiest_weighs_the_count() -> None:
    df = _hours()
    plan, text = _run(df, "how many hours was the system not running at all?")
    assert _has(text, (df["Functioning Day"] == "No").sum()), text
    assert "in hours" not in plan.code
    _, busiest = _run(df, "what hour of the day is busiest on average?")
    means = df.groupby("Hour")["Rented Bike Count"].mean()
    assert _has(busiest, means.max()) and "Rented Bike Count" in busiest, busiest
    _, rentals = _run(df, "average rentals by season")
    assert _has(rentals, df.groupby("Seasons")["Rented Bike Count"].mean().max()), rentals
    # "per hour" on hourly rows is the rate's unit when a season groups
    _, hourly = _run(df, "average rentals per hour in each season")
    assert _has(hourly, df.groupby("Seasons")["Rented Bike Count"].mean().min()), hourly
    _, wet = _run(df, "rainy hours vs dry hours, avg bikes rented?")
    rainy = df["Rainfall(mm)"] > 0
    assert _has(wet, df.loc[rainy, "Rented Bike Count"].mean()), wet
    assert _has(wet, df.loc[~rainy, "Rented Bike Count"].mean()), wet


def test_a_value_every_other_value_holds_describes_every_row() -> None:
    rng = np.random.default_rng(403)
    n = 500
    df = pd.DataFrame(
        {
            "manner_of_death": rng.choice(["shot", "shot and Tasered"], n, p=[0.93, 0.07]),
            "race": rng.choice(["W", "B", "H", "A"], n, p=[0.5, 0.25, 0.2, 0.05]),
            "age": rng.integers(15, 80, n),
            "signs_of_mental_illness": rng.choice([True, False], n),
            "threat_level": rng.choice(["attack", "other"], n),
            "flee": rng.choice(["Not fleeing", "Car", "Foot"], n),
            "body_camera": rng.choice([True, False], n, p=[0.1, 0.9]),
        }
    )
    plan, text = _run(df, "what % of the people shot were black?")
    assert "manner_of_death" not in plan.code
    assert _has(text, round(100 * (df["race"] == "B").mean(), 1)), text


def test_a_mark_of_one_or_blank_is_shared_over_every_row() -> None:
    rng = np.random.default_rng(404)
    n = 400
    df = pd.DataFrame(
        {
            "job_id": np.arange(1000, 1000 + n),
            "title": rng.choice(["Nurse", "Engineer", "Analyst"], n),
            "remote_allowed": np.where(rng.random(n) < 0.15, 1.0, np.nan),
            "views": rng.integers(1, 500, n).astype(float),
        }
    )
    _, text = _run(df, "what % of the postings allow remote work?")
    assert _has(text, 100 * (df["remote_allowed"] == 1).mean()), text


def _catalog(df: pd.DataFrame) -> Catalog:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(profile_code("df"), {"df": df, "pd": pd, "np": np})
    return Catalog.from_profiles([parse_profile(out.getvalue())])


def test_milliseconds_since_1970_are_dates_and_counted_per_weekday() -> None:
    rng = np.random.default_rng(405)
    n = 300
    stamps = pd.Timestamp("2024-03-24") + pd.to_timedelta(rng.integers(0, 28 * 86400, n), unit="s")
    df = pd.DataFrame(
        {"listed_time": stamps.astype("datetime64[ms]").astype("int64").astype(float), "views": rng.integers(1, 90, n)}
    )
    column = _catalog(df).get("df", "listed_time")
    assert column is not None and column.is_date and column.date_format == "epoch_ms"
    _, text = _run(df, "which day of the week gets the most listings and how many?")
    days = pd.to_datetime(df["listed_time"], unit="ms").dt.day_name().value_counts()
    assert days.index[0] in text and _has(text, days.iloc[0]), text
    # seconds stay seconds, and a number that is no time keeps being a number
    df["views"] = df["views"] * 1e10
    assert _catalog(df).get("df", "views").date_format is None  # type: ignore[union-attr]


def test_a_coded_sex_of_a_known_table_and_amounts_with_a_word_among_them() -> None:
    rng = np.random.default_rng(406)
    n = 300
    heart = pd.DataFrame(
        {
            "age": rng.integers(30, 77, n).astype(float),
            "sex": rng.integers(0, 2, n).astype(float),
            "cp": rng.integers(1, 5, n).astype(float),
            "trestbps": rng.integers(94, 200, n).astype(float),
            "chol": rng.integers(126, 564, n).astype(float),
            "thalach": rng.integers(71, 202, n).astype(float),
            "num": rng.integers(0, 5, n),
        }
    )
    plan, common = _run(heart, "which chest pain type is most common?")
    assert _has(common, heart["cp"].value_counts().max()) and "groupby" in plan.code, common
    _, text = _run(heart, "avg cholesterol for men and for women")
    means = heart.groupby("sex")["chol"].mean()
    assert _has(text, means[1.0]) and _has(text, means[0.0]), text
    caffeine = rng.choice([*(str(v) for v in range(0, 300, 15)), "Varies"], n).astype(object)
    drinks = pd.DataFrame(
        {"Beverage": rng.choice(["Latte", "Mocha", "Tea", "Brewed Coffee"], n), "Caffeine (mg)": caffeine}
    )
    _, most = _run(drinks, "which drink has the most caffeine on average?")
    numbers = pd.to_numeric(drinks["Caffeine (mg)"], errors="coerce")
    assert numbers.groupby(drinks["Beverage"]).mean().idxmax() in most, most


def _chipotle(orders: int = 150) -> pd.DataFrame:
    rng = np.random.default_rng(407)
    menu = {"Chicken Bowl": 8.75, "Steak Burrito": 9.25, "Chips": 2.15, "Canned Soda": 1.09}
    rows = []
    for order in range(1, orders + 1):
        for item in rng.choice(list(menu), int(rng.integers(1, 4)), replace=False):
            qty = int(rng.integers(1, 3))
            rows.append((order, qty, str(item), "[Rice]", f"${qty * menu[str(item)]:.2f} "))
    return pd.DataFrame(rows, columns=["order_id", "quantity", "item_name", "choice_description", "item_price"])


def test_a_line_total_is_summed_per_order_and_a_follow_up_keeps_the_rows_it_is_about() -> None:
    df = _chipotle()
    price = pd.to_numeric(df["item_price"].str.replace(r"[$\s]", "", regex=True))
    _, text = _run(df, "how many orders are there, and what's the average order total?")
    assert _has(text, price.groupby(df["order_id"]).sum().mean()), text
    _, one = _run(df, "how much did chicken bowls bring in altogether", "and what's the avg price of one?")
    assert _has(one, price[df["item_name"] == "Chicken Bowl"].mean()), one


def _hires(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(408)
    stations = [
        f"{street} , {area}"
        for street, area in zip(
            [
                "Belgrove Street",
                "Waterloo Station 2",
                "Hyde Park Corner",
                "Bank Place",
                "Limerston Street",
                "Soho Square",
            ],
            ["King's Cross", "Waterloo", "Hyde Park", "Bank", "West Chelsea", "Soho"],
            strict=True,
        )
    ]
    start = pd.Timestamp("2019-07-01") + pd.to_timedelta(rng.integers(0, 14 * 24 * 60, n), unit="min")
    duration = rng.integers(120, 5400, n)
    ends = rng.integers(0, 6, n)
    froms = rng.choice(6, n, p=[0.35, 0.25, 0.15, 0.1, 0.1, 0.05])
    return pd.DataFrame(
        {
            "Rental Id": np.arange(87_000_000, 87_000_000 + n),
            "Duration": duration,
            "End Date": (start + pd.to_timedelta(duration, unit="s")).strftime("%d/%m/%Y %H:%M"),
            "EndStation Id": np.where(rng.random(n) < 0.02, np.nan, ends + 100),
            "EndStation Name": [stations[i] for i in ends],
            "Start Date": start.strftime("%d/%m/%Y %H:%M"),
            "StartStation Id": froms + 100,
            "StartStation Name": [stations[i] for i in froms],
        }
    )


def test_a_start_said_by_a_verb_a_name_beside_its_code_and_commas_inside_names() -> None:
    df = _hires()
    plan, text = _run(df, "top 5 docking stations people ride from")
    counts = df["StartStation Name"].value_counts()
    assert "StartStation Name" in plan.code and "explode" not in text
    assert all(str(name).split(" , ")[0] in text for name in counts.index[:3]), text
    assert _has(text, counts.iloc[0])
    plan, _ = _run(df, "which day of the week gets the most rides?")
    assert "Start Date" in plan.code and "End Date" not in plan.code


def test_two_columns_holding_the_same_value_are_counted_over_every_row() -> None:
    df = _hires()
    df.loc[:40, "EndStation Name"] = df.loc[:40, "StartStation Name"]
    _, text = _run(df, "what % of journeys end back at the station they started from?")
    same = (df["EndStation Name"] == df["StartStation Name"]).mean()
    assert _has(text, round(100 * same, 2)), text
    rng = np.random.default_rng(409)
    teams = np.array(["Mumbai", "Chennai", "Delhi", "Punjab"])
    matches = pd.DataFrame({"team1": rng.choice(teams, 120), "toss_winner": rng.choice(teams, 120)})
    matches["winner"] = np.where(rng.random(120) < 0.6, matches["toss_winner"], rng.choice(teams, 120))
    _, toss = _run(matches, "how often does the team that wins the toss go on to win the match? as a percentage")
    assert _has(toss, round(100 * (matches["toss_winner"] == matches["winner"]).mean(), 2)), toss


def test_a_count_over_a_bound_and_the_most_expensive_of_those() -> None:
    rng = np.random.default_rng(410)
    listings = pd.DataFrame(
        {"room_type": rng.choice(["Entire home", "Private room"], 300), "price": rng.integers(20, 1600, 300)}
    )
    _, text = _run(listings, "how many listings cost more than $1000 a night, and what's the most expensive one?")
    assert _has(text, (listings["price"] > 1000).sum()) and _has(text, listings["price"].max()), text


def test_rows_per_value_across_everything_and_ages_said_as_a_group() -> None:
    rng = np.random.default_rng(411)
    orders = pd.DataFrame(
        {"order_id": np.arange(500), "user_id": rng.integers(1, 60, 500), "responses": rng.integers(0, 9, 500)}
    )
    _, text = _run(
        orders, "how many distinct customers are there, and how many orders does a customer place on average?"
    )
    assert _has(text, orders["user_id"].nunique()) and _has(text, len(orders) / orders["user_id"].nunique()), text
    _, total = _run(orders, "total responses across all orders?")
    assert _has(total, orders["responses"].sum()), total
    people = pd.DataFrame(
        {"CustomerID": np.arange(300), "Age": rng.integers(18, 70, 300), "Spend": rng.integers(1, 99, 300)}
    )
    _, older = _run(people, "how many customers are over 50s")
    assert _has(older, (people["Age"] > 50).sum()), older


def test_a_measure_on_two_ranges_of_another_column() -> None:
    rng = np.random.default_rng(412)
    people = pd.DataFrame(
        {
            "CustomerID": np.arange(400),
            "Age": rng.integers(18, 70, 400),
            "Annual Income (k$)": rng.integers(15, 140, 400),
        }
    )
    _, text = _run(people, "median income for under 30s vs over 50s?")
    young = people.loc[people["Age"] < 30, "Annual Income (k$)"].median()
    old = people.loc[people["Age"] > 50, "Annual Income (k$)"].median()
    assert _has(text, young) and _has(text, old), text


def test_which_group_changed_most_between_two_years() -> None:
    rng = np.random.default_rng(413)
    countries = [f"Country {k}" for k in range(12)]
    years = [1952, 1957, 1962, 2002, 2007]
    rows = [
        (c, y, 40 + k + (y - 1952) * (0.1 + 0.05 * k) + rng.normal(0, 0.3))
        for k, c in enumerate(countries)
        for y in years
    ]
    df = pd.DataFrame(rows, columns=["country", "year", "lifeExp"])
    _, text = _run(df, "which country gained the most years of life expectancy between 1952 and 2007?")
    wide = df.pivot(index="country", columns="year", values="lifeExp")
    gain = wide[2007] - wide[1952]
    assert gain.idxmax() in text and _has(text, gain.max()), text
    _, still = _run(
        df,
        "which country gained the most years of life expectancy between 1952 and 2007?",
        "how many countries were still under 60 in 2007?",
    )
    assert _has(still, ((df["year"] == 2007) & (df["lifeExp"] < 60)).sum()) and "2007" in still, still
    _, drop = _run(df, "top 3 countries where life expectancy rose the least in % since 1962")
    pct = 100 * (wide[2007] - wide[1962]) / wide[1962]
    assert pct.idxmin() in drop or gain.idxmin() in drop, drop


def test_which_hour_reads_the_date_that_has_clock_times() -> None:
    rng = np.random.default_rng(414)
    when = pd.Timestamp("2016-01-01") + pd.to_timedelta(rng.integers(0, 90 * 24 * 60, 500), unit="min")
    calls = pd.DataFrame(
        {
            "Call Date": when.strftime("%m/%d/%Y"),
            "Received DtTm": when.strftime("%m/%d/%Y %I:%M:%S %p"),
            "Call Type": rng.choice(["Medical Incident", "Alarms", "Structure Fire"], 500),
        }
    )
    plan, text = _run(calls, "plot calls by hour of day. busiest hour?")
    hours = when.hour.value_counts()
    assert "Received DtTm" in plan.code and _has(text, hours.max()), text


def test_a_span_named_x_to_y_and_narrowed_by_a_follow_up() -> None:
    rng = np.random.default_rng(415)
    n = 400
    received = pd.Timestamp("2016-01-01") + pd.to_timedelta(rng.integers(0, 90 * 24 * 60, n), unit="min")
    response = received + pd.to_timedelta(rng.integers(1, 4, n), unit="min")
    scene = response + pd.to_timedelta(rng.integers(2, 15, n), unit="min")
    fmt = "%m/%d/%Y %I:%M:%S %p"
    calls = pd.DataFrame(
        {
            "Received DtTm": received.strftime(fmt),
            "Response DtTm": response.strftime(fmt),
            "On Scene DtTm": scene.strftime(fmt),
            "Neighborhood": rng.choice(["Tenderloin", "Mission", "Marina"], n),
        }
    )
    minutes = pd.Series((scene - received).total_seconds() / 60)
    _, text = _run(calls, "how long does it take, received to on scene, on average in minutes")
    assert _has(text, minutes.mean()), text
    _, narrowed = _run(
        calls, "how long does it take, received to on scene, on average in minutes", "and in the tenderloin?"
    )
    assert _has(narrowed, minutes[(calls["Neighborhood"] == "Tenderloin").to_numpy()].mean()), narrowed
    videos = pd.DataFrame({"video_id": rng.choice([f"v{k}" for k in range(40)], n), "likes": rng.integers(0, 9000, n)})
    plan, many = _run(
        videos, "how many different videos are in this? looks like the same ones show up on multiple days"
    )
    assert _has(many, videos["video_id"].nunique()) and "likes" not in plan.code, many


def test_how_far_a_meter_ran_between_its_two_readings() -> None:
    rng = np.random.default_rng(416)
    out = rng.integers(10_000, 60_000, 300)
    hires = pd.DataFrame(
        {"Days": rng.integers(1, 9, 300), "Odometer Out (mi)": out, "Odometer In (mi)": out + rng.integers(5, 600, 300)}
    )
    _, text = _run(hires, "on average how many miles does a rental do")
    assert _has(text, (hires["Odometer In (mi)"] - hires["Odometer Out (mi)"]).mean()), text


def test_the_length_of_each_rows_text_in_words() -> None:
    rng = np.random.default_rng(417)
    words = rng.integers(3, 80, 300)
    reviews = pd.DataFrame(
        {
            "Id": np.arange(300),
            "Score": np.clip(5 - words // 20 + rng.integers(-1, 2, 300), 1, 5),
            "Text": [" ".join(["good"] * int(k)) for k in words],
        }
    )
    _, text = _run(reviews, "do longer reviews get lower scores? corr between review length in words and score")
    assert _has(text, round(pd.Series(words).corr(reviews["Score"]), 4)), text


def test_heights_in_feet_and_inches_are_read_as_inches() -> None:
    rng = np.random.default_rng(418)
    inches = rng.integers(64, 79, 300)
    players = pd.DataFrame(
        {
            "Name": [f"P{k}" for k in range(300)],
            "Age": rng.integers(17, 40, 300),
            "Position": rng.choice(["GK", "CB", "ST"], 300),
            "Height": [f"{k // 12}'{k % 12}" for k in inches],
        }
    )
    _, text = _run(players, "how many players are over 6 foot")
    assert _has(text, (inches > 72).sum()), text
    _, mean = _run(players, "average height by position")
    assert _has(mean, pd.Series(inches).groupby(players["Position"]).mean().max()), mean


def test_a_value_whose_last_word_is_said_shorter() -> None:
    rng = np.random.default_rng(419)
    claims = pd.DataFrame(
        {
            "Claim Site": rng.choice(
                ["Checked Baggage", "Checkpoint", "Other", "Motor Vehicle"], 400, p=[0.6, 0.3, 0.05, 0.05]
            ),
            "Claim Amount": rng.integers(10, 3000, 400),
        }
    )
    _, text = _run(claims, "median claim amount at the checkpoint vs in checked bags?")
    medians = claims.groupby("Claim Site")["Claim Amount"].median()
    assert _has(text, medians["Checked Baggage"]) and _has(text, medians["Checkpoint"]), text
    assert "Motor Vehicle" not in text
