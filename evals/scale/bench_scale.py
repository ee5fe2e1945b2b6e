"""Scale and load: a generated corpus (evals/scale/corpus.py) ingested in growing steps, then
latencies at full size, then the same searches against a `chroma run` server on loopback
from concurrent clients.

Reported: ingest rate per step (documents a second, the embedding model warmed first, so the
first step's rate is comparable), index size, peak memory, search p50/p95, `actions --owner`
p50/p95 (in-process, warm, and one cold CLI call), ask evidence p50/p95 (time to the evidence
event, backend none), and for the server run: requests, errors, p50/p95.

    python -m evals.scale.bench_scale [--docs 10000] [--bodies 50] [--clients 8]
        [--seconds 60] [--json] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from assistant.app import App
from assistant.config import get_settings
from assistant.records import EvidenceEvent
from evals.scale.corpus import FIRST, LAST, TOPICS, body_names, generate

STEPS = [100, 1000, 2500, 5000, 7500, 10000]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)


def _timed(calls: list[Any]) -> dict[str, float]:
    times = []
    for call in calls:
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return {"p50_ms": _pct(times, 0.5), "p95_ms": _pct(times, 0.95), "n": len(times)}


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _evidence_time(app: App, question: str) -> None:
    for event in app.stream(question):
        if isinstance(event, EvidenceEvent):
            return


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_load(index: Path, queries: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """`chroma run` on the index's vectors; `clients` threads search for `seconds`."""
    port = _free_port()
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    server = subprocess.Popen(
        [
            chroma,
            "run",
            "--path",
            str(index / "chroma"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):  # up to a minute to start
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.5)
        settings = get_settings().model_copy(
            update={
                "index_dir": index,
                "llm_backend": "none",
                "chroma_url": f"http://127.0.0.1:{port}",
            }
        )
        times: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop = time.monotonic() + seconds

        def client(k: int) -> None:
            app = App(settings)
            rng = random.Random(k)
            while time.monotonic() < stop:
                start = time.perf_counter()
                try:
                    app.search(rng.choice(queries), k=5)
                except Exception as exc:  # noqa: BLE001 - counted, the load goes on
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                with lock:
                    times.append(time.perf_counter() - start)

        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "clients": clients,
        "seconds": seconds,
        "requests": len(times),
        "errors": len(errors),
        "first_errors": errors[:3],
        "p50_ms": _pct(times, 0.5) if times else None,
        "p95_ms": _pct(times, 0.95) if times else None,
    }


def run(docs: int, bodies: int, clients: int, seconds: float) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="scale-"))
    try:
        files = generate(work / "corpus", bodies, -(-docs // bodies))[:docs]
        index = work / "index"
        app = App(get_settings().model_copy(update={"index_dir": index, "llm_backend": "none"}))
        app.embedder.embed(["warm up"])
        steps, done = [], 0
        for target in [s for s in STEPS if s < docs] + [docs]:
            batch = files[done:target]
            start = time.perf_counter()
            results = app.ingest(batch)
            took = time.perf_counter() - start
            failed = [r.name for r in results if r.status == "failed"]
            steps.append(
                {
                    "docs": target,
                    "added": len(batch),
                    "seconds": round(took, 1),
                    "docs_per_s": round(len(batch) / took, 2),
                    "failed": len(failed),
                }  # fmt: skip
            )
            print(f"  {target} documents: {len(batch) / took:.1f} docs/s", file=sys.stderr)
            done = target
        rng = random.Random(3)
        places = body_names(bodies)
        queries = [f"{rng.choice(TOPICS)} {rng.choice(places).split()[0]}" for _ in range(60)]
        owners = [
            rng.choice([f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(FIRST)[0]}{rng.choice(LAST)[0]}"])
            for _ in range(60)
        ]  # fmt: skip
        questions = [f"What was decided about {rng.choice(TOPICS)}?" for _ in range(30)]
        # warm: a server that has been up a while has its index pages in memory; ten other
        # queries read them in before the timed ones (stop 19's three slowest of 60 came
        # straight after the ingest)
        for warm in [f"{rng.choice(TOPICS)} {rng.choice(places).split()[0]}" for _ in range(10)]:
            app.search(warm, k=5)
        search = _timed([lambda q=q: app.search(q, k=5) for q in queries])
        owner = _timed([lambda o=o: app.actions(owner=o) for o in owners])
        start = time.perf_counter()
        subprocess.run(
            [
                str(Path(sys.executable).with_name("minutes")),
                "actions",
                "--owner",
                owners[0],
                "--json",
            ],
            env={**__import__("os").environ, "MINUTES_INDEX_DIR": str(index)},
            capture_output=True,
            check=True,
        )
        cold_cli = round(time.perf_counter() - start, 2)
        evidence = _timed([lambda q=q: _evidence_time(app, q) for q in questions])
        report: dict[str, Any] = {
            "docs": docs,
            "bodies": bodies,
            "steps": steps,
            "rate_last_vs_first": round(steps[-1]["docs_per_s"] / steps[0]["docs_per_s"], 3),
            "index_mb": round(_du(index) / 1e6, 1),
            "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "search": search,
            "actions_owner": owner,
            "actions_owner_cli_cold_s": cold_cli,
            "ask_evidence": evidence,
        }
        app.close()
        if clients:
            report["chroma_server"] = _server_load(index, queries, clients, seconds)
        return report
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--bodies", type=int, default=50)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    report = run(args.docs, args.bodies, args.clients, args.seconds)
    text = json.dumps(report, indent=2)
    if args.out:
        args.out.write_text(text)
    if args.json:
        print(text)
        return
    for s in report["steps"]:
        print(
            f"ingest to {s['docs']:>6} docs: {s['docs_per_s']:6.1f} docs/s ({s['failed']} failed)"
        )
    print(f"rate at the last step / at the first: {report['rate_last_vs_first']}")
    print(f"index {report['index_mb']} MB, peak memory {report['peak_memory_mb']} MB")
    for key in ("search", "actions_owner", "ask_evidence"):
        print(f"{key}: p50 {report[key]['p50_ms']} ms, p95 {report[key]['p95_ms']} ms")
    print(f"actions --owner, cold CLI call: {report['actions_owner_cli_cold_s']} s")
    if "chroma_server" in report:
        c = report["chroma_server"]
        print(f"chroma server, {c['clients']} clients for {c['seconds']} s: {c['requests']} "
              f"requests, {c['errors']} errors, p50 {c['p50_ms']} ms, p95 {c['p95_ms']} ms")  # fmt: skip


if __name__ == "__main__":
    main()
