import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from pipeline.nlp import build_nlp

# The knowledge bases a test session loads are kept in a folder of its own, removed at the end: the
# user's cache folder stays as it was, and each session loads from the files first (as the test of a
# knowledge file saved while it loads needs).
os.environ["CLAIMS_CACHE_DIR"] = tempfile.mkdtemp(prefix="claims-test-cache-")
atexit.register(shutil.rmtree, os.environ["CLAIMS_CACHE_DIR"], ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def append_row(path: Path, row: str) -> int:
    """Adds `row` as the last line of the UTF-8 file at `path` (a lexicon copy); returns its line number."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="session")
def nlp():
    """The rule pipeline on spacy.blank('de'): deterministic and fast."""
    return build_nlp("blank")


@pytest.fixture(scope="session")
def claims_of(nlp):
    """(actor_country, claim_type, issue, polarity) of every claim in a text."""
    def run(text: str):
        doc = nlp(text)
        return [(c.actor_country, c.claim_type, c.issue, c.polarity) for c in doc._.claims]
    return run


@pytest.fixture(scope="session")
def tagged_nlp():
    """The rules on the bundled model: tags, morphology and parse as a user gets them."""
    from pipeline.nlp import BUNDLED_MODEL
    if not (BUNDLED_MODEL / "meta.json").exists():
        pytest.skip("bundled model not present")
    return build_nlp(str(BUNDLED_MODEL))
