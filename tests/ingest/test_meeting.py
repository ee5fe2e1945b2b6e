"""Meeting structure over small invented minutes in common UK layouts."""

import datetime as dt

import pytest

from assistant.ingest.agenda import agenda_items
from assistant.ingest.meeting import parse_meeting
from assistant.ingest.segments import Piece, doc_lines, sentences
from tests.builders import document

PARISH = (
    "EXAMPLE PARISH COUNCIL - MINUTES - 2021-05-05\n\n"
    "Minutes of the Ordinary Meeting held on Wednesday 5 May 2021\n\n"
    "Present: Cllr Ann Berry (Chair) Cllr Bob Cole\n\n"
    "10/21 Apologies for Absence - Received from Cllr Dan Eve.\n\n"
    "11/21 To approve the Minutes of the meeting held on 7 April 2021 These were approved.\n\n"
    "12/21 Playground The Clerk agreed to obtain three quotes.\n\n"
    "13/21 Date of the Next Meeting – Wednesday 2 June 2021 This was agreed.\n"
)
NUMBERED = "Example Board\n\n1. WELCOME\nText.\n4.1 A sub point.\n2. MATTERS ARISING\n10. A sentence starting with a number.\n3. ANY OTHER BUSINESS\n"


def test_parish_meeting():
    m = parse_meeting(document(PARISH))
    assert m.body == "Example Parish Council"
    assert m.date == dt.date(2021, 5, 5)
    assert m.referenced_dates == {"previous": dt.date(2021, 4, 7), "next": dt.date(2021, 6, 2)}
    assert [i.number for i in m.items] == ["10/21", "11/21", "12/21", "13/21"]
    assert m.kind == "minutes"


ROMAN = "Oakby Community Council\n\nI. Welcome\nText.\nII. Minutes of 4 March\nIII. Matters arising\n- Bench: fixed.\n"
ROMAN_LOWER = "Oakby Community Council\n\n(i) Chair for the meeting\nText.\n(ii) Annual meeting\n(iii) Finance\n"
# minutes numbered through the year, and a year of accounts that wraps to the start of a line
THROUGH_YEAR = (
    "Oakby Drainage Board\n\n425 Apologies -- none.\n426 Declarations of interest -- none.\n"
    "427 Accounts The Board approved the accounts for\n2025/26 and report the results to the auditor.\n"
    "Minute 25/010 – wrong place\n"
)


@pytest.mark.parametrize(
    "text, numbers",
    [
        (NUMBERED, ["1", "2", "3"]),
        (PARISH, ["10/21", "11/21", "12/21", "13/21"]),
        (ROMAN, ["I", "II", "III"]),
        (ROMAN_LOWER, ["i", "ii", "iii"]),
        (THROUGH_YEAR, ["425", "426", "427", "25/010"]),
        # minute references that carry the body's letters, with a slash or a space
        (
            "Oakby PCC\n\nPCC/25/01 Apologies\nNone.\nPCC/25/02 Fabric\nThe gutters are clear.\n",
            ["PCC/25/01", "PCC/25/02"],
        ),
        (
            "Oakby Pension Fund Committee\n\nPFC 10/25 APOLOGIES\nNone.\nPFC 11/25  MINUTES\nAgreed.\n"
            "Min. PFC 12/25 Training\nAll members to attend.\n",
            ["PFC 10/25", "PFC 11/25", "PFC 12/25"],
        ),
        # roman numerals under an arabic item are its sub-items
        (
            "Oakby Council\n\n4. Minutes\nAgreed.\n5. CORRESPONDENCE\ni) One Voice Wales, a survey.\n"
            "ii) County Council, a notice.\n6. LIGHTING\nNo faults.\n",
            ["4", "5", "6"],
        ),
    ],
)
def test_item_spans_in_order_without_overlap(text, numbers):
    items = _items(document(text))
    assert [i.number for i in items] == numbers
    for a, b in zip(items, items[1:], strict=False):
        assert a.span.end <= b.span.start
    assert all(text[i.span.start : i.span.end] == i.span.quote for i in items)


WIDE = "x" * 20 + " words run on to the right margin of the page and the sentence does not end here"


@pytest.mark.parametrize(
    "text, joined",
    [
        (f"{WIDE}\nbut goes on below.", 1),  # wrapped mid-sentence
        (f"{WIDE}\nCllr. A. Jones who hoped to attend.          Clerk", 1),  # ends in an owner cell
        (f"{WIDE}.\nA new sentence.", 2),  # the first line ended its sentence
        (f"{WIDE}\n\nA new paragraph.", 2),  # a blank line between
        (f"{WIDE}\nii) A new entry", 2),  # a list entry
        (f"{WIDE}\n5. NEXT HEADING", 2),
        ("5. CORRESPONDENCE\nThe letter was noted.", 2),  # a short heading line
        ("Short line\nlower case after a short line joins", 1),
    ],
)
def test_wrapped_lines_are_rejoined_with_exact_offsets(text, joined):
    doc = document(text, layer=True)
    page = doc.pages[0].text
    lines = doc_lines(doc)
    assert len(lines) == joined
    assert all(page[line.start : line.end] == line.text for line in lines)
    assert all(page[c.start : c.end] == c.text for line in lines for c in line.cells)


ACTION_LOG = (
    "Decisions and Actions Log of the Example Board Held on 01 March 2021\n\n"
    "Date of Meeting\tAction Point\tLead\tProgress Update\n"
    "01.03.21\t7 Health Visiting Review\t\t\n"
    "\tAB to circulate the review to members.\tAB\tCirculated\n"
    "01.03.21\tSchool Places\t\t\n"
    "\tCD to report on places in the north.\tCD\tOngoing\n"
)
FLAT_LOG = (
    "Example Board\nAction Log - meeting held on 5 May 2021\n\n"
    "Date of Meeting\tAction Point\tLead\tProgress Update\n"
    "03.03.21\tCirculate the budget figures by district\tAB\tCirculated 1 April 2021\n"
    "05.05.21\tReview the needs assessment and report back\tEF\tOngoing\n"
)


@pytest.mark.parametrize(
    "text, titles",
    [
        (ACTION_LOG, ["Health Visiting Review", "School Places"]),  # the log's sections
        (FLAT_LOG, []),
    ],  # rows are actions, never agenda items
)
def test_action_log_items_are_its_sections(text, titles):
    assert [i.title for i in _items(document(text))] == titles


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a layout label, numbered paragraphs run on, a full stop without its space
            "Minutes: (1)The Head of Audit presented the plan.He said none had changed.(2)RESOLVED "
            "that:-(a)the plan be approved; and(b)the report be noted.",
            [
                "The Head of Audit presented the plan.",
                "He said none had changed.",
                "RESOLVED that:-(a)the plan be approved; and(b)the report be noted.",
            ],
        ),
        ("Notes: - Cllr. A. Berry to price the signs.", ["Cllr. A. Berry to price the signs."]),
        ("The figure rose to 3.5 per cent in 2021.", ["The figure rose to 3.5 per cent in 2021."]),
        ("Refer to e.g.The Plan and stokeferry.com for details.", None),
        (  # bullets of a flattened HTML list, glued to the entry before them
            "• The plan was endorsed• AB to send nominations by March ○ sub-point one",
            ["The plan was endorsed", "AB to send nominations by March", "sub-point one"],
        ),
    ],
)
def test_sentences_split_glued_text(text, expected):
    pieces = sentences(Piece(None, 0, len(text), text))
    assert all(text[p.start : p.end] == p.text for p in pieces)
    if expected is not None:
        assert [p.text for p in pieces] == expected
    else:
        assert len(pieces) == 1


def test_items_numbered_on_through_the_year():
    text = (
        "Example Committee\n\n12. Minutes - 1 March 2021\nApproved.\n13. General Matters\nText.\n"
    )
    assert [i.number for i in _items(document(text))] == ["12", "13"]


def _items(doc):
    return agenda_items(doc, doc_lines(doc))


@pytest.mark.parametrize(
    "vote",
    ["(4 for, 1 against – Cllr Cole).", "For 5, against 2 (AB and CD); EF did not vote.",
     "Carried by 6 votes to 2."],
)  # fmt: skip
def test_a_decision_carries_the_vote_the_next_sentence_gives(vote):
    text = (
        "Oakby Committee\nMinutes of the meeting held on 7 March 2025\nPresent: Ann Lee, Bob Cole\n"
        f"1. Fares\nRESOLVED – that the fare cap be extended to December. {vote} The next item was taken.\n"
    )
    found = parse_meeting(document(text, layer=True)).decisions
    assert [d.text for d in found] == [
        f"RESOLVED – that the fare cap be extended to December. {vote}"
    ]
    assert all(d.span.quote == d.text for d in found)
