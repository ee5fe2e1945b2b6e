"""Reading one file into what is stored (document, meeting, chunks), and storing a batch of
them so that a failure is one document's own: the ingest pipeline's two steps, apart from the
facade that runs them."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..ingest import Limits, ReadError, chunk_document, parse_meeting, read_document, sha256_of
from ..records import Chunk, Document, DocumentInfo, IngestResult, Meeting
from ..store import DocumentWrite, Register, Store
from ..store.corrections import Corrections, correct_meeting

log = logging.getLogger(__name__)


@dataclass
class Prepared:
    doc: Document
    meeting: Meeting
    chunks: list[Chunk]
    old: DocumentInfo | None
    path: Path  # as the run named it: results are reported in that order

    @property
    def name(self) -> str:
        return self.doc.name


def prepare(
    path: Path, store: Store, corrections: Corrections, limits: Limits, chunk_chars: int
) -> IngestResult | Prepared:
    """Read, parse and chunk one file; or say why not (unchanged, unreadable, or a fault
    of ours on it: reported by name, so that one file never stops the others)."""
    try:
        return _prepare_file(path, store, corrections, limits, chunk_chars)
    except Exception as exc:  # a bug on one file's content must not lose the whole run
        log.info("ingest of %s failed", path, exc_info=True)
        return IngestResult(
            path=str(path.resolve()),
            name=path.name,
            status="failed",
            error=f"could not be read ({type(exc).__name__}: {exc}); please report it",
        )


def _prepare_file(
    path: Path, store: Store, corrections: Corrections, limits: Limits, chunk_chars: int
) -> IngestResult | Prepared:
    resolved = str(path.resolve())
    old = store.document(resolved)
    try:
        unchanged = (
            old is not None
            and old.state == "complete"
            and sha256_of(path.read_bytes()) == old.sha256
        )
        if old is not None and unchanged:
            return IngestResult(
                path=resolved,
                name=path.name,
                status="unchanged",
                doc_id=old.doc_id,
                pages=old.pages,
                chunks=old.chunks,
                warnings=old.warnings,
            )
        doc = read_document(path, limits)
    except ReadError as exc:
        return IngestResult(path=resolved, name=path.name, status="failed", error=exc.problem)
    except OSError as exc:
        return IngestResult(
            path=resolved,
            name=path.name,
            status="failed",
            error=f"cannot read file ({exc.strerror})",
        )
    meeting = parse_meeting(doc)
    meeting, carried = correct_meeting(meeting, doc.path, corrections.of("document"))
    if carried:
        doc.warnings.append(
            "a correction made to an earlier version of this file was kept: check it"
        )
    if meeting.date_source == "file name" and meeting.date:
        doc.warnings.append(
            f"no meeting date in the document: dated {meeting.date.isoformat()} from its "
            "file name, check it"
        )
    elif meeting.date is None:
        doc.warnings.append("no meeting date found in the document")
    chunks = chunk_document(doc, meeting.items, meeting.body, meeting.date, chunk_chars)
    return Prepared(doc=doc, meeting=meeting, chunks=chunks, old=old, path=path)


def store_batch(
    batch: list[Prepared], store: Store, register: Register
) -> dict[Path, IngestResult]:
    """Store a batch together; if that fails, each document alone, so that one document's
    failure is its own (it stays pending, and the next ingest redoes it)."""
    try:
        return _store_together(batch, store, register)
    except Exception as exc:
        if len(batch) == 1:
            return {batch[0].path: _not_stored(batch[0], exc)}
    results: dict[Path, IngestResult] = {}
    for p in batch:
        try:
            results.update(_store_together([p], store, register))
        except Exception as exc:  # reported by name; the run goes on
            results[p.path] = _not_stored(p, exc)
    return results


def _not_stored(p: Prepared, exc: Exception) -> IngestResult:
    log.error("storing %s failed", p.path, exc_info=exc)
    return IngestResult(
        path=p.doc.path,
        name=p.doc.name,
        status="failed",
        error=f"could not be stored ({type(exc).__name__}: {exc}); it is redone next run",
    )


def _store_together(
    batch: list[Prepared], store: Store, register: Register
) -> dict[Path, IngestResult]:
    # Order matters for crash safety: documents stay pending until write() completes them
    # together, and a pending document is redone (records included) by the next ingest.
    for p in batch:
        store.begin(p.doc)
        if p.old is not None and p.old.doc_id != p.doc.doc_id:
            register.remove_document(p.old.doc_id)
        register.upsert_meeting(p.meeting, complete=False)
    embedded = store.write(
        [DocumentWrite(p.doc, p.chunks, p.meeting.body, p.meeting.date) for p in batch]
    )
    register.complete([p.doc.doc_id for p in batch])
    results = {}
    for p, fresh in zip(batch, embedded, strict=True):
        warnings = list(p.doc.warnings) + ([] if p.chunks else ["no text to index"])
        results[p.path] = IngestResult(
            path=p.doc.path,
            name=p.doc.name,
            status="updated" if p.old is not None and p.old.state == "complete" else "ingested",
            doc_id=p.doc.doc_id,
            pages=len(p.doc.pages),
            chunks=len(p.chunks),
            embedded=fresh,
            warnings=warnings,
        )
    return results
