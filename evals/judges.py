"""Support judges for the eval metrics: does a set of passages support a claim?

- `VerifierJudge`: the offline default, the product's own verifier (exact checks on names,
  numbers, dates, owners and status words, plus embedding similarity to the cited text).
- `LLMJudge`: an OpenAI-compatible model asked yes/no (prompts/judge_support.md).
- `PairedJudge`: gives the offline verdict (so runs stay comparable whatever is configured)
  and records the LLM's verdict beside it, for the agreement the report shows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from assistant.llm.client import LLM, LLMError
from assistant.prompts import render
from assistant.records import Evidence
from assistant.verify.claims import CLAIM_WORD
from assistant.verify.verifier import Embeds, Verifier, claim_text, split_sentences

log = logging.getLogger(__name__)

_Key = tuple[str, tuple[tuple[str, int | None, str, str], ...], str]


def _key(claim: str, passages: list[Evidence], question: str) -> _Key:
    return claim, tuple((p.doc, p.page, p.text, p.facts) for p in passages), question


class VerifierJudge:
    """The product's verifier, asked about one claim at a time. Verdicts are cached: citation
    precision asks about the same claim with several subsets of its passages."""

    name = "verifier"

    def __init__(self, embedder: Embeds | None):
        self._verifier = Verifier(embedder)
        self._cache: dict[_Key, bool] = {}

    def __call__(self, claim: str, passages: list[Evidence], question: str = "") -> bool:
        key = _key(claim, passages, question)
        if key not in self._cache:
            self._cache[key] = self._judge(claim, passages, question)
        return self._cache[key]

    def _judge(self, claim: str, passages: list[Evidence], question: str) -> bool:
        if not passages:
            return False
        numbered = [replace(p, n=i) for i, p in enumerate(passages, start=1)]
        marks = "[" + ", ".join(str(p.n) for p in numbered) + "]"
        # A claim of several sentences: each must be supported by the passages.
        pieces: list[str] = []
        for sentence, _ in split_sentences(claim):
            piece = claim_text(sentence)
            # "Raised 2 May 2024." alone is too short to be judged: it qualifies the sentence
            # before it, so it is judged with it.
            if pieces and len(CLAIM_WORD.findall(piece)) < 3:
                pieces[-1] = f"{pieces[-1].rstrip('.')}; {piece}"
            elif piece:
                pieces.append(piece)
        pieces = pieces or [claim]
        text = "\n".join(f"{piece} {marks}" for piece in pieces if piece)
        checked = self._verifier.verify(text, numbered, question=question)
        return bool(checked.sentences) and all(s.supported for s in checked.sentences)


class LLMJudge:
    """Asks an OpenAI-compatible model whether the passages support the claim (yes/no)."""

    name = "llm"

    def __init__(self, llm: LLM, max_passage_chars: int = 1500):
        self.llm = llm
        self._max = max_passage_chars
        self._cache: dict[_Key, bool | None] = {}
        self.errors = 0

    def __call__(self, claim: str, passages: list[Evidence], question: str = "") -> bool | None:
        """True/False, or None when the model could not be asked or gave no yes/no."""
        key = _key(claim, passages, question)
        if key not in self._cache:
            self._cache[key] = self._ask(claim, passages, question)
        return self._cache[key]

    def _ask(self, claim: str, passages: list[Evidence], question: str) -> bool | None:
        if not passages:
            return False
        listed = "\n".join(
            f"[{i}] {p.haystack.strip()[: self._max]}" for i, p in enumerate(passages, start=1)
        )
        prompt = render(
            "judge_support", passages=listed, question=question or "(none)", statement=claim
        )
        try:
            reply = self.llm.chat([{"role": "user", "content": prompt}], max_tokens=3)
        except LLMError as exc:
            self.errors += 1
            log.warning("the LLM judge failed: %s", exc)
            return None
        word = reply.strip().strip(".,!\"'").lower().split()[:1]
        if word and word[0] in ("yes", "no"):
            return word[0] == "yes"
        log.info("the LLM judge answered neither yes nor no: %r", reply[:80])
        return None


class PairedJudge:
    """Returns the primary judge's verdict; records (primary, secondary) pairs for agreement."""

    def __init__(self, primary: Callable[..., bool], secondary: Callable[..., bool | None]):
        self.primary = primary
        self.secondary = secondary
        self.pairs: list[tuple[bool, bool]] = []
        self._seen: set[_Key] = set()  # a judgement asked twice is counted once
        self.disagreements: list[dict[str, object]] = []

    def __call__(self, claim: str, passages: list[Evidence], question: str = "") -> bool:
        first = self.primary(claim, passages, question)
        key = _key(claim, passages, question)
        if key in self._seen:
            return first
        self._seen.add(key)
        second = self.secondary(claim, passages, question)
        if second is not None:
            self.pairs.append((first, second))
            if first != second and len(self.disagreements) < 50:
                self.disagreements.append(
                    {
                        "claim": claim,
                        "verifier": first,
                        "llm": second,
                        "docs": sorted({p.doc for p in passages}),
                    }
                )
        return first
