"""Kernel-free checks of everyday questions on order lines, marketing campaigns, lettings and registrations.

"Average order value" adds up each order's lines first; "revenue" is the line total when no column is called so;
"which hour" reads the time kept beside a date; "Mnt" opening six names is a prefix, not "month"; "which campaign
got the highest acceptance rate" ranks the like columns; two measures set side by side; "a 2 bed flat"; "monthly
rent" of Rent PCM; "in arrears at all"; "leave those out"; "in King County only"; "and … there". Each plan's cell
is run here against pandas and the numbers checked.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from test_offline_counts import converse as _run
from test_offline_questions import _has
from test_offline_reading import _profile

from notebook_agent.agent.offline import OfflineAnalyst, OfflineAnswer


def _orders(n: int = 900) -> pd.DataFrame:
    rng = np.random.default_rng(101)
    order = np.sort(rng.integers(1, 320, n))
    names = np.array(["The Hawaiian Pizza", "The Pepperoni Pizza", "The Veggie Pizza", "The Four Cheese Pizza"])
    name = rng.choice(names, n, p=[0.4, 0.3, 0.2, 0.1])
    size = rng.choice(["S", "M", "L"], n)
    qty = rng.choice([1, 1, 1, 2, 3], n)
    price = np.where(size == "S", 12.0, np.where(size == "M", 16.0, 20.5))
    hour = rng.choice([11, 12, 12, 13, 17, 18, 19], n)
    day = pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    return pd.DataFrame(
        {
            "pizza_id": np.arange(1, n + 1),
            "order_id": order,
            "quantity": qty,
            "order_date": day.strftime("%m/%d/%Y"),
            "order_time": [
                f"{h:02d}:{m:02d}:{s:02d}"
                for h, m, s in zip(hour, rng.integers(0, 60, n), rng.integers(0, 60, n), strict=True)
            ],
            "unit_price": price,
            "total_price": price * qty,
            "pizza_size": size,
            "pizza_name": name,
        }
    )


def test_average_order_value_adds_up_each_orders_lines_first() -> None:
    df = _orders()
    _, text = _run(df, "What's our average order value?")
    per_order = df.groupby("order_id")["total_price"].sum()
    assert _has(text, round(per_order.mean(), 2))
    assert not _has(text, round(df["total_price"].mean(), 2))


def test_revenue_is_the_line_total_and_its_share_by_size() -> None:
    df = _orders()
    _, text = _run(df, "what was our total revenue?")
    assert _has(text, df["total_price"].sum())
    _, text = _run(df, "what % of sales come from each pizza size?")
    shares = df.groupby("pizza_size")["total_price"].sum() / df["total_price"].sum()
    assert all(_has(text, round(100 * s, 2)) for s in shares)


def test_which_hour_reads_the_time_kept_beside_the_date() -> None:
    df = _orders()
    _, text = _run(df, "what hour of the day do we get the most orders?")
    hours = pd.to_datetime(df["order_time"], format="%H:%M:%S").dt.hour.value_counts()
    assert "order_time" in text.splitlines()[0]
    assert _has(text, hours.max()) and str(hours.idxmax()) in text


def test_the_best_selling_things_rank_their_name_not_the_line_number() -> None:
    df = _orders()
    _, text = _run(df, "top 3 best selling pizzas by number sold?")
    top = df.groupby("pizza_name")["quantity"].sum().nlargest(3)
    assert all(name in text for name in top.index)


def _campaigns(n: int = 800) -> pd.DataFrame:
    rng = np.random.default_rng(102)
    frame = pd.DataFrame(
        {
            "ID": np.arange(n),
            "Income": rng.normal(52000, 15000, n).round(0),
            "Dt_Customer": (pd.Timestamp("2012-08-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")).strftime(
                "%d-%m-%Y"
            ),
            "MntWines": rng.integers(0, 1500, n),
            "MntFruits": rng.integers(0, 200, n),
            "MntMeatProducts": rng.integers(0, 1000, n),
            "MntFishProducts": rng.integers(0, 250, n),
            "NumWebVisitsMonth": rng.integers(0, 10, n),
        }
    )
    for k, p in enumerate([0.07, 0.13, 0.08, 0.06, 0.02], start=1):
        frame[f"AcceptedCmp{k}"] = (rng.random(n) < p).astype(int)
    frame.loc[rng.choice(n, 24, replace=False), "Income"] = np.nan
    return frame


def test_a_prefix_of_many_names_is_not_the_month_they_happen_to_shorten() -> None:
    df = _campaigns()
    _, text = _run(df, "which month did we sign up the most new customers, and how many joined that month?")
    months = pd.to_datetime(df["Dt_Customer"], format="%d-%m-%Y").dt.to_period("M").value_counts()
    assert "Dt_Customer" in text.splitlines()[0] and _has(text, months.max())


def test_which_of_like_columns_ranks_the_columns() -> None:
    df = _campaigns()
    _, text = _run(df, "Of the five campaigns, which one got the highest acceptance rate?")
    rates = df[[f"AcceptedCmp{k}" for k in range(1, 6)]].mean()
    assert f"**{rates.idxmax()}**" in text and _has(text, round(100 * rates.max(), 2))


def test_two_measures_totalled_side_by_side() -> None:
    df = _campaigns()
    _, text = _run(df, "How much did customers spend in total on wine compared with meat?")
    assert _has(text, df["MntWines"].sum()) and _has(text, df["MntMeatProducts"].sum())


def test_an_average_and_how_many_are_missing_it() -> None:
    df = _campaigns()
    _, text = _run(df, "what's the average income? some are blank - how many customers are missing it?")
    assert _has(text, 24) and _has(text, round(df["Income"].mean(), 1))


def _lettings(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(103)
    beds = rng.integers(1, 5, n)
    kind = rng.choice(["Flat", "Terraced", "Semi-Detached"], n)
    arrears = np.where(rng.random(n) < 0.12, rng.uniform(50, 900, n).round(2), 0.0)
    return pd.DataFrame(
        {
            "Tenancy Ref": [f"T-{i:05d}" for i in range(n)],
            "Branch": rng.choice(["Leeds City Centre", "Headingley", "Chapel Allerton"], n),
            "Property Type": kind,
            "Beds": beds,
            "Rent PCM (£)": (400 + 210 * beds + rng.normal(0, 40, n)).round(0),
            "Tenancy Start": (
                pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 1400, n), unit="D")
            ).strftime("%d/%m/%Y"),
            "Arrears (£)": arrears,
        }
    )


def test_a_numbered_thing_filters_and_a_monthly_rent_is_the_rent_per_month() -> None:
    df = _lettings()
    _, text = _run(df, "what's the average monthly rent for a 2 bed flat?")
    want = df[(df["Beds"] == 2) & (df["Property Type"] == "Flat")]["Rent PCM (£)"].mean()
    assert _has(text, round(want, 2))


def test_in_arrears_at_all_is_an_amount_above_zero() -> None:
    df = _lettings()
    _, text = _run(df, "what proportion of tenancies are in arrears at all?")
    assert _has(text, round(100 * (df["Arrears (£)"] > 0).mean(), 2))


def test_owed_the_most_is_the_total_per_group() -> None:
    df = _lettings()
    _, text = _run(df, "Which branch is owed the most in arrears?")
    totals = df.groupby("Branch")["Arrears (£)"].sum()
    assert totals.idxmax() in text and _has(text, round(totals.max(), 2))


def test_an_average_by_a_group_without_a_measure_asks_which() -> None:
    df = _lettings()
    reply = OfflineAnalyst().respond("can you give me the average by branch?", [_profile(df)], {})
    assert isinstance(reply, OfflineAnswer)
    assert "which column" in reply.text.lower() and "Rent PCM (£)" in reply.text


def _registrations(n: int = 700) -> pd.DataFrame:
    rng = np.random.default_rng(104)
    kind = rng.choice(["Battery Electric Vehicle (BEV)", "Plug-in Hybrid Electric Vehicle (PHEV)"], n, p=[0.7, 0.3])
    researched = rng.random(n) < 0.5
    rng_km = np.where(kind == "Battery Electric Vehicle (BEV)", 230, 30) + rng.normal(0, 10, n)
    eligible = np.where(
        ~researched,
        "Eligibility unknown as battery range has not been researched",
        np.where(rng_km > 40, "Clean Alternative Fuel Vehicle Eligible", "Not eligible due to low battery range"),
    )
    return pd.DataFrame(
        {
            "County": rng.choice(["King", "Pierce", "Snohomish"], n),
            "Model": rng.choice(["MODEL Y", "LEAF", "BOLT EV", "PRIUS PRIME"], n),
            "Electric Vehicle Type": kind,
            "Clean Alternative Fuel Vehicle (CAFV) Eligibility": eligible,
            "Electric Range": np.where(researched, rng_km.round(), 0).astype(int),
        }
    )


def test_values_named_by_their_initials_or_first_words_are_counted_each() -> None:
    df = _registrations()
    _, text = _run(df, "how many of these are plug-in hybrids and how many are fully battery electric?")
    counts = df["Electric Vehicle Type"].value_counts()
    assert all(_has(text, v) for v in counts)


def test_rows_the_question_asks_to_leave_out_are_dropped_first() -> None:
    df = _registrations()
    question = "average electric range for BEVs vs PHEVs? a range of 0 means not researched so leave those out"
    _, text = _run(df, question)
    kept = df[df["Electric Range"] != 0].groupby("Electric Vehicle Type")["Electric Range"].mean()
    assert "left out" in text.splitlines()[0]
    assert all(_has(text, round(v, 2)) for v in kept)


def test_a_share_within_the_rows_of_a_place_and_a_follow_up_about_there() -> None:
    df = _registrations()
    column = "Clean Alternative Fuel Vehicle (CAFV) Eligibility"
    king = df[df["County"] == "King"]
    _, text = _run(
        df, "In King County only, what share of the vehicles are eligible as a clean alternative fuel vehicle?"
    )
    assert _has(text, round(100 * (king[column] == "Clean Alternative Fuel Vehicle Eligible").mean(), 2))
    _, text = _run(
        df,
        "In King County only, what share of the vehicles are eligible as a clean alternative fuel vehicle?",
        "and what are the 3 most popular models there?",
    )
    assert _has(text, king["Model"].value_counts().iloc[0])


def test_who_did_the_most_then_their_own_average() -> None:
    rng = np.random.default_rng(105)
    df = pd.DataFrame(
        {
            "taster_name": rng.choice(["Roger Voss", "Kerin O'Keefe", "Paul Gregutt"], 500, p=[0.5, 0.3, 0.2]),
            "winery": rng.choice(["Kellerhof", "Casa Nova", "Domaine X"], 500),
            "points": rng.integers(80, 100, 500),
        }
    )
    _, text = _run(df, "who reviewed the most wines, and what's their average rating?")
    top = df["taster_name"].value_counts().idxmax()
    assert top in text and _has(text, round(df[df["taster_name"] == top]["points"].mean(), 2))


def test_a_reject_rate_is_rejects_over_units_made_and_a_claim_is_not_the_cost() -> None:
    rng = np.random.default_rng(106)
    made = rng.integers(5000, 9000, 400)
    df = pd.DataFrame(
        {
            "Line": rng.choice(["Line 1", "Line 2"], 400),
            "Units Produced": made,
            "Units Rejected": (made * rng.uniform(0.01, 0.04, 400)).astype(int),
            "Repair Cost (£)": rng.uniform(50, 500, 400).round(2),
            "Claim Rec'd": rng.choice(["Y", "N"], 400, p=[0.1, 0.9]),
            "Priority": rng.choice(["Cat 1 (24 hrs)", "Cat 2H (5 days)", "Cat 3 (Monitor)"], 400),
        }
    )
    _, text = _run(df, "whats the overall reject rate?")
    assert _has(text, round(100 * df["Units Rejected"].sum() / df["Units Produced"].sum(), 2))
    _, text = _run(df, "what % ended up with a compensation claim, split by line?")
    rates = df.groupby("Line")["Claim Rec'd"].apply(lambda s: (s == "Y").mean())
    assert all(_has(text, round(100 * r, 2)) for r in rates)
    _, text = _run(df, "how many Cat 1 defects were there?")
    assert _has(text, int((df["Priority"] == "Cat 1 (24 hrs)").sum()))


def test_how_often_each_named_value_as_a_share_and_just_among_flagged_rows() -> None:
    rng = np.random.default_rng(107)
    df = pd.DataFrame(
        {
            "rated": rng.random(800) < 0.8,
            "winner": rng.choice(["white", "black", "draw"], 800, p=[0.5, 0.45, 0.05]),
            "opening_name": rng.choice(["Sicilian Defense", "French Defense", "Queen's Gambit"], 800),
            "opening_ply": rng.integers(1, 12, 800),
        }
    )
    _, text = _run(df, "how often does white win vs black? as a %")
    assert _has(text, round(100 * (df["winner"] == "white").mean(), 2))
    _, text = _run(df, "how often does white win vs black? as a %", "and just in rated games?")
    rated = df[df["rated"]]
    assert _has(text, round(100 * (rated["winner"] == "white").mean(), 2))
    _, text = _run(df, "What are the 3 most played openings?")
    assert "opening_name" in text.splitlines()[0] and _has(text, df["opening_name"].value_counts().iloc[0])


def test_an_acronym_in_a_name_is_read_by_its_words_and_by_itself() -> None:
    rng = np.random.default_rng(108)
    df = pd.DataFrame(
        {
            "Neighborhood": rng.choice(["DOWNTOWN", "BALLARD", "Ballard", "EAST"], 600, p=[0.4, 0.25, 0.05, 0.3]),
            "YearBuilt": rng.integers(1900, 2015, 600),
            "NumberofBuildings": rng.integers(1, 3, 600),
            "SiteEUI(kBtu/sf)": rng.gamma(3, 20, 600).round(1),
            "NaturalGas(therms)": rng.gamma(2, 5000, 600).round(0),
            "TotalGHGEmissions": rng.gamma(2, 60, 600).round(1),
            "ENERGYSTARScore": np.where(rng.random(600) < 0.2, np.nan, rng.integers(1, 100, 600)),
        }
    )
    _, text = _run(df, "Which neighbourhood has the highest total greenhouse gas emissions?")
    totals = df.groupby("Neighborhood")["TotalGHGEmissions"].sum()
    assert totals.idxmax() in text and _has(text, round(totals.max(), 1))
    _, text = _run(df, "Are older buildings less efficient? correlation between year built and site EUI")
    assert _has(text, round(df["YearBuilt"].corr(df["SiteEUI(kBtu/sf)"]), 3))
    _, text = _run(df, "how many buildings are in Ballard?")
    assert _has(text, int(df["Neighborhood"].str.lower().eq("ballard").sum()))
    _, text = _run(df, "whats the avg energy star score, and how many buildings don't have one?")
    assert _has(text, int(df["ENERGYSTARScore"].isna().sum())) and _has(text, round(df["ENERGYSTARScore"].mean(), 2))


def test_a_rate_of_a_value_on_one_place_and_then_on_another() -> None:
    rng = np.random.default_rng(109)
    peak = rng.choice(["Everest", "Ama Dablam", "Manaslu"], 900)
    df = pd.DataFrame(
        {
            "peak_name": peak,
            "termination_reason": np.where(
                rng.random(900) < np.where(peak == "Everest", 0.55, 0.75),
                rng.choice(["Success (main peak)", "Success (subpeak)"], 900, p=[0.95, 0.05]),
                rng.choice(["Bad weather (storms, high winds)", "Lack of time"], 900),
            ),
        }
    )

    def rate(where: str) -> float:
        rows = df[df["peak_name"] == where]
        return round(100 * float((rows["termination_reason"] == "Success (main peak)").mean()), 2)

    _, text = _run(df, "What's the success rate on Everest?")
    assert _has(text, rate("Everest"))
    _, text = _run(df, "What's the success rate on Everest?", "and on ama dablam?")
    assert _has(text, rate("Ama Dablam"))


def test_thousands_in_the_unit_a_compound_word_and_per_record_by_group() -> None:
    rng = np.random.default_rng(110)
    df = pd.DataFrame(
        {
            "Cow No": rng.integers(1001, 1200, 700),
            "Breed": rng.choice(["Holstein Friesian", "Jersey", "Ayrshire"], 700),
            "Milk (kg)": rng.normal(28, 6, 700).round(1),
            "Fat %": rng.normal(4.1, 0.4, 700).round(2),
            "SCC ('000/ml)": rng.gamma(2, 90, 700).round(0),
        }
    )
    _, text = _run(df, "how many samples came back over 200k SCC?")
    assert _has(text, int((df["SCC ('000/ml)"] > 200).sum()))
    _, text = _run(df, "avg milk yield per cow by breed?")
    assert "Breed" in text.splitlines()[0]
    assert all(_has(text, round(v, 2)) for v in df.groupby("Breed")["Milk (kg)"].mean())
    _, text = _run(df, "avg milk yield per cow by breed?", "what about butterfat %?")
    assert all(_has(text, round(v, 2)) for v in df.groupby("Breed")["Fat %"].mean())


def test_billable_hours_as_a_share_of_all_hours_and_people_ranked_by_them() -> None:
    rng = np.random.default_rng(111)
    df = pd.DataFrame(
        {
            "Employee": rng.choice(["Kate Fraser", "Will Patel", "Zoe Hughes", "Ben Lindqvist"], 900),
            "Practice": rng.choice(["Digital", "Data & Analytics"], 900),
            "Hrs": rng.choice([3.5, 7.5, 15.0, 37.5], 900),
            "Billable (Y/N)": rng.choice(["Y", "N"], 900, p=[0.6, 0.4]),
        }
    )
    billable = df["Hrs"].where(df["Billable (Y/N)"] == "Y", 0)
    question = "what's our utilisation overall? billable hrs as a % of all hours"
    _, text = _run(df, question)
    assert _has(text, round(100 * billable.sum() / df["Hrs"].sum(), 2))
    _, text = _run(df, question, "and by practice?")
    shares = billable.groupby(df["Practice"]).sum() / df.groupby("Practice")["Hrs"].sum()
    assert all(_has(text, round(100 * v, 2)) for v in shares)
    _, text = _run(df, "top 3 people by billable hours")
    top = billable.groupby(df["Employee"]).sum().nlargest(3)
    assert all(name in text for name in top.index) and _has(text, top.iloc[0])


def _survey(n: int = 700) -> pd.DataFrame:
    rng = np.random.default_rng(112)
    family = rng.choice(["Yes", "No"], n, p=[0.4, 0.6])
    treated = np.where(rng.random(n) < np.where(family == "Yes", 0.7, 0.4), "Yes", "No")
    age = rng.integers(20, 60, n).astype(float)
    age[:3] = [99999999999.0, -1726.0, 329.0]
    return pd.DataFrame(
        {
            "Age": age,
            "family_history": family,
            "treatment": treated,
            "benefits": rng.choice(["Yes", "No", "Don't know"], n),
            "mental_health_consequence": rng.choice(["Yes", "No", "Maybe"], n),
            "mental_health_interview": rng.choice(["Yes", "No", "Maybe"], n),
        }
    )


def test_words_that_describe_a_column_named_in_full_do_not_make_the_reader_ask() -> None:
    df = _survey()
    first = "what % of respondents have sought treatment for a mental health condition?"
    _, text = _run(df, first)
    assert _has(text, round(100 * (df["treatment"] == "Yes").mean(), 2))
    _, text = _run(df, first, "is that higher for people with a family history of mental illness?")
    rates = df.groupby("family_history")["treatment"].apply(lambda s: (s == "Yes").mean())
    assert all(_has(text, round(100 * r, 2)) for r in rates)


def test_a_typical_value_with_junk_said_is_the_median() -> None:
    df = _survey()
    _, text = _run(df, "What's the typical age of the people who answered? a few of the ages are obviously junk")
    assert _has(text, df["Age"].median())


def test_the_gap_between_a_pair_of_like_columns_is_their_difference() -> None:
    rng = np.random.default_rng(113)
    white = rng.integers(1200, 2200, 600)
    black = rng.integers(1200, 2200, 600)
    df = pd.DataFrame(
        {
            "turns": (80 - (white - black) / 20 + rng.normal(0, 10, 600)).round().astype(int),
            "white_rating": white,
            "black_rating": black,
            "opening_ply": rng.integers(1, 12, 600),
        }
    )
    _, text = _run(df, "Is the rating gap between the two players related to how many turns the game lasts?")
    assert _has(text, round((df["white_rating"] - df["black_rating"]).corr(df["turns"]), 3))


def test_an_acceptance_rate_named_by_a_yes_no_label_is_not_a_stage_value() -> None:
    rng = np.random.default_rng(114)
    stage = rng.choice(["Applied", "Interview", "Offer", "Hired"], 800, p=[0.5, 0.25, 0.1, 0.15])
    offered = np.isin(stage, ["Offer", "Hired"])
    df = pd.DataFrame(
        {
            "Stage Reached": stage,
            "Offer Accepted": pd.Series(np.where(stage == "Hired", "Yes", "No")).where(offered),
        }
    )
    _, text = _run(df, "what's our offer acceptance rate?")
    given = df["Offer Accepted"].dropna()
    assert _has(text, round(100 * (given == "Yes").mean(), 2)) or _has(
        text, round(100 * (df["Offer Accepted"] == "Yes").mean(), 2)
    )
    assert "Stage Reached" not in text.splitlines()[0]


def test_amounts_written_with_magnitude_letters_are_summed_as_numbers() -> None:
    rng = np.random.default_rng(115)
    kind = rng.choice(["Hail", "Flood", "Tornado", "Heat"], 600)
    dollars = rng.gamma(1.2, 40_000, 600) * np.where(kind == "Tornado", 30, 1)
    text = [f"{d / 1e6:.2f}M" if d >= 1e6 else f"{d / 1e3:.2f}K" for d in dollars]
    df = pd.DataFrame({"EVENT_TYPE": kind, "DAMAGE_PROPERTY": text, "DEATHS_DIRECT": rng.integers(0, 3, 600)})
    plan, answer = _run(df, "Which 3 event types caused the most property damage ($)?")
    read = (
        pd.Series([float(t[:-1]) * (1e6 if t.endswith("M") else 1e3) for t in text], index=df.index)
        .groupby(df["EVENT_TYPE"])
        .sum()
    )
    assert read.idxmax() in answer and _has(answer, round(read.max(), 1))
    plan, _ = _run(df, "How many heat related events were there?")
    assert "corr" not in plan.code


def test_everyday_words_for_named_columns() -> None:
    rng = np.random.default_rng(116)
    df = pd.DataFrame(
        {
            "restaurant": rng.choice(["Mcdonalds", "Subway", "Taco Bell"], 500),
            "item": [f"Item {i}" for i in range(500)],
            "calories": rng.integers(100, 1500, 500),
            "sat_fat": rng.uniform(0, 20, 500).round(1),
            "sodium": rng.integers(100, 4000, 500),
            "Primary Fur Color": rng.choice(["Gray", "Cinnamon", "Black"], 500),
            "Highlight Fur Color": rng.choice(["White", "Cinnamon", "Gray"], 500),
        }
    )
    _, text = _run(df, "which chain has the highest average calories per item?")
    means = df.groupby("restaurant")["calories"].mean()
    assert means.idxmax() in text and "restaurant" in text.splitlines()[0]
    _, text = _run(df, "top 5 saltiest items")
    assert "sodium" in text.splitlines()[0] and df.nlargest(1, "sodium")["item"].iloc[0] in text
    _, text = _run(df, "breakdown by main fur colour?")
    assert "Primary Fur Color" in text.splitlines()[0]


def test_a_show_tonnes_and_a_date_packed_month_first() -> None:
    rng = np.random.default_rng(117)
    df = pd.DataFrame(
        {
            "Production": rng.choice(["Blood Brothers", "Cinderella - The Panto", "Hamlet"], 700),
            "Qty": rng.integers(1, 6, 700),
            "Waste Stream": rng.choice(["Food", "Residual", "Recycling"], 700),
            "Tonnage (t)": rng.uniform(1, 12, 700).round(2),
            "Date": rng.choice([10062018, 10072018, 10132018, 10142018], 700, p=[0.2, 0.2, 0.4, 0.2]),
        }
    )
    _, text = _run(df, "which show has sold the most tickets?")
    assert df.groupby("Production")["Qty"].sum().idxmax() in text
    _, text = _run(df, "total tonnes collected for each waste stream?")
    assert all(_has(text, round(v, 2)) for v in df.groupby("Waste Stream")["Tonnage (t)"].sum())
    _, text = _run(df, "which day had the most sightings?")
    assert "2018-10-13" in text


def test_a_share_paid_after_the_due_date() -> None:
    rng = np.random.default_rng(118)
    due = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 300, 500), unit="D")
    paid = due + pd.to_timedelta(rng.integers(-20, 40, 500), unit="D")
    df = pd.DataFrame(
        {
            "Inv No": [f"SI-{i}" for i in range(500)],
            "Due Date": due.strftime("%d/%m/%Y"),
            "Paid Date": paid.strftime("%d/%m/%Y"),
        }
    )
    _, text = _run(df, "what percentage of invoices get paid late?")
    assert _has(text, round(100 * (paid > due).mean(), 2))


def test_each_groups_share_of_the_rows_when_no_measure_is_named() -> None:
    rng = np.random.default_rng(119)
    df = pd.DataFrame(
        {
            "Order No": [f"BO{i}" for i in range(600)],
            "Channel": rng.choice(["Online", "Phone", "Box Office"], 600, p=[0.6, 0.25, 0.15]),
            "Order Total (£)": rng.uniform(10, 200, 600).round(2),
        }
    )
    _, text = _run(df, "what share of orders come through each sales channel?")
    shares = df["Channel"].value_counts(normalize=True)
    assert all(_has(text, round(100 * v, 2)) for v in shares)
    assert "Order Total" not in text.splitlines()[0]


def test_a_count_and_the_total_of_the_rows_counted() -> None:
    rng = np.random.default_rng(120)
    df = pd.DataFrame(
        {
            "Inv No": [f"SI-{i}" for i in range(500)],
            "Net (£)": rng.uniform(100, 5000, 500).round(2),
            "Disputed?": pd.Series(np.where(rng.random(500) < 0.1, "Y", "")).replace("", None),
        }
    )
    df["Gross (£)"] = (df["Net (£)"] * 1.2).round(2)
    _, text = _run(df, "how many invoices are disputed + what's the total value?")
    disputed = df[df["Disputed?"] == "Y"]
    assert _has(text, len(disputed)) and _has(text, round(disputed["Gross (£)"].sum(), 1))


def test_returns_per_month_and_days_from_order_to_return() -> None:
    rng = np.random.default_rng(121)
    ordered = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 330, 500), unit="D")
    returned = ordered + pd.to_timedelta(rng.integers(1, 30, 500), unit="D")
    df = pd.DataFrame(
        {
            "Order No.": rng.integers(100_000, 200_000, 500),
            "Order Date": ordered.strftime("%d/%m/%Y"),
            "Return Date": returned.strftime("%d/%m/%Y"),
            "Refund Amt (£)": rng.uniform(5, 120, 500).round(2),
        }
    )
    _, text = _run(df, "Plot returns per month - when did we get the most?")
    months = returned.to_period("M").value_counts()
    assert "Order No." not in text.splitlines()[0] and _has(text, months.max())
    _, text = _run(df, "On average how many days after ordering do people send things back?")
    assert _has(text, round((returned - ordered).days.to_series().mean(), 2))


def test_rows_kept_while_a_flag_holds() -> None:
    rng = np.random.default_rng(122)
    is_open = (rng.random(800) < 0.8).astype(int)
    df = pd.DataFrame(
        {
            "Store": rng.integers(1, 6, 800),
            "Open": is_open,
            "Sales": np.where(is_open == 1, rng.normal(7000, 1500, 800).round(), 0),
        }
    )
    _, text = _run(df, "What are average sales per store when the shops are actually open?")
    means = df[df["Open"] == 1].groupby("Store")["Sales"].mean()
    assert all(_has(text, round(v, 2)) for v in means)


def test_a_sum_written_out_with_in_total_and_a_share_never_collected_per_centre() -> None:
    rng = np.random.default_rng(123)
    df = pd.DataFrame(
        {
            "Voucher No": [f"FB{i:05d}" for i in range(600)],
            "Distribution Centre": rng.choice(["St Mark's", "Hillside", "Town Hall"], 600),
            "Adults": rng.integers(1, 4, 600),
            "Children": rng.integers(0, 4, 600),
            "Collected (Y/N)": rng.choice(["Y", "N"], 600, p=[0.88, 0.12]),
        }
    )
    _, text = _run(df, "How many people have we fed in total (adults + kids)?")
    assert _has(text, int((df["Adults"] + df["Children"]).sum()))
    first = "what pct of vouchers never got picked up?"
    _, text = _run(df, first)
    assert _has(text, round(100 * (df["Collected (Y/N)"] == "N").mean(), 2))
    _, text = _run(df, first, "is any centre particularly bad for that?")
    rates = df.groupby("Distribution Centre")["Collected (Y/N)"].apply(lambda s: (s == "N").mean())
    assert all(_has(text, round(100 * r, 2)) for r in rates)


def test_trips_counted_by_month_and_a_total_said_after_the_measure() -> None:
    rng = np.random.default_rng(124)
    when = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 180 * 24, 900), unit="h")
    df = pd.DataFrame(
        {
            "tpep_pickup_datetime": when.strftime("%Y-%m-%d %H:%M:%S"),
            "trip_distance": rng.gamma(2, 1.5, 900).round(2),
            "primary_fuel": rng.choice(["Coal", "Gas", "Wind"], 900),
            "capacity_mw": rng.gamma(2, 200, 900).round(1),
        }
    )
    _, text = _run(df, "plot trips by month for me, which month was the busiest?")
    months = when.to_period("M").value_counts()
    assert "trip_distance" not in text.splitlines()[0] and _has(text, months.max())
    _, text = _run(df, "which fuel type has the most generating capacity in total?")
    totals = df.groupby("primary_fuel")["capacity_mw"].sum()
    assert totals.idxmax() in text and _has(text, round(totals.max(), 1))


def test_how_many_of_a_value_are_there_is_counted_afresh_after_other_turns() -> None:
    rng = np.random.default_rng(125)
    df = pd.DataFrame(
        {
            "BreedName": rng.choice(["Chihuahua", "Shih Tzu", "Beagle", "Unknown"], 600),
            "AnimalBirthYear": rng.integers(2005, 2022, 600),
            "Extract Year": rng.choice([2016, 2017, 2018], 600),
        }
    )
    _, text = _run(df, "licences issued per year, which yr had the most?", "how many chihuahuas are there?")
    assert _has(text, int((df["BreedName"] == "Chihuahua").sum()))
