"""Which code this is: a hash of the package's sources, for caches that must not outlive a rule change
(the document cache's rows, the saved knowledge base)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def code_fingerprint(package_dir: Path) -> str:
    """A hash of the package's Python sources: a rule changed without a new version number (a
    checkout, an edit) must not reuse the rows the old rules cached."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*.py")):
        digest.update(path.relative_to(package_dir).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
