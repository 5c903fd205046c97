"""GraphML networks in the Discourse Network Analyzer's terms: the two-mode actor–issue network
and the one-mode congruence and conflict networks of actors."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.report.data import CATCH_ALL_ISSUE, CLAIM_TYPES, ReportData, require
from pipeline.tables import write_atomic


def _network_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with a named actor and an issue: the ones that can be placed in a network."""
    return claims[(claims["actor"] != "") & (claims["issue"] != "")]


def _actor_nodes(claims: pd.DataFrame) -> dict[str, dict]:
    """actor → node attributes (actor, actor_country = the actor's most frequent code, n_claims)."""
    countries: dict[str, Counter] = {}  # one pass over the rows (a pandas group per actor: a millisecond each)
    for actor, country in zip(claims["actor"], claims["actor_country"]):
        if not pd.isna(actor):  # as groupby leaves it out
            countries.setdefault(actor, Counter())[country] += 1
    nodes = {}
    for actor in sorted(countries):
        counts = countries[actor]
        country = counts.most_common(1)[0][0]
        nodes[str(actor)] = {"label": str(actor), "actor": str(actor), "actor_country": str(country),
                             "n_claims": int(sum(counts.values()))}
    return nodes


def _claim_types(claims: pd.DataFrame) -> list[str]:
    return CLAIM_TYPES + sorted(set(claims["claim_type"]) - set(CLAIM_TYPES) - {""})


def actor_issue_graph(claims: pd.DataFrame):
    """Two-mode actor–issue graph: weight = claims, mean_polarity, one type_* count per claim type."""
    nx = require("networkx")
    claims = _network_claims(claims)
    graph = nx.Graph(name="actor-issue", mode="two-mode")
    for actor, attrs in _actor_nodes(claims).items():
        graph.add_node(f"actor:{actor}", node_type="actor", issue="", **attrs)
    for issue, group in claims.groupby("issue", sort=True):
        graph.add_node(f"issue:{issue}", node_type="issue", label=str(issue), actor="", actor_country="",
                       issue=str(issue), n_claims=int(len(group)))
    types = _claim_types(claims)
    # one pass over the rows (a pandas group per actor and issue costs a millisecond each)
    edges: dict[tuple[str, str], tuple[list[float], Counter]] = {}
    polarities = pd.to_numeric(claims["polarity"], errors="coerce")
    for actor, issue, claim_type, polarity in zip(claims["actor"], claims["issue"], claims["claim_type"], polarities):
        if pd.isna(actor) or pd.isna(issue):
            continue  # as groupby leaves them out
        values, counts = edges.setdefault((actor, issue), ([], Counter()))
        counts[claim_type] += 1
        if not pd.isna(polarity):
            values.append(float(polarity))
    for actor, issue in sorted(edges):
        values, counts = edges[(actor, issue)]
        graph.add_edge(f"actor:{actor}", f"issue:{issue}", weight=sum(counts.values()),
                       mean_polarity=round(float(np.mean(values)), 3) if values else 0.0,
                       n_positive=sum(v > 0 for v in values), n_negative=sum(v < 0 for v in values),
                       **{f"type_{t}": int(counts.get(t, 0)) for t in types})
    return graph


def actor_graph(claims: pd.DataFrame, kind: str):
    """One-mode actor graph as DNA computes it with the agreement qualifier.

    kind='congruence': actors linked when both take the same polarity (1 or -1) on an issue;
    kind='conflict': when one is for and the other against. weight = number of such issues.
    Polarity 0 (unclear) and the catch-all issue OTHER take part in neither.
    """
    nx = require("networkx")
    if kind not in ("congruence", "conflict"):
        raise ValueError(kind)
    claims = _network_claims(claims)
    graph = nx.Graph(name=f"actor-{kind}", mode="one-mode")
    for actor, attrs in _actor_nodes(claims).items():
        graph.add_node(actor, **attrs)
    stances: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for row in claims.itertuples(index=False):
        if not pd.isna(row.polarity) and int(row.polarity) != 0 and row.issue != CATCH_ALL_ISSUE:
            stances[str(row.issue)][str(row.actor)].add(int(row.polarity))
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for issue in sorted(stances):
        actors = sorted(stances[issue])
        for i, first in enumerate(actors):
            for second in actors[i + 1:]:
                a, b = stances[issue][first], stances[issue][second]
                linked = bool(a & b) if kind == "congruence" else any(x != y for x in a for y in b)
                if linked:
                    links[(first, second)].append(issue)
    for (first, second), issues in sorted(links.items()):
        graph.add_edge(first, second, weight=len(issues), issues="|".join(issues))
    return graph


def write_graphml(graph, path: Path) -> Path:
    nx = require("networkx")
    return write_atomic(path, lambda tmp: nx.write_graphml(graph, tmp, encoding="utf-8"))


def write_networks(data: ReportData, out_dir: Path) -> list[Path]:
    """actor_issue.graphml (two-mode), actor_congruence.graphml and actor_conflict.graphml (one-mode)."""
    out_dir = Path(out_dir)
    return [write_graphml(actor_issue_graph(data.claims), out_dir / "actor_issue.graphml"),
            write_graphml(actor_graph(data.claims, "congruence"), out_dir / "actor_congruence.graphml"),
            write_graphml(actor_graph(data.claims, "conflict"), out_dir / "actor_conflict.graphml")]
