"""Every question set at once, over one index of every corpus (each set's documents are the
others' distractors), scored per set: facts right, unanswerable ones declined, citations that
resolve, and how long answers take.

    python -m evals.question_sets [--backend none|local|...] [--sets NAME ...] [--limit N]
        [--report PATH] [--index DIR]

Sets: the shared gold (gold, external), evals/dev_questions.jsonl (dev), the PDF minutes and
QMSum questions of evals/questions_more (mscc-pdf, qmsum), and the invented held-out bodies
(heldout, heldout2, ... heldout13: run their make_*.py first). QMSum's committee transcripts are
written out as text files, one "Speaker: words" line a turn, and ingested with the rest."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.answer import Answerer
from assistant.app import App
from assistant.config import get_settings
from assistant.llm import build_llm
from assistant.records import EvidenceEvent, FinalAnswer, TextDelta

from .qmsum import load_split, transcript_text
from .questions_eval import _p50, facts_present, load_cases, resolvable

REPO = Path(__file__).resolve().parents[1]
log = logging.getLogger(__name__)


def _shared() -> Path:
    shared = Path(get_settings().shared_dir)
    return shared if shared.is_absolute() else (REPO / shared).resolve()


def question_sets() -> dict[str, tuple[Path, list[Path]]]:
    shared = _shared()
    more, corpus = REPO / "evals" / "questions_more", shared / "corpus"
    return {
        "gold": (shared / "gold" / "questions.jsonl", [corpus / "seeds"]),
        "external": (shared / "gold" / "external" / "questions.jsonl", [corpus / "external" / "minutes"]),
        "dev": (REPO / "evals" / "dev_questions.jsonl", [corpus / "seeds"]),
        "mscc-pdf": (more / "mscc_pdf.jsonl", [corpus / "external" / "mscc-pdf"]),
        "qmsum": (more / "qmsum.jsonl", []),
        **{
            name: (REPO / "evals" / name / "gold" / "questions.jsonl", [REPO / "evals" / name / "build"])
            for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13")
        },
    }  # fmt: skip


def qmsum_files(folder: Path) -> list[Path]:
    """QMSum's train and val transcripts as text files named <split>-<line>.txt."""
    out = []
    for split in ("train", "val"):
        for k, meeting in enumerate(load_split(_shared() / "corpus" / "qmsum-committee", split)):
            path = folder / f"qmsum-{split}-{k}.txt"
            path.write_text(transcript_text(meeting, f"Committee meeting ({split} {k})"))
            out.append(path)
    return out


def run(backend: str, names: list[str], limit: int | None, index: Path | None) -> dict[str, Any]:
    sets = {n: s for n, s in question_sets().items() if n in names and s[0].exists()}
    tmp = tempfile.TemporaryDirectory(prefix="minutes-qsets-")
    settings = get_settings().model_copy(
        update={"llm_backend": backend, "index_dir": index or Path(tmp.name) / "index"}
    )
    app = App(settings)
    corpora = sorted({str(c) for _, dirs in sets.values() for c in dirs if c.exists()})
    files: list[Path | str] = list(corpora)
    if "qmsum" in sets:
        folder = Path(tmp.name) / "qmsum"
        folder.mkdir()
        files += qmsum_files(folder)
    started = time.monotonic()
    app.ingest(files)
    log.info("ingested in %.0f s", time.monotonic() - started)
    llm, notices = build_llm(settings)
    answerer = Answerer(
        app.retriever,
        app.register,
        llm,
        app.embedder,
        page_text=app.store.page_text,
        notices=notices,
    )
    if llm.available:
        answerer.warm()
    report: dict[str, Any] = {"backend": backend, "sets": {}}
    for name, (questions, _) in sets.items():
        cases = load_cases([questions])[:limit]
        rows = [_ask(app, answerer, case) for case in cases]
        report["sets"][name] = {"summary": _summary(rows), "rows": rows}
        print(f"{name:10} {json.dumps(report['sets'][name]['summary'])}", flush=True)
    llm.close()
    return report


def _ask(app: App, answerer: Answerer, case: dict[str, Any]) -> dict[str, Any]:
    started = time.monotonic()
    t_evidence = t_first = None
    final = None
    for event in answerer.stream(case["question"]):
        now = time.monotonic() - started
        if isinstance(event, EvidenceEvent):
            t_evidence = now
        elif isinstance(event, TextDelta) and t_first is None:
            t_first = now
        elif isinstance(event, FinalAnswer):
            final = event.answer
    assert final is not None
    answerable = case.get("answerable", True)
    facts = facts_present(final.answer, case["must"]) if answerable else []
    return {
        "id": case["id"],
        "question": case["question"],
        "answer": final.answer,
        "answerable_gold": answerable,
        "answerable": final.answerable,
        "facts": facts,
        "ok": (all(facts) and final.answerable) if answerable else not final.answerable,
        "citations_resolvable": [resolvable(app, c) for c in final.citations],
        "notices": final.notices,
        "t_evidence": t_evidence,
        "t_first_text": t_first,
        "t_total": time.monotonic() - started,
    }


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in rows if r["answerable_gold"]]
    unanswerable = [r for r in rows if not r["answerable_gold"]]
    cited = [ok for r in rows for ok in r["citations_resolvable"]]
    return {
        "questions": len(rows),
        "facts": round(sum(r["ok"] for r in answerable) / max(1, len(answerable)), 3),
        "declined": round(sum(r["ok"] for r in unanswerable) / max(1, len(unanswerable)), 3),
        "false_declines": round(
            sum(not r["answerable"] for r in answerable) / max(1, len(answerable)), 3
        ),
        "citations_resolvable": round(sum(cited) / max(1, len(cited)), 3),
        "p50_evidence_s": _p50([r["t_evidence"] for r in rows]),
        "p50_first_text_s": _p50([r["t_first_text"] for r in rows]),
        "p50_total_s": _p50([r["t_total"] for r in rows]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", default="none", choices=["none", "local", "server", "openai"])
    parser.add_argument("--sets", nargs="*", default=list(question_sets()))
    parser.add_argument("--limit", type=int, default=None, help="questions per set")
    parser.add_argument("--index", type=Path, default=None, help="reuse an index directory")
    parser.add_argument("--report", type=Path, default=None, help="write the JSON report here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    report = run(args.backend, args.sets, args.limit, args.index)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
