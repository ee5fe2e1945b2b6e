"""Document -> Chunks that follow the document's structure: agenda items first, then paragraphs,
then lines (action-log rows), then sentences. No chunk straddles two agenda items, and every
chunk's text is exactly page_text[start:end], so a citation can quote its source."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from itertools import pairwise

from assistant.records import AgendaItem, Chunk, Document

from .segments import Piece, sentences


def item_label(item: AgendaItem) -> str:
    return f"{item.number} {item.title}".strip() if item.number else item.title


def chunk_document(
    doc: Document,
    items: list[AgendaItem],
    body: str | None = None,
    date: dt.date | None = None,
    max_chars: int = 640,
) -> list[Chunk]:
    """Split a document along its agenda items (spans from the meeting parser)."""
    page_order = {page.number: i for i, page in enumerate(doc.pages)}
    # An item runs from its start to the next item's start, possibly across pages.
    bounds = sorted(
        (page_order.get(it.span.page, 0), it.span.start, item_label(it)) for it in items
    )
    chunks: list[Chunk] = []
    for p_index, page in enumerate(doc.pages):
        earlier = [label for p, _, label in bounds if p < p_index]
        cuts = [(0, earlier[-1] if earlier else None)]
        cuts += [(offset, label) for p, offset, label in bounds if p == p_index]
        cuts.append((len(page.text), None))
        for (start, label), (end, _) in pairwise(cuts):
            for c_start, c_end in _pack(page.text, start, end, max_chars):
                chunks.append(_make_chunk(doc, page.number, label, body, date, c_start, c_end))
    return chunks


def _make_chunk(
    doc: Document,
    page: int | None,
    item: str | None,
    body: str | None,
    date: dt.date | None,
    start: int,
    end: int,
) -> Chunk:
    text = doc.page_text(page)[start:end]
    digest = hashlib.sha1(f"{doc.doc_id}:{page}:{start}:{end}".encode()).hexdigest()[:16]
    return Chunk(
        chunk_id=f"{doc.doc_id}-{digest}",
        doc_id=doc.doc_id,
        doc=doc.name,
        page=page,
        item=item,
        body=body,
        date=date,
        start=start,
        end=end,
        text=text,
    )


def _pack(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """Greedy packing of paragraph/line/sentence pieces of text[start:end] into spans."""
    pieces = list(_pieces(text, start, end, max_chars))
    span_start: int | None = None
    span_end = start
    for p_start, p_end in pieces:
        if span_start is not None and p_end - span_start > max_chars:
            yield span_start, span_end
            span_start = None
        if span_start is None:
            span_start = p_start
        span_end = p_end
    if span_start is not None:
        yield span_start, span_end


def _pieces(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """Non-blank pieces no longer than max_chars: paragraphs, else lines, else sentences,
    else hard cuts at a space."""
    for p_start, p_end in _split(text, start, end, re.compile(r"\n\s*\n")):
        if p_end - p_start <= max_chars:
            yield p_start, p_end
            continue
        for l_start, l_end in _split(text, p_start, p_end, re.compile(r"\n")):
            if l_end - l_start <= max_chars:
                yield l_start, l_end
                continue
            # the text layer's sentences (bullets of a flattened list included), so a chunk
            # ends where a sentence does
            for sent in sentences(Piece(None, l_start, l_end, text[l_start:l_end])):
                yield from _hard_cut(text, sent.start, sent.end, max_chars)


def _split(text: str, start: int, end: int, sep: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    pos = start
    for match in sep.finditer(text, start, end):
        yield from _trimmed(text, pos, match.start())
        pos = match.end()
    yield from _trimmed(text, pos, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _hard_cut(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    while end - start > max_chars:
        cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
        cut = cut if cut > start else start + max_chars
        yield from _trimmed(text, start, cut)
        start = cut
    yield from _trimmed(text, start, end)
