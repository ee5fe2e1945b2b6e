"""The LLM client: backends, fallback notices, errors naming the URL, streaming and json_schema
through the real openai client against a tiny loopback server, model assembly, prompts."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.llm import client as client_module
from assistant.llm import engine as engine_module
from assistant.llm.client import LLM, LLMUnavailable, build_llm
from assistant.llm.engine import assemble_packaged_model
from assistant.prompts import PromptError, render, render_text


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.requests.append(body)
        content = json.dumps({"owner": "LJ"}) if body.get("response_format") else "Hello there [1]."
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for piece in ["Hello", " there", " [1]."]:
                chunk = {
                    "id": "x",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": "m",
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")
            return
        reply = {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": content},
                }
            ],
        }
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def fake_server():
    server = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Handler.requests = []
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_chat_stream_and_schema_through_the_openai_client(fake_server: str) -> None:
    client = LLM("server", base_url=fake_server, model="m", timeout=5, retries=0)
    messages = [{"role": "user", "content": "hi"}]
    assert client.chat(messages) == "Hello there [1]."
    assert "".join(client.stream(messages)) == "Hello there [1]."
    schema = {
        "type": "object",
        "properties": {"owner": {"type": "string", "enum": ["LJ"]}},
        "required": ["owner"],
    }
    assert client.extract(messages, schema, name="owner") == {"owner": "LJ"}
    sent = _Handler.requests[-1]["response_format"]
    assert sent["type"] == "json_schema" and sent["json_schema"]["schema"] == schema


def test_unreachable_server_error_names_the_url() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    client = LLM("server", base_url=url, timeout=2, retries=1)
    with pytest.raises(LLMUnavailable, match=url.replace(".", r"\.")):
        client.chat([{"role": "user", "content": "hi"}])


@pytest.mark.parametrize(
    ("overrides", "backend", "notice"),
    [
        ({"llm_backend": "none"}, "none", None),
        ({"llm_backend": "server", "llm_base_url": None}, "none", "llm_base_url"),
        ({"llm_backend": "server", "llm_base_url": "http://127.0.0.1:1/v1"}, "server", None),
        ({"llm_backend": "openai", "openai_api_key": None}, "none", "OPENAI_API_KEY"),
        ({"llm_backend": "openai", "openai_api_key": "k"}, "openai", None),
    ],
)
def test_build_llm_backends(
    tmp_path: Path, overrides: dict, backend: str, notice: str | None
) -> None:
    settings = Settings(index_dir=tmp_path, **overrides)
    client, notices = build_llm(settings)
    assert client.backend == backend
    if notice:
        assert len(notices) == 1 and notice in notices[0] and "fell back to none" in notices[0]
    else:
        assert notices == []


def test_local_without_the_packaged_model_falls_back(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(client_module, "packaged_model_installed", lambda: False)
    client, notices = build_llm(Settings(index_dir=tmp_path, llm_backend="local"))
    assert client.backend == "none"
    assert "minutes-assistant[local]" in notices[0] and "fell back" in notices[0]


def test_local_with_a_missing_gguf_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings(
        index_dir=tmp_path, llm_backend="local", local_model_path=tmp_path / "nope.gguf"
    )
    client, _ = build_llm(settings)
    with pytest.raises(LLMUnavailable, match="nope.gguf"):
        client.chat([{"role": "user", "content": "hi"}])


def test_assembly_is_atomic_verified_and_done_once(tmp_path: Path, monkeypatch) -> None:
    parts = []
    for i in range(3):
        part = tmp_path / f"part{i}.bin"
        part.write_bytes(bytes([i]) * 1000)
        parts.append(part)
    whole = b"".join(p.read_bytes() for p in parts)
    monkeypatch.setattr(engine_module, "_part_paths", lambda: parts)
    monkeypatch.setattr(engine_module, "PACKAGED_SHA256", hashlib.sha256(whole).hexdigest())
    cache = tmp_path / "cache"
    target = assemble_packaged_model(cache)
    assert target.read_bytes() == whole
    monkeypatch.setattr(engine_module, "_part_paths", lambda: pytest.fail("re-assembled"))
    assert assemble_packaged_model(cache) == target  # the verified stamp is trusted


def test_assembly_with_a_bad_hash_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    part = tmp_path / "part.bin"
    part.write_bytes(b"not a model")
    monkeypatch.setattr(engine_module, "_part_paths", lambda: [part])
    cache = tmp_path / "cache"
    with pytest.raises(LLMUnavailable, match="SHA-256"):
        assemble_packaged_model(cache)
    assert list(cache.iterdir()) == []


def test_prompts_fail_loudly() -> None:
    assert render_text("Q: {{question}}", question="{{evidence}}") == "Q: {{evidence}}"
    with pytest.raises(PromptError, match="missing"):
        render_text("{{a}} {{b}}", a=1)
    with pytest.raises(PromptError, match="not in the template"):
        render_text("{{a}}", a=1, b=2)
    with pytest.raises(PromptError):
        render("no_such_prompt")
    assert "Question: q" in render("answer_user", evidence="[1] x", question="q")


class _SlotEngine:
    """Stands in for LocalEngine: records slot saves and restores."""

    def __init__(self, slots_dir: Path):
        self.slots_dir = slots_dir
        self.actions: list[tuple[str, str]] = []

    def prefix_key(self, messages: list[dict[str, str]]) -> str:
        return "k" + str(len(messages))

    def slot_action(self, action: str, filename: str) -> bool:
        self.actions.append((action, filename))
        return True


def test_prime_reads_and_saves_then_restores(tmp_path: Path) -> None:
    engine = _SlotEngine(tmp_path)
    llm = LLM("local", engine=engine)  # type: ignore[arg-type]
    asked: list[list[dict[str, str]]] = []
    llm.chat = lambda messages, **_: asked.append(messages) or "OK"  # type: ignore[method-assign]
    messages = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
    llm.prime(messages)
    assert asked == [messages] and engine.actions == [("save", "k2.bin")]
    (tmp_path / "k2.bin").write_bytes(b"kv")  # what the engine would have written
    llm.prime(messages)
    assert len(asked) == 1 and engine.actions[-1] == ("restore", "k2.bin")
    LLM("none").prime(messages)  # nothing to prime, no error
