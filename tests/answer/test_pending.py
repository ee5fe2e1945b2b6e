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
        # asked who was chosen; the minutes say the choice is still to come
        ("Who was elected Chair of the forum for 2025?", "The Chair for 2025 will be elected at the January meeting.", True),
        ("Who was elected Chair of the forum for 2025?", "Ann Lee was elected Chair for 2025.", False),
        # what a body named by its name did, which the minutes say it will do
        ("What judgement did the Regulator of Social Housing give Oakby Homes?", "The Regulator will issue its judgement in the summer.", True),
        ("What judgement did the Regulator of Social Housing give Oakby Homes?", "The Regulator gave a G1 judgement; the next inspection will be in 2028.", False),
        # a decision in other words than the question's, and what someone said, are answers
        ("Which quote did Oakby Town Council accept for the roof?", "RESOLVED to accept the quote from Slateline Roofing. Work will start in May.", False),
        ("What did the Cabinet Secretary say it would cost?", "We will look at it, and it would cost about £20 million.", False),
        # a resolution that something be done is the decision taken
        ("Who was awarded the grounds contract?", "RESOLVED: That the contract be awarded to Mr Sparkle at £2540. The work is to start in April.", False),
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


@pytest.mark.parametrize(
    "question, sentences, contradicted",
    [
        # the question takes a refusal for granted; the minutes record the opposite
        ("Why did the Corporation reject the Oakby Roofing tender?",
         ["RESOLVED that the tender from Oakby Roofing Ltd at £1,418,600 be accepted."], True),
        ("Why did the committee refuse to approve the audit plan?",
         ["RESOLVED that the internal audit plan for 2025/26 be approved."], True),
        ("Why did the Board approve the new fees?", ["The Board rejected the proposed fees."], True),
        # what the question takes for granted is in the minutes: answered
        ("Why did the Corporation reject the Oakby Roofing tender?",
         ["The tender from Oakby Roofing was rejected because it came in over budget."], False),
        ("Why was the tender accepted?", ["The tender was accepted as the lowest price."], False),
        ("Why did the Board reject the tender?", ["The Board did not accept the tender."], False),
        # not a why question, or no outcome in what was found
        ("Did the Corporation reject the tender?", ["The tender was accepted."], False),
        ("Why did the Corporation reject the tender?", ["Three tenders were received."], False),
    ],
)  # fmt: skip
def test_a_why_question_whose_premise_the_minutes_contradict(question, sentences, contradicted):
    from assistant.answer.pending import premise_contradicted

    assert premise_contradicted(question, sentences) is contradicted
