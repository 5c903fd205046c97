"""Knowledge-base links for the actor linker: persons and organisations the knowledge base knows
(`data/lexicons/knowledge/`), and the evidence German news gives for a person it does not know.

- `mentions(doc)`: every full name of a known person (`Reinhold Mitterlehner`, `Fabio De Masi`)
  and every known organisation (`Ärztekammer`, `Die ÖVP`) in the text, as entity spans whose id
  carries actor, country, mention kind, role, actor type and knowledge-base id;
- `evidence_country(span)`: where an unknown person belongs, from the party in brackets
  (`Gerald Klug (SPÖ)`), a party or country compound before the name (`SPÖ-Chef Reinhold
  Entholzer`, `FDP-Abgeordnete`, `Grün-Landesrat`), or an organisation in its apposition
  (`Ulrike Rabmer-Koller, Vorsitzende im Hauptverband der Sozialversicherungsträger`);
- `role_country(noun)`: the country a role noun fixes (`Landeshauptmann` → AUT, `Kremlchef` → RUS);
- `office_holder(noun, country, day)`: who held the office a role noun names on the document's date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import compress

from spacy.tokens import Doc, Span

from pipeline.knowledge import IO_CODES, KnowledgeBase, Organisation, Person, RoleNoun, Term, fold
from pipeline.phrases import doc_text, sentence_of, token_starts, token_words

ID_SEP = "|"
MAX_NAME_TOKENS = 8  # `Organisation für Sicherheit und Zusammenarbeit in Europa`
WORD_MEMO_SIZE = 100_000  # words remembered by `mentions`
ARTICLE_SURNAME = re.compile(r"[a-z]{1,3}[-‐][A-ZÄÖÜ]")  # `al-Assad`, `el-Sisi`: an article joined to a surname
PARTY_TYPES = ("party",)
POLITICAL_TYPES = ("government", "parliament", "party", "io")  # whom a bare surname may name
Known = tuple[Span, tuple[Organisation, ...]]  # a known name's span, with its organisations if it names one


def span_id(actor: str, country: str, kind: str, role: str = "", actor_type: str = "", actor_id: str = "") -> str:
    """The id an actor span carries (`ent_id_`): the linker reads the actor from it."""
    return ID_SEP.join((actor, country, kind, role, actor_type, actor_id))


@dataclass
class KnowledgeLinks:
    kb: KnowledgeBase
    indefinite_articles: frozenset[str] = frozenset()  # `eine Renaissance`: a common noun, not the party
    # german.csv generic_party_word: a party's name that is a German word of a party family (`Grüne`,
    # `Sozialisten`, `Linke`), which parties of several countries bear
    generic_party_words: frozenset[str] = frozenset()

    # -- mentions the knowledge base names
    def __post_init__(self) -> None:
        # the first words of all known names: most capitalised words start none, and a set lookup
        # spares building and folding five candidate spans for each of them
        self.first_words = frozenset(name.split(" ")[0] for name in self.kb.name_forms())
        self.lower_case_first_words = frozenset(self.kb.lower_case_first_words)  # `ver.di`, as written
        self.starts_name = lru_cache(maxsize=65_536)(self._starts_name)  # asked of every word
        self._first_word_memo: dict[str, bool] = {}  # word -> whether a name may start with it (`mentions`)
        self.lookup_keys = self.kb.lookup_keys()  # a candidate name none of them holds is no name
        self.last_words = frozenset(key.rsplit(" ", 1)[-1] for key in self.lookup_keys)  # the keys' last words
        self.may_end_name = lru_cache(maxsize=65_536)(self._may_end_name)  # asked of every candidate's last word
        self.party_word_keys = frozenset(map(fold, self.generic_party_words))  # (`grüne`: `grune`, as looked up)

    def _starts_name(self, word: str) -> bool:
        """Whether a known name may start with `word`: one of the first words of the known names,
        capitalised (also in the genitive: `Europaparlaments`), or a lower-case one as written
        (`laut golem.de`, `berichtet die taz`)."""
        return (word[:1].isupper() and (fold(word) in self.first_words
                                         or word.endswith("s") and fold(word[:-1]) in self.first_words)
                or word in self.lower_case_first_words)

    def _may_end_name(self, word: str) -> bool:
        """Whether a candidate name ending in the word `word` (after a space) may be a lookup key, also
        without a genitive `s`: the last folded word of the one or the other is the last word of a key.
        (`fold` treats each character alone, so the candidate's last folded word is that of `word`.)"""
        for form in (word, word[:-1]) if len(word) > 1 and word.endswith("s") else (word,):
            folded = fold(form)
            if not folded or folded.rsplit(" ", 1)[-1] in self.last_words:
                return True  # (a word folding to nothing: the candidate's last word is another one)
        return word == "s"  # (`… s`: without it, the candidate ends in the word before)

    def mentions(self, doc: Doc, places: frozenset[str] = frozenset()) -> list[Span]:
        """Known persons and organisations: the longest known name starting at each capitalised word;
        `places`: the countries the document places itself in (dateline, places named), which settle
        an ambiguous organisation name the other known actors leave open (else the international body
        among its candidates: `_international`)."""
        found: list[Known] = []
        texts = token_words(doc)[0]
        # each word asked once; only a capitalised word, or a lower-case name as written, starts one
        words = list(set(texts))
        flags = list(map(self._first_word_memo.get, words))  # (the memo read in C: most words were asked before)
        if None in flags:
            if len(self._first_word_memo) >= WORD_MEMO_SIZE:
                self._first_word_memo.clear()
            for k, text in enumerate(words):
                if flags[k] is None:
                    flags[k] = self._first_word_memo[text] = bool(
                        (text[:1].isupper() or text in self.lower_case_first_words) and self.starts_name(text))
        first_words = set(compress(words, flags))
        end = 0  # where the last name found ends
        full, starts = doc_text(doc), token_starts(doc)  # (read once for all the document's first words)
        for i in (i for i, text in enumerate(texts) if text in first_words):
            known = self._known_at(doc, i, texts, full, starts) if i >= end else None
            if known is not None:
                found.append(known)
                end = known[0].end
        found = [known for known in found if not self._in_acronym_expansion(texts, known)]
        return self._disambiguate(doc, found, places)

    def _in_acronym_expansion(self, texts: tuple[str, ...], known: Known) -> bool:
        """`UETD (Union of European Turkish Democrats)`: a known organisation's name inside the brackets
        after an acronym whose capitalised words' initials spell it is part of that organisation's long
        name, not the known one (the US Democrats); not where the acronym names the same organisation
        (`SPÖ (Sozialdemokratische Partei Österreichs)`). (A name before its acronym, `National Democratic
        Party (NDP)`, is the linker's: `_acronyms_spelt_out`.)"""
        span, organisations = known
        if not organisations:
            return False
        reach = range(max(span.start - MAX_NAME_TOKENS, 0), min(span.end + MAX_NAME_TOKENS, len(texts)))
        opening = next((k for k in reversed(reach) if k < span.start and texts[k] in "()"), 0)
        closing = next((k for k in reach if k >= span.end and texts[k] in "()"), 0)
        if not opening or texts[opening] != "(" or not closing or texts[closing] != ")":
            return False
        acronym = texts[opening - 1]
        if not (acronym.isupper() and acronym.isalpha() and 2 < len(acronym) <= 8):
            return False
        if "".join(word[0] for word in texts[opening + 1:closing] if word[:1].isupper()) != acronym:
            return False
        named = {organisation.actor_id for organisation in self.kb.organisations(acronym)}
        return not any(organisation.actor_id in named for organisation in organisations)

    def _known_at(self, doc: Doc, i: int, texts: tuple[str, ...], full: str, starts: Sequence[int]) -> Known | None:
        """The longest known name at token `i`: a person's span, or an organisation's span with the
        organisations of that name (several for an ambiguous one). `texts`, `full`, `starts`: the tokens'
        texts, the document's text and the tokens' offsets; a candidate name's text is sliced from the
        document's text, no Span made for it."""
        # `AU`, `IV`: a two-letter name only in capitals (not `So`, `Er`); none after `ein`, `eine`
        indefinite = i > 0 and texts[i - 1].lower() in self.indefinite_articles
        for j in range(min(len(doc), i + MAX_NAME_TOKENS), i, -1):
            last = texts[j - 1]
            if (not last[:1].isupper() and j - 1 > i and not last.isalpha() and not last.isdigit()
                    and not ARTICLE_SURNAME.match(last)):  # (`Global 2000` ends in a number)
                # (`Baschar al-Assad`, `Abdel Fattah el-Sisi` end in a surname with its article; `str.isalpha`
                # is spaCy's `is_alpha`, with no Token made of the word)
                continue
            if (j - 1 == i or full[starts[j - 1] - 1].isspace()) and not self.may_end_name(last):
                continue  # (a word glued to the one before it, `Jong-` `un`, is not the last folded word)
            text = full[starts[i]:starts[j - 1] + len(last)]  # `doc[i:j].text`
            if not self._may_be_known(text):
                base = self._head_in_genitive(text) if j - 1 > i and not indefinite else None
                if base is not None:  # `des UN-Hochkommissariats für Menschenrechte`: an organisation's name
                    return Span(doc, i, j, label="ORG"), tuple(self.kb.organisations(base))
                continue
            person = self._person(text)
            if person is not None:
                return self.person_span(doc, i, j, person), ()
            organisations = self.kb.organisations(text) if (len(text) > 2 or text.isupper()) and not indefinite else []
            if not organisations and len(text) > 5 and text.endswith("s"):  # `des Europaparlaments`
                organisations = self.kb.organisations(text[:-1])
            if organisations:
                return Span(doc, i, j, label="ORG"), tuple(organisations)
        return None

    def _head_in_genitive(self, text: str) -> str | None:
        """A known organisation's name of several words whose first word, its head noun, is in the
        genitive (`Instituts für Höhere Studien`, `Verbands der Automobilindustrie`, `Landes Kärnten`):
        the name with that word in the nominative, else None. The genitive's `-s` or `-es` only."""
        first, _, rest = text.partition(" ")
        if not rest or len(first) < 5 or not first.endswith("s"):
            return None
        for stem in ((first[:-1], first[:-2]) if first.endswith("es") else (first[:-1],)):
            name = f"{stem} {rest}"
            if fold(name) in self.lookup_keys and self.kb.organisations(name):
                return name
        return None

    def _may_be_known(self, text: str) -> bool:
        """Whether the knowledge base holds the name form `text`, or `text` without a genitive `s`: one
        folded key each, before the person and organisation lookups (most candidates name nothing)."""
        keys = self.lookup_keys
        return fold(text) in keys or text.endswith("s") and fold(text[:-1]) in keys

    def _person(self, text: str) -> Person | None:
        if " " not in text:  # a lone word is never a full name (surnames come later, from the text)
            return None
        person = self.kb.person(text)
        if person is None and text.endswith("s"):  # genitive: `Ulrike Rabmer-Kollers`
            person = self.kb.person(text[:-1])
        return person

    @staticmethod
    def person_span(doc: Doc, i: int, j: int, person: Person) -> Span:
        return Span(doc, i, j, label="PER",
                    span_id=span_id(person.name, person.actor_country, "name", "", person.actor_type,
                                    person.actor_id))

    def _disambiguate(self, doc: Doc, found: list[Known], places: frozenset[str] = frozenset()) -> list[Span]:
        """An organisation name of several countries (`die Grünen`, `die Sozialdemokraten`: DEU, AUT,
        CHE) is the one of the country the other known actors of the document belong to, else of the
        one country among `places` (`Berlin – Die Sozialdemokraten …`), else the international body among
        them (`das Rote Kreuz`: the ICRC, not the ÖRK nor the DRK); undecided, it is left out."""
        countries = Counter(s.id_.split(ID_SEP)[1] for s, _ in found if s.label_ == "PER")
        countries.update(c[0].actor_country for s, c in found if s.label_ == "ORG" and len(c) == 1
                         and not c[0].business)  # (a company is no evidence of the document's side)
        out = []
        for span, candidates in found:
            if span.label_ != "ORG":
                out.append(span)
                continue
            organisation = (self._choose(candidates, countries) or self._choose_placed(candidates, places)
                            or self._international(candidates))
            if organisation is not None:
                out.append(Span(doc, span.start, span.end, label="ORG",
                                span_id=span_id(organisation.name, organisation.actor_country, "group", "",
                                                organisation.actor_type, organisation.actor_id)))
        return out

    def _party_word(self, text: str) -> bool:
        """Whether a name is a bare party word (german.csv generic_party_word), also after `die`."""
        words = fold(text).split(" ")
        return " ".join(words[1:] if len(words) > 1 and words[0] == "die" else words) in self.party_word_keys

    def foreign_party_word(self, span: Span, home: str, spans: Sequence[Span]) -> bool:
        """`Kommunisten, Grüne und Sozialisten` in a report from Paris: whether a known party's span is a bare
        party word (`_party_word`) whose parties are all of other countries than the document's `home` one,
        in a document that names no actor of the span's country by a name of its own (a person or a full
        name among the document's known `spans`): it names none of them (not the German Greens). Not in a
        report of no home country or of one of the candidates' countries."""
        if not home or span.label_ != "ORG" or not self._party_word(span.text):
            return False
        country = span.id_.split(ID_SEP)[1] if ID_SEP in span.id_ else ""
        candidates = self.kb.organisations(span.text) or self.kb.organisations(span.text[:-1])
        if not country or home in {o.actor_country for o in candidates}:
            return False
        return not any(other is not span and ID_SEP in other.id_ and other.id_.split(ID_SEP)[1] == country
                       and (other.label_ == "PER" or not self._party_word(other.text)
                            and not any(o.business for o in self.kb.organisations(other.text)))
                       for other in spans)

    @staticmethod
    def _choose(candidates: tuple[Organisation, ...], countries: Counter) -> Organisation | None:
        if len(candidates) == 1:
            return candidates[0]
        ranked = sorted(candidates, key=lambda o: countries.get(o.actor_country, 0), reverse=True)
        best, second = (countries.get(o.actor_country, 0) for o in ranked[:2])
        return ranked[0] if best > second else None

    @staticmethod
    def _international(candidates: tuple[Organisation, ...]) -> Organisation | None:
        """`das Rote Kreuz` in a report that places itself in no country with a society of its own: the
        one international body (`OTHER`) among the candidates, which the national ones share the name with."""
        international = [o for o in candidates if o.actor_country == "OTHER"]
        return international[0] if len(international) == 1 and len(candidates) > 1 else None

    @staticmethod
    def _choose_placed(candidates: tuple[Organisation, ...], places: frozenset[str]) -> Organisation | None:
        """The candidate of the only candidate country among the document's places."""
        placed = [o for o in candidates if o.actor_country in places]
        return placed[0] if len({o.actor_country for o in placed}) == 1 else None

    def surnames(self, ents) -> dict[str, tuple[str, str]]:
        """Surname → (actor, country) of the known persons among `ents` (`Ban` for `Ban Ki-moon`,
        `Masi` for `Fabio De Masi`): a lone surname anywhere in the document names them."""
        found = {}
        for ent in ents:
            parts = ent.id_.split(ID_SEP) if ent.label_ == "PER" else []
            person = self.kb.person_by_id(parts[5]) if len(parts) == 6 and parts[5] else None
            if person is not None:
                for surname in person.surnames:
                    found.setdefault(surname.split()[-1], (person.name, person.actor_country))
        return found

    def is_given_name(self, word: str) -> bool:
        """A given name of a known person (`Bernd`), by which a name before a surname is told from a role."""
        return self.kb.is_given_name(word)

    def given_name_gender(self, word: str) -> str:
        """The gender that a known given name tells (`Renate`: `f`), '' for none (`KnowledgeBase.given_name_gender`)."""
        return self.kb.given_name_gender(word)

    def politician_of_surname(self, surname: str) -> Person | None:
        """The one politician of this surname the knowledge base knows (`Niessl`, `Hollande`); None for
        none or several (`Müller`). A monarch's given name is none (`Harald`, `Philippe`: named before only)."""
        politicians = [person for person in self.kb.persons_by_surname(surname)
                       if person.actor_type in POLITICAL_TYPES and not self.kb.called_by_given_name(person)]
        return politicians[0] if len(politicians) == 1 else None

    def gender(self, actor_id: str) -> str:
        person = self.kb.person_by_id(actor_id)
        return person.gender if person is not None else ""

    # -- evidence for persons the knowledge base does not know
    def evidence_country(self, span: Span, context: frozenset[str] = frozenset()) -> tuple[str, str]:
        """(country, party or organisation name) that the words around a person's name give;
        `context`: the countries the document places itself in, which settle an ambiguous party
        (`Grünen-Abgeordnete` in a report from Vienna: the Austrian Greens)."""
        doc = span.doc
        after = span.end
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            found = self._organisation_of(doc[after + 1].text, context)  # `Gerald Klug (SPÖ)`
            if found:
                return found
        for i in range(span.start - 1, max(span.start - 4, -1), -1):
            token = doc[i]
            if token.is_punct and token.text != "-":
                break
            found = self._compound_organisation(token.text, context)  # `SPÖ-Chef`, `Grünen-Finanzexperte`
            if found:
                return found
        return self._apposition_country(span)

    def association_type(self, name: str) -> str:
        """The codebook type of the one organisation of this name if it is an association, an NGO or a
        research institute (`organisation`, `ngo`, `expert`: Wirtschaftskammer, Germanwatch, Wifo), else ''
        (a party's member is typed elsewhere; a company's staff speak for no side)."""
        found = {o.actor_type for o in self.kb.organisations(name) if not o.business} if name else set()
        return found.pop() if len(found) == 1 and found <= {"organisation", "ngo", "expert"} else ""

    def organisation_country(self, word: str) -> str:
        """Country of a party or organisation name (`SPD` → DEU, `Grün` → '' as DEU/AUT/CHE)."""
        found = self._organisation_of(word)
        return found[0] if found else ""

    def leading_organisation(self, word: str, context: frozenset[str] = frozenset()) -> Organisation | None:
        """The one organisation that opens a compound (`SPÖ` of `SPÖ-Führung`, `DFB` of `DFB-Spitze`)."""
        found = self.organisation_prefix(word, context)
        return found[0] if found is not None else None

    def compound_party(self, word: str) -> Organisation | None:
        """The party that opens a compound of a person's noun (`SPD-Politiker`, `ÖVP-Proponent`); None for
        another organisation or a country."""
        found = self.leading_organisation(word) if "-" in word[1:] else None
        return found if found is not None and found.actor_type == "party" else None

    def party_named(self, word: str, context: frozenset[str] = frozenset()) -> Organisation | None:
        """The one party a word names (`SPÖ`, `Grünen` where `context` settles the country); None for another
        organisation or none."""
        found = self._one_organisation(word, context)
        return found if found is not None and found.actor_type == "party" else None

    def party_of(self, actor_id: str) -> str:
        """The id of the party the knowledge base gives a known person ('' for none or an unknown person)."""
        person = self.kb.person_by_id(actor_id) if actor_id else None
        return person.party if person is not None and person.party else ""

    def organisation_prefix(self, word: str, context: frozenset[str] = frozenset()) -> tuple[Organisation, str] | None:
        """(organisation, rest) of a compound that opens with one organisation's name, of one or more parts
        (`IG Metall` of `IG-Metall-Vorsitzende`, `GPA-djp` of `GPA-djp-Chef`): the longest that names one."""
        parts = word.split("-")
        if len(parts) < 2 or not parts[0]:
            return None
        for k in range(len(parts) - 1, 0, -1):
            for name in dict.fromkeys(("-".join(parts[:k]), " ".join(parts[:k]))):
                found = self._one_organisation(name, context)
                if found is not None:
                    return found, "-".join(parts[k:])
        return None

    def business_prefix(self, word: str) -> tuple[Organisation, str] | None:
        """(company, rest) of a compound that opens with a company's name (`ÖBB` of `ÖBB-Chef`, `Mazda` of
        `Mazda-Sprecher`), which `organisation_prefix` leaves out; None for any other word."""
        head, _, rest = word.rpartition("-")
        found = [o for o in self.kb.organisations(head) if o.business] if head and rest else []
        return (found[0], rest) if found else None

    def _one_organisation(self, word: str, context: frozenset[str] = frozenset()) -> Organisation | None:
        """The organisation a word names, if of one country; of several (`Grüne`: DEU, AUT, CHE), the one
        of the only country among them that `context` has."""
        # a compound form (`VP` of `VP-Chef`, organisations.csv) wins over a name (`SP`: the Swiss SP)
        found = self.kb.organisations_by_compound_form(word) or self.kb.organisations(word)
        found = [o for o in found if not o.business]  # `Apple-Chef X`: a company's staff speak for no side
        if len({o.actor_country for o in found}) > 1:
            found = [o for o in found if o.actor_country in context]
        return found[0] if len({o.actor_country for o in found}) == 1 else None

    def _organisation_of(self, word: str, context: frozenset[str] = frozenset()) -> tuple[str, str] | None:
        """(country, name) of the organisation a word names (`_one_organisation`)."""
        found = self._one_organisation(word, context)
        return (found.actor_country, found.name) if found is not None else None

    def _compound_organisation(self, word: str, context: frozenset[str] = frozenset()) -> tuple[str, str] | None:
        """(country, name) of the party or organisation that opens a compound (`SPÖ-Chef`)."""
        found = self.leading_organisation(word, context)
        return (found.actor_country, found.name) if found is not None else None

    def _apposition_country(self, span: Span) -> tuple[str, str]:
        """`X, Vorsitzende im Hauptverband der Sozialversicherungsträger,`, `Der Präsident des
        Deutschen Fußballbundes (DFB), Reinhard Grindel` or `Der ÖVP-Delegationsleiter im
        EU-Parlament, Othmar Karas`: an organisation or a party compound in the name's apposition."""
        doc, texts = span.doc, token_words(span.doc)[0]  # (the words read by index: no Token made of each)
        sent = sentence_of(doc, span.start) if doc.has_annotation("SENT_START") else doc[:]
        window = []
        if span.end < sent.end and texts[span.end] == ",":
            j = span.end + 1
            while j < sent.end and texts[j] not in (",", ";", ":") and j - span.end < 10:
                j += 1
            window.append((span.end + 1, j))
        if span.start - 1 > sent.start and texts[span.start - 1] == ",":
            j = span.start - 2
            while j > sent.start and texts[j] not in (",", ";", ":", "–") and span.start - j < 10:
                j -= 1
            window.append((j, span.start - 1))
        for part_start, part_end in window:
            for i in range(part_start, part_end):
                compound = self._compound_organisation(texts[i])
                if compound and compound[0] not in IO_CODES:  # `Der ÖVP-Delegationsleiter im EU-Parlament, X`
                    return compound
                if texts[i][:1].isupper():
                    for j in range(min(part_end, i + 4), i, -1):
                        found = [o for o in self.kb.organisations(doc[i:j].text) if not o.business]
                        countries = {o.actor_country for o in found}
                        if len(countries) == 1 and found[0].actor_country not in IO_CODES and found[0].actor_type != "io":
                            return found[0].actor_country, found[0].name
        return "", ""

    # -- role nouns
    def office_holder(self, noun: str, country: str, day: date | None) -> Person | None:
        """Who held the office a role noun names on `day` (`US-Außenminister` on 2015-06-01: John
        Kerry; `der russische Präsident`, country RUS); None without a day or a known term, and
        when the noun's gender is not the holder's (`die Bundeskanzlerin` in 2025 is not Merz)."""
        if day is None:
            return None
        key = self.kb.office_key(noun, country or None)
        holder = self.kb.office_holder(key, day) if key else None
        return holder if holder is not None and _gender_fits(self.kb.role(noun), holder) else None

    def holder_within(self, noun: str, country: str, first: date, last: date) -> Person | None:
        """The one person who held the office a role noun names on every day from `first` to `last` (an
        undated text's days, `EntityLinker._document_window`), when no other known term of the office may
        touch them: `der Bundespräsident` in a text that names `Bundeskanzler Werner Faymann` (2008–2016)
        is Heinz Fischer (2004–2016); None where two holders may share those days or none covers them all,
        and when the noun's gender is not the holder's."""
        key = self.kb.office_key(noun, country or None)
        if key is None:
            return None
        terms = [term for term in self.kb.office_terms(key) if term.touches(first, last)]
        holders = {term.actor_id for term in terms}
        if len(holders) != 1 or not any((term.latest_start or term.start or date.max) <= first
                                        and (term.end is None or last <= term.end) for term in terms):
            return None
        holder = self.kb.person_by_id(terms[0].actor_id)
        return holder if holder is not None and _gender_fits(self.kb.role(noun), holder) else None

    def named_holder(self, noun: str, country: str, actor_ids: set[str]) -> Person | None:
        """The one person among `actor_ids` (those the document names) who held, at any time, the
        office a role noun names: `der Kanzler` in an article that names Werner Faymann."""
        key = self.kb.office_key(noun, country or None)
        role = self.kb.role(noun)
        if key is None or role is None:
            return None
        found = [person for person in map(self.kb.person_by_id, sorted(actor_ids))
                 if person is not None and any(term.office_key == key for term in person.terms)
                 and _gender_fits(role, person)]
        return found[0] if len(found) == 1 else None

    def held_office_named(self, actor_id: str, noun: str, day: date | None) -> bool:
        """Whether a known person held the office a role noun names (`Premier`: head of government),
        in a country the noun admits (on `day`, or at any time without one), and is of a gender the
        noun admits (`die Premierministerin` is no man)."""
        return any(day is None or term.covers(day) for term in self.terms_named(actor_id, noun))

    def terms_named(self, actor_id: str, noun: str) -> list[Term]:
        """A known person's terms in the office a role noun names, in a country the noun admits; none
        where the noun's gender excludes the person."""
        role = self.kb.role(noun)
        person = self.kb.person_by_id(actor_id)
        if role is None or person is None or not _gender_fits(role, person):
            return []
        countries = {c.split("/")[0] for c in role.countries}
        return [term for term in person.terms
                if term.office == role.office and (not countries or term.code in countries)]

    def term_window(self, actor_id: str, noun: str) -> tuple[date, date] | None:
        """(first, last day) of the known person's terms in the office a role noun names
        (`Bundeskanzler Werner Faymann`: 2008-12-02 to 2016-05-17): a text that names the person with
        that office was written then. None without such a term or with one dated only to the year or
        month (Wikidata's: `Außenminister Ivica Dačić` in 2015 is not in the knowledge base's 2022 term)."""
        terms = self.terms_named(actor_id, noun)
        if not terms or not all(term.precise for term in terms):
            return None
        return min(term.start for term in terms), max(term.end or date.max for term in terms)

    def holder_of_surname(self, noun: str, surname: str, day: date | None) -> Person | None:
        """The one known person of this surname who held the office a role noun names on `day`, or at
        any time without one (`Verteidigungsminister Klug`: Gerald Klug); None for none or several."""
        found = [person for person in self.kb.persons_by_surname(surname)
                 if person.actor_id and self.held_office_named(person.actor_id, noun, day)]
        return found[0] if len(found) == 1 else None

    def regnal_holder(self, noun: str, name: str, day: date | None) -> Person | None:
        """The one known holder of the office a monarch's title names (on `day`, or at any time without
        one) whose name opens with the name and numeral written after it: `König Abdullah II` → Abdullah
        II of Jordan; None for none or several."""
        role = self.kb.role(noun)
        if role is None:
            return None
        countries = {c.split("/")[0] for c in role.countries}
        found = [person for person in self.kb.holders_named(role.office, name, day)
                 if _gender_fits(role, person) and (not countries or person.actor_country in countries)]
        return found[0] if len(found) == 1 else None

    def held_office_of(self, actor_id: str, code: str, day: date | None) -> bool:
        """Whether a known person held an office of organisation or state `code` (on `day`, or at
        any time without one): `EU-Ratspräsident Donald Tusk` in 2015 speaks for the EU."""
        person = self.kb.person_by_id(actor_id)
        return person is not None and any(term.code == code and (day is None or term.covers(day))
                                          for term in person.terms)

    def role_country(self, noun: str, context: Counter | None = None) -> str:
        """The country a role noun fixes (`Landeshauptmann` → AUT); of a noun several countries
        use (`Bundeskanzler`: DEU or AUT), the one whose known actors the document names more."""
        role = self.kb.role(noun)
        if role is None:
            return ""
        countries = sorted({c.split("/")[0] for c in role.countries})
        if len(countries) == 1:
            return countries[0]
        counts = sorted(((context or Counter()).get(c, 0), c) for c in countries)
        return counts[-1][1] if len(counts) > 1 and counts[-1][0] > counts[-2][0] else ""


def _gender_fits(role: RoleNoun | None, person: Person) -> bool:
    """A role noun's gender does not exclude the person (`die Bundeskanzlerin` is no man; a noun or
    person without a known gender fits)."""
    return role is None or not (role.gender and person.gender and role.gender != person.gender)
