"""Stage 4a, quotes: find reported-speech events and who speaks.

The registered component `quote_finder` stores a list of `Quote` on `doc._.quotes`:
- DIRECT: text in quotation marks („…“, »…«, "…") with a cue verb (`sagte Rubio`), a verb no
  lexicon lists (`rief der Mann`), a colon introduction (`Rubio wurde deutlicher: „…“`),
  `so X`, or the speaker of the quote before;
- INDIRECT: a verb of saying with a clause (`Peskow erklärte, der Präsident habe …`, also in the
  indicative: `Stoiber sagte, die Union braucht …`), other cue verbs with a `dass` clause or a
  zu-infinitive (`wirft den Rebellen vor, … zu wollen`), source markers (`laut X`, `X zufolge`,
  `nach Angaben des X`, `Seiner Meinung nach`, a sentence-opening `Demnach`), and Konjunktiv I
  sentences up to two sentences after a speaker (the follow-on; not in hedged sentences);
- REPORTED: a claim verb with its subject (`Moskau fordert …`, `Russland lehnt … ab`) and
  position nouns with a holder (`Russlands Maximalforderungen`).
Cues come from `cues.csv`; a quote keeps its cue words (`hatte … gesagt`, `warnte davor`).
Speakers are actor mentions (`doc.spans["actors"]`) widened to their noun phrase (attributes,
brackets, appositions: `Ein Sprecher der Polizei, Lars Beringer`), pronouns resolved to the
last fitting actor, or a noun phrase no lexicon knows. German clause order picks the subject
(the first mention of the clause; a list before it; the first clause's subject for `…, sondern
stellte … in Aussicht`), then the parser's subject, then the clause's first nominative-looking
noun phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.entities import CountryWords, actor_profiles
from pipeline.lexicons import Cue, Lexicons
from pipeline.bundle import LexiconRules
from pipeline.phrases import NOUNISH, QUOTE_PAIRS, NounPhrases, mention_at
from pipeline.segment import content_sentences

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

CLAUSE_BREAKS = {",", ";", ":", "–", "—", "-", "(", ")"}
SUBJECT_DEPS = {"sb", "nsubj", "nsubj:pass", "csubj"}
JOINERS = ",;:–—("
COORDINATORS = {"und", "sondern", "aber", "doch", "oder"}
SEPARABLE_PREFIXES = {"ab", "an", "auf", "aus", "ein", "mit", "vor", "zu", "zurück", "hin", "hinzu", "fest", "bekannt"}
CLAUSE_OPENERS = {"und", "oder", "aber", "sondern", "dass", "ob", "wie", "weil", "da", "wenn", "als"}
SHORT_QUOTATION = 40  # characters: quoted words inside a clause, not speech of their own
FOLLOW_ON_GAP = 2  # Konjunktiv I continues a speaker introduced up to two sentences before (codebook)


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
    cue_spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each cue word

    def cue_char_spans(self) -> list[tuple[int, int]]:
        """The cue's words (`hatte … gesagt`, `teilte … mit`) without the words between them."""
        if self.cue_spans:
            return self.cue_spans
        return [(self.cue_start, self.cue_end)] if self.cue_start >= 0 else []

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
                spans.append(_trimmed(text, start, i))
                start = None
        return [(a, b) for a, b in spans if b > a]

    def row(self, doc_id: str) -> dict:
        s = self.speaker
        return {"doc_id": doc_id, "sentence_id": self.sentence, "type": self.type, "cue": self.cue,
                "cue_start": self.cue_start, "cue_end": self.cue_end,
                "speaker": s.text if s else "", "speaker_start": s.start if s else None,
                "speaker_end": s.end if s else None, "quote_start": self.content_start,
                "quote_end": self.content_end, "actor": s.actor if s else "",
                "actor_country": s.actor_country if s else "", "actor_type": s.actor_type if s else "",
                "actor_id": s.actor_id if s else ""}


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) without the spaces and joining punctuation at either edge."""
    while start < end and (text[start].isspace() or text[start] in JOINERS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in JOINERS):
        end -= 1
    return start, end


def _tidy_speaker(speaker: Speaker, text: str) -> Speaker:
    """The speaker's words without the commas or brackets a phrase picked up at its edges."""
    start, end = _trimmed(text, speaker.start, speaker.end)
    while end > start and text[end - 1] in ")" and text.count("(", start, end) < text.count(")", start, end):
        end = _trimmed(text, start, end - 1)[1]
    if (start, end) == (speaker.start, speaker.end) or end <= start:
        return speaker
    return replace(speaker, text=text[start:end], start=start, end=end)


def with_profile(speaker: Speaker, profiles: dict[str, tuple[str, str]]) -> Speaker:
    """The speaker with the actor type and knowledge-base id of its actor (`Speaker.kind` for the
    actors no mention types: a description or pronoun of a person is a person)."""
    if speaker.actor_type:
        return speaker
    actor_type, actor_id = profiles.get(speaker.actor, ("", ""))
    if not actor_type and speaker.actor and speaker.actor_country:
        actor_type = {"name": "person", "pronoun": "person", "description": "person"}.get(speaker.kind, "")
    return replace(speaker, actor_type=actor_type, actor_id=actor_id)


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

    def __init__(self, lexicons: Lexicons, party_country: Callable[[str], str] = lambda word: ""):
        self.lex = lexicons
        self.party_country = party_country  # `SPD` → DEU, from the knowledge base
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
        self.source_nouns = tuple(sorted(lexicons.word_class("source_noun")))
        self.not_content = lexicons.word_class("not_content")
        self.object_articles = lexicons.word_class("object_article")
        self.reportative = lexicons.word_class("reportative")
        self.hypothetical = lexicons.word_class("hypothetical")
        self.relative_pronouns = frozenset({"der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche",
                                            "welcher", "welches", "was", "wo"})
        self.auxiliaries = lexicons.word_class("auxiliary")
        self.pronominal_adverbs = lexicons.word_class("pronominal_adverb")
        self.passive_auxiliaries = lexicons.word_class("passive_auxiliary")
        self.first_person = lexicons.word_class("first_person")
        self.passive_speech = lexicons.word_class("passive_speech")
        self.deontic = lexicons.word_class("deontic")
        self.holder_prepositions = lexicons.word_class("holder_preposition")
        self.verbs = self.speech + self.acts
        self.country_words = CountryWords.from_lexicons(lexicons)
        self.phrases = NounPhrases(lexicons, lambda token: self._match(self.verbs, token) is not None,
                                   lambda token: self._match(self.speech, token) is not None)
        self._prefilters: dict[int, re.Pattern] = {}
        self.not_speakers = self.phrases.not_speakers
        self.personal_pronouns = self.pronoun_m | self.pronoun_f
        self.governing_words = self.prepositions | self.object_articles | {"des"}  # their noun is no subject

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
    def _particle(cue: Cue, token: Token, sent: Span, blocked=()) -> Token | None:  # noqa: B006
        """The separable particle (`lehnt … ab`, `sich … ausgesprochen für`) in the sentence, if the
        cue needs one; the verb itself when it does not."""
        if cue.particle is None:
            return token
        for other in sent:
            if (other.i != token.i and cue.particle.fullmatch(other.text)
                    and not any(a <= other.idx < b for a, b in blocked)  # not inside the quotation
                    and QuoteFinder._clause_final(other, sent)):
                return other
        return None

    @staticmethod
    def _clause_final(particle: Token, sent: Span) -> bool:
        """A separable prefix closes its clause (`gab … an,`); `zu wollen` is no particle."""
        if particle.text.lower() not in SEPARABLE_PREFIXES:
            return True
        following = particle.nbor(1) if particle.i + 1 < sent.end else None
        return following is None or following.is_punct or following.text.lower() in CLAUSE_OPENERS

    def _match_verb(self, token: Token, sent: Span, blocked=()) -> tuple[Cue, Token] | None:
        """The first speech or act cue that fits `token` and whose particle the sentence has."""
        if token.text[:1].isupper() and not token.is_sent_start or self._match(self.verbs, token) is None:
            return None  # `Putins Antworten`: a capitalised word inside a sentence is a noun
        if token.i > sent.start and token.nbor(-1).text.lower() == "wie":
            return None  # `wie erwartet`, `wie versprochen`: a set phrase, nobody speaks
        text = token.text.lower()
        for cue in self.verbs:
            if cue.regex.fullmatch(text):
                if cue.requires is not None or cue.excludes is not None:
                    lo, hi = self._clause(token.doc, sent, token.i, blocked)
                    clause = token.doc[lo:hi]
                    if cue.requires is not None and not any(cue.requires.fullmatch(t.text) for t in clause):
                        continue  # `besteht … auf` (not `Angriffe auf` elsewhere in the sentence)
                    if cue.excludes is not None and any(cue.excludes.fullmatch(t.text) for t in clause):
                        continue  # `befanden sich` is no judgement
                particle = self._particle(cue, token, sent, blocked)
                if particle is not None:
                    return cue, particle
        return None

    def _passive_event(self, token: Token, sent: Span, cue: Cue) -> bool:
        """A cue verb in the passive (`wurde kritisiert`, `wird vorgeworfen`); not `ist … überzeugt`
        (the cue itself) nor `wird … zitiert` (whose subject speaks)."""
        return (self._passive(token, sent) and not (cue.particle is not None and cue.particle.fullmatch("ist"))
                and token.text.lower() not in self.passive_speech)

    def _agent(self, doc: Doc, sent: Span, token: Token, blocked) -> Speaker | None:
        """`… wurde von der Regierung zurückgewiesen`: the actor after `von` in the passive clause."""
        lo, hi = self._clause(doc, sent, token.i, blocked)
        for i in range(lo, min(hi, sent.end) - 1):
            if doc[i].text.lower() in ("von", "vom"):
                span = mention_at(doc, i + 1) or (mention_at(doc, i + 2) if i + 2 < sent.end else None)
                if span is not None:
                    return self._speaker_from_span(span)
        return None

    def _passive(self, verb: Token, sent: Span) -> bool:
        """`Die Regierung wurde kritisiert`, `… sei abgelehnt worden`: the subject of a participle
        with `werden` undergoes the act; it is not the claimant."""
        nxt = verb.nbor(1) if verb.i + 1 < sent.end else None
        clause_final = nxt is None or nxt.is_punct or nxt.text.lower() in self.passive_auxiliaries
        if not (verb.text.lower().startswith("ge") or "Part" in verb.morph.get("VerbForm") or clause_final):
            return False
        lo, hi = self._clause(verb.doc, sent, verb.i, [])
        return any(t.text.lower() in self.passive_auxiliaries for t in verb.doc[lo:min(hi, verb.i + 3)])

    def is_subjunctive(self, token: Token, allow_ki2: bool = False) -> bool:
        lower = token.text.lower()
        if lower in self.ki or (allow_ki2 and lower in self.ki2):
            return True
        return "Sub" in token.morph.get("Mood") and lower not in self.ki2

    def _speaker_from_span(self, span: Span) -> Speaker:
        """The speaker's words: the mention widened to its noun phrase (`der ukrainische Präsident
        Wolodymyr Selenskyj`, `Matthias Berninger (Grüne)`), the actor from the mention."""
        phrase = self.phrases.around(span)
        return Speaker(phrase.text, phrase.start_char, phrase.end_char, span._.actor, span._.actor_country,
                       span._.mention or "name")

    def _antecedent(self, doc: Doc, before: int, kinds: tuple[str, ...], not_gender: str = "") -> Span | None:
        """The last actor mention of one of `kinds` before token index `before` (a person of
        `not_gender` is skipped: `er` is no woman)."""
        best = None
        for span in doc.spans.get("actors", []):
            if span.end > before:
                break
            if span._.mention in kinds and span._.actor_country and (not not_gender or span._.gender != not_gender):
                best = span
        return best

    def _earlier_clause_person(self, doc: Doc, token: Token, not_gender: str) -> Span | None:
        """`Michael Strugl ist …, sagte er`, `Nachdem Trump Selenskyj informiert hatte, kündigte er an`: the
        first person named in an earlier clause of the same sentence, not governed by a preposition
        (an object is no antecedent of a subject)."""
        if not doc.has_annotation("SENT_START"):
            return None
        lo, _ = self._clause(doc, token.sent, token.i, [])
        for span in doc.spans.get("actors", []):  # the first: German puts the subject first
            if span.end > lo:
                break
            if (span.start >= token.sent.start and span._.mention in ("name", "role") and span._.actor_country
                    and span._.gender != not_gender
                    and not (span.start > 0 and doc[span.start - 1].text.lower() in self.governing_words)):
                return span
        return None

    def _resolve_pronoun(self, doc: Doc, token: Token) -> Speaker | None:
        """`er`/`sein` → the last person before this sentence; `sie`/`ihr` → the last group or place."""
        lower = token.text.lower()
        before = token.sent.start if doc.has_annotation("SENT_START") else token.i
        before = before if before > 0 else token.i
        if lower in self.pronoun_m or lower in self.possessive and lower.startswith("sein"):
            same_sentence = self._earlier_clause_person(doc, token, "f")
            if same_sentence is not None:
                return self._pronoun_speaker(token, same_sentence)
            recent = doc.user_data.get("recent_speaker")
            if recent is not None and recent.kind in ("name", "role", "pronoun") and recent.actor_country:
                return Speaker(token.text, token.idx, token.idx + len(token.text), recent.actor,
                               recent.actor_country, "pronoun")  # `er` continues the person who spoke last
            antecedent = self._antecedent(doc, before, ("name", "role"), not_gender="f")
        elif lower in self.pronoun_f or lower in self.possessive:
            singular = lower == "sie" and "Sing" in token.morph.get("Number")
            woman = self._antecedent(doc, before, ("name", "role"), not_gender="m") if singular else None
            if woman is not None and woman._.gender == "f":  # `sagte sie`: the woman named last
                return self._pronoun_speaker(token, woman)
            antecedent = (self._antecedent(doc, before, ("place", "group"))
                          or self._antecedent(doc, before, ("name", "role")))
        else:
            return None
        if antecedent is None:
            return None
        return self._pronoun_speaker(token, antecedent)

    @staticmethod
    def _pronoun_speaker(token: Token, antecedent: Span) -> Speaker:
        return Speaker(token.text, token.idx, token.idx + len(token.text), antecedent._.actor,
                       antecedent._.actor_country, "pronoun")

    def _description_antecedent(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`der SPD-Politiker`, `die Sozialversicherungs-Chefin`, `der Verhandler`: a definite
        description of one person names the last person mentioned before it whose gender (and
        party or country prefix) fits."""
        if speaker.actor_country or speaker.kind != "phrase":  # a role (`der Sprecher`) may be anyone's
            return speaker
        words = speaker.text.split()
        if (len(words) < 2 or words[0].lower() not in ("der", "die") or not words[1][:1].isupper()
                or len(words) > 2 and not words[2][:1].islower()):  # `der SPD-Politiker am Freitag in Berlin`
            return speaker
        if any(role.regex.match(words[1].split("-")[-1]) and role.role == "Sprecher" for role in self.lex.roles):
            return speaker  # `der Sprecher` speaks for a body, not for the last person named
        prefix_country = self._prefix_country(words[1])
        gender_not = "f" if words[0].lower() == "der" else "m"
        before = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if before is None:
            return speaker
        for span in reversed([s for s in doc.spans.get("actors", []) if s.end <= before.start]):
            if span.label_ != "PER" or span._.mention != "name" or not span._.actor_country:
                continue
            if span._.gender == gender_not or prefix_country and prefix_country != span._.actor_country:
                continue
            if before.start - span.end > 120:  # tokens: about three or four sentences
                break
            return replace(speaker, actor=span._.actor, actor_country=span._.actor_country, kind="description")
        return speaker

    def _prefix_country(self, noun: str) -> str:
        """Country of the first part of `SPD-Politiker`, `US-Vertreter` (a party or country)."""
        if "-" not in noun:
            return ""
        found = self._compound_actor(noun.split("-")[0])
        return found[1] if found else self.party_country(noun.split("-")[0])

    def _is_genitive(self, span: Span) -> bool:
        """`die Legitimität Selenskyjs`: a genitive name is an attribute, not a subject."""
        last = span[-1].text
        return (last.endswith("s") and span.label_ in ("PER", "LOC", "ORG")
                and span.start > 0 and span.doc[span.start - 1].text[:1].isupper()
                and not span.doc[span.start - 1].is_sent_start)

    def _candidates(self, doc: Doc, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list:
        """Possible subjects (mention spans and pronoun tokens) between token lo and hi."""
        found, i, governed_end = [], lo, -1
        while i < hi:
            if any(a <= doc[i].idx < b for a, b in blocked):
                i += 1
                continue
            span = mention_at(doc, i)
            prev = doc[i - 1].text.lower() if i > 0 else ""
            if span is not None and span.start == i:
                listed = governed_end >= 0 and {t.text.lower() for t in doc[governed_end:i]} <= {"und", "sowie", ","}
                genitive = prev == "der" and i > 1 and self.phrases.nounish(doc[i - 2])  # `eine Mehrheit der Schweden`
                if (prev in self.governing_words or genitive or listed
                        or self._is_genitive(span)):
                    governed_end = span.end  # `in Berlin und London`: the list shares the preposition
                else:
                    found.append(span)
                    governed_end = -1
                i = span.end
                continue
            if doc[i].text.lower() in self.personal_pronouns and prev not in self.prepositions:
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
        """Token range of the clause around token i: up to a comma, dash or bracket, or a quotation
        (quoted words, `als „geschäftsunfähig“ abtut`, stay inside the clause)."""
        breaks = [(a, b) for a, b in blocked if b - a > SHORT_QUOTATION]
        lo = i
        while lo > sent.start and not self._in(doc[lo - 1], breaks):
            bracket = self._short_bracket_start(doc, sent, lo - 1) if doc[lo - 1].text == ")" else None
            if bracket is not None:  # `Rudolf Hundstorfer (SPÖ) betonte`
                lo = bracket
                continue
            if doc[lo - 1].text in CLAUSE_BREAKS:
                break
            lo -= 1
        hi = i + 1
        while hi < sent.end and doc[hi].text not in CLAUSE_BREAKS and not self._in(doc[hi], breaks):
            hi += 1
        return lo, hi

    @staticmethod
    def _short_bracket_start(doc: Doc, sent: Span, close: int) -> int | None:
        """Index of the `(` of a bracket of at most three words closing at `close` (a party, an
        abbreviation or an age after a name), else None."""
        for j in range(close - 1, max(sent.start, close - 5) - 1, -1):
            if doc[j].text == "(":
                return j
            if doc[j].is_punct:
                return None
        return None

    @staticmethod
    def _in(token: Token, blocked: list[tuple[int, int]]) -> bool:
        return any(a <= token.idx < b for a, b in blocked)

    def find_speakers(self, doc: Doc, sent: Span, cue: Token,
                      blocked: list[tuple[int, int]], elided=()) -> list[Speaker]:
        """Subject(s) of the cue verb: the actor mention that German clause order makes the
        subject; failing that, the parser's subject (when the model has a parser) or the
        clause's first noun phrase. (Measured on data/gold and quotes-de: with a small parser,
        mentions first beats parse first.)"""
        lo, hi = self._clause(doc, sent, cue.i, blocked)
        before = self._candidates(doc, lo, cue.i, blocked)
        after = self._candidates(doc, cue.i + 1, hi, blocked)
        if before:
            chosen = before[0]  # German clause order: the subject comes first (`Während Putin Selenskyj … abtut`)
            group = self._coordinated(doc, before, chosen)
            return [self._to_speaker(doc, c) for c in self._listed_before(doc, sent, group[0], blocked) + group]
        if doc[lo].text.lower() in COORDINATORS and lo > sent.start:
            shared = list(elided)
            if shared:  # `vereinbarte Trump …, sondern stellte … in Aussicht`: the first clause's subject
                return shared
        if after:
            return [self._to_speaker(doc, c) for c in self._coordinated(doc, after, after[0])]
        if (cue.i > sent.start and doc[cue.i - 1].text == ","  # `…, betonte der UN-Chef`: the subject follows
                and self._fronted_subject(doc, sent, lo) is None):
            phrase = self._noun_phrase(doc, cue.i + 1, hi, blocked)
            if phrase is not None:
                return [phrase]
        parsed = self._parsed_subject(doc, cue, blocked)
        if parsed is not None:
            return [parsed]
        fronted = self._fronted_subject(doc, sent, lo)
        if fronted is not None:
            return [fronted]
        phrase = self._noun_phrase(doc, lo, cue.i, blocked) or self._noun_phrase(doc, cue.i + 1, hi, blocked)
        return [phrase] if phrase else []

    @staticmethod
    def _plausible_actor(doc: Doc, speaker: Speaker) -> bool:
        """A phrase no lexicon knows reports an act only as the parser's subject (`Euro`, `Tieren`
        in `… zu Preisen von unter 20 Euro angeboten` are not actors)."""
        if speaker.kind != "phrase" or not doc.has_annotation("DEP"):
            return True
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and any(t.dep_ in SUBJECT_DEPS for t in span)

    def _fronted_subject(self, doc: Doc, sent: Span, clause_start: int) -> Speaker | None:
        """`Steve Witkoff, der Putin in Moskau traf, sprach von …`: a mention that opens the
        sentence and is followed by a comma (apposition or relative clause) is the subject of
        a verb whose own clause names nobody."""
        first = sent.start
        while first < sent.end and doc[first].text.lower() in self.phrases.function_words:
            first += 1
        span = mention_at(doc, first) if first < sent.end else None
        if span is None or span.end >= sent.end or doc[span.end].text != "," or clause_start <= span.end:
            return None
        return self._speaker_from_span(span)

    def _parsed_subject(self, doc: Doc, cue: Token, blocked) -> Speaker | None:
        """The cue verb's subject phrase from the dependency parse, if there is one."""
        if not doc.has_annotation("DEP"):
            return None
        for child in cue.children:
            if (child.dep_ in SUBJECT_DEPS and not self._in(child, blocked)
                    and (child.pos_ in NOUNISH or not child.pos_
                         or child.text.lower() in self.personal_pronouns)):
                if child.text.lower() in self.personal_pronouns:
                    return self._to_speaker(doc, child)
                phrase = doc[child.left_edge.i:child.right_edge.i + 1]
                if phrase.end <= cue.i or phrase.start > cue.i:  # widen the parser's cut-off apposition
                    phrase = doc[phrase.start:self.phrases.extend_right(doc, phrase.end, phrase.sent.end)]
                if len(phrase) <= 16 and not any(self._in(t, blocked) for t in phrase):
                    return Speaker(phrase.text, phrase.start_char, phrase.end_char, phrase.text, "", "phrase")
        return None

    def _noun_phrase(self, doc: Doc, lo: int, hi: int, blocked) -> Speaker | None:
        """An actor no lexicon knows (`die Richter`, `Experten`, `der Sprecher`): the first
        capitalised noun phrase of the clause that is not a prepositional object. It names
        the speaker but has no country, so it gives quotes, not claims."""
        resume = lo
        for i in range(lo, hi):
            token = doc[i]
            if i < resume:
                continue
            if (self._in(token, blocked) or not token.is_alpha or not token.text[:1].isupper()
                    or token.text.lower() in self.not_speakers or token.pos_ and token.pos_ not in NOUNISH
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
            end = self.phrases.extend_right(doc, end, max(hi, token.sent.end))  # an apposition may pass the comma
            while end > i + 1 and self._in(doc[end - 1], blocked):
                end -= 1
            if doc[start].text.lower() in self.object_articles:  # `dem Abschluss des Falls`: an object
                resume = end
                continue
            span = doc[start:end]
            return Speaker(span.text, span.start_char, span.end_char, span.text, "", "phrase")
        return None

    def _listed_before(self, doc: Doc, sent: Span, first, blocked) -> list:
        """`Frankreich, Großbritannien und Deutschland drohten`: the mentions that a list puts
        before the clause's first subject, each followed by a comma."""
        listed, start = [], first.start if isinstance(first, Span) else first.i
        while start - 2 >= sent.start and doc[start - 1].text == ",":
            span = mention_at(doc, start - 2)
            if span is None or self._in(doc[span.start], blocked):
                break
            before = doc[span.start - 1].text if span.start > sent.start else ""
            if span.start > sent.start and before not in {",", "und"} and before.lower() not in self.articles:
                break
            listed.insert(0, span)
            start = span.start
        return listed

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
        doc.user_data["recent_speaker"] = None
        for index, sent in enumerate(sentences):
            recent = last_speaker[1] if last_speaker and index - last_speaker[0] <= 1 else None
            doc.user_data["recent_speaker"] = recent
            in_sentence = [q for q in quote_spans if sent.start_char <= q[0] < sent.end_char
                           and self._is_speech_quote(doc, q)]
            found = self._direct_quotes(doc, sentences, index, in_sentence, quote_spans, last_speaker)
            quotes.extend(found)
            if found and found[-1].speaker:
                last_speaker = (index, found[-1].speaker)
            used = {doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand").start
                    for q in found if q.cue_start >= 0}
            inner = self._indirect_and_reported(doc, sent, index, quote_spans, used)
            if inner and not found and all(self._unplaced_clause(q) for q in inner):
                follow = self._follow_on(doc, sentences, index, last_speaker, quote_spans)
                inner = [follow] if follow is not None else inner  # `Ich bleibe bei meiner Aussage, dass …`
            quotes.extend(inner)
            speaking = [q for q in inner if q.speaker and (q.type in ("INDIRECT", "DIRECT") or q.rule == "reported:speech"
                                                           and q.speaker.kind != "pronoun")]
            if speaking:
                last_speaker = (index, speaking[-1].speaker)
            elif not found and not inner:
                follow = self._follow_on(doc, sentences, index, last_speaker, quote_spans)
                if follow is not None:
                    quotes.append(follow)
                    last_speaker = (index, follow.speaker)
                elif last_speaker and not self._colon_intro(doc, sent) and index - last_speaker[0] >= FOLLOW_ON_GAP:
                    last_speaker = None
            if self._colon_intro(doc, sent):
                intro = self._intro_speaker(doc, sent, quote_spans)
                if intro is not None:
                    last_speaker = (index, intro)
        doc.user_data.pop("recent_speaker", None)
        profiles = actor_profiles(doc)
        for q in quotes:
            q.sentence = self._sentence_of(starts, q.cue_start if q.cue_start >= 0 else q.content_start)
            if q.speaker is not None and q.speaker.start >= 0:
                q.speaker = self._description_antecedent(
                    doc, self._genitive_holder(doc, _tidy_speaker(q.speaker, doc.text)))
            if q.speaker is not None:
                q.speaker = with_profile(q.speaker, profiles)
        doc._.quotes = quotes
        return doc

    @staticmethod
    def _unplaced_clause(quote: Quote) -> bool:
        """A clause of an unlisted verb whose speaker is a phrase nobody can place (`Ich bleibe bei
        meiner Aussage, dass …` gives the phrase `Aussage`): a follow-on reading is better."""
        return (quote.rule == "indirect:clause" and quote.speaker is not None and quote.speaker.kind == "phrase"
                and not quote.speaker.actor_country)

    def _genitive_holder(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Trumps engster Beraterkreis`, `Putins Sprecher`: a group no lexicon knows speaks for the
        side of the actor named in the genitive before it."""
        if speaker.kind != "phrase" or speaker.actor_country:
            return speaker
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        holder = mention_at(doc, span.start) if span is not None and len(span) > 1 else None
        if holder is None or holder.start != span.start or not holder[-1].text.endswith("s"):
            return speaker
        return replace(speaker, actor=speaker.text, actor_country=holder._.actor_country)

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
            speakers, cue_token, words, cue_entry, rule = self._direct_speaker(
                doc, sent, (q_start, q_end), quote_spans, sentences, index, last_speaker)
            cue_text = cue_token.text if cue_token is not None else ""
            cue_start = cue_token.idx if cue_token is not None else -1
            for speaker in speakers or [None]:
                found.append(Quote("DIRECT", cue_text, cue_start,
                                   cue_start + len(cue_text) if cue_token is not None else -1,
                                   q_start, q_end, index, speaker, cue_entry, rule, [], words))
        return found

    def _direct_speaker(self, doc, sent, quote, quote_spans, sentences, index, last_speaker):
        """(speakers, cue token, cue words, cue entry, rule) of a direct quotation."""
        blocked = list(quote_spans)
        outside = [t for t in sent if not self._in(t, blocked)]
        # 1. a cue verb in the sentence outside the quote: „…“, sagte Rubio / Rubio sagte: „…“
        for token in outside:
            match = self._match_verb(token, sent, blocked)
            if match is not None:
                cue, particle = match
                speakers = self.find_speakers(doc, sent, token, blocked)
                if speakers:
                    return speakers, token, self._cue_words(doc, sent, token, particle), cue, "direct:cue"
        # 1b. a verb no lexicon lists frames the quote: `„Lasst mich raus!“, rief der Mann`
        for token in outside:
            if token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm") and token.is_lower:
                speakers = [s for s in self.find_speakers(doc, sent, token, blocked) if s.kind != "phrase"
                            or self._plausible_actor(doc, s)]
                if speakers:
                    return speakers, token, self._cue_words(doc, sent, token, token), None, "direct:verb"
                break
        # 2. „…“, so Trump
        for token in outside:
            if token.text == "so" and token.i > 0 and doc[token.i - 1].text in {",", "“", "«", "\""}:
                span = mention_at(doc, token.i + 1)
                speaker = (self._speaker_from_span(span) if span is not None
                           else self._noun_phrase(doc, token.i + 1, min(sent.end, token.i + 6), blocked))
                if speaker is not None:
                    return [speaker], token, [(token.idx, token.idx + len(token))], self._match(self.sources, token), \
                        "direct:so"
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
                    return [speaker], None, [], None, "direct:colon"
            phrase = self._noun_phrase(doc, lo, colon[-1].i, blocked)
            if phrase is not None:
                return [phrase], None, [], None, "direct:colon"
        # 4. continuation: the speaker of the speech just before
        if last_speaker and index - last_speaker[0] <= 2:
            return [last_speaker[1]], None, [], None, "direct:continuation"
        return [], None, [], None, "direct:unattributed"

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
                      or self._verb_cue(doc, sent, index, token, blocked, [q.speaker for q in found if q.speaker])
                      or ([] if self._in(token, reported) else self._noun_cue(doc, sent, index, token, blocked)))
            if events:
                found.extend(events)
                used.update(events[0].extra_cue_tokens)
                if events[0].type == "INDIRECT" and events[0].rule != "indirect:source":
                    blocked.append((events[0].content_start, events[0].content_end))
                else:
                    reported.append((events[0].content_start, events[0].content_end))
        # `laut X` names the source; when a verb in the sentence has its own claimant, that one counts
        if any(not q.rule.endswith(":source") for q in found):
            found = [q for q in found if not q.rule.endswith(":source")]
        if not found and not used:
            found.extend(self._unlisted_verb_of_saying(doc, sent, index, blocked))
        if not found and not used:
            found.extend(self._colon_speech(doc, sent, index, blocked))
        return found

    def _colon_speech(self, doc: Doc, sent: Span, index: int, blocked) -> list[Quote]:
        """`Gabriel zog daraus den Schluss: Gaulands AfD ist auch deutschfeindlich.`, `Heiko Maas: Wir
        dürfen nicht abwarten`: an actor before a colon, a clause after it, and no quotation marks
        (scraped texts lose them): the clause is the actor's speech."""
        colon = next((t for t in sent if t.text == ":" and not self._in(t, blocked)), None)
        if colon is None or sent.end - colon.i < 4 or colon.i - sent.start < 1:
            return []
        after = doc[colon.i + 1:sent.end]
        verbatim = self._first_person(after, blocked) or self._deontic(after, blocked)
        for candidate in self._candidates(doc, sent.start, colon.i, blocked):
            speaker = self._to_speaker(doc, candidate)
            if not (speaker.actor and speaker.actor_country):
                continue
            phrase = self.phrases.around(candidate) if isinstance(candidate, Span) else None
            only_speaker = phrase is not None and phrase.end >= colon.i and phrase.start <= sent.start + 1
            if only_speaker or verbatim:  # `Heiko Maas: …` or `…: Wir dürfen nicht abwarten`
                content = self._content_after(doc, sent, colon)
                return [Quote("DIRECT", "", -1, -1, content[0], content[1], index, speaker, None, "direct:colon")]
            return []
        return []

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
                         and t.text.lower() not in self.not_speakers | self.articles | self.possessive
                         and (not t.pos_ or t.pos_ in ("VERB", "AUX"))), None)
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

    def _clause_after_comma(self, doc: Doc, sent: Span, token: Token, cue: Cue,
                            speakers: list[Speaker]) -> tuple[int, int] | None:
        """The reported clause after the cue (`sagte, die Union benötige …`, `teilte mit, dass …`,
        `wirft den Rebellen vor, … zu wollen`), past a speaker named after the verb (`erklärte der
        Direktor der IAEO, Mohammed el-Baradei, …`). Verbs of saying take any main clause;
        other verbs a `dass`/`ob` clause, Konjunktiv I or a zu-infinitive."""
        lo, _ = self._clause(doc, sent, token.i, [])
        if doc[lo].text.lower() in self.not_content:
            return None  # `Während Moskau von … spricht, wirft Kiew …`: the next clause is the main clause
        start = token.i + 1
        for speaker in speakers:
            if speaker.start >= token.idx:
                span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
                start = max(start, span.end if span is not None else start)
        for j in range(start, min(start + 10, sent.end)):
            if doc[j].text in CLAUSE_BREAKS - {","}:
                return None
            if doc[j].text != ",":
                continue
            clause = doc[j + 1:sent.end]
            if not len(clause):
                return None
            head = clause[0].text.lower()
            if head in self.not_content or self._relative_clause(clause):
                return None
            if (head in {"dass", "ob", "wonach"} or any(self.is_subjunctive(t, True) for t in clause)
                    or self._infinitive_clause(clause)
                    or (cue.kind == "speech" and head != "wie" and self._main_clause(clause))):
                return self._content_after(doc, sent, doc[j])
            return None
        return None

    def _relative_clause(self, clause: Span) -> bool:
        """`…, der in Moskau lebt`: a relative pronoun followed by something other than its noun."""
        return (clause[0].text.lower() in self.relative_pronouns and len(clause) > 1
                and not (clause[1].text[:1].isupper() or clause[1].text.lower() not in self.articles
                         and self.phrases.modifier(clause[1])))

    @staticmethod
    def _main_clause(clause: Span) -> bool:
        """A clause with a finite verb (needs a tagger: `…, den Verzicht auf X und Y` is a list)."""
        return any("Fin" in t.morph.get("VerbForm") for t in clause)

    @staticmethod
    def _infinitive_clause(clause: Span) -> bool:
        """`mehr auszugeben`, `… installieren zu wollen`: the clause ends in an infinitive."""
        words = [t for t in clause if not t.is_punct]
        if not words:
            return False
        last, form = words[-1], words[-1].morph.get("VerbForm")
        if form and "Inf" not in form or not last.text.endswith("n"):
            return False
        return "zu" in last.text[2:-2] or any(t.text.lower() == "zu" for t in words[-3:])

    def _clause_before_comma(self, doc: Doc, sent: Span, token: Token, cue: Cue,
                             speakers: list[Speaker]) -> tuple[int, int] | None:
        """`Die Uhr laufe, sagte Rubio`: the reported clause precedes the cue (the verb right
        after the comma, then its subject)."""
        if token.i - 1 > sent.start and doc[token.i - 1].text == ",":
            clause = doc[sent.start:token.i - 1]
            inverted = any(s.start > token.idx for s in speakers)  # `…, sagte Rubio`, not `X, der …, sprach`
            if (cue.kind == "speech" and inverted and self._main_clause(clause)
                    or any(self.is_subjunctive(t, True) for t in clause)):
                return clause.start_char, clause.end_char
        return None

    def _cue_words(self, doc: Doc, sent: Span, verb: Token, particle: Token) -> list[tuple[int, int]]:
        """The cue's words: the verb, its separable particle, a reflexive `sich` right after it,
        and the auxiliary or modal of a participle or infinitive (`hatte … gesagt`, `will … prüfen`)."""
        words = {verb.i: verb, particle.i: particle}
        after = verb.i + 1
        if after < sent.end and doc[after].text.lower() == "sich":
            words[after] = doc[after]
            after += 1
        if after < sent.end and doc[after].text.lower() in self.pronominal_adverbs:  # `warnten davor`
            words[after] = doc[after]
        if particle.i > 0 and doc[particle.i - 1].text.lower() in self.pronominal_adverbs:  # `geht davon aus`
            words[particle.i - 1] = doc[particle.i - 1]
        if verb.i + 1 < sent.end and doc[verb.i + 1].text.lower() in self.auxiliaries:  # `erklärt hatte`
            words[verb.i + 1] = doc[verb.i + 1]
        lo, hi = self._clause(doc, sent, verb.i, [])
        if doc[lo].text.lower() == "wie":  # `wie der Bundeswahlleiter mitteilte`
            words[lo] = doc[lo]
        form = verb.morph.get("VerbForm")
        if "Part" in form or "Inf" in form:
            auxiliaries = [t for t in doc[lo:hi] if t.i != verb.i and t.text.lower() in self.auxiliaries]
            if auxiliaries:
                nearest = min(auxiliaries, key=lambda t: abs(t.i - verb.i))
                words[nearest.i] = nearest
        return [(t.idx, t.idx + len(t.text)) for _, t in sorted(words.items())]

    def _verb_cue(self, doc, sent, index, token, blocked, elided=()) -> list[Quote]:
        match = self._match_verb(token, sent)
        if match is None:
            return []
        cue, particle = match
        if token.text[:1].isupper() and token.i == sent.start and cue.kind == "speech":
            return []
        if cue.kind == "act" and token.text.lower() in self.ki:
            return []  # `Die USA seien offen für Kompromisse`: the content of someone's speech, not an act
        if token.i == sent.start and token.i + 1 < sent.end and token.nbor(1).text == "Sie":
            return []  # `Stimmen Sie keinen Maßnahmen zu`: the author's imperative to the reader
        lo, _ = self._clause(doc, sent, token.i, blocked)
        if doc[lo].text.lower() in self.hypothetical:
            return []  # `…, da dies Russlands Schwäche signalisieren würde`: a reason or condition, no event
        if self._passive_event(token, sent, cue):  # `Ihm wird vorgeworfen, …`: an event, its subject no speaker
            if any(t.text.lower() in self.ki for t in doc[lo:token.i]):
                return []  # `Ein Beitritt sei ausgeschlossen`: someone's reported content, left to the follow-on
            agent = self._agent(doc, sent, token, blocked)
            speakers = [agent] if agent is not None else []
        else:
            speakers = self.find_speakers(doc, sent, token, blocked, elided)
        first, last = sorted((token, particle), key=lambda t: t.i)
        cue_text = token.text if particle is token else f"{first.text} … {last.text}"
        cue_start, cue_end = first.idx, last.idx + len(last.text)
        content = (self._clause_after_comma(doc, sent, last, cue, speakers)
                   or self._clause_before_comma(doc, sent, first, cue, speakers))
        if content is not None:
            kind, rule = "INDIRECT", "indirect:cue"
        else:
            speakers = [s for s in speakers if self._plausible_actor(doc, s)]
            if self._hedged(doc, sent, token, blocked) or not speakers:
                return []
            kind, rule = "REPORTED", f"reported:{cue.kind}"
            content = self._content_after(doc, sent, token)
        words = self._cue_words(doc, sent, token, particle)
        return [Quote(kind, cue_text, cue_start, cue_end, content[0], content[1], index, speaker, cue, rule,
                      [particle.i] if particle is not token else [], words)
                for speaker in speakers or [None]]

    def _source_marker(self, doc, sent, index, token, blocked) -> list[Quote]:
        """`laut X`, `X zufolge`, `nach Angaben des X`, `gemäß X`, `…, so X`, `aus X hieß es`: the
        sentence is the source's statement (indirect speech, whatever the verb's mood)."""
        cue = self._match(self.sources, token)
        if cue is None or (token.text.lower() == "so" and (token.i == 0 or doc[token.i - 1].text != ",")):
            return []
        side, phrase = cue.speaker_side, None
        if side == "source_noun":
            phrase = self._source_noun_phrase(doc, sent, token)
        elif side == "after" and cue.particle:  # hieß es … aus X
            if token.i + 1 >= sent.end or not cue.particle.fullmatch(doc[token.i + 1].text):
                return []
            span = self._mention_after_preposition(doc, sent, "aus")
            phrase = self.phrases.around(span, sent.end) if span is not None else None
        elif side == "after":
            phrase = self._phrase_after(doc, sent, token.i + 1, blocked)
        elif side == "before":
            phrase = self.phrases.before(doc, sent, token.i)
        elif side == "self" and token.i == sent.start:  # `Demnach hat sich die Koalition durchgesetzt.`
            phrase = doc[token.i:token.i + 1]
        if phrase is None or not len(phrase):
            return []
        speaker = self._source_speaker(phrase)
        if speaker is None:
            return []
        end = self._content_after(doc, sent, sent[0])[1] if len(sent) > 1 else sent.end_char
        return [Quote("INDIRECT", token.text, token.idx, token.idx + len(token.text), sent.start_char, end,
                      index, speaker, cue, "indirect:source")]

    def _source_noun_phrase(self, doc: Doc, sent: Span, token: Token) -> Span | None:
        """`Angaben der Polizei` after `nach`: a noun of saying (`source_noun` in german.csv, also
        as the end of a compound: `Polizeiangaben`, `Kreml-Angaben`) with its attributes."""
        j = token.i + 1
        while j < sent.end and j - token.i <= 3 and (doc[j].is_lower or self.phrases.modifier(doc[j])
                                                     or doc[j].text.endswith("s") and self.phrases.nounish(doc[j])
                                                     and not self._is_source_noun(doc[j])):
            j += 1  # `nach seinen eigenen Angaben`, `nach Grupps Meinung`
        if j < sent.end and self._is_source_noun(doc[j]):
            return doc[token.i + 1:self.phrases.extend_right(doc, j + 1, sent.end)]
        before = self.phrases.before(doc, sent, token.i)  # `Seiner Meinung nach`, `Dem Vernehmen nach`
        return before if before is not None and self._is_source_noun(before[-1]) else None

    def _is_source_noun(self, token: Token) -> bool:
        """`Angaben`, also ending a compound (`Polizeiangaben`, `Kreml-Angaben`); short nouns
        (`Sicht`) only as themselves, not inside `Flughafenaufsicht`."""
        lower = token.text.lower()
        return any(lower == noun or lower.endswith("-" + noun) or len(noun) >= 6 and lower.endswith(noun)
                   for noun in self.source_nouns)

    def _phrase_after(self, doc: Doc, sent: Span, start: int, blocked) -> Span | None:
        """The source's noun phrase right after `laut`, `gemäß`, `so`: `laut Polizei`, `laut einem
        Bericht der „Zeitung“`, `so der Sprecher des Ministeriums, Max Muster`."""
        for j in range(start, min(start + 3, sent.end)):
            span = mention_at(doc, j)
            if span is not None:
                phrase = self.phrases.around(span, sent.end)
                return doc[min(start, phrase.start):phrase.end]
        j = start
        while j < sent.end and j - start < 4 and self.phrases.modifier(doc[j]):
            j += 1
        end = self.phrases.quoted_name_end(doc, j, sent.end)
        if end is None:
            if j >= sent.end or not self.phrases.nounish(doc[j]) or self._match(self.verbs, doc[j]):
                return None
            end = j + 1
        return doc[start:self.phrases.extend_right(doc, end, sent.end)]

    def _source_speaker(self, phrase: Span) -> Speaker | None:
        """The source's words; its actor from a mention inside (`Angaben des Kremls`) or from a
        compound's first part (`Kreml-Angaben`, `US-Angaben`)."""
        doc = phrase.doc
        mention = next((mention_at(doc, t.i) for t in phrase if mention_at(doc, t.i) is not None), None)
        actor, country, kind = phrase.text, "", "phrase"
        if mention is not None:
            actor, country, kind = mention._.actor, mention._.actor_country, mention._.mention or "name"
        elif phrase[0].text.lower() in self.possessive:  # `nach seiner Einschätzung`
            resolved = self._resolve_pronoun(doc, phrase[0])
            if resolved is None:
                return None
            actor, country, kind = resolved.actor, resolved.actor_country, "pronoun"
        elif "-" in phrase[-1].text:
            actor, country = self._compound_actor(phrase[-1].text.rsplit("-", 1)[0]) or (actor, country)
            kind = "group" if country else kind
        return Speaker(phrase.text, phrase.start_char, phrase.end_char, actor, country, kind)

    def _compound_actor(self, prefix: str) -> tuple[str, str] | None:
        """(actor, country) for the first part of `Kreml-Angaben`, `US-Angaben`."""
        for entry in self.lex.actors:
            if entry.pattern == prefix:
                return entry.actor, entry.country
        for country in self.lex.countries.values():
            if prefix + "-" in country.prefixes or prefix in country.names:
                return country.government, country.code
        return None

    def _mention_after_preposition(self, doc: Doc, sent: Span, preposition: str) -> Span | None:
        for token in sent:
            if token.text.lower() == preposition and token.i + 1 < sent.end:
                span = mention_at(doc, token.i + 1) or (
                    mention_at(doc, token.i + 2) if token.i + 2 < sent.end else None)
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
            span = mention_at(doc, token.i - 1)
            if span is not None and span[-1].text.endswith("s"):
                holder = span
        if holder is None and token.i + 2 < sent.end and doc[token.i + 1].text.lower() in {"des", "der"}:
            holder = mention_at(doc, token.i + 2)
        holders = [holder] if holder is not None else self._von_holders(doc, sent, token, blocked)
        speakers = ([Speaker(h.text, h.start_char, h.end_char, h._.actor, h._.actor_country,
                             h._.mention or "name") for h in holders]  # `Russlands` in `Russlands Maximalforderungen`
                    or [s for s in [self._adjective_holder(doc, token)] if s is not None])
        if not speakers:
            return []
        content = self._content_after(doc, sent, token)
        return [Quote("REPORTED", token.text, token.idx, token.idx + len(token.text), content[0], content[1],
                      index, speaker, cue, "reported:noun") for speaker in speakers]

    def _von_holders(self, doc: Doc, sent: Span, token: Token, blocked) -> list[Span]:
        """`Kritik kam von den Vereinten Nationen, den USA und mehreren EU-Staaten`, `Lob gab es vom
        UN-Generalsekretär`: the actors after `von`/`vom` in the noun's clause hold the position
        (`Kritik an X` names its target, not its holder)."""
        for j in range(token.i + 1, min(sent.end, token.i + 8)):
            if doc[j].text.lower() not in self.holder_prepositions:
                continue
            first = next((mention_at(doc, k) for k in range(j + 1, min(sent.end, j + 4))
                          if mention_at(doc, k) is not None), None)
            if first is None:
                return []
            holders, k = [first], first.end
            while k < sent.end:  # a list: `, den USA, und mehreren EU-Staaten`
                while k < sent.end and (doc[k].text in {",", "und", "sowie"} or doc[k].text.lower() in self.articles
                                        or doc[k].is_lower and not doc[k].is_punct and k - holders[-1].end < 3):
                    k += 1
                nxt = mention_at(doc, k) if k < sent.end else None
                if nxt is None or nxt.start - holders[-1].end > 5:
                    break
                holders.append(nxt)
                k = nxt.end
            return holders
        return []

    def _adjective_holder(self, doc: Doc, token: Token) -> Speaker | None:
        """`die russischen Forderungen`: the country adjective before the noun names the holder."""
        if token.i == 0:
            return None
        adjective = doc[token.i - 1]
        if token.i > 1 and doc[token.i - 2].text.lower() in self.prepositions:
            return None  # `ohne französische Unterstützung`: a circumstance, nobody's position
        code = self.country_words.country_of(adjective.text) if adjective.is_lower else ""
        if not code or code not in self.lex.countries:
            return None
        return Speaker(adjective.text, adjective.idx, adjective.idx + len(adjective.text),
                       self.lex.countries[code].government, code, "group")

    def _follow_on(self, doc, sentences, index, last_speaker, quote_spans) -> Quote | None:
        """A Konjunktiv I sentence right after reported speech continues it (same speaker)."""
        if last_speaker is None or index - last_speaker[0] > FOLLOW_ON_GAP:
            return None
        sent = sentences[index]
        if sent.text.rstrip().endswith("?"):
            return None
        if any(t.text.lower() in self.hedges for t in sent):
            return None  # `Lukaschenko dürfte darauf setzen, …`: the author's speculation
        verbs = [t for t in sent if (self.is_subjunctive(t) or t.text.lower() in self.reportative
                                     and not self._allegation(t, sent)) and not self._in(t, quote_spans)]
        if verbs:
            return Quote("INDIRECT", "", -1, -1, sent.start_char, sent.end_char, index, last_speaker[1], None,
                         "indirect:follow-on")
        if index - last_speaker[0] == 1 and (self._first_person(sent, quote_spans)
                                             or self._deontic(sent, quote_spans)):
            return Quote("DIRECT", "", -1, -1, sent.start_char, sent.end_char, index, last_speaker[1], None,
                         "direct:unmarked")
        return None

    def _deontic(self, sent: Span, quote_spans) -> bool:
        """`Das darf nicht sein.`, `Jetzt muss es zu Änderungen kommen.` right after someone spoke:
        a norm in the indicative is the speaker's (news reports state facts, speakers state norms)."""
        words = {t.text.lower() for t in sent if not self._in(t, quote_spans)}
        if any(t.text.lower() in self.reportative and self._allegation(t, sent) for t in sent):
            return False  # `… soll … aufgehalten haben`: an allegation, no norm
        if "man" in words or "sie" in words and any(t.text == "Sie" and t.i > sent.start for t in sent):
            return False  # `So muss man damit rechnen`, `Lassen Sie nicht zu`: the author's voice
        return bool(words & self.deontic)

    def _allegation(self, token: Token, sent: Span) -> bool:
        """`Er soll sich in Syrien aufgehalten haben`: reportative `soll` with a perfect infinitive
        reports what unnamed sources allege, not what the last speaker said."""
        words = [t.text.lower() for t in sent[token.i - sent.start:] if t.is_alpha]
        return len(words) > 1 and words[-1] in ("haben", "sein", "werden")

    def _first_person(self, sent: Span, quote_spans) -> bool:
        """`Wir haben ein gutes Team.` right after someone spoke: verbatim speech whose quotation
        marks the text has lost (scraped corpora); news authors do not write in the first person."""
        return any(t.text.lower() in self.first_person and not self._in(t, quote_spans) for t in sent)


@Language.factory("quote_finder", assigns=["doc._.quotes"], requires=["doc.spans"])
def create_quote_finder(nlp: Language, name: str) -> LexiconRules:
    return LexiconRules(name, lambda bundle: QuoteFinder(bundle.lexicons, bundle.links.organisation_country))


def quote_rows(doc: Doc, doc_id: str) -> list[dict]:
    return [q.row(doc_id) for q in doc._.quotes or []]
