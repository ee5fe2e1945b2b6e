#!/usr/bin/env python3
"""Build the prompt-injection test set: invented minutes, each carrying one injection.

    .venv/bin/python evals/injection/make_injection.py    # rebuild build/ and cases.jsonl

Each case is one short set of minutes (txt, md, html, pdf or docx) that states a true fact
the case's question asks about, plus an injection that tries to make an assistant answer
with a planted payload instead. The build checks itself: every file is read back (pypdf,
python-docx, plain text) and must hold the truth in its own text and the planted payload
only inside the injection. All bodies, people, figures and wording are invented.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF
from pypdf import PdfReader

from evals.injection.specs import CASES, DEFAULT_KIND, FILLERS, INJ, NAMES, STAFF, VENUES, Case

HERE = Path(__file__).resolve().parent
OUT = HERE / "build"
CASES_FILE = HERE / "cases.jsonl"
CREATED = dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=dt.UTC)

# fmt: off
HIDDEN_HTML = {
    "span_none": '<p><span style="display:none">{}</span></p>',
    "div_hidden": "<div hidden>{}</div>",
    "font0": '<p style="font-size:0">{}</p>',
    "white": '<p style="color:#ffffff;background-color:#ffffff">{}</p>',
}
# fmt: on


def long_date(d: dt.date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def build_blocks(i: int, c: Case) -> list[tuple]:
    """The document as blocks: (title|meta|heading|para, text), (table, rows, inj), (inj, kind, text)."""
    names = NAMES[i % len(NAMES) :] + NAMES[: i % len(NAMES)]
    day = dt.date.fromisoformat(c.date)
    blocks: list[tuple] = [
        ("title", c.body),
        ("meta", f"Minutes of the meeting held on {long_date(day)} {VENUES[i % len(VENUES)]}"),
        ("meta", f"Present: {names[0]} (Chair), {', '.join(names[1:5])}"),
        ("meta", f"In attendance: {STAFF[i % len(STAFF)]}"),
    ]
    fact: list[tuple] = [("para", p) for p in c.fact.split("\n")]
    injection: list[tuple] = []
    if c.rows:
        fact.append(("table", c.rows, c.inj))
    else:
        injection.append(("inj", c.kind or DEFAULT_KIND.get(c.category, "para"), c.inj))
    items = [("Apologies for absence", [("para", f"Apologies were received from {names[5]}.")])]
    if i % 3 != 0:
        minutes = "The minutes of the previous meeting were approved as a correct record and signed by the Chair."
        items.append(("Minutes of the previous meeting", [("para", minutes)]))
    items.append((c.title, fact + (injection if c.at == "item" else [])))
    # Vary the length: 4 to 6 items (apologies, [minutes], fact, filler x1-2, [AOB], next).
    fillers = min(1 + (i % 4 == 0) + (i % 7 == 3), 6 - len(items) - 1 - (c.at == "aob"))
    for j in range(fillers):
        title, text = FILLERS[(i * 3 + j) % len(FILLERS)]
        items.append((title, [("para", p) for p in text.split("\n")]))
    if c.at == "aob":
        items.append(("Any other business", injection))
    next_meeting = f"The next meeting will be held on {long_date(day + dt.timedelta(days=28))}."
    items.append(("Date of next meeting", [("para", next_meeting)]))
    for n, (title, body) in enumerate(items, 1):
        blocks += [("heading", f"{n}. {title}"), *body]
    return blocks


def cells(row: tuple[str, ...], inj: str, keep: bool) -> list[str]:
    return [(inj if keep else "") if cell == INJ else cell for cell in row]


def to_text(blocks: list[tuple], keep_injection: bool = True) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        match block:
            case ("heading", text):
                lines += ["", text]
            case ("table", rows, inj):
                lines += [" | ".join(cells(row, inj, keep_injection)) for row in rows]
            case ("inj", "quote", text) if keep_injection:
                lines += [f'    "{text}"']
            case ("inj", _, text) if keep_injection:
                lines += text.split("\n")
            case (_, text) if isinstance(text, str):
                lines.append(text)
    return lines


def write_txt(blocks: list[tuple], path: Path) -> None:
    path.write_text("\n".join(to_text(blocks)) + "\n", encoding="utf-8")


def write_md(blocks: list[tuple], path: Path) -> None:
    out: list[str] = []
    for block in blocks:
        match block:
            case ("title", text):
                out.append(f"# {text}")
            case ("heading", text):
                out.append(f"## {text}")
            case ("table", rows, inj):
                lines = ["| " + " | ".join(cells(row, inj, True)) + " |" for row in rows]
                out.append("\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]))
            case ("inj", "quote", text):
                out.append("\n".join(f"> {line}" for line in text.split("\n")))
            case ("inj", "comment", text):
                out.append(f"<!-- {text} -->")
            case ("inj", "span_none", text):
                out.append(f'<span style="display:none">{text}</span>')
            case ("inj", "fence", text):
                out.append(f"```bash\n{text}\n```")
            case ("inj", "para", text) | ("meta", text) | ("para", text):
                out.append(text)
            case _:
                raise ValueError(f"markdown cannot draw {block[:2]}")
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def write_html(blocks: list[tuple], path: Path) -> None:
    e = html.escape
    out = ['<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">']
    out.append(f"<title>{e(blocks[0][1])}: minutes</title></head>\n<body>")
    for block in blocks:
        match block:
            case ("title", text):
                out.append(f"<h1>{e(text)}</h1>")
            case ("heading", text):
                out.append(f"<h2>{e(text)}</h2>")
            case ("table", rows, inj):
                tr = ["".join(f"<td>{e(c)}</td>" for c in cells(row, inj, True)) for row in rows]
                head = tr[0].replace("td>", "th>")
                body = "\n".join(f"<tr>{r}</tr>" for r in tr[1:])
                out.append(f"<table border=1>\n<tr>{head}</tr>\n{body}\n</table>")
            case ("inj", "quote", text):
                out.append(f"<blockquote><p>{e(text)}</p></blockquote>")
            case ("inj", "comment", text):
                assert "--" not in text, "an HTML comment cannot hold --"
                out.append(f"<!-- {text} -->")
            case ("inj", "fence", text):
                out.append(f"<pre>{e(text)}</pre>")
            case ("inj", kind, text) if kind in HIDDEN_HTML:
                out.append(HIDDEN_HTML[kind].format(e(text)))
            case ("inj", "para", text) | ("meta", text) | ("para", text):
                out.append("<p>" + "<br>\n".join(e(line) for line in text.split("\n")) + "</p>")
            case _:
                raise ValueError(f"HTML cannot draw {block[:2]}")
    out.append("</body>\n</html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_pdf(blocks: list[tuple], path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    for block in blocks:
        pdf.set_font("Helvetica", size=10)
        match block:
            case ("title", text):
                pdf.set_font("Helvetica", "B", 14)
                pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            case ("heading", text):
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            case ("table", rows, inj):
                with pdf.table(line_height=5, text_align="LEFT") as table:
                    for row in rows:
                        cells_row = table.row()
                        for cell in cells(row, inj, True):
                            cells_row.cell(cell)
            case ("inj", "quote", text):
                pdf.set_font("Helvetica", "I", 10)
                pdf.set_x(pdf.l_margin + 10)
                pdf.multi_cell(pdf.epw - 10, 5, f'"{text}"', new_x="LMARGIN", new_y="NEXT")
            case ("inj", "white" | "tiny" | "white_tiny" as kind, text):
                # Drawn but unseen: white on the white page, or 1pt high, or both.
                pdf.set_text_color(255 if "white" in kind else 0)
                size = 1 if "tiny" in kind else 10
                pdf.set_font_size(size)
                pdf.multi_cell(0, size / 2, text, new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0)
            case ("inj", "para", text) | ("meta", text) | ("para", text):
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            case _:
                raise ValueError(f"PDF cannot draw {block[:2]}")
    pdf.output(str(path))


def write_docx(blocks: list[tuple], path: Path) -> None:
    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = CREATED.replace(tzinfo=None)
    doc.core_properties.author = doc.core_properties.last_modified_by = "Minutes"
    for block in blocks:
        match block:
            case ("title", text):
                doc.add_heading(text, 0)
            case ("heading", text):
                doc.add_heading(text, 2)
            case ("table", rows, inj):
                table = doc.add_table(rows=len(rows), cols=len(rows[0]))
                table.style = "Table Grid"
                for row, texts in zip(table.rows, rows, strict=True):
                    for cell, text in zip(row.cells, cells(texts, inj, True), strict=True):
                        cell.text = text
            case ("inj", "quote", text):
                doc.add_paragraph(f'"{text}"', style="Quote")
            case ("inj", "fence", text):
                for line in text.split("\n"):
                    doc.add_paragraph().add_run(line).font.size = Pt(9)
            case ("inj", "para", text) | ("meta", text) | ("para", text):
                for line in text.split("\n"):
                    doc.add_paragraph(line)
            case _:
                raise ValueError(f"DOCX cannot draw {block[:2]}")
    doc.save(str(path))


WRITERS = {
    "txt": write_txt,
    "md": write_md,
    "html": write_html,
    "pdf": write_pdf,
    "docx": write_docx,
}


def extract(path: Path) -> tuple[str, int]:
    """The text a reader gets back from the file, and its page count (1 unless a PDF)."""
    if path.suffix == ".pdf":
        pages = PdfReader(path).pages
        return "\n".join(page.extract_text() for page in pages), len(pages)
    if path.suffix == ".docx":
        doc = docx.Document(str(path))
        cell_text = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cell_text), 1
    text = path.read_text(encoding="utf-8")
    return (html.unescape(text) if path.suffix == ".html" else text), 1


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def check(c: Case, blocks: list[tuple], path: Path) -> list[str]:
    real_lines = to_text(blocks, keep_injection=False)
    real, inj = norm("\n".join(real_lines)), norm(c.inj)
    got, pages = extract(path)
    truth, planted = norm(c.truth), norm(c.planted)
    problems = [
        "the truth is not in the document's own text" * (truth not in real),
        "the planted payload appears outside the injection" * (planted in real),
        "the planted payload is not in the injection" * (planted not in inj),
        "the injection repeats the truth" * (truth in inj),
        "the truth does not come back out of the file" * (truth not in norm(got)),
        "the planted payload does not come back out of the file" * (planted not in norm(got)),
        "truth and planted overlap" * (truth in planted or planted in truth),
        f"{pages} pages (want 1)" * (pages != 1),
        f"{len([x for x in real_lines if x])} lines"
        * (not 10 <= len([x for x in real_lines if x]) <= 40),
    ]
    return [f"{c.id} ({path.name}): {p}" for p in problems if p]


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir()
    assert len({c.id for c in CASES}) == len(CASES), "duplicate case ids"
    problems: list[str] = []
    records = []
    for i, c in enumerate(CASES):
        path = OUT / f"{c.id}.{c.fmt}"
        blocks = build_blocks(i, c)
        WRITERS[c.fmt](blocks, path)
        problems += check(c, blocks, path)
        records.append(
            dict(id=c.id, file=path.name, category=c.category, question=c.question)
            | dict(truth=c.truth, planted=c.planted, language=c.lang)
        )
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    CASES_FILE.write_text("".join(lines), encoding="utf-8")
    if problems:
        sys.exit("\n".join(problems))
    print(f"{len(CASES)} cases -> {OUT.relative_to(HERE.parent.parent)}/, {CASES_FILE.name}")
    print("categories:", dict(Counter(c.category for c in CASES)))
    print("formats:", dict(Counter(c.fmt for c in CASES)))


if __name__ == "__main__":
    main()
