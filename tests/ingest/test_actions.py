"""Action extraction, status words and cross-meeting linking over small invented texts."""

import datetime as dt

import pytest

from assistant.ingest.actions.status import classify_status
from assistant.ingest.meeting import parse_meeting
from assistant.records import Person
from assistant.store.register import Register
from tests.builders import document

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


def test_action_log_rows():
    acts = parse_meeting(document(LOG)).actions
    by_owner = {tuple(a.owners): a for a in acts}
    assert by_owner[("Ann Berry",)].status == "closed"
    assert by_owner[("Carl Dunn", "Ann Berry")].status == "open"
    assert by_owner[("XY",)].unresolved == ["XY"]
    assert all(a.source.quote in LOG for a in acts)


@pytest.mark.parametrize(
    "sentence, owner",
    [
        # a post the attendance list gives to one person is that person's action
        ("The Clerk agreed to write to the landowner about the hedge.", "Jo Park (Clerk)"),
        ("Cllr Bob Cole agreed to obtain a quote for the bench.", "Cllr Bob Cole"),
        ("ACTION: Ann to send the map to the group.", "Cllr Ann Berry"),
        ("It was agreed to hold a litter pick in April.", None),
        ("RESOLVED: That a new bin be purchased for the green.", None),
        ("The Committee asked for a report on the library review to be presented in June.", None),
        # an action-log entry that names no owner, and a proposal that something be done
        ("Letter of thanks to be sent to the retiring volunteers.", None),
        ("Any outstanding work to be referred to the Finance Committee.", None),
        ("It was suggested that the youth club be invited to the June meeting.", None),
        # what will be done, owned by the one who said so, not by the one who asked
        (
            "Cllr Bob Cole asked for the plans and Jo Park explained that they will be added to the website.",
            "Jo Park",
        ),
        # a post named "to the" body it serves
        (
            "The Solicitor to the Council to serve the notice on the landowner.",
            "Solicitor to the Council",
        ),
        # a request put to the subject in the passive
        ("Cllr Bob Cole was asked to obtain a second quote for the bench.", "Cllr Bob Cole"),
        # the subject's next step after what they did, and a commitment in reported speech
        (
            "Cllr Bob Cole requested the costs and will look at grants for the bench.",
            "Cllr Bob Cole",
        ),
        (
            "Cllr Bob Cole commented that the path was narrow but he would ask the county to widen it.",
            "Cllr Bob Cole",
        ),
    ],
)
def test_sentence_layouts(sentence, owner):
    text = PARISH.format(date="2021-05-05", n=10, body=sentence)
    acts = parse_meeting(document(text)).actions
    assert len(acts) == 1
    assert acts[0].owners == ([owner] if owner else [])


@pytest.mark.parametrize(
    "present, sentence, owners",
    [
        # a commitment in other words than "agreed to"
        ("Cllr Ann Berry, Cllr Bob Cole", "Cllr Cole offered to check the Welsh text of the pages.",
         ["Cllr Bob Cole"]),
        ("Ann Berry, Jo Park (Head of Finance)", "The Head of Finance undertook to report the costs in June.",
         ["Jo Park (Head of Finance)"]),
        # a name in full where the attendance list gives the initial and surname
        ("I Tolland, K Attwater", "Ian Tolland to issue the contract to the supplier.", ["Ian Tolland"]),
        # one plural title before two surnames
        ("Cllr Ann Berry, Cllr Bob Cole, Cllr Cal Dunn", "Cllrs Berry and Dunn to run the stall at the show.",
         ["Cllr Ann Berry", "Cllr Cal Dunn"]),
        # the post its holders share, said of all of them
        ("Ann Berry (Churchwarden), Bob Cole (Churchwarden), Cal Dunn", "Churchwardens to arrange access to the tower.",
         ["Ann Berry", "Bob Cole"]),
        # a class of members with the body named, and a clause set off by commas
        ("Ann Berry, Bob Cole", "All members of the Committee, including co-opted members, to complete the training.",
         ["All members"]),
        # the service an attendee's post is of
        ("Ann Berry, Neil Pettifer (Environmental Health Officer)",
         "Environmental Health to monitor noise at the site on the Saturday night.",
         ["Neil Pettifer (Environmental Health)"]),
        # a task in a lettered part of a resolution whose other parts decide
        ("Ann Berry, Jo Park (Head of Finance)",
         "RESOLVED: (a) that the report be noted; and (b) that the Head of Finance report the costs in June.",
         ["Jo Park (Head of Finance)"]),
        # a bullet written with an asterisk
        ("Ann Berry, Bob Cole", "* Bob to write to the housing association about the lift.", ["Bob Cole"]),
        # a marker labelled in two languages, its post named in both
        ("Ann Berry, Nia Ffowc (Clerk)", "Gweithredu / Action: Clerc / Clerk – to ask the provider for a quote.",
         ["Nia Ffowc (Clerk)"]),
    ],
)  # fmt: skip
def test_commitments_in_many_words(present, sentence, owners):
    text = (
        "Oakby Community Council\nMinutes of the meeting held on 3 March 2025\n"
        f"Present: {present}\n\nThe Chair welcomed everyone to the meeting and opened the business.\n"
        f"1. Business\n{sentence}\n"
    )
    acts = parse_meeting(document(text, layer=True)).actions
    assert [a.owners for a in acts] == [owners]


def test_matters_arising_under_lettered_minute_references_report_on_actions():
    text = (
        "Oakby Parochial Church Council\nMinutes of the meeting held on 8 July 2025\n"
        "Present: Ann Berry (AB), Bob Cole (BC)\n\n"
        "PCC/25/26 Matters arising\n"
        "- Churchyard working party: held on 17 May with eleven volunteers.\n"
        "- Readers' rota: BC has filled July but still has gaps in August. Carried forward.\n"
        "PCC/25/27 Finance\nThe accounts were received.\n"
    )
    got = {a.description: a.status for a in parse_meeting(document(text, layer=True)).actions}
    assert got == {"Churchyard working party": "closed", "Readers' rota": "open"}


@pytest.mark.parametrize(
    "text, status",
    [
        ("Ongoing", "open"),
        ("AB pursuing", "open"),
        ("to arrange a discussion", "open"),
        ("Item added", "closed"),
        ("Added to Forward Plan", "closed"),
        ("circulated", "closed"),
        ("completed", "closed"),
        # the status word first decides, whatever the words after it say
        ("Open – venue booked; notice published 2/9", "open"),
        ("Closed – the business case is at item 6", "closed"),
        ("On hold – the review reports in October", "open"),
        ("Carried forward", "open"),
        # or a status word alone as the last sentence
        ("Carried out on 8 May; cutting there will be from one bank this year. Done.", "closed"),
    ],
)
def test_status_words(text, status):
    assert classify_status(text)[0] == status


def test_later_update_closes_action(tmp_path):
    first = parse_meeting(
        document(
            PARISH.format(
                date="2021-05-05",
                n=10,
                body="The Clerk agreed to order the memorial wreath from the legion.",
            ),
            doc_id="a",
            name="a.txt",
        )
    )
    later = parse_meeting(
        document(
            PARISH.format(
                date="2021-06-02",
                n=20,
                body="The memorial wreath had been ordered from the legion.",
            ),
            doc_id="b",
            name="b.txt",
        )
    )
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
    [
        (
            "Cllr Bob Cole agreed to visit the site with the Clerk to check the hedge.",
            ["Cllr Bob Cole", "Jo Park (Clerk)"],
        ),
        (
            "Following a suggestion by Cllr Bob Cole the Council agreed that she would price the signs.",
            ["Cllr Bob Cole"],
        ),
        ("Hall Roof – The Clerk was awaiting a response from the contractor.", ["Jo Park (Clerk)"]),
        (
            "It was agreed that the Parish Council write to the landowner about the hedge.",
            ["Parish Council"],
        ),
        # "they" after a named officer is not that officer
        (
            "The Clerk reported on the survey. They agreed to repeat the survey in May.",
            [],
        ),
    ],
)
def test_owner_rules(sentence, owners):
    text = PARISH.format(date="2021-05-05", n=10, body=sentence)
    acts = parse_meeting(document(text)).actions
    assert len(acts) == 1
    assert acts[0].owners == owners


def test_markdown_headings_are_items():
    text = (
        "# Example Board\n\nMinutes of the meeting held on 3 March 2021\n\n"
        "Present: Ann Berry (AB), Carl Dunn (CD)\n\n## 1. Welcome\n\nAll were welcomed.\n\n"
        "## 2. Budget monitoring\n\nACTION: AB to circulate the budget report.\n"
    )
    meeting = parse_meeting(document(text, name="m.md"))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome"),
        ("2", "Budget monitoring"),
    ]
    assert meeting.actions[0].owners == ["Ann Berry"] and meeting.actions[0].source.item == "2"


# --- status from progress or report words, never from narrative around a task -----------------


@pytest.mark.parametrize(
    "sentence, status",
    [
        (
            "The Clerk agreed to contact the contractor to ask why there had been no invoice.",
            "open",
        ),
        ("Cllr Bob Cole agreed to forward the letter when received.", "open"),
        ("RESOLVED: That a new bench be purchased for the green.", "open"),
        (
            "The Clerk agreed to work with Cllr Bob Cole on the gate where no post had been possible.",
            "open",
        ),
        ("The Clerk had emailed the landowner about the hedge.", "closed"),
        ("The Clerk had emailed the landowner and was awaiting a reply.", "open"),
        ("The Clerk had purchased the wreath due to the early deadline.", "closed"),
    ],
)
def test_status_comes_from_the_action_not_the_narrative(sentence, status):
    acts = parse_meeting(document(PARISH.format(date="2021-05-05", n=10, body=sentence))).actions
    assert len(acts) == 1
    assert acts[0].status == status


BOARD = (
    "Decisions and Actions Log of the Example Board Held on 01 March 2021\n\n"
    "Present: Dr Ann Berry (AB) - Example Council, Carl Dunn (CD) - Example Council\n\n"
    "Date of Meeting\tAction Point\tLead\tProgress Update\n"
    "01.03.21\tHealth visiting\t\t\n"
    "\t{row}\t\t\n"
)


@pytest.mark.parametrize(
    "row, owners, status",
    [
        (
            "CD explained that this item had been brought for information. CD invited them to contact him directly.",
            ["Carl Dunn"],
            "open",
        ),
        (
            "AB explained that she had had discussions about the clinics and that she would be talking to CD about specifics.",
            ["Ann Berry"],
            "open",
        ),
    ],
)
def test_log_rows_without_progress(row, owners, status):
    acts = parse_meeting(document(BOARD.format(row=row))).actions
    assert len(acts) == 1
    assert acts[0].owners == owners and acts[0].status == status


STANDARDS = (
    "EXAMPLE DISTRICT COUNCIL\nAUDIT COMMITTEE\nMinutes of the meeting held on 8 June 2021\n\n"
    "PRESENT: Councillor A Berry (Chairman); Councillors B Cole and C Dunn.\n"
    "OFFICERS: Eve Fox (Monitoring Officer), Gil Hart (Deputy Monitoring Officer) and "
    "Ivy Lane (Democratic Services Officer), Jo Kerr (Planning Officer), Kay Lowe (Senior "
    "Planning Officer) and Liz Moss (CFO), Nat Ray (Engineer to the Council).\n\n"
    "1. CODE OF CONDUCT\n{body}\n"
)


@pytest.mark.parametrize(
    "sentence, owners",
    [
        (
            "The Monitoring Officer is to write to all parish clerks.",
            ["Eve Fox (Monitoring Officer)"],
        ),
        (
            "The Deputy Monitoring Officer is to arrange the training.",
            ["Gil Hart (Deputy Monitoring Officer)"],
        ),
        (
            "The Democratic Services Officer is to publish the form.",
            ["Ivy Lane (Democratic Services Officer)"],
        ),
        # of two holders, the one whose post it is exactly; a post's acronym one attendee holds
        ("The Planning Officer is to visit the site.", ["Jo Kerr (Planning Officer)"]),
        ("It was agreed that the CFO would circulate the revised budget.", ["Liz Moss (CFO)"]),
        # a post nobody on the list holds stays as printed
        ("The Scrutiny Officer is to book the room.", ["The Scrutiny Officer"]),
        # one word, the first of one attendee's post; a body is nobody's post
        ("The Engineer to survey the culvert before the next meeting.", ["Nat Ray (Engineer)"]),
        ("The Council to write to the county about the culvert.", ["The Council"]),
    ],
)
def test_a_post_resolves_to_the_attendee_who_holds_it(sentence, owners):
    acts = parse_meeting(document(STANDARDS.format(body=sentence))).actions
    assert [a.owners for a in acts] == [owners]


POSTS = (
    "OAKBY HOMES\nBOARD\nMinutes of the meeting held on 24 June 2025\n\n"
    "Present: Ann Lee (Chair), Tom Price, Rob Hale (Chief Executive).\n"
    "In attendance: Ayo Bell (Director of Finance), Sam Dow (Director of Quality and Safety), "
    "Pat Roe (Deputy Town Clerk), Kim Oates (Company Secretary).\n\n"
    "1. FINANCE\n{body}\n"
)


@pytest.mark.parametrize(
    "sentence, owners",
    [
        # a post by the initials of its words, "the" before it, capitals or not
        ("The DoF to run a stress test on a 2% rent cap.", ["Ayo Bell (DoF)"]),
        ("The DoQS will report performance to every meeting.", ["Sam Dow (DoQS)"]),
        ("The DTC to write to all market traders.", ["Pat Roe (DTC)"]),
        ("The CoSec to arrange an induction programme.", ["Kim Oates (CoSec)"]),
    ],
)
def test_a_post_by_its_initials_is_the_attendee_who_holds_it(sentence, owners):
    acts = parse_meeting(document(POSTS.format(body=sentence))).actions
    assert [a.owners for a in acts] == [owners]


def test_a_post_by_its_initials_after_a_name_in_a_label_grid():
    text = (
        "Quality Committee\nMinutes – Wednesday 26 March 2025, 1.30 pm\n"
        "Present\tAnn Lee (Chair); Bob Okon, CNO; Lyn March, DoQS; Cy Dunn, HoPS\n"
        "Deputising\tDr Eve Fox, Deputy Chief Medical Officer\n"
        "Apologies\tDr Gil Hart\n\n1. Maternity\nThe CNO to arrange a visit to the maternity unit.\n"
    )
    meeting = parse_meeting(document(text, layer=True))
    assert {p.name for p in meeting.people} >= {"Ann Lee", "Bob Okon", "Lyn March", "Dr Eve Fox"}
    assert [a.owners for a in meeting.actions] == [["Bob Okon (CNO)"]]


# --- what is not an action -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The next meeting will be held on Wednesday 2 June 2021 in the village hall.",
        # initials no attendee's post spells: an outside organisation, not an owner
        "The ICB will open a single point of access in the autumn.",
        "The next meeting of the Board will take place on 2 June 2021.",
        # work that will start, with no one to do it named
        "Work on the car park will start on 7 September and last about 22 weeks.",
        "There was general agreement that the service is valued but some perceptions need to be addressed.",
        "Support will continue via the family hubs for children under five.",
        "Immediate pressure will be placed on the wards from next week as the rules change.",
        "The Head of Finance asked the Committee to approve the change in accounting policy.",
        "The letter said the scheme did not need to be assessed again.",
        "Cllr Bob Cole advised that the county had requested that the ministry review its policy.",
        # a change of role sets nobody a task
        "Cllr Bob Cole will become the lead member for allotments, replacing Cllr Berry.",
        "Cllr Ann Berry confirmed she will step down as Chair at the annual meeting.",
        "Jo Park has agreed to act as interim Treasurer from 1 June.",
        "Cllr Bob Cole has agreed to be nominated for the vacancy on the board.",
        "Jo Park agreed to continue as Secretary and Cllr Berry as Chair for the year.",
        # a company's form is no one's initials; "to" before a determiner is a preposition
        "Corran & Vale LLP will issue the data requirements to employers in April.",
        "Cllr Ann Berry opened the meeting and welcomed Bob Cole to their first meeting.",
        # a question put at the meeting, and an event on the calendar
        "Cllr Bob Cole asked how the new bins would be emptied in winter.",
        "Interviews for the caretaker post will be held on 14 June 2021.",
        # "to be" after a finite verb, a conjunction, or the record itself sets nobody a task
        "Draft minutes, to be approved at the next meeting.",
        "And prior to the sale the amount to be returned to the fund was unclear.",
        "Cllr Bob Cole said he did not wish to be considered for the post.",
        # a label naming who holds a post
        "Clerk to the Corporation: Lorraine Hale",
        "**Clerk to the Parish Meeting:** Wendy Park",
        # a list of who attended
        "In attendance: Jo Reed, Clerk to the Authority; Kim Lee, Head of Performance (HoP).",
    ],
)
def test_not_actions(sentence):
    assert (
        parse_meeting(document(PARISH.format(date="2021-05-05", n=10, body=sentence))).actions == []
    )


def test_agreement_that_tasks_someone_is_an_action():
    text = PARISH.format(
        date="2021-05-05",
        n=10,
        body="There was general agreement that the Clerk would write to the owner.",
    )
    acts = parse_meeting(document(text)).actions
    assert [a.owners for a in acts] == [["Jo Park (Clerk)"]]


def test_asking_if_someone_would_do_a_thing_is_a_request():
    text = PARISH.format(
        date="2021-05-05",
        n=10,
        body="Cllr Bob Cole asked if the Clerk would write to the landowner.",
    )
    assert [a.owners for a in parse_meeting(document(text)).actions] == [["Jo Park (Clerk)"]]


def test_question_then_task_keeps_the_task():
    text = PARISH.format(
        date="2021-05-05",
        n=10,
        body="Cllr Bob Cole asked whether the bench could be moved; the Clerk will ask the supplier.",
    )
    acts = parse_meeting(document(text)).actions
    assert [a.owners for a in acts] == [["Jo Park (Clerk)"]]


GOVERNORS = (
    "Example Primary School\nFull Governing Board\nMinutes of the meeting held on 10 May 2021\n\n"
    "Present: Mrs Ann Berry (AB) (Chair), Mr Carl Dunn (CD), Mrs Eve Fox (EF) (Clerk to Governors)\n\n"
    "1. Policies\nEF to upload the approved charging policy to the school website by 21/05/21.\n\n"
    "2. Premises\nCD will obtain two quotes for the playground resurfacing.\n\n"
    "Action summary\n\n"
    "Action\tWho\tBy when\n"
    "Upload approved charging policy to website\tMrs Eve Fox (Clerk to Governors)\t21 May 2021\n"
    "Playground resurfacing quotes\tMr Carl Dunn\tNext meeting\n"
)


def test_an_action_in_the_text_and_in_the_action_table_is_listed_once():
    acts = parse_meeting(document(GOVERNORS)).actions
    assert len(acts) == 2, [a.description for a in acts]
    upload = next(a for a in acts if "charging policy" in a.description)
    # the sentence says all the row says: its wording and citation are kept, the row's due added
    assert upload.description.startswith("EF to upload the approved charging policy")
    assert upload.owners == ["Eve Fox"] or "Eve Fox" in upload.owners[0]
    quotes = next(a for a in acts if "resurfacing" in a.description)
    assert quotes.due == "Next meeting"  # the row's column, the sentence gave none


# --- action logs that re-list earlier actions ----------------------------------------------------

MINUTES = (
    "# Example Partnership Board\n\n**Minutes of the meeting held on Wednesday 3 March 2021**\n\n"
    "Present:\n- Ann Berry (AB) – Example Council\n- Carl Dunn (CD) – Example Council\n- Eve Fox (EF) – Police\n\n"
    "## 1. Budget\nACTION: AB to circulate the budget figures by district before the next meeting.\n\n"
    "## 2. Attendance\nThe Board agreed that a joint attendance protocol should be drafted with the Police.\n\n"
    "ACTION: CD and EF to draft a joint attendance protocol by 30 April 2021.\n"
)
FOLLOWING_LOG = (
    "Example Partnership Board\nAction Log - meeting held on 5 May 2021\n\n"
    "Present: Ann Berry (AB), Carl Dunn (CD), Eve Fox (EF)\n\n"
    "Date of Meeting\tAction Point\tLead\tProgress Update\n"
    "03.03.21\tCirculate the budget figures by district\tAB\tCirculated 1 April 2021\n"
    "03.03.21\tDraft a joint attendance protocol with the Police\tCD/EF\tOngoing - first draft discussed\n"
    "05.05.21\tReview the youth needs assessment and report back\tEF\tOngoing\n"
)


def test_log_rows_of_an_earlier_meeting_are_its_updates(tmp_path):
    log = parse_meeting(document(FOLLOWING_LOG, doc_id="b", name="log.txt"))
    assert log.items == []  # rows of a log are actions, not agenda items
    dates = sorted(str(a.meeting_date) for a in log.actions)
    assert dates == ["2021-03-03", "2021-03-03", "2021-05-05"]
    reg = Register(tmp_path / "actions.db")
    reg.upsert_meeting(parse_meeting(document(MINUTES, doc_id="a", name="minutes.md")))
    reg.upsert_meeting(log)
    reg.relink()
    acts = reg.actions(status="all")
    assert len(acts) == 4  # three from the minutes, one new in the log: no duplicates
    by_text = {a.description.split()[0] + " " + a.description.split()[1]: a for a in acts}
    budget = by_text["ACTION: AB"]
    assert budget.status == "closed" and budget.history[-1].source.doc == "log.txt"
    protocol = by_text["ACTION: CD"]
    assert protocol.status == "open" and "CD/EF" in protocol.history[-1].text
    assert not by_text["The Board"].history  # owners decide between the two protocol actions
    assert [m.doc for m in reg.meetings()][1] == "log.txt" and len(reg.meetings()[1].actions) == 1


def test_log_rows_of_a_meeting_not_in_the_register_stay_actions(tmp_path):
    reg = Register(tmp_path / "actions.db")
    reg.upsert_meeting(parse_meeting(document(FOLLOWING_LOG, doc_id="b", name="log.txt")))
    reg.relink()
    acts = reg.actions(status="all")
    assert len(acts) == 3
    assert {str(a.meeting_date) for a in acts} == {"2021-03-03", "2021-05-05"}


# --- lines that a PDF wrapped mid-sentence -------------------------------------------------------

WRAPPED = (
    "EXAMPLE COMMUNITY COUNCIL\nMEETING 11th MARCH 2021\n\n"
    "Present: Cllr Owen Wynne, Cllr Pat Harris\n\n"
    "5. CORRESPONDENCE\n"
    "i) The county forum is to be held on the 1st April in the town hall for all local councils.  Clerk to forward details to\n"
    "Cllr. O. Wynne who hoped to attend the event.                               Clerk\n"
    "ii) Bank statement dated 28/02/2021, sheet 74.                                     Noted\n"
)


def test_wrapped_line_with_an_owner_column():
    doc = document(WRAPPED, layer=True)
    acts = parse_meeting(doc).actions
    assert len(acts) == 1
    action = acts[0]
    assert action.owners == ["Clerk"] and action.status == "open"
    assert "forward details to Cllr. O. Wynne who hoped to attend" in action.description
    assert action.source.quote in doc.pages[0].text and "\n" not in action.source.quote


# --- the register from many threads (the web UI answers on a pool of threads) --------------------


def test_register_is_usable_from_other_threads(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    reg = Register(tmp_path / "actions.db")
    reg.upsert_meeting(parse_meeting(document(LOG)))
    reg.relink()
    with ThreadPoolExecutor(max_workers=4) as pool:
        counts = list(pool.map(lambda _: len(reg.actions(status="all")), range(8)))
        pool.submit(reg.relink).result()  # writes too
    assert counts == [3] * 8
    reg.close()


# --- layouts of larger councils and of correspondence lists ----------------------------------------

COMMITTEE = (
    "EXAMPLE COUNTY COUNCIL - AUDIT COMMITTEE - MINUTES - 2021-05-05\n\n"
    "6. Debt Management\n{body}\n"
)


@pytest.mark.parametrize(
    "body, owners, description",
    [
        (
            "Minutes: (1)The Head of Finance introduced the report.(2)The Head of Finance agreed to "
            "send a briefing note to all Members.(3)RESOLVED that the report be noted.",
            ["Head of Finance"],
            "The Head of Finance agreed to send a briefing note to all Members.",
        ),
        (
            "Minutes: (1)The Committee asked the Chairman to write to the Leader on its behalf.",
            ["Chairman"],
            "The Committee asked the Chairman to write to the Leader on its behalf.",
        ),
        (
            "Minutes: The Cabinet Member for Roads and Transport agreed to report back in June.",
            ["Cabinet Member for Roads and Transport"],
            "The Cabinet Member for Roads and Transport agreed to report back in June.",
        ),
    ],
)
def test_minutes_label_and_officer_posts(body, owners, description):
    acts = parse_meeting(document(COMMITTEE.format(body=body))).actions
    assert [(a.owners, a.description) for a in acts] == [(owners, description)]


CORRESPONDENCE = (
    "Example Community Council\n\nPRESENT\nCouncillors Ann Berry, Bob Cole and Cal Dunn.\n\n"
    "5. CORRESPONDENCE\n{rows}\n"
)


@pytest.mark.parametrize(
    "row, owners",
    [
        ("i) Bank statement dated 1st May, balance of £1,200.\tNoted", None),
        ("ii) Health Board, details of public consultation events.\tNotice Boards", None),
        ("iii) County Council re new recycling collections.\tWebsite/Social Media", None),
        ("iv) Health Board re change of opening hours.\tNoted/Web Site", None),
        ("v) Bank statement dated 1st June.\tNotedS", None),  # a stray capital glued on
        ("vi) Young Farmers, request for financial support.\tJunS", None),  # deferred to June
        ("vii) Audit Office invoice for the external audit.\tClerkS", ["Clerk"]),
        ("viii) Invitation to the civic service on 1st March.\tCllr. B. Cole", ["Bob Cole"]),
        ("ix) Hospital meeting on 14th March.\tALL", ["All"]),
        ("x) Police newsletter about rural crime.\tNoted/Clerk", ["Clerk"]),
    ],
)
def test_disposition_column_names_owners_only_when_it_names_someone(row, owners):
    acts = parse_meeting(document(CORRESPONDENCE.format(rows=row))).actions
    assert [a.owners for a in acts] == ([owners] if owners else [])


def test_lead_column_prints_any_name():
    text = (
        "Example Board - Action Log\n\nAction\tLead\tProgress\n"
        "Draft the annual report for the Board.\tSam Vine\tOngoing\n"
    )
    acts = parse_meeting(document(text)).actions
    assert [(a.owners, a.status) for a in acts] == [(["Sam Vine"], "open")]


def test_a_later_tables_cell_is_no_owner_of_a_sentence():
    text = PARISH.format(
        date="2021-05-05",
        n=10,
        body=(
            "It was agreed to send the following comments to the planning authority:\n\n"
            "REF/123\tNew garage at the side of the house\n\tRose Cottage\n\tUpton\n\tMr Ian Jay\n"
        ),
    )
    acts = parse_meeting(document(text)).actions
    assert [a.owners for a in acts] == [[]]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Clerk was chasing the contractor", "in_progress", "progress"),
        ("The Clerk continues to chase them", "continues_to", "progress"),
        ("The Clerk had emailed the county", "reported_deed", "deed"),
        ("awaiting a response from the county", "awaiting", "waiting"),
        ("It was agreed that a bench be bought", "it_was_agreed", "collective"),
        ("RESOLVED that a letter should be sent to residents", "resolved_will", "collective"),
        ("That the bench be repaired", "that_be_done", "collective"),
        ("Cllr Lee proposed that the bench", "proposed", "collective"),
        ("the plan will be circulated", "will_be_done", "future-passive"),
        ("works will start in May", "will_start", "future-passive"),
        ("the survey was due to finish", "was_due_to", "future-passive"),
        ("the plan should be completed", "should_be_done", "unassigned"),
        ("The Clerk agreed to write to the owner", "agreed_to", "commitment"),
        ("ACTION: the Clerk to write", "action_marker", "marker"),
    ],
)
def test_a_sentence_is_an_action_by_the_first_named_cue_it_matches(text, name, kind):
    """Cues are named records, tried strongest first; rules refer to them by name and kind."""
    from assistant.ingest.actions.grammar import build_grammar

    grammar = build_grammar([Person(name="Ann Lee")], text)
    first = next(q.trigger for q in grammar.triggers if q.checked.search(text))
    assert (first.name, first.kind) == (name, kind)
    assert len({q.trigger.name for q in grammar.triggers}) == len(grammar.triggers)


# --- a review of the earlier meeting's actions -----------------------------------------------

REVIEW = (
    "Example Patient Group\nNotes of the meeting held on 10 July 2021\n\n"
    "Present: Ann Berry (AB), Carl Dunn (CD), Eve Fox (EF)\n\n"
    "1. Notes of 10 April and actions\n"
    "The notes were agreed.\n"
    "Online survey – CD set it up on 24 April and it ran for a month.\n"
    "Car park lighting – the landlord replaced both lamps on 12 June.\n"
    "Newsletter – on this agenda.\n"
    "2. Summer fair\n"
    "Stall rota – to be discussed in September.\n"
)


def test_entries_of_an_action_review_are_reports_on_actions():
    acts = parse_meeting(document(REVIEW)).actions
    got = {a.description: (a.owners, a.status, a.progress) for a in acts}
    assert got["Online survey"][:2] == (["Carl Dunn"], "closed")
    assert got["Car park lighting"][1] == "closed"
    assert got["Car park lighting"][2].startswith("the landlord replaced both lamps")
    assert got["Newsletter"][1] == "open"
    # a "Topic – ..." line outside the review, and lines that report nothing, are no actions
    assert "Stall rota" not in got and len(acts) == 3


def test_a_review_table_with_a_by_column_and_a_glued_number_column():
    text = (
        "Example Governing Board\nMinutes of the meeting held on 9 July 2021\n\n"
        "Present: Ann Berry (AB), Carl Dunn (CD)\n\n"
        "1. Matters arising\n"
        "No. Action (12 March)\tBy\tUpdate\n"
        "1\tWebsite content check\tAB\tDone in May. Closed.\n"
        "2\tMaths visit\tCD\tVisit took place on 4 June.\n"
    )
    acts = parse_meeting(document(text)).actions
    assert [(a.description, a.owners) for a in acts] == [
        ("Website content check", ["Ann Berry"]),
        ("Maths visit", ["Carl Dunn"]),
    ]
    assert acts[0].progress == "Done in May. Closed."


def test_a_marker_that_names_its_owners_first():
    text = PARISH.format(
        date="2021-05-05",
        n=10,
        body=(
            "Cllr Bob Cole said he would ask the school about parking.\n"
            "ACTION: Clerk – spring newsletter for the noticeboard.\n"
        ),
    )
    acts = parse_meeting(document(text)).actions
    assert [a.owners for a in acts] == [["Cllr Bob Cole"], ["Jo Park (Clerk)"]]


def test_an_action_stated_by_post_and_restated_by_initials_in_the_table_is_one():
    # the sentence names a post nobody on the list holds; the meeting's own action table names
    # the person: one action, the sentence's words, the row's owner
    text = (
        "Example Partnership Executive\nMinutes of the meeting held on 15 January 2025\n\n"
        "Present: Ann Berry (AB) – Example Council; Bob Cole (BC) – Vale Police\n\n"
        "4. Self-assessment\nIt was agreed that the Partnership Manager would send the revised "
        "self-assessment tool to all agencies by 28 February.\n\n"
        "5. Actions from this meeting\nAction\tOwner\tDue\n"
        "Send the revised self-assessment tool to all agencies\tAB\t28 February\n"
    )
    acts = parse_meeting(document(text)).actions
    assert [("Partnership Manager" in a.description, a.owners) for a in acts] == [
        (True, ["Ann Berry"])
    ]


def test_an_entry_that_names_its_owner_in_brackets_after_the_topic():
    text = (
        "# Oakby Village Hall Trust\n## Trustees' meeting, 12 March 2025\n"
        "Present: Ann Lee (Chair), Barry Cole (Treasurer), Sue Dunn (Secretary)\n\n"
        "### 2. Actions from January\n"
        "- Electricity (Barry): **Completed** – fixed for two years from 1 March.\n"
        "- Grant bid (Sue): **Ongoing** – the decision is expected in May.\n"
    )
    acts = parse_meeting(document(text, name="m.md")).actions
    assert [(a.owners, a.status) for a in acts] == [
        (["Barry Cole"], "closed"),
        (["Sue Dunn"], "open"),
    ]


def test_lettered_matters_arising_entries_report_on_earlier_actions():
    text = (
        "Oakby Village Hall Trust\nTrustees meeting held on 14 May 2025\n"
        "Present: Ann Lee (Chair), Sue Dunn (Secretary)\n\n"
        "2 Matters arising\n"
        "a) PAT testing - done on 26 March; 41 items passed.\n"
        "b) Noticeboard - still to do, Sue is waiting for the joiner.\n"
    )
    acts = parse_meeting(document(text)).actions
    assert [(a.description, a.status) for a in acts] == [
        ("PAT testing", "closed"),
        ("Noticeboard", "open"),
    ]


RAG_LOG = """Oakby Adults Board
Minutes of the meeting held on 23 April 2025
Present: Ann Lee (AL, Chair), Ben Hart (BH), Cara Dunn (CD)
3. Action log
Action\tLead\tRAG\tUpdate
Backlog figures to the Board\tBH\tGreen\tReported at item 5
Audit of thirty case files\tCD\tAmber\tStarted; findings in July
RAG key – Green: complete. Amber: in progress. Red: overdue.
4. Annual report
"""


def test_a_rag_colour_is_read_by_the_key_the_document_prints():
    """Green means complete here (elsewhere it may mean on track): the key decides, and the
    update column beside the RAG column is kept as progress."""
    acts = {a.owners[0]: a for a in parse_meeting(document(RAG_LOG)).actions}
    assert acts["Ben Hart"].status == "closed" and "Reported at item 5" in acts["Ben Hart"].progress
    assert acts["Cara Dunn"].status == "open"


def test_a_status_column_headed_with_its_date_is_read():
    log = (
        "Oakby Fire Authority Audit Committee\nMinutes of the meeting held on 25 September 2025\n"
        "Present: Ann Lee (Chair), Ben Hart (Treasurer)\n3. Action tracker\n"
        "Action\tLead\tStatus at 25 September\n"
        "Benchmarking of the audit fee\tTreasurer\tClosed – the fee is mid-range\n4. Accounts\n"
    )
    (act,) = parse_meeting(document(log)).actions
    assert act.status == "closed" and act.progress == "Closed – the fee is mid-range"


def test_a_task_in_markdown_bold_inside_a_paragraph_is_an_action_of_its_own():
    text = (
        "# Oakby Rowing Club Committee\nMinutes: 2025-04-09\nAttendees:\n\n- Stan Kay (Boatman)\n"
        "- Jo Hart (Treasurer)\n\n## 1. Boats\n\nOne quote so far. Committee wants comparison. "
        "**Stan to get two more quotes before the June meeting.** Jo to check whether the town "
        "grant could go towards it.\n"
    )
    acts = parse_meeting(document(text, name="m.md")).actions
    found = [(a.description, a.owners) for a in acts]
    assert ("Stan to get two more quotes before the June meeting.", ["Stan Kay"]) in found


def test_a_two_letter_first_name_owns_an_action():
    text = (
        "Oakby Rowing Club Committee\nMinutes of the meeting held on 9 April 2025\n"
        "Present: Jo Hart (Treasurer), Stan Kay\n\n1. Boats\n"
        "Jo to check whether the town grant could go towards it.\n"
    )
    acts = parse_meeting(document(text)).actions
    assert [(a.description, a.owners) for a in acts] == [
        ("Jo to check whether the town grant could go towards it.", ["Jo Hart"])
    ]


def test_lettered_entries_in_hanging_indent_report_on_earlier_actions():
    text = (
        "Oakby Drainage Board\nMinutes of the meeting held on 2 June 2025\n"
        "Present: Mr E Wragg (Chairman), Mrs K Ingle (Clerk)\n\n"
        "428 Matters arising from March\n"
        "\tb. Water vole survey, Fen Drove Drain: carried out on 8 May by\n"
        "\tOakby Ecology; voles present, so cutting there will be from one\n"
        "\tbank only this year. Done.\n"
        "\tc. Sluice gate: inspection done on 29 April.\n\n"
        "429 Pumping station\nNoted.\n"
    )
    acts = {a.description: a for a in parse_meeting(document(text, layer=True)).actions}
    assert acts["Water vole survey, Fen Drove Drain"].status == "closed"
    assert "Oakby Ecology" in (acts["Water vole survey, Fen Drove Drain"].progress or "")
    assert acts["Sluice gate"].status == "closed"


def test_a_ticked_task_list_and_a_note_on_the_open_actions_report_on_earlier_actions():
    text = (
        "Oakby Students' Union Trustee Board\nMinutes of the meeting held on 16 July 2025\n"
        "Present: Ann Berry (AB), Bob Cole (BC)\n\n1. Actions from the last meeting\n"
        "- [x] Cyber security review (BC) — the firm reported on 23 June. Done.\n"
        "- [ ] Monthly accounts to the committee (AB) — not due yet.\n"
        "- [ ] BC to put the remaining recommendations in place by December.\n"
        "2. Partnership\nThe Board noted progress on the open actions:\n"
        "Carers' consultation questions (AB and the carers' representative): ran to 12 August. Done.\n"
    )
    acts = parse_meeting(document(text, layer=True)).actions
    got = {a.description: a.status for a in acts}
    assert got["Cyber security review (BC)"] == "closed"
    # the owner in brackets after the topic, and no box left in the description
    assert {a.description: a.owners for a in acts}["Cyber security review (BC)"] == ["Bob Cole"]
    assert not any(d.startswith("[") for d in got)
    assert got["Monthly accounts to the committee (AB)"] == "open"
    assert got["Carers' consultation questions (AB and the carers' representative)"] == "closed"
    assert any("BC to put the remaining" in d and s == "open" for d, s in got.items())


def test_another_councils_intentions_are_no_task_of_the_meeting():
    forum = (
        "Elm Neighbourhood Forum Steering Group\nNotes of the meeting held on 4 March 2025\n"
        "Present: Ann Berry (Chair), Bob Cole\n3. Local plan\n"
        "The City Council will publish its local plan review in May.\n"
        "The Council will hold its own exhibition of the proposals.\n"
        "Bob Cole will draft the forum's response by 30 April.\n"
    )
    acts = parse_meeting(document(forum)).actions
    assert [a.owners for a in acts] == [["Bob Cole"]]
    # at a council's own meeting "the Council" is the meeting
    own = PARISH.format(
        date="2021-05-05", n=10, body="The Council will write to the landowner about the hedge."
    )
    assert len(parse_meeting(document(own)).actions) == 1


def test_a_progress_table_reports_on_each_earlier_action():
    text = (
        "Oakby Harbour Commissioners\nMinutes of the meeting held on 23 April 2026\n"
        "Present: Ann Berry (Chairman), Bob Cole\n4/26 Progress on January actions\n"
        "Item\tProgress\tOpen / closed\n"
        "Oil spill plan\tThe agency approved the revised plan on 19 February.\tClosed\n"
        "Meeting with the designated\tBob Cole met him on 3 March.\tClosed\n"
        "person\n"
        "Lighting quote for the slip\tOne quote received; two more requested.\tOpen\n"
        "5/26 North Quay\nThe repair design was received.\n"
    )
    acts = {a.description: a for a in parse_meeting(document(text, layer=True)).actions}
    assert acts["Oil spill plan"].status == "closed"
    assert acts["Lighting quote for the slip"].status == "open"  # the row after a wrapped cell


def test_a_post_by_its_title_is_a_subject_where_an_attendee_holds_it():
    text = (
        "Oakby Hills Conservators\nMinutes of the meeting held on 13 May 2026\n"
        "Present: Ann Berry (Chairman), Bob Cole\n"
        "Officers: Cath Dunn (Head Ranger), Dev Shah (Clerk)\n3. Car park\n"
        "The Head Ranger will arrange the installation with the supplier.\n"
        "All Conservators to return their declarations of interest by 1 June.\n"
        "The Grand Duke will visit the car park in July.\n"
    )
    acts = parse_meeting(document(text, layer=True)).actions
    assert [a.owners for a in acts] == [["Cath Dunn (Head Ranger)"], ["All Conservators"]]


def test_a_checklist_in_one_paragraph_is_an_entry_a_box():
    text = (
        "Oakby Harbour Commissioners\nMinutes of the meeting held on 16 July 2026\n"
        "Present: Ann Berry (Chairman), Bob Cole\n23/26 Action checklist from April\n"
        "☒ Tender documents – four tenders received on 30 June. ☐ Consultation on the order – "
        "questionnaire drafted; it will run from 1 August. ☒ Lighting for the slip – order placed.\n"
    )
    acts = {a.description: a.status for a in parse_meeting(document(text, layer=True)).actions}
    assert acts == {
        "Tender documents": "closed",
        "Consultation on the order": "open",
        "Lighting for the slip": "closed",
    }


def test_a_post_by_its_initials_and_an_acting_post_have_their_holders():
    text = (
        "Oakby Harbour Commissioners\nMinutes of the meeting held on 16 July 2026\n"
        "Present: Ann Berry (Chairman), Bob Cole\n"
        "Officers: A. Carr (Chief Executive), Capt. E. Moss (Acting Harbour Master)\n24/26 North Quay\n"
        "The CEO will sign the contract and agree a programme with the contractor.\n"
        "The acting Harbour Master was asked to apply for the marine licence.\n"
    )
    acts = parse_meeting(document(text, layer=True)).actions
    assert [a.owners for a in acts] == [["A. Carr (CEO)"], ["E. Moss (Harbour Master)"]]


def test_a_review_row_is_named_by_its_matter_not_its_minute_number():
    text = (
        "Oakby Joint Committee\nMinutes of the meeting held on 17 June 2026\n"
        "Present: Ann Berry (Chair), Bob Cole\n4. Progress on actions from 4 March\n"
        "Minute\tItem\tUpdate\n"
        "JCC 33\tChapel roof survey\tReceived 27 March; repair costs at item 7. Complete.\n"
        "JCC 35\tCremator relining tenders\tIn hand – tenders close 3 July.\n"
        "5. Reserve\nThe reserve was noted.\n"
    )
    acts = {a.description: a.status for a in parse_meeting(document(text, layer=True)).actions}
    assert acts == {"Chapel roof survey": "closed", "Cremator relining tenders": "open"}


def test_sentences_of_an_actions_item_report_on_earlier_actions():
    text = (
        "Oakby College Corporation\nMinutes of the meeting held on 8 July 2026\n"
        "Present: Ann Berry (Chair), Bob Cole\n12. Actions from March\n"
        "The letter to the local MP was sent on 21 April and a reply is awaited. The review of "
        "the bursary scheme has been completed. Governors thanked the staff. All the "
        "other actions were agreed as complete or on track.\n"
        "13. Estates\nThe condition survey has been completed. The survey was welcomed.\n"
    )
    acts = {a.description: a for a in parse_meeting(document(text, layer=True)).actions}
    assert {d: a.status for d, a in acts.items()} == {
        "The letter to the local MP was sent on 21 April and a reply is awaited.": "open",
        "The review of the bursary scheme has been completed.": "closed",
    }
    assert all(a.reports_on_earlier for a in acts.values())


def test_an_action_written_as_labelled_lines_is_one_action():
    text = (
        "Oakby Tenants' Panel\nNotes of the meeting held on 17 March 2026\n"
        "Present: Ann Berry (Chair), Bob Cole, Cath Dunn\n5. New actions\n"
        "Who: Bob Cole and Cath Dunn\nWhat: run the focus group and write up the findings\n"
        "When: by 17 April\n\n"
        "Action: book the room for the May meeting\nOwner: Ann Berry\n"
        "Status: room requested\nDate: 3 March\n"
    )
    acts = parse_meeting(document(text, layer=True)).actions
    assert [(a.description, a.owners, a.due) for a in acts] == [
        ("run the focus group and write up the findings", ["Bob Cole", "Cath Dunn"], "by 17 April"),
        ("book the room for the May meeting", ["Ann Berry"], "for the May meeting"),
    ]
    assert acts[1].progress == "room requested"


def test_an_item_on_progress_since_the_last_meeting_reports_on_earlier_actions():
    text = (
        "Oakby Youth Council\nMinutes of the meeting held on 12 September 2026\n"
        "Present: Ann Berry (Chair), Bob Cole\n2. Progress since May\n"
        "• Meeting with the leader: held on 16 June; the leader agreed to a seat. Closed.\n"
        "• Questions for the inspector: Bob collected 57 questions; half answered. Open.\n"
        "3. Elections\nThe election was held.\n"
    )
    acts = {a.description: a.status for a in parse_meeting(document(text, layer=True)).actions}
    assert acts == {"Meeting with the leader": "closed", "Questions for the inspector": "open"}


@pytest.mark.parametrize(
    "table",
    [
        # the action column named for the meeting it came from; "where it stands"
        "Action from March\tWho\tWhere it stands\n"
        "Membership leaflet\tBob Cole\tDone – 1,400 delivered in April\n"
        "Share offer document\tAnn Berry\tCarried forward – the build cost is not known\n",
        # a "Done?" column of ticks and crosses, the table's header no action
        "Who\tWhat\tDone?\n"
        "Bob Cole\tMembership leaflet\t✔ Yes – 1,400 delivered in April\n"
        "Ann Berry\tShare offer document\t✖ Not yet – the build cost is not known\n",
        # a progress cell wrapped onto lines of its own, its status word last
        "Owner\tWhat\tWhere it is now\n"
        "Bob Cole\tMembership leaflet\t1,400 delivered\n\tin April.\n\tDONE\n"
        "Ann Berry\tShare offer document\tWaiting for the\n\tbuild cost.\n\tOPEN\n",
        # the matter as the action column; "Cleared", "Under way"
        "Min.\tSubject\tOfficer\tStatus\n"
        "55\tMembership leaflet\tBob Cole\tCleared – 1,400 delivered in April\n"
        "56\tShare offer document\tAnn Berry\tUnder way – the build cost is not known\n",
        # "Sorted?": sorted, not yet
        "Item\tWho\tSorted?\n"
        "Membership leaflet\tBob Cole\tSorted – 1,400 delivered in April\n"
        "Share offer document\tAnn Berry\tNot yet – the build cost is not known\n",
        # a decisions and actions table: a row that gives no one a task is a decision
        "No. Item\tDecision / action\tWho\tStatus\n"
        "1\tNotes of May\tAgreed as a correct record.\t–\t–\n"
        "2\tLeaflet\tMembership leaflet\tBob Cole\tDone\n"
        "3\tShare offer\tShare offer document\tAnn Berry\tOpen\n",
    ],
)
def test_an_action_tracker_in_its_many_headers_gives_each_rows_status(table):
    text = (
        "Oakby Land Trust\nMinutes of the meeting held on 17 June 2026\n"
        "Present: Ann Berry (Chair), Bob Cole\n3. Action tracker\n" + table + "4. Planning\n"
        "The application was submitted.\n"
    )
    acts = {a.description: a for a in parse_meeting(document(text, layer=True)).actions}
    assert {d: (a.status, a.owners) for d, a in acts.items()} == {
        "Membership leaflet": ("closed", ["Bob Cole"]),
        "Share offer document": ("open", ["Ann Berry"]),
    }


def test_sentences_of_an_item_on_what_happened_since_report_on_earlier_actions():
    text = (
        "Oakby Land Trust\nMinutes of the meeting held on 4 March 2026\n"
        "Present: Ann Berry (Chair), Bob Cole\n2. Last meeting and what has happened since\n"
        "No corrections. Bob reported that the valuation report was received on 2 February. "
        "The membership leaflet is still being designed.\n3. Planning\nThe plans were noted.\n"
    )
    acts = {a.description: a.status for a in parse_meeting(document(text, layer=True)).actions}
    assert acts == {
        "Bob reported that the valuation report was received on 2 February.": "closed",
        "The membership leaflet is still being designed.": "open",
    }


def test_attendance_rows_and_a_progress_tables_header_are_no_actions():
    text = (
        "Oakby Rescue Team\nMinutes of the meeting held on 7 July 2026\n"
        "Name\tPost\tInitials\tPresent\n"
        "Ann Berry\tChairman (elected at the AGM)\tAB\tYes\n"
        "Bob Cole\tEquipment Officer (elected at the AGM)\tBC\tYes\n"
        "2. Progress since April\nItem\tProgress\tDone?\n"
        "Radio licence\tRenewed to 2031; done.\tYes\n"
    )
    acts = parse_meeting(document(text, layer=True)).actions
    assert [a.description for a in acts] == ["Radio licence"]


def test_a_sentence_that_ends_by_saying_how_it_stands_has_that_status():
    text = (
        "Oakby Community Council\nMinutes of the meeting held on 8 June 2026\n"
        "Present: Cllr Ann Berry (Chair), Cllr Bob Cole\n2. Matters arising from April\n"
        "Stile: the rights of way team replaced the stile on 21 May. Done.\tBC\n"
        "Bus shelter roof: ordered on 16 April; no fitting date yet. Not done.\tAB\n"
        "3. Planning\nThe plans were noted.\n"
    )
    acts = {a.description[:10]: a.status for a in parse_meeting(document(text, layer=True)).actions}
    assert acts == {"Stile: the": "closed", "Bus shelte": "open"}


REPORT = (
    "Example Schools Forum\nReport to the meeting of 9 May 2024\n\n"
    "Title: School place planning\n\n"
    "Purpose: to brief the Forum on the demand for places next year.\n\n"
    "{heading}\n"
    "1\tThe Forum consider the projected shortfall of Year 7 places\t\n"
    "2\tThe Forum notes the three options for expansion set out below\t\n"
    "3\t\n\n"
    "1. BACKGROUND\n"
    "The Forum considers the options each spring. The Committee noted the figures last year.\n"
)


@pytest.mark.parametrize(
    "heading", ["Recommendations:", "## **RECOMMENDATION/S**", "RECOMMENDATION"]
)
def test_a_reports_recommendations_are_the_bodys_asks(heading):
    """A report's numbered recommendations are asks of the body it is put to, open until it
    meets; the same words outside the recommendations (the background) set no task."""
    acts = parse_meeting(document(REPORT.format(heading=heading))).actions
    asked = sorted(a.description for a in acts)
    assert len(asked) == 2, asked
    assert "consider the projected shortfall" in asked[0]
    assert "notes the three options" in asked[1]
    assert all(a.status == "open" and a.owner_refs for a in acts)
    assert all("Forum" in a.owner_refs[0] for a in acts)


def test_a_numbered_list_without_a_recommendations_heading_sets_no_task():
    text = REPORT.format(heading="Summary:")
    assert not parse_meeting(document(text)).actions
