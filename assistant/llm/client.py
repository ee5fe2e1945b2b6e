"""The one LLM client: the `openai` package pointed at a base URL.

Backends (settings.llm_backend):
- `openai`: the cloud API (key from OPENAI_API_KEY).
- `server`: any OpenAI-compatible URL (vLLM, llama.cpp server, Ollama).
- `local`: the embedded default (assistant/engine.py): a packaged GGUF served by xllamacpp's
  llama.cpp server on 127.0.0.1, started lazily and stopped at exit; from there on it is
  exactly the `server` path.
- `none`: no generation; callers compose answers extractively.

A backend that cannot be reached raises `LLMUnavailable` naming the URL; `fallback_notice`
turns that into the sentence the user sees when the answer falls back to `none`."""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Iterator
from typing import Any

from assistant.config import Settings
from assistant.records import Message

from .engine import PACKAGED_MODEL_NAME, LocalEngine, packaged_model_installed
from .errors import LOCAL_EXTRA, LLMError, LLMUnavailable, fallback_notice

log = logging.getLogger(__name__)

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

    def prime(self, messages: list[Message]) -> None:
        """Get the prompt prefix `messages` into the engine's prompt cache: on the embedded
        engine, restore it from disk when an earlier process saved it, otherwise read it once
        and save it. Other backends manage their own caches: nothing to do."""
        if self._engine is None:
            return
        name = f"{self._engine.prefix_key(messages)}.bin"
        if (self._engine.slots_dir / name).is_file() and self._engine.slot_action("restore", name):
            log.info("restored the cached prompt prefix %s", name)
            return
        self.chat(messages, max_tokens=1)
        self._engine.slot_action("save", name)

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


def model_label(backend: str, settings: Settings) -> str:
    """The model that answers, named for a person: the About tab shows it."""
    if backend == "none":
        return "none (answers quote the minutes; no model writes them)"
    if backend == "local":
        name = settings.local_model_path.name if settings.local_model_path else PACKAGED_MODEL_NAME
        return f"{name} (embedded, on this machine)"
    where = settings.llm_base_url if backend == "server" else "OpenAI"
    return f"{settings.llm_model} at {where}"
