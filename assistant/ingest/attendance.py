"""Attendance sections -> people: "Present:", "In attendance:", "Apologies" lists in every common
layout (one line, one person a line, bullets, tables, a cover page flattened into one line), and
the people a record names as taking part where it prints no list."""

from __future__ import annotations

import logging
import re
from typing import NamedTuple

from assistant.records import Document, Person, Span

from .mentions import taking_part
from .people import NAME, bare_name, clean_name, derive_initials, is_role_text
from .presiding import chair_from_text, span_at
from .rosters import roster_people
from .segments import Line, Piece

log = logging.getLogger(__name__)

# the label of a list of the members who sat ("Governors: Ann Lee (AL), …"): they are present
_MEMBERS = r"(?:members|governors|trustees|councillors|directors|board\s+members)"
SECTION = re.compile(
    r"^\s*(?:#{1,6}\s*|[-•*]\s+)?(?:\*\*)?(?P<kind>present|members\s+present|attendees|attendance|in\s+attendance|also\s*,?\s+in\s+attendance|also\s+present|apologies(?:\s+for\s+absence)?"
    r"|deputising|substitutes?|substituting"
    r"|officers(?:\s+present)?|(?:[A-Z][\w'’]*\s+){1,3}present(?=\s*\**\s*:)"
    rf"|{_MEMBERS}(?=\s*\**\s*:)"
    r"|[A-Za-z][\w',& ]{0,60}?\s+in\s+attendance(?=\s*:))\b\s*\**\s*[:\-–]?\s*\**\s*(?P<rest>.*)$",
    re.I | re.S,  # a line joined from a wrapped one holds its line break
)
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
    r"|attendees|officers|apologies(?:\s+for\s+absence)?)\b(?=\s*:)|\balso\s*,?\s+in\s+attendance\b",
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
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 8 and sum(w[0].islower() for w in words) >= 0.4 * len(words)


def _attendance(kind: str) -> str:
    kind = kind.lower()
    if kind.startswith("apolog"):
        return "apologies"
    if re.fullmatch(_MEMBERS, kind):
        return "present"
    if not re.search(r"present|attend", kind):
        return "in attendance"  # "Officers:", "From the practice:", "Guest:"
    if "attendance" in kind and kind.strip() not in {"attendance"} and not kind.startswith("in"):
        return "in attendance"
    if kind.startswith("in ") or kind.startswith("also"):
        return "in attendance"
    return "present"


# "Kestermoor Council: Councillors Ann Lee (Chair) and Jo Reed. Vale Council: Councillors …":
# members listed under the organisation they come from
_ORG_LABEL = re.compile(
    r"(?:^|(?<=[.;])\s+)(?P<org>[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&-]*){0,6}\s+"
    r"(?:Council|Trust|Authority|Board|School|College|University|Partnership|Police|Service|NHS"
    r"|Federation|Academy|Group|Association))\s*:\s*"
)


def _gives_initials(text: str) -> bool:
    """Whether a list gives its people's initials: "(AL)" after a name they begin like, or first
    in a bracket with the role when they are the name's ("Ann Lee (AL, Headteacher)"; not "Jo
    Reed (BHS, the horse society)", nor "Dev Shah (Sec)")."""
    return any(
        m.group("ini")[0] == derive_initials(m.group("name"))[:1]
        and (not m.group("with") or m.group("ini").upper() == derive_initials(m.group("name")))
        for m in _NAME_INITIALS.finditer(text)
    )


def _org_groups(text: str) -> list[tuple[str | None, str]]:
    """An attendance text cut where an organisation's label starts a group of its members."""
    labels = list(_ORG_LABEL.finditer(text))
    if not labels:
        return [(None, text)]
    out: list[tuple[str | None, str]] = []
    if text[: labels[0].start()].strip(" .;"):
        out.append((None, text[: labels[0].start()]))
    for k, label in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        out.append((label.group("org"), text[label.end() : end].strip(" .;")))
    return out


class Entry(NamedTuple):
    """One person of an attendance text: the name, the initials given, the text after them
    (role, organisation), and the role a bracket shared with the initials gives."""

    name: str
    initials: str | None
    tail: str
    role: str | None = None


def _entries(text: str, initials_mode: bool) -> list[Entry]:
    """The people of one attendance text."""
    found: list[Entry] = []
    firsts = list(_INITIALS_FIRST.finditer(text))
    if firsts and sum(len(m.group(0)) for m in firsts) >= 0.6 * len(text.strip(" .,;")):
        # "GM (Gwen Mossop, Chair), BH (Barry Heptonstall, Treasurer)": the initials first
        return [Entry(m.group("name"), m.group("ini"), "", m.group("with")) for m in firsts]
    if initials_mode and _ENTRY_SEP.search(text):
        # "Rachel Coyne, Chief Executive (RC); Simon Threlfall, Director of Finance (ST)": one
        # person an entry, the name first, the initials anywhere in it
        for entry in (e.strip(" .") for e in _ENTRY_SEP.split(text)):
            hit = NAME.match(entry)
            if not hit or is_role_text(bare_name(hit.group(0))):
                continue
            given = _INITIALS_BRACKET.search(entry, hit.end())
            tail = entry[hit.end() :]
            role = None
            if given:
                tail = tail.replace(given.group(0), " ", 1)
                role = given.group("with").strip() if given.group("with") else None
            found.append(Entry(hit.group(0), given.group("ini") if given else None, tail, role))
        if found:
            return found
    if initials_mode:
        matches = list(_NAME_INITIALS.finditer(text))
        for i, m in enumerate(matches):
            tail_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            tail = text[m.end() : tail_end]
            if m.group("role"):  # "(Vice-Chairman) (VC)": read as any bracket after a name is
                tail = f"({m.group('role')}) {tail}"
            found.append(Entry(m.group("name"), m.group("ini"), tail, m.group("with")))
        return found
    # separators inside brackets ("(Parish Clerk and Responsible Officer)") don't split people
    protected = re.sub(
        r"\([^)]*\)", lambda m: m.group(0).replace(",", "\x00").replace(" and ", "\x01"), text
    )
    parts = re.split(
        r"(\s*[,;]\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+|\s+/\s+|(?<!County )(?=\b(?:Cllr|Councillor|County Councillor|Dr|Mr|Mrs|Ms)\b))",
        protected,
    )
    extends_org = False  # the last piece was an organisation "... of Kings Lynn", still open
    for k in range(0, len(parts), 2):
        sep = parts[k - 1].strip() if k else ","
        piece = parts[k].replace("\x00", ",").replace("\x01", " and ").strip(" .")
        if found and extends_org and sep in {"and", "&"} and not _TITLED.match(piece):
            # "Borough Council of Eastwick and North Vale": one organisation, not a person
            last = found[-1]
            found[-1] = last._replace(tail=f"{last.tail} {sep} {piece}")
            continue
        extends_org = False
        titled = _ROLE_THEN_NAME.match(piece)
        if titled:  # "Clerk J White": the post, then the person who holds it
            found.append(Entry(titled.group("name"), None, f"({titled.group('role')})"))
            continue
        post_first = _POST_THEN_NAME.match(piece)
        if post_first:  # "Head of Planning (Ann Lee)": the post, its holder in brackets
            found.append(Entry(post_first.group("name"), None, "", post_first.group("role")))
            continue
        while piece:
            hit = NAME.match(piece)
            if not hit or is_role_text(bare_name(hit.group(0))):
                org, person = _org_then_name(piece)
                if found:  # "Chris Philpott, Footpath Warden": a role, not a second person
                    last = found[-1]
                    found[-1] = last._replace(tail=(last.tail + ", " + org).strip(", "))
                    extends_org = person is None and bool(_OPEN_ORG.search(org))
                if person is None:
                    break
                piece = person  # "NCC Chris Philpott": the organisation, then the next person
                continue
            rest = piece[hit.end() :]
            paren = re.match(r"\s*\([^)]*\)", rest)
            tail = paren.group(0) if paren else ""
            rest = rest[paren.end() :] if paren else rest
            nxt = NAME.match(rest.strip())
            if nxt and not is_role_text(bare_name(nxt.group(0))):
                found.append(Entry(hit.group(0), None, tail))
                piece = rest.strip()
                continue
            found.append(Entry(hit.group(0), None, tail + rest))
            break
    return found


# initials, then the name and any role in brackets: "GM (Gwen Mossop, Chair)"
_INITIALS_FIRST = re.compile(
    rf"(?<![\w(])(?P<ini>[A-Z]{{2,4}})\s*\(\s*(?P<name>{NAME.pattern})\s*(?:,\s*(?P<with>[^()]{{2,80}}?))?\s*\)"
)
# initials in brackets, alone or before a role: "(AL)", "(AL, Executive Headteacher)"
_INITIALS = r"\(\s*(?P<ini>[A-Z][A-Za-z]{1,3})\s*(?:[,;]\s*(?P<with>[^()]{2,160}))?\)"
_INITIALS_BRACKET = re.compile(_INITIALS)
# a name and its initials in brackets, with a role bracket between them ("Ann Lee (Chair)
# (AL)") or after the initials in theirs ("Ann Lee (AL, Executive Headteacher)")
_NAME_INITIALS = re.compile(
    rf"(?P<name>{NAME.pattern})\s*(?:\((?P<role>[^()]{{2,60}})\)\s*)?{_INITIALS}"
)
# the ";" between entries, not one inside a bracket ("(AL, Deputy Chair; Dean of Science)")
_ENTRY_SEP = re.compile(r";(?![^()]*\))")
_TITLED = re.compile(r"(?:Cllr|Councillor|County Councillor|Dr|Mr|Mrs|Ms)\b")
_ROLE_THEN_NAME = re.compile(
    r"^(?P<role>(?:(?:Parish|Town|Locum|Deputy|Assistant|Acting)\s+)?(?:Clerk|Chair(?:man|person)?"
    r"|Vice[- ]Chair(?:man|person)?|Treasurer|Secretary|RFO|Minute[- ]?[Tt]aker))\s+"
    rf"(?P<name>{NAME.pattern})$"
)
# "Head of Development Management (Ann Lee)", "Solicitor to the Authority (Jo Reed)": a post
# printed first, its holder in brackets
_POST_THEN_NAME = re.compile(
    r"^(?P<role>[A-Z][\w'’-]*(?:\s+(?:of|to|for|the|and|&|[A-Z][\w'’-]*)){0,7}?\s+"
    r"(?:Officer|Manager|Director|Solicitor|Clerk|Secretary|Treasurer|Adviser|Advisor|Engineer"
    r"|Lead|Executive|Planner|Accountant|Auditor|Administrator|Co-?ordinator|Authority"
    r"|Management|Services|Development|Policy|Finance|Resources)"
    rf"|(?:Head|Director|Clerk|Solicitor|Treasurer|Secretary)\b[^()]{{0,60}}?)\s*\((?P<name>{NAME.pattern})\)$"
)
# where an organisation's name can end: an acronym, a body word or a closing bracket
_ORG_END = re.compile(
    r"(?:\b[A-Z]{2,6}|\b(?:Council|Trust|Authority|Board|Agency|Partnership|Police|Services?|Group"
    r"|Committee|Ltd|LLP|plc|Campaign|Association|Society)|\))(?=\s)"
)
_OPEN_ORG = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


def _org_then_name(piece: str) -> tuple[str, str | None]:
    """A role or organisation that runs straight into the next person's name, as lists without
    separators print them: "Vale County Council Jo Reed" -> the council, then the person."""
    for end in _ORG_END.finditer(piece):
        rest = piece[end.end() :].strip()
        hit = NAME.match(rest)
        if hit and not is_role_text(bare_name(hit.group(0))):
            after = rest[hit.end() :].strip()
            if not after or after.startswith("("):
                return piece[: end.end()].strip(), rest
    return piece, None


def _role_like(text: str) -> bool:
    return is_role_text(text.replace("-", " ")) or bool(re.fullmatch(r"[A-Z]{2,6}", text.strip()))


_ORGANISATION = re.compile(
    r"\b(?:council|nhs|ccg|trust|police|school|university|college|authority|association|society"
    r"|partnership|service|group|ltd|limited|plc)\b",
    re.I,
)


# what was done with an apology ("Ian Wells (IW), Chair – accepted"): no part of a role
_APOLOGY_STATUS = re.compile(
    r"\s*(?:[–-]\s*|\(\s*)(?:accepted|noted|received|approved|consented)\s*\)?\s*\.?$", re.I
)


def _role_org(tail: str) -> tuple[str | None, str | None]:
    tail = _APOLOGY_STATUS.sub("", re.sub(r"\s+", " ", tail)).strip(" ,;.–-\t")
    # a bracket holds a role ("(Vice-Chair)"), or a reason or a time to skip ("(work commitments)",
    # "(From Item 12/20)")
    roles = [r for r in re.findall(r"\(([^)]*)\)", tail) if _role_like(r)]
    tail = re.sub(r"\([^)]*\)", "", tail).strip(" ,;–-")
    # "(Wendle Borough Council) (Chairman)": the organisation's bracket and the role's
    bodies = [r for r in roles if _ORGANISATION.search(r) and len(roles) > 1]
    roles = [r for r in roles if r not in bodies]
    role = roles[0] if roles else None
    org = bodies[0] if bodies else None
    if tail:
        if "," in tail:
            first, last = tail.rsplit(",", 1)
            role, org = (role or first.strip()), last.strip() or org
        elif (
            role is None
            and is_role_text(tail)
            and not re.search(r"council|nhs|ccg|trust|police|school", tail, re.I)
        ):
            role = tail
        else:
            org = tail if org is None else f"{org}; {tail}"
    return (role or None), (org or None)


def _person(entry: Entry, attendance: str, body: str | None, span: Span) -> Person | None:
    name, ini, tail = clean_name(entry.name), entry.initials, entry.tail
    if len(bare_name(name).split()) < 1 or is_role_text(bare_name(name)):
        return None
    trailing = re.search(r"(?<![\w(])([A-Z][A-Za-z]?[A-Z]{1,2}[a-z]?)\s*[.;,]?\s*$", tail)
    if ini is None and trailing and tail[: trailing.start()].strip():
        # "Rachel Coyne (Chief Executive) RC": initials after the role
        ini, tail = trailing.group(1), tail[: trailing.start()]
    role, org = _role_org(tail)
    if entry.role:  # "(AL, Headteacher)": the bracket with the initials names the role
        role = entry.role.strip()
    if role is None and re.search(r"\(chair\)", tail, re.I):
        role = "Chair"
    return Person(
        name=name,
        initials=ini or None,
        role=role,
        organisation=org,
        attendance=attendance,  # type: ignore[arg-type]
        body=body,
        source=span,
    )


def extract_people(
    doc: Document, lines: list[Line], body: str | None, limit: int = 400
) -> list[Person]:
    """People from attendance sections near the start and apologies lines anywhere early."""
    pages = {p.number: p.text for p in doc.pages}
    doc_id, doc_name = doc.doc_id, doc.name
    people, used = roster_people(doc, lines, body)
    read = {(lines[k].page, lines[k].start) for k in used}  # rows a roster has read already
    i = 0
    window = [part for line in lines[:_HEAD_LINES] for part in _sections(line)]
    window += lines[_HEAD_LINES:limit]
    window = [line for line in window if (line.page, line.start) not in read]
    people += _ticked(window, pages, doc, body)
    while i < len(window):
        line = window[i]
        m = SECTION.match(line.text)
        if m is None and i < _HEAD_LINES and not _STOP_SECTION.match(line.text):
            m = _LABELLED_LIST.match(line.text)
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
                    or "\t" in nxt.text
                    and "Action" in nxt.text
                ):
                    break
                so_far = " ".join(b.text for b in block)
                # a list wrapped inside a bracket or after a comma goes on ("Jo Reed (site
                # rep, / plots 1-40), Al Day")
                wrapped = so_far.count("(") > so_far.count(")") or so_far.rstrip().endswith(",")
                if not (
                    wrapped
                    # the first cell: "Deputising<TAB>Dr Ann Lee" is a label's row, not a name
                    or NAME.match(nxt.first.lstrip("-•* "))
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
                for entry in _entries(text, False):
                    p = _person(entry, "apologies", body, span)
                    if p:
                        people.append(p)
            i += 1
            continue
        attendance = _attendance(kind)
        # one person a line (bullets, table rows) unless the lines read as one wrapped list
        list_mode = len(block) > 2 and not any(b.text.count(",") >= 3 for b in block[1:])
        if not list_mode and len(block) > 1 and all(b.page == block[0].page for b in block):
            head, last = block[0], block[-1]
            joined = " ".join(b.text for b in block)
            block = [Line(head.page, head.start, last.end, joined, ())]
        for n, bl in enumerate(block):
            text = bl.text
            offset = bl.start
            if n == 0:
                heading = SECTION.match(text) or _LABELLED_LIST.match(text)
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
            listed, _, margin = text.partition("\t")
            end = _SENTENCE_END.search(listed) if margin and "," in listed else None
            after = ""
            if end and listed[end.end() :].strip():
                # "…; Bethan Morgan, Vice Principal. Patrick Dunleavy, Head of Estates, attended
                # for item 6.<TAB>Action": the list ends with its sentence; who the next one
                # says attended is in attendance too
                text, after = listed[: end.start()], listed[end.end() :]
            if not text.strip():
                continue
            span = span_at(pages, bl.page, offset, bl.end, doc_id, doc_name)
            initials_mode = _gives_initials(text)
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
                    for e in _entries(name_cell, False)[:1]
                ]
            else:
                entries = []
                for org, group in _org_groups(text.replace("\t", " ")):
                    entries += [(e, org) for e in _entries(group, initials_mode)]
            for entry, org in entries:
                p = _person(entry, attendance, body, span)
                if p:
                    p.organisation = p.organisation or org
                    people.append(p)
            attended = _ATTENDED.match(after.strip())
            if attended:  # "Patrick Dunleavy, Head of Estates, attended for Item 6."
                role = attended.group("role") or ""
                p = _person(
                    Entry(attended.group("name"), None, f", {role}"), "in attendance", body, span
                )
                if p:
                    people.append(p)
    if not any(p.attendance != "apologies" for p in people):
        people += taking_part(doc, lines, body, {bare_name(p.name).lower() for p in people})
    people = _dedupe(people)
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
        for entry in _entries(row.cells[1].text, False)[:1]:
            person = _person(entry._replace(tail=f"{entry.tail} {tail}"), "present", body, span)
            if person:
                out.append(person)
    return out


def _dedupe(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for p in people:
        key = bare_name(p.name).lower()
        if key not in seen:
            seen[key] = p
    return list(seen.values())
