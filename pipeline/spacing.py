"""Runs of spaces inside a line (`Stavros  Theodorakis`, `die  Regierung` as scraped).

spaCy's tokenizer keeps one space as a token's trailing whitespace and makes a whitespace token
of each further one, so the entity recognizer reads `Stavros ␣ Theodorakis` and finds
`Theodorakis` alone (the speaker becomes `Stavros`, or nobody). `space_runs` runs after the base
model and, for each sentence with such runs, recognizes the entities again on a copy without those
whitespace tokens (one space between the words), then sets them on the document over the same
words, the whitespace inside included, in place of the sentence's own. The text, its tokens,
their tags and parse, and so every character offset, stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from pipeline.phrases import doc_text, indexed_words, sentence_bounds, token_words


def inner_space_runs(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens that hold only spaces and follow a word: the extra spaces
    of a run within a line (a line break is left as it is: it ends a sentence)."""
    if "  " not in doc_text(doc):
        return []
    texts = token_words(doc)[0]  # (by index: no Token made of every word; `is_space` is `str.isspace`)
    return [i for i, text in enumerate(texts) if text[0] == " " and i and not text.strip(" ")
            and not texts[i - 1].isspace()]


def sentences_with_runs(doc: Doc, runs: list[int]) -> list[Span]:
    """The sentences that hold the `runs` (each once, in order); the whole text where nothing split it.
    The bounds come from `sentence_bounds`, which reads the sentence starts once (`Token.sent` walks the
    sentence for each run) and keeps them for the later components."""
    if not doc.has_annotation("SENT_START"):
        return [doc[:]]
    with indexed_words(doc):
        bounds = dict(sentence_bounds(doc, i) for i in runs)
    return [doc[start:end] for start, end in bounds.items()]


def without_runs(span: Span, dropped: set[int]) -> tuple[Doc, list[int]]:
    """A copy of `span`'s words without the `dropped` tokens (the word before each keeps one space),
    with the index in the Doc of each of its tokens (words and spaces read by index: no Token made)."""
    doc = span.doc
    texts, spaces = token_words(doc)[0], doc.to_array(SPACY)[span.start:span.end].tolist()
    kept = [i for i in range(span.start, span.end) if i not in dropped]
    trailing = [bool(spaces[i - span.start]) or i + 1 in dropped for i in kept]
    return Doc(doc.vocab, words=[texts[i] for i in kept], spaces=trailing), kept


def map_entities(doc: Doc, copies: list[tuple[Span, Doc, list[int]]]) -> None:
    """The entities of each sentence's copy on `doc` in place of the sentence's own, each from its
    first to its last word (`kept`: where each token of the copy is in `doc`)."""
    redone = [(sentence.start, sentence.end) for sentence, _, _ in copies]
    kept_ents = [ent for ent in doc.ents if not any(ent.start < end and start < ent.end for start, end in redone)]
    new_ents = [Span(doc, kept[ent.start], kept[ent.end - 1] + 1, label=ent.label, kb_id=ent.kb_id)
                for _, copy, kept in copies for ent in copy.ents]
    doc.ents = sorted(kept_ents + new_ents, key=lambda ent: ent.start)


def entity_components(nlp: Language) -> list[str]:
    """The trained components the entity recognizer needs: `ner` and the tok2vec it listens to, if
    it shares one (the bundled model's has its own: the tagger and parser need not run again)."""
    listened = {name for name, pipe in nlp.pipeline if "ner" in getattr(pipe, "listening_components", ())}
    return [name for name in nlp.pipe_names if name == "ner" or name in listened]


class SpaceRuns:
    """Recognize the entities of sentences with runs of spaces again through the base model's
    `components`, on copies of them without the extra whitespace tokens."""

    def __init__(self, nlp: Language, name: str, components: list[str]):
        self.nlp, self.name, self.components = nlp, name, components

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            yield from self._annotate(batch)

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        components = [self.nlp.get_pipe(name) for name in self.components if name in self.nlp.pipe_names]
        spaced = [(doc, runs) for doc in docs if (runs := inner_space_runs(doc))] if components else []
        copies = [(doc, sentence, *without_runs(sentence, set(runs)))
                  for doc, runs in spaced for sentence in sentences_with_runs(doc, runs)]
        annotated = [copy for _, _, copy, _ in copies]
        for component in components:
            annotated = list(component.pipe(annotated) if hasattr(component, "pipe") else map(component, annotated))
        redone: dict[int, tuple[Doc, list[tuple[Span, Doc, list[int]]]]] = {}
        for (doc, sentence, _, kept), copy in zip(copies, annotated):
            redone.setdefault(id(doc), (doc, []))[1].append((sentence, copy, kept))
        for doc, sentences in redone.values():
            map_entities(doc, sentences)
        return docs


@Language.factory("space_runs", assigns=["doc.ents"], default_config={"components": []})
def create_space_runs(nlp: Language, name: str, components: list[str]) -> SpaceRuns:
    """The recognizer of entities across runs of spaces; `components`: the base model's that it
    runs again (`build_nlp` names them: `entity_components`). It needs no lexicons and saves nothing."""
    return SpaceRuns(nlp, name, components)
