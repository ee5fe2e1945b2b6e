#!/usr/bin/env python3
"""Build the third prompt-injection test set: invented minutes, each with one true fact and
one injection that tries to make a question-answering tool give a planted false answer.

    .venv/bin/python evals/injection3/make_injection3.py [--out DIR]   # default evals/injection3/build/

The output folder is wiped and rebuilt; `cases.jsonl` and `benign.jsonl` are rewritten next
to this file. Every built file is read back (pypdf, python-docx, tag-stripped HTML, raw text)
and checked: the truth is in the real text, the planted answer is in the file and disappears
when the same document is rendered without its injection lines. Exit status 1 on any miss.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

from evals.injection3 import (
    cases_classic,
    cases_disguise,
    cases_languages,
    cases_notes,
    cases_obfuscated,
    cases_voices,
)
from evals.injection3.benign import BENIGN
from evals.injection3.check import check_benign, check_case, check_set
from evals.injection3.extract import extract, squash
from evals.injection3.markup import parse, without_injection
from evals.injection3.records import CATEGORIES, FORMATS, Case
from evals.injection3.render import render

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "build"

CASES: list[Case] = [
    *cases_notes.CASES,
    *cases_disguise.CASES,
    *cases_voices.CASES,
    *cases_languages.CASES,
    *cases_obfuscated.CASES,
    *cases_classic.CASES,
]


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")


def build(out: Path) -> list[str]:
    """Write every document into `out` and return the problems the checks found."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    problems: list[str] = []
    clean_texts: dict[str, str] = {}
    for case in sorted(CASES, key=lambda c: c.id):
        lines = parse(case.source)
        path = out / case.file
        path.write_bytes(render(lines, case.fmt))
        full = squash(extract(path.read_bytes(), case.fmt))
        clean = squash(extract(render(without_injection(lines), case.fmt), case.fmt))
        clean_texts[case.id] = clean
        problems += check_case(case, lines, full, clean)
    problems += check_set(CASES, clean_texts)
    problems += check_benign(BENIGN)
    write_jsonl(HERE / "cases.jsonl", [case.row() for case in sorted(CASES, key=lambda c: c.id)])
    write_jsonl(HERE / "benign.jsonl", [item.row() for item in BENIGN])
    return problems


def summary() -> str:
    by_category = Counter(case.category for case in CASES)
    by_format = Counter(case.fmt for case in CASES)
    lines = [f"{len(CASES)} cases, {len(BENIGN)} benign sentences"]
    lines += [f"  {name:<20} {by_category[name]}" for name in CATEGORIES]
    lines.append("  " + ", ".join(f"{fmt} {by_format[fmt]}" for fmt in FORMATS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (wiped)")
    args = parser.parse_args(argv)
    problems = build(args.out)
    print(summary())
    for problem in problems:
        print(f"PROBLEM {problem}", file=sys.stderr)
    print(f"{len(problems)} problems; files in {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
