"""The selective parser: the model's parser on the sentences the rules read, flat trees elsewhere,
the same sentences, quotes and claims as with the whole parse."""

import pytest

from pipeline.nlp import BUNDLED_MODEL, SELECTIVE_PARSER, build_nlp
from pipeline.parsing import FLAT_LABEL

TEXT = ("Wien – Die Regierung forderte am Montag Neuwahlen. Das Wetter im Gebirge blieb trüb. "
        "Der Hund schlief im Garten. Der Minister sagte, die Lage sei ernst. "
        "„Wir werden nicht nachgeben“, erklärte Bundeskanzler Werner Faymann. "
        "Die Opposition wies die Vorwürfe zurück. Am Abend regnete es in Salzburg.")


@pytest.fixture(scope="module")
def whole_parse_nlp():
    """The same pipeline with the model's parser on every sentence (as before the swap)."""
    if not (BUNDLED_MODEL / "meta.json").exists():
        pytest.skip("bundled model not present")
    nlp = build_nlp(str(BUNDLED_MODEL))
    nlp.enable_pipe("parser")
    nlp.disable_pipe(SELECTIVE_PARSER)
    return nlp


def test_the_model_parser_is_swapped_for_the_selective_one(tagged_nlp):
    assert "parser" in tagged_nlp.disabled and SELECTIVE_PARSER in tagged_nlp.pipe_names
    assert tagged_nlp.pipe_names.index(SELECTIVE_PARSER) < tagged_nlp.pipe_names.index("actor_linker")
    assert SELECTIVE_PARSER not in build_nlp("blank").component_names  # no parser, nothing to swap


def test_only_sentences_that_may_hold_speech_are_parsed(tagged_nlp):
    doc = tagged_nlp(TEXT)
    labels = {sent.text: {t.dep_ for t in sent} for sent in doc.sents}
    assert labels["Das Wetter im Gebirge blieb trüb."] == {"ROOT", FLAT_LABEL}
    assert labels["Der Hund schlief im Garten."] == {"ROOT", FLAT_LABEL}
    assert "nsubj" in labels["Der Minister sagte, die Lage sei ernst."]
    assert "nsubj" in labels["Wien – Die Regierung forderte am Montag Neuwahlen."]


def test_sentences_quotes_and_claims_are_those_of_the_whole_parse(tagged_nlp, whole_parse_nlp):
    selective, whole = tagged_nlp(TEXT), whole_parse_nlp(TEXT)
    assert [s.text for s in selective.sents] == [s.text for s in whole.sents]
    assert [(q.cue, q.speaker.text, q.rule) for q in selective._.quotes] == \
        [(q.cue, q.speaker.text, q.rule) for q in whole._.quotes]
    assert [(c.actor, c.claim_type) for c in selective._.claims] == [(c.actor, c.claim_type) for c in whole._.claims]
    assert len(selective._.claims) >= 3
    # a sentence the rules read has the whole parse's tree
    minister = next(s for s in selective.sents if s.text.startswith("Der Minister"))
    same = next(s for s in whole.sents if s.text.startswith("Der Minister"))
    assert [(t.dep_, t.head.i) for t in minister] == [(t.dep_, t.head.i) for t in same]


def test_a_saved_pipeline_keeps_the_swap(tagged_nlp, tmp_path):
    tagged_nlp.to_disk(tmp_path / "saved")
    loaded = build_nlp(str(tmp_path / "saved"))
    assert "parser" in loaded.disabled and SELECTIVE_PARSER in loaded.pipe_names
    assert [(t.dep_, t.head.i) for t in loaded(TEXT)] == [(t.dep_, t.head.i) for t in tagged_nlp(TEXT)]
