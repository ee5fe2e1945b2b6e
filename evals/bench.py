"""Benchmark: ingestion speed, warm query latency, index size and peak memory of the hybrid path,
beside llama-index's default path (SentenceSplitter + VectorStoreIndex on Chroma, same embedder
and same readers) as a baseline. Each path runs in its own process so memory is its own. Then
answers on the embedded model over the hybrid index: how long until the evidence is shown,
until the first verified sentence, and until the whole answer (p50 and p95).

    python -m evals.bench [--corpus DIR ...] [--json] [--out FILE] [--no-answers]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.config import Settings, get_settings

QUERIES = [
    "What actions are open for LJ?",
    "Who chaired the meeting?",
    "When is the next meeting?",
    "What was the Ofsted judgement for children's services?",
    "What is KA pursuing?",
    "Which actions are assigned to Lynn Davies?",
    "street lighting repairs",
    "planning application objections",
    "precept and budget for the year",
    "safeguarding partnership arrangements",
    "grass cutting contract",
    "defibrillator training",
]
REPEATS = 5
# Asked of the embedded model: passages to phrase (most) and records to compose (the first two).
QUESTIONS = [
    "What actions are open for LJ?",
    "Who chaired the meeting?",
    "What was the Ofsted judgement for children's services?",
    "What was decided about street lighting repairs?",
    "What was agreed about the precept and budget for the year?",
    "What was said about safeguarding partnership arrangements?",
    "What was decided on the grass cutting contract?",
    "What was said about defibrillator training?",
]
# tiktoken tokens: about 250 word pieces, so the 256-piece embedder sees every chunk whole.
FULL_COVERAGE_CHUNK = 200


def _default_corpus(settings: Settings) -> list[Path]:
    shared = settings.shared_dir
    return [shared / "corpus" / "seeds", shared / "corpus" / "external"]


def _latencies(run_query: Any) -> dict[str, float]:
    for q in QUERIES:  # warm-up: first calls load caches and lazy state
        run_query(q)
    samples = []
    for _ in range(REPEATS):
        for q in QUERIES:
            start = time.perf_counter()
            run_query(q)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "query_p50_ms": statistics.median(samples),
        "query_p95_ms": samples[int(len(samples) * 0.95) - 1],
    }


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def run_hybrid(corpus: list[Path], index_dir: Path) -> dict[str, Any]:
    from assistant.app import App

    app = App(Settings(index_dir=index_dir, llm_backend="none"))
    start = time.perf_counter()
    app.embedder, app.store, app.register  # noqa: B018 - load models before the clock matters
    load = time.perf_counter() - start
    start = time.perf_counter()
    results = app.ingest(corpus)
    ingest = time.perf_counter() - start
    start = time.perf_counter()
    again = app.ingest(corpus)
    rerun = time.perf_counter() - start
    pages = sum(r.pages for r in results)
    chunks = sum(r.chunks for r in results)
    return {
        "path": "hybrid (structure chunks, Chroma + FTS5, RRF)",
        "files": len(results),
        "failed": sum(r.status == "failed" for r in results),
        "pages": pages,
        "chunks": chunks,
        "load_s": load,
        "ingest_s": ingest,
        "pages_per_s": pages / ingest,
        "chunks_per_s": chunks / ingest,
        "rerun_s": rerun,
        "rerun_embedded": sum(r.embedded for r in again),
        **_latencies(lambda q: app.search(q, k=5)),
        "index_bytes": _dir_size(index_dir),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_answers(corpus: list[Path], index_dir: Path) -> dict[str, Any]:
    """Answer QUESTIONS on the embedded model over an index of the corpus."""
    from assistant.answer import Answerer
    from assistant.app import App
    from assistant.llm import build_llm
    from assistant.records import EvidenceEvent, TextDelta

    settings = Settings(index_dir=index_dir, llm_backend="local")
    app = App(settings)
    app.ingest(corpus)
    llm, notices = build_llm(settings)
    if not llm.available:
        return {"backend": llm.backend, "available": False, "notices": notices}
    answerer = Answerer(
        app.retriever, app.register, llm, app.embedder, page_text=app.store.page_text
    )
    start = time.perf_counter()
    answerer.warm()
    warm = time.perf_counter() - start
    times: dict[str, list[float]] = {"evidence": [], "first_text": [], "total": []}
    for question in QUESTIONS:
        start = time.perf_counter()
        first = None
        for event in answerer.stream(question):
            now = time.perf_counter() - start
            if isinstance(event, EvidenceEvent):
                times["evidence"].append(now)
            elif isinstance(event, TextDelta) and first is None:
                first = now
        total = time.perf_counter() - start
        times["first_text"].append(first if first is not None else total)
        times["total"].append(total)
    llm.close()
    out: dict[str, Any] = {"backend": llm.backend, "available": True, "warm_s": warm}
    for key, samples in times.items():
        samples.sort()
        out[f"{key}_p50_s"] = statistics.median(samples)
        out[f"{key}_p95_s"] = samples[max(0, round(len(samples) * 0.95) - 1)]
    out["questions"] = len(QUESTIONS)
    return out


def run_baseline(
    corpus: list[Path], index_dir: Path, chunk_size: int | None = None
) -> dict[str, Any]:
    """llama-index's default path. With `chunk_size`, its splitter makes chunks small enough
    for the embedder to see all of the text (the default's 1024-token chunks are cut to the
    model's 256 word pieces, so most of each chunk never reaches the dense index)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from assistant.app import expand_paths
    from assistant.ingest.readers import ReadError, read_document
    from assistant.store.embed import Embedder

    start = time.perf_counter()
    embedder = Embedder(threads=get_settings().embed_threads)

    class PackagedEmbedding(BaseEmbedding):
        def _get_query_embedding(self, query: str) -> list[float]:
            return embedder.embed_one(query).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return embedder.embed_one(text).tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed(texts).tolist()

    client = chromadb.PersistentClient(
        path=str(index_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    collection = client.get_or_create_collection(
        "baseline", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
    storage = StorageContext.from_defaults(
        vector_store=ChromaVectorStore(chroma_collection=collection)
    )
    load = time.perf_counter() - start

    start = time.perf_counter()
    files, _ = expand_paths(corpus)
    documents = []
    pages = 0
    for path in files:
        try:
            doc = read_document(path)
        except ReadError:
            continue
        for page in doc.pages:
            pages += 1
            documents.append(
                Document(text=page.text, metadata={"doc": doc.name, "page": page.number or 0})
            )
    # llama-index defaults: 1024 tokens, 200 overlap
    splitter = SentenceSplitter(chunk_size=chunk_size) if chunk_size else SentenceSplitter()
    nodes = splitter.get_nodes_from_documents(documents)
    index = VectorStoreIndex(
        nodes, storage_context=storage, embed_model=PackagedEmbedding(), show_progress=False
    )
    ingest = time.perf_counter() - start
    retriever = index.as_retriever(similarity_top_k=5)
    return {
        "path": "llama-index (SentenceSplitter + VectorStoreIndex on Chroma), chunk_size "
        + str(chunk_size or "default"),
        "files": len(files),
        "pages": pages,
        "chunks": len(nodes),
        "load_s": load,
        "ingest_s": ingest,
        "pages_per_s": pages / ingest,
        "chunks_per_s": len(nodes) / ingest,
        **_latencies(lambda q: retriever.retrieve(q)),
        "index_bytes": _dir_size(index_dir),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _child(kind: str, corpus: list[Path]) -> dict[str, Any]:
    """Run one path in a fresh interpreter and return its measurements."""
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-") as tmp:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "evals.bench",
                "--only",
                kind,
                "--index",
                tmp,
                *[arg for c in corpus for arg in ("--corpus", str(c))],
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{kind} benchmark failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def report(hybrid: dict[str, Any], baseline: dict[str, Any], name: str) -> str:
    rows = [
        ("files", "files", "{:.0f}"),
        ("pages", "pages", "{:.0f}"),
        ("chunks", "chunks", "{:.0f}"),
        ("model/store load (s)", "load_s", "{:.2f}"),
        ("ingest wall (s)", "ingest_s", "{:.1f}"),
        ("pages/s", "pages_per_s", "{:.2f}"),
        ("chunks/s", "chunks_per_s", "{:.1f}"),
        ("warm query p50 (ms)", "query_p50_ms", "{:.1f}"),
        ("warm query p95 (ms)", "query_p95_ms", "{:.1f}"),
        ("index size (MB)", "index_bytes", "{:.1f}"),
        ("peak RSS (MB)", "peak_rss_mb", "{:.0f}"),
    ]
    lines = [f"| measure | hybrid | {name} | hybrid / other |", "|---|---|---|---|"]
    for label, key, fmt in rows:
        h, b = hybrid[key], baseline[key]
        if key == "index_bytes":
            h, b = h / 1e6, b / 1e6
        ratio = f"{h / b:.2f}" if isinstance(h, (int, float)) and b else ""
        lines.append(f"| {label} | {fmt.format(h)} | {fmt.format(b)} | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus",
        action="append",
        type=Path,
        help="folder to ingest (repeatable) [shared seeds + external]",
    )
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    parser.add_argument("--out", type=Path, help="also write the JSON report here")
    parser.add_argument(
        "--only",
        choices=["hybrid", "baseline", "baseline-full", "answers"],
        help=argparse.SUPPRESS,
    )
    parser.add_argument(
        "--no-answers", action="store_true", help="skip timing answers on the embedded model"
    )
    parser.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = args.corpus or _default_corpus(get_settings())
    if args.only:
        if args.only == "hybrid":
            measured = run_hybrid(corpus, args.index)
        elif args.only == "answers":
            measured = run_answers(corpus, args.index)
        else:
            full = args.only == "baseline-full"
            measured = run_baseline(corpus, args.index, FULL_COVERAGE_CHUNK if full else None)
        print(json.dumps(measured))
        return 0
    hybrid = _child("hybrid", corpus)
    baseline = _child("baseline", corpus)
    full_coverage = _child("baseline-full", corpus)
    answers = None if args.no_answers else _child("answers", corpus)
    result = {
        "hybrid": hybrid,
        "baseline": baseline,
        "baseline_full_coverage": full_coverage,
        "ingest_speedup": baseline["ingest_s"] / hybrid["ingest_s"],
        "ingest_speedup_full_coverage": full_coverage["ingest_s"] / hybrid["ingest_s"],
        "answers": answers,
    }
    if args.out:
        args.out.write_text(json.dumps(result, indent=2))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(report(hybrid, baseline, "llama-index default"))
        print()
        print(report(hybrid, full_coverage, f"llama-index chunk_size={FULL_COVERAGE_CHUNK}"))
        print(
            f"\nre-ingest of unchanged files (hybrid): {hybrid['rerun_s']:.2f} s, "
            f"{hybrid['rerun_embedded']} chunks embedded"
        )
        if answers and answers.get("available"):
            print(
                f"\nanswers on the embedded model ({answers['questions']} questions, model warmed "
                f"in {answers['warm_s']:.1f} s), p50 / p95 seconds:"
            )
            for key, label in (("evidence", "evidence shown"), ("first_text", "first text"),
                               ("total", "whole answer")):  # fmt: skip
                print(
                    f"  {label:15} {answers[f'{key}_p50_s']:6.2f} / {answers[f'{key}_p95_s']:6.2f}"
                )
        elif answers:
            print(
                f"\nanswers: the {answers['backend']} model is not available: {answers['notices']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
