"""`PersonNouns`: which noun names one woman or one man, by its ending (german.csv person_suffix,
feminine_person_ending, age_noun, feminine_ending), the one answer the speaker rules, the
description resolver and the actor linker share."""

import shutil

import pytest

from pipeline.lexicons import default_lexicon_dir, load_lexicons
from pipeline.person_nouns import PersonNouns


@pytest.fixture(scope="module")
def nouns() -> PersonNouns:
    return PersonNouns.from_lexicons(load_lexicons())


@pytest.mark.parametrize("word", ["Ministerin", "Sprecherin", "Kanzlerin", "Präsidentin", "Journalistin",
                                  "Regierungschefin", "Sozialversicherungs-Chefin", "Gouverneurin",
                                  "Senatorin", "Ärztin", "Staatsanwältin", "Kollegin", "Politologin",
                                  "Kandidatin", "Autorin", "Staatssekretärin", "Landesrätin"])
def test_a_womans_noun_is_feminine_person(nouns, word):
    assert nouns.feminine_person(word)
    assert not nouns.masculine_person(word)


@pytest.mark.parametrize("word", ["Termin", "Berlin", "Benzin", "Disziplin", "Medizin", "Magazin",
                                  "Verein", "Ministerinnen", "Sprecherinnen", "Minister", "Zeitung"])
def test_no_womans_noun(nouns, word):
    """Nouns in `-in` that name no woman, the plural `-innen`, and a man's noun."""
    assert not nouns.feminine_person(word)


def test_a_known_person_needs_only_the_ending(nouns):
    """A roles.csv noun (`Oppositionsführerin` matched a role) is a woman by its `-in` alone;
    the plural is none."""
    assert nouns.feminine_person("Wahlsiegerin", person=True)
    assert nouns.feminine_person("Admiralin", person=True) and not nouns.feminine_person("Admiralin")
    assert not nouns.feminine_person("Ministerinnen", person=True)


@pytest.mark.parametrize("word", ["Minister", "Politiker", "Präsident", "Journalist", "Gouverneur",
                                  "SPD-Chef", "72-Jährige", "Moderator"])
def test_a_mans_noun_is_masculine_person(nouns, word):
    assert nouns.masculine_person(word)


@pytest.mark.parametrize("word", ["Ministerin", "Termin", "Parlament", "Zeitung", "Verein", "Politikerinnen"])
def test_no_mans_noun(nouns, word):
    """A woman's noun, a thing's (`Parlament`: german.csv non_person_ending), a feminine noun."""
    assert not nouns.masculine_person(word)


@pytest.mark.parametrize("word, feminine", [("Zeitung", True), ("Agentur", True), ("Ministerin", True),
                                            ("Regierung", True), ("Gouverneur", False), ("Redakteur", False),
                                            ("Minister", False), ("Verein", False), ("Termin", False)])
def test_feminine_noun(nouns, word, feminine):
    """`der` before a feminine noun is a dative or genitive: `der Zeitung`, `der Ministerin`; not
    `der Gouverneur`, whose `-ur` (german.csv feminine_ending) is a person's `-eur`."""
    assert nouns.feminine_noun(word) is feminine


def test_feminine_forms_come_from_german_csv(tmp_path):
    """`Ärztin` is a woman because german.csv lists `ärztin` as a feminine_person_ending."""
    target = tmp_path / "lexicons"
    shutil.copytree(default_lexicon_dir(), target)
    path = target / "german.csv"
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line != "ärztin,feminine_person_ending"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert not PersonNouns.from_lexicons(load_lexicons(target)).feminine_person("Tierärztin")
    assert PersonNouns.from_lexicons(load_lexicons()).feminine_person("Tierärztin")


def test_a_description_must_be_a_noun_of_a_person(tagged_nlp):
    """`die Kandidatin` names the last woman named, `der Politiker` the last man; `die Disziplin` and
    `der Verein` end in `-in` but name nobody (the old check took any `-in` as a person's noun)."""
    from pipeline.quotes.records import Speaker
    references = tagged_nlp.get_pipe("speaker_resolver").rules.references
    doc = tagged_nlp("Die Ministerin Eva Kranz und der Abgeordnete Jan Holm stritten in Graz. "
                     "Die Disziplin fehle, sagte die Kandidatin. Der Verein und der Politiker schwiegen.")
    for mention in doc.spans["actors"]:
        mention._.gender = "f" if mention._.actor == "Eva Kranz" else "m"
        mention._.actor_country = "AUT"
    def resolved(words: str) -> str:
        start = doc.text.index(words)
        return references.description_antecedent(doc, Speaker(words, start, start + len(words), words, "", "phrase")).actor
    assert resolved("die Kandidatin") == "Eva Kranz"
    assert resolved("der Politiker") == "Jan Holm"
    assert resolved("Die Disziplin") == "Die Disziplin"
    assert resolved("Der Verein") == "Der Verein"


def test_age_noun(nouns):
    """`der 72-Jährige`, `die 61-Jährige`: one person (german.csv age_noun); not the plural."""
    assert nouns.age_noun("72-Jährige") and nouns.age_noun("Jährige")
    assert not nouns.age_noun("72-Jährigen") and not nouns.feminine_person("61-Jährige")


@pytest.mark.parametrize("word, person", [("Sprecher", True), ("Journalist", True), ("Augenzeugin", True),
                                          ("Politikerinnen", True), ("Kritiker", True), ("Ärztinnen", True),
                                          ("Termin", False), ("Berlin", False), ("Immerhin", False),
                                          ("Engagement", False), ("Zeitung", False)])
def test_person_noun(nouns, word, person):
    """A noun of one person or of women, by its ending; not a word that only ends in `-in`."""
    assert nouns.person_noun(word) is person


@pytest.mark.parametrize("word, person", [("Ärzte", True), ("Tierärzten", True), ("Experten", True),
                                          ("Experte", True), ("Parteikollegen", True), ("Politologen", True),
                                          ("Anwälte", True), ("Arzt", False), ("Termine", False), ("Wälder", False),
                                          ("Winzer", False), ("Engagement", False)])
def test_stem_person(nouns, word, person):
    """A man's noun of persons on the stem of a listed feminine form (`Ärztin` → `Ärzte`, `Ärzten`;
    `Kollegin` → `Kollegen`, `Expertin` → `Experte`); not the stem alone, not a word without such a stem."""
    assert nouns.stem_person(word) is person


@pytest.mark.parametrize("word, person", [
    ("Referent", True), ("Referenten", True), ("Händlern", True), ("Politikerinnen", True),
    ("Termin", False), ("Terminen", False), ("Engagements", False), ("Zeitungen", False),
])
def test_declined_person(nouns, word, person):
    """A noun of persons also with a dative plural's `-n` or the weak declension's `-en` (`den Referenten`,
    `den Händlern`); not a thing whose stem no person's ending ends."""
    assert nouns.declined_person(word) is person


@pytest.mark.parametrize("word", ["Prozent", "Kontinent", "Patent"])
def test_a_thing_in_ent_is_no_mans_noun(nouns, word):
    """`Prozent`, `Kontinent`, `Patent` end in a person's `-ent` (`Präsident`) but name things
    (german.csv non_person_ending); `Referent` stays a person."""
    assert not nouns.masculine_person(word)
    assert nouns.masculine_person("Referent")
