"""Incremental reruns, resumption after an interruption, and the Dask engine."""

import shutil

import pandas as pd
import pytest

from pipeline import runner
from pipeline.runner import RunOptions, extract
from pipeline.tables import read_table

from conftest import SEEDS

TABLES = ("documents", "sentences", "entities", "quotes", "claims")


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[1:4]:
        shutil.copy(path, folder)
    return folder


def run(folder, out, **options):
    return extract(folder, RunOptions(out_dir=out, model="blank", **options), report=lambda message: None)


def test_incremental_rerun_recomputes_only_the_changed_document(corpus, tmp_path):
    out = tmp_path / "out"
    first = run(corpus, out)
    assert (first.processed, first.reused) == (3, 0)
    before = {name: read_table(out, name) for name in TABLES}
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nMoskau fordert neue Verhandlungen.\n",
                       encoding="utf-8")
    second = run(corpus, out)
    assert (second.processed, second.reused) == (1, 2)
    after = read_table(out, "claims")
    assert "Moskau fordert neue Verhandlungen." in set(after["sentence"])
    for name in TABLES:
        old, new = before[name], read_table(out, name)
        keep = old["doc_id"] != changed.stem
        pd.testing.assert_frame_equal(old[keep].reset_index(drop=True),
                                      new[new["doc_id"] != changed.stem].reset_index(drop=True))


def test_changed_code_recomputes_every_document(corpus, tmp_path, monkeypatch):
    """Cached rows belong to the code that made them: after an edit of a rule (same version
    number), a rerun processes every document again."""
    out = tmp_path / "out"
    assert run(corpus, out).processed == 3
    assert run(corpus, out).reused == 3
    same, code = tmp_path / "same", tmp_path / "code"
    for copy in (same, code):
        shutil.copytree(runner.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "models", "*_data"))
    (code / "claims.py").write_text((code / "claims.py").read_text(encoding="utf-8") + "\n# edited\n",
                                    encoding="utf-8")
    assert runner.code_fingerprint(same) == runner.code_fingerprint(runner.PACKAGE_DIR) != runner.code_fingerprint(code)
    monkeypatch.setattr(runner, "PACKAGE_DIR", code)
    assert (run(corpus, out).processed, run(corpus, out).reused) == (3, 3)


def test_interrupted_run_leaves_no_partial_tables_and_resumes(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = runner.process_batch
    calls = []

    def interrupted(nlp, batch, *clock):
        calls.append(batch)
        if len(calls) == 2:
            raise KeyboardInterrupt
        yield from real(nlp, batch, *clock)

    monkeypatch.setattr(runner, "process_batch", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, out, batch_size=1)
    assert not (out / "claims.csv").exists() and not list(out.glob(".*.tmp"))
    monkeypatch.setattr(runner, "process_batch", real)
    resumed = run(corpus, out, batch_size=1)
    assert (resumed.processed, resumed.reused) == (2, 1)
    assert set(read_table(out, "documents")["doc_id"]) == {p.stem for p in corpus.glob("*.txt")}


def test_dask_engine_matches_local_engine(corpus, tmp_path):
    pytest.importorskip("dask.distributed")
    local, distributed = tmp_path / "local", tmp_path / "dask"
    run(corpus, local)
    summary = run(corpus, distributed, engine="dask", n_process=2, batch_size=1)
    assert summary.processed == 3
    for name in TABLES + ("paragraphs",):
        assert (local / f"{name}.csv").read_bytes() == (distributed / f"{name}.csv").read_bytes(), name


def test_two_worker_processes_give_the_same_tables(corpus, tmp_path):
    single, double = tmp_path / "one", tmp_path / "two"
    run(corpus, single)
    summary = run(corpus, double, n_process=2, batch_size=1)
    assert summary.processed == 3
    for name in TABLES + ("paragraphs",):
        assert (single / f"{name}.csv").read_bytes() == (double / f"{name}.csv").read_bytes(), name


def test_the_pool_gets_its_last_documents_in_small_batches_in_input_order():
    from pipeline.engines import tail_batches

    sizes = [len(batch) for batch in tail_batches(iter(range(100)), 8, 2)]
    # full batches while more than the tail (2 workers × 2 × 8 documents) is left, then quarters
    assert sizes == [8] * 8 + [2] * 18
    assert [item for batch in tail_batches(iter(range(100)), 8, 2) for item in batch] == list(range(100))
    # negative: a run shorter than the tail is all small batches; a batch size of 1 stays 1
    assert [len(batch) for batch in tail_batches(iter(range(5)), 8, 2)] == [2, 2, 1]
    assert {len(batch) for batch in tail_batches(iter(range(50)), 1, 2)} == {1}


def test_two_worker_processes_give_the_same_tables_with_the_default_batches(corpus, tmp_path):
    """Full batches, then the small ones of the tail: the tables of one process."""
    for n, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        for copy in range(8):
            shutil.copy(path, corpus / f"{n}_{copy}_{path.name}")
    single, double = tmp_path / "one", tmp_path / "two"
    run(corpus, single)
    summary = run(corpus, double, n_process=2, batch_size=4)
    assert summary.processed == len(list(corpus.iterdir()))
    for name in TABLES + ("paragraphs",):
        assert (single / f"{name}.csv").read_bytes() == (double / f"{name}.csv").read_bytes(), name
