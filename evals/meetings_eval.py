"""Meeting records against gold: body, this meeting's date, document kind and chair, per body,
and whether a body's documents group under one name; plus "sentences intact", the share of
gold action keys that fall inside one sentence of the text layer.

    python -m evals.meetings_eval [--gold FILE --corpus DIR ...] [--actions FILE ...] [--json]

Defaults: evals/gold/meetings.jsonl over the shared corpus, and evals/heldout (invented bodies
no rule was written for; run `python evals/heldout/make_heldout.py` first), each reported
apart. Matching (evals/gold/README.md): body by normalised name or alias (after the corpus's
names are grouped, as ingest groups them; "as read" before), date and kind exact (a date
taken from the file name does not count as read), chair by surname (and first initial where
the gold gives a first name)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from assistant.ingest import ReadError, parse_meeting, read_document
from assistant.ingest.roles import chair
from assistant.ingest.segments import doc_lines, sentences
from assistant.linking import group_bodies, people_by_body
from assistant.records import Document, Meeting

REPO = Path(__file__).resolve().parents[1]
_FOLD = str.maketrans({"‘": "'", "’": "'", "–": "-", "—": "-", "&": " and "})
_TITLES = re.compile(
    r"^(?:the|cllrs?|councillors?|county councillor|dr|mr|mrs|ms|miss|prof\w*|det\w*|ch\w*|revd|rev|pc|ps|pcso"
    r"|reverend|canon"
    r"|supt|superintendent|insp\w*|sgt|sergeant|constable)\s+"
)


def norm_body(name: str | None) -> str:
    text = (name or "").translate(_FOLD).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    text = re.sub(r"\b(?:ltd|limited|plc|cic|llp)\b", " ", text)  # a legal form, not the body
    return " ".join(text.split())


def body_right(predicted: str | None, gold: dict[str, Any]) -> bool:
    wanted = {norm_body(gold["body"])} | {norm_body(a) for a in gold.get("body_aliases", [])}
    return norm_body(predicted) in wanted


def _name_parts(name: str) -> list[str]:
    text = re.sub(r"[^\w\s'-]", " ", name.translate(_FOLD).lower())
    text = " ".join(text.split())
    while _TITLES.match(text):
        text = _TITLES.sub("", text, count=1)
    return text.split()


def chair_right(predicted: str | None, gold: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    got, want = _name_parts(predicted), _name_parts(gold)
    if not got or not want or got[-1] != want[-1]:
        return False
    # "Joseph Davies" against "Alun Davies": the first initial decides where both give one
    return len(got) < 2 or len(want) < 2 or got[0][0] == want[0][0]


def _sentences(doc: Document) -> list[str]:
    out = []
    for line in doc_lines(doc):
        for cell in line.cells:
            out += [" ".join(s.text.split()).lower() for s in sentences(cell)]
    return out


def _fold(text: str) -> str:
    return " ".join(text.translate(str.maketrans({"‘": "'", "’": "'"})).split()).lower()


def sentences_intact(doc: Document, keys: list[list[str]]) -> tuple[int, int]:
    """(keys inside one sentence, keys found in the text at all): each gold action counts by
    its first key that the page text holds."""
    pages = [_fold(p.text) for p in doc.pages]
    units = [_fold(s) for s in _sentences(doc)]
    intact = found = 0
    for phrases in keys:
        key = next((k for k in map(_fold, phrases) if any(k in p for p in pages)), None)
        if key is None:
            continue
        found += 1
        intact += any(key in u for u in units)
    return intact, found


def load_people(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Attendance gold, either one line per document ({"doc", "people": [...]}) or one line per
    person ({"doc", "name", ...})."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _load(path) if path.exists() else []:
        if "people" in row:
            out[row["doc"]] += row["people"]
        else:
            out[row["doc"]].append(row)
    return out


def _same_person(a: str, b: str) -> bool:
    x, y = _name_parts(a), _name_parts(b)
    return bool(x and y) and x[-1] == y[-1] and (len(x) < 2 or len(y) < 2 or x[0][0] == y[0][0])


def score_people(meeting: Meeting, gold: list[dict[str, Any]]) -> dict[str, int]:
    """Counts for attendee recall and precision (surname and first initial), attendance status
    and chair/clerk roles of the matched."""
    found = {"gold": len(gold), "predicted": len(meeting.people), "matched": 0, "status": 0}
    found |= {"roles": 0, "roles_right": 0}
    used: set[int] = set()
    for person in gold:
        k = next(
            (
                i
                for i, p in enumerate(meeting.people)
                if i not in used and _same_person(p.name, person["name"])
            ),
            None,
        )
        if k is None:
            continue
        used.add(k)
        got = meeting.people[k]
        found["matched"] += 1
        found["status"] += got.attendance == person.get("attendance", "present")
        role = (person.get("role") or "").lower()
        for title in ("chair", "clerk"):
            wanted = bool(re.search(rf"(?<!vice[- ]){title}\b", role)) and "vice" not in role
            if wanted:
                found["roles"] += 1
                found["roles_right"] += bool(re.search(rf"\b{title}", (got.role or "").lower()))
    return found


def _files(corpus: list[Path]) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for root in corpus:
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if path.is_file():
                out.setdefault(path.name, path)
    return out


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def evaluate(
    gold_path: Path, corpus: list[Path], actions: list[Path] | None = None
) -> dict[str, Any]:
    gold = _load(gold_path)
    people_gold = load_people(gold_path.parent / "people.jsonl")
    people: Counter[str] = Counter()
    files = _files(corpus)
    keys: dict[str, list[list[str]]] = defaultdict(list)
    for path in actions or []:
        for row in _load(path):
            keys[row["doc"]].append(row["key"])
    per_body: dict[str, dict[str, Any]] = defaultdict(
        lambda: (
            {"docs": 0, "body": 0, "body_read": 0, "date": 0, "kind": 0, "chair": 0}
            | {"names": set()}
        )
    )
    cases = []
    intact = found = 0
    read: list[tuple[dict[str, Any], Document, Meeting]] = []
    for row in gold:
        path = files.get(row["doc"])
        if path is None:
            cases.append({"doc": row["doc"], "error": "not in the corpus"})
            continue
        try:
            doc = read_document(path)
        except ReadError as exc:
            cases.append({"doc": row["doc"], "error": str(exc)})
            continue
        read.append((row, doc, parse_meeting(doc)))
    # the names a corpus gives one body are grouped at ingest, as the register does
    grouped = group_bodies((m.body_read for _, _, m in read), people_by_body(m for _, _, m in read))
    for row, doc, meeting in read:
        chaired = chair(meeting.people)
        got = {
            "body": grouped.get(meeting.body_read or "", meeting.body_read),
            "body_read": meeting.body_read,
            "date": meeting.date.isoformat() if meeting.date else None,
            "date_source": meeting.date_source,
            "kind": meeting.kind,
            "chair": chaired.name if chaired else None,
        }
        right = {
            "body": body_right(got["body"], row),
            "body_read": body_right(got["body_read"], row),
            "date": got["date"] == row["date"] and meeting.date_source != "file name",
            "kind": got["kind"] == row["kind"],
            "chair": chair_right(got["chair"], row.get("chair")),
        }
        stats = per_body[row["body"]]
        stats["docs"] += 1
        for field, ok in right.items():
            stats[field] += ok
        stats["names"].add(norm_body(got["body"]))
        if people_gold.get(row["doc"]):
            people.update(score_people(meeting, people_gold[row["doc"]]))
        if keys.get(row["doc"]):
            i, f = sentences_intact(doc, keys[row["doc"]])
            intact, found = intact + i, found + f
        cases.append({"doc": row["doc"], "body_gold": row["body"], "got": got, "right": right})
    scored = [c for c in cases if "right" in c]
    n = max(1, len(scored))
    report: dict[str, Any] = {
        "documents": len(scored),
        "errors": [c for c in cases if "error" in c],
        **{
            f: round(sum(c["right"][f] for c in scored) / n, 4)
            for f in ("body", "body_read", "date", "kind", "chair")
        },
        # a body's documents under one name: what lets later meetings be linked at all
        "grouped": round(
            sum(len(s["names"]) == 1 for s in per_body.values()) / max(1, len(per_body)), 4
        ),
        "sentences_intact": round(intact / found, 4) if found else None,
        "attendees": {
            "recall": round(people["matched"] / people["gold"], 4) if people["gold"] else None,
            "precision": round(people["matched"] / people["predicted"], 4)
            if people["predicted"]
            else None,
            "status": round(people["status"] / people["matched"], 4) if people["matched"] else None,
            "chair_clerk_roles": round(people["roles_right"] / people["roles"], 4)
            if people["roles"]
            else None,
        },
        "keys_found": found,
        "per_body": {
            body: {
                "docs": s["docs"],
                **{f: round(s[f] / s["docs"], 3) for f in ("body", "date", "kind", "chair")},
                "names": len(s["names"]),
            }
            for body, s in sorted(per_body.items())
        },
        "wrong": [
            {"doc": c["doc"], **{f: c["got"][f] for f, ok in c["right"].items() if not ok}}
            for c in scored
            if not all(c["right"].values())
        ],
    }
    return report


def default_sets(shared: Path) -> dict[str, tuple[Path, list[Path], list[Path]]]:
    heldout = REPO / "evals" / "heldout"
    return {
        "shared corpus": (
            REPO / "evals" / "gold" / "meetings.jsonl",
            [shared / "corpus"],
            [shared / "gold" / "actions.jsonl", shared / "gold" / "external" / "actions.jsonl"],
        ),
        "held-out invented bodies": (
            heldout / "gold" / "meetings.jsonl",
            [heldout / "build"],
            [heldout / "gold" / "actions.jsonl"],
        ),
    }


def render(name: str, report: dict[str, Any]) -> str:
    lines = [
        f"## {name}: {report['documents']} documents",
        f"body {report['body']:.3f} (as read {report['body_read']:.3f})  date {report['date']:.3f}  kind {report['kind']:.3f}  "
        f"chair {report['chair']:.3f}  grouped {report['grouped']:.3f}  sentences intact "
        + (
            f"{report['sentences_intact']:.3f} of {report['keys_found']} keys"
            if report["sentences_intact"] is not None
            else "-"
        ),
        "attendees: " + ", ".join(f"{k} {v}" for k, v in report["attendees"].items()),
        "| body | docs | body | date | kind | chair | names |",
        "|---|---|---|---|---|---|---|",
    ]
    for body, s in report["per_body"].items():
        lines.append(
            f"| {body} | {s['docs']} | {s['body']:.2f} | {s['date']:.2f} | {s['kind']:.2f} "
            f"| {s['chair']:.2f} | {s['names']} |"
        )
    for error in report["errors"]:
        lines.append(f"- {error['doc']}: {error['error']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from assistant.config import get_settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, help="a meetings.jsonl [both default sets]")
    parser.add_argument("--corpus", type=Path, action="append", help="folders of its documents")
    parser.add_argument("--actions", type=Path, action="append", help="actions.jsonl for keys")
    parser.add_argument("--json", action="store_true", help="print the JSON reports")
    parser.add_argument("--wrong", action="store_true", help="list the documents read wrong")
    args = parser.parse_args(argv)
    if args.gold:
        sets = {str(args.gold): (args.gold, args.corpus or [args.gold.parent], args.actions or [])}
    else:
        shared = Path(get_settings().shared_dir)
        sets = default_sets(shared if shared.is_absolute() else (REPO / shared).resolve())
    reports = {name: evaluate(*spec) for name, spec in sets.items()}
    if args.json:
        print(json.dumps(reports, indent=2, default=str))
        return 0
    for name, report in reports.items():
        print(render(name, report))
        if args.wrong:
            for w in report["wrong"]:
                print("  wrong:", json.dumps(w, ensure_ascii=False))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
