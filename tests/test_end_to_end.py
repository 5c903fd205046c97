"""The whole pipeline on a real seed, staged commands, reruns and a folder of broken inputs."""

import shutil

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.tables import read_table

from conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("e2e")
    inputs = base / "in"
    inputs.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), inputs)
    out = base / "out"
    result = runner.invoke(app, ["extract", str(inputs), "--out", str(out), "--model", "blank", "--no-progress"])
    assert result.exit_code == 0, result.output
    return inputs, out, result.output


def test_every_table_is_written_with_bom_and_header(seed_run):
    _, out, output = seed_run
    for name in ("documents", "paragraphs", "sentences", "entities", "quotes", "claims", "errors",
                 "claims_by_actor", "claims_by_source"):
        raw = (out / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name
    assert "claims:" in output and "documents: 1 read" in output


def test_offsets_point_into_the_original_text(seed_run):
    inputs, out, _ = seed_run
    text = next(inputs.glob("*.txt")).read_text(encoding="utf-8")
    for row in read_table(out, "sentences").itertuples():
        assert text[row.start:row.end] == row.text
    for row in read_table(out, "entities").itertuples():
        assert text[row.start:row.end] == row.text
    for row in read_table(out, "claims").itertuples():
        assert text[row.start:row.end] == row.sentence


def test_seed_claims_hold_the_obvious_positions_and_no_boilerplate(seed_run):
    _, out, _ = seed_run
    claims = read_table(out, "claims")
    hegseth = claims[claims["actor"] == "Pete Hegseth"]
    assert ((hegseth["claim_type"] == "CONCESSION") & (hegseth["issue"] == "NATO_MEMBERSHIP")).any()
    russia = claims[claims["actor_country"] == "RUS"]
    assert ((russia["claim_type"] == "REJECTION") & (russia["issue"] == "TROOPS")).any()
    assert not claims["sentence"].str.contains("Javascript").any()


def test_rerun_without_changes_does_no_work(seed_run):
    inputs, out, _ = seed_run
    before = (out / "claims.csv").stat().st_mtime_ns
    result = runner.invoke(app, ["extract", str(inputs), "--out", str(out), "--model", "blank", "--no-progress"])
    assert result.exit_code == 0 and "Nothing to do" in result.output
    assert (out / "claims.csv").stat().st_mtime_ns == before


def test_staged_commands_reproduce_extract(seed_run, tmp_path):
    inputs, out, _ = seed_run
    staged = tmp_path / "staged"
    for args in (["ingest", str(inputs)], ["segment"], ["entities"], ["claims"], ["aggregate"]):
        extra = ["--model", "blank"] if args[0] in ("segment", "entities", "claims") else []
        result = runner.invoke(app, args + ["--out", str(staged)] + extra)
        assert result.exit_code == 0, result.output
    for name in ("sentences", "entities", "quotes", "claims", "claims_by_actor"):
        pd.testing.assert_frame_equal(read_table(staged, name) if name != "claims_by_actor" else
                                      pd.read_csv(staged / f"{name}.csv"),
                                      read_table(out, name) if name != "claims_by_actor" else
                                      pd.read_csv(out / f"{name}.csv"))


def test_broken_inputs_are_named_and_the_good_ones_still_give_claims(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Moskau fordert die Anerkennung der besetzten Gebiete.\n", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (inputs / "latin1.txt").write_bytes("Paris lehnt die Stationierung von Truppen ab. Größe.".encode("latin-1"))
    (inputs / "page.html").write_text("<html><body><p>Peking lehnt die Sanktionen ab.</p></body></html>",
                                      encoding="utf-8")
    (inputs / "crlf.txt").write_bytes("Titel\r\n\r\nKiew fordert einen Waffenstillstand.\r\n".encode("utf-8"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), "--out", str(out), "--model", "blank", "--no-progress"])
    assert result.exit_code == 1
    errors = read_table(out, "errors")
    assert dict(zip(errors["doc_id"], errors["error"].str.split(" ").str[0])) == {"binary": "binary", "empty": "empty"}
    claims = read_table(out, "claims")
    assert set(claims["doc_id"]) == {"good", "latin1", "page", "crlf"}
    crlf = (inputs / "crlf.txt").read_bytes().decode("utf-8")
    row = claims[claims["doc_id"] == "crlf"].iloc[0]
    assert crlf[row["start"]:row["end"]] == "Kiew fordert einen Waffenstillstand."
    documents = read_table(out, "documents").set_index("doc_id")
    assert documents.loc["latin1", "encoding"] == "cp1252" and documents.loc["page", "input_format"] == "html"
    assert not list(out.glob(".*.tmp"))


def test_errors_are_named_on_stderr_and_strict_stops_at_the_first(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_empty.txt").write_bytes(b"")
    (inputs / "b_latin1.txt").write_bytes("Paris lehnt Truppen ab. Größe.".encode("latin-1"))
    (inputs / "c_good.txt").write_text("Moskau fordert die Aufhebung der Sanktionen.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), "--out", str(out), "--model", "blank", "--no-progress"])
    assert result.exit_code == 1
    assert "a_empty.txt: empty file" in result.stderr
    assert "b_latin1.txt: not valid UTF-8" in result.stderr and "cp1252" in result.stderr
    strict = runner.invoke(app, ["extract", str(inputs), "--out", str(tmp_path / "strict"), "--model", "blank",
                                 "--no-progress", "--strict"])
    assert strict.exit_code != 0 and "--strict: stopped at" in str(strict.exception or strict.output)
    assert not (tmp_path / "strict" / "claims.csv").exists()
