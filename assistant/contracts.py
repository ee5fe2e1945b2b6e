"""The `--json` contracts: what `minutes ask`, `actions` and `people` print with --json, and
what the UI's API returns. Fields are added, never renamed or dropped."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from typing import Any

from .records import ActionItem, Answer, Correction, Person
from .text import MONTHS

# The actions CSV of `minutes actions --csv` and of the web UI's export: one set of columns.
# The first eleven are those `--csv` has always had, in their places; later ones are added.
ACTIONS_CSV = [
    "id", "status", "description", "owners", "progress", "due", "body", "meeting_date", "doc",
    "page", "quote", "overdue", "item", "status_evidence", "corrections",
]  # fmt: skip


def answer_json(answer: Answer) -> dict[str, Any]:
    """The `--json` contract of `minutes ask` (also served by the UI's API)."""
    return {
        "answer": answer.answer,
        "answerable": answer.answerable,
        "citations": [c.model_dump() for c in answer.citations],
        "backend": answer.backend,
        "notices": answer.notices,
    }


def action_json(action: ActionItem) -> dict[str, Any]:
    """The `--json` contract of `minutes actions` (also served by the UI's API)."""
    return {
        "id": action.id,
        "description": action.description,
        "owners": action.owners,
        "status": action.status,
        "progress": action.progress,
        "due": action.due,
        "meeting": {
            "body": action.body,
            "date": action.meeting_date.isoformat() if action.meeting_date else None,
        },
        "source": {
            "doc": action.source.doc,
            "page": action.source.page,
            "quote": action.source.quote,
            "item": action.source.item,
        },
        "history": [
            {
                "status": u.status,
                "text": u.text,
                "date": u.meeting_date.isoformat() if u.meeting_date else None,
                "source": {"doc": u.source.doc, "page": u.source.page, "quote": u.source.quote},
                "tentative": u.tentative,
            }
            for u in action.history
        ],
        "owner_refs": action.owner_refs,
        "unresolved": action.unresolved,
        "status_evidence": action.status_evidence,
        "confidence": action.confidence,
        "corrections": [correction_json(c) for c in action.corrections],
    }


def correction_json(correction: Correction) -> dict[str, Any]:
    """A correction as `minutes corrections --json` and the actions' `corrections` give it."""
    return {
        "id": correction.id,
        "kind": correction.kind,
        "target": correction.target,
        "field": correction.field,
        "value": correction.value,
        "was": correction.was,
        "note": correction.note,
        "who": correction.who,
        "at": correction.at.isoformat(),
        "superseded": correction.superseded,
        "shown_as": correction.describe(),
    }


def person_json(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "initials": person.initials,
        "role": person.role,
        "organisation": person.organisation,
        "attendance": person.attendance,
        "body": person.body,
        "source": None
        if person.source is None
        else {"doc": person.source.doc, "page": person.source.page, "quote": person.source.quote},
    }


def actions_csv(actions: Sequence[ActionItem], today: dt.date) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(ACTIONS_CSV)
    for a in actions:
        writer.writerow(
            [
                a.id,
                a.status,
                a.description,
                "; ".join(a.owners),
                a.progress or "",
                a.due or "",
                a.body or "",
                a.meeting_date.isoformat() if a.meeting_date else "",
                a.source.doc,
                a.source.page or "",
                a.source.quote,
                "overdue" if is_overdue(a, today) else "",
                a.source.item or "",
                a.status_evidence or "",
                "; ".join(c.describe() for c in a.corrections),
            ]
        )
    return out.getvalue()


def _end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_due(due: str | None) -> dt.date | None:
    """The last day a free-text due date allows ("30 June 2025", "June 2025", "2025-06-30",
    "30/06/25"); None when it names no date ("ongoing", "next meeting")."""
    if not due:
        return None
    text = due.lower()
    year_of = lambda y: int(y) + (2000 if len(y) == 2 else 0)  # noqa: E731
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b", text):
        return _safe_date(year_of(m[3]), int(m[2]), int(m[1]))
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    if m := re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({month_names})\.?,?\s+(\d{{4}})\b", text):
        return _safe_date(int(m[3]), MONTHS[m[2]], int(m[1]))
    if m := re.search(rf"\b({month_names})\.?,?\s+(\d{{4}})\b", text):
        return _end_of_month(int(m[2]), MONTHS[m[1]])
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_overdue(action: ActionItem, today: dt.date) -> bool:
    due = parse_due(action.due)
    return action.status == "open" and due is not None and due < today
