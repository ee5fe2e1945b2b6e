"""What the web UI does when asked, over the `App` facade, returning plain data: `ui.py` lays
it out and wires it to Gradio. Per-session state (chat history, the sources of the last
answer, the actions on screen) is passed in and returned, never kept here, so that two users
never see each other's chats."""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.app import App
from assistant.contracts import action_json, actions_csv, answer_json
from assistant.records import ActionItem, Citation, EvidenceEvent, FinalAnswer, TextDelta

from . import uploads as ui_uploads
from . import views as ui_views
from .views import SourceRef

log = logging.getLogger(__name__)

Message = dict[str, str]
Tick = Callable[[float, str], None]  # progress: fraction done, what is happening
THINKING = "Looking through the minutes…"


@dataclass
class ChatView:
    """Everything the chat tab shows after one step of an answer."""

    messages: list[Message]  # what the chatbot shows
    history: list[Message]  # what the next question is asked with
    sources: str  # chips HTML
    refs: dict[int, SourceRef]  # chip number -> source, for "show source"
    notice: str = ""
    done: bool = False


@dataclass
class BriefView:
    markdown: str
    files: list[Path]  # .md, .docx, .pdf (those that could be written)
    problems: list[str] = field(default_factory=list)


@dataclass
class UploadReport:
    lines: list[str] = field(default_factory=list)
    ingested: int = 0
    failed: int = 0

    @property
    def markdown(self) -> str:
        return "\n".join(self.lines) or "Nothing uploaded."


def parse_day(value: Any) -> dt.date | None:
    """A date from a date picker or a typed "YYYY-MM-DD" (anything else: no filter)."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return dt.datetime.fromtimestamp(value, tz=dt.UTC).date()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


class Handlers:
    def __init__(self, app: App, today: Callable[[], dt.date] = dt.date.today):
        self.app = app
        self.today = today
        self._exports = Path(tempfile.mkdtemp(prefix="minutes-ui-"))

    # --------------------------------------------------------------------------- chat

    def _answer_filters(
        self, body: str | None, doc: str | None, date_from: Any, date_to: Any
    ) -> tuple[dict[str, Any], list[str]]:
        """The filters `App.stream` accepts, and the names of those it does not (yet)."""
        wanted = {
            "body": body or None,
            "doc": doc or None,
            "date_from": parse_day(date_from),
            "date_to": parse_day(date_to),
        }
        accepted = inspect.signature(self.app.stream).parameters
        used = {k: v for k, v in wanted.items() if v is not None and k in accepted}
        ignored = [k for k, v in wanted.items() if v is not None and k not in accepted]
        return used, ignored

    def respond(
        self,
        question: str,
        history: list[Message] | None,
        body: str | None = None,
        doc: str | None = None,
        date_from: Any = None,
        date_to: Any = None,
    ) -> Iterator[ChatView]:
        history = list(history or [])
        question = (question or "").strip()
        if not question:
            yield ChatView(list(history), history, ui_views.chips_html([]), {}, done=True)
            return
        filters, ignored = self._answer_filters(body, doc, date_from, date_to)
        shown = [
            *history,
            {"role": "user", "content": question},
            {"role": "assistant", "content": THINKING},
        ]
        evidence: list[SourceRef] = []
        text = ""
        final = None
        for event in self.app.stream(question, history=history, **filters):
            if isinstance(event, EvidenceEvent):
                evidence = [self._ref_of_evidence(e) for e in event.evidence]
                # The evidence is on screen before any text is generated.
                yield ChatView(
                    shown,
                    history,
                    ui_views.chips_html(evidence, "Evidence found"),
                    {r.n: r for r in evidence},
                )
            elif isinstance(event, TextDelta):
                text = f"{text} {event.text}".strip()
                shown[-1] = {"role": "assistant", "content": text}
                yield ChatView(
                    shown,
                    history,
                    ui_views.chips_html(evidence, "Evidence found"),
                    {r.n: r for r in evidence},
                )
            elif isinstance(event, FinalAnswer):
                final = event.answer
        if final is None:  # the stream always ends with one; say so plainly if it did not
            raise RuntimeError("the answer stream ended without an answer")
        refs = [self._ref_of_citation(c, evidence) for c in final.citations]
        shown[-1] = {"role": "assistant", "content": final.answer}
        history = [
            *history,
            {"role": "user", "content": question},
            {"role": "assistant", "content": final.answer},
        ]
        notices = list(final.notices)
        if ignored:
            notices.append(
                f"This version cannot filter answers by {', '.join(ignored)}; "
                "the answer draws on all of them."
            )
        yield ChatView(
            shown,
            history,
            ui_views.chips_html(refs),
            {r.n: r for r in refs},
            ui_views.notice_md(final.answerable, notices),
            done=True,
        )

    @staticmethod
    def _ref_of_evidence(e: Any) -> SourceRef:
        return SourceRef(
            n=e.n,
            doc=e.doc,
            doc_id=e.doc_id,
            page=e.page,
            quote=e.text,
            start=e.start,
            end=e.end,
            item=e.item,
            meeting=e.meeting,
        )

    def _ref_of_citation(self, c: Citation, evidence: Sequence[SourceRef]) -> SourceRef:
        """A citation's source: the evidence it quotes (the answer may renumber citations),
        else the document of that name."""
        for e in evidence:
            if e.doc == c.doc and e.page == c.page and e.quote == c.quote:
                return SourceRef(**{**e.__dict__, "n": c.n})
        found = self.app.find_documents(c.doc)
        return SourceRef(
            n=c.n,
            doc=c.doc,
            doc_id=found[0].doc_id if found else "",
            page=c.page,
            quote=c.quote,
            item=c.item,
            meeting=c.meeting,
        )

    def page_text(self, ref: SourceRef) -> str | None:
        try:
            return self.app.page_text(ref.doc_id, ref.page)
        except KeyError:
            return None

    def show_source(self, n: Any, refs: dict[int, SourceRef] | None) -> str:
        ref = (refs or {}).get(int(n)) if n not in (None, "") else None
        return "" if ref is None else ui_views.source_html(ref, self.page_text(ref))

    # --------------------------------------------------------------------------- actions

    def actions(
        self, owner: str | None, status: str | None, body: str | None, since: Any
    ) -> list[ActionItem]:
        return self.app.actions(
            owner=(owner or "").strip() or None,
            status=status or "all",
            body=body or None,
            since=parse_day(since),
        )

    def export_csv(self, actions: Sequence[ActionItem]) -> Path:
        path = self._exports / f"actions-{self.today().isoformat()}.csv"
        path.write_text(actions_csv(actions, self.today()), encoding="utf-8")
        return path

    def action_detail(self, actions: Sequence[ActionItem], action_id: str | None) -> str:
        for action in actions:
            if action.id == action_id:
                return ui_views.action_detail_html(action, self.page_text)
        return ""

    # --------------------------------------------------------------------------- briefings

    def _briefing(self, body: str | None, date: Any, person: str | None) -> Any:
        return self.app.brief(body or None, parse_day(date), (person or "").strip() or None)

    def brief(self, body: str | None, date: Any = None, person: str | None = None) -> BriefView:
        """A briefing rendered as Markdown, written out as .md, .docx and .pdf to download."""
        note = self._briefing(body, date, person)
        folder = Path(tempfile.mkdtemp(dir=self._exports))
        stem = "-".join(
            x
            for x in [
                "briefing",
                note.body or "",
                note.for_person or "",
                note.date.isoformat() if note.date else "",
            ]
            if x
        )
        stem = ui_uploads.safe_name(stem.replace(" ", "_")) or "briefing"
        files, problems = [], []
        for suffix in (".md", ".docx", ".pdf"):
            try:
                files.append(self.app.export_brief(note, folder / f"{stem}{suffix}"))
            except Exception as exc:  # noqa: BLE001 - one missing format must not cost the rest
                log.warning("briefing export %s failed: %s", suffix, exc)
                problems.append(f"{suffix} export failed: {exc}")
        return BriefView(self.app.brief_markdown(note), files, problems)

    def api_brief(self, body: str = "", date: str = "", person: str = "") -> dict[str, Any]:
        return self.app.brief_json(self._briefing(body, date, person))

    # --------------------------------------------------------------------------- documents

    @property
    def upload_max_bytes(self) -> int:
        return int(self.app.settings.upload_max_mb * 1024 * 1024)

    @property
    def uploads_dir(self) -> Path:
        return Path(self.app.settings.index_dir) / "uploads"

    def upload(self, files: Sequence[str | Path] | None, tick: Tick | None = None) -> UploadReport:
        """Check, store and ingest uploads. A bad file is reported; the others go on."""
        report = UploadReport()
        tick = tick or (lambda fraction, what: None)
        accepted: list[Path] = []
        for raw in files or []:
            path = Path(raw)
            checked = ui_uploads.check(path, path.name, self.upload_max_bytes)
            if checked.error:
                report.failed += 1
                report.lines.append(f"- ✗ **{checked.name}**: {checked.error}")
                continue
            accepted.append(ui_uploads.store(checked, self.uploads_dir))
        if accepted:
            self._ingest(accepted, report, tick)
        return report

    def reindex(self, tick: Tick | None = None) -> UploadReport:
        """Ingest every known document again: changed files are re-read, unchanged skipped,
        and an interrupted ingest is completed."""
        report = UploadReport()
        paths = [Path(d.path) for d in self.app.documents()]
        self._ingest(paths, report, tick or (lambda fraction, what: None))
        return report

    def _ingest(self, paths: list[Path], report: UploadReport, tick: Tick) -> None:
        started = [0]

        def progress(name: str) -> None:
            tick(started[0] / max(len(paths), 1), f"Indexing {name}")
            started[0] += 1

        tick(0.0, "Waiting for the index")
        try:
            results = self.app.ingest(
                paths, progress=progress, notify=lambda message: tick(0.0, message)
            )
        except Exception as exc:  # noqa: BLE001 - the session must survive a failed ingest
            log.exception("ingest failed")
            report.failed += len(paths)
            report.lines.append(f"- ✗ ingest failed: {exc}")
            return
        tick(1.0, "Done")
        for r in results:
            if r.status == "failed":
                report.failed += 1
                report.lines.append(f"- ✗ **{r.name}**: {r.error}")
                continue
            if r.status == "skipped":
                report.lines.append(f"- – **{r.name}**: skipped, {r.error}")
                continue
            report.ingested += 1
            warn = f" — ⚠ {'; '.join(r.warnings)}" if r.warnings else ""
            report.lines.append(
                f"- ✓ **{r.name}**: {r.status}, {r.pages} pages, {r.chunks} chunks{warn}"
            )

    def remove(self, doc_id: str | None) -> str:
        if not doc_id:
            return "Pick a document to remove."
        removed = self.app.remove(doc_id)
        if not removed:
            return "That document is no longer in the index."
        for info in removed:
            # Only files this UI uploaded are deleted; others belong to whoever put them there.
            path = Path(info.path)
            if path.parent == self.uploads_dir.resolve():
                path.unlink(missing_ok=True)
        return "Removed " + ", ".join(f"**{i.name}**" for i in removed) + "."

    def document_choices(self) -> list[tuple[str, str]]:
        return [(d.name, d.doc_id) for d in self.app.documents()]

    def bodies(self) -> list[str]:
        return self.app.bodies()

    # --------------------------------------------------------------------------- about, API

    def about(self) -> str:
        return ui_views.about_md(**self.app.about())

    def api_ask(self, question: str, body: str = "") -> dict[str, Any]:
        return answer_json(self.app.ask(question, body=body or None))

    def api_actions(
        self, owner: str = "", status: str = "open", body: str = "", since: str = ""
    ) -> list[dict[str, Any]]:
        return [action_json(a) for a in self.actions(owner, status, body, since)]
