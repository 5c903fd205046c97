import shutil

import pytest

from pipeline.lexicons import LexiconError, load_lexicons
from pipeline.lexicons import default_lexicon_dir


@pytest.fixture()
def lexicon_copy(tmp_path):
    target = tmp_path / "lexicons"
    shutil.copytree(default_lexicon_dir(), target)
    return target


def append(path, line):
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def test_shipped_lexicons_are_valid():
    lexicons = load_lexicons()
    assert lexicons.actors and lexicons.cues and lexicons.issues


@pytest.mark.parametrize("file, line, message", [
    ("actors.csv", "Scholz,Olaf Scholz,DDR,PER,Kanzler", "unknown country code 'DDR'"),
    ("actors.csv", ",Niemand,DEU,PER,", "empty pattern"),
    ("actors.csv", "Putin,Wladimir Wladimirowitsch,RUS,PER,", "already maps to actor 'Wladimir Putin'"),
    ("cues.csv", "act,fordert(,,DEMAND,1,,,kaputt", "invalid regular expression"),
    ("cues.csv", "act,bittet,,BITTE,1,,,", "claim_type 'BITTE'"),
    ("roles.csv", "^Kaiser$,Kaiser,XXX,m", "unknown country code 'XXX'"),
])
def test_malformed_entries_name_file_and_line(lexicon_copy, file, line, message):
    path = lexicon_copy / file
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    append(path, line)
    with pytest.raises(LexiconError) as error:
        load_lexicons(lexicon_copy)
    assert message in str(error.value)
    assert f"{file}:{n_lines + 1}:" in str(error.value)


@pytest.mark.parametrize("file, change, message, line", [
    ("german.csv", lambda t: t + "sagen,verbb\n", "unknown word class 'verbb'", "last"),
    ("cues.csv", lambda t: t + "speech,,,STATEMENT,0,,,\n", "empty cue", "last"),
    ("actors.csv", lambda t: t + "Scholz,Olaf Scholz,DEU,PER,Kanzler,government,extra\n", "1 field(s) more than the header",
     "last"),
    ("sources.csv", lambda t: t.replace("pattern,outlet", "pattern,outlet,land", 1), "unknown column(s) land", 1),
    ("german.csv", lambda t: t + "und,coordinatorr\n", "unknown word class 'coordinatorr'", "last"),
    ("months.csv", lambda t: t + "13,Brumaire,\n", "month '13' is not a number from 1 to 12", "last"),
    ("months.csv", lambda t: t + "5,Wonnemond,\n", "month 5 is listed twice", "last"),
])
def test_lexicon_checker_is_strict(lexicon_copy, file, change, message, line):
    path = lexicon_copy / file
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    if line == "last":
        line = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(LexiconError) as error:
        load_lexicons(lexicon_copy)
    assert message in str(error.value) and f"{file}:{line}:" in str(error.value)


def test_a_lexicon_that_is_not_utf8_names_file_and_line(lexicon_copy):
    path = lexicon_copy / "actors.csv"
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    path.write_bytes(path.read_bytes() + "Schröder,Gerhard Schröder,DEU,PER,\n".encode("latin-1"))
    with pytest.raises(LexiconError) as error:
        load_lexicons(lexicon_copy)
    assert str(error.value) == f"{path}:{n_lines + 1}: not valid UTF-8 (byte 0xf6); save the file as UTF-8"


def test_every_word_class_the_rules_read_is_in_german_csv():
    """A class the code asks for that german.csv lacks would silently switch a rule off."""
    from pipeline.lexicons import WORD_CLASSES

    lexicons = load_lexicons()
    assert {name for name in WORD_CLASSES if not lexicons.word_class(name)} == set()
    with pytest.raises(KeyError, match="unknown word class"):
        lexicons.word_class("coordinatorr")


def test_month_names_are_defined_once_in_months_csv():
    from pipeline.dates import read_date

    lexicons = load_lexicons()
    assert lexicons.month_names[0] == "Januar" and lexicons.months["jänner"] == 1 and lexicons.months["sept"] == 9
    assert {"januar", "dezember", "jahrhundert"} <= lexicons.word_class("month")
    assert read_date("3. Jänner 2025").iso == "2025-01-03"


def test_every_cue_of_sich_einigen_is_silent_when_negated():
    # `einigten sich nicht`: no agreement was reached, and no proposal was refused (the codebook's
    # REJECTION); cues.csv and verbs.csv must agree that the negation leaves no claim
    lexicons = load_lexicons(default_lexicon_dir())
    einigen = [cue for cue in lexicons.cues_of("act") if cue.regex.fullmatch("einigten")]
    assert einigen and all(cue.negated_type == "" for cue in einigen)


def test_an_actor_type_in_actors_csv_must_be_a_codebook_type(lexicon_copy):
    path = lexicon_copy / "actors.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Niemand Beispiel,Niemand Beispiel,DEU,PER,Kanzler,minister\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match="actor_type 'minister'"):
        load_lexicons(lexicon_copy)


def test_an_actor_type_in_actors_csv_needs_a_role(lexicon_copy):
    """An actors.csv row with a type but no role would give the EntityRuler an id with `||`, spaCy's
    separator of label and id, so the saved ruler splits it wrongly: the lexicon refuses it."""
    path = lexicon_copy / "actors.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Beispielfonds,Beispielfonds,OTHER,ORG,,io\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match="needs a role"):
        load_lexicons(lexicon_copy)
    path.write_text(path.read_text(encoding="utf-8").replace("ORG,,io", "ORG,Fonds,io"), encoding="utf-8")
    assert any(a.actor == "Beispielfonds" and a.actor_type == "io" for a in load_lexicons(lexicon_copy).actors)
