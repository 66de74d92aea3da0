"""The offline analyst's held-out questions replayed in this process, for quick work between real runs.

`python -m benchmarks.replay 79 80 main [--only NAME,NAME] [-v]` answers every question of the named sets
(`main` is the main set) and prints the failures with each answer's first line, then a score per set;
`python -m benchmarks.replay --ask 83 denver_crime "question" ...` replays a conversation on one dataset and
prints each answer (with `--code`, each cell too). A failing or surprising answer is then one command away.
`python -m benchmarks.replay --compare BEFORE AFTER` reads two folders of saved `-v` logs (one file per set, from
two commits) and lists every question right before and wrong after: the regression check of a round.

Each dataset goes through the upload path's own pieces on a real CSV (the delimited inspection's read options,
the kernel-side conversion proposal and its cell, a wide table's long view, the profile), but every cell runs
here, unconfined, without a kernel. It is about ten times quicker than `benchmarks.offline_eval`, which stays the
measure: answers that depend on the kernel (a sandboxed font, a timeout) can differ, and figures for the README
or a closing note come from real sessions only.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import io
import re
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from notebook_agent.agent.offline import OfflineAnalyst, OfflinePlan
from notebook_agent.agent.offline.code import RESULT_MIME
from notebook_agent.agent.session_kernels import PREAMBLE
from notebook_agent.data.conversions import conversion_cell, conversions_code, parse_conversions
from notebook_agent.data.delimited import inspect_delimited
from notebook_agent.data.profile import parse_profile, profile_code
from notebook_agent.data.reshape import long_view

from . import offline_eval as oe

exec(PREAMBLE, {})  # the chat's set-up cell, as each kernel runs it first ("$" in a label is a dollar sign)

_READ_OPTIONS = ("na_values", "sep", "decimal", "header", "names", "skiprows", "nrows")


def _run(code: str, ns: dict[str, Any]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, ns)
    return out.getvalue()


def _shower(shown: list[dict[str, Any]]) -> Any:
    """The kernel's `display` as a cell calls it: each bundle kept, the last is the result."""

    def display(bundle: dict[str, Any], raw: bool = False) -> None:
        shown.append(bundle)

    return display


class Loaded:
    """One dataset as the analyst sees it: its frames by variable, their profiles, and the checkers' own frame."""

    def __init__(self, frame: pd.DataFrame, name: str, folder: Path) -> None:
        path = folder / f"{name}.csv"
        frame.to_csv(path, index=False)
        self.truth = pd.read_csv(path)  # as the checkers read it
        options = inspect_delimited(path, "csv", path.name).options
        ns: dict[str, Any] = {"df": pd.read_csv(path, **{k: v for k, v in options.items() if k in _READ_OPTIONS})}
        ns["pd"], ns["np"] = pd, np
        plan = parse_conversions(_run(conversions_code("df"), ns))
        if plan.conversions:
            try:
                _run(conversion_cell("df", plan.conversions, plan.rows), ns)
            except Exception:  # one at a time, as the upload does: a conversion that fails is left out
                for conversion in plan.conversions:
                    with contextlib.suppress(Exception):
                        _run(conversion_cell("df", [conversion], plan.rows), ns)
        profile = parse_profile(_run(profile_code("df"), ns)) | {"file": path.name}
        self.profiles = [profile]
        self.frames = {"df": ns["df"]}
        long = long_view("df", plan.names, plan.rows, {"df"})
        if long is not None:
            _run(long.cell, ns)
            extra = {"file": path.name, "long_of": "df", "conversions": long.note}
            self.profiles.append(parse_profile(_run(profile_code(long.variable), ns)) | extra)
            self.frames[long.variable] = ns[long.variable]

    def ask(self, question: str, memory: dict[str, Any], show_code: bool = False) -> tuple[str, dict[str, Any]]:
        """The answer to one question and the memory after it (the plan's cells run here)."""
        reply = OfflineAnalyst().respond(question, self.profiles, memory)
        step = 1
        while isinstance(reply, OfflinePlan):
            if show_code:
                print("----- cell\n" + reply.code)
            shown: list[dict[str, Any]] = []
            ns = {**self.frames, "pd": pd, "np": np, "plt": plt, "display": _shower(shown)}
            _run(reply.code, ns)
            plt.close("all")
            reply = OfflineAnalyst().summarize(question, reply, shown[-1][RESULT_MIME], None, self.profiles, step)
            step += 1
        return reply.text, reply.memory


def _pool(which: str) -> list[oe.Dataset]:
    return oe.DATASETS if which == "main" else oe.held_out_sets()[int(which)]


def replay(sets: list[str], only: set[str], verbose: bool) -> None:
    """Every question of `sets`, failures printed as they come, then a score per set and in all."""
    right = total = 0
    for which in sets:
        got = asked = 0
        with tempfile.TemporaryDirectory(prefix="na-replay-") as tmp:
            for ds in _pool(which):
                if only and ds.name not in only:
                    continue
                loaded, memory = Loaded(ds.frame(), ds.name, Path(tmp)), {}
                for q in ds.questions:
                    try:
                        answer, memory = loaded.ask(q.text, memory)
                        failure = q.check(html.unescape(answer), loaded.truth)
                    except Exception as exc:  # a crash is a wrong answer, with its reason
                        answer, failure = "", f"{type(exc).__name__}: {exc}"
                        if verbose:
                            traceback.print_exc()
                    said = oe._reading_columns(answer, list(loaded.truth.columns))
                    wrong = sorted(said - set(q.uses)) if q.uses is not None else []
                    failure = failure or (f"reading names other columns {wrong}" if wrong else None)
                    asked, got = asked + 1, got + (failure is None)
                    if failure or verbose:
                        first = answer.strip().splitlines()[0][:200] if answer.strip() else "(no answer)"
                        print(f"[{which}:{ds.name}] {q.text!r}: {failure or 'ok'}\n    -> {first}")
        print(f"== set {which}: {got}/{asked}")
        right, total = right + got, total + asked
    print(f"== total {right}/{total}")


def converse(which: str, name: str, questions: list[str], show_code: bool) -> None:
    """One dataset's conversation (its own questions when none are given), each answer printed whole."""
    ds = next(d for d in _pool(which) if d.name == name)
    asked = questions or [q.text for q in ds.questions]
    checks = {q.text: q.check for q in ds.questions}
    with tempfile.TemporaryDirectory(prefix="na-replay-") as tmp:
        loaded, memory = Loaded(ds.frame(), ds.name, Path(tmp)), {}
        for question in asked:
            answer, memory = loaded.ask(question, memory, show_code)
            check = checks.get(question)
            verdict = (check(html.unescape(answer), loaded.truth) or "ok") if check else "not a set question"
            print(f"Q: {question}   [{verdict}]\n" + "\n".join("   " + line for line in answer.strip().splitlines()))


_VERDICT = re.compile(r"\[(?P<set>[^:\]]+):(?P<name>[^\]]+)\] (?P<q>.*): (?P<v>.*)$")


def _verdicts(folder: Path) -> dict[tuple[str, str, str], bool]:
    """Each question's verdict in the -v logs of a folder (one file per set): right or not."""
    out = {}
    for log in sorted(folder.glob("*.txt")):
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            m = _VERDICT.match(line)
            if m:
                out[(m["set"], m["name"], m["q"])] = m["v"] == "ok"
    return out


def compare(before: Path, after: Path) -> None:
    """Question by question, what got worse between two folders of -v logs (a regression check), and totals."""
    a, b = _verdicts(before), _verdicts(after)
    shared = [k for k in a if k in b]
    worse = [k for k in shared if a[k] and not b[k]]
    better = [k for k in shared if b[k] and not a[k]]
    print(
        f"{len(shared)} questions in both: right before {sum(a[k] for k in shared)}, after {sum(b[k] for k in shared)}"
    )
    print(f"better {len(better)}, worse {len(worse)}")
    for key in worse:
        print("worse:", *key)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.replay", description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="held-out set numbers, or main")
    parser.add_argument("--only", default="", help="dataset names, comma-separated")
    parser.add_argument("-v", "--verbose", action="store_true", help="every answer, and a crash's traceback")
    parser.add_argument("--ask", nargs="+", metavar=("SET NAME", "QUESTION"), help="SET NAME [question ...]")
    parser.add_argument("--code", action="store_true", help="with --ask: each cell too")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="folders of saved -v logs")
    args = parser.parse_args(argv)
    if args.compare:
        compare(Path(args.compare[0]), Path(args.compare[1]))
    elif args.ask:
        if len(args.ask) < 2:
            parser.error("--ask needs a set and a dataset name")
        converse(args.ask[0], args.ask[1], args.ask[2:], args.code)
    else:
        replay(args.sets, {n for n in args.only.split(",") if n}, args.verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
