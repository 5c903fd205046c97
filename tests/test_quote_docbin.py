"""Quotes are plain values on the Doc: they survive a DocBin round trip, on a real German sentence."""

from dataclasses import asdict

import pytest
from spacy.tokens import DocBin

from pipeline.nlp import build_nlp
from pipeline.quotes import Quote, quote_rows

TEXT = ("„Wir werden die Ukraine nicht im Stich lassen“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin. "
        "Russland müsse seine Truppen abziehen.")


@pytest.fixture(scope="module")
def nlp():
    """The rules up to the quotes."""
    return build_nlp("blank", until="interview_finder")


def test_quotes_round_trip_through_docbin(nlp):
    doc = nlp(TEXT)
    assert doc._.quotes and all(isinstance(q, Quote) for q in doc._.quotes)
    assert any(q.type == "DIRECT" and q.speaker and q.speaker.actor for q in doc._.quotes)
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (restored,) = DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
    assert restored._.quotes == doc._.quotes
    assert quote_rows(restored, "d1") == quote_rows(doc, "d1")
    assert [(q.cue_char_spans(), q.content_char_spans(TEXT)) for q in restored._.quotes] == \
        [(q.cue_char_spans(), q.content_char_spans(TEXT)) for q in doc._.quotes]


def test_quotes_are_stored_as_plain_values(nlp):
    doc = nlp(TEXT)
    plain = (str, int, type(None))

    def is_plain(value) -> bool:
        if isinstance(value, dict):
            return all(isinstance(k, str) and is_plain(v) for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return all(is_plain(v) for v in value)
        return isinstance(value, plain)

    assert doc._.quote_records and is_plain(doc._.quote_records)
    assert doc._.quote_records == [asdict(q) for q in doc._.quotes]  # to_record: asdict, faster


def test_a_changed_quote_list_is_stored(nlp):
    doc = nlp(TEXT)
    quotes = doc._.quotes
    doc._.quotes = quotes[:1]
    assert doc._.quotes == quotes[:1]
    doc._.quotes = None
    assert doc._.quotes is None


def test_claims_round_trip_through_docbin():
    """The whole pipeline's Doc, claims included, is stored and read back with DocBin."""
    from pipeline.claims import Claim, claim_rows
    full = build_nlp("blank")
    doc = full(TEXT)
    assert doc._.claims and all(isinstance(c, Claim) for c in doc._.claims)
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (restored,) = DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(full.vocab)
    assert restored._.claims == doc._.claims
    assert claim_rows(restored, "d1") == claim_rows(doc, "d1")


def test_doc_naming_knowledge_base_organisations_round_trips():
    """Names the knowledge base resolves (an ambiguous party, a union, an international
    organisation) leave nothing but plain values on the Doc, so it is stored with DocBin (and
    can cross process boundaries, as `nlp.pipe(n_process=…)` needs)."""
    from pipeline.entities import entity_rows
    full = build_nlp("blank")
    doc = full("Die Gewerkschaft GPA-djp lanciert einen Rechner. Die WHO warnte vor einer Pandemie. "
               "Die Grünen forderten, die Regierung müsse handeln.")
    assert {"GPA", "WHO"} <= {row["actor"] for row in entity_rows(doc, "d1", lambda offset: 0)}
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (restored,) = DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(full.vocab)
    assert entity_rows(restored, "d1", lambda offset: 0) == entity_rows(doc, "d1", lambda offset: 0)
