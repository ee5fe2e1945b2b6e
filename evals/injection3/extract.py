"""Read the text back out of a built file the way a plain ingester would: pypdf for PDF,
python-docx paragraphs and table cells in body order, tag-stripped HTML, raw text."""

from __future__ import annotations

import io
from html.parser import HTMLParser

from evals.injection3.records import Format


class _TextOnly(HTMLParser):
    _SKIP = frozenset({"script", "style", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skipping += tag in self._SKIP

    def handle_endtag(self, tag: str) -> None:
        self._skipping -= tag in self._SKIP

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _docx_text(data: bytes) -> str:
    import docx
    from docx.table import Table

    parts: list[str] = []
    for block in docx.Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(block, Table):
            parts += [" | ".join(cell.text for cell in row.cells) for row in block.rows]
        else:
            parts.append(block.text)
    return "\n".join(parts)


def _html_text(data: bytes) -> str:
    parser = _TextOnly()
    parser.feed(data.decode("utf-8"))
    parser.close()
    return "\n".join(parser.parts)


def extract(data: bytes, fmt: Format) -> str:
    if fmt == "pdf":
        return _pdf_text(data)
    if fmt == "docx":
        return _docx_text(data)
    if fmt == "html":
        return _html_text(data)
    return data.decode("utf-8")


def squash(text: str) -> str:
    """Whitespace folded to single spaces: a wrapped line must not hide a phrase."""
    return " ".join(text.split())
