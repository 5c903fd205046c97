"""Formula injection, the output-folder lock, table corpora without silent loss, consistent
tables after a crash, the CSV dialect in the manifest, and the smaller input problems."""

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import lock as lock_module
from pipeline import runner as runner_module
from pipeline import tables as tables_module
from pipeline.cli import app
from pipeline.lexicons import default_lexicon_dir
from pipeline.lock import LOCK_FILE, OutputLocked, acquire, output_lock
from pipeline.nlp import build_nlp
from pipeline.runner import RunOptions, extract
from pipeline.tables import CsvFormat, neutralise_cell, read_csv_file, read_manifest, read_table

from conftest import SEEDS

cli = CliRunner()
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DOC_TABLES = ("documents", "paragraphs", "sentences", "entities", "quotes", "claims")
ALL_TABLES = DOC_TABLES + ("errors", "claims_by_actor", "claims_by_source")


def run(folder, out, **options):
    return extract(folder, RunOptions(out_dir=out, model="blank", **options), report=lambda message: None)


def invoke(*args):
    return cli.invoke(app, [str(a) for a in args])


def small_corpus(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("Moskau fordert die Aufhebung der Sanktionen.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Kiew lehnt die Abtretung von Gebieten ab.\n", encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------- formula injection

@pytest.mark.parametrize("trigger", TRIGGERS)
def test_each_formula_trigger_gets_a_leading_quote(trigger):
    cell = f'{trigger}HYPERLINK("http://x.example","y")'
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Moskau fordert Sanktionen.", "-1", "-0.5", "+3", "1e-3", "", "„Zitat“"])
def test_numbers_and_plain_text_stay_as_they_are(cell):
    assert neutralise_cell(cell) == cell
    assert neutralise_cell(-1) == -1


def _cells(path, sep):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [cell for row in csv.reader(handle, delimiter=sep) for cell in row]


def _formula_corpus(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "=cmd.txt").write_text(
        '=HYPERLINK("http://x.example","y") Moskau fordert die Aufhebung der Sanktionen.\n'
        "+Kiew fordert einen Waffenstillstand.\n"
        "-Paris lehnt die Stationierung von Truppen ab.\n"
        "@Peking fordert Verhandlungen.\n", encoding="utf-8")
    return inputs


def test_no_csv_cell_starts_a_formula_and_the_tables_read_back_exactly(tmp_path):
    inputs, out = _formula_corpus(tmp_path), tmp_path / "out"
    assert invoke("extract", inputs, "--out", out, "--model", "blank", "--no-progress").exit_code == 0
    assert invoke("report", out).exit_code == 0
    written = sorted(out.glob("*.csv"))
    assert {p.stem for p in written} >= set(ALL_TABLES) | {"dna_statements"}
    for path in written:
        for cell in _cells(path, ","):
            assert not cell or cell[0] not in "=+@" and not (cell[0] == "-" and not cell[1:2].isdigit()), \
                (path.name, cell)
    claims = _cells(out / "claims.csv", ",")
    assert "'=HYPERLINK(\"http://x.example\",\"y\") Moskau fordert die Aufhebung der Sanktionen." in claims
    assert "'@Peking fordert Verhandlungen." in _cells(out / "sentences.csv", ",")
    assert "'=cmd" in _cells(out / "documents.csv", ",") and "'=cmd" in _cells(out / "dna_statements.csv", ",")
    text = (inputs / "=cmd.txt").read_text(encoding="utf-8")
    sentences = read_table(out, "sentences")
    assert set(sentences["doc_id"]) == {"=cmd"}
    assert all(text[r.start:r.end] == r.text for r in sentences.itertuples())
    assert "+Kiew fordert einen Waffenstillstand." in set(sentences["text"])


def test_raw_csv_writes_cells_as_they_are(tmp_path):
    inputs, out = _formula_corpus(tmp_path), tmp_path / "out"
    assert invoke("extract", inputs, "--out", out, "--model", "blank", "--no-progress", "--raw-csv").exit_code == 0
    assert "@Peking fordert Verhandlungen." in _cells(out / "sentences.csv", ",")
    assert read_manifest(out)["tables"]["sentences.csv"]["neutralise"] is False
    assert "@Peking fordert Verhandlungen." in set(read_table(out, "sentences")["text"])



@pytest.mark.parametrize("sep", [",", ";"])
def test_a_table_read_by_columns_has_the_cells_of_the_whole_table(tmp_path, sep):
    """What the aggregates read (a few columns, streamed): the same cells, restored and typed, as
    the whole table gives."""
    inputs, out = _formula_corpus(tmp_path), tmp_path / "out"
    assert invoke("extract", inputs, "--out", out, "--model", "blank", "--no-progress", "--no-report",
                  "--csv-sep", sep).exit_code == 0
    for name, columns in (("claims", ("doc_id", "sentence", "polarity", "nonexistent")),
                          ("documents", ("date", "doc_id", "title"))):
        whole = read_table(out, name)
        picked = read_table(out, name, columns)
        assert list(picked.columns) == [c for c in whole.columns if c in columns]
        assert len(picked) == len(whole) > 0
        for column in picked.columns:
            assert picked[column].tolist() == whole[column].tolist(), (name, column)
    assert set(read_table(out, "claims", ("doc_id",))["doc_id"]) == {"=cmd"}


# ---------------------------------------------------------------------------- the lock

def test_a_second_run_on_a_busy_folder_fails_fast_and_names_the_owner(tmp_path):
    inputs, out = small_corpus(tmp_path / "in"), tmp_path / "out"
    assert run(inputs, out).processed == 2
    cache = sorted((out / ".cache").iterdir())
    owner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (out / LOCK_FILE).write_text(json.dumps({"pid": owner.pid, "host": socket.gethostname(),
                                                 "started": 0}), encoding="utf-8")
        result = invoke("extract", tmp_path / "in", "--out", out, "--model", "blank", "--no-progress", "--force")
        assert result.exit_code == 2
        assert f"is in use by another run (pid {owner.pid} on {socket.gethostname()}" in result.output
        for command in (["segment", "--model", "blank"], ["aggregate"]):
            assert "is in use by another run" in invoke(*command, "--out", out).output
    finally:
        owner.kill()
        owner.wait()
    assert sorted((out / ".cache").iterdir()) == cache  # the other run's work is untouched


def test_a_stale_lock_is_taken_over_and_every_run_releases_its_lock(tmp_path):
    inputs, out = small_corpus(tmp_path / "in"), tmp_path / "out"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    out.mkdir()
    (out / LOCK_FILE).write_text(json.dumps({"pid": gone.pid, "host": socket.gethostname(), "started": 0}),
                                 encoding="utf-8")
    result = invoke("extract", inputs, "--out", out, "--model", "blank", "--no-progress")
    assert result.exit_code == 0 and "removing a stale lock" in result.output
    assert not (out / LOCK_FILE).exists()
    with output_lock(out):
        assert run(inputs, out).nothing_to_do  # the holder may run inside its own lock
        assert (out / LOCK_FILE).exists()
    assert not (out / LOCK_FILE).exists()


def test_of_two_runs_that_find_one_stale_lock_exactly_one_takes_it(tmp_path, monkeypatch):
    """Run A judges the lock stale; before A removes it, run B (another process) removes it too and
    takes the folder. A must not remove B's fresh lock: it stops, naming B."""
    out = tmp_path / "out"
    out.mkdir()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (out / LOCK_FILE).write_text(json.dumps({"pid": gone.pid, "host": socket.gethostname(), "started": 0}),
                                 encoding="utf-8")
    taker = "import sys; from pathlib import Path; from pipeline.lock import acquire\n" \
            "acquire(Path(sys.argv[1]), warn=lambda m: None); print('held', flush=True); sys.stdin.read()"
    env = {**os.environ, "PYTHONPATH": str(Path(lock_module.__file__).resolve().parents[1])}
    other = []
    real_alive = lock_module._alive

    def alive_then_overtaken(owner):
        verdict = real_alive(owner)
        if not verdict and not other:  # A has just judged the lock stale: B takes over now
            other.append(subprocess.Popen([sys.executable, "-c", taker, str(out)], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, text=True, env=env))
            assert other[0].stdout.readline().strip() == "held"
        return verdict

    monkeypatch.setattr(lock_module, "_alive", alive_then_overtaken)
    try:
        with pytest.raises(OutputLocked, match="is in use by another run") as raised:
            acquire(out, warn=lambda message: None)
        assert f"pid {other[0].pid} on" in str(raised.value)
        assert json.loads((out / LOCK_FILE).read_text(encoding="utf-8"))["pid"] == other[0].pid
    finally:
        for process in other:
            process.stdin.close()
            process.wait()


# ---------------------------------------------------------------------------- table corpora

def test_rows_read_processed_and_failed_add_up_to_the_input(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "korpus.csv").write_text('id,text\na1,Moskau fordert Sanktionen.\na2,"kaputt\n'
                                       'a3,Kiew fordert Waffen.\n', encoding="utf-8")
    (inputs / "korpus2.jsonl").write_text('{"id": "b1", "text": "Paris lehnt ab."}\n[1]\n', encoding="utf-8")
    result = invoke("extract", inputs, "--out", tmp_path / "out", "--model", "blank", "--no-progress",
                    "--id-column", "id")
    assert result.exit_code == 1
    assert "documents: 4 read, 2 processed, 0 unchanged, 2 failed" in result.output
    assert len(read_table(tmp_path / "out", "errors")) == 2


# ---------------------------------------------------------------------------- consistency after a crash

def test_a_crash_before_the_aggregates_is_followed_by_a_rebuild_not_nothing_to_do(tmp_path, monkeypatch):
    inputs, out = small_corpus(tmp_path / "in"), tmp_path / "out"
    run(inputs, out)
    (inputs / "a.txt").write_text("Moskau lehnt die Aufhebung der Sanktionen ab.\n", encoding="utf-8")

    def crash(*args):
        raise KeyboardInterrupt
    monkeypatch.setattr(runner_module, "write_aggregates", crash)
    with pytest.raises(KeyboardInterrupt):
        run(inputs, out)
    monkeypatch.undo()
    summary = run(inputs, out)
    assert not summary.nothing_to_do
    fresh = tmp_path / "fresh"
    run(inputs, fresh)
    for name in ALL_TABLES:
        assert (out / f"{name}.csv").read_bytes() == (fresh / f"{name}.csv").read_bytes(), name
    assert "REJECTION" in set(read_table(out, "claims")["claim_type"])


def test_a_table_changed_behind_the_runs_back_is_rebuilt(tmp_path):
    inputs, out = small_corpus(tmp_path / "in"), tmp_path / "out"
    run(inputs, out)
    good = (out / "claims_by_actor.csv").read_bytes()
    (out / "claims_by_actor.csv").write_bytes(b"stale")
    assert not run(inputs, out).nothing_to_do
    assert (out / "claims_by_actor.csv").read_bytes() == good
    assert run(inputs, out).nothing_to_do


# ---------------------------------------------------------------------------- CSV dialects

@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_each_separator_works_end_to_end_and_is_read_back_from_the_manifest(sep, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), inputs)
    out = tmp_path / "out"
    result = invoke("extract", inputs, "--out", out, "--model", "blank", "--no-progress", "--csv-sep", sep)
    assert result.exit_code == 0, result.output
    assert read_manifest(out)["tables"]["claims.csv"]["sep"] == sep
    assert (out / "claims.csv").read_text(encoding="utf-8-sig").startswith(f"claim_id{sep}doc_id{sep}")
    claims = read_table(out, "claims")
    assert len(claims) > 5 and list(claims.columns[:2]) == ["claim_id", "doc_id"]
    by_actor = read_table(out, "claims_by_actor")
    assert by_actor["n_claims"].astype(int).sum() == len(claims)
    again = invoke("extract", inputs, "--out", out, "--model", "blank", "--no-progress", "--csv-sep", sep)
    assert "Nothing to do" in again.output
    assert invoke("aggregate", "--out", out, "--csv-sep", sep).exit_code == 0
    pd.testing.assert_frame_equal(read_table(out, "claims_by_actor"), by_actor)
    assert invoke("report", out, "--csv-sep", sep).exit_code == 0
    from pipeline.report import read_dna_statements
    assert list(read_dna_statements(out / "dna_statements.csv")["text"]) == list(claims["sentence"])
    other = ";" if sep != ";" else ","
    switched = invoke("extract", inputs, "--out", out, "--model", "blank", "--no-progress", "--csv-sep", other)
    assert "Nothing to do" not in switched.output and switched.exit_code == 0
    pd.testing.assert_frame_equal(read_table(out, "claims"), claims)


def test_two_runs_recording_tables_in_one_manifest_at_once_keep_both_entries(tmp_path, monkeypatch):
    """Run A has read the manifest and is about to write it back when run B records its own table
    (two evaluates writing their error lists to one --out): B's entry must survive A's write."""
    real_write = tables_module.write_manifest
    other = []

    def write_after_b(out_dir, manifest):
        if not other:  # A, between its read and its write: B records its table now
            other.append(threading.Thread(target=tables_module.record_tables,
                                          args=(tmp_path, CsvFormat(), ["b.csv"])))
            other[0].start()
            other[0].join(timeout=1)  # the old code lets B finish here; now B waits for A
        return real_write(out_dir, manifest)

    monkeypatch.setattr(tables_module, "write_manifest", write_after_b)
    tables_module.record_tables(tmp_path, CsvFormat(sep=";"), ["a.csv"])
    other[0].join()
    recorded = read_manifest(tmp_path)["tables"]
    assert recorded["a.csv"]["sep"] == ";" and recorded["b.csv"]["sep"] == ","


# ---------------------------------------------------------------------------- smaller points

def test_documents_csv_names_where_a_reused_document_is_now(tmp_path):
    inputs, out = small_corpus(tmp_path / "in"), tmp_path / "out"
    run(inputs, out)
    moved = tmp_path / "moved"
    inputs.rename(moved)
    summary = run(moved, out)
    assert summary.reused == 2 and not summary.nothing_to_do
    assert set(read_table(out, "documents")["path"]) == {str(moved / "a.txt"), str(moved / "b.txt")}


def test_a_lexicon_that_is_not_utf8_stops_the_run_naming_file_and_line(tmp_path):
    lexicons = tmp_path / "lexicons"
    shutil.copytree(default_lexicon_dir(), lexicons)
    path = lexicons / "actors.csv"
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    path.write_bytes(path.read_bytes() + "Schröder,Gerhard Schröder,DEU,PER,\n".encode("latin-1"))
    result = invoke("extract", SEEDS, "--out", tmp_path / "out", "--lexicons", lexicons, "--model", "blank",
                    "--no-progress")
    assert result.exit_code == 2
    assert f"lexicon error: {path}:{n_lines + 1}: not valid UTF-8 (byte 0xf6)" in result.output


def test_ctrl_c_says_what_happened(tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr("pipeline.cli.run_extract", interrupted)
    result = invoke("extract", small_corpus(tmp_path / "in"), "--out", tmp_path / "out", "--no-progress")
    assert result.exit_code == 130
    assert "interrupted: the tables in" in result.output and "resumes" in result.output


def test_stage_commands_process_what_ingest_let_through(tmp_path, monkeypatch):
    from pipeline import stages

    def small_nlp(*args, **kwargs):
        nlp = build_nlp(*args, **kwargs)
        nlp.max_length = 100  # stands for spaCy's 1,000,000, to keep the test small
        return nlp
    monkeypatch.setattr(stages, "build_nlp", small_nlp)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "lang.txt").write_text("Moskau fordert die Aufhebung der Sanktionen. " * 5, encoding="utf-8")
    options = RunOptions(out_dir=tmp_path / "out", model="blank", max_chars=1000)
    assert stages.run_ingest(inputs, options) == (1, [])
    assert stages.run_segment(options) == 5
    assert stages.run_entities(options) > 0
    assert stages.run_claims(options)[1] == 5


# ---------------------------------------------------------------------------- the cache

def test_a_rerun_prepares_only_the_changed_document_and_its_tables_are_the_same(tmp_path, monkeypatch):
    inputs, out = small_corpus(tmp_path / "in"), tmp_path / "out"
    assert run(inputs, out).processed == 2
    claims = (out / "claims.csv").read_bytes()
    prepared = []
    real_prepare = runner_module.prepare_document
    monkeypatch.setattr(runner_module, "prepare_document",
                        lambda doc, *args: prepared.append(doc.doc_id) or real_prepare(doc, *args))
    (inputs / "b.txt").write_text("Kiew lehnt die Abtretung von Gebieten ab. Kiew fordert Waffen.\n",
                                  encoding="utf-8")
    summary = run(inputs, out)
    assert (summary.processed, summary.reused, prepared) == (1, 1, ["b"])
    assert (out / "claims.csv").read_bytes().startswith(claims.split(b"\n", 1)[0])  # same header
    assert "Kiew fordert Waffen." in set(read_table(out, "claims")["sentence"])
    # `--force` prepares and processes everything again; tables identical to a fresh run's
    assert run(inputs, out, force=True).processed == 2
    assert prepared[1:] == ["a", "b"]
    fresh = tmp_path / "fresh"
    run(inputs, fresh)
    assert (out / "claims.csv").read_bytes() == (fresh / "claims.csv").read_bytes()


def test_a_cache_entry_whose_body_is_damaged_is_made_again(tmp_path):
    inputs, out = small_corpus(tmp_path / "in"), tmp_path / "out"
    run(inputs, out)
    before = (out / "claims.csv").read_bytes()
    for entry in (out / ".cache").iterdir():  # the header line is intact, the body cut off
        header = entry.read_text(encoding="utf-8").split("\n", 1)[0]
        assert json.loads(header)["doc_id"] in ("a", "b")
        entry.write_text(header + "\n{\"text\": ", encoding="utf-8")
    assert run(inputs, out).processed == 2
    assert (out / "claims.csv").read_bytes() == before


# ---------------------------------------------------------------------------- the lexicons a run was given

def _lexicons_with(folder: Path, edits: dict[str, tuple[str, str]]) -> Path:
    """A copy of the default lexicons with a text replaced in some files (file → (old, new))."""
    shutil.copytree(default_lexicon_dir(), folder)
    for name, (old, new) in edits.items():
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def _extract_dated_hornung(tmp_path: Path, lexicons: Path) -> Path:
    """One text extracted with `lexicons` (rules only) and `--date 3. Hornung 2015`; its output folder."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Moskau fordert einen sofortigen Waffenstillstand in der Ukraine.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("extract", inputs, "--out", out, "--lexicons", lexicons, "--model", "blank", "--no-progress",
                    "--no-report", "--date", "3. Hornung 2015")
    assert result.exit_code == 0, result.output
    return out


def test_a_run_reads_dates_and_topics_with_the_lexicons_it_was_given(tmp_path, monkeypatch):
    """`--lexicons` whose months.csv knows `Hornung` (February) and whose topics.csv counts
    `Waffenstillstand` to DEFENCE, run from a folder without data/lexicons: `--date` and the date the
    actor linker looks office holders up on read that months.csv, the claims' topics that topics.csv."""
    import datetime
    lexicons = _lexicons_with(tmp_path / "lexicons", {"months.csv": ("2,Februar,Feb", "2,Februar,Feb|Hornung"),
                                                      "topics.csv": ("|waffenstillstand|", "|")})
    topics = lexicons / "topics.csv"
    topics.write_text(topics.read_text(encoding="utf-8").replace("DEFENCE,", "DEFENCE,waffenstillstand|", 1),
                      encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = _extract_dated_hornung(tmp_path, lexicons)
    inputs = tmp_path / "in"
    assert list(read_table(out, "documents")["date"]) == ["3. Hornung 2015"]
    claims = read_table(out, "claims")
    assert list(claims["issue"]) == ["CEASEFIRE"] and list(claims["topic"]) == ["DEFENCE"]
    nlp = build_nlp("blank", lexicons)
    doc = nlp.make_doc("Der Bundeskanzler sagte das.")
    doc._.date = "3. Hornung 2015"
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert nlp.get_pipe("actor_linker").rules.day == datetime.date(2015, 2, 3)
    # negative: a month no months.csv knows is no date
    result = invoke("extract", inputs, "--out", out, "--lexicons", lexicons, "--model", "blank", "--no-progress",
                    "--no-report", "--date", "3. Lenzing 2015")
    assert result.exit_code == 2 and "is not a date" in result.output
    missing = tmp_path / "no-lexicons"
    result = invoke("extract", inputs, "--out", out, "--lexicons", missing, "--model", "blank", "--no-progress",
                    "--no-report", "--date", "3. Februar 2015")
    assert result.exit_code == 2 and f"lexicon error: {missing}: lexicon folder not found" in result.output


def test_a_report_reads_dates_with_the_lexicons_the_tables_were_extracted_with(tmp_path):
    """Tables extracted with `--lexicons` whose months.csv knows `Hornung`: `report --lexicons` places
    the document in February 2015 (the period table, `--since`); without them the date is unknown,
    and a lexicon folder that is not there stops the report naming it, changing nothing."""
    lexicons = _lexicons_with(tmp_path / "lexicons", {"months.csv": ("2,Februar,Feb", "2,Februar,Feb|Hornung")})
    out = _extract_dated_hornung(tmp_path, lexicons)
    result = invoke("report", out, "--lexicons", lexicons, "--since", "2015-02-01", "--out", tmp_path / "with")
    assert result.exit_code == 0, result.output
    periods = read_csv_file(tmp_path / "with" / "claims_by_period.csv")
    assert list(periods["period"]) == ["2015-02"] and list(periods["actor_country"]) == ["RUS"]
    assert "selected 1 of 1 claims" in result.output
    # negative: the default months do not know `Hornung`, so the document has no date
    result = invoke("report", out, "--since", "2015-02-01", "--out", tmp_path / "without")
    assert result.exit_code == 0, result.output
    assert "selected 0 of 1 claims" in result.output
    assert read_csv_file(tmp_path / "without" / "claims_by_period.csv").empty
    before = {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}
    missing = tmp_path / "no-lexicons"
    result = invoke("report", out, "--lexicons", missing)
    assert result.exit_code == 2 and f"lexicon error: {missing}: lexicon folder not found" in result.output
    assert {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()} == before


def test_an_extract_keeps_what_an_evaluate_records_in_its_manifest_meanwhile(tmp_path, monkeypatch):
    """`evaluate --out OUT` records its error lists in OUT/manifest.json while an extract into OUT is
    between reading the manifest and writing it back: the evaluate's entry must survive the extract's
    write, and the extract's own entries the evaluate's."""
    inputs, out = small_corpus(tmp_path / "in"), tmp_path / "out"
    real_write = tables_module.write_text_atomic
    evaluate = []

    def write(path, text):
        if Path(path).name == "manifest.json" and '"fingerprint"' in text and not evaluate:
            # the extract writes its manifest: an evaluate records its table now
            evaluate.append(threading.Thread(target=tables_module.record_tables,
                                             args=(out, CsvFormat(sep=";"), ["claims_errors.csv"])))
            evaluate[0].start()
            evaluate[0].join(timeout=1)  # the old code let it finish here, between the extract's read and write
        return real_write(path, text)

    monkeypatch.setattr(tables_module, "write_text_atomic", write)
    run(inputs, out)
    evaluate[0].join()
    manifest = read_manifest(out)
    assert manifest["tables"]["claims_errors.csv"]["sep"] == ";"
    assert manifest["fingerprint"] and manifest["tables"]["claims.csv"]["sha256"]
    monkeypatch.setattr(tables_module, "write_text_atomic", real_write)
    assert run(inputs, out).nothing_to_do  # the extract's entries are whole


# ---------------------------------------------------------------------------- bad inputs

def test_a_lexicon_quote_left_open_stops_the_run_naming_file_and_line(tmp_path):
    """An unclosed quote made the csv reader swallow every row after it into one value: the rows were
    lost without a word (a knowledge file's error named another file)."""
    for name, line in (("roles.csv", 6), ("knowledge/persons.csv", 4)):
        lexicons = tmp_path / name.replace("/", "_")
        shutil.copytree(default_lexicon_dir(), lexicons)
        path = lexicons / name
        lines = path.read_text(encoding="utf-8").split("\n")
        lines.insert(line - 1, '"Muster,Hans')
        path.write_text("\n".join(lines), encoding="utf-8")
        result = invoke("extract", small_corpus(tmp_path / f"in-{lexicons.name}"), "--out", tmp_path / "out",
                        "--lexicons", lexicons, "--model", "blank", "--no-progress", "--no-report")
        assert result.exit_code == 2, result.output
        assert f"lexicon error: {path}:{line}: a quote (\") opened in this row runs on to line" in result.output


def test_a_knowledge_file_that_is_not_utf8_stops_the_run_naming_file_and_line(tmp_path):
    lexicons = tmp_path / "lexicons"
    shutil.copytree(default_lexicon_dir(), lexicons)
    path = lexicons / "knowledge" / "persons.csv"
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    path.write_bytes(path.read_bytes() + "Q1,Hans Schön,Schön,DEU,DEU,government,,,,\n".encode("latin-1"))
    result = invoke("extract", small_corpus(tmp_path / "in"), "--out", tmp_path / "out", "--lexicons", lexicons,
                    "--model", "blank", "--no-progress", "--no-report")
    assert result.exit_code == 2
    assert f"lexicon error: {path}:{n_lines + 1}: not valid UTF-8 (byte 0xf6)" in result.output


def test_an_output_folder_that_cannot_be_written_is_named(tmp_path):
    inputs, taken = small_corpus(tmp_path / "in"), tmp_path / "tables.csv"
    taken.write_text("x\n", encoding="utf-8")
    result = invoke("extract", inputs, "--out", taken, "--model", "blank", "--no-progress", "--no-report")
    assert result.exit_code == 2
    assert f"{taken}: cannot write there (a file of that name exists, not a folder); choose another --out" \
        in result.output
    result = invoke("extract", inputs, "--out", taken / "sub", "--model", "blank", "--no-progress", "--no-report")
    assert result.exit_code == 2 and f"{taken / 'sub'}: cannot write there (Not a directory" in result.output
    result = invoke("evaluate", "--shared", tmp_path, "--model", "blank", "--out", taken)
    assert result.exit_code == 2 and f"{taken}: cannot write there" in result.output
    assert taken.read_text(encoding="utf-8") == "x\n"


def test_a_run_that_reads_no_document_leaves_the_last_runs_tables(tmp_path):
    """A mistyped or empty input folder replaced the tables of the last run with empty ones and
    pruned its cached documents."""
    inputs, out, empty = small_corpus(tmp_path / "in"), tmp_path / "out", tmp_path / "leer"
    empty.mkdir()
    assert invoke("extract", inputs, "--out", out, "--model", "blank", "--no-progress", "--no-report").exit_code == 0
    claims, cached = (out / "claims.csv").read_bytes(), sorted((out / ".cache").iterdir())
    result = invoke("extract", empty, "--out", out, "--model", "blank", "--no-progress", "--no-report")
    assert result.exit_code == 1
    assert f"nothing was processed; the tables in {out}/ are still those of the last run" in result.output
    assert (out / "claims.csv").read_bytes() == claims and sorted((out / ".cache").iterdir()) == cached
    assert run(inputs, out).nothing_to_do
    documents = (out / "documents.csv").read_bytes()
    result = invoke("ingest", empty, "--out", out)
    assert result.exit_code == 1 and "the tables in" in result.output
    assert (out / "documents.csv").read_bytes() == documents
    # negative: a new folder gets its (empty) tables, and no word of a last run
    result = invoke("extract", empty, "--out", tmp_path / "new", "--model", "blank", "--no-progress", "--no-report")
    assert result.exit_code == 1 and "still those" not in result.output and (tmp_path / "new" / "claims.csv").exists()


@pytest.mark.parametrize("first, second", [(CsvFormat(), CsvFormat(neutralise=False)),
                                           (CsvFormat(neutralise=False), CsvFormat(sep=";")),
                                           (CsvFormat(sep="\t"), CsvFormat())])
def test_a_rerun_in_another_csv_format_reuses_the_cache_and_writes_what_a_fresh_run_writes(tmp_path, first, second):
    """The cache holds each table's rows as CSV text in the format of the run that made them; a run
    in another format (separator, raw cells) writes them again from that text, processing nothing."""
    inputs, out, fresh = _formula_corpus(tmp_path), tmp_path / "out", tmp_path / "fresh"
    (inputs / "'zitat.txt").write_text("'Berlin fordert Gespräche.\n;Rom lehnt, sagt er, \"alles\" ab.\n",
                                       encoding="utf-8")
    run(inputs, out, csv_format=first)
    assert run(inputs, out, csv_format=second).processed == 0
    run(inputs, fresh, csv_format=second)
    for name in DOC_TABLES:
        assert (out / f"{name}.csv").read_bytes() == (fresh / f"{name}.csv").read_bytes(), name


# ---------------------------------------------------------------------------- tables assembled during the run

def _three_documents(folder):
    small_corpus(folder)
    (folder / "c.txt").write_text("Paris fordert einen Waffenstillstand.\n", encoding="utf-8")
    return folder


def _same_tables(out, fresh):
    for name in ALL_TABLES:
        assert (out / f"{name}.csv").read_bytes() == (fresh / f"{name}.csv").read_bytes(), name
    assert (out / "texts.jsonl").read_bytes() == (fresh / "texts.jsonl").read_bytes()


def test_a_changed_document_between_unchanged_ones_gives_the_tables_of_a_fresh_run(tmp_path):
    """The tables are written while the documents are processed: the unchanged documents before a
    processed one are read from the cache first, those after it at the end, all in input order."""
    inputs, out, fresh = _three_documents(tmp_path / "in"), tmp_path / "out", tmp_path / "fresh"
    run(inputs, out)
    (inputs / "b.txt").write_text("Kiew fordert neue Verhandlungen.\n", encoding="utf-8")
    summary = run(inputs, out)
    assert (summary.processed, summary.reused) == (1, 2)
    run(inputs, fresh)
    _same_tables(out, fresh)
    assert list(read_table(out, "documents")["doc_id"]) == ["a", "b", "c"]


def test_results_out_of_input_order_are_assembled_from_the_cache_after_the_run(tmp_path, monkeypatch):
    inputs = _three_documents(tmp_path / "in")
    run(inputs, tmp_path / "fresh")
    real = runner_module.process_documents
    monkeypatch.setattr(runner_module, "process_documents", lambda *args: iter(list(real(*args))[::-1]))
    summary = run(inputs, tmp_path / "out")
    assert summary.processed == 3
    _same_tables(tmp_path / "out", tmp_path / "fresh")
    assert not list((tmp_path / "out").glob(".*.tmp"))  # the tables begun during the run were dropped
