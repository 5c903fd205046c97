"""Optional dependencies of the report, imported with an install hint."""

from __future__ import annotations

import importlib


def require(module: str):
    """Import an optional dependency of the report, with the install hint when it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f"{module} is needed for the report outputs: "
                          f"pip install 'german-claims-pipeline[report]'") from error
