"""Document -> Meeting: body, meeting date, kind, referenced dates, agenda items, decisions,
people and actions. Pure rules keyed on layout and the language of UK minutes."""

from __future__ import annotations

import datetime as dt
import logging
import re

from .attendance import extract_people
from .records import AgendaItem, Decision, Document, Meeting, Span
from .segments import Line, Piece, doc_lines, piece_span, sentences

log = logging.getLogger(__name__)

MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}})\b"
    r"|\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"
    r"|\b(?P<dd>\d{2})\.(?P<dm>\d{2})\.(?P<dy>\d{2}(?:\d{2})?)\b",
    re.I,
)


def parse_date(match: re.Match[str]) -> dt.date | None:
    try:
        if match.group("d"):
            month = MONTHS[match.group("m")[:3].lower()]
            return dt.date(int(match.group("y")), month, int(match.group("d")))
        if match.group("iy"):
            return dt.date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        year = int(match.group("dy"))
        return dt.date(
            year + 2000 if year < 100 else year, int(match.group("dm")), int(match.group("dd"))
        )
    except (ValueError, KeyError):
        return None


def first_date(text: str) -> dt.date | None:
    for match in DATE.finditer(text):
        found = parse_date(match)
        if found:
            return found
    return None


# --- body, kind and dates -------------------------------------------------------------------

_BODY_WORDS = re.compile(
    r"\b(?:Council|Board|Committee|Trust|Partnership|Group|Executive|Forum|Panel|Authority|Cabinet|Assembly)\b",
    re.I,
)
_COMMITTEE_WORDS = re.compile(
    r"\b(?:Board|Committee|Partnership|Group|Executive|Forum|Panel|Cabinet|Assembly|Trust)\b", re.I
)
_PERSON_TITLE = re.compile(r"^\s*(?:Cllrs?|Councillors?|Dr|Mr|Mrs|Ms|Miss|Prof)\b", re.I)
_SMALL = {"and", "of", "the", "for", "in", "on", "at", "to", "&"}


def _title_case(text: str) -> str:
    if text.upper() != text:
        return text
    out = []
    for i, word in enumerate(text.lower().split()):
        out.append(word if i and word in _SMALL else word[:1].upper() + word[1:])
    return " ".join(out)


def _clean_body(text: str) -> str:
    text = re.sub(r"[*_#]+", "", text)
    text = re.sub(r"\([^)]*\)", "", text)
    text = re.sub(r"\s+", " ", text).strip(" -–:,.")
    return re.sub(r"\s*&\s*", " and ", _title_case(text))


def find_body(lines: list[Line]) -> str | None:
    head = [line.text for line in lines[:15]]
    for text in head:
        m = re.match(r"^(.+?)\s+-\s+(?:MINUTES|AGENDA|ACTION NOTES?)\b", text, re.I)
        # "VALE COUNTY COUNCIL - AUDIT COMMITTEE - MINUTES - 2019-03-05", but not
        # "Cllr. A. Berry - Agenda Item 9" (a declaration of interest)
        if m and _BODY_WORDS.search(m.group(1)) and not _PERSON_TITLE.match(m.group(1)):
            return _clean_body(m.group(1))
    for text in head:
        m = re.search(
            r"\b(?:minutes|log|notes?|meeting)\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:held|meeting|on)\b|,|$)",
            text,
            re.I,
        )
        if m and _BODY_WORDS.search(m.group(1)):
            return _clean_body(m.group(1))
    found = [
        text
        for text in head
        if _BODY_WORDS.search(text)
        and len(text.split()) <= 12
        and not re.search(r"\b(?:held|report of|cllrs?|councillors?)\b|[.:]", text, re.I)
    ]
    # a cover page prints "City Council" above "Eastwick City Council Children's Partnership Board":
    # the named committee near the top is the body, a bare council name is its parent
    named = [t for t in found[:4] if _COMMITTEE_WORDS.search(t) and len(t.split()) > 2]
    for text in named or found[:1]:
        return _clean_body(re.split(r"\s+(?:held|meeting)\b", text, flags=re.I)[0])
    return None


def find_kind(text: str) -> str:
    head = text[:1500].lower()
    if re.search(r"actions?\s+log|decisions and actions", head):
        return "action log"
    if "public document pack" in head or "transact the following business" in head:
        return "agenda pack"
    if re.search(r"report of the|purpose of the report", head):
        return "report"
    if re.search(r"minutes|action note|present\b|attendees|in attendance", head):
        return "minutes"
    return "unknown"


def meeting_date(lines: list[Line]) -> dt.date | None:
    head = lines[:25]
    for line in head:  # a dated "held on"/"date" line wins over any other date near the top
        if re.search(r"held|meeting|date|minutes", line.text, re.I):
            found = first_date(line.text)
            if found:
                return found
    for line in head:
        found = first_date(line.text)
        if found:
            return found
    return None


_PREVIOUS = re.compile(
    r"(?:previous|last)\s+meeting|minutes\s+of\s+the\s+(?:\w+\s+){0,2}meeting", re.I
)
_NEXT = re.compile(r"next\s+meeting", re.I)


def referenced_dates(lines: list[Line], own: dt.date | None) -> dict[str, dt.date]:
    refs: dict[str, dt.date] = {}
    for i, line in enumerate(lines):
        for key, pattern in (("previous", _PREVIOUS), ("next", _NEXT)):
            if key in refs:
                continue
            m = pattern.search(line.text)
            if not m:
                continue
            window = line.text[m.start() : m.start() + 160]
            if key == "next" and i + 1 < len(lines):
                window += " " + lines[i + 1].text[:120]
            found = first_date(window)
            if found and found != own and (own is None or (found < own) == (key == "previous")):
                refs[key] = found
    return refs


# --- agenda items -----------------------------------------------------------------------------

_MINUTE_NO = re.compile(r"^(\d{1,4}/\d{2,4})\.?\s+(\S.*)$")  # "222/19 Emergency Evacuation ..."
_NUMBERED = re.compile(
    r"^(?:Item\s+)?(\d{1,2})(?:\.|\)|:)?(?:\s+|\t)(?!\d)(\S.*)$"
)  # "7. TITLE", "1\tTitle"
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
    if m:
        return m.group(1), _short_title(m.group(2))
    m = _BARE_NO.match(cells[0])
    if m and len(cells) == 1 and nxt is not None:
        return m.group(1), _short_title(nxt.text)
    m = _NUMBERED.match(text)
    if m and m.group(2)[:1].isalpha() and m.group(2)[:1].isupper():
        return m.group(1), _short_title(m.group(2))
    return None


def _accept(number: str | None, previous: str | None) -> bool:
    """Top-level numbers run in order: "10. C.C.C. had..." inside item 4 is not item 10."""
    if number is None or "/" in number or previous is None or "/" in previous:
        return previous is None or number is None or "/" in number
    n, p = int(number), int(previous)
    return 1 <= n - p <= 3


def _continued(number: str, later: list[tuple[int, str | None, str, bool]]) -> bool:
    following = [n for _, n, _, dated in later if n is not None and n.isdigit() and not dated]
    return bool(following) and 1 <= int(following[0]) - int(number) <= 3


def item_spans(doc: Document) -> list[AgendaItem]:
    """Agenda items in order, each with the span of its text (one piece per page it covers)."""
    return _items(doc, doc_lines(doc))


def _items(doc: Document, lines: list[Line]) -> list[AgendaItem]:
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
        if (
            not dated
            and number is not None
            and number.isdigit()
            and previous is None
            and int(number) > 3
            and not _continued(number, found_all[k + 1 :])
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


def decisions(pieces: list[tuple[Piece, str | None]], doc: Document) -> list[Decision]:
    out = []
    for piece, item in pieces:
        if _DECISION.search(piece.text):
            span = piece_span(doc.doc_id, doc.name, piece, item)
            out.append(Decision(text=piece.text, item=item, span=span))
    return out


def item_of(items: list[AgendaItem], page: int | None, offset: int) -> AgendaItem | None:
    found = None
    for item in items:
        if item.span.page == page and item.span.start <= offset <= item.span.end:
            found = item
    return found


def parse_meeting(doc: Document) -> Meeting:
    from .actionparse import extract_actions  # late import: actionparse uses helpers defined here

    lines = doc_lines(doc)
    body = find_body(lines)
    date = meeting_date(lines)
    items = _items(doc, lines)
    people = extract_people(doc, lines, body)
    pieces: list[tuple[Piece, str | None]] = []
    for line in lines:
        for cell in line.cells:
            for sent in sentences(cell):
                item = item_of(items, sent.page, sent.start)
                pieces.append((sent, item.number if item else None))
    meeting = Meeting(
        doc_id=doc.doc_id,
        doc=doc.name,
        body=body,
        date=date,
        kind=find_kind("\n".join(p.text for p in doc.pages[:2])),  # type: ignore[arg-type]
        referenced_dates=referenced_dates(lines, date),
        people=people,
        items=items,
        decisions=decisions(pieces, doc),
    )
    meeting.actions = extract_actions(doc, lines, meeting)
    return meeting
