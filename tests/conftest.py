"""Shared fixtures. Tests are offline: a tripwire fails any connection that leaves this machine."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from assistant.config import Settings, get_settings
from assistant.ui.network import is_loopback

REPO = Path(__file__).resolve().parents[1]


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        return is_loopback(str(address[0]))
    return isinstance(address, (str, bytes))  # AF_UNIX sockets are local


@pytest.fixture(autouse=True)
def network_tripwire(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(method):
        def connect(self: socket.socket, address: object):  # type: ignore[no-untyped-def]
            if not _is_loopback(address):
                raise RuntimeError(f"test tried to reach the network: {address!r}")
            return method(self, address)

        return connect

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = get_settings().shared_dir
    path = path if path.is_absolute() else (REPO / path).resolve()
    if not (path / "corpus").is_dir():
        pytest.skip(f"shared corpus not found at {path} (set MINUTES_SHARED_DIR)")
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh index in a temporary folder and no LLM."""
    return Settings(index_dir=tmp_path / "index", llm_backend="none")


@pytest.fixture(scope="session")
def embedder():
    from assistant.store.embed import Embedder

    return Embedder(threads=2)
