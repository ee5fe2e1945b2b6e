"""Meeting structure over small invented minutes in common UK layouts."""

import datetime as dt

import pytest

from assistant.minutes import item_spans, parse_meeting
from assistant.records import Document, Page

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


def _doc(text: str) -> Document:
    return Document(doc_id="d", name="m.txt", path="m.txt", kind="txt", sha256="0", pages=[Page(number=None, text=text)])


def test_parish_meeting():
    m = parse_meeting(_doc(PARISH))
    assert m.body == "Example Parish Council"
    assert m.date == dt.date(2021, 5, 5)
    assert m.referenced_dates == {"previous": dt.date(2021, 4, 7), "next": dt.date(2021, 6, 2)}
    assert [i.number for i in m.items] == ["10/21", "11/21", "12/21", "13/21"]
    assert m.kind == "minutes"


@pytest.mark.parametrize("text, numbers", [(NUMBERED, ["1", "2", "3"]), (PARISH, ["10/21", "11/21", "12/21", "13/21"])])
def test_item_spans_in_order_without_overlap(text, numbers):
    items = item_spans(_doc(text))
    assert [i.number for i in items] == numbers
    for a, b in zip(items, items[1:]):
        assert a.span.end <= b.span.start
    assert all(text[i.span.start : i.span.end] == i.span.quote for i in items)
