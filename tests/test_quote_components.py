"""The quotes are three registered components that talk through the Doc only: the quotation marker,
the quote finder, the speaker resolver. Each runs alone on a Doc the one before wrote, and the Doc
between them round-trips through DocBin."""

import pytest
from spacy.tokens import DocBin

from pipeline.nlp import PROJECT_COMPONENTS, build_nlp
from pipeline.quotes import quotation_offsets, quotation_spans, quote_rows

TEXT = ("„Wir werden die Ukraine nicht im Stich lassen“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin. "
        "Russland müsse seine Truppen abziehen.")
PLAIN = "Moskau fordert die Aufhebung der Sanktionen."
QUOTES = ("quotation_marker", "quote_finder", "speaker_resolver")


@pytest.fixture(scope="module")
def nlp():
    return build_nlp("blank", until="speaker_resolver")


def _round_trip(nlp, doc):
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (restored,) = DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
    return restored


def test_the_quote_components_run_in_order(nlp):
    names = nlp.pipe_names
    assert [name for name in names if name in QUOTES] == list(QUOTES)
    assert names.index("actor_linker") < names.index("quotation_marker")
    assert PROJECT_COMPONENTS.index("speaker_resolver") < PROJECT_COMPONENTS.index("interview_finder")
    for name in QUOTES:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, name
    assert "doc._.quotes" in nlp.get_pipe_meta("speaker_resolver").requires


def test_quotations_are_spans_with_their_exact_marks(nlp):
    doc = nlp(TEXT)
    (span,) = doc.spans["quotations"]
    assert span.text == "„Wir werden die Ukraine nicht im Stich lassen“"
    assert quotation_offsets(doc) == quotation_spans(TEXT) == [(0, 46)]
    unaligned = nlp("Sie sagte „Ja“-Wort und ging.")  # the closing mark inside a token
    (span,) = unaligned.spans["quotations"]
    start, end = span._.quotation_chars
    assert unaligned.text[start:end] == "„Ja“" and span.text == "„Ja“-Wort"


def test_a_sentence_without_quotation_marks_has_none(nlp):
    doc = nlp(PLAIN)
    assert "quotations" in doc.spans and len(doc.spans["quotations"]) == 0
    assert quotation_offsets(_round_trip(nlp, doc)) == []


def test_the_doc_round_trips_between_and_after_the_quote_components(nlp):
    marked = nlp.get_pipe("quotation_marker")(nlp.get_pipe("actor_linker")(nlp.get_pipe("actor_ruler")(
        nlp.get_pipe("news_sentencizer")(nlp.make_doc(TEXT)))))
    restored = _round_trip(nlp, marked)
    assert quotation_offsets(restored) == [(0, 46)]
    found = nlp.get_pipe("quote_finder")(restored)
    resolved = nlp.get_pipe("speaker_resolver")(_round_trip(nlp, found))
    doc = nlp(TEXT)
    assert quote_rows(resolved, "d1") == quote_rows(doc, "d1")
    assert any(row["type"] == "DIRECT" and row["actor"] and row["actor_type"] for row in quote_rows(doc, "d1"))
    assert quote_rows(_round_trip(nlp, doc), "d1") == quote_rows(doc, "d1")


def test_the_quote_finder_needs_the_quotation_marker(nlp):
    doc = nlp.get_pipe("news_sentencizer")(nlp.make_doc(TEXT))
    with pytest.raises(ValueError, match="quotation_marker"):
        nlp.get_pipe("quote_finder")(doc)


def test_a_pipeline_saved_before_the_split_gets_the_new_components_in_place(tmp_path):
    old = build_nlp("blank")
    old.remove_pipe("quotation_marker")
    old.remove_pipe("speaker_resolver")
    old.to_disk(tmp_path / "old")
    loaded = build_nlp(str(tmp_path / "old"))
    assert [name for name in loaded.pipe_names if name in PROJECT_COMPONENTS] == list(PROJECT_COMPONENTS)
    assert quote_rows(loaded(TEXT), "d1") == quote_rows(build_nlp("blank")(TEXT), "d1")


def test_doc_text_is_read_once_per_doc_and_kept_while_the_doc_lives(nlp):
    """`doc_text` gives `doc.text` (joined by spaCy on every read), the same string for every
    component, and each Doc its own, also after the retokenizer merged a name."""
    import gc

    from pipeline.phrases import _TEXTS, doc_text

    first, second = nlp.make_doc("Der Minister sagte, das Gesetz komme."), nlp.make_doc("Die Ministerin schwieg.")
    assert doc_text(first) == first.text and doc_text(first) is doc_text(first)
    assert doc_text(second) == second.text
    with first.retokenize() as retokenizer:
        retokenizer.merge(first[0:2])
    assert doc_text(first) == first.text
    kept = len(_TEXTS)
    del second
    gc.collect()
    assert len(_TEXTS) == kept - 1 and doc_text(first) == "Der Minister sagte, das Gesetz komme."


def test_token_offsets_and_morph_features_read_once_per_scope_are_spacys(nlp):
    """`token_starts` and `morph_values` give `token.idx` and `token.morph.get(field)`, inside an
    `indexed_words` scope (read once for the whole Doc) as outside it, and for another Doc its own."""
    from pipeline.phrases import indexed_words, morph_values, token_starts

    doc = nlp.make_doc("Der Minister sagte,  das Gesetz komme bald.")
    doc[2].set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
    doc[5].set_morph("Case=Nom|Gender=Neut|Number=Sing")
    doc[6].set_morph("Mood=Sub|Number=Sing|Person=3|VerbForm=Fin")
    fields = ("Mood", "VerbForm", "Number")

    def read(doc):
        return [(token_starts(doc)[t.i], *(morph_values(t, field) for field in fields)) for t in doc]

    expected = [(t.idx, *(t.morph.get(field) for field in fields)) for t in doc]
    assert expected[6] == (expected[6][0], ["Sub"], ["Fin"], ["Sing"]) and expected[0][1:] == ([], [], [])
    assert read(doc) == expected
    other = nlp.make_doc("Sie schwieg.")
    with indexed_words(doc):
        assert read(doc) == expected and read(doc) == expected  # the second time from what was read
        assert token_starts(other) == [0, 4, 11] and morph_values(other[1], "Mood") == []


def test_morph_indices_are_the_tokens_with_the_feature_inside_a_scope_only(nlp):
    """`morph_indices` gives the indices of the tokens whose `morph_values(token, field)` hold the value
    (read once per `indexed_words` scope, for that Doc only), and None outside a scope."""
    from pipeline.phrases import indexed_words, morph_indices, morph_values

    doc = nlp.make_doc("Der Minister sagte, das Gesetz komme bald, und sie habe recht.")
    doc[2].set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
    doc[5].set_morph("Case=Nom|Gender=Neut|Number=Sing")
    doc[6].set_morph("Mood=Sub|Number=Sing|Person=3|VerbForm=Fin")
    doc[11].set_morph("Mood=Sub|Number=Sing|Person=3|VerbForm=Fin")
    other = nlp.make_doc("Sie schwieg.")
    assert morph_indices(doc, "Mood", "Sub") is None
    with indexed_words(doc):
        assert morph_indices(doc, "Mood", "Sub") == {6, 11} == {t.i for t in doc if "Sub" in morph_values(t, "Mood")}
        assert morph_indices(doc, "VerbForm", "Fin") == {2, 6, 11} and morph_indices(doc, "Mood", "Imp") == set()
        assert morph_indices(doc, "Mood", "Sub") == {6, 11}  # the second time from what was read
        assert morph_indices(other, "Mood", "Sub") is None


def test_token_words_are_the_tokens_texts_read_once_per_doc_and_anew_after_retokenizing(nlp):
    """`token_words` gives each token's text and its lower case, the same tuples for every component
    that asks, and reads them anew once the retokenizer merged tokens; `doc_text` joins them to the
    Doc's text, spaces and line breaks included."""
    from pipeline.phrases import doc_text, token_words

    doc = nlp.make_doc("Der Bundeskanzler sagte in New York, die EU helfe.\n\n  Moskau  schwieg. ")
    assert doc_text(doc) == doc.text
    texts, lowers = token_words(doc)
    assert texts == tuple(t.text for t in doc) and lowers == tuple(t.text.lower() for t in doc)
    assert token_words(doc) is token_words(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[4:6])
    assert token_words(doc)[0] == tuple(t.text for t in doc) and "New York" in token_words(doc)[0]


def test_mentions_of_a_sentence_are_the_same_read_once_or_anew(nlp):
    """`mentions_in(sentence)` and `actor_mentions(doc)` give the mentions of `doc.spans["actors"]`, in
    order, whether `indexed_mentions` has read them once (a slice by start) or they are read anew."""
    from pipeline.phrases import actor_mentions, indexed_mentions, mentions_in

    doc = nlp("Kanzler Olaf Scholz traf in Paris Präsident Emmanuel Macron. Die Opposition kritisierte das. "
              "Moskau schwieg, sagte Außenministerin Annalena Baerbock.")
    sentences = list(doc.sents)
    anew = [[(m.start, m.end) for m in mentions_in(sent)] for sent in sentences]
    with indexed_mentions(doc):
        scoped = [[(m.start, m.end) for m in mentions_in(sent)] for sent in sentences]
        assert [(m.start, m.end) for m in actor_mentions(doc)] == [(m.start, m.end) for m in doc.spans["actors"]]
    assert scoped == anew
    assert [pair for pairs in anew for pair in pairs] == [(m.start, m.end) for m in doc.spans["actors"]]
    assert all(sent.start <= start < sent.end for sent, pairs in zip(sentences, anew) for start, _ in pairs)
    assert anew[0] and anew[2]  # (negative: a mention-free text gives none)
    assert mentions_in(nlp("Es regnete den ganzen Tag.")[:]) == []


def test_a_mentions_fields_read_from_the_docs_user_data_are_what_span_underscore_gives(nlp):
    """`mention_field(span, name)` reads `span._.<name>` without making an Underscore: the same value
    for every actor field of every mention, also one written after the linker; '' where none is set."""
    from pipeline.actor_context import MENTION_FIELDS
    from pipeline.phrases import mention_field

    doc = nlp("Kanzler Olaf Scholz traf in Paris Präsident Emmanuel Macron. Die Opposition kritisierte das.")
    mentions = list(doc.spans["actors"])
    assert mentions and any(mention_field(span, "actor_country") for span in mentions)
    mentions[0]._.actor = "Ein Anderer"
    for span in mentions:
        assert [mention_field(span, name) for name in MENTION_FIELDS] == [
            getattr(span._, name) for name in MENTION_FIELDS]
    assert mention_field(mentions[0], "actor") == "Ein Anderer"
    verb = next(doc[t.i:t.i + 1] for t in doc if t.text == "traf")  # no mention: the defaults
    assert mention_field(verb, "actor") == verb._.actor == "" and mention_field(verb, "mention") == ""


def test_subjunctive_candidates_hold_every_konjunktiv_the_matcher_finds(tagged_nlp):
    """`subjunctive_candidates` passes over only words that `is_subjunctive` (with or without
    Konjunktiv II) and `listed_ki` never hold, so `any_subjunctive` is the scan over all tokens
    (negative: an indicative sentence has no Konjunktiv either way)."""
    nlp = tagged_nlp
    cues = nlp.get_pipe("quote_finder").rules.cues
    for text in ("Er sagte, die Regierung habe keine Pläne, sie wäre aber bereit und käme gern.",
                 "Die Ministerin erklärte, man gebe nicht nach und halte an der Reform fest.",
                 "Die Polizei nahm den Mann fest."):
        span = nlp(text)[:]
        candidates = {t.i for t in cues.subjunctive_candidates(span)}
        for allow in (False, True):
            found = {t.i for t in span if cues.is_subjunctive(t, allow) or cues.listed_ki(t)}
            assert found <= candidates
            assert cues.any_subjunctive(span, allow) == any(cues.is_subjunctive(t, allow) for t in span)
    assert not cues.any_subjunctive(nlp("Die Polizei nahm den Mann fest.")[:], True)


def test_an_infinitive_clause_is_read_from_its_last_three_words_that_are_no_punctuation(nlp):
    """`infinitive_clause`: the clause ends in an infinitive with `zu` in it or among its last three words,
    punctuation after it left aside; a finite ending, or `zu` earlier in a long clause, is none."""
    from pipeline.quotes.clauses import infinitive_clause

    doc = nlp.make_doc("Die Regierung plant, die Steuern im kommenden Jahr deutlich zu senken.")
    assert infinitive_clause(doc[3:13]) and infinitive_clause(doc[3:14])  # (with the full stop)
    doc = nlp.make_doc("mehr Geld für Schulen auszugeben")
    assert infinitive_clause(doc[:])
    doc = nlp.make_doc("zu Beginn der Woche, als der Minister die Pläne vorstellten")  # negative: `zu` too early
    assert not infinitive_clause(doc[:])
    doc = nlp.make_doc("die Regierung senkt die Steuern .")  # negative: no infinitive ending in -n
    assert not infinitive_clause(doc[:]) and not infinitive_clause(doc[5:6])
