"""Answers read off meeting records rather than found in passages: which body a question
names, what period it asks about, who held a role (chaired, clerked) at a meeting, and when
and where the next meeting is. The records carry the fact; the evidence is the narrow stretch
of the minutes that states it (the attendee entry "Ann Berry (AB) (Chair)", the line
"Date of next meeting: ..."), so the answer is one cited sentence."""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.ingest import roles
from assistant.records import Evidence, Meeting, Person, SearchHit
from assistant.text import MONTH_NAMES, MONTHS, STOP_WORDS

from . import evidence as ev

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- bodies

# Words that many bodies' names share: they say what kind of body, not which one.
ORG_WORDS = frozenset(
    """council board committee trust executive partnership group forum panel parish town
    city county district borough children young people health wellbeing meeting meetings
    sub joint cabinet authority safeguarding strategic service services commissioning
    community local annual general full the of and for""".split()
)
GENERIC_WEIGHT = 0.3
BODY_COVERAGE = 0.6  # share of a body's (weighted) name words a question must contain
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*")


def name_tokens(text: str) -> list[str]:
    """Lowercase words, possessives and apostrophes dropped: "Children's" -> "children"."""
    out = []
    for word in _TOKEN.findall(text):
        word = re.sub(r"['’]s$", "", word.lower()).replace("'", "").replace("’", "")
        if word:
            out.append(word)
    return out


def named_body(question: str, bodies: Iterable[str]) -> str | None:
    """The body a question names, by the distinctive words of the bodies' names: "the North
    Vale Children's Trust" names "North Vale Children's Trust Executive", not the
    Eastwick one (they share only "Children's Trust"). Words many names share, or that
    name a kind of body, weigh less. None when no body is named clearly, or two equally."""
    scored = [
        (matched / total, name)
        for name, (matched, total) in _asked_weights(question, set(bodies)).items()
        if total and matched / total >= BODY_COVERAGE
    ]
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < 1e-6):
        return None
    return scored[0][1]


def closest_bodies(meetings: Sequence[Meeting], question: str) -> list[Meeting]:
    """The meetings of the bodies the question's words name best, when it names none
    clearly ("the federation's Finance and Resources Committee"): by the same weighted
    words as `named_body`, the best score only, none when no body's distinctive word is
    asked."""
    weights = _asked_weights(question, {m.body for m in meetings if m.body})
    scores = {name: matched for name, (matched, _) in weights.items()}
    best = max(scores.values(), default=0.0)
    return [m for m in meetings if best and scores.get(m.body or "") == best]


def _asked_weights(question: str, names: set[str]) -> dict[str, tuple[float, float]]:
    """For each body name the question asks a distinctive word of: the weight of its words the
    question asks, and of all its words (a word many names share, or one naming a kind of
    body, weighs less)."""
    # "to", "of", "with": words of any sentence, never what names a body
    tokens = {name: set(name_tokens(name)) - STOP_WORDS for name in sorted(names)}
    frequency: dict[str, int] = {}
    for words in tokens.values():
        for word in words:
            frequency[word] = frequency.get(word, 0) + 1
    question_words = set(name_tokens(question))
    runs = _proper_runs(question)
    out = {}
    for name, words in tokens.items():
        # "Station Road" names a road, not the "Station Management Group": a run of capitalised
        # words with one the name lacks is some other proper name
        elsewhere = {
            w
            for run in runs
            if any(w not in words and w not in ORG_WORDS for w in run)
            for w in run
        }
        asked = (question_words - elsewhere) | spelled_out(question, name)
        if not any(w in asked and w not in ORG_WORDS for w in words):
            continue
        weight = {w: (GENERIC_WEIGHT if w in ORG_WORDS else 1.0) / frequency[w] for w in words}
        # a distinctive word of other bodies' names that the question asks and this name
        # lacks ("the fire authority's Audit Committee" is not the county council's) counts
        # against it as a word of its own it was not asked
        against = sum(
            1.0 / frequency[w]
            for w in question_words - words
            if w in frequency and w not in ORG_WORDS
        )
        out[name] = (
            sum(v for w, v in weight.items() if w in asked),
            sum(weight.values()) + against,
        )
    return out


_PROPER_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def _proper_runs(question: str) -> list[list[str]]:
    """The runs of two or more capitalised words, as lowercase tokens (the question's first
    word, capitalised as every sentence's is, and acronyms left out)."""
    runs = []
    for run in _PROPER_RUN.finditer(question):
        printed = run.group(0).split()
        if run.start() == len(question) - len(question.lstrip()):
            printed = printed[1:]
        # an acronym in the run may be the name's, spelled short ("the Elm Lane PPG")
        words = name_tokens(" ".join(w for w in printed if not w.isupper()))
        if len(words) > 1:
            runs.append(words)
    return runs


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_JOINERS = {"and", "of", "the", "for", "&"}


def spelled_out(question: str, name: str) -> set[str]:
    """The words of a body's name that a question's acronyms stand for: "PPG" in "the Friars
    Walk PPG" is the "Patient Participation Group" of "Friars Walk Surgery Patient
    Participation Group"; joining words ("and", "of") may or may not have a letter."""
    words = name.split()
    out: set[str] = set()
    for acronym in set(_ACRONYM.findall(question)):
        for start in range(len(words)):
            letters, used = "", []
            for word in words[start:]:
                if word.lower() in _JOINERS and not acronym[len(letters) :].startswith(
                    word[0].upper()
                ):
                    used.append(word)
                    continue
                letters += word[:1].upper()
                used.append(word)
                if not acronym.startswith(letters):
                    break
                if letters == acronym:
                    out |= set(name_tokens(" ".join(used)))
                    break
    return out


def without_body(question: str, body: str) -> str:
    """The question less the words of the body's name: once the search is confined to that
    body they only match its name where it is printed, and any place of the same name ("Stoke
    Ferry" in every planning application of the parish)."""
    words = set(name_tokens(body)) - {"the", "of", "and", "for"}
    kept = [t for t in question.split() if not set(name_tokens(t)) & words]
    return " ".join(kept) if kept else question


def about_body(body: str, hits: Sequence[SearchHit]) -> list[SearchHit]:
    """Hits from documents with no body recognised whose text names this body (by the
    distinctive words of its name)."""
    words = set(name_tokens(body))
    distinctive = (words - ORG_WORDS) or words
    return [
        h for h in hits if h.chunk.body is None and distinctive <= set(name_tokens(h.chunk.text))
    ]


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    def holds(self, date: dt.date | None) -> bool:
        return date is not None and self.start <= date <= self.end


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAMES})\b\.?,?(?:\s+(\d{{4}}))?", re.I
)
_MONTH_DAY = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES})\.?,?\s+(\d{{4}})\b", re.I)
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dates_in(text: str, default_year: int | None = None) -> list[dt.date]:
    """Full dates a text states: "7 December 2017", "16th January", "December 7, 2017",
    "16.01.17". A date without a year takes `default_year` (or is skipped)."""
    found: list[dt.date] = []
    for match in _DAY_MONTH.finditer(text):
        year = int(match.group(3)) if match.group(3) else default_year
        date = _day(year, MONTHS[match.group(2).lower()], int(match.group(1))) if year else None
        if date:
            found.append(date)
    for match in _MONTH_DAY.finditer(text):
        date = _day(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
        if date:
            found.append(date)
    for match in _NUMERIC.finditer(text):
        year = int(match.group(3))
        year = year + 2000 if year < 100 else year
        date = _day(year, int(match.group(2)), int(match.group(1)))
        if date:
            found.append(date)
    return found


def asked_period(question: str) -> Period | None:
    """The day, month or year a question is about: "on 7 December 2017", "in March 2012",
    "after November 2016", "for 2019"."""
    days = dates_in(question)
    if days:
        return Period(min(days), max(days))
    month = _MONTH_YEAR.search(question)
    if month:
        year, number = int(month.group(2)), MONTHS[month.group(1).lower()]
        last = calendar.monthrange(year, number)[1]
        return Period(dt.date(year, number, 1), dt.date(year, number, last))
    years = sorted(int(y) for y in _YEAR.findall(question))
    if years:
        return Period(dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31))
    return None


def asked_meeting_period(question: str) -> Period | None:
    """The day or month a question confines itself to ("the meeting on 7 December 2017", "in
    June 2020"). A bare year is left out: "the budget for 2020" may be set at a 2019 meeting."""
    if dates_in(question) or _MONTH_YEAR.search(question):
        return asked_period(question)
    return None


_FULL_MONTHS = "|".join(n.capitalize() for n in MONTH_NAMES)
# "March 2024 and June 2024", "between January and May 2024", "the March and May meetings": a
# month the question compares with another (a bare month must be joined to one)
_MONTH_PAIR = re.compile(
    rf"\b(?-i:({_FULL_MONTHS}))(?:,?\s+(\d{{4}}))?(?=(?:,?\s+(?:and|or|to)\s+|\s*[-–]\s*)"
    rf"(?:(?:in|at|on)\s+)?(?-i:(?:{_FULL_MONTHS}))\b)"
    rf"|(?<=\band\s)(?:(?:in|at|on)\s+)?(?-i:({_FULL_MONTHS}))(?:,?\s+(\d{{4}}))?"
    rf"|(?<=\bto\s)(?-i:({_FULL_MONTHS}))(?:,?\s+(\d{{4}}))?"
)


def asked_meeting_periods(question: str) -> list[Period]:
    """The months a question compares ("between January and May 2024", "at the March and May
    2025 meetings", "in March 2024 and in June 2024"), each to be read in its own meetings; a
    month without its year takes the next year the question names. Empty unless two or more."""
    years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(question)]
    periods: list[Period] = []
    for match in _MONTH_PAIR.finditer(question):
        groups = match.groups()
        name = next(g for g in groups[0::2] if g)
        given = next((g for g in groups[1::2] if g), None)
        later = [y for at, y in years if at > match.start()]
        year = int(given) if given else (later[0] if later else None)
        if year is None:
            continue
        month = MONTHS[name.lower()]
        period = Period(
            dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        )
        if period not in periods:
            periods.append(period)
    return periods if len(periods) >= 2 else []


def mentions_date(text: str, date: dt.date) -> bool:
    return date in dates_in(text, default_year=date.year)


# --------------------------------------------------------------------------- roles

ROLE_ASKED = re.compile(
    r"\bwho\b.*?\b(?P<role>vice[- ]?chair|chair|clerk|secretary|treasurer|minute[- ]?taker"
    r"|took\s+(?:the\s+)?minutes)(?!\s+of\s+state)",
    re.I,
)


# "Who was elected Chair for 2024/25?" asks about a decision, not who presided at a meeting
_CHOSEN = re.compile(
    r"\b(?:elected|re-?elected|appointed|co-?opted|voted\s+in|chosen|nominated|became|become)\b",
    re.I,
)


def asks_who_was_chosen(question: str) -> bool:
    """Whether a question asks who was elected or appointed: the minutes' record of that
    decision answers it, not who presided or holds a post on the attendance list."""
    return _CHOSEN.search(question) is not None


# "Who chaired the meeting, and why?": the reason, beside who it was
REASON_ASKED = re.compile(r"\b(?:and|,)\s+(?:why|for\s+what\s+reason|how\s+(?:come|so))\b", re.I)


def asked_role(question: str) -> str | None:
    """The role a "who" question asks about: "Who chaired ...?" -> "chair"; None when it asks
    who was elected or appointed to it."""
    match = ROLE_ASKED.search(question)
    if not match or asks_who_was_chosen(question):
        return None
    role = re.sub(r"[\s-]+", " ", match.group("role").lower())
    if role.startswith("took") or role.startswith("minute"):
        return "minute taker"
    return role


def role_pattern(role: str) -> re.Pattern[str]:
    if role == "chair":
        return roles.CHAIR_ROLE
    words = r"[\s-]*".join(re.escape(w) for w in role.split())
    return re.compile(rf"(?<![\w])(?:{words})\w*", re.I)


def holds_role(person: Person, role: str) -> bool:
    if role == "chair":
        return roles.chair([person]) is not None
    text = (person.role or "").lower()
    if role != "vice chair" and "vice" in text:
        return False
    return role_pattern(role).search(text) is not None


def role_holders(meetings: Sequence[Meeting], role: str) -> list[tuple[Meeting, Person]]:
    out = []
    for meeting in meetings:
        chaired = roles.chair(meeting.people) if role == "chair" else None
        if chaired is not None:  # who presided, else the listed chair itself before others
            out.append((meeting, chaired))
            continue
        for person in meeting.people:
            if not person.away and holds_role(person, role):
                out.append((meeting, person))
                break
    return out


def role_evidence(meeting: Meeting, person: Person, role: str) -> Evidence | None:
    """The attendee entry that gives the person the role, as evidence with its facts."""
    span = roles.role_span(person, role_pattern(role))
    if span is None:
        return None
    label = ev.meeting_label(meeting.body, meeting.date)
    fields = {"Name": person.display, "Role": person.role or role, "Meeting": label or ""}
    return ev.span_evidence(0, span, fields, meeting=label, kind="role")


# --------------------------------------------------------------------------- next meeting

NEXT_ASKED = re.compile(
    r"\bnext\s+(?-i:[A-Z][\w'’&]*\s+){0,6}(?:meeting|meet)\b|\bmeet\s+next\b", re.I
)
NEXT_QUERY = "date of next meeting"
_NEXT_CUE = re.compile(r"\bnext\s+meeting\b|\bnext\b.{0,30}\bmeet", re.I)


def asks_next_meeting(question: str) -> bool:
    return bool(NEXT_ASKED.search(question)) and bool(
        re.search(r"\b(when|where|what|date|time|venue)\b", question, re.I)
    )


def meeting_before(meetings: Sequence[Meeting], period: Period | None) -> Meeting | None:
    """The latest meeting within or before the period asked about (the one whose minutes
    fix the next date); the latest of all when no period is named."""
    dated = [m for m in meetings if m.date is not None]
    if period is not None:
        dated = [m for m in dated if m.date is not None and m.date <= period.end]
    return max(dated, key=lambda m: (m.date, m.doc)) if dated else None


def near(meeting: Meeting, period: Period, days: int = 92) -> bool:
    """A meeting close enough before the period that its minutes set the next date in it."""
    return meeting.date is not None and meeting.date >= period.start - dt.timedelta(days=days)


def next_meeting_evidence(meeting: Meeting, hits: Sequence[SearchHit]) -> Evidence | None:
    """The line of this meeting's minutes that states the next meeting: it names the date
    the record holds, or (no date recorded) says "next meeting" and gives a date."""
    date = meeting.referenced_dates.get("next")
    best: tuple[float, ev.Window] | None = None
    for hit in hits:
        if hit.chunk.doc_id != meeting.doc_id:
            continue
        for window in ev.candidate_windows(hit.chunk):
            text = window.text
            cue = bool(_NEXT_CUE.search(text))
            dated = (
                mentions_date(text, date) if date else bool(dates_in(text, meeting_year(meeting)))
            )
            if not dated or not (cue or date):
                continue
            score = 2 * cue + (date is not None) - len(text) / 1000
            if best is None or score > best[0]:
                best = (score, window)
    if best is None:
        return None
    fields = {"Next meeting": f"{date.day} {date.strftime('%B %Y')}"} if date else {}
    return _record_line(best[1], meeting.body, meeting.date, "next_meeting", fields)


def _record_line(
    window: ev.Window, body: str | None, date: dt.date | None, kind: str, fields: dict[str, str]
) -> Evidence:
    """A line of a meeting's record as evidence of a fact about that meeting."""
    item = ev.window_evidence(0, window)
    item.meeting = ev.meeting_label(body, date)
    item.fields = {"Meeting": item.meeting or "", **fields}
    item.facts = ev.facts_text(item.fields)
    item.kind = kind
    return item


def meeting_year(meeting: Meeting) -> int | None:
    return meeting.date.year if meeting.date else None


# --------------------------------------------------------------------------- when and where

_WHEN_MET = re.compile(
    r"\bwhen\s+did\b.{0,100}?\bmeet\b"
    r"|\b(?:what|which)\s+dates?\s+(?:did|does|do|has|have)\b.{0,100}?\bmeet\b"
    r"|\bwhen\s+(?:was|were)\s+(?:the\s+|its\s+|their\s+)?"
    # between "the" and "meeting" only a name: "the last Hilltop Parish Council meeting"
    r"(?:(?:last|latest|most\s+recent|previous|first|earliest)\s+)?(?-i:(?:[A-Z0-9][\w'’&-]*\s+){0,8}?)"
    r"meetings?(?:\s+(?:of|for)\s+[^?]{0,80}?)?(?:\s+held)?\s*\??\s*$",
    re.I,
)
_WHERE_MET = re.compile(
    r"^\s*where\s+(?:was|were|did|is|does)\b.{0,120}?\b(?:meet|met|meetings?|held)\b", re.I
)
_LATEST = re.compile(r"\b(?:last|latest|most\s+recent|previous)\b", re.I)
_EARLIEST = re.compile(r"\b(?:first|earliest)\b", re.I)
_VENUE = re.compile(
    r"\bheld\s+(?:at|in)\b|\bvenue\b|\blocation\b|\bplace\s*:|\broom\b|\bhall\b|\bchamber\b"
    r"|\bcentre\b|\boffices\b|\bvia\s+(?:zoom|teams|video)\b|\bremotely\b|\bvirtual(?:ly)?\b",
    re.I,
)
MAX_SITTINGS = 6
VENUE_QUERY = "meeting held at venue room hall place"


def asks_when_met(question: str) -> bool:
    """ "When did the board meet in 2022?", "When was the last meeting of X?" """
    return bool(_WHEN_MET.search(question)) and not NEXT_ASKED.search(question)


def asks_where_met(question: str) -> bool:
    """ "Where was the November 2016 meeting held?" """
    return bool(_WHERE_MET.search(question)) and not NEXT_ASKED.search(question)


@dataclass(frozen=True)
class Sitting:
    """A date a body met (or, for an agenda pack's own date, was to meet) and the record that
    gives it: a meeting's minutes, or a later record's "minutes of the meeting held on ..."."""

    meeting: Meeting
    date: dt.date
    held: bool


def sittings(meetings: Sequence[Meeting], period: Period | None, question: str) -> list[Sitting]:
    found: dict[tuple[str | None, dt.date], Sitting] = {}
    for meeting in sorted(meetings, key=lambda m: (m.date or dt.date.min, m.doc)):
        if meeting.date is None:
            continue
        dates = [(meeting.date, meeting.kind != "agenda pack")]
        previous = meeting.referenced_dates.get("previous")
        if previous is not None:
            dates.append((previous, True))
        for date, held in dates:
            if period is None or period.holds(date):
                found.setdefault((meeting.body, date), Sitting(meeting, date, held))
    ordered = sorted(found.values(), key=lambda s: (s.date, s.meeting.doc))
    if _EARLIEST.search(question):
        return ordered[:1]
    if _LATEST.search(question):
        return [s for s in ordered if s.held][-1:]
    return ordered[-MAX_SITTINGS:]


def sitting_evidence(sitting: Sitting, hits: Sequence[SearchHit]) -> Evidence | None:
    """The first line of the record that gives the date (its heading, as a rule)."""
    best: ev.Window | None = None
    for hit in hits:
        if hit.chunk.doc_id != sitting.meeting.doc_id:
            continue
        for window in ev.candidate_windows(hit.chunk):
            if not mentions_date(window.text, sitting.date):
                continue
            at = (hit.chunk.page or 0, hit.chunk.start + window.start)
            if best is None or at < (best.chunk.page or 0, best.chunk.start + best.start):
                best = window
    if best is None:
        return None
    held = {"Held": "yes" if sitting.held else "agenda issued"}
    return _record_line(best, sitting.meeting.body, sitting.date, "sitting", held)


def venue_evidence(meeting: Meeting, hits: Sequence[SearchHit]) -> Evidence | None:
    """The line near the top of a meeting's record that says where it was held."""
    best: tuple[tuple[int, int, int], ev.Window] | None = None
    for hit in hits:
        if hit.chunk.doc_id != meeting.doc_id:
            continue
        for window in ev.candidate_windows(hit.chunk):
            if not _VENUE.search(window.text) or _NEXT_CUE.search(window.text):
                continue  # the next meeting's place is not this one's
            dated = meeting.date is not None and mentions_date(window.text, meeting.date)
            at = (not dated, hit.chunk.page or 0, hit.chunk.start + window.start)
            if best is None or at < best[0]:
                best = (at, window)
    if best is None:
        return None
    return _record_line(best[1], meeting.body, meeting.date, "venue", {})
