"""Document -> Meeting: the one entry of the structure layer. Header (body, date, kind),
agenda items, decisions, people and actions, each with its exact source span."""

from __future__ import annotations

from assistant.records import ActionItem, Document, Meeting

from .actions import extract_actions
from .agenda import agenda_items, decisions, item_of
from .attendance import extract_people
from .dating import meeting_date, referenced_dates
from .header import body_in_running, find_body
from .kinds import find_kind
from .organisations import organisation_of
from .segments import Piece, doc_lines, sentences


def parse_meeting(
    doc: Document,
    action_threshold: float | None = None,
    observe: list[tuple[ActionItem, dict[str, float]]] | None = None,
) -> Meeting:
    """The document's meeting record. `action_threshold` and `observe` reach the action
    detector (extract_actions): the defaults are what ingest uses."""
    lines = doc_lines(doc)
    body = organisation_of(body_in_running(find_body(lines), doc.running))
    dated = meeting_date(lines, doc.name, doc.running)
    date = dated.date
    items = agenda_items(doc, lines)
    people = extract_people(doc, lines, body)
    pieces: list[tuple[Piece, str | None]] = []
    for line in lines:
        for cell in line.cells:
            for sent in sentences(cell):
                item = item_of(items, sent.page, sent.start)
                pieces.append((sent, item.number if item else None))
    meeting = Meeting(
        doc_id=doc.doc_id,
        doc=doc.name,
        body=body,
        body_read=body,
        date=date,
        date_source=dated.source,
        time=dated.time,
        place=dated.place,
        kind=find_kind(lines, "\n".join(p.text for p in doc.pages[:2])),  # type: ignore[arg-type]
        referenced_dates=referenced_dates(lines, date),
        people=people,
        items=items,
        decisions=decisions(pieces, doc),
    )
    # a page's running header and footer ("Approved minutes will be signed by the Chair") set
    # no one a task
    running = {" ".join(r.split()) for r in doc.running}
    body_lines = [line for line in lines if " ".join(line.text.split()) not in running]
    meeting.actions = extract_actions(doc, body_lines, meeting, action_threshold, observe)
    return meeting
