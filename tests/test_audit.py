"""Precision audits (`data/audits/*.csv`): claims of an earlier run judged by hand, matched to the
current run by document, sentence offsets and side. Texts and audits here are invented."""

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import Prediction, evaluate_audit, load_audit

HEADER = "doc_id,category,start,end,actor_country,actor,claim_type,verdict,country_ok,type_ok,right_type,note\n"
FIRST = "Wladimir Putin fordert die Anerkennung der besetzten Gebiete."
SECOND = "Das Wetter in Riad war am Montag heiß."


def audit_rows(rows: list[tuple]) -> pd.DataFrame:
    columns = ["doc_id", "start", "end", "actor_country", "claim_type", "verdict", "country_ok", "right_type"]
    return pd.DataFrame(rows, columns=columns)


def claims(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "actor_country", "claim_type"])


def test_audited_claims_match_by_document_sentence_and_side():
    audit = audit_rows([
        ("d1", 0, 60, "RUS", "DEMAND", "true", "yes", "DEMAND"),
        ("d1", 61, 100, "UKR", "STATEMENT", "borderline", "yes", "REJECTION"),
        ("d2", 0, 40, "DEU", "STATEMENT", "false", "no", ""),
        ("d2", 41, 80, "AUT", "ACCUSATION", "true", "yes", "ACCUSATION"),
    ])
    predicted = claims([
        ("d1", 0, 60, "RUS", "STATEMENT"),   # still produced, now with the wrong type
        ("d1", 0, 60, "RUS", "DEMAND"),      # the audited type is preferred: matched
        ("d1", 61, 100, "UKR", "REJECTION"),  # still produced, type now right
        ("d2", 0, 40, "FRA", "STATEMENT"),   # the false claim's sentence, another side: no match
        ("d2", 41, 79, "AUT", "ACCUSATION"),  # another sentence (offsets differ): no match
        ("d3", 41, 80, "AUT", "ACCUSATION"),  # another document: not counted at all
    ])
    report = evaluate_audit(audit, predicted)
    assert dict(report.kept) == {"true": 1, "borderline": 1}
    assert report.precision(False) == 0.5 and report.precision(True) == 1.0
    assert (report.type_right, report.type_judged, report.side_right) == (2, 2, 2)
    # dropped: the false one (good) and the AUT accusation (a true one lost)
    assert report.audited["false"] - report.kept["false"] == 1 and report.audited["true"] - report.kept["true"] == 1
    assert report.unjudged_on_sentences == 2  # the second RUS claim and the FRA claim
    assert report.elsewhere == 1  # the AUT claim on the shifted sentence
    lines = "\n".join(report.lines())
    assert "still produced               2 of 4" in lines
    assert "no longer produced           2  (1 false: good; 0 borderline; 1 true: lost)" in lines


def test_a_claim_of_another_side_or_sentence_keeps_nothing():
    audit = audit_rows([("d1", 0, 60, "RUS", "DEMAND", "true", "yes", "DEMAND")])
    report = evaluate_audit(audit, claims([("d1", 0, 60, "UKR", "DEMAND"), ("d1", 61, 90, "RUS", "DEMAND")]))
    assert sum(report.kept.values()) == 0 and report.precision(True) == 0.0
    assert report.unjudged_on_sentences == 1 and report.elsewhere == 1


def write_corpus(tmp_path):
    corpus = tmp_path / "corpora" / "gnad"
    corpus.mkdir(parents=True)
    (corpus / "gnad_0001_inland.txt").write_text(f"{FIRST} {SECOND}\n", encoding="utf-8")
    second = len(FIRST) + 1
    audit = tmp_path / "audit.csv"
    audit.write_text(
        HEADER
        + f"gnad_0001_inland,inland,0,{len(FIRST)},RUS,Wladimir Putin,DEMAND,true,yes,yes,DEMAND,a demand\n"
        + f"gnad_0001_inland,inland,0,{len(FIRST)},UKR,Kiew,DEMAND,false,no,no,,invented wrong side\n"
        + f"gnad_0001_inland,inland,{second},{second + len(SECOND)},RUS,Kreml,STATEMENT,false,no,no,,weather\n",
        encoding="utf-8")
    return corpus, audit


def test_audit_on_a_real_run(tmp_path):
    """The pipeline finds Putin's demand (true, kept); the invented UKR claim on that sentence and
    the RUS one on the weather sentence match nothing: two false claims no longer produced."""
    corpus, path = write_corpus(tmp_path)
    audit = load_audit(path, corpus)
    assert [p.name for p in audit.paths] == ["gnad_0001_inland.txt"]
    run = Prediction.of(audit.paths + audit.paths, None)  # each file runs once
    assert list(run.texts) == ["gnad_0001_inland"]
    report = evaluate_audit(audit.claims, run.subset(["gnad_0001_inland"]).claims)
    assert dict(report.kept) == {"true": 1}
    assert report.audited["false"] == 2 and report.kept["false"] == 0
    assert report.type_right == report.type_judged == 1


def test_audit_names_a_missing_text_and_a_wrong_verdict(tmp_path):
    corpus, path = write_corpus(tmp_path)
    with pytest.raises(FileNotFoundError, match="gnad_0001_inland.txt"):
        load_audit(path, tmp_path / "elsewhere")
    path.write_text(HEADER + "gnad_0001_inland,inland,0,10,RUS,Putin,DEMAND,maybe,yes,yes,DEMAND,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="maybe"):
        load_audit(path, corpus)


def test_evaluate_prints_the_audit_and_skips_it_without_the_corpus(tmp_path):
    corpus, path = write_corpus(tmp_path)
    args = ["evaluate", "--model", "blank", "--audit", str(path), "--out", str(tmp_path / "out")]
    result = CliRunner().invoke(app, args + ["--shared", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "== precision audit: audit (3 claims judged by hand in 1 unseen gnad documents" in result.output
    assert "still produced" in (tmp_path / "out" / "report.txt").read_text(encoding="utf-8")
    skipped = CliRunner().invoke(app, args + ["--shared", str(tmp_path / "none")])
    assert skipped.exit_code == 0, skipped.output
    assert "precision audits:" in skipped.output and "not found; skipped" in skipped.output
    assert "== precision audit" not in skipped.output
