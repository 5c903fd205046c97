"""Who speaks: the subject of a cue verb, by German clause order (the first mention of the
clause; a list before it; a coordinated pair), then the parser's subject, then the clause's
first nominative-looking noun phrase. Mentions come from `doc.spans["actors"]`, widened to
their noun phrase (`Ein Sprecher der Polizei, Lars Beringer`)."""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.actor_context import DATELINE_DASHES, after_dateline, opens_dateline
from pipeline.entities import mention_type
from pipeline.knowledge import IO_CODES
from pipeline.lexicons import Lexicons
from pipeline.phrases import (CLOSING_MARKS, NOUNISH, QUOTE_PAIRS, NounPhrases, first_mention, inline_space, is_person_name, mention_at,
                              mention_field, mentions_in, morph_values, numeric_adjective, sentence_bounds, sentence_of, token_starts,
                              token_words, tokens_of, word_after)
from pipeline.quotes.clauses import (CLAUSE_BREAKS, Blocked, clause_range, finite_verb, host_before_embedded, inside, main_clause,
                                     short_bracket_start, wie_before_apposition, zu_infinitive)
from pipeline.quotes.cues import CueMatcher
from pipeline.quotes.records import Speaker
from pipeline.quotes.references import ReferenceResolver

SUBJECT_DEPS = {"sb", "nsubj", "nsubj:pass", "csubj"}  # dependency labels of a subject
Candidate = Span | Token  # a mention, or a personal pronoun
PHRASE_MARKS = frozenset("„“”\"»«()")  # punctuation inside a noun phrase
# `„Bild“-Zeitung`, `„Reuters“-Reporterin`: a quoted name and the noun of its compound, one token to the tokenizer
GLUED_COMPOUND = re.compile(r"[^„“”\"»«\s]+[“”\"«»]-[A-ZÄÖÜ][\w-]*")
# every token text that `_quoted_subject` and `_quoted_subject_after` read as a quotation mark (an opening
# mark, or a closing one as `in` finds it in a pair's closers): a clause without one has no quoted name
QUOTE_TEXTS = frozenset([*QUOTE_PAIRS, *(closers[a:b] for closers in QUOTE_PAIRS.values()
                                         for a in range(len(closers)) for b in range(a + 1, len(closers) + 1))])




# the types of a person's mention that name an office held (a named holder's bracket is only their party)
OFFICE_TYPES = ("government", "parliament", "io", "court")


class SpeakerFinder:
    """The speaker(s) of a cue, or of a colon introduction."""

    def __init__(self, lexicons: Lexicons, cues: CueMatcher, phrases: NounPhrases, resolver: ReferenceResolver):
        self.cues, self.phrases, self.resolver = cues, phrases, resolver
        self.prepositions = lexicons.word_class("preposition")
        self.articles = lexicons.word_class("article")
        self.indefinite_articles = lexicons.word_class("indefinite_article")
        self.copulas = lexicons.word_class("copula")  # `Die FPÖ ist die einzige Partei, die … fordert`
        self.genitive_articles = lexicons.word_class("genitive_article")  # des: `der Chef des Verbands X`
        self.agent_nouns = lexicons.word_class("agent_noun")  # `das Büro des Ministerpräsidenten`: speaks for him
        self.kin_nouns = lexicons.word_class("kin_noun")  # `Badawis Ehefrau`: a relative speaks for nobody's side
        self.genitive_only = lexicons.word_class("governing_article")  # `des`: opens no subject
        self.genitive_relatives = lexicons.word_class("genitive_relative")  # `dessen Stellvertreter`: opens one
        self.origin_prepositions = lexicons.word_class("origin_preposition")  # `aus Militärkreisen`
        self.source_prepositions = self.origin_prepositions | lexicons.word_class("holder_preposition")
        self.impersonal_source_prepositions = lexicons.word_class("impersonal_source_preposition")  # `hieß es bei X`
        # `vor`, `gegen`, `wegen`: a preposition whose phrase is its object, never whose words are reported
        self.object_only_prepositions = lexicons.word_class("object_only_preposition")
        # `aus Regierungskreisen`, `aus dem Sender`, `aus der Organisation`: a source of hearsay no lexicon places
        self.circles_endings = tuple(sorted(lexicons.word_class("circles_ending") | lexicons.word_class("medium_noun")
                                            | lexicons.word_class("organisation_noun")))
        # `Wahlkreisen`, `Landkreisen`: regions, no circles of people who speak
        self.region_circles = tuple(sorted(lexicons.word_class("region_circles")))
        self.agent_prepositions = lexicons.word_class("agent_preposition")  # `von`: a participle's agent
        self.hearsay_markers = lexicons.word_class("hearsay_marker")  # `laut X`, `X zufolge`: the source
        self.object_articles = lexicons.word_class("object_article")
        self.dative_verbs = lexicons.word_class("dative_verb")  # `dankten Kerry`, `gibt Huber die Schuld`: whom
        self.plural_articles = lexicons.word_class("plural_article")  # `werfen die Abgeordneten Meier vor`
        self.dative_pronouns = lexicons.word_class("dative_pronoun")
        self.non_speaker_nouns = tuple(lexicons.word_class("non_speaker_noun"))  # `Börse`, `Kurs`, `-keit`
        self.non_person_endings = tuple(sorted(lexicons.word_class("non_person_ending")))  # `Engagement`: no `-ent` person
        self.possessive = resolver.possessive
        self.personal_pronouns = resolver.pronoun_m | resolver.pronoun_f
        self.governing_words = resolver.governing_words
        self.coordinators = lexicons.word_class("coordinator")
        self.nominative_articles = lexicons.word_class("nominative_article")  # `Der Bericht kritisierte X`
        self.oblique_articles = (lexicons.word_class("object_article")  # `dem`, `den`, `des`: no subject's article
                                 | lexicons.word_class("genitive_article") - self.nominative_articles)
        self.relay_verbs = lexicons.word_class("relay_verb")
        self.quoting_verbs = lexicons.word_class("quoting_verb")  # `zitiert die Zeitung den Minister`
        self.quantifiers = lexicons.word_class("plural_quantifier")  # `Beide fordern …`, `Viele sagen …`
        # `Begründung des Abgeordneten X: …`: a noun of speech whose genitive attribute names the speaker
        self.speech_nouns = lexicons.word_class("colon_speech_noun")
        self.owner_openers = self.articles | self.possessive  # `Die Antwort des …`, `Seine Begründung …`
        # `des`, `eines`; `von` (`Die Antwort von X: …`)
        self.owner_genitives = self.genitive_articles | lexicons.word_class("genitive") | self.agent_prepositions
        # `X im STANDARD-Gespräch: …`, `X in einer Aussendung: …`: where the words after the colon were said
        self.frame_nouns = tuple(sorted(lexicons.word_class("interview_noun") | lexicons.word_class("statement_noun")))
        # `Auch`, `Sogar`, `Aber`, `Wie` (`Wie Eurostat mitteilte`)
        self.leading_particles = lexicons.word_class("adverb") | self.coordinators | lexicons.word_class("clause_opener")
        self.adverbials = self.leading_particles | cues.pronominal_adverbs  # `zitiert dazu X`: before a verb's object
        self.time_words = lexicons.word_class("time_noun") | set(lexicons.months)  # `am Mittwoch`, `im April`
        self.adverb_endings = tuple(sorted(lexicons.word_class("adverb_ending")))  # `Offiziell sagt …`
        self.sentence_adverbs = lexicons.word_class("sentence_adverb")  # `Generell sagt …`: no name
        self.month_names = set(lexicons.month_names)  # `Mitte Februar`: as written, not `Jan` the name
        self.list_words = lexicons.word_class("list_conjunction") | {","}
        self.list_openers = lexicons.word_class("list_opener")  # `Sowohl X als auch Y kritisierten`
        self.additive_connectors = lexicons.word_class("additive_connector")  # `sowie auch`, `und sogar`
        # `in Ungarn, Österreich oder Deutschland`: one preposition governs a list that `oder` closes too
        self.rival_report_openers = lexicons.word_class("rival_report_opener")  # `…, doch X erklärte`
        self.governed_list_words = self.list_words | (self.coordinators - lexicons.word_class("contrast"))
        self.relative_subjects = lexicons.word_class("relative_subject")  # `…, der … forderte`
        self.purpose_openers = lexicons.word_class("purpose_opener")  # `…, um … zu verkünden`
        # `Während Moskau … spricht, wirft Kiew … vor`: after a fronted subordinate clause the main verb comes first
        self.subordinators = (lexicons.word_class("not_content") | lexicons.word_class("complementizer")
                              | lexicons.word_class("hypothetical")) - self.coordinators - lexicons.word_class("contrast")
        self.relative_pronouns = lexicons.word_class("relative_pronoun")
        # the word before a possessed agent that reads as a source (`aus ihrem Büro`, `…, die sein Büro verbreitete`)
        self.source_or_relative = self.source_prepositions | self.relative_pronouns
        self.issuing_verbs = lexicons.word_class("issuing_verb")  # `…, die sein Büro verbreitete, …`: who issued a text
        self.nominative_pronouns = lexicons.word_class("nominative_pronoun")  # `…, kritisierte er`
        self.subject_pronouns = self.nominative_pronouns | self.resolver.pronoun_f  # `lehnt er`, `lehnt sie` (`_own_subject_after`)
        self.business_nouns = tuple(sorted(lexicons.word_class("business_noun")))  # `die Tochter des Konzerns`
        # `…, dass …`, `…, weil …`: a clause of its own after a comma, never part of a speaker's phrase
        self.clause_conjunctions = lexicons.word_class("complementizer") | lexicons.word_class("hypothetical")
        self.clause_openers = lexicons.word_class("clause_opener")  # `wie`, `als`
        # the words `_passive_text_opening` skips before a passive auxiliary (`So wird in …`)
        self.text_leading_words = self.leading_particles - self.subordinators - self.clause_openers
        self.source_openers = lexicons.word_class("source_clause_opener")  # `Wie die Zeitung berichtet, …`
        self.comparison_particles = lexicons.word_class("comparison_particle")  # `Als Ursache gab X an`: a predicate
        self.demonstrative_f = lexicons.word_class("demonstrative_f")  # `Diese bestätigte …`: she or they, unresolved
        self.demonstratives = resolver.demonstrative_m | self.demonstrative_f  # `Dieser lehnt … ab`, `Diese …`
        self.impersonal = lexicons.word_class("impersonal_pronoun")  # `es heißt`
        self.passive_auxiliaries = lexicons.word_class("passive_auxiliary")  # `In X wird gefordert`
        self.text_prepositions = lexicons.word_class("text_preposition")  # `in dem Schreiben`
        self.text_adverbs = lexicons.word_class("text_adverb")  # `heißt es darin`: the text named before
        # what a speaker issues: `hieß es in einer Aussendung` after X spoke is X's (also `Presseerklärung`)
        self.statement_nouns = tuple(sorted(lexicons.word_class("statement_noun")))
        self.verb_prepositions = lexicons.word_class("verb_preposition")  # `gegenüber Medien`: the verb's, not the speaker's
        # `für die USA erwartet X`, `gegen die Regierung protestieren`: whom it is for or against, never who speaks
        self.non_speaker_prepositions = lexicons.word_class("non_speaker_preposition")
        self.locative_prepositions = lexicons.word_class("locative_preposition")
        # `Das Exilparlament im indischen Dharamshala erklärte`: an attribute of a subject that opens the clause
        self.prefield_prepositions = lexicons.word_class("prefield_attribute_preposition")
        # no subject's head: adverbs the tagger reads as nouns (`Zudem`, `Vorerst`), times (`Woche`)
        self.not_subjects = phrases.not_speakers | lexicons.word_class("time_noun")
        # `sagte Nikolic der Zeitung Danas`: a medium after a person is the verb's dative object
        self.medium_nouns = tuple(sorted(lexicons.word_class("medium_noun")))
        self.medium_staff = tuple(sorted(lexicons.word_class("medium_staff_noun")))  # `eine Reporterin der AFP`
        self.feminine_endings = tuple(sorted(lexicons.word_class("feminine_ending")))  # `der Zeitung`: no nominative
        # `der „Arbeitskreis …“`, `der „Bund der Steuerzahler“`: a body's masculine noun, so `der` is no dative
        self.masculine_bodies = tuple(sorted(lexicons.word_class("masculine_body_noun")))
        self.present_participle_endings = tuple(sorted(lexicons.word_class("present_participle_ending")))  # `nahestehende`
        self.abstract_noun_endings = tuple(sorted(lexicons.word_class("abstract_noun_ending")))  # `Senkung`, `Freiheit`
        self.speaking_nouns = tuple(sorted(set().union(*(lexicons.word_class(name) for name in (  # what may speak or demand
            "organisation_ending", "organisation_noun", "institution_noun", "medium_noun", "report_noun", "source_noun",
            "statement_noun", "rule_noun", "edition_noun", "speaking_body_ending")))))  # `Parteiführung`, `Erklärung`
        self.source_nouns = tuple(sorted(lexicons.word_class("source_noun")))  # `Angaben der Agentur`: a genitive
        self.report_nouns = self.source_nouns + self.statement_nouns  # `Berichte … zurückgewiesen` (`_statement_word`)
        self.dative_articles = lexicons.word_class("dative_article")
        self.holder_prepositions = lexicons.word_class("holder_preposition")  # `die Regierungschefs von Ungarn, …`
        # `hatte ihm der Minister gesagt`, `hatte sie der Minister gewarnt`: a pronoun before a nominative is an object
        self.object_pronouns = (lexicons.word_class("dative_pronoun") | lexicons.word_class("object_pronoun_m")
                                | self.resolver.pronoun_f | lexicons.word_class("impersonal_pronoun"))
        # `die Polizei der Zeitung X`, `ein Sprecher der Regierung der Nachrichtenagentur MTI`: a body no medium's genitive follows
        bodies = set().union(*(lexicons.word_class(name) for name in (
            "agent_noun", "authority_noun", "state_body_noun", "police_noun", "organisation_noun", "court_noun")))
        self.body_nouns = tuple(sorted(bodies | {word + "s" for word in bodies} | {word + "es" for word in bodies}))

    def speaker_from_span(self, span: Span) -> Speaker:
        """The speaker's words: the mention widened to its noun phrase (`der ukrainische Präsident
        Wolodymyr Selenskyj`, `Matthias Berninger (Grüne)`), the actor from the mention."""
        phrase = self.phrases.around(span)
        named = self._name_after_title(span, phrase)
        if named is not None:  # `Der Premierminister des Kosovos Hashim Thaçi`: the name says who
            return Speaker.of_mention(span.doc[phrase.start:self.phrases.around(named).end], named)
        head_end = self._genitive_head_end(span) if phrase.end == span.end else None
        if head_end is not None:  # `Berlins früherer Regierender Bürgermeister`: the words of the person it names
            words = span.doc[phrase.start:head_end]
            if span._.mention == "place":
                return self._held_by_country(words, span)
            named = None if self._relative_of(span, head_end) else self._person_named_in(span, head_end)
            if named is not None:  # `Puerto Ricos Gouverneur Alejandro García Padilla`: he speaks
                return replace(Speaker.of_mention(words, named),
                               actor_country=named._.actor_country or span._.actor_country)
            return Speaker.of_phrase(words) if self._relative_of(span, head_end) else Speaker.of_mention(words, span)
        if self._country_genitive_opening(phrase, span):  # `Israels Bürger` widened to its phrase
            return self._held_by_country(phrase, span)
        named = self._named_after_genitive(phrase, span)
        if named is not None:  # `Hammerschmids Vorgängerin Gabriele Heinisch-Hosek`: the predecessor speaks
            return Speaker.of_mention(phrase, named)
        named = self._named_after_place_genitive(phrase, span)
        if named is not None:  # `Vorarlbergs Jugendanwalt Michael Rauch`: he speaks, on the Land's side
            words = span.doc[phrase.start:max(phrase.end, self.phrases.around(named).end)]
            return replace(Speaker.of_mention(words, named),
                           actor_country=named._.actor_country or span._.actor_country)
        if span.start == phrase.start and self._relative_of(span, phrase.end):
            return Speaker.of_phrase(phrase)  # `Badawis Ehefrau`: his wife speaks, not he, nor for his side
        return Speaker.of_mention(phrase, span)

    def _relative_of(self, holder: Span, end: int) -> bool:
        """`Badawis Ehefrau`, `Faymanns Sohn`: a person's genitive before a noun of kin (german.csv kin_noun)
        up to token `end`: the relative speaks, for nobody's side (`Kerrys Sprecher` speaks for Kerry)."""
        return holder._.mention == "name" and holder.text.endswith("s") \
            and any(t.lower_ in self.kin_nouns for t in holder.doc[holder.end:end])

    def _named_after_genitive(self, phrase: Span, holder: Span) -> Span | None:
        """`Hammerschmids Vorgängerin Gabriele Heinisch-Hosek`, `Prieths Anwalt Mathias Kapferer`: a person's
        genitive opening the phrase, before a noun and a full name, is an attribute of the person that
        name names, who speaks."""
        doc = phrase.doc
        if holder.start != phrase.start or self._genitive_head_end(holder) is None or holder._.mention != "name":
            return None
        for k in range(holder.end + 1, phrase.end):
            named = mention_at(doc, k)
            if named is not None and named.start == k and len(named) > 1 and is_person_name(named):
                return named if named._.actor != holder._.actor else None
        return None

    def _named_after_place_genitive(self, phrase: Span, holder: Span) -> Span | None:
        """`Vorarlbergs Kinder- und Jugendanwalt Michael Rauch`, `Puerto Ricos Gouverneur Alejandro García
        Padilla`: the genitive of a place, Land or body (no person's: `_named_after_genitive`) opening the
        phrase, before a noun and a full name, is an attribute of the person that name names, who speaks."""
        doc = phrase.doc
        if (is_person_name(holder) or holder.end >= len(doc) or not holder.text.endswith("s")
                or mention_field(holder, "actor").endswith(holder[-1].text)
                or any(not t.is_title or t.lower_ in self.articles for t in tokens_of(doc, phrase.start, holder.start))
                or not self.phrases.nounish(doc[holder.end]) or self.cues.is_verb(doc[holder.end])):
            return None
        end = phrase.end if phrase.end > holder.end else \
            self.phrases.extend_right(doc, holder.end + 1, sentence_bounds(doc, holder.start)[1])
        return self._person_named_in(holder, end)

    @staticmethod
    def _person_named_in(holder: Span, end: int) -> Span | None:
        """The full name of a person other than the holder's after the genitive `holder` and a noun, up
        to token `end` and before any comma (an apposition has its own rules)."""
        doc = holder.doc
        for k in range(holder.end + 1, end):
            if doc[k].is_punct and doc[k].text != "-":
                return None
            named = mention_at(doc, k)
            if named is not None and named.start == k and len(named) > 1 and is_person_name(named):
                return named if named._.actor != holder._.actor else None
        return None

    def _country_genitive_opening(self, phrase: Span, mention: Span) -> bool:
        """`Israels Bürger`, `Frankreichs Serienmeister`: a country's genitive opens a longer phrase."""
        return (mention_field(mention, "mention") == "place" and mention.start == phrase.start
                and mention.end < phrase.end
                and mention.text.lower() in self.phrases.country_genitives)

    def _held_by_country(self, words: Span, place: Span) -> Speaker:
        """`Brasiliens Teamkicker`, `Österreichs Bauern`, `Ungarns Opposition`, `Österreichs
        Wirtschaftsdelegierter in London, Christian Kesberg`: a country's genitive before a noun that
        names no office names a person, the public or a body of that country, not its government: the
        name in the phrase, else a party's one-word name (`Griechenlands Linke`: `Linke (GRC)`, not Germany's
        party), else a role that is no office (`Opposition (HUN)`: a party), else the noun of a
        person (german.csv person_suffix, also in the plural: `Teamkicker (BRA)`, `Bauern (AUT)`).
        An office (`Chinas Außenminister`) and other nouns (`Chinas Zensur`, `Syriens Führung`) stay
        the government's; Europe's genitive gives no side before them (`Europas größte Fluglinie`:
        a company, not the Union)."""
        doc, code = words.doc, place._.actor_country
        head = next((t for t in tokens_of(doc, place.end, words.end) if self.phrases.nounish(t)), None)
        if head is None:
            return Speaker.of_mention(words, place)
        for token in tokens_of(doc, head.i, words.end):
            name = mention_at(doc, token.i)
            if name is not None and is_person_name(name):
                return replace(Speaker.of_mention(words, name), actor_country=name._.actor_country or code)
        role = mention_at(doc, head.i)
        if role is not None and self._party_name(role):  # `Schwedens Sozialdemokraten`: that country's party
            if role._.actor_country == code:
                return Speaker.of_mention(words, role)
            return replace(Speaker.of_mention(words, role), actor=f"{role.text} ({code})", actor_country=code,
                           kind="group", actor_type="party")
        if role is not None and role._.mention in ("role", "group") and role._.role:
            if role._.actor_type in ("", "government", "state", "io"):
                return Speaker.of_mention(words, place)
            return replace(Speaker.of_mention(words, role), actor=f"{role._.role} ({code})", actor_country=code,
                           actor_type=role._.actor_type)
        noun, person_noun = head.lower_, self.resolver.person_nouns.person_noun
        singular = person_noun(noun)
        plural = not singular and noun.endswith("n") and person_noun(noun.rstrip("n"))  # `Bauern`
        person = (singular or plural) and not noun.endswith(self.non_person_endings)
        if role is None and person:  # (`Österreichs Engagement`: no person)
            return replace(Speaker.of_mention(words, place), actor=f"{head.text} ({code})",
                           kind="group" if plural else "role", actor_type="public" if plural else "person")
        if code in IO_CODES:  # `Europas größte Fluglinie`: a continent's company, not the Union speaking
            return Speaker.of_phrase(words)
        return Speaker.of_mention(words, place)

    @staticmethod
    def _party_name(mention: Span) -> bool:
        """A party's one-word name or group (`Sozialdemokraten`, `Linke`): after a country's genitive it names that
        country's party (`Griechenlands geschlagene Linke`), not the party the name alone stands for, nor the state."""
        return (mention_field(mention, "mention") in ("name", "group") and mention_field(mention, "actor_type") == "party"
                and len(mention) == 1)

    def _genitive_head_end(self, span: Span) -> int | None:
        """End of the noun phrase a genitive name opens (`Berlins früherer Regierender Bürgermeister
        Eberhard Diepgen (CDU)`, `McCains Kampagne`, `Griechenlands geschlagene Linke`): at most three
        adjectives, then a noun that is no verb or other actor, with its name and attributes; None for a
        name whose `s` is its own (`Hermann Schultes`), a place no country's genitive, or no noun after it."""
        doc, j = span.doc, span.end
        kind = mention_field(span, "mention")
        genitive = (span.text.lower() in self.phrases.country_genitives if kind == "place"
                    else kind == "name" and is_person_name(span) and span.text.endswith("s")
                    and not mention_field(span, "actor").endswith(span[-1].text))
        if not genitive or span.start > 0 and doc[span.start - 1].lower_ in self.articles | self.prepositions:
            return None  # `des Präsidenten`, `in Paris`: no genitive opening a phrase
        while j < min(len(doc), span.end + 3) and doc[j].lower_ not in self.articles and (
                doc[j].is_lower and (self.phrases.modifier(doc[j]) or doc[j].lower_.endswith(self.phrases.adjective_endings)
                                     and not self.cues.is_verb(doc[j])) or doc[j].pos_ == "ADJ" and doc[j].is_title):
            j += 1  # `früherer`, `Regierender`
        if j >= len(doc) or not self.phrases.nounish(doc[j]) or self.cues.is_verb(doc[j]) \
                or doc[j].lower_ in self.not_subjects or mention_at(doc, j) is not None and mention_at(doc, j).start == j \
                and mention_at(doc, j)._.mention != "role" and not (kind == "place" and self._party_name(mention_at(doc, j))):
            return None
        return self.phrases.extend_right(doc, j + 1, sentence_bounds(doc, span.start)[1])

    def _name_after_title(self, span: Span, phrase: Span) -> Span | None:
        """The person's name right after a title and its genitive attribute: `Der Premierminister des
        Kosovos Hashim Thaçi` (the title's mention), `Der Vorsitzende der Gewerkschaft Verdi Frank Bsirske`
        (a mention inside the genitive); not a genitive person's (`des Präsidenten Wladimir Putin`),
        not an object (`warf die SPD Merkel vor`, `der Chef der SPD Merkel Versagen vor`)."""
        doc = span.doc
        name = mention_at(doc, phrase.end) if phrase.end < len(doc) else None
        if (name is None or name.start != phrase.end or not is_person_name(name)
                or span._.mention == "name" or not (span._.mention == "role" or any(
                    t.lower_ in self.genitive_articles for t in tokens_of(doc, phrase.start + 1, span.start)))):
            return None
        before = mention_at(doc, name.start - 1)
        if before is not None and before._.mention == "role":
            return None
        after = self.phrases.around(name).end
        if after < len(doc) and (self.phrases.nounish(doc[after]) or doc[after].lower_ in self.articles):
            return None
        return name

    def to_speaker(self, doc: Doc, candidate: Candidate, recent: Speaker | None) -> Speaker:
        """A mention's speaker, or a pronoun's; an unresolved pronoun still names the speaker."""
        if isinstance(candidate, Span):
            return self.speaker_from_span(candidate)
        resolved = self.resolver.resolve_pronoun(doc, candidate, recent)
        return resolved or Speaker(candidate.text, candidate.idx, candidate.idx + len(candidate.text), "", "",
                                   "pronoun")

    def speech_owner(self, doc: Doc, sent: Span, colon: Token) -> Span | None:
        """The actor whose speech the words before the colon introduce, naming no verb: a noun of speech
        (german.csv `colon_speech_noun`) with its owner after it in the genitive or after `von` (`Begründung
        des Abgeordneten Karl Weber: …`, `Die Antwort von X: …`) or before it as a genitive name (`Webers
        Fazit: …`), or an actor with where he said it (`X dazu: …`, `X im STANDARD-Gespräch: …`); None
        otherwise (`Fazit der Halbzeit:`, `Webers Auto:`)."""
        owner = self._attribute_owner(doc, sent, colon)
        if owner is None:
            owner = self._prenominal_owner(doc, sent, colon)
        return owner if owner is not None else self._framed_speaker(doc, sent, colon)

    def _attribute_owner(self, doc: Doc, sent: Span, colon: Token) -> Span | None:
        """`Begründung des Abgeordneten Karl Weber: …`, `Die Antwort von ÖVP-Klubchef X: …`: the noun of speech
        opening the sentence and its attribute in the genitive or after `von`, which ends at the colon: the
        attribute's last mention (the name after the role noun, `Karl Weber`)."""
        i = sent.start + (doc[sent.start].lower_ in self.owner_openers)
        if colon.i - i < 3 or doc[i].lower_ not in self.speech_nouns or doc[i + 1].lower_ not in self.owner_genitives:
            return None
        last = mention_at(doc, colon.i - 1)
        if last is None or last.end != colon.i or last.label_ not in ("PER", "ORG", "ROLE"):
            return None
        # between the article and the mention only words of the attribute: adjectives, a role noun
        # (`des früheren Landesrats`), no clause (`Fazit der Partie, die er verlor:`)
        if any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "PRON") for t in tokens_of(doc, i + 2, last.start)):
            return None
        return last

    def _prenominal_owner(self, doc: Doc, sent: Span, colon: Token) -> Span | None:
        """`Webers Fazit: …`, `Webers Antwort im Gespräch mit der APA: …`: a genitive name (a mention ending in
        `s`) opening the sentence right before a noun of speech, and after the noun at most a prepositional
        phrase of no clause: the name's mention (not a possessive, `Seine Antwort: …`, which may point to
        another person than the one the resolver takes)."""
        owner = mention_at(doc, sent.start)
        if owner is None or owner.start != sent.start or owner.label_ not in ("PER", "ORG", "ROLE") \
                or not owner.text.endswith(("s", "'")):
            return None
        noun = owner.end
        if noun >= colon.i or doc[noun].lower_ not in self.speech_nouns or not self._place_phrase(doc[noun + 1:colon.i]):
            return None
        return owner

    def _framed_speaker(self, doc: Doc, sent: Span, colon: Token) -> Span | None:
        """`Landesrat Karl Weber dazu: …`, `Weber in einem Interview: …`, `Die Kammer in einer Aussendung: …`:
        the sentence opens with an actor's phrase, then a pronominal adverb (`dazu`) or a prepositional phrase
        naming an interview or a statement (german.csv `interview_noun`, `statement_noun`, also as a compound's
        end) up to the colon; not `Weber im Streit mit der APA:`."""
        frame = next((t.i for t in tokens_of(doc, sent.start + 1, colon.i)
                      if t.lower_ in self.cues.pronominal_adverbs or t.pos_ == "ADP" or t.lower_ in self.prepositions), None)
        last = mention_at(doc, frame - 1) if frame is not None else None
        if last is None or last.end != frame or last.label_ not in ("PER", "ORG", "ROLE"):
            return None
        words = doc[frame:colon.i]
        if not self._place_phrase(words, adverb=True) or not (
                doc[frame].lower_ in self.cues.pronominal_adverbs or any(t.lower_.endswith(self.frame_nouns) for t in words)):
            return None
        # before the actor only its own phrase: an article, adjectives, a role (`Der steirische Landesrat X`)
        if any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "PRON") for t in tokens_of(doc, sent.start, last.start)):
            return None
        return last

    def _place_phrase(self, words: Span, adverb: bool = False) -> bool:
        """No words, or a short phrase of where something was said opened by a preposition (or, with adverb,
        a pronominal adverb, `dazu`): no verb, pronoun, punctuation or clause (`im Gespräch mit der APA`)."""
        if not len(words):
            return True
        opens = words[0].pos_ == "ADP" or words[0].lower_ in self.prepositions or (
            adverb and words[0].lower_ in self.cues.pronominal_adverbs)
        return opens and len(words) <= 8 and not any(
            t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") or t.lower_ in self.possessive for t in words)

    @staticmethod
    def _is_genitive(span: Span) -> bool:
        """`die Legitimität Selenskyjs`: a genitive name is an attribute, not a subject (not a name
        that ends in `s` itself: `Kammerpräsident Hermann Schultes`)."""
        last = span[-1].text
        own_s = len(span) > 1 and mention_field(span, "actor").endswith(last)
        return (last.endswith("s") and not own_s and span.label_ in ("PER", "LOC", "ORG")
                and span.start > 0 and span.doc[span.start - 1].text[:1].isupper()
                and not span.doc[span.start - 1].is_sent_start)

    def _prenominal_genitive(self, span: Span) -> bool:
        """`Chinas Staats- und Parteichef Xi Jinping`: a country in the genitive before a person's
        role and name is an attribute of that person, not the subject (`Chinas Behörden` stays)."""
        doc = span.doc
        if not (mention_field(span, "mention") == "place" and span.text.endswith("s") and span.end < len(doc)
                and self.phrases.nounish(doc[span.end]) and not self.cues.is_verb(doc[span.end])):
            return False
        for i in range(span.end, min(span.end + 4, len(doc))):  # the person it belongs to follows
            person = mention_at(doc, i)
            if person is not None and person.label_ == "PER" and person._.actor_country:
                return True
            if self.cues.is_verb(doc[i]) or doc[i].is_punct:
                break
        return self._titled_stranger(doc, span.end)

    def _titled_stranger(self, doc: Doc, i: int) -> bool:
        """`Mexikos Trainer Miguel Herrera`, `Argentiniens Coach Gerardo Martino`: from token i a title that
        names no office (no role mention) and a name of two words that no lexicon knows, after a country's
        genitive, name a person of that country, not its state (`Kenias Außenministerin Amina Mohamed` is an
        office, `Chinas Nachrichtenagentur Xinhua` one word; the title may be a compound, `Argentiniens
        Defensiv-Routinier Javier Mascherano`)."""
        return i + 2 < len(doc) and all(t.text[:1].isupper() and word(t) and mention_at(doc, t.i) is None
                                        and not self.cues.is_verb(t) and t.lower_ not in self.not_subjects
                                        for t in tokens_of(doc, i, i + 3))

    def candidates(self, doc: Doc, lo: int, hi: int, blocked: Blocked) -> list[Candidate]:
        """Possible subjects (mention spans and pronoun tokens) between token lo and hi; a mention
        after a preposition and its article (`räumte Gauland in der ARD ein`) only when there is no
        other (`heißt es in der ÖVP`, `Ein Leitartikel in der Washington Post forderte`), and not after one
        that names whom something is for or against (german.csv non_speaker_preposition: `für die USA
        erwartet X`, `gegen die Regierung protestieren`); never one that a
        preposition governs, alone, in a list or as a noun's attribute (`Beobachter in der Türkei`)."""
        found, weak, i, governed_end = [], [], lo, self._governed_list(doc, lo, blocked)
        lowers, starts = token_words(doc)[1], token_starts(doc)  # (no Token made of every word)
        while i < hi:
            if any(a <= starts[i] < b for a, b in blocked):
                i += 1
                continue
            span = mention_at(doc, i)
            prev = lowers[i - 1] if i > 0 else ""
            if span is not None and span.start == i and self._prenominal_genitive(span):
                i = span.end  # an attribute of the person after it, who is the candidate
                continue
            if span is not None and span.start == i and prev == "als" and (
                    span._.mention == "role" or not span._.actor_country):
                # `Als Landesrat sagen ihm die Mitbewerber nichts nach`, `Als Bundespräsidentin wolle sie …`
                i = span.end  # a predicate, no subject
                continue
            after = word_after(doc, span.end, hi) if span is not None else hi  # (past a run of spaces)
            if (span is not None and span.start == i and len(span) == 1 and after < hi
                    and (doc[after].text in self.month_names or year(doc[after]))):
                i = span.end  # `hatte bereits Mitte Februar angekündigt`: a time, not the party Die Mitte
                continue
            if (span is not None and span.start == i and mention_field(span, "mention") == "place"
                    and opens_dateline(doc, i)):
                i = span.end  # `Wien – Die Grünen zeigten sich entsetzt`: the dateline says where, not who
                continue
            if span is not None and span.start == i and self._addressed_medium(doc, span, lo):
                i = span.end  # `sagte ein Offizier der Nachrichtenagentur AFP`: the medium it was said to
                continue
            if span is not None and span.start == i:
                k = self._before_adjectives(doc, i, lo)  # `im norwegischen Oslo`: the preposition governs Oslo
                prev = doc[k].lower_ if k >= 0 else ""
                # `Ungarns, Polens und der Slowakei`, `aus Syrien und dem Irak`: a place's oblique article goes on with the list
                joining = self.governed_list_words | (self.genitive_articles | self.dative_articles
                                                      if mention_field(span, "mention") == "place" else frozenset())
                listed = governed_end >= 0 and set(lowers[governed_end:i]) <= joining
                genitive = prev == "der" and k > 0 and self.phrases.nounish(doc[k - 1])  # `eine Mehrheit der Schweden`
                # `Die Rebellen dankten Kerry … und baten`: the dative object of a verb before the cue's
                dative = i - 2 >= lo and lowers[i - 1] in self.dative_verbs and self.phrases.nounish(doc[i - 2])
                if (prev in self.governing_words or genitive or listed or dative
                        or self._is_genitive(span) or self._attribute_of_governed(span)):
                    governed_end = span.end  # `in Berlin und London`: the list shares the preposition
                elif k >= 0 and self._article_after_preposition(doc, k):
                    if self._noun_attribute(doc, span, k - 1) or self._located_place(doc, span, k - 1):
                        governed_end = span.end  # `Beobachter in der Türkei`: where they are, not who speaks
                    elif not self._verb_object(doc[k - 1]) and doc[k - 1].lower_ not in self.non_speaker_prepositions:
                        weak.append(span)
                else:
                    found.append(span)
                    governed_end = -1
                i = span.end
                continue
            if lowers[i] in self.personal_pronouns and prev not in self.prepositions:
                found.append(doc[i])
            elif (lowers[i] in self.demonstratives
                  and prev not in self.prepositions
                  and i + 1 < len(doc) and not self.phrases.nounish(doc[i + 1])
                  and (i + 1 == hi or not self.phrases.modifier(doc[i + 1]))):  # `Dieser lehnt … ab`, not `dieser Plan`
                found.append(doc[i])  # (right before the verb, `Dieser behaupte`, where the tagger reads an adjective)
            i += 1
        return found or weak

    @staticmethod
    def _bracketed_attribute(doc: Doc, span: Span) -> bool:
        """A mention of one to three words alone in brackets right after a noun (`Der Landrat (SPD)`,
        `die Präsidentin des Sozialverbands (VdK)`, `Anna Berg, Sprecherin des Vereins (VdK) sagte`) is
        the noun's attribute (its party, its abbreviation), not the whole subject: the phrase before it is."""
        return (len(span) <= 3 and span.start >= 2 and span.end < len(doc)
                and doc[span.start - 1].text == "(" and doc[span.end].text == ")"
                and doc[span.start - 2].pos_ in ("NOUN", "PROPN"))

    def _attribute_of_governed(self, span: Span) -> bool:
        """The name is a genitive attribute (`des Künstlers X`) of a noun that a preposition governs
        (`wehren sich Tierschützer gegen eine Aktion des Künstlers X`): no subject; by the parse, so
        an adverbial before the subject (`am Montag der Minister`) changes nothing."""
        noun, through = span.root, False
        while noun.dep_ in ("flat", "appos", "nmod") and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            # a genitive with its article, after the noun it belongs to (`die Aktion des Künstlers X`)
            through = through or (noun.dep_ == "nmod" and noun.head.i < noun.i
                                  and any(c.dep_ == "det" and c.lower_ in self.genitive_articles for c in noun.children))
            noun = noun.head
        between = span.doc[noun.i + 1:span.start]  # only the genitive's article, adjectives and nouns
        return (through and noun.i < span.start and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in between)
                and noun.dep_ in ("obl", "nmod")
                and any(c.dep_ == "case" and c.pos_ == "ADP" for c in noun.children))

    def _located_place(self, doc: Doc, span: Span, preposition: int) -> bool:
        """`haben in der ukrainischen Hauptstadt Kiew protestiert`: a place after a locative preposition
        (german.csv locative_preposition) and its article says where something happened, not who acts."""
        return mention_field(span, "mention") == "place" and doc[preposition].lower_ in self.locative_prepositions

    def _governed_list(self, doc: Doc, lo: int, blocked: Blocked) -> int:
        """`Flüchtlinge aus Syrien, Afghanistan und dem Irak erklären`: a clause that opens after a list's
        comma may continue the list; when the list's first mention is no candidate (a preposition or a
        noun governs it), its members after the comma are none either: the comma's index, else -1."""
        if lo < 2 or doc[lo - 1].text != ",":
            return -1
        first, start = mention_at(doc, lo - 2), sentence_bounds(doc, lo)[0]
        if first is None or first.end != lo - 1:
            return -1
        while first.start - 2 >= start and doc[first.start - 1].text == ",":  # back to the list's first
            before = mention_at(doc, first.start - 2)
            if before is None or before.end != first.start - 1:
                break
            first = before
        listed = self.candidates(doc, max(start, first.start - 8), first.end, blocked)
        return -1 if any(isinstance(c, Span) and c.start == first.start for c in listed) else lo - 1

    def _list_governor(self, doc: Doc, sent: Span, lo: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """`Die Ministerpräsidenten Ungarns, Polens und der Slowakei fordern`: a clause that holds nothing
        but the rest of a list of places the noun before the list's comma governs (`_governed_list`)
        goes on with the subject that noun heads: the office before the list's first place, right before it
        (a genitive) or before a holder preposition (`von`), its phrase up to the cue; None for any other
        clause (`Flüchtlinge aus Syrien, Afghanistan und dem Irak erklären`: no office)."""
        if self._governed_list(doc, lo, blocked) < 0:
            return None
        joining = self.list_words | self.genitive_articles | self.dative_articles
        if not any(t.lower_ in self.list_words and t.text != "," for t in tokens_of(doc, lo, cue.i)):
            return None  # (`X, Sprecher von Y, forderte`: an apposition, no list)
        for token in tokens_of(doc, lo, cue.i):
            place = mention_at(doc, token.i)
            if token.lower_ not in joining and (place is None or not place._.actor_country
                                                or place._.mention not in ("place", "group")):
                return None
        first = mention_at(doc, lo - 2)
        while first.start - 2 >= sent.start and doc[first.start - 1].text == ",":  # back to the list's first
            before = mention_at(doc, first.start - 2)
            if before is None or before.end != first.start - 1:
                break
            first = before
        k = first.start - 1 if first.start > sent.start and doc[first.start - 1].lower_ in self.holder_prepositions \
            else first.start
        office = mention_at(doc, k - 1) if k > sent.start else None
        if office is None or office.end != k or not office._.role or not office._.actor_country \
                or inside(doc[office.start], blocked):
            return None
        speaker = self.speaker_from_span(office)
        end = doc[cue.i - 1].idx + len(doc[cue.i - 1].text)
        return replace(speaker, text=doc.text[speaker.start:end], end=end) if speaker.start >= 0 else None

    def _noun_attribute(self, doc: Doc, span: Span, preposition: int) -> bool:
        """The mention after a preposition and its article is an attribute of the common noun before
        them (`regierungskritische Beobachter in der Türkei`, `Flüchtlinge aus dem Irak`, `die Situation
        in der Ukraine`), or of the noun after an extended attribute that the article before the
        preposition opens (`der in der Schweiz lebende Mann`), no speaker of its own: not a medium a text appeared in (`Ein Leitartikel in der
        Washington Post`), nor after a noun that names a source or a position (german.csv source_noun,
        statement_noun, a cue noun: `nach Angaben aus dem Ministerium`, `Kritik von der Opposition`)."""
        if preposition < 1 or span._.actor_type == "media":
            return False
        noun = doc[preposition - 1]
        if noun.lower_ in self.articles:  # `der in der Schweiz lebende Mann`: inside an extended attribute
            return True
        return (self.phrases.common_noun(noun) and noun.lower_ not in self.time_words
                and not noun.lower_.endswith(self.source_nouns + self.statement_nouns + self.medium_nouns)
                and not self.cues.may_cue(noun))

    def _addressed_medium(self, doc: Doc, span: Span, lo: int) -> bool:
        """A medium in the dative, the one a verb of saying addresses (`sagte ein Offizier der
        Nachrichtenagentur AFP`, `bestätigte der Deutschen Presse-Agentur`, `sagte er dem Fernsehsender
        CNN`, `der Agentur AFP`: a known medium's noun): a medium of the knowledge base, or one a medium noun (german.csv medium_noun) names, after
        an article no subject takes (`dem`), or after `der` with words that make it dative or genitive: an
        adjective in `-en` (a nominative would end in `-e`) or a feminine noun (german.csv feminine_ending:
        `Zeitung`, `Agentur`); not `berichtete der Guardian`, `wie der Sender Radio Free Asia berichtete`, nor
        the genitive after a noun of saying (german.csv source_noun: `nach Angaben der Nachrichtenagentur Xinhua`)."""
        k, medium = span.start - 1, mention_field(span, "actor_type") == "media"
        while k > lo and (self.phrases.modifier(doc[k]) and doc[k].lower_ not in self.articles
                          or self._medium_noun(doc[k]) or k == span.start - 1 and medium and self.phrases.common_noun(doc[k])):
            medium = medium or self.phrases.nounish(doc[k])
            k -= 1  # `der Deutschen`, `der Nachrichtenagentur`
        if not medium or k < lo or k > 0 and doc[k - 1].lower_.endswith(self.source_nouns):
            return False  # `nach Angaben der offiziellen Nachrichtenagentur Xinhua`: the source's genitive
        between = doc[k + 1:span.end]  # the name's own words too: `der Deutschen Presse-Agentur`
        return doc[k].lower_ in self.object_articles or doc[k].lower_ == "der" and any(
            t.is_alpha and (self.phrases.modifier(t) and t.lower_.endswith("en")
                            or self.phrases.nounish(t) and t.lower_.endswith(self.feminine_endings)) for t in between)

    def _medium_noun(self, token: Token) -> bool:
        """A noun that names a medium (german.csv medium_noun as the word's end: `Zeitung`,
        `Nachrichtenagentur`, `Fernsehsender`)."""
        return self.phrases.nounish(token) and token.lower_.endswith(self.medium_nouns)

    def _verb_object(self, preposition: Token) -> bool:
        """A preposition that opens the verb's object, never its speaker (german.csv verb_preposition:
        `sagte im Gespräch mit der Zeitung`, `bestätigte gegenüber der APA`); not `durch`, which names
        the agent of a passive (`Die Ankündigung erfolgte durch den Minister`)."""
        return preposition.lower_ in self.verb_prepositions and preposition.lower_ != "durch"

    def _before_adjectives(self, doc: Doc, i: int, lo: int) -> int:
        """Index of the preposition or its article before the lower-case adjectives that precede
        token i (`im` of `im norwegischen Oslo`, `dem` of `aus dem benachbarten Polen`), also before the
        common noun a name follows and that noun's adjectives (`der` of `gegenüber der Nachrichtenagentur AFP`,
        of `in der ukrainischen Hauptstadt Kiew`), `gegen` of `gegen Gastgeber
        Tschechien`); i - 1 otherwise
        (`einen ganzen Ozean` is left as it was)."""
        k = i - 1
        while k > lo and (doc[k].is_space or doc[k].is_lower and doc[k].pos_ == "ADJ"):
            k -= 1  # (a run of spaces in the text is a token of its own: `in  Österreich`)
        article = k - 1  # (`in der ukrainischen Hauptstadt Kiew`: the noun's adjectives before it)
        while article > lo and (doc[article].is_space or doc[article].is_lower and doc[article].pos_ == "ADJ"):
            article -= 1
        if (k == i - 1 > lo + 1 and self.phrases.common_noun(doc[k]) and not self._article_after_preposition(doc, k)
                and self._article_after_preposition(doc, article)):
            k = article  # `gegenüber der Nachrichtenagentur AFP`: the name's noun, its article after a preposition
        elif k == i - 1 > lo and self._title_noun(doc[k]) and doc[k - 1].lower_ in self.prepositions:
            k -= 1  # `gegen Gastgeber Tschechien`: the name is the apposition of a noun the preposition governs
        governing = doc[k].lower_ in self.prepositions or self._article_after_preposition(doc, k)
        return k if governing else i - 1

    def _title_noun(self, token: Token) -> bool:
        """A noun of a person that no lexicon knows as a role, used as a title before a name (german.csv
        person_suffix: `Gastgeber`, `Titelverteidiger`, `Partner`); not a time (`am Montag`), not an
        adverbial's noun (`auf Anfrage`, `zu Beginn`)."""
        lower = token.lower_
        return (self.phrases.nounish(token) and token.is_alpha and mention_at(token.doc, token.i) is None
                and lower not in self.time_words and self.resolver.person_nouns.person_noun(lower)
                and not lower.endswith(self.non_person_endings))

    def _article_after_preposition(self, doc: Doc, k: int) -> bool:
        """Token k is an article right after a preposition (`auf einen`, `aus dem`)."""
        return doc[k].lower_ in self.articles and k > 0 and doc[k - 1].lower_ in self.prepositions

    def find_speakers(self, doc: Doc, sent: Span, cue: Token, blocked: Blocked,
                      elided: Sequence[Speaker] = (), recent: Speaker | None = None) -> list[Speaker]:
        """Subject(s) of the cue verb: the actor mention that German clause order makes the
        subject; failing that, the parser's subject (when the model has a parser) or the
        clause's first noun phrase. (Measured on data/gold and quotes-de: with a small parser,
        mentions first beats parse first.) `elided`: the subjects of the sentence's first clause.
        A medium the verb addresses after them is no part of them (`sagte Nikolic der Zeitung`)."""
        speakers = self._subjects(doc, sent, cue, blocked, elided, recent)
        return [self._with_prefield_attribute(doc, self._without_label(doc, self._without_addressee(
                    doc, self._with_bracketed_head(doc, speaker, cue, blocked, recent), cue), cue, blocked), cue)
                for speaker in speakers]

    def _with_bracketed_head(self, doc: Doc, speaker: Speaker, cue: Token, blocked: Blocked,
                             recent: Speaker | None) -> Speaker:
        """A mention alone in brackets right after a noun (`Der Landrat (SPD) sagte`, `Die Präsidentin des
        Sozialverbands (VdK) forderte`) is that noun's attribute, its party or abbreviation: the speaker's
        words are the parser's subject that ends with the bracket; the actor stays the bracket's."""
        span = doc.char_span(speaker.start, speaker.end) if speaker.start >= 0 and speaker.kind != "phrase" else None
        if span is None or not self._bracketed_attribute(doc, span):  # (a phrase is never the bracket's)
            return speaker
        close = span.end_char + 1
        parsed = self._parsed_subject(doc, cue, blocked, recent)
        if parsed is None or parsed.end != close or not parsed.start < span.start_char - 1:
            # the parser missed it: the clause's noun phrase that ends right before the bracket
            lo = clause_range(doc, sentence_of(doc, cue.i), cue.i, blocked)[0]
            parsed = self.noun_phrase(doc, lo, span.start - 1, blocked) if lo < span.start - 1 else None
            if parsed is None or parsed.end not in (doc[span.start - 2].idx + len(doc[span.start - 2]), close):
                return speaker  # (the phrase may take the bracket in)
        named = self._office_holder_before(doc, span.start - 1, parsed.start)
        if named is not None:
            # `Ein Sprecher von Verkehrsminister Winfried Hermann (Grüne)`: the bracket is the named holder's
            # party; the phrase speaks for that person (in office: the government), not for the party
            return replace(Speaker.of_mention(doc[0:0], named), text=doc.text[parsed.start:close],
                           start=parsed.start, end=close)
        return replace(speaker, text=doc.text[parsed.start:close], start=parsed.start, end=close)

    @staticmethod
    def _office_holder_before(doc: Doc, bracket: int, start_char: int) -> Span | None:
        """The name of a person in office ending right before the bracket at token `bracket`, inside the
        phrase from `start_char`: one the knowledge base or the text types by an office (`Verkehrsminister
        Winfried Hermann`, a role noun right before the name that names the same person); None for a name
        of no office (`Petra Berg (SPD)`: the bracket's party speaks) or none."""
        named = mention_at(doc, bracket - 1)
        if named is None or named.end != bracket or named.start_char <= start_char or not is_person_name(named) \
                or not mention_field(named, "actor"):
            return None
        role = mention_at(doc, named.start - 1) if named.start > 0 else None
        titled = role is not None and role.end == named.start and mention_field(role, "mention") == "role" \
            and mention_field(role, "actor") == mention_field(named, "actor")
        return named if titled or mention_type(named) in OFFICE_TYPES else None

    def _with_prefield_attribute(self, doc: Doc, speaker: Speaker, cue: Token) -> Speaker:
        """The speaker that opens a main clause with the prepositional attribute after it up to the
        finite verb (german.csv prefield_attribute_preposition): the prefield is one phrase, so `Das
        Exilparlament im indischen Dharamshala erklärte`, `Der Senator aus Ohio hat … gefordert` speak
        with the place in their words; not a clause where a verb or punctuation comes between."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand") if speaker.start >= 0 else None
        if span is None or span.end >= cue.i + 1 or span.end >= len(doc):
            return speaker
        if token_words(doc)[1][span.end] not in self.prefield_prepositions:  # (the word test first: one lookup)
            return speaker
        texts, first = token_words(doc)[0], sentence_bounds(doc, span.start)[0]  # (`Token.is_space` is `str.isspace`)
        first = after_dateline(doc, next((k for k in range(first, span.start + 1) if not texts[k].isspace()), span.start))
        if span.start != first:
            return speaker
        verb = next((t for t in tokens_of(doc, span.end + 1, cue.i + 1) if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in PHRASE_MARKS), None)
        if verb is None or not finite_verb(verb) or verb.i - span.end > 8 or not self.phrases.nounish(doc[verb.i - 1]):
            return speaker
        end = doc[verb.i - 1].idx + len(doc[verb.i - 1].text)
        return replace(speaker, text=doc.text[speaker.start:end], end=end)

    def _without_label(self, doc: Doc, speaker: Speaker, cue: Token, blocked: Blocked) -> Speaker:
        """The speaker without an interview's label that opens the sentence before a colon (`Frage:
        Daimler-Chef X sagte …`, `STANDARD: Die Ministerin sagte …`): the words after the colon name it;
        a phrase that is the label alone gives way to the phrase after the colon and before the cue."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or span.start != sentence_bounds(doc, span.start)[0] or span.end >= len(doc):
            return speaker
        if speaker.kind == "phrase" and len(span) == 1 and doc[span.end].text == ":" and span.end + 1 < cue.i:
            after = self.noun_phrase(doc, span.end + 1, cue.i, blocked)
            return after if after is not None else speaker
        colon = next((t.i for t in span[1:3] if t.text == ":"), None)
        if colon is None or colon + 1 >= span.end:
            return speaker
        return self._speaker_cut(doc, speaker, doc[colon + 1:span.end])

    def _without_addressee(self, doc: Doc, speaker: Speaker, cue: Token) -> Speaker:
        """The speaker after the cue verb, or in the middle field of a verb-final clause (`wie eine
        Sprecherin der APA bestätigte`), without the medium it speaks to (`sagte Bundesschulsprecher
        Maximilian Gnesda der APA`, `sagte der Lufthansa-Manager der Zeitung`); the actor from what is
        left when it came from the medium (`sagte Varoufakis der spanischen Zeitung El Mundo`)."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or sentence_bounds(doc, span.start) != sentence_bounds(doc, cue.i) or span.start <= cue.i and not self._verb_final_middle(doc, span, cue):
            return speaker
        cut = next((k for k in range(span.start + 1, span.end - 1)
                    if self._addressee_at(doc, k, span.start, span.end) or self._object_after_subject(doc, k)), None)
        if cut is None:
            dative = next((k for k in range(span.start + 1, span.end)
                           if self._dative_name_after_subject(doc, span.start, k, span.end, cue)), None)
            # (the mention of the name may take in the plural noun before it: the words left are a phrase)
            return speaker if dative is None else Speaker.of_phrase(doc[span.start:dative])
        return self._speaker_cut(doc, speaker, doc[span.start:cut])

    def _verb_final_middle(self, doc: Doc, span: Span, cue: Token) -> bool:
        """The speaker stands between the opener of a verb-final clause (german.csv complementizer,
        clause_opener, source_clause_opener: `wie`, `dass`, `nachdem`) and its cue verb at the end, where
        the verb's dative object follows the subject (`wie ein Sprecher der APA sagte`); not a main
        clause's prefield, a single phrase (`Ein Sprecher der Zeitung sagte`)."""
        if span.end > cue.i:
            return False
        lo, _ = clause_range(doc, sentence_of(doc, cue.i), cue.i, ())
        opener = doc[lo].lower_
        return lo < span.start and (opener in self.subordinators or opener in self.clause_openers
                                    or opener in self.source_openers)

    def _speaker_cut(self, doc: Doc, speaker: Speaker, kept: Span) -> Speaker:
        """The speaker cut down to `kept`, the words of it that are left (`_without_label`,
        `_without_addressee`): a mention's speaker stays its actor, with `kept`'s text and bounds,
        when `kept` still mentions that actor; else the mention opening `kept`, else `kept` as a phrase."""
        if speaker.kind != "phrase" and first_mention(kept, lambda mention: mention._.actor == speaker.actor):
            # (the speaker's own offsets where `kept` reaches to the end or start of its expanded span)
            return replace(speaker, text=kept.text, start=max(speaker.start, kept.start_char),
                           end=min(speaker.end, kept.end_char))
        named = self._leading_mention(doc, kept)
        return Speaker.of_mention(kept, named) if named is not None else Speaker.of_phrase(kept)

    def _object_after_subject(self, doc: Doc, k: int) -> bool:
        """`warf die Opposition dem Minister vor`, `kritisierte der Verband den Entwurf`: an article of an object
        (german.csv object_article: `dem`, `den`, `einem`, never a genitive's or a subject's) right after the
        subject's noun or name opens the verb's object, no part of the subject (`von den Grünen` is: after a
        preposition)."""
        return doc[k].is_lower and doc[k].lower_ in self.phrases.object_articles and doc[k - 1].pos_ in ("NOUN", "PROPN")

    def _dative_name_after_subject(self, doc: Doc, start: int, k: int, end: int, cue: Token) -> bool:
        """`werfen die Abgeordneten Meier vor`: after a verb that governs a person in the dative (german.csv
        dative_verb), a bare name right after the plural noun of a subject opened by the plural article
        (german.csv plural_article) is that dative object, no part of the subject; not a name in a list
        (`die Abgeordneten Meier und Huber`), nor one after a singular title (`der Abgeordnete Meier`)."""
        word, before = doc[k], doc[k - 1]
        if cue.lower_ not in self.dative_verbs or not (word.is_title and word.is_alpha and before.is_title
                                                       and word.pos_ in ("PROPN", "NOUN")):
            return False
        if not (k - 1 > start and doc[start].lower_ in self.plural_articles and before.pos_ == "NOUN"
                and morph_values(before, "Number") == ["Plur"] and all(t.is_lower for t in tokens_of(doc, start + 1, k - 1))):
            return False
        run = next((j for j in range(k, end) if not (doc[j].is_title and doc[j].is_alpha)), end)
        return run >= len(doc) or doc[run].lower_ not in ("und", "sowie", "oder", ",", "(")

    def _addressee_at(self, doc: Doc, k: int, start: int, end: int) -> bool:
        """Token k opens a medium in the dative right after a person or a body: a dative article (`der`, `dem`)
        after a person's name (a known one, a proper noun, or a capitalised word alone: `sagte Sinn der
        Passauer Neuen Presse`), a noun of a person (german.csv person_suffix: `Sprecher`, `Augenzeugin`) or of
        a body (agent_noun, authority_noun, state_body_noun, police_noun, organisation_noun, court_noun: `die
        Polizei der Zeitung X`, `ein Sprecher der Regierung der Nachrichtenagentur MTI`; a party's name too)
        that does not work for a medium (medium_staff_noun: `eine Reporterin der Nachrichtenagentur AFP`,
        `der Chefredakteur der Zeitung`), before a medium (german.csv medium_noun as a word's end:
        `der Zeitung`, `dem Nachrichtenmagazin`; the knowledge base's media: `der APA`)."""
        if doc[k].lower_ not in self.dative_articles:
            return False
        before = doc[k - 1]
        if before.text == ")":  # `Musiker Heino (77) der Bild-Zeitung`
            opening = next((t.i for t in reversed(doc[max(0, k - 5):k - 1]) if t.text == "("), None)
            before = doc[opening - 1] if opening is not None and opening > 0 else before
        person = mention_at(doc, before.i)
        bare = before.i == start and before.is_title and before.is_alpha  # `sagte Nikolic der Zeitung`: no article, a name
        named = before.pos_ == "PROPN" and before.is_title  # `die Behördenchefin Christina Kalogirou der Zeitung`
        if not (person is not None and person.end == before.i + 1 and (is_person_name(person) or self._body(person))
                or bare or named or self.phrases.nounish(before) and (self.resolver.person_nouns.person_noun(before.text)
                                                                       or before.lower_.endswith(self.body_nouns))):
            return False
        if before.lower_.endswith(self.medium_staff):
            return False
        for j in range(k + 1, min(end, k + 5)):  # `der spanischen Zeitung`, `der Passauer Neuen Presse`
            if self._media_mention(doc, j) is not None or self._medium_noun(doc[j]):
                return True
            if doc[j].lower_ in self.articles or not (self.phrases.modifier(doc[j]) or doc[j].pos_ == "ADJ"
                                                       or doc[j].is_title):
                return False  # `ein Sprecher der Regierung der …`: the next article opens the next phrase
        return False

    @staticmethod
    def _body(mention: Span) -> bool:
        """A mention of an organisation, party or government that no medium's genitive can follow
        (`die Polizei der Zeitung X`, `ein Sprecher der Regierung der Nachrichtenagentur MTI`: the medium
        it spoke to); not a medium itself, nor a place."""
        return (mention_field(mention, "actor_type") not in ("", "media", "person")
                and mention_field(mention, "mention") not in ("place", "name"))

    def _before_embedded_clause(self, doc: Doc, sent: Span, lo: int, cue: Token, blocked: Blocked) -> list:
        """The candidates of the clause part before an embedded clause that a comma closes right before a
        verb-final cue (`Der Minister hat die Reform, die … kritisiert wurde, verteidigt`): the cue's own
        clause, its subject before the insertion."""
        host = host_before_embedded(doc, sent, lo, cue.i, blocked, self.cues.relatives)
        return self.candidates(doc, *host, blocked) if host is not None else []

    def _subjects(self, doc: Doc, sent: Span, cue: Token, blocked: Blocked,
                  elided: Sequence[Speaker], recent: Speaker | None) -> list[Speaker]:
        """The cue verb's subject(s) as the clause shows them (find_speakers)."""
        lo, hi = clause_range(doc, sent, cue.i, blocked)
        texts = token_words(doc)[0]  # (`nounish` asks for a capital first: no Token made of a lower-case word)
        if not any(texts[k][:1].isupper() and self.phrases.nounish(doc[k]) for k in range(lo, cue.i)):
            # the cue alone after the apposition
            lo = wie_before_apposition(doc, sent, lo)  # `…, wie Olaf Scholz, Chef der SPD, mitteilte`
        written = self._where_written(doc, cue, lo, hi, blocked, recent)
        if written is not None:
            return [written]
        quoted = None if QUOTE_TEXTS.isdisjoint(texts[lo:hi]) else (  # (no quotation mark: no quoted name)
            self._quoted_subject(doc, lo, hi, cue, blocked) or self._quoted_subject_after(doc, lo, hi, cue, blocked))
        if quoted is not None:
            return [quoted]
        person = self._quoted_person(doc, lo, hi, cue, blocked)
        if person is not None:  # `…, zitierte die Nachrichtenagentur TASR Fico`: Fico's words
            return [person]
        if any(w in self.impersonal for w in token_words(doc)[1][max(lo, cue.i - 1):min(hi, cue.i + 2)]) \
                and self.cues.is_speech_verb(cue):
            named_source = self._named_source_after_impersonal(doc, lo, hi, cue, blocked)
            if named_source is not None:  # `hieß es bei Radio Free Europe`: the whole name, not its last words
                return [named_source]
        relative = self._relative_antecedent(doc, sent, lo)
        if relative is not None and not self.candidates(doc, lo + 1, cue.i, blocked):
            # `Olaf Scholz, der zuvor die Reform gefordert hatte`; not `der Ärztekammer, der sie … vorwirft`
            return [self.speaker_from_span(relative)]
        unnamed = self._unnamed_antecedent(doc, sent, lo, cue) if relative is None else None
        if unnamed is not None:  # `Es gibt Kritiker, die sagen, …`: the pronoun right before the verb is its subject
            return [Speaker.of_phrase(unnamed)]
        correlative = self._correlative_prefield(doc, lo, cue, blocked)
        if correlative is not None:  # `Sowohl die Gewerkschaft als auch der Verband kritisierten`
            return [correlative]
        if elided and self._coordinated_predicate(doc, lo, cue):
            # `kritisierten, die Maßnahmen seien …, und drohten mit Streiks`: each subject once
            return list({(s.start, s.end): s for s in elided}.values())
        if recent is not None and recent.actor and any(
                doc[j].lower_ == "ich" and not inside(doc[j], blocked) for j in (cue.i - 1, cue.i + 1) if lo <= j < hi):
            return [recent]  # `Sondern ich verspreche, dass …` after X spoke: X's words, their quotation marks lost
        before = self.candidates(doc, lo, cue.i, blocked) or self._before_embedded_clause(doc, sent, lo, cue, blocked)
        governor = self._list_governor(doc, sent, lo, cue, blocked) if not before else None
        if governor is not None:  # `Die Ministerpräsidenten Ungarns, Polens und der Slowakei fordern`
            return [governor]
        second = self.cues.second_predicate_start(doc, lo, cue) if not finite_verb(cue) else lo
        if second > lo:  # `X war … gezogen und hatte den Rücktritt von Y gefordert`: the first predicate's subject
            before = [c for c in before if (c.end if isinstance(c, Span) else c.i + 1) < second]
            if not before:
                first = cue.head if cue.dep_ == "conj" and cue.head.i < second else None
                parsed = self._parsed_subject(doc, first, blocked, recent) if first is not None else None
                return [parsed] if parsed is not None else []
        if self._als_prefield(doc, lo, cue):
            behind = self._nominative_behind(doc, cue, hi, blocked)
            if behind is not None:  # `Als Fehler sah es der Minister an, …`: the prefield is what he calls it
                return [behind]
        after = self._before_second_predicate(doc, cue, self.candidates(doc, cue.i + 1, hi, blocked))
        after = [c for c in after if not self._hearsay_source(doc, c)]  # `schließt laut X … aus`: X vouches
        if before and self._hearsay_medium(doc, before[0]) and any(
                isinstance(c, Span) and not self._in_object_case(doc, c) for c in after):
            # `Laut ORF fordert die ÖVP …`: a medium relays, the clause's own subject acts (`Laut Baghaei ist
            # Teheran bereit`: the spokesman's claim, as he was read)
            before = [c for c in before if not self._hearsay_source(doc, c)]
        elif before and self._hearsay_source(doc, before[0]):
            own = self._own_subject_after(doc, before[0], cue)
            if own == "unnamed":  # `Laut X will die Tochter des Konzerns … finanzieren`: a company's act, nobody's claim
                return []
            if own == "subject":  # `Laut Huber lehnt er den Plan ab`: the act is the subject's, the source vouches for it
                before = [c for c in before if not self._hearsay_source(doc, c)]
        if self._infinitive_clause(doc, sent, lo, cue):
            # `Beide Parteien haben erwogen, sie als Kandidatin zu unterstützen`: an infinitive clause has
            # no subject of its own, so `sie` in it is its object (`er` is only a subject: `…, er begann
            # einen Bericht zu schreiben`, where the small tagger misses the finite verb), and so is a
            # name or noun phrase (`…, Bürgermeister Huber zu unterstützen`) unless a verb follows it
            # right away (`…, der Arzt begann einen Bericht zu schreiben`: the finite verb the tagger missed)
            before = [c for c in before if (self._before_missed_verb(doc, c, cue) if isinstance(c, Span)
                                            else c.lower_ not in self.resolver.pronoun_f)]
        if cue.i - 1 > lo and doc[cue.i - 1].lower_ in self.coordinators:
            # `… bestätigte die Aussage nicht und nannte sie „reine Spekulation“`: a verb right after `und`
            # shares the subject before it; a pronoun after it is its object
            after = [c for c in after if isinstance(c, Span)]
        if before and doc[lo].text.lower() in self.prepositions:
            before = self._after_prefield(doc, before, lo, cue)
        if before and isinstance(before[0], Span) and len(before[0]) == 1 and self._lone_opener(doc, before[0][0], cue):
            if any(isinstance(c, Span) and not self._in_object_case(doc, c)
                   or not isinstance(c, Span) and c.i == cue.i + 1 for c in before[1:] + after):
                before = before[1:]  # `Offiziell sagt die chinesische Regierung, …`, `Generell sagen sie`: the subject follows the verb
            elif len(before) == 1:
                inverted = self._subject_after_adverbial(doc, lo, hi, cue, blocked)
                if inverted is not None:  # `Offiziell sagt die Regierung, …`: a phrase no lexicon knows
                    return [inverted]
        elif not before and doc[lo].lower_ in self.sentence_adverbs and self._lone_opener(doc, doc[lo], cue):
            inverted = self._subject_after_adverbial(doc, lo, hi, cue, blocked)
            if inverted is not None:  # the same with an opener german.csv lists (sentence_adverb): no mention
                return [inverted]
        if before and isinstance(before[0], Span) and self._object_in_prefield(doc, before[0], lo):
            behind = [c for c in after if not self._in_object_case(doc, c)]
            if behind:  # `Der Ministerin warf Huber Untätigkeit vor`: the dative is whom it targets
                return [self.to_speaker(doc, c, recent) for c in self._coordinated(doc, behind, behind[0])]
        titled = self._titled_prefield(doc, sent, lo, cue, after)
        if titled is not None:  # `Der Bürgermeister, Max Muster (SPD), warnte die CDU`: the CDU is warned
            return [titled]
        singular = self._singular_behind_plural(doc, lo, hi, cue, blocked)
        plural = [singular] if singular is not None else self._plural_behind_singular(doc, lo, hi, cue, blocked)
        if plural is not None:  # `Die Mönche beschrieb die Agentur als „aggressiv“`: the plural is the object
            # (`Ein Aushöhlen befürchten die Anwälte`: the singular is; `… die Anwälte und die Richter`: both)
            return plural
        behind = self._actor_behind_fronted_thing(doc, lo, hi, cue, blocked)
        if behind is not None:  # `Eine Senkung der Steuern fordert die ÖVP`: a thing cannot demand, the actor does
            return behind
        prefield = self._prefield_before_auxiliary(doc, lo, cue, before, blocked) if before else None
        if prefield is not None:  # `Das Parlament hat die Mitgliedsstaaten aufgefordert`: they are addressed
            return [prefield]
        if before:
            chosen = self._placed_subject(doc, before, cue)
            behind = self._nominative_behind_pronoun(doc, lo, hi, cue, chosen, blocked)
            if behind is not None:  # `Zuvor hatte sie der Minister gewarnt`: she was warned
                return [behind]
            group = self._coordinated(doc, before, chosen)
            listed = self._without_appositions(doc, self._listed_before(doc, sent, group[0], blocked) + group)
            speakers = [self.to_speaker(doc, c, recent) for c in listed]
            if len(speakers) == 1 and isinstance(chosen, Span):
                speakers = [self._with_coordinated_phrase(doc, speakers[0], lo, cue, blocked)]
            return speakers
        if doc[lo].text.lower() in self.coordinators and lo > sent.start and not (
                doc[lo].lower_ in self.rival_report_openers
                and any(t.dep_ == "nsubj" and t.head.i == cue.i for t in tokens_of(doc, lo + 1, cue.i))):
            # (not `…, doch der Sprecher erklärte, …`: the parser's subject of its own before the verb)
            shared = list(elided)
            if shared:  # `vereinbarte Trump …, sondern stellte … in Aussicht`: the first clause's subject
                return shared
        purpose = self._purpose_subjects(doc, sent, lo, cue, blocked)
        if purpose:  # `setzten sich Pühringer und Entholzer zusammen, um danach zu befinden: …`
            return [self.to_speaker(doc, c, recent) for c in purpose]
        if after and cue.i > sent.start and doc[cue.i - 1].text == "," and all(
                self._in_object_case(doc, c) or self._bare_medium(c, cue) or self._dative_name(doc, c, cue)
                for c in after):
            fronted = self.fronted_subject(doc, sent, lo, cue)
            if fronted is not None:  # `Kammenos, zugleich Chef der …, warf der Türkei vor`
                return [fronted]
        parsed = self._parsed_subject(doc, cue, blocked, recent)
        if after and lo == cue.i and not any(self._nominative_after(doc, c) for c in after):
            inserted = self._subject_before_insertion(doc, sent, lo, cue)
            if inserted is not None and self._relative_clause_to_verb(doc, inserted, lo):
                return [inserted]  # `Kjellberg, der …, sieht Youtube als …`: the prefield is one phrase, the subject
        if after and not self._subject_in_prefield(doc, lo, cue, parsed, blocked):
            behind = self._nominative_behind_pronoun(doc, lo, hi, cue, after[0], blocked)
            if behind is not None:  # `Zuvor hatte sie der Minister gewarnt`: she was warned
                return [behind]
            return [self.to_speaker(doc, c, recent) for c in self._coordinated(doc, after, after[0])]
        if parsed is None or parsed.end <= cue.idx:
            inverted = self._subject_after_adverbial(doc, lo, hi, cue, blocked)
            if inverted is not None:  # `Am Dienstag stellte eine Polizeistreife fest`: the subject follows the verb
                return [inverted]
        if (parsed is not None and doc[lo].lower_ in self.subordinators | self.clause_openers
                and parsed.start < doc[lo].idx < parsed.end):
            parsed = None  # `…, wie EADS gestern mitteilte`: a subordinate clause holds its own subject
        if (parsed is not None and lo > sent.start and parsed.end <= doc[lo].idx
                and doc[lo].lower_ in self.clause_openers - self.coordinators):
            parsed = None  # `Die Regierung werde, wie der Minister sagte, …`: not the main clause's subject
        if (parsed is not None and cue.i > sent.start and doc[cue.i - 1].text == ","
                and self._subject_of_clause_before(doc, parsed, cue)
                and not self._second_predicate(doc, sent, cue)):
            parsed = None  # `Die Lage sei ernst, sagte der Sprecher`: the reported clause's subject
            # (`X dokumentierten Unregelmäßigkeiten, kamen aber zum Ergebnis`: a second predicate of X)
        inserted = self._inserted_inquit(doc, sent, cue)
        if inserted and parsed is not None and parsed.end <= cue.idx:
            parsed = None  # `Die Reform, sagte ein Sprecher, sei zu teuer`: the reported clause's subject
        impersonal = any(w in self.impersonal for w in token_words(doc)[1][max(lo, cue.i - 1):min(hi, cue.i + 2)])
        if (doc[lo].lower_ in self.source_prepositions or impersonal) and self.cues.is_speech_verb(cue):
            circles = self._from_circles(doc, lo, hi, blocked, impersonal)  # `Von X hieß es`, `hieß es seitens X`
            if circles is not None and (circles.actor_country or impersonal and (
                    circles.kind == "name" or self._possessed_agent(circles.text))):
                # (`hieß es vom Sprecher Jonas Keller`: the title with the name; `hieß es aus ihrem Büro`: the
                # office of the person the possessive refers to, whom the resolver places)
                return [circles]
        if (cue.i > sent.start and doc[cue.i - 1].text == ","  # `…, betonte der UN-Chef`: the subject follows
                and (inserted or self.fronted_subject(doc, sent, lo, cue) is None)
                and not (parsed is not None and parsed.end <= cue.idx)):  # `Die Vorsitzende …, Ulrike X, fordert`
            phrase = self.noun_phrase(doc, cue.i + 1, hi, blocked, after_verb=True)
            if phrase is not None:
                return [phrase]
        if lo == cue.i and (parsed is None or parsed.start > cue.idx) and not any(
                self._nominative_after(doc, c) for c in after + ([parsed] if parsed is not None else [])):
            inserted = self._subject_before_insertion(doc, sent, lo, cue)
            if inserted is not None:  # `Müller, der seit Jahren im Amt ist, wies die Vorwürfe zurück`
                return [inserted]
        behind = self._subject_behind_fronted_object(doc, sent, lo, hi, cue, parsed, blocked)
        if behind is not None:  # `Die Reform, die …, kritisierte der Minister`: the object opens the sentence
            return [behind]
        if parsed is not None:
            behind = self._nominative_behind_object(doc, lo, hi, cue, parsed, blocked)
            return [behind if behind is not None else parsed]
        fronted = self.fronted_subject(doc, sent, lo, cue)
        if fronted is not None:
            return [fronted]
        phrase = (self._behind_prepositional_prefield(doc, lo, hi, cue, blocked)
                  or self.noun_phrase(doc, lo, cue.i, blocked) or self.noun_phrase(doc, cue.i + 1, hi, blocked, after_verb=True)
                  or self._opening_wie_phrase(doc, sent, lo, blocked))
        if phrase is None and self.cues.is_speech_verb(cue):
            phrase = self._from_circles(doc, lo, hi, blocked)
        if phrase is None:  # `X gilt als …, dementiert aber, …`: the first clause's subject
            return self._shared_subject(doc, sent, lo, cue, blocked, recent)
        return [phrase]

    def _behind_prepositional_prefield(self, doc: Doc, lo: int, hi: int, cue: Token,
                                       blocked: Blocked) -> Speaker | None:
        """`Um 10 Uhr MEZ meldete die Website „Netzblick“, …`: a clause opened by a prepositional
        phrase holds its subject behind the finite verb (as `_after_prefield`), so the first noun
        phrase there, not a word of the prefield, is the speaker no lexicon knows (only in place of
        one: a clause with no phrase at all is left as it was)."""
        if doc[lo].lower_ not in self.prepositions:
            return None
        finite = next((t for t in tokens_of(doc, lo + 1, cue.i + 1) if finite_verb(t)), None)
        if finite is None or self.noun_phrase(doc, lo, finite.i, blocked) is None:
            return None
        if any(mention_at(doc, k) is not None for k in range(lo, finite.i)):
            return None  # `Neben Ägypten verdächtigen auch andere Länder …`: an actor in the prefield, left as it was
        return self.noun_phrase(doc, finite.i + 1, hi, blocked)

    def _nominative_behind_object(self, doc: Doc, lo: int, hi: int, cue: Token, parsed: Speaker,
                                  blocked: Blocked) -> Speaker | None:
        """The parser's subject is the verb's object when a phrase that only a subject can be follows the
        finite verb (`_nominative_behind`): the fronted object (`Die Reform bezeichnete der Minister als
        Fehler`, `Keinen Zweifel ließ der Trainer aufkommen`) or the dative right after the verb (`Am Montag
        sagte der Ministerin ein Berater`); that phrase is the subject. Not across a comma in the prefield."""
        verb = self._finite_of(doc, lo, cue)
        if verb is None or verb.i <= lo or any(t.is_punct or inside(t, blocked) for t in tokens_of(doc, lo, verb.i)):
            return None
        if not (doc[lo].idx <= parsed.start and parsed.end <= verb.idx or parsed.start == doc[verb.i + 1].idx):
            return None  # the parse's subject neither fills the prefield nor stands right after the verb
        behind = self._nominative_behind(doc, verb, hi, blocked)
        return behind if behind is not None and behind.start != parsed.start else None

    def _als_prefield(self, doc: Doc, lo: int, cue: Token) -> bool:
        """The clause opens with `als` before its verb in second place (`Als wichtigste Aufgabe sieht es der
        Minister an, …`): the phrase after `als` is the label the subject gives, never the subject; a
        subordinate `als` clause puts its verb last (`Als die Polizei den Mann sah`)."""
        return (doc[lo].lower_ == "als" and cue.i > lo + 1 and finite_verb(cue)
                and any(t.pos_ not in ("VERB", "AUX") and not t.is_punct for t in doc[cue.i + 1:sentence_bounds(doc, cue.i)[1]]
                        if t.i < cue.i + 3))

    def _plural_behind_singular(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> list[Speaker] | None:
        """A singular prefield before a plural verb (`_plural_after_singular`: `Ein Aushöhlen der Grundrechte
        befürchten die Anwälte`) cannot be the verb's subject, whatever the parser says: the phrase right
        after the verb is, a known actor with each mention a list joins to it (`fordern die SPÖ und die
        Grünen`: both speak)."""
        verb = self._finite_of(doc, lo, cue)
        if (verb is None or verb.i + 2 >= hi or inside(doc[verb.i + 1], blocked)
                or any(inside(t, blocked) for t in tokens_of(doc, lo, verb.i)) or not self._plural_after_singular(doc, lo, verb)):
            return None
        mention = mention_at(doc, self._listed_head(doc, verb.i + 1, hi) or verb.i + 1)
        if mention is not None and mention._.actor_country:
            return self._actor_and_its_list(doc, mention, verb.i + 1, hi, blocked)
        phrase = self.noun_phrase(doc, verb.i + 1, hi, blocked)
        return [phrase] if phrase is not None and phrase.start == doc[verb.i + 1].idx else None

    def _actor_behind_fronted_thing(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> list[Speaker] | None:
        """The prefield (a dateline aside) is one phrase opened by an article whose head is a thing (german.csv
        abstract_noun_ending, non_speaker_noun: `Eine Senkung der Steuern`, `Die Verlängerung der Frist`; not a
        text, medium, rule or body that may speak itself: statement_noun, rule_noun, speaking_body_ending, …:
        `Die Erklärung fordert die Regierung auf`, `Die Parteiführung kritisiert die SPÖ`), no person and no
        known actor in it; right after the finite verb opens a known actor's
        phrase in a case a subject may have (`_listed_head`: `die ÖVP`, `Finanzminister X`): whatever the
        parser says, the thing is the object and the actor, with each mention a list joins to it, the
        subject (`Eine Senkung der Steuern fordert die ÖVP`, `… fordern die SPÖ und die Grünen`). Not where
        the prefield holds a comma, a list or a verb."""
        verb = self._finite_of(doc, lo, cue)
        start = after_dateline(doc, lo)
        if (verb is None or verb.i <= start + 1 or verb.i + 1 >= hi or inside(doc[verb.i + 1], blocked)
                or doc[start].lower_ not in self.articles):
            return None
        prefield = doc[start:verb.i]
        if any(t.is_punct or inside(t, blocked) or t.lower_ in self.list_words or t.pos_ in ("VERB", "AUX")
               or t.text[:1].isupper() and t.i > start and self._person_word(t) or mention_at(doc, t.i) is not None
               for t in prefield):
            return None
        head = next((t for t in prefield[1:] if not self.phrases.modifier(t)), None)
        if head is None or not self.phrases.common_noun(head) or not (
                self.thing(head) or head.lower_.removesuffix("en").endswith(self.abstract_noun_endings)) \
                or head.lower_.removesuffix("en").endswith(self.speaking_nouns):
            return None  # (`Die Erklärung fordert die Regierung auf`, `Die Verordnung verlangt`, `Die Zeitung`)
        j = self._listed_head(doc, verb.i + 1, hi)
        mention = mention_at(doc, j) if j is not None else None
        if mention is None or not mention._.actor_country or mention._.mention == "place" and not (
                doc[verb.i + 1].lower_ in self.articles and doc[verb.i + 1].lower_ not in self.oblique_articles):
            return None
        return self._actor_and_its_list(doc, mention, verb.i + 1, hi, blocked)

    def _actor_and_its_list(self, doc: Doc, mention: Span, lo: int, hi: int, blocked: Blocked) -> list[Speaker]:
        """`fordern die SPÖ und die Grünen`: the speakers of a known actor's mention among the candidates
        from `lo` to `hi`, with each one a list joins to it (`_coordinated`); the mention alone where no
        candidate starts with it."""
        after = self.candidates(doc, lo, hi, blocked)
        chosen = next((c for c in after if isinstance(c, Span) and c.start == mention.start), None)
        group = self._coordinated(doc, after, chosen) if chosen is not None else [mention]
        return [self.to_speaker(doc, c, None) for c in group]

    def _plural_after_singular(self, doc: Doc, lo: int, verb: Token) -> bool:
        """The prefield `lo:verb` (a dateline before it aside) is one phrase in the singular, its article
        and first noun in the tagger's singular and no list or punctuation in it (`Ein Aushöhlen der
        Grundrechte`, `Eine Senkung der Steuern`), the finite verb is in the plural, and right after it
        opens a phrase that may speak (`_listed_head`: `die Anwälte`, `die SPÖ`)."""
        lo = after_dateline(doc, lo)
        if verb.i <= lo + 1 or verb.i + 1 >= len(doc) or morph_values(verb, "Number") != ["Plur"]:
            return False
        prefield = doc[lo:verb.i]
        if any(t.is_punct or t.lower_ in self.list_words for t in prefield):
            return False
        head = next((t for t in prefield if self.phrases.nounish(t)), None)
        return (prefield[0].lower_ in self.articles and morph_values(prefield[0], "Number") == ["Sing"]
                and head is not None and morph_values(head, "Number") == ["Sing"]
                and self._listed_head(doc, verb.i + 1, sentence_bounds(doc, verb.i)[1]) is not None)

    def _listed_head(self, doc: Doc, i: int, hi: int) -> int | None:
        """The head of the noun phrase that opens at token i before token hi when it may be a subject that
        speaks: its article no object's (german.csv object_article), its head a known actor (`die ÖVP`) or a
        noun of persons (`die Bauern`), not after `der` in the tagger's dative or genitive; else None."""
        if i >= hi or doc[i].lower_ in self.object_articles:
            return None
        j = i
        while j < hi and (self.phrases.modifier(doc[j]) or doc[j].is_space and j > i):
            j += 1  # (`die österreichischen  Rechtsanwälte` as scraped)
        if not (j < hi and self.phrases.nounish(doc[j]) and not self.cues.is_verb(doc[j])) \
                or doc[i].lower_ == "der" and self.oblique_case(doc[j]):
            return None  # (`der` in the tagger's dative or genitive; `die` is no object's case of a plural)
        mention = mention_at(doc, j)
        known = mention is not None and mention.start == j and self._known_actor(doc, j, mention.end)
        return j if known or self._persons_noun(doc[j]) else None

    def _singular_behind_plural(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """A finite verb in the singular after a prefield that opens with a plural article (`Die
        streikenden Arbeiter beschrieb die Zeitung als …`): the plural cannot be its subject, so the
        phrase right after the verb that opens with an article in the singular nominative (`die
        Zeitung`, `das Ministerium`, `eine Sprecherin`) speaks. Not across punctuation other than a
        relative clause's commas, nor a plural verb (`Die Arbeiter beschrieben die Lage als …`)."""
        if token_words(doc)[1][lo] != "die":
            return None  # (`_singular_after_plural` needs `die` opening the prefield: asked before the verb is looked for)
        verb = self._finite_of(doc, lo, cue)
        if verb is None or not self._singular_after_plural(doc, lo, verb) or verb.i + 2 >= hi or inside(doc[verb.i + 1], blocked):
            return None
        phrase = self.noun_phrase(doc, verb.i + 1, hi, blocked)
        return phrase if phrase is not None and phrase.start == doc[verb.i + 1].idx else None

    def _singular_after_plural(self, doc: Doc, lo: int, verb: Token) -> bool:
        """The prefield `lo:verb` opens with `die` in the plural (the tagger's number; no `und` in it, and
        its noun no feminine singular by its ending: `Die neue US-Regierung räumt der Sicherheit …`),
        the finite verb is in the singular, and right after it `die`, `das`, `ein`, `eine` in the singular
        nominative opens the verb's subject (`der` may be a dative: `_singular_behind_plural`)."""
        k = verb.i + 1
        head = next((t for t in tokens_of(doc, lo + 1, verb.i) if not (t.is_lower and t.pos_ == "ADJ")), None)  # past adjectives
        if head is None or not (head.text[:1].isupper() and self.phrases.nounish(head)):
            return False  # (`Die in Wien lebende Politikerin`: an attribute's preposition, no plural to judge by)
        return (verb.i - lo >= 2 and k < len(doc) and morph_values(verb, "Number") == ["Sing"]
                and doc[lo].lower_ == "die" and morph_values(doc[lo], "Number") == ["Plur"]
                and not self.resolver.person_nouns.feminine_noun(head.text)
                and not any(w in self.coordinators for w in token_words(doc)[1][lo:verb.i])
                and doc[k].lower_ in self.nominative_articles - {"der"} and morph_values(doc[k], "Number") == ["Sing"]
                and "Nom" in morph_values(doc[k], "Case"))

    def _finite_of(self, doc: Doc, lo: int, cue: Token) -> Token | None:
        """The finite verb of the cue's clause: its auxiliary before it (`hatte … gewarnt`, a participle
        the tagger may read as finite), else the cue when finite."""
        auxiliary = self._auxiliary_before(doc, lo, cue)
        if auxiliary is not None and auxiliary.pos_ == "AUX":
            return auxiliary
        return cue if "Fin" in morph_values(cue, "VerbForm") else auxiliary

    def _nominative_behind_pronoun(self, doc: Doc, lo: int, hi: int, cue: Token, first: Candidate,
                                   blocked: Blocked) -> Speaker | None:
        """A pronoun right after the finite verb (`sie`, `es`, `ihm`) before a phrase only a subject can be
        (`_nominative_behind`: `Zuvor hatte sie der Minister gewarnt`) is the object; that phrase speaks."""
        verb = self._finite_of(doc, lo, cue)
        if isinstance(first, Span) or verb is None or first.i != verb.i + 1:
            return None
        return self._nominative_behind(doc, verb, hi, blocked)

    def _nominative_behind(self, doc: Doc, verb: Token, hi: int, blocked: Blocked) -> Speaker | None:
        """The phrase right after a finite verb in the singular, past an object's pronoun or a phrase
        that is dative by its article (`dem`, `der` before a feminine noun), that only a subject can be:
        `der` or `ein` before a noun of a person in the masculine singular that the tagger reads in
        no oblique case (`der Minister`, `ein Berater`, `der 69-Jährige`; not `der Ministerin`, `der ÖVP`,
        `ein Gesetz`)."""
        if morph_values(verb, "Number") != ["Sing"]:
            return None  # `der Minister` is no subject of a plural verb
        k = verb.i + 1
        if k < hi and doc[k].lower_ in self.object_pronouns:
            k += 1  # `hatte ihm der Minister gesagt`, `hatte sie der Minister gewarnt`
        elif k < hi and doc[k].lower_ in self.dative_articles - {"den"}:
            noun = next((t for t in tokens_of(doc, k + 1, min(hi, k + 4)) if self.phrases.nounish(t)), None)
            if noun is not None and (doc[k].lower_ == "dem" or self.resolver.person_nouns.feminine_noun(noun.text)):
                k = noun.i + 1  # `sagte der Ministerin ein Berater`
        if k >= hi or doc[k].lower_ not in ("der", "ein") or inside(doc[k], blocked):
            return None
        head = next((t for t in tokens_of(doc, k + 1, min(hi, k + 4)) if self.phrases.nounish(t) or NUMBERED_NOUN.fullmatch(t.text)), None)
        adjectival = head is not None and NUMBERED_NOUN.fullmatch(head.text) is not None
        if adjectival:  # `der 69-Jährige`: the ending says nominative (`der 69-Jährigen`: dative or genitive)
            return self._numbered_subject(doc, k, head)
        if (head is None or not head.is_title or self.oblique_case(head) or morph_values(head, "Number") == ["Plur"]
                or self.resolver.person_nouns.feminine_noun(head.text)
                or morph_values(head, "Gender") != ["Masc"]):  # (the tagger's gender: `ein Gesetz` is no `ein Berater`)
            return None
        body = mention_at(doc, head.i)
        if not self.resolver.person_nouns.person_noun(head.text) or body is not None and self._body(body):
            return None  # (`der Ärztekammer`: a body's `-er`, a dative)
        phrase = self.noun_phrase(doc, k, hi, blocked)
        if phrase is None or phrase.start != doc[k].idx:
            return None
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        mention = self._leading_mention(doc, span) if span is not None else None
        return Speaker.of_mention(span, mention) if mention is not None else phrase  # `der Minister Hans Huber`

    @staticmethod
    def _numbered_subject(doc: Doc, k: int, head: Token) -> Speaker | None:
        """`der 69-Jährige`, `ein 30-Jähriger`: an age noun whose ending is the nominative's (`-e` after
        `der`, `-er` after `ein`), the words from the article to it (`_nominative_behind`)."""
        ending = "e" if doc[k].lower_ == "der" else "er"
        if not head.lower_.endswith(ending) or any(t.is_punct for t in tokens_of(doc, k + 1, head.i)):
            return None
        return Speaker.of_phrase(doc[k:head.i + 1])

    def _before_second_predicate(self, doc: Doc, cue: Token, after: list[Candidate]) -> list[Candidate]:
        """The candidates after the cue verb up to a coordinator and a finite verb (`Menschen in Ungarn
        begrüßen Flüchtlinge und unterstützen sie`): the second predicate shares the first one's
        subject, so what follows its verb is its object."""
        lowers = token_words(doc)[1]  # (a Token only after a coordinator)
        second = next((k for k in range(cue.i + 1, sentence_bounds(doc, cue.i)[1] - 1) if lowers[k] in self.coordinators
                       and doc[k + 1].is_lower and finite_verb(doc[k + 1])), None)
        if second is None:
            return after
        return [c for c in after if (c.start if isinstance(c, Span) else c.i) < second]

    @staticmethod
    def _before_missed_verb(doc: Doc, mention: Span, cue: Token) -> bool:
        """A verb right after the mention, before the cue: in a clause read as a bare zu-infinitive it is the
        finite verb the tagger missed, and the mention its subject (`…, der Arzt begann … zu schreiben`)."""
        return mention.end < cue.i and doc[mention.end].pos_ in ("VERB", "AUX") and doc[mention.end].lower_ != "zu"

    def _infinitive_clause(self, doc: Doc, sent: Span, lo: int, cue: Token) -> bool:
        """The cue is the infinitive with `zu` of a clause after a comma that has no finite verb and no
        opener (`…, sie als Kandidatin zu unterstützen`, `…, um sie zu unterstützen`)."""
        if not (lo - 1 > sent.start and doc[lo - 1].text == "," and cue.i > lo and zu_infinitive(doc, cue.i, lo)):
            return False
        return doc[lo].lower_ in self.purpose_openers or self._bare_infinitive_clause(doc, lo, cue)

    def _shared_subject(self, doc: Doc, sent: Span, lo: int, cue: Token, blocked: Blocked,
                        recent: Speaker | None) -> list[Speaker]:
        """`Die Union gilt als wirtschaftsnah, dementiert aber, Spenden zu erhalten`, `Am Montag legt er
        sich nicht fest, stellt aber klar, dass …`: a cue verb that opens a second predicate with no
        subject of its own shares the subject of the sentence's first clause, a main clause in the
        indicative (not `Die Lage sei ernst, …`: reported words; not after a fronted subordinate clause),
        when that subject is an actor or a pronoun (not `Die Daten sind unklar, hieß es`)."""
        end = self._second_predicate_break(doc, lo, cue)
        if end is None or any(t.lower_ in self.impersonal for t in tokens_of(doc, cue.i, cue.i + 3)):
            return []  # `…, hieß es`: nobody's
        start = sent.start
        _, last = clause_range(doc, sent, start, blocked)
        if doc[last].text in DATELINE_DASHES and last + 1 < end and opens_dateline(doc, start):
            start = last + 1  # `Wien – Die Union gilt …`: the dateline is no clause
            _, last = clause_range(doc, sent, start, blocked)
        last = min(last, end)
        finite = next((t for t in tokens_of(doc, start, last) if finite_verb(t)), None)
        opener = doc[start].lower_
        if (finite is None or finite.i >= cue.i or opener in self.subordinators or opener in self.clause_openers
                or self._relative_opener(doc, start) or self.cues.any_subjunctive(doc[start:last])):
            return []
        speakers = self._subjects(doc, sent, finite, blocked, (), recent)
        return [s for s in speakers if s.kind != "phrase"]  # an actor, not `Die Daten`

    def _second_predicate_break(self, doc: Doc, lo: int, cue: Token) -> int | None:
        """The comma before a finite cue verb in the indicative that opens its clause with no subject
        of its own (`…, dementiert aber, …`, `…, fügte jedoch hinzu`), else None."""
        if cue.i != lo or lo == 0 or doc[lo - 1].text != "," or not (
                finite_verb(cue) and cue.is_lower and self.cues.indicative(cue)):
            return None
        after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.lower_ in self.articles
                                  or after.lower_ in self.personal_pronouns):
            return None  # `…, sagte der Minister`: a subject of its own
        return lo - 1

    def _subject_after_adverbial(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """German verb-second order: a prefield that is one adverbial, a prepositional phrase (`Am
        gestrigen Abend`, `Zum Hintergrund der Reform`), before a verb of saying a predicate after `als`
        (german.csv comparison_particle: `Als Ursache gab der Betreiber an`, not `Als weiterer Grund gilt
        die Abwehr`), a time (`Ende März`, `Anfang 2016`) or a lone
        adverb the tagger took for a noun (`Unmissverständlich sagt das Gericht`), leaves the subject to
        the phrase right after the finite verb, the cue or its auxiliary (`Ende April hatte das Duo
        angekündigt`), opened by an article in the nominative (`stellte eine Polizeistreife fest`,
        `verkündete der Fußball-Bund`; not `sagte der Zeitung`, not in the passive, not after a source's
        preposition: `Von Obama stammt der Satz`)."""
        verb = cue if "Fin" in morph_values(cue, "VerbForm") else self._auxiliary_before(doc, lo, cue)
        if verb is None:
            return None
        prefield, nxt = doc[lo:verb.i], verb.i + 1
        if (not len(prefield) or nxt >= hi
                or doc[nxt].lower_ not in self.nominative_articles
                or doc[nxt].lower_ == "der" and (morph_values(doc[nxt], "Case") in (["Dat"], ["Gen"])
                                                  or self._feminine_after(doc, nxt, hi))
                or prefield[0].lower_ in self.source_prepositions  # `Von Obama stammt der Satz`: the source
                or not (prefield[0].lower_ in self.prepositions or self._time_phrase(prefield)
                        or prefield[0].lower_ in self.comparison_particles and self.cues.is_speech_verb(cue)
                        or len(prefield) == 1 and self._adverb_opener(doc, prefield[0], verb))
                or any(t.is_punct or finite_verb(t) or inside(t, blocked) for t in prefield)
                or any(t.lower_ in self.passive_auxiliaries for t in tokens_of(doc, verb.i, hi))):
            return None
        phrase = self.noun_phrase(doc, nxt, hi, blocked)
        if phrase is None or phrase.start != doc[nxt].idx:
            return None
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        head = next((t for t in span if self.phrases.nounish(t) or NUMBERED_NOUN.fullmatch(t.text)),
                    None) if span is not None else None  # (`der 72-Jährige`)
        if head is None or self.thing(head):
            return None
        mention = self._leading_mention(doc, span)
        return Speaker.of_mention(span, mention) if mention is not None else phrase

    def _prefield_before_auxiliary(self, doc: Doc, lo: int, cue: Token, before: list[Candidate],
                                   blocked: Blocked) -> Speaker | None:
        """The noun phrase filling the field before the finite auxiliary of a cue participle when every
        mention stands after the auxiliary (`Das Europäische Parlament hat die Mitgliedsstaaten dazu
        aufgefordert`, `Der Verband hat den Minister aufgefordert`): the middle field holds the verb's
        object, the prefield its subject (`_subject_in_prefield`). Not with a pronoun in the middle
        field, which is the subject (`Die Reform hat sie verteidigt`); not before a finite cue (`Der
        Konflikt hat … heraufbeschworen und Polen fordert`), a full verb (`Das Spiel endete 0:0. X hatte sich …
        entschuldigt`: a sentence end the splitter missed) or a phrase without a nominative article."""
        quantified = doc[lo].lower_ in self.quantifiers  # `Einige der Abgeordneten haben X geschrieben`
        if finite_verb(cue) or doc[lo].lower_ not in self.nominative_articles and not quantified:
            return None
        auxiliary = self._auxiliary_before(doc, lo, cue)
        if quantified and auxiliary is not None:  # the plural verb agrees; the whole prefield is the phrase
            after = doc[auxiliary.i + 1] if auxiliary.i + 1 < cue.i else None
            if (morph_values(auxiliary, "Number") != ["Plur"] or after is None or after.pos_ == "PRON"
                    or any(not isinstance(c, Span) or c.start <= auxiliary.i for c in before)):
                return None  # not `Einige hat er gewarnt`, `Viele davon haben sie …`
            return Speaker.of_phrase(doc[lo:auxiliary.i])
        if auxiliary is None or auxiliary.pos_ != "AUX" or any(
                not isinstance(c, Span) or c.start <= auxiliary.i for c in before):
            return None
        if not self._subject_in_prefield(doc, lo, auxiliary, None, blocked):
            return None
        return self.noun_phrase(doc, lo, auxiliary.i, blocked)

    @staticmethod
    def _auxiliary_before(doc: Doc, lo: int, cue: Token) -> Token | None:
        """The finite auxiliary of a cue participle or infinitive (`Ende April hatte das Duo angekündigt`):
        the first finite verb after the prefield, with no punctuation before the cue."""
        end = cue.i  # (by index: no Span made of the prefield, no Token of a word twice)
        verb = next((t for k in range(lo + 1, end) if finite_verb(t := doc[k])), None)
        if verb is None or any(doc[k].is_punct for k in range(lo, end)):
            return None
        return verb

    def _feminine_after(self, doc: Doc, article: int, hi: int) -> bool:
        """The first noun after `der` ends like a feminine noun (`sagt der Zeitung`, `der Ministerin`;
        `PersonNouns.feminine_noun`, not `der Gouverneur`): a dative or genitive, no subject."""
        noun = next((t for t in tokens_of(doc, article + 1, hi) if self.phrases.nounish(t)), None)
        return noun is not None and self.resolver.person_nouns.feminine_noun(noun.text)

    def _adverb_opener(self, doc: Doc, token: Token, verb: Token) -> bool:
        """A lone opener (`Unmissverständlich sagt …`) that is no bare subject: not a noun of persons
        (`Regierungsvertreter machen …`), not a plural before a verb in the plural
        (`Menschenrechtsorganisationen haben … kritisiert`), and ending like an adverb or an uninflected
        adjective (german.csv adverb_ending: `-lich`, `-ell`), not like a name (`Tsvangirai bemängelt …`)."""
        plural = morph_values(token, "Number") == ["Plur"] and morph_values(verb, "Number") == ["Plur"]
        return (self._lone_opener(doc, token, verb) and not plural
                and token.lower_.endswith(self.adverb_endings)  # `Offiziell`, `Insgesamt`; not `Tsvangirai`
                and not self.resolver.person_nouns.person_noun(token.text))

    def _time_phrase(self, words: Span) -> bool:
        """Words that end in a day, month or time noun (`Ende März`, `Am Montagabend` aside) or a year
        (`Anfang 2016`, `Ende Januar 2006`): a time, which cannot speak."""
        return words[-1].lower_ in self.time_words or year(words[-1])

    def _quoted_person(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """A verb of quoting (german.csv quoting_verb) with a medium as its subject has the person
        quoted as its object, whose words they are: after a comma the medium right after the verb
        (`…, zitierte die Nachrichtenagentur TASR Fico`, `…, zitiert MCV UK den Schweden`), else the
        medium before the verb (`Die Agentur RIA Novosti zitiert dazu Néstor Kirchner mit folgenden
        Worten: „…“`, `Die Zeitung Express zitierte am Donnerstag einen Beamten: …`). The object, past
        an adverb or a day (`dazu`, `am Donnerstag`), opens with an object article or a capitalised word;
        not `zitiert aus einem Bericht`, `zitierte eine Stelle` (no person named)."""
        if cue.lower_ not in self.quoting_verbs or cue.i == 0:
            return None
        if doc[cue.i - 1].text == ",":
            start = self._medium_after(doc, cue.i + 1, hi)
        else:
            start = cue.i + 1 if self._medium_before(doc, lo, cue) else None
        if start is None or start >= hi:
            return None
        return self._quoted_object(doc, self._past_adverbial(doc, start, hi), hi, blocked)

    def citation(self, doc: Doc, sent: Span, cue: Token, blocked: Blocked) -> tuple[Speaker, Speaker] | None:
        """The person quoted and the medium that quotes them with a verb of quoting (`…, zitierte die
        Nachrichtenagentur TASR Fico`, `Der Spiegel zitiert den Prediger mit den Worten …`): the quoted
        words are the person's and, as quoted there, the medium's too (quotes-de marks both); None when
        the verb quotes no person (`_quoted_person`) or the medium is no phrase of its own."""
        lo, hi = clause_range(doc, sent, cue.i, blocked)
        person = self._quoted_person(doc, lo, hi, cue, blocked)
        if person is None:
            return None
        if doc[cue.i - 1].text == ",":
            start, end = cue.i + 1, self._medium_after(doc, cue.i + 1, hi)
        else:
            start, end = lo, cue.i
            while start < end and doc[start].lower_ in self.leading_particles:
                start += 1  # `Auch die Zeitung zitiert …`
        if end is None or end <= start:
            return None
        words = doc[start:end]
        mention = first_mention(words)
        return person, Speaker.of_mention(words, mention) if mention is not None else Speaker.of_phrase(words)

    def _medium_after(self, doc: Doc, start: int, hi: int) -> int | None:
        """The end of the medium that opens the clause after a verb of quoting: an article and a media
        mention or a medium noun with its name in capitals (`die Nachrichtenagentur TASR`); without an
        article a media mention (`CNN`), a web address (`ndr.de`) or capitalised words that no lexicon
        knows right before an object article (`MCV UK den Schweden`)."""
        if doc[start].lower_ not in self.nominative_articles:
            mention = mention_at(doc, start)
            if mention is not None:
                return mention.end if mention.start == start and mention._.actor_type == "media" else None
            if self._web_address(doc[start]):
                return start + 1
            end = start
            while end < min(hi, start + 3) and doc[end].is_alpha and doc[end].text[:1].isupper() \
                    and mention_at(doc, end) is None:
                end += 1
            return end if start < end < hi and doc[end].lower_ in self.object_articles else None
        for j in range(start + 1, min(hi, start + 5)):
            mention = self._media_mention(doc, j)
            if mention is not None and mention.start == j:
                return mention.end
            if self._medium_noun(doc[j]):  # `die Nachrichtenagentur TASR`: an agency's name in capitals belongs to it
                return j + 2 if j + 2 < hi and doc[j + 1].is_upper and doc[j + 2].is_title else j + 1
        return None

    def _medium_before(self, doc: Doc, lo: int, cue: Token) -> bool:
        """The words before the verb are the medium's phrase: articles and adjectives, then a media
        mention (`Der Spiegel`) or a medium noun with its name in capitals or quotation marks after it
        (`Die russische Nachrichtenagentur RIA Novosti`, `Die Zeitung „Kurier“`, `Ein Fernsehsender`)."""
        while lo < cue.i and doc[lo].lower_ in self.leading_particles:
            lo += 1  # `Auch die Zeitung zitiert …`
        head = next((t.i for t in tokens_of(doc, lo, cue.i) if self._medium_noun(t) or self._media_mention(doc, t.i) is not None),
                    None)
        if head is None or not all(t.lower_ in self.articles or t.is_lower and t.is_alpha or t.pos_ == "ADJ"
                                   for t in tokens_of(doc, lo, head)):
            return False
        mention = mention_at(doc, head)
        name = doc[mention.end if mention is not None else head + 1:cue.i]
        return all(t.text[:1].isupper() or t.is_quote or t.text in "„“”»«\"" for t in name)

    @staticmethod
    def _media_mention(doc: Doc, i: int) -> Span | None:
        """The mention of a medium that word `i` belongs to (`der Spiegel`, `CNN`), else None."""
        mention = mention_at(doc, i)
        return mention if mention is not None and mention._.actor_type == "media" else None

    def _past_adverbial(self, doc: Doc, i: int, hi: int) -> int:
        """The index past an adverb (`dazu`, `auch`) or a day (`am Donnerstag`) after a verb."""
        while i < hi and doc[i].lower_ in self.adverbials:
            i += 1
        if i + 1 < hi and doc[i].lower_ in self.prepositions and self._time_phrase(doc[i + 1:i + 2]):
            i += 2
        return i

    def _quoted_object(self, doc: Doc, start: int, hi: int, blocked: Blocked) -> Speaker | None:
        """The person a verb of quoting names as its object: a phrase opened by an object article
        (`den zuständigen Vorstand Jens Bischof`, `einen Augenzeugen`, `den für den Vertrieb zuständigen
        Vorstand`) or a capitalised word (`Fico`, `Polizeisprecher Ralf Meyer`)."""
        end = start
        if doc[start].lower_ in self.object_articles:
            end += 1
        elif not (doc[start].is_title and doc[start].is_alpha):
            return None
        phrase = self.noun_phrase(doc, end, hi, blocked)
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand") if phrase is not None else None
        if span is None and end > start and doc[end].is_title and doc[end].is_alpha:
            span = doc[end:self.phrases.extend_right(doc, end + 1, hi)]  # `einen Vertrauten`: a noun like a verb
        if span is None or span.start > end + 2 and not self._attribute_before(doc, end, span.start):
            return None
        span = doc[start:span.end]
        mention = self._leading_mention(doc, span) or first_mention(span, lambda m: m._.actor_type != "media")
        if mention is not None and mention._.mention in ("place", "group"):
            return None  # `den Schweden`: one Swede, not his state nor the Swedes; the words stay the medium's
        return Speaker.of_mention(span, mention) if mention is not None else Speaker.of_phrase(span)

    def _attribute_before(self, doc: Doc, start: int, noun: int) -> bool:
        """The words between an article and its noun are an attribute ending in an adjective: `für den
        Vertrieb zuständigen` (no punctuation, no finite verb)."""
        words = doc[start:noun]  # (the tagger may read the adjective as a finite verb: `zuständigen`)
        return (noun - start <= 6 and words[-1].is_lower and words[-1].is_alpha
                and not any(t.is_punct or finite_verb(t) for t in words[:-1]))

    def _quoted_subject(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """`Die „Süddeutsche Zeitung“ hatte berichtet`, `Wie die „Aktion Deutschland hilft“ mitteilte`,
        `Wie „heise online“ berichtet`: a name of at most four words in quotation marks that closes
        right before the cue (or the auxiliary before it: `hatte gestern berichtet`), with nothing
        before it in the clause but `wie` and an article, is the subject, marks and article included;
        not when a subject follows the cue
        (`„Nein“ sagte er`, `Die „Reform“ kritisierte er`)."""
        verb = next((t.i for t in tokens_of(doc, lo, cue.i) if t.pos_ == "AUX" and not inside(t, blocked)), cue.i)
        close = verb - 1  # the clause's finite verb follows the subject: `hatte gestern berichtet`
        while close > lo and doc[close].is_lower and doc[close].pos_ == "ADV" and not inside(doc[close], blocked):
            close -= 1  # `Wie die „Aktion Deutschland hilft“ heute mitteilte`: adverbs before the verb
        bracket_end = close + 1
        bracket = self._bracket_before(doc, lo, close)
        if bracket is not None:  # `Das „Space Science Institute“ (SSI) teilte mit`: its abbreviation after the name
            close = bracket - 1
        glued = close - 1 > lo and doc[close - 1].text in QUOTE_PAIRS and GLUED_COMPOUND.fullmatch(doc[close].text)
        if glued:  # `Die „Bild“-Zeitung berichtet`: the name, its closing mark and the compound's noun one token
            opening = close - 1
        elif close <= lo or not any(doc[close].text in closers for closers in QUOTE_PAIRS.values()):
            return None
        else:
            opening = next((t.i for t in reversed(doc[lo:close]) if doc[close].text in QUOTE_PAIRS.get(t.text, "")),
                           None)
        if opening is None or not glued and not 1 <= close - opening - 1 <= 4:
            return None
        if any(t.is_punct and t.text not in "-&'" for t in tokens_of(doc, opening + 1, close)):
            return None  # a sentence or a list in quotation marks
        lead = doc[lo:self._attribute_start(doc, lo, opening)]
        if any(t.lower_ not in self.articles and t.lower_ not in self.clause_openers for t in lead):
            return None
        if any(not isinstance(c, Span) or not (self._in_object_case(doc, c)  # `auf einen Gefängniswärter`
                                                or c.start > 0 and self._article_after_preposition(doc, c.start - 1))
               for c in self.candidates(doc, verb + 1, hi, blocked)) or self.noun_phrase(doc, verb + 1, hi, blocked):
            return None  # `Die „Reform“ kritisierte er`, `… hat die Regierung gelobt`: a fronted object
        start = lead.end - 1 if lead and lead[-1].lower_ in self.articles else lead.end
        phrase = doc[start:bracket_end]
        mention = mention_at(doc, opening + 1)
        if mention is not None and mention.start == opening + 1 and (mention.end == close or mention._.mention == "group"):
            return Speaker.of_mention(phrase, mention)  # `Die „Süddeutsche Zeitung“`, `„BBC News“`: the medium as the actor
        return Speaker.of_phrase(phrase)

    def _attribute_start(self, doc: Doc, lo: int, opening: int) -> int:
        """Start of the attribute between an article and the quoted name at `opening`: lower-case
        adjectives, or an extended attribute that a participle closes (`die liberale „Post“`, `die in
        Tirol erscheinende „Bergpost“`); else `opening`."""
        article = next((t.i for t in tokens_of(doc, lo, opening) if t.lower_ in self.articles), None)
        return article + 1 if article is not None and self._prenominal_attribute(doc[article + 1:opening]) else opening

    def _prenominal_attribute(self, words: Span) -> bool:
        """Words between an article and its noun that a lower-case adjective or participle closes, with
        no verb, punctuation or clause opener among them (`in Tirol erscheinende`, `linksliberale`); a
        present participle (german.csv present_participle_ending) closes one also where the tagger read
        it as a finite verb (`der Partei nahestehende`)."""
        if not words or not words[-1].is_lower:
            return False
        participle = words[-1].is_alpha and words[-1].lower_.endswith(self.present_participle_endings)
        return (words[-1].pos_ == "ADJ" or participle) and not any(
            t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in self.clause_openers
            for t in (words[:-1] if participle else words))

    def _auxiliary_before_quoted(self, doc: Doc, lo: int, cue: Token) -> Token | None:
        """The finite auxiliary of a cue participle before a quoted name in the middle field (`Am Montag
        hatte „Sport Heute“ berichtet`), the name's quotation marks the only punctuation before the cue."""
        if any(t.is_punct and t.text not in QUOTE_PAIRS and t.text not in CLOSING_MARKS for t in tokens_of(doc, lo, cue.i)):
            return None
        return next((t for t in tokens_of(doc, lo + 1, cue.i) if t.pos_ == "AUX" and finite_verb(t)), None)

    def _quoted_subject_after(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """`„…“, schrieb „Die Zeit“`, `…, schreibt die „Computerwoche“`, `erklärte der neue „Oberste Rat“, …`:
        a name of at most four words in quotation marks right after the finite verb (after a nominative
        article and adjectives in lower case), when nothing before the verb in the clause can be its
        subject, is the subject, marks and article included. Not before a phrase that a subject opens
        (`sagte der „Zeit“ ein Sprecher`: the medium is addressed)."""
        verb = self._finite_of(doc, lo, cue)
        if verb is None or verb == cue:
            verb = self._auxiliary_before_quoted(doc, lo, cue) or verb  # `hatte „Sport Heute“ berichtet`
        second = verb is None and self._cue_before_article(doc, lo, hi, cue)
        if second:  # `Darüber hinaus wirft der „Arbeitskreis X“ … vor`: the tagger read the cue as an adjective
            verb = cue
        if verb is None or verb.i < lo or not (second or finite_verb(verb)) or self.candidates(doc, lo, verb.i, blocked):
            return None  # (`…, genannt „BRD-Video“, …`: a participle names, no one speaks)
        first = lo  # `Kurz nach dem Putsch erklärte …`: a prefield of adverbs and a prepositional phrase
        while first < verb.i and (doc[first].pos_ == "ADV" or doc[first].lower_ in self.leading_particles):
            first += 1
        timed = first < verb.i and self._time_phrase(doc[first:verb.i])
        if doc[first].lower_ not in self.prepositions and not timed and any(
                self.phrases.nounish(t) and not inside(t, blocked) for t in tokens_of(doc, first, verb.i)):
            return None  # (`Der Staatssekretär sagte der „Zeitung“`: the prefield holds the subject; `Ende Januar
            # 2006 verkündete der „…“`: a time, no subject)
        k = start = verb.i + 1
        if k < hi and doc[k].lower_ in self.nominative_articles:
            k += 1
        while k < min(hi, start + 3) and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
        if k > start and k < hi and doc[k].text not in QUOTE_PAIRS:  # `die in Tirol erscheinende „Bergpost“`
            opening = next((t.i for t in tokens_of(doc, k, min(hi, k + 6)) if t.text in QUOTE_PAIRS), None)
            if opening is not None and self._prenominal_attribute(doc[start + 1:opening]):
                k = opening
        end = self.phrases.quoted_name_end(doc, k, hi)
        if end is None or end - k - 2 > 4 or not doc[k + 1].text[:1].isupper() or any(
                t.is_punct and t.text not in "-&'." for t in tokens_of(doc, k + 1, end - 1)):
            return None
        if doc[start].lower_ in self.nominative_articles & self.dative_articles and (
                doc[end - 2].lower_.endswith(self.feminine_endings) or end < hi and (
                    doc[end].lower_ in self.nominative_articles or mention_at(doc, end) is not None)) \
                and not self._masculine_body_name(doc, k + 1, end - 1):
            return None  # `sagte der „Berliner Zeitung“`: a dative
        phrase = doc[start:self._bracket_after(doc, end)]  # `teilte das „… Institute“ (SSI) mit`
        mention = mention_at(doc, k + 1)
        if mention is not None and mention.start == k + 1 and mention.end == end - 1:
            return Speaker.of_mention(phrase, mention)
        return Speaker.of_phrase(phrase)

    def _cue_before_article(self, doc: Doc, lo: int, hi: int, cue: Token) -> bool:
        """A cue the tagger read as no finite verb (`wirft` as an adjective) with a nominative article and a
        quotation right after it and no article before it: the verb in second place, the name its subject."""
        return (cue.pos_ not in ("VERB", "AUX") and lo < cue.i and cue.i + 2 < hi
                and doc[cue.i - 1].lower_ not in self.articles and doc[cue.i + 1].lower_ in self.nominative_articles
                and doc[cue.i + 2].text in QUOTE_PAIRS)

    def _masculine_body_name(self, doc: Doc, start: int, end: int) -> bool:
        """A quoted name (its words from `start` to `end`) that opens with a body's masculine noun, also as a
        compound's end (german.csv masculine_body_noun: `Arbeitskreis …`, `Bund der Steuerzahler`,
        `Steuerzahlerbund`), after at most an adjective (`Deutscher Mieterbund`): `der` before it is the
        nominative, so what follows (`wirft der „Arbeitskreis X“ der Regierung vor`) is an object, no subject."""
        for token in doc[start:min(end, start + 2)]:
            if (token.text.replace("-", "").isalpha() and token.text[:1].isupper()  # (`Fußball-Bund`)
                    and token.lower_.endswith(self.masculine_bodies)):
                return True
            if not token.lower_.endswith(("e", "er", "es")):  # (an adjective before it: `Deutscher`)
                return False
        return False

    @staticmethod
    def _bracket_before(doc: Doc, lo: int, close: int) -> int | None:
        """The index of the `(` of a bracket of one to three words that ends at `close` (`(SSI)`), if one does."""
        if doc[close].text != ")":
            return None
        opening = next((t.i for t in reversed(doc[max(lo, close - 4):close]) if t.text == "("), None)
        return opening if opening is not None and opening < close - 1 and opening > lo else None

    @staticmethod
    def _bracket_after(doc: Doc, end: int) -> int:
        """The end of a bracket of one to three words that opens at `end` (`(SSI)`), else `end` (the
        clause may end at the bracket)."""
        if end >= len(doc) or doc[end].text != "(":
            return end
        close = next((t.i for t in tokens_of(doc, end + 1, end + 5) if t.text == ")"), None)
        return close + 1 if close is not None and close > end + 1 else end

    def _opening_wie_phrase(self, doc: Doc, sent: Span, lo: int, blocked: Blocked) -> Speaker | None:
        """`Wie der Vorsitzende Richter, Ottmar Breidling, ausführte, …`, `Wie Steve Marshall, Sprecher
        der UN-Büros, in Bangkok mitteilte, …`: the words between a sentence-opening `Wie` and the
        comma that closes their apposition (its commas split the `wie` clause) are the speaker, named
        by the person among them; not `Wie erwartet, …` or `Wie die Polizei, die …, mitteilte` (a verb)."""
        if doc[sent.start].lower_ != "wie" or lo <= sent.start + 3 or doc[lo - 1].text != ",":
            return None
        words = doc[sent.start + 1:lo - 1]
        if (len(words) > 14 or not any(t.text == "," for t in words) or words[0].is_punct
                or not (self.phrases.nounish(words[0]) or words[0].lower_ in self.articles)
                or any(t.pos_ in ("VERB", "AUX") or inside(t, blocked) for t in words)):
            return None
        named = first_mention(words, lambda mention: mention.label_ == "PER")
        return Speaker.of_mention(words, named) if named is not None else Speaker.of_phrase(words)

    def _named_source_after_impersonal(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """`hieß es bei Russland Aktuell`, `heißt es bei Siemens`: after an impersonal verb of saying, a
        name without an article after `bei` (german.csv impersonal_source_preposition) right after the
        verb or its `es` is where the words come from: all its capitalised words (`Radio Free Europe`),
        for the actor it names where one is known; none where an article follows (`bei der Polizei`: the
        noun phrase as a subject finds it) or the name is a time or a place alone."""
        for i in range(max(lo, cue.i), hi - 1):
            if doc[i].lower_ not in self.impersonal_source_prepositions or inside(doc[i], blocked):
                continue
            if not (doc[i - 1].lower_ in self.impersonal or i - 1 == cue.i):
                return None  # `hieß es am Montag bei …`: not the words' source right after the verb
            end = i + 1
            while end < hi and word(doc[end]) and doc[end].text[:1].isupper() and not inside(doc[end], blocked) \
                    and doc[end].lower_ not in self.articles and doc[end].lower_ not in self.time_words:
                end += 1
            if end == i + 1:
                return None
            span = doc[i + 1:end]
            holder = first_mention(span, _not_a_place)
            if holder is not None and holder._.actor_country:
                return Speaker.of_mention(span, holder)
            place = first_mention(span, lambda mention: not _not_a_place(mention))
            if place is not None and place.start == span.start and place.end == span.end:
                return None  # `hieß es bei Moskau`: a place
            return Speaker.of_phrase(span)
        return None

    def circles_source(self, doc: Doc, lo: int, hi: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """`Aus dem Ministerium war zu hören, dass …`, `wie aus Regierungskreisen zu vernehmen ist`: a verb of
        perceiving (german.csv circles_infinitive) as a `zu` infinitive with a form of `sein` (copula) in its
        clause, which has no subject, is hearsay; its source is the phrase after `aus` (`_from_circles`) where
        that names an actor of a known side, circles or a body (a word ending in german.csv circles_ending,
        medium_noun or organisation_noun: `Regierungskreisen`, `UN-Kreisen`, `aus dem Sender`, `aus der
        Gewerkschaft`); not `aus der Ferne war zu hören`, `aus dem Nachbarhaus`."""
        if cue.i == lo or doc[cue.i - 1].lower_ != "zu" or not any(t.lower_ in self.copulas for t in tokens_of(doc, lo, hi)):
            return None
        phrase = self._from_circles(doc, lo, hi, blocked)
        if phrase is None:
            return None
        if phrase.actor_country or any(word.lower().endswith(self.circles_endings)
                                       and not word.lower().endswith(self.region_circles) for word in phrase.text.split()):
            return phrase
        return None

    def _possessed_agent(self, text: str) -> bool:
        """`ihrem Büro`, `seinem Umfeld`: a possessive and an agent noun (german.csv agent_noun), someone's
        office or staff, who speak for the person the possessive refers to (`possessive_holder`): the resolver's
        test (`ReferenceResolver.possessed_agent`) of the text's words."""
        return self.resolver.possessed_agent(text.lower().split())

    def _from_circles(self, doc: Doc, lo: int, hi: int, blocked: Blocked, impersonal: bool = False) -> Speaker | None:
        """`Aus Militärkreisen verlautete, …`, `Wie aus Unternehmenskreisen verlautete`, `hieß es vom
        Abgeordneten X`, `hieß es seitens der Regierung`: a verb of saying with no subject at all has its
        source after `aus` (german.csv origin_preposition) or `von`, `seitens` (holder_preposition): the
        noun phrase, without the preposition, for the actor it names (`aus dem Büro des Ministerpräsidenten
        X`, `von der griechischen Regierung`; not a place or a medium), after `hieß es` (`impersonal`) also
        for a person of no known side with the title before the name (`vom Sprecher Jonas Keller`)."""
        for i in range(lo, hi - 1):
            if doc[i].lower_ not in self.source_prepositions or inside(doc[i], blocked):
                continue
            if doc[i].lower_ not in self.origin_prepositions and not (
                    i == lo or doc[i - 1].lower_ in self.impersonal or self.cues.is_verb(doc[i - 1])):
                continue  # `Seitens X hieß es`, `hieß es vom Abgeordneten`; not `habe von Beginn an betont`
            j = self.phrases.past_modifiers(doc, i + 1, hi)
            if (j < hi and self.phrases.nounish(doc[j]) and not self.cues.is_verb(doc[j])
                    and doc[j].lower_ not in self.time_words):  # not `vom Sonntag`
                span = doc[i + 1:self.phrases.extend_right(doc, j + 1, hi)]
                holder = first_mention(span, _not_a_place)
                if holder is not None and holder._.actor_country and holder._.actor_type != "media":
                    return Speaker.of_mention(span, holder)
                named = first_mention(span, is_person_name) if impersonal else None
                if named is not None:
                    return Speaker.of_mention(span, named)  # (`hieß es vom Sprecher Jonas Keller`: a person of no known side)
                return Speaker.of_phrase(span)
        return None

    def _with_coordinated_phrase(self, doc: Doc, speaker: Speaker, lo: int, cue: Token, blocked: Blocked) -> Speaker:
        """`EU-Kommission und Bundesregierung äußerten Zweifel`, `Sonia und Willy Bogner teilten mit`,
        `Die ÖVP, die SPÖ sowie die Grünen lehnen … ab`: the noun phrases of a list (german.csv
        list_conjunction; commas in a list that a conjunction ends) joined to the speaker's words and
        filling the rest of the subject field (from the clause's start, or up to its verb) speak with
        them; in the middle field, where the object may follow, so does a phrase headed by a known actor
        (`hatten Hollande und UN-Generalsekretär Ban in Paris geworben`, `haben die ÖVP, die SPÖ sowie die
        Grünen … abgelehnt`). One before a comma that opens the clause is an apposition (`Die Chefjuristin
        der Regierung, Anabella Morfin verwies`, `Martin Behrsing, Sprecher des Forums, kommentierte`).
        A subject field opened by an object's or a genitive's article (german.csv object_article, a
        genitive_article no nominative_article is: `Dem Minister Huber und die Caritas`) holds no subject.
        The speaker's words cover them all (the actor stays the known one's; `coordinated_claimants`)."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or not lo <= span.start < span.end <= cue.i or any(inside(t, blocked) for t in tokens_of(doc, lo, cue.i)):
            return speaker  # a pronoun's or title's antecedent elsewhere in the text
        start, end = span.start, span.end
        stop = end
        while stop + 1 < cue.i:
            gap = self._after_spaces(doc, stop, cue.i - 1)  # (`die SPÖ  sowie die Grünen`)
            comma = doc[gap].text == ","
            width = self._joiner_after(doc, gap, cue.i) or int(doc[gap].lower_ in self.list_words)
            if not width:
                break
            j = gap + width
            while j < cue.i and (self.phrases.modifier(doc[j]) or doc[j].is_space):
                j += 1
            if not (j < cue.i and self.phrases.nounish(doc[j]) and not self.cues.is_verb(doc[j])):
                break
            stop = self.phrases.extend_right(doc, j + 1, cue.i)
            after = self._after_spaces(doc, stop, cue.i)  # (`die Volkshilfe  forderten`)
            if not comma and (after == cue.i or finite_verb(doc[after])
                                 or not finite_verb(cue) and self._known_actor(doc, j, stop)):
                end = stop  # (a comma joins only in a list that a conjunction ends)
                break
        opening = lo
        if (start == lo and start - 2 > sentence_bounds(doc, cue.i)[0] and doc[start - 1].text == ","
                and not self._relative_opener(doc, start)):  # not `…, den die New York Times zitiert`
            opening = clause_range(doc, sentence_of(doc, cue.i), start - 2, blocked)[0]  # `Die Chefjuristin der Regierung, Anabella Morfin`
        listed = any(t.lower_ in self.list_words and t.text != "," for t in tokens_of(doc, start, end))
        before = self._before_spaces(doc, start, opening)  # (`Caritas, Volkshilfe  und  die Diakonie`)
        width = self._joiner_before(doc, start, opening) or int(doc[before - 1].lower_ in self.list_words) * (start - before + 1)
        if width and start - width > opening:
            joint = start - width
            first = opening
            while first < joint and doc[first].is_lower and doc[first].lower_ not in self.articles \
                    and doc[first].lower_ not in self.prepositions:
                first += 1  # `Wie`, `Auch`, `dass`
            j = self.phrases.past_modifiers(doc, first, joint)
            if (j < joint and self.phrases.nounish(doc[j]) and not self.cues.is_verb(doc[j])
                    and doc[first].lower_ not in self.oblique_articles  # not `Dem Minister Huber und die Caritas`
                    and (self.phrases.extend_right(doc, j + 1, joint) == joint
                         or self._close_apposition(doc, j, joint, end, cue))):
                start = first
        bound = sentence_bounds(doc, cue.i)[0]
        while (joint := self._before_spaces(doc, start, bound)) - 2 >= bound and doc[joint - 1].lower_ in self.list_words and (
                listed or doc[joint - 1].text != ","):  # (`die SPÖ  sowie die Grünen`: a double space)
            before = self._known_actor_before(doc, bound, self._before_spaces(doc, joint - 1, bound), cue)
            if before is None:
                break
            start = before  # `haben die ÖVP, die SPÖ sowie die Grünen`
        if (start, end) == (span.start, span.end):
            return speaker
        words = doc[start:end]
        return Speaker(words.text, words.start_char, words.end_char, speaker.actor, speaker.actor_country,
                       speaker.kind, speaker.actor_type, speaker.actor_id)

    def _close_apposition(self, doc: Doc, head: int, joint: int, end: int, cue: Token) -> bool:
        """`Das Magazin Konsument und die Stiftung Warentest stellen fest`: a noun with a name no lexicon
        knows right after it (two or three capitalised words, no verb) is the first member of a list that
        fills the prefield up to the finite verb; the prefield holds one phrase."""
        return (finite_verb(cue) and 1 <= joint - head - 1 <= 2
                and all(t.is_space for t in tokens_of(doc, end, cue.i))
                and all(self.phrases.nounish(t) and not self.cues.is_verb(t) and not t.is_space
                        for t in tokens_of(doc, head + 1, joint)))

    def _correlative_prefield(self, doc: Doc, lo: int, cue: Token, blocked: Blocked) -> Speaker | None:
        """`Sowohl die Gewerkschaft als auch der Verband kritisierten …`, `Sowohl X als auch Y haben … abgelehnt`:
        a prefield opened by a list opener (german.csv list_opener) and joined by a list conjunction of
        several words (`als auch`) before a verb in the plural is the subject: the whole list but its
        opener, which the tagger reads as a noun; its actor is its first known actor (`coordinated_claimants`
        gives each of the others). Not a list of places or times (`Sowohl in Wien als auch in Graz`)."""
        if doc[lo].lower_ not in self.list_openers or lo + 1 >= cue.i:
            return None
        finite = cue if finite_verb(cue) else self._finite_of(doc, lo, cue) or cue  # (`kritisierten`, read as no finite form)
        if finite is None or finite.i <= lo + 1 or any(inside(t, blocked) or self.cues.is_verb(t) and t.i != finite.i
                                                       for t in tokens_of(doc, lo + 1, finite.i)):
            return None
        words = doc[lo + 1:finite.i]
        joints = [k for k in range(1, len(words) - 2) if self._joining(words[k:k + 2])]
        if not joints or "Sing" in morph_values(finite, "Number") or any(
                words[k].lower_ in self.prepositions or words[k].like_num for k in (0, joints[0] + 2)):
            return None  # (`Sowohl in Wien als auch in Graz`, `Sowohl die Reform als auch das Budget kritisierte er`)
        named = first_mention(words, lambda mention: bool(mention._.actor_country) and mention._.mention != "place")
        return Speaker.of_mention(words, named) if named is not None else Speaker.of_phrase(words)

    def _known_actor(self, doc: Doc, head: int, end: int) -> bool:
        """The phrase from its head word to `end` is a known actor's mention with a side, a name
        (`UN-Generalsekretär Ban Ki-moon`, `die Grünen`; not a place, not an office without its holder:
        `die Sportminister der EU`, which quotes-de leaves to the phrase alone)."""
        mention = mention_at(doc, head)
        if mention is None or mention.end > end or not mention._.actor_country or mention._.mention == "place":
            return False
        if mention._.role and mention._.actor == f"{mention._.role} ({mention._.actor_country})":
            return False
        return self.phrases.extend_right(doc, mention.end, end) == end

    def _known_actor_before(self, doc: Doc, lo: int, joiner: int, cue: Token) -> int | None:
        """Where the phrase that ends at the list word `joiner` starts when a known actor's mention heads
        it and the sentence's start, another list word or the finite verb of a verb-final cue comes
        before it (`Die ÖVP,`, `haben die ÖVP,`; not `kritisierte die ÖVP, die SPÖ und die Grünen lehnten
        ab`), else None. A finite verb there is an auxiliary, or the cue is no finite verb (`haben …
        abgelehnt`, whose participle the tagger may read as finite)."""
        mention = mention_at(doc, joiner - 1)
        if mention is None or mention.start < lo or not self._known_actor(doc, mention.start, joiner):
            return None
        first = mention.start
        while first > lo and self.phrases.modifier(doc[first - 1]):
            first -= 1
        opening = self._before_spaces(doc, first, lo)
        if opening == lo or doc[opening - 1].lower_ in self.list_words or (finite_verb(doc[opening - 1]) and (
                not finite_verb(cue) or doc[opening - 1].pos_ == "AUX")):  # (`abgelehnt`, read as finite)
            return first
        return None

    def _where_written(self, doc: Doc, cue: Token, lo: int, hi: int, blocked: Blocked,
                       recent: Speaker | None = None) -> Speaker | None:
        """`In einem Positionspapier des Ministeriums heißt es, …`, `heißt es in dem Schreiben`: a verb of
        saying whose subject is the impersonal `es` (german.csv impersonal_pronoun) names no speaker;
        the text it is written in (after text_preposition `in`, `im`) or the group (`in der ÖVP`) speaks:
        the actor the text names (`einer Aussendung der Kammer`, not a medium's report), else the one who
        spoke just before (`Die Ärztekammer kritisierte … . …, hieß es in einer Aussendung`). Likewise a
        passive opened by the text (`In einer Pressemitteilung wird gefordert, …`)."""
        if not self.cues.is_speech_verb(cue):  # (asked first: nothing else matters for a cue of another kind)
            return None
        lowers = token_words(doc)[1]  # (the words around the verb by index: no Token made of each)
        impersonal = any(lowers[k] in self.impersonal for k in range(max(lo, cue.i - 1), min(hi, cue.i + 2, len(doc)))
                         if k != cue.i)
        fronted = self._text_before_relative_clause(doc, lo, cue)  # `In dem Bericht, der …, heißt es`
        opening = None if impersonal else self._passive_opening(doc, lo, cue, fronted)
        if not (impersonal or opening is not None):  # not `Spannungen gibt es … in der Türkei`
            return None
        antecedent = self._text_antecedent(doc, lo, cue) if impersonal else None
        if antecedent is not None:  # `…, eine Erklärung der Behörde, in der es heißt, …`
            return antecedent
        places = [opening] if opening is not None else [lo, *range(cue.i + 1, hi)]
        if fronted is not None and fronted[0] not in places:
            places.append(fronted[0])
        whole = hi
        for i in places:  # `In X heißt es`, `heißt es in X`; not `Die WHO in Genf hält es`
            hi = fronted[1] if fronted is not None and i == fronted[0] else whole  # the phrase ends at the relative clause
            if doc[i].lower_ not in self.text_prepositions or inside(doc[i], blocked):
                continue
            j = self.phrases.past_modifiers(doc, i + 1, hi)
            if j < hi and doc[j].pos_ == "ADP":  # `in einer am Montag in Brüssel verbreiteten Erklärung der X`
                j = self._extended_attribute_noun(doc, j, hi)
            if j < hi and doc[j].lower_ in self.time_words:
                continue  # `Im Oktober hieß es`, `Im Oktober wurde … behauptet`: when, not where
            named = mention_at(doc, j) if j < hi else None
            if named is not None and named.start == j:  # `heißt es in der ÖVP`: the party speaks
                return None if named._.mention == "place" else self.speaker_from_span(named)  # not `in der Türkei`
            if j < hi and self.phrases.nounish(doc[j]):
                article = j > i + 1  # `im Bericht`: the article is inside the preposition
                span = doc[i + 1 if article else j:self.phrases.extend_right(doc, j + 1, hi)]
                holder = first_mention(span, _not_a_place)  # `in New York verbreiteten`: where, not who
                if holder is not None and holder._.actor_country and holder._.actor_type != "media":
                    return Speaker.of_mention(span, holder)
                issuer = self._relative_issuer(doc, fronted[1], lo) if holder is None and fronted is not None \
                    and i == fronted[0] else None
                if issuer is not None:  # `In einer Erklärung, die sein Büro verbreitete, hieß es`: its issuer
                    return issuer
                definite = doc[i + 1].lower_ not in self.indefinite_articles  # `im Brief`; not `in einem Brief`
                owner = self._earlier_owner(doc, doc[j], lo) if holder is None and definite else None
                if owner is not None:  # `ein Brief von X an …` before: X's letter, not the one who spoke last
                    return Speaker.of_mention(span, owner)
                if (holder is None and recent is not None and recent.actor_country
                        and doc[j].lower_.endswith(self.statement_nouns)):  # not `in dem Urteil`, `im Bericht`
                    return Speaker(span.text, span.start_char, span.end_char, recent.actor,
                                   recent.actor_country, "description")
                return Speaker.of_phrase(span)
        return self._text_named_before(doc, cue, lo, hi, blocked) if impersonal else None

    def _relative_issuer(self, doc: Doc, comma: int, end: int) -> Speaker | None:
        """The subject opening the relative clause after `comma` (up to `end`) on a text (`In einer
        Pressemitteilung, die sein Büro verbreitete, hieß es`, `…, die das Ministerium veröffentlichte, …`):
        who issued the text speaks; a possessive and an agent noun (`sein Büro`: the person the possessive
        refers to, whom the resolver places) or a mention of an actor with a side (not a place, not a
        medium), right after the relative pronoun (not `…, die an die Regierung ging`: an addressee), where
        the clause's verb issues a text (german.csv issuing_verb; not `…, die der Minister kritisierte`)."""
        start = comma + 2  # the relative pronoun right after the comma, no preposition before it
        if (start + 1 >= end or doc[comma + 1].lower_ not in self.relative_pronouns
                or not any(t.lower_ in self.issuing_verbs for t in tokens_of(doc, start, end))):
            return None
        words = doc[start:start + 2]
        if self._possessed_agent(words.text):
            return Speaker.of_phrase(words)
        named = mention_at(doc, start + 1) if doc[start].lower_ in self.articles else mention_at(doc, start)
        if (named is None or named.end > end or not named._.actor_country or named._.mention == "place"
                or named._.actor_type == "media"):
            return None
        return Speaker.of_mention(doc[start:named.end], named)

    def _text_named_before(self, doc: Doc, cue: Token, lo: int, hi: int, blocked: Blocked) -> Speaker | None:
        """`Die Hamas veröffentlichte ein Kampflied. Der Krieg sei nicht vorbei, heißt es darin.`, `… verweist
        an das Ministerium. Dort heißt es, …`: a german.csv `text_adverb` next to the impersonal verb of saying
        takes up what the sentence before named last, the text's author or the office; its last actor mention,
        when the text places it and it is no place (`In Kiew … . Dort hieß es`: where, nobody speaks), with
        that mention's type."""
        adverb = next((t for t in tokens_of(doc, max(lo, cue.i - 2), min(hi, cue.i + 4)) if t.lower_ in self.text_adverbs
                       and not inside(t, blocked)), None)
        start = sentence_bounds(doc, lo)[0]
        if adverb is None or start == 0:
            return None
        before = sentence_bounds(doc, start - 1)
        mentions = mentions_in(doc[before[0]:before[1]])
        last = mentions[-1] if mentions else None
        if last is None or last._.mention == "place" or not last._.actor_country:
            return None
        # (of the office named, not of the actor's first mention: `das Verkehrsministerium`, a government
        # the actor `Österreichische Regierung` names, where the text named the state `Österreich` before)
        return replace(Speaker.of_mention(doc[adverb.i:adverb.i + 1], last), actor_type=mention_field(last, "actor_type"))

    def _extended_attribute_noun(self, doc: Doc, j: int, hi: int) -> int:
        """Index of the noun an extended attribute opened at j by a preposition leads to (`einer am Montag in
        Brüssel verbreiteten Erklärung`: the noun after the attribute's participle or adjective, the text that
        is written), else j: the preposition's phrase is part of the attribute, not the text."""
        for k in range(j + 2, hi):
            if doc[k - 1].pos_ in ("ADJ", "VERB") and self.phrases.nounish(doc[k]):
                return k
        return j

    def _earlier_owner(self, doc: Doc, noun: Token, start: int) -> Span | None:
        """The placed actor named right after an earlier mention of the same text noun (`ein Brief von
        Irmgard Griss an …`, `die Aussendung der Kammer`), the nearest such: the owner of `im Brief`,
        `in der Aussendung`, also when someone spoke about the text in between; `start`: the clause's."""
        for earlier in reversed(doc[:start]):
            if earlier.lower_ != noun.lower_:
                continue
            k = earlier.i + 1
            if k < start and doc[k].lower_ == "von":
                k += 1
            while k < start and doc[k].lower_ in self.articles:
                k += 1
            owner = first_mention(doc[k:min(start, k + 5)], _not_a_place) if k < start else None
            if owner is not None and owner.start <= k + 1 and owner._.actor_country:
                return owner
        return None

    def passive_text_source(self, doc: Doc, sent: Span, cue: Token, blocked: Blocked,
                            recent: Speaker | None) -> Speaker | None:
        """The text that opens a passive clause of saying (`In einer Pressemitteilung wird gefordert`, also
        before a relative clause on it: `In einer Erklärung, die …, wurde verkündet`)."""
        lo, hi = clause_range(doc, sent, cue.i, blocked)
        if self._passive_opening(doc, lo, cue, self._text_before_relative_clause(doc, lo, cue)) is None:
            return None
        return self._where_written(doc, cue, lo, hi, blocked, recent)

    def _passive_opening(self, doc: Doc, lo: int, cue: Token, fronted: tuple[int, int] | None) -> int | None:
        """Index of the text preposition that opens a passive clause of saying: `In einer Pressemitteilung
        wird gefordert` (`_passive_text_opening`), or `In einer Erklärung, die …, wurde verkündet`, the
        phrase before a relative clause (`fronted`: `_text_before_relative_clause`); None otherwise."""
        opening = self._passive_text_opening(doc, lo, cue)
        if opening is None and fronted is not None and self._passive_participle(doc, lo, cue):
            return fronted[0]
        return opening

    def _passive_text_opening(self, doc: Doc, lo: int, cue: Token) -> int | None:
        """Index of the text preposition of `In einer Pressemitteilung der Organisation wird gefordert, …`
        (also after a particle and the auxiliary: `So wird in einer Pressemitteilung gefordert`): a clause
        whose finite verb is a passive auxiliary before the cue, its participle (which the tagger may read
        as finite: `wurde vermutet`), so the text is all that says it; None otherwise."""
        i = lo
        leading = self.text_leading_words
        while i < cue.i and doc[i].lower_ in leading:
            i += 1
        if i < cue.i and doc[i].lower_ in self.passive_auxiliaries:
            i += 1  # `So wird in …`
        if not (i < cue.i and doc[i].lower_ in self.text_prepositions):
            return None  # (before the cue's morphology is read)
        return i if self._passive_participle(doc, lo, cue) else None

    def _passive_participle(self, doc: Doc, lo: int, cue: Token) -> bool:
        """The cue is a participle (which the tagger may read as finite: `wurde vermutet`) after a passive
        auxiliary of its clause (`wird gefordert`, `wurde verkündet`)."""
        verb_form = morph_values(cue, "VerbForm")
        participle = "Part" in verb_form or "Fin" in verb_form and cue.lower_.endswith("t")
        return participle and any(w in self.passive_auxiliaries for w in token_words(doc)[1][lo:cue.i])

    def _text_antecedent(self, doc: Doc, lo: int, cue: Token) -> Speaker | None:
        """`Die Agentur zitiert eine Erklärung der Behörde, in der es heißt, …`: a relative clause opened by
        a text preposition (`in der`, `in dem`) and a relative pronoun, whose verb of saying has the impersonal
        `es`, says what the noun phrase before its comma holds: that phrase speaks (its placed actor, if it
        names one that is no place); None for anything else."""
        sent = sentence_of(doc, cue.i)
        if not (lo - 2 >= sent.start and doc[lo - 1].text == "," and doc[lo].lower_ in self.text_prepositions
                and lo + 1 < cue.i and doc[lo + 1].lower_ in self.relative_pronouns):
            return None
        phrase = self.phrases.before(doc, sent, lo - 1)
        if phrase is None or mention_at(doc, phrase.end - 1) is not None and mention_at(doc, phrase.end - 1)._.mention == "place":
            return None  # `die Stadt Wien, in der es heißt`: a place, no text
        holder = first_mention(phrase, _not_a_place)
        if holder is not None and holder._.actor_country and holder._.actor_type != "media":
            return Speaker.of_mention(phrase, holder)
        return Speaker.of_phrase(phrase)

    def _text_before_relative_clause(self, doc: Doc, lo: int, cue: Token) -> tuple[int, int] | None:
        """`In dem Bericht, der am Montag erschien, heißt es`, `In einer Erklärung, die …, wurde verkündet`:
        the cue's clause opens right after a relative clause (no comma inside it) on a phrase after a text
        preposition (german.csv text_preposition) that opens the sentence (past leading particles); that
        phrase fills the clause's prefield. The preposition's index and that of the relative clause's
        comma, else None."""
        sent = sentence_of(doc, cue.i)
        if lo - 1 <= sent.start or doc[lo - 1].text != "," or any(self.phrases.nounish(t) for t in tokens_of(doc, lo, cue.i)):
            return None
        first = after_dateline(doc, sent.start)
        while first < lo and doc[first].lower_ in self.text_leading_words:
            first += 1
        if first >= lo or doc[first].lower_ not in self.text_prepositions:
            return None
        comma = next((t.i for t in tokens_of(doc, first + 1, lo - 1) if t.text in (",", ";", ":", "(", "–", "-")), None)
        if comma is None or doc[comma].text != "," or comma - first > 12 or comma + 3 > lo - 1:
            return None
        pronoun = doc[comma + 2] if doc[comma + 1].lower_ in self.prepositions else doc[comma + 1]
        if pronoun.lower_ not in self.relative_pronouns or not self._relative_opening(pronoun.nbor(1)):
            return None
        if any(t.text in CLAUSE_BREAKS for t in tokens_of(doc, comma + 1, lo - 1)):
            return None  # one relative clause, nothing after it
        return first, comma

    def _hearsay_source(self, doc: Doc, candidate: Candidate) -> bool:
        """The mention is the source of a hearsay marker (`laut dem Minister`, `laut ORF`, `dem Minister
        zufolge`): who vouches for the clause, not its subject."""
        start, end = (candidate.start, candidate.end) if isinstance(candidate, Span) else (candidate.i, candidate.i + 1)
        j = start - 1  # back over the article, adjectives and a title before the name (`laut dem neuen Innenminister X`)
        while j >= max(0, start - 4) and (doc[j].lower_ in self.articles or doc[j].pos_ in ("ADJ", "NOUN", "PROPN")):
            j -= 1
        # `X zufolge` after the name; not `sagte X laut einer Aussendung`, where `laut` opens the next phrase
        postposition = end < len(doc) and doc[end].lower_ in self.hearsay_markers and doc[end].pos_ == "ADP" and not (
            end + 1 < len(doc) and (doc[end + 1].lower_ in self.articles or doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ")))
        return j >= 0 and doc[j].lower_ in self.hearsay_markers and doc[j].pos_ == "ADP" or postposition

    def _own_subject_after(self, doc: Doc, source: Candidate, cue: Token) -> str:
        """`Laut Huber lehnt er den Plan ab` ("subject"), `Laut X will die Tochter des Konzerns … finanzieren`
        ("unnamed"): right after the finite verb that follows a hearsay source stands the clause's own subject, a
        nominative pronoun or a phrase opened by a nominative article that names a business no lexicon knows
        (german.csv business_noun, also as a word's end, in the phrase); "" where a name stands there (`Laut
        Baghaei ist Teheran bereit`) or an actor's phrase (`Laut Scholz fordert die SPÖ …`: a person as the source
        speaks for the subject's side, as before), a noun no actor is found for (`will die Regierung …`), or
        anything else."""
        end = source.end if isinstance(source, Span) else source.i + 1
        finite = next((t for t in tokens_of(doc, end, cue.i + 1) if finite_verb(t)), None)
        if finite is None or finite.i + 2 >= len(doc):
            return ""
        subject = doc[finite.i + 1]
        if subject.lower_ in self.subject_pronouns:
            return "subject"
        if subject.lower_ not in self.nominative_articles:
            return ""
        j = subject.i + 1
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1  # `die neue Tochter`
        if j >= len(doc) or mention_at(doc, j) is not None or mention_at(doc, subject.i) is not None \
                or doc[j].pos_ != "NOUN":
            return ""  # `Laut Scholz fordert die SPÖ …`: an actor's phrase, read as before (his side's act)
        while j < min(len(doc), subject.i + 8) and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ")
                                                     or doc[j].lower_ in self.genitive_articles):  # (its attribute)
            if doc[j].lower_.rstrip("s").endswith(self.business_nouns):
                return "unnamed"  # `die Österreich-Tochter des Technologiekonzerns Infineon`
            j += 1
        return ""

    def _hearsay_medium(self, doc: Doc, candidate: Candidate) -> bool:
        """A medium as the source of a hearsay marker (`laut ORF`, `laut der Zeitung X`)."""
        return isinstance(candidate, Span) and candidate._.actor_type == "media" and self._hearsay_source(doc, candidate)

    @staticmethod
    def _after_prefield(doc: Doc, candidates: list[Candidate], lo: int, cue: Token) -> list[Candidate]:
        """`In einem Interview mit der New York Times erklärte der Direktor …`, `In Budapest haben
        tausende Ungarn … protestiert`: a clause opened by a prepositional phrase has no subject before
        its finite verb (the phrase holds the only place there), so mentions inside it are no candidates."""
        finite = next((t.i for t in tokens_of(doc, lo, cue.i + 1) if finite_verb(t)), None)
        if finite is None:
            return candidates
        return [c for c in candidates if (c.start if isinstance(c, Span) else c.i) > finite]

    def _coordinated_predicate(self, doc: Doc, lo: int, cue: Token) -> bool:
        """`Die Gewerkschaften kritisierten, die Maßnahmen seien kosmetisch und drohten mit Streiks`,
        `Rutte lobte …, mahnte aber … an`: the cue is a second predicate of the first clause's subject."""
        if cue.i == lo:
            return self.verb_first_predicate(doc, cue)
        if not (lo < cue.i - 1 and doc[cue.i - 1].text.lower() in self.coordinators and self.cues.indicative(cue)):
            return False
        return self.cues.any_subjunctive(doc[lo:cue.i - 1]) or self.verb_first_predicate(doc, doc[lo]) \
            or self.after_infinitive_clause(doc, lo, cue)

    @staticmethod
    def after_infinitive_clause(doc: Doc, lo: int, cue: Token) -> bool:
        """`Kim warf den USA vor, einen Angriff vorzubereiten und schloss einen Erstschlag nicht aus`: the clause
        before `und` is a zu-infinitive (the first predicate's object, with no finite verb and no subject of its
        own), so the finite cue after `und` goes on with the first predicate's subject; not `…, die Truppen
        abzuziehen und die Sanktionen aufzuheben` (no finite verb after `und`: the cue is no such verb)."""
        last = cue.i - 2
        return finite_verb(cue) and last > lo and doc[last].pos_ == "VERB" and zu_infinitive(doc, last, lo) \
            and not any(finite_verb(t) for t in tokens_of(doc, lo, last))  # (the tagger may read `vorzubereiten` as a participle)

    def verb_first_predicate(self, doc: Doc, verb: Token) -> bool:
        """A finite cue verb in the indicative opening a clause right after a comma, with no subject
        after it (`…, lehnt jede Präsenz … ab`, `…, mahnte aber … an`): a predicate that shares the
        subject before it; a verb of saying followed by a name, article or pronoun is a trailing
        report with a subject of its own (`…, sagte Kurz`, `…, betonte der UN-Chef`), and the verb after
        a fronted subordinate clause is the main clause's."""
        if not (verb.i > 1 and doc[verb.i - 1].text == "," and verb.is_lower and self.cues.indicative(verb)
                and self.cues.is_verb(verb)):
            return False
        before, _ = clause_range(doc, sentence_of(doc, verb.i), verb.i - 2, [])
        opener = doc[before].lower_
        if opener in self.subordinators or opener in self.source_openers or self._relative_opener(doc, before):
            # `Während Putin … abtut, bezeichnet dieser …`, `Wie die Zeitung berichtet, lehnt X … ab`: the
            # main clause's own verb and subject
            return False
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        return not (after is not None and self.cues.is_speech_verb(verb)
                    and (after.text[:1].isupper() or after.lower_ in self.articles
                         or after.lower_ in self.personal_pronouns))

    def _purpose_subjects(self, doc: Doc, sent: Span, lo: int, cue: Token, blocked: Blocked) -> list[Candidate]:
        """The subject(s) of the main clause before an `um … zu` clause whose infinitive is the cue
        (`hatten Xi und Obama ihr Treffen genutzt, um … zu verkünden`): a purpose clause has no
        subject of its own; nor has a bare infinitive clause after a predicate that is no cue
        (`Pühringer war bemüht, jeden Eindruck zu vermeiden`)."""
        if not ((doc[lo].text.lower() in self.purpose_openers or self._bare_infinitive_clause(doc, lo, cue))
                and lo - 1 > sent.start and doc[lo - 1].text == "," and zu_infinitive(doc, cue.i, lo)):
            return []
        main_lo, _ = clause_range(doc, sent, lo - 2, blocked)
        main = doc[main_lo:lo - 1]
        if self.cues.any_subjunctive(main) or doc.has_annotation("POS") and not any(
                finite_verb(t) and self.cues.indicative(t) for t in main):
            return []  # `China übertreibe die Gefahr, um … zu begründen`: someone else's reported content
        if doc[lo].lower_ not in self.purpose_openers and (
                self.phrases.nounish(doc[lo - 2]) or any(t.pos_ != "AUX" and self.cues.is_verb(t) for t in main)
                or any(t.lower_ in self.cues.pronominal_adverbs for t in main)):
            # `ein Versuch, … zu signalisieren` (the noun's infinitive); `forderte X auf, … zu` (X's);
            # `verständigten sich darauf, … zu erklären` (the infinitive is what they agreed on)
            return []
        found = [c for c in self.candidates(doc, main_lo, lo - 1, blocked) if isinstance(c, Token) or c._.actor_country]
        return self._coordinated(doc, found, found[0]) if found else []

    def _bare_infinitive_clause(self, doc: Doc, lo: int, cue: Token) -> bool:
        """`war bemüht, jeden Eindruck zu vermeiden`: a clause with no finite verb and no opener
        (relative pronoun, subordinator) before its infinitive has no subject of its own."""
        if not doc.has_annotation("POS") or doc[lo].lower_ in self.subordinators | self.relative_pronouns:
            return False
        return not any(finite_verb(t) for t in tokens_of(doc, lo, cue.i))

    def _relative_opener(self, doc: Doc, i: int) -> bool:
        """`…, den die New York Times zitiert, …`: a relative pronoun after a comma, not an article of
        the noun after it (`…, die Lage sei ernst`)."""
        if not (doc[i].lower_ in self.relative_pronouns and i > 0 and doc[i - 1].text == "," and i + 1 < len(doc)):
            return False
        after = doc[i + 1]
        return after.lower_ in self.articles or not (self.phrases.nounish(after) or self.phrases.modifier(after))

    def _relative_antecedent(self, doc: Doc, sent: Span, lo: int) -> Span | None:
        """`…, der die Reform gefordert hatte`: a relative clause opened by a subject pronoun speaks for
        the placed mention right before its comma."""
        if not (lo - 2 >= sent.start and doc[lo].text.lower() in self.relative_subjects and doc[lo - 1].text == ","):
            return None
        if self._verb_second_after_article(doc, sent, lo):
            return None  # `…, die Oppositionsparteien demonstrieren seit Tagen und fordern`: a main clause
        span = mention_at(doc, lo - 2)
        if span is None:
            return self._predicate_antecedent(doc, sent, lo - 1)
        return span if span.end == lo - 1 and span._.actor_country else None

    def _verb_second_after_article(self, doc: Doc, sent: Span, i: int) -> bool:
        """`…, die Oppositionsparteien demonstrieren seit Tagen`: `die` opens a main clause as the article
        of its subject when its noun (after lower-case modifiers) is followed by a finite verb and the
        clause goes on after the verb; a relative clause puts its finite verb last (`…, die Reformen
        fordert, …`, `…, die Reformen fordert und …`; `aber`, `jedoch` right after the verb are inside a
        main clause)."""
        k = i + 1
        while k < sent.end - 1 and k - i < 4 and doc[k].is_lower and self.phrases.modifier(doc[k]):
            k += 1
        if not (k + 2 < sent.end and self.phrases.nounish(doc[k]) and finite_verb(doc[k + 1])):
            return False
        after = doc[k + 2]
        return not (after.is_punct or after.lower_ in self.list_words)

    def _predicate_antecedent(self, doc: Doc, sent: Span, comma: int) -> Span | None:
        """`Die FPÖ ist die einzige Partei, die … fordert`, `Damit ist die FPÖ die erste Partei, die …`: a
        relative clause on the predicate noun of a copula (article, lower-case adjectives, a noun no lexicon
        places, right before the comma) speaks for the copula's subject, the placed mention right before
        the copula or right after it; not a noun with a mention of its own (`… ist ein Freund Putins, der …`)."""
        k = comma - 1
        if not (k > sent.start and doc[k].text[:1].isupper() and doc[k].is_alpha):
            return None
        k -= 1
        while k > sent.start and comma - k < 5 and doc[k].is_lower and doc[k].is_alpha \
                and doc[k].lower_ not in self.articles:
            k -= 1  # `die einzige Partei`, `die erste große Fraktion`
        if doc[k].lower_ not in self.articles or k - 1 < sent.start:
            return None
        article = k
        copula = next((j for j in range(article - 1, max(sent.start, article - 6) - 1, -1)
                       if doc[j].lower_ in self.copulas), None)
        if copula is None or any(t.is_punct for t in tokens_of(doc, copula, article)):
            return None
        after = next((m for j in range(copula + 1, article) if (m := mention_at(doc, j)) is not None), None)
        before = mention_at(doc, copula - 1) if copula > sent.start else None
        for span in (after, before):
            if span is not None and span._.actor_country and (span is after and span.end <= article
                                                             or span is before and span.end == copula):
                return span
        return None

    def _unnamed_antecedent(self, doc: Doc, sent: Span, lo: int, cue: Token) -> Span | None:
        """The noun phrase before `, die sagen`: a subject relative pronoun right before the cue verb
        stands for it (a group no lexicon knows: `Kritiker`, `Experten`)."""
        if not (lo - 2 >= sent.start and cue.i == lo + 1 and doc[lo].lower_ in self.relative_subjects
                and doc[lo - 1].text == "," and mention_at(doc, lo - 2) is None):
            return None
        phrase = self.phrases.before(doc, sent, lo - 1)
        return phrase if phrase is not None and not self.thing(phrase[-1]) else None

    def _placed_subject(self, doc: Doc, before: list[Candidate], cue: Token) -> Candidate:
        """German clause order: the first mention before the verb is its subject (`Während Putin
        Selenskyj … abtut`). But a phrase nobody can place that is directly followed by a placed
        name (`Sechs Jahre in der Komfortzone Strugl warnte`: a subheading the scraper glued on)
        gives way to that name when the name ends right before the verb; not across a finite verb
        (`Klaus Luger hat Papst Benedikt gebeten`: the name after `hat` is the object)."""
        first = before[0]
        if len(before) < 2 or not isinstance(first, Span) or first._.actor_country:
            return first
        last = before[-1]
        if not isinstance(last, Span):
            return first  # a pronoun last (`…, für die Griss ebenfalls eintritt`)
        between = doc[first.end:last.start]
        if (last._.actor_country and last.label_ == "PER"
                and cue.i - last.end <= 1 and between.text.strip(" ,").lower() not in ("und", "")
                and not any(finite_verb(t) for t in between)):
            return last
        return first

    def plausible_actor(self, doc: Doc, speaker: Speaker, cue: Token | None = None) -> bool:
        """A phrase no lexicon knows reports an act only as the subject (`Euro`, `Tieren` in `… zu
        Preisen von unter 20 Euro angeboten` are not actors): the parser's, or the phrase that
        fills the field before the cue verb opening the sentence (`Aber die Opposition forderte
        Neuwahlen`, which the small parser reads as a noun with an attribute); in the nominative
        (not `Den Vorschlag … unterstützen manche Staatschefs`) and not headed by a thing that
        cannot speak (`Die Börse reagierte …`, `dieser Index signalisiert …`: german.csv non_speaker_noun)."""
        if speaker.kind != "phrase" or not doc.has_annotation("DEP"):
            return True
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or span[0].text.lower() in self.object_articles:
            return False
        if cue is not None and self._inverted_description(span, cue):
            return True  # (whatever case and function the small tagger and parser give it)
        if (span.start > 0 and doc[span.start - 1].lower_ in self.source_or_relative
                and self._possessed_agent(span.text)):  # `hieß es aus ihrem Büro: …`: the source of a verb of
            return True  # saying without a subject; `In einer Erklärung, die sein Büro verbreitete, hieß es: …`
        if span.start > (first := sentence_bounds(doc, span.start)[0]) and self._singular_after_plural(doc, first, doc[span.start - 1]):
            return True  # `Die Arbeiter beschrieb die Zeitung als …`: the only phrase that can be the subject
        if span.start > first and self._plural_after_singular(doc, first, doc[span.start - 1]):
            return True  # `Ein Aushöhlen befürchten die Anwälte`: the same with a singular prefield
        if cue is not None and self._masculine_description(span) and self._inserted_after(span, cue):
            return True  # `Der 51-Jährige, der …, erklärte`: a nominative, whatever case the small tagger gives it
        head = next((t for t in span if t.dep_ in SUBJECT_DEPS), None)
        if head is None and cue is not None and (self._opening_prefield(span, cue) or self._inserted_after(span, cue)):
            head = self._before_genitive_attribute(span)[-1]
        return head is not None and not self._object_case(head) and not self.thing(head)

    def _masculine_description(self, span: Span) -> bool:
        """`Der 51-Jährige`, `Der frühere Minister`: `der`, adjectives, and a man's noun (`PersonNouns.
        masculine_person`: german.csv person_suffix, age_noun) and nothing else: a nominative, for a dative
        or genitive of one man takes `dem`, `des`."""
        if len(span) < 2 or span[0].lower_ != "der" or not self.resolver.person_nouns.masculine_person(span[-1].text):
            return False
        return all(t.pos_ == "ADJ" or t.is_lower and self.phrases.modifier(t) for t in span[1:-1])

    def _inserted_after(self, span: Span, cue: Token) -> bool:
        """The phrase opens the sentence before a relative clause or apposition in commas right before
        the cue verb (`_subject_before_insertion`: `Der Bürgermeister, der …, wies … zurück`)."""
        doc = span.doc
        if cue.i < 2 or doc[cue.i - 1].text != "," or span.end >= cue.i or span[0].lower_ in self.object_articles:
            return False
        inserted = self._subject_before_insertion(doc, sentence_of(doc, cue.i), cue.i, cue)
        return inserted is not None and (inserted.start, inserted.end) == (span.start_char, span.end_char)

    def _before_genitive_attribute(self, span: Span) -> Span:
        """The phrase up to a genitive attribute after its noun (german.csv genitive_article: `Der Vorsitzende
        der Partei`, `Die Sprecherin des Verbands` → `Der Vorsitzende`, `Die Sprecherin`): its last word is the
        phrase's head, whose case is the phrase's, not the attribute's noun (a genitive or, to the small tagger,
        a dative); the phrase before its apposition (`Jonas Keller, der Unternehmer hinter der Firma` → `Jonas
        Keller`). The whole phrase where no such article or comma follows a noun."""
        cut = next((t.i for t in span[2:] if (t.lower_ in self.genitive_articles or t.text == ",")
                    and self.phrases.nounish(span.doc[t.i - 1])), None)  # (or before its apposition's comma)
        return span.doc[span.start:cut] if cut is not None else span

    def _inverted_description(self, span: Span, cue: Token) -> bool:
        """`Im Dezember warnte der 72-Jährige vor …`, `Am Montag forderte der Politiker …`: a definite
        description of one person right after the finite cue verb is its subject, whatever case the
        small parser gives it: `der` before a man's noun (`PersonNouns.masculine_person`: `person_suffix`,
        `age_noun`; not `sagte der Zeitung`, `der Ministerin`: a dative), `die` before `-Jährige` or a
        woman's noun (`PersonNouns.feminine_person`: `Ministerin`, not the plural `-innen`, nor `Disziplin`)."""
        if span.start != cue.i + 1 or len(span) != 2 or "Fin" not in morph_values(cue, "VerbForm"):
            return False
        article, noun, nouns = span[0].lower_, span[1].text, self.resolver.person_nouns
        if article == "der":
            return nouns.masculine_person(noun)
        if article == "die":
            return nouns.age_noun(noun) or nouns.feminine_person(noun)
        return False

    def named_or_subject(self, doc: Doc, speaker: Speaker, cue: Token) -> bool:
        """A speaker the text places, or a phrase that is the cue's subject: `plausible_actor`, or a
        definite phrase headed by no thing, which the small parser may read as the object (`…, hat die
        Kanzlerin betont`); not `ihre Zustimmung`, `ein Buch`."""
        if speaker.kind != "phrase" or speaker.actor_country or self.plausible_actor(doc, speaker, cue):
            return True
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and span[0].lower_ in self.phrases.definite_articles and not self.thing(span[-1])

    def _opening_prefield(self, span: Span, cue: Token) -> bool:
        """The phrase, opened by a nominative article, is all that stands before the cue verb in
        the sentence's first clause (particles and coordinators aside: `Aber die Opposition forderte`)."""
        if span.end != cue.i or span[0].lower_ not in self.nominative_articles or self.cues.is_subjunctive(cue):
            return False  # (`Nur eine ehrliche Politik verzichte darauf`: someone's reported words)
        before = span.doc[sentence_bounds(span.doc, span.start)[0]:span.start]
        return all(t.lower_ in self.leading_particles or t.is_quote for t in before)

    def _object_in_prefield(self, doc: Doc, candidate: Span, lo: int) -> bool:
        """The mention opens the clause after an article no subject takes: `dem`, `den`, or `der` before a
        feminine noun (`PersonNouns.feminine_noun`: german.csv feminine_ending, or a woman's noun in `-in`: `Der
        Ministerin warf Huber … vor`, `Dem Konzern attestieren Experten …`); then the subject follows the verb. Not `Der Minister …`."""
        before = candidate.start - 1
        opening = before if before >= lo and doc[before].lower_ in self.articles else candidate.start
        if opening != lo:
            return False
        article = doc[opening].lower_
        if article in self.object_articles:
            return True
        if article != "der":
            return False
        noun = next((t for t in tokens_of(doc, opening + 1, candidate.end) if self.phrases.nounish(t)), None)
        if noun is None:
            return False
        return self.resolver.person_nouns.feminine_noun(noun.text)  # (`Gouverneur` is no feminine `-ur`)

    def _in_object_case(self, doc: Doc, candidate: Candidate) -> bool:
        """A mention after an article no subject takes (`dem`, `den`), or after `der` in the tagger's
        dative or genitive (`warf der Türkei vor`); a pronoun or a bare name may be the subject."""
        if not isinstance(candidate, Span) or candidate.start == 0:
            return False
        article = doc[candidate.start - 1].lower_
        return article in self.object_articles or article == "der" and self.oblique_case(candidate[-1])

    def _dative_name(self, doc: Doc, candidate: Candidate, cue: Token) -> bool:
        """A name without an article right after a verb that governs a person in the dative (german.csv
        `dative_verb`: `…, Chef der Behörde, gibt Huber die Schuld`, `dankte Kerry für …`): the one it
        addresses where a subject stands before the verb; not before a dative article or pronoun
        (`…, warf Huber der Regierung vor`: Huber is the subject, the dative follows)."""
        if not (isinstance(candidate, Span) and candidate.start == cue.i + 1 and cue.lower_ in self.dative_verbs
                and doc[candidate.start].is_title and doc[candidate.start].lower_ not in self.articles):
            return False
        nxt = doc[candidate.end] if candidate.end < len(doc) else None
        return nxt is None or nxt.lower_ not in self.dative_articles | self.dative_pronouns

    @staticmethod
    def _bare_medium(candidate: Candidate, cue: Token) -> bool:
        """A medium's name right after the verb, without an article (`…, Karl Huber, sagte Reuters, …`):
        the medium it was said to where a subject stands before the verb."""
        return isinstance(candidate, Span) and candidate.start == cue.i + 1 \
            and mention_field(candidate, "actor_type") == "media"

    @staticmethod
    def oblique_case(token: Token) -> bool:
        """The tagger reads the word as dative or genitive (`der Türkei`, `drohen Demirtaş … Haft`)."""
        return morph_values(token, "Case") in (["Dat"], ["Gen"])

    def _object_case(self, token: Token) -> bool:
        """The tagger's case is one no subject has: dative, genitive, or an accusative whose form
        differs from the nominative (masculine singular, `einen Islamkritiker`)."""
        morph = token.morph
        return self.oblique_case(token) or (morph.get("Case") == ["Acc"] and morph.get("Gender") == ["Masc"]
                                            and morph.get("Number") == ["Sing"])

    def thing(self, token: Token) -> bool:
        """A noun for something that cannot speak, also as a compound's last part (`Aktienkurs`,
        `Wirksamkeit`)."""
        word = token.text.lower()
        return word.endswith(self.non_speaker_nouns)

    def fronted_subject(self, doc: Doc, sent: Span, clause_start: int, cue: Token | None = None) -> Speaker | None:
        """`Steve Witkoff, der Putin in Moskau traf, sprach von …`: a mention that opens the
        sentence and is followed by a comma (apposition or relative clause) is the subject of
        a verb whose own clause names nobody; so is a title with the name after it before a verb of
        saying (`_title_and_name`)."""
        first = after_dateline(doc, sent.start)
        while first < sent.end and doc[first].text.lower() in self.phrases.function_words:
            first += 1
        titled = self._title_and_name(doc, sent, clause_start) if cue is not None and self.cues.is_speech_verb(cue) else None
        if titled is not None:
            return titled
        span = mention_at(doc, first) if first < sent.end else None
        if span is not None and first > sent.start and doc[first - 1].lower_ in self.object_articles:
            return None  # `Den Internationalen Währungsfonds (IWF), dessen …, forderte er auf`: the object comes first
        if span is None:
            return self._fronted_phrase(doc, sent, clause_start)
        if span.end >= sent.end or clause_start <= span.end:
            return None
        after = self._after_bracket(doc, span.end, sent.end)  # `Max Huber (ÖVP), der …,`: the party in brackets
        if doc[span.end].text == "(" and after < clause_start and doc[after].text == ",":
            return self.speaker_from_span(span)
        if doc[span.end].text != ",":  # `Der Vorsitzende der Partei X (PiS), der …,`: the role opens a longer phrase
            phrase = self._fronted_phrase(doc, sent, clause_start) if span._.mention == "role" else None
            if phrase is None:
                return None
            role = self.speaker_from_span(span)  # the role's actor (`PiS`) where its phrase is the fronted one
            return role if (role.start, role.end) == (phrase.start, phrase.end) else phrase
        return self.speaker_from_span(span)

    @staticmethod
    def _after_bracket(doc: Doc, i: int, end: int) -> int:
        """The token after the bracket that opens at token i and closes within six tokens before `end`
        (`(ÖVP)`, `(Grüne)`), else i."""
        if i >= end or doc[i].text != "(":
            return i
        close = next((t.i for t in tokens_of(doc, i + 1, min(end, i + 7)) if t.text in "()"), None)
        return close + 1 if close is not None and doc[close].text == ")" and close + 1 < end else i

    def _subject_before_insertion(self, doc: Doc, sent: Span, lo: int, cue: Token) -> Speaker | None:
        """The phrase that opens the sentence before a relative clause or apposition in commas, right
        after which the cue verb stands (`Müller, der seit Jahren im Amt ist, wies … zurück`, `Müller,
        Chef der Behörde, warnte`): the verb's prefield, so its subject (`fronted_subject`). Not a phrase
        after a preposition (`In Berlin, wo …, kritisierte X`), nor a reported clause in the commas
        (`Müller, die Lage sei ernst, …`) or none (`Merkel, sagte X, sei …`: the comma right after her)."""
        if lo - 1 <= sent.start or doc[lo - 1].text != ",":
            return None
        fronted = self.fronted_subject(doc, sent, lo, cue)
        span = doc.char_span(fronted.start, fronted.end, alignment_mode="expand") if fronted is not None else None
        if span is None or any(t.lower_ not in self.leading_particles or t.lower_ in self.prepositions
                               for t in tokens_of(doc, after_dateline(doc, sent.start), span.start)):
            return None  # (a dateline is no part of the clause: `Wien – Müller, der …, wies … zurück`)
        commas = [t.i for t in tokens_of(doc, span.start, lo - 1) if t.text == ","][:1]
        if span.end < lo - 1 and doc[span.end].text == ",":
            commas.append(span.end)  # (after an apposition the phrase holds: `X, der Trainer der Y, die …, warnte`)
        if not any(comma + 1 < lo - 1 and (self._relative_opener(doc, comma + 1) or not main_clause(doc[comma + 1:lo - 1]))
                   for comma in commas):
            return None
        return fronted

    def _subject_behind_fronted_object(self, doc: Doc, sent: Span, lo: int, hi: int, cue: Token,
                                       parsed: Speaker | None, blocked: Blocked) -> Speaker | None:
        """`Die Reform, die im Mai beschlossen wurde, kritisierte der Minister`: a phrase of no person opens
        the sentence with a relative clause in commas right before the cue verb (the parser's subject, or
        none), and a phrase after the verb can only be its subject: a nominative (`der Minister`, after
        `_nominative_after`), or one of a person after a fronted thing (german.csv non_speaker_noun: `Die
        Forderung, die …, kritisierte die Opposition`). Not where the fronted phrase names a person
        (`fronted_subject`: `Der Chef der X, der …, kritisierte die Reform`)."""
        if lo != cue.i or cue.i - 1 <= sent.start or doc[cue.i - 1].text != ",":
            return None
        if parsed is not None and parsed.end > cue.idx or self.fronted_subject(doc, sent, lo, cue) is not None:
            return None
        first = after_dateline(doc, sent.start)
        comma = self._comma_outside_brackets(doc, first, cue.i, 8)
        if (comma is None or doc[first].lower_ not in self.nominative_articles
                or doc[comma + 1].lower_ not in self.relative_pronouns):
            return None
        heads = [t for t in tokens_of(doc, first + 1, comma) if self.phrases.nounish(t)][:1]
        if not heads or self._person_word(heads[0]):
            return None
        phrase = self.noun_phrase(doc, cue.i + 1, hi, blocked, after_verb=True)
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand") if phrase is not None else None
        if span is None or span.start != cue.i + 1:
            return None
        noun = next((t for t in span if self.phrases.nounish(t)), None)
        if noun is None or self.thing(noun) or not self._person_word(noun):
            return None
        if self._nominative_after(doc, span[1:] if len(span) > 1 and span[0].lower_ == "der" else span):
            return phrase
        definite = span[0].lower_ in self.phrases.definite_articles and not self._object_case(noun)
        return phrase if definite and self.thing(heads[0]) else None

    def _relative_clause_to_verb(self, doc: Doc, speaker: Speaker, lo: int) -> bool:
        """One relative clause stands between the speaker's phrase and the verb's clause at token lo: it
        opens at the comma after the phrase, holds no other comma and ends in its verb (`Kjellberg, der
        viele Abonnenten hat, sieht …`); not a reported clause after it (`X, die …, riskieren, dass …,
        betonte Y`) nor a main clause (`Zehnter, das passt gut, betonte Y`)."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or span.end + 2 >= lo or doc[span.end].text != "," or doc[lo - 1].text != ",":
            return False
        clause = doc[span.end + 1:lo - 1]
        return (self._relative_opener(doc, clause.start) and not any(t.text == "," for t in clause)
                and clause[-1].pos_ in ("VERB", "AUX"))

    def _nominative_after(self, doc: Doc, candidate: Candidate | Speaker) -> bool:
        """A candidate (or the parser's subject) after the verb that only a subject can be: a nominative
        pronoun (german.csv nominative_pronoun: `kritisierte er`) or a phrase opened by `der`, or after it,
        that the tagger reads in no oblique case and with no feminine noun (`kritisierte der Minister`, not
        `der Ministerin`)."""
        if isinstance(candidate, Speaker):
            candidate = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
            if candidate is None:
                return False
            if candidate[0].lower_ in self.articles:
                candidate = doc[candidate.start + 1:candidate.end] if len(candidate) > 1 else candidate
            elif len(candidate) == 1:
                candidate = candidate[0]
        if not isinstance(candidate, Span):
            return candidate.lower_ in self.nominative_pronouns
        if candidate.start == 0 or doc[candidate.start - 1].lower_ != "der":
            return False
        noun = next((t for t in candidate if self.phrases.nounish(t)), candidate[-1])
        return not self.oblique_case(candidate[-1]) and not self.resolver.person_nouns.feminine_noun(noun.text)

    def _titled_prefield(self, doc: Doc, sent: Span, lo: int, cue: Token, after: list[Candidate]) -> Speaker | None:
        """A title and a name in commas (`_title_and_name`) right before the finite verb fill the whole
        prefield: they are the subject of any cue verb there (`Der Bürgermeister, Max Muster (SPD), warnte die
        CDU`, `Die Chefin des Verbands, Anna Beispiel, hat Meier aufgefordert`), the phrase after the verb its
        object; not where that phrase can only be a subject (`…, sagte der Minister`), nor where it names
        a statement whose content the clause after it is (`X, Y, hat Berichte zurückgewiesen, er sei …`:
        the reports' words; german.csv source_noun, statement_noun, also with a plural `-e`)."""
        finite = cue if lo == cue.i else doc[lo]
        if lo <= sent.start or doc[lo - 1].text != "," or not (finite.i == cue.i or finite_verb(finite)):
            return None
        behind = [c for c in after if lo == cue.i] + [c for c in self.candidates(doc, lo + 1, cue.i, [])]
        if any(self._nominative_after(doc, c) for c in behind[:1]):
            return None
        first = behind[0] if behind else None
        end = cue.i if first is None else (first.end if isinstance(first, Span) else first.i + 1)
        if any(self._statement_word(t) for t in tokens_of(doc, cue.i + 1 if lo == cue.i else lo + 1, end)):
            return None  # (the words up to the object's phrase: `Berichte der Zeitung „Kurier“`)
        return self._title_and_name(doc, sent, lo)

    def _statement_word(self, token: Token) -> bool:
        """A noun that names a statement or report (german.csv source_noun, statement_noun, also ending a
        compound or with a plural `-e`: `Berichte`, `Medienberichte`, `Erklärung`)."""
        lower, nouns = token.lower_, self.report_nouns
        return token.text[:1].isupper() and (lower.endswith(nouns) or lower.endswith("e") and lower[:-1].endswith(nouns))

    def _title_and_name(self, doc: Doc, sent: Span, clause_start: int) -> Speaker | None:
        """`Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte`, `Sein Stellvertreter, Max Huber,
        gibt …`: a title phrase (after an article or a possessive) and the person's name (a title word before it:
        `Kanzleramtsminister Max Huber`) in commas (a short bracket after it: `Klaus Berger (SPD),`) filling the
        whole field before the verb's clause are its subject,
        also where the parser lost the subject (a quoted name in it); not a phrase with a verb or a
        second comma (`Die Lage sei ernst, sagte X`, a list of names). `fronted_subject` asks only for verbs
        of saying, as the object of an act may hold the content (`X, Y, hat Berichte zurückgewiesen, er sei
        …`); `_titled_prefield` for any verb whose object names no statement."""
        first = after_dateline(doc, sent.start)  # (`Wien – Der Chef der X, Y, sagte`: not the place)
        while first < sent.end and doc[first].lower_ in self.leading_particles - self.subordinators:
            first += 1
        close = clause_start - 1
        if close - first < 3 or close - first > 16 or doc[close].text != ",":
            return None
        commas = [t.i for t in tokens_of(doc, first, close) if t.text == ","]
        bracket = short_bracket_start(doc, sent, close - 1) if doc[close - 1].text == ")" else None
        name = mention_at(doc, (close if bracket is None else bracket) - 1)  # `Klaus Berger (SPD),`: the party after it
        if (len(commas) != 1 or name is None or not is_person_name(name)
                or not (name.start == commas[0] + 1  # `…, Max Huber,`; `…, Kanzleramtsminister Max Huber,`
                        or name.start == commas[0] + 2 and self._person_word(doc[commas[0] + 1]))
                or not (doc[first].lower_ in self.articles | self.possessive or self.phrases.nounish(doc[first]))
                or mention_at(doc, first) is not None and is_person_name(mention_at(doc, first))
                or any(t.is_lower and t.pos_ in ("VERB", "AUX") or self.cues.is_verb(t) for t in doc[first:commas[0]])):
            return None
        return Speaker.of_mention(doc[first:close], name)

    def _fronted_phrase(self, doc: Doc, sent: Span, clause_start: int) -> Speaker | None:
        """`ToyTalk, das die Puppe entwickelt hat, bestätigte …`, `Der Augenzeuge Abdel Nakur, der …,
        sagte`: a noun phrase no lexicon knows opening the sentence (focus particles aside, no
        preposition or conjunction before it), followed by a relative clause whose comma opens the
        verb's clause; headed by a name (one the NER found too, whatever word class the tagger gives it:
        `Zinedine Zidane, der …, wies … zurück`) or a noun of a person (`person_suffix`), not `Der Ruf, der …`."""
        first = after_dateline(doc, sent.start)
        while first < sent.end and doc[first].lower_ in self.leading_particles - self.subordinators:
            first += 1
        comma = self._comma_outside_brackets(doc, first, sent.end, 8)
        if comma is None or comma + 1 >= clause_start or doc[comma + 1].lower_ not in self.relative_pronouns:
            return None
        phrase = self.noun_phrase(doc, first, comma, [])
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand") if phrase is not None else None
        if span is None or span.start != first or span.end != comma and not (
                span.end < clause_start and doc[span.end].text == ","):
            return None  # (an apposition may end the phrase: `Franco X, der Trainer der Y, die …, warnte`)
        head = doc[comma - 1] if doc[comma - 1].text != ")" else None  # (`Der Blog X (Y)`: the bracket is no head)
        return phrase if self._person_word(head) or self._person_head(doc[first:comma]) else None

    def _person_word(self, token: Token | None) -> bool:
        """A name (a proper noun, one the NER found), a person's role the knowledge base knows, or a noun of
        a person (german.csv person_suffix)."""
        if token is None:
            return False
        role = mention_at(token.doc, token.i)
        return (token.pos_ == "PROPN" or token.ent_type_ == "PER" or self.resolver.person_nouns.person_noun(token.text)
                or role is not None and role._.mention == "role")

    def _person_head(self, words: Span) -> bool:
        """The phrase's head, its nouns before a genitive attribute or a preposition, names a person (`Der
        Chef der Gewerkschaft`, `Der Vorsitzende der Partei X (PiS)`); a genitive attribute's person does not
        make one of a thing (`Die Rede des Ministers`)."""
        heads = []
        for token in words[1:] if words[0].lower_ in self.articles else words:
            if token.lower_ in self.articles or token.lower_ in self.prepositions or token.is_punct:
                break
            heads.append(token)
        nouns = [t for t in heads if self.phrases.nounish(t)]
        return bool(nouns) and self._person_word(nouns[-1])

    @staticmethod
    def _comma_outside_brackets(doc: Doc, start: int, end: int, width: int) -> int | None:
        """The first comma from token `start` within `width` tokens that stand outside brackets (`Der
        Vorsitzende der Partei X (PiS), der …`: the bracket's words take no room), else None."""
        depth, counted = 0, 0
        for token in tokens_of(doc, start, end):
            if token.text == "(":
                depth += 1
            elif token.text == ")" and depth:
                depth -= 1
            elif depth == 0:
                if token.text == ",":
                    return token.i
                counted += 1
            if counted >= width or depth > 1:
                return None
        return None

    def _parsed_subject(self, doc: Doc, cue: Token, blocked: Blocked, recent: Speaker | None) -> Speaker | None:
        """The cue verb's subject phrase from the dependency parse, if there is one."""
        if not doc.has_annotation("DEP"):
            return None
        subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
        for child in cue.children:
            if len(subjects) > 1 and child.i == subjects[0].i and self._lone_opener(doc, child, cue):
                continue  # `Umgekehrt warnte der Minister`: the adverb the parser took for a second subject
            if (child.dep_ in SUBJECT_DEPS and not inside(child, blocked) and not self._dateline(child)
                    and child.text.lower() not in self.not_subjects and not self._date_month(doc, child.i)
                    and (child.pos_ in NOUNISH or not child.pos_
                         or child.text.lower() in self.personal_pronouns)):
                if child.text.lower() in self.personal_pronouns:
                    return self.to_speaker(doc, child, recent)
                if child is not subjects[-1] and self._prepositional_phrase(doc, child):
                    continue  # `Um 10 Uhr MEZ meldete die Zeitung`: a fronted time the parser took for a subject
                phrase = doc[child.left_edge.i:child.right_edge.i + 1]
                if phrase.end <= cue.i or phrase.start > cue.i:  # widen the parser's cut-off apposition
                    phrase = doc[phrase.start:self.phrases.extend_right(doc, phrase.end, sentence_bounds(doc, phrase.start)[1])]
                phrase = self._before_relative_clause(phrase)
                parsed_length = len(phrase)  # a longer parse than 16 words is a misparse, cut or not
                phrase = self._before_verb_preposition(phrase, child)
                glued = [k for k in range(phrase.start + 1, child.i + 1)
                         if doc[k].text[:1].isupper() and doc[k - 1].like_num and doc[k - 1].text.endswith(".")
                         and not (doc[k - 1].text[:-1].isdigit() and int(doc[k - 1].text[:-1]) <= 31)]
                if glued:  # `bisher nur 5.000. Mexikos Innenminister …`: a sentence end the splitter missed (not `9. Juni`)
                    phrase = doc[glued[-1]:phrase.end]
                while phrase.start < child.i and (self._dateline(doc[phrase.start])
                                                  or doc[phrase.start].text in DATELINE_DASHES
                                                  or doc[phrase.start].text == "/" and self._dateline(doc[phrase.start + 1])
                                                  or self._leading_particle(doc[phrase.start])
                                                  or self._clause_opener(doc[phrase.start])):
                    phrase = doc[phrase.start + 1:phrase.end]  # not the dateline (`Berlin – Mehrere Staaten`) nor `Auch`
                phrase = self._before_time(phrase, child)
                phrase = self._before_verb_after_head(phrase, child)
                if (phrase.end < len(doc) and doc[phrase.end].text == ")"
                        and sum(t.text == "(" for t in phrase) > sum(t.text == ")" for t in phrase)):
                    phrase = doc[phrase.start:phrase.end + 1]  # `(DGAC)`: the parser hangs the closing bracket elsewhere
                if parsed_length <= 16 and len(phrase) <= 16 and not any(inside(t, blocked) for t in phrase):
                    head = self._leading_mention(doc, phrase)
                    if head is not None and self._country_genitive_opening(phrase, head):
                        return self._held_by_country(phrase, head)  # `Israels Bürger`: not the state
                    if head is not None:  # `Der Sondergesandte der Vereinten Nationen, Staffan de Mistura,`
                        return Speaker.of_mention(phrase, head)
                    office = self._listed_offices(phrase)
                    if office is not None:  # `Die Regierungschefs von Ungarn, Polen und Tschechien`
                        return Speaker.of_mention(phrase, office)
                    return Speaker.of_phrase(phrase)
        return None

    def _prepositional_phrase(self, doc: Doc, child: Token) -> bool:
        """The parsed subject's words open with a preposition (`Am Ende des Abends (Stand: 0 Uhr)`):
        an adverbial, no nominative; not when they hold a mention (`Von der Leyen`, `Neben Ägypten
        verdächtigen auch andere Länder`: the actor named there is left to the rules as before)."""
        start = child.left_edge
        return (start.i < child.i and start.lower_ in self.prepositions
                and all(mention_at(doc, k) is None for k in range(start.i, child.right_edge.i + 1)))

    @staticmethod
    def colon_label(doc: Doc, sent: Span) -> Span | None:
        """The actor mention that opens the sentence right before a colon (`Mahrer: …`): what
        follows are its words, quotation marks or not (an interview answer, a headline)."""
        span = mention_at(doc, sent.start)
        if span is None or span.start != sent.start or span.end >= sent.end or doc[span.end].text != ":":
            return None
        return span if span._.actor_country else None  # not a heading (`Arbeitswelt: Die SPD fordert …`)

    def _subject_in_prefield(self, doc: Doc, lo: int, cue: Token, parsed: Speaker | None, blocked: Blocked) -> bool:
        """`Die Regierung kritisierte Merkel`, `Der Bericht kritisierte Merkel`: a noun phrase (the
        parser's subject, else the clause's first) fills the whole field before the verb, so the
        name after the verb is its object. Only a phrase opened by a nominative article, in no
        object case and able to speak (not `Den Vorschlag lehnte Merkel ab`), judged by its head noun
        (`Das Nobelkomitee im norwegischen Oslo`, not the dative Oslo); or a bare plural before a verb in
        the plural (`Syrische Aktivisten machen Russland … verantwortlich`)."""
        bare_plural = (morph_values(cue, "Number") == ["Plur"] and doc[lo].text[:1].isupper()
                       and doc[lo].pos_ in ("NOUN", "ADJ") and morph_values(doc[cue.i - 1], "Number") == ["Plur"])
        bare_plural = bare_plural or (doc[lo].lower_ in self.quantifiers and morph_values(cue, "Number") == ["Plur"])
        if (doc[lo].lower_ not in self.nominative_articles and not bare_plural or cue.i - lo < 2 - bare_plural
                or cue.lower_ in self.relay_verbs):
            return False  # (`Die Agentur zitiert X`: the name after a relay verb is whose words they are)
        if cue.i + 1 < len(doc) and (doc[cue.i + 1].lower_ in self.resolver.pronoun_m or doc[cue.i + 1].lower_ == "der"
                                     and not (cue.i + 2 < len(doc) and (self.oblique_case(doc[cue.i + 2])
                                                                         or self._not_masculine(doc[cue.i + 2])))):
            # `Die Kirche Kubas lobte der Papst`, `Die Tat bezeichnete er als sinnlos`: the subject follows; not
            # `Eine Sprecherin sagte der Zeitung`, `… der Deutschen Welle`: `der` in the dative is the addressee,
            # nor `Die Regierung warf der Türkei Wortbruch vor`: `der` before a feminine noun is no nominative
            return False
        phrase = parsed if parsed is not None and parsed.kind == "phrase" else self.noun_phrase(doc, lo, cue.i, blocked)
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand") if phrase is not None else None
        if span is None or span.start != lo or span.end != cue.i:
            return False
        last = span[-1]  # its case or its attribute's, unless that is a seat (`im norwegischen Oslo`)
        heads = self._heads(span)  # or a genitive attribute (`Ein Sprecher des Rates`), whose case is its own
        judged = heads + ([] if self._in_seat(span, last) or last not in heads and self._genitive(last) else [last])
        return not any(self._object_case(t) or self.thing(t) for t in judged)

    @staticmethod
    def _genitive(token: Token) -> bool:
        """The tagger reads the token as a genitive (`des Rates`): an attribute, not the phrase's case."""
        return morph_values(token, "Case") == ["Gen"]

    def _not_masculine(self, token: Token) -> bool:
        """A feminine or plural noun, by its ending (german.csv feminine_ending: `der Türkei`, `der Regierung`)
        or the tagger (`der SPD`): after `der` a dative or genitive, as the nominative `der` is masculine."""
        return token.pos_ in ("NOUN", "PROPN") and (morph_values(token, "Gender") == ["Fem"]
                                                     or morph_values(token, "Number") == ["Plur"]
                                                     or self.resolver.person_nouns.feminine_noun(token.text))

    def _in_seat(self, span: Span, token: Token) -> bool:
        """Token ends a seat inside the phrase: `in`, `im`, `aus` with adjectives before it (`Das
        Nobelkomitee im norwegischen Oslo`), whose dative says nothing about the phrase's case."""
        k = self._before_adjectives(span.doc, token.i, span.start)
        return k > span.start and span.doc[k].lower_ in self.phrases.seat_prepositions

    def _heads(self, span: Span) -> list[Token]:
        """The head nouns of a noun phrase: its first noun and the first noun after each coordinator
        (`Die Bürgerinnen und Bürger`), not its attributes' (`Das Nobelkomitee im norwegischen Oslo`)."""
        heads, open_ = [], True
        for token in span:
            if token.lower_ in self.coordinators:
                open_ = True
            elif open_ and self.phrases.nounish(token):
                heads.append(token)
                open_ = False
        return heads or [span[-1]]

    def _second_predicate(self, doc: Doc, sent: Span, cue: Token) -> bool:
        """`Internationale Wahlbeobachter dokumentierten Unregelmäßigkeiten, kamen aber zum Ergebnis, …`: a
        finite verb opening the clause after a comma, with no subject after it, after a clause in the
        indicative, is a second predicate of that clause's subject (not `Die 82-Jährige sei guter Laune,
        teilte ihr Management mit`: reported words)."""
        if not (finite_verb(cue) and self.verb_first_predicate(doc, cue)):
            return False
        if cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ in self.possessive:
            return False
        before, _ = clause_range(doc, sent, cue.i - 2, [])
        return not self.cues.any_subjunctive(doc[before:cue.i - 1])

    def _inserted_inquit(self, doc: Doc, sent: Span, cue: Token) -> bool:
        """`Die Reform, sagte ein Sprecher, sei zu teuer`, `Faymann, meint ein Experte, habe …`: the cue
        verb opens an inquit in commas inside the reported clause. One phrase (no comma, no finite verb)
        opens the sentence right before the comma before the cue; after the cue, a comma with a finite
        verb right after it goes on with the reported clause: the subject is the phrase after the cue."""
        first = after_dateline(doc, sent.start)
        if cue.i - 2 < first or doc[cue.i - 1].text != ",":
            return False
        if any(t.is_punct or finite_verb(t) for t in tokens_of(doc, first, cue.i - 1)):
            return False  # `Müller, Chef der Behörde, warnte`, `Die Lage sei ernst, sagte …`
        if not any(self.phrases.nounish(t) for t in tokens_of(doc, first, cue.i - 1)):
            return False  # `Ja, sagte Huber, …`
        comma = next((t.i for t in tokens_of(doc, cue.i + 1, sent.end) if t.text == "," or t.is_sent_end), None)
        return (comma is not None and comma > cue.i + 1 and doc[comma].text == "," and comma + 1 < sent.end
                and finite_verb(doc[comma + 1]) and doc[comma + 1].lower_ not in self.relative_pronouns
                and any(self.phrases.nounish(t) for t in tokens_of(doc, cue.i + 1, comma)))

    @staticmethod
    def _subject_of_clause_before(doc: Doc, parsed: Speaker, cue: Token) -> bool:
        """The parser's subject of a verb right after a comma lies before a finite verb of the clause
        before that comma (`Die Lage sei ernst, sagte …`): it is that clause's subject; an apposition
        has no verb of its own (`Die Vorsitzende der X, Ulrike Y, fordert`)."""
        span = doc.char_span(parsed.start, parsed.end, alignment_mode="expand")
        if span is None or span.end >= cue.i:
            return False
        for token in tokens_of(doc, span.end, cue.i - 1):
            if token.is_punct:
                return False  # `Brian Baptie …, die … korrigiert hatte, sagte`: a relative clause of the subject
            if finite_verb(token):
                return True
        return False

    def _before_time(self, phrase: Span, head: Token) -> Span:
        """`Eurostat am Mittwoch`: the parser hangs a time after the subject on it; the speaker's
        words end before a preposition (and article) with a day, month or time noun that ends the
        phrase (`Der Nachfolger des am Montag zurückgetretenen Chefs` stays whole)."""
        doc = phrase.doc
        last = phrase.end - 1
        if last - 1 <= head.i or doc[last].lower_ not in self.time_words:
            return phrase
        preposition = last - 2 if doc[last - 1].lower_ in self.articles else last - 1
        if preposition > head.i and doc[preposition].lower_ in self.prepositions:
            return doc[phrase.start:preposition]
        return phrase

    def _before_verb_preposition(self, phrase: Span, head: Token) -> Span:
        """`der Innenminister gegenüber Medien`, `die Richter auf die fehlende Rechtsgrundlage`: the parser
        hangs the verb's prepositional object on the subject; the speaker's words end before a preposition
        that opens no attribute of a speaker (german.csv verb_preposition), outside a name (`Ärzte ohne
        Grenzen`) and brackets, and before any comma (what follows one is an apposition or a clause)."""
        doc, depth = phrase.doc, 0
        for token in tokens_of(doc, head.i + 1, phrase.end):
            if token.text == ",":
                break
            depth += {"(": 1, ")": -1}.get(token.text, 0)
            if (depth == 0 and token.lower_ in self.verb_prepositions and mention_at(doc, token.i) is None
                    and not token.is_sent_start):
                return doc[phrase.start:token.i]
        return phrase

    def _before_verb_after_head(self, phrase: Span, head: Token) -> Span:
        """`Internationale Wahlbeobachter dokumentierten Unregelmäßigkeiten, kamen aber …`: the parser
        hangs a clause of its own on the subject; a German noun takes no adjective after it, so a verb
        right after the head noun ends the speaker's words (`der am Montag gewählte Präsident` stays),
        also one the tagger took for an adjective (`Die Rebellen dankten Kerry für …`: `_finite_form`)."""
        nxt = head.i + 1
        if (head.i >= phrase.start and nxt < phrase.end and phrase.doc[nxt].is_lower
                and (phrase.doc[nxt].pos_ in {"VERB", "AUX"} or self._finite_form(phrase.doc[nxt]))):
            return phrase.doc[phrase.start:nxt]
        return phrase

    def _finite_form(self, token: Token) -> bool:
        """A lower-case word between two capitalised words with a weak verb's finite ending (`-t`,
        `-te`, `-ten`) that a lexicon lists as a verb form (a cue verb, german.csv `dative_verb`):
        `dankten` of `Die Rebellen dankten Kerry`, which the tagger reads as an adjective."""
        doc, lower = token.doc, token.lower_
        return (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() and token.i > 0
                and doc[token.i - 1].text[:1].isupper() and lower.endswith(("t", "te", "ten"))
                and (lower in self.dative_verbs or self.cues.is_verb(token)))

    def _leading_particle(self, token: Token) -> bool:
        """`Auch`, `Sogar`, `Aber` before a name or an article (`Auch Winfried Hassemer`, `Aber die
        Opposition`): the parser hangs them on the subject, but they are no part of it (`so genannte`
        stays whole)."""
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return (token.lower_ in self.leading_particles and after is not None
                and (after.text[:1].isupper() or after.lower_ in self.articles))

    def _before_relative_clause(self, phrase: Span) -> Span:
        """`Frank Sichau, der als Sprecher der Fraktion fungiert,`: the speaker's words end before a
        relative clause in the parser's subject phrase; a relative pronoun is followed by no noun of
        its own (an apposition is: `Ursula Castrup, die Leiterin der Fachstelle`, `…, die neue Chefin`),
        also after a preposition (`eine Erklärung der Behörde, in der es heißt`). They end too before a
        subordinate clause the parser hung on the phrase (`schreibt das Team des Unternehmens, dass man
        an der Behebung arbeite`: the clause is what it writes)."""
        for token in phrase[1:-1]:
            if token.text != ",":
                continue
            after = token.nbor(1)
            if after.lower_ in self.clause_conjunctions:
                return phrase[:token.i - phrase.start]
            pronoun = after.nbor(1) if after.lower_ in self.prepositions and after.i + 1 < phrase.end else after
            if (pronoun.lower_ in self.relative_pronouns and pronoun.i + 1 < phrase.end
                    and self._relative_opening(pronoun.nbor(1))):
                return phrase[:token.i - phrase.start]
        return phrase

    def _relative_opening(self, token: Token) -> bool:
        """The word after a relative pronoun: no capitalised noun and no adjective of one (an article
        or a possessive of the clause's subject or object may follow: `…, die den Brief unterschrieben`,
        `…, die sein Büro verbreitete`)."""
        return not (token.text[:1].isupper() or token.text.lower() not in self.articles
                    and token.text.lower() not in self.possessive and self.phrases.modifier(token))

    def _lone_opener(self, doc: Doc, token: Token, cue: Token) -> bool:
        """`Offiziell sagt …`, `Umgekehrt warnte …`, `Darüberhinaus will sich …`: a lone capitalised word
        opening the sentence right before its finite verb, which no lexicon knows (at most the statistical
        recogniser's name) and which the text nowhere writes inside a sentence (a name it introduces it
        does: `Hans Gerlach`), is an adverb or adjective the tagger took for a noun, not the subject."""
        if not (token.is_sent_start and token.is_alpha and token.is_title and token.i + 1 <= cue.i
                and doc[token.i + 1].is_lower and doc[token.i + 1].pos_ in {"VERB", "AUX"}
                and not any(t.is_punct for t in tokens_of(doc, token.i + 1, cue.i))):
            return False  # (not `Denkbar sei …, sagte eine Person`: the verb of another clause)
        span = mention_at(doc, token.i)
        if span is not None and (len(span) > 1 or span._.actor_id or span._.mention != "name"):
            return False
        if token.lower_ in self.personal_pronouns or token.lower_ in self.demonstratives \
                or token.lower_ in self.quantifiers:
            return False  # `Beide fordern …`: a pronoun heads a noun phrase
        texts = token_words(doc)[0]  # (a Token only for a word of the same text)
        return not any(text == token.text and not doc[k].is_sent_start for k, text in enumerate(texts))

    @staticmethod
    def _dateline(token: Token) -> bool:
        """`Wien – …`: the place of a dateline, which the parser may take for a subject."""
        return token.is_title and opens_dateline(token.doc, token.i)

    def _leading_mention(self, doc: Doc, phrase: Span) -> Span | None:
        """The placed actor mention that heads a phrase: its first noun after articles and
        adjectives (`Der Sondergesandte …`), not an attribute (`die Absicht der Union`, `Der in der Schweiz
        lebende Mann`: no mention after a preposition, but the agent of a participle, who may be a text's
        author: `Der von Großbritannien eingebrachte Entwurf`); or the
        name in its apposition (`Der ÖVP-Delegationsleiter im EU-Parlament, Othmar Karas`)."""
        for token in phrase[:4]:
            if token.i > phrase.start and token.lower_ in self.prepositions - self.agent_prepositions:
                break  # `Der in der Schweiz lebende Mann`: the mention after it is an attribute's
            if token.text.lower() in self.phrases.function_words or token.is_lower and token.is_alpha:
                continue  # `Auch Martin Gleitsmann, Leiter …`
            span = mention_at(doc, token.i)
            office = span is not None and span._.role and (span._.actor.startswith(span._.role) or unnamed_group(span))
            # an office without its holder (`der heutige EU-Kommissionspräsident`) is left to the description rules
            if span is not None and span._.mention == "place" and span.text.endswith("s") and self._titled_stranger(doc, span.end):
                return None  # `Mexikos Trainer Miguel Herrera`: a person of Mexico, not its state
            if span is not None and span.start == token.i and (span._.actor_country or is_person_name(span)) and not office:
                return span  # `Manfred Berg, der Dekan der Fakultät,`: a person's name says who, placed or not
            name = mention_at(doc, token.i + 1) if span is None and token.i + 1 < phrase.end else None
            if (name is not None and name.start == token.i + 1 and is_person_name(name) and self.phrases.nounish(token)
                    and not self._is_genitive(name)):
                return name  # `Landwirtschaftskammerpräsident Hermann Schultes`: a title no lexicon knows, then the name
            break
        for comma in (t for t in phrase[:-1] if t.text == ","):
            name = mention_at(doc, comma.i + 1)
            if name is not None and is_person_name(name):
                return name  # `Ein Sprecher der Polizei, Lars Beringer,`: the name says who, placed or not
        return None

    def _listed_offices(self, phrase: Span) -> Span | None:
        """The office in the plural that opens a phrase of coordinated countries, the parser's subject where
        the list's commas cut the clause (`Die Regierungschefs von Ungarn, Polen und Tschechien`: its first
        country's office; `coordinated_claimants` gives the others); None for an office without a list
        (`Die Minister`: left to the description rules)."""
        doc = phrase.doc
        if not any(t.lower_ in self.coordinators for t in phrase):
            return None
        token = next((t for t in phrase[:3] if t.lower_ not in self.phrases.function_words and not t.is_lower), None)
        span = mention_at(doc, token.i) if token is not None else None
        if span is None or span.start != token.i or not span._.role or not unnamed_group(span):
            return None
        return span

    def noun_phrase(self, doc: Doc, lo: int, hi: int, blocked: Blocked, after_verb: bool = False) -> Speaker | None:
        """An actor no lexicon knows (`die Richter`, `Experten`, `der Sprecher`): the first
        capitalised noun phrase of the clause that is not a prepositional object. It names
        the speaker but has no country, so it gives quotes, not claims. `after_verb`: the words
        follow the cue verb (`_after_preposition`)."""
        resume = lo
        for i in range(lo, hi):
            token = doc[i]
            if i < resume:
                continue
            if self._web_address(token) and not inside(token, blocked) and not (
                    i > 0 and doc[i - 1].lower_ in self.prepositions):  # not `auf tagesschau.de`
                return Speaker.of_phrase(doc[i:i + 1])  # `Wie tagesschau.de berichtet`: a medium named by its address
            if (inside(token, blocked) or not word(token) or not token.text.lstrip("0123456789-")[:1].isupper()
                    or token.text.lower() in self.not_subjects and not (
                        # `der 27 Jahre junge Bezirksrat`: a time noun that measures an age, not the subject
                        i - 2 >= lo and self._measured_head(doc, i - 2, i, hi) is not None)
                    or self._date_month(doc, i)
                    or token.pos_ and token.pos_ not in NOUNISH and not self._compound_noun(token)
                    and not self._name_written_elsewhere(token)
                    or self.cues.is_verb(token)):
                continue
            if i > 0 and doc[i - 1].text.lower() in self.prepositions:
                continue
            start, attributive = i, False
            for j in range(i - 1, max(lo, i - 4) - 1, -1):
                if doc[j].text.lower() in self.articles or doc[j].lower_ in self.genitive_relatives:
                    start, attributive = j, False  # (`teilte dessen Stellvertreter mit`: the relative is its article)
                    break
                if inline_space(doc[j]) and j > lo and doc[j - 1].text.lower() in self.articles:
                    continue  # `der  SPD-Politiker` as scraped: a run of spaces after the article is no word
                if start == j + 1 and self._attributive(doc[j]):  # `Lokale Medien`, `chinesische Medien`
                    start, attributive = j, True
                    continue
                if not (doc[j].is_alpha and doc[j].is_lower or doc[j].like_num or numeric_adjective(doc[j])):
                    break  # (`der 42-jährige Moderator`: an adjective whatever the tagger reads it as)
            measured = self._measured_head(doc, start, i, hi)
            if measured is not None:  # `der 330 Seiten starke Bericht`: the count's noun measures the adjective
                i, token = measured, doc[measured]
            outer = self._attribute_head(doc, start, i, lo, hi)
            if outer is not None:  # `die für die EU zuständige Kommissarin`: the phrase around the attribute
                start, i, token, attributive = start - 2, outer, doc[outer], False
            if attributive and start > lo and doc[start - 1].text.lower() in self.prepositions:
                start = i  # `im weiteren Verlauf`: the adjectives belong to a prepositional phrase
            elif self._after_preposition(doc, start, lo, after_verb):
                resume = self._genitive_attributes_end(doc, i + 1, hi)  # (`vor einer Spaltung der Union`: all of it)
                continue  # `dankte den Menschen für ihre Unterstützung`: a prepositional object
            end = i + 1
            while end < hi and word(doc[end]) and doc[end].text[:1].isupper() and not inside(doc[end], blocked):
                end += 1
            if end < hi and doc[end].text == ":":
                resume = end + 1  # `Frage: Daimler-Chef X sagte …`: an interview's label, the subject follows it
                continue
            named = i + 1  # a quotation may end the phrase only as a name: `Der Fernsehsender „Channel 10“`
            if end + 1 < hi and doc[end + 1].text[:1].isupper():
                named = self.phrases.quoted_name_end(doc, end, hi) or named
            end = self.phrases.extend_right(doc, end, max(hi, sentence_bounds(doc, token.i)[1]))  # an apposition may pass the comma
            if self._ends_in_quoted_name(doc, i + 1, end):  # `Berichte der Wochenzeitung „Le Canard enchaîné“`
                named = end
            while end > named and inside(doc[end - 1], blocked):
                end -= 1
            if doc[start].text.lower() in self.object_articles or (
                    doc[start].lower_ in self.genitive_only and start > lo and (
                        self.phrases.nounish(doc[start - 1]) or doc[start - 1].pos_ == "ADP"
                        or doc[start - 1].lower_ in self.prepositions)
                    and not any(mention_at(doc, t.i) is not None for t in tokens_of(doc, start, end))):
                resume = end  # `dem Abschluss des Falls`: an object; `nach Aussage des Angestellten`: an attribute
                continue
            span = doc[start:end]
            holder = self._genitive_principal(doc, i, end)
            if holder is not None:  # `das Büro des Ministerpräsidenten`: the office speaks for its principal
                return Speaker.of_mention(span, holder)
            if start > 0 and doc[start - 1].lower_ in self.list_openers or not self._persons_noun(token):
                return Speaker.of_phrase(span)  # `Sowohl X als auch Y`: `_correlative_prefield`'s, or no subject
            return Speaker.of_phrase(doc[start:self._listed_phrases_end(doc, end, hi, blocked)])
        return None

    def _persons_noun(self, token: Token) -> bool:
        """A noun of persons, also in the plural (german.csv person_suffix: `Winzer`, `Bauern`, `Händlern`,
        `Demonstranten`; feminine_person_ending's stems: `Ärzte`, `Experten`), no thing (`ein
        Rüstungswettlauf und eine Destabilisierung`)."""
        nouns = self.resolver.person_nouns
        return nouns.declined_person(token.text) or nouns.stem_person(token.text)

    def _listed_phrases_end(self, doc: Doc, end: int, hi: int, blocked: Blocked) -> int:
        """Where the list that a phrase of persons no lexicon knows opens ends: `Die Bauern und die Händler`, `Bauern,
        Händler und Wirte` speak together, as one phrase (german.csv list_conjunction; a comma joins only
        in a list that a conjunction ends); `end` where none follows (`die Bauern, die …`, `die Bauern und
        kritisierten`), or where a known actor's phrase would (`die Bauern und die ÖVP`: left to the
        lexicon's actor). A clause cut at the list's comma goes on to the sentence's end."""
        if hi < len(doc) and doc[hi].text == ",":
            hi = sentence_bounds(doc, hi)[1]
        stop = end
        while stop + 1 < hi and not inside(doc[stop], blocked):
            gap = self._after_spaces(doc, stop, hi - 1)  # (`Die Bauern  und die Händler`)
            comma = doc[gap].text == ","
            width = self._joiner_after(doc, gap, hi) or int(doc[gap].lower_ in self.list_words)
            if not width:
                break
            j = gap + width
            while j < hi and (self.phrases.modifier(doc[j]) or doc[j].is_space):
                j += 1
            if not (j < hi and self.phrases.nounish(doc[j]) and doc[j].text[:1].isupper() and self._persons_noun(doc[j])
                    and not self.cues.is_verb(doc[j]) and mention_at(doc, j) is None and not inside(doc[j], blocked)):
                break
            stop = self.phrases.extend_right(doc, j + 1, hi)
            if not comma:
                end = stop  # (a comma joins only in a list that a conjunction ends)
        return end

    def _clause_opener(self, token: Token) -> bool:
        """A clause's opener (german.csv clause_opener, source_clause_opener: `Wie n-tv berichtete`, which
        the parser may hang on the subject), no word of the speaker's phrase."""
        return token.lower_ in self.clause_openers or token.lower_ in self.source_openers

    def _date_month(self, doc: Doc, i: int) -> bool:
        """A month's name in a date (`Am 17. September 2013 hat …`, `Ende Januar 2006 verkündete …`,
        `November findet … statt`): after a day's number, before a year, or before anything but a
        capitalised word (a word in lower case, a number, punctuation, the text's end); a time, no
        speaker. Not before a capitalised word (`August Wöginger`: a first name)."""
        if doc[i].text not in self.month_names:
            return False
        after = doc[i + 1] if i + 1 < len(doc) else None
        return (i > 0 and doc[i - 1].like_num or after is None or year(after)
                or not after.text[:1].isupper())

    def _genitive_principal(self, doc: Doc, i: int, end: int) -> Span | None:
        """The person an agent noun at i works for, in the genitive right after it (german.csv agent_noun,
        genitive_article: `das Büro des Ministerpräsidenten`, `ein Berater der Kanzlerin`): a placed role
        noun or name; None for an unplaced noun (`der Anwalt des Angeklagten`) or a group."""
        k = i + 1
        if doc[i].lower_ not in self.agent_nouns or k + 1 >= end or doc[k].lower_ not in self.genitive_articles:
            return None
        mention = mention_at(doc, k + 1)
        if mention is None or mention.start != k + 1 or mention._.mention not in ("role", "name"):
            return None
        return mention if mention._.actor and mention._.actor_country else None

    def _attribute_head(self, doc: Doc, start: int, i: int, lo: int, hi: int) -> int | None:
        """The head noun of the phrase whose attribute holds the phrase `start..i` (`die für die EU
        zuständige Kommissarin`, `der für die Region verantwortliche Koordinator`): an article, a
        preposition, the phrase, then one or two adjectives in lower case and a capitalised noun."""
        if start - 2 < lo or doc[start - 2].lower_ not in self.articles or doc[start - 1].lower_ not in self.prepositions:
            return None
        k = i + 1
        while k < min(hi, i + 3) and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
        if k == i + 1 or k >= hi or not (doc[k].text[:1].isupper() and self.phrases.nounish(doc[k])):
            return None
        return k

    def _measured_head(self, doc: Doc, start: int, i: int, hi: int) -> int | None:
        """The head noun after a measure inside an attribute (`der 330 Seiten starke Bericht`, `die 50 Mann
        starke Truppe`): an article, a number, the noun at i, an inflected adjective in lower case and a
        capitalised noun."""
        k = i + 1
        if (start != i - 2 or doc[start].lower_ not in self.articles or not doc[i - 1].like_num
                or k + 1 >= hi or not (doc[k].is_lower and doc[k].pos_ == "ADJ"
                                       and doc[k].lower_.endswith(self.phrases.adjective_endings))):
            return None
        return k + 1 if doc[k + 1].text[:1].isupper() and self.phrases.nounish(doc[k + 1]) else None

    def _after_preposition(self, doc: Doc, start: int, lo: int, after_verb: bool = False) -> bool:
        """A preposition before the phrase's possessive or demonstrative and adjectives (`für ihre
        Unterstützung`, `mit seinen engsten Beratern`): the noun is the object of the preposition (one
        after an article is left as it was: `in einer gemeinsamen Erklärung` may name the source), as it
        is after the verb (`after_verb`) after a preposition that never names a source (german.csv
        object_only_preposition: `…, warnt vor einer Spaltung der Union`, `bestätigten mit der Sache
        vertraute Personen`); a phrase before the verb is left to the prefield's rules (`_after_prefield`)."""
        if after_verb and lo < start and doc[start - 1].lower_ in self.object_only_prepositions:
            return True
        j = start - 1
        while (j >= lo and start - j <= 3 and doc[j].is_lower and doc[j].pos_ in {"DET", "PRON", "ADJ", "NUM"}
               and doc[j].lower_ not in self.not_subjects and doc[j].lower_ not in self.articles):
            j -= 1
        return lo <= j < start - 1 and doc[j].lower_ in self.prepositions

    def _genitive_attributes_end(self, doc: Doc, end: int, hi: int) -> int:
        """The end of the genitive attributes that follow a noun from `end` on (`einer Spaltung der Union
        des Kontinents`): `des`, or `der` before a noun the tagger reads as genitive or dative (not `vor
        der Presse der Minister`, whose `der Minister` is the subject); `end` itself where none follows."""
        while end < hi and doc[end].lower_ in self.genitive_articles:
            after = self.phrases.attribute_end(doc, end, hi)
            if after is None or after <= end + 1 or doc[end].lower_ != "des" and not self.oblique_case(doc[after - 1]):
                break
            end = after
        return end

    @staticmethod
    def _web_address(token: Token) -> bool:
        """`tagesschau.de`, `derStandard.at`: a web site's address names the medium (the tagger calls
        it anything); not an e-mail address."""
        return token.like_url and "@" not in token.text and not token.text.lower().startswith(("http", "www"))

    def _ends_in_quoted_name(self, doc: Doc, start: int, end: int) -> bool:
        """The phrase ends in a name in quotation marks right after a noun (`der satirischen Wochenzeitung
        „Le Canard enchaîné“`) or after the article or preposition of a noun's attribute (`Der Sprecher der
        „Aktion Deutschland hilft“`, `Ein Vertreter der „con energy ag“`), not in quoted words (`die Polizei
        „sehr ernst“`)."""
        return any(doc[k].text in QUOTE_PAIRS and self.phrases.quoted_name_end(doc, k, end) == end
                   and (self.phrases.nounish(doc[k - 1]) and doc[k + 1].text[:1].isupper()
                        or self._attribute_name(doc, k))
                   for k in range(start, end - 2))

    def _attribute_name(self, doc: Doc, k: int) -> bool:
        """The quotation opening at token k follows the article or preposition of an attribute right
        after a noun (`der` of `Der Sprecher der „Aktion …“`): a name, whatever its case."""
        return k > 1 and doc[k - 1].lower_ in self.phrases.attribute_openers and self.phrases.nounish(doc[k - 2])

    @staticmethod
    def _name_written_elsewhere(token: Token) -> bool:
        """A capitalised word the tagger took for an adverb or adjective (`Elshorst wies darauf hin`)
        that the text writes elsewhere as a proper noun inside a sentence, after another capitalised
        word (`Hansjörg Elshorst`): a surname the text introduced, a noun whatever its tag here. Not a
        function word (`Sie` of `Glauben Sie mir` is no name)."""
        if not (token.is_title and token.is_alpha) or token.is_stop:
            return False
        doc, texts = token.doc, token_words(token.doc)[0]
        return any(k > 0 and texts[k - 1][:1].isupper() and doc[k].pos_ == "PROPN" and not doc[k].is_sent_start
                   for k, text in enumerate(texts) if text == token.text)

    @staticmethod
    def _compound_noun(token: Token) -> bool:
        """A hyphenated compound ending in a capitalised noun is a noun whatever its tag
        (`UNMISS-Vertreter`, `SPD-Chefin`)."""
        last = token.text.rsplit("-", 1)[-1]
        return "-" in token.text[1:-1] and last[:1].isupper() and last.isalpha()

    def _attributive(self, token: Token) -> bool:
        """An adjective or number before a noun without article (`Lokale Medien`, `chinesische
        Medien`, `erste Ermittlungen`, `50 Demonstranten`); no adverb (`später`, `außerdem`) or verb."""
        lower = token.text.lower()
        if lower in self.phrases.function_words or self.cues.is_verb(token) or lower in self.not_subjects:
            return False
        if token.pos_ == "ADJ" or token.like_num and not token.text.endswith("."):  # not `9. November`
            return True
        return (token.is_lower and token.is_alpha and lower.endswith(self.phrases.adjective_endings)
                and token.pos_ not in {"ADV", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PRON", "PART", "DET"})

    def attributive_start(self, doc: Doc, speaker: Speaker) -> bool:
        """A phrase opened by an adjective or number, no article (`chinesische Medien`)."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and len(span) > 1 and self._attributive(span[0])

    def _listed_before(self, doc: Doc, sent: Span, first: Candidate, blocked: Blocked) -> list[Span]:
        """`Frankreich, Großbritannien und Deutschland drohten`: the mentions that a list puts
        before the clause's first subject, each followed by a comma."""
        listed, start = [], first.start if isinstance(first, Span) else first.i
        while (start := self._before_spaces(doc, start, sent.start)) - 2 >= sent.start and doc[start - 1].text == ",":
            span = mention_at(doc, start - 2)
            if span is None or inside(doc[span.start], blocked):
                break
            opening = self._before_spaces(doc, span.start, sent.start)
            before = doc[opening - 1].text if opening > sent.start else ""
            if opening > sent.start and before not in {",", "und"} and before.lower() not in self.articles:
                break
            listed.insert(0, span)
            start = span.start
        return listed

    @staticmethod
    def _before_spaces(doc: Doc, i: int, lo: int) -> int:
        """Token i moved left over the whitespace tokens of a scraped text's double spaces before it (not before lo)."""
        while i > lo and doc[i - 1].is_space:
            i -= 1
        return i

    @staticmethod
    def _after_spaces(doc: Doc, i: int, hi: int) -> int:
        """Token i moved right over the whitespace tokens of a scraped text's double spaces (not to hi or past it)."""
        while i < hi and doc[i].is_space:
            i += 1
        return i

    @staticmethod
    def _without_appositions(doc: Doc, listed: list[Candidate]) -> list[Candidate]:
        """`Theo Zwanziger, Präsident des DFB, nannte …`: a mention right after a comma that names the
        same person as the mention before it is that person's apposition, no second speaker."""
        kept: list[Candidate] = []
        for candidate in listed:
            last = kept[-1] if kept else None
            comma = word_after(doc, last.end) if isinstance(last, Span) else len(doc)  # (past a run of spaces)
            if (isinstance(candidate, Span) and comma < len(doc) and candidate.start == word_after(doc, comma + 1)
                    and doc[comma].text == "," and {last.label_, candidate.label_} <= {"PER", "ROLE"}
                    and last._.actor and last._.actor == candidate._.actor):
                continue
            kept.append(candidate)
        return kept

    def _coordinated(self, doc: Doc, candidates: list[Candidate], chosen: Candidate) -> list[Candidate]:
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
                between = {t.text.lower() for t in tokens_of(doc, a_end, b_start) if not t.is_space}  # (`Rotes Kreuz  und`)
                if (between and not between <= self.list_words and isinstance(b, Span)
                        and doc[a_end].lower_ in self.list_words and doc[a_end + 1].lower_ in self.possessive):
                    # `Xi und sein US-amerikanischer Amtskollege Barack Obama`: the second person's title
                    between = {t.text.lower() for t in tokens_of(doc, a_end, self.phrases.around(b).start)} - self.possessive
                if between and (between <= self.list_words or self._joining(doc[a_end:b_start])
                                or self._listed_with_article(doc, a.i if isinstance(a, Token) else a.start, a_end, b_start)):
                    group.insert(0, candidates[j]) if step < 0 else group.append(candidates[j])
                    j += step
                else:
                    break
        return group

    def _joiner_after(self, doc: Doc, i: int, hi: int) -> int:
        """How many words from token i join a further speaker before token hi: `und`, `sowie`, with
        additive words after it (`sowie auch`, `und sogar`), or `als auch` of `sowohl … als auch`; 0 for none."""
        k = self._after_spaces(doc, i, hi)  # (`Rotes Kreuz  und Volkshilfe`)
        j = k
        while j < hi and (doc[j].lower_ in self.additive_connectors if j > k else
                          doc[j].lower_ in self.coordinators & self.list_words):
            j += 1
        if j == k and k + 1 < hi and self._joining(doc[k:k + 2]):
            j = k + 2
        while k < j < hi and doc[j].is_space:
            j += 1
        return j - i if k < j < hi else 0

    def _joiner_before(self, doc: Doc, i: int, lo: int) -> int:
        """How many words before token i join it to a speaker before them (from token lo on): `und`,
        `sowie`, with additive words after it (`sowie auch`), or `als auch`; 0 for none."""
        k = i
        while k > lo and doc[k - 1].is_space:
            k -= 1  # a scraped text's double space (`und  Volkshilfe`)
        for width in (1, 2, 3):
            if k - width >= lo and self._joining(doc[k - width:k]) and (
                    width > 1 or doc[k - 1].lower_ in self.coordinators):
                while k - width > lo and doc[k - width - 1].is_space:
                    width += 1
                return width + i - k
        return 0

    def _listed_with_article(self, doc: Doc, a_start: int, a_end: int, b_start: int) -> bool:
        """`wollen China und die Türkei nicht …`, `fordern die SPÖ und die oppositionellen Grünen`: one list
        word (german.csv list_conjunction; not a comma) and then only the second member's article or
        adjectives (a noun phrase's modifiers, in lower case) join it to the first."""
        first = a_start
        while first > 0 and (doc[first - 1].is_space or doc[first - 1].is_lower and self.phrases.modifier(doc[first - 1])):
            first -= 1
        if first > 0 and (doc[first - 1].text == "," or doc[first - 1].lower_ in self.list_words):
            return False  # `die ÖVP, die SPÖ sowie die Grünen`: a longer list, whose phrase `_with_coordinated_phrase` covers
        words = [t for t in doc[a_end:b_start] if not t.is_space]
        return (len(words) >= 2 and words[0].lower_ in self.list_words and words[0].text != ","
                and all(t.is_lower and self.phrases.modifier(t) and not t.like_num for t in words[1:]))
        # (lower-case only: `OeNB-Gouverneur und EZB-Rat X` is one person with two titles, no list)

    def _joining(self, words: Span) -> bool:
        """Words between two speakers that join them as a list: a list conjunction of several words
        (`Sowohl X als auch Y`) or one with an additive word after it (`X sowie auch Y`, `X und sogar Y`)."""
        lowers = [t.lower_ for t in words if not t.is_space] or [""]
        return (" ".join(lowers) in self.list_words
                or lowers[0] in self.list_words and all(w in self.additive_connectors for w in lowers[1:]))

    def intro_speaker(self, doc: Doc, sent: Span, quote_spans: Blocked, recent: Speaker | None) -> Speaker | None:
        """Speaker of a sentence that introduces speech with a colon (`Er legte … auf den Tisch:`)."""
        candidates = self.candidates(doc, sent.start, sent.end, list(quote_spans))
        for token in sent:
            if token.text.lower() in self.possessive and token.text.lower().startswith("sein"):
                candidates.insert(0, token)
        for candidate in candidates:
            speaker = self.to_speaker(doc, candidate, recent)
            if speaker and speaker.actor:
                return speaker
        return None


def _not_a_place(mention: Span) -> bool:
    """A mention that may name who speaks: `in New York`, `in der Türkei` say where."""
    return mention._.mention != "place"


def year(token: Token) -> bool:
    """A year written as four digits (`2016`)."""
    return len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100


NUMBERED_NOUN = re.compile(r"\d+-[A-ZÄÖÜ][a-zäöüß]+")  # `72-Jährige`, `18-Jähriger`


def word(token: Token) -> bool:
    """A word of letters, also a hyphenated compound (`die Hauptverbands-Chefin`, `UNMISS-Vertreter`)
    or a noun after a number (`der 72-Jährige`)."""
    return (token.is_alpha or "-" in token.text[1:-1] and token.text.replace("-", "").isalpha()
            or NUMBERED_NOUN.fullmatch(token.text) is not None)


def unnamed_group(mention: Span) -> bool:
    """A group that names no one but its kind and side (`Ärztegewerkschaft (AUT)`, the linker's
    `_association_names`): an office without its holder, as `Gewerkschaften (AUT)` is."""
    return mention._.mention == "group" and mention._.actor.endswith(f" ({mention._.actor_country})")
