"""Dates as minutes write them: "7th December 2017", "7 Dec. 2017", "14th May '25",
"the 3rd day of March 2025", "December 7, 2017", "11Jun25",
"2017-12-07", "07.12.17", "14/10/2019", "5/9/2024" (day first, as UK minutes write it), and a
meeting over two days, "13–14 June 2025", as its first day."""

from __future__ import annotations

import datetime as dt
import re

from assistant.text import MONTHS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_DAY = {word: k + 1 for k, word in enumerate(_ORDINALS)} | {
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{word}": 21 + k for k, word in enumerate(_ORDINALS[:9])},
    "thirty-first": 31,
}
_ORDINAL = "|".join(sorted(_ORDINAL_DAY, key=len, reverse=True))
DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?\s+(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}}|['’]\d{{2}})\b"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"
    # numeric, day first: 14/10/2019, 5/9/24, 07.12.17, 5.9.2024; not a minute number (24/031)
    # nor a paragraph number (4.4.12)
    r"|(?<![\d/.])(?P<dd>\d{1,2})(?P<sep>/)(?P<dm>\d{1,2})/(?P<dy>\d{4}|\d{2})(?![\d/])"
    r"|(?<![\d/.])(?P<dd2>\d{2}|\d{1,2}(?=\.\d{1,2}\.\d{4}))\.(?P<dm2>\d{1,2})\.(?P<dy2>\d{4}|\d{2})"
    r"(?![\d.]\d)"
    # run together, as file names and reference codes write it: "11Jun25", "03MAR2025"
    r"|(?<![A-Za-z\d])(?P<cd>\d{1,2})(?P<cm>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"(?P<cy>\d{4}|\d{2})(?!\d)"
    # a meeting over two days, "13–14 June 2025", "Friday 13 – Saturday 14 June 2025": its
    # first day
    rf"|\b(?P<rd>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[–-]|to|and)\s*(?:{_WEEKDAY}\s+)?\d{{1,2}}"
    rf"(?:st|nd|rd|th)?\s+(?P<rm>{_MONTH}),?\s+(?P<ry>\d{{4}})\b"
    # the day in words, as formal minutes write it: "the eleventh day of February, 2026"
    rf"|\b(?P<od>{_ORDINAL})\s+(?:day\s+)?(?:of\s+)?(?P<om>{_MONTH}),?\s+(?P<oy>\d{{4}})\b",
    re.I,
)


def parse_date(match: re.Match[str]) -> dt.date | None:
    try:
        if match.group("d"):
            month = MONTHS[match.group("m")[:3].lower()]
            year = match.group("y").lstrip("'’")  # "14th May '25"
            year = f"20{year}" if len(year) == 2 else year
            return dt.date(int(year), month, int(match.group("d")))
        if match.group("d2"):
            month = MONTHS[match.group("m2")[:3].lower()]
            return dt.date(int(match.group("y2")), month, int(match.group("d2")))
        if match.group("od"):
            month = MONTHS[match.group("om")[:3].lower()]
            nth = _ORDINAL_DAY[match.group("od").lower()]
            return dt.date(int(match.group("oy")), month, nth)
        if match.group("rd"):
            month = MONTHS[match.group("rm")[:3].lower()]
            return dt.date(int(match.group("ry")), month, int(match.group("rd")))
        if match.group("cd"):
            year = match.group("cy")
            year = f"20{year}" if len(year) == 2 else year
            return dt.date(int(year), MONTHS[match.group("cm").lower()], int(match.group("cd")))
        if match.group("iy"):
            return dt.date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        key = "" if match.group("dd") else "2"
        day, mon, year = (match.group(f"{g}{key}") for g in ("dd", "dm", "dy"))
        return dt.date(int(year) + (2000 if len(year) == 2 else 0), int(mon), int(day))
    except (ValueError, KeyError):
        return None


def first_date(text: str) -> dt.date | None:
    for match in DATE.finditer(text):
        found = parse_date(match)
        if found:
            return found
    return None


def dates_in(text: str) -> list[tuple[re.Match[str], dt.date]]:
    """Every date the text gives, with where it stands."""
    return [(m, d) for m in DATE.finditer(text) if (d := parse_date(m)) is not None]


# A date in a file name ("minutes_2019-10-14.pdf", "16-03-09.pdf" as yy-mm-dd): only ever a
# fallback, and said to be one.
_FILE_DATE = re.compile(r"(?<!\d)(\d{4}|\d{2})[-_.](\d{2})[-_.](\d{2})(?!\d)")


def file_name_date(name: str) -> dt.date | None:
    m = _FILE_DATE.search(name)
    if not m:
        return None
    year = int(m.group(1))
    try:
        return dt.date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "Thursday 6 March", "Tues 6 May": a weekday names the year that the minutes leave out
WEEKDAY_DATE = re.compile(
    rf"\b(?P<w>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?:the\s+)?(?:(?P<d>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH})(?![a-z.])"
    # month first: "Thursday, April 23rd"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?!,?\s*(?:\d{{4}}|['’]\d{{2}}))",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def weekday_dates(text: str, years: list[int]) -> list[tuple[re.Match[str], dt.date]]:
    """Dates printed without a year ("Thursday 6 March"), each in the year, of those the
    document prints elsewhere (`years`), in which that day falls on that weekday; the one
    nearest the years most printed when several do, none when no year fits."""
    if not years:
        return []
    usual = max(set(years), key=years.count)
    out = []
    for m in WEEKDAY_DATE.finditer(text):
        month = MONTHS.get((m.group("m") or m.group("m2"))[:3].lower())
        weekday = _WEEKDAYS.index(m.group("w")[:3].lower())
        fits = []
        for year in sorted(set(years) | {usual - 1, usual + 1}):
            try:
                day = dt.date(year, month or 0, int(m.group("d") or m.group("d2")))
            except ValueError:
                continue
            if day.weekday() == weekday:
                fits.append(day)
        if fits:
            out.append((m, min(fits, key=lambda d: abs(d.year - usual))))
    return out
