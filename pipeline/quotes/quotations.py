"""The registered component `quotation_marker`: marks every quoted passage („…“, »…«, "…") of the
text as `doc.spans["quotations"]`, before any rule reads them. Punctuation only, no lexicon.

A quotation's marks need not fall on token boundaries (`„Ja“-Stimmen` is one token after `„`), so
each span covers the tokens around the passage and keeps the marks' exact character offsets as
`span._.quotation_chars` (a pair of ints: a plain value that `DocBin` keeps). `quotation_offsets`
reads them back, in text order, for the quote rules.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.phrases import doc_text
from pipeline.quotes.clauses import Blocked, quotation_spans

QUOTATIONS = "quotations"  # the key in doc.spans

if not Span.has_extension("quotation_chars"):
    Span.set_extension("quotation_chars", default=None)


class QuotationMarker:
    """Write the quotations of the text to `doc.spans["quotations"]` (an empty group: none)."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end in quotation_spans(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            span._.quotation_chars = (start, end)
            spans.append(span)
        doc.spans[QUOTATIONS] = spans
        return doc


def quotation_offsets(doc: Doc) -> Blocked:
    """(start, end) character offsets of the document's quotations, marks included, in text order."""
    group = doc.spans.get(QUOTATIONS)
    if group is None:
        raise ValueError("no doc.spans['quotations']: the component 'quotation_marker' must run before "
                         "the quote rules (build_nlp adds it)")
    return [tuple(span._.quotation_chars) for span in group]


@Language.factory("quotation_marker", assigns=["doc.spans", "span._.quotation_chars"])
def create_quotation_marker(nlp: Language, name: str) -> QuotationMarker:
    """The quotation marker; it needs no lexicons and saves nothing."""
    return QuotationMarker()
