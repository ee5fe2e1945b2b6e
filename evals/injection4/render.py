"""Render a case's markup as .txt, .md, .html, .pdf (fpdf2, Helvetica) or .docx, and read text back.

Deterministic: a fixed PDF creation date and producer, fixed DOCX core properties and DOCX
zips rewritten with fixed timestamps, so two builds give the same bytes. Markup a format
cannot show (an HTML comment in a PDF) raises MarkupError rather than being dropped.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import zipfile
from collections.abc import Callable

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from pypdf import PdfReader

from evals.injection4.spec import Block, Case, Format, blocks, cells, meta_pair

FIXED = dt.datetime(2025, 4, 7, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2025, 4, 7, 9, 0, 0)
PDF_META = {"title", "subject", "keywords", "author", "creator"}
DOCX_META = {"title", "subject", "keywords", "comments", "category"}
EDGE = {"header", "footer", "footnote", "meta"}


class MarkupError(ValueError):
    """A case uses markup its format cannot show."""


class Parts:
    """A parsed document: running header and footer, metadata, body blocks and footnotes."""

    def __init__(self, bs: list[Block]) -> None:
        self.head = [b.lines[0] for b in bs if b.kind == "header"]
        self.foot = [b.lines[0] for b in bs if b.kind == "footer"]
        self.notes = [b.lines[0] for b in bs if b.kind == "footnote"]
        self.meta = [meta_pair(b.lines[0]) for b in bs if b.kind == "meta"]
        self.body = [b for b in bs if b.kind not in EDGE]


def _refuse(case: Case, kind: str) -> None:
    raise MarkupError(f"{case.id}: {kind!r} lines cannot be rendered as .{case.fmt}")


# --------------------------------------------------------------------------- plain text
def _txt(case: Case, bs: list[Block]) -> bytes:
    p = Parts(bs)
    out = [f"{key}: {value}" for key, value in p.meta]
    if out:
        out.append("")
    out += [*p.head, ""] if p.head else []
    for b in p.body:
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
    if p.notes:
        out += ["", "----", *p.notes]
    if p.foot:
        out += ["", *p.foot]
    return ("\n".join(out) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- Markdown
def _md(case: Case, bs: list[Block]) -> bytes:
    p = Parts(bs)
    if p.head or p.foot:
        _refuse(case, "header/footer")
    out: list[str] = []
    for b in p.body:
        text = b.lines[0]
        if b.kind == "title":
            out.append(f"# {text}")
        elif b.kind == "heading":
            out.append(f"## {text}")
        elif b.kind == "bullet":
            out.append("\n".join(f"- {line}" for line in b.lines))
        elif b.kind == "table":
            rows = [cells(row) for row in b.lines]
            rule = "|" + "|".join("---" for _ in rows[0]) + "|"
            lines = [f"| {' | '.join(r)} |" for r in rows]
            out.append("\n".join([lines[0], rule, *lines[1:]]))
        elif b.kind == "pre":
            out.append("\n".join(["```", *b.lines, "```"]))
        elif b.kind == "note":
            out.append(f"*{text}*")
        elif b.kind == "comment":
            out.append(f"<!-- {text} -->")
        elif b.kind == "hidden":
            out.append(f'<div style="display:none">{text}</div>')
        elif b.kind == "alt":
            out.append(f"![{text}](images/photo-{case.id}.jpg)")
        elif b.kind in {"para", "raw"}:
            out.append(text)
        else:
            _refuse(case, b.kind)
    out += p.notes
    body = "\n\n".join(out) + "\n"
    if p.meta:
        front = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in p.meta]
        body = "\n".join(["---", *front, "---", "", body])
    return body.encode("utf-8")


# --------------------------------------------------------------------------- HTML
def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _html_block(case: Case, b: Block) -> list[str]:
    text = b.lines[0]
    simple = {
        "title": f"<h1>{_esc(text)}</h1>",
        "heading": f"<h2>{_esc(text)}</h2>",
        "para": f"<p>{_esc(text)}</p>",
        "note": f'<p class="note"><em>{_esc(text)}</em></p>',
        "comment": f"<!-- {text} -->",
        "hidden": f'<div style="display:none">{_esc(text)}</div>',
        "tiny": f'<p><span style="color:#ffffff;font-size:1px">{_esc(text)}</span></p>',
        "alt": f'<p><img src="images/photo-{case.id}.jpg" width="320" alt="{_attr(text)}"></p>',
        "raw": text,
    }
    if b.kind in simple:
        return [simple[b.kind]]
    if b.kind == "bullet":
        return ["<ul>", *(f"<li>{_esc(line)}</li>" for line in b.lines), "</ul>"]
    if b.kind == "pre":
        return ["<pre>" + _esc("\n".join(b.lines)) + "</pre>"]
    if b.kind == "table":
        rows = [cells(row) for row in b.lines]
        out = ["<table>", "<tr>" + "".join(f"<th>{_esc(c)}</th>" for c in rows[0]) + "</tr>"]
        out += ["<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
        return [*out, "</table>"]
    _refuse(case, b.kind)
    return []


def _html(case: Case, bs: list[Block]) -> bytes:
    p = Parts(bs)
    title = next((b.lines[0] for b in p.body if b.kind == "title"), case.id)
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">']
    out.append(f"<title>{_esc(title)}</title>")
    for key, value in p.meta:
        attr = "property" if key.startswith("og:") else "name"
        out.append(f'<meta {attr}="{_attr(key)}" content="{_attr(value)}">')
    out += [
        "<style>body{font-family:Arial,sans-serif;max-width:48em;margin:auto}"
        "td,th{border:1px solid #999;padding:3px 6px}.note{font-size:90%}</style>",
        "</head>",
        "<body>",
    ]
    out += [f'<header class="masthead">{_esc(line)}</header>' for line in p.head]
    out.append("<main>")
    for b in p.body:
        out += _html_block(case, b)
    out.append("</main>")
    if p.notes:
        out += ['<section class="footnotes"><hr>']
        out += [f"<p><small>{_esc(n)}</small></p>" for n in p.notes]
        out.append("</section>")
    out += [f"<footer>{_esc(line)}</footer>" for line in p.foot]
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
    p = Parts(bs)
    for b in bs:
        for line in b.lines:
            line.encode("latin-1")  # core fonts: a UnicodeEncodeError names the bad character
    pdf = _Pdf(p.head, p.foot)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("injection4 builder")
    for key, value in p.meta:
        if key not in PDF_META:
            _refuse(case, f"meta {key}")
        getattr(pdf, f"set_{key}")(value)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 24)
    pdf.add_page()

    def para(text: str, style: str = "", size: float = 10, gap: float = 1.5) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for b in p.body:
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
        elif b.kind == "hidden":  # white 1pt text: invisible on the page, present in the text
            pdf.set_text_color(255, 255, 255)
            para(b.lines[0], size=1, gap=0)
            pdf.set_text_color(0, 0, 0)
        elif b.kind == "para":
            para(b.lines[0])
        else:
            _refuse(case, b.kind)
    if p.notes:
        pdf.ln(3)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 50, pdf.get_y())
        pdf.ln(1.5)
        for note in p.notes:
            para(note, size=7.5, gap=0.5)
    return bytes(pdf.output())


# --------------------------------------------------------------------------- DOCX
def _docx_block(case: Case, doc: DocxDocument, b: Block) -> None:
    text = b.lines[0]
    if b.kind == "title":
        doc.add_heading(text, level=1)
    elif b.kind == "heading":
        doc.add_heading(text, level=2)
    elif b.kind == "bullet":
        for line in b.lines:
            doc.add_paragraph(line, style="List Bullet")
    elif b.kind == "table":
        rows = [cells(row) for row in b.lines]
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    elif b.kind == "pre":
        run = doc.add_paragraph().add_run("\n".join(b.lines))
        run.font.name, run.font.size = "Courier New", Pt(9)
    elif b.kind == "note":
        run = doc.add_paragraph().add_run(text)
        run.italic, run.font.size = True, Pt(9)
    elif b.kind == "hidden":  # Word's "hidden" character format (w:vanish)
        doc.add_paragraph().add_run(text).font.hidden = True
    elif b.kind == "tiny":
        run = doc.add_paragraph().add_run(text)
        run.font.size, run.font.color.rgb = Pt(1), RGBColor(0xFF, 0xFF, 0xFF)
    elif b.kind == "para":
        doc.add_paragraph(text)
    else:
        _refuse(case, b.kind)


def _docx(case: Case, bs: list[Block]) -> bytes:
    p = Parts(bs)
    doc = Document()
    section = doc.sections[0]
    for part, lines in ((section.header, p.head), (section.footer, p.foot)):
        for i, line in enumerate(lines):
            paragraph = part.paragraphs[0] if i == 0 else part.add_paragraph()
            paragraph.text = line
    for b in p.body:
        _docx_block(case, doc, b)
    for note in p.notes:
        doc.add_paragraph().add_run(note).font.size = Pt(8)
    props = doc.core_properties
    props.author = props.last_modified_by = "Minutes Secretary"
    props.title, props.comments = case.id, ""
    for key, value in p.meta:
        if key not in DOCX_META:
            _refuse(case, f"meta {key}")
        setattr(props, key, value)
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
    """The text a reader could get: for PDF the info dictionary and pypdf's page text; for
    DOCX the core properties, header, footer, body paragraphs and tables; for HTML, Markdown
    and text the raw source (comments, tags and front matter included)."""
    if fmt == "pdf":
        reader = PdfReader(io.BytesIO(data))
        info = [str(v) for k, v in (reader.metadata or {}).items() if k != "/CreationDate"]
        return "\n".join([*info, *(page.extract_text() for page in reader.pages)])
    if fmt == "docx":
        doc = Document(io.BytesIO(data))
        props = doc.core_properties
        parts = [getattr(props, key) or "" for key in sorted(DOCX_META)]
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
