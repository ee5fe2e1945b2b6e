"""How soon the web UI shows evidence after Ask, measured in a real headless Chromium: the
sample minutes (and any --corpus) indexed, the UI served on this machine, each question asked
in turn in one conversation, the time from the click to the first "Evidence found" measured
in the page by a DOM observer (so a state shown briefly is not missed). p50, p95 and max.

    python -m evals.ui_latency [--corpus DIR ...] [--rounds 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import tempfile
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
QUESTIONS = [
    "What actions are open for PN?",
    "What did the board agree about the attendance protocol?",
    "When is the next meeting?",
    "Who chaired the meeting?",
    "What was decided about early help?",
    "What is the budget?",
]

# In the page: when the click on Ask happened, when the evidence and then the answer's sources
# were first on screen.
WATCH = """() => {
  const heading = () => document.querySelector("#sources h4")?.textContent || "";
  window.__asked = window.__evidence = window.__answered = null;
  document.querySelector("#ask").addEventListener("click", () => {
    window.__asked = performance.now();
  }, { capture: true, once: true });
  const seen = new MutationObserver(() => {
    if (window.__asked === null) return;
    const now = performance.now();
    if (window.__evidence === null && heading() === "Evidence found") window.__evidence = now;
    if (window.__evidence !== null && heading() === "Sources") {
      window.__answered = now;
      seen.disconnect();
    }
  });
  seen.observe(document.body, { subtree: true, childList: true, characterData: true });
}"""


def ask(page: Any, question: str) -> float:
    """Ask and wait for the whole answer; the seconds until its evidence was on screen."""
    page.locator("#ask").wait_for()
    page.evaluate(WATCH)
    page.get_by_label("Ask about the minutes").fill(question)
    page.locator("#ask").click()
    page.wait_for_function(
        "() => window.__answered !== null && !document.querySelector('#ask').disabled",
        timeout=60_000,
    )
    return float(page.evaluate("() => (window.__evidence - window.__asked) / 1000"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(corpora: list[Path], rounds: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    from assistant.app import App
    from assistant.config import Settings
    from assistant.ui.layout import serve

    with tempfile.TemporaryDirectory(prefix="ui-latency-") as tmp:
        app = App(Settings(index_dir=Path(tmp) / "index", llm_backend="none"))
        app.ingest([SAMPLES, *corpora])
        port = _free_port()
        demo = serve(app, "127.0.0.1", port, None, block=False)
        times: list[tuple[str, float]] = []
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
                )
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.goto(f"http://127.0.0.1:{port}/")
                page.get_by_role("tab", name="Chat").wait_for()
                for _ in range(rounds):
                    times += [(q, ask(page, q)) for q in QUESTIONS]
                browser.close()
        finally:
            demo.close()
            app.close()
    seconds = sorted(t for _, t in times)
    return {
        "questions": len(seconds),
        "evidence_p50_s": round(statistics.median(seconds), 3),
        "evidence_p95_s": round(seconds[max(0, int(0.95 * len(seconds)) - 1)], 3),
        "evidence_max_s": round(seconds[-1], 3),
        "per_question": [{"question": q, "evidence_s": round(t, 3)} for q, t in times],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, nargs="*", default=[])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        parser.error("Debian's chromium is not installed (run .ci/browser-deps.sh)")
    report = measure(args.corpus, args.rounds)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            f"evidence after Ask, {report['questions']} questions: p50 {report['evidence_p50_s']}"
            f" s, p95 {report['evidence_p95_s']} s, max {report['evidence_max_s']} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
