"""A team's (or player's) record in a table of matches: games won, lost and drawn, goals scored, and rankings.

A results table names each side of a match in its own column: home_team / away_team beside home_score /
away_score, or winner_name / loser_name. "How many games did Brazil win?" counts the matches where Brazil was
either side and scored more; "and how many did they lose?" keeps the team; "how many goals did Brazil score?"
adds its side's score; "which team scored the most goals at world cups?" ranks every team over both sides; "how
often does the home team win?" is the share of matches the home side won. Rows of a value the question names
("at the World Cup") only.
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import Column, find_values
from .base import Context, KindRequest, col, finish, fmt, said_where, where_mask

_WIN = re.compile(r"\bw[io]ns?\b|\bwinning\b|\bvictor(?:y|ies)\b|\bbeat\b")
_LOSE = re.compile(r"\blos[et]s?\b|\blosing\b|\blost\b|\bdefeats?\b|\bbeaten\b")
_DRAW = re.compile(r"\bdraws?\b|\bdrew\b|\bdrawn\b|\bties?\b|\btied\b")
_GOALS = re.compile(r"\bgoals?\b|\bscored?\b|\bpoints?\b|\bruns\b")
_PLAYED = re.compile(r"\bplay(?:ed|s)?\b|\bgames?\b|\bmatch(?:es)?\b")
_RANK = re.compile(r"\b(?:which|what|who|top|most|best|highest)\b")
_HOME_WINS = re.compile(r"\bhome\s+(?:team|side|club)s?\s+(?:win|wins|won)\b|\bhome\s+(?:win|advantage)\b")
_AGAINST = re.compile(r"\bconced\w*|\blet\s+in\b|\bagainst\b")


def side_pairs(columns: list[Column]) -> tuple[tuple[Column, Column] | None, tuple[Column, Column] | None]:
    """(home label, away label) and (home score, away score); or (winner, loser) labels and no scores."""
    labels = [c for c in columns if (c.categorical or c.kind == "text") and not c.is_date]
    numbers = [c for c in columns if c.numeric and not c.id_like and not c.is_date and c.formula is None]

    def pair(cols: list[Column], a: str, b: str) -> tuple[Column, Column] | None:
        for x in cols:
            for y in cols:
                if x is not y and a in x.stems and b in y.stems:
                    rest_x = tuple(s for s in x.stems if s != a)
                    rest_y = tuple(s for s in y.stems if s != b)
                    if rest_x == rest_y:
                        return x, y
        return None

    teams = pair(labels, "home", "away")
    if teams is not None:
        return teams, pair(numbers, "home", "away")
    for a, b in (("a", "b"), ("1", "2")):  # Team A / Team B beside Score A / Score B: only with both pairs
        teams, scores = pair(labels, a, b), pair(numbers, a, b)
        if teams is not None and scores is not None:
            return teams, scores
    return pair(labels, "winner", "loser"), None


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    teams, scores = side_pairs(ctx.columns())
    if teams is None:
        return None
    text = ctx.text
    if scores is not None and _HOME_WINS.search(text) and re.search(r"%|\bshare\b|\bpercent|\bhow\s+often\b", text):
        return KindRequest(frame=ctx.frame, column=teams[0].name, group=teams[1].name, y=scores[0].name,
                           weight=scores[1].name, agg="home_share", share=True,
                           where=said_where(ctx, {teams[0].name, teams[1].name}) + _flags(ctx))  # fmt: skip
    if re.search(r"\b(?:home|away|visiting|visitors?)\b", text):
        return None  # "the most home goals": one side's column, read as it is
    said = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, []) if v.column in teams]
    team = said[0].value if len({v.value for v in said}) == 1 else None
    last = ctx.last if ctx.recent and ctx.last and ctx.last.get("kind") == "team_record" else None
    if team is None and last is not None and re.search(r"\b(?:they|them|their|he|she|it|his|her)\b", text):
        team = last.get("value")
    what = "lost" if _LOSE.search(text) else "won" if _WIN.search(text) else "drawn" if _DRAW.search(text) else None
    if _GOALS.search(text) and scores is not None and what is None:
        what = "against" if _AGAINST.search(text) else "goals"
    if what is None and team is not None and _PLAYED.search(text) and re.search(r"\bhow\s+many\b", text):
        what = "played"
    if what is None or (what in ("goals", "against") and scores is None) or (scores is None and what == "drawn"):
        return None
    if team is None and not (
        _RANK.search(text)
        and (any(m.column in teams for m in ctx.mentions) or re.search(r"\b(?:teams?|sides?|clubs?|nations?)\b", text))
        and not re.search(r"\bper\s+(?:game|match)\b", text)  # goals per game: a measure of matches, not of teams
    ):
        return None
    where = said_where(ctx, {teams[0].name, teams[1].name}) + _flags(ctx)
    return KindRequest(
        frame=ctx.frame,
        column=teams[0].name,
        group=teams[1].name,
        y=scores[0].name if scores else None,
        weight=scores[1].name if scores else None,
        value=team,
        agg=what,
        order="min" if re.search(r"\b(?:least|fewest|lowest|worst)\b", text) else "max",
        where=where,
    )


def _flags(ctx: Context) -> list[list[Any]]:
    """[flag, value] of a true/false column the question names: "not at a neutral ground" is neutral = False."""
    out: list[list[Any]] = []
    for m in ctx.mentions:
        if m.column.kind != "bool":
            continue
        before = ctx.text[max(0, m.start - 20) : m.start]
        out.append([m.column.name, not re.search(r"\b(?:not|non|no|never|without)\b[\w\s]*$", before)])
    return out


def _records_lines(req: KindRequest, f: str) -> list[str]:
    """Lines that build `record`: one row per team and match, from its own side."""
    a, b = col(req.column), col(req.group)
    if req.y is None:  # winner / loser columns: a row per match for each
        return [
            f"won = pd.DataFrame({{'team': {f}[{a}], 'won': 1, 'lost': 0}})",
            f"lost = pd.DataFrame({{'team': {f}[{b}], 'won': 0, 'lost': 1}})",
            "record = pd.concat([won, lost], ignore_index=True)",
            "record['drawn'] = 0",
        ]
    ys, ws = col(req.y), col(req.weight)
    return [
        f"home = pd.DataFrame({{'team': {f}[{a}], 'for': {f}[{ys}], 'against': {f}[{ws}]}})",
        f"away = pd.DataFrame({{'team': {f}[{b}], 'for': {f}[{ws}], 'against': {f}[{ys}]}})",
        "record = pd.concat([home, away], ignore_index=True).dropna(subset=['for', 'against'])",
        "record['won'] = (record['for'] > record['against']).astype(int)",
        "record['lost'] = (record['for'] < record['against']).astype(int)",
        "record['drawn'] = (record['for'] == record['against']).astype(int)",
    ]


def code(req: KindRequest) -> str:
    """The cell for the request."""
    mask = where_mask(req.frame, req.where)
    f = "data" if mask else req.frame
    said = " and ".join(f"{c} = {v}" for c, v in req.where)
    narrow = [f"data = {req.frame}[{mask}]  # only the rows where {said}"] if mask else []
    if req.agg == "home_share":
        return finish(
            [
                f"# How often the home side wins ({req.y} > {req.weight}){' where ' + said if said else ''}",
                *narrow,
                f"home_won = {f}[{col(req.y)}] > {f}[{col(req.weight)}]",
                f"drawn = {f}[{col(req.y)}] == {f}[{col(req.weight)}]",
                "",
                f'result = {{"rows": len({f}), "won": int(home_won.sum()), "drawn": int(drawn.sum()), '
                f'"percent": 100 * home_won.mean() if len({f}) else None, '
                f'"drawn_percent": 100 * drawn.mean() if len({f}) else None}}',
            ],
            "home wins",
        )
    key = {"won": "won", "lost": "lost", "drawn": "drawn", "goals": "for", "against": "against"}.get(req.agg, "won")
    lines = [
        f"# Each team's record over both sides ({req.column} and {req.group}){' where ' + said if said else ''}",
        *narrow,
        *_records_lines(req, f),
        "record['played'] = 1",
        "cols = [c for c in ['played', 'won', 'lost', 'drawn', 'for', 'against'] if c in record]",
        "table = record.groupby('team')[cols].sum()",
    ]
    if req.value is not None:
        lines += [
            f"mine = table.loc[[{req.value!r}]] if {req.value!r} in table.index else table.iloc[:0]",
            "print(mine)",
            "",
            f'result = {{"rows": len({f}), "team": {req.value!r}, '
            '"record": {c: (mine[c].sum() if len(mine) else 0) for c in cols}}',
        ]
    else:
        lines += [
            f"ranked = table.sort_values({key!r}, ascending={req.order == 'min'})",
            "print(ranked.head(10))",
            "",
            f'result = {{"rows": len({f}), "teams": len(table), "by": {key!r}, '
            '"table": [[t, *(ranked.loc[t, c] for c in cols)] for t in ranked.index[:10]], "cols": cols}',
        ]
    return finish(lines, "team record")


_WORD = {"won": "won", "lost": "lost", "drawn": "drawn", "goals": "scored", "against": "conceded", "played": "played"}
_KEY = {"won": "won", "lost": "lost", "drawn": "drawn", "goals": "for", "against": "against", "played": "played"}


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    where = " where " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""
    rows = fmt(result.get("rows"))
    if req.agg == "home_share":
        head = f"Share of matches the home side won ({req.y} > {req.weight}){where}, {rows} rows."
        if result.get("percent") is None:
            return head + "\n\nNo matches to count."
        return (
            head + f"\n\nThe home side won **{fmt(result.get('percent'))}%** of them ({fmt(result.get('won'))} of "
            f"{rows}); {fmt(result.get('drawn_percent'))}% were drawn."
        )
    sides = f"{req.column} or {req.group}"
    if req.value is not None:
        rec = result.get("record") or {}
        head = f"Record of {req.value} as {sides}{where}, {rows} rows."
        if not rec.get("played"):
            return head + f"\n\n{req.value} plays in none of these matches."
        asked = _KEY[req.agg]
        first = f"{req.value} {_WORD[req.agg]} **{fmt(rec.get(asked))}**" + (
            " goals" if asked in ("for", "against") else f" of {fmt(rec.get('played'))} matches"
        )
        parts = [f"played {fmt(rec.get('played'))}", f"won {fmt(rec.get('won'))}", f"lost {fmt(rec.get('lost'))}"]
        if "drawn" in rec and req.y is not None:
            parts.append(f"drawn {fmt(rec.get('drawn'))}")
        if "for" in rec:
            parts.append(f"goals {fmt(rec.get('for'))}–{fmt(rec.get('against'))}")
        return head + f"\n\n{first}. Overall: {', '.join(parts)}."
    table = result.get("table") or []
    cols = result.get("cols") or []
    unit = "goals" if req.agg in ("goals", "against") else "matches"
    head = f"Teams ranked by {unit} {_WORD[req.agg]} as {sides}{where}, {rows} rows."
    if not table:
        return head + "\n\nNo matches to rank."
    i = cols.index(result.get("by")) + 1 if result.get("by") in cols else 1
    best = table[0]
    lines = [head, "", f"**{best[0]}**: {fmt(best[i])} {unit} {_WORD[req.agg]}."]
    lines += ["", "Top 10: " + ", ".join(f"{t[0]} ({fmt(t[i])})" for t in table)]
    return "\n".join(lines)
