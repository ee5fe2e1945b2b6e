"""Owners a record leaves unexplained, explained by the body's other meetings: an action log
prints "OP" and no attendance list, the minutes of the meeting before say "Owen Pryce (OP)";
"the Clerk" is whoever the body's nearest attendance list calls its Clerk."""

from __future__ import annotations

import datetime as dt
import re

from assistant.ingest.people import bare_name, holders, post_holders, resolve
from assistant.records import ActionItem, Meeting, Person

_POST = re.compile(
    r"^(?:the\s+)?(?P<post>[A-Z][\w'’-]*(?:\s+(?:(?:of|to|for|and|the|&)\s+)*[A-Z][\w'’-]*){0,4})$"
    # a group is nobody's post: "the Working Group" stays the group
    r"(?<!Group)(?<!Committee)(?<!Council)(?<!Board)(?<!Panel)(?<!Team)(?<!Party)(?<!Members)"
)


def _display(person: Person) -> str:
    bare = bare_name(person.name)
    return person.name if person.name.startswith("Cllr") or len(bare.split()) < 2 else bare


def _nearest(meeting: Meeting, others: list[Meeting]) -> list[Meeting]:
    """The body's other meetings, nearest in time first (undated ones last)."""
    here = meeting.date or dt.date.min

    def distance(m: Meeting) -> int:
        return abs((m.date - here).days) if m.date and meeting.date else 10**6

    return sorted((m for m in others if m.doc_id != meeting.doc_id and m.people), key=distance)


def explain_owners(meetings: list[Meeting]) -> None:
    """Resolve each action's unexplained initials, and posts no attendee of its own meeting
    holds, against the nearest other meeting of the same body whose people explain them
    (exactly one person each)."""
    for meeting in meetings:
        others = _nearest(meeting, meetings)
        for action in meeting.actions:
            _explain(action, meeting, others)


# "S Brereton (DFR)": an initial and a surname, as a web page's attendance list gives them
_INITIAL_NAME = re.compile(r"^(?P<i>[A-Z])\.?\s+(?P<s>[A-Z][\w'’-]+)(?P<rest>\s*\(.*\))?$")


def _full_name(owner: str, others: list[Meeting]) -> str | None:
    """The full name the body's other meetings give an owner printed by initial and surname,
    when they give exactly one."""
    short = _INITIAL_NAME.match(owner)
    if short is None:
        return None
    names = {
        bare
        for other in others
        for person in other.people
        if len((bare := bare_name(person.name)).split()) >= 2
        and bare.split()[-1] == short.group("s")
        and bare[0] == short.group("i")
        and len(bare.split()[0].rstrip(".")) > 1
    }
    return f"{names.pop()}{short.group('rest') or ''}" if len(names) == 1 else None


def _explain(action: ActionItem, meeting: Meeting, others: list[Meeting]) -> None:
    owners = list(action.owners)
    unresolved = set(action.unresolved)
    for k, owner in enumerate(owners):
        fuller = _full_name(owner, others)
        if fuller:
            owners[k] = fuller
            continue
        post = None if owner in unresolved else _POST.match(owner)
        if owner not in unresolved and (post is None or holders(owner, meeting.people)):
            continue
        if post is not None and resolve(owner, meeting.people):
            continue  # a name of this meeting's own people
        for other in others:
            found = (
                resolve(owner, other.people)
                if owner in unresolved
                else holders(owner, other.people)
            )
            by_post = len(found) != 1
            if by_post:  # "DTC", "the PCC": the post the initials spell
                found = post_holders(owner, other.people)
            if len(found) == 1:
                name = _display(found[0])
                name = _full_name(name, others) or name  # "L Hesketh" there, in full elsewhere
                printed = re.sub(r"^(?:the|The)\s+", "", owner)
                owners[k] = name if owner in unresolved and not by_post else f"{name} ({printed})"
                unresolved.discard(owner)
                break
    action.owners = list(dict.fromkeys(owners))
    action.unresolved = [u for u in action.unresolved if u in unresolved]
