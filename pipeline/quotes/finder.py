"""The registered component `quote_finder`: reads each content sentence once, in order, and
hands it to the collaborators (direct quotations, indirect and reported speech, follow-on and
colon speech), carrying the latest speaker from sentence to sentence. Reads the quotations of
`quotation_marker` (`doc.spans["quotations"]`); writes `doc._.quotes` with each quote's sentence
and its speaker as the rules found it (`speaker_resolver` then finishes the speakers)."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.actor_context import CountryWords
from pipeline.bundle import LexiconRules
from pipeline.lexicons import Lexicons
from pipeline.phrases import NounPhrases, doc_text, indexed_mentions, indexed_words, morph_values, tokens_of
from pipeline.quotes.clauses import content_after, ends_with, finite_verb, inside
from pipeline.quotes.cues import CueMatcher
from pipeline.quotes.direct import DirectQuotes, LastSpeaker
from pipeline.quotes.follow_on import FOLLOW_ON_GAP, UnmarkedSpeech
from pipeline.quotes.indirect import IndirectSpeech
from pipeline.quotes.quotations import quotation_offsets
from pipeline.quotes.records import Quote, Speaker, quotes_by_sentence
from pipeline.quotes.references import ReferenceResolver
from pipeline.quotes.sources import PositionNouns, SourceMarkers
from pipeline.quotes.speakers import SpeakerFinder
from pipeline.quotes.tweets import EmbeddedTweets
from pipeline.segment import content_sentences


class QuoteFinder:
    """Find DIRECT, INDIRECT and REPORTED speech; see the package docstring."""

    def __init__(self, lexicons: Lexicons, party_country: Callable[[str], str] = lambda word: ""):
        self.cues = CueMatcher(lexicons)
        self.phrases = NounPhrases(lexicons, self.cues.is_verb, self.cues.is_speech_verb)
        self.references = ReferenceResolver(lexicons, party_country)
        self.speakers = SpeakerFinder(lexicons, self.cues, self.phrases, self.references)
        country_words = CountryWords.from_lexicons(lexicons)  # (one for the sources and the position nouns)
        sources = SourceMarkers(lexicons, self.cues, self.phrases, self.references, country_words)
        self.direct = DirectQuotes(self.cues, self.speakers, sources)
        self.unmarked = UnmarkedSpeech(lexicons, self.cues, self.phrases, self.speakers)
        self.indirect = IndirectSpeech(lexicons, self.cues, self.phrases, self.speakers, sources,
                                       PositionNouns(lexicons, self.cues, country_words), self.unmarked)
        self.tweets = EmbeddedTweets()
        # `Demnach` (cues.csv speaker side `self`): the adverb stands in for the source named before it
        self.stand_in_cues = frozenset(self.cues.cue_id(cue) for cue in self.cues.sources if cue.speaker_side == "self")
        # `Informationen, wonach …` (speaker side `report_noun`): a report nobody is named for
        self.report_cues = frozenset(self.cues.cue_id(cue) for cue in self.cues.sources
                                     if cue.speaker_side == "report_noun")
        self.subordinators = lexicons.word_class("not_content")  # `nachdem X … gezeigt hatten`: background
        # `X will einen Gipfel` (an intent modal as a full verb, cues.csv): what X wants, no speech that goes on
        intent = lexicons.word_class("intent_modal")
        self.want_cues = frozenset(self.cues.cue_id(cue) for cue in self.cues.acts
                                   if cue.particle is None and any(cue.regex.fullmatch(w) for w in intent))
        # `muss … sagen`, `Lasst uns … sagen`: a modal or `lassen` over a bare infinitive (no `hat`, `wurde`)
        self.modal_words = (lexicons.word_class("finite_modal") | lexicons.word_class("causative")
                            | lexicons.word_class("auxiliary")) - lexicons.word_class("tense_auxiliary")

    def __call__(self, doc: Doc) -> Doc:
        with indexed_mentions(doc), indexed_words(doc):
            doc._.quotes = self._quotes(doc)
        return doc

    def _introductions(self, doc: Doc, sent: Span, found: list[Quote]) -> set[int]:
        """`Besorgt äußerte sich X: „…“, sagte er`: the verbs before the colon that introduces a
        quotation whose cue follows it frame the same speech; they start no event of their own."""
        taken: set[int] = set()
        for quote in found:
            if quote.cue_start < quote.content_end:
                continue
            opening = quote.content_span(doc)
            if opening is None or opening.start - 1 <= sent.start or doc[opening.start - 1].text != ":":
                continue
            taken.update(t.i for t in tokens_of(doc, sent.start, opening.start - 1) if self.cues.is_verb(t))
        return taken

    def _quotes(self, doc: Doc) -> list[Quote]:
        """The quotes of the document's content sentences, in order."""
        sentences = list(content_sentences(doc, remember=True))  # (kept for the interview finder and claim coder)
        quote_spans = quotation_offsets(doc)
        # the quotations that hold speech, in text order: each asked once (`is_speech_quote` reads the words around it)
        speech = [q for q in quote_spans if self.direct.is_speech_quote(doc, q)]
        speech_starts = [q[0] for q in speech]
        marked = self._kept_quotation_marks(sentences, speech)
        quotes: list[Quote] = []
        last_speaker: LastSpeaker | None = None
        acted_only = False  # the last speaker was named by a reported act only (no speech)
        vouched: LastSpeaker | None = None  # the source that vouched for the last sentence's act (`laut X`)
        later_cues: set[int] = set()  # cue verbs of quotations that end in a later sentence
        learned_at = -1  # the last sentence that told what someone learned (`fand heraus, dass …`)
        for index, sent in enumerate(sentences):
            # the person who spoke in the sentence before: `er` in this one continues them
            recent = last_speaker[1] if last_speaker and index - last_speaker[0] <= 1 else None
            in_sentence = speech[bisect.bisect_left(speech_starts, sent.start_char):
                                 bisect.bisect_left(speech_starts, sent.end_char)]
            found = self.direct.find(doc, sent, index, in_sentence, quote_spans, last_speaker, recent)
            quotes.extend(found)
            framing = self._framing_follow_on(doc, sentences, index, found, last_speaker, acted_only, marked, quote_spans)
            if framing is not None:
                quotes.append(framing)
            if found and found[-1].speaker:
                last_speaker = (index, found[-1].speaker)
            cues = [doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand").start
                    for q in found if q.cue_start >= 0]
            own = {i for i in cues if i < sent.end}
            used = own | {i for i in later_cues if sent.start <= i < sent.end} | self._introductions(doc, sent, found)
            later_cues.update(i for i in cues if i >= sent.end)  # `„A. B“, sagte X`: taken in a later sentence
            inner = self.indirect.find(doc, sent, index, quote_spans, used, recent, reread=frozenset(own))
            inner = [self._before_introduced_quotation(doc, q, found) for q in inner]
            if inner and not found and all(self._unplaced_clause(q) or self._infinitive_cue(doc, q) for q in inner):
                follow, aside, narrated = self.unmarked.continuation(sentences, index, last_speaker, quote_spans,
                                                                     not acted_only and not marked)
                if aside or narrated:
                    inner = []  # `Offen blieb, ob …`, `In Linz wurde Hilfe, und sei es nur …, erhofft`: the author's
                else:
                    inner = [follow] if follow is not None else inner  # `Ich bleibe bei meiner Aussage, dass …`
            elif inner and not found and all(self._speakerless_infinitive(doc, q) for q in inner):
                follow = self.unmarked.continuation(sentences, index, last_speaker, quote_spans,
                                                    not acted_only and not marked).follow
                inner = [follow] if follow is not None else inner  # `Ich muss ehrlich sagen, dass …`
            if inner and not found and all(q.rule == "reported:participle" for q in inner):
                inner = inner + self._follow_on_beside(sentences, index, last_speaker, quote_spans,
                                                       not acted_only and not marked)
            if not found and not inner and last_speaker is not None and self._glued_heading(doc, sent):
                last_speaker = (last_speaker[0] + 1, last_speaker[1])  # the speech goes on across the heading
                continue
            quotes.extend(inner)
            # (a claimant inside another's report, `…:nested`, is no speaker whom the next sentence goes on with)
            speaking = [q for q in inner if q.speaker and q.rule not in ("indirect:act-source", "indirect:learned")
                        and not q.rule.endswith(":nested") and (q.type in ("INDIRECT", "DIRECT") or self._reporting(q, doc))]
            if any(q.cue_id not in self.report_cues for q in speaking):
                # `X zitierte Schätzungen, wonach …`: the report inside X's words does not go on speaking, X does
                speaking = [q for q in speaking if q.cue_id not in self.report_cues]
            if found:
                acted_only = False
            vouching = self._vouched_by(inner, index) if not found and not speaking else None
            if speaking and self._act_within_speech(doc, speaking, last_speaker, acted_only, index):
                last_speaker = (index, last_speaker[1])  # the act is told in the speaker's words: they go on
            elif speaking:
                last_speaker = (index, speaking[-1].speaker)
                # `X wünscht sich …` is no speech; `X störte sich an …: Da werden …` goes on speaking
                acted_only = speaking[-1].rule == "reported:act" and ":" not in sent.text
            elif not found and not inner:
                follow, aside, _ = self.unmarked.continuation(sentences, index, last_speaker, quote_spans,
                                                              not acted_only and not marked)
                if follow is None and vouched is not None and index - vouched[0] == 1:
                    follow = self.unmarked.source_goes_on(sentences, index, vouched[1], quote_spans)
                if follow is None and last_speaker is None and learned_at != index - 1:
                    follow = self.unmarked.after_named_person(doc, sentences, index, quote_spans)
                if follow is None and not aside:
                    follow = self.unmarked.unattributed(sentences, index, quote_spans)
                if follow is not None:
                    quotes.append(follow)
                    # an alleged fact does not prolong the speech, nor does speech nobody is named for
                    if follow.rule != "indirect:allegation" and follow.speaker is not None:
                        last_speaker, acted_only = (index, follow.speaker), False
                elif aside:
                    last_speaker = (index, last_speaker[1])  # the author's aside: the speech goes on after it
                elif last_speaker and not self._colon_intro(sent) and index - last_speaker[0] >= FOLLOW_ON_GAP:
                    last_speaker = None
            elif not found and not speaking and any(q.rule == "indirect:learned" for q in inner):
                last_speaker = None  # `Sie fand heraus, dass …`: what she learned; the next sentence is nobody's speech
                learned_at = index  # nor that of the person named in it
            if self._colon_intro(sent):
                intro = self.speakers.intro_speaker(doc, sent, quote_spans, recent)
                if intro is not None:
                    last_speaker, acted_only = (index, intro), False
            vouched = vouching
        placed = self._between_speeches(sentences, self._placed(sentences, self._stand_ins(quotes)), quote_spans)
        if not marked:  # `Wir können es schaffen. …, sagte X.`: the first person before the inquit is X's
            placed = self.unmarked.lead_ins(sentences, placed, quote_spans)
        placed = self.tweets.apply(sentences, placed)
        return self._with_citing_media(doc, sentences, placed, quote_spans)

    def _between_speeches(self, sentences: list[Span], quotes: list[Quote],
                          quote_spans: list[tuple[int, int]]) -> list[Quote]:
        """A sentence with no quote between two sentences of the same speaker's speech (quoted or reported,
        not a reported act) whose main verb is a plural past that may be the Konjunktiv II
        (`UnmarkedSpeech.between_speeches`): the speaker's words, a follow-on of the speech before it. Done
        after the sentences are read, as the speech after it is found only then."""
        speaking = quotes_by_sentence(quotes)
        out = list(quotes)
        for index in range(1, len(sentences) - 1):
            if index in speaking:
                continue
            before = [q for q in speaking.get(index - 1, []) if q.type != "REPORTED" and q.speaker is not None
                      and q.speaker.actor and q.rule != "indirect:allegation"]
            after = {q.speaker.actor for q in speaking.get(index + 1, []) if q.type != "REPORTED" and q.speaker}
            speaker = next((q.speaker for q in reversed(before) if q.speaker.actor in after), None)
            follow = None if speaker is None else self.unmarked.between_speeches(sentences, index, speaker, quote_spans)
            if follow is not None:
                at = next((k for k, q in enumerate(out) if q.sentence > index), len(out))
                out.insert(at, follow)
        return out

    def _vouched_by(self, inner: list[Quote], index: int) -> LastSpeaker | None:
        """`Die Regierung hat laut der Polizei ein Verbot verhängt.`: the source that vouches for the
        sentence's reported act (`indirect:act-source`), when it names an actor or a person (not a
        `Bericht`, a `Studie`): its report may go on in the Konjunktiv I of the next sentence."""
        source = next((q for q in inner if q.rule == "indirect:act-source" and q.speaker is not None), None)
        if source is None or not self.unmarked.reporting_person(source.speaker):
            return None
        return index, source.speaker

    def _framing_follow_on(self, doc: Doc, sentences: list[Span], index: int, found: list[Quote],
                           last_speaker: LastSpeaker | None, acted_only: bool, marked: bool,
                           quote_spans: list[tuple[int, int]]) -> Quote | None:
        """`X sagte … . Es drohe „eine dramatische Erderwärmung“.`: a sentence whose quotations are only
        fragments that continue the last speaker (`direct:continuation`) while its own clause, outside the
        quotation marks, is in the Konjunktiv: the whole sentence is that speaker's reported speech (the
        follow-on, INDIRECT), the quoted words its verbatim part (the DIRECT quotes stay)."""
        if found and all(q.rule == "direct:cue" for q in found):
            return self._colon_konjunktiv(doc, sentences[index], index, found, quote_spans)
        if not found or any(q.rule != "direct:continuation" for q in found):
            return None
        follow = self.unmarked.continuation(sentences, index, last_speaker, quote_spans,
                                            not acted_only and not marked).follow
        if follow is None or follow.rule != "indirect:follow-on" or follow.speaker is None:
            return None
        return follow

    def _colon_konjunktiv(self, doc: Doc, sent: Span, index: int, found: list[Quote],
                          quote_spans: list[tuple[int, int]]) -> Quote | None:
        """`X bezweifelte die Eignung: Er habe „nicht den Eindruck, dass sie es kann“.`: after the colon of a
        sentence whose quotation the speaker's cue before the colon attributes, a clause of words of its own in
        the Konjunktiv I around the quoted words is the speaker's reported speech (INDIRECT, as a follow-on:
        no cue of its own), the quoted words its verbatim part; `X sagte: „Ich habe …“` has no such clause."""
        speaker = found[0].speaker
        if speaker is None or any(q.speaker != speaker for q in found):
            return None
        first = min(q.content_start for q in found)
        colon = next((t for t in sent if t.text == ":" and t.idx < first and not inside(t, quote_spans)
                      and all(q.cue_end <= t.idx for q in found)), None)
        if colon is None:
            return None
        after = [t for t in sent.doc[colon.i + 1:sent.end] if not inside(t, quote_spans)]
        if sum(t.is_alpha for t in after) < 2 or not any(
                finite_verb(t) and self.cues.konjunktiv_i_form(t) for t in after):
            return None
        start, end = content_after(doc, sent, colon)
        return Quote("INDIRECT", "", -1, -1, start, end, index, speaker, None, "indirect:follow-on")

    def _with_citing_media(self, doc: Doc, sentences: list[Span], quotes: list[Quote],
                           quote_spans: list[tuple[int, int]]) -> list[Quote]:
        """`„…“, zitierte die Zeitung den Minister`: the minister's words (his quote keeps the cue, and
        the claim), and after it the same words as the medium's quotation (rule `direct:citing`; quotes-de
        marks both, for words in quotation marks)."""
        out: list[Quote] = []
        for quote in quotes:
            out.append(quote)
            if quote.cue_start < 0 or quote.speaker is None or quote.type != "DIRECT":
                continue
            cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
            if cue is None or cue[0].lower_ not in self.speakers.quoting_verbs:
                continue
            cited = self.speakers.citation(doc, sentences[quote.sentence], cue[0], quote_spans)
            if cited is None or _overlap(cited[0], cited[1]):
                continue
            person, medium = cited
            if _overlap(quote.speaker, medium):
                out[-1] = replace(quote, speaker=person)  # `„…“, zitiert ndr.de Polizeisprecher Ralf Meyer`
            elif not _overlap(quote.speaker, person):
                continue
            out.append(replace(quote, speaker=medium, rule=quote.rule.split(":")[0] + ":citing"))
        return out

    @staticmethod
    def _glued_heading(doc: Doc, sent: Span) -> bool:
        """`Keine Personaldebatte` between two sentences of someone's speech: a subheading the segmenter split
        off the sentence it ran into (`segment.split_glued_headings`), a sentence that ends in a word, with no
        line break after it. It is no sentence of the text's narration: the speech before it goes on after it,
        as far as it would with the heading glued to the next sentence (it counts nothing in the follow-on's
        reach)."""
        last = doc[sent.end - 1]
        if sent.end >= len(doc) or not last.text.replace("-", "").isalnum():
            return False
        after = doc[sent.end]
        gap = doc_text(doc)[sent.end_char:after.idx] + (after.text if after.is_space else "")
        return "\n" not in gap and "\r" not in gap

    def _stand_ins(self, quotes: list[Quote]) -> list[Quote]:
        """`X legte einen Bericht vor. Demnach …`: the sentence is X's, but its speaker's words are the
        adverb that stands in for X (quotes-de marks `Demnach` as cue and speaker); X stays the actor.
        Done after the sentences are read: the follow-on sentences after it go on with X's words."""
        for quote in quotes:
            if (quote.cue_id in self.stand_in_cues and quote.speaker is not None
                    and quote.speaker.start != quote.cue_start):
                quote.speaker = replace(quote.speaker, text=quote.cue, start=quote.cue_start, end=quote.cue_end)
        return quotes

    @staticmethod
    def _kept_quotation_marks(sentences: list[Span], speech: list[tuple[int, int]]) -> bool:
        """Speech in quotation marks (`speech`: the quotations that `is_speech_quote`) in two sentences or
        more: the text has kept its marks, so its unmarked first-person or deontic sentences are the author's,
        not speech whose marks a scraper lost (scraped texts keep them at most in the headline: `Heiko Maas:
        "Wir dürfen …"`)."""
        starts = [s.start_char for s in sentences]
        quoted = {bisect.bisect_right(starts, q[0]) for q in speech}
        return len(quoted) >= 2

    @staticmethod
    def _placed(sentences: list[Span], quotes: list[Quote]) -> list[Quote]:
        """Each quote with the index of the sentence its cue (else its content) starts in."""
        starts = [s.start_char for s in sentences]
        for q in quotes:
            offset = q.cue_start if q.cue_start >= 0 else q.content_start
            q.sentence = max(0, bisect.bisect_right(starts, offset) - 1)
        return quotes

    def _follow_on_beside(self, sentences: list[Span], index: int, last_speaker: LastSpeaker | None,
                          quote_spans: list[tuple[int, int]], verbatim: bool) -> list[Quote]:
        """`Die von der FPÖ geforderte Volksbefragung sei verfrüht.` after someone's speech: a participle's
        agent holds a position in an attribute only; the Konjunktiv I sentence still goes on with the last
        speaker's words (a follow-on beside the agent's position). Not beside a position noun (`Aufgrund der
        deutschen Warnungen hätten …`): tried, quotes-de marks the sentence the speaker's alone and counts the
        noun's quote spurious then."""
        follow = self.unmarked.continuation(sentences, index, last_speaker, quote_spans, verbatim).follow
        return [follow] if follow is not None and follow.rule == "indirect:follow-on" and follow.speaker else []

    @staticmethod
    def _before_introduced_quotation(doc: Doc, quote: Quote, found: list[Quote]) -> Quote:
        """`Sie sagte, die Reform sei nötig: „Wir dürfen nicht warten.“`: a colon that opens a quotation
        ending the indirect content, a DIRECT quote of the same speaker, closes the indirect speech (not
        `laut X … kommentierte Y mit folgenden Worten: „…“`, where Y speaks the quotation)."""
        if quote.type != "INDIRECT":
            return quote
        text = doc_text(doc)
        for direct in found:
            if (direct.type != "DIRECT" or direct.speaker is None or quote.speaker is None
                    or direct.speaker.actor != quote.speaker.actor
                    or not quote.content_start < direct.content_start < quote.content_end
                    or text[direct.content_end:quote.content_end].strip(" .,;!?“”»«\"")):
                continue
            before = text[quote.content_start:direct.content_start].rstrip()
            if before.endswith(":") and before[:-1].strip():
                return replace(quote, content_end=quote.content_start + len(before[:-1].rstrip()))
        return quote

    def _unplaced_clause(self, quote: Quote) -> bool:
        """A clause of an unlisted verb or after `wonach` whose speaker is a phrase nobody can place
        (`Ich bleibe bei meiner Aussage, dass …` gives the phrase `Aussage`, `Er habe Informationen,
        wonach …` the phrase `Informationen`): a follow-on reading is better."""
        return ((quote.rule in ("indirect:clause", "indirect:learned") or quote.cue_id in self.report_cues) and quote.speaker is not None
                and quote.speaker.kind == "phrase" and not quote.speaker.actor_country)

    def _infinitive_cue(self, doc: Doc, quote: Quote) -> bool:
        """`Es müsse möglich sein, seine Meinung zu äußern, wie …`: a verb of saying in the
        zu-infinitive has no subject of its own, so the phrase taken for its speaker (`Meinung`)
        places no one: the sentence rather continues the speaker before it (not an act: `mit dem
        Ziel, eine Organisation zu unterstützen` is no speech)."""
        if quote.cue_start < 0 or quote.speaker is None or quote.speaker.kind != "phrase" \
                or quote.speaker.actor_country:
            return False
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        return cue is not None and cue.start > 0 and doc[cue.start - 1].lower_ == "zu" and not finite_verb(cue[0]) \
            and self.cues.is_speech_verb(cue[0])

    def _speakerless_infinitive(self, doc: Doc, quote: Quote) -> bool:
        """`Ich muss ehrlich sagen, dass …`, `Lasst uns offen sagen, dass …`: a verb of saying in the bare
        infinitive under a modal or `lassen` whose clause names no speaker the finder could take (the
        subject is `ich`, `wir`, `man`, or an imperative): the sentence is no report of its own, it rather
        goes on with the speaker before it when `UnmarkedSpeech.continuation` finds it does (else the report
        stays); the infinitive hangs on a modal or `lassen` of its clause (german.csv `finite_modal`,
        `causative`, `auxiliary` but no `tense_auxiliary`: not the passive `wurde angegeben`); not the
        impersonal `lässt sich sagen`: the author's own inference."""
        if quote.cue_start < 0 or quote.speaker is not None:
            return False
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        if cue is None or "Inf" not in morph_values(cue[0], "VerbForm") or finite_verb(cue[0]) \
                or not self.cues.is_speech_verb(cue[0]) or doc[cue.start - 1].lower_ == "zu":
            return False
        lo = next((i + 1 for i in range(cue.start - 1, cue.sent.start - 1, -1) if doc[i].text in (",", ";", ":")),
                  cue.sent.start)
        modal = next((t for t in tokens_of(doc, lo, cue.start) if t.lower_ in self.modal_words), None)
        return modal is not None and not any(t.lower_ == "sich" for t in tokens_of(doc, modal.i, cue.start))

    def _act_within_speech(self, doc: Doc, speaking: list[Quote], last_speaker: LastSpeaker | None,
                           acted_only: bool, index: int) -> bool:
        """Acts told in the Konjunktiv right after someone's speech are that speaker's report (`Merkel
        und Gauck hätten ihn um Erläuterungen gebeten` after Fischer's words): the Konjunktiv I
        sentences after it go on with the speaker (one placed in a country), not with the act's actors."""
        if last_speaker is None or acted_only or index - last_speaker[0] > 1 or not last_speaker[1].actor_country:
            return False
        return all(q.rule == "reported:act" and self._subjunctive_act(doc, q) for q in speaking)

    def _subjunctive_act(self, doc: Doc, quote: Quote) -> bool:
        """The act's finite verb (the cue, its auxiliary or the verb above it) is a Konjunktiv by its
        form (`habe`, `hätten`), not by the tagger's mood, which also reads `wies` as one."""
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        if cue is None:
            return False
        auxiliaries = [t for t in cue[0].children if t.dep_ in ("aux", "aux:pass", "cop")]
        verb = next((t for t in [cue[0], *auxiliaries, *cue[0].ancestors] if finite_verb(t)), None)
        return verb is not None and (self.cues.konjunktiv_i_form(verb) or verb.lower_ in self.cues.ki2)

    def _reporting(self, quote: Quote, doc: Doc) -> bool:
        """A reported act or speech whose speaker is placed (`Rabmer-Koller wünscht sich …`): the
        Konjunktiv I sentences after it continue that speaker; not an act in a clause a conjunction
        opens (`…, nachdem ihm die US-Botschaft die kalte Schulter gezeigt hatte`: the author's background),
        nor a want (`Obama will einen Gipfel. Dabei sollen … erörtert werden`: the plan told on, nobody's words)."""
        if quote.rule == "reported:speech":  # `sage er Ja, aber: …`: a pronoun resolved to a placed person
            return quote.speaker.kind != "pronoun" or bool(quote.speaker.actor_country)
        return (quote.rule == "reported:act" and quote.cue_id not in self.want_cues
                and quote.speaker.kind not in ("pronoun", "phrase")
                and bool(quote.speaker.actor_country) and not self._subordinate_act(quote, doc))

    def _subordinate_act(self, quote: Quote, doc: Doc) -> bool:
        """The act's verb heads a finite clause opened by a conjunction (`nachdem`, `weil`, `als`); not an
        infinitive's (`…, um die Junta aufzufordern, …` is the act of the one named before it)."""
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        if cue is None or len(cue) == 0:
            return False
        verb = cue[0]
        finite = finite_verb(verb) or any(finite_verb(child) for child in verb.children if child.dep_ == "aux")
        return finite and any(child.dep_ == "mark" and child.lower_ in self.subordinators for child in verb.children)

    @staticmethod
    def _colon_intro(sent: Span) -> bool:
        return ends_with(sent, ":")


def _overlap(one: Speaker, other: Speaker) -> bool:
    """The two speakers' words overlap."""
    return one.start < other.end and other.start < one.end


@Language.factory("quote_finder", requires=["doc.sents", "doc.spans", "span._.quotation_chars"],
                  assigns=["doc._.quotes", "doc._.quote_records"])
def create_quote_finder(nlp: Language, name: str) -> LexiconRules:
    """The quote finder; its lexicons (cues, word classes, the knowledge base's organisations) come
    with `initialize(lexicons=…)` and are saved with the pipeline."""
    return LexiconRules(name, lambda bundle: QuoteFinder(bundle.lexicons, bundle.links.organisation_country))
