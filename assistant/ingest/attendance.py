"""Attendance sections -> people: "Present:", "In attendance:", "Apologies" lists in every common
layout (one line, one person a line, bullets, tables, a cover page flattened into one line), and
the people a record names as taking part where it prints no list."""

from __future__ import annotations

import logging
import re

from assistant.records import Document, Person, Span

from .entries import (
    Entry,
    expand_initials,
    gives_initials,
    initials_key,
    org_groups,
    split_entries,
    to_person,
)
from .mentions import taking_part
from .people import NAME, NAME_WORD, bare_name, is_role_text
from .presiding import chair_from_text, span_at
from .rosters import roster_people
from .segments import Line, Piece

log = logging.getLogger(__name__)

# the label of a list of the members who sat ("Governors: Ann Lee (AL), …"): they are present
_MEMBERS = (
    r"(?:members|governors|trustees|councillors|directors|board\s+members|committee|panel|board"
    r"|commissioners|conservators)"
)
SECTION = re.compile(
    r"^\s*(?:#{1,6}\s*|[-•*]\s+)?(?:\*\*)?(?P<kind>present|members\s+present|attendees|attendance|in\s+attendance|also\s*,?\s+in\s+attendance|also\s+present|apologies(?:\s+for\s+absence)?"
    r"|deputising|substitutes?|substituting|guests?|parties|visitors|staff(?:\s+[a-z]+)?(?=\s*:)|observers?(?=\s*:)|here(?=\s*:)"
    r"|(?:sorry\s+)?not\s+here(?=\s*:)|absent(?=\s*\**\s*:)"
    r"|officers(?:\s+present)?|(?:[A-Z][\w'’]*\s+){1,3}present(?=\s*\**\s*:)"
    rf"|{_MEMBERS}(?:\s+of\s+the\s+[\w-]+(?:\s+[\w-]+)?)?(?=\s*\**\s*:)"
    # who belongs: "Committee list 2025-26:", "Committee 2025/26:"
    rf"|(?:{_MEMBERS}|membership)\s+(?:(?:list|roll|register)\b[^:\n]{{0,12}}|(?:for\s+)?\d{{4}}(?:[/–-]\d{{2,4}})?)(?=:)"
    # "Sub-Committee members:", a heading "**Board members**" over a list
    r"|(?:[A-Z][\w'’-]*\s+){1,2}members(?=\s*\**\s*(?::|$))"
    r"|[A-Za-z][\w',& ]{0,60}?\s+in\s+attendance(?=\s*:))\b\s*\**\s*[:\-–]?\s*\**\s*(?P<rest>.*)$",
    re.I | re.S,  # a line joined from a wrapped one holds its line break
)
# a label that says its people sat: "In the chair", "Members of the Sub-Committee",
# "Sub-Committee members", a grid's "Committee" or "Board" cell
_SITTING_LABEL = re.compile(
    rf"\bchair\b|^{_MEMBERS}\s+of\b|\bmembers$|^(?:sub-?committee|committee|board|panel)$"
)
# a label grid's row: the label cell, then the people ("Legal adviser<TAB>Fiona Cardew,
# Solicitor", "Guests:<TAB>Jo Reed, Hill Homes"); not a date, time or place
_LABEL_CELL = re.compile(
    r"^\s*\**(?P<kind>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\**\s*:?\s*\t\s*(?P<rest>.+)$", re.S
)
_NOT_PEOPLE = re.compile(
    r"^(?:date|time|venue|where|when|place|location|address|public|residents)\b", re.I
)


_ITEM_START = re.compile(
    r"^\s*(?:#+\s*)?(?:\d{1,3}[.)]?\s+[A-Z]|[A-Z]{0,4}\s?\d{1,4}/\d{1,4}\s|item\s+\d)", re.I
)


def _label_cell(text: str) -> re.Match[str] | None:
    m = _LABEL_CELL.match(text)
    if m is None or _NOT_PEOPLE.match(m.group("kind")) or not NAME.match(m.group("rest")):
        return None
    first = re.split(r"[,;(]", m.group("rest"))[0]
    return None if _NOT_A_NAME.search(first) else m


# a post's label before its holder: "Clerk: Mrs Gail Hunt", "Repairs Manager: Eve Ward.",
# "Minute taker: Hal Ince, Governance Officer"
_POST_LABEL = re.compile(
    r"^\s*\**\s*(?P<kind>[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}?)\s*\**\s*:\s*\**\s*(?P<rest>.+)$", re.S
)
_HOLDER_ONLY = re.compile(r"\s*(?:\([^)]*\))?\s*(?:,\s*[^,.;:]{2,60})?\.?\s*$")


# a list of first names alone, each with any bracket: "Carole (chair), Ahmed, Olive and Nia"
_FIRST_NAME = re.compile(rf"(?P<name>{NAME_WORD})(?:\s*(?P<tail>\([^)]*\)))?")
_FIRST_NAMES = re.compile(
    "(?P<names>"
    + rf"{_FIRST_NAME.pattern}(?:\s*(?:,|;|\band\b|&)\s*{_FIRST_NAME.pattern})+".replace(
        "(?P<name>", "(?:"
    ).replace("(?P<tail>", "(?:")
    + r")(?:\s+(?:for|from|until|at)\s[^,;]*)?\.?"  # "… for the damp and mould item"
)


# one first name, in a document whose lists give first names: "Sorry not here: Agnieszka."
_ONE_FIRST_NAME = re.compile(
    rf"(?P<names>{_FIRST_NAME.pattern})\.?".replace("(?P<name>", "(?:").replace("(?P<tail>", "(?:")
)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]


# a list's sentence ends and a labelled one begins: "…, Nia Cadwaladr. Board link: Dr Imran Qaiyum."
_NEXT_LABEL = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:)")


def _post_label(text: str) -> re.Match[str] | None:
    """A line naming a post and its one holder, nothing more."""
    m = _POST_LABEL.match(text)
    if m is None or not is_role_text(m.group("kind")) or _NOT_PEOPLE.match(m.group("kind")):
        return None
    name = NAME.match(m.group("rest"))
    if name is None or not _HOLDER_ONLY.fullmatch(m.group("rest")[name.end() :]):
        return None
    return m


def _holder(post: re.Match[str], body: str | None, span: Span) -> list[Person]:
    """The one holder a post's label names, attending in that post."""
    for entry in split_entries(post.group("rest"), False)[:1]:
        person = to_person(entry, _attendance(post.group("kind")), body, span)
        if person:
            person.role = person.role or post.group("kind").strip()
            return [person]
    return []


# a cell of a running header or a title, not a person: "Vale Pension Fund<TAB>Committee minutes"
_NOT_A_NAME = re.compile(r"\b(?:minutes|agenda|committee|council|board|meeting)\b", re.I)


# any other label before a list of people with their initials ("From the practice: Dr Ann Lee
# (AL), GP Partner; ..."): those people attend
_LABELLED_LIST = re.compile(
    r"^\s*(?:[-•]\s+)?\**\s*(?P<kind>[A-Z][\w'’ ]{2,40}?)\s*\**\s*:\s*\**\s*(?P<rest>.*\([A-Z][A-Za-z]{1,3}\).*)$"
)
INLINE_APOLOGIES = re.compile(
    r"apologies(?:\s+for\s+absence)?\s*(?:were\s+)?(?:noted|received|given)?\s*(?:from)?\s*[:\-–]?\s*(?:received\s+from\s+)?",
    re.I,
)
_STOP_SECTION = re.compile(
    r"^\s*(?:key\s*:|item\b|date\b|agenda|minutes|welcome|\d{1,3}[./)]|\d{1,3}/\d{2}\s|\d{1,3}\s*$|date of meeting)",
    re.I,
)


# a flattened cover page runs its heading, "Present:" and "Also, in attendance:" lists and the
# count of the public into one line: each list starts at its label, wherever it stands
_MID_SECTION = re.compile(
    r"\b(?:members\s+present|also\s*,?\s+in\s+attendance|in\s+attendance|also\s+present|present"
    r"|attendees|officers|staff|directors|trustees|governors|board|observers?|apologies(?:\s+for\s+absence)?"
    r"|(?:sorry\s+)?not\s+here|absent|guests?)\b(?=\s*\**\s*:)|\balso\s*,?\s+in\s+attendance\b",
    re.I,
)
_PUBLIC_COUNT = re.compile(
    r"\b(?:members\s+of\s+(?:the\s+)?)?(?:public|press)\s*[:\-–]\s*(?:\d+|nil|none)\b\.?", re.I
)
_HEAD_LINES = 20  # how far into a document a flattened cover page can reach


def _sections(line: Line) -> list[Line]:
    """A line cut where an attendance label or a count of the public stands inside it."""
    cuts = [m.start() for m in _MID_SECTION.finditer(line.text) if m.start() > 0]
    drops = [(m.start(), m.end()) for m in _PUBLIC_COUNT.finditer(line.text)]
    if not cuts and not drops:
        return [line]
    bounds = sorted({0, *cuts, *(a for a, _ in drops), *(b for _, b in drops), len(line.text)})
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if any(d0 <= a and b <= d1 for d0, d1 in drops):
            continue
        raw = line.text[a:b]
        left = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if text:
            start = line.start + a + left
            piece = Line(line.page, start, start + len(text), text, ())
            out.append(Line(piece.page, piece.start, piece.end, text, (_cell(piece),)))
    return out


def _cell(line: Line) -> Piece:
    return Piece(line.page, line.start, line.end, line.text)


# the full stop that ends a list of names: not one after a title or an initial ("Cllrs. D. Jones")
# "Patrick Dunleavy, Head of Estates, attended on 8 July for Item 6."
_ATTENDED = re.compile(
    r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"(?:,\s*(?P<role>[^,.;]{3,60}),)?\s+(?:also\s+)?attended\b"
)
_SENTENCE_END = re.compile(
    r"(?<!\bCllrs)(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])\.(?:\s|$)(?![A-Z]\.)"
)


def _prose(text: str) -> bool:
    """A sentence after a list ("Cllr Ann Berry took the chair and welcomed ..."), not more names."""
    words = re.findall(r"[A-Za-z][\w'’-]*", re.sub(r"\([^)]*\)", " ", text))
    return len(words) >= 8 and sum(w[0].islower() for w in words) >= 0.4 * len(words)


def _attendance(kind: str) -> str:
    kind = kind.lower().strip(" :*")
    if kind.startswith(("apolog", "sorry")):  # "Sorry not here:"
        return "apologies"
    if kind in ("not here", "absent"):
        return "absent"
    if re.search(r"\b(?:list|roll|register)\b|\d{4}", kind):
        return "mentioned"  # "Committee list 2025-26:": members, not who came
    if re.fullmatch(_MEMBERS, kind) or _SITTING_LABEL.search(kind) or kind == "here":
        return "present"
    if not re.search(r"present|attend", kind):
        return "in attendance"  # "Officers:", "From the practice:", "Guest:"
    if "attendance" in kind and kind.strip() not in {"attendance"} and not kind.startswith("in"):
        return "in attendance"
    if kind.startswith("in ") or kind.startswith("also"):
        return "in attendance"
    return "present"


def extract_people(
    doc: Document, lines: list[Line], body: str | None, limit: int = 400
) -> list[Person]:
    """People from attendance sections near the start and apologies lines anywhere early."""
    pages = {p.number: p.text for p in doc.pages}
    doc_id, doc_name = doc.doc_id, doc.name
    people, used = roster_people(doc, lines, body)
    key = initials_key([line.text for line in lines])
    read = {(lines[k].page, lines[k].start) for k in used}  # rows a roster has read already
    i = 0
    window = [part for line in lines[:_HEAD_LINES] for part in _sections(line)]
    window += lines[_HEAD_LINES:limit]
    window = [line for line in window if (line.page, line.start) not in read]
    people += _ticked(window, pages, doc, body)
    by_first_name = False  # the lists name people by first name alone
    # where the business starts (the first numbered item): a grid's rows after it are items
    business = next((k for k, ln in enumerate(window) if _ITEM_START.match(ln.text)), len(window))
    while i < len(window):
        line = window[i]
        m = SECTION.match(line.text)
        if m is None and i < _HEAD_LINES and not _STOP_SECTION.match(line.text):
            m = _LABELLED_LIST.match(line.text) or (
                _label_cell(line.text) if i < business else None
            )
        post = _post_label(line.text) if m is None else None
        if post is not None:  # the post's holder attends in that post
            span = span_at(
                pages, line.page, line.start + post.start("rest"), line.end, doc_id, doc_name
            )
            people += _holder(post, body, span)
            i += 1
            continue
        block: list[Line] = []
        kind = ""
        if m and len(line.text) < 1500:
            kind = m.group("kind")
            block = [line]
            j = i + 1
            while j < len(window) and j - i < 40:
                nxt = window[j]
                if (
                    SECTION.match(nxt.text)
                    or _STOP_SECTION.match(nxt.text)
                    or _post_label(nxt.text)
                    or "\t" in nxt.text
                    and "Action" in nxt.text
                ):
                    break
                so_far = " ".join(b.text for b in block)
                # a list wrapped inside a bracket or after a comma goes on ("Jo Reed (site
                # rep, / plots 1-40), Al Day")
                wrapped = so_far.count("(") > so_far.count(")") or so_far.rstrip().endswith(
                    (",", ";")
                )
                # the first cell: "Deputising<TAB>Dr Ann Lee" is a label's row, not a name; a
                # row whose label cell is empty goes on with the list above
                first = nxt.first if nxt.first or not nxt.filled else nxt.filled[0].text
                if not (
                    wrapped
                    or NAME.match(first.lstrip("-•* "))
                    or nxt.text.lstrip().startswith(("-", "•"))
                ) or _prose(nxt.text):
                    break
                block.append(nxt)
                j += 1
            i = j
        else:
            inline = re.search(
                r"\bapologies\b[^.:]{0,40}?(?:from|noted|received)(?:\s+from)?\s*[:\-–]?\s*",
                line.text,
                re.I,
            )
            if inline:
                kind = "apologies"
                rest = line.text[inline.end() :]
                if (
                    not rest.rstrip().endswith(".")
                    and i + 1 < len(window)
                    and window[i + 1].page == line.page
                ):
                    nxt_line = window[i + 1]  # a list that wraps onto the next line
                    rest = rest + " " * (nxt_line.start - line.end) + nxt_line.text
                end = _SENTENCE_END.search(rest)
                text = rest[: end.start()] if end else rest
                start = line.start + inline.end()
                span = span_at(pages, line.page, start, start + len(text), doc_id, doc_name)
                for entry in split_entries(expand_initials(text, key), False):
                    p = to_person(entry, "apologies", body, span)
                    if p:
                        people.append(p)
            i += 1
            continue
        attendance = _attendance(kind)
        # one person a line (bullets, table rows) unless the lines read as one wrapped list
        list_mode = len(block) > 2 and not any(
            len(re.findall("[,;]", b.text)) >= 3 for b in block[1:]
        )
        if not list_mode and len(block) > 1 and all(b.page == block[0].page for b in block):
            head, last = block[0], block[-1]
            joined = " ".join(b.text for b in block)
            block = [Line(head.page, head.start, last.end, joined, ())]
        for n, bl in enumerate(block):
            text = bl.text
            offset = bl.start
            if n == 0:
                heading = SECTION.match(text) or _LABELLED_LIST.match(text) or _label_cell(text)
                assert heading is not None
                offset = bl.start + heading.start("rest")
                text = heading.group("rest")
                lead = re.match(
                    r"(?:(?:were|was)\s+)?(?:noted|received|given)?\s*(?:from)?\s*[:\-–]?\s*", text
                )
                if lead and lead.end():
                    offset += lead.end()
                    text = text[lead.end() :]
            text = text.lstrip("-•* ")
            text = re.sub(r"\s*\.{4,}\s*", "\t", text)  # "Jo Reed ........ Clerk": a leader
            listed, _, margin = text.partition("\t")
            end = _SENTENCE_END.search(listed) if margin and "," in listed else None
            after = ""
            if end and listed[end.end() :].strip():
                # "…; Bethan Morgan, Vice Principal. Patrick Dunleavy, Head of Estates, attended
                # for item 6.<TAB>Action": the list ends with its sentence; who the next one
                # says attended is in attendance too
                text, after = listed[: end.start()], listed[end.end() :]
            label = _NEXT_LABEL.search(text)
            if label and not after and _post_label(text[label.end() :]):
                # "…, Nia Cadwaladr. Board link: Dr Imran Qaiyum.": the post and its holder
                text, after = text[: label.start()], text[label.end() :]
            if not text.strip():
                continue
            span = span_at(pages, bl.page, offset, bl.end, doc_id, doc_name)
            text = expand_initials(text, key)
            initials_mode = gives_initials(text)
            if list_mode and n > 0 and not initials_mode and "\t" not in text and NAME.match(text):
                m1 = NAME.match(text)
                assert m1 is not None
                entries: list[tuple[Entry, str | None]] = [
                    (Entry(m1.group(0), None, text[m1.end() :]), None)
                ]
            elif (
                "\t" in text
                and not initials_mode
                # a list of several beside a margin column's cell ("…, Mr L Stennett (Engineer)
                # and Mr G Maltby.<TAB>Action") is read as the list it is
                and sum(text.partition("\t")[0].count(c) for c in ",;") < 2
            ):
                name_cell, _, tail = text.partition("\t")
                entries = [
                    (e._replace(tail=e.tail + " " + tail), None)
                    for e in split_entries(name_cell, False)[:1]
                ]
            elif (firsts := _FIRST_NAMES.fullmatch(first := _first_sentence(text))) or (
                by_first_name and (firsts := _ONE_FIRST_NAME.fullmatch(first))
            ):  # "Carole (chair), Ahmed"; then "Apologies: Nia. Also two guests came."
                by_first_name = True
                entries = [
                    (Entry(m.group("name"), None, (m.group("tail") or "").title()), None)
                    for m in _FIRST_NAME.finditer(firsts.group("names"))
                ]
            else:
                entries = []
                for org, group in org_groups(text.replace("\t", " ")):
                    entries += [(e, org) for e in split_entries(group, initials_mode)]
            for entry, org in entries:
                p = to_person(entry, attendance, body, span)
                if p:
                    p.organisation = p.organisation or org
                    people.append(p)
            post = _post_label(after.strip())
            if post is not None:
                people += _holder(post, body, span)
            attended = _ATTENDED.match(after.strip())
            if attended:  # "Patrick Dunleavy, Head of Estates, attended for Item 6."
                role = attended.group("role") or ""
                p = to_person(
                    Entry(attended.group("name"), None, f", {role}"), "in attendance", body, span
                )
                if p:
                    people.append(p)
    if not any(p.attendance != "apologies" for p in people):
        people += taking_part(doc, lines, body, {bare_name(p.name).lower() for p in people})
    people = _dedupe(people)
    given = {name: ini for ini, name in key.items()}
    for p in people:  # "PH (Chair)" read through the key keeps the initials printed
        p.initials = p.initials or given.get(bare_name(p.name))
    chair_from_text(lines[:limit], people, pages, doc)
    return people


_TICK = re.compile(r"^[✓✔√☑]$")


def _ticked(
    lines: list[Line], pages: dict[int | None, str], doc: Document, body: str | None
) -> list[Person]:
    """A membership table whose first column ticks the members present ("✓ Indicates present")."""
    rows = [
        line
        for line in lines
        if len(line.cells) >= 2
        and _TICK.match(line.cells[0].text)
        and NAME.match(line.cells[1].text)
    ]
    if len(rows) < 2:
        return []
    out = []
    for row in rows:
        tail = ", ".join(c.text for c in row.cells[2:] if c.text)
        span = span_at(pages, row.page, row.cells[1].start, row.end, doc.doc_id, doc.name)
        for entry in split_entries(row.cells[1].text, False)[:1]:
            person = to_person(entry._replace(tail=f"{entry.tail} {tail}"), "present", body, span)
            if person:
                out.append(person)
    return out


def _dedupe(people: list[Person]) -> list[Person]:
    """One record a person: a name listed twice, and a first name alone ("Here: Carole
    (chair)") where the document names one person of that first name in full ("Panel: Carole
    Dimmick, …"): the full name, with the role and attendance the first-name list gives."""
    seen: dict[str, Person] = {}
    for p in people:
        key = bare_name(p.name).lower()
        if key not in seen:
            seen[key] = p
    full: dict[str, list[str]] = {}
    for key in seen:
        if " " in key:
            full.setdefault(key.split()[0], []).append(key)
    for key in [k for k in seen if " " not in k and len(full.get(k, [])) == 1]:
        alone, named = seen.pop(key), seen[full[key][0]]
        seen[full[key][0]] = named.model_copy(
            update={"role": alone.role or named.role, "attendance": alone.attendance}
        )
    return list(seen.values())
