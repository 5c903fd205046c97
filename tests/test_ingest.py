"""Ingest: decoding, input kinds, boilerplate masking and metadata on the real seeds."""

import pytest

from pipeline.ingest import (DocumentError, SourceDocument, decode_bytes, html_to_text, iter_documents,
                             prepare_document, read_file_document)
from pipeline.lexicons import load_lexicons

from conftest import SEEDS


@pytest.fixture(scope="module")
def lexicons():
    return load_lexicons()


def seed(name, lexicons):
    return prepare_document(read_file_document(next(SEEDS.glob(f"{name}_*.txt"))), lexicons)


def test_bpb_seed_menus_related_articles_and_bio_are_masked(lexicons):
    doc = seed("000", lexicons)
    masked = doc.masked_text()
    assert len(masked) == len(doc.text)
    assert "Mediathek" not in masked and "Kriegswahrnehmung" not in masked
    assert "Wissenschaftliche Referentin" not in masked and "Lizenzausgabe" not in masked
    assert "Außenminister Sergej Lawrow bezeichnete" in masked
    assert (doc.title, doc.author, doc.source) == (
        "Kommentar: Was hat Russland von der US-amerikanischen Verhandlungsinitiative?", "Regina Heller", "bpb.de")


def test_portal_widgets_translation_notes_and_bio_are_masked(lexicons):
    doc = seed("003", lexicons)
    masked = doc.masked_text()
    assert "Meine News" not in masked and "maschinelle Übersetzungen" not in masked
    assert "Hughes Hall" not in masked
    assert (doc.source, doc.author, doc.date) == ("IPPEN.MEDIA", "Laurie Bristow", "19. März 2025")


def test_header_line_gives_date_and_is_masked(lexicons):
    doc = seed("001", lexicons)
    assert doc.date == "2025-02"
    assert "Javascript" not in doc.masked_text()


def test_crlf_text_keeps_exact_offsets(lexicons):
    doc = SourceDocument("crlf", "crlf.txt", "Titelzeile\r\n\r\nMoskau fordert Sanktionen.\r\nZweiter Satz.\r\n")
    prepare_document(doc, lexicons)
    for p in doc.paragraphs:
        assert "\r" not in doc.text[p.start:p.end] and doc.text[p.start:p.end].strip() == doc.text[p.start:p.end]


def test_latin1_falls_back_with_warning_naming_the_file():
    text, used, warnings = decode_bytes("Moskau lehnt die Forderung ab: Größe".encode("latin-1"), "x", "x.txt")
    assert used == "cp1252" and "Größe" in text
    assert "x.txt" in warnings[0] and "byte offset" in warnings[0]


def test_forced_encoding_reports_byte_offset():
    with pytest.raises(DocumentError, match="byte offset 3"):
        decode_bytes(b"abc\xff", "x", "x.txt", encoding="utf-8")


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"   \n", "empty"), (b"ab\x00cd", "binary")])
def test_empty_and_binary_files_are_rejected(data, reason):
    with pytest.raises(DocumentError, match=reason):
        decode_bytes(data, "x", "x.txt")


def test_too_large_is_rejected():
    with pytest.raises(DocumentError, match="max-chars"):
        decode_bytes(b"Ein Satz. " * 100, "x", "x.txt", max_chars=50)


def test_html_markup_scripts_and_nav_are_stripped():
    html = ("<html><head><title>Titel</title><script>var x = 1;</script></head><body><nav>Menü Start</nav>"
            "<p>Moskau fordert die Aufhebung der Sanktionen.</p><p>Zweiter &amp; letzter Absatz.</p></body></html>")
    text = html_to_text(html)
    assert "var x" not in text and "Menü" not in text
    assert "Moskau fordert die Aufhebung der Sanktionen." in text and "Zweiter & letzter Absatz." in text


def test_jsonl_corpus_with_text_and_id_columns(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a1", "body": "Moskau fordert Sanktionen."}\n{"id": "a2", "body": ""}\nkaputt\n',
                      encoding="utf-8")
    items = list(iter_documents(corpus, text_column="body", id_column="id"))
    assert isinstance(items[0], SourceDocument) and items[0].doc_id == "a1"
    assert isinstance(items[1], DocumentError) and "empty" in items[1].reason
    assert isinstance(items[2], DocumentError) and "invalid JSON on line 3" in items[2].reason


def test_latin1_csv_corpus_falls_back_for_every_row(tmp_path):
    corpus = tmp_path / "korpus.csv"
    rows = ["id;text", "a1;Moskau fordert Sanktionen.", "a2;Paris lehnt die Größe der Truppen ab.",
            "a3;Kiew fordert Waffen für die Verteidigung."]
    corpus.write_bytes("\n".join(rows).encode("latin-1"))
    items = list(iter_documents(corpus, id_column="id"))
    assert [item.doc_id for item in items] == ["a1", "a2", "a3"]
    assert all(isinstance(item, SourceDocument) and item.encoding == "cp1252" for item in items)
    assert "Größe" in items[1].text and "für" in items[2].text
    assert "korpus.csv: not valid UTF-8 (byte 0xf6" in items[0].warnings[0]


def test_malformed_csv_rows_are_errors_naming_their_line_and_nothing_is_merged(tmp_path):
    corpus = tmp_path / "korpus.csv"
    corpus.write_text('id,text\n'
                      'a1,Moskau fordert Sanktionen.\n'
                      'a2,"Paris sagt "nein" zu Truppen.\n'
                      'a3,Kiew fordert Waffen.\n'
                      'a4,Berlin fordert Geld,und mehr\n'
                      'a5,"Peking fordert\nVerhandlungen."\n'
                      'a6,"Rom lehnt das ab.\n'
                      'a7,Madrid schweigt.\n', encoding="utf-8")
    items = list(iter_documents(corpus, id_column="id"))
    good = {item.doc_id: item.text for item in items if isinstance(item, SourceDocument)}
    errors = [item.reason for item in items if isinstance(item, DocumentError)]
    assert good == {"a1": "Moskau fordert Sanktionen.", "a3": "Kiew fordert Waffen.",
                    "a5": "Peking fordert\nVerhandlungen."}
    assert errors == ["line 3: malformed CSV (',' expected after '\"'); not read, fix the quoting of this row",
                      "line 5: 3 fields, the header has 2 (an unquoted separator or quote in the text?); not read",
                      "lines 8-9: malformed CSV (an unclosed quote runs to the end of the file); not read, "
                      "fix the quoting of this row"]


def test_jsonl_lines_that_are_no_usable_document_are_errors(tmp_path):
    corpus = tmp_path / "korpus.jsonl"
    corpus.write_text('{"id": "a1", "text": "Moskau fordert Sanktionen."}\n'
                      '["Kiew", "fordert"]\n'
                      '"Paris lehnt ab."\n'
                      '42\n'
                      '{"id": null, "text": "Berlin fordert Geld."}\n'
                      '{"id": "a6", "text": null}\n'
                      '{"id": "a7", "text": 12}\n'
                      '{"id": 8, "text": "Rom fordert Gespräche."}\n', encoding="utf-8")
    items = list(iter_documents(corpus, id_column="id"))
    assert [item.doc_id for item in items if isinstance(item, SourceDocument)] == ["a1", "8"]
    assert [item.reason for item in items if isinstance(item, DocumentError)] == [
        "line 2: a JSON array, not an object with the text; not read",
        "line 3: a JSON string, not an object with the text; not read",
        "line 4: a JSON number, not an object with the text; not read",
        "line 5: no usable id in column 'id' (null)",
        "line 6: empty text",
        "line 7: 'text' is a JSON number, not a string"]


def test_broken_and_looping_symlinks_are_error_rows(tmp_path):
    (tmp_path / "gut.txt").write_text("Moskau fordert Sanktionen.\n", encoding="utf-8")
    (tmp_path / "weg.txt").symlink_to(tmp_path / "gibt_es_nicht.txt")
    (tmp_path / "kreis.txt").symlink_to(tmp_path / "kreis.txt")
    items = {item.doc_id: item for item in iter_documents(tmp_path)}
    assert isinstance(items["gut"], SourceDocument)
    assert items["weg"].reason == f"broken symbolic link (its target {tmp_path / 'gibt_es_nicht.txt'} does not exist)"
    assert items["kreis"].reason == "symbolic link loop (the link points back to itself)"


def test_a_nul_byte_after_the_first_64_kb_marks_a_binary_file():
    data = ("Moskau fordert Sanktionen. " * 3000).encode("utf-8") + b"\x00\x01"
    with pytest.raises(DocumentError, match=f"binary file: NUL byte at byte offset {len(data) - 2}"):
        decode_bytes(data, "x", "x.txt")


def test_the_outlet_named_in_the_text_is_found_and_a_word_that_only_folds_to_it_is_not(lexicons):
    """sources.csv's patterns run only on texts holding one of their literals (case-folded): the
    regex still decides, so case and word bounds count as before."""
    def outlet(text):
        return prepare_document(SourceDocument("x", "x.txt", text), lexicons).source

    body = "Die Regierung kündigte neue Hilfen für Landwirte an, berichtete der SPIEGEL am Montag.\n"
    assert outlet("Neue Hilfen für Landwirte\n" + body) == "DER SPIEGEL"
    # negative: the literal is there once folded (`spiegel`, `Spiegelbild`), the case-sensitive pattern rejects it
    assert outlet("Neue Hilfen für Landwirte\n" + body.replace("SPIEGEL", "Spiegelbild")) == ""
