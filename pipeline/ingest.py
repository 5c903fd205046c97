"""Stage 1, ingest: read input files, decode them, find page boilerplate, record metadata.

Offsets everywhere in the pipeline are character offsets into the text exactly as decoded
here (no newline translation: a CRLF file keeps its '\\r\\n'). Boilerplate is not cut out
but *masked*: `masked_text` replaces it with spaces of the same length, so later stages see
only article text while every offset stays true to the original.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from pipeline.lexicons import Lexicons
from pipeline.readers import ReaderError, docx_text, html_metadata, pdf_text, skip_reason, sniff

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson"}
DEFAULT_MAX_CHARS = 5_000_000
SEGMENTED_KINDS = ("title", "heading", "body")

csv.field_size_limit(sys.maxsize)


class DocumentError(Exception):
    """A document that cannot be processed; the run reports it and goes on with the others."""

    def __init__(self, doc_id: str, path: str, stage: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.doc_id, self.path, self.stage, self.reason = doc_id, path, stage, reason

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
    if b"\x00" in data[:65536]:
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
    if len(text) > max_chars:
        raise DocumentError(doc_id, path, "ingest",
                            f"too large: {len(text):,} characters exceeds --max-chars {max_chars:,}")
    if not text.strip():
        raise DocumentError(doc_id, path, "ingest", "empty file (only whitespace)")
    return text, used, warnings


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


def iter_input_files(input_path: Path) -> list[Path]:
    """The input files of a file or folder (recursively), sorted for a stable order."""
    if input_path.is_file():
        return [input_path]
    if not input_path.exists():
        raise FileNotFoundError(f"{input_path}: input not found")
    return sorted(p for p in input_path.rglob("*") if p.is_file() and not skip_reason(p))


def read_file_document(path: Path, encoding: str | None = None,
                       max_chars: int = DEFAULT_MAX_CHARS) -> SourceDocument:
    doc_id, shown = doc_id_for(path), str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(doc_id, shown, "ingest", f"cannot read file: {error.strerror}") from None
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
    if len(text) > max_chars:
        raise DocumentError(doc_id, shown, "ingest",
                            f"too large: {len(text):,} characters exceeds --max-chars {max_chars:,}")
    return SourceDocument(doc_id, shown, text, "utf-8", kind, **{k: v for k, v in meta.items() if v})


def iter_table_documents(path: Path, text_column: str, id_column: str | None,
                         encoding: str | None = None,
                         max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[SourceDocument | DocumentError]:
    """Documents from a CSV/TSV/JSONL corpus with one text per row."""
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        rows = _jsonl_rows(path, encoding)
    else:
        rows = _csv_rows(path, encoding, "\t" if suffix == ".tsv" else None)
    for number, row in rows:
        if isinstance(row, DocumentError):
            yield row
            continue
        doc_id = str(row.get(id_column, "")).strip() if id_column else ""
        doc_id = doc_id or f"{path.stem}_{number:06d}"
        shown = f"{path}#{number}"
        if text_column not in row:
            yield DocumentError(doc_id, shown, "ingest",
                                f"no column {text_column!r} (columns: {', '.join(map(str, row))}); "
                                "choose one with --text-column")
            continue
        text = str(row[text_column] or "")
        if not text.strip():
            yield DocumentError(doc_id, shown, "ingest", "empty text")
        elif len(text) > max_chars:
            yield DocumentError(doc_id, shown, "ingest",
                                f"too large: {len(text):,} characters exceeds --max-chars {max_chars:,}")
        else:
            yield SourceDocument(doc_id, shown, text, encoding or "utf-8", "table")


def _jsonl_rows(path: Path, encoding: str | None):
    with open(path, encoding=encoding or "utf-8-sig", newline="") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, DocumentError(f"{path.stem}_{number:06d}", f"{path}#{number}", "ingest",
                                            f"invalid JSON on line {number}: {error.msg}")
                continue
            yield number, row if isinstance(row, dict) else {"text": str(row)}


def _csv_rows(path: Path, encoding: str | None, delimiter: str | None):
    with open(path, encoding=encoding or "utf-8-sig", newline="") as handle:
        sample = handle.read(65536)
        handle.seek(0)
        if delimiter is None:
            try:
                delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
            except csv.Error:
                delimiter = ","
        for number, row in enumerate(csv.DictReader(handle, delimiter=delimiter), 1):
            yield number, row


def iter_documents(input_path: Path, encoding: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                   text_column: str = "text", id_column: str | None = None,
                   ) -> Iterator[SourceDocument | DocumentError]:
    """Every input document (or the error that stops it), in a stable order."""
    for path in iter_input_files(Path(input_path)):
        if path.suffix.lower() in TABLE_SUFFIXES:
            try:
                yield from iter_table_documents(path, text_column, id_column, encoding, max_chars)
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


_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"


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
        for pattern, outlet in lexicons.sources:
            if pattern.search(text):
                doc.source = outlet
                break
    header = re.search(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)", text[:500])
    published = re.search(rf"(?:zuerst|erstmals|veröffentlicht)\D{{0,40}}?(\d{{1,2}}\.\s*(?:{_MONTHS})\s+\d{{4}})",
                          text)
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

def prepare_document(doc: SourceDocument, lexicons: Lexicons) -> SourceDocument:
    """Split into paragraphs, classify boilerplate, and read metadata."""
    doc.paragraphs = split_paragraphs(doc.text)
    classify_paragraphs(doc, lexicons)
    extract_metadata(doc, lexicons)
    if not any(p.kind in SEGMENTED_KINDS for p in doc.paragraphs):
        raise DocumentError(doc.doc_id, doc.path, "ingest", "no article text left after removing boilerplate")
    return doc
