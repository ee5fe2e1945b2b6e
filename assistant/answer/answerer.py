"""route -> evidence -> generate -> verify -> Answer.

Action and people questions are answered from the action register and attendee records,
composed by code: the records say it all, and a small model only mixes up owners. Other
questions go through hybrid retrieval; there the model phrases a short answer from a few
short passages (chosen for all the question asks, `coverage`), every sentence is verified
against the evidence it cites before anyone sees it, and the sentences of the minutes the
answer rests on follow it verbatim. When no sentence of the passages found bears on the
question the answer is "The minutes do not say."; when they say only what is still to come,
the answer says so and quotes them. A line that gives another date, sum or name than a
decision of the same page is held out and shown as a notice beside it (`conflicts`).

`Answerer.stream` yields, in order: one `EvidenceEvent` (at once, before any generation),
`TextDelta`s (verified sentences, each as soon as it completes), then one `FinalAnswer`."""

from __future__ import annotations

import dataclasses
import logging
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from assistant import safety
from assistant.llm.client import LLM, LLMError, fallback_notice
from assistant.prompts import render
from assistant.records import (
    ActionItem,
    Answer,
    Evidence,
    EvidenceEvent,
    FinalAnswer,
    Message,
    Person,
    StreamEvent,
    TextDelta,
)
from assistant.verify.verifier import Embeds, Verifier, split_sentences

from . import compose, conflicts, coverage, gate, pending
from . import decisions as dec
from . import evidence as ev
from . import facts as mf
from .route import RegisterLike, RetrieverLike, Route, Router

log = logging.getLogger(__name__)

DECLINE = "The minutes do not say."
TO_COME = "The minutes do not record the outcome; they record:"
NO_FIGURE = "The minutes do not give the figure asked for; they record:"
NOT_SO = "The minutes do not record that; they record:"
MIN_WINDOW_SCORE = 0.30  # below this a retrieved window is not about the question at all
WINDOW_SPREAD = 0.20  # evidence windows kept: within this of the best one
MAX_PASSAGES = 3
MAX_ADDED = 2  # passages kept for what they add to those (coverage.select)
MAX_ACTIONS = 6
MAX_PEOPLE = 3
MAX_COMMITMENTS = 2
MAX_ANSWER_TOKENS = 150  # three short sentences with citations


class Answerer:
    def __init__(
        self,
        retriever: RetrieverLike | None,
        register: RegisterLike | None,
        llm: LLM | None,
        embedder: Embeds,
        *,
        page_text: Any = None,
        notices: Sequence[str] = (),
        k: int = 6,
    ):
        self.retriever = retriever
        self.register = register
        self.router = Router(register, retriever)
        self.llm = llm or LLM("none")
        self.embedder = embedder
        self.verifier = Verifier(embedder, relations=True)
        self._page_text = page_text  # Store.page_text(doc_id, page): checks quotes resolve
        self._notices = list(notices)
        self._k = k
        self._warmed = False

    # ---- public API

    @property
    def notices(self) -> list[str]:
        """What every answer says about the backend (e.g. that it fell back to `none`)."""
        return list(self._notices)

    def ask(
        self, question: str, history: Sequence[Message] | None = None, body: str | None = None
    ) -> Answer:
        return self.answer_with_evidence(question, history, body)[1]

    def answer_with_evidence(
        self, question: str, history: Sequence[Message] | None = None, body: str | None = None
    ) -> tuple[list[Evidence], Answer]:
        """The answer and the evidence it was written from (what evals judge it against)."""
        evidence: list[Evidence] = []
        final: Answer | None = None
        for event in self.stream(question, history, body):
            if isinstance(event, EvidenceEvent):
                evidence = event.evidence
            elif isinstance(event, FinalAnswer):
                final = event.answer
        assert final is not None  # stream always ends with a FinalAnswer
        return evidence, final

    def warm(self) -> None:
        """Load the model and get the static system prompt into its prompt cache (restored
        from disk on the embedded engine when an earlier run saved it), so a question pays
        only for its own evidence. Call when a UI or a chat starts; the first generation
        calls it anyway. Failures are logged, not raised: the question will report them."""
        if self._warmed or not self.llm.available:
            return
        self._warmed = True
        messages = [
            {"role": "system", "content": render("answer_system")},
            {"role": "user", "content": "Reply OK."},
        ]
        try:
            self.llm.prime(messages)
        except LLMError as exc:
            log.warning("warming the LLM failed: %s", exc)

    def route(
        self, question: str, history: Sequence[Message] | None = None, body: str | None = None
    ) -> Route:
        return self.router.route(question.strip(), history, body)

    def stream(
        self, question: str, history: Sequence[Message] | None = None, body: str | None = None
    ) -> Iterator[StreamEvent]:
        question = question.strip()
        route = self.route(question, history, body)
        evidence = self._resolvable(self.gather(route, question, body))
        if not evidence and route.kind in ("role", "next_meeting", "met", "venue", "decision"):
            # The records hold the fact but no line of the minutes states it: search instead.
            route = Route("search", question, body=route.body)
            evidence = self._resolvable(self.gather(route, question, body))
        notices = list(self._notices)
        if route.kind == "search":  # a line the minutes' own decision contradicts is held out
            evidence, found_conflicts = conflicts.settle(question, evidence, self._page_text)
            notices += [c.notice() for c in found_conflicts]
        yield EvidenceEvent(evidence, [ev.citation(e) for e in evidence], route.kind)
        if route.unshown:
            shown_n = sum(e.kind == "action" for e in evidence)
            notices.append(
                f"Showing the {shown_n} most recent actions; {route.unshown} older ones are in "
                f'the action register (`minutes actions --owner "{route.ref}"`).'
            )
        backend = self.llm.backend
        # Shown text cites [1]..[n] in order of first use, the numbers of the final citations.
        shown = compose.Renumbering(evidence)
        kept: list[str] = []
        # whether the minutes answer at all is judged on the passages found for the question,
        # not on those kept only for what they add to them
        found = [e for e in evidence if not e.added]
        if not evidence or not self._answerable(route, question, found, evidence):
            yield self._final(question, kept, shown, backend, notices, route)
            return
        if route.kind != "search":
            for sentence in compose.record_sentences(route.kind, evidence, route.role):
                kept.append(shown.apply(sentence))
                yield TextDelta(kept[-1])
            yield self._final(question, kept, shown, backend, notices, route)
            return
        primary = compose.passage_sentences(question, found)
        # passages kept for what they add say nothing on their own
        picked = compose.passage_sentences(question, evidence) if primary else []
        if not picked:  # no sentence of the passages found bears on what is asked
            yield self._final(question, kept, shown, backend, notices, route)
            return
        # what is still to come may be said in a passage kept for what it adds
        to_come = pending.outcome_to_come(question, primary, found) or pending.outcome_to_come(
            question, picked, evidence
        )
        not_so = pending.premise_contradicted(question, picked)
        if (
            to_come
            or not_so
            or pending.kind_to_come(question, picked)
            or pending.other_period(question, picked)
        ):
            # the minutes say what will be done, not what was, give the figure for another
            # period than the one asked, or say the opposite of what the question takes for
            # granted: decline, and show why
            lead = TO_COME if to_come else NOT_SO if not_so else NO_FIGURE
            for sentence in compose.quoted(picked, lead):
                kept.append(shown.apply(sentence))
                yield TextDelta(kept[-1])
            yield self._final(question, kept, shown, backend, notices, route, answered=False)
            return
        declined: set[str] = set()
        if self.llm.available:
            try:
                for sentence in self._generate(question, evidence, declined):
                    kept.append(shown.apply(sentence))
                    yield TextDelta(kept[-1])
            except LLMError as exc:
                log.warning("generation failed: %s", exc)
                notices.append(fallback_notice(backend, exc))
                backend, kept, shown = "none", [], compose.Renumbering(evidence)
            if backend != "none" and not kept:
                if declined and gate.unasked_topic(question, found):
                    # The model said the minutes do not say, and no passage names all the
                    # question is about: believe it.
                    yield self._final(question, kept, shown, backend, notices, route)
                    return
                # The passages bear on the question but nothing the model wrote survived
                # verification: quote them rather than decline what was found.
                notices.append(
                    "The model's wording could not be verified against the minutes; "
                    "quoting them instead."
                )
                backend = "none"
        # The sentences the answer rests on, verbatim, after any the model phrased: a small
        # model's answer keeps one fact of several, and the reader sees what it stands on.
        for sentence in compose.quoted(picked):
            kept.append(shown.apply(sentence))
            yield TextDelta(kept[-1])
        yield self._final(question, kept, shown, backend, notices, route)

    # ---- evidence

    def gather(self, route: Route, question: str, body: str | None) -> list[Evidence]:
        body = route.body or body
        if route.kind in ("role", "next_meeting", "met", "venue"):
            facts = self._meeting_facts(route)
            if route.kind == "role" and facts and mf.REASON_ASKED.search(question):
                facts += self._why(facts, question, body)
            elif route.kind == "role" and facts and len(ev.asks(question)) > 1:
                facts += self._other_ask(facts, question, body)
            return _numbered(facts)
        if route.kind == "decision":
            items = []
            for meeting, decision in route.decisions:
                items.append(dec.decision_evidence(meeting, decision))
                later = dec.standing(self.register, decision)
                if later is not None:  # what became of it, cited to the meeting that said so
                    items.append(ev.update_evidence(0, *later))
            return _numbered(items)
        if route.kind == "actions":
            items = []
            for action in route.tracked or self._actions(route, body):
                items.append(ev.action_evidence(0, action))
                standing = action.standing()
                if standing:  # where it stands now, cited to the meeting that said so
                    items.append(ev.update_evidence(0, action, standing))
            if route.status != "closed" and not route.tracked:
                # what the register records in any state (closed, or closed by a person's
                # correction) is not a further commitment of the person's
                recorded = [ev.action_evidence(0, a) for a in self._owned(route, body, "all")]
                items += self._commitments(route, body, items + recorded)
            return _numbered(items)
        if route.kind == "person":
            found = [ev.person_evidence(0, p) for p in route.people[:MAX_PEOPLE]]
            return _numbered([e for e in found if e is not None])
        return self._passages(route.query, body)

    def _why(self, facts: list[Evidence], question: str, body: str | None) -> list[Evidence]:
        """ "Who chaired …, and why?": the passage of the same minutes that names the one who
        chaired, beside the record (the Chair's apologies, who asked them to chair)."""
        surnames = {compose.surname(f.fields.get("Name", "")) for f in facts} - {""}
        docs = {f.doc for f in facts}
        for passage in self._passages(question, body):
            if passage.doc in docs and any(
                re.search(rf"\b{re.escape(n)}\b", passage.text) for n in surnames
            ):
                return [passage]
        return []

    def _other_ask(self, facts: list[Evidence], question: str, body: str | None) -> list[Evidence]:
        """ "Who chaired …, and when had she been elected?": the passage of the same minutes
        that answers the second ask, beside the record that answers the first."""
        second = ev.asks(question)[1]
        wanted = ev.asked_words(second) | ev.focus_words(second)
        docs = {f.doc for f in facts}
        for passage in self._passages(question, body):
            if passage.doc in docs and wanted & ev.content_words(passage.text):
                return [dataclasses.replace(passage, fields={**passage.fields, "Ask": second})]
        return []

    def _meeting_facts(self, route: Route) -> list[Evidence]:
        if route.kind == "role" and route.role:
            holders = mf.role_holders(route.meetings, route.role)
            found = (mf.role_evidence(m, p, route.role) for m, p in holders)
            return [e for e in found if e is not None][:MAX_PEOPLE]
        if self.retriever is None:
            return []
        if route.kind == "met":
            dated = []
            for sitting in route.sittings:
                query = f"meeting held on {sitting.date.day} {sitting.date.strftime('%B %Y')}"
                hits = self.retriever.search(query, k=6, doc=sitting.meeting.doc)
                dated.append(mf.sitting_evidence(sitting, hits))
            return [e for e in dated if e is not None]
        if not route.meetings:
            return []
        meeting = route.meetings[0]
        if route.kind == "venue":
            hits = self.retriever.search(mf.VENUE_QUERY, k=6, doc=meeting.doc)
            venue = mf.venue_evidence(meeting, hits)
            return [venue] if venue else []
        hits = self.retriever.search(mf.NEXT_QUERY, k=4, doc=meeting.doc)
        item = mf.next_meeting_evidence(meeting, hits)
        return [item] if item else []

    def _actions(self, route: Route, body: str | None) -> list[ActionItem]:
        # newest first: where a person's work stands now matters more than what they owed years ago
        ordered = sorted(
            self._owned(route, body, route.status),
            key=lambda a: (str(a.meeting_date or ""), -(a.source.start or 0)),
            reverse=True,
        )
        route.unshown = max(0, len(ordered) - MAX_ACTIONS)
        return ordered[:MAX_ACTIONS]

    def _owned(self, route: Route, body: str | None, status: str) -> list[ActionItem]:
        """The register's actions of the person the route names."""
        assert self.register is not None
        found: dict[str, ActionItem] = {}
        owners = [route.ref] if route.ref else []
        owners += [p.name for p in route.people]
        for owner in owners:
            for action in self.register.actions(owner=owner, status=status, body=body):
                found.setdefault(action.id, action)
            if found:
                break  # the printed reference matched: names would only repeat it
        return list(found.values())

    def _commitments(
        self, route: Route, body: str | None, actions: list[Evidence]
    ) -> list[Evidence]:
        """Narrative commitments by the person that no action table records."""
        if self.retriever is None:
            return []
        aliases = [route.ref or ""]
        for person in route.people:
            aliases += [person.name, person.initials or ""]
        aliases = [a for a in aliases if len(a) > 1]
        query = " ".join(dict.fromkeys(aliases)) + " will would agreed to"
        hits = self.retriever.search(query, k=2 * self._k, body=body)
        people_docs = {p.source.doc_id for p in route.people if p.source}
        out = []
        for window in ev.commitment_windows(hits, aliases):
            if people_docs and window.chunk.doc_id not in people_docs:
                continue  # initials mean this person only in the meetings they attended
            start, end = window.chunk.start + window.start, window.chunk.start + window.end
            if any(
                a.doc_id == window.chunk.doc_id
                and a.start is not None
                and a.end is not None
                and a.start < end
                and start < a.end
                for a in actions
            ):
                continue  # the register already has it
            out.append(ev.window_evidence(0, window))
        return out[:MAX_COMMITMENTS]

    def _passages(self, question: str, body: str | None) -> list[Evidence]:
        if self.retriever is None:
            return []
        query = mf.without_body(question, body) if body else question
        compared = [
            self._found(question, query, body, {"date_from": p.start, "date_to": p.end})
            for p in mf.asked_meeting_periods(query)
        ]
        if sum(bool(found) for found in compared) >= 2:  # "between January and May 2024"
            return _interleaved(compared, MAX_PASSAGES + MAX_ADDED)
        period = mf.asked_meeting_period(query)
        if period is not None:  # "in June 2020": that month's meetings, if any are indexed
            dated = {"date_from": period.start, "date_to": period.end}
            passages = self._found(question, query, body, dated)
            if gate.answerable(question, [p for p in passages if not p.added], body):
                return passages
            # "performance in March 2024" may be reported at a later meeting
        return self._found(question, query, body, {})

    def _found(
        self, question: str, query: str, body: str | None, dated: dict[str, Any]
    ) -> list[Evidence]:
        """The passages of the search for `query` (and its focus) that bear on `question`."""
        assert self.retriever is not None
        hits = list(self.retriever.search(query, k=self._k, body=body, **dated))
        focused = ev.focus_query(query)
        if focused and focused.lower() != query.lower():
            hits += self.retriever.search(focused, k=3, body=body, **dated)
        if body:  # a report whose body was not recognised may still be about this one
            hits += mf.about_body(body, self.retriever.search(question, k=self._k, **dated))
        hits = list({h.chunk.chunk_id: h for h in reversed(hits)}.values())[::-1]
        windows = ev.rank_windows(question, hits, self.embedder, per_chunk=2)
        chosen = coverage.select(
            question, windows, MAX_PASSAGES, MAX_ADDED, WINDOW_SPREAD, MIN_WINDOW_SCORE
        )
        passages = [ev.window_evidence(i, w) for i, w in enumerate(chosen, 1)]
        for item in passages:
            item.names = ev.initials_named(item.text, self._roster(item.doc_id))
            item.speaker = self._speaker(item)
        return passages

    def _speaker(self, item: Evidence) -> str | None:
        """Whose turn a passage of a verbatim record is from (its label may be chunks back)."""
        if self.register is None or self._page_text is None or item.start is None:
            return None
        try:
            meeting = self.register.meeting(item.doc_id)
            if meeting is None or meeting.kind != "transcript":
                return None
            return ev.speaker_at(self._page_text(item.doc_id, item.page), item.start)
        except (KeyError, sqlite3.Error):
            log.warning("cannot load %s page %s to find its speaker", item.doc, item.page)
            return None

    def _roster(self, doc_id: str) -> list[Person]:
        """The people a document's initials may stand for: its own attendance list, then
        those of its body's other meetings (an action log lists nobody)."""
        if self.register is None:
            return []
        try:
            meeting = self.register.meeting(doc_id)
            if meeting is None:
                return []
            others = self.register.people(meeting.body) if meeting.body else []
        except sqlite3.Error:
            log.exception("cannot read the attendance list of %s", doc_id)
            return []
        return [*meeting.people, *others]

    def _resolvable(self, evidence: list[Evidence]) -> list[Evidence]:
        """Drop evidence whose quote is not verbatim in its page (a citation must resolve)."""
        if self._page_text is None:
            return evidence
        kept = []
        for item in evidence:
            try:
                page = self._page_text(item.doc_id, item.page)
            except (KeyError, sqlite3.Error):  # page gone, or the index cannot be read
                log.warning("cannot load %s page %s to check a quote", item.doc, item.page)
                continue
            if item.text and item.text in page:
                kept.append(item)
            else:
                log.warning("dropped evidence: quote not found in %s page %s", item.doc, item.page)
        return _numbered(kept)

    def _answerable(
        self, route: Route, question: str, found: list[Evidence], evidence: list[Evidence]
    ) -> bool:
        """Records answer what they were found for; passages must pass the gate."""
        added = [e for e in evidence if e.added]
        return route.kind != "search" or gate.answerable(question, found, route.body, added)

    # ---- generation

    def _generate(
        self, question: str, evidence: list[Evidence], declined: set[str]
    ) -> Iterator[str]:
        """Stream the model's answer; verify and yield each sentence as soon as it is complete
        (a sentence is complete when the next one has started, since citations may follow
        its full stop)."""
        blocks = "\n".join(ev.prompt_block(e) for e in evidence)
        # The system prompt never varies: it is an identical prefix request to request, so
        # llama.cpp's prompt cache reads it once per process (see `warm`).
        messages = [
            {"role": "system", "content": render("answer_system")},
            {"role": "user", "content": render("answer_user", evidence=blocks, question=question)},
        ]
        self.warm()
        buffer = ""
        for delta in self.llm.stream(messages, max_tokens=MAX_ANSWER_TOKENS):
            buffer += delta
            pieces = split_sentences(buffer)
            if len(pieces) < 2 or pieces[-1][0].startswith("["):
                continue
            complete = " ".join(p for p, _ in pieces[:-1])
            # Keep the unfinished sentence as streamed: a delta may end in the space
            # before the next word, which the split's stripping would lose.
            buffer = buffer[buffer.rfind(pieces[-1][0]) :]
            yield from self._verified(complete, evidence, question, declined)
        if buffer.strip():
            yield from self._verified(buffer, evidence, question, declined)

    def _verified(
        self, text: str, evidence: list[Evidence], question: str, declined: set[str]
    ) -> Iterator[str]:
        """Yield the supported sentences; note in `declined` when the model said the minutes
        do not say."""
        checked = self.verifier.verify(text, evidence, question=question, attribute=True)
        for sentence in checked.sentences:
            if _is_decline(sentence.claim):
                declined.add(sentence.claim)
            elif sentence.supported:
                yield sentence.text
            else:
                log.info("removed an unsupported sentence %r: %s", sentence.text, sentence.reasons)

    def _final(
        self,
        question: str,
        kept: list[str],
        shown: compose.Renumbering,
        backend: str,
        notices: list[str],
        route: Route,
        answered: bool = True,
    ) -> FinalAnswer:
        citations = shown.citations()
        text = " ".join(kept)
        if any(safety.LEFT_OUT in (c.quote or "") for c in citations):
            notices = notices + [
                "A cited passage held text addressed to an AI assistant: it was left out and "
                "not followed (`minutes docs` quotes it)."
            ]
        if not citations:
            text = DECLINE
            if route.kind == "actions" and route.people:
                who = ", ".join(p.display for p in route.people)
                status = f"{route.status} " if route.status in ("open", "closed") else ""
                text = f"The minutes do not say: no {status}actions are recorded for {who}."
        return FinalAnswer(
            Answer(
                question=question,
                answer=text,
                answerable=bool(citations) and answered,
                citations=citations,
                backend=backend,
                notices=notices,
            )
        )


def _is_decline(claim: str) -> bool:
    return claim.rstrip(".").strip().lower() == DECLINE.rstrip(".").lower()


def _interleaved(groups: list[list[Evidence]], limit: int) -> list[Evidence]:
    """The best passage of each group, then the second of each, and so on, numbered 1..n: a
    question that compares two meetings reads both."""
    out: list[Evidence] = []
    for rank in range(max(len(g) for g in groups)):
        out += [g[rank] for g in groups if rank < len(g)]
    return _numbered(out[:limit])


def _numbered(items: list[Evidence]) -> list[Evidence]:
    for i, item in enumerate(items, 1):
        item.n = i
    return items
