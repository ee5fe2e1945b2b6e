"""Passages chosen for all a question asks: a later line that gives the sum, the reason or the
second part of a question joins the best passage; such a line never answers on its own; and
role questions about one item, or about a body the index does not know by that name, are not
answered from another meeting's chair."""

from __future__ import annotations

import datetime as dt

from assistant.answer import coverage
from assistant.answer.answerer import DECLINE, Answerer
from assistant.answer.evidence import Window
from assistant.records import Meeting, Person
from tests.fakes import FakeRegister, FakeRetriever, HashEmbedder, chunk, page_text, span

JANUARY = "A member asked for a composting toilet. Jo Park will get quotes for a composting toilet."
MAY = "Composting toilet: Jo got two quotes for a toilet, GBP 2,950 (Green Loo) and GBP 3,400 (EcoCan)."


def _windows(*scored: tuple[str, float]) -> list[Window]:
    out = []
    for n, (text, score) in enumerate(scored):
        piece = chunk(f"doc{n}", text)
        out.append(Window(piece, 0, len(text), score))
    return out


def test_a_passage_that_gives_the_sum_asked_for_joins_the_best_one() -> None:
    question = "What quotes did the society get for a composting toilet?"
    windows = _windows((JANUARY, 1.0), (MAY, 0.7), ("The toilet block roof leaks.", 0.69))
    chosen = coverage.select(question, windows, keep=3, add=2, spread=0.2, floor=0.3)
    assert [w.text for w in chosen] == [JANUARY, MAY]
    assert [w.added for w in chosen] == [False, True]


def test_a_passage_that_adds_nothing_asked_is_left_out() -> None:
    question = "What quotes did the society get for a composting toilet?"
    windows = _windows(
        (MAY, 1.0), ("Jo reported that the quotes for a composting toilet were in.", 0.7)
    )
    assert [w.text for w in coverage.select(question, windows, 3, 2, 0.2, 0.3)] == [MAY]


def test_the_second_part_of_a_question_is_looked_for_in_a_weaker_passage() -> None:
    question = "How many trees were surveyed, and what did the survey cost?"
    windows = _windows(
        ("The tree survey of the play area covered 14 trees.", 1.0),
        ("The arboricultural survey invoice of £420 was paid.", 0.62),
    )
    chosen = coverage.select(question, windows, 3, 2, 0.2, 0.3)
    assert len(chosen) == 2 and chosen[1].added


def test_the_answer_quotes_the_line_with_the_sums_from_the_later_meeting() -> None:
    chunks = [
        chunk("jan", JANUARY, date=dt.date(2025, 1, 14)),
        chunk("may", MAY, date=dt.date(2025, 5, 20)),
    ]
    answerer = Answerer(FakeRetriever(chunks), None, None, HashEmbedder(), page_text=page_text)
    answer = answerer.ask("What quotes did the society get for a composting toilet?")
    assert "2,950" in answer.answer and "3,400" in answer.answer, answer.answer
    assert all(c.quote in page_text(c.doc.removesuffix(".txt"), None) for c in answer.citations)


def test_a_passage_kept_only_for_what_it_adds_never_answers_alone() -> None:
    chunks = [chunk("fees", "Hall hire fees rise to £18 an hour from April.")]
    answerer = Answerer(FakeRetriever(chunks), None, None, HashEmbedder(), page_text=page_text)
    answer = answerer.ask("What did the heritage lottery fund award the museum project?")
    assert not answer.answerable and answer.answer == DECLINE


HALL = "Halden Rail Partnership"
PARKS = "Brookmere Parks Committee"
NOTES = (
    "Notes of the Halden Rail Partnership steering group, 30 April 2025\n"
    "Present: Ann Cole (Chair), Mark Tate\n"
    "4. Station mural\nAC declared an interest, and MT took the chair for this item."
)


def _two_bodies() -> Answerer:
    day = dt.date(2025, 4, 30)
    rail_people = [
        Person(name="Ann Cole", initials="AC", role="Chair", body=HALL,
               source=span("rail", NOTES, "Ann Cole (Chair)")),
    ]  # fmt: skip
    parks_text = "Brookmere Parks Committee, 30 April 2025. Present: Cllr Joe Finch (Chair)"
    parks_people = [
        Person(name="Joe Finch", role="Chair", body=PARKS,
               source=span("parks", parks_text, "Cllr Joe Finch (Chair)")),
    ]  # fmt: skip
    meetings = [
        Meeting(doc_id="rail", doc="rail.txt", body=HALL, date=day, kind="minutes",
                people=rail_people),
        Meeting(doc_id="parks", doc="parks.txt", body=PARKS, date=day, kind="minutes",
                people=parks_people),
    ]  # fmt: skip
    chunks = [chunk("rail", line, NOTES, body=HALL, date=day) for line in NOTES.split("\n")[2:]] + [
        chunk("parks", parks_text, body=PARKS, date=day)
    ]
    return Answerer(
        FakeRetriever(chunks),
        FakeRegister([*rail_people, *parks_people], [], meetings),
        None,
        HashEmbedder(),
        page_text=page_text,
    )


def test_who_chaired_one_item_is_read_where_the_item_is() -> None:
    answerer = _two_bodies()
    question = "Who took the chair for the station mural item at the rail partnership's April 2025 meeting?"
    assert answerer.route(question).kind == "search"
    answer = answerer.ask(question)
    assert "MT took the chair" in answer.answer and "Joe Finch" not in answer.answer


def test_a_body_named_loosely_is_the_one_whose_words_the_question_uses() -> None:
    answerer = _two_bodies()
    route = answerer.route("Who chaired the parks meeting on 30 April 2025?")
    assert route.kind == "role" and [m.body for m in route.meetings] == [PARKS]
    # a question that names no body either meeting is of: not answered from their chairs
    route = answerer.route("Who chaired the meeting of the steering board on 30 April 2025?")
    assert route.kind == "search"


def test_a_month_named_may_be_what_a_later_meeting_reports_on() -> None:
    march = "The chair thanked the volunteers for the litter pick."
    may = "Emergency Department performance against the four hour standard was 71.3% in March."
    chunks = [
        chunk("march", march, date=dt.date(2024, 3, 7)),
        chunk("may", may, date=dt.date(2024, 5, 2)),
    ]
    answerer = Answerer(FakeRetriever(chunks), None, None, HashEmbedder(), page_text=page_text)
    answer = answerer.ask(
        "What was the Emergency Department's four hour performance in March 2024?"
    )
    assert "71.3%" in answer.answer and answer.citations[0].doc == "may.txt", answer.answer


def test_a_body_asked_about_by_its_acronym_is_not_a_missing_name() -> None:
    body = "Fenwold Internal Drainage Board"
    text = "It was RESOLVED that the drainage rate for 2025/26 be set at 14.2p in the £."
    chunks = [chunk("idb", text, body=body, date=dt.date(2025, 3, 4))]
    answerer = Answerer(FakeRetriever(chunks), None, None, HashEmbedder(), page_text=page_text)
    answer = answerer.ask("What drainage rate did the Fenwold IDB set for 2025/26?", body=body)
    assert answer.answerable and "14.2p" in answer.answer, answer.answer


def test_a_question_comparing_two_meetings_quotes_each() -> None:
    chunks = [
        chunk(
            "jan",
            "Open repair cases stood at 140 at the end of December.",
            date=dt.date(2025, 1, 21),
        ),
        chunk(
            "mar",
            "The repair cases dashboard is to come to every meeting.",
            date=dt.date(2025, 3, 18),
        ),
        chunk(
            "may",
            "Open repair cases had fallen to 96 by the end of April.",
            date=dt.date(2025, 5, 20),
        ),
    ]
    answerer = Answerer(FakeRetriever(chunks), None, None, HashEmbedder(), page_text=page_text)
    answer = answerer.ask(
        "How did the number of open repair cases change between January and May 2025?"
    )
    assert "140" in answer.answer and "96" in answer.answer, answer.answer


def test_the_months_a_question_compares() -> None:
    from assistant.answer.facts import asked_meeting_periods

    def months(question: str) -> list[tuple[int, int]]:
        return [(p.start.year, p.start.month) for p in asked_meeting_periods(question)]

    assert months("What changed between January and May 2024?") == [(2024, 1), (2024, 5)]
    assert months("What was the rate in March 2024 and in June 2024?") == [(2024, 3), (2024, 6)]
    assert months("Its status at the April and June 2025 meetings?") == [(2025, 4), (2025, 6)]
    assert months("What did Elizabeth May report in June 2025?") == []  # a name, and one month
    assert months("What was decided in March 2024?") == []
