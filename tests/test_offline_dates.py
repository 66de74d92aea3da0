"""Dates in plain-English questions: how long between two dates, day-of-week filters, subjects counted once."""

from __future__ import annotations

import numpy as np
import pandas as pd

from notebook_agent.agent.offline import kinds
from notebook_agent.agent.offline.catalog import Catalog
from tests.test_offline_reading import _plan_of, _profile


def _run(df: pd.DataFrame, plan: dict) -> tuple[dict, str]:
    """Run the cell a kind writes on `df` and read its answer (the result dict the cell builds)."""
    req = kinds.KindRequest.from_dict(plan)
    cell = kinds.KINDS[req.kind].code(req)
    scope: dict = {"df": df, "pd": pd, "np": np}
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scope["plt"] = plt
    body = "\n".join(line for line in cell.splitlines() if "notebook_agent" not in line and "display" not in line)
    exec(body, scope)
    result = scope["result"]
    plain = {k: (v.to_dict("index") if isinstance(v, pd.DataFrame) else v) for k, v in result.items()}
    return plain, kinds.KINDS[req.kind].answer(req, plain)


def _requests(n: int = 120) -> pd.DataFrame:
    """Service requests: created and closed as US text dates with times; a Longitude that "how long" must not name."""
    rng = np.random.default_rng(4)
    created = pd.Timestamp("2022-01-03") + pd.to_timedelta(rng.integers(0, 300 * 24, n), unit="h")
    teams = rng.choice(["Roads", "Parks", "Water"], n)
    extra = np.where(teams == "Water", 120, 10)
    closed = created + pd.to_timedelta(rng.integers(1, 48, n) + extra, unit="h")
    return pd.DataFrame(
        {
            "Request Key": np.arange(n) + 5000,
            "Created Date": created.strftime("%m/%d/%Y %I:%M:%S %p"),
            "Closed Date": pd.Series(closed.strftime("%m/%d/%Y %I:%M:%S %p")).where(rng.random(n) > 0.1),
            "Team": teams,
            "Status": rng.choice(["Closed", "Open"], n),
            "Longitude": rng.uniform(-74, -73, n),
        }
    )


def test_how_long_to_close_spans_the_frames_two_dates_not_a_longitude() -> None:
    df = _requests()
    for q in (
        "how long does it take to close a reqest on average?",
        "what's the average time to close a request",
        "how long until a request is closed?",
    ):
        plan = _plan_of(df, q)
        assert (plan["kind"], plan["agg"], plan["column"], plan["y"]) == (
            "missing",
            "duration",
            "Created Date",
            "Closed Date",
        )
        assert plan["group"] is None, q  # "close" is not Status = Closed, "a request" is no grouping
    result, text = _run(df, _plan_of(df, "how long does it take to close a request on average?"))
    start = pd.to_datetime(df["Created Date"], format="%m/%d/%Y %I:%M:%S %p")
    end = pd.to_datetime(df["Closed Date"], format="%m/%d/%Y %I:%M:%S %p")
    hours = ((end - start).dt.total_seconds() / 3600).mean()
    assert abs(result["mean"] - hours) < 1e-6
    assert text.startswith("Time from Created Date to Closed Date")
    assert "days" in text.split("\n")[2]  # a span of days is said in days


def test_a_follow_up_ranks_the_same_span_per_group() -> None:
    df = _requests()
    for follow in ("and which team is slowest?", "which team takes longest?"):
        plan = _plan_of(df, "how long does it take to close a request?", follow)
        assert (plan["agg"], plan["column"], plan["y"], plan["group"]) == (
            "duration",
            "Created Date",
            "Closed Date",
            "Team",
        )
        _, text = _run(df, plan)
        assert "Longest on average: **Team Water**" in text


def test_the_verb_names_the_end_date_among_several() -> None:
    rng = np.random.default_rng(5)
    n = 60
    ordered = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 200, n), unit="D")
    shipped = ordered + pd.to_timedelta(rng.integers(1, 4, n), unit="D")
    delivered = shipped + pd.to_timedelta(rng.integers(2, 9, n), unit="D")
    df = pd.DataFrame(
        {"Order ID": np.arange(n), "Order Date": ordered, "Ship Date": shipped, "Delivery Date": delivered,
         "Region": rng.choice(["East", "West"], n)}
    )  # fmt: skip
    assert _plan_of(df, "how long does it take to ship an order?")["y"] == "Ship Date"
    assert _plan_of(df, "average time to ship")["y"] == "Ship Date"
    plan = _plan_of(df, "how long does it take to deliver, by region?")
    assert (plan["column"], plan["y"], plan["group"]) == ("Order Date", "Delivery Date", "Region")


def test_two_dates_in_the_later_first_order_still_give_a_positive_span() -> None:
    rng = np.random.default_rng(6)
    n = 50
    a = pd.Timestamp("2023-03-01") + pd.to_timedelta(rng.integers(0, 100, n), unit="D")
    df = pd.DataFrame({"Finished": (a + pd.Timedelta(days=3)).strftime("%Y-%m-%d"), "Began": a.strftime("%Y-%m-%d")})
    plan = _plan_of(df, "how long between the two dates on average?")
    assert plan["agg"] == "duration"
    result, text = _run(df, plan)
    assert abs(result["mean"] - 72) < 1e-6 and text.startswith("Time from Began to Finished")


def _fines(n: int = 140) -> pd.DataFrame:
    """Tickets with a day-first text date and time (dd/mm/yyyy HH:MM)."""
    rng = np.random.default_rng(7)
    issued = pd.Timestamp("2023-05-01") + pd.to_timedelta(rng.integers(0, 90 * 24 * 60, n), unit="min")
    return pd.DataFrame(
        {
            "PCN Ref": [f"PC{i:05d}" for i in range(n)],
            "Issue Date": issued.strftime("%d/%m/%Y %H:%M"),
            "Zone": rng.choice(["A", "B", "C"], n),
            "Fine Amount": rng.choice([50, 70], n),
        }
    )


def test_day_first_text_dates_with_times_are_dates_in_the_catalog() -> None:
    catalog = Catalog.from_profiles([_profile(_fines())])
    issue = catalog.get("df", "Issue Date")
    assert issue is not None and issue.is_date and issue.date_format == "%d/%m/%Y %H:%M"
    req = Catalog.from_profiles([_profile(_requests())]).get("df", "Closed Date")
    assert req is not None and req.date_format == "%m/%d/%Y %I:%M:%S %p"
    # an ISO day with a 12-hour clock ("2023-01-02 09:00 am", as Calendly writes them); a T-joined time stays ISO
    rng = np.random.default_rng(8)
    starts = pd.Timestamp("2023-01-02") + pd.to_timedelta(rng.integers(0, 200 * 24, 120), unit="h")
    booked = pd.DataFrame(
        {
            "Start Date & Time": starts.strftime("%Y-%m-%d %I:%M %p").str.lower(),
            "Created": starts.strftime("%Y-%m-%dT%H:%M"),
            "Event Price": rng.choice([150.0, 400.0], 120),
        }
    )
    twelve = Catalog.from_profiles([_profile(booked)])
    start, created = twelve.get("df", "Start Date & Time"), twelve.get("df", "Created")
    assert start is not None and start.is_date and start.date_format == "%Y-%m-%d %I:%M %p"
    assert created is not None and created.is_date
    # Uber's download writes an offset and the zone's name after the time
    uber = pd.DataFrame(
        {
            "Request Time": starts.strftime("%Y-%m-%d %H:%M:%S +0000 UTC"),
            "Fare Amount": rng.uniform(5, 40, 120).round(2),
        }
    )
    request = Catalog.from_profiles([_profile(uber)]).get("df", "Request Time")
    assert request is not None and request.is_date, request


def test_weekday_filters_count_the_rows_on_the_named_days() -> None:
    df = _fines()
    days = pd.to_datetime(df["Issue Date"], format="%d/%m/%Y %H:%M").dt.day_of_week
    for q, want in (
        ("how many were issued on a saturday or sunday?", days.isin([5, 6])),
        ("how many tickets at the weekend?", days.isin([5, 6])),
        ("how many fines were issued on weekdays", days.isin([0, 1, 2, 3, 4])),
        ("how many tickets on mondays?", days.eq(0)),
    ):
        plan = _plan_of(df, q)
        assert (plan["kind"], plan["op"], plan["column"]) == ("filtered", "weekday", "Issue Date"), q
        result, _ = _run(df, plan)
        assert result["matching"] == int(want.sum()), q
    plan = _plan_of(df, "what share of tickets are issued at the weekend?")
    result, _ = _run(df, plan)
    assert plan["share"] and abs(result["percent"] - round(100 * days.isin([5, 6]).mean(), 2)) < 1e-9
    plan = _plan_of(df, "how many tickets were issued on a sunday in zone B?")
    assert plan["where"] == [["Zone", "B"]]
    result, _ = _run(df, plan)
    assert result["matching"] == int((days.eq(6) & df["Zone"].eq("B")).sum())


def test_days_as_groups_are_no_weekday_filter() -> None:
    df = _fines()
    for q in ("which day of the week has the most tickets?", "tickets per day of the week"):
        assert _plan_of(df, q).get("op") != "weekday", q


def _visits() -> pd.DataFrame:
    """Visits of patients: Subject ID repeats, AE is Y/N."""
    rng = np.random.default_rng(8)
    subjects = [f"S{i:03d}" for i in range(40)]
    rows = [(s, v) for s in subjects for v in ("Screening", "Week 4", "Week 8")]
    return pd.DataFrame(
        {
            "Subject ID": [s for s, _ in rows],
            "Visit": [v for _, v in rows],
            "Age": [int(a) for a in rng.integers(30, 70, len(rows))],
            "SBP": rng.normal(130, 12, len(rows)).round(),
            "AE (Y/N)": rng.choice(["N", "Y"], len(rows), p=[0.85, 0.15]),
        }
    )


def test_at_least_one_flag_is_the_yes_value_and_subjects_are_counted_once() -> None:
    df = _visits()
    want = int(df.loc[df["AE (Y/N)"] == "Y", "Subject ID"].nunique())
    for q in ("how many patients had at least one adverse event?", "how many subjects had any AE?"):
        plan = _plan_of(df, q)
        assert (plan["column"], plan["op"], plan["value"], plan["agg"], plan["y"]) == (
            "AE (Y/N)",
            "==",
            "Y",
            "distinct",
            "Subject ID",
        ), q
        result, text = _run(df, plan)
        assert result["distinct"] == want
        assert text.startswith("Distinct Subject ID with AE (Y/N) = Y")
    plan = _plan_of(df, "how many visits had an adverse event?")  # visits are the rows: counted as rows
    assert plan["agg"] != "distinct" and plan["value"] == "Y"


def test_customers_are_counted_by_their_own_code() -> None:
    rng = np.random.default_rng(9)
    n = 200
    df = pd.DataFrame(
        {
            "InvoiceNo": np.arange(n) + 10000,
            "CustomerID": rng.integers(1, 40, n),
            "Country": rng.choice(["UK", "France"], n),
            "Returned": rng.choice(["Yes", "No"], n),
        }
    )
    plan = _plan_of(df, "how many customers have at least one returned order?")
    assert (plan["agg"], plan["y"], plan["value"]) == ("distinct", "CustomerID", "Yes")
    result, _ = _run(df, plan)
    assert result["distinct"] == int(df.loc[df["Returned"] == "Yes", "CustomerID"].nunique())
