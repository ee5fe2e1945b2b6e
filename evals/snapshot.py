"""Before/after snapshots of everything a user sees, for refactors that must change nothing.

    python -m evals.snapshot take DIR [--corpus FOLDER ...] [--gold DIR] [--no-eval]
    python -m evals.snapshot diff BEFORE AFTER

`take` ingests the shared corpus into a fresh temporary index (never yours) with the LLM
backend `none`, then writes one JSON file per output into DIR: `minutes docs --json`,
`minutes actions --status all --json`, `minutes people --json`, `minutes ask --json` for every
gold and development question, `minutes brief --json` for the three bodies with the most
documents, and the `minutes eval --fast` metrics. Fields that change on every run (ingest
times, durations, run dates, temporary paths) are dropped. `diff` compares two snapshot folders
file by file and exits 1 when anything differs."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
VOLATILE = {"ingested_at", "timings", "saved_as", "commit", "seconds"}


def _shared() -> Path:
    path = Path(os.environ.get("MINUTES_SHARED_DIR", "../shared"))
    return path if path.is_absolute() else (REPO / path).resolve()


def _scrub(value: Any, temp: str) -> Any:
    """Drop run-to-run noise so that equal behaviour gives equal files."""
    if isinstance(value, dict):
        return {
            k: _scrub(v, temp)
            for k, v in value.items()
            if k not in VOLATILE and not k.endswith(("_s", "_ms", "_seconds"))
        }
    if isinstance(value, list):
        return [_scrub(v, temp) for v in value]
    if isinstance(value, str):
        return value.replace(temp, "<tmp>")
    return value


def _questions(gold: Path) -> list[str]:
    seen: dict[str, None] = {}
    for path in (
        gold / "questions.jsonl",
        gold / "external" / "questions.jsonl",
        REPO / "evals" / "dev_questions.jsonl",
    ):
        if path.exists():
            for line in path.read_text().splitlines():
                if line.strip():
                    seen.setdefault(json.loads(line)["question"], None)
    return list(seen)


def take(out: Path, corpus: list[Path], gold: Path, with_eval: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="minutes-snapshot-") as temp:
        os.environ["MINUTES_INDEX_DIR"] = temp
        os.environ["MINUTES_LLM_BACKEND"] = "none"
        from click.testing import CliRunner

        from assistant.cli import main

        runner = CliRunner()

        def run(name: str, *args: str) -> Any:
            result = runner.invoke(main, list(args), catch_exceptions=False)
            if result.exit_code not in (0, 1):
                raise SystemExit(f"minutes {' '.join(args)} exited {result.exit_code}")
            text = result.stdout
            try:
                data: Any = json.loads(text)
            except json.JSONDecodeError:
                data = {"exit_code": result.exit_code, "text": text}
            data = _scrub(data, temp)
            if isinstance(data, dict) and isinstance(data.get("run"), dict):
                data["run"].pop("date", None)  # when the eval ran
            (out / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False))
            return data

        print(f"ingesting {', '.join(map(str, corpus))}", file=sys.stderr)
        run("ingest", "ingest", "--json", *map(str, corpus))
        docs = run("docs", "docs", "--json")
        run("actions", "actions", "--status", "all", "--json")
        run("people", "people", "--json")
        questions = _questions(gold)
        answers = []
        for n, question in enumerate(questions, 1):
            print(f"ask {n}/{len(questions)}", file=sys.stderr)
            result = runner.invoke(main, ["ask", "--json", question], catch_exceptions=False)
            answers.append(_scrub(json.loads(result.stdout), temp))
        (out / "ask.json").write_text(json.dumps(answers, indent=1, ensure_ascii=False))
        bodies = Counter(d["body"] for d in docs if d.get("body"))
        for k, (body, _) in enumerate(sorted(bodies.items(), key=lambda x: (-x[1], x[0]))[:3]):
            run(f"brief-{k}", "brief", "--json", "--body", body)
        if with_eval:
            with tempfile.TemporaryDirectory() as runs:
                run("eval-fast", "eval", "--fast", "--json", "--out", runs)


def _flatten(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for k, v in value.items():
            flat.update(_flatten(v, f"{path}.{k}" if path else str(k)))
        return flat
    if isinstance(value, list):
        flat = {}
        for i, v in enumerate(value):
            flat.update(_flatten(v, f"{path}[{i}]"))
        return flat or {path: []}
    return {path: value}


def diff(before: Path, after: Path, shown: int = 12) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    changed = 0
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            print(f"{name}: only in {'after' if not a.exists() else 'before'}")
            changed += 1
            continue
        fa, fb = _flatten(json.loads(a.read_text())), _flatten(json.loads(b.read_text()))
        keys = [
            k for k in dict.fromkeys([*fa, *fb]) if fa.get(k, "<absent>") != fb.get(k, "<absent>")
        ]
        if not keys:
            print(f"{name}: identical ({len(fa)} values)")
            continue
        changed += 1
        print(f"{name}: {len(keys)} of {len(fa)} values differ")
        for k in keys[:shown]:
            print(
                f"  {k}\n    before: {fa.get(k, '<absent>')!r:.200}\n    after:  {fb.get(k, '<absent>')!r:.200}"
            )
    print("identical" if not changed else f"{changed} file(s) differ")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p_take = sub.add_parser("take", help="write a snapshot of every output into DIR")
    p_take.add_argument("dir", type=Path)
    p_take.add_argument("--corpus", type=Path, action="append", help="[the shared corpus]")
    p_take.add_argument("--gold", type=Path, help="[MINUTES_SHARED_DIR/gold]")
    p_take.add_argument("--no-eval", action="store_true", help="skip `minutes eval --fast`")
    p_diff = sub.add_parser("diff", help="compare two snapshots; exit 1 if they differ")
    p_diff.add_argument("before", type=Path)
    p_diff.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "diff":
        return diff(args.before, args.after)
    shared = _shared()
    corpus = args.corpus or [
        shared / "corpus" / "seeds",
        shared / "corpus" / "external" / "minutes",
        shared / "corpus" / "external" / "mscc-pdf",
    ]
    take(
        args.dir.resolve(),
        [c.resolve() for c in corpus],
        (args.gold or shared / "gold").resolve(),
        not args.no_eval,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
