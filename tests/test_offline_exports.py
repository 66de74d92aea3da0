"""Kernel-free checks of measures named loosely and of tool exports: bank, card and budget statements, payroll.

Emissions, beer and stock tables first (a total beside its parts, units, daily moves); then money split into
Debit and Credit or written as text, transfers and failed payments left out, where money goes (merchants,
payees, categories), a balance now, time trackers and task boards, then the readings that the blind sets of
exported files prompted (currencies, long tables, people named in two columns, medal tables, statuses). Each
plan's cell is run here against pandas.
"""

from __future__ import annotations

import html

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from test_offline_counts import converse as _run
from test_offline_questions import _has
from test_offline_reading import _profile

from notebook_agent.agent.offline import OfflineAnalyst, OfflineAnswer, OfflinePlan
from notebook_agent.agent.offline.code import RESULT_MIME


def _emissions() -> pd.DataFrame:
    """A long table of countries and region totals by year, its one measure called value (World Bank style)."""
    rng = np.random.default_rng(6807)
    countries = ["China", "United States", "India", "Russian Federation", "Japan", "Germany", "Brazil", "Chile"]
    rows = []
    for year in range(1990, 2020):
        level = {c: rng.uniform(1e4, 1e7) for c in countries}
        rows += [{"country_code": c[:3].upper(), "country_name": c, "year": year, "value": v} for c, v in level.items()]
        rows.append({"country_code": "WLD", "country_name": "World", "year": year, "value": sum(level.values()) * 1.3})
        rows.append({"country_code": "HIC", "country_name": "High income", "year": year, "value": 4e6})
    return pd.DataFrame(rows).round(3)


def test_a_long_tables_one_value_measure_is_what_the_file_name_says() -> None:
    df = _emissions()
    file = "co2_emissions_kt_by_country.csv"
    countries = df[~df["country_name"].isin(["World", "High income"])]
    latest = countries[countries["year"] == 2019]
    _, text = _run(df, "top 3 countries by co2 emmisions in 2019", file=file)
    top = latest.nlargest(3, "value")["country_name"].tolist()
    assert all(name in text for name in top) and "number of rows" not in text, text
    # the region totals are not countries: left out of a count and of a median per country
    _, text = _run(df, "how many countries emitted more than 2,000,000 kt in 2019", file=file)
    emitters = int((latest["value"] > 2_000_000).sum())  # one row per country: rows or distinct countries alike
    assert f"**{emitters} of" in text or f"**{emitters}** different country_code" in text, text
    _, text = _run(df, "median emissions per country in 2019?", file=file)
    assert _has(text, latest["value"].median()), text
    # "US" of United States, in a column of country names
    us = df[df["country_name"] == "United States"]
    _, text = _run(df, "plot US emissions over time - when did they peak?", file=file)
    assert str(int(us.loc[us["value"].idxmax(), "year"])) in text.split("\n\n")[1], text


def test_duplicate_rows_and_duplicate_values_are_counted() -> None:
    rng = np.random.default_rng(6707)
    n = 600
    hr = pd.DataFrame(
        {
            "satisfaction_level": rng.choice([0.1, 0.5, 0.9], n),
            "number_project": rng.integers(2, 4, n),
            "salary": rng.choice(["low", "medium", "high"], n),
            "employee_id": rng.integers(1, 900, n),
        }
    )
    sold = hr.assign(units_sold=rng.integers(0, 20_000, n))
    _, text = _run(hr, "are there duplicate rows? how many")
    assert f"**{int(hr.duplicated().sum())}** rows repeat" in text, text
    _, text = _run(hr, "any duplicate employee ids?")
    repeated = hr["employee_id"].value_counts()
    assert f"**{int((repeated > 1).sum())}** values of employee_id" in text, text
    # thousands written with commas are one number in a bound
    _, text = _run(sold, "how many products sold more than 10,000 units")
    assert f"**{int((sold['units_sold'] > 10_000).sum())} of" in text, text


def test_a_bound_said_in_another_unit_is_converted_to_the_columns_unit() -> None:
    rng = np.random.default_rng(6708)
    n = 700
    turbines = pd.DataFrame(
        {
            "province_territory": rng.choice(["Ontario", "Quebec", "Alberta"], n),
            "turbine_rated_capacity_k_w": rng.choice([660, 1500, 1650, 2000, 2300, 3000], n),
            "rotor_diameter_m": rng.uniform(40, 140, n).round(1),
        }
    )
    _, text = _run(turbines, "how many turbines are rated over 2 MW?")
    assert f"**{int((turbines['turbine_rated_capacity_k_w'] > 2000).sum())} of" in text, text
    phones = pd.DataFrame(
        {
            "Operating System": rng.choice(["Android", "iOS"], n),
            "Data Usage (MB/day)": rng.integers(100, 2500, n),
            "Age": rng.integers(18, 60, n),
        }
    )
    _, text = _run(phones, "how many users use over 1 GB a day?")
    assert f"**{int((phones['Data Usage (MB/day)'] > 1024).sum())} of" in text, text
    # the same unit as the column: nothing to convert
    _, text = _run(phones, "how many users use over 1500 MB a day?")
    assert f"**{int((phones['Data Usage (MB/day)'] > 1500).sum())} of" in text, text


def test_readings_of_names_said_otherwise_and_rows_named_by_a_code() -> None:
    rng = np.random.default_rng(6901)
    n = 500
    couples = pd.DataFrame(
        {
            "movie_name": [f"Film {i}" for i in range(n)],
            "release_year": rng.integers(1950, 2023, n),
            "age_difference": rng.integers(0, 40, n),
            "actor_1_age": rng.integers(20, 70, n),
            "actor_2_age": rng.integers(20, 70, n),
        }
    )
    # "age gap" is age_difference; "20 years" is a span, not the release year
    _, text = _run(couples, "how many couples have an age gap of 20 years or more")
    assert f"**{int((couples['age_difference'] >= 20).sum())} of" in text, text
    killings = pd.DataFrame(
        {
            "raceethnicity": rng.choice(["Black", "White", "Hispanic/Latino"], n),
            "h_income": rng.integers(20_000, 90_000, n),
            "comp_income": rng.uniform(0.4, 1.6, n).round(3),
        }
    )
    # "compare" asks for a comparison: it is no long form of comp_income
    _, text = _run(killings, "compare the median household income (h_income) for black vs white victims")
    black = killings.loc[killings["raceethnicity"] == "Black", "h_income"].median()
    assert "h_income" in text.splitlines()[0] and _has(text, black), text
    sets = pd.DataFrame(
        {
            "set_num": [f"{i}-1" for i in range(n)],
            "name": rng.choice(["Castle", "Ship", "Train", "Tower"], n),
            "num_parts": rng.integers(10, 3000, n),
            "Remarks": [("TOTAL RENOVATION" if i % 50 == 0 else None) for i in range(n)],
        }
    )
    sets.loc[77, ["name", "num_parts"]] = ["World Map", 11695]
    # one row per set code: the row with the most parts, said by its name
    _, text = _run(sets, "which set has the most pieces?")
    assert "**World Map" in text, text
    # a remark on a few rows that starts with "total" is no total row of the others
    _, text = _run(sets, "whats the median num_parts?")
    assert _has(text, sets["num_parts"].median()) and f"{n} rows" in text, text


def test_a_long_tables_value_is_added_up_for_what_its_measure_label_names() -> None:
    rng = np.random.default_rng(7102)
    rows = [
        {"Port Name": port, "Border": border, "Date": f"{month} 2023", "Measure": measure, "Value": value}
        for port, border in [
            ("Laredo", "US-Mexico Border"),
            ("Detroit", "US-Canada Border"),
            ("Blaine", "US-Canada Border"),
        ]
        for month in ["Jan", "Feb", "Mar", "Apr"]
        for measure in ["Trucks", "Pedestrians", "Personal Vehicles"]
        for value in [int(rng.integers(100, 90_000))]
    ]
    crossings = pd.DataFrame(rows).assign(Latitude=40.1, Longitude=-90.2)
    _, text = _run(crossings, "how many pedestrians crossed in total?")
    assert f"**{int(crossings.loc[crossings['Measure'] == 'Pedestrians', 'Value'].sum()):,}**" in text, text
    trucks = crossings[crossings["Measure"] == "Trucks"].groupby("Port Name")["Value"].sum()
    _, text = _run(crossings, "which port has the most truck crossings?")
    assert f"**{trucks.idxmax()}**" in text and _has(text, trucks.max()), text
    # a place's adjective: "the canadian border" is US-Canada Border
    canada = crossings[(crossings["Border"] == "US-Canada Border") & (crossings["Measure"] == "Trucks")]
    _, text = _run(crossings, "total trucks on the canadian border?")
    assert _has(text, canada["Value"].sum()), text
    # "how many passengers" of a Passenger Count column adds the counts up
    sfo = pd.DataFrame(
        {"Activity Period": np.repeat([201501, 201502, 201503], 20), "Passenger Count": rng.integers(400, 9000, 60)}
    )
    _, text = _run(sfo, "how many passengers in total?")
    assert f"**{int(sfo['Passenger Count'].sum()):,}**" in text, text


def test_doers_of_a_yes_no_column_and_a_range_of_values() -> None:
    rng = np.random.default_rng(7103)
    n = 450
    sleep = pd.DataFrame(
        {
            "Gender": rng.choice(["Male", "Female"], n),
            "Smoking status": rng.choice(["Yes", "No"], n, p=[0.3, 0.7]),
            "Sleep efficiency": rng.uniform(0.5, 0.99, n).round(2),
            "ph": np.where(rng.random(n) < 0.1, np.nan, rng.normal(7, 1.5, n).round(2)),
        }
    )
    means = sleep.groupby("Smoking status")["Sleep efficiency"].mean()
    _, text = _run(sleep, "avg sleep efficiency for smokers vs non-smokers?")
    assert _has(text, means["Yes"]) and _has(text, means["No"]), text
    outside = int((~sleep["ph"].between(6.5, 8.5) & sleep["ph"].notna()).sum())
    _, text = _run(sleep, "how many samples have a ph outside the safe range of 6.5 to 8.5?")
    assert f"**{outside} of" in text, text
    _, text = _run(sleep, "how many samples have ph between 6.5 and 8.5")
    assert f"**{int(sleep['ph'].between(6.5, 8.5).sum())} of" in text, text


def test_quietest_phone_models_and_who_set_the_most_of_the_files_rows() -> None:
    rng = np.random.default_rng(7104)
    n = 600
    phones = pd.DataFrame(
        {
            "User ID": np.arange(1, n + 1),
            "Device Model": rng.choice(["OnePlus 9", "iPhone 12", "Google Pixel 5"], n),
            "Battery Drain (mAh/day)": rng.integers(300, 2500, n),
            "hour": rng.integers(0, 24, n),
            "traffic_volume": rng.integers(100, 7000, n),
        }
    )
    drain = phones.groupby("Device Model")["Battery Drain (mAh/day)"].mean()
    _, text = _run(phones, "which phone model drains the battery the most on average?")
    assert f"**{drain.idxmax()}**" in text, text
    quiet = phones.groupby("hour")["traffic_volume"].mean()
    _, text = _run(phones, "which hour has the quietest traffic volume on average?")
    assert f"**hour {quiet.idxmin():02d}:00" in text, text  # an hour of the day, read as a clock
    records = pd.DataFrame(
        {
            "track": rng.choice(["Luigi Raceway", "Rainbow Road"], n),
            "player": rng.choice(["Penev", "Dan", "Lacey"], n, p=[0.5, 0.3, 0.2]),
            "record_duration": rng.integers(0, 1900, n),
        }
    )
    _, text = _run(records, "who set the most world records?", file="mario_kart_world_records.csv")
    assert f"**{records['player'].value_counts().idxmax()}**" in text and "record_duration" not in text, text


def test_measured_columns_beside_normals_and_amounts_written_with_magnitude_letters() -> None:
    rng = np.random.default_rng(7207)
    days = pd.date_range("2014-07-01", "2015-06-30", freq="D")
    n = len(days)
    weather = pd.DataFrame(
        {
            "date": days.strftime("%Y-%-m-%-d"),
            "actual_mean_temp": rng.integers(10, 90, n),
            "average_min_temp": rng.integers(20, 60, n),
            "average_max_temp": rng.integers(40, 85, n),
            "actual_precipitation": np.where(rng.random(n) < 0.35, rng.uniform(0.01, 2, n).round(2), 0.0),
            "average_precipitation": rng.uniform(0.05, 0.2, n).round(2),
            "record_precipitation": rng.uniform(1, 5, n).round(2),
        }
    )
    _, text = _run(weather, "how many days had any precipitation?")
    assert f"**{int((weather['actual_precipitation'] > 0).sum())} of" in text, text
    _, text = _run(weather, "total precipitation over the whole period")
    assert _has(text, weather["actual_precipitation"].sum()), text
    followers = rng.uniform(1, 500, 300).round(1)
    stars = pd.DataFrame({"channel_info": [f"user{i}" for i in range(300)], "followers": [f"{f}m" for f in followers]})
    _, text = _run(stars, "how many accounts have over 100m followers")
    assert f"**{int((followers > 100).sum())} of" in text, text


def test_a_file_of_sales_counts_its_sales_and_reads_sold_for_as_its_price() -> None:
    rng = np.random.default_rng(7003)
    n = 800
    sales = pd.DataFrame(
        {
            "Town": rng.choice(["Bridgeport", "Stamford", "Greenwich"], n, p=[0.5, 0.3, 0.2]),
            "Sale Amount": rng.lognormal(12.5, 0.8, n).round(0),
            "Sales Ratio": rng.uniform(0.3, 1.2, n).round(3),
            "Property Type": rng.choice(["Residential", "Commercial"], n),
            "Residential Type": rng.choice(["Single Family", "Condo"], n),
        }
    )
    file = "connecticut_real_estate_sales.csv"
    _, text = _run(sales, "which town had the most sales", file=file)
    assert f"**{sales['Town'].value_counts().idxmax()}**" in text and "Sale Amount" not in text.splitlines()[0], text
    _, text = _run(sales, "how many properties sold for more than 1 million?", file=file)
    assert f"**{int((sales['Sale Amount'] > 1_000_000).sum())} of" in text, text
    _, text = _run(sales, "average sale price by residential type", file=file)
    assert _has(text, sales.groupby("Residential Type")["Sale Amount"].mean()["Condo"]), text
    _, text = _run(sales, "what percent of the sales were condos", file=file)
    assert _has(text, 100 * (sales["Residential Type"] == "Condo").mean()), text


def test_counts_of_people_named_in_a_long_table_add_up() -> None:
    rng = np.random.default_rng(7007)
    origins = ["Afghanistan", "Syrian Arab Rep.", "Ukraine", "South Sudan", "Myanmar", "Somalia"]
    rows = [
        {"year": year, "coo_name": o, "coo": o[:3].upper(), "coa_name": a, "refugees": int(rng.integers(0, 900_000)),
         "asylum_seekers": int(rng.integers(0, 90_000))}
        for year in (2021, 2022)
        for o in origins
        for a in ("Germany", "Turkiye", "Poland")
    ]  # fmt: skip
    pop = pd.DataFrame(rows)
    latest = pop[pop["year"] == 2022]
    _, text = _run(pop, "how many asylum seekers were in germany in 2022")
    assert _has(text, latest.loc[latest["coa_name"] == "Germany", "asylum_seekers"].sum()), text
    _, text = _run(pop, "how many refugees were there in 2022")
    assert _has(text, latest["refugees"].sum()), text
    top = latest.groupby("coo_name")["refugees"].sum().sort_values(ascending=False)
    _, text = _run(pop, "top 3 countries of origin for refugees in 2022")
    assert all(name in text for name in top.index[:3]) and _has(text, top.iloc[0]), text


def test_an_average_kept_in_a_name_and_a_difference_between_the_rows() -> None:
    rng = np.random.default_rng(6904)
    n = 500
    calls = pd.DataFrame(
        {
            "Call Id": [f"ID{i:04d}" for i in range(n)],
            "Date": pd.date_range("2021-01-01", periods=n, freq="4h").strftime("%Y-%m-%d"),
            "AvgTalkDuration": rng.integers(30, 420, n),
            "couple_number": rng.integers(1, 4, n),
            "age_difference": rng.integers(0, 40, n),
        }
    )
    _, text = _run(calls, "whats the avg talk duration")
    assert _has(text, calls["AvgTalkDuration"].mean()), text
    # "volume going" spells no initials of AvgTalkDuration: the calls are counted on every row
    _, text = _run(calls, "number of calls per month - is volume going up?")
    assert f"({n} rows" in text and "AvgTalkDuration" not in text.splitlines()[0], text
    _, text = _run(calls, "whats the average age difference between the couples?")
    assert _has(text, calls["age_difference"].mean()) and "couple_number" not in text.splitlines()[0], text


def test_two_sides_compared_keep_apart_and_a_constant_count_column_counts_nothing() -> None:
    rng = np.random.default_rng(2204)
    n = 600
    defects = pd.DataFrame(
        {
            "Road Class": rng.choice(["A Road", "B Road", "Unclassified"], n),
            "Repair Cost (£)": rng.uniform(50, 900, n).round(2),
            "EmployeeCount": 1,
            "EmployeeNumber": np.arange(1, n + 1),
            "OverTime": rng.choice(["Yes", "No"], n),
        }
    )
    totals = defects.groupby("Road Class")["Repair Cost (£)"].sum()
    _, text = _run(defects, "total repair spend on A roads compared to unclassified roads?")
    assert _has(text, totals["A Road"]) and _has(text, totals["Unclassified"]), text
    _, text = _run(defects, "how many employees work overtime?")
    assert f"**{int((defects['OverTime'] == 'Yes').sum())} of" in text, text


def test_have_no_of_a_count_is_zero_of_it() -> None:
    rng = np.random.default_rng(7106)
    n = 600
    buyers = pd.DataFrame(
        {
            "Cars": np.where(rng.random(n) < 0.02, np.nan, rng.integers(0, 5, n)),
            "Children": rng.integers(0, 6, n),
            "Income": rng.integers(10_000, 170_000, n),
        }
    )
    _, text = _run(buyers, "how many customers have no cars")
    assert f"**{int((buyers['Cars'] == 0).sum())} of" in text, text


def test_a_share_among_a_scope_and_a_yes_no_column_said_with_days() -> None:
    rng = np.random.default_rng(7107)
    n = 500
    team = pd.DataFrame(
        {
            "Name/Alias": [f"Hero {i}" for i in range(n)],
            "Current?": rng.choice(["YES", "NO"], n, p=[0.3, 0.7]),
            "Gender": rng.choice(["MALE", "FEMALE"], n, p=[0.7, 0.3]),
            "Units Sold": rng.integers(50, 300, n),
            "Holiday/Promotion": rng.integers(0, 2, n),
        }
    )
    current = team[team["Current?"] == "YES"]
    _, text = _run(team, "what percent of the current avengers are women")
    assert _has(text, 100 * (current["Gender"] == "FEMALE").mean()), text
    means = team.groupby("Holiday/Promotion")["Units Sold"].mean()
    _, text = _run(team, "avg units sold on holiday/promo days vs normal days")
    assert _has(text, means[1]) and _has(text, means[0]), text


def test_that_year_after_the_year_with_the_most_rows() -> None:
    rng = np.random.default_rng(7004)
    sets = pd.DataFrame({"year": rng.choice(np.arange(2015, 2023), 900), "num_parts": rng.integers(1, 900, 900)})
    busiest = int(sets["year"].value_counts().idxmax())
    _, text = _run(sets, "which year had the most lego sets released?", "how many sets came out that year")
    assert f"**{int((sets['year'] == busiest).sum())} of" in text and str(busiest) in text, text


def test_shooting_percentage_of_a_table_of_shots() -> None:
    rng = np.random.default_rng(7005)
    n = 800
    shots = pd.DataFrame(
        {
            "shot_made_flag": np.where(rng.random(n) < 0.15, np.nan, rng.integers(0, 2, n)),
            "shot_type": rng.choice(["2PT Field Goal", "3PT Field Goal"], n, p=[0.75, 0.25]),
            "shot_distance": rng.integers(0, 30, n),
        }
    )
    _, text = _run(shots, "whats kobe's overall fg%?")
    assert _has(text, 100 * shots["shot_made_flag"].mean()), text
    three = shots.loc[shots["shot_type"] == "3PT Field Goal", "shot_made_flag"].mean()
    _, text = _run(shots, "fg% on 2 pointers vs 3 pointers")
    assert _has(text, 100 * three), text


def test_a_label_and_its_first_letter_and_counts_that_are_never_more_than_zero() -> None:
    rng = np.random.default_rng(6606)
    n = 300
    cases = pd.DataFrame(
        {
            "gender": rng.choice(["M", "Male", "male", "F", "Female"], n, p=[0.6, 0.2, 0.05, 0.1, 0.05]),
            "number_of_reviews": np.where(rng.random(n) < 0.2, 0, rng.integers(1, 90, n)),
            "total_litres_of_pure_alcohol": np.where(rng.random(n) < 0.1, 0.0, rng.uniform(0.1, 14, n).round(1)),
        }
    )
    _, text = _run(cases, "how many shooters were women?")
    assert f"**{int(cases['gender'].isin(['F', 'Female']).sum())} of" in text, text
    _, text = _run(cases, "how many listings have never been reviewed?")
    assert f"**{int((cases['number_of_reviews'] == 0).sum())} of" in text, text
    _, text = _run(cases, "how many countries dont drink alcohol at all?")
    assert f"**{int((cases['total_litres_of_pure_alcohol'] == 0).sum())} of" in text, text


def test_per_a_unit_of_the_measure_groups_nothing_when_a_label_groups() -> None:
    rng = np.random.default_rng(6501)
    n = 700
    stays = pd.DataFrame(
        {
            "Borough": rng.choice(["Manhattan", "Brooklyn", "Queens"], n),
            "price": rng.integers(40, 400, n),
            "minimum_nights": rng.integers(1, 30, n),
            "Session_Duration (hours)": rng.uniform(0.5, 2, n).round(2),
            "Calories_Burned": rng.integers(300, 1500, n),
            "Workout_Type": rng.choice(["Yoga", "HIIT", "Cardio"], n),
        }
    )
    means = stays.groupby("Borough")["price"].mean()
    _, text = _run(stays, "whats the average price per night in each borough?")
    assert "Borough" in text.splitlines()[0] and _has(text, means["Queens"]), text
    calories = stays.groupby("Workout_Type")["Calories_Burned"].mean()
    _, text = _run(stays, "avg calories burned per session for each workout type")
    assert "Workout_Type" in text.splitlines()[0] and _has(text, calories["Yoga"]), text


def test_the_group_with_the_heaviest_single_row() -> None:
    rng = np.random.default_rng(6405)
    fish = pd.DataFrame(
        {"Species": rng.choice(["Bream", "Pike", "Perch", "Smelt"], 160), "Weight": rng.uniform(5, 1200, 160).round(1)}
    )
    fish.loc[7, ["Species", "Weight"]] = ["Pike", 1650.0]
    _, text = _run(fish, "which species has the heaviest fish and how heavy is it?", file="Fish.csv")
    assert "**Pike**" in text and _has(text, 1650), text
    # "the highest churn" in ecommerce_churn.csv ranks the churn rate, the file's word being a column too
    shop = pd.DataFrame(
        {"Category": rng.choice(["Phone", "Fashion", "Grocery"], 400), "Churn": rng.integers(0, 2, 400)}
    )
    rates = shop.groupby("Category")["Churn"].mean()
    _, text = _run(shop, "which category has the highest churn?", file="ecommerce_churn.csv")
    assert f"**{rates.idxmax()}**" in text and _has(text, rates.max()), text


def test_a_temperature_asked_in_another_scale() -> None:
    rng = np.random.default_rng(6907)
    n = 500
    traffic = pd.DataFrame(
        {
            "temp": np.where(rng.random(n) < 0.01, 0.0, rng.uniform(250, 305, n).round(2)),
            "traffic_volume": rng.integers(100, 7000, n),
        }
    )
    kelvin = traffic["temp"].where(traffic["temp"] > 0)
    _, text = _run(traffic, "average temperature in celsius?")
    assert _has(text, (kelvin - 273.15).mean()), text
    weather = pd.DataFrame({"Temperature (F)": rng.uniform(10, 95, n).round(1)})
    _, text = _run(weather, "whats the average temperature in celsius")
    assert _has(text, ((weather["Temperature (F)"] - 32) * 5 / 9).mean()), text


def test_a_rate_of_an_event_kept_as_a_year() -> None:
    rng = np.random.default_rng(7202)
    n = 800
    members = pd.DataFrame(
        {
            "Loyalty Card": rng.choice(["Star", "Nova", "Aurora"], n),
            "Cancellation Year": np.where(rng.random(n) < 0.12, rng.integers(2013, 2019, n), np.nan),
            "Cancellation Month": np.where(rng.random(n) < 0.12, rng.integers(1, 13, n), np.nan),
        }
    )
    members["Cancellation Month"] = np.where(members["Cancellation Year"].isna(), np.nan, members["Cancellation Month"])
    rates = members.assign(c=members["Cancellation Year"].notna()).groupby("Loyalty Card")["c"].mean()
    _, text = _run(members, "cancellation rate by loyalty card tier")
    assert _has(text, 100 * rates["Star"]) and _has(text, 100 * rates["Aurora"]), text


def test_rows_of_the_file_counted_per_group_with_a_value_said() -> None:
    rng = np.random.default_rng(7401)
    n = 600
    people = pd.DataFrame(
        {
            "name": [f"P{i}" for i in range(n)],
            "place_of_death_or_residence": rng.choice(["Japan", "United States", "France", "Italy", "Spain"], n),
            "age": rng.uniform(110, 117, n).round(2),
        }
    )
    top = people["place_of_death_or_residence"].value_counts()
    _, text = _run(people, "which country has the most people on the list")
    assert f"**{top.index[0]}**" in text and _has(text, top.iloc[0]), text
    records = pd.DataFrame(
        {
            "track": rng.choice(["Luigi Raceway", "Rainbow Road"], n),
            "date": pd.to_datetime("1997-01-01") + pd.to_timedelta(rng.integers(0, 9000, n), unit="D"),
            "record_duration": rng.integers(0, 3000, n),
        }
    )
    years = records["date"].dt.year.value_counts()
    _, text = _run(records, "which year had the most records")
    assert f"**{years.index[0]}**" in text and _has(text, years.iloc[0]), text
    inspections = pd.DataFrame(
        {
            "DBA Name": rng.choice(
                ["SUBWAY", "MCDONALD'S", "7-ELEVEN", "JOE'S GRILL", "TACO BELL"], n, p=[0.1, 0.2, 0.3, 0.2, 0.2]
            ),
            "Results": rng.choice(["Pass", "Fail", "Out of Business"], n),
        }
    )
    failed = inspections[inspections["Results"] == "Fail"]["DBA Name"].value_counts()
    _, text = _run(inspections, "top 3 businesses with the most failed inspections")
    assert _has(text, failed.iloc[0]) and failed.index[0] in text, text
    _, text = _run(inspections, "which business has the most failed inspections")
    assert f"**{failed.index[0]}**" in text and _has(text, failed.iloc[0]), text


def test_unarmed_and_a_second_yes_no_label_negated() -> None:
    rng = np.random.default_rng(7402)
    n = 700
    killed = pd.DataFrame(
        {"armed": rng.choice(["Firearm", "No", "Knife", "Vehicle"], n), "state": rng.choice(["CA", "TX", "NY"], n)}
    )
    _, text = _run(killed, "how many were unarmed?")
    assert _has(text, (killed["armed"] == "No").sum()), text
    calls = pd.DataFrame(
        {"Answered (Y/N)": rng.choice(["Y", "N"], n, p=[0.8, 0.2]), "Resolved": rng.choice(["Y", "N"], n)}
    )
    calls.loc[calls["Answered (Y/N)"] == "N", "Resolved"] = "N"
    answered = calls["Answered (Y/N)"] == "Y"
    _, text = _run(calls, "how many answered calls were not resolved?")
    assert _has(text, (answered & (calls["Resolved"] == "N")).sum()), text
    _, text = _run(calls, "what share of answered calls were resolved?")
    assert _has(text, 100 * (calls[answered]["Resolved"] == "Y").mean()), text


def test_codes_said_for_each_meaning() -> None:
    rng = np.random.default_rng(7403)
    n = 583
    liver = pd.DataFrame(
        {
            "Age": rng.integers(10, 90, n),
            "Gender": rng.choice(["Male", "Female"], n),
            "Total_Bilirubin": rng.gamma(2, 1, n).round(1),
            "Dataset": rng.choice([1, 2], n, p=[0.7, 0.3]),
        }
    )
    said = "the Dataset column is 1 for liver patients and 2 for non patients - how many of each?"
    _, text = _run(liver, said)
    assert _has(text, (liver["Dataset"] == 1).sum()) and "Liver patients" in text, text
    shares = liver.groupby("Gender")["Dataset"].apply(lambda s: 100 * (s == 1).mean())
    _, text = _run(liver, said, "what % of men vs women are liver patients?")
    assert _has(text, shares["Male"]) and _has(text, shares["Female"]), text
    medians = liver.groupby("Dataset")["Total_Bilirubin"].median()
    _, text = _run(liver, said, "median total bilirubin for patients vs non-patients")
    assert _has(text, medians[1]) and _has(text, medians[2]), text


def test_a_date_correlated_by_its_year() -> None:
    rng = np.random.default_rng(7404)
    n = 300
    born = pd.to_datetime("1880-01-01") + pd.to_timedelta(rng.integers(0, 20000, n), unit="D")
    people = pd.DataFrame({"birth_date": born.strftime("%Y-%m-%d"), "age": rng.uniform(110, 118, n).round(2)})
    r = born.year.to_series().reset_index(drop=True).corr(people["age"])
    _, text = _run(people, "correlation between birth year and age")
    assert _has(text, r), text


def _beer() -> pd.DataFrame:
    rng = np.random.default_rng(7801)
    states = ["CA", "TX", "CO", "MO", "PA", "AK"]
    kinds = ["On Premises", "Bottles and Cans", "Kegs and Barrels"]
    rows = [
        {"state": s, "year": y, "barrels": float(rng.integers(1_000, 9_000_000)), "type": t}
        for y in range(2008, 2020)
        for t in kinds
        for s in states
    ]
    beer = pd.DataFrame(rows)
    totals = beer.groupby(["year", "type"], as_index=False)["barrels"].sum().assign(state="total")
    return pd.concat([beer, totals[beer.columns]], ignore_index=True)


def test_an_amount_said_in_the_singular_and_a_panel_ranked_by_its_measure() -> None:
    beer = _beer()
    states = beer[beer["state"] != "total"]
    in_2019 = states[states["year"] == 2019].groupby("state")["barrels"].sum()
    _, text = _run(beer, "which state produced the most beer in 2019?", file="beer_states.csv")
    assert f"**{in_2019.idxmax()}**" in text and _has(text, in_2019.max()), text
    cans = states[states["type"] == "Bottles and Cans"].groupby("state")["barrels"].sum().nlargest(2)
    _, text = _run(beer, "top 5 states for bottles and cans, all years combined", file="beer_states.csv")
    assert _has(text, cans.iloc[0]) and _has(text, cans.iloc[1]), text
    whole = beer[beer["state"] == "total"].groupby("year")["barrels"].sum()
    _, text = _run(beer, "total US beer production in 2008 vs 2019, whats the % change?", file="beer_states.csv")
    assert _has(text, whole[2008]) and _has(text, whole[2019]), text
    kegs = beer[(beer["state"] == "total") & (beer["year"] == 2019)]
    share = kegs[kegs["type"] == "Kegs and Barrels"]["barrels"].sum() / kegs["barrels"].sum()
    _, text = _run(beer, "what share of 2019 production was kegs and barrels", file="beer_states.csv")
    assert _has(text, 100 * share), text


def test_a_kind_named_total_is_a_group_and_max_temp_is_the_maximum() -> None:
    rng = np.random.default_rng(7802)
    n = 600
    claims = pd.DataFrame(
        {
            "incident_severity": rng.choice(["Major Damage", "Minor Damage", "Total Loss", "Trivial Damage"], n),
            "fraud_reported": rng.choice(["Y", "N"], n, p=[0.25, 0.75]),
        }
    )
    rates = claims.groupby("incident_severity")["fraud_reported"].apply(lambda s: 100 * (s == "Y").mean())
    _, text = _run(claims, "fraud rate by incident severity")
    assert _has(text, rates["Total Loss"]) and _has(text, rates["Major Damage"]), text
    days = pd.DataFrame(
        {
            "date": pd.date_range("2014-07-01", periods=365).strftime("%Y-%m-%d"),
            "actual_mean_temp": rng.uniform(20, 80, 365).round(),
            "actual_min_temp": rng.uniform(10, 60, 365).round(),
            "actual_max_temp": rng.uniform(30, 99, 365).round(),
            "average_max_temp": rng.uniform(40, 85, 365).round(),
            "record_max_temp": rng.uniform(80, 105, 365).round(),
            "record_max_temp_year": rng.integers(1870, 2014, 365),
        }
    )
    _, text = _run(days, "how many days had max temp above 90")
    assert _has(text, (days["actual_max_temp"] > 90).sum()), text
    above = (days["actual_max_temp"] > days["average_max_temp"]).mean()
    _, text = _run(days, "what % of days had a max temp above the average max temp?")
    assert _has(text, 100 * above), text


def test_two_figures_of_one_column_and_a_code_against_another() -> None:
    rng = np.random.default_rng(7803)
    n = 400
    movies = pd.DataFrame(
        {
            "rating": rng.choice(["R", "PG-13", "PG", "G"], n),
            "budget": rng.uniform(1e6, 2e8, n).round(-3),
            "spirit_servings": rng.integers(0, 400, n),
        }
    )
    means = movies.groupby("rating")["budget"].mean()
    _, text = _run(movies, "avg budget of R vs PG-13 movies")
    assert _has(text, means["R"]) and _has(text, means["PG-13"]), text
    _, text = _run(movies, "avg and median spirit servings")
    assert _has(text, movies["spirit_servings"].mean()) and _has(text, movies["spirit_servings"].median()), text


def test_words_apart_in_a_long_name_and_the_head_of_two_labels() -> None:
    rng = np.random.default_rng(7804)
    n = 300
    pizza = pd.DataFrame(
        {
            "price_level": rng.integers(0, 4, n),
            "review_stats_all_average_score": rng.uniform(5, 9, n).round(2),
            "review_stats_community_average_score": rng.uniform(5, 9, n).round(2),
            "review_stats_dave_average_score": rng.uniform(4, 9, n).round(1),
            "review_stats_dave_count": rng.integers(0, 3, n),
        }
    )
    means = pizza.groupby("price_level")["review_stats_dave_average_score"].mean()
    _, text = _run(pizza, "whats the average dave score for each price level?")
    assert "review_stats_dave_average_score" in text.splitlines()[0] and _has(text, means[0]), text
    states = pd.DataFrame(
        {
            "STATE": rng.choice(["ALABAMA", "OHIO", "TEXAS"], n),
            "YEAR": rng.integers(2015, 2020, n),
            "GRADES_4_G": rng.integers(1000, 9000, n),
            "GRADES_KG_G": rng.integers(1000, 9000, n),
            "AVG_MATH_4_SCORE": rng.uniform(200, 260, n).round(1),
            "AVG_READING_4_SCORE": rng.uniform(190, 240, n).round(1),
            "AVG_READING_8_SCORE": rng.uniform(240, 280, n).round(1),
        }
    )
    _, text = _run(states, "how many rows had an avg 4th grade reading score above 220?")
    assert _has(text, (states["AVG_READING_4_SCORE"] > 220).sum()), text
    stops = pd.DataFrame(
        {
            "Commercial Vehicle": rng.choice(["No", "Yes"], n, p=[0.95, 0.05]),
            "Make": rng.choice(["TOYOTA", "HONDA", "FORD", "NISSAN", "BMW", "KIA"], n),
        }
    )
    top = stops["Make"].value_counts()
    _, text = _run(stops, "top 5 vehicle makes")
    assert "Make" in text.splitlines()[0] and _has(text, top.iloc[0]), text


def test_rows_named_by_the_file_and_days_people_reached_a_bound() -> None:
    rng = np.random.default_rng(7805)
    n = 500
    claims = pd.DataFrame(
        {
            "injury_claim": rng.integers(0, 20000, n),
            "property_claim": rng.integers(0, 20000, n),
            "vehicle_claim": rng.integers(0, 50000, n),
            "fraud_reported": rng.choice(["Y", "N"], n, p=[0.25, 0.75]),
        }
    )
    _, text = _run(claims, "what percentage of the claims were reported as fraud?", file="insurance_claims.csv")
    assert _has(text, 100 * (claims["fraud_reported"] == "Y").mean()), text
    days = pd.DataFrame(
        {
            "Id": rng.choice([1503960366, 1624580081, 8877689391], n),
            "ActivityDate": pd.to_datetime("2016-04-12") + pd.to_timedelta(rng.integers(0, 31, n), unit="D"),
            "TotalSteps": rng.integers(0, 20000, n),
        }
    )
    days["ActivityDate"] = days["ActivityDate"].dt.strftime("%m/%d/%Y")
    _, text = _run(days, "how many days did people hit 10k steps")
    assert _has(text, (days["TotalSteps"] >= 10000).sum()), text
    walked = days.groupby("Id")["TotalSteps"].sum()
    _, text = _run(days, "which user walked the most in total?")
    assert f"**{walked.idxmax()}**" in text and _has(text, walked.max()), text
    spend = pd.DataFrame(
        {
            "STATE": rng.choice(["A", "B", "C"], n),
            "TOTAL_REVENUE": rng.integers(1000, 90000, n),
            "TOTAL_EXPENDITURE": rng.integers(1000, 90000, n),
            "INSTRUCTION_EXPENDITURE": rng.integers(100, 9000, n),
            "OTHER_EXPENDITURE": rng.integers(100, 9000, n),
        }
    )
    most = spend.groupby("STATE")["TOTAL_EXPENDITURE"].sum()
    _, text = _run(spend, "which state spent the most?")
    assert f"**{most.idxmax()}**" in text and _has(text, most.max()), text


def test_coded_clinical_names_money_bounds_and_layoffs() -> None:
    rng = np.random.default_rng(7806)
    n = 400
    kidney = pd.DataFrame(
        {
            "id": np.arange(n),
            "age": rng.integers(5, 90, n),
            "bp": rng.integers(50, 110, n),
            "sg": rng.choice([1.005, 1.01, 1.015, 1.02, 1.025], n),
            "al": rng.integers(0, 5, n),
            "su": rng.integers(0, 5, n),
            "bgr": rng.integers(70, 400, n),
            "bu": rng.integers(10, 200, n),
            "sc": rng.uniform(0.4, 10, n).round(1),
            "hemo": rng.uniform(6, 17, n).round(1),
            "pcv": rng.integers(20, 54, n),
            "htn": rng.choice(["yes", "no"], n),
            "dm": rng.choice(["yes", "no"], n, p=[0.35, 0.65]),
            "classification": rng.choice(["ckd", "notckd"], n, p=[0.6, 0.4]),
        }
    )
    _, text = _run(kidney, "what % of patients have diabetes")
    assert _has(text, 100 * (kidney["dm"] == "yes").mean()), text
    _, text = _run(kidney, "whats the median packed cell volume")
    assert _has(text, kidney["pcv"].median()) and "pcv" in text, text
    spend = pd.DataFrame(
        {
            "trans_date_trans_time": pd.date_range("2019-01-01", periods=n, freq="h").strftime("%Y-%m-%d %H:%M:%S"),
            "amt": rng.gamma(1.5, 300, n).round(2),
            "is_fraud": rng.choice([0, 1], n, p=[0.9, 0.1]),
        }
    )
    _, text = _run(spend, "how many transactions were over $1000?")
    assert _has(text, (spend["amt"] > 1000).sum()), text
    layoffs = pd.DataFrame(
        {
            "company": rng.choice(["Amazon", "Meta", "Google", "Uber", "Dell"], n),
            "total_laid_off": rng.integers(10, 3000, n),
            "percentage_laid_off": rng.uniform(0.01, 1, n).round(2),
            "country": rng.choice(["United States", "India", "Canada"], n),
        }
    )
    most = layoffs.groupby("company")["total_laid_off"].sum()
    _, text = _run(layoffs, "which company had the most layoffs in total")
    assert f"**{most.idxmax()}**" in text and _has(text, most.max()), text
    us = layoffs[layoffs["country"] == "United States"]["total_laid_off"].sum() / layoffs["total_laid_off"].sum()
    _, text = _run(layoffs, "what share of the layoffs happened in the US?")
    assert _has(text, 100 * us), text


def test_the_column_with_the_most_gaps_and_an_index_said_without_its_word() -> None:
    rng = np.random.default_rng(7807)
    n = 600
    air = pd.DataFrame(
        {
            "City": rng.choice(["Delhi", "Ahmedabad", "Bengaluru"], n),
            "PM2.5": np.where(rng.random(n) < 0.1, np.nan, rng.uniform(10, 300, n)),
            "Xylene": np.where(rng.random(n) < 0.6, np.nan, rng.uniform(0, 10, n)),
            "AQI": np.where(rng.random(n) < 0.05, np.nan, rng.uniform(20, 400, n)),
        }
    )
    _, text = _run(air, "which column has the most missing values?")
    assert "Most missing: **Xylene**" in text, text
    worst = air.groupby("City")["AQI"].mean()
    _, text = _run(air, "which city has the worst air quality on average?")
    assert f"**{worst.idxmax()}**" in text and _has(text, worst.max()), text
    survey = pd.DataFrame(
        {
            "Profession": np.where(rng.random(n) < 0.99, "Student", "Chef"),
            "Financial Stress": rng.choice(
                ["1.0", "2.0", "3.0", "4.0", "5.0", "?"], n, p=[0.2, 0.2, 0.2, 0.2, 0.19, 0.01]
            ),
            "Depression": rng.choice([0, 1], n),
        }
    )
    _, text = _run(survey, "what percentage of students are depressed?", file="Student Depression Dataset.csv")
    assert _has(text, 100 * survey["Depression"].mean()), text
    stress = pd.to_numeric(survey["Financial Stress"], errors="coerce").groupby(survey["Depression"]).mean()
    _, text = _run(survey, "avg financial stress by depression")
    assert _has(text, stress[0]) and _has(text, stress[1]), text


def test_a_code_for_unknown_far_below_a_fahrenheit_column() -> None:
    rng = np.random.default_rng(7808)
    n = 900
    temps = pd.DataFrame(
        {
            "City": rng.choice(["Chicago", "Tokyo", "Houston"], n),
            "Month": rng.integers(1, 13, n),
            "Year": rng.integers(2018, 2021, n),
            "AvgTemperature": rng.uniform(-10, 95, n).round(1),
        }
    )
    temps.loc[rng.choice(n, 25, replace=False), "AvgTemperature"] = -99.0
    known = temps[temps["AvgTemperature"] != -99]
    means = known.groupby("City")["AvgTemperature"].mean()
    _, text = _run(temps, "average temperature for each city? (-99 means missing)")
    assert _has(text, means["Chicago"]) and _has(text, means["Tokyo"]), text
    tokyo = known[known["City"] == "Tokyo"]["AvgTemperature"]
    _, text = _run(temps, "what's tokyo's average temperature in celsius?")
    assert _has(text, ((tokyo - 32) * 5 / 9).mean()), text
    chicago = known[known["City"] == "Chicago"]["AvgTemperature"]
    _, text = _run(temps, "how many days was chicago below freezing")
    assert _has(text, (chicago < 32).sum()), text


def test_a_yes_no_set_against_its_no_and_a_sum_of_many_columns() -> None:
    rng = np.random.default_rng(7809)
    n = 700
    ship = pd.DataFrame(
        {
            "HomePlanet": rng.choice(["Earth", "Europa", "Mars"], n),
            "CryoSleep": rng.choice([True, False], n),
            "RoomService": rng.integers(0, 900, n),
            "FoodCourt": rng.integers(0, 900, n),
            "ShoppingMall": rng.integers(0, 900, n),
            "Spa": rng.integers(0, 900, n),
            "VRDeck": rng.integers(0, 900, n),
            "Transported": rng.choice([True, False], n),
        }
    )
    rates = ship.groupby("CryoSleep")["Transported"].mean()
    _, text = _run(ship, "transported rate for people in cryosleep vs not")
    assert _has(text, 100 * rates[True]) and _has(text, 100 * rates[False]), text
    spend = ship[["RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck"]].sum(axis=1).groupby(ship["HomePlanet"])
    _, text = _run(ship, "avg total spend per home planet (roomservice + foodcourt + shoppingmall + spa + vrdeck)")
    assert _has(text, spend.mean()["Europa"]) and _has(text, spend.mean()["Earth"]), text


def test_a_kind_named_total_is_no_total_row_and_a_yes_said_against_another_word() -> None:
    rng = np.random.default_rng(7810)
    n = 800
    claims = pd.DataFrame(
        {
            "incident_severity": rng.choice(["Major Damage", "Minor Damage", "Total Loss", "Trivial Damage"], n),
            "total_claim_amount": rng.integers(1000, 100000, n),
            "fraud_reported": rng.choice(["Y", "N"], n, p=[0.25, 0.75]),
        }
    )
    means = claims.groupby("fraud_reported")["total_claim_amount"].mean()
    _, text = _run(claims, "avg total claim amount for fraudulent vs legit claims?", file="insurance_claims.csv")
    assert _has(text, means["Y"]) and _has(text, means["N"]), text
    bikes = pd.DataFrame({"Income": rng.integers(10, 170, n) * 1000, "Purchased Bike": rng.choice(["Yes", "No"], n)})
    means = bikes.groupby("Purchased Bike")["Income"].mean()
    _, text = _run(bikes, "avrage income of buyers vs non buyers?")
    assert _has(text, means["Yes"]) and _has(text, means["No"]), text
    wheel = pd.DataFrame({"Dumpster": np.arange(1, n + 1), "Weight (tons)": rng.uniform(0.5, 5.5, n).round(2)})
    _, text = _run(wheel, "how many dumpsters weighed more than 4 tons")
    assert _has(text, (wheel["Weight (tons)"] > 4).sum()), text
    school = pd.DataFrame({"raisedhands": rng.integers(0, 100, n), "Class": rng.choice(["L", "M", "H"], n)})
    _, text = _run(school, "what percent of students are in the high performing class (H)?")
    assert _has(text, 100 * (school["Class"] == "H").mean()), text


def test_a_sibling_window_follow_up_and_never_a_single_one() -> None:
    rng = np.random.default_rng(7811)
    n = 900
    cats = pd.DataFrame(
        {
            "userid": rng.permutation(np.arange(1000, 1000 + n)),
            "version": rng.choice(["gate_30", "gate_40"], n),
            "sum_gamerounds": np.where(rng.random(n) < 0.05, 0, rng.integers(1, 500, n)),
            "retention_1": rng.choice([True, False], n),
            "retention_7": rng.choice([True, False], n, p=[0.2, 0.8]),
        }
    )
    week = cats.groupby("version")["retention_7"].mean()
    _, text = _run(cats, "1-day retention rate for gate_30 vs gate_40", "and 7 day retention?")
    assert "retention_7" in text.splitlines()[0] and _has(text, 100 * week["gate_40"]), text
    _, text = _run(cats, "how many players never played a single round?")
    assert _has(text, (cats["sum_gamerounds"] == 0).sum()), text
    top = cats.loc[cats["sum_gamerounds"].idxmax()]
    _, text = _run(cats, "who played the most game rounds? give me the userid and how many")
    assert str(top["userid"]) in text and _has(text, top["sum_gamerounds"]), text


def test_cost_per_click_a_label_of_weekdays_and_a_correlation_of_percentages() -> None:
    rng = np.random.default_rng(7812)
    n = 600
    ads = pd.DataFrame(
        {
            "gender": rng.choice(["M", "F"], n),
            "Clicks": rng.integers(1, 200, n),
            "Spent": rng.uniform(1, 300, n).round(2),
            "most ads day": rng.choice(["Monday", "Tuesday", "Friday", "Sunday"], n),
            "converted": rng.choice([True, False], n, p=[0.05, 0.95]),
        }
    )
    # cost per click is the money spent over the clicks it bought, each side's totals (not a mean of row ratios)
    sums = ads.groupby("gender")[["Spent", "Clicks"]].sum()
    per = sums["Spent"] / sums["Clicks"]
    _, text = _run(ads, "cost per click for men vs women?")
    assert _has(text, per["M"]) and _has(text, per["F"]), text
    best = ads.groupby("most ads day")["converted"].mean()
    _, text = _run(ads, "which day has the best conversion rate")
    assert f"**{best.idxmax()}**" in text, text
    schools = pd.DataFrame(
        {
            "Percent Asian": [f"{v:.1f}%" for v in rng.uniform(1, 60, n)],
            "Average Score (SAT Math)": rng.integers(350, 700, n),
        }
    )
    r = schools["Percent Asian"].str.rstrip("%").astype(float).corr(schools["Average Score (SAT Math)"])
    _, text = _run(schools, "is the % of asian students correlated with the math score?")
    assert _has(text, r), text


def test_readings_of_this_round_that_must_not_reach_further() -> None:
    rng = np.random.default_rng(7813)
    n = 500
    who = pd.DataFrame(
        {
            "percentage expenditure": rng.uniform(0, 5000, n).round(1),
            "Total expenditure": rng.uniform(1, 15, n).round(2),
        }
    )
    reply = OfflineAnalyst().respond("whats the average health expenditure", [_profile(who)], {})
    assert "Which column do you mean" in getattr(reply, "text", ""), reply
    houses = pd.DataFrame({"Type": rng.choice(["h", "u", "t"], n), "Price": rng.integers(300, 2000, n) * 1000})
    means = houses.groupby("Type")["Price"].mean()
    _, text = _run(houses, "avg price for each property type (h/u/t)")
    assert all(_has(text, means[t]) for t in "hut"), text


def test_a_singular_word_before_the_counted_things_is_no_amount() -> None:
    rng = np.random.default_rng(7814)
    n = 600
    lego = pd.DataFrame(
        {
            "set_num": [f"{i}-1" for i in range(n)],
            "year": rng.integers(1990, 2022, n),
            "num_parts": rng.integers(10, 900, n),
        }
    )
    years = lego["year"].value_counts()
    _, text = _run(lego, "which year had the most lego sets released?", file="lego_sets.csv")
    assert f"**{years.index[0]}**" in text and _has(text, years.iloc[0]), text


def test_how_many_of_a_subject_number_counts_its_distinct_values() -> None:
    rng = np.random.default_rng(7815)
    chicks = pd.DataFrame(
        {
            "weight": rng.integers(35, 350, 550),
            "Time": np.tile(np.arange(0, 22, 2), 50),
            "Chick": np.repeat(np.arange(1, 51), 11),
            "Diet": np.repeat(rng.integers(1, 5, 50), 11),
        }
    )
    _, text = _run(chicks, "how many chicks are there?", file="chickweight.csv")
    assert _has(text, 50) and "14,025" not in text, text


def test_the_first_period_a_measure_passes_a_mark() -> None:
    rng = np.random.default_rng(7901)
    years = np.arange(1960, 2023)
    pop = pd.DataFrame(
        {
            "Country Name": np.repeat(["Nigeria", "Ghana"], len(years)),
            "year": np.tile(years, 2),
            "population": np.concatenate([45e6 * 1.026 ** (years - 1960), 6e6 * 1.025 ** (years - 1960)]).round(),
        }
    )
    nigeria = pop[pop["Country Name"] == "Nigeria"].set_index("year")["population"]
    first = int(nigeria[nigeria >= 1e8].index[0])
    _, text = _run(pop, "chart nigeria's population over time. what year did it pass 100 million?")
    assert f"**{first}**" in text and "Country Name = Nigeria" in text, text
    # a mark never reached is said so, with the peak
    _, text = _run(pop, "when did ghana's population pass 100 million?")
    assert "never" in text and _has(text, pop[pop["Country Name"] == "Ghana"]["population"].max()), text
    # falling below a mark, on a date column, by month
    days = pd.date_range("2021-01-01", periods=400, freq="D")
    price = pd.DataFrame({"Date": days, "Close": np.linspace(60000, 15000, 400) + rng.normal(0, 500, 400)})
    monthly = price.groupby(price["Date"].dt.to_period("M"))["Close"].mean()
    below = str(monthly[monthly < 30000].index[0])
    _, text = _run(price, "which month did the price first drop below 30000?")
    assert f"**{below}**" in text, text


def test_two_years_said_with_and_are_both_kept() -> None:
    pop = pd.DataFrame(
        {
            "Country Name": ["World", "Chad"] * 3,
            "year": [1960, 1960, 1990, 1990, 2022, 2022],
            "population": [3.0e9, 3.0e6, 5.3e9, 6.0e6, 7.9e9, 17.7e6],
        }
    )
    _, text = _run(pop, "what was the world population in 1960 and in 2022?")
    assert _has(text, 3.0e9) and _has(text, 7.9e9) and "5,300,000,000" not in text, text


def test_world_bank_aggregates_are_not_countries() -> None:
    rng = np.random.default_rng(7902)
    names = ["India", "China", "Chad", "Peru", "Low & middle income", "IDA total", "World", "Euro area"]
    wb = pd.DataFrame(
        {
            "Country Name": np.repeat(names, 3),
            "Country Code": np.repeat(["IND", "CHN", "TCD", "PER", "LMY", "IDX", "WLD", "EMU"], 3),
            "year": np.tile([2020, 2021, 2022], len(names)),
            "value": np.repeat([1.4e9, 1.45e9, 17e6, 33e6, 6.7e9, 1.9e9, 7.9e9, 3.4e8], 3) * rng.uniform(0.99, 1, 24),
        }
    )
    _, text = _run(wb, "which country had the biggest value in 2022")
    assert "China" in text.split("\n\n")[1] and "middle income" not in text.split("\n\n")[1], text


def _stocks() -> pd.DataFrame:
    rng = np.random.default_rng(7903)
    days = pd.bdate_range("2013-02-08", periods=300)
    frames = []
    for name, start, drift in (("AAL", 15, 0.004), ("AAPL", 68, 0.002), ("AMZN", 260, 0.006)):
        close = start * np.exp(np.cumsum(rng.normal(drift, 0.01, len(days))))
        opened = close * rng.uniform(0.98, 1.02, len(days))
        frames.append(
            pd.DataFrame({"date": days.strftime("%Y-%m-%d"), "open": opened.round(2), "close": close.round(2)})
        )
        frames[-1]["Name"] = name
    out = pd.concat(frames, ignore_index=True)
    out["date"] = pd.to_datetime(out["date"])
    return out


def test_stocks_by_company_name_first_to_last_and_close_against_open() -> None:
    stocks = _stocks()
    apple = stocks[stocks["Name"] == "AAPL"]
    _, text = _run(stocks, "what was apple's highest close?")
    assert "Name = AAPL" in text and _has(text, apple["close"].max()), text
    ends = stocks.sort_values("date").groupby("Name")["close"].agg(["first", "last"])
    pct = 100 * (ends["last"] - ends["first"]) / ends["first"]
    _, text = _run(stocks, "which stock went up the most over the whole period, and by how much in %?")
    assert f"**{pct.idxmax()}**" in text and _has(text, pct.max()), text
    aal = stocks[stocks["Name"] == "AAL"]
    _, text = _run(stocks, "how many days did AAL close higher than it opened?")
    assert _has(text, int((aal["close"] > aal["open"]).sum())), text


def test_a_yes_no_column_said_as_a_verb() -> None:
    rng = np.random.default_rng(7904)
    n = 800
    games = pd.DataFrame(
        {
            "game_id": np.repeat(np.arange(n // 2), 2),
            "HoA": np.tile(["home", "away"], n // 2),
            "won": rng.random(n) < 0.5,
            "head_coach": rng.choice(["Jon Cooper", "Paul Maurice", "Mike Babcock", "Bruce Cassidy"], n),
            "goals": rng.integers(0, 7, n),
        }
    )
    wins = games.groupby("head_coach")["won"].sum()
    for question in ("which coach won the most games?", "which coach has the most wins?"):
        _, text = _run(games, question)
        assert f"**{wins.idxmax()}**" in text and _has(text, wins.max()), (question, text)
    home = games[games["HoA"] == "home"]["won"]
    _, text = _run(games, "how often does the home team win?")
    assert _has(text, 100 * home.mean()), text


def test_the_share_of_rows_past_a_bound_that_have_a_value() -> None:
    rng = np.random.default_rng(7905)
    n = 900
    moms = pd.DataFrame(
        {"Age": rng.integers(15, 60, n), "RiskLevel": rng.choice(["low risk", "mid risk", "high risk"], n)}
    )
    older = moms[moms["Age"] > 35]
    _, text = _run(moms, "what percent of women over 35 are high risk?")
    assert _has(text, 100 * (older["RiskLevel"] == "high risk").mean()), text


def test_how_much_was_that_repeats_the_last_figure() -> None:
    rng = np.random.default_rng(7906)
    energy = pd.DataFrame({"country": ["China", "India", "Chad", "Peru"] * 5, "solar": rng.uniform(0, 400, 20)})
    means = energy.groupby("country")["solar"].mean()
    profile, shown = _profile(energy), []
    plan = OfflineAnalyst().respond("which country has the highest average solar?", [profile], {})
    assert isinstance(plan, OfflinePlan)
    exec(plan.code, {"df": energy, "pd": pd, "np": np, "plt": plt, "display": lambda b, raw=False: shown.append(b)})
    plt.close("all")
    first = OfflineAnalyst().summarize("which country ...", plan, shown[-1][RESULT_MIME], None, [profile], 1)
    assert isinstance(first, OfflineAnswer)
    again = OfflineAnalyst().respond("how much was that", [profile], first.memory)
    assert isinstance(again, OfflineAnswer), again
    assert "nothing new was computed" in again.text and _has(again.text, means.max()), again.text
    # a question that asks something new is planned as usual
    assert isinstance(OfflineAnalyst().respond("how much solar in total", [profile], first.memory), OfflinePlan)


def test_a_cause_is_its_description_and_fires_are_the_rows() -> None:
    rng = np.random.default_rng(7907)
    n = 1200
    causes = np.array(["Debris Burning", "Lightning", "Arson", "Campfire"])
    code = rng.choice(4, n, p=[0.4, 0.3, 0.2, 0.1])
    fires = pd.DataFrame(
        {
            "FIRE_NAME": rng.choice(["ROCK", "MILL", "LIGHTNING", "BALD MTN", "UNNAMED"], n),
            "STAT_CAUSE_CODE": code + 1.0,
            "STAT_CAUSE_DESCR": causes[code],
            "FIRE_SIZE": rng.exponential(20, n).round(2),
        }
    )
    top = fires["STAT_CAUSE_DESCR"].value_counts()
    _, text = _run(fires, "whats the most common cause of fires")
    assert f"**{top.index[0]}**" in text and "FIRE_NAME" not in text.splitlines()[0], text
    means = fires.groupby("STAT_CAUSE_DESCR")["FIRE_SIZE"].mean()
    _, text = _run(fires, "average size of lightning fires vs arson fires")
    assert _has(text, means["Lightning"]) and _has(text, means["Arson"]), text


def test_coded_labels_and_lower_case_sex_letters() -> None:
    rng = np.random.default_rng(7908)
    n = 600
    hcv = pd.DataFrame(
        {
            "Category": rng.choice(
                ["0=Blood Donor", "1=Hepatitis", "2=Fibrosis", "3=Cirrhosis"], n, p=[0.85, 0.05, 0.05, 0.05]
            ),
            "Age": rng.integers(20, 80, n),
            "Sex": rng.choice(["m", "f"], n),
        }
    )
    _, text = _run(hcv, "how many people have cirrhosis")
    assert _has(text, int((hcv["Category"] == "3=Cirrhosis").sum())), text
    sick = hcv[hcv["Category"] != "0=Blood Donor"]
    _, text = _run(hcv, "what's the average age of the patients who aren't blood donors?", "and just the women?")
    assert _has(text, sick[sick["Sex"] == "f"]["Age"].mean()), text


def test_what_the_winner_brought_in() -> None:
    rng = np.random.default_rng(7909)
    n = 1000
    tickets = pd.DataFrame(
        {
            "Ticket number": np.arange(n) + 10**9,
            "Violation code": rng.choice(["80.69BS", "88.13B+", "5204A-"], n, p=[0.5, 0.3, 0.2]),
            "Fine amount": rng.choice([73.0, 63.0, 25.0], n),
        }
    )
    tickets["Violation Description"] = tickets["Violation code"].map(
        {"80.69BS": "NO PARK/STREET CLEAN", "88.13B+": "METER EXP.", "5204A-": "DISPLAY OF TABS"}
    )
    top = tickets["Violation Description"].value_counts().index[0]
    _, text = _run(tickets, "what's the most common parking violation", "how much money in fines did that bring in")
    assert _has(text, tickets.loc[tickets["Violation Description"] == top, "Fine amount"].sum()), text


def test_uci_air_quality_codes_and_its_minus_200() -> None:
    rng = np.random.default_rng(7910)
    n = 600
    air = pd.DataFrame(
        {
            "Date": pd.date_range("2004-03-10", periods=n, freq="h").strftime("%d/%m/%Y"),
            "CO(GT)": rng.uniform(0.3, 8, n).round(1),
            "PT08.S1(CO)": rng.integers(700, 2000, n).astype(float),
            "NMHC(GT)": rng.integers(50, 900, n).astype(float),
            "C6H6(GT)": rng.uniform(0.5, 40, n).round(1),
            "NO2(GT)": rng.integers(20, 300, n).astype(float),
            "T": rng.uniform(-2, 40, n).round(1),
            "RH": rng.uniform(10, 90, n).round(1),
            "AH": rng.uniform(0.2, 2.2, n).round(4),
        }
    )
    air.loc[rng.choice(n, 60, replace=False), "CO(GT)"] = -200.0
    air.loc[rng.choice(n, 500, replace=False), "NMHC(GT)"] = -200.0
    _, text = _run(air, "whats the average CO level")
    assert _has(text, air.loc[air["CO(GT)"] != -200, "CO(GT)"].mean()) and "CO(GT)" in text.splitlines()[0], text
    _, text = _run(air, "how much of the NMHC data is missing")
    assert _has(text, 500), text
    _, text = _run(air, "is temperature correlated with humidity")
    assert "T" in text.splitlines()[0] and "RH" in text.splitlines()[0] and _has(text, air["T"].corr(air["RH"])), text


def test_nfl_combine_heights_positions_and_colleges() -> None:
    rng = np.random.default_rng(7911)
    n = 700
    feet = rng.integers(5, 7, n)
    inches = rng.integers(0, 12, n)
    combine = pd.DataFrame(
        {
            "Player": [f"Player {i}" for i in range(n)],
            "Pos": rng.choice(["QB", "WR", "RB", "OT", "CB"], n),
            "School": rng.choice(["Alabama", "Ohio St.", "LSU", "Georgia"], n, p=[0.4, 0.2, 0.2, 0.2]),
            "Ht": [f"{f}-{i}" for f, i in zip(feet, inches, strict=True)],
            "Wt": rng.integers(170, 340, n),
            "40yd": rng.uniform(4.2, 5.6, n).round(2),
        }
    )
    height = 12 * feet + inches
    _, text = _run(combine, "how tall are the quarterbacks on average")
    assert _has(text, height[combine["Pos"] == "QB"].mean()) and "Pos = QB" in text.splitlines()[0], text
    _, text = _run(combine, "which college sent the most players")
    assert "**Alabama**" in text and "School" in text.splitlines()[0], text


def test_who_won_said_of_a_winner_column() -> None:
    rng = np.random.default_rng(7912)
    fights = pd.DataFrame(
        {"R_fighter": [f"R{i}" for i in range(500)], "Winner": rng.choice(["Red", "Blue"], 500, p=[0.6, 0.4])}
    )
    fights["R_wins"] = rng.integers(0, 20, 500)
    fights["B_wins"] = rng.integers(0, 20, 500)
    _, text = _run(fights, "how often does the red corner win")
    assert _has(text, 100 * (fights["Winner"] == "Red").mean()), text


def test_a_table_of_its_own_totals_all_ages_both_sexes_and_the_nation() -> None:
    rows = []
    rng = np.random.default_rng(7913)
    for year in (2015, 2016):
        for state in ("Alabama", "Alaska", "Ohio", "Texas", "Utah", "Maine"):
            rows.append((year, "Both Sexes", "All Ages", state, int(rng.integers(100, 3000))))
        us = sum(r[4] for r in rows if r[0] == year)
        rows.append((year, "Both Sexes", "All Ages", "United States", us))
        male = int(us * 0.63)
        rows += [
            (year, "Male", "All Ages", "United States", male),
            (year, "Female", "All Ages", "United States", us - male),
        ]
        for age, share in (("15-24 years", 0.2), ("25-34 years", 0.5), ("35-44 years", 0.3)):
            rows.append((year, "Both Sexes", age, "United States", int(us * share)))
    df = pd.DataFrame(rows, columns=["Year", "Sex", "Age Group", "State", "Deaths"])
    df["Population"] = rng.integers(10**6, 10**7, len(df))
    us15 = df[(df["Year"] == 2015) & (df["State"] == "United States") & (df["Sex"] == "Both Sexes")]
    us15 = us15[us15["Age Group"] == "All Ages"]["Deaths"].iloc[0]
    _, text = _run(df, "how many people died in 2015")
    assert _has(text, us15) and "Deaths" in text.splitlines()[0], text
    sexes = df[(df["Year"] == 2016) & (df["Sex"] != "Both Sexes")].set_index("Sex")["Deaths"]
    _, text = _run(df, "men vs women - how many deaths each in 2016?")
    assert _has(text, sexes["Male"]) and _has(text, sexes["Female"]), text


def test_crime_labels_by_their_heads_and_a_district_said_with_a_qualifier() -> None:
    rng = np.random.default_rng(7914)
    n = 2000
    kinds_ = [
        "Thefts", "Other Assaults", "Aggravated Assault Firearm", "Aggravated Assault No Firearm",
        "Robbery Firearm", "Robbery No Firearm", "Homicide - Criminal", "Fraud",
    ]  # fmt: skip
    crimes = pd.DataFrame(
        {
            "dc_dist": rng.choice(["01", "06", "24", "26"], n, p=[0.1, 0.2, 0.4, 0.3]),
            "hour_": rng.integers(0, 24, n),
            "text_general_code": rng.choice(kinds_, n),
            "dispatch_date": pd.date_range("2019-01-01", periods=n, freq="13h").strftime("%Y-%m-%d"),
        }
    )
    aggravated = crimes["text_general_code"].str.startswith("Aggravated Assault")
    _, text = _run(crimes, "how many aggravated assaults were there?")
    assert _has(text, int(aggravated.sum())), text
    _, text = _run(crimes, "how many robberies")
    assert _has(text, int(crimes["text_general_code"].str.startswith("Robbery").sum())), text
    _, text = _run(crimes, "how many homicides were there")
    assert _has(text, int((crimes["text_general_code"] == "Homicide - Criminal").sum())), text
    top = crimes["dc_dist"].astype(int).value_counts()
    _, text = _run(crimes, "which police district has the most incidents")
    assert f"**{top.index[0]}**" in text and _has(text, top.iloc[0]), text


def test_publishers_said_without_their_kind_word_and_counted_side_by_side() -> None:
    rng = np.random.default_rng(7915)
    heroes = pd.DataFrame(
        {
            "name": [f"Hero {i}" for i in range(700)],
            "Publisher": rng.choice(
                ["Marvel Comics", "DC Comics", "Image Comics", "Dark Horse Comics", "George Lucas"], 700
            ),
            "Height": rng.uniform(150, 210, 700).round(1),
        }
    )
    counts = heroes["Publisher"].value_counts()
    _, text = _run(heroes, "how many marvel characters are there vs dc?")
    assert _has(text, counts["Marvel Comics"]) and _has(text, counts["DC Comics"]), text


def test_people_killed_add_up_per_year() -> None:
    rng = np.random.default_rng(7916)
    n = 1500
    guns = pd.DataFrame(
        {
            "incident_id": np.arange(n) + 460000,
            "date": pd.to_datetime("2014-01-01") + pd.to_timedelta(rng.integers(0, 4 * 365, n), unit="D"),
            "n_killed": rng.choice([0, 0, 0, 1, 1, 2, 5], n),
            "n_injured": rng.choice([0, 1, 1, 2, 3], n),
        }
    )
    per_year = guns.groupby(guns["date"].dt.year)["n_killed"].sum()
    _, text = _run(guns, "what was the deadliest year")
    assert f"**{per_year.idxmax()}**" in text and _has(text, per_year.max()), text
    _, text = _run(guns, "how many people died in total")
    assert _has(text, guns["n_killed"].sum()), text


def test_how_long_until_a_crime_is_reported_runs_from_its_first_occurrence() -> None:
    rng = np.random.default_rng(7917)
    n = 800
    first = pd.to_datetime("2021-01-01") + pd.to_timedelta(rng.integers(0, 365 * 24 * 60, n), unit="min")
    last = first + pd.to_timedelta(rng.integers(0, 180, n), unit="min")
    reported = last + pd.to_timedelta(rng.exponential(300, n).astype(int), unit="min")
    fmt = "%m/%d/%Y %I:%M:%S %p"
    crimes = pd.DataFrame(
        {
            "incident_id": np.arange(n),
            "FIRST_OCCURRENCE_DATE": first.strftime(fmt),
            "LAST_OCCURRENCE_DATE": last.strftime(fmt),
            "REPORTED_DATE": reported.strftime(fmt),
            "GEO_LON": rng.uniform(-105.1, -104.7, n),
            "IS_CRIME": rng.choice([0, 1], n, p=[0.1, 0.9]),
        }
    )
    for c in ("FIRST_OCCURRENCE_DATE", "LAST_OCCURRENCE_DATE", "REPORTED_DATE"):
        crimes[c] = pd.to_datetime(crimes[c], format=fmt)
    hours = (crimes["REPORTED_DATE"] - crimes["FIRST_OCCURRENCE_DATE"]).dt.total_seconds() / 3600
    _, text = _run(crimes, "how long does it usually take for a crime to get reported?")
    assert "FIRST_OCCURRENCE_DATE" in text.splitlines()[0] and "GEO_LON" not in text, text
    assert _has(text, hours.median()), text


def test_all_levels_is_a_level_of_its_own() -> None:
    rng = np.random.default_rng(7918)
    n = 900
    courses = pd.DataFrame(
        {
            "course_id": np.arange(n),
            "level": rng.choice(["All Levels", "Beginner Level", "Intermediate Level", "Expert Level"], n),
            "price": rng.choice([0, 20, 50, 100, 200], n),
            "num_subscribers": rng.integers(0, 20000, n),
        }
    )
    _, text = _run(courses, "is price related to the number of subscribers?")
    assert f"{n} rows" in text.splitlines()[0] and _has(text, courses["price"].corr(courses["num_subscribers"])), text


def test_a_bare_word_is_its_own_column_not_the_ones_that_qualify_it() -> None:
    rng = np.random.default_rng(7919)
    n = 800
    smokes = (rng.random(n) < 0.2).astype(float)
    risk = pd.DataFrame(
        {
            "Age": rng.integers(15, 60, n),
            "Num of pregnancies": rng.integers(0, 6, n).astype(float),
            "Smokes": smokes,
            "Smokes (years)": np.where(smokes == 1, rng.uniform(0.5, 20, n).round(1), 0.0),
            "Smokes (packs/year)": np.where(smokes == 1, rng.uniform(0.1, 10, n).round(2), 0.0),
        }
    )
    means = risk.groupby("Smokes")["Num of pregnancies"].mean()
    _, text = _run(risk, "do smokers have more pregnancies on average than non smokers?")
    assert "by Smokes," in text.splitlines()[0] and _has(text, means[1.0]) and _has(text, means[0.0]), text


def test_how_many_a_route_gets_on_a_typical_day_is_a_mean_per_side() -> None:
    rng = np.random.default_rng(7920)
    n = 900
    routes = pd.DataFrame(
        {
            "route": rng.choice([f"R{i}" for i in range(30)], n),
            "day_type": rng.choice(["WKDY", "SAT", "SUN"], n, p=[0.7, 0.15, 0.15]),
            "boardings": rng.integers(100, 4000, n),
        }
    )
    means = routes.groupby("day_type")["boardings"].mean()
    _, text = _run(routes, "on a typical weekday how many boardings does a route get, vs saturday and sunday?")
    assert all(_has(text, means[d]) for d in ("WKDY", "SAT", "SUN")), text


def test_got_drafted_counts_the_rows_that_name_a_draft() -> None:
    rng = np.random.default_rng(7921)
    n = 600
    picked = rng.random(n) < 0.65
    teams = [
        "Arizona Cardinals",
        "Chicago Bears",
        "Dallas Cowboys",
        "Denver Broncos",
        "Miami Dolphins",
        "New York Jets",
    ]
    drafted = [
        f"{rng.choice(teams)} / {r}th / {p}th pick / 2019" if ok else None
        for ok, r, p in zip(picked, rng.integers(1, 8, n), rng.integers(1, 250, n), strict=True)
    ]
    combine = pd.DataFrame({"Player": [f"P{i}" for i in range(n)], "Wt": rng.integers(180, 330, n)})
    combine["Drafted (tm/rnd/yr)"] = drafted
    _, text = _run(combine, "what % of guys at the combine ended up getting drafted?")
    assert _has(text, 100 * picked.mean()), text


def test_won_the_most_of_a_winner_column() -> None:
    rng = np.random.default_rng(7922)
    n = 900
    oscars = pd.DataFrame(
        {
            "year_ceremony": rng.integers(1929, 2024, n),
            "category": rng.choice(["BEST PICTURE", "DIRECTING", "ACTOR IN A LEADING ROLE"], n),
            "film": rng.choice([f"Film {i}" for i in range(60)], n),
            "winner": rng.random(n) < 0.2,
        }
    )
    wins = oscars.groupby("film")["winner"].sum()
    _, text = _run(oscars, "which film won the most oscars")
    assert f"**{wins.idxmax()}**" in text and _has(text, wins.max()), text


def test_someone_killed_is_at_least_one() -> None:
    rng = np.random.default_rng(7923)
    guns = pd.DataFrame({"incident_id": np.arange(700), "n_killed": rng.choice([0, 0, 0, 1, 2], 700)})
    _, text = _run(guns, "how many incidents had someone killed")
    assert _has(text, int((guns["n_killed"] >= 1).sum())), text


def test_the_most_acres_burned_adds_the_fires_up() -> None:
    rng = np.random.default_rng(7924)
    n = 1200
    fires = pd.DataFrame(
        {
            "FIRE_YEAR": rng.integers(1995, 2015, n),
            "DISCOVERY_DATE": pd.date_range("1995-01-01", periods=n, freq="6D").strftime("%m/%d/%Y"),
            "STAT_CAUSE_DESCR": rng.choice(["Lightning", "Arson", "Debris Burning"], n),
            "FIRE_SIZE": rng.exponential(40, n).round(2),
            "FIRE_SIZE_CLASS": rng.choice(list("ABCDEFG"), n),
        }
    )
    totals = fires.groupby("FIRE_YEAR")["FIRE_SIZE"].sum()
    _, text = _run(fires, "which year had the most acres burned?")
    assert f"**{totals.idxmax()}**" in text and _has(text, totals.max()), text


def test_heads_that_are_a_column_word_or_a_place_name_no_value() -> None:
    rng = np.random.default_rng(7925)
    n = 700
    jobs = pd.DataFrame(
        {
            "Job Title": rng.choice(["Data Scientist", "Data Engineer", "Analyst"], n),
            "Company Name": rng.choice([f"Firm {i}" for i in range(40)], n),
            "Rating": np.where(rng.random(n) < 0.1, -1, rng.uniform(2.5, 5, n).round(1)),
            "Type of ownership": rng.choice(["Company - Private", "Company - Public", "Nonprofit Organization"], n),
        }
    )
    _, text = _run(jobs, "average company rating?")
    assert "Type of ownership" not in text.splitlines()[0], text
    beer = pd.DataFrame(
        {
            "brewery": [f"Brewery {i}" for i in range(n)],
            "city": rng.choice(["Colorado Springs", "Palm Springs", "Hot Springs", "Denver", "Austin"], n),
            "state": rng.choice(["CO", "CA", "AR", "TX", "OR"], n),
            "medal": rng.choice(["Gold", "Silver", "Bronze"], n),
        }
    )
    golds = int(((beer["state"] == "CO") & (beer["medal"] == "Gold")).sum())
    _, text = _run(beer, "how many golds did colorado breweries win")
    assert "state = CO" in text.splitlines()[0] and _has(text, golds), text


def test_diesel_and_petrol_of_the_uk_fuel_price_codes() -> None:
    rng = np.random.default_rng(7926)
    n = 400
    fuel = pd.DataFrame(
        {
            "Date": pd.date_range("2012-01-02", periods=n, freq="7D").strftime("%d/%m/%Y"),
            "ULSP:  Pump price (p/litre)": rng.uniform(100, 190, n).round(2),
            "ULSD:  Pump price (p/litre)": rng.uniform(105, 199, n).round(2),
        }
    )
    when = pd.to_datetime(fuel["Date"], format="%d/%m/%Y")
    diesel = fuel.loc[when.dt.year == 2015, "ULSD:  Pump price (p/litre)"].mean()
    fuel["Date"] = when
    _, text = _run(fuel, "average diesel price in 2015?")
    assert "ULSD" in text.splitlines()[0] and _has(text, diesel), text


def test_a_verb_of_a_one_word_count_and_seconds_of_a_milliseconds_column() -> None:
    rng = np.random.default_rng(7927)
    n = 400
    mails = pd.DataFrame(
        {
            "Send Date": pd.date_range("2021-01-04", periods=n, freq="3D"),
            "Total Recipients": rng.integers(2000, 12000, n),
            "Unsubscribes": rng.integers(0, 40, n),
        }
    )
    in_2022 = mails.loc[mails["Send Date"].dt.year == 2022, "Unsubscribes"].sum()
    _, text = _run(mails, "how many people unsubscribed in 2022")
    assert _has(text, in_2022), text
    plays = pd.DataFrame(
        {
            "endTime": pd.date_range("2023-01-01", periods=n, freq="37min").strftime("%Y-%m-%d %H:%M"),
            "artistName": rng.choice(["Taylor Swift", "Drake", "SZA"], n),
            "msPlayed": rng.integers(0, 300_000, n),
        }
    )
    _, text = _run(plays, "how many plays were skipped in under 30 seconds")
    assert _has(text, int((plays["msPlayed"] < 30_000).sum())), text


def test_who_did_the_most_is_the_one_column_of_people_doing_the_work() -> None:
    rng = np.random.default_rng(7928)
    n = 900
    tickets = pd.DataFrame(
        {
            "Id": np.arange(n) + 1000,
            "Status": rng.choice(["solved", "open", "pending", "closed"], n, p=[0.5, 0.2, 0.1, 0.2]),
            "Requester": [f"Customer {i}" for i in rng.integers(0, 300, n)],
            "Assignee": rng.choice(["Maya Chen", "Omar Said", "Lena Park", "Tom Reed"], n, p=[0.4, 0.3, 0.2, 0.1]),
        }
    )
    solved = tickets[tickets["Status"] == "solved"]["Assignee"].value_counts()
    _, text = _run(tickets, "who solved the most tickets")
    assert f"**{solved.index[0]}**" in text and "Assignee" in text.splitlines()[0], text
    _, text = _run(tickets, "who has the most tickets")
    assert f"**{tickets['Assignee'].value_counts().index[0]}**" in text, text


def _statement(seed: int, n: int = 700) -> pd.DataFrame:
    """A budget tracker: charges negative, paychecks and refunds positive, transfers both ways."""
    rng = np.random.default_rng(seed)
    kinds = ["Groceries", "Eating Out", "Rent", "Income", "Transfer", "Credit Card Payment"]
    category = rng.choice(kinds, n, p=[0.4, 0.25, 0.1, 0.1, 0.1, 0.05])
    amount = np.where(category == "Income", rng.uniform(1500, 3000, n), -rng.uniform(5, 200, n))
    moved = np.isin(category, ["Transfer", "Credit Card Payment"])
    amount = np.where(moved, rng.choice([-500.0, 500.0], n), amount)
    return pd.DataFrame(
        {
            "Date": pd.date_range("2022-01-01", periods=n, freq="1D").strftime("%m/%d/%Y"),
            "Category": category,
            "Amount": amount.round(2),
        }
    )


def test_money_spent_and_earned_of_one_signed_amount_column() -> None:
    budget = _statement(9001)
    moved = budget["Category"].isin(["Transfer", "Credit Card Payment"])
    spent = budget[(budget["Amount"] < 0) & ~moved]
    earned = budget[(budget["Amount"] > 0) & ~moved]
    plan, text = _run(budget, "how much did i spend in total")
    assert 'spent = df[df["Amount"] < 0]' in plan.code and _has(text, round(-spent["Amount"].sum(), 2)), text
    eating = spent.loc[spent["Category"] == "Eating Out", "Amount"].sum() / spent["Amount"].sum()
    _, text = _run(budget, "what percent of my spending goes on eating out")
    assert _has(text, round(100 * eating, 2)), text
    month = spent.groupby(pd.to_datetime(spent["Date"]).dt.to_period("M"))["Amount"].sum().idxmin()
    _, text = _run(budget, "which month did i spend the most money")
    assert f"**{month}**" in text, text
    _, text = _run(budget, "how much did i spend on groceries", "just 2023?")
    groceries = spent[(spent["Category"] == "Groceries") & spent["Date"].str.endswith("2023")]
    assert _has(text, round(-groceries["Amount"].sum(), 2)), text
    _, text = _run(budget, "did i earn more than i spent? both totals please")
    assert _has(text, round(earned["Amount"].sum(), 2)) and _has(text, round(-spent["Amount"].sum(), 2)), text
    # a question about the table, not money spent, reads the rows as they are
    _, text = _run(budget, "how much did i spend on groceries", "how many rows have a negative amount")
    assert _has(text, int((budget["Amount"] < 0).sum())), text


def test_money_spent_of_positive_amounts_beside_debit_and_credit() -> None:
    budget = _statement(9002)
    budget["Transaction Type"] = np.where(budget["Amount"] < 0, "debit", "credit")
    budget["Amount"] = budget["Amount"].abs()
    moved = budget["Category"].isin(["Transfer", "Credit Card Payment"])
    spent = budget[(budget["Transaction Type"] == "debit") & ~moved]
    _, text = _run(budget, "how much did i spend on eating out")
    assert _has(text, round(spent.loc[spent["Category"] == "Eating Out", "Amount"].sum(), 2)), text
    # a column named by the money word is that column, no view of the rows
    ads = pd.DataFrame({"Campaign": ["a", "b", "c"] * 20, "Amount spent (USD)": np.arange(60.0) - 10})
    plan, text = _run(ads, "total amount spent")
    assert "spent =" not in plan.code and _has(text, ads["Amount spent (USD)"].sum()), text


def test_a_season_of_years_is_a_year_and_usgs_series_by_what_they_measure() -> None:
    rng = np.random.default_rng(9003)
    n = 600
    stats = pd.DataFrame(
        {
            "Player": [f"Player {i}" for i in rng.integers(0, 150, n)],
            "Season": rng.integers(2015, 2024, n),
            "PTS": rng.integers(0, 700, n),
        }
    )
    in_2021 = stats.loc[stats["Season"] == 2021, "PTS"].sum()
    _, text = _run(stats, "how many points were scored in total in 2021")
    assert _has(text, in_2021) and "Season = 2021" in text.splitlines()[0], text
    days = pd.date_range("2016-01-01", periods=900, freq="D")
    flow = pd.DataFrame(
        {
            "agency_cd": "USGS",
            "site_no": "01646500",
            "datetime": days.strftime("%Y-%m-%d"),
            "69928_00060_00003": rng.integers(1000, 30000, len(days)),
            "69928_00060_00003_cd": "A",
        }
    )
    _, text = _run(flow, "whats the average flow")
    assert _has(text, round(flow["69928_00060_00003"].mean(), 1)), text
    _, text = _run(flow, "how many days was the river below 2000 cfs?")
    assert _has(text, int((flow["69928_00060_00003"] < 2000).sum())), text


def test_activities_said_as_verbs_distance_by_its_unit_and_calories_burned() -> None:
    rng = np.random.default_rng(9004)
    n = 500
    kind = rng.choice(["Running", "Cycling", "Walking", "Strength Training"], n)
    log = pd.DataFrame(
        {
            "Activity Type": kind,
            "Date": pd.date_range("2022-01-01", periods=n, freq="17h").strftime("%Y-%m-%d %H:%M:%S"),
            "Distance": np.where(kind == "Strength Training", 0.0, rng.uniform(2, 40, n).round(2)),
            "Calories": [f"{v:,}" for v in rng.integers(100, 1600, n)],
        }
    )
    runs = log[log["Activity Type"] == "Running"]
    _, text = _run(log, "how many runs have i done")
    assert _has(text, len(runs)), text
    in_2022 = runs.loc[runs["Date"].str.startswith("2022"), "Distance"].sum()
    _, text = _run(log, "how many km did i run in 2022 altogether")
    assert _has(text, round(in_2022, 2)), text
    strength = log.loc[log["Activity Type"] == "Strength Training", "Calories"].str.replace(",", "").astype(int)
    _, text = _run(log, "how many calories have i burned doing strength training")
    assert _has(text, int(strength.sum())), text


def test_hours_of_an_h_mm_ss_duration_per_person_and_log_as_a_verb() -> None:
    rng = np.random.default_rng(9005)
    n = 400
    seconds = rng.integers(600, 4 * 3600, n)
    entries = pd.DataFrame(
        {
            "User": rng.choice(["Maya Patel", "Sam Okafor", "Lena Fischer"], n),
            "Client": rng.choice(["Acme", "Globex"], n),
            "Duration": [f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}" for s in seconds],
        }
    )
    hours = pd.Series(seconds / 3600, index=entries.index).groupby(entries["User"]).sum()
    _, text = _run(entries, "how many hours did each person log in total")
    assert "fit" not in text.splitlines()[0].lower() and "User" in text.splitlines()[0], text
    assert all(_has(text, round(v, 1)) for v in hours), text
    # the hours stay hours in a follow-up
    by_client = pd.Series(seconds / 3600, index=entries.index).groupby(entries["Client"]).sum()
    _, text = _run(entries, "how many hours in total", "and by client?")
    assert all(_has(text, round(v, 1)) for v in by_client), text
    # "log" ending the question is the verb too, whoever logged
    _, text = _run(entries, "how many hours did the team log")
    assert "fit" not in text.splitlines()[0].lower() and _has(text, round(seconds.sum() / 3600, 1)), text


def test_year_and_month_numbers_how_many_different_and_a_short_form_of_a_provider_code() -> None:
    rng = np.random.default_rng(9006)
    years = np.repeat(np.arange(1950, 2000), 12)
    station = pd.DataFrame(
        {
            "yyyy": years,
            "mm": np.tile(np.arange(1, 13), 50),
            "tmax degC": rng.normal(14, 5, len(years)).round(1),
            "rain mm": rng.gamma(2, 30, len(years)).round(1),
        }
    )
    hottest = station.groupby("yyyy")["tmax degC"].mean().idxmax()
    _, text = _run(station, "which year was the hottest")
    assert f"**{hottest}**" in text, text
    wet = station.loc[station["rain mm"].idxmax()]
    _, text = _run(station, "wettest month on record?")
    assert f"{int(wet['yyyy'])}-{int(wet['mm']):02d}" in text, text
    n = 600
    claims = pd.DataFrame(
        {
            "Prscrbr_NPI": rng.choice(rng.integers(1_000_000_000, 1_999_999_999, 80), n),
            "Prscrbr_City": rng.choice(["Austin", "Dallas", "Waco"], n),
            "Brnd_Name": rng.choice([f"Drug {i}" for i in range(40)], n),
            "Tot_Clms": rng.integers(11, 400, n),
        }
    )
    _, text = _run(claims, "how many different prescribers are there")
    assert _has(text, claims["Prscrbr_NPI"].nunique()), text


def test_a_kept_duration_in_minutes_read_as_hours_and_as_length_and_the_best_seller() -> None:
    rng = np.random.default_rng(9007)
    n = 500
    start = pd.Timestamp("2023-01-02 09:00") + pd.to_timedelta(rng.integers(0, 300 * 24 * 60, n), unit="min")
    minutes = rng.integers(5, 120, n)
    meetings = pd.DataFrame(
        {
            "Topic": rng.choice(["Standup", "Review", "Planning"], n),
            "Department": rng.choice(["Sales", "Marketing", "Engineering"], n),
            "Start Time": start.strftime("%m/%d/%Y %I:%M:%S %p"),
            # the end is a minute or two after the meeting's own length: the table's figure is Duration
            "End Time": (start + pd.to_timedelta(minutes + 2, unit="min")).strftime("%m/%d/%Y %I:%M:%S %p"),
            "Duration (Minutes)": minutes,
        }
    )
    # (a copy: the cell adds its derived column to the frame it runs on)
    _, text = _run(meetings.copy(), "how many hours did we spend in meetings in total")
    assert _has(text, round(minutes.sum() / 60, 1)), text
    _, text = _run(meetings, "whats the average meeting length")
    assert _has(text, round(minutes.mean(), 2)) and "Duration (Minutes)" in text.splitlines()[0], text
    sales = pd.DataFrame(
        {
            "Sale Date": pd.date_range("2023-01-01", periods=n, freq="13h").strftime("%m/%d/%y"),
            "Item Name": rng.choice(["Leather Keychain", "Gold Necklace", "Canvas Tote"], n),
            "Quantity": rng.integers(1, 6, n),
            "Price": rng.uniform(10, 60, n).round(2),
        }
    )
    top = sales.groupby("Item Name")["Quantity"].sum().idxmax()
    _, text = _run(sales, "whats my best seller")
    assert f"**{top}**" in text, text


def test_money_taken_in_is_the_total_paid_not_its_fees() -> None:
    rng = np.random.default_rng(9008)
    n = 300
    paid = rng.choice([0.0, 25.0, 60.0], n)
    orders = pd.DataFrame(
        {
            "Order #": np.arange(n) + 5000,
            "Ticket Type": rng.choice(["General Admission", "VIP"], n),
            "Total Paid": paid,
            "Fees Paid": (paid * 0.07).round(2),
        }
    )
    _, text = _run(orders, "how much money did we take in")
    assert _has(text, paid.sum()) and "Total Paid" in text.splitlines()[0], text


def test_a_measure_from_its_first_reading_to_its_latest() -> None:
    rng = np.random.default_rng(9009)
    n = 200
    when = pd.Timestamp("2022-01-03 07:00") + pd.to_timedelta(np.sort(rng.integers(0, 500 * 24 * 60, n)), unit="min")
    weights = pd.DataFrame(
        {
            "Date": when.strftime("%Y-%m-%d %H:%M:%S")[::-1],  # newest first, as the scale exports them
            "Weight (kg)": np.linspace(96, 86, n).round(2)[::-1] + rng.normal(0, 0.3, n).round(2),
            "Fat mass (kg)": rng.uniform(20, 28, n).round(2),
        }
    )
    ordered = weights.assign(_w=pd.to_datetime(weights["Date"])).sort_values("_w")
    lost = ordered["Weight (kg)"].iloc[0] - ordered["Weight (kg)"].iloc[-1]
    _, text = _run(weights, "how much weight have i lost from the first weigh in to the latest one")
    assert _has(text, round(lost, 2)) and "Weight (kg)" in text.splitlines()[0], text
    # a question with no span in time is no such request
    plan, _ = _run(weights, "what's my average weight")
    assert "first reading" not in plan.code, plan.code


def test_money_asked_by_its_verb_is_the_money_not_a_billable_flag() -> None:
    rng = np.random.default_rng(9010)
    n = 400
    billable = rng.choice(["Yes", "No"], n, p=[0.7, 0.3])
    entries = pd.DataFrame(
        {
            "Client": rng.choice(["Acme", "Globex"], n),
            "Billable": billable,
            "Start date": pd.date_range("2023-01-01", periods=n, freq="11h").strftime("%Y-%m-%d"),
            "Amount (USD)": np.where(billable == "Yes", rng.uniform(50, 400, n).round(2), np.nan),
        }
    )
    march = entries.loc[entries["Start date"].str[5:7] == "03", "Amount (USD)"].sum()
    _, text = _run(entries, "how much did we bill in march")
    assert _has(text, round(march, 2)) and "Amount (USD)" in text.splitlines()[0], text


def _card_statement(seed: int) -> pd.DataFrame:
    """A card statement with Debit and Credit in columns of their own (Capital One's layout), 2023, newest first."""
    rng = np.random.default_rng(seed)
    n = 500
    debit = rng.random(n) < 0.9
    amount = rng.lognormal(3.2, 0.7, n).round(2)
    frame = pd.DataFrame(
        {
            # dates as the upload reads them (parsed at load)
            "Transaction Date": pd.date_range("2023-01-01", "2023-12-31", periods=n).normalize()[::-1],
            "Description": rng.choice(["TARGET", "SHELL OIL", "PANERA BREAD", "AMAZON"], n),
            "Category": rng.choice(["Merchandise", "Dining", "Gas/Automotive"], n, p=[0.5, 0.3, 0.2]),
            "Debit": np.where(debit, amount, np.nan),
            "Credit": np.where(debit, np.nan, amount),
        }
    )
    return frame


def test_money_spent_in_a_debit_column_of_its_own() -> None:
    card = _card_statement(9011)
    debit = card["Debit"].fillna(0)
    _, text = _run(card, "how much did i spend this year")
    assert _has(text, round(debit.sum(), 2)), text
    assert "Credit" not in text.splitlines()[0], text
    top = debit.groupby(card["Category"]).sum().idxmax()
    _, text = _run(card, "what do i spend the most on")
    assert f"**{top}**" in text and "Category" in text.splitlines()[0], text
    month = card["Transaction Date"].dt.to_period("M")
    monthly = debit.groupby(month).sum()
    _, text = _run(card, "how much do i spend a month on average")
    assert _has(text, round(monthly.mean(), 1)), text
    _, text = _run(card, "which month did i spend the most")
    assert str(monthly.idxmax()) in text, text


def test_payments_that_never_went_through_are_no_money_spent() -> None:
    rng = np.random.default_rng(9012)
    n = 600
    state = rng.choice(["COMPLETED", "DECLINED", "REVERTED", "PENDING"], n, p=[0.85, 0.07, 0.05, 0.03])
    statement = pd.DataFrame(
        {
            "Type": rng.choice(["CARD_PAYMENT", "TOPUP"], n, p=[0.8, 0.2]),
            "Started Date": pd.date_range("2023-01-01", "2023-12-31", periods=n).strftime("%Y-%m-%d %H:%M:%S"),
            "Description": rng.choice(["Tesco", "Aldi", "Starbucks"], n),
            "Amount": rng.uniform(5, 80, n).round(2),
            "Fee": np.where(rng.random(n) < 0.05, 1.5, 0.0),
            "State": state,
        }
    )
    statement.loc[statement["Type"] == "CARD_PAYMENT", "Amount"] *= -1
    went = statement[(statement["Amount"] < 0) & ~statement["State"].isin(["DECLINED", "REVERTED"])]
    _, text = _run(statement, "how much did i spend")
    assert _has(text, round(-went["Amount"].sum(), 2)), text
    top = (-went["Amount"]).groupby(went["Description"]).sum().idxmax()
    _, text = _run(statement, "where do i spend the most money")
    assert f"**{top}**" in text, text
    # a charge's own column, named, is the money asked about
    _, text = _run(statement, "how much have i paid in fees altogether")
    assert _has(text, statement["Fee"].sum()) and "Fee" in text.splitlines()[0], text


def test_a_running_balance_asked_now_is_its_latest_value() -> None:
    rng = np.random.default_rng(9013)
    n = 300
    days = np.sort(rng.integers(0, 365, n))[::-1]  # newest first, several rows a day
    amounts = rng.normal(-20, 60, n).round(2)
    statement = pd.DataFrame(
        {
            "Date": (pd.Timestamp("2023-01-01") + pd.to_timedelta(days, unit="D")).strftime("%d-%m-%Y"),
            "Amount": amounts,
            "Running Balance": (5000 + np.cumsum(amounts[::-1]))[::-1].round(2),
        }
    )
    _, text = _run(statement, "whats my balance now")
    assert _has(text, statement["Running Balance"].iloc[0]), text
    assert "Latest Running Balance" in text.splitlines()[0], text
    # an average balance is no latest value
    plan, _ = _run(statement, "what's my average balance")
    assert "latest" not in plan.code.lower(), plan.code


def test_a_card_export_with_charges_positive_reads_them_as_spent() -> None:
    rng = np.random.default_rng(9014)
    n = 400
    charge = rng.lognormal(3.4, 0.6, n).round(2)
    activity = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", "2023-12-31", periods=n).normalize()[::-1],
            "Description": rng.choice(["WHOLEFDS", "SHELL", "ETSY.COM"], n),
            "Card Member": rng.choice(["JANE SMITH", "DAVID SMITH"], n),
            "Amount": charge,
            "Category": rng.choice(["Merchandise & Supplies-Groceries", "Transportation-Fuel"], n),
        }
    )
    paid = np.arange(n) % 30 == 0  # the monthly payments, negative (Amex's sign)
    activity.loc[paid, "Amount"] = -600.0
    activity.loc[paid, "Category"] = np.nan
    spent = activity[activity["Amount"] > 0]
    _, text = _run(activity, "how much did we spend this year")
    assert _has(text, round(spent["Amount"].sum(), 2)), text
    by_member = spent.groupby("Card Member")["Amount"].sum()
    _, text = _run(activity, "how much did jane spend vs david")
    assert _has(text, round(by_member["JANE SMITH"], 2)) and _has(text, round(by_member["DAVID SMITH"], 2)), text


def test_a_balance_column_is_no_money_spent_and_that_a_month_is_the_winners() -> None:
    rng = np.random.default_rng(9015)
    n = 600
    amount = -rng.lognormal(3.0, 0.8, n).round(2)
    statement = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", "2023-12-31", periods=n).normalize(),
            "Counter Party": rng.choice(["Tesco", "TfL", "Octopus"], n),
            "Spending Category": rng.choice(["GROCERIES", "TRANSPORT", "BILLS_AND_SERVICES"], n, p=[0.5, 0.3, 0.2]),
            "Amount (GBP)": amount,
            "Balance (GBP)": (3000 + np.cumsum(amount)).round(2),
        }
    )
    statement.loc[::50, "Amount (GBP)"] = 2500.0  # the pay coming in
    spent = statement[statement["Amount (GBP)"] < 0]
    _, text = _run(statement, "how much did i spend in total this year")
    assert _has(text, round(-spent["Amount (GBP)"].sum(), 2)) and "Balance" not in text.splitlines()[0], text
    by_kind = -spent.groupby("Spending Category")["Amount (GBP)"].sum()
    top = by_kind.idxmax()
    monthly = -spent[spent["Spending Category"] == top].groupby(spent["Date"].dt.to_period("M"))["Amount (GBP)"].sum()
    _, text = _run(statement, "what do i spend the most money on", "how much is that a month on average")
    assert _has(text, round(monthly.mean(), 1)), text


def test_who_does_the_most_is_the_one_column_of_people() -> None:
    rng = np.random.default_rng(9016)
    n = 900
    plays = pd.DataFrame(
        {
            "uts": np.arange(n) + 1_700_000_000,
            "artist": rng.choice(["Radiohead", "Bjork", "Slowdive", "Low"], n, p=[0.4, 0.3, 0.2, 0.1]),
            "artist_mbid": rng.choice(["a1", "b2", "c3", "d4"], n),
            "album": rng.choice(["OK", "Post", "Souvlaki"], n),
            "track": rng.choice([f"Song {i}" for i in range(60)], n),
        }
    )
    top = plays["artist"].value_counts().idxmax()
    _, text = _run(plays, "who do i listen to the most")
    assert f"**{top}**" in text and "artist" in text.splitlines()[0], text
    meetings = pd.DataFrame(
        {
            "Invitee Name": rng.choice(["Liam Schmidt", "Ana Costa", "Mei Lin"], 300),
            "Event Type Name": rng.choice(["30 Minute Call", "60 Minute Session"], 300, p=[0.7, 0.3]),
            "Event Price": rng.choice([150.0, 400.0], 300),
        }
    )
    kind = meetings["Event Type Name"].value_counts().idxmax()
    _, text = _run(meetings, "which kind of meeting is most popular")
    assert f"**{kind}**" in text, text
    conversations = pd.DataFrame(
        {
            "Conversation ID": rng.choice(10**14, 500, replace=False) + 215467000000000,
            "State": rng.choice(["closed", "open"], 500),
            "Channel": rng.choice(["Chat", "Email"], 500, p=[0.8, 0.2]),
            "Teammate assigned": rng.choice(["Priya Shah", "Tom Becker", "Lucia Romero"], 500, p=[0.5, 0.3, 0.2]),
            "Team assigned": rng.choice(["Support Tier 1", "Billing"], 500),
        }
    )
    mate = conversations["Teammate assigned"].value_counts().idxmax()
    _, text = _run(conversations, "who answered the most conversations")
    assert f"**{mate}**" in text and "Teammate assigned" in text.splitlines()[0], text


def test_finish_times_written_minutes_and_seconds_are_lengths_of_time() -> None:
    rng = np.random.default_rng(9017)
    n = 500
    seconds = rng.normal(29 * 60, 5 * 60, n).clip(15 * 60, 70 * 60).astype(int)
    written = [
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}" for s in seconds
    ]
    results = pd.DataFrame(
        {
            "Position": np.arange(1, n + 1),
            "parkrunner": [f"Runner {i}" for i in rng.integers(0, 300, n)],
            "Gender": rng.choice(["Male", "Female"], n),
            "Time": written,
        }
    )
    _, text = _run(results, "what's the typical finish time")
    assert _has(text, round(seconds.mean() / 60, 2)) or _has(text, round(float(np.median(seconds)) / 60, 2)), text


def test_a_pronoun_inside_a_survey_question_names_no_column() -> None:
    rng = np.random.default_rng(9018)
    n = 420
    answers = pd.DataFrame(
        {
            "How satisfied were you with your most recent order?": rng.integers(1, 6, n),
            "Which country are you in?": rng.choice(["United States", "Canada"], n),
            "Anything we could do better?": np.where(rng.random(n) < 0.2, "Faster shipping please", None),
        }
    )
    _, text = _run(answers, "how many responses did we get")
    assert _has(text, n) and "Anything" not in text.splitlines()[0], text


def test_how_many_separate_things_are_in_here_counts_their_codes() -> None:
    rng = np.random.default_rng(9019)
    n = 800
    lines = pd.DataFrame(
        {
            "Order Number": np.sort(rng.integers(1000, 1400, n)),
            "Order Status": rng.choice(["completed", "refunded"], n, p=[0.9, 0.1]),
            "Item Name": rng.choice(["Mug", "Tee", "Cap"], n),
            "Quantity": rng.integers(1, 4, n),
        }
    )
    orders = lines["Order Number"].nunique()
    _, text = _run(lines, "how many separate orders are in here")
    assert _has(text, orders) and "Order Number" in text.splitlines()[0], text
    track = pd.DataFrame(
        {
            "id": np.repeat([f"AL{i:02d}2013" for i in range(40)], 12),
            "status": rng.choice(["TS", "HU", "TD"], 480),
            "max_wind": rng.integers(20, 140, 480),
        }
    )
    _, text = _run(track, "how many storms are in here")
    assert _has(text, 40), text


def test_a_bare_highest_is_the_tables_one_measure() -> None:
    rng = np.random.default_rng(9020)
    countries = ["Chad", "Japan", "Peru", "Norway", "Laos", "Kenya"]
    years = list(range(2015, 2022))
    owid = pd.DataFrame(
        [(c, c[:3].upper(), y, round(float(rng.uniform(50, 85)), 2)) for c in countries for y in years],
        columns=["Entity", "Code", "Year", "Period life expectancy at birth - Sex: all - Age: 0"],
    )
    latest = owid[owid["Year"] == 2021].set_index("Entity").iloc[:, -1]
    _, text = _run(owid, "which country had the highest in 2021")
    assert f"**{latest.idxmax()}**" in text, text
    _, text = _run(owid, "which country had the highest in 2021", "and the lowest?")
    assert f"**{latest.idxmin()}**" in text, text


def test_tasks_still_open_are_the_rows_with_no_completion_date() -> None:
    rng = np.random.default_rng(9021)
    n = 500
    created = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D")
    done = rng.random(n) < 0.6
    tasks = pd.DataFrame(
        {
            "Task ID": np.arange(n) + 1203400000000000,
            "Created At": created.strftime("%Y-%m-%d"),
            "Completed At": pd.Series(
                (created + pd.to_timedelta(rng.integers(1, 30, n), unit="D")).strftime("%Y-%m-%d")
            ).where(done),
            "Last Modified": created.strftime("%Y-%m-%d"),
            "Name": rng.choice(["Draft copy", "Fix login", "Review PR"], n),
            "Assignee": rng.choice(["Tom Becker", "Lee Chen", None], n),
            "Start Date": pd.Series(created.strftime("%Y-%m-%d")).where(rng.random(n) < 0.2),
            "Due Date": pd.Series((created + pd.Timedelta(days=14)).strftime("%Y-%m-%d")).where(rng.random(n) < 0.7),
            "Parent task": np.where(rng.random(n) < 0.15, "Launch site", None),
        }
    )
    _, text = _run(tasks, "how many tasks are still open")
    assert _has(text, int((~done).sum())) and "Parent" not in text.splitlines()[0], text


def test_signed_amounts_written_as_text_are_money_spent() -> None:
    rng = np.random.default_rng(9022)
    n = 300
    kind = rng.choice(["Payment", "Standard Transfer"], n, p=[0.93, 0.07])
    amount = rng.uniform(5, 300, n).round(2)
    out = (rng.random(n) < 0.7) | (kind == "Standard Transfer")
    venmo = pd.DataFrame(
        {
            "Datetime": pd.date_range("2023-01-01", "2023-12-31", periods=n).strftime("%Y-%m-%dT%H:%M:%S"),
            "Type": kind,
            "Status": "Complete",
            "From": np.where(out, "Jenna Park", rng.choice(["Marcus Lee", "Priya Shah"], n)),
            "Amount (total)": [f"{'-' if o else '+'} ${a:,.2f}" for o, a in zip(out, amount, strict=True)],
            "Amount (fee)": np.nan,
        }
    )
    paid = amount[out & (kind == "Payment")].sum()
    _, text = _run(venmo, "how much did i pay people in total? not counting transfers to my bank")
    assert _has(text, round(paid, 2)), text


def test_hours_of_a_clock_duration_named_in_hours_and_who_put_in_the_most() -> None:
    rng = np.random.default_rng(9023)
    n = 600
    minutes = rng.integers(5, 8 * 60, n)
    report = pd.DataFrame(
        {
            "Project": rng.choice(["Website", "Mobile App", "Internal"], n),
            "Client": rng.choice(["Fitlane", "Greenleaf", "Harbor"], n),
            "User": rng.choice(["Alex Moreno", "Tom Becker", "Sam Ortiz"], n, p=[0.5, 0.3, 0.2]),
            "Start Date": pd.date_range("2024-01-01", "2024-03-31", periods=n).strftime("%m/%d/%Y"),
            "Duration (h)": [f"{m // 60:02d}:{m % 60:02d}:00" for m in minutes],
            "Duration (decimal)": (minutes / 60).round(2),
        }
    )
    _, text = _run(report, "how many hours did we track altogether")
    assert _has(text, round(minutes.sum() / 60, 1)), text
    top = pd.Series(minutes).groupby(report["User"]).sum().idxmax()
    _, text = _run(report, "who put in the most hours")
    assert f"**{top}**" in text and "User" in text.splitlines()[0], text


def test_the_total_column_is_the_whole_of_its_parts() -> None:
    rng = np.random.default_rng(9024)
    n = 400
    methane = rng.lognormal(8, 1, n).round(1)
    n2o = rng.lognormal(6, 1, n).round(1)
    co2 = rng.lognormal(11, 1, n).round(1)
    ghg = pd.DataFrame(
        {
            "Facility Name": [f"Plant {i}" for i in range(n)],
            "State": rng.choice(["TX", "LA", "OH", "PA"], n, p=[0.4, 0.2, 0.2, 0.2]),
            "Total reported direct emissions": (co2 + methane + n2o).round(1),
            "CO2 emissions (non-biogenic) ": co2,
            "Methane (CH4) emissions ": methane,
            "Nitrous Oxide (N2O) emissions ": n2o,
            "HFC emissions": np.nan,
        }
    )
    total = ghg["Total reported direct emissions"]
    _, text = _run(ghg, "what are the total emissions across all facilities?")
    assert _has(text, round(total.sum(), 1)), text
    top = total.groupby(ghg["State"]).sum().idxmax()
    _, text = _run(ghg, "which state emits the most")
    assert f"**{top}**" in text and "Total reported" in text.splitlines()[0], text
    # the noun alone, no total said: a total and one part of it are still asked about
    wine = pd.DataFrame({"total_phenols": rng.uniform(1, 4, 100), "nonflavanoid_phenols": rng.uniform(0.1, 0.7, 100)})
    reply = OfflineAnalyst().respond("what is the average phenols?", [_profile(wine)], {})
    assert "Which column do you mean" in getattr(reply, "text", ""), reply


def test_how_many_things_are_in_each_group_counts_rows_per_group() -> None:
    rng = np.random.default_rng(9025)
    n = 430
    board = pd.DataFrame(
        {
            "Card Name": rng.choice([f"Task {i}" for i in range(200)], n),
            "List Name": rng.choice(["To Do", "Doing", "Done"], n, p=[0.2, 0.3, 0.5]),
            "Archived": rng.choice(["false", "true"], n, p=[0.9, 0.1]),
        }
    )
    counts = board["List Name"].value_counts()
    _, text = _run(board, "how many cards are in each list?")
    assert "List Name" in text.splitlines()[0] and all(_has(text, v) for v in counts), text


def test_labels_that_end_in_a_bracket_are_lists_of_labels() -> None:
    rng = np.random.default_rng(9026)
    n = 300
    names = ["Bug (red)", "Feature (green)", "Backend (blue)", "Frontend (sky)"]
    labels = [", ".join(sorted(set(rng.choice(names, int(rng.integers(1, 3)))))) for _ in range(n)]
    cards = pd.DataFrame({"Card Name": [f"Card {i}" for i in range(n)], "Labels": labels})
    bugs = sum("Bug (red)" in cell for cell in labels)
    _, text = _run(cards, "how many are labelled as bugs")
    assert _has(text, bugs), text


def test_a_date_of_birth_is_no_time_axis() -> None:
    rng = np.random.default_rng(9027)
    n = 500
    raced = pd.Timestamp("2023-03-01") + pd.to_timedelta(rng.choice(np.arange(200), n, p=None), unit="D")
    marks = pd.DataFrame(
        {
            "Rank": np.arange(1, n + 1),
            "Mark": rng.uniform(9.8, 10.6, n).round(2),
            "Competitor": [f"Runner {i}" for i in rng.integers(0, 200, n)],
            "DOB": (pd.Timestamp("1995-01-01") + pd.to_timedelta(rng.integers(0, 4000, n), unit="D"))
            .strftime("%d %b %Y")
            .str.upper(),
            "Nat": rng.choice(["USA", "JAM", "GBR"], n),
            "Date": raced.strftime("%d %b %Y").str.upper(),
        }
    )
    top = raced.to_period("M").value_counts().idxmax()
    _, text = _run(marks, "which month were most of these run in")
    assert str(top) in text and "DOB" not in text.splitlines()[0], text


def test_sales_beside_gross_and_net_sales_are_the_gross() -> None:
    rng = np.random.default_rng(9028)
    n = 400
    gross = rng.uniform(3, 30, n).round(2)
    payments = pd.DataFrame(
        {
            "Staff Name": rng.choice(["Maria G", "Devon P"], n),
            "Gross Sales": gross,
            "Discounts": -(gross * 0.05).round(2),
            "Net Sales": (gross * 0.95).round(2),
            "Tip": rng.uniform(0, 3, n).round(2),
        }
    )
    _, text = _run(payments, "what were our total sales")
    assert _has(text, round(gross.sum(), 2)) and "Gross Sales" in text.splitlines()[0], text


def test_a_numbered_district_kept_as_floats_groups_the_rows() -> None:
    rng = np.random.default_rng(9029)
    n = 900
    district = rng.choice(np.arange(1, 11), n, p=[0.05] * 8 + [0.3, 0.3]).astype(float)
    district[rng.random(n) < 0.05] = np.nan  # requests outside the city: no district
    requests = pd.DataFrame(
        {
            "SR Description": rng.choice(["Loose Dog", "Pothole Repair"], n),
            "Council District": district,
        }
    )
    top = pd.Series(district).value_counts().idxmax()
    _, text = _run(requests, "which council district has the most requests?")
    assert "count" in text.splitlines()[0] and f" {top:g}**" in text, text


def test_money_that_went_out_and_the_biggest_deposit() -> None:
    rng = np.random.default_rng(9030)
    n = 400
    amount = np.where(rng.random(n) < 0.9, -rng.lognormal(3, 0.8, n), rng.uniform(500, 3000, n)).round(2)
    checking = pd.DataFrame(
        {
            "Date": pd.date_range("2024-01-01", "2024-12-31", periods=n).normalize()[::-1],
            "Amount": amount,
            "col_3": "*",
            "Description": [f"PURCHASE AUTHORIZED ON SHOP {i}" for i in rng.integers(0, 999, n)],
        }
    )
    _, text = _run(checking, "how much money went out in total")
    assert _has(text, round(-amount[amount < 0].sum(), 2)), text
    _, text = _run(checking, "what was the biggest deposit")
    assert _has(text, amount.max()) and "Highest Amount" in text.splitlines()[0], text


def test_times_written_with_an_offset_and_utc_are_dates() -> None:
    rng = np.random.default_rng(9031)
    n = 500
    when = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 5 * 365 * 24, n), unit="h")
    trips = pd.DataFrame(
        {
            "City": rng.choice(["Boston", "Chicago"], n),
            "Request Time": when.strftime("%Y-%m-%d %H:%M:%S +0000 UTC"),
            "Fare Amount": rng.uniform(5, 40, n).round(2),
        }
    )
    top = when.year.value_counts().idxmax()
    _, text = _run(trips, "which year did i ride the most")
    assert f"**{top}**" in text and "Request Time" in text.splitlines()[0], text


def test_what_we_spend_the_most_on_in_a_list_of_expenses() -> None:
    rng = np.random.default_rng(9032)
    n = 370
    shared = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", "2023-12-31", periods=n).normalize(),
            "Description": rng.choice(["Costco run", "Rent", "Pizza night"], n),
            "Category": rng.choice(["Groceries", "Rent", "Dining out"], n, p=[0.5, 0.1, 0.4]),
            "Cost": rng.lognormal(4, 1, n).round(2),
            "Alex Kim": rng.normal(0, 50, n).round(2),
        }
    )
    top = shared.groupby("Category")["Cost"].sum().idxmax()
    _, text = _run(shared, "what do we spend the most on")
    assert f"**{top}**" in text and "Category" in text.splitlines()[0], text


def test_outflow_and_inflow_written_as_dollars_with_transfers_between_accounts() -> None:
    rng = np.random.default_rng(9033)
    n = 400
    out = rng.random(n) < 0.85
    amount = np.where(out, rng.lognormal(3.5, 0.8, n), rng.uniform(500, 2500, n)).round(2)
    payee = rng.choice(["Costco", "Starbucks", "Landlord", "Transfer : Savings"], n, p=[0.4, 0.3, 0.2, 0.1])
    register = pd.DataFrame(
        {
            "Account": "Checking",
            "Date": pd.date_range("2023-01-01", "2023-12-31", periods=n).strftime("%m/%d/%Y"),
            "Payee": payee,
            "Category": rng.choice(["Groceries", "Rent", "Dining Out"], n),
            "Outflow": [f"${a:,.2f}" if o else "$0.00" for o, a in zip(out, amount, strict=True)],
            "Inflow": [f"${a:,.2f}" if not o else "$0.00" for o, a in zip(out, amount, strict=True)],
        }
    )
    spent = amount[out & (payee != "Transfer : Savings")].sum()
    _, text = _run(register, "how much did i spend in 2023")
    assert _has(text, round(spent, 2)), text


def test_a_sleep_duration_with_no_unit_in_seconds_asked_in_hours() -> None:
    rng = np.random.default_rng(9034)
    n = 300
    total = rng.normal(7 * 3600, 2400, n).clip(3 * 3600, 10 * 3600).astype(int)
    sleep = pd.DataFrame(
        {
            "day": pd.date_range("2023-01-01", periods=n).strftime("%Y-%m-%d"),
            "type": "long_sleep",
            "total_sleep_duration": total,
            "deep_sleep_duration": (total * 0.2).astype(int),
            "rem_sleep_duration": (total * 0.22).astype(int),
            "average_hrv": rng.uniform(20, 70, n).round(1),
        }
    )
    _, text = _run(sleep, "how many hours do i sleep a night on average")
    assert _has(text, round(total.mean() / 3600, 2)) and "total_sleep_duration" in text.splitlines()[0], text


def test_exchange_rates_named_by_currency_not_code() -> None:
    rng = np.random.default_rng(9035)
    n = 500
    rates = pd.DataFrame(
        {
            "Date": pd.date_range("2022-01-03", periods=n, freq="B").strftime("%Y-%m-%d"),
            "USD": (1.08 + rng.normal(0, 0.02, n).cumsum() / 10).round(4),
            "CAD": (1.45 + rng.normal(0, 0.02, n).cumsum() / 10).round(4),
            "GBP": (0.85 + rng.normal(0, 0.01, n).cumsum() / 10).round(4),
            "IDR": (16000 + rng.normal(0, 50, n).cumsum()).round(2),
            "CHF": (0.98 + rng.normal(0, 0.01, n).cumsum() / 10).round(4),
        }
    )
    _, text = _run(rates, "whats the highest the dollar rate ever got")
    assert _has(text, rates["USD"].max()) and "USD" in text.splitlines()[0], text
    _, text = _run(rates, "highest canadian dollar rate")
    assert _has(text, rates["CAD"].max()) and "CAD" in text.splitlines()[0], text
    _, text = _run(rates, "do the swiss franc and the pound move together")
    first = text.splitlines()[0]
    assert "CHF" in first and "GBP" in first, text


def test_a_label_spelled_out_beats_its_codes_and_the_first_numbered_category_is_taken() -> None:
    rng = np.random.default_rng(9036)
    n = 600
    states = {"TX": "Texas", "CA": "California", "NY": "New York", "FL": "Florida"}
    code = rng.choice(list(states), n)
    listings = pd.DataFrame(
        {
            "StateAbbr": code,
            "StateDesc": [states[c] for c in code],
            "eBay category 1 name": rng.choice(["Video Games", "Athletic Shoes", "Trading Cards"], n),
            "eBay category 2 name": np.where(rng.random(n) < 0.1, "Collectibles", ""),
            "Available quantity": rng.integers(0, 20, n),
            "Sold quantity": rng.integers(0, 10, n),
            "Card Brand": rng.choice(["visa", "master", "amex"], n, p=[0.6, 0.3, 0.1]),
            "Card Source": "online",
            "Payment Method Name": rng.choice(["card", "shop_pay"], n),
        }
    )
    _, text = _run(listings, "which state has the most listings")
    assert f"**{listings['StateDesc'].value_counts().idxmax()}**" in text, text
    sold = listings.groupby("eBay category 1 name")["Sold quantity"].sum()
    _, text = _run(listings, "which category sells best")
    first = text.splitlines()[0]
    assert "Sold quantity" in first and "eBay category 1 name" in first and f"**{sold.idxmax()}**" in text, text
    _, text = _run(listings, "what card do people use the most")
    assert text.startswith("Highest count by Card Brand") and "**visa**" in text, text


def test_money_made_is_the_total_pay_and_worth_is_the_value() -> None:
    rng = np.random.default_rng(9037)
    n = 500
    base = rng.uniform(2, 10, n).round(2)
    tip = rng.uniform(0, 8, n).round(2)
    dashes = pd.DataFrame(
        {
            "ACTIVE_DATE": pd.date_range("2023-01-01", periods=n, freq="13h").strftime("%Y-%m-%d"),
            "STORE_NAME": rng.choice(["Chick-fil-A", "Whataburger", "Taco Bell"], n, p=[0.5, 0.3, 0.2]),
            "BASE_PAY": base,
            "PEAK_PAY": 0.0,
            "TIP_AMOUNT": tip,
            "TOTAL_PAY": (base + tip).round(2),
        }
    )
    _, text = _run(dashes, "how much have i made in total?")
    assert "TOTAL_PAY" in text.splitlines()[0] and _has(text, round(dashes["TOTAL_PAY"].sum(), 2)), text
    _, text = _run(dashes, "which restaurant do i pick up from the most")
    assert text.startswith("Highest count by STORE_NAME") and "**Chick-fil-A**" in text, text
    positions = pd.DataFrame(
        {
            "Symbol": rng.choice(["AAPL", "VTI", "MSFT"], 60),
            "Quantity": rng.integers(1, 100, 60),
            "Current Value": [f"${v:,.2f}" for v in rng.uniform(100, 9000, 60)],
            "Cost Basis Total": [f"${v:,.2f}" for v in rng.uniform(100, 9000, 60)],
        }
    )
    worth = positions["Current Value"].str.replace(r"[$,]", "", regex=True).astype(float).sum()
    _, text = _run(positions, "how much is everything worth altogether?")
    assert "Current Value" in text.splitlines()[0] and _has(text, round(worth, 2)), text


def test_a_person_named_in_two_columns_and_a_name_beside_its_code() -> None:
    rng = np.random.default_rng(9038)
    n = 500
    people = [("Daniel", "Nguyen"), ("Daniel", "Baker"), ("Maria", "Nguyen"), ("Aisha", "Okafor")]
    who = rng.integers(0, len(people), n)
    boro = rng.choice(["MANHATTAN", "BROOKLYN", "BRONX"], n, p=[0.5, 0.3, 0.2])
    payroll = pd.DataFrame(
        {
            "Employee ID": [1001 + int(i) for i in who],
            "Employee Last Name": [people[i][1] for i in who],
            "Employee First Name": [people[i][0] for i in who],
            "BoroID": [{"MANHATTAN": 1, "BROOKLYN": 3, "BRONX": 2}[b] for b in boro],
            "Boro": boro,
            "Overtime Hours": rng.uniform(0, 12, n).round(2),
        }
    )
    full = payroll["Employee First Name"] + " " + payroll["Employee Last Name"]
    top = payroll.groupby(full)["Overtime Hours"].sum()
    _, text = _run(payroll, "who worked the most overtime?")
    assert f"**{top.idxmax()}**" in text and _has(text, round(top.max(), 2)), text
    _, text = _run(payroll, "which borough has the most rows")
    assert text.startswith("Highest count by Boro,") and "**MANHATTAN**" in text, text


def test_a_joined_category_named_by_one_part_and_a_fee_kept_as_text_beside_its_number() -> None:
    rng = np.random.default_rng(9039)
    n = 500
    expenses = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", periods=n, freq="17h").strftime("%Y-%m-%d"),
            "Category": rng.choice(["Travel", "Meals and Entertainment", "Office Supplies"], n),
            "Amount": rng.uniform(5, 400, n).round(2),
            "Tax 1 Name": rng.choice(["GST", "HST"], n),
            "Tax 1 Amount": rng.uniform(0, 20, n).round(2),
        }
    )
    meals = expenses.loc[expenses["Category"] == "Meals and Entertainment", "Amount"].mean()
    _, text = _run(expenses, "whats the average travel expense", "and for meals?")
    assert "Meals and Entertainment" in text.splitlines()[0] and _has(text, round(meals, 2)), text
    fee = rng.uniform(0, 60, n).round(2)
    transfers = pd.DataFrame(
        {
            "season": rng.choice(["2018/2019", "2019/2020", "2020/2021"], n),
            "age": rng.integers(17, 35, n),
            "fee": [f"£{f:.2f}m" if f > 5 else rng.choice(["Loan", "?", "free transfer"]) for f in fee],
            "fee_cleaned": np.where(fee > 5, fee, 0.0),
        }
    )
    by = transfers.groupby("season")["fee_cleaned"].mean()
    _, text = _run(transfers, "which season had the highest average fee")
    assert "fee_cleaned" in text.splitlines()[0] and f"**{by.idxmax()}**" in text, text


def test_fees_taken_as_negative_text_and_the_average_of_a_days_max_and_min() -> None:
    rng = np.random.default_rng(9040)
    n = 400
    fee = -(rng.uniform(0.1, 0.6, n)).round(2)
    payments = pd.DataFrame(
        {
            "Date": pd.date_range("2023-03-01", periods=n, freq="5h").strftime("%Y-%m-%d"),
            "Gross Sales": [f"${v:.2f}" for v in rng.uniform(3, 12, n)],
            "Square Gift Card": "$0.00",
            "Fees": [f"-${-v:.2f}" for v in fee],
        }
    )
    _, text = _run(payments, "how much did square take in fees")
    assert "Fees" in text.splitlines()[0] and _has(text, round(-fee.sum(), 2)), text
    days = pd.date_range("2023-01-01", periods=300)
    weight = pd.Series(90 - np.arange(300) * 0.03 + rng.normal(0, 0.3, 300)).round(2)
    weight[rng.random(300) < 0.6] = np.nan
    weight.iloc[0], weight.iloc[-1] = 90.0, 81.5
    heart = pd.Series(rng.uniform(55, 75, 300)).round(1)
    heart[:120] = np.nan
    fit = pd.DataFrame(
        {
            "Date": days.strftime("%Y-%m-%d"),
            "Average heart rate (bpm)": heart,
            "Max heart rate (bpm)": heart + 40,
            "Min heart rate (bpm)": heart - 10,
            "Average weight (kg)": weight,
            "Max weight (kg)": weight + 0.2,
            "Min weight (kg)": weight - 0.2,
        }
    )
    _, text = _run(fit, "on how many days is my heart rate missing")
    assert "Average heart rate (bpm)" in text.splitlines()[0] and "**120**" in text, text
    _, text = _run(fit, "how much weight have i lost since my first weigh in")
    assert "Average weight (kg)" in text.splitlines()[0] and _has(text, 8.5), text


def test_money_spent_at_a_shop_named_only_inside_the_description() -> None:
    rng = np.random.default_rng(9041)
    n = 400
    shops = rng.choice(["STARBUCKS STORE", "TARGET T-", "CHIPOTLE", "SAFEWAY"], n)
    amount = -rng.uniform(3, 80, n).round(2)
    bank = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", periods=n, freq="21h").strftime("%m/%d/%Y"),
            "Amount": amount,
            "Description": [
                f"PURCHASE AUTHORIZED ON {d:%m/%d} {s} {rng.integers(1000, 9999)} SEATTLE WA S{rng.integers(10**6)}"
                for d, s in zip(pd.date_range("2023-01-01", periods=n, freq="21h"), shops, strict=True)
            ],
        }
    )
    spent = -amount[shops == "STARBUCKS STORE"].sum()
    _, text = _run(bank, "how much have i spent at starbucks")
    assert "Description" in text.splitlines()[0] and _has(text, round(spent, 2)), text


def test_a_medal_table_counts_medals_by_its_total_and_its_plain_country_column() -> None:
    rng = np.random.default_rng(9042)
    n = 600
    country = rng.choice(["United States", "Norway", "Germany", "Japan"], n)
    gold, silver, bronze = (rng.integers(0, 15, n) for _ in range(3))
    medals = pd.DataFrame(
        {
            "Year": rng.choice(np.arange(1952, 2024, 4), n),
            "Season": rng.choice(["Summer", "Winter"], n),
            "Games": rng.choice(["Oslo 1952", "Tokyo 1964", "Sapporo 1972", "Seoul 1988"], n),
            "Host_country": rng.choice(["United States", "Norway", "Japan", "Korea"], n),
            "Country": country,
            "Gold": gold,
            "Silver": silver,
            "Bronze": bronze,
            "Total": gold + silver + bronze,
        }
    )
    us_winter = medals.loc[(medals["Country"] == "United States") & (medals["Season"] == "Winter"), "Total"].sum()
    _, text = _run(medals, "how many medals has the us won at the winter olympics")
    assert "Country = United States" in text.splitlines()[0] and _has(text, us_winter), text
    golds = medals.groupby("Country")["Gold"].sum()
    _, text = _run(medals, "who has won the most gold medals of all time")
    assert f"**{golds.idxmax()}**" in text and _has(text, golds.max()), text
    games = medals.groupby("Games")["Total"].sum()
    _, text = _run(medals, "which games gave out the most medals")
    assert f"**{games.idxmax()}**" in text, text


def test_the_top_places_money_goes_to_are_the_payees() -> None:
    rng = np.random.default_rng(9043)
    n = 500
    payee = rng.choice(["Landlord GmbH", "REWE", "Amazon.de", "Employer AG", "Lidl"], n, p=[0.1, 0.3, 0.3, 0.1, 0.2])
    amount = np.where(payee == "Employer AG", rng.uniform(2000, 3000, n), -rng.uniform(5, 900, n)).round(2)
    amount[payee == "Landlord GmbH"] = -950.0
    bank = pd.DataFrame(
        {
            "Date": pd.date_range("2022-01-01", periods=n, freq="17h").strftime("%Y-%m-%d"),
            "Payee": payee,
            "Transaction type": np.where(payee == "Employer AG", "Income", "MasterCard Payment"),
            "Amount (EUR)": amount,
        }
    )
    spent = -bank[bank["Amount (EUR)"] < 0].groupby("Payee")["Amount (EUR)"].sum()
    _, text = _run(bank, "top 3 places my money goes to")
    assert "Payee" in text.splitlines()[0] and all(p in text for p in spent.nlargest(3).index), text
    assert "Employer AG" not in text, text


def test_calls_per_rep_are_grouped_by_the_user_they_are_assigned_to() -> None:
    rng = np.random.default_rng(9044)
    n = 600
    activities = pd.DataFrame(
        {
            "Activity - Type": rng.choice(["Call", "Email", "Meeting"], n),
            "Activity - Assigned to user": rng.choice(["Sarah Kim", "Marcus Webb", "Tom O'Neill"], n),
            "Person - Name": rng.choice([f"Contact {i}" for i in range(40)], n),
        }
    )
    calls = activities[activities["Activity - Type"] == "Call"]["Activity - Assigned to user"].value_counts()
    _, text = _run(activities, "how many calls did each rep make")
    assert "Activity - Assigned to user" in text.splitlines()[0], text
    assert all(f"| {who} | {k} |" in text for who, k in calls.items()), text


def test_where_contacts_come_from_is_their_source() -> None:
    rng = np.random.default_rng(9045)
    n = 500
    contacts = pd.DataFrame(
        {
            "Record ID": rng.integers(10**6, 10**8, n),
            "Contact owner": rng.choice(["Megan Ortiz", "Jake Turner"], n),
            "Lifecycle Stage": rng.choice(["Lead", "Customer", "Subscriber"], n),
            "Original Source": rng.choice(["Organic Search", "Paid Search", "Direct Traffic"], n, p=[0.5, 0.3, 0.2]),
        }
    )
    _, text = _run(contacts, "where do most of our contacts come from")
    assert text.startswith("Highest count by Original Source") and "**Organic Search**" in text, text


def test_a_long_tables_measure_is_named_by_its_indicator_value() -> None:
    rng = np.random.default_rng(9046)
    counties = [f"County {i}" for i in range(60)]
    rows = [
        {
            "StateDesc": rng.choice(["Texas", "Ohio"]),
            "LocationName": c,
            "MeasureId": code,
            "Short_Question_Text": text,
            "Data_Value": round(float(rng.uniform(lo, hi)), 1),
            "TotalPopulation": int(rng.integers(1000, 900_000)),
        }
        for c in counties
        for code, text, lo, hi in (("OBESITY", "Obesity", 25, 50), ("DIABETES", "Diabetes", 6, 20))
    ]
    places = pd.DataFrame(rows)
    obese = places[places["Short_Question_Text"] == "Obesity"]
    _, text = _run(places, "which county has the highest obesity rate")
    top = obese.loc[obese["Data_Value"].idxmax()]
    assert "Data_Value" in text.splitlines()[0] and _has(text, top["Data_Value"]), text
    _, text = _run(places, "how many counties have obesity over 40%?")
    assert f"**{int((obese['Data_Value'] > 40).sum())} of" in text, text


def test_zip_codes_in_here_are_distinct_and_ones_that_became_customers_are_a_share() -> None:
    rng = np.random.default_rng(9047)
    n = 600
    zips = pd.DataFrame({"zipcode": rng.choice(np.arange(97001, 97400), n), "N1": rng.integers(10, 900, n)})
    _, text = _run(zips, "how many zip codes are in here")
    assert text.startswith("Distinct values of zipcode") and _has(text, zips["zipcode"].nunique()), text
    contacts = pd.DataFrame(
        {
            "Original Source": rng.choice(["Organic Search", "Paid Search"], n),
            "Lifecycle Stage": rng.choice(["Lead", "Customer"], n, p=[0.8, 0.2]),
            "Item_Name": rng.choice(["Coke", "Burger", "Fries"], n, p=[0.5, 0.3, 0.2]),
            "Order_Price": rng.uniform(10, 60, n).round(2),
        }
    )
    organic = contacts[contacts["Original Source"] == "Organic Search"]
    share = (organic["Lifecycle Stage"] == "Customer").mean()
    _, text = _run(contacts, "what % of the organic search ones ended up becoming customers?")
    assert _has(text, round(100 * share, 2)), text
    _, text = _run(contacts, "whats my most ordered item")
    assert text.startswith("Highest count by Item_Name") and "**Coke**" in text, text


def test_births_kept_as_floats_are_added_up_when_counted() -> None:
    rng = np.random.default_rng(9048)
    states = ["Alabama", "Alaska", "Arizona", "Utah", "New York"]
    rows = [
        {"Notes": None, "State": s, "Year": float(y), "Births": float(rng.integers(5000, 300000))}
        for s in states
        for y in range(2016, 2023)
    ]
    rows += [{"Notes": "Total", "State": None, "Year": None, "Births": None}, {"Notes": "---"}]
    natality = pd.DataFrame(rows)
    born = natality.loc[natality["Year"] == 2020, "Births"].sum()
    _, text = _run(natality, "how many babies were born in 2020")
    assert text.startswith("Total of Births") and _has(text, born), text
    _, text = _run(natality, "how many births were there in 2020")
    assert text.startswith("Total of Births") and _has(text, born), text


def test_cancelled_said_the_british_way_of_statuses_canceled_by_someone() -> None:
    rng = np.random.default_rng(9049)
    n = 500
    rides = pd.DataFrame(
        {
            "Ride ID": rng.integers(10**17, 10**18, n),
            "Status": rng.choice(["Completed", "Canceled by passenger", "Canceled by driver"], n, p=[0.8, 0.1, 0.1]),
            "Fare": [f"${v:.2f}" for v in rng.uniform(5, 40, n)],
            "Cancel Fee": rng.choice(["$0.00", "$5.00"], n),
        }
    )
    cancelled = int(rides["Status"].str.startswith("Canceled").sum())
    _, text = _run(rides, "how many rides got cancelled")
    assert "Status" in text.splitlines()[0] and f"**{cancelled} of {n} rows**" in text, text


def test_a_donation_is_the_contribution_amount_and_a_restaurant_bill_the_amount() -> None:
    rng = np.random.default_rng(9050)
    n = 500
    gifts = pd.DataFrame(
        {
            "contributor_name": rng.choice([f"DONOR, {i}" for i in range(80)], n),
            "contributor_first_name": rng.choice(["KAREN", "WEI", "TOM"], n),
            "contributor_last_name": rng.choice(["LEE", "BROWN"], n),
            "contribution_receipt_amount": rng.choice([25.0, 50.0, 100.0, 250.0, 1000.0], n),
            "contributor_aggregate_ytd": rng.uniform(25, 5000, n).round(2),
        }
    )
    _, text = _run(gifts, "whats the average donation")
    assert "contribution_receipt_amount" in text.splitlines()[0], text
    _, text = _run(gifts, "how much did the campaign raise in total")
    assert _has(text, gifts["contribution_receipt_amount"].sum()), text
    card = pd.DataFrame(
        {
            "Trans. Date": pd.date_range("2023-01-01", periods=n, freq="19h").strftime("%m/%d/%Y"),
            "Description": rng.choice(["CHIPOTLE 1234", "SHELL OIL", "AMAZON"], n),
            "Amount": rng.uniform(5, 90, n).round(2),
            "Category": rng.choice(["Restaurants", "Gasoline", "Merchandise"], n),
        }
    )
    bill = card.loc[card["Category"] == "Restaurants", "Amount"].mean()
    _, text = _run(card, "whats my average restaurant bill")
    assert "Category = Restaurants" in text.splitlines()[0] and _has(text, round(bill, 2)), text


def test_contactless_payments_over_an_amount_are_money_out_and_never_the_balance() -> None:
    rng = np.random.default_rng(9051)
    n = 400
    kind = rng.choice(["CONTACTLESS", "APPLE PAY", "ONLINE PAYMENT", "FASTER PAYMENT"], n, p=[0.4, 0.3, 0.2, 0.1])
    amount = np.where(kind == "FASTER PAYMENT", rng.uniform(500, 2500, n), -rng.uniform(2, 80, n)).round(2)
    statement = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", periods=n, freq="20h").strftime("%d/%m/%Y"),
            "Counter Party": rng.choice(["TESCO", "TFL", "PRET"], n),
            "Type": kind,
            "Amount (GBP)": amount,
            "Balance (GBP)": (3000 + amount.cumsum()).round(2),
        }
    )
    over = int(((statement["Type"] == "CONTACTLESS") & (statement["Amount (GBP)"] < -30)).sum())
    _, text = _run(statement, "how many contactless payments were over £30")
    assert "Amount (GBP)" in text.splitlines()[0] and f"**{over} of" in text, text


def test_rows_stay_rows_beside_a_total_and_a_two_word_noun_of_no_column() -> None:
    rng = np.random.default_rng(9052)
    n = 90
    gold, silver, bronze = rng.integers(0, 5, n), rng.integers(0, 5, n), rng.integers(1, 5, n)
    medals = pd.DataFrame(
        {
            "Rank": np.arange(1, n + 1),
            "Team/NOC": [f"Country {i}" for i in range(n)],
            "Gold": gold,
            "Silver": silver,
            "Bronze": bronze,
            "Total": gold + silver + bronze,
            "Rank by Total": np.arange(1, n + 1),
        }
    )
    _, text = _run(medals, "how many countries won at least one gold")
    assert "Gold" in text.splitlines()[0] and f"**{int((gold >= 1).sum())} of" in text, text
    prices = pd.DataFrame(
        {"commodity": rng.choice(["Maize", "Beans", "Milk"], 300), "price": rng.uniform(10, 90, 300).round(1)}
    )
    _, text = _run(prices, "how many price records are there for each commodity?")
    assert text.startswith("Rows counted by commodity"), text


def test_events_logged_as_several_rows_are_counted_once_each_by_their_time() -> None:
    rng = np.random.default_rng(9061)
    starts = pd.date_range("2024-01-02 07:00", periods=40, freq="37h")
    sets = rng.integers(3, 9, len(starts))
    log = pd.DataFrame(
        {
            "Date": np.repeat(starts, sets).strftime("%Y-%m-%d %H:%M:%S"),
            "Workout Name": np.repeat(rng.choice(["Push Day", "Pull Day", "Leg Day"], len(starts)), sets),
            "Exercise Name": rng.choice(["Squat", "Bench Press", "Row", "Deadlift"], int(sets.sum())),
            "Weight": rng.integers(40, 120, int(sets.sum())),
            "Reps": rng.integers(5, 12, int(sets.sum())),
        }
    )
    _, text = _run(log, "how many workouts have i logged")
    assert text.startswith("Distinct Date values") and f"**{len(starts)}** workouts" in text, text
    _, text = _run(log, "how many different workouts are there")  # the workout names, not the sessions
    assert f"**{len(starts)}**" not in text, text
    items = rng.integers(1, 4, 60)
    placed = pd.date_range("2023-03-01 12:10", periods=60, freq="29h").strftime("%Y-%m-%d %H:%M:%S")
    status = rng.choice(["completed", "canceled"], 60, p=[0.85, 0.15])
    orders = pd.DataFrame(
        {
            "Order_Time": np.repeat(placed, items),
            "Order_Status": np.repeat(status, items),
            "Item_Name": rng.choice(["Fries", "Burger", "Coke", "Salad"], int(items.sum())),
            "Item_Price": rng.uniform(2, 15, int(items.sum())).round(2),
        }
    )
    _, text = _run(orders, "how many orders got cancelled")
    assert (
        "Order_Status = canceled" in text.splitlines()[0] and f"**{int((status == 'canceled').sum())}** orders" in text
    ), text


def test_counts_kept_per_state_and_year_add_up_and_the_nations_row_is_left_out() -> None:
    rng = np.random.default_rng(9062)
    states = ["CALIFORNIA", "TEXAS", "NEW YORK", "FLORIDA", "OHIO", "WASHINGTON", "OREGON", "IOWA"]
    rows = []
    for year in range(2000, 2021):
        parts = {s: (rng.integers(500, 9000), rng.integers(50, 900), rng.integers(0, 9)) for s in states}
        for s, (u, d, p) in parts.items():
            rows.append({"State/Territory": s, "Year": year, "Utility": u, "Design": d, "Plant": p, "Total": u + d + p})
        u, d, p = (sum(int(v[i]) for v in parts.values()) for i in range(3))
        rows.append(
            {"State/Territory": "ALL U.S.", "Year": year, "Utility": u, "Design": d, "Plant": p, "Total": u + d + p}
        )
    grants = pd.DataFrame(rows)
    states_only = grants[grants["State/Territory"] != "ALL U.S."]
    best_year = int(states_only.groupby("Year")["Design"].sum().idxmax())
    _, text = _run(grants, "which year had the most design patents")
    assert f"**{best_year}**" in text and "number of rows" not in text, text
    top = str(states_only[states_only["Year"] == 2020].groupby("State/Territory")["Total"].sum().idxmax())
    _, text = _run(grants, "which state got the most patents in 2020", file="patent_grants_by_state.csv")
    assert f"**{top}**" in text and "ALL U.S." not in text.split("\n\n")[1], text
    texas = int(states_only.loc[states_only["State/Territory"] == "TEXAS", "Utility"].sum())
    _, text = _run(grants, "how many utility patents has texas gotten in total")
    assert text.startswith("Sum of Utility") and f"**{texas:,}**" in text, text


def test_people_now_the_biggest_group_and_like_columns_told_apart_by_a_number() -> None:
    rng = np.random.default_rng(9063)
    n = 300
    staff = pd.DataFrame(
        {
            "Employee #": np.arange(1001, 1001 + n),
            "Department": rng.choice(["Engineering", "Sales", "People", "Finance"], n, p=[0.4, 0.3, 0.1, 0.2]),
            "Hire Date": pd.date_range("2015-01-05", periods=n, freq="9D").strftime("%Y-%m-%d"),
            "Status": rng.choice(["Active", "Inactive"], n, p=[0.8, 0.2]),
            "Pay Rate": rng.integers(40_000, 150_000, n),
            "Paid Per": "Year",
        }
    )
    active = int((staff["Status"] == "Active").sum())
    _, text = _run(staff, "how many people currently work here?")
    assert "Status = Active" in text.splitlines()[0] and f"**{active} of" in text, text
    hired = int(staff["Hire Date"].str.startswith("2016").sum())
    _, text = _run(staff, "how many people did we hire in 2016")
    assert "Department" not in text.splitlines()[0] and "Paid Per" not in text.splitlines()[0], text
    assert _has(text, hired), text
    biggest = staff["Department"].value_counts()
    _, text = _run(staff, "which department is the biggest")
    assert f"**{biggest.idxmax()}**" in text and "Pay Rate" not in text, text
    weeks = pd.date_range("2020-01-02", periods=160, freq="7D")
    rates = pd.DataFrame(
        {
            "date": weeks.strftime("%Y-%m-%d"),
            "pmms30": rng.uniform(2.6, 7.5, 160).round(2),
            "pmms15": rng.uniform(2.0, 6.8, 160).round(2),
            "pmms51": np.where(np.arange(160) < 90, rng.uniform(2.5, 6.0, 160).round(2), np.nan),
        }
    )
    _, text = _run(rates, "average 30yr rate in 2021?")
    mean = rates.loc[rates["date"].str.startswith("2021"), "pmms30"].mean()
    assert text.startswith("Mean of pmms30") and _has(text, mean), text
    _, text = _run(rates, "how many weeks have no 5/1 arm rate")
    assert "pmms51" in text.splitlines()[0] and _has(text, 70), text


def test_a_grants_money_is_its_plain_total_cost_even_beside_a_funding_label() -> None:
    rng = np.random.default_rng(9064)
    n = 400
    direct = rng.integers(50_000, 900_000, n).astype(float)
    indirect = (direct * rng.uniform(0.2, 0.6, n)).round()
    grants = pd.DataFrame(
        {
            "Project Number": [f"5R01CA{100000 + i}-0{i % 5 + 1}" for i in range(n)],
            "Organization Name": rng.choice(["UCSF", "JOHNS HOPKINS", "UNIV OF MICHIGAN", "DUKE", "YALE"], n),
            "Funding IC(s)": rng.choice(["NCI:1200000", "NIAID:800000", "NIGMS:450000"], n),
            "Fiscal Year": rng.choice([2019, 2020, 2021, 2022, 2023], n),
            "Direct Cost IC": direct,
            "Indirect Cost IC": indirect,
            "Total Cost": direct + indirect,
            "Total Cost (Sub Projects)": np.where(rng.random(n) < 0.1, rng.integers(10_000, 90_000, n), np.nan),
        }
    )
    _, text = _run(grants, "how much money is in here in total")
    assert text.startswith("Total of Total Cost,") and _has(text, grants["Total Cost"].sum()), text
    best = int(grants.groupby("Fiscal Year")["Total Cost"].sum().idxmax())
    _, text = _run(grants, "which year had the most funding")
    assert "Total Cost" in text.splitlines()[0] and f"**{best}**" in text, text


def test_hospitals_by_facility_a_ratio_worst_when_high_and_how_far_by_distance_not_speed() -> None:
    rng = np.random.default_rng(9065)
    facilities = np.arange(10001, 10061)
    n = len(facilities) * 4
    readm = pd.DataFrame(
        {
            "Facility Name": np.repeat([f"GENERAL HOSPITAL {i}" for i in range(60)], 4),
            "Facility ID": np.repeat(facilities, 4),
            "State": np.repeat(rng.choice(["TX", "CA", "NY", "FL", "OH"], 60), 4),
            "Measure Name": np.tile(
                ["READM-30-AMI-HRRP", "READM-30-HF-HRRP", "READM-30-PN-HRRP", "READM-30-COPD-HRRP"], 60
            ),
            "Excess Readmission Ratio": rng.uniform(0.8, 1.2, n).round(4),
        }
    )
    _, text = _run(readm, "how many hospitals are in this data")
    assert "Facility" in text.splitlines()[0] and "**60**" in text, text
    worst = readm.groupby("State")["Excess Readmission Ratio"].mean().idxmax()
    _, text = _run(readm, "which state has the worst average ratio")
    assert f"**{worst}**" in text, text
    rides = pd.DataFrame(
        {
            "Date": pd.date_range("2024-01-01 18:00", periods=80, freq="2D").strftime("%Y-%m-%d %H:%M:%S"),
            "Distance (km)": rng.uniform(8, 55, 80).round(2),
            "Avg Speed (km/h)": rng.uniform(20, 32, 80).round(1),
            "Avg Power (W)": rng.integers(120, 280, 80),
        }
    )
    _, text = _run(rides, "how far have i ridden in total?")
    assert text.startswith("Total of Distance (km)") and _has(text, rides["Distance (km)"].sum()), text


def test_a_cost_table_with_one_column_per_service_is_spent_by_its_total_column() -> None:
    rng = np.random.default_rng(9066)
    days = pd.date_range("2024-01-01", periods=120, freq="D")
    costs = pd.DataFrame({"Service": days.strftime("%Y-%m-%d")})
    for name in ("EC2-Instances($)", "S3($)", "RDS($)", "CloudFront($)"):
        costs[name] = rng.uniform(5, 400, len(days)).round(2)
    costs["Total costs($)"] = costs.iloc[:, 1:].sum(axis=1).round(2)
    _, text = _run(costs, "how much did we spend in total?")
    assert text.startswith("Total of Total costs($)") and _has(text, costs["Total costs($)"].sum()), text


def test_a_statement_with_spent_and_received_columns_reads_each_side_by_its_words() -> None:
    rng = np.random.default_rng(9067)
    n = 400
    kind = rng.choice(["Spend Money", "Receive Money"], n, p=[0.7, 0.3])
    amount = rng.uniform(5, 900, n).round(2)
    statement = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-02", periods=n, freq="D").strftime("%d %b %Y"),
            "Type": kind,
            "Payee": rng.choice(["Stripe", "Uber", "AWS", "Payroll", "Cafe Nero"], n),
            "Spent": np.where(kind == "Spend Money", amount, np.nan),
            "Received": np.where(kind == "Receive Money", amount, np.nan),
        }
    )
    _, text = _run(statement, "how much money came in overall")
    assert text.startswith("Total of Received") and _has(text, statement["Received"].sum()), text
    _, text = _run(statement, "which month did we spend the most")
    assert "Spent" in text.splitlines()[0] and "Type = Spend Money" not in text, text


def test_how_many_of_an_amount_after_the_values_that_pick_its_rows_adds_it_up() -> None:
    rng = np.random.default_rng(9068)
    n = 300
    trips = pd.DataFrame(
        {
            "Started At": pd.date_range("2023-01-02 08:00", periods=n, freq="31h").strftime("%Y-%m-%d %H:%M:%S"),
            "Miles": rng.uniform(0.5, 60, n).round(1),
            "Classification": rng.choice(["Business", "Personal", "Unclassified"], n, p=[0.5, 0.3, 0.2]),
            "Vehicle": rng.choice(["2019 Toyota RAV4", "2016 Honda Civic"], n),
        }
    )
    business = trips.loc[trips["Classification"] == "Business", "Miles"].sum()
    _, text = _run(trips, "how many business miles did i drive")
    assert text.startswith("Total of Miles") and _has(text, business), text


def test_an_issue_list_with_a_count_column_is_records_not_a_table_of_counts() -> None:
    rng = np.random.default_rng(9069)
    n = 400
    issues = pd.DataFrame(
        {
            "shortId": [f"WEB-APP-{i:X}" for i in range(n)],
            "title": rng.choice(["TimeoutError", "KeyError: 'id'", "TypeError: x is undefined"], n),
            "level": rng.choice(["error", "warning", "fatal"], n),
            "status": rng.choice(["unresolved", "resolved", "ignored"], n),
            "project": rng.choice(["web-app", "api", "ios"], n),
            "count": rng.integers(1, 5000, n),
            "userCount": rng.integers(0, 900, n),
        }
    )
    open_ = int((issues["status"] == "unresolved").sum())
    _, text = _run(issues, "how many unresolved issues are there")
    assert f"**{open_} of {n} rows**" in text and "count" not in text.splitlines()[0], text


def test_where_people_are_from_reads_the_widest_place_column() -> None:
    rng = np.random.default_rng(9070)
    n = 500
    readers = pd.DataFrame(
        {
            "email": [f"reader{i}@example.com" for i in range(n)],
            "subscription_type": rng.choice(["free", "monthly", "annual"], n, p=[0.8, 0.12, 0.08]),
            "country": rng.choice(["US", "GB", "CA", "DE", "AU"], n, p=[0.5, 0.2, 0.1, 0.1, 0.1]),
            "source": rng.choice(["direct", "substack-network", "recommendation"], n),
            "activity": rng.integers(0, 6, n),
        }
    )
    top = readers["country"].value_counts().idxmax()
    _, text = _run(readers, "where are most of my readers from?")
    assert "country" in text.splitlines()[0] and f"**{top}**" in text, text


def test_a_share_of_views_by_page_is_no_share_of_the_total_revenue_column() -> None:
    rng = np.random.default_rng(9071)
    pages = ["/", "/pricing", "/blog/launch", "/docs/start", "/checkout"]
    n = 450
    report = pd.DataFrame(
        {
            "Page path and screen class": rng.choice(pages, n),
            "Date": pd.date_range("2024-01-01", periods=n, freq="5h").strftime("%Y%m%d").astype(int),
            "Views": rng.integers(20, 2000, n),
            "Active users": rng.integers(10, 1500, n),
            "Total revenue": rng.uniform(0, 400, n).round(2),
        }
    )
    share = report.loc[report["Page path and screen class"] == "/pricing", "Views"].sum() / report["Views"].sum()
    _, text = _run(report, "what percent of all views were on the pricing page")
    assert "Total revenue" not in text and f"{100 * share:.2f}%" in text, text


def test_a_charger_is_its_station() -> None:
    rng = np.random.default_rng(9072)
    n = 500
    stations = [f"PALO ALTO CA / {s} #{i}" for s in ("WEBSTER", "HAMILTON", "HIGH") for i in (1, 2)]
    sessions = pd.DataFrame(
        {
            "Station Name": rng.choice(stations, n, p=[0.3, 0.1, 0.2, 0.1, 0.2, 0.1]),
            "Start Date": pd.date_range("2023-01-01 07:00", periods=n, freq="7h").strftime("%m/%d/%Y %H:%M"),
            "Energy (kWh)": rng.uniform(0.5, 40, n).round(3),
            "Port Number": rng.integers(1, 3, n),
        }
    )
    top = sessions["Station Name"].value_counts().idxmax()
    _, text = _run(sessions, "which charger gets used the most?")
    assert "Station Name" in text.splitlines()[0] and f"**{top}**" in text, text


def test_readings_of_this_round_keep_clear_of_averages_shift_times_and_salary_values() -> None:
    rng = np.random.default_rng(9074)
    n = 300
    posts = pd.DataFrame(
        {
            "title": [f"Post {i}" for i in range(n)],
            "publication": rng.choice(["Towards Data Science", "The Startup", "UX Collective"], n),
            "claps": rng.integers(0, 5000, n),
            "responses": rng.integers(0, 40, n),
            "reading_time": rng.integers(2, 20, n),
        }
    )
    _, text = _run(posts, "which publication gets the most claps on avg?")
    assert text.startswith("Mean of claps by publication"), text
    dashes = pd.date_range("2023-01-02 17:00", periods=60, freq="29h")
    per = rng.integers(2, 6, 60)
    status = rng.choice(["DELIVERED", "CANCELLED"], int(per.sum()), p=[0.9, 0.1])
    orders = pd.DataFrame(
        {
            "DASH_START_TIME": np.repeat(dashes.strftime("%Y-%m-%d %H:%M:%S"), per),
            "DELIVERY_STATUS": status,
            "TOTAL_PAY": rng.uniform(3, 20, int(per.sum())).round(2),
        }
    )
    _, text = _run(orders, "how many orders got cancelled")
    assert f"**{int((status == 'CANCELLED').sum())} of" in text, text
    staff = pd.DataFrame(
        {
            "Employee #": np.arange(1001, 1001 + n),
            "Department": rng.choice(["Engineering", "Sales", "Finance"], n),
            "Pay Rate": rng.integers(40_000, 150_000, n),
            "Pay Type": rng.choice(["Salary", "Hourly"], n, p=[0.8, 0.2]),
        }
    )
    paid = staff[(staff["Pay Type"] == "Salary") & (staff["Department"] == "Engineering")]["Pay Rate"].mean()
    _, text = _run(staff, "whats the average salary in engineering")
    assert text.startswith("Mean of Pay Rate") and _has(text, paid), text


def test_half_hourly_use_with_changing_utc_offsets_is_totalled_per_local_day() -> None:
    # Octopus Energy: " Start" with a leading space, each time with its UTC offset, which changes in October
    starts = pd.date_range("2023-10-20 00:00", "2023-11-05 23:30", freq="30min", tz="Europe/London")
    rng = np.random.default_rng(9301)
    use = rng.uniform(0.05, 1.2, len(starts)).round(3)
    written = [" " + t.isoformat() for t in starts]
    assert len({w[-6:] for w in written}) == 2  # +01:00 and +00:00
    meter = pd.DataFrame({"Consumption (kWh)": use, " Start": written})
    local = pd.Series(use, index=starts.tz_localize(None))
    daily = local.groupby(local.index.normalize()).sum()
    _, text = _run(meter, "what's my average usage per day?")
    assert text.startswith("Total of Consumption (kWh) by  Start (day)") and _has(text, daily.mean()), text
    _, text = _run(meter, "what's my average usage per day?", "which day did i use the most?")
    assert daily.idxmax().strftime("%Y-%m-%d") in text, text
    weekend = daily[daily.index.day_of_week >= 5].mean()
    _, text = _run(meter, "what's my average usage per day?", "do i use more on weekends than weekdays per day?")
    assert "Per calendar day on average" in text and _has(text, weekend), text


def test_of_columns_named_alike_the_whole_and_the_persons_own_are_read() -> None:
    rng = np.random.default_rng(9302)
    n = 300
    homes = pd.DataFrame(
        {
            "State": rng.choice(["TX", "FL", "OH"], n),
            "Overall Rating": rng.integers(1, 6, n).astype(float),
            "Staffing Rating": rng.integers(1, 6, n).astype(float),
            "QM Rating": rng.integers(1, 6, n).astype(float),
        }
    )
    _, text = _run(homes, "how many nursing homes got 5 stars?")
    assert (
        text.startswith("Rows with Overall Rating = 5") and f"**{int((homes['Overall Rating'] == 5).sum())} of" in text
    )
    _, text = _run(homes, "which state has the lowest average staffing rating?")
    assert text.startswith("Mean of Staffing Rating by State"), text
    fee = rng.uniform(5, 30, n).round(2)
    charges = pd.DataFrame({"Description": rng.choice(["Supercharging", "Idle Fee"], n), "Total Exclusive": fee})
    charges["Total Inclusive"] = (fee * 1.2).round(2)
    _, text = _run(charges, "how much have i spent on supercharging in total?")
    spent = charges.loc[charges["Description"] == "Supercharging", "Total Inclusive"].sum()
    assert "Total Inclusive" in text.splitlines()[0] and _has(text, spent), text
    regular = rng.uniform(4, 8, n).round(2)
    overtime = rng.choice([0.0, 0.5, 1.5], n)
    shifts = pd.DataFrame({"Paid Hours": regular + overtime, "Regular Hours": regular, "Overtime Hours": overtime})
    _, text = _run(shifts, "how many hours did everyone work in total?")
    assert text.startswith("Total of Paid Hours") and _has(text, shifts["Paid Hours"].sum()), text
    moved = pd.DataFrame({"Symbol": rng.choice(["VTI", "BND"], n), "Principal Amount": rng.uniform(100, 900, n)})
    moved["Net Amount"] = moved["Principal Amount"] - 1
    _, text = _run(moved, "how much money did i put into VTI?")
    assert text.startswith("Total of Net Amount"), text
    ratings = pd.DataFrame({"Your Rating": rng.integers(1, 11, n), "IMDb Rating": rng.uniform(4, 9, n).round(1)})
    _, text = _run(ratings, "what's my average rating?")
    assert text.startswith("Mean of Your Rating") and _has(text, ratings["Your Rating"].mean()), text


def test_a_time_never_set_is_counted_and_records_are_not_their_status_or_code() -> None:
    rng = np.random.default_rng(9303)
    n = 200
    clock_in = pd.date_range("2024-01-01 07:00", periods=n, freq="11h")
    clock_out = pd.Series((clock_in + pd.Timedelta(hours=7)).strftime("%Y-%m-%d %H:%M")).where(rng.random(n) > 0.03, "")
    cards = pd.DataFrame(
        {
            "Clock In Date": clock_in.strftime("%Y-%m-%d %H:%M"),
            "Clock Out Date": clock_out,
            "Job Title": rng.choice(["Barista", "Shift Lead"], n),
        }
    )
    _, text = _run(cards, "are there shifts where someone never clocked out? how many")
    assert f"**{int((clock_out == '').sum())}** rows have no Clock Out Date" in text, text
    cves = pd.DataFrame(
        {
            "cve_id": [f"CVE-2023-{i:05d}" for i in range(n)],
            "vendor": rng.choice(["acme", "globex", "initech"], n),
            "vuln_status": rng.choice(["Analyzed", "Awaiting Analysis", "Modified"], n),
        }
    )
    _, text = _run(cves, "how many vulnerabilities are in this file?")
    assert "vuln_status" not in text.splitlines()[0] and _has(text, n), text
    reports = pd.DataFrame(
        {"drugname": rng.choice(["HUMIRA", "ENBREL", "XARELTO"], n, p=[0.5, 0.3, 0.2]), "rept_cod": "EXP"}
    )
    _, text = _run(reports, "which drug has the most reports?")
    top = reports["drugname"].value_counts().idxmax()
    assert text.startswith("Highest count by drugname") and f"**{top}**" in text, text


def test_things_kept_as_counts_in_a_totals_column_and_what_busiest_counts() -> None:
    rng = np.random.default_rng(9304)
    months = pd.date_range("2019-01-01", "2021-12-01", freq="MS")
    states = ["Texas", "Ohio", "Utah", "Iowa", "Maine"]
    rows = [(m, s) for m in months for s in states]
    handgun, long_gun, permit = (rng.integers(100, 50_000, len(rows)) for _ in range(3))
    nics = pd.DataFrame(
        {
            "month": [m for m, _ in rows],  # parsed at load, as the upload path does with "2020-01"
            "state": [s for _, s in rows],
            "permit": permit,
            "handgun": handgun,
            "long_gun": long_gun,
            "totals": permit + handgun + long_gun,
        }
    )
    in_2020 = nics.loc[nics["month"].dt.year == 2020, "totals"].sum()
    _, text = _run(nics, "how many background checks were there in 2020?", file="fbi_nics_firearm_checks.csv")
    assert text.startswith("Total of totals") and _has(text, in_2020), text
    top = nics.groupby("state")["totals"].sum().idxmax()
    _, text = _run(nics, "which state has the most checks overall?", file="fbi_nics_firearm_checks.csv")
    assert "totals" in text.splitlines()[0] and f"**{top}**" in text, text
    _, text = _run(nics, "how many handgun checks were there in 2020?", file="fbi_nics_firearm_checks.csv")
    assert text.startswith("Total of handgun"), text
    long = pd.DataFrame(
        {
            "Station": [f"Station {i}" for i in range(60)] * 2,
            "year": [2022] * 60 + [2023] * 60,
            "Entries": rng.integers(10_000, 9_000_000, 120),
        }
    )
    busiest = long[long["year"] == 2023].set_index("Station")["Entries"].idxmax()
    _, text = _run(long, "which station was the busiest in 2023?")
    assert text.startswith("Highest Entries by Station") and f"**{busiest}**" in text, text
    visits = pd.DataFrame(
        {
            "Client ID": rng.integers(100_000, 100_090, 500),
            "Class Name": rng.choice(["Hot Yoga", "HIIT", "Barre"], 500),
            "Status": rng.choice(["Signed In", "No Show"], 500),
        }
    )
    _, text = _run(visits, "how many different people came to class?")
    assert "Client ID" in text.splitlines()[0] and _has(text, visits["Client ID"].nunique()), text


def test_fair_market_rents_by_unit_size_and_the_year_a_verb_names() -> None:
    rng = np.random.default_rng(9305)
    n = 300
    base = rng.integers(450, 1500, n)
    fmr = pd.DataFrame(
        {
            "stusps": rng.choice(["TX", "CA", "MA"], n),
            "countyname": [f"County {i}" for i in range(n)],
            **{f"fmr_{k}": base + 150 * k for k in range(5)},
        }
    )
    _, text = _run(fmr, "what's the average fair market rent for a 2 bedroom?")
    assert text.startswith("Mean of fmr_2") and _has(text, fmr["fmr_2"].mean()), text
    _, text = _run(fmr, "which state has the highest average studio rent?")
    top = fmr.groupby("stusps")["fmr_0"].mean().idxmax()
    assert text.startswith("Mean of fmr_0 by stusps") and top in text, text
    rated = pd.to_datetime("2019-01-01") + pd.to_timedelta(rng.integers(0, 5 * 365, n), unit="D")
    ratings = pd.DataFrame(
        {
            "Your Rating": rng.integers(1, 11, n),
            "Date Rated": rated,
            "Year": rng.integers(1950, 2024, n),
            "Title Type": rng.choice(["movie", "tvSeries"], n),
        }
    )
    _, text = _run(ratings, "which year did i rate the most stuff?")
    assert "Date Rated (year)" in text.splitlines()[0] and str(rated.year.value_counts().idxmax()) in text, text


def test_wage_tables_hourly_and_annual_and_checklists_counted_once() -> None:
    rng = np.random.default_rng(9306)
    n = 120
    annual = rng.integers(30_000, 250_000, n)
    median = (annual * rng.uniform(0.85, 1.0, n)).astype(int)
    oes = pd.DataFrame(
        {
            "OCC_CODE": [f"{10 + i // 10}-{1000 + i}" for i in range(n)],
            "OCC_TITLE": [f"Occupation {i}" for i in range(n)],
            "TOT_EMP": rng.integers(1_000, 900_000, n),
            "H_MEAN": (annual / 2080).round(2),
            "A_MEAN": annual,
            "H_MEDIAN": (median / 2080).round(2),
            "A_MEDIAN": median,
        }
    )
    _, text = _run(oes, "which job pays the most on average?")
    assert text.startswith("Mean of A_MEAN by OCC_TITLE"), text
    assert f"**{oes.loc[oes['A_MEAN'].idxmax(), 'OCC_TITLE']}**" in text, text
    _, text = _run(oes, "how many jobs have a median pay over 100k")
    assert text.startswith("Rows with A_MEDIAN > 100,000") and f"**{int((median > 100_000).sum())} of" in text, text
    species = rng.choice(["Northern Cardinal", "Blue Jay", "American Robin", "Mourning Dove"], 900)
    checklists = pd.DataFrame(
        {
            "Submission ID": [f"S{5000 + i // 9}" for i in range(900)],
            "Common Name": species,
            "Scientific Name": species,
            "Taxonomic Order": rng.integers(100, 30_000, 900),
            "Count": np.where(rng.random(900) < 0.05, "X", rng.integers(1, 6, 900).astype(str)),  # X: seen, not counted
            "Location": rng.choice(["My backyard", "Central Park"], 900),
        }
    )
    _, text = _run(checklists, "how many different species have i seen?")
    assert "Common Name" in text.splitlines()[0] and _has(text, 4), text
    _, text = _run(checklists, "how many checklists have i submitted")
    assert "**100** different Submission ID values over 900 rows" in text, text


def test_invoices_what_is_owed_and_a_flag_read_from_a_date_is_no_money() -> None:
    rng = np.random.default_rng(9307)
    n = 300
    total = rng.uniform(60, 900, n).round(2)
    paid = rng.random(n) < 0.9
    balance = np.where(paid, 0.0, total).round(2)
    invoices = pd.DataFrame(
        {
            "Invoice #": np.arange(1001, 1001 + n),
            "Client name": rng.choice(["Gary Chen", "Nora Singh", "Maple Grove"], n),
            "Status": np.where(paid, "Paid", "Awaiting Payment"),
            "Marked paid date": pd.Series(pd.date_range("2024-01-01", periods=n, freq="D")).where(paid),
            "Total ($)": [f"${v:,.2f}" for v in total],
            "Balance ($)": [f"${v:,.2f}" for v in balance],
        }
    )
    _, text = _run(invoices, "how much have we invoiced in total?")
    assert text.startswith("Total of Total ($)") and _has(text, total.sum()), text
    _, text = _run(invoices, "how much money do clients still owe in total?")
    assert text.startswith("Total of Balance ($)") and _has(text, balance.sum()), text


def test_words_said_in_full_name_their_own_column_not_another_by_its_initials() -> None:
    rng = np.random.default_rng(9308)
    n = 400
    cost = rng.uniform(40, 700, n).round(2)
    clicks = rng.integers(20, 1200, n)
    conversions = rng.integers(1, 60, n)
    ads = pd.DataFrame(
        {
            "By Day": pd.date_range("2024-03-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Campaign name": rng.choice(["Spring Sale", "Retargeting", "Brand Awareness"], n),
            "Cost": cost,
            "Clicks (destination)": clicks,
            "CPC (destination)": (cost / clicks).round(2),
            "Conversions": conversions,
            "Cost per conversion": (cost / conversions).round(2),
        }
    )
    _, text = _run(ads, "what's the average cost per conversion?")
    # CPC is cost per click: its initials are the words said, but a column is named by them in full
    assert "Cost per conversion" in text.splitlines()[0] and "CPC" not in text.splitlines()[0], text
    assert _has(text, ads["Cost per conversion"].mean()), text


def test_a_price_per_count_per_group_divides_the_groups_totals() -> None:
    rng = np.random.default_rng(9309)
    n = 600
    groups = rng.choice(["Demand Gen", "Events", "Content Syndication", "Brand"], n, p=[0.4, 0.2, 0.2, 0.2])
    spent = rng.uniform(15, 180, n).round(2)
    # few leads a row, many rows without any: each row's own cost per lead is mostly undefined
    leads = np.where(groups == "Brand", 0, rng.poisson(np.where(groups == "Events", 3.0, 1.2)))
    ads = pd.DataFrame(
        {
            "Start Date (in UTC)": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%m/%d/%Y"),
            "Campaign Group Name": groups,
            "Campaign Name": [f"{g} - {k}" for g, k in zip(groups, rng.integers(1, 3, n), strict=True)],
            "Cost Type": rng.choice(["CPC", "CPM"], n),
            "Total Spent": spent,
            "Clicks": rng.integers(0, 40, n),
            "Leads": leads,
        }
    )
    totals = ads.groupby("Campaign Group Name")[["Total Spent", "Leads"]].sum()
    totals = totals[totals["Leads"] > 0]
    per_lead = totals["Total Spent"] / totals["Leads"]
    _, text = _run(ads, "which campaign group has the cheapest cost per lead?")
    # "campaign group" is the group column said in full (not Cost Type by "group" and "cost" said apart)
    first = text.splitlines()[0]
    assert "Campaign Group Name" in first and "Cost Type" not in first, text
    assert f"**{per_lead.idxmin()}**" in text and _has(text, per_lead.min()), text


def test_a_value_named_by_the_word_it_puts_before_another_and_a_price_of_no_price_column() -> None:
    rng = np.random.default_rng(9310)
    n = 500
    kind = rng.choice(["Purchase", "Gift Purchase", "In-Game Purchase", "Market Transaction", "Refund"], n)
    total = rng.choice([4.99, 9.99, 19.99, 29.99, 59.99], n)
    steam = pd.DataFrame(
        {
            "Date": pd.date_range("2021-01-01", periods=n, freq="2D").strftime("%d %b, %Y"),
            "Items": rng.choice(["Hades", "Celeste", "Portal 2", "Steam Community Market"], n),
            "Type": kind,
            "Payment Method": rng.choice(["Visa", "Wallet", "PayPal"], n),
            "Total": [f"${v:.2f}" for v in total],
        }
    )
    gifts = kind == "Gift Purchase"
    # "gifts": the one value that puts a word before another value (Gift Purchase beside Purchase); "price" where
    # no column holds one: each row's amount
    _, text = _run(steam, "avg price of the gifts i bought")
    assert text.startswith("Mean of Total where Type = Gift Purchase"), text
    assert _has(text, total[gifts].mean()), text


def test_hours_listened_total_the_milliseconds_played() -> None:
    rng = np.random.default_rng(9311)
    n = 800
    length = rng.integers(90_000, 360_000, n)
    played = np.where(rng.random(n) < 0.3, rng.integers(1_000, 60_000, n), length)
    plays = pd.DataFrame(
        {
            "Artist Name": rng.choice(["Taylor Swift", "Arctic Monkeys", "Kendrick Lamar"], n),
            "Content Name": [f"Song {k}" for k in rng.integers(1, 200, n)],
            "End Position In Milliseconds": played,
            "Event Start Timestamp": pd.date_range("2023-01-01", periods=n, freq="6h").strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Media Duration In Milliseconds": length,
            "Play Duration Milliseconds": played,
            "UTC Offset In Seconds": -18000,
        }
    )
    # of the lengths kept in milliseconds, the one played (not the track's length, a position or an offset)
    _, text = _run(plays, "how many hours of music did i listen to in total")
    assert text.startswith("Total of Play Duration Milliseconds in hours"), text
    assert _has(text, played.sum() / 3_600_000), text


def test_a_verb_said_of_values_that_hold_its_past_form() -> None:
    rng = np.random.default_rng(9312)
    n = 700
    reasons = ["NATURAL_END_OF_TRACK", "TRACK_SKIPPED_FORWARDS", "TRACK_SKIPPED_BACKWARDS", "PLAYBACK_MANUALLY_PAUSED"]
    plays = pd.DataFrame(
        {
            "Artist Name": rng.choice(["Taylor Swift", "Arctic Monkeys", "Kendrick Lamar"], n),
            "End Reason Type": rng.choice(reasons, n, p=[0.6, 0.2, 0.05, 0.15]),
            "Play Duration Milliseconds": rng.integers(1_000, 300_000, n),
        }
    )
    skipped = int(plays["End Reason Type"].str.contains("SKIPPED").sum())
    # "skip" and "skipped" name every value holding SKIPPED, forwards and backwards
    _, text = _run(plays, "how many songs were skipped?")
    assert "End Reason Type has the word SKIPPED" in text.splitlines()[0] and f"**{skipped} of {n}" in text, text
    _, text = _run(plays, "what percent of songs did i skip?")
    assert _has(text, 100 * skipped / n), text


def test_a_value_rate_per_group_of_two() -> None:
    rng = np.random.default_rng(9313)
    n = 900
    visits = pd.DataFrame(
        {
            "Visit Date": pd.date_range("2024-01-01", periods=n, freq="3h").strftime("%m/%d/%Y"),
            "Class Name": rng.choice(["Yoga Flow", "Spin 45", "HIIT"], n),
            "Location": rng.choice(["Downtown", "Westside"], n),
            "Status": rng.choice(["Signed In", "Late Cancel", "No Show", "Reserved"], n, p=[0.7, 0.1, 0.1, 0.1]),
        }
    )
    late = (visits["Status"] == "Late Cancel").groupby(visits["Location"]).mean()
    # a group column of two values said after the rate word is the groups, not a yes/no label the rate is of
    _, text = _run(visits, "late cancel rate at each location")
    assert text.startswith("Share of rows with Status = Late Cancel within each Location"), text
    assert all(_has(text, 100 * v) for v in late), text


def test_timesheet_hours_the_person_by_name_and_what_still_needs_approving() -> None:
    rng = np.random.default_rng(9314)
    n = 600
    people = np.array(["Liam Smith", "Leo Hall", "Olivia Brown", "Mia Wong"])
    who = rng.integers(0, 4, n)
    hours = rng.choice([4.0, 6.0, 7.5, 8.0, 9.5], n)
    sheets = pd.DataFrame(
        {
            "Timesheet ID": np.arange(880101, 880101 + n),
            "Employee": people[who],
            "Employee Export Code": [f"EMP{1000 + k}" for k in who],
            "Area": rng.choice(["Barista", "Kitchen", "Floor"], n),
            "Date": pd.date_range("2024-03-01", periods=n, freq="8h").strftime("%d/%m/%Y"),
            "Start Time": rng.choice(["06:00", "07:00"], n),
            "Total Time": hours,
            "Approved": np.where(rng.random(n) < 0.85, "Yes", "No"),
            "Employee Comment": np.where(rng.random(n) < 0.05, "stayed late", ""),
        }
    )
    per_person = sheets.groupby("Employee")["Total Time"].sum()
    _, text = _run(sheets, "total hours worked?")
    assert text.startswith("Total of Total Time") and _has(text, hours.sum()), text
    # "who": the one column of people, by name (not its export code, not a comment about them)
    _, text = _run(sheets, "who worked the most hours")
    assert text.startswith("Highest Total Time by Employee") and f"**{per_person.idxmax()}**" in text, text
    _, text = _run(sheets, "whats the average shift length in the kitchen")
    assert _has(text, sheets.loc[sheets["Area"] == "Kitchen", "Total Time"].mean()), text
    waiting = int((sheets["Approved"] == "No").sum())
    for question in ("how many timesheets still need approving", "how many timesheets are unapproved"):
        _, text = _run(sheets, question)
        assert text.startswith("Rows with Approved = No") and f"**{waiting} of {n}**" in text, (question, text)


def test_my_average_rating_is_the_persons_own_column_not_the_average_one() -> None:
    rng = np.random.default_rng(9315)
    n = 400
    mine = np.where(rng.random(n) < 0.7, rng.choice([2.5, 3.0, 3.5, 4.0, 4.5, 5.0], n), np.nan)
    wines = pd.DataFrame(
        {
            "Winery": rng.choice(["Catena", "Ruffino", "Chateau Greysac"], n),
            "Average rating": rng.uniform(3.0, 4.7, n).round(1),
            "Your rating": mine,
            "Wine type": rng.choice(["Red", "White", "Sparkling"], n),
        }
    )
    _, text = _run(wines, "whats my average rating")
    assert text.startswith("Mean of Your rating") and _has(text, np.nanmean(mine)), text
    _, text = _run(wines, "how many wines have i rated")
    assert "Your rating" in text.splitlines()[0] and _has(text, int((~np.isnan(mine)).sum())), text


def test_bookings_counted_are_rows_and_order_value_is_the_orders_total() -> None:
    rng = np.random.default_rng(9316)
    n = 500
    cancelled = rng.random(n) < 0.2
    stays = pd.DataFrame(
        {
            "Book number": rng.integers(4_000_000_000, 4_999_999_999, n),
            "Check-in": pd.date_range("2024-01-01", periods=n, freq="17h").strftime("%Y-%m-%d"),
            "Status": np.where(cancelled, "cancelled_by_guest", "ok"),
            "Cancellation date": pd.Series(
                pd.date_range("2023-12-01", periods=n, freq="13h").strftime("%Y-%m-%d")
            ).where(cancelled),
            "Price": [f"{v:.2f} EUR" for v in rng.uniform(40, 600, n)],
        }
    )
    # "bookings" are the rows, not their Book number read as a short form of the word
    _, text = _run(stays, "how many bookings were cancelled?")
    assert _has(text, int(cancelled.sum())) and "Book number" not in text.splitlines()[0], text
    total_inc = rng.uniform(15, 290, n).round(2)
    orders = pd.DataFrame(
        {
            "Order ID": np.arange(100, 100 + n),
            "Order Status": rng.choice(["Completed", "Shipped", "Cancelled"], n),
            "Subtotal (inc tax)": (total_inc * 0.9).round(2),
            "Tax Total": (total_inc * 0.07).round(2),
            "Order Total (inc tax)": total_inc,
            "Order Total (ex tax)": (total_inc / 1.07).round(2),
            "Payment Method": rng.choice(["Stripe", "PayPal", "Apple Pay"], n),
            "Refund Amount": 0.0,
        }
    )
    # the money each order came to: its total with tax, not a subtotal, the tax or a refund
    _, text = _run(orders, "average order value by payment method")
    assert text.startswith("Mean of Order Total (inc tax) by Payment Method"), text
    by_method = orders.groupby("Payment Method")["Order Total (inc tax)"].mean()
    assert all(_has(text, v) for v in by_method), text


def test_two_letter_initials_a_page_and_a_job_named_by_everyday_words() -> None:
    rng = np.random.default_rng(9317)
    n = 300
    keywords = pd.DataFrame(
        {
            "Keyword": [f"banana bread {k}" for k in range(n)],
            "Volume": rng.integers(100, 90_000, n),
            "KD": np.where(rng.random(n) < 0.05, np.nan, rng.integers(0, 84, n)),
            "CPC": rng.uniform(0.03, 5.4, n).round(2),
            "Organic traffic": rng.integers(0, 22_000, n),
            "Current URL": rng.choice([f"https://example.com/recipes/{p}" for p in ("bread", "buns", "cake")], n),
        }
    )
    _, text = _run(keywords, "whats the average keyword difficulty")
    assert text.startswith("Mean of KD") and _has(text, keywords["KD"].mean()), text
    _, text = _run(keywords, "which page brings in the most traffic")
    assert "Current URL" in text.splitlines()[0], text
    jobs = pd.DataFrame(
        {
            "Candidate Name": [f"Person {k}" for k in range(n)],
            "Posting Title": rng.choice(["Sales Development Representative", "Senior Engineer", "Data Analyst"], n),
            "Current Stage": rng.choice(["New applicant", "Phone screen", "Hired"], n),
        }
    )
    _, text = _run(jobs, "which job got the most candidates?")
    top = jobs["Posting Title"].value_counts().idxmax()
    assert text.startswith("Highest count by Posting Title") and f"**{top}**" in text, text


def test_a_status_that_is_an_everyday_word_said_after_its_verb() -> None:
    rng = np.random.default_rng(9318)
    n = 400
    tasks = pd.DataFrame(
        {
            "Name": [f"Task {k}" for k in range(n)],
            "Assignee": rng.choice(["Maya Chen", "Priya Raman", "Jordan Lee"], n),
            "Status": rng.choice(["Done", "Not started", "In progress", "Blocked"], n),
            "Story Points": rng.choice([1, 2, 3, 5, 8], n),
        }
    )
    done = int((tasks["Status"] == "Done").sum())
    # "done" is an everyday word, so a value only where a status is said: after "are", "is", "were" …
    _, text = _run(tasks, "how many tasks are done?")
    assert "Status = Done" in text.splitlines()[0] and f"**{done} of {n}" in text, text
    _, text = _run(tasks, "what's the average story points per assignee")
    assert "Status" not in text.splitlines()[0], text


def test_card_digits_are_no_amount_and_a_charge_is_money() -> None:
    rng = np.random.default_rng(9319)
    n = 600
    amount = rng.uniform(5, 900, n).round(2)
    cards = pd.DataFrame(
        {
            "Transaction Date": pd.date_range("2024-01-01", periods=n, freq="13h").strftime("%Y-%m-%d"),
            "Cardholder": rng.choice(["Alicia Gomez", "Grace Kim", "Chloe Martin"], n),
            "Card Last 4": rng.choice([1274, 5521, 8317], n),
            "Ramp Category": rng.choice(["Restaurants", "Software", "Ground Transportation"], n),
            "Amount": amount,
            "Department": rng.choice(["Sales", "Marketing", "Engineering"], n),
        }
    )
    spend = cards.groupby("Department")["Amount"].sum()
    _, text = _run(cards, "which department spends the most on the cards?")
    assert text.startswith("Total of Amount by Department") and f"**{spend.idxmax()}**" in text, text
    _, text = _run(cards, "whats the average charge at restaurants")
    restaurants = cards["Ramp Category"] == "Restaurants"
    assert text.startswith("Mean of Amount where Ramp Category = Restaurants"), text
    assert _has(text, amount[restaurants].mean()), text


def test_hours_ridden_then_a_follow_up_keeps_the_hours() -> None:
    rng = np.random.default_rng(9320)
    n = 400
    moving = rng.integers(1_800, 6_000, n)
    rides = pd.DataFrame(
        {
            "Date": pd.date_range("2022-01-03", periods=n, freq="43h").strftime("%Y-%m-%d"),
            "Route": rng.choice(["Tick Tock", "Volcano Flat", "Big Foot Hills"], n),
            "Distance (km)": rng.uniform(7, 55, n).round(2),
            "Moving Time": [f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" for s in moving],
            "Elapsed Time": [f"{(s + 90) // 3600}:{(s + 90) % 3600 // 60:02d}:{(s + 90) % 60:02d}" for s in moving],
        }
    )
    year = pd.to_datetime(rides["Date"]).dt.year
    # of Moving Time and Elapsed Time, the time moving; "and in 2022?" keeps the length in hours (its factor was
    # remembered by name only, so the follow-up lost the column)
    _, text = _run(rides, "how many hours did i ride in 2023")
    assert text.startswith("Total of Moving Time in hours") and _has(text, moving[year == 2023].sum() / 3600), text
    _, text = _run(rides, "how many hours did i ride in 2023", "and in 2022?")
    assert text.startswith("Total of Moving Time in hours") and _has(text, moving[year == 2022].sum() / 3600), text


def test_lengths_written_in_words_are_minutes() -> None:
    rng = np.random.default_rng(9321)
    n = 300
    minutes = rng.integers(45, 1_500, n)
    books = pd.DataFrame(
        {
            "Title": [f"Book {k}" for k in range(n)],
            "Author": rng.choice(["N. K. Jemisin", "Martha Wells", "Andy Weir"], n),
            # Audible's library export: "6 hrs and 48 mins", "45 mins", "1 hr and 1 min"
            "Length": [
                (f"{m // 60} hr{'s' if m // 60 > 1 else ''} and " if m >= 60 else "")
                + f"{m % 60} min{'s' if m % 60 != 1 else ''}"
                for m in minutes
            ],
        }
    )
    _, text = _run(books, "how many hours of audio is my whole library?")
    assert text.startswith("Total of Length in hours") and _has(text, minutes.sum() / 60), text
    _, text = _run(books, "what's the average length of a book")
    assert _has(text, minutes.mean()) and "Length (lengths in words) read as minutes" in text, text


def test_what_happened_to_people_is_counted_and_a_value_word_in_the_plural() -> None:
    rng = np.random.default_rng(9322)
    n = 500
    sites = pd.DataFrame(
        {
            "establishment_name": [f"Site {k}" for k in range(n)],
            "state": rng.choice(["TX", "CA", "FL"], n),
            "annual_average_employees": rng.integers(20, 1500, n),
            "total_deaths": rng.choice([0, 0, 0, 1], n),
            "total_injuries": rng.integers(0, 120, n),
        }
    )
    # "workers" only says whose deaths: the number employed is not what is asked
    _, text = _run(sites, "how many workers died in total?")
    assert text.startswith("Total of total_deaths") and _has(text, int(sites["total_deaths"].sum())), text
    members = pd.DataFrame(
        {
            "Name": [f"Person {k}" for k in range(n)],
            "Account type": rng.choice(["Member", "Admin", "Multi-Channel Guest", "Single-Channel Guest"], n),
            "Days active": rng.integers(0, 90, n),
        }
    )
    guests = int(members["Account type"].str.contains("Guest").sum())
    _, text = _run(members, "how many people are guests?")
    assert "Account type has the word Guest" in text.splitlines()[0] and f"**{guests} of {n}" in text, text


def test_money_made_or_lost_on_trades_is_the_gain_column() -> None:
    rng = np.random.default_rng(9323)
    n = 400
    gain = rng.normal(150, 900, n).round(2)
    sales = pd.DataFrame(
        {
            "Symbol": rng.choice(["INTU", "AAPL", "MSFT", "NVDA"], n),
            "Quantity": rng.integers(1, 50, n),
            "Date Sold": pd.date_range("2022-01-03", periods=n, freq="D").strftime("%m/%d/%Y"),
            "Ordinary Income Recognized": rng.normal(0, 40, n).round(2),
            "Total Proceeds": rng.uniform(500, 20_000, n).round(2),
            "Gain/Loss": gain,
        }
    )
    by_stock = sales.groupby("Symbol")["Gain/Loss"].sum()
    _, text = _run(sales, "which stock made me the most money?")
    assert "Gain/Loss by Symbol" in text.splitlines()[0] and f"**{by_stock.idxmax()}**" in text, text
    _, text = _run(sales, "how many sales lost money")
    assert text.startswith("Rows with Gain/Loss &lt; 0") and _has(text, int((gain < 0).sum())), text


def test_tb_notifications_and_a_genre_of_categories() -> None:
    rng = np.random.default_rng(9324)
    countries = ["India", "Indonesia", "Philippines", "Pakistan", "Nigeria"]
    rows = [(c, y) for c in countries for y in range(2013, 2023)]
    tb = pd.DataFrame(
        {
            "country": [c for c, _ in rows],
            "iso3": [c[:3].upper() for c, _ in rows],
            "g_whoregion": ["SEA" if c in ("India", "Indonesia") else "WPR" for c, _ in rows],
            "year": [y for _, y in rows],
            "new_labconf": rng.integers(1_000, 700_000, len(rows)),
            "c_newinc": rng.integers(4_000, 1_400_000, len(rows)),
        }
    )
    latest = tb[tb["year"] == 2022]
    _, text = _run(tb, "which country reported the most tb cases in 2022?")
    assert "c_newinc" in text.splitlines()[0], text
    assert f"**{latest.loc[latest['c_newinc'].idxmax(), 'country']}**" in text, text
    books = pd.DataFrame(
        {
            "Title": [f"Book {k}" for k in range(200)],
            "Category": rng.choice(["Science Fiction & Fantasy", "Mystery", "History"], 200, p=[0.5, 0.3, 0.2]),
        }
    )
    _, text = _run(books, "what genre do i have the most books in?")
    assert text.startswith("Highest count by Category") and "**Science Fiction &amp; Fantasy**" in text, text


def test_sales_not_counting_two_statuses_total_the_orders_money() -> None:
    rng = np.random.default_rng(9325)
    n = 500
    total_inc = rng.uniform(15, 290, n).round(2)
    status = rng.choice(["Completed", "Shipped", "Cancelled", "Refunded"], n, p=[0.5, 0.3, 0.1, 0.1])
    orders = pd.DataFrame(
        {
            "Order ID": np.arange(100, 100 + n),
            "Order Status": status,
            "Subtotal (inc tax)": (total_inc * 0.9).round(2),
            "Tax Total": (total_inc * 0.07).round(2),
            "Order Total (inc tax)": total_inc,
            "Order Total (ex tax)": (total_inc / 1.07).round(2),
            "Total Quantity": rng.integers(1, 6, n),
            "Refund Amount": np.where(status == "Refunded", total_inc, 0.0),
        }
    )
    kept = ~np.isin(status, ["Cancelled", "Refunded"])
    # "not counting cancelled or refunded": both left out; the money sold is each order's total with tax
    _, text = _run(orders, "how much did we sell in total, not counting cancelled or refunded orders?")
    assert text.startswith("Total of Order Total (inc tax) where Order Status not in Cancelled, Refunded"), text
    assert _has(text, total_inc[kept].sum()), text


def test_a_long_indicator_name_the_profile_shortened_still_picks_its_rows() -> None:
    rng = np.random.default_rng(9326)
    series = [
        "Poverty headcount ratio at $2.15 a day (2017 PPP) (% of population)",
        "Poverty headcount ratio at national poverty lines (% of population)",
    ]
    countries = ["Angola", "Bangladesh", "Bolivia", "Burundi", "Madagascar", "Nepal"]
    rows = [(c, s, y) for c in countries for s in series for y in range(2000, 2023)]
    values = rng.uniform(0.5, 80, len(rows)).round(1)
    poverty = pd.DataFrame(
        {
            "Country Name": [c for c, _, _ in rows],
            "Series Name": [s for _, s, _ in rows],
            # a footer row without a year makes the years floats, as in the download
            "Time": [float(y) for _, _, y in rows],
            "Value": np.where(rng.random(len(rows)) < 0.3, np.nan, values),
        }
    )
    # the profile keeps 60 characters of each label: "… (2017 PPP) (% of pop…" compared whole held no row
    day = poverty[(poverty["Series Name"] == series[0]) & (poverty["Time"] == 2019)].dropna()
    _, text = _run(poverty, "which country had the highest poverty rate at $2.15 a day in 2019?")
    assert f"**{day.loc[day['Value'].idxmax(), 'Country Name']}**" in text and _has(text, day["Value"].max()), text


def test_a_unit_said_names_the_column_kept_in_it_not_a_speed() -> None:
    rng = np.random.default_rng(9327)
    n = 300
    sessions = pd.DataFrame(
        {
            "Sport": rng.choice(["RUNNING", "ROAD_BIKING", "WALKING"], n),
            "Date": pd.date_range("2023-01-01", periods=n, freq="D").strftime("%d-%m-%Y"),
            "Total distance (km)": rng.uniform(1.5, 110, n).round(2),
            "Average speed (km/h)": rng.uniform(4, 32, n).round(1),
            "Calories": rng.integers(70, 2000, n),
        }
    )
    _, text = _run(sessions, "how many km have i done in total?")
    assert text.startswith("Total of Total distance (km)") and _has(text, sessions["Total distance (km)"].sum()), text


def test_how_much_received_in_a_kind_of_transaction_totals_its_money() -> None:
    rng = np.random.default_rng(9328)
    n = 500
    kind = rng.choice(["Buy", "Sell", "Dividend", "Reinvestment"], n)
    amount = np.where(kind == "Buy", -1, 1) * rng.uniform(5, 900, n).round(2)
    ledger = pd.DataFrame(
        {
            "Trade Date": pd.date_range("2022-01-03", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Transaction Type": kind,
            "Symbol": rng.choice(["VTI", "VXUS", "BND"], n),
            "Shares": rng.uniform(0.1, 20, n).round(3),
            "Net Amount": amount,
        }
    )
    _, text = _run(ledger, "how much have i gotten in dividends overall")
    assert text.startswith("Total of Net Amount where Transaction Type = Dividend"), text
    assert _has(text, amount[kind == "Dividend"].sum()), text


def test_money_that_came_in_of_one_signed_amount_column() -> None:
    rng = np.random.default_rng(9329)
    n = 400
    amount = np.where(rng.random(n) < 0.3, rng.uniform(500, 12_000, n), -rng.uniform(5, 2_000, n)).round(2)
    statement = pd.DataFrame(
        {
            "Details": np.where(amount > 0, "CREDIT", "DEBIT"),
            "Posting Date": pd.date_range("2024-01-02", periods=n, freq="20h").strftime("%m/%d/%Y"),
            "Description": rng.choice(["HOME DEPOT #1207", "ACH DEPOSIT STRIPE", "STARBUCKS 09212"], n),
            "Amount": amount,
            "Type": np.where(amount > 0, "ACH_CREDIT", "DEBIT_CARD"),
        }
    )
    # Chase keeps one Amount, deposits above 0 and payments below: "came in" is the rows above 0
    _, text = _run(statement, "how much money came into the account?")
    # (the side is said on the first line, or by the money-in view's note)
    assert text.startswith("Total of Amount where Amount > 0") or "Money coming in is read as" in text, text
    assert _has(text, amount[amount > 0].sum()), text


def test_who_did_the_most_of_a_flag_counts_the_rows_named_after_it() -> None:
    rng = np.random.default_rng(9330)
    n = 600
    created = pd.date_range("2024-01-01", periods=n, freq="7h")
    closed = rng.random(n) < 0.8
    tickets = pd.DataFrame(
        {
            "Ticket ID": np.arange(1_800_000_002, 1_800_000_002 + n),
            "Ticket name": rng.choice(["Export button not working", "Dashboard won't load", "Sync fails"], n),
            "Ticket status": np.where(closed, "Closed", rng.choice(["New", "Waiting on contact"], n)),
            "Ticket owner": rng.choice(["Jess Morgan", "Lucia Ferreira", "Ben Carter"], n),
            "Create date": created.strftime("%Y-%m-%d %H:%M"),
            "Close date": pd.Series((created + pd.Timedelta(hours=30)).strftime("%Y-%m-%d %H:%M")).where(closed),
        }
    )
    top = tickets[closed]["Ticket owner"].value_counts()
    # "tickets" are the rows counted after the flag "closed", not a Ticket name equal to 1 (no row had one)
    _, text = _run(tickets, "who closed the most tickets?")
    assert f"**{top.idxmax()}**" in text and _has(text, int(top.max())), text


def test_open_rows_are_those_whose_status_is_not_a_finished_one() -> None:
    rng = np.random.default_rng(9331)
    n = 420
    board = pd.DataFrame(
        {
            "Name": rng.choice(["Write login page", "Fix CSV import", "Ship release notes"], n),
            "Assignee": rng.choice(["Maya Chen", "Jordan Lee", "Priya Raman", "Tom Becker"], n, p=[0.2, 0.3, 0.3, 0.2]),
            "Status": rng.choice(["Not started", "In progress", "Blocked", "Done", "Archived"], n),
            "Due": pd.date_range("2024-01-01", periods=n, freq="13h").strftime("%B %d, %Y"),
        }
    )
    still = board[~board["Status"].isin(["Done", "Archived"])]
    top = still["Assignee"].value_counts()
    # no status is called Open: the open tasks are every one not Done (nor archived), and "right now" is the
    # state asked about, not the last Due date
    _, text = _run(board, "who has the most open tasks right now?")
    assert f"**{top.idxmax()}**" in text and _has(text, int(top.max())), text
    _, text = _run(board, "how many tasks are still unfinished?")
    assert _has(text, len(still)), text


def test_a_statement_of_coded_types_read_by_the_words_of_the_codes() -> None:
    rng = np.random.default_rng(9332)
    n = 390
    kind = rng.choice(["DEBIT_CARD", "ACH_DEBIT", "ACH_CREDIT", "CHECK_PAID", "FEE_TRANSACTION"], n)
    amount = np.where(kind == "ACH_CREDIT", rng.uniform(500, 9_000, n), -rng.uniform(5, 900, n)).round(2)
    amount = np.where(kind == "FEE_TRANSACTION", -rng.choice([15.0, 34.0]), amount)
    statement = pd.DataFrame(
        {
            "Details": np.where(amount > 0, "CREDIT", "DEBIT"),
            "Posting Date": pd.date_range("2024-01-02", periods=n, freq="21h").strftime("%m/%d/%Y"),
            "Description": rng.choice(["HOME DEPOT #1207", "STAPLES 00123", "WEWORK RENT"], n),
            "Amount": amount,
            "Type": kind,
        }
    )
    card = statement["Type"] == "DEBIT_CARD"
    # "fees" is the word FEE_TRANSACTION alone holds, "card" DEBIT_CARD's; "paid" names no code (CHECK_PAID)
    _, text = _run(statement, "how much have we paid in bank fees")
    assert "Type = FEE_TRANSACTION" in text and _has(text, -amount[kind == "FEE_TRANSACTION"].sum()), text
    _, text = _run(statement, "whats the average debit card purchase")
    assert text.startswith("Mean of Amount where Type = DEBIT_CARD"), text
    assert _has(text, -statement.loc[card, "Amount"].mean()), text
    top = (-statement.loc[card].groupby("Description")["Amount"].sum()).idxmax()
    _, text = _run(statement, "where do we spend the most on the card?")
    assert f"**{top}**" in text, text
    # a follow-up that names no measure: the money of the side it asks about
    _, text = _run(statement, "how much money came into the account?", "and how much went out?")
    assert _has(text, -amount[amount < 0].sum()), text


def test_sleep_said_as_a_length_is_the_column_of_time_asleep() -> None:
    rng = np.random.default_rng(9333)
    n = 300
    asleep = rng.integers(300, 560, n)
    nights = pd.DataFrame(
        {
            "Cycle start time": pd.date_range("2024-01-01 22:00", periods=n, freq="D").strftime("%Y-%m-%d %H:%M:%S"),
            "Sleep performance %": rng.integers(50, 100, n),
            "Asleep duration (min)": asleep,
            "Light sleep duration (min)": (asleep * 0.5).astype(int),
            "Deep (SWS) duration (min)": (asleep * 0.2).astype(int),
            "REM duration (min)": (asleep * 0.22).astype(int),
            "Sleep need (min)": rng.integers(430, 540, n),
            "Sleep debt (min)": rng.integers(0, 100, n),
        }
    )
    # "sleep" alone names the score, the need and the debt equally: said as a length, it is the time asleep
    _, text = _run(nights, "how much do i sleep on average?")
    assert text.startswith("Mean of Asleep duration (min)"), text
    assert _has(text, asleep.mean()), text
    # "deep sleep" is the stage's column, whose name leaves the sleep unsaid; "per night" is each row
    _, text = _run(nights, "average deep sleep and rem per night")
    assert _has(text, nights["Deep (SWS) duration (min)"].mean()), text
    assert _has(text, nights["REM duration (min)"].mean()), text
    _, text = _run(nights, "how many nights did i get less than 6 hours")
    assert _has(text, int((asleep < 360).sum())), text


def test_a_file_of_nights_has_its_one_length_as_the_sleep() -> None:
    rng = np.random.default_rng(9334)
    n = 200
    minutes = rng.integers(300, 540, n)
    garmin = pd.DataFrame(
        {
            "Date": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Sleep Score": rng.integers(48, 97, n),
            "Duration": [f"{m // 60}h {m % 60}min" for m in minutes],
            "Sleep Need": rng.choice(["8h 0min", "8h 10min", "8h 20min"], n),
        }
    )
    # a file of nights: its one length (written "7h 32min") is the sleep, not the Sleep Score or Sleep Need
    _, text = _run(garmin, "how many nights did i sleep under 6 hours", file="garmin_sleep_export.csv")
    assert _has(text, int((minutes < 360).sum())), text


def test_how_many_orders_we_got_counts_each_order_once() -> None:
    rng = np.random.default_rng(9335)
    orders = [f"{''.join(rng.choice(list('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 10))}" for _ in range(300)]
    lines = rng.choice(orders, 720)
    faire = pd.DataFrame(
        {
            "Order Number": lines,
            "Retailer Name": rng.choice(["Little Nest Gifts", "Paper Moon Shop"], 720),
            "SKU": rng.choice(["MAT-JAR-01", "SPR-LIN-04", "CND-CED-12"], 720),
            "Quantity": rng.integers(4, 24, 720),
        }
    )
    # order lines repeat the order's code, written as text: "how many orders have we had" is each order once
    for question in ("how many orders have we had?", "how many orders did we get"):
        _, text = _run(faire, question)
        assert "Order Number" in text.splitlines()[0] and _has(text, len(set(lines))), text


def test_a_state_said_by_name_is_its_own_column_in_a_table_wide_by_state() -> None:
    rng = np.random.default_rng(9336)
    months = pd.date_range("2000-01-01", periods=300, freq="MS")
    codes = ["AL", "AK", "AZ", "CA", "ID", "MI", "NY", "NJ", "TX", "WY", "SD", "MD"]
    fred = pd.DataFrame({"observation_date": months.strftime("%Y-%m-%d")})
    for code in codes:
        fred[f"{code}UR"] = (5 + rng.normal(0, 1, 300).cumsum() * 0.1).clip(2, 15).round(1)
    texas = fred.loc[months.year == 2010, "TXUR"].mean()
    # "texas" is TXUR; "during" is no i + "dur" of IDUR, nor of MDUR or SDUR
    _, text = _run(fred, "average unemployment in texas during 2010")
    assert text.startswith("Mean of TXUR"), text
    assert _has(text, texas), text
    # unemployment is worst when highest, though the column's name (MIUR) does not say unemployment
    _, text = _run(fred, "when was michigan's unemployment at its worst?")
    assert text.startswith("Highest MIUR"), text


def test_visitors_are_the_visits_and_topped_is_above() -> None:
    rng = np.random.default_rng(9337)
    parks = [f"Park {i} NP" for i in range(30)]
    nps = pd.DataFrame(
        [
            {"ParkName": p, "Year": y, "RecreationVisits": f"{int(rng.lognormal(13.5, 1)):,}"}
            for p in parks
            for y in range(2019, 2024)
        ]
    )
    visits = nps["RecreationVisits"].str.replace(",", "").astype(int)
    in_2023 = nps["Year"] == 2023
    top = nps.loc[in_2023 & (visits == visits[in_2023].max()), "ParkName"].iloc[0]
    _, text = _run(nps, "which park got the most visitors in 2023?")
    assert f"**{top}**" in text, text
    _, text = _run(nps, "how many parks topped a million visits in 2023")
    assert _has(text, int((in_2023 & (visits > 1_000_000)).sum())), text


def test_hours_put_into_a_course_are_its_seconds_in_hours() -> None:
    rng = np.random.default_rng(9338)
    n = 500
    duo = pd.DataFrame(
        {
            "date": pd.date_range("2023-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "course": rng.choice(["Spanish", "French"], n),
            "xp_gained": rng.integers(0, 170, n),
            "time_spent_sec": rng.integers(0, 2600, n),
            "streak_length": np.arange(n) % 90,
        }
    )
    french = duo.loc[duo["course"] == "French", "time_spent_sec"].sum() / 3600
    _, text = _run(duo, "how many hours have i put into french")
    assert text.startswith("Total of time_spent_sec in hours"), text
    assert _has(text, french), text


def test_the_most_common_thing_is_its_description_and_its_year_the_date_it_happened() -> None:
    rng = np.random.default_rng(9339)
    n = 900
    happened = pd.Timestamp("2018-01-01") + pd.to_timedelta(rng.integers(0, 6 * 365, n), unit="D")
    modified = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D")
    described = rng.choice(["SMOKE DETECTORS", "REPAIR PORCH SYSTEM", "REPAIR EXTERIOR WALL"], n, p=[0.5, 0.3, 0.2])
    violations = pd.DataFrame(
        {
            "VIOLATION LAST MODIFIED DATE": modified.strftime("%m/%d/%Y"),
            "VIOLATION DATE": happened.strftime("%m/%d/%Y"),
            "VIOLATION CODE": pd.Series(described).map(
                {"SMOKE DETECTORS": "CN138016", "REPAIR PORCH SYSTEM": "CN061014", "REPAIR EXTERIOR WALL": "CN104015"}
            ),
            "VIOLATION STATUS": rng.choice(["OPEN", "COMPLIED", "NO ENTRY"], n),
            "VIOLATION DESCRIPTION": described,
            "ADDRESS": rng.choice(["7173 S KEDZIE AVE", "8757 W CHICAGO AVE", "4436 W NORTH AVE"], n),
        }
    )
    _, text = _run(violations, "whats the most common violation")
    assert text.startswith("Highest count by VIOLATION DESCRIPTION"), text
    assert "**SMOKE DETECTORS**" in text, text
    # the year a violation happened, not the year its record was last modified
    year = pd.Series(happened.year).value_counts().idxmax()
    _, text = _run(violations, "which year had the most violations")
    assert "by VIOLATION DATE (year)" in text.splitlines()[0] and str(year) in text, text
    _, text = _run(violations, "which building has racked up the most violations")
    assert f"**{violations['ADDRESS'].value_counts().idxmax()}**" in text, text


def test_lengths_written_in_hours_among_few_values_are_lengths() -> None:
    rng = np.random.default_rng(9340)
    n = 600
    amount = rng.choice([4.0, 8.0, 16.0, 24.0, 40.0], n)
    requests = pd.DataFrame(
        {
            "Employee Name": rng.choice(["Young, Fatima", "Wright, James", "Chen, Hannah"], n),
            "Time Off Type": rng.choice(["Vacation", "Sick", "Bereavement"], n),
            "Status": rng.choice(["Approved", "Denied", "Canceled"], n),
            "Amount": [f"{a:.2f} hours" for a in amount],
        }
    )
    kept = (requests["Status"] == "Approved") & (requests["Time Off Type"] == "Vacation")
    # five values written "8.00 hours" are lengths of time, not five labels; "hours" is said as the measure
    _, text = _run(requests, "total approved vacation hours?")
    assert text.startswith("Total of Amount in hours"), text
    assert _has(text, amount[kept].sum()), text


def test_where_money_goes_is_the_merchant_not_the_card_holder() -> None:
    rng = np.random.default_rng(9341)
    n = 400
    merchant = rng.choice(["Gusto", "AWS", "Uber", "DoorDash", "WeWork"], n, p=[0.1, 0.2, 0.3, 0.3, 0.1])
    amount = np.where(rng.random(n) < 0.2, rng.uniform(1_000, 50_000, n), -rng.uniform(10, 9_000, n)).round(2)
    mercury = pd.DataFrame(
        {
            "Date (UTC)": pd.date_range("2024-01-01", periods=n, freq="20h").strftime("%m-%d-%Y"),
            "Description": merchant,
            "Amount": amount,
            "Name On Card": rng.choice(["Sam Okafor", "Priya Patel", "Dana Whitfield"], n),
            "Category": rng.choice(["Payroll", "Software", "Travel", "Restaurants"], n),
        }
    )
    out = mercury[mercury["Amount"] < 0]
    top = (-out.groupby("Description")["Amount"].sum()).sort_values(ascending=False)
    _, text = _run(mercury, "top 3 vendors we paid the most")
    assert "per Description" in text.splitlines()[0] and all(name in text for name in top.index[:3]), text
    kinds = (-out.groupby("Category")["Amount"].sum()).idxmax()
    _, text = _run(mercury, "what kind of thing do we spend the most on")
    assert f"**{kinds}**" in text, text


def test_a_listing_export_stock_sold_out_and_missing_codes() -> None:
    rng = np.random.default_rng(9342)
    n = 420
    quantity = np.where(rng.random(n) < 0.1, 0, rng.integers(1, 40, n))
    listings = pd.DataFrame(
        {
            "TITLE": [f"Handmade mug {i}" for i in range(n)],
            "PRICE": rng.uniform(8, 120, n).round(2),
            "CURRENCY_CODE": "USD",
            "QUANTITY": quantity,
            "SKU": [f"MUG-{i:04d}" if rng.random() < 0.4 else None for i in range(n)],
        }
    )
    # (the cell adds its product column to the frame it runs on: a copy, so the next question sees the upload)
    _, text = _run(listings.copy(), "if i sold everything in stock how much would i make")
    assert _has(text, (listings["PRICE"] * listings["QUANTITY"]).sum()), text
    _, text = _run(listings, "how many listings are sold out")
    assert _has(text, int((quantity == 0).sum())), text
    # a code the listings lack: counted missing, not counted where given
    _, text = _run(listings, "how many listings don't have a sku yet?")
    assert _has(text, int(listings["SKU"].isna().sum())), text


def test_showed_up_is_the_attended_flag() -> None:
    rng = np.random.default_rng(9343)
    n = 500
    attended = rng.choice(["Yes", "No"], n, p=[0.45, 0.55])
    zoom = pd.DataFrame(
        {
            "Attended": attended,
            "First Name": rng.choice(["Ava", "Mia", "James"], n),
            "Email": [f"person{i}@example.com" for i in range(n)],
            "Registration Time": pd.date_range("2024-03-01", periods=n, freq="37min").strftime("%b %d, %Y %H:%M:%S"),
        }
    )
    _, text = _run(zoom, "what percent of people actually showed up?")
    assert "Attended = Yes" in text.splitlines()[0], text
    share = f"{100 * (attended == 'Yes').mean():.1f}%"
    assert share in text and _has(text, int((attended == "Yes").sum())), text


def test_longer_things_are_compared_by_their_length() -> None:
    rng = np.random.default_rng(9344)
    n = 300
    minutes = rng.integers(20, 70, n)
    streams = (minutes * 30 + rng.normal(0, 400, n)).clip(50).astype(int)
    pod = pd.DataFrame(
        {
            "Episode Title": [f"Ep. {i} - Habits" for i in range(n)],
            "Episode #": [i if i % 7 else None for i in range(n)],
            "Duration": [
                f"{m // 60:02d}:{m % 60:02d}:{int(s):02d}" for m, s in zip(minutes, rng.integers(0, 60, n), strict=True)
            ],
            "Streams": [f"{s:,}" for s in streams],
        }
    )
    # "longer episodes": the episodes' Duration, not the Episode # their noun names
    _, text = _run(pod, "do longer episodes get more streams?")
    assert text.startswith("Correlation of Duration and Streams"), text


def test_a_download_of_one_indicator_counts_by_its_head_noun() -> None:
    rng = np.random.default_rng(9345)
    countries = ["Austria", "Belgium", "France", "Germany", "Romania", "Italy"]
    months = pd.date_range("2019-01-01", periods=36, freq="MS")
    ecdc = pd.DataFrame(
        [
            {
                "HealthTopic": "Measles",
                "Indicator": "Reported confirmed cases",
                "Unit": "N",
                "Time": f"{m:%Y-%m-%d}",
                "RegionName": c,
                "NumValue": float(rng.poisson(40 if c == "Romania" else 8)),
            }
            for m in months
            for c in countries
        ]
    )
    ecdc["TxtValue"] = ecdc["NumValue"].map(lambda v: f"{v:.0f}")
    in_2020 = ecdc["Time"].str.startswith("2020")
    # "cases" is the head of the one indicator: NumValue added up, not its rows counted
    _, text = _run(ecdc, "how many measles cases were there in 2020")
    assert text.startswith("Total of NumValue"), text
    assert _has(text, ecdc.loc[in_2020, "NumValue"].sum()), text
    top = ecdc.groupby("RegionName")["NumValue"].sum().idxmax()
    _, text = _run(ecdc, "which country had the most cases overall?")
    assert "by RegionName" in text.splitlines()[0] and f"**{top}**" in text, text


def test_a_rate_said_by_its_event_is_a_ratio_of_two_counts() -> None:
    rng = np.random.default_rng(9346)
    schools = ["01M015", "09X004", "27Q042", "13K008"]
    days = pd.date_range("2018-09-05", periods=120, freq="B")
    rows = []
    for s in schools:
        enrolled = int(rng.integers(300, 1500))
        rate = {"09X004": 0.82, "27Q042": 0.95}.get(s, 0.9)
        for d in days:
            present = int(rng.binomial(enrolled, rate))
            rows.append({"School DBN": s, "Date": int(f"{d:%Y%m%d}"), "SchoolYear": 20182019, "Enrolled": enrolled,
                         "Absent": enrolled - present, "Present": present})  # fmt: skip
    nyc = pd.DataFrame(rows)
    totals = nyc.groupby("School DBN")[["Present", "Enrolled"]].sum()
    per = totals["Present"] / totals["Enrolled"]
    _, text = _run(nyc, "what's the overall attendance rate")
    assert text.startswith("Total Present over total Enrolled"), text
    assert _has(text, nyc["Present"].sum() / nyc["Enrolled"].sum()), text
    # "which school": the label, not the number SchoolYear; "the worst attendance": the lowest rate, then the best
    _, text = _run(nyc, "which school has the worst attendance")
    assert f"Lowest: **{per.idxmin()}**" in text, text
    _, text = _run(nyc, "which school has the worst attendance", "and the best?")
    assert f"Highest: **{per.idxmax()}**" in text, text


def test_sales_before_tax_fees_paid_and_the_payout() -> None:
    rng = np.random.default_rng(9347)
    n = 600
    sales = rng.uniform(8, 110, n).round(2)
    tax = (sales * 0.08625).round(2)
    rate = rng.choice([0.3, 0.15], n)
    fee = -(sales * rate).round(2)
    uber = pd.DataFrame(
        {
            "Store Name": rng.choice(["Taqueria Luna - Mission", "Taqueria Luna - SoMa"], n),
            "Dining Mode": rng.choice(["Delivery", "Pickup"], n),
            "Sales (excl. tax)": sales,
            "Tax on Sales": tax,
            "Sales (incl. tax)": (sales + tax).round(2),
            "Marketplace Fee": fee,
            "Marketplace fee %": [f"{r:.0%}" for r in rate],
            "Other payments": np.where(rng.random(n) < 0.05, 5.0, 0.0),
            "Total payout": (sales + tax + fee).round(2),
        }
    )
    _, text = _run(uber, "what were our total sales before tax")
    assert text.startswith("Total of Sales (excl. tax)") and _has(text, sales.sum()), text
    # the fee paid, not the fee's rate beside it
    _, text = _run(uber, "how much did uber take in fees?")
    assert text.startswith("Total of Marketplace Fee,") and _has(text, fee.sum()), text
    _, text = _run(uber, "how much did uber take in fees?", "and what did we actually get paid out")
    assert text.startswith("Total of Total payout") and _has(text, uber["Total payout"].sum()), text


def test_kraken_asset_codes_are_read_by_their_coins() -> None:
    rng = np.random.default_rng(9348)
    n = 500
    asset = rng.choice(["ZUSD", "XXBT", "XETH"], n)
    ledger = pd.DataFrame(
        {
            "txid": [f"L{i:05d}-AB" for i in range(n)],
            "refid": [f"T{i // 2:05d}" for i in range(n)],
            "time": pd.date_range("2023-01-05", periods=n, freq="17h").strftime("%Y-%m-%d %H:%M:%S"),
            "type": rng.choice(["trade", "deposit", "withdrawal"], n),
            "aclass": "currency",
            "asset": asset,
            "amount": rng.normal(0, 1, n).round(6),
            "fee": rng.uniform(0, 1, n).round(4),
            "balance": rng.uniform(0, 5, n).round(8),
        }
    )
    last_btc = ledger[ledger["asset"] == "XXBT"]["balance"].iloc[-1]
    last_eth = ledger[ledger["asset"] == "XETH"]["balance"].iloc[-1]
    _, text = _run(ledger, "whats my btc balance right now")
    assert "asset = XXBT" in text.splitlines()[0] and _has(text, last_btc), text
    # "and eth?" narrows the same latest balance to the other coin
    _, text = _run(ledger, "whats my btc balance right now", "and eth?")
    assert "asset = XETH" in text.splitlines()[0] and _has(text, last_eth), text


def test_a_long_download_named_for_what_it_counts() -> None:
    rng = np.random.default_rng(9349)
    months = pd.date_range("2022-01-01", periods=24, freq="MS")
    rows = []
    for geo in ("AT", "DE", "ES", "FR", "IT"):
        for m in months:
            dom, foreign = float(rng.integers(1e6, 9e6)), float(rng.integers(1e6, 9e6))
            for resid, value in (("DOM", dom), ("FOR", foreign), ("TOTAL", dom + foreign)):
                rows.append({"DATAFLOW": "ESTAT:TOUR_OCC_NIM(1.0)", "LAST UPDATE": "15/03/24 23:00:00", "freq": "M",
                             "c_resid": resid, "unit": "NR", "geo": geo, "TIME_PERIOD": f"{m:%Y-%m-%d}",
                             "OBS_VALUE": value, "OBS_FLAG": None})  # fmt: skip
    nights = pd.DataFrame(rows)
    kept = (nights["geo"] == "IT") & (nights["c_resid"] == "FOR") & nights["TIME_PERIOD"].str.startswith("2022")
    # the file is named for its nights; foreign guests are c_resid FOR; italy is geo IT
    _, text = _run(nights, "how many nights did foreign visitors spend in italy in 2022", file="tourism_nights.csv")
    assert text.startswith("Total of OBS_VALUE"), text
    assert _has(text, nights.loc[kept, "OBS_VALUE"].sum()), text


def test_an_activity_log_by_its_everyday_words() -> None:
    rng = np.random.default_rng(9350)
    n = 600
    kind = rng.choice(["Run", "Ride", "Walk"], n, p=[0.5, 0.3, 0.2])
    when = pd.date_range("2021-01-03", periods=n, freq="41h")
    strava = pd.DataFrame(
        {
            "Activity ID": np.arange(5_000_000_000, 5_000_000_000 + n),
            "Activity Date": when.strftime("%b %-d, %Y, %-I:%M:%S %p"),
            "Activity Type": kind,
            "Distance": np.where(kind == "Ride", rng.uniform(15, 80, n), rng.uniform(2, 21, n)).round(2),
            "Average Heart Rate": np.where(kind == "Run", rng.normal(151, 8, n), rng.normal(138, 9, n)).round(1),
            "Max Heart Rate": rng.integers(150, 195, n),
        }
    )
    ride = strava["Activity Type"] == "Ride"
    # "on the bike" is the Ride type; "average heart rate" is the column named so, its mean per type
    _, text = _run(strava, "total km on the bike?")
    assert "Activity Type = Ride" in text.splitlines()[0] and _has(text, strava.loc[ride, "Distance"].sum()), text
    _, text = _run(strava, "average heart rate on runs vs rides")
    means = strava.groupby("Activity Type")["Average Heart Rate"].mean()
    assert text.startswith("Mean of Average Heart Rate by Activity Type"), text
    assert _has(text, means["Run"]) and _has(text, means["Ride"]), text
    runs = strava[strava["Activity Type"] == "Run"]
    _, text = _run(strava, "which year did i run the furthest")
    assert str(runs.groupby(when[strava["Activity Type"] == "Run"].year)["Distance"].sum().idxmax()) in text, text


def test_the_busiest_hour_reads_as_a_clock() -> None:
    rng = np.random.default_rng(9351)
    n = 3000
    hours = rng.choice(24, n, p=np.r_[np.full(17, 0.03), [0.2], np.full(6, (1 - 0.51 - 0.2) / 6)])
    stamps = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D")
    calls = pd.DataFrame(
        {
            "Address": rng.choice(["1st Ave / Pike St", "3rd Ave / Pine St"], n),
            "Type": rng.choice(["Aid Response", "Medic Response"], n),
            "Datetime": (stamps + pd.to_timedelta(hours, unit="h")).strftime("%m/%d/%Y %I:%M:%S %p"),
        }
    )
    _, text = _run(calls, "what time of day do most calls come in")
    assert "**17:00 (5 PM)**" in text, text


def test_money_sent_and_received_on_a_payment_app_statement() -> None:
    rng = np.random.default_rng(9352)
    n = 300
    amount = np.where(rng.random(n) < 0.35, rng.uniform(5, 120, n), -rng.uniform(5, 900, n)).round(2)
    venmo = pd.DataFrame(
        {
            "ID": np.arange(3_700_000_000_000_000_000, 3_700_000_000_000_000_000 + n, dtype=np.int64),
            "Datetime": pd.date_range("2023-01-02", periods=n, freq="27h").strftime("%Y-%m-%dT%H:%M:%S"),
            "Type": np.where(amount > 0, "Charge", "Payment"),
            "From": rng.choice(["Jordan Lee", "Maya Patel"], n),
            "To": rng.choice(["Sam Rivera", "Chris Nguyen"], n),
            "Amount (total)": [f"{'+' if a > 0 else '-'} ${abs(a):,.2f}" for a in amount],
        }
    )
    _, text = _run(venmo, "how much did i send people in total")
    assert _has(text, -amount[amount < 0].sum()), text
    _, text = _run(venmo, "how much did i send people in total", "and how much came in?")
    assert _has(text, amount[amount > 0].sum()), text


def test_open_rows_without_a_status_are_those_not_closed_yet() -> None:
    rng = np.random.default_rng(9353)
    n = 400
    opened = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 500, n), unit="D")
    closed = opened + pd.to_timedelta(rng.integers(1, 90, n), unit="D")
    still = rng.random(n) < 0.15
    requests = pd.DataFrame(
        {
            "case_id": np.arange(n),
            "open_date": opened.strftime("%Y-%m-%d"),
            "closed_date": pd.Series(closed.strftime("%Y-%m-%d")).where(~still),
            "site_state": rng.choice(["TX", "CA", "NY"], n),
        }
    )
    # no status column: the open ones are those not closed yet (open_date's "open" is no email's opens)
    _, text = _run(requests, "how many requests are still open?")
    assert _has(text, int(still.sum())), text


def test_the_files_own_rows_counted_not_a_column_their_word_abbreviates() -> None:
    rng = np.random.default_rng(9354)
    n = 900
    osha = pd.DataFrame(
        {
            "activity_nr": np.arange(1_500_000, 1_500_000 + n),
            "site_state": rng.choice(["TX", "CA", "OH"], n),
            "insp_type": rng.choice(list("ABCHM"), n),
            "insp_scope": rng.choice(list("ABCD"), n),
            "open_date": pd.date_range("2018-01-01", periods=n, freq="2D").strftime("%Y-%m-%d"),
        }
    )
    # "inspections" of osha_inspections.csv are its rows, not insp_scope (whose "insp" the word spells out)
    _, text = _run(osha, "how many inspections were in texas", file="osha_inspections.csv")
    assert "insp_scope" not in text.splitlines()[0] and _has(text, int((osha["site_state"] == "TX").sum())), text


def test_money_that_came_in_beside_a_money_in_column_and_items_said_in_full() -> None:
    rng = np.random.default_rng(9355)
    n = 200
    amount = np.where(rng.random(n) < 0.25, rng.uniform(20, 900, n), -rng.uniform(2, 80, n)).round(2)
    monzo = pd.DataFrame(
        {
            "Transaction ID": [f"tx_{i:06d}" for i in range(n)],
            "Date": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%d/%m/%Y"),
            "Amount": amount,
            "Currency": "GBP",
            "Local amount": amount,
            "Money Out": np.where(amount < 0, amount, np.nan),
            "Money In": np.where(amount > 0, amount, np.nan),
        }
    )
    _, text = _run(monzo, "how much money came in altogether")
    assert text.startswith("Total of Money In"), text
    items = pd.DataFrame(
        {
            "Token": [f"T{i:05d}" for i in range(120)],
            "Item Name": rng.choice(["Latte", "Cappuccino", "Americano", "Mocha"], 120),
            "SKU": [f"COF-{i:04d}" for i in range(120)],
        }
    )
    # "items" of square_items_library_export.csv said in full: Item Name, not the SKU code
    _, text = _run(items, "how many different items are in the library", file="square_items_library_export.csv")
    assert "Item Name" in text.splitlines()[0] and _has(text, items["Item Name"].nunique()), text


def test_a_rating_said_plainly_counts_its_stronger_form() -> None:
    rng = np.random.default_rng(9356)
    n = 800
    levels = ["Extremely Happy", "Happy", "Neutral", "Unhappy", "Extremely Unhappy"]
    survey = pd.DataFrame(
        {
            "Ticket ID": rng.integers(10_000, 20_000, n),
            "Agent": rng.choice(["Maya Torres", "Ben Ortiz"], n),
            "Rating": rng.choice(levels, n, p=[0.3, 0.3, 0.2, 0.1, 0.1]),
        }
    )
    happy = survey["Rating"].isin(["Happy", "Extremely Happy"])
    _, text = _run(survey, "what % of customers were happy")
    assert "Happy or Extremely Happy" in text.splitlines()[0], text
    assert f"{100 * happy.mean():.2f}%" in text or _has(text, int(happy.sum())), text
    # "only" keeps the plain value
    _, text = _run(survey, "how many were only happy")
    assert _has(text, int((survey["Rating"] == "Happy").sum())), text


def test_a_rate_of_a_counted_thing_and_a_year_beside_its_code() -> None:
    rng = np.random.default_rng(9401)
    states = ["Alabama", "Alaska", "Arizona", "Ohio", "Texas", "Utah"]
    rows = [(s, y) for s in states for y in range(2015, 2021)]
    deaths = rng.integers(4_000, 60_000, len(rows))
    wonder = pd.DataFrame(
        {
            "State": [s for s, _ in rows],
            "Year": [y for _, y in rows],
            "Year Code": [y for _, y in rows],
            "Deaths": deaths,
            "Population": rng.integers(500_000, 9_000_000, len(rows)),
            "Crude Rate": rng.uniform(500, 1500, len(rows)).round(1),
        }
    )
    # "death rate" is the rate column, not the count of deaths the word "death" names
    _, text = _run(wonder.copy(), "what's ohio's average death rate over these years")
    ohio = wonder[wonder["State"] == "Ohio"]["Crude Rate"].mean()
    assert text.startswith("Mean of Crude Rate") and _has(text, round(ohio, 1)), text
    # a year said beside Year and Year Code: the plain Year narrows the ranking
    _, text = _run(wonder.copy(), "which state had the highest crude rate in 2019")
    y19 = wonder[wonder["Year"] == 2019].set_index("State")["Crude Rate"]
    assert "Year = 2019" in text.splitlines()[0] and str(y19.idxmax()) in text, text
    # "go up from 2019 to 2020" is the change of the total between the two years
    _, text = _run(wonder.copy(), "how much did deaths go up from 2019 to 2020 overall?")
    by_year = wonder.groupby("Year")["Deaths"].sum()
    assert _has(text, int(by_year[2020] - by_year[2019])), text


def test_a_span_in_hours_against_a_length_kept_in_minutes_and_sleeping_best() -> None:
    rng = np.random.default_rng(9402)
    n = 400
    sleep = pd.DataFrame(
        {
            "start_time": pd.date_range("2023-01-01 23:00", periods=n, freq="D"),
            "sleep_cycle": rng.integers(2, 8, n),
            "sleep_score": rng.integers(50, 100, n),
            "sleep_duration": rng.integers(280, 600, n),
        }
    )
    # the name says no unit: 6 hours lies among the values only as 360 minutes
    _, text = _run(sleep.copy(), "how many nights did i get under 6 hours")
    assert _has(text, int((sleep["sleep_duration"] < 360).sum())), text
    # sleeping "best" is the score of the sleep, not its cycles
    _, text = _run(sleep.copy(), "which month did i sleep best")
    assert "sleep_score" in text.splitlines()[0], text


def test_column_names_in_french_and_a_nation_among_its_regions() -> None:
    rng = np.random.default_rng(9403)
    regions = ["Île-de-France", "Grand Est", "Bretagne", "Normandie", "Occitanie", "Hauts-de-France"]
    rows = []
    for year in range(2015, 2024):
        deaths = rng.integers(20_000, 120_000, len(regions))
        births = rng.integers(20_000, 170_000, len(regions))
        rows += [(r, year, b, d) for r, b, d in zip(regions, births, deaths, strict=True)]
        rows.append(("France métropolitaine", year, int(births.sum()), int(deaths.sum())))
        rows.append(("France", year, int(births.sum()) + 20_000, int(deaths.sum()) + 15_000))
    insee = pd.DataFrame(rows, columns=["Région", "Année", "Naissances", "Décès"])
    # Région, Année, Décès read as region, year and deaths; France and its métropole are no region of France
    _, text = _run(insee.copy(), "which region had the most deaths in 2020")
    y20 = insee[(insee["Année"] == 2020) & insee["Région"].isin(regions)].set_index("Région")["Décès"]
    assert text.startswith("Total of Décès by Région") and str(y20.idxmax()) in text, text
    assert "France métropolitaine" not in text.split("\n\n")[1], text


def test_a_counter_s_hourly_readings_are_added_up_and_its_hours_read_as_a_clock() -> None:
    rng = np.random.default_rng(9404)
    stamps = pd.date_range("2019-02-01", periods=24 * 20, freq="h")
    sensors = ["Town Hall (West)", "Bourke Street Mall (North)", "Flinders Street Station Underpass"]
    rows = [(t, s) for t in stamps for s in sensors]
    counts = pd.DataFrame(
        {
            "ID": np.arange(len(rows)),
            "Date_Time": [t for t, _ in rows],
            "Time": [t.hour for t, _ in rows],
            "Sensor_ID": [sensors.index(s) + 3 for _, s in rows],
            "Sensor_Name": [s for _, s in rows],
            "Hourly_Counts": [int(rng.integers(0, 400) * (3 if s.startswith("Flinders") else 1)) for _, s in rows],
        }
    )
    # each row counts many people: the sensor that counts the most adds up its readings (every sensor has as
    # many rows, so counting rows would name none)
    _, text = _run(counts.copy(), "which sensor counts the most people")
    assert text.startswith("Highest Hourly_Counts by Sensor_Name"), text
    assert "Flinders Street Station Underpass" in text.split("\n\n")[1], text
    _, text = _run(counts.copy(), "whats the busiest time of day")
    hour = int(counts.groupby("Time")["Hourly_Counts"].sum().idxmax())
    assert f"{hour:02d}:00" in text, text


def test_money_made_and_time_worked_tell_twin_columns_apart_and_a_value_s_column_its_title() -> None:
    rng = np.random.default_rng(9405)
    n = 300
    names = ["Tran", "Quinn", "Sato", "Patel", "Okafor"]
    last = rng.choice(names, n)
    payroll = pd.DataFrame(
        {
            "Employee Last Name": last,
            "Employee First Name": [{"Tran": "Linh", "Quinn": "Molly"}.get(x, "Sam") for x in last],
            "Overtime Hours": rng.uniform(0, 10, n).round(1),
            "Overtime Earnings": rng.uniform(0, 900, n).round(2),
        }
    )
    made = payroll.groupby("Employee Last Name")["Overtime Earnings"].sum()
    worked = payroll.groupby("Employee Last Name")["Overtime Hours"].sum()
    _, text = _run(payroll.copy(), "who made the most overtime?")
    assert "Overtime Earnings" in text.splitlines()[0] and str(made.idxmax()) in text, text
    _, text = _run(payroll.copy(), "who worked the most overtime?")
    assert "Overtime Hours" in text.splitlines()[0] and str(worked.idxmax()) in text, text
    subs = pd.DataFrame(
        {
            "next_payment_date": pd.date_range("2024-07-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "payment_method": rng.choice(["stripe", "paypal", "stripe_sepa"], n),
        }
    )
    subs["payment_method_title"] = subs["payment_method"].map(
        {"stripe": "Credit card (Stripe)", "paypal": "PayPal", "stripe_sepa": "SEPA"}
    )
    # "paypal" is a value of payment_method: the question is not about which "pay" column is meant
    _, text = _run(subs.copy(), "what % pay with paypal")
    assert f"{100 * (subs['payment_method'] == 'paypal').mean():.2f}%" in text, text


def test_a_status_said_as_a_value_and_everyday_words_for_leaving_and_firing() -> None:
    rng = np.random.default_rng(9406)
    n = 500
    requests = pd.DataFrame(
        {
            "Employee": rng.choice(["Nina Chen", "Olga Khan", "Sofia Chen", "Raj Patel"], n),
            "Status": rng.choice(["Approved", "Pending", "Declined", "Canceled"], n, p=[0.6, 0.2, 0.1, 0.1]),
            "Approver": rng.choice(["Liam Patel", "Sofia Ivanova", None], n),
        }
    )
    # "approved" is the Status written so, not the Approver read by its root
    _, text = _run(requests.copy(), "how many time off requests got approved")
    assert "Status = Approved" in text.splitlines()[0], text
    assert _has(text, int((requests["Status"] == "Approved").sum())), text
    subscribers = pd.DataFrame({"id": np.arange(n), "state": rng.choice(["active", "cancelled", "bounced"], n)})
    _, text = _run(subscribers.copy(), "how many unsubscribed?")
    assert _has(text, int((subscribers["state"] == "cancelled").sum())), text
    alerts = pd.DataFrame(
        {"monitor": rng.choice(["CPU", "Disk"], n), "transition": rng.choice(["Triggered", "Recovered"], n)}
    )
    _, text = _run(alerts.copy(), "how many alerts fired?")
    assert _has(text, int((alerts["transition"] == "Triggered").sum())), text


def test_a_statistics_download_s_one_value_beside_its_bookkeeping_columns() -> None:
    rng = np.random.default_rng(9407)
    months = pd.date_range("2019-01-01", "2023-12-01", freq="MS")
    places = ["Canada", "Quebec", "Ontario", "Alberta", "Manitoba", "British Columbia"]
    products = ["All-items", "Food", "Shelter", "Gasoline"]
    rows = [(m, g, p) for m in months for g in places for p in products]
    cpi = pd.DataFrame(
        {
            "REF_DATE": [m.strftime("%Y-%m") for m, _, _ in rows],
            "GEO": [g for _, g, _ in rows],
            "Products and product groups": [p for _, _, p in rows],
            "UOM": "2002=100",
            "UOM_ID": 17,
            "SCALAR_ID": 0,
            "COORDINATE": [f"{places.index(g) + 2}.{products.index(p) + 2}" for _, g, p in rows],
            "VALUE": rng.uniform(100, 200, len(rows)).round(1),
            "SYMBOL": np.nan,
            "DECIMALS": 1,
        }
    )
    cpi["REF_DATE"] = pd.to_datetime(cpi["REF_DATE"])
    cpi["COORDINATE"] = cpi["COORDINATE"].astype(float)
    # "index" names no column: the download's one value is the measure, not its coordinate or its decimals
    _, text = _run(cpi.copy(), "average shelter index in ontario in 2019?")
    kept = cpi[(cpi["GEO"] == "Ontario") & (cpi["Products and product groups"] == "Shelter")]
    assert text.startswith("Mean of VALUE"), text
    assert _has(text, round(kept[kept["REF_DATE"].dt.year == 2019]["VALUE"].mean(), 2)), text


def test_times_a_thing_was_done_where_it_happens_most_and_how_long_texts_are() -> None:
    rng = np.random.default_rng(9408)
    n = 600
    phrases = ["Agreed, the second point especially.", "Same here.", "Source? I have never seen that claim backed up."]
    comments = pd.DataFrame(
        {
            "id": [f"c{i:05d}" for i in range(n)],
            "date": pd.date_range("2022-01-01", periods=n, freq="D"),
            "subreddit": rng.choice(["python", "AskReddit", "datascience", "running"], n, p=[0.4, 0.3, 0.2, 0.1]),
            "gildings": rng.choice([0, 1, 2], n, p=[0.9, 0.08, 0.02]),
            "body": [f"{p} (see thread {i})" for i, p in enumerate(rng.choice(phrases, n))],
        }
    )
    # "gilded" is the count of gildings on each comment, added up
    _, text = _run(comments.copy(), "how many times did i get gilded")
    assert _has(text, int(comments["gildings"].sum())), text
    # "where" is the one column of places (a subreddit)
    _, text = _run(comments.copy(), "where do i comment the most")
    assert f"**{comments['subreddit'].value_counts().idxmax()}**" in text, text
    # "how long are my comments": the length of the text, in words
    _, text = _run(comments.copy(), "how long are my comments usually")
    assert "words in body" in text.splitlines()[0], text
    assert _has(text, round(comments["body"].str.split().str.len().mean(), 2)), text
    tickets = pd.DataFrame({"Ticket ID": np.arange(n), "Channel": rng.choice(["Email", "Phone", "Chat"], n)})
    _, text = _run(tickets.copy(), "where do most tickets come in from? email, phone, chat...")
    assert "Channel" in text.splitlines()[0] and tickets["Channel"].value_counts().idxmax() in text, text


def test_a_word_of_several_values_narrows_a_duration_and_a_row_s_kind_is_its_type() -> None:
    rng = np.random.default_rng(9409)
    n = 900
    titles = ["Parking Enforcement", "Request for Pothole Repair", "REQUEST FOR POTHOLE REPAIR", "Street Light Outages"]
    opened = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 300 * 24, n), unit="h")
    requests = pd.DataFrame(
        {
            "case_enquiry_id": np.arange(101004800013, 101004800013 + n),
            "open_dt": opened,
            "closed_dt": opened + pd.to_timedelta(rng.integers(1, 400, n), unit="h"),
            "case_title": rng.choice(titles, n, p=[0.4, 0.25, 0.1, 0.25]),
            "neighborhood": rng.choice(["Dorchester", "Roxbury", "Back Bay"], n),
        }
    )
    # "a pothole" is a word of two titles (written two ways): their rows, not a title "Pothole" no row has
    _, text = _run(requests.copy(), "how many days does it take on average to fix a pothole")
    holes = requests[requests["case_title"].str.contains("pothole", case=False)]
    days = ((holes["closed_dt"] - holes["open_dt"]).dt.total_seconds() / 86400).mean()
    assert _has(text, round(days, 3)), text
    kinds = requests.assign(type=rng.choice(["Parking Enforcement", "Pothole", "Street Lights"], n, p=[0.5, 0.3, 0.2]))
    _, text = _run(kinds.copy(), "whats the most common complaint")
    assert f"**{kinds['type'].value_counts().idxmax()}**" in text and "type" in text.splitlines()[0], text


def test_an_sdmx_download_s_coded_labels_and_who_showed_up() -> None:
    rng = np.random.default_rng(9410)
    months = pd.date_range("2022-01-01", "2024-06-01", freq="MS")
    regions = ["AUS: Australia", "1: New South Wales", "2: Victoria", "3: Queensland", "4: South Australia",
               "5: Western Australia", "6: Tasmania"]  # fmt: skip
    measures = ["M3: Employed total", "M13: Unemployment rate", "M16: Participation rate"]
    sexes = ["1: Males", "2: Females", "3: Persons"]
    rows = [(m, r, x, s) for m in months for r in regions for x in measures for s in sexes]
    abs_lf = pd.DataFrame(
        {
            "DATAFLOW": "ABS:LF(1.0.0)",
            "MEASURE: Measure": [x for _, _, x, _ in rows],
            "SEX: Sex": [s for _, _, _, s in rows],
            "REGION: Region": [r for _, r, _, _ in rows],
            "TIME_PERIOD: Time Period": [m for m, _, _, _ in rows],
            "OBS_VALUE": rng.uniform(2, 9, len(rows)).round(1),
            "OBS_STATUS: Observation Status": np.nan,
        }
    )
    # "unemployment" is the first word of one coded measure: its rows, the latest month, the states only
    _, text = _run(abs_lf.copy(), "which state has the highest unemployment right now")
    assert "MEASURE: Measure = M13: Unemployment rate" in text.splitlines()[0], text
    latest = abs_lf[
        (abs_lf["TIME_PERIOD: Time Period"] == months[-1]) & abs_lf["MEASURE: Measure"].str.startswith("M13")
    ]
    # (of Persons' rows: they already take in both sexes, so averaging them with Males and Females double counts)
    latest = latest[latest["SEX: Sex"] == "3: Persons"]
    states = latest[latest["REGION: Region"] != "AUS: Australia"].groupby("REGION: Region")["OBS_VALUE"].mean()
    assert f"**{states.idxmax()}**" in text and "AUS: Australia" not in text.split("\n\n")[1], text
    assert "3: Persons" in text.split("\n\n")[0] or "SEX" in text, text
    # "men and women" are the coded Males and Females
    _, text = _run(abs_lf.copy(), "compare men and women's unemployment rate across australia in the latest month")
    assert "by SEX: Sex" in text.splitlines()[0], text
    bookings = pd.DataFrame(
        {
            "Party Size": rng.integers(1, 9, 400),
            "Status": rng.choice(["Completed", "Cancelled", "No Show"], 400, p=[0.8, 0.12, 0.08]),
        }
    )
    # those who "showed up" are the Completed bookings, not the No Show ones
    _, text = _run(bookings.copy(), "average party size for the ones that actually showed up")
    shown = bookings[bookings["Status"] == "Completed"]["Party Size"].mean()
    assert "Status = Completed" in text.splitlines()[0] and _has(text, round(shown, 3)), text


def test_a_domain_of_email_addresses_and_messages_an_event_happened_to() -> None:
    rng = np.random.default_rng(9411)
    n = 800
    domains = rng.choice(["gmail.com", "outlook.com", "icloud.com", "yahoo.com"], n, p=[0.4, 0.3, 0.2, 0.1])
    activity = pd.DataFrame(
        {
            "msg_id": [f"m{i:06d}.filterdrecv" for i in range(n)],
            "from_email": rng.choice(["hello@brightloop.io", "billing@brightloop.io"], n),
            "to_email": [f"user{i}@{d}" for i, d in enumerate(domains)],
            "status": rng.choice(["delivered", "not_delivered"], n, p=[0.9, 0.1]),
            "opens_count": rng.choice([0, 0, 1, 2, 3], n),
            "unique_opens_count": rng.choice([0, 1], n),
            "clicks_count": rng.choice([0, 0, 0, 1], n),
        }
    )
    # "gmail" is the domain of the addresses written to
    _, text = _run(activity.copy(), "how many went to gmail addresses")
    assert "to_email has the word gmail" in text.splitlines()[0], text
    assert _has(text, int(activity["to_email"].str.contains("@gmail.").sum())), text
    # "got opened": one open or more, of the plain count (not the unique one)
    _, text = _run(activity.copy(), "how many emails got opened", file="sendgrid_email_activity.csv")
    assert "opens_count > 0" in text.splitlines()[0] and _has(text, int((activity["opens_count"] > 0).sum())), text
    # "of those": the gmail rows, then the opened ones among them
    _, text = _run(activity.copy(), "how many went to gmail addresses", "and how many of those got opened")
    gmail = activity[activity["to_email"].str.contains("@gmail.")]
    assert _has(text, int((gmail["opens_count"] > 0).sum())), text


def test_new_readings_keep_off_what_they_do_not_fit() -> None:
    """A country among world regions, a delay beside clock times, a percentage or a 0/1 flag before "rate"."""
    rng = np.random.default_rng(9412)
    n = 600
    sfo = pd.DataFrame(
        {
            "Year": np.repeat(np.arange(2010, 2016), n // 6),
            "GEO Region": rng.choice(["US", "Asia", "Europe", "Canada", "Middle East", "Central America"], n),
            "Passenger Count": rng.integers(100, 90_000, n),
        }
    )
    # Canada among Asia and Europe is a region of the world, not their total: every row counts
    _, text = _run(sfo.copy(), "how many passengers in total in 2015?")
    assert _has(text, int(sfo[sfo["Year"] == 2015]["Passenger Count"].sum())), text
    flights = pd.DataFrame(
        {
            "CRS_DEP_TIME": rng.integers(500, 2359, n),
            "ARR_DELAY": rng.integers(-30, 300, n),
        }
    )
    # the delay named is what "more than an hour late" bounds, in its own minutes
    _, text = _run(flights.copy(), "how many flights arrived more than an hour late")
    assert "ARR_DELAY > 60" in text.splitlines()[0], text
    countries = pd.DataFrame(
        {
            "Region": rng.choice(["ASIA", "EUROPE", "AFRICA"], n),
            "Literacy (%)": rng.uniform(30, 100, n).round(1),
            "Population": rng.integers(10_000, 9_000_000, n),
            "Birth Rate": rng.uniform(2, 20, n).round(2),
        }
    )
    _, text = _run(countries.copy(), "what's the average literacy rate in each region?")
    assert text.startswith("Mean of Literacy (%) by Region"), text
    # a 0/1 flag before "rate" is the share it marks, not another rate column
    orders = pd.DataFrame(
        {
            "Shipping Mode": rng.choice(["Standard Class", "First Class", "Same Day"], n),
            "Late_delivery_risk": rng.choice([0, 1], n),
            "Order Item Discount Rate": rng.uniform(0, 0.25, n).round(2),
        }
    )
    _, text = _run(orders.copy(), "late delivery rate for each shipping mode")
    assert "Late_delivery_risk" in text.splitlines()[0], text


def test_an_empty_column_is_no_measure() -> None:
    rng = np.random.default_rng(9413)
    n = 300
    ebay = pd.DataFrame(
        {
            "Buyer username": [f"collector_{i}" for i in rng.integers(1000, 9999, n)],
            "Buyer name": np.nan,  # eBay leaves it blank
            "Ship to province/region/state": rng.choice(["CA", "TX", "FL", "NY"], n, p=[0.4, 0.3, 0.2, 0.1]),
        }
    )
    _, text = _run(ebay.copy(), "which state do most of my buyers live in")
    top = ebay["Ship to province/region/state"].value_counts().idxmax()
    assert "Buyer name" not in text.splitlines()[0] and f"**{top}**" in text, text
    # ... though asked about as missing, it is that column
    _, text = _run(ebay.copy(), "how many rows are missing the buyer name")
    assert _has(text, n), text


def test_a_count_beside_a_code_on_every_row_and_a_country_row_said_with_the_file_s_measure() -> None:
    rng = np.random.default_rng(9414)
    n = 900
    alerts = pd.DataFrame(
        {
            "TinyId": np.arange(1200, 1200 + n),
            "Alias": [
                f"{t}-db-{i % 9}-{rng.integers(10**6, 10**7)}" for i, t in enumerate(rng.choice(["data", "web"], n))
            ],
            "Priority": rng.choice(["P1", "P2", "P3", "P4", "P5"], n),
            "Teams": rng.choice(["Platform", "Payments", "Data"], n, p=[0.5, 0.3, 0.2]),
            "Count": rng.integers(1, 13, n),
        }
    )
    # Count is how often one alert fired: the alerts are the rows, counted
    _, text = _run(alerts.copy(), "how many p1 alerts did we get")
    assert _has(text, int((alerts["Priority"] == "P1").sum())), text
    _, text = _run(alerts.copy(), "which team gets paged the most")
    assert f"**{alerts['Teams'].value_counts().idxmax()}**" in text and "Count" not in text.splitlines()[0], text
    years = list(range(2000, 2023))
    places = ["World", "China", "India", "Brazil", "Nigeria", "Germany", "Japan"]
    growth = pd.DataFrame(
        [(p, y, round(float(rng.normal(3, 3)), 1)) for p in places for y in years],
        columns=["Country Name", "Year", "Value"],
    )
    # "world" is the World row, and "gdp growth" the file's one Value
    _, text = _run(growth.copy(), "what was world gdp growth in 2009", file="world_bank_gdp_growth_long.csv")
    world = growth[(growth["Country Name"] == "World") & (growth["Year"] == 2009)]["Value"].iloc[0]
    assert "Country Name = World" in text.splitlines()[0] and _has(text, world), text
    _, text = _run(growth.copy(), "worst year for the world economy?", file="world_bank_gdp_growth_long.csv")
    low = growth[growth["Country Name"] == "World"].set_index("Year")["Value"].idxmin()
    assert "Country Name = World" in text.splitlines()[0] and str(low) in text, text


def test_a_download_s_bookkeeping_numbers_and_an_estimate_s_bounds_are_no_measure() -> None:
    rng = np.random.default_rng(9415)
    months = pd.date_range("2024-01-01", "2024-12-01", freq="MS")
    places = ["Canada", "Ontario", "Quebec", "Alberta", "Manitoba", "Nova Scotia"]
    rows = [(m, g, s) for m in months for g in places for s in ["Both sexes", "Males", "Females"]]
    lfs = pd.DataFrame(
        {
            "REF_DATE": [m for m, _, _ in rows],
            "GEO": [g for _, g, _ in rows],
            "Sex": [s for _, _, s in rows],
            "UOM_ID": 249,
            "SCALAR_ID": 0,
            "VALUE": rng.uniform(4, 9, len(rows)).round(1),
            "DECIMALS": 1,
        }
    )
    # "dec" is December, never DECIMALS; the one VALUE is what changed
    _, text = _run(lfs.copy(), "how much did the value for females in ontario change from jan to dec 2024")
    assert "DECIMALS" not in text, text
    years = list(range(2000, 2023))
    tb = pd.DataFrame(
        [(c, y) for c in ["Angola", "Ghana", "Kenya", "Lesotho", "India"] for y in years],
        columns=["Location", "Period"],
    )
    tb["FactValueNumeric"] = rng.uniform(50, 700, len(tb)).round(0)
    tb["FactValueNumericLow"] = tb["FactValueNumeric"] * 0.8
    tb["FactValueNumericHigh"] = tb["FactValueNumeric"] * 1.2
    # the estimate, not its bounds: "the incidence" names no column, the one value is it
    _, text = _run(tb.copy(), "average incidence in 2022", file="who_tuberculosis_incidence.csv")
    assert text.startswith("Mean of FactValueNumeric"), text
    assert _has(text, round(tb[tb["Period"] == 2022]["FactValueNumeric"].mean(), 1)), text


def test_a_detail_written_on_some_rows_counts_the_rows_that_have_it() -> None:
    rng = np.random.default_rng(2112)
    n = 400
    reacted = rng.random(n) < 0.3
    attached = rng.random(n) < 0.1
    chat = pd.DataFrame(
        {
            "Author": rng.choice(["kestrel#4410", "mika#0420", "ozzy#1203"], n),
            "Date": pd.date_range("2023-01-01", periods=n, freq="7h").astype(str),
            "Content": rng.choice(["gm", "lol", "brb", "that patch broke everything"], n),
            "Attachments": [f"https://cdn.example.com/a/{i}.png" if a else None for i, a in enumerate(attached)],
            "Reactions": [f"👍 ({rng.integers(1, 6)})" if r else None for r in reacted],
        }
    )
    # "at least one reaction": the rows whose Reactions are written, not a number compared with 1
    _, text = _run(chat.copy(), "how many messages got at least one reaction")
    assert _has(text, int(reacted.sum())), text
    # and the count as a share of every row, asked after it
    _, text = _run(chat.copy(), "how many messages got at least one reaction", "what % of all messages is that")
    assert _has(text, round(reacted.mean() * 100, 1)), text
    _, text = _run(chat.copy(), "how many messages have an attachment")
    assert _has(text, int(attached.sum())), text
    # "message length in characters": Content is the body of text, though its few messages repeat
    _, text = _run(chat.copy(), "avg message length in characters?")
    assert _has(text, round(chat["Content"].str.len().mean(), 2)), text


def test_an_ad_report_s_overall_ratios_are_ratios_of_its_totals() -> None:
    rng = np.random.default_rng(4977)
    n = 300
    shown = rng.integers(1000, 30000, n)
    pins = (shown * rng.uniform(0.002, 0.02, n)).astype(int)
    ads = pd.DataFrame(
        {
            "Date": pd.date_range("2024-01-01", periods=n, freq="D").astype(str),
            "Campaign name": rng.choice(["Spring - Awareness", "Catalog Sales", "Retargeting"], n),
            "Spend in account currency": rng.uniform(5, 250, n).round(2),
            "Impressions": shown,
            "Pin clicks": pins,
            "Outbound clicks": (pins * rng.uniform(0.3, 0.7, n)).astype(int),
            "CTR": [f"{100 * p / s:.2f}%" for p, s in zip(pins, shown, strict=True)],
            "Total conversions (Checkout)": rng.integers(0, 12, n),
            "Total order value (Checkout)": rng.uniform(0, 900, n).round(2),
        }
    )
    # "spent" is the Spend, not a total of conversions that only shares the word "total" with money
    _, text = _run(ads.copy(), "how much have we spent so far")
    assert text.startswith("Total of Spend in account currency"), text
    # the overall CTR: all the platform's own clicks (written first) over all the impressions, not a sum of rates
    _, text = _run(ads.copy(), "overall ctr?")
    assert _has(text, round(100 * pins.sum() / shown.sum(), 3)), text
    # the return on ad spend: all the order value over all the spend
    _, text = _run(ads.copy(), "whats our return on ad spend overall")
    roas = ads["Total order value (Checkout)"].sum() / ads["Spend in account currency"].sum()
    assert _has(text, round(roas, 3)), text


def test_inflation_overall_is_the_all_items_series_of_a_price_index() -> None:
    rng = np.random.default_rng(2022)
    months = pd.date_range("2015-01-01", "2023-12-01", freq="MS")
    names = [
        "CPIH ANNUAL RATE 00: ALL ITEMS 2015=100",
        "CPIH ANNUAL RATE 01: FOOD AND NON-ALCOHOLIC BEVERAGES 2015=100",
        "CPIH ANNUAL RATE 04: HOUSING, WATER, ELECTRICITY, GAS AND OTHER FUELS 2015=100",
        "CPIH ANNUAL RATE 06: HEALTH 2015=100",
        "CPIH ANNUAL RATE 07: TRANSPORT 2015=100",
        "CPIH ANNUAL RATE 10: EDUCATION 2015=100",
    ]
    ons = pd.DataFrame({"Title": months, **{n: rng.uniform(-1, 11, len(months)).round(1) for n in names}})
    overall = ons.set_index("Title")[names[0]]
    # "inflation" is the index's annual rate, and "overall" its all-items series among the parts named alike
    _, text = _run(ons.copy(), "when did overall inflation peak")
    assert names[0] in text.splitlines()[0] and f"**{overall.idxmax():%Y-%m-%d}**" in text, text
    _, text = _run(ons.copy(), "avg overall rate in 2019?")
    assert _has(text, round(overall[overall.index.year == 2019].mean(), 2)), text


def test_the_most_popular_thing_no_column_names_is_the_most_booked_type() -> None:
    rng = np.random.default_rng(6060)
    n = 500
    booked = pd.DataFrame(
        {
            "Start time": pd.date_range("2024-01-02 09:00", periods=n, freq="5h"),
            "Email": [f"client{i % 140}@example.com" for i in range(n)],
            "Type": rng.choice(["60 Minute Massage", "90 Minute Massage", "Deep Tissue Massage"], n, p=[0.5, 0.3, 0.2]),
            "Calendar": rng.choice(["Jessica Moore", "Ryan Patel"], n),
            "Amount Paid Online": rng.choice([0.0, 95.0, 135.0], n),
        }
    )
    # "service" names no column: what each booking is, is its Type, counted (no number says how popular)
    _, text = _run(booked.copy(), "what's our most popular service")
    top = booked["Type"].value_counts()
    assert text.startswith("Highest count by Type") and f"**{top.index[0]}**" in text, text


def test_a_word_inside_a_value_said_whole_is_no_measure_of_a_long_table() -> None:
    quarters = pd.date_range("2015-01-01", periods=36, freq="QS")
    kinds = ["Total retail sales", "E-commerce retail sales", "E-commerce as percent of total"]
    rng = np.random.default_rng(1999)
    sales = pd.DataFrame(
        [(q, k, float(rng.uniform(5, 15)) if "percent" in k else float(rng.uniform(1e5, 9e5))) for q in quarters
         for k in kinds],
        columns=["Period", "Data Type", "Value"],
    )  # fmt: skip
    # "retail" is the file's subject, but inside "e-commerce retail sales" it is part of the value said
    _, text = _run(
        sales.copy(), "average e-commerce retail sales in 2019?", file="census_quarterly_retail_ecommerce.csv"
    )
    kept = sales[(sales["Data Type"] == kinds[1]) & (sales["Period"].dt.year == 2019)]["Value"]
    assert "Data Type = E-commerce retail sales" in text.splitlines()[0] and _has(text, round(kept.mean())), text


def test_invoice_lines_count_invoices_by_their_number_and_take_an_invoice_total_once() -> None:
    rng = np.random.default_rng(4470)
    invoices = 120
    lines_each = rng.integers(1, 5, invoices)
    rows = []
    for i, k in enumerate(lines_each):
        amounts = rng.choice([220.0, 550.0, 1800.0], k)
        total = float(amounts.sum() * 1.1)
        for a in amounts:
            rows.append(
                {
                    "InvoiceNumber": f"INV-{i + 1:04d}",
                    "Total": total,
                    "TaxTotal": round(total / 11, 2),
                    "Quantity": 1.0,
                    "LineAmount": a,
                    "Status": rng.choice(["Paid", "Awaiting Payment"]),
                }
            )
    xero = pd.DataFrame(rows)  # fmt: skip
    # each invoice has a number of its own (InvoiceNumber, said in camel case): the invoices, not the lines
    _, text = _run(xero.copy(), "how many invoices do we have")
    assert f"**{invoices}**" in text, text
    # Total repeats on every line of its invoice: taken once per invoice, never added up over the lines
    _, text = _run(xero.copy(), "average invoice total")
    once = xero.groupby("InvoiceNumber")["Total"].first().mean()
    assert _has(text, round(once, 1)) and "taken once" in text, text


def test_an_sdmx_download_reads_its_period_its_country_codes_and_its_totals() -> None:
    rng = np.random.default_rng(2014)
    ages = ["TOTAL", "Y_LT15", "Y15-64", "Y_GE65"]
    geos = ["DE", "FR", "PL", "NL", "EU27_2020"]
    rows = []
    for g in geos:
        base = rng.uniform(5e6, 8e7)
        for y in range(2014, 2024):
            for a in ages:
                share = 1.0 if a == "TOTAL" else {"Y_LT15": 0.15, "Y15-64": 0.64, "Y_GE65": 0.21}[a]
                for sex, part in (("T", 1.0), ("F", 0.51), ("M", 0.49)):
                    rows.append(
                        (
                            "ESTAT:DEMO_PJANGROUP(1.0)",
                            "2024-03-14 23:00:00",
                            a,
                            sex,
                            g,
                            y,
                            round(base * (1 + (y - 2014) / 100) * share * part),
                        )
                    )
    names = ["DATAFLOW", "LAST UPDATE", "age", "sex", "geo", "TIME_PERIOD", "OBS_VALUE"]
    eu = pd.DataFrame(rows, columns=names)
    eu["LAST UPDATE"] = pd.to_datetime(eu["LAST UPDATE"])
    whole = eu[(eu["age"] == "TOTAL") & (eu["sex"] == "T")]
    # TIME_PERIOD is the year (not the date the file was last updated), "germany" is DE, and the figure is the
    # total row of the labels not named (age TOTAL, sex T)
    _, text = _run(eu.copy(), "what was germany's population in 2023", file="eurostat_population_by_age_sex.csv")
    de = whole[(whole["geo"] == "DE") & (whole["TIME_PERIOD"] == 2023)]["OBS_VALUE"].iloc[0]
    assert "TIME_PERIOD = 2023" in text.splitlines()[0] and _has(text, de), text
    # a change since a year of year numbers, read as numbers (never as dates of 1970)
    _, text = _run(
        eu.copy(), "how much has poland's population changed since 2014", file="eurostat_population_by_age_sex.csv"
    )
    assert "geo = PL" in text.splitlines()[0] and "2014 and 2023" in text.splitlines()[0], text


def test_a_plural_of_whole_counts_with_blank_drafts_still_adds_up_per_month() -> None:
    rng = np.random.default_rng(3605)
    n = 200
    sent = pd.Series(pd.date_range("2024-01-03", periods=n, freq="43h"))
    opens = rng.integers(600, 7000, n).astype(float)
    drafts = rng.random(n) < 0.05
    opens[drafts] = np.nan  # a draft was never sent: its counts are blank, so the whole numbers are decimals
    mail = pd.DataFrame({"Campaign name": [f"News #{i}" for i in range(n)], "Date sent": sent, "Opens": opens})
    # "the most opens" of a month: the month's opens added up, not its average campaign
    _, text = _run(mail.copy(), "which month in 2024 had the most opens")
    per_month = mail.groupby(mail["Date sent"].dt.to_period("M"))["Opens"].sum()
    assert f"**{per_month.idxmax()}**" in text and "average" not in text.split("\n\n")[1], text
    # a word written in full in one name (Directions actions) is never a longer form of another's (Direct searches)
    gbp = pd.DataFrame({"Direct searches": rng.integers(100, 900, 40), "Directions actions": rng.integers(5, 90, 40)})
    _, text = _run(gbp.copy(), "total directions")
    assert text.startswith("Total of Directions actions"), text


def test_a_long_table_s_data_column_is_its_figure_for_a_change_between_years() -> None:
    rng = np.random.default_rng(2022)
    seds = pd.DataFrame(
        [("", m, s, y, round(float(rng.uniform(5, 60)), 2)) for m in ["ESRCD", "NGRCD", "TETCD"]
         for s in ["CA", "TX", "NY", "US"] for y in range(1990, 2023)],
        columns=["Data_Status", "MSN", "StateCode", "Year", "Data"],
    )  # fmt: skip
    # Data is the table's one figure (MSN says what it is): the change asked of the rows its codes name
    _, text = _run(seds.copy(), "how much did ESRCD go up in CA between 2000 and 2022")
    ca = seds[(seds["MSN"] == "ESRCD") & (seds["StateCode"] == "CA")].set_index("Year")["Data"]
    assert "2000 and 2022" in text.splitlines()[0] and _has(text, round(ca[2022] - ca[2000], 2)), text


def test_the_file_s_own_rows_are_counted_and_who_is_the_one_who_submits() -> None:
    rng = np.random.default_rng(800)
    n = 600
    arrests = pd.DataFrame(
        {
            "Report ID": range(5_900_000, 5_900_000 + n),
            "Arrest Date": pd.date_range("2021-01-01", periods=n, freq="2D"),
            "Area ID": rng.integers(1, 22, n),
            "Age": rng.integers(14, 80, n),
        }
    )
    # the arrests are the file's rows: counted, never the codes of an Area ID that repeats
    _, text = _run(arrests.copy(), "how many arrests were there in 2023", file="la_crime_arrests.csv")
    assert _has(text, int((arrests["Arrest Date"].dt.year == 2023).sum())), text
    expenses = pd.DataFrame(
        {
            "Submitter": rng.choice(["maria@acme.com", "james@acme.com", "tom@acme.com"], n),
            "Expense Date": pd.date_range("2023-01-01", periods=n, freq="D"),
            "Amount": rng.uniform(5, 600, n).round(2),
        }
    )
    # "who has expensed the most": the one who submits the expenses, not the date the word "expensed" names
    _, text = _run(expenses.copy(), "who has expensed the most money")
    top = expenses.groupby("Submitter")["Amount"].sum().idxmax()
    assert "by Submitter" in text.splitlines()[0] and top.replace("@", "\\@") in text, text


def test_a_count_in_a_year_and_how_many_of_those_had_either_of_two_values() -> None:
    rng = np.random.default_rng(97)
    n = 390
    incidents = pd.DataFrame(
        {
            "id": [f"inc{i:05d}" for i in range(n)],
            "created_at": pd.date_range("2021-01-03", periods=n, freq="3D"),
            "impact": rng.choice(["none", "minor", "major", "critical"], n, p=[0.3, 0.4, 0.2, 0.1]),
        }
    )
    in_2023 = incidents[incidents["created_at"].dt.year == 2023]
    # one id a row: the year's rows counted, not every distinct id of the file
    _, text = _run(incidents.copy(), "how many incidents did we have in 2023")
    assert f"**{len(in_2023)}**" in text, text
    # "of those": that year's rows, and among them either value said
    _, text = _run(
        incidents.copy(), "how many incidents did we have in 2023", "how many of those were major or critical"
    )
    either = int(in_2023["impact"].isin(["major", "critical"]).sum())
    assert f"**{either} of {len(in_2023)}**" in text, text


def test_how_long_a_named_thing_takes_and_how_long_police_take_to_show_up() -> None:
    rng = np.random.default_rng(338)
    n = 500
    created = pd.Series(pd.date_range("2023-01-01", periods=n, freq="3h"))
    calls = pd.DataFrame(
        {
            "subject": rng.choice(["Pothole Repair", "Pothole Repair - Follow Up", "Illegal Dumping", "Graffiti"], n),
            "requested_datetime": created,
            "closed_datetime": created + pd.to_timedelta(rng.uniform(1, 400, n), unit="h"),
            "TimeArrive": created + pd.to_timedelta(rng.uniform(5, 90, n), unit="min"),
            "PoliceDistrict": rng.integers(1, 9, n),
        }
    )
    # "a pothole": the rows whose subject holds the word, though no column is named
    _, text = _run(calls.drop(columns="TimeArrive"), "how long does a pothole usually take to get fixed")
    pothole = calls[calls["subject"].str.contains("Pothole")]
    hours = (pothole["closed_datetime"] - pothole["requested_datetime"]).dt.total_seconds() / 3600
    assert "subject in Pothole Repair" in text.splitlines()[0] and _has(text, round(hours.median(), 1)), text
    # "show up" is the arrival, and "police" is no PoliceDistrict number
    _, text = _run(calls.drop(columns="closed_datetime"), "how long does it usually take police to show up")
    assert text.startswith("Time from requested_datetime to TimeArrive"), text


def test_an_order_s_own_amount_written_on_each_of_its_lines_is_added_once() -> None:
    rng = np.random.default_rng(4302)
    orders = 300
    lines_each = rng.integers(1, 4, orders)
    amounts = rng.uniform(10, 90, orders).round(2)
    shop = pd.DataFrame(
        {
            "Order ID": np.repeat([f"5764{i:08d}" for i in range(orders)], lines_each),
            "Product Name": rng.choice(["Serum", "Tumbler", "Mask"], lines_each.sum()),
            "Order Amount": np.repeat(amounts, lines_each),
        }
    )
    # the order's total, repeated on each of its lines: each order once, not a two-line order twice
    _, text = _run(shop.copy(), "whats our total order amount")
    assert _has(text, round(amounts.sum())) and not _has(text, round(shop["Order Amount"].sum())), text
    # an amount that differs between an order's lines is each line's own: added up over the lines
    shop["Order Amount"] = rng.uniform(10, 90, len(shop)).round(2)
    _, text = _run(shop.copy(), "whats our total order amount")
    assert _has(text, round(shop["Order Amount"].sum())), text


def test_how_long_i_sleep_is_the_one_length_of_time_not_a_name_the_verb_says_in_part() -> None:
    rng = np.random.default_rng(704)
    n = 400
    nights = pd.DataFrame(
        {
            "From": pd.date_range("2023-01-01 23:00", periods=n, freq="D"),
            "Hours": rng.uniform(4.8, 9.5, n).round(3),
            "Rating": rng.choice([0.0, 2.5, 3.0, 3.5, 4.0, 4.5], n),
            "DeepSleep": rng.uniform(0.1, 0.6, n).round(3),
            "LenAdjust": rng.integers(-12, 1, n),
        }
    )
    # "sleep" names DeepSleep only in part: the time slept is the one length of time kept, Hours
    _, text = _run(nights.copy(), "how long do i sleep on average")
    assert text.startswith("Mean of Hours") and _has(text, round(nights["Hours"].mean(), 2)), text
    _, text = _run(nights.copy(), "which month did i sleep the least")
    assert text.startswith("Lowest Hours"), text
    _, text = _run(nights.copy(), "does sleeping longer go with a better rating")
    assert "Hours" in text.splitlines()[0] and "Rating" in text.splitlines()[0], text
    # "which month did i spend the most" is money, never the hours
    spent = nights.assign(**{"Spend Total": rng.uniform(5, 90, n).round(2)})
    _, text = _run(spent, "which month did i spend the most")
    assert "Hours" not in text.splitlines()[0], text


def test_the_poorest_region_is_the_lowest_of_the_one_measure_of_wealth() -> None:
    rng = np.random.default_rng(1654)
    regions = {"South Asia": ["India", "Nepal"], "North America": ["United States", "Canada"], "Europe": ["France"]}
    rows = [
        (c, r, y, float(rng.uniform(500, 3000) if r == "South Asia" else rng.uniform(30000, 90000)))
        for r, cs in regions.items()
        for c in cs
        for y in range(2015, 2023)
    ]
    wdi = pd.DataFrame(rows, columns=["Country Name", "Region", "Year", "GDP per capita (current US$)"])
    # "poorest" names the one measure of wealth; the "US$" of its name is no United States
    _, text = _run(wdi.copy(), "which region was poorest on average in 2022")
    assert "Country Name" not in text.splitlines()[0] and "**South Asia**" in text, text


def test_a_value_of_the_file_s_subject_is_the_total_of_its_value_columns() -> None:
    rng = np.random.default_rng(765)
    n = 300
    land = rng.integers(100_000, 600_000, n)
    building = rng.integers(200_000, 1_500_000, n)
    homes = pd.DataFrame(
        {
            "CITY": rng.choice(["DORCHESTER", "BOSTON", "ROXBURY"], n),
            "LAND_VALUE": [f"{v:,}" for v in land],
            "BLDG_VALUE": [f"{v:,}" for v in building],
            "TOTAL_VALUE": [f"{v:,}" for v in land + building],
        }
    )
    # "property value": the total, "property" being what the file is about; "land value" stays the land's
    _, text = _run(homes.copy(), "whats the median property value", file="boston_property_assessment.csv")
    assert text.startswith("Median of TOTAL_VALUE") and _has(text, float(np.median(land + building))), text
    _, text = _run(homes.copy(), "median land value", file="boston_property_assessment.csv")
    assert text.startswith("Median of LAND_VALUE"), text


def test_a_rate_over_days_is_no_time_axis() -> None:
    rng = np.random.default_rng(2021)
    rows = [
        (c, ind, w, int(rng.integers(0, 5000)), float(rng.uniform(0, 900)))
        for c in ["Germany", "France", "Italy"]
        for ind in ["cases", "deaths"]
        for w in range(1, 40)
    ]
    ecdc = pd.DataFrame(rows, columns=["country", "indicator", "week", "weekly_count", "rate_14_day"])
    from notebook_agent.agent.offline.columns import Catalog

    rate = Catalog.from_profiles([_profile(ecdc)]).get("df", "rate_14_day")
    assert rate is not None and not rate.ordered and not rate.time


def test_a_label_said_before_a_money_verb_groups_the_money() -> None:
    rng = np.random.default_rng(1402)
    n = 300
    flows = pd.DataFrame(
        {
            "Flow Name": rng.choice(["Welcome Series", "Abandoned Cart", "Browse Abandonment"], n),
            "Date": pd.date_range("2023-01-02", periods=n, freq="D"),
            "Revenue": rng.uniform(0, 900, n).round(2),
        }
    )
    # "flow" before "brings in": the flows are ranked by their money, not the money added up over all rows
    _, text = _run(flows.copy(), "which flow brings in the most money")
    top = flows.groupby("Flow Name")["Revenue"].sum().idxmax()
    assert "by Flow Name" in text.splitlines()[0] and f"**{top}**" in text, text


def test_a_who_gho_download_reads_numeric_both_sexes_and_its_twin_year() -> None:
    rng = np.random.default_rng(2201)
    rows = [
        (y, c, code, s, sd, float(rng.uniform(5, 40)))
        for y in range(1975, 2017)
        for c, code in [("United States of America", "USA"), ("Kuwait", "KWT"), ("Japan", "JPN")]
        for s, sd in [("BTSX", "Both sexes"), ("MLE", "Male"), ("FMLE", "Female")]
    ]
    gho = pd.DataFrame(
        rows, columns=["YEAR (CODE)", "COUNTRY (DISPLAY)", "COUNTRY (CODE)", "SEX (CODE)", "SEX (DISPLAY)", "Numeric"]
    )
    gho.insert(1, "YEAR (DISPLAY)", gho["YEAR (CODE)"])
    gho["Low"], gho["High"] = gho["Numeric"] - 1, gho["Numeric"] + 1
    both = gho[gho["SEX (CODE)"] == "BTSX"]
    # WHO's figure is Numeric (Low and High its bounds); both sexes are the rows of a country; YEAR twice is a year
    _, text = _run(gho.copy(), "which country had the highest obesity rate in 2016", file="who_gho_obesity.csv")
    top = both[both["YEAR (CODE)"] == 2016].set_index("COUNTRY (DISPLAY)")["Numeric"].idxmax()
    first = text.splitlines()[0]
    assert "Numeric" in first and "2016" in first and "Both sexes" in first and f"**{top}**" in text, text
    # "the rate" is that figure, "the us" the United States, and "gone up since 1975" a change
    _, text = _run(gho.copy(), "what was the rate in the us in 2016", file="who_gho_obesity.csv")
    us = both[(both["YEAR (CODE)"] == 2016) & (both["COUNTRY (CODE)"] == "USA")]["Numeric"].iloc[0]
    assert _has(text, us), text
    _, text = _run(gho.copy(), "how much has obesity gone up in japan since 1975", file="who_gho_obesity.csv")
    jp = both[both["COUNTRY (CODE)"] == "JPN"].set_index("YEAR (CODE)")["Numeric"]
    assert _has(text, jp[2016] - jp[1975]), text


def test_the_most_common_word_names_its_label_and_reasons_the_worded_type() -> None:
    rng = np.random.default_rng(2202)
    n = 400
    zaps = pd.DataFrame(
        {
            "Status": rng.choice(["Success", "Errored", "Filtered"], n, p=[0.7, 0.2, 0.1]),
            "Error Message": rng.choice(["Network error: timed out", "Auth expired", "Rate limited", ""], n),
        }
    )
    # "error" names Error Message, not the rows whose Status is Errored
    _, text = _run(zaps.copy(), "what's the most common error")
    assert "Error Message" in text.splitlines()[0], text
    calls = pd.DataFrame(
        {
            "Type_": rng.choice(["103D", "21", "107"], n),
            "Priority": rng.choice(["1A", "2C"], n),
        }
    )
    calls["TypeText"] = calls["Type_"].map(
        {"103D": "DISTURBANCE (DOMESTIC)", "21": "COMPLAINT OTHER", "107": "SUSPICIOUS"}
    )
    # "reasons people call": what each call is, in words (TypeText beside its code Type_)
    _, text = _run(calls.copy(), "what are the top 5 reasons people call", file="calls_for_service.csv")
    assert "TypeText" in text.splitlines()[0], text


def test_sells_best_plans_customers_and_agents() -> None:
    rng = np.random.default_rng(2203)
    n = 500
    sales = pd.DataFrame(
        {
            "product_name": rng.choice(["Pro", "Starter", "Team"], n, p=[0.5, 0.3, 0.2]),
            "country_code": rng.choice(["US", "GB", "DE"], n, p=[0.5, 0.3, 0.2]),
            "subtotal": rng.uniform(10, 90, n).round(2),
        }
    )
    sales["tax"] = (sales["subtotal"] * 0.2).round(2)
    sales["total"] = sales["subtotal"] + sales["tax"]
    # "sells best" is sold the most, "plan" the product a subscription sells, "where are our customers" a place
    _, text = _run(sales.copy(), "which plan sells best")
    assert "by product_name" in text.splitlines()[0] and "**Pro**" in text, text
    _, text = _run(sales.copy(), "where are most of our customers")
    assert "by country_code" in text.splitlines()[0] and "**US**" in text, text
    tickets = pd.DataFrame(
        {
            "Assignee": rng.choice(["Omar", "Lena", "Kofi"], n),
            "Customer Email": [f"c{i}@x.com" for i in range(n)],
            "First Response Time (s)": rng.uniform(60, 90000, n).round(),
            "Satisfaction Score": np.where(rng.random(n) < 0.2, rng.integers(1, 6, n), np.nan),
        }
    )
    _, text = _run(tickets.copy(), "which agent gets the best satisfaction scores")
    assert "by Assignee" in text.splitlines()[0], text
    # "usually" asks for a typical length; "first reply" is the first response
    _, text = _run(tickets.copy(), "how long does it usually take us to first reply")
    assert text.startswith("Mean of First Response Time (s)"), text
    # tickets that "never got a rating" are those without a score
    _, text = _run(tickets.copy(), "what share of tickets never got a rating")
    assert _has(text, 100 * tickets["Satisfaction Score"].isna().mean()), text


def test_money_still_owed_or_paid_back() -> None:
    rng = np.random.default_rng(2204)
    n = 300
    amount = rng.uniform(100, 5000, n).round(2)
    paid = rng.random(n) < 0.8
    bills = pd.DataFrame(
        {"Vendor Name": rng.choice(["Comcast", "AWS"], n), "Amount": amount, "Amount Due": np.where(paid, 0, amount)}
    )
    # "owe" is the amount due; "money" only says the answer is an amount
    _, text = _run(bills.copy(), "how much money do we still owe")
    assert "Amount Due" in text.splitlines()[0] and _has(text, bills["Amount Due"].sum()), text
    invoices = pd.DataFrame(
        {
            "Invoice Status": rng.choice(["paid", "overdue", "sent", "viewed"], n, p=[0.85, 0.07, 0.05, 0.03]),
            "Line Total": amount,
        }
    )
    # no column says what is owed: the invoices not paid
    _, text = _run(invoices.copy(), "how much money is still outstanding")
    assert _has(text, invoices[invoices["Invoice Status"] != "paid"]["Line Total"].sum()), text
    reports = pd.DataFrame(
        {"Report Status": rng.choice(["Reimbursed", "Processing", "Open"], n, p=[0.8, 0.1, 0.1]), "Amount": amount}
    )
    _, text = _run(reports.copy(), "how much money has been paid back so far")
    assert _has(text, reports[reports["Report Status"] == "Reimbursed"]["Amount"].sum()), text


def test_a_count_of_column_is_summed_and_those_keep_their_rows() -> None:
    rng = np.random.default_rng(2205)
    months = pd.date_range("2023-04-01", periods=12, freq="MS")
    rows = [
        (m, s, h, t, int(rng.integers(1000, 90000)))
        for m in months
        for s in ["Attended", "DNA", "Unknown"]
        for h in ["GP", "Nurse"]
        for t in ["Same Day", "1 Day", "2 to 7 Days"]
    ]
    gp = pd.DataFrame(
        rows, columns=["APPOINTMENT_MONTH", "APPT_STATUS", "HCP_TYPE", "TIME_BETWEEN", "COUNT_OF_APPOINTMENTS"]
    )
    # COUNT_OF_APPOINTMENTS counts the appointments each row stands for: summed, never the rows counted
    _, text = _run(gp.copy(), "how many appointments were there overall", file="gp_appointments.csv")
    assert _has(text, gp["COUNT_OF_APPOINTMENTS"].sum()), text
    _, text = _run(
        gp.copy(), "how many got seen the same day", "and how many of those were with a gp", file="gp_appointments.csv"
    )
    same = gp[(gp["TIME_BETWEEN"] == "Same Day") & (gp["HCP_TYPE"] == "GP")]
    assert _has(text, same["COUNT_OF_APPOINTMENTS"].sum()), text


def test_a_family_of_counts_with_its_total_is_counted_by_its_word() -> None:
    rng = np.random.default_rng(2206)
    rows = [(c, y, m) for c in ["Pakistan", "Nigeria", "India"] for y in (2022, 2023) for m in range(1, 13)]
    who = pd.DataFrame(rows, columns=["country", "year", "month"])
    for part in ("clinical", "epi_linked", "lab_confirmed"):
        who[f"measles_{part}"] = rng.integers(0, 900, len(who))
        who[f"rubella_{part}"] = rng.integers(0, 90, len(who))
    who["measles_total"] = who[[f"measles_{p}" for p in ("clinical", "epi_linked", "lab_confirmed")]].sum(axis=1)
    who["rubella_total"] = who[[f"rubella_{p}" for p in ("clinical", "epi_linked", "lab_confirmed")]].sum(axis=1)
    # "measles cases" is measles_total, though "measles" starts five names (not the rows, as "stops" would be)
    _, text = _run(who.copy(), "how many measles cases were reported in 2023", file="who_measles_rubella_monthly.csv")
    assert _has(text, who[who["year"] == 2023]["measles_total"].sum()), text
    _, text = _run(
        who.copy(), "which country had the most rubella cases overall", file="who_measles_rubella_monthly.csv"
    )
    top = who.groupby("country")["rubella_total"].sum().idxmax()
    assert "rubella_total" in text.splitlines()[0] and f"**{top}**" in text, text


def test_a_verb_of_the_rows_counts_them_and_vehicle_codes_by_name() -> None:
    rng = np.random.default_rng(2207)
    n = 500
    tows = pd.DataFrame(
        {
            "Make": rng.choice(["TOYT", "HOND", "CHEV", "FORD"], n),
            "Color": rng.choice(["BLK", "WHI", "SIL", "GRY"], n),
            "Towed to Address": rng.choice(["701 N. Sacramento", "10300 S. Doty"], n),
        }
    )
    # "got towed" in a file of towed vehicles: its rows, not the Towed to Address column
    _, text = _run(tows.copy(), "how many cars got towed", file="chicago_towed_vehicles.csv")
    assert "Towed to Address" not in text.splitlines()[0] and _has(text, n), text
    # BLK is black and TOYT Toyota, as police and parking files write them
    _, text = _run(
        tows.copy(),
        "how many black cars were towed",
        "how many of those were toyotas",
        file="chicago_towed_vehicles.csv",
    )
    assert _has(text, ((tows["Color"] == "BLK") & (tows["Make"] == "TOYT")).sum()), text


def test_a_count_then_a_verb_of_the_rows_counts_rows_per_group() -> None:
    rng = np.random.default_rng(2208)
    n = 600
    notes = pd.DataFrame(
        {
            "Highlight": [f"passage {i}" for i in range(n)],
            "Book Title": rng.choice(["Atomic Habits", "Deep Work", "Range"], n, p=[0.5, 0.3, 0.2]),
            "Book Author": rng.choice(["James Clear", "Cal Newport", "David Epstein"], n),
            "Location": rng.integers(1, 5000, n),
            "Highlighted at": pd.date_range("2023-01-01", periods=n, freq="12h").strftime("%Y-%m-%d %H:%M:%S"),
        }
    )
    # after "how many highlights", the most highlighted book counts rows (Highlight is text, not a measure)
    _, text = _run(notes.copy(), "how many highlights do i have", "which book have i highlighted the most")
    assert "by Book Title" in text.splitlines()[0] and "**Atomic Habits**" in text, text
    # "author" is no "at" of Highlighted at
    _, text = _run(notes.copy(), "who's my most highlighted author")
    assert "by Book Author" in text.splitlines()[0], text
    posts = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", periods=n, freq="15h").strftime("%Y-%m-%d"),
            "Channel": rng.choice(["Instagram", "LinkedIn"], n),
            "Post Text": [f"post {i}" for i in range(n)],
            "Likes": rng.integers(0, 500, n),
            "Engagement Rate": rng.uniform(0, 9, n).round(2),
        }
    )
    # "platform" is the Channel; "post the most" counts the posts, not the last turn's measure
    _, text = _run(posts.copy(), "which platform gets us the most likes")
    assert "by Channel" in text.splitlines()[0], text
    _, text = _run(posts.copy(), "whats the average engagement rate", "what month did we post the most")
    top = pd.to_datetime(posts["Date"]).dt.to_period("M").value_counts().idxmax()
    assert "Engagement Rate" not in text.splitlines()[0] and top.strftime("%Y-%m") in text, text


def test_inflation_in_a_long_price_index_and_spend_with_vat() -> None:
    rng = np.random.default_rng(2209)
    periods = pd.date_range("2019-01-01", "2024-06-01", freq="MS")  # (the upload reads "2019-01" as a date)
    rows = [
        (a, t, e, p, float(rng.uniform(-1, 12) if t.startswith("Growth") else rng.uniform(90, 140)))
        for a in ["Hungary", "Japan", "United Kingdom"]
        for t in ["Growth rate, over 1 year", "Not applicable"]
        for e in ["Total", "Food"]
        for p in periods
    ]
    cpi = pd.DataFrame(rows, columns=["Reference area", "Transformation", "Expenditure", "TIME_PERIOD", "OBS_VALUE"])
    cpi["BASE_PER"] = np.where(cpi["Transformation"] == "Not applicable", 2015, np.nan)
    rate = cpi[(cpi["Transformation"] == "Growth rate, over 1 year") & (cpi["Expenditure"] == "Total")]
    # inflation is the yearly growth rate's rows ("over 1" in that label is no bound), of the all-items total
    _, text = _run(cpi.copy(), "which country had the worst inflation in 2022")
    worst = rate[rate["TIME_PERIOD"].dt.year == 2022].groupby("Reference area")["OBS_VALUE"].mean()
    assert "Growth rate, over 1 year" in text.splitlines()[0] and f"**{worst.idxmax()}**" in text, text
    _, text = _run(cpi.copy(), "what was inflation in japan in june 2024")
    june = rate[(rate["Reference area"] == "Japan") & (rate["TIME_PERIOD"] == "2024-06-01")]["OBS_VALUE"].iloc[0]
    assert _has(text, june), text
    n = 200
    charging = pd.DataFrame(
        {"Site": rng.choice(["Berlin", "Hamburg"], n), "Total Exc. VAT": rng.uniform(5, 40, n).round(2)}
    )
    charging["VAT"] = (charging["Total Exc. VAT"] * 0.19).round(2)
    charging["Total Inc. VAT"] = charging["Total Exc. VAT"] + charging["VAT"]
    # what was spent is what was paid, VAT included
    _, text = _run(charging.copy(), "how much have i spent on supercharging in total")
    assert "Total Inc. VAT" in text.splitlines()[0] and _has(text, charging["Total Inc. VAT"].sum()), text


def test_a_ratio_of_totals_keeps_the_value_said() -> None:
    rng = np.random.default_rng(2210)
    n = 300
    terms = pd.DataFrame(
        {
            "Match type": rng.choice(["Exact match", "Broad match", "Phrase match"], n),
            "Cost": rng.uniform(0, 40, n).round(2),
            "Clicks": rng.integers(1, 30, n),
        }
    )
    # "on exact match": the ratio of the totals on those rows only
    _, text = _run(terms.copy(), "avg cost per click on exact match?")
    exact = terms[terms["Match type"] == "Exact match"]
    assert "Exact match" in text.splitlines()[0] and _has(text, exact["Cost"].sum() / exact["Clicks"].sum()), text


def test_orders_in_several_currencies_a_discount_used_and_that_as_a_share() -> None:
    rng = np.random.default_rng(2211)
    n = 400
    rate = {"USD": 1.0, "EUR": 1.1, "GBP": 1.27}
    orders = pd.DataFrame(
        {
            "Currency": rng.choice(list(rate), n),
            "Status": rng.choice(["paid", "refunded"], n, p=[0.93, 0.07]),
            "Total": rng.uniform(20, 200, n).round(2),
            "Discount Code": np.where(rng.random(n) < 0.1, "SPRING10", None),  # (blank, as read from the file)
        }
    )
    orders["Total (USD)"] = (orders["Total"] * orders["Currency"].map(rate)).round(2)
    # orders in several currencies: the money is Total (USD), not each order's own currency added up
    _, text = _run(orders.copy(), "how much money have we made in total")
    assert "Total (USD)" in text.splitlines()[0] and _has(text, orders["Total (USD)"].sum()), text
    _, text = _run(orders.copy(), "average order value?")
    assert _has(text, orders["Total (USD)"].mean()), text
    # "used a discount code": the rows where one is written
    _, text = _run(orders.copy(), "how many orders used a discount code")
    assert _has(text, orders["Discount Code"].notna().sum()), text
    # the count just given, as a share of all rows
    _, text = _run(orders.copy(), "how many orders got refunded", "what's that as a percentage of all orders")
    assert _has(text, 100 * (orders["Status"] == "refunded").mean()), text


def test_a_kind_after_a_dash_an_indicator_and_a_rate_beside_counts() -> None:
    rng = np.random.default_rng(2212)
    n = 500
    crashes = pd.DataFrame(
        {
            "top_traffic_accident_offense": rng.choice(
                ["TRAF - ACCIDENT", "TRAF - ACCIDENT - HIT & RUN", "TRAF - ACCIDENT - FATAL"], n, p=[0.7, 0.25, 0.05]
            ),
            "bicycle_ind": np.where(rng.random(n) < 0.05, 1, np.nan),
            "pedestrian_ind": np.where(rng.random(n) < 0.04, 1, np.nan),
        }
    )
    # "hit and runs" are the kind written after the dash ("HIT & RUN")
    _, text = _run(crashes.copy(), "how many were hit and runs")
    assert _has(text, (crashes["top_traffic_accident_offense"] == "TRAF - ACCIDENT - HIT & RUN").sum()), text
    # "involved" is no "ind": pedestrian_ind is named by "pedestrian"
    _, text = _run(crashes.copy(), "what percent of accidents involved a pedestrian")
    assert "pedestrian_ind" in text.splitlines()[0] and _has(text, 100 * (crashes["pedestrian_ind"] == 1).mean()), text
    rows = [
        (c, y, u, float(rng.uniform(1, 60)) if u.startswith("Rate") else float(rng.integers(100, 60000)))
        for c in ["Brazil", "Jamaica", "Japan"]
        for y in range(2010, 2022)
        for u in ["Counts", "Rate per 100,000 population"]
    ]
    unodc = pd.DataFrame(rows, columns=["Country", "Year", "Unit of measurement", "VALUE"])
    rates = unodc[unodc["Unit of measurement"] != "Counts"]
    counts = unodc[unodc["Unit of measurement"] == "Counts"]
    # "murder rate" is the figure in the rate's rows; "how many were killed" the counts'
    _, text = _run(unodc.copy(), "which country had the highest murder rate in 2020")
    top = rates[rates["Year"] == 2020].set_index("Country")["VALUE"].idxmax()
    assert "Rate per 100,000 population" in text.splitlines()[0] and f"**{top}**" in text, text
    _, text = _run(unodc.copy(), "how many people were killed in brazil in 2019")
    assert _has(text, counts[(counts["Country"] == "Brazil") & (counts["Year"] == 2019)]["VALUE"].iloc[0]), text


def test_a_kind_of_record_counted_and_a_log_going_up_or_down() -> None:
    rng = np.random.default_rng(2213)
    n = 900
    log = pd.DataFrame(
        {
            "Date/Time": pd.to_datetime("2022-01-01") + pd.to_timedelta(rng.integers(0, 730, n), unit="D"),
            "ID": [f"2022-{i:05d}" for i in range(n)],
            "Type": rng.choice(["LARCENY OF BICYCLE", "LARCENY FROM BUILDING", "DISTURBANCE", "FRAUD"], n),
        }
    )
    log.loc[5, "ID"] = log.loc[4, "ID"]  # (an incident of two entries: the ids repeat)
    in_2023 = log[log["Date/Time"].dt.year == 2023]
    larcenies = in_2023[in_2023["Type"].str.contains("LARCENY")]
    # "larcenies": every kind of larceny, that year, each incident once
    _, text = _run(log.copy(), "how many larcenies were there in 2023")
    assert _has(text, larcenies["ID"].nunique()), text
    # "go up or down from 2022 to 2023" of a log: its rows each year
    _, text = _run(log.copy(), "did incidents go up or down from 2022 to 2023")
    assert _has(text, len(in_2023)) and _has(text, (log["Date/Time"].dt.year == 2022).sum()), text
    items = pd.DataFrame(
        {
            "Vendor": rng.choice(["Hario Europe", "Fellow", "Acaia"], 300, p=[0.5, 0.3, 0.2]),
            "Reason": rng.choice(["Connection Timeout", "HTTP 500", "DNS"], 300, p=[0.6, 0.3, 0.1]),
        }
    )
    # "supplier" is the Vendor; "the most common cause" the Reason
    _, text = _run(items.copy(), "which supplier do we buy the most items from")
    assert "by Vendor" in text.splitlines()[0] and "**Hario Europe**" in text, text
    _, text = _run(items.copy(), "whats the most common cause of outages")
    assert "Reason" in text.splitlines()[0] and "**Connection Timeout**" in text, text


def test_a_series_said_by_its_own_words_and_countries_kept_as_codes() -> None:
    rng = np.random.default_rng(2214)
    series = {
        "Proportion of population with access to electricity, by urban/rural (%)": (30, 100),
        "Proportion of population below international poverty line (%)": (0, 60),
    }
    rows = [
        (7 if "electricity" in s else 1, 7.1 if "electricity" in s else 1.1, s, c, y, y, loc, float(rng.uniform(*r)))
        for s, r in series.items()
        for c in ["Burundi", "Kenya", "World"]
        for y in range(2005, 2023)
        for loc in (["ALLAREA", "URBAN", "RURAL"] if "electricity" in s else [""])
    ]
    sdg = pd.DataFrame(
        rows,
        columns=[
            "Goal",
            "Target",
            "SeriesDescription",
            "GeoAreaName",
            "TimePeriod",
            "Time_Detail",
            "Location",
            "Value",
        ],
    )
    sdg["Location"] = sdg["Location"].replace("", np.nan)
    power = sdg[sdg["SeriesDescription"].str.contains("electricity") & (sdg["Location"] == "ALLAREA")]
    # "access to electricity" is the one series holding those words; Value the figure beside Goal and Target codes;
    # ALLAREA the rows of every area
    _, text = _run(sdg.copy(), "what was electricity access for the whole world in 2022")
    world = power[(power["GeoAreaName"] == "World") & (power["TimePeriod"] == 2022)]["Value"].iloc[0]
    assert "SeriesDescription" in text.splitlines()[0] and "1 row." in text.splitlines()[0] and _has(text, world), text
    rows = [
        (c, t, s, float(rng.uniform(2, 25)))
        for c in ["USA", "CAN", "ESP"]
        for t in range(2023 * 12, 2023 * 12 + 12)
        for s in ["TOT", "MEN", "WOMEN"]
    ]
    oecd = pd.DataFrame(rows, columns=["LOCATION", "TIME", "SUBJECT", "Value"])
    # "which country" of the OECD's LOCATION, kept as ISO codes
    _, text = _run(oecd.copy(), "which country had the highest unemployment on average")
    assert "by LOCATION" in text.splitlines()[0], text


def test_youth_the_worst_of_a_bad_figure_and_girls_in_a_shortened_series() -> None:
    rng = np.random.default_rng(2215)
    rows = [
        (g, a, s, p, float(rng.uniform(3, 30)))
        for g in ["ES", "DE", "IT"]
        for a in ["TOTAL", "Y_LT25", "Y25-74"]
        for s in ["F", "M", "T"]
        for p in pd.date_range("2023-01-01", periods=12, freq="MS")
    ]
    eu = pd.DataFrame(rows, columns=["geo", "age", "sex", "TIME_PERIOD", "OBS_VALUE"])
    young = eu[(eu["age"] == "Y_LT25") & (eu["sex"] == "T")].groupby("geo")["OBS_VALUE"].mean()
    # "youth" is the age band under 25; "the worst unemployment" the highest figure
    _, text = _run(eu.copy(), "which country had the worst youth unemployment in 2023", file="unemployment_monthly.csv")
    assert "age = Y_LT25" in text.splitlines()[0] and f"**{young.idxmax()}**" in text, text
    long = "Out-of-school rate for children of primary school age, "
    rows = [
        (c, long + s, y, float(rng.uniform(1, 60)))
        for c in ["Eritrea", "Niger", "Chad"]
        for s in ["both sexes (%)", "female (%)", "male (%)"]
        for y in range(2010, 2020)
    ]
    uis = pd.DataFrame(rows, columns=["Country", "Indicator", "TIME", "Value"])
    # "girls" and "boys" are the series ending in female and male, however shortened the label is
    _, text = _run(uis.copy(), "which country has the highest out of school rate for girls in 2018", "and for boys?")
    boys = uis[(uis["Indicator"] == long + "male (%)") & (uis["TIME"] == 2018)].set_index("Country")["Value"]
    assert "male" in text.splitlines()[0] and f"**{boys.idxmax()}**" in text, text


def test_a_vendor_paid_the_most_and_a_table_of_one_figure_growing() -> None:
    rng = np.random.default_rng(2216)
    n = 300
    bills = pd.DataFrame(
        {
            "Vendor Name": rng.choice(["WeWork", "Comcast", "AWS"], n),
            "Payment Status": rng.choice(["Paid In Full", "Open", "Scheduled"], n),
            "Amount": rng.uniform(50, 5000, n).round(2),
        }
    )
    # "vendor" is Vendor Name, never Payment Status read from "pay" and a split of its name
    _, text = _run(bills.copy(), "which vendor do we pay the most")
    assert "by Vendor Name" in text.splitlines()[0], text
    rows = [
        (c, y, float(1000 * (1.08 if c == "China" else 1.03) ** (y - 2000)))
        for c in ["China", "India"]
        for y in range(2000, 2023)
    ]
    wdi = pd.DataFrame(rows, columns=["Country Name", "Year", "GDP per capita (current US$)"])
    # "how much did china grow": the table's one figure, from the first year said to the last
    _, text = _run(wdi.copy(), "how much did china grow between 2000 and 2022")
    china = wdi[wdi["Country Name"] == "China"].set_index("Year")["GDP per capita (current US$)"]
    assert _has(text, china[2022] - china[2000]), text


def test_a_long_status_description_or_the_file_s_subject_names_no_series() -> None:
    rng = np.random.default_rng(2217)
    n = 400
    status = rng.choice(["OPEN", "CLOSE"], n, p=[0.4, 0.6])
    said = {
        "OPEN": "The following complaint conditions are still open. HPD may attempt to contact you",
        "CLOSE": "The Department of Housing Preservation and Development responded to a complaint",
    }
    hpd = pd.DataFrame({"ComplaintStatus": status, "StatusDescription": [said[s] for s in status]})
    # "still open" is the status OPEN, not the description that happens to say it
    _, text = _run(hpd.copy(), "how many are still open")
    assert "StatusDescription" not in text.splitlines()[0] and _has(text, (status == "OPEN").sum()), text


def test_money_paid_spent_or_named_total_is_added_up() -> None:
    rng = np.random.default_rng(2301)
    n = 300
    totals = rng.uniform(200, 3000, n).round(2)
    status = rng.choice(["Paid", "Overdue", "Sent"], n, p=[0.7, 0.1, 0.2])
    invoices = pd.DataFrame({"Status": status, "Total": [f"${t:,.2f}" for t in totals]})
    # "paid" is a Status value and a verb of money that changed hands: the Total of the paid rows, added up
    _, text = _run(invoices.copy(), "how much have i been paid in total")
    assert text.startswith("Total of Total where Status = Paid") and _has(text, totals[status == "Paid"].sum()), text
    kinds = rng.choice(["CARD_PAYMENT", "TRANSFER", "TOPUP"], n)
    amount = np.where(kinds == "TOPUP", 1, -1) * rng.uniform(5, 500, n).round(2)
    revolut = pd.DataFrame(
        {
            "Type": kinds,
            "Payer": rng.choice(["Hannah Clarke", "Ben Murphy", "Oliver Shah"], n),
            "Amount": amount,
            "Fee": np.where(kinds == "TRANSFER", -0.5, 0.0),
        }
    )
    revolut["Total amount"] = revolut["Amount"] + revolut["Fee"]
    # money spent is the charges, made positive; Revolut's Total amount (with its fee) is the same money
    _, text = _run(revolut.copy(), "how much have we spent on card payments")
    cards = -revolut.loc[kinds == "CARD_PAYMENT", "Amount"].sum()
    assert _has(text, cards) and "Total amount" not in text.splitlines()[0], text
    _, text = _run(revolut.copy(), "who on the team spends the most on their card")
    spent = revolut[(revolut["Amount"] < 0) & (kinds == "CARD_PAYMENT")]  # "on their card": the card payments
    assert "by Payer" in text.splitlines()[0] and f"**{(-spent.groupby('Payer')['Amount'].sum()).idxmax()}**" in text
    jobs = pd.DataFrame({"Job type": rng.choice(["Recurring", "One-off"], n), "Total revenue ($)": totals})
    # "total revenue" of Total revenue ($): the word is the name's and the question's, the figure is added up
    _, text = _run(jobs.copy(), "what's our total revenue")
    assert text.startswith("Total of Total revenue ($)") and _has(text, totals.sum()), text


def test_what_people_report_the_most_is_what_each_row_is() -> None:
    rng = np.random.default_rng(2302)
    n = 400
    requests = pd.DataFrame(
        {
            "service_name": rng.choice(
                ["Pothole", "Graffiti", "Illegal Dumping", "Streetlight"], n, p=[0.4, 0.3, 0.2, 0.1]
            ),
            "case_origin": rng.choice(["Mobile", "Web", "Phone"], n),
            "public_description": rng.choice(["again!!", "big one", "please fix"], n),
        }
    )
    # no noun at all: what is reported is what each row is, its service, not a note or how it came in
    _, text = _run(requests.copy(), "what do people report the most")
    top = requests["service_name"].value_counts().idxmax()
    assert "by service_name" in text.splitlines()[0] and f"**{top}**" in text, text
    workouts = pd.DataFrame(
        {"Workout Type": rng.choice(["Walking", "Running", "Cycling"], n, p=[0.5, 0.3, 0.2]), "Location": "Outdoor"}
    )
    _, text = _run(workouts.copy(), "what do i do most often")
    assert f"**{workouts['Workout Type'].value_counts().idxmax()}**" in text, text


def test_numbered_routes_and_districts_are_labels_and_days_of_the_week_filter() -> None:
    rng = np.random.default_rng(2303)
    days = pd.date_range("2023-01-01", periods=120, freq="D")
    routes = ["3", "9", "66", "79", "J14"]
    cta = pd.DataFrame(
        [(r, d.strftime("%m/%d/%Y"), int(rng.integers(2000, 20000))) for r in routes for d in days],
        columns=["route", "date", "rides"],
    )
    # a route written as a number is a label, and "busiest" ranks by the rides counted on each row
    _, text = _run(cta.copy(), "which bus route is the busiest")
    assert f"**{cta.groupby('route')['rides'].sum().idxmax()}**" in text and "by route" in text.splitlines()[0], text
    # "the 66" names the route; "and on sundays?" keeps it and keeps the Sundays of the date
    _, text = _run(cta.copy(), "average daily riders on the 66?", "and on sundays?")
    when = pd.to_datetime(cta["date"], format="%m/%d/%Y")
    sundays = cta[(cta["route"] == "66") & (when.dt.day_of_week == 6)]["rides"]
    assert "route = 66" in text.splitlines()[0] and _has(text, sundays.mean()), text
    calls = pd.DataFrame({"COUNCIL_DISTRICT": rng.choice([1, 2, 3, 4, 5], 500, p=[0.1, 0.1, 0.5, 0.2, 0.1])})
    # a winning district is said with its name, not as a bare number
    _, text = _run(calls.copy(), "which district has the most cases")
    assert f"**council district {calls['COUNCIL_DISTRICT'].value_counts().idxmax()}**" in text, text


def test_who_money_went_to_or_came_from_and_where_it_goes() -> None:
    rng = np.random.default_rng(2304)
    n = 400
    starling = pd.DataFrame(
        {
            "Counter Party": rng.choice(["Tesco", "J Carter", "HMRC", "Uber"], n),
            "Spending Category": rng.choice(["GROCERIES", "PAYMENTS", "TRANSPORT"], n),
            "Amount (GBP)": np.where(rng.random(n) < 0.8, -1, 1) * rng.uniform(5, 900, n).round(2),
        }
    )
    out = starling[starling["Amount (GBP)"] < 0]
    _, text = _run(starling.copy(), "who did we pay the most money to")
    top = (-out.groupby("Counter Party")["Amount (GBP)"].sum()).idxmax()
    assert "by Counter Party" in text.splitlines()[0] and f"**{top}**" in text, text
    payoneer = pd.DataFrame(
        {
            "Description": rng.choice(
                ["Payment from Upwork Global Inc.", "Payment from Toptal LLC", "Fee for withdrawal to bank"], n
            ),
            "Amount": rng.uniform(10, 2000, n).round(2),
        }
    )
    payoneer.loc[payoneer["Description"].str.startswith("Fee"), "Amount"] *= -0.01
    _, text = _run(payoneer.copy(), "who paid me the most")
    earned = payoneer[payoneer["Amount"] > 0]
    assert f"**{earned.groupby('Description')['Amount'].sum().idxmax()}**" in text, text
    monzo = pd.DataFrame(
        {
            "Name": rng.choice(["Octopus", "Tesco", "Amazon"], n),
            "Category": rng.choice(["Bills", "Groceries", "Shopping"], n, p=[0.5, 0.3, 0.2]),
            "Amount": -rng.uniform(5, 200, n).round(2),
        }
    )
    monzo.loc[:20, "Amount"] *= -1
    # "where does our money go", as a budget answers it: by category
    _, text = _run(monzo.copy(), "where does most of our money go")
    spent = monzo[monzo["Amount"] < 0]
    assert f"**{(-spent.groupby('Category')['Amount'].sum()).idxmax()}**" in text, text


def test_orders_tickets_receipts_currencies_and_one_year_s_months() -> None:
    rng = np.random.default_rng(2305)
    n = 300
    orders = pd.DataFrame(
        {
            "Order #": rng.integers(7_000_000, 8_000_000, n),
            "Ticket Type": rng.choice(["VIP", "General Admission"], n, p=[0.2, 0.8]),
            "Quantity": rng.integers(1, 5, n),
            "Total Paid": rng.uniform(20, 900, n).round(2),
        }
    )
    # "order value" is what each order came to, never the order's number
    _, text = _run(orders.copy(), "average order value for vip tickets")
    vip = orders["Ticket Type"] == "VIP"
    assert "Order #" not in text.splitlines()[0] and _has(text, orders.loc[vip, "Total Paid"].mean()), text
    # tickets sold are the Quantity on each order, added up
    _, text = _run(orders.copy(), "how many tickets have we sold")
    assert _has(text, orders["Quantity"].sum()), text
    expenses = pd.DataFrame(
        {
            "Team": rng.choice(["Sales", "Engineering"], n),
            "Original currency": rng.choice(["EUR", "USD", "GBP"], n),
            "Receipt": rng.choice(["Yes", "No"], n, p=[0.85, 0.15]),
            "Cost": rng.uniform(5, 400, n).round(2),
        }
    )
    # a Receipt of Yes and No: the No rows are the ones missing a receipt
    _, text = _run(expenses.copy(), "how many expenses are missing a receipt")
    assert f"**{int((expenses['Receipt'] == 'No').sum())}**" in text, text
    # "dollars" is the currency USD
    _, text = _run(expenses.copy(), "how many purchases were paid in dollars")
    assert f"**{int((expenses['Original currency'] == 'USD').sum())} of" in text, text
    days = pd.date_range("2022-01-03", "2024-12-31", freq="B")
    ecb = pd.DataFrame(
        {"TIME_PERIOD": days.strftime("%Y-%m-%d"), "CURRENCY": "GBP", "OBS_VALUE": rng.uniform(0.8, 0.9, len(days))}
    )
    # "in 2024 which month": that year's months, each said with its year
    _, text = _run(ecb.copy(), "in 2024 which month had the highest average pound rate")
    in_2024 = ecb[ecb["TIME_PERIOD"].str.startswith("2024")]
    best = in_2024.groupby(in_2024["TIME_PERIOD"].str[:7])["OBS_VALUE"].mean().idxmax()
    assert f"**{best}**" in text, text


def test_blood_pressure_tags_countries_kept_as_codes_and_a_label_without_its_middle_word() -> None:
    rng = np.random.default_rng(2306)
    n = 300
    bp = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Heart rate": rng.integers(55, 95, n),
            "Systolic": rng.integers(105, 160, n),
            "Diastolic": rng.integers(65, 100, n),
        }
    )
    # a blood pressure is said by its top number; "pulse" is the heart rate
    _, text = _run(bp.copy(), "whats my average blood pressure")
    assert "Systolic" in text.splitlines()[0] and _has(text, bp["Systolic"].mean()), text
    _, text = _run(bp.copy(), "does my pulse go up when my bp does")
    assert _has(text, bp["Heart rate"].corr(bp["Systolic"])), text
    tasks = pd.DataFrame(
        {
            "Title": [f"task {i}" for i in range(n)],
            "Tags": rng.choice(["work", "work, urgent", "errand, urgent", "home", ""], n),
        }
    )
    tasks["Tags"] = tasks["Tags"].replace("", np.nan)
    # a column of tags lists them, and "tagged work" is each row listing work
    _, text = _run(tasks.copy(), "how many tasks are tagged work")
    assert f"**{int(tasks['Tags'].fillna('').str.contains('work').sum())} of" in text, text
    oecd = pd.DataFrame(
        [
            (c, s, y, float(rng.uniform(80, 200)))
            for c in ["USA", "DEU", "FRA", "JPN"]
            for s in ["REAL", "NOMINAL"]
            for y in range(2015, 2024)
        ],
        columns=["LOCATION", "SUBJECT", "TIME", "Value"],
    )
    # countries kept as ISO codes under LOCATION are what "how many countries" counts
    _, text = _run(oecd.copy(), "how many countries are in here")
    assert "LOCATION" in text.splitlines()[0] and "**4**" in text, text
    boston = pd.DataFrame({"source": rng.choice(["Citizens Connect App", "City Worker App", "Constituent Call"], n)})
    # "the citizens app" is the one source holding both words, said without its middle one
    _, text = _run(boston.copy(), "how many came in through the citizens app")
    assert f"**{int((boston['source'] == 'Citizens Connect App').sum())} of" in text, text


def test_an_inbox_export_its_assignee_waits_in_days_and_invoices_not_paid_yet() -> None:
    rng = np.random.default_rng(2307)
    n = 300
    waits = rng.integers(5, 3000, n)
    inbox = pd.DataFrame(
        {
            "Customer Name": rng.choice([f"Customer {i}" for i in range(40)], n),
            "Assigned To": rng.choice(["Priya Nair", "Tom Weber", "Ana Costa"], n, p=[0.5, 0.3, 0.2]),
            "First Response Time": [
                f"{w // 1440}d {w % 1440 // 60}h" if w >= 1440 else f"{w // 60}h {w % 60}m" if w >= 60 else f"{w}m"
                for w in waits
            ],
        }
    )
    # "who handled the most" is the person the work is assigned to, not the customer
    _, text = _run(inbox.copy(), "who handled the most tickets")
    assert f"**{inbox['Assigned To'].value_counts().idxmax()}**" in text, text
    # "1d 2h" is a day and two hours: every wait in minutes
    _, text = _run(inbox.copy(), "whats the average time until the first reply")
    minutes = [(w // 1440) * 1440 + (w % 1440 // 60) * 60 if w >= 1440 else w for w in waits]
    assert _has(text, float(np.mean(minutes))), text
    status = rng.choice(["Paid", "Not Paid", "Payment Due", "Voided"], n, p=[0.8, 0.08, 0.07, 0.05])
    invoices = pd.DataFrame(
        {
            "Status": status,
            "Customer Id": rng.choice([f"cus_{i}" for i in range(50)], n),
            "Billing Country": rng.choice(["US", "GB"], n),
            "Amount": rng.uniform(20, 500, n).round(2),
        }
    )
    # "havent been paid yet": still to be paid, so neither paid nor voided
    _, text = _run(invoices.copy(), "how many invoices havent been paid yet")
    assert f"**{int(np.isin(status, ['Not Paid', 'Payment Due']).sum())} of" in text, text
    # "paid us" is the pronoun, not the country US
    _, text = _run(invoices.copy(), "which customer has paid us the most")
    assert "Billing Country" not in text.splitlines()[0], text


def test_a_toll_kept_direct_and_indirect_and_readings_in_range() -> None:
    rng = np.random.default_rng(2308)
    n = 400
    storms = pd.DataFrame(
        {
            "EVENT_TYPE": rng.choice(["Tornado", "Hail", "Flood"], n),
            "DEATHS_DIRECT": rng.poisson(0.1, n),
            "DEATHS_INDIRECT": rng.poisson(0.05, n),
        }
    )
    # the deaths are the direct and the indirect ones; "direct deaths" is the one side
    _, text = _run(storms.copy(), "how many people died")
    assert _has(text, int((storms["DEATHS_DIRECT"] + storms["DEATHS_INDIRECT"]).sum())), text
    _, text = _run(storms.copy(), "how many direct deaths")
    assert text.startswith("Total of DEATHS_DIRECT,"), text
    stamps = pd.date_range("2024-04-01", periods=n, freq="3h")
    kind = np.where(np.arange(n) % 10 == 0, "Carbs", "EGV")
    cgm = pd.DataFrame(
        {
            "Timestamp (YYYY-MM-DDThh:mm:ss)": stamps.strftime("%Y-%m-%dT%H:%M:%S"),
            "Event Type": kind,
            "Glucose Value (mg/dL)": np.where(kind == "EGV", rng.integers(50, 250, n), np.nan),
            "Carb Value (grams)": np.where(kind == "Carbs", rng.integers(10, 80, n), np.nan),
            "Duration (hh:mm:ss)": np.nan,
        }
    )
    glucose = cgm["Glucose Value (mg/dL)"].dropna()
    # "how much of the time" is a share of the readings; "in range, 70 to 180" a band of the measure just asked
    _, text = _run(cgm.copy(), "whats my average blood sugar", "how much of the time was i in range, 70 to 180")
    assert _has(text, round(100 * glucose.between(70, 180).mean(), 2)), text
    # ... and "the highest average" is of that measure too
    _, text = _run(cgm.copy(), "whats my average blood sugar", "which day had the highest average")
    days = cgm.groupby(stamps.normalize())["Glucose Value (mg/dL)"].mean()
    assert f"**{days.idxmax():%Y-%m-%d}**" in text, text
    # "carbs" of Carb Value (grams) is the amount logged, added up, not the Event Type rows
    _, text = _run(cgm.copy(), "how many carbs did i log in total")
    assert _has(text, int(cgm["Carb Value (grams)"].sum())), text


def test_a_food_log_adds_each_day_up_and_search_ranks_said_as_top_n() -> None:
    rng = np.random.default_rng(2309)
    days = pd.date_range("2024-01-01", "2024-04-30", freq="D")
    rows = [
        (d, str(food), meal, int(rng.integers(100, 900)), float(rng.uniform(5, 50)))
        for d in days
        for meal, food in zip(
            ["Breakfast", "Lunch", "Dinner"],
            rng.choice(["Coffee, Brewed w/ Milk", "Eggs, Scrambled", "Chicken Salad", "Rice, White"], 3),
            strict=True,
        )
    ]
    log = pd.DataFrame(rows, columns=["Date", "Name", "Type", "Calories", "Protein (g)"])  # dates read at load
    when = log["Date"]
    daily = log.groupby(when)["Calories"].sum()
    # a meal's calories are no total, but a day's add up: "a day on average" and "days over 2000" are days
    _, text = _run(log.copy(), "how many calories do i eat a day on average")
    assert _has(text, daily.mean()), text
    _, text = _run(log.copy(), "how many days was i over 2000 calories")
    assert f"**{int((daily > 2000).sum())}** of {len(daily)}" in text, text
    # "in march" without a year: that month's days
    _, text = _run(log.copy(), "average protein per day in march?")
    march = log[when.dt.month == 3].groupby(when[when.dt.month == 3])["Protein (g)"].sum()
    assert _has(text, march.mean()), text
    # a food's name with a comma in it is one name, not a list of two labels
    _, text = _run(log.copy(), "what food do i log the most")
    assert f"**{log['Name'].value_counts().idxmax()}**" in text, text
    n = 400
    keywords = pd.DataFrame(
        {
            "Keyword": [f"keyword {i}" for i in range(n)],
            "Position": rng.integers(1, 60, n),
            "Previous position": rng.integers(0, 60, n),
            "Keyword Difficulty": rng.integers(0, 100, n),
        }
    )
    # "are we top 3 for" is Position at most 3; "on page one" is the first ten
    _, text = _run(keywords.copy(), "how many keywords are we top 3 for")
    assert f"**{int((keywords['Position'] <= 3).sum())} of" in text, text
    _, text = _run(keywords.copy(), "avg difficulty of the keywords on page one?")
    assert _has(text, keywords.loc[keywords["Position"] <= 10, "Keyword Difficulty"].mean()), text


def test_donors_counted_by_name_money_that_came_from_some_and_a_currency_as_a_unit() -> None:
    rng = np.random.default_rng(2310)
    n = 400
    fec = pd.DataFrame(
        {
            "contributor_name": rng.choice([f"DOE, JANE {i}" for i in range(120)], n),
            "contributor_first_name": rng.choice(["JANE", "JOHN", "ANA"], n),
            "contributor_employer": rng.choice(["RETIRED", "SELF-EMPLOYED", "ACME"], n),
            "contribution_receipt_amount": rng.uniform(5, 500, n).round(2),
        }
    )
    # "how many different people donated": each giver once, by name; "donated" is what they did
    _, text = _run(fec.copy(), "how many different people donated")
    assert "contributor_name" in text.splitlines()[0] and f"**{fec['contributor_name'].nunique()}**" in text, text
    # "how much came from retirees": the one amount of money, added up over those rows
    _, text = _run(fec.copy(), "how much came from retirees")
    retired = fec.loc[fec["contributor_employer"] == "RETIRED", "contribution_receipt_amount"].sum()
    assert text.startswith("Total of contribution_receipt_amount") and _has(text, retired), text
    deel = pd.DataFrame(
        {
            "Currency": rng.choice(["USD", "EUR", "INR"], n),
            "Amount (USD)": rng.uniform(500, 5000, n).round(2),
        }
    )
    # "in dollars" beside Amount (USD) is that column's unit, not the rows paid in USD
    _, text = _run(deel.copy(), "how much did we pay contractors in dollars")
    assert "Currency" not in text.splitlines()[0] and _has(text, deel["Amount (USD)"].sum()), text
    trades = pd.DataFrame(
        {
            "Action": rng.choice(["Market buy", "Market sell"], n),
            "Total": rng.uniform(10, 900, n).round(2),
            "Result": rng.normal(5, 40, n).round(2),
        }
    )
    # "total profit": "total" before another noun is no column called Total
    _, text = _run(trades.copy(), "what's my total profit from selling")
    assert not text.startswith("Total of Total"), text


def test_how_long_a_visit_lasts_is_its_duration_column() -> None:
    rng = np.random.default_rng(2311)
    n = 300
    start = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 10**6, n), unit="min")
    seconds = rng.integers(0, 900, n)
    visits = pd.DataFrame(
        {
            "idVisit": np.arange(5001, 5001 + n),
            "serverDate": start.strftime("%Y-%m-%d"),
            "firstActionTimestamp": (start.astype("int64") // 10**9),
            "visitDuration": seconds,
            "visitDurationPretty": [f"{s // 60} min {s % 60}s" for s in seconds],
            "daysSinceLastVisit": rng.integers(0, 60, n),
        }
    )
    # "last" is the verb, idVisit a code: the visit's own length, in the number it is kept as
    _, text = _run(visits.copy(), "how long does a visit last on average")
    assert text.startswith("Mean of visitDuration") and _has(text, seconds.mean()), text
    _, text = _run(visits.copy(), "average visit length")
    assert "idVisit" not in text.splitlines()[0], text


def test_how_far_a_workout_log_went_the_month_trained_most_and_a_chain_s_locations() -> None:
    rng = np.random.default_rng(2312)
    n = 300
    rows = pd.DataFrame(
        {
            "Date": pd.Timestamp("2023-05-01") + pd.to_timedelta(np.sort(rng.integers(0, 360, n)), unit="D"),
            "Work Distance": rng.integers(2000, 12000, n),
            "Rest Distance": rng.integers(0, 500, n),
            "Avg Watts": rng.integers(100, 250, n),
        }
    )
    # "how far" is the distance worked, not the rest's
    _, text = _run(rows.copy(), "how far did i row in total")
    assert text.startswith("Total of Work Distance") and _has(text, int(rows["Work Distance"].sum())), text
    # "which month did i train the most": no measure, no noun, so the month with the most sessions
    _, text = _run(rows.copy(), "which month did i train the most")
    top = rows["Date"].dt.to_period("M").value_counts().idxmax()
    assert f"**{top}**" in text, text
    orders = pd.DataFrame(
        {
            "Restaurant": rng.choice(["Bao & Bowl - Mission St", "Bao & Bowl - SoMa", "Bao & Bowl - Castro"], n),
            "Order ID": [f"o-{i}" for i in range(n)],
            "Sales (excl. tax)": rng.uniform(10, 80, n).round(2),
        }
    )
    # a chain's locations are its restaurants
    _, text = _run(orders.copy(), "which location gets the most orders")
    assert f"**{orders['Restaurant'].value_counts().idxmax()}**" in html.unescape(text), text  # (& is escaped)


def test_a_distance_kept_in_two_units_and_time_spent_kept_as_hours() -> None:
    rng = np.random.default_rng(2313)
    n = 300
    km = rng.uniform(2, 20, n).round(2)
    runs = pd.DataFrame(
        {"distance_km": km, "distance_mi": (km / 1.609).round(2), "calories": rng.integers(100, 900, n)}
    )
    # one distance in two units: the metric one, unless miles are said
    _, text = _run(runs.copy(), "how far have i run in total")
    assert text.startswith("Total of distance_km") and _has(text, km.sum()), text
    _, text = _run(runs.copy(), "how far have i run in total in miles")
    assert text.startswith("Total of distance_mi"), text
    hours = rng.uniform(0.25, 6, n).round(2)
    entries = pd.DataFrame(
        {
            "Client": rng.choice(["Acme Corp", "Northwind", "Globex"], n),
            "Start time": [f"{h:02d}:00" for h in rng.integers(8, 12, n)],
            "End time": [f"{h:02d}:30" for h in rng.integers(13, 18, n)],
            "Hours": hours,
        }
    )
    # time spent is the Hours kept, not a clock time of day
    _, text = _run(entries.copy(), "which client did we spend the most time on")
    assert f"**{entries.groupby('Client')['Hours'].sum().idxmax()}**" in text, text


def test_a_label_said_apart_of_the_rows_and_phones_as_smartphones() -> None:
    rng = np.random.default_rng(2314)
    n = 300
    leads = pd.DataFrame(
        {
            "Lead Status": rng.choice(["Not Contacted", "Contacted", "Junk Lead", "Lost Lead"], n),
            "Annual Revenue": rng.uniform(1e5, 1e7, n).round(0),
        }
    )
    # "leads are junk": both words of Junk Lead, one of them the rows' own
    _, text = _run(leads.copy(), "what percent of leads are junk")
    assert _has(text, round(100 * (leads["Lead Status"] == "Junk Lead").mean(), 2)), text
    visits = pd.DataFrame(
        {
            "idVisit": np.arange(1, n + 1),  # (Matomo's own record code: "visits" are the rows)
            "deviceType": rng.choice(["Desktop", "Smartphone", "Tablet"], n),
            "visitDuration": rng.integers(0, 900, n),
        }
    )
    # "on phones" are the smartphones
    _, text = _run(visits.copy(), "what share of visits are on phones")
    assert _has(text, round(100 * (visits["deviceType"] == "Smartphone").mean(), 2)), text


def test_a_status_value_beside_a_count_named_for_it_is_still_the_value() -> None:
    rng = np.random.default_rng(2315)
    n = 200
    books = pd.DataFrame(
        {
            "Title": [f"Book {i}" for i in range(n)],
            "Read Status": rng.choice(["read", "to-read", "currently-reading"], n, p=[0.6, 0.3, 0.1]),
            "Read Count": rng.integers(0, 3, n),
        }
    )
    # "read" is the status; Read Count is not the amount of "read" the way Carb Value is of "carbs"
    _, text = _run(books.copy(), "how many books have i read?")
    assert f"**{int((books['Read Status'] == 'read').sum())} of" in text, text


def test_leads_brought_in_are_counted_and_records_named_by_the_file_are_its_rows() -> None:
    rng = np.random.default_rng(8101)
    n = 900
    leads = pd.DataFrame(
        {
            "Record Id": [f"zcrm_{i:09d}" for i in rng.permutation(10**6)[:n]],
            "Lead Source": rng.choice(["Cold Call", "Web", "Partner", "Trade Show"], n, p=[0.1, 0.2, 0.3, 0.4]),
            "Annual Revenue": np.where(rng.random(n) < 0.2, rng.uniform(1e5, 1e8, n), np.nan),
        }
    )
    # "brings in the most leads": leads are counted, not the companies' Annual Revenue added up
    _, text = _run(leads, "which source brings in the most leads")
    assert "Annual Revenue" not in text.splitlines()[0] and f"**{leads['Lead Source'].mode()[0]}**" in text, text
    opened = pd.to_datetime("2023-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    opps = pd.DataFrame(
        {
            "id": [f"oppo_{i:08d}" for i in range(n)],
            "value": np.where(opened.month == 2, 900_000, rng.integers(1_000, 50_000, n)),
            "date_created": opened,
        }
    )
    # each row of close_crm_opportunities is one opportunity (its own id): "the most new opportunities" counts rows
    _, text = _run(opps, "which month did we open the most new opportunities", file="close_crm_opportunities.csv")
    busiest = opps["date_created"].dt.month.value_counts().idxmax()
    assert "value" not in text.splitlines()[0], text
    assert pd.Timestamp(2023, busiest, 1).strftime("%Y-%m") in text, text


def test_time_taken_up_goes_to_the_category_and_the_person_named_by_first_name() -> None:
    rng = np.random.default_rng(8102)
    n = 800
    log = pd.DataFrame(
        {
            "Date": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 120, n), unit="D"),
            "Time Spent (seconds)": rng.integers(60, 4000, n),
            "Category": rng.choice(["Software Development", "Social Networking", "Reference & Learning"], n),
        }
    )
    # "what takes up most of my time": the time spent, added up per category (no label is named)
    _, text = _run(log, "what takes up most of my time?")
    top = log.groupby("Category")["Time Spent (seconds)"].sum().idxmax()
    assert "Category" in text.splitlines()[0] and f"**{top}**" in text, text
    hours = pd.DataFrame(
        {
            "Date": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 90, n), unit="D"),
            "Person": rng.choice(["Sara Jansen", "Luuk de Vries", "Anna Kowalski"], n),
            "Client": rng.choice(["Northwind Traders", "Acme Corp", "Globex"], n),
            "Hours": rng.choice([0.5, 1.0, 1.5, 2.0, 3.0], n),
        }
    )
    # "sara" is Sara Jansen, the one person of that first name
    _, text = _run(hours, "how many hours did sara put in in march")
    sara = hours[(hours["Person"] == "Sara Jansen") & (hours["Date"].dt.month == 3)]["Hours"].sum()
    assert "Sara Jansen" in text.splitlines()[0] and _has(text, sara), text
    _, text = _run(hours, "who put in the most time")
    assert f"**{hours.groupby('Person')['Hours'].sum().idxmax()}**" in text, text


def test_the_longest_hike_is_the_furthest_and_sleep_is_time_asleep() -> None:
    rng = np.random.default_rng(8103)
    n = 400
    tours = pd.DataFrame(
        {
            "date": pd.to_datetime("2023-01-01") + pd.to_timedelta(rng.integers(0, 600, n), unit="D"),
            "sport": rng.choice(["hike", "touringbicycle", "racebike"], n),
            "distance": rng.uniform(3, 90, n).round(2),
            "duration": rng.integers(1800, 30000, n),
        }
    )
    # a log's longest hike is the hike that went furthest, not the one that took longest
    _, text = _run(tours, "whats my longest hike")
    assert _has(text, tours[tours["sport"] == "hike"]["distance"].max()), text
    nights = pd.DataFrame(
        {
            "date": pd.date_range("2023-01-01", periods=n, freq="D"),
            "time_asleep_min": rng.integers(300, 520, n),
            "light_sleep_min": rng.integers(150, 300, n),
            "deep_sleep_min": rng.integers(30, 120, n),
            "rem_sleep_min": rng.integers(40, 130, n),
            "latency_asleep_min": rng.integers(2, 40, n),
        }
    )
    # "sleep" beside its stages is the night's time asleep; "deep sleep" stays the stage
    _, text = _run(nights, "how much sleep do i usually get")
    assert "time_asleep_min" in text.splitlines()[0] and _has(text, nights["time_asleep_min"].mean()), text
    _, text = _run(nights, "which night of the week do i sleep worst")
    assert "day of week" in text.splitlines()[0], text


def test_steps_of_a_step_file_its_average_day_and_a_weigh_in_lost_since_he_started() -> None:
    rng = np.random.default_rng(8104)
    n = 300
    created = pd.date_range("2023-01-01 11:40", periods=n, freq="D")
    steps = pd.DataFrame({"create_time": created, "count": rng.integers(2000, 15000, n), "speed": rng.uniform(1, 2, n)})
    # "steps" of com.samsung.shealth.step_daily_trend are its count; "on an average day" the mean daily total
    _, text = _run(steps, "how many steps do i do on an average day", file="com.samsung.shealth.step_daily_trend.csv")
    assert "count" in text.splitlines()[0] and _has(text, steps["count"].mean()), text
    k = 200
    scale = pd.DataFrame(
        {
            "Time": pd.date_range("2023-01-01", periods=k, freq="D"),
            "Member": rng.choice(["Dan", "Amy"], k),
            "Weight(lb)": np.linspace(210, 190, k).round(1),
            "Fat-free Body Weight(lb)": np.linspace(150, 149, k).round(1),
            "Body Fat(%)": np.where(rng.random(k) < 0.1, np.nan, rng.uniform(15, 30, k).round(1)),
        }
    )
    dan = scale[scale["Member"] == "Dan"]
    _, text = _run(scale, "how much weight has dan lost since he started")
    lost = dan["Weight(lb)"].iloc[0] - dan["Weight(lb)"].iloc[-1]
    assert text.startswith("Weight(lb) from the first") and _has(text, lost), text
    # a weigh-in is a reading, and one that "didn't get" a body fat figure has none
    _, text = _run(scale, "how many weigh-ins didn't get a body fat reading")
    assert f"**{int(scale['Body Fat(%)'].isna().sum())}**" in text, text


def test_unrated_by_its_placeholder_who_by_the_deed_and_entries_not_yet_approved() -> None:
    rng = np.random.default_rng(8105)
    n = 500
    hospitals = pd.DataFrame(
        {
            "Facility ID": [f"{i:06d}" for i in range(n)],
            "State": rng.choice(["TX", "CA", "NY"], n),
            "Hospital overall rating": rng.choice(["1", "2", "3", "4", "5", "Not Available"], n),
        }
    )
    # "Not Available" is no rating: "don't have a star rating" counts it
    _, text = _run(hospitals, "how many don't have a star rating at all")
    assert f"**{int((hospitals['Hospital overall rating'] == 'Not Available').sum())}**" in text, text
    expenses = pd.DataFrame(
        {
            "Expense Date": pd.to_datetime("2023-07-01") + pd.to_timedelta(rng.integers(0, 200, n), unit="D"),
            "Submitted By": rng.choice(["Hannah Reyes", "Omar Said", "Li Wei"], n),
            "Category Name": rng.choice(["Hotel", "Meals", "Travel"], n),
            "Total (in USD)": rng.uniform(5, 900, n).round(2),
        }
    )
    # who spent: the person the expenses were submitted by
    _, text = _run(expenses, "who spent the most")
    assert f"**{expenses.groupby('Submitted By')['Total (in USD)'].sum().idxmax()}**" in text, text
    status = rng.choice(["approved", "submitted", None], n, p=[0.6, 0.25, 0.15])
    sheets = pd.DataFrame(
        {
            "username": rng.choice(["lherrera", "mchen"], n),
            "number": np.arange(100_000, 100_000 + n),
            "hours": rng.uniform(0.5, 9, n).round(2),
            "approved_status": status,
        }
    )
    # blanks are not approved either; "hours" is summed, not the timesheet number
    _, text = _run(sheets, "how many entries still havent been approved")
    assert f"**{int((sheets['approved_status'] != 'approved').sum())} of" in text, text
    _, text = _run(sheets, "how many hours were logged in total")
    assert _has(text, sheets["hours"].sum()), text


def test_billed_hours_as_a_share_and_the_biggest_fire_by_acres() -> None:
    rng = np.random.default_rng(8106)
    n = 600
    hours = rng.choice([0.5, 1, 2, 4], n)
    logs = pd.DataFrame(
        {
            "Issue Key": rng.choice([f"APP-{i}" for i in range(100, 110)], n),
            "Hours": hours,
            "Work date": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 60, n), unit="D"),
            "Username": rng.choice(["asmith", "bjones"], n),
            "Billed Hours": np.where(rng.random(n) < 0.7, hours, 0.0),
        }
    )
    # billed hours add up, so their share is total billed over total hours
    _, text = _run(logs, "what share of the hours were billed")
    assert _has(text, 100 * logs["Billed Hours"].sum() / logs["Hours"].sum()), text
    fires = pd.DataFrame(
        {
            "incident_name": [f"{w} {k} Fire" for k, w in enumerate(rng.choice(["Grade", "Oak", "Park"], n))],
            "incident_county": rng.choice(["Kern", "Butte", "Shasta"], n),
            "incident_acres_burned": rng.exponential(400, n).round(1),
            "incident_containment": rng.integers(0, 101, n),
        }
    )
    _, text = _run(fires, "whats the biggest fire in the list")
    assert _has(text, fires["incident_acres_burned"].max()), text


def test_busiest_station_by_its_year_and_apart_from_a_value_left_out() -> None:
    rng = np.random.default_rng(8107)
    n = 300
    weekday = rng.integers(1_000, 60_000, n)
    stations = pd.DataFrame(
        {
            "Station": [f"Station {i}" for i in range(n)],
            "Entries Weekday": weekday,
            "Entries Saturday": (weekday * rng.uniform(0.3, 0.9, n)).astype(int),
            "Entries Sunday": (weekday * rng.uniform(0.2, 0.8, n)).astype(int),
            "Annualised En/Ex": (weekday * rng.uniform(500, 700, n)).astype(int),
        }
    )
    # one row per station: "busiest" ranks the year's whole count, not the rows (one each) or a day's entries
    _, text = _run(stations, "which station is the busiest")
    assert f"**{stations.loc[stations['Annualised En/Ex'].idxmax(), 'Station']}**" in text, text
    backers = pd.DataFrame(
        {
            "Backer Name": [f"Backer {i}" for i in range(n)],
            "Shipping Country": rng.choice(["US", "GB", "CA", "DE"], n, p=[0.55, 0.15, 0.2, 0.1]),
            "Pledge Amount": rng.choice([25, 45, 90], n),
        }
    )
    # "apart from the us": the ranking without the US rows
    _, text = _run(backers, "apart from the us, which country has the most backers")
    rest = backers[backers["Shipping Country"] != "US"]["Shipping Country"].value_counts()
    assert f"**{rest.idxmax()}**" in text and "Shipping Country != US" in text.splitlines()[0], text


def test_a_hotel_bill_of_many_currencies_is_the_converted_amount() -> None:
    rng = np.random.default_rng(8108)
    n = 600
    currency = rng.choice(["USD", "EUR", "JPY"], n)
    usd = rng.uniform(20, 600, n).round(2)
    rate = np.select([currency == "EUR", currency == "JPY"], [0.9, 150.0], 1.0)
    expenses = pd.DataFrame(
        {
            "Category Name": rng.choice(["Lodging", "Meals and Entertainment", "Air Travel"], n),
            "Currency Code": currency,
            "Expense Amount": (usd * rate).round(2),
            "Total (in USD)": usd,
            "Is Billable": rng.choice([True, False], n),
        }
    )
    # "hotel" is Lodging; "bill" the amount (not Is Billable), in the one currency all rows share
    _, text = _run(expenses, "whats the average hotel bill")
    hotel = expenses[expenses["Category Name"] == "Lodging"]["Total (in USD)"].mean()
    assert "Total (in USD)" in text.splitlines()[0] and _has(text, hotel), text
    # a currency named keeps its rows in their own amounts
    _, text = _run(expenses, "how many were paid in euros")
    assert f"**{int((currency == 'EUR').sum())} of" in text, text


def test_officers_counted_by_their_ct_column_and_a_bloc_left_out_of_countries() -> None:
    rng = np.random.default_rng(8109)
    n = 400
    police = pd.DataFrame(
        {
            "data_year": rng.choice([2021, 2022], n),
            "state_abbr": rng.choice(["CA", "TX", "NY", "OH"], n),
            "male_officer_ct": rng.integers(5, 300, n),
            "female_officer_ct": rng.integers(0, 60, n),
            "officer_ct": rng.integers(5, 360, n),
            "civilian_ct": rng.integers(0, 90, n),
        }
    )
    # officer_ct holds the officers: "how many police officers" adds it up
    _, text = _run(police, "how many police officers were there in total in 2022")
    assert _has(text, police[police["data_year"] == 2022]["officer_ct"].sum()), text
    geo = ["AT", "BE", "DE", "FR", "IT", "PL", "ES", "EU27_2020"]
    rows = [(g, y) for g in geo for y in range(2015, 2023)]
    deaths = pd.DataFrame(rows, columns=["geo", "TIME_PERIOD"])
    deaths["OBS_VALUE"] = rng.integers(300, 3500, len(deaths))
    deaths.loc[deaths["geo"] == "EU27_2020", "OBS_VALUE"] = 20_000
    # EU27_2020 adds the countries up: the country with the most is one of them
    _, text = _run(deaths, "which country had the most road deaths in 2021")
    year = deaths[(deaths["TIME_PERIOD"] == 2021) & (deaths["geo"] != "EU27_2020")]
    assert f"**{year.loc[year['OBS_VALUE'].idxmax(), 'geo']}**" in text and "**EU27_2020**" not in text, text


def test_dailies_got_done_then_in_one_month_and_who_has_the_lowest() -> None:
    rng = np.random.default_rng(8110)
    n = 900
    tasks = pd.DataFrame(
        {
            "Task Name": rng.choice(["Stretch", "Read", "Floss", "Plan day"], n),
            "Task Type": rng.choice(["daily", "habit", "todo"], n, p=[0.7, 0.2, 0.1]),
            "Date": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 120, n), unit="D"),
            "Completed": rng.choice([True, False], n, p=[0.6, 0.4]),
        }
    )
    dailies = tasks[tasks["Task Type"] == "daily"]
    # "get done" is Completed; "and in march 2024?" the same share in that month
    _, text = _run(tasks, "what percent of my dailies did i actually get done", "and in march 2024?")
    march = dailies[dailies["Date"].dt.month == 3]
    assert _has(text, 100 * march["Completed"].mean()), text
    members = pd.DataFrame(
        {
            "Member": rng.choice(["Priya Nair", "Tom Reed", "Ana Lima"], n),
            "Member email": rng.choice(["a@x.io", "b@x.io", "c@x.io"], n),
            "Activity": rng.uniform(20, 90, n).round(1),
        }
    )
    _, text = _run(members, "who has the lowest activity")
    assert f"**{members.groupby('Member')['Activity'].mean().idxmin()}**" in text, text


def test_a_timesheet_duration_in_h_mm_is_hours_and_minutes() -> None:
    rng = np.random.default_rng(8111)
    n = 500
    minutes = rng.choice([30, 45, 60, 75, 90, 120, 135, 180], n)
    sheet = pd.DataFrame(
        {
            "Date": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 150, n), unit="D"),
            "From": rng.choice(["09:00", "10:15", "13:30"], n),
            "Duration": [f"{m // 60}:{m % 60:02d}" for m in minutes],
            "Hourly rate": rng.choice([80, 95, 110], n),
            "User": rng.choice(["anna", "ben", "carl"], n),
        }
    )
    # "2:15" of a Duration is two hours and a quarter; "hours" is no Hourly rate
    _, text = _run(sheet, "how many hours did we log in total")
    assert "Hourly rate" not in text.splitlines()[0] and _has(text, minutes.sum() / 60), text
    _, text = _run(sheet, "how many hours did each person log")
    per = pd.Series(minutes / 60).groupby(sheet["User"]).sum()
    assert _has(text, per.max()) and _has(text, per.min()), text


def test_a_timesheet_time_of_quarter_hours_and_a_staff_list_right_now() -> None:
    rng = np.random.default_rng(8112)
    n = 700
    minutes = rng.choice([10, 25, 45, 60, 70, 90, 130, 215], n)
    entries = pd.DataFrame(
        {
            "User": rng.choice(["Chris Okafor", "Farah Haddad", "Lena Berg"], n),
            "Date": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 150, n), unit="D"),
            "Time": [f"{m // 60}:{m % 60:02d}" for m in minutes],
            "Billable": rng.choice(["Yes", "No"], n),
        }
    )
    # "0:45" beside a date is 45 minutes of work, no clock time of the day; "got tracked" in hours
    _, text = _run(entries.copy(), "how many hours got tracked in total")
    assert _has(text, minutes.sum() / 60), text
    _, text = _run(entries.copy(), "hours per person")
    per = pd.Series(minutes / 60).groupby(entries["User"]).sum()
    assert _has(text, per.max()), text
    k = 300
    left = rng.random(k) < 0.3
    staff = pd.DataFrame(
        {
            "Ref No": [f"EMP{i:04d}" for i in range(k)],
            "Department": rng.choice(["Engineering", "Sales", "Finance"], k, p=[0.5, 0.3, 0.2]),
            "Start Date": pd.to_datetime("2018-01-01") + pd.to_timedelta(rng.integers(0, 2000, k), unit="D"),
            "Status": np.where(left, "Former employee", "Current employee"),
        }
    )
    # "right now" of a staff list is its current employees, not the rows started on its last date
    _, text = _run(staff, "how many people work here right now")
    assert f"**{int((~left).sum())}" in text, text
    _, text = _run(staff, "which team is the biggest")
    assert f"**{staff['Department'].mode()[0]}**" in text, text


def test_crashes_by_their_collision_code_and_people_killed_or_hurt() -> None:
    rng = np.random.default_rng(8113)
    n = 900
    crash = rng.integers(4_400_000, 4_400_400, n)
    people = pd.DataFrame(
        {
            "UNIQUE_ID": np.arange(10_000_000, 10_000_000 + n),
            "COLLISION_ID": crash,
            "CRASH_DATE": pd.to_datetime("2023-01-01") + pd.to_timedelta(crash - 4_400_000, unit="D"),
            "PERSON_TYPE": rng.choice(["Occupant", "Pedestrian", "Bicyclist"], n, p=[0.8, 0.12, 0.08]),
            "PERSON_INJURY": rng.choice(["Unspecified", "Injured", "Killed"], n, p=[0.6, 0.38, 0.02]),
        }
    )
    # one row per person: the crashes are the distinct collision codes, not the dates
    _, text = _run(people, "how many crashes are in this")
    assert "COLLISION_ID" in text.splitlines()[0] and f"**{people['COLLISION_ID'].nunique()}**" in text, text
    _, text = _run(people, "how many people died")
    assert f"**{int((people['PERSON_INJURY'] == 'Killed').sum())}" in text, text
    _, text = _run(people, "what share of pedestrians got hurt")
    walking = people[people["PERSON_TYPE"] == "Pedestrian"]
    assert _has(text, 100 * (walking["PERSON_INJURY"] == "Injured").mean()), text


def test_the_author_read_most_after_a_rating_and_alerts_beside_their_count() -> None:
    rng = np.random.default_rng(8114)
    n = 500
    books = pd.DataFrame(
        {
            "Title": [f"Book {i}" for i in range(n)],
            "Authors": rng.choice(["Emily Henry", "Sally Rooney", "Ann Patchett", "Tana French"], n),
            "Read Status": rng.choice(["read", "to-read", "currently-reading"], n, p=[0.6, 0.3, 0.1]),
            "Read Count": rng.integers(0, 3, n),
            "Star Rating": np.where(rng.random(n) < 0.7, rng.choice([2.5, 3, 3.5, 4, 4.5, 5], n), np.nan),
        }
    )
    # the author read most is counted in books, not by the rating averaged the turn before
    _, text = _run(books, "what's my average rating?", "who's the author i've read most?")
    assert "Star Rating" not in text.splitlines()[0], text
    read = books[books["Read Status"] == "read"]["Authors"].value_counts().idxmax()
    assert books["Authors"].value_counts().idxmax() in text or read in text, text
    alerts = pd.DataFrame(
        {
            "TinyId": np.arange(1, n + 1),
            "Priority": rng.choice(["P1", "P2", "P3"], n, p=[0.1, 0.3, 0.6]),
            "CreatedAt": pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 180, n), unit="D"),
            "Count": rng.integers(1, 40, n),
        }
    )
    # each row is one alert (its own TinyId): Count is how often it fired, not the alerts
    _, text = _run(alerts, "how many p1 alerts did we get", file="opsgenie_alerts_export.csv")
    assert f"**{int((alerts['Priority'] == 'P1').sum())}" in text, text


def test_sets_by_their_rows_a_survey_not_filled_in_and_providers_by_npi() -> None:
    rng = np.random.default_rng(8115)
    n = 800
    log = pd.DataFrame(
        {
            "Date": pd.to_datetime("2023-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D"),
            "Exercise Name": rng.choice(["Crunch", "Barbell Deadlift", "Bench Press"], n, p=[0.4, 0.35, 0.25]),
            "Set Number": rng.integers(1, 6, n),
            "Reps": rng.integers(5, 15, n),
        }
    )
    # a Set Number numbers each exercise's sets: "the most sets" counts the rows
    _, text = _run(log, "which exercise have i done the most sets of")
    assert "Set Number" not in text.splitlines()[0] and f"**{log['Exercise Name'].mode()[0]}**" in text, text
    answered = pd.to_datetime("2023-05-01") + pd.to_timedelta(rng.integers(0, 60, n), unit="D")
    backers = pd.DataFrame(
        {
            "Backer Name": [f"Backer {i}" for i in range(n)],
            "Survey Response": pd.Series(answered).where(rng.random(n) < 0.7),
            "T-Shirt Size": rng.choice(["S", "M", "L"], n),
        }
    )
    # no date of a survey response: the survey not filled in yet
    _, text = _run(backers, "how many people havent filled in the survey yet")
    assert f"**{int(backers['Survey Response'].isna().sum())}**" in text, text
    npi = rng.integers(1_000_000_000, 1_000_000_400, n)
    services = pd.DataFrame(
        {
            "Rndrng_NPI": npi,
            "Rndrng_Prvdr_Last_Org_Name": rng.choice(["Smith", "Lee", "Garcia", "Khan"], n),
            "Rndrng_Prvdr_Type": rng.choice(["Internal Medicine", "Nurse Practitioner"], n),
            "Rndrng_Prvdr_State_Abrvtn": rng.choice(["CA", "TX"], n),
            "HCPCS_Cd": rng.choice(["99213", "99214"], n),
            "Tot_Srvcs": rng.integers(11, 400, n),
        }
    )
    # a provider is numbered by its National Provider Identifier
    _, text = _run(services, "how many different providers are there")
    assert f"**{len(set(npi))}**" in text, text


def test_a_category_left_blank_a_category_under_its_parent_and_people_as_subject() -> None:
    rng = np.random.default_rng(8116)
    n = 600
    category = rng.choice(["Food:Groceries", "Food:Restaurants", "Transport:Fuel", ""], n, p=[0.35, 0.2, 0.4, 0.05])
    bank = pd.DataFrame(
        {
            "date": pd.to_datetime("2023-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D"),
            "payee": rng.choice(["Tesco", "Shell", "Pizza Hut"], n),
            "amount": -rng.uniform(5, 120, n).round(2),
            "category": pd.Series(category).replace("", np.nan),
        }
    )
    _, text = _run(bank.copy(), "how many transactions arent categorised")
    assert f"**{int(bank['category'].isna().sum())}**" in text, text
    # "groceries" is Food:Groceries, the last part of its path
    _, text = _run(bank.copy(), "how much have i spent on groceries altogether")
    assert _has(text, bank.loc[bank["category"] == "Food:Groceries", "amount"].abs().sum()), text
    absences = pd.DataFrame(
        {
            "Name": rng.choice(["Leon Wagner", "Mia Braun", "Jonas Beck"], n),
            "Department": rng.choice(["People", "Engineering", "Sales"], n),
            "Absence type": rng.choice(["Sick leave", "Paid vacation", "Home office", "Unpaid leave"], n),
            "Days": rng.integers(1, 6, n),
        }
    )
    # "did people take": the people doing it, not the People department
    _, text = _run(absences, "how many days of sick leave did people take in total")
    assert _has(text, absences.loc[absences["Absence type"] == "Sick leave", "Days"].sum()), text


def test_hours_one_person_put_in_and_apart_from_beside_a_from_column() -> None:
    rng = np.random.default_rng(8117)
    n = 600
    minutes = rng.choice([15, 30, 45, 60, 90, 120, 135, 180, 240], n)
    sheet = pd.DataFrame(
        {
            "Date": pd.to_datetime("2024-01-02") + pd.to_timedelta(rng.integers(0, 150, n), unit="D"),
            "From": rng.choice(["09:00", "10:30", "13:15", "15:00"], n),
            "Duration": [f"{m // 60}:{m % 60:02d}" for m in minutes],
            "User": rng.choice(["Anna Schmidt", "Ben Okafor", "Carla Diaz"], n),
            "Customer": rng.choice(["Northwind GmbH", "Acme Corp", "Globex"], n, p=[0.35, 0.25, 0.4]),
        }
    )
    # the hours rewritten keep who put them in
    _, text = _run(sheet.copy(), "how many hours did anna put in")
    assert _has(text, minutes[sheet["User"] == "Anna Schmidt"].sum() / 60), text
    # "apart from" names no From column
    _, text = _run(sheet.copy(), "apart from northwind, which customer has the most entries")
    rest = sheet[sheet["Customer"] != "Northwind GmbH"]["Customer"].value_counts()
    assert text.startswith("Highest count by Customer") and f"**{rest.idxmax()}**" in text, text


def test_who_by_full_name_beside_a_username_and_a_fire_hazard_in_sentences() -> None:
    rng = np.random.default_rng(8118)
    n = 600
    who = rng.choice(["asmith", "bjones", "cwu"], n, p=[0.5, 0.3, 0.2])
    logs = pd.DataFrame(
        {
            "Issue Key": rng.choice([f"APP-{i}" for i in range(100, 120)], n),
            "Hours": rng.choice([0.5, 1, 2, 3], n),
            "Username": who,
            "Full name": pd.Series(who).map({"asmith": "Alice Smith", "bjones": "Bob Jones", "cwu": "Cara Wu"}),
        }
    )
    # the person by their name, not their login
    _, text = _run(logs, "who logged the most time")
    top = logs.groupby("Full name")["Hours"].sum().idxmax()
    assert f"**{top}**" in text, text
    hazards = [
        "The heater can overheat, posing a fire hazard to consumers.",
        "The charger can short and ignite, posing fire and burn hazards.",
        "The toy's small parts can detach, posing a choking hazard to young children.",
        "The dresser can tip over if not anchored, posing tip-over and entrapment hazards.",
        "The helmet can fail to protect in a crash, posing a risk of head injury.",
    ]
    recalls = pd.DataFrame(
        {
            "Recall Number": [f"23-{i:03d}" for i in range(n)],
            "Hazard": rng.choice(hazards, n),
            "Manufactured In": rng.choice(["China", "Vietnam", "United States"], n),
        }
    )
    # "a fire hazard": the sentences that hold the word fire
    _, text = _run(recalls, "how many recalls were for a fire hazard")
    assert f"**{int(recalls['Hazard'].str.contains('fire').sum())}" in text, text


def test_capacity_is_the_nameplate_beside_its_summer_and_winter_ratings() -> None:
    rng = np.random.default_rng(8119)
    n = 700
    nameplate = rng.uniform(1, 400, n).round(1)
    gens = pd.DataFrame(
        {
            "State": rng.choice(["TX", "CA", "IA"], n),
            "Technology": rng.choice(
                ["Onshore Wind Turbine", "Solar Photovoltaic", "Natural Gas Fired Combined Cycle"], n
            ),
            "Nameplate Capacity (MW)": nameplate,
            "Summer Capacity (MW)": (nameplate * rng.uniform(0.85, 1.0, n)).round(1),
            "Winter Capacity (MW)": (nameplate * rng.uniform(0.9, 1.05, n)).round(1),
        }
    )
    # the seasonal ratings qualify the capacity: unsaid, the nameplate is meant
    _, text = _run(gens, "which technology has the most capacity overall")
    top = gens.groupby("Technology")["Nameplate Capacity (MW)"].sum().idxmax()
    assert "Nameplate Capacity (MW)" in text.splitlines()[0] and f"**{top}**" in text, text
    _, text = _run(gens, "total summer capacity in texas")
    assert "Summer Capacity (MW)" in text.splitlines()[0], text


def test_hours_of_sleep_drop_the_verb_beside_sleep_scores() -> None:
    rng = np.random.default_rng(8120)
    n = 300
    nights = pd.DataFrame(
        {
            "date": pd.date_range("2023-01-01", periods=n, freq="D"),
            "Sleep Score": rng.integers(50, 95, n),
            "Total Sleep Duration": rng.integers(18_000, 32_000, n),
            "REM Sleep Duration": rng.integers(3_000, 8_000, n),
            "Deep Sleep Duration": rng.integers(2_000, 7_000, n),
            "Sleep Efficiency": rng.integers(70, 98, n),
        }
    )
    # "do i sleep" is what the hours measured: no second reading of "sleep" to ask about
    _, text = _run(nights, "how many hours do i sleep on average")
    assert _has(text, nights["Total Sleep Duration"].mean() / 3600), text


def test_deaths_counted_beside_a_fatal_offense_and_a_break_is_no_time_worked() -> None:
    rng = np.random.default_rng(8121)
    n = 900
    crashes = pd.DataFrame(
        {
            "top_traffic_accident_offense": rng.choice(
                ["TRAF - ACCIDENT", "TRAF - ACCIDENT - HIT & RUN", "TRAF - ACCIDENT - FATAL"], n, p=[0.8, 0.19, 0.01]
            ),
            "FATALITIES": rng.choice([0, 0, 0, 0, 1, 2], n),
            "SERIOUSLY_INJURED": rng.integers(0, 3, n),
        }
    )
    # "died" beside a FATALITIES count: the deaths added up, not the rows of the FATAL offense
    _, text = _run(crashes, "how many people died")
    assert _has(text, crashes["FATALITIES"].sum()), text
    shifts = pd.DataFrame(
        {
            "Name": rng.choice(["Ana", "Ben", "Cy"], n),
            "Break length": rng.choice(["0:00", "0:30", "0:45"], n),
            "Actual hours": rng.uniform(3, 9, n).round(2),
        }
    )
    # a break is time off the work: the hours worked are the Actual hours
    _, text = _run(shifts, "how many hours were worked in total")
    assert _has(text, shifts["Actual hours"].sum()), text


def test_a_long_tracker_reads_its_category_and_a_series_by_its_own_word() -> None:
    rng = np.random.default_rng(8130)
    n = 600
    tracker = pd.DataFrame(
        {
            "date": pd.date_range("2024-01-01", periods=n, freq="8h").strftime("%Y-%m-%d"),
            "category": rng.choice(["Mood", "Sleep", "Energy"], n),
            "rating/amount": rng.integers(1, 10, n),
        }
    )
    # "my average mood" of a long tracker: its one figure, for the category Mood
    _, text = _run(tracker.copy(), "whats my average mood")
    assert _has(text, tracker.loc[tracker["category"] == "Mood", "rating/amount"].mean()), text
    items = [
        "Prevalence of undernourishment (percent) (3-year average)",
        "Number of people undernourished (million) (3-year average)",
        "Percentage of children under 5 years of age who are overweight (percent)",
    ]
    fao = pd.DataFrame(
        {
            "Area": np.repeat([f"Country {i}" for i in range(30)], 3),
            "Item": items * 30,
            "Year": "2020-2022",
            "Unit": "%",
            "Value": rng.uniform(1, 40, 90).round(1),
        }
    )
    # "undernourishment": the one Item that says it; its Value ranked per Area
    _, text = _run(fao.copy(), "which country had the highest undernourishment")
    kept = fao[fao["Item"] == items[0]]
    assert "Value" in text.splitlines()[0] and f"**{kept.loc[kept['Value'].idxmax(), 'Area']}**" in text, text


def test_showing_up_unassigned_and_a_type_code_named_by_its_label() -> None:
    rng = np.random.default_rng(8131)
    n = 500
    kinds = {"evt-1a9": "General Admission", "evt-2a9": "VIP", "evt-3a9": "Student"}
    code = rng.choice(list(kinds), n, p=[0.6, 0.1, 0.3])
    guests = pd.DataFrame(
        {
            "api_id": [f"gst-{i:05d}" for i in range(n)],
            "approval_status": rng.choice(["approved", "declined"], n, p=[0.9, 0.1]),
            "checked_in_at": pd.to_datetime(np.where(rng.random(n) < 0.45, "2024-05-01T18:30:00Z", None)),
            "ticket_type_id": code,
            "ticket_name": [kinds[c] for c in code],
        }
    )
    # "showed up": the guests with a check-in time
    _, text = _run(guests.copy(), "how many actually showed up")
    assert _has(text, int(guests["checked_in_at"].notna().sum())), text
    # the ticket type's code ranked by the name kept beside it
    _, text = _run(guests.copy(), "which ticket type was most popular")
    assert "**General Admission**" in text, text
    stories = pd.DataFrame(
        {
            "id": range(n),
            "state": rng.choice(["Done", "In Progress"], n),
            "owners": np.where(rng.random(n) < 0.3, None, rng.choice(["ana@x.io", "bo@x.io"], n)),
        }
    )
    # "nobody assigned": no owner
    _, text = _run(stories.copy(), "how many have nobody assigned")
    assert _has(text, int(stories["owners"].isna().sum())), text


def test_the_worst_year_of_a_file_of_harms_has_the_most_of_them() -> None:
    rng = np.random.default_rng(8132)
    n = 800
    shootings = pd.DataFrame(
        {
            "INCIDENT_KEY": rng.integers(10_000_000, 99_999_999, n),
            "OCCUR_DATE": pd.to_datetime(rng.choice(pd.date_range("2018-01-01", "2023-12-31"), n)).strftime("%m/%d/%Y"),
            "BORO": rng.choice(["BRONX", "BROOKLYN", "QUEENS"], n),
        }
    )
    years = pd.to_datetime(shootings["OCCUR_DATE"]).dt.year.value_counts()
    _, text = _run(shootings, "what year was the worst", file="nypd_shooting_incident_data.csv")
    assert f"**{years.idxmax()}**" in text, text


def test_where_a_person_goes_most_is_the_place_itself_and_a_company_runs_a_chain() -> None:
    rng = np.random.default_rng(8133)
    n = 700
    venue = rng.choice(["WeWork 115 W 18th", "Blue Bottle Coffee", "Equinox Flatiron", "Whole Foods"], n)
    checkins = pd.DataFrame(
        {
            "venueName": venue,
            "venueCategory": [{"W": "Coworking Space", "B": "Coffee Shop"}.get(v[0], "Other") for v in venue],
            "city": rng.choice(["New York", "Brooklyn"], n),
            "country": rng.choice(["United States", "Canada"], n, p=[0.9, 0.1]),
        }
    )
    # "where do i check in": the venue (not its city, country or kind of place)
    _, text = _run(checkins.copy(), "where do i check in the most")
    assert f"**{checkins['venueName'].value_counts().idxmax()}**" in text, text
    fills = pd.DataFrame(
        {
            "Odometer (km)": np.arange(n) * 500,
            "Gas station": rng.choice(["Shell", "BP", "Esso"], n, p=[0.5, 0.3, 0.2]),
            "Liters": rng.uniform(30, 50, n).round(2),
        }
    )
    _, text = _run(fills.copy(), "where do i fill up most often?")
    assert f"**{fills['Gas station'].value_counts().idxmax()}**" in text, text
    clinics = pd.DataFrame(
        {
            "Facility Name": [f"Clinic {i}" for i in range(n)],
            "State": rng.choice(["TX", "CA"], n),
            "Chain Organization": rng.choice(["DAVITA", "FRESENIUS", "INDEPENDENT"], n, p=[0.5, 0.3, 0.2]),
        }
    )
    # a company runs the clinics: the Chain Organization
    _, text = _run(clinics.copy(), "which company runs the most of them")
    assert f"**{clinics['Chain Organization'].value_counts().idxmax()}**" in text, text


def test_hours_of_a_runtime_kept_in_seconds_and_of_tracks_listened_to() -> None:
    rng = np.random.default_rng(8134)
    n = 2000
    runtime = pd.DataFrame(
        {
            "Date": pd.date_range("2024-04-22", periods=n, freq="5min").strftime("%Y-%m-%d"),
            "Current Temp (F)": rng.uniform(65, 75, n).round(1),
            "Wind Speed (km/h)": rng.integers(0, 30, n),
            "Cool Stage 1 (sec)": rng.choice([0, 0, 120, 300], n),
            "Heat Stage 1 (sec)": rng.choice([0, 0, 0, 60, 300], n),
            "Fan (sec)": rng.choice([0, 300], n),
        }
    )
    # the heating's runtime, of three kept in seconds: the one the question names, in hours
    _, text = _run(runtime.copy(), "how many hours did the heating run in total")
    assert _has(text, runtime["Heat Stage 1 (sec)"].sum() / 3600), text
    plays = pd.DataFrame(
        {
            "Song Title": rng.choice(["A", "B", "C"], n),
            "Listening Time": rng.integers(5, 400, n),
            "Platform Name": rng.choice(["android", "web"], n),
        }
    )
    # a track's Listening Time is in seconds
    _, text = _run(plays.copy(), "how many hours of music have i listened to")
    assert _has(text, plays["Listening Time"].sum() / 3600), text


def test_a_place_by_its_town_a_car_theft_a_task_done_and_people_hurt() -> None:
    rng = np.random.default_rng(8135)
    n = 900
    strikes = pd.DataFrame(
        {
            "AIRPORT_ID": rng.choice(["KDEN", "KDFW", "KMEM"], n),
            "AIRPORT": rng.choice(["DENVER INTL AIRPORT", "DALLAS/FORT WORTH INTL ARPT", "MEMPHIS INTL"], n),
            "SPECIES": rng.choice(["Horned lark", "Killdeer"], n),
        }
    )
    # "at denver": the airport named by its town
    _, text = _run(strikes.copy(), "how many bird strikes happened at denver")
    assert _has(text, int((strikes["AIRPORT"] == "DENVER INTL AIRPORT").sum())), text
    crimes = pd.DataFrame(
        {
            "MCI_CATEGORY": rng.choice(["Assault", "Auto Theft", "Robbery"], n),
            "PREMISES_TYPE": rng.choice(["Apartment", "House", "Outside"], n),
        }
    )
    # a car theft is an Auto Theft
    _, text = _run(crimes.copy(), "how many car thefts are there")
    assert _has(text, int((crimes["MCI_CATEGORY"] == "Auto Theft").sum())), text
    tasks = pd.DataFrame(
        {
            "Title": [f"Task {i}" for i in range(n)],
            "Status": rng.choice(["Completed", "Active", "Deferred"], n),
            "Importance": rng.choice(["High", "Normal"], n),
        }
    )
    # a task that is done is Completed
    _, text = _run(tasks.copy(), "how many tasks are done")
    assert _has(text, int((tasks["Status"] == "Completed").sum())), text
    spills = pd.DataFrame(
        {
            "NAME": rng.choice(["ENBRIDGE", "PLAINS"], n),
            "FATAL": np.where(rng.random(n) < 0.02, rng.integers(1, 4, n), np.nan),
            "INJURE": np.where(rng.random(n) < 0.03, rng.integers(1, 5, n), np.nan),
            "TOTAL_COST": rng.integers(1_000, 1_000_000, n),
        }
    )
    # people who died: each incident's FATAL added up, and people hurt its INJURE
    _, text = _run(spills.copy(), "how many people died in these")
    assert _has(text, spills["FATAL"].sum()), text
    _, text = _run(spills.copy(), "how many people were hurt")
    assert _has(text, spills["INJURE"].sum()), text


def test_a_team_that_answers_fastest_and_plays_counted_as_rows() -> None:
    rng = np.random.default_rng(8136)
    n = 1200
    chats = pd.DataFrame(
        {
            "Conversation ID": [f"{i:024x}" for i in range(n)],
            "Assigned Team": rng.choice(["Billing", "Tier 1 Support", "VIP Care"], n),
            "First Response Time (sec)": rng.integers(30, 5000, n),
            "Satisfaction Score": rng.integers(1, 6, n),
        }
    )
    # answering fastest: the lowest mean First Response Time
    _, text = _run(chats.copy(), "which team answers fastest")
    best = chats.groupby("Assigned Team")["First Response Time (sec)"].mean().idxmin()
    assert "First Response Time (sec)" in text.splitlines()[0] and f"**{best}**" in text, text
    plays = pd.DataFrame(
        {
            "uts": rng.integers(1_700_000_000, 1_710_000_000, n),
            "artist": rng.choice(["Phoenix", "Air", "Justice"], n),
            "track": rng.choice(["One", "Two", "Three"], n),
        }
    )
    # each row is a play: "in here total" counts them
    _, text = _run(plays.copy(), "how many plays are in here total")
    assert _has(text, n), text


def test_trips_for_work_years_travelled_and_nights_totalled_per_side() -> None:
    rng = np.random.default_rng(8137)
    n = 300
    start = pd.to_datetime(rng.choice(pd.date_range("2016-01-01", "2024-06-30"), n))
    trips = pd.DataFrame(
        {
            "Trip Name": [f"Trip {i}" for i in range(n)],
            "Start Date": start.strftime("%Y-%m-%d"),
            "End Date": (start + pd.to_timedelta(rng.integers(1, 10, n), unit="D")).strftime("%Y-%m-%d"),
            "Hotel Nights": rng.integers(0, 8, n),
            "Purpose": rng.choice(["Business", "Personal"], n),
            "Traveler Count": rng.integers(1, 4, n),
        }
    )
    # "for work": the business trips
    _, text = _run(trips.copy(), "how many of my trips were for work")
    assert _has(text, int((trips["Purpose"] == "Business").sum())), text
    # "did i travel the most": the year with the most trips, not the most travellers
    _, text = _run(trips.copy(), "what year did i travel the most")
    assert f"**{start.year.value_counts().idxmax()}**" in text, text
    # a total of whole nights per side, added up
    _, text = _run(trips.copy(), "total hotel nights business vs personal")
    assert _has(text, trips.loc[trips["Purpose"] == "Business", "Hotel Nights"].sum()), text


def test_recurring_revenue_added_and_its_net_change() -> None:
    rng = np.random.default_rng(8138)
    n = 900
    change = rng.choice([99, 250, -99, 49, -250, 1250], n)
    moves = pd.DataFrame(
        {
            "Date": pd.to_datetime(rng.choice(pd.date_range("2023-01-01", "2024-12-31"), n)).strftime("%Y-%m-%d"),
            "Movement": np.where(change > 0, rng.choice(["New", "Expansion"], n), "Churn"),
            "MRR Change": [f"-${-c:,.2f}" if c < 0 else f"${c:,.2f}" for c in change],
        }
    )
    amounts = pd.Series(change, dtype=float)
    new_2024 = (moves["Movement"] == "New") & moves["Date"].str.startswith("2024")
    # "how much … did we add": added up
    _, text = _run(moves.copy(), "how much new mrr did we add in 2024")
    assert _has(text, amounts[new_2024].sum()), text
    # the net change: every change added up
    _, text = _run(moves.copy(), "what's the net mrr change over the whole period")
    assert _has(text, amounts.sum()), text


def test_energy_in_kwhs_adds_up_and_listening_time_is_totalled() -> None:
    rng = np.random.default_rng(8139)
    n = 24 * 90
    usage = pd.DataFrame(
        {
            "Time Bucket (America/New_York)": pd.date_range("2024-01-01", periods=n, freq="h").strftime(
                "%m/%d/%Y %H:%M:%S"
            ),
            "Mains (kWhs)": rng.uniform(0.5, 4, n).round(3),
            "Dryer (kWhs)": rng.choice([0, 0, 0, 2.5], n),
        }
    )
    # kWhs written in camel case is one unit of energy: a month's usage is its total
    _, text = _run(usage.copy(), "dryer usage by month?")
    month = pd.to_datetime(usage["Time Bucket (America/New_York)"]).dt.to_period("M")
    assert _has(text, usage.groupby(month)["Dryer (kWhs)"].sum().iloc[0]), text
    plays = pd.DataFrame(
        {
            "Artist": rng.choice(["Angèle", "Stromae", "Phoenix"], n, p=[0.2, 0.3, 0.5]),
            "Listening Time": np.where(rng.random(n) < 0.5, rng.integers(180, 300, n), rng.integers(5, 30, n)),
        }
    )
    # the artist listened to the most: the most time, added up
    _, text = _run(plays.copy(), "who do i listen to the most")
    assert f"**{plays.groupby('Artist')['Listening Time'].sum().idxmax()}**" in text, text


def test_counties_counted_by_their_fips_codes() -> None:
    rng = np.random.default_rng(8140)
    counties = [("Washington County", "AL", 1129), ("Washington County", "AR", 5143), ("Polk County", "TX", 48373)]
    counties += [("Polk County", "IA", 19153), ("Harris County", "TX", 48201)]
    weeks = pd.date_range("2023-01-03", periods=20, freq="7D")
    rows = [(w.strftime("%Y-%m-%d"), f, c, s) for w in weeks for c, s, f in counties]
    drought = pd.DataFrame(rows, columns=["ValidStart", "FIPS", "County", "State"])
    drought["D0"] = rng.uniform(0, 100, len(drought)).round(2)
    # a county name repeats over states: the counties are their FIPS codes
    _, text = _run(drought, "how many counties are in here")
    assert "**5**" in text, text


def test_signed_amounts_kept_as_text_are_split_into_money_out_and_in() -> None:
    rng = np.random.default_rng(8141)
    n = 600
    amounts = np.where(rng.random(n) < 0.95, -rng.uniform(5, 1500, n), rng.uniform(1000, 3000, n)).round(2)
    budget = pd.DataFrame(
        {
            "Date": pd.to_datetime(rng.choice(pd.date_range("2023-01-01", "2023-12-31"), n)).strftime("%m/%d/%Y"),
            "Envelope": rng.choice(["Groceries", "Gas", "Rent", "Dining"], n),
            "Amount": [f"{a:,.2f}" for a in amounts],
        }
    )
    # "-1,450.00" as text: three examples show no sign, the profile's range does; spending is the charges
    month = pd.to_datetime(budget["Date"]).dt.to_period("M")
    spent = pd.Series(-amounts).where(amounts < 0)
    _, text = _run(budget.copy(), "what month did i spend the most")
    assert f"**{spent.groupby(month).sum().idxmax()}**" in text, text
    _, text = _run(budget.copy(), "which envelope ate the most money")
    assert f"**{spent.groupby(budget['Envelope']).sum().idxmax()}**" in text, text
    _, text = _run(budget.copy(), "total income for the year?")
    assert _has(text, amounts[amounts > 0].sum()), text


def test_the_things_a_file_is_about_are_its_rows() -> None:
    rng = np.random.default_rng(8142)
    n = 500
    clinics = pd.DataFrame(
        {
            "Facility Name": [f"Clinic {i}" for i in range(n)],
            "State": rng.choice(["TX", "CA", "NY"], n),
            "Offers in-center hemodialysis": rng.choice(["Yes", "No"], n, p=[0.8, 0.2]),
            "# of Dialysis Stations": rng.integers(5, 40, n),
        }
    )
    # "dialysis centers" of a file of dialysis facilities: every row, not those offering in-center dialysis
    _, text = _run(clinics, "how many dialysis centers are in texas", file="cms_dialysis_facility_compare.csv")
    assert "hemodialysis" not in text.splitlines()[0] and _has(text, int((clinics["State"] == "TX").sum())), text


def test_gas_is_fuel_and_what_has_not_cleared_is_blank() -> None:
    rng = np.random.default_rng(8143)
    n = 400
    ledger = pd.DataFrame(
        {
            "Date": pd.to_datetime(rng.choice(pd.date_range("2024-01-01", "2024-12-31"), n)).strftime("%m/%d/%Y"),
            "Payee": rng.choice(["Shell", "Kroger", "Landlord"], n),
            "Category": rng.choice(["Auto:Fuel", "Food:Groceries", "Home:Rent"], n),
            "Clr": np.where(rng.random(n) < 0.15, None, rng.choice(["R", "c"], n)),
            "Amount": -rng.uniform(10, 300, n).round(2),
        }
    )
    # "gas" of a budget is its Fuel
    _, text = _run(ledger.copy(), "how much did i spend on gas")
    assert _has(text, -ledger.loc[ledger["Category"] == "Auto:Fuel", "Amount"].sum()), text
    # "haven't cleared": no cleared mark
    _, text = _run(ledger.copy(), "how many transactions havent cleared yet")
    assert _has(text, int(ledger["Clr"].isna().sum())), text


def test_a_typical_year_of_monthly_rows_kept_under_a_year_number() -> None:
    rng = np.random.default_rng(8144)
    years = np.repeat(np.arange(1990, 2024), 12)
    station = pd.DataFrame(
        {
            "yyyy": years,
            "mm": np.tile(np.arange(1, 13), 34),
            "tmax": rng.uniform(5, 25, len(years)).round(1),
            "rain": rng.uniform(10, 110, len(years)).round(1),
        }
    )
    # rain in a typical year: each year's total, then their mean
    _, text = _run(station.copy(), "how much rain falls in a typical year?")
    assert _has(text, station.groupby("yyyy")["rain"].sum().mean()), text


def test_a_kind_of_bird_is_its_species_and_a_time_of_year_its_month() -> None:
    rng = np.random.default_rng(8145)
    n = 1500
    dates = pd.to_datetime(rng.choice(pd.date_range("2020-01-01", "2023-12-31"), n))
    strikes = pd.DataFrame(
        {
            "INCIDENT_DATE": dates.strftime("%m/%d/%Y 0:00"),
            "INCIDENT_YEAR": dates.year,
            "TIME": rng.choice(["08:15", "21:40", ""], n),
            "AC_CLASS": rng.choice(["A", "B"], n, p=[0.9, 0.1]),
            "SPECIES": rng.choice(["Unknown bird - small", "Horned lark", "Killdeer"], n, p=[0.2, 0.5, 0.3]),
        }
    )
    # "what kind of bird": the species, not an aircraft's class
    _, text = _run(strikes.copy(), "what kind of bird gets hit the most")
    assert f"**{strikes['SPECIES'].value_counts().idxmax()}**" in text, text
    # "time of year": the calendar month, not the TIME or the INCIDENT_YEAR
    _, text = _run(strikes.copy(), "what time of year is worst for strikes", file="faa_wildlife_strikes.csv")
    assert "calendar month" in text.splitlines()[0], text


def test_how_far_over_an_hour_and_per_workout_of_a_workout_log() -> None:
    rng = np.random.default_rng(8146)
    n = 500
    log = pd.DataFrame(
        {
            "Workout Date": pd.to_datetime(rng.choice(pd.date_range("2022-01-01", "2024-12-31"), n)).strftime(
                "%b. %d, %Y"
            ),
            "Activity Type": rng.choice(["Run", "Walk", "Bike Ride"], n),
            "Calories Burned (kCal)": rng.integers(100, 1200, n),
            "Distance (mi)": rng.uniform(1, 20, n).round(2),
            "Workout Time (seconds)": rng.integers(600, 9000, n),
            "Avg Pace (min/mi)": rng.uniform(5, 20, n).round(2),
        }
    )
    # "how far": the distance, not the pace in min/mi
    _, text = _run(log.copy(), "how far have i run in total")
    assert "Distance (mi)" in text.splitlines()[0], text
    # "over an hour": the one length there is, in its seconds
    _, text = _run(log.copy(), "how many workouts went over an hour")
    assert _has(text, int((log["Workout Time (seconds)"] > 3600).sum())), text
    # "per workout" of a workout log is each row; the groups are the activities
    _, text = _run(log.copy(), "avg calories per workout for each kind of activity")
    means = log.groupby("Activity Type")["Calories Burned (kCal)"].mean()
    assert all(_has(text, v) for v in means), text


def test_each_office_is_a_site_and_story_points_per_story_type() -> None:
    rng = np.random.default_rng(8147)
    n = 400
    people = pd.DataFrame(
        {
            "Display name": [f"Person {i}" for i in range(n)],
            "Site": rng.choice(["London", "Berlin", "New York"], n),
            "Job title": rng.choice(["Office Manager", "Engineer", "Designer"], n),
            "Base salary": rng.integers(40_000, 150_000, n),
        }
    )
    # "in each office": per Site, not the rows of Office Managers
    _, text = _run(people.copy(), "average salary in each office")
    assert all(_has(text, v) for v in people.groupby("Site")["Base salary"].mean()), text
    stories = pd.DataFrame(
        {
            "id": range(n),
            "name": [f"Story {i}" for i in range(n)],
            "type": rng.choice(["feature", "bug", "chore"], n),
            "estimate": rng.choice([1, 2, 3, 5, 8], n),
        }
    )
    # a story's points are its estimate; "per story type" of a file of stories is per type
    _, text = _run(stories.copy(), "average points per story type", file="shortcut_stories_export.csv")
    assert all(_has(text, v) for v in stories.groupby("type")["estimate"].mean()), text


def test_requests_still_waiting_for_approval_are_pending() -> None:
    rng = np.random.default_rng(8148)
    n = 900
    kinds = ["Paid vacation", "Sick leave", "Home office", "Unpaid leave"]
    absences = pd.DataFrame(
        {
            "First name": rng.choice(["Leon", "Mia", "Jonas"], n),
            "Absence type": rng.choice(kinds, n, p=[0.4, 0.3, 0.25, 0.05]),
            "Days": rng.integers(1, 15, n),
            "Status": rng.choice(["approved", "pending", "declined"], n, p=[0.85, 0.1, 0.05]),
        }
    )
    # "waiting for approval": pending
    _, text = _run(absences.copy(), "how many requests are still waiting for approval")
    assert _has(text, int((absences["Status"] == "pending").sum())), text


def test_hazmat_is_the_hm_flag() -> None:
    rng = np.random.default_rng(8149)
    n = 900
    carriers = pd.DataFrame(
        {
            "DOT_NUMBER": rng.integers(1_000_000, 4_000_000, n),
            "CARRIER_OPERATION": rng.choice(["A", "B", "C"], n),
            "HM_FLAG": rng.choice(["Y", "N"], n, p=[0.1, 0.9]),
            "PC_FLAG": rng.choice(["Y", "N"], n, p=[0.05, 0.95]),
            "DRIVER_TOTAL": rng.integers(1, 50, n),
        }
    )
    # "haul hazmat": the HM flag set
    _, text = _run(carriers.copy(), "what share of carriers haul hazmat")
    assert "HM_FLAG" in text.splitlines()[0], text


def test_which_habit_of_a_file_of_habits_is_its_title() -> None:
    rng = np.random.default_rng(8150)
    days = pd.date_range("2024-01-01", periods=120, freq="D")
    habits = ["Drink Water", "Meditate", "Read", "Floss"]
    rows = [(d.strftime("%Y%m%d"), h) for d in days for h in habits]
    log = pd.DataFrame(rows, columns=["entry_date", "title"])
    p = {"Drink Water": 0.9, "Meditate": 0.6, "Read": 0.7, "Floss": 0.4}
    log["status"] = [rng.choice(["completed", "missed"], p=[p[h], 1 - p[h]]) for h in log["title"]]
    # "which habit" of a file of habits: its title; "actually done": the completed rows
    _, text = _run(log.copy(), "which habit have i actually done the most?", file="streaks_habits.csv")
    done = log[log["status"] == "completed"]["title"].value_counts()
    assert f"**{done.idxmax()}**" in text, text


def test_hours_and_minutes_kept_in_two_columns_are_one_length() -> None:
    rng = np.random.default_rng(8151)
    n = 800
    logs = pd.DataFrame(
        {
            "Project": rng.choice(["Acme App", "Globex SEO", "Internal"], n),
            "Date": pd.to_datetime(rng.choice(pd.date_range("2024-01-01", "2024-06-30"), n)).strftime("%m/%d/%Y"),
            "Hours": rng.integers(0, 5, n),
            "Minutes": rng.choice([0, 5, 15, 30, 45], n),
        }
    )
    # 2 h 30 min is 2.5 hours: both columns, added up
    _, text = _run(logs.copy(), "how many hours did we log in total")
    assert _has(text, (logs["Hours"] + logs["Minutes"] / 60).sum()), text


def test_one_value_beside_blanks_is_a_mark() -> None:
    rng = np.random.default_rng(8152)
    n = 500
    budget = pd.DataFrame(
        {
            "Envelope": rng.choice(["Groceries", "Gas"], n),
            "Amount": -rng.uniform(5, 200, n).round(2),
            "Status": np.where(rng.random(n) < 0.8, "cleared", None),
        }
    )
    # "cleared" beside blanks picks rows: the others have not cleared
    _, text = _run(budget.copy(), "how many transactions havent cleared yet")
    assert _has(text, int(budget["Status"].isna().sum())), text


def test_a_sellers_gross_keeps_sales_positive() -> None:
    rng = np.random.default_rng(8153)
    n = 600
    gross = rng.uniform(10, 300, n).round(2)
    refund = rng.random(n) < 0.1
    gross[refund] = -gross[refund]
    sales = pd.DataFrame(
        {
            "Type": np.where(refund, "Payment Refund", "Website Payment"),
            "Gross": [f"{g:,.2f}" for g in gross],
            "Fee": (-np.abs(gross) * 0.03).round(2),
            "Balance": [f"{b:,.2f}" for b in 1000 + np.cumsum(gross)],
        }
    )
    # a few refunds below zero do not make the sales charges: money in is the positive Gross
    _, text = _run(sales.copy(), "how much money came in from sales in total?")
    assert _has(text, gross[gross > 0].sum()), text


def test_a_brokers_deposits_are_the_rows_labelled_so() -> None:
    rng = np.random.default_rng(8154)
    n = 400
    action = rng.choice(["Market buy", "Deposit", "Dividend (Ordinary)", "Withdrawal"], n, p=[0.6, 0.2, 0.19, 0.01])
    total = np.where(action == "Withdrawal", -500.0, rng.uniform(1, 900, n).round(2))
    trades = pd.DataFrame(
        {
            "Action": action,
            "Total": total,
            "Notes": np.where(action == "Deposit", "Bank Transfer", None),
        }
    )
    # positive buys beside a few negative withdrawals: the deposits are the rows the Action names, kept
    _, text = _run(trades.copy(), "how much have i deposited in total")
    assert _has(text, trades.loc[trades["Action"] == "Deposit", "Total"].sum()), text
    # a card's charges written positive beside a few negative Income rows: spending is still the positive rows
    category = rng.choice(["Groceries", "Bills & Utilities", "Income"], n, p=[0.5, 0.4, 0.1])
    amount = np.where(category == "Income", -rng.uniform(1000, 3000, n), rng.uniform(5, 300, n)).round(2)
    card = pd.DataFrame({"Category": category, "Amount": amount})
    _, text = _run(card.copy(), "what do i spend the most on?")
    assert f"**{html.escape(card[card['Amount'] > 0].groupby('Category')['Amount'].sum().idxmax())}**" in text, text


def test_plants_capacity_in_megawatts_adds_up() -> None:
    rng = np.random.default_rng(8155)
    n = 700
    plants = pd.DataFrame(
        {
            "country": rng.choice(["USA", "CHN", "IND", "DEU"], n, p=[0.55, 0.15, 0.15, 0.15]),
            "primary_fuel": rng.choice(["Solar", "Coal", "Gas"], n),
            "capacity_mw": np.where(rng.random(n) < 0.5, rng.uniform(1, 20, n), rng.uniform(200, 900, n)).round(1),
        }
    )
    plants.loc[plants["country"] == "CHN", "capacity_mw"] *= 3
    # the most solar capacity: every plant's capacity added up per country
    _, text = _run(plants.copy(), "which country has the most solar capacity")
    solar = plants[plants["primary_fuel"] == "Solar"].groupby("country")["capacity_mw"].sum()
    assert f"**{solar.idxmax()}**" in text and _has(text, solar.max()), text


def test_a_request_word_as_the_head_of_a_name() -> None:
    rng = np.random.default_rng(8156)
    n = 500
    diary = pd.DataFrame(
        {
            "Show Name": rng.choice(["The Office", "Succession", "Severance", "Bluey"], n, p=[0.4, 0.2, 0.2, 0.2]),
            "Date Watched": pd.date_range("2023-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
        }
    )
    # "what show": Show Name, not the date it was watched
    _, text = _run(diary.copy(), "what show have i watched the most")
    assert "Show Name" in text.splitlines()[0] and "**The Office**" in text, text


def test_the_year_of_the_date_the_rows_noun_names() -> None:
    rng = np.random.default_rng(8157)
    n = 900
    observed = pd.to_datetime(rng.choice(pd.date_range("2018-01-01", "2023-12-31"), n))
    obs = pd.DataFrame(
        {
            "observed_on": observed.strftime("%Y-%m-%d"),
            "time_observed_at": observed.strftime("%Y-%m-%d 10:00:00"),
            "created_at": pd.to_datetime(rng.choice(pd.date_range("2023-06-01", "2024-06-30"), n)).strftime("%Y-%m-%d"),
            "quality_grade": rng.choice(["research", "needs_id"], n),
        }
    )
    # "which year had the most observations": the year of observed_on, not a question about which column
    _, text = _run(obs.copy(), "which year had the most observations")
    years = pd.to_datetime(obs["observed_on"]).dt.year.value_counts()
    assert f"**{years.idxmax()}**" in text, text


def test_which_kind_of_thing_is_no_value_said_by_one_word() -> None:
    rng = np.random.default_rng(8158)
    n = 800
    lenders = ["Bank of America, National Association", "JPMorgan Chase Bank", "Cross River Bank", "Kabbage Inc."]
    loans = pd.DataFrame(
        {
            "OriginatingLender": rng.choice(lenders, n, p=[0.2, 0.4, 0.25, 0.15]),
            "CurrentApprovalAmount": rng.uniform(1000, 90000, n).round(2),
        }
    )
    # "which bank": the lenders ranked, not the rows of Bank of America
    _, text = _run(loans.copy(), "which bank made the most loans")
    assert f"**{loans['OriginatingLender'].value_counts().idxmax()}**" in text, text


def test_a_measures_word_is_no_value_and_the_jobs_are_the_rows() -> None:
    rng = np.random.default_rng(8159)
    n = 600
    begin = pd.to_datetime(rng.choice(pd.date_range("2023-01-01", "2023-12-31"), n))
    cases = pd.DataFrame(
        {
            "WORKSITE_STATE": rng.choice(["FL", "WA", "GA", "NC"], n),
            "JOB_TITLE": rng.choice(["FARM WORKER", "FARM LABORER, LIVESTOCK", "HARVESTER"], n),
            "CROP": rng.choice(["Apples", "Peaches", "Tobacco"], n),
            "TOTAL_WORKERS_H2A_REQUESTED": rng.integers(1, 80, n),
            "TOTAL_WORKERS_H2A_CERTIFIED": rng.integers(0, 60, n),
            "EMPLOYMENT_BEGIN_DATE": begin.strftime("%Y-%m-%d"),
            "EMPLOYMENT_END_DATE": (begin + pd.to_timedelta(rng.integers(30, 300, n), unit="D")).strftime("%Y-%m-%d"),
        }
    )
    # "workers": the measure TOTAL_WORKERS_…, not the rows of FARM WORKER
    _, text = _run(cases.copy(), "how many workers got certified in total")
    assert _has(text, int(cases["TOTAL_WORKERS_H2A_CERTIFIED"].sum())), text
    # a crop "needs" the workers requested
    _, text = _run(cases.copy(), "what crop needs the most workers")
    assert "TOTAL_WORKERS_H2A_REQUESTED" in text.splitlines()[0], text
    # "the jobs": every row, each a job, not one span per JOB_TITLE
    _, text = _run(cases.copy(), "how long do the jobs last on average, in days")
    assert "JOB_TITLE" not in text.splitlines()[0], text


def test_time_asleep_of_a_column_called_asleep() -> None:
    rng = np.random.default_rng(8160)
    n = 400
    minutes = rng.integers(300, 560, n)
    nights = pd.DataFrame(
        {
            "ISO8601": pd.date_range("2022-06-01", periods=n, freq="D").strftime("%Y-%m-%dT07:00:00"),
            "asleep": [f"{m // 60:02d}:{m % 60:02d}:00" for m in minutes],
            "sleepBPM": rng.integers(48, 62, n),
            "rating": rng.integers(1, 6, n),
        }
    )
    # "how much do i sleep": the length asleep, not the heart rate while asleep
    _, text = _run(nights.copy(), "how much do i sleep on average")
    assert "asleep" in text.splitlines()[0] and "BPM" not in text.splitlines()[0], text
    _, text = _run(nights.copy(), "which month did i sleep the most")
    month = pd.Series(minutes).groupby(pd.to_datetime(nights["ISO8601"]).dt.to_period("M")).mean().idxmax()
    assert f"**{month}**" in text, text


def test_what_kind_of_thing_is_its_own_type_column() -> None:
    rng = np.random.default_rng(8161)
    n = 700
    finds = pd.DataFrame(
        {
            "Cache Name": [f"Cache {i}" for i in rng.integers(0, 600, n)],
            "Cache Type": rng.choice(["Traditional Cache", "Mystery Cache", "Multi-cache"], n, p=[0.6, 0.25, 0.15]),
            "Log Type": rng.choice(["Found it", "Didn't find it"], n, p=[0.85, 0.15]),
        }
    )
    _, text = _run(finds.copy(), "what kind of cache do i find most")
    assert "Cache Type" in text.splitlines()[0], text


def test_names_apps_sizes_and_climbs() -> None:
    rng = np.random.default_rng(8162)
    n = 600
    art = pd.DataFrame(
        {
            "Artist Display Name": rng.choice(["Rembrandt van Rijn", "Utagawa Hiroshige", "Paul Revere"], n),
            "Artist Nationality": rng.choice(["Dutch", "Japanese", "American", "French"], n, p=[0.4, 0.1, 0.1, 0.4]),
        }
    )
    # the artist by name, not by nationality
    _, text = _run(art.copy(), "which artist has the most works")
    assert "Artist Display Name" in text.splitlines()[0], text
    plays = pd.DataFrame(
        {
            "ClientName": rng.choice(["Jellyfin Web", "Jellyfin Android", "Infuse"], n, p=[0.5, 0.3, 0.2]),
            "DeviceName": rng.choice(["Chrome", "Pixel 7", "Apple TV", "Firefox", "iPad"], n),
            "PlayDuration": rng.integers(0, 7200, n),
        }
    )
    _, text = _run(plays.copy(), "which app do people use most to watch")
    assert "ClientName" in text.splitlines()[0], text
    rocks = pd.DataFrame(
        {"H": rng.uniform(10, 22, n), "diameter": np.where(rng.random(n) < 0.6, None, rng.uniform(1, 9, n))}
    )
    _, text = _run(rocks.copy(), "what's the average size")
    assert _has(text, pd.to_numeric(rocks["diameter"]).mean()), text
    hikes = pd.DataFrame(
        {
            "Activity Type": rng.choice(["Hiking", "Trail running"], n),
            "Elevation Gain (ft)": rng.integers(100, 3000, n),
        }
    )
    _, text = _run(hikes.copy(), "whats the avg climb on my trail runs")
    runs = hikes[hikes["Activity Type"] == "Trail running"]
    assert _has(text, runs["Elevation Gain (ft)"].mean()), text


def test_dates_with_a_two_digit_year_and_which_of_a_kind() -> None:
    rng = np.random.default_rng(8163)
    n = 600
    stamps = pd.to_datetime(rng.choice(pd.date_range("2022-01-01", "2023-12-31 23:00", freq="h"), n))
    sales = pd.DataFrame(
        {
            "date": [f"{t.month}/{t.day}/{t:%y} {t:%I:%M}{t:%p}".lower().lstrip("0") for t in stamps],
            "item type": rng.choice(["album", "track", "package"], n),
            "item name": rng.choice(["Night Swimmers", "Low Tide", "Glass Harbor"], n, p=[0.5, 0.3, 0.2]),
            "quantity": rng.integers(1, 4, n),
        }
    )
    # "1/15/24 3:22pm" is a date: "which month" groups by it
    _, text = _run(sales.copy(), "which month had the most sales")
    month = stamps.to_period("M").value_counts().idxmax()
    assert f"**{month}**" in text, text
    # "which album": the item names of the album rows
    _, text = _run(sales.copy(), "which album sold the most copies")
    albums = sales[sales["item type"] == "album"].groupby("item name")["quantity"].sum()
    assert f"**{albums.idxmax()}**" in text and _has(text, int(albums.max())), text


def test_the_year_a_thing_came_in_before_the_year_it_closed() -> None:
    rng = np.random.default_rng(8164)
    n = 700
    received = rng.choice([2015, 2016, 2017, 2018], n, p=[0.4, 0.3, 0.2, 0.1])
    allegations = pd.DataFrame(
        {
            "complaint_id": rng.integers(10_000, 40_000, n),
            "year_received": received,
            "year_closed": received + rng.integers(1, 3, n),
            "fado_type": rng.choice(["Force", "Discourtesy"], n),
        }
    )
    # the year of the complaints is when they were received, not a question of which year column
    _, text = _run(allegations.copy(), "which year had the most complaints")
    assert "year_received" in text.splitlines()[0] and "**2015**" in text, text


def test_a_span_between_a_zoned_and_a_plain_date_and_a_plain_duration() -> None:
    rng = np.random.default_rng(8165)
    n = 500
    published = pd.to_datetime(rng.choice(pd.date_range("2023-01-01", "2023-12-31"), n))
    played = published + pd.to_timedelta(rng.integers(1, 30 * 24, n), unit="h")
    episodes = pd.DataFrame(
        {
            "episode_title": [f"Episode {i}" for i in range(n)],
            "published_date": published.strftime("%Y-%m-%d"),
            "duration": rng.integers(600, 7200, n),
            "played_at": played.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
    )
    # a date with a zone ("…Z") less one without: both read in UTC, not a TypeError
    _, text = _run(episodes.copy(), "how long after publishing do i usually play an episode")
    hours = (played - published).total_seconds() / 3600
    assert _has(text, float(np.median(hours))) or _has(text, float(np.mean(hours))), text
    # "how long is a typical episode": the rows' one length, not the time between their dates
    _, text = _run(episodes.copy(), "how long is a typical episode")
    # (said in minutes: a length in seconds is worth reading so)
    assert text.startswith("Mean of duration") and _has(text, episodes["duration"].mean() / 60), text


def test_who_pays_the_most_overtime_and_which_author() -> None:
    rng = np.random.default_rng(8166)
    n = 900
    payroll = pd.DataFrame(
        {
            "Agency Name": rng.choice(["POLICE DEPARTMENT", "FIRE DEPARTMENT", "DEPT OF EDUCATION"], n),
            "Regular Hours": rng.uniform(1000, 2080, n).round(1),
            "OT Hours": rng.uniform(0, 900, n).round(1),
            "Total OT Paid": rng.uniform(0, 70000, n).round(2),
            "Total Other Pay": rng.uniform(0, 9000, n).round(2),
        }
    )
    payroll.loc[payroll["Agency Name"] == "FIRE DEPARTMENT", "Total OT Paid"] *= 2
    # "pays" is the verb of the agency: the agencies ranked by the overtime paid
    _, text = _run(payroll.copy(), "which agency pays the most overtime")
    paid = payroll.groupby("Agency Name")["Total OT Paid"].sum()
    assert f"**{paid.idxmax()}**" in text, text
    _, text = _run(payroll.copy(), "how many employees worked more than 500 hours of overtime")
    assert _has(text, int((payroll["OT Hours"] > 500).sum())), text
    books = pd.DataFrame(
        {
            "Title": [f"Book {i}" for i in rng.integers(0, 200, n)],
            "Creator": rng.choice(["Hoover, Colleen", "King, Stephen", "Rooney, Sally"], n, p=[0.5, 0.3, 0.2]),
            "Checkouts": rng.integers(1, 40, n),
        }
    )
    _, text = _run(books.copy(), "which author gets checked out the most")
    assert f"**{books.groupby('Creator')['Checkouts'].sum().idxmax()}**" in text, text


def test_rows_counted_by_a_dates_word_and_the_thing_a_verb_takes() -> None:
    rng = np.random.default_rng(8167)
    n = 400
    staff = pd.DataFrame(
        {
            "AGENCY NAME": rng.choice(["Health", "Transport"], n),
            "EMPLOY DATE": pd.to_datetime(rng.choice(pd.date_range("2000-01-01", "2023-12-31"), n)).strftime(
                "%m/%d/%Y"
            ),
            "ANNUAL": rng.uniform(30000, 90000, n).round(2),
        }
    )
    # "how many employees": the rows, not a count of EMPLOY DATE
    _, text = _run(staff.copy(), "how many employees are in here")
    assert "EMPLOY DATE" not in text.splitlines()[0] and _has(text, n), text
    log = pd.DataFrame(
        {
            "Meal": rng.choice(["Breakfast", "Lunch", "Dinner"], n),
            "Food Name": rng.choice(["coffee with milk", "banana", "oatmeal", "rice"], n, p=[0.4, 0.2, 0.2, 0.2]),
            "Calories": rng.integers(50, 700, n),
        }
    )
    # "what do i eat most often": the food, by its name
    _, text = _run(log.copy(), "what do i eat most often")
    assert f"**{log['Food Name'].value_counts().idxmax()}**" in text, text


def test_a_period_said_after_over_time() -> None:
    rng = np.random.default_rng(8168)
    n = 500
    tests_ = pd.DataFrame(
        {
            "Date": pd.to_datetime(rng.choice(pd.date_range("2023-01-01", "2023-12-31"), n)).strftime("%Y-%m-%d"),
            "Download": rng.uniform(50_000, 600_000, n).round(),
        }
    )
    # "over time" names the date; the month said later is the period it is read by
    _, text = _run(tests_.copy(), "has it gotten faster over time? which month had the best average download")
    month = tests_.groupby(pd.to_datetime(tests_["Date"]).dt.to_period("M"))["Download"].mean().idxmax()
    assert f"**{month}**" in text, text


def test_things_saved_are_the_rows_of_a_bookmarks_export() -> None:
    rng = np.random.default_rng(8169)
    n = 500
    marks = pd.DataFrame(
        {
            "title": [f"Article {i}" for i in range(n)],
            "folder": rng.choice(["Recipes", "Reading", "Work"], n),
            "created": pd.to_datetime(rng.choice(pd.date_range("2021-01-01", "2024-06-30"), n)).strftime(
                "%Y-%m-%dT%H:%M:%S.000Z"
            ),
        }
    )
    # "save" is what the person did with each row, not a request to save the data
    _, text = _run(marks.copy(), "how many did i save in 2023")
    assert _has(text, int(marks["created"].str.startswith("2023").sum())), text


def test_how_many_numbered_things_were_tracked() -> None:
    rng = np.random.default_rng(8170)
    lengths = rng.integers(25, 33, 20)
    days = pd.DataFrame(
        {
            "Date": pd.date_range("2022-01-01", periods=int(lengths.sum()), freq="D").strftime("%Y-%m-%d"),
            "Cycle Day": np.concatenate([np.arange(1, k + 1) for k in lengths]),
            "Cycle Number": np.repeat(np.arange(1, 21), lengths),
            "Temperature (C)": rng.normal(36.5, 0.2, int(lengths.sum())).round(2),
        }
    )
    # each cycle is a number that repeats on its days: counted once each
    _, text = _run(days.copy(), "how many cycles have i tracked")
    assert "**20**" in text, text


def test_a_lobbying_firm_is_the_registrant() -> None:
    rng = np.random.default_rng(8171)
    n = 600
    filings = pd.DataFrame(
        {
            "filing_type": rng.choice(["Q1", "Q2", "Q3", "Q4"], n),
            "registrant_name": rng.choice(["AKIN GUMP", "BROWNSTEIN HYATT", "HOLLAND & KNIGHT"], n),
            "client_name": rng.choice([f"CLIENT {i}" for i in range(25)], n),
            "income": rng.uniform(10_000, 400_000, n).round(-3),
            "lobbying_issue_codes": rng.choice(["TAX", "HCR; TAX", "DEF", "ENG; ENV"], n),
        }
    )
    # "lobbying" qualifies the firm: the registrants ranked by income, not the issue codes
    _, text = _run(filings.copy(), "which lobbying firm brought in the most money")
    assert f"**{html.escape(filings.groupby('registrant_name')['income'].sum().idxmax())}**" in text, text


def test_earnings_of_each_stream_add_up() -> None:
    rng = np.random.default_rng(8172)
    n = 900
    store = rng.choice(["Spotify", "Apple Music", "iTunes"], n, p=[0.6, 0.3, 0.1])
    royalties = pd.DataFrame(
        {
            "Store": store,
            "Quantity": rng.integers(1, 500, n),
            "Earnings (USD)": np.where(store == "iTunes", rng.uniform(0.5, 1.0, n), rng.uniform(0.0, 0.4, n)).round(6),
        }
    )
    # what each platform paid in all, not its average row (iTunes pays most per sale, Spotify most in total)
    _, text = _run(royalties.copy(), "which platform pays me the most")
    assert f"**{royalties.groupby('Store')['Earnings (USD)'].sum().idxmax()}**" in text, text


def test_a_period_a_labelled_deed_was_done_the_most() -> None:
    rng = np.random.default_rng(8173)
    n = 500
    when = pd.to_datetime(rng.choice(pd.date_range("2022-01-01", "2023-12-31"), n))
    action = rng.choice(["Market buy", "Deposit", "Dividend"], n, p=[0.6, 0.25, 0.15])
    action[(when.year == 2022) & (rng.random(n) < 0.5)] = "Market buy"  # most deposits fall in 2023
    log = pd.DataFrame({"Action": action, "Time": when.strftime("%Y-%m-%d %H:%M:%S"), "Total": rng.uniform(1, 900, n)})
    # "did i deposit the most": the rows its label calls Deposit, counted per year (not every row)
    _, text = _run(log.copy(), "which year did i deposit the most")
    deposits = log[log["Action"] == "Deposit"]
    year = pd.to_datetime(deposits["Time"]).dt.year.value_counts().idxmax()
    assert "Deposit" in text.splitlines()[0] and f"**{year}**" in text, text


def test_the_longest_one_and_a_ledgers_deposits() -> None:
    rng = np.random.default_rng(8174)
    n = 400
    sessions = pd.DataFrame({"Sport": rng.choice(["Running", "Cycling"], n), "Duration": rng.integers(10, 200, n)})
    # "how long was my longest workout": the one longest, not the typical length
    _, text = _run(sessions.copy(), "how long was my longest workout?")
    assert _has(text, int(sessions["Duration"].max())), text
    kind = rng.choice(["deposit", "trade", "withdrawal"], n, p=[0.2, 0.7, 0.1])
    ledger = pd.DataFrame(
        {
            "type": kind,
            "asset": rng.choice(["ZUSD", "XXBT"], n),
            "amount": np.where(kind == "withdrawal", -rng.uniform(10, 500, n), rng.uniform(10, 900, n)).round(2),
            "fee": rng.uniform(0, 2, n).round(2),
        }
    )
    # deposits named by the ledger's own label: its amount added up, not its fee
    _, text = _run(ledger.copy(), "how much have i deposited overall?")
    kept = ledger[ledger["type"] == "deposit"]
    assert text.startswith("Total of amount") and _has(text, kept["amount"].sum()), text


def test_a_length_in_seconds_is_said_in_minutes() -> None:
    rng = np.random.default_rng(8175)
    n = 300
    episodes = pd.DataFrame(
        {
            "podcast_title": rng.choice(["The Daily", "Hard Fork", "Acquired"], n),
            "duration": (rng.uniform(20, 120, n) * 60).astype(int),
            "playing_status": rng.choice(["played", "unplayed"], n),
        }
    )
    # an unlabelled duration in the thousands is seconds: "how long" is answered in minutes
    _, text = _run(episodes.copy(), "how long is a typical episode")
    assert "in minutes" in text.splitlines()[0] and _has(text, episodes["duration"].mean() / 60), text


def test_a_golf_score_is_best_when_lowest() -> None:
    rng = np.random.default_rng(8176)
    n = 300
    course = rng.choice(["Pine Valley", "Eagle Ridge", "Cedar Hollow"], n)
    holes = rng.choice([9, 18], n, p=[0.2, 0.8])
    rounds = pd.DataFrame(
        {
            "Course": course,
            "Holes": holes,
            "Score": np.where(holes == 18, 72, 36) + rng.integers(0, 25, n) + np.where(course == "Cedar Hollow", 6, 0),
            "Par": np.where(holes == 18, 72, 36),
            "Handicap Index": np.linspace(22, 15, n).round(1),
        }
    )
    # beside a Par column a Score counts strokes: the best is the lowest
    _, text = _run(rounds.copy(), "which course do i score best at")
    assert f"**{rounds.groupby('Course')['Score'].mean().idxmin()}**" in text, text
    _, text = _run(rounds.copy(), "best 18 hole score?")
    assert _has(text, int(rounds.loc[rounds["Holes"] == 18, "Score"].min())), text


def test_a_count_per_row_on_average() -> None:
    rng = np.random.default_rng(8177)
    n = 200
    rounds = pd.DataFrame(
        {
            "Course": rng.choice(["A", "B"], n),
            "Par": 72,
            "Putts": rng.integers(24, 40, n),
            "Score": rng.integers(70, 100, n),
        }
    )
    # "putts a round" is no initialism of Par, and "on average" asks for the mean count, not the total
    _, text = _run(rounds.copy(), "how many putts a round on average")
    assert text.startswith("Mean of Putts") and _has(text, rounds["Putts"].mean()), text


def test_one_amount_needs_no_naming_and_a_party_is_named_by_its_values() -> None:
    rng = np.random.default_rng(8178)
    n = 600
    party = rng.choice(["Labour Party", "Green Party", "Reform UK", "Liberal Democrats", "Conservative Party"], n)
    donations = pd.DataFrame(
        {
            "RegulatedEntityName": party,
            "RegulatedEntityType": rng.choice(["Political Party", "Third Party", "Regulated Donee"], n),
            "Value": [f"£{v:,.2f}" for v in rng.uniform(500, 90_000, n)],
            "DonorName": rng.choice([f"Donor {i}" for i in range(60)], n),
        }
    )
    value = pd.to_numeric(donations["Value"].str.replace(r"[£,]", "", regex=True))
    # the file's one amount is what "how much" means; "which party" is the label whose values say Party
    _, text = _run(donations.copy(), "how much did labour get in total")
    assert _has(text, value[party == "Labour Party"].sum()), text
    _, text = _run(donations.copy(), "which party got the most money")
    assert f"**{value.groupby(party).sum().idxmax()}**" in text, text
    support = pd.DataFrame(
        {
            "DateTime (UTC)": pd.date_range("2023-01-01", periods=n, freq="13h").strftime("%Y-%m-%d %H:%M:%S"),
            "TransactionType": rng.choice(["Donation", "Shop Order", "Commission"], n, p=[0.7, 0.2, 0.1]),
            "Received": np.where(rng.random(n) < 0.1, 120.0, 5.0).round(2),
        }
    )
    # money said of a file whose one amount is Received: its total per kind, not rows counted
    _, text = _run(support.copy(), "which kind of support brings in the most money")
    assert f"**{support.groupby('TransactionType')['Received'].sum().idxmax()}**" in text, text


def test_lowercase_codes_a_show_name_and_a_rewatch_flag() -> None:
    rng = np.random.default_rng(8179)
    n = 800
    status = rng.choice(["settled", "processor_declined", "gateway_rejected", "voided"], n, p=[0.8, 0.1, 0.05, 0.05])
    payments = pd.DataFrame(
        {
            "Transaction Status": status,
            "Payment Instrument Type": rng.choice(["credit_card", "paypal_account", "apple_pay_card"], n),
            "Amount Authorized": rng.uniform(5, 300, n).round(2),
        }
    )
    # a word of a lower-case code names it: "declined" is processor_declined, "paypal" paypal_account
    _, text = _run(payments.copy(), "how many transactions got declined")
    assert _has(text, int((status == "processor_declined").sum())), text
    _, text = _run(payments.copy(), "what share of payments were paypal")
    share = (payments["Payment Instrument Type"] == "paypal_account").mean()
    assert _has(text, 100 * share) or _has(text, share), text
    show = rng.choice(["The Office (US)", "Friends", "Lost"], n, p=[0.5, 0.3, 0.2])
    log = pd.DataFrame(
        {
            "tv_show_name": show,
            "episode_number": rng.integers(1, 24, n),
            "created_at": pd.date_range("2021-01-01", periods=n, freq="17h").strftime("%Y-%m-%d %H:%M:%S"),
            "episode_runtime": np.where(show == "Lost", 43, 22),
            "is_rewatch": (rng.random(n) < 0.05).astype(int),
        }
    )
    # "which show" is tv_show_name; "watch" is no rewatch; a 0/1 flag counts its rows; hours of runtime
    _, text = _run(log.copy(), "which show have i watched the most")
    assert "**The Office (US)**" in text, text
    _, text = _run(log.copy(), "what month did i watch the most")
    assert "is_rewatch" not in text.splitlines()[0], text
    _, text = _run(log.copy(), "how many episodes were rewatches")
    assert _has(text, int(log["is_rewatch"].sum())), text
    _, text = _run(log.copy(), "how many hours have i spent watching tv altogether")
    assert _has(text, log["episode_runtime"].sum() / 60), text


def test_solar_made_is_energy_produced_in_watt_hours() -> None:
    rng = np.random.default_rng(8180)
    n = 700
    made = rng.uniform(0, 40_000, n).round()
    solar = pd.DataFrame(
        {
            "Date/Time": pd.date_range("2021-01-01", periods=n, freq="D").strftime("%m/%d/%Y"),
            "Energy Produced (Wh)": made,
            "Energy Consumed (Wh)": rng.uniform(10_000, 40_000, n).round(),
            "Exported to Grid (Wh)": (made * 0.5).round(),
        }
    )
    # the panels' "made" and "solar" name what is produced, a unit (Wh) after it notwithstanding
    _, text = _run(solar.copy(), "how much power have the panels made in total")
    assert _has(text, made.sum()), text
    _, text = _run(solar.copy(), "which month was best for solar")
    when = pd.to_datetime(solar["Date/Time"], format="%m/%d/%Y")
    best = solar.groupby(when.dt.to_period("M"))["Energy Produced (Wh)"].sum().idxmax()
    assert str(best) in text, text


def test_a_weather_station_reads_outdoors_gusts_and_particles() -> None:
    rng = np.random.default_rng(8181)
    n = 500
    outdoor = rng.uniform(30, 90, n).round(1)
    station = pd.DataFrame(
        {
            "Date": pd.date_range("2024-03-01", periods=n, freq="h").strftime("%Y-%m-%d %H:%M:%S"),
            "Outdoor Temperature (°F)": outdoor,
            "Wind Speed (mph)": rng.uniform(0, 15, n).round(1),
            "Wind Gust (mph)": rng.uniform(0, 35, n).round(1),
            "Relative Pressure (inHg)": rng.uniform(29.6, 30.3, n).round(2),
            "Humidity (%)": (110 - outdoor + rng.normal(0, 3, n)).round(),
            "Indoor Temperature (°F)": rng.uniform(66, 72, n).round(1),
            "pm2.5_atm_a": rng.uniform(1, 60, n).round(1),
        }
    )
    # the plain reading is outdoors; inHg is a unit ("had gusts" spells no hg); "pm2.5" is one word
    _, text = _run(station.copy(), "is humidity related to temperature")
    assert "Outdoor Temperature" in text.splitlines()[0], text
    _, text = _run(station.copy(), "how many readings had gusts over 20 mph?")
    assert _has(text, int((station["Wind Gust (mph)"] > 20).sum())), text
    _, text = _run(station.copy(), "highest pm2.5 it recorded?")
    assert _has(text, station["pm2.5_atm_a"].max()), text


def test_a_bound_no_date_can_hold_and_a_coin_and_my_overall_gain() -> None:
    rng = np.random.default_rng(8182)
    n = 600
    air = pd.DataFrame(
        {
            "timestamp": pd.date_range("2024-02-01", periods=n, freq="5min").strftime("%Y-%m-%dT%H:%M:%SZ"),
            "co2": rng.uniform(400, 1600, n).round(),
            "temp": rng.uniform(18, 24, n).round(1),
        }
    )
    # "it" after the co2 turn: 1000 bounds the co2, never the year of a date (no date holds the year 1000)
    _, text = _run(air.copy(), "what's the average co2 level", "how often did it go above 1000")
    assert _has(text, int((air["co2"] > 1000).sum())), text
    gains = pd.DataFrame(
        {
            "Date Sold": pd.date_range("2023-01-01", periods=n, freq="D").strftime("%Y-%m-%d %H:%M"),
            "Asset": rng.choice(["BTC", "ETH", "ADA"], n),
            "Proceeds (EUR)": rng.uniform(10, 900, n).round(2),
            "Gain / loss": rng.normal(0, 80, n).round(2),
            "Holding period": rng.choice(["Short term", "Long term"], n),
        }
    )
    # "my overall" adds mine up; a coin is the Asset
    _, text = _run(gains.copy(), "what's my overall gain or loss?")
    assert _has(text, gains["Gain / loss"].sum()), text
    _, text = _run(gains.copy(), "which coin made me the most money")
    assert f"**{gains.groupby('Asset')['Gain / loss'].sum().idxmax()}**" in text, text


def test_rides_start_at_a_time_not_a_latitude() -> None:
    rng = np.random.default_rng(8183)
    n = 500
    start = pd.Timestamp("2024-06-01") + pd.to_timedelta(rng.integers(0, 30 * 24 * 60, n), unit="min")
    rides = pd.DataFrame(
        {
            "ride_id": [f"R{i:05d}" for i in range(n)],
            "started_at": start.strftime("%Y-%m-%d %H:%M:%S.%f"),
            "start_station_name": rng.choice(["MIT", "Kendall", "Harvard"], n),
            "start_lat": rng.uniform(42.3, 42.4, n),
            "start_lng": rng.uniform(-71.2, -71.0, n),
        }
    )
    _, text = _run(rides.copy(), "what time of day do most rides start")
    assert "started_at" in text.splitlines()[0] and f"{start.hour.value_counts().idxmax()}" in text, text


def test_fuel_codes_said_in_full_and_a_follow_up_keeps_its_rows() -> None:
    rng = np.random.default_rng(8184)
    n = 900
    code = rng.choice(["E10", "U91", "P95", "P98", "DL", "PDL", "LPG"], n)
    prices = pd.DataFrame(
        {
            "Suburb": rng.choice(["PARRAMATTA", "BONDI", "PENRITH", "DUBBO"], n),
            "Brand": rng.choice(["Ampol", "BP", "Shell", "7-Eleven"], n),
            "FuelCode": code,
            "Price": (rng.uniform(180, 230, n) + np.where(code == "DL", 15, 0)).round(1),
        }
    )
    # "unleaded 91" is U91 and "premium 98" P98, of a label of short codes; "income" is no IN of state codes
    _, text = _run(prices.copy(), "cheapest brand for unleaded 91?")
    kept = prices[prices["FuelCode"] == "U91"]
    assert "FuelCode = U91" in text.splitlines()[0], text
    assert f"**{kept.groupby('Brand')['Price'].mean().idxmin()}**" in text, text
    _, text = _run(prices.copy(), "which suburb has the priciest premium 98")
    assert "FuelCode = P98" in text.splitlines()[0], text
    states = pd.DataFrame(
        {"State": rng.choice(["IN", "IL", "OH", "MI", "CA"], n), "Income": rng.uniform(30_000, 90_000, n).round()}
    )
    _, text = _run(states.copy(), "what is the average income")
    assert "where" not in text.splitlines()[0] and _has(text, states["Income"].mean()), text
    parks = pd.DataFrame(
        {
            "Unit Code": rng.choice(["YELL", "GRCA", "ZION"], n),
            "RV Campers": rng.integers(0, 20_000, n),
            "Tent Campers": rng.integers(0, 15_000, n),
        }
    )
    # "and tent campers?" after Yellowstone's RV campers: the same park's rows, the same average
    _, text = _run(parks.copy(), "on average how many rv campers does yell get a month", "and tent campers?")
    assert _has(text, parks.loc[parks["Unit Code"] == "YELL", "Tent Campers"].mean()), text


def test_sends_sent_and_a_code_described_in_run_on_capitals() -> None:
    rng = np.random.default_rng(8185)
    n = 400
    campaigns = pd.DataFrame(
        {
            "Campaign Name": [f"Newsletter {i}" for i in range(n)],
            "Sends": rng.integers(1000, 9000, n),
            "Opens": rng.integers(100, 900, n),
        }
    )
    _, text = _run(campaigns.copy(), "how many emails have we sent in total")
    assert _has(text, int(campaigns["Sends"].sum())), text
    code = rng.choice(["S0031", "S0261", "S0276"], n, p=[0.5, 0.3, 0.2])
    requests = pd.DataFrame(
        {
            "SERVICECODE": code,
            "SERVICECODEDESCRIPTION": pd.Series(code).map(
                {"S0031": "Bulk Collection", "S0261": "Pothole", "S0276": "Graffiti"}
            ),
            "WARD": rng.integers(1, 9, n),
        }
    )
    # what people complain about is what the code's description says
    _, text = _run(requests.copy(), "what do people complain about most")
    assert "**Bulk Collection**" in text, text


def test_stolen_bikes_pay_out_and_records_that_came_out() -> None:
    rng = np.random.default_rng(8186)
    n = 900
    crimes = pd.DataFrame(
        {
            "TYPE": rng.choice(["Theft of Bicycle", "Theft from Vehicle", "Mischief", "Other Theft"], n),
            "YEAR": rng.integers(2018, 2024, n),
            "NEIGHBOURHOOD": rng.choice(["Kitsilano", "Fairview", "Strathcona"], n),
        }
    )
    # "Theft of Bicycle" said the everyday way
    _, text = _run(crimes.copy(), "how many bikes got stolen in 2022?")
    assert _has(text, int(((crimes["TYPE"] == "Theft of Bicycle") & (crimes["YEAR"] == 2022)).sum())), text
    shifts = pd.DataFrame(
        {
            "Employee": rng.choice(["Ana", "Ben", "Cy"], n),
            "Date": pd.to_datetime(rng.choice(pd.date_range("2024-01-01", "2024-03-31"), n)).strftime("%m/%d/%Y"),
            "Hours": rng.uniform(3, 9, n).round(2),
            "Total Pay": [f"${v:,.2f}" for v in rng.uniform(50, 200, n)],
        }
    )
    pay = pd.to_numeric(shifts["Total Pay"].str.replace(r"[$,]", "", regex=True))
    # "what did we pay out": how much was paid, added up
    _, text = _run(shifts.copy(), "what did we pay out in february")
    month = pd.to_datetime(shifts["Date"], format="%m/%d/%Y").dt.month
    assert _has(text, pay[month == 2].sum()), text
    released = np.where(rng.random(n) < 0.1, 0, rng.integers(1960, 2024, n))
    records = pd.DataFrame(
        {
            "Artist": rng.choice(["Prince", "Bowie", "Björk"], n),
            "Released": released,
            "CollectionFolder": rng.choice(["Uncategorized", "Jazz"], n),
            "Collection Notes": rng.choice(["", "signed"], n),
            "Date Added": pd.to_datetime(rng.choice(pd.date_range("2012-01-01", "2024-01-01"), n)).strftime("%Y-%m-%d"),
        }
    )
    # "came out" is when it was released (a year kept with 0 for unknown); "my collection" is the file
    _, text = _run(records.copy(), "how many records came out in the 80s")
    assert _has(text, int(((released >= 1980) & (released <= 1989)).sum())), text
    _, text = _run(records.copy(), "which year did i add the most stuff to the collection?")
    year = pd.to_datetime(records["Date Added"]).dt.year.value_counts().idxmax()
    assert f"**{year}**" in text, text


def test_a_share_done_by_a_flag_and_what_a_book_earned() -> None:
    rng = np.random.default_rng(8187)
    n = 700
    trips = pd.DataFrame(
        {
            "start_station_code": rng.integers(6000, 6100, n),
            "duration_sec": rng.integers(120, 3600, n),
            "is_member": (rng.random(n) < 0.8).astype(int),
        }
    )
    # "by members" is who took them: the share the flag marks, not a grouping by it
    _, text = _run(trips.copy(), "what share of rides are by members")
    share = trips["is_member"].mean()
    assert "is_member = 1" in text.splitlines()[0] and (_has(text, 100 * share) or _has(text, share)), text
    title = rng.choice(["Salt and Shadow", "The Lighthouse Keeper's Daughter", "Tidewater"], n)
    royalties = pd.DataFrame(
        {
            "Title": title,
            "Marketplace": rng.choice(["Amazon.com", "Amazon.co.uk"], n),
            "Units Sold": rng.integers(0, 50, n),
            "Royalty": rng.uniform(0, 120, n).round(2),
            "Currency": rng.choice(["USD", "GBP"], n),
        }
    )
    # what a title earned is its Royalty, in the currency said
    _, text = _run(royalties.copy(), "which title earned the most in dollars")
    usd = royalties[royalties["Currency"] == "USD"]
    assert text.startswith("Total of Royalty by Title"), text
    assert f"**{html.escape(usd.groupby('Title')['Royalty'].sum().idxmax())}**" in text, text


def test_country_codes_are_no_short_codes() -> None:
    rng = np.random.default_rng(8188)
    n = 800
    countries = ["PRT", "POL", "GBR", "FRA", "ESP", "DEU", "ITA", "IRL", "BEL", "NLD", "CHE", "AUT", "USA", "BRA"]
    bookings = pd.DataFrame({"country": rng.choice(countries, n), "adr": rng.uniform(50, 200, n).round(2)})
    # Portugal is PRT by its name, never POL by the letters p-o-l of "portugal"
    _, text = _run(bookings.copy(), "how many bookings came from portugal?")
    assert _has(text, int((bookings["country"] == "PRT").sum())), text


def test_a_day_that_made_nothing_and_a_dry_day() -> None:
    rng = np.random.default_rng(8189)
    n = 500
    made = rng.uniform(0, 30000, n).round(1)
    made[rng.random(n) < 0.07] = 0.0
    solar = pd.DataFrame(
        {
            "Date": pd.date_range("2023-01-01", periods=n, freq="D"),
            "Produced (Wh)": made,
            "Grid Import (Wh)": rng.uniform(100, 9000, n).round(1),
            "Peak Power (W)": rng.uniform(100, 5000, n).round(0),
        }
    )
    # "made nothing": the amount made equal to 0, not the days counted
    _, text = _run(solar.copy(), "how many days did it make nothing?")
    assert _has(text, int((solar["Produced (Wh)"] == 0).sum())), text
    rain = rng.exponential(3, n).round(1)
    rain[rng.random(n) < 0.4] = 0.0
    gauge = pd.DataFrame(
        {
            "date": pd.date_range("2022-01-01", periods=n, freq="D"),
            "station": rng.choice(["Seathwaite", "Keswick"], n),
            "value": rain,
        }
    )
    # a dry day is one without rain: the file's one measure equal to 0
    _, text = _run(gauge.copy(), "how many completely dry days did keswick have")
    assert _has(text, int(((gauge["value"] == 0) & (gauge["station"] == "Keswick")).sum())), text


def test_what_lost_the_most_and_what_sold_at_a_loss() -> None:
    rng = np.random.default_rng(8190)
    n = 600
    gains = pd.DataFrame(
        {
            "Date Sold": pd.date_range("2023-01-01", periods=n, freq="13h"),
            "Asset": rng.choice(["BTC", "ETH", "SOL", "ADA", "DOGE"], n),
            "Proceeds": rng.uniform(10, 5000, n).round(2),
            "Gain / loss": rng.normal(20, 400, n).round(2),
            "Notes": rng.choice(["", "", "", "Lost", "Gift"], n),
        }
    )
    by_asset = gains.groupby("Asset")["Gain / loss"].sum()
    # "lost the most" is the least gain, not the rows noted Lost
    _, text = _run(gains.copy(), "which coin made me the most money", "and which one lost the most?")
    assert f"**{by_asset.idxmin()}**" in text and "Notes" not in text.splitlines()[0], text
    # "at a loss": the gain below 0
    _, text = _run(gains.copy(), "what percent of the disposals were at a loss")
    share = (gains["Gain / loss"] < 0).mean()
    assert _has(text, 100 * share) or _has(text, share), text


def test_a_station_table_with_units_in_its_cells_and_twins_told_by_the_extreme() -> None:
    rng = np.random.default_rng(8191)
    n = 400
    high = rng.uniform(40, 100, n).round(1)
    rain = rng.exponential(0.2, n).round(2)
    rain[rng.random(n) < 0.6] = 0.0
    station = pd.DataFrame(
        {
            "Date": pd.date_range("2023-06-01", periods=n, freq="D").strftime("%m/%d/%Y"),
            "Temperature High (°F)": [f"{v} °F" for v in high],
            "Temperature Avg (°F)": [f"{v - 8:.1f} °F" for v in high],
            "Temperature Low (°F)": [f"{v - 17:.1f} °F" for v in high],
            "Wind Speed High (mph)": [f"{v} mph" for v in rng.uniform(2, 30, n).round(1)],
            "Wind Speed Avg (mph)": [f"{v} mph" for v in rng.uniform(0, 10, n).round(1)],
            "Wind Gust High (mph)": [f"{v} mph" for v in rng.uniform(5, 45, n).round(1)],
            "Precip. Accum. (in)": [f"{v:.2f} in" for v in rain],
        }
    )
    # a number with its unit in each cell ("78.2 °F") is a number; "hottest" is the day's high
    _, text = _run(station.copy(), "what was the hottest day")
    day = pd.to_datetime(station["Date"], format="%m/%d/%Y")[int(np.argmax(high))]
    assert "Temperature High" in text.splitlines()[0] and day.strftime("%Y-%m-%d") in text, text
    # "windiest": the wind's speed at its high, not its average nor the gust
    _, text = _run(station.copy(), "which day was the windiest?")
    assert "Wind Speed High (mph)" in text.splitlines()[0], text
    # "how many days did it rain": the rain above 0
    _, text = _run(station.copy(), "how many days did it rain")
    assert _has(text, int((rain > 0).sum())), text
    grid = pd.DataFrame(
        {
            "Date/time UTC": pd.date_range("2024-01-01", periods=n, freq="h"),
            "Total active energy (Wh)": rng.uniform(100, 3000, n).round(1),
            "Min voltage (V)": rng.uniform(215, 230, n).round(1),
            "Max voltage (V)": rng.uniform(232, 245, n).round(1),
        }
    )
    # the lowest voltage is the low twin's lowest
    _, text = _run(grid.copy(), "lowest voltage we saw?")
    assert "Min voltage (V)" in text.splitlines()[0] and _has(text, grid["Min voltage (V)"].min()), text


def test_a_bound_only_one_measure_reaches_and_other_words_for_a_reading() -> None:
    rng = np.random.default_rng(8192)
    n = 900
    sgv = rng.normal(140, 45, n).clip(39, 400).round()
    cgm = pd.DataFrame(
        {
            "dateString": pd.date_range("2024-03-01", periods=n, freq="5min"),
            "sgv": sgv,
            "direction": rng.choice(["Flat", "FortyFiveUp", "SingleDown"], n),
            "noise": rng.integers(0, 4, n),
            "delta": rng.normal(0, 4, n).round(1),
        }
    )
    # "in range, 70 to 180" and "lows under 70": only the glucose reaches those numbers
    _, text = _run(cgm.copy(), "what % of the readings are in range, 70 to 180")
    share = ((sgv >= 70) & (sgv <= 180)).mean()
    assert _has(text, 100 * share) or _has(text, share), text
    _, text = _run(cgm.copy(), "how many lows under 70")
    assert _has(text, int((sgv < 70).sum())), text
    # blood sugar is the sensor's glucose value
    _, text = _run(cgm.copy(), "what's my average blood sugar")
    assert _has(text, sgv.mean()), text
    log = pd.DataFrame(
        {
            "Time": pd.date_range("2024-05-01", periods=n, freq="7min"),
            "Domain": rng.choice(["example.com", "ads.tracker.net", "cdn.site.org"], n),
            "Reply": rng.choice(["IP", "CNAME", "NODATA"], n),
            "Reply Time (ms)": rng.exponential(20, n).round(1),
        }
    )
    # "response time": Reply Time (ms), the whole name with its head said in other words
    _, text = _run(log.copy(), "avg response time?")
    assert "Reply Time (ms)" in text.splitlines()[0] and _has(text, log["Reply Time (ms)"].mean()), text
    pollen = pd.DataFrame(
        {
            "Date": pd.date_range("2022-01-01", periods=730, freq="D"),
            "Tree Pollen (grains/m3)": rng.gamma(1.5, 60, 730).round(),
            "Ragweed (grains/m3)": rng.gamma(1.2, 10, 730).round(),
        }
    )
    # pollen is worst at its highest; "which month is" asks for the month of any year
    _, text = _run(pollen.copy(), "which month is worst for ragweed")
    by_month = pollen.groupby(pollen["Date"].dt.month)["Ragweed (grains/m3)"].mean()
    assert "Highest" in text.splitlines()[0] and "calendar month" in text.splitlines()[0], text
    assert f"**{pd.Timestamp(2000, int(by_month.idxmax()), 1).strftime('%b')}**" in text, text
