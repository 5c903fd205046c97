import shutil

import pytest

from pipeline.lexicons import LexiconError, load_lexicons
from pipeline.lexicons import default_lexicon_dir
from tests.conftest import append_row


@pytest.fixture()
def lexicon_copy(tmp_path):
    target = tmp_path / "lexicons"
    shutil.copytree(default_lexicon_dir(), target)
    return target


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
    number = append_row(lexicon_copy / file, line)
    with pytest.raises(LexiconError) as error:
        load_lexicons(lexicon_copy)
    assert message in str(error.value)
    assert f"{file}:{number}:" in str(error.value)


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


def test_a_lexicon_saved_while_it_loads_gives_a_bundle_of_one_version(lexicon_copy, monkeypatch):
    """A lexicon file saved while a run loads the folder (a user's edit, another run) must not give a
    bundle whose bytes and fingerprint are of one version and whose rules are of another: the
    document cache would file rows made with one word list under the other's fingerprint, and the
    bundle, shared by content within the process, would serve the edited words for the old file."""
    from pipeline import bundle as bundle_module
    from pipeline.lexicons import files_fingerprint, lexicon_files

    german = lexicon_copy / "german.csv"
    append_row(german, "quaxelsam,hedge")  # lexicons of this test only: no bundle of the process has them yet
    before = german.read_bytes()
    real_load = bundle_module.load_lexicons
    saved = []

    def load_while_saving(directory):
        if not saved:  # the edit lands after the files were read, before they are parsed
            saved.append(True)
            append_row(german, "quaxelig,hedge")
        return real_load(directory)

    monkeypatch.setattr(bundle_module, "load_lexicons", load_while_saving)
    edited = bundle_module.load_bundle(lexicon_copy)
    assert saved and edited.fingerprint == files_fingerprint(edited.files) == files_fingerprint(lexicon_files(lexicon_copy))
    assert "quaxelig" in edited.lexicons.word_class("hedge")
    german.write_bytes(before)  # the old version again: its own bundle, without the edited word
    assert "quaxelig" not in bundle_module.load_bundle(lexicon_copy).lexicons.word_class("hedge")


def test_a_knowledge_file_saved_while_it_loads_is_read_from_the_bundles_own_bytes(lexicon_copy, monkeypatch):
    """The knowledge base loads on first use, from the folder: a file saved meanwhile must not slip in."""
    from pipeline import bundle as bundle_module
    from pipeline.knowledge import KnowledgeBase

    append_row(lexicon_copy / "german.csv", "quaxelhaft,hedge")  # lexicons of this test only: a bundle of its own
    bundle = bundle_module.load_bundle(lexicon_copy)
    assert bundle.directory == lexicon_copy
    persons = lexicon_copy / "knowledge" / "persons.csv"
    real_load = KnowledgeBase.load

    def load_while_saving(folder):
        if folder == lexicon_copy:  # saved while the source folder is read
            persons.write_bytes(persons.read_bytes().replace(b"Angela Merkel", b"Angela Quaxel"))
        return real_load(folder)

    monkeypatch.setattr(bundle_module.KnowledgeBase, "load", staticmethod(load_while_saving))
    knowledge = bundle.knowledge
    assert knowledge.persons("Angela Merkel") and not knowledge.persons("Angela Quaxel")


def test_a_verb_listed_in_a_verb_word_class_keeps_its_forms_as_a_cue(lexicon_copy):
    """`empfiehlt` is an `advice_verb` in german.csv; a word class of verbs must not strip a verbs.csv
    lemma of those forms (only function words do). The cues.csv row of `empfehlen` is left out here,
    so only the verbs.csv lemma can give the cue."""
    cues = lexicon_copy / "cues.csv"
    lines = cues.read_text(encoding="utf-8").splitlines(keepends=True)
    cues.write_text("".join(line for line in lines if not line.startswith("speech,empf(ahl")), encoding="utf-8")
    lexicons = load_lexicons(lexicon_copy)
    assert "empfiehlt" in lexicons.word_class("advice_verb")
    recommend = [cue for cue in lexicons.cues if cue.note == "empfehlen"]
    for form in ("empfiehlt", "empfahl", "empfehlen"):
        assert any(cue.regex.fullmatch(form) for cue in recommend), form
    # negative: forms of other verbs are no forms of `empfehlen`
    assert not any(cue.regex.fullmatch(form) for cue in recommend for form in ("befiehlt", "empfing"))


def test_a_bundles_private_copy_serves_it_and_goes_with_it(lexicon_copy):
    """When the source folder changed after loading, the bundle reads its own bytes from a private
    copy; that copy must be removed once the bundle is gone, not left in the temp folder per run."""
    import gc

    from pipeline import bundle as bundle_module

    append_row(lexicon_copy / "german.csv", "quaxelbar,hedge")  # lexicons of this test only
    bundle = bundle_module.load_bundle(lexicon_copy)
    persons = lexicon_copy / "knowledge" / "persons.csv"
    persons.write_bytes(persons.read_bytes().replace(b"Angela Merkel", b"Angela Quaxel"))  # saved after loading
    assert bundle.knowledge.persons("Angela Merkel") and not bundle.knowledge.persons("Angela Quaxel")
    private = bundle.directory
    assert private != lexicon_copy and (private / "german.csv").read_bytes() == bundle.files["german.csv"]
    bundle_module._BUNDLES.pop(bundle.fingerprint)
    del bundle
    gc.collect()
    assert not private.exists()
    # negative: a bundle reading its own unchanged source folder never deletes it
    source = bundle_module.load_bundle(lexicon_copy)
    assert source.directory == lexicon_copy and source.knowledge.persons("Angela Quaxel")
    bundle_module._BUNDLES.pop(source.fingerprint)
    del source
    gc.collect()
    assert lexicon_copy.is_dir()


def test_konjunktiv_i_reader_reads_the_ki_list_also_after_an_inseparable_prefix(lexicon_copy):
    """german.csv `ki` (`werte`) with `inseparable_prefix` (`ver`): `verwerte` is Konjunktiv I."""
    from pipeline.lexicons import konjunktiv_i_reader
    shipped = konjunktiv_i_reader(load_lexicons())
    assert shipped("sei") and shipped("verwerte") and shipped("hänge")
    # negative: a weak past is none, and without the prefix row the prefixed form is unknown
    assert not shipped("verwertete")
    path = lexicon_copy / "german.csv"
    path.write_text("\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                              if line != "ver,inseparable_prefix") + "\n", encoding="utf-8")
    assert not konjunktiv_i_reader(load_lexicons(lexicon_copy))("verwerte")
