"""The facade, built in one place: the CLI and the UI are thin adapters over `App`."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cached_property
from pathlib import Path
from typing import Any

from ..answer import Answerer
from ..answer.evidence import warm_windows
from ..brief import Phraser, briefing_json, build_briefing, export, render_markdown
from ..config import Settings, get_settings
from ..ingest import (
    Limits,
    expand_paths,
)
from ..llm import build_llm, model_label
from ..records import (
    ActionItem,
    Answer,
    Briefing,
    CorrectedField,
    Correction,
    DocumentInfo,
    IngestResult,
    Person,
    SearchHit,
    StreamEvent,
)
from ..store import (
    Embedder,
    Register,
    Retriever,
    ScopedRetriever,
    Store,
    index_lock,
)
from ..store.conversations import Conversations
from ..store.corrections import Corrections, mine_of
from . import fixes
from .reading import Prepared, prepare, store_batch

log = logging.getLogger(__name__)

Progress = Callable[[str], None]  # told the name of each file as work on it starts
PREFETCH = 8  # files read and parsed ahead of the batch being embedded
BATCH_CHUNKS = 256  # chunks embedded and stored together
WARM_CHUNKS = 2_000  # passages whose windows a server embeds ahead, in small batches so that
# a question asked meanwhile waits at most one batch (~0.1 s) for the embedder


class App:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or get_settings()
        self._ingest_lock = threading.Lock()

    # --- components, built on first use (the embedder takes ~0.4 s, Chroma a little more) ---

    @cached_property
    def embedder(self) -> Embedder:
        return Embedder(threads=self.settings.embed_threads, batch_size=self.settings.embed_batch)

    @cached_property
    def store(self) -> Store:
        return Store(
            self.settings.index_dir,
            self.embedder,
            self.settings.chroma_url,
            self.settings.collection,
        )

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.store, self.embedder)

    @cached_property
    def register(self) -> Register:
        return Register(Path(self.settings.index_dir) / "records.sqlite", self.corrections)

    @cached_property
    def conversations(self) -> Conversations:
        """Kept chats, per signed-in user or browser (the UI lists, resumes and exports them)."""
        return Conversations(Path(self.settings.index_dir) / "people.sqlite")

    @cached_property
    def corrections(self) -> Corrections:
        # Apart from the records: what people put right is not rebuilt by a re-ingest.
        return Corrections(Path(self.settings.index_dir) / "people.sqlite")

    @cached_property
    def answerer(self) -> Answerer:
        llm, notices = build_llm(self.settings)
        return Answerer(
            self.retriever,
            self.register,
            llm,
            self.embedder,
            page_text=self.store.page_text,
            notices=notices,
        )

    # --- ingestion ----------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[Path | str],
        progress: Progress | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> list[IngestResult]:
        """Ingest files and folders (walked recursively). Unchanged files are skipped; changed
        ones replace their old version; a file that fails is reported and the rest go on.
        One ingest writes to an index at a time: another waits (`notify` is told) up to the
        `lock_wait` setting, then raises IndexBusy."""
        with (
            self._ingest_lock,
            index_lock(Path(self.settings.index_dir), self.settings.lock_wait, notify),
        ):
            files, results = expand_paths(paths)
            left: list[str | None] = []  # bodies that lost a document: relinked too
            # Documents an interrupted run left pending are completed now, asked for or not.
            for info in self.store.pending():
                if Path(info.path).is_file() and Path(info.path) not in files:
                    files.append(Path(info.path))
                elif not Path(info.path).is_file():
                    self._remove_path(info.path, info.doc_id)
                    left.append(info.body)
            # Reading and parsing the next files (Python, one core) overlaps with embedding
            # the current batch (ONNX, which releases the GIL).
            done: dict[Path, IngestResult] = {}
            batch: list[Prepared] = []
            with ThreadPoolExecutor(max_workers=1) as pool:
                ahead: deque[tuple[Path, Future[IngestResult | Prepared]]] = deque()
                queue = iter(files)
                for path in itertools.islice(queue, PREFETCH):
                    ahead.append((path, pool.submit(self._prepare, path)))
                while ahead:
                    path, future = ahead.popleft()
                    prepared = future.result()
                    for later in itertools.islice(queue, 1):
                        ahead.append((later, pool.submit(self._prepare, later)))
                    if progress:
                        progress(prepared.name)
                    if isinstance(prepared, IngestResult):
                        done[path] = prepared
                        continue
                    batch.append(prepared)
                    if prepared.old is not None:
                        left.append(prepared.old.body)
                    if sum(len(p.chunks) for p in batch) >= BATCH_CHUNKS:
                        done.update(self._store(batch))
                        batch = []
                if batch:
                    done.update(self._store(batch))
            stored = [r.doc_id for r in done.values() if r.status in ("ingested", "updated")]
            if stored:
                changed = [d for d in stored if d]
                self.store.set_bodies(self.register.relink(changed=changed, left=left))
            return results + [done[path] for path in files]

    @property
    def limits(self) -> Limits:
        s = self.settings
        return Limits(
            file_mb=s.max_file_mb,
            pages=s.max_pages,
            text_chars=s.max_text_chars,
            paragraphs=s.max_paragraphs,
            unzipped_mb=s.max_unzipped_mb,
            seconds=s.file_seconds,
            memory_mb=s.file_memory_mb,
        )

    def _prepare(self, path: Path) -> IngestResult | Prepared:  # runs in the worker thread
        return prepare(path, self.store, self.corrections, self.limits, self.settings.chunk_chars)

    def _store(self, batch: list[Prepared]) -> dict[Path, IngestResult]:
        return store_batch(batch, self.store, self.register)

    def documents(self) -> list[DocumentInfo]:
        """The catalogue; a document whose body and date another set of minutes gives too is
        flagged (one of them is misdated, or one meeting was filed twice)."""
        docs = self.store.documents()
        fixes = self.corrections.of("document")
        for info in docs:
            info.corrections = mine_of(info.doc_id, info.path, fixes)
            if any(c.field == "date" for c in info.corrections):  # no longer a guess
                info.warnings = [w for w in info.warnings if "meeting date" not in w]
        seen: dict[tuple[str, dt.date], list[str]] = {}
        for meeting in self.register.meetings():
            if meeting.body and meeting.date and meeting.kind == "minutes":
                seen.setdefault((meeting.body, meeting.date), []).append(meeting.doc_id)
        for info in docs:
            if info.body and info.date:
                others = [d for d in seen.get((info.body, info.date), []) if d != info.doc_id]
                if others:
                    names = ", ".join(d.name for d in docs if d.doc_id in others)
                    info.warnings.append(f"{names} gives the same meeting date")
        return docs

    def remove(self, ref: str) -> list[DocumentInfo]:
        """Remove the documents `ref` names (doc id, file name or path). Returns them."""
        with self._ingest_lock:
            found = self.store.find_documents(ref)
            for info in found:
                self._remove_path(info.path, info.doc_id)
            if found:
                left = [info.body for info in found]
                self.store.set_bodies(self.register.relink(changed=[], left=left))
            return found

    def _remove_path(self, path: str, doc_id: str) -> None:
        self.store.remove(path)
        self.register.remove_document(doc_id)

    # --- questions ----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int | None = None,
        body: str | None = None,
        doc: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[SearchHit]:
        return self.retriever.search(
            query,
            k or self.settings.top_k,
            body=body,
            doc=doc,
            date_from=date_from,
            date_to=date_to,
        )

    def ask(
        self,
        question: str,
        history: list[dict[str, str]] | None = None,
        body: str | None = None,
        doc: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> Answer:
        answerer = self._answerer_for(doc, date_from, date_to)
        return answerer.ask(question, history=history, body=body)

    def stream(
        self,
        question: str,
        history: list[dict[str, str]] | None = None,
        body: str | None = None,
        doc: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> Iterator[StreamEvent]:
        """Events: the evidence first, then verified text as it is written, then the Answer.
        `doc` and the dates keep the passages searched to one document and a date range."""
        answerer = self._answerer_for(doc, date_from, date_to)
        return answerer.stream(question, history=history, body=body)

    def _answerer_for(
        self, doc: str | None, date_from: dt.date | None, date_to: dt.date | None
    ) -> Answerer:
        if not (doc or date_from or date_to):
            return self.answerer
        # A per-question answerer over a scoped retriever: sessions never share filters.
        shared = self.answerer
        return Answerer(
            ScopedRetriever(self.retriever, doc, date_from, date_to),
            self.register,
            shared.llm,
            self.embedder,
            page_text=self.store.page_text,
            notices=shared.notices,
        )

    def warm(self) -> threading.Thread:
        """Start the LLM and fill its prompt cache in the background, so that the first
        question a user asks pays only for its own evidence."""
        thread = threading.Thread(target=self.answerer.warm, name="llm-warm", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        """Stop the local LLM engine if one was started."""
        for kept in ("corrections", "conversations"):
            if kept in self.__dict__:
                self.__dict__[kept].close()
        if "answerer" in self.__dict__:
            self.answerer.llm.close()

    def actions(
        self,
        owner: str | None = None,
        status: str = "open",
        body: str | None = None,
        since: dt.date | None = None,
        limit: int | None = None,
    ) -> list[ActionItem]:
        return self.register.actions(
            owner=owner, status=status, body=body, since=since, limit=limit
        )

    def correct_action(
        self, action_id: str, field: CorrectedField, value: str, who: str, note: str = ""
    ) -> ActionItem:
        """Put an action right (status open/closed, owner, due). The correction is kept apart
        from the records and survives re-ingest. KeyError for an unknown id; BadCorrection for
        a bad value."""
        with self._ingest_lock, index_lock(Path(self.settings.index_dir), self.settings.lock_wait):
            return fixes.correct_action(
                self.register, self.store, self.corrections, action_id, field, value, who, note
            )

    def correct_document(
        self, ref: str, field: CorrectedField, value: str, who: str, note: str = ""
    ) -> DocumentInfo:
        """Put a document's body or meeting date right; its meeting, actions and passages
        follow, and a re-ingest keeps it. LookupError when `ref` names no single document."""
        with self._ingest_lock, index_lock(Path(self.settings.index_dir), self.settings.lock_wait):
            doc_id = fixes.correct_document(
                self.register, self.store, self.corrections, ref, field, value, who, note
            )
            return next(d for d in self.documents() if d.doc_id == doc_id)

    def corrections_made(self) -> list[Correction]:
        return self.corrections.all()

    def people(self, body: str | None = None) -> list[Person]:
        return self.register.people(body=body)

    def bodies(self) -> list[str]:
        return self.store.bodies()

    def latest_body(self) -> str | None:
        """The body whose meeting is the latest on record."""
        dated = [m for m in self.register.meetings() if m.body and m.date]
        return max(dated, key=lambda m: m.date or dt.date.min).body if dated else None

    def find_documents(self, ref: str) -> list[DocumentInfo]:
        """The documents `ref` names: a doc id, a file name or a path."""
        return self.store.find_documents(ref)

    def page_text(self, doc_id: str, page: int | None) -> str:
        """One page of a document's text, as its citations quote it (KeyError if absent)."""
        return self.store.page_text(doc_id, page)

    def about(self) -> dict[str, Any]:
        """What answers: the LLM backend in use (and any fall-back notice), the embedding
        model and the index's size."""
        answerer = self.answerer
        return {
            "backend": answerer.llm.backend,
            "configured": self.settings.llm_backend,
            "model": model_label(answerer.llm.backend, self.settings),
            "notices": answerer.notices,
            "embedding": f"{self.embedder.name} ({self.embedder.dimensions} dimensions)",
            "stats": self.store.stats(),
            "index_dir": str(self.settings.index_dir),
        }

    def prepare(self) -> None:
        """Build the heavy parts once, before users arrive, and warm the LLM and the
        passages' windows (in the background)."""
        _ = self.register, self.store, self.retriever, self.answerer
        self.warm()
        threading.Thread(target=self._warm_windows, name="windows-warm", daemon=True).start()

    def _warm_windows(self) -> None:
        held = warm_windows(self.embedder, self.store.newest_chunks(WARM_CHUNKS))
        log.info("evidence windows of %d passages embedded ahead", held)

    # --- briefings ----------------------------------------------------------------------------

    def brief(
        self,
        body: str | None,
        date: dt.date | None = None,
        for_person: str | None = None,
        full: bool = False,
    ) -> Briefing:
        """A briefing note from the records, phrased by the configured LLM where one is
        available. Raises LookupError / ValueError with what is missing."""
        phraser = None
        if self.settings.llm_backend != "none" and not for_person:
            answerer = self.answerer
            if answerer.llm.available:
                phraser = Phraser(answerer.llm, answerer.verifier)
        return build_briefing(
            self.register,
            self.store.load_document,
            body=body,
            date=date,
            for_person=for_person,
            phraser=phraser,
            full=full,
        )

    @staticmethod
    def brief_markdown(note: Briefing) -> str:
        return render_markdown(note)

    @staticmethod
    def brief_json(note: Briefing) -> dict[str, Any]:
        """The `--json` contract of `minutes brief` (also served by the UI's API)."""
        return briefing_json(note)

    @staticmethod
    def export_brief(note: Briefing, path: Path) -> Path:
        """Write the note as .md, .docx or .pdf (by the suffix); ValueError for another."""
        return export(note, path)
