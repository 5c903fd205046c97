"""Fault injection: the run is killed (SIGKILL, no clean-up of any kind) at each phase boundary;
the next run must give byte-identical tables to a run that was never interrupted."""

import multiprocessing
import os
import shutil
import signal

import pytest

from pipeline import report as report_module
from pipeline import runner
from pipeline.report import write_report
from pipeline.runner import RUN_FILES, DocumentCache, RunOptions, TableAssembler, extract

V1 = {"a": "Moskau fordert die Aufhebung der Sanktionen.\n",
      "b": "Kiew lehnt die Abtretung von Gebieten ab.\n",
      "c": "Paris fordert einen Waffenstillstand.\n"}
# The same documents, two of them changed: the hardest case, as the list of documents alone
# does not tell the next run that the tables are out of date.
V2 = {"a": "Moskau lehnt die Aufhebung der Sanktionen ab.\n",
      "b": V1["b"],
      "c": "Paris fordert Verhandlungen über einen Waffenstillstand.\n"}


def kill():
    os.kill(os.getpid(), signal.SIGKILL)


def after(function, calls: int):
    """`function`, killing the process right after its `calls`-th call returns."""
    count = [0]

    def wrapper(*args, **kwargs):
        result = function(*args, **kwargs)
        count[0] += 1
        if count[0] == calls:
            kill()
        return result
    return wrapper


def partial_commit(self):
    """TableAssembler.commit, killed after renaming three of its files."""
    for name, (handle, tmp) in list(self.files.items())[:3]:
        handle.close()
        os.replace(tmp, self.out_dir / name)
    kill()


def ingest_then_kill(*args, **kwargs):
    for number, item in enumerate(runner_iter_documents(*args, **kwargs), 1):
        yield item
        if number == 2:
            kill()


runner_iter_documents = runner.iter_documents
FAULTS = {
    "ingest": (runner, "iter_documents", ingest_then_kill),
    "pipe": (runner, "process_batch", lambda nlp, batch, *clock: kill() if batch[0].doc_id == "c" else
             runner_process_batch(nlp, batch, *clock)),
    "cache": (DocumentCache, "store", after(DocumentCache.store, 2)),
    "table commit": (TableAssembler, "commit", partial_commit),
    "aggregates": (runner, "write_aggregates", after(runner.write_aggregates, 1)),
    "manifest": (DocumentCache, "prune", lambda self, keep: kill()),
    "report": (report_module, "write_html", lambda data, out_dir: kill()),
}
runner_process_batch = runner.process_batch


def write_corpus(folder, texts):
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def complete_run(folder, out, report=True):
    extract(folder, RunOptions(out_dir=out, model="blank", batch_size=1), report=lambda message: None)
    if report:
        write_report(out, log=lambda message: None)


def killed_run(fault, folder, out):
    owner, name, replacement = FAULTS[fault]
    setattr(owner, name, replacement)
    complete_run(folder, out, report=fault == "report")


@pytest.fixture(scope="module")
def before(tmp_path_factory):
    """The output folder of a complete run on the first version of the corpus."""
    base = tmp_path_factory.mktemp("faults")
    write_corpus(base / "v1", V1)
    complete_run(base / "v1", base / "before")
    return base / "before"


def outputs(out, with_report):
    """The run's tables (and every other CSV, the report's among them, when the report ran)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.name in RUN_FILES or (with_report and p.suffix == ".csv")}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_run_killed_at_each_phase_is_repaired_by_the_next_run(fault, before, tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    write_corpus(corpus, V2)
    with_report = fault == "report"
    complete_run(corpus, tmp_path / "fresh", with_report)
    shutil.copytree(before, out)
    child = multiprocessing.get_context("fork").Process(target=killed_run, args=(fault, corpus, out))
    child.start()
    child.join(120)
    assert child.exitcode == -signal.SIGKILL, f"the run was not killed at {fault}"
    complete_run(corpus, out, with_report)
    fresh = outputs(tmp_path / "fresh", with_report)
    assert set(fresh) >= {"claims.csv", "claims_by_actor.csv", "texts.jsonl"}
    assert ("dna_statements.csv" in fresh) == with_report
    assert outputs(out, with_report) == fresh
