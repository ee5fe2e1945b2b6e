"""Who presided: the chair of this meeting as the record says it ("took the Chair", "in the
Chair", "presided", a "Chair:" label), whatever the attendance list calls anyone; failing
that, who opened the meeting by welcoming members."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.records import Document, Person, Span

from .people import bare_name, clean_name, effective_initials
from .roles import LATER_ITEMS
from .segments import Line

# Who presided, as minutes say it: "Cllr. O. Williams took the Chair", "In the Chair: Ann Berry",
# "Jo Reed (in the Chair)", "the Chair was taken by the Vice Chair, Cllr Lee", "chaired by
# Dr Shah", "Chair: Ann Berry"; and, failing any, who opened the meeting by welcoming members.
_TITLE = (
    r"(?:Cllrs?|Councillor|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Rev(?:d)?)\.?\s+"
)
_NAMED = r"(?:[A-Z]\.?\s*){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_WHO = rf"(?P<who>(?:{_TITLE})?{_NAMED})"
# who took the chair for one item only ("took the chair for item 7") did not preside
_NOT_ONE_ITEM = r"(?!\s+(?:for|during)\s+(?:that|this|the|one|an?|items?|minutes?|agenda)\b)"
# "Chair: Ann Berry", "Chair: Prof Ann Berry (AB), Chair of the Trust", "Chairman of the Parish
# Meeting: Ann Berry": the label names who presided, on the list of those present or not
_CHAIR_LABEL = re.compile(
    rf"^\W*(?:[Cc]hair(?:man|person)?|CHAIR|[Ii]n\s+the\s+[Cc]hair|[Pp]residing|PRESIDING)"
    rf"(?:\s+of\s+the\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,4}})?(?:\W*:|\t)\W*{_WHO}\s*(?:\([^()]*\))?\s*(?:,[^:]*)?\W*$"
)
# "Moorgate Room, Brackwell, 10.00 am Chair: Robin Ashworth": the label ends a line that
# began with the place or time
_CHAIR_LABEL_LATE = re.compile(
    rf"[\s,;](?<![Vv]ice[ -])(?<![Dd]eputy )(?:[Cc]hair(?:man|person)?|CHAIR)\s*:\s*{_WHO}"
    r"\s*(?:\([^()]*\))?\s*$"
)
_LABELS = (_CHAIR_LABEL, _CHAIR_LABEL_LATE)
_PRESIDED = [
    p if isinstance(p, re.Pattern) else re.compile(p)
    for p in (
        rf"{_WHO}\s*(?:\([A-Z][A-Za-z]{{1,3}}\)\s*)?,?\s*(?:\((?:[^)]{{0,40}}[,;]\s*)?(?:in\s+the\s+[Cc]hair|presiding|chairing)\)"
        rf"|[^.;()]{{0,40}}?,\s*in\s+the\s+[Cc]hair\b)",
        rf"\b[Ii]n\s+the\s+[Cc]hair\s*[:\-–]?\s*{_WHO}",
        _CHAIR_LABEL,
        _CHAIR_LABEL_LATE,
        # "Sue Pardoe in the chair."
        rf"(?:^|[.;]\s+){_WHO}\s+in\s+the\s+[Cc]hair\b{_NOT_ONE_ITEM}",
        # "Cllr Rhodri Bevan, Vice-Chair, took the Chair": a post between the name and the verb
        rf"{_WHO}(?:\s*,\s*[^,.;()]{{2,40}},|\s*\([^()]{{2,40}}\))?,?\s+(?:then\s+|duly\s+|subsequently\s+)?(?:(?:took|was\s+in|occupied)\s+the\s+[Cc]hair\b{_NOT_ONE_ITEM}"
        rf"|presided\b{_NOT_ONE_ITEM}|chaired(?:\s+the\s+meeting\b|(?=\s*[.;]|\s*$)))",
        rf"\b(?:[Cc]haired|[Pp]resided\s+over)\s+by\s+(?:the\s+[Vv]ice[- ][Cc]hair(?:man)?,?\s+)?{_WHO}",
        rf"\b[Cc]hair\s+was\s+taken\s+by\s+(?:the\s+[Vv]ice[- ][Cc]hair(?:man)?,?\s+)?{_WHO}",
        # "Morag Sinclair was elected to chair this meeting": a chair chosen for the sitting
        # "Cllr Ann Lee was elected to chair the Sub-Committee for this hearing", "… was
        # elected Chair for the hearing"
        rf"{_WHO}\s+was\s+(?:elected|appointed|chosen|nominated|asked)\s+(?:to\s+(?:chair\s+(?:this|the)"
        r"\s+(?:meeting|hearing|session|(?:Sub-)?Committee|Panel|Board)|take\s+the\s+[Cc]hair)"
        r"|(?:as\s+)?[Cc]hair\s+(?:for|of)\s+(?:this|the)\s+(?:meeting|hearing|session))\b",
        rf"\bopened\s+by\s+{_WHO}[^.]{{0,80}}?\bwho\s+took\s+the\s+[Cc]hair\b",
    )
]
# "Cllr Rees welcomed Councillors", "Cllr Rees wished members a happy new year and welcomed all"
_WELCOMED = re.compile(
    rf"^\W*(?:The\s+)?{_WHO}\s+(?:\([^)]*\)\s+)?(?:[^.;]{{0,60}}?\band\s+)?welcomed\s+"
    r"(?i:everyone|all|members|those\s+present"
    r"|the\s+(?:members|board|committee|trustees|governors|councillors)|councillors|governors"
    r"|trustees|colleagues)\b"
)
# a role that chairs: "Chair", "Chairman; Clerk", not "Vice-Chair"
_CHAIR = re.compile(r"(?<!vice )(?<!vice-)\bchair", re.I)
_WELCOME_LINES = 40  # who welcomed members at the opening, not at item 9
_TOOK_OVER = re.compile(r"took\s+the\s+[Cc]hair|was\s+in\s+the\s+[Cc]hair")
_LEFT = re.compile(r"\b(?:left|withdrew|departed|had\s+to\s+leave)\b")
_LATER_ITEMS = re.compile(rf"\s*{LATER_ITEMS}", re.I)


def chair_from_text(
    lines: list[Line], people: list[Person], pages: dict[int | None, str], doc: Document
) -> None:
    """Whom the record says presided is the chair of this meeting (`presiding`, cited to that
    sentence), whatever the attendance list calls anyone; failing such a sentence and a chair
    on the list, who welcomed members at the opening. Only someone on the attendance list, or
    named in full where no attendee could be meant: a name alone is never guessed at."""
    listed = any(p.role and _CHAIR.search(p.role) and not p.away for p in people)
    for line in lines[:_CHAIR_LINES]:
        # an annual meeting's new chair, elected at its start, presides over the rest of it
        rest = _REST_OF_MEETING.search(line.text)
        who = _presider_of_rest(line.text, rest) if rest else None
        person = _attendee_named(who, people) if who else None
        if rest and person is not None:
            _preside(person, line, rest, pages, doc)
            return
    for line in lines[:_CHAIR_LINES]:
        for pattern in _PRESIDED:
            labelled = pattern in _LABELS
            # "the Vice-Chair, Cllr Rees, presided": the first match that names an attendee
            for found in _overlapping(pattern, line.text):
                if _LATER_ITEMS.match(line.text, found.end()) or (
                    _TOOK_OVER.search(found.group(0))
                    and _LEFT.search(line.text, max(0, found.start() - 120), found.start())
                ):
                    continue  # "in the chair for items 9-11", "… left at 11.40 and AK took the chair"
                who = found.group("who")
                person = _attendee_named(who, people)
                if person is None and (
                    _named_in_full(who, people) or (labelled and len(who.split()) >= 2)
                ):
                    # "opened by Mr Geoffrey Tarrant, President, who took the chair", "Chair:
                    # Rosa Bell": the record names who presided, though no attendance list does
                    person = Person(name=clean_name(who), attendance="present")
                    people.append(person)
                if person is not None:
                    _preside(person, line, found, pages, doc)
                    return
    for line in lines[:_CHAIR_LINES]:
        post = _POST_PRESIDED.search(line.text)
        holder = _holder(post.group("post"), people) if post else None
        if post and holder is not None:
            _preside(holder, line, post, pages, doc)
            return
    if listed:
        return
    for line in lines[:_WELCOME_LINES]:
        for sentence in re.split(r"(?<=[.;])\s+", line.text):
            welcomed = _WELCOMED.search(sentence)
            person = _attendee_named(welcomed.group("who"), people) if welcomed else None
            if welcomed and person is not None:
                start = line.text.find(sentence)
                _preside(person, line, welcomed, pages, doc, offset=start)
                return


# "Councillor Stainforth ... took the chair for the rest of the meeting", "He signed his
# declaration and then presided for the rest of the meeting"
_REST_OF_MEETING = re.compile(
    rf"(?:\b(?P<pronoun>He|She|They)\b|{_WHO})\b[^.;]{{0,160}}?\b(?:took\s+the\s+[Cc]hair|presided)"
    r"\s+(?:for|over)\s+the\s+(?:rest|remainder)\s+of\s+the\s+meeting\b"
)
_ELECTED = re.compile(rf"{_WHO}\b[^.;]{{0,120}}?\bwas\s+(?:duly\s+)?(?:re-)?elected\b")


def _presider_of_rest(text: str, found: re.Match[str]) -> str | None:
    """Who took the chair for the rest of the meeting: the name the sentence opens with, or for
    "He" / "She" the one the sentence before says was elected."""
    if not found.group("pronoun"):
        return found.group("who")
    elected = list(_ELECTED.finditer(text, 0, found.start()))
    return elected[-1].group("who") if elected else None


# "In the absence of the Chair, the Vice-Chair presided": the attendee who holds that post
_POST_PRESIDED = re.compile(
    r"\b[Tt]he\s+(?P<post>(?:[Vv]ice|[Dd]eputy)[- ]?(?:[Cc]hair(?:man|woman|person)?|[Cc]onven[eo]r))"
    r"\s*,?\s+(?:presided|took\s+the\s+[Cc]hair|chaired\s+the\s+meeting|was\s+in\s+the\s+[Cc]hair)\b"
)


def _post_key(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())  # "Vice-Chair" and "vice chair" alike


def _holder(post: str, people: list[Person]) -> Person | None:
    """The one attendee present whose listed role is this post ("Vice-Chair", "Vice Chair")."""
    key = _post_key(post)
    held = [p for p in people if not p.away and p.role and _post_key(p.role).startswith(key)]
    return held[0] if len(held) == 1 else None


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match, each search starting just after the last match began."""
    found = pattern.search(text)
    while found is not None:
        yield found
        found = pattern.search(text, found.start() + 1)


def _preside(
    person: Person,
    line: Line,
    found: re.Match[str],
    pages: dict[int | None, str],
    doc: Document,
    offset: int = 0,
) -> None:
    start, end = line.start + offset + found.start(), line.start + offset + found.end()
    person.presiding = True
    if not (person.role and _CHAIR.search(person.role)):
        person.role = f"Chair; {person.role}" if person.role else "Chair"
    person.role_source = span_at(pages, line.page, start, end, doc.doc_id, doc.name)


_CHAIR_LINES = 80


def _named_in_full(who: str, people: list[Person]) -> bool:
    """A title, a first name and a surname no attendee has ("Mr Geoffrey Tarrant"): someone
    the text names beyond doubt, not an initial or a surname the list might mean."""
    if not re.match(_TITLE, who):
        return False
    words = re.sub(_TITLE, "", who).replace(".", " ").split()
    surnames = {bare_name(p.name).split()[-1].lower() for p in people if bare_name(p.name)}
    return len(words) >= 2 and len(words[0]) > 1 and words[-1].lower() not in surnames


def _attendee_named(who: str, people: list[Person]) -> Person | None:
    """The present attendee a titled name refers to: same surname, and the same first name or
    initial where one is given ("Cllr. O. Williams" is Owen Williams, not Ann Williams)."""
    if re.fullmatch(r"[A-Z]{2,4}", who):  # "RA, the Vice-Chair, took the chair"
        held = [p for p in people if not p.away and effective_initials(p) == who]
        return held[0] if len(held) == 1 else None
    words = re.sub(_TITLE, "", who).replace(".", " ").split()
    if not words:
        return None
    surname, given = words[-1].lower(), [w.lower() for w in words[:-1]]
    found = []
    for person in people:
        parts = bare_name(person.name).split()
        if person.away or not parts or parts[-1].lower() != surname:
            continue
        if given and len(parts) > 1:
            first = parts[0].lower().rstrip(".")
            # a first name given in full must match in full ("Joseph", not "Jill"); an initial
            # its first letter
            if (len(given[0]) > 1 and len(first) > 1 and first != given[0]) or first[0] != given[0][
                0
            ]:
                continue
        found.append(person)
    if not found and len(words) == 1 and who[:1].isupper():
        # "Ellis chaired": minutes that name members by first name, when no surname is meant
        found = [p for p in people if not p.away and bare_name(p.name).split()[:1] == words]
    return found[0] if len(found) == 1 else None


def span_at(
    pages: dict[int | None, str], page: int | None, start: int, end: int, doc_id: str, doc: str
) -> Span:
    """A span whose quote is exactly the page text between its offsets."""
    text = pages.get(page, "")
    return Span(doc_id=doc_id, doc=doc, page=page, start=start, end=end, quote=text[start:end])
