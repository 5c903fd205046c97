"""Run the per-document work on Dask: a LocalCluster by default, or an existing scheduler.

Workers build the same `nlp` (lexicons and model by path, so every worker must see the same
files: a shared file system or the same checkout) and return each document's rows; the driver
caches and assembles them exactly as the local engine does, so the tables are identical.
"""

from __future__ import annotations

import functools
from collections import deque
from typing import Iterator

from pipeline.ingest import SourceDocument
from pipeline.nlp import build_nlp
from pipeline.runner import Result, RunOptions, batches, process_batch


@functools.lru_cache(maxsize=2)
def _worker_nlp(model: str | None, lexicon_dir: str | None):
    return build_nlp(model, lexicon_dir)


def process_on_worker(batch: list[SourceDocument], model: str | None, lexicon_dir: str | None) -> list[Result]:
    """The task a Dask worker runs: one batch through the pipeline."""
    return list(process_batch(_worker_nlp(model, lexicon_dir), batch))


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


def dask_process(pending: Iterator[SourceDocument], options: RunOptions) -> Iterator[Result]:
    """Submit batches with a bounded number in flight, so memory stays flat on the driver."""
    client, cluster = _client(options)
    lexicon_dir = str(options.lexicon_dir) if options.lexicon_dir else None
    in_flight: deque = deque()
    limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
    try:
        for batch in batches(pending, options.batch_size):
            in_flight.append(client.submit(process_on_worker, batch, options.model, lexicon_dir, pure=False))
            while len(in_flight) >= limit:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        for future in in_flight:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
