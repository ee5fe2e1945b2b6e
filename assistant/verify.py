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
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

# Calibrated on paraphrases vs. off-topic sentences (see tests/test_verify.py and the
# calibration notes in the report): true paraphrases of a cited sentence score >= ~0.55 with
# all-MiniLM-L6-v2, unrelated statements about the same meeting score <= ~0.35.
SIMILARITY_THRESHOLD = 0.45

STATUS_WORDS = {
    "open", "closed", "complete", "completed", "ongoing", "outstanding", "overdue", "done",
    "pending", "approved", "agreed", "rejected", "deferred", "cancelled", "resolved",
    "circulated", "declined", "postponed", "withdrawn", "ratified", "endorsed",
}  # fmt: skip
# Words that say the same about a decision or an action's state: minutes write "RESOLVED",
# an answer "agreed". Anything outside a word's class (open vs closed) stays a mismatch.
STATUS_CLASSES = [
    {"agreed", "approved", "resolved", "ratified", "endorsed", "accepted", "adopted"},
    {"open", "ongoing", "outstanding", "pending"},
    {"closed", "complete", "completed", "done"},
]
# A sentence the model did not cite is attributed to the evidence it matches best, but only
# when it matches clearly: the model did not commit to a source, so the bar is higher.
UNCITED_MARGIN = 0.10
# Content words an answer may add without the evidence saying them: the framing of a reply.
FRAMING = {
    "board", "committ", "counc", "meeti", "minut", "trust", "group", "agree", "decid",
    "decis", "repor", "noted", "state", "said", "confi", "discu", "recor", "menti", "also",
    "would", "shoul", "furth", "propo", "resol", "appro", "asked", "reque", "inclu",
}  # fmt: skip
# Above this many claim words that neither the cited evidence nor the question contains, and
# above this share of the claim's words, a sentence says something the evidence does not.
NOVEL_WORDS = 3
NOVEL_SHARE = 0.4
_STOP = set(
    """a about after all also am an and any are as at be been before being but by can could
    did do does for from had has have he her him his how i if in into is it its me my no not
    of on or our she so than that the their them then there these they this those to was we
    were what when where which who whom why will with would you your""".split()
)
MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],  # fmt: skip
        start=1,
    )
    for m in names
}
NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "first": "1",
    "second": "2", "third": "3", "fourth": "4", "fifth": "5",
}  # fmt: skip
# Capitalised words that start or fill sentences without naming anyone or anything.
COMMON_CAPITALISED = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
    "there", "their", "his", "her", "in", "on", "at", "for", "of", "to", "and", "or", "but",
    "as", "by", "with", "from", "no", "not", "yes", "all", "both", "each", "one", "some",
    "what", "which", "who", "when", "where", "why", "how", "also", "however", "according",
    "minutes", "meeting", "action", "actions", "open", "closed", "status", "owner", "owners",
    "lead", "progress", "due", "item", "items", "page", "note", "i", "we", "you", "after",
    "before", "during", "currently", "further", "then", "other", "following", "next", "last",
    "previous", "mr", "mrs", "ms", "dr", "cllr", "councillor", "chair", "chairman", "clerk",
    "if", "while", "until", "since", "there's", "is", "are", "was", "were", "has",
    "have", "had", "will", "would", "should", "can", "could", "may", "must", "nobody", "none",
}  # fmt: skip

_CITATION = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Cllr|St|No|Nos|e\.g|i\.e|etc|vs|approx|Prof|Rev|Co|Ltd|inc)|"
    r"\b[A-Z])\.$"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_INITIALS = re.compile(r"\b[A-Z][A-Za-z]?[A-Z][a-z]?\b|\b[A-Z]{2,4}\b")


class Embeds(Protocol):
    def embed(self, texts: list[str]) -> np.ndarray: ...


@dataclass
class Evidence:
    """One numbered piece of evidence. `text` is verbatim page text (doc/page/start/end);
    `facts` is the structured record behind it (an action's owners, status, progress)."""

    n: int
    text: str
    doc: str
    page: int | None
    doc_id: str = ""
    start: int | None = None
    end: int | None = None
    item: str | None = None
    meeting: str | None = None
    facts: str = ""
    owners: list[str] = field(default_factory=list)  # set for action evidence
    fields: dict[str, str] = field(default_factory=dict)  # the facts, field by field
    kind: str = "passage"  # passage | action | person

    @property
    def haystack(self) -> str:
        return f"{self.text}\n{self.facts}\n{self.meeting or ''}"


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


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).lower()


def _numbers(text: str) -> set[str]:
    """Numbers in a text, normalised: thousands separators dropped, ordinals and number
    words mapped to digits, two-digit years in dd.mm.yy dates expanded to 20yy."""
    found: set[str] = set()
    for raw in _NUMBER.findall(text):
        found.add(raw.replace(",", ""))
        found.add(raw.replace(",", "").rstrip("0").rstrip(".") if "." in raw else raw)
        parts = re.split(r"[.:/]", raw)
        if len(parts) == 3 and all(p.isdigit() for p in parts):  # a dd.mm.yy date
            day, month, year = parts
            found.update({str(int(day)), str(int(month)), day, month})
            found.add(year if len(year) == 4 else f"20{year}")
        for part in parts:
            if part.isdigit():
                found.add(str(int(part)))
    for word in _WORD.findall(text.lower()):
        if word in NUMBER_WORDS:
            found.add(NUMBER_WORDS[word])
    return found


def _sentence_numbers(text: str) -> set[str]:
    """Numbers a sentence asserts; each must be found in the evidence."""
    found = set()
    for raw in _NUMBER.findall(text):
        value = raw.replace(",", "")
        found.add(value if value.replace(".", "").isdigit() else raw)
    for match in re.finditer(r"\b(\d+)(?:st|nd|rd|th)\b", text):
        found.discard(match.group(0))
        found.add(match.group(1))
    return found


_MAGNITUDE = re.compile(
    r"(\d+(?:[.,]\d+)*)\s*(million|billion|thousand|bn|m|k)\b", re.I
)


def _magnitudes(text: str) -> set[str]:
    """"£1 million" must not pass because "1" appears somewhere: the amount goes together."""
    return {
        f"{n.replace(',', '')} {unit.lower()[0]}" for n, unit in _MAGNITUDE.findall(text)
    }


def _months(text: str) -> set[int]:
    found = {MONTHS[w] for w in _WORD.findall(text.lower()) if w in MONTHS and len(w) > 3}
    for raw in _NUMBER.findall(text):
        parts = re.split(r"[./]", raw)
        if len(parts) == 3 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
            found.add(int(parts[1]))
    return found


def name_tokens(text: str, known: set[str]) -> set[str]:
    """Capitalised words that may name someone or something. A sentence's first word is
    only a name if some evidence uses it as one (`known`); otherwise "Currently" counts."""
    tokens: set[str] = set()
    words = list(re.finditer(r"[A-Z][A-Za-z'’\-]+", text))
    for match in words:
        word = re.sub(r"['’]s?$", "", match.group(0))
        if word.lower() in COMMON_CAPITALISED or word.lower() in MONTHS:
            continue
        sentence_start = not text[: match.start()].strip(" -*•\"'(")
        if sentence_start and word.lower() not in known and not word.isupper():
            continue
        tokens.add(word)
    return tokens


def _contains_word(haystack: str, word: str) -> bool:
    return re.search(rf"(?<![A-Za-z]){re.escape(_norm(word))}(?![A-Za-z])", haystack) is not None


def exact_problems(claim: str, cited: list[Evidence], known_names: set[str]) -> list[str]:
    haystack = _norm("\n".join(e.haystack for e in cited))
    problems = []
    evidence_numbers = _numbers(haystack)
    for number in sorted(_sentence_numbers(claim) - evidence_numbers):
        problems.append(f"number {number} not in the cited evidence")
    for amount in sorted(_magnitudes(claim) - _magnitudes(haystack)):
        problems.append(f"amount {amount!r} not in the cited evidence")
    evidence_months = _months(haystack)
    for month in sorted(_months(claim) - evidence_months):
        problems.append(f"month {month} not in the cited evidence")
    for word in sorted(name_tokens(claim, known_names)):
        if not _contains_word(haystack, word):
            problems.append(f"name {word!r} not in the cited evidence")
    for word in _WORD.findall(claim.lower()):
        if word in STATUS_WORDS and not any(
            _contains_word(haystack, alike) for alike in _status_alikes(word)
        ):
            problems.append(f"status {word!r} not in the cited evidence")
    return problems


def _status_alikes(word: str) -> set[str]:
    for alike in STATUS_CLASSES:
        if word in alike:
            return alike
    return {word}


def stems(text: str) -> set[str]:
    """Lowercase content-word stems (first 5 letters): "chaired" ~ "Chair"."""
    words = {w.lower().replace("’", "'") for w in _WORD.findall(text)}
    return {w[:5] for w in words if w not in _STOP and len(w) > 2}


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
    def __init__(self, embedder: Embeds | None, threshold: float = SIMILARITY_THRESHOLD):
        self._embedder = embedder
        self.threshold = threshold
        # Evidence sentences are embedded once per answer, not once per streamed sentence.
        self._vectors: dict[str, np.ndarray] = {}

    def verify(self, answer_text: str, evidence: list[Evidence], *, question: str = "",
               attribute: bool = False) -> VerifiedAnswer:
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
            if len(_WORD.findall(claim)) < 3:
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
    def _exact(claim: str, cited: list[Evidence], known: set[str],
               people: dict[str, set[str]], question: str) -> list[str]:
        problems = exact_problems(claim, cited, known)
        owner = owner_problem(claim, cited, people)
        if owner:
            problems.append(owner)
        novel = novelty_problem(claim, cited, question)
        if novel:
            problems.append(novel)
        return problems

    def _attribute(self, check: SentenceCheck, evidence: list[Evidence], known: set[str],
                   people: dict[str, set[str]], question: str) -> None:
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

    def _similarity(self, check: SentenceCheck, cited: list[Evidence], bar: float) -> None:
        check.similarity = self._best_similarity(check.claim, cited)
        if check.similarity < bar:
            check.reasons.append(f"similarity {check.similarity:.2f} below {bar:.2f}")

    def _best_similarity(self, claim: str, cited: list[Evidence]) -> float:
        """Cosine of the claim with its closest sentence of the cited evidence."""
        if self._embedder is None:
            return 1.0
        units = [u for item in cited
                 for u in [*evidence_sentences(item.text), *evidence_sentences(item.facts)]]
        if not units:
            return -1.0
        vectors = self._embed([claim, *units])
        return max(float(vectors[0] @ v) for v in vectors[1:])

    def _embed(self, texts: list[str]) -> list[np.ndarray]:
        assert self._embedder is not None
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            if len(self._vectors) > 4096:
                self._vectors.clear()
            for text, vector in zip(missing, self._embedder.embed(missing), strict=True):
                self._vectors[text] = vector
        return [self._vectors[t] for t in texts]


def verify(
    answer_text: str, evidence: list[Evidence], embedder: Embeds | None = None,
    question: str = "",
) -> VerifiedAnswer:
    return Verifier(embedder).verify(answer_text, evidence, question=question)
