"""The one place that loads the German spaCy pipeline and adds the project's components.

Loading order for the base model (one setting: `--model` / `CLAIMS_MODEL`):
  1. the model the user names (an installed package name or a path);
  2. an installed `de_core_news_lg` or `de_core_news_md` (from spaCy's own releases);
  3. the model bundled with this project (`pipeline/models/de_news`);
  4. `spacy.blank("de")`, with a warning: rules only.
The project's rule components (sentences, actors, quotes, claims) are then added on top and
given the lexicons (`initialize(lexicons=…)`), so the same `nlp` object carries the trained
model, the rules and the lexicons: `nlp.to_disk(DIR)` saves all three, and `DIR` given as the
model (`--model DIR`, `spacy.load(DIR)`) is the whole claim extractor again, lexicons included
(`--lexicons` still replaces them).
"""

from __future__ import annotations

import gc
import importlib
import importlib.metadata
import importlib.util
import json
import os
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

# Importing the component modules registers their factories with spaCy.
from pipeline import claims, entities, interviews, quotes, segment, spacing  # noqa: F401
from pipeline import literals
from pipeline.bundle import LexiconBundle, load_bundle, save_literals, saved_bundle_dir, saved_literals

BUNDLED_MODEL = Path(__file__).resolve().parent / "models" / "de_news"
INSTALLED_MODELS = ("de_core_news_lg", "de_core_news_md")
PROJECT_COMPONENTS = ("news_sentencizer", "space_runs", "actor_ruler", "actor_linker", "quotation_marker", "quote_finder",
                      "speaker_resolver", "interview_finder", "claim_coder")
MODEL_ENV = "CLAIMS_MODEL"
# Trained components whose output no stage reads: left out when the model loads (speed).
UNUSED_COMPONENTS = ("tagger", "trainable_lemmatizer", "lemmatizer", "attribute_ruler")
# A name with an elided article or patronymic prefix, `O’Keefe`, `D’Alema`, `N’Djamena`,
# `d’Estaing`: one token with the typographic apostrophe as with the straight one. German
# contractions (`geht’s`, `Kohl’sche`) go on in lower case and stay split.
ELIDED_NAME = re.compile(r"^[A-Za-z][’'][A-ZÄÖÜ][\w-]+$")


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


def saved_lexicons(choice: ModelChoice) -> Path | None:
    """The lexicons saved inside a claim pipeline on disk (`nlp.to_disk`), found without loading it."""
    if not choice.path:
        return None
    for name in PROJECT_COMPONENTS:
        folder = saved_bundle_dir(Path(choice.path) / name)
        if folder.is_dir():
            return folder
    return None


def run_lexicons(choice: ModelChoice, lexicon_dir: Path | str | None = None) -> LexiconBundle:
    """The lexicons a pipeline built from `choice` carries: `lexicon_dir` if given, else those saved
    with the pipeline, else `data/lexicons`."""
    if lexicon_dir:
        return load_bundle(lexicon_dir)
    return load_bundle(saved_lexicons(choice))


def build_nlp(model: str | None = None, lexicon_dir: Path | None = None,
              until: str = "claim_coder", disable: tuple[str, ...] = UNUSED_COMPONENTS) -> Language:
    """Base model plus the project's components up to and including `until`, each initialized with
    the lexicons (`run_lexicons`). A saved claim pipeline keeps its own components and lexicons,
    unless `lexicon_dir` replaces them."""
    with gc_paused():
        return _build_nlp(model, lexicon_dir, until, disable)


def _build_nlp(model: str | None, lexicon_dir: Path | None, until: str, disable: tuple[str, ...]) -> Language:
    choice = choose_model(model)
    bundle = run_lexicons(choice, lexicon_dir)  # validated before any document is processed
    nlp = load_base(choice, disable)
    keep_elided_names(nlp)
    wanted = PROJECT_COMPONENTS[:PROJECT_COMPONENTS.index(until) + 1]
    for name in PROJECT_COMPONENTS:
        if name in nlp.pipe_names and name not in wanted:
            nlp.remove_pipe(name)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    recognizer = spacing.entity_components(nlp)  # what space_runs runs again
    literals.load_found(saved_literals())  # the patterns' literal prefilters as the last process found them
    for name in wanted:
        if name in nlp.pipe_names:  # from a saved claim pipeline: it has its lexicons
            if not lexicon_dir:
                continue
            component = nlp.get_pipe(name)
        elif name == "news_sentencizer":
            component = nlp.add_pipe(name, **({"before": first} if first else {}))
        elif name == "space_runs":
            component = nlp.add_pipe(name, config={"components": recognizer}, **_place(nlp, name))
        else:
            component = nlp.add_pipe(name, **_place(nlp, name))
        if hasattr(component, "initialize"):  # the quotation marker has no lexicons
            component.initialize(lambda: [], nlp=nlp, lexicons=bundle)
    found = literals.found_to_save()
    if found:
        save_literals(found)
    nlp.meta.setdefault("claims_pipeline", {}).setdefault("base_model", choice.name)
    nlp.meta["claims_pipeline"].setdefault("base_model_source", choice.source)
    nlp.meta["claims_pipeline"]["lexicons"] = bundle.fingerprint
    return nlp


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a pipeline and its lexicons load: loading makes some
    200,000 objects that live as long as the pipeline, and each full collection on the way would
    walk them all again (a quarter of an incremental rerun's time)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # no automatic collection (`gc.disable` would not last: srsly enables it after each msgpack load)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def keep_elided_names(nlp: Language) -> None:
    """Let the tokenizer keep `ELIDED_NAME` words whole, besides what its own `token_match` keeps
    (one regular expression, so that `nlp.to_disk` can save it)."""
    previous = nlp.tokenizer.token_match
    pattern = getattr(getattr(previous, "__self__", None), "pattern", None)
    if previous is None:
        nlp.tokenizer.token_match = ELIDED_NAME.match
    elif pattern is not None and ELIDED_NAME.pattern not in pattern:
        nlp.tokenizer.token_match = re.compile(f"(?:{ELIDED_NAME.pattern})|(?:{pattern})").match


def _place(nlp: Language, name: str) -> dict[str, str]:
    """Where a missing project component goes: before the next project component the pipeline has
    (a pipeline saved before a component existed), else at the end."""
    later = PROJECT_COMPONENTS[PROJECT_COMPONENTS.index(name) + 1:]
    following = next((other for other in later if other in nlp.pipe_names), None)
    return {"before": following} if following else {}


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
