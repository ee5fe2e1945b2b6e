"""Metric definitions for the eval harness: pure functions over answers, judgements and gold.

A *judge* decides whether some passages support a claim: `Judge(claim, passages, question)
-> bool`. The default is the offline verifier (exact checks plus embedding similarity, see
assistant/verify.py); `evals.judges` adds an LLM judge. Every metric here takes its judge as
an argument, so the unit tests drive them with small invented cases and a scripted judge.

The texts in DEFINITIONS are copied into every report, so a number never travels without
what it means."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.records import Evidence
from assistant.verify.verifier import claim_text, split_sentences

Judge = Callable[[str, list[Evidence], str], bool]

DEFINITIONS: dict[str, str] = {
    "actions.recall": "Gold actions matched by a predicted action of the same document (key "
    "phrase in its description, quote or progress, or >= 80% of the phrase's words; one-to-one) "
    "/ gold actions; unprefixed, pooled (counts summed) over every actions.jsonl of the gold dir.",
    "actions.precision": "Matched predicted actions / predicted actions in the gold documents.",
    "actions.f1": "Harmonic mean of actions.precision and actions.recall.",
    "actions.owner_accuracy": "Matched actions whose owners equal the gold owners (full name, "
    "surname or printed form; no extra owners) / matched actions.",
    "actions.status_accuracy": "Matched actions whose status (open/closed, as recorded at the "
    "action's own meeting) equals the gold status / matched actions.",
    "followups.precision": "Predicted follow-up links (an action and a later meeting's update "
    "of it) that a gold link confirms / predicted links on gold-matched actions.",
    "followups.recall": "Gold follow-up links found among the predicted links / gold links.",
    "followups.f1": "Harmonic mean of followups.precision and followups.recall.",
    "followups.status_now_accuracy": "Matched actions whose current status (the latest update "
    "firm enough to set it, else the status at its own meeting) equals the status of the "
    "action's latest gold follow-up (else its gold status) / matched actions.",
    "questions.fact_recall": "Required facts (a `must` group: any of its phrasings, case- and "
    "quote-folded) present in the answer / required facts, over answerable gold questions.",
    "questions.all_facts": "Answerable gold questions whose answer states every required fact "
    "and is not a refusal / answerable questions.",
    "questions.refusal_accuracy": "Unanswerable gold questions the assistant declines "
    "(answerable=false) / unanswerable questions.",
    "questions.false_refusals": "Answerable gold questions the assistant declines / answerable "
    "questions (lower is better).",
    "citations.recall": "After ALCE (Gao et al. 2023): answer sentences that cite at least one "
    "passage and whose cited passages together support them (by the judge) / answer sentences; "
    "per answer, averaged over answers that are not refusals.",
    "citations.precision": "After ALCE: a citation is precise when its sentence is supported "
    "by all its citations and the citation either supports the sentence alone or is needed "
    "(the others alone do not); precise citations / citations; averaged over answers.",
    "citations.resolvable": "Citations whose quote is found verbatim on the cited document "
    "page of the index / citations.",
    "faithfulness.answers": "After RAGAS: supported claims / claims, a claim being an answer "
    "sentence and support judged against all evidence retrieved for the question; averaged "
    "over answers with at least one claim.",
    "faithfulness.briefings": "The same for briefing notes: bullets supported by the passages "
    "they cite / bullets, averaged over the bodies briefed.",
    "retrieval.recall@k": "Gold source documents among the documents of the top-k search hits "
    "/ gold source documents, averaged over questions with sources.",
    "retrieval.mrr": "Mean over questions of 1/rank of the first gold source document in the "
    "ranked list of distinct documents of the search hits (0 when absent).",
    "qmsum.rouge1": "ROUGE-1 F1 (unigram overlap; lower-cased alphanumeric tokens, Porter-"
    "stemmed when nltk is installed) of the answer against the QMSum reference, averaged over "
    "queries; our implementation, not the official perl script.",
    "qmsum.rouge2": "ROUGE-2 F1 (bigram overlap), as qmsum.rouge1.",
    "qmsum.rougeL": "ROUGE-L F1 (longest common subsequence over the whole text), as qmsum.rouge1.",
    "qmsum.faithfulness": "Answer sentences supported by evidence retrieved from the meeting's "
    "own transcript / answer sentences, averaged over answered queries.",
    "qmsum.citations_in_transcript": "Citation quotes found verbatim in the meeting's "
    "transcript text / citations.",
    "verifier.accuracy": "The offline verifier's accuracy on labelled supported / unsupported "
    "/ swapped-owner / wrong-status / wrong-number sentences (evals/verifier_eval.py).",
    "judge.agreement": "Judgements where the offline verifier and the LLM judge agree / "
    "judgements both made (only when an OpenAI-compatible judge is configured).",
    "judge.kappa": "Cohen's kappa of the two judges' supported/unsupported verdicts.",
}


# --------------------------------------------------------------------------- small helpers


def mean(values: Sequence[float]) -> float | None:
    """None for no values: a metric with nothing to measure is absent, not zero."""
    return sum(values) / len(values) if values else None


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fold(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


# --------------------------------------------------------------------------- questions


def facts_found(answer: str, must: list[list[str]]) -> list[bool]:
    """One flag per required fact: any of its phrasings appears in the answer."""
    folded = fold(answer)
    return [any(fold(p) in folded for p in group) for group in must]


@dataclass
class QuestionOutcome:
    answerable_gold: bool
    declined: bool
    facts: list[bool] = field(default_factory=list)


def question_metrics(outcomes: Sequence[QuestionOutcome]) -> dict[str, float | None]:
    answerable = [o for o in outcomes if o.answerable_gold]
    unanswerable = [o for o in outcomes if not o.answerable_gold]
    facts = [f for o in answerable for f in o.facts]
    return {
        "questions.fact_recall": ratio(sum(facts), len(facts)),
        "questions.all_facts": ratio(
            sum(all(o.facts) and not o.declined for o in answerable), len(answerable)
        ),
        "questions.refusal_accuracy": ratio(
            sum(o.declined for o in unanswerable), len(unanswerable)
        ),
        "questions.false_refusals": ratio(sum(o.declined for o in answerable), len(answerable)),
    }


# --------------------------------------------------------------------------- retrieval


def ranked_documents(hit_docs: Sequence[str]) -> list[str]:
    """Distinct documents in the order their first hit appears."""
    return list(dict.fromkeys(hit_docs))


def recall_at_k(ranked: Sequence[str], sources: Sequence[str], k: int) -> float | None:
    if not sources:
        return None
    top = set(ranked[:k])
    return sum(s in top for s in set(sources)) / len(set(sources))


def reciprocal_rank(ranked: Sequence[str], sources: Sequence[str]) -> float | None:
    if not sources:
        return None
    for rank, doc in enumerate(ranked, start=1):
        if doc in sources:
            return 1.0 / rank
    return 0.0


# --------------------------------------------------------------------------- citations (ALCE)


@dataclass
class Statement:
    """One answer sentence: its claim text and the passages it cites, by citation number."""

    claim: str
    cited: list[int]


def statements(answer: str) -> list[Statement]:
    out = []
    for sentence, numbers in split_sentences(answer):
        claim = claim_text(sentence)
        if claim:
            out.append(Statement(claim, numbers))
    return out


@dataclass
class CitationScore:
    recall: float | None
    precision: float | None
    sentences: list[dict] = field(default_factory=list)


def citation_scores(
    answer: str, passages: dict[int, Evidence], judge: Judge, question: str = ""
) -> CitationScore:
    """ALCE citation recall and precision of one answer. `passages` maps the answer's citation
    numbers to the evidence they name; a number with no passage counts as citing nothing."""
    supported_flags: list[bool] = []
    precise_flags: list[bool] = []
    rows = []
    for st in statements(answer):
        cited = [passages[n] for n in st.cited if n in passages]
        joint = bool(cited) and judge(st.claim, cited, question)
        supported_flags.append(joint)
        precise = []
        for i, passage in enumerate(cited):
            if not joint:
                precise.append(False)
                continue
            alone = len(cited) == 1 or judge(st.claim, [passage], question)
            rest = cited[:i] + cited[i + 1 :]
            rest_enough = bool(rest) and judge(st.claim, rest, question)
            precise.append(alone or not rest_enough)
        # A number that names no passage is a citation, and an imprecise one.
        precise += [False] * sum(n not in passages for n in st.cited)
        precise_flags += precise
        rows.append({"claim": st.claim, "cited": st.cited, "supported": joint, "precise": precise})
    return CitationScore(
        ratio(sum(supported_flags), len(supported_flags)),
        ratio(sum(precise_flags), len(precise_flags)),
        rows,
    )


# --------------------------------------------------------------------------- faithfulness (RAGAS)


def faithfulness(
    claims: Sequence[str], context: list[Evidence], judge: Judge, question: str = ""
) -> tuple[float | None, list[bool]]:
    """Supported claims / claims, each claim judged against the whole context."""
    flags = [bool(context) and judge(c, context, question) for c in claims]
    return ratio(sum(flags), len(flags)), flags


# --------------------------------------------------------------------------- judges agreeing


def agreement(pairs: Sequence[tuple[bool, bool]]) -> dict[str, float | None]:
    """Share of agreeing verdicts and Cohen's kappa (chance-corrected)."""
    n = len(pairs)
    if not n:
        return {"judge.agreement": None, "judge.kappa": None, "judge.pairs": 0}
    observed = sum(a == b for a, b in pairs) / n
    p_a = sum(a for a, _ in pairs) / n
    p_b = sum(b for _, b in pairs) / n
    expected = p_a * p_b + (1 - p_a) * (1 - p_b)
    kappa = 1.0 if expected == 1 else (observed - expected) / (1 - expected)
    return {"judge.agreement": observed, "judge.kappa": kappa, "judge.pairs": n}


# --------------------------------------------------------------------------- ROUGE


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str] | None:
    try:
        from nltk.stem.porter import PorterStemmer  # installed with llama-index-core
    except ImportError:
        return None
    stem = PorterStemmer().stem
    return lru_cache(maxsize=65536)(stem)


def rouge_stemming() -> bool:
    return _stemmer() is not None


def rouge_tokens(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens, stemmed as rouge-score does (words of > 3 letters)."""
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    stem = _stemmer()
    return [stem(t) if stem and len(t) > 3 else t for t in tokens]


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _prf(overlap: int, predicted: int, reference: int) -> dict[str, float]:
    p = overlap / predicted if predicted else 0.0
    r = overlap / reference if reference else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}


def rouge_n(prediction: str, reference: str, n: int) -> dict[str, float]:
    pred, ref = _ngrams(rouge_tokens(prediction), n), _ngrams(rouge_tokens(reference), n)
    overlap = sum((pred & ref).values())
    return _prf(overlap, sum(pred.values()), sum(ref.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(prediction: str, reference: str) -> dict[str, float]:
    pred, ref = rouge_tokens(prediction), rouge_tokens(reference)
    return _prf(lcs_length(pred, ref), len(pred), len(ref))


def rouge(prediction: str, reference: str) -> dict[str, float]:
    """F1 of ROUGE-1, ROUGE-2 and ROUGE-L."""
    return {
        "rouge1": rouge_n(prediction, reference, 1)["f"],
        "rouge2": rouge_n(prediction, reference, 2)["f"],
        "rougeL": rouge_l(prediction, reference)["f"],
    }
