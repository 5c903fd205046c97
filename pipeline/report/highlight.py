"""The document view: each text with its claim sentences marked (<mark data-claim-id>) and its
page furniture, headings and byline styled, all HTML-escaped."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pandas as pd

TYPE_COLOURS = {"DEMAND": "#E69F00", "CONCESSION": "#009E73", "REJECTION": "#D55E00", "THREAT": "#882255",
                "PROPOSAL": "#56B4E9", "AGREEMENT": "#0072B2", "ACCUSATION": "#CC79A7", "STATEMENT": "#8C8C8C"}
OTHER_COLOUR = "#6B6B6B"


def e(value: object) -> str:
    """HTML-escaped text ('' for missing values)."""
    return html.escape("" if value is None or value is pd.NA else str(value), quote=True)


def css_class(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", value) or "NONE"


def colour(claim_type: str) -> str:
    return TYPE_COLOURS.get(claim_type, OTHER_COLOUR)


def rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


@dataclass(frozen=True)
class _Span:
    index: int
    start: int
    end: int
    claim_id: str
    claim_type: str
    tooltip: str


def _claim_span(text: str, index: int, row) -> _Span:
    """The claim's [start, end) in `text`; found by its sentence when the offsets do not fit."""
    start = -1 if pd.isna(row.start) else int(row.start)
    end = -1 if pd.isna(row.end) else int(row.end)
    if not (0 <= start < end <= len(text)) or (row.sentence and text[start:end] != row.sentence):
        found = text.find(row.sentence) if row.sentence else -1
        start, end = (found, found + len(row.sentence)) if found >= 0 else (max(0, min(start, len(text))),) * 2
    polarity = "" if pd.isna(row.polarity) else f"{int(row.polarity):+d}" if int(row.polarity) else "0"
    tooltip = f"{row.actor} ({row.actor_country}) · {row.claim_type} · {row.issue} · polarity {polarity}"
    return _Span(index, start, end, str(row.claim_id or index), str(row.claim_type), tooltip)


def _mark(span: _Span, inner: str, first: bool) -> str:
    css = f"claim t-{css_class(span.claim_type)}" + ("" if first else " cont")
    return (f'<mark class="{css}" data-claim-id="{e(span.claim_id)}" data-i="{span.index}" '
            f'title="{e(span.tooltip)}">{inner}</mark>')


def highlight(text: str, spans: list[_Span], styles: list[tuple[int, int, str]] = ()) -> str:
    """HTML of `text` with one <mark data-claim-id> per span (nested where spans share text, split
    into pieces where they cross) and <span class=...> for the paragraph styles."""
    bounds = {0, len(text)}
    for span in spans:
        bounds.update((span.start, span.end))
    for start, end, _ in styles:
        bounds.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    order = sorted(spans, key=lambda s: (s.start, -s.end, s.index))
    opened: set[int] = set()
    pieces, previous = [], ""
    points = sorted(bounds)
    for a, b in zip(points, points[1:]):
        piece = e(text[a:b])
        for span in reversed([s for s in order if s.start <= a and b <= s.end]):
            piece = _mark(span, piece, span.index not in opened)
            opened.add(span.index)
        style = next((css for start, end, css in styles if start <= a and b <= end), "")
        if style == "bp" and previous != "bp" and text[a:b].strip():
            pieces.append('<span class="bp-marker" title="page furniture (boilerplate) hidden">[…]</span>')
        if not style and piece == e(text[a:b]):  # plain text between claims: no runs of blank lines
            piece = _BLANK_LINES.sub("\n\n", piece)
        pieces.append(f'<span class="{style}">{piece}</span>' if style else piece)
        previous = style if style or text[a:b].strip() else previous
    for span in order:  # empty or unplaceable spans still get their (empty) mark
        if span.index not in opened:
            pieces.append(_mark(span, "", True).replace('class="claim', 'class="claim missing', 1))
    return "".join(pieces)


_BLANK_LINES = re.compile(r"\n[ \t\r]*\n(?:[ \t\r]*\n)+")
_PARAGRAPH_STYLES = {"boilerplate": "bp", "title": "hd", "heading": "hd", "byline": "by"}


def _merge_styles(text: str, styles: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join neighbouring ranges of the same style when only whitespace lies between them."""
    merged: list[tuple[int, int, str]] = []
    for start, end, css in sorted(styles):
        if merged and merged[-1][2] == css and not text[merged[-1][1]:start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), css)
        else:
            merged.append((start, end, css))
    return merged


def document_html(doc: pd.Series, text: str | None, paragraphs: list, claims: list[tuple[int, object]],
                  open_: bool) -> str:
    """One <details> per document: title, outlet, date, author and the highlighted text.
    `paragraphs`: the document's rows of paragraphs.csv; `claims`: (position in the report, row)
    of its claims (rows as `DataFrame.itertuples` gives them)."""
    doc_id = str(doc["doc_id"])
    if text is None:  # no texts.jsonl: the claim sentences alone
        text = "\n\n".join(dict.fromkeys(row.sentence for _, row in claims))
        claims = [(i, row._replace(start=pd.NA, end=pd.NA)) for i, row in claims]
    spans = [_claim_span(text, int(i), row) for i, row in claims]
    styles = _merge_styles(text, [(int(p.start), int(p.end), _PARAGRAPH_STYLES[p.kind]) for p in paragraphs
                                  if p.kind in _PARAGRAPH_STYLES and not pd.isna(p.start) and not pd.isna(p.end)])
    meta = " · ".join(e(v) for v in (doc.get("source", ""), doc.get("date", ""), doc.get("author", "")) if v)
    title = e(doc.get("title", "") or doc_id)
    return (f'<details class="doc" id="doc-{e(doc_id)}" data-doc-id="{e(doc_id)}"{" open" if open_ else ""}>'
            f'<summary><span class="doctitle">{title}</span> <span class="count">{len(claims)} claims</span>'
            f'<span class="docmeta">{e(doc_id)}{" · " + meta if meta else ""}</span></summary>'
            f'<div class="text" lang="de">{highlight(text, spans, styles)}</div></details>')
