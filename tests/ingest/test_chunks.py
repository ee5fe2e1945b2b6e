"""Chunks follow structure: never across agenda items, always an exact slice of the page."""

from __future__ import annotations

import pytest

from assistant.ingest.chunks import chunk_document
from assistant.records import AgendaItem, Document, Span
from tests.builders import document


def item(doc: Document, page_index: int, marker: str, number: str, title: str) -> AgendaItem:
    page = doc.pages[page_index]
    start = page.text.index(marker)
    return AgendaItem(
        number=number,
        title=title,
        span=Span(
            doc_id=doc.doc_id,
            doc=doc.name,
            page=page.number,
            start=start,
            end=start + len(marker),
            quote=marker,
        ),
    )


def test_chunks_are_exact_slices_and_respect_items():
    text = (
        "Present: A, B.\n\n1. Welcome\nThe Chair welcomed all.\n\n"
        "2. Finance\nThe Clerk reported the balance.\nInvoices were approved."
    )
    doc = _pages(text)
    items = [item(doc, 0, "1. Welcome", "1", "Welcome"), item(doc, 0, "2. Finance", "2", "Finance")]
    chunks = chunk_document(doc, items, body="Parish Council", max_chars=1000)
    assert [c.item for c in chunks] == [None, "1 Welcome", "2 Finance"]
    for c in chunks:
        assert doc.page_text(c.page)[c.start : c.end] == c.text
        assert c.body == "Parish Council"
    assert "Invoices were approved." in chunks[-1].text and "Welcome" not in chunks[-1].text


def test_item_carries_over_to_the_next_page():
    doc = _pages("3. Planning\nApplication A was supported.", "Application B was refused.")
    chunks = chunk_document(doc, [item(doc, 0, "3. Planning", "3", "Planning")])
    assert [(c.page, c.item) for c in chunks] == [(1, "3 Planning"), (2, "3 Planning")]


@pytest.mark.parametrize(
    ("text", "max_chars"),
    [
        ("\n".join(f"Row {i}\tAction {i}\tLead\tOngoing" for i in range(40)), 200),  # log rows
        (" ".join(f"Sentence number {i} is here." for i in range(60)), 150),  # one paragraph
        ("x" * 500, 120),  # no spaces at all
    ],
)
def test_long_text_is_split_within_the_limit(text, max_chars):
    doc = _pages(text, numbered=False)
    chunks = chunk_document(doc, [], max_chars=max_chars)
    assert len(chunks) > 1
    assert all(len(c.text) <= max_chars for c in chunks)
    assert all(doc.pages[0].text[c.start : c.end] == c.text for c in chunks)
    covered = "".join(c.text for c in chunks).replace("\n", "").replace(" ", "")
    assert covered == text.replace("\n", "").replace(" ", "")


def test_chunk_ids_are_stable():
    doc = _pages("Some minutes text.\n\nMore text.")
    assert [c.chunk_id for c in chunk_document(doc, [])] == [
        c.chunk_id for c in chunk_document(doc, [])
    ]


def _pages(*pages: str, numbered: bool = True):
    return document(*pages, name="m.txt", doc_id="d1", numbered=numbered)
