"""Cross-meeting linking: how a later record's wording sets an action's status, and weak matches
kept as tentative history that does not change the status. Invented texts."""

import pytest

from assistant.contracts import action_json
from assistant.ingest.actions.status import update_status
from assistant.ingest.meeting import parse_meeting
from assistant.linking.linker import Weights, apply_updates, link_body
from tests.builders import document

PARISH = (
    "EXAMPLE PARISH COUNCIL - MINUTES - {date}\n\n"
    "Present: Cllr Ann Berry (Chair) Cllr Bob Cole Jo Park (Parish Clerk)\n\n"
    "{n}/21 Matters Arising\n{body}\n"
)


def _meeting(date: str, n: int, body: str, doc_id: str):
    text = PARISH.format(date=date, n=n, body=body)
    return parse_meeting(document(text, name=f"{doc_id}.txt", doc_id=doc_id))


@pytest.mark.parametrize(
    "text, status",
    [
        # a deed told in the past tense: the action was done
        ("The Clerk wrote to the residents of Mill Lane on 3 May.", "closed"),
        ("Bench Repairs – The handyman replaced the broken slats.", "closed"),
        ("The Highways officer inspected the verge last week.", "closed"),
        # a decision taken on the matter
        ("That the quotation of £240 for the noticeboard be accepted.", "closed"),
        ("Cllr Bob Cole proposed the new design, seconded by Cllr Ann Berry.", "closed"),
        # still going, or only talked about
        ("The Clerk emailed the contractor and awaits a reply.", "open"),
        ("Cllr Bob Cole asked that the item come back in June.", "open"),
        ("The matter was noted.", "open"),
        ("Village Gates remain on the list for the county.", "open"),
        # "Planning" the committee is not "planning to"
        ("The response was shared with the Planning Committee.", "closed"),
    ],
)
def test_update_status(text, status):
    assert update_status(text)[0] == status


def _pair():
    first = _meeting(
        "2021-05-05",
        10,
        "The Clerk agreed to order the memorial wreath from the legion.",
        "first",
    )
    later = _meeting(
        "2021-06-02",
        20,
        "Memorial Wreath – The Clerk ordered the memorial wreath from the legion.",
        "later",
    )
    return first, later


def test_a_confident_link_sets_the_status():
    first, later = _pair()
    links = link_body([first, later])
    (action,) = apply_updates(first.actions, links)
    assert action.status == "closed"
    assert [u.source.doc for u in action.history] == ["later.txt"]
    assert action.standing() is action.history[-1]
    assert action_json(action)["history"][0]["tentative"] is False


def test_a_tentative_link_is_history_only():
    first, later = _pair()
    links = link_body([first, later], Weights(confident=99.0, restated=99.0))
    (action,) = apply_updates(first.actions, links)
    assert action.status == "open"  # as recorded at its own meeting
    assert len(action.history) == 1 and action.history[0].tentative
    assert action.standing() is None
    assert action_json(action)["history"][0]["tentative"] is True


def test_a_restated_action_is_an_update_of_the_first_record():
    """Minutes that re-list open actions under matters arising each month: one action, with the
    re-listings as its history, not three open actions."""
    relisted = "The Clerk would write to the county council about repairing the bus shelter roof."
    meetings = [
        _meeting("2021-05-05", 10, relisted, "may"),
        _meeting("2021-06-02", 20, relisted, "june"),
        _meeting("2021-07-07", 30, "Bus Shelter – The county council repaired the roof.", "july"),
    ]
    links = link_body(meetings)
    actions = [a for m in meetings for a in apply_updates(m.actions, links)]
    assert len(actions) == 1
    (action,) = actions
    assert action.source.doc == "may.txt"
    assert [u.source.doc for u in action.history] == ["june.txt", "july.txt"]
    assert action.status == "closed"  # the repair reported in July


def test_short_generic_actions_are_not_taken_for_restatements():
    generic = "The Clerk agreed to add it to the next agenda."
    meetings = [
        _meeting("2021-05-05", 10, generic, "may"),
        _meeting("2021-06-02", 20, generic, "june"),
    ]
    links = link_body(meetings)
    assert not links.merged
    assert len([a for m in meetings for a in apply_updates(m.actions, links)]) == 2


def test_prepared_meetings_stay_cached_across_relinks_up_to_the_limit(monkeypatch):
    from assistant.linking import prepare

    monkeypatch.setattr(prepare, "_CACHE", prepare.OrderedDict())
    monkeypatch.setattr(prepare, "_CACHE_LIMIT", 2)
    made = []
    real = prepare._prepare
    monkeypatch.setattr(prepare, "_prepare", lambda m: made.append(m.doc_id) or real(m))
    a, b, c = (_meeting(f"{d} May 2021", d, "Bench repairs.", f"m{d}") for d in (3, 4, 5))
    for meeting in (a, b, a, c, a, b):
        prepare.prepared(meeting)
    # a, used again before c came, outlives b; b is prepared again once evicted
    assert made == ["m3", "m4", "m5", "m4"]


def test_initials_are_explained_by_the_body_s_other_meeting_but_a_group_stays_a_group():
    from assistant.linking import explain_owners
    from assistant.records import Person

    minutes = _meeting("2021-05-05", 10, "Cllr Bob Cole reported on the hedge.", "a")
    minutes.people.append(Person(name="Owen Pryce", initials="OP", role="Working Group lead"))
    log = parse_meeting(
        document(
            "EXAMPLE PARISH COUNCIL - ACTION LOG - 2021-06-02\n\n"
            "Action\tOwner\tProgress\n"
            "Price the replacement bench\tOP\tOngoing\n"
            "Survey the footpaths\tthe Working Group\tOngoing\n",
            name="b.txt",
            doc_id="b",
        )
    )
    assert [a.owners for a in log.actions] == [["OP"], ["the Working Group"]]
    explain_owners([minutes, log])
    assert [a.owners for a in log.actions] == [["Owen Pryce"], ["the Working Group"]]


def test_a_post_by_its_initials_is_explained_by_the_body_s_other_meeting():
    from assistant.linking import explain_owners
    from assistant.records import Person

    minutes = _meeting("2021-05-05", 10, "Cllr Bob Cole reported on the hedge.", "a")
    minutes.people.append(Person(name="Owen Pryce", role="Deputy Town Clerk"))
    log = parse_meeting(
        document(
            "EXAMPLE PARISH COUNCIL - ACTION LOG - 2021-06-02\n\n"
            "Action\tOwner\tProgress\n"
            "Write to the market traders\tDTC\tOngoing\n",
            name="b.txt",
            doc_id="b",
        )
    )
    assert [a.owners for a in log.actions] == [["DTC"]]
    explain_owners([minutes, log])
    assert [a.owners for a in log.actions] == [["Owen Pryce (DTC)"]]


def test_an_owner_by_initial_and_surname_takes_the_full_name_another_meeting_gives():
    from assistant.linking import explain_owners
    from assistant.records import Person

    minutes = _meeting("2021-05-05", 10, "Cllr Bob Cole reported on the hedge.", "a")
    minutes.people.append(Person(name="Stuart Brereton", role="Director of Finance"))
    page = parse_meeting(
        document(
            "EXAMPLE PARISH COUNCIL - MINUTES - 2021-06-02\n"
            "Present: Mr S Brereton (Director of Finance), Cllr Bob Cole\n"
            "Action\tOwner\tProgress\n"
            "Revise the budget\tS Brereton\tOngoing\n",
            name="b.txt",
            doc_id="b",
        )
    )
    explain_owners([minutes, page])
    assert [a.owners for a in page.actions] == [["Stuart Brereton"]]
