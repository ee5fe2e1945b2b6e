"""The vector memory the verifier and the evidence ranking share: each text embedded once
while it is held, the least recently used dropped first."""

from __future__ import annotations

import numpy as np

from assistant.verify.vectors import VectorMemory


class Counting:
    name = "counting"

    def __init__(self) -> None:
        self.asked: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        return np.array([[float(len(t)), 1.0] for t in texts])


def test_texts_held_are_not_embedded_again_and_the_oldest_go_first() -> None:
    memory, model = VectorMemory(limit=2), Counting()
    first = memory.vectors(model, ["aa", "b", "aa"])
    assert first.tolist() == [[2.0, 1.0], [1.0, 1.0], [2.0, 1.0]]
    memory.vectors(model, ["aa"])  # "aa" used again: "b" is now the oldest
    memory.vectors(model, ["ccc"])
    memory.vectors(model, ["aa", "b"])
    assert model.asked == ["aa", "b", "ccc", "b"]
    assert len(memory) == 2
