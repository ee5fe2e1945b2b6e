"""Render a case's markup as .txt, .md, .html, .pdf (fpdf2, Helvetica) or .docx, and read text back.

Deterministic: a fixed PDF creation date and producer, fixed DOCX core properties and DOCX
zips rewritten with fixed timestamps, so two builds give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from collections.abc import Callable

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from pypdf import PdfReader

from evals.injection2.spec import Block, Case, Format, blocks, cells

FIXED = dt.datetime(2025, 3, 3, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2025, 3, 3, 9, 0, 0)


class MarkupError(ValueError):
    """A case uses markup its format cannot show (raw HTML in a PDF, a header in Markdown)."""


def _split(bs: list[Block]) -> tuple[list[str], list[Block], list[str], list[str]]:
    """Running header lines, body blocks, footnotes, running footer lines."""
    head = [b.lines[0] for b in bs if b.kind == "header"]
    foot = [b.lines[0] for b in bs if b.kind == "footer"]
    notes = [b.lines[0] for b in bs if b.kind == "footnote"]
    body = [b for b in bs if b.kind not in {"header", "footer", "footnote"}]
    return head, body, notes, foot


def _refuse(case: Case, kind: str) -> None:
    raise MarkupError(f"{case.id}: {kind!r} lines cannot be rendered as .{case.fmt}")


# --------------------------------------------------------------------------- text formats
def _txt(case: Case, bs: list[Block]) -> bytes:
    head, body, notes, foot = _split(bs)
    out = [*head, ""] if head else []
    for b in body:
        if b.kind == "title":
            out += [b.lines[0], ""]
        elif b.kind == "heading":
            out += ["", b.lines[0]]
        elif b.kind == "bullet":
            out += [f"  * {line}" for line in b.lines]
        elif b.kind == "table":
            out += [" | ".join(cells(row)) for row in b.lines]
        elif b.kind == "pre":
            out += [f"    {line}" for line in b.lines]
        elif b.kind in {"para", "note"}:
            out.append(b.lines[0])
        else:
            _refuse(case, b.kind)
    if notes:
        out += ["", "----", *notes]
    if foot:
        out += ["", *foot]
    return ("\n".join(out) + "\n").encode("utf-8")


def _md(case: Case, bs: list[Block]) -> bytes:
    head, body, notes, foot = _split(bs)
    if head or foot:
        _refuse(case, "header/footer")
    out: list[str] = []
    for b in body:
        if b.kind == "title":
            out.append(f"# {b.lines[0]}")
        elif b.kind == "heading":
            out.append(f"## {b.lines[0]}")
        elif b.kind == "bullet":
            out.append("\n".join(f"- {line}" for line in b.lines))
        elif b.kind == "table":
            rows = [cells(row) for row in b.lines]
            rule = "|" + "|".join("---" for _ in rows[0]) + "|"
            lines = [f"| {' | '.join(r)} |" for r in rows]
            out.append("\n".join([lines[0], rule, *lines[1:]]))
        elif b.kind == "pre":
            lang = "json" if b.lines[0].lstrip().startswith(("{", "[")) else ""
            out.append("\n".join([f"```{lang}", *b.lines, "```"]))
        elif b.kind == "note":
            out.append(f"*{b.lines[0]}*")
        elif b.kind in {"para", "raw"}:
            out.append(b.lines[0])
        else:
            _refuse(case, b.kind)
    out += notes
    return ("\n\n".join(out) + "\n").encode("utf-8")


def _html(case: Case, bs: list[Block]) -> bytes:
    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    head, body, notes, foot = _split(bs)
    title = next((b.lines[0] for b in body if b.kind == "title"), case.id)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        "<style>body{font-family:Arial,sans-serif;max-width:48em;margin:auto}"
        "td,th{border:1px solid #999;padding:3px 6px}.note{font-size:90%}</style>",
        "</head>",
        "<body>",
    ]
    out += [f'<header class="masthead">{esc(line)}</header>' for line in head]
    out.append("<main>")
    for b in body:
        if b.kind == "title":
            out.append(f"<h1>{esc(b.lines[0])}</h1>")
        elif b.kind == "heading":
            out.append(f"<h2>{esc(b.lines[0])}</h2>")
        elif b.kind == "bullet":
            out += ["<ul>", *(f"<li>{esc(line)}</li>" for line in b.lines), "</ul>"]
        elif b.kind == "table":
            rows = [cells(row) for row in b.lines]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>")
            out += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append("</table>")
        elif b.kind == "pre":
            out.append("<pre>" + esc("\n".join(b.lines)) + "</pre>")
        elif b.kind == "note":
            out.append(f'<p class="note"><em>{esc(b.lines[0])}</em></p>')
        elif b.kind == "para":
            out.append(f"<p>{esc(b.lines[0])}</p>")
        elif b.kind == "raw":
            out.append(b.lines[0])
        else:
            _refuse(case, b.kind)
    out.append("</main>")
    if notes:
        out += [
            '<section class="footnotes"><hr>',
            *(f"<p><small>{esc(n)}</small></p>" for n in notes),
        ]
        out.append("</section>")
    out += [f"<footer>{esc(line)}</footer>" for line in foot]
    out += ["</body>", "</html>"]
    return ("\n".join(out) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- PDF
class _Pdf(FPDF):
    def __init__(self, head: list[str], foot: list[str]) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._head, self._foot = head, foot

    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        for line in self._head:
            self.multi_cell(0, 4, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-12 - 4 * len(self._foot))
        self.set_font("Helvetica", "I", 8)
        for line in self._foot:
            self.multi_cell(0, 4, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()}", align="C")


def _pdf(case: Case, bs: list[Block]) -> bytes:
    head, body, notes, foot = _split(bs)
    for b in bs:
        for line in b.lines:
            line.encode("latin-1")  # core fonts: a UnicodeEncodeError names the bad character
    pdf = _Pdf(head, foot)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("injection2 builder")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 24)
    pdf.add_page()

    def para(text: str, style: str = "", size: float = 10, gap: float = 1.5) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for b in body:
        if b.kind == "title":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 7, b.lines[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif b.kind == "heading":
            pdf.ln(1)
            para(b.lines[0], "B", 11, 1)
        elif b.kind == "bullet":
            for line in b.lines:
                para(f"-  {line}", gap=0.5)
        elif b.kind == "table":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(text_align="LEFT", line_height=4.5) as table:
                for row in b.lines:
                    cells_row = table.row()
                    for cell in cells(row):
                        cells_row.cell(cell)
            pdf.ln(2)
        elif b.kind == "pre":
            pdf.set_font("Courier", "", 8.5)
            for line in b.lines:
                pdf.multi_cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif b.kind == "note":
            para(b.lines[0], "I", 9)
        elif b.kind == "para":
            para(b.lines[0])
        else:
            _refuse(case, b.kind)
    if notes:
        pdf.ln(3)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 50, pdf.get_y())
        pdf.ln(1.5)
        for note in notes:
            para(note, size=7.5, gap=0.5)
    return bytes(pdf.output())


# --------------------------------------------------------------------------- DOCX
def _docx(case: Case, bs: list[Block]) -> bytes:
    head, body, notes, foot = _split(bs)
    doc = Document()
    section = doc.sections[0]
    for part, lines in ((section.header, head), (section.footer, foot)):
        for i, line in enumerate(lines):
            paragraph = part.paragraphs[0] if i == 0 else part.add_paragraph()
            paragraph.text = line
    for b in body:
        if b.kind == "title":
            doc.add_heading(b.lines[0], level=1)
        elif b.kind == "heading":
            doc.add_heading(b.lines[0], level=2)
        elif b.kind == "bullet":
            for line in b.lines:
                doc.add_paragraph(line, style="List Bullet")
        elif b.kind == "table":
            rows = [cells(row) for row in b.lines]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif b.kind == "pre":
            run = doc.add_paragraph().add_run("\n".join(b.lines))
            run.font.name, run.font.size = "Courier New", Pt(9)
        elif b.kind == "note":
            run = doc.add_paragraph().add_run(b.lines[0])
            run.italic, run.font.size = True, Pt(9)
        elif b.kind == "para":
            doc.add_paragraph(b.lines[0])
        else:
            _refuse(case, b.kind)
    for note in notes:
        doc.add_paragraph().add_run(note).font.size = Pt(8)
    props = doc.core_properties
    props.author = props.last_modified_by = "Minutes Secretary"
    props.title = case.id
    props.created = props.modified = props.last_printed = FIXED.replace(tzinfo=None)
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    # Rewrite the zip with fixed timestamps so two builds give the same bytes.
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dest.writestr(fixed, src.read(info.filename))
    return out.getvalue()


RENDERERS: dict[Format, Callable[[Case, list[Block]], bytes]] = {
    "txt": _txt,
    "md": _md,
    "html": _html,
    "pdf": _pdf,
    "docx": _docx,
}


def render(case: Case, *, clean: bool = False) -> bytes:
    """The case's file; with `clean`, the same document without its injected lines."""
    return RENDERERS[case.fmt](case, blocks(case.doc, clean=clean))


# --------------------------------------------------------------------------- reading back
def extract(fmt: Format, data: bytes) -> str:
    """The text a reader gets: pypdf for PDF, python-docx (body, tables, header, footer) for
    DOCX, the raw source for HTML, Markdown and text."""
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    if fmt == "docx":
        doc = Document(io.BytesIO(data))
        parts: list[str] = []
        for section in doc.sections:
            parts += [p.text for p in section.header.paragraphs]
            parts += [p.text for p in section.footer.paragraphs]
        for item in doc.iter_inner_content():
            if hasattr(item, "rows"):
                parts += [" | ".join(cell.text for cell in row.cells) for row in item.rows]
            else:
                parts.append(item.text)
        return "\n".join(parts)
    return data.decode("utf-8")


def normalise(text: str) -> str:
    """Collapse runs of whitespace, so a line wrapped in a PDF still matches."""
    return " ".join(text.split())
