"""The claim extractor travels: a wheel installed outside the repository extracts claims with the
lexicons it carries, and `nlp.to_disk(DIR)` then `spacy.load(DIR)` in a fresh process (working
directory outside the repository) is the same claim extractor as `build_nlp`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

SAMPLE = sorted(SEEDS.glob("*.txt"))[:3]

# Claims of the sample, printed as JSON lines by a fresh process (PROBE DIR FILE…); an empty DIR
# builds the pipeline with build_nlp, else loads DIR with spacy.load (nothing imported before).
PROBE = """
import json, os, sys
from pathlib import Path
import spacy
if os.environ.get("PROBE_IMPORT"):  # a checkout has no installed entry points: import the factories
    import pipeline.nlp
if sys.argv[1]:
    nlp = spacy.load(sys.argv[1])
else:
    from pipeline.nlp import build_nlp
    nlp = build_nlp()
for path in sys.argv[2:]:
    doc = nlp(Path(path).read_text(encoding="utf-8"))
    print(json.dumps([[c.claimant, c.actor, c.claim_type, c.issue, c.polarity, c.start, c.rule]
                      for c in doc._.claims], ensure_ascii=False))
"""


def _clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CLAIMS_MODEL", "PROBE_IMPORT")}
    return {**env, **extra}


def probe(python: str, model_dir: str, cwd: Path, **env) -> list[str]:
    done = subprocess.run([python, "-c", PROBE, model_dir, *map(str, SAMPLE)], cwd=cwd, capture_output=True,
                          text=True, env=_clean_env(**env), timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()


def test_saved_pipeline_loads_anywhere_as_the_same_claim_extractor(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    saved = tmp_path / "claims-pipeline"
    save = "from pipeline.nlp import build_nlp; import sys; build_nlp().to_disk(sys.argv[1])"
    subprocess.run([sys.executable, "-c", save, str(saved)], cwd=elsewhere, check=True, env=_clean_env(PYTHONPATH=str(ROOT)))
    for name in ("news_sentencizer", "actor_linker", "quote_finder", "speaker_resolver", "claim_coder"):
        assert (saved / name / "lexicons" / "german.csv").exists(), name
    assert (saved / "actor_linker" / "lexicons" / "knowledge" / "persons.csv").exists()
    # the pipeline config names no lexicon folder: the lexicons are inside the saved pipeline
    assert "lexicon_dir" not in (saved / "config.cfg").read_text(encoding="utf-8")

    built = probe(sys.executable, "", elsewhere, PYTHONPATH=str(ROOT))
    loaded = probe(sys.executable, str(saved), elsewhere, PYTHONPATH=str(ROOT), PROBE_IMPORT="1")
    assert loaded == built and any(json.loads(line) for line in built)


def _setuptools_version() -> tuple[int, ...]:
    try:
        import setuptools
    except ImportError:
        return (0,)
    return tuple(int(part) for part in setuptools.__version__.split(".")[:2] if part.isdigit())


@pytest.mark.skipif(_setuptools_version() < (77,), reason="building the wheel offline needs setuptools>=77 "
                    "(pip install -e '.[dev]' installs it)")
def test_wheel_installed_outside_the_repository_extracts_claims(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(wheels), str(ROOT)], check=True, cwd=tmp_path, env=_clean_env(), timeout=600)
    wheel = next(wheels.glob("german_claims_pipeline-*.whl"))

    # a fresh venv: the wheel in its own site-packages, spaCy & co. from the test's environment
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    shared = [entry for entry in sys.path if entry.endswith("site-packages") and Path(entry).is_dir()]
    (site / "dev-packages.pth").write_text("\n".join(shared) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, cwd=tmp_path, env=_clean_env(), timeout=600)

    elsewhere = tmp_path / "elsewhere"
    corpus = elsewhere / "texts"
    corpus.mkdir(parents=True)
    for path in SAMPLE:
        shutil.copy(path, corpus)
    where = subprocess.run([str(python), "-c", "import pipeline, pipeline.lexicons as l; "
                            "print(pipeline.__file__); print(l.default_lexicon_dir())"],
                           cwd=elsewhere, capture_output=True, text=True, env=_clean_env(), check=True).stdout.split()
    assert str(site) in where[0] and where[1].endswith("pipeline/lexicons_data"), where

    done = subprocess.run([str(python), "-m", "pipeline", "extract", "texts", "--out", "out", "--no-progress",
                           "--jobs", "1"], cwd=elsewhere, capture_output=True, text=True, env=_clean_env(), timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    claims = (elsewhere / "out" / "claims.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "claim_type" in claims[0] and len(claims) > 3, claims

    # the wheel registers the components with spaCy: spacy.load of a saved pipeline, nothing imported first
    saved = elsewhere / "saved"
    subprocess.run([str(python), "-c", f"from pipeline.nlp import build_nlp; build_nlp().to_disk({str(saved)!r})"],
                   cwd=elsewhere, check=True, env=_clean_env(), timeout=600)
    assert probe(str(python), str(saved), elsewhere) == probe(str(python), "", elsewhere)


def test_saved_lexicons_travel_and_lexicons_dir_still_overrides(tmp_path):
    import spacy

    from pipeline.bundle import load_bundle
    from pipeline.lexicons import default_lexicon_dir
    from pipeline.nlp import PROJECT_COMPONENTS, build_nlp, choose_model, run_lexicons

    saved = tmp_path / "saved"
    build_nlp("blank").to_disk(saved)
    default = load_bundle(None).fingerprint
    assert run_lexicons(choose_model(str(saved))).fingerprint == default  # found without loading the model
    loaded = build_nlp(str(saved))
    assert {loaded.get_pipe(name).bundle.fingerprint for name in PROJECT_COMPONENTS 
                if name not in ("space_runs", "actor_ruler", "quotation_marker")} == {default}

    other = tmp_path / "lexicons"
    shutil.copytree(default_lexicon_dir(), other)
    with open(other / "actors.csv", "a", encoding="utf-8") as handle:
        handle.write("Zyxland-Rat,Zyxland-Rat,OTHER,ORG,\n")
    overridden = build_nlp(str(saved), lexicon_dir=other)
    assert overridden.get_pipe("claim_coder").bundle.fingerprint == load_bundle(other).fingerprint != default
    assert [e.text for e in overridden("Der Zyxland-Rat fordert Gespräche.").ents] == ["Zyxland-Rat"]
    assert run_lexicons(choose_model(str(saved)), other).fingerprint != default

    bare = spacy.blank("de")
    with pytest.raises(ValueError, match="has no lexicons"):
        bare.add_pipe("claim_coder")(bare("Text."))
