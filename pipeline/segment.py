"""Stage 2, segment: split German news text into sentences.

`news_sentencizer` is a registered spaCy component that sets `Token.is_sent_start` before any
parser runs. It relies on spaCy's German tokenizer for abbreviations (`Dr.`, `Nr.`, `z. B.`
stay one token) and adds rules for what the tokenizer cannot know: ordinals (`am 18. Februar`
vs `stieg auf 19. Die …`), closing quotes after the full stop (`… läuft.“ Dann …`), and line
breaks, which always end a sentence (headlines, list items). A "sentence" longer than
`max_tokens` (a results table, a text without stops) is cut at its last clause break before the
limit: the attribution rules look across a sentence for every cue word, and a single
7,500-word sentence took minutes.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

import numpy
from spacy.attrs import LIKE_URL, SENT_START, SPACY
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.bundle import LexiconRules
from pipeline.lexicons import Lexicons
from pipeline.phrases import doc_text, token_words

if not Doc.has_extension("content_ranges"):
    Doc.set_extension("content_ranges", default=None)  # (token count, ranges): see `content_sentences`

SENTENCE_PUNCT = set(".!?…") | {"?!", "!?", "...", "…"}
CLOSERS = set("“”\"»«’'‘)]›‹")
CUT_AFTER = {",", ";", ":", "–", "-"}
MAX_SENTENCE_TOKENS = 200  # real prose in the gnad and quotes-de corpora: at most 151 tokens
MAX_HEADING_WORDS = 8  # a subheading that scraping glued to the next sentence: `Leise Kritik Bei PSG …`
MIN_BODY_WORDS = 3  # the sentence after it has words of its own


def _is_terminal(text: str) -> bool:
    return text in SENTENCE_PUNCT or (len(text) > 1 and set(text) <= set(".!?…"))


REGNAL_NUMERAL = re.compile(r"[IVXL]{2,}\.?")  # `Abdullah II.`, `Felipe VI`: a monarch's or pope's ordinal


def _is_ordinal(text: str) -> bool:
    return text.endswith(".") and text[:-1].isdigit()


def _is_regnal_numeral(text: str) -> bool:
    """A Roman numeral with its stop as one token (`II.`, `XVI.`): a monarch's or pope's ordinal
    (`König Abdullah II.`), which may end the sentence too."""
    return text.endswith(".") and REGNAL_NUMERAL.fullmatch(text) is not None


def _starts_sentence(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or first in "„“\"»«‚‹›'(–-#@"  # `#AfD ist …` (a tweet)


def set_sentence_starts(doc: Doc, lexicons: Lexicons, max_tokens: int = MAX_SENTENCE_TOKENS,
                        headings: GluedHeadings | None = None) -> Doc:
    """Decide `is_sent_start` for every token of `doc`. Reads the words, their trailing spaces and
    `like_url` as arrays once: no `Token` object per word (measured: most of the component's time).
    `headings`: the word classes of `split_glued_headings`, made once by the component (else here)."""
    starters = lexicons.word_class("sentence_starter")
    months = lexicons.word_class("month")
    n = len(doc)
    boundary_before = [False] * n
    if not n:
        return doc
    boundary_before[0] = True
    columns = doc.to_array([SPACY, LIKE_URL]).tolist()  # each token's trailing space and `like_url`
    texts = token_words(doc)[0]  # (each word decoded once for all components: `token_words` keeps them per Doc)
    for i, text in enumerate(texts):
        if text[-1] not in ".!?…" and not text[-1].isspace() and not columns[i][1]:
            continue  # no stop, no ordinal, no line break (only whitespace tokens hold one), no link
        if "\n" in text or "\r" in text:
            boundary_before[i] = True
            if i + 1 < n:
                boundary_before[i + 1] = True
            continue
        j = i + 1
        if _is_terminal(text):
            # a quote mark right after the stop closes the quote; after a space it opens the next one
            while j < n and set(texts[j]) <= CLOSERS and not columns[j - 1][0]:  # `''` is one token
                j += 1
            if j < n and (texts[j].isspace() or _starts_sentence(texts[j])):
                boundary_before[j] = True
        elif columns[i][1] and "/" in text and j < n and columns[i][0] and _starts_sentence(texts[j]):
            # an embedded tweet ends with its link: `… pic.twitter.com/xyz Innenminister …`; a bare domain
            # is a name inside the sentence (`zitiert ndr.de Polizeisprecher …`)
            boundary_before[j] = True
        elif _is_ordinal(text) and j < n:
            following = texts[j].lower()
            if following in starters and following not in months:
                boundary_before[j] = True
        elif _is_regnal_numeral(text) and j < n and texts[j][:1].isupper() and texts[j].lower() in starters:
            boundary_before[j] = True  # `traf König Abdullah II. Bei dem Gespräch …`: the stop ends the sentence
    boundary_before = split_glued_headings(texts, boundary_before, headings or GluedHeadings.of(lexicons))
    return mark_sentence_starts(doc, cut_long_sentences(texts, boundary_before, max_tokens))


def _is_word(text: str) -> bool:
    """A word of letters or digits, hyphens inside it allowed (`Bank-Austria-Mitarbeiter`, `2016`)."""
    return text.replace("-", "").isalnum()


class GluedHeadings(NamedTuple):
    """The word classes `split_glued_headings` reads."""
    followers: frozenset[str]  # `heading_follower`: capitalised, they open the sentence after a heading
    no_start: frozenset[str]  # prepositions, conjunctions, personal pronouns: no heading opens with them
    no_end: frozenset[str]  # words that lead into what follows: no heading ends with them
    title_nouns: tuple[str, ...]  # `title_noun`, also as a compound's end: `Roman Die Blechtrommel`, `Liste Die …`
    articles: frozenset[str]  # `der Stadt Den Haag`, `der Partei Die Linke`: an article after article and noun opens a name

    @classmethod
    def of(cls, lexicons: Lexicons) -> "GluedHeadings":
        clause_openers = lexicons.word_class("preposition") | lexicons.word_class("not_content") \
            | lexicons.word_class("subordinator") | lexicons.word_class("complementizer") \
            | lexicons.word_class("coordinator")
        pronouns = lexicons.word_class("pronoun_m") | lexicons.word_class("pronoun_f") \
            | lexicons.word_class("first_person")
        # `Sie habe Er hat nichts getan! geschrien`: a Konjunktiv before the capital word goes on with speech
        return cls(lexicons.word_class("heading_follower"), clause_openers | pronouns,
                   clause_openers | lexicons.word_class("sentence_starter") | lexicons.word_class("article")
                   | lexicons.word_class("ki") | lexicons.word_class("ki2"),
                   tuple(sorted(lexicons.word_class("title_noun") | lexicons.word_class("medium_noun"))),
                   lexicons.word_class("article"))


def split_glued_headings(texts: list[str], starts: list[bool], words: GluedHeadings) -> list[bool]:
    """`Leise Kritik Bei PSG drehte sich …`, `Verfassungskonflikt Der Gesetzgeber schaffe …`, `Wałęsa weist
    Vorwürfe zurück Es sei …`: scraped news lose the line break after a subheading, which runs on into the next
    sentence. A capitalised word that opens a clause (german.csv `heading_follower`: `Der`, `Es`, `Bei`, `Wie`;
    not `Sie`, the polite pronoun of `Vergessen Sie nicht`) right after at most `MAX_HEADING_WORDS` words that open
    the sentence, all plain words without punctuation, starts the sentence that follows the heading, which has
    `MIN_BODY_WORDS` words or more. Not when the heading opens with a preposition, conjunction or personal pronoun
    (`Unter dem Titel Der Hexer …`, `Im Hype um Das Erwachen …`, `Wenn …`: the frame of a title or a clause) or
    its last word is one, an article, a Konjunktiv or a noun that a title follows (`wie Die Kräfte des Alters`,
    `in Der Pate`, `Roman Die Stunde …`, `Band Die Toten Hosen`); nor an article after an article and a noun (`ein
    Sprecher der Stadt Den Haag`, `der Partei Die Linke`: a name), nor a word in capitals (`DER SPIEGEL`), nor after
    a dateline's dash (`Istanbul- Der …`)."""
    starts = list(starts)
    n = len(texts)
    for s in [i for i, start in enumerate(starts) if start]:
        if texts[s].lower() in words.no_start or not texts[s][:1].isupper():
            continue
        for j in range(s + 1, min(s + MAX_HEADING_WORDS + 1, n)):
            before = texts[j - 1]
            if starts[j] or not _is_word(before) or before.endswith("-"):
                break
            word = texts[j]
            named = j - 2 >= s and texts[j - 2].lower() in words.articles and word.lower() in words.articles
            if word.istitle() and word.lower() in words.followers and before.lower() not in words.no_end \
                    and not before.lower().endswith(words.title_nouns) and not named:
                rest = 0
                for k in range(j + 1, n):
                    if starts[k]:
                        break
                    rest += _is_word(texts[k])
                if rest >= MIN_BODY_WORDS:
                    starts[j] = True
                break
    return starts


def cut_long_sentences(texts: list[str], starts: list[bool], max_tokens: int) -> list[bool]:
    """Start a new sentence in every run of more than `max_tokens` tokens without one: after the
    last comma, semicolon, colon or dash in the run's second half, else right at the limit."""
    starts = list(starts)
    start = 0
    for i in range(1, len(starts) + 1):
        if i < len(starts) and not starts[i]:
            continue
        while i - start > max_tokens:
            limit = start + max_tokens
            cut = next((j for j in range(limit, start + max_tokens // 2, -1) if texts[j - 1] in CUT_AFTER), limit)
            starts[cut] = True
            start = cut
        start = i
    return starts


def mark_sentence_starts(doc: Doc, starts: list[bool]) -> Doc:
    """Set every token's `is_sent_start` from `starts` in one array: the `Token.is_sent_start`
    setter checks the whole doc's parse on every token (quadratic; measured: 90 % of the
    sentencizer's time)."""
    if not len(doc):
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(f"sentence starts must be set before the parser runs ({Errors.E043})")
    values = numpy.array([1 if start else -1 for start in starts], dtype="int64")
    return doc.from_array([SENT_START], values.astype("uint64"))


@Language.factory("news_sentencizer", assigns=["token.is_sent_start"],
                  default_config={"max_tokens": MAX_SENTENCE_TOKENS})
def create_news_sentencizer(nlp: Language, name: str, max_tokens: int) -> LexiconRules:
    """Sentence starts by the rules above; the word classes come with the lexicons (`initialize`)."""
    def build(bundle):
        lexicons = bundle.lexicons
        headings = GluedHeadings.of(lexicons)  # once, not per document
        return lambda doc: set_sentence_starts(doc, lexicons, max_tokens, headings)

    return LexiconRules(name, build)


def content_sentences(doc: Doc, remember: bool = False) -> Iterator[Span]:
    """Sentences without leading/trailing whitespace tokens; whitespace-only ones are skipped.
    (A token is whitespace as `Token.is_space` says, `str.isspace` of its text, read from
    `token_words` without making a Token of it.) With `remember` (the first rule component that
    reads them, the quote finder) their token ranges are kept in `doc._.content_ranges`, and the
    later calls (the interview finder, the claim coder) read them from there while the Doc has as
    many tokens; sentence starts set anew after that call are not seen."""
    known = doc._.content_ranges
    if known is not None and known[0] == len(doc):
        ranges = known[1]
    else:
        ranges = content_ranges(doc)
        if remember:
            doc._.content_ranges = (len(doc), ranges)
    for start, end in ranges:
        yield Span(doc, start, end)


def content_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token indices of `content_sentences`, read anew."""
    texts, ranges = token_words(doc)[0], []
    for start, end in sentence_ranges(doc):
        while start < end and texts[start].isspace():
            start += 1
        while end > start and texts[end - 1].isspace():
            end -= 1
        if end > start:
            ranges.append((start, end))
    return ranges


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of `doc.sents`, read from the Doc's SENT_START array: `doc.sents`
    makes a Span of each sentence, and each Span a Token of its first and last words. As spaCy
    does, the first sentence starts at token 0 and a sentence at each token marked as a start
    (1); a `sents` hook or a Doc without sentence starts goes through `doc.sents` (or its error)."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(sent.start, sent.end) for sent in doc.sents]
    flags = doc.to_array(SENT_START)
    starts = [0] + (numpy.flatnonzero(flags[1:] == 1) + 1).tolist()
    return list(zip(starts, starts[1:] + [len(doc)])) if len(doc) else []


def sentence_rows(doc: Doc, doc_id: str, paragraph_of) -> list[dict]:
    """Rows of sentences.csv; `paragraph_of(char_offset)` gives the paragraph index. A sentence's
    text is sliced from the document's (`Span.text` joins its tokens anew)."""
    text, rows = doc_text(doc), []
    for i, sent in enumerate(content_sentences(doc)):
        start, end = sent.start_char, sent.end_char
        rows.append({"doc_id": doc_id, "sentence_id": i, "start": start, "end": end, "text": text[start:end],
                     "paragraph": paragraph_of(start)})
    return rows
