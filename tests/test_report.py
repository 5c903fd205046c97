"""Outputs for analysts: Excel, Parquet, GraphML networks, DNA statements and the HTML report,
on the seeds, on awkward text (umlauts, „…“, ';', leading zeros, '=…') and on empty results."""

import json
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser

import networkx as nx
import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.report import (DNA_COLUMNS, ReportOptions, actor_graph, load_report_data, parse_date,
                             read_dna_statements, render_html, write_dna, write_report, write_xlsx)
from pipeline.tables import COLUMNS, CsvFormat, read_table, write_table

from conftest import SEEDS

runner = CliRunner()
NETWORKS = ("actor_issue", "actor_congruence", "actor_conflict")


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    """The five seeds through extract (rules only), then `report` on its tables."""
    out = tmp_path_factory.mktemp("report") / "out"
    result = runner.invoke(app, ["extract", str(SEEDS), "--out", str(out), "--model", "blank", "--no-progress"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _claim(i: int, doc_id: str, sentence: str, start: int, **extra) -> dict:
    row = {"claim_id": f"{doc_id}-{i:04d}", "doc_id": doc_id, "sentence_id": i, "sentence": sentence,
           "claimant": "Sie", "actor": "Außenministerin Baerbock", "actor_country": "DEU",
           "claim_type": "DEMAND", "issue": "SANCTIONS", "polarity": 1, "addressee_country": "RUS",
           "speech_mode": "QUOTE", "cue": "fordert", "confidence": 0.9, "start": start,
           "end": start + len(sentence), "rule": "quote:direct"}
    row.update(extra)
    return row


@pytest.fixture()
def awkward_out(tmp_path):
    """A hand-made output folder: umlauts, German quotes, ';' and '=' in text, ids with leading zeros."""
    text = ("„Wir fordern Sanktionen; und zwar sofort“, sagte Baerbock. "
            "=SUMME(A1) ist kein Befehl. Moskau lehnt das ab.")
    first = text[:text.index("Baerbock.") + len("Baerbock.")]
    second_start = text.index("=SUMME")
    second = "=SUMME(A1) ist kein Befehl."
    third_start = text.index("Moskau")
    third = "Moskau lehnt das ab."
    claims = [_claim(0, "007", first, 0),
              _claim(1, "007", first, 0, actor="Olaf Scholz", claim_type="THREAT"),
              _claim(2, "007", second, second_start, actor="Kreml", actor_country="RUS", polarity=-1,
                     claim_type="REJECTION", confidence=0.5),
              _claim(3, "007", third, third_start, actor="Kreml", actor_country="RUS", polarity=-1,
                     claim_type="REJECTION")]
    documents = [{"doc_id": "007", "path": "in/007.txt", "title": "Grüße aus Köln; „Zitat“", "author": "Jörg Müller",
                  "source": "Süddeutsche", "date": "19. März 2025", "n_chars": len(text), "sha256": "0",
                  "encoding": "utf-8", "input_format": "text"}]
    out = tmp_path / "out"
    out.mkdir()
    write_table(pd.DataFrame(documents), out, "documents")
    write_table(pd.DataFrame(claims), out, "claims")
    (out / "texts.jsonl").write_text(json.dumps({"doc_id": "007", "text": text}, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    return out


@pytest.fixture()
def empty_out(tmp_path):
    """Tables with headers only: no documents, no claims."""
    out = tmp_path / "empty"
    out.mkdir()
    for name in COLUMNS:
        write_table(pd.DataFrame(columns=COLUMNS[name]), out, name)
    return out


# ---------------------------------------------------------------------------- Excel

def _sheet_rows(path, sheet):
    return list(openpyxl.load_workbook(path, read_only=True)[sheet].values)


def test_workbook_has_every_claim_and_the_claims_sheet_first(seed_out):
    claims = read_table(seed_out, "claims")
    book = openpyxl.load_workbook(seed_out / "claims.xlsx")
    assert book.sheetnames == ["claims", "by_actor", "by_source", "by_period", "claim_groups", "entities"]
    sheet = book["claims"]
    assert [c.value for c in sheet[1]] == list(claims.columns) + ["claim_group"]
    assert sheet.max_row - 1 == len(claims) > 0
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    widths = [sheet.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOPQ"]
    assert max(widths) <= 60 and sheet["D2"].alignment.wrap_text  # D = sentence
    # every row's long text wraps (the style of the first wrapped cell is copied), the other columns do not
    assert all(sheet.cell(row, 4).alignment.wrap_text and sheet.cell(row, 4).alignment.vertical == "top"
               for row in range(2, sheet.max_row + 1))
    assert not any(sheet.cell(row, 1).alignment.wrap_text for row in range(2, sheet.max_row + 1))  # A = claim_id
    assert [r[3] for r in _sheet_rows(seed_out / "claims.xlsx", "claims")[1:]] == list(claims["sentence"])
    assert book["entities"].max_row - 1 == len(read_table(seed_out, "entities"))


def test_workbook_keeps_text_as_text(awkward_out):
    path = write_xlsx(load_report_data(awkward_out), awkward_out)
    rows = _sheet_rows(path, "claims")
    header, first, _, formula_like, _ = rows
    assert first[header.index("doc_id")] == "007"  # leading zeros stay
    assert first[header.index("sentence")].startswith("„Wir fordern Sanktionen; und zwar sofort“")
    assert first[header.index("actor")] == "Außenministerin Baerbock"
    assert formula_like[header.index("sentence")] == "=SUMME(A1) ist kein Befehl."
    cell = openpyxl.load_workbook(path)["claims"]["D4"]
    assert cell.data_type == "s"
    assert first[header.index("confidence")] == 0.9 and first[header.index("start")] == 0


# ---------------------------------------------------------------------------- Parquet

def test_parquet_tables_have_proper_dtypes(seed_out):
    claims = pd.read_parquet(seed_out / "claims.parquet")
    assert len(claims) == len(read_table(seed_out, "claims"))
    for column in ("sentence_id", "polarity", "start", "end"):
        assert str(claims[column].dtype) == "Int64", column
    assert claims["confidence"].dtype == "float64"
    assert str(claims["actor"].dtype).startswith("string")
    for name in ("documents", "paragraphs", "sentences", "entities", "quotes", "claims_by_actor",
                 "claims_by_source", "errors"):
        assert (seed_out / f"{name}.parquet").exists(), name
    by_actor = pd.read_parquet(seed_out / "claims_by_actor.parquet")
    assert str(by_actor["n_claims"].dtype) == "Int64" and by_actor["mean_polarity"].dtype == "float64"
    assert str(pd.read_parquet(seed_out / "documents.parquet")["n_chars"].dtype) == "Int64"


def test_aggregates_match_the_aggregate_stage_without_filters(seed_out):
    mine = pd.read_parquet(seed_out / "claims_by_actor.parquet")
    stage = read_table(seed_out, "claims_by_actor")
    assert list(mine["actor"]) == list(stage["actor"])
    assert list(mine["n_claims"]) == [int(n) for n in stage["n_claims"]]


# ---------------------------------------------------------------------------- networks

def test_networks_load_in_networkx_with_edges(seed_out):
    claims = read_table(seed_out, "claims")
    for name in NETWORKS:
        graph = nx.read_graphml(seed_out / f"{name}.graphml")
        assert graph.number_of_edges() > 0, name
        for _, attrs in graph.nodes(data=True):
            assert {"actor", "actor_country", "n_claims"} <= set(attrs), name
    two_mode = nx.read_graphml(seed_out / "actor_issue.graphml")
    assert {d["node_type"] for _, d in two_mode.nodes(data=True)} == {"actor", "issue"}
    assert sum(d["weight"] for *_, d in two_mode.edges(data=True)) == len(claims)
    kreml = two_mode.edges["actor:Kreml", "issue:TROOPS"]
    assert kreml["type_REJECTION"] >= 1 and kreml["mean_polarity"] < 0


def test_congruence_and_conflict_follow_polarity_on_the_same_issue():
    claims = pd.DataFrame([
        {"actor": "A", "actor_country": "USA", "issue": "TERRITORY", "polarity": 1, "claim_type": "DEMAND"},
        {"actor": "B", "actor_country": "USA", "issue": "TERRITORY", "polarity": 1, "claim_type": "DEMAND"},
        {"actor": "C", "actor_country": "UKR", "issue": "TERRITORY", "polarity": -1, "claim_type": "REJECTION"},
        {"actor": "C", "actor_country": "UKR", "issue": "NATO_MEMBERSHIP", "polarity": 1, "claim_type": "DEMAND"},
        {"actor": "A", "actor_country": "USA", "issue": "NATO_MEMBERSHIP", "polarity": -1, "claim_type": "REJECTION"},
        {"actor": "B", "actor_country": "USA", "issue": "OTHER", "polarity": 1, "claim_type": "STATEMENT"},
        {"actor": "C", "actor_country": "UKR", "issue": "OTHER", "polarity": 1, "claim_type": "STATEMENT"},
    ])
    congruence, conflict = actor_graph(claims, "congruence"), actor_graph(claims, "conflict")
    assert set(map(frozenset, congruence.edges())) == {frozenset("AB")}
    assert conflict.edges["A", "C"]["weight"] == 2 and conflict.edges["A", "C"]["issues"] == "NATO_MEMBERSHIP|TERRITORY"
    assert conflict.edges["B", "C"]["weight"] == 1
    assert congruence.nodes["A"]["n_claims"] == 2


# ---------------------------------------------------------------------------- DNA

def test_dna_statements_round_trip(seed_out):
    written = load_report_data(seed_out)
    path = write_dna(written, seed_out)
    back = read_dna_statements(path)
    assert list(back.columns[:len(DNA_COLUMNS)]) == DNA_COLUMNS
    claims = read_table(seed_out, "claims")
    assert len(back) == len(claims)
    assert list(back["text"]) == list(claims["sentence"])
    assert list(back["person"]) == list(claims["actor"])
    assert list(back["concept"]) == list(claims["issue"])
    # DNA's agreement: 1 for polarity 1, 0 for -1, empty for 0 (a statement that takes no side)
    assert [None if pd.isna(a) else a for a in back["agreement"]] \
        == [1 if p > 0 else 0 if p < 0 else None for p in claims["polarity"]]
    assert list(back["start"]) == list(claims["start"]) and list(back["stop"]) == list(claims["end"])
    month = back.loc[back["document ID"] == "001_59b4a59a8a957c04"].iloc[0]
    assert month["time"] == "2025-02-01 00:00:00"  # DNA needs a full timestamp …
    assert (month["date"], month["date_precision"]) == ("2025-02", "month")  # … the precision written stays


def test_dna_export_respects_csv_options_and_keeps_semicolons(awkward_out):
    options = ReportOptions(csv_format=CsvFormat(sep=";", bom=False))
    data = load_report_data(awkward_out, options)
    path = write_dna(data, awkward_out)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8").startswith("statement ID;time;")
    back = read_dna_statements(path)
    expected = data.claims
    assert list(back["text"]) == list(expected["sentence"])
    assert back["document title"].iloc[0] == "Grüße aus Köln; „Zitat“"
    assert back["document ID"].iloc[0] == "007"
    assert back["time"].iloc[0] == "2025-03-19 00:00:00"
    assert list(back["agreement"]) == [1, 1, 0, 0]
    assert list(back["confidence"]) == [0.9, 0.9, 0.5, 0.9]


# ---------------------------------------------------------------------------- filters

def test_filters_select_claims_and_documents(seed_out, tmp_path):
    data = load_report_data(seed_out, ReportOptions(actor_country=("rus",), claim_type=("DEMAND", "REJECTION"),
                                                    min_confidence=0.6))
    claims = data.claims
    assert len(claims) > 0 and set(claims["actor_country"]) == {"RUS"}
    assert set(claims["claim_type"]) <= {"DEMAND", "REJECTION"} and claims["confidence"].min() >= 0.6
    assert data.tables["claims_by_actor"]["n_claims"].sum() == len(claims)
    dated = load_report_data(seed_out, ReportOptions(since="2025-03-01"))
    assert list(dated.documents["doc_id"]) == ["003_fce71a759e3ddc0c"]  # "19. März 2025"; undated left out
    assert set(dated.claims["doc_id"]) == {"003_fce71a759e3ddc0c"}
    assert set(dated.tables["sentences"]["doc_id"]) == {"003_fce71a759e3ddc0c"}
    until = load_report_data(seed_out, ReportOptions(until="2025-02-28"))
    assert list(until.documents["doc_id"]) == ["001_59b4a59a8a957c04"]  # "2025-02"


def test_parse_date_reads_german_dates():
    assert parse_date("19. März 2025") == pd.Timestamp("2025-03-19")
    assert parse_date("19.03.2025") == pd.Timestamp("2025-03-19")
    assert parse_date("2025-02") == pd.Timestamp("2025-02-01")
    assert parse_date("") is None and parse_date("irgendwann") is None
    with pytest.raises(ValueError):
        ReportOptions(since="irgendwann")


def test_report_command_with_filters_and_german_csv(seed_out, tmp_path):
    out = tmp_path / "copy"
    shutil.copytree(seed_out, out)
    full = (out / "report.html").read_bytes(), (out / "claims.xlsx").read_bytes()
    result = runner.invoke(app, ["report", str(out), "--actor-country", "RUS,UKR", "--claim-type", "DEMAND",
                                 "--csv-sep", ";", "--no-bom"])
    assert result.exit_code == 0, result.output
    filtered = out / "report-RUS+UKR-DEMAND"
    back = read_dna_statements(filtered / "dna_statements.csv")
    assert set(back["organization"]) <= {"RUS", "UKR"} and set(back["claim_type"]) == {"DEMAND"}
    assert not (filtered / "dna_statements.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "actor_country ∈ {RUS, UKR}" in (filtered / "report.html").read_text(encoding="utf-8")
    # the full outputs next to the tables are untouched
    assert ((out / "report.html").read_bytes(), (out / "claims.xlsx").read_bytes()) == full
    assert len(read_dna_statements(out / "dna_statements.csv")) == len(read_table(out, "claims"))
    into_tables = runner.invoke(app, ["report", str(out), "--claim-type", "DEMAND", "--out", str(out)])
    assert into_tables.exit_code != 0 and "would replace the full one" in into_tables.output
    elsewhere = runner.invoke(app, ["report", str(out), "--claim-type", "THREAT", "--out", str(tmp_path / "threats")])
    assert elsewhere.exit_code == 0, elsewhere.output
    assert set(read_dna_statements(tmp_path / "threats" / "dna_statements.csv")["claim_type"]) == {"THREAT"}
    bad = runner.invoke(app, ["report", str(out), "--since", "gestern"])
    assert bad.exit_code != 0


# ---------------------------------------------------------------------------- empty results

def test_every_writer_handles_no_claims(empty_out):
    paths = write_report(empty_out)
    assert {p.name for p in paths} >= {"claims.xlsx", "claims.parquet", "dna_statements.csv", "report.html",
                                       *(f"{n}.graphml" for n in NETWORKS)}
    book = openpyxl.load_workbook(empty_out / "claims.xlsx")
    assert [c.value for c in book["claims"][1]] == COLUMNS["claims"] + ["claim_group"] and book["claims"].max_row == 1
    assert len(pd.read_parquet(empty_out / "claims.parquet")) == 0
    assert str(pd.read_parquet(empty_out / "claims.parquet")["polarity"].dtype) == "Int64"
    for name in NETWORKS:
        assert nx.read_graphml(empty_out / f"{name}.graphml").number_of_nodes() == 0
    assert list(read_dna_statements(empty_out / "dna_statements.csv").columns[:len(DNA_COLUMNS)]) == DNA_COLUMNS
    page = (empty_out / "report.html").read_text(encoding="utf-8")
    assert "No documents match" in page and "data-claim-id" not in page


def test_filters_that_match_nothing(seed_out, tmp_path):
    out = tmp_path / "none"
    shutil.copytree(seed_out, out)
    warnings = []
    write_report(out, ReportOptions(claim_type=("NO_SUCH_TYPE",)), warn=warnings.append)
    assert openpyxl.load_workbook(out / "report-NO_SUCH_TYPE" / "claims.xlsx")["claims"].max_row == 1
    assert nx.read_graphml(out / "report-NO_SUCH_TYPE" / "actor_issue.graphml").number_of_edges() == 0
    assert any("--claim-type 'NO_SUCH_TYPE' is not a known code" in w for w in warnings)


def test_unknown_country_code_warns_and_a_known_one_does_not(seed_out):
    result = runner.invoke(app, ["report", str(seed_out), "--actor-country", "RUSSIA"])
    assert result.exit_code == 0 and "--actor-country 'RUSSIA' is not a known code" in result.output
    assert "selected 0 of" in result.output
    result = runner.invoke(app, ["report", str(seed_out), "--actor-country", "rus"])
    assert result.exit_code == 0 and "not a known code" not in result.output


# ---------------------------------------------------------------------------- HTML

class _Marks(HTMLParser):
    """Counts elements with data-claim-id inside each document (data-doc-id) of the report."""

    def __init__(self):
        super().__init__()
        self.doc, self.depth, self.counts, self.errors, self.ready = None, 0, Counter(), [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("data-doc-id"):
            self.doc, self.depth = attrs["data-doc-id"], 0
        if tag == "details" and self.doc:
            self.depth += 1
        if self.doc and "data-claim-id" in attrs:
            self.counts[self.doc] += 1
        if attrs.get("id") == "report-errors":
            self.errors.append(attrs)
        if tag == "html" and attrs.get("data-report-ready") == "1":
            self.ready = True

    def handle_endtag(self, tag):
        if tag == "details" and self.doc:
            self.depth -= 1
            if self.depth == 0:
                self.doc = None


def _marks(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    return parser


def _claims_per_doc(claims: pd.DataFrame) -> Counter:
    return Counter(claims["doc_id"])


def test_report_highlights_every_claim_and_is_self_contained(seed_out):
    page = (seed_out / "report.html").read_text(encoding="utf-8")
    claims = read_table(seed_out, "claims")
    counts = _marks(page).counts
    for doc_id, n in _claims_per_doc(claims).items():
        assert counts[doc_id] >= n, doc_id
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # no CDN, no network
    assert "<svg" in page and 'id="claims-table"' in page and 'id="net"' in page
    first = claims.iloc[0]
    assert f'data-claim-id="{first["claim_id"]}"' in page


def test_report_escapes_text_and_nests_marks_for_shared_sentences(awkward_out):
    page = render_html(load_report_data(awkward_out))
    assert "„Wir fordern Sanktionen; und zwar sofort“" in page
    assert "Grüße aus Köln; „Zitat“" in page
    assert _marks(page).counts["007"] == 4
    assert re.search(r'<mark class="claim t-DEMAND"[^>]*><mark class="claim t-THREAT"', page)
    evil = load_report_data(awkward_out)
    evil.tables["claims"].loc[0, "actor"] = '</script><script>alert(1)</script>'
    page = render_html(evil)
    assert "<script>alert(1)" not in page and "\\u003c/script\\u003e" in page


def test_claims_with_offsets_off_the_text_are_still_marked(awkward_out):
    data = load_report_data(awkward_out)
    data.tables["claims"].loc[3, ["start", "end"]] = [10_000, 10_020]
    data.tables["claims"].loc[2, ["start", "end"]] = [pd.NA, pd.NA]
    assert _marks(render_html(data)).counts["007"] == 4


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_report_renders_in_headless_chromium_without_errors(seed_out, tmp_path):
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom",
         (seed_out / "report.html").as_uri()],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not console, console
    dom = _marks(result.stdout)
    assert dom.ready, "the report's script did not run to its end"
    assert not dom.errors, "window.onerror caught a script error"
    for doc_id, n in _claims_per_doc(read_table(seed_out, "claims")).items():
        assert dom.counts[doc_id] >= n, doc_id


def test_report_without_texts_marks_each_claim_sentence(awkward_out):
    """No texts.jsonl (tables copied without it): each document shows its claim sentences, once each,
    and every claim is marked in them, none left unplaced."""
    (awkward_out / "texts.jsonl").unlink()
    page = render_html(load_report_data(awkward_out))
    view = page[page.index('<details class="doc"'):page.index("</details>", page.index('<details class="doc"'))]
    for claim_id in ("007-0000", "007-0001", "007-0002", "007-0003"):
        assert f'data-claim-id="{claim_id}"' in view
    assert view.count("ist kein Befehl") == 1 and "lehnt das ab" in view
    assert 'class="claim missing' not in view


def test_the_report_reads_the_lexicons_this_process_loaded_instead_of_parsing_them_again(tmp_path):
    from pipeline.bundle import load_bundle
    from pipeline.lexicons import LexiconError
    from pipeline.report.data import report_lexicons

    assert report_lexicons(None) is load_bundle().lexicons
    # negative: a lexicon folder that is not there is still an error that names it
    with pytest.raises(LexiconError, match="not found"):
        report_lexicons(tmp_path / "missing")
