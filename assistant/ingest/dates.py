"""Dates as minutes write them ("7th December 2017", "2017-12-07", "07.12.17")."""

from __future__ import annotations

import datetime as dt
import re

from assistant.text import MONTHS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}})\b"
    r"|\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"
    r"|\b(?P<dd>\d{2})\.(?P<dm>\d{2})\.(?P<dy>\d{2}(?:\d{2})?)\b",
    re.I,
)


def parse_date(match: re.Match[str]) -> dt.date | None:
    try:
        if match.group("d"):
            month = MONTHS[match.group("m")[:3].lower()]
            return dt.date(int(match.group("y")), month, int(match.group("d")))
        if match.group("iy"):
            return dt.date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        year = int(match.group("dy"))
        return dt.date(
            year + 2000 if year < 100 else year, int(match.group("dm")), int(match.group("dd"))
        )
    except (ValueError, KeyError):
        return None


def first_date(text: str) -> dt.date | None:
    for match in DATE.finditer(text):
        found = parse_date(match)
        if found:
            return found
    return None
