"""What can go wrong with an LLM backend, as a user is told it."""

from __future__ import annotations

LOCAL_EXTRA = "pip install 'minutes-assistant[local]'"


class LLMError(RuntimeError):
    """A generation request failed (after retries)."""


class LLMUnavailable(LLMError):
    """The configured backend cannot be used at all: unreachable, not installed, no key."""


def fallback_notice(backend: str, error: Exception) -> str:
    return f"The {backend} LLM backend failed ({error}); fell back to none (extractive answer)."
