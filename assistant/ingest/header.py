"""A meeting's header: which body met, on what date, what kind of document this is, and the
dates it refers to (the previous and next meetings)."""

from __future__ import annotations

import datetime as dt
import re

from .dates import first_date
from .segments import Line

# --- body, kind and dates -------------------------------------------------------------------

_BODY_WORDS = re.compile(
    r"\b(?:Council|Board|Committee|Trust|Partnership|Group|Executive|Forum|Panel|Authority|Cabinet|Assembly)\b",
    re.I,
)
_COMMITTEE_WORDS = re.compile(
    r"\b(?:Board|Committee|Partnership|Group|Executive|Forum|Panel|Cabinet|Assembly|Trust)\b", re.I
)
_PERSON_TITLE = re.compile(r"^\s*(?:Cllrs?|Councillors?|Dr|Mr|Mrs|Ms|Miss|Prof)\b", re.I)
_SMALL = {"and", "of", "the", "for", "in", "on", "at", "to", "&"}


def _title_case(text: str) -> str:
    if text.upper() != text:
        return text
    out = []
    for i, word in enumerate(text.lower().split()):
        out.append(word if i and word in _SMALL else word[:1].upper() + word[1:])
    return " ".join(out)


def _clean_body(text: str) -> str:
    text = re.sub(r"[*_#]+", "", text)
    text = re.sub(r"\([^)]*\)", "", text)
    text = re.sub(r"\s+", " ", text).strip(" -–:,.")
    return re.sub(r"\s*&\s*", " and ", _title_case(text))


def find_body(lines: list[Line]) -> str | None:
    head = [line.text for line in lines[:15]]
    for text in head:
        m = re.match(r"^(.+?)\s+-\s+(?:MINUTES|AGENDA|ACTION NOTES?)\b", text, re.I)
        # "VALE COUNTY COUNCIL - AUDIT COMMITTEE - MINUTES - 2019-03-05", but not
        # "Cllr. A. Berry - Agenda Item 9" (a declaration of interest)
        if m and _BODY_WORDS.search(m.group(1)) and not _PERSON_TITLE.match(m.group(1)):
            return _clean_body(m.group(1))
    for text in head:
        m = re.search(
            r"\b(?:minutes|log|notes?|meeting)\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:held|meeting|on)\b|,|$)",
            text,
            re.I,
        )
        if m and _BODY_WORDS.search(m.group(1)):
            return _clean_body(m.group(1))
    found = [
        text
        for text in head
        if _BODY_WORDS.search(text)
        and len(text.split()) <= 12
        and not re.search(r"\b(?:held|report of|cllrs?|councillors?)\b|[.:]", text, re.I)
    ]
    # a cover page prints "City Council" above "Eastwick City Council Children's Partnership Board":
    # the named committee near the top is the body, a bare council name is its parent
    named = [t for t in found[:4] if _COMMITTEE_WORDS.search(t) and len(t.split()) > 2]
    for text in named or found[:1]:
        return _clean_body(re.split(r"\s+(?:held|meeting)\b", text, flags=re.I)[0])
    return None


def find_kind(text: str) -> str:
    head = text[:1500].lower()
    if re.search(r"actions?\s+log|decisions and actions", head):
        return "action log"
    if "public document pack" in head or "transact the following business" in head:
        return "agenda pack"
    if re.search(r"report of the|purpose of the report", head):
        return "report"
    if re.search(r"minutes|action note|present\b|attendees|in attendance", head):
        return "minutes"
    return "unknown"


def meeting_date(lines: list[Line]) -> dt.date | None:
    head = lines[:25]
    for line in head:  # a dated "held on"/"date" line wins over any other date near the top
        if re.search(r"held|meeting|date|minutes", line.text, re.I):
            found = first_date(line.text)
            if found:
                return found
    for line in head:
        found = first_date(line.text)
        if found:
            return found
    return None


_PREVIOUS = re.compile(
    r"(?:previous|last)\s+meeting|minutes\s+of\s+the\s+(?:\w+\s+){0,2}meeting", re.I
)
_NEXT = re.compile(r"next\s+meeting", re.I)


def referenced_dates(lines: list[Line], own: dt.date | None) -> dict[str, dt.date]:
    refs: dict[str, dt.date] = {}
    for i, line in enumerate(lines):
        for key, pattern in (("previous", _PREVIOUS), ("next", _NEXT)):
            if key in refs:
                continue
            m = pattern.search(line.text)
            if not m:
                continue
            window = line.text[m.start() : m.start() + 160]
            if key == "next" and i + 1 < len(lines):
                window += " " + lines[i + 1].text[:120]
            found = first_date(window)
            if found and found != own and (own is None or (found < own) == (key == "previous")):
                refs[key] = found
    return refs
