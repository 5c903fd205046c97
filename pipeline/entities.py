"""Stage 3, entities: tag named entities and link them to normalized actors.

Two registered components:
- `actor_ruler`: spaCy's `EntityRuler`, fed from `actors.csv` and `countries.csv`
  (names, capitals, demonyms), so `Putin`, `Putins`, `Moskau`, `Weißen Haus` become entities
  whose `ent_id_` carries the canonical actor and its country;
- `actor_linker`: links every entity (also those of a statistical NER) to an actor, finds
  role nouns (`der Kremlchef`, `US-Außenminister`, `der französische Präsident`) and
  unseen names after a role noun, and propagates surnames within a document
  (`Budanow` after `Kyrylo Budanow`, also where the statistical NER labelled it a place).
  All actor mentions land in `doc.spans["actors"]` with `span._.actor`,
  `span._.actor_country`, `span._.mention` (name, place, group, role).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span, Token
from spacy.tokens.underscore import Underscore
from spacy.util import filter_spans

from pipeline.actor_context import (DATELINE_DASHES, LED_TYPES, MENTION_FIELDS, CountryWords, MentionRecord,
                                    MentionRecords, agents_of_named_principals, agents_of_office_holders, copular_offices,
                                    after_dateline, dateline_country, dateline_opening, office_holder_after,
                                    default_country, employer_sides, entity_starting_at, genitive_holders, genitives,
                                    headline_role_holders, link_appositions, name_office_holders,
                                    same_actor_country, spread_sides, without_genitive)
from pipeline.bundle import LexiconBundle, LexiconRules, load_bundle
from pipeline.dates import day_of
from pipeline.knowledge import IO_CODES, Organisation, Person
from pipeline.knowledge_links import ID_SEP, KnowledgeLinks, span_id
from pipeline.lexicons import Lexicons, RoleEntry, common_noun_by_lexicons, common_words
from pipeline.literals import PrefixIndex
from pipeline.person_nouns import PersonNouns
from pipeline.segment import REGNAL_NUMERAL
from pipeline.phrases import (actor_mentions, indexed_words, inline_space, lower_case_words, morph_values, sentence_bounds, sentence_of,
                              token_words, tokens_of, word_after, word_before)

for _name in MENTION_FIELDS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default="")
if not Doc.has_extension("dateline_country"):
    Doc.set_extension("dateline_country", default="")  # `Budapest – …`: where the report comes from

DOMESTIC_TYPES = ("parliament", "party", "public", "court", "organisation")  # codebook: domestic actors
STATE_OFFICE_TYPES = ("parliament", "government")  # an office that a party politician holds in the state
DATELINE_MARKS = DATELINE_DASHES | {"/"}  # after the places of a dateline (`Moskau/Kiew –`)
BRIDGING_WINDOW = 60  # tokens (about two sentences) in which an official belongs to the side just named
# codebook types of a known organisation whose generic name another country's body bears (`die Liberale Partei Kanadas`)
NAMESAKE_TYPES = ("party", "parliament", "ngo", "organisation")
NON_STATE_SIDES = ("organisation", "ngo", "media")  # codebook: their officials speak for them, not for a state
# german.csv classes of words that open a noun phrase: a `PER` they open is a thing (`Einer Studie`)
DETERMINER_CLASSES = ("article", "genitive", "possessive_m", "possessive_f", "own_possessive", "demonstrative_f",
                      "demonstrative_m", "relative_pronoun")
PLURAL_ENDINGS = ("e", "en")  # a German noun's plural (`Kriege`, `Vorwürfe`, `Genehmigungen`)
CASE_ENDINGS = ("es", "en", "s", "n")  # a noun's genitive, dative and plural endings (`Verbandes`, `Gruppen`)
NOUN_CLASS_ENDINGS = ("_noun", "_role", "_office", "_association", "club_word", "_label")  # german.csv's nouns


def surface_forms(phrase: str) -> list[str]:
    """A lexicon phrase and its genitives (`Putin`, `Putins`, `Putin'`), matched as exact phrases:
    the PhraseMatcher behind string patterns is much faster than per-token regular expressions."""
    last = phrase[-1:].lower()
    if last in "sßxz":
        return [phrase, phrase + "'", phrase + "es"]
    if last.isalpha() and last not in "aeiouy":
        return [phrase, phrase + "s", phrase + "es"]
    return [phrase, phrase + "s"]


def actor_patterns(lexicons: Lexicons) -> list[dict]:
    """EntityRuler patterns from the actor and country lexicons."""
    patterns = []

    def add(label: str, phrase: str, pattern_id: str) -> None:
        patterns.extend({"label": label, "pattern": form, "id": pattern_id} for form in surface_forms(phrase))

    for entry in lexicons.actors:
        kind = "name" if entry.label == "PER" else "group"  # `er` refers to people, not to the Hamas
        typed = (entry.actor_type, "") if entry.actor_type else ()  # (`span_id`'s type and id)
        add(entry.label, entry.pattern, ID_SEP.join((entry.actor, entry.country, kind, entry.role, *typed)))
    for country in lexicons.countries.values():
        for name in country.names + country.capitals:
            add("LOC", name, ID_SEP.join((country.government, country.code, "place", "")))
        for demonym in country.demonyms:
            patterns.append({"label": "MISC", "pattern": demonym,
                             "id": ID_SEP.join((country.demonyms[-1], country.code, "group", ""))})
    return patterns


class ActorRuler(EntityRuler):
    """spaCy's EntityRuler whose patterns come from the lexicons given to `initialize` (saved with
    the pipeline as the ruler's patterns)."""

    def initialize(self, get_examples=None, *, nlp=None, lexicons: "LexiconBundle | Path | str | None" = None,
                   patterns=None) -> None:
        if patterns is None:
            bundle = lexicons if isinstance(lexicons, LexiconBundle) else load_bundle(lexicons)
            patterns = actor_patterns(bundle.lexicons)
        super().initialize(get_examples, nlp=nlp, patterns=patterns)

    def add_patterns(self, patterns: list[dict]) -> None:
        """spaCy's `add_patterns`, with the phrase patterns made by the tokenizer alone: they match on
        the words (ORTH), and spaCy's own method runs every component before the ruler (the model) on
        each of the 1,500 patterns, about a second at every load of the pipeline."""
        with self.nlp.select_pipes(enable=[]):
            super().add_patterns(patterns)


@Language.factory("actor_ruler", assigns=["doc.ents"])
def create_actor_ruler(nlp: Language, name: str) -> ActorRuler:
    return ActorRuler(nlp, name, overwrite_ents=True)


# a given name's word classes that the tagger gives no name: `Per Post`, `Ernst nehmen`
NO_NAME_POS = frozenset({"ADP", "DET", "PRON", "VERB", "AUX", "ADV", "CCONJ", "SCONJ", "PART"})
HYPHENATED_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def main_country(places: Counter, located: set[str]) -> str:
    """The country a report without a dateline is about: the one of `located` whose places it names
    most often, at least twice and twice as often as any other's (`Frankreich`, `Calais`, `Paris`
    before `Belgien` once); '' where none stands out so."""
    counts = sorted(((places[code], code) for code in located), reverse=True)
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
        return ""
    return counts[0][1]


def _clause_finite(verb: Token) -> Token | None:
    """The first finite verb or auxiliary among `verb` and its auxiliaries and copula (`hat … erklärt`:
    `hat`), which carries the clause's number; None where the clause has none."""
    return next((t for t in (verb, *verb.children) if (t is verb or t.dep_ in ("aux", "aux:pass", "cop"))
                 and t.pos_ in ("VERB", "AUX") and "Fin" in morph_values(t, "VerbForm")), None)


def _plural_verb(token: Token, ending: str = "en") -> bool:
    """A lower-case verb in `-en` (or `ending`: `-n` takes `fordern`, `handeln`) read as plural or as an
    infinitive (the plural present looks like one)."""
    return (token.pos_ in ("VERB", "AUX") and token.is_lower and token.lower_.endswith(ending)
            and (morph_values(token, "Number") == ["Plur"] or "Inf" in morph_values(token, "VerbForm")))


def _opens_after_dateline(token: Token) -> bool:
    """The token is the first word after the dash of a dateline that opens its sentence (`Wien – X`)."""
    doc = token.doc
    lo, hi = sentence_bounds(doc, token.i)
    start = next((i for i in range(lo, hi) if not doc[i].is_space), lo)
    return start < token.i and after_dateline(doc, start) == token.i


class ActorLinker:
    """Link entities to actors and add role mentions; see the module docstring."""

    def __init__(self, lexicons: Lexicons, links: KnowledgeLinks | None = None):
        self.lexicons = lexicons
        self.links = links
        self.doc_countries: Counter = Counter()  # countries of the known actors of the current document
        self.genders: dict[str, str] = {}  # actor → gender of the known persons of the current document
        self.day: datetime.date | None = None  # the current document's date: who held an office then
        self.io_sides: dict[str, str] = {}  # actor → the international organisation whose office the text names
        self.dateline_country = ""  # where the current report comes from (`Budapest –`), if one country
        self.named_countries: frozenset[str] = frozenset()  # the countries of the places a document names
        self.home_country = ""  # the dateline's country, else the one country whose places the document names
        self.report_country = ""  # the dateline's country, else the country whose places the document names most
        self.unplaced_crowds: set[int] = set()  # crowds no place of theirs places (`in Kobani`, none named)
        self.at_summit = False  # the report comes from an international meeting's venue (`_dateline_at_summit`)
        self.words = CountryWords.from_lexicons(lexicons)
        self.person_nouns = PersonNouns.from_lexicons(lexicons)  # `Oppositionsführerin`: a woman
        # `Mutter Anna Berger`, `Sohn Max`: a relative's noun before a name gives the person a gender
        self.kin_genders = {**{word: "m" for word in lexicons.word_class("male_kin_noun")},
                            **{word: "f" for word in lexicons.word_class("female_kin_noun")}}
        self.by_surface = {entry.pattern: entry for entry in lexicons.actors}
        self.definite_articles = lexicons.word_class("definite_article")
        self.former_adjectives = lexicons.word_class("former_adjective")  # `der frühere Ministerpräsident`
        self.future_adjectives = lexicons.word_class("future_adjective")  # `der designierte Kanzler`
        self.deputy_adjectives = lexicons.word_class("deputy_adjective")  # `der stellvertretende Finanzminister`
        self.former_prefixes = tuple(sorted(lexicons.word_class("former_prefix")))  # `Ex-Präsident`, `Altkanzler`
        self.then_adjectives = lexicons.word_class("then_adjective")  # `der damalige Kanzler`: in office then
        self.candidate_nouns = tuple(sorted(lexicons.word_class("candidate_noun")))  # `Präsidentschaftskandidat`
        self.name_particles = lexicons.word_class("name_particle")
        self.surname_particles = lexicons.word_class("surname_particle")  # `Van der` of `Van der Bellen`
        self.seat_prepositions = lexicons.word_class("seat_preposition")
        self.origin_prepositions = lexicons.word_class("origin_preposition")  # `ein Lehrer aus Miskolc`
        self.domestic_associations = tuple(lexicons.word_class("domestic_association"))  # `Dachverband`, `Verein`
        # `Naturschutzbund`, `Umwelthilfe`: compounds that end so name an organisation (after a country's adjective)
        self.organisation_endings = tuple(lexicons.word_class("organisation_ending"))
        self.organisation_nouns = lexicons.word_class("organisation_noun")  # `die Liberale Partei Kanadas`
        # `die IT-Sicherheitsfirma Kaspersky Lab`, `der Digitalverband Bitkom`: a business or association, no person
        self.body_nouns = tuple(lexicons.word_class("business_noun") | lexicons.word_class("domestic_association"))
        self.country_genitives = {form: code for code, country in lexicons.countries.items() if code not in IO_CODES
                                  for name in country.names for form in genitives(name)}  # `Kanadas`
        self.party_bodies = tuple(lexicons.word_class("party_body"))  # `SPÖ-Seite`, `ÖVP-Wirtschaftsbund`: the party
        self.party_branch_prefixes = lexicons.word_class("party_branch_prefix")  # `die Stadt-ÖVP`: the party
        self.adjective_countries = {code: country.adjectives for code, country in lexicons.countries.items()
                                    if code not in IO_CODES}  # (`europäisch` is a continent's too)
        # `Verbands|geschäftsführer`, `Gewerkschafts|sekretär`: offices no roles.csv row names
        self.association_offices = lexicons.word_class("association_office")
        # `Bildungssprecher`, `Klubobmann`: offices of a parliamentary group's member, which no member of a government holds
        self.backbench_offices = lexicons.word_class("backbench_office")
        self.summit_nouns = lexicons.word_class("summit_noun")  # `Klimakonferenz`: an international meeting
        self.meeting_nouns = lexicons.word_class("meeting_noun")  # `Gipfel`: one after an organisation's prefix (`EU-Gipfel`)
        # `Trainer`, `Teamchef` (and their plural and feminine forms): a club's coach is no association's official
        self.sport_roles = tuple(word + ending for word in lexicons.word_class("sport_role") for ending in ("", "in", "s"))
        self.non_sport_roles = tuple(lexicons.word_class("non_sport_role"))
        # `im`, `beim`: a preposition fused with an article, after which no town's name follows
        self.fused_prepositions = lexicons.word_class("fused_preposition")
        self.domestic_offices = lexicons.word_class("domestic_office")  # `Bürgermeister`, `Parteichef`: the report's country
        self.causal_nouns = tuple(lexicons.word_class("causal_noun"))  # `aus Angst`, `aus Sicherheitsgründen`
        self.conjunctions = lexicons.word_class("not_content") - lexicons.word_class("name_particle")  # `Obwohl X`
        # every word german.csv lists (no ending, prefix or part of a name): a common word, no name
        self.common_words = common_words(lexicons)
        self.opening_words = self.common_words - frozenset().union(  # `Laut`, `Wo`: no noun (`Trainer X`)
            *(words for name, words in lexicons.words.items() if name.endswith(NOUN_CLASS_ENDINGS)))
        self.determiners = (frozenset().union(*(lexicons.word_class(name) for name in DETERMINER_CLASSES))
                            - lexicons.word_class("interrogative"))  # `Wo Griss …`: an adverb before the name
        self.agent_nouns = lexicons.word_class("agent_noun")  # `Camerons Sprecher`: speaks for the holder
        self.research_teams = lexicons.word_class("research_team")  # `ein Forscherteam um X`: X leads researchers
        # `Kommissar`, `Sprecher`: an office an international body's own staff hold (no state's minister)
        self.io_offices = lexicons.word_class("io_office")
        self.state_offices = lexicons.word_class("state_office")  # `Minister`: an office only a state has
        self.genitive_relatives = lexicons.word_class("genitive_relative")  # `deren Sprecher`
        self.genitive_offices = lexicons.word_class("genitive_office")  # `der Vorsitzende der SPÖ`, not `Vorsitzende Richter`
        self.regional_bodies = lexicons.word_class("regional_body")  # `die Landesregierung`: no national government
        self.mission_nouns = lexicons.word_class("mission_noun")  # `die türkische Botschaft`: only with a country
        self.seat_bodies = lexicons.word_class("seat_body_noun")  # `der Palast in Amman`: only with its place
        self.court_nouns = lexicons.word_class("court_noun")  # `Oberlandesgericht Wien`: a court
        self.state_body_nouns = lexicons.word_class("state_body_noun")  # `Landeskriminalamt Burgenland`: the state's body
        self.institution_nouns = (lexicons.word_class("institution_noun") | self.court_nouns  # `Universität Wien`
                                  | self.state_body_nouns)
        self.site_nouns = lexicons.word_class("site_noun")  # `Standort Österreich`: a place, no actor
        self.club_words = lexicons.word_class("club_word")  # `Dinamo Zagreb`, `Real Madrid`: a club, no actor
        self.adjectival_demonyms = frozenset(demonym for country in lexicons.countries.values()  # `Deutsche`
                                             for demonym in country.demonyms
                                             if demonym.lower().startswith(country.adjectives))
        self.function_words = (lexicons.word_class("preposition") | lexicons.word_class("sentence_starter")
                               | lexicons.word_class("negator"))
        self.governing_words = (lexicons.word_class("article") | lexicons.word_class("preposition")
                                | lexicons.word_class("object_article"))
        self.indefinite_articles = lexicons.word_class("indefinite_article")
        self.genitive_articles = lexicons.word_class("genitive_article")
        self.genitive_only_articles = self.genitive_articles - lexicons.word_class("nominative_article")  # `des`
        self.placed_bodies = lexicons.word_class("placed_body_noun")  # `die russischen Behörden`: only with a country
        self.subject_articles = lexicons.word_class("nominative_article") - self.genitive_articles  # `die`, not `der`
        self.holder_prepositions = lexicons.word_class("holder_preposition")  # `ein Sprecher von X`
        self.copulas = lexicons.word_class("copula")  # `X ist Sprecher der FPÖ`: `copular_offices`
        self.articles = lexicons.word_class("article")
        self.prepositions = lexicons.word_class("preposition")
        self.place_names = frozenset(name.lower() for country in lexicons.countries.values()  # `Türkei`, `Paris`
                                     for name in country.names + country.capitals)
        self.plural_quantifiers = lexicons.word_class("plural_quantifier")  # `mehrere Abgeordnete`
        self.crowd_quantifiers = lexicons.word_class("crowd_quantifier")  # `Tausende` (protesters)
        self.crowd_nouns = lexicons.word_class("crowd_noun")  # `Tausende Menschen`, not `Tausende Besucher`
        self.crowd_noun_endings = tuple(sorted(self.crowd_nouns))  # `Bergleute`, `Kleinbürger`
        self.common_noun_word = common_noun_by_lexicons(lexicons)  # `Neuwahlen`, `Steuersenkungen`: no surname
        self.list_conjunctions = lexicons.word_class("list_conjunction") | {","}  # `PRO-GE und GPA-djp`
        self.month_numbers = lexicons.months  # months.csv: a document's date as written (`3. Jänner 2015`)
        self.months = frozenset(self.month_numbers)  # `im April` (lower case): no place
        self.support_verbs = lexicons.word_class("support_verb")  # `Furore machen`: an idiom's noun, no name
        # `Schwere Kritik` the statistical NER took for a name: every noun cue in one alternation
        nouns = [f"(?:{cue.regex.pattern})" for cue in lexicons.cues_of("noun")]
        self.position_noun = re.compile("|".join(nouns) or "(?!)", re.IGNORECASE)
        self.domestic_bodies = {role.role for role in lexicons.roles  # `die Opposition`, `die Gewerkschaften`
                                if role.gender == "g" and role.actor_type in DOMESTIC_TYPES}
        # a word's role depends on the word alone: looked up once per word (every capitalised token asks)
        self._match_role = lru_cache(maxsize=65_536)(self._find_role)
        self._role_of_word = lru_cache(maxsize=65_536)(self._word_role)  # also asked of every capitalised token
        self._role_index = PrefixIndex([role.regex for role in lexicons.roles])
        self._issue_keyword = lru_cache(maxsize=65_536)(self._is_issue_keyword)  # asked of every unknown entity
        self._given_names = self._known_given_names()  # read once: `_given_name_starts` looks words up in it
        # the lower case of every country's and capital's name and of cities.csv's towns, genitives too
        # (`Genf`, `Wiener Neustadt`, `Kölns`), not the adjectives (`Deutsch`: a surname as well)
        self.place_names = frozenset(form.lower() for country in lexicons.countries.values()
                                     for name in country.names + country.capitals
                                     for form in (name, *genitives(name))) | frozenset(self.words.towns)
        self.capital_names = frozenset(name.lower() for country in lexicons.countries.values() for name in country.capitals)
        self.quoting_verbs = lexicons.word_class("quoting_verb")  # `zitiert X`: the quote finder's
        self.dative_verbs = lexicons.word_class("dative_verb")  # `warf X Y vor`: two names, subject and whom

    def __call__(self, doc: Doc) -> Doc:
        with indexed_words(doc):
            return self._link(doc)

    def _link(self, doc: Doc) -> Doc:
        mentions: list[Span] = []
        surnames: dict[str, tuple[str, str]] = {}
        self.records = MentionRecords(doc)  # the mentions' actor fields, written to `span._` at the end
        # companies' mentions and their countries: no side for anyone else (`Netflix, Hulu`, `ein Sprecher der
        # Porsche Holding`), their own once every other mention is placed
        self.business_sides: list[tuple[MentionRecord, str]] = []
        self.day = day_of(doc._.date, self.month_numbers)
        self.dateline_country = doc._.dateline_country = dateline_country(doc, self.words)
        # `Le Bourget – … auf der UN-Klimakonferenz in Le Bourget`: the groups come from anywhere
        self.at_summit = self._dateline_at_summit(doc)
        # the countries the document names as places (and its dateline): they settle ambiguous parties
        ents = doc.ents  # (spaCy makes the Spans anew on every read: read once after each write)
        self.place_countries = frozenset({self.words.country_of(ent.text) for ent in ents
                                          if ent.label_ == "LOC"} | {self.dateline_country}) - {""}
        # the countries of every place the document names, whatever the NER's label (a crowd's, `_role_mention`)
        self.named_countries = frozenset(self.words.place_country(ent.text) for ent in ents) - {""}
        # `Puebla – … sagte der Abgeordnete X` in a report whose places all lie in Guatemala: a domestic office,
        # group or association is of that country (places the NER reads as such, not `den Schweden`; not the
        # seat of an international body, `Brüssel`)
        places = Counter(self.words.place_country(ent.text) for ent in ents if ent.label_ == "LOC")
        located = set(places) - {""} - IO_CODES
        self.home_country = self.dateline_country or (next(iter(located)) if len(located) == 1 else "")
        self.report_country = self.dateline_country or main_country(places, located)
        # `Florenz – … in Florenz …`: the dateline's country where every place the document names lies in it (a body
        # of no seat named there is of that country; `Sydney – … in Nauru` names another's)
        self.dateline_only_country = self.dateline_country if located <= {self.dateline_country} else ""
        self.unplaced_crowds = set()
        self.undated_roles: list[tuple[Span, str, str]] = []  # (mention, role noun, country): no holder without a date
        self._placed_roles: dict[str, tuple[RoleEntry | None, str]] = {}  # `_placed_word_role` of this document
        if self.links is not None:
            ents = set_entities(doc, self._with_known(doc, ents), ents)
            surnamed = self._with_politicians_of_surname(doc, ents)  # `sagte Niessl`, never named in full
            if any(new is not old for new, old in zip(surnamed, ents)):  # (setting `doc.ents` rewrites every token)
                doc.ents = surnamed
                ents = doc.ents
            surnames.update(self.links.surnames(ents))  # `Ban` in the headline, `Ban Ki-moon` later
        entities = self._with_given_name_persons(doc, self._split_dative_pair(self._without_place_persons(
            doc, self._without_opening_word(doc, ents))))
        entities = self._without_office_of_holder(entities, surnames)
        entities = self._persons_after_office(self._without_office_of_place(self._without_attributive_demonyms(
            self._without_role_places(entities))))
        ents = set_entities(doc, self._without_common_words(doc, self._surnames_as_persons(doc, entities, surnames),
                                                             surnames), ents)
        for ent in ents:
            self._link_entity(ent, surnames)
            party = self._party_of_body(ent.text) if not self.records[ent].actor and len(ent) == 1 else None
            if party is not None:  # `der ÖVP-Wirtschaftsbund` the statistical NER found
                self._link_organisation(ent, party)
            if not self.records[ent].actor and ent.label_ in ("ORG", "MISC"):
                self._link_national_organisation(ent, 0, len(ent))
            mentions.append(ent)
        self.io_sides = {}
        self.office_sides: dict[str, str] = {}  # a person nothing places, named with a placed office
        self.led_organisations: dict[tuple[int, int], MentionRecord] = {}  # `der Chef der Grünen`: its office's mention
        exts = [self.records[ent] for ent in ents]
        self.genders = {ext.actor: ext.gender for ext in exts if ext.gender}
        self.doc_countries = Counter(ext.actor_country for ext in exts if ext.actor_id)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        texts, lowers = token_words(doc)
        for i in [i for i, text in enumerate(texts) if text[:1].isupper()]:  # a role noun is capitalised
            if i in taken:  # (`taken` grows in the loop: asked at each word)
                continue
            party = self._party_of_body(texts[i]) if "-" in texts[i] else None
            if party is not None:  # `die SPÖ-Seite`, `der ÖVP-Klub`
                span = Span(doc, i, i + 1, label="ORG")
                self._link_organisation(span, party)
                mentions.append(span)
                taken.add(i)
                continue
            if self._placed_word_role(texts[i])[0] is None:
                following = word_after(doc, i + 1)
                if not (following + 1 < len(doc) and lowers[following] in self.genitive_articles):
                    continue  # no role noun, nor a spokesperson's before a genitive: `_role_mention` gives None
            role = self._role_mention(doc, doc[i], taken, surnames)
            if role is not None:
                mentions.append(role)
                taken.update(range(role.start, role.end))
        mentions.extend(self._national_organisations(doc, taken))
        self._organisation_acronyms(doc, mentions)
        for ext in (self.records[mention] for mention in mentions):  # `Tusk` in the headline before `EU-Ratspräsident Donald Tusk`
            ext.actor_country = self.io_sides.get(ext.actor, ext.actor_country)
        mentions.extend(self._apposition_names(doc, mentions, taken, surnames))
        mentions.extend(self._copular_names(doc, mentions, taken, surnames))
        mentions.extend(self._surname_mentions(doc, taken, surnames))
        self._surnames_named_by_office(mentions, surnames)
        mentions = [self._institution_of_place(doc, m) for m in mentions]
        mentions = sorted(filter_spans(mentions), key=lambda span: span.start)
        default_country(mentions, self.records)
        spread_sides(mentions, self.records, self.office_sides)
        genitive_holders(doc, mentions, self.records, self.genitive_articles)
        link_appositions(doc, mentions, self.records, self._office_of_io)
        employer_sides(doc, mentions, self.records, self.holder_prepositions, self.articles)
        copular_offices(doc, mentions, self.records, self.copulas, self.genitive_articles | self.holder_prepositions,
                        self._individual_office)
        self._role_anaphora(doc, mentions)
        genitive_holders(doc, mentions, self.records, self.genitive_articles)  # `ein Sprecher der Regierung`: named before
        name_office_holders(mentions, self.records, self.links)
        headline_role_holders(doc, mentions, self.records)
        self._offices_of_led_organisations(mentions)
        agents_of_office_holders(doc, mentions, self.records, self.genitive_articles, self.agent_nouns)
        agents_of_named_principals(doc, mentions, self.records, self.agent_nouns)
        same_actor_country(mentions, self.records)
        for ext, country in self.business_sides:
            ext.actor_country = country
        titles = self._office_titles(doc, mentions)
        window = self._document_window(doc, titles)
        self._holders_in_window(window)
        self._type_by_window(doc, mentions, titles, window)
        self._type_by_title(doc, mentions, titles)
        self._type_by_apposition(doc, mentions)
        self._association_names(mentions)
        self.records.write()
        doc.spans["actors"] = [m for m in mentions if self.records[m].actor]
        return doc

    def _office_titles(self, doc: Doc, mentions: list[Span]) -> list[tuple[Span, int]]:
        """The names of known persons with the index of the current office noun written right before
        them (`_title_before`: `Bundeskanzler Werner Faymann`), in the mentions' order; none without
        the knowledge base."""
        if self.links is None:
            return []
        titles = []
        for mention in mentions:
            ext = self.records[mention]
            title = self._title_before(doc, mention.start) if ext.actor_id and ext.mention == "name" else None
            if title is not None:
                titles.append((mention, title))
        return titles

    def _document_window(self, doc: Doc, titles: list[tuple[Span, int]]) -> tuple[datetime.date, datetime.date] | None:
        """(first, last day) the text was written in: its date, else the days on which every known
        person it names right after an office (`titles`, `_office_titles`: `Bundeskanzler Werner Faymann`,
        `Innenministerin Mikl-Leitner`, `Bundeskanzler und SPÖ-Chef Werner Faymann`) held that office, by
        the terms the knowledge base dates to the day; not a past or future office (`der frühere Kanzler
        X`, `die designierte Ministerin Y`). None where nothing dates it or the offices contradict."""
        if self.day is not None:
            return self.day, self.day
        if self.links is None:
            return None
        first, last = datetime.date.min, datetime.date.max
        dated = False
        for mention, title in titles:
            window = self.links.term_window(self.records[mention].actor_id, doc[title].text)
            if window is not None:
                first, last, dated = max(first, window[0]), min(last, window[1]), True
        return (first, last) if dated and first <= last else None

    def _holders_in_window(self, window: tuple[datetime.date, datetime.date] | None) -> None:
        """An undated text's role noun that nothing else settled (`der Bundespräsident`, still the office
        `Bundespräsident (AUT)`) names the one holder of that office on all the days the offices of the persons it
        names with a title give (`_document_window`: `Bundeskanzler Werner Faymann`, 2008–2016: Heinz Fischer);
        it stays the office where the window is unknown or two holders may fall in it."""
        if window is None or self.day is not None:
            return
        for span, noun, country in self.undated_roles:
            ext = self.records[span]
            if ext.mention != "role" or ext.actor_id or not ext.actor.endswith(f" ({country})"):
                continue  # (settled since: a person named before, a party, an organisation's office)
            holder = self.links.holder_within(noun, country, *window)
            if holder is not None:
                ext.actor, ext.actor_id, ext.actor_type = holder.name, holder.actor_id, holder.actor_type
                ext.gender = holder.gender

    def _title_before(self, doc: Doc, start: int) -> int | None:
        """The index of the office noun written right before a name (`Kanzler` of `Kanzler Faymann`, of
        `Kanzler und SPÖ-Chef Faymann`), if it is a role noun of a current office (`_not_current`); past the
        whitespace tokens of a run of spaces (`word_before`)."""
        before = word_before(doc, start)
        joint = word_before(doc, before) if before > 0 else -1
        for i in (before, word_before(doc, joint) if joint > 0 else -1):
            if i < 0 or i != before and doc[joint].lower_ != "und":
                break
            if doc[i].text[:1].isupper() and self._title_role(doc[i].text)[0] is not None:
                return None if self._not_current(doc, i) else i
        return None

    def _not_current(self, doc: Doc, i: int) -> bool:
        """The office noun at i is one of the past or future (`der frühere Kanzler`, `Ex-Präsident`, `die künftige
        Ministerin`, german.csv former_adjective, former_prefix and future_adjective) or a deputy's (`der stellvertretende
        Finanzminister`, deputy_adjective): no term of the office dates the text."""
        return self._former_compound(doc[i].text) or any(
            word in self.former_adjectives or word in self.future_adjectives or word in self.deputy_adjectives
            for word in _modifiers_before(doc, i))

    def _former_title_before(self, doc: Doc, start: int) -> bool:
        """A role noun of a past office right before the name at `start` (`Expräsident X`, `der frühere
        Kanzler X`: `_former_compound`, german.csv former_adjective); not a future or deputy's office, nor
        one held when the act told took place (`der damalige Landeshauptmann X nannte …`: then_adjective)."""
        i = word_before(doc, start)
        if i < 0 or not doc[i].text[:1].isupper():
            return False
        if self._former_compound(doc[i].text):
            return True
        if self._title_role(doc[i].text)[0] is None:
            return False
        return any(word in self.former_adjectives and word not in self.then_adjectives
                   for word in _modifiers_before(doc, i))

    def _candidate_named(self, doc: Doc, name: Span) -> bool:
        """A noun of a candidate (german.csv candidate_noun, also as a compound's end) right before the name
        (`Der grüne Präsidentschaftskandidat X`) or opening the apposition after its comma (`X, Kandidat für
        die Wahl`, after an article or adjective at most): the person seeks an office, and holds none named."""
        before = word_before(doc, name.start)
        if before >= 0 and doc[before].lower_.endswith(self.candidate_nouns):
            return True
        comma = word_after(doc, name.end)
        if comma >= len(doc) or doc[comma].text != ",":
            return False
        i = word_after(doc, comma + 1)
        while i < min(len(doc), name.end + 3) and doc[i].is_lower:
            i += 1
        return i < len(doc) and doc[i].text[:1].isupper() and doc[i].lower_.endswith(self.candidate_nouns)

    def _past_office_noun(self, word: str) -> str:
        """The role noun of a word that may open with a prefix of a past office (`Ex-Finanzminister` →
        `Finanzminister`, german.csv former_prefix); the word itself otherwise."""
        lower = word.lower()
        for prefix in self.former_prefixes:
            rest = word[len(prefix):]
            if lower.startswith(prefix) and len(rest) > 3:
                return rest[:1].upper() + rest[1:]
        return word

    def _former_compound(self, word: str) -> bool:
        """An office noun with a prefix of a past office (german.csv former_prefix: `Ex-Staatschef`,
        `Expräsident`, `Altkanzler`); without a hyphen only before a whole role noun (not `Exekutivdirektor`)."""
        lower = word.lower()
        for prefix in self.former_prefixes:
            rest = word[len(prefix):]
            if lower.startswith(prefix) and len(rest) > 3 and (rest[:1].isupper() or not prefix.endswith("-")):
                role = self._title_role(rest[:1].upper() + rest[1:])[0] if prefix.endswith("-") \
                    else self._match_role(rest[:1].upper() + rest[1:])
                if role is not None:
                    return True
        return False

    def _deputy_office(self, doc: Doc, i: int) -> bool:
        """The office noun at i is a deputy's (german.csv deputy_adjective among the up to three lower-case
        words before it: `der stellvertretende griechische Finanzminister`): not the office's holder."""
        return any(word in self.deputy_adjectives for word in _modifiers_before(doc, i))

    def _type_by_window(self, doc: Doc, mentions: list[Span], titles: list[tuple[Span, int]],
                        window: tuple[datetime.date, datetime.date] | None) -> None:
        """A known person whom the knowledge base types by an office (government, io) none of whose
        terms falls in the text's days (`_document_window`, `Person.type_within`) held it at another
        time: the person speaks in the capacity of the office the text writes before one of their
        names (`Sozialsprecher Herbert Kickl`: party, `ÖBB-Chef Christian Kern`: organisation), else
        for the party the knowledge base knows (`Strache` in 2015: the FPÖ's); a person of no known
        party keeps the type (the knowledge base lacks many terms of foreign ministers), unless the text's
        days fall in the year a term known only by its year began (`Person.took_office_within`: Jóhannesson,
        president from `2016`, quoted in April 2016 as a historian): then no office is sure, and a person. In any text,
        dated or not, a holder of a dated government office speaks in the capacity of an office the text
        writes before the name which no member of a government holds: an organisation's (`ÖGB-Präsident
        Hundstorfer`, a company's: `ÖBB-Chef Kern`, `_company_title`) or a parliamentary group member's
        (german.csv backbench_office: `Sozialsprecher Kickl`, `Klubobmann X`); a party's office may be
        held with it (`ÖVP-Chef Mitterlehner`, vice-chancellor)."""
        if self.links is None:
            return
        persons = [(mention, self.records[mention]) for mention in mentions]
        persons = [(mention, ext, self.links.kb.person_by_id(ext.actor_id)) for mention, ext in persons
                   if ext.actor_id and ext.mention == "name"]
        titled: dict[str, str] = {}  # actor -> the type of the first office the text writes before its name
        apart: set[str] = set()  # actors titled with an office no member of a government holds
        for mention, title in titles:
            ext = self.records[mention]
            if ext.actor not in titled and self.links.kb.person_by_id(ext.actor_id) is not None:
                role = self._title_role(doc[title].text)[0]
                titled[ext.actor] = self._leading_office_type(role, doc[title].text)
                if titled[ext.actor] == "organisation" or role.role.lower() in self.backbench_offices:
                    apart.add(ext.actor)
        for mention, ext, person in persons:  # `ÖBB-Chef Christian Kern`: a company's office
            if ext.actor not in titled and person is not None and self._company_title(doc, mention.start):
                titled[ext.actor] = "organisation"
                apart.add(ext.actor)
        former = {self.records[mention].actor for mention, _, _ in persons
                  if self._former_title_before(doc, mention.start) or self._candidate_named(doc, mention)}
        past_offices: dict[str, list] = {}  # actor -> the terms of the office the text gives as past
        for mention, ext, person in persons:
            if person is not None and ext.actor not in past_offices and self._former_title_before(doc, mention.start):
                past_offices[ext.actor] = self.links.terms_named(ext.actor_id, self._past_office_noun(doc[word_before(doc, mention.start)].text))
        past_types: dict[str, str] = {}  # actor -> the type of a person whose office the text gives as past
        for mention, ext, person in persons:
            if person is None or ext.actor_type != person.actor_type:
                continue
            # `Expräsident X`, `der frühere Premier X`, `Präsidentschaftskandidat X`: the text gives the office
            # as past or sought, and none now
            past = ext.actor in former and ext.actor not in titled and person.actor_type in ("government", "io")
            if person.actor_type == "government" and person.terms and ext.actor in apart:
                # `ÖGB-Präsident Hundstorfer`, `Sozialsprecher Kickl`: the text names the office he speaks in,
                # whatever the window its other titles give (`ÖBB-Chef Kern` beside Bürgermeister Häupl)
                ext.actor_type = titled[ext.actor]
                continue
            if window is None:  # undated
                if past:
                    ext.actor_type = past_types[ext.actor] = "party" if person.party else "person"
                continue
            typed = person.type_within(*window)
            if past and typed == person.actor_type and past_offices.get(ext.actor) and not any(
                    t.touches(*window, surely=True) for t in person.terms if t not in past_offices[ext.actor]):
                # `die ehemalige US-Außenministerin Clinton` in a text the window of whose other offices
                # her term touches: the text says she holds it no more, and no other office of hers is sure
                ext.actor_type = past_types[ext.actor] = "party" if person.party else "person"
                continue
            if typed != person.actor_type:
                newly = person.took_office_within(*window)  # (a term begun in the text's year: no office yet)
                ext.actor_type = titled.get(ext.actor) or (typed if person.party or past or newly else ext.actor_type)
                if past and ext.actor not in titled:
                    past_types[ext.actor] = typed
        for ext in (self.records[mention] for mention in mentions):
            if ext.mention == "role" and ext.actor in past_types:  # `der frühere Premier` names the same person
                ext.actor_type = past_types[ext.actor]

    def _company_title(self, doc: Doc, start: int) -> bool:
        """A company's office right before the name at `start` (`ÖBB-Chef`, `OMV-Generaldirektor`: a company of
        companies.csv opening a compound of a person's role noun, also of one the company's own: `Lufthansa-Manager`
        as its `Konzernmanager`), written as current (`_not_current`)."""
        before = word_before(doc, start)
        found = self.links.business_prefix(doc[before].text) if before >= 0 and self.links is not None else None
        if found is None or self._not_current(doc, before):
            return False
        rest = found[1][:1].upper() + found[1][1:]
        role = self._match_role(rest) or self._tail_role(rest) or self._match_role("Konzern" + found[1].lower())
        return role is not None and role.gender != "g"

    def _type_by_title(self, doc: Doc, mentions: list[Span], titles: list[tuple[Span, int]]) -> None:
        """A known person whom the knowledge base knows in no office (actor_type `person`) speaks in
        the capacity of the current office the text writes right before their name (`Abgeordneter X`:
        parliament, `Agrarsprecherin X` of a party, `Verbandschef X`: organisation): the codebook's
        `person` is one with no office named. One it knows as a party's politician takes a state office
        roles.csv types (`Klubobmann X`: parliament, `Bürgermeister X`: government). A known person
        listed after such a titled name takes the office too (`_listed_titles`). Every name mention of
        that person in the text takes it; one titled as an observer of no side (roles.csv `expert` of
        country OTHER: `Markit-Chefökonom X`) speaks for none, whatever side a namesake in the knowledge
        base has (codebook: experts quoted as observers are `OTHER`)."""
        offices: dict[str, str] = {}  # actor_id -> the type of the first office written before the name
        observers: set[str] = set()  # actor_ids the text titles as an observer of no side (`Chefökonom X`)
        titled = [(mention, title) for mention, title in titles if title == word_before(doc, mention.start)]
        # (`der Gewerkschaftsführer, spätere Präsident und … X`: a listed office may be past)
        titled += self._listed_titles(doc, mentions, titled)
        for mention, title in titled:
            ext = self.records[mention]
            if ext.actor_type not in ("person", "party") or ext.actor_id in offices:
                continue
            role = self._title_role(doc[title].text)[0]
            typed = self._leading_office_type(role, doc[title].text) if role is not None else ""
            if ext.actor_type == "party":  # `Klubobmann X`, `Bürgermeister X`: a state office roles.csv types
                typed = self._office_type(role, doc[title].text) if role is not None else ""
            if typed and typed != "person" and (ext.actor_type == "person" or typed in STATE_OFFICE_TYPES):
                offices[ext.actor_id] = typed
                if typed == "expert" and ext.actor_type == "person" and role.country == "OTHER":
                    observers.add(ext.actor_id)
        if not offices:
            return
        for mention in mentions:
            ext = self.records[mention]
            if ext.actor_type in ("person", "party") and ext.mention == "name" and ext.actor_id in offices:
                ext.actor_type = offices[ext.actor_id]
                if ext.actor_id in observers:
                    ext.actor_country = "OTHER"

    def _listed_titles(self, doc: Doc, mentions: list[Span], titled: list[tuple[Span, int]]) -> list[tuple[Span, int]]:
        """`die Klubobleute X (ÖVP) und Y (SPÖ)`: a known person listed with `und` right after a name that an
        office in the plural heads (`die` before a role noun of no feminine form) holds that office too."""
        by_start = {m.start: m for m in mentions if self.records[m].actor_id and self.records[m].mention == "name"}
        listed = []
        for mention, title in titled:
            if title < 1 or doc[title - 1].lower_ != "die" or self.person_nouns.feminine_person(doc[title].text, person=True):
                continue
            k = mention.end
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":  # `X (ÖVP) und Y`
                k += 3
            if k + 1 < len(doc) and doc[k].lower_ == "und" and k + 1 in by_start:
                listed.append((by_start[k + 1], title))
        return listed

    def _type_by_apposition(self, doc: Doc, mentions: list[Span]) -> None:
        """`Maria Berger, Senatorin aus Ohio`, `Jan Huber, Nationalrat der Grünen`: a person whom neither
        the knowledge base nor a title right before the name gives an office (type '' or `person`) speaks
        in the capacity of the office that opens the apposition after the name's comma (`_office_after`).
        Every name mention of that person in the text takes it."""
        offices: dict[str, str] = {}  # actor -> the type of the office in an apposition to a name
        for mention in mentions:
            ext = self.records[mention]
            if mention.label_ == "PER" and ext.mention == "name" and ext.actor_type in ("", "person") \
                    and ext.actor not in offices:
                typed = self._office_after(doc, mention) or self._office_before(doc, mention)
                if typed and typed != "person":
                    offices[ext.actor] = typed
        for ext in (self.records[mention] for mention in mentions) if offices else ():
            if ext.mention == "name" and ext.actor in offices and ext.actor_type in ("", "person"):
                ext.actor_type = offices[ext.actor]

    def _office_after(self, doc: Doc, name: Span) -> str:
        """The actor type of the office noun that opens the apposition right after a name's comma (after
        an article at most): the role noun's (`Senatorin`: parliament, `Landesrat`: government) or that
        of the organisation opening its compound (`_office_type`: `ÖGB-Chef`), else for an office any body has
        (`Sprecher`, `Präsident`) that of the party or organisation named in the genitive after it
        (`_genitive_organisation`: `Sprecher der Staatsanwaltschaft Wien`: court); '' for such an office of
        no such body or a word that is no role noun (`ehemaliger`, `ein Freund`)."""
        end = sentence_bounds(doc, name.start)[1] if doc.has_annotation("SENT_START") else len(doc)
        comma = word_after(doc, name.end, end)
        i = word_after(doc, comma + 1, end)
        if i >= end or doc[comma].text != ",":
            return ""
        if doc[i].lower_ in self.articles:
            i += 1
        if i < end and doc[i].lower_ in self.deputy_adjectives:  # `X, stellvertretender Klubchef der Neos`
            i += 1
        if i >= end or not doc[i].text[:1].isupper():
            return ""
        return self._apposition_office_type(doc, i)

    def _apposition_office_type(self, doc: Doc, i: int) -> str:
        """The actor type of the office noun at i that opens an apposition: the role noun's or its
        compound's organisation's (`_office_type`), else, for an office any body has (`Sprecher`) or an
        observer's (`Energieexpertin`, roles.csv side OTHER), that of the party or organisation named in
        the genitive after it (`_genitive_organisation`: `Sprecher der Staatsanwaltschaft`: court,
        `Energieexpertin der Linksfraktion`: party), also after a hyphen (`Vize-|Chefin des UNHCR`: io), or a
        business or association in the genitive (`_genitive_body`: `der Chef des Zulieferers AVL`: organisation);
        '' for no role noun."""
        role = self._apposition_role(doc[i].text)
        if role is None:
            return ""
        typed = self._office_type(role, doc[i].text)
        if not typed or role.country == "OTHER":  # `X, Sprecher der Staatsanwaltschaft Wien`: the body's office
            body = self._genitive_organisation(doc, i + 1)
            typed = body.actor_type if body is not None else typed
        if not typed and role.country != "OTHER" and self._genitive_body(doc, i + 1):
            typed = "organisation"
        return typed

    def _genitive_body(self, doc: Doc, i: int) -> bool:
        """A business's or association's noun (german.csv business_noun, domestic_association, also as a
        compound's end) in the genitive at token `i`, after its article and adjectives (`des Zulieferers`,
        `des steirischen Motorenentwicklers`)."""
        if i + 1 >= len(doc) or doc[i].lower_ not in self.genitive_articles:
            return False
        noun = i + 1
        while noun < min(i + 4, len(doc) - 1) and doc[noun].is_lower and doc[noun].is_alpha:
            noun += 1
        word = doc[noun]
        return word.text[:1].isupper() and any(stem.endswith(self.body_nouns) for stem in _case_stems(word.lower_))

    def _apposition_role(self, word: str) -> RoleEntry | None:
        """The role of an office noun in an apposition (`_title_role`), also of its part after a hyphen
        (`Vize-|Chefin`, `Ko-|Vorsitzender`)."""
        return (self._title_role(word)[0] or (self._title_role(word.rpartition("-")[2])[0] if "-" in word[1:] else None)
                or self._genitive_office(word))  # `X, der Vorsitzende der Partei Y`: the genitive decides

    def _office_before(self, doc: Doc, name: Span) -> str:
        """`Österreichs Wirtschaftsdelegierter in London, X`, `die Energieexpertin der Linksfraktion, X`: the
        actor type (`_apposition_office_type`) of the office noun that heads the noun phrase set off by a
        comma right before a name (the first capitalised role noun, no group, after the last punctuation
        or verb within eight words); '' where none heads it."""
        start = sentence_bounds(doc, name.start)[0] if doc.has_annotation("SENT_START") else 0
        comma = word_before(doc, name.start, start)
        if comma < start + 1 or doc[comma].text != ",":
            return ""
        head = None
        for k in range(comma - 1, max(start, comma - 9) - 1, -1):
            token = doc[k]
            if token.is_punct or token.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
                break
            role = self._apposition_role(token.text) if token.text[:1].isupper() else None
            if role is not None:
                head = k
        return self._apposition_office_type(doc, head) if head is not None else ""

    def _with_known(self, doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
        """The entities (`ents`, the Doc's) with the knowledge base's persons and organisations: a lexicon
        entity (`Putin`, `Moskau`) is kept, a known name replaces the statistical NER's guess."""
        ruled = [self._ruled_person_known(doc, e) for e in ents if e.ent_id_]
        persons = [e for e in ents if not e.ent_id_ and e.label_ == "PER" and len(e) > 1]
        known = [span for span in self.links.mentions(doc, self.place_countries) if not self._surname_of_person(span, persons)]
        # `Kommunisten, Grüne und Sozialisten` in a report from Paris: no other country's party, unless a country
        # word names it (`die kanadischen Liberalen`: `_national_namesake`)
        known = [span for span in known if not (self.links.foreign_party_word(span, self.home_country, known)
                                                 and not self._named_country(doc, span)[0]
                                                 and not self._country_word_before(doc, span))]
        inside_known = {i for span in known for i in range(span.start, span.end)}
        guessed = [e for e in ents if not e.ent_id_  # `Landeshauptmann Josef Pühringer`: the known name wins
                   and not any(i in inside_known for i in range(e.start, e.end))]
        known = [self._national_namesake(doc, span) for span in known if not self._product_name(span)]
        return filter_spans(ruled + [span for span in known if span is not None] + guessed)

    def _country_word_before(self, doc: Doc, span: Span) -> bool:
        """Whether a country's adjective or genitive stands among the three words before a span, no punctuation
        nor verb between (`Portugals geschlagene Linke`, `die französischen Grünen`)."""
        for token in reversed(list(tokens_of(doc, max(span.start - 3, 0), span.start))):
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return False
            if self._adjective_country(token.text) or self._country_genitive(token.text):
                return True
        return False

    def _ruled_person_known(self, doc: Doc, span: Span) -> Span:
        """A person of the actor lexicon (actors.csv: `Putin`, `Erdoğan`) with the knowledge base's id of the
        person of that canonical name and country; where the lexicon gives no type (`Trump`), in a dated text only,
        with the knowledge base's type, so that the person's terms of office type them by the text's date like any
        known person. The span as it is for a group, an id given already, a name the knowledge base holds no one
        person of, and an untyped one in an undated text (whose office, if any, is unknown: linked, `Trump` of 2015
        would be the holder of `US-Präsident`, an office he did not hold yet)."""
        parts = span.id_.split(ID_SEP)
        if span.label_ != "PER" or len(parts) < 4 or len(parts) == 6 and parts[5]:
            return span
        actor, country, kind, role, *typed = parts
        if self.day is None and not (typed and typed[0]):
            return span  # (undated, a known holder's office would spread to its role nouns: `Trump` in 2015 held none)
        person = self.links.kb.person(actor, country)
        if person is None or person.name != actor or person.actor_country != country:
            return span
        actor_type = typed[0] if typed and typed[0] else person.actor_type  # (dated: the terms then type them)
        return Span(doc, span.start, span.end, label=span.label,
                    span_id=span_id(actor, country, kind, role, actor_type, person.actor_id))

    def _named_country(self, doc: Doc, span: Span) -> tuple[str, int, int]:
        """(country, start, end) a generic organisation's name carries with it: a country's genitive after
        it, also after an organisation's noun (german.csv organisation_noun: `die Liberale Partei Kanadas`,
        `das Rote Kreuz Haitis`), or a country word before it (`die thailändische Demokratische Partei`);
        ('', start, end) of the span where none does."""
        j = span.end
        if j + 1 < len(doc) and doc[j].text[:1].isupper() and doc[j].lower_ in self.organisation_nouns:
            j += 1
        code = self._country_genitive(doc[j].text) if j < len(doc) else ""
        # (`kritisiert die SPÖ Deutschlands Regierung`: a genitive before a noun is that noun's)
        if code and not (j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN")):
            return code, span.start, j + 1
        before = doc[span.start - 1].text if span.start > 0 else ""
        code = self._adjective_country(before) or self._country_genitive(before)
        if span.end < len(doc) and doc[span.end].pos_ == "PROPN":
            code = ""  # `der italienische Bauernverband Confagricoltura`: the name after it is the actor
        return (code, span.start - 1, span.end) if code else ("", span.start, span.end)

    def _country_genitive(self, word: str) -> str:
        """The country whose name's genitive the word is (`Kanadas`, `Haitis`; not `Paris`, nor a
        capital's `Ottawas`, nor `Europas`, a continent's), else ''."""
        return self.country_genitives.get(word, "") if word[:1].isupper() else ""

    def _national_namesake(self, doc: Doc, span: Span) -> Span | None:
        """A known organisation's span, or where its name is a generic one of another country the text
        names (`_named_country`: `die Liberale Partei Kanadas` is not the FDP, `das Rote Kreuz Haitis` not
        the ICRC), the knowledge base's organisation of that name and country, else the name with that
        country (and the known one's type) as a group of its own; None for a known body of another country
        that is no party nor association (`das belarussische Sozialministerium`)."""
        if span.label_ != "ORG":
            return span
        code, start, end = self._named_country(doc, span)
        parts = span.id_.split(ID_SEP)
        if (not code or code == parts[1] or len(parts) < 6 or parts[4] not in NAMESAKE_TYPES
                or any(len(word) > 1 and word.isupper() for word in span.text.split())):  # `SPÖ`: no generic name
            return None if self._other_country_before(span) else span  # (`die europäische Union` is no CDU)
        names = (span.text, span.text[:-1]) if span.text.endswith("s") else (span.text,)  # `des Roten Kreuzes`
        same = [o for name in names for o in self.links.kb.organisations(name)
                if o.actor_country == code and not o.business]
        # (the span stays the name's: the country's words are the actor's, the speaker's phrase is the parser's)
        if same:
            o = same[0]
            return Span(doc, span.start, span.end, label="ORG",
                        span_id=span_id(o.name, code, "group", "", o.actor_type, o.actor_id))
        return Span(doc, span.start, span.end, label="ORG",
                    span_id=span_id(doc[start:end].text, code, "group", "", parts[4], ""))

    def _with_politicians_of_surname(self, doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
        """`sagte Niessl` in a report from Eisenstadt that never gives his first name: a lone surname the
        statistical NER took for a person names the one politician of that surname the knowledge base
        knows, if of a country the document places itself in (dateline, places, known actors); not a
        surname of a person the document names in full, nor one after a first name anywhere in the
        document (`Christoph Strasser`, a cyclist, not the minister). `ents`: the Doc's entities; an
        entity that stays is the very Span given."""
        named = self.links.surnames(ents)
        countries = self.place_countries | {ent.id_.split(ID_SEP)[1] for ent in ents
                                            if ID_SEP in ent.id_ and not self._company(ent)}
        entities = []
        for ent in ents:
            person = (self.links.politician_of_surname(ent.text)
                      if ent.label_ == "PER" and len(ent) == 1 and not ent.ent_id_ and ent.text not in named else None)
            if person is not None and person.actor_country in countries and not self._first_name_given(doc, ent.text):
                ent = self.links.person_span(doc, ent.start, ent.end, person)
            entities.append(ent)
        return entities

    def _product_name(self, span: Span) -> bool:
        """`der neue Airbus A380`, `der Stift Apple Pencil`, `das Samsung Galaxy`: a company's name before a
        model number or another name in the same phrase names a product, not the company; not before a
        legal form or an institution's noun (`Volkswagen AG`), a place (`Google Deutschland`) or a verb."""
        doc = span.doc
        if span.end >= len(doc) or not self._company(span):
            return False
        word = doc[span.end]
        return ((word.text[:1].isupper() or word.text[:1].isdigit()) and not word.is_punct
                and word.pos_ not in ("VERB", "AUX") and word.lower_ not in self.common_words
                and word.lower_ not in self.institution_nouns and not self.words.place_country(word.text))

    def _company(self, ent: Span) -> bool:
        """A company the knowledge base knows (companies.csv): it places no one else (`Google` in a report
        on a Korean player `Lee`)."""
        return self.links is not None and ent.id_.split(ID_SEP)[-1] in self.links.kb.business_ids

    def _first_name_given(self, doc: Doc, surname: str) -> bool:
        """A name, not a role noun, before the surname anywhere in the document (`Michelle Obama`)."""
        return any(token.text == surname and token.i > 0 and doc[token.i - 1].pos_ == "PROPN"
                   and doc[token.i - 1].text[:1].isupper() and self._role_of_word(doc[token.i - 1].text)[0] is None
                   for token in doc)

    @staticmethod
    def _surname_of_person(span: Span, persons: list[Span]) -> bool:
        """`Konterpart Shuan Fatah`, `Manager Thomas Linke`: an organisation's name that ends a longer
        person's name the statistical NER found, after a given name, is that person's surname, not the
        organisation (the Fatah, Die Linke)."""
        return (span.label_ == "ORG" and span.start > 0 and span.doc[span.start - 1].pos_ == "PROPN"
                and any(p.start < span.start and p.end == span.end for p in persons))  # (not `Rabatt Gazprom`)

    def _surnames_as_persons(self, doc: Doc, ents: Iterable[Span], known: Iterable[str]) -> list[Span]:
        """`Strugl` tagged LOC after `Michael Strugl`, `Konvičkas` (genitive) tagged LOC after `Martin
        Konvička`, `Van der Bellen` tagged MISC: one word, or one after surname particles, that is the
        surname of a person the document named in full before (or the knowledge base knows) is that
        person, whatever label the statistical NER guessed; so is a place's name (`Berlin`, which the actor
        ruler reads as the German government) after the document named a person of that surname in full
        (`Tilo Berlin`: `_place_surname`)."""
        surnames, named = set(known), set()
        entities = []
        texts, lowers = token_words(doc)  # (the words read by index: no Token made of each)
        for ent in ents:
            particles_only = all(lowers[k] in self.surname_particles for k in range(ent.start, ent.end - 1))
            if ent.label_ == "PER" and len(ent) > 1:
                surnames.add(texts[ent.end - 1])
                named.add(texts[ent.end - 1])
            elif (ent.label_ in ("ORG", "LOC", "MISC") and particles_only and not ent.ent_id_
                  and without_genitive(texts[ent.end - 1], surnames) in surnames):
                ent = Span(doc, ent.start, ent.end, label="PER")
            elif ent.label_ == "LOC" and len(ent) == 1 and texts[ent.start] in named and lowers[ent.start] in self.place_names:
                doc[ent.start].ent_id = 0  # (spaCy keeps a token's entity id that a Span without one would set)
                ent = Span(doc, ent.start, ent.end, label="PER")  # `Tilo Berlin … Grigg und Berlin`: the man, not the capital
            entities.append(ent)
        return entities

    def _without_opening_word(self, doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
        """`Obwohl Steinbrück … rechnet`, `Nachdem Merkel …`: the statistical NER takes the conjunction opening
        the sentence (german.csv not_content: `obwohl`, `nachdem`, `weil` …) into the name after it; it is
        no part of it (a name particle is: `Da Silva`). So is any word german.csv lists before a person's
        name (`Laut Böckelmann`, `Wo Griss`, `War Salzborn`); a person's name that a determiner opens
        (`Einer Studie`, `Dessen Vorteile`, `Jene Eltern`) is a noun phrase, no person's name."""
        entities = []
        for ent in ents:  # (the Doc's)
            if len(ent) > 1 and ent[1].text[:1].isupper() and (
                    ent[0].is_sent_start and ent[0].lower_ in self.conjunctions
                    or ent.label_ == "PER" and not ent.ent_id_ and ent[0].lower_ in self.opening_words):
                if ent.label_ == "PER" and ent[0].lower_ in self.determiners:
                    continue
                ent = Span(doc, ent.start + 1, ent.end, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)
            entities.append(ent)
        return entities

    def _without_place_persons(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """`Genf – Der Sonderberichterstatter …`, `Nach der Niederlage in Köln`: a name the statistical NER
        took for a person's that is the place of the document's dateline (`Ort –`, `Ort/Ort –`), or that is
        a known place whole (a country's or capital's name, a town of cities.csv) with no given name before
        it, is that place (LOC), no one who speaks; a surname the document names in full stays a person
        (`_surnames_as_persons`: `Oskar Koss … sagte Koss`), and so does one the knowledge base knows."""
        opening = dateline_opening(doc)
        dash = after_dateline(doc, opening) - 1 if opening is not None else -1
        texts = token_words(doc)[0]
        entities = []
        for ent in ents:
            if ent.label_ == "PER" and not ent.ent_id_ and (
                    opening is not None and opening <= ent.start and ent.end <= dash
                    or ent.text.lower() in self.place_names
                    and not (ent.start > 0 and self._given_name(texts[ent.start - 1]))):
                ent = Span(doc, ent.start, ent.end, label="LOC")
            entities.append(ent)
        return entities

    def _known_given_names(self) -> frozenset[str]:
        """The lower case of the knowledge base's given names, also hyphenated ones (`hans-werner`); empty
        without a knowledge base."""
        if self.links is None:
            return frozenset()
        return frozenset(name for name in self.links.kb.given_names() if name.replace("-", "").isalpha())

    def _given_name_starts(self, doc: Doc) -> list[int]:
        """The indices of capitalised words that are a known person's given name (a set lookup of the lower
        case, `token_words`, then `str.istitle`, spaCy's IS_TITLE), and of hyphenated ones whose every part
        is one (`Hans-Stephan`: `KnowledgeBase.is_given_name`)."""
        if self.links is None:
            return []
        names, (texts, lowers) = self._given_names, token_words(doc)
        return [i for i, (text, lower) in enumerate(zip(texts, lowers)) if text.istitle() and (
            lower in names or "-" in text and HYPHENATED_NAME.fullmatch(text) and self.links.is_given_name(text))]

    def _with_given_name_persons(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """`die Rechtsterroristin Beate Zschäpe`, `der Chef der Ukip, Nigel Farage,`: a given name the
        knowledge base knows and a capitalised word after it that the statistical NER missed (or took
        for a place: `Nigel`) name a person. Not where an article governs the given name (`der Roman
        X`, `im Ernst Happel Stadion`), where either word is a common word (german.csv: `Per`), a role
        noun, a place, or written in lower case elsewhere in the document, nor where another capitalised
        word follows (`Axel Springer Verlag`); an entity reaching beyond the two words stays."""
        starts = self._given_name_starts(doc)
        if not starts:
            return ents
        texts, lowers = token_words(doc)
        given = set(starts)
        owner = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        lower_words = lower_case_words(doc)
        found: list[Span] = []
        for i in starts:
            end = i + 2
            if (end > len(doc) or lowers[i] in self.governing_words or doc[i].pos_ in NO_NAME_POS
                    or i > 0 and (lowers[i - 1] in self.governing_words or i - 1 in given)):
                continue  # (`per Post`, `den Roman X`, `Maria Theresia X`)
            surname = texts[i + 1]
            if not (surname[:1].isupper() and surname.replace("-", "").isalpha() and len(surname) > 1):
                continue
            if end < len(doc) and texts[end][:1].isupper():
                continue  # (a third capitalised word: a company's, a place's or a longer name)
            if doc[i].is_sent_start and doc[i + 1].pos_ == "NOUN":
                continue  # (`Allen Unkenrufen zum Trotz`: a sentence's opening word and a noun)
            if i > 0 and lowers[i - 1] in self.quoting_verbs:
                continue  # (`zitierte Konrad Adenauer`: whose words they are, the quote finder decides)
            if i > 0 and (self._placed_word_role(texts[i - 1])[0] is not None or self._unread_office(texts[i - 1])):
                continue  # (`Soziologe X Y`: `_role_mention` reads the name with its office's side; `Vize-Außenminister X Y`)
            if any(lowers[k] in self.common_words or lowers[k] in lower_words or self._role_of_word(texts[k])[0] is not None
                   or self.words.place_country(texts[k]) and (k == i or not self._place_surname(doc, i)) for k in (i, i + 1)):
                continue  # (a place after a given name only where it is a surname: `_place_surname`)
            covering = {owner[k] for k in (i, i + 1) if k in owner}
            if any(ent.label_ == "PER" or ent.ent_id_ and not (ent.label_ == "LOC" and ent.start == i + 1
                                                               and self._place_surname(doc, i))
                   or ent.start < i or ent.end > end for ent in covering):
                continue
            found.append(Span(doc, i, end, label="PER"))
        if not found:
            return ents
        taken = {k for span in found for k in range(span.start, span.end)}
        return sorted([ent for ent in ents if ent.start not in taken and ent.end - 1 not in taken] + found,
                      key=lambda span: span.start)

    def _place_surname(self, doc: Doc, i: int) -> bool:
        """`gegen Wolfgang Kulterer, Tilo Berlin und Co`: a town's or capital's name (cities.csv, countries.csv)
        right after a known given name is that person's surname, not the place; not a country's name or
        adjective (`Peter Österreich`?), nor after a preposition or a name that is a place itself."""
        texts, lowers = token_words(doc)
        return (lowers[i + 1] in self.capital_names or lowers[i + 1] in self.words.towns) \
            and not self.words.place_country(texts[i]) and not (i > 0 and doc[i - 1].pos_ == "ADP")

    def _split_dative_pair(self, ents: list[Span]) -> list[Span]:
        """`Am Montag warf Petra Huber Jens Maier vor, …`, `unterstellte Lech Huber Wałęsa, …`: after a
        verb that governs a person in the dative (german.csv `dative_verb`), two bare names in a row are
        the subject and the one addressed, which the statistical NER reads as one name. Split where a
        known given name follows a word that is none (`Jens` after `Huber`), or, for three words opening
        with a given name, before a last word that is a known person's surname (`Wałęsa`); not a name the
        knowledge base knows whole (`José Luis Rodríguez Zapatero`), nor a double given name (`Hans Peter`)."""
        if self.links is None:
            return ents
        out: list[Span] = []
        for ent in ents:
            doc = ent.doc
            words = [token.text for token in ent]
            given = [self.links.is_given_name(word) for word in words]
            cut = 0
            if (ent.start > 0 and doc[ent.start - 1].lower_ in self.dative_verbs and len(ent) >= 3 and given[0]
                    and all(word.istitle() and word.replace("-", "").isalpha() for word in words)
                    and not self.links.kb.persons(ent.text)):
                cut = next((k for k in range(2, len(ent)) if given[k] and not given[k - 1]), 0)
                if not cut and len(ent) == 3 and not any(given[1:]) and self.links.kb.persons_by_surname(words[2]):
                    cut = 2
            if cut:
                out += [Span(doc, ent.start, ent.start + cut, label="PER"), Span(doc, ent.start + cut, ent.end, label="PER")]
            else:
                out.append(ent)
        return out

    def _unread_office(self, word: str) -> bool:
        """`Vize-Außenminister`: a compound whose last part is a role noun that the role lexicons do not
        read as a whole; the name after it is left to the speaker resolver. Not a company's office
        (`Apple-CEO`, `Facebook-Manager`: `_company_title` types the name after it)."""
        head, _, tail = word.rpartition("-")
        return (bool(head) and tail[:1].isupper() and self._placed_word_role(word)[0] is None
                and self._role_of_word(tail)[0] is not None
                and (self.links is None or self.links.business_prefix(word) is None))

    def _without_common_words(self, doc: Doc, ents: list[Span], known: Iterable[str]) -> list[Span]:
        """`Mindestens`, `Grundsätzlich`, `Würden` or `Graz` as a person of the statistical NER: one word no
        lexicon or knowledge base names, nor the surname of a person the document names in full or after a
        given name (`Nick Ferguson`, the NER's `Ferguson`), is no person where german.csv lists it (`Heuer`,
        `Kann`, `Wissenschafter`), the document also writes it in lower case (`Aktuell … aktuell`) or as a
        plural noun (`Kriege` beside `die Kriege`: `_article_nouns`; not a surname the knowledge base knows); a
        country's adjective or a town's genitive (`Türkisch`, `Kölns`: `place_country`) is a place (a place's
        whole name was made one before: `_without_place_persons`)."""
        surnames = set(known)
        names = surnames | {ent[-1].text for ent in ents if ent.label_ == "PER" and len(ent) > 1}
        lower_words: frozenset[str] | None = None
        entities = []
        texts = token_words(doc)[0]
        for ent in ents:
            if self._common_noun_after_surname(ent, surnames):
                ent = Span(doc, ent.start, ent.end - 1, label="PER")  # `Bürgermeister Trucha Neuwahlen`
            word = texts[ent.start] if len(ent) == 1 else ""  # (read of one-word persons only: no Span text joined)
            if (ent.label_ != "PER" or len(ent) > 1 or ent.ent_id_ or without_genitive(word, names) in names
                    or self._after_given_name(ent)):
                entities.append(ent)
                continue
            if lower_words is None:
                lower_words = lower_case_words(doc)
                article_nouns = self._article_nouns(doc)
            if word.lower() in self.common_words or word.lower() in lower_words:
                continue
            if self._role_of_word(word)[0] is not None and not self._known_surname(word):
                continue  # `Spitzenpolitiker der PD fordern`: a role noun opening the sentence (`_role_mention`)
            if word in article_nouns and not self._known_surname(word):
                continue
            if self.words.place_country(word):
                ent = Span(doc, ent.start, ent.end, label="LOC")
            entities.append(ent)
        return entities

    def _known_surname(self, word: str) -> bool:
        """Whether the knowledge base knows a person of that surname (`Kanzler`, `Richter` may be names)."""
        return self.links is not None and bool(self.links.kb.persons_by_surname(word))

    def _common_noun_after_surname(self, ent: Span, names: set[str]) -> bool:
        """`forderte Bürgermeister Trucha Neuwahlen`: a two-word person of the statistical NER after a title that no
        lexicon or knowledge base names ends in the verb's object when its last word is a common noun
        by the lexicons (an issue keyword, inflected, or a position noun alone: `Neuwahlen`, `Kritik`; an abstract
        noun's ending, german.csv abstract_noun_ending: `Steuersenkungen`), no known surname, and its first
        word is no known given name (`Anna Neuwahl` stays)."""
        if ent.label_ != "PER" or len(ent) != 2 or ent.ent_id_ or not ent[1].is_alpha or ent.start == 0:
            return False
        if self._title_role(ent.doc[word_before(ent.doc, ent.start)].text)[0] is None:
            return False  # a title before it (`Bürgermeister`); not `Gaulands Äußerung`, `Schwere Kritik`
        last = ent[1].text
        if last in names or self._given_name(ent[0].text) or (
                self.links is not None and self.links.kb.persons_by_surname(last)):
            return False
        return self.common_noun_word(last) or self._position_noun(last)

    def _article_nouns(self, doc: Doc) -> set[str]:
        """The capitalised words the document writes as a plural noun: after a plural quantifier (`viele
        Flüchtlinge`), or after an article with a plural's ending (`die Kriege`, `der Vorwürfe`, `den
        Genehmigungen`; not `der Celmins`, `dem Schettino`, names with an article). Where a sentence opens
        with one, the statistical NER may take it for a person (`Kriege seien …`)."""
        texts, lowers = token_words(doc)
        return {texts[i] for i in range(1, len(texts)) if texts[i][:1].isupper() and texts[i].isalpha()
                and (lowers[i - 1] in self.plural_quantifiers
                     or lowers[i - 1] in self.articles and lowers[i].endswith(PLURAL_ENDINGS))}

    def _after_given_name(self, ent: Span) -> bool:
        """`Nick Ferguson` where the NER found only `Ferguson`: a given name of the knowledge base right before."""
        before = word_before(ent.doc, ent.start)
        return (self.links is not None and before >= 0 and ent.doc[before].text[:1].isupper()
                and self.links.is_given_name(ent.doc[before].lower_))

    def _without_role_places(self, ents: list[Span]) -> list[Span]:
        """`die Oppositionsparteien`, `der Parteivorstand` as a place or organisation of the statistical NER:
        one word that no lexicon or knowledge base names and roles.csv reads as a role noun is that role
        (the role mentions read it), not a place."""
        return [ent for ent in ents if ent.label_ == "PER" or ent.ent_id_ or len(ent) > 1
                or not ent.text[:1].isupper() or self.words.place_country(ent.text)
                or self._placed_word_role(ent.text)[0] is None]

    def _without_attributive_demonyms(self, ents: list[Span]) -> list[Span]:
        """`Deutschen Physikern ist es gelungen`, `das Deutsche Zentrum für Luft- und Raumfahrt`: a demonym
        that is a form of the country's adjective (`Deutsche`), before a noun, is an adjective, no people;
        before another entity it is part of that name (`im Deutschen Bundestag`), except a person's."""
        ents, entities = list(ents), []
        for k, ent in enumerate(ents):
            texts = token_words(ent.doc)[0]  # (a one-word entity's text read by index: most are no demonym)
            if (texts[ent.start] if ent.end - ent.start == 1 else ent.text) not in self.adjectival_demonyms:
                entities.append(ent)
                continue
            following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            person_next = k + 1 < len(ents) and ents[k + 1].start == ent.end and ents[k + 1].label_ == "PER"
            if (following is None or person_next
                    or not (following.text[:1].isupper() and following.is_alpha)):
                entities.append(ent)  # (`Der Deutsche Jan Frodeno`: a noun, in apposition to the name)
            elif k + 1 < len(ents) and ents[k + 1].start == ent.end:
                name = ents[k + 1]
                ents[k + 1] = Span(ent.doc, ent.start, name.end, label=name.label_, kb_id=name.kb_id_,
                                   span_id=name.id_)
        return entities

    def _without_office_of_holder(self, ents: list[Span], known: Iterable[str]) -> list[Span]:
        """`Camerons Sprecher`, `Kerrys Sprecher John Kirby`: the statistical NER takes the genitive of a
        person's surname (one the document names in full, or the knowledge base's) and the office or agent
        noun after it (german.csv agent_noun, a role) for one name; the name is the genitive's holder
        alone, and the office after it is a mention of its own (`Thüringens Justizminister X` stays)."""
        surnames = set(known) | {ent[-1].text for ent in ents if ent.label_ == "PER" and len(ent) > 1}
        entities = []
        for ent in ents:
            if ent.label_ == "PER" and len(ent) > 1:
                for k in range(1, len(ent)):
                    word = ent[k].text
                    if (ent[k - 1].text.endswith(("s", "'")) and word[:1].isupper()
                            and without_genitive(ent[k - 1].text, surnames) in surnames
                            and (word.lower() in self.agent_nouns or self._title_role(word)[0] is not None)):
                        if ent.end - k > 2 and all(t.is_title and t.is_alpha for t in ent[k + 1:]):
                            entities.append(Span(ent.doc, ent.start, ent.start + k, label=ent.label_))
                            ent = Span(ent.doc, ent.start + k + 1, ent.end, label=ent.label_)
                        else:
                            ent = Span(ent.doc, ent.start, ent.start + k, label=ent.label_)
                        break
            entities.append(ent)
        return entities

    def _persons_after_office(self, ents: list[Span]) -> list[Span]:
        """`des Landesrates Max Huber`: the statistical NER takes an office noun and the name after it for
        an organisation; a role noun of a person followed by a known given name opens no organisation's
        name, the person's name is the rest (the office a mention of its own)."""
        entities = []
        for ent in ents:
            if (ent.label_ in ("ORG", "MISC") and not ent.ent_id_ and len(ent) > 2 and ent[1].text[:1].isupper()
                    and self._given_name(ent[1].text) and self._office_noun(ent[0].text)):
                ent = Span(ent.doc, ent.start + 1, ent.end, label="PER")
            elif self._descriptor_before_name(ent):
                ent = Span(ent.doc, ent.start + 1, ent.end, label="PER")
            elif self._name_after_person_office(ent):
                ent = Span(ent.doc, ent.start, ent.end, label="PER")
            elif self._person_office_taken_in(ent):
                ent = Span(ent.doc, ent.start + 1, ent.end, label="PER")
            elif self._surname_after_office_and_given_name(ent):
                ent = Span(ent.doc, word_before(ent.doc, ent.start), ent.end, label="PER")
            entities.append(ent)
        return entities

    def _surname_after_office_and_given_name(self, ent: Span) -> bool:
        """`deren Sprecher Konrad Kmetic`: a place or organisation of one word the statistical NER found,
        unknown to the lexicons and the knowledge base, right after a known given name (`_after_given_name`,
        in no entity) that a person's role noun opens (`_person_noun_before`) is that person's surname."""
        if ent.label_ == "PER" or ent.ent_id_ or len(ent) != 1 or not self._name_words(ent) \
                or self.words.place_country(ent.text) or not self._after_given_name(ent):
            return False
        doc = ent.doc
        given = word_before(doc, ent.start)
        office = word_before(doc, given)
        return doc[given].ent_iob_ == "O" and office >= 0 and self._person_noun_before(doc[office].text)

    def _name_after_person_office(self, ent: Span) -> bool:
        """`die Abgeordnete Mei Ling`, `Air-Force-Sprecherin Hanna Kolbe`: an organisation's name of the
        statistical NER, unknown to the lexicons and the knowledge base, of two or three capitalised words
        (no acronym, country or role noun among them) right after a person's role noun (no group such as
        `Regierung`) is that person's name."""
        if ent.label_ not in ("ORG", "MISC") or ent.ent_id_ or not 2 <= len(ent) <= 3 or ent.start == 0:
            return False
        return self._name_words(ent) and self._person_noun_before(ent.doc[word_before(ent.doc, ent.start)].text)

    def _person_office_taken_in(self, ent: Span) -> bool:
        """`Volkskongress-Abgeordnete Mei Ling`: an organisation's name of the statistical NER, unknown to
        the lexicons and the knowledge base, of three words whose first is a person's role noun and the other
        two name a person (`_name_words`): the NER took the role noun into the name."""
        return (ent.label_ in ("ORG", "MISC") and not ent.ent_id_ and len(ent) == 3
                and self._person_noun_before(ent[0].text) and self._name_words(ent[1:]))

    def _name_words(self, words: Span) -> bool:
        """Words that may make a person's name: capitalised, no acronym, country or role noun."""
        return all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and not self.words.country_of(t.text)
                   and not self._match_role(t.text) for t in words)

    def _person_noun_before(self, word: str) -> bool:
        """A person's role noun (`_title_role`), also as the last part of a hyphenated compound whose
        front the lexicons do not know (`Air-Force-Sprecherin`)."""
        return (self._title_role(word)[0] or self._title_role(word.rpartition("-")[2])[0]) is not None

    def _descriptor_before_name(self, ent: Span) -> bool:
        """`Trainer Max Huber`, `Präfektin Anna Roux`, `Kiwi-Chefin Eva Berger`: a person's name of the
        statistical NER that opens with a word the tagger reads as a noun before a known given name; the
        name is the rest. Not a name the knowledge base knows, one whose first word is a given name too
        (`Hans Peter Doskozil`), nor one opened by an office the lexicons read (`_title_role`:
        `Außenamtssprecher X Y`, which `_link_unknown` reads with its side)."""
        if ent.label_ != "PER" or ent.ent_id_ or len(ent) < 3 or not ent[1].text[:1].isupper():
            return False
        first = ent[0].text
        return (first.replace("-", "").isalpha() and ent[0].pos_ == "NOUN" and self._given_name(ent[1].text)
                and not self._given_name(first) and self._title_role(first)[0] is None)

    def _office_noun(self, word: str) -> bool:
        """A role noun of a person, also in the genitive (`Landesrates`, `Ministers`)."""
        forms = (word, word[:-2] if word.endswith("es") else word, word[:-1] if word.endswith("s") else word)
        return any(self._title_role(form)[0] is not None for form in dict.fromkeys(forms))

    def _genitive_place(self, token: Token) -> str:
        """The country of a place in the genitive (`Bayerns`, `Odessas`, `Russlands`), else ''."""
        return self.words.place_country(token.text) if token.text.endswith("s") else ""

    def _without_office_of_place(self, ents: list[Span]) -> list[Span]:
        """`Bayerns Innenminister`, `Baden-Württembergs Verkehrsministerium`: the statistical NER takes a place in
        the genitive and the office or body after it for a person's name; it names no one (the office is a mention
        of its own, with the name after it; the body speaks for the place's side)."""
        return [ent for ent in ents if not (ent.label_ == "PER" and len(ent) == 2 and self._genitive_place(ent[0])
                                            and (self._title_role(ent[1].text)[0] or self._word_role(ent[1].text)[0]))]

    def _institution_of_place(self, doc: Doc, mention: Span) -> Span:
        """`die Universität Wien`, `das Oberlandesgericht Wien`, `die Flughafen Wien AG`, `der George
        Washington University`: a place inside an institution's name (german.csv institution_noun, the
        word before or after it) is no metonymy for the government; the institution speaks, a domestic
        organisation (a court: court_noun) of the place's country, a body of its state (state_body_noun:
        `das Landeskriminalamt Burgenland`) a government; a site (german.csv site_noun: `der Wirtschaftsstandort
        Österreich`) is nobody, nor is a sports club (german.csv club_word before the place: `Dinamo Zagreb`,
        `Red Bull Salzburg`)."""
        ext = self.records[mention]
        if ext.mention != "place" and not self._region_government(mention):
            return mention
        start, end = mention.start, mention.end
        before = word_before(doc, start)
        if before >= 0 and (doc[before].lower_ in self.site_nouns  # `der Wirtschaftsstandort Österreich`
                            or doc[before].lower_ in self.club_words):  # `Dinamo Zagreb`
            ext.actor = ""
            return mention
        while start > 0 and doc[start - 1].lower_ in self.institution_nouns:
            start -= 1
        while end < len(doc) and doc[end].lower_ in self.institution_nouns:
            end += 1
        if (start, end) == (mention.start, mention.end):
            return mention
        if ext.mention != "place" and start > 0 and doc[start - 1].lower_ in self.genitive_only_articles:
            return mention  # `die Ermittler des Landeskriminalamtes Niederösterreich`: an attribute; the Land's side stays
        span = Span(doc, start, end, label="ORG")
        institution = self.records[span]
        institution.actor, institution.actor_country = span.text, ext.actor_country
        court = any(token.lower_ in self.court_nouns for token in span)
        state_body = any(token.lower_ in self.state_body_nouns for token in span)
        institution.mention = "group"
        institution.actor_type = "court" if court else "government" if state_body else "organisation"
        return span

    def _placed_body_country(self, doc: Doc, token: Token, start: int, country: str) -> str:
        """The state a body that names a side only with its state (german.csv `placed_body_noun`) stands for: the
        country its own phrase names, by an adjective or genitive before it (`die russischen Behörden`, `Chinas
        Behörden`, `country`) or after a seat preposition (`die Behörden in Bahrain`); '' where none does, where a
        preposition opens the phrase (`appellierte an die türkischen Behörden`) and where its article is none a
        subject takes (german.csv `nominative_article`, not a `genitive_article`: `der burundischen Behörden`)."""
        first = start - 1 if start > 0 and doc[start - 1].pos_ == "DET" else start
        if first < start and doc[first].lower_ not in self.subject_articles or first > 0 and doc[first - 1].pos_ == "ADP":
            return ""  # `ohne die Zustimmung der burundischen Behörden`: a genitive attribute, no speaker
        if not country and token.i + 2 < len(doc) and doc[token.i + 1].text in self.seat_prepositions:
            country = self.words.country_of(doc[token.i + 2].text)
        return country

    def _region_government(self, mention: Span) -> bool:
        """`Burgenland`, `Salzburg` linked to a Land's government: a region or town of cities.csv whose
        name stands for its government, which an institution's name around it (`das Landeskriminalamt
        Burgenland`, `die Uni Salzburg`) makes a body of its own."""
        ext = self.records[mention]
        return (ext.mention == "group" and ext.actor_type == "government"
                and bool(self.words.place_country(mention.text)))

    def _other_country_before(self, span: Span) -> bool:
        """`das belarussische Sozialministerium`: a country word before an organisation's name
        says it is another country's body of the same name."""
        if span.label_ != "ORG" or span.start == 0:
            return False
        code = self.words.country_of(span.doc[span.start - 1].text)
        return bool(code) and code != span.id_.split(ID_SEP)[1]

    def _role_anaphora(self, doc: Doc, mentions: list[Span]) -> None:
        """`der Regierungschef`, `der Sprecher` with no country of their own: the last actor named
        with the same role (`Schwedens Ministerpräsident Ulf Kristersson … fügte der Regierungschef hinzu`)
        and of no other gender (`Innenministerin X … Sozialminister Y … Die Ministerin`: X), also a person
        the text names with the role before any country is known (`Wien – Innenministerin X … Die
        Ministerin`: X, on the side X is given); so does an observer's role noun (`die Psychotherapeutin
        Barbara Preitler … sagt die Psychotherapeutin`), a woman's noun not a man; and an office of a
        country named before with its holder (`_office_of_named`); or the person named last whom the
        knowledge base knows as a holder of the office (`_known_holder_before`: `David Cameron … Der
        Premier drohte`), if named after the last mention of the role (`König Abdullah II. … der König` is
        no president named before)."""
        by_role: dict[str, list[Span]] = {}  # the mentions of each role a later one may take up, in order
        last_seen: dict[str, int] = {}  # where each role was last named, with a side or without
        known: list[Span] = []  # the persons the knowledge base knows, in the order named
        named: list[Span] = []  # the persons named, in order
        taken: list[tuple[Span, Span]] = []  # (a role mention, the mention of the person it took up)
        persons = {self.records[m].actor for m in mentions if m.label_ == "PER" and self.records[m].mention == "name"}
        for mention in mentions:
            ext = self.records[mention]
            if ext.mention == "name" and mention.label_ == "PER":
                named.append(mention)
                if ext.actor_id:
                    known.append(mention)
            role = ext.role
            if not role:
                continue
            unnamed = not ext.actor or ext.actor == role or ext.actor == f"{role} ({ext.actor_country})"
            if ext.mention == "role" and unnamed and self._former_office(doc, mention.start):
                self._former_holder(mention, named)
                continue
            before = word_before(doc, mention.start)
            definite = before >= 0 and doc[before].text.lower() in self.definite_articles
            same = self._same_role_before(by_role.get(role, []), ext.gender)
            unnamed_observer = (ext.actor_country == "OTHER" and ext.actor == role and same is not None
                                and ext.gender in ("", self.records[same].gender))
            unnamed_office = same is not None and self._office_of_named(mention, same)
            holder = self._known_holder_before(doc, mention, known) if definite and not ext.actor_country else None
            if holder is not None and holder.start > last_seen.get(role, -1):
                known_holder = self.records[holder]
                ext.actor, ext.actor_country, ext.actor_id = known_holder.actor, known_holder.actor_country, known_holder.actor_id
                ext.gender = known_holder.gender or ext.gender
            elif (not ext.actor_country or unnamed_observer or unnamed_office) and definite and same is not None \
                    and not (self._plural_persons(doc, mention) and self.records[same].mention != "group"):
                # (`die Klubobleute X und Y … sagten die Klubobleute`: several persons are no one person named before)
                antecedent = self.records[same]
                ext.actor, ext.actor_country = antecedent.actor, antecedent.actor_country
                taken.append((mention, same))
            elif definite and ext.actor_type == "expert" and ext.actor == role and role not in by_role:
                self._observer_named_before(mention, named)
            if ext.actor_country or ext.mention == "role" and not unnamed and ext.actor in persons:
                by_role.setdefault(role, []).append(mention)
            last_seen[role] = mention.start
        self._party_office_holders(doc, mentions)
        self._bridge_government_roles(doc, mentions)
        for mention, same in taken:  # (the side the bridge gave the person named with the role)
            ext, antecedent = self.records[mention], self.records[same]
            if ext.actor == antecedent.actor and not ext.actor_country:
                ext.actor_country = antecedent.actor_country
        self._place_domestic_groups(mentions)

    def _same_role_before(self, before: list[Span], gender: str) -> Span | None:
        """The last of the earlier mentions of a role whose gender fits (`die Ministerin` takes up no
        `Sozialminister Y` named after `Innenministerin X`, but X), or None."""
        return next((m for m in reversed(before) if _same_gender(gender, self.records[m].gender)), None)

    def _plural_persons(self, doc: Doc, mention: Span) -> bool:
        """`die Klubobleute`, `den Abgeordneten`: a group mention of a person's role noun after a plural's
        article (`die`, `den`; not a woman's noun in `-in`, nor `der Verkehrsminister`, whose plural looks alike)."""
        head = doc[mention.end - 1].text
        before = word_before(doc, mention.start)
        return (self.records[mention].mention == "group" and before >= 0
                and doc[before].lower_ in ("die", "den") and self._title_role(head)[0] is not None
                and not self.person_nouns.feminine_person(head, person=True))

    def _former_apposition(self, doc: Doc, i: int) -> bool:
        """A role phrase starting at i that opens an apposition after a comma with an adjective of a past office
        (`X, ehemalige Landesrätin in Tirol`, `X, der frühere Minister`): it gives the person named before no office."""
        k = i - 1 if i > 0 and doc[i - 1].lower_ in self.former_adjectives else i
        if k == i and not (i > 0 and doc[i].lower_ in self.former_adjectives):
            return False
        k = k - 1 if k > 0 and doc[k - 1].lower_ in self.articles else k
        return k > 0 and doc[k - 1].text == ","

    def _former_office(self, doc: Doc, i: int, definite: bool = True) -> bool:
        """The role noun at i has an adjective of a past office among the adjectives before it (german.csv
        former_adjective: `der ehemalige Ministerpräsident`, `die frühere polnische Außenministerin`, `der
        damalige Landeshauptmann`): its holder is not the one in office now; with `definite`, only after a
        definite article (`ein früherer Minister` introduces someone new)."""
        k, former = i - 1, False
        while k >= 0 and i - k <= 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in self.definite_articles:
            former = former or doc[k].lower_ in self.former_adjectives
            k -= 1
        return former and (not definite or k >= 0 and doc[k].lower_ in self.definite_articles)

    def _former_holder(self, mention: Span, named: list[Span]) -> None:
        """`Jarosław Kaczyński … nannte der ehemalige Ministerpräsident`: a former office holder the text
        does not name is the person named last before it (`_persons_before`) of, where both have one, the
        role's side; else the office stays as it is."""
        ext = self.records[mention]
        for other in self._persons_before(mention, named):
            if other.actor_country and ext.actor_country and other.actor_country != ext.actor_country:
                continue
            ext.actor, ext.actor_id = other.actor, other.actor_id
            ext.actor_type = other.actor_type or "person"  # a past office is no office of the person now
            ext.actor_country = other.actor_country or ext.actor_country
            ext.gender = other.gender or ext.gender
            return

    def _observer_named_before(self, mention: Span, named: list[Span]) -> None:
        """`Markus Marterbauer … sagt der Ökonom`, `… meint die Politologin`: an expert's role noun with no name
        of its own and no expert of that role named before is the person named last before it
        (`_persons_before`) with a full name, who speaks as an observer (OTHER), if nothing places
        that person (no country but OTHER) and the knowledge base does not know them (its persons hold
        offices); else the expert stays unnamed."""
        ext = self.records[mention]
        for other in self._persons_before(mention, named):
            if " " not in other.actor:
                continue  # (a lone word the NER took for a name, `Urlaub`, `Obamas`, is nobody to take up)
            if not other.actor_id and other.actor_country in ("", "OTHER"):
                ext.actor, ext.gender = other.actor, other.gender or ext.gender
            return

    def _persons_before(self, mention: Span, named: list[Span]) -> Iterator[MentionRecord]:
        """The records of the persons `named` before a role mention, the last first, within about three
        sentences (ANTECEDENT_REACH) and of no other gender than the role's (where both have one)."""
        gender = self.records[mention].gender
        for person in reversed(named):
            if mention.start - person.end > ANTECEDENT_REACH:
                return
            other = self.records[person]
            if self._genitive_attribute(person, other.actor):
                continue  # (`Diplomat in Fidel Castros Diensten … so der Politologe`: Castro owns, he is not described)
            if not (other.gender and gender and other.gender != gender):
                yield other

    @staticmethod
    def _genitive_attribute(person: Span, actor: str) -> bool:
        """`Castros Diensten`, `Merkels Sprecher`: a person's name in the genitive (its last word the actor's
        surname with `s` or `'`) before a capitalised word, the noun it is an attribute of."""
        last, surname = person[-1].text, actor.rsplit(" ", 1)[-1]
        following = person.doc[person.end] if person.end < len(person.doc) else None
        return (last != surname and last in (surname + "s", surname + "'") and following is not None
                and following.text[:1].isupper() and following.is_alpha)

    def _known_holder_before(self, doc: Doc, mention: Span, known: list[Span]) -> Span | None:
        """The person named last before a role mention (`der Premier`) whom the knowledge base knows
        as a holder of the office the role noun names, in any country (on the document's date, if it
        has one); not for an office of a body named after it (`der Präsident des Verbandes`)."""
        if self.links is None or mention.end < len(doc) and doc[mention.end].lower_ in self.genitive_articles:
            return None
        noun = mention[-1].text
        return next((person for person in reversed(known)
                     if self.links.held_office_named(self.records[person].actor_id, noun, self.day)), None)

    def _office_of_named(self, mention: Span, named: Span) -> bool:
        """`Außenminister Sergej Lawrow … Der russische Außenminister`: a role mention that names only
        the office of a country (`Außenminister (RUS)`) and the last person named with that role for
        that country (not a body: `die Opposition`), of no other gender."""
        ext, other = self.records[mention], self.records[named]
        return (ext.actor == f"{ext.role} ({ext.actor_country})" and ext.role not in self.domestic_bodies
                and other.actor_country == ext.actor_country and other.mention != "group"
                and other.actor != ext.role and not other.actor.endswith(")")
                and (ext.gender == other.gender or "" in (ext.gender, other.gender)))

    def _offices_of_led_organisations(self, mentions: list[Span]) -> None:
        """`der Chef der Grünen`, `ein Sprecher der FPÖ`: an office of a party or organisation named in the
        genitive after it that still names nobody speaks as the organisation (as `ein FPÖ-Sprecher`
        does); but a member of it the knowledge base knows, named before, is the one it describes
        (`Jarosław Kaczyński … Der Vorsitzende der PiS`)."""
        for k, mention in enumerate(mentions):
            ext = self.records[mention]
            led = self.led_organisations.get((mention.start_char, mention.end_char))
            if led is None:
                continue
            if ext.actor != f"{ext.role} ({ext.actor_country})":  # `Der Vizevorsitzende der Linksfraktion, X`
                ext.actor_type = ext.actor_type or led.actor_type  # an office of the party, whoever holds it
                continue
            member = next((before for before in (self.records[m] for m in reversed(mentions[:k]))
                           if before.actor_id and _same_gender(ext.gender, before.gender)
                           and (self._member_of(before.actor_id, led.actor_id)
                                or self._held_led_office(before.actor_id, mention, led))), None)
            if member is not None:
                ext.actor, ext.actor_id, ext.actor_type = member.actor, member.actor_id, member.actor_type
                ext.gender = member.gender or ext.gender
            else:
                ext.actor, ext.actor_type, ext.actor_id = led.actor, led.actor_type, led.actor_id

    def _held_led_office(self, person_id: str, mention: Span, led: MentionRecord) -> bool:
        """Whether a known person named before held the office of an international body that a role noun
        with the body in the genitive names (`Jean-Claude Juncker … der heutige Präsident der
        EU-Kommission`: `EU-Kommissionspräsident`), on the document's date or, without one, at any time."""
        if self.links is None or led.actor_type != "io":
            return False
        return any(self.links.held_office_named(person_id, form, self.day)
                   for form in _office_compounds(led.actor, mention[-1].text))

    def _member_of(self, person_id: str, organisation_id: str) -> bool:
        """Whether the knowledge base knows the person as a member of the organisation (a party's)."""
        person = self.links.kb.person_by_id(person_id) if self.links is not None and organisation_id else None
        return person is not None and person.party == organisation_id

    def _party_office_holders(self, doc: Doc, mentions: list[Span]) -> None:
        """`Werner Faymann … sagte der SPÖ-Chef`: a party's office after a definite article that names
        nobody (`Chef (AUT)`) is the last person of that party (the knowledge base's) the document named."""
        if self.links is None:
            return
        for k, mention in enumerate(mentions):
            ext = self.records[mention]
            article = word_before(doc, mention.start)
            if (not ext.role or ext.actor != f"{ext.role} ({ext.actor_country})" or article < 0
                    or doc[article].lower_ not in self.definite_articles):
                continue
            party = self.links.leading_organisation(mention.text, self.place_countries)
            if party is None or party.actor_type != "party":
                continue
            for before in (self.records[earlier] for earlier in reversed(mentions[:k])):
                person = self.links.kb.person_by_id(before.actor_id) if before.actor_id else None
                if person is not None and person.party == party.actor_id and _same_gender(ext.gender, person.gender):
                    ext.actor, ext.actor_id, ext.actor_type = before.actor, before.actor_id, before.actor_type
                    ext.gender = before.gender or ext.gender
                    break

    def _bridge_government_roles(self, doc: Doc, mentions: list[Span]) -> None:
        """`Teheran weist … zurück. Außenamtssprecher Esmail Baghaei sagte …`: an official named
        with an office but no country speaks for the government or group named just before
        (within about two sentences, not as an object: `die Forderungen der Europäer`), not for
        the document's most named country. `Ein Regierungschef aus Asien` is nobody named before.
        An organisation, armed group or medium is no state side (`ein Mitglied der Kurdenmiliz YPG …
        So sagt es der Premier`: not Syria's premier), nor is a people (`Tausende Iraker hielten sich
        illegal in der Türkei auf, begründete Botschafter X`: not Iraq's envoy)."""
        last_side: Span | None = None
        first_seen: dict[str, int] = {}
        for mention in mentions:
            ext = self.records[mention]
            first_seen.setdefault(ext.actor, mention.start)
            i = word_before(doc, mention.start)
            before = doc[i].text.lower() if i >= 0 else ""
            if ext.mention in ("place", "group") and ext.actor_country not in ("", "OTHER"):
                if before not in self.governing_words and _mention_type(mention, ext) not in NON_STATE_SIDES + ("public",):
                    last_side = mention
            elif (ext.role and not ext.actor_country and last_side is not None
                  and ext.mention in ("role", "name") and before not in self.indefinite_articles):
                if (mention.start - last_side.end <= BRIDGING_WINDOW  # introduced after the side, not before it
                        and first_seen[ext.actor] >= last_side.start):
                    ext.actor_country = side = self.records[last_side].actor_country
                    if not ext.actor:
                        ext.actor = f"{ext.role} ({side})"

    def _dateline_at_summit(self, doc: Doc) -> bool:
        """`Le Bourget – … auf der UN-Klimakonferenz in Le Bourget`: the report comes from the venue of an
        international meeting (german.csv summit_noun: `Klimakonferenz`, `Geberkonferenz`; or a
        meeting_noun after an international organisation's prefix: `EU-Gipfel`, `Nato-Treffen`) that the
        text names with the dateline's first place after `in`: a group it names without a country (`die
        Umweltverbände`, `die Gewerkschaften`) is no group of the host country, unlike in `Budapest – …`,
        nor one of the host named just before (`_place_domestic_groups`)."""
        place = self._dateline_place(doc)
        if not place:
            return False
        texts, lowers = token_words(doc)
        for k in [k for k, word in enumerate(lowers) if word == "in"]:  # (the word before each `in`, not every word)
            i = k - 1
            if not 0 <= i < len(doc) - 2 or not texts[i][:1].isupper() or texts[i + 2] != place:
                continue
            prefix, _, rest = lowers[i].rpartition("-")
            if lowers[i] in self.summit_nouns or rest in self.summit_nouns or (
                    rest in self.meeting_nouns and prefix.upper() in IO_CODES | {"UNO", "OSZE", "G-7", "G-20"}):
                return True
        return False

    @staticmethod
    def _dateline_place(doc: Doc) -> str:
        """The first word of the dateline that opens one of the first sentences (`Le` of `Le Bourget –`)."""
        opening = dateline_opening(doc)
        return "" if opening is None else doc[opening].text

    def _association_names(self, mentions: list[Span]) -> None:
        """`die Ärztegewerkschaft`, `Umweltverbände`, `der Schülervertretung`: an association that nothing
        names further, whose noun is a compound of a roles.csv row of an organisation (`…gewerkschaft`,
        `…verband`, `…vertretung`), is named by its word in the nominative (`Ärztegewerkschaft (AUT)`,
        `Schülervertretung (AUT)`), not by the row's role (`Gewerkschaften (AUT)`, `Interessenvertretung
        (AUT)`); the row's own noun (`die Gewerkschaft`) keeps the role. Done last: the linker's rules
        read a mention whose actor is `role (country)` as one that names nobody."""
        for mention in mentions:
            ext = self.records[mention]
            if (ext.mention != "group" or ext.actor_type != "organisation" or not ext.role
                    or ext.actor != f"{ext.role} ({ext.actor_country})"):
                continue
            name = self._nominative_of_role(mention[-1].text)
            folded_name, folded_role = name.lower(), ext.role.lower()
            if not (folded_role.startswith(folded_name) or folded_name.startswith(folded_role)):
                ext.actor = name if ext.actor_country == "OTHER" else f"{name} ({ext.actor_country})"

    def _nominative_of_role(self, word: str) -> str:
        """A role noun without the genitive's or the dative plural's ending where the word without it is
        the same role (`Mineralölverbandes` → `Mineralölverband`, `Konsumentenschutzverbänden` →
        `Konsumentenschutzverbände`); the word as written otherwise."""
        role = self._match_role(word)
        for ending in ("es", "s", "n"):
            if word.endswith(ending) and len(word) > len(ending) + 3 and self._match_role(word[:-len(ending)]) is role:
                return word[:-len(ending)]
        return word

    def _place_domestic_groups(self, mentions: list[Span]) -> None:
        """`Nkurunziza hatte angekündigt, für eine dritte Amtszeit anzutreten. Die Opposition
        bezeichnete dies als illegal`: a domestic group (opposition, unions, protesters) that neither
        its words nor the dateline place belongs to the state of the actor named just before it
        (within about two sentences); an organisation (`die AU`) has no opposition. A plural of
        persons (`Mehrere Abgeordnete`) may be of any parliament: only a parliament named just
        before places it (`im Sonderausschuss des Europaparlaments. Mehrere Abgeordnete warfen ihm vor`)."""
        last_state: Span | None = None
        last_parliament: Span | None = None
        for mention in mentions:
            ext = self.records[mention]
            country = ext.actor_country
            if (ext.mention == "group" and not country and ext.role in self.domestic_bodies
                    and mention.start not in self.unplaced_crowds and last_state is not None
                    and mention.start - last_state.end <= BRIDGING_WINDOW):
                ext.actor_country = side = self.records[last_state].actor_country
                ext.actor = f"{ext.role} ({side})"
            elif (ext.mention == "group" and not country and ext.role
                  and ext.actor_type == "parliament" and last_parliament is not None
                  and mention.start - last_parliament.end <= BRIDGING_WINDOW):
                ext.actor_country = side = self.records[last_parliament].actor_country
                ext.actor = f"{ext.role} ({side})"
            elif (country and country != "OTHER" and country not in IO_CODES and not self._in_dateline(mention)
                  and mention.start not in self.unplaced_crowds):  # (a crowd the document alone places places no one)
                last_state = mention
            if ext.actor_type == "parliament" and not ext.role and ext.actor_country:
                last_parliament = mention  # a named parliament (`des Europaparlaments`), not its members

    def _in_dateline(self, mention: Span) -> bool:
        """`Wien/Berlin – …`: a place of the dateline says where the report comes from, not whose
        group follows (`dateline_country` decides that, for a dateline of one country)."""
        doc = mention.doc
        return self.records[mention].mention == "place" and mention.end < len(doc) and doc[mention.end].text in DATELINE_MARKS

    def _adjective_country(self, word: str) -> str:
        """The country whose adjective the word is (`Österreichische`, `deutschen`), else '' (a string:
        asked of every word, which need not be made a `Token`)."""
        code = self.words.country_of(word)
        adjectives = self.adjective_countries.get(code, ())
        return code if adjectives and word.lower().startswith(adjectives) else ""

    def _organisation_noun(self, word: str) -> bool:
        """A compound that ends in a noun of an organisation (class `organisation_ending`), in any case
        ending: `Naturschutzbund`, `Bankenverbandes`, `Menschenrechtsgruppen`; not the noun alone
        (`die deutsche Gesellschaft` is the people, `der Bund` the state)."""
        if not word[:1].isupper() or not word.isalpha():
            return False
        return any(stem.endswith(ending) and len(stem) > len(ending) for stem in _case_stems(word.lower())
                   for ending in self.organisation_endings)

    def _link_national_organisation(self, span: Span, start: int, end: int) -> bool:
        """`Der Österreichische Naturschutzbund`, `die Deutsche Umwelthilfe`, `der Verband
        Österreichischer Zeitungen`, `das deutsche katholische Hilfswerk`: an organisation's name of
        a country's adjective and an organisation's compound noun (before or after it) speaks for that
        country, with the name as its actor (the words `start`:`end` of `span`)."""
        words = span[start:end]
        if len(words) < 2 or not (self._organisation_noun(words[-1].text) or self._organisation_noun(words[0].text)):
            return False
        codes = {self._adjective_country(token.text) for token in words} - {""}
        if len(codes) != 1:
            return False
        ext = self.records[span]
        ext.actor, ext.actor_country, ext.mention = words.text, codes.pop(), "group"
        return True

    def _national_organisations(self, doc: Doc, taken: set[int]) -> list[Span]:
        """The names `_link_national_organisation` reads that no entity covers: a country's adjective,
        up to two lower-case adjectives and the organisation's noun (`die Österreichische
        Hoteliervereinigung`, `Syrische Menschenrechtsgruppen`)."""
        found = []
        texts, lowers = token_words(doc)
        forms = self.words.forms  # (most words are no country's word: `_adjective_country` only for those that are)
        present = set(filter(forms.__contains__, set(lowers)))  # (found in C: no Python step per word)
        for i in compress(range(len(texts)), map(present.__contains__, lowers)):
            text = texts[i]
            code = self._adjective_country(text) if i not in taken and text[:1].isalpha() else ""
            if not code:
                continue
            j = i + 1
            while j < min(i + 3, len(doc)) and texts[j][:1].islower() and doc[j].pos_ == "ADJ":
                j += 1
            if j >= len(doc) or j in taken or not self._organisation_noun(texts[j]):
                continue
            name = entity_starting_at(doc, j + 1)
            if name is not None:  # `der italienische Frächterverband CNA-Fita`: the name is the actor
                ext = self.records[name]
                if not ext.actor and name.label_ in ("ORG", "MISC"):
                    ext.actor, ext.actor_country, ext.mention = name.text, code, "group"
                continue
            span = Span(doc, i, j + 1, label="ORG")
            if self._link_national_organisation(span, 0, len(span)):
                found.append(span)
                taken.update(range(i, j + 1))
        return found

    def _organisation_acronyms(self, doc: Doc, mentions: list[Span]) -> None:
        """`Der Österreichische Naturschutzbund (ÖNB) kritisierte …, schrieb der ÖNB`: the acronym in
        brackets after an organisation's name names it wherever the statistical NER finds it alone."""
        acronyms = {}
        for mention in mentions:
            end, ext = mention.end, self.records[mention]
            if (mention.label_ == "ORG" and ext.actor and end + 2 < len(doc) and doc[end].text == "("
                    and doc[end + 2].text == ")" and doc[end + 1].text.isupper()):
                acronyms.setdefault(doc[end + 1].text, (ext.actor, ext.actor_country))
        for mention in mentions:
            ext = self.records[mention]
            if not ext.actor and mention.text in acronyms:
                ext.actor, ext.actor_country = acronyms[mention.text]
                ext.mention = "group"
        self._acronyms_spelt_out(doc, mentions)

    def _acronyms_spelt_out(self, doc: Doc, mentions: list[Span]) -> None:
        """`die Internet Watch Foundation (IWF)`: the name whose words' initials spell the acronym in
        brackets after it is what the acronym names in the text, not the lexicon's organisation of that
        acronym whose name shares no word with it (`IWF`: Internationaler Währungsfonds); every mention
        of the acronym, and of the name, is that organisation, of no side the text gives."""
        spelt: dict[str, str] = {}
        texts = token_words(doc)[0]  # (every word of the text scanned: no Token made of each)
        for i in range(1, len(texts) - 2):
            acronym = texts[i + 1]
            if texts[i] != "(" or texts[i + 2] != ")" or not acronym.isupper() or not 2 <= len(acronym) <= 6:
                continue
            words = texts[max(0, i - len(acronym)):i]
            if len(words) == len(acronym) and "".join(word[:1] for word in words).upper() == acronym \
                    and all(word[:1].isupper() for word in words):
                spelt.setdefault(acronym, " ".join(words))
        if not spelt:
            return
        for mention in mentions:
            ext = self.records[mention]
            name = spelt.get(mention.text)
            if name is None or not ext.actor or " " not in ext.actor and ext.actor.isupper() \
                    or _shares_word(name, ext.actor):
                continue  # `Welternährungsprogramm` of `World Food Programm (WFP)`; `CIA`: the lexicon names no words
            for other in mentions:
                if other.text == mention.text or other.text in name and other.end_char <= mention.start_char:
                    record = self.records[other]
                    record.actor, record.actor_country, record.actor_type = name, "OTHER", "organisation"
                    record.actor_id, record.mention, record.role = "", "group", ""

    def _apposition_names(self, doc: Doc, mentions: list[Span], taken: set[int],
                          surnames: dict[str, tuple[str, str]]) -> list[Span]:
        """`der AU-Sondergesandte für Burundi, Ibrahima Fall, sagte`: a name of two or three
        words that the statistical NER missed or cut short (`Tomás` alone), set off by commas after
        a role noun."""
        found = []
        for role in [m for m in mentions if m.label_ == "ROLE" and self.records[m].mention == "role"]:
            sent_end = sentence_bounds(doc, role.start)[1] if doc.has_annotation("SENT_START") else len(doc)
            comma = next((t.i for t in tokens_of(doc, role.end, min(role.end + 6, sent_end)) if t.is_punct), None)
            if comma is None or doc[comma].text != ",":
                continue
            cut_short = entity_starting_at(doc, comma + 1)  # `Tomás` of `Tomás Ferreira-Lindqvist`
            if cut_short is not None and (len(cut_short) > 1 or cut_short.label_ != "PER" or cut_short.ent_id_):
                cut_short = None
            free = taken - {comma + 1} if cut_short is not None else taken
            name = self._name_after(doc, comma + 1, free)
            if name is None or len(name) < 2 or name.end >= sent_end or doc[name.end].text not in (",", "."):
                continue
            found.append(self._missed_name(doc, name, taken, surnames))
        return found

    def _missed_name(self, doc: Doc, name: Span, taken: set[int], surnames: dict[str, tuple[str, str]]) -> Span:
        """A person's name the NER missed, as a PER mention of its own whose surname later mentions take up."""
        span = Span(doc, name.start, name.end, label="PER")
        ext = self.records[span]
        ext.actor, ext.mention = name.text, "name"
        surnames.setdefault(name[-1].text, (name.text, ""))
        taken.update(range(span.start, span.end))
        return span

    def _copular_names(self, doc: Doc, mentions: list[Span], taken: set[int],
                       surnames: dict[str, tuple[str, str]]) -> list[Span]:
        """`Wien – Nadja Kovač ist Kampagnenleiterin von Rudolf Hundstorfer`: a name of two or three words
        that the statistical NER missed, opening its sentence (after a dateline at most) as the subject
        of a copula whose predicate is an office of a holder with a side (`office_holder_after`): the
        person `copular_offices` places, in every later mention of the surname (also one the NER found alone)."""
        found: list[Span] = []
        by_start = {m.start: m for m in mentions}
        links = self.genitive_articles | self.holder_prepositions
        lowers = token_words(doc)[1]  # (by index: no Token made of every word)
        for k in [k for k in range(2, len(doc) - 3) if lowers[k] in self.copulas]:
            start = next((i for i in (k - 3, k - 2) if i >= 0 and (doc[i].is_sent_start or i > 0
                          and doc[i - 1].text in DATELINE_DASHES)), None)
            name = self._name_after(doc, start, taken) if start is not None else None
            if name is None or name.end != k or not 2 <= len(name) <= 3 or not self._name_words(name) \
                    or office_holder_after(doc, k, by_start, self.records, self.copulas, links,
                                           self._individual_office) is None:
                continue
            found.append(self._missed_name(doc, name, taken, surnames))
            for alone in (self.records[m] for m in mentions if m.label_ == "PER" and len(m) == 1):
                if alone.mention == "name" and not alone.actor_id and alone.actor == name[-1].text:
                    alone.actor = name.text
        return found

    def _surname_mentions(self, doc: Doc, taken: set[int], surnames: dict[str, tuple[str, str]]) -> list[Span]:
        """`Maduro` after `Präsident Nicolás Maduro`, `Mitterlehner` in a headline before `Reinhold
        Mitterlehner`: a surname alone names the person the document names in full (the statistical
        NER often misses a lone surname). `der Fall`, `im Kern` are nouns, not the surname; `Van der
        Bellen`, `von der Leyen` are, with their particles, when the full name ends with them."""
        found = []
        if not surnames:  # nobody named in full: no surname to find
            return found
        texts = token_words(doc)[0]
        # (`_person_of_surname`'s tests of a word, read here without a call per word: `taken` does not change here)
        for i in [i for i, text in enumerate(texts) if text[:1].isupper() and i not in taken
                  and without_genitive(text, surnames) in surnames]:
            person = self._person_of_surname(doc, i, taken, surnames)
            if person is None:
                continue
            token = doc[i]
            start = self._surname_start(doc, token.i, person[0])
            if (start == token.i and token.i > 0 and doc[token.i - 1].text.lower() in self.governing_words
                    and not self._agents_principal(doc, token.i)):
                continue
            span = Span(doc, start, token.i + 1, label="PER")
            ext = self.records[span]
            ext.actor, ext.actor_country, ext.gender = person
            ext.mention = "name"
            found.append(span)
        return found

    def _surnames_named_by_office(self, mentions: list[Span], surnames: dict[str, tuple[str, str]]) -> None:
        """`Klubobfrau Helga Krismer … sagt Krismer`: a lone surname the statistical NER found is linked
        before the names after role nouns are read, so it stays a name of its own (no side); once they
        are, it names the person the document names in full with that surname (`_role_mention`), and
        takes that person's side where it has none (or the same); only a name that opens with a given name the knowledge base knows."""
        for mention in mentions:
            ext = self.records[mention]
            if (mention.label_ != "PER" or len(mention) != 1 or ext.mention != "name" or ext.actor_id
                    or ext.actor != without_genitive(mention.text, surnames)):
                continue
            actor, country = surnames.get(ext.actor, ("", ""))
            if actor == ext.actor or actor.split()[-1:] != [ext.actor] or ext.actor_country not in ("", country):
                continue  # (not a fuller name of that surname, or one placed elsewhere)
            if self.links is None or not self.links.is_given_name(actor.split()[0].split("-")[0]):
                continue  # (`Sturm Graz`, `Bezirk Bruck`, `Softwarehersteller Canonical`: no given name first)
            ext.actor, ext.actor_country = actor, country
            ext.gender = ext.gender or self.genders.get(actor, "")

    def _noun_gender(self, ent: Span) -> str:
        """`Datenforscher Jan Kowalczyk`: a man, by the ending of the noun of one person right before the
        name (`PersonNouns.masculine_person`: `-er`, `-ist`, `-chef`); '' for none. (Not `f` for `-in`: a woman so
        given would draw `sie` from a woman the text names by a description, `die Verletzte`, or by a name the
        NER misses.)"""
        before = word_before(ent.doc, ent.start)
        if before < 0 or ent.doc[before].pos_ != "NOUN" or not ent.doc[before].is_title:
            return ""
        word = ent.doc[before].text
        return "m" if self.person_nouns.masculine_person(word) and not self.person_nouns.age_noun(word) else ""

    def _kin_gender(self, ent: Span) -> str:
        """`Mutter Anna Berger`, `Sohn Max`: the gender of a relative's noun (german.csv
        `female_kin_noun`, `male_kin_noun`) right before the name or opening it; '' for none."""
        before = word_before(ent.doc, ent.start)
        words = [ent[0].lower_] + ([ent.doc[before].lower_] if before >= 0 else [])
        return next((self.kin_genders[word] for word in words if word in self.kin_genders), "")

    def _holder_of_surname(self, token: Token, name: Span, surnames: dict[str, tuple[str, str]]) -> Person | None:
        """The known holder, on the document's date, of the office the role noun names whose surname is
        the lone word after it, unless the document names someone of that surname in full."""
        if self.links is None or len(name) != 1 and not name[0].is_lower or name.text in surnames:
            return None  # (a surname with its particles is one: `Innenminister de Maizière`)
        return self.links.holder_of_surname(token.text, name.text, self.day)

    def _regnal_holder(self, token: Token, name: Span) -> Person | None:
        """`König Abdullah II.`, `Königin Elisabeth II.`: the known holder of the office the title names
        whose name opens with the name and its numeral (`regnal_holder`); None for another name."""
        if self.links is None or not REGNAL_NUMERAL.fullmatch(name[-1].text):
            return None
        return self.links.regnal_holder(token.text, name.text.rstrip("."), self.day)

    def _agents_principal(self, doc: Doc, i: int) -> bool:
        """`aus dem Büro von Strache`, `ein Sprecher von Kern`: the word after an agent noun and a holder
        preposition is the person it speaks for, not a noun (`im Kern`)."""
        return (i > 1 and doc[i - 1].lower_ in self.holder_prepositions
                and doc[i - 2].lower_ in self.agent_nouns)

    # -- named entities
    def _link_entity(self, ent: Span, surnames: dict[str, tuple[str, str]]) -> None:
        ext = self.records[ent]
        if ent.ent_id_ and ID_SEP in ent.ent_id_:
            actor, country, mention, role, *known = ent.ent_id_.split(ID_SEP)
            ext.actor, ext.actor_country, ext.mention, ext.role = actor, country, mention, role
            ext.actor_type, ext.actor_id = known if known else ("", "")
            if self._company(ent):
                self.business_sides.append((ext, ext.actor_country))  # given back once the sides are spread
                ext.actor_country = ""
            if ext.actor_id and self.links is not None:
                ext.gender = self.links.gender(ext.actor_id)
        else:
            self._link_unknown(ent, surnames)
        if ent.label_ == "PER" and ext.actor and len(ent) > 1 and not (  # (a namesake leaves the known one)
                ent[-1].text in surnames and self._another_given_name(ent, surnames[ent[-1].text][0])):
            surnames[ent[-1].text] = (ext.actor, ext.actor_country)

    def _link_unknown(self, ent: Span, surnames: dict[str, tuple[str, str]]) -> None:
        """An entity from a statistical NER that no lexicon names."""
        ext, label = self.records[ent], ent.label_
        text = without_genitive(ent.text, surnames)
        if label in ("ORG", "LOC", "MISC") and text in surnames:  # `Maduro` tagged ORG: a known person
            ext.actor, ext.actor_country = surnames[text]
            ext.mention = "name"
        elif label == "PER" and self._not_a_person(ent) and text not in surnames:
            return  # (`Kurz` after `Sebastian Kurz` is the surname, though `kurz` is a common word)
        elif label == "PER":
            known = surnames.get(ent[-1].text) or surnames.get(text)
            if known is not None and not self._another_given_name(ent, known[0]):
                ext.actor, ext.actor_country = known
            else:
                ext.actor, ext.actor_country = text, self._country_near(ent)
                ext.gender = ext.gender or self._kin_gender(ent) or self._noun_gender(ent)
                # `Thüringens Justizminister Dieter Lauinger`: the place in the genitive before the office
                place = self._genitive_place(ent[0]) if len(ent) > 2 else ""
                title = ent[1] if place else ent[0]
                leading_role, prefix_country = self._title_role(title.text) if len(ent) > 1 else (None, "")
                if leading_role is not None:  # `Außenamtssprecher Esmail Baghaei` tagged as one name
                    ext.actor, ext.role = ent[title.i - ent.start + 1:].text, leading_role.role
                    ext.gender = ext.gender or self._role_gender(title.text, leading_role.gender)  # `IHS-Ökonom`: a man
                    ext.actor_type = self._leading_office_type(leading_role, title.text)
                    ext.actor_country = ext.actor_country or leading_role.country or prefix_country or place
                # `Der Vorsitzende des ägyptischen Fremdenverkehrsverbands, X`: the association's adjective places X
                ext.actor_country = ext.actor_country or self._association_opening(ent) or ""
                if not ext.actor_country and self.links is not None:
                    ext.actor_country, holder = self.links.evidence_country(ent, self.place_countries)
                    # `Christoph Bals, Geschäftsführer von Germanwatch`: speaks as the NGO, not as a private person;
                    # a club's or federation's coach or player does not (`DFB-Trainer X`, `_sport_role_near`)
                    if not self._sport_role_near(ent):
                        ext.actor_type = ext.actor_type or self.links.association_type(holder)
                ext.actor_country = (ext.actor_country or self._origin_country(ent) or self._association_side(ent)
                                     or self._office_apposition_side(ent) or self._office_before_side(ent))
                if leading_role is not None and not ext.actor_country:  # `Landesparteivorsitzender Ingo Mayr`
                    ext.actor_country = self._domestic_side(ent.doc, title, leading_role)
                if not ext.actor_type and self._association_member(ent) and not self._sport_role_near(ent):
                    ext.actor_type = "organisation"  # `Verbandschef Klaus Meier`; not a club's `Trainer`
                if not ext.actor_type and self._body_named(ent):
                    ext.actor_type = "organisation"  # `die Modekette Zara`: a business, no private person
                if not ext.actor_type and self._company_title(ent.doc, ent.start):
                    ext.actor_type = "organisation"  # `Siemens-Chef Joe Kaeser`: speaks for the company
                if not ext.actor_type and self._leads_researchers(ent):
                    ext.actor_type = "expert"  # `die Wissenschafter um X`: the head of a research group
            ext.mention = "name"
        elif label in ("LOC", "ORG"):
            code = self.words.country_of(ent.text)
            if code:
                ext.actor, ext.actor_country = self.lexicons.countries[code].government, code
                ext.mention = "place"

    def _leads_researchers(self, ent: Span) -> bool:
        """`Forscher um Yuka Sasaki`, `Die Wissenschafter um X`, `ein Forscherteam um X`: a person named after
        `um` and a noun of observers (roles.csv role `Experte`: `Forscher`, `Ökonomen`) or of a research team
        (german.csv `research_team`) leads a group of researchers: an expert; not after another noun
        (`die Berater um X`, `das Team um den Kanzler`)."""
        doc = ent.doc
        um = word_before(doc, ent.start)
        if um > 0 and doc[um].text[:1].isupper() and self._given_name(doc[um].text):
            um = word_before(doc, um)  # `Forscher um Mélanie Roffet-Salque`: a given name the NER left out
        if um < 1 or doc[um].lower_ != "um":
            return False
        noun = doc[word_before(doc, um)].text
        if not noun[:1].isupper():
            return False
        role = self._title_role(noun)[0]
        return role is not None and role.role == OBSERVER_ROLE or noun.lower() in self.research_teams

    def _another_given_name(self, ent: Span, actor: str) -> bool:
        """`Bernd-Robert Schulz von der Bundespolizei` is not Martin Schulz: a given name before the
        surname (one that opens a known person's name: `Bernd`, not a role noun or a word the NER took
        in, `Aufschlag Anderson`) that is none of the known person's names names another person."""
        if self.links is None:
            return False
        names = {part.lower() for part in re.split(r"[\s\-.]+", actor) if part}
        given = [token.text.split("-")[0] for token in ent[:-1] if token.text[:1].isupper()]
        given = [word.lower().rstrip(".") for word in given if word and self.links.is_given_name(word)]
        return bool(given) and not any(word in names for word in given)

    def _origin_country(self, ent: Span) -> str:
        """`Oliver Pilz, ein Lehrer aus Miskolc, sagte`, `Anna Berger aus Moskau`: the place a person
        comes from, right after the name or in its apposition; a town no lexicon lists (a place the
        NER found) lies in the country of the dateline, the report's country. '' without one."""
        doc = ent.doc
        end = sentence_bounds(doc, ent.start)[1] if doc.has_annotation("SENT_START") else len(doc)
        start = ent.end + 1 if ent.end < end and doc[ent.end].text == "," else ent.end
        for i in range(start, min(start + 4, end - 1)):
            if doc[i].is_punct:
                break
            place = doc[i + 1]
            if (doc[i].text.lower() in self.origin_prepositions and place.text[:1].isupper()
                    and not place.text.lower().endswith(self.causal_nouns)):  # `aus Angst`: a motive, no place
                return self.words.place_country(place.text) or (self.dateline_country if place.ent_type_ == "LOC" else "")
        return ""

    def _association_side(self, ent: Span) -> str:
        """`Andreas Ehlers, Vorsitzender des Dachverbands der Elternvereine, …`: a person who holds an office
        in a domestic association (`_association_member`) speaks for the country of the report's dateline,
        without one for the one country whose places it names (`home_country`); '' without either or such an
        office (a country adjective before the association places the person first: `_association_opening`)."""
        return self.home_country if self.home_country and self._association_member(ent) else ""

    def _association_member(self, ent: Span) -> bool:
        """The person's apposition after the comma names a domestic association (class
        `domestic_association`, also as a compound's end: `Andreas Ehlers, Vorsitzender des Dachverbands
        der Elternvereine`), or an office in one does before the name (`_association_before`,
        `_association_title`: `Verbandschef Klaus Meier`): the person speaks as the association
        (codebook: `organisation`), not as a private person."""
        doc = ent.doc
        end = sentence_bounds(doc, ent.start)[1] if doc.has_annotation("SENT_START") else len(doc)
        comma = word_after(doc, ent.end, end)
        if comma < end and doc[comma].text == ",":
            for token in tokens_of(doc, comma + 1, min(comma + 7, end)):
                if token.is_punct:
                    break
                if self._association_word(token):
                    return True
        return self._association_before(ent) or self._association_title(ent)

    def _sport_role_near(self, ent: Span) -> bool:
        """A role of sport (german.csv sport_role, also as a compound's end: `Trainer`, `Vereinstrainer`; not
        a non_sport_role, `Schauspieler`) right before the name or in its apposition after the comma
        (`X, der neue Trainer des Linzer Vereins`): a club's coach or player, whom the claim coder treats
        as a private speaker, no association's official."""
        doc = ent.doc
        end = sentence_bounds(doc, ent.start)[1] if doc.has_annotation("SENT_START") else len(doc)
        before, comma = word_before(doc, ent.start), word_after(doc, ent.end, end)
        words = [doc[before]] if before >= 0 else []
        if comma < end and doc[comma].text == ",":
            words.extend(doc[comma + 1:min(comma + 7, end)])
        return any(word.lower_.endswith(self.sport_roles) and not word.lower_.endswith(self.non_sport_roles)
                   for word in words if word.is_alpha or "-" in word.text)

    def _association_title(self, ent: Span) -> bool:
        """`Verbandschef Klaus Meier`, `Gewerkschaftssekretär Jan Huber`, `Verbands-Geschäftsführer X`:
        the compound right before the name (or the first word the NER took into it) is an office in a
        domestic association."""
        doc = ent.doc
        words = [ent[0].text] if len(ent) > 1 else []
        before = word_before(doc, ent.start)
        if before >= 0:
            words.append(doc[before].text)
        return any(self._association_compound(word) for word in words)

    def _association_compound(self, word: str) -> bool:
        """A capitalised compound that opens with a domestic association (class `domestic_association`,
        then its linking `s`, `n` or hyphen, if any) and goes on with a noun of 4+ letters: `Verbands|chef`,
        `Gewerkschafts|sekretär`, `Kammer|präsident`."""
        if not word[:1].isupper():
            return False
        lower = word.lower()
        for k in range(4, len(lower) - 3):
            if not lower[:k].endswith(self.domestic_associations):
                continue
            for rest in {word[k + 1:] if lower[k] in "s-n" else word[k:], word[k:]}:
                if rest.lower() in self.association_offices or len(rest) > 3 and self._individual_role(rest):
                    return True
        return False

    def _individual_role(self, word: str) -> bool:
        """A role noun of one person that is no member of the public (`chef`, `Präsident`, not `Lehrer`)."""
        role = self._match_role(word[:1].upper() + word[1:])
        return role is not None and role.gender != "g" and role.actor_type != "public"

    def _office_apposition_side(self, ent: Span) -> str:
        """`Anna Berger, Gewerkschafterin bei der Post, …`, `Jan Huber, ein Betriebsratschef`: a person
        whose apposition after the comma opens with a domestic office (class `domestic_office`, after an
        article at most) acts for the town it names, else for the dateline's country; one that opens with
        an office only a state has (`_state_office`: `X, der Migrationsminister`) for the report's country
        (`_domestic_side`); '' where the
        apposition names a country (`Abgeordneter der britischen Labour-Partei`) or nothing places it."""
        doc = ent.doc
        end = sentence_bounds(doc, ent.start)[1] if doc.has_annotation("SENT_START") else len(doc)
        comma = word_after(doc, ent.end, end)
        if comma + 1 >= end or doc[comma].text != ",":
            return ""
        i = word_after(doc, comma + 1, end)
        if doc[i].lower_ in self.articles:
            i += 1
        if i >= end:
            return ""
        role = self._title_role(doc[i].text)[0]
        if role is None or role.role.lower() not in self.domestic_offices and not self._state_office(role):
            return ""
        for token in tokens_of(doc, i + 1, min(i + 7, end)):
            if token.is_punct:
                break
            if self.words.country_of(token.text) or self.words.split_prefix(token.text)[0]:
                return ""
        return self._domestic_side(doc, doc[i], role)

    def _state_office(self, role: RoleEntry) -> bool:
        """An office only a state has: roles.csv type `government` (`Präfekt`, `Staatssekretär`) or a role
        of german.csv class `state_office` (`Minister`: `Migrationsminister`)."""
        return role.actor_type == "government" or role.role.lower() in self.state_offices

    def _office_before_side(self, ent: Span) -> str:
        """`der Verfahrensrichter im U-Ausschuss, Walter Berger`: a person after the comma of an
        apposition before the name that opens with an article and a domestic office (class
        `domestic_office`) or an office only a state has (roles.csv type `government`) acts for the
        town it names, else for the dateline's country; '' where the apposition names a country."""
        doc = ent.doc
        start = sentence_bounds(doc, ent.start)[0] if doc.has_annotation("SENT_START") else 0
        comma = word_before(doc, ent.start, start)
        if comma < start + 2 or doc[comma].text != ",":
            return ""
        for k in range(comma - 1, max(start, comma - 6), -1):
            token = doc[k]
            if token.is_punct or self.words.country_of(token.text) or self.words.split_prefix(token.text)[0]:
                return ""
            if doc[k - 1].lower_ not in self.articles or not token.text[:1].isupper():
                continue
            role = self._title_role(token.text)[0]
            if role is None or role.gender == "g":
                continue
            if doc[k + 1].lower_ in self.fused_prepositions:  # `im U-Ausschuss`: a common noun, no town
                domestic = role.role.lower() in self.domestic_offices or role.actor_type == "government"
                return self.dateline_country if domestic and not role.country else ""
            return self._domestic_side(doc, token, role)  # `der Bürgermeister von Kobani, X`: ''
        return ""

    def _body_named(self, ent: Span) -> bool:
        """A business's or association's noun (german.csv business_noun, domestic_association, also as a
        compound's end) right before the name, or as its first word the NER took in: `die
        IT-Sicherheitsfirma Kaspersky Lab`, `des Digitalverbands Bitkom`, `die Modekette Zara` name a
        business or association (codebook `organisation`), not a person."""
        doc = ent.doc
        words = [ent[0]] if len(ent) > 1 else []
        before = word_before(doc, ent.start)
        if before >= 0:
            words.append(doc[before])
        return any(word.text[:1].isupper() and any(stem.endswith(self.body_nouns) for stem in _case_stems(word.lower_))
                   for word in words)

    def _association_word(self, token: Token) -> bool:
        """A capitalised noun of a domestic association, also a compound's end (`Elternvereine`)."""
        return token.text[:1].isupper() and token.lower_.rstrip("s").endswith(self.domestic_associations)

    def _association_before(self, ent: Span) -> bool:
        """`der Geschäftsführer des Vereins Neustart, Christoph Koss`: the apposition before the name and
        its comma names an office in a domestic association in the genitive (`_association_opening`)."""
        return self._association_opening(ent) is not None

    def _association_opening(self, ent: Span) -> str | None:
        """The apposition before the name and its comma names an association in the genitive: `des Vereins
        Neustart, X` gives '', `des ägyptischen Fremdenverkehrsverbands, X` the country of the adjective
        between the article and the association (EGY); None without such an apposition."""
        doc = ent.doc
        start = sentence_bounds(doc, ent.start)[0] if doc.has_annotation("SENT_START") else 0
        comma = word_before(doc, ent.start, start)
        if comma < start + 2 or doc[comma].text != ",":
            return None
        for k in range(comma - 1, max(start, comma - 6), -1):
            if doc[k].is_punct:
                return None
            if not self._association_word(doc[k]):
                continue
            if doc[k - 1].lower_ in self.genitive_articles:
                return ""
            if k - 2 >= start and doc[k - 2].lower_ in self.genitive_articles and doc[k - 1].is_lower:
                code = self._adjective_country(doc[k - 1].text)
                if code:
                    return code
        return None

    def _not_a_person(self, ent: Span) -> bool:
        """The statistical NER's `Waffenruhe`, `Konkrete Ergebnisse` or `Sechs Jahre`: an issue
        keyword, or a phrase that starts with an adjective or a numeral, is not a person; nor is a
        lone function word opening a sentence (`Einmal mehr forderte er …`, `Wobei eine Zeugin sagt`). A
        role noun the tagger took for an adjective still opens a person's name (`Vorhaben von
        Verkehrsminister Dobrindt verschoben` in a headline)."""
        if ent[0].pos_ == "NUM" or len(ent) == 1 and (ent[0].is_stop or ent[0].lower_ in self.function_words):
            return True
        if ent[0].pos_ == "ADJ" and (len(ent) == 1 or not ent[0].text[:1].isupper()
                                     or self._title_role(ent[0].text)[0] is None and not self._given_name(ent[0].text)):
            return True
        if self._idiom_noun(ent) or self._position_noun(ent[-1].text):
            return True
        return self._issue_keyword(ent.text)  # (the text joined anew on every read)

    def _is_issue_keyword(self, text: str) -> bool:
        """`text` is an issue keyword as a whole (issues.csv): tried against every issue's pattern, so
        remembered per text (`_issue_keyword`)."""
        return any(rule.regex.fullmatch(text) for rule in self.lexicons.issues)

    def _given_name(self, word: str) -> bool:
        """A given name of a known person (`Johannes`, `Ernst`), which the tagger may take for an
        adjective after a town's adjective (`der Hallwanger Bürgermeister Johannes Ebner`)."""
        return self.links is not None and self.links.is_given_name(word)

    def _position_noun(self, word: str) -> bool:
        """A noun of a position (cues.csv kind noun: `Kritik`, `Unterstützung`, `Forderungen`) ends no
        person's name: `Schwere Kritik an der Reform übt X`, the object put first, is no speaker."""
        return self.position_noun.fullmatch(word) is not None

    def _idiom_noun(self, ent: Span) -> bool:
        """`will als Sozialminister Furore machen`, `machte in Cannes Furore.`: a name the statistical NER
        found right before a support verb that ends the clause (german.csv support_verb: `machen`,
        `leisten`, `üben`), or right after one with the clause ending after it, is the noun of an idiom,
        no person (not `Huber Vorwürfe machen`, `macht Huber Vorwürfe`)."""
        doc = ent.doc
        ends_clause = ent.end + 1 >= len(doc) or doc[ent.end + 1].is_punct
        if ent.end < len(doc) and doc[ent.end].lower_ in self.support_verbs and ends_clause:
            return True
        return (ent.start > 0 and doc[ent.start - 1].lower_ in self.support_verbs
                and (ent.end >= len(doc) or doc[ent.end].is_punct))

    def _country_near(self, span: Span) -> str:
        """Country of a role noun or adjective right before a name (`der ukrainische Direktor X`); an
        observer's role noun between them (`der norwegische Soziologe X`, `US-Ökonom X`) gives OTHER.
        A country named in a phrase of its own (`für die Türkei erwartet X`, `in China behielt
        Konzernchef X`) or a name after a preposition (`Frankreichs Meister gegen X`) is no attribute."""
        doc = span.doc
        found, governed = "", False
        for i in range(span.start - 1, max(span.start - 4, -1), -1):
            token = doc[i]
            if not found and self._is_observer(token.text):
                return "OTHER"
            code = self.words.country_of(token.text) or self.words.split_prefix(token.text)[0]
            if code and not found and (governed or self._place_in_phrase(token)):
                return ""
            if code and not found:
                found = code
            elif code and found in IO_CODES and code not in IO_CODES:
                return code  # `Russlands UN-Botschafter X`: a state's envoy to the organisation
            if token.is_punct:
                break
            governed = governed or token.lower_ in self.prepositions
        return found

    def _place_in_phrase(self, token: Token) -> bool:
        """`für die Türkei erwartet …`, `in Paris wird …`: a country or capital named after a preposition
        (an article between) heads a phrase of its own, unless it is the origin (`aus Österreich`) or the
        phrase is an attribute (`der in Australien geborene Produzent`)."""
        doc = token.doc
        if token.lower_ not in self.place_names:
            return False
        i = token.i - 1
        while i >= 0 and doc[i].lower_ in self.articles:
            i -= 1
        if i < 0 or doc[i].lower_ not in self.prepositions or doc[i].lower_ in self.origin_prepositions:
            return False
        return not self._opens_attribute(doc, i)

    def _opens_attribute(self, doc: Doc, preposition: int) -> bool:
        """`der in Australien geborene …`, `das vor allem in China verbreitete …`: an article right
        before the preposition (adverbs and prepositions between) opens a noun phrase whose attribute the
        prepositional phrase is."""
        for token in reversed(doc[max(preposition - 3, 0):preposition]):
            if token.lower_ in self.articles:
                return True
            if token.is_punct or token.text[:1].isupper() or token.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON"):
                return False
        return False

    # -- role nouns
    def _find_role(self, text: str) -> RoleEntry | None:
        """The roles.csv entry of a noun, else the knowledge base's role noun (`Papst`,
        `Bundespräsident`, `Bürgermeisterin`), whose country the knowledge base decides."""
        for i in self._role_index.candidates(text):
            if self.lexicons.roles[i].regex.match(text):
                return self.lexicons.roles[i]
        known = self.links.kb.role(text) if self.links is not None else None
        if known is None or " " in known.noun:
            return None
        io = any(code.split("/")[0] in IO_CODES for code in known.countries)
        return RoleEntry(re.compile(re.escape(known.noun)), known.noun, "", known.gender or "m",
                         "io" if io else "government")

    def _role_gender(self, noun: str, gender: str) -> str:
        """A role noun's gender as written: `Oppositionsführerin` is a woman (roles.csv lists the
        masculine and the `-in` form under one pattern: `PersonNouns.feminine_person` of a known
        person); a group (`g`) has none."""
        if gender not in ("m", "f"):
            return ""
        return "f" if self.person_nouns.feminine_person(noun, person=True) else gender

    def _office_type(self, role: RoleEntry, word: str) -> str:
        """The actor type of an office written with a name: the role noun's (`Abgeordneter`: parliament),
        else that of the organisation opening the compound (`Labour-Chef`: party, `Verdi-Chef`: organisation),
        or a company's office (`Siemens-Chef`: organisation, a company of companies.csv opening it)."""
        if role.actor_type or self.links is None:
            return role.actor_type
        organisation = self.links.leading_organisation(word, self.place_countries)
        if organisation is None and self.links.business_prefix(word) is not None:
            return "organisation"
        return organisation.actor_type if organisation is not None else ""

    def _leading_office_type(self, role: RoleEntry, word: str) -> str:
        """The actor type of an office the statistical NER took into a person's name (`Pentagon-Sprecher
        Peter Cook`, `Politologe X`, `ÖVP-Klubsprecher X`): the role noun's or its organisation's
        (`_office_type`; an international office only as the whole word), else the government's
        where the word is a state's office (`Premier`, `Vatikan-Sprecher`, `Innenministeriums|sprecher`:
        a compound whose head is a body of the state); '' for an office in an association (german.csv
        association_office: `Obmann`) or of another body (`Bundesschul|sprecher`, `Redakteurs|sprecher`)."""
        typed, whole = self._office_type(role, word), self._role_of_word(word)[0] is not None
        if typed == "io" and not whole:  # `Landesschul|ratspräsident` is no EU Council President
            return ""
        if typed or role.role.lower() in self.association_offices:
            return typed
        if whole:
            return "government"
        head = word[:word.lower().rfind(role.role.lower())] if role.role.lower() in word.lower() else ""
        body = self._match_role(head) or self._match_role(head[:-1]) if len(head) > 3 else None
        return "government" if body is not None and body.gender == "g" and body.actor_type in ("", "government") else ""

    def _unnamed_office_type(self, role: RoleEntry, word: str) -> str:
        """The actor type of an office written without a name: that of the organisation opening the
        compound (`ein ORF-Sprecher`: media, `die SPÖ-Bautensprecherin`: party, `der Wifo-Chef`:
        expert), not of a country or of the EU (`die EU-Innenminister` are the states' ministers)."""
        return role.actor_type if self.words.split_prefix(word)[0] else self._office_type(role, word)

    def _word_role(self, word: str) -> tuple[RoleEntry | None, str]:
        """The role a noun names and the side its prefix gives: `US-Außenminister` (USA), `SPÖ-Chef`
        (the party's country), `Pentagon-Sprecher` (the organisation's)."""
        prefix_country, rest = self.words.split_prefix(word)
        if not prefix_country and "-" in word[1:] and self.links is not None:  # `SPÖ-Chef`, `IG-Metall-Vorsitzende`
            found = self.links.organisation_prefix(word)
            if found is not None:
                prefix_country, rest = found[0].actor_country, found[1]
                # `SPÖ-Bautensprecherin`, `Öbib-Pressesprecher`: an organisation's office named by the compound's end
                return self._match_role(rest) or self._match_role(word) or self._tail_role(rest), prefix_country
        return self._match_role(rest) or (self._match_role(word) if prefix_country else None), prefix_country

    def _placed_word_role(self, word: str) -> tuple[RoleEntry | None, str]:
        """`_word_role`, and for a compound opening with an organisation whose name several countries'
        organisations bear (`Grünen-Bildungssprecher`: DEU, AUT, CHE), the one of the country the document
        places itself in (`Wien – …`), like `_office_type` (remembered per word for the document only:
        the document decides)."""
        role, prefix_country = self._role_of_word(word)
        if role is not None or "-" not in word[1:] or self.links is None or self.words.split_prefix(word)[0]:
            return role, prefix_country
        placed = self._placed_roles.get(word)
        if placed is None:
            found = self.links.organisation_prefix(word, self.place_countries)
            role = None if found is None else self._match_role(found[1]) or self._tail_role(found[1])
            placed = self._placed_roles[word] = (role, found[0].actor_country) if role is not None else (None, "")
        return placed

    def _tail_role(self, word: str) -> RoleEntry | None:
        """The role the last part of a compound names (`Innenministeriums|sprecher`, `Bauten|sprecherin`,
        `Menschenrechts|expertin`), no group (`Regierung`)."""
        starts = (k for k in range(3, len(word) - 4) if word[k - 1].isalpha() and word[k].islower())
        role = next(filter(None, (self._match_role(word[k].upper() + word[k + 1:]) for k in starts)), None)
        return role if role is not None and role.gender != "g" else None

    def _spokesperson(self, word: str) -> RoleEntry | None:
        """The spokesperson role of a compound that ends in one (`Integrations|sprecherin`, `Budget|sprecher`)."""
        role = self._tail_role(word)
        return role if role is not None and role.role == "Sprecher" else None

    def _genitive_office(self, word: str) -> RoleEntry | None:
        """The office of one who heads a group named in the genitive after it (class `genitive_office`:
        `der Vorsitzende der SPÖ`, `die Vorsitzende des Betriebsrats`); the word alone is an adjective
        (`der Vorsitzende Richter`) or refers to anyone, so only the caller's genitive with a side makes it one."""
        if word.lower() not in self.genitive_offices:
            return None
        return RoleEntry(re.compile(re.escape(word)), "Vorsitzender", "", "m")

    def _is_observer(self, word: str) -> bool:
        """A role noun of an observer (`Soziologe`, `US-Ökonom`, `Journalistin`: roles.csv side OTHER),
        who speaks for no side whatever their nationality; not an organisation's (`VCÖ-Expertin`,
        `Grünen-Finanzexperte`), who speaks for it."""
        country, rest = self.words.split_prefix(word)
        if not word[:1].isupper() or not country and "-" in word[1:]:
            return False
        role = self._match_role(rest)
        return role is not None and role.country == "OTHER"

    def _title_role(self, word: str) -> tuple[RoleEntry | None, str]:
        """The role of a noun of a person that the statistical NER took into a name (`Pentagon-Sprecher
        Peter Cook`, `Komplexitätsforscher Stefan Thurner`): the noun itself, else the last part of a
        compound (`Innenministeriums|sprecher`, `Menschenrechts|expertin`); no group (`Regierung`)."""
        role, prefix_country = self._placed_word_role(word)
        role = role or self._tail_role(word)
        return (role, prefix_country) if role is not None and role.gender != "g" else (None, "")

    def _individual_office(self, word: str) -> bool:
        """A capitalised noun of one person's office (`Pressesprecher`, `Abgeordneter`), not an observer's
        (`Ökonom`: roles.csv side OTHER) nor a member of the public's (`Lehrer`)."""
        role = self._title_role(word)[0] if word[:1].isupper() else None
        return role is not None and role.actor_type != "public" and role.country != "OTHER"

    def _listed_groups(self, doc: Doc, i: int) -> list[Span]:
        """The known groups with a side listed from token i on (`CDU und FDP`, `SPÖ, ÖVP und Grüne`)."""
        groups = []
        while i < len(doc):
            group = entity_starting_at(doc, i)
            ext = self.records[group] if group is not None else None
            if ext is None or ext.mention != "group" or not ext.actor_country:
                break
            groups.append(group)
            i = group.end + (group.end < len(doc) and doc[group.end].lower_ in ("und", ","))
        return groups

    def _led_organisation(self, doc: Doc, token: Token) -> Span | None:
        """`die SPÖ-Führung`, `die DFB-Führung`: the leadership of a party or organisation (not a
        country's prefix) is that organisation, not its country's government."""
        if self.links is None or self.words.split_prefix(token.text)[0]:
            return None
        organisation = self.links.leading_organisation(token.text, self.place_countries)
        if organisation is None:
            return None
        span = Span(doc, token.i, token.i + 1, label="ORG")
        self._link_organisation(span, organisation)
        return span

    def _link_organisation(self, span: Span, organisation: Organisation) -> None:
        """Write a known organisation as the actor of a group mention."""
        ext = self.records[span]
        ext.actor, ext.actor_country = organisation.name, organisation.actor_country
        ext.mention, ext.actor_type, ext.actor_id = "group", organisation.actor_type, organisation.actor_id

    def _party_of_body(self, word: str) -> Organisation | None:
        """The party a compound of its name and a noun of one of its bodies or wings names (class
        `party_body`, also as the end of the compound's last part, in any case ending: `SPÖ-Seite`,
        `ÖVP-Wirtschaftsbunds`, `Grünen-Fraktion`, `SPD-Bundestagsfraktion`, `CSU-Landesgruppe`): the
        party speaks; not a country's prefix (`US-Seite`) nor another organisation's (`Facebook-Seite`,
        `ÖFB-Team`)."""
        head, _, rest = word.rpartition("-")
        if not head or not rest[:1].isupper() or self.links is None:
            return None
        branch = self._party_of_branch(head, rest)
        if branch is not None:
            return branch
        if (not any(stem.endswith(self.party_bodies) for stem in _case_stems(rest.lower()))
                or self.words.split_prefix(word)[0]):
            return None
        found = self.links.organisation_prefix(word, self.place_countries)
        if found is None or found[1] != rest or found[0].actor_type != "party":
            return None
        return found[0]

    def _party_of_branch(self, prefix: str, name: str) -> Organisation | None:
        """The party a compound of a branch's prefix and the party's name names (german.csv
        `party_branch_prefix`: `die Stadt-ÖVP`, `die Landes-SPÖ`, `die Bundes-SPD`, `die Jung-ÖVP`; or a place
        of the party's own country: `die Wien-SPÖ`): the party speaks; not another prefix (`Ex-FPÖ`)."""
        found = self.links.party_named(name, self.place_countries) if self.links is not None else None
        if found is None or "-" in prefix:
            return None
        if prefix.lower() in self.party_branch_prefixes or self.words.place_country(prefix) == found.actor_country:
            return found
        return None

    def _role_mention(self, doc: Doc, token: Token, taken: set[int],
                      surnames: dict[str, tuple[str, str]]) -> Span | None:
        if not token.text[:1].isupper():
            return None
        # the words next to the role noun, past the whitespace tokens of a run of spaces (`Innenministerin  Johanna
        # Mikl-Leitner` as scraped): every rule below reads them, not the token next to it
        before, after = word_before(doc, token.i), word_after(doc, token.i + 1)
        role, prefix_country = self._placed_word_role(token.text)
        if role is not None and role.role == PORTFOLIO_ROLE and (prefix_country or self._genitive_side(doc, after)):
            # `die SPÖ-Bautensprecherin`, `die Integrationssprecherin der SPÖ`: the spokesperson of the party named
            role = self._spokesperson(token.text)
        if role is None and self._genitive_side(doc, after):  # `die Integrationssprecherin der SPÖ`
            role = self._spokesperson(token.text) or self._genitive_office(token.text)
        if role is None:
            return None
        if role.gender == "g" and role.actor_type in ("", "government"):
            led = self._led_organisation(doc, token)
            if led is not None:
                return led
        start, country = token.i, role.country or prefix_country
        if country == "OTHER":  # `der Pensionsexperte der Arbeiterkammer`: an observer speaks for his employer
            country = prefix_country or self._genitive_side(doc, after) or country
        if (not country and token.i > 1 and doc[token.i - 1].lower_ in ("und", "oder")
                and doc[token.i - 2].text.endswith("-")):  # `die EU-Staats- und Regierungschefs`
            country = self.words.split_prefix(doc[token.i - 2].text)[0]
        members = self._listed_groups(doc, after) if role.gender == "g" else []
        if len(members) == 1:
            return None  # `die Gewerkschaft ver.di`: the group named speaks itself
        if not country and len({self.records[m].actor_country for m in members}) == 1:
            country = self.records[members[0]].actor_country  # `die Oppositionsparteien CDU und FDP`: the members' side
        if not country and before >= 0:  # `Russlands Präsident`, `Odessas Gouverneur`, `der deutschen Kanzlerin`
            previous = doc[before]
            country = self.words.place_country(previous.text)
            if country:
                start = before
            if country and previous.is_lower and not role.actor_type and self._office_of_body_after(doc, after):
                country = ""  # `die kanadische Chefin von lowernine.org`: her nationality; the office is the body's
        if not country and after < len(doc):
            country = self.words.country_of(doc[after].text)
        # `die Regierungschefs von Ungarn, Polen …`: a country after `von` (a town's office, `der Bürgermeister
        # von Brüssel`, is placed by its town: `_town_side`)
        if not country and role.gender != "g" and role.role.lower() not in self.domestic_offices:
            country = self._country_after_von(doc, after)
        if token.lower_ in self.placed_bodies and start < token.i and doc[start].text[:1].isupper():
            return None  # `Chinas Behörden`: the place's own mention speaks, as its government
        if token.lower_ in self.placed_bodies and not self._placed_body_country(doc, token, start, country):
            return None  # `die Behörden` alone, or after a preposition (`appellierte an die Behörden`): nobody's side
        if token.lower_ in self.placed_bodies:
            country = self._placed_body_country(doc, token, start, country)
        regional = not country and role.gender == "g" and self._town_genitive(doc, after)
        if regional:  # `die Führung Hongkongs`: a town's or region's body, of its country's side
            country = self.words.place_country(doc[after].text)
        crowd_end = self._crowd_end(doc, token) if token.lower_ in self.crowd_quantifiers else token.i + 1
        if crowd_end is None:
            return None  # `Tausende Besucher kamen`: a number of people, no protesters
        if not country and token.text.rpartition("-")[2].lower() in self.mission_nouns:
            return None  # `die Botschaft` alone is a message; `die Botschaft in Bagdad` is not Iraq's
        if not country and token.lower_ in self.agent_nouns:  # `die Staatsanwaltschaft …, wie deren Sprecher`
            country = self._relative_holder_side(doc, token)
        if not country and self.links is not None:  # `Landeshauptmann` → AUT; `Bundeskanzler`: DEU or AUT
            country = self.links.role_country(token.text, self.doc_countries)  # (the document's guess comes last)
        if (not country and role.gender == "g" and word_after(doc, after + 1) < len(doc)
                and doc[after].text in self.seat_prepositions):  # `die Regierung in Warschau`
            country = self.words.country_of(doc[word_after(doc, after + 1)].text)
        if not country and token.lower_ in self.seat_bodies:
            return None  # `der Palast` alone is a building; `der Palast in Amman` is Jordan's government
        if role.gender == "g" and role.actor_type == "court":
            # a prosecution is its seat's (`die Staatsanwaltschaft Stuttgart`, `die Grazer Staatsanwaltschaft`); one
            # without it is no mention: not the dateline's where the document names another country's place (`Sydney
            # – … in Nauru verurteilt. Die Staatsanwaltschaft …`), nor the state's named before
            country = (country or (self.words.place_country(doc[after].text) if after < len(doc) else "")
                       or self.words.town_adjective_country(doc[before].text if before >= 0 else ""))
            if not country and before >= 0 and doc[before].lower_ in self.definite_articles:
                # `Florenz – … in Florenz … Die Staatsanwaltschaft fordert …`: the definite body without a seat in a
                # report from a country whose places are all the document names is that country's
                country = self.dateline_only_country
            if not country:
                return None
        plural = role.gender != "g" and self._plural(doc, token)  # `mehrere Abgeordnete`: a group
        group = role.gender == "g" or plural
        # a body or domestic group is the dateline's; `Staaten` (without `EU-`) may be any
        domestic = role.gender == "g" and role.actor_type != "state" or plural and role.actor_type in DOMESTIC_TYPES
        crowd = role.gender == "g" and role.actor_type == "public"
        placed = self._crowd_place(doc, token) if crowd and not country else None
        if placed is not None:  # `In Minsk demonstrierten Tausende`: the demonstration's place, not the dateline
            country = placed
            if not placed:  # nor the state named before (`_place_domestic_groups`)
                self.unplaced_crowds.add(token.i)
        elif not country and domestic and self.at_summit:  # at an international meeting's venue an
            country = "OTHER" if role.actor_type == "organisation" else ""  # association speaks for no side
        elif not country and domestic and self.dateline_country:  # `Budapest – … die Gewerkschaften`
            country = self.dateline_country
        elif (not country and domestic and role.gender == "g" and role.actor_type not in ("", "government")
              and self.home_country and not (after < len(doc) and doc[after].ent_type_)):
            # `In Bayern … die Gewerkschaft`: a party's or an association's body (a state's may be another's,
            # persons in the plural of any parliament; one named after it, `der Weltverband FIFA`, is that one)
            country = self.home_country
        elif not country and crowd and len(self.named_countries) == 1:  # no dateline: the one country
            country = next(iter(self.named_countries))  # whose places the document names
            self.unplaced_crowds.add(token.i)  # (no place of its own: `_place_domestic_groups`)
        if not country:  # `der Sondergesandte der Vereinten Nationen`, `Sprecher des Innenministeriums`
            country = self._town_side(doc, token, role) or self._genitive_side(doc, after)
        if not country and token.lower_ in self.agent_nouns:  # `ein Sprecher von Erwin Pröll`
            country = self._principal_side(doc, after)
        if not crowd:  # a crowd (`Tausende Menschen`) names no person
            span = self._role_with_person(doc, token, role, start, country, group, taken, surnames)
            if span is not None:
                return span
        end = crowd_end if crowd else token.i + 1  # `Tausende Menschen`: one crowd, no person named `Menschen`
        if role.actor_type in DOMESTIC_TYPES and not group:
            return None  # `der SPD-Politiker`: a description of a person named before (speaker resolver)
        if role.role == OBSERVER_ROLE and token.lower_.endswith("en"):
            return None  # `sagen Experten`, `laut den Ökonomen`: a plural or an oblique case that names nobody
        country = country or self._town_side(doc, token, role) or ""  # `der Bürgermeister von Mailand`
        span = Span(doc, start, end, label="ROLE")
        ext = self.records[span]
        ext.role, ext.actor_type = role.role, self._unnamed_office_type(role, token.text)
        ext.actor_country = country
        if not ext.actor_type and not group and country in IO_CODES and role.role.lower() in self.io_offices:
            ext.actor_type = "io"  # `der EU-Digitalkommissar`, `die Sprecherin der EU-Außenbeauftragten`: the body's own
        if group:
            ext.mention = "group"
            # `PSD-Vertreter`, `ÖVP-Politikern`, a group of members (`ÖVP-Mandatare`): the party
            members_of = plural or role.actor_type in ("parliament", "party")
            party = self._party_of_members(token, country) if members_of else None
            if party is not None:
                ext.actor, ext.actor_type, ext.actor_id = party.name, "party", party.actor_id
            elif (role.actor_type not in ("", "government", "io") or role.gender != "g" or regional
                  or token.lower_ in self.regional_bodies  # `die Landesregierung`: a Land's, no national government
                  or start < token.i and not self.words.country_of(doc[start].text)):  # `Bayerns Innenministerium`
                # `die Opposition`, `die Gewerkschaften`, `die Führung Hongkongs`: not the national government
                ext.actor = f"{role.role} ({country})" if country else ""
            else:
                ext.actor = self.lexicons.countries[country].government if country in self.lexicons.countries else ""
        else:
            ext.mention = "role"
            # `Bayerns Innenminister`, `Odessas Gouverneur`: the office of a region or town, no national one
            regional = start < token.i and not self.words.country_of(doc[start].text)
            # `der ehemalige Ministerpräsident`: a former holder, not the one in office on the document's date
            # `der stellvertretende Finanzminister`: a deputy, not the minister
            current = not regional and not self._former_office(doc, token.i, definite=False) \
                and not self._deputy_office(doc, token.i)
            holder = self.links.office_holder(token.text, country, self.day) if self.links and current else None
            if self._former_apposition(doc, start):  # `Maria Berger, ehemalige Landesrätin`: no office she holds
                ext.actor_type = "person"
            rest = token.text.partition("-")[2].lower()  # `ein PSD-Vertreter`, `PSD-Vertretern`, `der FPÖ-Sprecher`
            agent = rest in self.agent_nouns or rest.endswith("n") and rest[:-1] in self.agent_nouns
            party = self._party_of_members(token, country) if agent else None
            led = self._genitive_organisation(doc, after) if holder is None and party is None else None
            if led is not None and current:  # `der Präsident der EU-Kommission`: `EU-Kommissionspräsident`
                holder = self._led_office_holder(token.text, led)
                led = None if holder is not None else led
            if led is not None:  # `der Chef der Grünen`: settled once the persons named before are known
                self.led_organisations[(span.start_char, span.end_char)] = led
            if party is not None:  # speaks for the party
                ext.actor, ext.actor_type, ext.actor_id = party.name, "party", party.actor_id
            elif holder is not None:  # `der US-Außenminister` in 2015: John Kerry
                ext.actor, ext.actor_id, ext.actor_type = holder.name, holder.actor_id, holder.actor_type
                ext.gender = holder.gender
            else:  # without a date (or a known term) it stays the office: `Außenminister (USA)`
                if self.day is None and current and led is None and self.links is not None:
                    self.undated_roles.append((span, token.text, country))  # (`_holders_in_window`)
                ext.gender = self._role_gender(token.text, role.gender)
                side = token.text.partition("-")[0] if country == "OTHER" and "-" in token.text[1:] else country
                # `AU-Sondergesandter`: (AU), country OTHER; `der Politologe`: an observer, no side
                ext.actor = role.role if side == "OTHER" else f"{role.role} ({side})" if side else ""
        return span

    def _role_with_person(self, doc: Doc, token: Token, role: RoleEntry, start: int, country: str, group: bool,
                          taken: set[int], surnames: dict[str, tuple[str, str]]) -> Span | None:
        """The role noun at `token` (its phrase from `start`) with the person it names, of `country` where the
        role gave one: before a name or a surname the document named (`Israels Ministerpräsident Netanjahu`),
        the role's span, whose actor is that person; before a name the NER missed (`Verteidigungsminister
        Klug`), a span of role and name; None where it names nobody."""
        after = word_after(doc, token.i + 1)  # (past a run of spaces: `Innenministerin  Johanna Mikl-Leitner`)
        following = entity_starting_at(doc, after)
        if following is None:  # `OeNB-Gouverneur und EZB-Rat Ewald Nowotny`: one person in two offices
            following = self._coordinated_office_name(doc, token)
        named_ext = self.records[following] if following is not None and following.label_ == "PER" else None
        named = named_ext is not None and bool(named_ext.actor)
        io_office = named and self._office_of_io(following, country)  # `EU-Ratspräsident Donald Tusk`: the EU's
        if named:
            person = (named_ext.actor, country if io_office else named_ext.actor_country, named_ext.gender)
        else:  # `Ein Sprecher Konvičkas`: a surname of the document the statistical NER missed
            person = self._person_of_surname(doc, after, taken, surnames)
        if person is not None:
            span = Span(doc, self._phrase_start(doc, token.i, start), token.i + 1, label="ROLE")  # an apposition
            ext = self.records[span]
            ext.actor, ext.actor_country = person[0], person[1] or country or self._domestic_side(doc, token, role)
            if not person[1] and ext.actor_country:  # `Bezirksrat Stumpf`: every `Stumpf` has the office's side
                self.office_sides.setdefault(person[0], ext.actor_country)
            if named and ext.actor_country and (io_office or not named_ext.actor_country):
                named_ext.actor_country = ext.actor_country  # `sagte Mayr`, `Tusk` later: the office's side
                surnames[following[-1].text] = (person[0], ext.actor_country)
                if io_office:
                    self.io_sides[named_ext.actor] = country
            ext.mention, ext.role, ext.actor_type = "role", role.role, self._office_type(role, token.text)
            holder = self._relative_holder(doc, token) \
                if not ext.actor_type and token.lower_ in self.agent_nouns else None
            if holder is not None and holder.actor_type in LED_TYPES:  # `die Staatsanwaltschaft …, wie deren
                ext.actor_type = holder.actor_type  # Sprecher X erklärte`: the body's office (court), no government's
            if ext.actor_type in ("government", "io") and self._former_title_before(doc, token.i + 1):
                ext.actor_type = "person"  # `die frühere Bezirksvorsteherin X`: a past office is none held now
            ext.gender = person[2] or self._role_gender(token.text, role.gender)
            return span
        name = self._name_after(doc, after, taken)
        if name is None or len(name) == 1 and not self._lone_name(name[0], surnames, not group):
            return None  # `warf der Regierung Fahrlässigkeit vor`: the verb's object, nobody's name
        span = Span(doc, self._phrase_start(doc, token.i, start), name.end, label="PER")
        ext = self.records[span]
        ext.actor = surnames.get(name.text.split()[-1], (name.text, ""))[0]
        evidence = self.links.evidence_country(name, self.place_countries)[0] if self.links else ""
        holder = self._holder_of_surname(token, name, surnames) or self._regnal_holder(token, name)
        if holder is not None and country and holder.actor_country != country:
            holder = None  # `Deutschlands Innenminister de Maizière`: the holder of that country only
        if holder is not None:  # `Verteidigungsminister Klug` in 2015: Gerald Klug, Austria's
            ext.actor, ext.actor_id, evidence = holder.name, holder.actor_id, holder.actor_country
        ext.actor_country = country or evidence or self._domestic_side(doc, token, role)
        ext.mention, ext.role, ext.actor_type = "name", role.role, role.actor_type
        surnames.setdefault(name.text.split()[-1], (ext.actor, ext.actor_country))
        return span

    def _crowd_end(self, doc: Doc, token: Token) -> int | None:
        """`Tausende`, `Zehntausende Menschen`, `Hunderte Demonstranten`: a crowd quantifier (german.csv
        `crowd_quantifier`) names protesters alone or before a noun of people in general (`crowd_noun`),
        or before a country's adjective and a plural noun of persons (`Hunderte italienische Kleinsparer`,
        `Tausende ukrainische Bergleute`: that country's public); not before another noun (`Tausende
        Besucher`, `Tausende Flüchtlinge`, `Tausende Euro`). The end of the crowd's words (after its noun),
        None where it names no crowd."""
        end = sentence_bounds(doc, token.i)[1] if doc.has_annotation("SENT_START") else len(doc)
        k = token.i + 1
        while k < end and (doc[k].is_lower and (doc[k].pos_ == "ADJ" or self.words.country_of(doc[k].text))
                           or doc[k].lower_ == "von"):
            k += 1  # `Tausende von Menschen`, `Zehntausende aufgebrachte Bürger` (`portugiesische`: any tag)
        if k >= end or doc[k].is_punct:
            return token.i + 1
        national = any(self.words.country_of(doc[j].text) for j in range(token.i + 1, k))
        if doc[k].lower_ in self.crowd_nouns or national and self._persons_noun(doc[k].text):
            return k + 1
        # `Tausende gingen`, `Tausende haben`, `Tausende gegen …`: a verb, adverb or preposition after it;
        # not a range (`Tausende bis Millionen Atome`)
        bare = (k == token.i + 1 and doc[k].is_lower and doc[k].pos_ in ("VERB", "AUX", "ADV", "ADP")
                and doc[k].lower_ != "bis")
        return token.i + 1 if bare else None

    def _persons_noun(self, word: str) -> bool:
        """A plural noun of persons: one that ends in a noun of people in general (`Bergleute`, german.csv
        `crowd_noun`) or a person's ending, the plural's too (`Kleinsparer`, `Studenten`, `Bauern`)."""
        lower = word.lower()
        return (word[:1].isupper() and lower.endswith(self.crowd_noun_endings)
                or any(self.person_nouns.person_noun(lower[:len(lower) - len(ending)]) for ending in ("", "en", "n")))

    def _crowd_place(self, doc: Doc, token: Token) -> str | None:
        """The country of the place a sentence names with a seat preposition for a crowd of protesters
        in it (`In Minsk demonstrierten Tausende`, `protestierten vor dem Parlament in Kiew`, `in der
        ukrainischen Hauptstadt`): the one country of the places it names; '' where it names a place no
        lexicon places (`in Kobani`: a LOC entity, or a proper noun of no other entity and no month) or places
        in two countries (no side); None where it names no place (the dateline may then decide)."""
        sentence = sentence_of(doc, token.i) if doc.has_annotation("SENT_START") else doc[:]
        countries, unknown = set(), False
        for prep in sentence:
            if prep.lower_ not in self.seat_prepositions or prep.i + 1 >= sentence.end:
                continue
            k = prep.i + 1
            if doc[k].lower_ in self.articles and k + 1 < sentence.end:
                k += 1
            place = doc[k]
            if place.is_lower and not (k + 1 < sentence.end and doc[k + 1].text[:1].isupper()):
                continue  # `in der ukrainischen Hauptstadt`: an adjective before its noun
            code = self.words.place_country(place.text)
            if code:
                countries.add(code)
            elif place.ent_type_ == "LOC" or place.pos_ == "PROPN" and not place.ent_type_ and place.text[:1].isupper() \
                    and place.lower_ not in self.months:  # `in Kobani`; not `im April`, `von Merkel`
                unknown = True
        if unknown or len(countries) > 1:
            return ""
        return next(iter(countries)) if countries else None

    def _party_of_members(self, token: Token, country: str) -> Organisation | None:
        """The party of `country` a role noun of members or agents opens with (`PSD-Vertretern`,
        `ÖVP-Politiker`, `ein FPÖ-Sprecher`): they speak for the party; None for another prefix
        (`US-Vertreter`) or a party of another country."""
        if self.links is None or "-" not in token.text:
            return None
        found = self.links.leading_organisation(token.text, self.place_countries)
        return found if found is not None and found.actor_type == "party" and found.actor_country == country else None

    def _coordinated_office_name(self, doc: Doc, token: Token) -> Span | None:
        """`OeNB-Gouverneur und EZB-Rat Ewald Nowotny`, `der Vizepräsident des Senats und
        Lega-Spitzenpolitiker Roberto Calderoli`: a second office joined to the role noun at `token` by
        `und`, without an article of its own (a role noun, or a compound of an organisation or
        country: `EZB-Rat`), names the same person: the name after it (within the clause)."""
        end = min(token.i + 7, sentence_bounds(doc, token.i)[1] if doc.has_annotation("SENT_START") else len(doc))
        for i in range(token.i + 1, end - 2):
            if doc[i].is_punct:
                return None
            if doc[i].lower_ == "und":
                office = doc[i + 1].text
                role, prefix = self._role_of_word(office)
                if role is None and not ("-" in office and prefix and office[:1].isupper()):
                    return None
                name = entity_starting_at(doc, i + 2)
                return name if name is not None and name.label_ == "PER" else None
        return None

    def _office_of_io(self, person: Span, code: str) -> bool:
        """A known person named with the office of an international organisation they held (on the
        document's date, or at any time without one) speaks for it, not for their country: `EU-
        Ratspräsident Donald Tusk`, `EU-Parlamentspräsident Martin Schulz` in 2015."""
        ext = self.records[person]
        return (code in IO_CODES and bool(ext.actor_id) and ext.actor_country != code
                and self.links is not None and self.links.held_office_of(ext.actor_id, code, self.day))

    def _domestic_side(self, doc: Doc, token: Token, role: RoleEntry) -> str:
        """`Innsbruck – … Landesparteivorsitzender Ingo Mayr`: the office of a party, chamber, Land or town
        (class `domestic_office`) of a person named with it, that nothing else places, is of the town it
        names (`_town_side`), else of the dateline's country, without a dateline of the one country whose
        places the report names (`home_country`: `Abgeordneter X` in a report on Guatemala alone); an office
        only a state has (`_state_office`, no country of its own: `Innenministeriumssprecher Alexander
        Marakovits`, `Präfektin X`, `Migrationsminister X`) is of the dateline's country, without one of the
        country whose places the report names most (`main_country`)."""
        if role.role.lower() not in self.domestic_offices:
            return self.report_country if self._state_office(role) and not role.country else ""
        town = self._town_side(doc, token, role)
        return self.home_country if town is None else town

    def _town_side(self, doc: Doc, token: Token, role: RoleEntry) -> str | None:
        """The country of the town a domestic office names (`der Bürgermeister von Mailand`, `der Grazer
        Bürgermeister`, `der Bürgermeister der Stadt Brüssel`: the town's state, not the EU it hosts);
        '' for a town no lexicon lists after `von` (`der Bürgermeister von Kobani`), None where the phrase
        names no town."""
        if role.role.lower() not in self.domestic_offices:
            return None
        after = doc[token.i + 1:token.i + 3]
        if len(after) == 2 and after[0].lower_ in self.seat_prepositions and after[1].text[:1].isupper():
            return self.words.town_country(after[1].text)
        if len(after) == 2 and after[0].lower_ in self.genitive_articles:  # `der Stadt Brüssel`, `der Hauptstadt X`
            town = next((t for t in tokens_of(doc, token.i + 2, token.i + 4) if t.text.lower() in self.words.towns), None)
            if town is not None:
                return self.words.towns[town.text.lower()]
        before = doc[token.i - 1].text if token.i > 0 else ""
        # `Grazer`, `Wiener`: a town's adjective
        return self.words.town_adjective_country(before, self.words.place_country) or None

    def _phrase_start(self, doc: Doc, i: int, start: int) -> int:
        """Where the phrase of a named person's role at `i` starts: with a place in the genitive before
        it (`Tirols Landeshauptmann Günther Platter`, `Bayerns Innenminister`) the person's, not the Land's."""
        return i - 1 if start == i and i > 0 and self._genitive_place(doc[i - 1]) else start

    def _plural(self, doc: Doc, token: Token) -> bool:
        """`Mehrere Abgeordnete`, `Politiker mehrerer Parteien`, `mit ukrainischen Vertretern`: a
        role noun in the plural names a group, no person (`seine` does not refer to it); a domestic
        one (parliament, party, public) takes the side a group takes (the dateline's), while
        diplomats or envoys in the plural may be anyone's."""
        if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
            return False  # `die Abgeordneten Kern und Pilz`: named persons, no group
        if token.i > 1 and doc[token.i - 1].text == "," and doc[token.i - 2].ent_type_ == "PER":
            return False  # `Norbert Bichl, Experte für …`: the apposition of one person, whatever the tagger says
        words = [t for t in tokens_of(doc, max(token.i - 4, 0), token.i) if not inline_space(t)]
        before = words[-1].text.lower() if words else ""  # (a run of spaces as scraped is no word: `weitere  X`)
        truncated = before in ("und", "oder") and len(words) > 1 and words[-2].text.endswith("-")
        # `die Staats- und Regierungschefs`: a role coordinated with a truncated compound names several
        # `15 Abgeordnete`, `15 weitere Abgeordnete`: a number above one, maybe before an adjective
        number = words[-2] if len(words) > 1 and words[-1].is_lower else words[-1] if words else None
        counted = number is not None and number.like_num and number.text != "1"
        # `Die Präsidentin der EU-Kommission`: a role noun in `-in` is one woman, whatever the tagger says
        # (a subject of a verb in the plural is a group too, whatever number the tagger gives the noun)
        # (and the subject of a verb in the singular is one person: `Kanzler fordert …` in a headline)
        tagged = ("Plur" in morph_values(token, "Number") and not self._singular_subject(token)
                  or self._plural_subject(token)) \
            and not self.person_nouns.feminine_person(token.text, person=True)
        return before in self.plural_quantifiers or truncated or counted or tagged

    def _office_of_body_after(self, doc: Doc, i: int) -> bool:
        """`von lowernine.org`, `vom Verein X` at token `i`: a body named after `von`/`vom` (german.csv
        holder_preposition, an article may follow) whose first word names no place, so not `von Mailand`."""
        if i + 1 >= len(doc) or doc[i].lower_ not in self.holder_prepositions:
            return False
        word = doc[i + 2] if doc[i + 1].lower_ in self.articles and i + 2 < len(doc) else doc[i + 1]
        return not word.is_punct and not self.words.place_country(word.text)

    def _country_after_von(self, doc: Doc, i: int) -> str:
        """The country an office names after a holder preposition at token `i` (`der Präsident von
        Frankreich`, `die Außenminister von Polen und Ungarn`: the first country's), '' for none
        (`ein Sprecher von Siemens`)."""
        if i + 1 >= len(doc) or doc[i].lower_ not in self.holder_prepositions or not doc[i + 1].text[:1].isupper():
            return ""
        return self.words.country_of(doc[i + 1].text)

    @staticmethod
    def _singular_subject(token: Token) -> bool:
        """`Kanzler fordert …`, `Minister warnt vor …`: the subject of a finite verb that reads as singular
        only is one person, however the tagger reads a noun whose plural looks like its singular (a headline
        drops the article); not a noun coordinated with another (`Kanzler und Minister`), nor one the parser
        attaches to a verb across punctuation."""
        if token.dep_ not in ("nsubj", "nsubj:pass") or any(child.dep_ in ("conj", "cc") for child in token.children):
            return False
        finite = _clause_finite(token.head)
        if finite is None or morph_values(finite, "Number") != ["Sing"]:
            return False
        first, last = sorted((token.i, finite.i))  # in one clause: no punctuation between (a misparse
        return not any(t.is_punct for t in tokens_of(token.doc, first + 1, last))  # across a colon)

    @staticmethod
    def _plural_subject(token: Token) -> bool:
        """`Die SPÖ-Abgeordneten schreiben, …`, `CDU-Abgeordnete haben erklärt`: the subject of a verb in the
        plural (the tagger may read the noun as singular): its clause's finite verb reads as plural only, or,
        with no finite verb, the verb is a lower-case word in `-en` the tagger reads as an infinitive (the
        plural present looks like one); also a noun right after such a verb (or one in `-n` only: `fordern`) that
        has no subject, however the parser attaches it (`Am Montag verlangen SPÖ-Abgeordnete …`: read as the verb's
        adjective), not after `zu`;
        and a bare noun that opens a report after its dateline before such a verb (`Wien – Elternvertreter fordern
        …`: the parser reads it as a further word of the place's name)."""
        before = token.doc[token.i - 1] if token.i > 0 else None
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is not None and _plural_verb(after, "n") and before is not None and before.text in DATELINE_DASHES \
                and _opens_after_dateline(token):
            return True
        if (before is not None and _plural_verb(before, "n")
                and token.dep_ not in ("obj", "iobj") and before.i > 0 and before.doc[before.i - 1].lower_ != "zu"
                and not (before.dep and any(child.dep_.startswith("nsubj") for child in before.children))):
            return True
        verb = token.head
        inverted = (token.dep_ == "obj" and token.i == verb.i + 1  # `…, sagten SPÖ-Abgeordnete`: the parser
                    and not any(child.dep_.startswith("nsubj") for child in verb.children))  # may call it an object
        if token.dep_ not in ("nsubj", "nsubj:pass") and not inverted:
            return False
        finite = _clause_finite(verb)
        if finite is not None:
            return morph_values(finite, "Number") == ["Plur"]
        return (verb.pos_ in ("VERB", "AUX") and verb.is_lower and verb.lower_.endswith("en")
                and "Inf" in morph_values(verb, "VerbForm"))

    def _principal_side(self, doc: Doc, i: int) -> str:
        """The side of the one an agent speaks for, named after `von` at token `i` (`ein Sprecher von
        Erwin Pröll`, `die Anwältin von Siemens`)."""
        first = word_after(doc, i + 1)  # (past a run of spaces: `ein Sprecher von  Erwin Pröll` as scraped)
        if first >= len(doc) or doc[i].lower_ not in self.holder_prepositions:
            return ""
        principal = entity_starting_at(doc, first)
        return self.records[principal].actor_country if principal is not None else ""

    def _relative_holder_side(self, doc: Doc, token: Token) -> str:
        """`Die Staatsanwaltschaft will …, wie deren Sprecher erklärte`: after a relative pronoun in the
        genitive (german.csv `genitive_relative`) the side of the last organisation named before it in
        its sentence (no person, no medium, `_relative_holder`); '' for none."""
        holder = self._relative_holder(doc, token)
        return holder.actor_country if holder is not None else ""

    def _relative_holder(self, doc: Doc, token: Token) -> MentionRecord | None:
        """The record of the last organisation with a side (no person, no medium) named before a relative
        pronoun in the genitive (german.csv `genitive_relative`) right before `token`, in its sentence;
        None for none."""
        before = word_before(doc, token.i)  # (past a run of spaces: `deren  Sprecher` as scraped)
        if before < 0 or doc[before].lower_ not in self.genitive_relatives:
            return None
        lo = sentence_bounds(doc, token.i)[0] if doc.has_annotation("SENT_START") else 0
        holders = [self.records[ent] for ent in doc.ents
                   if lo <= ent.start and ent.end < token.i and ent.label_ == "ORG"]
        holders = [ext for ext in holders if ext.actor_country and ext.actor_type != "media"]
        return holders[-1] if holders else None

    def _genitive_side(self, doc: Doc, i: int) -> str:
        """The side of an organisation or state in the genitive at token `i` (`der Vereinten
        Nationen`, `des Kreml`): the holder of a role noun before it."""
        first = word_after(doc, i + 1)  # (the words past a run of spaces: `der  Vereinten Nationen` as scraped)
        if first >= len(doc) or doc[i].text.lower() not in self.genitive_articles:
            return ""
        second = word_after(doc, first + 1)
        for start in (first, second):  # `der Afrikanischen Union`: the entity may leave out the adjective
            holder = entity_starting_at(doc, start) if start < len(doc) else None
            # (`sagte ein Sprecher der dpa`: a medium after `der` is the dative addressee, no employer)
            ext = self.records[holder] if holder is not None and holder.label_ != "PER" else None
            if ext is not None and ext.actor_country and ext.actor_type != "media":
                return ext.actor_country
        prefix, rest = self.words.split_prefix(doc[first].text)  # `der EU-Außenbeauftragten`: an office
        if prefix and self._match_role(rest):
            return prefix
        adjective = self.words.country_of(doc[first].text)  # `des russischen Präsidenten`
        return adjective if adjective and second < len(doc) and self._match_role(doc[second].text) else ""

    def _led_office_holder(self, word: str, led: MentionRecord) -> Person | None:
        """Who held, on the document's date, the office a role noun names with the organisation in the
        genitive after it, as the compound of the two names it (`Präsident der EU-Kommission`:
        `EU-Kommissionspräsident`; `Generalsekretär der NATO`: `NATO-Generalsekretär`); None for an office
        the knowledge base's role nouns do not list so (`Sprecher der EU-Kommission`)."""
        if self.links is None or led.actor_type != "io" or not word[:1].isupper():
            return None
        forms = _office_compounds(led.actor, word)
        return next(filter(None, (self.links.office_holder(form, led.actor_country, self.day) for form in forms)), None)

    def _genitive_organisation(self, doc: Doc, i: int) -> MentionRecord | None:
        """The record of a party or another organisation with a side in the genitive at token `i`
        (`der Grünen`, `der Gewerkschaft Verdi`) that an unnamed office before it speaks for; None for a
        state, a government or an authority of one (`des Innenministeriums`: the office stays the state's);
        an international organisation's (`der EU-Kommission`) as one of type io."""
        first = word_after(doc, i + 1)  # (past a run of spaces: `der  Grünen` as scraped)
        if first >= len(doc) or doc[i].text.lower() not in self.genitive_articles:
            return None
        noun, adjectives = first, 0
        while adjectives < 3 and noun < len(doc) - 1 and doc[noun].is_lower and doc[noun].is_alpha:
            noun, adjectives = word_after(doc, noun + 1), adjectives + 1  # `der liberalen Partei To Potami`: past the adjectives
        for start in dict.fromkeys((first, noun, word_after(doc, noun + 1))):  # `der Gewerkschaft Verdi`: the entity may leave out the noun before it
            holder = entity_starting_at(doc, start)
            ext = self.records[holder] if holder is not None and holder.label_ != "PER" else None
            if ext is not None and ext.actor and ext.actor_country and ext.actor_type in LED_TYPES:
                return ext
            if ext is not None and ext.actor and ext.mention == "group" and not ext.actor_type \
                    and ext.actor_country in IO_CODES:  # `der EU-Kommission`, `der NATO`: an international body
                ext.actor_type = "io"
                return ext
            if ext is not None and ext.mention == "place" and ext.actor_country in IO_CODES \
                    and holder.text in self.lexicons.countries[ext.actor_country].names:
                # `der Nato`, `der Vereinten Nationen` the NER took for a place: the body, not a state (nor `Brüssel`)
                return MentionRecord((ext.actor, ext.actor_country, "group", "", "io", ext.actor_id, ""))
        return None

    def _person_of_surname(self, doc: Doc, i: int, taken: set[int],
                           surnames: dict[str, tuple[str, str]]) -> tuple[str, str, str] | None:
        """Actor, country and gender of the person whose surname (`Konvička`, genitive `Konvičkas`)
        is token `i`, not yet part of a mention, when the document names them in full or the
        knowledge base knows them."""
        texts = token_words(doc)[0]  # (a word's text, without making its Token)
        if i >= len(texts) or i in taken or not texts[i][:1].isupper():
            return None
        known = surnames.get(without_genitive(texts[i], surnames))
        if known is None:
            return None
        return known[0], known[1], self.genders.get(known[0], "")

    def _surname_start(self, doc: Doc, i: int, name: str) -> int:
        """Where the surname ending at token `i` starts: before its particles (`Van der` of `Van der
        Bellen`) when the person's full name ends with them, else at `i`."""
        start = i
        while start > 0 and doc[start - 1].text.lower() in self.surname_particles:
            start -= 1
        while start < i and not name.lower().endswith(" " + doc[start:i + 1].text.lower()):
            start += 1
        return start

    def _name_after(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """Unseen person's name right after a role noun: up to three capitalised words, or a known
        surname that opens with its particles (`Innenminister de Maizière`, `von der Leyen`)."""
        particle_end = self._particle_surname_end(doc, i)
        if particle_end > i:
            return doc[i:particle_end]
        j = i
        while (j < len(doc) and j - i < 5 and j not in taken
               and (doc[j].text[:1].isupper() or (j > i and doc[j].text in self.name_particles))
               and (doc[j].is_alpha or HYPHENATED_NAME.fullmatch(doc[j].text))  # `Rabmer-Koller`
               and doc[j].text.lower() not in self.function_words
               and not self._match_role(doc[j].text) and not self.words.country_of(doc[j].text)):
            j += 1
        if i < j < len(doc) and j not in taken and REGNAL_NUMERAL.fullmatch(doc[j].text):
            j += 1  # `König Abdullah II.`: the numeral ends the name
        single_name_ends = j - i == 1 and j < len(doc) and (doc[j].is_punct or doc[j].is_lower)
        if j - i >= 2 or single_name_ends:
            return doc[i:j]
        return None

    def _listed_name(self, token: Token) -> bool:
        """A word listed with a name after it (`Creditreform und AKV Europa`: german.csv `list_conjunction` or
        a comma before an entity or an acronym): one of the names a plural role noun lists."""
        doc, k = token.doc, token.i + 1
        if k + 1 >= len(doc) or doc[k].lower_ not in self.list_conjunctions:
            return False
        after = doc[k + 1]
        return bool(after.ent_type_) or after.text[:1].isupper() and any(c.isupper() for c in after.text[1:])

    def _town_genitive(self, doc: Doc, i: int) -> bool:
        """`Hongkongs`, `Kataloniens` at token i: the genitive of a town or region of cities.csv, no country."""
        if i >= len(doc) or not doc[i].text[:1].isupper() or not doc[i].text.endswith("s"):
            return False
        return not self.words.country_of(doc[i].text) and bool(self.words.place_country(doc[i].text))

    def _lone_name(self, token: Token, surnames: dict[str, tuple[str, str]], person: bool) -> bool:
        """One capitalised word after a role noun is a person's name when the tagger or the recogniser
        says so (a proper noun, an entity: `Polizeisprecher Hahslinger`), it is an acronym or listed with
        a name, the role noun is a person's bare title (`sagte BKA-Präsident X`, not `laut Ministerium
        Arbeiten an …`, `Ökonomen Kunst`: `person`, the role noun names one person), or the document or the knowledge
        base knows it as a surname (`einen Präsidenten Hofer`); a common noun after a role noun with its
        article or adjective is the verb's object or an attribute (`warf der Regierung Fahrlässigkeit vor`,
        `übte die ungarische Regierung Druck aus`)."""
        if self._town_genitive(token.doc, token.i):
            return False  # `die Führung Hongkongs`: the town's body
        if token.ent_type_ or token.pos_ == "PROPN" or not token.pos_ or token.text in surnames:
            return True
        if any(c.isupper() for c in token.text[1:]) or self._listed_name(token):
            return True  # `die Gewerkschaften PRO-GE und GPA-djp`, `die Verbände Creditreform und AKV Europa`
        if person and self._bare_title(token.doc, token.i - 1):
            return True  # `sagte BKA-Präsident Ziercke`: a title without article names the person after it
        return self.links is not None and bool(self.links.kb.persons_by_surname(token.text))

    def _bare_title(self, doc: Doc, i: int) -> bool:
        """The role noun at token i stands without a determiner or adjective before it (`sagte
        Polizeisprecher X`), as a title before a name does; not `der Regierung`, `die ungarische Regierung`."""
        if i <= 0:
            return True
        before = doc[i - 1]
        return not (before.lower_ in self.determiners or before.is_lower and before.pos_ in ("ADJ", "DET", "PRON"))

    def _particle_surname_end(self, doc: Doc, i: int) -> int:
        """End of a surname of the knowledge base that opens with lower-case particles at token i
        (german.csv surname_particle: `de Maizière`, `von der Leyen`); i where there is none (`von
        Bayern`, `der Regierung`)."""
        j = i
        while j < len(doc) and j - i < 3 and doc[j].text in self.surname_particles:
            j += 1
        if j == i or j >= len(doc) or not doc[j].text[:1].isupper() or self.links is None:
            return i
        return j + 1 if self.links.kb.persons_by_surname(doc[i:j + 1].text) else i


@Language.factory("actor_linker", assigns=["doc.spans", "span._.actor", "doc._.dateline_country"], requires=["doc.ents"])
def create_actor_linker(nlp: Language, name: str) -> LexiconRules:
    return LexiconRules(name, lambda bundle: ActorLinker(bundle.lexicons, bundle.links))


def set_entities(doc: Doc, spans: list[Span], ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """`doc.ents = spans`, and the entities as the Doc reads them then (spaCy makes the Spans anew on every
    read). Where `spans` are the Doc's entities `ents` already (the same words, label, knowledge id and
    entity id) and every token has its entity annotation, the Doc is left as it is and `ents` returned:
    setting them would rewrite every token and make every Span anew for nothing."""
    if len(spans) == len(ents) and all(
            new.start == old.start and new.end == old.end and new.label == old.label and new.kb_id == old.kb_id
            and new.id == old.id for new, old in zip(spans, ents)) and doc.has_annotation("ENT_IOB", require_complete=True):
        return ents
    doc.ents = spans
    return doc.ents


def _shares_word(name: str, other: str) -> bool:
    """Whether a word of four letters or more of `name` occurs in `other`, in any case
    (`Programm` in `Welternährungsprogramm`, `Union` in `Afrikanische Union`)."""
    other = other.lower()
    return any(len(word) >= 4 and word.lower() in other for word in name.split())


def _modifiers_before(doc: Doc, i: int) -> Iterator[str]:
    """The lower-case words right before the office noun at i, nearest first, up to three of them
    (`der frühere griechische Finanzminister`: `griechische`, `frühere`), where its modifiers stand."""
    k = i - 1
    while k >= 0 and i - k <= 3 and doc[k].is_lower and doc[k].is_alpha:
        yield doc[k].lower_
        k -= 1


def _same_gender(one: str, other: str) -> bool:
    """Whether two genders may be one person's (`f` is no `m`; an unknown one fits either)."""
    return not one or not other or one == other


def _office_compounds(body: str, role: str) -> tuple[str, ...]:
    """The compounds of a body's name and a role noun that may name the body's office, with a hyphen, a
    linking s or none (`EU-Kommission` + `Präsident`: `EU-Kommission-Präsident`, `EU-Kommissionspräsident`)."""
    return f"{body}-{role}", f"{body}s{role.lower()}", f"{body}{role.lower()}"


def _case_stems(word: str) -> list[str]:
    """A noun in lower case and its stems without a case ending (`bankenverbandes` → `bankenverband`,
    `bankenverbande`)."""
    return [word] + [word[:-len(end)] for end in CASE_ENDINGS if word.endswith(end)]


ANTECEDENT_REACH = 120  # tokens between a role noun and the person named before it: about three or four sentences
MENTION_TYPES = {"place": "state", "name": "person"}
PORTFOLIO_ROLE = "Bereichssprecher"  # roles.csv's role of a party's spokesperson for a field (`Bildungssprecher`)
OBSERVER_ROLE = "Experte"  # roles.csv's role of observers (`Politologe`, `Ökonom`): they speak for no side
STATE_SIDE_TYPES = ("government", "party", "person", "state", "organisation")  # what an IO's office holder is not


def mention_type(span: Span) -> str:
    """Codebook actor type of a mention: the knowledge base's, else from the kind of mention (a
    country named as a place is a state; a role noun or government body is the government; a group
    no knowledge base types is an organisation, a demonym the public)."""
    return _mention_type(span, span._)


def _mention_type(span: Span, ext: Underscore | MentionRecord) -> str:
    """`mention_type` with the span's extensions read through `ext` (each `span._` makes a new Underscore),
    or the linker's record of them."""
    if ext.actor_type:
        return ext.actor_type
    if not ext.actor:
        return ""
    mention = ext.mention
    if mention == "role":
        return "government"
    if mention == "group":
        if span.label_ == "MISC":
            return "public"
        return "government" if ext.actor_country and ext.actor.endswith(("Regierung", "regierung")) \
            or span.label_ == "ROLE" else "organisation"
    return MENTION_TYPES.get(mention, "")


def actor_profiles(doc: Doc) -> dict[str, tuple[str, str]]:
    """Actor → (actor type, knowledge-base id) over the document's mentions: the first mention the
    knowledge base knows, else the first mention (the same from entities.csv as from the linker);
    an office the text gives the actor (`Spaniens Ministerpräsident Rajoy`, `CHP-Abgeordneter
    Baykal`, `der Politologe X`) types a person the knowledge base knows without one, and a member
    of parliament it knows as a member of government at some other time. A named person or body the
    text places on an international organisation's side is its office holder or the organisation
    itself (codebook `io`: `EU-Ratspräsident Donald Tusk`, a former prime minister; `die Vereinten
    Nationen`, named like a state), not a government, party or state. An office with no type of its
    own that first names the actor (`Der Vorsitzende des ägyptischen Tourismusverbands, X`: government
    by default) gives way to an organisation's, NGO's or medium's type a later mention gives; so does a
    bare name's `person` (`Bitkom: …` before `der Digitalverband Bitkom`)."""
    profiles: dict[str, tuple[str, str]] = {}
    offices: dict[str, str] = {}
    of_organisation: set[str] = set()  # named actors on an international organisation's side
    untyped_offices: set[str] = set()  # actors first typed by an office of no type of its own (`der Vorsitzende`)
    bare_names: set[str] = set()  # actors first typed `person` only because a name names them (`Bitkom: …`)
    records = MentionRecords(doc)  # (each field read once, not through a new `span._` per read)
    for span in actor_mentions(doc):
        ext = records[span]
        actor_type, actor = _mention_type(span, ext), ext.actor
        if actor_type and ext.mention == "role":
            offices.setdefault(actor, actor_type)
        if ext.actor_country in IO_CODES and span.label_ != "ROLE":  # (not `Minister (EU)`: the states' ministers)
            of_organisation.add(actor)
        known = profiles.get(actor, ("", ""))
        if ext.mention == "role" and not ext.actor_type and not known[0]:
            untyped_offices.add(actor)
        if actor_type and (not known[0] or ext.actor_id and not known[1]):
            profiles[actor] = (actor_type, ext.actor_id)
            if ext.mention == "name" and not ext.actor_type:
                bare_names.add(actor)
        elif ext.actor_type in NON_STATE_SIDES and known[0] == "person" and actor in bare_names:
            profiles[actor] = (ext.actor_type, known[1] or ext.actor_id)  # `Bitkom: …` typed by `der Digitalverband Bitkom`
        elif actor_type in NON_STATE_SIDES and known[0] == "government" and actor in untyped_offices:
            profiles[actor] = (actor_type, known[1] or ext.actor_id)  # `Der Vorsitzende des … Verbands, X`
    for actor, office in offices.items():
        actor_type, actor_id = profiles.get(actor, ("", ""))
        if actor_type == "person" or actor_type == "government" and office == "parliament":
            profiles[actor] = (office, actor_id)
    for actor in of_organisation:
        actor_type, actor_id = profiles.get(actor, ("", ""))
        if actor_type in STATE_SIDE_TYPES:
            profiles[actor] = ("io", actor_id)
    return profiles


def entity_rows(doc: Doc, doc_id: str, sentence_index) -> list[dict]:
    """Rows of entities.csv: named entities and role mentions, with their actors."""
    spans = {(s.start, s.end): s for s in doc.ents}
    for span in doc.spans.get("actors", []):
        spans[(span.start, span.end)] = span
    rows, records = [], MentionRecords(doc)
    for (_, _), span in sorted(spans.items()):
        ext, start = records[span], span.start_char
        rows.append({"doc_id": doc_id, "sentence_id": sentence_index(start),
                     "start": start, "end": span.end_char, "text": span.text,
                     "label": span.label_, "actor": ext.actor, "actor_country": ext.actor_country,
                     "mention": ext.mention, "actor_type": _mention_type(span, ext), "actor_id": ext.actor_id})
    return rows
