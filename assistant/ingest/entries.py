"""One attendance list's text -> its entries and people: "Ann Lee (AL, Chair)", "Cllr Bob
Cole – Vale Council", "AL (Ann Lee, Chair)", "Chris Philpott, Footpath Warden", members under
the organisation they come from; each entry's name, initials, role and organisation."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.records import Person, Span

from .people import NAME, bare_name, clean_name, derive_initials, is_role_text

# "Kestermoor Council: Councillors Ann Lee (Chair) and Jo Reed. Vale Council: Councillors …":
# members listed under the organisation they come from
_ORG_LABEL = re.compile(
    r"(?:^|(?<=[.;])\s+)(?P<org>[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&-]*){0,6}\s+"
    r"(?:Council|Trust|Authority|Board|School|College|University|Partnership|Police|Service|NHS"
    r"|Federation|Academy|Group|Association))\s*:\s*"
)


def gives_initials(text: str) -> bool:
    """Whether a list gives its people's initials: "(AL)" after a name they begin like, or first
    in a bracket with the role when they are the name's ("Ann Lee (AL, Headteacher)"; not "Jo
    Reed (BHS, the horse society)", nor "Dev Shah (Sec)")."""
    return any(
        _their_initials(m.group("ini"), m.group("name"), m.group("with"))
        for m in _NAME_INITIALS.finditer(text)
    )


def _their_initials(ini: str, name: str, role: str | None) -> bool:
    """ "(AL)" for Ann Lee: initials beginning like the name, or the name's own when a role
    shares the bracket."""
    own = derive_initials(bare_name(name))
    return ini[0] == own[:1] and (not role or ini.upper() == own)


def org_groups(text: str) -> list[tuple[str | None, str]]:
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


def split_entries(text: str, initials_mode: bool) -> list[Entry]:
    """The people of one attendance text."""
    found: list[Entry] = []
    firsts = list(_INITIALS_FIRST.finditer(text))
    if firsts and sum(len(m.group(0)) for m in firsts) >= 0.6 * len(text.strip(" .,;")):
        # "GM (Gwen Mossop, Chair), BH (Barry Heptonstall, Treasurer)": the initials first
        return [Entry(m.group("name"), m.group("ini"), "", m.group("with")) for m in firsts]
    if initials_mode and _ENTRY_SEP.search(text):
        # "Rachel Coyne, Chief Executive (RC); Simon Threlfall, Director of Finance (ST)": one
        # person an entry, the name first, the initials anywhere in it
        pieces = [p for e in _ENTRY_SEP.split(text) for p in _NEXT_TITLED.split(e)]
        for entry in (e.strip(" .") for e in pieces):
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
        # people listed without initials among those with them: before the first, and after
        # one's tail ("Nerys Ffowc (Clerk), Menna Gwilym (MG), Hilary Bowdrey (Churchwarden)")
        lead = text[: matches[0].start()] if matches else ""
        found = split_entries(lead, False) if lead.strip(" ,;.") else []
        for i, m in enumerate(matches):
            tail_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            tail, others = _people_in_tail(text[m.end() : tail_end])
            if m.group("role"):  # "(Vice-Chairman) (VC)": read as any bracket after a name is
                tail = f"({m.group('role')}) {tail}"
            found.append(Entry(m.group("name"), m.group("ini"), tail, m.group("with")))
            found += others
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
            if (
                not hit
                or is_role_text(bare_name(hit.group(0)))
                or (found and _post_not_name(piece, hit.end()))
            ):
                # (a post after a comma: "Owen Reed, Senior Trading Standards Officer")
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
# "… (PD) – elected Conservators. Cllr Hassan Breckles (HB); …": a sentence of the list ends
# and the next begins with a titled name
_NEXT_TITLED = re.compile(r"(?<=\w)\.\s+(?=(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s)")
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


def _people_in_tail(tail: str) -> tuple[str, list[Entry]]:
    """What follows one person's initials: their role and organisation, then any people listed
    after it with no initials of their own, each a name and perhaps a bracket."""
    pieces = re.split(r"[,;](?![^()]*\))", tail)
    kept, others = [pieces[0]], []
    for piece in pieces[1:]:
        hit = NAME.match(piece.strip())
        rest = piece.strip()[hit.end() :] if hit else ""
        if (
            hit
            and "".join(kept).strip() == ""  # after a role or organisation, the rest is theirs
            and re.fullmatch(r"\s*(?:\([^()]*\))?\s*\.?", rest)
            and not is_role_text(bare_name(hit.group(0)))
            and not _ORGANISATION.search(hit.group(0))
        ):
            others.append(Entry(hit.group(0), None, rest))
        elif others:
            others[-1] = others[-1]._replace(tail=f"{others[-1].tail}, {piece.strip()}")
        else:
            kept.append(piece)
    return ",".join(kept), others


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


def _post_not_name(piece: str, end: int) -> bool:
    """ "Senior Trading Standards Officer", "Tidewright Marine Consulting" after a comma: the
    capitalised words run on past what reads as a name and make a post or an organisation."""
    run = re.match(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*", piece)
    return (
        run is not None
        and run.end() > end
        and (_role_like(run.group(0)) or bool(_ORGANISATION.search(run.group(0)[end:])))
    )


def _role_like(text: str) -> bool:
    return is_role_text(text.replace("-", " ")) or bool(re.fullmatch(r"[A-Z]{2,6}", text.strip()))


_ORGANISATION = re.compile(
    r"\b(?:council|nhs|ccg|trust|police|school|university|college|authority|association|society"
    r"|partnership|service|group|ltd|limited|plc|llp|cic|consulting|consultants?|consultancy"
    r"|associates|agency|solutions|surveyors|solicitors|accountants)\b",
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
    # a bracket of one capitalised word is a post too ("(Churchwarden)", "(Verger)")
    roles = [
        r
        for r in re.findall(r"\(([^)]*)\)", tail)
        if _role_like(r) or re.fullmatch(r"[A-Z][a-z]{3,}(?:-[A-Z]?[a-z]+)?", r.strip())
    ]
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


_CHAIR_WORD = re.compile(
    r"(?<![-\w])(?<!vice )(?<!deputy )chair(?:man|woman|person)?\b(?!\s+of)", re.I
)


def to_person(entry: Entry, attendance: str, body: str | None, span: Span) -> Person | None:
    name, ini, tail = clean_name(entry.name), entry.initials, entry.tail
    if len(bare_name(name).split()) < 1 or is_role_text(bare_name(name)):
        return None
    lead = _INITIALS_BRACKET.match(tail.lstrip())
    if ini is None and lead and _their_initials(lead.group("ini"), name, lead.group("with")):
        # "Menna Gwilym (MG)" in a list where most people have none
        ini, tail = lead.group("ini"), tail.lstrip()[lead.end() :]
        entry = entry._replace(role=entry.role or lead.group("with"))
    trailing = re.search(r"(?<![\w(])([A-Z][A-Za-z]?[A-Z]{1,2}[a-z]?)\s*[.;,]?\s*$", tail)
    bracketed = re.search(r"\(\s*([A-Z][A-Za-z]?[A-Z]{0,2}[a-z]?)\s*\)\s*[.;,]?\s*$", tail)
    post_first = re.search(
        r"\(\s*(?P<post>[^()]+?)\s*,\s*(?P<ini>[A-Z][A-Za-z]?[A-Z]{0,2}[a-z]?)\s*\)\s*[.;,]?\s*$",
        tail,
    )
    if ini is None and post_first and _their_initials(post_first.group("ini"), name, None):
        # "Ann Lee (Team Leader, AL)": the post, then the initials, in one bracket
        ini = post_first.group("ini")
        tail = f"{tail[: post_first.start()]}({post_first.group('post')})"
    elif ini is None and trailing and tail[: trailing.start()].strip():
        # "Rachel Coyne (Chief Executive) RC": initials after the role
        ini, tail = trailing.group(1), tail[: trailing.start()]
    elif (
        ini is None
        and bracketed
        and tail[: bracketed.start()].strip(" ,")
        and _their_initials(bracketed.group(1), name, None)
    ):
        # "Glen Tarbuck, Deputy Principal – Finance (GTa)": the initials after the post
        ini, tail = bracketed.group(1), tail[: bracketed.start()]
    role, org = _role_org(tail)
    if entry.role:  # "(AL, Headteacher)": the bracket with the initials names the role
        role = entry.role.strip()
    if role is None and re.search(r"\(chair\)", tail, re.I):
        role = "Chair"
    elif role and not re.search(r"chair", role, re.I) and _CHAIR_WORD.search(tail):
        role = f"{role}, Chair"  # "Revd P. Lee – Vicar, chair": the post, and who chaired
    return Person(
        name=name,
        initials=ini or None,
        role=role,
        organisation=org,
        attendance=attendance,  # type: ignore[arg-type]
        body=body,
        source=span,
    )


# "HA Helen Achterberg · PS Patrick Sandilands": a key to initials, each before its name
_INITIALS_THEN_NAME = re.compile(rf"(?<![\w(])(?P<ini>[A-Z]{{2,4}})\s+(?P<name>{NAME.pattern})")
# a list entry that is initials alone: "MP (in the chair), OO, BY", "Apologies: HT"
_BARE_INITIALS = re.compile(
    r"(?:(?<=^)|(?<=[,;:])|(?<=\band)|(?<=&))(?P<pad>\s*)(?P<ini>[A-Z]{2,4})(?=\s*(?:$|[,;.(]|and\b|&))"
)


def initials_key(texts: list[str]) -> dict[str, str]:
    """The names a document gives initials anywhere in it: "Imogen Scholes (IS)" in a list, a
    "Key to initials: HA Helen Achterberg · …" or a circulation list at the foot. Initials given
    to two names are no key."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        for m in _NAME_INITIALS.finditer(text):
            if _their_initials(m.group("ini"), m.group("name"), m.group("with")):
                pairs.add((m.group("ini"), bare_name(clean_name(m.group("name")))))
        for m in _INITIALS_THEN_NAME.finditer(text):
            name = bare_name(clean_name(m.group("name")))
            if derive_initials(name) == m.group("ini") and not is_role_text(name):
                pairs.add((m.group("ini"), name))
    names: dict[str, set[str]] = {}
    for ini, name in pairs:
        names.setdefault(ini, set()).add(name)
    return {ini: found.pop() for ini, found in names.items() if len(found) == 1}


def expand_initials(text: str, key: dict[str, str]) -> str:
    """An attendance list of initials alone ("PH (Chair), IC, SN") with the names its document's
    key gives them; initials it does not give stay as printed."""
    return _BARE_INITIALS.sub(
        lambda m: m.group("pad") + key.get(m.group("ini"), m.group("ini")), text
    )
