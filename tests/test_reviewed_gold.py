"""`evaluate --reviewed OUT_DIR`: an analyst's reviewed claims as one more gold set. Two short
articles of our own are extracted with the rules alone, the analyst rejects a claim the rules got
wrong, adds the one they missed and relabels another; the evaluation then counts the rejected
claim as spurious, the added one as missed and the relabelled one as mislabelled."""

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.corrections import CorrectionsError, write_corrections
from pipeline.evaluate import evaluate_gold_set, reviewed_gold_set
from pipeline.tables import read_table

runner = CliRunner()

ARTICLES = {
    "kreml": ("Moskau weist Vorschlag zurück | tagesschau.de\n\n"
              "Der Kreml lehnt eine Waffenruhe in der Ukraine ab. Kremlsprecher Dmitri Peskow sagte am Montag, "
              "Russland werde seine Truppen nicht aus den besetzten Gebieten abziehen.\n\n"
              "Politiker aller Parteien fordern Russland auf, die Angriffe auf die ukrainische Energieversorgung "
              "sofort einzustellen.\n"),
    "usa": ("Washington erhöht den Druck | DER SPIEGEL\n\n"
            "Die USA fordern von der Ukraine Zugang zu ihren Rohstoffen. US-Außenminister Marco Rubio sagte, "
            "ohne ein Abkommen werde es keine weiteren Waffenlieferungen geben.\n\n"
            "Frankreich schlägt eine europäische Friedenstruppe vor.\n"),
    "peking": ("Spannungen in der Taiwanstraße | ZEIT ONLINE\n\n"
               "China warnt die USA vor weiteren Waffenlieferungen an Taiwan.\n"),
}
ENERGY = ("Politiker aller Parteien fordern Russland auf, die Angriffe auf die ukrainische Energieversorgung "
          "sofort einzustellen.")
RUBIO = "US-Außenminister Marco Rubio sagte, ohne ein Abkommen werde es keine weiteren Waffenlieferungen geben."


def _extract(folder, out):
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "--model", "blank", "--no-progress",
                                 "--no-report"])
    assert result.exit_code == 0, result.output


@pytest.fixture()
def reviewed(tmp_path):
    """An extracted folder with a corrections.csv for two of its three documents."""
    folder, out = tmp_path / "artikel", tmp_path / "out"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    _extract(folder, out)
    claims = read_table(out, "claims")
    sha = read_table(out, "documents").set_index("doc_id")["sha256"]
    # what the rules say, and what the analyst corrects
    wrong = claims[claims["sentence"] == ENERGY]
    # the addressee taken as the claimant
    assert wrong[["actor_country", "claim_type"]].values.tolist() == [["RUS", "DEMAND"]]
    # a condition (`ohne ein Abkommen werde es keine … geben`): the rules say DEMAND, the analyst THREAT
    rubio = claims[claims["sentence"] == RUBIO]
    assert rubio[["actor", "claim_type"]].values.tolist() == [["Marco Rubio", "DEMAND"]]
    assert len(claims) == 7 and (claims["doc_id"] == "peking").sum() == 1
    first = claims[claims["doc_id"] == "kreml"].iloc[0]
    write_corrections([
        {"action": "confirm", "doc_id": "kreml", "doc_sha256": sha["kreml"], "sentence": first["sentence"],
         "match_actor": first["actor"], "match_claim_type": first["claim_type"], "match_issue": first["issue"]},
        {"action": "reject", "doc_id": "kreml", "doc_sha256": sha["kreml"], "sentence": ENERGY,
         "match_actor": "Kreml", "note": "Russland wird aufgefordert, fordert nicht"},
        {"action": "add", "doc_id": "kreml", "doc_sha256": sha["kreml"], "sentence": ENERGY,
         "claimant": "Politiker aller Parteien", "actor": "Politiker (DEU)", "actor_country": "DEU",
         "claim_type": "DEMAND", "issue": "OTHER", "polarity": "1"},
        {"action": "change", "doc_id": "usa", "doc_sha256": sha["usa"], "sentence": RUBIO,
         "match_actor": "Marco Rubio", "claim_type": "THREAT"},
    ], out / "corrections.csv")
    return folder, out


def _check(gold_set, report):
    assert gold_set.name.startswith("reviewed (") and gold_set.name.endswith("out)")
    assert [d.doc_id for d in gold_set.documents] == ["kreml", "usa"]  # peking has no correction line
    gold = gold_set.claims
    # kreml: confirmed, unreviewed (taken as confirmed), added; usa: two unreviewed and the changed one
    assert len(gold) == 6 and sorted(gold["review"]) == ["", "", "", "added", "changed", "confirmed"]
    assert not ((gold["sentence"] == ENERGY) & (gold["actor_country"] == "RUS")).any()  # rejected: not gold
    assert "1 confirmed, 1 changed, 1 added, 3 not reviewed, taken as confirmed; 1 rejected" in gold_set.note
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (5, 1, 1)
    assert round(report.overall.precision, 3) == round(report.overall.recall, 3) == 0.833
    assert (report.agreement["claim_type"], report.compared["claim_type"]) == (4, 5)
    errors = {(e["kind"], e["doc_id"], e["sentence"]): e for e in report.errors}
    assert {e["set"] for e in report.errors} == {gold_set.name}
    assert set(errors) == {("spurious", "kreml", ENERGY), ("missed, speech found", "kreml", ENERGY),
                           ("mislabelled", "usa", RUBIO)}
    assert errors[("spurious", "kreml", ENERGY)]["predicted"] == "Kreml/RUS/DEMAND/OTHER"
    assert errors[("missed, speech found", "kreml", ENERGY)]["gold"] == "Politiker (DEU)/DEU/DEMAND/OTHER"
    assert errors[("mislabelled", "usa", RUBIO)]["gold"].startswith("Marco Rubio/THREAT/")


def test_reviewed_claims_are_gold_rejected_spurious_added_missed(reviewed):
    _, out = reviewed
    gold_set = reviewed_gold_set(out)  # corrections.csv written, extract not yet rerun
    _check(gold_set, evaluate_gold_set(gold_set, "blank"))


def test_reviewed_gold_is_the_same_after_the_corrections_were_applied(reviewed):
    folder, out = reviewed
    _extract(folder, out)  # now claims.csv holds the corrected claims, claims_machine.csv the machine's
    assert (out / "claims_machine.csv").exists() and "review" in read_table(out, "claims").columns
    gold_set = reviewed_gold_set(out)
    _check(gold_set, evaluate_gold_set(gold_set, "blank"))


def _tiny_project_gold(tmp_path):
    """An empty project gold set, so the command evaluates little more than the reviewed folder."""
    gold, seeds = tmp_path / "gold", tmp_path / "seeds"
    (gold / "texts").mkdir(parents=True), seeds.mkdir()
    (gold / "claims.csv").write_text("doc_id,sentence,claimant,actor,actor_country,claim_type,issue,polarity\n",
                                     encoding="utf-8")
    return ["--gold", str(gold), "--seeds", str(seeds), "--shared", str(tmp_path / "no-shared"), "--model", "blank"]


def test_evaluate_reviewed_reports_the_set_beside_the_others(reviewed, tmp_path):
    _, out = reviewed
    result = runner.invoke(app, ["evaluate", "--reviewed", str(out), "--out", str(tmp_path / "eval"),
                                 *_tiny_project_gold(tmp_path)])
    assert result.exit_code == 0, result.output
    name = f"reviewed ({out})"
    assert f"== claims: {name} (2 documents, 6 gold claims) ==" in result.output
    assert "== claims: seeds (0 documents, 0 gold claims) ==" in result.output
    assert "claims (sentence+country)    P 0.833  R 0.833  F1 0.833  (tp 5, fp 1, fn 1)" in result.output
    errors = pd.read_csv(tmp_path / "eval" / "claims_errors.csv", dtype=str, keep_default_na=False,
                         encoding="utf-8-sig")
    assert sorted(errors[errors["set"] == name]["kind"]) == ["mislabelled", "missed, speech found", "spurious"]
    assert (tmp_path / "eval" / "report.txt").read_text(encoding="utf-8").count(name) == 1


def test_reviewed_folder_without_corrections_or_texts_is_an_error_naming_it(reviewed, tmp_path):
    folder, out = reviewed
    bare = tmp_path / "unreviewed"
    _extract(folder, bare)
    result = runner.invoke(app, ["evaluate", "--reviewed", str(bare), "--out", str(tmp_path / "eval"),
                                 *_tiny_project_gold(tmp_path)])
    assert result.exit_code == 2
    assert f"{bare}: no corrections.csv there" in result.output
    with pytest.raises(CorrectionsError, match="no such output folder"):
        reviewed_gold_set(tmp_path / "missing")
    (out / "texts.jsonl").unlink()
    with pytest.raises(FileNotFoundError, match=r"out: no texts\.jsonl"):
        reviewed_gold_set(out)
    (out / "corrections.csv").write_text("action,doc_id,sentence\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match="no correction lines"):
        reviewed_gold_set(out)
