"""Run the stages over a corpus.

Documents go through `annotate` (the one path: masked text → Doc with its date → `nlp.pipe`) in
batches, in this process, on a fork pool of worker processes with `--jobs`, or on Dask. Each
document's rows for every table are stored in a per-document cache (`OUT/.cache/`), keyed by
the document's content hash and the run's fingerprint (code version, model, lexicons). The
tables are then assembled by streaming over the caches in input order, each written to a
temporary file and renamed. This gives, with memory that does not grow with the corpus:
- incremental reruns: an unchanged document is never processed again;
- resumption: after Ctrl-C, the documents already done are reused;
- isolation: a document that fails is named in errors.csv and the others go on.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import itertools
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from pipeline import __version__, dates  # noqa: F401 — dates registers Doc._.date
from pipeline.aggregate import CLAIM_COLUMNS, DOCUMENT_COLUMNS, claims_by_actor, claims_by_source
from pipeline.annotate import (Result, batches, paragraph_index_of, process_batch, rows_for_doc,  # noqa: F401
                               sentence_index_of, source_doc)
from pipeline.engines import dask_process, pool_process
from pipeline.cache_entries import DOC_TABLES, RENDERED_TABLES, CacheBody, entry_body
from pipeline.code_version import PACKAGE_DIR, code_fingerprint  # noqa: F401 — tests read them here
from pipeline.ingest import DocumentError, SourceDocument, iter_documents, prepare_document
from pipeline.lock import output_lock
from pipeline.nlp import build_nlp, choice_fingerprint, choose_model, gc_paused, run_lexicons
from pipeline.options import RunOptions
from pipeline.tables import (COLUMNS, CsvFormat, csv_text_in, frame, neutralised, read_manifest, read_table,
                             record_tables, temp_file_for, update_manifest, write_csv_atomic, write_table,
                             write_text_atomic)

AGGREGATES = ("claims_by_actor", "claims_by_source")
TEXTS = "texts.jsonl"
# Every file of a complete run; the manifest holds each one's hash, so a crash between writing
# them and writing the manifest is noticed by the next run, which then rebuilds them.
RUN_FILES = tuple(f"{name}.csv" for name in DOC_TABLES + ("errors",) + AGGREGATES) + (TEXTS,)
CACHE = ".cache"
PATH_CELL = COLUMNS["documents"].index("path")  # the cells of a cached row, in column order
GC_EVERY_BATCHES = 8


@dataclass
class RunSummary:
    documents: int = 0
    processed: int = 0
    reused: int = 0
    failed: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    claim_types: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    nothing_to_do: bool = False
    tables_kept: bool = False  # no document could be read: the last run's tables and cache were left alone


# ---------------------------------------------------------------------------- the cache

class DocumentCache:
    """Each document's rows and text under OUT/.cache, valid for one content hash and fingerprint.
    A file holds a header line (doc_id, sha256, fingerprint, the size in bytes of the rest), which
    alone tells whether the entry is still valid and whole; the document's line of texts.jsonl as
    written there; a JSON line with its documents row (its path is set when the tables are
    assembled), each table's number of rows, its claims' types, the CSV format its other tables
    are written in and the length of each; and those tables' rows as CSV text, one after the other
    (assembling the tables copies them as they are: nothing to decode or write again, unless the
    run asks for another separator or for raw cells)."""

    def __init__(self, out_dir: Path, fingerprint: str, fmt: CsvFormat = CsvFormat()):
        self.directory = Path(out_dir) / CACHE
        self.fingerprint = fingerprint
        self.fmt = fmt

    def path(self, doc_id: str) -> Path:
        safe = re.sub(r"[^\w.-]+", "_", doc_id)[:80]
        return self.directory / f"{safe}-{hashlib.sha1(doc_id.encode()).hexdigest()[:10]}.json"

    def _read(self, doc_id: str, sha256: str | None, whole: bool) -> dict | None:
        try:
            with open(self.path(doc_id), encoding="utf-8", newline="") as handle:
                line = handle.readline()
                entry = json.loads(line)
                if not isinstance(entry, dict) or entry.get("fingerprint") != self.fingerprint \
                        or (sha256 and entry.get("sha256") != sha256):
                    return None
                if os.fstat(handle.fileno()).st_size != len(line.encode("utf-8")) + entry.get("body_bytes", -1):
                    return None  # cut off or changed since it was written: made again
                if whole:
                    entry["texts_line"] = handle.readline()
                    entry["rows"] = json.loads(handle.readline())
                    entry["csv"] = _split_tables(handle.read(), entry["rows"]["lengths"])
        except (OSError, ValueError, TypeError, KeyError):
            return None
        return entry

    def valid(self, doc_id: str, sha256: str) -> bool:
        """Whether the entry of `doc_id` holds the rows of this content and fingerprint (reads the header only)."""
        return self._read(doc_id, sha256, whole=False) is not None

    def load(self, doc_id: str, sha256: str | None = None) -> dict | None:
        entry = self._read(doc_id, sha256, whole=True)
        return entry if entry is not None and "rows" in entry else None

    def store(self, source: SourceDocument, rows: "dict | CacheBody") -> None:
        """The document's rows, or the body a worker made of them (`CacheBody`)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        body = rows.text if isinstance(rows, CacheBody) else entry_body(source, rows, self.fmt)
        header = {"doc_id": source.doc_id, "sha256": source.sha256, "fingerprint": self.fingerprint,
                  "body_bytes": len(body.encode("utf-8"))}
        write_text_atomic(self.path(source.doc_id), json.dumps(header, ensure_ascii=False) + "\n" + body)

    def body_of(self, source: SourceDocument, rows: "dict | CacheBody") -> CacheBody:
        """The body `store` writes for `rows` (a worker's `CacheBody` as it is)."""
        return rows if isinstance(rows, CacheBody) else CacheBody(entry_body(source, rows, self.fmt))

    def prune(self, keep: Iterable[str]) -> None:
        wanted = {self.path(doc_id).name for doc_id in keep}
        for path in self.directory.glob("*.json"):
            if path.name not in wanted:
                path.unlink(missing_ok=True)


def _split_tables(text: str, lengths: list[int]) -> dict[str, str]:
    """The CSV text of each rendered table, cut from the end of a cache entry by their lengths."""
    tables, start = {}, 0
    for name, length in zip(RENDERED_TABLES, lengths):
        tables[name], start = text[start:start + length], start + length
    return tables


def entry_of_body(body: CacheBody) -> dict:
    """What `DocumentCache.load` gives for an entry with this body, without reading it back (its two
    JSON lines escape every line break, so the first two line ends are theirs)."""
    text = body.text
    texts_end = text.index("\n") + 1
    rows_end = text.index("\n", texts_end) + 1
    rows = json.loads(text[texts_end:rows_end])
    return {"texts_line": text[:texts_end], "rows": rows, "csv": _split_tables(text[rows_end:], rows["lengths"])}


# ---------------------------------------------------------------------------- assembling tables

class TableAssembler:
    """Write every document table row by row to temporary files; `commit` renames them all."""

    def __init__(self, out_dir: Path, fmt: CsvFormat):
        self.out_dir, self.fmt = Path(out_dir), fmt
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.files, self.writers, self.counts = {}, {}, Counter()
        for name in DOC_TABLES:
            handle = self._temp(f"{name}.csv", fmt.encoding)
            writer = csv.writer(handle, delimiter=fmt.sep, lineterminator="\n")
            writer.writerow(COLUMNS[name])
            self.writers[name] = writer
        self.texts = self._temp(TEXTS, "utf-8")

    def _temp(self, name: str, encoding: str):
        tmp = temp_file_for(self.out_dir / name)
        handle = open(tmp, "w", encoding=encoding, newline="")
        self.files[name] = (handle, tmp)
        return handle

    def add(self, entry: dict, path: str | None = None) -> None:
        """One document's cached rows; `path` is where the document is now (the cache may hold an
        older one when the corpus moved)."""
        meta = entry["rows"]
        documents = meta["documents"]
        if path is not None:
            for row in documents:
                row[PATH_CELL] = path
        self.writers["documents"].writerows(neutralised(documents, self.fmt))
        for name in RENDERED_TABLES:
            self.files[f"{name}.csv"][0].write(csv_text_in(entry["csv"][name], meta["sep"], meta["neutralise"],
                                                           self.fmt))
        for name, count in zip(DOC_TABLES, meta["counts"]):
            self.counts[name] += count
        self.counts.update(f"type:{claim_type}" for claim_type in meta["claim_types"])
        self.texts.write(entry["texts_line"])

    def commit(self) -> None:
        for name, (handle, tmp) in self.files.items():
            handle.close()
            os.replace(tmp, self.out_dir / name)
        self.files = {}

    def abort(self) -> None:
        for handle, tmp in self.files.values():
            handle.close()
            Path(tmp).unlink(missing_ok=True)
        self.files = {}


class StreamedTables:
    """The document tables assembled while the documents are processed, in input order: a processed
    document's rows go in as its result comes (no second read of its cache entry after the run),
    with the unchanged documents before it read from the cache; `finish` adds the rest. Nothing is
    started before the first processed document, so a run with nothing to do reads no entry.
    Results come in input order from every engine; if one ever did not, the tables are assembled
    from the cache after the run instead (`finish` starts again)."""

    def __init__(self, out_dir: Path, cache: DocumentCache, fmt: CsvFormat, order: list[str],
                 inputs_of: dict[str, tuple[str, str, str]], reused: set[str], failed: set[str]):
        self.out_dir, self.cache, self.fmt = out_dir, cache, fmt
        self.order, self.inputs_of, self.reused, self.failed = order, inputs_of, reused, failed
        self.assembler: TableAssembler | None = None
        self.done = 0  # documents of `order` passed
        self.broken = False

    def add(self, doc_id: str, body: CacheBody) -> None:
        if self.broken:
            return
        if self.assembler is None:
            self.assembler = TableAssembler(self.out_dir, self.fmt)
        if not self._catch_up(doc_id):
            self.broken = True  # not in input order: assembled from the cache in `finish`
            return
        self.assembler.add(entry_of_body(body), self.inputs_of[doc_id][2])
        self.done += 1

    def _catch_up(self, until: str | None) -> bool:
        """Add the unchanged documents of `order` before `until` (all of them: None)."""
        while self.done < len(self.order):
            doc_id = self.order[self.done]
            if doc_id == until:
                return True
            if doc_id not in self.failed:
                if doc_id not in self.reused:
                    return False  # a processed document whose result has not come
                entry = self.cache.load(doc_id)
                if entry is None:
                    raise RuntimeError(f"cache entry of {doc_id} vanished during the run")
                self.assembler.add(entry, self.inputs_of[doc_id][2])
            self.done += 1
        return until is None

    def finish(self) -> TableAssembler:
        """Every document's rows added; the assembler, ready to commit."""
        if self.broken or self.assembler is None:  # every document from the cache
            self.abort()
            self.broken = False
            self.assembler, self.reused = TableAssembler(self.out_dir, self.fmt), set(self.order)
        if not self._catch_up(None):
            raise RuntimeError("a processed document's rows never came")
        return self.assembler

    def abort(self) -> None:
        if self.assembler is not None:
            self.assembler.abort()
        self.assembler, self.done = None, 0


def write_aggregates(out_dir: Path, fmt: CsvFormat) -> int:
    """claims_by_actor.csv and claims_by_source.csv from the tables in `out_dir`; the number of actors.
    Only the columns they count are read (the peak memory of a large run was here)."""
    claims = read_table(out_dir, "claims", CLAIM_COLUMNS)
    documents = read_table(out_dir, "documents", DOCUMENT_COLUMNS)
    by_actor = claims_by_actor(claims)
    write_csv_atomic(by_actor, Path(out_dir) / "claims_by_actor.csv", fmt)
    write_csv_atomic(claims_by_source(claims, documents), Path(out_dir) / "claims_by_source.csv", fmt)
    return len(by_actor)


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def documents_digest(documents: list[tuple[str, str, str]]) -> str:
    """One hash of the run's (doc_id, content hash, path) list, in input order."""
    return hashlib.sha256(json.dumps(documents, ensure_ascii=False).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- the run

def run_fingerprint(model_id: str, lexicon_fingerprint: str, default_date: str = "") -> str:
    """What a document's cached rows depend on besides its text: code, model, lexicons and the
    date given to undated documents."""
    return (f"{__version__}+{code_fingerprint(PACKAGE_DIR)}|{model_id}|{lexicon_fingerprint}"
            + (f"|date={default_date}" if default_date else ""))


def process_documents(nlp: Language, pending: Iterator[SourceDocument], options: RunOptions) -> Iterator[Result]:
    """Results for every pending document, from the chosen engine."""
    if options.engine == "dask":
        yield from dask_process(pending, options)
        return
    if options.n_process > 1:
        # a handful of changed documents (an incremental rerun) is not worth starting workers
        head = list(itertools.islice(pending, options.batch_size * options.n_process))
        if len(head) == options.batch_size * options.n_process:
            yield from pool_process(itertools.chain(head, pending), options, nlp)
            return
        pending = iter(head)
    for number, batch in enumerate(batches(pending, options.batch_size), 1):
        yield from process_batch(nlp, batch, options.clock)
        if number % GC_EVERY_BATCHES == 0:
            gc.collect()  # Docs and their spans form reference cycles: free them steadily, keep memory flat


def extract(input_path: Path, options: RunOptions, progress: Callable[[int], None] | None = None,
            report: Callable[[str], None] = lambda message: print(message, file=sys.stderr)) -> RunSummary:
    """All stages over `input_path`; tables land in `options.out_dir`, which is locked meanwhile."""
    with output_lock(Path(options.out_dir)):
        caller_froze = gc.get_freeze_count() > 0
        try:
            return _extract(input_path, options, progress, report)
        finally:
            if not caller_froze:
                gc.unfreeze()  # what `_extract` froze with its pipeline is the collector's again


def _extract(input_path: Path, options: RunOptions, progress: Callable[[int], None] | None,
             report: Callable[[str], None]) -> RunSummary:
    started = time.perf_counter()
    out_dir = Path(options.out_dir)
    clock = options.clock
    choice = choose_model(options.model)
    with clock.span("load"), gc_paused():
        lexicons = run_lexicons(choice, options.lexicon_dir)  # the lexicons the pipeline will carry
    fingerprint = run_fingerprint(choice_fingerprint(choice), lexicons.fingerprint, options.default_date)
    cache = DocumentCache(out_dir, fingerprint, options.csv_format)
    summary, order, seen, inputs_of, reused = RunSummary(), [], set(), {}, set()

    def fail(error: DocumentError) -> None:
        summary.failed += 1
        summary.errors.append(error.row())
        report(f"error: {error.path}: {error.reason}")
        if options.strict:
            raise SystemExit(f"--strict: stopped at {error.path}: {error.reason}")

    def pending() -> Iterator[SourceDocument]:
        for item in clock.iterator("ingest_prepare", iter_documents(input_path, options.encoding, options.max_chars,
                                                                    options.text_column, options.id_column)):
            summary.documents += 1
            if isinstance(item, SourceDocument) and item.doc_id in seen:
                item = DocumentError(item.doc_id, item.path, "ingest",
                                     f"duplicate doc_id {item.doc_id!r} (another input has the same name)")
            if isinstance(item, DocumentError):
                fail(item)
                continue
            seen.add(item.doc_id)
            for warning in item.warnings:
                summary.warnings.append(warning)
                report(f"warning: {warning}")
            sha256 = item.sha256
            # an unchanged document: its rows were made from this text under this fingerprint (code,
            # lexicons, date), so it passed prepare_document then and needs nothing now
            cached = not options.force and cache.valid(item.doc_id, sha256)
            if not cached:
                try:
                    with clock.span("ingest_prepare"):
                        prepare_document(item, lexicons.lexicons, options.default_date)
                except DocumentError as error:
                    fail(error)
                    continue
            inputs_of[item.doc_id] = (item.doc_id, sha256, item.path)
            order.append(item.doc_id)
            if cached:
                reused.add(item.doc_id)
                summary.reused += 1
                if progress:
                    progress(1)
                continue
            yield item

    failed_ids = set()
    documents = pending()
    first = next(documents, None)  # load the model only when some document needs it
    to_process = itertools.chain([first], documents) if first is not None else iter(())
    nlp = None
    if first is not None:
        with clock.span("load"):
            nlp = build_nlp(options.model, options.lexicon_dir)
        # the pipeline lives as long as the run: no collection need walk its objects again (the
        # collection every few batches, the fork pool's workers, which inherit them)
        gc.freeze()
        clock.instrument(nlp)
        nlp.max_length = max(nlp.max_length, options.max_chars)  # --max-chars is the one limit
    tables = StreamedTables(out_dir, cache, options.csv_format, order, inputs_of, reused, failed_ids)
    try:
        for source, result in process_documents(nlp, to_process, options):
            if isinstance(result, DocumentError):
                failed_ids.add(source.doc_id)
                fail(result)
            else:
                with clock.span("write"):
                    body = cache.body_of(source, result)
                    cache.store(source, body)
                    tables.add(source.doc_id, body)
                summary.processed += 1
            if progress:
                progress(1)
    except BaseException:
        tables.abort()
        raise
    order = [doc_id for doc_id in order if doc_id not in failed_ids]
    inputs = [inputs_of[doc_id] for doc_id in order]

    manifest = read_manifest(out_dir)
    if not order and manifest.get("documents"):
        # no document could be read (a mistyped or empty folder, every file failed): empty tables would
        # replace the last run's and pruning would drop its cached documents
        summary.tables_kept = True
        tables.abort()
        summary.seconds = time.perf_counter() - started
        return summary
    if (not summary.processed and not summary.errors and manifest.get("fingerprint") == fingerprint
            and manifest.get("documents_sha256") == documents_digest(inputs)
            and _files_unchanged(out_dir, manifest, options.csv_format)):
        summary.nothing_to_do = True
        _count_from_manifest(summary, manifest)
    else:
        with clock.span("write"):
            _assemble(out_dir, tables, options, summary)

        def record_run(manifest: dict) -> None:
            manifest.update({"fingerprint": fingerprint, "version": __version__, "model": choice.name,
                             "documents": order, "documents_sha256": documents_digest(inputs),
                             "counts": dict(summary.counts), "claim_types": dict(summary.claim_types)})
            tables = manifest.setdefault("tables", {})
            for name in RUN_FILES:
                tables[name] = {**options.csv_format.dialect(), "sha256": file_sha256(out_dir / name)}
        update_manifest(out_dir, record_run)  # read again: what another run recorded meanwhile stays
    cache.prune(order)
    summary.seconds = time.perf_counter() - started
    return summary


def refresh_hashes(out_dir: Path, names: list[str]) -> None:
    """Record the current hash of files of the run that a later step of the same run rewrote (the
    analyst's corrections rewrite claims.csv and the aggregates), so the next run can still find
    nothing to do."""
    def refresh(manifest: dict) -> bool:
        tables = manifest.get("tables", {})
        known = [name for name in names if name in RUN_FILES and name in tables]
        for name in known:
            tables[name]["sha256"] = file_sha256(Path(out_dir) / name)  # write_csv_atomic dropped the old one
        return bool(known)
    update_manifest(out_dir, refresh)


def _files_unchanged(out_dir: Path, manifest: dict, fmt: CsvFormat) -> bool:
    """Every file of the run is there, as the manifest says it was written, in this run's format."""
    tables = manifest.get("tables", {})
    for name in RUN_FILES:
        entry = tables.get(name) or {}
        if entry.get("sha256") is None or entry.get("sha256") != file_sha256(out_dir / name):
            return False
        if {k: entry.get(k) for k in fmt.dialect()} != fmt.dialect():
            return False
    return True


def _assemble(out_dir: Path, tables: StreamedTables, options: RunOptions, summary: RunSummary) -> None:
    try:
        assembler = tables.finish()
        assembler.commit()
    except BaseException:
        tables.abort()
        raise
    record_tables(out_dir, options.csv_format, [f"{name}.csv" for name in DOC_TABLES])
    write_table(frame("errors", summary.errors), out_dir, "errors", options.csv_format)
    write_aggregates(out_dir, options.csv_format)
    summary.counts = Counter({k: v for k, v in assembler.counts.items() if not k.startswith("type:")})
    summary.claim_types = Counter({k[5:]: v for k, v in assembler.counts.items() if k.startswith("type:")})


def _count_from_manifest(summary: RunSummary, manifest: dict) -> None:
    summary.counts = Counter(manifest.get("counts", {}))
    summary.claim_types = Counter(manifest.get("claim_types", {}))
