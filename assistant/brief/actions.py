"""Actions in a briefing: which open and closed actions a one- to two-page note shows, and how
each reads.

A bullet's sentence says only what its citations hold: the action as recorded (its source
row or sentence), "raised <date>" (cited to that meeting's own date line), the due text and
progress as printed, the latest update (cited to the update and its meeting's date line).
What the note works out itself, an action's age and whether it is overdue, goes in the
bullet's `aside`, which is not a claim about the text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.records import (
    ActionItem,
    ActionUpdate,
    Bullet,
    Document,
    Meeting,
    Person,
    Section,
    Span,
)

from . import scan
from .scan import day, flat

NO_OWNER = "No owner named"
OLDER_LIMIT = 6  # open actions from before the last meeting shown in the note
NO_OWNER_LIMIT = 5  # open actions of the last meeting that name nobody, shown in the note
CLOSED_LIMIT = 6
SHORT_UPDATE = 3  # words: an update this short ("Ongoing") reads within the first sentence


class Pages:
    """The documents a briefing quotes, loaded once, and each meeting's date line."""

    def __init__(self, load: Callable[[str], Document]):
        self._load = load
        self._docs: dict[str, Document] = {}
        self._lines: dict[tuple[str, dt.date], Span | None] = {}

    def doc(self, doc_id: str) -> Document:
        if doc_id not in self._docs:
            self._docs[doc_id] = self._load(doc_id)
        return self._docs[doc_id]

    def date_line(self, doc_id: str, date: dt.date | None) -> Span | None:
        """The line of a meeting's record that gives its date (its heading, as a rule)."""
        if date is None:
            return None
        if (doc_id, date) not in self._lines:
            try:
                self._lines[doc_id, date] = scan.date_span(self.doc(doc_id), date)
            except KeyError:
                self._lines[doc_id, date] = None
        return self._lines[doc_id, date]


# --------------------------------------------------------------------------- one action


def action_bullet(
    action: ActionItem,
    pages: Pages,
    *,
    as_of: dt.date,
    due: dt.date | None,
    origin: Span | None = None,
    closing: ActionUpdate | None = None,
    group: str | None = None,
) -> Bullet:
    """An action as a bullet: what it is, when it was raised, the due text and progress as
    printed, then the latest update (for a closed action, the one that closed it)."""
    spans = [s for s in (origin, action.source) if s is not None]
    raised_line = pages.date_line((origin or action.source).doc_id, action.meeting_date)
    details = []
    if action.meeting_date and raised_line:
        details.append(f"raised {day(action.meeting_date)}")
        spans.append(raised_line)
    if action.due and _in(action.due, action.source):
        details.append(f"due {flat(action.due, 60)}")
    update = closing if closing is not None else action.standing()
    if update is not None and scan.overlaps(update.source, action.source):
        update = None  # the record closed itself ("RESOLVED"): nothing later to report
    if update is None and action.progress and _in(action.progress, action.source):
        # One sentence: the progress column's own full stops would cut it into fragments.
        progress = re.sub(r"(?<=[a-z0-9)])\.\s+", "; ", flat(action.progress, 100))
        details.append(f"progress: {progress.rstrip('.')}")
    text = scan.lead(scan.clean_description(action.description), 160).rstrip(".;,: ")
    text += f" ({'; '.join(details)})." if details else "."
    if update is not None and (line := pages.date_line(update.source.doc_id, update.meeting_date)):
        said = scan.lead(update.text, 100).rstrip(".;,: ")
        if len(re.findall(r"[A-Za-z]+", said)) >= SHORT_UPDATE:
            text += f" Update of {day(update.meeting_date)}: {said}."
            spans += [update.source, line]
    aside = []
    if action.meeting_date and action.status == "open" and as_of > action.meeting_date:
        aside.append(f"open {(as_of - action.meeting_date).days} days")
    if due is not None and action.status == "open" and due < as_of:
        aside.append(f"overdue since {day(due)}")
    # A person's correction is not in the minutes: shown beside the claim, never as it.
    aside += [f"corrected: {c.describe()}" for c in action.corrections]
    return Bullet(
        text=text, spans=_unique(spans), group=group, aside="; ".join(aside) or None, key=action.id
    )


def _in(text: str, span: Span) -> bool:
    """The parsed text is printed in the cited quote (white space aside)."""
    return flat(text).lower()[:40] in flat(span.quote).lower()


def _unique(spans: list[Span]) -> list[Span]:
    return list({(s.doc_id, s.page, s.start, s.end): s for s in spans}.values())


def owner_label(action: ActionItem, people: dict[str, Person]) -> str:
    if not action.owners:
        return NO_OWNER
    labels = []
    for owner in action.owners:
        person = people.get(owner) or next(
            (p for name, p in people.items() if name.endswith(owner) or owner.endswith(name)), None
        )
        label = person.display if person and person.initials else _plain(owner)
        if owner in action.unresolved:
            label = f"{owner} (initials not in any attendee list)"
        labels.append(label)
    return " and ".join(labels)


def _plain(owner: str) -> str:
    """ "the Parish Council" and "The Parish Council" are one heading."""
    owner = re.sub(r"^the\s+", "", owner, flags=re.I)
    return owner[:1].upper() + owner[1:]


def overdue(due: dt.date | None, as_of: dt.date) -> bool:
    return due is not None and due < as_of


# --------------------------------------------------------------------------- sections


def open_actions_sections(
    actions: list[ActionItem],
    meetings: list[Meeting],
    as_of: dt.date,
    pages: Pages,
    shown_decisions: list[Span],
    notes: list[str],
) -> tuple[Section, Section]:
    """The note lists every open action of the last meeting (those naming nobody up to a cap;
    a resolution already listed as a decision is not repeated), then older ones: overdue
    first, then those updated at the last meeting, then the most recent, up to a cap. The
    rest go to a second section kept for the JSON, not the note."""
    last = meetings[-1]
    origins: dict[str, Span] = {}
    merged = scan.merge_duplicates([a for a in actions if a.status == "open"], origins)
    # A person who closed an action closed its re-listings up to then (an action log's row).
    closed_by = {a.id: _closed_on(a) for a in actions if a.status == "closed"}
    merged = [
        a
        for a in merged
        if not any(
            when is not None
            and (a.meeting_date is None or a.meeting_date <= when)
            and scan.same_action(a, b)
            for b in actions
            if (when := closed_by.get(b.id)) is not None
        )
    ]
    due = {a.id: scan.due_date(a, meetings) for a in merged}
    of_last = [a for a in merged if a.meeting_date == last.date or a.source.doc_id == last.doc_id]
    of_last = [
        a
        for a in of_last
        if a.owners or not any(scan.overlaps(a.source, d) for d in shown_decisions)
    ]
    named = [a for a in of_last if a.owners]
    unnamed = sorted((a for a in of_last if not a.owners), key=lambda a: a.source.start)
    older = [a for a in merged if a not in of_last and a.owners]
    older.sort(
        key=lambda a: (
            not overdue(due[a.id], as_of),
            not any(u.meeting_date == last.date for u in a.history),
            -(a.meeting_date or dt.date.min).toordinal(),
        )
    )
    shown = named + unnamed[:NO_OWNER_LIMIT] + older[:OLDER_LIMIT]
    rest = [
        a
        for a in merged
        if a not in shown and not any(scan.overlaps(a.source, d) for d in shown_decisions)
    ]
    people = {p.name: p for m in meetings for p in m.people}

    def bullets(chosen: list[ActionItem]) -> list[Bullet]:
        rows = [(owner_label(a, people), a) for a in chosen]
        late = {label for label, a in rows if overdue(due[a.id], as_of)}
        rows.sort(
            key=lambda r: (
                r[0] not in late,
                r[0] == NO_OWNER,
                r[0].lower(),
                not overdue(due[r[1].id], as_of),
                r[1].meeting_date or dt.date.min,
            )
        )
        return [
            action_bullet(
                a, pages, as_of=as_of, due=due[a.id], origin=origins.get(a.id), group=label
            )
            for label, a in rows
        ]

    if rest:
        without = sum(1 for a in rest if not a.owners)
        notes.append(
            f"{len(rest)} more open actions on the register ({without} naming no owner) "
            "are not in this note; the JSON output lists them all "
            "(section open_actions_more)."
        )
    return (
        Section(key="open_actions", title="Open actions", bullets=bullets(shown)),
        Section(
            key="open_actions_more", title="More open actions", bullets=bullets(rest), in_note=False
        ),
    )


def closed_sections(
    actions: list[ActionItem],
    meetings: list[Meeting],
    pages: Pages,
    shown_decisions: list[Span],
    notes: list[str],
) -> tuple[Section, Section]:
    """Actions whose closing was recorded after the meeting before the last one. A resolution
    that closed itself is a decision, listed as such, not here."""
    last, previous = meetings[-1], (meetings[-2] if len(meetings) > 1 else None)
    since = previous.date if previous else None
    title = f"Closed since {day(since)}" if since else "Closed at the last meeting"
    people = {p.name: p for m in meetings for p in m.people}
    origins: dict[str, Span] = {}
    rows: list[Bullet] = []
    for action in scan.merge_duplicates([a for a in actions if a.status == "closed"], origins):
        closing = next(
            (u for u in reversed(action.history) if u.status == "closed" and not u.tentative),
            None,
        )
        when = closing.meeting_date if closing else action.meeting_date
        if closing is None and (by_person := _closed_on(action)) is not None:
            when = by_person  # closed by a person, not by the minutes
        if when is None or (since is not None and when <= since):
            continue
        if closing is None and any(scan.overlaps(action.source, d) for d in shown_decisions):
            continue
        rows.append(
            action_bullet(
                action,
                pages,
                as_of=last.date or when,
                due=None,
                origin=origins.get(action.id),
                closing=closing,
                group=owner_label(action, people),
            )
        )
    rows.sort(key=lambda b: ((b.group or "") == NO_OWNER, (b.group or "").lower()))
    if len(rows) > CLOSED_LIMIT:
        notes.append(
            f"{len(rows) - CLOSED_LIMIT} more closed actions are in the JSON output "
            "(section closed_actions_more)."
        )
    return (
        Section(key="closed_actions", title=title, bullets=rows[:CLOSED_LIMIT]),
        Section(
            key="closed_actions_more",
            title=f"More: {title.lower()}",
            bullets=rows[CLOSED_LIMIT:],
            in_note=False,
        ),
    )


def _closed_on(action: ActionItem) -> dt.date | None:
    """The day a person's correction closed the action (and it still stands), if one did."""
    fixes = [c for c in action.corrections if c.field == "status" and not c.superseded]
    latest = max(fixes, key=lambda c: (c.at, c.id), default=None)
    return latest.at.date() if latest is not None and latest.value == "closed" else None
