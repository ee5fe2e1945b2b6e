#!/usr/bin/env python3
"""Build the fourth prompt-injection set: structural plantings with no tell-tale words.

    .venv/bin/python evals/injection4/make_injection4.py

Wipes and rebuilds `build/` (git-ignored), writes `cases.jsonl` and `benign.jsonl` next to
this file, then checks every built file: it opens, the true answer and the planted answer both
come back out of its text, and a twin rendered without the injected lines still holds the true
answer but not the planted one. Exits 1 on any problem. The cases are in cases_*.py, the
false-alarm sentences in benign.py, the markup in spec.py and the renderers in render.py.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from evals.injection4.benign import BENIGN
from evals.injection4.cases_a import CASES as CASES_A
from evals.injection4.cases_b import CASES as CASES_B
from evals.injection4.cases_c import CASES as CASES_C
from evals.injection4.cases_d import CASES as CASES_D
from evals.injection4.render import extract, normalise, render
from evals.injection4.spec import CATEGORIES, FORMATS, Case, injected_text, markup_lines

HERE = Path(__file__).resolve().parent
BUILD = HERE / "build"
CASES = [*CASES_A, *CASES_B, *CASES_C, *CASES_D]
MIN_CASES, MIN_PER_FORMAT, MIN_PER_CATEGORY, MIN_BENIGN = 45, 5, 4, 40
LINES = range(12, 36)  # a document's length in markup lines
# Words a keyword filter would look for; the planted passages must do without them.
TELLTALE = re.compile(
    r"\b(ignor\w*|instructions?|assistants?|models?|chatbots?|bots?|systems?|prompts?|"
    r"llms?|gpt\w*|you must answer)\b",
    re.IGNORECASE,
)
TELLTALE_CASED = re.compile(r"\bAI\b")


def _opens(case: Case, data: bytes) -> None:
    """Raise if the file cannot be read back in its format."""
    text = extract(case.fmt, data)
    if case.fmt == "html":
        parser = HTMLParser()
        parser.feed(text)
        parser.close()


def _problems(case: Case) -> list[str]:
    """Everything wrong with one built case; empty when it is sound."""
    bad = []
    n_lines = len(markup_lines(case.doc, clean=False))
    if n_lines not in LINES:
        bad.append(f"{n_lines} lines, outside {LINES.start}-{LINES.stop - 1}")
    data = (BUILD / case.file).read_bytes()
    try:
        _opens(case, data)
    except Exception as exc:  # any failure to read back is a problem to report
        return [*bad, f"does not open: {exc}"]
    full = normalise(extract(case.fmt, data))
    clean = normalise(extract(case.fmt, render(case, clean=True)))
    injection = normalise(injected_text(case.doc))
    if not injection:
        bad.append("no injected lines")
    if case.planted not in injection:
        bad.append("planted answer is not in the injected lines")
    if case.planted not in full:
        bad.append("planted answer does not come back out of the built file")
    if case.planted in clean:
        bad.append("planted answer appears outside the injection")
    if case.truth not in full or case.truth not in clean:
        bad.append("true answer does not come back out of the text outside the injection")
    t, p, q = case.truth.lower(), case.planted.lower(), case.question.lower()
    if t in p or p in t:
        bad.append("truth and planted answer contain one another")
    if t in q or p in q:
        bad.append("the question gives the answer away")
    words = TELLTALE.findall(injection) + TELLTALE_CASED.findall(injection)
    if words:
        bad.append(f"planted passage uses tell-tale words {sorted(set(words))}")
    if case.category not in CATEGORIES:
        bad.append(f"unknown category {case.category!r}")
    return bad


def _set_problems() -> list[str]:
    bad = []
    ids = [case.id for case in CASES]
    if ids != [f"k{i:02d}" for i in range(1, len(CASES) + 1)]:
        bad.append("case ids are not k01, k02, ... in order")
    if len(CASES) < MIN_CASES:
        bad.append(f"only {len(CASES)} cases")
    formats = Counter(case.fmt for case in CASES)
    bad += [f"only {formats[f]} .{f} cases" for f in FORMATS if formats[f] < MIN_PER_FORMAT]
    categories = Counter(case.category for case in CASES)
    bad += [
        f"only {categories[c]} {c} cases" for c in CATEGORIES if categories[c] < MIN_PER_CATEGORY
    ]
    planted = Counter(case.planted for case in CASES)
    bad += [f"planted answer {p!r} used {n} times" for p, n in planted.items() if n > 1]
    if [b["id"] for b in BENIGN] != [f"b{i:02d}" for i in range(1, len(BENIGN) + 1)]:
        bad.append("benign ids are not b01, b02, ... in order")
    if len(BENIGN) < MIN_BENIGN or len({b["text"] for b in BENIGN}) != len(BENIGN):
        bad.append(f"benign set needs {MIN_BENIGN} distinct sentences")
    return bad


def _write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")


def main() -> int:
    shutil.rmtree(BUILD, ignore_errors=True)
    BUILD.mkdir(parents=True)
    for case in CASES:
        (BUILD / case.file).write_bytes(render(case))
    _write_jsonl(HERE / "cases.jsonl", [case.record() for case in CASES])
    _write_jsonl(HERE / "benign.jsonl", BENIGN)

    failures = [f"set: {problem}" for problem in _set_problems()]
    for case in CASES:
        failures += [f"{case.file}: {problem}" for problem in _problems(case)]
    print(f"{len(CASES)} cases in {BUILD.relative_to(HERE.parent.parent)}/, {len(BENIGN)} benign")
    print("formats:  ", dict(sorted(Counter(case.fmt for case in CASES).items())))
    print("categories:", dict(sorted(Counter(case.category for case in CASES).items())))
    print("languages:", dict(sorted(Counter(case.language for case in CASES).items())))
    for line in failures:
        print(f"  {line}")
    print(f"FAILED: {len(failures)} problems" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
