"""Check the extra development questions in this folder against the corpus.

Usage (from anywhere):
    /work/main/.venv/bin/python evals/questions_more/check.py [--corpus PATH] [-v]

Checks, for mscc_pdf.jsonl and qmsum.jsonl:
  1. format: id, question, must (list of facts, each a non-empty list of
     strings), sources; "answerable": false entries have must == [] and
     sources == []; qmsum entries carry "meeting" (and "split") matching their
     source "qmsum-committee/<split>.jsonl#<line>", split in {train, val};
     ids unique and in sequence;
  2. grounding: every must phrasing appears verbatim (case-insensitive,
     whitespace-normalised, curly quotes folded) in at least one of the
     question's source documents.  The one tolerated exception is a
     date/number *format variant* ("14 March 2016" beside "14th March 2016",
     "1200" beside "£1,200", "29%" beside "29 per cent"): it passes if another phrasing of the same fact
     matches verbatim and the variant matches once ordinal suffixes, "£" and
     thousands separators are removed and "%" is read as "per cent" on both
     sides.  Such variants are
     listed, not failed.
  3. no copying: no question shares 10 consecutive words with any corpus
     text (seeds, external minutes, the 50 PDFs, every QMSum split including
     its queries and answers);
  4. no repeats: no question is (nearly) identical to one in the existing
     question sets (shared gold, external gold, evals/dev_questions.jsonl) or
     to another question here.

PDF text comes from pypdf's extract_text (pages joined with newlines); a QMSum
meeting's text is its turns joined as "speaker: content" lines.
Exit status is 1 if any check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["mscc_pdf.jsonl", "qmsum.jsonl"]
NGRAM = 10
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def default_corpus() -> Path:
    env = os.environ.get("MINUTES_CORPUS")
    if env:
        return Path(env)
    return (
        HERE.parents[2] / "shared" / "corpus"
    )  # /work/main/evals/questions_more -> /work/shared/corpus


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.translate(QUOTES)).strip().lower()


def norm_variant(s: str) -> str:
    s = norm(s)
    s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
    s = s.replace("£", "")
    s = re.sub(r"(\d)\s*%", r"\1 per cent", s)
    s = re.sub(r"(\d),(\d{3})", r"\1\2", s)
    return s


def words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", norm(s))


class Corpus:
    def __init__(self, root: Path):
        self.root = root
        self.qmsum = {}
        for split in ("train", "val", "test"):
            p = root / "qmsum-committee" / f"{split}.jsonl"
            self.qmsum[split] = (
                [json.loads(l) for l in p.open(encoding="utf-8")] if p.exists() else []
            )

    @cache
    def pdf_text(self, name: str) -> str:
        from pypdf import PdfReader  # only needed for the PDF set

        reader = PdfReader(str(self.root / "external" / "mscc-pdf" / name))
        return "\n".join((page.extract_text() or "") for page in reader.pages)

    def meeting_text(self, split: str, i: int) -> str:
        m = self.qmsum[split][i]
        return "\n".join(f"{t['speaker']}: {t['content']}" for t in m["meeting_transcripts"])

    def source_text(self, src: str) -> str:
        m = re.fullmatch(r"qmsum-committee/(train|val|test)\.jsonl#(\d+)", src)
        if m:
            return self.meeting_text(m.group(1), int(m.group(2)))
        if src.endswith(".pdf"):
            return self.pdf_text(src)
        for sub in ("external/minutes", "seeds"):
            p = self.root / sub / src
            if p.exists():
                return p.read_text(encoding="utf-8")
        raise FileNotFoundError(src)

    def all_texts(self):
        for sub in ("seeds", "external/minutes"):
            for p in sorted((self.root / sub).glob("*.txt")):
                yield p.name, p.read_text(encoding="utf-8")
        for p in sorted((self.root / "external" / "mscc-pdf").glob("*.pdf")):
            yield p.name, self.pdf_text(p.name)
        for split, meetings in self.qmsum.items():
            for i, m in enumerate(meetings):
                yield f"qmsum-committee/{split}.jsonl#{i}", self.meeting_text(split, i)
                extra = []
                for key in ("general_query_list", "specific_query_list"):
                    for qa in m.get(key, []):
                        extra += [qa.get("query", ""), qa.get("answer", "")]
                for t in m.get("topic_list", []):
                    extra.append(t.get("topic", ""))
                yield f"qmsum-committee/{split}.jsonl#{i} (queries)", "\n".join(extra)


def load(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.open(encoding="utf-8") if l.strip()]


def check_format(fname: str, qs: list[dict], prefix: str, errors: list[str]) -> None:
    ids = [q.get("id") for q in qs]
    want = [f"{prefix}{i:02d}" for i in range(1, len(qs) + 1)]
    if ids != want:
        errors.append(f"{fname}: ids not {want[0]}..{want[-1]} in order")
    for q in qs:
        qid = q.get("id")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append(f"{qid}: missing question")
        must, sources = q.get("must"), q.get("sources")
        if not isinstance(must, list) or not all(
            isinstance(f, list) and f and all(isinstance(s, str) and s.strip() for s in f)
            for f in must
        ):
            errors.append(f"{qid}: must is not a list of non-empty lists of strings")
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            errors.append(f"{qid}: sources is not a list of strings")
        if q.get("answerable") is False:
            if must or sources:
                errors.append(f"{qid}: unanswerable but must/sources not empty")
        else:
            if "answerable" in q and q["answerable"] is not True:
                errors.append(f"{qid}: answerable must be true/false")
            if not must or not sources:
                errors.append(f"{qid}: answerable but must or sources empty")
        if prefix == "qq" and q.get("answerable") is not False:
            for s in sources or []:
                m = re.fullmatch(r"qmsum-committee/(train|val)\.jsonl#(\d+)", s)
                if not m:
                    errors.append(
                        f"{qid}: source {s!r} is not qmsum-committee/<train|val>.jsonl#<line>"
                    )
                elif q.get("meeting") != int(m.group(2)) or q.get("split", m.group(1)) != m.group(
                    1
                ):
                    errors.append(f"{qid}: meeting/split fields do not match source {s}")


def check_grounding(corpus: Corpus, qs: list[dict], errors: list[str], variants: list[str]) -> int:
    n = 0
    for q in qs:
        texts = []
        for s in q.get("sources", []):
            try:
                texts.append(corpus.source_text(s))
            except (FileNotFoundError, IndexError):
                errors.append(f"{q['id']}: source not found: {s}")
        plain = [norm(t) for t in texts]
        loose = [norm_variant(t) for t in texts]
        for fact in q.get("must", []):
            hits = {p: any(norm(p) in t for t in plain) for p in fact}
            if not any(hits.values()):
                errors.append(f"{q['id']}: no phrasing of fact {fact} found in {q['sources']}")
                continue
            for p, ok in hits.items():
                n += 1
                if ok:
                    continue
                if re.search(r"\d", p) and any(norm_variant(p) in t for t in loose):
                    variants.append(
                        f"{q['id']}: {p!r} (format variant of {[x for x in fact if hits[x]]})"
                    )
                else:
                    errors.append(f"{q['id']}: phrasing {p!r} not found verbatim in {q['sources']}")
    return n


def check_copying(corpus: Corpus, allq: list[dict], errors: list[str]) -> None:
    qgrams = {}
    for q in allq:
        w = words(q["question"])
        for i in range(len(w) - NGRAM + 1):
            qgrams.setdefault(" ".join(w[i : i + NGRAM]), set()).add(q["id"])
    if not qgrams:
        return
    found: dict[str, dict[str, str]] = {}  # qid -> {document: first shared n-gram}
    for name, text in corpus.all_texts():
        w = words(text)
        for i in range(len(w) - NGRAM + 1):
            g = " ".join(w[i : i + NGRAM])
            if g in qgrams:
                for qid in qgrams[g]:
                    found.setdefault(qid, {}).setdefault(name, g)
    for qid in sorted(found):
        docs = found[qid]
        name, g = next(iter(docs.items()))
        more = f" (and {len(docs) - 1} more texts)" if len(docs) > 1 else ""
        errors.append(f"{qid}: question repeats {NGRAM} consecutive words of {name}{more}: '{g}'")


def check_repeats(allq: list[dict], existing: list[dict], errors: list[str]) -> None:
    def key(s):
        return set(words(s)) - {
            "the",
            "a",
            "an",
            "of",
            "and",
            "to",
            "in",
            "at",
            "on",
            "what",
            "who",
            "for",
            "was",
            "did",
        }

    seen = [(e.get("id", "?"), key(e["question"]), norm(e["question"])) for e in existing]
    for q in allq:
        k, n = key(q["question"]), norm(q["question"])
        for oid, ok, on in seen:
            jacc = len(k & ok) / max(1, len(k | ok))
            if n == on or jacc >= 0.7:
                errors.append(f"{q['id']}: near-duplicate of {oid} (overlap {jacc:.2f})")
        seen.append((q["id"], k, n))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    corpus = Corpus(args.corpus)
    errors: list[str] = []
    variants: list[str] = []
    allq: list[dict] = []
    for fname, prefix in zip(FILES, ("pq", "qq")):
        qs = load(HERE / fname)
        allq += qs
        check_format(fname, qs, prefix, errors)
        n = check_grounding(corpus, qs, errors, variants)
        unans = sum(1 for q in qs if q.get("answerable") is False)
        nfacts = sum(len(q.get("must", [])) for q in qs)
        print(
            f"{fname}: {len(qs)} questions ({len(qs) - unans} answerable, {unans} unanswerable), "
            f"{nfacts} facts, {n} phrasings checked"
        )
    existing = []
    for p in (
        args.corpus.parent / "gold" / "questions.jsonl",
        args.corpus.parent / "gold" / "external" / "questions.jsonl",
        HERE.parent / "dev_questions.jsonl",
    ):
        if p.exists():
            existing += load(p)
    check_repeats(allq, existing, errors)
    check_copying(corpus, allq, errors)
    if variants:
        print(f"format variants accepted ({len(variants)}):")
        for v in variants if args.verbose else variants[:10]:
            print("  " + v)
        if not args.verbose and len(variants) > 10:
            print(f"  ... {len(variants) - 10} more (-v to list)")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print(
        f"OK: every fact grounded in its sources; no question repeats {NGRAM} consecutive corpus words; "
        f"no duplicates of {len(existing)} existing questions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
