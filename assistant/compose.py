"""Answers composed by code from verified evidence: one cited sentence per action or person
record, verbatim passages when no model phrases the answer, and the final renumbering of
citations (1..n in order of first use in the answer text)."""

from __future__ import annotations

import re

from . import evidence as ev
from .records import Citation
from .verify import Evidence, _numbers, _sentence_numbers

_CITATION_GROUP = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
MAX_EXTRACTIVE_PASSAGES = 2


def cited(sentence: str) -> list[int]:
    return [int(n) for group in _CITATION_GROUP.findall(sentence) for n in re.split(r"[,;]", group)]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def action_sentence(item: Evidence) -> str:
    """One cited sentence per action, composed from the register's fields (the facts the
    verifier checks against), e.g. "Laurence Jones (LJ): enquire about ... (open; progress:
    Ongoing) [1]"."""
    facts = item.fields
    owners = ", ".join(item.owners) or "No owner named"
    status = facts.get("Status", "unknown")
    progress = f"; progress: {flat(facts['Progress'])}" if facts.get("Progress") else ""
    due = f"; due {facts['Due']}" if facts.get("Due") else ""
    description = flat(facts.get("Action", item.text)).rstrip(".")
    return f"{owners}: {description} ({status}{progress}{due}) [{item.n}]."


def person_sentence(item: Evidence) -> str:
    facts = item.fields
    who = facts.get("Name", "")
    if facts.get("Initials"):
        who = f"{facts['Initials']} is {who}"
    details = [facts[k] for k in ("Role", "Organisation") if facts.get(k)]
    tail = f", {', '.join(details)}" if details else ""
    where = f" ({facts.get('Attendance', 'present')}, {item.meeting})" if item.meeting else ""
    return f"{who}{tail}{where} [{item.n}]."


def record_sentences(kind: str, evidence: list[Evidence]) -> list[str]:
    """The whole answer to an action or person question: the records say it all, so no model
    is asked to phrase it (a small model mixes up owners; reading its prompt costs seconds)."""
    if kind == "actions":
        return [
            action_sentence(e) if e.kind == "action" else f"{flat(e.text)} [{e.n}]"
            for e in evidence
        ]
    return [person_sentence(e) for e in evidence[:1]]


def passage_sentences(question: str, evidence: list[Evidence]) -> list[str]:
    """Verbatim passages that share what the question asks about (and any number it names)."""
    wanted = ev.focus_words(question)
    numbers = _sentence_numbers(question)
    picked = []
    for item in evidence:
        if wanted and not wanted & ev.content_words(item.text):
            continue
        if numbers - _numbers(item.haystack.lower()):
            continue
        picked.append(f"{flat(item.text)} [{item.n}]")
        if len(picked) == MAX_EXTRACTIVE_PASSAGES:
            break
    return picked


class Renumbering:
    """Citations renumbered 1..n in order of first use, sentence by sentence, so streamed text
    and the final answer use the same numbers, and the citations are only the ones cited."""

    def __init__(self, evidence: list[Evidence]):
        self._by_n = {e.n: e for e in evidence}
        self._new: dict[int, int] = {}

    def apply(self, sentence: str) -> str:
        def rewrite(match: re.Match[str]) -> str:
            numbers = [int(n) for n in re.split(r"[,;]", match.group(1))]
            for n in numbers:
                if n in self._by_n and n not in self._new:
                    self._new[n] = len(self._new) + 1
            kept = dict.fromkeys(self._new[n] for n in numbers if n in self._new)
            return "".join(f"[{n}]" for n in kept)

        return _CITATION_GROUP.sub(rewrite, sentence)

    def citations(self) -> list[Citation]:
        return [
            ev.citation(self._by_n[old]).model_copy(update={"n": new})
            for old, new in self._new.items()
        ]


def renumber(sentences: list[str], evidence: list[Evidence]) -> tuple[str, list[Citation]]:
    """The answer text with its citations renumbered 1..n in order of first use, and those
    citations (only the evidence the text cites, each quote verbatim page text)."""
    renumbering = Renumbering(evidence)
    text = " ".join(renumbering.apply(s) for s in sentences)
    return text, renumbering.citations()
