"""Speech named by a source marker (`laut X`, `X zufolge`, `nach Angaben des X`, `Seiner Meinung
nach`, a sentence-opening `Demnach`: INDIRECT) and positions named by a noun with its holder
(`Russlands Maximalforderungen`, `Kritik kam von den USA`: REPORTED)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.actor_context import CountryWords
from pipeline.entities import mention_type
from pipeline.lexicons import Lexicons
from pipeline.phrases import (CLOSING_MARKS, NOUNISH, QUOTE_PAIRS, NounPhrases, is_person_name, mention_at, morph_values, token_words,
                              tokens_of, word_after)
from pipeline.quotes.clauses import CLAUSE_BREAKS, Blocked, clause_range, content_after, finite_verb, short_bracket_start
from pipeline.quotes.cues import CueMatcher
from pipeline.quotes.records import JUDGEMENT_TYPES, Quote, Speaker
from pipeline.quotes.references import ReferenceResolver


CLAUSE_ENDS = CLAUSE_BREAKS - {"-", "(", ")"}  # what ends a dependent clause (brackets stay inside it)
# what a noun phrase's attributes are made of (`des Gouverneurs X der Provinz Y`, `vom November 2011`, `, Professor am …`)
PREFIELD_WORDS = frozenset(("DET", "ADP", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "CCONJ", "X", "SPACE"))


def adjective_country(words: CountryWords, lexicons: Lexicons, adjective: Token) -> str:
    """The listed country a lower-case country adjective names (`russischen`: RUS), "" for any other word
    (a capitalised one is a name or opens the sentence)."""
    code = words.country_of(adjective.text) if adjective.is_lower else ""
    return code if code in lexicons.countries else ""


class SourceMarkers:
    """`laut X` and its kin: the whole sentence is the source's statement."""

    def __init__(self, lexicons: Lexicons, cues: CueMatcher, phrases: NounPhrases, resolver: ReferenceResolver,
                 country_words: CountryWords):
        self.lex, self.cues, self.phrases, self.resolver = lexicons, cues, phrases, resolver
        self.source_nouns = tuple(sorted(lexicons.word_class("source_noun")))
        self.origin_prepositions = lexicons.word_class("origin_preposition")  # `Angaben aus Militärkreisen`
        self.circles_endings = tuple(sorted(lexicons.word_class("circles_ending")))
        self.region_circles = tuple(sorted(lexicons.word_class("region_circles")))
        self._endings_of: dict[int, tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]] = {}  # `_noun_endings`
        # `nach nordkoreanischen Angaben`: nouns of an official account whose country adjective names its holder
        self.state_source_nouns = tuple(sorted(lexicons.word_class("state_source_noun")))
        # `laut US-Medien`, `US-Zeitungsberichten zufolge`: a compound of the media (german.csv media_noun,
        # medium_noun as its second part's start) speaks for them, not for the country of its first part
        self.media_starts = tuple(sorted(lexicons.word_class("media_noun") | lexicons.word_class("medium_noun")))
        self.person_suffixes = tuple(sorted(lexicons.word_class("person_suffix")))
        self.country_words = country_words
        self.additive_connectors = lexicons.word_class("additive_connector")  # `Auch die Grünen gewinnen …`
        self.opinion_nouns = tuple(sorted(lexicons.word_class("opinion_noun")))  # `aus Sicht der X`
        # `Während …`, `Weil …`: a dependent clause, whose view the main clause does not report
        self.subordinators = lexicons.word_class("subordinator") | lexicons.word_class("complementizer")
        self.statement_nouns = tuple(sorted(lexicons.word_class("statement_noun")))
        self.judgement_words = lexicons.word_class("judgement_word")
        self.view_verbs = lexicons.word_class("copula") | lexicons.word_class("view_verb")
        self.adverbs = lexicons.word_class("adverb")
        self.object_pronouns = lexicons.word_class("object_pronoun_m") | lexicons.word_class("pronoun_f")
        self.dative_articles = lexicons.word_class("dative_article")  # `ist der Regierung ein Dorn im Auge`
        self.dative_pronouns = lexicons.word_class("dative_pronoun")  # `ist ihm ein Dorn im Auge`
        # `ihr`, `ihm` (not plural `ihnen`, which the resolver does not take up): a source before `zufolge`
        self.gendered_datives = self.dative_pronouns & (resolver.possessive | lexicons.word_class("object_pronoun_m"))
        # what may open the source's phrase after `so` in lower case: `so der Sprecher`, `so van Hout`
        self.name_openers = phrases.articles | resolver.possessive | lexicons.word_class("name_particle")
        # what opens a dependent clause after a comma: `…, die nach kubanischen Aussagen … verbüßen`
        self.clause_openers = ((lexicons.word_class("relative_pronoun") | lexicons.word_class("complementizer")
                                | lexicons.word_class("not_content"))
                               - lexicons.word_class("coordinator") - {"denn", "jedoch"})  # no main clause
        self.prepositions = lexicons.word_class("preposition")
        self.relative_pronouns = lexicons.word_class("relative_pronoun")
        # nouns of those who can speak, also as a compound's end (`die Forscher`, `die Klimaforscher`, `die Behörde`)
        self.speaking_nouns = tuple(sorted(set().union(*(lexicons.word_class(c) for c in (
            "person_suffix", "researcher_noun", "agent_noun", "organisation_noun", "authority_noun", "court_noun",
            "medium_noun", "police_noun", "collective_ending")))))

    def find(self, doc: Doc, sent: Span, index: int, token: Token, blocked: Blocked,
             recent: Speaker | None) -> list[Quote]:
        """`laut X`, `X zufolge`, `nach Angaben des X`, `gemäß X`, `…, so X`, `aus X hieß es`: the
        sentence is the source's statement (indirect speech, whatever the verb's mood)."""
        cue = self.cues.match(self.cues.sources, token)
        if cue is None or token.text.lower() == "so" and not self.source_so(doc, token):
            return []
        side, phrase = cue.speaker_side, None
        if side == "source_noun":
            phrase = self._source_noun_phrase(doc, sent, token)
        elif side == "opinion_noun":  # `aus Sicht der EU-Kommission`, `aus Scheraks Sicht`
            return self._view_of_holder(doc, sent, index, token, cue, recent)
        elif side == "after" and cue.particle:  # hieß es … aus X
            if token.i + 1 >= sent.end or not cue.particle.fullmatch(doc[token.i + 1].text):
                return []
            span = self._mention_after_preposition(doc, sent, "aus", token)
            phrase = self.phrases.around(span, sent.end) if span is not None else None
        elif side == "after":
            phrase = self._without_next_noun(self._phrase_after(doc, sent, token.i + 1))
        elif side == "before" and token.i > sent.start and doc[token.i - 1].lower_ in self.gendered_datives:
            phrase = doc[token.i - 1:token.i]  # `Ihr zufolge …`, `ihm zufolge`: the person the pronoun takes up
        elif side == "before":
            phrase = self._from_source_noun(self._after_second_place_verb(self._phrase_before(doc, sent, token.i)))
        elif side == "report_noun":  # `ein Bericht der Zeitung, wonach …`
            phrase = self._report_before_comma(doc, sent, token)
        elif side == "self" and token.i == sent.start:  # `Demnach hat sich die Koalition durchgesetzt.`
            phrase = doc[token.i:token.i + 1]  # the source the sentence before named, else the word itself
            if recent is not None:
                return [self._source_quote(doc, sent, index, token, cue, recent)]
        elif side == "holder":  # `Klar ist für X:`, `kommt für X nicht in Frage`
            return self._view_holder(doc, sent, index, token, blocked, recent, cue)
        elif side == "dative":  # `Die Zollpolitik ist der Regierung ein Dorn im Auge`
            return self._dative_holder(doc, sent, index, token, blocked, recent, cue)
        if phrase is None or not len(phrase):
            return []
        phrase = self._whole_prefield(doc, sent, token, phrase)
        speaker = self._source_speaker(phrase, recent)
        if speaker is None:
            return []
        return [self._source_quote(doc, sent, index, token, cue, speaker, phrase)]

    def _whole_prefield(self, doc: Doc, sent: Span, token: Token, phrase: Span) -> Span:
        """A source that opens the sentence fills its prefield, up to the finite verb (German puts one
        phrase before it): `Laut einem Bericht der Organisation amnesty international nimmt …`, `Nach Meinung
        von X, Professor am Institut, könnte …`, `Nach Ansicht der Parteien im Landtag belegt …`: the
        attributes after the phrase found are the source's too. Not past a dependent clause (`Laut X, das
        … erschien, …`: a verb first), nor past a colon or a semicolon."""
        if min(token.i, phrase.start) != sent.start or token.i > phrase.start:
            return phrase  # (`X zufolge`, `Seiner Meinung nach`: the phrase before the marker is whole)
        verb = next((t.i for t in tokens_of(doc, phrase.end, sent.end) if t.pos_ in ("VERB", "AUX") or t.text in CLAUSE_ENDS
                     and t.text not in (",", "(", ")", "-")), None)
        if verb is None or verb == phrase.end or verb - phrase.end > 12 or not (
                finite_verb(doc[verb]) or "Inf" in morph_values(doc[verb], "VerbForm")):
            return phrase  # (`steigen` read as an infinitive: in second place, the plural's finite verb)
        between = doc[phrase.end:verb]
        quoted = self._quoted_words(between)
        if any(t.pos_ not in PREFIELD_WORDS and t.i not in quoted for t in between):
            return phrase  # (`Nach Angaben des Shops misst das Gerät …`: the tagger missed the verb, an adverb)
        if any(t.text == "," and t.i + 1 < verb and doc[t.i + 1].lower_ in self.clause_openers for t in between):
            return phrase
        if any(self._object_article(t) and t.i not in quoted for t in between):
            return phrase  # (`Laut Berichten dürfte Apple einen Fokus … legen`: the verb was missed, an object follows)
        end = verb
        while end > phrase.end and (doc[end - 1].text in (",", "-") or doc[end - 1].is_space):
            end -= 1
        return doc[phrase.start:end]

    def _object_article(self, token: Token) -> bool:
        """An article that no genitive has (`einen`, `dem`) right after a noun or name: it opens another
        phrase, an object, not an attribute of the source (`der Provinz X`, `im Juni`, `dpa und der AFP` are)."""
        if token.lower_ not in self.phrases.articles or token.lower_ in self.phrases.genitive_articles:
            return False
        before = token.doc[token.i - 1]
        return before.pos_ in ("NOUN", "PROPN") and before.text != ","

    @staticmethod
    def _quoted_words(words: Span) -> set[int]:
        """The tokens between an opening quotation mark and its closing one (`des Magazins „auto, motor
        und sport“`: a name, whatever the tagger reads its words as)."""
        inside, closers = set(), ""
        for token in words:
            if closers and token.text in closers:
                closers = ""
            elif closers:
                inside.add(token.i)
            elif token.text in QUOTE_PAIRS:
                closers = QUOTE_PAIRS[token.text]
        return inside if not closers else set()

    def report_marker(self, token: Token) -> bool:
        """`wonach` (cues.csv speaker side `report_noun`): the clause after it is what the report
        before its comma says, also inside what another event reports (`bestätigte Berichte, wonach …`)."""
        cue = self.cues.match(self.cues.sources, token)
        return cue is not None and cue.speaker_side == "report_noun"

    def source_so(self, doc: Doc, token: Token) -> bool:
        """`…, so der Sprecher`, `…, so Merkel`, `…, so van Hout`, `…, so erinnert sich X`: `so` after a
        comma and before a name, an article, a possessive or a verb of saying; not a comparison or a
        consequence (`…, so wie in Frankreich`, `…, so dass`, `Was X betrifft, so weise Österreich …`)."""
        if token.i == 0 or doc[token.i - 1].text != "," or token.i + 1 >= len(doc):
            return False
        following = doc[token.i + 1]
        return (following.text[:1].isupper() or following.lower_ in self.name_openers
                or self.cues.is_speech_verb(following))

    def _source_quote(self, doc: Doc, sent: Span, index: int, token: Token, cue, speaker: Speaker,
                      phrase: Span | None = None) -> Quote:
        """The whole sentence as the source's statement (past a relative clause on a source that
        opens it), or the dependent clause the marker stands in."""
        start, end = sent.start_char, content_after(doc, sent, sent[0])[1] if len(sent) > 1 else sent.end_char
        clause = self._dependent_clause(doc, sent, token)
        if clause is not None and clause[0] == token and len(clause) > 1:  # `…, wonach X`: the words after it
            clause = clause[1:]
        if clause is not None:
            start, end = clause.start_char, clause.end_char
        elif phrase is not None:
            start = self._past_relative_clause(doc, sent, token, phrase) or start
        verb = phrase is not None and phrase.start > token.i + 1 and self._verb_after_so(doc, sent, token.i + 1)
        words = doc[token.i:token.i + 2] if verb else doc[token.i:token.i + 1]
        return Quote("INDIRECT", words.text, words.start_char, words.end_char, start, end,  # `so urteilte`
                     index, speaker, self.cues.cue_id(cue), "indirect:source",
                     [token.i + 1] if verb else [])  # the verb is this event's, no event of its own

    def _past_relative_clause(self, doc: Doc, sent: Span, token: Token, phrase: Span) -> int | None:
        """`Laut einem Bericht der Zeitung, der sich auf Daten der Weltbank beruft, leben …`: a relative
        clause on the source that opens the sentence says who the source is, not what it states; the
        offset after its closing comma, or None."""
        frame = (min(token.i, phrase.start), max(token.i + 1, phrase.end))
        comma = frame[1]
        if frame[0] != sent.start or comma + 2 >= sent.end or doc[comma].text != ",":
            return None
        opener = doc[comma + 2] if doc[comma + 1].lower_ in self.prepositions else doc[comma + 1]
        after = doc[opener.i + 1:opener.i + 3]
        if opener.lower_ not in self.relative_pronouns or after[0].pos_ in NOUNISH or (
                after[0].pos_ == "ADJ" and len(after) > 1 and after[1].pos_ in NOUNISH):
            return None  # an article: `Nach Angaben der Polizei, die Demonstranten seien …`
        close = next((t.i for t in tokens_of(doc, opener.i + 1, sent.end) if t.text in CLAUSE_ENDS), None)
        if close is None or doc[close].text != "," or close + 2 >= sent.end:
            return None
        return doc[close + 1].idx

    def _dependent_clause(self, doc: Doc, sent: Span, token: Token) -> Span | None:
        """`Er ist einer von fünf Häftlingen, die nach kubanischen Aussagen zu Unrecht … verbüßen`,
        `…, zumal sich das Hochwasser laut den Prognosen nicht so lange halten wird`: a marker inside a
        relative or conjunctional clause after a comma vouches for that clause alone."""
        lo, _ = clause_range(doc, sent, token.i, [])
        hi = next((t.i for t in tokens_of(doc, token.i + 1, sent.end) if t.text in CLAUSE_ENDS), sent.end)
        if lo - 1 <= sent.start or doc[lo - 1].text != "," or hi - lo < 3:
            return None
        opener = doc[lo + 1] if doc[lo].lower_ in self.prepositions and lo + 1 < hi else doc[lo]
        if opener.lower_ not in self.clause_openers or opener.i != lo and opener.lower_ not in self.relative_pronouns:
            return None  # (after a preposition only a relative pronoun: `unter denen`)
        if opener.lower_ in self.relative_pronouns and doc[opener.i + 1].pos_ in NOUNISH | {"ADJ"}:
            return None  # an article: `…, die neue Software solle laut Werbetext …`
        while hi - 1 > lo and doc[hi - 1].is_punct:
            hi -= 1
        return doc[lo:hi]

    def _view_holder(self, doc: Doc, sent: Span, index: int, token: Token, blocked: Blocked,
                     recent: Speaker | None, cue) -> list[Quote]:
        """`Klar ist für Rabmer-Koller: …`, `… ist für die Chefin nur eine Zwischenlösung`, `Ein Automat
        kommt für die Arbeiterkammer nicht in Frage`, `Für ihn ist das die letzte Chance`: `für` + an
        actor, opening its clause (past focus particles: `Auch für die Grünen`) or right after its verb
        (`sein`, `kommen`, `bleiben`), in a clause with a judgement (german.csv judgement_word, or a
        verdict of cues.csv), gives the actor's view. Not `Unterstützung für X` (after a noun: X
        gains), not `Für Scholz war es der erste Besuch` (no judgement), not a country (`Für die
        Ukraine ist das ein Schlag`: the author's assessment)."""
        lo, hi = clause_range(doc, sent, token.i, blocked)
        previous = doc[token.i - 1].text.lower() if token.i > lo else ""
        opening = all(w in self.adverbs for w in token_words(doc)[1][lo:token.i])  # `Auch für die Grünen ist …`
        if not opening and previous not in self.view_verbs:
            return []
        clause = doc[lo:hi]
        if not (any(t.text.lower() in self.judgement_words for t in clause)
                or self.cues.verdict(clause.text.lower())):
            return []  # `kommt für X nicht in Frage`: a verdict of cues.csv
        speaker = self._holder_after(doc, sent, token, recent)
        if speaker is None:
            return []
        content = content_after(doc, sent, doc[hi]) if hi < sent.end and doc[hi].text == ":" else \
            (sent.start_char, content_after(doc, sent, sent[0])[1])
        return [Quote("INDIRECT", token.text, token.idx, token.idx + len(token.text), content[0], content[1],
                      index, speaker, self.cues.cue_id(cue), "indirect:view-source")]

    def _dative_holder(self, doc: Doc, sent: Span, index: int, token: Token, blocked: Blocked,
                       recent: Speaker | None, cue) -> list[Quote]:
        """`Die Zollpolitik ist der US-Regierung ein Dorn im Auge`, `Ein Dorn im Auge ist sie auch der SPÖ`,
        `Dem Minister schwebt eine Reform vor`: an idiom (cues.csv speaker side `dative`, its particle
        after the cue word in its clause) whose holder is the clause's dative, not its subject: a
        person or organisation after a dative article (`dem`, `der`, `den`) that no preposition or noun
        governs, a pronoun (`ihm`, `ihr`, `ihnen`), or a name right after the clause's verb (a headline's
        `ist EU-Kommission ein Dorn im Auge`). REPORTED: the holder's position, typed by the cue."""
        lo, hi = clause_range(doc, sent, token.i, blocked)
        if cue.particle is not None and not any(cue.particle.fullmatch(t.text) for t in tokens_of(doc, token.i + 1, hi)):
            return []
        speaker = self._dative_in(doc, lo, hi, token, recent)
        if speaker is None:
            return []
        return [Quote("REPORTED", token.text, token.idx, token.idx + len(token.text), sent.start_char,
                      content_after(doc, sent, sent[0])[1], index, speaker, self.cues.cue_id(cue),
                      "reported:dative-holder")]

    def _dative_in(self, doc: Doc, lo: int, hi: int, cue: Token, recent: Speaker | None) -> Speaker | None:
        """The first dative of the clause `lo:hi` that names an actor (see `_dative_holder`), None if none;
        `der` opening the clause only when no other follows (`Der Kanzler ist der SPÖ ein Dorn im Auge`:
        the first a subject; `Der ÖVP ist die Reform ein Dorn im Auge`: a dative)."""
        opening = None
        for j in range(lo, hi):
            word, before = doc[j], doc[j - 1] if j > lo else None
            if j == cue.i or before is not None and (before.lower_ in self.prepositions
                                                      or before.pos_ in ("NOUN", "PROPN")):
                continue  # `die Politik von Apple`, `die Politik der Regierung`: no dative
            if word.lower_ in self.dative_pronouns and not (j + 1 < hi and doc[j + 1].pos_ in NOUNISH | {"ADJ"}):
                return self.resolver.resolve_pronoun(doc, word, recent) or opening  # (not the possessive `ihr Plan`)
            k = j + 1 if word.lower_ in self.dative_articles else j
            if k == j and (before is None or before.pos_ not in ("VERB", "AUX")):
                continue  # a bare name only right after the verb
            while j < k < hi and doc[k].is_lower and doc[k].is_alpha and mention_at(doc, k) is None:
                k += 1  # `der amerikanischen Regierung` (after an article only)
            span = mention_at(doc, k) if k < hi else None
            if span is not None and span.start == k and span._.mention != "place":
                if j > lo or opening is not None:
                    return Speaker.of_mention(span, span)
                opening = Speaker.of_mention(span, span)
        return opening

    def _holder_after(self, doc: Doc, sent: Span, token: Token, recent: Speaker | None) -> Speaker | None:
        """The person or organisation right after `für` (past an article: `für die Arbeiterkammer`),
        or a pronoun for one (`für ihn`)."""
        nxt = token.i + 1
        if nxt >= sent.end:
            return None
        if doc[nxt].text.lower() in self.object_pronouns:
            return self.resolver.resolve_pronoun(doc, doc[nxt], recent)
        span = mention_at(doc, nxt) or (mention_at(doc, nxt + 1) if nxt + 1 < sent.end
                                       and doc[nxt].is_lower and doc[nxt].is_alpha else None)
        if span is None:
            return self._description_after(doc, sent, nxt)
        if span.start > nxt + 1 or span._.mention == "place" or mention_type(span) == "state":
            return None
        first = word_after(doc, span.end, sent.end)  # (past a run of spaces: `für Bundeskanzler  Olaf Scholz`)
        named = mention_at(doc, first) if first < sent.end else None
        if named is not None and named.start == first and is_person_name(named) and span.label_ != "PER":
            return Speaker.of_mention(doc[span.start:named.end], named)  # `für Bundeskanzler Olaf Scholz`: title and name
        return Speaker.of_mention(span, span)

    def _description_after(self, doc: Doc, sent: Span, nxt: int) -> Speaker | None:
        """`für die Hauptverbands-Chefin`, `für die Bewegung`: an article and a noun no lexicon places
        that describe the last person named before (the resolver's description, its gender and role
        fitting) or the last organisation of its kind; None for a noun of neither (`für die Schulen`)
        and for anything longer (`für die Chefin der Bank`)."""
        end = nxt + 2
        if end > sent.end or doc[nxt].lower_ not in ("der", "die", "das") or not doc[nxt + 1].text[:1].isupper() \
                or end < sent.end and not (doc[end].is_punct or doc[end].is_lower and doc[end].pos_ in ("ADV", "PART")):
            return None
        phrase = Speaker.of_phrase(doc[nxt:end])
        speaker = self.resolver.organisation_antecedent(doc, self.resolver.description_antecedent(doc, phrase))
        return speaker if speaker.actor_country else None

    def _view_of_holder(self, doc: Doc, sent: Span, index: int, token: Token, cue,
                        recent: Speaker | None) -> list[Quote]:
        """`aus Sicht der EU-Kommission`, `aus Scheraks Sicht`: a noun of a view (german.csv `opinion_noun`)
        after the cue word gives its holder's view, the sentence, when the holder is a mention the text
        places, in the sentence's main clause. Not `aus heutiger Sicht`, `aus technischer Sicht`, `aus
        Überzeugung` (nobody, and no speaker for the sentences after them), nor a country (`aus Sicht
        Chinas`, as with `für X`), nor a pronoun (`Sie trage aus seiner Sicht zu wenig bei` goes on his
        speech; `ein aus ihrer Sicht zweiter Platz` describes a phrase), nor a view in a dependent clause."""
        phrase = self._source_noun_phrase(doc, sent, token, self.opinion_nouns)
        if phrase is None or not len(phrase) or phrase[0].i != token.i + 1:
            return []
        mention = self._first_mention(phrase)
        if mention is None or mention._.mention == "place" or mention_type(mention) == "state":
            # `erläuterte die Klimapolitik aus Sicht Chinas`: a country's perspective, nobody's view; `aus
            # seiner Sicht`, `aus ihrer Sicht` go on someone's speech or describe the words around them
            return []
        lo, _ = clause_range(doc, sent, token.i, [])
        if doc[lo].lower_ in self.subordinators or self._dependent_clause(doc, sent, token) is not None:
            return []  # `Während die Verhandlungen aus Sicht von X gescheitert waren, …`: only the main clause's view
        speaker = self._source_speaker(self._whole_prefield(doc, sent, token, phrase), recent)
        if speaker is None or not speaker.actor_country:
            return []
        return [self._source_quote(doc, sent, index, token, cue, speaker, phrase)]

    def _circles_attribute_end(self, doc: Doc, end: int, hi: int) -> int:
        """`Angaben aus Regierungskreisen`, `Informationen aus gut unterrichteten Militärkreisen`: after a source
        noun, `aus` (german.csv origin_preposition) and circles (a noun ending in circles_ending, not a region's:
        region_circles, `aus den Wahlkreisen`) after at most three modifiers are whose account it is; the end
        past them and their attributes, else `end`."""
        if end >= hi or doc[end].lower_ not in self.origin_prepositions:
            return end
        j = end + 1
        while j < hi and j - end <= 3 and self.phrases.modifier(doc[j]):
            j += 1
        if j >= hi or not doc[j].text[:1].isupper():
            return end
        word = doc[j].lower_
        if not word.endswith(self.circles_endings) or word.endswith(self.region_circles):
            return end
        return self.phrases.extend_right(doc, j + 1, hi)

    def _source_noun_phrase(self, doc: Doc, sent: Span, token: Token,
                            nouns: tuple[str, ...] | None = None) -> Span | None:
        """`Angaben der Polizei` after `nach`: a noun of saying (`source_noun` in german.csv, also
        as the end of a compound: `Polizeiangaben`, `Kreml-Angaben`) with its attributes; with
        `nouns`, one of those (`Sicht der EU-Kommission` after `aus`), only after the cue word."""
        j = token.i + 1
        while j < sent.end and j - token.i <= 3 and (doc[j].is_lower or self.phrases.modifier(doc[j])
                                                     or doc[j].text.endswith("s") and self.phrases.nounish(doc[j])
                                                     and not self._is_source_noun(doc[j], nouns)):
            j += 1  # `nach seinen eigenen Angaben`, `nach Grupps Meinung`
        if j < sent.end and self._is_source_noun(doc[j], nouns):
            if j + 1 < sent.end and self.phrases.common_noun(doc[j + 1]):
                return doc[token.i + 1:j + 1]  # `nach ersten Meldungen Schäden verursacht`: the object follows
            end = self.phrases.extend_right(doc, j + 1, sent.end)
            return doc[token.i + 1:self._circles_attribute_end(doc, end, sent.end)]
        if nouns is not None:
            return None  # (only `nach` also stands after its phrase)
        before = self.phrases.before(doc, sent, token.i)  # `Seiner Meinung nach`, `Dem Vernehmen nach`
        return before if before is not None and self._is_source_noun(before[-1]) else None

    def _report_before_comma(self, doc: Doc, sent: Span, token: Token) -> Span | None:
        """`Ein Bericht der Agentur „Interfax“, wonach …`, `Medienberichte, wonach …`: the noun phrase
        right before the comma, headed by a noun of saying (german.csv source_noun, statement_noun);
        not a rule (`eine Regel, wonach …`) nor a verb (`hat … zurückgewiesen, wonach …`)."""
        comma = token.i - 1
        if comma <= sent.start or doc[comma].text != ",":
            return None
        phrase = self.phrases.before(doc, sent, self._closed_mark_start(doc, sent, comma - 1))
        if phrase is None:
            return None
        verb = next((t.i for t in reversed(phrase) if t.is_lower and self.cues.is_verb(t)), None)
        if verb is not None:  # `Lölkes zitierte Schätzungen von Marktforschern`: the object after the verb
            phrase = doc[verb + 1:phrase.end]
        if (len(phrase) > 1 and phrase.start > sent.start and doc[phrase.start - 1].lower_ in self.prepositions
                and not self.phrases.modifier(phrase[0])):
            phrase = phrase[1:]  # `bestätigte am Freitag Berichte`: the noun after `am` is the preposition's
        head = next((t for t in phrase if self.phrases.nounish(t) and not self.phrases.modifier(t)), None)
        if head is None or not (self._is_source_noun(head) or head.lower_.endswith(self.statement_nouns)):
            return None
        return doc[phrase.start:comma]

    @staticmethod
    def _closed_mark_start(doc: Doc, sent: Span, close: int) -> int:
        """The start of a short quoted name or bracket that ends at `close` (`der Agentur „Interfax“`,
        `Innenminister Rech (CDU)`), else the index after `close`."""
        if doc[close].text == ")":
            bracket = short_bracket_start(doc, sent, close)
            return bracket if bracket is not None else close + 1
        opener = next((i for i in range(close - 2, max(sent.start, close - 7) - 1, -1)
                       if doc[close].text in QUOTE_PAIRS.get(doc[i].text, "")), None)
        return opener if opener is not None else close + 1

    def _phrase_before(self, doc: Doc, sent: Span, end: int) -> Span | None:
        """The source's noun phrase right before `zufolge`, also when it ends in a name in quotation
        marks (`Einem Bericht der Zeitung „Kurier“ zufolge`, `dem „Figaro“ zufolge`) or in a name written
        in lower case (`Dem Sender al-Dschasira zufolge`, `Der Website worldreferee.com zufolge`)."""
        last = end - 1
        if last <= sent.start:
            return self.phrases.before(doc, sent, end)
        if doc[last].text in CLOSING_MARKS:
            opening = self._closed_mark_start(doc, sent, last)
            if opening < last and not doc[opening + 1].text[:1].isupper():
                return None  # `„unrealistisch“ zufolge`: quoted words, no name
        elif doc[last].text[:1].islower() and self._lower_case_source(doc[last]):
            opening = last
        else:
            return self.phrases.before(doc, sent, end)
        if opening > last:
            return None
        phrase = self.phrases.before(doc, sent, opening)
        start = phrase.start if phrase is not None else opening
        while start > sent.start and doc[start - 1].lower_ in self.phrases.articles:
            start -= 1  # `dem „Figaro“`: the article alone before the name
        return doc[start:end]

    @staticmethod
    def _without_next_noun(phrase: Span | None) -> Span | None:
        """A source without an article ends at its first word where a common noun follows it, outside
        any mention (`laut Ministerium Arbeiten an der Leitung`, `laut Airbus Bestellungen für …`: the
        inverted subject of the clause); not a name after a title (`laut Polizei Berlin`, `laut Minister Max Muster`),
        nor a noun that closes the clause (`laut Spiegel Online.`)."""
        if phrase is None or len(phrase) < 2:
            return phrase
        doc, first, second = phrase.doc, phrase[0], phrase[1]
        mention, owner = mention_at(doc, second.i), mention_at(doc, first.i)
        titled = mention_at(doc, second.i + 1) if second.i + 1 < len(doc) else None
        if owner is not None and owner.label_ == "PER" or titled is not None and titled.label_ == "PER":
            return phrase  # `laut Prieths Anwalt`, `laut Anwalt Mathias Kapferer`: a person's title or genitive
        if (first.text[:1].isupper() and first.pos_ in NOUNISH and second.pos_ == "NOUN"
                and second.text[:1].isupper() and "-" not in second.text
                and not first.lower_.endswith(("en", "em", "er", "es"))  # `laut Ecuadorianischen Presseinformationen`
                and not first.is_upper  # `laut BBC News`: an acronym opens a name
                and second.i + 1 < len(doc) and not doc[second.i + 1].is_punct  # the subject goes on
                and mention is None):  # (`laut Prieths Anwalt Mathias Kapferer`: one mention)
            return phrase[:1]
        return phrase

    def _from_source_noun(self, phrase: Span | None) -> Span | None:
        """A source noun without an article right before `zufolge` (german.csv source_noun: `Schätzungen`,
        `Angaben`) after an article and a noun opens the source's phrase: `nimmt die Organisation Schätzungen zufolge
        … ein` (the noun before is the clause's subject)."""
        if phrase is None or len(phrase) < 3:
            return phrase
        last, before = phrase[-1], phrase[-2]
        if (self._is_source_noun(last) and before.pos_ in NOUNISH and before.text[:1].isupper()
                and phrase[-3].lower_ in self.phrases.articles  # `die Organisation`: a phrase of its own
                and mention_at(phrase.doc, last.i) is None):
            return phrase[-1:]
        return phrase

    def _after_second_place_verb(self, phrase: Span | None) -> Span | None:
        """A word in lower case right after a sentence's first phrase, a pronoun or a noun phrase (`Sie
        entstammen Zeitungsberichten zufolge …`, `Die Grünen gewinnen Medienberichten zufolge …`: the tagger
        reads the finite verb as an adjective), stands where German puts the finite verb: the source's
        phrase begins after it (not `sei das Gespräch ersten Angaben zufolge`, `Es handele sich ersten
        Angaben zufolge`, whose verb comes before; not a preposition or a genitive's adjective in `-er`)."""
        if phrase is None or len(phrase) < 2:
            return phrase
        doc, sent = phrase.doc, phrase.sent
        verb = next((t for t in phrase[:-1] if t.is_lower and t.is_alpha
                     and t.lower_ not in self.phrases.articles), None)
        if (verb is None or verb.i == sent.start or verb.pos_ not in ("ADJ", "VERB", "AUX", "")
                or verb.lower_ in self.prepositions  # `Einer Meldung von Xinhua zufolge`
                or verb.lower_.endswith("er")  # a genitive's adjective: `Berichten verschiedener Medien zufolge`
                or not self._lone_phrase(*self._without_focus_word(doc[sent.start:verb.i]))):
            return phrase
        rest = doc[verb.i + 1:phrase.end]
        return rest if any(self.phrases.nounish(t) for t in rest) else phrase

    def _without_focus_word(self, words: Span) -> tuple[Span, bool]:
        """The prefield without an additive word that opens it before a noun phrase (german.csv
        additive_connector: `Auch die Grünen`, `Sogar Experten`), which only stresses the phrase, and
        whether one was taken off."""
        if len(words) > 1 and words[0].text[:1].isupper() and words[0].lower_ in self.additive_connectors:
            return words[1:], True
        return words, False

    def _lone_phrase(self, words: Span, after_focus: bool = False) -> bool:
        """One pronoun or noun (`Sie`, `Experten`), not an article, or one noun phrase opened by an
        article and ending in its noun (`Die Grünen`, `Die beiden Männer`): the whole of a sentence's prefield
        (after a focus word, `Auch die Grünen`, also in lower case)."""
        if not (after_focus or words[0].text[:1].isupper()) or not all(t.is_alpha for t in words):
            return False
        if len(words) == 1:  # not an article: `Den vorliegenden Informationen zufolge`
            return words[0].lower_ not in self.phrases.articles and (
                words[0].pos_ in ("PRON", "DET") or self.phrases.nounish(words[0]))
        return (self.phrases.nounish(words[-1]) and words[0].lower_ in self.phrases.articles
                and all(self.phrases.modifier(t) or self.phrases.nounish(t) for t in words[1:]))

    def _is_source_noun(self, token: Token, nouns: tuple[str, ...] | None = None) -> bool:
        """`Angaben`, also ending a compound (`Polizeiangaben`, `Kreml-Angaben`); short nouns
        (`Sicht`) only as themselves, not inside `Flughafenaufsicht`. `nouns`: those to look for, the
        german.csv `source_noun` class if not given."""
        lower = token.text.lower()
        whole, endings = self._noun_endings(self.source_nouns if nouns is None else nouns)
        return lower in whole or lower.endswith(endings)

    def _noun_endings(self, nouns: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
        """The nouns as a set, and the endings a compound of them ends in (`-noun`; a noun of six letters
        or more also glued on): made once per noun tuple (asked of many words of every document)."""
        made = self._endings_of.get(id(nouns))
        if made is None or made[0] is not nouns:
            endings = tuple(["-" + noun for noun in nouns] + [noun for noun in nouns if len(noun) >= 6])
            made = self._endings_of[id(nouns)] = nouns, frozenset(nouns), endings
        return made[1], made[2]

    def _phrase_after(self, doc: Doc, sent: Span, start: int) -> Span | None:
        """The source's noun phrase right after `laut`, `gemäß`, `so`: `laut Polizei`, `laut einem
        Bericht der „Zeitung“`, `so der Sprecher des Ministeriums, Max Muster`."""
        verb = self._verb_after_so(doc, sent, start)
        for j in range(start, min(start + 3, sent.end)):
            if not verb and j > start and finite_verb(doc[j - 1]):
                break  # `Laut faz.net appellierte der Minister …`: the clause's verb ends the source
            span = mention_at(doc, j)
            if span is not None and self._genitive_of_next_phrase(doc, start, span):
                return doc[start:span.start]  # `laut deutschen Medien Dobrindts freihändige Vergabe`: the media
            if span is not None:
                phrase = self.phrases.around(span, sent.end)
                if verb:
                    return phrase  # `so schätzen die Forscher`: the verb is the cue's
                return doc[min(start, phrase.start):phrase.end]
        if verb:  # `so schätzen die Forscher`: the phrase after the cue's verb, one that can speak
            after = start + 1  # past particles (`so betont auch die Polizei`, `so schrieb nun der Senat`)
            while after + 1 < sent.end and doc[after].lower_ in self.adverbs:
                after += 1
            phrase = self._phrase_after(doc, sent, after)  # (`„Wikiasari“, so heißt ein Projekt` names it)
            return phrase if phrase is not None and any(t.text[:1].isupper() and t.lower_.endswith(self.speaking_nouns)
                                                        for t in phrase) else None
        j = first = self._participle_attribute(doc, sent, start)
        while j < sent.end and j - first < 4 and (self.phrases.modifier(doc[j]) or self._capitalised_modifier(doc, sent, j)) \
                and not self._lower_case_source(doc[j]):
            j += 1
        end = self.phrases.quoted_name_end(doc, j, sent.end)
        if end is None:
            if j >= sent.end or not (self.phrases.nounish(doc[j]) or self._lower_case_source(doc[j])) \
                    or self.cues.is_verb(doc[j]) and doc[j].pos_ not in NOUNISH:
                return None  # (`laut den Angaben`: a noun the tagger knows, though `angaben` is also a verb)
            end = j + 1
        return doc[start:self.phrases.extend_right(doc, end, sent.end)]

    def _genitive_of_next_phrase(self, doc: Doc, start: int, span: Span) -> bool:
        """`laut deutschen Medien Dobrindts freihändige Vergabe`: a name in the genitive after the source's
        own noun (no noun of saying: `laut Angaben Dobrindts` is his), before an adjective or a noun,
        opens the sentence's next phrase; it is no part of the source."""
        if (span._.mention != "name" or not span.text.endswith("s") or span.end >= len(doc)
                or mention_at(doc, span.end) is not None):
            return False
        after = doc[span.end]
        if not (after.is_lower and self.phrases.modifier(after) or self.phrases.common_noun(after)):
            return False
        return any(t.text[:1].isupper() and self.phrases.nounish(t) and not self._is_source_noun(t)
                   for t in tokens_of(doc, start, span.start))

    def _participle_attribute(self, doc: Doc, sent: Span, start: int) -> int:
        """Token start, or the participle of an attribute phrase between the source's article and its
        noun (`laut einer am Dienstag veröffentlichten Studie`, `laut dem von der Stadt vorgelegten
        Bericht`): a preposition after the article, then within a few words an adjective in lower
        case before a capitalised noun; no punctuation, finite verb or actor mention between."""
        if (start + 3 >= sent.end or doc[start].lower_ not in self.phrases.articles
                or doc[start + 1].lower_ not in self.prepositions):
            return start
        found = start
        for k in range(start + 2, min(start + 8, sent.end - 1)):
            if doc[k].is_punct or finite_verb(doc[k]) or mention_at(doc, k) is not None:
                break  # (`am Dienstag in Berlin vorgestellten`: the place is no source)
            if doc[k].pos_ == "ADJ" and doc[k].is_lower and self.phrases.nounish(doc[k + 1]):
                if found > start and any(t.lower_ in self.phrases.articles for t in tokens_of(doc, found + 2, k)):
                    break  # `Studie der neuen Regierung`: an attribute after the source's noun
                found = k  # the last one: `die in sozialen Medien offen geäußerte Kritik`
        return found if found > start and mention_at(doc, found) is None else start

    def _capitalised_modifier(self, doc: Doc, sent: Span, j: int) -> bool:
        """An adjective written with a capital before a noun of saying (`Laut Ersten Angaben`,
        `laut Offiziellen Schätzungen`): a modifier of the source noun, no name."""
        word = doc[j]
        return (j + 1 < sent.end and word.text[:1].isupper() and word.text[1:].islower() and word.is_alpha
                and word.lower_.endswith(self.phrases.adjective_endings) and mention_at(doc, j) is None
                and doc[j + 1].text[:1].isupper() and self._is_source_noun(doc[j + 1]))

    def _verb_after_so(self, doc: Doc, sent: Span, start: int) -> bool:
        """`…, so schätzen die Forscher`, `…, so urteilte Romney`: a verb of saying right after `so`
        (token start) belongs to the cue, not to the source's phrase after it."""
        return (0 < start < sent.end and doc[start - 1].lower_ == "so"
                and self.cues.is_speech_verb(doc[start]) and doc[start].is_lower)

    @staticmethod
    def _lower_case_source(token: Token) -> bool:
        """A source written in lower case: a web address (`laut bildblog.de`) or a compound whose
        last part is a noun (`laut ai-Bericht`)."""
        last = token.text.rsplit("-", 1)[-1]
        return token.like_url or "-" in token.text and last[:1].isupper() and last.isalpha()

    @staticmethod
    def _first_mention(phrase: Span) -> Span | None:
        """The first actor mention inside the phrase (`Angaben des Kremls`, `Sicht der EU-Kommission`)."""
        return next(filter(None, (mention_at(phrase.doc, t.i) for t in phrase)), None)

    def _source_speaker(self, phrase: Span, recent: Speaker | None) -> Speaker | None:
        """The source's words; its actor from a mention inside (`Angaben des Kremls`) or from a
        compound's first part (`Kreml-Angaben`, `US-Angaben`)."""
        doc = phrase.doc
        mention = self._first_mention(phrase)
        actor, country, kind = phrase.text, "", "phrase"
        if mention is not None:
            actor, country, kind = mention._.actor, mention._.actor_country, mention._.mention or "name"
        elif phrase[0].text.lower() in self.resolver.possessive or phrase.text.lower() in self.dative_pronouns:
            # `nach seiner Einschätzung`, `ihm zufolge`
            resolved = self.resolver.resolve_pronoun(doc, phrase[0], recent)
            if resolved is not None:  # else the phrase itself, unplaced: `Seiner Darstellung zufolge …`
                actor, country, kind = resolved.actor, resolved.actor_country, "pronoun"
        elif "-" in phrase[-1].text and not self._media_compound(phrase[-1]) \
                and not self.resolver.market_head(phrase[-1].text):  # `so der Österreich-Chef`: a company's
            actor, country = self.resolver.compound_actor(phrase[-1].text.rsplit("-", 1)[0]) or (actor, country)
            kind = "group" if country else kind
        elif (code := self._adjective_country(phrase)):
            actor, country, kind = self.lex.countries[code].government, code, "group"
        return Speaker(phrase.text, phrase.start_char, phrase.end_char, actor, country, kind)

    def _media_compound(self, token: Token) -> bool:
        """`US-Medien`, `US-Zeitungsberichten`: a compound whose second part names the media (german.csv
        media_noun or medium_noun as its start); not a medium's staff (`US-Pressesprecher`)."""
        rest = token.text.rsplit("-", 1)[-1].lower()
        return rest.startswith(self.media_starts) and not rest.endswith(self.person_suffixes)

    def _adjective_country(self, phrase: Span) -> str:
        """The country whose adjective stands right before the phrase's last word, an official account
        (german.csv `state_source_noun`): `nach nordkoreanischen Angaben`, `den russischen Angaben zufolge`,
        `nach jüngsten libyschen Regierungsangaben` speak for that country's government; not a medium's
        report (`laut italienischen Medienberichten`), nor a phrase without the adjective (`nach eigenen Angaben`)."""
        if len(phrase) < 2 or not self._is_source_noun(phrase[-1], self.state_source_nouns):
            return ""
        code = adjective_country(self.country_words, self.lex, phrase[-2])
        return code if code and self.lex.countries[code].government else ""

    @staticmethod
    def _mention_after_preposition(doc: Doc, sent: Span, preposition: str, cue: Token) -> Span | None:
        """The mention right after the preposition (or its article) in the cue's clause: `aus dem
        Ministerium hieß es`, `hieß es am Montag aus Brüssel`; not in the words reported after a comma
        (`hieß es, die Migrationsströme aus der Türkei seien zu hoch`)."""
        for token in sent:
            between = doc[min(token.i, cue.i):max(token.i, cue.i)]
            if any(t.text in (",", ";", ":") for t in between):
                continue
            if token.text.lower() == preposition and token.i + 1 < sent.end:
                span = mention_at(doc, token.i + 1) or (
                    mention_at(doc, token.i + 2) if token.i + 2 < sent.end else None)
                if span is not None:
                    return span
        return None


class PositionNouns:
    """`Russlands Maximalforderungen`, `die Forderung des Kremls`, `Trumps Vorschlag`: REPORTED."""

    def __init__(self, lexicons: Lexicons, cues: CueMatcher, country_words: CountryWords):
        self.lex, self.cues = lexicons, cues
        self.country_words = country_words
        self.prepositions = lexicons.word_class("preposition")
        self.articles = lexicons.word_class("article")
        self.holder_articles = lexicons.word_class("holder_article")
        self.holder_prepositions = lexicons.word_class("holder_preposition")
        # `Kritik von der SPÖ an dem …`: another preposition after a holder ends the list of holders
        self.list_ending_prepositions = self.prepositions - self.holder_prepositions
        self.reaction_prepositions = lexicons.word_class("reaction_preposition")
        self.object_prepositions = lexicons.word_class("position_object_preposition")  # `Kritik Moskaus an …`
        self.nominal_agents = lexicons.word_class("nominal_agent_preposition")  # `die Unterstützung der Ukraine durch die USA`
        self.indefinite_articles = lexicons.word_class("indefinite_article")
        self.list_words = lexicons.word_class("list_conjunction") | {","}
        self.possessives = lexicons.word_class("possessive_m") | lexicons.word_class("possessive_f") \
            | lexicons.word_class("own_possessive") | lexicons.word_class("nominative_possessive")
        self.agent_prepositions = lexicons.word_class("agent_preposition")  # `die von der Kammer geforderte`
        # what opens a participle's agent phrase: an article (`die von X geforderte Reform`), `wie` (`wie von X gefordert`)
        self.comparison_particles = lexicons.word_class("comparison_particle")
        # `Das sind nordkoreanische Drohungen`: a predicate after a copula whose subject is `das`
        self.copulas = lexicons.word_class("copula")
        self.label_subjects = lexicons.word_class("label_subject")

    def find(self, doc: Doc, sent: Span, index: int, token: Token, blocked: Blocked,
             named_only: bool = False) -> list[Quote]:
        """A position noun of cues.csv with the actor who holds the position; `named_only`: only a
        holder named with the noun (genitive, `von`), not one a reaction or adjective implies."""
        agent = self._agent_participle(doc, sent, index, token, blocked)
        if agent:
            return agent
        cue = self.cues.match(self.cues.nouns, token)
        if cue is None or self.cues.hedged(doc, sent, token, blocked):
            return []
        if cue.excludes is not None:
            lo, hi = clause_range(doc, sent, token.i, blocked)
            if self.cues.excluded(cue, token_words(doc)[0][lo:hi]):
                return []  # `Unterstützung für … Millionen Euro`, `zur Unterstützung … Luftangriffe`: material help
        holder = None
        agents = self._nominal_agents(doc, sent, token)
        if agents is not None:  # `die Unterstützung der Ukraine durch die USA`: the agent holds it, the genitive is its object
            holders = agents or ([] if named_only else self._reaction_holder(doc, sent, token, cue, blocked))
            return self._noun_quotes(doc, sent, index, token, cue, holders, named_only)
        if token.i > sent.start:
            span = mention_at(doc, token.i - 1)
            if span is not None and span[-1].text.endswith("s"):
                holder = span
        if holder is None and token.i + 2 < sent.end and doc[token.i + 1].text.lower() in self.holder_articles:
            holder = self._genitive_holder(doc, sent, token.i + 2)
        if holder is None and token.i + 1 < sent.end:
            holder = self._name_genitive(doc, sent, token)
        holders = [holder] if holder is not None else [] if self._possessed(doc, sent, token) \
            else self._von_holders(doc, sent, token)
        if named_only:  # `die Unterstützung von Bosnien-Herzegowina`: a place after `von` is whom it is for
            holders = [h for h in holders if h is holder or h._.mention != "place"]
        if not holders and not named_only:
            holders = self._reaction_holder(doc, sent, token, cue, blocked)
        return self._noun_quotes(doc, sent, index, token, cue, holders, named_only)

    def _noun_quotes(self, doc: Doc, sent: Span, index: int, token: Token, cue, holders: list[Span],
                     named_only: bool) -> list[Quote]:
        """The position noun's REPORTED quotes, one per holder (else the country adjective before it)."""
        # `Russlands` in `Russlands Maximalforderungen`, `der CDU` in `die Forderung der CDU`
        speakers = [Speaker.of_mention(self._with_article(doc, token, h), h) for h in holders]
        if not speakers and not named_only:
            speakers = [s for s in [self._adjective_holder(doc, token)] if s is not None]
        if not speakers:
            return []
        content = content_after(doc, sent, token)
        return [Quote("REPORTED", token.text, token.idx, token.idx + len(token.text), content[0], content[1],
                      index, speaker, self.cues.cue_id(cue), "reported:noun") for speaker in speakers]

    def _nominal_agents(self, doc: Doc, sent: Span, token: Token) -> list[Span] | None:
        """The actors after `durch` (german.csv `nominal_agent_preposition`) right behind the noun or its
        genitive attribute (`die Ablehnung durch die Gläubiger`, `die Unterstützung der Ukraine durch die USA`,
        `die Anerkennung Kosovos durch Serbien`): the agent of the act the noun names holds the position and
        the genitive is its object. None where no such `durch` follows (no punctuation, no other preposition
        between), nor after an indefinite article (`eine indirekte Unterstützung durch X`: support that may be
        given, no position); an empty list where it names no actor (`durch Waffenlieferungen`)."""
        i = token.i - 1
        while i > sent.start and doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ not in self.articles:
            i -= 1  # past the noun's adjectives
        if i >= sent.start and doc[i].lower_ in self.indefinite_articles:
            return None
        j = token.i + 1
        if j < sent.end and doc[j].lower_ in self.holder_articles:  # the genitive's article and adjectives
            j += 1
            while j < sent.end and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in self.prepositions:
                j += 1
        if j < sent.end and doc[j].lower_ not in self.nominal_agents:
            span = mention_at(doc, j)  # the genitive's name (`der Ukraine`, `Kosovos`), or its noun
            j = span.end if span is not None and span.start == j else j + 1 if doc[j].text[:1].isupper() else j
        if j >= sent.end or doc[j].lower_ not in self.nominal_agents:
            return None
        k = j + 1
        while k < sent.end and k - j <= 3 and (doc[k].lower_ in self.articles
                                                or doc[k].is_lower and doc[k].is_alpha) and mention_at(doc, k) is None:
            k += 1
        first = mention_at(doc, k) if k < sent.end else None
        if first is None or first.start != k:
            return []
        return self._holder_list(doc, sent, j)

    def _with_article(self, doc: Doc, token: Token, holder: Span) -> Span:
        """The holder's words: a genitive holder right after the noun with its article and adjectives
        (`die Forderung der türkischen Regierung`: `der türkischen Regierung`, as quotes-de marks it)."""
        start = token.i + 1
        if (holder.start > start and doc[start].lower_ in self.holder_articles
                and all(t.is_lower and t.is_alpha for t in tokens_of(doc, start + 1, holder.start))):
            return doc[start:holder.end]
        return holder

    @staticmethod
    def _genitive_holder(doc: Doc, sent: Span, i: int) -> Span | None:
        """The actor named after the article of a genitive attribute, past its adjectives: `die
        Forderung des bayerischen Finanzministers Markus Söder`."""
        while i + 1 < sent.end and doc[i].is_lower and doc[i].is_alpha and mention_at(doc, i) is None:
            i += 1
        return mention_at(doc, i)

    def _name_genitive(self, doc: Doc, sent: Span, token: Token) -> Span | None:
        """A name in the genitive right after the noun, without an article, before what the position is about
        (german.csv `position_object_preposition`: `die Kritik Moskaus an …`, `die Unterstützung Belgrads für …`):
        the mention starts there and ends in -s. Not without that object (`Zugeständnisse Kiews als Grundlage`:
        whose concessions others may have in mind), nor after an indefinite article (`Bedingungen für eine
        Zustimmung Israels zu …`: a position that may come)."""
        span = mention_at(doc, token.i + 1)
        if span is None or span.start != token.i + 1 or not span[0].text[:1].isupper() \
                or token.i > sent.start and doc[token.i - 1].lower_ in self.indefinite_articles \
                or not (span[-1].text.endswith("s") and len(span[-1].text) > 2):
            return None
        return span if span.end < sent.end and doc[span.end].lower_ in self.object_prepositions else None

    def _reaction_holder(self, doc: Doc, sent: Span, token: Token, cue, blocked: Blocked) -> list[Span]:
        """`stößt auf heftigen Widerstand bei Landeshauptmann Platter`, `stößt bei der SPÖ auf
        Ablehnung`: a reaction (criticism, rejection, approval) has its holder after `bei` in the
        noun's clause; a demand or proposal does not (`Die Forderung stößt bei X auf …`: X reacts)."""
        if cue.claim_type not in JUDGEMENT_TYPES:
            return []
        lo, hi = clause_range(doc, sent, token.i, blocked)
        for j in range(lo, hi - 1):
            if doc[j].text.lower() in self.reaction_prepositions and j != token.i:
                span = next((found for k in range(j + 1, min(hi, j + 4))
                             if (found := mention_at(doc, k)) is not None), None)  # `bei Landeshauptmann Platter`
                if span is not None and not span.start <= token.i < span.end:
                    return [span]
        return []

    def _possessed(self, doc: Doc, sent: Span, token: Token) -> bool:
        """A possessive before the noun, past its adjectives (`seine strikte Ablehnung`, german.csv possessive_m,
        possessive_f, own_possessive, nominative_possessive), names who holds the position: the actor after `von`
        is its object (`seine Ablehnung von Parteichef X als Kanzler`), not a holder."""
        i = token.i - 1
        while i > sent.start and token.i - i <= 3 and doc[i].is_lower and doc[i].is_alpha \
                and doc[i].lower_ not in self.possessives and doc[i].lower_ not in self.articles:
            i -= 1
        return i >= sent.start and doc[i].lower_ in self.possessives

    def _von_holders(self, doc: Doc, sent: Span, token: Token) -> list[Span]:
        """`Kritik kam von den Vereinten Nationen, den USA und mehreren EU-Staaten`, `Lob gab es vom
        UN-Generalsekretär`: the actors after `von`/`vom` in the noun's clause hold the position
        (`Kritik an X` names its target, not its holder). A `von` after an article opens a participle's
        attribute, whose agent holds nothing (`Kritik an einem von der Zeitung veröffentlichten Foto`), and a
        preposition after a holder ends the list (`Kritik von der SPÖ an dem von der ÖVP vorgelegten Entwurf`)."""
        for j in range(token.i + 1, min(sent.end, token.i + 8)):
            if doc[j].text.lower() not in self.holder_prepositions or doc[j - 1].lower_ in self.articles:
                continue
            return self._holder_list(doc, sent, j)
        return []

    def _holder_list(self, doc: Doc, sent: Span, j: int) -> list[Span]:
        """The actors named after the preposition at `j` (past its article and adjectives), a list of them
        with `und`, commas and articles: `von den Vereinten Nationen, den USA und mehreren EU-Staaten`."""
        first = next((mention_at(doc, k) for k in range(j + 1, min(sent.end, j + 4))
                      if mention_at(doc, k) is not None), None)
        if first is None:
            return []
        holders, k = [first], first.end
        while k < sent.end:  # a list: `, den USA, und mehreren EU-Staaten`
            while k < sent.end and (doc[k].text in self.list_words or doc[k].text.lower() in self.articles
                                    or doc[k].is_lower and not doc[k].is_punct and k - holders[-1].end < 3):
                k += 1
            nxt = mention_at(doc, k) if k < sent.end else None
            if nxt is None or nxt.start - holders[-1].end > 5 or nxt.start == holders[-1].end \
                    or any(t.lower_ in self.list_ending_prepositions for t in doc[holders[-1].end:nxt.start]):
                break  # (`vom UN-Generalsekretär Ban Ki-moon`: one holder, named twice)
            holders.append(nxt)
            k = nxt.end
        return holders

    def _agent_participle(self, doc: Doc, sent: Span, index: int, token: Token, blocked: Blocked) -> list[Quote]:
        """`die von der Regierung in Kiew geforderte Aufnahme`, `wie von der Kammer gefordert`: a participle of
        cues.csv `participle` whose agent holds the position, the agent after `von` right behind an article
        (an attribute: the participle inflected) or a comparison particle (`wie`: the bare participle); the
        agent's own words (`in Kiew`) may stand before the participle, no punctuation. Not an agent without
        an actor (`die von Nutzern gewünschten Funktionen`: no side, no claim)."""
        cue = self.cues.match(self.cues.participles, token)
        if cue is None or self.cues.hedged(doc, sent, token, blocked):
            return []
        for j in range(token.i - 1, max(sent.start, token.i - 9), -1):
            if doc[j].is_punct:
                return []
            if doc[j].lower_ not in self.agent_prepositions:
                continue
            opener = doc[j - 1].lower_
            if opener not in self.articles and opener not in self.comparison_particles \
                    or (opener in self.articles) == token.lower_.endswith("t"):
                return []  # `die … geforderte`, `wie … gefordert`; not `das von X Geforderte` after a verb
            holders = self._holder_list(doc, sent, j)
            if not holders or holders[-1].end > token.i:
                return []
            content = self._attributed_noun(doc, sent, token) if opener in self.articles \
                else content_after(doc, sent, token)
            return [Quote("REPORTED", token.text, token.idx, token.idx + len(token.text), content[0], content[1],
                          index, Speaker.of_mention(h, h), self.cues.cue_id(cue), "reported:participle")
                    for h in holders]
        return []

    @staticmethod
    def _attributed_noun(doc: Doc, sent: Span, token: Token) -> tuple[int, int]:
        """The noun an attributive participle qualifies, past further adjectives (`geforderte schnelle
        Reformen`: `schnelle Reformen`), what the position is about; the rest of the sentence when none."""
        i = token.i + 1
        while i < sent.end and doc[i].is_lower and doc[i].is_alpha:
            i += 1
        if i >= sent.end or doc[i].is_punct or i == token.i + 1 and not doc[i].text[:1].isupper():
            return content_after(doc, sent, token)
        return doc[token.i + 1].idx, doc[i].idx + len(doc[i].text)

    def _adjective_holder(self, doc: Doc, token: Token) -> Speaker | None:
        """`die russischen Forderungen`: the country adjective before the noun names the holder."""
        if token.i == 0:
            return None
        adjective = doc[token.i - 1]
        if token.i > 1 and doc[token.i - 2].text.lower() in self.prepositions:
            return None  # `ohne französische Unterstützung`: a circumstance, nobody's position
        if token.i > 2 and doc[token.i - 2].lower_ in self.copulas and doc[token.i - 3].lower_ in self.label_subjects:
            return None  # `Das sind nordkoreanische Drohungen`: a label of what `das` is, a kind, nobody's position
        code = adjective_country(self.country_words, self.lex, adjective)
        if not code:
            return None
        return Speaker(adjective.text, adjective.idx, adjective.idx + len(adjective.text),
                       self.lex.countries[code].government, code, "group")
