"""The text layer: every document's pages as the later stages read them, one paragraph a line.

A reader gives each page as lines (a PDF's with the position of each line's first word). This
module drops the page furniture (running headers and footers, "Page 3 of 14", reference codes
repeated on every page), joins the lines a page wrapped mid-sentence back into paragraphs (an
end-of-line hyphen mended), keeps entries apart (numbered items, bullets, labels, headings,
table rows), and moves what a margin column prints beside a paragraph (owners' initials in an
"Action" column) to that paragraph's end as a cell of its own. The result is the page text a
Page holds: every span, chunk and citation is a verbatim slice of it.

Why an own reflow over pypdf's plain text rather than pypdf's layout mode or word boxes: the
plain text already orders the words as read and marks wide gaps, layout mode returned nothing
for some of the shared PDFs and pads every line to a character grid, and the one thing
positions add here (which lines sit in a right-hand column) comes from the x of each line's
first run, which pypdf's visitor gives for free. The same joining rules serve text, Markdown
and HTML, whose soft line breaks wrap just as a PDF's do."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.text import STOP_WORDS

from . import limits


@dataclass(frozen=True)
class RawLine:
    """One line as a reader produced it; `x`/`y` (PDF points) where the format has positions."""

    text: str
    x: float | None = None
    y: float | None = None
    size: float | None = None  # the font size of its first run: a heading's is larger
    columns: tuple[float, ...] = ()  # where each of its tab-separated cells starts, for a PDF


@dataclass(frozen=True)
class RawPage:
    lines: list[RawLine]
    width: float | None = None  # the page's width in points, for a PDF


# --------------------------------------------------------------------------- furniture

_PAGE_NO = re.compile(
    r"^\s*(?:[-–(]\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?(?:\s*[-–)])?\s*$", re.I
)
_PAGE_OF = re.compile(r"\bpage\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}\b", re.I)
EDGE_LINES = 3  # header and footer lines are among a page's first and last three
RUNNING_SHARE = 0.6  # a line at the edge of this share of pages is a running header or footer
TEMPLATED_SHARE = 0.5  # furniture is a small share of a document's lines, never most of them


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _running(pages: list[list[str]]) -> set[str]:
    """The keys (digits folded) of lines at the edge of most pages: running headers and footers."""
    edges: Counter[str] = Counter()
    for lines in pages:
        texts = [ln for ln in lines if ln.strip()]
        edges.update({_key(ln) for ln in texts[:EDGE_LINES] + texts[-EDGE_LINES:]})
    threshold = max(2, int(len(pages) * RUNNING_SHARE + 0.5))
    return {k for k, n in edges.items() if n >= threshold and k} if len(pages) > 1 else set()


def running_lines(pages: list[RawPage]) -> list[str]:
    """The running headers and footers of a document's pages, once each as first printed: the
    text layer drops them, but one may be all that dates the meeting."""
    texts = [[ln.text for ln in p.lines] for p in pages]
    running = _running(texts)
    seen: dict[str, str] = {}
    for lines in texts:
        for line in lines:
            if _key(line) in running:
                seen.setdefault(_key(line), " ".join(line.split()))
    return list(seen.values())


def strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers and footers (the same line, digits aside, at the top or bottom of
    most pages) and page-number lines. The first page keeps its header lines (they often name
    the body and the date). Never empties a page that had text: when the rules would, the page
    keeps everything but its page numbers, and when they would take most of the document's
    lines, every page does."""
    running = _running(pages)
    out, stripped, filled_total = [], 0, 0
    for number, lines in enumerate(pages):
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        edge = set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])

        def furniture(
            i: int,
            line: str,
            number: int = number,
            edge: set[int] = edge,
            filled: list[int] = filled,
        ) -> bool:
            if i not in edge:
                return False
            if _PAGE_NO.match(line):
                return True
            if number == 0 and i in filled[: min(EDGE_LINES, len(filled) // 2)]:
                return False  # the first page's header often names the body and the date
            return _key(line) in running or bool(_PAGE_OF.search(line))

        kept = [ln for i, ln in enumerate(lines) if not furniture(i, ln)]
        stripped += len(lines) - len(kept)
        if filled and not any(ln.strip() for ln in kept):
            kept = [ln for ln in lines if not _PAGE_NO.match(ln)]
        filled_total += len(filled)
        out.append(kept)
    if stripped > TEMPLATED_SHARE * filled_total:
        # Pages that repeat most of their lines are a template (forms, short notices): what
        # recurs is their content, not furniture, so only page numbers go.
        return [[ln for ln in lines if not _PAGE_NO.match(ln)] for lines in pages]
    return out


# --------------------------------------------------------------------------- joining

_GAP = re.compile(r" {5,}|\t")  # a wide gap: the next table cell or margin column
_SPACES = re.compile(r"(?<=\S) {2,4}(?=\S)")  # justified text's stretched spaces
# what starts an entry rather than continuing a sentence: bullets, numbers, minute references,
# sub-items, labels ("Present:", "Action:"), Markdown headings, quotes and table rows; a
# financial year ("2025/26.") is no minute reference
_ENTRY = re.compile(
    r"^\s*(?:[-•▪●◦○■➢►*#>|]|o\s|\(?\d{1,3}(?:\.\d{1,3})*(?:[a-z]{1,4})?[.)](?:\s|$)|\d{1,3}\s*$"
    r"|\(?[ivx]{1,5}\)|\(?[a-hA-H]\)|[a-h]\.\s+(?=[A-Z])|(?!(?:19|20)\d\d/\d\d(?!\d))[A-Z]{0,4}\d{1,4}/\d{1,4}(?![/\d])|[Ii]tem\s+\d|\*\*"
    # an attendee entry: "Ann Lee (AL) – ...", "Cllr B Cole –" (not "About Schools (GIAS)")
    r"|(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?(?!(?:About|And|For|From|The|With|Of|In|On|To|By|At)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3}\s*(?:\([A-Z]{2,4}[a-z]?\)|[-–]\s))"
)
# a label that starts an entry ("Present:", "Sub-Committee members:"), unless the line above
# plainly runs on into it
_LABEL = re.compile(r"^\s*[A-Z][\w'’-]*(?: [\w'’-]+){0,3}\s*:(?:\s|$)")
# a section's name on a line of its own ("Present", "Apologies", "Actions")
_SECTION = re.compile(
    r"^\s*(?:present|apologies(?:\s+for\s+absence)?|in\s+attendance|also\s+present|attendees"
    r"|attendance|absent|members|officers|minutes|actions?|agenda|decisions|matters\s+arising"
    r"|any\s+other\s+business|date\s+of\s+(?:the\s+)?next\s+meeting)\s*:?\s*$",
    re.I,
)
# a list of people under its label starts a line of its own ("... 10.00 am" / "Members: ...")
_ROSTER_LABEL = re.compile(
    r"^\s*(?=(?-i:[A-Z]))(?:present|apologies(?:\s+for\s+absence)?|in\s+attendance|also\s+present"
    r"|attendees|members(?:\s+present)?|officers|observers?)\s*:"
    # or set in capitals at the head of a column of names: "APOLOGIES   Ann Lee (Treasurer)"
    r"|^\s*(?-i:PRESENT|APOLOGIES|IN ATTENDANCE|ALSO PRESENT|ATTENDEES|MEMBERS|OFFICERS|OBSERVERS?)"
    r"\s+(?-i:[A-Z][a-z])",
    re.I,
)
SIZE_STEP = 1.15  # a line this much larger or smaller than the one above is set apart
_ENDS = re.compile(r"[.!?:;]['\"’”)\]]*$")
_ABBREV_END = re.compile(r"(?:\b(?:Cllrs?|Dr|Mr|Mrs|Ms|No|St|Prof|Rev|Co|Ltd|[A-Z])\.)$")
_HYPHEN_END = re.compile(r"[A-Za-z]{2,}-$")
_CONTINUES = re.compile(r"^[a-z(£&%]|^\d+(?:\.\d+)?%?\s+[a-z]")
_OPEN_WORDS = STOP_WORDS | {"cllr", "councillor", "mr", "mrs", "ms", "dr", "per", "via", "re"}
WRAP_SHARE = 0.97  # the next line's first word did not fit on this one: a wrap
MARGIN_X = 0.62  # a line starting this far across the text width sits in a margin column
MARGIN_CHARS = 30  # what a margin column prints: initials, a role, a short name
MIN_PROSE = 40  # a line this long before a wide gap is prose, not a table row's first cell


def _words(text: str) -> list[str]:
    return text.split()


def _heading(text: str) -> bool:
    """A short title line: capitals, or a Markdown heading; nothing follows into it."""
    letters = [c for c in text if c.isalpha()]
    short = len(text.split()) <= 10 and not _ENDS.search(text)
    return text.lstrip().startswith("#") or (
        short and bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
    )


def _margin(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= MARGIN_CHARS and len(t.split()) <= 4 and not _ENDS.search(t.rstrip("."))


def _width(lines: list[str]) -> float:
    """The width a document wraps at: a high percentile of its prose lines' lengths."""
    prose = sorted(len(t) for t in lines if len(t.split()) >= 6 and not _GAP.search(t))
    if not prose:
        return float("inf")
    if len(prose) < 3:
        return prose[-1]  # too few lines to tell: the longest one is as wide as it gets
    return prose[int(len(prose) * 0.9) - (1 if len(prose) >= 10 else 0)]


# a list entry's end: a person's initials or a closing bracket ("… (Vice-Chairman) DV")
_LIST_ENTRY_END = re.compile(r"(?:\b[A-Z]{2,4}[a-z]?|\))\s*$")


def _wraps(prev: str, cur: str, width: float) -> bool:
    """Does `cur` continue the sentence `prev` was cut from?"""
    if not prev.strip() or not cur.strip() or _GAP.search(prev.lstrip("\t")):
        return False  # a table row's cells spill by their own rules (an indent is no cell)
    if cur.startswith("\t"):
        # plain text hard-wrapped with an indent ("Jo to complete the grant" / "\tform by 30
        # June."): one run of words after prose that has not ended, going on in lower case or
        # at length; else an empty first cell ("\tLynn Davies", an owner column)
        rest = cur.lstrip("\t")
        prose = rest[:1].islower() or len(rest.split()) >= 5
        if rest[:1].isupper() and _LIST_ENTRY_END.search(prev):
            return False  # "\tAnn Lee (Chair) AL" / "\tBob Cole (Hon. Secretary) BC": a list
        return "\t" not in rest and prose and not _ENTRY.match(rest) and not _ENDS.search(prev)
    if _ENTRY.match(cur) or _heading(prev) or _heading(cur):
        return False
    if _SECTION.match(prev) or _SECTION.match(cur) or _ROSTER_LABEL.match(cur):
        return False
    if _ENDS.search(prev) and not _ABBREV_END.search(prev):
        return False
    last = prev.split()[-1].lower().strip("'’\"")
    runs_on = prev.endswith((",", "-", "–", "/", "&")) or last in _OPEN_WORDS
    if "\t" in cur:  # a row of cells: a table's, unless it is prose with an owner beside it
        text, _, note = cur.partition("\t")
        if "\t" in note or not _margin(note):
            # a first cell wrapped above its row ("Governor walkabout of the" / "maternity
            # unit<TAB>KAB<TAB>Postponed"): the fragment goes on into the row's first cell
            return runs_on and ("\t" not in note or text[:1].islower())
        cur = text
    if runs_on or _CONTINUES.match(cur):
        return True
    if _LABEL.match(cur):
        return False
    first = cur.split()[0]
    return len(prev) + 1 + len(first) > width * WRAP_SHARE


def _join(prev: str, cur: str, hyphenated: set[str]) -> str:
    cur = cur.lstrip("\t")
    if _HYPHEN_END.search(prev) and cur[:1].islower():
        head = prev.split()[-1][:-1]
        tail = re.match(r"[\w'’]+", cur)
        if tail and f"{head}-{tail.group(0)}".lower() not in hyphenated:
            return prev[:-1] + cur  # "subscrip-" + "tion": a word the line end broke
        return prev + cur
    return f"{prev} {cur}"


def _hyphenated(texts: list[str]) -> set[str]:
    """Compounds the document writes with a hyphen inside a line ("non-pecuniary"): at a line
    end their hyphen stays."""
    found = set()
    for text in texts:
        found |= {m.group(0).lower() for m in re.finditer(r"\b\w+-\w+\b", text)}
    return found


_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")  # a Markdown table row: "| Item | Update |"
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").rstrip()
    if _PIPE_RULE.match(text):
        return ""  # the rule under a Markdown table's header
    row = _PIPE_ROW.match(text)
    if row:  # its cells, as a table's are
        return "\t".join(c.strip() for c in row.group(1).split("|"))
    text = _SPACES.sub(" ", text)
    return _GAP.sub("\t", text)


def _split_margin(text: str) -> tuple[str, str | None]:
    """A prose line with a short last cell beside it: the prose, and what the margin holds."""
    cells = text.split("\t")
    if len(cells) == 2 and len(cells[0]) >= MIN_PROSE and _margin(cells[1]):
        return cells[0].rstrip(), cells[1].strip()
    return text, None


def _in_margin(line: RawLine, left: float, width: float | None) -> bool:
    if line.x is None or width is None:
        return False
    return line.x >= left + MARGIN_X * (width - left) and _margin(line.text)


def reflow(page: RawPage, width: float, hyphenated: set[str]) -> str:
    """One page of lines -> its paragraphs, one a line; blank lines kept (once)."""
    lines = [RawLine(_clean(ln.text), ln.x, ln.y, ln.size, ln.columns) for ln in page.lines]
    xs = [ln.x for ln in lines if ln.x is not None and ln.text.strip()]
    left = Counter(round(x) for x in xs).most_common(1)[0][0] if xs else 0.0
    body = [ln for ln in lines if not _in_margin(ln, left, page.width)]
    margin = [ln for ln in lines if _in_margin(ln, left, page.width)]
    paragraphs: list[list[str]] = []  # [text, margin notes...]
    anchors: list[int] = []  # the paragraph each body line went into
    open_paragraph, last = False, RawLine("")
    for line in body:
        text = line.text.strip(" ")  # a leading tab is an empty first cell: columns stay aligned
        if not text.strip():
            open_paragraph = False
            paragraphs.append([""])
            anchors.append(len(paragraphs) - 1)
            continue
        if open_paragraph and _continues_cells(last, line):
            # a table row whose cells wrapped: this line's text goes on in the row's cells
            paragraphs[-1][0] = _fill_cells(paragraphs[-1][0], last, line, hyphenated)
            anchors.append(len(paragraphs) - 1)
            continue
        prose, note = _split_margin(text)
        prev = paragraphs[-1][0] if open_paragraph else ""
        if open_paragraph and _same_size(last, line) and _wraps(prev, prose, width):
            paragraphs[-1][0] = _join(prev, prose, hyphenated)
        else:
            paragraphs.append([prose])
        if note:
            paragraphs[-1].append(note)
        anchors.append(len(paragraphs) - 1)
        open_paragraph, last = True, line
    for entry in margin:  # beside the body line on its baseline, else the one above it
        target = _nearest(entry, body, anchors)
        if target is not None:
            paragraphs[target].append(entry.text.strip())
        else:
            paragraphs.append([entry.text.strip()])
    out: list[str] = []
    for first, *notes in paragraphs:
        joined = first + ("\t" + " ".join(notes) if notes else "")
        if joined or (out and out[-1]):
            out.append(joined)
    return "\n".join(out).strip("\n")


COLUMN_SLACK = 3.0  # points: a line starting this close to a cell's left edge is in that cell


def _column(x: float, row: RawLine) -> int | None:
    return next((k for k, cx in enumerate(row.columns) if abs(cx - x) <= COLUMN_SLACK), None)


def _continues_cells(row: RawLine, line: RawLine) -> bool:
    """A line under a table row that starts in one of the row's later cells, not its first:
    the rest of text that wrapped inside those cells."""
    if len(row.columns) < 2 or line.x is None or row.y is None or line.y is None:
        return False
    starts = line.columns or (line.x,)
    columns = [_column(x, row) for x in starts]
    return (
        columns[0] is not None
        and columns[0] > 0
        and all(c is not None for c in columns)
        and 0 < row.y - line.y < 3 * (row.size or 10)
    )


def _fill_cells(text: str, row: RawLine, line: RawLine, hyphenated: set[str]) -> str:
    cells = text.split("\t")
    cells += [""] * (len(row.columns) - len(cells))
    for x, part in zip(
        line.columns or (line.x or 0.0,), line.text.strip().split("\t"), strict=False
    ):
        k = _column(x, row)
        if k is None or not part.strip():
            continue
        cells[k] = _join(cells[k], part.strip(), hyphenated) if cells[k].strip() else part.strip()
    return "\t".join(cells)


def _same_size(a: RawLine, b: RawLine) -> bool:
    if not a.size or not b.size:
        return True
    return max(a.size, b.size) / min(a.size, b.size) < SIZE_STEP


def _nearest(note: RawLine, body: list[RawLine], anchors: list[int]) -> int | None:
    best, distance = None, float("inf")
    for line, anchor in zip(body, anchors, strict=True):
        if line.y is None or note.y is None or not line.text.strip():
            continue
        gap = line.y - note.y  # PDF y grows upwards: a body line above the note has gap > 0
        if -4 <= gap < distance:
            best, distance = anchor, max(gap, 0)
    return best


def text_layer(pages: list[RawPage]) -> list[str]:
    """A document's pages -> page texts: furniture dropped, paragraphs reflowed."""
    texts = strip_furniture([[ln.text for ln in p.lines] for p in pages])
    kept: list[RawPage] = []
    for page, lines in zip(pages, texts, strict=True):
        limits.check()
        wanted = Counter(lines)
        keep = []
        for line in page.lines:
            if wanted[line.text] > 0:
                wanted[line.text] -= 1
                keep.append(line)
        kept.append(RawPage(keep, page.width))
    everything = [_clean(ln.text) for p in kept for ln in p.lines]
    width, hyphenated = _width(everything), _hyphenated(everything)
    return [wrapped_first_cells(reflow(p, width, hyphenated)) for p in kept]


FRAGMENT_WORDS = 8  # a first cell's wrapped piece: a few words, no sentence end


def wrapped_first_cells(text: str) -> str:
    """Table rows whose first cell wrapped around the row's other cells, as a PDF's text layer
    gives them between blank lines, made one row each: "Audit of 30 enquiries without" /
    "NR<TAB>Green<TAB>Done" / "recorded outcomes" is the row "Audit of 30 enquiries without
    recorded outcomes<TAB>NR<TAB>Green<TAB>Done"; "Briefing GP practices and" / "ward
    managers<TAB>JL<TAB>..." likewise. Only under a row of three cells or more."""
    out: list[str] = []
    block: list[str] = []
    width = 0  # cells of the table's last row, while in a table
    for line in [*text.split("\n"), ""]:
        if line.strip():
            block.append(line)
            continue
        for row in _merged(block, width):
            out.append(row)
            cells = row.count("\t") + 1
            if cells >= 3:
                width = max(width, cells)
            elif len(row.split()) > 2 * FRAGMENT_WORDS:
                width = 0  # prose: the table has ended
        block = []
        out.append(line)
    return "\n".join(out[:-1])


def _merged(block: list[str], width: int) -> list[str]:
    rows = [k for k, line in enumerate(block) if "\t" in line]
    if width < 3 or len(rows) != 1 or not 2 <= len(block) <= 5:
        return block
    k = rows[0]
    pieces = [line.strip() for j, line in enumerate(block) if j != k]
    if any(len(p.split()) > FRAGMENT_WORDS or _ENDS.search(p) for p in pieces):
        return block
    cells = block[k].split("\t")
    above, below = [p.strip() for p in block[:k]], [p.strip() for p in block[k + 1 :]]
    if cells[0][:1].islower() or not cells[0].strip():  # the row goes on with the first cell
        cells[0] = " ".join([*above, cells[0].strip(), *below]).strip()
    elif above and len(cells) == width - 1:  # the row beside its first cell's middle line
        cells = [" ".join([*above, *below]), *cells]
    else:
        return block
    return ["\t".join(cells)]


def plain_pages(texts: list[str]) -> list[RawPage]:
    """Pages of a format without positions (text, Markdown, HTML, Word)."""
    return [RawPage([RawLine(t) for t in text.split("\n")]) for text in texts]
