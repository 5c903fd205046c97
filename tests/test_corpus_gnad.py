"""Slow: the whole pipeline over the 1,028 gnad articles with zero failures (`make robustness`)."""

import os
from pathlib import Path

import pytest

from pipeline.runner import RunOptions, extract
from pipeline.tables import read_table

SHARED = Path(os.environ.get("CLAIMS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GNAD = SHARED / "corpora" / "gnad"


@pytest.mark.slow
def test_every_gnad_article_goes_through_without_failure(tmp_path):
    if not GNAD.is_dir():
        pytest.skip(f"gnad corpus not found at {GNAD} (set CLAIMS_SHARED to the folder holding corpora/)")
    files = sorted(GNAD.glob("*.txt"))
    summary = extract(GNAD, RunOptions(out_dir=tmp_path, batch_size=32), report=lambda message: None)
    assert summary.failed == 0, summary.errors[:5]
    assert summary.processed == len(files) == 1028
    documents = read_table(tmp_path, "documents")
    texts = {row.doc_id: (GNAD / f"{row.doc_id}.txt").read_text(encoding="utf-8-sig") for row in documents.itertuples()}
    for row in read_table(tmp_path, "sentences").itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    for row in read_table(tmp_path, "claims").itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.sentence
