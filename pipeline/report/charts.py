"""SVG charts of the report: claims by actor and source, stance over time, the actor–issue network."""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd

from pipeline.report.data import ReportData
from pipeline.report.groups import outlet_name
from pipeline.report.highlight import colour, e
from pipeline.report.networks import actor_issue_graph


def _stacked_bars(rows: list[tuple[str, Counter]], types: list[str], title: str, width: int = 920) -> str:
    """Horizontal bars, one per row label, stacked by claim type (SVG)."""
    if not rows:
        return f'<figure><figcaption>{e(title)}</figcaption><p class="empty">No claims.</p></figure>'
    label_w, bar_h, gap, top = 260, 18, 6, 8
    total_max = max(sum(c.values()) for _, c in rows) or 1
    scale = (width - label_w - 60) / total_max
    height = top + len(rows) * (bar_h + gap) + 24
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="{e(title)}">']
    for k, (label, counts) in enumerate(rows):
        y = top + k * (bar_h + gap)
        short = label if len(label) <= 38 else label[:37] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + bar_h - 5}" text-anchor="end" class="lbl">'
                     f'<title>{e(label)}</title>{e(short)}</text>')
        x = float(label_w)
        for t in types:
            n = counts.get(t, 0)
            if n:
                w = n * scale
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour(t)}">'
                             f'<title>{e(label)} · {e(t)}: {n}</title></rect>')
                x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + bar_h - 5}" class="num">{sum(counts.values())}</text>')
    parts.append("</svg>")
    return f'<figure><figcaption>{e(title)}</figcaption>{"".join(parts)}</figure>'


def charts_html(data: ReportData, types: list[str], limit: int = 30) -> str:
    claims = data.claims
    by_actor = Counter(zip(claims["actor"], claims["actor_country"]))
    actor_rows = []
    for (actor, country), _ in by_actor.most_common(limit):
        part = claims[(claims["actor"] == actor) & (claims["actor_country"] == country)]
        actor_rows.append((f"{actor or '(no actor)'} ({country})", Counter(part["claim_type"])))
    docs = data.documents.set_index("doc_id") if not data.documents.empty else pd.DataFrame(columns=["source", "title"])
    outlet = claims["doc_id"].map({  # each document's outlet, looked up once for all its claims
        d: outlet_name(docs.at[d, "source"], docs.at[d, "title"] or d) if d in docs.index else outlet_name("", d)
        for d in claims["doc_id"].unique()})
    source_rows = [(str(name), Counter(claims.loc[outlet == name, "claim_type"]))
                   for name, _ in Counter(outlet).most_common(limit)]
    more = f" (top {limit} of {len(by_actor)})" if len(by_actor) > limit else ""
    return (_stacked_bars(actor_rows, types, f"Claims by actor × claim type{more}")
            + _stacked_bars(source_rows, types, "Claims by source (outlet; a document's title where the "
                                                "outlet is unknown) × claim type"))


def polarity_colour(mean: float) -> str:
    return "#2E8B57" if mean > 0.33 else "#C0392B" if mean < -0.33 else "#B8860B"


def network_svg(claims: pd.DataFrame, limit: int = 40, width: int = 920) -> str:
    """Actors (left) and issues (right) linked by claims: width ~ number, colour = mean polarity."""
    graph = actor_issue_graph(claims)
    actors = sorted((n for n, d in graph.nodes(data=True) if d["node_type"] == "actor"),
                    key=lambda n: (-graph.nodes[n]["n_claims"], n))[:limit]
    issues = sorted((n for n, d in graph.nodes(data=True) if d["node_type"] == "issue"),
                    key=lambda n: (-graph.nodes[n]["n_claims"], n))
    if not actors:
        return '<p class="empty">No claims with an actor and an issue.</p>'
    row = 24
    height = 30 + max(len(actors), len(issues)) * row
    ax, ix = 270, width - 230

    def y_of(nodes: list[str], k: int) -> float:
        return 20 + (k + 0.5) * (height - 30) / len(nodes)

    ya = {n: y_of(actors, k) for k, n in enumerate(actors)}
    yi = {n: y_of(issues, k) for k, n in enumerate(issues)}
    parts = [f'<svg id="net" class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="actor–issue network">']
    for a, i, d in sorted(graph.edges(data=True)):
        a, i = (a, i) if a.startswith("actor:") else (i, a)
        if a not in ya:
            continue
        kinds = ", ".join(f"{k[5:]} {v}" for k, v in d.items() if k.startswith("type_") and v)
        tip = f"{graph.nodes[a]['label']} → {graph.nodes[i]['label']}: {d['weight']} claims, " \
              f"mean polarity {d['mean_polarity']:+.2f} ({kinds})"
        mid = (ax + ix) / 2
        parts.append(f'<path class="edge" data-a="{e(a)}" data-b="{e(i)}" d="M{ax + 8},{ya[a]:.1f} '
                     f'C{mid},{ya[a]:.1f} {mid},{yi[i]:.1f} {ix - 8},{yi[i]:.1f}" '
                     f'stroke="{polarity_colour(d["mean_polarity"])}" '
                     f'stroke-width="{1 + 1.6 * math.sqrt(d["weight"]):.1f}"><title>{e(tip)}</title></path>')
    for nodes, x, y, anchor, dx in ((actors, ax, ya, "end", -14), (issues, ix, yi, "start", 14)):
        for n in nodes:
            d = graph.nodes[n]
            r = 3 + 2.2 * math.sqrt(d["n_claims"])
            label = d["label"] + (f" ({d['actor_country']})" if d["node_type"] == "actor" else "")
            parts.append(f'<g class="node {d["node_type"]}" data-node="{e(n)}"><circle cx="{x}" cy="{y[n]:.1f}" '
                         f'r="{r:.1f}"/><text x="{x + dx}" y="{y[n] + 4:.1f}" text-anchor="{anchor}">'
                         f'{e(label)}</text><title>{e(label)}: {d["n_claims"]} claims</title></g>')
    parts.append("</svg>")
    n_actors = graph.number_of_nodes() - len(issues)
    more = f"<p class='note'>Showing the {limit} actors with most claims of {n_actors}.</p>" if n_actors > limit else ""
    legend = ('<p class="note">Line width: number of claims. Colour: mean polarity '
              '<span style="color:#2E8B57">■ for</span> <span style="color:#B8860B">■ mixed/unclear</span> '
              '<span style="color:#C0392B">■ against</span>. Hover a line or a node for details.</p>')
    return legend + more + "".join(parts)


def trend_html(data: ReportData, limit: int = 24) -> str:
    """Stance over time: one small chart per actor and issue, mean polarity per period (dot size =
    claims, hover for the counts by type), on one shared time axis."""
    table = data.tables["claims_by_period"]
    if table.empty:
        return '<p class="empty">No claims with an actor in a dated document.</p>'
    periods = sorted(set(zip(table["period_start"], table["period"])))
    x_of = {period: k for k, (_, period) in enumerate(periods)}
    keys = table.groupby(["actor", "actor_country", "issue"], sort=False)["n_claims"].sum()
    keys = keys.sort_values(ascending=False, kind="stable").head(limit)
    panels = []
    for (actor, country, issue), total in keys.items():
        rows = table[(table["actor"] == actor) & (table["actor_country"] == country) & (table["issue"] == issue)]
        per_period = rows.groupby("period", sort=False).agg(
            n=("n_claims", "sum"), pol=("mean_polarity", lambda p: float(
                (p * rows.loc[p.index, "n_claims"]).sum() / rows.loc[p.index, "n_claims"].sum())))
        type_columns = [c for c in rows.columns if c.startswith("type_")]
        types = rows.groupby("period")[type_columns].sum()
        panels.append(_trend_panel(actor, country, issue, int(total), per_period, types, x_of, len(periods)))
    more = (f'<p class="note">The {limit} actor–issue pairs with most dated claims of {len(keys)}.</p>'
            if len(keys) >= limit else "")
    return more + '<div class="trends">' + "".join(panels) + "</div>"


def _trend_panel(actor: str, country: str, issue: str, total: int, per_period: pd.DataFrame,
                 types: pd.DataFrame, x_of: dict[str, int], n_periods: int, width: int = 300,
                 height: int = 130) -> str:
    left, right, top, bottom = 44, 36, 10, 26
    step = (width - left - right) / max(1, n_periods - 1) if n_periods > 1 else 0
    x0 = left if n_periods > 1 else (width + left - right) / 2

    def y(polarity: float) -> float:
        return top + (1 - polarity) / 2 * (height - top - bottom)

    parts = [f'<svg class="chart trend" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="{e(actor)} on {e(issue)} over time">',
             f'<line class="zero" x1="{left}" x2="{width - right}" y1="{y(0):.1f}" y2="{y(0):.1f}"/>']
    for value, label in ((1, "+1"), (0, "0"), (-1, "−1")):
        parts.append(f'<text x="{left - 6}" y="{y(value) + 4:.1f}" text-anchor="end" class="num">{label}</text>')
    points = sorted(((x_of[p], p, r.n, r.pol) for p, r in per_period.iterrows()), key=lambda t: t[0])
    coords = [(x0 + k * step, y(pol)) for k, _, _, pol in points]
    if len(coords) > 1:
        parts.append('<polyline class="trendline" points="' + " ".join(f"{a:.1f},{b:.1f}" for a, b in coords) + '"/>')
    for (k, period, n, pol), (cx, cy) in zip(points, coords):
        counts = ", ".join(f"{c[5:]} {int(v)}" for c, v in types.loc[period].items() if v) if period in types.index else ""
        tip = f"{period}: {int(n)} claims ({counts}), mean polarity {pol:+.2f}"
        parts.append(f'<circle class="dot" cx="{cx:.1f}" cy="{cy:.1f}" r="{3 + 2 * math.sqrt(n):.1f}" '
                     f'fill="{polarity_colour(pol)}" data-period="{e(period)}"><title>{e(tip)}</title></circle>')
        parts.append(f'<text x="{cx:.1f}" y="{height - 8}" text-anchor="middle" class="num">{e(period)}</text>')
    parts.append("</svg>")
    return (f'<figure class="trend-panel" data-actor="{e(actor)}" data-issue="{e(issue)}">'
            f'<figcaption>{e(actor)} ({e(country)}) · {e(issue)} <span class="count">{total} claims</span>'
            f'</figcaption>{"".join(parts)}</figure>')
