"""The one place that defines each table's columns and reads and writes tables.

Tables are CSV, UTF-8 with a BOM by default (so Excel shows umlauts), one header row.
Every write goes to a temporary file in the same folder and is then renamed, so a crash
or Ctrl-C leaves the previous complete table or none, never a half-written one.

A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab,
a carriage return or NUL) is written with a leading `'`, as OWASP recommends against CSV
injection; so is a cell that already starts with `'`, so that `read_table` gives back the exact
text. Each table's dialect (separator, BOM, whether cells were neutralised) is recorded in the
folder's `manifest.json` and read back from there.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

try:
    import fcntl
except ImportError:  # not on POSIX
    fcntl = None  # type: ignore[assignment]

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


MANIFEST = "manifest.json"
FORMULA_TRIGGERS = frozenset("=+-@\t\r\0")
_NEUTRALISED_LEADS = FORMULA_TRIGGERS | {"'"}  # the first characters `neutralise_cell` may prefix
_NUMBER = re.compile(r"[+-]?(?:\d[\d.,]*|[.,]\d+)(?:[eE][+-]?\d+)?")


@dataclass(frozen=True)
class CsvFormat:
    """How tables are written: separator, whether a UTF-8 BOM leads the file, and whether
    formula triggers are neutralised (off with `--raw-csv`)."""

    sep: str = ","
    bom: bool = True
    neutralise: bool = True

    @property
    def encoding(self) -> str:
        return "utf-8-sig" if self.bom else "utf-8"

    def dialect(self) -> dict[str, Any]:
        """What `read_table` needs to read a table back, as recorded in the manifest."""
        return asdict(self)


def neutralise_cell(value: Any) -> Any:
    """`value` with a leading `'` if a spreadsheet would take it for a formula (OWASP's CSV
    injection advice) or if it already starts with `'`; numbers such as `-1` stay as they are."""
    if isinstance(value, str) and value and (
            value[0] == "'" or (value[0] in FORMULA_TRIGGERS and not _NUMBER.fullmatch(value))):
        return "'" + value
    return value


def neutralised(rows: Iterable[list], fmt: CsvFormat) -> Iterable[list]:
    """Rows of cells, text cells neutralised unless `--raw-csv` (a missing column and None: empty;
    `csv` writes None so)."""
    if not fmt.neutralise:
        return rows
    # only a text that starts with a formula trigger or `'` can change: the test costs less than the call
    return ([neutralise_cell(v) if isinstance(v, str) and v[:1] in _NEUTRALISED_LEADS else v for v in row]
            for row in rows)


def csv_text(rows: Iterable[list], fmt: CsvFormat) -> str:
    """Rows of cells as the lines of a table written in `fmt`."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=fmt.sep, lineterminator="\n").writerows(neutralised(rows, fmt))
    return buffer.getvalue()


def csv_text_in(text: str, sep: str, neutralise: bool, fmt: CsvFormat) -> str:
    """CSV text written with `sep` (cells neutralised or not) as `fmt` writes it: the cells read
    back as text, as `read_table` reads them (a neutralised cell loses its one leading `'`), and
    written again (a number or an empty cell comes out as before)."""
    if sep == fmt.sep and neutralise == fmt.neutralise:
        return text
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    if neutralise:
        rows = ([cell[1:] if cell[:1] == "'" else cell for cell in row] for row in rows)
    return csv_text(rows, fmt)


def restore(column: pd.Series) -> pd.Series:
    """Undo `neutralise_cell` on a text column."""
    quoted = column.str.startswith("'", na=False)
    return column.where(~quoted, column.str[1:])


def neutralised_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` with every text cell passed through `neutralise_cell`."""
    text = [c for c in df.columns if df[c].dtype == object or pd.api.types.is_string_dtype(df[c].dtype)]
    if not text:
        return df
    df = df.copy()
    for column in text:
        df[column] = df[column].map(neutralise_cell)
    return df


# ---------------------------------------------------------------------------- the manifest

def read_manifest(out_dir: Path) -> dict:
    """The folder's manifest.json ({} when missing or unreadable)."""
    try:
        manifest = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def write_manifest(out_dir: Path, manifest: dict) -> Path:
    return write_text_atomic(Path(out_dir) / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))


@contextmanager
def folder_locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive `flock` on the folder itself for the block, so that two processes'
    read-modify-writes of its manifest take turns instead of one dropping the other's entry. Where
    the folder cannot be locked (no fcntl, a file system without flock on folders) the block runs
    unguarded, as before."""
    try:
        fd = os.open(folder, os.O_RDONLY) if fcntl is not None else None
    except OSError:
        fd = None
    try:
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError:
                pass
        yield
    finally:
        if fd is not None:
            os.close(fd)  # releases the flock


def update_manifest(out_dir: Path, change: Callable[[dict], bool | None]) -> None:
    """Read the folder's manifest, let `change` edit it in place and write it back (not when `change`
    returns False), all under `folder_locked`: every read-modify-write of a manifest goes through here,
    so runs writing into one folder at once (an extract, an evaluate, two evaluates on the same --out)
    keep each other's entries instead of the later write dropping what the other wrote meanwhile."""
    with folder_locked(Path(out_dir)):
        manifest = read_manifest(out_dir)
        if change(manifest) is not False:
            write_manifest(out_dir, manifest)


def record_tables(out_dir: Path, fmt: "CsvFormat", files: Iterable[str]) -> None:
    """Record in the folder's manifest that `files` (e.g. 'sentences.csv') were written in `fmt`."""
    def record(manifest: dict) -> None:
        tables = manifest.setdefault("tables", {})
        for name in files:
            tables[name] = fmt.dialect()
    update_manifest(out_dir, record)


def recorded_format(out_dir: Path, file_name: str) -> "CsvFormat | None":
    """The format a table was written in, from the manifest (None when not recorded)."""
    entry = read_manifest(out_dir).get("tables", {}).get(file_name)
    if not isinstance(entry, dict):
        return None
    return CsvFormat(entry.get("sep", ","), bool(entry.get("bom", True)), bool(entry.get("neutralise", False)))


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
    """Write any frame to `path` atomically (formula triggers neutralised unless `fmt` says raw) and
    record its format in the manifest of its folder, for `read_csv_file`."""
    if fmt.neutralise:
        df = neutralised_frame(df)

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding=fmt.encoding, newline="") as handle:
            df.to_csv(handle, index=False, sep=fmt.sep, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    write_atomic(path, write)
    record_tables(Path(path).parent, fmt, [Path(path).name])
    return Path(path)


def sniff_separator(path: Path) -> str:
    """The separator of a CSV file whose format no manifest records: ',', ';' or a tab, whichever
    its header line has most of."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header = handle.readline()
    return max((",", ";", "\t"), key=header.count)


def file_format(path: Path) -> CsvFormat:
    """The format the folder's manifest records for a CSV file; for a file no manifest knows, its
    sniffed separator with cells taken as they are."""
    return recorded_format(path.parent, path.name) or CsvFormat(sniff_separator(path), neutralise=False)


def record_lines(path: Path) -> list[tuple[int, int]]:
    """The line on which each record of a CSV file starts and its number of cells, the header first,
    in the order `read_csv_file` gives the rows: a quoted cell may span lines (Excel writes a cell's
    line breaks so), blank lines are skipped."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=file_format(Path(path)).sep)
        records, start = [], 1
        for row in reader:
            if row:
                records.append((start, len(row)))
            start = reader.line_num + 1
    return records


def read_csv_file(path: Path, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """Read a CSV written by this package as text ('' not NaN), in the format its folder's manifest
    records for it (a file no manifest knows: separator sniffed, cells taken as they are); `columns`:
    only those of them the file has (in the file's order), as object columns (`_read_columns`)."""
    path = Path(path)
    fmt = file_format(path)
    if columns is None:
        df = pd.read_csv(path, sep=fmt.sep, encoding="utf-8-sig", dtype=str, keep_default_na=False, na_values=[])
    else:
        df = _read_columns(path, fmt.sep, frozenset(columns))
    if fmt.neutralise:
        for column in df.columns:
            df[column] = restore(df[column])
    return df


def _read_columns(path: Path, sep: str, columns: frozenset[str]) -> pd.DataFrame:
    """The cells of `columns`, text as `pd.read_csv(dtype=str)` reads it, streamed row by row with
    `csv` into columns of Python strings, each repeated cell (ids, codes, types) kept once: pandas'
    parser and its pyarrow-backed `str` columns held several times the file (the peak memory of
    `extract` on a large corpus was there)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=sep)
        header = next(reader, [])
        picked = [(i, name) for i, name in enumerate(header) if name in columns]
        cells: dict[str, list[str]] = {name: [] for _, name in picked}
        seen: dict[str, str] = {}
        for row in reader:
            if not row:
                continue  # a blank line (pandas skips it too)
            for i, name in picked:
                value = row[i]
                cells[name].append(seen.setdefault(value, value))
    return pd.DataFrame(cells, columns=[name for _, name in picked], dtype=object)


def read_table(out_dir: Path, name: str, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """Read a table written by `write_table` or `extract`, offsets and counts as Int64 (`columns`: only
    those, as in `read_csv_file`)."""
    path = table_path(out_dir, name)
    if not path.exists():
        raise FileNotFoundError(f"{path}: table '{name}' not found; run the stage that writes it first")
    df = read_csv_file(path, columns)
    for column in INTEGER_COLUMNS.intersection(df.columns):
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
    return df


def read_table_or_empty(out_dir: Path, name: str) -> pd.DataFrame:
    try:
        return read_table(out_dir, name)
    except FileNotFoundError:
        return empty_frame(name)
