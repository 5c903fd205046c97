"""DIRECT speech: text in quotation marks („…“, »…«, "…") that is speech, not a scare quote,
attributed by a cue verb (`sagte Rubio`), a verb no lexicon lists (`rief der Mann`), `so X`, a
colon introduction (`Rubio wurde deutlicher: „…“`) or the speaker of the speech before."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.lexicons import Cue
from pipeline.phrases import doc_text, mention_at, morph_values, tokens_of
from pipeline.quotes.clauses import Blocked, finite_verb, inside
from pipeline.quotes.cues import CueMatcher
from pipeline.quotes.records import Quote, Speaker
from pipeline.quotes.sources import SourceMarkers
from pipeline.quotes.speakers import SpeakerFinder

LastSpeaker = tuple[int, Speaker]  # (sentence index, speaker) of the latest speech
Attribution = tuple[list[Speaker], Token | None, list[tuple[int, int]], Cue | None, str]


class DirectQuotes:
    """Quoted speech in a sentence and who says it."""

    def __init__(self, cues: CueMatcher, speakers: SpeakerFinder, sources: SourceMarkers):
        self.cues, self.speakers, self.sources = cues, speakers, sources

    def is_speech_quote(self, doc: Doc, quote: tuple[int, int]) -> bool:
        """Speech, not a scare quote or title (`„antirussisches Projekt“`): long, a full sentence,
        or introduced by a colon or followed by `, sagte X`."""
        text = doc_text(doc)  # spaCy rebuilds `doc.text` on every read
        inner = text[quote[0] + 1:quote[1] - 1].strip()
        words = inner.split()
        if re.search(r"[.!?…]$", inner) and len(words) >= 2:
            return True
        if len(words) >= 4:  # not a name or title (`„Biennale für zeitgenössische Kunst“`)
            return self._says_something(doc, quote)
        before = text[max(0, quote[0] - 3):quote[0]].strip()
        if before.endswith(":"):
            return True
        after = doc.char_span(quote[1], min(len(text), quote[1] + 40), alignment_mode="contract")
        if (after is not None and len(after) >= 2 and after[0].text == ","
                and (self.cues.is_speech_verb(after[1]) or after[1].text == "so")
                and not (len(after) >= 3 and after[2].text == ",")):  # not `X, Sprecher der Initiative
            return True  # „Rettet den Wald“, sagte, …`: a name in the apposition before the verb's reported clause
        return self.verbless_speaker(doc, quote, [quote]) is not None

    @staticmethod
    def _says_something(doc: Doc, quote: tuple[int, int]) -> bool:
        """The quoted words have a verb, end like a sentence or open in lower case, a fragment of
        speech (`„nicht aggressiv oder so“`); a name or title opens with a capital (without a
        tagger: always)."""
        span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
        if span is None or not doc.has_annotation("POS"):
            return True
        words = [t for t in span if t.is_alpha]
        return (not words or words[0].is_lower or any(t.pos_ in ("VERB", "AUX") for t in span)
                or bool(re.search(r"[.!?…]\W*$", doc_text(doc)[quote[0]:quote[1]])))

    def verbless_speaker(self, doc: Doc, quote: tuple[int, int], blocked: Blocked) -> Speaker | None:
        """`Ban „beunruhigt“ über …`, `Pühringer über Sympathiebekundung „wenig erfreut“`: in a
        sentence without a finite verb (a headline), a placed person or group that opens the
        quote's clause said the quoted words."""
        span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
        if span is None or not doc.has_annotation("POS"):
            return None
        sent = span.sent
        if any(finite_verb(t) and not inside(t, blocked)
               for t in sent):
            return None
        start = max((t.i + 1 for t in tokens_of(doc, sent.start, span.start) if t.text in {",", ";", ":", "–"}),
                    default=sent.start)
        for candidate in self.speakers.candidates(doc, start, span.start, blocked):
            speaker = self.speakers.to_speaker(doc, candidate, None)
            if speaker.actor_country and speaker.kind in ("name", "role", "group"):
                return speaker
        return None

    def find(self, doc: Doc, sent: Span, index: int, in_sentence: Blocked, quote_spans: Blocked,
             last_speaker: LastSpeaker | None, recent: Speaker | None) -> list[Quote]:
        """One DIRECT quote per speech quotation of the sentence and speaker."""
        found = []
        for q_start, q_end in in_sentence:
            speakers, cue_token, words, cue_entry, rule = self._attribution(
                doc, sent, (q_start, q_end), quote_spans, index, last_speaker, recent)
            cue_text = cue_token.text if cue_token is not None else ""
            cue_start = cue_token.idx if cue_token is not None else -1
            for speaker in speakers or [None]:
                found.append(Quote("DIRECT", cue_text, cue_start,
                                   cue_start + len(cue_text) if cue_token is not None else -1,
                                   q_start, q_end, index, speaker, self.cues.cue_id(cue_entry), rule, [], words))
        return found

    def _cue_after_sentences(self, doc: Doc, sent: Span, quote: tuple[int, int], blocked: Blocked,
                             recent: Speaker | None) -> Attribution | None:
        """A quotation of several sentences that opens its own sentence and runs into a later one,
        followed there by a comma and a verb of saying with its speaker (`„A. B“, sagte X`) or `so X`:
        that attributes all of it (the later sentence names nothing else before the quotation ends)."""
        if quote[1] <= sent.end_char or any(not inside(t, blocked) and not t.is_punct for t in sent):
            return None
        comma = doc.char_span(quote[1], len(doc_text(doc)), alignment_mode="expand")
        if comma is None or len(comma) < 2 or comma[0].text != "," or comma[0].idx != quote[1]:
            return None
        token, tail = comma[1], comma[0].sent
        if token.text == "so":  # „A. B“, so X
            return self._so_source(doc, tail, token, blocked)
        match = self.cues.match_verb(token, tail, blocked)
        if match is None or not self.cues.is_speech_verb(token):
            return None
        speakers = self.speakers.find_speakers(doc, tail, token, blocked, recent=recent)
        if not speakers:
            return None
        return speakers, token, self.cues.cue_words(doc, tail, token, match[1]), match[0], "direct:cue"

    def _so_source(self, doc: Doc, sent: Span, token: Token, blocked: Blocked) -> Attribution | None:
        """`„…“, so Trump`: the mention or noun phrase after `so` said the quotation."""
        span = mention_at(doc, token.i + 1)
        speaker = (self.speakers.speaker_from_span(span) if span is not None
                   else self.speakers.noun_phrase(doc, token.i + 1, min(sent.end, token.i + 6), blocked))
        if speaker is None:
            return None
        return [speaker], token, [(token.idx, token.idx + len(token))], \
            self.cues.match(self.cues.sources, token), "direct:so"

    def _reported_frame(self, token: Token, index: int, last_speaker: LastSpeaker | None) -> bool:
        """The unlisted verb framing the quote is a Konjunktiv I (`Die Fraktion halte den Schritt für
        „überfällig“`, `Jeder Lehrer könne „…“`) right after someone's speech: the sentence reports that
        speaker's words, its subject is no speaker of its own."""
        return (last_speaker is not None and index - last_speaker[0] <= 2
                and self.cues.konjunktiv_i_form(token))

    def _attribution(self, doc: Doc, sent: Span, quote: tuple[int, int], quote_spans: Blocked, index: int,
                     last_speaker: LastSpeaker | None, recent: Speaker | None) -> Attribution:
        """(speakers, cue token, cue words, cue entry, rule) of a direct quotation."""
        blocked = list(quote_spans)
        trailing = self._cue_after_sentences(doc, sent, quote, blocked, recent)
        if trailing is not None:  # „Das war schwach. Da werden wir bestraft“, sagte Tuchel.
            return trailing
        outside = [t for t in sent if not inside(t, blocked)]
        # 1. a cue verb in the sentence outside the quote: „…“, sagte Rubio / Rubio sagte: „…“; a verb of
        # saying right after the closing mark first (`X zeigte sich besorgt: „…“, sagte er`)
        after = next((t for t in outside if t.idx >= quote[1]), None)
        if after is not None and after.text == "," and after.i + 1 < sent.end:
            outside = [doc[after.i + 1]] + outside
        for token in outside:
            match = self.cues.match_verb(token, sent, blocked)
            if match is not None:
                cue, particle = match
                speakers = self.speakers.find_speakers(doc, sent, token, blocked, recent=recent)
                if speakers:
                    return speakers, token, self.cues.cue_words(doc, sent, token, particle), cue, "direct:cue"
        # 1a. a source marker in the sentence: `Das Buch sei laut der Jury „klug und komisch“`
        for token in outside:
            if token.text.lower() == "so":
                continue  # `„…“, so Trump`: step 2
            source = self.sources.find(doc, sent, index, token, blocked, recent)
            if source and source[0].speaker is not None:
                return [source[0].speaker], token, [(token.idx, token.idx + len(token))], \
                    self.cues.match(self.cues.sources, token), "direct:source"
        # 1b. a verb no lexicon lists frames the quote: `„Lasst mich raus!“, rief der Mann`; not when `, so X`
        # after the quotation names whose words the sentence reports (`Der Iran müsse „…“ beenden, so Rice`;
        # `„…“, so charakterisierte ihn X`: a verb after `so` is the cue)
        so_after = [t for t in outside if t.text == "so" and t.idx >= quote[1] and self.sources.source_so(doc, t)
                    and (not doc[t.i + 1].is_lower or doc[t.i + 1].lower_ in self.sources.name_openers)]
        for token in outside if not so_after else ():
            if token.pos_ == "VERB" and "Fin" in morph_values(token, "VerbForm") and token.is_lower:
                if self._reported_frame(token, index, last_speaker):
                    break  # `Jeder Lehrer könne „…“` after X's speech: X's words go on (step 4)
                speakers = [s for s in self.speakers.find_speakers(doc, sent, token, blocked, recent=recent)
                            if s.kind != "phrase" or self.speakers.plausible_actor(doc, s)]
                if speakers:
                    return speakers, token, self.cues.cue_words(doc, sent, token, token), None, "direct:verb"
                break
        # 2. „…“, so Trump
        for token in outside:
            if token.text == "so" and token.i > 0 and doc[token.i - 1].text in {",", "“", "«", "\""}:
                attributed = self._so_source(doc, sent, token, blocked)
                if attributed is not None:
                    return attributed
        # 3. colon introduction in the same sentence: Rubio wurde deutlicher: „…“
        colon = [t for t in outside if t.text == ":" and t.idx < quote[0]]
        if colon:
            lo = sent.start
            owner = self.speakers.speech_owner(doc, sent, colon[-1])  # `Die Antwort des Landesrats X: „…“`
            candidates = [owner] if owner is not None else self.speakers.candidates(doc, lo, colon[-1].i, blocked)
            for token in doc[lo:colon[-1].i]:
                if token.text.lower().startswith("sein") and token.text.lower() in self.speakers.possessive:
                    candidates.append(token)
            for candidate in candidates:
                speaker = self.speakers.to_speaker(doc, candidate, recent)
                if speaker and speaker.actor:
                    return [speaker], None, [], None, "direct:colon"
            phrase = self.speakers.noun_phrase(doc, lo, colon[-1].i, blocked)
            if phrase is not None:
                return [phrase], None, [], None, "direct:colon"
        # 3b. a verbless headline: `Ban „beunruhigt“ über …`
        headline = self.verbless_speaker(doc, quote, blocked)
        if headline is not None:
            return [headline], None, [], None, "direct:headline"
        # 4. continuation: the speaker of the speech just before (not a name or title in quotation
        # marks, `„Biennale for Contemporary Art“`: without a verb and a sentence's end it says nothing)
        if last_speaker and index - last_speaker[0] <= 2 and self._says_something(doc, quote):
            return [last_speaker[1]], None, [], None, "direct:continuation"
        return [], None, [], None, "direct:unattributed"
