"""Sentence vectors kept in memory, least recently used dropped first: the same passages and
claims come back question after question, and embedding them is most of the wait."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Embeds(Protocol):
    def embed(self, texts: list[str]) -> np.ndarray: ...


class VectorMemory:
    def __init__(self, limit: int):
        self.limit = limit
        # (embedding model, text) -> vector: one memory may serve several models
        self._kept: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def vectors(self, embedder: Embeds, texts: Sequence[str]) -> np.ndarray:
        """The texts' vectors, in order; only those not held are embedded."""
        model = f"{type(embedder).__qualname__}:{getattr(embedder, 'name', '')}"
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if (model, t) not in self._kept))
        # embedded outside the lock: a long batch must not hold up another thread's lookup
        fresh: list[np.ndarray] = list(embedder.embed(missing)) if missing else []
        with self._lock:
            found = dict(zip(missing, fresh, strict=True))
            for text in texts:
                if text not in found:
                    found[text] = self._kept[(model, text)]
                self._kept[(model, text)] = found[text]
                self._kept.move_to_end((model, text))
            while len(self._kept) > self.limit:
                self._kept.popitem(last=False)
        return np.stack([found[t] for t in texts])

    def __len__(self) -> int:
        return len(self._kept)
