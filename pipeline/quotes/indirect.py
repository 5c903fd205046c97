"""Speech outside quotation marks in one sentence: INDIRECT (a verb of saying with a clause,
`Peskow erklärte, der Präsident habe …`, also in the indicative; other cue verbs with a `dass`
clause or a zu-infinitive; an unlisted verb with a `dass` or Konjunktiv I clause; source markers)
and REPORTED (a claim verb with its subject, `Moskau fordert …`; position nouns)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.actor_context import DATELINE_DASHES as DASHES
from pipeline.lexicons import Cue, Lexicons, konjunktiv_i_reader, only_past_indicative
from pipeline.phrases import (QUOTE_PAIRS, NounPhrases, doc_text, first_mention, mention_at, mention_field, mentions_in, morph_values,
                              token_words, tokens_of)
from pipeline.quotes.clauses import (CLAUSE_BREAKS, Blocked, clause_range, content_after, ends_with, finite_verb,
                                     infinitive_clause, inside, leading_infinitive_comma, main_clause,
                                     result_clause, wie_before_apposition, zu_infinitive)
from pipeline.quotes.cues import SUBJECT_LABELS, CueMatcher
from pipeline.quotes.follow_on import UnmarkedSpeech
from pipeline.quotes.records import ATTRIBUTE_HOLDER_RULES, Quote, Speaker
from pipeline.quotes.sources import PositionNouns, SourceMarkers
from pipeline.quotes.speakers import SpeakerFinder


def _end_before(doc: Doc, start: int, k: int) -> int:
    """The character end of the content before token `k`, punctuation before it left out (not past the
    content's first token `start`)."""
    end = k - 1
    while end > start and doc[end].is_punct:
        end -= 1
    return doc[end].idx + len(doc[end].text)


class IndirectSpeech:
    """The INDIRECT and REPORTED events of a sentence, in the order of their cues."""

    def __init__(self, lexicons: Lexicons, cues: CueMatcher, phrases: NounPhrases, speakers: SpeakerFinder,
                 sources: SourceMarkers, positions: PositionNouns, unmarked: UnmarkedSpeech):
        self.cues, self.phrases, self.speakers = cues, phrases, speakers
        self.sources, self.positions, self.unmarked = sources, positions, unmarked
        self.articles = lexicons.word_class("article")
        self.prepositions = lexicons.word_class("preposition")
        self.not_content = lexicons.word_class("not_content")
        self.main_clause_conjunctions = lexicons.word_class("main_clause_conjunction")  # `denn`: verb second after it
        self.hypothetical = lexicons.word_class("hypothetical")
        self.relative_pronouns = lexicons.word_class("relative_pronoun")
        # finite verbs known by their form, not by the tagger: second after `das`, they open a main clause
        self.verb_second_words = lexicons.word_class("ki") | lexicons.word_class("ki2") | lexicons.word_class("auxiliary")
        self.konjunktiv_i = konjunktiv_i_reader(lexicons)  # `ki` also after an inseparable prefix: `verwerte`
        self.complementizers = lexicons.word_class("complementizer")
        # `Während X … ablehnt, fordert Y …`: a clause these open, verb last, is an adverbial, no reported clause
        self.adverbial_subordinators = lexicons.word_class("adverbial_subordinator")
        self.degree_words = lexicons.word_class("degree_correlate")  # `so stark, dass …`: a clause of result
        # what the `dass` clause may depend on instead: `so schnell wie …`, `darin, dass …`
        self.clause_correlates = {"wie", "als"} | lexicons.word_class("pronominal_adverb")
        self.tense_auxiliaries = lexicons.word_class("tense_auxiliary")  # `…, hatte X gesagt`
        self.non_report_openers = lexicons.word_class("non_report_opener")
        self.non_rest_openers = lexicons.word_class("non_rest_opener")  # `…, sagte er, so Wolff`: no rest of the clause
        # `…, sagte X, aber jetzt werden …`: a conjunction after the inquit that opens a second clause of the speech
        self.speech_rest_openers = lexicons.word_class("speech_rest_opener")
        self.only_past = only_past_indicative(lexicons)  # `war`, `kam`: no present, no Konjunktiv
        self.agent_prepositions = lexicons.word_class("agent_preposition")
        # heads of an agent phrase no lexicon places: `der Staatsanwaltschaft`, `den Veranstaltern`, `Kritikern`
        self.agent_heads = tuple(sorted(lexicons.word_class("person_suffix") | lexicons.word_class("organisation_noun")
                                        | lexicons.word_class("agent_noun") | lexicons.word_class("authority_noun")
                                        | lexicons.word_class("collective_ending")))
        self.verb_negators = lexicons.word_class("verb_negator")
        self.communication_verbs = lexicons.word_class("communication_verb")
        self.anaphoric_objects = lexicons.word_class("anaphoric_object")  # `Das bestätigte X`: the sentence before
        # `…, so X`, `…, das teilte X mit`, `… – das meint X`: a word between the comma and a trailing cue
        self.resumptive_words = lexicons.word_class("resumptive_word")
        self.naming_words = lexicons.word_class("naming_predicate")  # `das nennt sich X`: no report
        self.not_verbs = phrases.not_speakers | self.articles | speakers.possessive
        self.copulas = lexicons.word_class("copula")  # `Grund ist, dass …`: the clause is the predicate
        self.decision_verbs = lexicons.word_class("decision_verb")  # `hat beschlossen, …`: only with a clause
        self.clause_speech_verbs = lexicons.word_class("clause_speech_verb")  # `klagte, dass …`: only with a clause
        self.naming_participles = lexicons.word_class("naming_participle")  # `auch X genannt`: a name given
        self.interrogatives = lexicons.word_class("interrogative")
        # `sorgte mit der Forderung … für Aufsehen`: a verb whose subject acts with the position noun after `mit`
        self.instrument_verbs = lexicons.word_class("instrument_verb")
        self.nobody_pronouns = lexicons.word_class("nobody_pronoun")  # `niemand habe … beanstandet`: no actor
        self.everyone_pronouns = lexicons.word_class("everyone_pronoun")  # `Jeder erkennt … an`: no actor either
        self.result_verbs = lexicons.word_class("result_verb")  # `trug dazu bei, dass …`: a cause or result
        self.pronominal_adverbs = lexicons.word_class("pronominal_adverb")
        self.narrative_relatives = lexicons.word_class("narrative_relative")  # `…, worauf …`: the author's sequel
        # `leidet darunter, dass …`, `liegt darin, dass …`: correlates read only with a `result_verb`
        self.result_correlates = self.pronominal_adverbs | lexicons.word_class("result_correlate")
        # `erfuhr, dass …`, `fand heraus, dass …`: what someone learned, no speech
        self.learning_verbs = lexicons.word_class("learning_verb")
        self.finding_verbs = lexicons.word_class("finding_verb")
        self.finding_particles = lexicons.word_class("finding_particle")
        # `…, doch X erklärte, …`: a second speaker's report after the first one's content
        self.rival_report_openers = lexicons.word_class("rival_report_opener")
        # `…, die ÖVP hingegen lehnt es ab`: a second subject set against the speaker (german.csv
        # contrasted_subject_adverb), with its own verb in the indicative, opens a clause of the author's
        self.contrasted_subject_adverbs = lexicons.word_class("contrasted_subject_adverb")
        # `Grüne gegen Fahrverbot`, `Auch Kanzler Faymann für schärfere Kontrollen`: a verbless headline's
        # actor for or against what follows (german.csv stance_for_preposition, stance_against_preposition)
        self.stance_prepositions = (lexicons.word_class("stance_for_preposition")
                                    | lexicons.word_class("stance_against_preposition"))
        # `Aus dem Ministerium war zu hören, dass …`: hearsay whose source is the `aus` phrase
        self.circles_infinitives = lexicons.word_class("circles_infinitive")

    def find(self, doc: Doc, sent: Span, index: int, quote_spans: Blocked, used: set[int],
             recent: Speaker | None, reread: frozenset[int] = frozenset()) -> list[Quote]:
        """Speech events outside quotation marks; cues inside reported content are not new events.
        `used`: token indices of cue words taken already (updated); `reread`: those of them (the cues
        of the sentence's quotations) that also frame an INDIRECT clause around the quoted words."""
        blocked = list(quote_spans) + self._bracketed_clauses(sent)
        label = self.speakers.colon_label(doc, sent)
        if label is not None:  # `Mahrer: Ich habe …, und ich finde es gut, dass …`: all of it the label's words
            blocked.append((doc[label.end].idx + 1, sent.end_char))
        reported: Blocked = []  # objects of claim verbs: `weist die Forderungen der X zurück`
        found: list[Quote] = []
        if ends_with(sent, "?"):
            return found
        # `Ich bin glücklich, strahlte X.`; right after someone spoke the follow-on's framing person reads it
        inquit = self.unmarked.inquit(doc, sent, index, blocked, recent) if recent is None else []
        if inquit:
            return inquit
        # `Wir werden darauf drängen, dass …, sagte Kurz`: the trailing verb of saying comes first,
        # so that the cues inside what was said (`drängen`) are content, not events of their own
        cue_words = [doc[i] for i in self.cues.cue_word_indices(doc, sent.start, sent.end)]
        contents: Blocked = []  # what the events found so far report
        frames: list[tuple[tuple[int, int], list[Quote]]] = []  # each reported content with the events framing it
        for token in sorted(cue_words, key=lambda t: (not self._trailing_report(doc, sent, t), t.i)):
            if inside(token, blocked) and not (inside(token, contents) and self.sources.report_marker(token)) \
                    or token.i in used and token.i not in reread:
                continue
            # the holder of a position noun (`Den Vorschlag des Ministeriums, …, lehnte Platter ab`) is an
            # attribute, no subject a second predicate shares
            elided = [q.speaker for q in found if q.speaker and q.rule not in ATTRIBUTE_HOLDER_RULES]
            events = (self.sources.find(doc, sent, index, token, blocked, recent)
                      or self._verb_cue(doc, sent, index, token, blocked, elided, recent)
                      or self._position(doc, sent, index, token, blocked, reported, found))
            if token.i in reread and not (events and self._around_quotation(doc, events[0], quote_spans)):
                continue
            if events:
                events = [self._speaker_before_cue(doc, event) for event in events]
                found.extend(events)
                used.update(events[0].extra_cue_tokens)
                if events[0].type == "INDIRECT" and events[0].rule != "indirect:source":
                    blocked.append(self._closed_content(doc, events[0]))
                    contents.append(blocked[-1])
                    frames.append((blocked[-1], events))
                else:
                    reported.append((events[0].content_start, events[0].content_end))
        found.extend(self._nested_claimants(doc, sent, index, cue_words, blocked, frames, used, found))
        found.sort(key=lambda q: q.cue_start)
        found = self._nearer_cue_content(doc, found)
        # `laut X` names the source; when a verb in the sentence has its own claimant, that one counts
        # (a source opening the sentence before a verb of saying stays: it reports that speech)
        if any(not q.rule.endswith(":source") for q in found):
            found = [self._vouching_source(q, found) if q.rule.endswith(":source") else q for q in found]
            found = [q for q in found if not q.rule.endswith(":source") or self._framing_source(sent, q, found)
                     or self._report_clause(doc, q)]
        if not found and not used:
            found.extend(self._unlisted_verb_of_saying(doc, sent, index, blocked, recent))
        if not found and not used:
            found.extend(self.unmarked.colon_speech(doc, sent, index, blocked, recent))
        if not found and not used:
            found.extend(self._verbless_stance(doc, sent, index, blocked))
        return found

    # the sides a verbless headline's stance is told of: no person without an office, no country (`Österreich
    # gegen Schweden` is a match), no company or club (codebook actor types)
    STANCE_ACTOR_TYPES = ("party", "government", "parliament", "io", "ngo")

    def _verbless_stance(self, doc: Doc, sent: Span, index: int, blocked: Blocked) -> list[Quote]:
        """`Grüne gegen Fahrverbot.`, `Auch Bundeskanzler X für mögliche Ausweitung der Kontrollen.`: a
        sentence without a finite verb (a headline) that opens with a political actor (at most one word
        before it) followed at once by `für` or `gegen` (german.csv stance_for_preposition,
        stance_against_preposition) and what it is for or against: a REPORTED stance; not a title that
        takes the preposition (`Ministerin für Bildung X`: a person named after it), nor a question."""
        words = token_words(doc)[1]  # (the preposition first: a word lookup, where the finite verb makes a Token of each word)
        k = next((i for i in range(sent.start + 1, min(sent.start + 8, sent.end - 2))
                  if words[i] in self.stance_prepositions), None)
        if k is None or not doc.has_annotation("POS") or any(finite_verb(t) for t in sent):
            return []
        if any(t.ent_type_ == "PER" for t in tokens_of(doc, k + 1, sent.end)):
            return []
        # (after a dateline: `Wien – Grüne gegen …`)
        lo = max((t.i + 1 for t in tokens_of(doc, sent.start, k) if t.text in DASHES), default=sent.start)
        if any(t.is_punct for t in tokens_of(doc, lo, k)):
            return []
        for candidate in self.speakers.candidates(doc, lo, k, blocked):
            speaker = self.speakers.to_speaker(doc, candidate, None)
            span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand") if speaker.start >= 0 else None
            if span is None or span.end != k or span.start - lo > 1:
                continue
            # (the actor's type as the entity stage gave it: the speaker's own comes later, `with_profile`)
            actor_type = speaker.actor_type or (mention_field(candidate, "actor_type") if isinstance(candidate, Span) else "")
            if not speaker.actor_country or actor_type not in self.STANCE_ACTOR_TYPES \
                    or speaker.kind not in ("name", "role", "group"):
                continue  # (`Bundeskanzler` of `Bundeskanzler X` may be untyped where its name is typed)
            cue = doc[k]
            end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
            return [Quote("REPORTED", cue.text, cue.idx, cue.idx + len(cue.text), doc[k + 1].idx,
                          doc[end - 1].idx + len(doc[end - 1].text), index, speaker, None, "reported:headline")]
        return []

    def _nearer_cue_content(self, doc: Doc, found: list[Quote]) -> list[Quote]:
        """`X erkannte das Urteil nicht an und weigerte sich, die Strafe zu zahlen`: content that a later
        cue coordinated with an earlier one also reports is the later cue's alone (the nearer verb frames it);
        the earlier cue, a separable verb whose clause ended at the coordinator, is a reported act on the
        object between its parts (`das Urteil nicht an`)."""
        def shadowed(quote: Quote) -> bool:
            last = doc.char_span(*quote.cue_spans[-1]) if len(quote.cue_spans) > 1 else None
            separable = (last is not None and len(last) == 1 and last[0].dep_ == "compound:prt"
                         and quote.cue_spans[0][1] + 1 < quote.cue_spans[-1][0])  # not `hatte … eingeräumt`
            return quote.type == "INDIRECT" and separable and not quote.rule.endswith(":source") and any(
                later.type == "INDIRECT" and later.cue_start > quote.cue_end and later.content_start == quote.content_start
                and later.content_end == quote.content_end and any(
                    t.lower_ in self.speakers.coordinators for t in doc.char_span(
                        quote.cue_end, later.cue_start, alignment_mode="expand") or [])
                for later in found)
        return [replace(q, type="REPORTED", content_start=q.cue_spans[0][1] + 1, content_end=q.cue_end,
                        rule="reported:act") if shadowed(q) else q for q in found]

    @staticmethod
    def _framing_source(sent: Span, source: Quote, found: list[Quote]) -> bool:
        """`Laut BBC sagte der Minister, dass …`: a source that opens the sentence frames the speech
        its verb reports, a quote of its own; not a reported act (`Nach Kreml-Angaben zeigt sich
        Putin offen …`: one event) nor a source inside the clause (`plant nach Angaben der X …`)."""
        return source.cue_start == sent.start_char and all(
            q.type == "INDIRECT" for q in found if not q.rule.endswith(":source"))

    def _report_clause(self, doc: Doc, source: Quote) -> bool:
        """`…, wonach …`: the report before the comma says the clause after it, an event of its own
        beside the verb whose object the report is (`bestätigte Berichte, wonach …`)."""
        cue = doc.char_span(source.cue_start, source.cue_end)
        return cue is not None and self.sources.report_marker(cue[0])

    @staticmethod
    def _vouching_source(source: Quote, found: list[Quote]) -> Quote:
        """`Nach Angaben der Opposition hat die Regierung ein Verbot verhängt`, `Die SPD hält den Weg laut X
        für begehbar`: a source whose content holds the cue of every other event of the sentence, all of
        them reported acts, vouches for those acts; it stays as an event of its own (rule
        `indirect:act-source`, the source's statement; the act stays the actor's claim, claims.py codes
        none for the source)."""
        others = [q for q in found if not q.rule.endswith(":source")]
        if others and all(q.type == "REPORTED" and source.content_start <= q.cue_start < source.content_end
                          for q in others):
            return replace(source, rule="indirect:act-source")
        return source

    def _nested_claimants(self, doc: Doc, sent: Span, index: int, cue_words: list[Token], blocked: Blocked,
                          frames: list[tuple[tuple[int, int], list[Quote]]], used: set[int],
                          found: list[Quote]) -> list[Quote]:
        """`Ein US-Vertreter sagte, Xi wolle die Reform verkünden`, `Merkel und ich haben übereingestimmt, sagte
        Fischer`: a claim verb inside what someone reports, whose subject inside that content is a person named
        by name (`_speaker_with_name`), is that person's claim; the reporter is its source. A state, a government or a
        body (`erklärte Kerry, die Truppen Assads griffen … an`, `das Militär habe … angegriffen, meldete der
        Sender`) is told acting, no claim; one of the reporter's own side (`der Sprecher sagte, X fordere …`)
        stays content (`resolver.nested_claimants`); a cue that is an event of its own already is none again."""
        nested: list[Quote] = []
        evented = {q.cue_start for q in found}  # cues that are events of their own already
        for token in cue_words:
            frame = next(((span, events) for span, events in frames if span[0] <= token.idx < span[1]), None)
            if frame is None or token.i in used or token.idx in evented:
                continue
            (lo, hi), events = frame
            others = [b for b in blocked if b != (lo, hi)]
            texts = token_words(doc)[0]  # (by index: no Token made of each word up to the sentence's end)
            if inside(token, others) or ":" in texts[token.i:sent.end] and any(
                    texts[k] == ":" and doc[k].idx < hi for k in range(token.i, sent.end)):
                continue  # inside a quotation, a bracket or a further report; or a colon's intro (`X äußerte sich: …`)
            actors = {q.speaker.actor for q in events if q.speaker is not None}
            for quote in self._verb_cue(doc, sent, index, token, others, [], None):
                speaker = quote.speaker
                if speaker is None or not self._speaker_with_name(doc, speaker) or not lo <= speaker.start < hi \
                        or speaker.actor in actors:
                    continue  # (the side is known once the speakers are resolved: `nested_claimants`)
                nested.append(replace(quote, rule=f"{quote.rule}:nested"))
        return nested

    @staticmethod
    def _speaker_with_name(doc: Doc, speaker: Speaker) -> bool:
        """A speaker named by name (`Xi`, `Merkel`), also with an office (`der Chef der Ukip, Nigel Farage`)."""
        if speaker.kind == "name":
            return True
        return speaker.kind == "role" and any(ent.label_ == "PER" and speaker.start <= ent.start_char < speaker.end
                                              for ent in doc.ents)

    def _position(self, doc: Doc, sent: Span, index: int, token: Token, blocked: Blocked, reported: Blocked,
                  found: list[Quote]) -> list[Quote]:
        """A position noun and its holder; inside what another event reports only with a holder named
        with it, another actor than that event's (`Lob gab es vom UN-Generalsekretär für die Ankündigung
        der österreichischen Regierung`: Ban's praise, and the Austrian government's announcement)."""
        if not inside(token, reported):
            return (self.positions.find(doc, sent, index, token, blocked)
                    or self._instrument_position(doc, sent, index, token, blocked))
        actors = {q.speaker.actor for q in found if q.speaker is not None}
        return [q for q in self.positions.find(doc, sent, index, token, blocked, named_only=True)
                if q.speaker is not None and q.speaker.actor_country and q.speaker.actor not in actors]

    def _instrument_position(self, doc: Doc, sent: Span, index: int, token: Token, blocked: Blocked) -> list[Quote]:
        """A position noun after `mit` (past its article, possessive and adjectives) in the clause of a
        german.csv `instrument_verb`, without a holder named with it: the verb's subject holds it (`Die FPÖ
        sorgte mit der Forderung nach Neuwahlen für Aufsehen`, `Der Papst begann die Reise mit einem Aufruf
        zum Dialog`); not a noun another verb handles (`befasste sich mit der Forderung`)."""
        cue = self.cues.match(self.cues.nouns, token)
        if cue is None or self.cues.hedged(doc, sent, token, blocked):
            return []
        j = token.i - 1
        while j > sent.start and token.i - j < 4 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ != "mit":
            j -= 1  # `mit der scharfen Forderung`, `mit seinem Aufruf`
        if doc[j].lower_ != "mit":
            return []
        lo, hi = clause_range(doc, sent, token.i, blocked)
        verb = next((doc[k] for k in range(lo, hi) if doc[k].lower_ in self.instrument_verbs), None)
        if verb is None:
            return []
        speakers = [s for s in self.speakers.find_speakers(doc, sent, verb, blocked)
                    if s.actor_country and not doc[j].idx <= s.start < token.idx + len(token.text)]
        content = content_after(doc, sent, token)
        return [Quote("REPORTED", token.text, token.idx, token.idx + len(token.text), content[0], content[1],
                      index, speaker, self.cues.cue_id(cue), "reported:noun") for speaker in speakers]

    @staticmethod
    def _bracketed_clauses(sent: Span) -> Blocked:
        """A clause in brackets is an insertion (`die Überschrift (Gauland beleidigt Boateng)`): its
        verb frames nothing outside them."""
        spans, opened = [], None
        doc, texts = sent.doc, token_words(sent.doc)[0]  # (the brackets found by index: a Token only of them)
        if "(" not in texts[sent.start:sent.end]:
            return spans
        for i in range(sent.start, sent.end):
            if texts[i] == "(":
                opened = i
            elif texts[i] == ")" and opened is not None:
                if any(finite_verb(t) for t in tokens_of(doc, opened + 1, i)):
                    spans.append((doc[opened].idx, doc[i].idx + 1))
                opened = None
        return spans

    @staticmethod
    def _around_quotation(doc: Doc, quote: Quote, quote_spans: Blocked) -> bool:
        """`Der Staatsanwalt sagte, der Sohn habe sich „bewusst und gewollt stranguliert“`: the cue of
        a quotation also frames indirect speech when its clause has words of its own around the quoted
        ones (quotes-de annotates both); `„Wir bleiben“, sagte er` has none."""
        if quote.type != "INDIRECT":
            return False
        if any(doc_text(doc)[quote.content_start:a].rstrip().endswith(":") for a, b in quote_spans
               if quote.content_start < a < quote.content_end and b <= quote.cue_start):
            return False  # `X zeigte sich besorgt: „…“, sagte er`: the words before the colon introduce it
        content = quote.content_span(doc)
        frame = list(quote_spans) + quote.cue_char_spans()  # `„…“, so die Sprecherin`: its frame is no content
        if quote.speaker is not None:
            frame.append((quote.speaker.start, quote.speaker.end))
        own = [t for t in content if t.is_alpha and not any(a <= t.idx < b for a, b in frame)]
        return len(own) >= 2

    @staticmethod
    def _speaker_before_cue(doc: Doc, quote: Quote) -> Quote:
        """`spricht die Polizei von weniger Zusammenstößen`: a cue's own word (`von`) ends a speaker
        phrase that ran on over it; the words from there are what was said, not who said it."""
        speaker = quote.speaker
        if speaker is None:
            return quote
        cut = next((doc[i].idx for i in sorted(quote.extra_cue_tokens)
                    if speaker.start < doc[i].idx < speaker.end), None)
        if cut is None:
            return quote
        span = doc.char_span(speaker.start, cut, alignment_mode="contract")
        if span is None or not span.text.strip(" ,"):
            return quote
        span = span[:-1] if span[-1].text == "," else span
        actor = span.text if speaker.actor == speaker.text else speaker.actor
        quote.speaker = replace(speaker, text=span.text, end=span.end_char, actor=actor)
        return quote

    @staticmethod
    def _closed_content(doc: Doc, quote: Quote) -> tuple[int, int]:
        """The part of an INDIRECT content in which no new event starts: all of it, but of a
        zu-infinitive followed by clauses of its own (`forderte das Parlament auf, die Immunität der
        Abgeordneten aufzuheben, denen er Verbindungen zur PKK unterstellt`) only the infinitive:
        those clauses may report the speaker's own act."""
        span = quote.content_span(doc)
        comma = None if span is None or infinitive_clause(span) else leading_infinitive_comma(span)
        return (quote.content_start, quote.content_end) if comma is None else (quote.content_start, comma.idx)

    def _resumed(self, doc: Doc, sent: Span, verb: Token) -> bool:
        """A word that takes up the clause before (german.csv resumptive_word) stands between the comma or
        dash and the verb (`…, so sagte er`, `…, das teilte X mit`, `… – das meint X`); a demonstrative
        (german.csv anaphoric_object) only before the verb's subject."""
        if not (verb.i - 2 > sent.start and doc[verb.i - 1].lower_ in self.resumptive_words and verb.i + 1 < sent.end):
            return False
        if doc[verb.i - 1].lower_ not in self.anaphoric_objects:
            return True  # `…, so hieß es`
        # a demonstrative is the verb's object only before its subject: `das teilte das Institut mit`, `das sagte
        # er`; not `das droht uns` (the demonstrative is the subject), nor `das nennt sich X`
        subject = doc[verb.i + 1]  # (after the verb itself, not a particle before it: `…, das von X sprach`)
        return (verb.pos_ in ("VERB", "AUX") and subject.lower_ not in self.naming_words and (subject.text[:1].isupper() or subject.lower_ in self.articles
                                                             or subject.lower_ in self.speakers.personal_pronouns))

    def _trailing_report(self, doc: Doc, sent: Span, token: Token) -> bool:
        """`…, sagte Kurz.`, `…, erklärte der UN-Chef`: a verb of saying right after a comma and before
        its subject (a name, an article or `er`/`sie`; not `…, mahnte aber …`, `hieß es`), in the
        sentence's last clause."""
        # (`…, so schätzen die Forscher` stays the source's cue: only a demonstrative, `…, das teilte X mit`)
        resumed = self._resumed(doc, sent, token) and doc[token.i - 1].lower_ in self.anaphoric_objects
        before = token.i - 2 if resumed else token.i - 1
        texts = token_words(doc)[0]  # (the comma first, by index: a word lookup before the cue lists)
        if not (sent.start < token.i < sent.end - 1 and (texts[before] == "," or resumed and texts[before] in DASHES)
                and self.cues.is_speech_verb(token)):
            return False
        subject = doc[token.i + 1]
        return ((subject.text[:1].isupper() or subject.text.lower() in self.articles
                 or subject.text.lower() in self.speakers.personal_pronouns)
                and not any(t.text in {",", ";", ":"} for t in tokens_of(doc, token.i + 1, sent.end)))

    def _unlisted_verb_of_saying(self, doc: Doc, sent: Span, index: int, blocked: Blocked,
                                 recent: Speaker | None) -> list[Quote]:
        """`Der Soldat ging davon aus, dass …`, `Der Bericht führt aus, rund 37 Prozent … weise …`:
        a main clause followed by a `dass` clause or a Konjunktiv I clause is reported speech even
        when its verb is in no lexicon. The cue is the main clause's verb (first lower-case word)."""
        texts, lowers = token_words(doc)
        for comma in (doc[i] for i in range(sent.start, sent.end) if texts[i] == ","):
            if inside(comma, blocked) or comma.i + 1 >= sent.end:
                continue
            head = lowers[comma.i + 1]  # the clause's first word; a Token only for a listed form in its first six
            if not (head == "dass" or (head not in self.non_report_openers and any(
                    lowers[k] in self.cues.ki and self.cues.listed_ki(doc[k])
                    for k in range(comma.i + 1, min(comma.i + 7, sent.end))))):
                continue
            lo, _ = clause_range(doc, sent, comma.i - 1, blocked)
            if head == "dass" and (result_clause(doc, lo, comma.i, self.degree_words, self.clause_correlates)
                                   or self._caused_clause(doc, lo, comma.i)):
                continue
            verb = next((t for t in tokens_of(doc, lo, comma.i) if t.is_alpha and t.is_lower
                         and t.text.lower() not in self.not_verbs
                         and (not t.pos_ or t.pos_ in ("VERB", "AUX"))), None)
            if verb is None or inside(verb, blocked) or verb.lower_ in self.copulas and verb.i + 1 == comma.i:
                return []  # `Das Problem ist, dass …`: the clause is the predicate, nobody's speech
            if self.cues.ruled_out(verb, sent, blocked):
                return []  # `Der Vertrag schreibt fest, dass …`: a listed verb in a sense its row excludes
            speakers = self.speakers.find_speakers(doc, sent, verb, blocked, recent=recent)
            content = content_after(doc, sent, comma)
            if not speakers or speakers[0].kind == "phrase" and not (  # `chinesische Medien`, not `die Richter`
                    speakers[0].text[:1].isupper() or self.speakers.attributive_start(doc, speakers[0])):
                return []
            if speakers[0].text.lower() in self.sources.judgement_words and not speakers[0].actor_country:
                return []  # `Fest steht, dass …`, `Klar ist, dass …`: the clause is the subject, nobody speaks
            # what the subject learned or found out is reported, but nobody's position, nor speech that goes on
            rule = "indirect:learned" if head == "dass" and self._learned_clause(doc, lo, comma.i) else "indirect:clause"
            return [Quote("INDIRECT", verb.text, verb.idx, verb.idx + len(verb.text), content[0], content[1], index,
                          speaker, None, rule, [], self.cues.cue_words(doc, sent, verb, verb))
                    for speaker in speakers]
        return []

    def _caused_clause(self, doc: Doc, lo: int, comma: int) -> bool:
        """`hat entscheidend dazu beigetragen, dass …`, `sorgte dafür, dass …`, `profitierte davon, dass …`,
        `leidet darunter, dass …`, `liegt daran, dass …`: a verb of causing, gaining or suffering (german.csv
        `result_verb`, as written: not the noun `Sorgen`) with a pronominal adverb (or a `result_correlate`,
        `darunter`, `darin`, `dadurch`) as the correlate of the `dass` clause makes the clause a cause or a
        result, what happened, nobody's speech."""
        words = {t.text for t in tokens_of(doc, lo, comma)}
        return bool(words & self.result_verbs) and any(w.lower() in self.result_correlates for w in words)

    def _learned_clause(self, doc: Doc, lo: int, comma: int) -> bool:
        """`Der Minister erfuhr, dass …`, `Durch einen Anwalt findet sie heraus, dass …`: a verb of learning or
        finding out (german.csv `learning_verb`, as written; a `finding_verb` with its separated
        `finding_particle`, `findet … heraus`, not `findet, dass …`, an opinion) makes the `dass` clause what
        the subject came to know (rule `indirect:learned`): reported, as quotes-de marks it, but no position
        and no speech that later sentences carry on."""
        words = [t.text for t in tokens_of(doc, lo, comma)]
        if any(w in self.learning_verbs for w in words):
            return True
        return any(w in self.finding_verbs for w in words) and doc[comma - 1].lower_ in self.finding_particles

    def _verb_cue(self, doc: Doc, sent: Span, index: int, token: Token, blocked: Blocked,
                  elided: Sequence[Speaker], recent: Speaker | None) -> list[Quote]:
        """A cue verb with its speaker(s) and the reported clause (INDIRECT) or, for a verb with
        no such clause, the rest of the sentence (REPORTED)."""
        match = self.cues.match_verb(token, sent)
        if match is None:
            return []
        cue, particle = match
        if token.text[:1].isupper() and token.i == sent.start and cue.kind == "speech":
            return []
        if cue.kind == "act" and token.text.lower() in self.cues.ki:
            return []  # `Die USA seien offen für Kompromisse`: the content of someone's speech, not an act
        if token.i == sent.start and token.i + 1 < sent.end and token.nbor(1).text == "Sie":
            return []  # `Stimmen Sie keinen Maßnahmen zu`: the author's imperative to the reader
        lo, hi = clause_range(doc, sent, token.i, blocked)
        if doc[lo].text.lower() in self.hypothetical:
            return []  # `…, da dies Russlands Schwäche signalisieren würde`: a reason or condition, no event
        if cue.kind == "act" and self._participle_attribute(doc, sent, token, lo, hi):
            return []  # `Die Betriebsräte, von der Gewerkschaft unterstützt, rüsten sich`: the author's description
        if token.lower_ in self.naming_participles and self._bare_participle(doc, token, lo, hi):
            return []  # `Melioidose, auch Pseudorotz genannt, ist …`, `Das Objekt, genannt X, hat …`: a name, no report
        if self._nobody_subject(token, lo, hi):
            return []  # `niemand habe die Pläne beanstandet`: nobody spoke or acted; the follow-on goes on
        if cue.kind == "act" and self._noun_content(doc, sent, lo, token):
            return []  # `hegt den Verdacht, dass das Ministerium Druck ausübt`: what the noun holds, no act
        hearsay = token.lower_ in self.circles_infinitives
        if hearsay:  # `war aus dem Ministerium zu hören, dass …`: no subject, the source after `aus`
            source = self.speakers.circles_source(doc, lo, hi, token, blocked)
            if source is None:
                return []  # `Aus der Ferne war ein Knall zu hören`: no source that speaks
            speakers = [source]
        elif self.cues.passive_event(token, sent, cue):  # `Ihm wird vorgeworfen, …`: an event, its subject no speaker
            if any(self.cues.listed_ki(t) for t in tokens_of(doc, lo, token.i)):
                return []  # `Ein Beitritt sei ausgeschlossen`: someone's reported content, left to the follow-on
            agent = (self._agent(doc, sent, token, blocked)  # `wurde von X gefordert`, `In X wird gefordert`
                     or self.speakers.passive_text_source(doc, sent, token, blocked, recent))
            speakers = [agent] if agent is not None else []
        else:
            speakers = self.speakers.find_speakers(doc, sent, token, blocked, elided, recent)
        first, last = sorted((token, particle), key=lambda t: t.i)
        cue_text = token.text if particle is token else f"{first.text} … {last.text}"
        cue_start, cue_end = first.idx, last.idx + len(last.text)
        content = (self._clause_after_comma(doc, sent, last, cue, speakers, token)
                   or self._clause_before_comma(doc, sent, first, cue, speakers, self._stance(cue, token, particle)))
        if content is None and hearsay:
            return []  # `Aus dem Ministerium war Kritik zu hören`: nothing reported in its words
        if (content is None and particle is token and token.lower_ in self.clause_speech_verbs and not cue.requires
                and not (hi + 1 < sent.end and doc[hi].text == "," and doc[hi + 1].lower_ in self.interrogatives)):
            # `hat die Behörde geklagt`: to sue, no speech (`klagte, dass …`, `…, klagte X` complain); `bemerkte
            # den Rauch`: noticed; `lautet auf Betrug`: a charge (but `lautete die Frage, wo …`: a question put)
            return []
        if token.lower_ in self.decision_verbs and not self._decision_taken(doc, doc[lo:token.i], content):
            return []  # `entscheidet die Meisterschaft`, `muss entscheiden, ob …`: no position taken
        anaphoric = None if content is not None else self._anaphoric_content(doc, sent, first, cue)
        if content is not None:
            kind, rule = "INDIRECT", "indirect:cue"
        elif anaphoric is not None and any(self.speakers.plausible_actor(doc, s, token) for s in speakers) \
                and not self._named_before(doc, sent, speakers):
            speakers = [s for s in speakers if self.speakers.plausible_actor(doc, s, token)]
            kind, rule, content = "INDIRECT", "indirect:anaphor", anaphoric
        else:
            speakers = [s for s in speakers if self.speakers.plausible_actor(doc, s, token)]
            if self.cues.hedged(doc, sent, token, blocked) or not speakers:
                return []
            if cue.kind == "speech" and (
                    not cue.negated_type and self._denied_speech(doc, sent, lo, hi, (token, particle), blocked)
                    or self._bare_passive(doc, sent, particle)):
                return []  # `hat nie berichtet`, `In dem Bericht wird X zitiert.`: nothing said here (a verb whose
                # negation has a type of its own says something negated: `hält nicht länger an X fest`)
            kind, rule = "REPORTED", f"reported:{cue.kind}"
            content = content_after(doc, sent, token)
            if (self._relative_opening(doc, sent, lo) and hi < sent.end and content[0] >= doc[hi].idx
                    and all(s.start > doc[lo].idx for s in speakers)):
                # `X, den der Gerichtshof betone, untersagten …`: the relative pronoun is the verb's object (the
                # speaker comes after it), and the main clause after the relative clause is no one's speech
                return []
            if self._fronted_object(doc, lo, token, speakers):
                content = (doc[lo].idx, content[1])  # `Die Reform bezeichnete der Minister als Fehler`
        if rule != "indirect:anaphor":
            content = self._before_second_predicate(doc, sent, content, kind == "REPORTED", content[0] >= cue_end)
        words = self.cues.cue_words(doc, sent, token, particle)
        return [Quote(kind, cue_text, cue_start, cue_end, content[0], content[1], index, speaker,
                      self.cues.cue_id(cue), rule, [particle.i] if particle is not token else [], words)
                for speaker in speakers or [None]]

    def _denied_speech(self, doc: Doc, sent: Span, lo: int, hi: int, verbs: tuple[Token, Token],
                       blocked: Blocked) -> bool:
        """`Dazu hat die Redaktion bislang nicht berichtet`, `Er hat sich nie geäußert`: a negating adverb
        (german.csv verb_negator, not a determiner `keine`) that the parse hangs on the verb of saying
        (or its particle, or its predicative adjective: `zeigt sich nicht besorgt`) with no reported clause: nothing was said (not `nicht nur`, not `ein nicht
        genannter Sprecher`: an attribute, nor words in quotation marks, nor before a Konjunktiv I:
        `kann nicht glauben, was passiert sei`, nor an infinitive after a modal: `konnte es nicht bestätigen`).
        Only a verb of communicating (german.csv communication_verb: `berichtet`, `äußerte`, `teilte … mit`);
        a verb of a position negated, `fordert nicht die Freigabe`, states the opposite position."""
        if not {verbs[0].lower_, verbs[1].lower_ + verbs[0].lower_} & self.communication_verbs:
            return False  # `fordert nicht die Freigabe`: a position verb negated states a position
        if "Inf" in morph_values(verbs[0], "VerbForm") or any(self.cues.listed_ki(t) for t in doc[verbs[0].i + 1:sent.end]):
            return False  # `konnte … nicht bestätigen`, `wollte sich nicht äußern`: a reply, the follow-on's speaker
        return any(t.lower_ in self.verb_negators and t.pos_ not in ("DET", "PRON")
                   and (t.head in verbs or t.head.head in verbs and t.head.pos_ in ("ADJ", "ADV"))
                   and not inside(t, blocked) and not (t.i + 1 < hi and doc[t.i + 1].lower_ == "nur")
                   for t in tokens_of(doc, lo, hi))

    def _bare_passive(self, doc: Doc, sent: Span, last: Token) -> bool:
        """`In dem Bericht wird die Sprecherin zitiert.`: a passive verb whose subject speaks (`zitiert`)
        that ends its sentence names whose words follow; it reports nothing itself (not after a
        quotation: `„…“ wird sie zitiert` frames it)."""
        if last.lower_ not in self.cues.passive_speech or not all(t.is_punct for t in tokens_of(doc, last.i + 1, sent.end)):
            return False
        if any(t.text in QUOTE_PAIRS for t in tokens_of(doc, sent.start, last.i)):
            return False
        return self.cues.passive(last, sent) or last.dep != 0 and any(
            child.dep_ == "aux:pass" and child.lower_ in self.cues.passive_auxiliaries for child in last.children)

    def _participle_attribute(self, doc: Doc, sent: Span, verb: Token, lo: int, hi: int) -> bool:
        """`Die Betriebsräte, von der Gewerkschaft unterstützt, rüsten sich …`, `Das Projekt, gefördert vom
        Land, startet …`: the cue verb is a participle that with its agent (german.csv agent_preposition)
        fills a clause set off by commas inside the sentence, without a verb of its own: it describes the noun
        before it, an attribute of the author's sentence; the caller asks it of acts only (`Der Plan, vom
        Rechnungshof kritisiert, …` still reports the court's position)."""
        if not (sent.start < lo and doc[lo - 1].text == "," and hi < sent.end and doc[hi].text == ","):
            return False
        agent = lo + 1 if verb.i == lo else lo
        if agent >= hi or doc[agent].lower_ not in self.agent_prepositions or verb.i not in (lo, hi - 1):
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in tokens_of(doc, lo, hi) if t.i != verb.i)

    @staticmethod
    def _bare_participle(doc: Doc, verb: Token, lo: int, hi: int) -> bool:
        """The participle `verb` is the only verb of its clause (lo, hi): no auxiliary makes it a passive or a
        perfect (`auch X genannt`, `, genannt X,`: an apposition; not `wurde nicht genannt`, `hat … genannt`); a
        verb is a lower-case word (`genannt 2011 KX4`: a name the tagger may read as a verb)."""
        return not any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in tokens_of(doc, lo, hi) if t.i != verb.i)

    def _nobody_subject(self, verb: Token, lo: int, hi: int) -> bool:
        """The verb's subject is a negative pronoun (german.csv nobody_pronoun: `niemand habe … beanstandet`,
        `Keiner der Minister widersprach`, `Keines der Länder`) or has one as its article (`Kein einziger
        Abgeordneter`, `Keine Partei`), also where the parser took it for an object or adverb and the verb has
        no other subject: `Das hat bisher niemand bestätigt`), in the verb's clause (lo, hi), or a pronoun of everyone
        opening it (german.csv everyone_pronoun: `Jeder in der Partei erkennt Österreichs Einsatz an`: nobody named
        acts, and the name after the verb is its object; not `Jede Partei`); not
        `Der Minister hat niemand kritisiert`, nor `Er ist niemand, der …, sagte X`."""
        lowers = token_words(verb.doc)[1]
        if lowers[lo] in self.everyone_pronouns and lo < verb.i and not (
                lo + 1 < len(verb.doc) and (verb.doc[lo + 1].is_title or verb.doc[lo + 1].pos_ in ("NOUN", "PROPN", "ADJ"))):
            return True  # `Jeder in der Partei erkennt X an`: the pronoun opens the clause, its subject (no parse asked)
        if verb.dep == 0 or not any(lowers[k] in self.nobody_pronouns for k in range(lo, hi)):
            return False  # without a parse `Token.children` must not be asked (`CueMatcher._first_person_subject`)
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubj:pass")]
        if any(lo <= t.i < hi and any(d.dep_ == "det" and d.lower_ in self.nobody_pronouns for d in t.children)
               for t in subjects) and not any(mention_at(verb.doc, k) is not None for k in (verb.i + 1, verb.i + 2)
                                              if k < hi):
            # `Kein einziger Abgeordneter habe …`, `Keine Partei hat … kritisiert`: a subject nobody is; not with an
            # actor right after the verb (`… kein Gewinn sagte Minister X`: the parse took the content for the subject)
            return True
        return any(t.lower_ in self.nobody_pronouns and lo <= t.i < hi and (t in subjects or not subjects)
                   and not (t.i + 1 < len(t.doc) and t.nbor(1).pos_ in ("NOUN", "PROPN", "ADJ"))
                   for t in verb.children)

    @staticmethod
    def _fronted_object(doc: Doc, lo: int, token: Token, speakers: Sequence[Speaker]) -> bool:
        """A noun phrase fills the field before the verb while every speaker follows it (`Die Reform
        bezeichnete der Minister als Fehler`, `Einen Rückzug lehnt sie ab`): the phrase is the verb's
        object, part of what is reported; not `…, sagte der Minister` (the clause before the comma is
        another's) nor an adverbial (`Am Montag kritisierte der Minister …`)."""
        return (bool(speakers) and lo < token.i and doc[lo].pos_ in ("DET", "NOUN", "PROPN")
                and not any(t.text in ",:;" for t in tokens_of(doc, lo, token.i))
                and all(s.start >= token.idx + len(token.text) for s in speakers))

    def _noun_content(self, doc: Doc, sent: Span, lo: int, token: Token) -> bool:
        """The act verb ends a `dass` clause or is a zu-infinitive that depends on a noun or its
        correlate before the comma (`den Vorwurf, dass das Ministerium Druck ausübe`, `keinen Zweifel
        daran, dass die SPÖ die Linie mitträgt`, `hat eine Verantwortung, Druck auszuüben`): the
        content of a suspicion, a charge, a duty, not an act of the clause's subject. A clause after a
        verb (`Nachdem klar war, dass …`) or the main clause after it is no such content."""
        if lo <= sent.start + 1 or doc[lo - 1].text != ",":
            return False
        before = doc[lo - 2]
        noun = before.pos_ in ("NOUN", "PROPN")
        if doc[lo].lower_ == "dass":  # (`darauf, dass …`, `damit, dass …`: the correlate of a noun or a verb of saying)
            return noun or before.lower_ in self.clause_correlates - {"wie", "als"}
        # a zu-infinitive: the noun an object, not a time or place (`bemühte sich am Samstag, … zu blockieren`),
        # nor an actor, whose pledge the infinitive is (`die Aussagen der Regierung, die Frage vom Tisch zu nehmen`)
        return (zu_infinitive(doc, token.i, lo) and noun and mention_at(doc, before.i) is None
                and not self._in_prepositional_phrase(doc, sent.start, before))

    def _decision_taken(self, doc: Doc, before: Span, content: tuple[int, int] | None) -> bool:
        """A verb of deciding (german.csv decision_verb) reports a decision only with a `dass` clause
        or a zu-infinitive after it (`Der Landtag hat beschlossen, die Haftungen prüfen zu lassen`): not
        with an object (`entschied das Spiel`), an indirect question (`muss entscheiden, ob …`, `welche …`)
        or a clause in the Konjunktiv I (`Sollte das Gesetz beschlossen werden, könne dies …`); nor after
        an auxiliary in the Konjunktiv I (`Irgendwer habe entschieden, dass …`: someone's reported words)."""
        if any(self.cues.listed_ki(t) for t in before):
            return False
        span = doc.char_span(*content, alignment_mode="expand") if content is not None else None
        if span is None or not len(span):
            return False
        if span[0].lower_ in self.interrogatives:
            return False
        comma = next((t for t in span if t.text == ","), None)
        return (span[0].lower_ in self.complementizers or leading_infinitive_comma(span) is not None
                or comma is None and infinitive_clause(span) and not main_clause(span))

    def _anaphoric_content(self, doc: Doc, sent: Span, first: Token, cue: Cue) -> tuple[int, int] | None:
        """`Die Tour brachte 558 Millionen Dollar ein. Das berichtete „Billboard“.`, `Dies teilte ein
        Sprecher mit.`, `Das hat die Polizei bestätigt.`: a verb of saying whose only object is a
        demonstrative opening its sentence (german.csv anaphoric_object) reports the sentence before;
        that sentence and the demonstrative are the content (not `Das sagte er zu …, dass …`: a
        clause of its own comes first; not after a question or a colon; not `Das sagte er nicht`)."""
        if cue.kind != "speech" or sent.start == 0 or doc[sent.start].lower_ not in self.anaphoric_objects:
            return None
        opener = doc[sent.start + 1] if sent.start + 1 < sent.end else None
        if opener is None or not (opener.i == first.i or opener.lower_ in self.tense_auxiliaries):
            return None
        if not self._statement(doc[sent.start - 1].sent):
            return None
        if any(t.lower_ in self.verb_negators for t in sent):
            return None  # `Das sagte er nicht.`: nothing was said
        pronoun = doc[sent.start]
        return doc[sent.start - 1].sent.start_char, pronoun.idx + len(pronoun.text)

    @staticmethod
    def _named_before(doc: Doc, sent: Span, speakers: list[Speaker]) -> bool:
        """`Lawrow lehnt … ab. Das sagte er in Riad.`: the sentence before names the speaker already,
        as the subject of an event of its own; `Das` repeats that event, it reports no new content."""
        actors = {s.actor for s in speakers if s.actor}
        previous = doc[sent.start - 1].sent
        return any(mention_field(span, "actor") in actors for span in mentions_in(previous))

    @staticmethod
    def _statement(sentence: Span) -> bool:
        """A sentence with a verb (in untagged text: three words or more), not a question or an
        introduction (`… sagte er:`)."""
        if ends_with(sentence, "?") or ends_with(sentence, ":"):
            return False
        if any(t.pos_ for t in sentence):
            return any(t.pos_ in ("VERB", "AUX") for t in sentence)
        return sum(t.is_alpha for t in sentence) >= 3

    def _before_second_predicate(self, doc: Doc, sent: Span, content: tuple[int, int],
                                 reported: bool, after_cue: bool = False) -> tuple[int, int]:
        """The content up to a second predicate of the speaker (`kritisierten, die Maßnahmen seien
        kosmetisch, und drohten mit Streiks`, `kündigte Gegenmaßnahmen an und warf Washington … vor`):
        `und` and a cue verb in the indicative after the object of a reported act, or after reported
        content in the Konjunktiv I, or a verb-first clause after a reported act's object (`beharrt
        auf …, lehnt … ab`); that verb is an event of its own (speakers.py gives it the first
        clause's subject). Reported content after its cue ends where the author's narrative goes on
        (`_narrative_continuation`), and before a second speaker's report (`_rival_report`); content
        before a trailing cue is the speaker's to the cue."""
        span = doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return content
        texts, lowers = token_words(doc)
        for k in range(span.start + 1, span.end - 1):
            if not reported and texts[k] == "," and self._rival_report(doc, sent, k, span.end):
                return content[0], _end_before(doc, span.start, k)
            # only a coordinator, or a comma before a reported act's verb-first clause, can end it
            # (read from the words: no Token made of the others)
            if after_cue and not reported and self._narrative_continuation(doc, sent, span, k):
                return content[0], doc[k - 1].idx + len(doc[k - 1].text)
            if lowers[k] not in self.speakers.coordinators and not (reported and texts[k] == ","):
                continue
            word, verb = doc[k], doc[k + 1]
            coordinated = (word.text.lower() in self.speakers.coordinators and verb.is_lower
                           and self.cues.indicative(verb)
                           and (reported or self.cues.any_subjunctive(doc[span.start:word.i])))
            if (coordinated or reported and self.speakers.verb_first_predicate(doc, verb)) \
                    and self.cues.match_verb(verb, sent) is not None:
                return content[0], _end_before(doc, span.start, word.i)
        return content

    RIVAL_SUBJECT = 6  # words of the second speaker's subject between the opener and its verb

    def _rival_report(self, doc: Doc, sent: Span, comma: int, end: int) -> bool:
        """After the comma, a second speaker's own report in the indicative (`sagte, X sei tot, doch
        der Sprecher Y erklärte, …`, german.csv rival_report_opener): the first content ends before it,
        the second verb has its own."""
        texts, lowers = token_words(doc)
        if comma + 3 >= end or lowers[comma + 1] not in self.rival_report_openers:
            return False
        for j in range(comma + 3, min(comma + 3 + self.RIVAL_SUBJECT, end)):
            if texts[j] in CLAUSE_BREAKS:
                return False
            verb = doc[j]
            if verb.pos_ in ("VERB", "AUX"):
                subject = doc[comma + 2:j]
                return (verb.is_lower and finite_verb(verb) and self.cues.indicative(verb)
                        and any(self.phrases.nounish(t) or t.pos_ == "PRON" for t in subject)
                        and self.cues.match_verb(verb, sent) is not None)
        return False

    def _contrasted_subject(self, clause: Span) -> bool:
        """The clause opens with a subject, an adverb that sets it against the one before (german.csv
        contrasted_subject_adverb: `die ÖVP hingegen`, `Kanzler Faymann wiederum`) and a finite verb in
        the indicative (`lehnt`): a second side's own clause told by the author, not the content of the
        cue before the comma (`…, die ÖVP hingegen lehne es ab` in the Konjunktiv stays reported)."""
        doc = clause.doc
        for k in range(clause.start + 1, min(clause.start + self.RIVAL_SUBJECT + 1, clause.end - 1)):
            token = doc[k]
            if token.is_punct or finite_verb(token):
                return False
            if token.lower_ in self.contrasted_subject_adverbs:
                verb = doc[k + 1]
                return (any(self.phrases.nounish(t) for t in tokens_of(doc, clause.start, k))
                        and verb.is_lower and finite_verb(verb) and self.cues.indicative(verb))
        return False

    def _narrative_continuation(self, doc: Doc, sent: Span, span: Span, k: int) -> bool:
        """The author's narrative going on after reported content in the Konjunktiv (I or II) at the
        comma k: a verb-first clause in the indicative sharing the speaker's subject (`sagte, er sei
        unschuldig, erkannte das Gericht nicht an`, `…, dass sie eingesetzt werde, und weigerte sich …`)
        or a clause of german.csv narrative_relative with its verb in the indicative (`…, er habe
        angerufen, worauf dieser nichts sagen wollte`); not one in the Konjunktiv (`…, wobei die Mieten
        stärker gestiegen seien`)."""
        if k + 2 >= span.end or doc[k - 1].is_punct:
            return False
        if doc[k].text == ",":
            opener = doc[k + 2] if doc[k + 1].lower_ in self.speakers.coordinators else doc[k + 1]
        elif doc[k].lower_ in self.speakers.coordinators and finite_verb(doc[k - 1]):
            opener = doc[k + 1]  # `…, dass sie eingesetzt werde und weigerte sich …`
        else:
            return False
        if not self.cues.any_subjunctive(doc[span.start:k], True):
            return False
        lo, _ = clause_range(doc, sent, k - 1, [])
        if doc[lo].lower_ in self.not_content and opener.lower_ not in self.narrative_relatives:
            return False  # `sagte, wenn nichts geschehe, droht ein Streik`: the reported main clause after its condition
        if opener.lower_ in self.narrative_relatives:
            end = next((t.i for t in tokens_of(doc, opener.i + 1, span.end) if t.is_punct), span.end)
            clause = doc[opener.i + 1:end]  # (a verb in the indicative the tagger may miss: `absagte` as ADV)
            return len(clause) > 1 and not self.cues.any_subjunctive(clause, True) \
                and not any(self.cues.listed_ki(t) for t in clause)
        after = doc[opener.i + 1] if opener.i + 1 < span.end else None
        end = next((t.i for t in tokens_of(doc, opener.i + 1, span.end) if t.text in CLAUSE_BREAKS), span.end)
        if infinitive_clause(doc[opener.i:end]):
            return False  # `…, bestimmte Techniken zu benutzen`: an adjective the tagger took for the verb
        # (`…, heißt es`, `…, sagte der Minister`: a trailing report with its own subject)
        return (opener.is_lower and finite_verb(opener) and self.cues.indicative(opener)
                and after is not None and not after.is_punct and after.lower_ not in self.speakers.impersonal
                and not (self.cues.is_speech_verb(opener) and (after.text[:1].isupper()
                         or after.lower_ in self.articles | self.speakers.personal_pronouns)))

    def _agent(self, doc: Doc, sent: Span, token: Token, blocked: Blocked) -> Speaker | None:
        """`… wurde von der Regierung zurückgewiesen`: the actor after `von` in the passive clause."""
        lo, hi = clause_range(doc, sent, token.i, blocked)
        plain = self.cues.is_speech_verb(token) or not self._described(doc, lo, hi)
        for i in range(lo, min(hi, sent.end) - 1):
            if doc[i].text.lower() in self.agent_prepositions:
                span = mention_at(doc, i + 1) or (mention_at(doc, i + 2) if i + 2 < sent.end else None)
                if span is not None:
                    return self.speakers.speaker_from_span(span) if plain else None
                agent = self._agent_phrase(doc, i + 1, hi) if plain else None
                if agent is not None:
                    return agent
        return None

    def _described(self, doc: Doc, lo: int, hi: int) -> bool:
        """An act's passive in a relative clause after a comma is the author's description of its noun
        (`das Heim, das von der Caritas unterstützt wird`, `wo sie von der Präsidentin begrüßt wurden`), no act
        the agent takes in the report; not a clause that ends in a Konjunktiv I (`der von X begrüßt werde`:
        someone's reported words) nor `Das … wird von X infrage gestellt`, a demonstrative opening the sentence."""
        words = [t for t in tokens_of(doc, lo, hi) if not t.is_punct]
        return lo > 0 and doc[lo - 1].text == "," and bool(words) and not self.cues.listed_ki(words[-1]) \
            and self._relative_clause(doc[lo:hi])

    def _agent_phrase(self, doc: Doc, start: int, hi: int) -> Speaker | None:
        """`wurde von der Staatsanwaltschaft Braunschweig mitgeteilt`, `wird von der Nachrichtenagentur Reuters
        berichtet`: the noun phrase after the passive's `von`, its article and adjectives included, named
        by a mention inside it or headed by a noun of people or of an organisation (german.csv
        person_suffix, organisation_noun, agent_noun, authority_noun, collective_ending: `-schaft`); not
        `von Anfang an`, `von 50 Prozent`."""
        j = start
        while j < hi and doc[j].is_lower and self.phrases.modifier(doc[j]):
            j += 1
        if j >= hi or not self.phrases.nounish(doc[j]) or self.cues.is_verb(doc[j]):
            return None
        phrase = doc[start:self.phrases.extend_right(doc, j + 1, hi)]
        mention = first_mention(phrase)
        if mention is not None:
            return Speaker.of_mention(phrase, mention)
        return Speaker.of_phrase(phrase) if doc[j].lower_.endswith(self.agent_heads) else None

    def _clause_after_comma(self, doc: Doc, sent: Span, token: Token, cue: Cue,
                            speakers: list[Speaker], verb: Token | None = None) -> tuple[int, int] | None:
        """The reported clause after the cue (`sagte, die Union benötige …`, `teilte mit, dass …`,
        `wirft den Rebellen vor, … zu wollen`), past a speaker named after the verb (`erklärte der
        Direktor der IAEO, Mohammed el-Baradei, …`). Verbs of saying take any main clause;
        other verbs a `dass`/`ob` clause, Konjunktiv I or a zu-infinitive."""
        lo, _ = clause_range(doc, sent, token.i, [])
        # `Während der Sitzung erklärte er, …`, `Als Grund gab die Schule an, …`: the verb (`verb`, before its
        # particle `token`) in second place, its subject after it (not `… geäußert hatte,`, `… bekannt gab,`)
        verb = token if verb is None or token.lower_ in self.speakers.impersonal else verb  # (`heißt es`: no particle)
        verb_second = verb.i + 1 < sent.end and not doc[verb.i + 1].is_punct and doc[verb.i + 1].pos_ not in ("AUX", "VERB")
        # `Als Begründung wurde angegeben, …`: `als` before a bare noun is a predicate, and a finite auxiliary
        # before the participle makes the clause a main clause (`Als die Begründung angegeben wurde, …`: a
        # clause the conjunction opens, with the auxiliary after it)
        verb_second = verb_second or (doc[lo].lower_ in self.cues.comparison_particles and lo + 1 < verb.i
                                      and doc[lo + 1].text[:1].isupper() and self.phrases.nounish(doc[lo + 1])
                                      and not finite_verb(verb) and self.cues.is_verb(verb)  # (not `heißt es`)
                                      and any(finite_verb(t) for t in tokens_of(doc, lo + 2, verb.i)))
        if doc[lo].lower_ in self.not_content and doc[lo].lower_ not in self.speakers.coordinators and not verb_second:
            return None  # `Während Moskau von … spricht, wirft Kiew …`: the next clause is the main clause
        start = token.i + 1  # (`Aber Zeitungen berichteten, es sei …`, `…, aber man deutete an, …`: a main clause has content)
        for speaker in speakers:
            if speaker.start >= token.idx:
                span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
                start = max(start, span.end if span is not None else start)
        inserted = False  # past an insertion (`sagte X, ohne auf Einzelheiten einzugehen, dass …`)
        texts = token_words(doc)[0]  # (the words read by index: a Token only of a comma's clause)
        for j in range(start, min(start + 10, sent.end)):
            if texts[j] in CLAUSE_BREAKS - {","}:
                return None
            if texts[j] != ",":
                continue
            clause = doc[j + 1:sent.end]
            if not len(clause):
                return None
            head = clause[0].text.lower()
            if inserted:
                return content_after(doc, sent, doc[j]) if head in self.complementizers else None
            if start > token.i + 1 and self._insertion(doc, sent, j):  # after a speaker named behind the verb
                inserted = True
                continue
            if (head in self.not_content and not self._adverb_before_verb(clause)) or self._relative_clause(clause) \
                    or self._main_verb(doc, sent, lo, clause[0]):
                return None
            if ((self.speakers.verb_first_predicate(doc, clause[0]) or doc[lo].lower_ in self.speakers.source_openers)
                    and self.cues.match_verb(clause[0], sent)):
                # `lobte die Anstrengungen, mahnte aber … an`: a second predicate, not content; `Wie die Zeitung
                # berichtet, lehnt X … ab`: the main clause after a `wie` clause holds an event of its own
                return None
            if head == "dass" and result_clause(doc, lo, j, self.degree_words, self.clause_correlates):
                return None
            if self._contrasted_subject(clause):
                return None  # `fordert ein Fahrverbot, die ÖVP hingegen lehnt es ab`: another side's act, not content
            second = self._predicate_after_infinitive(clause, sent)
            if second is not None:  # `kündigte an, die Steuern zu senken und forderte …`: the infinitive alone
                return clause[0].idx, doc[second - 2].idx + len(doc[second - 2].text)
            if (head in self.complementizers or any(self.cues.is_subjunctive(t, True) or self._untagged_ki(t)
                                                    for t in self.cues.subjunctive_candidates(clause))
                    or infinitive_clause(clause)
                    or (cue.kind == "speech" and head != "wie" and main_clause(clause))):
                return content_after(doc, sent, doc[j])
            comma = leading_infinitive_comma(clause)
            if comma is not None and not self._noun_infinitive(doc, lo, j):
                return self._infinitive_content(doc, sent, doc[j], comma)
            return None
        return None

    def _predicate_after_infinitive(self, clause: Span, sent: Span) -> int | None:
        """`kündigte an, die Steuern zu senken und forderte mehr Geld`: the clause after the cue is a
        zu-infinitive, and a coordinator after it opens a second finite cue verb of the main clause's subject
        (`SpeakerFinder.after_infinitive_clause`): the index of that verb, where the reported words end; None
        when there is none (`…, die Truppen abzuziehen und die Sanktionen aufzuheben`)."""
        doc = clause.doc
        for token in clause[1:]:
            if token.text in CLAUSE_BREAKS or finite_verb(token) and token.lower_ not in self.speakers.coordinators:
                return None  # (the first finite verb must stand right after the coordinator)
            if token.lower_ in self.speakers.coordinators and token.i + 1 < sent.end:
                verb = doc[token.i + 1]
                if self.speakers.after_infinitive_clause(doc, clause.start, verb) and self.cues.is_verb(verb) \
                        and self.cues.indicative(verb) and self.cues.match_verb(verb, sent) is not None:
                    return verb.i
        return None

    def _untagged_ki(self, token: Token) -> bool:
        """`sehr wahrscheinlich handele es sich …`: a listed Konjunktiv I (german.csv ki) the tagger took for
        no verb at all (a verb it tags is judged by `CueMatcher.is_subjunctive`: `ich habe` is indicative)."""
        return token.pos_ not in ("VERB", "AUX") and self.cues.listed_ki(token)

    def _adverb_before_verb(self, clause: Span) -> bool:
        """`sagte, damit solle ein Streit vermieden werden`, `…, bis Ende Mai werde ein Gesetz vorgelegt`: a word
        that may open a dependent clause (german.csv not_content) is an adverb or a preposition of a main
        clause, the reported one, when the clause's first verb, a form of german.csv ki, ki2 or
        auxiliary, stands second, more words of its clause after it (a dependent clause ends in its verb:
        `…, während die Regierung versagt habe,`); not a coordinator, a comparison or a conjunction that
        takes the verb second (`…, und sei es nur …`, `…, als sei nichts geschehen`, `…, denn die Materie ist …`)."""
        head = clause[0].lower_
        if head in self.speakers.coordinators or head in self.cues.comparison_particles \
                or head in self.main_clause_conjunctions:
            return False  # (`…, denn die Materie ist …`: a conjunction before the verb second, the author's reason)
        doc = clause.doc
        end = next((t.i for t in clause[1:] if t.text in CLAUSE_BREAKS), clause.end)
        verb = next((t for t in tokens_of(doc, clause.start + 1, end) if finite_verb(t) or self._verb_second_word(t)
                     or t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i + 1 >= end or not self._verb_second_word(verb):
            return False  # (`…, wenn sie bevölkerte Lager verließen`: an adjective the tagger took for a verb)
        after = doc[verb.i + 1]
        return not after.is_punct and after.pos_ not in ("VERB", "AUX", "CCONJ")

    def _infinitive_content(self, doc: Doc, sent: Span, opening: Token, comma: Token) -> tuple[int, int]:
        """A zu-infinitive with clauses after its comma: those that depend on it belong to what was
        said (`zu prüfen, ob …`, `aufzuheben, denen …`); a main clause with its verb first or second
        is the author's own sentence going on (`ist bereit, einen Rabatt einzuräumen, allerdings wird
        der Preis nicht sinken`): the content ends before its comma (`opening`: the comma before the
        infinitive, `comma`: the one after it)."""
        content = content_after(doc, sent, opening)
        after = doc[comma.i + 1:min(comma.i + 3, sent.end)]
        if not after or after[0].lower_ in self.complementizers | self.relative_pronouns | self.not_content:
            return content
        if any(finite_verb(t) and t.is_lower for t in after):
            return content[0], comma.idx
        return content

    def _noun_infinitive(self, doc: Doc, lo: int, comma: int) -> bool:
        """`unterstützt die Forderungen der SPD, die Bank zu boykottieren`, `wies die Möglichkeit zurück,
        die Kaution zuzulassen`: the zu-infinitive after the comma belongs to an object noun of the
        verb's clause that is a thing (german.csv non_speaker_noun: a demand, a possibility), not to
        the verb; a noun inside a prepositional phrase is none (`rief in einem Appell dazu auf, …`)."""
        return any(t.pos_ == "NOUN" and self.speakers.thing(t) and not self._in_prepositional_phrase(doc, lo, t)
                   for t in tokens_of(doc, lo, comma))

    def _in_prepositional_phrase(self, doc: Doc, lo: int, noun: Token) -> bool:
        """The words before the noun (articles, adjectives, adverbs, numbers) open with a preposition."""
        k = noun.i - 1
        while k > lo and doc[k].pos_ in ("DET", "ADJ", "ADV", "NUM", "PRON"):
            k -= 1
        return k >= lo and doc[k].lower_ in self.prepositions

    def _insertion(self, doc: Doc, sent: Span, comma: int) -> bool:
        """The few words after the comma up to the next comma hold no finite verb (nor Konjunktiv,
        `sie könne sich vorstellen`) and a `dass`/`ob` clause follows them: an inserted phrase (`aber auch`, `ohne auf einen Vorfall zu verweisen`)
        between the verb with its speaker and the reported clause."""
        after = next((k for k in range(comma + 1, sent.end) if doc[k].text == ","), None)
        return (after is not None and after + 1 < sent.end and doc[after + 1].lower_ in self.complementizers
                and after - comma <= 8 and not any(finite_verb(t) or self.cues.is_subjunctive(t, True)
                                                   or self.cues.listed_ki(t) for t in tokens_of(doc, comma + 1, after)))

    def _main_verb(self, doc: Doc, sent: Span, lo: int, token: Token) -> bool:
        """`X, den die Zeitung zitiert, kommentierte, …`: after a relative clause (the cue's clause opens
        with a relative pronoun after a comma), a finite verb right after the comma goes on with the
        main clause around it; it opens no reported content (`Wie X mitteilte, wurden …` does)."""
        return self._relative_opening(doc, sent, lo) and token.is_lower and ("Fin" in morph_values(token, "VerbForm") or self.cues.is_speech_verb(token))

    def _relative_opening(self, doc: Doc, sent: Span, lo: int) -> bool:
        """The clause at `lo` opens with a relative pronoun after a comma (`…, den der X betone,`)."""
        return lo > sent.start and doc[lo - 1].text == "," and doc[lo].text.lower() in self.relative_pronouns

    def _relative_clause(self, clause: Span) -> bool:
        """`…, der in Moskau lebt`: a relative pronoun followed by something other than its noun,
        or by a noun when the clause ends in its only finite verb, in the indicative (`…, der
        Berichterstatter ist`; `…, der Westen lüge` is speech); after a preposition too (`…, auf die
        wir alle draufdrücken`)."""
        if len(clause) > 2 and clause[0].lower_ in self.prepositions and clause[1].lower_ in self.relative_pronouns:
            clause = clause[1:]
        if clause[0].text.lower() not in self.relative_pronouns or len(clause) < 2:
            return False
        if len(clause) > 2 and not clause[2].is_punct and self._verb_second_word(clause[1]):
            return False  # `sagte, das sei falsch`: the verb second, a main clause (a relative clause ends in its verb)
        if not (clause[1].text[:1].isupper() or clause[1].text.lower() not in self.articles
                and self.phrases.modifier(clause[1])):
            return clause[1].lower_ in self.articles or not self._verb_second(clause)  # (`…, die den Fall …`)
        words = [t for t in clause if not t.is_punct]
        finite = [t for t in words if "Fin" in morph_values(t, "VerbForm")]
        return finite == [words[-1]] and not self.cues.is_subjunctive(words[-1], True)

    def _verb_second_word(self, token: Token) -> bool:
        """A finite verb known by its form (`verb_second_words`), also a Konjunktiv I after an inseparable
        prefix written in lower case (`…, das verwerte …`, `bekomme`)."""
        return token.lower_ in self.verb_second_words or token.is_lower and self.konjunktiv_i(token.lower_)

    def _verb_second(self, clause: Span) -> bool:
        """`…, die noch zu gründende Stiftung werde die Aufgaben übernehmen`: an article, its noun (with no
        preposition or pronoun before it) and right after the noun a Konjunktiv or auxiliary (german.csv ki,
        ki2, auxiliary) with more words of its clause after it, none a verb or a coordinator: a main clause
        with its verb second, which a relative clause is not (it ends in its verb: `…, die noch zu zahlen
        ist`, `…, der seit 1991 vergeben wird und …`, `…, die mit X gemäß Y ausgestattet sind`)."""
        doc = clause.doc
        end = next((t.i for t in clause[1:] if t.text in CLAUSE_BREAKS), clause.end)
        verb = next((t for t in tokens_of(doc, clause.start + 1, end) if self._verb_second_word(t)), None)
        if verb is None or verb.i + 1 >= end or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN") \
                or any(t.pos_ in ("ADP", "PRON", "VERB", "AUX") and not self._gerundive_zu(t)
                       for t in tokens_of(doc, clause.start + 1, verb.i)):
            return False
        after = doc[verb.i + 1]
        return not after.is_punct and after.pos_ not in ("VERB", "AUX", "CCONJ") \
            and not self._verb_second_word(after)

    @staticmethod
    def _gerundive_zu(token: Token) -> bool:
        """`die noch zu gründende Stiftung`: `zu` before an attributive participle, no preposition."""
        return token.lower_ == "zu" and token.i + 1 < len(token.doc) and token.nbor(1).pos_ == "ADJ"

    @staticmethod
    def _stance(cue: Cue, token: Token, particle: Token) -> bool:
        """An act cue of a verb and an adjective of a stance (cues.csv: `zeigte … zuversichtlich`, `war …
        enttäuscht`): one of its two words an adjective or participle, the other no participle (not
        `hat … ausgeschlossen`, `lehnt … ab`)."""
        if cue.kind != "act" or particle is token:
            return False
        def adjective(t: Token) -> bool:
            return t.is_lower and (t.pos_ in ("ADJ", "ADV") or "Part" in morph_values(t, "VerbForm"))
        return (adjective(token) and "Part" not in morph_values(particle, "VerbForm") and particle.pos_ in ("AUX", "VERB")
                or adjective(particle) and "Part" not in morph_values(token, "VerbForm") and token.pos_ in ("AUX", "VERB"))

    def _unsubordinated_clause(self, clause: Span) -> bool:
        """A clause that no conjunction opens and no finite verb ends (`Die Reform kommt bald`, not `Als
        das Ministerium den Plan mitteilte`, `Dass sie kommt`): a main clause a stance may report."""
        words = [t for t in clause if not t.is_punct]
        return bool(words) and words[0].lower_ not in self.complementizers and words[0].pos_ != "SCONJ" \
            and not ("Fin" in morph_values(words[-1], "VerbForm") and len(words) > 2)

    def _clause_before_comma(self, doc: Doc, sent: Span, token: Token, cue: Cue,
                             speakers: list[Speaker], stance: bool = False) -> tuple[int, int] | None:
        """`Die Uhr laufe, sagte Rubio`: the reported clause precedes the cue (the verb right
        after the comma or after `, so`, then its subject), or the auxiliary of its participle (`…, hatte Rubio gesagt`).
        So does a `stance` (an act cue of a verb and an adjective: `…, zeigte sich Rubio zuversichtlich`,
        `…, ist er skeptisch`) after a main clause that no conjunction opens."""
        trailing = self._trailing_wie_clause(doc, sent, token, cue, speakers)
        if trailing is not None:
            return trailing
        auxiliary = self._auxiliary_opening(doc, sent, token, cue, speakers)
        opening = auxiliary or token
        # (`…, so sagte er`, `…, das teilte X mit`, `… – das meint X`: the word points back to the clause)
        resumed = self._resumed(doc, sent, opening)
        comma = opening.i - 2 if resumed else opening.i - 1
        if comma > sent.start and (doc[comma].text == "," or resumed and doc[comma].text in DASHES):
            clause = doc[sent.start:comma]
            if self._adverbial_clause_only(clause):
                return None  # `Während X die Reform ablehnt, fordert Y sie`: the verb after it is the main clause's
            inverted = any(s.start > opening.idx for s in speakers)  # `…, sagte Rubio`, not `X, der …, sprach`
            if ((cue.kind == "speech" or stance and self._unsubordinated_clause(clause))
                    and inverted and main_clause(clause)
                    or self.cues.any_subjunctive(clause, True)
                    and (inverted or not speakers or not self.speakers.verb_first_predicate(doc, opening)
                         or opening.i + 1 < sent.end and doc[opening.i + 1].lower_ in self.speakers.impersonal)):
                # (`X beteuerte, er sei unschuldig, verweigerte aber …`: a second predicate of X, its subject
                # before, not a verb that the clause before reports)
                end = self._rest_after_insertion(doc, sent, token, speakers, clause)
                if end is None:
                    end = self._contrasting_rest(doc, sent, token, speakers, clause)
                return clause.start_char, end if end is not None else clause.end_char
        return None

    def _adverbial_clause_only(self, clause: Span) -> bool:
        """The words before the cue's comma are one adverbial clause, with clauses that depend on it and no
        main clause: opened by a german.csv `adverbial_subordinator` (`Während X die Reform ablehnt`, `Nachdem
        die SPÖ zugestimmt hatte`), its finite verb last (not `Seit Jänner seien …`, `Da waren wir …`, an
        adverb before a verb in second place), and every part after a comma opened by a complementizer, a
        relative pronoun or a word of german.csv not_content (`…, dass …`, `…, die …`). The finite verb after
        that comma is then the main clause's (`…, fordert Y sie`), no inquit (`Obwohl X …, sei es absurd, …,
        kommentiert Y`: a main clause follows the adverbial one, the words are Y's)."""
        doc = clause.doc
        if not clause or clause[0].lower_ not in self.adverbial_subordinators:
            return False
        commas = [t.i for t in clause if t.text == ","]
        first = doc[clause.start:commas[0]] if commas else clause
        words = [t for t in first if not t.is_punct]
        finite = [t for t in words if "Fin" in t.morph.get("VerbForm")]
        if len(words) < 3 or not finite or any(t.i < words[-2].i for t in finite) or "Fin" not in words[-1].morph.get("VerbForm") \
                and words[-1].pos_ not in ("VERB", "AUX"):
            return False  # its finite verb closes it (`… ablehnt`, `… abgelehnt hat`)
        openers = self.complementizers | self.relative_pronouns | self.not_content
        return all(i + 1 < clause.end and doc[i + 1].lower_ in openers for i in commas)

    def _rest_after_insertion(self, doc: Doc, sent: Span, token: Token, speakers: list[Speaker],
                              before: Span) -> int | None:
        """`An der Behebung wird, so heißt es im Magistrat, gearbeitet.`, `Die Reform komme, sagte der
        Minister, im Herbst.`: a cue's clause set between commas into the reported clause, which goes on
        after it to the sentence's end (`before`: its part before the insertion): the end of that rest.
        The rest has no finite verb and is either the participle or infinitive closing it that an
        auxiliary before the insertion waits for, or a prepositional phrase or adverb; not a clause of its
        own (`…, sagte er, sie werde …`, `…, sagte er, ohne X zu erwähnen`, `…, schrieb sie, laut der …`),
        nor an apposition or list (`…, berichtete das Institut, ein Thinktank in Washington`, `…, heißt es
        im Schreiben an Polizei, Gericht und Stadt`), nor a second source (`…, so Wolff`)."""
        _, hi = clause_range(doc, sent, token.i, [])
        if not token.pos_ or hi >= sent.end - 1 or doc[hi].text != ",":
            return None  # (without a tagger no finite verb is known)
        if any(s.end > doc[hi].idx for s in speakers):
            return None
        rest = [t for t in tokens_of(doc, hi + 1, sent.end) if not t.is_punct]
        if (not rest or any(finite_verb(t) for t in rest) or rest[0].lower_ in self.non_rest_openers
                or rest[0].pos_ in ("CCONJ", "SCONJ", "DET") or rest[0].lower_ in self.complementizers
                or rest[0].lower_ in self.relative_pronouns  # `…, sagte Ferri, der seit Jahren mitarbeitet`
                or any(t.text in QUOTE_PAIRS for t in before)  # a quotation: its own rules
                or any(t.text in CLAUSE_BREAKS for t in tokens_of(doc, hi + 1, sent.end - 1))
                or len(rest) > 1 and rest[1].lower_ in self.relative_pronouns):
            return None
        end = rest[-1].idx + len(rest[-1].text)
        if any(t.pos_ in ("VERB", "AUX") for t in rest):
            waiting = (any(t.pos_ == "AUX" for t in before) and rest[-1].pos_ in ("VERB", "AUX")
                       and not infinitive_clause(doc[hi + 1:sent.end]))  # the verb form closes the clause
            return end if waiting else None
        return end if rest[0].pos_ in ("ADP", "ADV") else None

    def _contrasting_rest(self, doc: Doc, sent: Span, token: Token, speakers: list[Speaker],
                          before: Span) -> int | None:
        """`Der Entwurf ist fertig, sagte sie, aber die Länder müssen noch zustimmen.`: after the
        inquit set between commas, a clause that a german.csv `speech_rest_opener` opens (`aber`, `doch`,
        `denn`) goes on with the speaker's words, when its first finite verb is in the present or the
        Konjunktiv (a weak past in `-te(n)` counts as past unless it is a `ki2` form or a modal's):
        the end of the sentence. Not the author's sequel in the past (`…, sagte er, doch der Saal lachte`),
        nor one about the speaker in the indicative (`…, sagte sie, aber sie lächelt dabei`), nor after a
        quotation (its own rules) or before a second cue (`…, doch X erklärte, …`)."""
        _, hi = clause_range(doc, sent, token.i, [])
        if not token.pos_ or hi >= sent.end - 2 or doc[hi].text != ",":
            return None  # (without a tagger no finite verb is known)
        if any(s.end > doc[hi].idx for s in speakers) or doc[hi + 1].lower_ not in self.speech_rest_openers:
            return None
        if any(t.text in QUOTE_PAIRS for t in before) or any(t.text in QUOTE_PAIRS for t in tokens_of(doc, hi + 1, sent.end)):
            return None
        words = [t for t in tokens_of(doc, hi + 2, sent.end) if not t.is_punct]
        finite = next((t for t in words if finite_verb(t)), None)
        if finite is None or any(self.cues.is_speech_verb(t) for t in words):
            return None
        lower, mood = finite.lower_, finite.morph.get("Mood")
        subjunctive = (self.cues.konjunktiv_i_form(finite) or lower in self.cues.ki2
                       or finite.pos_ == "AUX" and "Sub" in mood)  # `hätte`, `könnte`, `würde`
        # a weak past in `-te(n)` the tagger often reads as a present (`lehnten … ab`)
        past = lower.endswith(("te", "ten")) or "Past" in finite.morph.get("Tense") or self.only_past(lower)
        third_persons = self.unmarked.third_person_pronouns  # (`er`, `sie`: the author telling about the speaker)
        if not subjunctive and (past or any(t.dep_ in SUBJECT_LABELS and t.lower_ in third_persons for t in words)):
            return None
        last = doc[sent.end - 1]
        while last.i > hi and last.is_punct:
            last = doc[last.i - 1]
        return last.idx + len(last.text)

    def _trailing_wie_clause(self, doc: Doc, sent: Span, token: Token, cue: Cue,
                             speakers: Sequence[Speaker] = ()) -> tuple[int, int] | None:
        """`Die Schule bleibt geschlossen, wie die Stadt am Freitag mitteilte.`: a verb of saying that
        ends a `wie` clause after a comma reports the main clause before that comma (not `wie erwartet`:
        no verb of saying; not after a negated clause, nor a passive comparison with a pronoun). A `wie`
        clause set into the main clause (`Die Regierung sehe, wie der Minister erklärte, keinen Spielraum`)
        reports the main clause around it, its rest after the comma too (`_rest_after_wie_clause`), where
        the cue's speakers stand inside the `wie` clause (not `Das ist, wie viele glauben, kein Fehler`)."""
        if cue.kind != "speech":
            return None
        lo, hi = clause_range(doc, sent, token.i, [])
        lo = wie_before_apposition(doc, sent, lo)
        if lo - 1 <= sent.start or doc[lo].lower_ != "wie" or doc[lo - 1].text != ",":
            return None
        if any(t.pos_ not in ("VERB", "AUX", "ADP", "PART", "ADV", "PUNCT") for t in tokens_of(doc, token.i + 1, hi)):
            return None  # the cue's verb (and particle) ends its clause
        rest = None if all(t.is_punct for t in tokens_of(doc, hi, sent.end)) else self._rest_after_wie_clause(doc, sent, hi)
        if rest is None and any(not t.is_punct for t in tokens_of(doc, hi, sent.end)) and not (
                doc[hi].text == "," and (self._zu_infinitive_part(doc[hi + 1:sent.end])
                                         or self._relative_clause(doc[hi + 1:sent.end]))):
            return None  # (`…, wie der Sender meldete, ohne Zahlen zu nennen`, `…, wie X sagt, der …`: of the speaker)
        if rest is not None and not (speakers and all(doc[lo].idx < s.start and s.end <= doc[hi].idx for s in speakers)):
            return None
        before, clause = doc[sent.start:lo - 1], doc[lo:hi]
        if not main_clause(before) or any(t.lower_ in self.verb_negators for t in before):
            return None  # `ist nicht die Kameraoptik, wie viele vermutet haben`: what was said is denied
        if any(t.lower_ in self.cues.passive_auxiliaries for t in clause) \
                and any(t.lower_ in self.speakers.personal_pronouns for t in clause):
            return None  # `ein Stil, wie er vom Publikum erwartet wird`: a comparison, `er` the noun before
        return before.start_char, before.end_char if rest is None else rest

    @staticmethod
    def _zu_infinitive_part(part: Span) -> bool:
        """`ohne Zahlen zu nennen`, `um sie abzulehnen`: the words end in a zu-infinitive."""
        words = [t for t in part if not t.is_punct]
        return bool(words) and words[-1].pos_ in ("VERB", "AUX") and zu_infinitive(part.doc, words[-1].i, part.start)

    def _rest_after_wie_clause(self, doc: Doc, sent: Span, hi: int) -> int | None:
        """`Die Regierung sehe, wie der Minister erklärte, keinen Spielraum.`: a `wie` clause set between
        commas into a main clause, which goes on after it: the end of that rest (up to the sentence's
        end or a dash, colon or semicolon). The rest opens no clause of its own (no conjunction or
        finite verb before its next comma, nor is it a zu-infinitive or relative clause: not `…, wie er sagte, die Reform
        komme`, `…, wie er sagte, ohne Zahlen zu nennen`); None else."""
        if doc[hi].text != "," or hi + 1 >= sent.end:
            return None
        end = next((k for k in range(hi + 1, sent.end) if doc[k].text in CLAUSE_BREAKS - {","}), sent.end)
        comma = next((k for k in range(hi + 1, end) if doc[k].text == ","), end)
        first, part = doc[hi + 1], doc[hi + 1:comma]
        if (not len(part) or first.pos_ in ("CCONJ", "SCONJ") or first.lower_ in self.complementizers
                or first.lower_ in self.non_rest_openers or self._zu_infinitive_part(part)
                or self._relative_clause(part) or any(finite_verb(t) for t in part)):
            return None
        last = next((t for t in reversed(doc[hi + 1:end]) if not t.is_punct), None)
        return last.idx + len(last.text) if last is not None else None

    def _auxiliary_opening(self, doc: Doc, sent: Span, token: Token, cue: Cue,
                           speakers: list[Speaker]) -> Token | None:
        """The auxiliary that opens the clause of a cue that ends it, a participle or infinitive (`…, hatte
        der Minister gesagt`, `…, hat die Kanzlerin betont`), if one does; its speakers are the subject
        (not `…, hatte ihre Zustimmung angedeutet`), and the clause is not a passive without one (`…, wird im
        Unternehmen erläutert`; `…, wurde er zitiert` is his)."""
        lo, hi = clause_range(doc, sent, token.i, [])
        if lo == token.i or doc[lo].lower_ not in self.tense_auxiliaries:
            return None  # (a modal is no report: `…, will Kalina nicht spekulieren`)
        if not all(t.is_punct for t in tokens_of(doc, token.i + 1, hi)):
            return None
        if token.lower_ in self.circles_infinitives:
            return doc[lo] if speakers else None  # `…, war aus Regierungskreisen zu hören`: the source after `aus`
        if self.cues.passive_event(token, sent, cue):
            return None
        if not speakers or not all(self.speakers.named_or_subject(doc, s, token) for s in speakers):
            return None
        return doc[lo]
