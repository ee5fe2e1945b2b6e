"""Builders of the documents tests read: invented text as a Document, and real PDFs."""

from __future__ import annotations

from assistant.ingest.layout import plain_pages, text_layer
from assistant.records import Document, Page


def document(
    *pages: str,
    name: str = "m.txt",
    doc_id: str | None = None,
    numbered: bool = False,
    first: int = 1,
    sha256: str = "0" * 64,
    layer: bool = False,
) -> Document:
    """A text Document of invented pages (numbered from `first` when `numbered`, as a PDF's
    are; unnumbered, as a text file's is, otherwise). With `layer`, the pages go through the
    text layer first, as a file the reader reads does."""
    if layer:
        pages = tuple(text_layer(plain_pages(list(pages))))
    return Document(
        doc_id=doc_id or name,
        name=name,
        path=f"/docs/{name}",
        kind="pdf" if numbered else "txt",
        sha256=sha256,
        pages=[Page(number=first + i if numbered else None, text=t) for i, t in enumerate(pages)],
    )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose page i shows the lines pages[i], top to bottom. An empty list gives a page
    with no text at all (as a scanned image page looks to a text extractor)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    # 1: catalog, 2: pages, 3: font, then per page: page object and content stream.
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, lines in enumerate(pages):
        content = (
            "BT /F1 11 Tf 14 TL 50 800 Td "
            + " ".join(f"({_escape(line)}) Tj T*" for line in lines)
            + " ET"
            if lines
            else ""
        )
        stream = content.encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def minutes_pdf(
    pages: list[list[str]],
    *,
    header: str | None = None,
    footer: str | None = "Page {page} of {pages}",
    margin: dict[str, str] | None = None,
    width: float = 120.0,
    hyphenate: bool = True,
) -> bytes:
    """A PDF laid out as minutes are: each paragraph wrapped at `width` mm in a proportional
    font (a word too long for the line's end broken with a hyphen), a running header and a
    "Page n of m" footer on every page, and, beside the paragraph that starts with a key of
    `margin`, its value in a right-hand "Action" column (owners' initials)."""
    from fpdf import FPDF

    margin = margin or {}
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    for number, paragraphs in enumerate(pages, 1):
        pdf.add_page()
        y = 15.0
        if header:
            pdf.set_xy(20, y)
            pdf.cell(170, 5, header)
            y += 10
        for paragraph in paragraphs:
            lines = _wrap(pdf, paragraph, width, hyphenate)
            note = next((v for k, v in margin.items() if paragraph.startswith(k)), None)
            for k, line in enumerate(lines):
                pdf.set_xy(20, y)
                pdf.cell(width, 5, line)
                if note and k == 0:
                    pdf.set_xy(170, y)
                    pdf.cell(20, 5, note)
                y += 5
            y += 3
        if footer:
            pdf.set_xy(20, 280)
            pdf.cell(170, 5, footer.format(page=number, pages=len(pages)))
    return bytes(pdf.output())


def _wrap(pdf: object, text: str, width: float, hyphenate: bool) -> list[str]:
    measure = pdf.get_string_width  # type: ignore[attr-defined]
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if measure(trial) <= width:
            line = trial
            continue
        if hyphenate and len(word) >= 7 and word.isalpha() and line:
            for cut in range(len(word) - 3, 2, -1):
                head = f"{line} {word[:cut]}-"
                if measure(head) <= width:
                    lines.append(head)
                    line = word[cut:]
                    break
            else:
                lines.append(line)
                line = word
            continue
        lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines
