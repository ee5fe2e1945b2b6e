"""The renderer the invented held-out minutes are built with (heldout3, heldout4, heldout5): a
source's line markup (below) to PDF (fpdf2), Word (python-docx), HTML (each set's own page
templates) and Markdown or text, deterministically: each set passes its fixed creation date
(PDF dates, DOCX core properties and zip timestamps) and PDF producer.

Source markup (one file per document, UTF-8)
--------------------------------------------
Front matter, one `%% key: value` per line, before the body:

    format      pdf | docx | html | md | txt
    out         output file name
    font        serif | sans | cond | serifcond   (PDF body face; default serif)
    size        body font size in points (PDF; default 10)
    header      running header: "left | centre | right"; tokens {page} and {nb}
    footer      running footer, same form
    first       "noheader" to omit the running header on page 1
    margins     left,top,right in mm (PDF)
    template    HTML page template: one of the set's own (its make_*.py TEMPLATES)
    site        HTML site name (masthead)
    docxfont    DOCX body font
    title       HTML <title>
    author      DOCX core property

For `md` and `txt` the body is copied as it is (after removing the soft-hyphen marks).
Otherwise the body is a sequence of blocks:

    =T text        title: large, bold, centred
    =S text        subtitle: bold, centred
    =C text        centred line
    =R text        right-aligned line
    =I text        small italic line
    # text         heading
    ## text        sub-heading
    - text         bullet (one line each)
    plain lines    a paragraph (justified in PDF); a blank line ends it
    @table W,W,... [head] [size=N] [align=L]   rows "a | b | c" ... @end
    @grid W,W      label rows "label | value" without rules ... @end
    @margin W [Label]   paragraphs with a right-hand owner column; a paragraph's
                   owner is given on its own last line as ">> XX" ... @end
    @cols N        N text columns (PDF); paragraphs and headings ... @end
    @page          page break; @landscape / @portrait: new page in that orientation
    @space N       vertical space (mm)

Inline: **bold**; "~" inside a word marks a soft hyphen (a permitted break; in PDFs a break
there prints "-" at the line end, elsewhere the mark is dropped).
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import re
import shutil
import zipfile
from pathlib import Path

FONTS = Path("/usr/share/fonts/truetype/dejavu")
SHY = "\u00ad"

FACES = {
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "cond": (
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
        "DejaVuSansCondensed-BoldOblique",
    ),
    "serifcond": (
        "DejaVuSerifCondensed",
        "DejaVuSerifCondensed-Bold",
        "DejaVuSerifCondensed-Italic",
        "DejaVuSerifCondensed-BoldItalic",
    ),
}


# --------------------------------------------------------------------------- parsing
def parse(path: Path):
    meta: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines) and (lines[i].startswith("%%") or not lines[i].strip()):
        if lines[i].startswith("%%"):
            k, _, v = lines[i][2:].partition(":")
            meta[k.strip()] = v.strip()
        i += 1
    body = lines[i:]
    if meta.get("format") in ("md", "txt"):
        return meta, "\n".join(body).rstrip() + "\n"
    return meta, blocks(body)


def blocks(lines: list[str]):
    out = []
    para: list[str] = []

    def flush():
        if para:
            out.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    i = 0
    while i < len(lines):
        ln = lines[i]
        s = ln.strip()
        if not s:
            flush()
        elif s.startswith("@table") or s.startswith("@grid"):
            flush()
            kind, *opts = s[1:].split()
            widths = [float(w) for w in opts[0].split(",")]
            flags = {o.split("=")[0]: (o.split("=")[1] if "=" in o else True) for o in opts[1:]}
            rows = []
            i += 1
            while lines[i].strip() != "@end":
                if lines[i].strip():
                    rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            out.append((kind, widths, flags, rows))
        elif s.startswith("@margin"):
            flush()
            parts = s.split(maxsplit=2)
            w = float(parts[1])
            label = parts[2] if len(parts) > 2 else ""
            i += 1
            inner = []
            while lines[i].strip() != "@end":
                inner.append(lines[i])
                i += 1
            items = []
            for b in blocks(inner):
                items.append(b)
            # attach ">> XX" owner lines to the preceding paragraph
            merged = []
            for b in items:
                if b[0] == "p" and ">> " in b[1]:
                    text, _, owner = b[1].rpartition(">> ")
                    merged.append(("mp", text.strip(), owner.strip()))
                elif b[0] == "p":
                    merged.append(("mp", b[1], ""))
                else:
                    merged.append(b)
            out.append(("margin", w, label, merged))
        elif s.startswith("@cols"):
            flush()
            n = int(s.split()[1])
            i += 1
            inner = []
            while lines[i].strip() != "@end":
                inner.append(lines[i])
                i += 1
            out.append(("cols", n, blocks(inner)))
        elif s in ("@page", "@landscape", "@portrait"):
            flush()
            out.append((s[1:],))
        elif s.startswith("@space"):
            flush()
            out.append(("space", float(s.split()[1])))
        elif s[:2] in ("=T", "=S", "=C", "=R", "=I"):
            flush()
            out.append((s[:2], s[3:].strip()))
        elif s.startswith("## "):
            flush()
            out.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush()
            out.append(("h1", s[2:]))
        elif s.startswith("- "):
            flush()
            out.append(("li", s[2:]))
        else:
            para.append(s)
        i += 1
    flush()
    return out


def plain(s: str) -> str:
    return s.replace("~", "").replace("**", "")


def noshy(s: str) -> str:
    return s.replace("~", "")


# --------------------------------------------------------------------------- PDF
def build_pdf(meta, blks, dest: Path, fixed: _dt.datetime, producer: str):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    face = meta.get("font", "serif")
    size = float(meta.get("size", "10"))
    lh = size * 0.5
    margins = [float(x) for x in meta.get("margins", "22,20,22").split(",")]

    class Doc(FPDF):
        def _band(self, spec, y):
            if not spec:
                return
            parts = [p.strip() for p in spec.split("|")]
            parts = (parts + ["", "", ""])[:3] if len(parts) > 1 else ["", parts[0], ""]
            self.set_font("body", "", size - 2)
            self.set_text_color(70, 70, 70)
            self.set_y(y)
            w = self.epw
            for p, al in zip(parts, "LCR", strict=False):
                self.set_x(self.l_margin)
                txt = p.replace("{page}", str(self.page_no()))
                self.cell(w, 4, txt, align=al)
            self.set_text_color(0, 0, 0)

        def header(self):
            if self.page_no() == 1 and meta.get("first") == "noheader":
                return
            self._band(meta.get("header"), 9)
            if meta.get("header"):
                self.set_draw_color(150, 150, 150)
                self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_y(self.t_margin)

        def footer(self):
            self._band(meta.get("footer"), -14)

    pdf = Doc(orientation=meta.get("orientation", "P"), unit="mm", format="A4")
    pdf.set_creation_date(fixed)
    pdf.set_producer(producer)
    pdf.set_title(meta.get("title", meta["out"]))
    names = FACES[face]
    for style, fname in zip(("", "B", "I", "BI"), names, strict=False):
        pdf.add_font("body", style, str(FONTS / f"{fname}.ttf"))
    pdf.set_margins(margins[0], margins[1], margins[2])
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("body", "", size)

    def text(s):
        return s.replace("~", SHY)

    def para(s, w=0, align="J", style=""):
        pdf.set_font("body", style, size)
        pdf.multi_cell(
            w or pdf.epw, lh, text(s), align=align, markdown=True, new_x="LMARGIN", new_y="NEXT"
        )

    def render(b):
        k = b[0]
        if k == "=T":
            pdf.set_font("body", "B", size + 5)
            pdf.multi_cell(pdf.epw, lh + 2.5, text(b[1]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "=S":
            pdf.set_font("body", "B", size + 1)
            pdf.multi_cell(pdf.epw, lh + 1, text(b[1]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif k == "=C":
            pdf.set_font("body", "", size)
            pdf.multi_cell(
                pdf.epw, lh, text(b[1]), align="C", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
        elif k == "=R":
            pdf.set_font("body", "", size)
            pdf.multi_cell(
                pdf.epw, lh, text(b[1]), align="R", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
        elif k == "=I":
            pdf.set_font("body", "I", size - 1.5)
            pdf.multi_cell(pdf.epw, lh, text(b[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("body", "", size)
        elif k == "h1":
            if pdf.will_page_break(lh * 7):
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("body", "B", size + 0.5)
            pdf.multi_cell(pdf.epw, lh + 0.5, text(b[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
            pdf.set_font("body", "", size)
        elif k == "h2":
            if pdf.will_page_break(lh * 3):
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("body", "BI", size)
            pdf.multi_cell(pdf.epw, lh, text(b[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("body", "", size)
        elif k == "p":
            para(b[1])
            pdf.ln(lh * 0.45)
        elif k == "li":
            pdf.set_font("body", "", size)
            x0 = pdf.l_margin
            pdf.set_x(x0 + 3)
            pdf.cell(4, lh, "\u2022")
            pdf.multi_cell(
                pdf.epw - 7, lh, text(b[1]), align="J", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(0.6)
        elif k in ("table", "grid"):
            _, widths, flags, rows = b
            fs = float(flags.get("size", size - 1))
            pdf.set_font("body", "", fs)
            total = sum(widths)
            cw = [w * pdf.epw / total for w in widths]
            head = bool(flags.get("head"))
            kw = dict(
                col_widths=cw,
                width=pdf.epw,
                line_height=fs * 0.48,
                text_align=flags.get("align", "LEFT") if k == "table" else "LEFT",
                first_row_as_headings=head,
                markdown=True,
                padding=1.2 if k == "table" else 0.6,
            )
            if k == "grid":
                kw["borders_layout"] = "NONE"
            if head:
                kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
            ncol = len(widths)
            with pdf.table(**kw) as t:
                for r in rows:
                    row = t.row()
                    r = r + [""] * (ncol - len(r))
                    for c in r[:ncol]:
                        row.cell(text(c))
            pdf.ln(lh * 0.8)
            pdf.set_font("body", "", size)
        elif k == "margin":
            _, mw, label, items = b
            tw = pdf.epw - mw - 4
            if label:
                pdf.set_font("body", "B", size - 1)
                pdf.set_x(pdf.l_margin + tw + 4)
                pdf.cell(mw, lh, label, align="C", new_x="LMARGIN", new_y="NEXT")
            for it in items:
                if it[0] != "mp":
                    if it[0] == "h1" and label and pdf.will_page_break(lh * 4):
                        pdf.add_page()
                    render(it)
                    continue
                _, s, owner = it
                pdf.set_font("body", "", size)
                lines = pdf.multi_cell(
                    tw, lh, text(s), align="J", markdown=True, dry_run=True, output="LINES"
                )
                if pdf.will_page_break(len(lines) * lh):
                    pdf.add_page()
                y0, page0 = pdf.get_y(), pdf.page
                pdf.multi_cell(
                    tw, lh, text(s), align="J", markdown=True, new_x="LMARGIN", new_y="NEXT"
                )
                y1 = pdf.get_y()
                if owner:
                    pdf.set_font("body", "B", size - 0.5)
                    pdf.set_xy(pdf.l_margin + tw + 4, y0)
                    pdf.multi_cell(mw, lh, owner, align="C", new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("body", "", size)
                    pdf.set_y(max(y1, pdf.get_y()) if pdf.page == page0 else y1)
                pdf.ln(lh * 0.45)
        elif k == "cols":
            _, n, inner = b
            with pdf.text_columns(
                ncols=n, gutter=7, text_align="J", line_height=1.05, balance=True
            ) as cols:
                for it in inner:
                    if it[0] in ("h1", "h2"):
                        pdf.set_font("body", "B", size)
                        with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1) as p:
                            p.write(text(it[1]))
                        pdf.set_font("body", "", size)
                    elif it[0] in ("p", "li"):
                        s = ("\u2022 " if it[0] == "li" else "") + plain_bold(it[1])
                        with cols.paragraph(text_align="J", bottom_margin=1.5) as p:
                            p.write(text(s))
            pdf.ln(lh)
        elif k == "page":
            pdf.add_page()
        elif k == "landscape":
            pdf.add_page(orientation="L")
        elif k == "portrait":
            pdf.add_page(orientation="P")
        elif k == "space":
            pdf.ln(b[1])

    for b in blks:
        render(b)
    pdf.output(str(dest))


def plain_bold(s):
    return s.replace("**", "")


# --------------------------------------------------------------------------- DOCX
def build_docx(meta, blks, dest: Path, fixed: _dt.datetime):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = meta.get("docxfont", "Calibri")
    st.font.size = Pt(float(meta.get("size", "11")))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)

    def runs(p, s, bold=False, italic=False, size=None):
        for j, part in enumerate(re.split(r"\*\*", noshy(s))):
            if not part:
                continue
            r = p.add_run(part)
            r.bold = bold or (j % 2 == 1)
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        return p

    def band(container, spec):
        p = container.paragraphs[0]
        parts = [x.strip() for x in spec.split("|")]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(parts) == 1 else WD_ALIGN_PARAGRAPH.LEFT
        for j, part in enumerate(parts):
            if j:
                p.add_run("\t")
            chunks = re.split(r"(\{page\}|\{nb\})", part)
            for c in chunks:
                if c in ("{page}", "{nb}"):
                    fld = OxmlElement("w:fldSimple")
                    fld.set(qn("w:instr"), "PAGE" if c == "{page}" else "NUMPAGES")
                    r = OxmlElement("w:r")
                    t = OxmlElement("w:t")
                    t.text = "1"
                    r.append(t)
                    fld.append(r)
                    p._p.append(fld)
                elif c:
                    run = p.add_run(c)
                    run.font.size = Pt(8.5)

    if meta.get("header"):
        band(sec.header, meta["header"])
    if meta.get("footer"):
        band(sec.footer, meta["footer"])

    def set_orient(landscape):
        s = d.add_section()
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Mm(297), Mm(210)
        else:
            s.orientation = WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = Mm(210), Mm(297)

    def table(rows, widths, head, borders=True, size=None):
        ncol = len(widths)
        t = d.add_table(rows=0, cols=ncol)
        if borders:
            t.style = d.styles["Table Grid"]
        total = sum(widths)
        for ri, r in enumerate(rows):
            cells = t.add_row().cells
            r = r + [""] * (ncol - len(r))
            for ci, c in enumerate(r[:ncol]):
                cells[ci].width = Mm(170 * widths[ci] / total)
                p = cells[ci].paragraphs[0]
                runs(p, c, bold=(head and ri == 0), size=size)
        d.add_paragraph()

    def render(b):
        k = b[0]
        if k == "=T":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            runs(p, b[1], bold=True, size=15)
        elif k == "=S":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            runs(p, b[1], bold=True, size=12)
        elif k in ("=C", "=R"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if k == "=C" else WD_ALIGN_PARAGRAPH.RIGHT
            runs(p, b[1])
        elif k == "=I":
            runs(d.add_paragraph(), b[1], italic=True, size=9)
        elif k == "h1":
            d.add_heading(noshy(b[1]), level=2)
        elif k == "h2":
            d.add_heading(noshy(b[1]), level=3)
        elif k == "p":
            p = runs(d.add_paragraph(), b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "li":
            runs(d.add_paragraph(style="List Bullet"), b[1])
        elif k == "table":
            _, widths, flags, rows = b
            table(
                rows,
                widths,
                bool(flags.get("head")),
                True,
                float(flags["size"]) if "size" in flags else None,
            )
        elif k == "grid":
            _, widths, flags, rows = b
            table(rows, widths, False, False)
        elif k == "margin":
            _, mw, label, items = b
            for it in items:
                if it[0] == "mp":
                    table([[it[1], it[2]]], [100 - mw, mw], False, False)
                else:
                    render(it)
        elif k == "cols":
            for it in b[2]:
                render(it)
        elif k == "page":
            d.add_page_break()
        elif k == "landscape":
            set_orient(True)
        elif k == "portrait":
            set_orient(False)
        elif k == "space":
            d.add_paragraph()

    for b in blks:
        render(b)
    cp = d.core_properties
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.created = cp.modified = cp.last_printed = fixed.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps for byte-identical builds
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=fixed.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))


# --------------------------------------------------------------------------- HTML
def inline_html(s: str) -> str:
    s = html.escape(noshy(s), quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def build_html(meta, blks, dest: Path, templates: dict[str, str], default: str):
    out: list[str] = []
    in_list = False

    def close_list():
        nonlocal in_list
        if in_list:
            out.append("</ul>")
            in_list = False

    def render(b):
        nonlocal in_list
        k = b[0]
        if k != "li":
            close_list()
        if k == "=T":
            out.append(f"<h1>{inline_html(b[1])}</h1>")
        elif k == "=S":
            out.append(f'<p class="subtitle"><strong>{inline_html(b[1])}</strong></p>')
        elif k in ("=C", "=R"):
            out.append(f'<p class="{"centre" if k == "=C" else "right"}">{inline_html(b[1])}</p>')
        elif k == "=I":
            out.append(f'<p class="note"><em>{inline_html(b[1])}</em></p>')
        elif k == "h1":
            out.append(f"<h2>{inline_html(b[1])}</h2>")
        elif k == "h2":
            out.append(f"<h3>{inline_html(b[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{inline_html(b[1])}</p>")
        elif k == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{inline_html(b[1])}</li>")
        elif k in ("table", "grid"):
            _, widths, flags, rows = b
            cls = "grid" if k == "grid" else "data"
            out.append(f'<table class="{cls}">')
            for ri, r in enumerate(rows):
                tag = "th" if (flags.get("head") and ri == 0) else "td"
                cells = "".join(f"<{tag}>{inline_html(c)}</{tag}>" for c in r)
                out.append(f"  <tr>{cells}</tr>")
            out.append("</table>")
        elif k == "margin":
            _, mw, label, items = b
            out.append('<table class="minutes">')
            if label:
                out.append(f'  <tr><th></th><th class="owner">{html.escape(label)}</th></tr>')
            for it in items:
                if it[0] == "mp":
                    out.append(
                        f'  <tr><td>{inline_html(it[1])}</td><td class="owner">{inline_html(it[2])}</td></tr>'
                    )
                elif it[0] in ("h1", "h2"):
                    out.append(f'  <tr><td colspan="2"><h2>{inline_html(it[1])}</h2></td></tr>')
            out.append("</table>")
        elif k == "cols":
            for it in b[2]:
                render(it)

    for b in blks:
        render(b)
    close_list()
    page = templates[meta.get("template", default)].format(
        title=html.escape(meta.get("title", "")),
        site=html.escape(meta.get("site", "")),
        footer=inline_html(meta.get("footer", "")),
        body="\n".join(out),
    )
    dest.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- main


def build_set(
    src: Path,
    build: Path,
    fixed: _dt.datetime,
    producer: str,
    templates: dict[str, str],
    template: str,
    fresh: bool = True,
) -> None:
    """Render every source of a set (src/*.txt) into build/, in name order; `fresh` empties
    build/ first. Markdown and plain text are copied as written (soft hyphens removed)."""
    if fresh and build.exists():
        shutil.rmtree(build)
    build.mkdir(exist_ok=True)
    built = []
    for source in sorted(src.glob("*.txt")):
        meta, content = parse(source)
        dest = build / meta["out"]
        fmt = meta["format"]
        if fmt in ("md", "txt"):
            dest.write_text(noshy(content), encoding="utf-8")
        elif fmt == "pdf":
            build_pdf(meta, content, dest, fixed, producer)
        elif fmt == "docx":
            build_docx(meta, content, dest, fixed)
        elif fmt == "html":
            build_html(meta, content, dest, templates, template)
        else:
            raise SystemExit(f"{source.name}: unknown format {fmt}")
        built.append(dest.name)
    print(f"built {len(built)} documents into {build}")
    for name in built:
        print("  ", name)
