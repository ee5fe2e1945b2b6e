"""Meeting headers and attendance in the forms minutes print them: which body, this meeting's
date (never one it refers to), the kind, who attended and who chaired. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.ingest import parse_meeting
from assistant.ingest.organisations import organisation_of
from assistant.ingest.roles import chair
from assistant.linking import group_bodies
from tests.builders import document

MINUTES_APPROVED = (
    "It was RESOLVED that the minutes of the meeting held on 7 November 2024 be approved."
)


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        # a date glued to the name, and an earlier meeting's minutes approved below it
        (f"Vale Parish Council - 16th January 2025\nPresent: Cllr A Lee (Chair)\n1. Minutes\n{MINUTES_APPROVED}",
         "Vale Parish Council", dt.date(2025, 1, 16)),
        # a parent organisation above its committee, the date in a labelled line
        ("HILLTOWN DISTRICT COUNCIL\nLICENSING COMMITTEE\nDATE 14/10/2024   TIME 6.00pm\nPresent: Cllr A Lee",
         "Hilltown District Council Licensing Committee", dt.date(2024, 10, 14)),
        # the sitting words go: an annual meeting is the same body
        ("MINUTES OF THE ANNUAL MEETING OF OAKBY TOWN COUNCIL\nheld on Tuesday, 13 May 2025 at 7pm",
         "Oakby Town Council", dt.date(2025, 5, 13)),
        # "X held their meeting on", a date in US order
        ("Oakby Library Board held their meeting on March 5, 2025 at the library.\nPresent: Ann Lee",
         "Oakby Library Board", dt.date(2025, 3, 5)),
        # document words and a draft mark are no part of the name
        ("DRAFT Minutes of the Board of Trustees of the Oakby Food Bank\nWednesday 2.4.2025\nPresent: Ann Lee",
         "Oakby Food Bank", dt.date(2025, 4, 2)),
        # the name over two lines, set large
        ("OAKBY\nHARBOUR TRUST\nRecord of the Meeting of the Trustees\nheld on 3 March 2025\nPresent: Ann Lee",
         "Oakby Harbour Trust", dt.date(2025, 3, 3)),
        # a status stamp above the name is no part of it
        ("NOT YET CONFIRMED\nOAKBY DRAINAGE BOARD\nMinutes of the meeting held on 4 March 2025\nPresent: Ann Lee",
         "Oakby Drainage Board", dt.date(2025, 3, 4)),
        # a partnership above its steering group; the venue on the date line is no organisation
        ("Oakby Rail Partnership\n# Steering Group – notes of meeting\n*Wednesday 29 January 2025, 2pm, Oakby Station Community Room*\nPresent: Ann Lee",
         "Oakby Rail Partnership Steering Group", dt.date(2025, 1, 29)),
        # a roster under its own label ends the title block
        ("Board of Trustees – Minutes\nMeeting held on 10 June 2025\nTrustees:\tDr Ann Lee (AL, Chair); Tom Price (TP)\n1. Apologies",
         "Board of Trustees", dt.date(2025, 6, 10)),
        ("OAKBY RAIL PARTNERSHIP\nSteering Group\nNotes of the meeting on 30/04/2025\nAttending: Ann Lee (AL) - Oakby Rail Users' Group; Tom Price (TP)",
         "Oakby Rail Partnership Steering Group", dt.date(2025, 4, 30)),
        # an acronym stays in capitals, and a committee's line that opens with the parent's
        # initials does not name the parent twice
        ("Oakby LSCP\nOLSCP Executive\nMinutes of the meeting held on 9 July 2025\nPresent: Ann Lee (AL)",
         "Oakby LSCP Executive", dt.date(2025, 7, 9)),
        # an attendance table's header row ends the title block: a post is no body
        ("Quality Committee\nMinutes of the meeting held on 22nd January 2025\nMember\tRole\tInitials\n"
         "Ann Lee\tNon-Executive Member (Chair)\tAL", "Quality Committee", dt.date(2025, 1, 22)),
        ("# Oakby Homes — Board minutes\n**Date:** Tue 29 Apr 2025\n## Attendance\nName\tRole\n"
         "Rob Hale\tChief Executive (CEO)", "Oakby Homes", dt.date(2025, 4, 29)),
        # a board's name above its committee's
        ("NHS Oakby Integrated Care Board\nQuality Committee\nMinutes of the meeting held on 28 May 2025"
         "\nMembers present: Ann Lee (Chair)", "NHS Oakby Integrated Care Board Quality Committee",
         dt.date(2025, 5, 28)),
        # a statutory body's noun; the day in words; a sitting's kind before the body's own
        # meeting; an address line is no organisation
        ("OAKBY HILLS\nCONSERVATORS\nThe Lodge, Elm Lane, Oakby · Incorporated by the Oakby Hills Act 1889\n"
         "MINUTES of the ordinary Conservators' meeting at the Lodge on\nWednesday, the eleventh day of "
         "February, 2026, at ten o'clock\nPresent: Mr Ann Lee (Chairman)", "Oakby Hills Conservators",
         dt.date(2026, 2, 11)),
        # a weekday and the month first, the year only elsewhere
        ("Harbour Office, Quay Street\nOakby Harbour Commissioners\nMeeting of the Commissioners\n"
         "Thursday, April 23rd – 6.30 pm – Harbour Office\nPresent: Ann Lee\n1. Accounts\n"
         "The 2026/27 budget was noted and the accounts for 2025 were approved.",
         "Oakby Harbour Commissioners", dt.date(2026, 4, 23)),
        # a brand set in lower case; the board of the college's corporation
        ("healthwatch Oakby Board meeting in public 15/09/2026\nBoard meeting held in public – minutes\n"
         "Present: Ann Lee", "Healthwatch Oakby Board", dt.date(2026, 9, 15)),
        ("Oakby College\nBoard of the Corporation\nMinutes – Wednesday 8 July 2026, 5.30 pm\nPresent: Ann Lee",
         "Oakby College Corporation", dt.date(2026, 7, 8)),
        # a committee's line in sentence case under its organisation's
        ("OAKBY NEIGHBOURHOOD FORUM\nSteering group - notes\nTues 18 March 2025, 7pm\nPresent: Ann Lee (Chair)",
         "Oakby Neighbourhood Forum Steering Group", dt.date(2025, 3, 18)),
        # a meeting over two days: its first day
        ("Oakby Community Energy\nBoard of Directors: strategy weekend\nFriday 13 – Saturday 14 June 2025\n"
         "Directors: Ann Lee (Chair)", "Oakby Community Energy", dt.date(2025, 6, 13)),
        # a weekday cut short, a year of two digits after an apostrophe
        ("# Oakby Village Hall Trust\n## Trustees' meeting — Weds 12 March 2025, 7.30pm\nPresent\tApologies",
         "Oakby Village Hall Trust", dt.date(2025, 3, 12)),
        ("Oakby Village Hall Trust\nTrustees - Wed 14th May '25 - 7.30pm - small room\nPresent: AL (Ann Lee)",
         "Oakby Village Hall Trust", dt.date(2025, 5, 14)),
        # no year: the weekday says which of the years the document prints elsewhere
        ("Oakby Fire Authority\nAudit Committee\nMinutes of the meeting held on Thursday 6 March, 10am\n"
         "Members: Cllr Ann Lee (Chair)\n1. Minutes\nThe minutes of 28 November 2024 were approved.\n"
         "2. Budget\nThe 2025/26 budget was noted.", "Oakby Fire Authority Audit Committee", dt.date(2025, 3, 6)),
        # a letterhead names the body the title calls "the Board"; a formal date
        ("From the Clerk to the Oakby Level Drainage Board, Sluice House, Oakby\n"
         "MINUTES of a MEETING of the BOARD held on Monday the 3rd day of March 2025\nPRESENT: Mr A Lee",
         "Oakby Level Drainage Board", dt.date(2025, 3, 3)),
        # a college's board over two lines; a note that these minutes were approved later
        ("OAKBY COLLEGE\nTHE CORPORATION\nMinutes of the meeting of the Corporation\nWednesday 26 March 2025 at 5pm\n"
         "Board Room, Oakby\nClerk to the Corporation: Jo Hart\nApproved at the meeting of 21 May 2025. Item 8 is "
         "summarised.\nAttendance", "Oakby College Corporation", dt.date(2025, 3, 26)),
        # a strapline after the organisation's name is no part of it
        ("Oakby College Learn. Work. Belong.\nMeeting of the Corporation – 21/05/2025\nPresent: Mr A Lee (Chair)",
         "Oakby College Corporation", dt.date(2025, 5, 21)),
        # a club above its committee (an organisation's own board or committee named by its
        # kind alone is the organisation); the date run together, as in a file name
        ("OTC_Mins_11Jun25\tOakby Rowing Club\nCommittee meeting – minutes\nName\tRole\tHere?\nAnn Lee\tChair\tY",
         "Oakby Rowing Club", dt.date(2025, 6, 11)),
        ("Oakby Quarter BID Ltd\nMinutes of the Board of Directors\nDate\t22 January 2025\nPresent: Ann Lee",
         "Oakby Quarter BID", dt.date(2025, 1, 22)),
        # a name set over two lines in capitals keeps its last word
        ("OAKBY AND ELM INTERNAL DRAINAGE\nBOARD\nMinutes of the meeting of the Board held on 4 March 2025\n"
         "Present: Mr A Lee", "Oakby and Elm Internal Drainage Board", dt.date(2025, 3, 4)),
        # a name with its place after a comma; a church's council named after the church
        ("The Parochial Church Council of St Anne,\nElmbury\nMinutes of the meeting held on 21 January 2025\n"
         "Present: Ann Lee", "Parochial Church Council of St Anne, Elmbury", dt.date(2025, 1, 21)),
        ("# St Anne's, Elmbury — Parochial Church Council\n## Minutes of the PCC meeting, Tuesday 8th July 2025\n"
         "**Present:** Ann Lee", "St Anne's, Elmbury Parochial Church Council", dt.date(2025, 7, 8)),
        # a name split by a gap on its line, the first part set in capitals
        ("OAKBY QUARTER\tBusiness Improvement District\nBoard of Directors – Minutes\n"
         "Wednesday 25 June 2025, 8.00am\nPresent: Ann Lee", "Oakby Quarter Business Improvement District",
         dt.date(2025, 6, 25)),
        # a reference code beside the name is no organisation; the group's initials after
        # the surgery's name go when the group's name follows
        ("Oakby University – Quality Committee\tOQC/24-25/M2\nQuality Committee\nMinutes of the meeting held on"
         " 4 December 2024\nMembers present: Ann Lee", "Oakby University Quality Committee", dt.date(2024, 12, 4)),
        # each part of a hyphened word set in capitals keeps its capital
        ("MID-OAKBY CRICKET LEAGUE\nMANAGEMENT COMMITTEE\nMINUTES - MON 19 JAN 2026\nPresent: Ann Lee",
         "Mid-Oakby Cricket League", dt.date(2026, 1, 19)),
        # initials in a name set in capitals stay capitals; "MRT Team" says the team twice
        ("OAKBY MRT - TEAM COMMITTEE\nNotes of the meeting held 14.04.26, 19:30, Team Base\nPresent: Ann Lee",
         "Oakby MRT", dt.date(2026, 4, 14)),
        ("Elm and Ash LDC Committee\nMinutes of the meeting held on 22.04.2026\nPresent: Ann Lee",
         "Elm and Ash LDC", dt.date(2026, 4, 22)),
        # the board or committee that runs an organisation of members is the organisation
        ("# Oakby and District Credit Union – Board of Directors\n\n**Minutes of the meeting on Thursday 27th August"
         " 2026**\n\nPresent: Ann Lee", "Oakby and District Credit Union", dt.date(2026, 8, 27)),
        ("Oakby Community Land Trust\tBoard\nBoard meeting, Wednesday, 21 October 2026, 7 pm\nPresent: Ann Lee",
         "Oakby Community Land Trust", dt.date(2026, 10, 21)),
        ("Meeting of\tTrustee Board, Oakby Students' Union\nWhen\tWed 7/5/25, 17:00\nPresent: Ann Lee",
         "Oakby Students' Union", dt.date(2025, 5, 7)),
        ("OAKBY\nFELL RESCUE TEAM\nMinutes of the Team Committee meeting held on Tuesday 13th January 2026\n"
         "Present: Ann Lee", "Oakby Fell Rescue Team", dt.date(2026, 1, 13)),
        # "LTD" in capitals is no part of the name; a meeting title over numbered items is minutes
        ("OAKBY ALLOTMENT SOCIETY LTD\n(North and South sites)\nCOMMITTEE MEETING - held in the hut on Sunday "
         "8th February 2026\nHere: Ann (chair), Bob\n1. Last meeting\nAgreed.", "Oakby Allotment Society",
         dt.date(2026, 2, 8)),
        # a column header under the title ("Council") is no organisation above the committee
        ("Oakby Vale Crematorium Joint Committee\nAnnual Meeting\nMinutes of the annual meeting held on 19 June"
         " 2026\nMember\tCouncil\tAttendance\nCllr Ann Lee\tOakby\t✓", "Oakby Vale Crematorium Joint Committee",
         dt.date(2026, 6, 19)),
        # the commissioners' board is the commissioners
        ("Oakby Harbour Commissioners' Board\nMinutes of the meeting held on 27 January 2026\nPresent: Ann Lee",
         "Oakby Harbour Commissioners", dt.date(2026, 1, 27)),
        # dotted initials are initials; "Cttee" is a committee; a lone acronym names the body; a
        # label line of who attends is no body; a frequency is no part of a station's name
        ("OAKBY W.I. - COMMITTEE\nWeds 13 May 2026, 2 pm, Village Institute small room\nPresent: Ann Lee",
         "Oakby WI", dt.date(2026, 5, 13)),
        ("OAKBY NAV CTTEE\t21.04.26\nPresent: Ann Lee", "Oakby Nav Committee", dt.date(2026, 4, 21)),
        ("SBUG – notes of the open meeting\nDate\t16/05/2026\nCounty council: Tunde Abiodun, Passenger"
         " Transport Officer.\nPresent: Ann Lee", "SBUG", dt.date(2026, 5, 16)),
        ("Radio Oakby 104.2 FM\nBoard meeting, 23 April 2026\nPresent: Ann Lee", "Radio Oakby FM",
         dt.date(2026, 4, 23)),
        # a partnership's board and a trust's committee are bodies of their own
        ("Oakby Safeguarding Children Partnership Board\nMinutes of 3 March 2026\nPresent: Ann Lee",
         "Oakby Safeguarding Children Partnership Board", dt.date(2026, 3, 3)),
        ("Oakby Learning Trust Audit and Risk Committee\nMinutes of 3 March 2026\nPresent: Ann Lee",
         "Oakby Learning Trust Audit and Risk Committee", dt.date(2026, 3, 3)),
        # the room and street the meeting sat in are no body
        ("Board of Directors – Minutes\nBoard Room, 14 Cordwainer Row · 6.00 pm · 28 May 2026\nPresent: Ann Lee",
         "Board of Directors", dt.date(2026, 5, 28)),
        # "<committee> of the <organisation>" is the organisation's committee
        ("Management Committee of the Mid-Oakby Cricket League\nMinutes of 28 September 2026\nPresent: Ann Lee",
         "Mid-Oakby Cricket League", dt.date(2026, 9, 28)),
    ],
)  # fmt: skip
def test_body_and_this_meetings_date(head, body, date):
    meeting = parse_meeting(document(head, name="m.txt", layer=True))
    assert meeting.body == body and meeting.date == date
    assert meeting.date_source == "title"


def test_a_groups_initials_after_its_organisations_name_go_when_the_group_is_named():
    head = (
        "Oakby Surgery PPG\nNotes of the Patient Participation Group meeting\n"
        "Oakby Surgery, Oakby – Wednesday 10 July 2024, 6pm\nPresent: Ann Lee"
    )
    meeting = parse_meeting(document(head, name="m.docx"))
    assert meeting.body == "Oakby Surgery Patient Participation Group"


def test_an_items_heading_naming_the_minutes_approved_is_not_this_meetings_date():
    # the date only in the running footer; the second item heads the approval of the last minutes
    text = ("St Anne's Church, Elmbury\nParochial Church Council – Minutes\nPresent\tAnn Lee, Bob Cole\n"
            "PCC/25/13 Opening prayer\nThe meeting opened with prayer.\n"
            "PCC/25/14 Minutes of the meeting held on 21 January 2025\nApproved as accurate.")  # fmt: skip
    meeting = parse_meeting(document(text, layer=True))
    assert meeting.date != dt.date(2025, 1, 21)


def test_a_bare_board_name_joins_the_one_organisation_named_without_one():
    grouped = group_bodies(
        ["Oakby Food Bank", "Oakby Food Bank", "Board of Trustees", "Elm Town Council"]
    )
    assert grouped["Board of Trustees"] == "Oakby Food Bank"
    two = group_bodies(["Oakby Food Bank", "Elm Larder", "Board of Trustees"])
    assert two["Board of Trustees"] == "Board of Trustees"  # either could be meant


def test_initials_of_a_hyphened_word_spell_its_parts():
    names = ["MOCL Management Committee", "Mid-Oakby Cricket League Management Committee"]
    assert set(group_bodies(names).values()) == {"Mid-Oakby Cricket League Management Committee"}
    # the league named by its committee's initials is the league, and takes its name spelt out
    names = ["MOCL Management Committee", "Mid-Oakby Cricket League", "Mid-Oakby Cricket League"]
    assert set(group_bodies(names).values()) == {"Mid-Oakby Cricket League"}
    # two words written as one; a plural's apostrophe; a charity's trustees are the charity
    assert set(group_bodies(["Oakby Foodbank", "Oakby Food Bank"]).values()) == {"Oakby Food Bank"}
    names = ["Oakby Bus Users Group", "Oakby Bus Users' Group", "Oakby Bus Users' Group"]
    assert set(group_bodies(names).values()) == {"Oakby Bus Users' Group"}
    assert organisation_of("Trustees of the Oakby Food Bank") == "Oakby Food Bank"
    # a word a title in capitals shortens; a short word in capitals that is no shortening stays apart
    names = ["Oakby Canal Trust Navigation Committee", "OCT NAV Committee"]
    assert set(group_bodies(names).values()) == {"Oakby Canal Trust Navigation Committee"}
    assert len(set(group_bodies(["Ash Parish Council", "Ashby Parish Council"]).values())) == 2
    # three initials a title in capitals left folded ("OAKBY IDB" read as "Oakby Idb")
    names = ["Oakby Idb", "Oakby Internal Drainage Board"]
    assert set(group_bodies(names).values()) == {"Oakby Internal Drainage Board"}


def test_a_body_named_by_its_kind_alone_joins_the_one_whose_people_meet():
    board = {"ann lee", "bob cole", "cath dunn", "dev shah"}
    names = ["Oakby Forum Steering Group", "Oakby Forum", "Board of Directors", "Oakby Energy Society",
             "Oakby Town Council", "Oakby Town Council Planning Committee"]  # fmt: skip
    people = {
        "Oakby Forum Steering Group": board,
        "Oakby Forum": board - {"dev shah"},  # its words are the group's, bar its body word
        "Board of Directors": {"eve fox", "gil hart", "ian jones"},
        "Oakby Energy Society": {"eve fox", "gil hart", "ian jones", "kay lee"},
        "Oakby Town Council": {"ann lee", "bob cole", "mo nash"},
        "Oakby Town Council Planning Committee": {"ann lee", "bob cole", "mo nash", "ned ord"},
    }
    grouped = group_bodies(names, people)
    assert grouped["Board of Directors"] == "Oakby Energy Society"
    # a name of its own is not joined by its people: a committee's members are its council's
    # too, and a council does not join its committee
    assert grouped["Oakby Town Council"] == "Oakby Town Council"
    assert grouped["Oakby Forum"] == "Oakby Forum"
    # without the people, words alone cannot say which organisation the board is
    assert group_bodies(names)["Board of Directors"] == "Board of Directors"
    # its people place it before the one organisation named without a body word does
    names = ["Oakby Students' Union", "Oakby Energy Society", "Board of Directors"]
    assert group_bodies(names, people)["Board of Directors"] == "Oakby Energy Society"
    assert group_bodies(names)["Board of Directors"] == "Oakby Students' Union"


def test_a_title_line_of_parts_is_named_by_the_running_header():
    text = ("Oakby Forum Steering Group\nRecord of decisions\n"
            "Steering Group · Tuesday 10 June 2025 · 7pm · Elm Community Hub\nPresent: Ann Lee, Bob Cole\n"
            "1. Welcome\nAnn Lee welcomed members.")  # fmt: skip
    doc = document(text, layer=True)
    doc.running = ["Oakby Forum Steering Group"]
    assert parse_meeting(doc).body == "Oakby Forum Steering Group"


def test_a_committee_titled_by_its_kind_alone_is_the_organisation_its_running_footer_prints():
    text = ("Committee Meeting – 13/9/26\nTrading hut, Oakby Lane, 10.30 am\nPresent: Ann Lee, Bob Cole\n"
            "1. Welcome\nAnn Lee welcomed members.")  # fmt: skip
    doc = document(text, layer=True)
    doc.running = ["Oakby Allotment Society Ltd – registered society 31877R"]
    assert parse_meeting(doc).body == "Oakby Allotment Society"


def test_a_name_read_in_welsh_and_in_english_is_one_body():
    # on two lines it is one name twice, not one long name
    text = "Cyngor Cymuned Cwm Elm\nCwm Elm Community Council\nMinutes of the meeting held on 10 February 2025"
    body = parse_meeting(document(text + "\nPresent: Cllr Ann Lee", layer=True)).body
    assert body in {"Cyngor Cymuned Cwm Elm", "Cwm Elm Community Council"}
    names = [
        "Cyngor Cymuned Cwm Elm",
        "Cwm Elm Community Council",
        "Cyngor Cymuned Cwm Elm Community Council",
    ]
    assert len(set(group_bodies(names).values())) == 1


def test_a_date_only_in_the_file_name_is_said_to_be_so():
    meeting = parse_meeting(
        document("Oakby Town Council\nPresent: Ann Lee", name="otc_2025-02-11.txt")
    )
    assert meeting.date == dt.date(2025, 2, 11) and meeting.date_source == "file name"


def test_a_document_with_no_date_has_none():
    meeting = parse_meeting(document("Oakby Town Council\nPresent: Ann Lee", name="notes.txt"))
    assert meeting.date is None and meeting.date_source is None


def test_minutes_with_an_action_log_attached_are_minutes():
    text = "Oakby Town Council\nMinutes of the meeting held on 3 March 2025\nPresent: Ann Lee\n1. Action log\nThe action log was noted."
    assert parse_meeting(document(text, layer=True)).kind == "minutes"


def test_one_bodys_names_group_under_one():
    names = ["Oakby Town Council Planning Committee", "Planning Committee", "Town Council Planning Committee",
             "Elm Parish Council", "Parish Council", "Ash Parish Council"]  # fmt: skip
    grouped = group_bodies(names)
    assert {grouped[n] for n in names[:3]} == {"Oakby Town Council Planning Committee"}
    assert grouped["Parish Council"] == "Parish Council"  # two parishes: it could be either


def test_a_body_by_an_acronym_that_holds_another_joins_its_full_name():
    # "OLSCP" is "Oakby LSCP" spelt short, and "… Executive" is the "… Executive Group" one
    # body word short; a council and its committee still stay apart
    names = ["OLSCP Executive Group", "Oakby LSCP Executive", "OLSCP Executive Group",
             "Oakby Town Council", "Oakby Town Council Planning Committee"]  # fmt: skip
    grouped = group_bodies(names)
    assert grouped["Oakby LSCP Executive"] == "OLSCP Executive Group"
    assert grouped["Oakby Town Council"] == "Oakby Town Council"


def test_a_committee_named_first_on_the_line_that_says_when_it_sat():
    text = "# Oakby Learning Trust – ARC\n## Minutes of meeting 2025-10-07\nAudit and Risk Committee, 5.30 pm, Trust Office, Mill Lane.\nPresent: Ann Lee (AL)"
    assert (
        parse_meeting(document(text, name="x.md", layer=True)).body
        == "Oakby Learning Trust Audit and Risk Committee"
    )


def test_a_long_sentence_with_a_comma_is_no_title():
    # the line that says when and where is a sentence here: only a short first part names a body
    text = "Oakby District Council\nOakby District Council. Minutes of the meeting of the Standards Committee held on Tuesday 27 September 2022 at 6.00 pm in the Council Chamber, Oakby House.\nPresent: Ann Lee (AL)"
    assert (
        parse_meeting(document(text, layer=True)).body
        == "Oakby District Council Standards Committee"
    )


def test_an_organisation_named_without_a_body_word_joins_its_committee():
    names = ["Elm Village Hall Management Committee", "Elm Village Hall",  # its AGM
             "Oakby Town Council", "Oakby Town Council Planning Committee", "Oakby"]  # fmt: skip
    grouped = group_bodies(names)
    assert grouped["Elm Village Hall"] == "Elm Village Hall Management Committee"
    # a council and its committee stay two bodies; a bare "Oakby" could be either
    assert grouped["Oakby Town Council"] == "Oakby Town Council"
    assert grouped["Oakby"] == "Oakby"


@pytest.mark.parametrize(
    ("lines", "people", "chaired"),
    [
        # one line: roles in brackets, "/ Clerk X" after the members
        (["Present: Councillors D Smith (Chair) R Jones, M Brown and P Green / Clerk J White"],
         {"D Smith": "present", "R Jones": "present", "P Green": "present", "J White": "present"}, "D Smith"),
        # a governors' table with a header row; who sent apologies is said in their row
        (["Name\tCategory\tAttendance", "Mrs Ann Lee (AL)\tCo-opted (Chair)\tPresent",
          "Mr Bob Cole (BC)\tParent\tApologies", "Ms Cath Dunn (CD)\tStaff\tPresent"],
         {"Mrs Ann Lee": "present", "Mr Bob Cole": "apologies", "Ms Cath Dunn": "present"}, "Mrs Ann Lee"),
        # one person a row under a label, the role in the next cell; the vice chair presided
        (["Present", "Ann Lee\tChair (AL)", "Bob Cole\tVice Chair (BC)", "Apologies", "Cath Dunn\tMember (CD)",
          "1. Welcome", "In the absence of the Chair, the Chair was taken by the Vice Chair, Bob Cole."],
         {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "apologies"}, "Bob Cole"),
        # "Chair:" label line
        (["Chair: Ann Lee", "Present: Ann Lee, Bob Cole, Cath Dunn"], {"Ann Lee": "present"}, "Ann Lee"),
        # an organisation's bracket before the role's
        (["PRESENT: Councillor Ann Lee (Oakby Town Council) (Chairman); Councillor Bob Cole (Elm District Council)"],
         {"Cllr Ann Lee": "present"}, "Cllr Ann Lee"),
        # presiding said in the bracket, and a post between the name and "took the Chair"
        (["Present: Cllrs A. Lee (Vice-Chair, presiding), B. Cole and C. Dunn"], {}, "A. Lee"),
        (["Present: Cllr Ann Lee (Chair), Cllr Bob Cole (Vice-Chair)", "Apologies: Cllr Ann Lee",
          "1. Chair for the meeting", "In the absence of the Chair, Cllr Bob Cole, Vice-Chair, took the Chair."],
         {"Cllr Bob Cole": "present"}, "Cllr Bob Cole"),
        # a table whose columns are lists: members, and officers in attendance; a column may
        # run on alone
        (["Board members\tExecutives and officers in attendance",
          "Ann Lee (Chair)\tAyo Bell – Director of Finance", "Bob Cole\tKim Oates – Company Secretary",
          "Cath Dunn", "Apologies: Dan Eve.", "B25/32 Apologies"],
         {"Ann Lee": "present", "Ayo Bell": "in attendance", "Kim Oates": "in attendance",
          "Cath Dunn": "present", "Dan Eve": "apologies"}, "Ann Lee"),
        # the initials first, then the name and the role in brackets
        (["Present: AL (Ann Lee, Chair), BC (Bob Cole, Treasurer), CD (Cath Dunn)",
          "Apologies: DE (Cllr Dan Eve)"],
         {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "present",
          "Cllr Dan Eve": "apologies"}, "Ann Lee"),
        # a president who took the chair, on no attendance list
        (["Committee members present: Ann Lee (Chair), Bob Cole (Treasurer)",
          "The meeting was opened by Mr Tom Price, President of the Association, who took the chair."],
         {"Ann Lee": "present"}, "Mr Tom Price"),

        # "chairing" in the role; ticks and crosses, apologies by the cross's letter or a word
        (["Name\tRole\tHere?", "Ann Lee\tClub Chair\tN (apols)", "Bob Cole\tCaptain (chairing)\tY",
          "Cath Dunn\tTreasurer\t✗ A", "Dan Eve\tBoatman\t✗", "Eve Fox\tSecretary\t✓", "1. Minutes"],
         {"Ann Lee": "apologies", "Bob Cole": "present", "Cath Dunn": "apologies", "Dan Eve": "absent",
          "Eve Fox": "present"}, "Bob Cole"),
        # a chair elected for the sitting, no one being chair on the list
        (["Members present: Ann Lee (Secretary), Bob Cole (Treasurer), Cath Dunn", "Apologies: Dan Eve",
          "(i) Chair for the meeting", "On the proposal of Ann Lee, Cath Dunn was elected to chair this "
          "meeting, and took the chair."], {"Cath Dunn": "present"}, "Cath Dunn"),
        # a label grid before the first item: the label cell, then its people; a venue row
        # is no one, and a row after the business starts is an item's
        (["Committee\tCllr Ann Lee (Chair), Cllr Bob Cole", "Legal adviser\tCath Dunn, Solicitor",
          "Venue\tThe Guildhall", "1. Apologies", "None\tAll present"],
         {"Cllr Ann Lee": "present", "Cllr Bob Cole": "present", "Cath Dunn": "in attendance"}, "Cllr Ann Lee"),
        # a hyphenated label with one member a line; the parties to a hearing; a chair
        # elected for the hearing
        (["Sub-Committee members:", "Cllr Ann Lee", "Cllr Bob Cole", "Parties:", "Dan Eve, applicant",
          "1. Election of Chair", "Cllr Bob Cole was elected Chair for the hearing."],
         {"Cllr Ann Lee": "present", "Cllr Bob Cole": "present", "Dan Eve": "in attendance"}, "Cllr Bob Cole"),
        # dotted initials, "– Vicar, chair", a dotted leader before a role, a post after a
        # comma, a police rank
        (["Present: Revd P. Lee – Vicar, chair; A. Merriweather; Bob Cole", "In attendance:",
          "Jo Park ........ Clerk", "Owen Reed, Senior Trading Standards Officer", "PCSO Dan Eve",
          "1. Apologies"],
         {"Revd P. Lee": "present", "A. Merriweather": "present", "Jo Park": "in attendance",
          "Owen Reed": "in attendance", "PCSO Dan Eve": "in attendance"}, "Revd P. Lee"),
        # the one elected "then took the chair" after someone chaired the election
        (["Present: Ann Lee, Bob Cole (Secretary), Cath Dunn", "1. Election of Chair",
          "The Secretary took the chair for this item. Ann Lee was elected Chair. Ann Lee then took the chair."],
         {"Ann Lee": "present"}, "Ann Lee"),
        # a table headed by the kind of member, its status cell saying more than the status
        (["Voting members\tNominated by\tAttendance", "Cllr Ann Lee (Chair)\tOakby Council\tApologies",
          "Bob Cole (Vice-Chair)\tNHS Oakby\tPresent – presiding", "Cath Dunn\tNHS Oakby\tPresent from 10.50 am",
          "Non-voting members\tCapacity\tAttendance", "Dan Eve\tChief Officer\tPresent (left after item 7)",
          "1. Apologies"],
         {"Cllr Ann Lee": "apologies", "Bob Cole": "present", "Cath Dunn": "present", "Dan Eve": "present"},
         "Bob Cole"),
        # an annual meeting: the retiring chair presides for the election only, the one elected
        # for the rest of the meeting, said by name or by "He"
        (["Present: Cllrs Ann Lee, Bob Cole, Cath Dunn", "1. Election of Chair",
          "The retiring Chair, Cllr Lee, presided for this item. Cllr Cole was elected Chair. "
          "Cllr Cole signed his declaration and took the chair for the rest of the meeting."],
         {"Bob Cole": "present"}, "Bob Cole"),
        (["Present: Cllrs Ann Lee, Bob Cole, Cath Dunn", "1. Election of Chair",
          "Cllr Lee presided for this item. Cllr Cath Dunn was nominated (proposed Cllr Lee) and was "
          "elected Chair for 2025/26. She signed her declaration and then presided for the rest of the meeting."],
         {"Cath Dunn": "present"}, "Cath Dunn"),
        (["Members of the Sub-Committee: Cllr Ann Lee, Cllr Bob Cole", "Guests: Jo Reed (Hill Homes Ltd)",
          "Cllr Ann Lee was elected to chair the Sub-Committee for this hearing."],
         {"Cllr Ann Lee": "present", "Cllr Bob Cole": "present", "Jo Reed": "in attendance"}, "Cllr Ann Lee"),
        # a roster whose columns are the member, their initials and where they live
        (["Who was there", "Panel member\tInitials\tLives in", "Ann Lee (Chair)\tAL\tElm estate",
          "Bob Cole\tBC\tAsh flats", "1. Welcome"],
         {"Ann Lee": "present", "Bob Cole": "present"}, "Ann Lee"),
        # a web page's one line of labelled lists: the board sat, staff and observers attended
        (["Board: Ann Lee (Interim Chair), Bob Cole.  Staff: Cath Dunn (Chief Officer).  Observers: "
          "Dan Eve (Vale Council).  Public: 9.", "1. Welcome"],
         {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "in attendance",
          "Dan Eve": "in attendance"}, "Ann Lee"),
        # groups of a list, each a sentence ending with what its members are
        (["Present: Mr Ann Lee (Chairman) (AL); Ms Bob Cole (BC) – elected members. Cllr Dev Shah (DS); "
          "Cllr Eve Fox (EF) – appointed members, Vale Council.", "1. Welcome"],
         {"Mr Ann Lee": "present", "Ms Bob Cole": "present", "Cllr Dev Shah": "present"}, "Mr Ann Lee"),
        # one who took the chair for the last items, when the chair left, did not chair the meeting
        (["Present: Ann Lee (Chair), Bob Cole (Vice-Chair; in the chair for items 9-11), Cath Dunn",
          "1. Welcome", "Ann Lee reported on the audit. She then left at 11.40 and Bob Cole took the chair."],
         {"Ann Lee": "present", "Bob Cole": "present"}, "Ann Lee"),
        # members under a heading with no colon, a list of one a line; a statutory body's members
        (["**Board members**", "", "- Ann Lee — Chair", "- Bob Cole — Vice Chair", "", "1. Welcome"],
         {"Ann Lee": "present", "Bob Cole": "present"}, "Ann Lee"),
        (["Commissioners:  Ann Lee (Chairman); Bob Cole (Deputy Chairman)", "Apologies: Cath Dunn",
          "1. Accounts"], {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "apologies"}, "Ann Lee"),
        (["Panel: Bob Cole (chairing), Ann Lee, Cath Dunn", "1. Welcome"],
         {"Ann Lee": "present", "Bob Cole": "present"}, "Bob Cole"),
        (["Conservator\tCategory\tInitials\tPresent?", "Ann Lee\tElected\tAL\tYes",
          "Bob Cole\tAppointed\tBC\tNo (apologies)", "Cath Dunn\tElected\tCD\tYes", "1. Election of Chairman",
          "The Clerk presided for this item. Cath Dunn was elected Chairman. Mrs Dunn then took the chair."],
         {"Ann Lee": "present", "Bob Cole": "apologies"}, "Cath Dunn"),
        # initials only, their names in a key to initials at the foot; staff under their label
        (["Directors: AL (Chair), BC, DE. Apologies: FG. Staff: HJ.", "1. Welcome",
          "Key to initials: AL Ann Lee · BC Bob Cole · DE Dana Eve · FG Fay Gill · HJ Hal Jones"],
         {"Ann Lee": "present", "Bob Cole": "present", "Dana Eve": "present", "Fay Gill": "apologies",
          "Hal Jones": "in attendance"}, "Ann Lee"),
        # initials only, the names in a circulation list; initials nobody is given stay unread
        (["Present: BC (in the chair), AL, XY", "1. Welcome",
          "Circulation: Ann Lee (AL), Bob Cole (BC), Dr Dana Eve (DE)"],
         {"Ann Lee": "present", "Bob Cole": "present"}, "Bob Cole"),
        # a post's label before its holder, one a line, after the list
        (["Present: Ann Lee (Chair), Bob Cole", "Clerk: Mrs Gail Hunt",
          "Staff support: Dev Shah, Tenant Involvement Officer.", "Repairs Manager: Eve Ward.",
          "Minute taker: Hal Ince", "1. Welcome"],
         {"Mrs Gail Hunt": "in attendance", "Dev Shah": "in attendance",
          "Eve Ward": "in attendance", "Hal Ince": "in attendance"}, "Ann Lee"),
        # first names alone, named in full in a list at the foot whose sentence ends at a label
        (["Here: Ann (chair), Bob, Cath", "Staff: Dev (Tenant Involvement) for item 3",
          "1. Welcome", "Apologies were noted.", "Panel: Ann Lee, Bob Cole,",
          "Cath Dunn. Board link: Dr Fay Green.", "Staff support: Dev Shah, Officer."],
         {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "present",
          "Dev Shah": "in attendance"}, "Ann Lee"),
        # plain text with a label column, one person a line, each with their initials
        (["OFFICERS   Ann Lee (Chairman) AL", "           Bob Cole (Hon. Secretary) BC",
          "           Cath Dunn (Fixtures Secretary) CD", "APOLOGIES  Dev Shah (Umpires Officer) DS",
          "1. Welcome"],
         {"Ann Lee": "in attendance", "Bob Cole": "in attendance", "Cath Dunn": "in attendance",
          "Dev Shah": "apologies"}, "Ann Lee"),
        # the Chair away, the Vice-Chair present presides
        (["Present: Ann Lee (Vice Chair), Bob Cole, Cath Dunn", "1. Welcome",
          "Apologies were received from Cllr Dev Shah (Chair)."],
         {"Ann Lee": "present", "Bob Cole": "present"}, "Ann Lee"),
        # a table whose name column lists two kinds of people, each post after the name
        (["Director / officer\tInitials\tAttended", "Ann Lee, Chair\tAL\tP", "Bob Cole, Treasurer\tBC\tA – apologies",
          "Cath Dunn, General Manager\tCD\tIn attendance", "1. Welcome"],
         {"Ann Lee": "present", "Bob Cole": "apologies", "Cath Dunn": "in attendance"}, "Ann Lee"),
        # each club's or post's representative, the post first
        (["Club / post\tRepresentative\tPresent", "Chairman\tAnn Lee (AL)\tYes", "Hon. Secretary\tBob Cole (BC)\tYes",
          "Elmford\tCath Dunn\tApologies", "1. Welcome"],
         {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "apologies"}, "Ann Lee"),
        # a kind of councillor heads the names column; the chair named by first name
        (["Youth councillor\tWard\tInitials\tAttendance", "Ann Lee\tNorth ward\tAL\tPresent",
          "Bob Cole\tSouth ward\tBC\tApologies", "1. Welcome", "Ann chaired."],
         {"Ann Lee": "present", "Bob Cole": "apologies"}, "Ann Lee"),
        # first names alone, named in full in the committee's list at the foot; a member of the
        # list the minutes do not say came is only mentioned
        (["Present: Ann (in the chair), Bob, Cath", "1. Welcome", "Nothing to report.",
          "Committee list 2025-26: Ann Lee (Chairman, AL); Bob Cole (Treasurer, BC); Cath Dunn"
          " (Secretary, CD); Dev Shah (Training Officer, DS). Police liaison: PS Eve Ford."],
         {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "present", "Dev Shah": "mentioned"},
         "Ann Lee"),
        # first names, the absent one after a label of its own in the same line, the full names
        # in the committee's list for the year, wrapped at its semicolons
        (["Here: Ann (chair), Bob, Cath. Sorry not here: Dev. Also five plot holders came to listen.",
          "1. Water", "Bob to fix the trough.",
          "Committee 2025/26: Ann Lee, chair; Bob Cole,", "treasurer; Cath Dunn, secretary; Dev Shah,",
          "plot rep; Eve Ford, hut; Fay Gill."],
         {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "present", "Dev Shah": "apologies",
          "Fay Gill": "mentioned"}, "Ann Lee"),
        # "Absent:" and "Guest:" labels inside the line of those present
        (["Committee present: Ann Lee (Chair), Bob Cole. **Absent:** Cath Dunn. **Guest:** PCSO Dev Shah,"
          " Oakby police (item 3).", "1. Notes", "Agreed."],
         {"Ann Lee": "present", "Bob Cole": "present", "Cath Dunn": "absent"}, "Ann Lee"),
        # a firm after the name is the person's, not a second person
        (["Present: Ann Lee (Chair), Bob Cole", "In attendance: Dev Shah, Elm Marine Consulting, the safety"
          " adviser (item 6).", "1. Notes", "Agreed."],
         {"Ann Lee": "present", "Dev Shah": "in attendance"}, "Ann Lee"),
    ],
)  # fmt: skip
def test_attendance_forms(lines, people, chaired):
    text = "Oakby Town Council\nMinutes of the meeting held on 3 March 2025\n" + "\n".join(lines)
    meeting = parse_meeting(document(text, layer=True))
    got = {p.name: p.attendance for p in meeting.people}
    for name, attendance in people.items():
        assert got.get(name) == attendance, got
    assert all("/" not in (p.role or "") for p in meeting.people)
    assert not {
        "Owen Reed, Senior",
        "Senior Trading Standards",
        "The Guildhall",
        "All present",
        "Elm Marine",
    } & set(got)
    found = chair(meeting.people)
    assert found is not None and found.name == chaired


TRANSCRIPT = """Oakby Scrutiny Committee
The Chair (Ms Ann Lee): Good morning and welcome to this evidence session on library funding.
Mr. Tom Price (Oakby North, Lab.): Thank you, Chair. I want to ask about the book fund first.
Dana Cole MS: The book fund was held at last year's level, and we added a mobile service.
The Chair (Ms Ann Lee): And the opening hours, were they cut anywhere in the county?
Dana Cole MS: Two branches moved to four days a week, the others kept their hours.
Mr. Tom Price (Oakby North, Lab.): Were the users of those two branches consulted on it?
"""
LABELLED_MINUTES = """Oakby Town Council
Minutes of the meeting held on 3 March 2025
Present: Ann Lee (Chair), Tom Price, Dana Cole and the Clerk.
Apologies: received from Cllr Rhys Ward, who was on holiday.
Resolved: that the minutes of the meeting held in February be approved.
Action Points: the Clerk to write to the highways team about the lights.
Matters Arising: the bench on the green has now been repaired by the contractor.
Finance: the payments listed were approved, proposed by Cllr Lee and seconded.
"""


def test_a_list_beside_a_margin_column_is_read_whole_and_ends_with_its_sentence():
    text = (
        "Oakby Drainage Board\nMinutes of the meeting held on 3 March 2025\n"
        "PRESENT: Mr E. Wragg (Chairman), Mrs A. Dring.\n\n"
        "IN ATTENDANCE: Mrs K. Ingle (Clerk to the Board), Mr L. Stent (Engineer to the Board) and"
        " Mr G. Malt (Works Supervisor). Pat Dunn, Head of Estates, attended for item 6.\tAction\n\n"
        "412. APOLOGIES FOR ABSENCE\nNone.\n"
    )
    people = {p.name: (p.attendance, p.role) for p in parse_meeting(document(text)).people}
    assert people["Mr L. Stent"] == ("in attendance", "Engineer to the Board")
    assert people["Mr G. Malt"][0] == "in attendance"
    assert people["Pat Dunn"] == ("in attendance", "Head of Estates")


def test_a_label_grids_presiding_row_names_who_chaired():
    text = (
        "Oakby Fire Authority Audit Committee – Minutes\nDate\tThursday 25 September 2025\n"
        "Presiding\tCllr Bob Cole (Vice-Chair)\nApologies received from\tCllr Ann Lee (Chair)\n"
        "Item 1: Apologies\nIn the Chair's absence the Vice-Chair presided."
    )
    meeting = parse_meeting(document(text, name="m.docx"))
    found = chair(meeting.people)
    assert found is not None and found.name == "Cllr Bob Cole"


def test_a_verbatim_record_is_a_transcript_by_its_shape():
    assert parse_meeting(document(TRANSCRIPT, layer=True)).kind == "transcript"
    assert parse_meeting(document(LABELLED_MINUTES, layer=True)).kind == "minutes"


def test_a_date_printed_only_in_the_running_footer_dates_the_meeting(tmp_path):
    from assistant.ingest.readers import read_document
    from tests.builders import make_pdf

    footer = "Oakby Museum Trust Board of Trustees - 10 June 2025 - Page {} of 2"
    pages = [
        ["Board of Trustees - Minutes", "Meeting held in the Sail Loft at 6pm",
         "Trustees: Ann Lee (Chair), Tom Price", "1. Apologies", "None were received.",
         footer.format(1)],
        ["2. Finance", "The accounts were noted.", "3. Any other business", "None.",
         footer.format(2)],
    ]  # fmt: skip
    path = tmp_path / "trustees_q2.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path)
    assert all("Page 2 of 2" not in p.text for p in doc.pages)  # still furniture to the text
    meeting = parse_meeting(doc)
    assert meeting.date == dt.date(2025, 6, 10) and meeting.date_source == "running header"


def test_a_title_that_names_no_body_takes_the_one_its_running_footer_prints(tmp_path):
    from assistant.ingest.readers import read_document
    from tests.builders import make_pdf

    footer = "Oakby Town Council - Town Hall, Market Place, Oakby - Page {} of 2"
    pages = [
        ["Annual Meeting of the Council", "Minutes of the meeting held on 12 May 2025 at 7pm",
         "Present: Cllrs Ann Lee, Bob Cole", "1. Election of Mayor", "Cllr Lee was elected Mayor.",
         footer.format(1)],
        ["2. Minutes", "The minutes were agreed.", "3. Any other business", "None.",
         footer.format(2)],
    ]  # fmt: skip
    path = tmp_path / "annual.pdf"
    path.write_bytes(make_pdf(pages))
    assert parse_meeting(read_document(path)).body == "Oakby Town Council"


def test_an_address_line_names_no_body_and_a_record_of_decisions_is_minutes():
    text = (
        "OAKBY\nCOMBINED\nAUTHORITY\nMill House · 14 Tannery Street · Oakby OK1 4RW\n"
        "Transport Committee\nRecord of decisions and actions of the meeting held on 7 March 2025\n"
        "Present: Ann Lee (Chair), Bob Cole\n1. Apologies\nNone.\n"
    )
    meeting = parse_meeting(document(text, layer=True))
    assert "OK1" not in (meeting.body or "") and meeting.body.endswith("Transport Committee")
    assert meeting.kind == "minutes"


def test_an_adjourned_meeting_is_dated_by_its_own_sitting_not_the_one_called_before():
    text = (
        "OAKBY ENERGY SOCIETY\nMinutes of the adjourned meeting of the Board held at the Mill on "
        "Thursday 25 September 2025 at 6.30 pm.\nThe Board meeting called for Thursday 18 September "
        "2025 was inquorate and was adjourned for one week.\nPresent: Ann Lee, Bob Cole\n1. Welcome\n"
    )
    assert parse_meeting(document(text, layer=True)).date == dt.date(2025, 9, 25)


def test_initials_after_a_post_are_the_persons():
    text = (
        "Oakby College Corporation\nMinutes of the meeting held on 24 March 2026\n"
        "Present: Ann Lee (AL) (Chair), Bob Cole (BC)\n"
        "In attendance: Glen Tarr, Deputy Principal – Finance (GTa); Wanda Pike, Vice Principal (WP).\n"
        "1. Welcome\nThe Chair welcomed members.\n"
    )
    people = {p.name: p for p in parse_meeting(document(text, layer=True)).people}
    assert (people["Glen Tarr"].initials, people["Wanda Pike"].initials) == ("GTa", "WP")
    assert people["Wanda Pike"].role == "Vice Principal"


def test_a_post_and_initials_in_one_bracket():
    text = "Oakby Rescue Team\nMinutes of the meeting held on 3 March 2026\nPresent: Ann Lee (Team Leader, AL); Bob Cole (Treasurer, BC).\n1. Welcome"
    people = {p.name: p for p in parse_meeting(document(text, layer=True)).people}
    assert (people["Ann Lee"].role, people["Ann Lee"].initials) == ("Team Leader", "AL")
    assert (people["Bob Cole"].role, people["Bob Cole"].initials) == ("Treasurer", "BC")


def test_a_meeting_title_over_numbered_items_is_minutes():
    text = (
        "OAKBY ALLOTMENT SOCIETY\nCOMMITTEE MEETING - held in the hut on Sunday 8th February 2026\n"
        "Here: Ann (chair), Bob\n1. Last meeting\nAgreed.\n2. Water\nBob to fix the trough."
    )
    assert parse_meeting(document(text, layer=True)).kind == "minutes"
