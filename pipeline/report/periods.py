"""Stance over time: claims per actor, issue (and topic, when claims carry one) and week or month."""

from __future__ import annotations

import pandas as pd

from pipeline.dates import period_of, read_date

PERIOD_KEYS = ["period", "actor", "actor_country", "issue"]


def dated_claims(claims: pd.DataFrame, documents: pd.DataFrame, period: str) -> pd.DataFrame:
    """The claims with their document's `date` and `period` ('' when the date is unknown or too coarse)."""
    dates = documents.set_index("doc_id")["date"].to_dict() if not documents.empty else {}
    date = claims["doc_id"].map(lambda d: dates.get(d, ""))
    return claims.assign(date=date, period=date.map(lambda v: period_of(v, period)))


def claims_by_period(claims: pd.DataFrame, documents: pd.DataFrame, period: str = "month") -> pd.DataFrame:
    """One row per period × actor × actor_country × issue (× topic if the column exists): n_claims,
    n_documents, n_for, n_against, mean_polarity and one type_* count per claim type.

    Claims without an actor, or whose document has no date at the period's precision, are left
    out (see `undated_count`)."""
    keys = PERIOD_KEYS + (["topic"] if "topic" in claims.columns else [])
    counts = ["n_claims", "n_documents", "n_for", "n_against", "mean_polarity"]
    if claims.empty:
        return pd.DataFrame(columns=keys + ["period_start"] + counts)
    dated = dated_claims(claims, documents, period)
    dated = dated[(dated["period"] != "") & (dated["actor"] != "")]
    if dated.empty:
        return pd.DataFrame(columns=keys + ["period_start"] + counts)
    dated = dated.assign(polarity=pd.to_numeric(dated["polarity"], errors="coerce"))
    grouped = dated.groupby(keys, dropna=False, sort=True)
    table = pd.DataFrame({
        "n_claims": grouped.size(),
        "n_documents": grouped["doc_id"].nunique(),
        "n_for": grouped["polarity"].apply(lambda p: int((p > 0).sum())),
        "n_against": grouped["polarity"].apply(lambda p: int((p < 0).sum())),
        "mean_polarity": grouped["polarity"].mean().round(3),
    })
    types = pd.crosstab([dated[k] for k in keys], dated["claim_type"]).add_prefix("type_")
    table = table.join(types).reset_index()
    table.insert(len(keys), "period_start", table["period"].map(_period_start))
    return table.sort_values(["actor", "issue", "period"] + keys[4:], kind="stable").reset_index(drop=True)


def undated_count(claims: pd.DataFrame, documents: pd.DataFrame, period: str) -> int:
    """How many claims with an actor cannot be placed in a period."""
    if claims.empty:
        return 0
    dated = dated_claims(claims, documents, period)
    return int(((dated["period"] == "") & (dated["actor"] != "")).sum())


def _period_start(period: str) -> str:
    """First day of '2025-02' or '2025-W08' as 'YYYY-MM-DD' (for sorting and plotting)."""
    if "-W" in period:
        year, week = period.split("-W")
        return pd.Timestamp.fromisocalendar(int(year), int(week), 1).strftime("%Y-%m-%d")
    date = read_date(period)
    return date.stamp.strftime("%Y-%m-%d") if date else ""
