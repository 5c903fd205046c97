"""Speech without a cue or quotation marks: a Konjunktiv I sentence up to two sentences after
a speaker continues that speaker (the follow-on; not in hedged sentences), first-person or
deontic sentences right after someone spoke, `Heiko Maas: Wir dürfen nicht abwarten` and `Ich bin
glücklich, strahlte X` (scraped texts lose their quotation marks)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, NamedTuple

from spacy.tokens import Doc, Span, Token

from pipeline.actor_context import after_dateline, in_brackets
from pipeline.lexicons import Lexicons, alternation, konjunktiv_i_reader, only_past_indicative, schedule_pattern
from pipeline.person_nouns import PersonNouns
from pipeline.phrases import (NounPhrases, doc_text, mention_at, mention_field, mentions_in, morph_indices, morph_values, morph_values_at,
                              sentence_bounds, token_words, tokens_of)
from pipeline.quotes.clauses import CLAUSE_BREAKS, Blocked, clause_range, content_after, ends_with, finite_verb, inside
from pipeline.quotes.cues import APPOSITION_LABELS, SUBJECT_LABELS, CueMatcher
from pipeline.quotes.direct import LastSpeaker
from pipeline.quotes.records import Quote, Speaker
from pipeline.quotes.speakers import SpeakerFinder

LEAD_IN_REACH = 2  # first-person sentences before an inquit that go with its speaker
FOLLOW_ON_GAP = 2  # Konjunktiv I continues a speaker introduced up to two sentences before (codebook)
SUBJECTS = (*SUBJECT_LABELS, "nsubj:pass")  # a subject, active or passive (TIGER's `sb` is both)
UNMARKED_RULES = ("indirect:follow-on", "direct:unmarked")  # speech no cue of its own marks
DATELINE_SENTENCES = 4  # a dateline opens one of a text's first sentences (`actor_context.dateline_country`)


class Continuation(NamedTuple):
    """What a sentence after someone's speech is: its follow-on, or the author's aside inside the speech,
    or the author's narration."""
    follow: Quote | None
    aside: bool
    narrated: bool


class UnmarkedSpeech:
    """Follow-on sentences and colon speech."""

    def __init__(self, lexicons: Lexicons, cues: CueMatcher, phrases: NounPhrases, speakers: SpeakerFinder):
        self.cues, self.phrases, self.speakers = cues, phrases, speakers
        self.reportative = lexicons.word_class("reportative")
        self.subjunctive_words = cues.ki | cues.ki2 | self.reportative  # listed forms, whatever their ending
        self.subject_openers = lexicons.word_class("article") | lexicons.word_class("pronoun_m") \
            | lexicons.word_class("pronoun_f") | lexicons.word_class("demonstrative_m") \
            | lexicons.word_class("demonstrative_f")  # `Der Plan sei …`, `Sie sei …`: a subject
        self.deontic_words = lexicons.word_class("deontic")
        # `Deshalb muss er …`: a third person singular, the one the speech was about, is the norm's subject
        self.third_person_pronouns = lexicons.word_class("pronoun_m") | lexicons.word_class("pronoun_f")
        self.first_person_words = lexicons.word_class("first_person")
        self.inquit_verbs = lexicons.word_class("inquit_verb")  # `…, grinste X`: verbs that frame speech after it
        self.calendar_date = schedule_pattern(lexicons, calendar_only=True)  # `Ende Juni`, `bis 2006`
        self.deadline_modals = lexicons.word_class("deadline_modal")
        self.permission_modals = lexicons.word_class("permission_modal")  # `darf`: a permission, or `darf nicht`
        # `Details müssen erst festgeschrieben werden`: a step still pending (as for claims' content cues)
        self.pending_modals, self.pending_adverbs, self.pending_exceptions = (
            lexicons.word_class(c) for c in ("pending_modal", "pending_adverb", "pending_exception"))
        self.verb_negators = lexicons.word_class("verb_negator")
        self.werden_passive = lexicons.word_class("werden_passive")  # `wird … ausgeschlossen`, not `ist zuzustimmen`
        self.infinitive_auxiliaries = lexicons.word_class("infinitive_auxiliary")
        self.tense_auxiliaries = lexicons.word_class("tense_auxiliary")
        self.perfect_auxiliaries = lexicons.word_class("perfect_auxiliary") - cues.ki  # `hat`, `war`, not `habe`
        # `wäre … gewesen`, `hätte … reichen sollen`: the Konjunktiv II of a past that did not happen
        self.counterfactual_auxiliaries = cues.ki2 & (lexicons.word_class("copula")
                                                      | lexicons.word_class("modal_perfect_auxiliary"))
        self.counterfactual_participles = lexicons.word_class("sein_participle") & lexicons.word_class("past_copula")
        self.modal_infinitives = lexicons.word_class("modal_infinitive")
        # `wäre` ends in `-e` but is Konjunktiv II of `sein`, whose Konjunktiv I (`sei`) is never the indicative:
        # reported speech needs no stand-in for it (`würde`, `hätten` may stand in for a Konjunktiv I)
        self.ki2_copulas = cues.ki2 & lexicons.word_class("copula")
        # `…, ob ein Land aufgenommen werden muss`, `…, das … geändert werden soll`: a dependent clause's modal
        self.dependent_openers = lexicons.word_class("relative_pronoun") | lexicons.word_class("interrogative")
        self.prepositions = lexicons.word_class("preposition")
        # `Dazu der Kommissar: …` (not `Ein Minister: …`, anyone's)
        self.definite_nominatives = lexicons.word_class("nominative_article") - lexicons.word_class("indefinite_article")
        self.source_words = self.prepositions | lexicons.word_class("adverb")  # `laut X`, `nach X`
        self.impersonal = lexicons.word_class("impersonal_pronoun")  # `es gibt`: no speaker
        self.narrative_time_words = lexicons.word_class("narrative_time_word")  # `dann`, `am Mittwoch`
        # `sollten`, `wollten`: a modal's plural past, as often the author's narration (`sollten … verlassen`)
        self.modals = (lexicons.word_class("finite_modal") | lexicons.word_class("auxiliary")) - self.tense_auxiliaries
        self.konjunktiv_i = konjunktiv_i_reader(lexicons)  # `gelte`, `verwerte`: a t-stem's `-ten` is a present
        self.only_past = only_past_indicative(lexicons)  # `wurde`, `waren`, `hielt`: the author's narration
        # `Dass …`, `Als …`, `Wenn …`: a sentence that opens with a dependent clause
        self.subordinators = lexicons.word_class("not_content") | lexicons.word_class("complementizer") \
            | self.dependent_openers
        self.observer_nouns = tuple(sorted(lexicons.word_class("observer_noun")))  # `Experten`, `Regierungskritiker`
        self.definite_articles = lexicons.word_class("definite_article")
        self.quantifiers = lexicons.word_class("plural_quantifier")  # `Viele`, `Nicht wenige`, `Manche`
        self.view_prepositions = lexicons.word_class("view_preposition")  # `für den Referenten ein Meilenstein`
        self.articles = lexicons.word_class("article")
        self.person_nouns = PersonNouns.from_lexicons(lexicons)
        # `Hier ist es aber wichtig, dass …`, `Entscheidend ist, … zu tun`: a present copula with an adjective of
        # necessity and the clause it governs (german.csv `necessity_adjective`; not `war`, `nicht wichtig`)
        necessity = alternation(lexicons.word_class("necessity_adjective"))
        copula = alternation(lexicons.word_class("copula") - lexicons.word_class("past_copula"))
        governed = r", (?:dass\b|(?:[\w-]+ ){0,8}zu [a-zäöüß]+en\b|(?:[\w-]+ ){0,8}[a-zäöüß]+zu[a-zäöüß]+en\b)"
        self.necessity_re = re.compile(
            rf"(?:\b(?:{copula})\b(?: [\w-]+){{0,3}}? (?<!nicht )(?<!nicht so )(?<!weniger )(?:{necessity})"
            rf"|(?<!nicht )(?<!nicht so )(?<!weniger )\b(?:{necessity}) (?:{copula})){governed}", re.IGNORECASE)

    def continuation(self, sentences: list[Span], index: int, last_speaker: LastSpeaker | None,
                     quote_spans: Blocked, verbatim: bool = True) -> Continuation:
        """The sentence's follow-on of the last speech (`_follow_on`), and, when it has none, whether it
        is the author's aside inside that speech: a sentence with a Konjunktiv only in a dependent
        clause (`Ob jeder Lkw kontrolliert werde, ließ der Minister offen.`) is no speech of its own,
        but the speech goes on after it; nor is the author's narration (`_narrated`), whose Konjunktiv
        goes on with nobody's speech. All read the sentence's Konjunktiv verbs, found once."""
        if last_speaker is None or index - last_speaker[0] > FOLLOW_ON_GAP \
                or self._across_dateline(sentences, index, last_speaker, quote_spans):
            return Continuation(None, False, False)
        sent = sentences[index]
        adjacent = index - last_speaker[0] == 1  # right after the speech: Konjunktiv II stands in for I
        verbs = self._subjunctives(sent, quote_spans, adjacent)
        narrated = bool(verbs) and self._narrated(sent, verbs, quote_spans)  # `In Linz wurde Hilfe, und sei es …`
        aside = bool(verbs) and self._author_main_clause(sent, verbs, quote_spans, adjacent)
        hedged = self._question_or_hedged(sent) and not self._speakers_hedge(sent, verbs)
        follow = None if narrated or hedged else \
            self._follow_on(sent, index, last_speaker, quote_spans, verbatim, verbs, aside)
        if follow is not None and not adjacent and follow.rule == "indirect:follow-on" \
                and (self._plan_after_narration(verbs, sentences[index - 1], quote_spans)
                     or self._plan_after_other_actor(verbs, sentences[index - 1], follow.speaker, quote_spans)):
            follow = None
        if follow is not None and not adjacent and follow.rule == "indirect:follow-on":
            follow = self._named_between(sentences, index, follow, quote_spans)
        if follow is not None and follow.rule in UNMARKED_RULES \
                and (self._other_actor_narrated(sent, verbs, follow.speaker, quote_spans)
                     or self._own_source(sent, verbs, quote_spans)):
            follow = None
        if follow is not None and follow.rule == "indirect:follow-on":
            follow = None if self._counterfactual(sent, verbs, quote_spans) or self._observers_report(sent, verbs, quote_spans) \
                else self._colon_owner(sent, verbs, follow, quote_spans)
        return Continuation(follow, follow is None and aside, narrated)

    def between_speeches(self, sentences: list[Span], index: int, speaker: Speaker, quote_spans: Blocked) -> Quote | None:
        """`X sagte, … . Die Maßnahmen zeigten Wirkung. Man müsse aber …, so X.`: a sentence between two speeches
        of the same speaker (the caller checks both), no question nor hedged, whose main clause's finite verb is
        a plural past in `-ten` (`zeigten`, `gehörten`, `fehlten`): that form is also the Konjunktiv
        II, which stands in for the plural Konjunktiv I that looks like the indicative (`zeigen`), and between the
        speaker's words it is theirs, not the author's narration (INDIRECT, as a follow-on). Not a form that is
        only the past (`hatten`, `wurden`, `konnten`: german.csv `past_indicative`, `tense_auxiliary`), nor a
        modal's (`sollten`, `wollten`: german.csv `finite_modal`, `auxiliary`: `Nach der Kundgebung sollten die
        Teilnehmer den Platz verlassen` narrates a plan), a sentence that names the speaker (said of them), one
        that opens a paragraph (the author takes up the story again), across a dateline or a quotation's words."""
        sent = sentences[index]
        if self._across_dateline(sentences, index, (index - 1, speaker), quote_spans) \
                or "\n" in doc_text(sent.doc)[sentences[index - 1].end_char:sent.start_char] \
                or self._question_or_hedged(sent):
            return None
        root = next((t for t in tokens_of(sent.doc, sent.start, sent.end) if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ not in ("VERB", "AUX") or inside(root, quote_spans):
            return None
        # `Die Länder sollten mehr tun`: the finite auxiliary of the main clause's verb, else that verb
        verb = next((c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop") and finite_verb(c)), root)
        if not self._plural_past_ten(verb) or "Part" in morph_values(verb, "VerbForm") or self._dependent(verb) \
                or verb.lower_ in self.modals or self._narrated_in_time(sent) \
                or self._names_speaker(sent, speaker, verb) or self._other_person_speaks(sent, speaker, quote_spans):
            return None
        return Quote("INDIRECT", "", -1, -1, sent.start_char, sent.end_char, index, speaker, None, "indirect:follow-on")

    def _narrated_in_time(self, sent: Span) -> bool:
        """`Die Pressekonferenz dominierten dann …`, `Am Mittwoch reisten …`: a word that places the act in the
        story's time (german.csv `narrative_time_word`: `dann`, `danach`, `gestern`, a weekday): the author
        narrates."""
        return not self.narrative_time_words.isdisjoint(token_words(sent.doc)[1][sent.start:sent.end])

    def _plural_past_ten(self, token: Token) -> bool:
        """`zeigten`, `gehörten`, `sollten`: a plural past in `-ten` that may be the Konjunktiv II (not `hatten`,
        `wurden`, `konnten`, whose Konjunktiv II has its own form). Read by the form, as the tagger often takes
        it for a present or an infinitive: not a t-stem's present (`gelten`, `arbeiten`: `gelte`, `arbeite`
        are german.csv `ki` forms)."""
        lower = token.lower_
        return lower.endswith("ten") and token.is_lower and not self.konjunktiv_i(lower[:-1]) \
            and "Sing" not in morph_values(token, "Number") and lower not in self.tense_auxiliaries \
            and not self.only_past(lower)

    def source_goes_on(self, sentences: list[Span], index: int, source: Speaker, quote_spans: Blocked) -> Quote | None:
        """`Die Regierung hat laut der Polizei ein Verbot verhängt. Der Mann habe sich gewehrt.`: a sentence
        right after a reported act a source vouches for, with a Konjunktiv I of its own (not a Konjunktiv II,
        not `soll`, not a pronoun the tagger takes for a verb: `sondern auch welche von …`), goes on with that
        source's report (`continuation`, no first person nor norm)."""
        follow = self.continuation(sentences, index, (index - 1, source), quote_spans, verbatim=False).follow
        if follow is None or follow.rule != "indirect:follow-on":
            return None
        verbs = self._subjunctives(sentences[index], quote_spans, False)
        return follow if any(self.cues.konjunktiv_i_form(t) and t.lower_ not in self.dependent_openers
                             for t in verbs) else None

    def reporting_person(self, speaker: Speaker) -> bool:
        """The speaker names an actor the lexicons place (`der Polizei`, `Kreml`) or a person (`Angaben von
        ÖVP-Politikern`), not a document (`einem Bericht`), whose report no sentence goes on."""
        return bool(speaker.actor_country) or any(self.person_nouns.declined_person(w) for w in speaker.text.split())

    def _other_actor_narrated(self, sent: Span, verbs: list[Token], speaker: Speaker | None,
                              quote_spans: Blocked) -> bool:
        """`X kündigte … an. Reeves hatte mit einem Aufsatz … für Schlagzeilen gesorgt.`: the sentence opens with
        another person the text places than the last speaker, right before a finite verb of the past, no
        Konjunktiv nor norm (`_authors_sentence`: a past indicative, or a perfect with its participle; the
        prefield is that person, whatever the parser makes of it): the author narrates what that person did,
        the speech has ended (not `Cekic sei ein Publikumsliebling`, `Pilz sollte daran arbeiten`: of him)."""
        doc = sent.doc
        start = next((t.i for t in sent if not t.is_space), sent.end)
        mention = mention_at(doc, start) if start < sent.end else None
        if speaker is None or mention is None or mention.start != start or mention.end >= sent.end \
                or inside(doc[start], quote_spans):
            return False
        actor = mention_field(mention, "actor")
        verb = doc[mention.end]
        return bool(actor) and actor != speaker.actor and self._other_placed_person(mention, speaker) \
            and finite_verb(verb) and verb not in verbs and verb.lower_ not in self.deontic_words \
            and self._authors_sentence(sent, quote_spans)

    def _own_source(self, sent: Span, verbs: list[Token], quote_spans: Blocked) -> bool:
        """`Der sollte verkauft werden, so haben es die Kreditgeber vorgeschrieben.`, `Seine Abgeordneten, so war
        die Annahme, würden …`: a clause after a comma opens with `so` and a finite verb that is no Konjunktiv,
        and names a noun before its end (the next comma or the sentence's): the author gives the sentence's
        source, the last speaker's speech has ended (not `…, so ist das eben`, which names none)."""
        doc, lowers = sent.doc, token_words(sent.doc)[1]
        for token in map(doc.__getitem__, [k for k in range(sent.start, sent.end) if lowers[k] == "so"]):  # (a Token of `so` only)
            if token.i == sent.start or doc[token.i - 1].text != "," \
                    or token.i + 1 >= sent.end or inside(token, quote_spans):
                continue
            verb = doc[token.i + 1]
            if not finite_verb(verb) or verb in verbs:
                continue
            end = next((t.i for t in tokens_of(doc, verb.i + 1, sent.end) if t.text == ","), sent.end)
            if any(t.pos_ in ("NOUN", "PROPN") for t in tokens_of(doc, verb.i + 1, end)):
                return True
        return False

    def _counterfactual(self, sent: Span, verbs: list[Token], quote_spans: Blocked) -> bool:
        """`Es wäre einer der Betreiber geworden.`, `Damit hätte es reichen sollen.`: the sentence's only
        Konjunktiv verbs are the Konjunktiv II of a past that did not happen (german.csv `ki2` forms of
        the `copula` or a `modal_perfect_auxiliary`, whose clause holds `gewesen`, `geworden`, both
        `sein_participle` and `past_copula`, or ends in a `modal_infinitive`). Reported speech puts
        that past in Konjunktiv I (`sei … gewesen`, `habe … reichen sollen`): the sentence is the
        author's judgement of what might have been, not the speaker's words going on; not a sentence
        in the first person (`ich wäre …`, a speaker's words)."""
        if not verbs or self.first_person(sent, quote_spans):
            return False
        doc = sent.doc
        auxiliaries = [t for t in verbs if t.lower_ in self.counterfactual_auxiliaries]
        for verb in verbs:
            if verb.lower_ in self.modal_infinitives and any(t.i < verb.i for t in auxiliaries):
                continue  # `hätte … reichen sollen`: the modal's infinitive, no Konjunktiv of its own
            if verb.lower_ not in self.counterfactual_auxiliaries:
                return False
            _, hi = clause_range(doc, sent, verb.i, quote_spans)
            words = [t.lower_ for t in tokens_of(doc, verb.i + 1, hi) if not t.is_punct]
            if not (self.counterfactual_participles.intersection(words)
                    or words and words[-1] in self.modal_infinitives and len(words) > 1):
                return False
        return True

    def _observers_report(self, sent: Span, verbs: list[Token], quote_spans: Blocked) -> bool:
        """`Nicht wenige bezeichnen den Plan als Reform, die sich X habe schreiben lassen`: observers are the
        subject of the main clause (`_observers_speak`), whose verb is an indicative, and every Konjunktiv stands
        in a dependent clause: the author reports what those others say, the last speaker's speech has ended
        (not `Viele seien enttäuscht`, the speaker's words about them)."""
        verbs = [t for t in verbs if t.lower_ not in self.quantifiers]  # (`wenige` the tagger may take for a verb)
        return bool(verbs) and all(self._dependent(t) for t in verbs) and self._observers_speak(sent, quote_spans)

    def _colon_owner(self, sent: Span, verbs: list[Token], follow: Quote, quote_spans: Blocked) -> Quote | None:
        """`X, Chef der Gewerkschaft, geht weiter: Es brauche …`, `Kritikern geht das zu weit: Die Reform verleihe
        …`: every Konjunktiv follows a colon whose clause before it has another person the text places as its
        subject, whose words they are, or observers (`_observers_speak`), whose view the author reports: not
        the last speaker's speech going on (None for observers, who name no actor)."""
        colon = next((t for t in sent if t.text == ":" and not inside(t, quote_spans)), None)
        if colon is None or follow.speaker is None or not verbs or any(t.i < colon.i for t in verbs):
            return follow
        before = sent.doc[sent.start:colon.i]
        person = next((span for span in mentions_in(before) if self._other_placed_person(span, follow.speaker)
                       and not inside(span[0], quote_spans) and any(self._subject(t) for t in span)), None)
        if person is not None:
            return replace(follow, speaker=self.speakers.speaker_from_span(person))
        return None if self._observers_speak(before, quote_spans) else follow

    def _named_between(self, sentences: list[Span], index: int, follow: Quote, quote_spans: Blocked) -> Quote:
        """`X sagte … . Franziskus erwähnte den Vulkan … . Die Kirche werde mit dem Mond identifiziert.`:
        the sentence between the speech and a Konjunktiv I sentence two after it names another person the
        text places as its subject and first candidate (`after_named_person`): the Konjunktiv goes on with
        that person's words, the last one named, not the earlier speaker's."""
        if follow.speaker is None or not self._other_person_speaks(sentences[index - 1], follow.speaker, quote_spans):
            return follow  # (the person must be the subject there: `Er empfing danach Franziskus` goes on with X)
        other = self.after_named_person(sentences[index].doc, sentences, index, quote_spans)
        if other is None or other.speaker is None or other.speaker.actor == follow.speaker.actor:
            return follow
        return other

    def _plan_after_narration(self, verbs: list[Token], between: Span, quote_spans: Blocked) -> bool:
        """`Thema der Konferenz war auch die Infrastruktur. So soll künftig die Autobahn … verbinden.`: an
        indicative `soll`, `sollen` (a plan or a rule as much as reported speech) is the sentence's only
        Konjunktiv, and the sentence between it and the speech is the author's (`_authors_sentence`): the
        author goes on telling the plan, the speech has ended; a Konjunktiv I there (`gebe`) still goes on."""
        return bool(verbs) and all(t.lower_ in self.reportative and t.lower_ not in self.cues.ki for t in verbs) \
            and self._authors_sentence(between, quote_spans)

    def _plan_after_other_actor(self, verbs: list[Token], between: Span, speaker: Speaker | None,
                                quote_spans: Blocked) -> bool:
        """`X sagte … . Bis zum Parteitag will sich die SPÖ mit ihren Gremien befassen. Das Präsidium soll
        dazu eine Gruppe einrichten.`: an indicative `soll`, `sollen` is the sentence's only Konjunktiv, and
        the sentence between it and the speech, with no Konjunktiv of its own, has another actor the text
        places as its subject: the author tells that actor's plan, the speech has ended."""
        if speaker is None or not verbs or not all(t.lower_ in self.reportative and t.lower_ not in self.cues.ki
                                                   and not self._dependent(t) and not in_brackets(t, t.sent.start)
                                                   for t in verbs):
            return False  # (a `soll` in brackets or a dependent clause is no plan of the sentence's own)
        if self._subjunctives(between, quote_spans, False):
            return False
        return any(mention_field(span, "actor_country") and mention_field(span, "actor") != speaker.actor
                   and not inside(span[0], quote_spans) and any(self._subject(t) for t in span)
                   for span in mentions_in(between))

    def _authors_sentence(self, sent: Span, quote_spans: Blocked) -> bool:
        """The sentence's main clause narrates in the past (`Für Südosteuropa wurde ein Jugendwerk gegründet`,
        `OpenSSL hat ein Update veröffentlicht`): the author tells what happened, nobody speaks (not a
        present, `Harald Mahrer denkt dabei lieber groß`, which may go on with someone's view)."""
        verb = next((t for t in sent if finite_verb(t) and not inside(t, quote_spans) and not self._dependent(t)), None)
        if verb is None:
            return False
        if self.only_past(verb.text):
            return True
        if verb.lower_ not in self.perfect_auxiliaries:
            return False
        _, hi = clause_range(sent.doc, sent, verb.i, [])
        return any("Part" in morph_values(t, "VerbForm") for t in sent.doc[verb.i + 1:hi])

    def _across_dateline(self, sentences: list[Span], index: int, last_speaker: LastSpeaker,
                         quote_spans: Blocked) -> bool:
        """A dateline (`_opens_body`) opens this sentence or one between it and the last speech (a headline's):
        the report's body begins, and no speech goes on across it into the narration after it; unless the
        sentence names the speaker again before a colon that opens its speech (`Die Zahl kommt aus dem
        Innenministerium: Seit Mai zähle die Polizei …`)."""
        if not any(self._opens_body(sentences[i], i) for i in range(last_speaker[0] + 1, index + 1)):
            return False
        sent = sentences[index]
        colon = next((t for t in sent if t.text == ":" and not inside(t, quote_spans)), None)
        return colon is None or not any(
            span.end <= colon.i and mention_field(span, "actor") == last_speaker[1].actor
            for span in mentions_in(sent.doc[sent.start:colon.i]))

    @staticmethod
    def _opens_body(sent: Span, index: int) -> bool:
        """`Wien – Beispiele für überflüssige Normen findet man einige.`: a dateline, a dash and a capital
        word opening one of the text's first sentences begin the report's body after its title and
        lead, which goes on with no speech of theirs (not `Lorenz – übrigens Ehrenpräsident – hätte …`)."""
        doc = sent.doc
        start = next((t.i for t in sent if not t.is_space), sent.end)
        body = after_dateline(doc, start) if index < DATELINE_SENTENCES else start
        return start < body < sent.end and doc[body].text[:1].isupper()

    def _follow_on(self, sent: Span, index: int, last_speaker: LastSpeaker, quote_spans: Blocked, verbatim: bool,
                   verbs: list[Token], in_authors_clause: bool) -> Quote | None:
        """A Konjunktiv I sentence right after reported speech continues it (same speaker); with
        `verbatim`, a first-person or deontic sentence right after it too (not after a reported act:
        `X wünscht sich …` is no speech whose quotation marks were lost). The sentence is no question
        nor hedged; `verbs`: its Konjunktiv verbs, `in_authors_clause`: they stand only in dependent
        clauses of the author's (`_author_main_clause`)."""
        adjacent = index - last_speaker[0] == 1
        if in_authors_clause:
            # `Bedeutend ist die Deklaration, dass man … nicht blockieren werde`: the author's report
            verbatim_now = verbatim and adjacent and self.first_person(sent, quote_spans) \
                and not self._other_person_speaks(sent, last_speaker[1], quote_spans)
            return Quote("DIRECT", "", -1, -1, sent.start_char, sent.end_char, index, last_speaker[1], None,
                         "direct:unmarked") if verbatim_now else None
        # (not the verb opening a condition: `Sollte Dobrindt das Geld fehlen, stünden …` names him before `stünden`)
        konjunktiv = next((t for t in verbs if t.text.lower() not in self.reportative and not self._condition(t, sent)),
                          None)
        if konjunktiv is not None and self._names_speaker(sent, last_speaker[1], konjunktiv):
            return None  # `Doskozil sei das bewusst`, `Mitterlehner habe … nicht halten können`: said of him
        if verbs:
            # `Mindestens eine Person soll ums Leben gekommen sein.`: what the source alleges goes on, but
            # as a fact reported, not a position (no claim: `indirect:allegation`)
            alleged = all(t.text.lower() in self.reportative and self._allegation(t, sent) for t in verbs)
            return Quote("INDIRECT", "", -1, -1, sent.start_char, sent.end_char, index, last_speaker[1], None,
                         "indirect:allegation" if alleged else "indirect:follow-on")
        if not (verbatim and adjacent):
            return None
        first_person = self.first_person(sent, quote_spans)
        if first_person:
            framed = self._framing_person(sent, last_speaker[1], quote_spans)
            if framed is not None:  # `Wir können …, spielte Präsident Christoph Leitl den Ball zurück`: his words
                return Quote("DIRECT", "", -1, -1, sent.start_char, framed[0].idx, index,
                             self.speakers.speaker_from_span(framed[1]), None, "direct:unmarked")
        if (first_person or (self.deontic(sent, quote_spans, after_speech=True) or self.judgement(sent)
                             or self.necessity(sent))
                and not self._names_speaker(sent, last_speaker[1], sent[-1]) and not self._others_view(sent, quote_spans)) \
                and not self._other_person_speaks(sent, last_speaker[1], quote_spans):
            # `Zunächst aber braucht Alexis Tsipras eine neue Regierung.`: a norm that names the speaker is
            # said of him, not by him (he would say `ich`)
            return Quote("DIRECT", "", -1, -1, sent.start_char, sent.end_char, index, last_speaker[1], None,
                         "direct:unmarked")
        return None

    def _others_view(self, sent: Span, quote_spans: Blocked) -> bool:
        """`Die Lösung ist für den Referenten ein Meilenstein`: the main clause holds a view for a person, a
        german.csv `view_preposition` and an article before a noun of a person (`PersonNouns`, also in the weak
        declension: `den Referenten`): the verdict is that person's, as the author reports it, not the last
        speaker's words going on (`für mich`, `für das Land` hold no other person's view)."""
        doc = sent.doc
        for token in sent:
            if token.lower_ not in self.view_prepositions or inside(token, quote_spans) or token.i + 2 >= sent.end \
                    or doc[token.i + 1].lower_ not in self.articles:
                continue
            noun = doc[token.i + 2]
            while noun.pos_ == "ADJ" and noun.i + 1 < sent.end:
                noun = doc[noun.i + 1]
            if noun.pos_ in ("NOUN", "PROPN") and not self._dependent(noun) and self.person_nouns.declined_person(noun.text):
                return True
        return False

    def _narrated(self, sent: Span, verbs: list[Token], quote_spans: Blocked) -> bool:
        """The main clause's finite verb, in the sentence's first clause, is only a past indicative and
        no cue (`In Linz wurde Hilfe, und sei es nur beim Erkennen der Lage, erhofft`, `Im Stadion waren
        Plakate zu sehen, darunter „Er sei unser Nachbar“`): the author narrates, and a Konjunktiv after
        it in a parenthesis or a slogan goes on with nobody's speech; not after a colon (`Seine Aussagen
        betrafen die Einwanderung: Er wolle …`), nor when a dependent clause opens the sentence (`Dass
        … novelliert wurde, führe dazu …`) or a verb (`War lange angenommen worden, dass …, soll …`)."""
        if sent[0].lower_ in self.subordinators:
            return False
        first = next((t for t in sent if finite_verb(t) or t.text in CLAUSE_BREAKS), None)
        if first is None or first.text in CLAUSE_BREAKS or first.i == sent.start or not self.only_past(first.text) \
                or inside(first, quote_spans):
            return False  # (`Waren es einst 15 Prozent, sind es nun 40 …`: a verb first opens a condition)
        end = next((t.i for t in sent.doc[first.i:sent.end] if t.text in CLAUSE_BREAKS), sent.end)
        if any((t.i == first.i or "Part" in morph_values(t, "VerbForm")) and self.cues.verb_in_force(t, sent, quote_spans)
               and t.lower_ not in self.tense_auxiliaries for t in sent.doc[first.i:end]):
            return False  # `Zeugen hatten ausgesagt, die Täter seien …`: a cue (its participle) frames speech
        return all(t.i > first.i and not any(w.text == ":" for w in sent.doc[first.i:t.i]) for t in verbs)

    def _names_speaker(self, sent: Span, speaker: Speaker, verb: Token) -> bool:
        """The sentence names the last speaker, a person, by name before its Konjunktiv (`X sagte … . Y sei
        das bewusst, Doskozil aber nicht`): someone speaks of that person, who would say `ich`, not his own
        name; not a source (`laut Doskozil sei …`), a name in brackets, nor the speaker after the verb
        (`…, bekannte X`). The reportative `soll` carries the speaker's will (`Trump will einen Deal – und
        der soll …`), and a verb of saying before the Konjunktiv frames the person's own speech (`Celebi
        riet …, falls … auftauche`); a name after that verb, when it is finite, is spoken of all the same
        (`Der Kurier verzichtete darauf, weil Gudenus nicht Ziel gewesen sei`: the paper's reason; not after an
        infinitive, `…, die jeder … zur Verfügung stellen muss oder, wie sich Tauss ausdrückte, …`)."""
        framing = [t for t in sent.doc[sent.start:verb.i] if t.pos_ == "VERB" and self.cues.verb_in_force(t, sent)]
        finite = [t.i for t in framing if finite_verb(t)]
        if framing and not finite:
            return False
        start = finite[-1] + 1 if finite else sent.start
        return any(span.label_ == "PER" and start <= span.start and span.end <= verb.i
                   and mention_field(span, "actor") == speaker.actor
                   and not (span.start > sent.start and span.doc[span.start - 1].lower_ in self.source_words)
                   and not in_brackets(span[0], sent.start)  # a title the sentence mentions
                   for span in mentions_in(sent))

    def _other_person_speaks(self, sent: Span, speaker: Speaker, quote_spans: Blocked) -> bool:
        """Another named person the text places is the sentence's subject (`…, spielte Präsident Christoph
        Leitl den Ball zurück`, `Rand Paul, ebenfalls Senator, versucht …`), or observers no lexicon places
        (`_observers_speak`): the sentence is about them or gives their words, so it does not go on with the
        last speaker's unmarked speech."""
        actors = [(span, mention_field(span, "actor")) for span in mentions_in(sent)
                  if not inside(span[0], quote_spans)]
        others = {actor for span, actor in actors if UnmarkedSpeech._other_placed_person(span, speaker)}
        return any(actor in others and any(UnmarkedSpeech._subject(t) for t in span) for span, actor in actors) \
            or self._observers_speak(sent, quote_spans)

    def _observers_speak(self, sent: Span, quote_spans: Blocked) -> bool:
        """The subject of the sentence's main clause is a noun of observers (german.csv `observer_noun`, also
        as a compound's end: `Experten führen das auf … zurück`, `Ein Ökonom hält das für falsch`), or such a
        noun opens the sentence, a dative holder (`Regierungskritikern geht das zu weit`); in the plural or
        without a definite article, no actor mention and no first person beside it: the author reports what
        those others think, not the last speaker's words going on (`Der Experte` may be the speaker himself;
        `Wir Experten …` is the speaker's)."""
        if not self.observer_nouns or self.first_person(sent, quote_spans):
            return False
        doc = sent.doc
        if any(self._quantifier_subject(token, quote_spans) for token in sent):
            return True
        for token in sent:
            if not (token.pos_ in ("NOUN", "PROPN") and token.is_title and token.lower_.endswith(self.observer_nouns)
                    and (self._subject(token) or self._opens_sentence(token, sent)) and not inside(token, quote_spans)
                    and not self._dependent(token) and mention_at(doc, token.i) is None):
                continue
            article = doc[token.i - 1].lower_ if token.i > sent.start else ""
            if "Plur" in morph_values(token, "Number") or article not in self.definite_articles:
                return True
        return False

    def _quantifier_subject(self, token: Token, quote_spans: Blocked) -> bool:
        """The token is a quantifier standing alone as the main clause's subject (german.csv `plural_quantifier`:
        `Viele halten das für falsch`), or alone before the sentence's verb, no Konjunktiv, after nothing but a
        negation (`Nicht wenige bezeichnen …`, which the parser may misread): others, unnamed, not the last speaker."""
        if token.lower_ not in self.quantifiers or inside(token, quote_spans):
            return False
        doc, start = token.doc, token.sent.start
        if all(t.lower_ in self.verb_negators for t in tokens_of(doc, start, token.i)) and token.i + 1 < len(doc) \
                and doc[token.i + 1].pos_ in ("VERB", "AUX") and "Sub" not in morph_values(doc[token.i + 1], "Mood"):
            return True  # `Nicht wenige bezeichnen …`: the quantifier, alone before the finite verb, opens the sentence
        return token.pos_ in ("PRON", "DET", "ADJ") and self._subject(token) and not self._dependent(token) \
            and not any(c.pos_ in ("NOUN", "PROPN") for c in token.children) and token.head.pos_ not in ("NOUN", "PROPN")

    @staticmethod
    def _opens_sentence(token: Token, sent: Span) -> bool:
        """Only an article or adjectives stand before the noun in its sentence: it opens the prefield, as a
        subject or a dative holder (`Kritikern geht das zu weit`, which the parser may take for an adverb)."""
        return all(t.pos_ in ("DET", "ADJ") for t in sent.doc[sent.start:token.i])

    @staticmethod
    def _other_placed_person(span: Span, speaker: Speaker) -> bool:
        """The mention names a person the text places, not the last speaker (not `Jede Regulierung`)."""
        return (span.label_ == "PER" and bool(mention_field(span, "actor_country"))
                and mention_field(span, "actor") != speaker.actor)

    @staticmethod
    def _framing_person(sent: Span, speaker: Speaker, quote_spans: Blocked) -> tuple[Token, Span] | None:
        """(comma, mention) where another person the text places is the subject of a verb that opens
        the sentence's last clause right after a comma, the subject after it (`Wir können …, spielte
        Präsident Christoph Leitl den Ball zurück`): that clause frames the words before it as the
        person's, as a verb of saying would; not a subject that opens the sentence (`Rand Paul versucht …`)."""
        doc = sent.doc
        for span in mentions_in(sent):
            if not (sent.start < span.start and UnmarkedSpeech._other_placed_person(span, speaker)
                    and not inside(span[0], quote_spans)):
                continue
            token = next((t for t in span if UnmarkedSpeech._subject(t)), None)
            if token is None:
                continue
            verb = token
            while (verb.dep_ in APPOSITION_LABELS or verb.dep_ in SUBJECTS) and verb.head.i != verb.i:
                verb = verb.head
            comma = doc[verb.i - 1]
            if (finite_verb(verb) and sent.start + 2 < verb.i < span.start and comma.text == ","
                    and not any(t.text == "," for t in tokens_of(doc, verb.i, span.start))
                    and not any(t.text in (",", ";", ":") for t in tokens_of(doc, span.end, sent.end))):
                return comma, span
        return None

    @staticmethod
    def _subject(token: Token) -> bool:
        """The token is a subject, or a name in apposition to one (`Präsident Christoph Leitl`)."""
        while token.dep_ in APPOSITION_LABELS and token.head.i != token.i:
            token = token.head
        return token.dep_ in SUBJECTS

    def _subjunctives(self, sent: Span, quote_spans: Blocked, adjacent: bool) -> list[Token]:
        """The sentence's Konjunktiv verbs and reportative `soll`, outside quotation marks. Only a word
        of the `ki`, `ki2` or reportative lists, one in `-e` or one the tagger reads as a subjunctive
        can be one (`CueMatcher.is_subjunctive`): the others are passed over without a Token."""
        doc, lowers = sent.doc, token_words(sent.doc)[1]
        moods = morph_indices(doc, "Mood", "Sub")
        verbs = []
        for i in range(sent.start, sent.end):
            lower = lowers[i]
            if lower not in self.subjunctive_words and not lower.endswith("e") \
                    and (i not in moods if moods is not None else "Sub" not in morph_values_at(doc, i, "Mood")):
                continue
            token = doc[i]
            if self.only_past(lower):
                continue  # `bekannte`, `brachte`: a mixed verb's past, whose Konjunktiv II is `bekennte`, `brächte`
            if (self.cues.is_subjunctive(token, adjacent) or lower in self.reportative) \
                    and not inside(token, quote_spans):
                verbs.append(token)
        return verbs

    @staticmethod
    def _dependent(token: Token) -> bool:
        """The verb stands in a dependent clause: one opened by a subordinator (`dass`, `ob`,
        `weil`) or a relative or interrogative pronoun (`die … vorgelegt habe`), however deep. Without a
        parse (no label) there is no clause to read, and `Token.children` must not be asked
        (`CueMatcher._first_person_subject`)."""
        if token.dep == 0:
            return False
        node = token.head if token.dep_ in ("aux", "aux:pass", "cop") else token
        while True:
            if any(c.dep_ == "mark" or c.i < node.i and UnmarkedSpeech._opens_clause(c) for c in node.children):
                return True
            if node.dep_ == "ROOT" or node.head.i == node.i:
                return False
            node = node.head

    @staticmethod
    def _opens_clause(token: Token) -> bool:
        """A relative or interrogative pronoun after a comma (and its preposition: `, über deren …`)
        or opening the sentence (`Warum er …, blieb offen`); `– und der soll …` is a demonstrative."""
        if not {"Rel", "Int"} & set(morph_values(token, "PronType")):
            return False
        doc = token.doc
        before = token.i - 1
        while before >= 0 and doc[before].pos_ in ("ADP", "DET") and doc[before].text != ",":
            before -= 1
        return before < sentence_bounds(doc, token.i)[0] or doc[before].text == ","

    def _weak_past(self, token: Token) -> bool:
        """`verdienten`, `fehlte`: a weak past in `-te(n)` is also the Konjunktiv II, which right
        after the speech stands in for Konjunktiv I; `hatte`, `wurde` are no Konjunktiv."""
        return token.lower_.endswith(("te", "ten")) and "Past" in morph_values(token, "Tense") \
            and token.lower_ not in self.tense_auxiliaries

    def _author_main_clause(self, sent: Span, verbs: list[Token], quote_spans: Blocked, adjacent: bool) -> bool:
        """The subjunctive stands only in dependent clauses while the main clause has a finite verb
        in the indicative (`Offen blieb, ob … zustimmen werde`, `Bedeutend ist die Deklaration, dass
        man … blockieren werde`): the Konjunktiv reports the content of a noun or question inside the
        author's own sentence, which continues nobody's speech; not when that verb is a cue (`Celebi
        riet ihr, die Polizei zu rufen, falls er auftauche`; not `Davor gibt es ein Treffen, das … soll`)."""
        if not all(self._dependent(t) or self._dependent_modal(t, sent) for t in verbs):
            return False  # (the parse may miss a relative clause: `…, das … helfen soll,` ends one all the same)
        return any(finite_verb(t) and "Ind" in morph_values(t, "Mood") and not inside(t, quote_spans)
                   and not self._dependent(t) and not self.cues.is_subjunctive(t, adjacent)
                   and not (t.pos_ == "VERB" and self._cue_verb(t, sent, quote_spans))
                   and not (adjacent and self._weak_past(t)) and t.text.lower() not in self.reportative for t in sent)

    def _cue_verb(self, token: Token, sent: Span, quote_spans: Blocked) -> bool:
        """The verb may be a cue: its form is one (`riet`, `sieht`), but with the impersonal `es` next to it
        only a cue whose particle the sentence has (`gab es … bekannt`, `hieß es`): `Davor gibt es ein
        Treffen`, `Gerüchte gab es` state what exists, nobody speaks."""
        if not self.cues.verb_in_force(token, sent, quote_spans):
            return False  # (`Das stößt auf wenig Gegenliebe`: a verb only idioms list, none of them here)
        doc = token.doc
        impersonal = any(doc[i].lower_ in self.impersonal for i in (token.i - 1, token.i + 1)
                         if sent.start <= i < sent.end)
        return not impersonal or self.cues.match_verb(token, sent, quote_spans) is not None

    def after_named_person(self, doc: Doc, sentences: list[Span], index: int, quote_spans: Blocked) -> Quote | None:
        """`Etwas näher … lokalisierte Landeshauptmannstellvertreter Thomas Stelzer das Problem der ÖVP.
        Das Khol-Ergebnis sei kein Warnschuss, sondern ein Treffer.`: a Konjunktiv I sentence (no
        hedge, no allegation) right after a sentence that names a person the text places, not after
        a preposition, when nobody spoke just before: that person's words (not a first-person sentence,
        `Ich habe ihn …`: someone's verbatim words; nor `Es wäre der erste Besuch …`, the Konjunktiv II of
        `sein` in `-e`, which with nobody's speech before is the author's hypothesis)."""
        sent = sentences[index]
        if index == 0 or self._question_or_hedged(sent) or self.first_person(sent, quote_spans):
            return None  # `Ich habe ihn … gekannt`: `habe` after `ich` is the indicative, verbatim speech
        # (`konjunktiv_i_form` of a word no finite verb is `listed_ki`: the form test needs a finite verb)
        finite_at = self._finite_at(doc)
        first_verb = self._first_word(sent, lambda i, lower: finite_at(i) or (
            lower in self.cues.ki and self.cues.listed_ki(doc[i])))
        if first_verb is None or not self.cues.konjunktiv_i_form(first_verb) \
                or first_verb.lower_ in self.ki2_copulas or inside(first_verb, quote_spans) \
                or not self.reportative.isdisjoint(token_words(doc)[1][sent.start:sent.end]):
            return None  # the main clause in Konjunktiv I (not `Sie möchte wissen, wie … gekommen sei`)
        previous = sentences[index - 1]
        if any(self.cues.passive(doc[i], previous) for i in range(previous.start, previous.end)
               if "Part" in morph_values_at(doc, i, "VerbForm")):
            return None  # `Der Polizist wurde verhaftet. Er habe …`: what is alleged against him
        for candidate in self.speakers.candidates(doc, previous.start, previous.end, quote_spans):
            if isinstance(candidate, Span) and candidate.label_ == "PER" and mention_field(candidate, "actor_country"):
                actor = mention_field(candidate, "actor")
                named_again = any(mention_field(span, "actor") == actor for span in mentions_in(sent))
                if self.speakers.oblique_case(candidate[-1]) or named_again:
                    return None  # `drohen Demirtaş 24 Jahre Haft`, `…, weil Gudenus … gewesen sei`: not their words
                return Quote("INDIRECT", "", -1, -1, sent.start_char, sent.end_char, index,
                             self.speakers.speaker_from_span(candidate), None, "indirect:follow-on")
        return None

    def unattributed(self, sentences: list[Span], index: int, quote_spans: Blocked) -> Quote | None:
        """`Eine unmittelbare Gefahr bestehe jedoch nicht.` with no speaker in reach: a main clause in
        Konjunktiv I is reported speech in German news even when the text does not say whose; INDIRECT
        without a speaker (so no claim). The first finite verb, before any comma and not opening the
        sentence (`Bitte … klicken`), must be a listed form (german.csv ki: `sei`, `habe`, `liege`; not
        `wäre`). Not a question, a hedge, a first-person sentence (`ich habe`), an allegation with
        `soll`, or a verb inside quotation marks."""
        sent = sentences[index]
        if self.cues.ki.isdisjoint(token_words(sent.doc)[1][sent.start:sent.end]):
            return None  # (asked first, a set lookup: no listed Konjunktiv I form, so no first verb that is one)
        if self._question_or_hedged(sent) or self.first_person(sent, quote_spans):
            return None
        doc = sent.doc
        finite_at = self._finite_at(doc)
        first_verb = self._first_word(sent, lambda i, lower: lower == "," or finite_at(i))
        if first_verb is None or first_verb.i == sent.start or first_verb.lower_ not in self.cues.ki \
                or inside(first_verb, quote_spans) \
                or not self.reportative.isdisjoint(token_words(sent.doc)[1][sent.start:sent.end]):
            return None  # the main clause's verb, a listed Konjunktiv I form (`wäre`, `laufe` as a noun: none)
        if self._authors_aside(sent, first_verb):
            return None
        return Quote("INDIRECT", "", -1, -1, sent.start_char, sent.end_char, index, None, None,
                     "indirect:unattributed")

    @staticmethod
    def _finite_at(doc: Doc) -> Callable[[int], bool]:
        """`finite_verb` of the token at an index, a Token made only of a word the tagger reads as finite
        (the finite words looked up once, not per word asked)."""
        finite = morph_indices(doc, "VerbForm", "Fin")
        if finite is None:
            return lambda i: "Fin" in morph_values_at(doc, i, "VerbForm") and finite_verb(doc[i])
        return lambda i: i in finite and finite_verb(doc[i])

    @staticmethod
    def _first_word(sent: Span, fits: Callable[[int, str], bool]) -> Token | None:
        """The sentence's first token whose index and lower-case word `fits` (no Token made of the others)."""
        lowers = token_words(sent.doc)[1]
        return next((sent.doc[i] for i in range(sent.start, sent.end) if fits(i, lowers[i])), None)

    def _authors_aside(self, sent: Span, verb: Token) -> bool:
        """`Es sei darauf hingewiesen, dass …`, `Ganz allgemein sei betont, …`: `sei` with a
        participle of saying that ends the main clause and no subject but `es` is the author's
        own remark (a wish in Konjunktiv I), nobody's reported words; `Der Plan sei bestätigt`
        (a subject noun) and `sei betont worden` are reported."""
        if verb.lower_ != "sei":
            return False
        end = next((t.i for t in sent.doc[verb.i:sent.end] if t.is_punct), sent.end)
        last = sent.doc[end - 1]
        words = sent.doc[sent.start:end]
        return last.i > verb.i and self.cues.is_speech_verb(last) and not any(
            t.is_title for t in words if t.i > sent.start) and sent[0].lower_ not in self.subject_openers

    def _speakers_hedge(self, sent: Span, verbs: list[Token]) -> bool:
        """`So könne die Stadt den Grund stellen, und Firmen könnten bauen.`: a hedging modal (`könnten`,
        `dürfte`) beside a Konjunktiv I of the word list (german.csv `ki`) in the sentence's first clause, a
        main clause, is the speaker's, reported; not in a question, nor beside a hedge adverb
        (`möglicherweise`, `wohl`), which may be the author's own doubt or a passive source (`…, wird vermutet`)."""
        if ends_with(sent, "?") or any(t.lower_ in self.cues.hedges and t.pos_ not in ("AUX", "VERB") for t in sent):
            return False
        return any(
            t.lower_ in self.cues.ki and not self._dependent(t)
            and clause_range(sent.doc, sent, t.i, [])[0] == sent.start for t in verbs)

    def _question_or_hedged(self, sent: Span) -> bool:
        """A question, or the author's speculation (`Lukaschenko dürfte darauf setzen, …`): nobody's words."""
        return ends_with(sent, "?") or not self.cues.hedges.isdisjoint(token_words(sent.doc)[1][sent.start:sent.end])

    def deontic(self, sent: Span, quote_spans: Blocked, after_speech: bool = False) -> bool:
        """`Das darf nicht sein.`, `Jetzt muss es zu Änderungen kommen.` right after someone spoke:
        a norm in the indicative is the speaker's (news reports state facts, speakers state norms);
        `after_speech`: the sentence follows the speech, and a norm of `er`, `sie` is said of the speaker
        (`_third_person_subject`; after a colon, `X: Wenn …, soll er gehen`, that person is another)."""
        if self.deontic_words.isdisjoint(token_words(sent.doc)[1][sent.start:sent.end]):
            return False  # (most sentences: no modal verb of a norm)
        words = {t.text.lower() for t in sent if not inside(t, quote_spans)}
        if any(t.text.lower() in self.reportative and self._allegation(t, sent) for t in sent):
            return False  # `… soll … aufgehalten haben`: an allegation, no norm
        if "man" in words or "sie" in words and any(t.text == "Sie" and t.i > sent.start for t in sent):
            return False  # `So muss man damit rechnen`, `Lassen Sie nicht zu`: the author's voice
        return any(t.lower_ in self.deontic_words and not inside(t, quote_spans) and not self._dependent_modal(t, sent)
                   and not self._condition(t, sent) and not self._deadline(t, sent, words)
                   and not self._permission(t, words) and not self._pending(t, sent)
                   and not (after_speech and self._third_person_subject(t)) for t in sent)

    def _pending(self, token: Token, sent: Span) -> bool:
        """`Details müssen erst festgeschrieben werden`, `Das muss noch geprüft werden`: `muss` with `noch`
        or `erst` (german.csv `pending_modal`, `pending_adverb`) in a passive that ends its clause tells where
        a procedure stands, no norm (not `muss noch mehr`, `noch stärker`: a degree, `pending_exception` or a
        comparative in `-er`)."""
        if token.lower_ not in self.pending_modals:
            return False
        doc = token.doc
        _, hi = clause_range(doc, sent, token.i, [])
        words = [t for t in tokens_of(doc, token.i + 1, hi) if not t.is_punct and not t.is_space]
        return len(words) > 2 and words[-1].text == "werden" and any(
            t.lower_ in self.pending_adverbs and nxt.lower_ not in self.pending_exceptions
            and not (nxt.text.islower() and nxt.text.endswith("er")) for t, nxt in zip(words, words[1:-1]))

    def _third_person_subject(self, token: Token) -> bool:
        """`X rechnete aus, dass Stimmen fehlen. Deshalb muss er zum Notparagrafen greifen.`: the modal's
        subject is a third person singular pronoun (german.csv `pronoun_m`, `pronoun_f`; the modal in the
        singular): the author tells what the speaker must do, who would say `ich` of himself (the plural
        `Dann müssen sie …` may be the speaker's advice to others)."""
        verbs = (token, token.head) if token.dep_.startswith("aux") else (token,)  # (UD: the modal an `aux`)
        return "Sing" in morph_values(token, "Number") and any(
            c.dep_ in SUBJECT_LABELS and c.lower_ in self.third_person_pronouns for v in verbs for c in v.children)

    def _permission(self, token: Token, words: set[str]) -> bool:
        """`Die Organisation darf seit zwei Jahren selbst suchen`, `Abgeordnete dürfen die Texte lesen`: `dürfen`
        without a negator or the first person states what a rule allows, a fact the author reports; `Das darf
        nicht sein`, `Wir dürfen nicht abwarten` set the speaker's norm."""
        return token.lower_ in self.permission_modals and self.verb_negators.isdisjoint(words) \
            and self.first_person_words.isdisjoint(words)

    def _deadline(self, token: Token, sent: Span, words: set[str]) -> bool:
        """`Ende Juni muss Athen Kredite zurückzahlen`, `Bis 2006 müssen alle Abgeordneten …`: `muss` with a
        calendar date (a month, `bis Ende`, `am Montag`, a year) and no first person states a deadline, a fact
        of the timetable, no norm; `sollte` with a date sets a goal (`Bis 2020 sollten es … sein`), and `muss
        bald kommen`, `muss nächste Woche fallen` say how urgent the speaker's norm is."""
        return token.lower_ in self.deadline_modals and self.first_person_words.isdisjoint(words) \
            and self.calendar_date.search(doc_text(sent.doc)[sent.start_char:sent.end_char]) is not None

    @staticmethod
    def _condition(token: Token, sent: Span) -> bool:
        """`Sollte er die Wahl gewinnen, kann er …`: a modal opening a sentence that is no question, with a
        comma after it, opens a condition (verb first), it sets no norm."""
        return token.i == sent.start and not ends_with(sent, "?") \
            and any(t.text == "," for t in sent.doc[token.i + 1:sent.end])

    def _dependent_modal(self, token: Token, sent: Span) -> bool:
        """The modal (or a Konjunktiv, the reportative `soll`) ends a relative clause or an indirect
        question (`entschieden, ob ein Land aufgenommen werden muss`, `ein Werkzeug, das … helfen soll`):
        it reports a norm under discussion or what a thing is for, it sets none; read from the words,
        where the parse takes the relative pronoun for an article."""
        doc = token.doc
        lo, hi = clause_range(doc, sent, token.i, [])
        opener = doc[lo + 1] if lo + 1 < hi and doc[lo].lower_ in self.prepositions else doc[lo]
        clause_final = all(t.is_punct for t in tokens_of(doc, token.i + 1, hi))
        return lo > sent.start and clause_final and opener.lower_ in self.dependent_openers

    def _allegation(self, token: Token, sent: Span) -> bool:
        """`Er soll sich in Syrien aufgehalten haben`: reportative `soll` with a perfect infinitive
        reports an alleged fact (what a source alleges), not a norm or a position."""
        words = [t.text.lower() for t in sent[token.i - sent.start:] if t.is_alpha]
        return len(words) > 1 and words[-1] in self.infinitive_auxiliaries

    def judgement(self, sent: Span) -> bool:
        """`Das ist ein Unsinn.`, `Die Aussagen sind schlicht rassistisch.` right after someone spoke:
        a verdict in the present (the content cues of an accusation, rejection or agreement) is the
        speaker's."""
        doc = sent.doc  # (the words' analyses read by index: no Token made of each)
        if any("Past" in morph_values_at(doc, i, "Tense") and "Fin" in morph_values_at(doc, i, "VerbForm")
               for i in range(sent.start, sent.end)):
            return False  # `registrierte … illegal`: the report's narrative, in the past tense
        if not self.werden_passive.isdisjoint(token_words(doc)[1][sent.start:sent.end]) and self._passive_main_clause(sent):
            return False  # `In Mazedonien wird ein Zaun nicht mehr ausgeschlossen`: the author reports others' verdict
        said = doc_text(sent.doc)[sent.start_char:sent.end_char]  # `sent.text`, which joins its tokens anew
        return self.cues.verdict(said.lower())

    def necessity(self, sent: Span) -> bool:
        """`Hier ist es aber wichtig, dass man sich ein eigenes Bild machen kann.` right after someone spoke: a
        necessity stated in the present (`ist`, `sei`, `wäre` with a german.csv `necessity_adjective` and the
        `dass` clause or zu-infinitive it governs) is a norm, the speaker's like `muss`; not in the past (`war
        es wichtig, …`: the author's narration), nor negated (`nicht wichtig`)."""
        doc = sent.doc
        if self.necessity_re.search(doc_text(doc)[sent.start_char:sent.end_char]) is None:
            return False  # (most sentences)
        return not any("Past" in morph_values_at(doc, i, "Tense") and "Fin" in morph_values_at(doc, i, "VerbForm")
                       for i in range(sent.start, sent.end))

    def _passive_main_clause(self, sent: Span) -> bool:
        """The main clause is a passive with `werden` (`wird … nicht mehr ausgeschlossen`); not a passive in
        a dependent clause (`…, die von der PKK unterstützt werden`) nor a perfect with `sein`."""
        doc = sent.doc
        for token in sent:
            if token.pos_ == "VERB" and not self._dependent(token) and self.cues.passive(token, sent):
                lo, hi = clause_range(doc, sent, token.i, [])
                if any(w in self.werden_passive for w in token_words(doc)[1][lo:hi]):
                    return True
        return False

    def lead_ins(self, sentences: list[Span], quotes: list[Quote], quote_spans: Blocked) -> list[Quote]:
        """`Wir können es schaffen. Die Lage ist ernst, sagte Davies.`: first-person sentences right before
        a sentence whose speech fills its prefield and ends in the inquit (`…, sagte X.`, no colon after it) are X's verbatim
        speech whose quotation marks the text lost (rule `direct:unmarked`); back from the inquit while
        each sentence has no speech of its own and is no question (a news author writes no `ich`, `wir`)."""
        taken = {q.sentence for q in quotes}
        added: list[Quote] = []
        for quote in quotes:
            index = quote.sentence
            if (quote.speaker is None or quote.type == "REPORTED" or quote.cue_start < quote.content_end
                    or not 0 < index < len(sentences) or quote.content_start != sentences[index].start_char
                    or ":" in doc_text(sentences[index].doc)[quote.cue_start:sentences[index].end_char]):
                continue  # (`Zur Frage …, sagte X: …`: the speech follows the colon, not the lines before)
            back = index - 1
            while (back > 0 and back not in taken and index - back <= LEAD_IN_REACH
                   and not self._question_or_hedged(sentences[back])
                   and self.first_person(sentences[back], quote_spans)
                   and not any(q.content_start < sentences[back].end_char and q.content_end > sentences[back].start_char
                               for q in quotes + added)):
                sent = sentences[back]
                added.append(Quote("DIRECT", "", -1, -1, sent.start_char, sent.end_char, back, quote.speaker, None,
                                   "direct:unmarked"))
                taken.add(back)
                back -= 1
        return sorted(quotes + added, key=lambda q: (q.sentence, q.content_start)) if added else quotes

    def first_person(self, sent: Span, quote_spans: Blocked) -> bool:
        """`Wir haben ein gutes Team.` right after someone spoke: verbatim speech whose quotation
        marks the text has lost (scraped corpora); news authors do not write in the first person."""
        if self.first_person_words.isdisjoint(token_words(sent.doc)[1][sent.start:sent.end]):
            return False
        return any(t.text.lower() in self.first_person_words and not inside(t, quote_spans) for t in sent)

    def _speaker_first_person(self, words: Span, quote_spans: Blocked) -> bool:
        """A first-person word (german.csv `first_person`) that no subordinator (german.csv `not_content`,
        `complementizer`, relative pronouns, interrogatives) opens a clause with: `Ich habe …`, `Das war
        nicht gut, ich habe …` are the speaker's own words; `…: jenen nämlich, dass wir …` is a reviewer's
        general `wir`, inside a clause of his own."""
        doc = words.doc
        return any(t.lower_ in self.first_person_words and not inside(t, quote_spans)
                   and not (t.i > words.start and doc[t.i - 1].lower_ in self.subordinators) for t in words)

    def inquit(self, doc: Doc, sent: Span, index: int, blocked: Blocked, recent: Speaker | None) -> list[Quote]:
        """`Ich bin total glücklich, freute sich die Siegerin.`, `Zu dem Buch hat mich der Verlag überredet,
        grinst X.`: a clause with the speaker's own first person (`_speaker_first_person`), a comma, then a
        finite full verb in lower case with its subject right after it (German puts the subject after the
        verb when the speech fills the prefield): the clause is that subject's verbatim speech whose
        quotation marks the text lost (rule `direct:verb`, as for `„…“, rief der Mann`). The verb is one
        the tagger reads as finite, or a form german.csv lists as `inquit_verb`, which the tagger may
        misread (`grinste`); no auxiliary, modal or copula and no other verb in its clause (`…, habe die
        Schule absolviert`, `…, versucht X zu trösten`); a listed cue in its clause (`sagte X`, `gab X zu
        bedenken`) has its own rules. Not a subject before the verb (`Die Leute, die mich kannten, grüßten
        …`) nor a comma inside quotation marks."""
        if self.first_person_words.isdisjoint(token_words(doc)[1][sent.start:sent.end]):
            return []
        for comma in (t for t in sent if t.text == "," and not inside(t, blocked)):
            if comma.i - sent.start < 3 or comma.i + 2 >= sent.end:
                continue
            verb = doc[comma.i + 1]
            if not (verb.is_lower and (self._inflected_full_verb(verb) or verb.lower_ in self.inquit_verbs)) \
                    or verb.lower_ in self.subordinators or inside(verb, blocked) \
                    or self.cues.match_verb(verb, sent) is not None:  # `gab X zu bedenken`: a listed cue's rules
                continue
            _, clause_end = clause_range(doc, sent, verb.i, blocked)
            if any(comma.i < i < clause_end and self.cues.in_force(doc[i], sent, blocked)
                   for i in self.cues.cue_word_indices(doc, comma.i + 1, clause_end)):
                continue  # `…, gab Stöger zu bedenken`, `…, hatte Leitl gesagt`: a listed cue has its own rules
            if any(t.pos_ in ("VERB", "AUX") for t in tokens_of(doc, verb.i + 1, clause_end)):
                continue  # `…, versucht X zu trösten`, `…, habe die Schule absolviert`: a verb of its own follows
            before = doc[sent.start:comma.i]
            if not self._speaker_first_person(before, blocked) or not any(finite_verb(t) for t in before):
                continue
            for speaker in self.speakers.find_speakers(doc, sent, verb, blocked, recent=recent):
                subject = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
                if subject is not None and subject.start == verb.i and len(subject) > 1:
                    subject = subject[1:]  # `grinste Finanzminister X`: a tagger that took the verb for an adjective
                    speaker = replace(speaker, text=subject.text, start=subject.start_char)
                if subject is None or not verb.i < subject.start <= verb.i + 2 \
                        or speaker.kind == "phrase" and not subject.text[:1].isupper() \
                        and subject[0].lower_ not in self.subject_openers:
                    continue
                return [Quote("DIRECT", verb.text, verb.idx, verb.idx + len(verb.text), sent.start_char, comma.idx,
                              index, speaker, None, "direct:verb", [], self.cues.cue_words(doc, sent, verb, verb))]
        return []

    @staticmethod
    def _inflected_full_verb(token: Token) -> bool:
        """A full verb the tagger reads as finite with a finite ending of the third person (`-t`, `-te`,
        `-en`): `analysierte`, `bekannte`; not a word the tagger misreads as one (`links`)."""
        return finite_verb(token) and token.pos_ == "VERB" and token.lower_.endswith(("t", "te", "en", "ten"))

    def colon_speech(self, doc: Doc, sent: Span, index: int, blocked: Blocked,
                     recent: Speaker | None) -> list[Quote]:
        """`Gabriel zog daraus den Schluss: Gaulands AfD ist auch deutschfeindlich.`, `Heiko Maas: Wir
        dürfen nicht abwarten`: an actor before a colon, a clause after it, and no quotation marks
        (scraped texts lose them): the clause is the actor's speech."""
        if ":" not in token_words(doc)[0][sent.start:sent.end]:
            return []
        colon = next((t for t in sent if t.text == ":" and not inside(t, blocked)), None)
        if colon is None or sent.end - colon.i < 4 or colon.i - sent.start < 1:
            return []
        after = doc[colon.i + 1:sent.end]
        verbatim = self.first_person(after, blocked) or self.deontic(after, blocked)
        # `Kommunikationschef X zum STANDARD: Uns liegt …`: a person's own words, whom the resolver may place later
        own_words = self._speaker_first_person(after, blocked)
        # (a quotation after the colon has its speaker from `DirectSpeech`)
        owner = None if inside(doc[colon.i + 1], blocked) else self.speakers.speech_owner(doc, sent, colon)
        for candidate in [owner] if owner is not None else self.speakers.candidates(doc, sent.start, colon.i, blocked):
            speaker = self.speakers.to_speaker(doc, candidate, recent)
            if not speaker.actor or not (speaker.actor_country or own_words and _person_mention(candidate)):
                continue
            phrase = self.phrases.around(candidate) if isinstance(candidate, Span) else None
            only_speaker = owner is not None or (
                phrase is not None and phrase.end >= colon.i and phrase.start <= sent.start + 1)
            if not (only_speaker or verbatim):  # `Heiko Maas: …` or `…: Wir dürfen nicht abwarten`
                return []
            break
        else:
            speaker = self._described_speaker(doc, sent, colon, blocked)  # `Dazu der Kommissar: …`
            if speaker is None:
                return []
        content = content_after(doc, sent, colon)
        return [Quote("DIRECT", "", -1, -1, content[0], content[1], index, speaker, None, "direct:colon")]

    def _described_speaker(self, doc: Doc, sent: Span, colon: Token, blocked: Blocked) -> Speaker | None:
        """`EU-Kommissar X … Dazu der Kommissar: …`: a definite description of one person (`der Kommissar`,
        `die Ministerin`) that fills the clause before the colon, after at most one adverb (`Dazu`, `Darauf`),
        names the person the description takes up (`ReferenceResolver.description_antecedent`), whose words
        the clause after the colon is, if the text named that person with the noun (`EU-Kommissar X`); not the
        last person named (`Präsident Y`), nor nobody with a side (`Die Lage: …`)."""
        lowers = token_words(doc)[1]
        if not any(lowers[k] in self.definite_nominatives for k in range(sent.start, min(sent.start + 2, colon.i))):
            return None  # (no article of the kind in the first two words: no phrase of the clause starts with one)
        phrase = self.speakers.noun_phrase(doc, sent.start, colon.i, blocked)
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand") if phrase is not None else None
        if span is None or span.end != colon.i or span.start - sent.start > 1 \
                or span[0].lower_ not in self.definite_nominatives:
            return None
        if span.start > sent.start and doc[sent.start].pos_ != "ADV":
            return None
        speaker = self.speakers.resolver.description_antecedent(doc, phrase)
        if speaker.kind != "description" or not speaker.actor_country:
            return None
        # only a person the text named with the noun (`EU-Kommissar X`), not the last one named (`Präsident Y`)
        noun = span[-1].text.rsplit("-", 1)[-1]
        titled = any(m.end <= span.start and mention_field(m, "actor") == speaker.actor
                     and self.speakers.resolver.titled_with(m, noun) for m in mentions_in(doc[:span.start]))
        return speaker if titled else None


def _person_mention(candidate: Span | Token) -> bool:
    """A person's name (a PER mention), whom the speaker resolver may place from the text later."""
    return isinstance(candidate, Span) and candidate.label_ == "PER"
