"""The body of a document's cache entry: its rows as CSV text in the run's format, made by whichever
process ran the document (a `--jobs` or Dask worker, or `extract` itself), read back by the runner."""

from __future__ import annotations

import json
from dataclasses import dataclass

from pipeline.ingest import SourceDocument
from pipeline.tables import COLUMNS, CsvFormat, csv_text

DOC_TABLES = ("documents", "paragraphs", "sentences", "entities", "quotes", "claims")
RENDERED_TABLES = tuple(name for name in DOC_TABLES if name != "documents")  # cached as CSV text
CLAIM_TYPE_CELL = COLUMNS["claims"].index("claim_type")


@dataclass(frozen=True)
class CacheBody:
    """A document's cache entry after its header, as a `--jobs` or Dask worker sends it back in
    place of the rows: the worker encodes them, the process that runs `extract` writes the text."""
    text: str


def entry_body(source: SourceDocument, rows: dict, fmt: CsvFormat) -> str:
    """What a cache entry holds after its header (see `runner.DocumentCache`)."""
    # newlines escaped: one line each
    texts_line = json.dumps({"doc_id": source.doc_id, "text": source.text}, ensure_ascii=False)
    cells = {name: [list(map(row.get, COLUMNS[name])) for row in rows[name]] for name in DOC_TABLES}
    texts = [csv_text(cells[name], fmt) for name in RENDERED_TABLES]
    meta = {"documents": cells["documents"], "counts": [len(cells[name]) for name in DOC_TABLES],
            "claim_types": [row[CLAIM_TYPE_CELL] for row in cells["claims"]], "sep": fmt.sep,
            "neutralise": fmt.neutralise, "lengths": [len(text) for text in texts]}
    return texts_line + "\n" + json.dumps(meta, ensure_ascii=False) + "\n" + "".join(texts)
