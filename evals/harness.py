"""The eval run: a fresh temporary index (never the user's), the corpus ingested into it, the
tasks of a gold directory answered and scored, the report saved.

    python -m evals.harness --gold ../shared/gold [--corpus DIR ...] [--backend none|local|...]
        [--fast] [--json] [--out DIR] [--compare]

A gold directory has the format of ../shared/gold (README there): `questions.jsonl` and any
number of `actions.jsonl` (with an optional `followups.jsonl` beside it) in it or its
subfolders. Nothing here knows any gold document, name or question: a directory never seen
before runs unchanged. Without --corpus, the folders of ../shared/corpus holding the documents
the gold names are ingested whole (their other documents are distractors for retrieval)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.config import Settings, get_settings
from assistant.records import Evidence

from . import metrics as m
from .judges import LLMJudge, PairedJudge, VerifierJudge
from .report import build_report, compare, previous_run, render_markdown, save_run
from .tasks import (
    Gold,
    answer_questions,
    brief_bodies,
    load_gold,
    score_action_sets,
    verifier_accuracy,
)

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "evals" / "runs"
THRESHOLDS = REPO / "evals" / "thresholds.json"
LOCAL_LLM_QUESTIONS = 12  # the embedded model reads ~40-80 prompt tokens/s on 2 shared cores
Judge = Callable[[str, list[Evidence], str], bool]


def shared_dir(settings: Settings) -> Path:
    path = Path(settings.shared_dir)
    if path.is_absolute() or path.exists():
        return path.resolve()
    return (REPO / path).resolve()


def corpus_files(
    gold: Gold, corpus_dirs: list[Path] | None, default_corpus: Path, fast: bool
) -> tuple[list[Path], list[str]]:
    """Files to ingest, and the gold documents found nowhere. Explicit corpus folders are
    ingested whole; by default, the folders holding a gold document; --fast: those documents
    alone (no distractors: the CI subset)."""
    wanted = gold.documents()
    roots = [Path(d) for d in corpus_dirs] if corpus_dirs else [default_corpus, gold.path]
    found: dict[str, Path] = {}
    for root in roots:
        if root.is_file():
            found.setdefault(root.name, root)
            continue
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if path.name in wanted and path.is_file():
                found.setdefault(path.name, path)
    missing = sorted(wanted - found.keys())
    if fast or not wanted:
        files = list(found.values()) if wanted else [Path(d) for d in roots if d.exists()]
    elif corpus_dirs:
        files = [Path(d) for d in corpus_dirs]
    else:
        files = sorted({p.parent for p in found.values()})
    return files, missing


# --------------------------------------------------------------------------- the run


def make_judge(settings: Settings, embedder: Any) -> tuple[Judge, PairedJudge | None, list[str]]:
    """The offline verifier; paired with an LLM judge when an OpenAI-compatible model is
    configured (the embedded local model is the one under test, so it never judges itself)."""
    offline = VerifierJudge(embedder)
    if settings.llm_backend not in ("server", "openai"):
        return offline, None, []
    from assistant.llm.client import build_llm

    llm, notices = build_llm(settings)
    if not llm.available:
        return offline, None, [f"no LLM judge: {n}" for n in notices]
    paired = PairedJudge(offline, LLMJudge(llm))
    return paired, paired, []


def run_eval(
    gold_dir: Path | str,
    corpus_dirs: list[Path] | None = None,
    backend: str = "none",
    out_dir: Path | None = DEFAULT_OUT,
    fast: bool = False,
    *,
    qmsum: bool | None = None,
    qmsum_meetings: int | None = None,
    qmsum_llm_queries: int = 0,
    llm_questions: int | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Run every task of the gold dir; save the report under out_dir (None: do not save).
    QMSum runs unless `fast` (or qmsum=False), answered without an LLM except for the first
    `qmsum_llm_queries` queries. With the embedded local LLM only `llm_questions` (default 12)
    questions are generated; the rest are answered extractively (the report says so)."""
    started = time.monotonic()
    base = settings or get_settings()
    gold = load_gold(Path(gold_dir))
    shared = shared_dir(base)
    notes: list[str] = []
    timings: dict[str, float] = {}
    metrics: dict[str, Any] = {}
    cases: list[dict[str, Any]] = []
    files: list[Path] = []
    paired: PairedJudge | None = None
    with tempfile.TemporaryDirectory(prefix="minutes-eval-") as tmp:
        settings = base.model_copy(
            update={"index_dir": Path(tmp) / "index", "llm_backend": backend, "chroma_url": None}
        )
        from assistant.app import App

        app = App(settings)
        try:
            files, missing = corpus_files(gold, corpus_dirs, shared / "corpus", fast)
            if missing:
                notes.append(f"gold documents not found in the corpus: {', '.join(missing)}")
            t = time.monotonic()
            results = app.ingest(files)
            timings["ingest"] = time.monotonic() - t
            failed = [r.name for r in results if r.status == "failed"]
            if failed:
                notes.append(f"failed to ingest: {', '.join(failed)}")
            metrics["corpus.documents"] = sum(r.status != "failed" for r in results)
            metrics["corpus.chunks"] = sum(r.chunks for r in results)
            judge, paired, judge_notes = make_judge(settings, app.embedder)
            notes += judge_notes

            if gold.action_dirs:
                t = time.monotonic()
                values, rows = score_action_sets(app, gold)
                metrics.update(values)
                cases += rows
                timings["actions"] = time.monotonic() - t
            if gold.questions:
                budget = llm_questions
                if budget is None and backend == "local":
                    budget = LOCAL_LLM_QUESTIONS
                if budget is not None and budget < len(gold.questions) and backend != "none":
                    notes.append(
                        f"only the first {budget} of {len(gold.questions)} questions "
                        f"were generated by the {backend} LLM; the rest extractively"
                    )
                t = time.monotonic()
                values, rows = answer_questions(app, gold.questions, judge, budget)
                metrics.update(values)
                cases += rows
                timings["questions"] = time.monotonic() - t
            t = time.monotonic()
            values, rows = brief_bodies(app, judge, bodies_of(app, gold))
            metrics.update(values)
            cases += rows
            timings["briefings"] = time.monotonic() - t
        finally:
            app.close()

        qmsum_dir = shared / "corpus" / "qmsum-committee"
        if (qmsum if qmsum is not None else not fast) and qmsum_dir.is_dir():
            from .qmsum import run_qmsum

            t = time.monotonic()
            values, rows, qnotes = run_qmsum(
                qmsum_dir,
                settings.model_copy(update={"index_dir": Path(tmp) / "qmsum"}),
                judge,
                meetings=qmsum_meetings,
                llm_queries=qmsum_llm_queries,
            )
            metrics.update(values)
            cases += rows
            notes += qnotes
            timings["qmsum"] = time.monotonic() - t

    values, vnotes = verifier_accuracy(gold.path)
    metrics.update(values)
    notes += vnotes
    if paired is not None:
        metrics.update(m.agreement(paired.pairs))
        cases += [{"task": "judge_disagreement", **d} for d in paired.disagreements]
    timings["total"] = time.monotonic() - started
    report = build_report(
        metrics,
        cases,
        settings=settings,
        gold_dir=gold.path,
        corpus=[str(f) for f in files],
        fast=fast,
        notes=notes,
        timings=timings,
    )
    if out_dir is not None:
        save_run(report, Path(out_dir))
    return report


def bodies_of(app: Any, gold: Gold) -> list[str]:
    """Bodies of the gold documents (the distractor folders' bodies are not briefed)."""
    names = gold.documents()
    return sorted({mt.body for mt in app.register.meetings() if mt.body and mt.doc in names})


def check_thresholds(report: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """Failures: a metric below its floor, or missing. (Names ending in `false_refusals` are
    ceilings.)"""
    failures = []
    for name, bar in thresholds.items():
        value = report["metrics"].get(name)
        if value is None:
            failures.append(f"{name}: missing (bar {bar})")
        elif name.endswith("false_refusals") and value > bar:
            failures.append(f"{name}: {value:.3f} above {bar}")
        elif not name.endswith("false_refusals") and value < bar:
            failures.append(f"{name}: {value:.3f} below {bar}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, action="append", default=None)
    parser.add_argument("--backend", default="none", choices=["none", "local", "server", "openai"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--json", action="store_true", help="print the JSON report")
    parser.add_argument("--compare", action="store_true", help="deltas against the previous run")
    parser.add_argument(
        "--fast",
        action="store_true",
        help="the CI subset; exits 1 when a metric misses evals/thresholds.json",
    )
    parser.add_argument("--no-qmsum", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    text, regressions = evaluate(
        args.gold,
        args.corpus,
        args.backend,
        args.out,
        args.fast,
        compare_previous=args.compare,
        as_json=args.json,
        qmsum=not args.no_qmsum,
    )
    print(text)
    for failure in regressions:
        print(f"REGRESSION {failure}", file=sys.stderr)
    return 1 if regressions else 0


def evaluate(
    gold: Path | None,
    corpus: list[Path] | None,
    backend: str,
    out: Path | None,
    fast: bool,
    *,
    compare_previous: bool = False,
    as_json: bool = False,
    qmsum: bool = True,
) -> tuple[str, list[str]]:
    """One eval run as the CLI shows it: the report text (JSON or Markdown, with deltas against
    the previous run when asked), and the thresholds a fast run missed."""
    gold = gold or shared_dir(get_settings()) / "gold"
    previous = previous_run(out) if compare_previous and out else None
    report = run_eval(gold, corpus, backend, out, fast, qmsum=None if qmsum else False)
    text = json.dumps(report, indent=2, default=str) if as_json else render_markdown(report)
    if compare_previous:
        text += "\n" + (
            compare(report, previous) if previous else "No previous run to compare with."
        )
    regressions: list[str] = []
    if fast and THRESHOLDS.exists():
        regressions = check_thresholds(report, json.loads(THRESHOLDS.read_text()))
    return text, regressions


if __name__ == "__main__":
    sys.exit(main())
