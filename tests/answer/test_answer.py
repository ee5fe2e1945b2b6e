"""Answering with fakes over a small invented meeting: routing, evidence, extractive answers,
generation that lies, prompt injection, declines, fallback, streaming order, follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answer.answerer import DECLINE, Answerer
from assistant.answer.route import references
from assistant.prompts import render
from assistant.records import ActionItem, EvidenceEvent, FinalAnswer, Person, TextDelta
from tests.fakes import (
    FakeLLM,
    FakeRegister,
    FakeRetriever,
    HashEmbedder,
    LyingLLM,
    UnreachableLLM,
    chunk,
    page_text,
    span,
)
from tests.riverside import DOC, PAGE, actions, chunks, people


@pytest.fixture
def answerer_for():
    def build(llm=None) -> Answerer:
        return Answerer(
            FakeRetriever(chunks()),
            FakeRegister(people(), actions()),
            llm,
            HashEmbedder(),
            page_text=page_text,
        )

    return build


def _assert_quotes_exact(answer) -> None:
    for citation in answer.citations:
        assert citation.quote in PAGE, citation.quote


def test_references_from_questions() -> None:
    assert "LJ" in references("What actions are open for LJ?")
    assert "Lynn Davies" in references("Which actions are assigned to Lynn Davies?")
    assert "Clerk" not in references("What is the clerk's salary?")  # lower-case, no "the"
    assert "clerk" in references("What actions does the clerk have?")


def test_open_actions_extractive(answerer_for) -> None:
    answer = answerer_for().ask("What actions are open for LJ?")
    assert answer.answerable and answer.backend == "none"
    assert "GP practices" in answer.answer
    assert "carers' grant" in answer.answer  # a narrative commitment, not in the register
    assert "travel plan" not in answer.answer and "audit" not in answer.answer
    assert all(f"[{c.n}]" in answer.answer for c in answer.citations)
    _assert_quotes_exact(answer)


def test_actions_by_full_name_all_statuses(answerer_for) -> None:
    answer = answerer_for().ask("Which actions are assigned to Anna Baker?")
    assert "audit report" in answer.answer and "closed" in answer.answer


def test_who_is(answerer_for) -> None:
    answer = answerer_for().ask("Who is IK?")
    assert answer.answerable
    assert "Ian King" in answer.answer and "Hill School" in answer.answer
    _assert_quotes_exact(answer)


@pytest.mark.parametrize(
    "question",
    [
        "In the health board's minutes, who is 'IK'?",
        "In the minutes, who is IK and what is his role?",
    ],
)
def test_who_is_after_a_lead_in_and_with_a_second_part(answerer_for, question) -> None:
    answer = answerer_for().ask(question)
    assert answer.answerable and "Ian King" in answer.answer, answer.answer


def test_follow_up_uses_history(answerer_for) -> None:
    history = [
        {"role": "user", "content": "What actions are open for LJ?"},
        {"role": "assistant", "content": "..."},
    ]
    answer = answerer_for().ask("and what about IK?", history=history)
    assert "travel plan" in answer.answer and "GP practices" not in answer.answer


def test_search_question_extractive(answerer_for) -> None:
    answer = answerer_for().ask("When is the next meeting of the Riverside Health Board?")
    assert answer.answerable
    assert "14th April 2020" in answer.answer and "Room 4" in answer.answer
    _assert_quotes_exact(answer)


def test_unanswerable_is_declined_without_generation(answerer_for) -> None:
    llm = FakeLLM()
    answer = answerer_for(llm).ask("What budget did the Riverside Health Board approve for 2019?")
    assert not answer.answerable and answer.answer == DECLINE and answer.citations == []
    assert llm.history == []  # the evidence gate declined before any prompt was spent


def test_model_decline_against_relevant_evidence_shows_passages(answerer_for) -> None:
    llm = FakeLLM().enqueue("The minutes do not say.")
    answer = answerer_for(llm).ask("What did the board say about the parks project budget?")
    assert answer.answerable and "£12,500" in answer.answer
    assert any("could not be verified" in n for n in answer.notices)


def test_lying_llm_never_reaches_the_user(answerer_for) -> None:
    truth = "The board approved a budget of £12,500 for the parks project [1]."
    lies = [
        "The board approved a budget of £15,500 for the parks project [1].",  # wrong number
        "The Trust approved a budget of £2 million for 2021 [1].",  # invented budget
        "The board approved £1 million [1].",  # obeying the planted instruction
        "Ian King proposed the parks project budget [1].",  # name not in the evidence
        "The parks project is popular with residents.",  # no citation
        "The board approved the parks budget [7].",  # cites nothing that exists
    ]
    llm = LyingLLM().enqueue(" ".join([truth, *lies]))
    events = list(answerer_for(llm).stream("What budget did the board approve for the parks?"))
    final = events[-1].answer
    shown = " ".join(e.text for e in events if isinstance(e, TextDelta))
    assert final.answerable
    assert "£12,500" in final.answer
    for lie in ["15,500", "2 million", "1 million", "Ian King", "popular", "[7]"]:
        assert lie not in final.answer and lie not in shown


def test_action_questions_are_answered_from_the_register_without_the_model(answerer_for) -> None:
    llm = LyingLLM().enqueue("Ian King (IK) will contact the GP practices [1].")
    answer = answerer_for(llm).ask("What actions are open for LJ?")
    assert llm.history == []  # the records say it all: no prompt is spent on phrasing them
    assert answer.backend == "server" and answer.answerable
    assert "Ian King" not in answer.answer
    # one line per action: what, who, when it was set, where it stands, cited
    assert (
        "Contact the GP practices about liaison arrangements – Lucy Jarvis (LJ); set at the "
        "Riverside Health Board meeting on 4 March 2020; open (Ongoing) [1]"
    ) in answer.answer
    assert "carers' grant" in answer.answer


def test_uncited_faithful_sentence_is_attributed_and_citations_renumbered(answerer_for) -> None:
    llm = FakeLLM().enqueue(
        "The next meeting is on Tuesday 14th April 2020 in Room 4, Town Hall. "
        "The parks project is popular with residents."
    )
    answer = answerer_for(llm).ask("When is the next meeting?")
    assert answer.answerable and answer.backend == "server", answer.notices
    assert "14th April 2020" in answer.answer and "popular" not in answer.answer
    # the model's sentence is attributed to the passage, which is then quoted
    lead, _, quote = answer.answer.partition(" The minutes record: ")
    assert (
        lead.endswith("[1].")
        and quote.startswith("“Date of next meeting")
        and quote.endswith("[1]")
    )
    assert [c.n for c in answer.citations] == [1]
    assert "Room 4" in answer.citations[0].quote
    _assert_quotes_exact(answer)


def test_final_citations_are_the_cited_ones_renumbered_in_order_of_use() -> None:
    from assistant.answer.compose import renumber
    from assistant.records import Evidence

    evidence = [Evidence(n=i, text=f"quote {i}", doc="a.txt", page=i) for i in (1, 2, 3)]
    text, citations = renumber(
        ["First fact [3].", "Second fact [1][3].", "Third [2, 9]."], evidence
    )
    assert text == "First fact [1]. Second fact [2][1]. Third [3]."
    assert [(c.n, c.quote, c.page) for c in citations] == [
        (1, "quote 3", 3),
        (2, "quote 1", 1),
        (3, "quote 2", 2),
    ]


def test_warm_primes_the_system_prompt_once_before_generating(answerer_for) -> None:
    llm = FakeLLM().enqueue("The next meeting is on Tuesday 14th April 2020 in Room 4 [1].")
    answerer = answerer_for(llm)
    answerer.warm()
    answerer.ask("When is the next meeting?")
    assert len(llm.primed) == 1
    assert llm.primed[0][0] == {"role": "system", "content": render("answer_system")}
    assert llm.history[0][0] == llm.primed[0][0]  # the same prefix, so the cache reuses it
    answerer_for(None).warm()  # the none backend: nothing to warm, no error


def test_prompt_injection_is_data(answerer_for) -> None:
    llm = FakeLLM().enqueue("The board approved a budget of £12,500 for the parks project [1].")
    answerer_for(llm).ask("What budget did the board approve for the parks?")
    system, user = llm.history[0]
    assert system == {"role": "system", "content": render("answer_system")}
    assert user["role"] == "user"
    assert "ignore previous instructions" not in user["content"]
    assert not any(
        line.lstrip().lower().startswith("system:") for line in user["content"].splitlines()
    )


def test_stream_order_evidence_first(answerer_for) -> None:
    llm = FakeLLM().enqueue("The next meeting is on Tuesday 14th April 2020 in Room 4 [1].")
    events = list(answerer_for(llm).stream("When is the next meeting?"))
    assert isinstance(events[0], EvidenceEvent) and events[0].citations
    assert isinstance(events[-1], FinalAnswer)
    assert all(isinstance(e, TextDelta) for e in events[1:-1]) and len(events) > 2
    assert events[-1].answer.backend == "server"


def test_unreachable_llm_falls_back_with_a_notice(answerer_for) -> None:
    answer = answerer_for(UnreachableLLM()).ask("When is the next meeting?")
    assert answer.backend == "none" and answer.answerable
    assert any("fell back to none" in n and "127.0.0.1:9" in n for n in answer.notices)
    assert "Room 4" in answer.answer


def test_no_register_uses_search() -> None:
    answerer = Answerer(FakeRetriever(chunks()), None, None, HashEmbedder(), page_text=page_text)
    answer = answerer.ask("When is the next meeting?")
    assert "Room 4" in answer.answer


def test_no_evidence_declines() -> None:
    answerer = Answerer(FakeRetriever([]), None, None, HashEmbedder())
    answer = answerer.ask("Who chaired the meeting?")
    assert not answer.answerable and answer.answer == DECLINE


def test_model_decline_is_believed_when_no_passage_holds_the_asked_words(answerer_for) -> None:
    llm = FakeLLM().enqueue("The minutes do not say.")
    answer = answerer_for(llm).ask("What did the board say about the parks project staffing?")
    assert not answer.answerable and answer.answer == DECLINE


# ---- meeting records, bodies and the answerability gate

HILL = """Minutes of the Hilltop Parish Council held on 6 November 2019 in the Church Room

Present: Cllr Tom Reed (Chair), Cllr Amy Lowe, Sam Green (Clerk)

4. Budget
The council approved a budget of £3,000 for 2019 for the village hall roof.

5. Date of next meeting: Wednesday 4 December 2019 at 7pm in the Village Hall.
"""
HILL_DOC = "hilltop"
RIVERSIDE, HILLTOP = "Riverside Health Board", "Hilltop Parish Council"


def _meetings() -> list:
    from assistant.records import Meeting

    chair = Person(
        name="Lucy Jarvis",
        initials="LJ",
        role="Chair",
        body=RIVERSIDE,
        source=span(
            DOC,
            PAGE,
            "Anna Baker (AB) - Riverside Council, Ian King (IK) - Hill School,"
            "\nLucy Jarvis (LJ) - Riverside CCG (Chair)",
        ),
    )
    hill_people = [
        Person(name=name, role=role, body=HILLTOP, source=span(HILL_DOC, HILL, line))
        for name, role, line in [
            ("Cllr Tom Reed", "Chair", HILL.splitlines()[2]),
            ("Sam Green", "Clerk", HILL.splitlines()[2]),
        ]
    ]
    return [
        Meeting(doc_id=DOC, doc=f"{DOC}.txt", body=RIVERSIDE, date=dt.date(2020, 3, 4),
                kind="minutes", referenced_dates={"next": dt.date(2020, 4, 14)}, people=[chair]),
        Meeting(doc_id=HILL_DOC, doc=f"{HILL_DOC}.txt", body=HILLTOP, date=dt.date(2019, 11, 6),
                kind="minutes", referenced_dates={"next": dt.date(2019, 12, 4)},
                people=hill_people),
    ]  # fmt: skip


@pytest.fixture
def records_answerer():
    def build(llm=None) -> Answerer:
        hill = [
            chunk(HILL_DOC, p.strip("\n"), HILL, body=HILLTOP, date=dt.date(2019, 11, 6))
            for p in HILL.split("\n\n")
            if p.strip()
        ]
        return Answerer(
            FakeRetriever(chunks() + hill),
            FakeRegister(people(), actions(), _meetings()),
            llm,
            HashEmbedder(),
            page_text=page_text,
        )

    return build


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What budget did the Hilltop Council approve?", HILLTOP),
        ("What did Riverside decide about parks?", RIVERSIDE),
        ("What did the council decide?", None),  # a kind of body names none
        ("What did the board decide about the budget?", None),
        ("What did Hill School say?", None),  # "Hill" is not "Hilltop"
    ],
)
def test_named_body(question: str, expected: str | None) -> None:
    from assistant.answer.facts import named_body

    assert named_body(question, [RIVERSIDE, HILLTOP]) == expected


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("Who chaired the meeting on 7 December 2017?", dt.date(2017, 12, 7), dt.date(2017, 12, 7)),
        ("Who chaired it in March 2012?", dt.date(2012, 3, 1), dt.date(2012, 3, 31)),
        ("What is the next meeting after November 2016?", dt.date(2016, 11, 1), dt.date(2016, 11, 30)),
        ("What budget was set for 2019?", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
        ("Who met on 04.03.20?", dt.date(2020, 3, 4), dt.date(2020, 3, 4)),
    ],
)  # fmt: skip
def test_asked_period(question: str, start: dt.date, end: dt.date) -> None:
    from assistant.answer.facts import Period, asked_period

    assert asked_period(question) == Period(start, end)


@pytest.mark.parametrize(
    ("question", "kind", "body"),
    [
        ("Who chaired the Riverside Health Board meeting on 4 March 2020?", "role", RIVERSIDE),
        ("Who was the clerk of Hilltop Parish Council in November 2019?", "role", HILLTOP),
        ("When is the next meeting of the Hilltop Parish Council?", "next_meeting", HILLTOP),
        ("When and where is the next Riverside meeting after March 2020?", "next_meeting",
         RIVERSIDE),
        ("What actions are open for LJ?", "actions", None),
        ("When did the Hilltop Parish Council meet?", "met", HILLTOP),
        ("When was the last meeting of the Riverside Health Board?", "met", RIVERSIDE),
        ("Where was the Hilltop Parish Council meeting held?", "venue", HILLTOP),
        ("When was the budget approved at the Hilltop meeting?", "search", HILLTOP),
        ("What budget did the Hilltop council approve for 2019?", "search", HILLTOP),
        ("Who chaired the Riverside Health Board meeting in 2015?", "search", RIVERSIDE),
        # who was elected or appointed: the minutes' record of the decision, not who presided
        ("Who was elected Chair of the Hilltop Parish Council for 2020?", "search", HILLTOP),
        ("Who was appointed clerk of the Hilltop Parish Council?", "search", HILLTOP),
    ],
)  # fmt: skip
def test_routes_with_meeting_records(records_answerer, question: str, kind: str, body) -> None:
    route = records_answerer().route(question)
    assert (route.kind, route.body) == (kind, body)


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("Who chaired the Riverside Health Board meeting on 4 March 2020?", ["Lucy Jarvis"]),
        ("Who was the clerk at the Hilltop Parish Council meeting?", ["Sam Green"]),
        ("When and where is the next meeting of the Hilltop Parish Council?",
         ["4 December 2019", "Village Hall", "7pm"]),
        ("When is the next Riverside Health Board meeting after March 2020?",
         ["14th April 2020", "Room 4"]),
    ],
)  # fmt: skip
def test_role_and_next_meeting_answers_are_one_cited_sentence(
    records_answerer, question: str, facts: list[str]
) -> None:
    llm = FakeLLM()
    answer = records_answerer(llm).ask(question)
    assert answer.answerable and all(f in answer.answer for f in facts), answer.answer
    assert answer.answer.count(".") - answer.answer.count(".m") <= 2 and answer.answer.endswith(
        "[1]."
    )
    assert len(answer.citations) == 1 and llm.history == []  # the records say it: no model
    quote = answer.citations[0].quote
    assert quote in PAGE or quote in HILL
    assert len(quote) < 100  # the attendee entry or the next-meeting line, not the whole list


@pytest.mark.parametrize(
    ("question", "answerable", "fact"),
    [
        # another body's budget never answers this body's question
        ("What budget did the Riverside Health Board approve for 2019?", False, None),
        ("What budget did the Hilltop Parish Council approve for 2019?", True, "£3,000"),
        # a name the evidence does not contain
        ("What did the Riverside Health Board decide about the Zebra Crossing?", False, None),
        # "how much ... spend" wants an amount of money
        ("How much did the Riverside Health Board spend on the travel plan?", False, None),
        ("How much did Hilltop spend on the village hall roof?", True, "£3,000"),
    ],
)
def test_answerability_gate(records_answerer, question: str, answerable: bool, fact) -> None:
    answer = records_answerer().ask(question)
    assert answer.answerable is answerable, answer.answer
    if fact:
        assert fact in answer.answer
        assert all(c.meeting and HILLTOP in c.meeting for c in answer.citations)


def test_extractive_answers_are_short_and_every_sentence_cited(records_answerer) -> None:
    from assistant.verify.verifier import split_sentences

    answer = records_answerer().ask("What budget did the board approve for the parks project?")
    sentences = split_sentences(answer.answer)
    assert 1 <= len(sentences) <= 3
    assert all(numbers for _, numbers in sentences), answer.answer
    assert "£12,500" in answer.answer and "£1 million" not in answer.answer


def test_a_month_named_in_the_question_confines_the_passages_to_its_meetings() -> None:
    may = "The chair reported that the pavilion roof repair was still awaiting a quote."
    june = "The chair reported that the pavilion roof repair had been completed by the contractor."
    chunks = [
        chunk("may", may, date=dt.date(2021, 5, 5)),
        chunk("june", june, date=dt.date(2021, 6, 2)),
    ]
    answerer = Answerer(FakeRetriever(chunks), None, None, HashEmbedder(), page_text=page_text)
    answer = answerer.ask("What was reported about the pavilion roof repair in June 2021?")
    assert {c.doc for c in answer.citations} == {"june.txt"}
    # no meeting in that month: the other meetings are no answer to it
    answer = answerer.ask("What was reported about the pavilion roof repair in March 2019?")
    assert not answer.answerable and not answer.citations


def test_many_actions_show_the_newest_and_say_how_many_are_left_out() -> None:
    months = range(1, 10)  # nine meetings, one action of Ian King's at each
    pages = {
        m: f"Board meeting {m}\nIK to review the travel plan, part {m}.\tIK\tOngoing\n"
        for m in months
    }
    actions = [
        ActionItem(
            id=f"m{m}",
            description=f"IK to review the travel plan, part {m}",
            owners=["Ian King (IK)"],
            owner_refs=["IK"],
            status="open",
            progress="Ongoing",
            body="Riverside Health Board",
            meeting_date=dt.date(2020, m, 4),
            source=span(f"month{m}", pages[m], f"IK to review the travel plan, part {m}."),
        )
        for m in months
    ]
    answerer = Answerer(
        FakeRetriever([]),
        FakeRegister(people(), actions),
        None,
        HashEmbedder(),
        page_text=page_text,
    )
    answer = answerer.ask("What actions are open for IK?")
    cited = [c.doc for c in answer.citations]
    assert cited[0] == "month9.txt" and "month1.txt" not in cited  # newest first, oldest left out
    assert any("3 older ones" in n for n in answer.notices)


@pytest.mark.parametrize(
    ("question", "context", "missing"),
    [
        # a financial year is named by either of its years
        ("How many plans were there in quarter 3 of 2011-12?", "Quarter 3 report, 2012", set()),
        ("What was the budget for 2019/20?", "Budget 2019", set()),
        ("What was the budget for 2019/20?", "Budget 2017", {"2019"}),
        # but not by one of its years in a passage on another such year
        ("What was the budget for 2019/20?", "Budget 2020/21, after the 2019 review", {"2019"}),
        ("What was the budget for 2019/20?", "Budget for 2019-2020", set()),
        # the question's numbers may stand in the passage's lead-in, not the quoted line
        ("How many plans were there in quarter 3?", "Performance in Quarter 3:", set()),
        ("How many plans were there in quarter 4?", "Performance in Quarter 3:", {"4"}),
    ],
)
def test_question_numbers_are_looked_for_in_the_passage_and_its_lead_in(
    question: str, context: str, missing: set[str]
) -> None:
    from assistant.answer import gate
    from assistant.records import Evidence

    quoted = Evidence(n=1, text="Plans continued to fall to 333.", doc="d.txt", page=None)
    quoted.context = f"{context}\n{quoted.text}"
    assert gate.missing_numbers(question, [quoted]) == missing


@pytest.mark.parametrize(
    ("question", "answerable"),
    [
        # a post names its holder: the passage gives the holder's name, not the title
        ("How many library users did the Education Minister report?", True),
        ("What did the Cabinet Secretary say about library users?", True),
        # a name the passage lacks is still missing; one printed without its accent is not
        ("What did Rhys Ward say about library users?", False),
        ("What did Dana Cole say about library users?", True),
        ("What did Siân Evans say about library users?", True),
        # an acronym's plural is found by its singular
        ("How many HMIs visited the library users?", True),
        # three things it names are there; where it adds the place, the minutes print it elsewhere
        ("How many library users did Dana Cole and Sian Evans count at Elm Hall?", True),
        # but not when what it names is mostly absent, nor when the one missing is a person
        ("How many library users did Dana Cole count at Elm Hall?", False),
        ("What did Councillor Rhys Ward tell Sian Evans and the HMI about library users?", False),
    ],
)
def test_the_names_a_question_gives_must_be_in_a_passage(question: str, answerable: bool) -> None:
    from assistant.answer import gate
    from assistant.records import Evidence

    passage = Evidence(
        n=1,
        text="There were 4,200 library users each day, Sian Evans said; one HMI visited in May.",
        doc="t.txt",
        page=None,
        speaker="Dana Cole MS",
    )
    assert gate.answerable(question, [passage]) is answerable


@pytest.mark.parametrize(
    ("question", "fact", "quoted"),
    [
        ("When did the Hilltop Parish Council meet?", "met on 6 November 2019", "held on 6 November"),
        ("When was the last meeting of the Riverside Health Board?", "met on 4 March 2020",
         "held on 4 March 2020"),
        ("Where was the Hilltop Parish Council meeting held?", "Church Room", "Church Room"),
    ],
)  # fmt: skip
def test_when_and_where_a_body_met_come_from_its_records(
    records_answerer, question: str, fact: str, quoted: str
) -> None:
    llm = FakeLLM()
    answer = records_answerer(llm).ask(question)
    assert answer.answerable and fact in answer.answer, answer.answer
    assert len(answer.citations) == 1 and quoted in answer.citations[0].quote
    assert llm.history == []  # read off the records, no model


def test_a_flattened_bullet_list_gives_a_window_per_bullet() -> None:
    from assistant.answer.evidence import candidate_windows

    text = (
        "Key points from the quarter were: ○ Library visits rose by a tenth over the year and "
        "the mobile library added two new routes in the east of the borough. ○ The leisure "
        "centre pool reopened in May after its roof repair. ○ Park permits were issued on time."
    )
    windows = [w.text for w in candidate_windows(chunk("bullets", text))]
    assert any(w.startswith("○ The leisure centre pool reopened") for w in windows), windows


@pytest.mark.parametrize(
    ("question", "body", "query"),
    [
        ("How much was the precept for 2020/21 at Hilltop?", HILLTOP, "How much was the precept for 2020/21 at"),
        ("What did the Hilltop Parish Council decide in June?", HILLTOP, "What did the decide in June?"),
        ("Hilltop Parish Council?", HILLTOP, "Hilltop Parish Council?"),  # nothing else: kept whole
    ],
)  # fmt: skip
def test_a_search_confined_to_a_body_leaves_its_name_out(question, body, query) -> None:
    from assistant.answer.facts import without_body

    assert without_body(question, body) == query


POLICIES = "Policies\nThe council adopted a policy on biodiversity for the churchyard and verges."


def test_an_unverifiable_answer_is_replaced_by_the_passage_it_was_given() -> None:
    """Asked about drones over a passage about another policy, the model invents a charge:
    that is never shown. What is shown is the passage, quoted as what the minutes record,
    with a notice that the model's wording could not be verified (declining here, as this
    used to, declined 28% of the answerable questions of a blind set on the local model)."""
    llm = FakeLLM().enqueue("The council charges £50 a year for drone flights [1].")
    answerer = Answerer(
        FakeRetriever([chunk("policies", POLICIES)]), None, llm, HashEmbedder(), page_text=page_text
    )
    answer = answerer.ask("What is the council's policy on drones?")
    assert "£50" not in answer.answer and "drone" not in answer.answer
    assert answer.answer.startswith("The minutes record: “The council adopted a policy")
    assert any("could not be verified" in n for n in answer.notices)
    # asked about what the passage does name, its line is shown instead
    llm.enqueue("The council adopted the policy in 2019 [1].")
    answer = answerer.ask("What policy did the council adopt on biodiversity?")
    assert answer.answerable and "biodiversity" in answer.answer


def test_a_line_repeated_at_every_meeting_is_quoted_once() -> None:
    line = "Cllr Amy Lowe took the Chair and welcomed everyone to the meeting."
    chunks = [
        chunk("march", f"Welcome\n{line}", date=dt.date(2020, 3, 11)),
        chunk("april", f"Welcome\n{line}", date=dt.date(2020, 4, 8)),
    ]
    answerer = Answerer(FakeRetriever(chunks), None, None, HashEmbedder(), page_text=page_text)
    answer = answerer.ask("Who took the Chair at the meeting?")
    assert answer.answer.count("took the Chair") == 1, answer.answer


SHELTER = """Minutes of the Hilltop Parish Council held on 5 May 2021

7. Bus shelter
Cllr Amy Lowe reported that the roof of the bus shelter on Mill Lane was leaking.
RESOLVED that the Clerk obtain two quotes for repairing the bus shelter roof.
"""
SHELTER_LOG = (
    "June update: quotes for the bus shelter roof received from two firms; repair booked.\n"
)


def _shelter_answerer(llm=None) -> Answerer:
    from assistant.records import ActionUpdate, Decision, Meeting

    resolved = "RESOLVED that the Clerk obtain two quotes for repairing the bus shelter roof."
    decision = Decision(text=resolved, item="7", span=span("shelter", SHELTER, resolved))
    meeting = Meeting(
        doc_id="shelter", doc="shelter.txt", body=HILLTOP, date=dt.date(2021, 5, 5),
        kind="minutes", decisions=[decision],
    )  # fmt: skip
    update = ActionUpdate(
        status="closed",
        text=SHELTER_LOG.strip(),
        meeting_date=dt.date(2021, 6, 2),
        source=span("shelterlog", SHELTER_LOG, SHELTER_LOG.strip()),
    )
    action = ActionItem(
        id="s1",
        description="the Clerk obtain two quotes for repairing the bus shelter roof",
        owners=["Sam Green"],
        owner_refs=["Clerk"],
        status="closed",
        body=HILLTOP,
        meeting_date=dt.date(2021, 5, 5),
        source=decision.span,
        history=[update],
    )
    chunks = [chunk("shelter", p, SHELTER, body=HILLTOP) for p in SHELTER.split("\n") if p.strip()]
    return Answerer(
        FakeRetriever(chunks),
        FakeRegister(people(), [action], [meeting]),
        llm,
        HashEmbedder(),
        page_text=page_text,
    )


def test_a_decision_question_quotes_the_decision_and_what_became_of_it() -> None:
    llm = FakeLLM()
    answerer = _shelter_answerer(llm)
    assert answerer.route("What did the council decide about the bus shelter?").kind == "decision"
    answer = answerer.ask("What did the council decide about the bus shelter?")
    assert "RESOLVED that the Clerk obtain two quotes" in answer.answer
    assert "repair booked" in answer.answer  # the later update, cited to its own record
    assert [c.doc for c in answer.citations] == ["shelter.txt", "shelterlog.txt"]
    assert llm.history == []  # quoted from the records: no model
    # the finding reported before the decision is not what was decided
    assert "was leaking" not in answer.answer


def test_a_decision_question_about_something_no_record_names_is_not_answered() -> None:
    answerer = _shelter_answerer()
    assert answerer.route("What did the council decide about drones?").kind == "search"
    answer = answerer.ask("What did the council decide about drones?")
    assert not answer.answerable and answer.answer == DECLINE


@pytest.mark.parametrize(
    ("description", "owners", "task"),
    [
        ("ACTION: LJ to report on waiting times", "Lucy Jarvis (LJ)", "Report on waiting times"),
        (
            "MC and LJ to look at GP liaison",
            "Mia Cole (MC), Lucy Jarvis (LJ)",
            "Look at GP liaison",
        ),
        ("Action by AB - circulate the audit", "Ann Berry (AB)", "Circulate the audit"),
        # the lead is not the owner the line names: the sentence stays whole
        (
            "The Clerk to write to the council",
            "Lucy Jarvis (LJ)",
            "The Clerk to write to the council",
        ),
    ],
)
def test_an_action_line_gives_the_task_apart_from_its_owners(description, owners, task) -> None:
    from assistant.answer.compose import task_of

    assert task_of(description, owners) == task


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who chaired the Elm Lane PPG in May?", "Elm Lane Surgery Patient Participation Group"),
        ("What did the Oak Vale LGB agree?", "Oak Vale School Local Governing Board"),
        ("What did the NMPCP decide?", "North Mere Police and Crime Panel"),
        ("What did the XYZ decide?", None),  # an acronym of no body names none
    ],
)
def test_a_body_named_by_its_acronym(question: str, expected: str | None) -> None:
    from assistant.answer.facts import named_body

    bodies = [
        "Elm Lane Surgery Patient Participation Group",
        "Oak Vale School Local Governing Board",
        "North Mere Police and Crime Panel",
        "Elm Lane Parish Council",
    ]
    assert named_body(question, bodies) == expected


def test_an_extractive_answer_quotes_what_the_minutes_say_not_the_item_heading():
    from assistant.answer.compose import best_sentences
    from assistant.answer.evidence import asked_words, content_words, focus_words

    question = "What happened about the Mill Lane enforcement complaint?"
    text = (
        "(c) Mill Lane enforcement complaint.\n"
        "The Clerk reported that the enforcement team had visited the Mill Lane site on 3 May."
    )
    heading = content_words("7 Mill Lane enforcement complaint")
    chosen = best_sentences(text, focus_words(question), asked_words(question), heading)
    assert chosen == [
        "The Clerk reported that the enforcement team had visited the Mill Lane site on 3 May."
    ]


def test_a_sub_item_label_alone_is_quoted_with_what_follows_it():
    from assistant.answer.compose import best_sentences
    from assistant.answer.evidence import asked_words, focus_words

    question = "What happened to the willow trees by the pond, and what did the work cost?"
    text = "(b) Willow trees by the pond. Two quotes were obtained and the £640 one was accepted."
    chosen = best_sentences(text, focus_words(question), asked_words(question))
    assert chosen == [
        "(b) Willow trees by the pond.",
        "Two quotes were obtained and the £640 one was accepted.",
    ]


def test_sentences_streamed_token_by_token_keep_their_spaces(answerer_for) -> None:
    # A model streams "Room " then "4": the space ending one delta must survive the
    # sentence split, or the user reads "Room4" and "Thenext".
    llm = FakeLLM().enqueue(
        "The next meeting is on Tuesday 14th April 2020 [1]. "
        "The next meeting is at 2pm in Room 4, Town Hall [1]."
    )
    answer = answerer_for(llm).ask("When is the next meeting?")
    assert "The next meeting is at 2pm in Room 4, Town Hall" in answer.answer, answer


def test_a_body_that_lacks_a_distinctive_word_the_question_asks_is_not_named() -> None:
    """'the fire authority's Audit and Governance Committee' is not the county council's
    Governance and Audit Committee, however few other words that name has."""
    from assistant.answer.facts import named_body

    bodies = [
        "Oakby County Council Governance and Audit Committee",
        "Oakby County Council Planning Committee",
        "Elm Fire and Rescue Authority Audit and Governance Committee",
        "Vale Fire and Rescue Authority Audit and Performance Committee",
    ]
    asked = "Who chaired the fire authority's Audit and Governance Committee on 17 October?"
    assert named_body(asked, bodies) != "Oakby County Council Governance and Audit Committee"
    assert named_body("Who chaired the Oakby Governance and Audit Committee?", bodies) == (
        "Oakby County Council Governance and Audit Committee"
    )


def test_a_year_of_accounts_prefers_meetings_in_either_of_its_years() -> None:
    import datetime as dt

    from assistant.answer.evidence import date_fit

    asked = "What was availability in quarter 3 of 2024/25?"
    assert date_fit(asked, dt.date(2025, 3, 6)) > 0 and date_fit(asked, dt.date(2024, 11, 28)) > 0
    assert date_fit(asked, dt.date(2023, 11, 28)) < 0


@pytest.mark.parametrize(
    ("question", "answerable"),
    [
        ("How much did the hall roof repair cost?", True),
        # the sum is of something else: "cost" asks for money, it is not what was bought
        ("How much did the oil spill exercise cost?", False),
        ("How much was the grant?", False),
    ],
)
def test_a_sum_asked_for_is_in_a_passage_about_what_it_paid_for(
    question: str, answerable: bool
) -> None:
    from assistant.answer import gate
    from assistant.records import Evidence

    passage = Evidence(
        n=1,
        text="The hall roof repair was finished in May; the contractor estimated the cost at £4,200.",
        doc="t.txt",
        page=None,
    )
    assert gate.answerable(question, [passage]) is answerable


def test_a_sum_for_something_else_of_that_kind_answers_no_how_much() -> None:
    from assistant.answer import gate
    from assistant.records import Evidence

    text = "The Pont Haearn shelter roof is still awaited. The hall roof repair cost £4,200."
    passage = Evidence(n=1, text=text, doc="t.txt", page=None)
    assert not gate.answerable(
        "How much did the new roof for the Pont Haearn shelter cost?", [passage]
    )
    assert gate.answerable("How much did the hall roof repair cost?", [passage])


def test_a_sum_in_another_row_of_the_passage_answers_no_how_much() -> None:
    from assistant.answer import gate
    from assistant.records import Evidence

    rows = "1\tPontoon quotation\tHM\tMarine Ltd quoted £41,200.  2\tOil spill exercise\tSec\tSet for September."
    passage = Evidence(n=1, text=rows, doc="t.pdf", page=1)
    assert not gate.answerable("How much did the oil spill exercise cost?", [passage])
    assert gate.answerable("How much did the pontoon quotation cost?", [passage])


def test_initials_asked_of_a_month_are_the_person_of_that_months_meeting() -> None:
    from assistant.records import Meeting
    from tests.fakes import span as fake_span

    march = "Steering group notes, 18 March 2025. Present: Gail Evans (GE), Planning Officer."
    other = "Parish council minutes, 4 June 2019. Present: Glyn Edwards (GE), Clerk."
    people = [
        Person(name="Glyn Edwards", initials="GE", role="Clerk", body="Elm Parish Council",
               source=fake_span("june", other, "Glyn Edwards (GE), Clerk")),
        Person(name="Gail Evans", initials="GE", role="Planning Officer", body="Oakby Forum",
               source=fake_span("march", march, "Gail Evans (GE), Planning Officer")),
    ]  # fmt: skip
    meetings = [
        Meeting(doc_id="march", doc="march.txt", body="Oakby Forum", date=dt.date(2025, 3, 18),
                kind="minutes"),
        Meeting(doc_id="june", doc="june.txt", body="Elm Parish Council", date=dt.date(2019, 6, 4),
                kind="minutes"),
    ]  # fmt: skip
    answerer = Answerer(
        FakeRetriever([]), FakeRegister(people, [], meetings), None, HashEmbedder(),
        page_text=page_text,
    )  # fmt: skip
    answer = answerer.ask("In the March 2025 steering group notes, who is 'GE'?")
    assert "Gail Evans" in answer.answer and "Glyn Edwards" not in answer.answer


def test_initials_asked_about_name_no_body_and_each_is_answered() -> None:
    from assistant.records import Meeting
    from tests.fakes import span as fake_span

    june = "Board strategy weekend, 13 June 2025. Key to initials: NC Nat Cole · AI Ada Ives."
    people = [
        Person(name="Nat Cole", initials="NC", role="Operations Manager", body="Oakby Energy",
               source=fake_span("june", june, "NC Nat Cole")),
        Person(name="Ada Ives", initials="AI", role="Director", body="Oakby Energy",
               source=fake_span("june", june, "AI Ada Ives")),
    ]  # fmt: skip
    meetings = [
        Meeting(doc_id="june", doc="june.txt", body="Oakby Energy", date=dt.date(2025, 6, 13),
                kind="minutes"),
        # a body whose name "NC" would spell
        Meeting(doc_id="nc", doc="nc.txt", body="Northby City Council Board",
                date=dt.date(2025, 6, 2), kind="minutes"),
    ]  # fmt: skip
    answerer = Answerer(
        FakeRetriever([]), FakeRegister(people, [], meetings), None, HashEmbedder(),
        page_text=page_text,
    )  # fmt: skip
    answer = answerer.ask("In the June 2025 strategy weekend minutes, who are 'NC' and 'AI'?")
    assert "Nat Cole" in answer.answer and "Ada Ives" in answer.answer


def test_who_chaired_and_why_quotes_the_minutes_beside_the_record() -> None:
    from assistant.records import Meeting
    from tests.fakes import chunk
    from tests.fakes import span as fake_span

    page = (
        "Minutes of the Oakby Station Group held on 14 August 2025\n\n"
        "Present: Sue Nod (SN) (Chair), Ian Cole (IC)\n\n"
        "1. Chair for the meeting\nThe Station Chair sent apologies. On the proposal of IC, the "
        "group asked Sue Nod to chair the meeting.\n\n2. Boat\nThe boat was serviced in July.\n"
    )
    chair = Person(name="Sue Nod", initials="SN", role="Chair", attendance="present",
                   body="Oakby Station Group", source=fake_span("aug", page, "Sue Nod (SN) (Chair)"))  # fmt: skip
    meeting = Meeting(doc_id="aug", doc="aug.txt", body="Oakby Station Group",
                      date=dt.date(2025, 8, 14), kind="minutes", people=[chair])  # fmt: skip
    paragraphs = [p for p in page.split("\n\n") if p.strip()]
    hits = [
        chunk("aug", p, page, body="Oakby Station Group", date=dt.date(2025, 8, 14))
        for p in paragraphs
    ]
    answerer = Answerer(
        FakeRetriever(hits), FakeRegister([chair], [], [meeting]), None, HashEmbedder(),
        page_text=lambda doc, page_no: page,
    )  # fmt: skip
    answer = answerer.ask("Who chaired the Oakby Station Group on 14 August 2025, and why?").answer
    assert answer.startswith(
        "Sue Nod (SN) chaired the Oakby Station Group meeting on 14 August 2025 [1]."
    )
    assert "“On the proposal of IC, the group asked Sue Nod to chair the meeting.” [2]" in answer
    # asked only who, the record alone answers
    plain = answerer.ask("Who chaired the Oakby Station Group on 14 August 2025?").answer
    assert "“" not in plain
    # a second ask of another kind: the sentence of the same minutes that answers it
    other = answerer.ask(
        "Who chaired the Oakby Station Group on 14 August 2025, and when was the boat serviced?"
    ).answer
    assert other.startswith("Sue Nod (SN) chaired") and "“The boat was serviced in July.”" in other


def test_a_word_of_another_proper_name_names_no_body() -> None:
    from assistant.answer.facts import named_body

    bodies = ["Station Management Group", "Oakby Town Council", "Elm Management Group",
              "Ash Management Group", "Vale Steering Group", "Hill Working Group"]  # fmt: skip
    assert named_body("What was agreed on the lease of the Station Road kiosk?", bodies) is None
    assert named_body("What did the Station Management Group agree?", bodies) == bodies[0]


def test_initials_asked_of_a_body_named_by_its_kind_are_that_bodys_people() -> None:
    from assistant.records import Meeting
    from tests.fakes import span as fake_span

    board = "Oakby Level Internal Drainage Board, 4 March 2025. Present: Lee Shaw (LS)."
    league = "Elm Cricket League, 30 March 2026. Present: Lorna Snow (LS)."
    people = [
        Person(name="Lee Shaw", initials="LS", role="Engineer",
               body="Oakby Level Internal Drainage Board", source=fake_span("idb", board, "Lee Shaw")),
        Person(name="Lorna Snow", initials="LS", role="Hon. Secretary",
               body="Elm Cricket League", source=fake_span("ecl", league, "Lorna Snow")),
    ]  # fmt: skip
    meetings = [
        Meeting(doc_id="idb", doc="idb.txt", body="Oakby Level Internal Drainage Board",
                date=dt.date(2025, 3, 4), kind="minutes"),
        Meeting(doc_id="ecl", doc="ecl.txt", body="Elm Cricket League",
                date=dt.date(2026, 3, 30), kind="minutes"),
    ]  # fmt: skip
    answerer = Answerer(
        FakeRetriever([]), FakeRegister(people, [], meetings), None, HashEmbedder(),
        page_text=page_text,
    )  # fmt: skip
    answer = answerer.ask("In the drainage board's minutes, who is 'LS'?")
    assert "Lee Shaw" in answer.answer and "Lorna Snow" not in answer.answer


def test_an_action_asked_about_by_what_it_was_is_answered_from_its_record() -> None:
    llm = FakeLLM()
    answerer = _shelter_answerer(llm)
    question = "What happened to the quotes for repairing the bus shelter roof?"
    route = answerer.route(question)
    assert route.kind == "actions" and [a.id for a in route.tracked] == ["s1"]
    answer = answerer.ask(question)
    assert "two quotes for repairing the bus shelter roof" in answer.answer
    assert "repair booked" in answer.answer  # where it stands, cited to the later record
    assert llm.history == []
    # an action no record holds is searched for as any question is
    assert answerer.route("What happened to the village green hedge?").kind == "search"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What precept did Oakby Parish Meeting agree, and who tells the District Council?",
         ["What precept did Oakby Parish Meeting agree", "who tells the District Council?"]),
        ("Which boat did the club agree to buy, and for how much?",
         ["Which boat did the club agree to buy", "for how much?"]),
        ("Who chaired the meeting?", ["Who chaired the meeting?"]),
        ("What did the Board say about roads and bridges?", ["What did the Board say about roads and bridges?"]),
    ],
)  # fmt: skip
def test_a_question_of_two_asks_is_read_as_two(question, asks) -> None:
    from assistant.answer.evidence import asks as read

    assert read(question) == asks


def test_each_ask_of_a_two_part_question_has_its_sentence() -> None:
    from assistant.answer import compose
    from assistant.records import Evidence

    text = (
        "The Meeting agreed a precept of £2,000 for 2025/26. Action – Clerk to notify Elm "
        "District Council of the precept by 31st January 2025."
    )
    item = Evidence(n=1, text=text, doc="m.txt", page=None, meeting="Oakby Parish Meeting")
    picked = compose.passage_sentences(
        "What precept did Oakby Parish Meeting agree, and who tells the District Council?", [item]
    )
    assert [p.split(" [")[0][:20] for p in picked] == [
        "The Meeting agreed a",
        "Action – Clerk to no",
    ]


def test_the_second_ask_is_read_with_the_firsts_subject() -> None:
    from assistant.answer import compose
    from assistant.records import Evidence

    text = (
        "The federation chose Harwood Mutual for its absence insurance. Governors thanked DS "
        "for the comparison. The absence insurance premium is GBP 8,920 a year."
    )
    item = Evidence(n=1, text=text, doc="m.txt", page=None, meeting="Oakby Federation")
    picked = compose.passage_sentences(
        "Which absence insurance did the federation choose, and what will it cost?", [item]
    )
    assert [p.split(" [")[0][:24] for p in picked][:2] == [
        "The federation chose Har",
        "The absence insurance pr",
    ]


def test_a_plural_and_its_singular_are_one_word() -> None:
    from assistant.answer import evidence as ev

    assert ev.content_words("new loans and rates") == ev.content_words("a new loan rate")
    assert ev.focus_words("Which items were on the agenda?") == set()  # "items" says nothing
