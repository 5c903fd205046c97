"""Slow (`make robustness`): the soak. The 1,028 gnad articles plus 50 generated bad files, in
one process, with `--jobs 2` and on Dask: every good document's rows are identical in all three,
every bad file is in errors.csv, and every offset points into the text."""

import os
import shutil
import time
from pathlib import Path

import pytest

from pipeline.runner import RunOptions, extract
from pipeline.tables import read_table

SHARED = Path(os.environ.get("CLAIMS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GNAD = SHARED / "corpora" / "gnad"
DOC_TABLES = ("documents", "paragraphs", "sentences", "entities", "quotes", "claims")
N_GNAD = 1028


def write_bad_files(folder: Path) -> list[str]:
    """50 inputs that must each end up in errors.csv; returns the path each error row names."""
    folder.mkdir()
    expected = []

    def add(name: str, data: bytes, shown: str | None = None) -> None:
        (folder / name).write_bytes(data)
        expected.append(shown or str(folder / name))

    article = "Moskau fordert die Aufhebung der Sanktionen. ".encode("utf-8")
    for i in range(6):
        add(f"leer_{i}.txt", b"")
        add(f"nur_leerzeichen_{i}.txt", b" \n\t\r\n" * (i + 1))
        add(f"bild_{i}.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * (i + 1))
    for i in range(5):
        add(f"nul_spaet_{i}.txt", article * 2000 + b"\x00" + article)  # the NUL after the first 64 KB
        add(f"zu_lang_{i}.txt", b"a" * (1_000_001 + i))
        add(f"seite_{i}.html", b"<html><head><script>var x = 1;</script></head><body><nav>Start</nav></body></html>")
        add(f"nur_rahmen_{i}.txt", "Bitte aktivieren Sie Javascript\nMeine News\n".encode("utf-8"))
        (folder / f"weg_{i}.txt").symlink_to(folder / f"gibt_es_nicht_{i}.txt")
        expected.append(str(folder / f"weg_{i}.txt"))
    for i in range(1):
        (folder / f"kreis_{i}.txt").symlink_to(folder / f"kreis_{i}.txt")
        expected.append(str(folder / f"kreis_{i}.txt"))
    for name, data in (("kaputt.csv", 'id,text\n"a1,Moskau fordert Sanktionen.\n'),
                       ("kaputt.tsv", 'id\ttext\na1\tMoskau\tfordert\n'),
                       ("ohne_text.csv", "id,body\nb1,Kiew fordert Waffen.\n"),
                       ("kaputt.jsonl", '["Kiew", "fordert"]\n'),
                       ("zahl.jsonl", "42\n")):
        add(name, data.encode("utf-8"), f"{folder / name}#1")
    add("binaer.csv", b"id,text\n\x00\x01\x02")
    assert len(expected) == 50
    return expected


@pytest.fixture(scope="module")
def soak(tmp_path_factory):
    if not GNAD.is_dir():
        pytest.skip(f"gnad corpus not found at {GNAD} (set CLAIMS_SHARED to the folder holding corpora/)")
    base = tmp_path_factory.mktemp("soak")
    corpus = base / "corpus"
    shutil.copytree(GNAD, corpus)
    bad = write_bad_files(corpus / "zz_bad")
    runs, figures = {}, []
    for name, options in (("one process", {}), ("--jobs 2", {"n_process": 2}),
                          ("dask, 2 workers", {"engine": "dask", "n_process": 2})):
        out = base / name.replace(" ", "_").replace(",", "")
        started = time.perf_counter()
        summary = extract(corpus, RunOptions(out_dir=out, batch_size=32, **options), report=lambda message: None)
        seconds = time.perf_counter() - started
        runs[name] = (out, summary)
        figures.append(f"soak {name}: {summary.documents} inputs read, {summary.processed} processed, "
                       f"{summary.failed} failed, {summary.counts['claims']} claims, {seconds:.0f} s")
    print("\n" + "\n".join(figures))
    return corpus, bad, runs


@pytest.mark.slow
def test_every_good_document_goes_through_and_every_bad_file_is_named(soak):
    corpus, bad, runs = soak
    for name, (out, summary) in runs.items():
        assert summary.documents == N_GNAD + len(bad), name
        assert (summary.processed, summary.failed) == (N_GNAD, len(bad)), (name, summary.errors[:5])
        errors = read_table(out, "errors")
        assert sorted(errors["path"]) == sorted(bad), name


@pytest.mark.slow
def test_workers_and_dask_give_the_rows_of_one_process(soak):
    _, _, runs = soak
    (one, _), *others = runs.values()
    for out, _ in others:
        for name in DOC_TABLES + ("claims_by_actor", "claims_by_source"):
            assert (one / f"{name}.csv").read_bytes() == (out / f"{name}.csv").read_bytes(), (out.name, name)


@pytest.mark.slow
def test_every_offset_points_into_the_text(soak):
    corpus, _, runs = soak
    out, _ = runs["one process"]
    texts = {row.doc_id: Path(row.path).read_text(encoding="utf-8-sig")
             for row in read_table(out, "documents").itertuples()}
    for row in read_table(out, "sentences").itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    for row in read_table(out, "claims").itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.sentence
