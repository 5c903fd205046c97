"""What every report output reads: the options, the selection of claims and documents, dates.

`ReportOptions` selects claims (actor_country, claim_type, min_confidence) and documents
(since/until on documents.csv `date`); `load_report_data` reads the tables of an output folder
and applies that selection, so every writer covers the same claims.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import pandas as pd

from pipeline.aggregate import claims_by_actor, claims_by_source
from pipeline.dates import parse_date, read_date
from pipeline.lexicons import CLAIM_TYPES as LEXICON_CLAIM_TYPES
from pipeline.lexicons import LexiconError, Lexicons
from pipeline.report.optional import require
from pipeline.tables import COLUMNS, INTEGER_COLUMNS, CsvFormat, read_csv_file, read_table, read_table_or_empty

CLAIM_TYPES = list(LEXICON_CLAIM_TYPES)
CATCH_ALL_ISSUE = "OTHER"
PERIODS = ("week", "month")
TABLES = ["documents", "paragraphs", "sentences", "entities", "quotes", "claims", "claims_by_actor",
          "claims_by_source", "errors"]
FLOAT_COLUMNS = {"confidence", "mean_polarity", "similarity"}
COUNT_COLUMNS = {"n_claims", "n_documents", "n_outlets", "n_for", "n_against", "position"}
COUNT_PREFIXES = ("type_", "issue_", "topic_")


# ---------------------------------------------------------------------------- options and selection

@dataclass(frozen=True)
class ReportOptions:
    """Which claims and documents the outputs cover, and how CSV outputs are written.

    Documents without a parseable date are kept only when neither `since` nor `until` is set.
    """

    actor_country: tuple[str, ...] = ()
    claim_type: tuple[str, ...] = ()
    min_confidence: Optional[float] = None
    since: Optional[str] = None
    until: Optional[str] = None
    csv_format: CsvFormat = field(default_factory=CsvFormat)
    period: str = "month"
    group_similarity: float = 0.8
    corrections: Optional[Path] = None
    lexicon_dir: Optional[Path] = None  # the run's lexicons (default: data/lexicons): month names, codes

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and parse_date(value) is None:
                raise ValueError(f"--{name} {value!r} is not a date (use e.g. 2025-02-18)")
        if self.period not in PERIODS:
            raise ValueError(f"--period {self.period!r} is not one of {', '.join(PERIODS)}")
        if not 0.0 < self.group_similarity <= 1.0:
            raise ValueError(f"--group-similarity {self.group_similarity} must be in (0, 1]")

    @property
    def has_date_filter(self) -> bool:
        return bool(self.since or self.until)

    @property
    def has_filters(self) -> bool:
        return bool(self.describe())

    def describe(self) -> list[str]:
        """The active filters in words, for the report header."""
        parts = []
        if self.actor_country:
            parts.append("actor_country ∈ {" + ", ".join(self.actor_country) + "}")
        if self.claim_type:
            parts.append("claim_type ∈ {" + ", ".join(self.claim_type) + "}")
        if self.min_confidence is not None:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        if self.since:
            parts.append(f"date ≥ {self.since}")
        if self.until:
            parts.append(f"date ≤ {self.until}")
        return parts

    def folder_name(self) -> str:
        """A sub-folder name that says the filters: 'report-RUS+UKR-DEMAND-conf0.6-from2025-02-01'."""
        parts = ["report"]
        parts += ["+".join(sorted(_normalize(self.actor_country)))] if self.actor_country else []
        parts += ["+".join(sorted(_normalize(self.claim_type)))] if self.claim_type else []
        parts += [f"conf{self.min_confidence:g}"] if self.min_confidence is not None else []
        parts += [f"from{self.since}"] if self.since else []
        parts += [f"to{self.until}"] if self.until else []
        return re.sub(r"[^\w.+-]+", "_", "-".join(parts))


def _normalize(values: Iterable[str]) -> set[str]:
    return {v.strip().upper() for v in values if v and v.strip()}


def select_documents(documents: pd.DataFrame, options: ReportOptions) -> pd.DataFrame:
    """Documents inside since/until (inclusive); with no date filter, all documents."""
    if not options.has_date_filter or documents.empty:
        return documents
    since, until = parse_date(options.since), parse_date(options.until)
    dates = documents["date"].map(parse_date)
    keep = dates.map(lambda d: pd.notna(d) and (since is None or d >= since) and (until is None or d <= until))
    return documents[keep.astype(bool)]


def select_claims(claims: pd.DataFrame, doc_ids: set[str], options: ReportOptions) -> pd.DataFrame:
    """Claims of the selected documents that pass the country, type and confidence filters."""
    keep = claims["doc_id"].isin(doc_ids)
    if options.actor_country:
        keep &= claims["actor_country"].str.upper().isin(_normalize(options.actor_country))
    if options.claim_type:
        keep &= claims["claim_type"].str.upper().isin(_normalize(options.claim_type))
    if options.min_confidence is not None:
        keep &= claims["confidence"].fillna(-1.0) >= options.min_confidence
    return claims[keep.astype(bool)].reset_index(drop=True)


# ---------------------------------------------------------------------------- loading

@dataclass
class ReportData:
    """The selected tables, typed, plus the document texts (doc_id → text)."""

    out_dir: Path
    options: ReportOptions
    tables: dict[str, pd.DataFrame]
    texts: dict[str, str]
    n_documents_total: int = 0
    n_claims_total: int = 0
    corrections: list[dict] = field(default_factory=list)
    corrections_log: list[dict] = field(default_factory=list)
    choices: dict[str, list[str]] = field(default_factory=dict)

    @property
    def claims(self) -> pd.DataFrame:
        return self.tables["claims"]

    @property
    def documents(self) -> pd.DataFrame:
        return self.tables["documents"]


def typed(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Int64 for offsets, ids, counts and polarity, float for confidence, string otherwise."""
    df = df.copy()
    for column in df.columns:
        if column in INTEGER_COLUMNS or column in COUNT_COLUMNS or (
                name.startswith("claims_by") and column.startswith(COUNT_PREFIXES)):
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
        elif column in FLOAT_COLUMNS:
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("float64")
        else:
            df[column] = df[column].astype("string").fillna("")
    return df


def read_texts(out_dir: Path) -> dict[str, str]:
    """doc_id → text from texts.jsonl (empty when the file is missing)."""
    path = Path(out_dir) / "texts.jsonl"
    texts: dict[str, str] = {}
    if path.exists():
        with open(path, encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as error:
                        raise ValueError(f"{path}:{number}: invalid JSON ({error.msg})") from None
                    texts[str(row.get("doc_id", ""))] = str(row.get("text", ""))
    return texts


def claim_columns(claims: pd.DataFrame) -> list[str]:
    """claims.csv's columns first, then any others (review, topic, claim_group …) in their order."""
    return COLUMNS["claims"] + [c for c in claims.columns if c not in COLUMNS["claims"]]


def load_report_data(out_dir: Path, options: ReportOptions = ReportOptions(),
                     lexicons: Optional[Lexicons] = None) -> ReportData:
    """Read the tables in `out_dir` and apply the filters; claims.csv and documents.csv must exist;
    `lexicons`: those of `options.lexicon_dir` where not given."""
    out_dir = Path(out_dir)
    lexicons = lexicons or report_lexicons(options.lexicon_dir)
    documents = typed(read_table(out_dir, "documents"), "documents")
    if lexicons is not None:
        documents["date"] = documents["date"].map(lambda value: readable_date(value, lexicons.months))
    claims = typed(read_table(out_dir, "claims"), "claims")
    selected_docs = select_documents(documents, options).reset_index(drop=True)
    doc_ids = set(selected_docs["doc_id"])
    selected = select_claims(claims, doc_ids, options)
    tables = {"documents": selected_docs, "claims": selected}
    for name in ("paragraphs", "sentences", "entities", "quotes"):
        table = typed(read_table_or_empty(out_dir, name), name)
        tables[name] = table[table["doc_id"].isin(doc_ids)].reset_index(drop=True)
    tables["errors"] = typed(read_table_or_empty(out_dir, "errors"), "errors")
    tables["claims_by_actor"] = typed(claims_by_actor(selected), "claims_by_actor").reset_index(drop=True)
    by_source = claims_by_source(selected, selected_docs)
    tables["claims_by_source"] = typed(by_source, "claims_by_source").reset_index(drop=True)
    add_trends_and_groups(tables, options)
    data = ReportData(out_dir, options, tables, read_texts(out_dir), len(documents), len(claims))
    _add_review(data, lexicons)
    data.choices["claim_countries"] = sorted(set(claims["actor_country"]))
    return data


def report_lexicons(directory: Optional[Path]) -> Optional[Lexicons]:
    """The lexicons the report reads month names and codes from: those of `directory` (a bad file
    raises `LexiconError` naming it), or the default ones (None when they cannot be read)."""
    from pipeline.bundle import load_bundle  # the lexicons `extract` loaded in this process, not parsed again
    if directory is not None:
        return load_bundle(directory).lexicons
    try:
        return load_bundle().lexicons
    except (LexiconError, OSError):
        return None


def readable_date(value: str, months: dict[str, int]) -> str:
    """A date as written, or as an ISO date at the precision written ('2025-01-19', '2025-01') where
    only the run's month names read it ('19. Feber 2025' with a months.csv that knows 'Feber')."""
    if not value or read_date(value) is not None:
        return value
    date = read_date(value, months)
    return date.iso if date else value


def _add_review(data: ReportData, lexicons: Optional[Lexicons]) -> None:
    """The corrections file's lines, their log and the codes the review forms offer."""
    from pipeline.corrections import LOG, correction_rows, corrections_path
    data.corrections = correction_rows(corrections_path(data.out_dir, data.options.corrections))
    log = Path(data.out_dir) / LOG
    if log.exists() and data.corrections:
        data.corrections_log = read_csv_file(log).to_dict("records")
    if lexicons is None:
        return
    data.choices |= {"issues": sorted({rule.issue for rule in lexicons.issues}),
                    "countries": sorted(lexicons.country_codes)}


def add_trends_and_groups(tables: dict[str, pd.DataFrame], options: ReportOptions) -> None:
    """claims_by_period and claim_groups from the selected claims; claims gain `claim_group`."""
    from pipeline.report.groups import claim_groups
    from pipeline.report.periods import claims_by_period
    claims, documents = tables["claims"], tables["documents"]
    tables["claims_by_period"] = typed(claims_by_period(claims, documents, options.period), "claims_by_period")
    groups = claim_groups(claims, documents, options.group_similarity)
    tables["claim_groups"] = typed(groups, "claim_groups")
    group_of = dict(zip(groups["claim_id"], groups["claim_group"]))
    tables["claims"] = claims.assign(claim_group=claims["claim_id"].map(lambda c: group_of.get(c, "")).astype("string"))
