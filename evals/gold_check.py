#!/usr/bin/env python3
"""Check a held-out set's gold (heldout4, heldout5) against the text layer of its built documents.

    /work/main/.venv/bin/python evals/heldout4/check_heldout4.py          # report misses, exit 1 on any
    /work/main/.venv/bin/python evals/heldout4/check_heldout4.py --dump   # also write text/*.txt

(each set's check_heldoutN.py runs `main` on its own folder).

Text layers: pypdf `extract_text` for PDFs (no de-hyphenation), DOCX paragraphs, tables,
headers and footers, tag-stripped HTML, raw Markdown and plain text. Comparison is case- and
whitespace-insensitive with curly quotes folded.

Beyond the phrase checks it also checks that the gold hangs together: action owners are people
of the same body, follow-up keys and statuses agree with the actions they point at and run
forward in time within one body, and the question set has at least 30 questions, at least 5
of them unanswerable, with unique ids.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

KINDS = {"minutes", "agenda pack", "action log", "report", "transcript"}
ATTENDANCE = {"present", "apologies", "in attendance", "absent"}
STATUS = {"open", "closed"}


def text_of(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(str(path))
        parts = []
        for el in d.element.body.iterchildren():  # body order: paragraphs and tables
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    parts.append(" | ".join(c.text for c in row.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if suf in (".html", ".htm"):
        raw = path.read_text(encoding="utf-8")
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        return html.unescape(raw)
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    s = (
        s.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def load(gold: Path, name: str) -> list[dict]:
    rows = []
    for i, line in enumerate((gold / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{name}:{i}: bad JSON: {e}") from e
    return rows


def main(folder: Path, argv: list[str]) -> int:
    """Check `folder`/gold against `folder`/build; `--dump` writes the text read to
    `folder`/text (outside build/, which is the set's corpus)."""
    build, gold = folder / "build", folder / "gold"
    files = sorted(p for p in build.iterdir() if p.is_file())
    if not files:
        raise SystemExit(f"{build} is empty: run its make_*.py first")
    texts = {p.name: norm(text_of(p)) for p in files}
    if "--dump" in argv:
        out = folder / "text"
        out.mkdir(exist_ok=True)
        for old in out.glob("*.txt"):
            old.unlink()
        for p in files:
            (out / (p.name + ".txt")).write_text(text_of(p), encoding="utf-8")
    misses: list[str] = []

    def has(doc, phrase):
        return doc in texts and norm(phrase) in texts[doc]

    def need(doc, phrase, what):
        if doc not in texts:
            misses.append(f"{what}: no built document {doc}")
        elif not has(doc, phrase):
            misses.append(f"{what}: {phrase!r} not in {doc}")

    # meetings
    meetings = load(gold, "meetings.jsonl")
    seen = set()
    for m in meetings:
        d = m["doc"]
        seen.add(d)
        if m["kind"] not in KINDS:
            misses.append(f"meeting {d}: bad kind {m['kind']}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"] or ""):
            misses.append(f"meeting {d}: bad date {m['date']}")
        need(d, m["date_evidence"], f"meeting {d} date_evidence")
        if m.get("chair"):
            need(d, m["chair"].split()[-1], f"meeting {d} chair")
        if m.get("place"):
            for bit in [m["place"].split(",")[0]]:
                need(d, bit, f"meeting {d} place")
    for f in texts:
        if f not in seen:
            misses.append(f"no meeting line for {f}")
    bodies = {}
    for m in meetings:
        bodies.setdefault(m["body"], []).append(m["doc"])

    # people
    people = load(gold, "people.jsonl")
    for p in people:
        if p["attendance"] not in ATTENDANCE:
            misses.append(f"person {p['name']} in {p['doc']}: bad attendance {p['attendance']}")
        need(p["doc"], p["name"].split()[-1], f"person {p['name']}")
        if p.get("initials"):
            need(p["doc"], p["initials"], f"person {p['name']} initials")

    body_of = {m["doc"]: m["body"] for m in meetings}
    date_of = {m["doc"]: m["date"] for m in meetings}
    names_by_body: dict[str, set[str]] = {}
    seen_people = set()
    for p in people:
        if (p["doc"], p["name"]) in seen_people:
            misses.append(f"person {p['name']} listed twice in {p['doc']}")
        seen_people.add((p["doc"], p["name"]))
        names_by_body.setdefault(body_of.get(p["doc"], "?"), set()).add(p["name"])
    for b in bodies:
        aliases = {json.dumps(m["body_aliases"]) for m in meetings if m["body"] == b}
        if len(aliases) > 1:
            misses.append(f"body {b}: body_aliases differ between its documents")

    # actions
    actions = load(gold, "actions.jsonl")
    ids = {}
    for a in actions:
        if a["id"] in ids:
            misses.append(f"duplicate action id {a['id']}")
        ids[a["id"]] = a
        stem = a["doc"].rsplit(".", 1)[0]
        if not re.fullmatch(re.escape(stem) + r"#a\d\d", a["id"]):
            misses.append(f"action id {a['id']} does not match doc {a['doc']}")
        if a["status"] not in STATUS:
            misses.append(f"action {a['id']}: bad status {a['status']}")
        if not a["key"]:
            misses.append(f"action {a['id']}: no key")
        for k in a["key"]:
            need(a["doc"], k, f"action {a['id']} key")
        if a.get("progress"):
            need(a["doc"], a["progress"], f"action {a['id']} progress")
        for o in a.get("owners_printed") or []:
            need(a["doc"], o, f"action {a['id']} owner as printed")
        if not a["owners"]:
            misses.append(f"action {a['id']}: no owner")
        for o in a["owners"]:
            if o not in names_by_body.get(body_of.get(a["doc"], "?"), set()):
                misses.append(f"action {a['id']}: owner {o!r} is not a person of that body")
    by_doc = {}
    for a in actions:
        by_doc.setdefault(a["doc"], []).append(a)
    for acts in by_doc.values():
        for a in acts:
            for k in a["key"]:
                for b in acts:
                    if b is a:
                        continue
                    for kb in b["key"]:
                        if norm(k) in norm(kb):
                            misses.append(f"key {k!r} of {a['id']} also picks out {b['id']}")

    # follow-ups
    fus = load(gold, "followups.jsonl")
    fids = set()
    for f in fus:
        if f["id"] in fids:
            misses.append(f"duplicate follow-up id {f['id']}")
        fids.add(f["id"])
        need(f["doc_earlier"], f["key_earlier"], f"follow-up {f['id']} key_earlier")
        need(f["doc_later"], f["key_later"], f"follow-up {f['id']} key_later")
        a = ids.get(f["action_id_earlier"])
        if a is None:
            misses.append(f"follow-up {f['id']}: unknown action {f['action_id_earlier']}")
        elif a["doc"] != f["doc_earlier"]:
            misses.append(f"follow-up {f['id']}: action {a['id']} is not in {f['doc_earlier']}")
        elif f["key_earlier"] not in a["key"]:
            misses.append(f"follow-up {f['id']}: key_earlier is not a key of {a['id']}")
        if f["status_later"] not in STATUS:
            misses.append(f"follow-up {f['id']}: bad status {f['status_later']}")
        if f.get("action_id_later"):
            b = ids.get(f["action_id_later"])
            if b is None or b["doc"] != f["doc_later"]:
                misses.append(f"follow-up {f['id']}: bad action_id_later {f['action_id_later']}")
            else:
                if f["key_later"] not in b["key"]:
                    misses.append(f"follow-up {f['id']}: key_later is not a key of {b['id']}")
                if b["status"] != f["status_later"]:
                    misses.append(f"follow-up {f['id']}: status_later differs from {b['id']}")
        if body_of.get(f["doc_earlier"]) != body_of.get(f["doc_later"]):
            misses.append(f"follow-up {f['id']}: documents of different bodies")
        elif not date_of[f["doc_earlier"]] < date_of[f["doc_later"]]:
            misses.append(f"follow-up {f['id']}: doc_later is not later")

    # questions
    qs = load(gold, "questions.jsonl")
    qids = [q["id"] for q in qs]
    if len(set(qids)) != len(qids):
        misses.append("duplicate question ids")
    if len(qs) < 30 or sum(not q["answerable"] for q in qs) < 5:
        misses.append("need at least 30 questions, at least 5 unanswerable")
    for q in qs:
        if q["answerable"]:
            if not q["must"] or not q["sources"]:
                misses.append(f"question {q['id']}: answerable but no must/sources")
            for src in q["sources"]:
                if src not in body_of:
                    misses.append(f"question {q['id']}: source {src} has no meeting line")
                if src not in texts:
                    misses.append(f"question {q['id']}: no built source {src}")
            for alts in q["must"]:
                for alt in alts:
                    if not any(has(s, alt) for s in q["sources"]):
                        misses.append(f"question {q['id']}: must {alt!r} not in its sources")
        elif q["must"] or q["sources"]:
            misses.append(f"question {q['id']}: unanswerable but has must/sources")

    n_open = sum(a["status"] == "open" for a in actions)
    print(
        f"{len(texts)} documents, {len(meetings)} meetings, {len(bodies)} bodies, "
        f"{len(people)} people, {len(actions)} actions ({n_open} open, {len(actions) - n_open} closed), "
        f"{len(fus)} follow-ups ({sum(f['status_later'] == 'open' for f in fus)} open), "
        f"{len(qs)} questions ({sum(not q['answerable'] for q in qs)} unanswerable)"
    )
    if misses:
        print(f"{len(misses)} problems:")
        for m in misses:
            print("  -", m)
        return 1
    print("all gold phrases found")
    return 0
