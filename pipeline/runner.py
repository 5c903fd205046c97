"""Run the stages over a corpus: streaming through `nlp.pipe`, reusing unchanged documents,
isolating failures per document, and writing every table atomically at the end.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import __version__
from pipeline.aggregate import claims_by_actor, claims_by_source
from pipeline.claims import claim_rows
from pipeline.entities import entity_rows
from pipeline.ingest import (DEFAULT_MAX_CHARS, DocumentError, Paragraph, SourceDocument, iter_documents,
                             prepare_document)
from pipeline.lexicons import load_lexicons
from pipeline.nlp import build_nlp, model_fingerprint
from pipeline.quotes import quote_rows
from pipeline.segment import sentence_rows
from pipeline.tables import CsvFormat, frame, read_table_or_empty, write_csv_atomic, write_table

DOC_TABLES = ("documents", "paragraphs", "sentences", "entities", "quotes", "claims")
MANIFEST = "manifest.json"
TEXTS = "texts.jsonl"


@dataclass
class RunOptions:
    out_dir: Path
    model: str | None = None
    lexicon_dir: Path | None = None
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    text_column: str = "text"
    id_column: str | None = None
    batch_size: int = 16
    n_process: int = 1
    csv_format: CsvFormat = field(default_factory=CsvFormat)
    strict: bool = False
    force: bool = False


@dataclass
class RunSummary:
    documents: int = 0
    processed: int = 0
    reused: int = 0
    failed: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    claim_types: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    nothing_to_do: bool = False


def sentence_index_of(rows: list[dict]) -> Callable[[int], int]:
    """Map a character offset to the index of the sentence that contains (or precedes) it."""
    import bisect
    starts = [row["start"] for row in rows]
    return lambda offset: max(0, bisect.bisect_right(starts, offset) - 1)


def paragraph_index_of(paragraphs: list[Paragraph]) -> Callable[[int], int]:
    import bisect
    starts = [p.start for p in paragraphs]
    return lambda offset: paragraphs[max(0, bisect.bisect_right(starts, offset) - 1)].index


def rows_for_doc(doc: Doc, source: SourceDocument) -> dict[str, list[dict]]:
    """Every table's rows for one processed document."""
    sentences = sentence_rows(doc, source.doc_id, paragraph_index_of(source.paragraphs))
    sentence_of = sentence_index_of(sentences)
    return {
        "documents": [source.document_row()],
        "paragraphs": source.paragraph_rows(),
        "sentences": sentences,
        "entities": entity_rows(doc, source.doc_id, sentence_of),
        "quotes": quote_rows(doc, source.doc_id),
        "claims": claim_rows(doc, source.doc_id),
    }


def process_batch(nlp: Language, batch: list[SourceDocument], n_process: int = 1
                  ) -> Iterator[tuple[SourceDocument, dict | DocumentError]]:
    """Run `nlp.pipe` on a batch; if it fails, retry one by one so only the bad document fails."""
    try:
        docs = list(nlp.pipe((d.masked_text() for d in batch), batch_size=len(batch), n_process=n_process))
        for source, doc in zip(batch, docs):
            yield source, rows_for_doc(doc, source)
        return
    except Exception:  # noqa: BLE001 — isolate the failing document below
        if len(batch) == 1 and n_process == 1:
            pass
    for source in batch:
        try:
            yield source, rows_for_doc(nlp(source.masked_text()), source)
        except Exception as error:  # noqa: BLE001 — one bad document must not stop the run
            yield source, DocumentError(source.doc_id, source.path, "nlp", f"{type(error).__name__}: {error}")


def _fingerprint(nlp: Language, lexicon_fingerprint: str) -> str:
    return f"{__version__}|{model_fingerprint(nlp)}|{lexicon_fingerprint}"


def _previous_manifest(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract(input_path: Path, options: RunOptions, progress: Callable[[int], None] | None = None,
            report: Callable[[str], None] = lambda message: print(message, file=sys.stderr)) -> RunSummary:
    """All stages over `input_path`; tables land in `options.out_dir`."""
    started = time.perf_counter()
    out_dir = Path(options.out_dir)
    lexicons = load_lexicons(options.lexicon_dir)
    nlp = build_nlp(options.model, options.lexicon_dir)
    fingerprint = _fingerprint(nlp, lexicons.fingerprint)
    manifest = _previous_manifest(out_dir)
    previous = {} if options.force or manifest.get("fingerprint") != fingerprint else manifest.get("documents", {})
    summary = RunSummary()
    order: list[str] = []
    fresh: dict[str, dict[str, list[dict]]] = {}
    reused: set[str] = set()
    texts: dict[str, str] = {}
    seen: set[str] = set()

    def pending() -> Iterator[SourceDocument]:
        for item in iter_documents(input_path, options.encoding, options.max_chars,
                                   options.text_column, options.id_column):
            summary.documents += 1
            if isinstance(item, SourceDocument) and item.doc_id in seen:
                item = DocumentError(item.doc_id, item.path, "ingest",
                                     f"duplicate doc_id {item.doc_id!r} (another input has the same name)")
            if isinstance(item, DocumentError):
                _fail(item)
                continue
            seen.add(item.doc_id)
            for warning in item.warnings:
                summary.warnings.append(warning)
                report(f"warning: {warning}")
            try:
                prepare_document(item, lexicons)
            except DocumentError as error:
                _fail(error)
                continue
            order.append(item.doc_id)
            texts[item.doc_id] = item.text
            if previous.get(item.doc_id) == item.sha256:
                reused.add(item.doc_id)
                summary.reused += 1
                if progress:
                    progress(1)
                continue
            yield item

    def _fail(error: DocumentError) -> None:
        summary.failed += 1
        summary.errors.append(error.row())
        report(f"error: {error.path}: {error.reason}")
        if options.strict:
            raise SystemExit(f"--strict: stopped at {error.path}: {error.reason}")

    for batch in _batches(pending(), options.batch_size):
        for source, result in process_batch(nlp, batch, options.n_process):
            if isinstance(result, DocumentError):
                order.remove(source.doc_id)
                _fail(result)
            else:
                fresh[source.doc_id] = result
                summary.processed += 1
            if progress:
                progress(1)

    unchanged = (not fresh and not summary.errors and set(order) == set(previous)
                 and all((out_dir / f"{name}.csv").exists() for name in DOC_TABLES))
    if unchanged and not options.force:
        summary.nothing_to_do = True
        summary.seconds = time.perf_counter() - started
        _count(summary, out_dir)
        return summary
    tables = _merge_tables(out_dir, order, fresh, reused)
    _write_all(out_dir, tables, texts, order, options, summary)
    manifest = {"fingerprint": fingerprint, "version": __version__,
                "model": nlp.meta["claims_pipeline"]["base_model"],
                "documents": {doc_id: tables_sha(tables, doc_id) for doc_id in order}}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    summary.seconds = time.perf_counter() - started
    _count(summary, out_dir, tables)
    return summary


def tables_sha(tables: dict[str, pd.DataFrame], doc_id: str) -> str:
    documents = tables["documents"]
    return str(documents.loc[documents["doc_id"] == doc_id, "sha256"].iloc[0])


def _merge_tables(out_dir: Path, order: list[str], fresh: dict, reused: set[str]) -> dict[str, pd.DataFrame]:
    """New rows of processed documents plus the old rows of unchanged ones, in input order."""
    rank = {doc_id: i for i, doc_id in enumerate(order)}
    tables = {}
    for name in DOC_TABLES:
        parts = [frame(name, rows[name]) for rows in fresh.values()]
        if reused:
            old = read_table_or_empty(out_dir, name)
            parts.append(old[old["doc_id"].isin(reused)])
        parts = [p for p in parts if not p.empty]
        table = pd.concat(parts, ignore_index=True) if parts else frame(name, [])
        sort_keys = [c for c in ("sentence_id", "start", "paragraph", "cue_start") if c in table.columns]
        table = table.assign(_rank=table["doc_id"].map(rank)).sort_values(["_rank"] + sort_keys, kind="stable")
        tables[name] = table.drop(columns="_rank").reset_index(drop=True)
    return tables


def _write_all(out_dir: Path, tables: dict[str, pd.DataFrame], texts: dict[str, str], order: list[str],
               options: RunOptions, summary: RunSummary) -> None:
    fmt = options.csv_format
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"doc_id": d, "text": texts[d]}, ensure_ascii=False) for d in order]
    write_text_atomic(out_dir / TEXTS, "\n".join(lines) + ("\n" if lines else ""))
    for name in DOC_TABLES:
        write_table(tables[name], out_dir, name, fmt)
    write_table(frame("errors", summary.errors), out_dir, "errors", fmt)
    write_csv_atomic(claims_by_actor(tables["claims"]), out_dir / "claims_by_actor.csv", fmt)
    write_csv_atomic(claims_by_source(tables["claims"], tables["documents"]), out_dir / "claims_by_source.csv", fmt)


def write_text_atomic(path: Path, text: str) -> None:
    import os
    import tempfile
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _count(summary: RunSummary, out_dir: Path, tables: dict[str, pd.DataFrame] | None = None) -> None:
    for name in ("sentences", "entities", "quotes", "claims"):
        table = tables[name] if tables else read_table_or_empty(out_dir, name)
        summary.counts[name] = len(table)
        if name == "claims":
            summary.claim_types = Counter(table["claim_type"])
