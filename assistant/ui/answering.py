"""What the chat does when asked, over the `App` facade: answer within a kept conversation
(evidence first, then each verified sentence), list, open, rename, delete and export
conversations, and show a citation's source as printed. Per-session state is passed in and
returned, never kept here."""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import logging
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.app import App
from assistant.records import (
    Citation,
    EvidenceEvent,
    FinalAnswer,
    Message,
    SourceRef,
    TextDelta,
    Turn,
)

from . import uploads as ui_uploads
from . import views as ui_views
from .render import render_page

log = logging.getLogger(__name__)

THINKING = "Looking through the minutes…"


@dataclass
class ChatView:
    """Everything the chat tab shows after one step of an answer."""

    messages: list[Message]  # what the chatbot shows
    turns: list[Turn]  # the conversation's answered questions (what follow-ups are asked with)
    sources: str  # the latest answer's sources, as chips
    refs: dict[str, SourceRef]  # cite key ("turn-n") -> source, for every answer shown
    notice: str = ""
    done: bool = False
    conversation: str = ""  # the kept conversation's id, once an answer is kept


def history_of(turns: Sequence[Turn]) -> list[Message]:
    """What a follow-up question is asked with: the conversation's questions and answers."""
    history: list[Message] = []
    for turn in turns:
        history += [
            {"role": "user", "content": turn.question},
            {"role": "assistant", "content": turn.answer},
        ]
    return history


def owner_of(username: str | None, browser: str) -> str:
    """Whose conversations: the signed-in user's, else this browser's."""
    return f"user:{username}" if username else f"browser:{browser}"


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


class ChatHandlers:
    """The chat's use cases; `Handlers` adds the other tabs'."""

    def __init__(self, app: App, exports: Path):
        self.app = app
        self._exports = exports

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
        turns: Sequence[Turn] | None,
        owner: str,
        conversation: str = "",
        body: str | None = None,
        doc: str | None = None,
        date_from: Any = None,
        date_to: Any = None,
    ) -> Iterator[ChatView]:
        """Answer a question within a conversation: the evidence first, then each verified
        sentence as it is written, then the cited answer, kept in the owner's conversation."""
        turns = list(turns or [])
        question = (question or "").strip()
        kept = self.conversation_view(turns, conversation)
        if not question:
            kept.done = True
            yield kept
            return
        filters, ignored = self._answer_filters(body, doc, date_from, date_to)
        try:
            yield from self._answer(question, turns, owner, kept, filters, ignored)
        except Exception as exc:  # noqa: BLE001 - the chat must stay usable after a failure
            log.exception("answering %r failed", question)
            kept.notice = f"**The answer failed:** {exc}. Please try again, or report it."
            kept.done = True
            yield kept

    def _answer(
        self,
        question: str,
        turns: list[Turn],
        owner: str,
        kept: ChatView,
        filters: dict[str, Any],
        ignored: list[str],
    ) -> Iterator[ChatView]:
        conversation = kept.conversation
        shown = [*kept.messages, {"role": "user", "content": ui_views.md_escape(question)}]
        evidence: list[SourceRef] = []
        text = ""
        final = None
        for event in self.app.stream(question, history=history_of(turns), **filters):
            if isinstance(event, EvidenceEvent):
                evidence = [self._ref_of_evidence(e) for e in event.evidence]
            elif isinstance(event, TextDelta):
                text = f"{text} {event.text}".strip()
            elif isinstance(event, FinalAnswer):
                final = event.answer
                continue
            # The evidence is on screen before any text is generated, then each sentence.
            yield ChatView(
                [*shown, {"role": "assistant", "content": ui_views.md_escape(text) or THINKING}],
                turns,
                ui_views.chips_html(evidence, "Evidence found"),
                kept.refs,
                conversation=conversation,
            )
        if final is None:  # the stream always ends with one; say so plainly if it did not
            raise RuntimeError("the answer stream ended without an answer")
        notices = list(final.notices)
        if ignored:
            notices.append(
                f"This version cannot filter answers by {', '.join(ignored)}; "
                "the answer draws on all of them."
            )
        turn = Turn(
            question=question,
            answer=final.answer,
            sources=[self._ref_of_citation(c, evidence) for c in final.citations],
            notices=notices,
            answerable=final.answerable,
            at=dt.datetime.now(dt.UTC),
        )
        saved = self.app.conversations.add_turn(owner, conversation or None, turn)
        view = self.conversation_view(saved.turns, saved.id)
        view.notice = ui_views.notice_md(final.answerable, [])
        view.done = True
        yield view

    def conversation_view(self, turns: Sequence[Turn], conversation: str = "") -> ChatView:
        """A conversation as the chat shows it: every answer's citations still openable."""
        messages: list[Message] = []
        refs: dict[str, SourceRef] = {}
        for t, turn in enumerate(turns):
            messages.append({"role": "user", "content": ui_views.md_escape(turn.question)})
            messages.append(
                {
                    "role": "assistant",
                    "content": ui_views.answer_message(turn.answer, t, turn.notices),
                }
            )
            refs.update({ui_views.cite_key(t, r.n): r for r in turn.sources})
        last = len(turns) - 1
        sources = ui_views.chips_html(turns[-1].sources, turn=last) if turns else ""
        return ChatView(messages, list(turns), sources, refs, done=True, conversation=conversation)

    # --------------------------------------------------------------------------- conversations

    def conversations(self, owner: str) -> list[tuple[str, str]]:
        """(label, id) of the owner's kept conversations, the latest first."""
        return [
            (f"{c.title} · {c.updated:%d %b %H:%M}", c.id)
            for c in self.app.conversations.listed(owner)
        ]

    def open_conversation(
        self, owner: str, conversation: str | None, or_latest: bool = False
    ) -> ChatView:
        """A kept conversation; with `or_latest`, the owner's latest when that one is not
        found (a page reloaded before the browser stored which was open)."""
        found = self.app.conversations.get(owner, conversation) if conversation else None
        if found is None and or_latest:
            latest = self.app.conversations.listed(owner)[:1]
            found = self.app.conversations.get(owner, latest[0].id) if latest else None
        return self.conversation_view(found.turns, found.id) if found else ChatView([], [], "", {})

    def rename_conversation(self, owner: str, conversation: str, title: str) -> bool:
        return bool(conversation) and self.app.conversations.rename(owner, conversation, title)

    def delete_conversation(self, owner: str, conversation: str) -> bool:
        return bool(conversation) and self.app.conversations.delete(owner, conversation)

    def export_conversation(self, owner: str, conversation: str) -> Path | None:
        """The conversation as a Markdown file with its citations, to download."""
        found = self.app.conversations.get(owner, conversation) if conversation else None
        if found is None:
            return None
        name = ui_uploads.safe_name(found.title.replace(" ", "_"))[:60] or "conversation"
        path = self._exports / found.id / f"{name}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(ui_views.conversation_markdown(found), encoding="utf-8")
        return path

    # --------------------------------------------------------------------------- sources

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
                return e.model_copy(update={"n": c.n})
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

    def source_file(self, ref: SourceRef) -> tuple[Path, str] | None:
        """The original file a source is in and its digest, while it is still the file that
        was read (a file changed since would show another page under the quote)."""
        found = [d for d in self.app.find_documents(ref.doc_id) if d.doc_id == ref.doc_id]
        if not found or not Path(found[0].path).is_file():
            return None
        path = Path(found[0].path)
        try:
            unchanged = hashlib.sha256(path.read_bytes()).hexdigest() == found[0].sha256
        except OSError:
            return None
        return (path, found[0].sha256) if unchanged else None

    def source_view(self, ref: SourceRef, found: tuple[Path, str] | None = None) -> str:
        """A source as printed: a PDF's page image with the quote highlighted (while the file
        is the one read), else the page's text with the quote marked."""
        original = (found or self.source_file(ref) or (None, ""))[0]
        if original is not None and original.suffix.lower() == ".pdf" and ref.page:
            try:
                return ui_views.page_image_html(ref, render_page(original, ref.page, ref.quote))
            except (ValueError, OSError) as exc:  # damaged since: show the text
                log.warning("cannot render %s page %s: %s", original, ref.page, exc)
        return ui_views.source_html(ref, self.page_text(ref))

    def show_source(self, key: Any, refs: dict[str, SourceRef] | None) -> tuple[str, Path | None]:
        """A source as printed: a PDF's page image with the quote highlighted, else the page's
        text with the quote marked; and a copy of the original file to download."""
        ref = (refs or {}).get(str(key)) if key not in (None, "") else None
        if ref is None:
            return "", None
        found = self.source_file(ref)
        view = self.source_view(ref, found)
        if found is None:
            return view, None
        original, digest = found
        copy = self._exports / "originals" / digest[:16] / original.name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not copy.exists():
            shutil.copyfile(original, copy)
        return view, copy
