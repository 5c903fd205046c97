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
