"""Stage 5, aggregate: claims by actor and by source, with type and issue breakdowns."""

from __future__ import annotations

import pandas as pd

TYPE_PREFIX, ISSUE_PREFIX = "type_", "issue_"
# the columns the aggregates read: a large corpus's claims and documents are read without their texts
CLAIM_COLUMNS = ("doc_id", "actor", "actor_country", "claim_type", "issue", "polarity")
DOCUMENT_COLUMNS = ("doc_id", "source", "title", "date")


def _summarize(claims: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Count claims per `keys`, one column per claim_type and issue, plus mean polarity."""
    if claims.empty:
        return pd.DataFrame(columns=keys + ["n_claims", "mean_polarity"])
    claims = claims.assign(polarity=pd.to_numeric(claims["polarity"], errors="coerce"))
    grouped = claims.groupby(keys, dropna=False)
    summary = grouped.size().rename("n_claims").to_frame()
    summary["mean_polarity"] = grouped["polarity"].mean().round(3)
    types = pd.crosstab([claims[k] for k in keys], claims["claim_type"]).add_prefix(TYPE_PREFIX)
    issues = pd.crosstab([claims[k] for k in keys], claims["issue"]).add_prefix(ISSUE_PREFIX)
    summary = summary.join(types).join(issues).reset_index()
    return summary.sort_values(["n_claims"] + keys, ascending=[False] + [True] * len(keys))


def claims_by_actor(claims: pd.DataFrame) -> pd.DataFrame:
    return _summarize(claims, ["actor", "actor_country"])


def claims_by_source(claims: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per document and outlet (`source` from documents.csv)."""
    meta = documents[list(DOCUMENT_COLUMNS)] if not documents.empty else pd.DataFrame(columns=list(DOCUMENT_COLUMNS))
    merged = claims.merge(meta, on="doc_id", how="left")
    for column in ("source", "title", "date"):
        merged[column] = merged[column].fillna("")
    return _summarize(merged, ["source", "doc_id", "title", "date"])
