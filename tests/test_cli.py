"""The `minutes` command as a user runs it: a subprocess, exit codes, --json contracts."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


def run(index: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MINUTES_INDEX_DIR": str(index), "MINUTES_LLM_BACKEND": "none"}
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
    )
    if ok:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("cli") / "index"
    run(index, "ingest", str(SAMPLES))
    return index


def test_help_teaches():
    done = run(REPO / "index-unused", "--help")
    for command in ("ingest", "search", "actions", "people", "docs", "remove"):
        assert command in done.stdout
    assert "MINUTES_INDEX_DIR" in done.stdout


def test_search_json_contract(index):
    hits = json.loads(
        run(index, "search", "joint attendance protocol", "--json", "--k", "3").stdout
    )
    assert 1 <= len(hits) <= 3
    for hit in hits:
        assert {"doc", "page", "item", "text", "score"} <= set(hit)
        assert isinstance(hit["score"], float) and isinstance(hit["text"], str)
    assert "attendance protocol" in hits[0]["text"]


def test_actions_json_contract(index):
    found = json.loads(run(index, "actions", "--owner", "OF", "--json").stdout)
    assert found, "OF has open actions in the sample minutes"
    for action in found:
        assert {
            "id",
            "description",
            "owners",
            "status",
            "progress",
            "due",
            "meeting",
            "source",
            "history",
        } <= set(action)
        assert set(action["meeting"]) >= {"body", "date"}
        assert set(action["source"]) >= {"doc", "page", "quote"}
        assert "Owen Fairbairn" in action["owners"]
        assert action["status"] == "open"


def test_actions_csv_and_people(index):
    csv_out = run(index, "actions", "--status", "all", "--csv").stdout.splitlines()
    # the columns --csv has always had keep their places; new ones come after them
    assert csv_out[0].startswith(
        "id,status,description,owners,progress,due,body,meeting_date,doc,page,quote,"
    )
    assert len(csv_out) > 2
    people = json.loads(run(index, "people", "--json").stdout)
    assert {"name": "Priya Natarajan", "initials": "PN"}.items() <= next(
        p for p in people if p["name"] == "Priya Natarajan"
    ).items()


def test_ingest_reports_failures_by_name_and_exit_code(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing here")
    done = run(tmp_path / "index", "ingest", str(bad), str(SAMPLES), ok=False)
    assert done.returncode == 1
    assert "bad.pdf" in done.stderr and "not a readable PDF" in done.stderr
    assert "2 ingested" in done.stdout and "1 failed" in done.stdout


def test_docs_and_remove(index, tmp_path):
    listing = json.loads(run(index, "docs", "--json").stdout)
    assert {d["name"] for d in listing} == {p.name for p in SAMPLES.iterdir()}
    missing = run(index, "remove", "no-such-doc.pdf", ok=False)
    assert missing.returncode == 1 and "No document matches" in missing.stderr


def test_corrections_from_the_command_line_last_and_are_listed(tmp_path):
    index = tmp_path / "index"
    run(index, "ingest", str(SAMPLES))
    (lj,) = json.loads(run(index, "actions", "--owner", "LJ", "--json").stdout)
    done = run(
        index, "actions", "--set-status", lj["id"], "closed", "--note", "reported", "--by", "Jo"
    )
    assert "[closed]" in done.stdout and "closed by Jo on " in done.stdout
    assert "No open actions for LJ" in run(index, "actions", "--owner", "LJ").stdout
    bad = run(index, "actions", "--set-status", lj["id"], "shut", ok=False)
    assert bad.returncode == 1 and "status must be one of open, closed" in bad.stderr
    doc = "riverside_partnership_2025-03-12.md"
    run(index, "docs", "--set", doc, "date=2025-03-13", "--by", "Jo")
    listing = json.loads(run(index, "docs", "--json").stdout)
    fixed = next(d for d in listing if d["name"] == doc)
    assert fixed["date"] == "2025-03-13" and fixed["corrections"][0]["who"] == "Jo"
    typo = run(index, "docs", "--set", doc, "when=2025-03-13", ok=False)
    assert typo.returncode == 2 and "body=NAME or date=YYYY-MM-DD" in typo.stderr
    made = json.loads(run(index, "corrections", "--json").stdout)
    assert [(c["kind"], c["field"]) for c in made] == [("action", "status"), ("document", "date")]
    # a brief reads the corrected register: the action is listed as closed, with the note
    brief = run(index, "brief", "--body", "Riverside").stdout
    closed = brief.split("## Closed")[1].split("##")[0]
    assert "early help waiting times" in closed and "closed by Jo on" in closed


def test_bad_date_is_a_clear_usage_error(index):
    done = run(index, "search", "x", "--since", "last week", ok=False)
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr


def test_ask_json_contract_on_the_demo_question(index):
    answer = json.loads(run(index, "ask", "What actions are open for LJ?", "--json").stdout)
    assert {"answer", "answerable", "citations", "backend"} <= set(answer)
    assert answer["answerable"] is True and answer["backend"] == "none"
    assert "waiting times" in answer["answer"] and "[1]" in answer["answer"]
    # where the action stands now, cited to the later meeting that said so
    assert "report deferred to the July meeting [2]" in answer["answer"]
    assert answer["citations"][1]["doc"] == "riverside_action_log_2025-05-14.txt"
    for citation in answer["citations"]:
        assert {"n", "doc", "page", "quote"} <= set(citation)
        assert citation["quote"] in (SAMPLES / citation["doc"]).read_text()


def _busy_port(host: str) -> tuple[socket.socket, int]:
    holder = socket.socket()
    holder.bind((host, 0))
    holder.listen()
    return holder, holder.getsockname()[1]


def test_serve_on_a_busy_port_is_one_clear_line_and_exit_2(tmp_path):
    holder, port = _busy_port("127.0.0.1")
    with holder:
        done = run(tmp_path / "index", "serve", "--port", str(port), ok=False)
    assert done.returncode == 2
    assert (
        done.stderr.strip()
        == f"error: port {port} on 127.0.0.1 is in use; pick another with --port"
    )


def test_serve_warns_when_shared_without_a_login_and_reads_the_login_from_a_file(tmp_path):
    holder, port = _busy_port("0.0.0.0")
    with holder:
        open_to_all = run(
            tmp_path / "index", "serve", "--host", "0.0.0.0", "--port", str(port), ok=False
        )
        secret = tmp_path / "login"
        secret.write_text("clerk-without-a-colon\n")
        bad_file = run(tmp_path / "index", "serve", "--auth-file", str(secret), ok=False)
    assert "warning: serving on 0.0.0.0 without a login" in open_to_all.stderr
    assert bad_file.returncode == 2 and "user:pass" in bad_file.stderr


def test_ctrl_c_during_ingest_says_what_was_kept_and_what_to_rerun(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from assistant.app import App
    from assistant.cli import main

    def interrupted(self, paths, progress=None, notify=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(App, "ingest", interrupted)
    monkeypatch.setenv("MINUTES_INDEX_DIR", str(tmp_path / "index"))
    (tmp_path / "m.txt").write_text("Parish Council minutes.")
    done = CliRunner().invoke(main, ["ingest", str(tmp_path / "m.txt")])
    assert done.exit_code == 130
    assert "Interrupted. The index keeps 0 complete document(s)" in done.output
    assert "Run the same command again" in done.output
