"""A briefing rendered: Markdown, the `--json` contract, Word and PDF files, citations as
numbered markers and a sources list that names document and page. Only the sections meant
for the note are rendered; the JSON carries every section (the full lists too). Quotes are
shown with their white space (a flattened table's tabs) as single spaces; the citation's
stored quote stays exact."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from assistant.records import Briefing, Bullet, Citation, Section

from .scan import day, flat

log = logging.getLogger(__name__)

# A Unicode TrueType font where the system has one (curly quotes, accents, "£" all print);
# otherwise the PDF core font, with text folded to Latin-1.
PDF_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
)
PDF_EXTRA = "pdf export needs fpdf2: pip install 'fpdf2>=2.7'"
SOURCE_QUOTE_CHARS = 200  # the note shows the start; the JSON has each quote whole


def title(briefing: Briefing) -> str:
    who = f"Personal briefing for {briefing.for_person}" if briefing.for_person else "Briefing"
    parts = [p for p in (briefing.body, day(briefing.date) if briefing.date else None) if p]
    if not briefing.for_person and not briefing.date:
        parts.append("next meeting (date not yet on record)")
    return f"{who}: {', '.join(parts)}" if parts else who


def prepared(briefing: Briefing) -> str | None:
    if not briefing.last_meeting:
        return None
    return f"Prepared from the records up to the meeting of {day(briefing.last_meeting)}."


def in_note(briefing: Briefing) -> tuple[list[Section], list[Citation]]:
    """The sections the note shows and the sources their bullets cite."""
    sections = [s for s in briefing.sections if s.in_note]
    cited = {c.n for s in sections for b in s.bullets for c in b.citations}
    return sections, [c for c in briefing.sources if c.n in cited]


def source_label(citation: Citation) -> str:
    page = f", page {citation.page}" if citation.page is not None else ""
    item = f", item {citation.item}" if citation.item else ""
    return f"{citation.doc}{page}{item}"


def shown_quote(citation: Citation, limit: int | None = SOURCE_QUOTE_CHARS) -> str:
    return flat(citation.quote, limit)


def bullet_line(bullet: Bullet) -> tuple[str, str, str]:
    """(text, citation marks, aside) as the note shows them."""
    marks = "".join(f"[{c.n}]" for c in bullet.citations)
    return bullet.text, marks, f"({bullet.aside})" if bullet.aside else ""


def render_markdown(briefing: Briefing) -> str:
    lines = [f"# {title(briefing)}", ""]
    if prepared(briefing):
        lines += [str(prepared(briefing)), ""]
    sections, sources = in_note(briefing)
    for section in sections:
        lines += [f"## {section.title}", ""]
        if not section.bullets:
            lines += ["None recorded.", ""]
            continue
        group: str | None = None
        for bullet in section.bullets:
            if bullet.group and bullet.group != group:
                # A list may follow its heading line directly; a blank line must end the last.
                lines += ([""] if lines[-1] else []) + [f"**{bullet.group}**"]
            group = bullet.group
            text, marks, aside = bullet_line(bullet)
            lines.append(f"- {text} {marks}" + (f" _{aside}_" if aside else ""))
        lines.append("")
    if briefing.notes:
        lines += ["## Notes", ""] + [f"- {n}" for n in briefing.notes] + [""]
    lines += ["## Sources", ""]
    for c in sources:
        lines.append(f'{c.n}. {source_label(c)}: "{shown_quote(c)}"')
    return "\n".join(lines).rstrip() + "\n"


def briefing_json(briefing: Briefing) -> dict[str, Any]:
    """The `--json` contract of `minutes brief` (also served by the UI): every section, with
    `in_note` false for the full lists the note leaves out."""

    return {
        "body": briefing.body,
        "date": briefing.date.isoformat() if briefing.date else None,
        "for": briefing.for_person,
        "last_meeting": briefing.last_meeting.isoformat() if briefing.last_meeting else None,
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "in_note": s.in_note,
                "bullets": [
                    {
                        "text": b.text,
                        "group": b.group,
                        "aside": b.aside,
                        "citations": [c.model_dump() for c in b.citations],
                    }
                    for b in s.bullets
                ],
            }
            for s in briefing.sections
        ],
        "sources": [c.model_dump() for c in briefing.sources],
        "notes": briefing.notes,
        "backend": briefing.backend,
    }


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
        raise ValueError(
            f"cannot export a briefing as '{suffix or path.name}' (use .md, .docx or .pdf)"
        )
    return path


def write_docx(briefing: Briefing, path: Path) -> None:
    from docx import Document as Docx
    from docx.shared import Pt

    document = Docx()
    document.add_heading(title(briefing), level=1)
    if (intro := prepared(briefing)) is not None:
        document.add_paragraph(intro)
    sections, sources = in_note(briefing)
    for section in sections:
        document.add_heading(section.title, level=2)
        if not section.bullets:
            document.add_paragraph("None recorded.")
        group = None
        for bullet in section.bullets:
            if bullet.group and bullet.group != group:
                document.add_paragraph().add_run(bullet.group).bold = True
            group = bullet.group
            text, marks, aside = bullet_line(bullet)
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(f"{text} ")
            paragraph.add_run(marks).font.superscript = True
            if aside:
                paragraph.add_run(f" {aside}").italic = True
    if briefing.notes:
        document.add_heading("Notes", level=2)
        for note in briefing.notes:
            document.add_paragraph(note, style="List Bullet")
    document.add_heading("Sources", level=2)
    for citation in sources:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"[{citation.n}] {source_label(citation)}: ").bold = True
        quote = paragraph.add_run(f"\u201c{shown_quote(citation, None)}\u201d")
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
    if prepared(briefing):
        write(str(prepared(briefing)), 9, 5)
    sections, sources = in_note(briefing)
    for section in sections:
        pdf.ln(2)
        write(section.title, 12.5, 7)
        if not section.bullets:
            write("None recorded.", 10, 5)
        group = None
        for bullet in section.bullets:
            if bullet.group and bullet.group != group:
                write(bullet.group, 10.5, 6, indent=2)
            group = bullet.group
            words, marks, aside = bullet_line(bullet)
            write(f"- {words} {marks} {aside}".rstrip(), 10, 5, indent=4)
    if briefing.notes:
        pdf.ln(2)
        write("Notes", 12.5, 7)
        for note in briefing.notes:
            write(f"- {note}", 10, 5, indent=4)
    pdf.ln(2)
    write("Sources", 12.5, 7)
    for citation in sources:
        write(
            f"[{citation.n}] {source_label(citation)}: \u201c{shown_quote(citation, None)}\u201d",
            8.5,
            4.2,
        )
    pdf.output(str(path))
