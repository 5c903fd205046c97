"""The one place that loads the German spaCy pipeline and adds the project's components.

Loading order for the base model (one setting: `--model` / `CLAIMS_MODEL`):
  1. the model the user names (an installed package name or a path);
  2. an installed `de_core_news_lg` or `de_core_news_md` (from spaCy's own releases);
  3. the model bundled with this project (`pipeline/models/de_news`);
  4. `spacy.blank("de")`, with a warning: rules only.
The project's rule components (sentences, actors, quotes, claims) are then added on top, so
the same `nlp` object carries the trained model and the rules.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import importlib.util
import json
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.lexicons import Lexicons, load_lexicons

BUNDLED_MODEL = Path(__file__).resolve().parent / "models" / "de_news"
INSTALLED_MODELS = ("de_core_news_lg", "de_core_news_md")
PROJECT_COMPONENTS = ("news_sentencizer", "actor_ruler", "actor_linker", "quote_finder", "interview_finder",
                      "claim_coder")
MODEL_ENV = "CLAIMS_MODEL"
# Trained components whose output no stage reads: left out when the model loads (speed).
UNUSED_COMPONENTS = ("tagger", "trainable_lemmatizer", "lemmatizer", "attribute_ruler")


@functools.lru_cache(maxsize=8)
def lexicons_for(lexicon_dir: str | None) -> Lexicons:
    """Lexicons of a folder, loaded once per process (components share them)."""
    return load_lexicons(Path(lexicon_dir) if lexicon_dir else None)


@functools.lru_cache(maxsize=8)
def knowledge_for(lexicon_dir: str | None) -> "KnowledgeBase":
    """The actor knowledge base of a lexicon folder (its `knowledge/`), loaded once per process."""
    from pipeline.knowledge import KnowledgeBase
    return KnowledgeBase.load(lexicons_for(lexicon_dir).directory)


@functools.lru_cache(maxsize=8)
def links_for(lexicon_dir: str | None) -> "KnowledgeLinks":
    """The knowledge-base lookups the actor linker and the quote finder share (built once)."""
    from pipeline.knowledge_links import KnowledgeLinks
    return KnowledgeLinks(knowledge_for(lexicon_dir))


@dataclass(frozen=True)
class ModelChoice:
    """Which base model is used and why (printed by `pipeline info`)."""

    name: str
    source: str  # "user", "installed", "bundled" or "blank"
    path: str = ""


def _package_installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def choose_model(requested: str | None = None) -> ModelChoice:
    """Resolve the base model by the documented loading order, without loading it."""
    requested = requested or os.environ.get(MODEL_ENV) or None
    if requested:
        if requested == "blank":
            return ModelChoice("blank:de", "user")
        return ModelChoice(requested, "user", requested if Path(requested).exists() else "")
    for name in INSTALLED_MODELS:
        if _package_installed(name):
            return ModelChoice(name, "installed")
    if (BUNDLED_MODEL / "meta.json").exists():
        return ModelChoice("de_news (bundled)", "bundled", str(BUNDLED_MODEL))
    return ModelChoice("blank:de", "blank")


def load_base(choice: ModelChoice, disable: tuple[str, ...] = ()) -> Language:
    if choice.name == "blank:de":
        if choice.source == "blank":
            warnings.warn("No German spaCy model found (bundled model missing, de_core_news_md not "
                          "installed): using spacy.blank('de') with rules only; quotes and claims "
                          "still work, without tagger, parser and statistical NER.", stacklevel=2)
        return spacy.blank("de")
    try:
        if choice.source == "installed":  # a model package: its own load(), as spacy.load does
            return importlib.import_module(choice.name).load(exclude=list(disable))
        return spacy.load(choice.path or choice.name, exclude=list(disable))
    except OSError as error:
        raise SystemExit(f"Cannot load spaCy model {choice.name!r}: {error}") from None


def build_nlp(model: str | None = None, lexicon_dir: Path | None = None,
              until: str = "claim_coder", disable: tuple[str, ...] = UNUSED_COMPONENTS) -> Language:
    """Base model plus the project's components up to and including `until`."""
    # Registering the factories happens on import of the stage modules.
    from pipeline import claims, entities, interviews, quotes, segment  # noqa: F401

    choice = choose_model(model)
    nlp = load_base(choice, disable)
    config = {"lexicon_dir": str(lexicon_dir) if lexicon_dir else None}
    lexicons_for(config["lexicon_dir"])  # validate before any document is processed
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    for name in PROJECT_COMPONENTS:
        if name == "news_sentencizer":
            nlp.add_pipe(name, config=config, **({"before": first} if first else {}))
        else:
            nlp.add_pipe(name, config=config)
        if name == until:
            break
    nlp.meta.setdefault("claims_pipeline", {})["base_model"] = choice.name
    nlp.meta["claims_pipeline"]["base_model_source"] = choice.source
    return nlp


def choice_fingerprint(choice: ModelChoice) -> str:
    """Identify a base model without loading it (its meta.json, or its package version), so an
    incremental rerun with nothing to do never pays for loading the model."""
    if choice.name == "blank:de":
        return f"blank-de-spacy{spacy.__version__}"
    meta_path = Path(choice.path) / "meta.json" if choice.path else None
    if meta_path is not None and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    try:
        return f"{choice.name}-{importlib.metadata.version(choice.name)}"
    except importlib.metadata.PackageNotFoundError:
        return choice.name
