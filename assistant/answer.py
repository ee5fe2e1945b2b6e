"""route -> evidence -> generate -> verify -> Answer.

Action and people questions are answered from the action register and attendee records
(code filters and decides; the model only phrases); other questions from hybrid retrieval.
Every generated sentence is verified against the evidence it cites before anyone sees it,
and when nothing survives the answer is "The minutes do not say."

`Answerer.stream` yields, in order: one `EvidenceEvent` (at once, before any generation),
`TextDelta`s (verified sentences, as each completes), then one `FinalAnswer`."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from . import evidence as ev
from .llm import LLM, LLMError, fallback_notice
from .prompts import render
from .records import ActionItem, Answer, Citation, Person, SearchHit
from .verify import Embeds, Evidence, Verifier, _numbers, _sentence_numbers, split_sentences

log = logging.getLogger(__name__)

DECLINE = "The minutes do not say."
MIN_WINDOW_SCORE = 0.30  # below this a retrieved window is not about the question at all
WINDOW_SPREAD = 0.20  # evidence windows kept: within this of the best one
MAX_PASSAGES = 3
MAX_ACTIONS = 6
MAX_PEOPLE = 3
MAX_COMMITMENTS = 2

Message = dict[str, str]
RouteKind = Literal["actions", "person", "search"]

ACTION_WORDS = re.compile(
    r"\b(actions?|assigned|pursuing|responsible|tasks?|to-?dos?|working on|follow(?:ing)?[- ]?ups?"
    r"|outstanding|chasing|owns?|owner|lead(?:ing)? on|agreed to do|committed to)\b",
    re.I,
)
PERSON_QUESTION = re.compile(
    r"^\s*(?:and\s+)?who\s*(?:is|was|'s|’s)\s+(?P<ref>.+?)\s*\??\s*$", re.I
)
FOLLOW_UP = re.compile(r"^\s*(?:and\b|what\s+about\b|how\s+about\b|what\s+of\b|same\s+for\b)", re.I)
OPEN_WORDS = re.compile(
    r"\b(open|outstanding|pending|ongoing|pursuing|still|working on|chasing)\b", re.I
)
CLOSED_WORDS = re.compile(r"\b(closed|complete[d]?|done|finished|resolved)\b", re.I)
QUESTION_WORDS = {"what", "which", "who", "when", "where", "how", "is", "are", "did", "does",
                  "do", "and", "has", "have", "was", "were", "can", "list", "show", "tell"}
_INITIALS = re.compile(r"\b[A-Z][A-Za-z]?[A-Z][a-z]?\b")
_NAME_RUN = re.compile(
    r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)*"
)
_ROLE_REF = re.compile(
    r"\bthe\s+(clerk|chair(?:man|person)?|vice[- ]chair|treasurer|secretary)\b", re.I
)


class RegisterLike(Protocol):
    def actions(self, owner: str | None = None, status: str = "open", body: str | None = None,
                since: Any = None) -> list[ActionItem]: ...
    def resolve(self, ref: str, body: str | None = None) -> list[Person]: ...


class RetrieverLike(Protocol):
    def search(self, query: str, k: int = 5, body: str | None = None) -> list[SearchHit]: ...


@dataclass
class Route:
    kind: RouteKind
    query: str
    ref: str | None = None
    people: list[Person] = field(default_factory=list)
    status: str = "all"


@dataclass
class EvidenceEvent:
    evidence: list[Evidence]
    citations: list[Citation]
    route: RouteKind


@dataclass
class TextDelta:
    text: str


@dataclass
class FinalAnswer:
    answer: Answer


StreamEvent = EvidenceEvent | TextDelta | FinalAnswer


# --------------------------------------------------------------------------- routing


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


# --------------------------------------------------------------------------- the answerer


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
        self.llm = llm or LLM("none")
        self.embedder = embedder
        self.verifier = Verifier(embedder)
        self._page_text = page_text  # Store.page_text(doc_id, page): checks quotes resolve
        self._notices = list(notices)
        self._k = k

    # ---- public API

    def ask(self, question: str, history: Sequence[Message] | None = None,
            body: str | None = None) -> Answer:
        final: Answer | None = None
        for event in self.stream(question, history, body):
            if isinstance(event, FinalAnswer):
                final = event.answer
        assert final is not None  # stream always ends with a FinalAnswer
        return final

    def stream(self, question: str, history: Sequence[Message] | None = None,
               body: str | None = None) -> Iterator[StreamEvent]:
        question = question.strip()
        route = self.route(question, history, body)
        evidence = self._resolvable(self.gather(route, question, body))
        yield EvidenceEvent(evidence, [ev.citation(e) for e in evidence], route.kind)
        notices = list(self._notices)
        backend = self.llm.backend
        if not evidence or not self._answerable(route, question, evidence):
            yield from self._finish(question, [], evidence, backend, notices, route)
            return
        kept: list[str] = []
        if self.llm.available:
            try:
                for sentence in self._generate(route, question, evidence):
                    kept.append(sentence)
                    yield TextDelta(sentence)
            except LLMError as exc:
                log.warning("generation failed: %s", exc)
                notices.append(fallback_notice(backend, exc))
                backend = "none"
                kept = []
        if backend != "none" and route.kind == "search" and not kept:
            # The gate found the question answerable but nothing the model wrote survived
            # verification: show the passages rather than a decline the evidence contradicts.
            notices.append("The generated answer could not be verified; showing the passages.")
            backend = "none"
        if backend == "none" or route.kind == "actions":
            # Extractive answer, or completion of the actions the model left out or got wrong.
            cited = _covered(kept, evidence)
            for sentence in self._extractive(route, question, evidence, cited):
                kept.append(sentence)
                yield TextDelta(sentence)
        yield from self._finish(question, kept, evidence, backend, notices, route)

    # ---- routing

    def route(self, question: str, history: Sequence[Message] | None = None,
              body: str | None = None) -> Route:
        previous = last_user_question(history)
        if previous and FOLLOW_UP.match(question) and not ACTION_WORDS.search(question):
            base = self.route(previous, None, body)
            follow = self._direct_route(question, body, inherit=base)
            if follow is not None:
                return follow
            return Route("search", f"{previous} {question}")
        return self._direct_route(question, body) or Route("search", question)

    def _direct_route(self, question: str, body: str | None,
                      inherit: Route | None = None) -> Route | None:
        if self.register is None:
            return None
        person_question = PERSON_QUESTION.match(question)
        wants_actions = bool(ACTION_WORDS.search(question)) or (
            inherit is not None and inherit.kind == "actions"
        )
        wants_person = bool(person_question) or (inherit is not None and inherit.kind == "person")
        if not (wants_actions or wants_person):
            return None
        candidates = references(question)
        if person_question:
            candidates.insert(0, person_question.group("ref").strip(" ?."))
        for ref in candidates:
            people = self._resolve(ref, body)
            if people:
                if wants_actions:
                    status = inherit.status if inherit and not ACTION_WORDS.search(question) \
                        else action_status(question)
                    return Route("actions", question, ref, people, status)
                return Route("person", question, ref, people)
        return None

    def _resolve(self, ref: str, body: str | None) -> list[Person]:
        assert self.register is not None
        try:
            return list(self.register.resolve(ref, body=body))
        except Exception:  # a register bug must not take answering down; search still works
            log.exception("register.resolve(%r) failed", ref)
            return []

    # ---- evidence

    def gather(self, route: Route, question: str, body: str | None) -> list[Evidence]:
        if route.kind == "actions":
            items = [ev.action_evidence(0, a) for a in self._actions(route, body)]
            if route.status != "closed":
                items += self._commitments(route, body, items)
            for i, item in enumerate(items, 1):
                item.n = i
            return items
        if route.kind == "person":
            found = [ev.person_evidence(0, p) for p in route.people[:MAX_PEOPLE]]
            items = [e for e in found if e is not None]
            for i, item in enumerate(items, 1):
                item.n = i
            return items
        return self._passages(route.query, body)

    def _actions(self, route: Route, body: str | None) -> list[ActionItem]:
        assert self.register is not None
        found: dict[str, ActionItem] = {}
        owners = [route.ref] if route.ref else []
        owners += [p.name for p in route.people]
        for owner in owners:
            for action in self.register.actions(owner=owner, status=route.status, body=body):
                found.setdefault(action.id, action)
            if found:
                break  # the printed reference matched: names would only repeat it
        ordered = sorted(found.values(), key=lambda a: (str(a.meeting_date or ""), a.source.start))
        return ordered[:MAX_ACTIONS]

    def _commitments(self, route: Route, body: str | None,
                     actions: list[Evidence]) -> list[Evidence]:
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
            if any(a.doc_id == window.chunk.doc_id and a.start is not None and a.end is not None
                   and a.start < end and start < a.end for a in actions):
                continue  # the register already has it
            out.append(ev.window_evidence(0, window))
        return out[:MAX_COMMITMENTS]

    def _passages(self, query: str, body: str | None) -> list[Evidence]:
        if self.retriever is None:
            return []
        hits = list(self.retriever.search(query, k=self._k, body=body))
        focused = ev.focus_query(query)
        if focused and focused.lower() != query.lower():
            seen = {h.chunk.chunk_id for h in hits}
            for hit in self.retriever.search(focused, k=3, body=body):
                if hit.chunk.chunk_id not in seen:
                    hits.append(hit)
        windows = ev.rank_windows(query, hits, self.embedder, per_chunk=2)
        if not windows:
            return []
        floor = max(MIN_WINDOW_SCORE, windows[0].score - WINDOW_SPREAD)
        chosen = [w for w in windows if w.score >= floor][:MAX_PASSAGES]
        return [ev.window_evidence(i, w) for i, w in enumerate(chosen, 1)]

    def _resolvable(self, evidence: list[Evidence]) -> list[Evidence]:
        """Drop evidence whose quote is not verbatim in its page (a citation must resolve)."""
        if self._page_text is None:
            return evidence
        kept = []
        for item in evidence:
            try:
                page = self._page_text(item.doc_id, item.page)
            except Exception:
                log.warning("cannot load %s page %s to check a quote", item.doc, item.page)
                continue
            if item.text and item.text in page:
                kept.append(item)
            else:
                log.warning("dropped evidence: quote not found in %s page %s", item.doc, item.page)
        for i, item in enumerate(kept, 1):
            item.n = i
        return kept

    def _answerable(self, route: Route, question: str, evidence: list[Evidence]) -> bool:
        """Cheap checks before any generation: the numbers the question names (a year, an
        amount) must appear in some evidence, and retrieved passages must share a content
        word with the question."""
        if route.kind != "search":
            return True
        haystack = " ".join(e.haystack for e in evidence)
        if _sentence_numbers(question) - _numbers(haystack.lower()):
            return False
        wanted = ev.focus_words(question)
        return not wanted or any(wanted & ev.content_words(e.text) for e in evidence)

    # ---- generation

    def _generate(self, route: Route, question: str, evidence: list[Evidence]) -> Iterator[str]:
        blocks = "\n".join(ev.prompt_block(e) for e in evidence)
        template = "actions_user" if route.kind == "actions" else "answer_user"
        messages = [
            {"role": "system", "content": render("answer_system")},
            {"role": "user", "content": render(template, evidence=blocks, question=question)},
        ]
        max_tokens = 60 * len(evidence) if route.kind == "actions" else 160
        buffer = ""
        for delta in self.llm.stream(messages, max_tokens=max_tokens):
            buffer += delta
            pieces = split_sentences(buffer)
            if len(pieces) < 2 or pieces[-1][0].startswith("["):
                continue
            complete = " ".join(p for p, _ in pieces[:-1])
            buffer = pieces[-1][0]
            yield from self._verified(complete, evidence)
        if buffer.strip():
            yield from self._verified(buffer, evidence)

    def _verified(self, text: str, evidence: list[Evidence]) -> Iterator[str]:
        checked = self.verifier.verify(text, evidence)
        for sentence in checked.kept:
            if sentence.claim.rstrip(".").strip().lower() != DECLINE.rstrip(".").lower():
                yield sentence.text

    # ---- extractive answers (backend none, and completing action lists)

    def _extractive(self, route: Route, question: str, evidence: list[Evidence],
                    already: set[int]) -> list[str]:
        todo = [e for e in evidence if e.n not in already]
        if route.kind == "actions":
            return [_action_sentence(e) if e.kind == "action" else f"{_flat(e.text)} [{e.n}]"
                    for e in todo]
        if route.kind == "person":
            return [_person_sentence(e) for e in todo[:1]] if not already else []
        if already:
            return []
        wanted = ev.focus_words(question)
        numbers = _sentence_numbers(question)
        picked = []
        for item in todo:
            words = ev.content_words(item.text)
            if wanted and not wanted & words:
                continue
            if numbers - _numbers(item.haystack.lower()):
                continue
            picked.append(f"{_flat(item.text)} [{item.n}]")
            if len(picked) == 2:
                break
        return picked

    def _finish(self, question: str, kept: list[str], evidence: list[Evidence], backend: str,
                notices: list[str], route: Route) -> Iterator[StreamEvent]:
        by_n = {e.n: e for e in evidence}
        cited = [n for s in kept for n in _cited(s)]
        order = list(dict.fromkeys(n for n in cited if n in by_n))
        if not kept or not order:
            text = DECLINE
            if route.kind == "actions" and route.people:
                who = ", ".join(p.display for p in route.people)
                text = f"The minutes do not say: no {_status_word(route.status)}actions are " \
                       f"recorded for {who}."
            answer = Answer(question=question, answer=text, answerable=False, citations=[],
                            backend=backend, notices=notices)
        else:
            answer = Answer(question=question, answer=" ".join(kept), answerable=True,
                            citations=[ev.citation(by_n[n]) for n in order], backend=backend,
                            notices=notices)
        yield FinalAnswer(answer)


def _covered(kept: list[str], evidence: list[Evidence]) -> set[int]:
    """Evidence a kept sentence really speaks about: it cites it and shares at least two
    content words with it ("Progress: Ongoing [1][2]" covers nothing)."""
    by_n = {e.n: e for e in evidence}
    covered = set()
    for sentence in kept:
        words = ev.content_words(sentence)
        for n in _cited(sentence):
            item = by_n.get(n)
            if item and len(words & ev.content_words(item.fields.get("Action", item.text))) >= 2:
                covered.add(n)
    return covered


def _status_word(status: str) -> str:
    return f"{status} " if status in ("open", "closed") else ""


def _cited(sentence: str) -> list[int]:
    return [int(n) for group in re.findall(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]", sentence)
            for n in re.split(r"[,;]", group)]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _action_sentence(item: Evidence) -> str:
    """One cited sentence per action, composed from the register's fields (the facts the
    verifier checks against), e.g. "Laurence Jones (LJ): enquire about ... (open; progress:
    Ongoing) [1]"."""
    facts = item.fields
    owners = ", ".join(item.owners) or "No owner named"
    status = facts.get("Status", "unknown")
    progress = f"; progress: {_flat(facts['Progress'])}" if facts.get("Progress") else ""
    due = f"; due {facts['Due']}" if facts.get("Due") else ""
    description = _flat(facts.get("Action", item.text)).rstrip(".")
    return f"{owners}: {description} ({status}{progress}{due}) [{item.n}]."


def _person_sentence(item: Evidence) -> str:
    facts = item.fields
    who = facts.get("Name", "")
    if facts.get("Initials"):
        who = f"{facts['Initials']} is {who}"
    details = [facts[k] for k in ("Role", "Organisation") if facts.get(k)]
    tail = f", {', '.join(details)}" if details else ""
    where = f" ({facts.get('Attendance', 'present')}, {item.meeting})" if item.meeting else ""
    return f"{who}{tail}{where} [{item.n}]."
