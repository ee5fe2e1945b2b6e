"""The web UI's handlers and views in Python, and its server through gradio_client: the named
API endpoints return the CLI's JSON, and two chats and an upload at once all complete."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import zipfile
from pathlib import Path

import pytest

from assistant import contracts
from assistant.app import App
from assistant.config import Settings
from assistant.contracts import action_json
from assistant.records import SourceRef
from assistant.ui import uploads as ui_uploads
from assistant.ui import views as ui_views
from assistant.ui.handlers import Handlers, parse_day

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TODAY = dt.date(2025, 6, 15)
MEETING_TEXT = (
    "Harbour Board\nMinutes of the meeting held on 2 June 2025\n\n"
    "Present: Ada Quill (AQ), Ben Rook (BR)\n\n1. Moorings\n"
    "ACTION: AQ to survey the east moorings by July 2025.\n"
)


# --------------------------------------------------------------------------- views


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("30 June 2025", dt.date(2025, 6, 30)),
        ("by 1st March 2025", dt.date(2025, 3, 1)),
        ("June 2025", dt.date(2025, 6, 30)),
        ("end of Feb 2024", dt.date(2024, 2, 29)),
        ("2025-04-30", dt.date(2025, 4, 30)),
        ("30/04/25", dt.date(2025, 4, 30)),
        ("31.02.2025", None),
        ("next meeting", None),
        ("Ongoing", None),
        (None, None),
    ],
)
def test_parse_due(due: str | None, expected: dt.date | None) -> None:
    assert contracts.parse_due(due) == expected


@pytest.mark.parametrize(
    ("page", "quote", "offsets", "expected"),
    [
        ("Alpha beta gamma.", "beta", (6, 10), (6, 10)),
        ("Alpha beta gamma.", "beta", (0, 4), (6, 10)),  # stale offsets: found by text
        ("Alpha\n  beta\tgamma.", "beta gamma", None, (8, 18)),  # flattened white space
        ("Alpha beta gamma.", "delta", None, None),
    ],
)
def test_locate_quote(page: str, quote: str, offsets, expected) -> None:  # noqa: ANN001
    start, end = offsets or (None, None)
    assert ui_views.locate(page, quote, start, end) == expected


def test_source_html_marks_the_quote_and_escapes_the_page() -> None:
    ref = SourceRef(n=1, doc="a.txt", doc_id="x", page=2, quote="<b>agreed</b>")
    shown = ui_views.source_html(ref, "Item 3: <b>agreed</b> by all.")
    assert '<mark id="quote">&lt;b&gt;agreed&lt;/b&gt;</mark>' in shown
    assert "a.txt, page 2" in shown and "<b>agreed" not in shown


def test_chips_are_numbered_and_expand_to_quote_and_place() -> None:
    ref = SourceRef(
        n=2, doc="m.pdf", doc_id="x", page=4, quote="Q & A", item="5", meeting="Board, 1 May 2025"
    )
    shown = ui_views.chips_html([ref])
    assert "[2] m.pdf p.4" in shown and "Q &amp; A" in shown
    assert "m.pdf, page 4 · item 5 · Board, 1 May 2025" in shown


def test_decline_and_fallback_notices() -> None:
    assert "minutes do not say" in ui_views.notice_md(False, [])
    shown = ui_views.notice_md(True, ["local backend failed; fell back to none"])
    assert "fell back" in shown and "do not say" not in shown
    assert ui_views.notice_md(True, []) == ""


# --------------------------------------------------------------------------- uploads


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\x\\Minutes 2025.PDF", "Minutes 2025.pdf"),
        (".hidden.md", "hidden.md"),
        ("Café minutes?.txt", "Cafe minutes_.txt"),
        ("..", "upload"),
        ("a" * 300 + ".docx", "a" * 115 + ".docx"),
    ],
)
def test_safe_name(raw: str, expected: str) -> None:
    assert ui_uploads.safe_name(raw) == expected


def _docx(path: Path, member: str = "word/document.xml") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "<w:document/>")
    return path


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("ok.txt", MEETING_TEXT.encode(), None),
        ("ok.md", "# Board\n\nNotes – with a dash\n".encode(), None),
        ("ok.pdf", b"%PDF-1.4\n%...", None),
        ("fake.pdf", b"just some text", "the name says .pdf but the content is text"),
        ("fake.txt", b"%PDF-1.7\n\x00\x01\x02", "the name says .txt but the content is pdf"),
        ("blob.txt", bytes(range(256)) * 10, "content is binary"),
        ("empty.md", b"", "empty file"),
        ("script.exe", b"MZ...", "unsupported file type '.exe'"),
    ],
)
def test_upload_checks_type_by_content(
    tmp_path: Path, name: str, content: bytes, error: str | None
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    checked = ui_uploads.check(path, name, max_bytes=1_000_000)
    assert (checked.error is None) if error is None else (error in (checked.error or ""))


def test_upload_checks_docx_and_size(tmp_path: Path) -> None:
    assert ui_uploads.check(_docx(tmp_path / "a.docx"), "a.docx", 10**6).error is None
    zipped = _docx(tmp_path / "b.docx", member="other.xml")
    assert "content is zip" in (ui_uploads.check(zipped, "b.docx", 10**6).error or "")
    big = tmp_path / "big.txt"
    big.write_text("minutes " * 2000)
    assert "too large" in (ui_uploads.check(big, "big.txt", 1000).error or "")


def test_store_keeps_uploads_inside_the_folder(tmp_path: Path) -> None:
    src = tmp_path / "x.txt"
    src.write_text("hello")
    checked = ui_uploads.check(src, "../../evil.txt", 10**6)
    target = ui_uploads.store(checked, tmp_path / "uploads")
    assert target == (tmp_path / "uploads" / "evil.txt").resolve() and target.read_text() == "hello"


# --------------------------------------------------------------------------- handlers (real app)


@pytest.fixture
def app(settings: Settings):  # noqa: ANN201
    app = App(settings)
    app.ingest([SAMPLES])
    yield app
    app.close()


@pytest.fixture
def handlers(app: App) -> Handlers:
    return Handlers(app, today=lambda: TODAY)


def test_chat_streams_evidence_first_then_a_cited_answer(handlers: Handlers) -> None:
    views = list(handlers.respond("What actions are open for OF?", [], "browser:a"))
    first, last = views[0], views[-1]
    assert not first.done and "Evidence found" in first.sources
    assert last.done and last.messages[-1]["role"] == "assistant"
    answer = last.messages[-1]["content"]
    assert "Owen Fairbairn" in answer
    assert "[\\[1\\]](#cite-0-1)" in answer  # each [n] links to its source
    assert [t.question for t in last.turns] == ["What actions are open for OF?"]
    assert "0-1" in last.refs and last.refs["0-1"].doc_id
    shown, original = handlers.show_source("0-1", last.refs)
    assert '<mark id="quote">' in shown and "attendance protocol" in shown
    assert original is not None and original.read_bytes() == (SAMPLES / original.name).read_bytes()


def test_conversations_are_kept_resumed_renamed_exported_and_deleted(handlers: Handlers) -> None:
    first = list(handlers.respond("What actions are open for PN?", [], "browser:a"))[-1]
    assert first.conversation
    second = list(
        handlers.respond(
            "What did they decide about lunar tea prices?",
            first.turns,
            "browser:a",
            first.conversation,
        )
    )[-1]
    assert second.conversation == first.conversation and len(second.turns) == 2
    assert "minutes do not say" in second.notice.lower()
    # another browser sees none of it; this one gets it back whole, sources included
    assert handlers.conversations("browser:b") == []
    (label, kept_id), *_ = handlers.conversations("browser:a")
    assert kept_id == first.conversation and label.startswith("What actions are open for PN?")
    back = handlers.open_conversation("browser:a", kept_id)
    assert back.messages == second.messages and back.refs.keys() == second.refs.keys()
    assert handlers.open_conversation("browser:b", kept_id).messages == []
    assert handlers.rename_conversation("browser:a", kept_id, "PN's actions")
    exported = handlers.export_conversation("browser:a", kept_id)
    text = exported.read_text()
    assert text.startswith("# PN's actions") and "## What actions are open for PN?" in text
    assert "Sources:" in text and "riverside" in text
    assert handlers.delete_conversation("browser:a", kept_id)
    assert handlers.conversations("browser:a") == []


def test_chat_ignores_blank_questions(handlers: Handlers) -> None:
    (view,) = list(handlers.respond("   ", [], "browser:a"))
    assert view.done and view.turns == [] and view.messages == []


def test_actions_filter_export_and_detail(handlers: Handlers) -> None:
    everything = handlers.actions("", "all", "", "")
    mine = handlers.actions("OF", "all", "", "")
    assert 0 < len(mine) < len(everything)
    csv_text = handlers.export_csv(mine).read_text()
    # the same columns as `minutes actions --csv`
    assert csv_text.splitlines()[0] == ",".join(contracts.ACTIONS_CSV)
    assert len(csv_text.strip().splitlines()) == len(mine) + 1
    detail = handlers.action_detail(mine, mine[0].id)
    assert "History" in detail and "<mark" in detail
    assert handlers.action_detail(mine, "no-such-id") == ""


def test_overdue_needs_an_open_action_and_a_past_due_date(handlers: Handlers) -> None:
    action = handlers.actions("", "all", "", "")[0]
    due_past = action.model_copy(update={"status": "open", "due": "30 April 2025"})
    assert contracts.is_overdue(due_past, TODAY)
    assert not contracts.is_overdue(due_past.model_copy(update={"status": "closed"}), TODAY)
    assert not contracts.is_overdue(due_past.model_copy(update={"due": "July 2025"}), TODAY)


def test_upload_reports_good_and_bad_files_and_remove(handlers: Handlers, tmp_path: Path) -> None:
    good = tmp_path / "harbour board.txt"
    good.write_text(MEETING_TEXT)
    bad = tmp_path / "fake.pdf"
    bad.write_text("not a pdf")
    ticks: list[tuple[float, str]] = []
    report = handlers.upload([good, bad], lambda f, what: ticks.append((f, what)))
    assert report.ingested == 1 and report.failed == 1
    assert "harbour board.txt**: ingested" in report.markdown and "fake.pdf" in report.markdown
    assert ticks[-1] == (1.0, "Done") and any("harbour" in what for _, what in ticks)
    stored = handlers.uploads_dir / "harbour board.txt"
    assert stored.is_file()
    doc_id = dict((n, i) for n, i in handlers.document_choices())["harbour board.txt"]
    assert "Removed" in handlers.remove(doc_id) and not stored.exists()
    assert "harbour board.txt" not in dict(handlers.document_choices())


def test_reindex_skips_unchanged_files(handlers: Handlers) -> None:
    report = handlers.reindex()
    assert report.failed == 0 and report.markdown.count("unchanged") == 2


def test_about_names_backend_model_and_index(handlers: Handlers) -> None:
    about = handlers.about()
    assert "Backend in use: **none**" in about and "MiniLM" in about
    assert "2 documents" in about and "gradio" in about


def test_api_json_matches_the_cli_contract(handlers: Handlers, app: App) -> None:
    assert handlers.api_actions("OF", "all") == [
        action_json(a) for a in app.actions("OF", status="all")
    ]
    answer = handlers.api_ask("What actions are open for OF?")
    assert set(answer) == {"answer", "answerable", "citations", "backend", "notices"}
    assert answer["answerable"] and answer["citations"][0]["n"] == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-12", dt.date(2025, 3, 12)),
        ("2025-03-12 00:00:00", dt.date(2025, 3, 12)),
        ("", None),
        (None, None),
        ("soon", None),
    ],
)
def test_parse_day(value: object, expected: dt.date | None) -> None:
    assert parse_day(value) == expected


# --------------------------------------------------------------------------- the server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_two_chats_and_an_upload_at_once_through_the_server(app: App, tmp_path: Path) -> None:
    from gradio_client import Client, handle_file

    from assistant.ui.layout import serve

    port = _free_port()
    demo = serve(app, "127.0.0.1", port, None, block=False)
    try:
        url = f"http://127.0.0.1:{port}/"
        upload = tmp_path / "harbour_board.txt"
        upload.write_text(MEETING_TEXT)
        results: dict[str, object] = {}
        errors: list[BaseException] = []

        def run(key: str, fn) -> None:  # noqa: ANN001
            try:
                results[key] = fn(Client(url, verbose=False))
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(exc)

        jobs = {
            "of": lambda c: c.predict("What actions are open for OF?", "", api_name="/ask"),
            "pn": lambda c: c.predict("What actions are open for PN?", "", api_name="/ask"),
            "upload": lambda c: c.predict([handle_file(str(upload))], api_name="/upload"),
        }
        threads = [threading.Thread(target=run, args=item) for item in jobs.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors, errors
        assert "Owen Fairbairn" in results["of"]["answer"]  # type: ignore[index]
        assert "Priya Natarajan" in results["pn"]["answer"]  # type: ignore[index]
        assert "Owen" not in results["pn"]["answer"]  # type: ignore[index]
        assert "ingested" in results["upload"][0]  # type: ignore[index]
        # The index is whole afterwards: the new meeting's action is in the register.
        quill = Client(url, verbose=False).predict("AQ", "all", "", "", api_name="/actions")
        assert len(quill) == 1 and "moorings" in quill[0]["description"]
    finally:
        demo.close()


def test_briefing_renders_and_exports_three_formats(handlers: Handlers) -> None:
    body = handlers.bodies()[0]
    view = handlers.brief(body)
    assert view.markdown.startswith("# ") and body in view.markdown and "[1]" in view.markdown
    assert {f.suffix for f in view.files} == {".md", ".docx", ".pdf"}, view.problems
    assert all(f.stat().st_size > 0 for f in view.files)
    assert handlers.api_brief(body)["body"] == body


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ("Agreed [1].", "Agreed [\\[1\\]](#cite-2-1)."),
        ("Two [1][2]", "Two [\\[1\\]](#cite-2-1)[\\[2\\]](#cite-2-2)"),
        # minutes text shown as written: never an image fetched from elsewhere, or a link
        (
            "See ![x](http://e.example/a.png) [1]",
            "See \\!\\[x\\]\\(http://e.example/a.png\\) [\\[1\\]](#cite-2-1)",
        ),
        ("<img src=x> *not bold*", "\\<img src=x\\> \\*not bold\\*"),
    ],
)
def test_answers_show_as_written_with_linked_citations(answer: str, shown: str) -> None:
    assert ui_views.cite_links(answer, 2) == shown
