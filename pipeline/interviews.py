"""Interviews: every answer is the interviewee's speech.

The registered component `interview_finder` runs after the quote components (`speaker_resolver`
last). A document is an interview when at least two sentences open with an interviewer's label
(`STANDARD: …?`, `Frage: …`; the labels are the word class `interviewer_label` in german.csv). Each
answer runs from the interviewee's label (`Poposki: …`) or the end of a question up to the next
question; its sentences (not a bracketed stage direction or byline: `(Lacht.)`) become DIRECT quotes
of the interviewee (rule `direct:interview`), replacing what the sentence-level rules attributed
there (in an answer, `Österreich will …` is the interviewee's claim about Austria, not Austria's).
The interviewee is the person the answer label names, else the first person named in the title and
lead before the first question, with the side of their name or else of a role noun the text gives them
(`Kriminalsoziologe X` in the lead: OTHER); inside an answer, words before a colon that name nobody (`Also: …`)
are no label and leave the answer its speaker. A question runs up to its `?` or the next answer's label
(`STANDARD: Sie haben … gerühmt. Glawischnig: …`); where every answer opens
with a label, always up to that label (`STANDARD: Warum …? Wollen Sie …? Saakaschwili: …`). Speech
in a question that no cue of its own marks (a follow-on of the last answer, unmarked first-person
words) is nobody's, and so is what the interviewer says of the interviewee, addressed as `Sie`
(`STANDARD: Sie sprechen sich für Studiengebühren aus.`): the claim is the answer. A question's `er` or `sie`
taken for the interviewee is nobody's either: the question addresses the interviewee as `Sie`. Reported
words in a question that go on from a third party's cued words in its sentence before stay that party's
(`…, argumentiert die Regierung. Nun müsse Österreich …`). A label's words are all capitalised but a
surname's particle (`Van der Bellen:`); words before a colon with lower-case words (`Was sollte man sich
darunter vorstellen: …`) are no label.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.entities import actor_profiles
from pipeline.knowledge_links import KnowledgeLinks
from pipeline.lexicons import Lexicons
from pipeline.phrases import doc_text, mention_field
from pipeline.bundle import LexiconRules
from pipeline.quotes import Quote, Speaker, with_profile
from pipeline.segment import content_sentences

LABEL = re.compile(r"^\s*([A-ZÄÖÜ][\w.\- ]{0,40}?):+\s")  # (`STANDARD:: …`, a typo)
ASIDE = re.compile(r"\([^()]*\)[.!]?|\W*")  # `(Lacht.)`, `(Maria Sterkl, 19.10.2015)`, `...`: no words spoken
LEAD_SENTENCES = 4  # the title and lead that introduce the interviewee
MIN_QUESTIONS = 2


class InterviewFinder:
    def __init__(self, lexicons: Lexicons, links: KnowledgeLinks | None = None):
        self.links = links
        self.interviewer_labels = lexicons.word_class("interviewer_label")
        self.pronouns_f = lexicons.word_class("pronoun_f")
        self.surname_particles = lexicons.word_class("surname_particle")  # `Van der Bellen:` is a label
        # each question's label with its colon (`LABEL`), counted in the lower-cased text: a document with
        # fewer of them than an interview's questions is none, whatever its sentences (most documents)
        self.label_colons = tuple(sorted(label + ":" for label in self.interviewer_labels)) \
            if "" not in self.interviewer_labels else ()

    def _label(self, sent: Span) -> str:
        """The words before the colon that opens the sentence when they are a label: a name or a role, every word
        capitalised but a surname's particle (`Eva Glawischnig:`, `Antwort:`); words of a sentence before a colon
        (`Was sollte man sich darunter vorstellen: …`, `Denken Sie an Joghurt: …`) are none."""
        match = LABEL.match(doc_text(sent.doc)[sent.start_char:sent.end_char])  # `sent.text` joins its tokens anew
        if match is None or not all(word[:1].isupper() or word in self.surname_particles
                                    for word in match.group(1).split()):
            return ""
        return match.group(1)

    def _is_question(self, sent: Span) -> bool:
        return self._label(sent).lower() in self.interviewer_labels

    def __call__(self, doc: Doc) -> Doc:
        lowered = doc_text(doc).lower()
        if self.label_colons and sum(map(lowered.count, self.label_colons)) < MIN_QUESTIONS:
            return doc  # (no sentence made)
        sentences = list(content_sentences(doc))
        questions = [i for i, sent in enumerate(sentences) if self._is_question(sent)]
        if len(questions) < MIN_QUESTIONS:
            return doc
        default = self._lead_person(doc, sentences[:questions[0]])
        labelled = self._answers_labelled(sentences, questions)
        answers: dict[int, tuple[Speaker, str]] = {}  # sentence → the interviewee and the answer's label
        asked: set[int] = set()
        asides: set[int] = set()
        speaker, in_question = None, False
        for index in range(questions[0], len(sentences)):
            sent = sentences[index]
            ends_question = sent.text.rstrip().endswith("?")
            label = self._label(sent)
            # a question may run over several sentences, up to its `?` or the next answer's label; where
            # every answer opens with a label, up to that label (`STANDARD: Warum …? Wollen Sie …?`)
            if self._is_question(sent) or in_question and not label:
                speaker, in_question = None, labelled or not ends_question
                asked.add(index)
                continue
            in_question = False
            named = self._named(doc, sent, label) if label else None
            if speaker is not None and label and named is None:
                label = ""  # `Also: …`, `Wir hatten den Befehl: …` inside an answer: words before a colon, no label
            if speaker is None or named is not None:
                speaker = named or default
            if self._aside(sent, label):
                asides.add(index)  # `Hammerschmid: (Lacht.)`: nobody's words, not even the label's
            elif speaker is not None and speaker.actor:
                answers[index] = speaker, label
        if not answers:
            return doc
        profiles = actor_profiles(doc)
        # a question is the interviewer's: speech that no cue of its own marks (a follow-on of the last
        # answer, unmarked first-person words) or that the interviewer ascribes to the interviewee (`Sie
        # fordern …`) is nobody's; `Pilz sagt: …` inside it stays Pilz's
        interviewees = {speaker.actor for speaker, _ in answers.values()}
        quotes = doc._.quotes or []
        cued = {(q.sentence, q.speaker.actor) for q in quotes if q.sentence in asked and q.cue_start >= 0 and q.speaker
                and not self._addresses_interviewee(q, interviewees)}
        kept = [q for q in quotes if q.sentence not in answers and q.sentence not in asides
                and not (q.sentence in asked and (q.cue_start < 0 and not self._goes_on(q, cued)
                                                  or self._addresses_interviewee(q, interviewees)))]
        for index, (speaker, label) in sorted(answers.items()):
            sent = sentences[index]
            start = sent.start_char + (len(label) + 1 if label else 0)
            kept.append(Quote("DIRECT", "", -1, -1, start, sent.end_char, index, with_profile(speaker, profiles),
                              None, "direct:interview"))
        doc._.quotes = sorted(kept, key=lambda q: (q.sentence, q.content_start))
        return doc

    @staticmethod
    def _aside(sent: Span, label: str) -> bool:
        """The answer's sentence says nothing: a stage direction or the byline in brackets (`Hammerschmid:
        (Lacht.)`, `(Maria Sterkl, 19.10.2015)` closing the interview) or no word at all (`Varoufakis: ...`)."""
        words = sent.text.strip()[len(label) + 1 if label else 0:].strip()
        return ASIDE.fullmatch(words) is not None

    def _answers_labelled(self, sentences: list[Span], questions: list[int]) -> bool:
        """Every question is followed by an answer that opens with the interviewee's label
        (`Saakaschwili: …`) before the next question."""
        labels = [i for i, sent in enumerate(sentences) if self._label(sent) and i not in questions]
        ends = questions[1:] + [len(sentences)]
        return all(any(question < i < end for i in labels) for question, end in zip(questions, ends))

    @staticmethod
    def _goes_on(quote: Quote, cued: set[tuple[int, str]]) -> bool:
        """Reported words without a cue that go on from the question's sentence before, where a third party
        spoke (`STANDARD: Man habe gekämpft, argumentiert die Regierung. Aber nun müsse Österreich …`): still
        that party's."""
        return quote.speaker is not None and bool(quote.speaker.actor) \
            and (quote.sentence - 1, quote.speaker.actor) in cued

    def _addresses_interviewee(self, quote: Quote, interviewees: set[str]) -> bool:
        """The speaker is the polite `Sie` (capitalised: `Trotzdem sprechen Sie sich … aus`), or a pronoun taken for
        the interviewee: a question speaks to the interviewee, so its `er` or `sie` is someone else (`STANDARD:
        Obwohl sie versprach, …, handelt X …` after Y's answer is not Y's promise)."""
        speaker = quote.speaker
        return speaker is not None and speaker.kind == "pronoun" and (
            speaker.text[:1].isupper() and speaker.text.lower() in self.pronouns_f or speaker.actor in interviewees)

    def _named(self, doc: Doc, sent: Span, label: str) -> Speaker | None:
        """The person the answer label names (`Poposki:`): the document's person of that surname (one with
        a side first), else the one politician of that surname the knowledge base knows (`Hofer:` in an
        interview whose lead names him only as `Der FPÖ-Kandidat`)."""
        surname = label.split()[-1]
        start = sent.start_char + sent.text.index(label)
        mentions = [span for span in doc.spans.get("actors", [])
                    if span.label_ == "PER" and surname in mention_field(span, "actor").split()]
        if mentions:  # (`Stöger:` after `Trainer Peter Stöger` is the coach, not the minister)
            named = next((span for span in mentions if mention_field(span, "actor_country")), mentions[0])
            return Speaker(label, start, start + len(label), mention_field(named, "actor"), self._side(doc, named),
                           "name")
        known = self.links.politician_of_surname(surname) if self.links is not None else None
        if known is not None:
            return Speaker(label, start, start + len(label), known.name, known.actor_country, "name",
                           known.actor_type, known.actor_id)
        return None

    @staticmethod
    def _side(doc: Doc, person: Span) -> str:
        """The person's side: the name's, else that of a role noun the document gives the person
        (`sagt Reinhard Kreissl` in the title, `Kriminalsoziologe Reinhard Kreissl` in the lead: OTHER)."""
        side = mention_field(person, "actor_country")
        if side:
            return side
        actor = mention_field(person, "actor")
        return next((mention_field(span, "actor_country") for span in doc.spans.get("actors", [])
                     if mention_field(span, "mention") == "role" and mention_field(span, "actor") == actor
                     and mention_field(span, "actor_country")), "")

    @classmethod
    def _lead_person(cls, doc: Doc, sentences: list[Span]) -> Speaker | None:
        """The first person named in the title and lead (`Im Interview spricht Außenminister X …`), the
        sentences before the first question: a person named only in a question is the subject asked about
        (`Frage: Mit diesem Vorschlag ließ Bürgermeister X aufhorchen. …? Antwort: …` in a newsroom's
        questions and answers), whose answers are the author's."""
        end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end_char if sentences else 0
        for span in doc.spans.get("actors", []):
            if span.start_char >= end:
                break
            if span.label_ == "PER" and span._.actor and span._.mention == "name":
                return Speaker(span.text, span.start_char, span.end_char, span._.actor, cls._side(doc, span), "name")
        return None


@Language.factory("interview_finder", assigns=["doc._.quotes"], requires=["doc._.quotes"])
def create_interview_finder(nlp: Language, name: str) -> LexiconRules:
    return LexiconRules(name, lambda bundle: InterviewFinder(bundle.lexicons, bundle.links))
