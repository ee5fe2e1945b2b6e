"""Is this candidate an action? A logistic model over named cues of the candidate (which
trigger found it, who it names as owner and how, what the sentence around it does), learned
from other bodies' gold (evals/train_detector.py writes detector.json; it reports what the
model does on each body it was not trained on). Its probability is an action's confidence;
candidates below the threshold are dropped. Without the weights file every candidate stays,
as the grammar found it."""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from assistant.records import Person

from .grammar import TRANSLATED
from .sentences import Candidate

log = logging.getLogger(__name__)

_REPORTED = re.compile(
    r"\b(?:said|reported|explained|advised|informed|noted|stated|mentioned|commented|confirmed"
    r"|told|remarked|observed|felt|thought|believed)\b",
    re.I,
)
_AGREED = re.compile(r"\b(?:agreed|resolved|decided|RESOLVED|approved)\b")
_MODAL = re.compile(r"\b(?:will|would|shall|should)\b", re.I)
_NEED = re.compile(r"\bneeds?\s+to\b|\bneeded\s+to\b|\bmust\b", re.I)
_DUE = re.compile(
    r"\b(?:by|before|until)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|next\s+meeting|end\s+of)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.I,
)
_PAST = re.compile(r"\b(?:had|has|have)\s+been\b|\b(?:was|were)\s+[a-z]+ed\b", re.I)
_MARKER = re.compile(rf"^\W*(?:{TRANSLATED})?action(?:s|\s+by)?\b", re.I)
_GROUP = re.compile(
    r"\b(?:committee|council|board|panel|members|trustees|governors|group|team|forum|meeting)\b",
    re.I,
)
_TO_VERB = re.compile(r"\bto\s+(?!be\b)[a-z]{3,}\b")
_NOT = re.compile(r"\bno\s+(?:further\s+)?action\b|\bnot\b|\bno\s+decision\b", re.I)


def features(cand: Candidate, owners: list[str], people: list[Person]) -> dict[str, float]:
    """Named cues of one candidate, each 0 or 1 (the trigger's own confidence as it is)."""
    text = cand.description
    words = text.split()
    trigger = "table" if cand.from_table else cand.extra.get("trigger", "list")
    named = {p.name for p in people} | {p.name.split()[-1] for p in people if p.name.split()}
    kinds = {
        "none": not owners,
        "person": any(any(n in o for n in named) for o in owners),
        "group": bool(owners) and all(_GROUP.search(o) for o in owners),
        "initials": any(re.fullmatch(r"[A-Z]{2,4}[a-z]?", o) for o in owners),
    }
    found: dict[str, float] = {
        f"trigger:{trigger}": 1.0,
        f"kind:{cand.extra.get('kind', 'table' if cand.from_table else 'list')}": 1.0,
        **{f"owner:{k}": 1.0 for k, v in kinds.items() if v},
        "owners:several": float(len(owners) > 1),
        "short": float(len(words) < 8),
        "long": float(len(words) > 45),
        "reported": float(bool(_REPORTED.search(text))),
        "agreed": float(bool(_AGREED.search(text))),
        "modal": float(bool(_MODAL.search(text))),
        "need": float(bool(_NEED.search(text))),
        "due": float(bool(_DUE.search(text))),
        "past": float(bool(_PAST.search(text))),
        "question": float("?" in text),
        "marker": float(bool(_MARKER.match(text))),
        "to_verb": float(bool(_TO_VERB.search(text))),
        "negated": float(bool(_NOT.search(text))),
        "progress": float(bool(cand.progress)),
        "confidence": cand.confidence,
    }
    return {k: v for k, v in found.items() if v}


@dataclass(frozen=True)
class Detector:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def detector() -> Detector | None:
    """The packaged model, or None (every candidate kept) when it is not there."""
    path = resources.files("assistant.ingest.actions") / "detector.json"
    if not path.is_file():
        log.info("no action detector weights: every candidate is kept")
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Detector(data["weights"], data["bias"], data["threshold"])
