"""Decision questions ("What did the council decide about the bus shelter?") answered from the
meetings' decision records (RESOLVED lines, "it was agreed that ..."), each quoted and cited,
rather than from passages a model paraphrases: a small model turns "X reported that ..." into
"the board agreed that ..."."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from assistant.records import ActionItem, ActionUpdate, Decision, Evidence, Meeting

from . import evidence as ev
from .facts import Period

log = logging.getLogger(__name__)

_ASKED = re.compile(
    r"^\s*(?:and\s+)?(?:what|which|was|were|did|has|have|how)\b.*\b(?:decide[ds]?|decisions?"
    r"|agree[ds]?|resolve[ds]?|resolutions?|approve[ds]?|vote[ds]?)\b",
    re.I,
)
# Words of a decision question that ask for a decision, not what it was about.
ASKING_WORDS = {
    w[:5]
    for w in """decide decided decision decisions agree agreed resolve resolved resolution approve
    approved vote voted council councils board committee parish meeting about regarding""".split()
}
MAX_DECISIONS = 4
MIN_SHARE = 0.5  # of the topic's words, in the decision or its item's title


def asks_decision(question: str) -> bool:
    return bool(_ASKED.search(question))


def topic_words(question: str) -> set[str]:
    return ev.focus_words(question) - ASKING_WORDS


def matching(
    meetings: Sequence[Meeting], question: str, period: Period | None
) -> list[tuple[Meeting, Decision]]:
    """The decisions about what the question names, best match first, newest first among equals."""
    topic = topic_words(question)
    if not topic:
        return []
    scored = []
    for meeting in meetings:
        if period is not None and not period.holds(meeting.date):
            continue
        titles = {it.number: it.title for it in meeting.items if it.number}
        for decision in meeting.decisions:
            words = ev.content_words(f"{decision.text} {titles.get(decision.item or '', '')}")
            share = len(topic & words) / len(topic)
            if share >= MIN_SHARE:
                day = meeting.date or dt.date.min
                scored.append((share, day, meeting, decision))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [(m, d) for _, _, m, d in scored[:MAX_DECISIONS]]


def decision_evidence(meeting: Meeting, decision: Decision) -> Evidence:
    label = ev.meeting_label(meeting.body, meeting.date)
    fields = {"Decision": decision.text, "Meeting": label or ""}
    return ev.span_evidence(0, decision.span, fields, meeting=label, kind="decision")


def carries_out(decision: Decision, action: ActionItem) -> bool:
    """An action of the decision's item in much the same words ("RESOLVED that the Board write
    to X" and "ACTION: HM to write to X")."""
    if decision.item and action.source.item and decision.item != action.source.item:
        return False
    ours = ev.content_words(decision.text) - ASKING_WORDS
    theirs = ev.content_words(action.description)
    return bool(ours) and len(ours & theirs) / len(ours) >= MIN_SHARE


def standing(register: Any, decision: Decision) -> tuple[ActionItem, ActionUpdate] | None:
    """The latest firm update of the action that carries out a decision (recorded at its span,
    or in its item in much the same words), if the register has one."""
    if register is None:
        return None
    span = decision.span
    try:
        actions = register.actions(status="all", doc=span.doc_id)
    except sqlite3.Error:  # an unreadable register: the decision stands on its own
        log.exception("register.actions(doc=%r) failed", span.doc_id)
        return None
    for action in actions:
        src, latest = action.source, action.standing()
        if latest is None:
            continue
        overlaps = src.page == span.page and src.start < span.end and span.start < src.end
        if overlaps or carries_out(decision, action):
            return action, latest
    return None
