"""The sentence verifier on labelled claims about real minutes (evals/verifier_real/cases.jsonl:
each case locates its evidence in a corpus document instead of copying it). Reports the false
rejection rate (supported claims removed) and the false acceptance rate (unsupported claims
kept) apart, overall and per kind of case.

    python -m evals.verifier_real [--cases PATH] [--json] [--wrong]

The evidence of a case is what an answer would have cited: the text layer's sentence holding
the locator, the one before it and the ones after, to about 280 characters (a QMSum case: its
turns),
with the item heading above it and the meeting line as context."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from assistant.answer.evidence import initials_named
from assistant.ingest import parse_meeting, read_document
from assistant.ingest.agenda import item_of
from assistant.ingest.segments import doc_lines, sentences
from assistant.records import Document, Evidence, Meeting
from assistant.verify import Verifier

from .qmsum import load_split

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "evals" / "verifier_real" / "cases.jsonl"
WINDOW = 280


def _shared() -> Path:
    from assistant.config import get_settings

    shared = Path(get_settings().shared_dir)
    return shared if shared.is_absolute() else (REPO / shared).resolve()


@cache
def _files() -> dict[str, Path]:
    root = _shared() / "corpus"
    return {p.name: p for p in root.rglob("*") if p.is_file()}


@lru_cache(maxsize=64)
def _document(name: str) -> tuple[Document, Meeting]:
    doc = read_document(_files()[name])
    return doc, parse_meeting(doc)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).lower()


def evidence_for(case: dict[str, Any]) -> Evidence | None:
    doc_name = case["doc"]
    if doc_name.startswith("qmsum-committee/"):
        split, _, line = doc_name.split("/", 1)[1].partition("#")
        meeting = load_split(_shared() / "corpus" / "qmsum-committee", split.removesuffix(".jsonl"))
        turns = meeting[int(line)]["meeting_transcripts"]
        first, last = case["locator"]["turns"]
        text = "\n".join(f"{t['speaker']}: {t['content']}" for t in turns[first : last + 1])
        return Evidence(n=1, text=text, doc=doc_name, page=None, meeting="a committee meeting")
    doc, meeting = _document(doc_name)
    key = _fold(case["locator"])
    units = [s for line in doc_lines(doc) for cell in line.cells for s in sentences(cell)]
    for k, unit in enumerate(units):
        # the sentence holding the locator, or the two it runs across (never the one before a
        # sentence that holds it whole)
        following = units[k + 1] if k + 1 < len(units) else None
        across = (
            following is not None
            and key not in _fold(following.text)
            and key in _fold(unit.text + " " + following.text)
        )
        if key in _fold(unit.text) or across:
            # the sentence before it (a statement may start there), it, and what follows
            before = units[k - 1] if k and units[k - 1].page == unit.page else None
            window = [before, unit] if before is not None else [unit]
            last = k
            if across and following is not None:
                window.append(following)
                last = k + 1
            while len(" ".join(u.text for u in window)) < WINDOW and last + 1 < len(units):
                nxt = units[last + 1]
                if nxt.page != unit.page:
                    break
                window.append(nxt)
                last += 1
            page = doc.page_text(unit.page)
            text = page[window[0].start : window[-1].end]
            item = item_of(meeting.items, unit.page, unit.start)
            heading = f"{item.number or ''} {item.title}".strip() if item else ""
            label = ", ".join(
                x for x in (meeting.body, meeting.date.isoformat() if meeting.date else "") if x
            )
            return Evidence(
                n=1,
                text=text,
                doc=doc.name,
                page=unit.page,
                doc_id=doc.doc_id,
                start=window[0].start,
                end=window[-1].end,
                item=heading or None,
                meeting=label or None,
                context=heading,
                names=initials_named(text, meeting.people),
            )
    return None


def score(cases: list[dict[str, Any]], verifier: Verifier) -> dict[str, Any]:
    by_kind: Counter[str] = Counter()
    wrong_by_kind: Counter[str] = Counter()
    rows = []
    missing = 0
    for case in cases:
        evidence = evidence_for(case)
        if evidence is None:
            missing += 1
            continue
        result = verifier.verify(f"{case['claim']} [1]", [evidence])
        kept = bool(result.sentences) and all(s.supported for s in result.sentences)
        right = kept == case["supported"]
        kind = f"{'supported' if case['supported'] else 'unsupported'}:{case['kind']}"
        by_kind[kind] += 1
        wrong_by_kind[kind] += not right
        rows.append(
            {
                "id": case["id"],
                "kind": kind,
                "right": right,
                "claim": case["claim"],
                "reasons": [r for s in result.sentences for r in s.reasons],
            }
        )
    supported = [r for r in rows if r["kind"].startswith("supported")]
    unsupported = [r for r in rows if r["kind"].startswith("unsupported")]
    return {
        "cases": len(rows),
        "not_located": missing,
        "false_rejection": round(
            sum(not r["right"] for r in supported) / max(1, len(supported)), 3
        ),
        "false_acceptance": round(
            sum(not r["right"] for r in unsupported) / max(1, len(unsupported)), 3
        ),
        "accuracy": round(sum(r["right"] for r in rows) / max(1, len(rows)), 3),
        "per_kind": {k: round(wrong_by_kind[k] / n, 3) for k, n in sorted(by_kind.items())},
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--wrong", action="store_true", help="list the cases judged wrong")
    parser.add_argument(
        "--presence-only", action="store_true", help="without the relation check (as before)"
    )
    args = parser.parse_args(argv)
    from assistant.store import Embedder

    cases = [json.loads(line) for line in args.cases.read_text().splitlines() if line.strip()]
    report = score(cases, Verifier(Embedder(threads=2), relations=not args.presence_only))
    if args.json:
        print(json.dumps({k: v for k, v in report.items() if k != "rows"}, indent=1))
    else:
        print(
            f"{report['cases']} cases ({report['not_located']} not located): false rejection "
            f"{report['false_rejection']}, false acceptance {report['false_acceptance']}, "
            f"accuracy {report['accuracy']}"
        )
        for kind, rate in report["per_kind"].items():
            print(f"  {kind:34} wrong {rate}")
    if args.wrong:
        for row in report["rows"]:
            if not row["right"]:
                print(f"  {row['id']} {row['kind']}: {row['claim'][:90]} | {row['reasons'][:2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
