"""An outcome the minutes record only as still to come is not answered by the sentence that
says it will come."""

import pytest

from assistant.answer.pending import outcome_to_come
from assistant.records import Evidence


def _ev(text: str) -> list[Evidence]:
    return [Evidence(n=1, text=text, doc="x.txt", page=None)]


@pytest.mark.parametrize(
    "question, text, to_come",
    [
        # asked whether it was done; the minutes say only that it will be
        ("Did the Board approve the accounts?", "The accounts are to be approved by the Board on 10 December.", True),
        ("Did the Cabinet endorse the strategy?", "The Board agreed to recommend the strategy to Cabinet on 21 October.", True),
        ("Did the fund give a grant for the toilet?", "The committee agreed to apply to the fund for a grant towards the toilet.", True),
        ("What was the outcome of the appraisal?", "YC to report the outcome of the appraisal to the December meeting.", True),
        # the minutes say it was done: answered
        ("Did the Board approve the accounts?", "The Board approved the accounts for 2024/25.", False),
        ("Did the fund give a grant?", "The fund has given a grant of £2,000; the toilet will be installed in May.", False),
        ("What was the outcome of the appeal?", "The appeal was dismissed on 3 March.", False),
        # a no is an outcome
        ("Did the post office agree to move the box?", "The post office advised they will not move the box.", False),
        # not a question about an outcome
        ("When will the accounts be approved?", "The accounts are to be approved by the Board on 10 December.", False),
    ],
)  # fmt: skip
def test_an_outcome_still_to_come(question, text, to_come):
    assert outcome_to_come(question, [f"{text} [1]"], _ev(text)) is to_come


@pytest.mark.parametrize(
    "question, sentences, to_come",
    [
        # the sum asked for is still to come
        ("What did the desilting of Drain 14 cost?",
         ["The Engineer is to bring a costed desilting proposal to the December meeting."], True),
        ("How many homes did the survey find with damp?",
         ["The survey will report to the Board in March."], True),
        # the sum is given, even beside what is to come
        ("What did the desilting of Drain 14 cost?",
         ["The desilting cost £8,400.", "The Engineer will report on the next drain in March."], False),
        # nothing to come: a question the quotes just do not answer is not declined here
        ("What did the desilting of Drain 14 cost?", ["The Engineer surveyed Drain 14 in May."], False),
    ],
)  # fmt: skip
def test_a_figure_asked_for_that_is_still_to_come(question, sentences, to_come):
    from assistant.answer.pending import kind_to_come

    assert kind_to_come(question, sentences) is to_come


@pytest.mark.parametrize(
    "question, sentences, other",
    [
        # another year, or part of the year asked: the figure asked for is not given
        ("How many complaints did the council receive in 2022/23 as a whole?",
         ["Nine complaints had been received in 2021/22. [1]",
          "The Monitoring Officer reported four new complaints in April to June 2022. [2]"], True),
        ("What was the hall's total income for 2025/26?",
         ["Total reserves at year end £9,310. [1]", "Income April–February 21,200 [2]"], True),
        ("How many falls were there in the whole of 2024/25?",
         ["There have been 11 falls in the year to date. [1]"], True),
        # the period asked is given
        ("How many complaints did the council receive in 2021/22?",
         ["Nine complaints had been received in 2021/22. [1]"], False),
        ("What was the hall's total income for 2024/25?", ["Income for 2024/25 was £61,200. [1]"], False),
        # a figure with no other period beside it may be the one asked for
        ("How many falls were there in 2024/25?", ["The ward reported 61 falls in the year. [1]"], False),
        # the question asks for part of a year itself
        ("How many falls were there in the first quarter of 2024/25?",
         ["There were 14 falls in the first quarter. [1]"], False),
        # no figure asked for
        ("Who chaired the 2024/25 annual meeting?", ["Income April–February 21,200 [1]"], False),
    ],
)  # fmt: skip
def test_a_figure_for_another_period_is_not_the_one_asked_for(question, sentences, other):
    from assistant.answer.pending import other_period

    assert other_period(question, sentences) is other
