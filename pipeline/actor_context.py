"""Context rules of the actor linker that need no state of their own: the country words of
`countries.csv` (`CountryWords`), the dateline that says where a report comes from, roles and
names in apposition (one person, of the role's side), and role nouns that name the one office
holder a document names; and the plain records (`MentionRecords`) in which the linker keeps the
mentions' actor fields until it writes them to the spans' extensions once."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import IO_CODES
from pipeline.knowledge_links import KnowledgeLinks
from pipeline.lexicons import Lexicons
from pipeline.phrases import single_spaced, token_words, tokens_of, word_after, word_before

GENITIVE_S = re.compile(r"(?<=\w)s$")  # `Mitterlehners` → `Mitterlehner`
DATELINE_DASHES = frozenset({"–", "—", "-"})  # after a dateline's place: `Wien – …`
APPOSITION_POS = ("", "DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PUNCT", "NUM", "X")  # a noun phrase, no clause
# the actor fields of a mention: `span._.actor` … (string extensions, default '')
MENTION_FIELDS = ("actor", "actor_country", "mention", "role", "actor_type", "actor_id", "gender")
UNSET_FIELDS = ("",) * len(MENTION_FIELDS)
# an unnamed office of theirs speaks as them (`der Chef der Grünen`, `ein Sprecher der Staatsanwaltschaft`)
LED_TYPES = ("party", "organisation", "ngo", "court", "io")


class MentionRecord:
    """A mention's actor fields as plain attributes, read and written like `span._` (`record.actor`)."""

    __slots__ = MENTION_FIELDS + ("loaded",)

    def __init__(self, values: tuple[str, ...]):
        self.actor, self.actor_country, self.mention, self.role, self.actor_type, self.actor_id, self.gender = values
        self.loaded = values  # the values found in the spans' extensions

    def values(self) -> tuple[str, ...]:  # (the fields of MENTION_FIELDS in order, read without `getattr`)
        return self.actor, self.actor_country, self.mention, self.role, self.actor_type, self.actor_id, self.gender


class MentionRecords:
    """The actor fields of a document's mentions while the linker works on them: `records[span]`
    is the span's `MentionRecord`, shared by every span of the same characters (as spaCy keys a
    span's extensions), and `write` sets the extensions once. spaCy makes a new `Underscore` on
    every `span._` and looks each attribute up in `doc.user_data`, which the linker, reading the
    fields of every mention again and again, would pay for each time. Made anew, the records also
    read all fields of many mentions at once (`actor_profiles`, `entity_rows`)."""

    def __init__(self, doc: Doc):
        self.user_data = doc.user_data
        self.records: dict[tuple[int, int], MentionRecord] = {}
        # the character spans with a field set in the extensions: the others' records are read without
        # a lookup per field (the linker's mentions, when it starts)
        fields = frozenset(MENTION_FIELDS)
        self.stored = {key[2:] for key in self.user_data
                       if type(key) is tuple and len(key) == 4 and key[0] == "._." and key[1] in fields}

    def __getitem__(self, span: Span) -> MentionRecord:
        chars = (span.start_char, span.end_char)
        record = self.records.get(chars)
        if record is None:
            record = self.records[chars] = MentionRecord(tuple(
                self.user_data.get(("._.", name, *chars), "") for name in MENTION_FIELDS)
                if chars in self.stored else UNSET_FIELDS)
        return record

    def write(self) -> None:
        """Set the spans' extensions to the fields that changed (`span._.actor` …)."""
        for chars, record in self.records.items():
            values = record.values()
            if values == record.loaded:  # (most records: read, not changed)
                continue
            for name, value, loaded in zip(MENTION_FIELDS, values, record.loaded):
                if name == "actor":
                    value = single_spaced(value)
                if value != loaded:
                    self.user_data[("._.", name, *chars)] = value


def genitives(name: str) -> tuple[str, ...]:
    """`Russlands` of `Russland`; an acronym takes no `s` (`der UN`: `UN` + `s` is the pronoun `uns`)."""
    return () if name.isupper() else (name + "s",)


@dataclass
class CountryWords:
    """Lower-cased word forms that point to a country: names, genitives, adjectives, prefixes."""

    forms: dict[str, str]
    prefixes: list[tuple[str, str]]
    towns: dict[str, str] = field(default_factory=dict)  # cities.csv: where a place lies, no government
    # lower-case words inside a place's name (`Rio de Janeiro`, `Neusiedl am See`; german.csv `place_particle`)
    place_particles: frozenset[str] = frozenset()
    # ('US-Außenminister') → ('USA', 'Außenminister'), looked up once per word (every capitalised token asks)
    split_prefix: Callable[[str], tuple[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.split_prefix = lru_cache(maxsize=65_536)(self._split_prefix)
        # each prefix's country (the first listed for a prefix listed twice), and the prefixes' lengths,
        # longest first: a word is looked up by its first letters, not tested against every prefix
        self.prefix_codes: dict[str, str] = {}
        for prefix, code in self.prefixes:
            self.prefix_codes.setdefault(prefix, code)
        self.prefix_lengths = sorted({len(prefix) for prefix in self.prefix_codes}, reverse=True)

    @classmethod
    def from_lexicons(cls, lexicons: Lexicons) -> "CountryWords":
        forms: dict[str, str] = {}
        prefixes: list[tuple[str, str]] = []
        endings = ("", *sorted(lexicons.word_class("adjective_ending")))  # `russisch`, `russische` …
        for country in lexicons.countries.values():
            for name in country.names + country.capitals:
                for form in (name, *genitives(name)):
                    forms.setdefault(form.lower(), country.code)
            for adjective in country.adjectives:
                for ending in endings:
                    forms.setdefault((adjective + ending).lower(), country.code)
            for prefix in country.prefixes:
                prefixes.append((prefix.lower(), country.code))
        for entry in lexicons.actors:
            if entry.label == "PER" and " " not in entry.pattern:
                prefixes.append((entry.pattern.lower() + "-", entry.country))
        prefixes.sort(key=lambda item: -len(item[0]))
        return cls(forms, prefixes, lexicons.cities, frozenset(lexicons.word_class("place_particle")))

    def country_of(self, word: str) -> str:
        return self.forms.get(word.lower(), "")

    def place_country(self, place: str) -> str:
        """The country a place lies in: a country, capital or adjective, else a town of cities.csv
        (`Istanbul`, genitive `Istanbuls`), which says where, never who speaks."""
        lower = place.lower()
        return self.forms.get(lower) or self.towns.get(lower) or (self.towns.get(lower[:-1], "") if lower.endswith("s") else "")

    def town_country(self, place: str) -> str:
        """The country a town lies in, cities.csv first: the town, not the body it hosts (`Brüssel`: BEL,
        not the EU whose seat it is), else `place_country`."""
        return self.towns.get(place.lower()) or self.place_country(place)

    def town_adjective_country(self, word: str, country_of: Callable[[str], str] | None = None) -> str:
        """The country of the town whose adjective the word is (`Grazer`, `Münchner`, `Bremer`; `Brüsseler`: the
        town's, BEL, not the EU it hosts), else ''; `country_of` looks up the town's name (default `town_country`)."""
        if not (word[:1].isupper() and word.endswith("er")):
            return ""
        country_of = country_of or self.town_country
        return country_of(word[:-2]) or country_of(word[:-3] + "en") or country_of(word[:-2] + "en")

    def _split_prefix(self, word: str) -> tuple[str, str]:
        """('US-Außenminister') → ('USA', 'Außenminister'): the longest prefix the word starts with."""
        lower = word.lower()
        for length in self.prefix_lengths:
            code = self.prefix_codes.get(lower[:length]) if len(word) > length else None
            if code is not None:
                return code, word[length:]
        return "", word


def link_appositions(doc: Doc, mentions: list[Span], records: MentionRecords,
                     holds_office: Callable[[Span, str], bool] = lambda name, side: False) -> None:
    """`der AU-Sondergesandte für Burundi, Ibrahima Fall` and `Staffan de Mistura, der
    Sondergesandte der Vereinten Nationen`: a role and a name in apposition are one person. The
    role mention stands for the name, and a name nothing else places acts for the role's side,
    in every mention of it (`sagte Fall` later); so does a placed name when `holds_office(name,
    side)` (`Der Präsident des EU-Parlaments, Martin Schulz`: an office he held speaks for the EU)."""
    sides: dict[str, str] = {}
    offices: dict[str, str] = {}
    for role, name in apposition_pairs(doc, mentions, records):
        role_ext, name_ext = records[role], records[name]
        side = role_ext.actor_country
        if side and name_ext.actor_country not in ("", side) and holds_office(name, side):
            offices[name_ext.actor] = side
        elif not side or name_ext.actor_country not in ("", side):
            continue
        if not name_ext.actor_country:
            sides[name_ext.actor] = side
        role_ext.actor = name_ext.actor
    for ext in (records[mention] for mention in mentions) if offices else ():
        if ext.actor in offices:
            ext.actor_country = offices[ext.actor]
    spread_sides(mentions, records, sides)


def employer_sides(doc: Doc, mentions: list[Span], records: MentionRecords, prepositions: Container[str],
                   articles: Container[str]) -> None:
    """`Igor Konaschenkow vom Verteidigungsministerium`, `Stefano Scarpetta von der OECD`: a person
    nothing else places speaks for the body named right after `von`/`vom` (german.csv
    holder_preposition; an article may stand between), in every mention of the name (`sagte
    Scarpetta` later). A medium gives no side: its journalists are observers. The body also wins over
    the side of a namesake the knowledge base knows only as a politician of another country (`Thomas
    Maier vom Wifo` is the institute's economist, not the Swiss politician)."""
    by_start = {m.start: m for m in mentions}
    sides: dict[str, str] = {}
    namesakes: dict[str, str] = {}
    types: dict[str, str] = {}
    for name in mentions:
        if name.label_ != "PER" or name.end + 2 >= len(doc):
            continue
        ext = records[name]
        preposition = word_after(doc, name.end)  # (the words past a run of spaces: `X  vom Wifo` as scraped)
        if ext.mention != "name" or ext.actor_country and not _bare_politician(ext) \
                or preposition + 2 >= len(doc) or doc[preposition].lower_ not in prepositions:
            continue
        start = word_after(doc, preposition + 1)
        start = word_after(doc, start + 1) if doc[start].lower_ in articles else start
        body = records[by_start[start]] if start in by_start else None
        if body is None or body.mention != "group" or not body.actor_country or body.actor_type == "media":
            continue
        if not ext.actor_country:
            sides.setdefault(ext.actor, body.actor_country)
            if body.actor_id:  # (a body the knowledge base knows: not `Universität Wien`, whose scholars observe)
                types.setdefault(ext.actor, body.actor_type)
        elif body.actor_country != ext.actor_country:
            namesakes.setdefault(ext.actor, body.actor_country)
    for mention in mentions:
        ext = records[mention]
        if ext.actor in namesakes and mention.label_ == "PER":
            ext.actor_country, ext.actor_id = namesakes[ext.actor], ""
        if types.get(ext.actor) and mention.label_ == "PER" and ext.actor_type in ("", "person"):
            ext.actor_type = types[ext.actor]  # `X von der OECD` speaks as the OECD's (io), not as a private person
    spread_sides(mentions, records, sides)


def copular_offices(doc: Doc, mentions: list[Span], records: MentionRecords, copulas: Container[str],
                    links: Container[str], office: Callable[[str], bool], reach: int = 6) -> None:
    """`X ist Pressesprecher der FPÖ`, `X war vier Jahre lang der Sprecher von Bundeskanzler Y`, `X,
    Sprecher von Bundeskanzler Y,`: a person nothing else places, the subject of a copula (german.csv
    `copula`) whose predicate is an office of one person (`office`), or with that office in apposition
    after a comma (an article at most before it), before a genitive or `von` (`links`: german.csv
    `genitive_article`, `holder_preposition`), speaks for the side of the body or person named there, in
    every mention of the name (`sagte X` later). `reach`: the words between the copula and the office
    at most."""
    by_start = {m.start: m for m in mentions}
    sides: dict[str, str] = {}
    for name in mentions:
        ext = records[name]
        if name.label_ != "PER" or ext.mention != "name" or ext.actor_country:
            continue
        holder = office_holder_after(doc, name.end, by_start, records, copulas, links, office, reach)
        if holder is not None:
            sides.setdefault(ext.actor, holder.actor_country)
    spread_sides(mentions, records, sides)


def office_holder_after(doc: Doc, end: int, by_start: dict[int, Span], records: MentionRecords,
                        copulas: Container[str], links: Container[str], office: Callable[[str], bool],
                        reach: int = 6) -> MentionRecord | None:
    """The body or person with a side whose office the words from token `end` on give the name before
    them (`ist Pressesprecher der FPÖ`, `, Sprecher von Bundeskanzler Y`: `copular_offices`); None if none."""
    end = word_after(doc, end)  # (the words past a run of spaces: `X  ist Sprecher  der FPÖ` as scraped)
    if end + 3 >= len(doc) or doc[end].lower_ not in copulas and doc[end].text != ",":
        return None
    first = word_after(doc, end + 1)
    stop = min(len(doc) - 2, first + (reach if doc[end].lower_ in copulas else 1))
    k = next((k for k in range(first, stop) if doc[k].is_punct or office(doc[k].text)), None)
    link = word_after(doc, k + 1) if k is not None else len(doc)
    if k is None or doc[k].is_punct or link >= len(doc) or doc[link].lower_ not in links:
        return None
    second = word_after(doc, link + 1)
    holder = next((records[by_start[i]] for i in (second, word_after(doc, second + 1)) if i in by_start), None)
    return holder if holder is not None and holder.actor_country and holder.actor_type != "media" else None


def _bare_politician(name: MentionRecord) -> bool:
    """A person the knowledge base links by name alone: known only as a politician (type `person`, no
    office, no party), so a namesake may be meant."""
    return bool(name.actor_id) and name.actor_type == "person"


def spread_sides(mentions: list[Span], records: MentionRecords, sides: dict[str, str]) -> None:
    """Every mention of an actor that nothing else places takes the side found for it (`sagte Fall`
    after `der AU-Sondergesandte für Burundi, Ibrahima Fall`)."""
    if not sides:  # (most documents: no mention is read)
        return
    for ext in (records[mention] for mention in mentions):
        if not ext.actor_country and ext.actor in sides:
            ext.actor_country = sides[ext.actor]


def apposition_pairs(doc: Doc, mentions: list[Span], records: MentionRecords) -> Iterator[tuple[Span, Span]]:
    """(role mention, name mention) pairs set off by a comma in one clause: `ROLE …, NAME,` and
    `NAME, [der] … ROLE` (up to eight words of a noun phrase between: a relative clause is no apposition);
    a role right before a name of its own (`von Präsident Wladimir Putin, Dmitri Peskow`) is that name's."""
    names = [m for m in mentions if m.label_ == "PER" and records[m].mention == "name"]
    named = {m.start for m in names}  # (a role ending there is that name's: `von Präsident Wladimir Putin`)
    roles = [m for m in mentions if m.label_ == "ROLE" and records[m].mention == "role"
             and word_after(doc, m.end) not in named]  # (past a run of spaces: `Präsident  Wladimir Putin`)
    for name in names:
        for role in roles:
            if role.end <= name.start - 1 and name.start - role.end <= 8:
                between = doc[role.end:name.start]
            elif name.end + 1 <= role.start <= name.end + 8:  # `X, Obmann der Kurie und Vizepräsident der Kammer`
                between = doc[name.end:role.start]
                if any(t.pos_ not in APPOSITION_POS for t in between):  # `X, der mit dem Präsidenten sprach`
                    continue
            else:
                continue
            commas = [t for t in between if t.is_punct and t.text not in ("(", ")")
                      and not in_brackets(t)]  # `Der Präsident des Fußballbundes (DFB), Reinhard Grindel`
            if len(commas) != 1 or commas[0].text != ",":
                continue
            after = word_after(doc, name.end)  # (the words next to the name, past a run of spaces)
            closed = after >= len(doc) or doc[after].text in (",", ".", ")")
            if commas[0].i == word_before(doc, name.start) and closed or commas[0].i == after:
                yield role, name  # not `sagte der Sprecher, Putin sei bereit`: a clause, no apposition


def in_brackets(token: Token, since: int | None = None) -> bool:
    """Whether a token stands between `(` and `)`: an opening bracket not closed again among the six
    tokens before it, or among those from token index `since` on."""
    before = token.doc[max(0, token.i - 6) if since is None else since:token.i].text
    return before.rfind("(") > before.rfind(")")


def opens_dateline(doc: Doc, i: int) -> bool:
    """Token `i` opens the places of a dateline: capitalised words, joined by `/`, up to its dash
    (`Wien –`, `Berlin/Wien –`, `Vatikanstadt/Quito –`)."""
    texts = token_words(doc)[0]  # (the words' texts: no Token made of each)
    for j in range(i, min(i + 8, len(texts))):
        if texts[j] in DATELINE_DASHES:
            return j > i
        if texts[j] != "/" and not texts[j][:1].isupper():
            return False
    return False


def after_dateline(doc: Doc, i: int) -> int:
    """The token after the dash of a dateline that opens at token `i` (`Wien – Der Minister …`: `Der`),
    else `i`."""
    if not opens_dateline(doc, i):
        return i
    return next(j for j in range(i, i + 8) if doc[j].text in DATELINE_DASHES) + 1


def dateline_opening(doc: Doc) -> int | None:
    """The index of the token that opens the document's dateline (`Wien –`) in one of its first
    sentences (`sentence_openings`), if it has one."""
    return next((i for _, i in sentence_openings(doc) if opens_dateline(doc, i)), None)


def sentence_openings(doc: Doc) -> Iterator[tuple[Span, int]]:
    """The first four sentences that hold a word, each with the index of its first word after
    whitespace: where a dateline (`Wien –`) may open."""
    for sent in itertools.islice(doc.sents, 4):
        i = sent.start
        while i < sent.end and doc[i].is_space:
            i += 1
        if i < sent.end:
            yield sent, i


def dateline_country(doc: Doc, words: CountryWords) -> str:
    """The country of the dateline (`Budapest –`, `Moskau/Kiew –` when both are one country) that
    opens one of the first sentences; '' without one or with places of several countries. The
    dateline says where the report comes from: the side of domestic groups it names (`die
    Opposition`), never a claimant. The seat of an organisation (`Brüssel –`: the EU's as a speaker,
    a Belgian city as a place) says no country; beside a place of one country it leaves that
    country (`Brüssel/Wien –`: AUT). In a dateline of several places one no lexicon
    lists (`Wien/Gumpoldskirchen –`) says nothing either way: the places known decide. A place's
    name may hold lower-case particles (`Rio de Janeiro –`, `Neusiedl am See/Eisenstadt –`); one
    the lexicons lack is known by its first word (`Neusiedl`)."""
    for sent, i in sentence_openings(doc):
        countries = set()
        several = opens_dateline(doc, i) and "/" in itertools.takewhile(
            lambda text: text not in DATELINE_DASHES, (token.text for token in tokens_of(doc, i, i + 8)))
        while i < sent.end:
            first_end = place_end(doc, i, sent.end)
            j = place_end(doc, i, sent.end, words.place_particles)
            code = words.place_country(doc[i:j].text) if j > i else ""
            if not code and j > first_end:  # `Neusiedl am See`: a town the lexicons know by its first word
                code = words.place_country(doc[i:first_end].text)
            if not code and not (several and j > i):
                break
            countries.update({code} - {""})
            if j < sent.end and doc[j].text == "/":
                i = j + 1
                continue
            national = countries - IO_CODES
            if j < sent.end and doc[j].text in DATELINE_DASHES and len(national) == 1 and len(countries) <= 2:
                return national.pop()
            break
    return ""


def place_end(doc: Doc, i: int, end: int, particles: frozenset[str] = frozenset()) -> int:
    """The end of the place name that opens at token `i` of a dateline: up to three capitalised
    words (`Addis Abeba`), with lower-case `particles` between them (`Rio de Janeiro`, `Zell am See`)."""
    j, words = i, 0
    while j < end and words < 3:
        if doc[j].text[:1].isupper():
            j, words = j + 1, words + 1
            continue
        k = j
        while k < end and doc[k].lower_ in particles and k - j < 2:
            k += 1
        if k == j or j == i or k >= end or not doc[k].text[:1].isupper():
            break
        j = k
    return j


def name_office_holders(mentions: list[Span], records: MentionRecords, links: KnowledgeLinks | None) -> None:
    """`Bundeskanzler Werner Faymann … Der Kanzler sagte`: a role noun that names no one (no date,
    or no term) is the one person the document names who held that office; not a role noun the
    apposition already gave a person the knowledge base lacks (`der stellvertretende Finanzminister
    Dimitris Mardas`, in a text that also names the minister Varoufakis)."""
    if links is None:
        return
    exts = [records[m] for m in mentions]
    named = {ext.actor_id for ext in exts if ext.mention == "name" and ext.actor_id}
    unknown = {ext.actor for ext in exts if ext.mention == "name" and not ext.actor_id and ext.actor}
    for mention, ext in zip(mentions, exts):
        if ext.mention != "role" or ext.actor_id or not ext.actor_country or ext.actor in unknown:
            continue
        holder = links.named_holder(mention[-1].text, ext.actor_country, named)
        if holder is not None:
            ext.actor, ext.actor_id, ext.actor_type = holder.name, holder.actor_id, holder.actor_type
            ext.gender = holder.gender


def headline_role_holders(doc: Doc, mentions: list[Span], records: MentionRecords) -> None:
    """`SPÖ-Bautensprecherin hofft auf …` in a headline, `SPÖ-Bautensprecherin Ruth Becher` in the
    report: a role noun that names no one in the headline (the words before the dateline, and the
    first sentence) is the one person the text names later with the same word and a name, if of no
    other side. `mentions` are in the order of the text."""
    if not len(doc):
        return
    opening = dateline_opening(doc) or 0
    end = max(opening, next(doc.sents).end)
    persons = {records[m].actor for m in mentions if m.label_ == "PER" and records[m].mention == "name"}
    named: dict[str, dict[str, MentionRecord]] = {}  # a role noun → the persons named with it after the headline
    for mention in mentions:
        ext = records[mention]
        if mention.start >= end and ext.mention == "role" and ext.role and ext.actor in persons:
            named.setdefault(mention[-1].lower_, {})[ext.actor] = ext
    for mention in mentions:
        if mention.start >= end:
            break
        ext = records[mention]
        if ext.mention != "role" or not ext.role or ext.actor_id \
                or ext.actor not in ("", ext.role) and not ext.actor.startswith(f"{ext.role} ("):
            continue
        holders = named.get(mention[-1].lower_, {})
        holder = next(iter(holders.values())) if len(holders) == 1 else None
        if holder is None or ext.actor_country not in ("", holder.actor_country):
            continue
        ext.actor, ext.actor_country, ext.actor_id = holder.actor, holder.actor_country, holder.actor_id
        ext.actor_type, ext.gender = holder.actor_type or ext.actor_type, holder.gender or ext.gender


def default_country(mentions: list[Span], records: MentionRecords) -> None:
    """`Finanzminister` in `Finanzminister Christian Lindner` is the same person: a role mention
    without a country takes the country of the name it stands for. A person no lexicon knows
    and nothing in the text places keeps an empty country (never the document's most named one)."""
    exts = [records[m] for m in mentions]
    countries = {e.actor: e.actor_country for e in exts if e.mention == "name" and e.actor_country}
    for ext in exts:
        if ext.mention == "role" and not ext.actor_country and ext.actor in countries:
            ext.actor_country = countries[ext.actor]


def same_actor_country(mentions: list[Span], records: MentionRecords) -> None:
    """`Verteidigungsminister Klug` is placed by his office, `Klug` alone later is the same man: a
    name with no country takes the one country the document's other mentions of that actor have
    (none for an actor placed in two countries)."""
    exts = [records[m] for m in mentions]
    countries: dict[str, set[str]] = {}
    for ext in exts:
        if ext.mention == "name" and ext.actor_country:
            countries.setdefault(ext.actor, set()).add(ext.actor_country)
    for ext in exts:
        found = countries.get(ext.actor, set())
        if ext.mention == "name" and not ext.actor_country and len(found) == 1:
            ext.actor_country = next(iter(found))


def genitive_holders(doc: Doc, mentions: list[Span], records: MentionRecords,
                     genitive_articles: Container[str]) -> None:
    """`Wien – … sagte ein Sprecher des Innenministeriums`: an office with no country of its own
    speaks for the body in the genitive after it (`des`/`der`, an adjective may open the body's
    mention), once that body has a side (here the dateline's); a medium is no employer. So do several
    holders of an office (`Vertreter der Eurostaaten haben …`: a group). An office of a party, union or
    other non-state body (`ein Sprecher der Gewerkschaft`, `der Chef der Opposition`) speaks as that
    body, not as an office of the state; a person named with such an office of no type of its own
    (`X, Generalsekretär der Jagdverbände`) is of the body's type."""
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        ext = records[mention]
        article = word_after(doc, mention.end)  # (past a run of spaces: `ein Sprecher  des Ministeriums`)
        if (ext.mention not in ("role", "group") or not ext.role or article >= len(doc)
                or doc[article].lower_ not in genitive_articles):
            continue
        body = word_after(doc, article + 1)
        holder = records[by_start[body]] if body in by_start else None
        if holder is None or holder.mention != "group" or holder.actor_country in ("", "OTHER") \
                or holder.actor_type == "media":
            continue
        if not ext.actor_country:
            ext.actor_country = holder.actor_country
            if not ext.actor and holder.actor and holder.actor_type in LED_TYPES:
                ext.actor, ext.actor_type, ext.actor_id = holder.actor, holder.actor_type, holder.actor_id
            ext.actor = ext.actor or f"{ext.role} ({holder.actor_country})"
        elif not ext.actor_type and holder.actor_type in LED_TYPES and holder.actor_country == ext.actor_country:
            ext.actor_type = holder.actor_type


def agents_of_office_holders(doc: Doc, mentions: list[Span], records: MentionRecords,
                             genitive_articles: Container[str], agent_nouns: Container[str]) -> None:
    """`Der Sprecher der Landesrätin`, `ein Sprecher des zuständigen Landeshauptmanns`: one who speaks
    for someone (german.csv agent_noun) and has no side of his own speaks for the office holder
    named in the genitive after him (lower-case adjectives may stand between), once the office has
    a side: as that holder (the person the office names, else the office: `Landesrat (AUT)`)."""
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        ext = records[mention]
        article = word_after(doc, mention.end)  # (past a run of spaces: `der Sprecher  der Landesrätin`)
        if (ext.mention != "role" or ext.actor_country or article + 1 >= len(doc)
                or doc[article].lower_ not in genitive_articles or mention[-1].lower_ not in agent_nouns):
            continue
        start, adjectives = word_after(doc, article + 1), 0
        while adjectives < 2 and start < len(doc) and start not in by_start and doc[start].is_lower \
                and doc[start].is_alpha:
            start, adjectives = word_after(doc, start + 1), adjectives + 1
        holder = records[by_start[start]] if start in by_start else None
        if (holder is not None and holder.mention == "role" and holder.actor
                and holder.actor_country not in ("", "OTHER")):
            ext.actor, ext.actor_country = holder.actor, holder.actor_country


def agents_of_named_principals(doc: Doc, mentions: list[Span], records: MentionRecords,
                               agent_nouns: Container[str]) -> None:
    """`Firtaschs Anwalt Dieter Böhmdorfer`, `Dieter Böhmdorfer, Firtaschs Anwalt`: a person nothing
    places, named right after a placed person's genitive and an agent noun (german.csv agent_noun:
    `Anwalt`, `Sprecher`, `Verteidiger`) or in apposition before them, speaks for that person's side, in
    every mention of the name (`sagte Böhmdorfer` later)."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    sides: dict[str, str] = {}
    for holder in mentions:
        side = records[holder].actor_country
        noun = word_after(doc, holder.end)  # (past a run of spaces: `Firtaschs  Anwalt  Dieter Böhmdorfer`)
        if (holder.label_ != "PER" or side in ("", "OTHER") or noun + 1 >= len(doc)
                or not holder[-1].text.endswith(("s", "'")) or doc[noun].lower_ not in agent_nouns):
            continue
        agent = by_start.get(word_after(doc, noun + 1))
        comma = word_before(doc, holder.start)
        if agent is None and comma > 0 and doc[comma].text == ",":
            agent = by_end.get(word_before(doc, comma) + 1)
        if agent is not None and agent.label_ == "PER" and records[agent].mention == "name" \
                and not records[agent].actor_country and agent is not holder:
            sides[records[agent].actor] = side
    spread_sides(mentions, records, sides)


def without_genitive(text: str, surnames: Container[str]) -> str:
    """`Ulrike Rabmer-Kollers` → `Ulrike Rabmer-Koller` when the name was seen without the
    genitive ending; `Franziskus`, `Molins`, `Demirtaş` keep their final s."""
    if text.endswith("'"):
        return text[:-1]
    if not text.endswith("s"):  # (most words: no genitive ending to try)
        return text
    stripped = GENITIVE_S.sub("", text)
    if stripped != text and (stripped in surnames or stripped.split()[-1] in surnames):
        return stripped
    return text


def entity_starting_at(doc: Doc, i: int) -> Span | None:
    """The entity of `doc.ents` that starts at token i, read from the tokens' IOB tags as
    `doc.ents` reads them (which makes a Span of every entity of the document)."""
    if not 0 <= i < len(doc):
        return None
    token = doc[i]
    if token.ent_iob_ != "B" or not token.ent_type:
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, i, end, label=token.ent_type, kb_id=token.ent_kb_id, span_id=token.ent_id)
