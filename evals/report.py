"""The eval report: schema-stable JSON, a Markdown table, runs saved by date and commit, and
deltas against a previous run.

    {"metrics": {name: value}, "cases": [...], "definitions": {name: text},
     "run": {"date", "commit", "settings", "gold_dir", "corpus", "fast", "notes", "timings"}}"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import subprocess
from pathlib import Path
from typing import Any

from assistant.config import Settings

from .metrics import DEFINITIONS, rouge_stemming

log = logging.getLogger(__name__)

SCHEMA = 1
# Settings that change results; paths and secrets are left out of a report that may be shared.
RESULT_SETTINGS = (
    "llm_backend",
    "llm_model",
    "top_k",
    "chunk_chars",
    "embed_batch",
    "local_ctx",
    "collection",
)


def git_commit(repo: Path | None = None) -> str:
    repo = repo or Path(__file__).resolve().parents[1]
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=repo,
            text=True,
            capture_output=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=repo,
            text=True,
            capture_output=True,
            timeout=10,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{out}+dirty" if dirty.strip() else out


def definition(name: str) -> str | None:
    """`actions.external.f1` is defined by `actions.f1`: per-set metrics share the family's."""
    name_k = re.sub(r"@\d+$", "@k", name)  # retrieval.recall@5 -> retrieval.recall@k
    if name_k in DEFINITIONS:
        return DEFINITIONS[name_k]
    if name.startswith("verifier.") and name != "verifier.cases":  # one per case label
        return f"The offline verifier's accuracy on the labelled '{name[9:]}' cases."
    parts = name.split(".")
    if len(parts) > 2 and f"{parts[0]}.{parts[-1]}" in DEFINITIONS:
        return f"({parts[1]} only) " + DEFINITIONS[f"{parts[0]}.{parts[-1]}"]
    return None


def build_report(
    metrics: dict[str, Any],
    cases: list[dict[str, Any]],
    *,
    settings: Settings,
    gold_dir: Path,
    corpus: list[str],
    fast: bool,
    notes: list[str],
    timings: dict[str, float],
) -> dict[str, Any]:
    clean = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in sorted(metrics.items())}
    return {
        "schema": SCHEMA,
        "metrics": clean,
        "cases": cases,
        "definitions": {k: d for k in clean if (d := definition(k))},
        "run": {
            "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "commit": git_commit(),
            "settings": {k: getattr(settings, k) for k in RESULT_SETTINGS},
            "gold_dir": str(gold_dir),
            "corpus": corpus,
            "fast": fast,
            "rouge_stemming": rouge_stemming(),
            "notes": notes,
            "timings": {k: round(v, 1) for k, v in timings.items()},
        },
    }


def save_run(report: dict[str, Any], out_dir: Path) -> Path:
    """evals/runs/<date>_<commit>[_fast].json and .md beside it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = re.sub(r"[^0-9T]", "", report["run"]["date"][:19])
    commit = re.sub(r"[^0-9a-z+]", "", report["run"]["commit"]).replace("+", "-")
    name = f"{stamp}_{commit}{'_fast' if report['run']['fast'] else ''}"
    path = out_dir / f"{name}.json"
    path.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    path.with_suffix(".md").write_text(render_markdown(report), encoding="utf-8")
    report["run"]["saved_as"] = str(path)
    return path


def previous_run(out_dir: Path, fast: bool | None = None) -> dict[str, Any] | None:
    """The latest saved run (of the same kind, fast or full, when given)."""
    runs = sorted(Path(out_dir).glob("*.json")) if Path(out_dir).is_dir() else []
    for path in reversed(runs):
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if "metrics" in report and (fast is None or report.get("run", {}).get("fast") == fast):
            return report
    return None


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def render_markdown(report: dict[str, Any]) -> str:
    run = report["run"]
    lines = [
        f"# Eval run {run['date']} (commit {run['commit']})",
        "",
        f"Gold: `{run['gold_dir']}`; backend `{run['settings'].get('llm_backend')}`"
        f"{'; fast subset' if run.get('fast') else ''}.",
        "",
        "| metric | value | definition |",
        "|---|---|---|",
    ]
    for name, value in report["metrics"].items():
        text = (report["definitions"].get(name) or "").replace("|", "/")
        lines.append(f"| {name} | {_fmt(value)} | {text} |")
    if run.get("timings"):
        lines += ["", "Timings (s): " + ", ".join(f"{k} {v}" for k, v in run["timings"].items())]
    if run.get("notes"):
        lines += ["", "Notes:"] + [f"- {n}" for n in run["notes"]]
    return "\n".join(lines) + "\n"


def compare(report: dict[str, Any], previous: dict[str, Any]) -> str:
    """A Markdown table of every metric: previous, now, and the change."""
    before, now = previous.get("metrics", {}), report.get("metrics", {})
    lines = [
        f"Compared with {previous['run']['date']} (commit {previous['run']['commit']}):",
        "",
        "| metric | previous | now | delta |",
        "|---|---|---|---|",
    ]
    for name in sorted(set(before) | set(now)):
        a, b = before.get(name), now.get(name)
        delta = "-"
        if isinstance(a, int | float) and isinstance(b, int | float):
            floats = isinstance(a, float) or isinstance(b, float)
            delta = f"{b - a:+.3f}" if floats else f"{b - a:+d}"
        elif a is None and b is not None:
            delta = "new"
        elif b is None and a is not None:
            delta = "gone"
        lines.append(f"| {name} | {_fmt(a)} | {_fmt(b)} | {delta} |")
    return "\n".join(lines) + "\n"
