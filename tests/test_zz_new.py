"""Kernel-free checks of measures named loosely and of tool exports: bank, card and budget statements, payroll.

Emissions, beer and stock tables first (a total beside its parts, units, daily moves); then money split into
Debit and Credit or written as text, transfers and failed payments left out, where money goes (merchants,
payees, categories), a balance now, time trackers and task boards, then the readings that the blind sets of
exported files prompted (currencies, long tables, people named in two columns, medal tables, statuses). Each
plan's cell is run here against pandas.
"""

from __future__ import annotations

import io

import pandas as pd
from test_offline_reading import _profile

from notebook_agent.agent.offline import OfflineAnalyst, OfflinePlan


def test_pies_entered_are_never_the_judges_total_added_up() -> None:
    from benchmarks.heldout333 import HELDOUT333

    frame = next(d for d in HELDOUT333 if d.name == "county_fair_pie_contest").frame()
    pies = pd.read_csv(io.StringIO(frame.to_csv(index=False)))
    profile = _profile(pies)
    profile["file"] = "county_fair_pie_contest.csv"
    reply = OfflineAnalyst().respond("how many pies were entered altogether", [profile], {})
    # (asked which column, or rows counted: never the judges' Total added up)
    assert not (isinstance(reply, OfflinePlan) and '["Total"].sum()' in reply.code), reply
