"""The eval harness: metric definitions on small invented cases, the judges (a scripted fake
LLM as the OpenAI-compatible judge), the report, and whole runs on gold dirs built here from
the project's own samples/ (never seen by the harness before)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.records import Evidence
from evals import metrics as m
from evals.harness import check_thresholds, corpus_files, load_gold, run_eval
from evals.judges import LLMJudge, PairedJudge, VerifierJudge
from evals.report import build_report, compare, definition, render_markdown
from tests.fakes import FakeLLM, HashEmbedder

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"


def ev(n: int, text: str, doc: str = "a.txt") -> Evidence:
    return Evidence(n=n, text=text, doc=doc, page=None)


def keyword_judge(claim: str, passages: list[Evidence], question: str = "") -> bool:
    """Supported when every capitalised word or number of the claim is in some passage."""
    words = [w for w in claim.replace(".", " ").split() if w[:1].isupper() or w[:1].isdigit()]
    text = " ".join(p.text for p in passages)
    return bool(passages) and all(w in text for w in words)


# --------------------------------------------------------------------------- ROUGE


@pytest.mark.parametrize(
    ("prediction", "reference", "expected"),
    [
        ("the cat sat", "the cat sat", {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}),
        ("dog", "the cat sat", {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}),
        # 2 of 3 unigrams both ways; bigram "the cat" of 2 both ways; LCS "the cat" = 2
        ("the cat ran", "the cat sat", {"rouge1": 2 / 3, "rouge2": 0.5, "rougeL": 2 / 3}),
        # order matters only for ROUGE-2/L: LCS of (a b c d) and (d c b a) is 1
        ("a b c d", "d c b a", {"rouge1": 1.0, "rouge2": 0.0, "rougeL": 0.25}),
        ("", "the cat", {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}),
    ],
)
def test_rouge_on_invented_pairs(prediction: str, reference: str, expected: dict) -> None:
    got = m.rouge(prediction, reference)
    for key, value in expected.items():
        assert got[key] == pytest.approx(value), key


def test_rouge_precision_and_recall_differ_by_length() -> None:
    scored = m.rouge_n("the board met", "the board met on Tuesday in the hall", 1)
    assert scored["p"] == 1.0
    assert scored["r"] == pytest.approx(3 / 8)


def test_rouge_stems_when_nltk_is_there() -> None:
    if not m.rouge_stemming():
        pytest.skip("nltk not installed: ROUGE runs unstemmed")
    assert m.rouge("meetings reported", "meeting reports")["rouge1"] == 1.0


def test_lcs_length() -> None:
    assert m.lcs_length(list("abcbdab"), list("bdcaba")) == 4


# --------------------------------------------------------------------------- retrieval, facts


def test_recall_at_k_and_reciprocal_rank() -> None:
    ranked = m.ranked_documents(["b", "b", "a", "c", "a"])
    assert ranked == ["b", "a", "c"]
    assert m.recall_at_k(ranked, ["a", "d"], 2) == 0.5
    assert m.recall_at_k(ranked, ["a"], 1) == 0.0
    assert m.reciprocal_rank(ranked, ["a"]) == 0.5
    assert m.reciprocal_rank(ranked, ["z"]) == 0.0
    assert m.reciprocal_rank(ranked, []) is None


def test_required_facts_fold_quotes_and_case() -> None:
    answer = "The Board’s new chair is Ann Lee; the budget is £40,000."
    assert m.facts_found(answer, [["board's"], ["ANN LEE"], ["£50,000", "40,000"], ["Bob"]]) == [
        True,
        True,
        True,
        False,
    ]


def test_question_metrics() -> None:
    outcomes = [
        m.QuestionOutcome(True, False, [True, False]),
        m.QuestionOutcome(True, False, [True]),
        m.QuestionOutcome(True, True, [False]),
        m.QuestionOutcome(False, True),
        m.QuestionOutcome(False, False),
    ]
    got = m.question_metrics(outcomes)
    assert got["questions.fact_recall"] == pytest.approx(2 / 4)
    assert got["questions.all_facts"] == pytest.approx(1 / 3)
    assert got["questions.refusal_accuracy"] == 0.5
    assert got["questions.false_refusals"] == pytest.approx(1 / 3)
    assert m.question_metrics([])["questions.refusal_accuracy"] is None


# --------------------------------------------------------------------------- ALCE, RAGAS


def test_citation_recall_and_precision_follow_alce() -> None:
    passages = {
        1: ev(1, "Ann Lee chaired the meeting."),
        2: ev(2, "The budget was 40 pounds."),
        3: ev(3, "Nothing relevant here."),
    }
    answer = (
        "Ann Lee chaired. [1] The budget was 40 pounds. [2][3] "
        "Bob Smith attended. [1] Ann Lee agreed 40. [1][2]"
    )
    score = m.citation_scores(answer, passages, keyword_judge)
    # sentence 4 needs both passages; sentence 3 is unsupported
    assert [s["supported"] for s in score.sentences] == [True, True, False, True]
    assert score.recall == pytest.approx(3 / 4)
    # [1] precise; [2] precise, [3] irrelevant; [1] of an unsupported sentence; [1],[2] needed
    assert [s["precise"] for s in score.sentences] == [[True], [True, False], [False], [True, True]]
    assert score.precision == pytest.approx(4 / 6)


def test_citation_to_a_missing_passage_counts_against_both() -> None:
    score = m.citation_scores("Ann Lee chaired. [7]", {1: ev(1, "Ann Lee chaired.")}, keyword_judge)
    assert score.recall == 0.0 and score.precision == 0.0


def test_uncited_sentence_fails_citation_recall() -> None:
    score = m.citation_scores(
        "Ann Lee chaired the meeting.", {1: ev(1, "Ann Lee chaired.")}, keyword_judge
    )
    assert score.recall == 0.0
    assert score.precision is None  # no citations at all


def test_faithfulness_is_supported_claims_over_claims() -> None:
    context = [ev(1, "Ann Lee chaired."), ev(2, "The budget was 40 pounds.")]
    value, flags = m.faithfulness(
        ["Ann Lee chaired.", "the budget: 40.", "Bob left."], context, keyword_judge
    )
    assert flags == [True, True, False]
    assert value == pytest.approx(2 / 3)
    assert m.faithfulness([], context, keyword_judge)[0] is None
    assert m.faithfulness(["Ann Lee chaired."], [], keyword_judge)[1] == [False]


def test_agreement_and_kappa() -> None:
    got = m.agreement([(True, True), (False, False), (True, False), (True, True)])
    assert got["judge.agreement"] == 0.75
    # p_a = 3/4, p_b = 2/4: expected = 3/8 + 1/8 = 0.5; kappa = (0.75 - 0.5) / 0.5
    assert got["judge.kappa"] == pytest.approx(0.5)
    assert m.agreement([])["judge.agreement"] is None


# --------------------------------------------------------------------------- judges


def test_verifier_judge_catches_a_wrong_number_and_a_swapped_name() -> None:
    judge = VerifierJudge(HashEmbedder())
    passages = [ev(1, "Ann Lee reported that 754 referrals were received in the quarter.")]
    assert judge("Ann Lee reported 754 referrals in the quarter.", passages)
    assert not judge("Ann Lee reported 745 referrals in the quarter.", passages)
    assert not judge("Bob Smith reported 754 referrals in the quarter.", passages)
    assert not judge("Ann Lee reported 754 referrals in the quarter.", [])


def test_llm_judge_asks_a_scripted_openai_compatible_model() -> None:
    llm = FakeLLM().enqueue("Yes.", "no", "maybe")
    judge = LLMJudge(llm)
    passages = [ev(1, "Ann Lee chaired.")]
    assert judge("Ann Lee chaired.", passages, "who chaired?") is True
    assert judge("Bob chaired.", passages) is False
    assert judge("Carl chaired.", passages) is None  # neither yes nor no: no verdict
    assert judge("Ann Lee chaired.", passages, "who chaired?") is True  # cached, not re-asked
    prompt = llm.history[0][0]["content"]
    assert "[1] Ann Lee chaired." in prompt and "Statement: Ann Lee chaired." in prompt


def test_paired_judge_keeps_the_offline_verdict_and_records_agreement() -> None:
    llm = FakeLLM().enqueue("yes", "yes")
    paired = PairedJudge(keyword_judge, LLMJudge(llm))
    passages = [ev(1, "Ann Lee chaired.")]
    assert paired("Ann Lee chaired.", passages) is True
    assert paired("Bob Smith chaired.", passages) is False  # the LLM said yes: a disagreement
    assert paired("Bob Smith chaired.", passages) is False  # asked twice, counted once
    assert paired.pairs == [(True, True), (False, True)]
    assert paired.disagreements[0]["claim"] == "Bob Smith chaired."
    assert m.agreement(paired.pairs)["judge.agreement"] == 0.5


# --------------------------------------------------------------------------- report


def _report(metrics: dict, fast: bool = True) -> dict:
    return build_report(
        metrics,
        [{"task": "question", "id": "x"}],
        settings=Settings(llm_backend="none"),
        gold_dir=Path("gold"),
        corpus=["c"],
        fast=fast,
        notes=["a note"],
        timings={"total": 1.234},
    )


def test_report_schema_definitions_and_markdown() -> None:
    report = _report({"actions.f1": 0.5, "actions.external.f1": 0.25, "questions.count": 3})
    assert set(report) >= {"metrics", "cases", "definitions", "run"}
    assert set(report["run"]) >= {"date", "commit", "settings", "notes", "timings"}
    assert report["run"]["settings"]["llm_backend"] == "none"
    assert report["definitions"]["actions.external.f1"].startswith("(external only)")
    assert "questions.count" not in report["definitions"]
    json.dumps(report)  # serialisable as it stands
    table = render_markdown(report)
    assert "| actions.f1 | 0.500 |" in table and "a note" in table
    assert all(definition(k) for k in m.DEFINITIONS)


def test_compare_shows_deltas() -> None:
    before = _report({"actions.f1": 0.5, "old.metric": 1.0, "questions.count": 3})
    now = _report({"actions.f1": 0.75, "new.metric": 0.1, "questions.count": 4})
    text = compare(now, before)
    assert "| actions.f1 | 0.500 | 0.750 | +0.250 |" in text
    assert "| old.metric | 1.000 | - | gone |" in text
    assert "| new.metric | - | 0.100 | new |" in text
    assert "| questions.count | 3 | 4 | +1 |" in text


def test_thresholds() -> None:
    report = {"metrics": {"a": 0.8, "questions.false_refusals": 0.5, "none": None}}
    failures = check_thresholds(
        report, {"a": 0.7, "questions.false_refusals": 0.2, "none": 0.1, "absent": 0.1}
    )
    assert len(failures) == 3 and not any(f.startswith("a:") for f in failures)


# --------------------------------------------------------------------------- whole runs


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def samples_gold(tmp_path: Path) -> Path:
    """A gold dir the harness has never seen, in the format of ../shared/gold, over samples/:
    actions of the minutes at the root, the action log's actions and follow-ups in a subfolder."""
    minutes, log = "riverside_partnership_2025-03-12.md", "riverside_action_log_2025-05-14.txt"
    gold = tmp_path / "gold"
    _write_jsonl(
        gold / "actions.jsonl",
        [
            {
                "doc": minutes,
                "id": "m1",
                "key": ["early help referral figures by locality"],
                "owners": ["Priya Natarajan"],
                "status": "open",
                "progress": None,
                "due": None,
            },
            {
                "doc": minutes,
                "id": "m2",
                "key": ["joint attendance protocol"],
                "owners": ["Owen Fairbairn", "Sandra Lowe"],
                "status": "open",
                "progress": None,
                "due": "30 April 2025",
            },
            {
                "doc": minutes,
                "id": "m3",
                "key": ["requesting a recovery plan"],
                "owners": ["Helen Marsh"],
                "status": "open",
                "progress": None,
                "due": None,
            },
        ],
    )
    _write_jsonl(
        gold / "log" / "actions.jsonl",
        [
            {
                "doc": log,
                "id": "l0a",
                "key": ["referral figures by locality"],
                "owners": ["Priya Natarajan"],
                "status": "closed",
                "progress": "Circulated 2 April 2025",
                "due": None,
            },
            {
                "doc": log,
                "id": "l0b",
                "key": ["joint attendance protocol"],
                "owners": ["Owen Fairbairn", "Sandra Lowe"],
                "status": "open",
                "progress": "Ongoing",
                "due": "June",
            },
            {
                "doc": log,
                "id": "l0c",
                "key": ["recovery plan for health assessments"],
                "owners": ["Helen Marsh"],
                "status": "open",
                "progress": "Letter sent; reply awaited",
                "due": None,
            },
            {
                "doc": log,
                "id": "l1",
                "key": ["youth violence needs assessment"],
                "owners": ["Grace Adeyemi"],
                "status": "open",
                "progress": "Ongoing",
                "due": None,
            },
            {
                "doc": log,
                "id": "l2",
                "key": ["Invite the Youth Council"],
                "owners": ["Priya Natarajan"],
                "status": "open",
                "progress": "To arrange",
                "due": None,
            },
        ],
    )
    _write_jsonl(
        gold / "log" / "followups.jsonl",
        [
            {
                "id": "f1",
                "doc_earlier": minutes,
                "key_earlier": "early help referral figures",
                "action_id_earlier": "m1",
                "doc_later": log,
                "key_later": "Circulated 2 April 2025",
                "status_later": "closed",
                "note": "",
            },
        ],
    )
    _write_jsonl(
        gold / "questions.jsonl",
        [
            {
                "id": "s1",
                "question": "What was persistent absence in primary schools in the autumn term?",
                "must": [["14.2%"]],
                "sources": [minutes],
            },
            {
                "id": "s2",
                "question": "What share of initial health assessments were completed "
                "within 20 working days?",
                "must": [["81%"]],
                "sources": [minutes],
            },
            {
                "id": "s3",
                "question": "What actions are open for OF?",
                "must": [["attendance"]],
                "sources": [minutes, log],
            },
            {
                "id": "s4",
                "question": "How much did the Riverside board allocate to the new "
                "skate park in 2026?",
                "must": [],
                "sources": [],
                "answerable": False,
            },
        ],
    )
    return gold


def test_gold_loading_and_corpus_selection(samples_gold: Path, tmp_path: Path) -> None:
    gold = load_gold(samples_gold)
    assert [p.name for p in gold.action_dirs] == ["gold", "log"]
    assert len(gold.questions) == 4
    files, missing = corpus_files(gold, [SAMPLES], tmp_path, fast=True)
    assert {f.name for f in files} == {p.name for p in SAMPLES.iterdir()} and not missing
    files, _ = corpus_files(gold, None, SAMPLES.parent, fast=False)
    assert files == [SAMPLES]  # by default the folder holding the gold documents


SAMPLE_THRESHOLDS = {
    "actions.recall": 0.8,
    "actions.precision": 0.6,
    "actions.owner_accuracy": 0.8,
    "questions.fact_recall": 0.66,
    "questions.refusal_accuracy": 1.0,
    "citations.recall": 0.66,
    "citations.resolvable": 1.0,
    "faithfulness.answers": 0.66,
    "retrieval.recall@5": 1.0,
    "retrieval.mrr": 0.9,
}


@pytest.mark.integration
def test_fast_run_on_samples_meets_thresholds(
    samples_gold: Path, tmp_path: Path, settings: Settings
) -> None:
    report = run_eval(
        samples_gold, [SAMPLES], "none", tmp_path / "runs", fast=True, settings=settings
    )
    assert not check_thresholds(report, SAMPLE_THRESHOLDS), report["metrics"]
    assert list((tmp_path / "runs").glob("*_fast.json"))
    assert {c["task"] for c in report["cases"]} >= {"actions", "question", "briefing"}
    assert "qmsum.rouge1" not in report["metrics"]  # the fast subset leaves QMSum out


@pytest.mark.integration
@pytest.mark.slow
def test_cli_runs_unchanged_on_an_unseen_gold_dir(samples_gold: Path, tmp_path: Path) -> None:
    out = tmp_path / "runs"
    args = [
        sys.executable,
        "-m",
        "evals.harness",
        "--gold",
        str(samples_gold),
        "--corpus",
        str(SAMPLES),
        "--json",
        "--out",
        str(out),
        "--no-qmsum",
    ]
    env_index = {"MINUTES_LLM_BACKEND": "none", "MINUTES_INDEX_DIR": str(tmp_path / "never")}
    import os

    env = {**os.environ, **env_index}
    first = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr[-2000:]
    report = json.loads(first.stdout)
    assert report["metrics"]["questions.count"] == 4
    assert report["metrics"]["followups.recall"] is not None
    assert not (tmp_path / "never").exists()  # a temporary index, never the configured one
    second = subprocess.run(
        [*args, "--compare"], cwd=REPO, env=env, capture_output=True, text=True, timeout=600
    )
    assert second.returncode == 0, second.stderr[-2000:]
    assert "| metric | previous | now | delta |" in second.stdout


@pytest.mark.integration
@pytest.mark.slow
def test_fast_run_on_the_development_gold_holds_the_ci_thresholds(
    shared_dir: Path, tmp_path: Path
) -> None:
    """The CI regression gate: a change that lowers a metric below evals/thresholds.json fails."""
    from evals.harness import THRESHOLDS

    settings = Settings(index_dir=tmp_path / "unused", llm_backend="none")
    report = run_eval(
        shared_dir / "gold", None, "none", tmp_path / "runs", fast=True, settings=settings
    )
    assert check_thresholds(report, json.loads(THRESHOLDS.read_text())) == []


def test_actions_are_scored_per_body_as_well_as_pooled():
    from evals.actions_eval import per_body

    cases = [
        {"doc": "a1", "matched": True, "owner_ok": True},
        {"doc": "a1", "matched": False},
        {"doc": "a2", "extra": "junk", "owners": []},
        {"doc": "b1", "matched": True, "owner_ok": False},
    ]
    table = per_body(cases, {"a1": "Ash Council", "a2": "Ash Council", "b1": "Elm Board"})
    assert table["Ash Council"] == {
        "gold_actions": 2, "recall": 0.5, "precision": 0.5, "owner_accuracy": 1.0
    }  # fmt: skip
    assert table["Elm Board"]["owner_accuracy"] == 0.0
