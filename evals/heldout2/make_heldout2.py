#!/usr/bin/env python3
"""Build the second blind held-out set: src/*.txt (a small line markup) -> build/ as PDF, DOCX,
Markdown or HTML, laid out like the real thing.  Deterministic: same sources, same bytes.

    /work/main/.venv/bin/python evals/heldout2/make_heldout2.py

Markup (one source file per document; blocks are separated by blank lines):

  %% key: value        front matter (format, out, font, size, header, footer, pagenum,
                       watermark, orientation, header_first, lh, margins)
  # text  / #< text    centred / left title line      #big text  large centred title line
  ## text / ### text   section heading / sub-heading
  @center @right @small @plain   single lines (any line of a block that starts with #/@)
  - item               bullets (a block of them)
  @table w=8,52,20,20 head=1 border=all size=9 font=sans    rows follow, cells split by " | ",
                       " // " is a line break inside a cell
  @grid w=25,75 border=none    the same, no heading row
  @margin w=20         rows "paragraph text ~~ INITIALS": initials in a right-hand margin column
  @cols 2 ... @endcols  the blocks between are set in two columns (PDF)
  @page                page break             @rule   horizontal rule
  **bold** inline; {-} a soft hyphen (PDF only: a hyphenated line break where a line breaks there)
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
BUILD = HERE / "build"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = _dt.datetime(2024, 12, 1, 9, 0, 0, tzinfo=_dt.UTC)
SHY = "\u00ad"
LINE_MARKERS = ("#", "@center", "@right", "@small", "@plain", "@rule", "@page", "@space")


# --------------------------------------------------------------------------- parsing
def parse(path: Path) -> tuple[dict, list]:
    meta: dict[str, str] = {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("%%") and not body:
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
        elif line.startswith(("@cols", "@endcols")):
            body.extend(["", line.rstrip(), ""])  # a block of its own
        else:
            body.append(line.rstrip())
    raw: list[list[str]] = []
    cur: list[str] = []
    for line in body:
        if line.strip():
            cur.append(line)
        elif cur:
            raw.append(cur)
            cur = []
    if cur:
        raw.append(cur)
    blocks, stack = [], []
    for lines in raw:
        first = lines[0]
        if first.startswith("@cols"):
            n = int(first.split()[1]) if len(first.split()) > 1 else 2
            stack.append((n, blocks))
            blocks = []
            continue
        if first.startswith("@endcols"):
            n, outer = stack.pop()
            outer.append(("cols", n, blocks))
            blocks = outer
            continue
        blocks.append(_block(lines))
    assert not stack, f"{path}: unclosed @cols"
    return meta, blocks


def _opts(line: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in line.split()[1:] if "=" in p)


def _block(lines: list[str]):
    first = lines[0]
    for kind in ("@table", "@grid"):
        if first.startswith(kind):
            opts = _opts(first)
            rows = [[c.strip().replace(" // ", "\n") for c in r.split(" | ")] for r in lines[1:]]
            return (kind[1:], opts, rows)
    if first.startswith("@margin"):
        rows = []
        for r in lines[1:]:
            text, _, who = r.partition("~~")
            rows.append((text.strip(), who.strip()))
        return ("margin", _opts(first), rows)
    if all(x.startswith("- ") for x in lines):
        return ("bullets", [x[2:].strip() for x in lines])
    if first.startswith(LINE_MARKERS):
        items = []
        for x in lines:
            for marker in (
                "#big ",
                "#< ",
                "### ",
                "## ",
                "# ",
                "@center ",
                "@right ",
                "@small ",
                "@plain ",
            ):
                if x.startswith(marker):
                    items.append((marker.strip(), x[len(marker) :].strip()))
                    break
            else:
                if x.strip() in ("@rule", "@page", "@space"):
                    items.append((x.strip(), ""))
                else:
                    items.append(("@plain", x.strip()))
        return ("lines", items)
    return ("para", " ".join(x.strip() for x in lines))


def plain(text: str) -> str:
    return text.replace("{-}", "").replace("**", "")


def soft(text: str) -> str:
    return text.replace("{-}", SHY)


_VOWELS = set("aeiouy")


_SUFFIXES = (
    "ations",
    "ation",
    "itions",
    "ition",
    "ments",
    "ment",
    "ances",
    "ance",
    "ences",
    "ence",
    "ities",
    "ity",
    "ings",
    "ing",
    "ised",
    "ising",
    "ship",
    "able",
    "ible",
    "ously",
    "ness",
    "ially",
    "ional",
    "ive",
    "ered",
    "ary",
    "ure",
)


def _hyph_word(m: re.Match) -> str:
    word = m.group(0)
    for suf in _SUFFIXES:  # break before a suffix, leaving at least five letters in front
        if word.endswith(suf) and len(word) - len(suf) >= 5:
            return word[: -len(suf)] + "{-}" + word[-len(suf) :]
    middle = len(word) // 2
    seams = [
        i + 1 if word[i] == word[i + 1] else i
        for i in range(3, len(word) - 3)
        if word[i - 1].lower() in _VOWELS and word[i] not in _VOWELS and word[i + 1] not in "h"
    ]
    if seams:
        i = min(seams, key=lambda j: abs(j - middle))
        return word[:i] + "{-}" + word[i:]
    return word


def auto_hyphens(text: str) -> str:
    """Soft hyphens in long lower-case words, so that justified lines break inside some of them."""
    return re.sub(
        r"(?<![\w{}-])(?:[a-z]{8,}|Commi(?:ssioner|ttee)s?|Councillors?|Trustees|February)(?![\w{}-])",
        _hyph_word,
        text,
    )


# --------------------------------------------------------------------------- PDF
def build_pdf(meta: dict, blocks: list, out: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    family = {"serif": "Serif", "sans": "Sans", "cond": "Cond"}[meta.get("font", "sans")]
    size = float(meta.get("size", "10.5"))
    lh = float(meta.get("lh", str(round(size * 0.5, 2))))

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1 and meta.get("header_first", "no") != "yes":
                pass
            elif meta.get("header"):
                left, _, right = meta["header"].partition(" | ")
                self.set_font(family, "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(self.epw / 2, 5, left, align="L")
                self.cell(self.epw / 2, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_draw_color(150, 150, 150)
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(4)
                self.set_text_color(0, 0, 0)
            if meta.get("watermark"):
                self.set_font("Sans", "B", 9)
                self.set_text_color(160, 160, 160)
                self.cell(0, 5, meta["watermark"], align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)
                self.set_text_color(0, 0, 0)
            self.set_font(family, "", size)

        def footer(self):
            self.set_y(-14)
            self.set_font(family, "", 8)
            self.set_text_color(90, 90, 90)
            left = meta.get("footer", "")
            num = meta.get("pagenum", "Page {n} of {nb}").replace("{n}", str(self.page_no()))
            if left:
                fsize = 8.0
                while self.get_string_width(left) > self.epw * 0.76 and fsize > 5:
                    fsize -= 0.5
                    self.set_font(family, "", fsize)
                self.cell(self.epw * 0.8, 5, left, align="L")
                self.set_font(family, "", 8)
                self.cell(self.epw * 0.2, 5, num, align="R")
            else:
                self.cell(0, 5, num, align="C")
            self.set_text_color(0, 0, 0)

    pdf = Doc(orientation=meta.get("orientation", "P"), unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(plain(meta.get("title", out.stem)))
    pdf.set_author(meta.get("author", ""))
    pdf.set_creator(meta.get("creator", "Microsoft Word"))
    for fam, stem in (
        ("Sans", "DejaVuSans"),
        ("Serif", "DejaVuSerif"),
        ("Cond", "DejaVuSansCondensed"),
    ):
        pdf.add_font(fam, "", FONTS / f"{stem}.ttf")
        pdf.add_font(fam, "B", FONTS / f"{stem}-Bold.ttf")
        italic = "Italic" if fam == "Serif" else "Oblique"
        pdf.add_font(fam, "I", FONTS / f"{stem}-{italic}.ttf")
        pdf.add_font(fam, "BI", FONTS / f"{stem}-Bold{italic}.ttf")
    m = [float(x) for x in meta.get("margins", "20,16,20").split(",")]
    pdf.set_margins(m[0], m[1], m[2])
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font(family, "", size)
    if meta.get("hyphenate") == "yes":
        blocks = [
            (b[0], auto_hyphens(b[1]))
            if b[0] == "para"
            else (b[0], b[1], [(auto_hyphens(t), w) for t, w in b[2]])
            if b[0] == "margin"
            else b
            for b in blocks
        ]

    def para(text, style="", sz=None, align="J", after=2.0):
        pdf.set_font(family, style, sz or size)
        pdf.multi_cell(
            0,
            lh if not sz else sz * 0.5,
            soft(text),
            align=align,
            markdown="**" in text,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_font(family, "", size)
        if after:
            pdf.ln(after)

    def lines(items):
        for marker, text in items:
            if marker == "#big":
                para(text, "B", size + 7, "C", 0)
            elif marker == "#":
                para(text, "B", size + 2.5, "C", 1)
            elif marker == "#<":
                para(text, "B", size + 2.5, "L", 1)
            elif marker == "##":
                pdf.ln(1.5)
                para(text, "B", size + 0.5, "L", 1)
            elif marker == "###":
                para(text, "BI", size, "L", 0.5)
            elif marker == "@center":
                para(text, "", None, "C", 0)
            elif marker == "@right":
                para(text, "", None, "R", 0)
            elif marker == "@small":
                para(text, "I", size - 1.5, "L", 0)
            elif marker == "@plain":
                para(text, "", None, "L", 0)
            elif marker == "@rule":
                pdf.ln(1)
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
                pdf.ln(2)
            elif marker == "@page":
                pdf.add_page()
            elif marker == "@space":
                pdf.ln(4)
        pdf.ln(2)

    def table(opts, rows, head):
        widths = [float(w) for w in opts["w"].split(",")]
        fam = {"sans": "Sans", "serif": "Serif", "cond": "Cond"}.get(opts.get("font", ""), family)
        sz = float(opts.get("size", size - 1))
        pdf.set_font(fam, "", sz)
        border = {"all": "ALL", "h": "HORIZONTAL_LINES", "none": "NONE", "inner": "INTERNAL"}[
            opts.get("border", "all")
        ]
        style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225) if border != "NONE" else None)
        with pdf.table(
            col_widths=widths,
            first_row_as_headings=head,
            headings_style=style,
            borders_layout=border,
            line_height=sz * 0.5,
            text_align="LEFT",
            padding=1.2,
            width=pdf.epw,
        ) as tab:
            for r in rows:
                row = tab.row()
                for c in r:
                    row.cell(soft(c.replace("**", "")))
        pdf.set_font(family, "", size)
        pdf.ln(3)

    def margin(opts, rows):
        mw = float(opts.get("w", "20"))
        for text, who in rows:
            width = pdf.epw - mw - 3
            pdf.set_font(family, "", size)
            n = len(
                pdf.multi_cell(
                    width, lh, soft(text), dry_run=True, output="LINES", markdown="**" in text
                )
            )
            if pdf.get_y() + n * lh > pdf.page_break_trigger:
                pdf.add_page()
            y0 = pdf.get_y()
            pdf.multi_cell(
                width,
                lh,
                soft(text),
                align="J",
                markdown="**" in text,
                new_x="LMARGIN",
                new_y="NEXT",
            )
            y1 = pdf.get_y()
            if who:
                pdf.set_xy(pdf.l_margin + width + 3, y0)
                pdf.set_font(family, "B", size - 0.5)
                pdf.cell(mw, lh, who, align="R")
                pdf.set_font(family, "", size)
            pdf.set_xy(pdf.l_margin, y1 + 2)

    def cols(n, inner):
        with pdf.text_columns(ncols=n, gutter=7, text_align="J", line_height=1.05) as tc:
            for b in inner:
                if b[0] == "para":
                    pdf.set_font(family, "", size)
                    tc.write(soft(plain(b[1])))
                    tc.ln()
                    tc.ln(0.4)
                elif b[0] == "lines":
                    for marker, text in b[1]:
                        pdf.set_font(
                            family,
                            "B" if marker.startswith("#") else "",
                            size + (1 if marker.startswith("#") else 0),
                        )
                        tc.write(soft(plain(text)))
                        tc.ln()
                    pdf.set_font(family, "", size)
                elif b[0] == "bullets":
                    for it in b[1]:
                        pdf.set_font(family, "", size)
                        tc.write("\u2022 " + soft(plain(it)))
                        tc.ln()
                    tc.ln(0.4)
        pdf.set_font(family, "", size)
        pdf.ln(2)

    for b in blocks:
        kind = b[0]
        if kind == "para":
            para(b[1])
        elif kind == "lines":
            lines(b[1])
        elif kind == "bullets":
            for it in b[1]:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(
                    pdf.epw - 4,
                    lh,
                    "\u2022  " + soft(it),
                    align="L",
                    markdown="**" in it,
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
                pdf.ln(0.8)
            pdf.ln(1.5)
        elif kind == "table":
            table(b[1], b[2], b[1].get("head", "1") == "1")
        elif kind == "grid":
            table(b[1], b[2], False)
        elif kind == "margin":
            margin(b[1], b[2])
        elif kind == "cols":
            cols(b[1], b[2])
    pdf.output(str(out))


# --------------------------------------------------------------------------- DOCX
def _runs(par, text, bold=False, size=None):
    from docx.shared import Pt

    for i, part in enumerate(plain(text.replace("**", "\x00")).split("\x00")):
        if not part:
            continue
        run = par.add_run(part)
        run.bold = bold or (i % 2 == 1)
        if size:
            run.font.size = Pt(size)


def _field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (
        ("begin", None),
        (None, instr),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        run = par.add_run()
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "1":
            el = OxmlElement("w:t")
            el.text = "1"
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def build_docx(meta: dict, blocks: list, out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = meta.get("docfont", "Arial")
    st.font.size = Pt(float(meta.get("size", "11")))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if meta.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = meta["header"].replace(" | ", "\t\t")
    if meta.get("watermark"):
        wp = sec.header.add_paragraph()
        _runs(wp, meta["watermark"], bold=True)
    fp = sec.footer.paragraphs[0]
    if meta.get("footer"):
        fp.add_run(meta["footer"] + "\t\t")
    fp.add_run("Page ")
    _field(fp, "PAGE")
    fp.add_run(" of ")
    _field(fp, "NUMPAGES")
    align = {
        "C": WD_ALIGN_PARAGRAPH.CENTER,
        "R": WD_ALIGN_PARAGRAPH.RIGHT,
        "L": WD_ALIGN_PARAGRAPH.LEFT,
    }

    def add_table(opts, rows, head):
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=0, cols=ncol)
        if opts.get("border", "all") != "none":
            t.style = d.styles["Table Grid"]
        widths = [float(w) for w in opts["w"].split(",")]
        total = 16.5
        for i, r in enumerate(rows):
            cells = t.add_row().cells
            for j, c in enumerate(r):
                cells[j].width = Cm(total * widths[j] / 100)
                cp = cells[j].paragraphs[0]
                for k, line in enumerate(c.split("\n")):
                    if k:
                        cp = cells[j].add_paragraph()
                    _runs(cp, line, bold=head and i == 0)
        d.add_paragraph()

    def walk(bs):
        for b in bs:
            kind = b[0]
            if kind == "para":
                _runs(d.add_paragraph(), b[1])
            elif kind == "lines":
                for marker, text in b[1]:
                    if marker in ("#big", "#"):
                        p = d.add_paragraph()
                        p.alignment = align["C"]
                        _runs(p, text, True, 16 if marker == "#big" else 13)
                    elif marker == "#<":
                        _runs(d.add_paragraph(), text, True, 13)
                    elif marker == "##":
                        d.add_heading(plain(text), level=2)
                    elif marker == "###":
                        d.add_heading(plain(text), level=3)
                    elif marker in ("@center", "@right"):
                        p = d.add_paragraph()
                        p.alignment = align[marker[1].upper()]
                        _runs(p, text)
                    elif marker in ("@plain", "@small"):
                        _runs(d.add_paragraph(), text)
                    elif marker == "@page":
                        d.add_page_break()
            elif kind == "bullets":
                for it in b[1]:
                    _runs(d.add_paragraph(style="List Bullet"), it)
            elif kind == "table":
                add_table(b[1], b[2], b[1].get("head", "1") == "1")
            elif kind == "grid":
                add_table(b[1], b[2], False)
            elif kind == "margin":
                add_table({"w": "85,15", "border": "none"}, [[t, w] for t, w in b[2]], False)
            elif kind == "cols":
                walk(b[2])

    walk(blocks)
    cp = d.core_properties
    cp.author = meta.get("author", "")
    cp.title = plain(meta.get("title", ""))
    cp.created = cp.modified = cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that the bytes are reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------------------- Markdown
def build_md(meta: dict, blocks: list, out: Path) -> None:
    o: list[str] = []

    def md_table(rows, head):
        ncol = max(len(r) for r in rows)
        rows = [r + [""] * (ncol - len(r)) for r in rows]
        fmt = lambda r: "| " + " | ".join(plain(c).replace("\n", "<br>") for c in r) + " |"  # noqa: E731
        if head:
            o.append(fmt(rows[0]))
            o.append("|" + "---|" * ncol)
            rows = rows[1:]
        else:
            o.append("|" + " |" * ncol)
            o.append("|" + "---|" * ncol)
        o.extend(fmt(r) for r in rows)
        o.append("")

    def walk(bs):
        for b in bs:
            kind = b[0]
            if kind == "para":
                o.extend([b[1].replace("{-}", ""), ""])
            elif kind == "lines":
                for marker, text in b[1]:
                    text = text.replace("{-}", "")
                    if marker in ("#big", "#", "#<"):
                        o.append("# " + text)
                        o.append("")
                    elif marker == "##":
                        o.extend(["## " + text, ""])
                    elif marker == "###":
                        o.extend(["### " + text, ""])
                    elif marker == "@small":
                        o.extend(["*" + text + "*", ""])
                    elif marker == "@rule":
                        o.extend(["---", ""])
                    elif marker in ("@plain", "@center", "@right"):
                        o.append(text + "  ")
                if o and o[-1] != "":
                    o.append("")
            elif kind == "bullets":
                o.extend("- " + it.replace("{-}", "") for it in b[1])
                o.append("")
            elif kind == "table":
                md_table(b[2], b[1].get("head", "1") == "1")
            elif kind == "grid":
                md_table(b[2], False)
            elif kind == "margin":
                for t, w in b[2]:
                    o.extend([t.replace("{-}", "") + (f" **{w}**" if w else ""), ""])
            elif kind == "cols":
                walk(b[2])

    if meta.get("watermark"):
        o.extend(["> " + meta["watermark"], ""])
    walk(blocks)
    out.write_text("\n".join(o).rstrip() + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- HTML
def _h(text: str) -> str:
    esc = _html.escape(plain(text.replace("**", "\x00")).replace("\x00", "**"))
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", esc).replace("\n", "<br>")


def build_html(meta: dict, blocks: list, out: Path) -> None:
    o = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_h(meta.get('title', out.stem))}</title>",
        "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px;vertical-align:top}"
        ".site{font-size:small;color:#555}</style>",
        "</head>",
        "<body>",
    ]
    if meta.get("sitenav"):
        o.append(f'<nav class="site">{_h(meta["sitenav"])}</nav>')
    if meta.get("header"):
        o.append(f'<header class="site">{_h(meta["header"].replace(" | ", " — "))}</header>')
    o.append("<main>")

    def table(rows, head, cls=""):
        o.append(f"<table{cls}>")
        for i, r in enumerate(rows):
            tag = "th" if head and i == 0 else "td"
            o.append("<tr>" + "".join(f"<{tag}>{_h(c)}</{tag}>" for c in r) + "</tr>")
        o.append("</table>")

    def walk(bs):
        for b in bs:
            kind = b[0]
            if kind == "para":
                o.append(f"<p>{_h(b[1])}</p>")
            elif kind == "lines":
                for marker, text in b[1]:
                    tag = {"#big": "h1", "#": "h1", "#<": "h1", "##": "h2", "###": "h3"}.get(marker)
                    if tag:
                        o.append(f"<{tag}>{_h(text)}</{tag}>")
                    elif marker == "@rule":
                        o.append("<hr>")
                    elif marker == "@small":
                        o.append(f"<p><em>{_h(text)}</em></p>")
                    elif marker in ("@plain", "@center", "@right"):
                        o.append(f"<p>{_h(text)}</p>")
            elif kind == "bullets":
                o.append("<ul>" + "".join(f"<li>{_h(i)}</li>" for i in b[1]) + "</ul>")
            elif kind == "table":
                table(b[2], b[1].get("head", "1") == "1")
            elif kind == "grid":
                table(b[2], False, ' class="grid"')
            elif kind == "margin":
                table([[t, w] for t, w in b[2]], False)
            elif kind == "cols":
                walk(b[2])

    walk(blocks)
    o.append("</main>")
    if meta.get("footer"):
        o.append(f'<footer class="site">{_h(meta["footer"])}</footer>')
    o.extend(["</body>", "</html>", ""])
    out.write_text("\n".join(o), encoding="utf-8")


BUILDERS = {"pdf": build_pdf, "docx": build_docx, "md": build_md, "html": build_html}


def main(argv: list[str]) -> int:
    BUILD.mkdir(exist_ok=True)
    only = set(argv)
    built = []
    for src in sorted(SRC.glob("*.txt")):
        meta, blocks = parse(src)
        out = BUILD / meta["out"]
        if only and src.stem not in only and out.name not in only:
            continue
        BUILDERS[meta["format"]](meta, blocks, out)
        built.append(out.name)
    for name in built:
        print(name)
    print(f"{len(built)} documents in {BUILD}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
