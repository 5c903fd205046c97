"""Inputs a user actually has: PDF and DOCX recognised by their content (pypdf, python-docx),
metadata from HTML <title>/<meta>, and the files of a folder that are skipped, each with a reason."""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

TEXT_LIKE = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".csv", ".tsv", ".jsonl", ".ndjson", ""}
DOCUMENT_SUFFIXES = {".pdf", ".docx"}
UNSUPPORTED = {".doc": "old Word .doc format; save it as .docx or .txt",
               ".odt": "OpenDocument text; save it as .docx or .txt",
               ".rtf": "RTF; save it as .docx or .txt"}


class ReaderError(Exception):
    """A PDF or DOCX whose text cannot be extracted; the message says why."""


def sniff(data: bytes) -> str:
    """'pdf', 'docx', 'zip' (another zip archive) or 'text', from the first bytes and the zip's contents."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    return "text"


def pdf_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The text of a PDF, one block per page, and its title and author metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 — pypdf raises several kinds here
                raise ReaderError("encrypted PDF; save an unprotected copy") from None
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise ReaderError(f"broken PDF: {error}") from None
    text = "\n\n".join(join_lines(page) for page in pages if page)
    if not text.strip():
        raise ReaderError("PDF without a text layer (a scan?); run OCR first")
    # the file's creation date is when it was saved or printed, not when the article appeared: not used
    return text, {"title": str(info.get("/Title") or "").strip(), "author": str(info.get("/Author") or "").strip()}


def join_lines(page: str) -> str:
    """A PDF page's lines as paragraphs: a line that fills most of the width and does not end a
    sentence runs on into the next (a hyphen at the end joins the word); short lines (titles) stand alone."""
    lines = [line.rstrip() for line in page.splitlines()]
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        if not line.strip():
            out.append("")
            continue
        previous = out[-1] if out else ""
        runs_on = previous and len(previous.rsplit("\n", 1)[-1]) >= 0.6 * width \
            and not re.search(r"[.!?:;\"“”»«]$", previous)
        if runs_on and previous.endswith("-") and line[:1].islower():
            out[-1] = previous[:-1] + line.lstrip()
        elif runs_on or (previous and line[:1].islower() and not re.search(r"[.!?]$", previous)):
            out[-1] = previous + " " + line.lstrip()
        else:
            out.append(line)
    return "\n\n".join(paragraph for paragraph in out if paragraph.strip())


def docx_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The paragraphs (and table cells) of a DOCX, one per line, and its title and author."""
    import docx
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 — python-docx raises many kinds for broken files
        raise ReaderError(f"broken DOCX: {type(error).__name__}: {error}") from None
    lines = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text.strip() for cell in row.cells)
    text = "\n\n".join(line for line in lines if line)
    if not text.strip():
        raise ReaderError("DOCX without text")
    core = document.core_properties
    return text, {"title": (core.title or "").strip(), "author": (core.author or "").strip()}


class _Meta(HTMLParser):
    """<title> and the <meta> tags news sites use for title, outlet, author and date."""

    KEYS = {"og:title": "title", "twitter:title": "title", "og:site_name": "source", "application-name": "source",
            "author": "author", "article:author": "author", "article:published_time": "date", "date": "date",
            "pubdate": "date", "dc.date": "date", "dcterms.date": "date", "og:article:published_time": "date"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.in_title, self.title = False, ""

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key in self.KEYS and attrs.get("content", "").strip():
                self.meta.setdefault(self.KEYS[key], attrs["content"].strip())

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def html_metadata(page: str) -> dict[str, str]:
    """title, source (outlet), author and date of an HTML page from <meta> and <title>; a title
    'Headline | Outlet' gives both."""
    parser = _Meta()
    parser.feed(page[:200_000])
    meta = dict(parser.meta)
    title = re.sub(r"\s+", " ", parser.title).strip()
    if title:
        parts = [part.strip() for part in re.split(r"\s+[|–—-]\s+", title) if part.strip()]
        meta.setdefault("title", parts[0] if len(parts) > 1 else title)
        if len(parts) > 1:
            meta.setdefault("source", parts[-1])
    if "date" in meta:
        meta["date"] = meta["date"][:10] if re.match(r"\d{4}-\d{2}-\d{2}", meta["date"]) else meta["date"]
    return meta


def skipped_inputs(input_path: Path) -> list[tuple[Path, str]]:
    """The files of a folder that `extract` does not read, each with the reason."""
    input_path = Path(input_path)
    if input_path.is_file():
        return []
    if not input_path.exists():
        raise FileNotFoundError(f"{input_path}: input not found")
    skipped = []
    for path in sorted(p for p in input_path.rglob("*") if p.is_file()):
        reason = skip_reason(path)
        if reason:
            skipped.append((path, reason))
    return skipped


def skip_reason(path: Path) -> str:
    """Why a file in a folder is not read ('' when it is): hidden, or of a kind no reader handles.
    A file with an unknown suffix is read when its content is a PDF or a DOCX."""
    if any(part.startswith(".") for part in path.parts[-1:]):
        return "hidden file (name starts with '.')"
    suffix = path.suffix.lower()
    if suffix in TEXT_LIKE or suffix in DOCUMENT_SUFFIXES:
        return ""
    if suffix in UNSUPPORTED:
        return UNSUPPORTED[suffix]
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        return f"cannot read file: {error.strerror}"
    if head.lstrip().startswith(b"%PDF-"):
        return ""
    if head.startswith(b"PK\x03\x04"):
        try:
            if "word/document.xml" in zipfile.ZipFile(path).namelist():
                return ""
        except zipfile.BadZipFile:
            pass
    return f"not a text, HTML, PDF, DOCX or corpus table file ({suffix})"
