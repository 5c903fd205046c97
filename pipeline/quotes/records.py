"""What the quote finder stores on the Doc: `Quote` and `Speaker` records of plain values.

`doc._.quotes` is a property: it reads and writes `doc._.quote_records`, a list of dicts of str,
int and None, so a Doc keeps its quotes through `DocBin(store_user_data=True)`. The `Quote`
objects it returns are fresh copies: change one and assign the list back to keep the change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from spacy.tokens import Doc, Span

from pipeline.phrases import mention_field, single_spaced

JOINERS = ",;:–—("  # punctuation that joins a frame to its content
JUDGEMENT_TYPES = ("ACCUSATION", "REJECTION", "AGREEMENT")  # content cues that give a verdict


@dataclass
class Speaker:
    """Who speaks: the words in the text (`text`, char offsets) and the actor they stand for."""

    text: str
    start: int
    end: int
    actor: str
    actor_country: str
    kind: str  # name, place, group, role, pronoun, description, phrase
    actor_type: str = ""  # codebook: state, government, party, person, organisation, io …
    actor_id: str = ""  # the knowledge base's id where known
    # a plural pronoun's coordinated antecedent (`Merkel und Hollande …. Sie fordern`): its char offsets, whose
    # each actor is a claimant (`coordinated_claimants`); -1 where the speaker takes up no such list
    joined_start: int = -1
    joined_end: int = -1

    def __post_init__(self) -> None:
        self.actor = single_spaced(self.actor)  # a name the text spaces twice is still one name

    @classmethod
    def of_phrase(cls, span: Span) -> "Speaker":
        """Words no lexicon places (`die Richter`, `Kritiker`): the phrase is its own actor, no side."""
        return cls(span.text, span.start_char, span.end_char, span.text, "", "phrase")

    @classmethod
    def of_mention(cls, words: Span, mention: Span) -> "Speaker":
        """The speaker's words (`der ukrainische Präsident Wolodymyr Selenskyj`, `einer Aussendung der
        Kammer`) with the actor and side of the mention that names them."""
        return cls(words.text, words.start_char, words.end_char, mention_field(mention, "actor"),
                   mention_field(mention, "actor_country"), mention_field(mention, "mention") or "name")


# a position whose holder an attribute of its noun names (`die Forderung der Kammer`, `die von der Kammer geforderte
# Reform`): the holder is no subject a second predicate shares, and the position may be one wanted of it
ATTRIBUTE_HOLDER_RULES = frozenset({"reported:noun", "reported:participle"})


@dataclass
class Quote:
    """One speech event; `cue_id` indexes `Lexicons.cues` (None: no lexicon cue)."""

    type: str  # DIRECT, INDIRECT, REPORTED
    cue: str
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    sentence: int
    speaker: Speaker | None
    cue_id: int | None
    rule: str
    extra_cue_tokens: list[int] = field(default_factory=list)
    cue_spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each cue word

    def cue_char_spans(self) -> list[tuple[int, int]]:
        """The cue's words (`hatte … gesagt`, `teilte … mit`) without the words between them."""
        if self.cue_spans:
            return self.cue_spans
        return [(self.cue_start, self.cue_end)] if self.cue_start >= 0 else []

    def content_span(self, doc: Doc) -> Span | None:
        """The tokens of the reported content, its character offsets widened to whole tokens."""
        return doc.char_span(self.content_start, self.content_end, alignment_mode="expand")

    def content_char_spans(self, text: str) -> list[tuple[int, int]]:
        """The reported content without its frame: the cue and speaker words cut out and the
        punctuation that joined them trimmed (`Ein Tatverdacht bestehe | nicht mehr`)."""
        frame = {i for start, end in self.cue_char_spans() for i in range(start, end)}
        if self.speaker is not None and self.speaker.start >= 0:
            frame.update(range(self.speaker.start, self.speaker.end))
        spans, start = [], None
        for i in range(self.content_start, self.content_end + 1):
            inside = i < self.content_end and i not in frame
            if inside and start is None:
                start = i
            elif not inside and start is not None:
                spans.append(trimmed(text, start, i))
                start = None
        return [(a, b) for a, b in spans if b > a]

    def row(self, doc_id: str) -> dict:
        return record_row(self.to_record(), doc_id)

    def to_record(self) -> dict:
        """Plain values only (msgpack-safe), as stored on the Doc: what `dataclasses.asdict` gives,
        without its deep copies (every component that changes the quotes stores them again)."""
        record = {name: getattr(self, name) for name in QUOTE_FIELDS}
        speaker = self.speaker
        record["speaker"] = None if speaker is None else {name: getattr(speaker, name) for name in SPEAKER_FIELDS}
        record["extra_cue_tokens"] = list(self.extra_cue_tokens)
        record["cue_spans"] = [tuple(span) for span in self.cue_spans]
        return record

    @classmethod
    def from_record(cls, record: dict) -> Quote:
        """The inverse of `to_record` (msgpack gives lists where tuples were written)."""
        speaker = record["speaker"]
        return cls(**{**record, "speaker": Speaker(**speaker) if speaker is not None else None,
                      "extra_cue_tokens": list(record["extra_cue_tokens"]),
                      "cue_spans": [(a, b) for a, b in record["cue_spans"]]})


QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
SPEAKER_FIELDS = tuple(f.name for f in fields(Speaker))


def quotes_by_sentence(quotes: list[Quote]) -> dict[int, list[Quote]]:
    """The quotes of each sentence (by `Quote.sentence`), in their order."""
    by_sentence: dict[int, list[Quote]] = {}
    for quote in quotes:
        by_sentence.setdefault(quote.sentence, []).append(quote)
    return by_sentence


def _get_quotes(doc: Doc) -> list[Quote] | None:
    records = doc._.quote_records
    return None if records is None else [Quote.from_record(r) for r in records]


def _set_quotes(doc: Doc, quotes: list[Quote] | None) -> None:
    doc._.quote_records = None if quotes is None else [q.to_record() for q in quotes]


if not Doc.has_extension("quote_records"):
    Doc.set_extension("quote_records", default=None)
if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", getter=_get_quotes, setter=_set_quotes)


def quote_rows(doc: Doc, doc_id: str) -> list[dict]:
    """The rows of quotes.csv for one document, from its quote records (no `Quote` made of each)."""
    return [record_row(record, doc_id) for record in doc._.quote_records or []]


def record_row(record: dict, doc_id: str) -> dict:
    """The row of quotes.csv for a quote's record (`Quote.to_record`)."""
    s = record["speaker"]
    return {"doc_id": doc_id, "sentence_id": record["sentence"], "type": record["type"], "cue": record["cue"],
            "cue_start": record["cue_start"], "cue_end": record["cue_end"],
            "speaker": s["text"] if s else "", "speaker_start": s["start"] if s else None,
            "speaker_end": s["end"] if s else None, "quote_start": record["content_start"],
            "quote_end": record["content_end"], "actor": s["actor"] if s else "",
            "actor_country": s["actor_country"] if s else "", "actor_type": s["actor_type"] if s else "",
            "actor_id": s["actor_id"] if s else ""}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) without the spaces and joining punctuation at either edge."""
    while start < end and (text[start].isspace() or text[start] in JOINERS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in JOINERS):
        end -= 1
    return start, end


def tidy_speaker(speaker: Speaker, text: str) -> Speaker:
    """The speaker's words without the commas or brackets a phrase picked up at its edges; a phrase
    that is its own actor (`Der Sprecher des Vereins, ein früherer Richter,`) loses them there too."""
    start, end = trimmed(text, speaker.start, speaker.end)
    while end > start and text[end - 1] in ")" and text.count("(", start, end) < text.count(")", start, end):
        end = trimmed(text, start, end - 1)[1]
    if (start, end) == (speaker.start, speaker.end) or end <= start:
        return speaker
    actor = text[start:end] if speaker.kind == "phrase" and speaker.actor == speaker.text else speaker.actor
    return replace(speaker, text=text[start:end], start=start, end=end, actor=actor)


def with_profile(speaker: Speaker, profiles: dict[str, tuple[str, str]]) -> Speaker:
    """The speaker with the actor type and knowledge-base id of its actor (`Speaker.kind` for the
    actors no mention types: a description or pronoun of a person is a person)."""
    if speaker.actor_type:
        return speaker
    actor_type, actor_id = profiles.get(speaker.actor, ("", ""))
    if not actor_type and speaker.actor and speaker.actor_country:
        actor_type = {"name": "person", "pronoun": "person", "description": "person"}.get(speaker.kind, "")
    return replace(speaker, actor_type=actor_type, actor_id=actor_id)
