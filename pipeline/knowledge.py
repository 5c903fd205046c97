"""The actor knowledge base in `data/lexicons/knowledge/`: persons, office terms by date,
organisations and role nouns (built by `make knowledge`, see pipeline/knowledge_build.py).

    kb = KnowledgeBase.load()
    kb.person("Sergej Lawrow").actor_country                 # 'RUS'
    kb.office_holder("USA:foreign_minister", date(2015, 6, 1)).name   # 'John Kerry'
    kb.role_office("Kremlchef"), kb.office_key("US-Außenminister")     # 'head_of_state', 'USA:foreign_minister'

Every file is checked on load; a bad row raises `KnowledgeError` naming file and line.
Name lookups are case- and diacritics-insensitive (`fold`: Erdoğan = erdogan, ß = ss).
"""

from __future__ import annotations

import calendar
import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from pipeline.lexicons import ACTOR_TYPES, LexiconError, _split, _text, default_lexicon_dir, run_on_quote

IO_CODES = frozenset("UN EU NATO OSCE WTO ICJ ICC IAEA WHO IMF WB AU ASEAN COE OPEC G7 G20 "
                     "OECD ARAB".split())
CODEBOOK_IOS = frozenset({"EU", "NATO", "UN"})  # the international organisations the codebook codes as sides
GENDERS = ("", "m", "f")
COMPANIES_FILE = "companies.csv"  # companies: organisations that speak for a business, not a political side
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,4}")
_OFFICE_KEY = re.compile(r"([A-Z][A-Z0-9]{1,4})(/[^:]+)?:([a-z_]+)")
_SCOPE = re.compile(r"([A-Z][A-Z0-9]{1,4}|OTHER)(/[^:|]+)?")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_FOLD = str.maketrans({"ß": "ss", "ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d",
                       "Đ": "d", "æ": "ae", "œ": "oe", "’": "'", "‘": "'", "–": "-", "‐": "-"})
_COMBINING = re.compile(r"[\u0300-\u036f]")
_REGNAL = re.compile(r"[IVXL]+\.?")  # a monarch's numeral after the given name (`Harald V.`, `Charles III`)


def codebook_side(code: str) -> str:
    """The codebook's `actor_country` for a knowledge-base code: the EU, NATO and the UN are sides of
    their own, another international organisation (AU, OSCE, WHO …) is `OTHER`."""
    return "OTHER" if code in IO_CODES and code not in CODEBOOK_IOS else code


class KnowledgeError(LexiconError):
    """A knowledge-base row that cannot be used; the message names file and line. A lexicon error,
    so the commands report it as they report a bad lexicon entry."""


@lru_cache(maxsize=65_536)  # every capitalised word of every document is looked up
def fold(text: str) -> str:
    """Lower case, diacritics removed, ß → ss, spaces collapsed: the key of every name lookup."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_FOLD)))
    return " ".join(text.casefold().translate(_FOLD).split())


def _parse(path: Path, line: int, value: str, column: str, end: bool) -> tuple[date | None, bool]:
    """(date, precise): a year or month given as end means its last day."""
    if not value:
        return None, False
    match = _DATE.fullmatch(value)
    if not match:
        raise KnowledgeError(path, line, f"{column} {value!r} is not yyyy, yyyy-mm or yyyy-mm-dd")
    year, month, day = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
    try:
        if day is None:
            day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, int(day)), match[3] is not None
    except ValueError as error:
        raise KnowledgeError(path, line, f"{column} {value!r}: {error}") from None


@dataclass(frozen=True)
class Term:
    """One person in one office from `start` to `end` (None = unknown start / still in office)."""
    office_key: str
    actor_id: str
    start: date | None
    end: date | None
    precise: bool
    position: str = ""
    latest_start: date | None = None  # the last day a start given as a year or month may be (else `start`)

    @property
    def code(self) -> str:
        """The office's state or organisation as the knowledge base writes it (`AUT`, `OSCE`)."""
        return self.office_key.split(":")[0].split("/")[0]

    @property
    def country(self) -> str:
        """The side its holder speaks for, in codebook terms (`OSCE` → `OTHER`)."""
        return codebook_side(self.code)

    @property
    def office(self) -> str:
        return self.office_key.split(":")[1]

    def covers(self, day: date) -> bool:
        return self.start is not None and self.start <= day and (self.end is None or day <= self.end)

    def touches(self, first: date, last: date, surely: bool = False) -> bool:
        """Whether the term falls on a day from `first` to `last` (an unknown start: always); `surely`: on
        a day after the last one its start, given as a year or month only, may be (a term begun `2016`
        need not cover April 2016)."""
        begun = self.latest_start or self.start if surely else self.start
        return begun is None or begun <= last and (self.end is None or first <= self.end)


@dataclass(frozen=True)
class Person:
    actor_id: str
    name: str
    surnames: tuple[str, ...]
    actor_country: str
    home_country: str
    actor_type: str
    gender: str
    party: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...] = field(default=(), compare=False, repr=False)

    @property
    def surname(self) -> str:
        return self.surnames[0] if self.surnames else self.name

    def offices_on(self, day: date | None) -> list[Term]:
        return [t for t in self.terms if day is not None and t.covers(day)]

    def type_within(self, first: date, last: date) -> str:
        """The person's actor type in a text of the days `first` to `last`: a holder of a government or
        IO office none of whose known terms (all of them dated) touches those days held it at another
        time (Kickl, interior minister 2017–19, is the FPÖ's in 2015), and speaks for the party, or as a
        person where the knowledge base knows none; else `actor_type`."""
        if self.actor_type not in ("government", "io") or not self.terms:
            return self.actor_type
        if any(t.touches(first, last, surely=True) for t in self.terms):
            return self.actor_type
        return "party" if self.party else "person"

    def took_office_within(self, first: date, last: date) -> bool:
        """Whether the days `first` to `last` fall in the year (or month) in which a term given only so
        began, before its last possible day, and surely in no term: the text may be older than the office
        (Jóhannesson, president `2016`, in April 2016 still a historian)."""
        return any(t.touches(first, last) for t in self.terms) \
            and not any(t.touches(first, last, surely=True) for t in self.terms)

    def country_on(self, day: date | None) -> str:
        """The side the person speaks for on `day`: an IO office first, then a national office,
        else `actor_country` (also when `day` is None)."""
        terms = self.offices_on(day)
        for term in sorted(terms, key=lambda t: t.code not in IO_CODES):
            return term.country
        return self.actor_country


@dataclass(frozen=True)
class Organisation:
    actor_id: str
    name: str
    aliases: tuple[str, ...]
    actor_country: str
    actor_type: str
    note: str = ""
    compound_forms: tuple[str, ...] = ()  # short forms as the first part of a compound (`VP-Chef`)
    business: bool = False  # a company (companies.csv), not a party, institution or association


@dataclass(frozen=True)
class RoleNoun:
    """A German role noun: `office` is the key part after the colon; `countries` is empty when
    the country comes from context, one code when fixed, several when the context must choose,
    `AUT/*` when a region (Land) of that country must come from context."""
    noun: str
    office: str
    countries: tuple[str, ...]
    gender: str
    note: str = ""

    @property
    def ambiguous(self) -> bool:
        return len(self.countries) > 1


def _rows(path: Path, required: tuple[str, ...]):
    if not path.exists():
        raise KnowledgeError(path, 0, "knowledge file is missing")
    with io.StringIO(_text(path), newline="") as handle:  # not UTF-8: a LexiconError naming file and line
        reader = csv.reader(handle)
        header = [h.strip() for h in next(reader, [])]
        missing = [c for c in required if c not in header]
        if missing:
            raise KnowledgeError(path, 1, f"header lacks column(s) {', '.join(missing)}")
        end = reader.line_num
        for row in reader:
            start, end = end + 1, reader.line_num
            problem = run_on_quote(row, start, end)
            if problem:
                raise KnowledgeError(path, start, problem)
            if any(v.strip() for v in row):
                if len(row) > len(header):
                    raise KnowledgeError(path, reader.line_num, f"{len(row)} fields, header has "
                                                                f"{len(header)} (quote commas)")
                row += [""] * (len(header) - len(row))
                yield reader.line_num, dict(zip(header, (v.strip() for v in row)))


def _check(path: Path, line: int, row: dict, country_columns=(), type_column=None, allow_empty=()):
    for column in country_columns:
        value = row.get(column, "")
        if not (value == "" and column in allow_empty) and value != "OTHER" \
                and not _CODE.fullmatch(value):
            raise KnowledgeError(path, line, f"{column} {value!r} is not a country or IO code")
    if type_column and row[type_column] not in ACTOR_TYPES:
        raise KnowledgeError(path, line, f"actor_type {row[type_column]!r} is not one of {ACTOR_TYPES}")


class KnowledgeBase:
    def __init__(self, directory: Path):
        self.directory = directory
        self._persons: dict[str, Person] = {}
        self._by_name: dict[str, list[str]] = {}
        self._by_surname: dict[str, list[str]] = {}
        self._terms: dict[str, list[Term]] = {}
        self._orgs: dict[str, list[Organisation]] = {}
        self._orgs_any_case: dict[str, list[Organisation]] = {}  # by the forms not written in capitals
        self.lower_case_first_words: set[str] = set()  # names written in lower case (`taz`, `golem.de`), as written
        self._orgs_by_compound_form: dict[str, list[Organisation]] = {}
        self._organisation_ids: set[str] = set()
        self.business_ids: set[str] = set()  # the actor_ids of companies.csv
        self._roles: dict[str, RoleNoun] = {}
        self._prominence: dict[str, tuple[bool, int]] = {}
        self._given_names: set[str] = set()  # first words of the persons' names that are not their surname
        self._given_name_genders: dict[str, list[str]] = {}  # a given name → the genders of the persons it opens

    @classmethod
    def load(cls, lexicon_dir: Path | str | None = None) -> "KnowledgeBase":
        """Load `lexicon_dir/knowledge/` (or `lexicon_dir` itself if it holds persons.csv)."""
        if lexicon_dir is None:
            lexicon_dir = default_lexicon_dir()
        directory = Path(lexicon_dir)
        if not (directory / "persons.csv").exists():
            directory = directory / "knowledge"
        kb = cls(directory)
        terms = kb._load_offices(directory / "offices.csv")
        kb._load_persons(directory / "persons.csv", terms)
        kb._load_organisations(directory / "organisations.csv")
        if (directory / COMPANIES_FILE).exists():
            kb._load_organisations(directory / COMPANIES_FILE, business=True)
        kb._load_roles(directory / "role_nouns.csv")
        return kb

    # -- loading --------------------------------------------------------------------------------
    def _load_offices(self, path: Path) -> dict[str, list[Term]]:
        by_person: dict[str, list[Term]] = {}
        for line, row in _rows(path, ("office_key", "actor_id", "start", "end")):
            if not _OFFICE_KEY.fullmatch(row["office_key"]):
                raise KnowledgeError(path, line, f"office_key {row['office_key']!r} is not "
                                                 "CODE:office or CODE/Region:office")
            start, p1 = _parse(path, line, row["start"], "start", end=False)
            end, p2 = _parse(path, line, row["end"], "end", end=True)
            if start and end and end < start:
                raise KnowledgeError(path, line, f"end {row['end']} before start {row['start']}")
            latest, _ = _parse(path, line, row["start"], "start", end=True)
            term = Term(row["office_key"], row["actor_id"], start, end, p1 and (p2 or end is None),
                        row.get("position", ""), latest)
            self._terms.setdefault(term.office_key, []).append(term)
            by_person.setdefault(term.actor_id, []).append(term)
        return by_person

    def _load_persons(self, path: Path, terms: dict[str, list[Term]]) -> None:
        prominence = self._prominence
        for line, row in _rows(path, ("actor_id", "name", "surname", "actor_country", "actor_type",
                                      "gender", "aliases")):
            if not row["actor_id"] or not row["name"]:
                raise KnowledgeError(path, line, "actor_id and name are required")
            if row["actor_id"] in self._persons:
                raise KnowledgeError(path, line, f"actor_id {row['actor_id']} defined twice")
            _check(path, line, row, ("actor_country", "home_country"), "actor_type",
                   allow_empty=("home_country",))
            if row["gender"] not in GENDERS:
                raise KnowledgeError(path, line, f"gender {row['gender']!r} is not m, f or empty")
            person = Person(row["actor_id"], row["name"], _split(row["surname"]) or (row["name"],),
                            codebook_side(row["actor_country"]), row.get("home_country") or row["actor_country"],
                            row["actor_type"], row["gender"], row.get("party", ""),
                            _split(row["aliases"]), tuple(terms.get(row["actor_id"], ())))
            self._persons[person.actor_id] = person
            prominence[person.actor_id] = ("curated" in row.get("source", ""), len(person.terms))
            for form in {fold(n) for n in (person.name, *person.aliases)}:
                self._by_name.setdefault(form, []).append(person.actor_id)
            for form in {fold(s) for s in person.surnames}:
                self._by_surname.setdefault(form, []).append(person.actor_id)
            words = person.name.split()
            if len(words) > 1 and words[0] not in person.surnames[0].split():
                self._given_names.add(fold(words[0]))
                if person.gender:
                    self._given_name_genders.setdefault(fold(words[0]).split("-")[0], []).append(person.gender)
        unknown = set(terms) - set(self._persons)
        if unknown:
            raise KnowledgeError(path.with_name("offices.csv"), 0,
                                 f"office terms of unknown actor_id(s): {', '.join(sorted(unknown)[:5])}")
        for index in (self._by_name, self._by_surname):
            for ids in index.values():
                ids.sort(key=lambda i: prominence[i], reverse=True)

    def _load_organisations(self, path: Path, business: bool = False) -> None:
        """Organisations of `path` (organisations.csv; companies.csv with `business`): an actor_id
        given twice, also across the two files, is an error."""
        seen = self._organisation_ids
        for line, row in _rows(path, ("actor_id", "name", "aliases", "actor_country", "actor_type")):
            if not row["actor_id"] or not row["name"]:
                raise KnowledgeError(path, line, "actor_id and name are required")
            if row["actor_id"] in seen:
                raise KnowledgeError(path, line, f"actor_id {row['actor_id']} defined twice")
            seen.add(row["actor_id"])
            _check(path, line, row, ("actor_country",), "actor_type")
            org = Organisation(row["actor_id"], row["name"], _split(row["aliases"]),
                               codebook_side(row["actor_country"]), row["actor_type"], row.get("note", ""),
                               _split(row.get("compound_forms", "")), business)
            names = (org.name, *org.aliases)
            for form in {fold(f) for n in names for f in inflected_forms(n)}:
                self._orgs.setdefault(form, []).append(org)
            for form in {fold(f) for n in names if not n.isupper() for f in inflected_forms(n)}:
                self._orgs_any_case.setdefault(form, []).append(org)
            self.lower_case_first_words.update(n.split(" ")[0] for n in names if n[:1].islower())  # `taz`
            for form in org.compound_forms:
                self._orgs_by_compound_form.setdefault(form, []).append(org)
            if business:
                self.business_ids.add(org.actor_id)

    def _load_roles(self, path: Path) -> None:
        for line, row in _rows(path, ("role_noun", "office", "country", "gender")):
            if not re.fullmatch(r"[a-z_]+", row["office"]):
                raise KnowledgeError(path, line, f"office {row['office']!r} is not a lower_case key part")
            countries = _split(row["country"])
            for code in countries:
                if not _SCOPE.fullmatch(code):
                    raise KnowledgeError(path, line, f"country {code!r} is not CODE, CODE/Region "
                                                     "or CODE/* (a region of CODE from context)")
            if row["gender"] not in GENDERS:
                raise KnowledgeError(path, line, f"gender {row['gender']!r} is not m, f or empty")
            key = fold(row["role_noun"])
            if key in self._roles:
                raise KnowledgeError(path, line, f"role noun {row['role_noun']!r} defined twice")
            self._roles[key] = RoleNoun(row["role_noun"], row["office"], countries, row["gender"],
                                        row.get("note", ""))

    # -- queries --------------------------------------------------------------------------------
    def persons(self, name: str) -> list[Person]:
        """Every person with this full name form, the most prominent first."""
        return [self._persons[i] for i in self._by_name.get(fold(name), ())]

    def person(self, name: str, country: str | None = None) -> Person | None:
        """The person with this name form; with several, the one of `country`, else the most
        prominent (curated, then more office terms) if no other is as prominent."""
        found = self.persons(name)
        if country:
            local = [p for p in found if country in (p.actor_country, p.home_country)]
            found = local or found
        return found[0] if len(found) == 1 or (found and self._clearly_first(found)) else None

    def _clearly_first(self, found: list[Person]) -> bool:
        return self._prominence[found[0].actor_id] > self._prominence[found[1].actor_id]

    def person_by_id(self, actor_id: str) -> Person | None:
        return self._persons.get(actor_id)

    def given_names(self) -> frozenset[str]:
        """The known persons' given names, folded (`fold`)."""
        return frozenset(self._given_names)

    def is_given_name(self, word: str) -> bool:
        """The word opens the name of a known person and is not their surname (`Bernd`, `Ahmed`); so
        does a hyphenated word whose every part does (`Hans-Stephan`, `Marie-Claire`)."""
        key = fold(word)
        return key in self._given_names or "-" in key and all(part in self._given_names
                                                                for part in key.split("-"))

    def given_name_gender(self, word: str) -> str:
        """`f` for `Renate`, `m` for `Hans`: the gender of every known person (two at least) whose name opens
        with the word, or with the first part of a hyphenated one (`Hans-Jörg`); '' where they differ
        (`Andrea`: Italian men, German women) or too few are known."""
        genders = self._given_name_genders.get(fold(word).split("-")[0], [])
        return genders[0] if len(genders) >= 2 and len(set(genders)) == 1 else ""

    def called_by_given_name(self, person: Person) -> bool:
        """A monarch whose surname is the given name (`Harald` of `Harald V.`, `Philippe`): the name opens
        with it before a regnal numeral, or is that one word, another known person's given name too."""
        words, surname = person.name.split(), person.surname.split()
        if len(words) == 1:
            return words == surname and self.is_given_name(words[0])
        return words[0] == surname[0] and _REGNAL.fullmatch(words[1]) is not None

    def persons_by_surname(self, surname: str) -> list[Person]:
        """Every person with this surname form, the most prominent first (curated, most offices)."""
        return [self._persons[i] for i in self._by_surname.get(fold(surname), ())]

    def holders_named(self, office: str, name: str, day: date | None = None) -> list[Person]:
        """The holders of `office` in any state (on `day`, or at any time without one) whose name or a
        form of it opens with `name` as whole words: `Abdullah II` → `Abdullah II of Jordan`."""
        key, found = fold(name) + " ", []
        for office_key, terms in self._terms.items():
            if office_key.rpartition(":")[2] != office:
                continue
            for term in terms:
                person = self._persons.get(term.actor_id)
                if (person is not None and person not in found and (day is None or term.covers(day))
                        and any(fold(form).startswith(key) for form in (person.name, *person.aliases))):
                    found.append(person)
        return found

    def office_terms(self, office_key: str, day: date | None = None) -> list[Term]:
        """The terms of an office (those covering `day` when given), the best-dated and latest first."""
        terms = self._terms.get(office_key, [])
        if day is not None:
            terms = [t for t in terms if t.covers(day)]
        return sorted(terms, key=lambda t: (t.precise, t.start or date.min), reverse=True)

    def office_holder(self, office_key: str, day: date | None) -> Person | None:
        """Who held `office_key` (e.g. 'USA:foreign_minister') on `day`; None without a date."""
        if day is None:
            return None
        terms = self.office_terms(office_key, day)
        return self._persons[terms[0].actor_id] if terms else None

    def organisations(self, name: str) -> list[Organisation]:
        """The organisations of a name form, in any case and without diacritics, except that a form
        written in capitals (an acronym: `DEM`, `JETZT`) matches only text in capitals: `Dem` and
        `Jetzt` are German words. A spelling like `Nato` or `Uno` is an alias of its own."""
        table = self._orgs if name.isupper() else self._orgs_any_case
        return list(table.get(fold(name), ()))

    def organisations_by_compound_form(self, form: str) -> list[Organisation]:
        """The organisations a short form stands for before a hyphen (`VP` of `VP-Chef`, `Grün` of
        `Grün-Landesrat`), matched as written; never a mention of its own."""
        return list(self._orgs_by_compound_form.get(form, ()))

    def organisation(self, name: str, country: str | None = None) -> Organisation | None:
        """The organisation with this name form; an ambiguous form (Grüne: DEU or AUT) needs
        `country` to decide, else None."""
        found = self.organisations(name)
        if country and len(found) > 1:
            found = [o for o in found if o.actor_country == country] or found
        return found[0] if len(found) == 1 else None

    def role(self, noun: str) -> RoleNoun | None:
        """The role noun entry of `noun`, also inflected (Außenministers, Kanzlerin) or with a
        country prefix (US-Außenminister: fixed country USA)."""
        key = fold(noun)
        for candidate in (key, *(key[:-len(s)] for s in ("in", "innen", "s", "es", "en", "n")
                                 if key.endswith(s) and len(key) > len(s) + 3)):
            if candidate in self._roles:
                return self._roles[candidate]
        if "-" in noun:
            prefix, rest = noun.split("-", 1)
            base = self.role(rest)
            code = _PREFIXES.get(fold(prefix))
            if base and code:
                return RoleNoun(noun, base.office, (code,), base.gender, f"prefix {prefix}-")
        return None

    def role_office(self, noun: str) -> str | None:
        """The office key part of a role noun: Außenminister → 'foreign_minister'."""
        role = self.role(noun)
        return role.office if role else None

    def office_key(self, noun: str, country: str | None = None) -> str | None:
        """The full office key of a role noun: fixed country (Kremlchef, US-Außenminister) or
        `country` from context (must be one of the candidates for an ambiguous noun)."""
        role = self.role(noun)
        if role is None:
            return None
        regional = [c[:-1] for c in role.countries if c.endswith("/*")]
        if regional:  # Landeshauptmann: only with the Land, e.g. country='AUT/Tirol'
            return f"{country}:{role.office}" if country and country.startswith(tuple(regional)) else None
        if len(role.countries) == 1:
            return f"{role.countries[0]}:{role.office}"
        if country and (not role.countries or country in role.countries):
            return f"{country}:{role.office}"
        return None

    def lookup_keys(self) -> frozenset[str]:
        """Every folded key `persons` and `organisations` find something under: a name form no key
        holds needs neither lookup."""
        return frozenset(self._by_name) | frozenset(self._orgs) | frozenset(self._orgs_any_case)

    def name_forms(self) -> set[str]:
        """Every folded name form of a person or organisation (the lookup keys)."""
        return set(self._by_name) | set(self._orgs)

    def summary(self) -> str:
        n_terms = sum(len(t) for t in self._terms.values())
        n_orgs = len({o.actor_id for orgs in self._orgs.values() for o in orgs})
        return (f"{len(self._persons)} persons, {n_terms} office terms in {len(self._terms)} offices, "
                f"{n_orgs} organisations, {len(self._roles)} role nouns")


def oblique_form(name: str) -> str:
    """`Afrikanische Union` → `Afrikanischen Union` (`der Afrikanischen Union`): the weak adjectives
    before the head noun of an organisation's name take -en outside the nominative."""
    words = name.split()
    if len(words) < 2:
        return name
    return " ".join([w + "n" if len(w) > 4 and w.endswith("e") and w[:1].isupper() else w for w in words[:-1]]
                    + words[-1:])


_STRONG_ADJECTIVE = re.compile(r"[A-ZÄÖÜ]\w+(?:isch|lich|ig|al|är|ell|iv)(?:es|er)")


def inflected_forms(name: str) -> set[str]:
    """The name, its oblique form, and its form after the definite article in the nominative: the
    strong -es, -er of a masculine or neuter name's leading adjectives become -e after `der`, `das`
    (`Europäischer Gerichtshof` → `der Europäische Gerichtshof`). Their oblique -en forms
    (`vom Internationalen Gerichtshof`) are left out: mostly agents of passives or places."""
    forms = {name, oblique_form(name)}
    words = name.split()
    lead = 0  # the leading adjectives in the strong form (not `Verband Österreichischer Zeitungen`)
    while lead < len(words) - 1 and _STRONG_ADJECTIVE.fullmatch(words[lead]):
        lead += 1
    if lead:
        forms.add(" ".join([w[:-2] + "e" for w in words[:lead]] + words[lead:]))
    return forms


_PREFIXES = {"us": "USA", "usa": "USA", "eu": "EU", "nato": "NATO", "un": "UN", "uno": "UN",
             "kreml": "RUS", "osze": "OSCE", "who": "WHO", "iwf": "IMF", "wto": "WTO"}
