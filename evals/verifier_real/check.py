"""Validate the real-minutes verifier calibration set (cases.jsonl).

For every case: find the locator in its corpus document and report it if it
is missing or ambiguous (several hits are allowed only when every hit lies in
the same sentence text, e.g. a repeated page header); check that the claim
shares no run of 10 consecutive words with the document; check the schema
(ids, kinds, word counts, QMSum split and turn range).

Usage: python check.py [cases.jsonl] [--corpus DIR]
Exit status is 1 if any case is reported.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = (HERE / "../../../shared/corpus").resolve()

TRUE_KINDS = {"paraphrase", "close-quote", "needs-heading", "two-sentence"}
FALSE_KINDS = {
    "swapped-person",
    "swapped-number",
    "wrong-date",
    "wrong-status",
    "unsupported-addition",
    "wrong-relation",
    "other-meeting",
}
RUN = 10  # forbidden shared run of words


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", "'").replace("'", ""))


class Corpus:
    def __init__(self, root: Path):
        self.root = root

    def source_of(self, doc: str) -> str:
        if doc.startswith("qmsum-committee/"):
            return "qmsum"
        if doc.endswith(".pdf"):
            return "mscc-pdf"
        if (self.root / "seeds" / doc).exists():
            return "seeds"
        if (self.root / "external" / "minutes" / doc).exists():
            return "external/minutes"
        return "unknown"

    @cache
    def text(self, doc: str) -> str:
        """Whitespace-normalised text of a .txt or .pdf document."""
        src = self.source_of(doc)
        if src == "seeds":
            raw = (self.root / "seeds" / doc).read_text(encoding="utf-8")
        elif src == "external/minutes":
            raw = (self.root / "external" / "minutes" / doc).read_text(encoding="utf-8")
        elif src == "mscc-pdf":
            from pypdf import PdfReader

            reader = PdfReader(str(self.root / "external" / "mscc-pdf" / doc))
            raw = "\n".join((p.extract_text() or "") for p in reader.pages)
        else:
            raise FileNotFoundError(doc)
        return norm_ws(raw)

    @cache
    def meeting(self, doc: str) -> dict:
        split, _, idx = doc.partition("#")
        path = self.root / split
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i == int(idx):
                    return json.loads(line)
        raise IndexError(doc)

    @cache
    def ngrams(self, doc: str) -> frozenset:
        if self.source_of(doc) == "qmsum":
            m = self.meeting(doc)
            parts = [t["content"] for t in m["meeting_transcripts"]]
            for q in m.get("general_query_list", []) + m.get("specific_query_list", []):
                parts.append(q.get("answer", ""))
            w = []
            grams = set()
            for p in parts:  # no runs across turn boundaries
                w = words(p)
                grams.update(tuple(w[i : i + RUN]) for i in range(len(w) - RUN + 1))
            return frozenset(grams)
        w = words(self.text(doc))
        return frozenset(tuple(w[i : i + RUN]) for i in range(len(w) - RUN + 1))


SENT_END = re.compile(r"(?<=[.!?;])\s|\s(?=\(?[a-z0-9]{1,3}\))|\s(?=\d{1,2}\.\s)|\s[•▪○■]\s")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence-like span around [start, end): bounded by sentence ends,
    bullets and list markers."""
    left = 0
    for m in SENT_END.finditer(text, 0, start):
        left = m.end()
    m = SENT_END.search(text, end)
    right = m.start() if m else len(text)
    return left, right


def same_sentence(text: str, hits: list[int], n: int) -> bool:
    """True if every hit lies in the same sentence text (e.g. a repeated page
    or slide). A short repeated line such as 'The following payments were
    approved:' only counts when its surroundings repeat too."""
    spans = [sentence_span(text, h, h + n) for h in hits]
    sents = {text[a:b].strip() for a, b in spans}
    if len(sents) != 1:
        return False
    if len(next(iter(sents)).split()) >= 8:
        return True
    before = {text[max(0, a - 60) : a] for a, _ in spans}
    after = {text[b : b + 60] for _, b in spans}
    return len(before) == 1 or len(after) == 1


def check_locator(corpus: Corpus, case: dict) -> str | None:
    doc, loc = case["doc"], case["locator"]
    if corpus.source_of(doc) == "qmsum":
        if not (
            isinstance(loc, dict) and isinstance(loc.get("turns"), list) and len(loc["turns"]) == 2
        ):
            return "QMSum locator must be {'turns': [i, j]}"
        i, j = loc["turns"]
        n = len(corpus.meeting(doc)["meeting_transcripts"])
        if not (0 <= i <= j < n):
            return f"turns {i}-{j} outside 0..{n - 1}"
        if j - i > 12:
            return f"turn range {i}-{j} too wide (>13 turns)"
        return None
    if not isinstance(loc, str):
        return "locator must be a string"
    loc_n = norm_ws(loc)
    nw = len(loc_n.split())
    if not 4 <= nw <= 8:
        return f"locator has {nw} words (want 4-8)"
    text = corpus.text(doc)
    hits = [m.start() for m in re.finditer(re.escape(loc_n), text)]
    if not hits:
        return "locator not found"
    if len(hits) > 1:
        if not same_sentence(text, hits, len(loc_n)):
            return f"locator ambiguous: {len(hits)} hits, not all in the same sentence"
    return None


def check_case(corpus: Corpus, case: dict) -> list[str]:
    probs = []
    for k in ("id", "doc", "locator", "claim", "supported", "kind", "note"):
        if k not in case:
            probs.append(f"missing field {k}")
    if probs:
        return probs
    doc = case["doc"]
    src = corpus.source_of(doc)
    if src == "unknown":
        return [f"unknown document {doc}"]
    if src == "qmsum" and not re.fullmatch(r"qmsum-committee/(train|val)\.jsonl#\d+", doc):
        probs.append("QMSum doc must be train/val .jsonl#<line>")
    kinds = (
        TRUE_KINDS
        if case["supported"] is True
        else FALSE_KINDS
        if case["supported"] is False
        else set()
    )
    if case["kind"] not in kinds:
        probs.append(f"kind {case['kind']!r} not valid for supported={case['supported']!r}")
    nw = len(case["claim"].split())
    if not 6 <= nw <= 30:
        probs.append(f"claim has {nw} words (want 6-30)")
    try:
        err = check_locator(corpus, case)
    except (FileNotFoundError, IndexError) as e:
        err = f"cannot open document: {e}"
    if err:
        probs.append(err)
    else:
        grams = corpus.ngrams(doc)
        cw = words(case["claim"])
        for i in range(len(cw) - RUN + 1):
            if tuple(cw[i : i + RUN]) in grams:
                probs.append(
                    "claim shares a 10-word run with the document: " + " ".join(cw[i : i + RUN])
                )
                break
    return probs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", nargs="?", default=str(HERE / "cases.jsonl"))
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--no-ids", action="store_true", help="skip id sequence check (drafts)")
    args = ap.parse_args(argv)
    corpus = Corpus(Path(args.corpus))
    cases = []
    bad = 0
    with open(args.cases, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                print(f"line {n}: invalid JSON: {e}")
                bad += 1
    ids = Counter(c.get("id") for c in cases)
    if not args.no_ids:
        for i, c in enumerate(cases, 1):
            if c.get("id") != f"r{i:03d}":
                print(f"{c.get('id')}: expected id r{i:03d}")
                bad += 1
        for k, v in ids.items():
            if v > 1:
                print(f"{k}: duplicate id")
                bad += 1
    claims = Counter(c.get("claim") for c in cases)
    for c in cases:
        probs = check_case(corpus, c)
        if claims[c.get("claim")] > 1:
            probs.append("duplicate claim")
        for p in probs:
            bad += 1
            print(f"{c.get('id')} [{c.get('doc')}] {p}")
    by_kind = Counter((c.get("supported"), c.get("kind")) for c in cases)
    by_src = Counter(corpus.source_of(c.get("doc", "")) for c in cases)
    docs = {}
    for c in cases:
        docs.setdefault(corpus.source_of(c.get("doc", "")), set()).add(c.get("doc"))
    print(
        f"\n{len(cases)} cases: {sum(c.get('supported') is True for c in cases)} supported, "
        f"{sum(c.get('supported') is False for c in cases)} unsupported"
    )
    for (sup, kind), v in sorted(by_kind.items(), key=lambda x: (not x[0][0], x[0][1])):
        print(f"  {'true ' if sup else 'false'} {kind:22s} {v}")
    for s, v in sorted(by_src.items()):
        sup = sum(1 for c in cases if corpus.source_of(c["doc"]) == s and c["supported"] is True)
        print(
            f"  {s:18s} {v:4d} cases ({sup} supported, {v - sup} unsupported) in {len(docs[s])} documents"
        )
    print(f"problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
