"""The bundled German model and the model loading order."""

import sys

import pytest
import spacy

from pipeline import nlp as nlp_module
from pipeline.nlp import BUNDLED_MODEL, build_nlp, choose_model

needs_model = pytest.mark.skipif(not (BUNDLED_MODEL / "meta.json").exists(), reason="bundled model not present")


@pytest.fixture(scope="module")
def bundled():
    return build_nlp(str(BUNDLED_MODEL))


@needs_model
def test_bundled_model_loads_offline_with_its_licence():
    model = spacy.load(BUNDLED_MODEL)
    assert {"tagger", "morphologizer", "parser", "ner"} <= set(model.pipe_names)
    assert "CC BY-SA" in model.meta["license"]


@needs_model
def test_konjunktiv_i_gets_mood_sub(bundled):
    doc = bundled("Rubio sagte, die Uhr sei abgelaufen.")
    sei = next(t for t in doc if t.text == "sei")
    assert "Sub" in sei.morph.get("Mood")


@needs_model
def test_full_name_is_a_person_and_an_actor(bundled):
    doc = bundled("Wladimir Putin traf Donald Trump in Riad.")
    people = {(e.text, e.label_) for e in doc.ents}
    assert ("Wladimir Putin", "PER") in people and ("Donald Trump", "PER") in people
    assert {(s.text, s._.actor_country) for s in doc.spans["actors"]} >= {("Wladimir Putin", "RUS")}


@needs_model
def test_statistical_ner_finds_unseen_people(bundled):
    doc = bundled("Der Abgeordnete Friedhelm Sonnenschein kritisierte die Pläne der Regierung.")
    assert any(e.label_ == "PER" and "Sonnenschein" in e.text for e in doc.ents)


def test_loading_order_user_then_installed_then_bundled_then_blank(monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMS_MODEL", raising=False)
    installed = set()
    monkeypatch.setattr(nlp_module, "_package_installed", lambda name: name in installed)
    monkeypatch.setattr(nlp_module, "BUNDLED_MODEL", tmp_path / "missing")
    assert choose_model().source == "blank"
    bundled_dir = tmp_path / "bundled"
    bundled_dir.mkdir()
    (bundled_dir / "meta.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(nlp_module, "BUNDLED_MODEL", bundled_dir)
    assert choose_model().source == "bundled"
    installed.add("de_core_news_md")
    assert choose_model().name == "de_core_news_md"
    installed.add("de_core_news_lg")
    assert choose_model().name == "de_core_news_lg"
    assert choose_model("my_model").source == "user"
    monkeypatch.setenv("CLAIMS_MODEL", "from_env")
    assert choose_model().name == "from_env"


def test_a_fake_installed_model_is_loaded_by_name(monkeypatch, tmp_path):
    """An installed package named de_core_news_md (here a fake one made on the fly) wins over the bundled model."""
    blank = spacy.blank("de")
    blank.meta["name"] = "core_news_md"
    model_dir = tmp_path / "de_core_news_md"
    package = tmp_path / "pkg" / "de_core_news_md"
    package.mkdir(parents=True)
    blank.to_disk(model_dir)
    (package / "__init__.py").write_text(
        "import spacy\n"
        f"def load(**overrides):\n    return spacy.load({str(model_dir)!r}, **overrides)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "pkg"))
    monkeypatch.delenv("CLAIMS_MODEL", raising=False)
    sys.modules.pop("de_core_news_md", None)
    choice = choose_model()
    assert choice.name == "de_core_news_md" and choice.source == "installed"
    nlp = build_nlp()
    assert nlp.meta["name"] == "core_news_md"
    assert nlp.meta["claims_pipeline"]["base_model_source"] == "installed"


def test_blank_fallback_warns(monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMS_MODEL", raising=False)
    monkeypatch.setattr(nlp_module, "_package_installed", lambda name: False)
    monkeypatch.setattr(nlp_module, "BUNDLED_MODEL", tmp_path / "missing")
    with pytest.warns(UserWarning, match="spacy.blank"):
        build_nlp()
