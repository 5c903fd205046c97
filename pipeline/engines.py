"""Run the per-document work in other processes: a local pool (`--jobs N`) or Dask.

Workers build the same `nlp` (lexicons and model by path, so every worker must see the same
files: a shared file system or the same checkout) and return each document's rows, or its
`DocumentError`, as plain picklable data; the driver caches and assembles them exactly as in
one process, so the tables are identical.

A worker that dies (killed, out of memory, a crash in compiled code) takes its batch with it.
The documents of that batch, and of any batch lost with the same pool, are then retried one at
a time: each one that kills its worker again is recorded as failed, the others go through.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterator

from spacy.language import Language

from pipeline.cache_entries import CacheBody, entry_body
from pipeline.annotate import Result, batches, process_batch
from pipeline.ingest import DocumentError, SourceDocument
from pipeline.nlp import build_nlp
from pipeline.options import RunOptions
from pipeline.tables import CsvFormat

WORKER_DIED = "worker process died while processing this document (killed, or out of memory)"


# The pipeline the process that starts a local pool built for the run, by (model, lexicon_dir) as the
# tasks name them: the pool's workers are forked from that process and use it as they inherit it.
_inherited: dict[tuple[str | None, str | None], Language] = {}


@functools.lru_cache(maxsize=2)
def _worker_nlp(model: str | None, lexicon_dir: str | None):
    inherited = _inherited.get((model, lexicon_dir))
    if inherited is not None:
        return inherited  # built (and frozen for the collector) before the fork: no second load
    nlp = build_nlp(model, lexicon_dir)
    gc.freeze()  # the worker's pipeline lives as long as the worker: collections need not walk it
    return nlp


def process_on_worker(batch: list[SourceDocument], model: str | None, lexicon_dir: str | None,
                      max_chars: int = 0, csv_format: CsvFormat | None = None) -> list[Result]:
    """The task a worker runs: one batch through the pipeline. With `csv_format` each document's
    rows come back as the body of its cache entry (`CacheBody`): encoded here, in parallel, so
    that the process running `extract` only writes it (less to send back, too)."""
    nlp = _worker_nlp(model, lexicon_dir)
    nlp.max_length = max(nlp.max_length, max_chars)
    results = list(process_batch(nlp, batch))
    if csv_format is None:
        return results
    return [(source, CacheBody(entry_body(source, result, csv_format)) if isinstance(result, dict) else result)
            for source, result in results]


def _task_arguments(options: RunOptions) -> dict:
    lexicon_dir = str(options.lexicon_dir) if options.lexicon_dir else None
    return {"model": options.model, "lexicon_dir": lexicon_dir, "max_chars": options.max_chars,
            "csv_format": options.csv_format}


def _failed(batch: list[SourceDocument], reason: str) -> list[Result]:
    return [(source, DocumentError(source.doc_id, source.path, "nlp", reason)) for source in batch]


# ---------------------------------------------------------------------------- local pool

class _Pool:
    """A fork-based process pool that is replaced when one of its workers dies."""

    def __init__(self, workers: int):
        self.workers = workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))

    def submit(self, task: Callable, batch: list[SourceDocument]) -> Future:
        return self.executor.submit(task, batch)

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _one_by_one(pool: _Pool, task: Callable, documents: list[SourceDocument]) -> Iterator[Result]:
    """Each document alone, so a document that kills its worker fails alone."""
    for source in documents:
        try:
            yield from pool.submit(task, [source]).result()
        except BrokenProcessPool:
            pool.restart()
            yield source, DocumentError(source.doc_id, source.path, "nlp", WORKER_DIED)


def pool_process(pending: Iterator[SourceDocument], options: RunOptions,
                 nlp: Language | None = None) -> Iterator[Result]:
    """Batches on `--jobs` worker processes (a fork pool), each running `annotate` on its batches;
    results (rows, not Docs) in input order. The workers use `nlp`, the pipeline this process built
    for the run with the same options, as they inherit it through the fork (loading the model and
    the lexicons again took each worker about a second); without it each worker loads its own."""
    arguments = _task_arguments(options)
    task = functools.partial(process_on_worker, **arguments)
    key = (arguments["model"], arguments["lexicon_dir"])
    if nlp is not None:
        _inherited[key] = nlp
    try:
        yield from _pool_results(pending, options, task)
    finally:
        _inherited.pop(key, None)  # another run may edit the same lexicons: never a stale pipeline


def _pool_results(pending: Iterator[SourceDocument], options: RunOptions, task: Callable) -> Iterator[Result]:
    pool = _Pool(options.n_process)
    window: deque[tuple[list[SourceDocument], Future]] = deque()

    def drain(limit: int) -> Iterator[Result]:
        while len(window) > limit:
            batch, future = window.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                rest = [(batch, future)] + list(window)
                window.clear()
                pool.restart()
                for other, lost in rest:
                    yield from _one_by_one(pool, task, other) if _lost(lost) else lost.result()
                continue
            yield from results

    try:
        for batch in tail_batches(pending, options.batch_size, options.n_process):
            window.append((batch, _submitted(pool, task, batch)))
            yield from drain(2 * options.n_process)
        yield from drain(0)
    finally:
        pool.close()


def tail_batches(items: Iterator, size: int, workers: int) -> Iterator[list]:
    """Batches of `size`, but the last `2 * workers * size` or so items in batches of a quarter of it:
    when the items run out, the workers are each given small batches, so that one does not go on
    with a whole batch while the others wait (on gnad, a batch of 16 articles took about 1.4 s).
    A Doc's annotations do not depend on the batch it is in (tables identical, tested)."""
    tail = 2 * workers * size
    waiting: deque = deque()
    for item in items:
        waiting.append(item)
        if len(waiting) >= tail + size:
            yield [waiting.popleft() for _ in range(size)]
    small = max(1, size // 4)
    while waiting:
        yield [waiting.popleft() for _ in range(min(small, len(waiting)))]


def _submitted(pool: _Pool, task: Callable, batch: list[SourceDocument]) -> Future:
    """The batch's future; if a worker died since the last drain, the pool takes no task, so the
    batch waits as a lost future until the drain restarts the pool and redoes it."""
    try:
        return pool.submit(task, batch)
    except BrokenProcessPool as error:
        future: Future = Future()
        future.set_exception(error)
        return future


def _lost(future: Future) -> bool:
    """Whether a future of a broken pool has no result (it was running or waiting)."""
    return not future.done() or future.cancelled() or future.exception() is not None


# ---------------------------------------------------------------------------- Dask

def _client(options: RunOptions):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("--engine dask needs Dask: pip install -e '.[dask]'") from None
    if options.scheduler:
        return Client(options.scheduler), None
    cluster = LocalCluster(n_workers=max(1, options.n_process), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def _dask_result(batch: list[SourceDocument], future, submit: Callable) -> list[Result]:
    """A batch's results; if its task failed (a killed worker, a task error), each document again
    on its own, one after the other (so that a worker that dies takes no other document with it),
    and those that fail alone are recorded with the reason."""
    try:
        return future.result()
    except Exception:  # noqa: BLE001 — KilledWorker, or anything that broke the task
        pass
    results: list[Result] = []
    for source in batch:
        try:
            results.extend(submit([source]).result())
        except Exception as error:  # noqa: BLE001
            reason = WORKER_DIED if type(error).__name__ == "KilledWorker" else \
                f"worker task failed: {type(error).__name__}: {error}"
            results.extend(_failed([source], reason))
    return results


def dask_process(pending: Iterator[SourceDocument], options: RunOptions) -> Iterator[Result]:
    """Submit batches with a bounded number in flight, so memory stays flat on the driver."""
    client, cluster = _client(options)
    arguments = _task_arguments(options)

    def submit(batch: list[SourceDocument]):
        return client.submit(process_on_worker, batch, pure=False, **arguments)

    in_flight: deque = deque()
    limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
    try:
        for batch in batches(pending, options.batch_size):
            in_flight.append((batch, submit(batch)))
            while len(in_flight) >= limit:
                yield from _dask_result(*in_flight.popleft(), submit)
        while in_flight:
            yield from _dask_result(*in_flight.popleft(), submit)
    finally:
        for _, future in in_flight:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
