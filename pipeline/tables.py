"""The one place that defines each table's columns and reads and writes tables.

Tables are CSV, UTF-8 with a BOM by default (so Excel shows umlauts), one header row.
Every write goes to a temporary file in the same folder and is then renamed, so a crash
or Ctrl-C leaves the previous complete table or none, never a half-written one.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

import pandas as pd

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "path", "title", "author", "source", "date", "n_chars", "sha256",
                  "encoding", "input_format"],
    "paragraphs": ["doc_id", "paragraph", "start", "end", "kind", "rule"],
    "sentences": ["doc_id", "sentence_id", "start", "end", "text", "paragraph"],
    "entities": ["doc_id", "sentence_id", "start", "end", "text", "label", "actor", "actor_country",
                 "mention", "actor_type", "actor_id"],
    "quotes": ["doc_id", "sentence_id", "type", "cue", "cue_start", "cue_end", "speaker",
               "speaker_start", "speaker_end", "quote_start", "quote_end", "actor", "actor_country",
               "actor_type", "actor_id"],
    "claims": ["claim_id", "doc_id", "sentence_id", "sentence", "claimant", "actor", "actor_country",
               "actor_type", "actor_id", "claim_type", "issue", "topic", "polarity", "addressee_country",
               "speech_mode", "cue", "confidence", "start", "end", "rule"],
    "errors": ["doc_id", "path", "stage", "error"],
}

INTEGER_COLUMNS = {"n_chars", "paragraph", "start", "end", "sentence_id", "cue_start", "cue_end",
                   "speaker_start", "speaker_end", "quote_start", "quote_end", "polarity"}


@dataclass(frozen=True)
class CsvFormat:
    """How tables are written: separator and whether a UTF-8 BOM leads the file."""

    sep: str = ","
    bom: bool = True

    @property
    def encoding(self) -> str:
        return "utf-8-sig" if self.bom else "utf-8"


def table_path(out_dir: Path, name: str) -> Path:
    return Path(out_dir) / f"{name}.csv"


def empty_frame(name: str) -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS[name])


def frame(name: str, rows: Iterable[Mapping]) -> pd.DataFrame:
    """Build a table from row dicts, in the table's column order (missing columns empty)."""
    df = pd.DataFrame(list(rows), columns=COLUMNS[name])
    return df


def write_table(df: pd.DataFrame, out_dir: Path, name: str, fmt: CsvFormat = CsvFormat()) -> Path:
    """Write one table atomically (temp file + rename) with the table's own columns first."""
    path = table_path(out_dir, name)
    columns = COLUMNS.get(name, list(df.columns))
    extra = [c for c in df.columns if c not in columns]
    df = df.reindex(columns=columns + extra)
    return write_csv_atomic(df, path, fmt)


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def temp_file_for(path: Path) -> str:
    """A temporary file next to `path` (same file system, so the rename is atomic), with the
    permissions a normal new file would get (mkstemp alone makes it private)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, _umask_mode())
    return tmp


def write_atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` on a temporary file next to `path`, then rename it to `path`: a reader
    sees the old complete file or the new complete file, never a half-written one."""
    path = Path(path)
    tmp = temp_file_for(path)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text_atomic(path: Path, text: str) -> Path:
    return write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))


def write_csv_atomic(df: pd.DataFrame, path: Path, fmt: CsvFormat = CsvFormat()) -> Path:
    """Write any frame to `path` atomically."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding=fmt.encoding, newline="") as handle:
            df.to_csv(handle, index=False, sep=fmt.sep, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return write_atomic(path, write)


def sniff_separator(path: Path) -> str:
    """Tables may be written with ',' or ';' (German Excel); read the header to tell which."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header = handle.readline()
    return ";" if header.count(";") > header.count(",") else ","


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """Read a table written by `write_table`, with text columns kept as text ('' not NaN)."""
    path = table_path(out_dir, name)
    if not path.exists():
        raise FileNotFoundError(f"{path}: table '{name}' not found; run the stage that writes it first")
    df = pd.read_csv(path, sep=sniff_separator(path), encoding="utf-8-sig", dtype=str,
                     keep_default_na=False, na_values=[])
    for column in INTEGER_COLUMNS.intersection(df.columns):
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
    return df


def read_table_or_empty(out_dir: Path, name: str) -> pd.DataFrame:
    try:
        return read_table(out_dir, name)
    except FileNotFoundError:
        return empty_frame(name)
