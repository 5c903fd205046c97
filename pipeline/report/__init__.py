"""Outputs an analyst can use: an Excel workbook, Parquet tables, GraphML networks, a Discourse
Network Analyzer (DNA) statement list, stance over time (claims_by_period.csv), the same claim
across outlets (claim_groups.csv) and one self-contained HTML report with a review view.

Everything is computed from the tables in an output folder (`python -m pipeline extract … --out
DIR` writes them), after the analyst's corrections (corrections.csv) are applied to them. Without
filters the outputs go next to the tables; with filters into a sub-folder named after them (or
`--out`), so a filtered report never replaces the full one. Every file is written atomically.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Callable, Optional

from pipeline import __version__
from pipeline.report.data import CLAIM_TYPES, ReportData, ReportOptions, load_report_data, report_lexicons
from pipeline.dates import parse_date, read_date
from pipeline.report.dna import DNA_COLUMNS, dna_statements, read_dna_statements, write_dna
from pipeline.report.groups import claim_groups, outlet_graph
from pipeline.report.html import render_html, write_html
from pipeline.report.networks import actor_graph, actor_issue_graph, write_graphml, write_networks
from pipeline.report.parquet import write_parquet
from pipeline.report.periods import claims_by_period
from pipeline.report.workbook import write_xlsx
from pipeline.tables import write_csv_atomic, write_text_atomic

STAMP = "report.json"
STAMPED_OUTPUTS = ("report.html", "claims.xlsx", "claims.parquet")

__all__ = ["CLAIM_TYPES", "DNA_COLUMNS", "ReportData", "ReportOptions", "actor_graph", "actor_issue_graph",
           "claim_groups", "claims_by_period", "dna_statements", "load_report_data", "parse_date", "read_date",
           "read_dna_statements", "render_html", "report_folder", "stale_report", "write_dna", "write_html",
           "write_report", "write_xlsx"]


class ReportError(ValueError):
    """A report that cannot be written as asked (e.g. filters into the unfiltered folder)."""


def claims_fingerprint(tables_dir: Path) -> str:
    """sha256 of claims.csv, documents.csv and the corrections log: what a report was built from."""
    digest = hashlib.sha256()
    for name in ("claims.csv", "documents.csv", "corrections_log.csv"):
        path = Path(tables_dir) / name
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def report_folder(tables_dir: Path, options: ReportOptions, out: Optional[Path] = None) -> Path:
    """Where the outputs go: `out`, else the tables' folder, or with filters a sub-folder named after them."""
    tables_dir = Path(tables_dir)
    if out is not None:
        if options.has_filters and Path(out).resolve() == tables_dir.resolve():
            raise ReportError(f"{out}: a filtered report would replace the full one there; "
                              f"choose another --out (default: {tables_dir / options.folder_name()})")
        return Path(out)
    return tables_dir / options.folder_name() if options.has_filters else tables_dir


def stale_report(tables_dir: Path) -> list[str]:
    """The analyst outputs in `tables_dir` that were built from other tables than the current ones."""
    tables_dir = Path(tables_dir)
    present = [name for name in STAMPED_OUTPUTS if (tables_dir / name).exists()]
    if not present:
        return []
    try:
        stamp = json.loads((tables_dir / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return present
    return [] if stamp.get("tables") == claims_fingerprint(tables_dir) else present


def report_up_to_date(tables_dir: Path, period: str = "month") -> bool:
    """True when the unfiltered outputs in `tables_dir` were built from its current tables with `period`."""
    tables_dir = Path(tables_dir)
    if not all((tables_dir / name).exists() for name in STAMPED_OUTPUTS) or stale_report(tables_dir):
        return False
    stamp = json.loads((tables_dir / STAMP).read_text(encoding="utf-8"))
    return stamp.get("period") == period and not stamp.get("filters")


def unknown_codes(data: ReportData) -> list[str]:
    """Warnings for --actor-country and --claim-type values that no claim and no lexicon knows."""
    warnings = []
    countries = set(data.choices.get("countries", ())) | set(data.choices.get("claim_countries", ()))
    for name, given, known in (("--actor-country", data.options.actor_country, countries),
                               ("--claim-type", data.options.claim_type, set(CLAIM_TYPES))):
        known_upper = {k.upper() for k in known if k}
        for value in given:
            if value.strip().upper() not in known_upper:
                warnings.append(f"warning: {name} {value!r} is not a known code, so it selects nothing "
                                f"(known: {', '.join(sorted(known_upper))})")
    return warnings


def write_report(tables_dir: Path, options: ReportOptions = ReportOptions(),
                 log: Optional[Callable[[str], None]] = None, out: Optional[Path] = None,
                 warn: Optional[Callable[[str], None]] = None) -> list[Path]:
    """Apply the corrections to the tables in `tables_dir`, then write every analyst output into
    `report_folder(...)`; returns the files written."""
    from pipeline.corrections import apply_to_folder
    tables_dir = Path(tables_dir)
    target = report_folder(tables_dir, options, out)
    lexicons = report_lexicons(options.lexicon_dir)  # a bad lexicon file stops the report before any change
    result = apply_to_folder(tables_dir, options.corrections)
    say, shout = log or (lambda message: None), warn or log or (lambda message: None)
    if result.corrections_path is not None:
        say(f"corrections: {result.applied} applied from {result.corrections_path}"
            + (f", {len(result.stale)} no longer apply (see {tables_dir / 'corrections_log.csv'})" if result.stale else ""))
    for row in result.stale:
        shout(f"warning: {result.corrections_path}:{row['line']}: {row['action']} no longer applies: {row['detail']}")
    data = load_report_data(tables_dir, options, lexicons)
    for message in unknown_codes(data):
        shout(message)
    say(f"selected {len(data.claims)} of {data.n_claims_total} claims in {len(data.documents)} of "
        f"{data.n_documents_total} documents")
    target.mkdir(parents=True, exist_ok=True)
    fmt = options.csv_format
    paths = [write_xlsx(data, target)]
    paths += write_parquet(data, target)
    paths += write_networks(data, target)
    paths.append(write_graphml(outlet_graph(data.tables["claim_groups"]), target / "claim_diffusion.graphml"))
    paths.append(write_dna(data, target))
    paths.append(write_csv_atomic(data.tables["claims_by_period"], target / "claims_by_period.csv", fmt))
    paths.append(write_csv_atomic(data.tables["claim_groups"], target / "claim_groups.csv", fmt))
    paths.append(write_html(data, target))
    stamp = {"version": __version__, "tables_dir": str(tables_dir), "tables": claims_fingerprint(tables_dir),
             "filters": options.describe(), "period": options.period, "files": sorted(p.name for p in paths)}
    paths.append(write_text_atomic(target / STAMP, json.dumps(stamp, indent=1, ensure_ascii=False)))
    return paths
