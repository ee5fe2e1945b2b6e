"""This meeting's date, time and place, and the dates it refers to (the previous and next
meetings). The date is the one the title block gives for it, never one it refers to ("the
minutes of the meeting held on ... were approved", "next meeting"); failing any, the date in
the file name is used and said to be only that."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import DATE, dates_in, file_name_date, first_date, weekday_dates, years_in
from .header import ITEM_LINE, WEEKDAY, title_block
from .segments import Line

# --------------------------------------------------------------------------- the date

# Words before a date that make it another meeting's (or a deadline), not this one's
_REFERS = re.compile(
    r"\b(?:previous|last|next|following|future|forthcoming|adjourned\s+(?:to|from)|deferred\s+to|until"
    r"|(?:postponed|rearranged|moved)\s+from|originally|called\s+for"
    r"|by|due|deadline|dated|since|signed|(?:approved|confirmed|ratified)\s+(?:on|at|by)"
    r"|circulated|received|letter|email"
    r"|report\s+of|before|after)\b[^.;]{0,60}$",
    re.I,
)
_APPROVES = re.compile(
    r"\b(?:approv\w*|confirm\w*|sign\w*|correct|accurate|true\s+record|adopt\w*|agreed"
    r"|matters\s+arising|accepted)\b",
    re.I,
)
_HELD = re.compile(
    r"\b(?:held|meeting|met|date|dated|convened|took\s+place|on)\b[^.;]{0,40}$", re.I
)


@dataclass(frozen=True)
class Dated:
    date: dt.date | None
    source: str | None  # "title": read from the title block; "text": from a "held on" line
    line: int | None = None  # the line of `lines` that gives it  # "file name": only that
    time: str | None = None
    place: str | None = None


def meeting_date(lines: list[Line], doc_name: str = "", running: Sequence[str] = ()) -> Dated:
    """This meeting's date: the best-placed date of the title block that is not another
    meeting's; else a "held on" date in the opening text; else the one date the running
    headers and footers print ("Board of Trustees – 10 June 2025 – Page 2"); else the file
    name's (said so)."""
    block = title_block(lines)
    scored: list[tuple[float, int, dt.date]] = []
    window = lines[: max(len(block) + 8, 12)]
    years = years_in(" ".join([*(line.text for line in lines), *running, doc_name]))
    for i, line in enumerate(window):
        found = dates_in(line.text) + weekday_dates(line.text, years)
        for match, date in found:
            before = line.text[: match.start()]
            sentence = re.split(r"(?<=[.;])\s", before)[-1]
            if _REFERS.search(sentence):
                continue
            whole = line.text
            after = re.split(r"[.;]\s+(?=[A-Z])", whole[match.end() :], maxsplit=1)[0]
            if re.search(r"minutes\s+of\s+the\s+(?:\w+\s+){0,2}meeting", sentence, re.I) and (
                _APPROVES.search(after)
                or re.search(r"\b(?:resolved|agreed|it\s+was)\b", sentence, re.I)
                or i >= len(block)
            ):
                continue  # "that the minutes of the meeting held on 3 May be approved"; below
                # the title block, "Minutes of the meeting held on 3 May" heads that item
            if ITEM_LINE.match(whole) and i >= len(block):
                continue  # "1. Minutes of the AGM held on 11 October 2023": an agenda item's
            score = 2.0 if i < len(block) else 0.5
            if _HELD.search(sentence) or re.search(r"^\W*(?:date|DATE)\b", sentence):
                score += 2
            if re.search(rf"\b{WEEKDAY}\s*(?:the\s+)?$", sentence, re.I):
                score += 1  # "Wednesday 9 October 2024": a sitting's date
            if len(sentence) < 50:
                score += 0.5  # a date near the start of its line: a title's
            scored.append((score - 0.05 * i, i, date))
    if scored:
        _, i, date = max(scored, key=lambda s: (s[0], -s[1]))
        source = "title" if i < len(block) else "text"
        return Dated(date, source, i, _time(lines, i), _place(lines, i))
    printed = {date for line in running for _, date in dates_in(line)}
    if len(printed) == 1:
        return Dated(printed.pop(), "running header")
    fallback = file_name_date(doc_name)
    return Dated(fallback, "file name" if fallback else None)


def _time(lines: list[Line], i: int) -> str | None:
    for line in lines[i : i + 3]:
        m = re.search(
            r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b", line.text, re.I
        )
        if m:
            return m.group(0)
    return None


_VENUE = re.compile(
    r"\b(?:venue|location|place)\s*:\**\s*(?P<a>[^\t|*]+?)(?:\s{2,}|\t|\*|$|\s+(?:time|date)\b)"
    r"|\bheld\s+(?:at|in)\s+(?:the\s+)?(?P<b>[A-Z][^.;]{2,80}?)(?=\s+on\s|\s+at\s+\d|,\s*on\s|[.;]|$)"
)


def _place(lines: list[Line], i: int) -> str | None:
    for line in lines[max(0, i - 1) : i + 3]:
        m = _VENUE.search(line.text)
        if m:
            place = (m.group("a") or m.group("b") or "").strip(" ,.")
            if place and not DATE.search(place):
                return place
    return None


# --------------------------------------------------------------------------- references

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
