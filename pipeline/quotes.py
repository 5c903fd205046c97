"""Stage 4a, quotes: find reported-speech events and who speaks.

The registered component `quote_finder` stores a list of `Quote` on `doc._.quotes`:
- DIRECT: text in quotation marks („…“, »…«, "…") with a cue verb (`sagte Rubio`), a colon
  introduction (`Rubio wurde deutlicher: „…“`), `so X`, or the speaker of the quote before;
- INDIRECT: a verb of saying with a clause (`Peskow erklärte, der Präsident habe …`), `laut X`
  or `X zufolge` with Konjunktiv I, and follow-on Konjunktiv I sentences without a new speaker;
- REPORTED: a claim verb with its subject (`Moskau fordert …`, `Russland lehnt … ab`), `laut X`,
  `nach Angaben des X`, and position nouns with a holder (`Russlands Maximalforderungen`).
Cues come from `cues.csv`; speakers are actor mentions (`doc.spans["actors"]`) or pronouns
resolved to the last fitting actor. With a dependency parse, the subject of the cue verb
is preferred; without one, German word-order heuristics pick the clause's subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.entities import CountryWords
from pipeline.lexicons import Cue, Lexicons
from pipeline.nlp import lexicons_for
from pipeline.segment import content_sentences

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

QUOTE_PAIRS = {"„": "“”\"", "»": "«", "«": "»", "\"": "\"", "“": "”"}
CLAUSE_BREAKS = {",", ";", ":", "–", "—", "-", "(", ")"}
SUBJECT_DEPS = {"sb", "nsubj", "nsubj:pass", "csubj"}


@dataclass
class Speaker:
    """Who speaks: the words in the text (`text`, char offsets) and the actor they stand for."""

    text: str
    start: int
    end: int
    actor: str
    actor_country: str
    kind: str  # name, place, group, role, pronoun


@dataclass
class Quote:
    type: str  # DIRECT, INDIRECT, REPORTED
    cue: str
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    sentence: int
    speaker: Speaker | None
    cue_entry: Cue | None
    rule: str
    extra_cue_tokens: list[int] = field(default_factory=list)

    def row(self, doc_id: str) -> dict:
        s = self.speaker
        return {"doc_id": doc_id, "sentence_id": self.sentence, "type": self.type, "cue": self.cue,
                "cue_start": self.cue_start, "cue_end": self.cue_end,
                "speaker": s.text if s else "", "speaker_start": s.start if s else None,
                "speaker_end": s.end if s else None, "quote_start": self.content_start,
                "quote_end": self.content_end, "actor": s.actor if s else "",
                "actor_country": s.actor_country if s else ""}


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages, marks included, never across a blank line."""
    spans, i = [], 0
    while i < len(text):
        closers = QUOTE_PAIRS.get(text[i])
        if closers is None:
            i += 1
            continue
        end = i + 1
        while end < len(text) and text[end] not in closers and text[end] != "\n":
            if text[end] in "„»" and text[i] != text[end]:
                break
            end += 1
        if end < len(text) and text[end] in closers:
            spans.append((i, end + 1))
            i = end + 1
        else:
            i += 1
    return spans


class QuoteFinder:
    """Find DIRECT, INDIRECT and REPORTED speech; see the module docstring."""

    def __init__(self, lexicons: Lexicons):
        self.lex = lexicons
        self.speech = lexicons.cues_of("speech")
        self.acts = lexicons.cues_of("act")
        self.sources = lexicons.cues_of("source")
        self.nouns = lexicons.cues_of("noun")
        self.ki = lexicons.word_class("ki")
        self.ki2 = lexicons.word_class("ki2")
        self.hedges = lexicons.word_class("hedge")
        self.prepositions = lexicons.word_class("preposition")
        self.pronoun_m = lexicons.word_class("pronoun_m")
        self.pronoun_f = lexicons.word_class("pronoun_f")
        self.possessive = lexicons.word_class("possessive_m") | lexicons.word_class("possessive_f")
        self.articles = lexicons.word_class("article")
        self.verbs = self.speech + self.acts
        self.country_words = CountryWords.from_lexicons(lexicons)
        self._prefilters: dict[int, re.Pattern] = {}
        self.not_speakers = (self.prepositions | lexicons.word_class("adverb") | lexicons.word_class("negator")
                             | lexicons.word_class("sentence_starter") | self.hedges)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _prefilter(cues: list[Cue]) -> re.Pattern:
        """One regular expression for a whole cue list: most words match none, and one test is
        much cheaper than a hundred (measured: cue matching was a quarter of the run time)."""
        return re.compile("|".join(f"(?:{cue.regex.pattern})" for cue in cues) or "(?!)", re.IGNORECASE)

    def _match(self, cues: list[Cue], token: Token) -> Cue | None:
        text = token.text.lower()
        prefilter = self._prefilters.get(id(cues))
        if prefilter is None:
            prefilter = self._prefilters[id(cues)] = self._prefilter(cues)
        if not prefilter.fullmatch(text):
            return None
        for cue in cues:
            if cue.regex.fullmatch(text):
                return cue
        return None

    @staticmethod
    def _particle(cue: Cue, token: Token, sent: Span) -> Token | None:
        """The separable particle (`lehnt … ab`, `sich … ausgesprochen für`) in the sentence, if the
        cue needs one; the verb itself when it does not."""
        if cue.particle is None:
            return token
        for other in sent:
            if other.i != token.i and cue.particle.fullmatch(other.text):
                return other
        return None

    def _match_verb(self, token: Token, sent: Span) -> tuple[Cue, Token] | None:
        """The first speech or act cue that fits `token` and whose particle the sentence has."""
        if self._match(self.verbs, token) is None:
            return None
        text = token.text.lower()
        for cue in self.verbs:
            if cue.regex.fullmatch(text):
                particle = self._particle(cue, token, sent)
                if particle is not None:
                    return cue, particle
        return None

    def is_subjunctive(self, token: Token, allow_ki2: bool = False) -> bool:
        lower = token.text.lower()
        if lower in self.ki or (allow_ki2 and lower in self.ki2):
            return True
        return "Sub" in token.morph.get("Mood") and lower not in self.ki2

    @staticmethod
    def _mention_at(doc: Doc, i: int) -> Span | None:
        """The actor mention covering token i (an index built once per document)."""
        index = doc.user_data.get("mention_index")
        if index is None:
            index = {j: span for span in doc.spans.get("actors", []) for j in range(span.start, span.end)}
            doc.user_data["mention_index"] = index
        return index.get(i)

    def _speaker_from_span(self, span: Span) -> Speaker:
        """The speaker's words: the mention widened to its noun phrase (`der ukrainische Präsident
        Wolodymyr Selenskyj`, `Matthias Berninger (Grüne)`), the actor from the mention."""
        phrase = self._noun_phrase_around(span)
        return Speaker(phrase.text, phrase.start_char, phrase.end_char, span._.actor, span._.actor_country,
                       span._.mention or "name")

    def _noun_phrase_around(self, span: Span) -> Span:
        doc, start, end = span.doc, span.start, span.end
        while start > 0 and span.start - start < 4:
            token = doc[start - 1]
            lower = token.text.lower()
            is_modifier = (lower in self.articles or (token.is_lower and token.is_alpha and lower not in self.not_speakers
                                                      and re.search(r"(e|en|er|es|em)$", lower))
                           or (token.text[:1].isupper() and "-" in token.text) or self._mention_at(doc, start - 1))
            if not is_modifier or token.is_sent_start and lower not in self.articles and not token.text[:1].isupper():
                break
            start -= 1
        while start < span.start and doc[start].is_lower and doc[start].text.lower() not in self.articles:
            start += 1  # a phrase starts with an article, a capital or the mention itself
        if end + 2 < len(doc) and doc[end].text == "(" and ")" in {t.text for t in doc[end + 1:end + 4]}:
            end = next(t.i for t in doc[end + 1:end + 4] if t.text == ")") + 1
        return doc[start:end]

    def _antecedent(self, doc: Doc, before: int, kinds: tuple[str, ...]) -> Span | None:
        """The last actor mention of one of `kinds` before token index `before`."""
        best = None
        for span in doc.spans.get("actors", []):
            if span.end > before:
                break
            if span._.mention in kinds and span._.actor_country:
                best = span
        return best

    def _resolve_pronoun(self, doc: Doc, token: Token) -> Speaker | None:
        """`er`/`sein` → the last person before this sentence; `sie`/`ihr` → the last group or place."""
        lower = token.text.lower()
        before = token.sent.start if doc.has_annotation("SENT_START") else token.i
        before = before if before > 0 else token.i
        if lower in self.pronoun_m or lower in self.possessive and lower.startswith("sein"):
            antecedent = self._antecedent(doc, before, ("name", "role"))
        elif lower in self.pronoun_f or lower in self.possessive:
            antecedent = (self._antecedent(doc, before, ("place", "group"))
                          or self._antecedent(doc, before, ("name", "role")))
        else:
            return None
        if antecedent is None:
            return None
        return Speaker(token.text, token.idx, token.idx + len(token.text), antecedent._.actor,
                       antecedent._.actor_country, "pronoun")

    def _is_genitive(self, span: Span) -> bool:
        """`die Legitimität Selenskyjs`: a genitive name is an attribute, not a subject."""
        last = span[-1].text
        return (last.endswith("s") and span.label_ in ("PER", "LOC", "ORG")
                and span.start > 0 and span.doc[span.start - 1].text[:1].isupper()
                and not span.doc[span.start - 1].is_sent_start)

    def _candidates(self, doc: Doc, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list:
        """Possible subjects (mention spans and pronoun tokens) between token lo and hi."""
        found, i = [], lo
        while i < hi:
            if any(a <= doc[i].idx < b for a, b in blocked):
                i += 1
                continue
            span = self._mention_at(doc, i)
            prev = doc[i - 1].text.lower() if i > 0 else ""
            if span is not None and span.start == i:
                if prev not in self.prepositions and not self._is_genitive(span):
                    found.append(span)
                i = span.end
                continue
            if doc[i].text.lower() in self.pronoun_m | self.pronoun_f and prev not in self.prepositions:
                found.append(doc[i])
            i += 1
        return found

    def _to_speaker(self, doc: Doc, candidate) -> Speaker:
        """A mention's speaker, or a pronoun's; an unresolved pronoun still names the speaker."""
        if isinstance(candidate, Span):
            return self._speaker_from_span(candidate)
        resolved = self._resolve_pronoun(doc, candidate)
        return resolved or Speaker(candidate.text, candidate.idx, candidate.idx + len(candidate.text), "", "",
                                   "pronoun")

    def _clause(self, doc: Doc, sent: Span, i: int, blocked: list[tuple[int, int]]) -> tuple[int, int]:
        lo = i
        while lo > sent.start and doc[lo - 1].text not in CLAUSE_BREAKS and not self._in(doc[lo - 1], blocked):
            lo -= 1
        hi = i + 1
        while hi < sent.end and doc[hi].text not in CLAUSE_BREAKS and not self._in(doc[hi], blocked):
            hi += 1
        return lo, hi

    @staticmethod
    def _in(token: Token, blocked: list[tuple[int, int]]) -> bool:
        return any(a <= token.idx < b for a, b in blocked)

    def find_speakers(self, doc: Doc, sent: Span, cue: Token,
                      blocked: list[tuple[int, int]]) -> list[Speaker]:
        """Subject(s) of the cue verb: the actor mention that German clause order makes the
        subject; failing that, the parser's subject (when the model has a parser) or the
        clause's first noun phrase. (Measured on data/gold and quotes-de: with a small parser,
        mentions first beats parse first.)"""
        lo, hi = self._clause(doc, sent, cue.i, blocked)
        before = self._candidates(doc, lo, cue.i, blocked)
        after = self._candidates(doc, cue.i + 1, hi, blocked)
        if before:
            chosen = before[0]  # German clause order: the subject comes first (`Während Putin Selenskyj … abtut`)
            return [self._to_speaker(doc, c) for c in self._coordinated(doc, before, chosen)]
        if after:
            return [self._to_speaker(doc, c) for c in self._coordinated(doc, after, after[0])]
        parsed = self._parsed_subject(doc, cue, blocked)
        if parsed is not None:
            return [parsed]
        fronted = self._fronted_subject(doc, sent, lo)
        if fronted is not None:
            return [fronted]
        phrase = self._noun_phrase(doc, lo, cue.i, blocked) or self._noun_phrase(doc, cue.i + 1, hi, blocked)
        return [phrase] if phrase else []

    def _fronted_subject(self, doc: Doc, sent: Span, clause_start: int) -> Speaker | None:
        """`Steve Witkoff, der Putin in Moskau traf, sprach von …`: a mention that opens the
        sentence and is followed by a comma (apposition or relative clause) is the subject of
        a verb whose own clause names nobody."""
        first = sent.start
        while first < sent.end and doc[first].text.lower() in self.articles | self.not_speakers:
            first += 1
        span = self._mention_at(doc, first) if first < sent.end else None
        if span is None or span.end >= sent.end or doc[span.end].text != "," or clause_start <= span.end:
            return None
        return self._speaker_from_span(span)

    def _parsed_subject(self, doc: Doc, cue: Token, blocked) -> Speaker | None:
        """The cue verb's subject phrase from the dependency parse, if there is one."""
        if not doc.has_annotation("DEP"):
            return None
        for child in cue.children:
            if child.dep_ in SUBJECT_DEPS and not self._in(child, blocked):
                if child.text.lower() in self.pronoun_m | self.pronoun_f:
                    return self._to_speaker(doc, child)
                phrase = doc[child.left_edge.i:child.right_edge.i + 1]
                if len(phrase) <= 12 and not any(self._in(t, blocked) for t in phrase):
                    return Speaker(phrase.text, phrase.start_char, phrase.end_char, phrase.text, "", "phrase")
        return None

    def _noun_phrase(self, doc: Doc, lo: int, hi: int, blocked) -> Speaker | None:
        """An actor no lexicon knows (`die Richter`, `Experten`, `der Sprecher`): the first
        capitalised noun phrase of the clause that is not a prepositional object. It names
        the speaker but has no country, so it gives quotes, not claims."""
        for i in range(lo, hi):
            token = doc[i]
            if (self._in(token, blocked) or not token.is_alpha or not token.text[:1].isupper()
                    or token.text.lower() in self.not_speakers
                    or self._match(self.verbs, token)):
                continue
            if i > 0 and doc[i - 1].text.lower() in self.prepositions:
                continue
            start = i
            for j in range(i - 1, max(lo, i - 4) - 1, -1):
                if doc[j].text.lower() in self.articles:
                    start = j
                    break
                if not (doc[j].is_alpha and doc[j].is_lower):
                    break
            end = i + 1
            while end < hi and doc[end].is_alpha and doc[end].text[:1].isupper() and not self._in(doc[end], blocked):
                end += 1
            span = doc[start:end]
            return Speaker(span.text, span.start_char, span.end_char, span.text, "", "phrase")
        return None

    @staticmethod
    def _coordinated(doc: Doc, candidates: list, chosen) -> list:
        """`Rubio und Lawrow einigten sich`: both coordinated mentions speak."""
        group = [chosen]
        index = candidates.index(chosen)
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(candidates):
                a, b = sorted((group[0] if step < 0 else group[-1], candidates[j]),
                              key=lambda c: c.i if isinstance(c, Token) else c.start)
                a_end = a.i + 1 if isinstance(a, Token) else a.end
                b_start = b.i if isinstance(b, Token) else b.start
                between = {t.text.lower() for t in doc[a_end:b_start]}
                if between and between <= {"und", "sowie", ","}:
                    group.insert(0, candidates[j]) if step < 0 else group.append(candidates[j])
                    j += step
                else:
                    break
        return group

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        sentences = list(content_sentences(doc))
        starts = [s.start_char for s in sentences]
        quote_spans = quotation_spans(doc.text)
        quotes: list[Quote] = []
        last_speaker: tuple[int, Speaker] | None = None
        for index, sent in enumerate(sentences):
            in_sentence = [q for q in quote_spans if sent.start_char <= q[0] < sent.end_char
                           and self._is_speech_quote(doc, q)]
            found = self._direct_quotes(doc, sentences, index, in_sentence, quote_spans, last_speaker)
            quotes.extend(found)
            if found and found[-1].speaker:
                last_speaker = (index, found[-1].speaker)
            used = {doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand").start
                    for q in found if q.cue_start >= 0}
            inner = self._indirect_and_reported(doc, sent, index, quote_spans, used)
            quotes.extend(inner)
            speaking = [q for q in inner if q.type == "INDIRECT" and q.speaker]
            if speaking:
                last_speaker = (index, speaking[-1].speaker)
            elif not found and not inner:
                follow = self._follow_on(doc, sentences, index, last_speaker, quote_spans)
                if follow is not None:
                    quotes.append(follow)
                    last_speaker = (index, follow.speaker)
                elif last_speaker and not self._colon_intro(doc, sent):
                    last_speaker = None
            if self._colon_intro(doc, sent):
                intro = self._intro_speaker(doc, sent, quote_spans)
                if intro is not None:
                    last_speaker = (index, intro)
        for q in quotes:
            q.sentence = self._sentence_of(starts, q.cue_start if q.cue_start >= 0 else q.content_start)
        doc._.quotes = quotes
        return doc

    @staticmethod
    def _sentence_of(starts: list[int], offset: int) -> int:
        import bisect
        return max(0, bisect.bisect_right(starts, offset) - 1)

    def _is_speech_quote(self, doc: Doc, quote: tuple[int, int]) -> bool:
        """Speech, not a scare quote or title (`„antirussisches Projekt“`): long, a full sentence,
        or introduced by a colon or followed by `, sagte X`."""
        inner = doc.text[quote[0] + 1:quote[1] - 1].strip()
        words = inner.split()
        if len(words) >= 4 or (re.search(r"[.!?…]$", inner) and len(words) >= 2):
            return True
        before = doc.text[max(0, quote[0] - 3):quote[0]].strip()
        if before.endswith(":"):
            return True
        after = doc.char_span(quote[1], min(len(doc.text), quote[1] + 40), alignment_mode="contract")
        if after is not None and len(after) >= 2 and after[0].text == ",":
            return self._match(self.speech, after[1]) is not None or after[1].text == "so"
        return False

    @staticmethod
    def _colon_intro(doc: Doc, sent: Span) -> bool:
        return sent.text.rstrip().endswith(":")

    def _intro_speaker(self, doc: Doc, sent: Span, quote_spans) -> Speaker | None:
        """Speaker of a sentence that introduces speech with a colon (`Er legte … auf den Tisch:`)."""
        blocked = list(quote_spans)
        candidates = self._candidates(doc, sent.start, sent.end, blocked)
        for token in sent:
            if token.text.lower() in self.possessive and token.text.lower().startswith("sein"):
                candidates.insert(0, token)
        for candidate in candidates:
            speaker = self._to_speaker(doc, candidate)
            if speaker and speaker.actor:
                return speaker
        return None

    # ------------------------------------------------------------------ DIRECT
    def _direct_quotes(self, doc, sentences, index, in_sentence, quote_spans, last_speaker) -> list[Quote]:
        sent = sentences[index]
        found = []
        for q_start, q_end in in_sentence:
            speakers, cue_token, cue_entry, rule = self._direct_speaker(doc, sent, (q_start, q_end),
                                                                        quote_spans, sentences, index,
                                                                        last_speaker)
            cue_text = cue_token.text if cue_token is not None else ""
            cue_start = cue_token.idx if cue_token is not None else -1
            for speaker in speakers or [None]:
                found.append(Quote("DIRECT", cue_text, cue_start,
                                   cue_start + len(cue_text) if cue_token is not None else -1,
                                   q_start, q_end, index, speaker, cue_entry, rule))
        return found

    def _direct_speaker(self, doc, sent, quote, quote_spans, sentences, index, last_speaker):
        blocked = list(quote_spans)
        outside = [t for t in sent if not self._in(t, blocked)]
        # 1. a cue verb in the sentence outside the quote: „…“, sagte Rubio / Rubio sagte: „…“
        for token in outside:
            match = self._match_verb(token, sent)
            if match is not None:
                cue = match[0]
                speakers = self.find_speakers(doc, sent, token, blocked)
                if speakers:
                    return speakers, token, cue, "direct:cue"
        # 2. „…“, so Trump
        for token in outside:
            if token.text == "so" and token.i > 0 and doc[token.i - 1].text in {",", "“", "«", "\""}:
                span = self._mention_at(doc, token.i + 1)
                speaker = (self._speaker_from_span(span) if span is not None
                           else self._noun_phrase(doc, token.i + 1, min(sent.end, token.i + 6), blocked))
                if speaker is not None:
                    return [speaker], token, self._match(self.sources, token), "direct:so"
        # 3. colon introduction in the same sentence: Rubio wurde deutlicher: „…“
        colon = [t for t in outside if t.text == ":" and t.idx < quote[0]]
        if colon:
            lo = sent.start
            candidates = self._candidates(doc, lo, colon[-1].i, blocked)
            for token in doc[lo:colon[-1].i]:
                if token.text.lower().startswith("sein") and token.text.lower() in self.possessive:
                    candidates.append(token)
            for candidate in candidates:
                speaker = self._to_speaker(doc, candidate)
                if speaker and speaker.actor:
                    return [speaker], None, None, "direct:colon"
            phrase = self._noun_phrase(doc, lo, colon[-1].i, blocked)
            if phrase is not None:
                return [phrase], None, None, "direct:colon"
        # 4. continuation: the speaker of the speech just before
        if last_speaker and index - last_speaker[0] <= 2:
            return [last_speaker[1]], None, None, "direct:continuation"
        return [], None, None, "direct:unattributed"

    # ------------------------------------------------------------------ INDIRECT / REPORTED
    def _indirect_and_reported(self, doc, sent, index, quote_spans, used: set[int]) -> list[Quote]:
        """Speech events outside quotation marks; cues inside reported content are not new events."""
        blocked = list(quote_spans)
        reported: list[tuple[int, int]] = []  # objects of claim verbs: `weist die Forderungen der X zurück`
        found: list[Quote] = []
        if sent.text.rstrip().endswith("?"):
            return found
        for token in sent:
            if self._in(token, blocked) or token.i in used:
                continue
            events = (self._source_marker(doc, sent, index, token, blocked)
                      or self._verb_cue(doc, sent, index, token, blocked)
                      or ([] if self._in(token, reported) else self._noun_cue(doc, sent, index, token, blocked)))
            if events:
                found.extend(events)
                used.update(events[0].extra_cue_tokens)
                if events[0].type == "INDIRECT":
                    blocked.append((events[0].content_start, events[0].content_end))
                else:
                    reported.append((events[0].content_start, events[0].content_end))
        # `laut X` names the source; when a verb in the sentence has its own claimant, that one counts
        if any(not q.rule.endswith(":source") for q in found):
            found = [q for q in found if not q.rule.endswith(":source")]
        if not found and not used:
            found.extend(self._unlisted_verb_of_saying(doc, sent, index, blocked))
        return found

    def _unlisted_verb_of_saying(self, doc: Doc, sent: Span, index: int, blocked) -> list[Quote]:
        """`Der Soldat ging davon aus, dass …`, `Der Bericht führt aus, rund 37 Prozent … weise …`:
        a main clause followed by a `dass` clause or a Konjunktiv I clause is reported speech even
        when its verb is in no lexicon. The cue is the main clause's verb (first lower-case word)."""
        for comma in sent:
            if comma.text != "," or self._in(comma, blocked) or comma.i + 1 >= sent.end:
                continue
            clause = doc[comma.i + 1:sent.end]
            head = clause[0].text.lower()
            if not (head == "dass" or (head not in {"der", "die", "das", "welche", "wie", "um", "was", "wo"}
                                       and any(t.text.lower() in self.ki for t in clause[:6]))):
                continue
            lo, _ = self._clause(doc, sent, comma.i - 1, blocked)
            verb = next((t for t in doc[lo:comma.i] if t.is_alpha and t.is_lower
                         and t.text.lower() not in self.not_speakers | self.articles | self.possessive), None)
            if verb is None or self._in(verb, blocked):
                return []
            speakers = self.find_speakers(doc, sent, verb, blocked)
            content = self._content_after(doc, sent, comma)
            if not speakers or speakers[0].kind == "phrase" and not speakers[0].text[:1].isupper():
                return []
            return [Quote("INDIRECT", verb.text, verb.idx, verb.idx + len(verb.text), content[0], content[1], index,
                          speaker, None, "indirect:clause") for speaker in speakers]
        return []

    def _hedged(self, doc: Doc, sent: Span, token: Token, blocked) -> bool:
        lo, hi = self._clause(doc, sent, token.i, blocked)
        return any(t.text.lower() in self.hedges for t in doc[lo:hi])

    def _content_after(self, doc: Doc, sent: Span, token: Token) -> tuple[int, int]:
        end_token = sent.end - 1
        while end_token > token.i and doc[end_token].is_punct and doc[end_token].text not in "“»\"":
            end_token -= 1
        start_token = min(token.i + 1, end_token)
        return doc[start_token].idx, doc[end_token].idx + len(doc[end_token].text)

    def _clause_after_comma(self, doc: Doc, sent: Span, token: Token) -> tuple[int, int] | None:
        """The reported clause after `sagte, …` (with dass/ob or a Konjunktiv verb)."""
        for j in range(token.i + 1, min(token.i + 6, sent.end)):
            if doc[j].text == ",":
                clause = doc[j + 1:sent.end]
                if not len(clause):
                    return None
                head = clause[0].text.lower()
                if head in {"dass", "ob", "wie", "wonach"} or any(self.is_subjunctive(t, True) for t in clause):
                    content = self._content_after(doc, sent, doc[j])
                    return content
                return None
            if doc[j].text in CLAUSE_BREAKS:
                return None
        return None

    def _clause_before_comma(self, doc: Doc, sent: Span, token: Token) -> tuple[int, int] | None:
        """`Die Uhr laufe, sagte Rubio`: the reported clause precedes the cue."""
        if token.i - 1 >= sent.start and doc[token.i - 1].text == "," and token.i - 1 > sent.start:
            clause = doc[sent.start:token.i - 1]
            if any(self.is_subjunctive(t, True) for t in clause):
                return clause.start_char, clause.end_char
        return None

    def _verb_cue(self, doc, sent, index, token, blocked) -> list[Quote]:
        match = self._match_verb(token, sent)
        if match is None:
            return []
        cue, particle = match
        if token.text[:1].isupper() and token.i == sent.start and cue.kind == "speech":
            return []
        speakers = self.find_speakers(doc, sent, token, blocked)
        first, last = sorted((token, particle), key=lambda t: t.i)
        cue_text = token.text if particle is token else f"{first.text} … {last.text}"
        cue_start, cue_end = first.idx, last.idx + len(last.text)
        content = None
        if cue.kind == "speech":
            content = self._clause_after_comma(doc, sent, token) or self._clause_before_comma(doc, sent, token)
        if content is not None:
            kind, rule = "INDIRECT", "indirect:cue"
        else:
            if self._hedged(doc, sent, token, blocked) or not speakers:
                return []
            kind, rule = "REPORTED", f"reported:{cue.kind}"
            content = self._content_after(doc, sent, token)
        return [Quote(kind, cue_text, cue_start, cue_end, content[0], content[1], index, speaker, cue, rule,
                      [particle.i] if particle is not token else [])
                for speaker in speakers or [None]]

    def _source_marker(self, doc, sent, index, token, blocked) -> list[Quote]:
        cue = self._match(self.sources, token)
        if cue is None or (token.text.lower() == "so" and (token.i == 0 or doc[token.i - 1].text != ",")):
            return []
        span = None
        if cue.speaker_side == "after":
            if cue.particle:  # hieß es … aus X
                if token.i + 1 >= sent.end or not cue.particle.fullmatch(doc[token.i + 1].text):
                    return []
                span = self._mention_after_preposition(doc, sent, "aus")
            else:
                for j in range(token.i + 1, min(token.i + 4, sent.end)):
                    span = self._mention_at(doc, j)
                    if span is not None:
                        break
        elif cue.speaker_side == "before":
            span = self._mention_at(doc, token.i - 1) if token.i > 0 else None
        elif cue.speaker_side == "compound":
            prefix = token.text.rsplit("-", 1)[0]
            return self._compound_source(doc, sent, index, token, prefix, cue)
        if span is not None:
            speaker = self._speaker_from_span(span)
        elif cue.speaker_side == "after" and not cue.particle:
            speaker = self._noun_phrase(doc, token.i + 1, min(token.i + 6, sent.end), blocked)
        elif cue.speaker_side == "before":
            speaker = self._noun_phrase(doc, max(sent.start, token.i - 4), token.i, blocked)
        else:
            speaker = None
        if speaker is None:
            return []
        kind = "INDIRECT" if any(self.is_subjunctive(t) for t in sent) else "REPORTED"
        start, end = sent.start_char, sent.end_char
        return [Quote(kind, token.text, token.idx, token.idx + len(token.text), start, end, index, speaker,
                      cue, f"{kind.lower()}:source")]

    def _compound_source(self, doc, sent, index, token, prefix, cue) -> list[Quote]:
        """`nach Kreml-Angaben`, `laut US-Angaben`."""
        for entry in self.lex.actors:
            if entry.pattern == prefix:
                speaker = Speaker(token.text, token.idx, token.idx + len(token.text), entry.actor,
                                  entry.country, "name")
                break
        else:
            for country in self.lex.countries.values():
                if prefix + "-" in country.prefixes or prefix in country.names:
                    speaker = Speaker(token.text, token.idx, token.idx + len(token.text),
                                      country.government, country.code, "group")
                    break
            else:
                return []
        kind = "INDIRECT" if any(self.is_subjunctive(t) for t in sent) else "REPORTED"
        return [Quote(kind, token.text, token.idx, token.idx + len(token.text), sent.start_char,
                      sent.end_char, index, speaker, cue, f"{kind.lower()}:source")]

    def _mention_after_preposition(self, doc: Doc, sent: Span, preposition: str) -> Span | None:
        for token in sent:
            if token.text.lower() == preposition and token.i + 1 < sent.end:
                span = self._mention_at(doc, token.i + 1) or (
                    self._mention_at(doc, token.i + 2) if token.i + 2 < sent.end else None)
                if span is not None:
                    return span
        return None

    def _noun_cue(self, doc, sent, index, token, blocked) -> list[Quote]:
        """`Russlands Maximalforderungen`, `die Forderung des Kremls`, `Trumps Vorschlag`."""
        cue = self._match(self.nouns, token)
        if cue is None or self._hedged(doc, sent, token, blocked):
            return []
        holder = None
        if token.i > sent.start:
            span = self._mention_at(doc, token.i - 1)
            if span is not None and span[-1].text.endswith("s"):
                holder = span
        if holder is None and token.i + 2 < sent.end and doc[token.i + 1].text.lower() in {"des", "der"}:
            holder = self._mention_at(doc, token.i + 2)
        speaker = self._speaker_from_span(holder) if holder is not None else self._adjective_holder(doc, token)
        if speaker is None:
            return []
        content = self._content_after(doc, sent, token)
        return [Quote("REPORTED", token.text, token.idx, token.idx + len(token.text), content[0], content[1],
                      index, speaker, cue, "reported:noun")]

    def _adjective_holder(self, doc: Doc, token: Token) -> Speaker | None:
        """`die russischen Forderungen`: the country adjective before the noun names the holder."""
        if token.i == 0:
            return None
        adjective = doc[token.i - 1]
        code = self.country_words.country_of(adjective.text) if adjective.is_lower else ""
        if not code or code not in self.lex.countries:
            return None
        return Speaker(adjective.text, adjective.idx, adjective.idx + len(adjective.text),
                       self.lex.countries[code].government, code, "group")

    def _follow_on(self, doc, sentences, index, last_speaker, quote_spans) -> Quote | None:
        """A Konjunktiv I sentence right after reported speech continues it (same speaker)."""
        if last_speaker is None or index - last_speaker[0] > 1:
            return None
        sent = sentences[index]
        if sent.text.rstrip().endswith("?"):
            return None
        verbs = [t for t in sent if self.is_subjunctive(t) and not self._in(t, quote_spans)]
        if not verbs:
            return None
        return Quote("INDIRECT", "", -1, -1, sent.start_char, sent.end_char, index, last_speaker[1], None,
                     "indirect:follow-on")


@Language.factory("quote_finder", default_config={"lexicon_dir": None})
def create_quote_finder(nlp: Language, name: str, lexicon_dir: str | None) -> QuoteFinder:
    return QuoteFinder(lexicons_for(lexicon_dir))


def quote_rows(doc: Doc, doc_id: str) -> list[dict]:
    return [q.row(doc_id) for q in doc._.quotes or []]
