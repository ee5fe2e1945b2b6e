"""Attendance lists -> people (name, initials, role, organisation), and resolving a reference
("LJ", "Fay", "Cllr. O. Williams", "the Clerk") against a meeting's people.

Initials come from the text where given ("Laurence Jones (LJ)") and are derived from names
otherwise. A reference that matches nobody stays unresolved: it is never guessed."""

from __future__ import annotations

import logging
import re

from .records import Document, Person, Span
from .segments import Line

log = logging.getLogger(__name__)

TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev|Revd|Cllr|Councillor|County\s+Councillor|Cllrs|Councillors)\.?"
_NAME_WORD = r"(?:[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)*)"
NAME = re.compile(
    rf"(?:{TITLE}\s+)?{_NAME_WORD}(?:\s+[A-Z]\.?)?\s+{_NAME_WORD}\b(?!\.\s[A-Z][a-z])"
    rf"|{TITLE}\s+(?:[A-Z]\.\s*)?{_NAME_WORD}\b"
)
INITIALS_GIVEN = re.compile(r"\(\s*([A-Z][A-Za-z]{1,3})\s*\)")
INITIALS_REF = re.compile(r"^[A-Z]{2,4}[a-z]?$|^[A-Z][a-z]?[A-Z][a-z]?$")
_TITLE_ONLY = re.compile(rf"^{TITLE}\s+", re.I)
ROLE_WORDS = {
    "clerk",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "vice",
    "deputy",
    "secretary",
    "treasurer",
    "officer",
    "manager",
    "director",
    "warden",
    "head",
    "lead",
    "member",
    "members",
    "representative",
    "council",
    "services",
    "service",
    "team",
    "board",
    "group",
    "committee",
    "public",
    "police",
    "pcso",
    "ccg",
    "nhs",
    "school",
    "trust",
    "partnership",
    "unit",
    "consultant",
    "commissioner",
    "coordinator",
    "co-ordinator",
    "assistant",
    "executive",
    "chief",
    "principal",
    "advisor",
    "adviser",
    "health",
    "education",
    "county",
    "borough",
    "city",
    "district",
    "parish",
    "primary",
    "academy",
    "college",
    "university",
    "agency",
    "society",
    "governance",
    "planning",
    "senate",
    "youth",
    "business",
    "engagement",
    "policy",
}
ROLE_REFS = ("clerk", "chair", "chairman", "vice chair", "treasurer", "secretary", "handyman")

SECTION = re.compile(
    r"^\s*(?:\*\*)?(?P<kind>present|members\s+present|attendees|attendance|in\s+attendance|also\s*,?\s+in\s+attendance|also\s+present|apologies(?:\s+for\s+absence)?)\b\s*[:\-–]?\s*(?P<rest>.*)$",
    re.I | re.S,  # a line joined from a wrapped one holds its line break
)
INLINE_APOLOGIES = re.compile(
    r"apologies(?:\s+for\s+absence)?\s*(?:were\s+)?(?:noted|received|given)?\s*(?:from)?\s*[:\-–]?\s*(?:received\s+from\s+)?",
    re.I,
)
_STOP_SECTION = re.compile(
    r"^\s*(?:key\s*:|item\b|date\b|agenda|minutes|welcome|\d{1,3}[./)]|\d{1,3}/\d{2}\s|\d{1,3}\s*$|date of meeting)",
    re.I,
)


def derive_initials(name: str) -> str:
    parts = [p for p in _TITLE_ONLY.sub("", name).replace(".", " ").split() if p]
    if not parts:
        return ""
    return (parts[0][0] + parts[-1][0]).upper() if len(parts) > 1 else parts[0][0].upper()


def _attendance(kind: str) -> str:
    kind = kind.lower()
    if kind.startswith("apolog"):
        return "apologies"
    if "attendance" in kind and kind.strip() not in {"attendance"} and not kind.startswith("in"):
        return "in attendance"
    if kind.startswith("in ") or kind.startswith("also"):
        return "in attendance"
    return "present"


def _is_role_text(text: str) -> bool:
    toks = [t.lower().strip(".,") for t in text.split()]
    return bool(toks) and any(t in ROLE_WORDS for t in toks)


def _clean_name(raw: str) -> str:
    name = re.sub(r"\s+", " ", raw).strip(" ,.;:")
    name = re.sub(r"^(?:Cllrs|Councillors)\.?\s+", "", name)
    name = re.sub(r"^County\s+Councillor\s+", "Cllr ", name)
    name = re.sub(r"^(?:Councillor|Cllr\.)\s+", "Cllr ", name)
    return name


def bare_name(name: str) -> str:
    """A name without its title: "Cllr Sue Lintern" -> "Sue Lintern"."""
    return _TITLE_ONLY.sub("", name).strip()


def _entries(text: str, initials_mode: bool) -> list[tuple[str, str | None, str]]:
    """(name, given initials, trailing role/organisation text) from one attendance text."""
    found: list[tuple[str, str | None, str]] = []
    if initials_mode:
        pattern = re.compile(rf"({NAME.pattern})\s*\(\s*([A-Z][A-Za-z]{{1,3}})\s*\)")
        matches = list(pattern.finditer(text))
        for i, m in enumerate(matches):
            tail_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            found.append((m.group(1), m.group(2), text[m.end() : tail_end]))
        return found
    # separators inside brackets ("(Parish Clerk and Responsible Officer)") don't split people
    protected = re.sub(
        r"\([^)]*\)", lambda m: m.group(0).replace(",", "\x00").replace(" and ", "\x01"), text
    )
    pieces = re.split(
        r"\s*[,;]\s*|\s+and\s+|\s+&\s+|(?<!County )(?=\b(?:Cllr|Councillor|County Councillor|Dr|Mr|Mrs|Ms)\b)",
        protected,
    )
    for piece in pieces:
        piece = piece.replace("\x00", ",").replace("\x01", " and ").strip(" .")
        while piece:
            hit = NAME.match(piece)
            if not hit or _is_role_text(bare_name(hit.group(0))):
                if found:  # "Chris Philpott, Footpath Warden": a role, not a second person
                    name, ini, role = found[-1]
                    found[-1] = (name, ini, (role + ", " + piece).strip(", "))
                break
            rest = piece[hit.end() :]
            paren = re.match(r"\s*\([^)]*\)", rest)
            tail = paren.group(0) if paren else ""
            rest = rest[paren.end() :] if paren else rest
            nxt = NAME.match(rest.strip())
            if nxt and not _is_role_text(bare_name(nxt.group(0))):
                found.append((hit.group(0), None, tail))
                piece = rest.strip()
                continue
            found.append((hit.group(0), None, tail + rest))
            break
    return found


def _role_org(tail: str) -> tuple[str | None, str | None]:
    tail = re.sub(r"\s+", " ", tail).strip(" ,;–-\t")
    roles = re.findall(r"\(([^)]*)\)", tail)
    tail = re.sub(r"\([^)]*\)", "", tail).strip(" ,;–-")
    role = roles[0] if roles else None
    org = None
    if tail:
        if "," in tail:
            first, last = tail.rsplit(",", 1)
            role, org = (role or first.strip()), last.strip() or None
        elif (
            role is None
            and _is_role_text(tail)
            and not re.search(r"council|nhs|ccg|trust|police|school", tail, re.I)
        ):
            role = tail
        else:
            org = tail
    return (role or None), (org or None)


def _person(
    name: str, ini: str | None, tail: str, attendance: str, body: str | None, span: Span
) -> Person | None:
    name = _clean_name(name)
    if len(bare_name(name).split()) < 1 or _is_role_text(bare_name(name)):
        return None
    role, org = _role_org(tail)
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
    people: list[Person] = []
    i = 0
    window = lines[:limit]
    while i < len(window):
        line = window[i]
        m = SECTION.match(line.text)
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
                if not (
                    NAME.match(nxt.text.lstrip("-•* ")) or nxt.text.lstrip().startswith(("-", "•"))
                ):
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
                end = re.search(r"\.(?:\s|$)(?![A-Z]\.)", rest)
                text = rest[: end.start()] if end else rest
                start = line.start + inline.end()
                span = _span(pages, line.page, start, start + len(text), doc_id, doc_name)
                for name, ini, tail in _entries(text, False):
                    p = _person(name, ini, tail, "apologies", body, span)
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
                heading = SECTION.match(text)
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
            if not text.strip():
                continue
            span = _span(pages, bl.page, offset, bl.end, doc_id, doc_name)
            initials_mode = len(INITIALS_GIVEN.findall(text)) >= 1
            if list_mode and n > 0 and not initials_mode and "\t" not in text and NAME.match(text):
                m1 = NAME.match(text)
                assert m1 is not None
                entries: list[tuple[str, str | None, str]] = [(m1.group(0), None, text[m1.end() :])]
            elif "\t" in text and not initials_mode:
                name_cell, _, tail = text.partition("\t")
                entries = [
                    (n_, i_, t_ + " " + tail) for n_, i_, t_ in _entries(name_cell, False)[:1]
                ]
            else:
                entries = _entries(text.replace("\t", " "), initials_mode)
            for name, ini, tail in entries:
                p = _person(name, ini, tail, attendance, body, span)
                if p:
                    people.append(p)
    return _dedupe(people)


def _span(
    pages: dict[int | None, str], page: int | None, start: int, end: int, doc_id: str, doc: str
) -> Span:
    """A span whose quote is exactly the page text between its offsets."""
    text = pages.get(page, "")
    return Span(doc_id=doc_id, doc=doc, page=page, start=start, end=end, quote=text[start:end])


def _dedupe(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for p in people:
        key = bare_name(p.name).lower()
        if key not in seen:
            seen[key] = p
    return list(seen.values())


def effective_initials(person: Person) -> str:
    return person.initials or derive_initials(person.name)


def _norm(text: str) -> str:
    # hyphens fold to spaces: minutes print "Kit Hesketh-Harvey" and "Kit-Hesketh Harvey" alike
    return re.sub(r"[\s-]+", " ", text.replace("’", "'")).strip(" .,;:").lower()


def resolve(ref: str, people: list[Person]) -> list[Person]:
    """People a reference can mean; several when ambiguous, none when unexplained."""
    ref = re.sub(r"\s+", " ", ref).strip(" .,;:()")
    ref = re.sub(r"^(?:the|The)\s+", "", ref)
    if not ref:
        return []
    low = ref.lower()
    if low in ROLE_REFS or low in {"parish clerk", "chairperson"}:
        return _by_role(low, people)
    if INITIALS_REF.match(ref):
        given = [p for p in people if p.initials == ref]
        if given:
            return given
        return [p for p in people if not p.initials and derive_initials(p.name) == ref.upper()]
    tokens = [t for t in _TITLE_ONLY.sub("", ref).replace(".", ". ").split() if t]
    if not tokens:
        return []
    last = _norm(tokens[-1])
    out: list[Person] = []
    for p in people:
        parts = [_norm(t) for t in bare_name(p.name).split()]
        if not parts:
            continue
        if len(tokens) == 1:
            if last in (parts[-1], parts[0]):
                out.append(p)
        elif all(len(_norm(t)) == 1 for t in tokens[:-1]):  # "O. Williams"
            if parts[-1] == last and parts[0][0] == _norm(tokens[0])[0]:
                out.append(p)
        elif _norm(" ".join(tokens)) == " ".join(parts) or (
            parts[0] == _norm(tokens[0]) and parts[-1] == last
        ):
            out.append(p)
    return out


def _by_role(role: str, people: list[Person]) -> list[Person]:
    out = []
    for p in people:
        r = (p.role or "").lower()
        if not r:
            continue
        parts = re.split(r"\band\b|,|/", r)
        for part in parts:
            part = part.strip()
            if part.startswith(("vice", "deputy")) and not role.startswith(("vice", "deputy")):
                continue
            if part == role or part.endswith(" " + role) or part.startswith(role + " "):
                out.append(p)
                break
    return out
