"""The benchmark (`make bench`) on a tiny corpus: every figure is printed and one CSV row is written.

Timings are never asserted (they depend on the machine and its load); only that each figure is there.
"""

import csv
import shutil

import pytest
import spacy

from pipeline.bench import COLUMNS, STAGES, BenchError, StageClock, run_bench, run_profile, time_components
from pipeline.nlp import build_nlp

from conftest import SEEDS


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(path, folder)
    return folder


@pytest.fixture()
def tiny_model(tmp_path):
    """A base model on disk with one (do-nothing) component, so that base components are timed too."""
    nlp = spacy.blank("de")
    nlp.add_pipe("entity_ruler", name="base_ruler").add_patterns([{"label": "MISC", "pattern": "§never§"}])
    nlp.to_disk(tmp_path / "model")
    return str(tmp_path / "model")


def test_bench_prints_every_figure_and_appends_one_csv_row(corpus, tiny_model, tmp_path):
    before = sorted(path.read_bytes() for path in corpus.iterdir())
    out_csv = tmp_path / "bench" / "bench.csv"
    lines = []
    row = run_bench(corpus, limit=2, model=tiny_model, out_csv=out_csv, workdir=tmp_path, report=lines.append,
                    compare_n_process=True)
    printed = "\n".join(lines)

    assert row["n_docs"] == 2 and row["n_words"] > 100 and row["model"] == tiny_model
    assert row["machine"] and row["cores"] >= 1
    for column in COLUMNS:
        assert row[column] != "", column
    for figure in ("words/s", "docs/s", "peak RSS (driver)", "peak RSS, corpus ×4", "bare spaCy pass",
                   "whole / bare spaCy", "incremental rerun", "time per stage", "base_ruler", "claim_coder",
                   "spaCy model components", "ingest + prepare", "spaCy nlp.pipe(n_process)", tiny_model):
        assert figure in printed, figure
    assert "warning" not in printed  # spaCy's n_process gives the same claims as extract
    assert "base_ruler=" in row["spacy_components"]
    assert row["stages_from"] == "the full run"
    assert all(row[f"stage_{name}_s"] >= 0 for name in STAGES)
    assert row["peak_rss_mb"] > 0 and row["rss_4x_mb"] > 0 and row["bare_spacy_seconds"] > 0

    with out_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and list(rows[0]) == COLUMNS
    assert all(rows[0][column] != "" for column in COLUMNS)
    # the corpus itself is never written to (the touched file is in a copy)
    assert sorted(path.read_bytes() for path in corpus.iterdir()) == before


def test_csv_with_an_older_header_keeps_its_rows(tmp_path):
    from pipeline.bench import append_row

    path = tmp_path / "bench.csv"
    path.write_text("date,seconds,old_column\n2025-01-01,12.5,x\n", encoding="utf-8")
    append_row(path, {column: "1" for column in COLUMNS})
    append_row(path, {column: "2" for column in COLUMNS})
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["seconds"] for row in rows] == ["12.5", "1", "2"]
    assert rows[0]["old_column"] == "x" and rows[1]["old_column"] == ""


def test_timed_components_do_not_change_the_results(tiny_model):
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[1]).read_text(encoding="utf-8")
    plain = build_nlp(tiny_model)
    timed = build_nlp(tiny_model)
    clock = StageClock()
    time_components(timed, clock)
    expected = [(c.claim_type, c.issue, c.start) for c in plain(text)._.claims]
    for doc in (timed(text), list(timed.pipe([text, text], batch_size=1))[1]):
        assert [(c.claim_type, c.issue, c.start) for c in doc._.claims] == expected
    assert set(clock.seconds) == {"tokenizer", "spacy:base_ruler", "news_sentencizer", "space_runs", "actor_ruler",
                                  "actor_linker", "quotation_marker", "quote_finder", "speaker_resolver",
                                  "interview_finder", "claim_coder"}


def test_missing_corpus_says_where_to_point(tmp_path):
    with pytest.raises(BenchError, match="make bench SHARED="):
        run_bench(tmp_path / "nowhere", out_csv=tmp_path / "b.csv", report=lambda line: None)
    assert not (tmp_path / "b.csv").exists()


def test_profile_prints_the_top_functions(corpus, tmp_path):
    lines = []
    text = run_profile(corpus, n_docs=2, model="blank", out_file=tmp_path / "profile.txt", workdir=tmp_path,
                       report=lines.append)
    assert "top 15 by cumulative time" in text and "extract" in text
    assert (tmp_path / "profile.txt").read_text(encoding="utf-8").startswith("profile of extract on 2 documents")


def test_the_stage_table_lists_the_space_runs_component():
    # space_runs is a project component: its time is a stage of its own, not folded into "other"
    from pipeline.bench import stage_table
    stages, components = stage_table({"tokenizer": 1.0, "spacy:ner": 2.0, "space_runs": 0.5}, 4.0)
    assert "space_runs" in STAGES and stages["space_runs"] == 0.5
    assert stages["other"] == pytest.approx(0.5) and components == {"ner": 2.0}
