"""Ingestion through the facade: incremental, idempotent, honest about bad files, crash-safe."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.app import App
from tests.builders import make_pdf

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


@pytest.fixture
def app(settings) -> App:
    return App(settings)


def test_ingest_is_incremental_and_idempotent(app, tmp_path):
    folder = tmp_path / "papers"
    shutil.copytree(SAMPLES, folder)
    first = app.ingest([folder])
    assert {r.status for r in first} == {"ingested"}
    assert all(r.chunks > 0 and r.embedded > 0 for r in first)
    again = app.ingest([folder])
    assert {r.status for r in again} == {"unchanged"}
    assert sum(r.embedded for r in again) == 0

    log = next(folder.glob("*.txt"))
    log.write_text(log.read_text() + "\nMinibus insurance renewal agreed; Clerk to arrange.\n")
    third = {r.name: r for r in app.ingest([folder])}
    assert third[log.name].status == "updated"
    assert third[log.name].embedded < third[log.name].chunks  # unchanged passages reuse vectors
    assert [d.name for d in app.documents()].count(log.name) == 1
    hits = app.search("minibus insurance", k=1)
    assert hits[0].chunk.doc == log.name and "Minibus" in hits[0].chunk.text


def test_bad_files_are_named_and_the_rest_go_on(app, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Parish Council minutes.\n\n1. Welcome\nThe Chair opened.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "scan.pdf").write_bytes(make_pdf([[], []]))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    (folder / ".hidden.txt").write_text("ignored")
    results = {r.name: r for r in app.ingest([folder, tmp_path / "missing-folder"])}
    assert results["good.txt"].status == "ingested"
    failed = {name: r.error for name, r in results.items() if r.status == "failed"}
    assert set(failed) == {"empty.txt", "junk.txt", "scan.pdf", "broken.pdf", "missing-folder"}
    assert "scanned" in failed["scan.pdf"] and "empty" in failed["empty.txt"]
    assert ".hidden.txt" not in results
    assert [d.name for d in app.documents()] == ["good.txt"]


def test_an_interrupted_ingest_is_completed_by_the_next_run(app, tmp_path, monkeypatch):
    folder = tmp_path / "papers"
    shutil.copytree(SAMPLES, folder)
    app.ingest([folder / "riverside_partnership_2025-03-12.md"])
    real_insert = app.store._insert
    calls = {"n": 0}

    def dying_insert(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:  # Ctrl-C after the vectors were upserted, mid-transaction
            raise KeyboardInterrupt
        return real_insert(*args, **kwargs)

    (folder / "riverside_partnership_2025-03-12.md").write_text(
        (SAMPLES / "riverside_partnership_2025-03-12.md").read_text() + "\nAddendum: minibus.\n"
    )
    monkeypatch.setattr(app.store, "_insert", dying_insert)
    with pytest.raises(KeyboardInterrupt):
        app.ingest([folder])
    monkeypatch.setattr(app.store, "_insert", real_insert)
    pending = sorted(d.name for d in app.store.pending())
    assert pending == sorted(p.name for p in folder.iterdir())
    hits = app.search("attendance protocol minibus", k=20)
    assert hits == []  # half-written documents are invisible, old and new versions alike

    results = app.ingest([])  # any later run completes what was left pending
    assert sorted(r.name for r in results if r.status != "failed") == pending
    assert app.store.pending() == []
    assert {d.state for d in app.documents()} == {"complete"}
    assert app.store._collection.count() == len(list(app.store.all_chunks()))
    assert "minibus" in app.search("minibus addendum", k=1)[0].chunk.text


def test_remove_drops_the_document_and_its_actions(app, tmp_path):
    app.ingest([SAMPLES])
    name = next(d.name for d in app.documents() if d.name.endswith(".md"))
    assert any(a.source.doc == name for a in app.actions(status="all"))
    removed = app.remove(name)
    assert [d.name for d in removed] == [name]
    assert name not in [d.name for d in app.documents()]
    assert all(a.source.doc != name for a in app.actions(status="all"))
    assert all(h.chunk.doc != name for h in app.search("attendance protocol", k=20))


def test_chat_filters_keep_evidence_to_a_document_and_dates(app):
    import datetime as dt

    app.ingest([SAMPLES])
    log = "riverside_action_log_2025-05-14.txt"
    question = "What was reported about early help referral figures?"
    unfiltered = {c.doc for c in app.ask(question).citations}
    assert unfiltered  # the question is answerable from the samples
    in_log = app.ask(question, doc=log)
    assert in_log.citations and {c.doc for c in in_log.citations} == {log}
    before = app.ask(question, date_to=dt.date(2025, 4, 1))
    assert log not in {c.doc for c in before.citations}


def test_one_bodys_people_are_found_under_its_one_name(settings, tmp_path) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "june.txt").write_text(
        "Kestle Harbour Board\nMinutes of the meeting held on 2 June 2025\n\n"
        "Present: Ada Quill (AQ), Ben Rook (BR)\n\n1. Moorings\nACTION: AQ to survey the moorings.\n"
    )
    (folder / "july.txt").write_text(
        "Harbour Board\nMinutes of the meeting held on 7 July 2025\n\n"
        "Present: Ada Quill (AQ), Ben Rook (BR)\n\n1. Moorings\nThe survey was received.\n"
    )
    app = App(settings)
    app.ingest([folder])
    found = app.register.resolve("AQ")
    assert {p.body for p in found} == {"Kestle Harbour Board"}
    assert len(found) == 1  # one person of one body, though two minutes list her
