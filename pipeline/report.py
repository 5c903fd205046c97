"""Outputs an analyst can use: an Excel workbook, Parquet tables, GraphML networks, a Discourse
Network Analyzer (DNA) statement list and one self-contained HTML report.

Everything is computed from the tables already in OUT_DIR (`python -m pipeline extract … --out
OUT_DIR` writes them). `ReportOptions` selects claims (actor_country, claim_type, min_confidence)
and documents (since/until on documents.csv `date`); every output below covers only that
selection. Every file is written to a temporary file in OUT_DIR and then renamed, like the tables.
"""

from __future__ import annotations

import html
import json
import math
import re
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

import pandas as pd

from pipeline import __version__
from pipeline.aggregate import claims_by_actor, claims_by_source
from pipeline.tables import (COLUMNS, INTEGER_COLUMNS, CsvFormat, read_table, read_table_or_empty, write_atomic,
                             write_csv_atomic, write_text_atomic)

CLAIM_TYPES = ["DEMAND", "CONCESSION", "REJECTION", "THREAT", "PROPOSAL", "AGREEMENT", "ACCUSATION", "STATEMENT"]
TYPE_COLOURS = {"DEMAND": "#E69F00", "CONCESSION": "#009E73", "REJECTION": "#D55E00", "THREAT": "#882255",
                "PROPOSAL": "#56B4E9", "AGREEMENT": "#0072B2", "ACCUSATION": "#CC79A7", "STATEMENT": "#8C8C8C"}
OTHER_COLOUR = "#6B6B6B"
CATCH_ALL_ISSUE = "OTHER"
TABLES = ["documents", "paragraphs", "sentences", "entities", "quotes", "claims", "claims_by_actor",
          "claims_by_source", "errors"]
FLOAT_COLUMNS = {"confidence", "mean_polarity"}
COUNT_PREFIXES = ("type_", "issue_")

# DNA 3 event list (Exporter.eventCSV, "statement ID" … "text", then the variables of the default
# "DNA Statement" type), followed by the statement's character span and coder.
DNA_COLUMNS = ["statement ID", "time", "document ID", "document title", "author", "source", "section", "type",
               "text", "person", "organization", "concept", "agreement", "start", "stop", "coder"]
DNA_EXTRA_COLUMNS = ["claim_id", "claim_type", "polarity", "confidence", "rule"]
DNA_INTEGER_COLUMNS = {"statement ID", "agreement", "start", "stop", "polarity"}
DNA_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

XLSX_MAX_WIDTH = 60
XLSX_WRAP_COLUMNS = {"sentence", "text", "title", "error"}
XLSX_MAX_CELL = 32767

_GERMAN_MONTHS = {"januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
                  "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
                  "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
                  "nov": 11, "dezember": 12, "dez": 12}


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

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and parse_date(value) is None:
                raise ValueError(f"--{name} {value!r} is not a date (use e.g. 2025-02-18)")

    @property
    def has_date_filter(self) -> bool:
        return bool(self.since or self.until)

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


def parse_date(value: object) -> Optional[pd.Timestamp]:
    """A date as written in a text ('2025-02', '19.03.2025', '19. März 2025'), or None."""
    text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()
    if not text:
        return None
    match = re.fullmatch(r"(?:(\d{1,2})\.\s*)?([A-Za-zÄÖÜäöü]+)\.?\s+(\d{4})", text)
    if match and match.group(2).lower() in _GERMAN_MONTHS:
        day, month, year = match.group(1), _GERMAN_MONTHS[match.group(2).lower()], match.group(3)
        text = f"{year}-{month:02d}-{int(day or 1):02d}"
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if match:
        text = f"{match.group(3)}-{int(match.group(2)):02d}-{int(match.group(1)):02d}"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stamp = pd.to_datetime(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if pd.isna(stamp):
        return None
    return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp


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
        if column in INTEGER_COLUMNS or column == "n_claims" or (
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
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    texts[str(row.get("doc_id", ""))] = str(row.get("text", ""))
    return texts


def load_report_data(out_dir: Path, options: ReportOptions = ReportOptions()) -> ReportData:
    """Read the tables in `out_dir` and apply the filters; claims.csv and documents.csv must exist."""
    out_dir = Path(out_dir)
    documents = typed(read_table(out_dir, "documents"), "documents")
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
    return ReportData(out_dir, options, tables, read_texts(out_dir), len(documents), len(claims))


# ---------------------------------------------------------------------------- atomic writes

def _require(module: str):
    """Import an optional dependency of the report, with the install hint when it is missing."""
    import importlib
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f"{module} is needed for the report outputs: "
                          f"pip install 'german-claims-pipeline[report]'") from error


# ---------------------------------------------------------------------------- Excel

def _cell_value(value: object) -> object:
    """A value openpyxl writes as-is: None for missing, plain int/float, text without control chars."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > XLSX_MAX_CELL:
            value = value[:XLSX_MAX_CELL - 1] + "…"
        return value if value else None
    return value


def _column_width(header: str, values: pd.Series) -> float:
    sample = values.head(2000).astype("string").fillna("")
    longest = max([len(header)] + [len(v) for v in sample])
    return float(min(XLSX_MAX_WIDTH, max(8, longest + 2)))


def _write_sheet(workbook, title: str, df: pd.DataFrame) -> None:
    """One sheet: bold frozen header, autofilter, widths capped at 60, long text wrapped, text kept text."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    sheet = workbook.create_sheet(title)
    sheet.append(list(df.columns))
    for row in df.itertuples(index=False, name=None):
        sheet.append([_cell_value(v) for v in row])
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(df.columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _column_width(str(column), df[column])
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if cell.data_type == "f":  # a text that starts with '=' is text, not a formula
                cell.data_type = "s"
            if column in XLSX_WRAP_COLUMNS:
                cell.alignment = wrap
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(df.columns)))}{len(df) + 1}"


def write_xlsx(data: ReportData, out_dir: Path) -> Path:
    """claims.xlsx with sheets claims (as claims.csv), by_actor, by_source, entities."""
    openpyxl = _require("openpyxl")
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    claims = data.claims.reindex(columns=_claim_columns(data.claims))
    for title, df in (("claims", claims), ("by_actor", data.tables["claims_by_actor"]),
                      ("by_source", data.tables["claims_by_source"]), ("entities", data.tables["entities"])):
        _write_sheet(workbook, title, df)
    return write_atomic(Path(out_dir) / "claims.xlsx", lambda tmp: workbook.save(tmp))


def _claim_columns(claims: pd.DataFrame) -> list[str]:
    return COLUMNS["claims"] + [c for c in claims.columns if c not in COLUMNS["claims"]]


# ---------------------------------------------------------------------------- Parquet

def write_parquet(data: ReportData, out_dir: Path) -> list[Path]:
    """One <table>.parquet per table, with Int64/float/string dtypes."""
    _require("pyarrow")
    paths = []
    for name in TABLES:
        df = data.tables[name]
        if name in COLUMNS:
            df = df.reindex(columns=COLUMNS[name] + [c for c in df.columns if c not in COLUMNS[name]])
        df = typed(df, name)
        paths.append(write_atomic(Path(out_dir) / f"{name}.parquet",
                                  lambda tmp, df=df: df.to_parquet(tmp, index=False, engine="pyarrow")))
    return paths


# ---------------------------------------------------------------------------- networks

def _network_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with a named actor and an issue: the ones that can be placed in a network."""
    return claims[(claims["actor"] != "") & (claims["issue"] != "")]


def _actor_nodes(claims: pd.DataFrame) -> dict[str, dict]:
    """actor → node attributes (actor, actor_country = the actor's most frequent code, n_claims)."""
    nodes = {}
    for actor, group in claims.groupby("actor", sort=True):
        country = Counter(group["actor_country"]).most_common(1)[0][0]
        nodes[str(actor)] = {"label": str(actor), "actor": str(actor), "actor_country": str(country),
                             "n_claims": int(len(group))}
    return nodes


def _claim_types(claims: pd.DataFrame) -> list[str]:
    return CLAIM_TYPES + sorted(set(claims["claim_type"]) - set(CLAIM_TYPES) - {""})


def actor_issue_graph(claims: pd.DataFrame):
    """Two-mode actor–issue graph: weight = claims, mean_polarity, one type_* count per claim type."""
    nx = _require("networkx")
    claims = _network_claims(claims)
    graph = nx.Graph(name="actor-issue", mode="two-mode")
    for actor, attrs in _actor_nodes(claims).items():
        graph.add_node(f"actor:{actor}", node_type="actor", issue="", **attrs)
    for issue, group in claims.groupby("issue", sort=True):
        graph.add_node(f"issue:{issue}", node_type="issue", label=str(issue), actor="", actor_country="",
                       issue=str(issue), n_claims=int(len(group)))
    types = _claim_types(claims)
    for (actor, issue), group in claims.groupby(["actor", "issue"], sort=True):
        polarity = pd.to_numeric(group["polarity"], errors="coerce").dropna()
        counts = Counter(group["claim_type"])
        graph.add_edge(f"actor:{actor}", f"issue:{issue}", weight=int(len(group)),
                       mean_polarity=round(float(polarity.mean()), 3) if len(polarity) else 0.0,
                       n_positive=int((polarity > 0).sum()), n_negative=int((polarity < 0).sum()),
                       **{f"type_{t}": int(counts.get(t, 0)) for t in types})
    return graph


def actor_graph(claims: pd.DataFrame, kind: str):
    """One-mode actor graph as DNA computes it with the agreement qualifier.

    kind='congruence': actors linked when both take the same polarity (1 or -1) on an issue;
    kind='conflict': when one is for and the other against. weight = number of such issues.
    Polarity 0 (unclear) and the catch-all issue OTHER take part in neither.
    """
    nx = _require("networkx")
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
    nx = _require("networkx")
    return write_atomic(path, lambda tmp: nx.write_graphml(graph, tmp, encoding="utf-8"))


def write_networks(data: ReportData, out_dir: Path) -> list[Path]:
    """actor_issue.graphml (two-mode), actor_congruence.graphml and actor_conflict.graphml (one-mode)."""
    out_dir = Path(out_dir)
    return [write_graphml(actor_issue_graph(data.claims), out_dir / "actor_issue.graphml"),
            write_graphml(actor_graph(data.claims, "congruence"), out_dir / "actor_congruence.graphml"),
            write_graphml(actor_graph(data.claims, "conflict"), out_dir / "actor_conflict.graphml")]


# ---------------------------------------------------------------------------- DNA

def agreement(polarity: object) -> object:
    """DNA's binary qualifier: 1 for, 0 against; missing for polarity 0 (unclear)."""
    if polarity is None or pd.isna(polarity) or int(polarity) == 0:
        return pd.NA
    return 1 if int(polarity) > 0 else 0


def dna_statements(data: ReportData) -> pd.DataFrame:
    """One row per claim in DNA's statement columns (person = actor, organization = actor_country,
    concept = issue, agreement from polarity), then claim_id, claim_type, polarity, confidence, rule."""
    claims = data.claims
    meta = data.documents.set_index("doc_id") if not data.documents.empty else pd.DataFrame()

    def doc(doc_id: str, column: str) -> str:
        return str(meta.at[doc_id, column]) if doc_id in meta.index and column in meta.columns else ""

    rows = []
    for number, row in enumerate(claims.itertuples(index=False), start=1):
        date = parse_date(doc(row.doc_id, "date"))
        rows.append({
            "statement ID": number, "time": date.strftime(DNA_TIME_FORMAT) if date is not None else "",
            "document ID": row.doc_id, "document title": doc(row.doc_id, "title"),
            "author": doc(row.doc_id, "author"), "source": doc(row.doc_id, "source"), "section": "",
            "type": doc(row.doc_id, "input_format"), "text": row.sentence, "person": row.actor,
            "organization": row.actor_country, "concept": row.issue, "agreement": agreement(row.polarity),
            "start": row.start, "stop": row.end, "coder": f"claims-pipeline {__version__}",
            "claim_id": row.claim_id, "claim_type": row.claim_type, "polarity": row.polarity,
            "confidence": row.confidence, "rule": row.rule})
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
    from pipeline.tables import read_csv_file
    df = read_csv_file(Path(path))
    for column in DNA_INTEGER_COLUMNS.intersection(df.columns):
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
    if "confidence" in df.columns:
        df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce").astype("float64")
    return df


# ---------------------------------------------------------------------------- HTML report

def _e(value: object) -> str:
    return html.escape("" if value is None or value is pd.NA else str(value), quote=True)


def _css_class(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", value) or "NONE"


def _colour(claim_type: str) -> str:
    return TYPE_COLOURS.get(claim_type, OTHER_COLOUR)


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


@dataclass(frozen=True)
class _Span:
    index: int
    start: int
    end: int
    claim_id: str
    claim_type: str
    tooltip: str


def _claim_span(text: str, index: int, row) -> _Span:
    """The claim's [start, end) in `text`; found by its sentence when the offsets do not fit."""
    start = -1 if pd.isna(row.start) else int(row.start)
    end = -1 if pd.isna(row.end) else int(row.end)
    if not (0 <= start < end <= len(text)) or (row.sentence and text[start:end] != row.sentence):
        found = text.find(row.sentence) if row.sentence else -1
        start, end = (found, found + len(row.sentence)) if found >= 0 else (max(0, min(start, len(text))),) * 2
    polarity = "" if pd.isna(row.polarity) else f"{int(row.polarity):+d}" if int(row.polarity) else "0"
    tooltip = f"{row.actor} ({row.actor_country}) · {row.claim_type} · {row.issue} · polarity {polarity}"
    return _Span(index, start, end, str(row.claim_id or index), str(row.claim_type), tooltip)


def _mark(span: _Span, inner: str, first: bool) -> str:
    css = f"claim t-{_css_class(span.claim_type)}" + ("" if first else " cont")
    return (f'<mark class="{css}" data-claim-id="{_e(span.claim_id)}" data-i="{span.index}" '
            f'title="{_e(span.tooltip)}">{inner}</mark>')


def highlight(text: str, spans: list[_Span], styles: list[tuple[int, int, str]] = ()) -> str:
    """HTML of `text` with one <mark data-claim-id> per span (nested where spans share text, split
    into pieces where they cross) and <span class=...> for the paragraph styles."""
    bounds = {0, len(text)}
    for span in spans:
        bounds.update((span.start, span.end))
    for start, end, _ in styles:
        bounds.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    order = sorted(spans, key=lambda s: (s.start, -s.end, s.index))
    opened: set[int] = set()
    pieces, previous = [], ""
    points = sorted(bounds)
    for a, b in zip(points, points[1:]):
        piece = _e(text[a:b])
        for span in reversed([s for s in order if s.start <= a and b <= s.end]):
            piece = _mark(span, piece, span.index not in opened)
            opened.add(span.index)
        style = next((css for start, end, css in styles if start <= a and b <= end), "")
        if style == "bp" and previous != "bp" and text[a:b].strip():
            pieces.append('<span class="bp-marker" title="page furniture (boilerplate) hidden">[…]</span>')
        if not style and piece == _e(text[a:b]):  # plain text between claims: no runs of blank lines
            piece = _BLANK_LINES.sub("\n\n", piece)
        pieces.append(f'<span class="{style}">{piece}</span>' if style else piece)
        previous = style if style or text[a:b].strip() else previous
    for span in order:  # empty or unplaceable spans still get their (empty) mark
        if span.index not in opened:
            pieces.append(_mark(span, "", True).replace('class="claim', 'class="claim missing', 1))
    return "".join(pieces)


_BLANK_LINES = re.compile(r"\n[ \t\r]*\n(?:[ \t\r]*\n)+")
_PARAGRAPH_STYLES = {"boilerplate": "bp", "title": "hd", "heading": "hd", "byline": "by"}


def _merge_styles(text: str, styles: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join neighbouring ranges of the same style when only whitespace lies between them."""
    merged: list[tuple[int, int, str]] = []
    for start, end, css in sorted(styles):
        if merged and merged[-1][2] == css and not text[merged[-1][1]:start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), css)
        else:
            merged.append((start, end, css))
    return merged


def _document_html(data: ReportData, doc: pd.Series, claims: pd.DataFrame, open_: bool) -> str:
    doc_id = str(doc["doc_id"])
    text = data.texts.get(doc_id)
    if text is None:  # no texts.jsonl: the claim sentences alone
        text = "\n\n".join(dict.fromkeys(claims["sentence"]))
        claims = claims.assign(start=pd.NA, end=pd.NA)
    spans = [_claim_span(text, int(i), row) for i, row in zip(claims["_i"], claims.itertuples(index=False))]
    paragraphs = data.tables["paragraphs"]
    paragraphs = paragraphs[paragraphs["doc_id"] == doc_id]
    styles = _merge_styles(text, [(int(p.start), int(p.end), _PARAGRAPH_STYLES[p.kind])
                                  for p in paragraphs.itertuples(index=False)
                                  if p.kind in _PARAGRAPH_STYLES and not pd.isna(p.start) and not pd.isna(p.end)])
    meta = " · ".join(_e(v) for v in (doc.get("source", ""), doc.get("date", ""), doc.get("author", "")) if v)
    title = _e(doc.get("title", "") or doc_id)
    return (f'<details class="doc" id="doc-{_e(doc_id)}" data-doc-id="{_e(doc_id)}"{" open" if open_ else ""}>'
            f'<summary><span class="doctitle">{title}</span> <span class="count">{len(claims)} claims</span>'
            f'<span class="docmeta">{_e(doc_id)}{" · " + meta if meta else ""}</span></summary>'
            f'<div class="text" lang="de">{highlight(text, spans, styles)}</div></details>')


def _legend(types: list[str]) -> str:
    return "".join(f'<span class="chip t-{_css_class(t)}">{_e(t)}</span>' for t in types)


def _claims_table(claims: pd.DataFrame) -> str:
    columns = ["actor", "actor_country", "claim_type", "issue", "polarity", "confidence", "sentence", "cue",
               "speech_mode", "rule", "doc_id", "sentence_id"]
    head = "".join(f'<th data-col="{k}">{_e(c)}</th>' for k, c in enumerate(columns))
    rows = []
    for i, row in zip(claims["_i"], claims.itertuples(index=False)):
        cells = []
        for column in columns:
            value = getattr(row, column)
            value = "" if pd.isna(value) else f"{value:.2f}" if column == "confidence" else value
            css = f' class="chip t-{_css_class(str(value))}"' if column == "claim_type" else ""
            cells.append(f"<td><span{css}>{_e(value)}</span></td>" if css else f"<td>{_e(value)}</td>")
        conf = "" if pd.isna(row.confidence) else f"{row.confidence:.4f}"
        rows.append(f'<tr data-i="{i}" data-doc="{_e(row.doc_id)}" data-type="{_e(row.claim_type)}" '
                    f'data-country="{_e(row.actor_country)}" data-conf="{conf}">{"".join(cells)}</tr>')
    return (f'<div class="tablewrap"><table id="claims-table"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _options_html(values: Iterable[str], label: str) -> str:
    items = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
    return f'<option value="">{_e(label)}</option>{items}'


def _stacked_bars(rows: list[tuple[str, Counter]], types: list[str], title: str, width: int = 920) -> str:
    """Horizontal bars, one per row label, stacked by claim type (SVG)."""
    if not rows:
        return f'<figure><figcaption>{_e(title)}</figcaption><p class="empty">No claims.</p></figure>'
    label_w, bar_h, gap, top = 260, 18, 6, 8
    total_max = max(sum(c.values()) for _, c in rows) or 1
    scale = (width - label_w - 60) / total_max
    height = top + len(rows) * (bar_h + gap) + 24
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="{_e(title)}">']
    for k, (label, counts) in enumerate(rows):
        y = top + k * (bar_h + gap)
        short = label if len(label) <= 38 else label[:37] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + bar_h - 5}" text-anchor="end" class="lbl">'
                     f'<title>{_e(label)}</title>{_e(short)}</text>')
        x = float(label_w)
        for t in types:
            n = counts.get(t, 0)
            if n:
                w = n * scale
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{_colour(t)}">'
                             f'<title>{_e(label)} · {_e(t)}: {n}</title></rect>')
                x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + bar_h - 5}" class="num">{sum(counts.values())}</text>')
    parts.append("</svg>")
    return f'<figure><figcaption>{_e(title)}</figcaption>{"".join(parts)}</figure>'


def _charts_html(data: ReportData, types: list[str], limit: int = 30) -> str:
    claims = data.claims
    by_actor = Counter(zip(claims["actor"], claims["actor_country"]))
    actor_rows = []
    for (actor, country), _ in by_actor.most_common(limit):
        part = claims[(claims["actor"] == actor) & (claims["actor_country"] == country)]
        actor_rows.append((f"{actor or '(no actor)'} ({country})", Counter(part["claim_type"])))
    sources = data.documents.set_index("doc_id")["source"].to_dict() if not data.documents.empty else {}
    outlet = claims["doc_id"].map(lambda d: sources.get(d, "") or "(no outlet)")
    source_rows = [(str(name), Counter(claims.loc[outlet == name, "claim_type"]))
                   for name, _ in Counter(outlet).most_common(limit)]
    more = f" (top {limit} of {len(by_actor)})" if len(by_actor) > limit else ""
    return (_stacked_bars(actor_rows, types, f"Claims by actor × claim type{more}")
            + _stacked_bars(source_rows, types, "Claims by source (outlet) × claim type"))


def _polarity_colour(mean: float) -> str:
    return "#2E8B57" if mean > 0.33 else "#C0392B" if mean < -0.33 else "#B8860B"


def _network_svg(claims: pd.DataFrame, limit: int = 40, width: int = 920) -> str:
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
        parts.append(f'<path class="edge" data-a="{_e(a)}" data-b="{_e(i)}" d="M{ax + 8},{ya[a]:.1f} '
                     f'C{mid},{ya[a]:.1f} {mid},{yi[i]:.1f} {ix - 8},{yi[i]:.1f}" '
                     f'stroke="{_polarity_colour(d["mean_polarity"])}" '
                     f'stroke-width="{1 + 1.6 * math.sqrt(d["weight"]):.1f}"><title>{_e(tip)}</title></path>')
    for nodes, x, y, anchor, dx in ((actors, ax, ya, "end", -14), (issues, ix, yi, "start", 14)):
        for n in nodes:
            d = graph.nodes[n]
            r = 3 + 2.2 * math.sqrt(d["n_claims"])
            label = d["label"] + (f" ({d['actor_country']})" if d["node_type"] == "actor" else "")
            parts.append(f'<g class="node {d["node_type"]}" data-node="{_e(n)}"><circle cx="{x}" cy="{y[n]:.1f}" '
                         f'r="{r:.1f}"/><text x="{x + dx}" y="{y[n] + 4:.1f}" text-anchor="{anchor}">'
                         f'{_e(label)}</text><title>{_e(label)}: {d["n_claims"]} claims</title></g>')
    parts.append("</svg>")
    n_actors = graph.number_of_nodes() - len(issues)
    more = f"<p class='note'>Showing the {limit} actors with most claims of {n_actors}.</p>" if n_actors > limit else ""
    legend = ('<p class="note">Line width: number of claims. Colour: mean polarity '
              '<span style="color:#2E8B57">■ for</span> <span style="color:#B8860B">■ mixed/unclear</span> '
              '<span style="color:#C0392B">■ against</span>. Hover a line or a node for details.</p>')
    return legend + more + "".join(parts)


def _claim_json(claims: pd.DataFrame) -> str:
    """The claims as JSON for the side panel, safe inside a <script> element."""
    keys = ["claim_id", "doc_id", "actor", "actor_country", "claimant", "claim_type", "issue", "polarity",
            "addressee_country", "speech_mode", "cue", "rule", "confidence"]
    records = {}
    for i, row in zip(claims["_i"], claims.itertuples(index=False)):
        records[str(i)] = {k: (None if pd.isna(getattr(row, k)) else
                               int(getattr(row, k)) if k == "polarity" else
                               round(float(getattr(row, k)), 3) if k == "confidence" else str(getattr(row, k)))
                           for k in keys}
    text = json.dumps(records, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_html(data: ReportData) -> str:
    """The whole report as one HTML string (no external resources)."""
    claims = data.claims.assign(_i=range(len(data.claims)))
    types = [t for t in _claim_types(claims) if t in set(claims["claim_type"])] or CLAIM_TYPES
    style_rules = "".join(f".t-{_css_class(t)}{{--c:{_colour(t)};--tint:{_rgba(_colour(t), 0.22)}}}"
                          for t in _claim_types(claims))
    docs = "".join(_document_html(data, doc, claims[claims["doc_id"] == doc["doc_id"]], k < 3)
                   for k, (_, doc) in enumerate(data.documents.iterrows()))
    filters = data.options.describe()
    stats = (f"{len(data.documents)} of {data.n_documents_total} documents · {len(claims)} of "
             f"{data.n_claims_total} claims · {claims['actor'].nunique()} actors · "
             f"{claims['issue'].nunique()} issues")
    return _TEMPLATE.format(
        css=_CSS + style_rules, js=_JS, title=_e(f"Claims report – {data.out_dir.name or data.out_dir}"),
        stats=_e(stats), filters=_e("Filters: " + "; ".join(filters) if filters else "No filters."),
        version=_e(__version__), legend=_legend(types),
        docs=docs or '<p class="empty">No documents match the filters.</p>',
        table=_claims_table(claims), n_claims=len(claims),
        type_options=_options_html(sorted(set(claims["claim_type"])), "all claim types"),
        country_options=_options_html(sorted(set(claims["actor_country"])), "all actor countries"),
        charts=_charts_html(data, types), network=_network_svg(claims), data=_claim_json(claims))


def write_html(data: ReportData, out_dir: Path) -> Path:
    return write_text_atomic(Path(out_dir) / "report.html", render_html(data))


# ---------------------------------------------------------------------------- all of it

def write_report(out_dir: Path, options: ReportOptions = ReportOptions(),
                 log: Optional[Callable[[str], None]] = None) -> list[Path]:
    """Write every analyst output into `out_dir` from the tables there; returns the files written."""
    out_dir = Path(out_dir)
    data = load_report_data(out_dir, options)
    if log:
        log(f"selected {len(data.claims)} of {data.n_claims_total} claims in {len(data.documents)} of "
            f"{data.n_documents_total} documents")
    paths = [write_xlsx(data, out_dir)]
    paths += write_parquet(data, out_dir)
    paths += write_networks(data, out_dir)
    paths.append(write_dna(data, out_dir))
    paths.append(write_html(data, out_dir))
    return paths


# ---------------------------------------------------------------------------- page template

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claims-pipeline {version}">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="stats">{stats}</p>
<p class="filters">{filters}</p>
<nav class="tabs"><a href="#documents" data-tab="documents">Documents</a><a href="#claims" data-tab="claims">Claims table</a><a href="#charts" data-tab="charts">Charts</a><a href="#network" data-tab="network">Network</a></nav>
</header>
<main>
<section id="tab-documents" class="tab">
<p class="legend">{legend} <span class="hint">Hover a highlighted sentence to see its claims; click to pin.</span>
<label class="hint"><input type="checkbox" id="show-bp"> show page furniture (menus, link lists)</label></p>
<div class="layout">
<div class="docs hide-bp">{docs}</div>
<aside id="panel"><h2>Claim details</h2><div id="panel-body"><p class="hint">Hover over a highlighted sentence.</p></div></aside>
</div>
</section>
<section id="tab-claims" class="tab">
<div class="filterbar">
<input id="f-text" type="search" placeholder="Search actor, issue, sentence …" aria-label="search">
<select id="f-type" aria-label="claim type">{type_options}</select>
<select id="f-country" aria-label="actor country">{country_options}</select>
<label>min. confidence <input id="f-conf" type="number" min="0" max="1" step="0.05" value="0"></label>
<span id="f-count">{n_claims} claims</span>
</div>
<p class="hint">Click a column header to sort, a row to see the claim in its document.</p>
{table}
</section>
<section id="tab-charts" class="tab"><p class="legend">{legend}</p>{charts}</section>
<section id="tab-network" class="tab"><h2>Actor–issue network</h2>{network}</section>
</main>
<footer>claims-pipeline {version} · Political Claims Analysis · all data in this file, no network access needed</footer>
<script type="application/json" id="claim-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""

_CSS = """
:root{--ink:#1f2328;--muted:#667085;--line:#e4e7ec;--bg:#fafafa;--accent:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{background:#fff;border-bottom:1px solid var(--line);padding:14px 24px 0}
h1{font-size:20px;margin:0 0 2px}
h2{font-size:16px;margin:0 0 8px}
.stats{margin:0;color:var(--ink)}
.filters,.hint,.note,.docmeta{color:var(--muted);font-size:13px;margin:2px 0}
.tabs{display:flex;gap:4px;margin-top:8px}
.tabs a{padding:7px 14px;border:1px solid var(--line);border-bottom:none;border-radius:6px 6px 0 0;text-decoration:none;color:var(--muted);background:#f3f4f6}
.tabs a.active{background:var(--bg);color:var(--ink);font-weight:600}
main{padding:16px 24px}
.js .tab{display:none}
.js .tab.active{display:block}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:20px;align-items:start}
.doc{background:#fff;border:1px solid var(--line);border-radius:8px;margin-bottom:14px;padding:0 18px}
.doc summary{cursor:pointer;padding:12px 0;list-style-position:outside}
.doctitle{font-weight:600}
.count{display:inline-block;margin-left:6px;font-size:12px;background:#eef2ff;color:#3730a3;border-radius:10px;padding:0 8px}
.docmeta{display:block}
.text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:16px;line-height:1.7;padding-bottom:16px;max-width:86ch}
.text .bp{color:#a0a4ab;font-size:13px;font-family:system-ui,sans-serif}
.bp-marker{display:none;color:#a0a4ab;font-size:12px;font-family:system-ui,sans-serif}
.hide-bp .text .bp{display:none}
.hide-bp .bp-marker{display:inline}
.text .hd{font-weight:700}
.text .by{color:var(--muted);font-style:italic}
mark.claim{background:var(--tint);border-bottom:2px solid var(--c);color:inherit;cursor:pointer;padding:1px 0;border-radius:2px}
mark.claim mark.claim{padding:0}
mark.claim.missing::before{content:"⚠";color:var(--c)}
mark.claim.hot{outline:2px solid var(--c)}
mark.claim.flash{animation:flash 1.6s}
@keyframes flash{0%,60%{box-shadow:0 0 0 4px var(--c)}100%{box-shadow:none}}
#panel{position:sticky;top:12px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px;max-height:calc(100vh - 24px);overflow:auto}
#panel.pinned{border-color:var(--accent)}
.card{border-left:4px solid var(--c);padding:4px 0 4px 10px;margin:0 0 12px}
.card h3{margin:0 0 4px;font-size:14px}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:1px 10px;margin:0;font-size:13px}
.card dt{color:var(--muted)}
.card dd{margin:0;overflow-wrap:anywhere}
.chip{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:var(--tint);border:1px solid var(--c);margin:0 4px 2px 0;white-space:nowrap}
.filterbar{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin-bottom:6px}
.filterbar input,.filterbar select{font:inherit;padding:4px 8px;border:1px solid #cfd4dc;border-radius:6px;background:#fff}
#f-text{min-width:280px}
#f-count{color:var(--muted)}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:#f3f4f6;cursor:pointer;user-select:none;white-space:nowrap}
th.asc::after{content:" ▲"}
th.desc::after{content:" ▼"}
tbody tr{cursor:pointer}
tbody tr:hover{background:#f5f8ff}
.tablewrap{overflow-x:auto}
td:nth-child(7){min-width:380px;max-width:560px}
td:nth-child(11){font-size:12px;color:var(--muted)}
figure{margin:0 0 28px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
figcaption{font-weight:600;margin-bottom:8px}
svg.chart{max-width:100%;height:auto;font:12px system-ui,sans-serif}
svg .lbl{fill:var(--ink)}
svg .num{fill:var(--muted)}
#net{background:#fff;border:1px solid var(--line);border-radius:8px}
#net .edge{fill:none;opacity:.5}
#net .edge.on{opacity:.95}
#net.focus .edge:not(.on){opacity:.08}
#net .node circle{fill:#334155}
#net .node.issue circle{fill:#7c3aed}
#net .node text{fill:var(--ink)}
#net .node{cursor:default}
.empty{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:12px;padding:10px 24px 24px}
#report-errors{background:#fee2e2;color:#991b1b;padding:8px 24px}
@media (max-width:900px){.layout{grid-template-columns:1fr}#panel{position:static;max-height:none}}
"""

_JS = r"""
(function () {
  "use strict";
  window.addEventListener("error", function (event) {
    var box = document.getElementById("report-errors");
    if (!box) {
      box = document.createElement("div");
      box.id = "report-errors";
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.appendChild(document.createTextNode("Script error: " + event.message + " "));
  });
  var claims = JSON.parse(document.getElementById("claim-data").textContent);
  var labels = [["actor", "actor"], ["actor_country", "actor country"], ["claimant", "claimant (words)"],
                ["claim_type", "claim type"], ["issue", "issue"], ["polarity", "polarity"],
                ["addressee_country", "addressee"], ["speech_mode", "speech mode"], ["cue", "cue"],
                ["rule", "rule"], ["confidence", "confidence"], ["claim_id", "claim id"]];
  document.documentElement.className += " js";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function setHash(name) {
    try { history.replaceState(null, "", "#" + name); } catch (ignored) { /* file:// in some browsers */ }
  }

  // tabs
  var tabs = document.querySelectorAll(".tabs a");
  function showTab(name) {
    var found = false;
    Array.prototype.forEach.call(document.querySelectorAll("section.tab"), function (s) {
      var on = s.id === "tab-" + name;
      found = found || on;
      s.classList.toggle("active", on);
    });
    if (!found) { return showTab("documents"); }
    Array.prototype.forEach.call(tabs, function (a) { a.classList.toggle("active", a.dataset.tab === name); });
  }
  Array.prototype.forEach.call(tabs, function (a) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      showTab(a.dataset.tab);
      setHash(a.dataset.tab);
    });
  });
  showTab((location.hash || "#documents").slice(1));

  // side panel
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var pinned = null;
  function card(i) {
    var c = claims[i];
    var box = el("div", "card t-" + String(c.claim_type).replace(/[^A-Za-z0-9_-]/g, "_"));
    box.appendChild(el("h3", "", c.actor + " · " + c.claim_type + " · " + c.issue));
    var dl = el("dl");
    labels.forEach(function (pair) {
      var value = c[pair[0]];
      if (pair[0] === "polarity" && value !== null) { value = value > 0 ? "+1 (for)" : value < 0 ? "−1 (against)" : "0 (unclear)"; }
      dl.appendChild(el("dt", "", pair[1]));
      dl.appendChild(el("dd", "", value === null || value === "" ? "–" : value));
    });
    box.appendChild(dl);
    return box;
  }
  function show(mark) {
    var ids = [], node = mark;
    while (node && node.classList) {
      if (node.matches("mark.claim") && ids.indexOf(node.dataset.i) < 0) { ids.push(node.dataset.i); }
      node = node.parentElement;
    }
    Array.prototype.forEach.call(mark.querySelectorAll("mark.claim"), function (m) {
      if (ids.indexOf(m.dataset.i) < 0) { ids.push(m.dataset.i); }
    });
    body.textContent = "";
    body.appendChild(el("p", "hint", ids.length + (ids.length === 1 ? " claim" : " claims") + " in this sentence"));
    ids.forEach(function (i) { if (claims[i]) { body.appendChild(card(i)); } });
  }
  function outermost(target) {
    var mark = target.closest ? target.closest("mark.claim") : null;
    while (mark && mark.parentElement && mark.parentElement.closest("mark.claim")) {
      mark = mark.parentElement.closest("mark.claim");
    }
    return mark;
  }
  var docs = document.querySelector(".docs");
  if (docs) {
    docs.addEventListener("mouseover", function (event) {
      var mark = outermost(event.target);
      if (mark && !pinned) { show(mark); }
    });
    docs.addEventListener("click", function (event) {
      var mark = outermost(event.target);
      if (!mark) { return; }
      if (pinned) { pinned.classList.remove("hot"); }
      pinned = pinned === mark ? null : mark;
      panel.classList.toggle("pinned", !!pinned);
      if (pinned) { pinned.classList.add("hot"); show(pinned); }
    });
  }

  var showBp = document.getElementById("show-bp");
  showBp.addEventListener("change", function () { docs.classList.toggle("hide-bp", !showBp.checked); });

  // claims table: filter, sort, jump
  var table = document.getElementById("claims-table");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var fText = document.getElementById("f-text"), fType = document.getElementById("f-type");
  var fCountry = document.getElementById("f-country"), fConf = document.getElementById("f-conf");
  var count = document.getElementById("f-count");
  function filter() {
    var q = fText.value.trim().toLowerCase(), t = fType.value, c = fCountry.value;
    var m = parseFloat(fConf.value) || 0, shown = 0;
    rows.forEach(function (row) {
      var conf = row.dataset.conf === "" ? -1 : parseFloat(row.dataset.conf);
      var ok = (!t || row.dataset.type === t) && (!c || row.dataset.country === c) && conf >= m - 1e-9 &&
               (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " claims";
  }
  [fText, fType, fCountry, fConf].forEach(function (input) { input.addEventListener("input", filter); });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener("click", function () {
      var k = th.cellIndex, asc = !th.classList.contains("asc");
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.classList.remove("asc", "desc"); });
      th.classList.add(asc ? "asc" : "desc");
      rows.sort(function (a, b) {
        var x = a.cells[k].textContent, y = b.cells[k].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "de");
        return asc ? r : -r;
      });
      rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    });
  });
  function jump(i) {
    var mark = document.querySelector('mark.claim[data-i="' + i + '"]');
    if (!mark) { return; }
    showTab("documents");
    setHash("documents");
    var details = mark.closest("details");
    if (details) { details.open = true; }
    var box = mark.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) { mark.scrollIntoView({block: "center"}); }
    mark.classList.remove("flash");
    void mark.offsetWidth;
    mark.classList.add("flash");
    if (pinned) { pinned.classList.remove("hot"); }
    pinned = outermost(mark);
    pinned.classList.add("hot");
    panel.classList.add("pinned");
    show(pinned);
  }
  table.tBodies[0].addEventListener("click", function (event) {
    var row = event.target.closest("tr");
    if (row) { jump(row.dataset.i); }
  });
  var claimHash = /^#claim-(\d+)$/.exec(location.hash);
  if (claimHash) { jump(claimHash[1]); }

  // network: highlight a node's lines
  var net = document.getElementById("net");
  if (net) {
    net.addEventListener("mouseover", function (event) {
      var g = event.target.closest("g.node");
      if (!g) { return; }
      var key = g.dataset.node;
      net.classList.add("focus");
      Array.prototype.forEach.call(net.querySelectorAll(".edge"), function (e) {
        e.classList.toggle("on", e.dataset.a === key || e.dataset.b === key);
      });
    });
    net.addEventListener("mouseout", function () { net.classList.remove("focus"); });
  }
  document.documentElement.setAttribute("data-report-ready", "1");
})();
"""
