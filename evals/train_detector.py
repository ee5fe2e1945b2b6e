"""Train the action detector (assistant/ingest/actions/detector.py) on gold, and say what it
does on bodies it was not trained on.

    python -m evals.train_detector [--gold DIR --corpus DIR ...] [--write]

Every candidate the grammar and the tables find in the gold documents is labelled by whether it
is one of the gold actions (the matching rule of evals/actions_eval.py, one to one). Leave one
body out: for each body, a logistic model is trained on the other bodies' candidates and scored
on that body's; the report gives, per body and overall, the candidates' recall (gold actions
found) and precision before and after the detector at the chosen threshold. With --write the
model trained on every body is saved, with that threshold, as the package's detector.json."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from assistant.ingest import ReadError, parse_meeting, read_document
from assistant.ingest.actions.extract import KEEP_ALL
from assistant.linking import group_bodies

from .actions_eval import assign, load_jsonl

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = REPO / "assistant" / "ingest" / "actions" / "detector.json"
L2 = 1.0
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 13)]


# the held-out sets measured blind and read since: a new blind set joins only after its blind
# measurement, so the model has never seen the set that reports on unseen bodies
READ_SETS = tuple(f"heldout{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10))


def default_sets() -> list[tuple[Path, list[Path]]]:
    """The shared gold and the held-out sets already read (READ_SETS) whose documents are
    built (evals/heldout*/make_heldout*.py)."""
    from assistant.config import get_settings

    shared = Path(get_settings().shared_dir)
    shared = shared if shared.is_absolute() else (REPO / shared).resolve()
    sets = [
        (shared / "gold" / "actions.jsonl", [shared / "corpus"]),
        (shared / "gold" / "external" / "actions.jsonl", [shared / "corpus"]),
    ]
    for name in READ_SETS:
        gold, build = (
            REPO / "evals" / name / "gold" / "actions.jsonl",
            REPO / "evals" / name / "build",
        )
        if gold.is_file() and build.is_dir():
            sets.append((gold, [build]))
    return sets


def collect(sets: list[tuple[Path, list[Path]]]) -> list[dict[str, Any]]:
    """One row per candidate: its body, its cues, whether it is a gold action, and per body
    how many gold actions there are."""
    rows: list[dict[str, Any]] = []
    for gold_file, corpus in sets:
        gold = load_jsonl(gold_file)
        by_doc: dict[str, list[dict]] = defaultdict(list)
        for g in gold:
            by_doc[g["doc"]].append(g)
        files = {p.name: p for root in corpus for p in root.rglob("*") if p.is_file()}
        parsed = []
        for doc_name, golds in by_doc.items():
            path = files.get(doc_name)
            if path is None:
                continue
            try:
                doc = read_document(path)
            except ReadError:
                continue
            seen: list[tuple[Any, dict[str, float]]] = []
            meeting = parse_meeting(doc, action_threshold=KEEP_ALL, observe=seen)
            parsed.append((meeting, golds, seen))
        names = group_bodies(m.body_read for m, _, _ in parsed)
        for meeting, golds, seen in parsed:
            body = f"{gold_file.parent.name}:{names.get(meeting.body_read or '', 'unknown')}"
            matched = set(assign(golds, [item for item, _ in seen]).values())
            for k, (_, cues) in enumerate(seen):
                rows.append({"body": body, "cues": cues, "label": k in matched, "gold": 0})
            rows.append({"body": body, "cues": {}, "label": False, "gold": len(golds), "pad": True})
    return rows


def _matrix(rows: list[dict[str, Any]], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for name, value in row["cues"].items():
            if name in index:
                x[r, index[name]] = value
    return x


def fit(rows: list[dict[str, Any]]) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by Newton's method."""
    names = sorted({n for r in rows for n in r["cues"]})
    x = _matrix(rows, names)
    y = np.array([float(r["label"]) for r in rows])
    x1 = np.hstack([x, np.ones((len(rows), 1))])
    w = np.zeros(x1.shape[1])
    reg = np.full(x1.shape[1], L2)
    reg[-1] = 0.0
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-np.clip(x1 @ w, -30, 30)))
        grad = x1.T @ (p - y) + reg * w
        hess = (x1 * (p * (1 - p))[:, None]).T @ x1 + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return {n: round(float(v), 4) for n, v in zip(names, w[:-1], strict=True)}, round(
        float(w[-1]), 4
    )


def _probability(weights: dict[str, float], bias: float, cues: dict[str, float]) -> float:
    z = bias + sum(weights.get(k, 0.0) * v for k, v in cues.items())
    return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def _score(rows: list[dict[str, Any]], keep: list[bool]) -> dict[str, float]:
    gold = sum(r["gold"] for r in rows)
    cands = [(r, k) for r, k in zip(rows, keep, strict=True) if not r.get("pad")]
    kept = sum(k for _, k in cands)
    right = sum(k and r["label"] for r, k in cands)
    recall, precision = right / max(1, gold), right / max(1, kept)
    f1 = 2 * recall * precision / max(1e-9, recall + precision)
    return {"recall": round(recall, 3), "precision": round(precision, 3), "f1": round(f1, 3)}


def leave_one_body_out(rows: list[dict[str, Any]]) -> dict[str, Any]:
    bodies = sorted({r["body"] for r in rows})
    scores: dict[float, list[bool]] = {t: [] for t in THRESHOLDS}
    order: list[dict[str, Any]] = []
    for body in bodies:
        train = [r for r in rows if r["body"] != body and not r.get("pad")]
        test = [r for r in rows if r["body"] == body]
        weights, bias = fit(train)
        probs = [_probability(weights, bias, r["cues"]) for r in test]
        for t in THRESHOLDS:
            scores[t] += [p >= t for p in probs]
        order += test
    by_threshold = {t: _score(order, keep) for t, keep in scores.items()}
    # the threshold that gains F1 on bodies the model was not trained on; none (0.0: every
    # candidate kept, the probability only its confidence) where no threshold does
    base = _score(order, [True] * len(order))
    scores[0.0] = [True] * len(order)
    by_threshold[0.0] = base
    best = max(by_threshold, key=lambda t: (by_threshold[t]["f1"], -t))
    per_body = {}
    keep = scores[best]
    for body in bodies:
        picked = [(r, k) for r, k in zip(order, keep, strict=True) if r["body"] == body]
        rs = [r for r, _ in picked]
        per_body[body] = {
            "without": _score(rs, [True] * len(rs)),
            "with": _score(rs, [k for _, k in picked]),
        }
    return {
        "threshold": best,
        "without": base,
        "with": by_threshold[best],
        "by_threshold": by_threshold,
        "per_body": per_body,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, action="append", help="an actions.jsonl")
    parser.add_argument("--corpus", type=Path, action="append", help="folders of its documents")
    parser.add_argument("--write", action="store_true", help="save the model as detector.json")
    args = parser.parse_args(argv)
    sets = [(g, args.corpus or [g.parent]) for g in args.gold] if args.gold else default_sets()
    rows = collect(sets)
    report = leave_one_body_out(rows)
    for t in sorted(set(THRESHOLDS)):
        print(f"  at {t:.2f}: {report['by_threshold'][t]}")
    print(f"threshold {report['threshold']}: candidates without the detector {report['without']}")
    print(f"   with it, each body scored by a model trained on the others: {report['with']}")
    for body, s in report["per_body"].items():
        print(f"  {body[:70]:70} {s['without']} -> {s['with']}")
    if args.write:
        weights, bias = fit([r for r in rows if not r.get("pad")])
        WEIGHTS.write_text(
            json.dumps(
                {"threshold": report["threshold"], "bias": bias, "weights": weights,
                 "trained_on": sorted({r["body"] for r in rows}),
                 "leave_one_body_out": {"without": report["without"], "with": report["with"]}},
                indent=1,
            )
            + "\n"
        )  # fmt: skip
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
