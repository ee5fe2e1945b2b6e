"""Inconsistencies the papers contain, for a briefing: one meeting dated two ways, a "previous
meeting" or "next meeting" date that misses the record of that meeting, two records giving one
date, a weekday that does not match its date, owner initials no attendee list gives.

Each finding states what the papers say, in words their quotes support, and cites every date
it names (the referring sentence and each meeting's own date line). What makes it an
inconsistency is the finding's `kind` (the heading it is listed under) and, where the calendar
says it, an `aside`: neither is a claim about the text."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from assistant.ingest.dates import DATE, parse_date
from assistant.records import ActionItem, Document, Meeting, Span

from .scan import (
    CLOSE_DAYS,
    NEXT_CUE,
    PREVIOUS_CUE,
    WEEKDAYS,
    date_span,
    day,
    flat,
    page_span,
    sentence_bounds,
)

PREVIOUS_MISMATCH = "A previous-meeting date that differs from the record"
NEXT_MISMATCH = "A next-meeting date that differs from the record"
TWO_WAYS = "One meeting dated two ways"
WRONG_WEEKDAY = "A weekday that does not match its date"
UNKNOWN_INITIALS = "Owner initials that no attendee list gives"
SHARED_DATE = "Two records that give one meeting date"


@dataclass
class Finding:
    kind: str
    text: str
    spans: list[Span]
    aside: str | None = None
    missing: list[str] = field(default_factory=list)  # dates whose line could not be found


def date_conflicts(meetings: list[Meeting], docs: dict[str, Document]) -> list[Finding]:
    """A "previous meeting" or "next meeting" date that misses the record of that meeting by a
    few days, two papers that give one unrecorded meeting different dates, and a weekday that
    does not match its date (in the last meeting's papers)."""
    out: list[Finding] = []
    recorded = {m.date for m in meetings if m.date}
    mentioned = {m.doc_id: _dates_in(docs[m.doc_id]) for m in meetings}
    for i, meeting in enumerate(meetings):
        doc = docs[meeting.doc_id]
        prev_ref = meeting.referenced_dates.get("previous")
        before = meetings[i - 1] if i else None
        if (
            prev_ref
            and before
            and before.date
            and prev_ref not in recorded
            and 0 < abs((prev_ref - before.date).days) <= CLOSE_DAYS
            and before.date not in mentioned[meeting.doc_id]
            and not any(prev_ref in d for k, d in mentioned.items() if k != meeting.doc_id)
        ):
            out.append(
                _finding(
                    PREVIOUS_MISMATCH,
                    f"The minutes of {day(meeting.date)} refer to the previous meeting as "
                    f"{day(prev_ref)}; the record of that meeting is dated {day(before.date)}.",
                    [
                        date_span(doc, prev_ref, PREVIOUS_CUE),
                        _date_line(doc, meeting),
                        _date_line(docs[before.doc_id], before),
                    ],
                )
            )
        next_ref = meeting.referenced_dates.get("next")
        after = meetings[i + 1] if i + 1 < len(meetings) else None
        if not (next_ref and after and after.date and next_ref not in recorded):
            continue
        after_prev = after.referenced_dates.get("previous")
        after_doc = docs[after.doc_id]
        if (
            0 < abs((next_ref - after.date).days) <= CLOSE_DAYS
            and next_ref not in mentioned[after.doc_id]
        ):
            out.append(
                _finding(
                    NEXT_MISMATCH,
                    f"The minutes of {day(meeting.date)} give the next meeting as {day(next_ref)}; "
                    f"the record of that meeting is dated {day(after.date)}.",
                    [
                        date_span(doc, next_ref, NEXT_CUE),
                        _date_line(doc, meeting),
                        _date_line(after_doc, after),
                    ],
                )
            )
        elif (
            after_prev
            and after_prev not in recorded
            and after_prev != next_ref
            and abs((after_prev - next_ref).days) <= CLOSE_DAYS
        ):
            out.append(
                _finding(
                    TWO_WAYS,
                    f"The minutes of {day(meeting.date)} give the next meeting as {day(next_ref)}; "
                    f"the minutes of {day(after.date)} refer to the previous meeting as "
                    f"{day(after_prev)}.",
                    [
                        date_span(doc, next_ref, NEXT_CUE),
                        _date_line(doc, meeting),
                        date_span(after_doc, after_prev, PREVIOUS_CUE),
                        _date_line(after_doc, after),
                    ],
                )
            )
    out += _shared_dates(meetings, docs)
    out += _weekday_conflicts(docs[meetings[-1].doc_id]) if meetings else []
    # The sentence that gives the date in question must be found, or nothing is said.
    return [f for f in out if f.spans and not f.missing]


def _shared_dates(meetings: list[Meeting], docs: dict[str, Document]) -> list[Finding]:
    """Two sets of minutes of one body that give the same date: one of them is misdated, or
    one meeting's minutes were filed twice."""
    by_date: dict[dt.date, list[Meeting]] = {}
    for meeting in meetings:
        if meeting.date and meeting.kind == "minutes":
            by_date.setdefault(meeting.date, []).append(meeting)
    out = []
    for date, same in sorted(by_date.items()):
        if len(same) < 2:
            continue
        names = " and ".join(m.doc for m in same)
        out.append(
            _finding(
                SHARED_DATE,
                f"{names} both give {day(date)} as their meeting's date.",
                [_date_line(docs[m.doc_id], m) for m in same],
            )
        )
    return out


def _finding(kind: str, text: str, spans: list[Span | None]) -> Finding:
    found = list({(s.doc_id, s.page, s.start): s for s in spans if s}.values())
    return Finding(kind, text, found, missing=["date"] if spans[0] is None else [])


def _date_line(doc: Document, meeting: Meeting) -> Span | None:
    return date_span(doc, meeting.date) if meeting.date else None


def _dates_in(doc: Document) -> set[dt.date]:
    return {d for page in doc.pages for m in DATE.finditer(page.text) if (d := parse_date(m))}


def _weekday_conflicts(doc: Document) -> list[Finding]:
    out = []
    for page in doc.pages:
        for match in DATE.finditer(page.text):
            date = parse_date(match)
            lead = page.text[max(0, match.start() - 14) : match.start()]
            before = re.search(r"([A-Za-z]+)[\s,]*(?:the\s+)?$", lead)
            if (
                date
                and before
                and before.group(1).lower() in WEEKDAYS
                and WEEKDAYS[before.group(1).lower()] != date.weekday()
            ):
                left, right = sentence_bounds(page.text, match.start(), match.end())
                span = page_span(doc, page.number, left, right)
                out.append(
                    Finding(
                        WRONG_WEEKDAY,
                        flat(span.quote, 240),
                        [span],
                        aside=f"{day(date)} was a {calendar.day_name[date.weekday()]}, "
                        f"not a {before.group(1).capitalize()}",
                    )
                )
    return out


def unknown_initials(
    last: Meeting, docs: dict[str, Document], actions: list[ActionItem], register: Any
) -> list[Finding]:
    """Initials an action of the last meeting names as owner that no attendee list of the body
    explains. Abbreviations the papers define somewhere ("(NCC)") are organisations."""
    texts = " ".join(p.text for d in docs.values() for p in d.pages)
    seen: dict[str, list[ActionItem]] = {}
    for action in actions:
        if action.meeting_date != last.date:
            continue
        for ref in action.unresolved:
            if not re.fullmatch(r"[A-Z][A-Za-z]{1,3}", ref) or f"({ref})" in texts:
                continue
            if register.resolve(ref, last.body):
                continue
            seen.setdefault(ref, []).append(action)
    return [
        Finding(
            UNKNOWN_INITIALS,
            f"{ref}: {flat(found[0].description, 200).rstrip('.')}.",
            [a.source for a in found[:2]],
            aside=f"no attendee list of {last.body} gives {ref}",
        )
        for ref, found in seen.items()
    ]
