"""Page text -> lines, table cells and sentences, each with exact offsets into its page.

Every fact the structure layer extracts quotes one of these pieces, so a citation can always
be checked against the page it names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import Document, Span


@dataclass(frozen=True)
class Piece:
    """A slice of one page: `text == page_text[start:end]`."""

    page: int | None
    start: int
    end: int
    text: str


def piece_span(doc_id: str, doc: str, piece: Piece, item: str | None = None) -> Span:
    """The citable span of a piece: its text is the page's verbatim slice."""
    return Span(
        doc_id=doc_id,
        doc=doc,
        page=piece.page,
        start=piece.start,
        end=piece.end,
        quote=piece.text,
        item=item,
    )


@dataclass(frozen=True)
class Line:
    page: int | None
    start: int
    end: int
    text: str
    cells: tuple[Piece, ...]  # tab-separated cells (one cell for ordinary lines)

    @property
    def first(self) -> str:
        return self.cells[0].text if self.cells else ""

    @property
    def filled(self) -> list[Piece]:
        return [c for c in self.cells if c.text]


def _strip_piece(page: int | None, text: str, start: int, end: int) -> Piece | None:
    raw = text[start:end]
    left = len(raw) - len(raw.lstrip())
    right = len(raw.rstrip())
    if right <= left:
        return None
    return Piece(page, start + left, start + right, raw[left:right])


_CELL_SEP = re.compile(r"\t| {5,}")


def doc_lines(doc: Document) -> list[Line]:
    """All non-blank lines of the document in reading order, with their tab-separated cells.
    The text layer (layout.py) has already joined the lines a page wrapped mid-sentence, so a
    line is a paragraph, an entry or a table row."""
    lines: list[Line] = []
    for page in doc.pages:
        lines.extend(_physical_lines(page.number, page.text))
    return lines


# a checklist written as one paragraph ("☒ Survey – done 21 May. ☐ Consultation – drafted."):
# each box starts an entry of its own
_BALLOT = re.compile(r"(?<=\S)\s+(?=[☐☑☒]\s)")


def _raw_lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each line of a page, a line of several checklist boxes cut at each."""
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        cuts = (
            [m.end() for m in _BALLOT.finditer(raw)]
            if raw.count("☐") + raw.count("☒") + raw.count("☑") > 1
            else []
        )
        bounds = [0, *cuts, len(raw)]
        out += [(pos + a, raw[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        pos += len(raw) + 1
    return out


def _physical_lines(number: int | None, text: str) -> list[Line]:
    lines: list[Line] = []
    for start, raw in _raw_lines(text):
        end = start + len(raw)
        if not raw.strip():
            continue
        # tabs, or the wide gaps PDF text leaves between columns, separate table cells;
        # empty cells are kept so that columns stay aligned with the header row
        cells: list[Piece] = []
        cell_start = start
        for sep in _CELL_SEP.finditer(raw + "\t"):
            cell_end = start + sep.start()
            piece = _strip_piece(number, text, cell_start, cell_end)
            cells.append(piece or Piece(number, cell_start, cell_start, ""))
            cell_start = start + sep.end()
        while len(cells) > 1 and not cells[-1].text:
            cells.pop()
        whole = _strip_piece(number, text, start, end)
        if whole is not None:
            lines.append(Line(number, whole.start, whole.end, whole.text, tuple(cells)))
    return lines


# Sentence ends, and list markers that start a new unit inside a flattened paragraph.
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"'’”)]?\s+(?=[\"'‘“(]?[A-Z0-9•\-])"  # sentence end followed by a capital
    # in Markdown emphasis, either side ("... comparison. **Stan to get quotes.** Jonty to"), but
    # not before the marker that names the sentence's owner ("... green. **Action – Clerk**")
    r"|(?<=[.!?])(?:\*{1,2}|_{1,2})?\s+(?=(?:\*{1,2}|_{1,2})(?!(?i:actions?)\b)[A-Z])"
    r"|(?<=[.!?])(?:\*{1,2}|_{1,2})\s+(?=[A-Z])"
    # text that lost the space after a full stop ("for approval.He explained"), or runs its
    # numbered paragraphs on ("... to date.(2)The Committee")
    r"|(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z0-9]{2}[.!?][\"'’”)])(?=[A-Z][a-z])"
    r"|(?<=[.!?;:])\s*(?=\(\d{1,2}\)\s*[A-Z])"
    r"|\s*(?=[•▪●◦○])"  # bullet characters, also where flattening lost the space before one
    r"|\s+(?=o\s+[A-Z])"  # PDF text renders symbol-font bullets as a lone "o"
    r"|\s+(?=\\?-\s+[A-Z])"  # " - Item" dash bullets (markdown escaped or not)
    r"|(?<=:)\s+(?=\\?-\s)"
)
# a label that only says what the text below is ("Minutes: (1) The Committee ...") and the
# marks that start an entry are no part of the sentence
_LABEL = r"(?:Minutes?|Notes?|Discussion|Summary|Details?)\s*:\s*"
_MARK = r"(?:[•▪●◦○]|\\?-(?=\s)|o(?=\s+[A-Z])|\(\d{1,2}\)|\d{1,2}\)(?=\s*[A-Z])|\*{1,2}(?=[A-Z]))"
_LEAD = re.compile(rf"^(?:{_LABEL})?{_MARK}\s*|^{_LABEL}")
_ABBREV = re.compile(
    r"(?:\b(?:Cllr|Cllrs|Dr|Mr|Mrs|Ms|No|St|Prof|Rev|etc|i\.e|e\.g|approx|Co|Ltd|vs|[A-Z])\.)$"
)


def sentences(piece: Piece) -> list[Piece]:
    """Split a piece into sentences / list entries, keeping offsets; abbreviations don't split."""
    out: list[Piece] = []
    text = piece.text
    begin = 0
    for match in _BOUNDARY.finditer(text):
        if _ABBREV.search(
            text, max(begin, match.start() - 12), match.start()
        ):  # only the end can be an abbreviation
            continue
        sub = _strip_piece(piece.page, text, begin, match.start())
        if sub is not None:
            out.append(sub)
        begin = match.end()
    last = _strip_piece(piece.page, text, begin, len(text))
    if last is not None:
        out.append(last)
    # shift to page offsets and drop bullet marks at the start
    shifted: list[Piece] = []
    for sub in out:
        lead = _LEAD.match(sub.text)
        cut = lead.end() if lead else 0
        # emphasis that closes with the sentence ("Action – Chairman**") is no part of it
        end = len(sub.text)
        for mark in ("**", "__"):
            if sub.text.endswith(mark) and sub.text[cut:].count(mark) % 2:
                end -= len(mark)
        if cut >= end:
            continue
        shifted.append(
            Piece(
                piece.page,
                piece.start + sub.start + cut,
                piece.start + sub.start + end,
                sub.text[cut:end],
            )
        )
    return shifted


WORD = re.compile(r"[A-Za-z0-9£]+(?:['’][a-z]+)?")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]
