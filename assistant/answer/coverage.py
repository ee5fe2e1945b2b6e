"""Which passages, together, answer all a question asks.

A question often asks two things ("what was the estimate, and what was paid?"), or asks for a
kind of fact ("how much", "why", "when") that the passage most like the question does not
hold: it names the matter, and the sum, the reason or the outcome comes in another line of
the same item or in a later meeting. The passages are therefore chosen greedily: the best one
first, then whichever adds most of what is still missing (question words not yet covered, a
kind of fact not yet given), the strongest passages after that as before."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from .evidence import Window, content_words, focus_words

# The kinds of fact a question asks for, each with how a question asks for it and how a
# passage gives it. General forms of English and of minutes, not of any one document.
ASKED_KINDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "amount": (
        re.compile(
            r"\bhow\s+much\b|\b(?:cost|costs|costing|price|budget|precept|fee|fees|grant|"
            r"spend|spent|quotes?|quotations?|paid|pay|funding|contributions?|amount|"
            r"premium|estimate)\b",
            re.I,
        ),
        re.compile(
            r"[£$€]\s?\d|\b(?:GBP|EUR|USD)\s?\d|\b\d[\d,.]*\s?(?:pounds|euros|dollars|k|m|bn)\b",
            re.I,
        ),
    ),
    "count": (
        re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.I),
        re.compile(
            r"\b\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"twenty|thirty|forty|fifty|hundred|dozen)\b",
            re.I,
        ),
    ),
    "share": (
        re.compile(r"\bper\s?cent|\bpercentage\b|\bproportion\b|\bshare\s+of\b|%", re.I),
        re.compile(r"\d\s?%|\bper\s?cent\b", re.I),
    ),
    "when": (
        re.compile(r"\bwhen\b|\bwhat\s+date\b|\bby\s+when\b|\bdeadline\b", re.I),
        re.compile(
            r"\b(?:January|February|March|April|May|June|July|August|September|October|"
            r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|"
            r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d\d\b",
        ),
    ),
    "reason": (
        re.compile(r"\bwhy\b|\breasons?\b|\bgrounds\b", re.I),
        re.compile(
            r"\bbecause\b|\bdue\s+to\b|\bowing\s+to\b|\bgrounds?\b|\breasons?\b|\bsince\b|"
            r"\bas\s+(?:it|the|they|this|there)\b|\bconcerns?\b|\bso\s+that\b",
            re.I,
        ),
    ),
    "outcome": (
        re.compile(
            r"\bdecid\w*|\bdecision\b|\bresolv\w*|\boutcome\b|\bwhat\s+(?:became|happened)\b|"
            r"\bend\s+up\b|\bfinally\b|\bresult\b",
            re.I,
        ),
        re.compile(
            r"\bRESOLVED\b|\b(?:resolved|agreed|approved|refused|deferred|granted|rejected|"
            r"decided|adopted|accepted|declined|withdrawn|completed|carried|noted)\b",
            re.I,
        ),
    ),
}

KIND_GAIN = 0.5  # a kind of fact still missing counts as much as half the question's words
COVER_WEIGHT = 0.4  # how much what a passage adds counts against how well it matches
WIDE_SPREAD = 0.45  # a passage that adds something may score this far below the best


def asked_kinds(question: str) -> set[str]:
    return {kind for kind, (asks, _) in ASKED_KINDS.items() if asks.search(question)}


def kinds_in(text: str, kinds: set[str]) -> set[str]:
    return {kind for kind in kinds if ASKED_KINDS[kind][1].search(text)}


def select(
    question: str, windows: Sequence[Window], keep: int, add: int, spread: float, floor: float
) -> list[Window]:
    """The best `keep` of the ranked `windows` (best first) within `spread` of the best, as
    found for the question; then up to `add` more that add what those lack (`additions`)."""
    if not windows or windows[0].score < floor:
        return []
    best = windows[0].score
    kept = [w for w in windows if w.score >= max(floor, best - spread)][:keep]
    rest = [w for w in windows if w not in kept]
    return kept + additions(question, kept, rest, add, floor, max(floor, best - WIDE_SPREAD))


def additions(
    question: str,
    have: Sequence[Window],
    windows: Sequence[Window],
    add: int,
    floor: float,
    wide: float,
) -> list[Window]:
    """Up to `add` of `windows`, each for what it adds to `have` and those added before it
    (words of the question, kinds of fact it asks for): scoring at least `wide`, or at least
    `floor` in the very item a window of `have` is from when it gives a kind of fact still
    missing. They are marked `added`."""
    wanted, kinds = focus_words(question), asked_kinds(question)
    pool = [*have, *windows]
    words = {id(w): content_words(w.text) & wanted for w in pool}
    weights = {
        w: math.log((len(pool) + 1) / (sum(w in ws for ws in words.values()) + 0.5)) for w in wanted
    }
    total = sum(weights.values()) or 1.0
    chosen = list(have)
    covered = set().union(*(words[id(w)] for w in chosen))
    given = set().union(*(kinds_in(w.text, kinds) for w in chosen))
    out: list[Window] = []
    for _ in range(add):
        pick, value = None, -math.inf
        for window in windows:
            if window in out or window.score < floor:
                continue
            new_kinds = kinds_in(window.text, kinds) - given
            new_words = words[id(window)] - covered
            gain = sum(weights[w] for w in new_words) / total + KIND_GAIN * len(new_kinds)
            same_item = any(_same_item(window, w) for w in chosen)
            if not gain or (window.score < wide and not (same_item and new_kinds)):
                continue
            if window.score + COVER_WEIGHT * gain > value:
                pick, value = window, window.score + COVER_WEIGHT * gain
        if pick is None:
            break
        pick.added = True
        out.append(pick)
        chosen.append(pick)
        covered |= words[id(pick)]
        given |= kinds_in(pick.text, kinds)
    return out


def _same_item(a: Window, b: Window) -> bool:
    """Two windows of one agenda item of one document: what the item says of its matter
    (the decision, the reason, the sum) may follow the line that names it."""
    same_doc = a.chunk.doc_id == b.chunk.doc_id
    return same_doc and (
        a.chunk.chunk_id == b.chunk.chunk_id or bool(a.chunk.item and a.chunk.item == b.chunk.item)
    )
