"""Agenda items (numbered headings and their spans) and the decisions recorded under them."""

from __future__ import annotations

import re

from assistant.records import AgendaItem, Decision, Document, Span

from .segments import Line, Piece, piece_span

# --- agenda items -----------------------------------------------------------------------------

# "222/19 Emergency Evacuation ...", "Minute 25/010 – Apologies", and with the body's letters
# before it: "PFC 10/25 Apologies", "PCC/25/04 Matters arising", "LSC 14/25  MINUTES"
# (a year of accounts, "2025/26 and report ...", is no minute number)
_MINUTE_NO = re.compile(
    r"^(?:Minute\s+|Min\.?\s+)?((?:[A-Z]{1,5}(?:/|\s|-))?(?!(?:19|20)\d\d/\d\d\b)\d{1,4}/\d{2,4}"
    r"(?:/\d{1,4})?)\.?\s+(?:[-–]\s+)?(\S.*)$"
)
_NUMBERED = re.compile(
    r"^(?:Item\s+)?(\d{1,3})(?:\.|\)|:)?(?:\s+|\t)(?!\d)(\S.*)$"
)  # "7. TITLE", "1\tTitle", "426 Declarations of interest" (minutes numbered through the year)
# "IV. Matters arising", "(ii) Annual general meeting", "iii) Finance": items in roman numerals
_ROMAN = re.compile(r"^(?:Item\s+)?\(?([ivx]{1,5}|[IVX]{1,5})(?:\.|\))\s+(?!\d)(\S.*)$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def _value(number: str) -> int | None:
    """An item number's value: "12" -> 12, "IV" -> 4, "ix" -> 9."""
    if number.isdigit():
        return int(number)
    digits = [_ROMAN_VALUES.get(c) for c in number.lower()]
    if not digits or None in digits:
        return None
    total = 0
    for k, d in enumerate(digits):
        assert d is not None
        nxt = digits[k + 1] if k + 1 < len(digits) else None
        total += -d if nxt is not None and nxt > d else d
    return total


_BARE_NO = re.compile(r"^(\d{1,2})\.?$")  # "3." alone, title on the next line
_MD_HEADING = re.compile(r"^(?:#{1,6}\s+|\*\*(?=\d))")
_DATED_ROW = re.compile(r"^\d{2}\.\d{2}\.\d{2,4}$")  # action logs: "07.12.17<TAB>7 Title"


def _short_title(text: str) -> str:
    text = re.sub(r"[*_]+|<[^>]+>", "", text).strip()
    cut = re.split(r"\s[-–]\s|(?<=[a-z)])\.\s|:\s|\t", text, maxsplit=1)[0]
    words = cut.split()
    return " ".join(words[:12]).strip(" .:-–") or text[:60]


def _heading(line: Line, nxt: Line | None) -> tuple[str | None, str] | None:
    cells = [c.text for c in line.cells if c.text]
    if not cells:
        return None
    # a dated row is a section heading only when its other cells (lead, progress) are empty: a
    # filled row is an action of the log, not an item of the meeting
    if len(cells) == 2 and _DATED_ROW.match(cells[0]) and len(cells[1].split()) <= 14:
        m = re.match(r"^(\d{1,2})\s+(.*)$", cells[1])
        return (m.group(1), _short_title(m.group(2))) if m else (None, _short_title(cells[1]))
    text = _MD_HEADING.sub("", line.text)  # "## 3. Early help performance"
    m = _MINUTE_NO.match(text)
    if m and (len(cells) == 1 or m.group(1)[:1].isdigit()):
        # (a lettered reference in a row of cells is an action log's column, not a heading)
        return m.group(1), _short_title(m.group(2))
    m = _BARE_NO.match(cells[0])
    if m and len(cells) == 1 and nxt is not None:
        return m.group(1), _short_title(nxt.text)
    for pattern in (_NUMBERED, _ROMAN):
        m = pattern.match(text)
        if m and m.group(2)[:1].isalpha() and m.group(2)[:1].isupper():
            return m.group(1), _short_title(m.group(2))
    return None


def _accept(number: str | None, previous: str | None) -> bool:
    """Top-level numbers run in order: "10. C.C.C. had..." inside item 4 is not item 10."""
    if number is None or "/" in number or previous is None or "/" in previous:
        return previous is None or number is None or "/" in number
    if number.isdigit() != previous.isdigit():
        return False  # "i) ... ii) ..." under item 5 are its sub-items, not items 6 and 7
    n, p = _value(number), _value(previous)
    return n is not None and p is not None and 1 <= n - p <= 3


def _continued(number: str, later: list[tuple[int, str | None, str, bool]]) -> bool:
    following = [
        v
        for _, n, _, dated in later
        if n is not None and not dated and n.isdigit() == number.isdigit()
        if (v := _value(n)) is not None
    ]
    start = _value(number)
    return bool(following) and start is not None and 1 <= following[0] - start <= 3


def agenda_items(doc: Document, lines: list[Line]) -> list[AgendaItem]:
    """Agenda items in order, each with the span of its text (one piece per page it covers)."""
    starts: list[tuple[int, str | None, str]] = []
    previous: str | None = None
    found_all = []
    for i, line in enumerate(lines):
        found = _heading(line, lines[i + 1] if i + 1 < len(lines) else None)
        if found:
            dated = bool(line.cells) and bool(_DATED_ROW.match(line.cells[0].text))
            found_all.append((i, found[0], found[1], dated))
    for k, (i, number, title, dated) in enumerate(found_all):
        # a log's dated section rows carry the numbers of the minutes they come from: no order to
        # check; a first number past 3 starts the items only when the next heading follows it
        # (minutes numbered on through the year: "12. Minutes", "13. General Matters")
        value = _value(number) if number is not None and "/" not in number else None
        if (
            not dated
            and value is not None
            and previous is None
            and value > 3
            and not _continued(number or "", found_all[k + 1 :])
        ):
            continue
        if not dated and not _accept(number, previous):
            continue
        starts.append((i, number, title))
        if number is not None and not dated:
            previous = number
    texts = {p.number: p.text for p in doc.pages}
    items: list[AgendaItem] = []
    if not starts:
        return items
    bounds = [s[0] for s in starts] + [len(lines)]
    for k, (first, number, title) in enumerate(starts):
        last = bounds[k + 1] - 1
        chunk = lines[first : last + 1]
        for page in dict.fromkeys(line.page for line in chunk):
            on_page = [line for line in chunk if line.page == page]
            start, end = on_page[0].start, on_page[-1].end
            span = Span(
                doc_id=doc.doc_id,
                doc=doc.name,
                page=page,
                start=start,
                end=end,
                quote=texts[page][start:end],
                item=number,
            )
            items.append(AgendaItem(number=number, title=title, span=span))
    return items


# --- decisions --------------------------------------------------------------------------------

_DECISION = re.compile(
    r"\bRESOLVED\b|\bit was (?:unanimously\s+)?(?:agreed|resolved|decided)\b|\b(?:all|members)\s+(?:were\s+in\s+favour|agreed)\b"
    r"|\bwas approved\b|\bwere approved\b|\bunanimously agreed\b|\bDECISION\s*:",
    re.I,
)


# how the vote went, in the sentence after the decision: "(4 for, 1 against – Cllr Ingleby.",
# "For 5, against 2 (AQ and ZS); TD did not vote.", "Carried by 6 votes to 2."
_TALLY = re.compile(
    r"\b\d+\s+(?:votes?\s+)?(?:for|in\s+favour)\b[^.]{0,40}?\b\d+\s+against\b"
    r"|\b(?:for|in\s+favour)\s*[:\-–]?\s*\d+\s*[,;]\s*against\s*[:\-–]?\s*\d+"
    r"|\b(?:carried|lost|fell|defeated)\b[^.]{0,20}?\b\d+\s+(?:votes?\s+)?to\s+\d+",
    re.I,
)


def decisions(pieces: list[tuple[Piece, str | None]], doc: Document) -> list[Decision]:
    """The sentences that record a decision, each with the vote the next sentence gives."""
    pages = {p.number: p.text for p in doc.pages}
    out = []
    for k, (piece, item) in enumerate(pieces):
        if not _DECISION.search(piece.text):
            continue
        nxt = pieces[k + 1][0] if k + 1 < len(pieces) else None
        if (
            nxt is not None
            and nxt.page == piece.page
            and not _DECISION.search(nxt.text)
            and _TALLY.search(nxt.text)
            and not pages.get(piece.page, "")[piece.end : nxt.start].strip()
        ):
            text = pages[piece.page][piece.start : nxt.end]
            piece = Piece(piece.page, piece.start, nxt.end, text)
        span = piece_span(doc.doc_id, doc.name, piece, item)
        out.append(Decision(text=piece.text, item=item, span=span))
    return out


def item_of(items: list[AgendaItem], page: int | None, offset: int) -> AgendaItem | None:
    found = None
    for item in items:
        if item.span.page == page and item.span.start <= offset <= item.span.end:
            found = item
    return found
