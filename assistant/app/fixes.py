"""The corrections people make, as use cases: record the correction (apart from what was read),
then bring the register and the index in line with it. The facade holds the locks."""

from __future__ import annotations

import datetime as dt

from ..records import ActionItem, CorrectedField, CorrectedKind, Correction
from ..store import Register, Store
from ..store.corrections import Corrections, action_anchor, correct_meeting


def correct_action(
    register: Register,
    store: Store,
    corrections: Corrections,
    action_id: str,
    field: CorrectedField,
    value: str,
    who: str,
    note: str,
) -> ActionItem:
    action = register.action(action_id)
    if action is None:
        raise KeyError(f"no action with id '{action_id}' in the register")
    if field == "owner":  # initials or a surname become the attendee's full name
        found = register.resolve(value, action.body)
        value = found[0].name if len(found) == 1 else value
    was = {"status": action.status, "owner": ", ".join(action.owners), "due": action.due}
    made = _correction("action", action.id, action_anchor(action), field, value, who, note)
    corrections.add(made.model_copy(update={"was": was.get(field)}))
    # Relinked from what was read, every correction laid over it again.
    store.set_bodies(register.relink(changed=[action.source.doc_id]))
    fixed = register.action(action.id)
    assert fixed is not None  # read just above, under the facade's locks
    return fixed


def correct_document(
    register: Register,
    store: Store,
    corrections: Corrections,
    ref: str,
    field: CorrectedField,
    value: str,
    who: str,
    note: str,
) -> str:
    """Returns the corrected document's id."""
    found = store.find_documents(ref)
    if len(found) != 1:
        names = ", ".join(d.name for d in found)
        raise LookupError(
            f"'{ref}' names {len(found)} documents{': ' + names if names else ''}; "
            "give its doc id or full path"
        )
    info = found[0]
    meeting = register.meeting(info.doc_id)
    if meeting is None:
        raise LookupError(f"{info.name} is not fully ingested yet: ingest it again first")
    read = meeting.date.isoformat() if meeting.date else None
    was = meeting.body if field == "body" else read
    made = _correction("document", info.doc_id, info.path, field, value, who, note)
    correction = corrections.add(made.model_copy(update={"was": was}))
    fixed, _ = correct_meeting(meeting, info.path, [correction])
    register.upsert_meeting(fixed)
    store.set_facts(info.doc_id, fixed.body, fixed.date)
    store.set_bodies(register.relink(changed=[info.doc_id], left=[meeting.body]))
    return info.doc_id


def _correction(
    kind: CorrectedKind,
    target: str,
    anchor: str,
    field: CorrectedField,
    value: str,
    who: str,
    note: str,
) -> Correction:
    return Correction(
        kind=kind,
        target=target,
        anchor=anchor,
        field=field,
        value=value,
        note=note,
        who=who,
        at=dt.datetime.now(dt.UTC),
    )
