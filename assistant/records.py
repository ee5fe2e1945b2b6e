"""Typed records that travel between modules. Every fact keeps the span it came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["open", "closed", "unknown"]
Message = dict[str, str]  # a chat message: {"role": ..., "content": ...}
RouteKind = Literal[
    "actions", "person", "role", "next_meeting", "met", "venue", "decision", "search"
]


class Page(BaseModel):
    """One page of a document's text. `number` is 1-based; None for formats without pages."""

    number: int | None
    text: str


class Document(BaseModel):
    doc_id: str  # content hash prefix: stable across re-ingests of the same bytes
    name: str  # file name, as users cite it
    path: str
    kind: str  # pdf, txt, md, html, docx
    sha256: str
    pages: list[Page]
    warnings: list[str] = Field(default_factory=list)
    # running headers and footers, which the pages' text leaves out (a date may be only there)
    running: list[str] = Field(default_factory=list)

    def page_text(self, number: int | None) -> str:
        for page in self.pages:
            if page.number == number:
                return page.text
        raise KeyError(f"{self.name} has no page {number}")


CorrectedField = Literal["status", "owner", "due", "body", "date"]
CorrectedKind = Literal["action", "document"]


class Correction(BaseModel):
    """A person's fix to what was read (an action closed, an owner or a meeting date put
    right). Kept apart from the records, applied over them on every read and re-ingest, and
    always shown as a correction, with who made it, when and why."""

    id: int = 0
    kind: CorrectedKind
    target: str  # the action's id or the document's doc_id
    # Finds the target again when its id changes (an edited file is a new document): the
    # document's path, and for an action its document's name and description as read.
    anchor: str
    field: CorrectedField
    value: str
    was: str | None = None  # what the records said before
    note: str = ""
    who: str
    at: dt.datetime
    superseded: str | None = None  # a later meeting's record that outweighs a status fix

    def describe(self) -> str:
        """'closed by J. Smith on 3 Dec 2026: done'."""
        what = self.value if self.field == "status" else f"{self.field} set to {self.value}"
        said = f"{what} by {self.who} on {self.at.day} {self.at:%b %Y}"
        said = f"{said}: {self.note}" if self.note else said
        return f"{said} (superseded: {self.superseded})" if self.superseded else said


class DocumentInfo(BaseModel):
    """A row of the index's catalogue: what was ingested from where, and how it went."""

    path: str
    doc_id: str
    name: str
    kind: str
    sha256: str
    state: Literal["pending", "complete"]
    pages: int
    chunks: int
    body: str | None
    date: dt.date | None
    warnings: list[str]
    ingested_at: str
    corrections: list[Correction] = Field(default_factory=list)  # its body or date put right


class Span(BaseModel):
    """Where a fact sits: document, page and character offsets into that page's text."""

    doc_id: str
    doc: str
    page: int | None
    start: int
    end: int
    quote: str
    item: str | None = None


class Chunk(BaseModel):
    chunk_id: str
    doc_id: str
    doc: str
    page: int | None
    item: str | None
    body: str | None
    date: dt.date | None
    start: int
    end: int
    text: str


class SearchHit(BaseModel):
    chunk: Chunk
    score: float


class Citation(BaseModel):
    """Its model_dump() is the citation object of every --json contract: add fields, never
    rename or drop one."""

    n: int
    doc: str
    page: int | None
    quote: str
    item: str | None = None
    meeting: str | None = None  # "Body, 7 December 2017" where known


class SourceRef(BaseModel):
    """Where an answer's citation sits, so that its page can be shown with the quote
    highlighted, in this answer or any earlier one of a kept conversation."""

    n: int
    doc: str
    doc_id: str
    page: int | None
    quote: str
    start: int | None = None
    end: int | None = None
    item: str | None = None
    meeting: str | None = None


class Turn(BaseModel):
    """One question of a conversation and the answer it got, with its sources."""

    question: str
    answer: str
    sources: list[SourceRef] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    answerable: bool = True
    at: dt.datetime


class Conversation(BaseModel):
    """A kept chat: its owner is the signed-in user, or a browser when there is no login."""

    id: str
    owner: str
    title: str
    created: dt.datetime
    updated: dt.datetime
    turns: list[Turn] = Field(default_factory=list)


class Person(BaseModel):
    name: str
    initials: str | None = None
    role: str | None = None
    organisation: str | None = None
    attendance: Literal["present", "apologies", "absent", "in attendance", "mentioned"] = "present"
    body: str | None = None
    source: Span | None = None
    # where the record gives the role, when the attendee entry does not ("Cllr X took the Chair")
    role_source: Span | None = None
    presiding: bool = False  # the record says this person chaired this meeting

    @property
    def display(self) -> str:
        return f"{self.name} ({self.initials})" if self.initials else self.name

    @property
    def away(self) -> bool:
        """Not at the meeting: sent apologies, or absent."""
        return self.attendance in ("apologies", "absent")


class AgendaItem(BaseModel):
    number: str | None
    title: str
    span: Span


class Decision(BaseModel):
    text: str
    item: str | None
    span: Span


class ActionUpdate(BaseModel):
    """A later record of an action: matters arising, an action-log update, a clerk's report."""

    status: Status
    text: str
    meeting_date: dt.date | None
    source: Span
    # A weak match (few shared words): kept in the history for the reader to judge, but it
    # does not set the action's status.
    tentative: bool = False


class ActionItem(BaseModel):
    id: str
    description: str
    owners: list[str]  # display names; groups ("All", "CT Forward Plan") kept as printed
    owner_refs: list[str] = Field(default_factory=list)  # as printed: "MC/LJ", "Cllr Mann"
    unresolved: list[str] = Field(default_factory=list)  # initials no attendee list explains
    status: Status
    status_evidence: str | None = None
    progress: str | None = None
    due: str | None = None
    body: str | None = None
    meeting_date: dt.date | None = None
    source: Span
    confidence: float = 1.0
    # a line of the meeting's review of earlier actions ("Boiler service – done"): it reports
    # on one of them, and is folded into it when linking finds which
    reports_on_earlier: bool = False
    history: list[ActionUpdate] = Field(default_factory=list)
    # What people have put right (status, owner, due), the latest of each field in force.
    corrections: list[Correction] = Field(default_factory=list)

    def standing(self) -> ActionUpdate | None:
        """The latest update that sets the status: where the action stands now."""
        return next((u for u in reversed(self.history) if not u.tentative), None)


class Meeting(BaseModel):
    doc_id: str
    doc: str
    body: str | None  # the body's one name across the corpus (see linking.bodies)
    body_read: str | None = None  # the name as this document's title block gives it
    date: dt.date | None
    kind: Literal["minutes", "action log", "agenda pack", "report", "transcript", "unknown"]
    # where the date came from: "title" (the title block), "text" (a "held on" line further
    # down), "running header" (the one date the pages' running headers or footers print),
    # "file name" (nothing in the document: only the file's name), "corrected" (a person's
    # correction), None (no date)
    date_source: str | None = None
    body_source: str | None = None  # "corrected" when a person gave the body's name
    time: str | None = None
    place: str | None = None
    referenced_dates: dict[str, dt.date] = Field(default_factory=dict)  # "previous", "next"
    people: list[Person] = Field(default_factory=list)
    items: list[AgendaItem] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    actions: list[ActionItem] = Field(default_factory=list)


class Answer(BaseModel):
    question: str
    answer: str
    answerable: bool
    citations: list[Citation]
    backend: str
    notices: list[str] = Field(default_factory=list)  # e.g. "fell back to none"


class IngestResult(BaseModel):
    """What happened to one file in an ingest run."""

    path: str
    name: str
    status: Literal["ingested", "updated", "unchanged", "failed", "skipped"]
    doc_id: str | None = None
    pages: int = 0
    chunks: int = 0
    embedded: int = 0  # chunks whose text had to be embedded (the rest reused stored vectors)
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None


@dataclass
class Evidence:
    """One numbered piece of evidence. `text` is verbatim page text (doc/page/start/end);
    `facts` is the structured record behind it (an action's owners, status, progress)."""

    n: int
    text: str
    doc: str
    page: int | None
    doc_id: str = ""
    start: int | None = None
    end: int | None = None
    item: str | None = None
    meeting: str | None = None
    facts: str = ""
    owners: list[str] = field(default_factory=list)  # set for action evidence
    fields: dict[str, str] = field(default_factory=dict)  # the facts, field by field
    kind: str = "passage"  # passage | action | person
    # The passage the quote was cut from (its item and lead-in): what the question's numbers
    # and names may be found in before answering. Claims are checked against the quote alone.
    context: str = ""
    # initials the quote uses -> the person the meeting's attendance list gives for them
    # ("RH" -> "Rosa Hale"): a claim may name the person the minutes abbreviate
    names: dict[str, str] = field(default_factory=dict)
    speaker: str | None = None  # in a verbatim record, whose turn the quote is from
    # kept for what it adds to the best passages (a sum, a reason, a part of the question they
    # lack), not on its own match: whether the minutes answer at all is judged without it
    added: bool = False

    @property
    def haystack(self) -> str:
        """What the model was shown of this evidence: its quote and facts, who was speaking,
        the item heading above it and the meeting it comes from."""
        named = "; ".join(f"{k} = {v}" for k, v in self.names.items())
        heading = "\n".join(x for x in (self.speaker, self.item, self.meeting) if x)
        return f"{self.text}\n{self.facts}\n{named}\n{heading}"


# --------------------------------------------------------------------------- briefings


class Bullet(BaseModel):
    text: str  # the claim: every fact in it is in the quotes it cites
    citations: list[Citation] = Field(default_factory=list)
    group: str | None = None  # owner, agenda item or kind of finding it is listed under
    aside: str | None = None  # what the note works out (an age, "overdue"); not a claim
    spans: list[Span] = Field(default_factory=list, exclude=True)  # numbered into citations
    key: str | None = Field(default=None, exclude=True)  # what it is about, for replacing it


class Section(BaseModel):
    key: str  # last_meeting | open_actions | closed_actions | forward_plan | inconsistencies | ...
    title: str
    bullets: list[Bullet] = Field(default_factory=list)
    in_note: bool = True  # False: kept for the JSON (the full list), left out of the note


class Briefing(BaseModel):
    body: str | None
    date: dt.date | None  # the meeting briefed for; None when no date is on record
    for_person: str | None = None
    last_meeting: dt.date | None = None
    sections: list[Section] = Field(default_factory=list)
    sources: list[Citation] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # what the note leaves out, and why
    backend: str = "none"


# --------------------------------------------------------------------------- answer stream


@dataclass
class EvidenceEvent:
    """The first event of an answer stream: what the answer will rest on."""

    evidence: list[Evidence]
    citations: list[Citation]
    route: RouteKind


@dataclass
class TextDelta:
    """Verified answer text, as it is written."""

    text: str


@dataclass
class FinalAnswer:
    """The last event of an answer stream."""

    answer: Answer


StreamEvent = EvidenceEvent | TextDelta | FinalAnswer
