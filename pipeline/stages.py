"""Run one stage on its own: read the previous stage's table, write this stage's table.

`extract` runs everything in one streaming pass; these functions let a user rerun or inspect
one stage (e.g. after editing `sentences.csv` or a lexicon). Each runs the same path as `extract`
(`annotate`), with a Doc rebuilt from the text and the previous tables (sentences, entities) and
the components of the earlier stages left out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from pipeline.annotate import annotate, paragraph_index_of, sentence_index_of, source_doc
from pipeline.claims import claim_rows
from pipeline.entities import entity_rows
from pipeline.ingest import DocumentError, Paragraph, SourceDocument, iter_documents, prepare_document
from pipeline.nlp import build_nlp, choose_model, run_lexicons
from pipeline.options import RunOptions
from pipeline.quotes import quote_rows
from pipeline.runner import TEXTS, write_aggregates
from pipeline.segment import mark_sentence_starts, sentence_rows
from pipeline.tables import frame, read_table, write_table, write_text_atomic

ENTITY_COMPONENTS = ("news_sentencizer", "actor_ruler", "actor_linker")


def run_ingest(input_path: Path, options: RunOptions) -> tuple[int, list[dict]]:
    """documents.csv, paragraphs.csv and texts.jsonl (the decoded texts) from the inputs; where no
    document could be read, the tables of an earlier run in the folder are left as they are."""
    lexicons = run_lexicons(choose_model(options.model), options.lexicon_dir).lexicons
    documents, paragraphs, errors, lines = [], [], [], []
    for item in iter_documents(input_path, options.encoding, options.max_chars, options.text_column,
                               options.id_column):
        try:
            if isinstance(item, DocumentError):
                raise item
            prepare_document(item, lexicons, options.default_date)
        except DocumentError as error:
            errors.append(error.row())
            continue
        documents.append(item.document_row())
        paragraphs.extend(item.paragraph_rows())
        lines.append(json.dumps({"doc_id": item.doc_id, "text": item.text}, ensure_ascii=False))
    out = Path(options.out_dir)
    if not documents and (out / "documents.csv").exists():
        return 0, errors
    out.mkdir(parents=True, exist_ok=True)
    write_text_atomic(out / TEXTS, "\n".join(lines) + ("\n" if lines else ""))
    write_table(frame("documents", documents), out, "documents", options.csv_format)
    write_table(frame("paragraphs", paragraphs), out, "paragraphs", options.csv_format)
    write_table(frame("errors", errors), out, "errors", options.csv_format)
    return len(documents), errors


def _nlp(options: RunOptions, until: str) -> Language:
    """The pipeline up to `until`, its length limit raised to the longest ingested text (ingest has
    already applied --max-chars), so no document that passed ingest is refused here."""
    nlp = build_nlp(options.model, options.lexicon_dir, until=until)
    longest = max(map(len, _texts(options.out_dir).values()), default=0)
    nlp.max_length = max(nlp.max_length, longest)
    return nlp


def _texts(out_dir: Path) -> dict[str, str]:
    path = Path(out_dir) / TEXTS
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found; run `ingest` first")
    with open(path, encoding="utf-8") as handle:
        return {row["doc_id"]: row["text"] for row in map(json.loads, handle) if row}


def _paragraphs(table: pd.DataFrame) -> list[Paragraph]:
    return [Paragraph(int(r.paragraph), int(r.start), int(r.end), r.kind, r.rule) for r in table.itertuples()]


def _inputs(out_dir: Path) -> Iterator[SourceDocument]:
    """Every ingested document: its text, paragraphs and date from the tables."""
    texts = _texts(out_dir)
    paragraphs = read_table(out_dir, "paragraphs")
    dates = _dates(out_dir)
    for doc_id, group in paragraphs.groupby("doc_id", sort=False):
        if doc_id in texts:
            yield SourceDocument(doc_id, "", texts[doc_id], date=dates.get(doc_id, ""),
                                 paragraphs=_paragraphs(group))


def _doc_with_sentences(nlp: Language, source: SourceDocument, sentences: pd.DataFrame) -> Doc:
    """The document's Doc (as `annotate` makes it) whose sentence boundaries are those of sentences.csv."""
    doc = source_doc(nlp, source)
    starts = set(sentences["start"].astype(int))
    return mark_sentence_starts(doc, [token.i == 0 or token.idx in starts or "\n" in token.text
                                      or (token.i > 0 and "\n" in doc[token.i - 1].text) for token in doc])


def run_segment(options: RunOptions) -> int:
    nlp = _nlp(options, "news_sentencizer")
    rows = []
    for source, doc in annotate(nlp, _inputs(options.out_dir)):
        rows.extend(sentence_rows(doc, source.doc_id, paragraph_index_of(source.paragraphs)))
    write_table(frame("sentences", rows), options.out_dir, "sentences", options.csv_format)
    return len(rows)


def _dates(out_dir: Path) -> dict[str, str]:
    """doc_id → the document's date as written in documents.csv ('' when unknown)."""
    documents = read_table(out_dir, "documents")
    return dict(zip(documents["doc_id"], documents["date"].fillna("").astype(str)))


def run_entities(options: RunOptions) -> int:
    nlp = _nlp(options, "actor_linker")
    sentences = read_table(options.out_dir, "sentences")
    by_doc = dict(tuple(sentences.groupby("doc_id", sort=False)))

    def sentences_of(doc_id: str) -> pd.DataFrame:
        return by_doc.get(doc_id, sentences.iloc[0:0])

    def make_doc(nlp: Language, source: SourceDocument) -> Doc:
        return _doc_with_sentences(nlp, source, sentences_of(source.doc_id))

    rows = []
    for source, doc in annotate(nlp, _inputs(options.out_dir), make_doc=make_doc, disable=("news_sentencizer",)):
        rows.extend(entity_rows(doc, source.doc_id, sentence_index_of(sentences_of(source.doc_id).to_dict("records"))))
    write_table(frame("entities", rows), options.out_dir, "entities", options.csv_format)
    return len(rows)


def _set_entities(doc: Doc, entities: pd.DataFrame) -> Doc:
    """doc.ents and doc.spans['actors'] from entities.csv."""
    ents, actors = [], []
    for row in entities.itertuples():
        span = doc.char_span(int(row.start), int(row.end), label=row.label, alignment_mode="expand")
        if span is None:
            continue
        span._.actor, span._.actor_country, span._.mention = row.actor, row.actor_country, row.mention
        span._.actor_type, span._.actor_id = row.actor_type, row.actor_id
        (actors if row.label == "ROLE" else ents).append(span)
        if row.label != "ROLE" and row.actor:
            actors.append(span)
    doc.ents = filter_spans(ents)
    doc.spans["actors"] = sorted(filter_spans([a for a in actors if a._.actor]), key=lambda s: s.start)
    return doc


def run_claims(options: RunOptions) -> tuple[int, int]:
    """quotes.csv and claims.csv from the texts, sentences.csv and entities.csv (the components that
    find sentences and entities are left out; the model's others run before the quote finder)."""
    nlp = _nlp(options, "claim_coder")
    sentences = read_table(options.out_dir, "sentences")
    entities = read_table(options.out_dir, "entities")
    sentences_by_doc = dict(tuple(sentences.groupby("doc_id", sort=False)))
    entities_by_doc = dict(tuple(entities.groupby("doc_id", sort=False)))

    def make_doc(nlp: Language, source: SourceDocument) -> Doc:
        doc = _doc_with_sentences(nlp, source, sentences_by_doc.get(source.doc_id, sentences.iloc[0:0]))
        return _set_entities(doc, entities_by_doc.get(source.doc_id, entities.iloc[0:0]))

    quotes, claims = [], []
    for source, doc in annotate(nlp, _inputs(options.out_dir), make_doc=make_doc,
                                disable=[name for name in ENTITY_COMPONENTS + ("ner",) if name in nlp.pipe_names]):
        quotes.extend(quote_rows(doc, source.doc_id))
        claims.extend(claim_rows(doc, source.doc_id))
    write_table(frame("quotes", quotes), options.out_dir, "quotes", options.csv_format)
    write_table(frame("claims", claims), options.out_dir, "claims", options.csv_format)
    return len(quotes), len(claims)


def run_aggregate(options: RunOptions) -> int:
    return write_aggregates(options.out_dir, options.csv_format)
