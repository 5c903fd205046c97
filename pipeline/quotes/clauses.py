"""Where quotations and clauses begin and end: character spans of quoted passages and token
ranges of clauses (up to a comma, dash or bracket). Punctuation only, no vocabulary."""

from __future__ import annotations

import re

from spacy.symbols import ADP, AUX, PART, SCONJ, VERB
from spacy.tokens import Doc, Span, Token

from pipeline.phrases import QUOTE_PAIRS, morph_values, token_starts, token_words, tokens_of

CLAUSE_BREAKS = {",", ";", ":", "–", "—", "-", "(", ")"}
VERB_TAGS = (AUX, VERB)
OWN_CLAUSE_OPENERS = (SCONJ, PART)  # `um`, `dass`, `zu`: the words after a comma open a clause of their own
SHORT_QUOTATION = 40  # characters: quoted words inside a clause, not speech of their own

Blocked = list[tuple[int, int]]  # character spans (quotations, reported content) a rule skips


OPENING_MARK = re.compile("|".join(map(re.escape, QUOTE_PAIRS)))
# What ends the scan from an opening mark: its closing marks, a line break, or another opening `„`/`»`.
SCAN_STOP = {mark: re.compile("[" + re.escape("".join(sorted(set(closers + "\n" + "„»".replace(mark, ""))))) + "]")
             for mark, closers in QUOTE_PAIRS.items()}


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages, marks included, never across a line break: from an opening
    mark to the first of its closing marks, unless a line break or another `„`/`»` comes first
    (then the scan resumes after the opening mark). Regular expressions jump between the marks."""
    spans, i = [], 0
    while (opening := OPENING_MARK.search(text, i)) is not None:
        i = opening.start()
        stop = SCAN_STOP[text[i]].search(text, i + 1)
        if stop is not None and text[stop.start()] in QUOTE_PAIRS[text[i]]:
            spans.append((i, stop.start() + 1))
            i = stop.start() + 1
        else:
            i += 1
    return spans


def inside(token: Token, blocked: Blocked) -> bool:
    """Whether the token starts inside one of the character spans."""
    if not blocked:
        return False
    idx = token.idx  # (read once, not for each span)
    return any(a <= idx < b for a, b in blocked)


def ends_with(span: Span, mark: str) -> bool:
    """Whether the span's text ends with `mark`, trailing whitespace aside (`span.text.rstrip()
    .endswith(mark)` without joining the span's text: asked of every sentence several times)."""
    texts = token_words(span.doc)[0]  # (`Token.is_space` is `str.isspace` of the text: no Token made)
    for i in range(span.end - 1, span.start - 1, -1):
        if not texts[i].isspace():
            return texts[i].rstrip().endswith(mark)
    return False


def clause_range(doc: Doc, sent: Span, i: int, blocked: Blocked, across_brackets: bool = False) -> tuple[int, int]:
    """Token range of the clause around token i: up to a comma, dash or bracket, or a quotation
    (quoted words, `als „geschäftsunfähig“ abtut`, stay inside the clause); a short bracket before
    token i stays inside, and one after it too with `across_brackets` (`sprach sich Hans Niessl (SPÖ)
    gegen … aus`). Reads the tokens' texts and offsets by index (`token_words`, `token_starts`): no
    Token is made on the way."""
    breaks = [(a, b) for a, b in blocked if b - a > SHORT_QUOTATION]
    texts = token_words(doc)[0]
    starts = token_starts(doc) if breaks else ()
    first, end = sent.start, sent.end
    lo = i
    while lo > first and not (breaks and any(a <= starts[lo - 1] < b for a, b in breaks)):
        if texts[lo - 1] == ")":
            bracket = short_bracket_start(doc, sent, lo - 1)
            if bracket is not None:  # `Rudolf Hundstorfer (SPÖ) betonte`
                lo = bracket
                continue
        if texts[lo - 1] in CLAUSE_BREAKS:
            break
        lo -= 1
    hi = i + 1
    while hi < end and not (breaks and any(a <= starts[hi] < b for a, b in breaks)):
        if across_brackets and texts[hi] == "(" and hi > i + 1:
            close = short_bracket_end(texts, hi, end)
            if close is not None:  # `sprach sich Hans Niessl (SPÖ) gegen … aus`
                hi = close + 1
                continue
        if texts[hi] in CLAUSE_BREAKS:
            break
        hi += 1
    return lo, hi


EMBEDDED_CHAIN = 3  # relative clauses in a row a verb-final cue's clause may reach back over


def relative_clause_before(doc: Doc, sent: Span, comma: int, i: int, relatives: frozenset[str],
                           until: int | None = None) -> int | None:
    """Index of the comma opening an embedded clause that the comma at `comma` closes, when only a
    verb-final participle or infinitive at i follows it in its clause (`Sie kann sich eine Umschichtung
    von Mitteln, die … vorgesehen waren, vorstellen`), or, with `until`, no verb up to that index (the
    next embedded clause's comma): the embedded clause opens with one of the `relatives` (german.csv
    relative_pronoun), also after a preposition (`mit denen`), and ends in its verb (`clause_final_verb`).
    None for anything else (`…, man müsse warten`, `…, ob es ein Trick war, um … anzukreiden`)."""
    verb = doc[i]
    if verb.pos not in VERB_TAGS or not ({"Part", "Inf"} & set(morph_values(verb, "VerbForm"))):
        return None
    if i + 1 < sent.end and not (doc[i + 1].is_punct or finite_verb(doc[i + 1])):
        return None
    if comma - 1 <= sent.start or not clause_final_verb(doc[comma - 1]) or any(
            finite_verb(t) or t.pos in OWN_CLAUSE_OPENERS for t in tokens_of(doc, comma + 1, i if until is None else until)):
        return None  # (`…, um zu verhindern`: a clause of its own)
    for k in range(comma - 2, sent.start, -1):
        if doc[k].text in CLAUSE_BREAKS:
            if doc[k].text != "," or k + 2 >= comma:
                return None
            opener = doc[k + 2] if doc[k + 1].pos == ADP else doc[k + 1]  # `mit denen`
            return k if opener.lower_ in relatives else None
    return None


def host_before_embedded(doc: Doc, sent: Span, lo: int, i: int, blocked: Blocked,
                         relatives: frozenset[str]) -> tuple[int, int] | None:
    """Token range of the part of a verb-final cue's clause before an embedded clause whose closing
    comma opens the cue's clause range at lo (`Die Ministerin kann sich eine Umschichtung von Mitteln |,
    die … vorgesehen waren,| vorstellen`); None where no such clause comes before. Where that part is
    only a phrase between two relative clauses (`kann sich eine Verlagerung von Geldern, die …, auf jene
    Schulen, die …, vorstellen`), the part before the first of them (up to `EMBEDDED_CHAIN` in a row)."""
    if lo <= sent.start or doc[lo - 1].text != ",":
        return None
    opening = relative_clause_before(doc, sent, lo - 1, i, relatives)
    if opening is None:
        return None
    start = clause_range(doc, sent, opening - 1, blocked)[0]
    for _ in range(EMBEDDED_CHAIN - 1):
        earlier = relative_clause_before(doc, sent, start - 1, i, relatives, until=opening) \
            if start > sent.start and doc[start - 1].text == "," else None
        if earlier is None:
            break
        opening = earlier
        start = clause_range(doc, sent, opening - 1, blocked)[0]
    return start, opening


INSERTION_SPAN = 20  # words an inserted comparison clause after a verb may have (`ließ, wie schon zuvor, …`)


def clause_after_insertion(doc: Doc, sent: Span, i: int, hi: int, blocked: Blocked,
                           openers: frozenset[str]) -> tuple[int, int] | None:
    """Token range of the rest of the verb's clause after an inserted clause that a comma right after
    the verb opens with a comparison particle (`Sie ließ, wie schon im Vorjahr, keinen Zweifel daran`:
    `keinen Zweifel daran`); None where no such insertion follows the verb at i (its clause ends at hi)."""
    texts = token_words(doc)[0]
    if hi != i + 1 or hi + 2 >= sent.end or texts[hi] != "," or texts[hi + 1].lower() not in openers:
        return None
    for k in range(hi + 2, min(hi + 2 + INSERTION_SPAN, sent.end - 1)):
        if texts[k] == ",":
            return clause_range(doc, sent, k + 1, blocked)
        if texts[k] in CLAUSE_BREAKS:
            return None
    return None


def short_bracket_start(doc: Doc, sent: Span, close: int) -> int | None:
    """Index of the `(` of a bracket of at most three words closing at `close` (a party, an
    abbreviation or an age after a name), else None."""
    for j in range(close - 1, max(sent.start, close - 5) - 1, -1):
        if doc[j].text == "(":
            return j
        if doc[j].is_punct:
            return None
    return None


def short_bracket_end(texts: tuple[str, ...] | list[str], opening: int, end: int) -> int | None:
    """Index of the `)` closing a bracket of one word that opens at `opening` (a party, an
    abbreviation or an age after a name: `Hans Niessl (SPÖ)`, `(56)`), else None; reads the tokens'
    texts. (A longer bracket, `die ADR (Alternativ Demokratesch Reformpartei)`, may hold a clause.)"""
    if opening + 2 < end and texts[opening + 2] == ")" and any(c.isalnum() for c in texts[opening + 1]):
        return opening + 2
    return None


def content_after(doc: Doc, sent: Span, token: Token) -> tuple[int, int]:
    """Character span from after `token` to the sentence's end, closing punctuation left out
    (a closing quotation mark kept)."""
    end_token = sent.end - 1
    while end_token > token.i and doc[end_token].is_punct and doc[end_token].text not in "“»\"":
        end_token -= 1
    start_token = min(token.i + 1, end_token)
    return doc[start_token].idx, doc[end_token].idx + len(doc[end_token].text)


def finite_verb(token: Token) -> bool:
    """A verb or auxiliary the tagger reads as finite (`erklärte`, `hat`, `sei`)."""
    return token.pos in VERB_TAGS and "Fin" in morph_values(token, "VerbForm")  # (`pos`: no string lookup)


def clause_final_verb(token: Token) -> bool:
    """The verb that closes an embedded clause: finite, or a plural present the tagger reads as the
    infinitive it looks like (`…, die über der Grenze liegen, …`)."""
    return finite_verb(token) or token.pos in VERB_TAGS and token.lower_.endswith("en") \
        and "Inf" in morph_values(token, "VerbForm")


def main_clause(clause: Span) -> bool:
    """A clause with a finite verb (needs a tagger: `…, den Verzicht auf X und Y` is a list)."""
    return any("Fin" in morph_values(t, "VerbForm") for t in clause)


def zu_infinitive(doc: Doc, i: int, lo: int) -> bool:
    """The verb at i is an infinitive with `zu`: `zu` right before it inside its clause, which opens at
    `lo` (`…, sie als Kandidatin zu unterstützen`), or `zu` inside the word (`…, Druck auszuüben`,
    `abzulehnen`). Read from the words alone, so a zu-infinitive the tagger misreads still counts."""
    return i > lo and doc[i - 1].lower_ == "zu" or "zu" in doc[i].lower_[2:-3]


def infinitive_clause(clause: Span) -> bool:
    """`mehr auszugeben`, `… installieren zu wollen`: the clause ends in an infinitive. Only its last
    three words that are no punctuation count: they are read from the end (a Token of each word of a
    long clause was most of the time this took)."""
    doc, words = clause.doc, []
    for i in range(clause.end - 1, clause.start - 1, -1):
        token = doc[i]
        if not token.is_punct:
            words.append(token)
            if len(words) == 3:
                break
    if not words:
        return False
    last = words[0]
    form = morph_values(last, "VerbForm")
    if form and "Inf" not in form or not last.text.endswith("n"):
        return False
    return "zu" in last.text[2:-2] or any(t.text.lower() == "zu" for t in words)


def leading_infinitive_comma(clause: Span) -> Token | None:
    """`zu prüfen, ob …`, `alles zu tun, um …`: the clause's first comma when the words up to it end
    in a zu-infinitive and have no finite verb (not `wir versuchen, sie zu beruhigen, …`), so that
    what follows depends on the infinitive; else None."""
    comma = next((t for t in clause if t.text == ","), None)
    if comma is None:
        return None
    head = clause.doc[clause.start:comma.i]
    return comma if infinitive_clause(head) and not main_clause(head) else None


def result_clause(doc: Doc, lo: int, comma: int, degree_words: set[str], correlates: set[str]) -> bool:
    """`ist so stark geworden, dass …`, `erzählen dermaßen unterschiedliche Versionen, dass …`: a degree
    word (`so`, `derart`) on an adjective, adverb or participle in the clause before the comma makes
    the `dass` clause after it one of result, not what anyone said (not `so schnell wie möglich`,
    not `stellte es so dar, dass …`, not `so sehr darauf, dass …`)."""
    for token in tokens_of(doc, lo, comma - 1):
        graded = doc[token.i + 1]
        if token.lower_ in degree_words and graded.dep_ != "compound:prt" and (
                graded.pos_ in ("ADJ", "ADV") or "Part" in morph_values(graded, "VerbForm")):
            return not any(t.lower_ in correlates for t in tokens_of(doc, token.i + 1, comma))
    return False


def wie_before_apposition(doc: Doc, sent: Span, lo: int) -> int:
    """`…, wie Alan Stern, Direktor des Missionsrats, betont`: the `wie` that opens the cue's clause
    before the speaker's apposition (its commas split the clause); no verb between (`wie X meldete,
    ohne Zahlen zu nennen`: `nennen` ends no `wie` clause)."""
    if doc[lo].lower_ == "wie":
        return lo
    for k in range(lo - 1, sent.start, -1):
        if doc[k].pos_ in ("VERB", "AUX"):
            return lo
        if doc[k].lower_ == "wie" and doc[k - 1].text == ",":
            return k
    return lo
