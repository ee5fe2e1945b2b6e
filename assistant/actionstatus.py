"""Status of an action from its own words when no progress column gives one: a task set at the
meeting is open; a report of what the owner did closes it unless it says it is still waiting."""

from __future__ import annotations

import re

from .actiongrammar import REPORT, Grammar
from .actionsentences import Candidate
from .segments import Piece, sentences

_REPORT_OPEN = re.compile(
    r"\b(?:awaiting|awaits?|awaited|no\s+(?:response|reply|update)|chas(?:e|es|ing)|pending|not\s+yet|yet\s+to|ongoing"
    r"|in\s+progress|progressing|continu(?:e|es|ed|ing)|still|investigating|looking\s+into|checking|pursuing|arranging"
    r"|organising|liaising|planning|(?:is|was|are|were)\s+due\s+to)\b",
    re.I,
)


def sentence_status(c: Candidate, grammar: Grammar) -> tuple[str, str | None]:
    """Status of an action with no progress text: a task set at the meeting ("agreed to",
    "RESOLVED that ... be purchased") is open whatever narrative words surround it ("... had
    been identified"); only a report of what the owner did ("The Clerk had emailed ...") can
    close it, and only by its own words."""
    k = int(c.extra.get("trigger", -1))
    text = c.description
    if k < 0:  # a table row: a task in any of its sentences makes it a task
        kinds = []
        for sent in sentences(Piece(None, 0, len(text), text)):
            found = next(
                (n for n, (pattern, _) in enumerate(grammar.triggers) if pattern.search(sent.text)),
                -1,
            )
            if found >= 0:
                kinds.append((found in REPORT, found, sent.text))
        if kinds:
            _, k, text = min(kinds)
    if k not in REPORT:
        return "open", _trigger_words(text, grammar, k)
    waiting = _REPORT_OPEN.search(text)
    if waiting or k in (5, 6):
        return "open", waiting.group(0) if waiting else _trigger_words(text, grammar, k)
    return "closed", _trigger_words(text, grammar, k)


def _trigger_words(text: str, grammar: Grammar, k: int) -> str | None:
    if k < 0:
        return None
    found = grammar.triggers[k][0].search(text)
    return re.sub(r"\s+", " ", found.group(0)).strip()[:80] if found else None
