"""Corrections people make to what was read: an action closed or reopened, its owner or due date
put right, a document's body or meeting date fixed. They live in their own durable SQLite file,
apart from the records (which any re-ingest rebuilds), and are laid over the records wherever
those are written, so that a fix survives re-ingest and every reader (the register, briefings,
answers, exports) sees it, marked as a correction."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from assistant.records import ActionItem, CorrectedField, CorrectedKind, Correction, Meeting

from .database import Database

ACTION_FIELDS: tuple[CorrectedField, ...] = ("status", "owner", "due")
DOCUMENT_FIELDS: tuple[CorrectedField, ...] = ("body", "date")
STATUSES = ("open", "closed", "unknown")


class BadCorrection(ValueError):
    """A correction that cannot be made: an unknown field, a bad status or date."""


def action_anchor(action: ActionItem) -> str:
    """What finds an action again when its document is re-read as a new version."""
    return f"{action.source.doc}|{' '.join(action.description.lower().split())}"


def checked_value(field: CorrectedField, value: str) -> str:
    """The value as stored, or BadCorrection saying what is wrong with it."""
    value = " ".join((value or "").split())
    if not value:
        raise BadCorrection(f"a new {field} is needed")
    if field == "status" and value.lower() not in STATUSES:
        raise BadCorrection(f"status must be one of {', '.join(STATUSES)}, not '{value}'")
    if field == "date":
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise BadCorrection(f"a date is written YYYY-MM-DD, not '{value}'") from None
    return value.lower() if field == "status" else value


class Corrections:
    def __init__(self, db_path: Path):
        self._database = Database(Path(db_path), durable=True)
        with self._database.transaction() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS corrections (id INTEGER PRIMARY KEY, kind TEXT, "
                "target TEXT, anchor TEXT, field TEXT, value TEXT, was TEXT, note TEXT, "
                "who TEXT, at TEXT)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS corrections_target ON corrections(target)")
            db.execute("CREATE INDEX IF NOT EXISTS corrections_anchor ON corrections(anchor)")

    def close(self) -> None:
        self._database.close()

    def add(self, correction: Correction) -> Correction:
        fields = ACTION_FIELDS if correction.kind == "action" else DOCUMENT_FIELDS
        if correction.field not in fields:
            raise BadCorrection(
                f"a {correction.kind} has no '{correction.field}' to correct "
                f"(only {', '.join(fields)})"
            )
        value = checked_value(correction.field, correction.value)
        with self._database.transaction() as db:
            cur = db.execute(
                "INSERT INTO corrections (kind, target, anchor, field, value, was, note, who, at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    correction.kind,
                    correction.target,
                    correction.anchor,
                    correction.field,
                    value,
                    correction.was,
                    correction.note.strip(),
                    correction.who,
                    correction.at.isoformat(timespec="seconds"),
                ),
            )
        return correction.model_copy(update={"id": cur.lastrowid, "value": value})

    def all(self) -> list[Correction]:
        return self._select("1=1", [])

    def of(self, kind: CorrectedKind) -> list[Correction]:
        """Every correction of one kind: few enough, even in a large index, to match in
        Python (a query naming every relinked id would pass SQLite's variable limit)."""
        return self._select("kind=?", [kind])

    def _select(self, where: str, args: Sequence[str]) -> list[Correction]:
        rows = self._database.conn.execute(
            "SELECT id, kind, target, anchor, field, value, was, note, who, at FROM corrections "
            f"WHERE {where} ORDER BY id",
            list(args),
        ).fetchall()
        names = ("id", "kind", "target", "anchor", "field", "value", "was", "note", "who", "at")
        return [Correction.model_validate(dict(zip(names, row, strict=True))) for row in rows]


def _latest(corrections: Iterable[Correction]) -> dict[str, Correction]:
    """The correction in force for each field: the latest made."""
    latest: dict[str, Correction] = {}
    for c in sorted(corrections, key=lambda c: (c.at, c.id)):
        latest[c.field] = c
    return latest


def mine_of(
    target: str, anchor: str, corrections: Sequence[Correction], unique: bool = True
) -> list[Correction]:
    """The corrections of one record: those made to its id, else, when the id is new (an
    edited file is a new document) and no other record shares the anchor, those made to the
    record it replaced."""
    by_id = [c for c in corrections if c.target == target]
    if by_id or not unique:
        return by_id
    return [c for c in corrections if c.anchor == anchor]


def correct_action(
    action: ActionItem, corrections: Sequence[Correction], unique: bool = True
) -> ActionItem:
    """The action as corrected: the latest correction of each field in force, all listed.
    A status a person set gives way to a later meeting that records the action again (the
    correction stays listed, marked superseded). `unique`: no other action of the batch
    has this one's anchor."""
    mine = mine_of(action.id, action_anchor(action), corrections, unique)
    if not mine:
        return action
    fixed = action.model_copy(deep=True, update={"corrections": mine})
    latest = _latest(mine)
    if status := latest.get("status"):
        standing = action.standing()
        if standing and standing.meeting_date and standing.meeting_date > status.at.date():
            later = f"the meeting of {standing.meeting_date.isoformat()} records it as {standing.status}"
            fixed.corrections = [
                c.model_copy(update={"superseded": later}) if c is status else c for c in mine
            ]
        else:
            fixed.status = status.value  # type: ignore[assignment]  # checked_value: a Status
    if owner := latest.get("owner"):
        fixed.owners = [o.strip() for o in re.split(r",|;", owner.value) if o.strip()]
        fixed.owner_refs, fixed.unresolved = [], []
    if due := latest.get("due"):
        fixed.due = due.value
    return fixed


def correct_meeting(
    meeting: Meeting, path: str, corrections: Sequence[Correction]
) -> tuple[Meeting, bool]:
    """The meeting with its body and date as corrected (its actions too), and whether a
    correction made to an earlier version of the file was carried over to this one."""
    mine = mine_of(meeting.doc_id, path, corrections)
    if not mine:
        return meeting, False
    fixed = meeting.model_copy(deep=True)
    latest = _latest(mine)
    if body := latest.get("body"):
        fixed.body = fixed.body_read = body.value
        fixed.body_source = "corrected"  # kept as given: never regrouped under another name
        for action in fixed.actions:
            action.body = body.value
    if date := latest.get("date"):
        fixed.date = dt.date.fromisoformat(date.value)
        fixed.date_source = "corrected"
        for action in fixed.actions:
            action.meeting_date = fixed.date
    return fixed, all(c.target != meeting.doc_id for c in mine)
