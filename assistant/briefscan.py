"""What a briefing finds in the records and the page text: the sentence that dates a meeting,
the chair, decisions by item, forward-plan sentences, due dates, duplicate actions, and the
inconsistencies the papers contain. Every finding comes with verbatim spans to cite."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from .minutes import DATE, parse_date
from .people import bare_name
from .records import ActionItem, Document, Meeting, Person, Span

NEXT_CUE = re.compile(r"next\s+(?:ordinary\s+)?meeting", re.I)
PREVIOUS_CUE = re.compile(
    r"(?:previous|last)\s+meeting|minutes\s+of\s+the\s+(?:\w+\s+){0,2}meeting", re.I)
FORWARD = re.compile(
    r"forward\s+plan|future\s+(?:meeting|agenda)|next\s+agenda|agenda\s+for\s+(?:the\s+)?\w+"
    r"|(?:add|added|include|included|put|placed)\s+(?:it\s+)?(?:on|to)\s+(?:the|a)\s+(?:next\s+|future\s+)?agenda"
    r"|\bdefer(?:red)?\b|\bpostponed?\b|carried\s+forward|bring\s+back|brought\s+back|come\s+back\s+to"
    r"|report\s+back|present(?:ed)?\s+(?:at|to)\s+(?:the|a)\s+(?:next|future|\w+)\s+meeting",
    re.I,
)
# Lines that mention the next meeting only as boilerplate ("Draft, until approved at the next
# meeting") are not agenda items.
BOILERPLATE = re.compile(r"until\s+approved|approved\s+at\s+the\s+next", re.I)
PRESENT_WORDS = re.compile(
    r"\b(?:present\w*|report\w*|update\s+the|brief\w*|bring\w*|feed\s*back|share\w*"
    r"|circulat\w*)\b", re.I)
PROCEDURAL = re.compile(
    r"apolog|declaration|interest|openness|evacuation|welcome|introduction|minutes\s+of|previous\s+meeting"
    r"|matters\s+arising|date\s+of\s+(?:the\s+)?next|next\s+meeting|any\s+other\s+business|\baob\b|urgent"
    r"|adjourn|exclusion|public\s+(?:comments|participation|session)|abusive", re.I)
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
CLOSE_DAYS = 14  # two dates this close, for what must be one meeting, are one meeting dated twice
QUOTE_LIMIT = 500  # long enough to hold the fact a bullet states


def flat(text: str, limit: int | None = None) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if limit and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + " …"
    return text


def clean_description(text: str) -> str:
    """Drop a lead-in that introduces a list ("The following actions were agreed: •")."""
    return re.sub(r"^[^•\n]{0,80}:\s*[•\-–]\s*", "", flat(text))


def cell_text(quote: str) -> str:
    """A table row reads as its cells joined; prose reads as it is."""
    return " | ".join(flat(c) for c in quote.split("\t") if c.strip())


def trim_quote(quote: str) -> str:
    """A citation quote short enough to read, still a verbatim prefix of the source."""
    quote = quote.strip()
    if len(quote) <= QUOTE_LIMIT:
        return quote
    cut = quote[:QUOTE_LIMIT]
    return cut[: cut.rfind(" ")] if " " in cut[100:] else cut


def bare(name: str) -> str:
    return bare_name(name)


def _span(doc: Document, page: int | None, start: int, end: int) -> Span:
    text = doc.page_text(page)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(doc_id=doc.doc_id, doc=doc.name, page=page, start=start, end=end,
                quote=text[start:end])


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or table line) around [start, end)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if "\t" in text[line_start:line_end] and line_end - line_start <= 600:
        return line_start, line_end  # a table row: its cells belong together
    left = max(text.rfind("\n", 0, start), max(text.rfind(m, 0, start) for m in (". ", "? ", "! ")))
    left = left + 1 if left >= 0 else 0
    stops = [i for i in (text.find("\n", end), *(text.find(m, end) for m in (". ", "? ", "! ")))
             if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    if right - left > 400:  # an unpunctuated wall of text: keep a window around the hit
        left, right = max(left, start - 150), min(right, end + 200)
    return left, right


def date_span(doc: Document, date: dt.date, cue: re.Pattern[str] | None = None) -> Span | None:
    """The sentence that gives `date` (after `cue` when given: "next meeting ... 9 July")."""
    for page in doc.pages:
        text = page.text
        for match in DATE.finditer(text):
            if parse_date(match) != date:
                continue
            if cue is not None and not cue.search(text[max(0, match.start() - 200): match.start()]):
                continue
            left, right = _sentence_bounds(text, match.start(), match.end())
            if cue is not None:  # the cue may sit just before the sentence the date is in
                hit = list(cue.finditer(text, max(0, match.start() - 200), match.start()))[-1]
                left = min(left, hit.start())
            return _span(doc, page.number, left, right)
    return None


def chair(people: list[Person]) -> Person | None:
    for person in people:
        role = (person.role or "").lower()
        if re.match(r"^\(?chair(?:man|woman|person)?\b", role) and "vice" not in role:
            return person
    return None


def decision_bullets(meeting: Meeting) -> list[tuple[str, list[Span], str | None]]:
    """One bullet per agenda item with decisions, a sentence per decision (proposer lines
    dropped), then one bullet naming the substantive items that recorded none."""
    by_item: dict[str | None, list[Any]] = {}
    for decision in meeting.decisions:
        if re.match(r"^\(?\s*(?:Cllr|Councillor)?[^.]{0,60}\bproposed\b", decision.text) or \
                decision.text.lstrip().startswith("("):
            continue
        by_item.setdefault(decision.item, []).append(decision)
    titles = {item.number: item.title for item in meeting.items if item.number}
    out: list[tuple[str, list[Span], str | None]] = []
    for item, decisions in by_item.items():
        label = f"{item} {titles.get(item, '')}".strip() if item else "Decision"
        sentences = [_sentence(d.text) for d in decisions[:3]]
        out.append((f"{flat(label, 90)}: {' '.join(sentences)}", [d.span for d in decisions[:3]],
                    None))
    undecided = [i for i in meeting.items if (i.number is None or i.number not in by_item)
                 and not PROCEDURAL.search(i.title)]
    if undecided:
        names = "; ".join(flat(i.title, 70) for i in undecided[:12])
        out.append((f"Items considered with no decision recorded: {names}.",
                    [i.span for i in undecided[:12]], None))
    return out


def _sentence(text: str) -> str:
    text = flat(text)
    text = re.sub(r"^RESOLVED\s*[:,-]?\s*(?:that\s+)?", "Resolved that ", text, flags=re.I)
    first = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", text, maxsplit=1)[0]
    return flat(first, 220).rstrip(".") + "."


def forward_spans(doc: Document, mentions: list[str] | None = None) -> Iterator[Span]:
    """Sentences about the forward plan, future agendas and deferred items; with `mentions`,
    only those naming one of them (a person's initials, surname)."""
    seen: set[tuple[int | None, int]] = set()
    for page in doc.pages:
        text = page.text
        for match in FORWARD.finditer(text):
            left, right = _sentence_bounds(text, match.start(), match.end())
            sentence = text[left:right]
            if (page.number, left) in seen or BOILERPLATE.search(sentence):
                continue
            if mentions and not any(re.search(rf"(?<![A-Za-z]){re.escape(m)}(?![A-Za-z])", sentence)
                                    for m in mentions):
                continue
            seen.add((page.number, left))
            yield _span(doc, page.number, left, right)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower())
            if w not in {"the", "and", "for", "with", "that", "this", "from", "will", "were"}}


def merge_duplicates(actions: list[ActionItem]) -> list[ActionItem]:
    """The same action re-listed by a later action log (same owners, nearly the same words)
    is shown once: the latest record, aged from the first."""
    kept: list[ActionItem] = []
    for action in sorted(actions, key=lambda a: a.meeting_date or dt.date.min):
        words = _words(action.description)
        for i, other in enumerate(kept):
            theirs = _words(other.description)
            overlap = len(words & theirs) / max(1, min(len(words), len(theirs)))
            if overlap >= 0.7 and set(action.owners) == set(other.owners) and action.owners:
                history = [*other.history, *action.history]
                kept[i] = action.model_copy(update={"meeting_date": other.meeting_date,
                                                    "history": history})
                break
        else:
            kept.append(action)
    return kept


def due_date(action: ActionItem, meetings: list[Meeting]) -> dt.date | None:
    """A due text as a date: a full date; a month (its last day, not before the action);
    "the next meeting" (the next meeting after the one that raised it)."""
    text = action.due or ""
    raised = action.meeting_date
    for match in DATE.finditer(text):
        found = parse_date(match)
        if found:
            return found
    if re.search(r"next\s+meeting", text, re.I) and raised:
        later = [m.date for m in meetings if m.date and m.date > raised]
        if later:
            return min(later)
    month = re.search(r"\b(" + "|".join(calendar.month_name[1:]) + r")\b", text)
    if month and raised:
        number = list(calendar.month_name).index(month.group(1))
        year = raised.year + (1 if number < raised.month else 0)
        return dt.date(year, number, calendar.monthrange(year, number)[1])
    return None


# --------------------------------------------------------------------------- inconsistencies


def date_conflicts(meetings: list[Meeting], docs: dict[str, Document]
                   ) -> list[tuple[str, list[Span]]]:
    """A meeting dated two ways across the papers: a "previous meeting" or "next meeting" date
    that misses the record of that meeting by a few days, or two papers that give one
    unrecorded meeting different dates; and a weekday that does not match its date."""
    out: list[tuple[str, list[Span]]] = []
    recorded = {m.date for m in meetings if m.date}
    mentioned = {m.doc_id: _dates_in(docs[m.doc_id]) for m in meetings}
    for i, meeting in enumerate(meetings):
        doc = docs[meeting.doc_id]
        prev_ref = meeting.referenced_dates.get("previous")
        before = meetings[i - 1] if i else None
        if prev_ref and before and before.date and prev_ref not in recorded and \
                0 < abs((prev_ref - before.date).days) <= CLOSE_DAYS and \
                before.date not in mentioned[meeting.doc_id] and \
                not any(prev_ref in d for k, d in mentioned.items() if k != meeting.doc_id):
            spans = [s for s in (date_span(doc, prev_ref, PREVIOUS_CUE),
                                 date_span(docs[before.doc_id], before.date)) if s]
            out.append((f"The papers of {_day(meeting.date)} refer to the previous meeting as "
                        f"{_day(prev_ref)}, but the record of that meeting is dated "
                        f"{_day(before.date)}.", spans))
        next_ref = meeting.referenced_dates.get("next")
        after = meetings[i + 1] if i + 1 < len(meetings) else None
        if next_ref and after and after.date and next_ref not in recorded:
            after_prev = after.referenced_dates.get("previous")
            if 0 < abs((next_ref - after.date).days) <= CLOSE_DAYS and \
                    next_ref not in mentioned[after.doc_id]:
                spans = [s for s in (date_span(doc, next_ref, NEXT_CUE),
                                     date_span(docs[after.doc_id], after.date)) if s]
                out.append((f"The papers of {_day(meeting.date)} give the next meeting as "
                            f"{_day(next_ref)}, but the record of that meeting is dated "
                            f"{_day(after.date)}.", spans))
            elif after_prev and after_prev not in recorded and after_prev != next_ref and \
                    abs((after_prev - next_ref).days) <= CLOSE_DAYS:
                spans = [s for s in (date_span(doc, next_ref, NEXT_CUE),
                                     date_span(docs[after.doc_id], after_prev, PREVIOUS_CUE)) if s]
                out.append((f"The same meeting is dated two ways: the papers of "
                            f"{_day(meeting.date)} "
                            f"give the next meeting as {_day(next_ref)}, the papers of "
                            f"{_day(after.date)} refer to it as {_day(after_prev)}.", spans))
    out += _weekday_conflicts(docs[meetings[-1].doc_id]) if meetings else []
    return [(text, spans) for text, spans in out if spans]


def _dates_in(doc: Document) -> set[dt.date]:
    return {d for page in doc.pages for m in DATE.finditer(page.text) if (d := parse_date(m))}


def _weekday_conflicts(doc: Document) -> list[tuple[str, list[Span]]]:
    out = []
    for page in doc.pages:
        for match in DATE.finditer(page.text):
            date = parse_date(match)
            lead = page.text[max(0, match.start() - 14): match.start()]
            before = re.search(r"([A-Za-z]+)[\s,]*(?:the\s+)?$", lead)
            if date and before and before.group(1).lower() in WEEKDAYS and \
                    WEEKDAYS[before.group(1).lower()] != date.weekday():
                left, right = _sentence_bounds(page.text, match.start(), match.end())
                out.append((f"{before.group(1)} {_day(date)} does not exist: {_day(date)} was a "
                            f"{calendar.day_name[date.weekday()]}.",
                            [_span(doc, page.number, left, right)]))
    return out


def unknown_initials(last: Meeting, docs: dict[str, Document], actions: list[ActionItem],
                     register: Any) -> list[tuple[str, list[Span]]]:
    """Initials an action names that no attendee list of the body explains. Abbreviations the
    papers define somewhere ("(NCC)") are organisations, not people."""
    texts = " ".join(p.text for d in docs.values() for p in d.pages)
    seen: dict[str, list[Span]] = {}
    for action in actions:
        if action.meeting_date != last.date:
            continue
        for ref in action.unresolved:
            if not re.fullmatch(r"[A-Z][A-Za-z]{1,3}", ref) or f"({ref})" in texts:
                continue
            if register.resolve(ref, last.body):
                continue
            seen.setdefault(ref, []).append(action.source)
    return [(f"{ref} is named as an owner but no attendee list of {last.body} gives these "
             f"initials; the note leaves them unresolved.", spans[:2])
            for ref, spans in seen.items()]


def _day(date: dt.date | None) -> str:
    return f"{date.day} {date.strftime('%B %Y')}" if date else "an unrecorded date"
