"""Who a pronoun, a definite description or a compound prefix stands for: `er` → the person
who spoke last or was named last, `der SPD-Politiker` → the last fitting person, `Kreml-Angaben`
→ the Kremlin. Reads the actor mentions in `doc.spans["actors"]`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.actor_context import CountryWords
from pipeline.entities import mention_type
from pipeline.knowledge_links import KnowledgeLinks
from pipeline.knowledge import IO_CODES, Organisation
from pipeline.lexicons import Lexicons, RoleEntry, common_words, konjunktiv_i_reader
from pipeline.person_nouns import FEMININE_SUFFIX, PersonNouns
from pipeline.phrases import (NUMERIC_ADJECTIVE, actor_mentions, is_person_name, lower_case_words, mention_at, mention_field,
                              mentions_in, morph_values, sentence_bounds, tokens_of, word_after)
from pipeline.quotes.clauses import clause_range, finite_verb
from pipeline.quotes.records import Speaker


ANTECEDENT_REACH = 120  # tokens between a description and what it names: about three or four sentences
# a noun of an organisation (german.csv class) → the actor types of the known organisation it may name
ORGANISATION_NOUN_TYPES = {"organisation_noun": ("ngo", "organisation", "party", "io"),
                           "business_noun": ("organisation",), "authority_noun": ("government", "io")}


# the types of a body whose office a person named in apposition holds (`der Leiter der Abteilung …, X`); not a
# state (`der Polizeichef in Wien, X`: a place), nor the public
OFFICE_BODY_TYPES = ("government", "parliament", "party", "organisation", "ngo", "court", "io", "media", "expert")


def masculine_stem(noun: str) -> str:
    """A role noun's masculine stem in lower case, `ä` read as `a`, to find it inside titles:
    `Studentin`: `student`, `Ärztin`: `arzt` (`Arzt` inside `Kinderarzt`, `Ärzte`)."""
    stem = noun.lower()
    return (stem[:-2] if stem.endswith("in") and len(stem) > 5 else stem).replace("ä", "a")


class ReferenceResolver:
    """Resolve pronouns and descriptions to actors named before them."""

    def __init__(self, lexicons: Lexicons, party_country: Callable[[str], str],
                 links: KnowledgeLinks | None = None):
        self.lex = lexicons
        self.party_country = party_country  # `SPD` → DEU, from the knowledge base
        self.links = links  # the knowledge base's parties and their known members (`der SPD-Politiker`)
        self.pronoun_m = lexicons.word_class("pronoun_m")
        self.object_pronoun_m = lexicons.word_class("object_pronoun_m")  # `für ihn`
        self.pronoun_f = lexicons.word_class("pronoun_f")
        self.demonstrative_m = lexicons.word_class("demonstrative_m")  # `Dieser lehnt … ab`: the man named last
        self.agent_nouns = lexicons.word_class("agent_noun")  # `seine Anwältin` speaks for him
        self.market_heads = lexicons.word_class("market_head")  # `der Österreich-Chef` of a company: no state's office
        self.genitive_articles = lexicons.word_class("genitive_article")  # `das Amt des Premierministers`
        # `das Büro des Präsidenten`, `das Amt des Premierministers`: the office speaks for its holder
        self.principal_offices = self.agent_nouns | lexicons.word_class("principal_office")
        self.kin_nouns = lexicons.word_class("kin_noun")  # `Badawis Ehefrau`: not for his side
        self.person_suffixes = tuple(sorted(lexicons.word_class("person_suffix")))  # `Verhandler`, `Präsidentin`
        self.person_nouns = PersonNouns.from_lexicons(lexicons)  # `die Ministerin`: one woman (not `die Disziplin`)
        # `der Sozialdemokrat`, `der Kommissar`, `die Grüne`: nouns of one person no ending tells
        self.person_words = lexicons.word_class("person_word")
        # `der Richter`, `die Studentin`: a person of no political office, not the politician named last
        self.lay_person_nouns = lexicons.word_class("lay_person_noun")
        # `Assistenztrainer X`, `Vizekanzler Y`, `der stellvertretende Bürgermeister Z`: a deputy, not `der Trainer`
        self.deputy_prefixes = lexicons.word_class("deputy_prefix")
        self.deputy_adjectives = lexicons.word_class("deputy_adjective")
        self.possessive = lexicons.word_class("possessive_m") | lexicons.word_class("possessive_f")
        # `norwegisch` → NOR (`adjective_country`): each adjective's first country in countries.csv
        self.adjective_countries: dict[str, str] = {}
        for country in lexicons.countries.values():
            for adjective in country.adjectives:
                self.adjective_countries.setdefault(adjective, country.code)
        # `die Organisation`, `der Konzern`, `die Behörde`: the actor types of the organisation each may name
        self.organisation_nouns = {noun: types for word_class, types in ORGANISATION_NOUN_TYPES.items()
                                   for noun in lexicons.word_class(word_class)}
        # `Der Provinzgouverneur machte …` (not `Ein Minister`: anyone's)
        self.definite_nominatives = lexicons.word_class("nominative_article") - lexicons.word_class("indefinite_article")
        # `Eine Ministeriumssprecherin erklärte …`: an office only a state has (roles.csv type `government`)
        self.indefinite_nominatives = lexicons.word_class("nominative_article") & lexicons.word_class("indefinite_article")
        self.indefinite_articles = lexicons.word_class("indefinite_article")  # `ein Sprecher`: someone new
        self.speaking_sectors = lexicons.word_class("speaking_sector")  # `Die Wirtschaft fordert`: its lobby
        # `die Salzburger Polizei`, `der Wiener Magistrat`: a body of the state after a town's adjective
        self.town_bodies = lexicons.word_class("state_body_noun") | lexicons.word_class("police_noun")
        self.towns = CountryWords.from_lexicons(lexicons)
        self.subjunctives = lexicons.word_class("ki")  # `sei`, `habe`: reported speech
        self.konjunktiv_i = konjunktiv_i_reader(lexicons)  # also after an inseparable prefix: `verwerte`
        self.sie_articles = lexicons.word_class("feminine_plural_article")  # `die Türkei`: a place `sie` names
        # words in `-t` that are no verb (`seit`, `nicht`, `selbst`)
        self.not_verbs_in_t = (lexicons.word_class("preposition") | lexicons.word_class("adverb")
                               | lexicons.word_class("not_content") | lexicons.word_class("negator")
                               | lexicons.word_class("complementizer"))
        # nouns of people and bodies that `sie` may take up when no lexicon knows them as actors
        # (not `-ent`, `-ant`, which things share: `Komponenten`, `Argumente`)
        self.speaking_nouns = tuple(sorted(lexicons.word_class("person_suffix") - {"ent", "ant"}
                                           | lexicons.word_class("researcher_noun") | lexicons.word_class("police_noun")
                                           | set(self.organisation_nouns)))
        # their noun is no subject
        self.prepositions = lexicons.word_class("preposition")
        # `dass`, `ob`: a clause they open is a content clause, whose subject is not the main clause's
        self.complementizers = lexicons.word_class("complementizer")
        # `Kommissionssprecherin`: the body's press officer (the longest noun first: `sprecherin` before `sprecher`)
        self.press_officers = tuple(sorted(lexicons.word_class("press_officer_noun"), key=len, reverse=True))
        # `ein Sprecher`, `die Pressesprecherin`: a press officer who names no body (also an agent noun: `Camerons Sprecher`)
        self.plain_press_officers = frozenset(self.press_officers) & lexicons.word_class("agent_noun")
        # `ein Sprecher des Ministeriums`, `von X`: the words that name the one a press officer speaks for after him
        self.holder_words = lexicons.word_class("holder_preposition") | self.genitive_articles
        self.common_words = common_words(lexicons)  # `Grundsätzlich`, `Experte`: no name the NER missed
        self.governing_words = (self.prepositions | lexicons.word_class("object_article")
                                | lexicons.word_class("governing_article"))
        # `der Spanier`, `der Franzose` (not the plural `Franzosen`, `Deutschen`): one man of a people
        self.singular_demonyms = {form: country.code for country in lexicons.countries.values()
                                  for form in country.demonyms if not form.endswith("en")}

    @staticmethod
    def antecedent(doc: Doc, before: int, kinds: tuple[str, ...], not_gender: str = "",
                   fits: Callable[[Span], bool] | None = None, need_country: bool = True,
                   since: int = 0) -> Span | None:
        """The last actor mention of one of `kinds` before token index `before` and ending at or after
        `since` (a person of `not_gender` is skipped: `er` is no woman; so is a news agency that relayed
        the words: `…, sagte Haidar der Nachrichtenagentur AFP. Sie befürchtet …`; and a mention that
        `fits` rejects; one without a country only when `need_country` is false)."""
        best = None
        for span in actor_mentions(doc):
            if span.end > before:
                break
            if span.end < since:
                continue
            if (mention_field(span, "mention") in kinds and (not need_country or mention_field(span, "actor_country"))
                    and mention_field(span, "actor_type") != "media"
                    and (not not_gender or mention_field(span, "gender") != not_gender)
                    and (fits is None or fits(span))):
                best = span
        return best

    @staticmethod
    def plural_mention(span: Span) -> bool:
        """`die Experten`, `24 Genehmigungen`, `aus den Reihen der Aktivisten`: a mention whose head word the
        tagger reads as plural with a plural article or a number before it, or, for a noun of a role, either
        (`Experten`, `der Aktivisten`); `er`, `dieser` and singular `sie` take up no such mention (a surname the
        tagger reads as plural with no such word, `sprach Hofer`, `der Experte Hofer`, stays one person)."""
        root = span.root
        marked = any(child.i < root.i and (child.pos_ == "NUM"
                                           or child.dep_ == "det" and ReferenceResolver._plural_only(child))
                     for child in root.children)
        if span.label_ == "ROLE" and root.lower_.endswith(FEMININE_SUFFIX):
            return False  # `Die Präsidentin`: one woman, whatever number the tagger reads of her noun or article
        if span.label_ == "ROLE":  # (the tagger may read the noun as singular and its article as plural)
            return marked or ReferenceResolver._plural_only(root)
        return marked and ReferenceResolver._plural_only(root)

    def singular_mention(self, span: Span) -> bool:
        """A mention that no plural article, number or role noun marks as several (`plural_mention`)."""
        return not self.plural_mention(span)

    @staticmethod
    def _plural_only(token: Token) -> bool:
        """The tagger reads `token` as plural and not also as singular."""
        number = morph_values(token, "Number")
        return "Plur" in number and "Sing" not in number

    def singular_sie(self, token: Token) -> bool:
        """`Sie rief …`, `Ansonsten ist sie skeptisch`: the finite verb `sie` is subject of, its head or
        right next to it, tells its number (the tagger often reads the pronoun itself as plural); without
        one, a verb's ending right before it (`schließt sie … aus`, which the small tagger reads as no
        verb: `-t` is the singular's, the plural's is `-en`); else the pronoun's own morphology."""
        beside = [token.nbor(1) if token.i + 1 < len(token.doc) else token, token.nbor(-1) if token.i > 0 else token]
        verbs = [t for t in (token.head, *beside) if finite_verb(t)]
        if not verbs and token.i > 0 and self.singular_ending(token.nbor(-1)):
            return True
        number = morph_values(verbs[0], "Number") if verbs else morph_values(token, "Number")
        return "Sing" in number

    def singular_ending(self, word: Token) -> bool:
        """A lower-case word in `-t` that is no participle (`ge-`), nor a preposition, conjunction, adverb
        or negator of german.csv (`seit`, `selbst`, `nicht`): a verb in the third person singular
        (`schließt`, `fordert`, `hält`; the small tagger may call it an adverb or a conjunction)."""
        lower = word.lower_
        return (word.is_lower and word.is_alpha and lower.endswith("t") and not lower.startswith("ge")
                and word.pos_ not in ("ADP", "CCONJ", "PART", "DET", "PRON", "NOUN", "PROPN")
                and lower not in self.not_verbs_in_t)

    @staticmethod
    def polite_address(token: Token) -> bool:
        """`Ich werde Sie würdigen`, `Wagen Sie es nicht`: `Sie`, `Ihr` written with a capital inside a
        sentence (after a word or a comma, not where a sentence or a quotation opens) address someone."""
        if not token.text[:1].isupper() or token.i == 0 or token.is_sent_start:
            return False
        before = token.doc[token.i - 1]
        return before.is_alpha or before.text == ","

    def takes_sie(self, doc: Doc, span: Span) -> bool:
        """`sie` refers to a group of no masculine or neuter singular noun (not `der OGH`, `das
        Ministerium`), or to a place whose name takes a feminine or plural article (`die Türkei`,
        `in den USA`); a name without an article (`Kanada`, `Moskau`) is neuter."""
        if span._.mention != "place":
            return not self.masculine_or_neuter_body(doc, span)
        return span.start > 0 and doc[span.start - 1].text.lower() in self.sie_articles

    @staticmethod
    def plural_group(span: Span) -> bool:
        """`die Deutschen`, `jenen US-Präsidenten`, `die Demonstranten`: a group of people (no place) whose
        head word the tagger reads as plural only; singular `sie` (`weigerte sie sich`) names no such group."""
        return span._.mention == "group" and ReferenceResolver._plural_only(span.root)

    @staticmethod
    def masculine_or_neuter_body(doc: Doc, span: Span) -> bool:
        """`der OGH`, `den UN-Sicherheitsrat`, `das Innenministerium`: a body whose head noun the tagger
        reads as masculine or neuter singular, which `sie` cannot take up (a name, `Greenpeace`, only
        with such an article right before or at its start: the tagger guesses a bare name's gender)."""
        root = span.root
        if root.pos_ == "NOUN":
            word = root
        else:
            first = span.start - 1 if span.start > 0 and doc[span.start - 1].pos_ == "DET" else span.start
            word = doc[first] if doc[first].pos_ == "DET" else None
        if word is None or "Sing" not in morph_values(word, "Number"):
            return False
        return bool({"Masc", "Neut"} & set(morph_values(word, "Gender"))) and "Fem" not in morph_values(word, "Gender")

    def earlier_clause_person(self, doc: Doc, token: Token, not_gender: str) -> Span | None:
        """`Michael Strugl ist …, sagte er`, `Nachdem Trump Selenskyj informiert hatte, kündigte er an`: the
        first person named in an earlier clause of the same sentence, not governed by a preposition
        (an object is no antecedent of a subject), nor standing in a content clause (`Dafür, dass Max
        Huber … durchgesetzt hatte, zollte er …`: what the clause says is about him, not by him); also a full
        name of unknown side (then no claim)."""
        if not doc.has_annotation("SENT_START"):
            return None
        sent = token.sent
        lo, _ = clause_range(doc, sent, token.i, [])
        for span in actor_mentions(doc):  # the first: German puts the subject first
            if span.end > lo:
                break
            if (span.start >= sent.start and mention_field(span, "mention") in ("name", "role")
                    and (mention_field(span, "actor_country") or self._unplaced_subject_name(doc, span))
                    and mention_field(span, "gender") != not_gender and not self.plural_mention(span)
                    and not self.relative_apposition(doc, span) and not self.in_content_clause(doc, span)
                    and not (span.start > 0 and doc[span.start - 1].text.lower() in self.governing_words)):
                return span
        return None

    def in_content_clause(self, doc: Doc, span: Span | Token) -> bool:
        """`Dafür, dass Huber …`, `Ob Müller kandidiert, …`: a complementizer of german.csv (`dass`, `ob`)
        opens the clause the mention (or word) stands in (no comma between them)."""
        start = span.start if isinstance(span, Span) else span.i
        for t in reversed(doc[span.sent.start:start]):
            if t.text == ",":
                return False
            if t.lower_ in self.complementizers:
                return True
        return False

    def last_main_subject(self, doc: Doc, token: Token) -> Token | None:
        """The subject of a main clause (of its sentence's root or a verb joined to it) last before the clause of
        `token`, in its sentence or the one before: what a pronoun opening the next clause most likely takes up
        (in its own clause a fronted object, `Eine Rückkehr schließt sie aus`, the parser may call a subject)."""
        if not doc.has_annotation("DEP") or not doc.has_annotation("SENT_START"):
            return None
        sent_start = token.sent.start
        lo = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        own, _ = clause_range(doc, token.sent, token.i, [])  # (in the pronoun's own clause it is the subject)
        found = None
        for t in tokens_of(doc, lo, own):
            if (t.dep_ in ("nsubj", "nsubj:pass", "sb") and (t.head.dep_ == "ROOT" or t.head.dep_ == "conj"
                                                              and t.head.head.dep_ == "ROOT")
                    # (a noun the parser made the root: `Ein Polizist widersprach …`)
                    or t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")) and not self.in_content_clause(doc, t):
                found = t
        return found

    def thing_subject(self, doc: Doc, token: Token) -> bool:
        """`Die Verfassung gilt als Fundament …. Sie hält fest …`: the last main clause's subject is a feminine
        singular noun that names no person or body (no actor mention, no noun of people or bodies:
        `speaking_noun`), in a sentence of no subjunctive (not reported speech: `Die Lage sei ernst`): singular
        `sie` takes it up."""
        subject = self.last_main_subject(doc, token)
        if subject is None or subject.pos_ != "NOUN" or subject.i >= token.i:
            return False
        morph = subject.morph
        if "Fem" not in morph.get("Gender") or "Sing" not in morph.get("Number") or any(
                t.lower_ in self.subjunctives or t.is_lower and self.konjunktiv_i(t.lower_)
                or "Sub" in morph_values(t, "Mood") for t in subject.sent):
            return False
        # (`die Online-Plattform Amnesty International`: a body the name after the noun gives)
        return not self.speaking_noun(subject) and not any(
            m.start <= subject.right_edge.i + 1 and m.end > subject.left_edge.i for m in actor_mentions(doc))

    def new_person_subject(self, doc: Doc, token: Token) -> bool:
        """`Ein Polizist widersprach. Er …`: the last main clause's subject is a masculine singular noun of people
        (`speaking_noun`) after an indefinite article, which no lexicon knows as an actor: someone the text brings
        in anew, whom `er` takes up, not the man named before."""
        subject = self.last_main_subject(doc, token)
        if subject is None or subject.pos_ != "NOUN" or subject.i >= token.i:
            return False
        # (its article tells the gender: the small tagger reads `Polizist` as feminine)
        if not any(c.dep_ in ("det", "nk") and c.lower_ in self.indefinite_articles and "Masc" in morph_values(c, "Gender")
                   and "Nom" in morph_values(c, "Case") for c in subject.children):
            return False
        return self.speaking_noun(subject) and not any(m.start <= subject.i < m.end for m in actor_mentions(doc))

    def coordinated_persons(self, doc: Doc, token: Token) -> tuple[bool, Span | None]:
        """`Amira und Leyla schweigen, bevor sie …`, `Merkel und Seehofer einigten sich. Sie …`: whether the last
        main clause's subject is two or more names joined by a conjunction, whom plural `sie` takes up together,
        and the words from the first one's actor mention to the last one's where all are actors, persons, bodies or
        countries (`Deutschland und Frankreich`; a speaker holds the first, each a claim of its own: per_claimant;
        else None: no actor named last after them, `Amira und Leyla`, is theirs)."""
        subject = self.last_main_subject(doc, token)
        if subject is None or subject.i >= token.i or not self.name_word(subject):
            return False, None
        others = [c for head in (subject, *(c for c in subject.children if c.dep_ == "flat"))
                  for c in head.children if c.dep_ == "conj"]
        if not others or not all(self.name_word(o) for o in others):
            return False, None
        mentions = actor_mentions(doc)
        found = [next((m for m in mentions if m.start <= t.i < m.end), None) for t in (subject, *others)]
        if any(m is None or mention_field(m, "mention") not in ("name", "role", "group", "place") for m in found):
            return True, None
        return True, doc[found[0].start:max(m.end for m in found)]

    def name_word(self, token: Token) -> bool:
        """A word of a name: a proper noun, a person the NER found, or a capitalised word no lexicon lists with
        no ending of a noun of persons (`Leyla`, which the small tagger may read as a noun or adjective)."""
        return (token.pos_ == "PROPN" or token.ent_type_ == "PER"
                or token.is_title and token.is_alpha and token.lower_ not in self.common_words
                and not token.lower_.endswith(self.person_suffixes))

    def relative_apposition(self, doc: Doc, span: Span) -> bool:
        """`sein Vater, ein Journalist`, `ihre Tochter, die Ärztin Anna Berger`: a mention set after a noun of
        kin (german.csv kin_noun) and a comma, with at most an article between, names in the speaker's own
        sentence a relative of the person the possessive before it points to, not the one `er` or `sie` takes up."""
        k = span.start - 1
        if k >= 0 and doc[k].pos_ == "DET":
            k -= 1
        return k >= 1 and doc[k].text == "," and doc[k - 1].lower_ in self.kin_nouns

    def _unplaced_subject_name(self, doc: Doc, span: Span) -> bool:
        """A full name of unknown side that no preposition governs, also not across the noun before
        it (`vor Richterin Astrid Raufer`)."""
        return span.label_ == "PER" and len(span) > 1 and not any(
            doc[k].lower_ in self.prepositions for k in range(max(span.sent.start, span.start - 2), span.start))

    def resolve_pronoun(self, doc: Doc, token: Token, recent: Speaker | None) -> Speaker | None:
        """`er`/`sein` → the last person before this sentence (or `recent`, the person who spoke
        in the sentence before); `dieser` → the man named last; `sie`/`ihr` → the last group or place,
        or the woman named in an earlier clause of the sentence."""
        lower = token.text.lower()
        before = token.sent.start if doc.has_annotation("SENT_START") else token.i
        before = before if before > 0 else token.i
        if lower in self.demonstrative_m:  # `… Präsident Pierre Nkurunziza. Dieser lehnt … ab`
            antecedent = self.antecedent(doc, before, ("name", "role"), not_gender="f", fits=self.singular_mention)
        elif lower in self.pronoun_m | self.object_pronoun_m or lower in self.possessive and lower.startswith("sein"):
            same_sentence = self.earlier_clause_person(doc, token, "f")
            if same_sentence is not None:
                return self.pronoun_speaker(token, same_sentence)
            if (recent is not None and (recent.kind in ("name", "role", "pronoun") or self.one_unnamed_man(recent))
                    and recent.actor and self.gender_of(doc, recent.actor) != "f"):
                # `er` continues the person who spoke last (no woman), even one of unknown side (no claim then)
                return Speaker(token.text, token.idx, token.idx + len(token.text), recent.actor,
                               recent.actor_country, "pronoun")
            if recent is not None and recent.kind == "phrase" and self.missed_name(doc, recent):
                # `…, erklärte Aslan. Er verwies …`: a surname the NER missed spoke last; `er` goes on with him
                return Speaker(token.text, token.idx, token.idx + len(token.text), recent.actor, "", "pronoun")
            if self.new_person_subject(doc, token):
                return None  # `Ein Polizist widersprach. Er sagte …`: someone no lexicon knows, not the man named before
            # `er`: the man named last, even one of unknown side (then the claim has no side), as for `sie`
            man = self.antecedent(doc, before, ("name", "role"), not_gender="f", need_country=False,
                                  fits=lambda span: span.label_ in ("PER", "ROLE") and not self.plural_mention(span))
            antecedent = man if man is not None and not man._.actor_country else \
                self.antecedent(doc, before, ("name", "role"), not_gender="f", fits=self.singular_mention)
            antecedent, side = self.sentence_subject(doc, antecedent, "m", pronoun=token)
            if antecedent is not None and side != antecedent._.actor_country:  # (a predicate's side)
                return replace(self.pronoun_speaker(token, antecedent), actor_country=side)
        elif lower in self.possessive:  # `ihr`, `ihrer Ansicht nach`: a woman or several, never one man
            if self.polite_address(token):
                return None  # `Ihre Meinung ist gefragt`: the one addressed
            return self.possessive_owner(doc, token, before, recent)
        elif lower in self.pronoun_f:
            if self.polite_address(token):
                return None  # `Wagen Sie es nicht, …`: the one addressed, no one named before
            singular = lower == "sie" and self.singular_sie(token)
            if singular and self.thing_subject(doc, token):
                return None  # `Die Verfassung gilt als …. Sie hält fest …`: the thing, no woman or body
            pair, first = self.coordinated_persons(doc, token) if lower == "sie" and not singular else (False, None)
            if pair:  # `Anna und Max Berger schweigen, bevor sie …`: the two named together (the first, the others joined)
                if first is None:
                    return None
                head = next(m for m in actor_mentions(doc) if m.start == first.start)
                return replace(self.pronoun_speaker(token, head), joined_start=first.start_char, joined_end=first.end_char)
            same_sentence = self.earlier_clause_person(doc, token, "m") if singular else None
            if same_sentence is not None:  # `Die Kanzlerin äußerte sich skeptisch: …, sagte sie`
                return self.pronoun_speaker(token, same_sentence)
            # `sie` may name a woman, a group or a place: one named last more than about three or four
            # sentences before is no longer what it takes up (`… sagt sie zum STANDARD` after a paragraph
            # on a woman the lexicons do not know, not the country named before)
            since = token.i - ANTECEDENT_REACH
            if singular and self.person_of_unknown_gender(doc, recent):
                # `…, so Alexandra Strickner. Als Beispiel nannte sie …`: the person who spoke last, whose
                # gender nothing gives, rather than a woman named before her
                return Speaker(token.text, token.idx, token.idx + len(token.text), recent.actor,
                               recent.actor_country, "pronoun")
            if singular and recent is not None and recent.kind == "phrase" and self.missed_name(doc, recent):
                # `…, so Strickner. Als Beispiel nannte sie …`: a surname the NER missed spoke last; `sie` goes on
                # with her (no side, no claim), as `er` does, not with a woman named before her
                return Speaker(token.text, token.idx, token.idx + len(token.text), recent.actor, "", "pronoun")
            # `sagte sie`: the woman named last, even one of unknown side (then the claim has no side)
            woman = self.antecedent(doc, before, ("name", "role"), not_gender="m", need_country=False,
                                    fits=lambda span: span._.gender == "f" and not self.plural_mention(span),
                                    since=since) if singular else None
            woman, side = self.sentence_subject(doc, woman, "f", lambda span: span._.gender == "f")
            if woman is not None:
                if self.unknown_subject_between(doc, woman.end, token, True):
                    return None  # `Die Aktivistin widersprach. …, sagte sie`: a woman no lexicon knows
                return replace(self.pronoun_speaker(token, woman), actor_country=side)
            antecedent = (self.antecedent(doc, before, ("place", "group"), since=since,
                                          fits=lambda span: self.takes_sie(doc, span)
                                          and not (singular and self.plural_group(span)))
                          # plural `sie` may be the persons named together last; singular `sie` no man
                          or self.antecedent(doc, before, ("name", "role"), not_gender="m" if singular else "", since=since,
                                             fits=self.singular_mention if singular else None))
        else:
            return None
        if antecedent is None or lower == "sie" and self.unknown_subject_between(doc, antecedent.end, token, singular):
            return None
        return self.pronoun_speaker(token, antecedent)

    def possessive_owner(self, doc: Doc, token: Token, before: int, recent: Speaker | None) -> Speaker | None:
        """`ihr`, `ihrer Ansicht nach`, `nach ihren Worten`: whom the feminine or plural possessive takes up, in
        German agreement a woman (`person_of_gender`) or several (a group, a body or place `sie` names, persons in
        the plural), never one man: a fitting person named in an earlier clause of its sentence; else the speaker
        of the sentence before (`recent`) where it fits or its gender is unknown; else the last fitting actor of
        about the last three or four sentences, unless a subject no lexicon knows (`Die Anrainer …`) stands
        between (then None)."""
        # the possessive before its noun may take up several; the dative pronoun (`Ihr zufolge …`) one woman or body
        several = token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        same_sentence = self.earlier_clause_person(doc, token, "m")
        if same_sentence is not None and self.person_of_gender(same_sentence, "f"):
            return self.pronoun_speaker(token, same_sentence)  # `Die Kanzlerin meinte, ihrer Ansicht nach …`
        if recent is not None and recent.actor and recent.kind in ("name", "role", "pronoun", "group", "place"):
            # the head of the speaker's words: their first mention (`eine Sprecherin des Ministers`: a woman)
            spoken = [m for m in actor_mentions(doc) if recent.start <= m.start_char < recent.end][:1]
            if spoken and self.possessive_fits(doc, spoken[0], several) or recent.kind in ("name", "role", "pronoun") \
                    and not self.gender_of(doc, recent.actor) and not any(self.person_of_gender(m, "m") for m in spoken):
                # `…, sagte eine Sprecherin. Nach ihren Worten …`, `…, glaubt Anna Berger. Ihrer Meinung nach …`
                return Speaker(token.text, token.idx, token.idx + len(token.text), recent.actor,
                               recent.actor_country, "pronoun")
        since = token.i - ANTECEDENT_REACH
        antecedent = self.antecedent(doc, before, ("name", "role", "place", "group"), need_country=False, since=since,
                                     fits=lambda span: self.possessive_fits(doc, span, several)) \
            or self.antecedent(doc, before, ("name", "role"), since=since,  # else a person whose gender nothing gives
                               fits=lambda span: not mention_field(span, "gender") and not self.person_of_gender(span, "m")
                               and self.singular_mention(span))
        if antecedent is None or not antecedent._.actor_country and mention_field(antecedent, "mention") != "name" \
                or self.unknown_subject_between(doc, antecedent.end, token, self.person_of_gender(antecedent, "f")):
            return None
        return self.pronoun_speaker(token, antecedent)

    def possessive_fits(self, doc: Doc, span: Span, several: bool = True) -> bool:
        """A mention `ihr` may take up: a woman (`person_of_gender`), persons in the plural (`die Experten`), a
        group or body, or a place `sie` names (`takes_sie`: not `der OGH`, `das Ministerium`, `Kanada`) that no
        preposition governs (`aus der Türkei`, `in der Ukraine`: where something is or comes from, no one's view);
        without `several` (the dative `ihr`), no plural."""
        if mention_field(span, "mention") == "place" and any(
                doc[k].lower_ in self.prepositions for k in range(max(span.sent.start, span.start - 2), span.start)):
            return False
        if mention_field(span, "mention") in ("place", "group"):
            return (self.takes_sie(doc, span) and mention_field(span, "actor_type") != "media"
                    and (several or not self.plural_group(span)))
        return several and self.plural_mention(span) or self.person_of_gender(span, "f")

    def person_of_gender(self, span: Span, gender: str) -> bool:
        """One person of `gender` (`f`, `m`): a person or role mention the text or the knowledge base gives so
        (`die Ministerin`), or a name that opens with a given name only persons of that gender have among the
        known ones (`Renate Goebl`, `Hans Huber`); never a mention in the plural."""
        if self.plural_mention(span):
            return False
        known = mention_field(span, "gender")
        if known:
            return known == gender
        return (span.label_ == "PER" and len(span) > 1 and self.links is not None
                and self.links.given_name_gender(span[0].text) == gender)

    def sentence_subject(self, doc: Doc, found: Span | None, gender: str,
                         fits: Callable[[Span], bool] | None = None,
                         pronoun: Token | None = None) -> tuple[Span | None, str]:
        """`Anna Berger war damals Ministerin. Sie …`, `… ihr Sieg gegen Max Huber. Er …`: a person named
        as a copula's predicate or a preposition's object is no subject that the pronoun takes up; the
        person who is the subject earlier in that sentence is (after a preposition, one whom the text
        gives the pronoun's `gender`); so is a verb's object in the sentence right before the `pronoun`'s
        (`Minister Max Huber empfing den Botschafter Karl Berger. Nach seinen Angaben …`: Huber; an object
        named further back may have been taken up since, as the speaker of a sentence between). Gives the
        mention and its side: where the subject has none, the predicate's (`Max Huber ist Chefökonom der
        Weltbank`: he speaks as that)."""
        side = found._.actor_country if found is not None else ""
        verb_object = (pronoun is not None and found is not None and doc.has_annotation("SENT_START")
                       and found.sent.end < len(doc) and doc[found.sent.end].sent.start == pronoun.sent.start)
        link = self.dependent_mention(doc, found, verb_object) if found is not None and doc.has_annotation("DEP") else ""
        if not link:
            return found, side
        subject = self.antecedent(
            doc, found.start, ("name", "role"), not_gender="m" if gender == "f" else "f", need_country=False,
            since=found.sent.start + 1,
            fits=lambda span: (span.label_ in ("PER", "ROLE") and span.root.dep_ == "nsubj" and span.sent == found.sent
                               and (link == "predicate" or self.gender_of(doc, span._.actor) == gender)
                               and (fits is None or fits(span))))
        if subject is None:
            return found, side
        return subject, subject._.actor_country or (side if link == "predicate" else "")

    def dependent_mention(self, doc: Doc, span: Span, verb_object: bool = False) -> str:
        """`predicate` for a copula's predicate (`war Ministerin`), `object` for a mention governed by a
        preposition (`gegen Huber`, `mit Präsident Max Huber`) or, with `verb_object`, the verb's accusative
        or dative object (`empfing den Botschafter Max Huber`), '' for another."""
        # the phrase the name stands in (`gegen Bürgermeister Max Huber`, `war Anführer … und Präsident`)
        head = span.root
        while head.dep_ in ("appos", "flat", "compound", "dep", "conj") and head.head.i != head.i:
            head = head.head
        if any(child.dep_ == "cop" for child in head.children) or self.after_copula(doc, span):
            return "predicate"
        if verb_object and head.dep_ in ("obj", "iobj") \
                or any(child.dep_ == "case" and child.i < span.start for child in head.children) \
                or any(t.lower_ in self.prepositions for t in tokens_of(doc, max(span.sent.start, span.start - 2), span.start)):
            return "object"
        return ""

    @staticmethod
    def after_copula(doc: Doc, span: Span) -> bool:
        """`Nowak war damals Anführer der Bewegung und später Präsident Polens`: a mention after a
        copula (the parser's `cop`) in its sentence, with no comma and no other finite verb between
        (where the parser took the predicate noun for a subject)."""
        for t in reversed(doc[span.sent.start:span.start]):
            if t.dep_ == "cop":
                return True
            if t.text == "," or "Fin" in morph_values(t, "VerbForm"):
                return False
        return False

    def missed_name(self, doc: Doc, speaker: Speaker) -> bool:
        """`Aslan` as a speaker's phrase: one capitalised word that german.csv does not list, with no ending of
        a noun of persons (`Kritiker`, `Analyst`) and no lower-case form in the document: a name the NER missed."""
        word = speaker.text
        return (word.isalpha() and word.istitle() and word.lower() not in self.common_words
                and not word.lower().endswith(self.person_suffixes)
                and word.lower() not in lower_case_words(doc))

    def unknown_subject_between(self, doc: Doc, start: int, token: Token, singular: bool) -> bool:
        """`Die Anrainer sehen das anders. …, erklärten sie`: a subject that no lexicon knows as an actor,
        a noun of people or of a body (german.csv person_suffix, researcher_noun, police_noun and the nouns
        of organisations), stands between the actor found and `sie`, in its sentence or the one before, in
        the number of `sie` (plural, or feminine singular): `sie` takes it up, not the actor."""
        if not doc.has_annotation("DEP") or not doc.has_annotation("SENT_START"):
            return False
        sent_start = token.sent.start
        lo = max(start, doc[sent_start - 1].sent.start if sent_start > 0 else 0)
        mentions = actor_mentions(doc)
        for t in tokens_of(doc, lo, token.i):
            if t.dep_ not in ("nsubj", "sb", "nsubj:pass") or t.pos_ != "NOUN" or not t.is_title:
                continue
            morph = t.morph  # in the number of `sie`: a woman or body (`die Polizei`), or several (`die Forscher`)
            if not ("Fem" in morph.get("Gender") and "Sing" in morph.get("Number") if singular
                    else "Plur" in morph.get("Number")):
                continue
            if not self.speaking_noun(t):
                continue
            if any(m.start <= t.i < m.end for m in mentions):
                continue
            return True
        return False

    def speaking_noun(self, token: Token) -> bool:
        """A noun of people or of a body, also in the plural (`Forscher`, `Aktivisten`, `Polizei`,
        `Bewegung`); a word in `-er` only when the tagger reads it as no neuter (not `Wunder`, `Muster`)."""
        word = token.lower_
        stem = word[:-2] if word.endswith("en") else word[:-1] if word.endswith("n") else word
        found = [suffix for suffix in self.speaking_nouns if word.endswith(suffix) or stem.endswith(suffix)]
        return bool(found) and (found != ["er"] or "Neut" not in morph_values(token, "Gender"))

    @staticmethod
    def gender_of(doc: Doc, actor: str) -> str:
        """The gender the mentions of an actor give (`f` for `Johanna Mikl-Leitner`), '' for none."""
        return next((gender for m in actor_mentions(doc)
                     if mention_field(m, "actor") == actor and (gender := mention_field(m, "gender"))), "")

    @staticmethod
    def one_unnamed_man(speaker: Speaker) -> bool:
        """`…, meint ein hochrangiger Experte. Er …`: a speaker that names one man by his kind and side only
        (`Experte (OTHER)`: no organisation, `der NDR`), after the masculine singular nominative `ein` or `der`: the tagger's
        number of the noun is not to be trusted), whom `er` goes on with."""
        words = speaker.text.split()
        return (speaker.kind == "group" and speaker.actor.endswith(f" ({speaker.actor_country})")
                and len(words) >= 2 and words[0].lower() in ("ein", "der"))

    @staticmethod
    def person_of_unknown_gender(doc: Doc, speaker: Speaker | None) -> bool:
        """A named person (`recent`: who spoke in the sentence before) whose mentions give no gender."""
        if speaker is None or speaker.kind not in ("name", "role", "pronoun") or not speaker.actor:
            return False
        mentions = [m for m in actor_mentions(doc) if mention_field(m, "actor") == speaker.actor]
        return bool(mentions) and all(m.label_ in ("PER", "ROLE") and not mention_field(m, "gender") for m in mentions)

    @staticmethod
    def pronoun_speaker(token: Token, antecedent: Span) -> Speaker:
        return Speaker(token.text, token.idx, token.idx + len(token.text), antecedent._.actor,
                       antecedent._.actor_country, "pronoun")

    def description_antecedent(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`der SPD-Politiker`, `die Sozialversicherungs-Chefin`, `der Verhandler`, `der 72-Jährige`
        (german.csv `age_noun`), `der Sozialdemokrat`, `der Kommissar` (`person_word`: a person's noun no
        ending tells): a definite description of one person names the last person mentioned before it
        whose gender (and party or country prefix) fits; an age noun one whose gender the text gives, or
        the one person named within reach."""
        if speaker.actor_country or speaker.kind != "phrase":  # a role (`der Sprecher`) may be anyone's
            return speaker
        words = speaker.text.split()
        if len(words) > 2 and NUMERIC_ADJECTIVE.fullmatch(words[1]):
            words = [words[0], *words[2:]]  # `der 42-jährige Moderator`: the age is an attribute of the noun
        elif len(words) > 4 and re.fullmatch(r"\d+(?:[.,]\d+)?", words[1]) and words[2][:1].isupper() \
                and self.attribute_adjective(words[3]):
            words = [words[0], *words[3:]]  # `der 27 Jahre junge Bezirksrat`: the measured age is an attribute too
        adjective_country = ""
        while len(words) > 2 and self.attribute_adjective(words[1]):
            # `der langjährige Hinterbänkler`, `der norwegische Sozialdemokrat`: an attribute of the noun; a
            # nationality narrows the person as a country prefix does
            adjective_country = adjective_country or self.adjective_country(words[1])
            words = [words[0], *words[2:]]
        if (len(words) < 2 or words[0].lower() not in ("der", "die")
                or not words[1].lstrip("0123456789-")[:1].isupper()  # (`der 72-Jährige`)
                or words[1].isupper()  # `die AU`: an organisation's abbreviation, no description of a person
                or len(words) > 2 and not words[2][:1].islower()):  # `der SPD-Politiker am Freitag in Berlin`
            return speaker
        head = words[1].split("-")[-1]
        roles = self._roles_of(head)
        if any(role.role == "Sprecher" for role in roles):
            return speaker  # `der Sprecher` speaks for a body, not for the last person named
        nouns = self.person_nouns
        age = nouns.age_noun(head)  # `der 72-Jährige`, `die 61-Jährige` (not the plural `-Jährigen`)
        word = head.lower() in self.person_words  # `der Sozialdemokrat`, `die Grüne`, `der Kommissar`
        if not roles and not word and not nouns.masculine_person(head) and not nouns.feminine_person(head):
            return speaker  # `die Zeitung`, `die Reform`, `der Verein`: no noun of a person
        if words[0].lower() == "die" and not age and not self._feminine_singular(head, roles) \
                and not (word and head.lower().endswith(("in", "e"))):
            return speaker  # `die Meinungsforscher`, `die Politikerinnen`: several people, no one person
        prefix_country = self.prefix_country(words[1]) or adjective_country
        gender_not = "f" if words[0].lower() == "der" else "m"
        before = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if before is None:
            return speaker
        comma = word_after(doc, before.end)  # (the words after it past a run of spaces: `…  , Humberto de la Calle`)
        first = word_after(doc, comma + 1) if comma < len(doc) and doc[comma].text == "," else len(doc)
        named = mention_at(doc, first) if first < len(doc) else None
        if named is not None and named.start == first and is_person_name(named) and named._.actor_country:
            # `sagte der Chefunterhändler der Regierung, Humberto de la Calle`: the apposition names him
            return replace(speaker, actor=named._.actor, actor_country=named._.actor_country, kind="name")
        party = self.links.compound_party(words[1]) if self.links is not None else None
        earlier = [s for s in actor_mentions(doc) if s.end <= before.start]
        titled = None if age else self.titled_antecedent(doc, earlier, head, before.start, gender_not, prefix_country)
        if titled is not None:  # `Der Kommunikationsberater X … Der Berater`: X, even where no lexicon places him
            return replace(speaker, actor=titled._.actor, actor_country=titled._.actor_country, kind="description")
        if head.lower() in self.agent_nouns:
            return speaker  # `so der Rechtsanwalt`: one who speaks for another, not the party to a case named last
        for span in reversed(earlier):
            if span.label_ != "PER" or span._.mention != "name" or span._.gender == gender_not:
                continue
            side = self._member_side(span, party) if party is not None else span._.actor_country
            if not side or party is None and prefix_country and prefix_country != side:
                continue
            if before.start - span.end > ANTECEDENT_REACH:
                break
            if age and not span._.gender and not self.only_person(earlier, span, before.start):
                continue  # `der 34-Jährige` says nothing but the gender: a person whose gender the text gives
            if age:  # `X gilt als Kritiker des Parteichefs Y. … warnte der 72-Jährige`: X, the sentence's subject
                span = self.subject_of_sentence(doc, earlier, span, gender_not) or span
                side = span._.actor_country
            if head.lower() in self.lay_person_nouns and not self.named_as(doc, span, head):
                continue  # `der Richter`: only a person the text names as a judge
            # `Karl Huber … Der SPD-Politiker`: a person of no office whom the party's compound takes up
            # speaks as its politician (codebook `party`)
            typed = "party" if party is not None and mention_type(span) in ("", "person") else ""
            return replace(speaker, actor=span._.actor, actor_country=side, kind="description", actor_type=typed)
        return speaker

    @staticmethod
    def subject_of_sentence(doc: Doc, earlier: list[Span], person: Span, gender_not: str) -> Span | None:
        """The person named by name as the subject of the sentence in which `person`, no subject, is named (the
        parser's `nsubj`, or the name that opens the sentence), before it, of a fitting gender and with a side:
        whom an age noun, which tells nothing but the gender, takes up rather than a person named in an object or
        attribute (`Anna Berger kritisierte den Parteichef Max Huber. … sagte die 72-Jährige`); None where
        `person` is the subject or none is named so."""
        if not doc.has_annotation("DEP") or not doc.has_annotation("SENT_START"):
            return None
        sentence = person.sent

        def subject(span: Span) -> bool:
            return span.root.dep_ == "nsubj" or span.start == sentence.start

        if subject(person):
            return None
        return next((span for span in reversed(earlier)
                     if sentence.start <= span.start and span.end <= person.start and span.label_ == "PER"
                     and span._.mention == "name" and subject(span) and span._.actor != person._.actor
                     and span._.gender != gender_not and span._.actor_country), None)

    def attribute_adjective(self, word: str) -> bool:
        """A weak adjective after `der`/`die` in a description (`langjährige`, `norwegische`), not a
        deputy's (`stellvertretende`: german.csv deputy_adjective)."""
        return word.isalpha() and word.islower() and word.endswith("e") and word not in self.deputy_adjectives

    def adjective_country(self, word: str) -> str:
        """The country of an inflected adjective of nationality (`norwegische` → NOR), else ''."""
        return self.adjective_countries.get(re.sub(r"(e|en|er|es|em)$", "", word.lower()), "")

    def titled_antecedent(self, doc: Doc, earlier: list[Span], noun: str, start: int, gender_not: str,
                          prefix_country: str) -> Span | None:
        """The last person named before token `start` whom the text names with the description's `noun`
        (`Der Wiener Kommunikationsberater Yussi Pick … Der Berater`), of a fitting gender and side, or None;
        anywhere before it, as the text introduced the person with the noun (`Jagdleiter X` in the lead, `der
        Jagdleiter` after paragraphs on others); the noun may title the person anywhere in the text, also only
        after the description (`Zwischen Max Huber und Karl Berger … sagt der 27 Jahre junge Bezirksrat. …
        Bezirksrat Huber`: the text names him so, not the man named last)."""
        mentions = actor_mentions(doc)
        for span in reversed(earlier):
            if (span.label_ == "PER" and span._.mention == "name" and span._.gender != gender_not
                    and not (prefix_country and prefix_country != span._.actor_country)
                    and any(self.titled_with(m, noun) for m in mentions if m._.actor == span._.actor)):
                return span
        return None

    def titled_with(self, name: Span, noun: str) -> bool:
        """Whether the noun (its masculine stem) titles the name in its own phrase: right before it
        (`Kommunikationsberater Yussi Pick`, `der Wiener Berater X`) or in the apposition after its comma
        (`X, Berater der SPÖ`), no punctuation between (not a headline's `Titelverteidigerin – X`), and
        not as a deputy's (`Assistenztrainer X`, `Co-Trainer X`, `der stellvertretende Bürgermeister X`
        are no `der Trainer`, `der Bürgermeister`: german.csv deputy_prefix, deputy_adjective)."""
        doc, stem = name.doc, masculine_stem(noun)
        around = []
        for k in range(name.start - 1, max(-1, name.start - 3), -1):
            if doc[k].is_punct:
                break
            around.append(doc[k])
        if name.end + 1 < len(doc) and doc[name.end].text == ",":
            for token in tokens_of(doc, name.end + 1, min(len(doc), name.end + 4)):
                if token.is_punct:
                    break
                around.append(token)
        if any(token.lower_ in self.deputy_adjectives for token in around):
            return False
        return any(stem in token.lower_.replace("ä", "a") and not self.deputy_titled(token.lower_.replace("ä", "a"), stem)
                   for token in around)

    def deputy_titled(self, word: str, stem: str) -> bool:
        """Whether a deputy prefix (german.csv deputy_prefix) stands right before the noun's stem in the
        word (`assistenztrainer`, `co-trainer`, `vizeprasident`; not `bundeskanzler`)."""
        before = word[:word.find(stem)].rstrip("-")
        last = before.rsplit("-", 1)[-1]
        return any(last == prefix or len(prefix) > 3 and last.endswith(prefix) for prefix in self.deputy_prefixes)

    def _member_side(self, person: Span, party: Organisation) -> str:
        """The side of a person named before whom `der SPD-Politiker` may describe: a member of that party
        (the knowledge base's) on the side the text gave him (`EU-Parlamentspräsident Martin Schulz`: EU); one
        the knowledge base gives no party on his side where it is the party's, the party's where the text
        gives none; '' for a member of another party or one of another side."""
        known = self.links.party_of(person._.actor_id) if self.links is not None else ""
        if known:
            return person._.actor_country or party.actor_country if known == party.actor_id else ""
        return party.actor_country if person._.actor_country in ("", party.actor_country) else ""

    @staticmethod
    def named_as(doc: Doc, name: Span, noun: str) -> bool:
        """Whether the text names the person with the noun (its masculine stem) right around the name:
        before it (`Richterin Eva Berger`, `der Verfassungsrichter Max Huber`) or in the apposition after
        it (`Max Huber, Arzt in Linz`)."""
        stem = masculine_stem(noun)
        return any(stem in token.lower_.replace("ä", "a") for token in tokens_of(doc, max(0, name.start - 2), name.end + 3))

    def member_before_name(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Der Grüne Max Berger`, `der Sozialdemokrat Abgeordneter Max Berger`: a noun of one member of a
        party (german.csv `person_word`) that the lexicons read as the party, right before a person's name
        (after at most one office noun), is that person, on his side or, where no lexicon places him,
        the party's."""
        words = speaker.text.split()
        if len(words) != 2 or words[0].lower() not in ("der", "die") or words[1].lower() not in self.person_words:
            return speaker
        phrase = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if phrase is None:
            return speaker
        for i in (phrase.end, phrase.end + 1):
            named = mention_at(doc, i) if i < len(doc) else None
            if named is not None and named.start == i and is_person_name(named):
                side = named._.actor_country or speaker.actor_country
                return replace(speaker, text=doc[phrase.start:named.end].text, end=named.end_char,
                               actor=named._.actor, actor_country=side, kind="name")
            if i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
                break  # `Der Grüne, Max Berger`, `der Linke am Freitag`: no name right after the noun
        return speaker

    @staticmethod
    def only_person(earlier: list[Span], person: Span, before: int) -> bool:
        """`Olaf Scholz schwieg. … sagte der 66-Jährige`: `person` is the one person named (by name, of
        whatever side) within reach before token `before`, so an age noun names him although the text
        gives no gender (with two named, `Scholz traf Macron`, the age tells nothing of which)."""
        return all(span._.actor == person._.actor for span in earlier
                   if span.label_ == "PER" and span._.mention == "name" and before - span.end <= ANTECEDENT_REACH)

    def apposition_person(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`die Präsidentin der Organisation X, Eva Berger`, `der Leiter des Instituts, Hans Schmid`: a
        phrase that ends in a person's name after its comma names that person, not the holder of a like
        office named before (`Präsident François Hollande … Die Präsidentin der …`) nor the last person."""
        phrase = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if speaker.kind == "pronoun" or speaker.kind == "name" and not (
                phrase is not None and self.genitive_opening(phrase)):
            return speaker
        inner = self.apposition_name(phrase) if phrase is not None else None
        if inner is None or speaker.kind != "phrase" and inner[-1].text in speaker.actor:
            return speaker  # `Der SPÖ-Chef, Werner Faymann`: already him
        body = self.phrase_body(doc, phrase, inner)
        side = mention_field(body, "actor_country") if body is not None else inner._.actor_country
        # `der Leiter der Abteilung … im Amt der Landesregierung, Harald Dreher`, `der Chef der Ukip, Nigel Farage`:
        # a person of no office the knowledge base knows speaks in the capacity of the body the phrase names
        typed = mention_type(body) if body is not None and mention_type(inner) in ("", "person") else ""
        return replace(speaker, actor=inner._.actor, actor_country=side, kind="name",
                       actor_type=typed if typed in OFFICE_BODY_TYPES else speaker.actor_type)

    @staticmethod
    def genitive_opening(phrase: Span) -> bool:
        """`Mitterlehners früherer Chef, Wirtschaftskammerpräsident Christoph Leitl`: the phrase opens with a
        person's name in the genitive (a surname's form with an `s` the person's name lacks) before a noun
        of the phrase: the person the noun names is another, whom the apposition may name."""
        holder = mention_at(phrase.doc, phrase.start)
        return (holder is not None and holder.start == phrase.start and holder.end < phrase.end
                and is_person_name(holder) and holder.text.endswith("s")
                and not mention_field(holder, "actor").endswith(holder[-1].text)
                and not phrase.doc[holder.end].is_punct)

    @staticmethod
    def phrase_body(doc: Doc, phrase: Span, inner: Span) -> Span | None:
        """The mention that gives the phrase before the apposed name its side, the body whose office it names
        (`die Vize-Chefin des UNHCR` → UN, `der Gouverneur der Provinz` placed in Turkey → TUR): its first
        actor with a side that is no person named in the text (a role the linker gave another holder,
        `Präsidentin` → Hollande, gives none); None where there is none."""
        people = {mention_field(m, "actor") for m in actor_mentions(doc) if m.label_ == "PER"}
        return next((m for m in actor_mentions(doc)
                     if phrase.start <= m.start and m.end <= inner.start and mention_field(m, "actor_country")
                     and mention_field(m, "actor") not in people), None)

    @staticmethod
    def apposition_name(phrase: Span) -> Span | None:
        """The person's name that ends the phrase after its comma (a PER mention, also after a role:
        `, der dänische Diplomat Peter Sörensen`; else two or three capitalised words the NER missed:
        `, Hans-Werner Sinn`), or None."""
        comma = next((t.i for t in reversed(phrase) if t.text == ","), None)
        if comma is None or comma == phrase.start or comma + 1 >= phrase.end:
            return None
        doc = phrase.doc
        named = mention_at(doc, phrase.end - 1)
        if named is not None:
            # a full name: a bare surname after the comma opens a clause (`sagte der Sprecher, Putin sei …`)
            whole = named.start > comma and named.end == phrase.end and len(named) >= 2
            return named if whole and is_person_name(named) else None
        tail = doc[comma + 1:phrase.end]
        if 2 <= len(tail) <= 3 and all(t.text[:1].isupper() and not t.is_upper and (t.is_alpha or "-" in t.text)
                                       and mention_at(doc, t.i) is None for t in tail):
            name = Span(doc, tail.start, tail.end, label="PER")
            name._.actor, name._.actor_country = name.text, ""
            return name
        return None

    def one_national(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`meinte der Spanier`, `sagte der 69-jährige Niederländer`: a demonym after `der` as the speaker
        is one man of that people, the man named last before it whom no lexicon places elsewhere (`Rafael
        Nadal`), who speaks for his own side (none where no lexicon places him), not for his people; with
        nobody named, for no side; a name right after it (`der 33-jährige Franzose Mathieu`) is the man."""
        words = speaker.text.split()
        if speaker.kind != "group" or len(words) < 2 or words[0].lower() != "der" \
                or words[-1] not in self.singular_demonyms:
            return speaker
        before = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if before is None:
            return speaker
        people = self.singular_demonyms[words[-1]]
        first = word_after(doc, before.end)  # (past a run of spaces: `der Franzose  Mathieu`)
        apposition = mention_at(doc, first) if first < len(doc) else None
        if apposition is not None and apposition.start == first and is_person_name(apposition):
            # `sagte der 33-jährige Franzose Mathieu`: the name after the demonym is the man
            return replace(speaker, text=doc[before.start:apposition.end].text, end=apposition.end_char,
                           actor=apposition._.actor, actor_country=apposition._.actor_country, kind="name")
        named = self.antecedent(doc, before.start, ("name", "role"), not_gender="f", need_country=False,
                                fits=lambda span: span._.actor_country in ("", people) and span.label_ != "MISC"
                                and not span._.actor.endswith(")"))  # not `Präsident (FRA)`: no one named
        if named is None or before.start - named.end > ANTECEDENT_REACH:
            return replace(speaker, actor=speaker.text, actor_country="", kind="phrase")
        return replace(speaker, actor=named._.actor, actor_country=named._.actor_country, kind="description")

    def organisation_antecedent(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`erklärte die Organisation`, `wie der Konzern mitteilte`: a definite noun of an organisation
        (`organisation_noun`, `business_noun`, `authority_noun`, also as a compound's end: `die
        Hilfsorganisation`) names the known organisation of a fitting type mentioned last before it (no
        people, no government for `die Organisation`, no news agency), within about three sentences;
        another noun (`der Naturschutzbund`) the organisation whose name ends in it (`Der Österreichische
        Naturschutzbund`), in any case ending. A role noun's body of one country (`die Gewerkschaft`:
        `Gewerkschaften (DEU)`) takes up the organisation that noun introduced (`introduced_body`)."""
        words = speaker.text.split()
        if len(words) == 2 and words[0].lower() in self.definite_nominatives and self.generic_body(doc, speaker):
            return self.introduced_body(doc, speaker, words[1].lower())
        if speaker.actor_country or speaker.kind != "phrase" or len(words) != 2 or words[0].lower() not in self.definite_nominatives:
            return speaker
        prefix = self.prefix_country(words[1])  # `das US-Unternehmen`: one of that country
        if "-" in words[1] and not prefix:
            return speaker  # `die Sofacy-Gruppe`: a name (not `die EU-Behörde`)
        types = next((types for noun, types in self.organisation_nouns.items() if words[1].lower().endswith(noun)), ())
        before = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if before is None or words[0].lower() == "der" and "Fem" in morph_values(before[-1], "Gender"):
            return speaker  # `Viele werfen der Partei vor`: a dative, no subject
        head = words[1].lower()
        if types:
            def fits(span: Span) -> bool:
                return mention_type(span) in types and (not prefix or span._.actor_country == prefix)
        elif not prefix:  # `der Naturschutzbund` after `Der Österreichische Naturschutzbund`: the name's noun
            def fits(span: Span) -> bool:
                name = span._.actor.split()[-1].lower()
                return (name.startswith(head) or head.startswith(name)) and abs(len(name) - len(head)) <= 2
        else:
            return speaker
        found = self.antecedent(doc, before.start, ("group",), fits=lambda span: span.label_ == "ORG" and fits(span))
        if found is None or before.start - found.end > ANTECEDENT_REACH:
            return speaker
        return replace(speaker, actor=found._.actor, actor_country=found._.actor_country, kind="description")

    def body_spokesperson(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Brüssel – Die EU-Kommission plant … . Eine Kommissionssprecherin sagte …`: a press officer
        written as one compound with the body he speaks for (german.csv `press_officer_noun` after the
        body's noun and a linking `s`) speaks for the organisation named before in the document whose
        name ends in that noun (`EU-Kommission`, `Europäische Kommission`); a body the document did not
        name (`Kommissionssprecher` of an unnamed commission) gives no side."""
        words = speaker.text.split()
        if speaker.actor_country or speaker.kind != "phrase" or len(words) != 2 \
                or words[0].lower() not in self.definite_nominatives | self.indefinite_nominatives:
            return speaker
        noun = words[1].lower()
        if noun in self.plain_press_officers:
            return self.named_body_spokesperson(doc, speaker)
        officer = next((o for o in self.press_officers if noun.endswith(o) and len(noun) > len(o) + 2), "")
        body = noun[:len(noun) - len(officer)].removesuffix("s") if officer else ""
        if len(body) < 4 or "-" in body:
            return speaker
        before = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")

        def named(span: Span) -> bool:
            return span.label_ == "ORG" and re.split(r"[\s-]", span._.actor.lower())[-1] == body

        found = self.antecedent(doc, before.start, ("group", "name"), fits=named) if before is not None else None
        if found is None:
            return speaker
        return replace(speaker, actor=found._.actor, actor_country=found._.actor_country, kind="description")

    def named_body_spokesperson(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Die Wiener Linien waren um Beruhigung bemüht: … , sagte ein Sprecher`, `Die Kommission hat … abgeschlossen.
        … , sagte eine Sprecherin`: a press officer who names no body (`ein Sprecher`; not `ein Sprecher des
        Ministeriums`, not `Camerons Sprecher`) speaks for the organisation or institution of a known side named
        last in the speech's sentence or the one before (no person: `Der Minister … , sagte ein Sprecher` may be
        anyone's; no news agency that relays it); none named there gives no side."""
        before = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if before is None or before.start == 0:
            return speaker
        after = word_after(doc, before.end)
        if after < len(doc) and doc[after].lower_ in self.holder_words:
            return speaker  # `ein Sprecher des Ministeriums`, `ein Sprecher von X`: its owner follows
        start = sentence_bounds(doc, before.start)[0]
        if start > 0:
            start = sentence_bounds(doc, start - 1)[0]
        found = self.antecedent(doc, before.start, ("group", "name"), since=start + 1,
                                fits=lambda span: span.label_ == "ORG" and span.start >= start)
        if found is None:
            return speaker
        return replace(speaker, actor=found._.actor, actor_country=found._.actor_country, kind="description")

    @staticmethod
    def generic_body(doc: Doc, speaker: Speaker) -> bool:
        """`Die Gewerkschaft fordert …`: a body of one country that a role noun names without naming which
        (`Gewerkschaften (DEU)`), in the singular (not `die Gewerkschaften`: several)."""
        if speaker.kind != "group" or not speaker.actor.endswith(")") or not speaker.actor_country:
            return False
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and "Sing" in morph_values(span[-1], "Number")

    def introduced_body(self, doc: Doc, speaker: Speaker, head: str) -> Speaker:
        """`Die Dienstleistungsgewerkschaft Verdi ruft … auf. Die Gewerkschaft fordert …`: the
        organisation of the speaker's country named last (within about three sentences) whose name the
        same noun introduced (`die Dienstleistungsgewerkschaft Verdi`) or contains (`Gewerkschaft der
        Lokführer`); else the speaker stays the body of that country."""
        before = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")

        def introduced(span: Span) -> bool:
            if span.label_ != "ORG" or span._.actor_country not in (speaker.actor_country, ""):
                return False
            noun = doc[span.start - 1].lower_ if span.start > 0 else ""
            return noun.endswith(head) or head in span.text.lower()

        found = self.antecedent(doc, before.start, ("group",), fits=introduced, need_country=False)
        if found is None or before.start - found.end > ANTECEDENT_REACH or found.start == before.start:
            return speaker
        return replace(speaker, actor=found._.actor, actor_country=found._.actor_country or speaker.actor_country,
                       kind="description")

    def _feminine_singular(self, head: str, roles: list[RoleEntry]) -> bool:
        """A noun of one woman after `die`: a feminine role noun, or a woman's form (`Chefin`,
        `Verhandlerin`, a role's `-in`: `PersonNouns.feminine_person`; not the plural `-innen` nor a
        masculine form, which `die` makes plural, nor `die Disziplin`)."""
        return any(role.gender == "f" for role in roles) or self.person_nouns.feminine_person(head, person=bool(roles))

    def dateline_office(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Ankara – … Der Provinzgouverneur machte die PKK verantwortlich`: an office of a state
        (roles.csv, not an observer's) that names nobody the document named before speaks for the
        country the report comes from (its dateline), as a domestic group does. So does, after an
        indefinite article, an office only a state has (`eine Ministeriumssprecherin`: roles.csv type
        `government`; not `ein Sprecher`, anyone's), and a body of a state's government after a
        definite one (`das Finanzministerium`; not `die Führung`, `die Delegation`)."""
        if speaker.actor_country or speaker.kind != "phrase":
            return speaker
        country = doc._.dateline_country  # (read only for a phrase without a side: each `doc._` is a new Underscore)
        if not country:
            return speaker
        words = speaker.text.split()
        article = words[0].lower() if len(words) == 2 and words[1][:1].isupper() else ""
        if article not in self.definite_nominatives and article not in self.indefinite_nominatives:
            return speaker
        prefix, _, noun = words[1].rpartition("-")
        if prefix and not self.prefix_country(words[1]):
            return speaker  # `der Volvo-Chef`: an office of a company or body, not of the state
        role = next(iter(self._roles_of(noun)), None)
        if role is None or role.country or role.actor_type not in ("", "government", "parliament", "court"):
            return speaker
        if (role.gender == "g" or article in self.indefinite_nominatives) and role.actor_type != "government":
            return speaker
        if role.gender == "g" and article in self.indefinite_nominatives:
            return speaker  # `ein Ministerium`: one of several
        holder = self._named_office_holder(doc, words[1], country) if article in self.definite_nominatives else None
        if holder is not None:  # `Die Innenministerin hält daran fest … Innenministerin X`: the one holder named
            return replace(speaker, actor=holder.name, actor_country=country, kind="role",
                           actor_type=holder.actor_type or role.actor_type or "government", actor_id=holder.actor_id)
        return replace(speaker, actor=f"{role.role} ({country})", actor_country=country, kind="role",
                       actor_type=role.actor_type or "government")

    def _named_office_holder(self, doc: Doc, noun: str, country: str):
        """The one person the document names (a known person of `country`, anywhere in it) who held the office
        a role noun names in that country (`actor_context.name_office_holders`, for an office the dateline
        places); None where it names none or two."""
        if self.links is None:
            return None
        named = {mention_field(m, "actor_id") for m in actor_mentions(doc)
                 if m.label_ == "PER" and mention_field(m, "mention") == "name"
                 and mention_field(m, "actor_country") == country}
        named.discard("")
        return self.links.named_holder(noun, country, named) if named else None

    def sector_lobby(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Die Wirtschaft fordert …`, `Auf eine Senkung drängt die türkische Wirtschaft`: a sector of
        society (german.csv `speaking_sector`) as the subject of a cue speaks as its business lobby, an
        organisation of the country its adjective names, else of the dateline's; only as a speaker (`Die
        Wirtschaft wächst` names nobody)."""
        if speaker.actor_country or speaker.kind != "phrase":
            return speaker
        words = speaker.text.split()
        if not 2 <= len(words) <= 3 or words[0].lower() not in self.definite_nominatives \
                or words[-1].lower() not in self.speaking_sectors:
            return speaker
        if len(words) == 3 and not self.attribute_adjective(words[1]):
            return speaker
        country = (self.adjective_country(words[1]) if len(words) == 3 else "") or doc._.dateline_country
        if not country:
            return speaker
        return replace(speaker, actor=f"{words[-1]} ({country})", actor_country=country, kind="role",
                       actor_type="organisation")

    def town_body(self, speaker: Speaker) -> Speaker:
        """`…, so die Salzburger Polizei`, `Der Wiener Magistrat lehnt … ab`: a town's adjective before a body of
        the state that is no role (german.csv state_body_noun, police_noun) as a speaker is that body of the town's
        country, the government's (only as a speaker: no actor mention elsewhere; not a court's, whose rulings
        are no claims)."""
        if speaker.actor_country or speaker.kind != "phrase":
            return speaker
        words = speaker.text.split()
        if len(words) != 3 or words[0].lower() not in self.definite_nominatives | self.genitive_articles \
                or words[2].lower() not in self.town_bodies:
            return speaker
        country = self.towns.town_adjective_country(words[1])
        if not country:
            return speaker
        return replace(speaker, actor=" ".join(words[1:]), actor_country=country, kind="role",
                       actor_type="government")

    def _roles_of(self, noun: str) -> list[RoleEntry]:
        """The roles.csv entries whose pattern the noun matches, in file order."""
        return [role for role in self.lex.roles if role.regex.match(noun)]

    def prefix_country(self, noun: str) -> str:
        """Country of the first part of `SPD-Politiker`, `US-Vertreter` (a party or country); none of a
        company's head for a country's market (`market_head`: `der Österreich-Chef`)."""
        if "-" not in noun or self.market_head(noun):
            return ""
        found = self.compound_actor(noun.split("-")[0])
        return found[1] if found else self.party_country(noun.split("-")[0])

    def market_head(self, noun: str) -> bool:
        """`Österreich-Chef`, `Deutschland-Managerin`: a country's name (not its prefix form, `US-`) before a
        noun of a company's head (german.csv market_head) names the head of a business for that market,
        no office of the state."""
        prefix, _, rest = noun.rpartition("-")
        return rest.lower() in self.market_heads and any(prefix in country.names for country in self.lex.countries.values())

    def compound_actor(self, prefix: str) -> tuple[str, str] | None:
        """(actor, country) for the first part of `Kreml-Angaben`, `US-Angaben`."""
        for entry in self.lex.actors:
            if entry.pattern == prefix:
                return entry.actor, entry.country
        for country in self.lex.countries.values():
            if prefix + "-" in country.prefixes or prefix in country.names:
                return country.government, country.code
        return None

    def possessive_holder(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`erklärte seine Anwältin`, `ihr Sprecher`: someone who speaks for another (`agent_noun`)
        after a possessive speaks for the side of the person the possessive refers to; so does one named
        after them (`sein Anwalt Egon Mallinger`), as himself."""
        if speaker.kind == "name" and not speaker.actor_country:
            return self._named_agent_of_possessor(doc, speaker)
        if speaker.kind != "phrase" or speaker.actor_country:
            return speaker
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        person_only = span is not None and len(span) == 2 and self.possessed_agent([t.lower_ for t in span])
        if person_only:  # `hieß es aus ihrem Büro`: the phrase after `aus` holds the possessive, a person's
            span = span[1:]
        if span is None or span.start == 0 or span[0].text.lower() not in self.agent_nouns:
            return speaker
        possessive = doc[span.start - 1]
        if possessive.text.lower() not in self.possessive:
            return speaker
        holder = self.resolve_pronoun(doc, possessive, None)
        if holder is None or not holder.actor_country \
                or person_only and not self._named_as_person_before(doc, holder.actor, possessive.i):
            return speaker
        text = doc[span.start - 1:span.end]
        return replace(speaker, text=text.text, start=text.start_char, actor=f"{span[0].text} ({holder.actor})",
                       actor_country=holder.actor_country, kind="description")

    def possessed_agent(self, words: Sequence[str]) -> bool:
        """The words (lower case) are a possessive and an agent noun (german.csv agent_noun), someone's office or
        staff (`ihrem Büro`, `seinem Umfeld`), who speak for the person the possessive refers to."""
        return len(words) == 2 and words[0] in self.possessive and words[1] in self.agent_nouns

    @staticmethod
    def _named_as_person_before(doc: Doc, actor: str, before: int) -> bool:
        """The text named the actor by a person's name before token `before` (`Anna Huber`, not a body)."""
        return any(is_person_name(m) and mention_field(m, "actor") == actor for m in mentions_in(doc[:before]))

    def _named_agent_of_possessor(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Sein Anwalt Egon Mallinger erklärte`: a possessive, an agent noun (german.csv agent_noun) and a
        person's name nothing places: the name speaks for the side of the person the possessive refers to."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or len(span) < 4 or span[0].lower_ not in self.possessive \
                or span[1].lower_ not in self.agent_nouns:
            return speaker
        name = mention_at(doc, span.start + 2)
        if name is None or name.start != span.start + 2 or name.end != span.end or not is_person_name(name):
            return speaker
        holder = self.resolve_pronoun(doc, span[0], None)
        if holder is None or not holder.actor_country:
            return speaker
        return replace(speaker, actor_country=holder.actor_country)

    def compound_principal(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`die Kohl-Anwälte`, `ein Clinton-Sprecher`: an agent noun (german.csv agent_noun) compounded with the
        surname of a person the document named before with a side speaks for that side (`Anwälte (Helmut
        Kohl)`), as a spokesperson or lawyer of a named principal does (`Firtaschs Anwalt`)."""
        words = speaker.text.split()
        if speaker.kind != "phrase" or speaker.actor_country or len(words) != 2 \
                or words[0].lower() not in self.definite_nominatives | self.indefinite_nominatives:
            return speaker
        surname, _, noun = words[1].rpartition("-")
        before = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if not surname[:1].isupper() or "-" in surname or noun.lower() not in self.agent_nouns or before is None:
            return speaker

        def principal(span: Span) -> bool:
            return span.label_ == "PER" and mention_field(span, "actor").split()[-1:] == [surname]

        found = self.antecedent(doc, before.start, ("name",), fits=principal)
        if found is None:
            return speaker
        return replace(speaker, actor=f"{noun} ({mention_field(found, 'actor')})",
                       actor_country=mention_field(found, "actor_country"), kind="description")

    def office_principal(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Das Amt des britischen Premierministers`, `das Büro des Präsidenten`: an agent noun (german.csv
        agent_noun, principal_office) opening the speaker's phrase after its article speaks for the office holder named in
        the genitive that ends the phrase (a role or a name with a side), as that holder; not for a holder
        no lexicon places (`das Amt des Bürgers`) nor for words after the holder."""
        if speaker.kind != "phrase" or speaker.actor_country:
            return speaker
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or len(span) < 4 or span[1].lower_ not in self.principal_offices \
                or span[2].lower_ not in self.genitive_articles:
            return speaker
        holder = mention_at(doc, span.start + 3)
        if holder is None or holder.start != span.start + 3 or holder.end != span.end \
                or holder._.mention not in ("role", "name") or not holder._.actor or not holder._.actor_country:
            return speaker
        return replace(speaker, actor=holder._.actor, actor_country=holder._.actor_country, kind=holder._.mention)

    def genitive_holder(self, doc: Doc, speaker: Speaker) -> Speaker:
        """`Trumps engster Beraterkreis`, `Putins Sprecher`: a group no lexicon knows speaks for the
        side of the actor named in the genitive before it; a relative does not (german.csv kin_noun:
        `Badawis Ehefrau`)."""
        if speaker.kind != "phrase" or speaker.actor_country:
            return speaker
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        holder = mention_at(doc, span.start) if span is not None and len(span) > 1 else None
        if holder is None or holder.start != span.start or not holder[-1].text.endswith("s") \
                or any(t.lower_ in self.kin_nouns for t in tokens_of(doc, holder.end, span.end)):
            return speaker
        if holder._.mention == "place" and holder._.actor_country in IO_CODES:
            return speaker  # `Europas größte Fluglinie`: a continent's company, not the Union's
        return replace(speaker, actor=speaker.text, actor_country=holder._.actor_country)
