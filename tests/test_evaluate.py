"""The evaluation itself: one-to-one alignment, character scoring, the error listing, and
`make evaluate` without ../shared. The quotation file here is written by the test, in the
quotes-de format, from sentences of our own."""

import json

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


def test_evaluate_says_when_quotes_de_is_missing(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", "--shared", str(tmp_path), "--model", "blank",
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "quotes-de" in result.output and "not found; skipped" in result.output
    assert (tmp_path / "out" / "claims_errors.csv").exists()
