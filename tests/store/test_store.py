"""The index: real Chroma (embedded and over HTTP), real embedding model, SQLite FTS5."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from assistant.ingest.chunks import chunk_document
from assistant.records import Document
from assistant.store.index import DocumentWrite, Store
from assistant.store.retrieve import Retriever, fts_query
from tests.builders import document

PARAGRAPHS = [
    "Dental health: responses expected of dentists to neglect cases. KA pursuing.",
    "GP liaison arrangements for children in care. MC/LJ. Ongoing.",
    "Early years improvement plan circulated to members by the officer.",
    "The school nursing service will be renamed public health nursing.",
    "Youth violence needs assessment to be reviewed and reported back.",
    "The budget monitoring report for quarter two was noted by the committee.",
    "Street lighting repairs near the village hall were reported to the county.",
    "Footpath clearance at the river crossing has been requested again.",
]


def put(store: Store, doc: Document, body: str | None = None, date: dt.date | None = None) -> int:
    chunks = chunk_document(doc, [], body=body, date=date, max_chars=120)
    store.begin(doc)
    return store.write([DocumentWrite(doc, chunks, body, date)])[0]


@pytest.fixture
def store(tmp_path, embedder) -> Store:
    return Store(tmp_path / "index", embedder)


def test_hybrid_search_finds_initials_and_meaning(store, embedder):
    put(store, _paragraphs("log.txt", PARAGRAPHS))
    retriever = Retriever(store, embedder)
    top = retriever.search("What actions are open for LJ?", k=3)
    assert "MC/LJ" in top[0].chunk.text  # the lexical side finds the initials
    meaning = retriever.search("tooth decay and dentists", k=1)  # words not in the text
    assert "Dental health" in meaning[0].chunk.text
    for hit in top:
        page = store.page_text(hit.chunk.doc_id, hit.chunk.page)
        assert page[hit.chunk.start : hit.chunk.end] == hit.chunk.text


def test_filters_by_body_document_and_date(store, embedder):
    put(
        store, _paragraphs("a.txt", PARAGRAPHS[:4]), body="Schools Forum", date=dt.date(2024, 1, 10)
    )
    put(
        store, _paragraphs("b.txt", PARAGRAPHS[4:]), body="Parish Council", date=dt.date(2024, 6, 5)
    )
    retriever = Retriever(store, embedder)
    assert {h.chunk.doc for h in retriever.search("report", k=8, body="parish")} == {"b.txt"}
    assert {h.chunk.doc for h in retriever.search("report", k=8, doc="a.txt")} == {"a.txt"}
    after = retriever.search("report", k=8, date_from=dt.date(2024, 3, 1))
    assert after and {h.chunk.doc for h in after} == {"b.txt"}
    assert retriever.search("report", body="no such board") == []


def test_rewriting_a_document_replaces_its_chunks(store, embedder):
    doc = _paragraphs("log.txt", PARAGRAPHS)
    first = put(store, doc)
    assert first > 0
    again = put(store, doc)
    assert again == 0  # same texts: stored vectors reused, nothing embedded
    assert store.stats()["chunks"] == len(chunk_document(doc, [], max_chars=120))
    changed = _paragraphs("log.txt", ["A single new paragraph about minibus insurance."])
    changed.doc_id = "log-v2"
    put(store, changed)
    texts = [c.text for c in store.all_chunks()]
    assert texts == ["A single new paragraph about minibus insurance."]
    retriever = Retriever(store, embedder)
    assert [h.chunk.doc_id for h in retriever.search("GP liaison", k=5)] == ["log-v2"]


def test_remove_deletes_from_both_stores(store, embedder):
    put(store, _paragraphs("a.txt", PARAGRAPHS[:4]))
    put(store, _paragraphs("b.txt", PARAGRAPHS[4:]))
    store.remove("/docs/a.txt")
    assert [d.name for d in store.documents()] == ["b.txt"]
    hits = Retriever(store, embedder).search("dentists GP liaison", k=10)
    assert hits and all(h.chunk.doc == "b.txt" for h in hits)
    assert store._collection.count() == len(list(store.all_chunks()))


def test_search_before_any_document_and_after_the_last_is_removed_finds_nothing(store, embedder):
    retriever = Retriever(store, embedder)
    assert retriever.search("dentists", k=5) == []
    put(store, _paragraphs("a.txt", PARAGRAPHS[:4]))
    assert retriever.search("dentists", k=5)
    store.remove("/docs/a.txt")
    assert retriever.search("dentists", k=5) == []


def test_a_document_left_pending_is_invisible_and_listed(store, embedder):
    doc = _paragraphs("half.txt", PARAGRAPHS)
    store.begin(doc)  # as if the process died before write() finished
    assert [d.name for d in store.pending()] == ["half.txt"]
    assert Retriever(store, embedder).search("GP liaison") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("What actions are open for LJ?", '"actions" OR "open" OR "lj"'),
        ('say "AND" NEAR (x*) lj LJ', '"say" OR "near" OR "x" OR "lj"'),
        (
            "Which actions are assigned to Lynn Davies?",
            '"lynn davies" OR "actions" OR "assigned" OR "lynn" OR "davies"',
        ),
        ("the of and", ""),
    ],
)
def test_fts_query_is_safe(query, expected):
    assert fts_query(query) == expected


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.integration
def test_store_works_against_a_chroma_server(tmp_path, embedder):
    chroma = shutil.which("chroma") or str(Path(__import__("sys").executable).parent / "chroma")
    port = _free_port()
    server = subprocess.Popen(
        [
            chroma,
            "run",
            "--path",
            str(tmp_path / "server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        store = Store(tmp_path / "index", embedder, chroma_url=f"http://127.0.0.1:{port}")
        put(store, _paragraphs("log.txt", PARAGRAPHS))
        hits = Retriever(store, embedder).search("What actions are open for LJ?", k=3)
        assert "MC/LJ" in hits[0].chunk.text
        assert not (tmp_path / "index" / "chroma").exists()  # vectors live on the server
    finally:
        server.terminate()
        server.wait(timeout=10)


def _paragraphs(name: str, paragraphs: list[str], page: int | None = None):
    return document("\n\n".join(paragraphs), name=name, numbered=page is not None, first=page or 1)
