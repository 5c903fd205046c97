"""Noun phrases of speakers and sources, as German news writes them: an actor mention or a head
noun widened over articles and adjectives, genitive and `von` attributes, a bracket (`(CDU)`) and
an apposition between commas (`Ein Sprecher der Polizei, Lars Beringer`). Used by `pipeline/quotes/`.
Works with the tagger's parts of speech, and by spelling alone on a blank pipeline.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import IDX, MORPH, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span, SpanGroup, Token

from pipeline.lexicons import Lexicons, common_noun_by_lexicons

NOUNISH = {"NOUN", "PROPN", "X"}
QUOTE_PAIRS = {"„": "“”\"", "»": "«", "«": "»", "\"": "\"", "“": "”"}
CLOSING_MARKS = frozenset(mark for closers in QUOTE_PAIRS.values() for mark in closers)
APOSTROPHES = ("'", "’")
BRAND_NAME = re.compile(r"[a-z]+(?:-[a-z]+|\d+)\w*")  # `n-tv`, `n24`: names that open in lower case
# `42-jährige`, `3-fache`, `100-prozentige`: a number joined to a lower-case adjective (the tagger may call it a noun)
NUMERIC_ADJECTIVE = re.compile(r"\d+(?:[.,]\d+)?-[a-zäöüß]+")


def numeric_adjective(token: Token) -> bool:
    """`42-jährige`, `3-fache`: a number joined by a hyphen to a lower-case adjective, an attribute
    inside a noun phrase (`der 42-jährige Moderator`), whatever the tagger reads it as."""
    return NUMERIC_ADJECTIVE.fullmatch(token.text) is not None


def mention_field(span: Span, name: str) -> str:
    """`span._.<name>` of a mention's actor field (`actor`, `actor_country`, `mention` …: string
    extensions, default ''), read where spaCy keeps it, `doc.user_data` under the span's characters:
    each `span._` makes a new Underscore and each read looks the field up again (microseconds)."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char), "")


def is_person_name(span: Span) -> bool:
    """An actor mention that is a person's name (`Manfred Berg`), not a role or a group."""
    return span.label_ == "PER" and mention_field(span, "mention") == "name"


def mention_at(doc: Doc, i: int) -> Span | None:
    """The actor mention covering token i: a dict lookup inside `indexed_mentions(doc)`, else a
    binary search of `doc.spans["actors"]` (sorted, and its spans do not overlap: both writers
    filter them). Nothing is kept on the Doc, so there is no index anyone must clear."""
    scoped = _scoped_mentions(doc)
    if scoped is not None:
        return scoped[0].get(i)
    mentions = doc.spans.get("actors")
    if not mentions:
        return None
    k = bisect_right(mentions, i, key=_start) - 1
    span = mentions[k] if k >= 0 else None
    return span if span is not None and span.end > i else None


def actor_mentions(doc: Doc) -> Sequence[Span]:
    """The document's actor mentions, in order: those `indexed_mentions(doc)` read once, else
    `doc.spans["actors"]` (which makes its Spans anew on every read)."""
    scoped = _scoped_mentions(doc)
    return scoped[1] if scoped is not None else doc.spans.get("actors", [])


def mentions_in(words: Span) -> list[Span]:
    """The actor mentions that start inside `words` (a sentence), in order: a slice of the mentions
    `indexed_mentions(doc)` read once, else read from `doc.spans["actors"]` (which makes its Spans anew)."""
    scoped = _scoped_mentions(words.doc)
    if scoped is not None:
        mentions = scoped[1]
        return mentions[bisect_left(mentions, words.start, key=_start):bisect_left(mentions, words.end, key=_start)]
    return [span for span in words.doc.spans.get("actors", []) if words.start <= span.start < words.end]


def first_mention(words: Span, fits: Callable[[Span], bool] = lambda mention: True) -> Span | None:
    """The first actor mention over a token of `words` that `fits` (`aus dem Büro des
    Ministerpräsidenten X`: the person, when places are not wanted)."""
    return next((m for t in words if (m := mention_at(words.doc, t.i)) is not None and fits(m)), None)


@contextmanager
def indexed_mentions(doc: Doc) -> Iterator[None]:
    """While the block runs (one component's call), `mention_at`, `actor_mentions` and `mentions_in`
    answer from the mentions of `doc.spans["actors"]` read once and a token index of them; both are
    dropped on exit and ignored once the group is replaced."""
    group = doc.spans.get("actors")
    mentions = list(group or [])
    index = {j: span for span in mentions for j in range(span.start, span.end)}
    reset = _SCOPED_INDEX.set((doc, group, index, mentions))
    try:
        yield
    finally:
        _SCOPED_INDEX.reset(reset)


def _scoped_mentions(doc: Doc) -> tuple[dict[int, Span], list[Span]] | None:
    """The token index and the mentions `indexed_mentions` read of this Doc's actors, while it runs
    and the group is still the one it read; else None."""
    scoped = _SCOPED_INDEX.get()
    # (`SpanGroups` is a `UserDict`: its `data` is read in one call, its `get` takes three in Python)
    if scoped is not None and scoped[0] is doc and doc.spans.data.get("actors") is scoped[1]:
        return scoped[2], scoped[3]
    return None


def _start(span: Span) -> int:
    return span.start


def inline_space(token: Token) -> bool:
    """A whitespace token of a run of spaces within a line (a scraped text's `vom  Zentralrat`), which is no
    word of a phrase; a line break is none: it ends the phrase."""
    return token.is_space and "\n" not in token.text


def word_before(doc: Doc, i: int, lo: int = 0) -> int:
    """The index of the word written right before token i, past the whitespace tokens of a run of spaces
    (`inline_space`: `Chefökonom  Chris Williamson` as scraped); lo - 1 where none is left from lo on."""
    texts = token_words(doc)[0]  # (by index: no Token made of each word; `inline_space` read from its text)
    i -= 1
    while i >= lo and texts[i].isspace() and "\n" not in texts[i]:  # (`Token.is_space` is `str.isspace` of its text)
        i -= 1
    return max(i, lo - 1)


def word_after(doc: Doc, i: int, hi: int | None = None) -> int:
    """The index of the first word from token i on, past the whitespace tokens of a run of spaces
    (`inline_space`: `Williamson  ,` as scraped); hi (the Doc's end by default) where none is left."""
    hi = len(doc) if hi is None else hi
    texts = token_words(doc)[0]
    while i < hi and texts[i].isspace() and "\n" not in texts[i]:  # (`inline_space` read from its text)
        i += 1
    return min(i, hi)


def tokens_of(doc: Doc | Span, start: int, end: int) -> Iterator[Token]:
    """The tokens of `doc[start:end]`, the slice's bounds read as spaCy reads them, without making the Span
    (`Doc.__getitem__` normalizes a slice in Python and makes a Span, whose iteration makes each Token anyway)."""
    n = len(doc)
    if start is not None and end is not None and start >= 0 and end >= 0:  # (nearly every slice: no slice object)
        return map(doc.__getitem__, range(start, min(end, n)))
    return map(doc.__getitem__, range(*slice(start, end).indices(n)[:2]))


def single_spaced(name: str) -> str:
    """A name as written with one space between its words (`Stavros  Theodorakis` as scraped)."""
    return " ".join(name.split()) if "  " in name or "\n" in name else name


def token_words(doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every token's text and its lower case (`str.lower`), by token index, so that a rule scanning
    a sentence for a word (a comma, a bracket, a hedge) slices a tuple instead of making a Token of
    every word. Read once per Doc, for all components, from the tokens' ORTH ids (no Token made);
    read anew when the Doc's tokens changed in number (the retokenizer)."""
    scoped = _SCOPED_WORDS.get()
    if scoped is not None and scoped[0] is doc:
        return scoped[1]
    words = _WORDS.get(doc)
    if words is None or len(words[0]) != len(doc):
        orths = doc.to_array(ORTH).tolist()
        texts = list(map(_ORTH_TEXTS.get, orths))  # (the memo read in C: most words were seen before)
        if None in texts:
            if len(_ORTH_TEXTS) >= ORTH_MEMO_SIZE:
                _ORTH_TEXTS.clear()
            strings = doc.vocab.strings
            for k, orth in enumerate(orths):
                if texts[k] is None:
                    texts[k] = _ORTH_TEXTS[orth] = strings[orth]
        texts = tuple(texts)
        words = _WORDS[doc] = texts, tuple(map(str.lower, texts))
    return words


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case (`aktuell` beside a sentence's `Aktuell`: a common
    word, no name): collected once per Doc (asked of every speaker phrase that may be a missed name),
    anew when its tokens changed (`token_words`)."""
    words = token_words(doc)[0]
    known = _LOWER_WORDS.get(doc)
    if known is None or known[0] is not words:
        known = _LOWER_WORDS[doc] = words, frozenset([text for text in words if text.islower()])
    return known[1]


def token_starts(doc: Doc) -> list[int]:
    """Every token's character offset (`token.idx`), by token index: read once while
    `indexed_words(doc)` runs (at its first use), else made anew (one array read, no Tokens)."""
    scoped = _SCOPED_WORDS.get()
    if scoped is None or scoped[0] is not doc:
        return doc.to_array(IDX).tolist()
    if not scoped[2]:
        scoped[2].extend(doc.to_array(IDX).tolist())
    return scoped[2]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The (start, end) token indices of `doc[i].sent`: while `indexed_words(doc)` runs, from the
    sentence starts read once per Doc, for all components (`Token.sent` makes two Spans and walks the
    sentence on every read; no rule component sets sentence starts), anew when its tokens changed;
    else, or where a hook decides the sentences, through `doc[i].sent`."""
    scoped = _SCOPED_WORDS.get()
    if scoped is None or scoped[0] is not doc:
        sent = doc[i].sent
        return sent.start, sent.end
    starts = scoped[5]
    if not starts:
        known = _SENT_STARTS.get(doc)
        if known is not None and known[0] is scoped[1]:  # (read by an earlier component: no rule sets them)
            starts.extend(known[1])
        elif "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks \
                or not doc.has_annotation("SENT_START"):
            starts.append(None)
        else:  # (as spaCy reads them: the first token and every token marked as a start)
            starts.append(0)
            starts.extend((numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1).tolist())
            _SENT_STARTS[doc] = scoped[1], tuple(starts)
    if starts[0] is None:
        sent = doc[i].sent
        return sent.start, sent.end
    i = i + len(doc) if i < 0 else i
    if not 0 <= i < len(doc):
        raise IndexError(i)
    k = bisect_right(starts, i)
    return starts[k - 1], starts[k] if k < len(starts) else len(doc)


def sentence_of(doc: Doc, i: int) -> Span:
    """`doc[i].sent`, made as one Span from `sentence_bounds`."""
    return Span(doc, *sentence_bounds(doc, i))


def morph_values(token: Token, field: str) -> list[str]:
    """`token.morph.get(field)`, remembered per morphological analysis: `Token.morph` makes a new
    `MorphAnalysis` on every read and `get` reads its features anew. While `indexed_words(doc)` runs,
    the Doc's analyses are read once (`doc.to_array(MORPH)`); else it is `token.morph.get(field)`.
    The list may be shared: do not change it."""
    doc = token.doc
    scoped = _SCOPED_WORDS.get()
    if scoped is not None and scoped[0] is doc and scoped[3]:  # (the remembered analysis read in one step)
        values = _MORPH_VALUES.get((scoped[3][token.i], field))
        if values is not None:
            return values
    return morph_values_at(doc, token.i, field)


def morph_values_at(doc: Doc, i: int, field: str) -> list[str]:
    """`morph_values` of the token at index `i`, without making a Token while `indexed_words(doc)`
    runs (a rule that scans a sentence for a feature)."""
    scoped = _SCOPED_WORDS.get()
    if scoped is None or scoped[0] is not doc:
        return doc[i].morph.get(field)
    keys = scoped[3]
    if not keys:
        keys.extend(doc.to_array(MORPH).tolist())
    key = (keys[i], field)
    values = _MORPH_VALUES.get(key)
    if values is None:
        if len(_MORPH_VALUES) >= MORPH_MEMO_SIZE:
            _MORPH_VALUES.clear()  # (a model has a few hundred analyses: this never fills)
        values = _MORPH_VALUES[key] = doc[i].morph.get(field)
    return values


def doc_text(doc: Doc) -> str:
    """`doc.text`, which spaCy joins anew from the tokens on every read: read once per Doc, for all
    components (no component changes a text: the retokenizer, which changes tokens, keeps it), and
    joined from `token_words` and the tokens' trailing spaces, without making a Token of every word."""
    text = _TEXTS.get(doc)
    if text is None:
        words, spaces = token_words(doc)[0], doc.to_array(SPACY).tolist()
        text = _TEXTS[doc] = "".join([word + " " if space else word for word, space in zip(words, spaces)])
    return text


def morph_indices(doc: Doc, field: str, value: str) -> frozenset[int] | None:
    """The indices of the tokens whose `morph_values(token, field)` hold `value` (`Fin` of
    `VerbForm`, `Sub` of `Mood`): read once per call of a component while `indexed_words(doc)` runs
    (each distinct analysis asked once, each token's analysis looked up in a set of them), so that a rule scanning
    every sentence for the feature tests an index in a set; None outside it (ask `morph_values_at`)."""
    scoped = _SCOPED_WORDS.get()
    if scoped is None or scoped[0] is not doc:
        return None
    found = scoped[4].get((field, value))
    if found is None:
        keys = scoped[3]
        if not keys:
            keys.extend(doc.to_array(MORPH).tolist())
        holds = _MORPH_HOLDS.get((field, value))  # (each analysis asked once for all Docs: most recur)
        if holds is None or len(holds) >= MORPH_MEMO_SIZE:
            holds = _MORPH_HOLDS[(field, value)] = {}
        distinct = set(keys)
        if not distinct.issubset(holds):
            first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1)))  # each analysis's first token
            for key in distinct.difference(holds):
                holds[key] = value in morph_values_at(doc, first[key], field)
        having = {key for key in distinct if holds[key]}
        found = scoped[4][(field, value)] = frozenset([i for i, key in enumerate(keys) if key in having])
    return found


@contextmanager
def indexed_words(doc: Doc) -> Iterator[None]:
    """While the block runs (one component's call), `token_words(doc)` answers without a lookup, and
    `token_starts`, `morph_values`, `morph_indices` and `sentence_bounds` read the Doc's arrays once."""
    reset = _SCOPED_WORDS.set((doc, token_words(doc), [], [], {}, []))
    try:
        yield
    finally:
        _SCOPED_WORDS.reset(reset)


_SCOPED_INDEX: ContextVar[tuple[Doc, SpanGroup | None, dict[int, Span], list[Span]] | None] = ContextVar(
    "mention_index", default=None)
_SCOPED_WORDS: ContextVar[tuple[Doc, tuple[tuple[str, ...], tuple[str, ...]], list[int], list[int],
                                 dict[tuple[str, str], frozenset[int]], list[int | None]] | None] = \
    ContextVar("token_words", default=None)  # the Doc, its words, token offsets, morph keys, morph_indices, sentence starts (read when asked)
_MORPH_VALUES: dict[tuple[int, str], list[str]] = {}  # (morph key, field) -> values, for all Docs
_MORPH_HOLDS: dict[tuple[str, str], dict[int, bool]] = {}  # (field, value) -> morph key -> holds it (`morph_indices`)
# ORTH id -> the word (an id is the hash of its string, the same in every vocabulary): `StringStore` decodes
# the word anew on each lookup
_ORTH_TEXTS: dict[int, str] = {}
ORTH_MEMO_SIZE = 500_000
MORPH_MEMO_SIZE = 100_000
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()  # each Doc's text while the Doc lives
_WORDS: WeakKeyDictionary[Doc, tuple[tuple[str, ...], tuple[str, ...]]] = WeakKeyDictionary()  # its token_words
# each Doc's sentence starts (`sentence_bounds`) with the words they were read with: read anew when the tokens change
_SENT_STARTS: WeakKeyDictionary[Doc, tuple[tuple[tuple[str, ...], tuple[str, ...]], tuple[int, ...]]] = WeakKeyDictionary()
_LOWER_WORDS: WeakKeyDictionary[Doc, tuple[tuple[str, ...], frozenset[str]]] = WeakKeyDictionary()  # lower_case_words


def complete_name(span: Span, surname_articles: frozenset[str] = frozenset()) -> Span:
    """A speaker's words with the name parts a phrase rule left out at its edges: a name after
    its common noun (`des Fernsehsenders n-tv`, `von n24`, `Außenminister Massimo D'Alema`), also one
    that opens in an article in lower case (german.csv surname_article: `der Fernsehsender al-Dschasira`),
    an adjective measured by a count with its head noun (`der 330 Seiten starke Bericht`),
    an apostrophe name (`Michael O’Leary`), the closing mark of a quoted name (`„Reuters“`)
    the article and words that open an attribute before its participle (`die in New York geborene Sängerin`)
    and a particle that opens the sentence (`Von der Leyen`)."""
    doc, start, end = span.doc, span.start, span.end
    limit = sentence_bounds(doc, span.start)[1] if doc.has_annotation("SENT_START") else len(doc)
    while end < limit:
        token, last = doc[end], doc[end - 1]
        if token.text in APOSTROPHES and end + 1 < limit and doc[end + 1].is_title and last.is_title:
            end += 2  # `O` `’` `Leary`
        elif _closes_quote(doc[start:end], token):
            end += 1  # `„Reuters“`
        elif mention_at(doc, end) is None and (
                last.pos_ == "NOUN" and last.text[:1].isupper()
                and (BRAND_NAME.fullmatch(token.text) or token.pos_ == "PROPN" and token.is_title
                     or _article_name(token.text, surname_articles))
                or last.pos_ in ("NOUN", "PROPN") and token.text[:1].isupper() and "'" in token.text[1:]):
            end += 1  # `des Fernsehsenders n-tv`, `Außenminister Massimo D'Alema`
        elif _measured_before(doc, start, end, limit):
            end += 2  # `der 90 Seiten` `lange Schriftsatz`
        else:
            break
    sentence_start = sentence_bounds(doc, span.start)[0] if doc.has_annotation("SENT_START") else 0
    start = _attribute_opening(doc, start, end, sentence_start)
    if (doc.has_annotation("SENT_START") and start == sentence_start + 1 and doc[start - 1].text in ("Von", "Van")
            and doc[start].text in ("der", "den")):
        start -= 1  # `Von der Leyen` opening a sentence
    return doc[start:end] if (start, end) != (span.start, span.end) else span


ATTRIBUTE_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem",
                                "einen"})
ATTRIBUTE_WORDS = frozenset({"ADP", "ADV", "ADJ", "DET", "NUM", "PROPN", "NOUN"})


def _attribute_opening(doc: Doc, start: int, end: int, lo: int) -> int:
    """The article that opens an extended attribute whose participle or adjective the words start in
    or before (`die in New York City geborene Sängerin`, `das finanziell angeschlagene Land`, `die das
    Unglück überlebende Frau`): the words end in an inflected adjective or participle in lower case and
    capitalised words; before it, back to the article, up to six words of the attribute (a preposition,
    adverb, adjective, article, number, noun or name, no punctuation or verb), the first of them a
    preposition, an adverb, an adverbial adjective, a number or an article (the attribute's object).
    Else `start` (not `eine Parade des deutschen Torhüters`: a genitive, no attribute)."""
    inflected = [k for k in range(start, end - 1) if doc[k].is_lower and doc[k].is_alpha
                 and (doc[k].pos_ == "ADJ" or doc[k].morph.get("VerbForm") == ["Part"])
                 and doc[k].text.endswith(("e", "en", "er", "es", "em"))
                 and all(doc[m].text[:1].isupper() for m in range(k + 1, end))]
    if not inflected:
        return start
    k, j = inflected[0], start - 1
    while j >= max(lo, k - 7) and not (doc[j].lower_ in ATTRIBUTE_ARTICLES and (
            doc[j].pos_ == "DET" or j == lo or doc[j - 1].is_alpha)):  # (no relative pronoun after a comma)
        if j < start and (doc[j].pos_ not in ATTRIBUTE_WORDS or not doc[j].is_alpha):
            return start
        j -= 1
    if j < max(lo, k - 7) or j + 1 >= k or doc[k - 1].pos_ == "ADP":
        return start  # (`den nach eigenen Angaben`: the adjective is the preposition's)
    attribute = doc[j + 1:k]
    first = doc[j + 1]  # never a noun: `dem Urteil nach eigenen Worten` is a postposition's phrase
    opened = (first.pos_ in ("DET", "ADP", "ADV", "NUM")
              or first.is_lower and first.pos_ == "ADJ" and not first.morph.get("Case"))
    if not opened or any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") for t in attribute):
        return start
    return min(j, start)


def _measured_before(doc: Doc, start: int, end: int, limit: int) -> bool:
    """`der 90 Seiten` before `lange Schriftsatz`: an article, a count and its noun end the words, an
    inflected adjective in lower case (which the tagger may read as a verb or adverb) and a capitalised noun
    follow (the noun the count measures them for)."""
    if end - start < 3 or end + 1 >= limit or end - 3 != start:
        return False
    article, count, unit, adjective, noun = doc[start], doc[end - 2], doc[end - 1], doc[end], doc[end + 1]
    return (article.pos_ == "DET" and count.like_num and unit.pos_ == "NOUN" and adjective.pos_ in ("ADJ", "ADV", "VERB")
            and adjective.is_lower and adjective.text.endswith(("e", "en", "er", "es", "em"))
            and noun.pos_ in ("NOUN", "PROPN") and noun.text[:1].isupper())


def _article_name(word: str, articles: frozenset[str]) -> bool:
    """A name that opens in an article in lower case joined by a hyphen (`al-Arabija`, `el-Baradei`)."""
    article, _, rest = word.partition("-")
    return article in articles and rest[:1].isupper() and rest.replace("-", "").isalpha()


def _closes_quote(words: Span, token: Token) -> bool:
    """Whether `token` closes a quotation mark that `words` opened and left open."""
    openers = [t for t in words if t.text in QUOTE_PAIRS]
    if not openers:
        return False
    closers = QUOTE_PAIRS[openers[-1].text]
    return token.text in closers and not any(t.text in closers for t in words[openers[-1].i - words.start + 1:])


class NounPhrases:
    """Phrase boundaries; `is_cue_verb` and `is_speech_verb` tell where a phrase must stop."""

    def __init__(self, lexicons: Lexicons, is_cue_verb: Callable[[Token], bool],
                 is_speech_verb: Callable[[Token], bool]):
        self.articles = lexicons.word_class("article")
        self.not_speakers = (lexicons.word_class("preposition") | lexicons.word_class("adverb")
                             | lexicons.word_class("negator") | lexicons.word_class("sentence_starter")
                             | lexicons.word_class("hedge"))
        self.function_words = self.articles | self.not_speakers
        self.adjective_endings = tuple(sorted(lexicons.word_class("adjective_ending")))
        self.attribute_prepositions = lexicons.word_class("attribute_preposition")  # von, vom, für
        self.attribute_openers = (lexicons.word_class("genitive_article") | self.attribute_prepositions
                                  | lexicons.word_class("genitive"))
        self.definite_articles = lexicons.word_class("definite_article")
        self.nominative_possessives = lexicons.word_class("nominative_possessive")  # `sein Anwalt`, `Ihr Vorsitzender`
        self.possessives = lexicons.word_class("possessive_m") | lexicons.word_class("possessive_f")
        # `Libyens`, `Ghanas`: a country's or capital's genitive (not `Paris`, whose s is its own)
        self.country_genitives = frozenset(name.lower() + "s" for country in lexicons.countries.values()
                                           for name in country.names + country.capitals if not name.endswith("s"))
        self.indefinite_articles = lexicons.word_class("indefinite_article")
        self.genitive_articles = lexicons.word_class("genitive_article")  # der, des: `Sprecher der Regierung`
        self.surname_articles = frozenset(lexicons.word_class("surname_article"))  # `al-Arabija`, `el-Baradei`
        self.dative_articles = lexicons.word_class("dative_article")  # der, den, dem: also a dative object
        # a singular noun with one of these endings is masculine or neuter (`Ehemann`, `Präsident`,
        # `Parlament`): after `der` it is a nominative, no genitive (that would be `des`)
        self.masculine_endings = tuple(sorted(lexicons.word_class("masculine_ending")))
        # an adjective with one of these endings after `der` is weak nominative singular (`der überwiegende
        # Teil`): the article opens a subject, no genitive or dative (that would be `der überwiegenden`)
        self.nominative_adjective_endings = tuple(sorted(lexicons.word_class("nominative_adjective_ending")))
        self.seat_prepositions = lexicons.word_class("seat_preposition")  # in, im, aus
        self.employer_prepositions = lexicons.word_class("employer_preposition")  # `Analyst bei der Commerzbank`
        self.prepositions = lexicons.word_class("preposition")
        self.object_articles = lexicons.word_class("object_article")  # `einen`, `dem`: no apposition's subject
        self.time_words = lexicons.word_class("time_noun") | set(lexicons.months)  # `am Montag`, `im Mai`
        # `Neuwahlen`, `Steuersenkungen`: an issue keyword or abstract noun is a common noun, no name
        self.common_noun_word = common_noun_by_lexicons(lexicons)
        # `Montag`, `Mittwoch`: weekdays, whose compounds (`Dienstagabend`) are adverbs of time
        self.weekdays = frozenset(w for w in self.time_words if w.endswith("tag") and len(w) > 3
                                  and not w.endswith("mittag") or w.endswith("woch"))
        self.causal_nouns = tuple(lexicons.word_class("causal_noun"))  # `aus Angst`, `aus Sicherheitsgründen`
        self.list_conjunctions = lexicons.word_class("list_conjunction")  # und, sowie
        self.clause_openers = lexicons.word_class("clause_opener")  # `Wie`, `Als`: tagged ADP, open a clause
        self.surname_particles = lexicons.word_class("surname_particle")  # `van der`, `de la`, `al`
        # `al`, `bin`, `van`, `de`: particles that are no German article or preposition (not `von`, `der`)
        self.foreign_particles = self.surname_particles - self.function_words - self.clause_openers
        # `Ausgabe`, `Onlineausgabe`: the edition a medium reports in (`die Zeitung in ihrer Onlineausgabe`)
        self.edition_nouns = lexicons.word_class("edition_noun")
        # `of`, `the`, `for`: lower-case words inside an English name (`University of Exeter`, `Bank of England`)
        self.foreign_name_links = lexicons.word_class("foreign_name_link")
        self.is_cue_verb = is_cue_verb
        # `dankten` of `Die Rebellen dankten Kerry`: a verb form the tagger may read as an adjective
        self.dative_verbs = lexicons.word_class("dative_verb")
        self.is_speech_verb = is_speech_verb
        # `Bangkok`, `Herat`: towns, which take no article of their own (`die Bangkok Post` names a paper)
        self.towns = frozenset(capital.lower() for country in lexicons.countries.values()
                               for capital in country.capitals) | frozenset(lexicons.cities)

    def around(self, span: Span, limit: int | None = None) -> Span:
        """The mention widened to its noun phrase, to the right at most up to token `limit`."""
        doc, start, end = span.doc, span.start, span.end
        spaces = 0  # whitespace tokens passed (`der  SPD-Politiker` as scraped): no word of the phrase
        while start > 0 and span.start - start - spaces < 4:
            token = doc[start - 1]
            if inline_space(token):  # (a line break ends the phrase)
                start, spaces = start - 1, spaces + 1
                continue
            lower = token.text.lower()
            is_modifier = (lower in self.articles or lower in self.nominative_possessives or (token.is_lower and lower not in self.not_speakers
                                                      and token.pos_ not in {"VERB", "AUX"} and not self.is_cue_verb(token)
                                                      and lower not in self.dative_verbs
                                                      and (token.is_alpha or token.like_num or "-" in token.text)
                                                      and lower.endswith(self.adjective_endings))
                           or (token.text[:1].isupper() and "-" in token.text) or mention_at(doc, start - 1)
                           or (token.pos_ in {"NOUN", "PROPN"} or token.pos_ == "ADJ" and not token.is_sent_start)
                           and token.text[:1].isupper() and lower not in self.not_speakers
                           and not self.is_cue_verb(token) and not (start > 1 and doc[start - 2].pos_ == "ADP"
                                                                     and doc[start - 2].lower_ not in self.clause_openers))
            is_modifier = is_modifier or self._foreign_link_before(doc, start)  # `Secretary of State X`
            if not is_modifier or token.is_sent_start and lower not in self.articles and not token.text[:1].isupper():
                break
            if self._outside_phrase(doc, start, span):
                break
            start -= 1
        if span.start - start - spaces == 4:
            start = self._genitive_head(doc, start)
        while start < span.start and (doc[start].is_space or doc[start].is_lower
                                      and doc[start].text.lower() not in self.articles
                                      and doc[start].lower_ not in self.nominative_possessives
                                      and (doc[start].pos_ != "ADJ" or doc[start].lower_ in self.foreign_name_links)):
            start += 1  # a phrase starts with an article, a possessive, an adjective, a capital or the mention itself
        return doc[start:self.extend_right(doc, end, limit if limit is not None else sentence_bounds(doc, span.start)[1])]

    def _genitive_head(self, doc: Doc, start: int) -> int:
        """Start of a title with its definite article before the genitive chain the widening stopped
        in: `Der Vorsitzende` of `Der Vorsitzende des Haushaltsausschusses des Parlaments Alain Lamassoure`,
        `der` of `der Präsident des Europäischen Parlaments Martin Schulz` (not `eine Parade des …`)."""
        head = start - 1 if doc[start].lower_ in self.genitive_articles else start
        if (head > 0 and head + 1 < len(doc) and doc[head].pos_ == "NOUN" and doc[head].text[:1].isupper()
                and not self.is_cue_verb(doc[head]) and doc[head + 1].lower_ in self.genitive_articles
                and doc[head - 1].lower_ in self.definite_articles - (self.dative_articles - self.genitive_articles)):
            return head - 1
        return start

    def _outside_phrase(self, doc: Doc, start: int, span: Span) -> bool:
        """The word before token `start` looks like a modifier but opens no phrase with what follows:
        a pronoun right before an article or a person's name (`, der der US-Regierung vorwarf`,
        `, die Gerhard Schröder … erklärt hatte`), a noun before an article no genitive has (`in dessen
        Folge das Bundesverwaltungsgericht`)."""
        token, first = doc[start - 1], doc[start]
        lower = token.lower_
        if lower in self.articles:
            return first.lower_ in self.articles or (start == span.start and span.label_ == "PER"
                                                      and span._.mention == "name" and len(span) > 1
                                                      and span[0].pos_ == "PROPN")
        return (token.text[:1].isupper() and first.lower_ in self.articles
                and first.lower_ not in self.genitive_articles)

    def nounish(self, token: Token) -> bool:
        """A capitalised noun or name (by the tagger, or by spelling when there is none)."""
        if not token.text[:1].isupper():
            return False
        if token.pos_:
            return token.pos_ in NOUNISH
        return token.is_alpha or "-" in token.text and token.text.lower() not in self.function_words

    def past_modifiers(self, doc: Doc, j: int, hi: int) -> int:
        """The index of the first word from j on, before hi, that is no `modifier` (hi where all are)."""
        while j < hi and self.modifier(doc[j]):
            j += 1
        return j

    def modifier(self, token: Token) -> bool:
        """An article, adjective or number inside a noun phrase; never a punctuation mark the tagger
        took for an adjective (the opening `„` of `der „Aktion Deutschland hilft“`)."""
        if token.text.lower() in self.articles:
            return True
        if token.is_punct:
            return False
        if numeric_adjective(token):  # `der 42-jährige Moderator`
            return True
        if token.pos_:
            return token.pos_ in {"ADJ", "NUM", "DET"}
        return token.like_num or token.is_lower and token.is_alpha and token.text.endswith(self.adjective_endings)

    def attribute_end(self, doc: Doc, i: int, hi: int, strict: bool = True) -> int | None:
        """End of an attribute that starts at token i: `der Polizei`, `von Augenzeugen`, `für Arbeit`
        (an article or preposition, modifiers, then a capitalised noun); None if there is none.
        `strict`: a `der` phrase the parser hangs on no noun is a dative object, and `von`/`für` after a
        name an object of the verb (off inside an apposition, which a comma or the verb must close)."""
        lower = doc[i].text.lower()
        if lower not in self.attribute_openers and not (  # `Meinung vieler Experten`, `Berichten britischer Zeitungen`
                doc[i].is_lower and lower.endswith("er") and self._genitive_adjective(doc[i]) and doc[i].pos_ != "NUM"
                and i + 1 < hi and self.nounish(doc[i + 1])):  # not `vier Menschen`
            return None
        if lower not in self.attribute_prepositions and self._possessed(doc, i):
            return None  # `nach seinen Worten eines der ersten Dinge`: the possessive names the owner, no genitive follows
        if lower in self.attribute_prepositions and i + 1 < hi and doc[i + 1].like_num and doc[i + 1].text[:1].isdigit():
            return None  # `sprach die Nachrichtenagentur Reuters von 50.000 Menschen`: a count, no attribute
        named = mention_at(doc, i - 1) if i > 0 else None
        j = i + 1
        while j < hi and (self.modifier(doc[j]) or self._degree_adverb(doc, j, hi)
                          or self._attributive_participle(doc, j, hi) or inline_space(doc[j])):  # (`vom  Zentralrat` as scraped)
            j += 1
        if j < hi and lower in self.attribute_prepositions and j == i + 1 and BRAND_NAME.fullmatch(doc[j].text):
            return j + 1  # `Eine Reporterin von n24`, `Angaben von n-tv`: a name that opens in lower case
        quoted = self._quoted_attribute_end(doc, j, hi)
        if quoted is not None:  # `einem Artikel der „New York Times“`, `Moritz Wohlrab von der „Aktion Deutschland hilft“`
            if lower in self.dative_articles and named is not None and named.end == i and is_person_name(named):
                return None  # `sagte Keller der „Süddeutschen Zeitung“ (Freitag)`: no genitive of a name, the dative addressee
            if (strict and lower in self.attribute_prepositions and named is not None
                    and not self._person_of_organisation(doc, named, j + 1)):
                return None
            return quoted
        if j >= hi or not self.nounish(doc[j]):
            return None
        if lower == "der" and self._masculine_singular(doc[j]):
            return None  # `nach Zeugenaussagen der Ehemann`, `laut Verfassung der Parlamentspräsident`: a subject
        if lower == "der" and self._nominative_adjective(doc[i + 1:j]):
            return None  # `nach Angaben der Polizei der größte Teil`: a subject, no second genitive
        if lower == "für" and j > i + 1 and self._counted_or_owned(doc[i + 1]):
            return None  # `der Papst für ihre Anstrengungen`, `75 Prozent für eine Offenlegung`: not `Minister für Arbeit`
        if strict and lower in self.attribute_prepositions and (doc[i - 1].pos_ == "PROPN" or named is not None
                                              and named._.mention in ("name", "place")):
            if not (lower != "für" and self._person_of_organisation(doc, named, j)):
                return None  # `Moskau von einem Schlag`: an object of the verb, not part of the name
        if lower in self.dative_articles and self._foreign_place(named, mention_at(doc, j)):
            return None  # `warf der Kreml der Ukraine vor`: a dative object, not the Kremlin's attribute
        run = j + 1  # the head may come after a capitalised adjective (`der Demokratischen Partei`)
        while run < hi and self.nounish(doc[run]):
            run += 1
        if (strict and lower in self.dative_articles and doc.has_annotation("DEP")
                and not any(t.dep_ in {"nmod", "flat", "appos", "conj"} for t in tokens_of(doc, j, run))):
            return None  # `sagte der Grüne der Zeitung`: a dative object, not a genitive attribute
        return j + 1

    def _possessed(self, doc: Doc, i: int) -> bool:
        """The noun before token i (white space between left out) opens with a possessive (german.csv
        possessive_m, possessive_f: `seinen Worten`, `ihrer neuen Ansicht`)."""
        k = i - 1
        while k > 0 and inline_space(doc[k]):
            k -= 1
        if k < 1 or not self.nounish(doc[k]):
            return False
        k -= 1
        while k > 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1
        return doc[k].lower_ in self.possessives

    def _degree_adverb(self, doc: Doc, j: int, hi: int) -> bool:
        """`so` in `der so genannten „Bürgerhilfe“`, `besonders` in `der besonders betroffenen Gemeinden`:
        an adverb in lower case between the article and an adjective of the noun phrase (not `für etwas
        abseitige Kandidaten`, where no article holds the phrase together)."""
        return (doc[j].pos_ == "ADV" and doc[j].is_lower and doc[j].is_alpha and j + 1 < hi
                and (doc[j - 1].lower_ in self.articles or doc[j - 1].pos_ == "DET")
                and (doc[j + 1].pos_ == "ADJ" and doc[j + 1].is_lower or self._attributive_participle(doc, j + 1, hi)))

    def _attributive_participle(self, doc: Doc, j: int, hi: int) -> bool:
        """A participle the tagger left a verb between an article (or a degree adverb after one) and the
        noun or quoted name it qualifies (`der so genannten „Nord-Ambulanz“`, `des neu gegründeten Vereins`)."""
        if not (doc[j].is_lower and doc[j].is_alpha and "Part" in morph_values(doc[j], "VerbForm")) or j + 1 >= hi:
            return False
        before = doc[j - 1]
        if not (before.lower_ in self.articles or before.pos_ == "DET"
                or before.pos_ == "ADV" and before.is_lower and j > 1 and doc[j - 2].lower_ in self.articles):
            return False
        return self.nounish(doc[j + 1]) or doc[j + 1].text in QUOTE_PAIRS

    def _genitive_adjective(self, token: Token) -> bool:
        """A modifier, also one the tagger took for a preposition (`Angaben informierter Kreise`:
        `informierter` as ADP) that no preposition list holds (not `unter`, `hinter`, `über`)."""
        return self.modifier(token) or token.pos_ == "ADP" and token.is_alpha and token.lower_ not in self.prepositions

    def _quoted_attribute_end(self, doc: Doc, j: int, hi: int) -> int | None:
        """End of a name in quotation marks that is the whole attribute (`der „Frankfurter Allgemeine
        Zeitung“`, `von „BBC News“`): no noun after it (`der „sogenannten“ Reform` is quoted words)."""
        end = self.quoted_name_end(doc, j, hi)
        first = doc[j + 1] if end is not None else None
        if first is None or not (first.text[:1].isupper() or first.is_lower and not self.modifier(first)):
            return None
        # `eines Gerichtes des „Aufrufs zu Subversion“`: a quoted charge in the genitive, no name (an
        # uninflected noun opens one: `der „Aktion Deutschland hilft“`, `des „Arbeitskreis Zensur“`)
        if self.common_noun(first) and not first.ent_type_ and first.lower_.endswith("s"):
            return None
        return end if end >= hi or not self.nounish(doc[end]) else None

    def _nominative_adjective(self, words: Span) -> bool:
        """An adjective in lower case among the words after `der` whose ending is weak nominative
        singular (german.csv nominative_adjective_ending: `der größte Teil`, `der 42-jährige Fahrer`);
        not one in `-en` (`der großen Parteien`), nor an article."""
        return any(t.is_lower and t.lower_ not in self.articles and t.lower_.endswith(self.nominative_adjective_endings)
                   for t in words)

    def _masculine_singular(self, token: Token) -> bool:
        """A common noun whose ending makes it masculine or neuter singular (`Ehemann`, `Präsident`,
        `Parlament`; german.csv masculine_ending), never a name (`der Vincent`)."""
        mention = mention_at(token.doc, token.i)
        return (token.pos_ == "NOUN" and token.is_alpha and len(token) > 4 and token.lower_.endswith(self.masculine_endings)
                and (mention is None or mention._.mention != "name"))

    @staticmethod
    def _foreign_place(named: Span | None, place: Span | None) -> bool:
        """A country after an actor of another country (`der Kreml der Ukraine`): no genitive of it;
        `die Regierung der Ukraine`, `der Botschafter der USA` (no country of its own) stay."""
        return (named is not None and place is not None and place._.mention == "place"
                and bool(named._.actor_country) and bool(place._.actor_country)
                and named._.actor_country != place._.actor_country)

    def _counted_or_owned(self, token: Token) -> bool:
        """A determiner other than the definite article, or a number (`eine`, `ihre`, `diese`, `zehn`):
        what an office's or institution's `für` never takes (`Bundesamt für Sicherheit`, `Beauftragter
        für die neuen Länder`, `Bundeszentrale für politische Bildung`)."""
        lower = token.lower_
        if lower in self.definite_articles:
            return False
        return lower in self.indefinite_articles or token.like_num or token.pos_ in {"DET", "NUM", "PRON"}

    def seat_end(self, doc: Doc, i: int, hi: int) -> int | None:
        """End of the seat of an office or organisation starting at token i: `die WHO in Genf`, `ein
        Reporter aus Leicestershire`, `Airbus im französischen Toulouse`; not after a person's name
        (`sagte Stolpe in Berlin`: where he spoke)."""
        if doc[i].text.lower() not in self.seat_prepositions or doc[i - 1].ent_type_ == "PER":
            return None
        j = i + 1
        while j < hi and self.modifier(doc[j]) and doc[j].text.lower() not in self.articles:
            j += 1
        place = mention_at(doc, j) if j < hi else None
        if place is not None and place.start == j and place._.mention == "place":
            return min(place.end, hi)
        if (j < hi and doc[i].lower_ == "in" and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ and doc[j].is_title
                and doc[i - 1].ent_type_ == "ORG" and (j + 1 >= hi or not self.nounish(doc[j + 1]))):
            return j + 1  # `teilte der USGS in Denver mit`: an organisation's seat the recogniser missed
        if j >= hi or doc[j].ent_type_ != "LOC" or doc[j].ent_iob_ != "B" or self._time_or_motive(doc[j]):
            return None
        j += 1
        while j < hi and doc[j].ent_iob_ == "I":
            j += 1
        return j

    def _edition_end(self, doc: Doc, i: int, hi: int) -> int | None:
        """End of the edition a medium reports in, from token i: `in` with the medium's possessive, adjectives
        and an edition noun (german.csv edition_noun: `die Ärztezeitung in ihrer Onlineausgabe`, `der Focus
        in seiner aktuellen Ausgabe`), closed by a punctuation mark or a verb (not `Dieser verbreitet laut
        Angaben des Spiegel in seiner Onlineausgabe Propaganda`: the subject's edition); None otherwise."""
        if doc[i].lower_ != "in" or i + 2 >= hi or doc[i + 1].lower_ not in self.possessives:
            return None
        j = self.past_modifiers(doc, i + 2, hi)
        if not (j < hi and doc[j].lower_ in self.edition_nouns):
            return None
        return j + 1 if j + 1 >= len(doc) or doc[j + 1].is_punct or doc[j + 1].pos_ in ("VERB", "AUX") else None

    def _time_or_motive(self, token: Token) -> bool:
        """A noun of time or motive the recogniser took for a place (`in Zukunft`, `aus Sicherheitsgründen`:
        german.csv time_noun, or a word ending in a causal_noun), no seat."""
        lower = token.lower_
        return lower in self.time_words or lower.endswith(self.causal_nouns)

    @staticmethod
    def _person_of_organisation(doc: Doc, named: Span | None, j: int) -> bool:
        """`John Sifton von Human Rights Watch`, `Mayra Veliz von der Staatsanwaltschaft`: a person
        named with the organisation they belong to (not a place: `aus Moskau`, `von Berlin`); a name
        no lexicon knows only with a name (`Sascha Kempf vom Max-Planck-Institut`, not `Kempf von Betrug`)."""
        if named is None:
            return doc[j].pos_ == "PROPN" or doc[j].ent_type_ == "ORG"
        if named._.mention != "name":
            return False
        other = mention_at(doc, j)
        if other is not None:
            return other._.mention == "group"
        return doc[j].ent_type_ in ("ORG", "")

    def extend_right(self, doc: Doc, end: int, hi: int) -> int:
        """Widen a noun phrase to the right over names, genitive and `von` attributes, a bracket
        (`(CDU)`), a name in quotation marks after a noun (`die Wochenzeitung „Le Canard enchaîné“`)
        and an apposition between commas (`Ein Sprecher der Polizei, Lars Beringer,`); after an
        attribute also a coordinated one (`der Staatsanwaltschaft und der Polizei`, `von AFP und Reuters`)."""
        attributed = apposed = False
        while end < hi:
            token = doc[end]
            if inline_space(token) and end + 1 < hi:
                # `der Sprecher  des Vereins` as scraped: an attribute after the extra spaces
                attribute = self.attribute_end(doc, end + 1, hi) or self.seat_end(doc, end + 1, hi)
                if attribute is None:
                    break
                end, attributed = attribute, True
                continue
            if attributed and token.text.lower() in self.list_conjunctions and end + 1 < hi:
                joined = self.attribute_end(doc, end + 1, hi) or (
                    end + 2 if mention_at(doc, end - 1) and self._continues_name(doc, end + 1) else None)
                if joined is not None:
                    end = joined
                    continue
            if self._continues_name(doc, end) or self._country_genitive(doc, end):
                end += 1
                continue
            particle_end = self._particle_name_end(doc, end, hi) or self._foreign_link_end(doc, end, hi)
            if particle_end is not None:
                end = particle_end
                continue
            if (doc[end - 1].text.endswith("-") and token.text.lower() in self.list_conjunctions | {"oder"}
                    and end + 1 < hi and self.nounish(doc[end + 1])):
                end += 2  # `Kongress- und Verteidigungskreise`: the first part's noun comes after `und`
                continue
            if token.text == "(":
                close = next((t.i for t in tokens_of(doc, end + 1, min(hi, end + 8)) if t.text == ")"), None)
                if close is None:
                    break
                end = close + 1
                continue
            quoted = self.quoted_name_end(doc, end, hi) if mention_at(doc, end - 1) is None else None
            if (quoted is not None and self.nounish(doc[end - 1])  # `Der Fernsehsender „Channel 10“`
                    and doc[end + 1].text[:1].isupper()):  # not `nach Angaben der Polizei „sehr ernst“`
                end = quoted
                continue
            attribute = (self.attribute_end(doc, end, hi) or self.seat_end(doc, end, hi) or self._edition_end(doc, end, hi)
                         or (None if apposed else self._field_before_name(doc, end, hi) or self._title_before_apposed_name(doc, end, hi)))
            if attribute is not None:
                end, attributed = attribute, True
                continue
            if token.text == "," and self._age_after_name(doc, end, hi):
                end += 2  # `Anna Kramer, 34, sagte`: a person's age between commas belongs to the name
                continue
            if token.text == "," and end + 1 < hi and not apposed:
                apposition = self.apposition_end(doc, end + 1, hi)
                if apposition is None or self._second_name(doc, end, apposition):
                    break
                end, apposed = apposition, True  # one apposition: `X, Berater des Y, die Vorgehensweise` is an object
                if doc[end - 1].text == ")":
                    break  # `(FVA) der Presse mitteilte`: after the bracket that closed it, the verb's object
                continue
            break
        return end

    @staticmethod
    def _age_after_name(doc: Doc, comma: int, hi: int) -> bool:
        """`Anna Kramer, 34,`: a person's name, then a whole number of years (under 120) between commas."""
        person = mention_at(doc, comma - 1)
        return (person is not None and person.end == comma and person.label_ == "PER" and comma + 2 < hi
                and doc[comma + 1].text.isdigit() and int(doc[comma + 1].text) < 120 and doc[comma + 2].text == ",")

    def _continues_name(self, doc: Doc, i: int) -> bool:
        """`Hans Dieter Pötsch`, `Welternährungsorganisation FAO`: a name goes on; a common noun
        (`Washington Strafzölle`) or another actor (`wirft Kiew Russland … vor`) does not."""
        token = doc[i]
        other, before = mention_at(doc, i), mention_at(doc, i - 1) if i > 0 else None
        if other is not None and other.start < i:
            return True  # inside one name: `der Vereinten Nationen`, `Thomas de Maizière`
        named = other is not None and other.start == i and token.text[:1].isupper()  # `der Stadt Den Haag`
        if not (self.nounish(token) or named) or self.is_cue_verb(token):
            return False
        if doc[i - 1].like_url and "." in doc[i - 1].text:
            return False  # `laut golem.de Unterlassungserklärung`: a web address is a whole name
        if before is not None and before._.mention == "place" and token.pos_ == "NOUN":
            return self._town_in_name(doc, before)  # `verhängte Washington Strafzölle`, not `die Bangkok Post`
        if (other is None and before is not None and before.label_ == "ROLE" and before[-1].pos_ == "NOUN"
                and self.common_noun(token) and not token.lower_.endswith("s")):
            # `forderten die Demonstranten Neuwahlen`: a role noun's object follows, no name (a genitive
            # goes on: `die Führung Hongkongs`; after a person's name a noun may be the rest of the name
            # the recogniser cut short: `Minister Sathit Wongnongtoey`)
            return False
        if (other is None and before is not None and before.label_ == "PER" and not token.ent_type_
                and self._common_noun_by_form(token)):
            # `forderte Olaf Scholz Steuersenkungen`, `so Polizeisprecher X Dienstagabend`: a common noun by the
            # lexicons or a weekday's compound after a person's name is the verb's object or an adverb (an
            # organisation's name may end in one: `der AK Vorratsdatenspeicherung`)
            return False
        if (other is None and before is None and self.common_noun(token) and self.common_noun(doc[i - 1])
                and i > 1 and doc[i - 2].lower_ in self.articles and not doc[i - 1].lower_.endswith(self.adjective_endings)):
            return False  # `nach Angaben der Polizei Schäden verursacht`: a name may follow its noun, a noun does not
        return not (other is not None and before is not None and other.start == i
                    and other._.actor != before._.actor and not self._title_before_name(before, other))

    def _common_noun_by_form(self, token: Token) -> bool:
        """`Steuersenkungen`, `Neuwahlen`, `Montagabend`: a capitalised word that is a common noun by the
        lexicons (`lexicons.common_noun_by_lexicons`: an issue keyword or abstract noun's ending) or a
        weekday's compound (`Dienstagabend`, `Mittwochfrüh`)."""
        if not (token.is_alpha and token.text[:1].isupper()):
            return False
        lower = token.lower_
        return self.common_noun_word(token.text) or any(
            lower.startswith(day) and len(lower) > len(day) + 2 for day in self.weekdays)

    def _town_in_name(self, doc: Doc, place: Span) -> bool:
        """`die Bangkok Post`, `der Jerusalem Post`: a town takes no article of its own, so an article
        right before it opens a name the town is the first word of (a paper, an airport), and the
        capitalised noun after the town goes on with that name."""
        return (place.start > 0 and doc[place.start - 1].lower_ in self.articles
                and place.text.lower() in self.towns)

    @staticmethod
    def _second_name(doc: Doc, comma: int, end: int) -> bool:
        """`Olaf Scholz, Emmanuel Macron und …`: another person's name alone after a person's name and
        its comma lists a second speaker, it is no apposition (`Ein Sprecher, Lars Beringer,` is one)."""
        first, second = mention_at(doc, comma - 1), mention_at(doc, comma + 1)
        return (first is not None and second is not None and first.end == comma and second.start == comma + 1
                and second.end == end and all(map(is_person_name, (first, second)))
                and first._.actor != second._.actor and not NounPhrases._attached(doc, first.start))

    @staticmethod
    def _attached(doc: Doc, i: int) -> bool:
        """Whether the words before token i take it into their phrase (`des Grazer Forums Stadtpark`,
        `von Bugün TV`, `Präsident Boris Tadić`): a noun, adjective, article, number or preposition."""
        return i > 0 and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM")

    def _foreign_link_end(self, doc: Doc, i: int, hi: int) -> int | None:
        """End of the capitalised word after the lower-case links of an English name (german.csv
        foreign_name_link: `University of Exeter`, `Institute of Technology`, `Museum of the City`) from
        token i, right after a capitalised word; None where no capitalised word follows the links."""
        if doc[i].lower_ not in self.foreign_name_links or not doc[i].is_lower or not doc[i - 1].is_title:
            return None
        j = i
        while j < hi and doc[j].is_lower and doc[j].lower_ in self.foreign_name_links:
            j += 1
        return j + 1 if j < hi and doc[j].text[:1].isupper() and not self.is_cue_verb(doc[j]) else None

    def _foreign_link_before(self, doc: Doc, start: int) -> bool:
        """The word before token `start` links the capitalised words of an English name around it
        (german.csv foreign_name_link: `of` in `der Secretary of State Tom Baker`)."""
        token = doc[start - 1]
        return (start > 1 and token.is_lower and token.lower_ in self.foreign_name_links
                and doc[start].text[:1].isupper() and (doc[start - 2].is_title or doc[start - 2].lower_ in self.foreign_name_links))

    def _particle_name_end(self, doc: Doc, i: int, hi: int) -> int | None:
        """End of a surname that opens with a lower-case particle after a first name (`Abdalla al Badri`,
        `Osama bin Laden`, `Jan van der Berg`, `Luis de la Fuente`); German `von`, `zu`, `der` do not open
        it here, they open an attribute (`Sprecher von Siemens`, `sagte Müller der Zeitung`)."""
        previous = doc[i - 1]
        if doc[i].text not in self.foreign_particles or not (previous.is_title and previous.pos_ in ("PROPN", "NOUN")):
            return None
        j = i + 1
        if j < hi and doc[j].text in self.surname_particles:
            j += 1  # `van der`, `de la`
        if j < hi and doc[j].is_title and doc[j].is_alpha and not self.is_cue_verb(doc[j]):
            return j + 1
        return None

    def _country_genitive(self, doc: Doc, i: int) -> bool:
        """`Der Vertreter Libyens`, `das Rote Kreuz Haitis`: a country in the genitive after a common
        noun is its attribute (not after a name or a place: `Merkel Frankreichs`; not before a noun it
        is the genitive of: `kritisierte der Minister Russlands Vorgehen`); an office the tagger takes
        for a name is a common noun too (`Die Regierungschefs Ungarns`), and so is an organisation's
        name (`die Demokratische Partei Thailands`)."""
        if doc[i].lower_ not in self.country_genitives:
            return False  # (asked first: most words are no country's genitive)
        before = mention_at(doc, i - 1)
        office = before is not None and (before._.mention == "role" and bool(before._.role) or before._.mention == "group")
        return ((doc[i - 1].pos_ == "NOUN" or office) and doc[i - 1].is_alpha
                and (before is None or before._.mention in ("role", "group"))
                and not (i + 1 < len(doc) and self.nounish(doc[i + 1])))

    @staticmethod
    def common_noun(token: Token) -> bool:
        """A noun that neither the tagger nor the recogniser takes for a name or a part of one."""
        return (token.pos_ == "NOUN" and not token.ent_type_ and token.is_alpha and token.text[:1].isupper()
                and mention_at(token.doc, token.i) is None)

    @staticmethod
    def _title_before_name(title: Span, name: Span) -> bool:
        """`Provinzgouverneur Thirayuth Iamtrakul`: a common noun the recogniser took for a name of
        its own (one word, tagged as a noun, no country known) before a person's full name is the
        person's title, not a second person (`sicherte Putin Trump … zu` keeps two)."""
        return (len(title) == 1 and title[0].pos_ == "NOUN" and not title._.actor_country
                and title.label_ == "PER" and name.label_ == "PER" and len(name) > 1)

    def _field_before_name(self, doc: Doc, i: int, hi: int) -> int | None:
        """End of an office's field (`im Senat`, `in der Partei`: a seat preposition, modifiers, one
        capitalised noun) that a comma and a person's name close: `der Minderheitsführer im Senat, Harry
        Reid`; None otherwise (`sagte der Minister im Parlament, die Lage …`)."""
        if doc[i].lower_ not in self.seat_prepositions or doc[i].lower_ in ("von", "aus") or doc[i - 1].ent_type_ == "PER":
            return None
        j = self.past_modifiers(doc, i + 1, hi)
        if j + 2 >= hi or not self.nounish(doc[j]) or doc[j + 1].text != ",":
            return None
        person = mention_at(doc, j + 2)
        if person is None or person.start != j + 2 or person.label_ != "PER" or not person._.actor_country:
            return None
        return j + 1

    def _title_before_apposed_name(self, doc: Doc, i: int, hi: int) -> int | None:
        """End of the rest of a long title (`der Leiter der Abteilung Umweltschutz im Amt der Landesregierung,
        Karl Huber`: nouns, their articles, modifiers, attribute and seat prepositions) that a comma and a
        person's name alone close (a comma, a bracket, a full stop or the speech verb after the name);
        None otherwise (`sagte der Leiter der Abteilung Umweltschutz, Karl Huber sei …`: a clause)."""
        if i == 0 or not self.nounish(doc[i - 1]) or doc[i - 1].ent_type_ == "PER":
            return None
        j, openers = i, self.attribute_openers | self.seat_prepositions
        while j < min(hi, i + 8) and doc[j].text != "," and (
                doc[j].text[:1].isupper() and doc[j].pos_ in ("NOUN", "PROPN") and not self.is_cue_verb(doc[j])
                or self.modifier(doc[j]) or doc[j].lower_ in openers):
            j += 1
        if j == i or j + 1 >= hi or doc[j].text != "," or not self.nounish(doc[j - 1]):
            return None
        person = mention_at(doc, j + 1)
        if person is None or person.start != j + 1 or person.label_ != "PER" or not is_person_name(person):
            return None
        after = person.end
        if after < hi and doc[after].text == "(":
            after = next((t.i + 1 for t in tokens_of(doc, after + 1, min(hi, after + 8)) if t.text == ")"), after)
        if after >= hi or doc[after].text in {",", ".", ";", ":"} or self.is_speech_verb(doc[after]):
            return j
        return None

    def apposition_end(self, doc: Doc, i: int, hi: int) -> int | None:
        """End of `Lars Beringer` in `Ein Sprecher der Polizei, Lars Beringer, sagte`: capitalised
        words (with attributes, a bracket, coordinated titles: `General und Kommandeur des Einsatzes`)
        closed by a comma or by the cue verb, after a person's name also by a time (`am Montag`);
        None otherwise."""
        j = self.past_modifiers(doc, i, hi)
        start = j
        j = self._apposition_words(doc, j, hi)
        while j > start and j + 1 < hi and doc[j].lower_ in self.list_conjunctions and self._title(doc, start):
            k = self.past_modifiers(doc, j + 1, hi)  # `Dekan der Fakultät und Vorsitzende des Ausschusses`: one person's two titles
            following = self._apposition_words(doc, k, hi) if k < hi and self._title(doc, k) else k
            if following == k:
                break  # `Spanien, Litauen und Irland`: a list of names, no titles
            j = following
        if j > start and j < hi and doc[j].lower_ in self.prepositions and not self._time_phrase(doc, j, hi):
            j = self._prepositional_attribute_end(doc, j, hi) or j  # `der Unternehmer hinter der Firma,`
        if j == start or j - i > 16:
            return None
        if j >= hi or doc[j].text in {",", ".", "!", "?", ";", ":"} or self.is_speech_verb(doc[j]):
            return j
        named = mention_at(doc, i - 2) if i > 1 else None
        if (doc[j - 1].text == ")" and named is not None and is_person_name(named) and named.end == i - 1
                and doc[j].pos_ not in ("VERB", "AUX")):  # not `sagte Berg, die Partei (CDU) habe …`: content
            return j  # `Wie Max Berg, ein Sprecher der Volksarmee (FVA) der Presse mitteilte`: the bracket closes it
        person = mention_at(doc, j - 1)
        if (person is not None and person.end == j and person.label_ == "PER" and doc[j].is_lower and doc[j].is_alpha
                and not (doc[i].lower_ in self.articles and doc[i + 1].lower_ in self.articles)):  # `, die die …`: relative
            return j  # `…, General George Casey heute anlässlich …`: a person's name ends the apposition
        named = mention_at(doc, i - 2) if i > 1 else None
        if (named is not None and named.label_ == "PER" and doc[i].lower_ not in self.object_articles
                and self._time_phrase(doc, j, hi)):  # not `sagte X, einen Anstieg in den nächsten Monaten`
            return j  # `sagte Charles Bouchard, Kommandeur des Einsatzes, am Montag` without its comma
        return None

    def _prepositional_attribute_end(self, doc: Doc, j: int, hi: int) -> int | None:
        """End of a prepositional phrase with its attributes from token j inside an apposition, when a
        comma closes it (`Jonas Keller, der Unternehmer hinter der Firma, kündigte`); None otherwise."""
        k = self._noun_phrase_end(doc, j + 1, hi)
        while k is not None and k < hi and (attribute := self._apposition_attribute(doc, k, hi)) is not None:
            k = attribute
        return k if k is not None and k < hi and doc[k].text == "," else None

    @staticmethod
    def _title(doc: Doc, i: int) -> bool:
        """Token i opens a title (`Dekan`, `Präsident`), not another actor's name or place."""
        mention = mention_at(doc, i)
        return mention is None or mention._.mention == "role"

    def _apposition_words(self, doc: Doc, j: int, hi: int) -> int:
        """End of the capitalised words from token j with their attributes, seats, employers
        (`Leiter der Abteilung bei der FES`) and brackets (`Präsident des Verbands (DFB)`)."""
        while j < hi and (doc[j].text[:1].isupper() and (self.nounish(doc[j]) or self.modifier(doc[j]))
                          or j > 0 and doc[j - 1].text[:1].isupper() and _article_name(doc[j].text, self.surname_articles)):
            j += 1  # (`Mohammed el-Baradei`: a surname with its article in lower case)
            # `Kopf einer Gruppe von Inspektoren`, `ein Sprecher des Zyklonwarnzentrums in Brisbane`: an
            # apposition must end at a comma or the verb, so its `der` phrases are attributes whatever the parse
            attribute = self._apposition_attribute(doc, j, hi)
            while attribute is not None:
                j = attribute
                if doc[j - 1].text == ")":
                    return j  # a bracket closes the words: `(SPLA) der Presse mitteilte` is the verb's object
                attribute = self._apposition_attribute(doc, j, hi)
        return j

    def _time_phrase(self, doc: Doc, j: int, hi: int) -> bool:
        """`am Montag`, `in der vergangenen Woche`, `im April` starting at token j."""
        if j >= hi or doc[j].lower_ not in self.prepositions:
            return False
        k = self.past_modifiers(doc, j + 1, hi)
        return k < hi and doc[k].lower_ in self.time_words

    def _apposition_attribute(self, doc: Doc, j: int, hi: int) -> int | None:
        """End of an attribute, a seat, an employer or a bracket inside an apposition, starting at token j."""
        if j >= hi:
            return None
        if doc[j].text == "(":
            close = next((t.i for t in tokens_of(doc, j + 1, min(hi, j + 8)) if t.text == ")"), None)
            return close + 1 if close is not None else None
        if doc[j].lower_ in self.employer_prepositions:
            return self._employer_end(doc, j, hi)
        quoted = self.quoted_name_end(doc, j, hi) if self.nounish(doc[j - 1]) else None
        if quoted is not None and doc[j + 1].text[:1].isupper() and (quoted >= hi or not self.nounish(doc[quoted])):
            return quoted  # `Chef des Vereins „Hilfe für Kinder“`: the name in quotation marks after its noun
        return self.attribute_end(doc, j, hi, strict=False) or self.seat_end(doc, j, hi) or self._body_end(doc, j, hi)

    def _body_end(self, doc: Doc, j: int, hi: int) -> int | None:
        """End of the body an office sits in, inside an apposition that a comma or the verb closes:
        `Obmann der ÖVP im Ausschuss`, `Vorsitzender des Ausschusses im Senat` (`in`, `im`, `aus` and a
        capitalised noun with its name; not a time: `im Juni`)."""
        if doc[j].lower_ not in self.seat_prepositions:
            return None
        return self._noun_phrase_end(doc, j + 1, hi, lambda noun: noun.text[:1].isupper()
                                     and noun.lower_ not in self.time_words)

    def _employer_end(self, doc: Doc, j: int, hi: int) -> int | None:
        """End of `bei der FES`, `beim Bankhaus Metzler` (german.csv employer_preposition) from token j."""
        return self._noun_phrase_end(doc, j + 1, hi)

    def _noun_phrase_end(self, doc: Doc, k: int, hi: int,
                         fits: Callable[[Token], bool] = lambda noun: True) -> int | None:
        """End of a noun phrase from token k, before hi: modifiers, a noun that `fits` and the name words
        after it (`der FES`, `Bankhaus Metzler`); None without such a noun."""
        k = self.past_modifiers(doc, k, hi)
        if k >= hi or not self.nounish(doc[k]) or not fits(doc[k]):
            return None
        k += 1
        while k < hi and self._continues_name(doc, k):
            k += 1
        return k

    @staticmethod
    def quoted_name_end(doc: Doc, i: int, hi: int) -> int | None:
        """End of a name in quotation marks (`„Spiegel“`, `„Münsterschen Zeitung“`) starting at i."""
        if i >= hi or doc[i].text not in QUOTE_PAIRS:
            return None
        closers = QUOTE_PAIRS[doc[i].text]
        close = next((t.i for t in tokens_of(doc, i + 1, min(hi, i + 7)) if t.text in closers), None)
        return close + 1 if close is not None and close > i + 1 else None

    def _attribute_preposition_before(self, doc: Doc, sent: Span, i: int, end: int) -> bool:
        """Token i - 1 is `von`, `vom`, `in`, `im` or `aus` between a noun and the phrase after it
        (`Angaben des Instituts von Athen`, `Einer Meldung von Xinhua`, `Den Polizeibehörden in Mombasa`)."""
        lower = doc[i - 1].lower_
        return (lower in self.attribute_prepositions | self.seat_prepositions and lower != "für"
                and i < end and i - 2 >= sent.start and self.nounish(doc[i - 2]))

    def _genitive_modifier(self, token: Token) -> bool:
        """`verschiedener`, `vieler`: a lower-case determiner or adjective in the genitive plural
        that opens an attribute (`Berichten verschiedener US-Medien`)."""
        return token.is_lower and token.lower_.endswith("er") and self.modifier(token) and token.pos_ != "NUM"

    def before(self, doc: Doc, sent: Span, end: int) -> Span | None:
        """The noun phrase that ends before `zufolge` (`Einem Bericht der Zeitung`, `Dmitrijew`),
        not reaching into an earlier phrase (`sei das Gespräch ersten Angaben zufolge`)."""
        i = end
        while i > sent.start:
            token = doc[i - 1]
            named = i < end and mention_at(doc, i) is not None  # a name goes on: `Fox` of `Fox News`
            listed = (token.text.lower() in self.list_conjunctions and i < end and i - 2 > sent.start
                      and self.nounish(doc[i]) and self.nounish(doc[i - 2]))  # `der Sender Sky News und BBC`
            if not (self.nounish(token) or self.modifier(token) or mention_at(doc, i - 1) or listed
                    or self._attribute_preposition_before(doc, sent, i, end)):
                break
            if token.lower_ in self.articles and i < end and (doc[i].pos_ == "DET" or doc[i].lower_ in self.articles):
                break  # `die ihrer Meinung nach …`: an article before a possessive opens the phrase around it
            if (self.nounish(token) and i < end and not self.nounish(doc[i]) and not named
                    and doc[i].text.lower() not in self.attribute_openers | self.list_conjunctions | self.seat_prepositions
                    and not self._genitive_modifier(doc[i])):
                break
            i -= 1
        phrase = doc[i:end]
        return phrase if any(self.nounish(t) for t in phrase) else None
