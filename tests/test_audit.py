"""Audits of unseen news (`data/audits/*.csv`). Precision audits: claims of an earlier run judged by
hand, matched to the current run by document, sentence offsets and side. Recall audits: every claim
of whole articles coded by hand, scored like gnad-dev. Texts and audits here are invented."""

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import (Prediction, audit_kind, evaluate_audit, evaluate_gold_set, load_audit,
                               load_recall_audit)

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


# ---------------------------------------------------------------------------- recall audits

RECALL_HEADER = "doc_id,start,end,actor,actor_country,claim_type,issue,polarity,note\n"
DEMAND = "Wladimir Putin fordert die Anerkennung der besetzten Gebiete."
WEATHER = "Das Wetter in Riad war am Montag heiß."
SCHOOLS = "Angela Merkel fordert mehr Geld für die Schulen."


def write_recall_audit(tmp_path, rows: str):
    """Two invented articles: a demand and a weather report, and one with a demand the coder
    left out on purpose (its article is marked as coded without claims)."""
    corpus = tmp_path / "corpora" / "gnad"
    corpus.mkdir(parents=True)
    (corpus / "gnad_0001_international.txt").write_text(f"{DEMAND} {WEATHER}\n", encoding="utf-8")
    (corpus / "gnad_0002_inland.txt").write_text(f"{SCHOOLS}\n", encoding="utf-8")
    path = tmp_path / "gnad_recall_0001.csv"
    path.write_text(RECALL_HEADER + rows, encoding="utf-8")
    return corpus, path


RECALL_ROWS = (f"gnad_0001_international,0,{len(DEMAND)},Wladimir Putin,RUS,DEMAND,TERRITORY,1,a demand\n"
               f"gnad_0001_international,0,{len(DEMAND)},Kiew,UKR,REJECTION,TERRITORY,-1,invented second side\n"
               "gnad_0002_inland,,,,,,,,coded: no claim\n")


def test_recall_audit_reads_sentences_at_the_offsets_and_keeps_claimless_articles(tmp_path):
    corpus, path = write_recall_audit(tmp_path, RECALL_ROWS)
    assert audit_kind(path) == "recall"
    gold = load_recall_audit(path, corpus)
    assert gold.name == "recall audit: gnad_recall_0001"
    assert [p.name for p in gold.paths] == ["gnad_0001_international.txt", "gnad_0002_inland.txt"]
    assert list(gold.claims["sentence"]) == [DEMAND, DEMAND]  # the claimless article has no gold row
    assert gold.n_documents == 2 and "1 of the 2 articles without any claim" in gold.note


def test_a_precision_audit_is_not_a_recall_audit(tmp_path):
    _, path = write_corpus(tmp_path)
    assert audit_kind(path) == "precision"


def test_recall_audit_scored_like_gnad_dev_on_a_real_run(tmp_path):
    """Putin's demand is found (tp); the invented UKR claim on that sentence is not matched by the
    RUS claim (fn: another side is never a match); Merkel's demand in the article coded without
    claims counts as spurious (fp)."""
    corpus, path = write_recall_audit(tmp_path, RECALL_ROWS)
    gold = load_recall_audit(path, corpus)
    report = evaluate_gold_set(gold, None, Prediction.of(gold.paths, None))
    assert (report.overall.tp, report.overall.fn, report.overall.fp) == (1, 1, 1)
    assert report.agreement["claim_type"] == 1
    kinds = sorted(e["kind"] for e in report.errors)
    assert kinds[0].startswith("missed") and kinds[-1] == "spurious"
    assert {e["set"] for e in report.errors} == {"recall audit: gnad_recall_0001"}


def test_recall_audit_names_bad_offsets_a_missing_column_and_a_missing_text(tmp_path):
    corpus, path = write_recall_audit(tmp_path, "gnad_0001_international,0,500,Putin,RUS,DEMAND,,,\n")
    with pytest.raises(ValueError, match="outside gnad_0001_international"):
        load_recall_audit(path, corpus)
    with pytest.raises(FileNotFoundError, match="gnad_0001_international.txt"):
        load_recall_audit(path, tmp_path / "elsewhere")
    path.write_text("doc_id,start,end,actor_country,claim_type\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no column actor"):
        load_recall_audit(path, corpus)


def test_evaluate_prints_the_recall_audit_and_skips_it_without_the_corpus(tmp_path):
    corpus, path = write_recall_audit(tmp_path, RECALL_ROWS)
    args = ["evaluate", "--model", "blank", "--audit", str(path), "--out", str(tmp_path / "out")]
    result = CliRunner().invoke(app, args + ["--shared", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "== claims: recall audit: gnad_recall_0001 (2 documents, 2 gold claims) ==" in result.output
    errors = pd.read_csv(tmp_path / "out" / "claims_errors.csv", dtype=str, keep_default_na=False)
    assert "recall audit: gnad_recall_0001" in set(errors["set"])
    assert "== precision audit" not in result.output
    skipped = CliRunner().invoke(app, args + ["--shared", str(tmp_path / "none")])
    assert skipped.exit_code == 0, skipped.output
    assert "recall audits:" in skipped.output and "not found; skipped" in skipped.output
    assert "recall audit: gnad_recall_0001" not in skipped.output


def test_recall_audit_articles_are_drawn_from_the_sections_outside_the_dev_set(tmp_path):
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location(
        "draw_articles", Path(__file__).resolve().parents[1] / "data" / "audits" / "draw_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus = tmp_path / "gnad"
    corpus.mkdir()
    for name in ("gnad_0001_inland", "gnad_0002_inland", "gnad_0003_sport", "gnad_0004_etat"):
        (corpus / f"{name}.txt").write_text("Ein erfundener Satz.\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("Documents: gnad_0002_inland\n", encoding="utf-8")
    drawn = module.draw(corpus, 1207, 2, dev_readme=readme)
    assert sorted(drawn) == ["gnad_0001_inland", "gnad_0004_etat"]  # not the dev one, not sport
    assert drawn == module.draw(corpus, 1207, 2, dev_readme=readme)
