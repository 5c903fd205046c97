"""The lexicons as one piece of the pipeline: a `LexiconBundle` that every project component
receives in `initialize()` and saves and loads with `to_disk`/`from_disk`, the way spaCy's
`SpanRuler` saves its patterns.

A bundle holds the bytes of every lexicon file of a folder (`LEXICON_FILES` and `knowledge/*.csv`,
the files the fingerprint covers), the validated `Lexicons` and, loaded on first use, the actor
knowledge base, its lookups and the topic coder. `nlp.to_disk(DIR)` writes the files into each
component's folder (`DIR/<component>/lexicons/`), so `spacy.load(DIR)` gives the whole claim
extractor without a checkout. Bundles are shared by content: the components of one pipeline (and
every pipeline of a process with the same lexicons) use one bundle, loaded once.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
import weakref
from collections import OrderedDict
from functools import cached_property
from pathlib import Path
from typing import Callable, TypeVar

from pipeline.code_version import PACKAGE_DIR, code_fingerprint
from pipeline.knowledge import KnowledgeBase
from pipeline.knowledge_links import KnowledgeLinks
from pipeline.lexicons import (LexiconError, Lexicons, default_lexicon_dir, files_fingerprint, lexicon_files,
                               load_lexicons)
from pipeline.topics import TopicCoder

BUNDLE_FOLDER = "lexicons"  # inside a component's to_disk folder
CACHE_SIZE = 8
T = TypeVar("T")
READ_TRIES = 5  # loads of a lexicon folder that is being saved meanwhile, before giving up
CACHE_DIR_ENV = "CLAIMS_CACHE_DIR"
KEPT_KNOWLEDGE = 4  # saved knowledge bases (other code or lexicons) kept in the cache folder


class LexiconBundle:
    """Every lexicon of a pipeline, validated; the knowledge base and topics load on first use."""

    def __init__(self, directory: Path, files: dict[str, bytes], lexicons: Lexicons):
        self.directory, self.files, self.lexicons = directory, files, lexicons

    @property
    def fingerprint(self) -> str:
        return self.lexicons.fingerprint

    def _folder(self) -> Path:
        """A folder holding the files (the source folder, or a private copy if that is gone)."""
        if lexicon_files(self.directory) != self.files:
            self._copy()
        return self.directory

    def _copy(self) -> None:
        """Read from now on from a private copy of the bundle's files, removed with the bundle (or at
        exit) by the process that made it."""
        self.directory = Path(tempfile.mkdtemp(prefix="claims-lexicons-"))
        weakref.finalize(self, _remove_private_copy, self.directory, os.getpid())
        self.to_disk(self.directory)

    def _load(self, load: Callable[[Path], T]) -> T:
        """`load(folder)` of the bundle's own files: the source folder's if they are still those
        before and after the load (not saved meanwhile), else those of a private copy."""
        folder = self._folder()
        made = load(folder)
        if lexicon_files(folder) != self.files:
            self._copy()
            made = load(self.directory)
        return made

    @cached_property
    def knowledge(self) -> KnowledgeBase:
        """Loaded from the files (some 0.4 s for a few thousand persons and their offices), or from the
        copy the last process that loaded the same files with the same code saved (0.1 s)."""
        key = self._knowledge_key()
        knowledge = _saved_knowledge(key)
        if knowledge is None:
            knowledge = self._load(KnowledgeBase.load)
            _save_knowledge(key, knowledge)
        return knowledge

    def _knowledge_key(self) -> str:
        return hashlib.sha256(f"{code_fingerprint(PACKAGE_DIR)}|{self.fingerprint}".encode()).hexdigest()[:24]

    @cached_property
    def links(self) -> KnowledgeLinks:
        """The knowledge-base lookups the actor linker and the quote finder share (built once)."""
        return KnowledgeLinks(self.knowledge, self.lexicons.word_class("indefinite_article"),
                              self.lexicons.word_class("generic_party_word"))

    @cached_property
    def topics(self) -> TopicCoder:
        return self._load(TopicCoder)

    def to_disk(self, path: Path) -> None:
        path = Path(path)
        for name, data in self.files.items():
            target = path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


def knowledge_cache_dir() -> Path:
    """Where loaded knowledge bases are kept between processes: `CLAIMS_CACHE_DIR`, else the user's
    cache folder (`XDG_CACHE_HOME`, else `~/.cache`) under `claims-pipeline`."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claims-pipeline"


def _saved_knowledge(key: str) -> KnowledgeBase | None:
    """The knowledge base saved under `key` (the code and the lexicon files it was loaded with), or
    None: none saved, unreadable, or not a knowledge base."""
    knowledge = _saved("knowledge", key)
    return knowledge if isinstance(knowledge, KnowledgeBase) else None


def _save_knowledge(key: str, knowledge: KnowledgeBase) -> None:
    """Save the knowledge base for the next process; a folder that cannot be written only means
    loading from the files next time."""
    _save("knowledge", key, knowledge)


def saved_literals() -> dict:
    """What `literals.required_literals`/`required_substrings` found for patterns, as the last process
    running this code saved it (`save_literals`); empty when none was saved or it is unreadable."""
    found = _saved("literals", code_fingerprint(PACKAGE_DIR))
    return found if isinstance(found, dict) else {}


def save_literals(found: dict) -> None:
    _save("literals", code_fingerprint(PACKAGE_DIR), found)


def _saved(kind: str, key: str) -> object:
    """What `_save` saved under `kind` and `key`, or None: none saved, or unreadable."""
    try:
        with open(knowledge_cache_dir() / f"{kind}-{key}.pickle", "rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 — any damage: made again
        return None


def _save(kind: str, key: str, value: object) -> None:
    """Save `value` for the next process (atomically) in the cache folder; keep the `KEPT_KNOWLEDGE`
    newest of its kind; a folder that cannot be written only means making it again next time."""
    folder, tmp = knowledge_cache_dir(), None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{kind}-{key}.pickle")
        saved = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda path: path.stat().st_mtime, reverse=True)
        for old in saved[KEPT_KNOWLEDGE:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _remove_private_copy(directory: Path, owner_pid: int) -> None:
    """Remove a bundle's private copy; a forked worker that inherited the bundle leaves it alone."""
    if os.getpid() == owner_pid:
        shutil.rmtree(directory, ignore_errors=True)


_BUNDLES: OrderedDict[str, LexiconBundle] = OrderedDict()


def load_bundle(directory: Path | str | None = None) -> LexiconBundle:
    """The bundle of a lexicon folder (default: `default_lexicon_dir()`), validated; one per content
    in a process. A malformed entry raises `LexiconError` naming file and line."""
    directory = Path(directory) if directory else default_lexicon_dir()
    if not directory.is_dir():
        raise LexiconError(directory, 0, "lexicon folder not found")
    files = lexicon_files(directory)
    key = files_fingerprint(files)
    bundle = _BUNDLES.get(key)
    if bundle is None:
        files, lexicons = _read_whole(directory, files)
        key = files_fingerprint(files)
        bundle = _BUNDLES.get(key) or LexiconBundle(directory, files, lexicons)
        _BUNDLES[key] = bundle
        while len(_BUNDLES) > CACHE_SIZE:
            _BUNDLES.popitem(last=False)
    _BUNDLES.move_to_end(key)
    return bundle


def _read_whole(directory: Path, files: dict[str, bytes]) -> tuple[dict[str, bytes], Lexicons]:
    """The lexicons of `directory` parsed from the files as they were read into `files`: a file saved
    while they load (a user's edit, another run's) would give a bundle whose fingerprint and bytes
    are of one version and whose rules of another (and the document cache rows made under the wrong
    fingerprint). Read again until the files are the same before and after the load."""
    for _ in range(READ_TRIES):
        lexicons = load_lexicons(directory)
        after = lexicon_files(directory)
        if after == files and lexicons.fingerprint == files_fingerprint(files):
            return files, lexicons
        files = after
    raise LexiconError(directory, 0, f"the lexicon files changed while they were read ({READ_TRIES} tries); "
                                     "run again when they are saved")


def saved_bundle_dir(component_dir: Path) -> Path:
    return Path(component_dir) / BUNDLE_FOLDER


class LexiconComponent:
    """A project component whose data is a `LexiconBundle`: set in `initialize()`, saved with the
    pipeline. Subclasses build their lookups from the bundle in `setup`."""

    bundle: LexiconBundle | None = None

    def setup(self, bundle: LexiconBundle) -> None:
        raise NotImplementedError

    def set_lexicons(self, bundle: LexiconBundle) -> None:
        self.bundle = bundle
        self.setup(bundle)

    def initialize(self, get_examples=None, *, nlp=None, lexicons: "LexiconBundle | Path | str | None" = None) -> None:
        """Take the lexicons: a bundle, a folder, or None for the default folder."""
        self.set_lexicons(lexicons if isinstance(lexicons, LexiconBundle) else load_bundle(lexicons))

    def to_disk(self, path, *, exclude=()) -> None:
        if self.bundle is None:
            raise ValueError(f"{type(self).__name__} has no lexicons: call initialize() before saving")
        self.bundle.to_disk(saved_bundle_dir(path))

    def from_disk(self, path, *, exclude=()):
        self.set_lexicons(load_bundle(saved_bundle_dir(path)))
        return self


class LexiconRules(LexiconComponent):
    """A project component: `build(bundle)` makes its rules (a callable Doc → Doc) once the lexicons
    are there; before `initialize()` (or `from_disk`) it refuses to run."""

    def __init__(self, name: str, build: Callable[[LexiconBundle], Callable]):
        self.name, self.build = name, build
        self.rules: Callable | None = None

    def setup(self, bundle: LexiconBundle) -> None:
        self.rules = self.build(bundle)

    def __call__(self, doc):
        if self.rules is None:
            raise ValueError(f"component {self.name!r} has no lexicons: call its initialize() (build_nlp does)")
        return self.rules(doc)
