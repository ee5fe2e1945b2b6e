"""The web UI in a real headless Chromium (Debian's, driven by Playwright): ask a question, open
a citation, filter the actions table, upload a file, and check that the page never reaches
beyond this machine. Screenshots of each tab go to tests/artifacts/."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium is not installed (run .ci/browser-deps.sh)"
    ),
]
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from assistant.app import App
    from assistant.config import Settings
    from assistant.ui.layout import serve

    app = App(Settings(index_dir=tmp_path_factory.mktemp("ui") / "index", llm_backend="none"))
    app.ingest([SAMPLES])
    port = free_port()
    demo = serve(app, "127.0.0.1", port, None, block=False)
    yield f"http://127.0.0.1:{port}/"
    demo.close()
    app.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server: str) -> Iterator[object]:  # noqa: ANN001
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.requested = []  # every URL the page asked for: all must be on this machine
    page.on("request", lambda r: page.requested.append(r.url))
    page.goto(server)
    page.get_by_role("tab", name="Chat").wait_for()
    yield page
    outside = [
        u
        for u in page.requested
        if urlparse(u).scheme in ("http", "https", "ws", "wss")
        and urlparse(u).hostname not in ("127.0.0.1", "localhost")
    ]
    context.close()
    assert not outside, f"the page reached outside this machine: {outside}"


def final_chips(page):  # noqa: ANN001, ANN201
    """The citation chips of a finished answer (the panel says "Evidence found" until then)."""
    return page.locator("#sources:has(h4:text-is('Sources')) details.chip").first


def shot(page, name: str) -> None:  # noqa: ANN001
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_chat_answer_with_citation_chip_and_source(page) -> None:  # noqa: ANN001
    page.get_by_label("Ask about the minutes").fill("What actions are open for OF?")
    started = time.monotonic()
    page.locator("#ask").click()
    page.locator("#sources details.chip").first.wait_for(timeout=10_000)
    evidence_after = time.monotonic() - started
    # The final answer replaces the "looking" placeholder and carries citation numbers.
    final_chips(page).wait_for(timeout=20_000)
    answer = page.locator("#chatbot").inner_text()
    assert "Owen Fairbairn" in answer and "[1]" in answer
    chip = page.locator("#sources details.chip").first
    chip.locator("summary").click()
    assert "attendance protocol" in chip.locator("blockquote").inner_text()
    page.locator("#chips label").first.click()
    mark = page.locator("#source-view mark")
    mark.wait_for(timeout=10_000)
    assert "attendance protocol" in mark.inner_text()
    shot(page, "chat")
    assert evidence_after < 3.0, f"evidence took {evidence_after:.2f} s to appear"


def test_follow_up_and_decline_notice(page) -> None:  # noqa: ANN001
    box = page.get_by_label("Ask about the minutes")
    box.fill("What actions are open for PN?")
    page.locator("#ask").click()
    final_chips(page).wait_for(timeout=20_000)
    box.fill("What did the board say about the price of tea on Mars?")
    page.locator("#ask").click()
    page.locator("#notice", has_text="The minutes do not say").wait_for(timeout=20_000)
    assert page.locator("#chatbot").inner_text().count("What actions are open for PN?") == 1
    shot(page, "chat-decline")


def action_count(page, other_than: int | None = None) -> int:  # noqa: ANN001
    """The count the Actions tab shows once it has settled (not Gradio's 'processing' text)."""
    page.wait_for_function(
        """n => { const t = document.querySelector('#actions-count').innerText.trim();
                  return /^\\d+ actions,/.test(t) && !t.startsWith(n + ' '); }""",
        arg=str(other_than),
        timeout=10_000,
    )
    return int(page.locator("#actions-count").inner_text().split()[0])


def test_actions_filter_and_detail(page) -> None:  # noqa: ANN001
    page.get_by_role("tab", name="Actions").click()
    page.locator("#apply-filters").click()
    everything = action_count(page)
    page.locator("#owner-filter textarea, #owner-filter input").first.fill("OF")
    page.locator("#apply-filters").click()
    filtered = action_count(page, other_than=everything)
    assert 0 < filtered < everything
    table = page.locator("#actions-table")
    assert "Fairbairn" in table.inner_text() and "Natarajan" not in table.inner_text()
    table.get_by_text("attendance protocol").filter(visible=True).first.click()
    page.locator("#action-detail h5", has_text="History").wait_for(timeout=10_000)
    assert page.locator("#action-detail mark").count() == 1
    shot(page, "actions")


def test_briefing_generates_and_offers_downloads(page) -> None:  # noqa: ANN001
    page.get_by_role("tab", name="Briefing").click()
    page.locator("#brief-body input").click()
    page.get_by_role("option", name="Riverside", exact=False).first.click()
    page.locator("#brief-go").click()
    note = page.locator("#briefing")
    note.locator("h1").wait_for(timeout=30_000)
    assert "Riverside" in note.locator("h1").inner_text()
    files = page.locator("#brief-files")
    for suffix in (".md", ".docx", ".pdf"):
        files.get_by_text(suffix, exact=True).first.wait_for(timeout=10_000)
    shot(page, "briefing")


def test_upload_good_and_bad_files(page, tmp_path: Path) -> None:  # noqa: ANN001
    good = tmp_path / "harbour_board_2025-06-02.txt"
    good.write_text(
        "Harbour Board\nMinutes of the meeting held on 2 June 2025\n\n"
        "Present: Ada Quill (AQ), Ben Rook (BR)\n\n1. Moorings\n"
        "ACTION: AQ to survey the east moorings by July 2025.\n"
    )
    bad = tmp_path / "fake.pdf"
    bad.write_text("not a pdf at all")
    page.get_by_role("tab", name="Documents").click()
    page.locator("#upload input[type=file]").set_input_files([str(good), str(bad)])
    page.locator("#upload").get_by_text("fake", exact=True).wait_for(timeout=10_000)
    page.locator("#ingest").click()
    report = page.locator("#ingest-report")
    playwright.expect(report).to_contain_text("ingested", timeout=60_000)
    text = report.inner_text()
    assert "ingested" in text and "content is text" in text
    page.locator("#documents-table").get_by_text("harbour_board_2025-06-02.txt").wait_for()
    shot(page, "documents")


def test_about_tab(page) -> None:  # noqa: ANN001
    page.get_by_role("tab", name="About").click()
    about = page.locator("#about")
    about.get_by_text("Embedding model").wait_for(timeout=10_000)
    assert "none" in about.inner_text() and "gradio" in about.inner_text()
    shot(page, "about")
