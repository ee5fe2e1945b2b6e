"""People extraction and reference resolution over small invented attendance texts."""

import pytest

from assistant.people import extract_people, resolve
from assistant.records import Document, Page
from assistant.segments import doc_lines

ATTENDANCE = (
    "Minutes of the Example Board held on 3 March 2021\n\n"
    "Present: Ann Berry (AB) - Example Council, Ed Sands (ESa) - Riverside School, "
    "Dr Eve Shaw (ESh), Pat Quill (PQ) (Chair) - Example Council\n\n"
    "Apologies: Tom Vale (TV) - Health Trust\n"
)
LISTED = "Example Parish Council\n\nIn attendance:\n\n- Cllr Nina Marsh (Chair)\n- Gus Penn – Policy Manager\n- Ola Wynn – Parish Clerk\n"


def _people(text: str):
    doc = Document(
        doc_id="d1",
        name="x.txt",
        path="x.txt",
        kind="txt",
        sha256="0",
        pages=[Page(number=None, text=text)],
    )
    return extract_people(doc, doc_lines(doc), "Example Board")


@pytest.mark.parametrize(
    "ref, expected",
    [
        ("AB", ["Ann Berry"]),
        ("ESa", ["Ed Sands"]),
        ("ESh", ["Dr Eve Shaw"]),
        ("ES", []),
        ("IK", []),
        ("Ann", ["Ann Berry"]),
        ("Dr Shaw", ["Dr Eve Shaw"]),
        ("the Chair", ["Pat Quill"]),
        ("TV", ["Tom Vale"]),
    ],
)
def test_resolve_initials_and_names(ref, expected):
    assert [p.name for p in resolve(ref, _people(ATTENDANCE))] == expected


@pytest.mark.parametrize(
    "ref, expected",
    [
        ("Nina", ["Cllr Nina Marsh"]),
        ("Cllr Marsh", ["Cllr Nina Marsh"]),
        ("Councillor Marsh", ["Cllr Nina Marsh"]),
        ("Cllr. N. Marsh", ["Cllr Nina Marsh"]),
        ("the Clerk", ["Ola Wynn"]),
        ("GP", ["Gus Penn"]),
    ],
)
def test_resolve_listed(ref, expected):
    assert [p.name for p in resolve(ref, _people(LISTED))] == expected


def test_attendance_kinds_and_spans():
    people = _people(ATTENDANCE)
    by_name = {p.name: p for p in people}
    assert by_name["Tom Vale"].attendance == "apologies"
    assert by_name["Ann Berry"].organisation == "Example Council"
    assert all(p.source and p.source.quote in ATTENDANCE for p in people)


@pytest.mark.parametrize(
    "text",
    [
        # apologies on the line right after a long present line (no blank line, no full stop)
        "Action Log - meeting held on 5 May 2021\n"
        "Present: Ann Berry (AB) (Chair), Ed Sands (ESa), Dr Eve Shaw (ESh), Pat Quill (PQ), Ola Wynn (OW)\n"
        "Apologies: Tom Vale (TV)\n",
        ATTENDANCE,
    ],
)
def test_apologies_after_present_are_not_present(text):
    attendance = {p.name: p.attendance for p in _people(text)}
    assert attendance["Tom Vale"] == "apologies"
    assert attendance["Ann Berry"] == "present"
