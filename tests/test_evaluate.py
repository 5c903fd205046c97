"""The evaluation itself: one-to-one alignment, character scoring, the error listing, and
`make evaluate` without ../shared. The quotation file here is written by the test, in the
quotes-de format, from sentences of our own."""

import json
import os

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import PRF, _score_pair, align, evaluate_quotes


def span(text, words):
    start = text.index(words)
    return [start, start + len(words)]


def test_over_long_span_costs_precision_and_short_span_recall():
    strict, lenient = PRF(), PRF()
    _score_pair(set(range(0, 10)), set(range(0, 20)), strict, lenient)
    assert (strict.tp, strict.fp, strict.fn) == (10, 10, 0)
    _score_pair(set(range(0, 10)), set(range(0, 5)), strict, lenient)
    assert (strict.tp, strict.fp, strict.fn) == (15, 10, 5)
    assert (lenient.tp, lenient.fp, lenient.fn) == (2, 0, 0)


def test_alignment_is_one_to_one_by_largest_overlap():
    gold = [{"quote": [(0, 10)]}, {"quote": [(20, 30)]}]
    predicted = [{"quote": [(5, 25)]}, {"quote": [(21, 29)]}]
    pairs = align(gold, predicted)
    assert (gold[1], predicted[1]) in pairs and (gold[0], predicted[0]) in pairs


def test_quotations_of_the_same_words_align_by_speaker():
    """A medium's quotation and the quoted person's cover the same words: each pairs with the one
    whose cue, then speaker, it shares, whatever the order."""
    gold = [{"quote": [(0, 30)], "speaker": [(40, 50)]}, {"quote": [(0, 30)], "speaker": [(60, 70)]}]
    predicted = [{"quote": [(0, 30)], "speaker": [(60, 70)]}, {"quote": [(0, 30)], "speaker": [(40, 50)]}]
    pairs = align(gold, predicted)
    assert (gold[0], predicted[1]) in pairs and (gold[1], predicted[0]) in pairs
    gold = [{"quote": [(0, 30)], "cue": [(32, 38)], "speaker": [(40, 50)]}, {"quote": [(0, 30)], "speaker": [(60, 70)]}]
    predicted = [{"quote": [(0, 30)], "speaker": [(60, 70)]}, {"quote": [(0, 30)], "cue": [(32, 38)], "speaker": [(60, 70)]}]
    pairs = align(gold, predicted)
    assert (gold[0], predicted[1]) in pairs and (gold[1], predicted[0]) in pairs


def test_quote_evaluation_scores_and_lists_errors(tmp_path):
    text = ("Der Außenminister Sergej Lawrow sagte, die Gespräche seien nützlich gewesen. "
            "Das Wetter in Riad war heiß.")
    quote = {"type": "Indirect", "medium": "Speech", "cue": [span(text, "sagte")],
             "speaker": [span(text, "Der Außenminister Sergej Lawrow")],
             "quote": [span(text, "die Gespräche seien nützlich gewesen")], "addressee": [], "frame": []}
    missed = {"type": "Reported", "medium": "Speech", "cue": [], "speaker": [],
              "quote": [span(text, "Das Wetter in Riad war heiß.")], "addressee": [], "frame": []}
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps({"doc_id": "own_1", "title": "", "text": text, "quotes": [quote, missed]}) + "\n",
                    encoding="utf-8")
    report = evaluate_quotes(path, "blank")
    assert report.scores["ALL"]["cue"].tp == len("sagte")
    assert report.scores["INDIRECT"]["quote"].f1 == 1.0
    assert [e["kind"] for e in report.errors] == ["missed"]
    assert report.errors[0]["gold_quote"] == "Das Wetter in Riad war heiß."


def test_evaluate_scores_quotations_on_the_file_given(tmp_path):
    text = "Die Gespräche seien nützlich gewesen, sagte der Außenminister Sergej Lawrow am Montag."
    quote = {"type": "Indirect", "medium": "Speech", "cue": [span(text, "sagte")],
             "speaker": [span(text, "der Außenminister Sergej Lawrow")],
             "quote": [span(text, "Die Gespräche seien nützlich gewesen")], "addressee": [], "frame": []}
    path = tmp_path / "slice.jsonl"
    path.write_text(json.dumps({"doc_id": "own_2", "title": "", "text": text, "quotes": [quote]}) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--shared", str(tmp_path), "--model", "blank",
                                      "--quotes", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"== quotations vs {path} ==" in result.output and "not found; skipped" not in result.output.split("==")[-1]
    # a file that is not there is an error naming it, not a silent skip
    missing = CliRunner().invoke(app, ["evaluate", "--shared", str(tmp_path), "--model", "blank",
                                       "--quotes", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "out")])
    assert missing.exit_code != 0 and "nope.jsonl" in missing.output


def test_evaluate_says_when_quotes_de_is_missing(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", "--shared", str(tmp_path), "--model", "blank",
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "quotes-de" in result.output and "not found; skipped" in result.output
    assert (tmp_path / "out" / "claims_errors.csv").exists()


def test_shared_gold_set_scores_documents_listed_only_in_its_readme(tmp_path):
    """A gold document without claims (listed in the README) still counts: its claims are spurious."""
    from pipeline.evaluate import evaluate_gold_set, shared_gold_set
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir(), gold.mkdir()
    (corpus / "gnad_0001_inland.txt").write_text(
        "Wladimir Putin fordert die Anerkennung der besetzten Gebiete.\n", encoding="utf-8")
    (corpus / "gnad_0002_inland.txt").write_text(
        "Der Kreml lehnt eine Waffenruhe ab.\n", encoding="utf-8")
    (gold / "claims.csv").write_text(
        "doc_id,sentence,claimant,actor,actor_country,claim_type,issue,polarity,addressee_country,speech_mode,cue\n"
        "gnad_0001_inland,Wladimir Putin fordert die Anerkennung der besetzten Gebiete.,Wladimir Putin,"
        "Wladimir Putin,RUS,DEMAND,TERRITORY,1,,REPORTED,fordert\n", encoding="utf-8")
    (gold / "README.md").write_text("Documents: gnad_0001_inland gnad_0002_inland\n", encoding="utf-8")
    gold_set = shared_gold_set(gold, corpus, "test")
    assert [p.name for p in gold_set.paths] == ["gnad_0001_inland.txt", "gnad_0002_inland.txt"]
    report = evaluate_gold_set(gold_set, None)
    assert report.overall.tp == 1 and report.overall.fn == 0
    assert report.overall.fp == 1  # the Kremlin's rejection in the document the gold says has no claim
    assert {e["kind"] for e in report.errors} == {"spurious"}


def test_shared_gold_set_names_a_missing_text(tmp_path):
    from pipeline.evaluate import shared_gold_set
    (tmp_path / "claims.csv").write_text("doc_id,sentence\ngnad_0009_x,Ein Satz.\n", encoding="utf-8")
    try:
        shared_gold_set(tmp_path, tmp_path / "corpus", "test")
    except FileNotFoundError as error:
        assert "gnad_0009_x.txt" in str(error)
    else:
        raise AssertionError("a missing text must be an error")


def test_one_person_in_two_spellings_is_the_same_actor():
    from pipeline.evaluate import same_actor
    assert same_actor("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", True)
    assert same_actor("Selahattin Demirtas", "Selahattin Demirtaş", False)
    assert not same_actor("Werner Faymann", "Reinhold Mitterlehner", True)


def test_an_institution_named_with_an_adjective_of_origin_is_no_person():
    """`Chinesische Behörden` and `Chinesische Regierung` are two institutions of one side, as are
    `Burundische Opposition` and `Opposition (BDI)`; a person and an institution stay two actors."""
    from pipeline.evaluate import same_actor
    assert same_actor("Chinesische Behörden", "Chinesische Regierung", True)
    assert same_actor("Burundische Opposition", "Opposition (BDI)", True)
    assert same_actor("Die Grünen (Österreich)", "Die Grünen", False)
    assert not same_actor("Chinesische Behörden", "Chinesische Regierung", False)
    assert not same_actor("Werner Faymann", "Österreichische Regierung", True)
    assert not same_actor("Ulrike Rabmer-Koller", "Ärztekammer", True)


def _score_one_article(tmp_path, text: str, gold_rows: list[str]):
    """The blank pipeline's claims in one gnad-like article scored against gold rows (the columns after
    doc_id, as the shared gold writes them)."""
    from pipeline.evaluate import evaluate_gold_set, shared_gold_set
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir(), gold.mkdir()
    (corpus / "gnad_0001_inland.txt").write_text(text + "\n", encoding="utf-8")
    header = "doc_id,sentence,claimant,actor,actor_country,claim_type,issue,polarity,addressee_country,speech_mode,cue\n"
    (gold / "claims.csv").write_text(header + "".join(f"gnad_0001_inland,{row}\n" for row in gold_rows),
                                     encoding="utf-8")
    return evaluate_gold_set(shared_gold_set(gold, corpus, "test"), None)


def test_missed_claims_with_speech_found_tell_a_missing_actor_from_a_missing_second_claim(tmp_path):
    """Of the gold claims whose speech is found, those whose actor has another claim in the
    sentence are counted apart: the actor is right there, a further claim is missing."""
    first = "Wladimir Putin fordert die Anerkennung der besetzten Gebiete."
    second = "Das lehnen wir ab, sagte ein Diplomat am Montag."
    report = _score_one_article(tmp_path, f"{first} {second}", [
        f"{first},Wladimir Putin,Wladimir Putin,RUS,DEMAND,TERRITORY,1,,REPORTED,fordert",
        f"{first},Wladimir Putin,Wladimir Putin,RUS,REJECTION,TERRITORY,-1,,REPORTED,fordert",
        f'"{second}",ein Diplomat,Ukrainische Regierung,UKR,REJECTION,TERRITORY,-1,,DIRECT,sagte'])
    assert report.overall.tp == 1 and report.overall.fn == 2
    assert report.speech_found_actor_wrong == 2 and report.speech_and_actor_found == 1
    kinds = {e["gold"].split("/")[0]: e["kind"] for e in report.errors if e["kind"].startswith("missed")}
    assert kinds == {"Wladimir Putin": "missed, speech and actor found", "Ukrainische Regierung": "missed, speech found"}
    assert [line.split()[4] for line in report.lines() if line.startswith("  of which actor")] == ["1", "1"]


def test_evaluate_replaces_its_report_whole(tmp_path):
    """report.txt is written to a temporary file and renamed, as the error lists are: a reader of the
    folder (or a second evaluate on the same --out) sees one run's whole report, never a file being
    truncated and written over (the old report's reader, here a hard link, keeps the old text)."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.txt").write_text("an earlier run's report\n", encoding="utf-8")
    os.link(out / "report.txt", tmp_path / "reader.txt")
    result = CliRunner().invoke(app, ["evaluate", "--shared", str(tmp_path), "--model", "blank", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "reader.txt").read_text(encoding="utf-8") == "an earlier run's report\n"
    assert "== claims:" in (out / "report.txt").read_text(encoding="utf-8")


def test_addressee_agreement_counts_a_gold_claim_without_addressee(tmp_path):
    """The addressee is compared on every match: a gold claim that addresses no side agrees only with a
    prediction that names none (an empty gold value is no missing annotation here, as it is for the others)."""
    first = "Wladimir Putin fordert die Anerkennung der besetzten Gebiete."
    second = "Der Kreml forderte die Ukraine auf, die Waffen niederzulegen."
    report = _score_one_article(tmp_path, f"{first}\n\n{second}", [
        f"{first},Wladimir Putin,Wladimir Putin,RUS,DEMAND,TERRITORY,1,,REPORTED,fordert",
        f'"{second}",Kreml,Kreml,RUS,DEMAND,OTHER,1,,REPORTED,forderte'])
    assert report.overall.tp == 2
    assert (report.agreement["addressee_country"], report.compared["addressee_country"]) == (1, 2)
    assert "addressee_country accuracy on matches 0.500  (1/2)" in report.lines()
