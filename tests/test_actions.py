"""Action extraction, status words and cross-meeting linking over small invented texts."""

import datetime as dt

import pytest

from assistant.actions import Register, classify_status
from assistant.minutes import parse_meeting
from assistant.records import Document, Page

LOG = (
    "Decisions and Actions Log of the Example Board Held on 01 March 2021\n\n"
    "Present: Ann Berry (AB) - Example Council, Carl Dunn (CD) - Example Council\n\n"
    "Date of Meeting\tAction Point\tLead\tProgress Update\n"
    "01.03.21\t4 Budget\t\t\n"
    "\tAB to circulate the revised budget to all members.\tAB\tRevised budget circulated\n"
    "\tCD and AB to review the transport contract with the provider.\tCD/AB\tOngoing\n"
    "\tXY to draft the annual report for the Board.\tXY\tXY pursuing\n"
)
PARISH = (
    "EXAMPLE PARISH COUNCIL - MINUTES - {date}\n\n"
    "Present: Cllr Ann Berry (Chair) Cllr Bob Cole Jo Park (Parish Clerk)\n\n"
    "{n}/21 Matters Arising\n{body}\n"
)


def _doc(text: str, doc_id: str = "d", name: str = "m.txt") -> Document:
    return Document(doc_id=doc_id, name=name, path=name, kind="txt", sha256="0", pages=[Page(number=None, text=text)])


def test_action_log_rows():
    acts = parse_meeting(_doc(LOG)).actions
    by_owner = {tuple(a.owners): a for a in acts}
    assert by_owner[("Ann Berry",)].status == "closed"
    assert by_owner[("Carl Dunn", "Ann Berry")].status == "open"
    assert by_owner[("XY",)].unresolved == ["XY"]
    assert all(a.source.quote in LOG for a in acts)


@pytest.mark.parametrize(
    "sentence, owner",
    [("The Clerk agreed to write to the landowner about the hedge.", "Clerk"),
     ("Cllr Bob Cole agreed to obtain a quote for the bench.", "Cllr Bob Cole"),
     ("ACTION: Ann to send the map to the group.", "Cllr Ann Berry"),
     ("It was agreed to hold a litter pick in April.", None),
     ("RESOLVED: That a new bin be purchased for the green.", None)],
)
def test_sentence_layouts(sentence, owner):
    text = PARISH.format(date="2021-05-05", n=10, body=sentence)
    acts = parse_meeting(_doc(text)).actions
    assert len(acts) == 1
    assert acts[0].owners == ([owner] if owner else [])


@pytest.mark.parametrize(
    "text, status",
    [("Ongoing", "open"), ("AB pursuing", "open"), ("to arrange a discussion", "open"), ("Item added", "closed"),
     ("Added to Forward Plan", "closed"), ("circulated", "closed"), ("completed", "closed")],
)
def test_status_words(text, status):
    assert classify_status(text)[0] == status


def test_later_update_closes_action(tmp_path):
    first = parse_meeting(_doc(PARISH.format(date="2021-05-05", n=10, body="The Clerk agreed to order the memorial wreath from the legion."), "a", "a.txt"))
    later = parse_meeting(_doc(PARISH.format(date="2021-06-02", n=20, body="The memorial wreath had been ordered from the legion."), "b", "b.txt"))
    reg = Register(tmp_path / "actions.db")
    reg.upsert_meeting(first)
    reg.upsert_meeting(later)
    reg.relink()
    action = next(a for a in reg.actions(status="all", doc="a.txt"))
    assert action.history and action.history[-1].source.doc == "b.txt"
    assert action.status == "closed"
    assert reg.actions(owner="Clerk", status="closed")
    assert first.date == dt.date(2021, 5, 5)


@pytest.mark.parametrize(
    "sentence, owners",
    [("Cllr Bob Cole agreed to visit the site with the Clerk to check the hedge.", ["Cllr Bob Cole", "Clerk"]),
     ("Following a suggestion by Cllr Bob Cole the Council agreed that she would price the signs.", ["Cllr Bob Cole"]),
     ("Hall Roof – The Clerk was awaiting a response from the contractor.", ["Clerk"]),
     ("It was agreed that the Parish Council write to the landowner about the hedge.", ["Parish Council"])],
)
def test_owner_rules(sentence, owners):
    text = PARISH.format(date="2021-05-05", n=10, body=sentence)
    acts = parse_meeting(_doc(text)).actions
    assert len(acts) == 1
    assert acts[0].owners == owners


def test_markdown_headings_are_items():
    text = (
        "# Example Board\n\nMinutes of the meeting held on 3 March 2021\n\n"
        "Present: Ann Berry (AB), Carl Dunn (CD)\n\n## 1. Welcome\n\nAll were welcomed.\n\n"
        "## 2. Budget monitoring\n\nACTION: AB to circulate the budget report.\n"
    )
    meeting = parse_meeting(_doc(text, name="m.md"))
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Welcome"), ("2", "Budget monitoring")]
    assert meeting.actions[0].owners == ["Ann Berry"] and meeting.actions[0].source.item == "2"
