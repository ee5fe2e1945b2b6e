"""When the minutes contradict themselves, the recorded decision is the record.

A document may state the fact asked for twice, differently: the body's decision ("The
committee agreed that the park will open on 14 June 2025") and another line of the same page
that gives another date, sum or name for the same matter: a summary or cover note ("Summary:
Trustees appointed Dr X"), an enquiries line, an answer to a question put at the meeting. Those
may be out of date, mistaken or planted; the decision is what the body recorded. So a line
that gives a different value of what is asked, about just the part of the question that a
decision of the same page is about, is held out of the evidence the answer is written from;
the decision is brought in when no passage holds it, and the user is told of the
disagreement with both quoted. Two decisions that disagree are left as they are: nothing
here ranks one above the other.

The kinds of value compared: a date (a "when" question), a sum (a "how much" question) and a
person's name (a "who" question)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.ingest.dates import dates_in
from assistant.records import Evidence

from . import evidence as ev
from .compose import flat

PageText = Callable[[str, int | None], str]

_WHEN = re.compile(r"\bwhen\b|\bwhat\s+date\b|\bby\s+when\b|\bdeadline\b", re.I)
_HOW_MUCH = re.compile(
    r"\bhow\s+much\b|\bwhat\s+(?:was|is|will)\s+the\s+(?:cost|budget|sum)\b", re.I
)
_WHO = re.compile(r"^\s*(?:who|whom)\b", re.I)

# The body records what it decided: "RESOLVED", "The committee APPROVED", "it was agreed".
_DECIDED = re.compile(
    r"\b(?:RESOLVED|AGREED|APPROVED|DECIDED)\b|\b(?:resolved|agreed|approved|decided|appointed|"
    r"ratified|adopted|endorsed|elected|confirmed)\b"
)
# A labelled line ("Summary: ...", "For enquiries about X: ...") is a note about the minutes,
# not a record of the meeting, unless its label is a decision's ("RESOLVED:", "Decision:").
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'’\- ]{0,50}?)\s*:\s+\S")
_DECISION_LABEL = re.compile(
    r"^(?:resolved|agreed|approved|decided|decisions?|resolutions?)$", re.I
)
_MONEY = re.compile(
    r"(?:[£$€]|\b(?:GBP|EUR|USD)\s?)(\d[\d,]*(?:\.\d+)?)\s*(million|m|bn|billion|k)?\b", re.I
)
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Revd)\.?\s+"
    r"((?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+)"
)


@dataclass
class Conflict:
    held: str  # the line held out
    decision: str  # the decision it disagrees with
    doc: str
    page: int | None
    kind: str  # "date" | "sum" | "name"

    def notice(self) -> str:
        where = f"{self.doc}, p. {self.page}" if self.page else self.doc
        return (
            f"The same minutes ({where}) also say “{flat(self.held)}”, which gives a different "
            f"{self.kind} from the decision they record (“{flat(self.decision)}”); the answer "
            "follows the decision."
        )


def asked_value(question: str) -> str | None:
    """The kind of value a question asks for, when it is one this module compares."""
    if _WHEN.search(question):
        return "date"
    if _HOW_MUCH.search(question):
        return "sum"
    if _WHO.search(question):
        return "name"
    return None


def values(text: str, kind: str) -> set[str]:
    if kind == "date":
        return {d.isoformat() for _, d in dates_in(text)}
    if kind == "sum":
        out = set()
        for number, scale in _MONEY.findall(text):
            amount = float(number.replace(",", ""))
            amount *= {"m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "k": 1e3}.get(
                scale.lower(), 1
            )
            out.add(f"{amount:.2f}")
        return out
    return {name.split()[-1].lower() for name in _TITLED.findall(text)}


def is_decision(line: str) -> bool:
    """A line recording what the body decided (not a question, nor a labelled note)."""
    if line.rstrip().endswith("?") or not _DECIDED.search(line):
        return False
    label = _LABEL.match(line)
    return label is None or bool(_DECISION_LABEL.match(label.group("label")))


def settle(
    question: str, evidence: list[Evidence], page_text: PageText | None
) -> tuple[list[Evidence], list[Conflict]]:
    """The evidence without the lines a decision of the same page contradicts (with that
    decision brought in when no passage holds it), and the conflicts found."""
    kind = asked_value(question)
    asked = ev.focus_words(question)
    if kind is None or page_text is None or not asked:
        return evidence, []
    out: list[Evidence] = []
    conflicts: list[Conflict] = []
    read: dict[tuple[str, int | None], tuple[str, list[tuple[int, int]]]] = {}
    for item in evidence:
        if item.kind != "passage":
            out.append(item)
            continue
        key = (item.doc_id, item.page)
        if key not in read:  # passages often share a page: read and split it once
            page = _page(page_text, item)
            read[key] = (page, ev.units(page))
        page, lines = read[key]
        at = page.find(item.text) if page and item.text else -1
        if at < 0:
            out.append(item)
            continue
        # words that name the meeting (its body, its date) say where, not what
        focus = asked - ev.content_words(item.meeting or "")
        decision = _governing_decision(page, lines, focus, kind)
        if decision is None:
            out.append(item)
            continue
        said = page[decision[0] : decision[1]]
        decided = values(said, kind)
        own = values(item.meeting or "", kind)  # the meeting's own date is no answer
        matter = ev.content_words(said) & focus
        held = [
            (s, e)
            for k, (s, e) in enumerate(lines)
            if at <= s and e <= at + len(item.text) and (s, e) != decision
            if _contradicts(
                page[s:e], _line_before(page, lines, k), decided, own, matter, focus, kind
            )
        ]
        if not held:
            out.append(item)
            continue
        conflicts += [Conflict(page[s:e], said, item.doc, item.page, kind) for s, e in held]
        out += _pieces(item, page, at, held)
        if not any(said in e.text for e in out + evidence):
            out.append(replace(item, text=said, start=decision[0], end=decision[1]))
    for n, item in enumerate(out, 1):
        item.n = n
    return out, conflicts


def _page(page_text: PageText, item: Evidence) -> str:
    try:
        return page_text(item.doc_id, item.page)
    except (KeyError, sqlite3.Error):  # page gone, or the index cannot be read
        return ""


def _overlap(text: str, focus: set[str]) -> int:
    return len(ev.content_words(text) & focus)


def _governing_decision(
    page: str, lines: list[tuple[int, int]], focus: set[str], kind: str
) -> tuple[int, int] | None:
    """The page's decision that bears most on the question (two of its words at least) and
    gives a value of the kind asked for."""
    scored = []
    for start, end in lines:
        line = page[start:end]
        if is_decision(line) and values(line, kind):
            scored.append((_overlap(line, focus), -start, (start, end)))
    if not scored:
        return None
    best = max(scored)
    return best[2] if best[0] >= min(2, len(focus)) else None


def _line_before(page: str, lines: list[tuple[int, int]], k: int) -> str:
    """The line before line k (the question of a question-and-answer pair)."""
    return page[lines[k - 1][0] : lines[k - 1][1]] if k else ""


def _contradicts(
    line: str,
    before: str,
    decided: set[str],
    own: set[str],
    matter: set[str],
    focus: set[str],
    kind: str,
) -> bool:
    """A line that gives another value of the kind asked for than the decision does (none of
    `decided`; the meeting's `own` date aside), about the same part of the question
    (`matter`), no more and no less (an answer counts its question's words: "Q. When does it
    open? A. ..."), and is not itself a decision."""
    found = values(line, kind) - own
    if not found or found & decided or is_decision(line):
        return False
    about = ev.content_words(line) & focus
    if before.rstrip().endswith("?"):
        about |= ev.content_words(before) & focus
    return bool(about) and about == matter


def _pieces(item: Evidence, page: str, at: int, held: list[tuple[int, int]]) -> list[Evidence]:
    """The item's text without the held-out lines: what lies between them, each piece
    verbatim page text."""
    pieces = []
    start = at
    for cut, resume in [*held, (at + len(item.text), at + len(item.text))]:
        text = page[start:cut]
        if text.strip():
            lead = len(text) - len(text.lstrip())
            begin, end = start + lead, start + len(text.rstrip())
            pieces.append(replace(item, text=page[begin:end], start=begin, end=end))
        start = resume
    return pieces
