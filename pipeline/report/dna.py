"""dna_statements.csv: one row per claim in the columns of the Discourse Network Analyzer (DNA 3)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import __version__
from pipeline.report.data import ReportData
from pipeline.dates import read_date
from pipeline.tables import read_csv_file, write_csv_atomic

# DNA 3 event list (Exporter.eventCSV, "statement ID" … "text", then the variables of the default
# "DNA Statement" type), followed by the statement's character span and coder.
DNA_COLUMNS = ["statement ID", "time", "document ID", "document title", "author", "source", "section", "type",
               "text", "person", "organization", "concept", "agreement", "start", "stop", "coder"]
DNA_EXTRA_COLUMNS = ["claim_id", "claim_type", "polarity", "confidence", "rule", "date", "date_precision"]
DNA_INTEGER_COLUMNS = {"statement ID", "agreement", "start", "stop", "polarity"}
DNA_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def agreement(polarity: object) -> object:
    """DNA's binary qualifier: 1 for, 0 against; missing for polarity 0 (unclear)."""
    if polarity is None or pd.isna(polarity) or int(polarity) == 0:
        return pd.NA
    return 1 if int(polarity) > 0 else 0


def dna_statements(data: ReportData) -> pd.DataFrame:
    """One row per claim in DNA's statement columns (person = actor, organization = actor_country,
    concept = issue, agreement from polarity), then claim_id, claim_type, polarity, confidence, rule.

    DNA needs a full timestamp in `time`, so a date written as '2025-02' is placed on the 1st there;
    `date` keeps it as written ('2025-02') and `date_precision` says 'month'."""
    claims = data.claims
    meta = data.documents.set_index("doc_id") if not data.documents.empty else pd.DataFrame()

    cells: dict[tuple[str, str], str] = {}  # a document's cells and date, looked up once for all its claims
    dates: dict[str, object] = {}

    def doc(doc_id: str, column: str) -> str:
        key = (doc_id, column)
        if key not in cells:
            cells[key] = str(meta.at[doc_id, column]) if doc_id in meta.index and column in meta.columns else ""
        return cells[key]

    rows = []
    for number, row in enumerate(claims.itertuples(index=False), start=1):
        if row.doc_id not in dates:
            dates[row.doc_id] = read_date(doc(row.doc_id, "date"))
        date = dates[row.doc_id]
        rows.append({
            "statement ID": number, "time": date.stamp.strftime(DNA_TIME_FORMAT) if date else "",
            "document ID": row.doc_id, "document title": doc(row.doc_id, "title"),
            "author": doc(row.doc_id, "author"), "source": doc(row.doc_id, "source"), "section": "",
            "type": doc(row.doc_id, "input_format"), "text": row.sentence, "person": row.actor,
            "organization": row.actor_country, "concept": row.issue, "agreement": agreement(row.polarity),
            "start": row.start, "stop": row.end, "coder": f"claims-pipeline {__version__}",
            "claim_id": row.claim_id, "claim_type": row.claim_type, "polarity": row.polarity,
            "confidence": row.confidence, "rule": row.rule,
            "date": date.iso if date else "", "date_precision": date.precision if date else ""})
    df = pd.DataFrame(rows, columns=DNA_COLUMNS + DNA_EXTRA_COLUMNS)
    for column in DNA_INTEGER_COLUMNS:
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
    df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce").astype("float64")
    return df


def write_dna(data: ReportData, out_dir: Path) -> Path:
    """dna_statements.csv, with the run's --csv-sep and BOM setting."""
    return write_csv_atomic(dna_statements(data), Path(out_dir) / "dna_statements.csv", data.options.csv_format)


def read_dna_statements(path: Path) -> pd.DataFrame:
    """Read dna_statements.csv back (in the format the folder's manifest records) with the dtypes
    it was written with."""
    df = read_csv_file(Path(path))
    for column in DNA_INTEGER_COLUMNS.intersection(df.columns):
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
    if "confidence" in df.columns:
        df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce").astype("float64")
    return df
