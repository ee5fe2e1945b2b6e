"""The index: Chroma for dense vectors, SQLite (FTS5) for pages, chunks, lexical search and the
document catalogue. A document is `pending` until all of its chunks are in both stores, so an
interrupted ingest is detected and redone on the next run."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlparse

import numpy as np

from assistant.records import Chunk, Document, DocumentInfo, Page

from .database import Database
from .embed import Embedder

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    state TEXT NOT NULL,            -- pending | complete
    pages INTEGER NOT NULL DEFAULT 0,
    chunks INTEGER NOT NULL DEFAULT 0,
    body TEXT,
    date TEXT,
    warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents(doc_id);
CREATE TABLE IF NOT EXISTS pages (
    doc_id TEXT NOT NULL,
    number INTEGER NOT NULL,        -- -1 for formats without pages
    text TEXT NOT NULL,
    PRIMARY KEY (doc_id, number)
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY,
    chunk_id TEXT UNIQUE NOT NULL,
    doc_id TEXT NOT NULL,
    doc TEXT NOT NULL,
    page INTEGER,
    item TEXT,
    body TEXT,
    date INTEGER,                   -- epoch seconds (UTC midnight) of the meeting date
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc_id ON chunks(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    text, item, doc, content='chunks', content_rowid='rowid', tokenize='unicode61'
);
CREATE TABLE IF NOT EXISTS embeddings (
    text_hash TEXT PRIMARY KEY,
    vector BLOB NOT NULL
);
"""


@dataclass
class DocumentWrite:
    """One document's chunks, ready to be stored."""

    doc: Document
    chunks: list[Chunk]
    body: str | None
    date: dt.date | None


def to_epoch(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def from_epoch(value: int | None) -> dt.date | None:
    return None if value is None else dt.datetime.fromtimestamp(value, tz=dt.UTC).date()


class Store:
    def __init__(
        self,
        index_dir: Path,
        embedder: Embedder,
        chroma_url: str | None = None,
        collection: str = "minutes",
    ):
        self.index_dir = Path(index_dir)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self.embedder = embedder
        self._database = Database(self.index_dir / "store.sqlite", rows_by_name=True)
        with self._tx() as db:
            db.executescript(SCHEMA)
        self._collection = _open_collection(self.index_dir, chroma_url, collection, embedder)
        self._has_vectors = False

    # --- connections ----------------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        return self._database.conn

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._database.transaction()

    # --- catalogue --------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        rows = self.db.execute("SELECT * FROM documents ORDER BY name").fetchall()
        return [_info(row) for row in rows]

    def document(self, path: str) -> DocumentInfo | None:
        row = self.db.execute("SELECT * FROM documents WHERE path = ?", (path,)).fetchone()
        return _info(row) if row else None

    def find_documents(self, ref: str) -> list[DocumentInfo]:
        """Documents a user means by `ref`: a doc id, a file name or a path."""
        rows = self.db.execute(
            "SELECT * FROM documents WHERE doc_id = ? OR name = ? OR path = ?",
            (ref, ref, str(Path(ref).resolve())),
        ).fetchall()
        return [_info(row) for row in rows]

    def pending(self) -> list[DocumentInfo]:
        rows = self.db.execute("SELECT * FROM documents WHERE state = 'pending'").fetchall()
        return [_info(row) for row in rows]

    def bodies(self) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT body FROM documents WHERE body IS NOT NULL ORDER BY body"
        ).fetchall()
        return [row[0] for row in rows]

    def page_text(self, doc_id: str, page: int | None) -> str:
        row = self.db.execute(
            "SELECT text FROM pages WHERE doc_id = ? AND number = ?",
            (doc_id, -1 if page is None else page),
        ).fetchone()
        if row is None:
            raise KeyError(f"no page {page} of document {doc_id}")
        return str(row[0])

    def load_document(self, doc_id: str) -> Document:
        info = self.db.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if info is None:
            raise KeyError(f"no document {doc_id}")
        pages = [
            Page(number=None if row["number"] == -1 else row["number"], text=row["text"])
            for row in self.db.execute(
                "SELECT number, text FROM pages WHERE doc_id = ? ORDER BY number", (doc_id,)
            )
        ]
        return Document(
            doc_id=doc_id,
            name=info["name"],
            path=info["path"],
            kind=info["kind"],
            sha256=info["sha256"],
            pages=pages,
            warnings=json.loads(info["warnings"]),
        )

    def stats(self) -> dict[str, int]:
        docs = self.db.execute("SELECT COUNT(*) FROM documents WHERE state='complete'").fetchone()
        pages, chunks = self.db.execute(
            "SELECT COALESCE(SUM(pages),0), COALESCE(SUM(chunks),0) FROM documents "
            "WHERE state='complete'"
        ).fetchone()
        size = sum(f.stat().st_size for f in self.index_dir.rglob("*") if f.is_file())
        return {"documents": docs[0], "pages": pages, "chunks": chunks, "bytes": size}

    # --- writing ----------------------------------------------------------------------------

    def begin(self, doc: Document) -> None:
        """Mark the document at doc.path pending, dropping whatever an older version left."""
        old = self.document(doc.path)
        if old is not None:
            self._delete_chunks(old.doc_id)
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO documents (path, doc_id, name, kind, sha256, state, "
                "warnings, ingested_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)",
                (
                    doc.path,
                    doc.doc_id,
                    doc.name,
                    doc.kind,
                    doc.sha256,
                    json.dumps(doc.warnings),
                    _now(),
                ),
            )

    def write(self, batch: list[DocumentWrite]) -> list[int]:
        """Embed and store the chunks of several documents, then mark them complete together.
        Returns, per document, how many chunks had to be embedded (a text embedded before
        reuses its stored vector). One Chroma upsert for the batch: per-call overhead dominates
        small upserts."""
        for item in batch:  # an interrupted earlier attempt may have left some
            self._delete_chunks(item.doc.doc_id)
        chunks = [c for item in batch for c in item.chunks]
        vectors, fresh = self._vectors([c.text for c in chunks])
        if chunks:
            self._collection.upsert(
                ids=[c.chunk_id for c in chunks],
                embeddings=vectors,
                documents=[c.text for c in chunks],
                metadatas=[_metadata(c) for c in chunks],
            )
        with self._tx() as db:
            for item in batch:
                self._insert(db, item)
        counts, start = [], 0
        for item in batch:
            counts.append(sum(fresh[start : start + len(item.chunks)]))
            start += len(item.chunks)
        return counts

    def _insert(self, db: sqlite3.Connection, item: DocumentWrite) -> None:
        doc = item.doc
        db.executemany(
            "INSERT OR REPLACE INTO pages (doc_id, number, text) VALUES (?, ?, ?)",
            [(doc.doc_id, -1 if p.number is None else p.number, p.text) for p in doc.pages],
        )
        for c in item.chunks:
            cur = db.execute(
                "INSERT INTO chunks (chunk_id, doc_id, doc, page, item, body, date, start, "
                '"end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                (
                    c.chunk_id,
                    c.doc_id,
                    c.doc,
                    c.page,
                    c.item,
                    c.body,
                    to_epoch(c.date) if c.date else None,
                    c.start,
                    c.end,
                    c.text,
                ),
            )
            db.execute(
                "INSERT INTO chunks_fts (rowid, text, item, doc) VALUES (?, ?, ?, ?)",
                (cur.lastrowid, c.text, c.item or "", c.doc),
            )
        db.execute(
            "UPDATE documents SET state='complete', pages=?, chunks=?, body=?, date=?, "
            "ingested_at=? WHERE path=?",
            (
                len(doc.pages),
                len(item.chunks),
                item.body,
                item.date.isoformat() if item.date else None,
                _now(),
                doc.path,
            ),
        )

    def set_bodies(self, bodies: dict[str, str]) -> None:
        """Give documents (doc_id -> body) a body name, their chunks included."""
        if not bodies:
            return
        with self._tx() as db:
            for doc_id, body in bodies.items():
                db.execute("UPDATE documents SET body=? WHERE doc_id=?", (body or None, doc_id))
                db.execute("UPDATE chunks SET body=? WHERE doc_id=?", (body or None, doc_id))
        self._update_metadata(list(bodies))

    def set_facts(self, doc_id: str, body: str | None, date: dt.date | None) -> None:
        """A document's body and meeting date as corrected, its chunks (and their filters)
        included."""
        with self._tx() as db:
            db.execute(
                "UPDATE documents SET body=?, date=? WHERE doc_id=?",
                (body, date.isoformat() if date else None, doc_id),
            )
            db.execute(
                "UPDATE chunks SET body=?, date=? WHERE doc_id=?",
                (body, to_epoch(date) if date else None, doc_id),
            )
        self._update_metadata([doc_id])

    def _update_metadata(self, doc_ids: list[str]) -> None:
        marks = ",".join("?" * len(doc_ids))
        rows = self.db.execute(f"SELECT * FROM chunks WHERE doc_id IN ({marks})", doc_ids)
        chunks = [_chunk(row) for row in rows]
        for start in range(0, len(chunks), 500):
            part = chunks[start : start + 500]
            self._collection.update(
                ids=[c.chunk_id for c in part], metadatas=[_metadata(c) for c in part]
            )

    def remove(self, path: str) -> None:
        info = self.document(path)
        if info is None:
            return
        self._delete_chunks(info.doc_id)
        with self._tx() as db:
            db.execute("DELETE FROM documents WHERE path = ?", (path,))
            if not db.execute(
                "SELECT 1 FROM documents WHERE doc_id = ?", (info.doc_id,)
            ).fetchone():
                db.execute("DELETE FROM pages WHERE doc_id = ?", (info.doc_id,))

    def _delete_chunks(self, doc_id: str) -> None:
        self._collection.delete(where={"doc_id": doc_id})
        with self._tx() as db:
            rows = db.execute(
                "SELECT rowid, text, item, doc FROM chunks WHERE doc_id = ?", (doc_id,)
            ).fetchall()
            db.executemany(
                "INSERT INTO chunks_fts (chunks_fts, rowid, text, item, doc) "
                "VALUES ('delete', ?, ?, ?, ?)",
                [(r["rowid"], r["text"], r["item"] or "", r["doc"]) for r in rows],
            )
            db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))

    def _vectors(self, texts: list[str]) -> tuple[list[list[float]], list[bool]]:
        """Vectors for the texts, and for each whether it had to be embedded now."""
        import hashlib

        hashes = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        known: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), 500):
            batch = hashes[start : start + 500]
            marks = ",".join("?" * len(batch))
            for row in self.db.execute(
                f"SELECT text_hash, vector FROM embeddings WHERE text_hash IN ({marks})", batch
            ):
                known[row[0]] = np.frombuffer(row[1], dtype=np.float32)
        missing = sorted({h: i for i, h in enumerate(hashes) if h not in known}.values())
        if missing:
            new_vectors = self.embedder.embed([texts[i] for i in missing])
            with self._tx() as db:
                db.executemany(
                    "INSERT OR REPLACE INTO embeddings (text_hash, vector) VALUES (?, ?)",
                    [(hashes[i], new_vectors[row].tobytes()) for row, i in enumerate(missing)],
                )
            for row, i in enumerate(missing):
                known[hashes[i]] = new_vectors[row]
        embedded_now = set(missing)
        return [known[h].tolist() for h in hashes], [i in embedded_now for i in range(len(texts))]

    # --- reading ----------------------------------------------------------------------------

    def dense(
        self, query_vector: np.ndarray, n: int, where: dict[str, Any] | None
    ) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) best first."""
        # counting the vectors costs a scan that grows with the index: once there are some,
        # there are some (a collection emptied later answers its query with nothing, or an
        # error that says so)
        if not self._has_vectors:
            self._has_vectors = self._collection.count() > 0
            if not self._has_vectors:
                return []
        try:
            result = self._collection.query(
                query_embeddings=[query_vector.tolist()],
                n_results=n,
                where=where or None,
                include=["distances"],
            )
        except Exception:  # noqa: BLE001 - re-raised unless the collection has been emptied
            self._has_vectors = self._collection.count() > 0
            if self._has_vectors:
                raise
            return []
        ids = result["ids"][0]
        distances = (result.get("distances") or [[]])[0]
        found = [(cid, round(1.0 - float(d), 6)) for cid, d in zip(ids, distances, strict=False)]
        # equal vectors (a document ingested twice under two names) tie: order them by id, not
        # by where the graph happened to reach them first
        return sorted(found, key=lambda hit: (-hit[1], hit[0]))

    def lexical(
        self, match: str, n: int, sql_filter: str, params: list[Any]
    ) -> list[tuple[str, float]]:
        """(chunk_id, bm25 score, higher is better) best first, for an FTS5 MATCH expression."""
        if not match:
            return []
        if not sql_filter:
            # no filter on the chunks: rank in the full-text index alone and join only the
            # few kept (the join for every match grew with the index: half of search at 10k)
            ranked = self.db.execute(
                "SELECT rowid, bm25(chunks_fts, 1.0, 2.0, 0.5) AS rank FROM chunks_fts "
                "WHERE chunks_fts MATCH ? ORDER BY rank LIMIT ?",
                [match, n],
            ).fetchall()
            if not ranked:
                return []
            marks = ",".join("?" * len(ranked))
            ids = dict(
                self.db.execute(
                    f"SELECT rowid, chunk_id FROM chunks WHERE rowid IN ({marks})",
                    [row[0] for row in ranked],
                ).fetchall()
            )
            return [(ids[row[0]], -float(row[1])) for row in ranked if row[0] in ids]
        rows = self.db.execute(
            "SELECT chunks.chunk_id, bm25(chunks_fts, 1.0, 2.0, 0.5) AS rank FROM chunks_fts "
            "JOIN chunks ON chunks.rowid = chunks_fts.rowid "
            f"WHERE chunks_fts MATCH ? {sql_filter} ORDER BY rank LIMIT ?",
            [match, *params, n],
        ).fetchall()
        return [(row[0], -float(row[1])) for row in rows]

    def chunks_by_id(self, chunk_ids: list[str]) -> dict[str, Chunk]:
        if not chunk_ids:
            return {}
        marks = ",".join("?" * len(chunk_ids))
        rows = self.db.execute(
            f"SELECT * FROM chunks WHERE chunk_id IN ({marks})", chunk_ids
        ).fetchall()
        return {row["chunk_id"]: _chunk(row) for row in rows}

    def newest_chunks(self, limit: int) -> list[Chunk]:
        """The chunks of the latest meetings first (undated last)."""
        rows = self.db.execute(
            "SELECT * FROM chunks ORDER BY date IS NULL, date DESC, rowid LIMIT ?", (limit,)
        )
        return [_chunk(row) for row in rows]

    def all_chunks(self) -> Iterator[Chunk]:
        for row in self.db.execute("SELECT * FROM chunks ORDER BY rowid"):
            yield _chunk(row)


def _open_collection(index_dir: Path, chroma_url: str | None, name: str, embedder: Embedder):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    _register_with_chroma()

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        client = chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    else:
        client = chromadb.PersistentClient(path=str(index_dir / "chroma"), settings=chroma_settings)
    return client.get_or_create_collection(
        name=name,
        embedding_function=cast(Any, _ChromaEmbedding(embedder)),
        # a wide search beam keeps the approximate graph search exact at minutes' scale (a few
        # thousand chunks), so results do not depend on how the graph was built
        configuration={"hnsw": {"space": "cosine", "num_threads": 1, "ef_search": 256}},
    )


class _ChromaEmbedding:
    """Chroma's EmbeddingFunction protocol over our packaged model, so Chroma never falls back
    to its default embedder (which downloads a model and fails offline). Registered under its
    name so that Chroma can rebuild it from a collection's stored configuration."""

    def __init__(self, embedder: Embedder | None = None):
        self._embedder = embedder

    def __call__(self, input: list[str]) -> list[np.ndarray]:  # noqa: A002 - Chroma's name
        if self._embedder is None:
            self._embedder = Embedder()
        return list(self._embedder.embed(list(input)))

    def embed_query(self, input: list[str]) -> list[np.ndarray]:  # noqa: A002
        return self(input)

    @staticmethod
    def name() -> str:
        return "minutes-assistant-minilm-int8"

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> _ChromaEmbedding:
        return _ChromaEmbedding()

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        return None

    def validate_config_update(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        return None


def _register_with_chroma() -> None:
    from chromadb.utils.embedding_functions import known_embedding_functions

    known_embedding_functions.setdefault(_ChromaEmbedding.name(), cast(Any, _ChromaEmbedding))


def _metadata(chunk: Chunk) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "doc_id": chunk.doc_id,
        "doc": chunk.doc,
        "start": chunk.start,
        "end": chunk.end,
    }
    if chunk.page is not None:
        meta["page"] = chunk.page
    if chunk.item:
        meta["item"] = chunk.item
    if chunk.body:
        meta["body"] = chunk.body
    if chunk.date:
        meta["date"] = to_epoch(chunk.date)
    return meta


def _chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(
        chunk_id=row["chunk_id"],
        doc_id=row["doc_id"],
        doc=row["doc"],
        page=row["page"],
        item=row["item"],
        body=row["body"],
        date=from_epoch(row["date"]),
        start=row["start"],
        end=row["end"],
        text=row["text"],
    )


def _info(row: sqlite3.Row) -> DocumentInfo:
    fields = dict(row)
    fields["warnings"] = json.loads(fields["warnings"])
    return DocumentInfo(**fields)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
