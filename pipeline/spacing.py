"""Runs of spaces inside a line (`Stavros  Theodorakis`, `die  Regierung` as scraped).

spaCy's tokenizer keeps one space as a token's trailing whitespace and makes a whitespace token
of each further one, so the entity recognizer reads `Stavros ␣ Theodorakis` and finds
`Theodorakis` alone (the speaker becomes `Stavros`, or nobody). `space_runs` runs after the base
model and, for a document with such runs, recognizes the entities again on a copy without those
whitespace tokens (one space between the words), then sets them on the document over the same
words, the whitespace inside included. The text, its tokens, their tags and parse, and so every
character offset, stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch


def inner_space_runs(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens that hold only spaces and follow a word: the extra spaces
    of a run within a line (a line break is left as it is: it ends a sentence)."""
    if "  " not in doc.text:
        return []
    return [t.i for t in doc if t.i > 0 and t.text.strip(" ") == "" and not doc[t.i - 1].is_space]


def without_runs(doc: Doc, dropped: list[int]) -> tuple[Doc, list[int]]:
    """A copy of `doc`'s words without the `dropped` tokens (the word before each keeps one space),
    with the index in `doc` of each of its tokens."""
    skip = set(dropped)
    kept = [i for i in range(len(doc)) if i not in skip]
    spaces = [bool(doc[i].whitespace_) or i + 1 in skip for i in kept]
    return Doc(doc.vocab, words=[doc[i].text for i in kept], spaces=spaces), kept


def map_entities(doc: Doc, copy: Doc, kept: list[int]) -> None:
    """The entities of `copy` on `doc`, each from its first to its last word (`kept`: where each
    token of the copy is in `doc`)."""
    doc.ents = [Span(doc, kept[ent.start], kept[ent.end - 1] + 1, label=ent.label, kb_id=ent.kb_id)
                for ent in copy.ents]


def entity_components(nlp: Language) -> list[str]:
    """The trained components the entity recognizer needs: `ner` and the tok2vec it listens to, if
    it shares one (the bundled model's has its own: the tagger and parser need not run again)."""
    listened = {name for name, pipe in nlp.pipeline if "ner" in getattr(pipe, "listening_components", ())}
    return [name for name in nlp.pipe_names if name == "ner" or name in listened]


class SpaceRuns:
    """Recognize the entities of documents with runs of spaces again through the base model's
    `components`, on copies without the extra whitespace tokens."""

    def __init__(self, nlp: Language, name: str, components: list[str]):
        self.nlp, self.name, self.components = nlp, name, components

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            yield from self._annotate(batch)

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        spaced = [(doc, runs) for doc in docs if (runs := inner_space_runs(doc))]
        components = [self.nlp.get_pipe(name) for name in self.components if name in self.nlp.pipe_names]
        if not spaced or not components:
            return docs
        copies = [without_runs(doc, runs) for doc, runs in spaced]
        annotated = [copy for copy, _ in copies]
        for component in components:
            annotated = list(component.pipe(annotated) if hasattr(component, "pipe") else map(component, annotated))
        for (doc, _), copy, (_, kept) in zip(spaced, annotated, copies):
            if copy.has_annotation("ENT_IOB"):
                map_entities(doc, copy, kept)
        return docs


@Language.factory("space_runs", assigns=["doc.ents"], default_config={"components": []})
def create_space_runs(nlp: Language, name: str, components: list[str]) -> SpaceRuns:
    """The recognizer of entities across runs of spaces; `components`: the base model's that it
    runs again (`build_nlp` names them: `entity_components`). It needs no lexicons and saves nothing."""
    return SpaceRuns(nlp, name, components)
