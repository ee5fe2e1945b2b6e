"""Records -> a cited briefing note before a meeting (rendering and export: export.py).

Every fact comes from the records (meetings, people, actions) or from the minutes quoted
verbatim, and each bullet cites the text that carries each fact it states: the meeting's own
date line for a date, the attendee list for names, the source row for an action. What the note
works out itself (an age, "overdue", a wrong weekday) is a bullet's `aside`, never its claim.
Code picks and orders the facts; an LLM, where one is configured, may only phrase a few agenda
items and the answering verifier removes whatever it cannot support (see briefphrase.py).
The note is one to two pages: caps keep it short, and the JSON keeps the full lists."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from assistant.ingest import roles
from assistant.ingest.people import bare_name
from assistant.records import (
    ActionItem,
    Briefing,
    Bullet,
    Citation,
    Document,
    Meeting,
    Person,
    Section,
)

from . import checks as check
from . import scan
from .actions import (
    Pages,
    action_bullet,
    closed_sections,
    open_actions_sections,
)
from .scan import day

log = logging.getLogger(__name__)

ITEM_LIMIT = 5  # items with no decision recorded, listed by title
FORWARD_LIMIT = 8
DocLoader = Callable[[str], Document]


# --------------------------------------------------------------------------- entry points


def build_briefing(
    register: Any,
    load_document: DocLoader,
    *,
    body: str | None,
    date: dt.date | None = None,
    for_person: str | None = None,
    phraser: Any = None,
    full: bool = False,
) -> Briefing:
    """`full`: every section in the note, nothing capped (the JSON always has everything)."""
    pages = Pages(load_document)
    if for_person:
        briefing = _personal(register, pages, for_person, body, date)
    else:
        if not body:
            raise ValueError("a briefing needs a body (or a person to brief)")
        briefing = _body_brief(register, pages, body, date, phraser)
    if full:
        for section in briefing.sections:
            section.in_note = True
    # The note's sections first, so the sources it lists are numbered 1..n.
    briefing.sections.sort(key=lambda s: not s.in_note)
    return _number(briefing, register.meetings(briefing.body if not for_person else None))


# --------------------------------------------------------------------------- body brief


def _body_brief(
    register: Any, pages: Pages, body: str, date: dt.date | None, phraser: Any
) -> Briefing:
    known = register.meetings(body)
    meetings = [m for m in known if m.date and (date is None or m.date < date)]
    names = sorted({m.body for m in meetings if m.body})
    if not meetings:
        if known and not any(m.date for m in known):
            raise LookupError(
                f"no document of '{body}' gives its meeting date ({len(known)} read); correct "
                "a document's date first (Documents tab, or minutes docs --set DOC date=…)"
            )
        raise LookupError(
            f"no meeting of '{body}' is on record" + (f" before {date.isoformat()}" if date else "")
        )
    if len(names) > 1:
        log.info("body %r matches several bodies: %s", body, names)
        exact = [m for m in meetings if (m.body or "").lower() == body.lower()]
        meetings = exact or [m for m in meetings if m.body == meetings[-1].body]
    last = meetings[-1]
    assert last.date is not None
    docs = {m.doc_id: pages.doc(m.doc_id) for m in meetings}
    target = date or _next_date(last)
    briefing = Briefing(body=last.body, date=target, last_meeting=last.date)
    as_of = target or last.date
    actions = [
        a
        for a in register.actions(status="all", body=last.body)
        if (a.meeting_date is None or a.meeting_date <= last.date)
        and (a.body or "").lower() == (last.body or "").lower()
    ]
    last_actions = [a for a in actions if a.source.doc_id == last.doc_id]
    meeting = last_meeting_section(last, docs[last.doc_id], last_actions)
    decided = [d.span for d in last.decisions]
    open_now, open_more = open_actions_sections(
        actions, meetings, as_of, pages, decided, briefing.notes
    )
    closed, closed_more = closed_sections(actions, meetings, pages, decided, briefing.notes)
    briefing.sections = [
        meeting,
        open_now,
        closed,
        forward_section(last, docs[last.doc_id], actions),
        inconsistencies_section(meetings, docs, actions, register),
        open_more,
        closed_more,
    ]
    if phraser is not None:
        briefing.backend = phraser.backend
        phraser.phrase_items(briefing, last, last_actions)
    return briefing


def _next_date(meeting: Meeting) -> dt.date | None:
    nxt = meeting.referenced_dates.get("next")
    return nxt if nxt and meeting.date and nxt > meeting.date else None


UNDECIDED = "no decision recorded"


def last_meeting_section(meeting: Meeting, doc: Document, actions: list[ActionItem]) -> Section:
    """Its record's date line, the chair, who attended, a sentence per decided item and the
    titles of the items that recorded no decision (not an action log's rows: those are
    actions)."""
    section = Section(key="last_meeting", title=f"Last meeting: {day(meeting.date)}")
    dated = scan.date_span(doc, meeting.date) if meeting.date else None
    if dated:
        section.bullets.append(Bullet(text=f"Record: {_heading(dated.quote)}", spans=[dated]))
    chair = roles.chair(meeting.people)
    span = roles.role_span(chair, roles.CHAIR_ROLE) if chair else None
    if chair and span:
        section.bullets.append(Bullet(text=f"Chair: {chair.display}.", spans=[span]))
    for attendance, label in (
        ("present", "Present"),
        ("in attendance", "In attendance"),
        ("apologies", "Apologies"),
        ("absent", "Absent"),
    ):
        listed = [p for p in meeting.people if p.attendance == attendance and p.source]
        if listed:
            section.bullets.append(
                Bullet(
                    text=f"{label}: {', '.join(p.display for p in listed)}.",
                    spans=scan.list_spans(listed, doc),
                    aside=f"{len(listed)} named",
                )
            )
    section.bullets += [
        Bullet(text=text, spans=spans) for text, spans in scan.decision_bullets(meeting)
    ]
    for item in scan.undecided_items(meeting, actions)[:ITEM_LIMIT]:
        label = scan.flat(
            f"item {item.number}, {item.title}" if item.number else item.title, 90
        ).rstrip(".")
        section.bullets.append(
            Bullet(
                text=f"Considered: {label}.",
                aside=UNDECIDED,
                spans=[scan.heading_span(item)],
                key=item.span.quote[:80],
            )
        )
    return section


def _heading(quote: str) -> str:
    return scan.flat(quote.strip(" *#-_\t"), 200).rstrip(".") + "."


def forward_section(last: Meeting, doc: Document, actions: list[ActionItem]) -> Section:
    """The next meeting's date, then sentences about the forward plan and future agendas that
    are not already actions (those are listed with the actions)."""
    section = Section(key="forward_plan", title="Forward plan and future agenda items")
    nxt = _next_date(last)
    if nxt:
        span = scan.date_span(doc, nxt, cue=scan.NEXT_CUE)
        if span:
            section.bullets.append(Bullet(text=f"Next meeting: {day(nxt)}.", spans=[span]))
    for span in scan.forward_spans(doc):
        text = scan.lead(scan.cell_text(span.quote), 260)
        if len(text.split()) < 5 or any(scan.overlaps(span, a.source) for a in actions):
            continue  # a bare heading ("6 FORWARD PLAN") says nothing; an action is listed
        section.bullets.append(Bullet(text=text, spans=[span]))
        if len(section.bullets) > FORWARD_LIMIT:
            break
    return section


def inconsistencies_section(
    meetings: list[Meeting], docs: dict[str, Document], actions: list[ActionItem], register: Any
) -> Section:
    section = Section(key="inconsistencies", title="Inconsistencies in the papers")
    findings = check.date_conflicts(meetings, docs)
    findings += check.unknown_initials(meetings[-1], docs, actions, register)
    section.bullets = [
        Bullet(text=f.text, spans=f.spans, group=f.kind, aside=f.aside) for f in findings
    ]
    return section


# --------------------------------------------------------------------------- personal brief


def _personal(
    register: Any, pages: Pages, who: str, body: str | None, date: dt.date | None
) -> Briefing:
    people = register.resolve(who, body)
    actions = [
        a
        for a in register.actions(owner=who, status="open", body=body)
        if date is None or a.meeting_date is None or a.meeting_date < date
    ]
    label = people[0].display if len(people) == 1 else who
    briefing = Briefing(body=body, date=date, for_person=who)
    found = Section(key="person", title=f"Who: {label}")
    for person in people:
        span = (
            scan.list_spans([person], pages.doc(person.source.doc_id))[0] if person.source else None
        )
        if span:
            found.bullets.append(
                Bullet(
                    text=f"{person.display}" + (f", {person.role}." if person.role else "."),
                    spans=[span],
                    group=person.body,
                )
            )
    if not people:
        briefing.notes.append(f"No attendee list names '{who}'; actions are matched as printed.")
    open_section = Section(key="open_actions", title=f"Open actions for {label}")
    presenting = Section(key="presenting", title=f"What {label} is due to present or report")
    by_body: dict[str, list[Meeting]] = {}
    origins: dict[str, Any] = {}
    for action in sorted(
        scan.merge_duplicates(actions, origins),
        key=lambda a: (a.body or "", a.meeting_date or dt.date.min),
    ):
        meetings = by_body.setdefault(action.body or "", register.meetings(action.body))
        # Ages run to the meeting briefed for: the next one on record, else the last one.
        last_date = meetings[-1].date if meetings else None
        as_of = (
            date or (_next_date(meetings[-1]) if meetings else None) or last_date or dt.date.today()
        )
        bullet = action_bullet(
            action,
            pages,
            as_of=as_of,
            due=scan.due_date(action, meetings),
            origin=origins.get(action.id),
            group=action.body,
        )
        open_section.bullets.append(bullet)
        if scan.PRESENT_WORDS.search(action.description):
            presenting.bullets.append(bullet.model_copy())
    for body_name, meetings in by_body.items():
        if meetings:
            doc = pages.doc(meetings[-1].doc_id)
            for span in scan.forward_spans(doc, mentions=_aliases(who, people)):
                if any(scan.overlaps(span, a.source) for a in actions):
                    continue
                presenting.bullets.append(
                    Bullet(
                        text=scan.flat(scan.cell_text(span.quote), 260),
                        group=body_name,
                        spans=[span],
                    )
                )
    briefing.sections = [found, open_section, presenting]
    return briefing


def _aliases(who: str, people: list[Person]) -> list[str]:
    names = {who}
    for person in people:
        names.add(person.name)
        if person.initials:
            names.add(person.initials)
        parts = bare_name(person.name).split()
        if len(parts) > 1:
            names.add(parts[-1])
    return sorted(n for n in names if len(n) > 1)


# --------------------------------------------------------------------------- numbering


def _number(briefing: Briefing, meetings: list[Meeting]) -> Briefing:
    """Give each distinct quoted source one number, in order of first use; a citation names
    the meeting its document records."""
    named = {m.doc_id: f"{m.body}, {day(m.date)}" for m in meetings if m.body and m.date}
    numbers: dict[tuple[str, int | None, str], Citation] = {}
    for section in briefing.sections:
        for bullet in section.bullets:
            bullet.citations = []
            for span in bullet.spans:
                quote = scan.trim_quote(span.quote)
                key = (span.doc, span.page, quote)
                if key not in numbers:
                    numbers[key] = Citation(
                        n=len(numbers) + 1,
                        doc=span.doc,
                        page=span.page,
                        quote=quote,
                        item=span.item,
                        meeting=named.get(span.doc_id),
                    )
                if numbers[key] not in bullet.citations:
                    bullet.citations.append(numbers[key])
        section.bullets = [b for b in section.bullets if b.citations]  # uncited facts never show
    briefing.sources = list(numbers.values())
    return briefing
