#!/usr/bin/env python3
"""Check the held-out set 2 gold against the built documents' text layer.

    /work/main/.venv/bin/python evals/heldout2/check_heldout2.py [--dump]

Every gold file must name only built documents; every action key, every follow-up key, every
question `must` phrasing (each alternative, in at least one of the question's sources), every
meeting's `date_evidence` and chair, and every attendee's name must be found in the extracted
text of its document, case- and whitespace-insensitive, curly quotes folded.  PDF text is what
pypdf's extract_text gives (no de-hyphenation); DOCX text is paragraphs, tables, headers and
footers; HTML text is the tag-stripped page; Markdown is read as it is.
--dump writes each document's extracted text to build/text/ for inspection.
Exit status 1 if anything is missing.
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = HERE / "build"
GOLD = HERE / "gold"
KINDS = {"minutes", "agenda pack", "action log", "report", "transcript"}
FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self._skip += 1
        if tag in (
            "p",
            "br",
            "tr",
            "h1",
            "h2",
            "h3",
            "li",
            "div",
            "table",
            "header",
            "footer",
            "nav",
        ):
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.out.append(data)


def extract(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in child.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr:
                            if tc.tag.endswith("}tc"):
                                cells.append(
                                    " ".join(
                                        "".join(
                                            t.text or "" for t in p.iter() if t.tag.endswith("}t")
                                        )
                                        for p in tc
                                        if p.tag.endswith("}p")
                                    )
                                )
                        parts.append(" | ".join(cells))
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        s = _Strip()
        s.feed(path.read_text(encoding="utf-8"))
        return "".join(s.out)
    return path.read_text(encoding="utf-8")


def norm(text: str) -> str:
    return " ".join(text.translate(FOLD).lower().split())


def load(name: str) -> list[dict]:
    path = GOLD / name
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def main(argv: list[str]) -> int:
    docs = {p.name: p for p in sorted(BUILD.iterdir()) if p.is_file()}
    if not docs:
        print("no build/: run make_heldout2.py first", file=sys.stderr)
        return 1
    raw = {name: extract(p) for name, p in docs.items()}
    text = {name: norm(t) for name, t in raw.items()}
    if "--dump" in argv:
        out = BUILD / "text"
        out.mkdir(exist_ok=True)
        for name, t in raw.items():
            (out / (name + ".txt")).write_text(t, encoding="utf-8")
    problems: list[str] = []
    counts: dict[str, int] = {}

    def need(doc: str, phrase: str, what: str) -> None:
        if doc not in text:
            problems.append(f"{what}: unknown document {doc!r}")
        elif norm(phrase) not in text[doc]:
            problems.append(f"{what}: {phrase!r} not in {doc}")

    meetings = load("meetings.jsonl")
    counts["meetings"] = len(meetings)
    seen = {m["doc"] for m in meetings}
    for name in docs:
        if name not in seen:
            problems.append(f"meetings: no gold line for built document {name}")
    bodies: dict[str, set[str]] = {}
    for m in meetings:
        need(m["doc"], m["date_evidence"], f"meeting {m['doc']} date_evidence")
        if m["chair"]:
            need(m["doc"], m["chair"].split()[-1], f"meeting {m['doc']} chair")
        if m["kind"] not in KINDS:
            problems.append(f"meeting {m['doc']}: bad kind {m['kind']!r}")
        if m["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"]):
            problems.append(f"meeting {m['doc']}: bad date {m['date']!r}")
        bodies.setdefault(m["body"], set()).add(m["doc"])
    counts["bodies"] = len(bodies)

    people = load("people.jsonl")
    counts["people"] = len(people)
    for p in people:
        need(p["doc"], p["name"].split()[-1], f"person {p['name']}")
        if p["attendance"] not in ("present", "apologies", "in attendance", "absent"):
            problems.append(f"person {p['name']} in {p['doc']}: bad attendance {p['attendance']!r}")

    actions = load("actions.jsonl")
    counts["actions"] = len(actions)
    ids = set()
    for a in actions:
        if a["id"] in ids:
            problems.append(f"action {a['id']}: duplicate id")
        ids.add(a["id"])
        if a["status"] not in ("open", "closed"):
            problems.append(f"action {a['id']}: bad status")
        for k in a["key"]:
            need(a["doc"], k, f"action {a['id']} key")
        if a.get("progress"):
            need(a["doc"], a["progress"], f"action {a['id']} progress")

    by_doc: dict[str, list[dict]] = {}
    for a in actions:
        by_doc.setdefault(a["doc"], []).append(a)
    for (
        doc,
        rows,
    ) in by_doc.items():  # a key must not also pick out another action of the same document
        for a in rows:
            for b in rows:
                if a is not b and any(norm(k) in norm(" ".join(b["key"])) for k in a["key"]):
                    problems.append(f"action {a['id']}: a key also matches {b['id']}")

    followups = load("followups.jsonl")
    counts["followups"] = len(followups)
    for f in followups:
        need(f["doc_earlier"], f["key_earlier"], f"followup {f['id']} key_earlier")
        need(f["doc_later"], f["key_later"], f"followup {f['id']} key_later")
        if f["action_id_earlier"] not in ids:
            problems.append(f"followup {f['id']}: unknown action {f['action_id_earlier']}")
        if f["status_later"] not in ("open", "closed"):
            problems.append(f"followup {f['id']}: bad status_later")

    questions = load("questions.jsonl")
    counts["questions"] = len(questions)
    counts["unanswerable"] = sum(1 for q in questions if q.get("answerable") is False)
    for q in questions:
        if q.get("answerable") is False:
            if q["must"] or q["sources"]:
                problems.append(f"question {q['id']}: unanswerable but has must/sources")
            continue
        for src in q["sources"]:
            if src not in text:
                problems.append(f"question {q['id']}: unknown source {src}")
        for fact in q["must"]:
            for alt in fact:
                if not any(norm(alt) in text.get(src, "") for src in q["sources"]):
                    problems.append(f"question {q['id']} must: {alt!r} not in its sources")

    for line in problems:
        print("MISSING", line)
    print(
        json.dumps(counts),
        f"documents={len(docs)}",
        "OK" if not problems else f"{len(problems)} problems",
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
