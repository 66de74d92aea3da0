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
