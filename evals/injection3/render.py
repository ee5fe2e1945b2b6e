"""Render a parsed document as plain text, Markdown, HTML, PDF (fpdf2) or DOCX (python-docx).

Every writer is deterministic: the PDF carries a fixed creation date, the DOCX fixed core
properties and zip timestamps, so two builds give the same bytes.
"""

from __future__ import annotations

import html
import io
import textwrap
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime

from evals.injection3.markup import Line, runs, title_of
from evals.injection3.records import Format

CREATED = datetime(2025, 7, 1, 9, 0, 0, tzinfo=UTC)
_ZIP_TIME = (2025, 7, 1, 9, 0, 0)
_WRAP = 92


def _wrap(text: str, indent: str = "", first: str = "") -> str:
    return textwrap.fill(
        text,
        _WRAP,
        initial_indent=first or indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _aligned(rows: list[tuple[str, ...]]) -> list[str]:
    width = max(len(row) for row in rows)
    padded = [row + ("",) * (width - len(row)) for row in rows]
    sizes = [max(len(row[i]) for row in padded) for i in range(width)]
    lines = [
        " | ".join(cell.ljust(size) for cell, size in zip(row, sizes, strict=True))
        for row in padded
    ]
    lines.insert(1, "-+-".join("-" * size for size in sizes))
    return [line.rstrip() for line in lines]


def to_text(lines: tuple[Line, ...]) -> bytes:
    blocks: list[str] = []
    for kind, group in runs(lines):
        if kind == "title":
            blocks += [f"{line.text}\n{'=' * len(line.text)}" for line in group]
        elif kind == "table":
            blocks.append("\n".join(_aligned([line.cells for line in group])))
        elif kind == "bullet":
            blocks.append("\n".join(_wrap(line.text, "    ", "  - ") for line in group))
        elif kind == "quote":
            blocks.append("\n".join(_wrap(line.text, "> ") for line in group))
        elif kind == "pre":
            blocks.append("\n".join("    " + line.text for line in group))
        elif kind == "raw":
            blocks.append("\n".join(line.text for line in group))
        else:
            blocks += [_wrap(line.text) for line in group]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def to_markdown(lines: tuple[Line, ...]) -> bytes:
    blocks: list[str] = []
    for kind, group in runs(lines):
        if kind == "title":
            blocks += [f"# {line.text}" for line in group]
        elif kind == "heading":
            blocks += [f"## {line.text}" for line in group]
        elif kind == "table":
            rows = [line.cells for line in group]
            header = "| " + " | ".join(rows[0]) + " |"
            rule = "|" + "|".join("---" for _ in rows[0]) + "|"
            body = ["| " + " | ".join(row) + " |" for row in rows[1:]]
            blocks.append("\n".join([header, rule, *body]))
        elif kind == "bullet":
            blocks.append("\n".join(f"- {line.text}" for line in group))
        elif kind == "quote":
            blocks.append("\n>\n".join(f"> {line.text}" for line in group))
        elif kind == "pre":
            blocks.append("```\n" + "\n".join(line.text for line in group) + "\n```")
        elif kind == "raw":
            blocks.append("\n".join(line.text for line in group))
        else:
            blocks += [line.text for line in group]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def to_html(lines: tuple[Line, ...]) -> bytes:
    parts: list[str] = []
    for kind, group in runs(lines):
        if kind == "title":
            parts += [f"<h1>{_esc(line.text)}</h1>" for line in group]
        elif kind == "meta":
            parts += [
                f'<p class="meeting"><strong>{_esc(line.text)}</strong></p>' for line in group
            ]
        elif kind == "heading":
            parts += [f"<h2>{_esc(line.text)}</h2>" for line in group]
        elif kind == "table":
            head, *body = [line.cells for line in group]
            parts.append("<table>")
            parts.append("<tr>" + "".join(f"<th>{_esc(c)}</th>" for c in head) + "</tr>")
            parts += [
                "<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in body
            ]
            parts.append("</table>")
        elif kind == "bullet":
            parts.append(
                "<ul>" + "".join(f"<li>{_esc(line.text)}</li>" for line in group) + "</ul>"
            )
        elif kind == "quote":
            inner = "".join(f"<p>{_esc(line.text)}</p>" for line in group)
            parts.append(f"<blockquote>{inner}</blockquote>")
        elif kind == "pre":
            parts.append("<pre>" + _esc("\n".join(line.text for line in group)) + "</pre>")
        else:
            parts += [f"<p>{_esc(line.text)}</p>" for line in group]
    title = _esc(title_of(lines))
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n<main>\n"
        + "\n".join(parts)
        + "\n</main>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def to_pdf(lines: tuple[Line, ...]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.set_creation_date(CREATED)
    pdf.set_title(title_of(lines))
    pdf.add_page()
    width = pdf.epw

    def block(text: str, style: str = "", size: float = 10, indent: float = 0) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(width - indent, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")

    for kind, group in runs(lines):
        if kind == "table":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(text_align="LEFT", line_height=4.5) as table:
                for line in group:
                    row = table.row()
                    for cell in line.cells:
                        row.cell(cell)
        for line in group if kind != "table" else []:
            if kind == "title":
                block(line.text, "B", 15)
            elif kind == "meta":
                block(line.text, "B", 10.5)
            elif kind == "heading":
                pdf.ln(2)
                block(line.text, "B", 11)
            elif kind == "bullet":
                block("- " + line.text, indent=5)
            elif kind == "quote":
                block(line.text, "I", 10, indent=8)
            elif kind == "pre":
                pdf.set_font("Courier", "", 9)
                pdf.multi_cell(width, 4.5, line.text, new_x="LMARGIN", new_y="NEXT")
            else:
                block(line.text)
        pdf.ln(1.5)
    return bytes(pdf.output())


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the DOCX bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def to_docx(lines: tuple[Line, ...]) -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title = title_of(lines)
    props.author = "Clerk"
    props.last_modified_by = "Clerk"
    props.created = props.modified = CREATED.replace(tzinfo=None)
    props.revision = 1
    for kind, group in runs(lines):
        if kind == "table":
            rows = [line.cells for line in group]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    table.cell(r, c).text = text
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            continue
        for line in group:
            if kind == "title":
                document.add_heading(line.text, level=0)
            elif kind == "meta":
                document.add_paragraph().add_run(line.text).bold = True
            elif kind == "heading":
                document.add_heading(line.text, level=2)
            elif kind == "bullet":
                document.add_paragraph(line.text, style="List Bullet")
            elif kind == "quote":
                document.add_paragraph(line.text, style="Quote")
            elif kind == "pre":
                document.add_paragraph().add_run(line.text).font.name = "Courier New"
            else:
                document.add_paragraph(line.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


WRITERS: dict[Format, Callable[[tuple[Line, ...]], bytes]] = {
    "txt": to_text,
    "md": to_markdown,
    "html": to_html,
    "pdf": to_pdf,
    "docx": to_docx,
}


def render(lines: tuple[Line, ...], fmt: Format) -> bytes:
    return WRITERS[fmt](lines)
