"""Fakes for answering tests: a scripted LLM (and one that lies), a retriever, a register,
and a deterministic embedder whose similarity really ranks (bag of hashed word stems)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import Any

import numpy as np

from assistant.llm.client import LLM, LLMUnavailable
from assistant.records import ActionItem, Chunk, Meeting, Person, SearchHit, Span

DIM = 256


class HashEmbedder:
    """Word-stem bag-of-words vectors, L2-normalised: texts that share words are close."""

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                if len(word) < 2:
                    continue
                slot = int(hashlib.md5(word[:5].encode()).hexdigest(), 16) % DIM
                out[row, slot] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out


class FakeLLM(LLM):
    """Replies with queued texts, in order; records every request in `history`."""

    def __init__(self, backend: str = "server"):
        super().__init__(backend, base_url="http://fake.invalid/v1")
        self.queue: list[str | Exception] = []
        self.history: list[list[dict[str, str]]] = []
        self.primed: list[list[dict[str, str]]] = []

    def prime(self, messages: list[dict[str, str]]) -> None:
        self.primed.append(messages)

    def enqueue(self, *replies: str | Exception) -> FakeLLM:
        self.queue.extend(replies)
        return self

    def _next(self, messages: list[dict[str, str]]) -> str:
        self.history.append(messages)
        if not self.queue:
            raise AssertionError("FakeLLM called more often than scripted")
        reply = self.queue.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def chat(self, messages: list[dict[str, str]], **_: Any) -> str:
        return self._next(messages)

    def stream(self, messages: list[dict[str, str]], **_: Any) -> Iterator[str]:
        text = self._next(messages)
        # Token-ish pieces, so sentence assembly across deltas is exercised.
        yield from re.findall(r"\S+\s*|\s+", text)

    def extract(self, messages: list[dict[str, str]], schema: dict[str, Any], **_: Any) -> Any:
        import json

        return json.loads(self._next(messages))


class LyingLLM(FakeLLM):
    """Mixes true cited sentences with lies: an owner swap, a wrong number, an invented
    budget, an uncited claim, and obedience to instructions planted in the evidence."""


class UnreachableLLM(FakeLLM):
    def stream(self, messages: list[dict[str, str]], **_: Any) -> Iterator[str]:
        self.history.append(messages)
        raise LLMUnavailable("the LLM server at http://127.0.0.1:9/v1 is unreachable")


PAGE_TEXT: dict[tuple[str, int | None], str] = {}


def chunk(
    doc_id: str,
    text: str,
    page_text: str | None = None,
    body: str = "Test Board",
    date: dt.date | None = dt.date(2020, 3, 4),
    item: str | None = None,
) -> Chunk:
    """A chunk whose text is a verbatim slice of its (registered) page text."""
    page = page_text if page_text is not None else text
    start = page.index(text)
    PAGE_TEXT[(doc_id, None)] = page
    return Chunk(
        chunk_id=f"{doc_id}:{start}",
        doc_id=doc_id,
        doc=f"{doc_id}.txt",
        page=None,
        item=item,
        body=body,
        date=date,
        start=start,
        end=start + len(text),
        text=text,
    )


def page_text(doc_id: str, page: int | None) -> str:
    return PAGE_TEXT[(doc_id, page)]


class FakeRetriever:
    def __init__(self, chunks: list[Chunk]):
        self.chunks = chunks
        self.queries: list[str] = []
        self._embedder = HashEmbedder()

    def search(
        self,
        query: str,
        k: int = 5,
        body: str | None = None,
        doc: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[SearchHit]:
        """Filters like the real retriever: body by substring, doc by file name, meeting date."""
        self.queries.append(query)
        chunks = [
            c
            for c in self.chunks
            if (body is None or body.lower() in (c.body or "").lower())
            and (doc is None or doc == c.doc)
            and (date_from is None or (c.date is not None and c.date >= date_from))
            and (date_to is None or (c.date is not None and c.date <= date_to))
        ]
        if not chunks:
            return []
        vectors = self._embedder.embed([query] + [c.text for c in chunks])
        scores = vectors[1:] @ vectors[0]
        order = np.argsort(-scores)[:k]
        return [SearchHit(chunk=chunks[i], score=float(scores[i])) for i in order]


def span(doc_id: str, page: str, quote: str) -> Span:
    PAGE_TEXT[(doc_id, None)] = page
    start = page.index(quote)
    return Span(
        doc_id=doc_id,
        doc=f"{doc_id}.txt",
        page=None,
        start=start,
        end=start + len(quote),
        quote=quote,
    )


class FakeRegister:
    def __init__(
        self,
        people: list[Person],
        actions: list[ActionItem],
        meetings: list[Meeting] | None = None,
    ):
        self._people = people
        self._actions = actions
        self._meetings = meetings or []
        self.calls: list[tuple[str | None, str]] = []

    def meetings(self, body: str | None = None) -> list[Meeting]:
        return [m for m in self._meetings if not body or body.lower() in (m.body or "").lower()]

    def bodies(self) -> list[str]:
        return sorted({m.body for m in self._meetings if m.body})

    def meeting(self, doc_id: str) -> Meeting | None:
        return next((m for m in self._meetings if m.doc_id == doc_id), None)

    def resolve(self, ref: str, body: str | None = None) -> list[Person]:
        ref_l = ref.lower()
        return [
            p
            for p in self._people
            if ref_l in {p.name.lower(), (p.initials or "").lower()}
            or ref_l == p.name.split()[-1].lower()
        ]

    def people(self, body: str | None = None) -> list[Person]:
        return list(self._people)

    def actions(
        self,
        owner: str | None = None,
        status: str = "open",
        body: str | None = None,
        since: Any = None,
        doc: str | None = None,
    ) -> list[ActionItem]:
        self.calls.append((owner, status))
        out = []
        for action in self._actions:
            if doc is not None and doc not in (action.source.doc, action.source.doc_id):
                continue
            if status != "all" and action.status != status:
                continue
            if owner:
                people = self.resolve(owner)
                names = {p.display for p in people} | {owner}
                if not names & set(action.owners) and owner not in action.owner_refs:
                    continue
            out.append(action)
        return out
