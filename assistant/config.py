"""The one settings object. Every field can be overridden by a `MINUTES_`-prefixed
environment variable (e.g. `MINUTES_INDEX_DIR=/tmp/idx`). Nothing else reads os.environ."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

Backend = Literal["local", "server", "openai", "none"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MINUTES_", extra="ignore")

    index_dir: Path = Field(
        Path("index"), description="Where the Chroma store and the SQLite records live."
    )
    shared_dir: Path = Field(
        Path("../shared"), description="The shared corpus and gold annotations (tests, evals)."
    )
    chroma_url: str | None = Field(
        None,
        description="A Chroma server (http://host:port). Unset: an embedded store in index_dir.",
    )
    collection: str = Field("minutes", description="The Chroma collection name.")
    embed_threads: int = Field(2, description="CPU threads for the embedding model.")
    embed_batch: int = Field(32, description="Texts per embedding batch.")
    chunk_chars: int = Field(
        640,
        description="Longest chunk, in characters, before a paragraph is split: about the "
        "128 word pieces the embedding model reads, so every word of a chunk is embedded.",
    )
    top_k: int = Field(5, description="Search results returned by default.")

    llm_backend: Backend = Field(
        "local",
        description="local (embedded llama.cpp model), server (any OpenAI-compatible URL), "
        "openai (cloud), or none (extractive answers, no generation).",
    )
    llm_base_url: str | None = Field(None, description="Base URL for the `server` backend.")
    llm_model: str = Field("gpt-4o-mini", description="Model name for `server` and `openai`.")
    openai_api_key: str | None = Field(
        None,
        description="API key for `openai`; also read from OPENAI_API_KEY.",
        validation_alias="OPENAI_API_KEY",
    )
    llm_timeout: float = Field(120.0, description="Seconds before an LLM request gives up.")
    llm_retries: int = Field(2, description="Retries for a failed LLM request.")
    local_model_path: Path | None = Field(
        None, description="A GGUF file for the `local` backend. Unset: the packaged model."
    )
    local_threads: int = Field(2, description="Threads for the local LLM.")
    local_ctx: int = Field(4096, description="Context window of the local LLM, in tokens.")
    auth: str | None = Field(
        None, description="A login for the web UI, as user:pass (MINUTES_AUTH)."
    )
    upload_max_mb: int = Field(50, description="Largest file the web UI accepts, in MB.")
    max_file_mb: int = Field(100, description="Largest file ingested, in MB.")
    max_pages: int = Field(1000, description="Most pages of a PDF ingested.")
    max_text_chars: int = Field(
        5_000_000, description="Most characters of text in one file (about 2,500 pages)."
    )
    max_paragraphs: int = Field(100_000, description="Most paragraphs in one Word file.")
    max_unzipped_mb: int = Field(
        50, description="Most MB a Word file's XML may unzip to (its pictures aside)."
    )
    lock_wait: float = Field(
        600.0, description="Seconds an ingest waits for another one on the same index (0: none)."
    )
    file_seconds: float = Field(60.0, description="Longest time reading one file may take.")
    file_memory_mb: int = Field(1500, description="Most memory reading one file may add, in MB.")
    cache_dir: Path = Field(
        Path.home() / ".cache" / "minutes-assistant",
        description="Where the packaged model is assembled once.",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
