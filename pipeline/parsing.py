"""The registered component `selective_parser`: the base model's dependency parser, run only on the
sentences the quote rules read, the only ones whose parse any rule asks for. A sentence is parsed
when it has a word of any cue (`CueMatcher.may_cue`), a quotation mark, a colon, a complementizer
(`dass`) or a verb in the Konjunktiv; every other sentence gets a flat tree (its first token the
root, every other token attached to it with the label `dep`), so its boundaries stay as the
sentencizer set them. About four fifths of the words of news lie in such sentences; the parser is
the slowest component of the bundled model (`make bench`).

The model's own `parser` stays in the pipeline, disabled: `build_nlp` swaps it for this component,
which runs it on copies of the chosen sentences (`Span.as_doc`, with the shared token vectors of
`tok2vec` in `doc.tensor`) and writes their heads and labels back into the document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from pipeline.bundle import LexiconBundle, LexiconComponent
from pipeline.phrases import QUOTE_PAIRS
from pipeline.quotes.cues import CueMatcher

FLAT_LABEL = "dep"
QUOTE_MARKS = frozenset("".join(QUOTE_PAIRS) + "".join(QUOTE_PAIRS.values()) + "\"'")


class SelectiveParser(LexiconComponent):
    """Parse the sentences that need a parse with the pipeline's `parser`; flat trees elsewhere."""

    def __init__(self, nlp: Language, name: str, parser_name: str = "parser", batch_size: int = 256):
        self.nlp, self.name, self.parser_name, self.batch_size = nlp, name, parser_name, batch_size
        self.cues: CueMatcher | None = None
        self.complementizers: frozenset[str] = frozenset()

    def setup(self, bundle: LexiconBundle) -> None:
        self.cues = CueMatcher(bundle.lexicons)
        self.complementizers = bundle.lexicons.word_class("complementizer")

    def needs_parse(self, sent: Span) -> bool:
        """Whether a rule may read the sentence's parse: it may hold speech or a claim."""
        cues = self.cues
        return any(cues.may_cue(t) or t.text in QUOTE_MARKS or t.text == ":" or t.lower_ in self.complementizers
                   or cues.konjunktiv_i_form(t) or "Sub" in t.morph.get("Mood") for t in sent)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        if self.cues is None:
            raise ValueError(f"component {self.name!r} has no lexicons: call its initialize() (build_nlp does)")
        parser = self.nlp.get_pipe(self.parser_name)
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            chosen = [[s for s in doc.sents if self.needs_parse(s)] for doc in batch]
            parsed = iter(parser.pipe([s.as_doc() for sents in chosen for s in sents], batch_size=self.batch_size))
            for doc, sents in zip(batch, chosen):
                yield _with_trees(doc, [(s.start, next(parsed)) for s in sents])


def _with_trees(doc: Doc, trees: list[tuple[int, Doc]]) -> Doc:
    """The document with the parsed sentences' heads and labels (each at its start token) and a flat
    tree for every other sentence."""
    if not len(doc):
        return doc
    heads = numpy.zeros(len(doc), dtype="int64")
    labels = numpy.full(len(doc), doc.vocab.strings.add(FLAT_LABEL), dtype="uint64")
    root = doc.vocab.strings.add("ROOT")
    for sent in doc.sents:
        heads[sent.start:sent.end] = sent.start - numpy.arange(sent.start, sent.end)
        labels[sent.start] = root
    for start, tree in trees:
        parsed = tree.to_array([HEAD, DEP])  # heads relative to each token, as `from_array` takes them
        heads[start:start + len(tree)] = parsed[:, 0].astype("int64")
        labels[start:start + len(tree)] = parsed[:, 1]
    doc.from_array([HEAD, DEP], numpy.stack([heads.astype("uint64"), labels], axis=1))
    return doc


@Language.factory("selective_parser", requires=["token.is_sent_start", "token.morph", "doc.tensor"],
                  assigns=["token.dep", "token.head", "token.is_sent_start"],
                  default_config={"parser_name": "parser", "batch_size": 256})
def create_selective_parser(nlp: Language, name: str, parser_name: str, batch_size: int) -> SelectiveParser:
    """The pipeline's parser on the sentences that need it; its lexicons (the cues) come with
    `initialize(lexicons=…)` and are saved with the pipeline."""
    return SelectiveParser(nlp, name, parser_name, batch_size)
