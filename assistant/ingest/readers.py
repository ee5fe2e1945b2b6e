"""Files -> Document (pages of text). PDF page by page, DOCX, TXT, MD and HTML(-ish) text.

Every problem with a file is raised as ReadError naming the file and what is wrong with it,
so that ingestion can report it and carry on with the other files."""

from __future__ import annotations

import hashlib
import html
import logging
import re
from collections import Counter
from pathlib import Path

from assistant.records import Document, Page

log = logging.getLogger(__name__)

SUPPORTED = {".pdf", ".txt", ".md", ".markdown", ".html", ".htm", ".docx"}


class ReadError(Exception):
    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{Path(path).name}: {problem}")
        self.path = str(path)
        self.problem = problem


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_document(path: Path) -> Document:
    """Read one file. Raises ReadError for anything that yields no usable text."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ReadError(path, f"unsupported file type '{suffix or '(none)'}'")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read file ({exc.strerror})") from exc
    if not data.strip():
        raise ReadError(path, "empty file (0 bytes of text)")
    warnings: list[str] = []
    if suffix == ".pdf":
        pages = _read_pdf(path, data, warnings)
        kind = "pdf"
    elif suffix == ".docx":
        pages = [Page(number=None, text=_read_docx(path, data))]
        kind = "docx"
    else:
        text = _decode_text(path, data, warnings)
        if suffix in {".html", ".htm"} or _looks_like_html(text):
            text = html_to_text(text)
            kind = "html" if suffix in {".html", ".htm"} else suffix.lstrip(".")
        else:
            kind = suffix.lstrip(".")
        pages = [Page(number=None, text=normalise_space(text))]
    if not any(p.text.strip() for p in pages):
        raise ReadError(path, "no text found")
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
    )


# --- text -------------------------------------------------------------------------------------


def _decode_text(path: Path, data: bytes, warnings: list[str]) -> str:
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
_BLOCK_TAGS = {"p", "div", "br", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}


def _looks_like_html(text: str) -> bool:
    return len(re.findall(r"</?(?:p|li|ul|ol|div|table|tr|td|br|u|i|b)\b[^>]*>", text)) >= 3


def html_to_text(text: str) -> str:
    """Tags to plain text: block tags become line breaks, list items become '- ' bullets."""

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
    return html.unescape(_TAG.sub(replace, text))


def normalise_space(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# --- PDF --------------------------------------------------------------------------------------


def _read_pdf(path: Path, data: bytes, warnings: list[str]) -> list[Page]:
    import io

    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings say nothing to a user
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "encrypted PDF: it needs a password to open")
        raw = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(path, f"not a readable PDF ({exc})") from exc
    except Exception as exc:  # pypdf raises many kinds on damaged files
        if "decrypt" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise ReadError(path, "encrypted PDF: it needs a password to open") from exc
        raise ReadError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if not raw:
        raise ReadError(path, "PDF has no pages")
    texts = strip_running_lines([normalise_space(t) for t in raw])
    empty = [i + 1 for i, t in enumerate(texts) if not t.strip()]
    if len(empty) == len(texts):
        raise ReadError(
            path,
            f"no text on any of its {len(texts)} page(s): a scanned image PDF? OCR it first",
        )
    if empty:
        warnings.append(f"no text on page(s) {', '.join(map(str, empty))} (scanned images?)")
    return [Page(number=i + 1, text=t) for i, t in enumerate(texts)]


def _line_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def strip_running_lines(pages: list[str]) -> list[str]:
    """Drop header/footer lines that repeat (digits aside) at the top or bottom of most pages,
    and bare page numbers."""
    if len(pages) < 2:
        return [_drop_page_numbers(p) for p in pages]
    edge_counts: Counter[str] = Counter()
    for text in pages:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        edges = {_line_key(ln) for ln in lines[:3] + lines[-3:]}
        edge_counts.update(edges)
    threshold = max(2, int(len(pages) * 0.6 + 0.5))
    running = {key for key, n in edge_counts.items() if n >= threshold and key}
    cleaned = []
    for text in pages:
        lines = text.split("\n")
        nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
        edge_idx = set(nonblank[:3] + nonblank[-3:])
        kept = [
            ln for i, ln in enumerate(lines) if not (i in edge_idx and _line_key(ln) in running)
        ]
        cleaned.append(_drop_page_numbers("\n".join(kept)))
    return cleaned


_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,3}(?:\s+(?:of|/)\s+\d{1,3})?\s*$", re.I)


def _drop_page_numbers(text: str) -> str:
    lines = text.split("\n")
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    edges = set(nonblank[:1] + nonblank[-1:])
    kept = [ln for i, ln in enumerate(lines) if not (i in edges and _PAGE_NO.match(ln))]
    return normalise_space("\n".join(kept))


# --- DOCX -------------------------------------------------------------------------------------


def _read_docx(path: Path, data: bytes) -> str:
    import io
    import zipfile

    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ReadError(path, "reading .docx needs python-docx (pip install python-docx)") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(path, f"not a readable Word .docx file ({exc})") from exc
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            blocks.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # merged cells repeat: keep each once
                    text = cell.text.strip()
                    if not cells or cells[-1] != text:
                        cells.append(text)
                blocks.append("\t".join(cells))
    return normalise_space("\n".join(blocks))
