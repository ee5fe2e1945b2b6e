"""The whole shared corpus through the real stack: every file and page accounted for, re-runs
embed nothing, and retrieval finds the sources of the gold questions."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from assistant.app import App
from assistant.config import Settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def corpus_dirs(shared: Path) -> list[Path]:
    return [shared / "corpus" / "seeds", shared / "corpus" / "external"]


@pytest.fixture(scope="module")
def corpus_app(tmp_path_factory, shared_dir) -> tuple[App, list]:
    app = App(Settings(index_dir=tmp_path_factory.mktemp("corpus") / "index", llm_backend="none"))
    results = app.ingest(corpus_dirs(shared_dir))
    return app, results


def test_every_file_and_page_is_accounted_for(corpus_app, shared_dir):
    app, results = corpus_app
    files = [
        p for d in corpus_dirs(shared_dir) for p in d.rglob("*") if p.suffix in (".txt", ".pdf")
    ]
    assert len(results) == len(files) == 82
    assert [r for r in results if r.status != "ingested"] == []
    expected_pages = sum(len(pypdf.PdfReader(p).pages) if p.suffix == ".pdf" else 1 for p in files)
    assert sum(r.pages for r in results) == expected_pages
    assert all(r.chunks > 0 for r in results)
    assert app.store.stats()["chunks"] == sum(r.chunks for r in results)


def test_a_second_run_embeds_nothing(corpus_app, shared_dir):
    app, _ = corpus_app
    again = app.ingest(corpus_dirs(shared_dir))
    assert {r.status for r in again} == {"unchanged"}
    assert sum(r.embedded for r in again) == 0


def test_initials_question_finds_the_gp_liaison_action(corpus_app):
    app, _ = corpus_app
    hits = app.search("What actions are open for LJ?", k=3)
    assert any("GP liaison" in h.chunk.text and "LJ" in h.chunk.text for h in hits)


def test_gold_question_sources_are_in_the_top_five(corpus_app, shared_dir):
    app, _ = corpus_app
    questions = [
        json.loads(line)
        for line in (shared_dir / "gold" / "questions.jsonl").read_text().splitlines()
        if line.strip()
    ]
    misses = []
    for q in questions:
        if not q.get("sources"):
            continue
        docs = [h.chunk.doc for h in app.search(q["question"], k=5)]
        if not set(q["sources"]) & set(docs):
            misses.append((q["id"], q["question"], docs))
    assert misses == []
