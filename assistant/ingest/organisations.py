"""The words bodies and organisations are named by, and the organisation a board or
committee runs: "Vale Credit Union Board of Directors" is the credit union."""

from __future__ import annotations

import re

# Words that make a name a body's ("Council", "Board of Trustees", "Governing Body")
BODY_NOUN = (
    r"Council|Board|Committee|Sub-?Committee|Trust|Partnership|Group|Executive|Forum|Panel"
    r"|Authority|Cabinet|Assembly|Commission|Trustees|Governors|Governing\s+Body|Directors"
    r"|Corporation|Club"  # a further education college's board; a sports or social club
    r"|Commissioners|Conservators"  # a harbour's or a common's statutory body
    r"|Society|Association|Federation|Alliance|Network|Meeting\s+of\s+Members"
    r"|(?:Parish|Town|Village)\s+Meeting"  # in England a parish meeting is a body of its own
)


# an organisation of members, shareholders or volunteers, named by what it is ("… Credit
# Union", "… Land Trust Ltd", "… Rowing Club"): its board or committee is the organisation
ORGANISATION = (
    r"Union|Trust|Society|Ltd|Limited|CIC|Association|League|Club|Team|Company|Charity"
    r"|Foundation|Co-?operative|Institute"
)
_RUNS_IT = (
    r"(?:(?:Management\s+)?Committee(?:\s+of\s+Management)?"
    r"|Board(?:\s+of\s+(?:Directors|Trustees|Management))?|Trustee\s+Board|Trustees|Directors)"
)
_ITS_BOARD = re.compile(  # "Vale Credit Union Board", "Trustee Board, Vale Students' Union",
    rf"^(?P<org>.+?\b(?:{ORGANISATION}))\s+{_RUNS_IT}$|^{_RUNS_IT},\s+(?P<org2>.+\b(?:{ORGANISATION}))$"
    rf"|^(?P<org3>.+?\b(?:{BODY_NOUN}))['’]s?\s+{_RUNS_IT}$"  # "Vale Commissioners' Board"
    r"|^(?:The\s+)?(?:Board\s+of\s+)?Trustees\s+of\s+(?:the\s+)?(?P<org4>[A-Z].+)$"  # a charity's
)


def organisation_of(name: str | None) -> str | None:
    """The organisation a board or committee runs names it: "Vale Credit Union Board of
    Directors" is the credit union, "Fell Rescue Team Committee" the team. A committee of a
    council or authority, or a partnership's board, keeps its own name."""
    if not name:
        return name
    found = _ITS_BOARD.match(name)
    organisation = found and next(
        (g for g in found.group("org", "org2", "org3", "org4") if g), None
    )
    if organisation and len(organisation.split()) > 1:
        name = organisation
    return _SAID_TWICE.sub(r"\g<initials>", name)


# initials and the body word their last letter stands for: "Vale LDC Committee", "Fell MRT Team"
_SAID_TWICE = re.compile(
    rf"\b(?P<initials>[A-Z]{{1,5}}(?P<last>[A-Z]))\s+(?=(?:{BODY_NOUN}|Team)$)(?P=last)\w+$"
)
