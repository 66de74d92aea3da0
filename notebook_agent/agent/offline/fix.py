"""Fixing a failed step offline ("fix it"): the analyst's own cell planned again, a person's cell repaired by rule.

`session_steps.fix` calls `fix_step` when the chat has no Gemini key:

* a cell the analyst wrote (it ends with the analyst's result line, `code.RESULT_MIME`, and is no re-run) is planned
  again from the question of its turn, with no memory of earlier turns; when the plan is the very cell that failed,
  the analyst's own retry after that error (numbers read from text, then a simpler version) is used instead;
* a cell a person wrote or edited gets the repairs a rule can make safely: a column name that is not in the data
  replaced by the one existing column close to it (`difflib`, only when exactly one is close), or the missing
  import of pd, np, plt, alt or sns added at the top;
* anything else gets None: the caller says plainly that the offline analyst cannot repair it, and why
  (`session_steps.OFFLINE_CANNOT_FIX`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from .code import RESULT_MIME
from .columns import Catalog

__all__ = ["IMPORTS", "Fixed", "fix_step", "repair_cell"]

IMPORTS = {
    "pd": "import pandas as pd",
    "np": "import numpy as np",
    "plt": "import matplotlib.pyplot as plt",
    "alt": "import altair as alt",
    "sns": "import seaborn as sns",
}
CAN_REPAIR = (
    "Offline I can repair only a misspelled column name (when exactly one column is close to it) or a missing "
    "import of pd, np, plt, alt or sns. Edit the step and press Run, or set GEMINI_API_KEY so Gemini can fix it."
)


@dataclass
class Fixed:
    """The cell to run in the failed step's place, what was changed (for the person), and how (for the model)."""

    code: str
    what: str
    how: str


def _said(error: dict[str, Any]) -> str:
    return f"{error.get('ename', '')}: {error.get('evalue', '')}".strip(": ") or "no error message"


def _with_import(source: str, line: str) -> str:
    """`line` added after the cell's opening comments."""
    lines = source.splitlines()
    at = 0
    while at < len(lines) and lines[at].startswith("#"):
        at += 1
    return "\n".join([*lines[:at], line, *lines[at:]]) + ("\n" if source.endswith("\n") else "")


def _closest(name: str, columns: list[str]) -> str | None:
    """The one existing column a misspelled name means: same letters but for case, or the only close match."""
    same = [c for c in columns if c.lower() == name.lower()]
    if len(same) == 1:
        return same[0]
    close = difflib.get_close_matches(name, columns, n=2, cutoff=0.75)
    return close[0] if len(close) == 1 else None


def repair_cell(source: str, error: dict[str, Any], columns: list[str]) -> Fixed | str | None:
    """A person's failed cell repaired by one safe rule, why the rule for its error cannot, or None (no rule)."""
    ename, evalue = str(error.get("ename") or ""), str(error.get("evalue") or "")
    if ename == "NameError":
        name = re.search(r"name '(\w+)' is not defined", evalue)
        if name and name.group(1) in IMPORTS:
            line = IMPORTS[name.group(1)]
            return Fixed(_with_import(source, line), f"Added the missing `{line}` at the top.", "fixed by a rule")
        return None
    if ename in ("KeyError", "AttributeError"):
        quoted = re.findall(r"'([^']+)'", evalue)
        if ename == "AttributeError":
            quoted = quoted[-1:] if "has no attribute" in evalue else []
        missing = [q for q in dict.fromkeys(quoted) if q not in columns and q not in ("DataFrame", "Series")]
        fixed, changes = source, []
        for name in missing:
            match = _closest(name, columns)
            if match is None:
                continue
            literal = re.compile(r"(['\"])" + re.escape(name) + r"\1")
            new = literal.sub(r"\g<1>" + match.replace("\\", "\\\\") + r"\g<1>", fixed)
            if ename == "AttributeError":
                new = re.sub(r"\." + re.escape(name) + r"\b", f"[{match!r}]".replace("'", '"'), new)
            if new != fixed:
                fixed = new
                changes.append(f'"{name}" with "{match}"')
        if changes:
            said = ", ".join(changes)
            return Fixed(fixed, f"Replaced the column name {said} (the one close match).", "fixed by a rule")
        if missing:
            names = ", ".join(f'"{m}"' for m in missing)
            return (
                f"The cell failed with {_said(error)}: no column is called {names}, and no single existing column "
                f"is close enough to be sure which one was meant. {CAN_REPAIR}"
            )
    return None


def _replan(question: str, source: str, error: dict[str, Any], profiles: list[dict[str, Any]]) -> Fixed | str:
    """The analyst's cell for the same question again (its retry when the plan is the cell that failed)."""
    from .analyst import OfflineAnalyst, OfflinePlan

    analyst = OfflineAnalyst()
    plan = analyst.respond(question, profiles, {})
    if not isinstance(plan, OfflinePlan):
        return (
            f'The step failed with {_said(error)}. Asked again without the earlier turns, "{question}" gives no '
            "code (it may have been a follow-up); ask the whole question again in the chat."
        )
    how = "planned again by the offline analyst"
    if plan.code.strip() != source.strip():
        return Fixed(plan.code, f'Planned the step\'s question again ("{question}").', how)
    retry = analyst.summarize(question, plan, None, error, profiles, 1)
    if isinstance(retry, OfflinePlan):
        return Fixed(retry.code, f'Planned the step\'s question again ("{question}"): {retry.description}.', how)
    return f"The step failed with {_said(error)}, and planning its question again gives the same cell. {retry.text}"


def fix_step(
    source: str, error: dict[str, Any], question: str | None, profiles: list[dict[str, Any]], *, edited: bool
) -> Fixed | str | None:
    """The offline "fix it" (see the module docstring): the cell to run in the step's place, or why there is none.

    None when no repair applies (the caller says what the offline analyst can repair).
    `question` is the question of the step's turn (None when there is none), `edited` says the cell is a re-run a
    person edited (or an earlier fix), `error` the cell's error output (ename, evalue).
    """
    if not error.get("ename"):
        return None
    if question and not edited and RESULT_MIME in source:
        return _replan(question, source, error, profiles)
    catalog = Catalog.from_profiles(profiles) if profiles else Catalog()
    columns = list(dict.fromkeys(c.name for c in catalog.columns))
    return repair_cell(source, error, columns)
