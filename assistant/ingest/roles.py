"""Who holds a role at a meeting (the chair), and the narrow stretch of the attendee list or
the minutes that says so, to cite."""

from __future__ import annotations

import re

from assistant.records import Person, Span

from .people import bare_name

ROLE_WINDOW = 120  # how far after a name its role or organisation may run


CHAIR_ROLE = re.compile(r"(?<![-\w])chair(?:man|woman|person)?\b", re.I)


# "Chair", "Chairman", "Community governor (Chair)", "Captain (chairing)"; not "Vice Chair",
# "Chair of Audit Committee"
_CHAIR_HELD = re.compile(
    r"(?<![-\w])(?<!vice )(?<!vice-)(?:chair(?:man|woman|person|ing)?|conven[eo]r)\b(?!\s+of\b)",
    re.I,
)
# "for items 9-11": the last items of a meeting, not the whole of it
LATER_ITEMS = r"for\s+items?\s+(?:[2-9]|\d{2,})\b"
_IN_THE_CHAIR_LATER = re.compile(rf"\bin\s+the\s+chair\s+{LATER_ITEMS}", re.I)
# "Vice-Chair (in the Chair)": whatever post the list gives, this person presided
_IN_THE_CHAIR = re.compile(r"\bin\s+the\s+chair\b", re.I)


def chair(people: list[Person]) -> Person | None:
    """Who chaired: the one the record says presided, else the attendee listed as in the chair
    or as chair (or convener)."""
    for person in people:
        if person.presiding:
            return person
    for person in people:
        role = person.role or ""
        # "in the chair for items 9-11": for the last items only, when another held the chair
        # for the first ones ("Chairman, items 1-8")
        if not person.away and _IN_THE_CHAIR.search(role) and not _IN_THE_CHAIR_LATER.search(role):
            return person
    for person in people:  # "(Chair)" itself before "Independent Chair NSCB"
        role = re.sub(r"[()]", "", person.role or "").strip().lower()
        if not person.away and role in {
            "chair",
            "chairman",
            "chairwoman",
            "chairperson",
            "convener",  # a Scottish body's chair
            "convenor",
        }:
            return person
    for person in people:
        role = person.role or ""
        vice = re.match(r"^\W*vice", role, re.I)
        if not person.away and _CHAIR_HELD.search(role) and not vice:
            return person
    # no Chair among those present: the Vice-Chair present presides, as standing orders provide
    vices = [p for p in people if not p.away and _VICE_CHAIR.search(p.role or "")]
    return vices[0] if len(vices) == 1 else None


_VICE_CHAIR = re.compile(r"\bvice[- ]?chair(?:man|woman|person)?\b(?!\s+of\b)", re.I)


def name_at(quote: str, person: Person) -> tuple[int, int] | None:
    """Where the quote names the person: as printed, without a title, or by surname."""
    name = bare_name(person.name)
    parts = name.split()
    for candidate in (
        person.name,
        name,
        f"{parts[0][:1]}. {parts[-1]}" if parts else "",
        parts[-1] if len(parts) > 1 else "",
    ):
        if len(candidate) < 3:
            continue
        pattern = r"\s+".join(re.escape(w) for w in candidate.split())
        found = re.search(rf"(?<![A-Za-z]){pattern}(?![A-Za-z])", quote)
        if found:
            return found.start(), found.end()
    return None


def sub_span(span: Span, start: int, end: int) -> Span:
    quote = span.quote[start:end]
    lead = len(quote) - len(quote.lstrip())
    quote = quote.strip()
    return span.model_copy(
        update={
            "start": span.start + start + lead,
            "end": span.start + start + lead + len(quote),
            "quote": quote,
        }
    )


def role_span(person: Person, role: re.Pattern[str]) -> Span | None:
    """The narrow stretch of an attendee list that gives this person the role ("Ann
    Berry (AB) – Vale County Council (Chair)"), not the whole list."""
    if person.role_source is not None and role.search(person.role_source.quote):
        return person.role_source
    if person.source is None:
        return None
    quote = person.source.quote
    at = name_at(quote, person)
    if at is None:
        return None
    after = role.search(quote, at[1], min(len(quote), at[1] + ROLE_WINDOW))
    if after:
        end = after.end() + (1 if quote[after.end() : after.end() + 1] == ")" else 0)
        return sub_span(person.source, at[0], end)
    lead_in = list(role.finditer(quote, max(0, at[0] - 40), at[0]))  # "Chair: Cllr X"
    return sub_span(person.source, lead_in[-1].start(), at[1]) if lead_in else None
