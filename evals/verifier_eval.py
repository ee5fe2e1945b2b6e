"""Score the sentence verifier on labelled cases.

    python -m evals.verifier_eval [--cases PATH] [--hash] [--report PATH]

Each line of evals/verifier_cases.jsonl is an invented evidence list, one answer sentence and
its label: supported, or one way of being wrong (unsupported, swapped-owner, wrong-status,
wrong-number). A case is right when the verifier keeps exactly the supported sentences.
Scored with the packaged embedder (default) or, with --hash, a word-overlap embedder."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from assistant.records import Evidence
from assistant.verify.verifier import Embeds, Verifier

log = logging.getLogger(__name__)

CASES = Path(__file__).resolve().parent / "verifier_cases.jsonl"
ACCURACY_BAR = 0.9


def load_cases(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _evidence(raw: dict[str, Any]) -> Evidence:
    fields = {
        k: raw[k] for k in ("n", "text", "doc", "page", "kind", "owners", "facts") if k in raw
    }
    return Evidence(**fields)


def default_embedder() -> Embeds:
    from assistant.store.embed import Embedder

    return Embedder(threads=1)


def score_verifier(cases_path: Path = CASES, embedder: Embeds | None = None) -> dict[str, Any]:
    """Accuracy over all cases, per label, and the cases the verifier got wrong."""
    verifier = Verifier(embedder if embedder is not None else default_embedder())
    by_label: Counter[str] = Counter()
    right_by_label: Counter[str] = Counter()
    wrong = []
    for case in load_cases(cases_path):
        evidence = [_evidence(e) for e in case["evidence"]]
        result = verifier.verify(case["sentence"], evidence, question=case.get("question", ""))
        kept = bool(result.kept) and len(result.removed) == 0
        right = kept == case["supported"]
        by_label[case["label"]] += 1
        right_by_label[case["label"]] += right
        if not right:
            reasons = [r for s in result.sentences for r in s.reasons]
            similarity = max((s.similarity for s in result.sentences), default=0.0)
            wrong.append(
                {
                    "id": case["id"],
                    "label": case["label"],
                    "sentence": case["sentence"],
                    "reasons": reasons,
                    "similarity": round(similarity, 3),
                }
            )
    total = sum(by_label.values())
    return {
        "cases": total,
        "accuracy": sum(right_by_label.values()) / max(1, total),
        "by_label": {label: right_by_label[label] / count for label, count in by_label.items()},
        "wrong": wrong,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--hash", action="store_true", help="word-overlap embedder (tests)")
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    embedder = None
    if args.hash:
        from tests.fakes import HashEmbedder

        embedder = HashEmbedder()
    report = score_verifier(args.cases, embedder)
    print(json.dumps(report, indent=2))
    if args.report:
        args.report.write_text(json.dumps(report, indent=2))
    return 0 if report["accuracy"] >= ACCURACY_BAR else 1


if __name__ == "__main__":
    sys.exit(main())
