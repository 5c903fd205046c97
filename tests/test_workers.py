"""Worker processes (`--jobs 2`, Dask): a document that fails, a worker that is killed and a
document over the length limit are recorded per document, and the tables are those of one process."""

import os
import pickle
import signal
import sys

import pytest

from pipeline import annotate, engines, runner
from pipeline.ingest import DEFAULT_MAX_CHARS, DocumentError, decode_bytes
from pipeline.nlp import build_nlp
from pipeline.runner import RunOptions, extract
from pipeline.tables import read_table

TABLES = ("documents", "paragraphs", "sentences", "entities", "quotes", "claims")
TEXTS = {
    "a_moskau": "Moskau fordert die Aufhebung der Sanktionen.\nDer Kreml lehnt die Stationierung von Truppen ab.\n",
    "b_kiew": "Kiew fordert einen Waffenstillstand.\n",
    "c_kaputt": "Paris lehnt die Forderung ab. KAPUTT\n",
    "d_peking": "Peking fordert Verhandlungen über die Grenzen.\n",
    "e_toeten": "Warschau fordert mehr Geld für die Verteidigung. TÖTEN\n",
    "f_berlin": "Berlin lehnt die Lieferung von Marschflugkörpern ab.\n",
}
_real_rows_for_doc = annotate.rows_for_doc
_real_process_on_worker = engines.process_on_worker


def failing_rows_for_doc(doc, source):
    """rows_for_doc, failing inside the pipeline on the document that says KAPUTT."""
    if "KAPUTT" in source.text:
        raise ValueError("Regel kaputt")
    return _real_rows_for_doc(doc, source)


def failing_and_killing_task(batch, **arguments):
    """The worker task, in a worker that dies on the document that says TÖTEN (as if killed or out
    of memory) and whose pipeline fails on the one that says KAPUTT."""
    import pipeline.annotate
    pipeline.annotate.rows_for_doc = failing_rows_for_doc
    if any("TÖTEN" in source.text for source in batch):
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_process_on_worker(batch, **arguments)


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "g_lang.txt").write_text("Rom fordert Gespräche. " * 20, encoding="utf-8")  # over --max-chars 300
    return folder


def run(folder, out, **options):
    return extract(folder, RunOptions(out_dir=out, model="blank", max_chars=300, **options),
                   report=lambda message: None)


def errors_of(out):
    errors = read_table(out, "errors")
    return dict(zip(errors["doc_id"], errors["error"]))


def assert_same_tables(one, other):
    for name in TABLES:
        assert (one / f"{name}.csv").read_bytes() == (other / f"{name}.csv").read_bytes(), name


def one_process_reference(corpus, tmp_path, monkeypatch):
    """One process, the killer document left out (in one process nothing would kill it)."""
    monkeypatch.setattr(annotate, "rows_for_doc", failing_rows_for_doc)
    reference = tmp_path / "one"
    killer = corpus / "e_toeten.txt"
    text = killer.read_text(encoding="utf-8")
    killer.unlink()
    summary = run(corpus, reference)
    killer.write_text(text, encoding="utf-8")
    assert summary.failed == 2 and set(errors_of(reference)) == {"c_kaputt", "g_lang"}
    return reference


def test_document_error_survives_pickling():
    error = pickle.loads(pickle.dumps(DocumentError("a1", "in/a1.txt", "nlp", "ValueError: kaputt")))
    assert error.row() == {"doc_id": "a1", "path": "in/a1.txt", "stage": "nlp", "error": "ValueError: kaputt"}


def test_two_workers_record_a_failing_and_a_killed_document_and_match_one_process(corpus, tmp_path, monkeypatch):
    reference = one_process_reference(corpus, tmp_path, monkeypatch)
    monkeypatch.setattr(engines, "process_on_worker", failing_and_killing_task)
    out = tmp_path / "two"
    summary = run(corpus, out, n_process=2, batch_size=1)
    assert (summary.documents, summary.processed, summary.failed) == (7, 4, 3)
    errors = errors_of(out)
    assert errors["c_kaputt"] == "ValueError: Regel kaputt"
    assert errors["e_toeten"] == engines.WORKER_DIED
    assert errors["g_lang"].startswith("too large: 460 characters exceeds --max-chars 300")
    assert_same_tables(reference, out)


def test_the_workers_use_the_pipeline_the_run_built_and_load_none(corpus, tmp_path, monkeypatch):
    """The pool's workers are forked after the run built its pipeline: they use it as they inherit it
    (loading it again took each worker about a second), and the tables are those of one process."""
    reference = tmp_path / "one"
    assert run(corpus, reference).failed == 1  # `g_lang`, over --max-chars

    def second_load(*args, **kwargs):
        raise AssertionError("a worker loaded the pipeline again")

    monkeypatch.setattr(engines, "build_nlp", second_load)
    out = tmp_path / "two"
    summary = run(corpus, out, n_process=2, batch_size=1)
    assert (summary.processed, summary.failed) == (6, 1)
    assert_same_tables(reference, out)
    assert not engines._inherited  # dropped when the pool closed: a later run builds its own


def test_dask_records_a_failing_and_a_killed_document_and_matches_one_process(corpus, tmp_path, monkeypatch):
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.distributed")  # its config defaults, before dask.config.set below
    cloudpickle = pytest.importorskip("cloudpickle")
    reference = one_process_reference(corpus, tmp_path, monkeypatch)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers do not import the tests
    monkeypatch.setattr(engines, "process_on_worker", failing_and_killing_task)
    out = tmp_path / "dask"
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
            summary = run(corpus, out, engine="dask", n_process=2, batch_size=2)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert (summary.documents, summary.processed, summary.failed) == (7, 4, 3)
    errors = errors_of(out)
    assert errors["c_kaputt"] == "ValueError: Regel kaputt"
    assert errors["e_toeten"] == engines.WORKER_DIED
    assert_same_tables(reference, out)


def test_max_chars_defaults_to_what_spacy_processes_and_longer_texts_are_refused_at_ingest():
    assert DEFAULT_MAX_CHARS == build_nlp("blank").max_length
    with pytest.raises(DocumentError, match=r"too large: 1,000,001 characters exceeds --max-chars 1,000,000"):
        decode_bytes(b"a" * 1_000_001, "gross", "gross.txt")


def test_a_raised_max_chars_raises_the_pipelines_limit_too(tmp_path, monkeypatch):
    small = build_nlp("blank")
    small.max_length = 100  # stands for spaCy's 1,000,000, to keep the test small
    monkeypatch.setattr(runner, "build_nlp", lambda *args, **kwargs: small)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lang.txt").write_text("Moskau fordert die Aufhebung der Sanktionen. " * 5, encoding="utf-8")
    summary = extract(folder, RunOptions(out_dir=tmp_path / "out", model="blank", max_chars=1000),
                      report=lambda message: None)
    assert (summary.processed, summary.failed) == (1, 0)
    assert len(read_table(tmp_path / "out", "claims")) == 5


def test_a_worker_dying_before_the_next_batch_is_submitted_loses_no_document(corpus, tmp_path, monkeypatch):
    """The pool may break between two submissions (a worker killed while the driver reads the next
    document): the refused batch is redone after the restart like the batches in flight."""
    reference = one_process_reference(corpus, tmp_path, monkeypatch)
    monkeypatch.setattr(engines, "process_on_worker", failing_and_killing_task)
    real_submit, refused = engines._Pool.submit, []

    def submit_refusing_once(pool, task, batch):
        if not refused and batch[0].doc_id == "f_berlin":
            refused.append(batch[0].doc_id)
            raise engines.BrokenProcessPool("a worker died")
        return real_submit(pool, task, batch)

    monkeypatch.setattr(engines._Pool, "submit", submit_refusing_once)
    out = tmp_path / "two"
    summary = run(corpus, out, n_process=2, batch_size=1)
    assert refused == ["f_berlin"]
    assert (summary.documents, summary.processed, summary.failed) == (7, 4, 3)
    assert_same_tables(reference, out)
