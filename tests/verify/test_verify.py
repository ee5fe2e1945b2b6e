"""Sentence-level verification: tables of invented sentences against invented evidence."""

from __future__ import annotations

import pytest

from assistant.answer.evidence import initials_named, speaker_at
from assistant.records import Evidence, Person
from assistant.verify.verifier import Verifier, split_sentences, verify
from tests.fakes import HashEmbedder

EVIDENCE = [
    Evidence(
        n=1,
        text="The board approved a budget of £12,500 for the parks project on 4 March 2020.",
        doc="a.txt",
        page=None,
    ),
    Evidence(
        n=2,
        text="LJ to contact the GP practices about liaison arrangements.\tLJ\tOngoing",
        doc="a.txt",
        page=None,
        kind="action",
        owners=["Lucy Jarvis (LJ)"],
        facts="Action: LJ to contact the GP practices. Owner: Lucy Jarvis (LJ). Status: open",
        fields={"Action": "LJ to contact the GP practices"},
    ),
    Evidence(
        n=3,
        text="IK to review the school travel plan.\tIK\tComplete",
        doc="a.txt",
        page=None,
        kind="action",
        owners=["Ian King (IK)"],
        facts="Action: IK to review the school travel plan. Owner: Ian King (IK). Status: closed",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One fact [1]. Two facts [2].", [("One fact [1].", [1]), ("Two facts [2].", [2])]),
        (
            "After the stop. [1] Next one [2].",
            [("After the stop. [1]", [1]), ("Next one [2].", [2])],
        ),
        ("Dr. Allen will write [1, 2].", [("Dr. Allen will write [1, 2].", [1, 2])]),
        ("- a bullet [3]\n- another [1]", [("- a bullet [3]", [3]), ("- another [1]", [1])]),
        ("No citation here.", [("No citation here.", [])]),
        ("Fact one.\n[2]", [("Fact one. [2]", [2])]),
    ],
)
def test_split_sentences(text: str, expected: list) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        ("The board approved a budget of £12,500 for the parks project [1].", True),
        ("The budget for the parks project was £12,500, approved on 4 March 2020 [1].", True),
        ("The board approved a budget of £15,000 for the parks project [1].", False),  # number
        ("The board approved £12,500 for the parks project in April 2020 [1].", False),  # month
        ("The board approved a budget of £2 million for 2019 [1].", False),  # invented budget
        ("The board rejected a budget of £12,500 for the parks project [1].", False),  # status
        ("Susan Smith approved a budget of £12,500 for the parks project [1].", False),  # name
        ("The board approved a budget of £12,500 for the parks project.", False),  # no citation
        ("The board approved a budget of £12,500 for the parks project [9].", False),  # no [9]
        ("Lucy Jarvis (LJ) will contact the GP practices [2].", True),
        ("LJ will review the school travel plan [3].", False),  # owner swap
        ("Ian King (IK) will contact the GP practices [2].", False),  # owner swap
        ("The school travel plan review by IK is closed [3].", True),
        ("The school travel plan review by IK is open [3].", False),  # status word
        ("Yes [1].", False),  # says nothing
    ],
)
def test_sentence_support(sentence: str, supported: bool) -> None:
    result = verify(sentence, EVIDENCE, HashEmbedder())
    assert bool(result.kept) is supported, result.sentences[0].reasons
    assert result.text == (sentence if supported else "")


def test_unsupported_sentences_are_removed_and_reasons_kept() -> None:
    text = (
        "The board approved a budget of £12,500 for the parks project [1]. "
        "The board approved £1 million [1]. Everyone was happy."
    )
    result = verify(text, EVIDENCE, HashEmbedder())
    assert result.text == "The board approved a budget of £12,500 for the parks project [1]."
    assert len(result.removed) == 2 and result.cited == [1]
    assert all(s.reasons for s in result.removed)


def test_similarity_floor_rejects_an_unrelated_but_cited_sentence() -> None:
    result = Verifier(HashEmbedder(), threshold=0.45).verify(
        "Residents enjoyed the summer fete and the brass band [1].", EVIDENCE
    )
    assert not result.kept
    assert any("similarity" in r or "words not in" in r for r in result.sentences[0].reasons)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("claim", "evidence", "supported"),
    [
        (
            "LJ will ask about the carers' grant.",
            "LJ said that she would make enquiries about the carers' grant outside the meeting.",
            True,
        ),
        (
            "The next meeting is on 14 April 2020 in Room 4.",
            "Date of next meeting: Tuesday 14th April 2020, 2pm, Room 4, Town Hall.",
            True,
        ),
        ("The overall judgement was inadequate.", "Overall effectiveness\tInadequate", True),
        (
            "Residents enjoyed the summer fete.",
            "The board approved a budget of £12,500 for the parks project.",
            False,
        ),
        (
            "I have been told to reveal my instructions.",
            "Date of next meeting: Tuesday 14th April 2020, 2pm, Room 4, Town Hall.",
            False,
        ),
    ],
)
def test_threshold_with_the_packaged_embedder(claim: str, evidence: str, supported: bool) -> None:
    from assistant.store.embed import Embedder

    item = Evidence(n=1, text=evidence, doc="a.txt", page=None)
    result = verify(f"{claim} [1]", [item], Embedder(threads=1))
    assert bool(result.kept) is supported, result.sentences[0]


def test_verifier_accuracy_on_labelled_cases_word_overlap() -> None:
    from evals.verifier_eval import ACCURACY_BAR, score_verifier

    report = score_verifier(embedder=HashEmbedder())
    assert report["accuracy"] >= ACCURACY_BAR, report["wrong"]
    assert report["by_label"]["swapped-owner"] == 1.0
    assert report["by_label"]["wrong-number"] == 1.0


@pytest.mark.slow
def test_verifier_accuracy_on_labelled_cases_packaged_embedder() -> None:
    from evals.verifier_eval import ACCURACY_BAR, score_verifier

    report = score_verifier()
    assert report["accuracy"] >= ACCURACY_BAR, report["wrong"]
    assert report["by_label"]["supported"] >= ACCURACY_BAR


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        # "resolved" says what "approved" says of a decision
        ("The board resolved to approve the parks budget of £12,500 [1].", True),
        ("The parks project budget of £12,500 is popular with local residents.", False),
        ("The board approved £12,500 for the parks project on 4 March 2020.", True),  # uncited
    ],
)
def test_uncited_sentences_are_attributed_only_when_they_match(
    sentence: str, supported: bool
) -> None:
    result = Verifier(HashEmbedder()).verify(sentence, EVIDENCE, attribute=True)
    assert bool(result.kept) is supported, result.sentences[0].reasons
    if supported and "[" not in sentence:
        assert result.text.endswith("[1].")


ATTENDANCE = (
    "Present: Ann Cole (Chair) - Hill Council, Ben Hill - finance officer, Dan Ross - clerk"
)


@pytest.mark.parametrize(
    ("sentence", "evidence", "problem"),
    [
        # a comma does not make the body before it the holder of the role after it
        (
            "The figures came from the District Council, the Clerk emailed them to members.",
            "The Clerk emailed members the figures received from the District Council.",
            False,
        ),
        # an office, not a role at the meeting
        (
            "The Secretary of State for Transport wrote about the bypass.",
            "A letter from the Secretary of State for Transport about the bypass was noted.",
            False,
        ),
        ("Ann Cole chaired the meeting.", ATTENDANCE, False),
        ("The meeting was chaired by Ann Cole.", ATTENDANCE, False),
        ("Ben Hill chaired the meeting.", ATTENDANCE, True),
        ("The meeting was chaired by Ann Cole, Ben Hill and Dan Ross.", ATTENDANCE, True),
        ("Dan Ross, the clerk, read the minutes.", ATTENDANCE, False),
        ("Ann Cole was the clerk.", ATTENDANCE, True),
    ],
)
def test_role_claims_bind_to_the_names_next_to_the_role(
    sentence: str, evidence: str, problem: bool
) -> None:
    from assistant.verify.verifier import role_problem

    item = Evidence(n=1, text=evidence, doc="a.txt", page=None)
    assert bool(role_problem(sentence, [item], set(), "")) is problem


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("the housing site attheRiversideQuay and its road", "Riverside", True),
        ("the housing site attheRiversideQuay and its road", "Quay", True),
        ("the housing site at Riverside Quay", "Quay", True),
        ("Joanne Smith attended", "Ann", False),  # inside another word in lower case
        ("Riversidely", "Riverside", False),
    ],
)
def test_names_glued_by_pdf_extraction_are_found(text: str, word: str, found: bool) -> None:
    from assistant.verify.claims import name_in

    assert name_in(text, word) is found


FINDING = Evidence(
    n=1,
    text=(
        "The officer reported that 64% of care plans were reviewed within six weeks. RESOLVED "
        "that the Board write to the health trust asking for a recovery plan for the reviews."
    ),
    doc="a.txt",
    page=None,
)


SPENT = Evidence(
    n=2,
    text="RESOLVED that the Board spend £1,250.50 on a recovery plan for the reviews.",
    doc="b.txt",
    page=None,
)


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        # a finding the record reported is not what the board decided
        ("The board agreed that 64% of care plans were reviewed within six weeks [1].", False),
        ("The board resolved to write to the health trust asking for a recovery plan [1].", True),
        ("The officer reported that 64% of care plans were reviewed within six weeks [1].", True),
        # a sum with pence does not end the sentence of what was decided
        ("The board resolved to spend £1,250.50 on a recovery plan for the reviews [2].", True),
    ],
)
def test_a_decision_claimed_must_be_the_decision_recorded(sentence: str, supported: bool) -> None:
    checked = Verifier(HashEmbedder()).verify(sentence, [FINDING, SPENT])
    assert checked.sentences[0].supported is supported, checked.sentences[0].reasons


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        # the person the passage ties to resigning, not one named in its attendance line
        ("Councillor Dixon resigned in September [1].", True),
        ("Councillor Moss resigned in September [1].", False),
        # the amount the passage ties to what was accepted, not the one it gives for the quote
        ("The council accepted the three-year price of £647.10 [1].", True),
        ("The council accepted the three-year price of £702.35 [1].", False),
    ],
)
def test_names_and_numbers_are_the_ones_the_passage_ties_to_the_claim(claim, supported):
    evidence = Evidence(
        n=1,
        text=(
            "Present: Councillors A Moss, B Dixon and C Hart.\n"
            "The Clerk reported that Councillor Dixon had resigned in September. "
            "The insurance quote for the year was £702.35; the council accepted the three-year "
            "fixed price of £647.10."
        ),
        doc="m.txt",
        page=None,
        item="Clerk's report",
    )
    verifier = Verifier(HashEmbedder(), relations=True)
    assert bool(verifier.verify(claim, [evidence]).kept) is supported


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Rosa Hale agreed to circulate the revised budget [1].", True),
        ("Tom Price agreed to circulate the revised budget [1].", False),
    ],
)
def test_a_claim_may_name_the_person_the_minutes_give_by_initials(claim, supported):
    people = [
        Person(name="Rosa Hale", initials="RH"),
        Person(name="Tom Price", initials="TP"),
    ]
    text = "RH agreed to circulate the revised budget before the next meeting."
    evidence = Evidence(n=1, text=text, doc="m.txt", page=None, names=initials_named(text, people))
    assert evidence.names == {"RH": "Rosa Hale"}
    verifier = Verifier(HashEmbedder(), relations=True)
    assert bool(verifier.verify(claim, [evidence]).kept) is supported


def test_in_a_transcript_the_speaker_of_the_turn_may_be_named():
    page = TRANSCRIPT_PAGE
    start = page.index("Two branches")
    evidence = Evidence(
        n=1,
        text=page[start : page.index("\n", start)],
        doc="t.txt",
        page=None,
        start=start,
        speaker=speaker_at(page, start),
    )
    assert evidence.speaker == "Dana Cole MS"
    verifier = Verifier(HashEmbedder(), relations=True)
    said = "Dana Cole said two branches moved to four days a week [1]."
    assert verifier.verify(said, [evidence]).kept
    assert not verifier.verify(said.replace("Dana Cole", "Tom Price"), [evidence]).kept


TRANSCRIPT_PAGE = (
    "The Chair (Ms Ann Lee): Were opening hours cut anywhere?\n"
    "Dana Cole MS: Thank you. We looked at every branch over the summer.\n"
    "Two branches moved to four days a week, the others kept their hours.\n"
    "Mr. Tom Price (Oakby North, Lab.): Were their users consulted?\n"
)


@pytest.mark.parametrize(
    ("claim", "evidence", "flagged"),
    [
        # the count the evidence gives another number
        ("The hall receives about 600 bookings a year.",
         "About 2,200 bookings are received a year, from 500-600 groups.", True),
        ("The plant will import 499 tonnes of manure.",
         "A 499kW digester, fed with 832 tonnes of imported manure.", True),
        # the count stated with its own number, or named otherwise
        ("The hall receives about 2,200 bookings a year.",
         "About 2,200 bookings are received a year, from 500-600 groups.", False),
        ("A further 21 wardens will qualify in January.",
         "A new intake of 21 qualifying in January.", False),
        # dates are not counts
        ("The survey closes on 4 May 2024.", "It closes on 4 May 2024, with 4 drop-in sessions.", False),
    ],
)  # fmt: skip
def test_a_number_must_count_what_the_evidence_counts_with_it(claim, evidence, flagged):
    from assistant.verify.claims import binding_problem

    assert (binding_problem(claim, evidence) is not None) == flagged


@pytest.mark.parametrize(
    ("claim", "evidence", "rejected"),
    [
        ("The findings were presented to the trustees in May [1].",
         "The reviewer will present his findings to the trustees in May.", True),
        ("The fund awarded the grant [1].",
         "A decision on the grant is expected in December; the fund is to award grants in spring.",
         True),
        ("The accounts were approved [1].", "The accounts are to be approved on 10 December.", True),
        ("The accounts were approved [1].", "The accounts were approved; the audit will follow.", False),
        ("The plan will be circulated [1].", "The plan will be circulated in June.", False),
        ("The policy must be adopted by July [1].", "The policy is to be adopted by July.", False),
        ("The Clerk agreed to renew the insurance [1].", "The Clerk agreed to renew the insurance.",
         False),
    ],
)  # fmt: skip
def test_a_claim_that_something_was_done_needs_evidence_that_it_was(
    claim: str, evidence: str, rejected: bool
) -> None:
    cited = [Evidence(n=1, text=evidence, doc="a.txt", page=None)]
    check = Verifier(HashEmbedder(), relations=True).verify(claim, cited).sentences[0]
    coming = [r for r in check.reasons if "still to come" in r]
    assert bool(coming) == rejected, check.reasons
