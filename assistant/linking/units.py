"""A later meeting cut into candidate updates ("units") for cross-meeting linking: a short item
whole, a table row, a "Topic –" entry or a sentence, each with its words, the names it mentions
and whether it reads as a report or an outcome."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.ingest.actions.status import classify_status
from assistant.ingest.segments import Piece, sentences
from assistant.records import Meeting

from .terms import names, terms

_FOLLOW_SECTION = re.compile(
    r"matters?\s+arising|clerk'?s?\s+report|action|progress|update|outstanding", re.I
)
LABEL = re.compile(
    r"^([^–:.!?]{2,60}?)\s[–-]\s*(?=\S)"
)  # "Village Gates – The Clerk was awaiting..."
# items that only record the meeting's own business: nothing in them reports on an action
_PROCEDURAL = re.compile(
    r"\bapologies\b|\bdeclarations?\s+of\s+interests?\b|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b"
    r"|\b(?:openness|transparency)\s+notice\b|\bwelcome\b",
    re.I,
)
_OUTCOME = re.compile(
    r"\bRESOLVED\b|^\s*That\s|\bproposed\b|\bit\s+was\s+agreed\b|\bhad\s+(?:been\s+)?[a-z]+ed\b|\bhas\s+been\b",
    re.I,
)
_MIN_UNIT = 15
_SHORT_ITEM = 100  # words: an item this short is one unit
_BLOCK_WORDS = 150  # a "Topic –" entry longer than this is cut into sentences


@dataclass
class Unit:
    """A candidate later record: a short item, a table row, a "Topic –" entry or a sentence."""

    piece: Piece
    item: int  # index of its agenda item (-1: the document has none)
    words: list[str]
    label: list[str]
    status: bool  # reads as a report or an outcome
    follow_section: bool
    names: frozenset[str]  # people and roles it mentions, as owner tokens


@dataclass
class Section:
    item: int
    page: int | None
    start: int
    quote: str
    title: str


def meeting_sections(meeting: Meeting) -> list[Section]:
    if meeting.items:
        return [
            Section(k, it.span.page, it.span.start, it.span.quote, it.title)
            for k, it in enumerate(meeting.items)
        ]
    # a document without agenda items (an action log with no sections): its own rows
    return [Section(-1, a.source.page, a.source.start, a.source.quote, "") for a in meeting.actions]


def meeting_units(
    meeting: Meeting,
    skip: frozenset[str],
    index: dict[str, frozenset[str]],
    sections: list[Section],
) -> list[Unit]:
    """A short item is one unit (its outcome is usually the answer to an earlier action); a long
    one gives a unit per table row, "Topic –" entry or sentence. The item's own heading is left
    out: it is context, scored apart."""
    out: list[Unit] = []
    for sec in sections:
        if _PROCEDURAL.search(sec.title):
            continue
        follow = bool(_FOLLOW_SECTION.search(sec.title))
        cells: list[Piece] = []
        rows: list[Piece] = []
        pos = 0
        for line in sec.quote.split("\n"):
            if line.strip():
                piece = Piece(sec.page, sec.start + pos, sec.start + pos + len(line), line)
                parts = _cells(piece)
                if len(parts) >= 2:  # a table row: its action and its progress read together
                    rows.append(
                        Piece(
                            sec.page,
                            parts[0].start,
                            parts[-1].end,
                            sec.quote[parts[0].start - sec.start : parts[-1].end - sec.start],
                        )
                    )
                else:
                    cells.extend(parts)
            pos += len(line) + 1
        first_unit = len(out)
        out.extend(
            _unit(row, sec.item, [], follow, skip, index)
            for row in rows
            if len(row.text) >= _MIN_UNIT
        )
        body_words = sum(len(c.text.split()) for c in cells)
        if cells and not rows and body_words <= _SHORT_ITEM:
            first, last = cells[0], cells[-1]
            offset = first.start - sec.start
            piece = Piece(
                sec.page, first.start, last.end, sec.quote[offset : offset + last.end - first.start]
            )
            out.append(_unit(piece, sec.item, [], follow, skip, index))
        else:
            for cell in cells:
                out.extend(_cellunits(cell, sec.item, follow, skip, index))
        if len(out) > first_unit and sec.title:  # the heading is context, scored apart
            heading = Counter(terms(sec.title, skip))
            unit = out[first_unit]
            unit.words = list((Counter(unit.words) - heading).elements())
    return out


def _unit(
    piece: Piece,
    item: int,
    label: list[str],
    follow: bool,
    skip: frozenset[str],
    index: dict[str, frozenset[str]],
) -> Unit:
    status, _ = classify_status(piece.text, default="")
    return Unit(
        piece,
        item,
        terms(piece.text, skip),
        label,
        bool(status) or bool(_OUTCOME.search(piece.text)),
        follow,
        names(piece.text, index),
    )


def _cellunits(
    cell: Piece, item: int, follow: bool, skip: frozenset[str], index: dict[str, frozenset[str]]
) -> list[Unit]:
    """Sentences of a cell. A "Topic –" entry (label and the sentences after it, up to the next
    label) is one unit; a bare label piece ("Boughton Road Hedge") heads the entry after it."""
    out: list[Unit] = []
    block: Piece | None = None  # the open "Topic –" entry
    block_label: list[str] = []
    pending: Piece | None = None

    def close() -> None:
        nonlocal block
        if block is not None and len(block.text) >= _MIN_UNIT:
            out.append(_unit(block, item, block_label, follow, skip, index))
        block = None

    for sent in sentences(cell):
        if pending is not None:
            sent = _join(cell, pending, sent)
            pending = None
            found = LABEL.match(sent.text) or re.match(r"^(.*)", "")
        else:
            found = LABEL.match(sent.text)
        if (
            found is None
            and len(sent.text.split()) <= 6
            and not sent.text.rstrip().endswith((".", ":", ";"))
        ):
            close()
            pending = sent  # a heading-like fragment: the topic of what follows
            block_label = terms(sent.text, skip)
            continue
        if found is not None:
            close()
            block = sent
            if found.group(1):
                block_label = terms(found.group(1), skip)
            continue
        if block is not None and len(block.text.split()) + len(sent.text.split()) <= _BLOCK_WORDS:
            block = _join(cell, block, sent)
            continue
        close()
        block_label = []
        if len(sent.text) >= _MIN_UNIT:
            out.append(_unit(sent, item, [], follow, skip, index))
    close()
    if pending is not None and len(pending.text) >= _MIN_UNIT:
        out.append(_unit(pending, item, [], follow, skip, index))
    return out


def _join(cell: Piece, first: Piece, second: Piece) -> Piece:
    return Piece(
        cell.page,
        first.start,
        second.end,
        cell.text[first.start - cell.start : second.end - cell.start],
    )


def _cells(line: Piece) -> list[Piece]:
    out, begin = [], 0
    for match in re.finditer(r"\t| {5,}", line.text + "\t"):
        raw = line.text[begin : match.start()]
        if raw.strip():
            left = len(raw) - len(raw.lstrip())
            text = raw.strip()
            start = line.start + begin + left
            out.append(Piece(line.page, start, start + len(text), text))
        begin = match.end()
    return out
