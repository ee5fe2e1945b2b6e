"""What cross-meeting linking needs from one meeting: its candidate updates (units), its item
titles, and for each action its words, context (item title, "Topic –" label, the sentence before
a short action), item, the months it names and its owners. It depends on the meeting alone, so
it is prepared once per document and cached."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

from assistant.ingest.segments import Piece
from assistant.records import ActionItem, Meeting, Span
from assistant.text import MONTH_NAMES

from .terms import name_index, owner_tokens, people_words, terms
from .units import LABEL, Unit, meeting_sections, meeting_units

# "the January agenda", "at the December meeting", "in March", "for approval in December"
_MONTH_REF = re.compile(
    r"\b(?:(?:in|for|at|to|until|by)\s+(?:the\s+)?(?P<a>"
    + "|".join(m.title() for m in MONTH_NAMES)
    + r")\b"
    r"|(?P<b>" + "|".join(m.title() for m in MONTH_NAMES) + r")\s+(?:\w+\s+)?(?:agenda|meeting))"
)
_CONTEXT_WORDS = 8  # actions shorter than this borrow the sentence before them


@dataclass
class ActionInfo:
    words: list[str]
    context: list[str]  # own item title, label, the sentence before a short action
    item: int
    months: set[int]
    owners: frozenset[str]


@dataclass
class Doc:
    """What linking needs from one meeting; depends on the meeting alone, so it is cached."""

    units: list[Unit]
    titles: list[list[str]]  # per agenda item
    actions: dict[str, ActionInfo]


def _prepare(meeting: Meeting) -> Doc:
    skip = people_words(meeting)
    index = name_index(meeting)
    sections = meeting_sections(meeting)
    # a log row or review line is linked as a record of its own, not again as a unit
    relisted = [a.source for a in meeting.actions if carried(a, meeting) or a.reports_on_earlier]
    units = [
        u
        for u in meeting_units(meeting, skip, index, sections)
        if not any(_overlaps(u.piece, src) for src in relisted)
    ]
    titles = [terms(it.title, skip) for it in meeting.items]
    by_number: dict[str | None, int] = {}
    for k, it in enumerate(meeting.items):
        by_number.setdefault(it.number, k)
    actions = {}
    for action in meeting.actions:
        ctx: list[str] = []
        found = LABEL.match(action.source.quote)
        if found:
            ctx += terms(found.group(1), skip)
        if len(action.description.split()) < _CONTEXT_WORDS:
            ctx += terms(_sentence_before(meeting, action), skip)
        months = {
            MONTH_NAMES.index((m.group("a") or m.group("b")).lower()) + 1
            for m in _MONTH_REF.finditer(action.description)
        }
        # a review line's words are its topic and what it reports of it
        said = f"{action.description} {action.progress or ''}" if action.reports_on_earlier else ""
        actions[action.id] = ActionInfo(
            terms(said or action.description, skip),
            ctx,
            _action_item(meeting, action, by_number),
            months,
            owner_tokens(action, index),
        )
    return Doc(units, titles, actions)


def _overlaps(piece: Piece, span: Span) -> bool:
    return piece.page == span.page and piece.start < span.end and span.start < piece.end


def carried(action: ActionItem, meeting: Meeting) -> bool:
    """An action-log row re-listed from an earlier meeting (its "Date of Meeting" is earlier)."""
    return bool(action.meeting_date and meeting.date and action.meeting_date < meeting.date)


def _action_item(meeting: Meeting, action: ActionItem, by_number: dict[str | None, int]) -> int:
    src = action.source
    for k, it in enumerate(meeting.items):
        if it.span.page == src.page and it.span.start <= src.start <= it.span.end:
            return k
    return by_number.get(src.item, -1) if src.item else -1


def _sentence_before(meeting: Meeting, action: ActionItem) -> str:
    """The sentence before a short action ("The Clerk agreed to add to the January agenda."): its topic."""
    for unit_source in meeting.items:
        span = unit_source.span
        if span.page == action.source.page and span.start <= action.source.start <= span.end:
            before = span.quote[: action.source.start - span.start]
            parts = re.split(r"(?<=[.!?])\s+", before.strip())
            return parts[-1] if parts and parts[-1] else ""
    return ""


_CACHE: OrderedDict[str, Doc] = OrderedDict()  # the least recently used first
# A relink prepares every meeting of the bodies it touches, in the same order each time: a
# cache smaller than the corpus misses on every one of them (at 10,000 documents the old
# limit of 4,096, cleared when full, made each ingest step prepare the corpus again). About
# 10 KB a generated meeting, 85 KB a long real one.
_CACHE_LIMIT = 16_384


def prepared(meeting: Meeting) -> Doc:
    """Per-document preparation, kept across relinks: doc ids are content hashes, and the
    actions' ids are part of the key so a re-parse with other rules is not served stale."""
    key = meeting.doc_id + "|" + ",".join(a.id for a in meeting.actions) + f"|{len(meeting.items)}"
    found = _CACHE.get(key)
    if found is None:
        found = _CACHE[key] = _prepare(meeting)
        while len(_CACHE) > _CACHE_LIMIT:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return found
