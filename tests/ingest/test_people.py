"""People extraction and reference resolution over small invented attendance texts."""

import pytest

from assistant.ingest.attendance import extract_people
from assistant.ingest.people import resolve
from assistant.ingest.roles import chair
from assistant.ingest.segments import doc_lines
from tests.builders import document

ATTENDANCE = (
    "Minutes of the Example Board held on 3 March 2021\n\n"
    "Present: Ann Berry (AB) - Example Council, Ed Sands (ESa) - Riverside School, "
    "Dr Eve Shaw (ESh), Pat Quill (PQ) (Chair) - Example Council\n\n"
    "Apologies: Tom Vale (TV) - Health Trust\n"
)
LISTED = "Example Parish Council\n\nIn attendance:\n\n- Cllr Nina Marsh (Chair)\n- Gus Penn – Policy Manager\n- Ola Wynn – Parish Clerk\n"


def _people(text: str):
    doc = document(text, name="x.txt", doc_id="d1")
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


# --- attendance layouts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a cover page flattened into one line, with a count of the public inside it
            "EXAMPLE TOWN COUNCIL Minutes of the meeting held on 3 May 2021 Present: Cllr Ann Berry "
            "(Chair) Cllr Bob Cole Jo Park (Town Clerk) Public: 3 Also, in attendance: Cllr Dan Eve, "
            "District Council\n\n1/21 Welcome\n",
            {
                "Cllr Ann Berry": "present",
                "Cllr Bob Cole": "present",
                "Jo Park": "present",
                "Cllr Dan Eve": "in attendance",
            },
        ),
        (  # an organisation's name runs into the next person; "and" inside a council's name
            "Example Parish Council\n\nAlso in attendance: Cllr Dan Eve, Borough Council of Upton and "
            "West Vale Cllr Fay Gale, County Council Hal Innes, Chair of the Friends Group\n",
            {
                "Cllr Dan Eve": "in attendance",
                "Cllr Fay Gale": "in attendance",
                "Hal Innes": "in attendance",
            },
        ),
        (  # titles and initials with full stops inside the list
            "Example Community Council\n\n1. WELCOME\nCllr. A. Berry took the Chair. Apologies received "
            "from Cllrs. Kim Lowe, Max Nash and Ola Pike.\n",
            {
                "Kim Lowe": "apologies",
                "Max Nash": "apologies",
                "Ola Pike": "apologies",
                "Cllr A. Berry": "present",  # no list of those present: the one who took the chair
            },
        ),
        (  # a sentence after the list is not more names
            "Example Community Council\n\nPRESENT\nCouncillors Ann Berry, Bob Cole and Cal Dunn.\n"
            "Cllr Ann Berry took the Chair and welcomed PC Eve Ford to the meeting to give her report.\n",
            {"Ann Berry": "present", "Bob Cole": "present", "Cal Dunn": "present"},
        ),
        (  # a membership table ticks who was present
            "Example Board\n\n✓\tCllr Ann Berry (Chair)\tExample Council\n\tBob Cole\tHealth Trust\n"
            "✓\tCal Dunn\tRiverside School\n\n✓ Indicates present at meeting\n\n"
            "Officers and others in attendance:\n\nEve Ford\t- Policy Officer\n",
            {"Cllr Ann Berry": "present", "Cal Dunn": "present", "Eve Ford": "in attendance"},
        ),
        (  # no list at all: the people the record shows taking part
            "Example Committee - Minutes\n\n1. Minutes\nMinutes: (1)Mr A Cole informed the Committee "
            "that he was a governor.(2)Mrs Bea Dee from Acme Ltd presented the report.(3)A letter from "
            "Mr Carl Ely was noted.(4)FOR: Mr G Hale and Mrs Ida Jones.AGAINST: Mr K Lamb.\n",
            {
                "Mr A Cole": "present",
                "Mrs Bea Dee": "in attendance",
                "Mr Carl Ely": "mentioned",
                "Mr G Hale": "present",
                "Mrs Ida Jones": "present",
                "Mr K Lamb": "present",
            },
        ),
        (  # members under the organisation they come from, with a label per group
            "Example Joint Committee\n\nPresent: Upton Borough Council: Councillors Ann Berry (Chair), "
            "Bob Cole and Cal Dunn. Vale District Council: Councillors Dai Rees (Vice-Chair) and "
            "Eve Ford.\n\n1. Minutes\n",
            {n: "present" for n in ("Ann Berry", "Bob Cole", "Cal Dunn", "Dai Rees", "Eve Ford")},
        ),
        (  # Markdown: a heading, then labelled bullets; the members' label means present
            "# Example Federation\n\n### Attendance\n\n- Governors: Ann Berry (AB), Bob Cole (BC, "
            "Executive Headteacher)\n- Also present: Cal Dunn (CD, Business Manager); Dai Rees (DR, "
            "Clerk)\n- Apologies: Eve Ford (EF), Chair – accepted\n\n### 1. Minutes\n",
            {
                "Ann Berry": "present",
                "Bob Cole": "present",
                "Cal Dunn": "in attendance",
                "Dai Rees": "in attendance",
                "Eve Ford": "apologies",
            },
        ),
        (  # a list wrapped inside a bracket; "(Sec)" is a post, not initials
            "Example Society\n\nPresent: Ann Berry (Chair), Bob Cole (site rep,\n\tplots 1-40), "
            "Cal Dunn (Sec), Dai Rees (Treas)\n\n1. Minutes\n",
            {n: "present" for n in ("Ann Berry", "Bob Cole", "Cal Dunn", "Dai Rees")},
        ),
    ],
)
def test_attendance_layouts(text, expected):
    people = _people(text)
    assert {p.name: p.attendance for p in people} == expected
    assert all(p.source and p.source.quote in text for p in people)


@pytest.mark.parametrize(
    "text, name, role, organisation",
    [
        ("Apologies: Cllr Kim Lowe (work commitments)\n", "Cllr Kim Lowe", None, None),
        ("Apologies: Cllr Max Nash (Vice-Chair) (illness)\n", "Cllr Max Nash", "Vice-Chair", None),
        ("Present: Cllr Sam Tate (From item 12/21)\n", "Cllr Sam Tate", None, None),
        (
            "Example Board\n\n✓\tCllr Ann Berry (Chair)\tPortfolio Holder for Schools, Example Council\n"
            "✓\tBob Cole\tHealth Trust\n",
            "Cllr Ann Berry",
            "Chair",
            "Example Council",
        ),
        (
            "Example Committee\n\n1. Minutes\nMrs Bea Dee from Acme Ltd presented the report.\n",
            "Mrs Bea Dee",
            None,
            "Acme Ltd",
        ),
        # a role bracket before the initials, the initials sharing a bracket with the role, an
        # apology's status after the role, and the organisation of a labelled group
        ("Present: Ann Berry (Chairman) (AB), Bob Cole (BC)\n", "Ann Berry", "Chairman", None),
        ("Present: Ann Berry (AB, Headteacher), Bob Cole (BC)\n", "Ann Berry", "Headteacher", None),
        ("Apologies: Eve Ford (EF), Chair – accepted\n", "Eve Ford", "Chair", None),
        (  # a ";" inside the bracket does not end the entry
            "Officers: Cal Dunn (CD, Rights of Way Officer; Secretary), Dai Rees (DRe, Ranger)\n",
            "Dai Rees",
            "Ranger",
            None,
        ),
        (
            "Present: Upton Council: Councillors Ann Berry (Chair) and Bob Cole.\n",
            "Bob Cole",
            None,
            "Upton Council",
        ),
        # a police rank is a title
        (
            "Present: Det Supt Cal Dunn (CD) – Vale Police, Ann Lee (AL)\n",
            "Det Supt Cal Dunn",
            None,
            "Vale Police",
        ),
        # a post printed first, its holder in brackets; a name with an accent
        (
            "Officers: Head of Development Management (Ann Lee), Solicitor to the Authority (Siân Rees)\n",
            "Siân Rees",
            "Solicitor to the Authority",
            None,
        ),
    ],
)
def test_brackets_hold_roles_not_reasons(text, name, role, organisation):
    person = next(p for p in _people(text) if p.name == name)
    assert (person.role, person.organisation) == (role, organisation)


ROLL = (
    "Eastwick Community Council met at the village hall on 8 May 2021.\n\n"
    "PRESENT\nCouncillors Ann Lowe, Bryn Lowe, Cara Pugh and Dai Rees.\n\n"
    "1. WELCOME\n{line}\n"
)


@pytest.mark.parametrize(
    "line, chair",
    [
        ("Cllr. B. Lowe took the Chair and welcomed everyone.", "Bryn Lowe"),
        # who opened the meeting by welcoming members, whatever else the sentence says first
        ("Cllr. Dai Rees wished members a happy new year and welcomed everyone.", "Dai Rees"),
        ("Cllr. C. Pugh welcomed Councillors to the meeting.", "Cara Pugh"),
        ("Cara chaired.", "Cara Pugh"),  # minutes that name members by first name
        ("In the Chair: Councillor Cara Pugh", "Cara Pugh"),
        ("Cllr Rees presided.", "Dai Rees"),
        ("In the absence of Cllr Pugh, Cllr Rees (Vice-Chair) presided.", "Dai Rees"),
        ("DR, the Vice-Chair, took the chair.", "Dai Rees"),
        ("In the absence of Cllr Pugh, the Vice-Chair, Cllr Rees, presided.", "Dai Rees"),
        # the chair for one item is not the meeting's
        ("Cllr Rees took the chair for item 7.", None),
        # two Lowes and no initial: which one is not guessed
        ("Cllr Lowe took the Chair.", None),
        # someone not on the attendance list is not made its chair
        ("Cllr. E. Moss took the Chair.", None),
    ],
)
def test_the_chair_from_the_text_when_the_list_gives_no_roles(line, chair):
    people = _people(ROLL.format(line=line))
    chairs = [p for p in people if p.role == "Chair"]
    assert [p.name for p in chairs] == ([chair] if chair else [])
    if chair:  # cited to the sentence that says so
        assert chairs[0].role_source.quote in line


@pytest.mark.parametrize(
    "text, chair",
    [
        # a "Chair:" label names who presided, listed among those present or not
        (
            "Example Society\n\nChair: Rosa Bell\nPresent: Ann Lowe, Cara Pugh\n\n1. Minutes\n",
            "Rosa Bell",
        ),
        (
            "Example Trust\n\nChair: Professor Rosa Bell (RB), Chair of the Trust\n"
            "Present: Ann Lowe (AL), Cara Pugh (CP)\n\n1. Minutes\n",
            "Professor Rosa Bell",
        ),
        (
            "# Example Society AGM\n\n**In the chair:** Rosa Bell (retiring Chair)\n\n"
            "**Committee present:** Ann Lowe, Cara Pugh\n\n1. Minutes\n",
            "Rosa Bell",
        ),
        # the initials between the name and "(Vice-Chair, in the Chair)"
        (
            "Example Board\n\nPresent: Dr Ian Quay (IQ) (Vice-Chair, in the Chair); Ann Lowe (AL)\n\n"
            "1. Minutes\n",
            "Dr Ian Quay",
        ),
        # a members' label is a list of those present
        (
            "Example Committee\n\nMembers: Rosa Bell (Chair), Cllr Ann Lowe (Vice-Chair), Cara Pugh\n\n"
            "1. Minutes\n",
            "Rosa Bell",
        ),
    ],
)
def test_who_presided_from_labels_and_brackets(text, chair):
    people = _people(text)
    assert [p.name for p in people if p.presiding or p.role == "Chair"] == [chair]


@pytest.mark.parametrize(
    "text, chair_name",
    [
        # the list's post and "(in the Chair)" beside it: this person presided
        (
            "Example Committee\n\nMember\tRole\tAttendance\n"
            "Councillor Tom Pike\tVice-Chair (in the Chair)\tPresent\n"
            "Councillor Ann Lowe\tChair\tApologies\n\n1. Minutes\n",
            "Tom Pike",
        ),
        # a Scottish body's convener is its chair
        (
            "Example Community Council\n\nPresent: Ann Lowe (Convener), Tom Pike (Vice Convener),"
            " Cara Pugh (Secretary)\n\n1. Minutes\n",
            "Ann Lowe",
        ),
        # "X in the chair." after the place and time
        (
            "Example Society\n\nVillage Hall, 7.30pm. Cara Pugh in the chair.\nPresent: Ann Lowe,"
            " Tom Pike, Cara Pugh\n\n1. Minutes\n",
            "Cara Pugh",
        ),
        # the post that presided, named by the list
        (
            "Example Board\n\nPresent: Ann Lowe (Vice-Chair), Tom Pike, Cara Pugh\nApologies: Rosa Bell"
            " (Chair)\n\n1. Apologies\nIn the absence of the Chair, the Vice-Chair presided.\n",
            "Ann Lowe",
        ),
        # a label naming the office in full, and one ending the place-and-time line
        (
            "Example Parish Meeting\n\nChairman of the Parish Meeting: Rosa Bell\nPresent: the"
            " Chairman; Ann Lowe\n\n1. Minutes\n",
            "Rosa Bell",
        ),
        (
            "Example Forum\n\nForum Room, Town Hall, 10.00 am Chair: Rosa Bell\nPresent: Ann Lowe,"
            " Tom Pike\n\n1. Minutes\n",
            "Rosa Bell",
        ),
    ],
)
def test_who_chaired_in_other_forms(text, chair_name):
    chaired = chair(_people(text))
    assert chaired is not None and chaired.name.endswith(chair_name)
