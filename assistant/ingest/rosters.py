"""Attendance printed as rows: a table with a header ("Name | Category | Present / Apologies"),
or one person a row under a section label ("Present", "In attendance", "Officers") with their
role in the next cell ("Ann Lee<TAB>Chair (AL)"). Each row gives one person: the name cell, the
initials in brackets anywhere in the row, the role and organisation cells, and the attendance
the row's own cell or its section gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import Document, Person, Span

from .actions.tables import column_header, progress_header
from .people import NAME, bare_name, clean_name, is_role_text
from .segments import Line, Piece, piece_span

HEAD_LINES = 120  # attendance is printed before the business starts

# the name column's header, with what kind of member it lists ("Voting members", "Non-voting
# co-opted members", "Board members")
_NAME_HEAD = re.compile(
    r"^(?:full\s+|(?:[\w-]+\s+){1,3}(?=members?$|trustees?$|directors?$|governors?$)"
    r"|[A-Z][a-z]+\s+(?=councillors?$|representatives?$))?"  # "Youth councillor", "Club representative"
    r"(?:name|member|members|governor|governors|trustee|trustees|attendee"
    r"|attendees|councillor|councillors|director|directors|officer|officers|commissioner"
    r"|conservator|representative)s?$",
    re.I,
)


def _names_column(cell: str) -> bool:
    """ "Name", "Trustees", or kinds of people side by side: "Director / officer"."""
    parts = re.split(r"\s*(?:/|&|\band\b)\s*", cell.strip(" *:"))
    return all(_NAME_HEAD.match(part) for part in parts)


_PRESENCE_HEAD = re.compile(
    r"\b(?:present|attendance|attended|attending|apologies|absent|status|here)\b", re.I
)
_ROLE_HEAD = re.compile(r"\b(?:role|category|post|position|title|type|capacity|job)\b", re.I)
_ORG_HEAD = re.compile(
    r"\b(?:authority|organisation|organization|representing|council|body|school|agency"
    r"|nominated|appointed\s+by|sector)\b",
    re.I,
)
# the labels that open a list of people and what they say of the people in it
_LABEL = re.compile(
    r"^\s*\**\s*(?P<label>present|members\s+present|attendees|attendance|in\s+attendance"
    r"|also\s+(?:present|in\s+attendance)|apologies(?:\s+for\s+absence)?|absent|officers"
    r"|(?:[A-Z][\w'’]*\s+){0,2}(?:present|in\s+attendance|officers))\s*\**\s*:?\s*\**\s*$",
    re.I,
)
_PRESENT = re.compile(
    r"^(?:present|yes|y|attended|✓|✔|√|p|in\s+person|virtual|online|remote)$", re.I
)
_APOLOGIES = re.compile(r"^(?:apologies|apols?|a|sent\s+apologies)$", re.I)
_ABSENT = re.compile(r"^(?:absent|x|no|n|not\s+present|-|✗|✘)$", re.I)
_INITIALS = re.compile(r"\(\s*([A-Z][A-Za-z]{1,3})\s*\)")
_CHAIR_ROLE = re.compile(r"\(\s*((?:vice[- ]?)?chair(?:man|woman|person)?)\s*\)", re.I)


@dataclass
class _Columns:
    name: int = 0
    presence: int | None = None
    role: int | None = None
    org: int | None = None


def _header(cells: list[str]) -> _Columns | None:
    if any(len(c.split()) > 4 or NAME.match(c.strip(" *")) for c in cells):
        return None  # a header names columns, not people
    if column_header(cells) or progress_header(cells):
        return None  # "Min. | Subject | Officer | Status": a tracker of tasks, not a roster
    names = [i for i, c in enumerate(cells) if _names_column(c)]
    others = [i for i, c in enumerate(cells) if i not in names]
    if not names or not others:
        return None
    cols = _Columns(name=names[0])
    for i in others:
        text = cells[i]
        if cols.presence is None and _PRESENCE_HEAD.search(text):
            cols.presence = i
        elif cols.role is None and _ROLE_HEAD.search(text):
            cols.role = i
        elif cols.org is None and _ORG_HEAD.search(text):
            cols.org = i
    initials = any(re.fullmatch(r"initials", cells[i].strip(" *:"), re.I) for i in others)
    if cols.presence is None and cols.role is None and cols.org is None and not initials:
        return None  # "Panel member | Initials | Lives in": the initials say it is a roster
    return cols


# a table whose columns are lists: "Board members | Executives and officers in attendance"
_COLUMN_LABEL = re.compile(
    r"^\s*\**\s*(?:(?:[A-Z][\w'’]*\s+){0,4}(?:present|in\s+attendance|members|governors|trustees"
    r"|councillors|officers)|apologies(?:\s+for\s+absence)?)\s*\**\s*:?\s*$",
    re.I,
)


def _attendance(label: str) -> str:
    label = label.lower()
    if label.startswith("apolog"):
        return "apologies"
    if label.startswith("absent"):
        return "absent"
    if "attendance" in label and label.strip() != "attendance" or "officer" in label:
        return "in attendance"
    return "present"


def _status(cell: str) -> str | None:
    cell = cell.strip(" .*")
    found = _status_word(cell)
    if found is None:
        # "Present – presiding", "Present from 10.50 am", "Apologies (illness)": the status
        # word first, then what the row adds
        lead = re.split(r"\s+(?:[-–—(]|from\b|until\b|for\b|left\b)", cell, maxsplit=1)[0]
        found = _status_word(lead.strip()) if lead != cell else None
    return found


def _status_word(cell: str) -> str | None:
    if _PRESENT.match(cell):
        return "present"
    if re.fullmatch(r"in\s+attendance", cell, re.I):
        return "in attendance"
    if _APOLOGIES.match(cell) or _NOT_HERE_APOLOGIES.match(cell):
        return "apologies"
    if _ABSENT.match(cell):
        return "absent"
    return None


# "N (apols)", "✗ A", "No – apologies": not there, with apologies
_NOT_HERE_APOLOGIES = re.compile(
    r"^(?:(?:n|no|x)\b|✗|✘)\s*[(\-–,:]?\s*(?:a|apols?|apologies(?:\s+\w+)?)\s*\)?$", re.I
)


def roster_people(
    doc: Document, lines: list[Line], body: str | None
) -> tuple[list[Person], set[int]]:
    """People read from attendance rows, and the indices of the lines they came from."""
    pages = {p.number: p.text for p in doc.pages}
    people: list[Person] = []
    used: set[int] = set()
    context: str | None = None  # the attendance a labelled list gives its rows
    columns: _Columns | None = None
    listed: list[str] = []  # the attendance each column of a table of lists gives
    for i, line in enumerate(lines[:HEAD_LINES]):
        cells = [c.text for c in line.cells]
        if len(cells) >= 2 and all(_COLUMN_LABEL.match(c) for c in cells):
            listed, context, columns = [_attendance(c.strip(" *:")) for c in cells], None, None
            used.add(i)
            continue
        if listed:
            found = [
                _listed(c, listed[min(k, len(listed) - 1)], body, doc)
                for k, c in enumerate(line.cells)
            ]
            if ":" in line.text or not all(found):
                listed = []  # "Apologies: ..." or a line of business: the table has ended
            else:
                people += [p for p in found if p is not None]
                used.add(i)
                continue
        label = _LABEL.match(line.text)
        if label:
            context, columns = _attendance(label.group("label")), None
            continue
        if len(cells) >= 2:
            header = _header(cells)
            if header is not None:
                columns, context = header, context or "present"
                used.add(i)
                continue
        if context is None or len(line.filled) < 2:
            if len(line.filled) < 2 and not NAME.fullmatch(line.text.strip()):
                context, columns = None, None
            continue
        person = _row(line, columns or _Columns(), context, body, doc, pages)
        if person is None:
            context, columns = None, None
            continue
        people.append(person)  # an absent member is on the list too, said to be absent
        used.add(i)
    return people, used


def _row(
    line: Line,
    cols: _Columns,
    context: str,
    body: str | None,
    doc: Document,
    pages: dict[int | None, str],
) -> Person | None:
    cells = [c.text for c in line.cells]
    if cols.name >= len(cells):
        return None
    raw = cells[cols.name]
    hit = NAME.match(raw.strip(" *"))
    if not hit or is_role_text(bare_name(hit.group(0))):
        return None
    name = clean_name(hit.group(0))
    initials = next((m.group(1) for c in cells for m in _INITIALS.finditer(c)), None)
    attendance = context
    if cols.presence is not None and cols.presence < len(cells):
        attendance = _status(cells[cols.presence]) or attendance
    else:  # no presence column: the last cell may still say it ("Present", "✓")
        attendance = _status(cells[-1]) or attendance
    first = bare_name(name)[:1]
    bare = [
        k
        for k, c in enumerate(cells)
        if k != cols.name and _BARE_INITIALS.fullmatch(c.strip()) and c.strip()[:1] == first
    ]
    if initials is None and bare:  # an Initials column: "Olive Brankin | OB | Ashgrove"
        initials = cells[bare[0]].strip()
    role = org = None
    chair = _CHAIR_ROLE.search(raw)
    if cols.role is not None and cols.role < len(cells):
        role = cells[cols.role]
    if cols.org is not None and cols.org < len(cells):
        org = cells[cols.org]
    post = re.match(r"\s*[,–-]\s*(?P<post>[A-Z][^()]*?)\s*$", raw.strip(" *")[hit.end() :])
    if role is None and org is None and post:  # "Ann Lee, Treasurer | AL | P"
        role = post.group("post")
    elif role is None and org is None:  # "Ann Lee<TAB>Chair (AL)": the next cell says what she is
        rest = [
            c
            for k, c in enumerate(cells)
            if k != cols.name and k not in bare and _status(c) is None
        ]
        if rest:
            role = rest[0]
    role = _tidy(role) or (chair.group(1).title() if chair else None)
    if chair and role and not re.search(r"chair", role, re.I):
        role = f"{chair.group(1).title()}, {role}"
    presiding = cols.presence is not None and bool(
        _PRESIDING.search(cells[cols.presence] if cols.presence < len(cells) else "")
    )  # "Present – presiding": this sitting's chair, whatever the row's role
    if presiding:
        role = f"Chair; {role}" if role else "Chair"
    span = Span(
        doc_id=doc.doc_id,
        doc=doc.name,
        page=line.page,
        start=line.start,
        end=line.end,
        quote=pages.get(line.page, "")[line.start : line.end],
    )
    return Person(
        name=name,
        initials=initials,
        role=role,
        organisation=_tidy(org),
        attendance=attendance,  # type: ignore[arg-type]
        body=body,
        source=span,
        presiding=presiding,
        role_source=span if presiding else None,
    )


_PRESIDING = re.compile(r"\b(?:presiding|in\s+the\s+chair|chairing)\b", re.I)
_BARE_INITIALS = re.compile(r"[A-Z]{2,4}[a-z]?")


def _listed(cell: Piece, attendance: str, body: str | None, doc: Document) -> Person | None:
    """One person in a column of a table of lists: "Lesley Ash (Chair)", "Ayo Bell – Director
    of Finance"."""
    hit = NAME.match(cell.text.strip(" *"))
    if not hit or is_role_text(bare_name(hit.group(0))):
        return None
    rest = cell.text.strip(" *")[hit.end() :]
    bracket = re.fullmatch(r"\s*\((.*)\)\s*", rest)
    role = _tidy(bracket.group(1) if bracket else re.sub(r"^\s*[–,-]\s*", "", rest))
    span = piece_span(doc.doc_id, doc.name, cell)
    initials = _INITIALS.search(cell.text)
    return Person(
        name=clean_name(hit.group(0)),
        initials=initials.group(1) if initials else None,
        role=role,
        attendance=attendance,  # type: ignore[arg-type]
        body=body,
        source=span,
    )


def _tidy(text: str | None) -> str | None:
    if not text:
        return None
    text = _INITIALS.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:*-–")
    return text or None
