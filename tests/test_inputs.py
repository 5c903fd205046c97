"""Inputs a user has: PDF and DOCX by content, HTML metadata, folders with files that are skipped."""

import shutil

import pandas as pd
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest import iter_documents, prepare_document
from pipeline.lexicons import load_lexicons
from pipeline.readers import html_metadata, sniff
from pipeline.tables import read_table

from conftest import ROOT

INPUTS = ROOT / "tests" / "data" / "inputs"
runner = CliRunner()

HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Baerbock fordert neue Sanktionen | tagesschau.de</title>
<meta property="og:site_name" content="tagesschau.de">
<meta property="article:published_time" content="2025-02-24T09:30:00+01:00">
<meta name="author" content="Jörg Müller"></head>
<body><nav>Startseite Inland Ausland</nav><h1>Baerbock fordert neue Sanktionen</h1>
<p>Außenministerin Annalena Baerbock fordert neue Sanktionen gegen Russland.</p></body></html>"""

def raw_pdf(line: str) -> bytes:
    """An uncompressed one-page PDF with one line of text, written by hand (with its xref table):
    its operators must not end up in the text."""
    stream = f"BT /F1 12 Tf 50 800 Td ({line}) Tj ET".encode("cp1252")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)




def test_pdf_and_docx_are_recognised_by_content_not_name(tmp_path):
    assert sniff((INPUTS / "friedenstruppen.pdf").read_bytes()) == "pdf"
    assert sniff((INPUTS / "selenskyj.docx").read_bytes()) == "docx"
    assert sniff("Ein Text über %PDF-Dateien.".encode()) == "text"
    disguised = tmp_path / "artikel.txt"  # a PDF saved under a text name is still a PDF
    shutil.copy(INPUTS / "friedenstruppen.pdf", disguised)
    (doc,) = list(iter_documents(disguised))
    assert doc.input_format == "pdf" and "Stationierung europäischer Friedenstruppen in der Ukraine ab." in doc.text
    assert "endobj" not in doc.text and "/Type" not in doc.text


def test_uncompressed_pdf_passed_directly_gives_its_text_not_its_operators(tmp_path):
    path = tmp_path / "peskow.pdf"
    path.write_bytes(raw_pdf("Der Kreml lehnt eine Waffenruhe ab, sagte Peskow am Montag."))
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(path), "--out", str(out), "--model", "blank", "--no-progress",
                                 "--no-report"])
    assert result.exit_code == 0, result.output
    claims = read_table(out, "claims")
    assert set(claims["sentence"]) == {"Der Kreml lehnt eine Waffenruhe ab, sagte Peskow am Montag."}
    assert "REJECTION" in set(claims["claim_type"])
    assert read_table(out, "documents")["input_format"].iloc[0] == "pdf"


def test_html_title_and_meta_give_title_outlet_author_and_date():
    meta = html_metadata(HTML)
    assert meta == {"title": "Baerbock fordert neue Sanktionen", "source": "tagesschau.de",
                    "date": "2025-02-24", "author": "Jörg Müller"}
    assert html_metadata("<html><head><title>Nur ein Titel</title></head></html>") == {"title": "Nur ein Titel"}


def test_mixed_folder_reads_every_document_and_names_every_skipped_file(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(INPUTS / "friedenstruppen.pdf", folder)
    shutil.copy(INPUTS / "selenskyj.docx", folder)
    (folder / "baerbock.html").write_text(HTML, encoding="utf-8")
    (folder / "notiz.txt").write_text("date 2025-03-01\nKurz notiert\n\nDer Kreml fordert ein Ende der Sanktionen.\n",
                                      encoding="utf-8")
    (folder / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "alt.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(64))
    (folder / ".DS_Store").write_bytes(bytes(16))
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "--model", "blank", "--no-progress",
                                 "--no-report"])
    assert result.exit_code == 0, result.output
    assert f"skipped: {folder / 'foto.png'}: not a text, HTML, PDF, DOCX or corpus table file (.png)" in result.output
    assert f"skipped: {folder / 'alt.doc'}: old Word .doc format" in result.output
    assert f"skipped: {folder / '.DS_Store'}: hidden file" in result.output
    assert "3 file(s) skipped" in result.output
    documents = read_table(out, "documents").set_index("doc_id")
    assert documents["input_format"].to_dict() == {"baerbock": "html", "friedenstruppen": "pdf", "notiz": "text",
                                                   "selenskyj": "docx"}
    assert documents.loc["baerbock", ["title", "source", "date", "author"]].tolist() == [
        "Baerbock fordert neue Sanktionen", "tagesschau.de", "2025-02-24", "Jörg Müller"]
    assert documents.loc["selenskyj", ["title", "author"]].tolist() == ["Selenskyj in London", "Anna Schmidt"]
    assert documents.loc["notiz", ["title", "date"]].tolist() == ["Kurz notiert", "2025-03-01"]
    claims = read_table(out, "claims")
    found = set(zip(claims["doc_id"], claims["actor"], claims["claim_type"]))
    assert {("friedenstruppen", "Sergej Lawrow", "REJECTION"), ("selenskyj", "Wolodymyr Selenskyj", "DEMAND"),
            ("baerbock", "Annalena Baerbock", "DEMAND")} <= found


def test_a_run_that_reads_nothing_fails(tmp_path):
    empty = tmp_path / "leer"
    empty.mkdir()
    result = runner.invoke(app, ["extract", str(empty), "--out", str(tmp_path / "o1"), "--model", "blank",
                                 "--no-report"])
    assert result.exit_code == 1 and "nothing was processed" in result.output
    only_images = tmp_path / "bilder"
    only_images.mkdir()
    (only_images / "foto.jpg").write_bytes(b"\xff\xd8\xff" + bytes(32))
    result = runner.invoke(app, ["extract", str(only_images), "--out", str(tmp_path / "o2"), "--model", "blank",
                                 "--no-report"])
    assert result.exit_code == 1 and "skipped:" in result.output and "foto.jpg" in result.output
    broken = tmp_path / "kaputt"
    broken.mkdir()
    (broken / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = runner.invoke(app, ["extract", str(broken), "--out", str(tmp_path / "o3"), "--model", "blank",
                                 "--no-report"])
    assert result.exit_code == 1 and "scan.pdf" in result.output and "PDF" in result.output


def test_a_text_without_title_line_gets_its_lead_sentence():
    lexicons = load_lexicons()
    (doc,) = list(iter_documents(ROOT / "seeds" / "002_549fc2a924a71096.txt"))
    prepare_document(doc, lexicons)
    assert doc.title.startswith("Ein neuer Anlauf, ein alter Gegner: Russland und die USA sprechen wieder")
    assert len(doc.title) <= 122
    frame = pd.DataFrame([doc.document_row()])
    assert frame["title"].iloc[0] == doc.title
