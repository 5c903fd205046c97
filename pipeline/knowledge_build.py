"""Build the actor knowledge base in `data/lexicons/knowledge/` (run by `make knowledge`).

Inputs: the CC0 Wikidata extract `$(SHARED)/knowledge/actors_wikidata.csv` and the hand-curated
files in `data/knowledge/` (persons.csv, offices.csv, first_names.csv). Outputs (committed):
`persons.csv` and `offices.csv`. `organisations.csv` and `role_nouns.csv` in the output folder
are edited by hand and only checked here. The build ends by loading the whole knowledge base
with `pipeline.knowledge`, so a bad row fails the build with file and line.

    python -m pipeline.knowledge_build --wikidata ../shared/knowledge/actors_wikidata.csv
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from pipeline.knowledge import IO_CODES, KnowledgeBase, KnowledgeError, _parse, fold
from pipeline.lexicons import LexiconError, Lexicons, load_lexicons

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "data" / "knowledge"
OUTPUT = ROOT / "data" / "lexicons" / "knowledge"

PERSON_COLUMNS = ("actor_id", "name", "surname", "actor_country", "home_country", "actor_type",
                  "gender", "party", "aliases", "source")
OFFICE_COLUMNS = ("office_key", "actor_id", "holder", "start", "end", "position", "source")

# Countries whose German spelling differs from the English label by transliteration (README step 5).
TRANSLITERATED = set("RUS UKR BLR KAZ KGZ TJK UZB TKM ARM GEO AZE MDA BGR MNG ISR IRN AFG SYR IRQ "
                     "JOR LBN SAU ARE QAT KWT BHR OMN YEM PSE".split())
# Family name first in the canonical label.
FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "MNG", "KHM"}

# Positions that are not the country's national office (sub-national, occupied, unrecognised).
SUBNATIONAL = re.compile(r"Crimea|Generalitat|Catalonia|Srpska|Executive Yuan|Kurdistan|Cantabria|"
                         r"Secretary of State of [A-Z]|Governor|Lieutenant|co-prince|list of|"
                         r"Donetsk|Luhansk|Abkhazia|Ossetia|Transnistria|Artsakh|Northern Cyprus|"
                         r"Somaliland|Tibetan|Sahrawi", re.I)
AMBASSADOR = re.compile(r"(?i)(permanent representative|ambassador|united states ambassador|"
                        r"high commissioner to|consul)")
MINISTER_KEYS = [
    (re.compile(r"^(First )?Deputy Prime Minister\b|^First Secretary of State$", re.I),
     "deputy_head_of_government"),
    (re.compile(r"^Vice[- ]President( of the United States)?$", re.I), "vice_president"),
    (re.compile(r"^(Deputy|Assistant|Under|Vice|Parliamentary|Chief Secretary|Economic Secretary|"
                r"Exchequer Secretary|Financial Secretary|Commercial Secretary|Minister of State|"
                r"Head of|Secretary of State for (?!Defence|Foreign|the Home))", re.I), "junior_minister"),
    (re.compile(r"defen[cs]e|Armed Forces$", re.I), "defence_minister"),
    (re.compile(r"^(Minister of (the )?Interior|Minister of Interior|Home Secretary|"
                r"Secretary of State for the Home Department|Secretary of the Interior)", re.I),
     "interior_minister"),
    (re.compile(r"Homeland Security", re.I), "homeland_security"),
    (re.compile(r"^(Minister of (the )?Finance|Minister of (the )?Treasury|Secretary of the Treasury|"
                r"Chancellor of the Exchequer|Minister of the Economy, Financ)", re.I),
     "finance_minister"),
    (re.compile(r"Secretary of Commerce", re.I), "commerce_minister"),
]
IO_KEYS = [
    (re.compile(r"^Secretary-General of the United Nations$"), "UN", "secretary_general"),
    (re.compile(r"^Deputy Secretary-General of the United Nations$"), "UN", "deputy_secretary_general"),
    (re.compile(r"^President of the United Nations General Assembly$"), "UN", "general_assembly_president"),
    (re.compile(r"^Director-General of the World Trade Organization$"), "WTO", "director_general"),
    (re.compile(r"^President of the International Court of Justice$"), "ICJ", "president"),
    (re.compile(r"^High Representative of the Union"), "EU", "foreign_policy_chief"),
]


@dataclass(frozen=True)
class NameWords:
    """The words of person names that german.csv lists for the surname rules."""

    particles: frozenset[str]  # `surname_particle`: a surname starts at them (`von der Leyen`, `De Masi`)
    bare_particles: frozenset[str]  # `bare_surname_particle`: the surname is used without them too (`Guttenberg`)
    article_prefixes: frozenset[str]  # `surname_article`: joined by a hyphen, also dropped (`al-Assad|Assad`)
    suffixes: frozenset[str]  # `name_suffix`: no part of the surname (`Jr.`, `III`)
    titles: frozenset[str] = frozenset()  # `label_title`: a title after the name in a label (`, Baron West of …`)

    @classmethod
    def from_lexicons(cls, lexicons: Lexicons) -> "NameWords":
        return cls(lexicons.word_class("surname_particle"), lexicons.word_class("bare_surname_particle"),
                   lexicons.word_class("surname_article"), lexicons.word_class("name_suffix"),
                   lexicons.word_class("label_title"))


def personal_name(label: str, words: NameWords) -> tuple[str, str] | None:
    """(name, surname or '') of a Wikidata label that writes a title or a suffix after a comma: a peer's
    title, whose name is the surname (`Alan West, Baron West of Spithead` → `Alan West`, `West`; `Mark
    Malloch Brown, Baron Malloch-Brown` → `Malloch-Brown`), a prince's (`Salman bin Hamad, Crown Prince of
    Bahrain` → `Salman bin Hamad`: german.csv label_title), a suffix (`John King, Jr.` → `John King Jr.`:
    name_suffix); None for another label."""
    name, comma, rest = label.partition(", ")
    tokens = rest.split()
    if not comma or not name or not tokens:
        return None
    if tokens[0].lower() in words.suffixes and len(tokens) == 1:
        return f"{name} {rest}", ""
    if tokens[0].lower() not in words.titles:
        return None
    title = tokens[1:tokens.index("of")] if "of" in tokens else tokens[1:]
    named = title and all(t[:1].isupper() and t.lower() not in words.titles for t in title)
    return name, " ".join(title) if named else ""  # (not `Prince` of `Crown Prince`)


def derive_surname(name: str, words: NameWords, family_first: bool = False) -> str:
    """Surname forms of a full name, '|'-separated: 'von der Leyen', 'De Masi', 'zu Guttenberg|Guttenberg'."""
    tokens = [t for t in name.replace(",", " ").split() if t.lower() not in words.suffixes]
    if len(tokens) < 2:
        return name
    if family_first:
        return tokens[0]
    if tokens[0].lower() in words.titles and "of" in tokens[2:]:  # `Lord Davies of Abersoch`: Davies
        return " ".join(tokens[1:tokens.index("of", 2)])
    for i, token in enumerate(tokens[1:-1], start=1):
        if token.lower() in words.particles:
            full = " ".join(tokens[i:])
            bare = " ".join(tokens[i + 1:])
            return f"{full}|{bare}" if token.lower() in words.bare_particles else full
    last = tokens[-1]
    article, hyphen, rest = last.partition("-")
    bare = hyphen and article.lower() in words.article_prefixes and re.match(r"\w", rest)
    return f"{last}|{rest}" if bare else last


def check_date(path: Path, line: int, value: str, column: str) -> None:
    """A date is empty, yyyy, yyyy-mm or yyyy-mm-dd (checked as a calendar date)."""
    _parse(path, line, value, column, end=False)


def office_key(country: str, role: str, position: str) -> str | None:
    """The office key of a Wikidata position row, or None when the position is dropped."""
    if not country or country == "OTHER" or not position or AMBASSADOR.match(position):
        return None
    if SUBNATIONAL.search(position):
        return f"{country}:governor" if re.match(r"(?i)governor", position) else None
    for pattern, io, key in IO_KEYS:
        if pattern.search(position):
            return f"{io}:{key}"
    if role in ("head_of_state", "head_of_government", "foreign_minister"):
        if re.search(r"(?i)deputy|acting|vice", position):
            return None
        return f"{country}:{role}"
    if role == "minister":
        for pattern, key in MINISTER_KEYS:
            if pattern.search(position):
                return f"{country}:{key}"
        return f"{country}:minister"
    if role == "intl_org_official":
        return f"{country}:official"
    if re.match(r"(?i)(speaker|president of the (senate|chamber|national assembly))", position):
        return f"{country}:parliament_president"
    return None


# A monarch's Wikidata label: given name(s), regnal numeral, realm (`Harald V of Norway`, `Philippe of
# Belgium`, `Albert II, Prince of Monaco`, `Henri, Grand Duke of Luxembourg`)
REGNAL_LABEL = re.compile(r"(?P<given>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*?)(?: (?P<numeral>[IVXL]+))?"
                          r"(?:, [A-Z][\w ]*?)? of (?:the )?[A-Z][\w ]*")


def regnal_name(label: str) -> tuple[str, str, str] | None:
    """(German name, surname, numeral form without dot) of a monarch's label: the given name with the
    numeral in its German form (`Harald V.`, `Mohammed VI.`; a first `I` is not written: `Philippe`),
    the given name as the surname later mentions use (`Harald`), and the last of several given names too
    (`Hassanal Bolkiah I of Brunei`: `Hassanal Bolkiah|Bolkiah`); None for another label."""
    match = REGNAL_LABEL.fullmatch(label)
    if match is None:
        return None
    given, numeral = match["given"], match["numeral"] or ""
    if numeral in ("", "I"):
        parts = given.split()
        several = len(parts) > 1 and not any(re.fullmatch(r"[IVXL]+", part) for part in parts)
        return given, f"{given}|{parts[-1]}" if several else given, given
    return f"{given} {numeral}.", given, f"{given} {numeral}"


GERMAN_MARKS = re.compile(r"w|sch|tsch|j|ch")
ENGLISH_MARKS = re.compile(r"v|sh|zh|kh|y|ou|ts")


def german_form(names: set[str], canonical: str, country: str) -> str:
    """Prefer the German transliteration among the name forms of a person (Sergej Lawrow)."""
    if country not in TRANSLITERATED:
        return canonical
    size = len(canonical.split())
    candidates = [n for n in names if len(n.split()) == size and n.isascii() == canonical.isascii()]

    def score(name: str) -> tuple:
        low = name.lower()
        return (-len(ENGLISH_MARKS.findall(low)), len(GERMAN_MARKS.findall(low)),
                low.count("ej") + low.count("ij"), name == canonical, name)
    return max(candidates or [canonical], key=score)


def read_csv(path: Path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _merge_span(old: tuple[str, str], new: tuple[str, str]) -> tuple[str, str]:
    start = min(x for x in (old[0], new[0]) if x) if (old[0] or new[0]) else ""
    end = "" if (not old[1] or not new[1]) else max(old[1], new[1])
    return start, end


class Builder:
    def __init__(self, wikidata: Path, curated: Path, output: Path, names: NameWords):
        self.wikidata, self.curated, self.output, self.names = wikidata, curated, output, names
        self.persons: dict[str, dict] = {}
        self.offices: dict[tuple[str, str, str], dict] = {}
        self.name_index: dict[str, set[str]] = defaultdict(set)
        self.stats: Counter = Counter()
        self.curated_names: dict[str, str] = {}

    # -- Wikidata -------------------------------------------------------------------------------
    def read_wikidata(self) -> None:
        curated = {fold(f) for _, r in read_csv(self.curated / "persons.csv")
                   for f in [r.get("name", ""), *r.get("aliases", "").split("|")] if f}
        rows_by_id: dict[str, list[dict]] = defaultdict(list)
        for _, row in read_csv(self.wikidata):
            if not row["wikidata_id"] or not row["country"]:
                self.stats["dropped rows without QID or country"] += 1
                continue
            rows_by_id[row["wikidata_id"]].append(row)
        for qid, rows in rows_by_id.items():
            if all(AMBASSADOR.match(r["position"]) for r in rows) \
                    and not any(fold(r["name"]) in curated for r in rows):
                self.stats["dropped persons known only as ambassadors"] += 1
                continue
            names = {r["name"] for r in rows} | {rows[0]["canonical"]}
            national = Counter(r["country"] for r in rows if r["country"] not in IO_CODES
                               and not (r["position"] and SUBNATIONAL.search(r["position"])))
            country = (national.most_common(1)[0][0] if national else rows[0]["country"])
            canonical = rows[0]["canonical"]
            personal, surname = personal_name(canonical, self.names) or (canonical, "")
            if personal != canonical:  # `Alan West, Baron West of Spithead`: `Alan West`, surname `West`
                names = names | {personal}
                self.stats["labels with a title or suffix after a comma"] += 1
            person = {"actor_id": qid, "name": german_form(names, personal, country),
                      "names": names, "home_country": country, "actor_country": country,
                      "actor_type": "", "gender": "", "party": "", "surname": surname,
                      "source": "wikidata"}
            offices = set()
            for r in rows:
                key = office_key(r["country"], r["role"], r["position"])
                if key is None:
                    if r["position"]:
                        self.stats["dropped positions (sub-national, deputy/acting, other)"] += 1
                    continue
                offices.add(key)
                span = (r["start"], r["end"])
                slot = (key, qid, r["position"])
                if slot in self.offices:
                    old = self.offices[slot]
                    old["start"], old["end"] = _merge_span((old["start"], old["end"]), span)
                else:
                    self.offices[slot] = {"office_key": key, "actor_id": qid, "start": span[0],
                                          "end": span[1], "position": r["position"],
                                          "source": "wikidata"}
            io = [k.split(":")[0] for k in offices if k.split(":")[0] in IO_CODES]
            if io and not any(k.endswith((":judge",)) for k in offices):
                person["actor_country"] = io[0]
                person["actor_type"] = "io"
            elif offices:
                person["actor_type"] = "government"
            else:
                person["actor_type"] = "person"
            regnal = regnal_name(canonical) if any(k.endswith(":head_of_state") for k in offices) else None
            if regnal is not None:  # `Harald V of Norway`: `Harald V.`, later `Harald` (not `Norway`)
                person["name"], person["surname"] = regnal[0], regnal[1]
                names = person["names"] = names | {regnal[2]}
                self.stats["monarchs by given name and numeral"] += 1
            self.persons[qid] = person
            for name in names:
                self.name_index[fold(name)].add(qid)
        self.stats["wikidata persons"] = len(self.persons)

    # -- curated --------------------------------------------------------------------------------
    def read_curated_persons(self) -> None:
        path = self.curated / "persons.csv"
        for line, row in read_csv(path):
            if not row.get("name"):
                raise KnowledgeError(path, line, "empty name")
            aliases = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
            forms = [row["name"]] + aliases
            qid = row.get("actor_id", "")
            if not qid:
                home = row.get("home_country") or row.get("actor_country", "")
                hits = {q for f in forms for q in self.name_index.get(fold(f), ())}
                same = {q for q in hits if self.persons[q]["home_country"] == home
                        or self.persons[q]["actor_country"] == row.get("actor_country")}
                hits = same or hits
                if len(hits) > 1:
                    raise KnowledgeError(path, line, f"{row['name']!r} matches several Wikidata "
                                         f"persons ({', '.join(sorted(hits))}): give actor_id")
                qid = hits.pop() if hits else f"local:{_slug(row['name'])}"
            person = self.persons.get(qid)
            if person is None:
                person = {"actor_id": qid, "names": set(), "source": "curated", "gender": "",
                          "party": "", "surname": "", "actor_type": "person"}
                self.persons[qid] = person
                self.stats["curated persons not in Wikidata"] += 1
            else:
                person["source"] = "wikidata+curated" if person["source"] != "curated" else "curated"
                self.stats["curated persons merged with Wikidata"] += 1
            person["names"] = set(person["names"]) | set(forms)
            person["name"] = row["name"]
            for column in ("surname", "actor_country", "actor_type", "gender", "party"):
                if row.get(column):
                    person[column] = row[column]
            person["home_country"] = (row.get("home_country") or row.get("actor_country")
                                      or person.get("home_country", ""))
            if not person.get("actor_country"):
                raise KnowledgeError(path, line, "actor_country missing")
            for form in forms:
                self.name_index[fold(form)].add(qid)
                self.curated_names[fold(form)] = qid

    def read_curated_offices(self) -> None:
        path = self.curated / "offices.csv"
        curated_slots: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for line, row in read_csv(path):
            key, holder = row.get("office_key", ""), row.get("holder", "")
            if not key or not holder:
                raise KnowledgeError(path, line, "office_key and holder are required")
            for column in ("start", "end"):
                check_date(path, line, row.get(column, ""), column)
            qid = self.curated_names.get(fold(holder))
            if qid is None:
                hits = self.name_index.get(fold(holder), set())
                if len(hits) != 1:
                    raise KnowledgeError(path, line, f"holder {holder!r} "
                                         + ("is unknown: add it to data/knowledge/persons.csv"
                                            if not hits else f"is ambiguous ({', '.join(sorted(hits))})"))
                qid = next(iter(hits))
            curated_slots[(key, qid)].append({"office_key": key, "actor_id": qid,
                                              "start": row.get("start", ""), "end": row.get("end", ""),
                                              "position": row.get("note", ""), "source": "curated"})
        # A curated term replaces the Wikidata terms of the same office and person.
        for slot in [s for s in self.offices if (s[0], s[1]) in curated_slots]:
            del self.offices[slot]
            self.stats["wikidata terms replaced by curated ones"] += 1
        for (key, qid), terms in curated_slots.items():
            for i, term in enumerate(terms):
                self.offices[(key, qid, f"curated{i}")] = term
        self.stats["curated office terms"] = sum(len(t) for t in curated_slots.values())

    def finish_persons(self) -> None:
        genders = {fold(r["name"]): r["gender"] for _, r in read_csv(self.curated / "first_names.csv")}
        holders, curated_holders = defaultdict(set), set()
        for term in self.offices.values():
            holders[term["actor_id"]].add(term["office_key"])
            if term["source"] == "curated":
                curated_holders.add(term["actor_id"])
        for qid, person in self.persons.items():
            family_first = person.get("home_country") in FAMILY_FIRST and person["source"] == "wikidata"
            if not person["surname"]:
                person["surname"] = derive_surname(person["name"], self.names, family_first=family_first)
            if not person["gender"]:
                first = re.split(r"[\s-]", person["name"])[0]
                person["gender"] = "" if family_first else genders.get(fold(first), "")
                if person["gender"]:
                    self.stats["gender from first_names.csv"] += 1
            # a person typed `person` because Wikidata gives no office, with an office term curated here
            # (Rupprechter, Hendricks: ministers of 2013–17), holds that office as every curated holder does
            if (person["source"] != "wikidata" or qid in curated_holders) and person["actor_type"] == "person" \
                    and holders[qid]:
                person["actor_type"] = ("io" if any(k.split(":")[0] in IO_CODES for k in holders[qid])
                                        else "government")

    # -- output ---------------------------------------------------------------------------------
    def write(self) -> None:
        self.output.mkdir(parents=True, exist_ok=True)
        with open(self.output / "persons.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, PERSON_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for person in sorted(self.persons.values(), key=lambda p: (fold(p["name"]), p["actor_id"])):
                aliases = sorted({n for n in person["names"] if n != person["name"]}, key=lambda n: (fold(n), n))
                writer.writerow({**{c: person.get(c, "") for c in PERSON_COLUMNS},
                                 "aliases": "|".join(aliases)})
        names = {qid: p["name"] for qid, p in self.persons.items()}
        with open(self.output / "offices.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, OFFICE_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for term in sorted(self.offices.values(),
                               key=lambda t: (t["office_key"], t["start"] or "0", t["actor_id"])):
                writer.writerow({**term, "holder": names[term["actor_id"]]})

    def run(self) -> Counter:
        self.read_wikidata()
        self.read_curated_persons()
        self.read_curated_offices()
        self.finish_persons()
        self.write()
        self.stats["persons written"] = len(self.persons)
        self.stats["office terms written"] = len(self.offices)
        return self.stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wikidata", type=Path, required=True)
    parser.add_argument("--curated", type=Path, default=CURATED)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not args.wikidata.exists():
        print(f"{args.wikidata} not found (is SHARED set?)", file=sys.stderr)
        return 2
    try:
        names = NameWords.from_lexicons(load_lexicons(args.out.parent))  # german.csv beside knowledge/
    except LexiconError as error:
        print(f"lexicon error: {error}", file=sys.stderr)
        return 1
    try:
        stats = Builder(args.wikidata, args.curated, args.out, names).run()
        kb = KnowledgeBase.load(args.out.parent)
    except KnowledgeError as error:
        print(f"knowledge error: {error}", file=sys.stderr)
        return 1
    for key, value in stats.items():
        print(f"{key}: {value}")
    print(f"loaded: {kb.summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
