"""The tasks of an eval run, each scored into flat metrics and per-case rows: the action
register against every actions.jsonl, the gold questions (facts, refusals, citations,
faithfulness, retrieval) and body briefings (faithfulness)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.records import ActionItem, Answer, Evidence

from . import metrics as m

log = logging.getLogger(__name__)

RETRIEVAL_K = 5
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
                names |= {
                    x
                    for f in _jsonl(folder / "followups.jsonl")
                    for x in (f["doc_earlier"], f["doc_later"])
                }
        return names

    def documents(self) -> set[str]:
        return self.action_docs() | {s for q in self.questions for s in q.get("sources", [])}


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


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
        for label, r in results.items()
        for case in r.get("cases", [])
    ]


def gold_docs_in(folder: Path) -> set[str]:
    names = {g["doc"] for g in _jsonl(folder / "actions.jsonl")}
    if (folder / "followups.jsonl").exists():
        names |= {
            x
            for f in _jsonl(folder / "followups.jsonl")
            for x in (f["doc_earlier"], f["doc_later"])
        }
    return names


def predicted_actions(app: Any, name: str) -> list[ActionItem]:
    from assistant.ingest.meeting import parse_meeting

    infos = app.store.find_documents(name)
    if not infos:
        return []
    doc = app.store.load_document(infos[0].doc_id)
    linked = {a.id: a for a in app.register.actions(status="all", doc=infos[0].doc_id)}
    return [
        a.model_copy(update={"history": linked[a.id].history if a.id in linked else []})
        for a in parse_meeting(doc).actions
    ]


def action_metrics(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per set, and pooled over the sets (micro: counts summed)."""
    out: dict[str, Any] = {}
    n_gold = n_pred = tp = owners = statuses = 0
    links_gold = links_pred = links_found = links_correct = 0
    for label, r in results.items():
        matched = round(r["recall"] * r["gold_actions"])
        n_gold, n_pred, tp = (
            n_gold + r["gold_actions"],
            n_pred + r["predicted_actions"],
            tp + matched,
        )
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
            for key in ("precision", "recall", "f1", "status_now_accuracy"):
                out[f"followups.{label}.{key}"] = f[key]
    precision, recall = m.ratio(tp, n_pred), m.ratio(tp, n_gold)
    out.update(
        {
            "actions.recall": recall,
            "actions.precision": precision,
            "actions.f1": m.f1(precision, recall),
            "actions.owner_accuracy": m.ratio(owners, tp),
            "actions.status_accuracy": m.ratio(statuses, tp),
            "actions.gold": n_gold,
            "actions.predicted": n_pred,
        }
    )
    if links_gold:
        lp, lr = m.ratio(links_correct, links_pred), m.ratio(links_found, links_gold)
        out.update(
            {"followups.precision": lp, "followups.recall": lr, "followups.f1": m.f1(lp, lr)}
        )
    return out


def answer_questions(
    app: Any, questions: list[dict[str, Any]], judge: Judge, llm_budget: int | None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from assistant.answer.answerer import Answerer
    from assistant.llm.client import LLM

    extractive = Answerer(
        app.retriever, app.register, LLM("none"), app.embedder, page_text=app.store.page_text
    )
    outcomes: list[Any] = []
    cases: list[dict[str, Any]] = []
    cite_recall: list[float] = []
    cite_precision: list[float] = []
    faithful: list[float] = []
    resolvable: list[Any] = []
    recalls, rrs = [], []
    for i, q in enumerate(questions):
        answerer = app.answerer if llm_budget is None or i < llm_budget else extractive
        started = time.monotonic()
        evidence, final = answerer.answer_with_evidence(q["question"])
        seconds = time.monotonic() - started
        answerable = q.get("answerable", True)
        facts = m.facts_found(final.answer, q.get("must", [])) if answerable else []
        outcomes.append(m.QuestionOutcome(answerable, not final.answerable, facts))
        case: dict[str, Any] = {
            "task": "question",
            "id": q.get("id"),
            "question": q["question"],
            "answer": final.answer,
            "backend": final.backend,
            "answerable_gold": answerable,
            "declined": not final.answerable,
            "facts": facts,
            "seconds": round(seconds, 2),
        }
        if final.answerable:
            passages = cited_passages(final, evidence)
            cs = m.citation_scores(final.answer, passages, judge, q["question"])
            claims = [s.claim for s in m.statements(final.answer)]
            faith, flags = m.faithfulness(claims, evidence, judge, q["question"])
            ok = [quote_resolves(app, c.doc, c.page, c.quote) for c in final.citations]
            resolvable += ok
            for bucket, value in (
                (cite_recall, cs.recall),
                (cite_precision, cs.precision),
                (faithful, faith),
            ):
                if value is not None:
                    bucket.append(value)
            case.update(
                citation_recall=cs.recall,
                citation_precision=cs.precision,
                faithfulness=faith,
                sentences=cs.sentences,
                resolvable=ok,
                citations=[c.model_dump() for c in final.citations],
            )
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
    out.update(
        {
            "citations.recall": m.mean(cite_recall),
            "citations.precision": m.mean(cite_precision),
            "citations.resolvable": m.ratio(sum(resolvable), len(resolvable)),
            "faithfulness.answers": m.mean(faithful),
            f"retrieval.recall@{RETRIEVAL_K}": m.mean([r for r in recalls if r is not None]),
            "retrieval.mrr": m.mean([r for r in rrs if r is not None]),
            "questions.count": len(questions),
        }
    )
    return out, cases


def cited_passages(answer: Answer, evidence: list[Evidence]) -> dict[int, Evidence]:
    """The answer's citation numbers -> the evidence behind them (with the structured facts
    of an action or a person), falling back to the quote alone."""
    out = {}
    for c in answer.citations:
        match = next(
            (e for e in evidence if e.doc == c.doc and e.page == c.page and e.text == c.quote), None
        )
        out[c.n] = match or Evidence(n=c.n, text=c.quote, doc=c.doc, page=c.page, meeting=c.meeting)
    return out


def quote_resolves(app: Any, doc: str, page: int | None, quote: str) -> bool:
    for info in app.store.find_documents(doc):
        try:
            if quote and quote in app.store.page_text(info.doc_id, page):
                return True
        except KeyError:
            continue
    return False


def brief_bodies(
    app: Any, judge: Judge, bodies: list[str] | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Faithfulness of body briefings: each bullet judged against the passages it cites."""
    from assistant.brief.build import build_briefing

    scores, cases = [], []
    # A citation names its meeting (as answer evidence does): "raised at the meeting of ..."
    meetings = {
        mt.doc: f"{mt.body}, {mt.date:%d %B %Y}"
        for mt in app.register.meetings()
        if mt.body and mt.date
    }
    for body in bodies if bodies is not None else app.register.bodies():
        try:
            briefing = build_briefing(app.register, app.store.load_document, body=body)
        except (LookupError, ValueError) as exc:
            cases.append({"task": "briefing", "body": body, "error": str(exc)})
            continue
        flags: list[Any] = []
        unsupported: list[Any] = []
        for section in briefing.sections:
            for bullet in section.bullets:
                passages = [
                    Evidence(
                        n=c.n,
                        text=c.quote,
                        doc=c.doc,
                        page=c.page,
                        meeting=c.meeting or meetings.get(c.doc),
                    )
                    for c in bullet.citations
                ]
                ok = judge(bullet.text, passages, "")
                flags.append(ok)
                if not ok and len(unsupported) < 10:
                    unsupported.append({"section": section.key, "bullet": bullet.text[:300]})
        score = m.ratio(sum(flags), len(flags))
        if score is not None:
            scores.append(score)
        cases.append(
            {
                "task": "briefing",
                "body": body,
                "bullets": len(flags),
                "faithfulness": score,
                "unsupported": unsupported,
            }
        )
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
