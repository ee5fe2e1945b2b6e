"""Who owns an action: printed references resolved to the meeting's people, and the owner a
sentence implies (its actor, the group a report speaks for, the one a request is addressed to)."""

from __future__ import annotations

import re

from assistant.ingest.people import (
    INITIALS_REF,
    POST_LEAD,
    bare_name,
    holders,
    plural_holders,
    post_holders,
    resolve,
    service_holders,
)
from assistant.ingest.roles import chair
from assistant.ingest.segments import Line, Piece
from assistant.records import Person

from .grammar import ALL, INI, LIST_SEP, PERSONAL, POST, PRONOUN, ROLE, Grammar


def owners_of(
    ref: str | None, people: list[Person], groups: dict[str, str] | None = None
) -> tuple[list[str], list[str], list[str]]:
    """(display owners, printed refs, unresolved initials)."""
    if not ref:
        return [], [], []
    ref = re.sub(r"\s+", " ", ref).strip(" .,;:")
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s*,\s*|\s+and\s+|\s*&\s*", ref) if p.strip()]
    if re.fullmatch(POST, ref):  # one post, whatever its name joins
        parts = [ref]
    # "Cllrs. D. Jenkins and A. Davies": the plural title applies to every name
    plural = re.match(r"^(Cllrs|Councillors)\.?\s+", ref)
    owners: list[str] = []
    unresolved: list[str] = []
    for part in parts:
        if plural and not part.startswith(plural.group(1)):
            part = "Cllr " + part
        part = re.sub(r"^(?:Cllrs|Councillors)\.?\s+", "Cllr ", part)
        found = resolve(part, people)
        role = POST_LEAD.sub("", part)
        is_post = bool(
            re.fullmatch(ROLE, part)
            or re.fullmatch(POST, part)
            or role.lower() in {"clerk", "chair", "chairman", "handyman"}
            # "the Monitoring Officer": a post the attendance list gives one person
            or (not found and _POST_NOUN.search(role) and len(holders(role, people)) == 1)
            # "The Principal", "the Engineer": one word, the post of one attendee
            or (not found and _ONE_POST.fullmatch(role) and len(holders(role, people)) == 1)
        )
        if is_post:
            # "the Clerk", "the Monitoring Officer": the attendee who holds the post, where the
            # attendance list names exactly one; else the post as printed
            chaired = (
                chair(people) if re.fullmatch(r"chair(?:man|person|woman)?", role, re.I) else None
            )
            holding = [chaired] if chaired else holders(role, people)
            if len(holding) == 1:  # "Jo Reed (Clerk)": who, and the post the record named
                owners.append(f"{_display(holding[0])} ({role[:1].upper() + role[1:]})")
            else:
                owners.append(role[:1].upper() + role[1:])
        elif len(found) == 1:
            owners.append(_display(found[0]))
        elif groups and not found and (part in groups or role in groups):
            owners.append(groups[part] if part in groups else groups[role])  # "the NPWG"
        elif not found and len(held := plural_holders(role, people)) >= 2:
            owners += [_display(p) for p in held]  # "Churchwardens": each who holds the post
        elif not found and len(held := service_holders(role, people)) == 1:
            owners.append(f"{_display(held[0])} ({role})")  # "Trading Standards"
        elif not found and len(held := post_holders(part, people)) == 1:
            # "the DTC", "DoQS": a post one attendee holds, by the initials of its words
            owners.append(f"{_display(held[0])} ({role})")
        elif INITIALS_REF.match(part) and not found and len(held := holders(part, people)) == 1:
            # "CFO", "DPH": not anyone's initials but a post one attendee holds
            owners.append(f"{_display(held[0])} ({part})")
        elif INITIALS_REF.match(part) and not found and part.upper() != "ALL":  # "ALL" is everyone
            owners.append(part)
            unresolved.append(part)
        else:
            owners.append("All" if part.upper() == "ALL" else part)
    return list(dict.fromkeys(owners)), [ref], unresolved


# one to three capitalised words that may be a post ("Principal", "Head Ranger"); a group or a
# body is nobody's post
_ONE_POST = re.compile(
    r"(?!(?:.*\s)?(?:Board|Members?|Committee|Council|Group|Panel|Team|Trustees|Governors|Directors"
    r"|Partnership|Forum|Officers|Councillors|Staff|Everyone|Authority|Trust|Executive)$)"
    r"[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]{2,}){0,2}"  # "The Principal", "The Head Ranger"
)
# the nouns that end the name of a post ("Democratic Services Officer", "Harbour Master")
_POST_NOUN = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'’-]*){0,4}\s+(?:Officer|Manager"
    r"|Director|Secretary|Treasurer|Clerk|Chair|Lead|Head|Adviser|Advisor|Co-?ordinator|Executive"
    r"|Engineer|Warden|Master|Inspector|Solicitor|Accountant|Auditor|Administrator|Controller)$"
)


def _display(person: Person) -> str:
    """ "Cllr Ann Berry" and "Mr Lowe" keep their title; "Dr Eve Shaw" reads as "Eve Shaw"."""
    bare = bare_name(person.name)
    keep = person.name.startswith("Cllr") or len(bare.split()) < 2
    return person.name if keep else bare


_GROUP_NAME = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,3}(?:Working\s+(?:Group|Party)|Steering\s+Group|Task\s+(?:Group|Force)|Sub-?[Cc]ommittee|Group|Committee|Panel|Board|Team))\b"
)


def context_group(item_lines: list[Line]) -> str | None:
    """The group a report in this item speaks for ("we will..."): the last group named in it."""
    for line in reversed(item_lines):
        found = [m.group(1) for m in _GROUP_NAME.finditer(line.text)]
        found = [
            re.sub(r"^(?:The|the|A|a|Our|our)\s+", "", g) for g in found if len(g.split()) >= 2
        ]
        if found:
            return max(found, key=lambda g: len(g.split()))
    return None


COUNCIL_SUBJECT = re.compile(
    r"(?:^|\b(?:agreed|resolved|decided)\s+that\s+|RESOLVED\s*[:\-–]?\s*That\s+)(?:the\s+)?((?:Parish|Town|Community|District|County|City)\s+Council|Councillors)"
    r"\s+(?:agreed\s+that\s+it\b|(?!be\b|was\b|were\b|had\b|has\b|is\b)[a-z]+\b)",
    re.I,
)
_TOPIC = re.compile(r"^[^–:.]{2,60}?\s[–-]\s*")  # "Village Gates – The Clerk was awaiting..."


def actor(text: str, grammar: Grammar) -> str | None:
    """A named person acting in a status sentence: its subject after a topic label, or the agent
    of a passive ("reported by the Clerk")."""
    topic = _TOPIC.match(text)
    subject = grammar.subject.match(text[topic.end() :] if topic else text)
    if subject and PERSONAL.match(subject.group("who")):
        return subject.group("who")
    agent = re.search(r"\bby\s+(?=\S)", text)
    if agent:
        found = grammar.subject.match(text, agent.end())
        if found and PERSONAL.match(found.group("who")):
            return found.group("who")
    return None


def named_before(text: str, grammar: Grammar) -> str | None:
    """ "Following a suggestion by Cllr Mann the Council agreed that she...": the last person named
    before the pronoun in the same sentence."""
    pronoun = re.search(rf"\b{PRONOUN}\b", text)
    if not pronoun:
        return None
    found = [m.group("who") for m in grammar.subject.finditer(text[: pronoun.start()])]
    people = [w for w in found if PERSONAL.match(w)]
    return people[-1] if people else None


def addressee(
    item_lines: list[Line], sent: Piece, grammar: Grammar, texts: dict[int | None, str]
) -> str | None:
    """Who a request is addressed to: the last other person who spoke in this item, nearest
    first (earlier in the same paragraph, then the lines before it)."""
    requester = grammar.subject.match(sent.text)
    page = texts[sent.page]
    before = page[page.rfind("\n", 0, sent.start) + 1 : sent.start]
    for text in [before] + [line.text for line in reversed(item_lines[-6:])]:
        found = [m.group("who") for m in grammar.presenter.finditer(text)]
        found = [w for w in found if not requester or w != requester.group("who")]
        if found:
            return found[-1]
    return None


def known_owner(lead: str | None, people: list[Person]) -> bool:
    """An owner cell that names the meeting's own people, roles or everyone."""
    parts = [p for p in LIST_SEP.split(lead or "") if p]
    return bool(parts) and all(
        re.fullmatch(rf"{ROLE}|{INI}|{ALL}", p) or resolve(p, people) for p in parts
    )
