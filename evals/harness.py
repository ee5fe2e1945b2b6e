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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import Settings, get_settings
from assistant.records import ActionItem, Answer
from assistant.verify import Evidence

from . import metrics as m
from .judges import LLMJudge, PairedJudge, VerifierJudge
from .report import build_report, compare, previous_run, render_markdown, save_run

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "evals" / "runs"
THRESHOLDS = REPO / "evals" / "thresholds.json"
RETRIEVAL_K = 5
LOCAL_LLM_QUESTIONS = 12  # the embedded model reads ~40-80 prompt tokens/s on 2 shared cores
Judge = Callable[[str, list[Evidence], str], bool]


@dataclass
class Gold:
    path: Path
    questions: list[dict[str, Any]] = field(default_factory=list)
    action_dirs: list[Path] = field(default_factory=list)  # folders holding an actions.jsonl

    def action_docs(self) -> set[str]:
        names: set[str] = set()
        for folder in self.action_dirs:
            names |= {g["doc"] for g in _jsonl(folder / "actions.jsonl")}
            if (folder / "followups.jsonl").exists():
                names |= {x for f in _jsonl(folder / "followups.jsonl")
                          for x in (f["doc_earlier"], f["doc_later"])}
        return names

    def documents(self) -> set[str]:
        return self.action_docs() | {s for q in self.questions for s in q.get("sources", [])}


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def load_gold(gold_dir: Path) -> Gold:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"no gold directory at {gold_dir}")
    questions = gold_dir / "questions.jsonl"
    return Gold(
        path=gold_dir,
        questions=_jsonl(questions) if questions.exists() else [],
        action_dirs=sorted(p.parent for p in gold_dir.rglob("actions.jsonl")),
    )


def shared_dir(settings: Settings) -> Path:
    path = Path(settings.shared_dir)
    if path.is_absolute() or path.exists():
        return path.resolve()
    return (REPO / path).resolve()


def corpus_files(gold: Gold, corpus_dirs: list[Path] | None, default_corpus: Path,
                 fast: bool) -> tuple[list[Path], list[str]]:
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


# --------------------------------------------------------------------------- tasks


def score_action_sets(app: Any, gold: Gold) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Every actions.jsonl of the gold dir, scored by evals.actions_eval against the actions
    the app parsed (status as recorded at each action's own meeting, history as linked)."""
    from .actions_eval import score_actions

    results: dict[str, dict[str, Any]] = {}
    for folder in gold.action_dirs:
        docs = gold_docs_in(folder)
        predicted = {name: predicted_actions(app, name) for name in docs}
        label = "root" if folder == gold.path else folder.relative_to(gold.path).as_posix()
        results[label] = score_actions(folder, predicted)
    return action_metrics(results), [
        {"task": "actions", "set": label, **case}
        for label, r in results.items() for case in r.get("cases", [])
    ]


def gold_docs_in(folder: Path) -> set[str]:
    names = {g["doc"] for g in _jsonl(folder / "actions.jsonl")}
    if (folder / "followups.jsonl").exists():
        names |= {x for f in _jsonl(folder / "followups.jsonl")
                  for x in (f["doc_earlier"], f["doc_later"])}
    return names


def predicted_actions(app: Any, name: str) -> list[ActionItem]:
    from assistant.minutes import parse_meeting

    infos = app.store.find_documents(name)
    if not infos:
        return []
    doc = app.store.load_document(infos[0].doc_id)
    linked = {a.id: a for a in app.register.actions(status="all", doc=infos[0].doc_id)}
    return [a.model_copy(update={"history": linked[a.id].history if a.id in linked else []})
            for a in parse_meeting(doc).actions]


def action_metrics(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per set, and pooled over the sets (micro: counts summed)."""
    out: dict[str, Any] = {}
    n_gold = n_pred = tp = owners = statuses = 0
    links_gold = links_pred = links_found = links_correct = 0
    for label, r in results.items():
        matched = round(r["recall"] * r["gold_actions"])
        n_gold, n_pred, tp = n_gold + r["gold_actions"], n_pred + r["predicted_actions"], tp + matched
        owners += round(r["owner_accuracy"] * matched)
        statuses += round(r["status_accuracy"] * matched)
        for key in ("recall", "precision", "f1", "owner_accuracy", "status_accuracy"):
            out[f"actions.{label}.{key}"] = r[key]
        f = r.get("followups")
        if f:
            links_gold += f["gold_links"]
            links_pred += f["predicted_links"]
            links_found += round(f["recall"] * f["gold_links"])
            links_correct += round(f["precision"] * f["predicted_links"])
            for key in ("precision", "recall", "f1"):
                out[f"followups.{label}.{key}"] = f[key]
    precision, recall = m.ratio(tp, n_pred), m.ratio(tp, n_gold)
    out.update({
        "actions.recall": recall, "actions.precision": precision,
        "actions.f1": m.f1(precision, recall),
        "actions.owner_accuracy": m.ratio(owners, tp), "actions.status_accuracy": m.ratio(statuses, tp),
        "actions.gold": n_gold, "actions.predicted": n_pred,
    })
    if links_gold:
        lp, lr = m.ratio(links_correct, links_pred), m.ratio(links_found, links_gold)
        out.update({"followups.precision": lp, "followups.recall": lr, "followups.f1": m.f1(lp, lr)})
    return out


def answer_questions(app: Any, questions: list[dict[str, Any]], judge: Judge,
                     llm_budget: int | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from assistant.answer import Answerer, EvidenceEvent, FinalAnswer
    from assistant.llm import LLM

    extractive = Answerer(app.retriever, app.register, LLM("none"), app.embedder,
                          page_text=app.store.page_text)
    outcomes, cases = [], []
    cite_recall, cite_precision, faithful, resolvable = [], [], [], []
    recalls, rrs = [], []
    for i, q in enumerate(questions):
        answerer = app.answerer if llm_budget is None or i < llm_budget else extractive
        started = time.monotonic()
        evidence: list[Evidence] = []
        final: Answer | None = None
        for event in answerer.stream(q["question"]):
            if isinstance(event, EvidenceEvent):
                evidence = event.evidence
            elif isinstance(event, FinalAnswer):
                final = event.answer
        assert final is not None
        seconds = time.monotonic() - started
        answerable = q.get("answerable", True)
        facts = m.facts_found(final.answer, q.get("must", [])) if answerable else []
        outcomes.append(m.QuestionOutcome(answerable, not final.answerable, facts))
        case: dict[str, Any] = {
            "task": "question", "id": q.get("id"), "question": q["question"],
            "answer": final.answer, "backend": final.backend, "answerable_gold": answerable,
            "declined": not final.answerable, "facts": facts, "seconds": round(seconds, 2),
        }
        if final.answerable:
            passages = cited_passages(final, evidence)
            cs = m.citation_scores(final.answer, passages, judge, q["question"])
            claims = [s.claim for s in m.statements(final.answer)]
            faith, flags = m.faithfulness(claims, evidence, judge, q["question"])
            ok = [quote_resolves(app, c.doc, c.page, c.quote) for c in final.citations]
            resolvable += ok
            for bucket, value in ((cite_recall, cs.recall), (cite_precision, cs.precision),
                                  (faithful, faith)):
                if value is not None:
                    bucket.append(value)
            case.update(citation_recall=cs.recall, citation_precision=cs.precision,
                        faithfulness=faith, sentences=cs.sentences, resolvable=ok,
                        citations=[c.model_dump() for c in final.citations])
        sources = q.get("sources") or []
        if sources:
            hits = app.search(q["question"], k=2 * RETRIEVAL_K)
            ranked = m.ranked_documents([h.chunk.doc for h in hits])
            recalls.append(m.recall_at_k(ranked, sources, RETRIEVAL_K))
            rrs.append(m.reciprocal_rank(ranked, sources))
            case["retrieved"] = ranked[:RETRIEVAL_K]
        cases.append(case)
        log.info("%s declined=%s facts=%s %.1fs", q.get("id"), case["declined"], facts, seconds)
    out: dict[str, Any] = m.question_metrics(outcomes)
    out.update({
        "citations.recall": m.mean(cite_recall), "citations.precision": m.mean(cite_precision),
        "citations.resolvable": m.ratio(sum(resolvable), len(resolvable)),
        "faithfulness.answers": m.mean(faithful),
        f"retrieval.recall@{RETRIEVAL_K}": m.mean([r for r in recalls if r is not None]),
        "retrieval.mrr": m.mean([r for r in rrs if r is not None]),
        "questions.count": len(questions),
    })
    return out, cases


def cited_passages(answer: Answer, evidence: list[Evidence]) -> dict[int, Evidence]:
    """The answer's citation numbers -> the evidence behind them (with the structured facts
    of an action or a person), falling back to the quote alone."""
    out = {}
    for c in answer.citations:
        match = next((e for e in evidence if e.doc == c.doc and e.page == c.page
                      and e.text == c.quote), None)
        out[c.n] = match or Evidence(n=c.n, text=c.quote, doc=c.doc, page=c.page,
                                     meeting=c.meeting)
    return out


def quote_resolves(app: Any, doc: str, page: int | None, quote: str) -> bool:
    for info in app.store.find_documents(doc):
        try:
            if quote and quote in app.store.page_text(info.doc_id, page):
                return True
        except KeyError:
            continue
    return False


def brief_bodies(app: Any, judge: Judge, bodies: list[str] | None = None
                 ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Faithfulness of body briefings: each bullet judged against the passages it cites."""
    from assistant.briefing import build_briefing

    scores, cases = [], []
    for body in bodies if bodies is not None else app.register.bodies():
        try:
            briefing = build_briefing(app.register, app.store.load_document, body=body)
        except (LookupError, ValueError) as exc:
            cases.append({"task": "briefing", "body": body, "error": str(exc)})
            continue
        flags, unsupported = [], []
        for section in briefing.sections:
            for bullet in section.bullets:
                passages = [Evidence(n=c.n, text=c.quote, doc=c.doc, page=c.page,
                                     meeting=c.meeting) for c in bullet.citations]
                ok = judge(bullet.text, passages, "")
                flags.append(ok)
                if not ok and len(unsupported) < 10:
                    unsupported.append({"section": section.key, "bullet": bullet.text[:300]})
        score = m.ratio(sum(flags), len(flags))
        if score is not None:
            scores.append(score)
        cases.append({"task": "briefing", "body": body, "bullets": len(flags),
                      "faithfulness": score, "unsupported": unsupported})
    return {"faithfulness.briefings": m.mean(scores), "briefings.count": len(scores)}, cases


def verifier_accuracy(gold_dir: Path) -> tuple[dict[str, Any], list[str]]:
    """The offline verifier's own accuracy, from evals/verifier_eval.py when it exists."""
    try:
        from . import verifier_eval  # type: ignore[attr-defined]
    except ImportError:
        return {}, ["verifier accuracy not reported: evals/verifier_eval.py is not there yet"]
    cases = getattr(verifier_eval, "DEFAULT_CASES", None) or getattr(verifier_eval, "CASES", None)
    try:
        result = verifier_eval.score_verifier(cases) if cases else verifier_eval.score_verifier()
    except Exception as exc:  # another team's module: its failure must not sink the run
        log.exception("score_verifier failed")
        return {}, [f"verifier accuracy not reported: score_verifier failed ({exc})"]
    out = {f"verifier.{k}": v for k, v in result.items() if isinstance(v, int | float)}
    return out, []


# --------------------------------------------------------------------------- the run


def make_judge(settings: Settings, embedder: Any) -> tuple[Judge, PairedJudge | None, list[str]]:
    """The offline verifier; paired with an LLM judge when an OpenAI-compatible model is
    configured (the embedded local model is the one under test, so it never judges itself)."""
    offline = VerifierJudge(embedder)
    if settings.llm_backend not in ("server", "openai"):
        return offline, None, []
    from assistant.llm import build_llm

    llm, notices = build_llm(settings)
    if not llm.available:
        return offline, None, [f"no LLM judge: {n}" for n in notices]
    paired = PairedJudge(offline, LLMJudge(llm))
    return paired, paired, []


def run_eval(gold_dir: Path | str, corpus_dirs: list[Path] | None = None, backend: str = "none",
             out_dir: Path | None = DEFAULT_OUT, fast: bool = False, *,
             qmsum: bool | None = None, qmsum_meetings: int | None = None,
             qmsum_llm_queries: int = 0, llm_questions: int | None = None,
             settings: Settings | None = None) -> dict[str, Any]:
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
        settings = base.model_copy(update={"index_dir": Path(tmp) / "index",
                                           "llm_backend": backend, "chroma_url": None})
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
                    notes.append(f"only the first {budget} of {len(gold.questions)} questions "
                                 f"were generated by the {backend} LLM; the rest extractively")
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
                qmsum_dir, settings.model_copy(update={"index_dir": Path(tmp) / "qmsum"}),
                judge, meetings=qmsum_meetings, llm_queries=qmsum_llm_queries)
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
    report = build_report(metrics, cases, settings=settings, gold_dir=gold.path,
                          corpus=[str(f) for f in files], fast=fast, notes=notes,
                          timings=timings)
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
    parser.add_argument("--fast", action="store_true", help="the CI subset; exits 1 on a regression")
    parser.add_argument("--no-qmsum", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    gold = args.gold or shared_dir(get_settings()) / "gold"
    previous = previous_run(args.out) if args.compare else None
    report = run_eval(gold, args.corpus, args.backend, args.out, args.fast,
                      qmsum=False if args.no_qmsum else None)
    print(json.dumps(report, indent=2, default=str) if args.json else render_markdown(report))
    if args.compare:
        print(compare(report, previous) if previous else "No previous run to compare with.")
    if args.fast and THRESHOLDS.exists():
        failures = check_thresholds(report, json.loads(THRESHOLDS.read_text()))
        for failure in failures:
            print(f"REGRESSION {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
