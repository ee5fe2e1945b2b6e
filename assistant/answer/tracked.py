"""An earlier action asked about by what it was, not by whom: "What happened to the governor
walkabout of the maternity unit?", "Was the asset register reconciliation done?". The register
holds the action and every later report on it, so the answer is its record and where it
stands, not a search of the minutes for the words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.records import ActionItem

from .evidence import content_words, focus_words

ASKED = re.compile(
    r"^\s*(?:what\s+(?:has\s+|had\s+)?(?:happened|became)\s+(?:to|of)\b"
    r"|how\s+did\s+.+\bstand\b"
    r"|(?:was|were|has|have|had)\s+.+\b(?:done|completed|carried\s+out|finished|sent|held)\s*\??\s*$)",
    re.I,
)
# words that ask how an action went, not which action
_ASKING = content_words(
    "happened became become action actions stand stood done completed carried finished promised agreed asked"
)
COVER = 0.6  # share of what the question names an action's words must hold
MIN_SHARED = 2
MOST = 3


def asks_what_became(question: str) -> bool:
    return ASKED.search(question) is not None


def matching(actions: Sequence[ActionItem], question: str) -> list[ActionItem]:
    """The actions whose words hold most of what the question names (at least COVER of it and
    MIN_SHARED words), the best-matching only, newest first; none when no action holds enough."""
    wanted = focus_words(question) - _ASKING
    if len(wanted) < MIN_SHARED:
        return []
    scored = []
    for action in actions:
        words = content_words(f"{action.description} {action.progress or ''}")
        shared = len(wanted & words)
        if shared >= MIN_SHARED and shared >= COVER * len(wanted):
            scored.append((shared, action))
    best = max((s for s, _ in scored), default=0)
    found = [a for s, a in scored if s == best]
    found.sort(key=lambda a: (str(a.meeting_date or ""), -(a.source.start or 0)), reverse=True)
    return found[:MOST]
