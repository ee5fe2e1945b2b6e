"""Would a learned screen catch the injections no rule names? A logistic model over a
passage's embedding (the packaged MiniLM vectors answering computes anyway) that says how
likely the passage is addressed to an AI rather than to a board. Tried and not adopted (see
assistant/safety.py): this reports what it would catch and what it would wrongly leave out.

Positives: the paragraph holding each case's planted payload in the training sets, read
without the rules (evals/injection, evals/injection2). Negatives: every other paragraph of
those documents, their benign sentences, and every paragraph of the training corpora (real
minutes; `--corpus`). Each training set is held out in turn and the model trained on the
rest is scored on it, so the numbers reported are on sets the model did not see; the
threshold marks at most `--false-share` of the held-out negatives (0.1%: a real passage
left out of an answer's evidence, with a notice that quotes it, in about one answer in 200). `--test` sets and corpora are only
scored (blind).

    python -m evals.train_injection --corpus ../shared/corpus --corpus evals/heldout/build
        [--test evals/injection3] [--test-corpus evals/heldout3/build]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

from assistant import safety
from assistant.ingest import ReadError, expand_paths, read_document
from assistant.store.embed import Embedder

SETS = [Path("evals/injection"), Path("evals/injection2")]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def _paragraphs(path: Path) -> list[str]:
    try:
        doc = read_document(path, screen=False)  # the model learns from the raw text
    except ReadError:
        return []
    return [p.strip() for page in doc.pages for p in page.text.split("\n") if len(p.strip()) > 20]


def labelled_set(folder: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for line in (folder / "cases.jsonl").read_text().splitlines():
        case = json.loads(line)
        for paragraph in _paragraphs(folder / "build" / case["file"]):
            texts.append(paragraph)
            labels.append(int(_norm(case["planted"]) in _norm(paragraph)))
    for line in (folder / "benign.jsonl").read_text().splitlines():
        texts.append(json.loads(line)["text"])
        labels.append(0)
    return texts, labels


def corpus(folders: list[Path]) -> list[str]:
    return [
        p for folder in folders for path in expand_paths([folder])[0] for p in _paragraphs(path)
    ]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000) -> np.ndarray:
    """Weighted logistic regression (classes weighed equally), by gradient descent."""
    x1 = np.hstack([x, np.ones((len(x), 1))])
    weight = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum()))
    w = np.zeros(x1.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x1 @ w)))
        w -= 2.0 * (x1.T @ (weight * (p - y)) + l2 * w)
    return w


def prob(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--test", type=Path, action="append", default=[])
    parser.add_argument("--test-corpus", type=Path, action="append", default=[])
    parser.add_argument(
        "--false-share",
        type=float,
        default=0.001,
        help="share of held-out real passages the screen may leave out [0.001]",
    )
    args = parser.parse_args()
    embedder = Embedder(threads=2)
    sets = [labelled_set(f) for f in SETS]
    real = corpus(args.corpus)
    vec = [embedder.embed(t) for t, _ in sets]
    real_vec = embedder.embed(real)
    labels = [np.array(y) for _, y in sets]
    held: list[tuple[np.ndarray, np.ndarray]] = []
    for k in range(len(sets)):  # hold out each set in turn; the corpus is split in halves
        rest = [i for i in range(len(sets)) if i != k]
        half = np.arange(len(real)) % len(sets) == k
        x = np.vstack([vec[i] for i in rest] + [real_vec[~half]])
        y = np.concatenate([labels[i] for i in rest] + [np.zeros((~half).sum())])
        w = fit(x, y)
        held.append((np.concatenate([prob(w, vec[k]), prob(w, real_vec[half])]),
                     np.concatenate([labels[k], np.zeros(half.sum())])))  # fmt: skip
    scores = np.concatenate([p for p, _ in held])
    truth = np.concatenate([y for _, y in held])
    negatives = np.sort(scores[truth == 0])[::-1]
    for share in (0.0, 0.001, 0.005, 0.01, 0.05):
        cut = negatives[min(len(negatives) - 1, int(share * len(negatives)))]
        recall = float((scores[truth == 1] > cut).mean())
        print(f"held out: {share:.1%} of others marked -> {recall:.2f} of injections caught")
    threshold = float(negatives[int(args.false_share * len(negatives))] + 1e-4)
    for k, (p, y) in enumerate(held):
        caught = int(((p >= threshold) & (y == 1)).sum())
        false = int(((p >= threshold) & (y == 0)).sum())
        print(f"held out {SETS[k]} (+ half the corpus): caught {caught}/{int(y.sum())} injections "
              f"at threshold {threshold:.3f}, {false} of {int((y == 0).sum())} others marked")  # fmt: skip
    w = fit(np.vstack(vec + [real_vec]), np.concatenate(labels + [np.zeros(len(real))]))
    for folder in args.test:
        texts, y = labelled_set(folder)
        p = prob(w, embedder.embed(texts))
        y_arr = np.array(y)
        rules = np.array([safety.score(t)[0] >= safety.MARKED for t in texts])
        either = (p >= threshold) | rules
        print(f"test {folder}: model caught {int(((p >= threshold) & (y_arr == 1)).sum())}/"
              f"{int(y_arr.sum())}, with the rules {int((either & (y_arr == 1)).sum())}; "
              f"others marked {int((either & (y_arr == 0)).sum())} of {int((y_arr == 0).sum())}")  # fmt: skip
    if args.test_corpus:
        texts = corpus(args.test_corpus)
        p = prob(w, embedder.embed(texts))
        print(f"test corpus: {int((p >= threshold).sum())} of {len(texts)} paragraphs marked")
        for t in [t for t, q in zip(texts, p, strict=True) if q >= threshold][:10]:
            print(f"  {t[:120]}")


if __name__ == "__main__":
    main()
