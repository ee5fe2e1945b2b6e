"""Answer the gold questions end to end and score them.

    python -m evals.questions_eval --backend none|local [--index DIR] [--report PATH]
        [--questions gold|dev|all|PATH]

Ingests ../shared/corpus/seeds into a temporary index (or reuses --index), asks every
question in gold/questions.jsonl and scores: required facts present (answerable questions),
declined (unanswerable ones), citations resolvable (quote found verbatim in the cited
document and page), and latency (evidence, first verified text, whole answer), with the
prompt tokens and tokens/s the LLM server reported (the CPU may be shared). Writes a JSON
report and exits non-zero when a bar is missed. `dev` is evals/dev_questions.jsonl: more
questions about the seeds corpus in the gold format."""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.answer.answerer import Answerer
from assistant.config import Settings, get_settings
from assistant.llm.client import build_llm
from assistant.records import EvidenceEvent, FinalAnswer, TextDelta

log = logging.getLogger(__name__)

FACT_BAR = 0.90
DEV_QUESTIONS = Path(__file__).resolve().parent / "dev_questions.jsonl"


def question_files(which: str, shared: Path) -> list[Path]:
    gold = shared / "gold" / "questions.jsonl"
    return {"gold": [gold], "dev": [DEV_QUESTIONS], "all": [gold, DEV_QUESTIONS]}.get(
        which, [Path(which)]
    )


def load_cases(paths: list[Path]) -> list[dict[str, Any]]:
    return [
        json.loads(line) for path in paths for line in path.read_text().splitlines() if line.strip()
    ]


def _fold(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).lower()


def facts_present(answer: str, must: list[list[str]]) -> list[bool]:
    folded = _fold(answer)
    return [any(_fold(p) in folded for p in group) for group in must]


def build_app(settings: Settings) -> Any:
    from assistant.app import App

    app = App(settings)
    seeds = Path(settings.shared_dir) / "corpus" / "seeds"
    results = app.ingest([seeds])
    log.info("ingested %d files", len(results))
    return app


def register_of(app: Any) -> Any:
    try:
        return app.register
    except ImportError:  # the register is built by another issue; search still answers
        log.warning("no action register (assistant.actions missing): search route only")
        return None


def resolvable(app: Any, citation: Any) -> bool:
    for info in app.store.find_documents(citation.doc):
        try:
            if citation.quote and citation.quote in app.store.page_text(info.doc_id, citation.page):
                return True
        except KeyError:
            continue
    return False


def run(backend: str, index: Path | None, report: Path | None, questions: str = "gold") -> int:
    base = get_settings()
    tmp = tempfile.TemporaryDirectory(prefix="minutes-eval-") if index is None else None
    settings = base.model_copy(
        update={"llm_backend": backend, "index_dir": index or Path(tmp.name)}  # type: ignore[union-attr]
    )
    app = build_app(settings)
    llm, notices = build_llm(settings)
    answerer = Answerer(
        app.retriever,
        register_of(app),
        llm,
        app.embedder,
        page_text=app.store.page_text,
        notices=notices,
    )
    cases = load_cases(question_files(questions, Path(settings.shared_dir)))
    if llm.available:  # load the engine and cache the system prompt, as a UI does at start
        started = time.monotonic()
        answerer.warm()
        log.info("LLM warm in %.1f s", time.monotonic() - started)
    rows = []
    for case in cases:
        started = time.monotonic()
        t_evidence = t_first = None
        final = None
        llm.last_usage = {}
        route = None
        for event in answerer.stream(case["question"]):
            now = time.monotonic() - started
            if isinstance(event, EvidenceEvent):
                t_evidence, route = now, event.route
            elif isinstance(event, TextDelta) and t_first is None:
                t_first = now
            elif isinstance(event, FinalAnswer):
                final = event.answer
        total = time.monotonic() - started
        assert final is not None
        answerable = case.get("answerable", True)
        facts = facts_present(final.answer, case["must"]) if answerable else []
        citations_ok = [resolvable(app, c) for c in final.citations]
        row = {
            "id": case["id"],
            "question": case["question"],
            "answer": final.answer,
            "answerable_gold": answerable,
            "answerable": final.answerable,
            "facts": facts,
            "ok": (all(facts) and final.answerable) if answerable else not final.answerable,
            "citations": [c.model_dump() for c in final.citations],
            "citations_resolvable": citations_ok,
            "backend": final.backend,
            "notices": final.notices,
            "t_evidence": t_evidence,
            "t_first_text": t_first,
            "t_total": total,
            "route": route,
            **_usage(llm.last_usage),
        }
        rows.append(row)
        print(f"{case['id']} ok={row['ok']} {total:5.1f}s {final.answer[:150]!r}", flush=True)
    llm.close()
    answerable_rows = [r for r in rows if r["answerable_gold"]]
    declined_rows = [r for r in rows if not r["answerable_gold"]]
    all_citations = [ok for r in rows for ok in r["citations_resolvable"]]
    summary = {
        "backend": backend,
        "facts_rate": sum(r["ok"] for r in answerable_rows) / max(1, len(answerable_rows)),
        "declined_rate": sum(r["ok"] for r in declined_rows) / max(1, len(declined_rows)),
        "citations_resolvable": sum(all_citations) / max(1, len(all_citations)),
        "citations": len(all_citations),
        "p50_evidence_s": _p50([r["t_evidence"] for r in rows]),
        "p50_first_text_s": _p50([r["t_first_text"] for r in rows]),
        "p50_total_s": _p50([r["t_total"] for r in rows]),
        "generated": sum(r.get("prompt_tokens") is not None for r in rows),
        "p50_prompt_tokens": _p50([r.get("prompt_tokens") for r in rows]),
        "p50_prompt_tokens_read": _p50([r.get("prompt_read") for r in rows]),
        "p50_prompt_tok_s": _p50([r.get("prompt_tok_s") for r in rows]),
        "p50_gen_tok_s": _p50([r.get("gen_tok_s") for r in rows]),
    }
    print(json.dumps(summary, indent=2))
    if report:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps({"summary": summary, "rows": rows}, indent=2, default=str))
    ok = (
        summary["facts_rate"] >= FACT_BAR
        and summary["declined_rate"] == 1.0
        and summary["citations_resolvable"] == 1.0
    )
    return 0 if ok else 1


def _usage(usage: dict[str, Any]) -> dict[str, Any]:
    """Prompt size, how much of it the server had to read (the rest came from its prompt
    cache) and its speeds, from what the last streamed request reported."""
    if not usage:
        return {}
    timings = usage.get("timings") or {}
    return {
        "prompt_tokens": usage.get("prompt_tokens"),
        "completion_tokens": usage.get("completion_tokens"),
        "prompt_read": timings.get("prompt_n"),
        "prompt_tok_s": _round(timings.get("prompt_per_second")),
        "gen_tok_s": _round(timings.get("predicted_per_second")),
    }


def _round(value: Any) -> float | None:
    return round(float(value), 1) if value is not None else None


def _p50(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 2) if present else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="none", choices=["none", "local", "server", "openai"])
    parser.add_argument("--index", type=Path, default=None, help="reuse an index directory")
    parser.add_argument("--report", type=Path, default=None, help="write the JSON report here")
    parser.add_argument(
        "--questions",
        default="gold",
        help="gold, dev (evals/dev_questions.jsonl), all, or a JSONL path",
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    return run(args.backend, args.index, args.report, args.questions)


if __name__ == "__main__":
    sys.exit(main())
