"""Hybrid search: dense (Chroma, cosine) and lexical (SQLite FTS5, BM25) fused by reciprocal rank.
The lexical side is what finds initials and acronyms (LJ, CAF, MASH) that embeddings blur."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.records import SearchHit
from assistant.text import STOP_WORDS, WORD

from .embed import Embedder
from .index import Store, to_epoch

CODE_LIKE = re.compile(r"\b[A-Z]{2,4}[a-z]?\b")  # initials, acronyms: "LJ", "ESe", "CAMHS"
RRF_K = 60  # the usual reciprocal-rank constant: damps the weight of the very top ranks


class Retriever:
    def __init__(self, store: Store, embedder: Embedder):
        self.store = store
        self.embedder = embedder

    def search(
        self,
        query: str,
        k: int = 5,
        body: str | None = None,
        doc: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[SearchHit]:
        filters = self._filters(body, doc, date_from, date_to)
        if filters is None:  # a filter that matches nothing known
            return []
        where, sql_filter, params = filters
        pool = max(4 * k, 20)
        dense = self.store.dense(self.embedder.embed_one(query), pool, where)
        lexical = self.store.lexical(fts_query(query), pool, sql_filter, params)
        rankings = [dense, lexical]
        # embeddings blur initials and reference codes ("DV", "TM/17/131"), and common words
        # outscore them in a lexical OR: where the query has some, they rank on their own too
        codes = " OR ".join(f'"{c}"' for c in dict.fromkeys(CODE_LIKE.findall(query)))
        if codes:
            rankings.append(self.store.lexical(codes, pool, sql_filter, params))
        fused: dict[str, float] = {}
        for ranking in rankings:
            for rank, (chunk_id, _) in enumerate(ranking):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        best = sorted(fused, key=lambda cid: fused[cid], reverse=True)[:k]
        chunks = self.store.chunks_by_id(best)
        return [SearchHit(chunk=chunks[cid], score=fused[cid]) for cid in best if cid in chunks]

    def _filters(
        self,
        body: str | None,
        doc: str | None,
        date_from: dt.date | None,
        date_to: dt.date | None,
    ) -> tuple[dict[str, Any] | None, str, list[Any]] | None:
        clauses: list[dict[str, Any]] = []
        sql: list[str] = []
        params: list[Any] = []
        if body:
            bodies = [b for b in self.store.bodies() if body.lower() in b.lower()]
            if not bodies:
                return None
            clauses.append({"body": {"$in": bodies}})
            sql.append(f"chunks.body IN ({','.join('?' * len(bodies))})")
            params += bodies
        if doc:
            doc_ids = sorted({d.doc_id for d in self.store.find_documents(doc)})
            if not doc_ids:
                return None
            clauses.append({"doc_id": {"$in": doc_ids}})
            sql.append(f"chunks.doc_id IN ({','.join('?' * len(doc_ids))})")
            params += doc_ids
        if date_from:
            clauses.append({"date": {"$gte": to_epoch(date_from)}})
            sql.append("chunks.date >= ?")
            params.append(to_epoch(date_from))
        if date_to:
            clauses.append({"date": {"$lte": to_epoch(date_to)}})
            sql.append("chunks.date <= ?")
            params.append(to_epoch(date_to))
        where = None if not clauses else clauses[0] if len(clauses) == 1 else {"$and": clauses}
        sql_filter = "".join(f" AND {clause}" for clause in sql)
        return where, sql_filter, params


class ScopedRetriever:
    """A retriever whose every search keeps to one document and a date range (the filters a
    user sets in the chat), unless a search names its own."""

    def __init__(
        self,
        retriever: Retriever,
        doc: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ):
        self.retriever = retriever
        self.doc, self.date_from, self.date_to = doc, date_from, date_to

    def search(
        self,
        query: str,
        k: int = 5,
        body: str | None = None,
        doc: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[SearchHit]:
        return self.retriever.search(
            query,
            k,
            body=body,
            doc=doc or self.doc,
            date_from=date_from or self.date_from,
            date_to=date_to or self.date_to,
        )


def fts_query(query: str) -> str:
    """An FTS5 OR-query of the query's content words, each quoted so that no user text is
    read as FTS syntax, plus each run of capitalised words ("Ann Berry", "North Vale") as a
    phrase: a name matched whole outranks its parts scattered over other minutes."""
    words = [w.strip("'’") for w in WORD.findall(query)]
    terms = [w.lower() for w in words if w and w.lower() not in STOP_WORDS]
    phrases = [" ".join(run).lower() for run in _capitalised_runs(words) if len(run) > 1]
    return " OR ".join(f'"{term}"' for term in dict.fromkeys(phrases + terms))


def _capitalised_runs(words: list[str]) -> list[list[str]]:
    runs: list[list[str]] = [[]]
    for word in words:
        if word[:1].isupper() and word.lower() not in STOP_WORDS:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]
