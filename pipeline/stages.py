"""Run one stage on its own: read the previous stage's table, write this stage's table.

`extract` runs everything in one streaming pass; these functions let a user rerun or inspect
one stage (e.g. after editing `sentences.csv` or a lexicon). Each rebuilds the spaCy `Doc`
from the text and the previous tables, then runs only the components of its stage.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.claims import claim_rows
from pipeline.entities import entity_rows
from pipeline.ingest import DocumentError, Paragraph, iter_documents, mask_text, prepare_document
from pipeline.lexicons import load_lexicons
from pipeline.nlp import build_nlp
from pipeline.quotes import quote_rows
from pipeline.runner import TEXTS, RunOptions, paragraph_index_of, sentence_index_of, write_aggregates
from pipeline.segment import sentence_rows
from pipeline.tables import frame, read_table, write_table, write_text_atomic

ENTITY_COMPONENTS = ("news_sentencizer", "actor_ruler", "actor_linker")


def run_ingest(input_path: Path, options: RunOptions) -> tuple[int, list[dict]]:
    """documents.csv, paragraphs.csv and texts.jsonl (the decoded texts) from the inputs."""
    lexicons = load_lexicons(options.lexicon_dir)
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


def _inputs(out_dir: Path) -> Iterator[tuple[str, str, list[Paragraph]]]:
    """(doc_id, masked text, paragraphs) of every ingested document."""
    texts = _texts(out_dir)
    paragraphs = read_table(out_dir, "paragraphs")
    for doc_id, group in paragraphs.groupby("doc_id", sort=False):
        if doc_id in texts:
            paras = _paragraphs(group)
            yield doc_id, mask_text(texts[doc_id], paras), paras


def _doc_with_sentences(nlp: Language, text: str, sentences: pd.DataFrame) -> Doc:
    """A Doc whose sentence boundaries are those of sentences.csv."""
    doc = nlp.make_doc(text)
    starts = set(sentences["start"].astype(int))
    for token in doc:
        token.is_sent_start = (token.i == 0 or token.idx in starts or "\n" in token.text
                               or (token.i > 0 and "\n" in doc[token.i - 1].text))
    return doc


def _run_components(nlp: Language, doc: Doc, skip: tuple[str, ...]) -> Doc:
    for name, component in nlp.pipeline:
        if name not in skip:
            doc = component(doc)
    return doc


def run_segment(options: RunOptions) -> int:
    nlp = _nlp(options, "news_sentencizer")
    rows = []
    for doc_id, text, paragraphs in _inputs(options.out_dir):
        rows.extend(sentence_rows(nlp(text), doc_id, paragraph_index_of(paragraphs)))
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
    dates = _dates(options.out_dir)
    rows = []
    for doc_id, text, _ in _inputs(options.out_dir):
        doc_sentences = by_doc.get(doc_id, sentences.iloc[0:0])
        doc = _doc_with_sentences(nlp, text, doc_sentences)
        doc._.date = dates.get(doc_id, "")
        doc = _run_components(nlp, doc, ("news_sentencizer",))
        rows.extend(entity_rows(doc, doc_id, sentence_index_of(doc_sentences.to_dict("records"))))
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
    from spacy.util import filter_spans
    doc.ents = filter_spans(ents)
    doc.spans["actors"] = sorted(filter_spans([a for a in actors if a._.actor]), key=lambda s: s.start)
    return doc


def run_claims(options: RunOptions) -> tuple[int, int]:
    """quotes.csv and claims.csv from the texts, sentences.csv and entities.csv."""
    nlp = _nlp(options, "claim_coder")
    sentences = read_table(options.out_dir, "sentences")
    entities = read_table(options.out_dir, "entities")
    sentences_by_doc = dict(tuple(sentences.groupby("doc_id", sort=False)))
    entities_by_doc = dict(tuple(entities.groupby("doc_id", sort=False)))
    skip = ENTITY_COMPONENTS + ("ner",)
    quotes, claims = [], []
    for doc_id, text, _ in _inputs(options.out_dir):
        doc = _doc_with_sentences(nlp, text, sentences_by_doc.get(doc_id, sentences.iloc[0:0]))
        for name, component in nlp.pipeline:
            if name == "quote_finder":
                doc = _set_entities(doc, entities_by_doc.get(doc_id, entities.iloc[0:0]))
            if name not in skip:
                doc = component(doc)
        quotes.extend(quote_rows(doc, doc_id))
        claims.extend(claim_rows(doc, doc_id))
    write_table(frame("quotes", quotes), options.out_dir, "quotes", options.csv_format)
    write_table(frame("claims", claims), options.out_dir, "claims", options.csv_format)
    return len(quotes), len(claims)


def run_aggregate(options: RunOptions) -> int:
    return write_aggregates(options.out_dir, options.csv_format)
