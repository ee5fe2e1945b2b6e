"""A briefing as a Word or PDF file, citations as numbered markers and a sources list that
names document and page. Markdown comes from briefing.render_markdown."""

from __future__ import annotations

import logging
from pathlib import Path

from .briefing import Briefing, render_markdown, source_label, title
from .briefscan import flat

log = logging.getLogger(__name__)

# A Unicode TrueType font where the system has one (curly quotes, accents, "£" all print);
# otherwise the PDF core font, with text folded to Latin-1.
PDF_FONTS = (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
             Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
             Path("/Library/Fonts/Arial Unicode.ttf"), Path("C:/Windows/Fonts/arial.ttf"))
PDF_EXTRA = "pdf export needs fpdf2: pip install 'fpdf2>=2.7'"


def export(briefing: Briefing, path: Path | str) -> Path:
    """Write the briefing to `path`; the suffix chooses the format (.md, .docx, .pdf)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown", ".txt"):
        path.write_text(render_markdown(briefing), encoding="utf-8")
    elif suffix == ".docx":
        write_docx(briefing, path)
    elif suffix == ".pdf":
        write_pdf(briefing, path)
    else:
        raise ValueError(f"cannot export a briefing as '{suffix or path.name}' "
                         "(use .md, .docx or .pdf)")
    return path


def _marks(bullet_citations: list) -> str:  # type: ignore[type-arg]
    return "".join(f"[{c.n}]" for c in bullet_citations)


def write_docx(briefing: Briefing, path: Path) -> None:
    from docx import Document as Docx
    from docx.shared import Pt

    document = Docx()
    document.add_heading(title(briefing), level=1)
    if briefing.last_meeting:
        document.add_paragraph(f"Prepared from the records up to the meeting of "
                               f"{briefing.last_meeting.day} "
                               f"{briefing.last_meeting.strftime('%B %Y')}.")
    for section in briefing.sections:
        document.add_heading(section.title, level=2)
        if not section.bullets:
            document.add_paragraph("None recorded.")
        group = None
        for bullet in section.bullets:
            if bullet.group and bullet.group != group:
                group = bullet.group
                document.add_paragraph().add_run(group).bold = True
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(f"{bullet.text} ")
            marks = paragraph.add_run(_marks(bullet.citations))
            marks.font.superscript = True
    if briefing.notes:
        document.add_heading("Notes", level=2)
        for note in briefing.notes:
            document.add_paragraph(note, style="List Bullet")
    document.add_heading("Sources", level=2)
    for citation in briefing.sources:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"[{citation.n}] {source_label(citation)}: ").bold = True
        quote = paragraph.add_run(f"\u201c{flat(citation.quote)}\u201d")
        quote.font.size = Pt(9)
    document.save(str(path))


def write_pdf(briefing: Briefing, path: Path) -> None:
    try:
        from fpdf import FPDF
    except ImportError as exc:
        raise ImportError(PDF_EXTRA) from exc

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    font = next((f for f in PDF_FONTS if f.is_file()), None)
    if font is not None:
        pdf.add_font("body", "", str(font))
        family, fold = "body", False
    else:
        family, fold = "helvetica", True

    def text(value: str) -> str:
        return value.encode("latin-1", "replace").decode("latin-1") if fold else value

    def write(value: str, size: float, height: float, indent: float = 0) -> None:
        pdf.set_font(family, size=size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, height, text(value), new_x="LMARGIN", new_y="NEXT")

    write(title(briefing), 15, 8)
    if briefing.last_meeting:
        write(f"Prepared from the records up to the meeting of {briefing.last_meeting.day} "
              f"{briefing.last_meeting.strftime('%B %Y')}.", 9, 5)
    for section in briefing.sections:
        pdf.ln(2)
        write(section.title, 12.5, 7)
        if not section.bullets:
            write("None recorded.", 10, 5)
        group = None
        for bullet in section.bullets:
            if bullet.group and bullet.group != group:
                group = bullet.group
                write(group, 10.5, 6, indent=2)
            write(f"- {bullet.text} {_marks(bullet.citations)}", 10, 5, indent=4)
    if briefing.notes:
        pdf.ln(2)
        write("Notes", 12.5, 7)
        for note in briefing.notes:
            write(f"- {note}", 10, 5, indent=4)
    pdf.ln(2)
    write("Sources", 12.5, 7)
    for citation in briefing.sources:
        write(f"[{citation.n}] {source_label(citation)}: \u201c{flat(citation.quote)}\u201d", 8.5,
              4.2)
    pdf.output(str(path))
