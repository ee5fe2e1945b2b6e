"""Fully offline at the socket level: no command reaches past loopback, in Python (an audit
hook on every resolve and connect) or in native code (strace on every connect, when the
machine has strace). The embedding runtime's telemetry fired ~9 s after import, so each run
stays up a while after its work."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.builders import make_pdf

IDLE = 12.0  # seconds each command stays up after its work

# Runs a `minutes` command with an audit hook that records every name resolved and every
# address connected to, writes them as JSON at exit, and stays up IDLE seconds.
_WATCHED = """
import atexit, json, sys, time
seen = []
def hook(event, args):
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.connect", "socket.sendto"):
        seen.append([event, repr(args)])
sys.addaudithook(hook)
atexit.register(lambda: open(sys.argv[1], "w").write(json.dumps(seen)))
from assistant.cli import main
try:
    main(sys.argv[3:], standalone_mode=False)
finally:
    time.sleep(float(sys.argv[2]))
"""

LOOPBACK = re.compile(r"127\.0\.0\.1|::1|localhost|'0\.0\.0\.0'|AF_UNIX|/")


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "m.md").write_text(
        "# Ashby Parish Council\nMinutes of the meeting held on 3 March 2025\n"
        "Present: Cllr Ann Lee (Chair), Jo Hart (Clerk)\n1. Footpaths\n"
        "ACTION: The Clerk to order new signs.\n"
    )
    (folder / "p.pdf").write_bytes(make_pdf([["Ashby Parish Council", "Grants were agreed."]]))
    return folder


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "MINUTES_INDEX_DIR": str(tmp_path / "index"),
        "MINUTES_LLM_BACKEND": "none",
    }


def test_ingest_and_ask_resolve_and_connect_nothing_outside(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    for k, args in enumerate([["ingest", str(folder)], ["ask", "What did the Clerk agree?"]]):
        log = tmp_path / f"seen{k}.json"
        subprocess.run(
            [sys.executable, "-c", _WATCHED, str(log), str(IDLE if k else 1), *args],
            env=_env(tmp_path),
            check=True,
            capture_output=True,
            timeout=300,
        )
        outside = [e for e in json.loads(log.read_text()) if not LOOPBACK.search(e[1])]
        assert outside == [], f"minutes {args[0]} reached out: {outside}"


def test_importing_the_package_turns_telemetry_off() -> None:
    code = "import os, assistant; print(os.environ['ORT_DISABLE_TELEMETRY'])"
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "1"


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed here")
def test_no_native_connection_outside_loopback_over_ingest_and_serve(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    minutes = str(Path(sys.executable).with_name("minutes"))
    trace = tmp_path / "trace"

    def traced(*args: str) -> list[str]:
        return ["strace", "-f", "-qq", "-e", "trace=connect,sendto", "-o", str(trace), *args]

    subprocess.run(traced(minutes, "ingest", str(folder)), env=_env(tmp_path), check=True,
                   capture_output=True, timeout=300)  # fmt: skip
    calls = trace.read_text()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        traced(minutes, "serve", "--port", str(port)),
        env=_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        time.sleep(IDLE + 8)  # start-up, then idle
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=30)
    calls += trace.read_text()
    inet = [line for line in calls.splitlines() if "AF_INET" in line]
    outside = [
        line
        for line in inet
        if not re.search(r'inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|"::ffff:127\.', line)
    ]
    assert outside == [], "connections outside loopback:\n" + "\n".join(outside)
