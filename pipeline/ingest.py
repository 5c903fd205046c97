"""Stage 1, ingest: read input files, decode them, find page boilerplate, record metadata.

Offsets everywhere in the pipeline are character offsets into the text exactly as decoded
here (no newline translation: a CRLF file keeps its '\\r\\n'). Boilerplate is not cut out
but *masked*: `masked_text` replaces it with spaces of the same length, so later stages see
only article text while every offset stays true to the original.
"""

from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from pipeline.lexicons import Lexicons
from pipeline.literals import fold, may_match, required_substrings
from pipeline.readers import ReaderError, docx_text, html_metadata, pdf_text, skip_reason, sniff

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson"}
# spaCy's own limit (`nlp.max_length`, 1,000,000 characters): parser and NER need about 1 GB of
# memory per 100,000 characters. A longer document is refused at ingest; raising --max-chars
# raises the pipeline's limit with it, so what passes ingest is never refused later.
DEFAULT_MAX_CHARS = 1_000_000
SEGMENTED_KINDS = ("title", "heading", "body")

csv.field_size_limit(sys.maxsize)


class DocumentError(Exception):
    """A document that cannot be processed; the run reports it and goes on with the others."""

    def __init__(self, doc_id: str, path: str, stage: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.doc_id, self.path, self.stage, self.reason = doc_id, path, stage, reason

    def __reduce__(self):
        """Picklable, so a worker process can send it back (Exception's default would call
        `__init__` with the message alone)."""
        return type(self), (self.doc_id, self.path, self.stage, self.reason)

    def row(self) -> dict:
        return {"doc_id": self.doc_id, "path": self.path, "stage": self.stage, "error": self.reason}


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    kind: str = "body"
    rule: str = ""


@dataclass
class SourceDocument:
    """One decoded input text with its metadata and paragraph classification."""

    doc_id: str
    path: str
    text: str
    encoding: str = "utf-8"
    input_format: str = "text"
    title: str = ""
    author: str = ""
    source: str = ""
    date: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def document_row(self) -> dict:
        return {"doc_id": self.doc_id, "path": self.path, "title": self.title, "author": self.author,
                "source": self.source, "date": self.date, "n_chars": len(self.text),
                "sha256": self.sha256, "encoding": self.encoding, "input_format": self.input_format}

    def paragraph_rows(self) -> list[dict]:
        return [{"doc_id": self.doc_id, "paragraph": p.index, "start": p.start, "end": p.end,
                 "kind": p.kind, "rule": p.rule} for p in self.paragraphs]

    def masked_text(self) -> str:
        """The text with everything outside segmented paragraphs blanked (same length)."""
        return mask_text(self.text, self.paragraphs)


def mask_text(text: str, paragraphs: list[Paragraph]) -> str:
    chars = list(text)
    for paragraph in paragraphs:
        if paragraph.kind in SEGMENTED_KINDS:
            continue
        for i in range(paragraph.start, paragraph.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


# ---------------------------------------------------------------------------- decoding

def decode_bytes(data: bytes, doc_id: str, path: str, encoding: str | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, str, list[str]]:
    """Decode `data`; returns (text, encoding used, warnings) or raises DocumentError.

    UTF-8 (with or without BOM) by default; invalid UTF-8 falls back to cp1252 with a warning.
    """
    if not data.strip():
        raise DocumentError(doc_id, path, "ingest", "empty file (no text)")
    if not encoding and b"\x00" in data:
        offset = data.index(b"\x00")
        raise DocumentError(doc_id, path, "ingest",
                            f"binary file: NUL byte at byte offset {offset}; not a text document")
    warnings: list[str] = []
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise DocumentError(doc_id, path, "ingest",
                                f"not valid {encoding}: byte 0x{data[error.start]:02x} at byte offset "
                                f"{error.start}") from None
        except LookupError:
            raise DocumentError(doc_id, path, "ingest", f"unknown encoding {encoding!r}") from None
        used = encoding
    else:
        try:
            text, used = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError as error:
            text, used = data.decode("cp1252", errors="replace"), "cp1252"
            warnings.append(f"{path}: not valid UTF-8 (byte 0x{data[error.start]:02x} at byte offset "
                            f"{error.start}); decoded as cp1252 (Windows Latin-1) instead")
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise DocumentError(doc_id, path, "ingest", f"binary file: NUL character at character offset "
                                                    f"{text.index(chr(0))}; not a text document")
    check_length(text, doc_id, path, max_chars)
    if not text.strip():
        raise DocumentError(doc_id, path, "ingest", "empty file (only whitespace)")
    return text, used, warnings


def check_length(text: str, doc_id: str, path: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise DocumentError(doc_id, path, "ingest",
                            f"too large: {len(text):,} characters exceeds --max-chars {max_chars:,}")


class _TextExtractor(HTMLParser):
    """Collect visible text of an HTML page, one line per block element."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "header", "footer", "blockquote", "title", "ul", "ol", "table", "figure"}
    SKIP = {"script", "style", "noscript", "template", "svg", "nav"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts)
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in joined.split("\n")]
        return "\n\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, blocks separated by blank lines (offsets refer to this)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


# ---------------------------------------------------------------------------- reading inputs

def doc_id_for(path: Path) -> str:
    return path.stem


def _dangling_link(path: Path) -> bool:
    """A visible symbolic link to nothing (broken, or a loop): read, so that it is reported."""
    return path.is_symlink() and not path.exists() and not path.name.startswith(".")


def iter_input_files(input_path: Path) -> list[Path]:
    """The input files of a file or folder (recursively), sorted for a stable order."""
    if input_path.is_file() or (input_path.is_symlink() and not input_path.exists()):
        return [input_path]
    if not input_path.exists():
        raise FileNotFoundError(f"{input_path}: input not found")
    return sorted(p for p in input_path.rglob("*") if (p.is_file() and not skip_reason(p)) or _dangling_link(p))


def _read_bytes(path: Path, doc_id: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        if error.errno == errno.ELOOP:
            reason = "symbolic link loop (the link points back to itself)"
        elif path.is_symlink() and not path.exists():
            reason = f"broken symbolic link (its target {os.readlink(path)} does not exist)"
        else:
            reason = f"cannot read file: {error.strerror}"
        raise DocumentError(doc_id, str(path), "ingest", reason) from None


def read_file_document(path: Path, encoding: str | None = None,
                       max_chars: int = DEFAULT_MAX_CHARS) -> SourceDocument:
    doc_id, shown = doc_id_for(path), str(path)
    data = _read_bytes(path, doc_id)
    kind = sniff(data)
    if kind in ("pdf", "docx"):
        return _read_document(data, kind, doc_id, shown, max_chars)
    if kind == "zip":
        raise DocumentError(doc_id, shown, "ingest", "a zip archive, not a document; unpack it first")
    text, used, warnings = decode_bytes(data, doc_id, shown, encoding, max_chars)
    input_format, meta = "text", {}
    if path.suffix.lower() in HTML_SUFFIXES or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I):
        meta = html_metadata(text)
        text, input_format = html_to_text(text), "html"
        if not text.strip():
            raise DocumentError(doc_id, shown, "ingest", "HTML page without visible text")
    return SourceDocument(doc_id, shown, text, used, input_format, warnings=warnings, **meta)


def _read_document(data: bytes, kind: str, doc_id: str, shown: str, max_chars: int) -> SourceDocument:
    """A PDF or DOCX through its reader; its title, author and date metadata come along."""
    try:
        text, meta = (pdf_text if kind == "pdf" else docx_text)(data)
    except ReaderError as error:
        raise DocumentError(doc_id, shown, "ingest", str(error)) from None
    check_length(text, doc_id, shown, max_chars)
    return SourceDocument(doc_id, shown, text, "utf-8", kind, **{k: v for k, v in meta.items() if v})


# ---------------------------------------------------------------------------- corpus tables

def table_encoding(path: Path, forced: str | None = None) -> tuple[str, list[str]]:
    """The encoding to read a corpus table with, checked over the whole file (streamed): UTF-8 (BOM
    or not), else cp1252 with a warning, as for text files; a forced encoding that does not fit
    raises DocumentError naming the byte."""
    name = forced or "utf-8"
    try:
        decoder = codecs.getincrementaldecoder(name)()
    except LookupError:
        raise DocumentError(path.stem, str(path), "ingest", f"unknown encoding {forced!r}") from None
    offset = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            if not forced and offset == 0 and b"\x00" in block[:65536]:
                raise DocumentError(path.stem, str(path), "ingest", f"binary file: NUL byte at byte offset "
                                                                   f"{block.index(0)}; not a corpus table")
            buffered = len(decoder.getstate()[0])
            try:
                decoder.decode(block)
            except UnicodeDecodeError as error:
                bad = offset - buffered + error.start
                handle.seek(bad)
                byte = handle.read(1)[0]
                if forced:
                    raise DocumentError(path.stem, str(path), "ingest",
                                        f"not valid {forced}: byte 0x{byte:02x} at byte offset {bad}") from None
                return "cp1252", [f"{path}: not valid UTF-8 (byte 0x{byte:02x} at byte offset {bad}); "
                                  "decoded as cp1252 (Windows Latin-1) instead"]
            offset += len(block)
    return (forced or "utf-8-sig"), []


def _lines(first: int, last: int) -> str:
    return f"line {first}" if first >= last else f"lines {first}-{last}"


def _csv_records(handle, delimiter: str) -> Iterator[tuple[int, list[str] | str]]:
    """(first line, fields) of each record, or (first line, reason) of a malformed one; a malformed
    record (a stray or unclosed quote) is named with the lines it spans, and reading goes on after it."""
    reader = csv.reader(handle, delimiter=delimiter, strict=True)
    while True:
        first = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            what = "an unclosed quote runs to the end of the file" if "end of data" in str(error) else str(error)
            yield first, (f"{_lines(first, reader.line_num)}: malformed CSV ({what}); not read, "
                          "fix the quoting of this row")
            continue
        if fields:
            yield first, fields


def _csv_rows(path: Path, encoding: str, delimiter: str | None) -> Iterator[tuple[int, int, dict | str]]:
    """(record number, line, row as a dict) or (…, reason) for each record of a CSV/TSV corpus."""
    errors = "replace" if encoding == "cp1252" else "strict"
    with open(path, encoding=encoding, errors=errors, newline="") as handle:
        sample = handle.read(65536)
        handle.seek(0)
        if delimiter is None:
            try:
                delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
            except csv.Error:
                delimiter = ","
        records = _csv_records(handle, delimiter)
        _, header = next(records, (1, []))
        if isinstance(header, str) or not header:
            yield 1, 1, f"no header row ({header})" if header else "no header row"
            return
        for number, (line, fields) in enumerate(records, 1):
            if isinstance(fields, str):
                yield number, line, fields
            elif len(fields) != len(header):
                yield number, line, (f"line {line}: {len(fields)} fields, the header has {len(header)} "
                                     "(an unquoted separator or quote in the text?); not read")
            else:
                yield number, line, dict(zip(header, fields))


def _jsonl_rows(path: Path, encoding: str) -> Iterator[tuple[int, int, dict | str]]:
    """(line, line, object) or (line, line, reason) for each non-blank line of a JSONL corpus."""
    errors = "replace" if encoding == "cp1252" else "strict"
    with open(path, encoding=encoding, errors=errors, newline="") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, number, f"invalid JSON on line {number}: {error.msg}"
                continue
            if not isinstance(row, dict):
                yield number, number, f"line {number}: a JSON {_json_kind(row)}, not an object with the text; not read"
                continue
            yield number, number, row


def _json_kind(value: object) -> str:
    kinds = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return kinds.get(type(value), "number")


def _usable(value: object) -> str:
    """A cell as a document id or text: strings, and numbers as written; '' for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _table_document(row: dict, line: int, number: int, path: Path, text_column: str, id_column: str | None,
                    encoding: str, max_chars: int) -> SourceDocument:
    """The document of one corpus row, or DocumentError naming the line and the problem."""
    fallback, shown = f"{path.stem}_{number:06d}", f"{path}#{number}"
    doc_id = _usable(row.get(id_column)).strip() if id_column else fallback
    if not doc_id:
        raise DocumentError(fallback, shown, "ingest", f"line {line}: no usable id in column {id_column!r} "
                                                       f"({json.dumps(row.get(id_column))})")
    if text_column not in row:
        raise DocumentError(doc_id, shown, "ingest", f"line {line}: no column {text_column!r} (columns: "
                                                     f"{', '.join(map(str, row))}); choose one with --text-column")
    value = row[text_column]
    if value is not None and not isinstance(value, str):
        raise DocumentError(doc_id, shown, "ingest", f"line {line}: {text_column!r} is a JSON "
                                                     f"{_json_kind(value)}, not a string")
    text = value or ""
    if not text.strip():
        raise DocumentError(doc_id, shown, "ingest", f"line {line}: empty text")
    if "\x00" in text:
        raise DocumentError(doc_id, shown, "ingest", f"line {line}: NUL character in the text; not a text document")
    check_length(text, doc_id, shown, max_chars)
    return SourceDocument(doc_id, shown, text, "utf-8" if encoding == "utf-8-sig" else encoding, "table")


def iter_table_documents(path: Path, text_column: str, id_column: str | None,
                         encoding: str | None = None,
                         max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[SourceDocument | DocumentError]:
    """Documents from a CSV/TSV/JSONL corpus with one text per row; every record gives a document
    or an error naming its line, so rows read = documents + errors."""
    used, warnings = table_encoding(path, encoding)
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        rows = _jsonl_rows(path, used)
    else:
        rows = _csv_rows(path, used, "\t" if suffix == ".tsv" else None)
    for number, line, row in rows:
        if isinstance(row, str):
            yield DocumentError(f"{path.stem}_{number:06d}", f"{path}#{number}", "ingest", row)
            continue
        try:
            document = _table_document(row, line, number, path, text_column, id_column, used, max_chars)
        except DocumentError as error:
            yield error
            continue
        document.warnings, warnings = warnings, []  # the encoding warning once, with the first document
        yield document


def iter_documents(input_path: Path, encoding: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                   text_column: str = "text", id_column: str | None = None,
                   ) -> Iterator[SourceDocument | DocumentError]:
    """Every input document (or the error that stops it), in a stable order."""
    for path in iter_input_files(Path(input_path)):
        if path.suffix.lower() in TABLE_SUFFIXES:
            try:
                yield from iter_table_documents(path, text_column, id_column, encoding, max_chars)
            except DocumentError as error:
                yield error
            except (UnicodeDecodeError, OSError) as error:
                yield DocumentError(path.stem, str(path), "ingest", f"cannot read corpus table: {error}")
            continue
        try:
            yield read_file_document(path, encoding, max_chars)
        except DocumentError as error:
            yield error


# ---------------------------------------------------------------------------- boilerplate

_SENTENCE_END = re.compile(r"[.!?…:][\"'“”»«)\]]*\s*$")
_NAME_LINE = re.compile(r"^(?:(?:Dr|Prof)\.\s+)?[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,3}$")
_BIO_NAME = re.compile(r"^\s*(?:(?:Dr|Prof)\.\s+)?(?:phil\.\s+)?([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,2})\s+(?:ist|war)\s")


def split_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per non-blank line, trimmed of surrounding whitespace."""
    paragraphs = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped)))
    return paragraphs


def _is_navigation(line: str) -> bool:
    """A long line without sentence punctuation is a menu or a list of links."""
    return len(line.split()) >= 15 and not re.search(r"[.!?…:;,]", line)


def classify_paragraphs(doc: SourceDocument, lexicons: Lexicons) -> None:
    """Mark each paragraph as title, byline, heading, body or boilerplate (with the rule)."""
    paragraphs = doc.paragraphs
    n = len(paragraphs)
    drop_rest_from = n
    for p in paragraphs:
        line = doc.text[p.start:p.end]
        for rule in lexicons.boilerplate:
            if rule.where == "tail" and p.index < n - 3:
                continue
            if rule.where == "head" and p.index > 3:
                continue
            if rule.regex.search(line):
                p.kind, p.rule = "boilerplate", rule.note or rule.regex.pattern
                if rule.action == "drop_rest":
                    drop_rest_from = min(drop_rest_from, p.index)
                break
        else:
            if _is_navigation(line):
                p.kind, p.rule = "boilerplate", "navigation: long line without sentences"
    for p in paragraphs[drop_rest_from:]:
        if p.kind != "boilerplate":
            p.kind, p.rule = "boilerplate", "after end-of-article marker"
    _mark_title_and_byline(doc)
    for p in paragraphs:
        line = doc.text[p.start:p.end]
        if p.kind == "body" and len(line.split()) <= 14 and not _SENTENCE_END.search(line):
            p.kind, p.rule = "heading", "short line without final punctuation"


_DATE_LINE = re.compile(r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*$")


def _mark_title_and_byline(doc: SourceDocument) -> None:
    for p in doc.paragraphs[:3]:  # a header line 'date 2025-02-18' is metadata, not the title
        if p.kind == "body" and _DATE_LINE.match(doc.text[p.start:p.end]):
            p.kind, p.rule = "byline", "date line"
    kept = [p for p in doc.paragraphs if p.kind == "body"]
    if not kept:
        return
    first = kept[0]
    line = doc.text[first.start:first.end]
    if " | " in line:  # metadata from the file (<title>, <meta>, PDF/DOCX properties) comes first
        parts = [part.strip() for part in line.split(" | ")]
        doc.title, doc.source = doc.title or parts[0], doc.source or (parts[-1] if len(parts) > 1 else "")
        first.kind, first.rule = "title", "title line with ' | ' site name"
    elif len(line.split()) <= 25 and (not _SENTENCE_END.search(line) or line.endswith("?")):
        doc.title = doc.title or line
        first.kind, first.rule = "title", "first short line"
    for p in doc.paragraphs:
        if p.kind != "body":
            continue
        line = doc.text[p.start:p.end]
        if doc.title and line != doc.title and line.startswith(doc.title.split(" | ")[0]):
            p.kind, p.rule = "boilerplate", "repeats the title"
        elif p.index <= 8 and not doc.author and _NAME_LINE.match(line) and len(line.split()) <= 4:
            p.kind, p.rule = "byline", "author name line"
            doc.author = line


def extract_metadata(doc: SourceDocument, lexicons: Lexicons) -> None:
    """Fill author, source and date from header lines, boilerplate and the source lexicon."""
    text = doc.text
    if not doc.author:
        for p in doc.paragraphs:
            if p.kind == "boilerplate":
                match = _BIO_NAME.match(text[p.start:p.end])
                if match:
                    doc.author = match.group(1)
                    break
    if not doc.source:
        folded = fold(text)  # each outlet's literals tested first (in C): its regex runs only where one is
        for pattern, outlet in lexicons.sources:
            if may_match(required_substrings(pattern), folded) and pattern.search(text):
                doc.source = outlet
                break
    header = re.search(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)", text[:500])
    months = "|".join(lexicons.month_names)
    markers = "|".join(sorted(map(re.escape, lexicons.word_class("publication_marker")))) or "(?!)"
    published = re.search(rf"(?:{markers})\D{{0,40}}?(\d{{1,2}}\.\s*(?:{months})\s+\d{{4}})", text)
    if doc.date:
        pass
    elif header:
        doc.date = header.group(1)
    elif published:
        doc.date = published.group(1)
    if not doc.title:
        doc.title = lead_title(doc)


def lead_title(doc: SourceDocument, limit: int = 120) -> str:
    """A title for a text without one: the first sentence of its first body paragraph (up to its
    colon or dash when that comes first), cut at a word within `limit` characters."""
    first = next((p for p in doc.paragraphs if p.kind == "body"), None)
    if first is None:
        return ""
    line = doc.text[first.start:first.end]
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„»\"])", line, maxsplit=1)[0]
    if len(sentence) > limit:
        cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
        sentence = cut + " …"
    return sentence

def prepare_document(doc: SourceDocument, lexicons: Lexicons, default_date: str = "") -> SourceDocument:
    """Split into paragraphs, classify boilerplate, and read metadata; `default_date` (the
    `--date` option) is the date of a document that gives none."""
    doc.paragraphs = split_paragraphs(doc.text)
    classify_paragraphs(doc, lexicons)
    extract_metadata(doc, lexicons)
    doc.date = doc.date or default_date
    if not any(p.kind in SEGMENTED_KINDS for p in doc.paragraphs):
        raise DocumentError(doc.doc_id, doc.path, "ingest", "no article text left after removing boilerplate")
    return doc
