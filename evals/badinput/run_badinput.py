#!/usr/bin/env python3
"""Ingest the bad-input folder in one CLI run, in a fresh index, and hold it to the manifest.

    .venv/bin/python evals/badinput/run_badinput.py [--dir DIR] [--json] [--timeout SECONDS]

The folder is built first if it has no manifest.json. The run is the user's command,
`minutes ingest DIR --json` with MINUTES_INDEX_DIR set to a temporary folder, watched from
outside: wall time, and peak memory (VmHWM polled every 0.5 s, and the child's ru_maxrss once
it has ended). The runner kills it when its RSS reaches 6 GB or the timeout passes, so a run
without limits cannot take the machine down; either is reported as a failed run.

Per file: every file expected to be ingested is; every file expected to fail is reported
failed with a reason that names the problem (manifest `must_mention`); none is missing.
The CLI reports no per-file times (and no progress under --json), so only the total is
measured. Exit code 1 if any expectation fails, the run was killed or crashed, or peak
memory reached 2 GB.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evals.badinput.make_badinput import DEFAULT_OUT, build

REPO = Path(__file__).resolve().parents[2]
GB = 1024**3
PEAK_LIMIT = 2 * GB  # the run fails at this peak
RSS_KILL = 6 * GB  # the runner kills the CLI here, to keep the machine safe
POLL = 0.5  # seconds between memory readings
DEFAULT_TIMEOUT = 20 * 60
INGESTED = {"ingested", "updated", "unchanged"}


@dataclass
class Run:
    command: list[str]
    returncode: int | None
    wall_s: float
    peak_bytes: int
    killed: str | None  # why the runner killed it; None if it ended by itself
    stdout: str
    stderr: str

    @property
    def results(self) -> list[dict[str, Any]] | None:
        """The CLI's per-file JSON, or None if it printed none (crashed, killed)."""
        try:
            data = json.loads(self.stdout)
        except json.JSONDecodeError:
            return None
        return data if isinstance(data, list) else None


@dataclass
class Check:
    file: str
    expect: str
    status: str  # as reported, or "-" when the file is not in the report
    ok: bool
    verdict: str
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def memory(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a live process, in bytes; (0, 0) once it is gone."""
    values = {"VmRSS": 0, "VmHWM": 0}
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                key, _, rest = line.partition(":")
                if key in values:
                    values[key] = int(rest.split()[0]) * 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return values["VmRSS"], values["VmHWM"]


def run_ingest(folder: Path, index_dir: Path, timeout: float, logs: Path) -> Run:
    """One `minutes ingest FOLDER --json` in its own session, watched until it ends or is
    killed. Its output goes to files, so a full pipe can never stall it."""
    minutes = Path(sys.executable).with_name("minutes")
    command = [str(minutes), "ingest", str(folder), "--json"]
    env = {**os.environ, "MINUTES_INDEX_DIR": str(index_dir)}
    out_path, err_path = logs / "stdout.json", logs / "stderr.txt"
    killed: str | None = None
    peak = 0
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            command, stdout=out, stderr=err, env=env, cwd=REPO, start_new_session=True
        )
        while True:
            try:
                proc.wait(timeout=POLL)
                break
            except subprocess.TimeoutExpired:
                pass
            rss, hwm = memory(proc.pid)
            peak = max(peak, hwm, rss)
            elapsed = time.monotonic() - started
            if killed is None and rss >= RSS_KILL:
                killed = f"RSS {rss / GB:.1f} GB reached the {RSS_KILL / GB:.0f} GB safety limit"
            elif killed is None and elapsed > timeout:
                killed = f"timed out after {elapsed:.0f} s (limit {timeout:.0f} s)"
            if killed:
                os.killpg(proc.pid, signal.SIGKILL)  # its own session: the CLI and any children
                proc.wait()
                break
        wall = time.monotonic() - started
    # The CLI is the only child reaped so far, so this is its own peak (kB on Linux).
    peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
    return Run(
        command=command,
        returncode=proc.returncode,
        wall_s=wall,
        peak_bytes=peak,
        killed=killed,
        stdout=out_path.read_text(encoding="utf-8", errors="replace"),
        stderr=err_path.read_text(encoding="utf-8", errors="replace"),
    )


def stored_documents(index_dir: Path) -> list[str] | None:
    """After a run that ended without a report: the documents it got as far as storing."""
    if not index_dir.exists():
        return []
    minutes = Path(sys.executable).with_name("minutes")
    env = {**os.environ, "MINUTES_INDEX_DIR": str(index_dir)}
    try:
        done = subprocess.run(
            [str(minutes), "docs", "--json"],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
        )
        return [f"{d['name']} ({d.get('state', '?')})" for d in json.loads(done.stdout)]
    except (subprocess.TimeoutExpired, json.JSONDecodeError, KeyError, TypeError):
        return None


def report_keys(folder: Path, file: str) -> set[str]:
    """The paths a report row for `file` may carry: as named, and resolved (the CLI reports
    resolved paths, so a symlink shows up as its target)."""
    target = folder / file
    keys = {str(target)}
    with contextlib.suppress(OSError, RuntimeError):  # a loop that cannot be resolved
        keys.add(str(target.resolve()))
    return keys


def check(entry: dict[str, Any], folder: Path, row: dict[str, Any] | None) -> Check:
    words = [w.lower() for w in entry.get("must_mention", [])]
    file, expect = entry["file"], entry["expect"]
    status: str = "-" if row is None else row["status"]
    error: str | None = None if row is None else row.get("error")
    warnings: list[str] = [] if row is None else row.get("warnings") or []

    def verdict(ok: bool, text: str) -> Check:
        return Check(file, expect, status, ok, text, error, warnings)

    if expect == "ingested":
        if row is None:
            return verdict(False, "missing from the report")
        if status not in INGESTED:
            return verdict(False, "failed, expected ingested")
        if words and not any(w in " ".join(warnings).lower() for w in words):
            return verdict(False, f"ingested, but no warning mentions {' / '.join(words)}")
        return verdict(True, "ingested")
    if (folder / file).is_dir():  # a directory link: it only has to be left alone
        if row is None or status == "failed":
            return verdict(True, "not followed")
        return verdict(False, f"{status}: a directory link was followed")
    if row is None:
        return verdict(False, "missing from the report (skipped silently?)")
    if status not in ("failed", "skipped"):
        return verdict(False, f"{status}, expected failed or skipped")
    if words and not any(w in (error or "").lower() for w in words):
        return verdict(False, "failed, but the reason does not name the problem")
    return verdict(True, "failed, reason named")


def evaluate(
    manifest: list[dict[str, Any]], folder: Path, results: list[dict[str, Any]] | None
) -> tuple[list[Check], list[dict[str, Any]]]:
    """A check per manifest entry, and the report rows no entry accounts for."""
    rows = list(results or [])
    used: set[int] = set()
    checks = []
    for entry in manifest:
        keys = report_keys(folder, entry["file"])
        found = next((i for i, r in enumerate(rows) if r.get("path") in keys), None)
        if found is not None:
            used.add(found)
        checks.append(check(entry, folder, None if found is None else rows[found]))
    if results is None:
        checks = [
            Check(c.file, c.expect, "-", False, "no report: the run ended without one")
            for c in checks
        ]
    return checks, [r for i, r in enumerate(rows) if i not in used]


def summary(checks: list[Check], run: Run) -> str:
    good = [c for c in checks if c.expect == "ingested"]
    bad = [c for c in checks if c.expect == "failed"]
    line = (
        f"good ingested {sum(c.ok for c in good)}/{len(good)}, "
        f"bad named {sum(c.ok for c in bad)}/{len(bad)}, "
        f"peak {run.peak_bytes / GB:.1f} GB, wall {run.wall_s:.0f} s"
    )
    if run.killed:
        return f"RUN KILLED ({run.killed}); {line}"
    if run.results is None:
        return f"RUN CRASHED (exit code {run.returncode}, no JSON report); {line}"
    return line


def clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(
    checks: list[Check],
    unexpected: list[dict[str, Any]],
    run: Run,
    stored: list[str] | None,
) -> None:
    print(f"{'':4} {'expect':8} {'status':9} {'file':44} verdict / error / warnings")
    for c in checks:
        detail = c.error or "; ".join(c.warnings)
        mark = "ok" if c.ok else "FAIL"
        print(
            f"{mark:4} {c.expect:8} {c.status:9} {clip(c.file, 44):44} "
            f"{c.verdict}{': ' + clip(detail, 90) if detail else ''}"
        )
    for r in unexpected:
        print(
            f"??   {'-':8} {r.get('status', '?'):9} {clip(str(r.get('path')), 44):44} not in manifest"
        )
    print()
    print(f"command:   MINUTES_INDEX_DIR=<tmp> {' '.join(run.command)}")
    print(
        f"exit code: {run.returncode}"
        + (f"  (killed by the runner: {run.killed})" if run.killed else "")
    )
    print("per-file times: not available (no timing in the JSON, no progress under --json)")
    if run.results is None:
        tail = run.stderr.strip().splitlines()[-15:]
        print("stderr (last lines):" if tail else "stderr: (empty)")
        for line in tail:
            print(f"    {line}")
        if stored is not None:
            print(f"stored before the run ended: {len(stored)} document(s)")
            for name in stored:
                print(f"    {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_OUT, help="the bad-input folder")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds before the run is killed"
    )
    args = parser.parse_args(argv)
    folder = args.dir.resolve()
    if not (folder / "manifest.json").exists():
        print(f"building {folder} ...", file=sys.stderr)
        build(folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="badinput-") as tmp:
        index_dir, logs = Path(tmp) / "index", Path(tmp)
        run = run_ingest(folder, index_dir, args.timeout, logs)
        stored = stored_documents(index_dir) if run.results is None else None
    checks, unexpected = evaluate(manifest, folder, run.results)
    line = summary(checks, run)
    failed = (
        not all(c.ok for c in checks)
        or run.killed is not None
        or run.results is None
        or run.peak_bytes >= PEAK_LIMIT
    )
    if args.json:
        report = {
            "summary": line,
            "passed": not failed,
            "command": run.command,
            "returncode": run.returncode,
            "killed": run.killed,
            "wall_s": round(run.wall_s, 1),
            "peak_bytes": run.peak_bytes,
            "checks": [asdict(c) for c in checks],
            "unexpected": unexpected,
            "stored_before_end": stored,
            "stderr_tail": run.stderr.strip().splitlines()[-15:] if run.results is None else [],
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_table(checks, unexpected, run, stored)
        print()
        print(("FAILED: " if failed else "passed: ") + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
