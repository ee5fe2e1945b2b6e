"""Question routing: action and people questions go to the records (the action register and
attendee lists), as do "who chaired the meeting on ..." and "when is the next meeting"
(meeting records); everything else goes to hybrid retrieval. A question that names a body
the index knows is confined to that body's minutes. Follow-ups in a chat ("and what about
KA?") inherit the route of the previous question."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.records import ActionItem, Decision, Meeting, Message, Person, RouteKind, SearchHit

from . import decisions as dec
from . import facts as mf
from . import tracked

log = logging.getLogger(__name__)


ACTION_WORDS = re.compile(
    r"\b(actions?|assigned|pursuing|responsible|tasks?|to-?dos?|working on|follow(?:ing)?[- ]?ups?"
    r"|outstanding|chasing|owns?|owner|lead(?:ing)? on|agreed to do|committed to)\b",
    re.I,
)
# "Who is LF?", "In the Board's minutes, who is 'KH' and what is her role?"
PERSON_QUESTION = re.compile(
    r"(?:^|[,;:]\s*)(?:and\s+)?who\s*(?:is|was|are|were|'s|’s)\s+(?P<ref>.+?)"
    r"(?:\s*,?\s+and\s+(?:what|which|where|how)\b.*)?\s*\??\s*$",
    re.I,
)
INITIALS_ASKED = re.compile(r"[A-Z]{2,4}[a-z]?")
# "Who took the chair for the planning item?", "... for item 5": one item, not the meeting
ITEM_ASKED = re.compile(
    r"\bfor\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}item\b|\bitems?\s+(?:\d|on\b|about\b)", re.I
)
FOLLOW_UP = re.compile(r"^\s*(?:and\b|what\s+about\b|how\s+about\b|what\s+of\b|same\s+for\b)", re.I)
OPEN_WORDS = re.compile(
    r"\b(open|outstanding|pending|ongoing|pursuing|still|working on|chasing)\b", re.I
)
CLOSED_WORDS = re.compile(r"\b(closed|complete[d]?|done|finished|resolved)\b", re.I)
QUESTION_WORDS = {
    "what",
    "which",
    "who",
    "when",
    "where",
    "how",
    "is",
    "are",
    "did",
    "does",
    "do",
    "and",
    "has",
    "have",
    "was",
    "were",
    "can",
    "list",
    "show",
    "tell",
}
_INITIALS = re.compile(r"\b[A-Z][A-Za-z]?[A-Z][a-z]?\b")
_NAME_RUN = re.compile(
    r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)*"
)
_ROLE_REF = re.compile(
    r"\bthe\s+(clerk|chair(?:man|person)?|vice[- ]chair|treasurer|secretary)\b", re.I
)


class RegisterLike(Protocol):
    def actions(
        self,
        owner: str | None = None,
        status: str = "open",
        body: str | None = None,
        since: Any = None,
        doc: str | None = None,
    ) -> list[ActionItem]: ...
    def resolve(self, ref: str, body: str | None = None) -> list[Person]: ...
    def people(self, body: str | None = None) -> list[Person]: ...
    def meeting(self, doc_id: str) -> Meeting | None: ...


class RetrieverLike(Protocol):
    def search(
        self, query: str, k: int = 5, body: str | None = None, doc: str | None = None
    ) -> list[SearchHit]: ...


@dataclass
class Route:
    kind: RouteKind
    query: str
    ref: str | None = None
    people: list[Person] = field(default_factory=list)
    status: str = "all"
    body: str | None = None  # the body the question names (or the caller chose)
    role: str | None = None  # "chair", "clerk": what a role question asks
    meetings: list[Meeting] = field(default_factory=list)  # records a role/next answer reads
    unshown: int = 0  # actions found but left out of the answer (the oldest)
    sittings: list[mf.Sitting] = field(default_factory=list)  # dates a "when did it meet" reads
    decisions: list[tuple[Meeting, Decision]] = field(default_factory=list)  # a decision answer's
    tracked: list[ActionItem] = field(default_factory=list)  # the actions asked about by topic


def references(question: str) -> list[str]:
    """Ways the question may name a person: initials, name runs, "the Clerk"."""
    refs: list[str] = []
    for match in _ROLE_REF.finditer(question):
        refs.append(match.group(1))
    for match in _NAME_RUN.finditer(question):
        words = match.group(0).split()
        while words and words[0].lower() in QUESTION_WORDS:
            words = words[1:]
        if words and not (len(words) == 1 and _INITIALS.fullmatch(words[0])):
            refs.append(" ".join(words))
    refs.extend(_INITIALS.findall(question))
    cleaned = (re.sub(r"['’]s$", "", r.strip(" ?.,")) for r in refs)
    return list(dict.fromkeys(r for r in cleaned if r))


def last_user_question(history: Sequence[Message] | None) -> str | None:
    for message in reversed(history or []):
        if message.get("role") == "user" and message.get("content", "").strip():
            return message["content"].strip()
    return None


def action_status(question: str) -> str:
    if CLOSED_WORDS.search(question):
        return "closed"
    if OPEN_WORDS.search(question):
        return "open"
    return "all"


def _initials_unasked(question: str) -> str:
    """The question without the initials it asks about: "who is NC?" asks of a person, and does
    not name "Nottingham City"."""
    question = _QUOTED_INITIALS.sub(" ", question)  # "the Action column shows 'LS'"
    asked = PERSON_QUESTION.search(question)
    if asked is None:
        return question
    ref = re.sub(r"['‘’\"]?\b[A-Z]{2,4}\b['‘’\"]?", " ", asked.group("ref"))
    return question[: asked.start("ref")] + ref + question[asked.end("ref") :]


_QUOTED_INITIALS = re.compile(r"['‘\"“]\b[A-Z]{2,4}\b['’\"”]")


class Router:
    def __init__(self, register: RegisterLike | None, retriever: Any = None):
        self.register = register
        self.retriever = retriever

    def route(
        self, question: str, history: Sequence[Message] | None = None, body: str | None = None
    ) -> Route:
        previous = last_user_question(history)
        named = body or self.named_body(question)
        if previous and FOLLOW_UP.match(question) and not ACTION_WORDS.search(question):
            base = self.route(previous, None, body)
            named = named or base.body
            follow = self._direct(question, named, inherit=base)
            if follow is not None:
                return follow
            return Route("search", f"{previous} {question}", body=named)
        found = (
            self._structured(question, named)
            or self._direct(question, named)
            or self._tracked(question, named)
            or self._decisions(question, named)
        )
        return found or Route("search", question, body=named)

    def bodies(self) -> list[str]:
        """Bodies the index knows: the register's meetings and the store's documents."""
        names: set[str] = set()
        for source in (self.register, getattr(self.retriever, "store", None)):
            lister = getattr(source, "bodies", None)
            if lister is None:
                continue
            try:
                names.update(b for b in lister() if b)
            except sqlite3.Error:  # an unreadable index must not stop answering; no body named
                log.exception("listing bodies failed")
        return sorted(names)

    def named_body(self, question: str) -> str | None:
        return mf.named_body(_initials_unasked(question), self.bodies())

    def _structured(self, question: str, body: str | None) -> Route | None:
        """Who held a role at a meeting, or when the next meeting is: read off the meeting
        records of the body named and the period asked about."""
        if ACTION_WORDS.search(question):
            return None
        role = mf.asked_role(question)
        next_meeting = mf.asks_next_meeting(question)
        when, where = mf.asks_when_met(question), mf.asks_where_met(question)
        if not (role or next_meeting or when or where):
            return None
        meetings = self._meetings(body)
        if meetings is None:
            return None
        period = mf.asked_period(question)
        if when and not role:
            found = mf.sittings(meetings, period, question)
            return Route("met", question, body=body, sittings=found) if found else None
        if where and not role:
            held = [m for m in meetings if m.date and (period is None or period.holds(m.date))]
            if not held:
                return None
            last = max(held, key=lambda m: (m.date, m.doc))  # type: ignore[arg-type,return-value]
            return Route("venue", question, body=body, meetings=[last])
        if role:
            if ITEM_ASKED.search(question):
                return None  # who chaired one item: the minutes say so where the item is
            held = [m for m in meetings if period is None or period.holds(m.date)]
            if period is None:  # no date named: the latest meeting of each body
                latest: dict[str | None, Meeting] = {}
                for meeting in held:
                    if mf.role_holders([meeting], role):
                        latest[meeting.body] = meeting
                held = list(latest.values())
            if body is None and len({m.body for m in held}) > 1:
                # no body named that the index knows: those the question's words name best
                held = mf.closest_bodies(held, question)
            if mf.role_holders(held, role):
                return Route("role", question, body=body, role=role, meetings=held)
            return None
        chosen = mf.meeting_before(meetings, period)
        if chosen is None or (period is not None and not mf.near(chosen, period)):
            return None
        return Route("next_meeting", question, body=body, meetings=[chosen])

    def _meetings(self, body: str | None) -> list[Meeting] | None:
        """The body's meeting records; None when there is no register to read them from."""
        lister = getattr(self.register, "meetings", None)
        if lister is None:
            return None
        try:
            return list(lister(body))
        except sqlite3.Error:  # an unreadable register: search still answers
            log.exception("register.meetings(%r) failed", body)
            return None

    def _tracked(self, question: str, body: str | None) -> Route | None:
        """ "What happened to the governor walkabout?": the register's record of that action."""
        if self.register is None or not tracked.asks_what_became(question):
            return None
        try:
            actions = self.register.actions(status="all", body=body)
        except sqlite3.Error:  # an unreadable register: search still answers
            log.exception("register.actions failed")
            return None
        found = tracked.matching(actions, question)
        return Route("actions", question, body=body, tracked=found) if found else None

    def _decisions(self, question: str, body: str | None) -> Route | None:
        """ "What did the council decide about X?": the decision records about X, if any."""
        if not dec.asks_decision(question):
            return None
        meetings = self._meetings(body)
        if meetings is None:
            return None
        found = dec.matching(meetings, question, mf.asked_period(question))
        return Route("decision", question, body=body, decisions=found) if found else None

    def _direct(
        self, question: str, body: str | None, inherit: Route | None = None
    ) -> Route | None:
        if self.register is None:
            return None
        person_question = PERSON_QUESTION.search(question)
        wants_actions = bool(ACTION_WORDS.search(question)) or (
            inherit is not None and inherit.kind == "actions"
        )
        wants_person = (bool(person_question) and not mf.asks_who_was_chosen(question)) or (
            inherit is not None and inherit.kind == "person"
        )
        if not (wants_actions or wants_person):
            return None
        candidates = references(question)
        if person_question:
            asked = person_question.group("ref").strip(" ?.'\"‘’“”")
            parts = [p.strip(" '\"‘’“”") for p in re.split(r"\s*(?:,|\band\b|&)\s*", asked)]
            if (
                not wants_actions
                and len(parts) > 1
                and all(INITIALS_ASKED.fullmatch(p) for p in parts)
            ):
                # "who are 'NC' and 'AI'?": each of them
                found = [self._in_period(self.resolve(p, body), question, body) for p in parts]
                if all(found):
                    return Route("person", question, asked, [q for f in found for q in f])
            candidates.insert(0, asked)
        for ref in candidates:
            people = self._in_period(self.resolve(ref, body), question, body)
            if people:
                if wants_actions:
                    status = (
                        inherit.status
                        if inherit and not ACTION_WORDS.search(question)
                        else action_status(question)
                    )
                    return Route("actions", question, ref, people, status)
                return Route("person", question, ref, people)
        return None

    def _in_period(self, people: list[Person], question: str, body: str | None) -> list[Person]:
        """ "In the March 2025 notes, who is 'GE'?": only the people of the bodies that met in
        that period, not someone of another body with those initials; and where no body is
        named clearly ("the drainage board's minutes"), of the bodies the question's words
        name best, where it names any."""
        period = mf.asked_period(question)
        meetings = self._meetings(body) if people and (period or body is None) else None
        if meetings is None:
            return people
        held = [m for m in meetings if period is None or period.holds(m.date)]
        if body is None and len({m.body for m in held}) > 1:
            held = mf.closest_bodies(held, _initials_unasked(question)) or held
        if period is None and len(held) == len(meetings):
            return people
        docs, bodies = {m.doc_id for m in held}, {m.body for m in held if m.body}
        return [
            p
            for p in people
            if (p.body and p.body in bodies) or (p.source is not None and p.source.doc_id in docs)
        ]

    def resolve(self, ref: str, body: str | None) -> list[Person]:
        assert self.register is not None
        try:
            return list(self.register.resolve(ref, body=body))
        except sqlite3.Error:  # an unreadable register: search still works
            log.exception("register.resolve(%r) failed", ref)
            return []
