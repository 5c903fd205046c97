"""The same claim across outlets: claims by the same actor, with the same type and issue and
near-identical sentences in different documents form one `claim_group`.

Similarity is RapidFuzz's normalised Indel similarity (`fuzz.ratio`) of the sentences after its
default processing (lower case, no punctuation), computed only within a block of claims that share
actor, claim_type and issue; claims linked directly or through others are one group (connected
components). The first carrier is the claim in the earliest-dated document (undated documents
last, then in input order).
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from pipeline.dates import read_date
from pipeline.report.optional import require

BLOCK = ["actor", "claim_type", "issue"]
GROUP_COLUMNS = ["claim_group", "position", "role", "claim_id", "doc_id", "source", "title", "date", "actor",
                 "actor_country", "claim_type", "issue", "polarity", "similarity", "sentence", "n_documents",
                 "n_outlets", "first_source", "first_date", "first_doc_id"]


def outlet_name(source: str, fallback: str) -> str:
    """The outlet as shown: the source, or the document (title or id) when the outlet is unknown."""
    return source if source else f"(unknown outlet) {fallback}"


def _similar_pairs(texts: list[str], threshold: float) -> list[tuple[int, int, float]]:
    """Index pairs (i < j) whose similarity is ≥ threshold, with the similarity in [0, 1]."""
    from rapidfuzz import fuzz, process, utils
    if len(texts) < 2:
        return []
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, processor=utils.default_process,
                           score_cutoff=threshold * 100, dtype="float32")
    return [(i, j, float(scores[i, j]) / 100) for i in range(len(texts)) for j in range(i + 1, len(texts))
            if scores[i, j] > 0]


def claim_groups(claims: pd.DataFrame, documents: pd.DataFrame, threshold: float = 0.8) -> pd.DataFrame:
    """One row per claim in a group that spans at least two documents (GROUP_COLUMNS), groups
    numbered G0001 … by the date of their first carrier, rows in carrying order."""
    nx = require("networkx")
    meta = documents.set_index("doc_id") if not documents.empty else pd.DataFrame(columns=["source", "title", "date"])
    order = {doc_id: k for k, doc_id in enumerate(documents["doc_id"])} if not documents.empty else {}

    @cache  # (a document's cells, looked up once for all its claims)
    def doc(doc_id: str, column: str) -> str:
        return str(meta.at[doc_id, column]) if doc_id in meta.index else ""

    candidates = claims[(claims["actor"] != "") & (claims["sentence"] != "")] if not claims.empty else claims
    graph = nx.Graph()
    # the blocks as `groupby(BLOCK, sort=True)` gives them, made in one pass over the rows (a pandas
    # group per block cost a millisecond each, most blocks being one claim)
    blocks: dict[tuple, list[int]] = {}
    for position, key in enumerate(zip(*(candidates[column].tolist() for column in BLOCK))):
        if not any(pd.isna(value) for value in key):  # as groupby leaves them out
            blocks.setdefault(key, []).append(position)
    labels, doc_ids, sentences = (candidates.index.tolist(), candidates["doc_id"].tolist(),
                                  candidates["sentence"].tolist())
    for key in sorted(blocks):
        positions = blocks[key]
        if len({doc_ids[p] for p in positions if not pd.isna(doc_ids[p])}) < 2:
            continue
        index = [labels[p] for p in positions]
        for i, j, score in _similar_pairs([sentences[p] for p in positions], threshold):
            graph.add_edge(index[i], index[j], similarity=score)
    groups = []
    for component in nx.connected_components(graph):
        rows = candidates.loc[sorted(component)]
        if rows["doc_id"].nunique() < 2:
            continue
        groups.append(sorted(rows.index, key=lambda m: carried_key(m, candidates, doc, order)))
    groups.sort(key=lambda members: carried_key(members[0], candidates, doc, order))
    out = []
    for number, members in enumerate(groups, start=1):
        first = candidates.loc[members[0]]
        outlets = {outlet_name(doc(candidates.at[m, "doc_id"], "source"), candidates.at[m, "doc_id"]) for m in members}
        for position, m in enumerate(members, start=1):
            row = candidates.loc[m]
            similarity = 1.0 if m == members[0] else _similarity(graph, members[0], m)
            out.append({"claim_group": f"G{number:04d}", "position": position,
                        "role": "first" if position == 1 else "repeat", "claim_id": row["claim_id"],
                        "doc_id": row["doc_id"], "source": doc(row["doc_id"], "source"),
                        "title": doc(row["doc_id"], "title"), "date": doc(row["doc_id"], "date"),
                        "actor": row["actor"], "actor_country": row["actor_country"],
                        "claim_type": row["claim_type"], "issue": row["issue"], "polarity": row["polarity"],
                        "similarity": round(similarity, 3), "sentence": row["sentence"],
                        "n_documents": len(set(candidates.loc[members, "doc_id"])), "n_outlets": len(outlets),
                        "first_source": doc(first["doc_id"], "source"), "first_date": doc(first["doc_id"], "date"),
                        "first_doc_id": first["doc_id"]})
    return pd.DataFrame(out, columns=GROUP_COLUMNS)


def carried_key(index: int, claims: pd.DataFrame, doc, order: dict) -> tuple:
    """Sort key of a claim by when its document carried it: dated first, then by date, then input order."""
    date = read_date(doc(claims.at[index, "doc_id"], "date"))
    return (date is None, date.stamp if date else pd.Timestamp.min, order.get(claims.at[index, "doc_id"], len(order)),
            index)


def _similarity(graph, first: int, other: int) -> float:
    """Similarity to the first carrier: direct when they were compared above the threshold, else the
    weakest link on the path that joined them."""
    if graph.has_edge(first, other):
        return graph.edges[first, other]["similarity"]
    path = require("networkx").shortest_path(graph, first, other)
    return min(graph.edges[a, b]["similarity"] for a, b in zip(path, path[1:]))


def outlet_graph(groups: pd.DataFrame):
    """Directed outlet network: first carrier → each outlet that repeated its claim; weight = claims."""
    nx = require("networkx")
    graph = nx.DiGraph(name="claim-diffusion")
    for _, group in groups.groupby("claim_group", sort=True):
        first = group.iloc[0]
        source = outlet_name(first["source"], first["doc_id"])
        graph.add_node(source, label=source)
        for row in group.iloc[1:].itertuples(index=False):
            target = outlet_name(row.source, row.doc_id)
            if target == source:
                continue
            graph.add_node(target, label=target)
            weight = graph.edges[source, target]["weight"] + 1 if graph.has_edge(source, target) else 1
            graph.add_edge(source, target, weight=weight)
    return graph
