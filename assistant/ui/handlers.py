"""What the web UI does when asked, over the `App` facade, returning plain data: layout.py and
chat.py lay it out and wire it to Gradio. The chat's part is in answering.py. Per-session
state (the conversation, the sources on screen, the actions on screen) is passed in and
returned, never kept here, so that two users never see each other's work."""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from assistant.app import App
from assistant.contracts import action_json, actions_csv, answer_json
from assistant.records import (
    ActionItem,
    CorrectedField,
)
from assistant.store.corrections import BadCorrection

from . import uploads as ui_uploads
from . import views as ui_views
from .answering import ChatHandlers, parse_day

log = logging.getLogger(__name__)

EXAMPLE_CANDIDATES = 50  # open actions looked at for the chat box's example question

Tick = Callable[[float, str], None]  # progress: fraction done, what is happening


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


def _field(name: str) -> CorrectedField:
    return cast(CorrectedField, name)


class Handlers(ChatHandlers):
    def __init__(self, app: App, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(app, Path(tempfile.mkdtemp(prefix="minutes-ui-")))
        self.today = today

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

    def correct_action(
        self, action_id: str | None, changes: dict[str, str], who: str, note: str = ""
    ) -> tuple[str, ActionItem | None]:
        """Apply a person's corrections (field -> new value; blank values are left alone).
        Returns what to tell them (what was saved, and what was not and why) and the action
        as it now stands."""
        if not action_id:
            return "Select an action in the table first.", None
        fixed: list[ActionItem] = []

        def save(field_name: str, value: str) -> str:
            made = self.app.correct_action(action_id, _field(field_name), value, who.strip(), note)
            fixed.append(made)
            return made.corrections[-1].describe()

        report = self._corrected(changes, who, save, "a new status, owner or due date")
        return report, (fixed[-1] if fixed else None)

    def correct_document(
        self, doc_id: str | None, changes: dict[str, str], who: str, note: str = ""
    ) -> str:
        if not doc_id:
            return "Pick a document first."

        def save(field_name: str, value: str) -> str:
            made = self.app.correct_document(doc_id, _field(field_name), value, who.strip(), note)
            return f"{made.name}: {made.corrections[-1].describe()}"

        return self._corrected(changes, who, save, "a body or a date")

    @staticmethod
    def _corrected(
        changes: dict[str, str], who: str, save: Callable[[str, str], str], wanted: str
    ) -> str:
        """Save each given change in turn; say which were saved and which were not."""
        if not (who or "").strip():
            return "Say who is making the correction (your name)."
        saved, refused = [], []
        for field_name, value in changes.items():
            if not (value or "").strip():
                continue
            try:
                saved.append(save(field_name, value))
            except (KeyError, LookupError, BadCorrection) as exc:
                refused.append(f"{field_name}: {exc.args[0]}")
        if not saved and not refused:
            return f"Nothing to save: give {wanted}."
        lines = [f"Saved: {s}" for s in saved] + [f"Not saved: {r}" for r in refused]
        return "\n\n".join(lines)

    def example_question(self) -> str:
        """The chat box's example, from this index: a person who has open actions."""
        # a few are enough, and every page load asks: not the whole register
        for action in self.app.actions(status="open", limit=EXAMPLE_CANDIDATES):
            for ref in action.owner_refs or action.owners:
                if ref.strip():
                    return f"e.g. What actions are open for {ref.strip()}?"
        return "e.g. What was decided at the last meeting?"

    def action_detail(self, actions: Sequence[ActionItem], action_id: str | None) -> str:
        for action in actions:
            if action.id == action_id:
                return ui_views.action_detail_html(action, self.source_view)
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

    def latest_body(self) -> str | None:
        """The body whose meeting is the latest on record: what a briefing is usually for."""
        return self.app.latest_body()

    # --------------------------------------------------------------------------- about, API

    def about(self) -> str:
        return ui_views.about_md(**self.app.about())

    def api_ask(self, question: str, body: str = "") -> dict[str, Any]:
        return answer_json(self.app.ask(question, body=body or None))

    def api_actions(
        self, owner: str = "", status: str = "open", body: str = "", since: str = ""
    ) -> list[dict[str, Any]]:
        return [action_json(a) for a in self.actions(owner, status, body, since)]
