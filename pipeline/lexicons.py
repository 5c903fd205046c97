"""Load and validate the editable lexicons in `data/lexicons/` (actors, roles, cues, issues …).

Lexicons are data, not code: users adapt the pipeline to another conflict by editing these
CSV files. Every entry is checked before any document is processed; a malformed entry raises
`LexiconError` naming the file and line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.verbforms import PrincipalParts, conjugate

CLAIM_TYPES = ("DEMAND", "CONCESSION", "REJECTION", "THREAT", "PROPOSAL", "AGREEMENT",
               "ACCUSATION", "STATEMENT")
# The same types, the most specific first: of several content cues, the claim takes the first type
# (a demand before the judgement it holds: `müssen so bestraft werden wie Hetze` is a DEMAND).
SPECIFIC_FIRST = ("REJECTION", "CONCESSION", "THREAT", "DEMAND", "ACCUSATION", "PROPOSAL", "AGREEMENT",
                  "STATEMENT")
assert sorted(SPECIFIC_FIRST) == sorted(CLAIM_TYPES)
CUE_KINDS = ("speech", "act", "source", "content", "noun", "participle")
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
BOILERPLATE_ACTIONS = ("drop", "drop_rest")
BOILERPLATE_WHERE = ("any", "head", "tail")
LEXICON_FILES = ("countries.csv", "actors.csv", "roles.csv", "cues.csv", "verbs.csv", "strong_verbs.csv",
                 "topics.csv", "issue_topics.csv", "domains.csv",
                 "issues.csv", "german.csv", "boilerplate.csv", "sources.csv", "months.csv", "cities.csv")
# The word classes of german.csv that the rules read (`Lexicons.word_class`, and all but the
# VERB_FORM_CLASSES as words that are no verb form); another class is reported as a typo.
WORD_CLASSES = frozenset({
    "respondent_word", "view_preposition", "observer_noun", "manner_participle", "adjective_ending", "adverb", "adverb_ending", "sentence_adverb", "anaphoric_object", "agent_noun", "research_team", "mission_noun", "placed_body_noun", "seat_body_noun", "question_noun", "question_preposition", "domestic_association", "domestic_office", "place_particle", "fused_preposition", "summit_noun", "meeting_noun", "treaty_noun", "place_title_word", "addressee_preposition", "addressed_actor_type", "accused_actor_type", "demanding_actor_type", "own_body_noun", "own_body_ending", "side_conduct_noun", "venue_preposition", "speech_channel", "channel_preposition", "channel_noun", "association_office", "backbench_office", "organisation_noun", "organisation_ending", "party_body", "party_branch_prefix", "business_noun", "io_office", "market_head", "authority_noun", "institution_noun", "court_noun", "state_body_noun", "site_noun", "club_word", "article", "attribute_preposition", "causal_noun", "comparison_particle", "decision_verb", "clause_speech_verb", "naming_participle", "instrument_verb", "result_verb", "result_correlate", "learning_verb", "finding_verb", "finding_particle", "auxiliary", "dative_article", "genitive_office", "regional_body", "state_office", "addressed_pronoun",
    "definite_article", "feminine_plural_article", "demonstrative_f", "demonstrative_m", "degree_correlate", "deontic", "first_person", "genitive", "genitive_article", "hedge", "holder_preposition",
    "hypothetical", "indefinite_article", "generic_party_word", "narrative_time_word", "interrogative", "finite_modal", "possibility_modal", "deadline_modal", "permission_modal", "werden_passive", "incident_participle", "force_noun", "dative_pronoun", "statement_noun", "inseparable_prefix", "interviewer_label", "kin_noun", "own_possessive", "researcher_noun", "company_role", "advice_verb", "dative_verb", "public_addressee", "speculation_opener", "estimate_adverb", "outcome_verb", "press_officer_noun", "administration_noun", "principal_office", "evaluative_word", "sport_role", "non_sport_role", "past_indicative", "police_noun", "statistics_office_noun", "source_clause_opener", "obligation_modal", "ki", "ki2", "month", "announcing_word", "announced_fact", "report_noun", "refusing_verb", "complying_verb", "female_kin_noun", "male_kin_noun", "genitive_relative",
    "past_in_e", "copula", "masculine_ending", "nominative_adjective_ending", "crowd_quantifier", "crowd_noun", "relative_subject", "opinion_noun", "aim_noun", "person_suffix", "feminine_person_ending", "non_person_ending", "collective_ending", "field_role", "field_institution", "political_field", "institution_preposition",
    "name_particle", "negation_canceller", "time_negator", "time_preposition", "time_determiner", "negation_correlative", "negated_exclusion", "negator", "nobody_pronoun", "non_speaker_noun", "not_content", "main_clause_conjunction", "not_verb_form", "object_article", "everyone_pronoun",
    "passive_auxiliary", "passive_speech", "possessive_f", "possessive_m", "preposition", "pronominal_adverb",
    "plural_quantifier", "plural_article", "pronoun_f", "pronoun_m", "object_pronoun_m", "nominative_pronoun", "judgement_word", "view_verb", "reaction_preposition", "position_object_preposition", "nominal_agent_preposition",
    "origin_preposition", "publication_marker", "quoting_verb", "relay_verb", "issuing_verb", "reply_word", "belief_verb", "forecast_verb", "forecast_noun", "conditional_auxiliary", "inquit_verb", "reportative", "seat_preposition", "sentence_starter", "heading_follower", "title_noun",
    "employer_preposition", "nominative_possessive", "separable_prefix", "source_noun", "state_source_noun", "speech_source", "time_noun", "verb_negator", "weak_negator", "topic_verb", "naming_predicate", "warning_verb", "ruling_verb", "communication_verb",
    "label_verb", "label_particle", "blame_label", "hostile_option", "occasion_preposition", "seeking_verb", "greeting_verb", "greeted_noun", "looming_verb", "looming_plural", "looming_definite", "looming_article", "wooing_verb", "voter_noun", "threat_preposition", "impersonal_source_preposition", "inviting_verb", "label_subject", "intent_modal", "wish_verb", "support_verb", "former_adjective", "former_prefix", "then_adjective", "candidate_noun", "future_adjective", "deputy_adjective", "deputy_prefix", "age_noun", "person_word", "lay_person_noun", "condition_opener", "conduct_noun", "grievance_noun", "otherwise_adverb", "count_preposition", "figure_word", "advice_modal", "summoning_stem", "summoning_particle", "praise_label", "intolerable_word", "unreal_obligation", "free_relative", "concessive_word", "open_question_word", "question_determiner", "separable_cue_particle", "particle_base_verb", "personal_word", "emphatic_self", "speaking_sector", "requirement_noun",
    # the knowledge builder's name words (pipeline/knowledge_build.py: surnames of Wikidata names)
    "bare_surname_particle", "name_suffix", "surname_article", "surname_particle", "foreign_name_link", "label_title",
    # the quote finder's clause words (pipeline/quotes/)
    "adverb_prefix", "agent_preposition", "medium_noun", "edition_noun", "media_noun", "medium_staff_noun", "feminine_ending", "masculine_body_noun", "present_participle_ending", "speaking_body_ending", "abstract_noun_ending", "ambiguous_prefix", "causative", "clause_opener", "cue_manner_noun", "colon_speech_noun", "interview_noun", "cue_object_noun", "reflexive_predicate", "verb_preposition", "non_speaker_preposition", "locative_preposition", "silence_negator", "company_legal_form", "complementizer", "contrast", "contrast_adverb", "reason_connector", "coordinator",
    "governing_article", "holder_article", "impersonal_pronoun", "infinitive_auxiliary", "list_conjunction", "list_opener", "notice_verb", "perfect_auxiliary", "reported_perfect_auxiliary",
    "plan_infinitive", "plan_modal", "scheduled_modal", "norm_marker", "subordinator", "future_auxiliary", "schedule_word", "modal_perfect_auxiliary", "modal_infinitive", "sein_participle", "past_copula", "necessity_adjective", "hearsay_marker", "hearsay_modal", "rule_preposition", "rule_noun",
    "nominative_article", "non_report_opener", "non_rest_opener", "speech_rest_opener", "purpose_opener", "adverbial_subordinator", "additive_connector", "likewise_adverb", "pending_modal", "pending_adverb", "pending_exception", "relative_pronoun", "narrative_relative", "prefield_attribute_preposition", "resumptive_word", "contrasted_subject_adverb", "stance_for_preposition", "stance_against_preposition", "circles_infinitive", "circles_ending", "region_circles", "rival_report_opener", "tense_auxiliary", "text_preposition", "text_adverb", "embedded_clause_mark", "reciprocal_verb", "object_only_preposition",
    # the claim coder's words that take up a position named before (ClaimCoder.refers_back)
    "position_noun", "referring_determiner", "referring_pronoun", "new_position_follower"})
# Classes whose words may still be verb forms (or are no words: adjective endings, inseparable
# prefixes, parts of names such as `bin` or `Jr.`, `veröffentlicht` of a date line); the words of
# every other class are no verb form of a cue verb.
VERB_FORM_CLASSES = ("ki", "ki2", "possibility_modal", "past_in_e", "past_indicative", "incident_participle", "auxiliary", "perfect_auxiliary", "reported_perfect_auxiliary", "notice_verb", "tense_auxiliary", "causative", "infinitive_auxiliary", "separable_prefix", "adjective_ending",
                     "inseparable_prefix", "name_particle", "surname_particle", "bare_surname_particle", "foreign_name_link",
                     "surname_article", "name_suffix", "label_title", "publication_marker", "warning_verb", "dative_verb", "view_verb", "plan_infinitive", "plan_modal", "label_verb", "seeking_verb", "future_auxiliary", "decision_verb", "clause_speech_verb", "naming_participle", "instrument_verb", "result_verb", "learning_verb", "finding_verb", "greeting_verb", "looming_verb", "reciprocal_verb", "looming_plural", "wooing_verb", "inviting_verb", "intent_modal", "wish_verb", "support_verb", "belief_verb", "relay_verb", "issuing_verb", "forecast_verb", "particle_base_verb", "inquit_verb", "outcome_verb", "announcing_word", "topic_verb", "advice_verb", "refusing_verb", "complying_verb",
                     "evaluative_word", "statement_noun", "source_noun", "ruling_verb", "manner_participle", "communication_verb",
                     "negated_exclusion", "circles_infinitive")
# (`hoffen`, a `hedge`, stays no verb form of its own: `Bleibt zu hoffen, dass …` is the author's idiom)
# Columns a hand-edited lexicon (LEXICON_FILES) may have besides its required ones; `note` (a comment)
# is allowed in every one. Generated files (knowledge/) are not checked for extra columns.
OPTIONAL_COLUMNS = {"months.csv": ("variants",), "actors.csv": ("role", "actor_type"), "roles.csv": ("gender", "actor_type"), "issues.csv": ("generic", "excludes"),
                    "cues.csv": ("negated_type", "speaker_side", "excludes", "requires"), "verbs.csv": ("negated_type", "requires", "excludes")}


# The codebook's actor types (roles.csv, the knowledge base).
ACTOR_TYPES = ("state", "government", "parliament", "party", "person", "organisation", "ngo",
               "court", "io", "media", "expert", "public")


class LexiconError(ValueError):
    """A lexicon entry that cannot be used; the message names file and line (line 0: the whole file or
    folder, named without a line)."""

    def __init__(self, path: Path, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path, self.line = path, line


@dataclass(frozen=True)
class Country:
    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    prefixes: tuple[str, ...]
    government: str


@dataclass(frozen=True)
class ActorEntry:
    pattern: str
    actor: str
    country: str
    label: str
    role: str
    actor_type: str = ""  # the codebook's type of a person whose office outlasts the news it meets (`Peskow`: government)


@dataclass(frozen=True)
class RoleEntry:
    regex: re.Pattern
    role: str
    country: str
    gender: str
    actor_type: str = ""  # the codebook's type of whoever the noun names (`Politologe`: expert)


@dataclass(frozen=True)
class Cue:
    kind: str
    regex: re.Pattern
    particle: re.Pattern | None
    claim_type: str
    polarity: int
    negated_type: str
    speaker_side: str
    note: str
    # words the clause must also have, each matching one of its words (`für` in `sprach sich … für … aus`;
    # `lobende` and `Worte` in `fand lobende Worte`: `&` between them in verbs.csv)
    requires: tuple[re.Pattern, ...] = ()
    excludes: re.Pattern | None = None  # a word the clause must not have (`sich` in `befanden sich`)


@dataclass(frozen=True)
class IssueRule:
    issue: str
    regex: re.Pattern
    generic: bool = False
    # a word that gives the keywords another sense in the same text (`Sanktionen` for parents or pupils: no
    # sanctions between states); None: every keyword counts
    excludes: re.Pattern | None = None


@dataclass(frozen=True)
class BoilerplateRule:
    regex: re.Pattern
    action: str
    where: str
    note: str


@dataclass
class Lexicons:
    """All lexicons of one run, validated; `fingerprint` changes whenever any file changes."""

    directory: Path
    countries: dict[str, Country]
    actors: list[ActorEntry]
    roles: list[RoleEntry]
    cues: list[Cue]
    issues: list[IssueRule]
    words: dict[str, frozenset[str]]
    boilerplate: list[BoilerplateRule]
    sources: list[tuple[re.Pattern, str]]
    months: dict[str, int] = field(default_factory=dict)  # lower-case month name or variant → 1 … 12
    month_names: tuple[str, ...] = ()  # the twelve names as written (`Januar` … `Dezember`)
    fingerprint: str = ""
    country_codes: frozenset[str] = field(default_factory=frozenset)
    cities: dict[str, str] = field(default_factory=dict)  # lower-case town (no capital) → its country

    def cues_of(self, kind: str) -> list[Cue]:
        return [cue for cue in self.cues if cue.kind == kind]

    def word_class(self, name: str) -> frozenset[str]:
        """The words of a class of german.csv; a name the rules do not know is a programming error."""
        if name not in WORD_CLASSES:
            raise KeyError(f"unknown word class {name!r}: add it to WORD_CLASSES and german.csv")
        return self.words.get(name, frozenset())


PACKAGED_LEXICONS = Path(__file__).resolve().parent / "lexicons_data"  # data/lexicons, inside a wheel


def default_lexicon_dir() -> Path:
    """`data/lexicons` of the working directory if present, else the checkout's own, else the copy
    installed with the package (`pipeline/lexicons_data`)."""
    local = Path.cwd() / "data" / "lexicons"
    if local.is_dir():
        return local
    checkout = Path(__file__).resolve().parent.parent / "data" / "lexicons"
    if checkout.is_dir() or not PACKAGED_LEXICONS.is_dir():
        return checkout
    return PACKAGED_LEXICONS


def _text(path: Path) -> str:
    """The file as UTF-8 text, or LexiconError naming the line of the first byte that is not UTF-8."""
    if not path.exists():
        raise LexiconError(path, 0, "lexicon file is missing")
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise LexiconError(path, line, f"not valid UTF-8 (byte 0x{data[error.start]:02x}); save the file as "
                                       "UTF-8") from None


def run_on_quote(values: Iterable, start: int, end: int) -> str:
    """What is wrong with a CSV row read from lines `start` to `end` whose value runs over lines (a quote
    left open swallows the rows after it), else ''."""
    if end > start and any(isinstance(value, str) and ("\n" in value or "\r" in value) for value in values):
        return (f'a quote (") opened in this row runs on to line {end}: lines {start}-{end} were read as one '
                'value; close the quote (one inside a quoted value is written "")')
    return ""


def _rows(path: Path, required: tuple[str, ...]):
    """Yield (line number, row) of a CSV lexicon, checking that its header has `required` and no
    unknown column, that no row has more fields than the header and that no value runs over lines
    (a quote left open swallows the rows after it)."""
    reader = csv.DictReader(io.StringIO(_text(path), newline=""))
    header = reader.fieldnames or []
    missing = [c for c in required if c not in header]
    if missing:
        raise LexiconError(path, 1, f"header lacks column(s) {', '.join(missing)}")
    allowed = set(required) | set(OPTIONAL_COLUMNS.get(path.name, ())) | {"note"}
    unknown = [c for c in header if c not in allowed]
    if unknown and path.name in LEXICON_FILES:
        raise LexiconError(path, 1, f"unknown column(s) {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})")
    end = reader.line_num
    for row in reader:
        start, end = end + 1, reader.line_num
        problem = run_on_quote(row.values(), start, end)
        if problem:
            raise LexiconError(path, start, problem)
        if None in row:
            raise LexiconError(path, reader.line_num, f"{len(row[None])} field(s) more than the header has "
                                                      "(a separator inside a value? quote it)")
        if not any((value or "").strip() for value in row.values()):
            continue
        yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def _compile(path: Path, line: int, pattern: str, flags: int = 0) -> re.Pattern:
    if not pattern:
        raise LexiconError(path, line, "empty pattern")
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        raise LexiconError(path, line, f"invalid regular expression {pattern!r}: {error}") from None


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _load_countries(path: Path) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for line, row in _rows(path, ("code", "name", "adjective", "demonym", "capital", "prefix",
                                  "government")):
        code = row["code"]
        if not re.fullmatch(r"[A-Z]{2,4}", code):
            raise LexiconError(path, line, f"country code {code!r} is not 2-4 capital letters")
        if code in countries:
            raise LexiconError(path, line, f"country code {code} defined twice")
        countries[code] = Country(code, _split(row["name"]), _split(row["adjective"]),
                                  _split(row["demonym"]), _split(row["capital"]),
                                  _split(row["prefix"]), row["government"] or code)
    return countries


def _check_country(path: Path, line: int, code: str, codes: frozenset[str], allow_empty: bool):
    if not code and allow_empty:
        return
    if code not in codes:
        raise LexiconError(path, line, f"unknown country code {code!r} (not in countries.csv, "
                                       "and not OTHER)")


def _load_cities(path: Path, codes: frozenset[str]) -> dict[str, str]:
    """cities.csv: towns that are no capital → their country (where a dateline or a person's origin
    lies; a town never speaks for a government). A folder without the file has none."""
    cities: dict[str, str] = {}
    if not path.exists():
        return cities
    for line, row in _rows(path, ("city", "country")):
        _check_country(path, line, row["country"], codes, allow_empty=False)
        cities[row["city"].lower()] = row["country"]
    return cities


def _load_actors(path: Path, codes: frozenset[str]) -> list[ActorEntry]:
    actors, seen = [], {}
    for line, row in _rows(path, ("pattern", "actor", "actor_country", "label")):
        if not row["pattern"]:
            raise LexiconError(path, line, "empty pattern")
        if not row["actor"]:
            raise LexiconError(path, line, "empty actor")
        _check_country(path, line, row["actor_country"], codes, allow_empty=False)
        if row["label"] not in ENTITY_LABELS:
            raise LexiconError(path, line, f"label {row['label']!r} is not one of {ENTITY_LABELS}")
        key = row["pattern"]
        if key in seen and seen[key][0] != row["actor"]:
            raise LexiconError(path, line, f"pattern {key!r} already maps to actor {seen[key][0]!r} "
                                           f"(line {seen[key][1]})")
        seen[key] = (row["actor"], line)
        actor_type = row.get("actor_type") or ""
        if actor_type and actor_type not in ACTOR_TYPES:
            raise LexiconError(path, line, f"actor_type {actor_type!r} is not one of {ACTOR_TYPES}")
        if actor_type and not row.get("role"):  # (the ruler's id would hold `||`, spaCy's label separator)
            raise LexiconError(path, line, f"actor_type {actor_type!r} needs a role (`IWF`: Währungsfonds)")
        actors.append(ActorEntry(key, row["actor"], row["actor_country"], row["label"],
                                 row.get("role", ""), actor_type))
    return actors


def _load_roles(path: Path, codes: frozenset[str]) -> list[RoleEntry]:
    roles = []
    for line, row in _rows(path, ("pattern", "role", "actor_country")):
        _check_country(path, line, row["actor_country"], codes, allow_empty=True)
        actor_type = row.get("actor_type") or ""
        if actor_type and actor_type not in ACTOR_TYPES:
            raise LexiconError(path, line, f"actor_type {actor_type!r} is not one of {ACTOR_TYPES}")
        roles.append(RoleEntry(_compile(path, line, row["pattern"]), row["role"],
                               row["actor_country"], row.get("gender", "m") or "m", actor_type))
    return roles


def _check_claim_fields(path: Path, line: int, row: dict) -> None:
    """claim_type, negated_type and polarity of a cue row."""
    for column in ("claim_type", "negated_type"):
        value = row.get(column, "")
        if (value or column == "claim_type") and value not in CLAIM_TYPES:
            raise LexiconError(path, line, f"{column} {value!r} is not one of {CLAIM_TYPES}")
    if row["polarity"] not in ("1", "0", "-1"):
        raise LexiconError(path, line, f"polarity {row['polarity']!r} is not 1, 0 or -1")


def _load_cues(path: Path) -> list[Cue]:
    cues = []
    for line, row in _rows(path, ("kind", "cue", "particle", "claim_type", "polarity")):
        if row["kind"] not in CUE_KINDS:
            raise LexiconError(path, line, f"kind {row['kind']!r} is not one of {CUE_KINDS}")
        if not row["cue"]:
            raise LexiconError(path, line, "empty cue")
        _check_claim_fields(path, line, row)
        pattern = row["cue"] if row["kind"] == "content" else f"(?:{row['cue']})"
        regex = _compile(path, line, pattern, re.IGNORECASE)
        particle = _compile(path, line, f"(?:{row['particle']})", re.IGNORECASE) if row["particle"] else None
        # a word of the clause that gives the verb another sense (`ins Ministerium zitiert`: a summons)
        excludes = _compile(path, line, f"(?:{row['excludes']})", re.IGNORECASE) if row.get("excludes") else None
        # words the verb's clause must also have (`sich` and `sicher` in `ist sich sicher`), as in verbs.csv
        requires = _required_words(path, line, row.get("requires", ""))
        cues.append(Cue(row["kind"], regex, particle, row["claim_type"],
                        int(row["polarity"]), row.get("negated_type", ""),
                        row.get("speaker_side", ""), row.get("note", ""), requires=requires, excludes=excludes))
    return cues


def _load_strong_verbs(path: Path) -> dict[str, PrincipalParts]:
    strong = {}
    for line, row in _rows(path, ("infinitive", "present_3sg", "past", "participle")):
        if not all(row[c] for c in ("infinitive", "present_3sg", "past", "participle")):
            raise LexiconError(path, line, "infinitive, present_3sg, past and participle must all be given")
        strong[row["infinitive"].lower()] = PrincipalParts(row["infinitive"].lower(), row["present_3sg"].lower(),
                                                           row["past"].lower(), row["participle"].lower())
    return strong


def _forms_regex(forms: frozenset[str]) -> re.Pattern:
    return re.compile("(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + ")", re.IGNORECASE)


def _load_verbs(path: Path, strong: dict[str, PrincipalParts], not_verbs: frozenset[str],
                separable: frozenset[str], inseparable: frozenset[str]) -> list[Cue]:
    """Cues from verb lemmas: each lemma gives its finite forms (with the separable particle as a
    second word) and its joined forms (`zurückgewiesen`, `zurückzuweisen`) as cues."""
    cues = []
    for line, row in _rows(path, ("lemma", "kind", "claim_type", "polarity")):
        if row["kind"] not in ("speech", "act"):
            raise LexiconError(path, line, f"kind {row['kind']!r} is not speech or act")
        _check_claim_fields(path, line, row)
        if not re.fullmatch(r"(?:[a-zäöüß]+\|)?[a-zäöüß]+", row["lemma"]):
            raise LexiconError(path, line, f"lemma {row['lemma']!r} must be an infinitive, a separable "
                                           "particle marked with | (zurück|weisen)")
        forms = conjugate(row["lemma"], strong, separable, inseparable)
        requires = _required_words(path, line, row.get("requires", ""))
        excludes = _compile(path, line, f"(?:{row['excludes']})", re.IGNORECASE) if row.get("excludes") else None
        particle = _compile(path, line, re.escape(forms.particle), re.IGNORECASE) if forms.particle else None
        common = (row["kind"], row["claim_type"], int(row["polarity"]), row.get("negated_type", ""), "",
                  row.get("note", "") or row["lemma"])
        finite = forms.finite - not_verbs
        cues.append(Cue(common[0], _forms_regex(finite), particle, *common[1:], requires=requires, excludes=excludes))
        if forms.joined:
            cues.append(Cue(common[0], _forms_regex(forms.joined), None, *common[1:], requires=requires,
                            excludes=excludes))
    return cues


def _required_words(path: Path, line: int, field: str) -> tuple[re.Pattern, ...]:
    """The words a verb cue's clause must have: `&` between word patterns that must all be there
    (`scharfe|harsche & Worte`), `|` between the alternatives of one word."""
    if not field:
        return ()
    words = [word.strip() for word in field.split("&")]
    if not all(words):
        raise LexiconError(path, line, f"requires {field!r} has an empty word between '&'")
    return tuple(_compile(path, line, f"(?:{word})", re.IGNORECASE) for word in words)


def _load_issues(path: Path) -> list[IssueRule]:
    rules = []
    for line, row in _rows(path, ("issue", "pattern")):
        if not re.fullmatch(r"[A-Z][A-Z_]*", row["issue"]):
            raise LexiconError(path, line, f"issue {row['issue']!r} must be an UPPER_CASE code")
        if row.get("generic", "no") not in ("yes", "no", ""):
            raise LexiconError(path, line, f"generic must be yes or no, not {row['generic']!r}")
        excludes = _compile(path, line, rf"\b(?:{row['excludes']})", re.IGNORECASE) if row.get("excludes") else None
        rules.append(IssueRule(row["issue"], _compile(path, line, row["pattern"], re.IGNORECASE),
                               row.get("generic") == "yes", excludes))
    return rules


def _load_words(path: Path) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = defaultdict(set)
    for line, row in _rows(path, ("word", "class")):
        if not row["word"] or not row["class"]:
            raise LexiconError(path, line, "word and class must both be given")
        if row["class"] not in WORD_CLASSES:
            raise LexiconError(path, line, f"unknown word class {row['class']!r} (known: "
                                           f"{', '.join(sorted(WORD_CLASSES))})")
        words[row["class"]].add(row["word"].lower())
    return {name: frozenset(values) for name, values in words.items()}


def load_months(path: Path) -> tuple[tuple[str, ...], dict[str, int]]:
    """months.csv: the twelve month names (as written) and every name and variant (lower case) → number."""
    names: dict[int, str] = {}
    numbers: dict[str, int] = {}
    for line, row in _rows(path, ("month", "name")):
        if not row["month"].isdigit() or not 1 <= int(row["month"]) <= 12:
            raise LexiconError(path, line, f"month {row['month']!r} is not a number from 1 to 12")
        month = int(row["month"])
        if month in names:
            raise LexiconError(path, line, f"month {month} is listed twice")
        if not row["name"]:
            raise LexiconError(path, line, "empty name")
        names[month] = row["name"]
        for word in (row["name"], *_split(row.get("variants", ""))):
            numbers.setdefault(word.lower(), month)
    if sorted(names) != list(range(1, 13)):
        raise LexiconError(path, 0, f"months missing: {sorted(set(range(1, 13)) - set(names))}")
    return tuple(names[month] for month in range(1, 13)), numbers


def _load_boilerplate(path: Path) -> list[BoilerplateRule]:
    rules = []
    for line, row in _rows(path, ("pattern", "action", "where")):
        if row["action"] not in BOILERPLATE_ACTIONS:
            raise LexiconError(path, line, f"action {row['action']!r} is not one of {BOILERPLATE_ACTIONS}")
        if row["where"] not in BOILERPLATE_WHERE:
            raise LexiconError(path, line, f"where {row['where']!r} is not one of {BOILERPLATE_WHERE}")
        rules.append(BoilerplateRule(_compile(path, line, row["pattern"]), row["action"],
                                     row["where"], row.get("note", "")))
    return rules


def lexicon_files(directory: Path) -> dict[str, bytes]:
    """The lexicon files of a folder by relative path (the knowledge base's under knowledge/): what
    the pipeline carries and the fingerprint covers."""
    knowledge = sorted(p.relative_to(directory).as_posix() for p in (directory / "knowledge").glob("*.csv"))
    return {name: (directory / name).read_bytes() for name in (*LEXICON_FILES, *knowledge)
            if (directory / name).exists()}


def files_fingerprint(files: dict[str, bytes]) -> str:
    """The lexicons' hash: every file's name and bytes (a missing file counts as empty)."""
    digest = hashlib.sha256()
    knowledge = sorted(name for name in files if name.startswith("knowledge/"))
    for name in (*LEXICON_FILES, *knowledge):
        digest.update(name.encode())
        digest.update(files.get(name, b""))
    return digest.hexdigest()


def _fingerprint(directory: Path) -> str:
    return files_fingerprint(lexicon_files(directory))


def load_lexicons(directory: Path | None = None) -> Lexicons:
    """Load every lexicon file of `directory`, raising `LexiconError` on the first bad entry."""
    directory = Path(directory) if directory else default_lexicon_dir()
    if not directory.is_dir():
        raise LexiconError(directory, 0, "lexicon folder not found")
    countries = _load_countries(directory / "countries.csv")
    codes = frozenset(countries) | {"OTHER"}
    issues = _load_issues(directory / "issues.csv")
    sources = [(_compile(directory / "sources.csv", line, row["pattern"]), row["outlet"])
               for line, row in _rows(directory / "sources.csv", ("pattern", "outlet"))]
    words = _load_words(directory / "german.csv")
    month_names, months = load_months(directory / "months.csv")
    # a month name, like `jahrhundert`, continues a sentence after an ordinal (`am 18. Februar`)
    words["month"] = words.get("month", frozenset()) | {name.lower() for name in month_names}
    function_words = frozenset().union(*(v for k, v in words.items() if k not in VERB_FORM_CLASSES))
    verbs = _load_verbs(directory / "verbs.csv", _load_strong_verbs(directory / "strong_verbs.csv"),
                        function_words, words.get("separable_prefix", frozenset()),
                        words.get("inseparable_prefix", frozenset()))
    return Lexicons(
        directory=directory,
        countries=countries,
        actors=_load_actors(directory / "actors.csv", codes),
        roles=_load_roles(directory / "roles.csv", codes),
        cues=_load_cues(directory / "cues.csv") + verbs,
        issues=issues,
        words=words,
        boilerplate=_load_boilerplate(directory / "boilerplate.csv"),
        sources=sources,
        months=months,
        month_names=month_names,
        fingerprint=_fingerprint(directory),
        country_codes=codes,
        cities=_load_cities(directory / "cities.csv", codes),
    )


# german.csv classes of parts of words or of names, no word of their own (`Van der Bellen`, `-lich`)
NAME_PART_CLASSES = ("name_particle", "surname_particle", "bare_surname_particle", "surname_article", "name_suffix",
                     "foreign_name_link", "label_title")


def common_words(lexicons: Lexicons) -> frozenset[str]:
    """Every word german.csv lists, but endings, prefixes and parts of names: a common word, no name."""
    return frozenset().union(*(words for name, words in lexicons.words.items()
                               if not name.endswith(("_ending", "_suffix", "_prefix")) and name not in NAME_PART_CLASSES))


def alternation(words: frozenset[str]) -> str:
    """A regex alternation of words, the longest first (`keinen` before `kein`); of no words, one
    that matches nothing."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


def schedule_pattern(lexicons: Lexicons, calendar_only: bool = False) -> re.Pattern:
    """A date or deadline in a text: german.csv schedule_word or a month (`heuer`, `im Herbst`, `Juni`),
    `am`/`ab`/`bis` with `Ende`, `Anfang`, `Mitte` or a time_noun (`bis Ende`, `am Montag`), a year (`2017`).
    `calendar_only` leaves out the schedule words, which also say how soon (`bald`, `demnächst`)."""
    words = lexicons.word_class("month") | (set() if calendar_only else lexicons.word_class("schedule_word"))
    return re.compile(
        r"\b(?:" + alternation(words) + r")\b"
        r"|\b(?:am|ab|bis) (?:(?:ende|anfang|mitte) |(?:" + alternation(lexicons.word_class("time_noun"))
        + r")\b)|\b20\d\d\b", re.I)


def common_noun_by_lexicons(lexicons: Lexicons) -> Callable[[str], bool]:
    """Whether a capitalised word is a common noun by the lexicons, no person's name: an issue keyword
    (issues.csv) matches it from its start to at most an inflection's three letters before its end
    (`Neuwahlen`, `Sanktionen`), or it ends in an abstract noun's ending after a stem of at least five
    letters (german.csv abstract_noun_ending, also plural in -en: `Steuersenkungen`, `Blockadehaltung`;
    not a surname like `Jung`, `Hartung`). Remembered per word."""
    endings = tuple(sorted(lexicons.word_class("abstract_noun_ending")))
    issues = [rule.regex for rule in lexicons.issues]

    def common_noun(word: str) -> bool:
        lower = word.lower()
        stem = lower[:-2] if lower.endswith("en") else lower
        if stem.endswith(endings) and len(stem) >= 9:
            return True
        return any((found := regex.match(lower)) is not None and found.end() >= len(lower) - 3 for regex in issues)

    return lru_cache(maxsize=65_536)(common_noun)


def only_past_indicative(lexicons: Lexicons) -> Callable[[str], bool]:
    """Whether a word is a form that is only the past indicative (`war`, `kam`, `bekamen`, `hattest`;
    german.csv `past_indicative`, also after an inseparable prefix), unlike a weak past, which may be a
    present (`ich arbeite`, `wir halten`) or a Konjunktiv II standing in for I (`verdienten`)."""
    in_forms = _prefixed_forms(lexicons, {form + end for form in lexicons.word_class("past_indicative")
                                          for end in ("", "st", "t", "n" if form.endswith("e") else "en")})

    def only_past(word: str) -> bool:
        return in_forms(word.lower())
    return lru_cache(maxsize=65_536)(only_past)  # (asked of every word in `-e` of a sentence that may go on speaking)


def konjunktiv_i_reader(lexicons: Lexicons) -> Callable[[str], bool]:
    """Whether a lower-case word is a Konjunktiv I form of german.csv `ki` (`sei`, `hänge`), also after an
    inseparable prefix (german.csv `inseparable_prefix`: `verwerte`, `erarbeite`, `bekomme`), which keeps
    the stem. Readers ask it of words written in lower case: `Gesetze`, `Berufe` are the nouns the prefixed
    forms spell."""
    return lru_cache(maxsize=65_536)(_prefixed_forms(lexicons, lexicons.word_class("ki")))


def _prefixed_forms(lexicons: Lexicons, forms: Set[str]) -> Callable[[str], bool]:
    """Whether a lower-case word is one of `forms`, also after an inseparable prefix (german.csv
    `inseparable_prefix`: `bekamen`, `verwerte`), which keeps the stem's form."""
    prefixes = tuple(sorted(lexicons.word_class("inseparable_prefix")))

    def in_forms(word: str) -> bool:
        return word in forms or any(word.startswith(prefix) and word[len(prefix):] in forms for prefix in prefixes)
    return in_forms
