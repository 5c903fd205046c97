"""Stage 4b, claims: code each attributed speech event as claims (codebook fields).

`claim_coder` (registered component) turns `doc._.quotes` into `doc._.claims`: one claim per
claimant × claim type × issue in a sentence. The claim type comes from the cue verb
(`fordert` → DEMAND) or, for verbs of saying, from cues in the reported content (`müsse` →
DEMAND, `ausgeschlossen` → REJECTION); negation turns `stimmt zu` into REJECTION; the issue
from `issues.csv`; polarity from the cue, flipped by a negator before the issue's keyword
(`keine NATO-Mitgliedschaft`, `Verzicht auf NATO-Beitritt` → -1); a statement on no listed issue is
against what it names when its words are negated (`Ich glaube nicht, dass …` → -1).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple
from weakref import WeakKeyDictionary

from spacy.attrs import IS_PUNCT, POS, SENT_START
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from pipeline.actor_context import after_dateline, dateline_opening
from pipeline.bundle import LexiconBundle, LexiconRules
from pipeline.claimants import coordinated_claimants
from pipeline.entities import actor_profiles
from pipeline.knowledge import IO_CODES
from pipeline.lexicons import SPECIFIC_FIRST, Cue, alternation, konjunktiv_i_reader, only_past_indicative, schedule_pattern
from pipeline.literals import SearchFilter, fold, may_match, required_substrings
from pipeline.phrases import (actor_mentions, doc_text, indexed_mentions, indexed_words, mention_field, morph_values, morph_values_at,
                              token_words, tokens_of)
from pipeline.quotes import ATTRIBUTE_HOLDER_RULES, Quote, Speaker
from pipeline.quotes.clauses import CLAUSE_BREAKS, finite_verb
from pipeline.quotes.references import ReferenceResolver
from pipeline.segment import content_sentences

SPEECH_MODE = {"DIRECT": "QUOTE", "INDIRECT": "INDIRECT", "REPORTED": "REPORTED"}
RULE_CONFIDENCE = {"direct:cue": 0.9, "direct:so": 0.85, "direct:source": 0.75, "direct:colon": 0.75, "direct:continuation": 0.6,
                   "direct:unmarked": 0.55,
                   "direct:verb": 0.6,
                   "indirect:cue": 0.85, "indirect:follow-on": 0.65, "indirect:clause": 0.5, "indirect:learned": 0.5, "indirect:source": 0.75,
                   "indirect:view-source": 0.6, "indirect:anaphor": 0.8,
                   "reported:speech": 0.8, "reported:act": 0.8, "reported:source": 0.7,
                   "reported:noun": 0.6, "reported:participle": 0.6}
# the gap between two interview answers that holds a question or statement of the interviewer (a sentence's end
# after a word), not only the interviewee's name (`Neisser:`) or the space between two sentences of one answer
QUESTION_GAP_RE = re.compile(r"\w\W*[.?!…]")
TOPIC_CONTEXT = 400  # characters: the title and lead give the topic of a sentence that names none
DIPLOMATIC_TOPIC = "INTERNATIONAL_AFFAIRS"  # a foreign minister or ambassador speaks on every subject
# actor types that take part in politics whatever the article's field: in a report on sport or the arts their
# words still count (`leisure_talk`); a government or state named there is mostly a club, team or town misread
POLITICAL_TYPES = ("party", "parliament", "ngo", "io", "court")
FIGURE_POS = ("NUM", "NOUN", "PROPN", "ADP", "CCONJ")  # the words of a count (`16.000 in Duisburg und …`), and articles
REPORTING_TYPES = ("ngo", "io")  # aid agencies and international bodies, whose figures and reports are relayed
PRIVATE_TYPES = ("person", "public", "")  # speakers of no office (`forecast`)
DEMANDING_TYPES = ("DEMAND", "ACCUSATION", "THREAT")  # a company's demand of others is a claim (`company_voice`)
STATE_TYPES = ("government", "state", "parliament", "party", "court", "io")  # a public office's advice is policy
# what a scholar or artist may say on their field without a claim (`field_talk`): no demand, proposal, criticism
FIELD_TALK_TYPES = ("STATEMENT", "CONCESSION", "AGREEMENT", "REJECTION")
FIELD_TOPICS = ("CULTURE", "TECHNOLOGY")  # topics of science and the arts (`Forschung`, `Museum`): no report on policy
SINGLE_PERSON_TYPES = ("person", "")  # a person of no office: any claim type of theirs may be talk (`leisure_talk`)
JUDGEMENTS = ("ACCUSATION", "AGREEMENT")  # the types a cue's frame can give its content (`nannte es absurd`)
# the types a label before a labelling cue gives its words (`Als Skandal …`, `Als inakzeptabel bezeichnete es X, dass …`)
LABEL_JUDGEMENTS = ("ACCUSATION", "REJECTION")
# a verb of saying that judges what it reports (`kritisierte`, `lobte`, `räumte ein`) keeps its type over a
# modal or readiness in that content (`kritisierte, dass die Gemeinden zahlen müssten`): the norm is criticised;
# so does a threat (`drohte damit, zu streiken, um der Forderung Nachdruck zu verleihen`): the demand is its reason
# the opening main clause of reported words up to its last word before `, dass` / `:` (at most six words before it,
# no comma among them): `Der Rechnungshof kritisierte, dass …`
NESTED_SPEECH = re.compile(r"\W*((?:[\w-]+\s+){1,6}?)([\w-]+)(?:\s*,\s*dass\b|\s*:)")
JUDGING_SPEECH = ("ACCUSATION", "AGREEMENT", "CONCESSION", "THREAT")
REPORTED_NORMS = ("DEMAND", "PROPOSAL")
# the positions a follow-on sentence that adds to them carries on (`Außerdem habe er …` after `warf ihm vor`)
CARRIED_TYPES = ("REJECTION", "CONCESSION", "ACCUSATION")
# the rules of a claim whose verb of saying or act gives its type (`warf der Armee vor`, `kritisierte`, `gibt X die
# Schuld`): an accusation so opened goes on in the speaker's next sentence without a cue (`Es werde auf alle geschossen.`)
VERB_CUED_RULES = frozenset({"indirect:cue", "reported:speech", "reported:act"})
WHITESPACE = re.compile(r"\s+")
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # `2015`: a year, which counts nothing
WORD = re.compile(r"\w+")
CLAUSE_MARKS = (",", ";", ":", "–", "(", ")")  # the marks that end a clause within a sentence
CLAUSE_RUN = re.compile(r"(?:\d+\.|[^,;:.?!()–])+")  # a clause between punctuation; `am 1. Jänner` goes on
NEGATOR_INFLECTION = r"(?:e|em|en|er|es|et|ete|eten|n|s|t|te|ten|ung|ungen)?"  # endings a negator stem takes
ZU_PHRASE = r"zu[mr]?\s+(?:[\w-]+\s+){1,5}"  # a prepositional object with `zu` before its adjective (`zu Gesprächen bereit`)
NEGATION_WINDOW = 30  # characters before an issue keyword in which a negator flips polarity
REFER_BACK = 3  # sentences before a claim that takes up a position (`die Forderung`) in which it finds its issue
MEMO_SIZE = 4096  # texts whose content cue and issues a coder remembers
WORD_MEMO_SIZE = 65_536  # words whose field role a coder remembers
# speech that continues a speaker without a cue of its own: it keeps the issue of the quote's cue sentence, and
# is no position where that sentence made none (`unheard_follow_on`)
VERB_POS = (VERB, AUX)  # the parts of speech of a verb (`Token.pos`)
CUELESS_RULES = frozenset({"indirect:follow-on", "direct:continuation", "direct:unmarked"})
# a verb's nominal dependents that may be its object (the parse takes `erklärt die Welt` for a subject too)
TOPIC_OBJECT_LABELS = ("nsubj", "obj", "iobj", "obl:arg")
UNCUED_RULES = ("indirect:clause", "direct:verb")  # speech opened by a verb no lexicon lists


@dataclass
class Claim:
    doc_id: str
    sentence_id: int
    sentence: str
    claimant: str
    actor: str
    actor_country: str
    actor_type: str
    actor_id: str
    claim_type: str
    issue: str
    topic: str
    polarity: int
    addressee_country: str
    speech_mode: str
    cue: str
    confidence: float
    start: int
    end: int
    rule: str


def _get_claims(doc: Doc) -> list[Claim] | None:
    records = doc._.claim_records
    return None if records is None else [Claim(**record) for record in records]


def _set_claims(doc: Doc, claims: list[Claim] | None) -> None:
    # a claim's fields are plain values: its `vars` are what `asdict` gives, without the deep copies
    doc._.claim_records = None if claims is None else [dict(vars(claim)) for claim in claims]


# `doc._.claims` reads and writes `doc._.claim_records`, dicts of plain values: a Doc with its
# claims survives `DocBin(store_user_data=True)`.
if not Doc.has_extension("claim_records"):
    Doc.set_extension("claim_records", default=None)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=_get_claims, setter=_set_claims)


def _clause_start(text: str, start: int, position: int) -> int:
    """Where the clause around text[position] begins: after the last clause mark between `start` and it."""
    return max(start, max(text.rfind(mark, start, position) for mark in CLAUSE_MARKS) + 1)


# a conduct noun and the word before it (`Gaulands Verhalten`, `das Vorgehen`): whose conduct
CONDUCT_NOUN_PHRASE = re.compile(r"(\w+)\s+(?=([A-ZÄÖÜ]\w+))")
# a noun label (`als typisches Muster`), and one after an indefinite article without `als` (`einen Skandal`)
LABEL_NOUN = re.compile(r"(?:^|\s)[A-ZÄÖÜ][\w-]+")


def _words(text: str) -> list[str]:
    """The words of a text in lower case."""
    return WORD.findall(text.lower())


NamedWords = list[tuple[str, tuple[str, ...]]]  # (actor, words around its mention): `named_words`


def _taken_up(quote: Quote, claimants: list[Speaker]) -> list[Quote]:
    """The quote once for each claimant a plural pronoun speaker takes up, each on the pronoun's words
    (`Merkel und Hollande …. Sie fordern`)."""
    pronoun = quote.speaker
    return [replace(quote, speaker=replace(claimant, text=pronoun.text, start=pronoun.start, end=pronoun.end,
                                           kind="pronoun")) for claimant in claimants]


def named_words(doc: Doc) -> NamedWords:
    """Each actor mention's actor with the words around it that may name its role: the two words before
    it (after a verb there, if any: `Ein Historiker nannte Gunnlaugssons Verhalten absurd` names another),
    its own words, and an apposition after a comma up to its verb or punctuation (at most four words),
    all within its sentence. Read from the Doc's arrays (no Token made of each word); a Doc whose
    sentences come from a hook has them from `Span.sent`."""
    mentions = actor_mentions(doc)
    if not mentions:
        return []
    texts, n = token_words(doc)[0], len(doc)
    pos, punct = doc.to_array(POS).tolist(), doc.to_array(IS_PUNCT).tolist()
    hooked = "sent" in doc.user_span_hooks or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START")
    boundaries = [] if hooked else [i for i, value in enumerate(doc.to_array(SENT_START).tolist()) if value == 1]
    named = []
    for span in mentions:
        if hooked:
            sent = span.sent
            sent_start, sent_end = sent.start, sent.end
        else:  # (what `Span.sent` reads: the last sentence start up to the mention's start, the next one after it)
            k = bisect_right(boundaries, span.start)
            sent_start = boundaries[k - 1] if k else 0
            sent_end = boundaries[k] if k < len(boundaries) else n
        start = max(span.start - 2, sent_start)
        start = next((k + 1 for k in range(span.start - 1, start - 1, -1) if pos[k] in VERB_POS), start)
        words = list(texts[start:span.end])
        if span.end + 1 < n and texts[span.end] == ",":
            for k in range(span.end + 1, min(span.end + 5, sent_end)):
                if punct[k] or pos[k] in VERB_POS:
                    break
                words.append(texts[k])
        named.append((mention_field(span, "actor"), tuple(words)))
    return named


@dataclass(frozen=True)
class DocumentSides:
    """What the rules of sides (`addressee`, `warns_a_side`, `reports_plan`) read of a document, read
    once per document: iterating `doc.spans["actors"]` makes every Span anew, reading `span._` an
    Underscore, and `doc._.quotes` makes every Quote anew."""

    group: object  # the `doc.spans["actors"]` group read, and the quote records (`doc._.quote_records`):
    records: object  # the sides hold while the Doc still has these very objects
    sides: tuple[tuple[int, int, str], ...]  # (start_char, end_char, actor_country) of each mention, in order
    speakers: dict[int, list[Speaker]]  # cue start -> the speakers of the quotes with that cue
    places: frozenset[int] = frozenset()  # start_char of each mention of a place (label LOC)
    dateline: tuple[int, int] = (0, 0)  # (start_char, end_char) of the dateline's places (`Wien/Athen –`), if any
    # (actor, actor_type, label) of each mention, in the order of `sides` (`own_addressed`)
    actors: tuple[tuple[str, str, str], ...] = ()
    # the country the report comes from: its dateline's places', else the one country all its places lie in; ''
    # without either (`own_addressed`: `die Regierung müsse …` in a report from Wien is Austria's)
    home: str = ""

    @classmethod
    def of(cls, doc: Doc, quotes: list[Quote] | None = None) -> DocumentSides:
        """Read from the Doc; `quotes`: its `doc._.quotes` as the caller already read them (unchanged)."""
        group, records = doc.spans.get("actors"), doc._.quote_records
        mentions = actor_mentions(doc)
        sides = tuple((span.start_char, span.end_char, mention_field(span, "actor_country")) for span in mentions)
        places = frozenset(span.start_char for span in mentions if span.label_ == "LOC")
        speakers: dict[int, list[Speaker]] = {}
        for quote in (doc._.quotes or []) if quotes is None else quotes:
            if quote.speaker is not None:
                speakers.setdefault(quote.cue_start, []).append(quote.speaker)
        actors = tuple((mention_field(span, "actor"), mention_field(span, "actor_type"), span.label_) for span in mentions)
        dateline = dateline_span(doc)
        located = {side for (start, _, side), (_, _, label) in zip(sides, actors)
                   if label == "LOC" and side not in ("", "OTHER") and side not in IO_CODES}
        dated = {side for start, _, side in sides if dateline[0] <= start < dateline[1]} & located
        home = next(iter(dated)) if len(dated) == 1 else next(iter(located)) if not dated and len(located) == 1 else ""
        return cls(group, records, sides, speakers, places, dateline, actors, home)

    def voices(self, quote: Quote) -> list[Speaker]:
        """The quote's speaker and the other speakers of its cue: who speaks, never whom the claim addresses."""
        return ([quote.speaker] if quote.speaker is not None else []) + self.speakers.get(quote.cue_start, [])

    def current(self, doc: Doc) -> bool:
        """The Doc still holds the mentions and quote records these sides were read from."""
        return self.group is doc.spans.get("actors") and self.records is doc._.quote_records


def dateline_span(doc: Doc) -> tuple[int, int]:
    """(start_char, end_char) of the places of the document's dateline (`Wien/Spielfeld/Athen –` after the
    headline): where the report comes from, no side a claim addresses; (0, 0) without one."""
    i = dateline_opening(doc)
    return (doc[i].idx, doc[after_dateline(doc, i) - 1].idx) if i is not None else (0, 0)


_SIDES: WeakKeyDictionary[Doc, DocumentSides] = WeakKeyDictionary()  # each Doc's, while the Doc lives
CLAUSE_MARK = re.compile(r"[,;:–]")  # the end of a cue's clause (`own_addressed`)
BODY_WORD = re.compile(r"\b[A-ZÄÖÜ][\w-]*")  # a capitalised word, hyphenated compounds whole (`own_addressed`)


def _spoken_by(voices: list[Speaker], start_char: int, end_char: int) -> bool:
    """text[start_char:end_char] overlaps the phrase of one of the `voices` (`DocumentSides.voices`)."""
    return any(voice.start < end_char and start_char < voice.end for voice in voices)


class AskingFrame(NamedTuple):
    """Where a claim's sentence may name the one asked to act or criticised (`ClaimCoder.asking_frame`)."""
    voices: list[Speaker]  # who speaks (`DocumentSides.voices`): never the one asked
    end_of_sentence: int
    # the cue's clause up to its first clause mark, from the speaker where it stands before the cue (`X hatte Y
    # vorgeworfen`): where its object stands; (0, 0) without a cue
    object_span: tuple[int, int]
    judging: bool  # a summoning cue, or one of a demand or accusation
    accusing: bool  # the claim is an accusation


def _blank_modal(match: re.Match) -> str:
    """The match with its modal (whichever group matched) blanked out, the offsets kept."""
    group = next(i for i in range(1, (match.re.groups or 0) + 1) if match.group(i))
    a, b = match.start(group) - match.start(), match.end(group) - match.start()
    return match.group()[:a] + " " * (b - a) + match.group()[b:]


PLACE_BEFORE = re.compile(r"(\S+)\s+(von|in)\s+$", re.I)  # `Vertrag von ` before a place (`naming_place`)
ATTRIBUTE_AFTER = re.compile(r"\s+((?:[a-zäöüß]+\s+){0,2}[a-zäöüß]{3,})\s+[A-ZÄÖÜ]")  # lower-case words, then a noun
PLACE_AFTER = re.compile(r"[\s-](\w+)")  # `Papers` after a place
WORDS_BEFORE = re.compile(r"(?:(?:^|\s)(\w+))?\s+(\w+)\s+$")  # the words before a place (`wie in Frankreich`)
PLURAL_REACH = 2  # sentences after coordinated speakers in which a plural pronoun takes them all up
# the types of a claim against a side: one of them that names no addressee in a two-sided document is directed at
# the other side (`counterparts`); never a STATEMENT
OPPOSING_TYPES = ("DEMAND", "ACCUSATION", "REJECTION", "THREAT")
SIDE_SHARE = 0.3  # the second side's mentions, at least this share of the first's (`counterparts`)
# a report on one country's own politics: that country's claims, at least this share of all (`domestic_country`)
DOMESTIC_SHARE = 0.7
DOMESTIC_CLAIMS = 3  # claims a document needs at least to be such a report (`domestic_country`)
# a side's usual addressee in a document (`usual_addressees`): named by at least this many of its claims against
# a side, and by at least this share of them
USUAL_CLAIMS = 2
USUAL_SHARE = 0.5
# the types of a claim that a country's adjective before a side's noun names the addressee of (`adjective_side`:
# `lehnt die amerikanischen Vorschläge ab`); never a STATEMENT
ADJECTIVE_SIDE_TYPES = ("DEMAND", "ACCUSATION", "REJECTION", "THREAT", "PROPOSAL")
COMPOUND_HEAD_MIN = 6  # letters of a side's noun that ends a compound naming a side too (`Grenzbehörden`)
# the types of a cue whose object is the side asked, criticised or agreed with (`asking_frame`: `fordert die Regierung
# auf`, `wirft der ÖVP vor`, `lobte die Regierung`, `stimmte dem Kanzler zu`)
OBJECT_TYPES = ("DEMAND", "ACCUSATION", "AGREEMENT")
COORDINATED_REACH = 5  # words before a country's adjective in which another country's adjective joins it (`adjective_side`)
# the types of a claim that takes up another's position or words, whose holder is its addressee (`holder_addressed`)
HOLDER_TYPES = ("ACCUSATION", "REJECTION", "AGREEMENT")
HOLDER_AFTER = re.compile(r"(?:s|')?\s+(\w+)")  # the noun after a holder's genitive (`Gaulands Verhalten`)


class ClaimCoder:
    def __init__(self, bundle: LexiconBundle):
        lexicons = bundle.lexicons
        self.lex = lexicons
        self.content_cues = lexicons.cues_of("content")
        # the content row of `soll` (a norm, DEMAND), which an indicative `soll` in reported words turns into a plan
        self.plan_cue = next((c for c in self.content_cues if c.claim_type == "DEMAND" and c.regex.search("soll")), None)
        # the content row of another side's unwillingness (`mangelnde Bereitschaft`, `fehlender Wille`), which blames
        self.unwilling_cue = next((c for c in self.content_cues if c.claim_type == "ACCUSATION"
                                   and c.regex.search("mangelnde bereitschaft")), None)
        # the content rows of readiness that a negator turns into a refusal (`bereit`, `offen für`: `nicht bereit`)
        self.offer_cues = tuple(c for c in self.content_cues if c.claim_type == "PROPOSAL" and c.negated_type)
        # a substring test rules out most cue and issue patterns before their regex runs
        self._content_filter = SearchFilter(self.content_cues)
        # a verb of saying of a type of its own, with no second word to find (`kritisierte`, `forderte`): as the
        # last word before `, dass` or `:` that opens reported words, it says what the inquit after them repeats
        self.nobody_pronouns = lexicons.word_class("nobody_pronoun")  # `Niemand kritisierte, dass …`: nobody's speech
        self.typed_speech_cues = tuple(c for c in lexicons.cues_of("speech") if c.claim_type != "STATEMENT"
                                       and c.particle is None and not c.requires and c.excludes is None)
        self._issue_filter = SearchFilter(lexicons.issues)
        # a generic issue (talks) names the occasion of the words more often than what they are about
        self.generic_issues = frozenset(rule.issue for rule in lexicons.issues if rule.generic)
        # `bei einem Treffen`, `am Rande des Gipfels`, `im Rahmen der Gespräche`: a generic issue's keyword after a
        # preposition of occasion (and at most three words) names where the words were said, not what about
        self.occasion_re = re.compile(r"\b(?:" + alternation(lexicons.word_class("occasion_preposition"))
                                      + r")\s+(?:[\w-]+\s+){0,3}[\w-]*$", re.I)
        # a text's cue and issues depend on the text alone: remembered for the texts asked again (the
        # sentence of each of a quote's claims, the content of several speakers), within a bound
        self._content_hits = lru_cache(maxsize=MEMO_SIZE)(self._content_hit)
        self._issues_of = lru_cache(maxsize=MEMO_SIZE)(self._issues)
        # a word's field role depends on the word alone: asked of the words around every mention of every document
        self.field_role = lru_cache(maxsize=WORD_MEMO_SIZE)(self._field_role)
        self.company_role = lru_cache(maxsize=WORD_MEMO_SIZE)(self._company_role)  # (the same: the word alone)
        self.topics = bundle.topics
        self.list_conjunctions = lexicons.word_class("list_conjunction")  # `Merkel und Hollande forderten`: two claimants
        self.list_re = re.compile(r"\s(?:" + alternation(self.list_conjunctions) + r")\s")
        # `Die Außenminister Athens und Ankaras forderten`: an office in the plural, one claimant per country
        self.plural_words = lexicons.word_class("plural_article") | lexicons.word_class("plural_quantifier")
        self.genitive_articles = lexicons.word_class("genitive_article")  # `… und der Ukraine`
        self.holder_prepositions = lexicons.word_class("holder_preposition")  # `die Regierungschefs von Ungarn`
        self.businesses = frozenset(bundle.knowledge.business_ids)  # companies (knowledge/companies.csv)
        self.negators = lexicons.word_class("negator")
        # `Das Verhalten der ÖVP sei inakzeptabel`: said of conduct, an intolerable word condemns (ACCUSATION)
        self.conduct_nouns = frozenset(word.lower() for word in lexicons.word_class("conduct_noun"))
        # `inakzeptable Zustände`: said of conditions someone is responsible for, an intolerable word blames too
        self.count_prepositions = lexicons.word_class("count_preposition")  # `sprach von 45.000 Teilnehmern`
        self.figure_words = lexicons.word_class("figure_word")  # `rund`, `mehr als`, `davon`: a figure qualified
        self.condemned_nouns = self.conduct_nouns | {word.lower() for word in lexicons.word_class("grievance_noun")}
        # `wies die Forderung zurück`, `nannte das Veto eine Schande`, `lehnte dies ab`: a position named before,
        # taken up by a definite or demonstrative noun of german.csv `position_noun` (not one it goes on to give:
        # `die Forderung nach …`, german.csv `new_position_follower`, `die Einigung im Atomstreit`, or in a clause
        # after a comma, `den Vorschlag des Ministeriums, Hubschrauber zu entsenden`) or by `dies`
        self.refer_back_re = re.compile(
            r"\b(?i:" + alternation(lexicons.word_class("referring_determiner")) + r")\s+(?:[a-zäöüß]+\s+)?"
            r"((?i:" + alternation(lexicons.word_class("position_noun")) + r"))\b(?![-\w])"
            r"(?!,?\s+(?i:" + alternation(lexicons.word_class("new_position_follower")) + r")\b"
            r"|(?:\s+(?:" + alternation(lexicons.word_class("genitive_article")) + r")(?:\s+[\w-]+){1,2})?,)"
            r"|\b(?i:" + alternation(lexicons.word_class("referring_pronoun")) + r")\b(?![-\w])")
        self.own_possessives = lexicons.word_class("own_possessive")  # `mein Vorgehen`: one's own conduct
        self.praise_labels = frozenset(word.lower() for word in lexicons.word_class("praise_label"))  # `als Erfolg`
        self.intolerable_words = lexicons.word_class("intolerable_word")
        self.unreal_obligations = lexicons.word_class("unreal_obligation")  # `müssten` after `Hätte X …,`
        self.free_relatives = lexicons.word_class("free_relative")  # `…, was alles nicht geht`: no noun described
        # `…, um keine … zu`, `…, wenn auch nicht …`: a clause embedded in reported words after a comma; a `dass` clause
        # only after its correlate (`dafür sorgen, dass es kein …`: a goal), not after a noun or verb of saying
        # (`der Eindruck, dass die Regierung nicht …`: what the speaker judges)
        self.embedded_clause_re = re.compile(
            r"(?:[,–]\s*(?:" + alternation(lexicons.word_class("embedded_clause_mark")) + r")|\b(?:"
            + alternation(lexicons.word_class("pronominal_adverb")) + r")\b[^,;:.?!()–]*[,–]\s*dass)\b([^,;:.?!()–]+)",
            re.I)
        self.relay_verbs = lexicons.word_class("relay_verb")  # `Wie AFP berichtet`: the agency relays
        self.warning_verbs = lexicons.word_class("warning_verb")  # `Peking warnt Taipeh vor …`: a THREAT
        # `bezeichnete X als …`, `sprach … von`, `stellte X als … dar`: a verb that gives its object a label, after
        # `als` or `von` (`label_particle`); a label that blames (`blame_label`, also inside a word:
        # `Faschingsurteil`, `Komplotts`) makes the words an accusation
        self.label_verbs = lexicons.word_class("label_verb")
        self.seeking_verbs = lexicons.word_class("seeking_verb")  # `braucht die Zustimmung X`: X's position is sought
        self.requirement_nouns = lexicons.word_class("requirement_noun")  # `Die Hürde sei die Zustimmung X`: sought too
        self.label_particle_re = re.compile(r"\b(?:" + alternation(lexicons.word_class("label_particle")) + r")\b", re.I)
        self.blame_label_re = re.compile(alternation(lexicons.word_class("blame_label")), re.I)
        # `schließt Sanktionen nicht aus`, `schloss nicht aus, X zu verklagen`: a hostile option (also inside a word:
        # `Militärschlag`, `Austritts`) left open threatens; `schließt eine Koalition nicht aus` opens a door
        # `Sollten die Partner nicht bereit sein, …`, `Wenn die Regierung das ablehnt, …`: a condition's words open no
        # position of the speaker's (the main clause holds it); `nur wenn`, `erst wenn` set one (a DEMAND cue)
        self.condition_clause_re = re.compile(r"(?:^|[,;:–]\s*)(?<!nur )(?<!erst )(?:"
                                           + alternation(lexicons.word_class("condition_opener"))
                                           + r")\b([^,;:.?!()–]+)", re.I)
        # a condition without its opener, a Konjunktiv II verb first with a comma after its clause (`Hätte es die
        # Rettung nie gegeben, würde die Quote … liegen`, `Gäbe es keine Hilfe, …`): its words open no position
        # either (but announce no threat: mostly what did not happen)
        self.verb_first_condition_re = re.compile(r"(?:^|[;:–]\s*)(?:" + alternation(lexicons.word_class("ki2"))
                                                  + r")\b([^,;:.?!()–]+)(?=,)", re.I)
        self.hostile_option_re = re.compile(alternation(lexicons.word_class("hostile_option")), re.I)
        # `Sollten die Partner nicht bereit sein, so werde der Austritt kommen`: a future or Konjunktiv II in the main
        # clause after a condition that another side refuses announces the consequence, a THREAT
        self.consequence_words = lexicons.word_class("future_auxiliary") | lexicons.word_class("ki2")
        # `Wenn die ÖVP das ablehnt, …`, `Falls X nicht zustimmt, …`: a separable verb joined at a condition's end
        # is no act cue (`lehnt … ab`), so the condition's refusal is read from its verb
        self.refusing_verbs = lexicons.word_class("refusing_verb")
        self.complying_verbs = lexicons.word_class("complying_verb")
        self.announcing_words = lexicons.word_class("announcing_word")  # `stellte … in Aussicht`, `kündigte … an`
        # `Für den Bau stünden 2018 zwölf Milliarden bereit`, `hält Geld bereit`: a cue word that is also the separable
        # particle of a verb (`bereitstehen`, `bereithalten`) ending that verb's clause is the verb's, no readiness (not
        # before a purpose or zu-infinitive, `Truppen stehen an der Grenze bereit, um einzugreifen`; not after a
        # coordinator or copula, `hält an der Linie fest und ist bereit`: another verb's clause; `14,5 Milliarden` goes on)
        particles = lexicons.word_class("separable_cue_particle")
        self.particle_words = tuple(sorted(particles))
        self.separable_particle_re = re.compile(
            r"\b(?:" + alternation(lexicons.word_class("particle_base_verb")) + r")\b(?:(?!\b(?:"
            + alternation(lexicons.word_class("coordinator") | lexicons.word_class("copula"))
            + r")\b)(?:\d[,.]\d|[^,;:.?!()–]))*?\s(" + alternation(particles)
            + r")(?=\s*(?:[.;:!?)–]|$)|\s*,(?!\s*(?:um\b|(?:[\w-]+\s+){0,8}?zu\s)))", re.I)
        self.first_person = lexicons.word_class("first_person")  # `…, sehe ich …, so X`: the source's own words
        self.opinion_nouns = lexicons.word_class("opinion_noun")  # `nach Ansicht X`: a view, not a fact
        # `seiner Ansicht nach`: his view (`ihrer Ansicht nach` may take up a group the text does not name as the
        # sentence's actor, `200 Insulaner protestierten. … nach ihrer Ansicht …`, so it stays unread)
        self.his_possessives = lexicons.word_class("possessive_m")
        self.aim_nouns = lexicons.word_class("aim_noun")  # `Ziel ist nach Angaben X, … zu …`: an aim, no fact
        self.speech_sources = lexicons.word_class("speech_source")  # `…, so Kickl`: his words, as after `sagte`
        # `Grüne gegen Fahrverbot`: a verbless headline's stance (reported:headline), against or for what follows
        self.stance_against = lexicons.word_class("stance_against_preposition")
        self.articles = lexicons.word_class("article")
        # `Vertrag von Amsterdam`, `UN-Konferenz in Paris`, `Panama Papers`: a place that names, no side (`naming_place`)
        self.place_named_nouns = tuple(lexicons.word_class("treaty_noun") | lexicons.word_class("meeting_noun")
                                       | lexicons.word_class("summit_noun"))
        self.place_title_words = lexicons.word_class("place_title_word")
        self.adjective_endings = tuple(lexicons.word_class("adjective_ending"))
        # `die Anschläge in Paris`: a town after a `venue_preposition` is where something happens, no side (`naming_place`)
        self.venue_prepositions = lexicons.word_class("venue_preposition")
        countries = lexicons.countries.values()
        # (not a country's name, nor the seat of an international organisation: `das Hauptquartier in Brüssel`)
        not_towns = {name.lower() for country in countries for name in country.names} \
            | {capital.lower() for country in countries if country.code in IO_CODES for capital in country.capitals}
        self.towns = (frozenset(lexicons.cities) | {capital.lower() for country in countries
                                                    for capital in country.capitals}) - not_towns
        # `russisch`, `US-amerikanisch` (countries.csv adjective) -> its country, the longest first (`counterpart_addressed`)
        self.origin_adjectives = tuple(sorted(((adjective.lower(), country.code) for country in countries
                                               for adjective in country.adjectives if adjective),
                                              key=lambda item: -len(item[0])))
        # `der chinesischen Seite`, `die amerikanischen Vorschläge`: each inflected form of a country's adjective ->
        # its country, and the nouns of a side or its conduct it names the side by (german.csv `side_conduct_noun`;
        # `adjective_side`)
        self.adjective_forms = {adjective + ending: code for adjective, code in reversed(self.origin_adjectives)
                                for ending in ("", *self.adjective_endings)}
        self.side_conduct_nouns = lexicons.word_class("side_conduct_noun")
        # a position or utterance its holder names in the genitive (`holder_addressed`: `Gaulands Äußerung`)
        self.held_nouns = frozenset(word.lower() for word in
                                    lexicons.word_class("position_noun") | lexicons.word_class("conduct_noun"))
        self.holder_links = lexicons.word_class("genitive_article") | lexicons.word_class("holder_preposition")
        self.comparison_particles = lexicons.word_class("comparison_particle")  # `wie in Frankreich`: compared
        # `auf Twitter`, `im Kurznachrichtendienst Twitter`: a channel of speech, no side (`channel`)
        self.speech_channels = lexicons.word_class("speech_channel")
        self.channel_before_re = re.compile(
            r"(?:^|\s)(?:" + alternation(lexicons.word_class("channel_preposition")) + r")\s+(?:(?:"
            + alternation(self.articles | lexicons.word_class("possessive_m") | lexicons.word_class("possessive_f"))
            + r")\s+)?(?:[\w-]*(?:" + alternation(lexicons.word_class("channel_noun")) + r")\s+)?$", re.I)
        self.expectation_verbs = lexicons.word_class("forecast_verb")  # `erwartet der Ökonom`: a forecast, no position
        # `rechnet damit, dass …`, `geht davon aus, dass … gehen müssen`: an outcome expected, no norm set by the speaker
        self.outcome_verbs = lexicons.word_class("outcome_verb")
        self.wish_verbs = lexicons.word_class("wish_verb")  # `will, dass …`: the act of another side wanted
        self.forecast_nouns = lexicons.word_class("forecast_noun")  # `rechnet in ihrer Prognose damit`
        self.researchers = lexicons.word_class("researcher_noun")  # `schreiben die Forscher`: a finding, no position
        # `der Schlafhistoriker`, `die Schauspielerin`, `Anna Berger von der Universität Wien`: a person of science or
        # the arts, also as a compound's end; not a compound of a field of politics (`Migrationsforscher`)
        self.field_role_re = re.compile(r"(?:" + alternation(self.researchers | lexicons.word_class("field_role"))
                                        + r")$", re.I)
        self.field_institution_re = re.compile(
            r"(?:" + alternation(lexicons.word_class("field_institution")) + r")(?:s|es|en)?$", re.I)
        self.institution_prepositions = lexicons.word_class("institution_preposition")  # `von der Universität Wien`
        self.political_field_re = re.compile(r"^(?:" + alternation(lexicons.word_class("political_field")) + r")", re.I)
        # `Konzernsprecherin`, `Vorstandschef`, `Rohstoffanalyst`, `die Ratingagentur`: a company's or the market's
        # voice, also as a compound's end; on no political issue their words are business, no claim
        self.company_role_re = re.compile(r"(?:" + alternation(lexicons.word_class("company_role")) + r")$", re.I)
        # `AG`, `GmbH`: a company's legal form, which names a business in a speaker's phrase
        self.legal_forms = frozenset(word.lower() for word in lexicons.word_class("company_legal_form"))
        self.advice_verbs = lexicons.word_class("advice_verb")  # `rät zur Vorsicht`: advice to private persons
        self.summoning_stems = tuple(lexicons.word_class("summoning_stem"))  # `forderte X auf`: X is asked to act
        self.summoning_particles = tuple(lexicons.word_class("summoning_particle"))  # (`auf`, also `aufgefordert`)
        self.side_prepositions = lexicons.word_class("preposition")  # `in Paris`: a place, no object
        # `Appell an die Regierung`: the one a demand or criticism goes to (`own_addressed`)
        self.addressee_prepositions = lexicons.word_class("addressee_preposition")
        self.addressed_types = lexicons.word_class("addressed_actor_type")  # `government`, `party` …
        # an accusation's target in its words, also a person or an organisation (`accused_actor_type`)
        self.accused_types = lexicons.word_class("accused_actor_type")
        # a party, a chamber, an interest group: whose demand in a report on its own country's politics asks that
        # country's government or the other side of it (`domestic_addressed`)
        self.demanding_types = lexicons.word_class("demanding_actor_type")
        # `die Regierung`, `der Minister`, `die Länder`: a body or office of the report's country named by its noun
        # alone; `own_body_ending` also as a compound's end (`Bundesregierung`, `Innenministerin`)
        self.own_body_nouns = lexicons.word_class("own_body_noun")
        self.own_body_endings = tuple(lexicons.word_class("own_body_ending"))
        self.unaddressed_labels = ("LOC", "MISC")  # a place, a currency: no actor asked to act
        # `warfen ihm vor`, `forderte sie auf`, `sie müssten …`: a personal pronoun asked to act (`pronoun_addressed`),
        # whom it takes up by the speakers' pronoun rules (gender, number, the last fitting mention)
        self.addressed_pronouns = lexicons.word_class("addressed_pronoun")
        self.subject_pronouns = lexicons.word_class("pronoun_m")  # `er`: a subject only, never a cue's object
        self.either_pronouns = lexicons.word_class("pronoun_f")  # `sie`: subject or object, as the parse reads it
        self.references = ReferenceResolver(lexicons, lambda word: "")
        self.finite_modals = lexicons.word_class("finite_modal")
        self.advice_modals = lexicons.word_class("advice_modal")  # `Man sollte …, sagt der Experte`: advice too
        # `rät der Regierung`, `empfiehlt der Landespolitik`: advice to a public body, also as a compound's end
        self.public_addressee_re = re.compile(r"(?:" + alternation(lexicons.word_class("public_addressee")) + r")$", re.I)
        self.speculation_openers = lexicons.word_class("speculation_opener")  # `Offenbar rechnen X und Y damit`
        # `Polizeisprecher`, `der Sprecher der Landespolizeidirektion`, `die Kripo`: the police, also inside a word
        # (not `Ermittler`, which `Vermittler` holds); `Statistik Austria`, `Eurostat`: a statistics office
        self.police_re = re.compile(r"(?:" + alternation(lexicons.word_class("police_noun")
                                                         | lexicons.word_class("statistics_office_noun")) + r")", re.I)
        # `war`, `kam`, `bekamen`, `hattest`: forms that are only the past indicative (with an inseparable prefix)
        self.only_past = only_past_indicative(lexicons)
        # `Trainer`, `Arsenal-Trainer`, `Teamkapitän`: a role of sport, also as a compound's end; `Schauspieler` is none
        self.sport_role_re, self.non_sport_role_re = (
            re.compile(r"(?:" + alternation(lexicons.word_class(c)) + r")(?:in|innen|s|n|en)?$", re.I)
            for c in ("sport_role", "non_sport_role"))
        # a document whose folded text holds none of these (most) names no role of sport
        self.sport_literals = required_substrings(self.sport_role_re)
        # `Wie das Ministerium mitteilte, …`, `…, wie X sagte`: a speaker's phrase opened by `wie` names the
        # source of what the author tells as a fact
        self.source_clause_re = re.compile(r"(?:^|[,;:–(]\s*)(?:" + alternation(lexicons.word_class("source_clause_opener"))
                                           + r")\s+$", re.I)
        self.obligation_modals = lexicons.word_class("obligation_modal")  # `muss … noch zustimmen`: an act required
        self.tense_auxiliaries = lexicons.word_class("tense_auxiliary")
        self.konjunktiv_i = lexicons.word_class("ki")  # `sei`, `habe`, `werde`: reported speech
        self.prefixed_konjunktiv_i = konjunktiv_i_reader(lexicons)  # `verwerte`, `bekomme`
        self.reply_words = lexicons.word_class("reply_word")  # `Nein.`, `Grundsätzlich ja.`: an answer of no words of its own
        # `Ich fürchte, nein.`, `Das glaube ich nicht.`: the speaker's belief in the question's matter around reply words
        self.reply_frame = lexicons.word_class("belief_verb") | lexicons.word_class("first_person") \
            | lexicons.word_class("anaphoric_object") | lexicons.word_class("impersonal_pronoun")
        # `Meine Mutter war Assistentin`, `weil mich meine Eltern dazu getrieben haben`: the speaker's family, a life story
        self.own_kin_re = re.compile(r"\b(?:" + alternation(lexicons.word_class("own_possessive")) + r")\s+(?:\w+\s+)?(?:"
                                     + alternation(lexicons.word_class("kin_noun")) + r")\b", re.I)
        # `…, aber jetzt müssen …`, `…, statt …`: a contrastive clause of the same speaker, which may
        # carry a position of its own (codebook: one row per claim type)
        # `…, werde sich jedoch gegen …`, `…, er wolle aber …`: an adverb of contrast (`contrast_adverb`) as
        # the second or third word of a clause after the finite verb or subject opens a contrast clause too
        self.contrast_re = re.compile(r"[,;:–]\s*(?:(?:" + alternation(lexicons.word_class("contrast"))
                                      + r")\b|(?=(?:[\w-]+\s+){1,2}(?:"
                                      + alternation(lexicons.word_class("contrast_adverb")) + r")\b))", re.I)
        self.contrast_adverbs = lexicons.word_class("contrast_adverb")
        # `…, denn …`, `…, weil …`, `…, zumal …` (`reason_connector`): the reason given for a position, which may be a
        # position of its own (`solle … zur Verantwortung ziehen, denn Vertuschung begünstigt …`: a demand and an
        # accusation of the same speaker)
        self.reason_re = re.compile(r"[,;:–]\s*(?:" + alternation(lexicons.word_class("reason_connector")) + r")\b", re.I)
        # `Außerdem …`, `Er habe sogar …`: a word in a sentence's first clause that adds to what was said before
        self.additive_re = re.compile(r"^[^,;:]*?\b(?:" + alternation(lexicons.word_class("additive_connector"))
                                      + r")\b", re.I)
        self.likewise_adverbs = lexicons.word_class("likewise_adverb")  # `Ähnlich äußerte sich X`: the position before
        self.reciprocal_verbs = lexicons.word_class("reciprocal_verb")  # `wollen X und Y zusammenarbeiten`: with each other
        verb_negators = lexicons.word_class("verb_negator")  # nicht, kein …
        self.verb_negators = verb_negators
        self.correlatives = lexicons.word_class("negation_correlative")  # `nicht …, sondern …`
        self.deontic = lexicons.word_class("deontic")  # `müsse`: a norm, not a reported fact
        # `ein Sprecher des Innenministeriums`, `Pentagon-Sprecher Peter Cook`: a press officer, also as the end of a
        # hyphenated word; not a party's spokesperson for a field (`SPÖ-Bautensprecherin`, `Sozialsprecher Kickl`)
        self.press_officers = lexicons.word_class("press_officer_noun")
        # `das Verteidigungsministerium`, `die israelische Armee`: a body of the state's administration, also as a
        # compound's end, which relays what happened rather than arguing a side's policy
        self.administration_nouns = tuple(sorted(lexicons.word_class("administration_noun")))
        # words that make a press officer's words a position: the first person, a norm, a judgement, a hedge
        self.officer_arguing = self.first_person | self.deontic | self.obligation_modals | lexicons.word_class(
            "judgement_word") | lexicons.word_class("evaluative_word") | lexicons.word_class("necessity_adjective") \
            | lexicons.word_class("hedge") | verb_negators
        # an aid agency's estimate of an event argues nothing (`die Flüchtlinge seien vermutlich verdurstet`)
        self.report_arguing = self.officer_arguing - lexicons.word_class("estimate_adverb")
        # `werde … steigen`, `würde … erhöhen`, `dürfte`, `wahrscheinlich`: what an observer predicts; the other
        # arguing words (first person, norm, judgement, negator) make his words a position
        self.predicting = lexicons.word_class("future_auxiliary") | lexicons.word_class("conditional_auxiliary") \
            | lexicons.word_class("hedge") | lexicons.word_class("estimate_adverb")
        self.observer_arguing = self.officer_arguing - self.predicting
        self.notice_verbs = lexicons.word_class("notice_verb")  # `teilte … mit`: information given out
        self.announced_facts = lexicons.word_class("announced_fact")  # `die Zahl`, `den Rücktritt`: a fact given out
        self.report_nouns = lexicons.word_class("report_noun")  # `bestätigte den Bericht`: a report confirmed
        self.topic_verbs = lexicons.word_class("topic_verb")  # `erklärt die Lage`, `nannte seine Initialen`
        self.cue_object_nouns = lexicons.word_class("cue_object_noun")  # `Ansicht`, `Bereitschaft`: a view held
        self.naming_predicates = lexicons.word_class("naming_predicate")  # `nannte X als Grund`, `erklärte X zum …`
        # `erklärte das`, `nannte es`: the words said before, no thing of its own
        self.reported_objects = lexicons.word_class("anaphoric_object") | lexicons.word_class("impersonal_pronoun")
        self.perfect_auxiliaries = lexicons.word_class("perfect_auxiliary")  # `habe … geräumt`: a past event
        # `hätten sich an Bord befunden`: the Konjunktiv II that reported speech puts for a perfect whose
        # Konjunktiv I is the indicative (`haben`); only `past_event` reads it
        self.reported_perfect = self.perfect_auxiliaries | lexicons.word_class("reported_perfect_auxiliary")
        # `Ich habe in London gelebt`: the perfect of `haben`; `Ich bin überzeugt` is a state, no perfect
        self.haben_auxiliaries = self.perfect_auxiliaries - lexicons.word_class("copula")
        # `werde … betragen`, `wäre`, `könnte … erfolgen`: a forecast, a condition or a possibility, which argues
        self.forecast_verbs = lexicons.word_class("ki2") | lexicons.word_class("future_auxiliary") \
            | lexicons.word_class("hedge")
        # `seit zwei Jahren`, `am 16. August`: a number of a span of time or a date counts nothing
        self.time_words = lexicons.word_class("time_noun") | lexicons.word_class("month")
        self.indefinite_articles = lexicons.word_class("indefinite_article")
        self.indefinite_noun_re = re.compile(r"\b(?:" + alternation(self.indefinite_articles)
                                             + r")\s+(?:\w+\s+){0,2}[A-ZÄÖÜ]")  # `einen (echten) Skandal`
        self.counterfactuals = lexicons.word_class("ki2")  # `hätte man … Aufstellung bezogen`: a judgement
        # `nicht nur …, sondern`, `nicht ohne Bedingungen`: a canceller after a negator (and the
        # negator after `nicht` in `nicht ohne`) negates no position
        cancelled = r"(?!\s+(" + alternation(lexicons.word_class("negation_canceller")) + r")\b)"
        after_verb_negator = "".join(f"(?<!{re.escape(word)} )" for word in sorted(verb_negators))
        # a negator that also names a point in time is none after a preposition of time or before a date (`bis Ende
        # der Amtszeit`, `am Ende des Tages`, `Ende des Jahres`, `Ende Mai`, `Ende 2016`; `ein Ende der Besatzung`
        # stays one)
        time_negators = self.negators & lexicons.word_class("time_negator")
        time_after = r"(?:" + alternation(self.time_words) + r")(?:e?s|n)?\b|\d"
        time_prepositions = sorted(lexicons.word_class("time_preposition"))
        time_determiners = alternation(lexicons.word_class("time_determiner"))
        timed = r"(?:" + "".join(f"(?<!\\b{re.escape(word)} )" for word in time_prepositions) \
            + r"(?:" + alternation(time_negators) + r")(?!\s+(?:(?:" + time_determiners + r")\s+)?(?:" + time_after + r")))"
        # a negator with its inflection (`keinem`, `Abzugs`, `verweigert`, `Einschränkungen`), not another word
        # it opens (`Niessl`, `niedrig`, `gegenüber`, `ohnehin`, `Endergebnis`)
        self.negator_re = re.compile(after_verb_negator + r"\b(" + alternation(self.negators - time_negators) + r"|"
                                     + timed + r")" + NEGATOR_INFLECTION + r"\b" + cancelled, re.I)
        # `nicht`, `keine`, `nichts`: what negates a reported event (`habe nichts getan`); an issue's negator
        # (`endete`, `Abzug`, `gegen`) tells an event (`Die Ausgangssperre endete um sieben Uhr`)
        self.event_negator_re = re.compile(r"\b(" + alternation(verb_negators) + r")" + NEGATOR_INFLECTION + r"\b"
                                           + cancelled, re.I)
        # `…, das … beschlossen werden soll`, `wohin die Reise gehen soll`, `Sollte es mehr werden, …`: a
        # modal at the end of a relative clause or indirect question, or opening a condition, sets no norm
        openers = lexicons.word_class("relative_pronoun") | lexicons.word_class("interrogative")
        subordinators = openers | lexicons.word_class("subordinator") | lexicons.word_class("hypothetical") \
            | lexicons.word_class("clause_opener") | lexicons.word_class("complementizer")
        # `…, weil das Programm fortgeführt werden solle`, `nachdem … sparen muss`: a modal ending an adverbial
        # clause gives a reason or a circumstance, not the speaker's norm
        dependent_openers = openers | lexicons.word_class("adverbial_subordinator")
        self.dependent_modal_re = re.compile(
            r"(?:^|[,;:(–]\s*)(?:(?:" + alternation(lexicons.word_class("preposition")) + r")\s+)?(?:"
            # `wo – neben X – … entstehen soll`; the word before the modal is a verb in lower case (`Die Gemeinde muss –
            # wie alle – …` opens with an article, no relative clause)
            + alternation(dependent_openers) + r")\b(?:[^,;:.?!()–]|–[^,;:.?!()–]*–)*?\s(?-i:[a-zäöüß][\w-]*)\s+("
            + alternation(lexicons.word_class("finite_modal")) + r")(?=\s*(?:[,;:.?!()–]|$))"
            + r"|(?:^|[.;:]\s+)(Sollten?)\b"
            # `Serbien sehe sich gezwungen, sollten auch andere Staaten das tun`: `sollte` after the first comma of a
            # main clause opens a condition too (not after a subordinate clause, `Solange …, sollten … keine Wahlen
            # stattfinden`, nor before a contrast, `…, sollte aber mehr tun`)
            + r"|^(?!\s*(?:" + alternation(subordinators) + r")\b)[^,;:.?!()–]*\w,\s+(sollten?)\b(?!\s+(?:"
            + alternation(lexicons.word_class("contrast") | lexicons.word_class("contrast_adverb")) + r")\b)", re.I)
        # a modal that sets no norm: `hätte … reichen sollen` (counterfactual, what did not happen), `hat …
        # einstecken müssen` (a modal's perfect ending its clause: what happened), `soll …
        # eingesetzt haben`, `soll … gewährt worden sein` (reportative, with a perfect infinitive: an alleged
        # fact), `sollen laut Verfassung … angehören`, `soll demnach … sein` (present `soll` with a source: a
        # rule, plan or forecast reported), `war es notwendig`, `was notwendig war` (a past necessity, what was done)
        clause = r"[^,;:.?!()–]"
        participle = (r"(?<!\bzu )(?:[a-zäöüß]*ge|" + alternation(lexicons.word_class("inseparable_prefix"))
                      + r")[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert")
        self.participle_re = re.compile(participle)
        self.past_copulas = lexicons.word_class("past_copula")
        # `Ich bin dankbar dafür`, `Es war eine spannende Zeit`: a speaker's words on his own person (`personal_talk`)
        self.personal_words = lexicons.word_class("personal_word")
        self.emphatic_selves = lexicons.word_class("emphatic_self")  # `ihn selbst`: the speaker himself
        self.complementizers = lexicons.word_class("complementizer")
        self.past_markers = self.reported_perfect | self.past_copulas  # `hätten … beschlagnahmt`, `wurde … festgenommen`
        self.sein_participles = lexicons.word_class("sein_participle")
        self.possibility_modals = lexicons.word_class("possibility_modal")  # `kann`, `könne`: what may be, reasoned
        # `seien … verdurstet`, `sei … gestorben`: a form of `sein` as perfect auxiliary (german.csv `copula` and
        # `perfect_auxiliary` both), an event that befell its subject, told with no agent
        self.sein_auxiliaries = lexicons.word_class("copula") & lexicons.word_class("perfect_auxiliary")
        # `festgenommen`, `getötet`, `beschlagnahmt`: an incident or a body's act of force, told as a past event
        self.incident_participles = lexicons.word_class("incident_participle")
        # `die Soldaten`, `die Polizei`: the state's forces as the subject of such an act
        self.force_nouns = lexicons.word_class("force_noun")
        self.agent_prepositions = lexicons.word_class("agent_preposition")  # `von Rebellen angegriffen`: an agent
        self.genitive_articles = lexicons.word_class("genitive_article")  # `die Soldaten des Regimes`: whose
        past_copula, necessity, hearsay, hearsay_modal = (alternation(lexicons.word_class(c)) for c in (
            "past_copula", "necessity_adjective", "hearsay_marker", "hearsay_modal"))
        # `Details müssen erst festgeschrieben werden`, `müssten noch … diskutiert werden`: a step still pending
        # in a passive with `noch` or `erst` tells where a procedure stands, no norm (not `noch mehr`,
        # `noch einmal`, `noch stärker`: a degree, `pending_exception` or a comparative in `-er`)
        pending = (r"(?i:\b(" + alternation(lexicons.word_class("pending_modal")) + r"))\b(?=" + clause + r"*?\b(?:"
                   + alternation(lexicons.word_class("pending_adverb")) + r")\s+(?!(?:"
                   + alternation(lexicons.word_class("pending_exception")) + r")\b)(?![a-zäöüß]+er\b)(?:"
                   + clause + r"*?\s)?[a-zäöüß][\w-]*\s+werden(?=\s*(?:[,;:.?!()–]|$)))")
        # `Nach der geltenden Richtlinie müssen …`, `müssen laut Gesetz …`: `müssen` with the rule it follows (a
        # `rule_preposition` and, up to three words on, a word ending in a `rule_noun`) in its clause reports a
        # norm in force, not the speaker's
        rule_source = (r"\b(?:" + alternation(lexicons.word_class("rule_preposition")) + r")\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:"
                       + alternation(lexicons.word_class("rule_noun")) + r")\b")
        rule_modal = alternation(lexicons.word_class("pending_modal"))
        ruled = (r"|(?i:" + rule_source + clause + r"*?\b(" + rule_modal + r")\b|\b(" + rule_modal + r")\b(?="
                 + clause + r"*?" + rule_source + r"))")
        self.unreal_modal_re = re.compile(
            pending
            + r"|(?i:\b(?:" + alternation(lexicons.word_class("modal_perfect_auxiliary")) + r")\b" + clause + r"*?\b("
            + alternation(lexicons.word_class("modal_infinitive")) + r"))\b(?=\s*(?:[,;:.?!()–]|$)|\s+(?:"
            + alternation(lexicons.word_class("coordinator")) + r")\b)"
            + r"|(?i:\b(" + alternation(lexicons.word_class("reportative")) + r"))\b(?=" + clause + r"*?\s(?:(?:"
            + participle + r")\s+haben|(?:" + alternation(lexicons.word_class("sein_participle"))
            + r"|[a-zäöüß]*ge[a-zäöüß]+en)\s+sein)\b)"
            + r"|(?i:\b(?:" + hearsay + r")\b" + clause + r"*?\b(" + hearsay_modal + r")\b|\b(" + hearsay_modal
            + r")\b(?=" + clause + r"*?\b(?:" + hearsay + r")\b))"
            + r"|(?i:\b(?:" + past_copula + r")\b" + clause + r"{0,30}?\b(" + necessity + r")\b"
            + r"|\b(" + necessity + r")(?=\s+(?:" + past_copula + r")\b))" + ruled
            # `Sonst wäre dieser Aufwand nicht nötig`: a necessity in the unreal alternative argues from what is
            # (a reason for the words before), it neither demands nor refuses
            + r"|(?i:\b(?:" + alternation(lexicons.word_class("otherwise_adverb")) + r")\s+(?:"
            + alternation(lexicons.word_class("conditional_auxiliary")) + r")\b" + clause + r"*?\b(" + necessity + r")\b)")
        # the strings one of which each match of the two holds (`muss`, `nach`, …): most texts have none
        self.modal_literals = required_substrings(self.dependent_modal_re), required_substrings(self.unreal_modal_re)
        # `Das Gesetz soll im Herbst in Kraft treten`, `Die Quartiere sollen in den nächsten Tagen bezogen
        # werden`: present `soll` with a date and a passive or an event (`stattfinden`, `es soll … geben`)
        # tells a plan or schedule, no norm (`soll` without a date still sets one); so does `sollte`, `sollten`
        # (`scheduled_modal`, also the past of `sollen`) with a date and a passive ending its clause: `Die Halle
        # sollte am Montag eröffnet werden` (`Das Gesetz sollte im Herbst in Kraft treten` still demands)
        self.plan_modal_re = re.compile(r"\b(" + alternation(
            lexicons.word_class("plan_modal") | lexicons.word_class("scheduled_modal")) + r")\b", re.I)
        self.present_plan_re = re.compile(r"\b(" + alternation(lexicons.word_class("plan_modal")) + r")\b", re.I)
        # `Der Zeuge sollte befragt werden, er ist aber verschwunden`: `sollte`, `sollten` in the past sense (was to),
        # with the next clause telling, after a `contrast_adverb`, what happened instead (a perfect or past ending
        # it): a plan that came to nothing, reported, no norm
        clause_end = r"(?=\s*(?:[,;:.?!()–]|$))"
        self.thwarted_plan_re = re.compile(
            r"\b(" + alternation(lexicons.word_class("scheduled_modal")) + r")\b(?=" + clause + r"*,\s*(?=" + clause
            + r"*\b(?:" + alternation(lexicons.word_class("contrast_adverb")) + r")\b)" + clause + r"*?\b(?:"
            + alternation(self.perfect_auxiliaries) + r")\b(?:\s+[\w-]+)*?\s+(?:" + participle + r")" + clause_end + ")",
            re.I)
        # `Cameron kündigte eine Ausweitung an, und er sollte dafür die Unterstützung bekommen`: `sollte`, `sollten`
        # opening a main clause joined on by a `coordinator` (with a subject pronoun or none) in the author's own
        # sentence (a reported act) is the past of `sollen` (was to): what came after, told, no norm
        self.narrated_modal_re = re.compile(
            r",\s*(?:" + alternation(lexicons.word_class("coordinator")) + r")\s+(?:(?:" + alternation(
                lexicons.word_class("nominative_pronoun") | lexicons.word_class("pronoun_f")) + r")\s+)?("
            + alternation(lexicons.word_class("scheduled_modal")) + r")\b", re.I)
        self.passive_end_re = re.compile(r"\b(?:" + participle + r")\s+(?:werden|sein)\s*$")
        self.plan_infinitive_re = re.compile(
            r"\b(?:" + alternation(lexicons.word_class("plan_infinitive")) + r")\b", re.I)
        self.schedule_re = schedule_pattern(lexicons)
        # `Die Kosten sollen sich Bund und Länder teilen`, `Das Präsidium soll … einrichten`: reported words
        # whose norm is only an indicative `soll`, `sollen` (a `plan_modal` that is no Konjunktiv) tell the
        # speaker's plan, a PROPOSAL; a demand is reported with `solle`, `sollten`, and one in the speaker's
        # own words has the first person, a `norm_marker` (`endlich`, `man`, `dann`) or a condition before it
        # (`Wenn er das nicht kann, soll er gehen`: a `hypothetical` word)
        self.indicative_plan_re = re.compile(r"\b(" + alternation(
            lexicons.word_class("plan_modal") - lexicons.word_class("ki")) + r")\b", re.I)
        self.norm_marker_re = re.compile(r"\b(?:" + alternation(
            lexicons.word_class("norm_marker") | self.first_person) + r")\b", re.I)
        self.condition_re = re.compile(r"\b(?:" + alternation(lexicons.word_class("hypothetical")) + r")\b", re.I)
        verb_negation = r"\b(" + alternation(verb_negators) + r")\b" + cancelled  # `nicht`, `kein`, not `nicht nur`
        # `einigten sich … nicht`, `keine Einigung`: an agreement that did not happen (as written: lower case)
        self.verb_negator_re = re.compile(verb_negation)
        # `stimmte nicht zu`, `Nicht ausschließen wollte er …`: a negated cue verb (an issue's negator such as
        # `Ende`, `Abzug` or `gegen` in `stimmte dem Abzug zu` turns no verb around)
        self.cue_negator_re = re.compile(verb_negation, re.I)
        self.ruling_verbs = lexicons.word_class("ruling_verb")  # `urteilte`, `beschied`: a court's ruling
        # `wenig überzeugt`, `alles andere als begeistert reagiert`: a weak negator right before a word of the cue
        self.weak_negation_re = re.compile(
            r"\b(?:" + alternation(lexicons.word_class("weak_negator")) + r")\s+([\w-]+)", re.I)
        # `wollte nichts sagen`, `wollte keine Namen nennen`: a negator, at most one word, then the speech verb
        self.silence_re = re.compile(r"\b(?:" + alternation(lexicons.word_class("silence_negator"))
                                     + r")\s+(?:\w+\s+)?$", re.I)
        # `kein Rassist`, `nicht wirklich rassistisch`: a negator at most one word before a content cue; or with
        # the cue's zu-phrase after it (`nicht zu einer Nachbesserung bereit`) or around it (`zu keinen Zugeständnissen bereit`)
        self.denial_re = re.compile(r"(?:" + verb_negation + r"\s+(\w+\s+)?(?:" + ZU_PHRASE + r")?|\bzu[mr]?\s+"
                                    + verb_negation + r"\s+(?:[\w-]+\s+){0,4})$", re.I)
        # `nicht …, sondern …`: the negation sets off the position that follows it
        self.correlative_re = re.compile(r"\b(?:" + alternation(lexicons.word_class("negation_correlative")) + r")\b")
        # `kann man nicht ausschließen`, `ist nicht auszuschließen`: a negator right before a word of exclusion
        # (german.csv `negated_exclusion`) negates a negation, so the statement is not against what it names
        self.negated_exclusion_re = re.compile(
            r"\s+(?:" + alternation(lexicons.word_class("negated_exclusion")) + r")\b")
        # `Zwar gebe es Spannungen.`: a concession whose `aber` does not follow in the sentence takes no side
        # (german.csv `concessive_word`; `und zwar` specifies, it concedes nothing)
        self.concession_re = re.compile(r"(?<!\bund )\b(?:" + alternation(lexicons.word_class("concessive_word"))
                                        + r")\b", re.I)
        self.adversative_re = re.compile(r"\b(?:" + alternation(lexicons.word_class("contrast")) + r")\b", re.I)
        # `Ob …, lasse sich nicht sagen`, `Es sei offen, ob …`, `In welcher Höhe, könne man nicht sagen`: an open
        # question (german.csv `open_question_word` right before or after an indirect question, opened by an
        # `interrogative` or a `question_determiner`), which is neither for nor against its object
        unsure = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+")
                                  for w in lexicons.word_class("open_question_word")), key=len, reverse=True)) or "(?!)"
        asked = alternation(lexicons.word_class("interrogative") | lexicons.word_class("question_determiner"))
        self.open_question_re = re.compile(
            r"\b(?:" + unsure + r")\s*,\s*(?:" + asked + r")\b"
            r"|^\W*(?:\w+\s+)?(?:" + asked + r")\b[^,;:.?!]*,\s*(?:\w+\s+){0,5}?(?:" + unsure + r")\b", re.I)
        self.evaluative_words = lexicons.word_class("evaluative_word")
        self.placed_bodies = lexicons.word_class("placed_body_noun")  # `die russischen Behörden`
        self.respondents = lexicons.word_class("respondent_word")  # `ein Viertel der befragten Iraker`
        # `Auf die Frage, ob die Demonstranten Rassisten seien, …`, `Auf die Frage nach …`: a question someone else
        # asked (german.csv `question_noun` after a `question_preposition`, opening an indirect question or `nach`)
        asked_of = alternation(lexicons.word_class("question_preposition"))
        question = alternation(lexicons.word_class("question_noun"))
        self.asked_question_re = re.compile(
            r"\b(?:" + asked_of + r")\s+(?:\w+\s+){0,2}?(?:" + question + r")\s*(?:,\s*(?:" + asked + r")\b|nach\b)",
            re.I)

    def topic(self, issue: str, sentence: Span, text: str, speaker: Speaker | None = None, question: str = "") -> str:
        """The claim's CAP topic: its issue's unless the sentence names only other topics, else
        from its sentence, else from the lead; a generic issue's (talks) from its sentence, else the
        lead. A diplomat's office names who speaks, not what about: speaker's words whose only topic
        is INTERNATIONAL_AFFAIRS (`Außenminister`, `Botschafterin`, `der EU-Gipfel`) count only when
        the rest of the sentence names none (`Mittelfristig braucht es die Verfassungsreform, so der
        Außenminister`). An interview's answer that names none takes its `question`'s (`answer_question`)."""
        issue_topic = self.topics.topic_of_issue(issue) if issue != "OTHER" else None
        said = text[sentence.start_char:sentence.end_char]  # `sentence.text`, which joins its tokens anew
        if speaker is not None and set(self.topics.scores(speaker.text)) == {DIPLOMATIC_TOPIC}:
            rest = self.without_speaker(sentence, speaker, said)
            said = rest if self.topics.scores(rest) else said
        return self.topics.topic(said, text[:TOPIC_CONTEXT], issue_topic, occasion=issue in self.generic_issues,
                                 title=self.headline(sentence, text), question=question)

    @staticmethod
    def headline(sentence: Span, text: str) -> str:
        """The document's first sentence (its title or headline) within the topic's context, from `text`;
        empty for a document without sentence boundaries."""
        doc = sentence.doc
        if not len(doc) or not doc.has_annotation("SENT_START"):
            return ""
        return text[:min(doc[0].sent.end_char, TOPIC_CONTEXT)]

    @staticmethod
    def without_speaker(sentence: Span, speaker: Speaker | None, text: str | None = None) -> str:
        """The sentence's text (`text`, if given) with the speaker's words blanked (same length)."""
        text = sentence.text if text is None else text
        if speaker is None or speaker.start < 0:
            return text
        start = max(speaker.start - sentence.start_char, 0)
        end = min(speaker.end - sentence.start_char, len(text))
        return text if start >= end else text[:start] + " " * (end - start) + text[end:]

    def without_asked_question(self, text: str) -> str:
        """The text with a question someone else asked blanked (same length), from its preposition up to the
        last comma after it, or to the end where it opens the text or no comma follows (`Auf die Frage, ob die Demonstranten Rassisten seien, sagte er: …`):
        its words are the asker's, and blame nobody on the speaker's behalf."""
        if "frage" not in text.lower():  # (most texts ask nothing)
            return text
        match = self.asked_question_re.search(text)
        if match is None:
            return text
        end = text.rfind(",", match.end())  # (a question that opens the text is all of it: its asker's words)
        end = len(text) if end < 0 or not text[:match.start()].strip() else end + 1
        return text[:match.start()] + " " * (end - match.start()) + text[end:]

    def content_cue(self, text: str) -> Cue | None:
        """The most specific claim cue inside reported content; a cue right after a negator takes
        its `negated_type` (`Ich bin kein Rassist` denies an accusation: REJECTION)."""
        hit = self.content_hit(text)
        return hit[0] if hit else None

    def content_hit(self, text: str) -> tuple[Cue, bool] | None:
        """`content_cue` and whether a negator is part of it (`wolle keine Grenzen schließen`,
        `kein Rassist`): that negation makes the rejection and flips no issue's polarity again."""
        return self._content_hits(text)

    def _content_hit(self, text: str) -> tuple[Cue, bool] | None:
        text = WHITESPACE.sub(" ", text)  # `keine  Gründe` as scraped
        dependent, unreal = self.modal_literals
        folded = fold(text)
        if may_match(dependent, folded):  # (a substring test rules out most texts before the regex scans them)
            text = self.dependent_modal_re.sub(_blank_modal, text)
            folded = fold(text)
        if may_match(unreal, folded):
            text = self.unreal_modal_re.sub(_blank_modal, text)
        lower = text.lower()  # (once, not per particle word)
        if any(word in lower for word in self.particle_words):  # most texts have none
            text = self.separable_particle_re.sub(_blank_modal, text)
        if self.plan_modal_re.search(text):  # most texts have no `soll`: their clauses are not cut
            text = CLAUSE_RUN.sub(self._blank_plan, text)
            text = self.thwarted_plan_re.sub(_blank_modal, text)
        hits, starts = [], {}
        for cue, regex, target in self._content_filter.searches(text):
            match = regex.search(target)
            if match and cue.negated_type and self.denial_re.search(text[:match.start()]):
                hits.append((replace(cue, claim_type=cue.negated_type, polarity=-1), True))
            elif match:
                hits.append((cue, bool(self.verb_negator_re.search(text[match.start():match.end()].lower()))))
            if match:
                starts[id(hits[-1][0])] = match.start()
        hits.sort(key=lambda hit: SPECIFIC_FIRST.index(hit[0].claim_type))
        if len(hits) > 1 and self.refused_offer(*hits[0]) \
                and not any(cue.claim_type in ("DEMAND", "THREAT") for cue, _ in hits):
            # `Der größte Fehler ist: Die Parteien sind nicht offen für …`: a judgement that opens the words, before
            # the readiness another side lacks, blames that side (not `Wir sind nicht bereit, das absurde … `)
            blame = next((hit for hit in hits if hit[0].claim_type == "ACCUSATION" and not hit[1]
                          and starts[id(hit[0])] < starts[id(hits[0][0])]), None)
            if blame is not None:
                return blame
        if len(hits) > 1 and any(cue is self.unwilling_cue for cue, _ in hits) \
                and not any(cue.claim_type in ("DEMAND", "THREAT") for cue, _ in hits):
            # `die fehlende Bereitschaft der Regierung, Zugeständnisse zu machen`: what another side is unwilling to
            # do (a rejection, a concession) is no position of the speaker's; the unwillingness blames that side
            hits.sort(key=lambda hit: hit[0] is not self.unwilling_cue)
        if hits and self.condemns_conduct(text, hits):
            return next(hit for hit in hits if hit[0].claim_type == "ACCUSATION") if any(
                hit[0].claim_type == "ACCUSATION" and not hit[1] for hit in hits) \
                else (replace(hits[0][0], claim_type="ACCUSATION", polarity=-1, negated_type=""), False)
        return hits[0] if hits else None

    def refused_offer(self, cue: Cue, negated: bool) -> bool:
        """A content hit that is readiness turned around by a negator (`nicht bereit`, `nicht offen für`): a
        refusal, whose side the words do not say."""
        return negated and cue.claim_type == "REJECTION" and any(cue.regex is offer.regex for offer in self.offer_cues)

    def condemns_conduct(self, text: str, hits: list[tuple[Cue, bool]]) -> bool:
        """A rejection that only says `inakzeptabel`, `unerträglich` (german.csv `intolerable_word`) of someone's
        conduct or words (a `conduct_noun`: `Das Verhalten der ÖVP sei inakzeptabel`, `Äußerungen`) or of conditions
        someone keeps (a `grievance_noun`: `unerträgliche Zustände im Heim`, `Missstände`), or together
        with a word that blames (an ACCUSATION cue not negated: `niveaulos und inakzeptabel`): it condemns what an
        actor did, an ACCUSATION; `Eine Steuererhöhung sei inakzeptabel` refuses an option (REJECTION)."""
        if hits[0][0].claim_type != "REJECTION" or hits[0][1]:
            return False
        words = set(_words(text))
        if not words & self.intolerable_words:
            return False
        blames = any(cue.claim_type == "ACCUSATION" and not negated for cue, negated in hits)
        rejections = sum(cue.claim_type == "REJECTION" for cue, _ in hits)
        return rejections == 1 and (blames or bool(words & self.condemned_nouns))

    def without_relative_clauses(self, doc: Doc, quote: Quote, content: str, nominal: bool = False) -> str:
        """The content with each relative clause blanked (same length): a relative pronoun (morphology
        `PronType=Rel`) after a comma, a preposition between them or not, up to the next clause mark (`Viele,
        die nie auffallen, …`, `eine Kandidatin, die nie einer Partei angehört hat`): its words describe a
        noun and take no position of the speaker's. Only a clause whose last word is a verb (`…, das unterstützen wir`
        is a main clause, and so is `…, das müsse aufhören`, its finite verb second), and not one that goes on with an adverb of contrast (`…, der aber weder X noch Y dienlich
        wäre`: a position); the content as it is without a tagged Doc. `nominal`: only a clause that describes a noun,
        not one opened by a german.csv `free_relative` (`…, was alles nicht geht, stört mich`: what the speaker
        speaks of)."""
        span = quote.content_span(doc)
        if span is None or not doc.has_annotation("MORPH") or "," not in content:
            return content
        chars = list(content)
        for i in range(span.start, span.end):  # (the analyses read by index: a Token only for a relative pronoun)
            if "Rel" not in morph_values_at(doc, i, "PronType") or i < 1:
                continue
            token = doc[i]
            if nominal and token.lower_ in self.free_relatives:
                continue
            before = doc[token.i - 1]
            if before.pos_ == "ADP" and token.i >= 2:
                before = doc[token.i - 2]
            if before.text != "," or before.i < span.start:
                continue
            mark = next((t for t in tokens_of(doc, token.i + 1, span.end) if t.text in CLAUSE_MARKS or t.text in (".", "?", "!")),
                        None)
            last = doc[(mark.i if mark is not None else span.end) - 1]
            if last.i <= token.i or last.pos_ not in ("VERB", "AUX"):
                continue  # `…, das unterstützen wir`, `…, die mangelhafte Wartung …`: no verb at its end, no relative clause
            second = doc[token.i + 1]
            if second.i < last.i and "Fin" in morph_values(second, "VerbForm"):
                continue  # `…, das müsse aufhören`: its finite verb second, a main clause
            if second.lower_ in self.contrast_adverbs:
                continue  # `…, der aber weder X noch Y dienlich wären`: a clause that goes on, taking a position
            start = token.idx - quote.content_start
            end = (mark.idx if mark is not None else quote.content_end) - quote.content_start
            if 0 < start < end <= len(chars):
                chars[start:end] = " " * (end - start)
        return "".join(chars)

    def narrated_in_relative_clause(self, doc: Doc, quote: Quote, content: str) -> bool:
        """A judgement whose only cue is an act of force told in a relative clause (german.csv
        `incident_participle`: `die Rebellen, die das Dorf angegriffen hatten, …`, `…, das von X angegriffen worden
        war`): the clause describes its noun by an event, no blame of the speaker's; `Bewegungen, die die Lage
        instrumentalisieren` still blames."""
        blanked = self.without_relative_clauses(doc, quote, content)
        if blanked == content:
            return False
        rest = self.content_hit(blanked)
        if rest is not None and rest[0].claim_type in JUDGEMENTS:
            return False
        told = "".join(c if b == " " and c != " " else " " for c, b in zip(content, blanked))
        words = _words(told)
        if not any(word.lower() in self.incident_participles for word in words):
            return False
        plain = " ".join(word for word in words if word.lower() not in self.incident_participles)
        inner = self.content_hit(plain)
        return inner is None or inner[0].claim_type not in JUDGEMENTS

    def without_embedded_clauses(self, content: str) -> str:
        """The content with the words of each clause embedded after a comma blanked (same length), its opener kept: a
        german.csv `embedded_clause_mark` up to the next clause mark (`…, um keine Neuwahlen zu riskieren`, `…, wenn
        die Länder nicht mitziehen`), a `dass` after its `pronominal_adverb` correlate (`dafür sorgen, dass es kein
        Chaos gibt`), and a condition (`without_conditions`): a negator there negates a goal, a condition or a
        qualification, not the speaker's words. The content's own clause (`…, dass es keine Lösung gebe` after the cue)
        and a `dass` after a noun or verb of saying (`der Eindruck, dass … nicht`: what the speaker judges) stay."""
        def blank(m: re.Match) -> str:
            return m.group()[:m.start(1) - m.start()] + " " * len(m.group(1))
        return self.embedded_clause_re.sub(blank, self.without_conditions(content))

    def without_conditions(self, content: str) -> str:
        """The content with the words of each condition blanked (same length), its opener kept: `Sollten die Partner
        nicht bereit sein, …`, `Wenn die Regierung das ablehnt, …` (german.csv `condition_opener` opening a clause, not
        after `nur` or `erst`, which set a condition the other side must meet), and a condition opened by a Konjunktiv
        II verb (`ki2`) before a comma, its verb kept: `Hätte es die Rettung nie gegeben, …`."""
        def blank(m: re.Match) -> str:
            return m.group()[:m.start(1) - m.start()] + " " * len(m.group(1))
        return self.verb_first_condition_re.sub(blank, self.condition_clause_re.sub(blank, content))

    def unreal_consequence(self, content: str) -> bool:
        """A Konjunktiv II condition opened by its verb (`verb_first_condition_re`: `Hätte die Regierung früher
        gehandelt, …`) whose main clause's obligation is a Konjunktiv II too (german.csv `unreal_obligation`:
        `müssten`): what would follow were things otherwise, no demand; `Die Regierung müsse handeln` is one."""
        match = self.verb_first_condition_re.search(content)
        return match is not None and bool(set(_words(content[match.end():])) & self.unreal_obligations)

    def threatens_on_refusal(self, content: str) -> bool:
        """Words that announce a consequence should another side refuse (`Sollten die Partner nicht bereit sein zu
        Reformen, so werde der Austritt kommen`, `Wenn die Regierung das ablehnt, werden wir klagen`): a condition
        (german.csv `condition_opener`) whose words refuse (a REJECTION cue) and a future or Konjunktiv II
        (`future_auxiliary`, `ki2`) in the rest; `Sollten die Länder nicht in der Lage sein, …` refuses nothing."""
        refused = False
        for match in self.condition_clause_re.finditer(content):
            hit = self.content_hit(match.group(1))
            refused = refused or (hit is not None and hit[0].claim_type == "REJECTION") \
                or self.refuses_in_clause(match.group(1))
        return refused and bool(set(_words(self.without_conditions(content))) & self.consequence_words)

    def refuses_in_clause(self, words: str) -> bool:
        """A subordinate clause's joined separable verb refuses (german.csv `refusing_verb`: `…, wenn die ÖVP das
        ablehnt`), or one of compliance is negated (`complying_verb` after a `verb_negator`: `…, falls X der Reform
        nicht zustimmt`); `…, wenn die Regierung zustimmt` refuses nothing."""
        found = _words(words)
        if set(found) & self.refusing_verbs:
            return True
        return any(word in self.complying_verbs for word in found) and bool(self.verb_negator_re.search(words.lower()))

    def announces_on_refusal(self, quote: Quote, text: str, sentence) -> bool:
        """An announcement (a german.csv `announcing_word` in the cue: `stellte … in Aussicht`, `kündigte … an`)
        followed in its sentence by a condition that negates the other side's compliance (`…, sollte die Türkei dem
        Wunsch nicht nachkommen`): a consequence announced should the other side refuse, a THREAT; `…, wenn die
        Regierung zustimmt` sets no refusal."""
        if quote.cue_start < 0 or quote.cue_end > sentence.end_char \
                or not set(_words(text[sentence.start_char:quote.cue_end])) & self.announcing_words:
            return False  # (`hat … in Aussicht gestellt`: the noun before the participle the cue names)
        after = text[quote.cue_end:sentence.end_char]
        return any(self.verb_negator_re.search(match.group(1).lower())
                   for match in self.condition_clause_re.finditer(after))

    def reports_plan(self, doc: Doc, quote: Quote, content: str) -> bool:
        """Indirect words with an indicative `soll` that name no other side (`Das Präsidium soll … einrichten`);
        `Kiew soll sich erkenntlich zeigen` asks another side to act, a DEMAND."""
        if quote.type != "INDIRECT" or quote.speaker is None or not self.indicative_plan_re.search(content):
            return False
        return not self._side_addressed(self.sides(doc).sides, quote.content_start, quote.content_end,
                                        quote.speaker.actor_country, [quote.speaker])

    def planned(self, content: str) -> tuple[Cue, bool] | None:
        """The content hit of reported words whose only norm is an indicative `soll` (`Fliegende Konsulate
        sollen dort unterwegs sein`): the speaker's plan, a PROPOSAL, or the hit left without the modal;
        None if the modal sets a norm (`Die Pensionen sollen endlich erhöht werden`, `Wenn …, soll er …`: a norm
        marker in the modal's clause or after it, a condition before it)
        or another demand is there (`…, und das muss geprüft werden`); the words' judgement of the plan, a
        STATEMENT (`…, ist den Grünen zu wenig`), stays."""
        modal = self.indicative_plan_re.search(content)
        # a norm marker of the modal's own clause on (`man` of `Sie glaube nicht, dass man …, sagte X, aber erste
        # Eckpunkte sollen …` belongs to another clause)
        own = 0 if modal is None else max(content.rfind(",", 0, modal.start()), content.rfind(":", 0, modal.start())) + 1
        if (modal is None or self.plan_cue is None or self.norm_marker_re.search(content, own)
                or self.condition_re.search(content, 0, modal.start())):
            return None
        hit = self.content_hit(self.indicative_plan_re.sub(lambda m: " " * len(m.group()), content))
        if hit is not None and hit[0].claim_type == "DEMAND":
            return None
        if hit is not None and hit[0].claim_type == "STATEMENT":
            return hit  # `Dass … erfassen sollen, ist den Grünen zu wenig`: a judgement of the plan
        return replace(self.plan_cue, claim_type="PROPOSAL"), False

    def _blank_plan(self, clause: re.Match) -> str:
        """A clause with its plan modal blanked out (`soll im Herbst beschlossen werden`, `sollten am Montag eröffnet
        werden`), else as it is."""
        text = clause.group()
        if self.schedule_re.search(text) and self.plan_infinitive_re.search(text):
            modal_re = self.plan_modal_re if self.passive_end_re.search(text) else self.present_plan_re
            return modal_re.sub(lambda m: " " * len(m.group()), text)
        return text

    def issues(self, text: str) -> list[tuple[str, int]]:
        """(issue, position of its keyword) for every issue named in `text`, in lexicon order."""
        return list(self._issues_of(text))

    def _issues(self, text: str) -> tuple[tuple[str, int], ...]:
        found, generic = [], []
        for rule, regex, target in self._issue_filter.searches(text):
            if rule.excludes is not None and rule.excludes.search(text):
                continue  # (`Sanktionen, wenn Eltern …`: a word of the text gives the keywords another sense)
            match = next((m for m in regex.finditer(target)
                          if not rule.generic or not self.occasion_re.search(target, 0, m.start())), None)
            if match:
                (generic if rule.generic else found).append((rule.issue, match.start()))
        return tuple(found or generic)

    def negated_before(self, text: str, position: int) -> bool:
        window = text[max(0, position - NEGATION_WINDOW):position]
        return bool(self.negator_re.search(window))

    def undecided(self, content: str, said: str) -> bool:
        """A statement that takes no side (polarity 0): an open question (`Ob die Reform komme, lasse sich nicht
        sagen`, `Es sei unklar, wann …`), or a concession in its sentence (`Zwar gebe es Spannungen`, `Zwar betonte
        X, dass …`) with no `aber`, `doch` after it; not when a word of its content judges (a content cue of a
        statement, `unrealistisch`, `leider`, or an `evaluative_word`, `gut`, `besorgt`)."""
        concession = self.concession_re.search(said)
        if not (self.open_question_re.search(WHITESPACE.sub(" ", content).strip())
                or concession is not None and not self.adversative_re.search(said, concession.end())):
            return False
        hit = self.content_hit(content)
        return (hit is None or hit[0].claim_type != "STATEMENT") and not set(_words(content)) & self.evaluative_words

    def negated_statement(self, content: str) -> bool:
        """Reported words that negate what they speak of (`Ich glaube nicht, dass …`, `Es gibt keine
        Lösung`): a statement against it; not `nicht nur`, `kein Grund zur Sorge`, `keine Frage`, nor
        `nicht …, sondern …`, which sets off the position after it, nor a negated exclusion (`kann man nicht
        ausschließen`: german.csv `negated_exclusion`)."""
        text = WHITESPACE.sub(" ", content).lower()
        match = next((m for m in self.verb_negator_re.finditer(text)
                      if not self.negated_exclusion_re.match(text, m.end())), None)
        return match is not None and not self.correlative_re.search(text, match.end())

    def negation_set_off(self, doc: Doc, quote: Quote, sentence: Span) -> bool:
        """A reported act whose negator stands after all of the cue's words and whose clause goes on with
        `, sondern` and a phrase of no finite verb (`Die ÖVP will keine Steuererhöhung, sondern eine Senkung
        der Ausgaben`, `akzeptiert keine Obergrenze, sondern nur einen Richtwert`): the negation sets off what
        the act is for, the phrase after `sondern`; not a negated cue (`stimmte nicht zu, sondern enthielt
        sich`: its particle after the negator) nor a `sondern` that opens a clause of its own (`…, sondern
        lehnt jede Änderung ab`)."""
        if quote.type != "REPORTED" or quote.cue_start < 0:
            return False
        texts, lowers = token_words(doc)
        negated = False
        for k in range(sentence.start, sentence.end):
            if doc[k].idx < quote.cue_end:
                continue
            if lowers[k] in self.verb_negators:
                negated = True
            elif texts[k] in CLAUSE_BREAKS:
                if not (negated and texts[k] == "," and k + 1 < sentence.end and lowers[k + 1] in self.correlatives):
                    return False
                end = next((j for j in range(k + 2, sentence.end) if texts[j] in CLAUSE_BREAKS), sentence.end)
                return end > k + 2 and not any(finite_verb(t) for t in tokens_of(doc, k + 2, end))
        return False

    def cue_of(self, quote: Quote) -> Cue | None:
        """The lexicon cue a quote names by its index in `Lexicons.cues`."""
        return None if quote.cue_id is None else self.lex.cues[quote.cue_id]

    @staticmethod
    def frame(quote: Quote, text: str) -> str:
        """The words between a cue and the clause it reports (`nannte es geschmacklos, …`)."""
        if quote.cue_start < 0:
            return ""
        if quote.cue_end <= quote.content_start:
            return text[quote.cue_end:quote.content_start]
        return text[quote.content_end:quote.cue_start] if quote.content_end <= quote.cue_start else ""

    def claim_type(self, quote: Quote, content: str, clause: str, frame: str = "",
                   cue_clause: str | None = None, plan: bool = False, set_off: bool = False) -> tuple[str, int, bool]:
        """(claim type, polarity, whether a negation was used up by turning the type around);
        `frame`: the words between cue and content, which judge the content when it has no cue;
        `cue_clause`: the cue's own clause, in which a negator turns it around (`clause` if not given);
        `plan`: reported words whose indicative `soll` may tell the speaker's plan (`reports_plan`);
        `set_off`: the negation after the cue is set off by `, sondern` (`negation_set_off`), it turns no act around."""
        cue = self.cue_of(quote)
        if quote.type == "REPORTED" and "sollte" in clause.lower() and self.narrated_modal_re.search(clause):
            content = self.narrated_modal_re.sub(_blank_modal, content)  # `…, und er sollte … bekommen`: told
            clause = self.narrated_modal_re.sub(_blank_modal, clause)
        hit = self.content_hit(content)
        if plan and hit is not None and hit[0].claim_type == "DEMAND":
            hit = self.planned(content) or hit
        inner, negated = hit if hit else (None, False)
        # a verb of saying, or a stating act (`stellte … in den Raum`), takes its type from its words
        stating = cue is not None and (cue.kind == "speech" or cue.kind == "act" and cue.claim_type == "STATEMENT")
        if inner is None and stating:
            # `Enttäuschend und unverschämt nannte X den Auftritt`, `nannte es geschmacklos, …`
            inner = self.content_cue(clause) if quote.type == "REPORTED" else self.content_cue(frame)
            if quote.type != "REPORTED" and inner is not None and inner.claim_type not in JUDGEMENTS:
                inner = None  # `stellte … nicht ohne Erleichterung fest:` sets no condition
        if stating and cue.claim_type == "STATEMENT" and (inner is None or inner.claim_type == "STATEMENT"):
            nested = self.nested_speech_cue(content)
            if nested is not None:  # `X kritisierte, dass …, argumentierte X`: the outer verb gives the type
                return nested.claim_type, nested.polarity, False
        if inner is not None and inner.claim_type == "STATEMENT" and cue is not None and cue.claim_type != "STATEMENT":
            inner = None  # a concern (`mit Sorge`, `beunruhigt`) sets the polarity of a statement only
        if inner is not None and inner.claim_type == "ACCUSATION" and ":" not in content \
                and quote.cue.split(" ")[0].lower() in self.warning_verbs:
            # `warnte davor, X für … verantwortlich zu machen`: what is warned against blames nobody (but
            # `warnte davor, …: Das ist illegal` goes on in the speaker's own words)
            inner = None
        if inner is not None and inner.claim_type in REPORTED_NORMS and cue is not None and cue.kind == "speech" \
                and cue.claim_type in JUDGING_SPEECH:
            inner = None  # `kritisierte, dass … zahlen müssten`, `lobte, dass X bereit sei`: the judgement is the claim
        if inner is not None and self.refused_offer(inner, negated) and cue is not None and cue.kind == "speech" \
                and cue.claim_type in JUDGING_SPEECH:
            inner = None  # `kritisierte, dass die ÖVP nicht bereit sei`: the unwillingness is criticised
        if inner is not None and inner.claim_type == "ACCUSATION" and cue is not None and cue.kind == "speech" \
                and cue.claim_type == "CONCESSION":
            inner = None  # `räumte ein, die Regierung habe Fehler gemacht`: a fault admitted, no blame
        if inner is not None and inner.claim_type == "DEMAND" and self.unreal_consequence(content):
            inner = None  # `Wäre die Reform gekommen, müssten die Bürger weniger zahlen`: what would follow, no demand
        if inner is not None and inner.claim_type == "DEMAND" and self.expects_outcome(quote):
            inner = None  # `geht davon aus, dass 700 Mitarbeiter gehen müssen`: a forecast, no demand
        if inner is not None and inner.claim_type == "PROPOSAL" and cue is not None and cue.kind == "speech" \
                and cue.claim_type == "DEMAND":
            inner = None  # `forderte neue Verhandlungen`, `verlangte ein Angebot der Regierung`: asked of others, no offer
        # a content cue of no type of its own (`leider`, `mit Sorge`) leaves a stating act its negation
        typed_inner = inner is not None and inner.claim_type != "STATEMENT"
        if cue is not None and cue.kind in ("act", "noun") and not (stating and typed_inner) \
                or (cue is not None and cue.claim_type not in ("STATEMENT", "PROPOSAL") and inner is None):
            claim_type, polarity = cue.claim_type, cue.polarity
            own_clause = clause if cue_clause is None else cue_clause
            weak = self.weakly_negated(cue, own_clause)
            if cue.negated_type and (self.cue_negator_re.search(own_clause) and not set_off or weak):
                # `stimmt nicht zu`: against (-1); `schloss nicht aus`: an opening, for the option (+1); `habe X nie
                # verunglimpft`: an accusation denied, a rejection, against (-1); `zeigte sich wenig überzeugt`
                return cue.negated_type, -1 if cue.negated_type == "REJECTION" else -cue.polarity, True
            if weak:  # `reagierte wenig begeistert`: a stance turned around, against
                return claim_type, -polarity, True
            if stating and inner is not None:  # `zeigte sich besorgt, die Lage sei dramatisch`: its polarity
                return claim_type, inner.polarity, negated
            return claim_type, polarity, False
        if inner is not None:
            return inner.claim_type, inner.polarity, negated
        if cue is not None:
            return cue.claim_type, cue.polarity, False
        return "STATEMENT", 1, False

    def wished(self, doc: Doc, quote: Quote, text: str) -> tuple[str, int] | None:
        """(DEMAND, 1) where a german.csv `wish_verb` is the whole cue and a `dass` clause follows it after a
        comma, with no verb between (`Die Gewerkschaft will, dass der Sozialplan rasch steht`): an act wanted of
        others; (REJECTION, -1) with a verb negator between (`will nicht, dass …`); None otherwise (`will wissen,
        ob …`, `will gesehen haben, dass …`: a claim to knowledge)."""
        if quote.type != "INDIRECT" or quote.cue.lower() not in self.wish_verbs or quote.cue_end > quote.content_start:
            return None
        between = text[quote.cue_end:quote.content_start]
        if not re.fullmatch(r"[^,;:.?!]{0,20},\s*", between) or not re.match(r"dass\b", text[quote.content_start:]):
            return None
        span = doc.char_span(quote.cue_end, quote.content_start, alignment_mode="expand")
        if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        return ("REJECTION", -1) if self.verb_negator_re.search(between.lower()) else ("DEMAND", 1)

    def nested_speech_cue(self, content: str) -> Cue | None:
        """A typed verb of saying (`kritisierte`, `forderte`, `warnte`) that ends the opening main clause of the
        reported words right before `, dass` or `:` (`Der Rechnungshof kritisierte, dass …, argumentierte der
        Rechnungshof`): the words are that speech, which the inquit after them only repeats; not a verb further
        in (`Es sei klar, dass die SPÖ fordert, …`) or negated (`Niemand kritisierte, dass …`)."""
        match = NESTED_SPEECH.match(content)
        if match is None or self.cue_negator_re.search(match.group(1)) \
                or set(_words(match.group(1).lower())) & self.nobody_pronouns:
            return None
        verb = match.group(2)
        return next((cue for cue in self.typed_speech_cues if cue.regex.fullmatch(verb)), None)

    def weakly_negated(self, cue: Cue, clause: str) -> bool:
        """An act cue's own word (its form, particle or a required word) right after a german.csv
        `weak_negator` (`wenig überzeugt`, `kaum zufrieden`, `alles andere als begeistert`): turned
        around as by `nicht`; not `wenig später`."""
        if cue.kind != "act":
            return False
        for match in self.weak_negation_re.finditer(clause):
            word = match.group(1)
            if cue.regex.fullmatch(word) or (cue.particle is not None and cue.particle.fullmatch(word)) \
                    or any(required.fullmatch(word) for required in cue.requires):
                return True
        return False

    def expects_outcome(self, quote: Quote) -> bool:
        """A verb of saying that expects an outcome opens the cue (german.csv `outcome_verb`: `rechnet damit`, `geht
        davon aus`, `prognostiziert`): a modal in its content (`…, dass weniger Mitarbeiter gehen müssen`) tells what
        will happen, no demand; `glaubt`, `erwartet` (`erwartet von Athen`) are no such verbs."""
        cue = self.cue_of(quote)
        return (cue is None or cue.kind == "speech" and cue.claim_type == "STATEMENT") \
            and quote.cue.split(" ")[0].lower() in self.outcome_verbs

    def segments(self, quote: Quote, text: str, sentence) -> list[str]:
        """The parts of a quote's content that may hold a position of their own: the clauses of a
        contrast (`…, statt sich …`), a reason given after a comma (`…, denn …`, `…, weil …`) and the clause
        after a trailing cue and its speaker (`…, so Faymann: Wer …, der muss …`)."""
        content = text[quote.content_start:quote.content_end]
        cuts = sorted({0, len(content)} | {m.start() for m in self.contrast_re.finditer(content)}
                      | {m.start() for m in self.reason_re.finditer(content)})
        parts = [content[a:b] for a, b in zip(cuts, cuts[1:])]
        speaker = quote.speaker
        if quote.type == "INDIRECT" and speaker is not None and quote.cue_start >= 0:
            frame_end = max(quote.cue_end, speaker.end)
            if quote.content_start <= quote.cue_start < quote.content_end:  # `…, so X: …` inside its content
                parts = [text[quote.content_start:quote.cue_start], text[frame_end:quote.content_end]]
            elif quote.content_end <= quote.cue_start:  # `…, sagte X: Er …` after it
                tail = text[frame_end:sentence.end_char]
                if re.match(r"[^,:]{0,40}[,:]\s*\w", tail):
                    parts.append(tail)
        return parts if len(parts) > 1 else []

    def other_types(self, quote: Quote, text: str, sentence, claim_type: str,
                    plan: bool = False) -> list[tuple[str, int]]:
        """(claim type, polarity) of the positions a quote's segments take besides `claim_type`:
        only cues of other types than STATEMENT, and only beside a position (not a bare statement);
        `plan` as in `claim_type` (`…, es soll aber auch … geben` adds no demand, and no plan either)."""
        if claim_type == "STATEMENT":
            return []
        found: dict[str, int] = {}
        for part in self.segments(quote, text, sentence):
            cue = self.content_cue(part)
            if plan and cue is not None and cue.claim_type == "DEMAND" and self.planned(part) is not None:
                continue
            if cue is not None and cue.claim_type not in ("STATEMENT", claim_type):
                found.setdefault(cue.claim_type, cue.polarity)
        return list(found.items())

    @staticmethod
    def act_clause(quote: Quote, text: str, sentence) -> str:
        """The sentence up to the colon after an act's cue (`verteidigte die Regeln: Wir werden das nicht
        zulassen` quotes the speaker's words after it) or up to the reported clause after it (`dafür
        gestimmt, dass es keine Koalition geben soll`): a negation there does not negate the act."""
        end = text.find(":", max(quote.cue_end, sentence.start_char), sentence.end_char)
        end = end if end >= 0 else sentence.end_char
        if quote.type == "INDIRECT" and quote.cue_start >= 0 and quote.cue_end <= quote.content_start:
            end = min(end, quote.content_start)
        return text[sentence.start_char:end]

    def _negated_agreement(self, quote: Quote, clause: str) -> bool:
        cue = self.cue_of(quote)
        return (cue is not None and cue.kind == "act" and cue.claim_type == "AGREEMENT" and not cue.negated_type
                and bool(self.verb_negator_re.search(clause)))

    @staticmethod
    def cue_clause(quote: Quote, text: str, start: int, length: int) -> str | None:
        """The cue's own clause within text[start:start + length]: from the clause mark before the cue to
        the one after it (`Bisher zeichnet sich nichts ab, die Grünen sind aber verhandlungsbereit`, `Die
        Neos sind zwar verhandlungsbereit, haben aber nicht genügend Mandate`: no negation of the cue);
        None without a cue in it."""
        end = start + length
        if not start <= quote.cue_start < quote.cue_end <= end:
            return None
        after = [i for i in (text.find(mark, quote.cue_end, end) for mark in CLAUSE_MARKS) if i >= 0]
        return text[_clause_start(text, start, quote.cue_start):min(after, default=end)]

    def sought(self, quote: Quote, text: str, sentence) -> bool:
        """A position noun that a verb of seeking before it in its clause asks for (`braucht die Zustimmung
        von Grünen oder FPÖ`, `bat um die Unterstützung der USA`; german.csv `seeking_verb`), or that a noun of
        a requirement before it in its clause names (`Die Hürde sei die Zustimmung des Senders`, `Voraussetzung ist
        die Zustimmung der SPÖ`; `requirement_noun`): its holder has not taken it."""
        before = text[_clause_start(text, sentence.start_char, quote.cue_start):quote.cue_start]
        return any(word in self.seeking_verbs or word in self.requirement_nouns for word in _words(before))

    def ruling(self, quote: Quote) -> bool:
        """The cue is a verb of ruling (`urteilte`, `entschied`, `beschied`, `hielt … fest`): every word of it is a
        german.csv `ruling_verb`."""
        words = _words(quote.cue)
        return bool(words) and all(word in self.ruling_verbs for word in words)

    def labelling(self, quote: Quote) -> bool:
        """The cue gives its object a label (`bezeichnete`, `nannte`, `sprach … von`, `stellte … dar`;
        not `sprach sich … aus`, `stellte … klar`): every word of it is a `label_verb`."""
        words = _words(quote.cue)
        return bool(words) and all(word in self.label_verbs for word in words)

    def label(self, quote: Quote, text: str, sentence, clause_start: int = -1) -> str:
        """The label a labelling cue gives: the words after its `als` or `von` (`bezeichnete das Urteil als
        Skandal`, `sprach von einem Komplott`), else its clause (`Völlig unverständlich nannte X den Plan`;
        `Als inakzeptabel bezeichnete es X, dass …` up to the reported clause), without the speaker."""
        start = max(clause_start, sentence.start_char)
        if quote.type == "REPORTED":
            end = max(quote.content_end, quote.cue_end)
        elif quote.type == "INDIRECT" and 0 <= quote.cue_end <= quote.content_start:
            end = quote.content_start
        else:
            return ""
        if quote.cue_start < start:
            return ""
        words = text[start:end]
        speaker = quote.speaker
        if speaker is not None and start <= speaker.start < speaker.end <= end:
            a, b = speaker.start - start, speaker.end - start
            words = words[:a] + " " * (b - a) + words[b:]
        particle = self.label_particle_re.search(words, quote.cue_start - start)
        return words[particle.end():] if particle else words

    def blame(self, label: str) -> tuple[str, int, bool] | None:
        """(claim type, polarity, negation used) of a label that blames (`als Faschingsurteil`, `von einem
        Komplott`): an accusation; denied (`von keinem Komplott`), a rejection; None for any other label."""
        match = self.blame_label_re.search(label)
        if match is None:
            # a judging content cue in the label (`Als Skandal bezeichnete es X, dass …`: an accusation; `Als
            # inakzeptabel bezeichnete es X, dass …`: a rejection, as `Es sei inakzeptabel, dass …` is)
            cue = self.content_cue(label)
            return (cue.claim_type, cue.polarity, cue.claim_type == "REJECTION") \
                if cue is not None and cue.claim_type in LABEL_JUDGEMENTS else None
        if self.denial_re.search(label[:match.start()]):
            return "REJECTION", -1, True
        return "ACCUSATION", -1, False

    def labels_conduct(self, quote: Quote, text: str, sentence, label: str, clause_start: int = -1) -> bool:
        """A labelling cue that gives someone's conduct or words (a german.csv `conduct_noun` in its object:
        `bezeichnete Gaulands Verhalten als typisches Muster`, `nannte das Vorgehen der Regierung einen
        Skandal`) a noun for a label (after `als`, or an indefinite article after the conduct noun) condemns
        it, an ACCUSATION; not an adjective (`als seltsam`: coded by its word), nor a label that judges well (an
        AGREEMENT or PROPOSAL cue, a german.csv `praise_label`: `als Erfolg`), nor one's own conduct (`unser
        Vorgehen`, german.csv `first_person`, `own_possessive`). `label`: the cue's label (`label`)."""
        if not label or quote.cue_end < 0:
            return False
        start = max(clause_start, sentence.start_char, quote.cue_end)
        region = text[start:max(quote.content_end, quote.cue_end)] if quote.type == "REPORTED" else \
            text[start:quote.content_start]
        cut = region.rfind(label) if label in region else -1
        found = CONDUCT_NOUN_PHRASE.finditer(region if cut < 0 else region[:cut])
        owners = {match.group(1).lower() for match in found if match.group(2).lower() in self.conduct_nouns}
        if not owners or owners & (self.first_person | self.own_possessives):
            return False
        after = label if cut >= 0 else region
        noun = (self.indefinite_noun_re if cut < 0 else LABEL_NOUN).search(after)
        if noun is None or set(_words(after)) & self.praise_labels:
            return False
        cue = self.content_cue(after)
        return not (cue is not None and cue.claim_type in ("AGREEMENT", "PROPOSAL"))

    def excluding(self, quote: Quote) -> bool:
        """The cue is `ausschließen` (cues.csv: a REJECTION that, negated, opens an option, CONCESSION)."""
        cue = self.cue_of(quote)
        return cue is not None and cue.claim_type == "REJECTION" and cue.negated_type == "CONCESSION"

    def hostile_option(self, quote: Quote, text: str, sentence, clause_start: int = -1) -> bool:
        """The option a negated `ausschließen` leaves open is hostile (german.csv `hostile_option`, also inside a word:
        `schließt Sanktionen nicht aus`, `schloss nicht aus, Obama zu verklagen`, `ein Ausscheiden Griechenlands`): named
        in the cue's sentence before the content, or in the content's first clause (not its reasons after a comma)."""
        start = max(clause_start, sentence.start_char)
        frame = text[start:max(min(quote.content_start, sentence.end_char), quote.cue_end)] \
            if quote.content_start >= start else text[start:quote.cue_end]
        content = text[quote.content_start:quote.content_end] if quote.content_end > quote.content_start else ""
        first = CLAUSE_RUN.match(content.lstrip())
        return bool(self.hostile_option_re.search(frame) or first and self.hostile_option_re.search(first.group()))

    def warns_a_side(self, doc: Doc, quote: Quote, actor_country: str, text: str) -> bool:
        """`Peking warnt Taipeh vor …`: a warning whose object is another side threatens it; `warnt
        vor Risiken` states a concern (`text`: `doc.text`)."""
        if quote.cue.split(" ")[0].lower() not in self.warning_verbs or quote.content_start < quote.cue_end \
                or text[quote.cue_end:quote.content_start].strip():
            return False
        for start_char, _, side in self.sides(doc).sides:
            before = text[quote.content_start:start_char].split()  # `warnte die USA`: an article
            if start_char >= quote.content_start and len(before) <= 1 \
                    and {word.lower() for word in before} <= self.articles \
                    and side not in ("", actor_country, "OTHER"):
                return True
        return False

    @staticmethod
    def sides(doc: Doc) -> DocumentSides:
        """The document's mentions' sides and its quotes' speakers, read once per document (again once
        its mentions or quotes were replaced)."""
        known = _SIDES.get(doc)
        if known is None or not known.current(doc):
            known = _SIDES[doc] = DocumentSides.of(doc)
        return known

    @staticmethod
    def _side_addressed(sides: tuple[tuple[int, int, str], ...], start: int, end: int, actor_country: str,
                        speakers: list[Speaker], named: Callable[[int, int], bool] | None = None) -> str:
        """The country of the first side in text[start:end] other than the speaker's, and not inside
        the words of one of `speakers` (`der in den USA lebende Ukrainer`) nor a place that only names
        or locates something (`named`: `naming_place`); `sides`: (start_char, end_char, actor_country)
        of the document's mentions."""
        for start_char, end_char, side in sides:
            if start <= start_char < end and side not in ("", "OTHER", actor_country) \
                    and not any(s.start < end_char and start_char < s.end for s in speakers) \
                    and not (named is not None and named(start_char, end_char)):
                return side
        return ""

    def channel(self, text: str, start_char: int, end_char: int) -> bool:
        """The mention at text[start_char:end_char] names a channel of speech (german.csv `speech_channel`:
        `Twitter`, `Facebook`) after a preposition of the channel (`channel_preposition`), an article and a
        `channel_noun` between them (`auf Twitter`, `im Kurznachrichtendienst Twitter`, `auf dem Netzwerk
        Facebook`, `in Zeiten von Facebook`): where one speaks, no side addressed. `Die EU verlangt von Facebook, …`,
        `Kritik an Facebook` address the company."""
        return text[start_char:end_char].lower() in self.speech_channels \
            and bool(self.channel_before_re.search(text[max(0, start_char - 60):start_char]))

    def naming_place(self, text: str, places: frozenset[int], start_char: int, end_char: int) -> bool:
        """The place mention at text[start_char:end_char] names a treaty, meeting or affair, or locates a thing
        in an attribute, and is no side addressed: after a noun of german.csv `treaty_noun`, `meeting_noun` or
        `summit_noun` (also as a compound's end) and `von`/`in` (`seit dem Vertrag von Amsterdam`, `bei der
        UN-Konferenz in Paris`), before a `place_title_word` (`die Panama Papers`), or after an article and `in`
        in an extended attribute, lower-case words up to an adjective's ending before a noun (`den in Paris
        vereinbarten Weg`; not a relative pronoun's clause: `durch die in Russland das Bild …`). A country after them (`der Gipfel in der
        Türkei`) and the place of an institution (`die Regierung in Peking`) stay sides. No side either: a town (cities.csv, a
        capital of countries.csv) right after a `venue_preposition` (`die Anschläge in Paris`, `als es in London war`:
        where something happens; `die Menschen in Griechenland`, a country, stays a side; not the seat of an international
        organisation, `in Brüssel`), any place after a `comparison_particle` and a `venue_preposition` (`wie in
        Frankreich`: compared). A place after `nach` may be where something goes or the side addressed (`Truppen nach
        Burundi`) and stays a side."""
        if start_char not in places:
            return False
        preposition = WORDS_BEFORE.search(text[max(0, start_char - 40):start_char])
        if preposition is not None:
            word, compared = preposition.group(2).lower(), (preposition.group(1) or "").lower()
            if word in self.venue_prepositions \
                    and (text[start_char:end_char].lower() in self.towns or compared in self.comparison_particles):
                return True
        before = PLACE_BEFORE.search(text[max(0, start_char - 60):start_char])
        if before is not None:
            word, preposition = before.group(1).lower(), before.group(2).lower()
            if word.split("-")[-1].endswith(self.place_named_nouns):
                return True
            if preposition == "in" and word in self.articles:
                attribute = ATTRIBUTE_AFTER.match(text[end_char:end_char + 60])  # `den in Paris vereinbarten Weg`
                words = attribute.group(1).split() if attribute else []
                if words and not set(words) & self.articles and words[-1].endswith(self.adjective_endings):
                    return True  # not the relative pronoun of `…, durch die in Russland das Bild gezeichnet werde`
        after = PLACE_AFTER.match(text[end_char:end_char + 30])
        return after is not None and after.group(1).lower() in self.place_title_words

    def addressee(self, doc: Doc, quote: Quote, actor_country: str, sentence_start: int = 0,
                  sentence_end: int = -1, claim_type: str = "") -> str:
        """The side a claim is directed at: one named in its content, else the object of a cue that
        takes a position, in the claim's sentence between cue or speaker and content (`forderte die
        USA auf, …`, `hat Deutschland Defizite vorgeworfen`; not the place of `sagte in Moskau, …`); else the
        claimant's own country where another actor of it is the one asked to act or criticised (`own_addressed`)."""
        document, text = self.sides(doc), doc_text(doc)
        summoned = self.summoned(quote, actor_country, sentence_start, document, text)
        if summoned:
            return summoned
        found = self._addressee(quote, actor_country, sentence_start, document, text, summoned) \
            or self.pronoun_addressed(doc, quote, actor_country, sentence_start, sentence_end, document, text,
                                      summoning=summoned is not None, claim_type=claim_type)
        if found:
            return found
        if self.own_addressed(quote, actor_country, sentence_start, sentence_end, document, text,
                              summoning=summoned is not None, claim_type=claim_type):
            return actor_country
        if claim_type in HOLDER_TYPES:
            held = self.holder_addressed(quote, actor_country, sentence_start, sentence_end, document, text)
            if held:
                return held
        if claim_type in ADJECTIVE_SIDE_TYPES and summoned is None:
            return self.adjective_side(quote, actor_country, sentence_start, sentence_end, document, text)
        if claim_type in ADJECTIVE_SIDE_TYPES and quote.speaker is not None:
            # `forderte die griechische Seite auf, …`: a summoning verb's object, not a side its infinitive names
            # (`forderte die Bürger auf, die griechischen Vorschläge abzulehnen`)
            return self.adjective_side(quote, actor_country, max(min(quote.cue_start, quote.speaker.end), sentence_start),
                                       max(quote.content_start, quote.cue_start), document, text)
        return ""

    def adjective_side(self, quote: Quote, actor_country: str, sentence_start: int, sentence_end: int,
                       document: DocumentSides, text: str) -> str:
        """The country whose adjective (countries.csv `adjective`, inflected) names a side or its conduct by a noun
        right after it (german.csv `side_conduct_noun`: `ein Angebot der chinesischen Seite`, `missbilligen den
        russischen Verhandlungsstil`, `die amerikanischen Vorschläge`, `die deutschen Grenzbehörden`) in the claim's sentence, outside its speakers'
        words (`der russische Präsident`); another country than the claimant's, not coordinated with another country's
        adjective (`weder auf deutscher noch auf österreichischer Seite`: both sides); '' where none does (`die
        chinesische Mauer`, `russisches Gas`, `die türkische Sprache`: a thing, no side)."""
        voices = document.voices(quote)
        end = sentence_end if sentence_end >= 0 else len(text)
        matches = list(WORD.finditer(text, sentence_start, end))
        for match, following in zip(matches, matches[1:]):
            origin = self.adjective_forms.get(match.group().lower(), "")
            if not origin or origin == actor_country or not self.side_conduct_noun(following.group().lower()) \
                    or text[match.end():following.start()].strip() \
                    or _spoken_by(voices, match.start(), following.end()):
                continue
            if any(word in self.adjective_forms for word in _words(text[max(sentence_start, match.start() - 40):
                                                                         match.start()])[-COORDINATED_REACH:]):
                continue  # `sowohl auf der europäischen als auch auf der türkischen Seite`: both sides, neither addressed
            return origin
        return ""

    def holder_addressed(self, quote: Quote, actor_country: str, sentence_start: int, sentence_end: int,
                         document: DocumentSides, text: str) -> str:
        """The country of the holder of a position or utterance an accusation, rejection or agreement takes up
        (german.csv `position_noun`, `conduct_noun`), named as its genitive: before the noun without an article
        (`bezeichnete Gaulands Verhalten als …`, `lehnte Iglesias Forderung ab`) or after it, in the genitive or after a
        `genitive_article` or `holder_preposition` (`in den Aussagen Faymanns`, `den Vorschlag des Ministeriums`, `Pläne von Innenminister X`); an
        actor (not a place), not the claimant nor one who speaks; the claimant's own country too; '' for none."""
        speaker = quote.speaker
        if speaker is None or quote.content_start < 0:
            return ""
        voices = document.voices(quote)
        end = sentence_end if sentence_end >= 0 else len(text)
        for (start_char, end_char, side), (actor, _, label) in zip(document.sides, document.actors):
            if not sentence_start <= start_char < end or side in ("", "OTHER") or label in self.unaddressed_labels \
                    or actor == speaker.actor or _spoken_by(voices, start_char, end_char):
                continue
            name = text[start_char:end_char]
            genitive = name.endswith(("s", "'")) or text[end_char:end_char + 1] in ("s", "'")
            after = HOLDER_AFTER.match(text, end_char, end)
            before = _words(text[max(sentence_start, start_char - 40):start_char])
            if after is not None and after.group(1).lower() in self.held_nouns \
                    and not (before and before[-1].lower() in self.articles):
                return side  # `Gaulands Verhalten`
            if before and before[-1].lower() in self.holder_links:
                before.pop()
                genitive = True
            if genitive and before and before[-1].lower() in self.held_nouns:
                return side  # `den Aussagen Faymanns`, `den Vorschlag des Ministeriums`
        return ""

    def side_conduct_noun(self, word: str) -> bool:
        """A noun of a side or its conduct (german.csv `side_conduct_noun`: `seite`, `vorschläge`), also as the end of
        a compound where that noun is long (`COMPOUND_HEAD_MIN` letters: `Grenzbehörden`, `Flüchtlingspolitik`; not
        `Webseite`)."""
        return word in self.side_conduct_nouns or any(
            len(noun) >= COMPOUND_HEAD_MIN and len(word) > len(noun) + 2 and word.endswith(noun)
            for noun in self.side_conduct_nouns)

    def own_addressed(self, quote: Quote, actor_country: str, sentence_start: int, sentence_end: int,
                      document: DocumentSides, text: str, summoning: bool, claim_type: str = "") -> bool:
        """Another actor of the claimant's own country (not the claimant, not a co-speaker, not a place; of a
        german.csv `addressed_actor_type`: a government, party, parliament, minister) is the one asked to act or
        criticised: the object of the cue of a demand or accusation between cue and content (`fordert die Regierung
        auf, …`, `kritisiert den Innenminister`, `wirft der ÖVP vor`; not after a preposition, `in Wien`), the
        subject of a `finite_modal` in the content (`die Regierung müsse …`, `müsse die Regierung …`), or the
        object of an `addressee_preposition` in the sentence (`Appell an die Bundesregierung`). `summoning`: the
        cue is a summoning verb (`summoned`); `document`, `text`: as `addressee` read them."""
        speaker = quote.speaker
        if speaker is None or actor_country in ("", "OTHER") or quote.content_start < 0:
            return False
        voices, end_of_sentence, object_span, judging, accusing = self.asking_frame(
            quote, sentence_end, document, text, summoning, claim_type)
        for (start_char, end_char, side), (actor, actor_type, label) in zip(document.sides, document.actors):
            # (a role the linker gave an actor but no type, `die Staatsführung`, `den Premier`, counts)
            if side != actor_country or label in self.unaddressed_labels \
                    or actor == speaker.actor or _spoken_by(voices, start_char, end_char) \
                    or not sentence_start <= start_char < end_of_sentence:
                continue
            if accusing and actor_type in self.accused_types:
                return True  # `…, die Ärztekammer verunsichere die Patienten, kritisierte X`, `wirft der Kammer vor`:
                # the one accused, in the words or beside the cue
            if actor_type and actor_type not in self.addressed_types:
                continue
            if self._asked_at(quote, start_char, end_char, sentence_start, object_span, judging, text):
                return True
        if document.home != actor_country:
            return False
        # `Die Regierung muss …`, `fordert den Minister auf`: an office or body the report names by its noun alone,
        # in a report from the claimant's country (german.csv `own_body_noun`, `own_body_ending`)
        for match in BODY_WORD.finditer(text, sentence_start, end_of_sentence):
            word = match.group().lower()
            if "-" in word or not (word in self.own_body_nouns or word.endswith(self.own_body_endings)) \
                    or _spoken_by(voices, match.start(), match.end()):
                continue
            if self._asked_at(quote, match.start(), match.end(), sentence_start, object_span, judging, text) \
                    or accusing and quote.content_start <= match.start() < quote.content_end:
                return True  # (an accusation's: anywhere in its words, `mache das Ministerium gegen X mobil`)
        # `fordert die Interessenvertretung auf, …`: a summoning verb's object after an article, whatever its noun,
        # is of the report's country where it names no side
        if summoning:
            spans = quote.cue_char_spans()  # (after the cue's first word: `forderte … auf`)
            for match in BODY_WORD.finditer(text, max(object_span[0], spans[0][1] if spans else quote.cue_end),
                                            object_span[1]):
                before = _words(text[max(sentence_start, match.start() - 20):match.start()])
                if before and before[-1] in self.articles and "-" not in match.group() \
                        and not _spoken_by(voices, match.start(), match.end()):
                    return True
        return False

    def pronoun_addressed(self, doc: Doc, quote: Quote, actor_country: str, sentence_start: int, sentence_end: int,
                          document: DocumentSides, text: str, summoning: bool, claim_type: str = "") -> str:
        """The side of the one a personal pronoun (german.csv `addressed_pronoun`: `ihm`, `sie`, `ihnen`) names where
        it is asked to act or criticised in the positions of `own_addressed` (`_asked_at`: `warfen ihm vor`, `forderte
        sie auf`, `sie müssten …`): the actor it takes up by the speakers' pronoun rules (`ReferenceResolver`), not the
        claimant; the claimant's own country for another actor of it of an `addressed_actor_type` (of an accusation,
        an `accused_actor_type`), another country for an actor of it; '' for none."""
        speaker = quote.speaker
        if speaker is None or actor_country in ("", "OTHER") or quote.content_start < 0 or not doc.has_annotation("DEP"):
            return ""
        voices, end_of_sentence, object_span, judging, accusing = self.asking_frame(
            quote, sentence_end, document, text, summoning, claim_type)
        types = self.accused_types if accusing else self.addressed_types
        span = doc.char_span(sentence_start, end_of_sentence, alignment_mode="expand")
        if span is None:
            return ""
        lowers = token_words(doc)[1]  # (a Token only for an addressed pronoun's word)
        for token in map(doc.__getitem__, [k for k in range(span.start, span.end) if lowers[k] in self.addressed_pronouns]):
            if _spoken_by(voices, token.idx, token.idx + len(token)):
                continue
            in_cue_clause = object_span[0] <= token.idx < object_span[1]
            in_content = quote.content_start <= token.idx < quote.content_end
            if in_cue_clause and not in_content and (token.lower_ in self.subject_pronouns or token.lower_ in
                                                      self.either_pronouns and token.dep_.startswith("nsubj")):
                continue  # (`forderte sie …`, `Schäuble warf er vor`: the one who speaks, no object)
            accused = accusing and in_content and token.dep_.startswith("nsubj") \
                and token.head.dep_ in ("ROOT", "ccomp", "parataxis")
            if not accused and not self._asked_at(quote, token.idx, token.idx + len(token), sentence_start,
                                                  object_span, judging, text):
                continue  # (an accusation's: the subject of its main clause, `…, er habe die Partei gespalten`; not
                # `…, auch wenn sie richtig waren`)
            taken = self.references.resolve_pronoun(doc, token, None)
            if taken is None or not taken.actor or taken.actor == speaker.actor \
                    or any(taken.actor == v.actor for v in voices):
                continue
            if taken.actor_country not in ("", "OTHER", actor_country):
                return taken.actor_country
            kinds = {(actor_type, label) for actor, actor_type, label in document.actors if actor == taken.actor}
            if taken.actor_country == actor_country \
                    and any((not actor_type or actor_type in types) and label not in self.unaddressed_labels
                            for actor_type, label in kinds):
                return actor_country
        return ""

    def asking_frame(self, quote: Quote, sentence_end: int, document: DocumentSides, text: str, summoning: bool,
                     claim_type: str) -> AskingFrame:
        """What `own_addressed` and `pronoun_addressed` read of a claim before looking for the one it asks: its
        voices, its sentence's end (`sentence_end`, -1 for the text's), the cue's clause (`wirft der ÖVP Versagen
        vor, …`), whether the cue judges (`summoning`: a summoning verb, as `summoned` found) and whether the claim
        accuses."""
        end_of_sentence = sentence_end if sentence_end >= 0 else len(text)
        cue = self.cue_of(quote)
        object_span = (0, 0)
        if quote.cue_start >= 0 and cue is not None:
            mark = CLAUSE_MARK.search(text, quote.cue_start, end_of_sentence)
            start = quote.cue_start
            speaker = quote.speaker
            # `Erdoğan hatte Demirtaş vorgeworfen`: the object stands between the speaker and a cue at the clause's end
            if speaker is not None and speaker.end <= quote.cue_start and quote.content_start >= quote.cue_start \
                    and not CLAUSE_MARK.search(text, speaker.end, quote.cue_start):
                start = speaker.end
            object_span = (start, mark.start() if mark else end_of_sentence)
        judging = summoning or (cue is not None and cue.claim_type in OBJECT_TYPES)
        return AskingFrame(document.voices(quote), end_of_sentence, object_span, judging, claim_type == "ACCUSATION")

    def _asked_at(self, quote: Quote, start_char: int, end_char: int, sentence_start: int,
                  object_span: tuple[int, int], judging: bool, text: str) -> bool:
        """The words at text[start_char:end_char] are the side asked to act or criticised (`own_addressed`): after
        an `addressee_preposition` in the cue's clause or the content, the object of a judging cue in its clause (not
        after a preposition), or the subject of a `finite_modal` in the content."""
        before = [w.lower() for w in _words(text[max(sentence_start, start_char - 40):start_char])]
        if before and before[-1] in self.articles:  # (one: `an dem die Opposition` is a relative clause)
            before.pop()
        in_cue_clause = object_span[0] <= start_char < object_span[1]
        in_content = quote.content_start <= start_char < quote.content_end
        # (where the words report the act, the cue inside them, only after the cue: not `Nach Kritik an X
        # entschuldigte sich Y`)
        reported_before = quote.content_start <= quote.cue_start < quote.content_end and start_char < quote.cue_start
        if before and before[-1] in self.addressee_prepositions and (in_cue_clause or in_content and not reported_before):
            return True  # `Appell an die Bundesregierung`
        if judging and in_cue_clause and not (before and before[-1] in self.side_prepositions):
            return True  # `wirft der ÖVP vor`
        if in_content:
            after = _words(text[end_char:min(quote.content_end, end_char + 20)])
            if (after and after[0].lower() in self.finite_modals) or (before and before[-1] in self.finite_modals):
                return True  # `die Regierung müsse …`
        return False

    def _addressee(self, quote: Quote, actor_country: str, sentence_start: int, document: DocumentSides, text: str,
                   summoned: str | None) -> str:
        """The side named in the claim's words or as its cue's object (`addressee`), other than the claimant's;
        `summoned`: what `summoned` gave (no side: '' or None)."""
        speakers = [quote.speaker] if quote.speaker is not None else []
        # (nor a place of the dateline, `Wien/Athen –`: where the report comes from)
        named = lambda a, b: self.naming_place(text, document.places, a, b) or self.channel(text, a, b) \
            or document.dateline[0] <= a < document.dateline[1]  # noqa: E731
        cue = self.cue_of(quote)
        # `Kritik kam von der UNO und den USA`: the other speakers of the cue, named inside its words, are no
        # addressee of a criticism or demand; of an agreement or a joint plan they are (`wollen Lawrow und Kerry
        # ihre Verhandlungen fortsetzen`: each with the other)
        joint = cue is None or cue.claim_type in ("AGREEMENT", "PROPOSAL") or quote.cue_start < 0
        voices = speakers if joint or not speakers else speakers + document.speakers.get(quote.cue_start, [])
        found = self._side_addressed(document.sides, quote.content_start, quote.content_end, actor_country, voices,
                                     named)
        if summoned is not None:  # (a summoning verb's place after a preposition is none)
            return found
        if found or cue is None or cue.claim_type == "STATEMENT" or quote.cue_start < 0 or not speakers:
            return found
        # `Slowenien, Kroatien und Mazedonien haben … vorgeschlagen`: the other speakers of the cue are no
        # addressee, but of an agreement they are (`vereinbarten Washington und Moskau`: each with the other)
        if cue.claim_type != "AGREEMENT":
            speakers = document.speakers.get(quote.cue_start, [])
        start = max(min(quote.cue_start, quote.speaker.end), sentence_start)
        end = max(quote.content_start, quote.cue_start)
        return self._side_addressed(document.sides, start, end, actor_country, speakers or [quote.speaker], named)

    def summoned(self, quote: Quote, actor_country: str, sentence_start: int, document: DocumentSides,
                 text: str) -> str | None:
        """The side a summoning verb names as its object (german.csv `summoning_stem` with a `summoning_particle`:
        `forderte Südafrika auf, den sudanesischen Staatschef zu verhaften`, `hatte Deutschland aufgefordert, … in der
        EU …`): the side asked to act, before any side its infinitive names; not one after a preposition (`rief nach
        den Anschlägen in Paris zu Toleranz auf`: where, not whom). '' where its object names no side; None where the
        verb is another. `document`, `text`: the document's sides (`sides`) and its text, as `addressee` read them."""
        if quote.speaker is None or quote.cue_start < 0 or quote.content_start < 0:
            return None
        words = [word.lower() for word in quote.cue.split() if word != "…"]
        particle = next((p for p in self.summoning_particles if words and (words[0].startswith(p) or p in words[1:])),
                        None)
        if particle is None:
            return None
        verb = words[0].removeprefix(particle)
        if not verb.removeprefix("ge").startswith(self.summoning_stems):
            return None
        start = max(min(quote.cue_start, quote.speaker.end), sentence_start)
        end = max(quote.content_start, quote.cue_start)
        for start_char, end_char, side in document.sides:
            if start <= start_char < end and side not in ("", "OTHER", actor_country) \
                    and not (quote.speaker.start < end_char and start_char < quote.speaker.end):
                before = _words(text[max(start, start_char - 40):start_char])
                if before and before[-1].lower() in self.side_prepositions:
                    continue
                return side
        return ""

    def _own_view(self, content: str, source: str) -> bool:
        """A source's own view, not a fact it reports: first-person words (`… sehe ich …, so X`) or an
        opinion noun (`nach Ansicht X`, `nach Meinung der X`), also after a masculine possessive (`seiner Ansicht
        nach`, `nach seiner Meinung`: german.csv possessive_m, its owner resolved as `er`)."""
        words = source.lower().split()
        first = words[1] if len(words) > 1 and words[0] in self.his_possessives else words[0] if words else ""
        return first in self.opinion_nouns or any(w in self.first_person for w in _words(content))

    def stated_aim(self, doc: Doc, quote: Quote) -> bool:
        """The cited source's aim (`Ziel ist nach Angaben des Ministers, … zu senken`): an aim_noun of german.csv
        followed by a zu-infinitive or a `dass` clause in the content, a position, not a fact it reports (not
        `Ziel des Angriffs war nach Angaben der Polizei eine Moschee`: a target)."""
        span = quote.content_span(doc)
        if span is None:
            return False
        aim = next((t.i for t in span if t.lower_ in self.aim_nouns), None)
        return aim is not None and any(t.lower_ == "dass" or self._zu_infinitive(t) for t in span if t.i > aim)

    def reported_form(self, content: str) -> bool:
        """The content holds a Konjunktiv I (german.csv `ki`: `sei`, `habe`), also one after an inseparable
        prefix written in lower case (`verwerte`, `bekomme`; `Gesetze` is a noun): reported words."""
        return any(word.lower() in self.konjunktiv_i or word.islower() and self.prefixed_konjunktiv_i(word)
                   for word in WORD.findall(content))

    def source_clause(self, quote: Quote, text: str, sentence) -> bool:
        """The speaker is named in a clause opened by `wie` before the cue (`Wie die Armee mitteilte, griff
        der Mann …`, `…, wie der Regierungschef heute, Dienstag sagte`): the source of the sentence's news,
        not a main clause's speaker (`…, sagte X`)."""
        speaker = quote.speaker
        if speaker is None or not sentence.start_char <= speaker.start <= quote.cue_start or quote.type == "DIRECT":
            return False
        return bool(self.source_clause_re.search(text[sentence.start_char:speaker.start]))

    def obliged(self, doc: Doc, quote: Quote, text: str, sentence) -> bool:
        """The cue is an infinitive under a present modal of obligation in its clause (`muss den Bedingungen
        noch zustimmen`, `darf nicht mehr behaupten`, `dass … zustimmen müssen`): the act is required of the
        speaker, not done (`musste einräumen` was done, `kann sich vorstellen` offers, `soll abgeraten haben`
        reports a past act)."""
        if quote.cue_start < sentence.start_char or quote.type == "DIRECT":
            return False
        token = next(iter(doc.char_span(quote.cue_start, quote.cue_start + 1, alignment_mode="expand") or []), None)
        if token is None or not token.lower_.endswith("n") \
                or doc.has_annotation("MORPH") and "Inf" not in morph_values(token, "VerbForm"):
            return False
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in self.tense_auxiliaries:
            return False  # `soll ihm davon abgeraten haben`: a past act reported
        before = re.split(r"[,;:–()]", text[sentence.start_char:quote.cue_start])[-1]
        after = re.split(r"[,;:–()]", text[quote.cue_start:sentence.end_char])[0]
        return any(word in self.obligation_modals for word in _words(before + " " + after))

    def police(self, speaker: Speaker) -> bool:
        """The speaker's words name the police or investigators (`ein Sprecher der Landespolizeidirektion`, `der
        Polizeichef`, `die Kripo`) or a statistics office (german.csv statistics_office_noun: `die Statistik
        Austria`, `Eurostat`, `das Statistische Bundesamt`), who relay a case's or the figures' facts; not a union
        or researchers of the police (an organisation, an expert)."""
        return speaker.actor_type in ("government", "state", "person", "") and bool(self.police_re.search(speaker.text))

    def press_officer(self, speaker: Speaker) -> bool:
        """The speaker's words name a press officer (`eine Sprecherin der EU-Kommission`, `Pentagon-Sprecher Peter
        Cook`, `der Ministeriumssprecher`, `Innenministeriumssprecher X`), not a party's spokesperson for a field
        (`SPÖ-Bautensprecherin`)."""
        return any(self._press_officer_word(word.split("-")[-1]) for word in speaker.text.lower().split())

    def _press_officer_word(self, word: str) -> bool:
        """A press officer's noun (german.csv `press_officer_noun`: `sprecher`, `ministeriumssprecher`), also
        after an administration's noun in one compound (`administration_noun`: `Innenministeriumssprecher`,
        `Armeesprecherin`); not after a field of politics (`Bautensprecherin`)."""
        return word in self.press_officers or any(
            word.endswith(officer) and word[:-len(officer)].endswith(self.administration_nouns)
            for officer in self.press_officers)

    def administration_report(self, speaker: Speaker, said: str) -> bool:
        """A government's administration that gives out information: the speaker's words name a body of it, a
        ministry, an army or an authority (`das Verteidigungsministerium in Madrid`, `die israelische Armee`), or
        a press officer, and the sentence has no word that argues (`officer_argues`). A person named by office
        (`Außenminister X`, `CIA-Direktor Y`) may argue with his account of events; `Die Stadt Salzburg` is a
        town's government, not its administration."""
        if speaker.actor_type not in ("government", "state") or self.officer_argues(said):
            return False
        words = [part for word in _words(speaker.text) for part in word.split("-")]
        return self.press_officer(speaker) or any(word.endswith(self.administration_nouns) for word in words)

    def relief_report(self, doc: Doc, quote: Quote, speaker: Speaker, said: str) -> bool:
        """An NGO or international organisation (REPORTING_TYPES) that relays numbers or events: the cue gives
        notice or reports (`teilte … mit`, `berichtete`), the author cites it as a source (`nach Angaben des
        Roten Kreuzes`, `laut UNHCR`), its words give a figure (`Seit Jänner seien 3.000 Menschen ertrunken,
        sagte eine UNHCR-Sprecherin`) or, in reported speech, an incident with no agent (`incident_report`:
        `Die Migranten seien verdurstet, erklärte die IOM`, `… seien verletzt worden`); not its own plan, a zu-infinitive
        (`kündigte an, 200 Soldaten zu entsenden`), nor a sentence with a word that argues (`officer_argues`:
        a norm, a judgement, a negator, the first person; an estimate_adverb, `vermutlich`, argues nothing).
        `Die EU müsse mehr Flüchtlinge aufnehmen, forderte Amnesty` and `Die Lage sei dramatisch, teilte die
        Caritas mit` are claims."""
        if speaker.actor_type not in REPORTING_TYPES or set(_words(said)) & self.report_arguing:
            return False
        span = quote.content_span(doc)
        if span is not None and any(self._zu_infinitive(t) for t in span):
            return False  # `Die Nato kündigte an, ihre Truppe um 200 Soldaten zu verstärken`: its own plan
        cited = quote.rule == "indirect:source" and quote.cue.lower() not in self.speech_sources
        return cited or self.informs(quote) or quote.type != "REPORTED" and self.relays_figure(doc, quote) \
            or quote.type == "INDIRECT" and self.incident_report(doc, quote) in ("passive", "event")

    @staticmethod
    def _zu_infinitive(token: Token) -> bool:
        """The particle `zu` before an infinitive (`zu verstärken`) or an infinitive with `zu` inside
        (`aufzustocken`)."""
        if token.lower_ == "zu":
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            return token.pos_ == "PART" and following is not None and "Inf" in morph_values(following, "VerbForm")
        return "Inf" in morph_values(token, "VerbForm") and "zu" in token.lower_[2:-2]

    def officer_argues(self, said: str) -> bool:
        """A press officer's sentence that takes a position: the first person, a norm, a judgement, a word that
        evaluates, a hedge or a negator (`Wir sind dran, dass …`, `Die Entwicklungen seien besorgniserregend`,
        `es gebe keine Anhaltspunkte`), not information (`Die Halle werde bis Ende November bezugsfertig sein`)."""
        return bool(set(_words(said)) & self.officer_arguing)

    def forecast(self, quote: Quote, speaker: Speaker, said: str) -> bool:
        """What a speaker expects or guesses (a german.csv `forecast_verb` opens the cue: `erwartet`, `rechnet
        damit`, `geht davon aus`, `vermutet`, `glaubt`) when the speaker is an observer (an expert, or a private
        person who speaks for no side) or the sentence names a forecast (`forecast_noun`: `rechnet in ihrer
        Prognose damit`): the codebook's forecast and speculation, no position. A party's or government's
        expectation (`Die SPÖ geht davon aus, dass die Reform kommt`) and what anyone expects of another side
        (`erwartet von Athen`, a DEMAND: no STATEMENT) stay."""
        if quote.cue.split(" ")[0].lower() not in self.expectation_verbs:
            return False
        if speaker.actor_type == "expert" or speaker.actor_country == "OTHER" and speaker.actor_type in PRIVATE_TYPES:
            return True
        if next(iter(_words(said)), "") in self.speculation_openers:
            return True  # `Offenbar rechnen Valls und Hollande damit, …`: the author's guess at what they expect
        return any(word.lower() in self.forecast_nouns for word in _words(said))

    def observer_report(self, doc: Doc, quote: Quote, speaker: Speaker, content: str) -> bool:
        """An observer's account of what happened, whatever the cue: an expert, or a medium or private person who
        speaks for no side (`observer_forecast`), tells a past event in reported speech (`past_event`: `Die
        Exporte stiegen im Mai kräftig, sagte der Ökonom`) or an incident with no agent (`incident_report`: `Im
        Herbst seien mehrere Rehe ohne Genehmigung abgeschossen worden, sagt der Experte`): a fact relayed, no
        position. His words with the first person, a norm, a judgement, a negator, a modal of possibility or a
        Konjunktiv II (`Die Reform war ein Fehler`, `Das hat nichts gebracht`, `hätte man … bezogen`) argue."""
        observer = speaker.actor_type == "expert" \
            or speaker.actor_country == "OTHER" and speaker.actor_type in PRIVATE_TYPES + ("media",)
        words = set(_words(content))
        if not observer or quote.type != "INDIRECT" \
                or words & (self.observer_arguing | self.possibility_modals | self.counterfactuals):
            return False  # (`Man könne davon ausgehen, dass …`: a modal, which a tagger may miss, reasons; `hätte man
            # … Aufstellung bezogen`, a Konjunktiv II, judges what was done)
        span = quote.content_span(doc)
        verb = next((t for t in span if "Fin" in morph_values(t, "VerbForm")), None) if span is not None else None
        if verb is not None and "Past" in morph_values(verb, "Tense") and not self.only_past(verb.text) \
                and (verb.lower_.endswith("t") or self.prefixed_konjunktiv_i(verb.lower_)):
            return False  # `erhöht`, `warte`, tagged a past: a weak verb's past ends in `-te`; `erhöht` is a present
            # or a participle, `warte` a Konjunktiv I
        if self.incident_report(doc, quote) in ("passive", "event"):
            return True
        # a perfect or state passive with `sein` (`Die Integration sei gelungen`, `Prognosen seien Grenzen gesetzt`)
        # may judge a result; only an incident so told (above) is a plain fact
        return (verb is None or verb.lower_ not in self.sein_auxiliaries) and self.past_event(doc, quote)

    def observer_forecast(self, speaker: Speaker, content: str) -> bool:
        """An observer's prediction, whatever the cue: an expert, or a medium or private person who speaks for no
        side (`OTHER`), says what will or would happen (`Mit dem Urteil wird der Prozess beschleunigt, sagt der
        Politologe`, `…, würde die Arbeitslosigkeit um 0,2 Prozentpunkte steigen, sagt das Wifo`, `könnten 2018
        zwei Milliarden fehlen, so das Handelsblatt`): the codebook's forecast, no position. His words with the
        first person, a norm, a judgement or a negator (`Die Reform würde nichts bringen`, `wäre ein Fehler`) argue."""
        observer = speaker.actor_type == "expert" \
            or speaker.actor_country == "OTHER" and speaker.actor_type in PRIVATE_TYPES + ("media",)
        words = set(_words(content))
        return observer and bool(words & self.predicting) and not words & self.observer_arguing

    def researcher(self, speaker: Speaker, scholars: frozenset[str] = frozenset()) -> bool:
        """The speaker's words name researchers (`die Forscher um X`, `Wissenschafter der Uni Wien`), or the
        document names the speaker as one (`scholars`: `die Archäologin Anna Berger` … `sagte Berger`); a
        closed compound that names a field of politics (`Migrationsforscher`, `Politikwissenschafterin`) does not."""
        return any(word in self.researchers for word in _words(speaker.text)) or speaker.actor in scholars

    def _field_role(self, word: str) -> bool:
        """The word names a person of science or the arts (german.csv `researcher_noun`, `field_role`, also as a
        compound's end: `Schlafhistoriker`, `Filmregisseurin`) or an institution of them (`field_institution`, also
        as a compound's end or after a hyphen: `Universität`, `Med-Uni`, `Kunsthistorischen Museums`); not a compound
        that opens with a field of politics (`political_field`: `Migrationsforscher`, `Politikwissenschafterin`,
        `Wirtschaftsforschungsinstitut`)."""
        if self.political_field_re.match(word):
            return False
        last = word.split("-")[-1]
        return bool(self.field_role_re.search(word) or self.field_institution_re.search(last)
                    and (len(last) > 3 or last.lower() == "uni"))

    def field_people(self, doc: Doc, named: "NamedWords | None" = None) -> frozenset[str]:
        """The persons a document names as people of science or the arts (`field_role`): with such a word before
        the name or in an apposition after it (`die Künstlerin Anna Berger`, `Max Huber, Direktor des
        Kunsthistorischen Museums`), or with such an institution after `von`, `an`, `bei` (`Anna Berger von der
        Universität Wien`, `Max Huber vom Max-Planck-Institut`)."""
        found = set(self.named_with(named_words(doc) if named is None else named, self.field_role))
        text = doc_text(doc)
        for span in actor_mentions(doc):
            if span.label_ != "PER":
                continue
            after = re.split(r"[,.;:!?()„“\"–]", text[span.end_char:span.end_char + 80])[0].split()
            if after and after[0].lower() in self.institution_prepositions \
                    and any(self.field_role(word) for word in after[1:5]):
                found.add(mention_field(span, "actor"))
        return frozenset(found)

    def field_talk(self, speaker: Speaker, sentence: Span, text: str, claim_type: str,
                   field_people: frozenset[str]) -> bool:
        """A scientist's or artist's words on their field (`Der Honig war lange das einzige Süßmittel, sagt die
        Archäologin`, `Die Sonde sei ein Erfolg, erklärte der Physiker`, `Ich würde gern einmal
        Hamlet spielen, sagte die Schauspielerin`): a speaker of no political side named with a role or an
        institution of science or the arts (`field_role`; in the speaker's words, or elsewhere in the document:
        the institution itself speaks as an organisation, `heißt es vonseiten der Universität Wien`, and stays;
        `field_people`) and no office, who states, concedes, agrees or rejects (FIELD_TALK_TYPES), whose sentence
        (the speaker's words aside) names no policy topic but CULTURE and holds no word that argues (`officer_argues`:
        a judgement, norm, negator: `Die Mauer sei falsch`), in a report whose title and lead name no
        policy topic twice (a topic but FIELD_TOPICS: a study of refugees' schooling, a lawyer on a railway bill).
        Demands, proposals and criticism (`Die Regierung müsse die Forschung besser fördern`, `plädiert dafür, in
        den Artenschutz zu investieren`) and words on a policy topic (`Die Flüchtlinge brauchen Hilfe, sagte der
        Regisseur`) stay claims. Called on claims of no listed issue only."""
        if speaker.actor_type not in ("person", "expert", "public", "") \
                or claim_type not in FIELD_TALK_TYPES:
            return False  # `…, kritisiert der Wissenschafter`, `plädiert dafür, …`: criticism and demands take a side
        if speaker.actor not in field_people and not any(self.field_role(word) for word in speaker.text.split()):
            return False
        if self.holds_office(sentence.doc, speaker.actor):
            return False
        said = self.without_speaker(sentence, speaker, text[sentence.start_char:sentence.end_char])
        if not set(self.topics.scores(said)) <= {"CULTURE"} or self.officer_argues(said):
            return False  # `Die Mauer sei falsch, sagte der Komplexitätsforscher`: a verdict takes a side
        lead = self.topics.scores(text[:TOPIC_CONTEXT])
        return max((hits for topic, hits in lead.items() if topic not in FIELD_TOPICS), default=0) < 2

    def _company_role(self, word: str) -> bool:
        """The word names a company's spokesperson, executive or a market analyst (german.csv `company_role`, also
        as a compound's end: `Konzernsprecherin`, `Vorstandschef`, `Rohstoffanalyst`, `Ratingagentur`, `Energiekonzern`)."""
        return bool(self.company_role_re.search(word.split("-")[-1]))

    def company_voice(self, speaker: Speaker, executives: frozenset[str] = frozenset()) -> bool:
        """The speaker speaks for a company or the market: a business of knowledge/companies.csv, words that name
        a company role (`die Konzernsprecherin`, `der Vorsitzende der Geschäftsführung von X`, `der Konzern`) or an
        actor the document names with one (`executives`); not a party, government, NGO, court or union, unless the
        speaker's own phrase names the company by its legal form (german.csv company_legal_form: `der Generaldirektor
        der X AG, Josef Huber`, a former minister who now heads a company)."""
        if speaker.actor_id in self.businesses:
            return True
        if speaker.actor_type not in ("organisation", "person", "expert", "") \
                and not any(word.lower() in self.legal_forms for word in _words(speaker.text)):
            return False
        return any(self.company_role(word) for word in _words(speaker.text)) or speaker.actor in executives

    def private_advice(self, doc: Doc, quote: Quote, sentence: Span, claim_type: str = "", content: str = "") -> bool:
        """Advice (a german.csv `advice_verb` opens the cue: `rät`, `empfiehlt`) of a speaker who holds no public
        office, in a sentence that names no actor besides the speaker: `Die Kammer rät bei Bewerbungsmails zur
        Vorsicht`, `Der Experte empfiehlt eine lange Probefahrt`, advice to private persons; so is an expert's
        demand made only with the advising Konjunktiv II (german.csv `advice_modal`: `Man sollte die Reifen
        rechtzeitig wechseln, sagt der Experte`) in a sentence that names no policy topic (an expert's `Es sollte
        mehr in die Schulpsychologie investiert werden` or `… eine Reduktion der Arbeitszeit geben` demands). A minister's advice, and advice to another side or a public body
        (german.csv `public_addressee`, also as a compound's end: `rät der Regierung, die Mieten zu begrenzen`,
        `empfiehlt der Landespolitik`, `Der Staat sollte …, sagt der Experte`), stay claims, and so does an
        expert's `muss`."""
        speaker = quote.speaker
        advising = claim_type == "DEMAND" and speaker.actor_type == "expert" \
            and not self.advice_modals.isdisjoint(word.lower() for word in _words(content)) \
            and (self.deontic - self.advice_modals).isdisjoint(word.lower() for word in _words(content)) \
            and not self.topics.scores(self.without_speaker(sentence, speaker, sentence.text))
        if not advising and quote.cue.split(" ")[0].lower() not in self.advice_verbs or speaker.actor_type in STATE_TYPES:
            return False
        if any(self.public_addressee_re.search(word) for word in _words(sentence.text)):
            return False
        return not any(sentence.start_char <= span.start_char and span.end_char <= sentence.end_char
                       and (span.end_char <= speaker.start or span.start_char >= speaker.end)
                       for span in actor_mentions(doc))

    def executives(self, doc: Doc, named: "NamedWords | None" = None) -> frozenset[str]:
        """The actors a document names with a company role (`Vorstandschef Max Berger`, `die Ratingagentur
        Moody's`, `Anna Berger, Analystin bei der Bank X`); `named`: `named_words(doc)`, read anew if not given."""
        return self.named_with(named_words(doc) if named is None else named, self.company_role)

    def sport_role(self, word: str) -> bool:
        """The word names a role of sport (`Trainer`, `ÖFB-Teamchef`, `Mittelfeldspieler`), not `Schauspieler`."""
        return bool(self.sport_role_re.search(word)) and not self.non_sport_role_re.search(word)

    def athletes(self, doc: Doc, named: "NamedWords | None" = None) -> frozenset[str]:
        """The actors a document names with a role of sport: before the name (`Österreichs Teamchef Marcel
        Koller`, `Arsenal-Trainer Arsène Wenger`) or in an apposition after it (`Peter Zeidler, der neue Trainer`)."""
        if not may_match(self.sport_literals, fold(doc_text(doc))):
            return frozenset()  # (every word is a part of the text: none can match)
        return self.named_with(named_words(doc) if named is None else named, self.sport_role)

    def scholars(self, doc: Doc, named: "NamedWords | None" = None) -> frozenset[str]:
        """The actors a document names as researchers (german.csv `researcher_noun`: `die Archäologin Anna
        Berger`, `Anna Berger, Historikerin an der Uni Wien`); a closed compound of a field of politics
        (`Politikwissenschafterin`) is none."""
        return self.named_with(named_words(doc) if named is None else named,
                               lambda word: word.lower() in self.researchers)

    @staticmethod
    def named_with(named: "NamedWords", role: Callable[[str], bool]) -> frozenset[str]:
        """The actors of `named` (`named_words`) with a word that `role` accepts (each distinct word asked once)."""
        accepted: dict[str, bool] = {}
        found = set()
        for actor, words in named:
            for word in words:
                hit = accepted.get(word)
                if hit is None:
                    hit = accepted[word] = bool(role(word))
                if hit:
                    found.add(actor)
                    break
        return frozenset(found)

    def sport_talk(self, speaker: Speaker, sentence: Span, text: str, athletes: frozenset[str],
                   interview_lead: str | None = None) -> bool:
        """A coach's or player's words on no political topic (`Wir müssen sie ab der ersten Minute unter Druck
        setzen, sagte der Trainer`): a private speaker named with a role of sport, here or elsewhere in the
        document, whose sentence, or else the lead, names no topic but sport (CULTURE: `Fußball`,
        `olympisch`); a player on racism in a report on it (CIVIL_RIGHTS) takes a position. In an interview
        (`interview_lead`: the title, lead and first question) the lead alone gives the topic: a coach's
        answers wander over words of other fields (`wie ein Lehrer`, `mithilfe des Computers`) and stay
        sport talk unless the interview is about a political topic."""
        if speaker.actor_type not in ("person", "public", ""):
            return False
        if speaker.actor not in athletes and not any(self.sport_role(word) for word in speaker.text.split()):
            return False
        if interview_lead is not None:
            return self.topics.topic(interview_lead) in ("CULTURE", "OTHER")
        return self.topic("OTHER", sentence, text, speaker) in ("CULTURE", "OTHER")

    def private_talk(self, speaker: Speaker, sentence: Span, text: str) -> bool:
        """A private speaker's words on no political topic (`Die Hunde wurden wie Menschen begraben, sagt
        Losey`): a person named with no office (actor_type `person`) and no side (actor_country `OTHER`)
        whose sentence names no topic of policy; the codebook's claim needs a political actor or a political
        issue, and this has neither. A person of a party or country, or a sentence with a policy topic, stays."""
        if speaker.actor_type != "person" or speaker.actor_country != "OTHER":
            return False
        if self.holds_office(sentence.doc, speaker.actor):
            return False  # `Ibrahima Fall, der AU-Sondergesandte`: an office holder, a political actor
        return self.topic("OTHER", sentence, text, speaker) == "OTHER"

    def leisure_talk(self, speaker: Speaker, sentence: Span, text: str, claim_type: str) -> bool:
        """A private speaker's words in a report on sport or the arts (`Ich war heute nicht in Form, sagte die
        24-Jährige`): a person, whatever their country (an athlete, an artist), or the bare statement of a
        speaker of another type but POLITICAL_TYPES (a fan, `der Deutsche` read as the public, a club president or a team
        taken for a government: `Von einem Titel will Salzburg nicht sprechen`), named with no office, whose
        sentence (the speaker's words aside) names no policy topic, CULTURE's included, in a document whose
        title and lead, the speaker's words aside, are about a domain of no policy (`domains.csv`:
        `TopicCoder.off_policy`). A player's or artist's words on the game or the work take no political
        position; a sentence that names a policy topic (`Die Arbeiter auf den Baustellen würden ausgebeutet`,
        `Die Filmförderung müsse steigen`) stays, and so does a government's refusal or demand there (`Das
        Land lehnt eine Beteiligung am Stadion ab`)."""
        if speaker.actor_type in POLITICAL_TYPES:
            return False
        if speaker.actor_type not in SINGLE_PERSON_TYPES and claim_type != "STATEMENT":
            return False
        lead = text[:TOPIC_CONTEXT]
        if 0 <= speaker.start < len(lead):  # the speaker's own words (`Schauspieler X`) tell who, not what about
            lead = lead[:speaker.start] + " " * (min(speaker.end, len(lead)) - speaker.start) + lead[speaker.end:]
        if not self.topics.off_policy(lead):
            return False
        if self.holds_office(sentence.doc, speaker.actor):
            return False
        said = self.without_speaker(sentence, speaker, text[sentence.start_char:sentence.end_char])
        return not self.topics.scores(said)

    def personal_talk(self, doc: Doc, quote: Quote) -> bool:
        """A speaker's words on his own person, feelings or career (`Ich bin wirklich dankbar dafür`, `Es war
        eine spannende Zeit`, `Ihn selbst habe es nie ins Rampenlicht gedrängt`): a `personal_word` (gratitude,
        a feeling, a look back on one's time or career) with the speaker himself (`ich`, `mein`, a pronoun
        with `selbst`) or a past copula, and no clause of content (`Ich bin froh, dass …`: glad of what the
        clause says, a position). The codebook's claim takes a position on an issue; this takes none."""
        span = quote.content_span(doc)
        lowers = token_words(doc)[1][span.start:span.end] if span is not None else ()  # (no Token made of each word)
        if span is None or self.personal_words.isdisjoint(lowers) or not self.complementizers.isdisjoint(lowers):
            return False
        return any(t.lower_ in self.own_possessives or t.lower_ in self.past_copulas
                   or t.lower_ in self.first_person and "Sing" in morph_values(t, "Number")
                   or t.lower_ in self.emphatic_selves and t.i > span.start and "Prs" in morph_values(doc[t.i - 1], "PronType")
                   for t in span)

    @staticmethod
    def holds_office(doc: Doc, actor: str) -> bool:
        """The document names the person with a role of office beside the name, before it or in an
        apposition after it (`der AU-Sondergesandte Ibrahima Fall`, `Ibrahima Fall, der AU-Sondergesandte`):
        a role mention whose actor_type is not that of a private speaker (person, expert, public)."""
        mentions = actor_mentions(doc)
        names = [span for span in mentions if span.label_ == "PER" and mention_field(span, "actor") == actor]
        for role in mentions:
            if role.label_ != "ROLE" or mention_field(role, "actor_type") in ("person", "expert", "public", ""):
                continue
            if any(0 <= name.start - role.end <= 1 or 0 <= role.start - name.end <= 3 for name in names):
                return True
        return False

    @staticmethod
    def interview_lead(quotes: list[Quote], text: str) -> str:
        """An interview's words before its first answer (of the document's `quotes`): the title, the lead and
        the first question."""
        return text[:min((q.content_start for q in quotes if q.rule == "direct:interview"), default=0)]

    @staticmethod
    def answer_question(quotes: list[Quote], quote: Quote, text: str) -> str:
        """The interviewer's question before an interview answer `quote` (of the document's `quotes`): the words
        between the last two answers before it whose gap holds more than a name (`STANDARD: Was heißt es,
        armutsgefährdet zu sein?` between `Heitzmann: …` and `Heitzmann: …`); empty for another quote and for
        an answer before the second question (the lead and first question are the topic's context anyway)."""
        if quote.rule != "direct:interview":
            return ""
        ends = sorted(q.content_end for q in quotes if q.rule == "direct:interview" and q.content_end <= quote.content_start)
        starts = sorted(q.content_start for q in quotes if q.rule == "direct:interview")
        for end in reversed(ends):
            following = next((start for start in starts if start >= end), quote.content_start)
            gap = text[end:min(following, quote.content_start)]
            if QUESTION_GAP_RE.search(gap):
                return gap
        return ""

    def narrated_past(self, doc: Doc, quote: Quote) -> bool:
        """A quotation's sentence (an interview answer's, an eyewitness's) whose every finite verb is only a past
        indicative (`Ich war damals Lehrer in Linz`, `Es gab zwei Möglichkeiten`, `Ich war mit dem Rad unterwegs,
        als es krachte`): a story of what happened, no position (a tagged Doc; the tagger's Tense alone
        takes presents for pasts). Not with a verb the tagger calls a
        participle that has no ge- (`…, dass es zu Ergebnissen führt`: a present at a clause's end), nor an
        answer that opens with a reply word (`Ja, das war die richtige Entscheidung`: a judgement). Where the
        interviewee tells of himself, `ich` the subject, the perfect of `haben` with its participle ending the
        clause is a past too (`Ich habe in London gelebt, als …`, `…, den mir ein Mentor gegeben hat`); of
        others it judges what has come about (`Die Parteien haben das Gespür verloren`)."""
        span = quote.content_span(doc)
        if span is None or not doc.has_annotation("MORPH") or span[0].lower_ in self.reply_words:
            return False
        if any("Part" in morph_values(t, "VerbForm") and "ge" not in t.lower_ for t in span):
            return False
        perfect = self._own_perfect(span)
        verbs = [t for t in span if "Fin" in morph_values(t, "VerbForm") and t.i not in perfect]
        return bool(verbs or perfect) and all(self.only_past(t.text) for t in verbs)

    def _own_perfect(self, span: Span) -> set[int]:
        """The tokens of the perfects of `haben` in a sentence whose subject is `ich` (a first-person
        pronoun in the nominative singular): the auxiliary and its participle at the clause's end, after it
        (`habe … gelebt,`) or, in a dependent clause, before it (`… gegeben hat`); none without `ich`."""
        if not any(t.lower_ in self.first_person and "Nom" in morph_values(t, "Case")
                   and "Sing" in morph_values(t, "Number")
                   for t in span):
            return set()
        doc, found = span.doc, set()
        for token in span:
            if token.lower_ not in self.haben_auxiliaries:
                continue
            end = next((t.i for t in tokens_of(doc, token.i + 1, span.end) if t.is_punct), span.end)
            start = next((t.i + 1 for t in reversed(doc[span.start:token.i]) if t.is_punct), span.start)
            if end - 1 > token.i and self._participle(doc[end - 1]):
                found |= {token.i, end - 1}  # `Ich habe in London gelebt`
            elif end - 1 == token.i and token.i - 1 >= start and self._participle(doc[token.i - 1]):
                found |= {token.i, token.i - 1}  # `…, den mir ein Mentor gegeben hat`
        return found

    def bare_reply(self, answer: str) -> bool:
        """An interview answer's sentence that takes no position of its own: a question back (`War
        Sokrates Grieche?`, as a question is nowhere else a claim) or nothing but reply words (`Nein.`,
        `Grundsätzlich ja.`, `Mag sein.`, `Überhaupt nicht.`), also framed as the speaker's belief about
        the matter asked (`Ich fürchte, nein.`, `Das glaube ich nicht.`, `Ich hoffe es.`), whose sense lies
        in the question."""
        words = _words(answer)
        return answer.rstrip().endswith("?") or all(word in self.reply_words or word in self.reply_frame
                                                    for word in words)

    @staticmethod
    def elliptic(doc: Doc, quote: Quote) -> bool:
        """An interview answer's sentence without a verb (a tagged Doc): an elliptic answer (`Alle
        Verkehrspolizisten.`, `Bei Mikrofonen beispielsweise.`, `Eine gute Frage.`) whose predicate lies in
        the question, so it takes no position of its own."""
        span = quote.content_span(doc)
        if span is None or not doc.has_annotation("POS") or not doc.has_annotation("MORPH"):
            return False
        return not any(t.pos_ in ("VERB", "AUX") or "Fin" in morph_values(t, "VerbForm") for t in span)

    def notice(self, quote: Quote) -> bool:
        """The cue gives notice of information (`teilte … mit`, `gab … bekannt`, `bestätigte`)."""
        return any(word in self.notice_verbs for word in quote.cue.lower().split())

    def announces_fact(self, quote: Quote, text: str, sentence) -> bool:
        """A cue of giving notice or announcing (german.csv `notice_verb`, `announcing_word`: `gab … bekannt`,
        `teilte … mit`, `kündigte … an`) whose clause before its reported words has a german.csv `announced_fact`
        (`die Zahl`, `das Ergebnis`, `den Start`, `seinen Rücktritt`): a fact given out, no position; an
        announced plan or move (`kündigte an, die Steuern zu senken`, `kündigte Widerstand an`) stays a claim, and so
        does one whose fact noun a preposition governs in the parse (`kündigte Widerstand gegen die Kandidatur an`)
        or that a comma parts from the cue, in a clause of another verb (`nutzten ihr Treffen, um Ziele zu verkünden`).
        A german.csv `report_noun` so given out is a fact too (`bestätigte den Bericht`, `bestätigte die Infos`), but
        not before the report's words (`bestätigte Berichte, wonach sie die Steuer ablehne`)."""
        cue_words = set(quote.cue.lower().split())
        if quote.cue_start < 0 or not cue_words & (self.notice_verbs | self.announcing_words) \
                or quote.type != "REPORTED" and quote.cue_end > quote.content_start:
            return False  # (`Die Zahl sei gesunken, teilte X mit`: the words before the cue are what was said)
        clause = self.act_clause(quote, text, sentence)
        fact_nouns = self.announced_facts | (self.report_nouns if quote.type == "REPORTED" else frozenset())
        facts = set(_words(clause)) & fact_nouns
        if not facts or not sentence.doc.has_annotation("DEP"):
            return bool(facts)
        end = sentence.start_char + len(clause)
        return any(token.idx < end and set(_words(token.text)) & fact_nouns
                   and not any(child.dep_ == "case" for child in token.children)
                   and "," not in text[token.idx:quote.cue_start] for token in sentence)

    def withheld(self, quote: Quote, text: str, sentence) -> bool:
        """The speech verb ends its sentence right after a negator and at most one word (german.csv
        silence_negator: `Über die Nachfolge wollte er nicht spekulieren`, `Dazu wollte sie noch nichts
        sagen`, `Namen wollte er keine nennen`): the speaker declined to say anything."""
        if quote.cue_start < 0 or text[quote.cue_end:sentence.end_char].strip() not in ("", ".", "!"):
            return False
        return self.silence_re.search(text[sentence.start_char:quote.cue_start]) is not None

    def topic_object(self, doc: Doc, quote: Quote, text: str, sentence) -> bool:
        """A verb of explaining or naming (german.csv `topic_verb`: `erklärt`, `nannte`, `ergänzt`) that reports
        no words has a noun or pronoun of its own beside the speaker (its object: `erklärt Anlegern die
        Großwetterlage`, `nannte nur seine Initialen`, `ergänzt ihre Arbeit mit einem Projekt`), no colon after
        it, and its clause no word that makes the object a label or a verdict (german.csv `naming_predicate`:
        `als Grund nannte`, `zum Sieger erklärt`, `sich bereit erklärt`) nor a judgement (a content cue:
        `nannte den Plan absurd`): the speaker explains or names a thing, no position."""
        if quote.cue_start < 0 or quote.cue.split(" ")[0].lower() not in self.topic_verbs \
                or ":" in text[quote.cue_end:sentence.end_char] or text[quote.cue_end:sentence.end_char].startswith(","):
            return False  # (`hatte erklärt, diese Regeln entsprächen dem Gesetz`: words reported after it)
        clause = self.cue_clause(quote, text, sentence.start_char, sentence.end_char - sentence.start_char) or ""
        if not self.naming_predicates.isdisjoint(_words(clause)) or self.content_cue(clause) is not None:
            return False
        verb = doc.char_span(quote.cue_start, quote.cue_start + len(quote.cue.split(" ")[0]))
        if verb is None:
            return False
        speaker = quote.speaker
        objects = [child for child in verb[0].children
                   if child.dep_ in TOPIC_OBJECT_LABELS and child.pos_ in ("NOUN", "PROPN", "PRON")
                   and child.lower_ not in self.reported_objects
                   and (speaker is None or not speaker.start <= child.idx < speaker.end)]
        if any(self.stance_noun(child.text) for child in objects):
            return False  # `erklärte seine Unterstützung`, `nannte seine Position`: a stance declared
        # a label verb with two objects names one as the other (`nannte die Reform einen Fehler`)
        return len(objects) == 1 if verb[0].lower_ in self.label_verbs else bool(objects)

    def source_position(self, quote: Quote, text: str, sentence) -> tuple[str, int] | None:
        """(type, polarity) of the position noun that heads the source after `so` (german.csv `speech_source`):
        `…, so der Vorwurf der SPÖ` accuses, `…, so die Forderung der Grünen` demands (a cues.csv noun of a
        type other than STATEMENT, and none of the words its row excludes in the sentence); `…, so die SPÖ`
        and `…, so die Einschätzung der SPÖ` take none."""
        if quote.rule != "indirect:source" or quote.speaker is None or quote.cue.lower() not in self.speech_sources:
            return None
        head = next((word for word in WORD.findall(quote.speaker.text) if word[:1].isupper()), None)
        if head is None:
            return None
        said = None
        for cue in self.lex.cues:
            if cue.kind != "noun" or cue.claim_type == "STATEMENT" or not cue.regex.fullmatch(head):
                continue
            if cue.excludes is not None:
                said = WORD.findall(text[sentence.start_char:sentence.end_char]) if said is None else said
                if any(cue.excludes.fullmatch(word) for word in said):
                    continue
            return cue.claim_type, cue.polarity
        return None

    def stance_noun(self, word: str) -> bool:
        """A noun of a view or a position (german.csv `cue_object_noun`, a cues.csv noun: `Bereitschaft`,
        `Unterstützung`)."""
        return word.lower() in self.cue_object_nouns \
            or any(cue.kind == "noun" and cue.regex.fullmatch(word) for cue in self.lex.cues)

    def informs(self, quote: Quote) -> bool:
        """The cue gives notice of information or reports it (`mitteilte`, `bekanntgab`, `berichtete`)."""
        return self.notice(quote) or any(word in self.relay_verbs for word in quote.cue.lower().split())

    def _unargued_content(self, doc: Doc, quote: Quote, annotation: str, negator_re: re.Pattern,
                          arguing: frozenset[str] = frozenset()) -> Span | None:
        """The quote's reported content where the document has `annotation` and the content holds no word that
        argues (a first person, a deontic word, `arguing`: `Wir haben …`, `müsse`) and no match of `negator_re`:
        the one test before `past_event`, `incident_report` and `relays_figure` read a relayed fact."""
        span = quote.content_span(doc)
        if span is None or not doc.has_annotation(annotation):
            return None
        words = token_words(doc)[1][span.start:span.end]  # (no Token made of each word)
        if not (self.first_person | self.deontic | arguing).isdisjoint(words) or negator_re.search(span.text):
            return None
        return span

    def past_event(self, doc: Doc, quote: Quote) -> bool:
        """Reported content that tells a past event: its first finite verb is a full verb in the past
        (`ereignete sich`, `bombardierten`) or the auxiliary of a perfect or past passive next to its
        participle at the clause's end (`habe … seinen Posten geräumt`, `dass … getötet worden
        seien`, `hätten sich … befunden`: `reported_perfect_auxiliary`); no first person, deontic word or negator
        of the verb (`Wir haben …`, `müsse`, `habe nichts getan`; `endete`, `gegen` tell an event). `Das ist
        zurückzuweisen` and `Dass … erhalten bleibe, sei ein Erfolg` judge."""
        span = self._unargued_content(doc, quote, "MORPH", self.event_negator_re)
        if span is None:
            return False
        verb = next((t for t in span if "Fin" in morph_values(t, "VerbForm") or self._past_form(t)), None)
        if verb is None:
            return False
        following = doc[verb.i + 1] if verb.i + 1 < span.end else None
        if following is not None and following.lower_ in self.perfect_auxiliaries \
                and self.participle_re.fullmatch(verb.lower_):
            return True  # `dass eine Rakete … eingeschlagen sei`: a participle the tagger took for a finite verb
        if verb.lower_ in self.reported_perfect:
            return self._clause_final_participle(doc, verb, span.end)
        return (verb.pos_ == "VERB" and "Past" in morph_values(verb, "Tense") and "Ind" in morph_values(verb, "Mood")
                or self.only_past(verb.text))

    def incident_report(self, doc: Doc, quote: Quote) -> str:
        """Reported content that tells a past incident or a body's past act of force with a participle of
        `incident_participle` in a perfect or past passive (`_told_past`): `passive` where no agent is named
        (`Im Auto seien Waffen gefunden worden`, `Zwei Menschen seien getötet worden`), `force` in the active
        with a bare noun of the state's forces its subject (`force_noun`: `die Soldaten hätten Waffen
        beschlagnahmt`), `event` for a perfect with `sein` (`seien … verdurstet`, `sei … umgekommen`: what befell
        its subject, no agent), else "". What the agent of a passive (`von Rebellen angegriffen`) or a force named with
        an attribute (`spanische Soldaten hätten … erschossen`) did may blame another side; no first person,
        deontic word or negator (`Wir haben …`, `müsse`, `sei niemand verletzt worden`)."""
        span = self._unargued_content(doc, quote, "DEP", self.negator_re)
        if span is None:
            return ""
        acts = [t for t in span if t.lower_ in self.incident_participles and self._told_past(span, t)]
        if not acts:
            return ""
        if any(t.lower_ in self.sein_participles or t.dep_ == "aux:pass" for t in span):
            agent = any(t.dep_ == "case" and t.lower_ in self.agent_prepositions and t.head.head in acts for t in span)
            return "" if agent else "passive"
        if any(self._sein_perfect(span, t) for t in acts):
            return "event"  # `Die Flüchtlinge seien verdurstet`, `Zwei Bergsteiger seien abgestürzt`: what befell them
        force = any(t.dep_ == "nsubj" and t.lower_ in self.force_nouns and self._bare(t) for t in span)
        return "force" if force else ""

    def _sein_perfect(self, span: Span, participle: Token) -> bool:
        """The participle makes a perfect with `sein` (`sein_auxiliaries`): the auxiliary right after it
        (`verdurstet seien`) or the last auxiliary or verb before it in the span (`seien … verdurstet`)."""
        doc = participle.doc
        after = doc[participle.i + 1] if participle.i + 1 < span.end else None
        if after is not None and after.lower_ in self.sein_auxiliaries:
            return True
        before = [t for t in tokens_of(doc, span.start, participle.i) if t.pos_ in ("AUX", "VERB")]
        return bool(before) and before[-1].lower_ in self.sein_auxiliaries

    def _bare(self, noun: Token) -> bool:
        """A noun with nothing before it but its article and no attribute that names whose it is: no adjective
        (`spanische Soldaten`), genitive or name (`die Soldaten des Regimes`, `Assads Soldaten`); a noun the
        parser hung on it without an article (`die Sicherheitskräfte hätten Pistolen, Messer … beschlagnahmt`) is
        the verb's object."""
        for child in noun.children:
            if child.i < noun.i and child.dep_ != "det" or child.dep_ in ("amod", "compound"):
                return False
            if child.dep_ == "nmod" and (child.pos_ == "PROPN" or any(c.lower_ in self.genitive_articles
                                                                       for c in child.children)):
                return False
        return True

    def _told_past(self, span: Span, participle: Token) -> bool:
        """The participle makes a perfect or past passive: `worden`, a perfect auxiliary or `hätte` right after
        it (`getötet worden seien`, `festgenommen habe`), or one before it in the span with no infinitive of
        `werden` after it (`hätten … Waffen, Sprengstoff und Motorräder beschlagnahmt`, `wurde … festgenommen`;
        not `werde … abgeschoben werden`)."""
        doc = participle.doc
        after = doc[participle.i + 1] if participle.i + 1 < span.end else None
        if after is not None and (after.lower_ in self.reported_perfect or after.lower_ in self.sein_participles):
            return True
        if after is not None and after.lower_ in self.tense_auxiliaries:
            return False  # `abgeschoben werden`
        before = [t for t in tokens_of(doc, span.start, participle.i) if t.pos_ in ("AUX", "VERB") or t.lower_ in self.reported_perfect]
        return bool(before) and before[-1].lower_ in self.past_markers

    def _clause_final_participle(self, doc: Doc, verb: Token, end: int) -> bool:
        """The clause of a perfect auxiliary ends in a participle (`sei … gereist`); a comma after a noun
        joins a list inside the clause (`sei er in die Türkei, nach Belgien und Marokko gereist`), any other
        punctuation ends it. Before its auxiliary, the participle ends the clause (`… getötet worden seien`)."""
        if verb.i > 0 and self._participle(doc[verb.i - 1]):
            return True  # `dass zwei Menschen getötet worden seien und …`: the auxiliary after its participle
        for token in tokens_of(doc, verb.i + 1, end):
            if not token.is_punct:
                continue
            last = doc[token.i - 1]
            if last.i == verb.i:
                break
            if self._participle(last):
                return True
            if token.text != "," or last.pos_ not in ("NOUN", "PROPN"):
                return False
        else:
            last = doc[end - 1]
            if last.i != verb.i and not last.is_punct:
                return self._participle(last)
        return False  # the clause ends right after its auxiliary or in punctuation: no participle

    def relays_figure(self, doc: Doc, quote: Quote, observer: bool = False) -> bool:
        """Reported content that gives a figure (`Seit Jahresbeginn seien 150.000 Flüchtlinge gekommen`,
        `die Sozialversicherung wende fünf Milliarden Euro auf`): a number that counts or measures something,
        not a year, a date or a span of time (`seit zwei Jahren`); no first person, deontic word, negator,
        forecast or possibility (`Wir brauchen 5.000 Polizisten`, `Der Aufwand werde 2020 42 Milliarden
        betragen`, `könnte … erfolgen`), which argue with the figure. A spokesman's, official's or analyst's
        number is information relayed (a cue of regret, `bedauerte`, judges it: the caller checks polarity).
        An `observer` (an expert, a rating agency: no side) who forecasts a figure analyses (`Die Quote werde auf
        60 Prozent steigen, erwartet Moody's`, `könnte … steigen`); a side's forecast argues, and so does an
        observer's Konjunktiv II (`hätte man mit 500 Beamten … müssen`)."""
        span = self._unargued_content(doc, quote, "POS", self.negator_re,
                                      self.counterfactuals if observer else self.forecast_verbs)
        if span is None:
            return False
        return any(self._counts(t) for t in span)

    def names_a_count(self, doc: Doc, quote: Quote) -> bool:
        """Reported speech whose object, after the cue's preposition (german.csv `count_preposition`: `sprach von`),
        is nothing but a count (`Die Gewerkschaft sprach von 45.000 Teilnehmern, davon 16.000 in Duisburg`):
        numbers, nouns, names, articles, prepositions and the words that qualify a figure (`figure_word`:
        `rund`, `mehr als`, `davon`); a figure given, no position. An adjective, verb or negator argues
        (`sprach von 500 fehlenden Lehrern`, `von einem Skandal`)."""
        span = quote.content_span(doc)
        if quote.type != "REPORTED" or span is None or len(span) < 2 or not doc.has_annotation("POS") \
                or span[0].lower_ not in self.count_prepositions:
            return False
        words = [t for t in span[1:] if t.lower_ not in self.figure_words]
        first = next((t for t in words if t.pos_ != "ADP"), None)  # (`von bis zu 3000 …`)
        return first is not None and self._counts(first) and all(
            self._counts(t) or t.pos_ in FIGURE_POS or t.is_punct or t.pos_ == "DET" and t.lower_ in self.articles
            for t in words) and not self.negator_re.search(span.text)

    def _counts(self, token: Token) -> bool:
        """A number that counts or measures (`150.000`, `2,65`, `drei`): not a year (`2015`), a date or a span
        of time (`am 16.`, `seit zwei Jahren`), nor a digit inside a name (`G7`)."""
        if not (token.like_num or token.pos_ == "NUM" and token.lower_ not in self.indefinite_articles) \
                or YEAR.fullmatch(token.text):
            return False  # (`drei`: a numeral by its tag; `ein` may be tagged one too, but is an article)
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return after is None or after.lower_ not in self.time_words

    def _past_form(self, token: Token) -> bool:
        """A finite verb the tagger left without morphology that is a tense auxiliary or only a past
        indicative (`trafen … ein`, `seien … erlegen`)."""
        return token.lower_ in self.perfect_auxiliaries or self.only_past(token.text)

    def _participle(self, token: Token) -> bool:
        """A past participle, by the tagger or by its form (`erlegen`, `getötet`, `eingereist`, `worden`);
        not `gewesen`, `geworden`, which with an adjective judge (`sei konstruktiv gewesen`)."""
        lower = token.lower_
        if "Part" in morph_values(token, "VerbForm"):
            return True
        after_zu = token.i > 0 and token.doc[token.i - 1].lower_ == "zu"  # `sei … zu erwarten`: an infinitive
        return token.is_lower and not after_zu and lower not in self.past_copulas and (
            lower in self.sein_participles or bool(self.participle_re.fullmatch(lower)))

    def code(self, doc: Doc, doc_id: str, quote: Quote, sentence, text: str | None = None,
             clause_start: int = -1, athletes: frozenset[str] = frozenset(),
             interview_lead: str | None = None, scholars: frozenset[str] = frozenset(),
             executives: frozenset[str] = frozenset(), field_people: frozenset[str] = frozenset(),
             quotes: list[Quote] | None = None) -> list[Claim]:
        """The claims of one quote in one sentence (`text`: the document's text, `doc_text(doc)` if not
        given; `clause_start`: where the quote's own words begin when another speech event of the
        sentence ends before its cue; `athletes`: the document's actors named with a role of sport;
        `interview_lead`: `interview_lead` of the document's quotes, read from `doc._.quotes` if not given;
        `scholars`: the document's actors named as researchers; `executives`: those named with a company role;
        `field_people`: those named as people of science or the arts, `field_people`; `quotes`: the document's
        quotes, which an interview's answer reads its lead and question from, read from `doc._.quotes` if not given)."""
        text = doc_text(doc) if text is None else text
        speaker = quote.speaker
        if speaker is None or not speaker.actor or not speaker.actor_country or quote.rule in ("indirect:allegation", "indirect:learned"):
            # an alleged fact (`… soll … getötet haben`), what someone learned (`erfuhr, dass …`): reported, no position
            return []
        if not self.respondents.isdisjoint(_words(speaker.text)):
            return []  # `ein Viertel der Befragten gab an, …`: a poll's respondents answer it, they take no position
        if quote.rule in ATTRIBUTE_HOLDER_RULES and self.sought(quote, text, sentence):
            return []  # `Die Regierung braucht die Zustimmung der Grünen`: a position wanted of its holder, not taken
        if quote.rule == "indirect:act-source" or quote.rule.endswith(":citing"):
            # `Nach Angaben X hat Y … verhängt`: the act is Y's claim; X only vouches for it; nor does a
            # medium that quotes a person (`zitierte die Zeitung den Minister`) claim the person's words
            return []
        if speaker.actor_type == "media" and (quote.cue.split(" ")[0].lower() in self.relay_verbs
                                              or quote.cue_start < 0 or quote.rule.endswith(":source")
                                              and quote.cue.lower() not in self.speech_sources):
            # `Wie die Nachrichtenagentur AFP berichtet, …`, `laut Salzburger Nachrichten`, and what a report
            # goes on to say: media relaying are no claimant (codebook); an editorial's `forderte`, or `…, so
            # der ORF in einer Aussendung` about itself, is one
            return []
        content = text[quote.content_start:quote.content_end]
        # a reported act's own words: not another event's content before it, nor a second predicate after it
        clause_end = quote.content_end if quote.type == "REPORTED" and quote.content_end > 0 else sentence.end_char
        clause = text[max(clause_start, sentence.start_char):max(clause_end, quote.cue_end)]
        if quote.type == "INDIRECT" and quote.cue_end <= quote.content_start:
            # `ist bereit, … einzuräumen, allerdings wird der Preis nicht sinken`: a negation in or after
            # what was said does not turn the cue around
            clause = text[max(clause_start, sentence.start_char):quote.content_start]
        plan = self.reports_plan(doc, quote, content)
        answer = self.without_asked_question(content)  # (the question another asked takes no position)
        hit = self.content_hit(answer)
        # a norm, refusal or offer inside a relative clause describes its noun (`Jeder, der ein Bett braucht, …`); a
        # judgement there is still the speaker's (`Bewegungen, die die Lage instrumentalisieren`)
        coded = answer if hit is not None and hit[0].claim_type in JUDGEMENTS \
            and not self.narrated_in_relative_clause(doc, quote, answer) \
            else self.without_conditions(self.without_relative_clauses(doc, quote, answer))
        clause = self.without_asked_question(clause)
        claim_type, base_polarity, negation_used = self.claim_type(
            quote, coded, clause, self.frame(quote, text),
            self.cue_clause(quote, text, max(clause_start, sentence.start_char), len(clause)), plan,
            self.negation_set_off(doc, quote, sentence))
        if claim_type == "STATEMENT" and self.labelling(quote):
            label = self.label(quote, text, sentence, clause_start)
            claim_type, base_polarity, negation_used = self.blame(label) or (claim_type, base_polarity, negation_used)
            if claim_type == "STATEMENT" and self.labels_conduct(quote, text, sentence, label, clause_start):
                claim_type, base_polarity, negation_used = "ACCUSATION", -1, False
        if quote.rule == "reported:headline":
            # `Grüne gegen Fahrverbot` rejects it, `Faymann für schärfere Kontrollen` proposes them (as `sich gegen /
            # für … aussprechen`, verbs.csv)
            claim_type, base_polarity, negation_used = (("REJECTION", -1, False) if quote.cue.lower() in self.stance_against
                                                        else ("PROPOSAL", 1, False))
        if claim_type == "STATEMENT":
            # `…, so der Vorwurf der SPÖ`, `…, so die Forderung der Grünen`: the position noun that names the
            # source gives the words its type
            claim_type, base_polarity = self.source_position(quote, text, sentence) or (claim_type, base_polarity)
        if claim_type == "STATEMENT" and not plan:
            claim_type, base_polarity = self.wished(doc, quote, text) or (claim_type, base_polarity)
        if claim_type == "STATEMENT" and self.warns_a_side(doc, quote, speaker.actor_country, text):
            claim_type = "THREAT"
        if claim_type in ("STATEMENT", "PROPOSAL", "CONCESSION") and (self.threatens_on_refusal(content)
                                                                     or self.announces_on_refusal(quote, text, sentence)):
            claim_type, base_polarity = "THREAT", 1
        if self.excluding(quote) and (speaker.actor_type == "court" or self.police(speaker)):
            return []  # `Brandstiftung hatten die Ermittler des Landeskriminalamtes ausgeschlossen`: a finding of the case
        if claim_type == "CONCESSION" and negation_used and self.excluding(quote) \
                and self.hostile_option(quote, text, sentence, clause_start):
            claim_type, base_polarity = "THREAT", 1
        if claim_type == "STATEMENT" and set(_words(speaker.text)) & self.placed_bodies:
            # `Die französischen Behörden hatten … von Anschlagsplänen gesprochen`: authorities give out what they
            # found or did; their demands, refusals and charges are claims
            return []
        if speaker.actor_type == "court" and self.ruling(quote):
            # `Zu Unrecht, beschied der EuGH`, `Der VfGH urteilte, das Gesetz sei verfassungswidrig`: a court's ruling
            # judges by law, whatever words of blame or duty it has; no claim (a court's call on a side stays one)
            return []
        if claim_type == "STATEMENT" and (speaker.actor_type == "court" or self.police(speaker)):
            # what a court or prosecutor states is a ruling or a case's facts, what the police state a case's facts
            # or the situation (`Momentan ist die Lage ruhig, sagte ein Polizeisprecher`); their charges and requests
            # are claims
            return []
        if claim_type == "STATEMENT" and self.source_clause(quote, text, sentence) and self.informs(quote) \
                and not self._own_view(content, speaker.text) \
                and not self.reported_form(content):
            # `Wie das Innenministerium mitteilte, kamen … an`: a fact the author relays in the indicative; `Die
            # Kommission sei gescheitert, wie X mitteilte` reports his words, `…, wie Hofer betonte` his view
            return []
        if self.obliged(doc, quote, text, sentence):
            return []  # `Die Ukraine muss den Bedingungen noch zustimmen`, `Strache darf nicht mehr behaupten, …`
        said = text[sentence.start_char:sentence.end_char]  # `sentence.text`, which joins its tokens anew
        if claim_type == "STATEMENT" and self.forecast(quote, speaker, said):
            return []  # `Felderer erwartet ein Wachstum von 0,3 Prozent`: an observer's forecast or guess, no position
        if claim_type == "STATEMENT" and self.observer_forecast(speaker, content):
            return []  # `Der Prozess wird beschleunigt, sagt der Politologe`: an observer's prediction, no position
        if claim_type == "STATEMENT" and self.observer_report(doc, quote, speaker, content):
            return []  # `Die Exporte stiegen im Mai kräftig, sagte der Ökonom`: an observer relays a fact
        if claim_type == "STATEMENT" and self.researcher(speaker, scholars):
            return []  # `…, schreiben die Forscher im Fachblatt Nature`: a study's finding; their demands and warnings are claims
        if claim_type == "STATEMENT" and speaker.actor_type == "expert" and quote.rule == "indirect:follow-on" \
                and not any(word in self.first_person for word in _words(content)):
            # `Die Nachfrage erhole sich langsam.` after an analyst spoke: an observer, who speaks for no side,
            # goes on explaining; his demands and verdicts, and his view in the first person, are claims
            return []
        if claim_type == "STATEMENT" and self.press_officer(speaker) and not self.officer_argues(said):
            # `Die Halle werde bis Ende November bezugsfertig sein, sagte ein Ministeriumssprecher`: a press officer
            # gives out information; his side's judgement, norm or refusal is a claim
            return []
        if claim_type == "STATEMENT" and base_polarity > 0 and self.relief_report(doc, quote, speaker, said):
            # `Seit Jänner seien 3.000 Menschen ertrunken, teilte das UNHCR mit`: an aid agency or international
            # body relays numbers or events; its demands, warnings and criticism are claims
            return []
        if quote.rule in UNCUED_RULES and claim_type == "STATEMENT":
            return []  # a verb no lexicon lists (UNCUED_RULES): report the speech, but code a claim only on a clear cue
        if negation_used is False and self._negated_agreement(quote, self.act_clause(quote, text, sentence)):
            return []  # `einigten sich … nicht`: no agreement, and no claim either
        if quote.rule == "direct:interview" and (self.bare_reply(content) or self.elliptic(doc, quote)):
            return []  # `Warum er und nicht ich?`, `Mag sein.`, `Alle Polizisten.`: what it holds is the interviewer's question
        if quote.rule == "direct:interview" and claim_type == "STATEMENT" and self.own_kin_re.search(content):
            return []  # `Meine Eltern waren sehr links.`: the interviewee's life story, no position
        if quote.rule == "reported:speech" and (re.search(r"\bnicht\s*[.!]?$", said.strip())
                                                or claim_type == "STATEMENT" and self.withheld(quote, text, sentence)):
            return []  # `Konkrete Ergebnisse nannte er nicht.`, `Dazu wollte er nichts sagen.`: nothing was said
        if quote.rule == "reported:speech" and claim_type == "STATEMENT" and self.topic_object(doc, quote, text, sentence):
            return []  # `erklärt Anlegern die Großwetterlage`, `nannte nur seine Initialen`: a thing explained or named
        if claim_type == "STATEMENT" and self.announces_fact(quote, text, sentence):
            return []  # `gab die Zahl der Anträge bekannt`, `kündigte seinen Rücktritt an`: a fact given out, no position
        issues = self.issues(content) or self.issues(said) or [("OTHER", -1)]
        if issues[0][0] == "OTHER" and self.company_voice(speaker, executives) \
                and (speaker.actor_id in self.businesses or claim_type not in DEMANDING_TYPES):
            return []  # `Apple verspricht ein schnelleres iPhone`, `Grund sei das schwierige Marktumfeld, bestätigte
            # der Konzern`: a company's business, no political issue; what it demands of others stays
        if issues[0][0] == "OTHER" and self.private_advice(doc, quote, sentence, claim_type, content):
            return []  # `Der Experte rät zur Vorsicht bei Bewerbungsmails`: advice to private persons, no position
        if quote.type == "DIRECT" and claim_type == "STATEMENT" and issues[0][0] == "OTHER" \
                and self.narrated_past(doc, quote):
            return []  # `Ich war damals Lehrer in Linz.`, `Ich war mit dem Rad unterwegs, als es krachte`: a story, no position
        lead = None
        if quote.rule == "direct:interview":
            lead = self.interview_lead((doc._.quotes or []) if quotes is None else quotes, text) \
                if interview_lead is None else interview_lead
        if issues[0][0] == "OTHER" and self.sport_talk(speaker, sentence, text, athletes, lead):
            return []  # `Wir müssen ab der ersten Minute Druck machen, sagte der Trainer`: sport, no political issue
        if issues[0][0] == "OTHER" and self.field_talk(speaker, sentence, text, claim_type, field_people):
            return []  # `Honig war das einzige Süßmittel, sagt die Archäologin`: a scholar's or artist's field, no policy
        if issues[0][0] == "OTHER" and self.private_talk(speaker, sentence, text):
            return []  # `Die Hunde wurden wie Menschen begraben, sagt Losey`: no political actor, no political issue
        if issues[0][0] == "OTHER" and claim_type in ("STATEMENT", "REJECTION") and self.personal_talk(doc, quote):
            return []  # `Ich bin wirklich dankbar dafür`, `Es war eine spannende Zeit, sagt X`: his own person, no issue
        if issues[0][0] == "OTHER" and self.leisure_talk(speaker, sentence, text, claim_type):
            return []  # `Ich war heute nicht in Form, sagte die 24-Jährige` after a match: sport or the arts, no policy
        if quote.rule == "indirect:source" and claim_type == "STATEMENT" and issues[0][0] == "OTHER" \
                and not self._own_view(content, speaker.text) and quote.cue.lower() not in self.speech_sources \
                and not self.reported_form(content) and not self.stated_aim(doc, quote):
            return []  # `nach Angaben der UN sind … vertrieben worden`: a reported fact, not a position; `Laut
            # Kurz sei die Lage ernst` reports his words in Konjunktiv I, as after `sagte`
        administration = self.administration_report(speaker, said)
        if claim_type == "STATEMENT" and (issues[0][0] == "OTHER" or administration) and quote.type == "INDIRECT" \
                and (self.informs(quote) or administration) and self.past_event(doc, quote):
            return []  # `Vier Patienten seien … gestorben, teilte die Ministerin mit`, `…, berichtete das Ministerium`,
            # `Zehn Menschen seien verletzt worden, sagte das Ministerium`: a relayed fact, no position
        if claim_type == "STATEMENT" and quote.type == "INDIRECT" and speaker.actor_type in ("government", "state") \
                and not self.officer_argues(said):
            incident = self.incident_report(doc, quote)
            if incident == "force" or incident and (self.informs(quote) or administration):
                return []  # `Die Soldaten hätten Waffen beschlagnahmt, sagte ein Offizier`: its forces' act told;
                # `…, dass zwei Touristen getötet worden seien und weitere vermisst würden, bestätigte die Regierung`:
                # an incident given out; no position, on any issue. A government's or minister's account of an
                # incident said (`sagte die Regierung`) may argue; so does a sentence with a norm or the first person
        if claim_type == "STATEMENT" and administration \
                and (self.notice(quote) or quote.rule == "indirect:follow-on") \
                and not set(_words(said)) & self.refusing_verbs \
                and (self.reported_form(content) or self.source_clause(quote, text, sentence)):
            return []  # `Die Halle werde ab Montag genutzt, bestätigte das Ministerium`, `Wie das Ministerium mitteilte,
            # handelt es sich um …`: an administration gives notice of information in reported words or as a named
            # source, no position; its judgement, norm or refusal (`…, dass die Regierung X ablehnt`) is a claim
        if claim_type == "STATEMENT" and base_polarity > 0 and issues[0][0] == "OTHER" and quote.type != "REPORTED" \
                and self.relays_figure(doc, quote, observer=speaker.actor_type == "expert" or speaker.actor_country == "OTHER"):
            return []  # `Seit Jahresbeginn seien 150.000 Flüchtlinge gekommen, sagte Tusk`, `„Der Zaun ist 20 Kilometer
            # lang“`: a figure relayed, reported or quoted, no position
        if claim_type == "STATEMENT" and issues[0][0] == "OTHER" and self.names_a_count(doc, quote):
            return []  # `Die Gewerkschaft sprach von 45.000 Teilnehmern`: a count given, no position
        if claim_type == "STATEMENT":
            issues = issues[:1]
        confidence = RULE_CONFIDENCE.get(quote.rule, 0.5)
        # one row per claim type: a contrast or trailing clause with a cue of its own adds one
        positions = [(claim_type, base_polarity, negation_used, issues[:3])]
        positions += [(other, polarity, True, issues[:1])
                      for other, polarity in self.other_types(quote, text, sentence, claim_type, plan)]
        claims = []
        for claim_type, base_polarity, negation_used, issue_list in positions:
            claims += self._claims(doc, doc_id, quote, sentence, text, claim_type, base_polarity, negation_used,
                                   issue_list, confidence, quotes)
        return claims

    def _claims(self, doc: Doc, doc_id: str, quote: Quote, sentence, text: str, claim_type: str,
                base_polarity: int, negation_used: bool, issues: list[tuple[str, int]],
                confidence: float, quotes: list[Quote] | None = None) -> list[Claim]:
        """One claim of one type per issue (`quotes`: the document's, read from `doc._.quotes` if not given)."""
        speaker, content = quote.speaker, text[quote.content_start:quote.content_end]
        said = text[sentence.start_char:sentence.end_char]  # `sentence.text`, which joins its tokens anew
        claims = []
        if not issues:
            return claims
        # (the same for each issue: read once)
        addressee = self.addressee(doc, quote, speaker.actor_country, sentence.start_char, sentence.end_char, claim_type)
        # (only an interview's answer has a question: `doc._.quotes` makes every Quote anew, so it is read for none other)
        question = self.answer_question((doc._.quotes or []) if quotes is None else quotes, quote, text) \
            if quote.rule == "direct:interview" else ""
        undecided = claim_type == "STATEMENT" and self.undecided(content, said)
        negated: bool | None = None  # `negated_statement` of the content, read at the first issue that asks
        for issue, position in issues:
            polarity = base_polarity
            if position >= 0 and not negation_used and self.negated_before(content, position):
                polarity = -polarity
            elif position < 0 and claim_type == "STATEMENT" and not negation_used and (negated if negated is not None else (
                    negated := self.negated_statement(self.frame(quote, text) + " " + self.without_embedded_clauses(
                        self.without_relative_clauses(doc, quote, content, nominal=True))))):
                # `Ich glaube nicht, dass …`: a statement on no listed issue, against what it names (a negator in a
                # relative clause describes a noun: `eine Partei, die noch nicht zwei Jahre alt ist`; one in an
                # embedded goal or condition qualifies: `dafür sorgen, dass es kein Chaos gibt`)
                polarity = -1
            if undecided:
                polarity = 0  # `Zwar gebe es Spannungen`, `Ob …, lasse sich nicht sagen`: neither for nor against
            score = confidence - (0.2 if issue == "OTHER" else 0) - (0.1 if claim_type == "STATEMENT" else 0)
            cue_text = quote.cue or ""
            claims.append(Claim(doc_id, quote.sentence, said, speaker.text, speaker.actor,
                                speaker.actor_country, speaker.actor_type, speaker.actor_id, claim_type, issue,
                                self.topic(issue, sentence, text, speaker, question), polarity,
                                addressee,
                                SPEECH_MODE[quote.type], cue_text, round(max(score, 0.1), 2),
                                sentence.start_char, sentence.end_char, quote.rule))
        return claims

    @staticmethod
    def per_sentence(quote: Quote, sentences: list) -> list[tuple[Quote, object]]:
        """A quotation over several sentences gives one claim per sentence (codebook: one row per
        sentence); sentences other than the cue's carry no cue."""
        if quote.type != "DIRECT":
            return [(quote, sentences[quote.sentence])] if quote.sentence < len(sentences) else []
        parts = []
        for index, sentence in enumerate(sentences):
            begin = sentence.start_char
            if begin >= quote.content_end:
                break  # (the sentences are in order: none after this one holds quoted words)
            start = max(quote.content_start, begin)
            end = min(quote.content_end, sentence.end_char)
            if end - start < 3:
                continue
            is_cue_sentence = index == quote.sentence
            parts.append((replace(quote, content_start=start, content_end=end, sentence=index,
                                  cue=quote.cue if is_cue_sentence else "",
                                  rule=quote.rule if is_cue_sentence else "direct:continuation"), sentence))
        return parts

    @staticmethod
    def own_clause_start(quote: Quote, quotes: list[Quote]) -> int:
        """Where a reported act's own words begin: after the content of another speech event that
        ends before its cue (`X kritisierte, Russland habe … gebrochen, und drohte mit …`: the
        accusation is the first cue's, not the threat's); -1 when none does."""
        if quote.type != "REPORTED" or quote.cue_start < 0:
            return -1
        return max((q.content_end for q in quotes if q is not quote and q.sentence == quote.sentence
                    and q.content_start < q.content_end <= quote.cue_start), default=-1)

    def __call__(self, doc: Doc) -> Doc:
        # the Doc's words, morphology and actor mentions read once for all the rules
        with indexed_mentions(doc), indexed_words(doc):
            return self._code_doc(doc)

    def _code_doc(self, doc: Doc) -> Doc:
        sentences = list(content_sentences(doc))
        text = doc_text(doc)
        claims: list[Claim] = []
        seen: set[tuple] = set()
        quotes = doc._.quotes or []
        if quotes:  # the sides read the quotes just made, not a third copy of them (`self.sides`)
            _SIDES[doc] = DocumentSides.of(doc, quotes)
        named = named_words(doc) if quotes else []  # (the words around each mention, read once for three roles)
        athletes = self.athletes(doc, named) if quotes else frozenset()
        scholars = self.scholars(doc, named) if quotes else frozenset()
        executives = self.executives(doc, named) if quotes else frozenset()
        field_people = self.field_people(doc, named) if quotes else frozenset()
        lead = self.interview_lead(quotes, text)  # once per document, not once per answer
        coded: list[tuple[Claim, Quote, Span]] = []
        cue_issues: dict[tuple[int, str], str] = {}
        for opening in self.per_claimant(doc, quotes):
            for quote, sentence in self.per_sentence(opening, sentences):
                for claim in self.code(doc, "", quote, sentence, text, self.own_clause_start(quote, quotes), athletes,
                                       lead, scholars, executives, field_people, quotes):
                    coded.append((claim, opening, sentence))
                    if self.opens_on_issue(claim, text[quote.content_start:quote.content_end]):
                        cue_issues.setdefault((claim.sentence_id, claim.actor), claim.issue)
        heard = {(claim.sentence_id, claim.actor) for claim, _, _ in coded}
        coded = [(claim, opening, sentence) for claim, opening, sentence in coded
                 if not self.unheard_follow_on(claim, opening, quotes, sentences, heard)]
        named = self.issues_named_twice(sentences, text) if cue_issues else frozenset()
        cue_issues = {key: issue for key, issue in cue_issues.items() if issue in named}
        found = [claim for claim, _, _ in coded]  # (as coded: each claim below is weighed against these)
        counterparts = self.counterparts(doc, found) if coded else {}
        domestic = self.domestic_country(doc, found) if coded else ""
        usual = self.usual_addressees(found, domestic) if coded else {}
        referred = self.referred_issues(found, sentences, text) if coded else {}
        for claim, opening, sentence in coded:
            issue = self.carried_issue(claim, opening, quotes, sentences, cue_issues)
            if issue:
                claim = replace(claim, issue=issue, topic=self.topic(issue, sentence, text, opening.speaker,
                                                                     self.answer_question(quotes, opening, text)))
            elif claim.issue == "OTHER" and claim.sentence_id in referred:
                issue = referred[claim.sentence_id]
                claim = replace(claim, issue=issue, topic=self.topic(issue, sentence, text, opening.speaker,
                                                                     self.answer_question(quotes, opening, text)))
            joined = self.joined_position(claim, opening, coded, text)
            if joined is not None:
                claim = replace(claim, claim_type=joined.claim_type, polarity=joined.polarity)
            carried = self.carried_position(claim, found)
            if carried is not None:
                claim = replace(claim, claim_type=carried.claim_type, polarity=carried.polarity)
            if self.mutual_agreement(claim, found):
                claim = replace(claim, claim_type="AGREEMENT")
            shared = self.shared_position(claim, found)
            if shared is not None:
                claim = replace(claim, claim_type=shared.claim_type, polarity=shared.polarity,
                                issue=shared.issue if claim.issue == "OTHER" else claim.issue,
                                topic=shared.topic if claim.issue == "OTHER" else claim.topic)
            if counterparts and self.counterpart_addressed(doc, claim, opening, counterparts):
                claim = replace(claim, addressee_country=counterparts[claim.actor_country])
            elif domestic and self.domestic_addressed(claim, domestic):
                claim = replace(claim, addressee_country=domestic)
            elif usual and self.counterpart_addressed(doc, claim, opening, usual):
                claim = replace(claim, addressee_country=usual[claim.actor_country])
            key = (claim.sentence_id, claim.actor, claim.claim_type, claim.issue)
            if key not in seen:
                seen.add(key)
                claims.append(claim)
        doc._.claims = claims
        return doc

    def counterparts(self, doc: Doc, claims: list[Claim]) -> dict[str, str]:
        """The other side of each side in a document about two sides opposing each other: the two countries
        mentioned most (the second at least `SIDE_SHARE` of the first's mentions, the third at most half the
        second's), both among the claimants, where claims of one (`OPPOSING_TYPES`) name the other as their
        addressee (`China fordert von den USA …`); {} in any other document."""
        ranked = Counter(side for _, _, side in self.sides(doc).sides if side not in ("", "OTHER")).most_common()
        if len(ranked) < 2:
            return {}
        (first, n_first), (second, n_second) = ranked[:2]
        n_third = ranked[2][1] if len(ranked) > 2 else 0
        if n_second < SIDE_SHARE * n_first or n_second < 2 * n_third \
                or not {first, second} <= {claim.actor_country for claim in claims}:
            return {}
        return {side: other for side, other in ((first, second), (second, first))
                if any(claim.actor_country == side and claim.addressee_country == other
                       and claim.claim_type in OPPOSING_TYPES for claim in claims)}

    @staticmethod
    def usual_addressees(claims: list[Claim], domestic: str) -> dict[str, str]:
        """The side each side's claims against a side (`OPPOSING_TYPES`) are usually directed at, in a document of
        more sides than two (`counterparts` finds none: Russia, Ukraine and the USA; a third country's voices in a
        conflict of two): the other country that at least `USUAL_CLAIMS` of them, and at least `USUAL_SHARE` of
        those naming another country, name as their addressee (`Moskau fordert von Kiew …`); not of the country of
        a report on its own politics (`domestic_country`) nor of a country whose claims are most of the document's
        (`DOMESTIC_SHARE`: a chancellor's demands on the EU name it, his other words address nobody)."""
        usual = {}
        for side, n_claims in Counter(claim.actor_country for claim in claims).items():
            if side in ("", "OTHER", domestic) or n_claims >= DOMESTIC_SHARE * len(claims):
                continue
            named = [claim.addressee_country for claim in claims if claim.actor_country == side
                     and claim.claim_type in OPPOSING_TYPES and claim.addressee_country not in ("", side)]
            if len(named) >= USUAL_CLAIMS:
                other, n = Counter(named).most_common(1)[0]
                if n >= USUAL_SHARE * len(named):
                    usual[side] = other
        return usual

    def domestic_country(self, doc: Doc, claims: list[Claim]) -> str:
        """The country of a report on its own politics: the one whose actors make at least `DOMESTIC_SHARE` of the
        document's claims, of `DOMESTIC_CLAIMS` at least, and of its mentions of a side (not an international
        organisation's, not `OTHER`; not a report on Germany's pressure on Poland told by Polish voices); '' in any
        other document."""
        if len(claims) < DOMESTIC_CLAIMS:
            return ""
        country, n = Counter(claim.actor_country for claim in claims).most_common(1)[0]
        if n < DOMESTIC_SHARE * len(claims) or country in ("", "OTHER") or country in IO_CODES:
            return ""
        sides = [side for _, _, side in self.sides(doc).sides if side not in ("", "OTHER")]
        return country if sides.count(country) >= DOMESTIC_SHARE * len(sides) else ""

    def domestic_addressed(self, claim: Claim, domestic: str) -> bool:
        """A claim of the country of a report on its own politics (`domestic_country`) that names no addressee is
        directed at that country's other actors, as the gold codes a party's criticism of the government's policy
        without naming it: an accusation (`Die Regierung verschleppe die Reform, kritisierte der Verband`), or a demand
        of a party, chamber or interest group (german.csv `demanding_actor_type`: `Es brauche mehr Geld für die
        Pflege, forderte die Gewerkschaft`); not a government's own demand (`Die Täter müssen bestraft werden`)."""
        return not claim.addressee_country and claim.actor_country == domestic \
            and (claim.claim_type == "ACCUSATION"
                 or claim.claim_type == "DEMAND" and claim.actor_type in self.demanding_types)

    def counterpart_addressed(self, doc: Doc, claim: Claim, quote: Quote, counterparts: dict[str, str]) -> bool:
        """A claim against a side (`OPPOSING_TYPES`) that names no addressee, in a document of two opposing sides
        (`counterparts`), is directed at the other side (`Wir erwarten Taten, sagte ein US-Vertreter` in a report
        on the USA and China): not where its sentence names any other actor than its speakers (`wirft dem Prediger
        vor`, the claimant's own government), another country's place or a third country's adjective (countries.csv
        `adjective`: `dem europäischen Recht`), nor where a summoning verb has its object
        (`forderte die Bewohner auf`)."""
        if claim.addressee_country or claim.claim_type not in OPPOSING_TYPES or claim.actor_country not in counterparts \
                or quote.speaker is None:
            return False
        document = self.sides(doc)
        if self.summoned(quote, claim.actor_country, claim.start, document, doc_text(doc)) is not None:
            return False
        voices = document.voices(quote)
        for start_char, end_char, side in document.sides:
            if not claim.start <= start_char < claim.end or document.dateline[0] <= start_char < document.dateline[1] \
                    or _spoken_by(voices, start_char, end_char):
                continue
            if side != claim.actor_country or start_char not in document.places:
                return False  # another actor named, or a place of another country
        text = doc_text(doc)
        for word in _words(text[claim.start:claim.end]):  # `dem europäischen Recht`: a third side, named by its adjective
            origin = next((code for adjective, code in self.origin_adjectives if word.startswith(adjective)), "")
            if origin not in ("", claim.actor_country, counterparts[claim.actor_country]):
                return False
        return True

    def per_claimant(self, doc: Doc, quotes: list[Quote]) -> list[Quote]:
        """Each quote, and after it the same quote for each further claimant its speaker's phrase joins
        (`Merkel und Frankreichs Präsident Hollande forderten`: Hollande's claim too; `coordinated_claimants`)."""
        openings, profiles = [], None
        group: tuple[int, list[Speaker]] = (-1, [])  # the last coordinated speakers: their sentence, each claimant
        plural: set[tuple[int, int]] = set()  # the plural pronouns that took them up
        for quote in quotes:
            openings.append(quote)
            speaker = quote.speaker
            if speaker is None or speaker.start < 0:
                continue
            if speaker.kind == "pronoun" and speaker.actor in {s.actor for s in group[1]} and (
                    (speaker.start, speaker.end) in plural
                    or 0 <= quote.sentence - group[0] <= PLURAL_REACH and self.plural_pronoun(doc, quote)):
                # `Merkel und Hollande forderten … . Sie betonten, …`: the plural pronoun takes up them all, and
                # so do the sentences that go on with its words
                plural.add((speaker.start, speaker.end))
                openings += _taken_up(quote, [claimant for claimant in group[1] if claimant.actor != speaker.actor])
                continue
            if speaker.actor_country and openings[:-1] and openings[-2].sentence == quote.sentence \
                    and openings[-2].cue_start == quote.cue_start >= 0 and openings[-2].speaker is not None:
                # `Rubio und Lawrow einigten sich`: the quote finder gave each coordinated speaker the cue
                group = (quote.sentence, [s for s in group[1] if group[0] == quote.sentence] or [openings[-2].speaker])
                group[1].append(speaker)
            if speaker.kind == "pronoun" and speaker.joined_start >= 0:
                # `Merkel und Hollande trafen sich. Sie fordern …`: the plural pronoun's coordinated antecedent
                # gives a claimant per actor, on the pronoun's words
                profiles = actor_profiles(doc) if profiles is None else profiles
                joined = replace(speaker, text=doc.text[speaker.joined_start:speaker.joined_end],
                                 start=speaker.joined_start, end=speaker.joined_end)
                openings += _taken_up(quote, self.coordinated(doc, joined, profiles))
                continue
            if not self.list_re.search(speaker.text):
                continue
            profiles = actor_profiles(doc) if profiles is None else profiles
            claimants = self.coordinated(doc, speaker, profiles)
            openings += [replace(quote, speaker=claimant) for claimant in claimants]
            if claimants and speaker.actor_country:
                group = (quote.sentence, [speaker] + claimants)
        return openings

    def coordinated(self, doc: Doc, speaker: Speaker, profiles: dict[str, tuple[str, str]]) -> list[Speaker]:
        """The further claimants a speaker's phrase joins (`coordinated_claimants` with this coder's word lists)."""
        return coordinated_claimants(doc, speaker, self.list_conjunctions, profiles, self.plural_words,
                                     self.genitive_articles, self.holder_prepositions)

    def plural_pronoun(self, doc: Doc, quote: Quote) -> bool:
        """Whether the quote's pronoun speaker is plural: `sie` with a plural cue verb (`sagten sie`)."""
        words = quote.speaker.text.lower()
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand") if quote.cue_start >= 0 else None
        return words == "sie" and cue is not None and any(morph_values(t, "Number") == ["Plur"] for t in cue)

    def unheard_follow_on(self, claim: Claim, opening: Quote, quotes: list[Quote], sentences: list[Span],
                          heard: set[tuple[int, str]]) -> bool:
        """A statement without a cue on no listed issue that goes on with speech whose cue sentence made no
        claim of its speaker (`Zehn Menschen seien zudem verletzt worden` after `nach Angaben des
        Ministeriums` relayed a fact; a coach's further words after his sport talk): it goes on with what
        was no position, and is none either; `heard`: the (sentence, actor) pairs that made claims."""
        if claim.rule not in CUELESS_RULES or claim.claim_type != "STATEMENT" or claim.issue != "OTHER":
            return False
        words = _words(claim.sentence)
        if claim.actor.split()[-1].lower() in words:
            return False  # `…, stellte Kurz in Abrede`: the speaker named again, with a cue no lexicon lists
        if self.deontic.intersection(words):
            return False  # `Das darf nicht aufs Spiel gesetzt werden`: a norm, the speaker's own position
        head = self.cue_sentence(claim, opening, quotes, sentences)
        if head < 0 or (head, claim.actor) in heard:
            return False
        # a cue no lexicon lists (`war bemüht, … zu vermeiden`) made no claim for want of a clear cue, not
        # because what it opened was no position
        return not any(q.rule in UNCUED_RULES for q in quotes if q.sentence == head and q.speaker is not None
                       and q.speaker.actor == claim.actor)

    def carried_position(self, claim: Claim, claims: list[Claim]) -> Claim | None:
        """The claim of the sentence before whose type and polarity a statement without a cue takes when its
        first clause adds to it (german.csv `additive_connector`: `Außerdem habe er …`, `Er habe sogar
        Informationen, wonach …`, `Vielmehr mache das Ministerium …`) and the same actor there accused,
        rejected or conceded (`CARRIED_TYPES`): the speaker goes on with that position; None when it keeps its own.
        Without such a word an accusation goes on only after a verb of blame (`VERB_CUED_RULES`: `warf der Armee
        vor, …` and then `Es werde auf alle geschossen.`), into a statement that takes a side (polarity not 0)."""
        if claim.rule not in CUELESS_RULES or claim.claim_type != "STATEMENT":
            return None
        additive = self.additive_re.search(claim.sentence) is not None
        before = [other for other in claims if other.sentence_id == claim.sentence_id - 1
                  and other.actor == claim.actor and other.actor_country == claim.actor_country
                  and other.claim_type in CARRIED_TYPES
                  and (additive or (other.claim_type == "ACCUSATION" and other.rule in VERB_CUED_RULES
                                    and claim.polarity != 0))]
        return min(before, key=lambda other: CARRIED_TYPES.index(other.claim_type), default=None)

    def joined_position(self, claim: Claim, quote: Quote, coded: list[tuple[Claim, Quote, Span]],
                        text: str) -> Claim | None:
        """The claim of a second verb of saying with a type of its own that the same speaker's plain verb of
        saying is joined to by `und` (`…, schreibt X in einer Aussendung und kritisiert, dass …`, `X meinte
        und warf Y vor, …`): both frame one position, the more specific type wins; None when the claim has a
        type, a cue other than a plain verb of saying, or the two cues are parted by a clause mark (`erklärte,
        dass …, und versprach`: a content of its own between them)."""
        cue = self.cue_of(quote)
        if claim.claim_type != "STATEMENT" or cue is None or cue.kind != "speech" or cue.claim_type != "STATEMENT":
            return None
        for other, other_quote, _ in coded:
            other_cue = self.cue_of(other_quote)
            if other_quote is quote or other.sentence_id != claim.sentence_id or other.actor != claim.actor \
                    or other_cue is None or other_cue.kind != "speech" or other_cue.claim_type == "STATEMENT" \
                    or other.claim_type != other_cue.claim_type or other_quote.cue_start < 0:
                continue
            first, second = sorted((quote, other_quote), key=lambda q: q.cue_start)
            between = text[first.cue_end:second.cue_start]
            if first.cue_end <= second.cue_start and "und" in _words(between) \
                    and not any(mark in between for mark in CLAUSE_MARKS):
                return other
        return None

    def mutual_agreement(self, claim: Claim, claims: list[Claim]) -> bool:
        """A PROPOSAL whose cue is a verb of acting with each other (german.csv `reciprocal_verb`: `wollen China
        und die Türkei enger zusammenarbeiten`) that another claimant's claim on the same cue shares (coordinated
        claimants, `per_claimant`): the two sides agree with each other (codebook AGREEMENT); one side's
        readiness (`China will mit der Türkei zusammenarbeiten`) stays a PROPOSAL."""
        if claim.claim_type != "PROPOSAL" or not self.reciprocal_verbs.intersection(_words(claim.cue)):
            return False
        return any(other.sentence_id == claim.sentence_id and other.cue == claim.cue and other.start == claim.start
                   and other.actor_country != claim.actor_country for other in claims)

    def shared_position(self, claim: Claim, claims: list[Claim]) -> Claim | None:
        """The claim of another actor in the sentence before whose position a statement shares when its sentence
        opens with an adverb of likeness (german.csv `likewise_adverb`: `Ähnlich sieht das X.`, `Ebenso äußerte
        sich Y.`, reported with no words of its own): the first typed one (not a STATEMENT), else the first; None
        when the sentence before has none, the claim has a type or words of its own (`Ähnlich hoch sei …, sagte X`)
        or its sentence does not open so."""
        if claim.claim_type != "STATEMENT" or claim.speech_mode != "REPORTED":
            return None
        words = _words(claim.sentence)
        if not words or words[0] not in self.likewise_adverbs:
            return None
        before = [other for other in claims if other.sentence_id == claim.sentence_id - 1 and other.actor != claim.actor]
        return next((other for other in before if other.claim_type != "STATEMENT"), before[0] if before else None)

    def issues_named_twice(self, sentences: list[Span], text: str) -> frozenset[str]:
        """The issues that at least two sentences of the document name: what the article is about, not
        a keyword met once (`Aufrüstung` of a garage, `Sanktionen` as fines)."""
        counts: dict[str, int] = {}
        for sentence in sentences:
            for issue in {issue for issue, _ in self.issues(text[sentence.start_char:sentence.end_char])}:
                counts[issue] = counts.get(issue, 0) + 1
        return frozenset(issue for issue, count in counts.items() if count >= 2)

    def opens_on_issue(self, claim: Claim, content: str) -> bool:
        """Whether a claim with a cue names its issue in its own words (not only in the sentence's frame,
        `sagte er nach dem Treffen`), a specific one that the speech which follows goes on about."""
        return claim.rule not in CUELESS_RULES and claim.issue != "OTHER" \
            and claim.issue not in self.generic_issues and claim.issue in {issue for issue, _ in self.issues(content)}

    @staticmethod
    def cue_sentence(claim: Claim, opening: Quote, quotes: list[Quote], sentences: list[Span]) -> int:
        """The sentence whose cue opens the speech `claim` continues: the quotation's own cue sentence,
        else the nearest sentence before with a cued quote of the same speaker, every sentence between
        continuing that speaker; -1 when the chain breaks."""
        if opening.rule not in CUELESS_RULES:
            return opening.sentence if opening.sentence != claim.sentence_id else -1
        index = min(opening.sentence, claim.sentence_id)
        while index > 0:
            index -= 1
            sentence = sentences[index]
            own = [q for q in quotes if q.speaker is not None and q.speaker.actor == claim.actor
                   and (q.sentence == index or q.type == "DIRECT" and q.content_start < sentence.end_char
                        and q.content_end > sentence.start_char)]
            if not own:
                return -1
            cued = [q for q in own if q.rule not in CUELESS_RULES]
            if cued:
                return cued[0].sentence
        return -1

    def referred_issues(self, claims: list[Claim], sentences: list[Span], text: str) -> dict[int, str]:
        """The issue each sentence takes up from before (`Teheran wies die Forderung zurück` after `… forderten
        ein Ende der Urananreicherung`): a sentence of a claim on no listed issue, naming none itself, that takes up
        a position by a definite noun (`refer_back_re`) gets the issue of the nearest of the `REFER_BACK` sentences
        before it that names one (by a claim of it or its words, or taken up itself), the nearest with the noun's
        stem first (`forderten` for `die Forderung`); none when that is a generic issue (talks: the occasion more
        often than the subject). {sentence index: issue}. `text`: the document's (each sentence's words sliced from
        it: `Span.text` joins its tokens anew)."""
        def said(k: int) -> str:
            return text[sentences[k].start_char:sentences[k].end_char]

        anaphoric: dict[int, re.Match] = {}
        for claim in claims:
            if claim.issue == "OTHER" and claim.sentence_id not in anaphoric:
                match = self.refer_back_re.search(said(claim.sentence_id))
                if match:
                    anaphoric[claim.sentence_id] = match
        if not anaphoric:
            return {}
        known: dict[int, str] = {}
        for claim in claims:
            if claim.issue != "OTHER":
                known.setdefault(claim.sentence_id, claim.issue)
        referred: dict[int, str] = {}
        for index in sorted(anaphoric):
            if self.issues(said(index)):
                continue  # (it names an issue of its own: never overridden)
            # the sentence that made the position by the same word (`forderten …` for `die Forderung`) first
            stem = self.position_stem(anaphoric[index].group(1) or "")
            nearest = ""
            for back in range(index - 1, max(-1, index - 1 - REFER_BACK), -1):
                issue = referred.get(back) or known.get(back)
                if not issue:
                    named = self.issues(said(back))
                    issue = named[0][0] if named else ""
                if issue and stem and stem in said(back).lower():
                    nearest = issue
                    break
                nearest = nearest or issue
                if nearest and not stem:
                    break
            if nearest and nearest not in self.generic_issues:
                referred[index] = nearest
        return referred

    @staticmethod
    def position_stem(noun: str) -> str:
        """The stem of a noun that takes up a position, as the verb or noun that made it has it (`Forderungen` →
        `forder`, `Drohung` → `droh`, `Veto` → `veto`); '' for none (`dies`)."""
        stem = re.sub(r"(?:ungen|ung|en|e)$", "", noun.lower())
        return stem if len(stem) >= 4 else ""

    def carried_issue(self, claim: Claim, opening: Quote, quotes: list[Quote], sentences: list[Span],
                      cue_issues: dict[tuple[int, str], str]) -> str:
        """The issue a claim without a cue (a follow-on sentence, a quotation's further sentences) takes
        from the quote's cue sentence when its own words name none (`„Es geht nicht um Geld.“` after
        `forderte höhere Verteidigungsausgaben`); '' when it keeps its own."""
        if not cue_issues or claim.rule not in CUELESS_RULES or claim.issue != "OTHER":
            return ""  # (no cue sentence of the document opens on an issue: no chain to walk back)
        index = self.cue_sentence(claim, opening, quotes, sentences)
        return cue_issues.get((index, claim.actor), "") if index >= 0 else ""


@Language.factory("claim_coder", assigns=["doc._.claims", "doc._.claim_records"], requires=["doc._.quotes"])
def create_claim_coder(nlp: Language, name: str) -> LexiconRules:
    return LexiconRules(name, ClaimCoder)


def claim_rows(doc: Doc, doc_id: str) -> list[dict]:
    """The rows of claims.csv for one document, copied from its claim records (a claim's fields in
    order, plain values: what `asdict` of each `Claim` gives, without making the Claims)."""
    rows = []
    for n, record in enumerate(doc._.claim_records or []):
        row = dict(record)
        row["doc_id"] = doc_id
        row["claim_id"] = f"{doc_id}-{n:04d}"
        rows.append(row)
    return rows
