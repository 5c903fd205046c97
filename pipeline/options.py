"""The options of one run (`RunOptions`), shared by the runner, the engines and the stage commands."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pipeline.ingest import DEFAULT_MAX_CHARS
from pipeline.tables import CsvFormat


class NoClock:
    """Where a run reports the time of its steps; this one ignores it (`bench` passes a real clock)."""

    def span(self, stage: str):
        return nullcontext()

    def iterator(self, stage: str, items: Iterable) -> Iterable:
        return items

    def instrument(self, nlp) -> None:
        """Add timers to a freshly built pipeline (a real clock adds timing components)."""


NO_CLOCK = NoClock()


@dataclass
class RunOptions:
    out_dir: Path
    model: str | None = None
    lexicon_dir: Path | None = None
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    text_column: str = "text"
    id_column: str | None = None
    batch_size: int = 16
    n_process: int = 1
    csv_format: CsvFormat = field(default_factory=CsvFormat)
    strict: bool = False
    force: bool = False
    engine: str = "local"
    scheduler: str | None = None
    default_date: str = ""  # `--date`: the date of documents that give none (who held an office then)
    clock: NoClock = field(default=NO_CLOCK, repr=False, compare=False)  # bench: times the steps of a run
