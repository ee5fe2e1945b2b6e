"""Sentence-level verification of an answer against the numbered evidence it cites.

No NLI model ships in a package, so support is the conjunction of exact checks and a
similarity floor:
- the sentence cites at least one evidence number that exists;
- every name, initials, number, date, month and status word in the sentence appears in the
  cited evidence (its quoted text or the structured fact behind it);
- where the cited evidence is an action, the person the sentence is about owns it;
- the sentence is semantically close to some sentence of the cited evidence.
Sentences that fail are removed, never shown as fact."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import numpy as np

from assistant.records import Evidence

from .claims import (
    CLAIM_WORD,
    FRAMING,
    NOVEL_SHARE,
    NOVEL_WORDS,
    STATUS_WORDS,
    binding_problem,
    contains_word,
    decision_problem,
    magnitudes,
    months_in,
    name_in,
    name_tokens,
    normalise,
    numbers_in,
    role_holders,
    sentence_numbers,
    status_alikes,
    stems,
    tense_problem,
)
from .vectors import Embeds, VectorMemory

log = logging.getLogger(__name__)
VERIFIER_VECTORS = 4096  # claims and evidence sentences one answerer keeps the vectors of

# Calibrated on paraphrases vs. off-topic sentences (see tests/test_verify.py and the
# calibration notes in the report): true paraphrases of a cited sentence score >= ~0.55 with
# all-MiniLM-L6-v2, unrelated statements about the same meeting score <= ~0.35.
SIMILARITY_THRESHOLD = 0.45

# A sentence the model did not cite is attributed to the evidence it matches best, but only
# when it matches clearly: the model did not commit to a source, so the bar is higher.
UNCITED_MARGIN = 0.10
# The sentence holding a claim's names and numbers may be this much less like the claim than
# the evidence's closest sentence: more, and the claim borrowed them from another statement.
RELATION_MARGIN = 0.15
_CITATION = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Cllr|St|No|Nos|e\.g|i\.e|etc|vs|approx|Prof|Rev|Co|Ltd|inc)|"
    r"\b[A-Z])\.$"
)
_INITIALS = re.compile(r"\b[A-Z][A-Za-z]?[A-Z][a-z]?\b|\b[A-Z]{2,4}\b")


@dataclass
class SentenceCheck:
    text: str  # as written, citations included
    claim: str  # citations and list markers stripped
    citations: list[int]
    supported: bool
    reasons: list[str] = field(default_factory=list)
    similarity: float = 0.0


@dataclass
class VerifiedAnswer:
    text: str  # only the supported sentences, citations kept
    sentences: list[SentenceCheck]

    @property
    def kept(self) -> list[SentenceCheck]:
        return [s for s in self.sentences if s.supported]

    @property
    def removed(self) -> list[SentenceCheck]:
        return [s for s in self.sentences if not s.supported]

    @property
    def cited(self) -> list[int]:
        seen: list[int] = []
        for sentence in self.kept:
            seen.extend(n for n in sentence.citations if n not in seen)
        return seen


# --------------------------------------------------------------------------- splitting


def split_sentences(text: str) -> list[tuple[str, list[int]]]:
    """Answer text -> (sentence, citation numbers). Citations written after the full stop
    ("... liaison. [2]") belong to the sentence before them."""
    pieces: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        start = 0
        for match in re.finditer(r"[.!?](?:\s*\[[\d,;\s]+\])*(?=\s+|$)", line):
            candidate = line[start : match.start() + 1]
            if _ABBREVIATIONS.search(candidate.rstrip()):
                continue
            pieces.append(line[start : match.end()].strip())
            start = match.end()
        if line[start:].strip():
            pieces.append(line[start:].strip())
    result: list[tuple[str, list[int]]] = []
    for piece in pieces:
        numbers = [int(n) for group in _CITATION.findall(piece) for n in re.split(r"[,;]", group)]
        if not _CITATION.sub("", piece).strip(" .;,-*•") and result:
            # A bare "[3]" line: attach to the sentence it follows.
            prev_text, prev_numbers = result[-1]
            result[-1] = (f"{prev_text} {piece}", prev_numbers + numbers)
            continue
        result.append((piece, list(dict.fromkeys(numbers))))
    return result


def claim_text(sentence: str) -> str:
    text = _CITATION.sub("", sentence)
    text = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def evidence_sentences(text: str) -> list[str]:
    """Evidence text -> sentence-ish units (lines, then sentences) for the similarity check."""
    units = []
    for line in re.split(r"[\n\t]+", text):
        for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line):
            if len(part.strip()) > 3:
                units.append(part.strip())
    return units


# --------------------------------------------------------------------------- exact checks


def exact_problems(claim: str, cited: list[Evidence], known_names: set[str]) -> list[str]:
    haystack = normalise("\n".join(e.haystack for e in cited))
    problems = []
    evidence_numbers = numbers_in(haystack)
    for number in sorted(sentence_numbers(claim) - evidence_numbers):
        problems.append(f"number {number} not in the cited evidence")
    for amount in sorted(magnitudes(claim) - magnitudes(haystack)):
        problems.append(f"amount {amount!r} not in the cited evidence")
    evidence_months = months_in(haystack)
    for month in sorted(months_in(claim) - evidence_months):
        problems.append(f"month {month} not in the cited evidence")
    raw = "\n".join(e.haystack for e in cited)
    for word in sorted(name_tokens(claim, known_names)):
        if not name_in(raw, word):
            problems.append(f"name {word!r} not in the cited evidence")
    for word in CLAIM_WORD.findall(claim.lower()):
        if word in STATUS_WORDS and not any(
            contains_word(haystack, alike) for alike in status_alikes(word)
        ):
            problems.append(f"status {word!r} not in the cited evidence")
    return problems


def novel_words(claim: str, cited: list[Evidence], question: str) -> set[str]:
    """Claim words that neither the cited evidence nor the question contains."""
    known = stems("\n".join(e.haystack for e in cited)) | stems(question) | FRAMING
    return stems(claim) - known


def novelty_problem(claim: str, cited: list[Evidence], question: str) -> str | None:
    novel = novel_words(claim, cited, question)
    words = stems(claim)
    if len(novel) >= NOVEL_WORDS and len(novel) > NOVEL_SHARE * max(1, len(words)):
        return f"words not in the cited evidence: {', '.join(sorted(novel))}"
    return None


# A role a sentence gives someone ("chaired by X") must sit next to that person in the
# evidence: an attendee list names everyone, but only one of them carries "(Chair)".
_SEGMENT = re.compile(r"[,;\n\t•|]+")


def role_problem(claim: str, cited: list[Evidence], known: set[str], question: str) -> str | None:
    holders = role_holders(claim)
    if not holders:
        return None
    # Names that say which meeting (its label, the question's own words) are not role claims.
    labels = " ".join(e.meeting or "" for e in cited)
    context = {
        re.sub(r"['’]s?$", "", w) for w in re.findall(r"[A-Z][A-Za-z'’\-]+", f"{question} {labels}")
    }
    segments = [seg for e in cited for seg in _SEGMENT.split(e.text)]
    wrong = set()
    for stem, holder in holders:
        for name in name_tokens(holder, known | {w.lower() for w in holder.split()}) - context:
            if not any(stem in seg.lower() and name_in(seg, name) for seg in segments):
                wrong.add((name, stem))
    if wrong:
        stems = sorted({stem for _, stem in wrong})
        return f"{', '.join(sorted(n for n, _ in wrong))} not named as {'/'.join(stems)} in the cited evidence"
    return None


def owner_problem(claim: str, cited: list[Evidence], people: dict[str, set[str]]) -> str | None:
    """The person a sentence is about (the first one it mentions) must own one of the cited
    actions: a small model swaps owners between neighbouring rows."""
    actions = [e for e in cited if e.kind == "action"]
    if not actions or len(actions) != len(cited):
        return None
    first: tuple[int, str] | None = None
    for person, aliases in people.items():
        for alias in aliases:
            match = re.search(rf"(?<![A-Za-z]){re.escape(alias)}(?![A-Za-z])", claim)
            if match and (first is None or match.start() < first[0]):
                first = (match.start(), person)
    if first is None:
        return None
    if any(first[1] in e.owners for e in actions):
        return None
    return f"{first[1]} does not own the cited action"


def _people_aliases(evidence: list[Evidence]) -> dict[str, set[str]]:
    """Owner display name -> the ways a sentence may refer to them ("Laurence Jones (LJ)" ->
    {"Laurence Jones", "LJ", "Jones"})."""
    people: dict[str, set[str]] = {}
    for item in evidence:
        for owner in item.owners:
            aliases = {owner}
            match = re.match(r"^(.*?)\s*\(([^)]+)\)\s*$", owner)
            name = match.group(1) if match else owner
            if match:
                aliases.update({match.group(1), match.group(2)})
            parts = name.split()
            if len(parts) > 1 and parts[-1][:1].isupper():
                aliases.add(parts[-1])
            people[owner] = {a for a in aliases if len(a) > 1}
    return people


# --------------------------------------------------------------------------- verification


class Verifier:
    """`relations`: also check that a claim's names and numbers are the ones its passage ties
    to what it says (for generated answers; a briefing's bullets are composed from the very
    spans they cite)."""

    def __init__(
        self,
        embedder: Embeds | None,
        threshold: float = SIMILARITY_THRESHOLD,
        relations: bool = False,
    ):
        self._embedder = embedder
        self.threshold = threshold
        self.relations = relations
        # Evidence sentences are embedded once per answer, not once per streamed sentence.
        self._vectors = VectorMemory(VERIFIER_VECTORS)

    def verify(
        self,
        answer_text: str,
        evidence: list[Evidence],
        *,
        question: str = "",
        attribute: bool = False,
    ) -> VerifiedAnswer:
        """Check every sentence of answer_text against the evidence it cites. With
        `attribute`, a sentence that cites nothing is checked against each piece of evidence
        and given the one it matches best, if it matches clearly (small models often forget
        the [n] on an otherwise faithful sentence)."""
        by_n = {e.n: e for e in evidence}
        known = {
            w.lower() for e in evidence for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+", e.haystack)
        }
        people = _people_aliases(evidence)
        checks: list[SentenceCheck] = []
        for sentence, numbers in split_sentences(answer_text):
            claim = claim_text(sentence)
            check = SentenceCheck(sentence, claim, numbers, supported=False)
            cited = [by_n[n] for n in numbers if n in by_n]
            if len(CLAIM_WORD.findall(claim)) < 3:
                check.reasons.append("too short to state a fact")
            elif not numbers and attribute:
                self._attribute(check, evidence, known, people, question)
            elif not numbers:
                check.reasons.append("no citation")
            elif not cited:
                check.reasons.append(f"cites evidence that does not exist: {numbers}")
            else:
                check.reasons.extend(f"cites missing [{n}]" for n in numbers if n not in by_n)
                check.citations = [e.n for e in cited]
                check.reasons.extend(self._exact(claim, cited, known, people, question))
                if not check.reasons or all(r.startswith("cites missing") for r in check.reasons):
                    self._similarity(check, cited, self.threshold)
                fine = not check.reasons or all(
                    r.startswith("cites missing") for r in check.reasons
                )
                if self.relations and fine:
                    relation = self._relation(claim, cited, known)
                    if relation:
                        check.reasons.append(relation)
            checks.append(check)
        for check in checks:
            # "cites missing [n]" alone is not fatal: the valid citations carry the sentence.
            fatal = [r for r in check.reasons if not r.startswith("cites missing")]
            check.supported = not fatal
            if not check.supported:
                log.info("removed unsupported sentence %r: %s", check.text, "; ".join(fatal))
        text = " ".join(c.text for c in checks if c.supported)
        return VerifiedAnswer(text=text, sentences=checks)

    @staticmethod
    def _exact(
        claim: str,
        cited: list[Evidence],
        known: set[str],
        people: dict[str, set[str]],
        question: str,
    ) -> list[str]:
        problems = exact_problems(claim, cited, known)
        owner = owner_problem(claim, cited, people)
        if owner:
            problems.append(owner)
        role = role_problem(claim, cited, known, question)
        if role:
            problems.append(role)
        novel = novelty_problem(claim, cited, question)
        if novel:
            problems.append(novel)
        decided = decision_problem(claim, "\n".join(e.text for e in cited))
        if decided:
            problems.append(decided)
        coming = tense_problem(claim, "\n".join(e.text for e in cited))
        if coming:
            problems.append(coming)
        return problems

    def _attribute(
        self,
        check: SentenceCheck,
        evidence: list[Evidence],
        known: set[str],
        people: dict[str, set[str]],
        question: str,
    ) -> None:
        best: tuple[float, Evidence] | None = None
        for item in evidence:
            if self._exact(check.claim, [item], known, people, question):
                continue
            score = self._best_similarity(check.claim, [item])
            if best is None or score > best[0]:
                best = (score, item)
        bar = self.threshold + UNCITED_MARGIN
        if best is None or best[0] < bar:
            found = f" (best match {best[0]:.2f} below {bar:.2f})" if best else ""
            check.reasons.append(f"no citation{found}")
            return
        check.similarity, check.citations = best[0], [best[1].n]
        body = check.text.rstrip()
        stop = body[-1] if body[-1:] in ".!?" else ""
        check.text = f"{body[: len(body) - len(stop)].rstrip()} [{best[1].n}]{stop or '.'}"

    def _relation(self, claim: str, cited: list[Evidence], known: set[str]) -> str | None:
        """The names and numbers of a claim must be the ones the evidence ties to what the
        claim says: one sentence of the evidence (its heading before it) holds them all, and it
        is among the sentences closest in meaning to the claim. "X resigned" does not stand on
        a passage where Y resigned and X is in the attendance line."""
        wanted_numbers = sentence_numbers(claim)
        wanted_names = {w.lower() for w in name_tokens(claim, known)}
        if not wanted_numbers and not wanted_names:
            return None
        if len(cited) != 1 or cited[0].kind != "passage":
            # a record's fields tie its names (the owner check reads them); a sentence citing
            # several passages joins what they say
            return None
        item = cited[0]
        heading = "\n".join(x for x in (item.speaker, item.item, item.meeting) if x)
        if wanted_numbers <= numbers_in(normalise(heading)) and all(
            name_in(heading, w) for w in wanted_names
        ):
            return None  # what the item heading and the meeting line say
        # lines, then sentences and their clauses; a table row stays whole, its cells together
        units = [
            (item, part.strip())
            for line in item.text.split("\n")
            for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])|;\s+", line)
            if len(part.strip()) > 3
        ]
        if not units:
            return None
        holding = []
        for k, (item, unit) in enumerate(units):
            # the sentence, or it and the next (a statement that runs over two), under its heading
            after = units[k + 1][1] if k + 1 < len(units) and units[k + 1][0] is item else ""
            for span in (unit, f"{unit} {after}"):
                # "RH said": the sentence names the person its initials stand for
                named = [n for ref, n in item.names.items() if re.search(rf"\b{ref}\b", span)]
                together = f"{heading}\n{span}\n{'; '.join(named)}"
                if wanted_numbers <= numbers_in(normalise(together)) and all(
                    name_in(together, w) for w in wanted_names
                ):
                    holding.append(unit)
                    break
        if not holding:
            return "its names and numbers are not stated together in one sentence"
        bound = binding_problem(claim, f"{heading}\n{item.text}")
        if bound:
            return bound
        if self._embedder is None or len(units) == 1:
            return None
        vectors = self._embed([claim, *(u for _, u in units)])
        scores = {u: float(vectors[0] @ v) for (_, u), v in zip(units, vectors[1:], strict=True)}
        best = max(scores.values())
        if max(scores[u] for u in holding) < best - RELATION_MARGIN:
            return "the sentence that holds its names and numbers is not the one it paraphrases"
        return None

    def _similarity(self, check: SentenceCheck, cited: list[Evidence], bar: float) -> None:
        check.similarity = self._best_similarity(check.claim, cited)
        if check.similarity < bar:
            check.reasons.append(f"similarity {check.similarity:.2f} below {bar:.2f}")

    def _best_similarity(self, claim: str, cited: list[Evidence]) -> float:
        """Cosine of the claim with its closest sentence of the cited evidence."""
        if self._embedder is None:
            return 1.0
        units = [
            u
            for item in cited
            for u in [*evidence_sentences(item.text), *evidence_sentences(item.facts)]
        ]
        # a claim may name the topic only the item heading gives: heading and sentence together
        units += [
            f"{item.item}: {u}"
            for item in cited
            if item.item
            for u in evidence_sentences(item.text)
        ]
        if not units:
            return -1.0
        vectors = self._embed([claim, *units])
        return max(float(vectors[0] @ v) for v in vectors[1:])

    def _embed(self, texts: list[str]) -> list[np.ndarray]:
        assert self._embedder is not None
        return list(self._vectors.vectors(self._embedder, texts))


def verify(
    answer_text: str,
    evidence: list[Evidence],
    embedder: Embeds | None = None,
    question: str = "",
) -> VerifiedAnswer:
    return Verifier(embedder).verify(answer_text, evidence, question=question)
