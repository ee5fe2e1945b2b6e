"""Files -> Document (pages of text). PDF page by page, DOCX, TXT, MD and HTML(-ish) text.

Every problem with a file is raised as ReadError naming the file and what is wrong with it,
so that ingestion can report it and carry on with the other files."""

from __future__ import annotations

import codecs
import hashlib
import html
import logging
import re
import zipfile
from pathlib import Path
from typing import Any

from assistant import safety
from assistant.records import Document, Page

from . import limits
from .layout import RawLine, RawPage, plain_pages, running_lines, text_layer
from .limits import MB, LimitError, Limits
from .pdflines import Run, page_lines
from .unseen import Ink, docx_paragraph_text, markdown_seen

log = logging.getLogger(__name__)

SUPPORTED = {".pdf", ".txt", ".md", ".markdown", ".html", ".htm", ".docx"}


class ReadError(Exception):
    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{Path(path).name}: {problem}")
        self.path = str(path)
        self.problem = problem


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_document(path: Path, limit: Limits | None = None, screen: bool = True) -> Document:
    """Read one file. Raises ReadError for anything that yields no usable text, and for a file
    over one of the `limit`s (size, pages, paragraphs, time, memory). Text addressed to an AI
    assistant is left out unless `screen` is False (to study it)."""
    path = Path(path)
    limit = limit or Limits()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ReadError(path, f"unsupported file type '{suffix or '(none)'}'")
    try:
        size = path.stat().st_size
        if size > limit.file_mb * MB:
            raise limits.over("file size in MB", size / MB, limit.file_mb, "MINUTES_MAX_FILE_MB")
        data = path.read_bytes()
    except LimitError as exc:
        raise ReadError(path, str(exc)) from exc
    except OSError as exc:
        raise ReadError(path, f"cannot read file ({exc.strerror})") from exc
    if not data.strip():
        raise ReadError(path, "empty file (0 bytes of text)")
    mismatch = _misnamed(suffix, data)
    if mismatch:
        raise ReadError(path, mismatch)
    warnings: list[str] = []
    running: list[str] = []  # a PDF's running headers and footers
    try:
        with limits.budget(limit):
            kind, pages = _read_pages(path, suffix, data, limit, warnings, running)
    except LimitError as exc:
        raise ReadError(path, str(exc)) from exc
    except MemoryError as exc:
        raise ReadError(path, "ran out of memory reading it") from exc
    if not any(p.text.strip() for p in pages):
        raise ReadError(path, "no text found")
    if screen:
        _leave_out_instructions(pages, warnings)
    digest = sha256_of(data)
    return Document(
        # The name is part of the id: two files with the same bytes are two documents to a user.
        doc_id=sha256_of(path.name.encode() + digest.encode())[:16],
        name=path.name,
        path=str(path.resolve()),
        kind=kind,
        sha256=digest,
        pages=pages,
        warnings=warnings,
        running=running,
    )


def _misnamed(suffix: str, data: bytes) -> str | None:
    """What a .pdf or .docx file really is, when its first bytes say it is something else."""
    head = data[:1024].lstrip()
    looks = (
        "a PDF" if b"%PDF-" in head  # a reader allows some bytes before the marker
        else "a Word file or another zip archive" if head.startswith(b"PK\x03\x04")
        else "plain text" if head and _control_ratio(head) == 0 and b"\x00" not in head
        else None
    )  # fmt: skip
    wanted = {".pdf": "a PDF", ".docx": "a Word file or another zip archive"}.get(suffix)
    if wanted is None or looks is None or looks == wanted:
        return None
    kind = "a PDF" if suffix == ".pdf" else "a Word file"
    return (
        f"not {kind}, though named {suffix}: its content is {looks}; rename it and ingest it again"
    )


def _leave_out_instructions(pages: list[Page], warnings: list[str]) -> None:
    """Text addressed to an AI assistant, not to the board, is overwritten in place (every other
    offset stays true), so it is never indexed, quoted or answered from; the document's
    warnings quote what was left out, so that a person can see it."""
    for page in pages:
        found = safety.instructions(page.text)
        if not found:
            continue
        page.text = safety.neutralise(page.text, found)
        where = f" on page {page.number}" if page.number else ""
        for item in found:
            quote = " ".join(item.text.split())
            quote = quote if len(quote) <= 120 else quote[:117] + "…"
            warnings.append(
                f"text addressed to an AI assistant{where}, left out of the index and of "
                f"answers ({', '.join(item.cues[:2])}): “{quote}”"
            )


def _read_pages(
    path: Path, suffix: str, data: bytes, limit: Limits, warnings: list[str], running: list[str]
) -> tuple[str, list[Page]]:
    """(kind, pages) of a file's bytes; a PDF's running lines are added to `running`."""
    if suffix == ".pdf":
        return "pdf", _read_pdf(path, data, limit, warnings, running)
    if suffix == ".docx":
        return "docx", _single_page(_read_docx(path, data, limit, running), limit)
    text = _decode_text(path, data, warnings)
    kind = suffix.lstrip(".")
    if suffix in {".md", ".markdown"}:
        text = markdown_seen(text)
    if suffix in {".html", ".htm"} or _looks_like_html(text):
        # a web page's line breaks are spaces; text with some tags in it keeps its own
        text = html_to_text(text, page=suffix in {".html", ".htm"})
        kind = "html" if suffix in {".html", ".htm"} else kind
    return kind, _single_page(text, limit)


def _single_page(text: str, limit: Limits) -> list[Page]:
    """A format without pages: one page of text, through the text layer."""
    if len(text) > limit.text_chars:
        raise limits.over(
            "characters of text", len(text), limit.text_chars, "MINUTES_MAX_TEXT_CHARS"
        )
    return [Page(number=None, text=text_layer(plain_pages([normalise_space(text)]))[0])]


# --- text -------------------------------------------------------------------------------------


_BOMS = (  # UTF-32's come first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode_text(path: Path, data: bytes, warnings: list[str]) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(path, f"marked as {encoding.upper()} but not valid {exc}") from exc
    sample = data[:65536]
    if b"\x00" in sample or _control_ratio(sample) > 0.05:
        raise ReadError(path, "binary content, not text (is it mis-named?)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warnings.append(
            f"not valid UTF-8 (byte {exc.start}); decoded as Windows-1252, check odd characters"
        )
        return data.decode("cp1252", errors="replace")


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))


_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_BLOCK_TAGS = {
    "p", "div", "br", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "title",
    "header", "footer", "section", "article", "main", "blockquote", "dt", "dd", "hr", "caption",
}  # fmt: skip


_HIDDEN = re.compile(
    r"<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(?:\shidden(?=[\s=>/])|display\s*:\s*none"
    r"|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9]))[^>]*>.*?</\1\s*>",
    re.S | re.I,
)


def _looks_like_html(text: str) -> bool:
    return len(re.findall(r"</?(?:p|li|ul|ol|div|table|tr|td|br|u|i|b)\b[^>]*>", text)) >= 3


# a list each of whose items is one short link ("Home", "Getting a plot", "The show")
_LINK_LIST = re.compile(
    r"<(ul|ol)\b[^>]*>(?:\s*<li\b[^>]*>\s*<a\b[^>]*>[^<]{0,40}</a>\s*</li>)+\s*</\1>", re.I
)


def html_to_text(text: str, page: bool = False) -> str:
    """Tags to plain text: block tags become line breaks, list items become '- ' bullets. A
    web `page` (a .html file) breaks lines only at block tags, as a browser does, and leaves
    out its navigation."""

    def replace(match: re.Match[str]) -> str:
        closing, tag = match.group(1), match.group(2).lower()
        if tag == "li":
            return "" if closing else "\n- "
        if tag in {"td", "th"}:
            return "\t" if closing else ""
        if tag in _BLOCK_TAGS:
            return "\n"
        return ""

    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"<(script|style)\b.*?</\1>", "", text, flags=re.S | re.I)
    text = re.sub(r"<(?:script|style)\b.*", "", text, flags=re.S | re.I)  # unclosed: to the end
    text = _HIDDEN.sub("", text)  # what a browser does not show is not what the page says
    text = re.sub(r"<![^>]*>", "", text)  # <!DOCTYPE html>
    if page:
        text = re.sub(r"<nav\b.*?</nav>", "", text, flags=re.S | re.I)
        text = _LINK_LIST.sub("", text)  # a site's menu: a list of links and nothing else
        # line breaks in a page's source are spaces (only block tags break lines), not in <pre>
        parts = re.split(r"(<pre\b.*?</pre>)", text, flags=re.S | re.I)
        text = "".join(p if i % 2 else re.sub(r"\s+", " ", p) for i, p in enumerate(parts))
    text = html.unescape(_TAG.sub(replace, text))
    return "\n".join(line.strip(" ") for line in text.split("\n"))


def normalise_space(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# --- PDF --------------------------------------------------------------------------------------


def _read_pdf(
    path: Path, data: bytes, limit: Limits, warnings: list[str], running: list[str]
) -> list[Page]:
    import io

    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings say nothing to a user
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "encrypted PDF: it needs a password to open")
        if len(reader.pages) > limit.pages:
            raise limits.over("pages", len(reader.pages), limit.pages, "MINUTES_MAX_PAGES")
        raw = []
        for page in reader.pages:
            limits.check()
            raw.append(_pdf_lines(page))
    except (ReadError, LimitError, MemoryError):
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(path, f"not a readable PDF ({exc})") from exc
    except Exception as exc:  # pypdf raises many kinds on damaged files
        if "decrypt" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise ReadError(path, "encrypted PDF: it needs a password to open") from exc
        raise ReadError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if not raw:
        raise ReadError(path, "PDF has no pages")
    texts = [normalise_space(t) for t in text_layer(raw)]
    running.extend(running_lines(raw))
    empty = [i + 1 for i, t in enumerate(texts) if not t.strip()]
    if len(empty) == len(texts):
        raise ReadError(
            path,
            f"no text on any of its {len(texts)} page(s): a scanned image PDF? OCR it first",
        )
    if empty:
        warnings.append(f"no text on page(s) {', '.join(map(str, empty))} (scanned images?)")
    return [Page(number=i + 1, text=t) for i, t in enumerate(texts)]


def _pdf_lines(page: object) -> RawPage:
    """A PDF page's lines (pdflines.py), from the runs pypdf's visitor sees with their
    positions; a rotated page keeps pypdf's own text, line by line."""
    runs: list[Run] = []
    ink = Ink()  # text a reader of the page cannot see is not kept (unseen.py)
    states: list[tuple[bool, bool, bool] | None] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[3]) or abs(tm[0]) or 1.0) * (abs(cm[3]) or abs(cm[0]) or 1.0)
        for k, piece in enumerate(text.split("\n")):
            if piece:  # a run of spaces stays: it says where one word ends and the next begins
                runs.append(Run(piece, x, y - k * float(size) * scale, float(size) * scale))
                states.append(ink.state(float(size) * scale) if piece.strip() else None)

    text = page.extract_text(visitor_text=visit, visitor_operand_before=ink.operand)  # type: ignore[attr-defined]
    width = float(page.mediabox.width) if hasattr(page, "mediabox") else None  # type: ignore[attr-defined]
    if int(page.get("/Rotate", 0) or 0) % 360:  # type: ignore[attr-defined]
        return RawPage([RawLine(line) for line in text.split("\n")], width)
    unseen = ink.unseen(states)
    return page_lines([run for run, hidden in zip(runs, unseen, strict=True) if not hidden], width)


# --- DOCX -------------------------------------------------------------------------------------


def _read_docx(path: Path, data: bytes, limit: Limits, running: list[str]) -> str:
    """The text of a Word file in reading order: its page header first (where a letterhead
    or a running title names the body and the date), the body's paragraphs and table rows
    (a row's cells joined by tabs), then its footer. The header and footer lines are also
    `running`, as a PDF's are."""
    import io

    from lxml import etree

    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ReadError(path, "reading .docx needs python-docx (pip install python-docx)") from exc
    try:
        _check_docx_size(zipfile.ZipFile(io.BytesIO(data)), limit)
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError) as exc:
        raise ReadError(path, f"not a readable Word .docx file ({exc})") from exc

    def text_of(parts: Any) -> list[str]:
        blocks: list[str] = []
        for block in parts:
            if len(blocks) % 1000 == 0:
                limits.check()
            if isinstance(block, Paragraph):
                blocks.append(docx_paragraph_text(block))
            elif isinstance(block, Table):
                for row in block.rows:
                    cells: list[str] = []
                    for cell in row.cells:  # merged cells repeat: keep each once
                        text = "\n".join(docx_paragraph_text(p) for p in cell.paragraphs).strip()
                        if not cells or cells[-1] != text:
                            cells.append(text)
                    blocks.append("\t".join(cells))
        return blocks

    headers: list[str] = []
    footers: list[str] = []
    for section in document.sections:
        for part, into in ((section.header, headers), (section.footer, footers)):
            if part.is_linked_to_previous and into:
                continue
            for line in text_of(part.iter_inner_content()):
                if line.strip() and line not in into:
                    into.append(line)
    running += headers + footers
    body = text_of(document.iter_inner_content())
    return normalise_space("\n".join([*headers, *body, *footers]))


def _check_docx_size(archive: zipfile.ZipFile, limit: Limits) -> None:
    """Refuse a Word file whose XML would unzip past the limit, or whose body holds more
    paragraphs than the limit, before any of it is parsed. A zip member's declared size bounds
    what reading it can inflate to, so a small file that would unzip to gigabytes is refused
    unread; the paragraphs are counted streaming, a megabyte at a time."""
    xml = sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))
    if xml > limit.unzipped_mb * MB:
        raise limits.over(
            "unzipped XML in MB", xml / MB, limit.unzipped_mb, "MINUTES_MAX_UNZIPPED_MB"
        )
    if "word/document.xml" not in archive.namelist():
        return  # python-docx says what is missing
    count, tail = 0, b""
    with archive.open("word/document.xml") as body:
        while chunk := body.read(MB):
            text = tail + chunk
            count += text.count(b"<w:p>") + text.count(b"<w:p ")
            tail = text[-5:]
            count -= tail.count(b"<w:p>") + tail.count(b"<w:p ")  # counted again next time
            if count > limit.paragraphs:
                raise limits.over("paragraphs", count, limit.paragraphs, "MINUTES_MAX_PARAGRAPHS")
