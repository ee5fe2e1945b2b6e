#!/usr/bin/env python3
"""Build the held-out test bed: turn sources/ into the files a user would bring, in build/.

    python evals/heldout/make_heldout.py          # rebuild build/ from sources/

PDF bodies (parish council, governing board, NHS trust board, standards committee)
are laid out with fpdf2; the charity (.md) and the library committee (.html) are
copied as they are. The output is deterministic: fixed creation dates, fixed fonts,
no randomness, so two runs give byte-identical files.

Source mark-up for the PDF bodies (sources/*.txt), one block per paragraph:

    %header LEFT || RIGHT        running header; {page} and {nb} are page numbers
    %footer LEFT || CENTRE || RIGHT
    %widths 10 40 30 20          column widths (relative) for the next table
    %plain-table                 the next table has no rules and no heading row
    %landscape / %portrait       start a new page in that orientation
    %page                        page break
    %right TEXT                  a right-aligned bold line (e.g. "ACTION: HO")
    %space N                     N mm of vertical space
    # TITLE                      bold, centred, large
    #- TEXT                      centred, plain
    ## HEADING                   bold heading
    | a | b | c |                table row (first row of a block = headings)
    - item                       bullet
    @REF text                    paragraph with its reference REF in a hanging left column
    text ... {{XX}}              paragraph with XX in the right-hand "Action" column
                                 (bodies with an action column only)
    **bold** inside text         bold (fpdf2 markdown)

Consecutive non-blank lines are joined into one paragraph; a blank line ends it.
"""

from __future__ import annotations

import datetime as _dt
import re
import shutil
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
OUT = HERE / "build"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CREATED = _dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=_dt.UTC)

# Layout of each PDF body, keyed by the source file's prefix (before the "_").
STYLES: dict[str, dict] = {
    # Parish council: serif, justified, a ruled "Action" column of initials on the right.
    "littlehadley-pc": dict(
        family="serif", size=10.5, line=5.0, align="J", action_col=22, hang=17, margins=(20, 16, 16)
    ),
    # Governing board: sans, ragged right, tables of attendance and actions.
    "brackenfield-fgb": dict(
        family="sans", size=10, line=5.0, align="L", action_col=0, hang=12, margins=(18, 16, 18)
    ),
    # NHS trust board: sans, justified, "ACTION:" markers, landscape action log.
    "ewh-trust-board": dict(
        family="sans", size=9.5, line=4.6, align="J", action_col=0, hang=20, margins=(20, 16, 20)
    ),
    # Standards committee: report style, serif, ragged right, numbered paragraphs.
    "pellingham-standards": dict(
        family="serif", size=11, line=5.4, align="L", action_col=0, hang=14, margins=(25, 18, 22)
    ),
}

SOFT_HYPHEN = "\u00ad"
VOWELS = set("aeiouy")
DIGRAPHS = {"ch", "ck", "gh", "ph", "sh", "th", "wh", "ng", "qu", "wr", "kn", "gn", "ght"}


def soft_hyphenate(text: str) -> str:
    """Put one soft hyphen into each long lower-case word, between two consonants
    near the middle (recom-mendation, docu-ment...), so that fpdf2 may break it at a
    line end and print a hyphen there. Deterministic."""

    def fix(m: re.Match) -> str:
        w = m.group(0)
        best = None
        for p in range(4, len(w) - 3):
            a, b, c = w[p - 2], w[p - 1], w[p]
            if a in VOWELS and b not in VOWELS and c not in VOWELS and (b + c) not in DIGRAPHS:
                score = abs(p - len(w) / 2)
                if best is None or score < best[0]:
                    best = (score, p)
        if best is None:
            return w
        p = best[1]
        return w[:p] + SOFT_HYPHEN + w[p:]

    # only plain lower-case words of 9+ letters outside **bold** markers
    return re.sub(r"(?<![\w*])[a-z]{9,}(?![\w*])", fix, text)


class MinutesPDF(FPDF):
    def __init__(self, style: dict, header_text: str, footer_text: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.style = style
        self.header_text = header_text
        self.footer_text = footer_text
        left, top, right = style["margins"]
        self.set_margins(left, top + 8, right)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(CREATED)
        self.set_producer("Minutes Assistant held-out builder")
        fam = "DejaVuSerif" if style["family"] == "serif" else "DejaVuSans"
        self.add_font("body", "", str(FONT_DIR / f"{fam}.ttf"))
        self.add_font("body", "B", str(FONT_DIR / f"{fam}-Bold.ttf"))
        self.add_font(
            "body",
            "I",
            str(
                FONT_DIR / f"{fam}-Italic.ttf"
                if fam == "DejaVuSerif"
                else FONT_DIR / f"{fam}-Oblique.ttf"
            ),
        )
        self.add_font(
            "body",
            "BI",
            str(
                FONT_DIR / f"{fam}-BoldItalic.ttf"
                if fam == "DejaVuSerif"
                else FONT_DIR / f"{fam}-BoldOblique.ttf"
            ),
        )
        self.add_font("small", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("small", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))

    # ---- running header and footer -------------------------------------------------
    def _fill(self, s: str) -> str:
        return s.replace("{page}", str(self.page_no()))

    def _three(self, s: str, y: float) -> None:
        parts = [p.strip() for p in self._fill(s).split("||")]
        w = self.w - self.l_margin - self.r_margin
        self.set_xy(self.l_margin, y)
        if len(parts) == 1:
            self.cell(w, 4, parts[0], align="C")
        elif len(parts) == 2:
            self.cell(w / 2, 4, parts[0], align="L")
            self.cell(w / 2, 4, parts[1], align="R")
        else:
            self.cell(w / 3, 4, parts[0], align="L")
            self.cell(w / 3, 4, parts[1], align="C")
            self.cell(w / 3, 4, parts[2], align="R")

    def header(self) -> None:
        self.set_font("small", "", 7.5)
        self.set_text_color(70, 70, 70)
        top = self.style["margins"][1] - 6
        self._three(self.header_text, top)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, top + 5, self.w - self.r_margin, top + 5)
        self.set_text_color(0, 0, 0)
        col = self.style["action_col"]
        if col:
            x = self.w - self.r_margin - col
            self.set_font("small", "B", 8)
            self.set_xy(x, top + 7)
            self.cell(col, 4, "Action", align="C")
            self.line(x, top + 6, x, self.h - 20)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        self.set_font("small", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.h - 17, self.w - self.r_margin, self.h - 17)
        self._three(self.footer_text, self.h - 15.5)
        self.set_text_color(0, 0, 0)


def parse_blocks(text: str) -> tuple[dict, list[tuple]]:
    meta: dict[str, str] = {}
    blocks: list[tuple] = []
    para: list[str] = []
    table: list[list[str]] = []
    widths: list[float] | None = None
    plain = False

    def flush_para() -> None:
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    def flush_table() -> None:
        nonlocal widths, plain
        if table:
            blocks.append(("table", [r[:] for r in table], widths, plain))
            table.clear()
            widths = None
            plain = False

    for raw in text.splitlines():
        line = raw.rstrip("\n")
        s = line.strip()
        if s.startswith("|"):
            flush_para()
            cells = [c.strip() for c in s.strip("|").split("|")]
            table.append(cells)
            continue
        flush_table()
        if not s:
            flush_para()
            continue
        if s.startswith("%"):
            flush_para()
            cmd, _, arg = s[1:].partition(" ")
            if cmd in ("header", "footer"):
                meta[cmd] = arg.strip()
            elif cmd == "widths":
                widths = [float(x) for x in arg.split()]
            elif cmd == "plain-table":
                plain = True
            else:
                blocks.append((cmd, arg.strip()))
            continue
        if s.startswith("#- "):
            flush_para()
            blocks.append(("center", s[3:]))
        elif s.startswith("## "):
            flush_para()
            blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush_para()
            blocks.append(("h1", s[2:]))
        elif s.startswith("- "):
            flush_para()
            blocks.append(("bullet", s[2:]))
        else:
            para.append(line)
    flush_para()
    flush_table()
    return meta, blocks


def render_pdf(src: Path, dest: Path, style: dict) -> None:
    meta, blocks = parse_blocks(src.read_text(encoding="utf-8"))
    pdf = MinutesPDF(style, meta.get("header", ""), meta.get("footer", "Page {page} of {nb}"))
    pdf.add_page()
    size, lh, align = style["size"], style["line"], style["align"]
    col = style["action_col"]

    def body_w() -> float:
        return pdf.w - pdf.l_margin - pdf.r_margin - (col + 2 if col else 0)

    def ensure(lines: int) -> None:
        if pdf.get_y() + lines * lh > pdf.h - 22:
            pdf.add_page(orientation=pdf.cur_orientation)

    for kind, *rest in blocks:
        if kind == "h1":
            pdf.set_font("body", "B", size + 3)
            ensure(3)
            pdf.multi_cell(body_w(), lh + 1.5, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "center":
            pdf.set_font("body", "", size)
            pdf.multi_cell(
                body_w(), lh, rest[0], align="C", new_x="LMARGIN", new_y="NEXT", markdown=True
            )
            pdf.ln(1.5)
        elif kind == "h2":
            pdf.set_font("body", "B", size + 0.5)
            ensure(4)
            pdf.ln(1.5)
            pdf.multi_cell(body_w(), lh, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "bullet":
            pdf.set_font("body", "", size)
            ensure(2)
            x0 = pdf.l_margin + (style["hang"] if col else 4)
            pdf.set_x(x0)
            pdf.cell(5, lh, "•")
            pdf.multi_cell(
                body_w() - (x0 - pdf.l_margin) - 5,
                lh,
                soft_hyphenate(rest[0]),
                align=align,
                new_x="LMARGIN",
                new_y="NEXT",
                markdown=True,
            )
            pdf.ln(0.8)
        elif kind == "p":
            text = rest[0]
            initials = None
            m = re.search(r"\s*\{\{([^}]*)\}\}\s*$", text)
            if m:
                initials = m.group(1).strip()
                text = text[: m.start()]
            ref = None
            if text.startswith("@"):
                ref, _, text = text[1:].partition(" ")
                text = text.strip()
            pdf.set_font("body", "", size)
            x0 = pdf.l_margin
            w = body_w()
            if ref or re.match(r"^\([a-z]{1,3}\)\s", text):
                x0 += style["hang"]
                w -= style["hang"]
            body = soft_hyphenate(text)
            if initials and col:
                # keep a paragraph with an Action entry on one page, so that the
                # initials can be set beside its first line after the text is drawn
                n = len(
                    pdf.multi_cell(
                        w, lh, body, align=align, markdown=True, dry_run=True, output="LINES"
                    )
                )
                ensure(min(n, 12))
            else:
                ensure(2)
            y0 = pdf.get_y()
            page0 = pdf.page
            if ref:
                pdf.set_font("body", "B", size)
                pdf.set_xy(pdf.l_margin, y0)
                pdf.cell(style["hang"], lh, ref)
                pdf.set_font("body", "", size)
            pdf.set_xy(x0, y0)
            pdf.multi_cell(w, lh, body, align=align, new_x="LMARGIN", new_y="NEXT", markdown=True)
            if initials and col and pdf.page == page0:
                # the clerk's Action column: initials beside the paragraph's first line
                y1 = pdf.get_y()
                pdf.set_font("body", "B", size - 1)
                pdf.set_xy(pdf.w - pdf.r_margin - col, y0)
                pdf.cell(col, lh, initials, align="C")
                pdf.set_font("body", "", size)
                pdf.set_xy(pdf.l_margin, y1)
            elif initials:
                pdf.set_font("body", "B", size)
                pdf.multi_cell(body_w(), lh, initials, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "right":
            pdf.set_font("body", "B", size)
            pdf.multi_cell(body_w(), lh, rest[0], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "space":
            pdf.ln(float(rest[0]))
        elif kind == "page":
            pdf.add_page(orientation=pdf.cur_orientation)
        elif kind in ("landscape", "portrait"):
            pdf.add_page(orientation="L" if kind == "landscape" else "P")
        elif kind == "table":
            rows, widths, plain = rest
            pdf.set_font("body", "", size - 1)
            ensure(4)
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            tw = pdf.w - pdf.l_margin - pdf.r_margin
            with pdf.table(
                col_widths=tuple(widths) if widths else None,
                width=tw,
                text_align="LEFT",
                v_align="TOP",
                line_height=lh - 0.4,
                padding=(1.2, 1.5, 1.2, 1.5),
                headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                repeat_headings=1,
                borders_layout="NONE" if plain else "ALL",
                first_row_as_headings=not plain,
                markdown=True,
            ) as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(c.replace("<br>", "\n"))
            pdf.ln(3)
        else:
            raise ValueError(f"{src.name}: unknown directive %{kind}")
    pdf.output(str(dest))


def main() -> int:
    if not FONT_DIR.is_dir():
        print(
            f"DejaVu fonts not found in {FONT_DIR} (apt-get install fonts-dejavu-core)",
            file=sys.stderr,
        )
        return 1
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    built = []
    for src in sorted(SRC.iterdir()):
        prefix = src.name.split("_", 1)[0]
        if src.suffix == ".txt":
            style = STYLES[prefix]
            dest = OUT / (src.stem + ".pdf")
            render_pdf(src, dest, style)
        elif src.suffix in (".md", ".html"):
            dest = OUT / src.name
            dest.write_bytes(src.read_bytes())
        else:
            continue
        built.append(dest.name)
    for name in built:
        print(f"build/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
