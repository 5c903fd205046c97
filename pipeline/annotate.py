"""The one path from a document to its annotated Doc and its table rows.

`annotate` is what `extract` (in this process, on the `--jobs` pool and on Dask), the stage
commands, `evaluate` (claims and quotes) and `bench` all run: each document's masked text
(`SourceDocument.masked_text`: everything outside the segmented paragraphs blanked) becomes a Doc
with `nlp.make_doc`, gets the document's date (`doc._.date`), and the Docs stream through
`nlp.pipe`. So what `evaluate` scores is exactly what users get.
"""

from __future__ import annotations

import bisect
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import dates  # noqa: F401 — registers Doc._.date
from pipeline.claims import claim_rows
from pipeline.entities import entity_rows
from pipeline.ingest import DocumentError, Paragraph, SourceDocument
from pipeline.options import NO_CLOCK, NoClock
from pipeline.quotes import quote_rows
from pipeline.segment import sentence_rows

Result = tuple[SourceDocument, "dict | DocumentError"]
MakeDoc = Callable[[Language, SourceDocument], Doc]


def source_doc(nlp: Language, source: SourceDocument) -> Doc:
    """The document's Doc before any component ran: its masked text, tokenized, with its date."""
    doc = nlp.make_doc(source.masked_text())
    doc._.date = source.date or ""
    return doc


def annotate(nlp: Language, sources: Iterable[SourceDocument], *, batch_size: int | None = None,
             make_doc: MakeDoc = source_doc, disable: Iterable[str] = (),
             n_process: int = 1) -> Iterator[tuple[SourceDocument, Doc]]:
    """(document, annotated Doc) for every document, in input order, through `nlp.pipe`.
    `make_doc` builds the Doc before the components run (the stage commands preset sentences and
    entities from their tables); `disable` names components left out (those whose tables are read).
    `n_process` > 1 is spaCy's own multiprocessing (only `bench --compare-n-process` uses it: the
    Docs travel back as DocBin bytes, which makes it slower here than the `--jobs` pool)."""
    pairs = ((make_doc(nlp, source), source) for source in sources)
    for doc, source in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, disable=list(disable),
                                n_process=n_process):
        yield source, doc


# ---------------------------------------------------------------------------- table rows

def sentence_index_of(rows: list[dict]) -> Callable[[int], int]:
    """Map a character offset to the index of the sentence that contains (or precedes) it."""
    starts = [row["start"] for row in rows]
    return lambda offset: max(0, bisect.bisect_right(starts, offset) - 1)


def paragraph_index_of(paragraphs: list[Paragraph]) -> Callable[[int], int]:
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


def process_batch(nlp: Language, batch: list[SourceDocument], clock: NoClock = NO_CLOCK) -> Iterator[Result]:
    """Annotate a batch; if that fails, again one by one so only the bad document fails."""
    try:
        docs = [doc for _, doc in annotate(nlp, batch, batch_size=len(batch))]
    except Exception:  # noqa: BLE001 — find the failing document below
        docs = None
    if docs is not None:
        for source, doc in zip(batch, docs):
            yield source, _rows_or_error(lambda: _rows(doc, source, clock), source)
        return
    for source in batch:
        yield source, _rows_or_error(lambda: _rows(next(annotate(nlp, [source]))[1], source, clock), source)


def _rows(doc: Doc, source: SourceDocument, clock: NoClock) -> dict:
    with clock.span("rows"):
        return rows_for_doc(doc, source)


def _rows_or_error(make_rows: Callable[[], dict], source: SourceDocument) -> "dict | DocumentError":
    try:
        return make_rows()
    except Exception as error:  # noqa: BLE001 — one bad document must not stop the run
        return DocumentError(source.doc_id, source.path, "nlp", f"{type(error).__name__}: {error}")


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
