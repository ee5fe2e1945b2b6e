"""Records -> a cited briefing note before a meeting -> Markdown / JSON (docx and pdf: export.py).

Every fact comes from the records (meetings, people, actions) or from a sentence of the minutes
quoted verbatim; each bullet carries the citations it rests on. Code picks and orders the
facts; an LLM, where one is configured, may only rephrase a few of them and the answering
verifier removes whatever it cannot support (see briefphrase.py)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from . import briefscan as scan
from .records import ActionItem, Citation, Document, Meeting, Person, Span

log = logging.getLogger(__name__)

OLDER_ACTIONS_LIMIT = 25  # open actions from before the last meeting shown in a body brief
DocLoader = Callable[[str], Document]


class Bullet(BaseModel):
    text: str
    citations: list[Citation] = Field(default_factory=list)
    group: str | None = None  # owner, agenda item or body the bullet is listed under
    spans: list[Span] = Field(default_factory=list, exclude=True)  # numbered into citations


class Section(BaseModel):
    key: str  # last_meeting | open_actions | closed_actions | forward_plan | inconsistencies | ...
    title: str
    bullets: list[Bullet] = Field(default_factory=list)


class Briefing(BaseModel):
    body: str | None
    date: dt.date | None  # the meeting briefed for; None when no date is on record
    for_person: str | None = None
    last_meeting: dt.date | None = None
    sections: list[Section] = Field(default_factory=list)
    sources: list[Citation] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # what the note leaves out, and why
    backend: str = "none"


# --------------------------------------------------------------------------- entry points


def brief(app: Any, body: str | None, date: dt.date | None = None,
          for_person: str | None = None) -> Briefing:
    """The one call for the CLI and the UI: a briefing from the app's records, phrased by the
    configured LLM where one is available."""
    phraser = None
    if app.settings.llm_backend != "none":
        from .briefphrase import Phraser

        answerer = app.answerer
        if answerer.llm.available:
            phraser = Phraser(answerer.llm, answerer.verifier)
    return build_briefing(app.register, app.store.load_document, body=body, date=date,
                          for_person=for_person, phraser=phraser)


def build_briefing(register: Any, load_document: DocLoader, *, body: str | None,
                   date: dt.date | None = None, for_person: str | None = None,
                   phraser: Any = None) -> Briefing:
    if for_person:
        briefing = _personal(register, load_document, for_person, body, date)
    else:
        if not body:
            raise ValueError("a briefing needs a body (or a person to brief)")
        briefing = _body_brief(register, load_document, body, date, phraser)
    return _number(briefing)


# --------------------------------------------------------------------------- body brief


def _body_brief(register: Any, load: DocLoader, body: str, date: dt.date | None,
                phraser: Any) -> Briefing:
    meetings = [m for m in register.meetings(body) if m.date and (date is None or m.date < date)]
    names = sorted({m.body for m in meetings if m.body})
    if not meetings:
        raise LookupError(f"no meeting of '{body}' is on record"
                          + (f" before {date.isoformat()}" if date else ""))
    if len(names) > 1:
        log.info("body %r matches several bodies: %s", body, names)
        exact = [m for m in meetings if (m.body or "").lower() == body.lower()]
        meetings = exact or [m for m in meetings if m.body == meetings[-1].body]
    last = meetings[-1]
    docs = {m.doc_id: load(m.doc_id) for m in meetings}
    target = date or _next_date(last)
    briefing = Briefing(body=last.body, date=target, last_meeting=last.date)
    as_of = target or last.date
    assert as_of is not None
    actions = [a for a in register.actions(status="all", body=last.body)
               if a.meeting_date is None or a.meeting_date <= last.date]  # type: ignore[operator]
    actions = [a for a in actions if (a.body or "").lower() == (last.body or "").lower()]
    previous = meetings[-2] if len(meetings) > 1 else None
    briefing.sections = [
        last_meeting_section(last, docs[last.doc_id]),
        open_actions_section(actions, meetings, as_of, briefing.notes),
        closed_section(actions, last, previous),
        forward_section(last, docs[last.doc_id], actions),
        inconsistencies_section(meetings, docs, actions, register),
    ]
    if phraser is not None:
        briefing.backend = phraser.backend
        phraser.phrase_items(briefing, last, docs[last.doc_id])
    return briefing


def _next_date(meeting: Meeting) -> dt.date | None:
    nxt = meeting.referenced_dates.get("next")
    return nxt if nxt and meeting.date and nxt > meeting.date else None


def last_meeting_section(meeting: Meeting, doc: Document) -> Section:
    section = Section(key="last_meeting", title=f"Last meeting: {_day(meeting.date)}")
    dated = scan.date_span(doc, meeting.date) if meeting.date else None
    if dated:
        section.bullets.append(Bullet(text=f"{meeting.body or 'The meeting'} met on "
                                      f"{_day(meeting.date)} ({meeting.kind}).", spans=[dated]))
    chair = scan.chair(meeting.people)
    if chair and chair.source:
        section.bullets.append(Bullet(text=f"Chair: {chair.display}.", spans=[chair.source]))
    for attendance, label in (("present", "Present"), ("in attendance", "In attendance"),
                              ("apologies", "Apologies")):
        people = [p for p in meeting.people if p.attendance == attendance and p.source]
        if people:
            spans = list({p.source.quote: p.source for p in people if p.source}.values())
            section.bullets.append(Bullet(
                text=f"{label} ({len(people)}): {', '.join(p.display for p in people)}.",
                spans=spans))
    section.bullets += [Bullet(text=text, spans=spans, group=group)
                        for text, spans, group in scan.decision_bullets(meeting)]
    return section


# --------------------------------------------------------------------------- actions


def open_actions_section(actions: list[ActionItem], meetings: list[Meeting], as_of: dt.date,
                         notes: list[str]) -> Section:
    """Open actions grouped by owner, overdue first. Everything open from the last meeting is
    listed; older open actions only when someone owns them, capped (a long-lived register
    holds many items no later minutes mention again)."""
    last = meetings[-1]
    merged = scan.merge_duplicates([a for a in actions if a.status == "open"])
    recent = [a for a in merged if a.meeting_date == last.date or _updated_at(a, last.date)]
    older = [a for a in merged if a not in recent and a.owners]
    older.sort(key=lambda a: a.meeting_date or dt.date.min, reverse=True)
    if len(older) > OLDER_ACTIONS_LIMIT:
        notes.append(f"{len(older) - OLDER_ACTIONS_LIMIT} older open actions with an owner and "
                     f"{sum(1 for a in merged if a not in recent and not a.owners)} without one "
                     "are on the register but not in this note (minutes actions --body ...).")
        older = older[:OLDER_ACTIONS_LIMIT]
    people = {p.name: p for m in meetings for p in m.people}
    rows = []
    for action in recent + older:
        due = scan.due_date(action, meetings)
        overdue = due is not None and due < as_of
        rows.append((not overdue, _owner_label(action, people), action.meeting_date or dt.date.min,
                     action, due, overdue))
    rows.sort(key=lambda r: (r[0], r[1].lower() if r[1] != NO_OWNER else "~", r[2]))
    section = Section(key="open_actions", title="Open actions")
    for _, owner, _, action, due, overdue in rows:
        section.bullets.append(Bullet(text=action_text(action, as_of, due, overdue), group=owner,
                                      spans=_action_spans(action)))
    return section


NO_OWNER = "No owner named"


def _owner_label(action: ActionItem, people: dict[str, Person]) -> str:
    if not action.owners:
        return NO_OWNER
    labels = []
    for owner in action.owners:
        person = people.get(owner) or next(
            (p for name, p in people.items() if name.endswith(owner) or owner.endswith(name)), None)
        label = person.display if person and person.initials else owner
        if owner in action.unresolved:
            label = f"{owner} (initials not in any attendee list)"
        labels.append(label)
    return " and ".join(labels)


def _updated_at(action: ActionItem, date: dt.date | None) -> bool:
    return any(u.meeting_date == date for u in action.history)


def _action_spans(action: ActionItem) -> list[Span]:
    spans = [action.source]
    if action.history:
        spans.append(action.history[-1].source)
    return spans


def action_text(action: ActionItem, as_of: dt.date, due: dt.date | None, overdue: bool) -> str:
    parts = [scan.flat(scan.clean_description(action.description), 220).rstrip(".") + "."]
    if action.meeting_date:
        age = (as_of - action.meeting_date).days
        parts.append(f"Raised {_day(action.meeting_date)}"
                     + (f" ({age} days old)." if age > 0 else "."))
    if action.history:
        latest = action.history[-1]
        parts.append(f"Latest update ({_day(latest.meeting_date)}): "
                     f"{scan.flat(latest.text, 160).rstrip('.')}.")
    elif action.progress:
        parts.append(f"Progress: {scan.flat(action.progress, 160).rstrip('.')}.")
    if action.due:
        parts.append(f"Due: {scan.flat(action.due, 60)}"
                     + (f" (overdue since {_day(due)})." if overdue and due else "."))
    return " ".join(parts)


def closed_section(actions: list[ActionItem], last: Meeting,
                   previous: Meeting | None) -> Section:
    """Actions whose closing evidence was recorded after the meeting before the last one."""
    since = previous.date if previous else None
    section = Section(key="closed_actions",
                      title=f"Closed since {_day(since)}" if since
                      else "Closed at the last meeting")
    for action in scan.merge_duplicates([a for a in actions if a.status == "closed"]):
        closing = next((u for u in reversed(action.history) if u.status == "closed"), None)
        when = closing.meeting_date if closing else action.meeting_date
        if when is None or (since is not None and when <= since):
            continue
        evidence = closing.text if closing else (action.progress or action.status_evidence or "")
        owner = f"{', '.join(action.owners)}: " if action.owners else ""
        text = f"{owner}{scan.flat(scan.clean_description(action.description), 200).rstrip('.')}."
        if evidence:
            text += f" Closed ({_day(when)}): {scan.flat(evidence, 120).rstrip('.')}."
        section.bullets.append(Bullet(text=text, spans=_action_spans(action)))
    return section


def forward_section(last: Meeting, doc: Document, actions: list[ActionItem]) -> Section:
    section = Section(key="forward_plan", title="Forward plan and future agenda items")
    nxt = _next_date(last)
    if nxt:
        span = scan.date_span(doc, nxt, cue=scan.NEXT_CUE)
        if span:
            section.bullets.append(Bullet(text=f"Next meeting: {_day(nxt)}.", spans=[span]))
    for span in scan.forward_spans(doc):
        section.bullets.append(Bullet(text=scan.flat(scan.cell_text(span.quote), 260),
                                      spans=[span]))
    return section


def inconsistencies_section(meetings: list[Meeting], docs: dict[str, Document],
                            actions: list[ActionItem], register: Any) -> Section:
    section = Section(key="inconsistencies", title="Inconsistencies in the papers")
    for text, spans in scan.date_conflicts(meetings, docs):
        section.bullets.append(Bullet(text=text, spans=spans))
    for text, spans in scan.unknown_initials(meetings[-1], docs, actions, register):
        section.bullets.append(Bullet(text=text, spans=spans))
    return section


# --------------------------------------------------------------------------- personal brief


def _personal(register: Any, load: DocLoader, who: str, body: str | None,
              date: dt.date | None) -> Briefing:
    people = register.resolve(who, body)
    actions = [a for a in register.actions(owner=who, status="open", body=body)
               if date is None or a.meeting_date is None or a.meeting_date < date]
    label = people[0].display if len(people) == 1 else who
    briefing = Briefing(body=body, date=date, for_person=who)
    found = Section(key="person", title=f"Who: {label}")
    for person in people:
        if person.source:
            found.bullets.append(Bullet(
                text=f"{who} is {person.display}"
                + (f", {person.role}" if person.role else "")
                + (f" ({person.body})." if person.body else "."), spans=[person.source]))
    if not people:
        briefing.notes.append(f"No attendee list names '{who}'; actions are matched as printed.")
    open_section = Section(key="open_actions", title=f"Open actions for {label}")
    presenting = Section(key="presenting", title=f"What {label} is due to present or report")
    by_body: dict[str, list[Meeting]] = {}
    for action in sorted(scan.merge_duplicates(actions),
                         key=lambda a: (a.body or "", a.meeting_date or dt.date.min)):
        meetings = by_body.setdefault(action.body or "", register.meetings(action.body))
        as_of = date or (_next_date(meetings[-1]) if meetings else None) or dt.date.today()
        due = scan.due_date(action, meetings)
        overdue = due is not None and due < as_of
        bullet = Bullet(text=action_text(action, as_of, due, overdue), group=action.body,
                        spans=_action_spans(action))
        open_section.bullets.append(bullet)
        if scan.PRESENT_WORDS.search(action.description):
            presenting.bullets.append(bullet.model_copy())
    for body_name, meetings in by_body.items():
        if meetings:
            last = meetings[-1]
            for span in scan.forward_spans(load(last.doc_id), mentions=_aliases(who, people)):
                presenting.bullets.append(Bullet(text=scan.flat(scan.cell_text(span.quote), 260),
                                                 group=body_name,
                                                 spans=[span]))
    briefing.sections = [found, open_section, presenting]
    return briefing


def _aliases(who: str, people: list[Person]) -> list[str]:
    names = {who}
    for person in people:
        names.add(person.name)
        if person.initials:
            names.add(person.initials)
        parts = scan.bare(person.name).split()
        if len(parts) > 1:
            names.add(parts[-1])
    return sorted(n for n in names if len(n) > 1)


# --------------------------------------------------------------------------- numbering, output


def _number(briefing: Briefing) -> Briefing:
    """Give each distinct quoted source one number, in order of first use."""
    numbers: dict[tuple[str, int | None, str], Citation] = {}
    for section in briefing.sections:
        for bullet in section.bullets:
            bullet.citations = []
            for span in bullet.spans:
                quote = scan.trim_quote(span.quote)
                key = (span.doc, span.page, quote)
                if key not in numbers:
                    numbers[key] = Citation(n=len(numbers) + 1, doc=span.doc, page=span.page,
                                            quote=quote, item=span.item)
                if numbers[key] not in bullet.citations:
                    bullet.citations.append(numbers[key])
        section.bullets = [b for b in section.bullets if b.citations]  # uncited facts never show
    briefing.sources = list(numbers.values())
    return briefing


def title(briefing: Briefing) -> str:
    who = f"Personal briefing for {briefing.for_person}" if briefing.for_person else "Briefing"
    parts = [p for p in (briefing.body, _day(briefing.date) if briefing.date else None) if p]
    if not briefing.for_person and not briefing.date:
        parts.append("next meeting (date not yet on record)")
    return f"{who}: {', '.join(parts)}" if parts else who


def render_markdown(briefing: Briefing) -> str:
    lines = [f"# {title(briefing)}", ""]
    if briefing.last_meeting:
        lines += [f"Prepared from the records up to the meeting of {_day(briefing.last_meeting)}.",
                  ""]
    for section in briefing.sections:
        lines += [f"## {section.title}", ""]
        if not section.bullets:
            lines += ["None recorded.", ""]
            continue
        group: str | None = None
        for bullet in section.bullets:
            if bullet.group and bullet.group != group:
                group = bullet.group
                lines += ["", f"**{group}**", ""]
            marks = "".join(f"[{c.n}]" for c in bullet.citations)
            lines.append(f"- {bullet.text} {marks}")
        lines.append("")
    if briefing.notes:
        lines += ["## Notes", ""] + [f"- {n}" for n in briefing.notes] + [""]
    lines += ["## Sources", ""]
    for c in briefing.sources:
        lines.append(f"{c.n}. {source_label(c)}: \"{scan.flat(c.quote, 300)}\"")
    return "\n".join(lines).rstrip() + "\n"


def source_label(citation: Citation) -> str:
    page = f", page {citation.page}" if citation.page is not None else ""
    item = f", item {citation.item}" if citation.item else ""
    return f"{citation.doc}{page}{item}"


def briefing_json(briefing: Briefing) -> dict[str, Any]:
    """The `--json` contract of `minutes brief` (also served by the UI)."""
    def cite(c: Citation) -> dict[str, Any]:
        return {"n": c.n, "doc": c.doc, "page": c.page, "quote": c.quote, "item": c.item}

    return {
        "body": briefing.body,
        "date": briefing.date.isoformat() if briefing.date else None,
        "for": briefing.for_person,
        "last_meeting": briefing.last_meeting.isoformat() if briefing.last_meeting else None,
        "sections": [{"key": s.key, "title": s.title, "bullets": [
            {"text": b.text, "group": b.group, "citations": [cite(c) for c in b.citations]}
            for b in s.bullets]} for s in briefing.sections],
        "sources": [cite(c) for c in briefing.sources],
        "notes": briefing.notes,
        "backend": briefing.backend,
    }


def _day(date: dt.date | None) -> str:
    return f"{date.day} {date.strftime('%B %Y')}" if date else "an unrecorded date"
