"""The one LLM client (the `openai` package pointed at a base URL) for every backend: a cloud
model, any OpenAI-compatible server, or the embedded llama.cpp engine."""

from .client import LLM, build_llm, model_label
from .errors import LLMError, LLMUnavailable, fallback_notice

__all__ = ["LLM", "LLMError", "LLMUnavailable", "build_llm", "fallback_notice", "model_label"]
