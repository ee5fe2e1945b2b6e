#!/usr/bin/env python3
"""Check the held-out build and gold against each other.

    python evals/heldout/check_heldout.py          # after make_heldout.py

- every PDF: text extractable with pypdf, running header/footer on every page,
  paragraphs really wrapped (lines ending mid-sentence) and some words hyphenated
  at line ends;
- every gold key (actions, followups, not_actions) is an exact substring of its
  document's text, whitespace-normalised: pypdf extract_text() for a PDF, the raw
  text for .md, the text content for .html;
- ids, docs and sources in the gold files refer to things that exist.

Exit status 1 if anything fails.
"""

from __future__ import annotations

import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
BUILD = HERE / "build"
GOLD = HERE / "gold"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self._skip += 1
        if tag in ("p", "li", "tr", "td", "th", "br", "h1", "h2", "div", "table"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self._skip -= 1
        if tag in ("p", "li", "tr", "td", "th", "h1", "h2", "div"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = _Text()
        p.feed(raw)
        return html.unescape("".join(p.parts))
    return raw


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load(name: str) -> list[dict]:
    path = GOLD / name
    if not path.exists():
        return []
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def check_pdf(path: Path, errors: list[str]) -> str:
    reader = PdfReader(str(path))
    n = len(reader.pages)
    lines_total = mid = hyph = 0
    for i, page in enumerate(reader.pages, 1):
        t = page.extract_text() or ""
        if f"Page {i} of {n}" not in t:
            errors.append(f"{path.name}: page {i} lacks 'Page {i} of {n}'")
        if "\u00ad" in t:
            errors.append(f"{path.name}: page {i} has a raw soft hyphen in its text")
        lines = [l.rstrip() for l in t.splitlines() if l.strip()]
        for a, b in zip(lines, lines[1:]):
            lines_total += 1
            if re.search(r"[a-z,]$", a) and re.match(r"^[a-z(£0-9]", b):
                mid += 1
            if re.search(r"[a-z]-$", a) and re.match(r"^[a-z]", b):
                hyph += 1
    if mid < 10:
        errors.append(f"{path.name}: only {mid} lines end mid-sentence; is the text wrapped?")
    return f"{path.name}: {n} pages, {lines_total} lines, {mid} end mid-sentence, {hyph} hyphenated breaks"


def main() -> int:
    errors: list[str] = []
    docs = {p.name: p for p in sorted(BUILD.iterdir())} if BUILD.exists() else {}
    if not docs:
        print("build/ is empty: run make_heldout.py first", file=sys.stderr)
        return 1
    texts = {name: norm(doc_text(p)) for name, p in docs.items()}
    total_hyph = 0
    for name, p in docs.items():
        if p.suffix == ".pdf":
            line = check_pdf(p, errors)
            total_hyph += int(re.search(r"(\d+) hyphenated", line).group(1))
            print(line)
    if total_hyph < 5:
        errors.append(f"only {total_hyph} hyphenated line breaks in all PDFs")

    def key_ok(doc: str, key: str, where: str) -> None:
        if doc not in texts:
            errors.append(f"{where}: unknown doc {doc}")
        elif norm(key) not in texts[doc]:
            hint = " (matches ignoring case)" if norm(key).lower() in texts[doc].lower() else ""
            errors.append(f"{where}: key not in {doc}{hint}: {key!r}")

    actions = load("actions.jsonl")
    ids = {}
    for a in actions:
        if a["id"] in ids:
            errors.append(f"duplicate action id {a['id']}")
        ids[a["id"]] = a
        if not a["key"]:
            errors.append(f"{a['id']}: no key")
        for k in a["key"]:
            key_ok(a["doc"], k, a["id"])
        if a["status"] not in ("open", "closed"):
            errors.append(f"{a['id']}: status {a['status']!r}")
    fups = load("followups.jsonl")
    for f in fups:
        key_ok(f["doc_earlier"], f["key_earlier"], f["id"] + " earlier")
        key_ok(f["doc_later"], f["key_later"], f["id"] + " later")
        a = ids.get(f["action_id_earlier"])
        if a is None:
            errors.append(f"{f['id']}: unknown action {f['action_id_earlier']}")
        elif a["doc"] != f["doc_earlier"]:
            errors.append(f"{f['id']}: action {a['id']} is in {a['doc']}, not {f['doc_earlier']}")
        if f["status_later"] not in ("open", "closed"):
            errors.append(f"{f['id']}: status_later {f['status_later']!r}")
        if f["doc_earlier"] >= f["doc_later"]:
            errors.append(f"{f['id']}: later doc does not sort after the earlier one")
    for n in load("not_actions.jsonl"):
        key_ok(n["doc"], n["key"], "not_action " + n["key"][:30])
    qs = load("questions.jsonl")
    for q in qs:
        for s in q["sources"]:
            if s not in docs:
                errors.append(f"{q['id']}: unknown source {s}")
        if q.get("answerable", True) and not q["must"]:
            errors.append(f"{q['id']}: answerable but no must")
    meetings = load("meetings.jsonl")
    people = load("people.jsonl")
    for m in meetings + people:
        if m["doc"] not in docs:
            errors.append(f"meetings/people: unknown doc {m['doc']}")
    for name in docs:
        if name not in {m["doc"] for m in meetings}:
            errors.append(f"meetings.jsonl: no entry for {name}")
        if name not in {m["doc"] for m in people}:
            errors.append(f"people.jsonl: no entry for {name}")
    unans = sum(1 for q in qs if q.get("answerable") is False)
    print(
        f"{len(docs)} documents, {len(actions)} actions, {len(fups)} followups, "
        f"{len(qs)} questions ({unans} unanswerable), {len(meetings)} meetings"
    )
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
