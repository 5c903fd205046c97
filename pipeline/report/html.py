"""report.html: one self-contained page rendered from the Jinja2 templates in `templates/`
(report.html.j2, report.css, report.js): documents with their claims marked, the claims table,
the review view (confirm, reject, change, add; export corrections.csv), stance over time, the same
claim across outlets, charts and the actor–issue network."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pipeline import __version__
from pipeline.corrections import CORRECTION_COLUMNS
from pipeline.report.charts import charts_html, network_svg, trend_html
from pipeline.report.data import CLAIM_TYPES, ReportData
from pipeline.report.groups import outlet_name
from pipeline.report.highlight import colour, css_class, document_html, e, rgba
from pipeline.report.networks import _claim_types
from pipeline.report.periods import undated_count
from pipeline.tables import write_text_atomic

TABS = [("documents", "Documents"), ("claims", "Claims table"), ("review", "Review"), ("trends", "Trends"),
        ("groups", "Same claim across outlets"), ("charts", "Charts"), ("network", "Network")]
TABLE_COLUMNS = ["actor", "actor_country", "claim_type", "issue", "polarity", "confidence", "sentence", "cue",
                 "speech_mode", "rule", "doc_id", "sentence_id"]
CLAIM_KEYS = ["claim_id", "doc_id", "sentence_id", "sentence", "actor", "actor_country", "claimant", "claim_type",
              "issue", "polarity", "addressee_country", "speech_mode", "cue", "rule", "confidence", "review",
              "review_note", "review_line", "machine_claim", "claim_group", "topic"]

_ENV = Environment(loader=PackageLoader("pipeline.report", "templates"),
                   autoescape=select_autoescape(["html", "j2"]), keep_trailing_newline=True)


def _raw(name: str) -> Markup:
    """A template file's text as-is (CSS and JS are not templates)."""
    source, _, _ = _ENV.loader.get_source(_ENV, name)
    return Markup(source)


def script_json(value: object) -> Markup:
    """JSON safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def _value(row, key: str):
    value = getattr(row, key, "")
    if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)):
        return None
    if key == "polarity":
        return int(value)
    if key == "confidence":
        return round(float(value), 3)
    return str(value)


def claim_records(claims: pd.DataFrame) -> dict[str, dict]:
    """Claim index → the fields the side panel and the review view show."""
    keys = [k for k in CLAIM_KEYS if k in claims.columns]
    return {str(i): {k: _value(row, k) for k in keys} for i, row in zip(claims["_i"], claims.itertuples(index=False))}


def _table_rows(claims: pd.DataFrame) -> list[dict]:
    rows = []
    for i, row in zip(claims["_i"], claims.itertuples(index=False)):
        cells = {c: ("" if pd.isna(getattr(row, c)) else getattr(row, c)) for c in TABLE_COLUMNS}
        cells["confidence"] = "" if pd.isna(row.confidence) else f"{row.confidence:.2f}"
        rows.append(dict(cells, i=i, type_class=css_class(str(row.claim_type)),
                         conf="" if pd.isna(row.confidence) else f"{row.confidence:.4f}"))
    return rows


def _groups(data: ReportData, index_of: dict[str, int]) -> list[dict]:
    groups = []
    for group_id, rows in data.tables["claim_groups"].groupby("claim_group", sort=True):
        first = rows.iloc[0]
        groups.append({"id": group_id, "actor": first["actor"], "actor_country": first["actor_country"],
                       "claim_type": first["claim_type"], "type_class": css_class(str(first["claim_type"])),
                       "issue": first["issue"], "n_documents": int(first["n_documents"]),
                       "n_outlets": int(first["n_outlets"]),
                       "rows": [dict(r, i=index_of.get(r["claim_id"], ""),
                                     outlet=outlet_name(r["source"], r["title"] or r["doc_id"]))
                                for r in rows.to_dict("records")]})
    return groups


def review_data(data: ReportData) -> dict:
    """What the review view needs: documents (hash, title), their sentences, the corrections file's
    lines and their log, and the values offered in the forms."""
    documents = data.documents
    sentences = data.tables["sentences"]
    by_doc: dict[str, list] = {}
    for row in sentences.itertuples(index=False):
        by_doc.setdefault(str(row.doc_id), []).append([int(row.sentence_id), str(row.text)])
    claims = data.claims
    issues = sorted(set(claims["issue"]) | set(data.choices.get("issues", ())) - {""})
    countries = sorted(set(claims["actor_country"]) | set(data.choices.get("countries", ())) - {""})
    return {"columns": CORRECTION_COLUMNS, "corrections": data.corrections, "log": data.corrections_log,
            "docs": {str(d.doc_id): {"sha256": str(d.sha256), "title": str(d.title or d.doc_id)}
                     for d in documents.itertuples(index=False)},
            "sentences": by_doc, "types": _claim_types(claims), "issues": issues, "countries": countries,
            "storage": "claims-review:" + str(data.out_dir.resolve().name) + ":" + str(len(documents))}


def _rows_by_doc(table: pd.DataFrame, positions: bool = False) -> dict[object, list]:
    """The table's rows (`itertuples`) per `doc_id`, in their order; with `positions`, each as
    (its position in the table, row)."""
    rows_of: dict[object, list] = {}
    for i, row in enumerate(table.itertuples(index=False)):
        rows_of.setdefault(row.doc_id, []).append((i, row) if positions else row)
    return rows_of


def render_html(data: ReportData) -> str:
    """The whole report as one HTML string (no external resources)."""
    claims = data.claims.assign(_i=range(len(data.claims)))
    types = [t for t in _claim_types(claims) if t in set(claims["claim_type"])] or CLAIM_TYPES
    style_rules = "".join(f".t-{css_class(t)}{{--c:{colour(t)};--tint:{rgba(colour(t), 0.22)}}}"
                          for t in _claim_types(claims))
    # each document's rows, split once (a boolean filter per document is quadratic in the corpus)
    paragraphs_of = _rows_by_doc(data.tables["paragraphs"])
    claims_of = _rows_by_doc(claims.drop(columns="_i"), positions=True)
    docs = [Markup(document_html(doc, data.texts.get(str(doc["doc_id"])), paragraphs_of.get(doc["doc_id"], []),
                                 claims_of.get(doc["doc_id"], []), k < 3))
            for k, (_, doc) in enumerate(data.documents.iterrows())]
    stats = (f"{len(data.documents)} of {data.n_documents_total} documents · {len(claims)} of "
             f"{data.n_claims_total} claims · {claims['actor'].nunique()} actors · "
             f"{claims['issue'].nunique()} issues")
    if "review" in claims.columns:
        reviewed = int((claims["review"] != "").sum())
        stats += f" · {reviewed} reviewed"
    undated = undated_count(claims, data.documents, data.options.period)
    by_period = data.tables["claims_by_period"]
    legend = Markup("".join(f'<span class="chip t-{css_class(t)}">{e(t)}</span>' for t in types))
    index_of = dict(zip(claims["claim_id"], claims["_i"]))
    return _ENV.get_template("report.html.j2").render(
        title=f"Claims report – {data.out_dir.name or data.out_dir}", version=__version__, stats=stats,
        filters=data.options.describe(), tabs=TABS, legend=legend, docs=docs,
        css=_raw("report.css") + Markup(style_rules), js=_raw("report.js"),
        table_columns=TABLE_COLUMNS, claim_rows=_table_rows(claims),
        type_values=sorted(set(claims["claim_type"])), country_values=sorted(set(claims["actor_country"])),
        doc_options=[{"doc_id": d.doc_id, "label": f"{d.title or d.doc_id} ({d.doc_id})"}
                     for d in data.documents.itertuples(index=False)],
        period=data.options.period, trends=Markup(trend_html(data)),
        trend_actors=sorted(set(by_period["actor"])) if not by_period.empty else [],
        undated_note=(f"{undated} claims with an actor are not shown: their document has no date "
                      f"{'to the day' if data.options.period == 'week' else 'to the month'}." if undated else ""),
        groups=_groups(data, index_of), similarity=f"{data.options.group_similarity:g}",
        charts=Markup(charts_html(data, types)), network=Markup(network_svg(claims)),
        stale_corrections=sum(1 for row in data.corrections_log if row.get("status") == "stale"),
        claim_json=script_json(claim_records(claims)), review_json=script_json(review_data(data)))


def write_html(data: ReportData, out_dir: Path) -> Path:
    return write_text_atomic(Path(out_dir) / "report.html", render_html(data))
