"""What a briefing finds in the records and the page text: the sentence that dates a meeting,
the chair, decisions by item, forward-plan sentences, due dates, duplicate actions, and the
inconsistencies the papers contain. Every finding comes with verbatim spans to cite."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from assistant.ingest.dates import DATE, parse_date
from assistant.ingest.roles import ROLE_WINDOW, name_at
from assistant.records import ActionItem, AgendaItem, Decision, Document, Meeting, Person, Span
from assistant.verify.verifier import split_sentences

NEXT_CUE = re.compile(r"next\s+(?:ordinary\s+)?meeting", re.I)
PREVIOUS_CUE = re.compile(
    r"(?:previous|last)\s+meeting|minutes\s+of\s+the\s+(?:\w+\s+){0,2}meeting", re.I
)
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
    r"|circulat\w*)\b",
    re.I,
)
PROCEDURAL = re.compile(
    r"apolog|declaration|interest|openness|evacuation|welcome|introduction|minutes\s+of|previous\s+meeting"
    r"|matters\s+arising|date\s+of\s+(?:the\s+)?next|next\s+meeting|any\s+other\s+business|\baob\b|urgent"
    r"|adjourn|exclusion|public\s+(?:comments|participation|session)|abusive",
    re.I,
)
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
CLOSE_DAYS = 14  # two dates this close, for what must be one meeting, are one meeting dated twice
QUOTE_LIMIT = 500  # long enough to hold the fact a bullet states
HEADING_LIMIT = 200  # an item heading run into its text: the heading part is enough
NEAR_SAME = 0.9  # word overlap at which two records are one action, whoever owns them
SHORT_LIST = 200  # an attendee line this short is quoted whole
LIST_GAP = 4  # attendee entries this close (a line break, a bullet) are one stretch of list


def flat(text: str, limit: int | None = None) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if limit and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + " …"
    return text


def lead(text: str, limit: int) -> str:
    """The text flattened, cut to whole sentences within `limit` where it has them (a cut
    mid-sentence leaves a fragment no quote supports), else cut at a word."""
    text = flat(text)
    if len(text) <= limit:
        return text
    kept = ""
    for sentence, _ in split_sentences(text):  # where the verifier splits ("Cllr. O. Lee" whole)
        if len(kept) + len(sentence) + 1 > limit:
            break
        kept = f"{kept} {sentence}".strip()
    return kept or flat(text, limit)


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


def page_span(doc: Document, page: int | None, start: int, end: int) -> Span:
    text = doc.page_text(page)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(
        doc_id=doc.doc_id, doc=doc.name, page=page, start=start, end=end, quote=text[start:end]
    )


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or table line) around [start, end)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if "\t" in text[line_start:line_end] and line_end - line_start <= 600:
        return line_start, line_end  # a table row: its cells belong together
    left = max(text.rfind("\n", 0, start), max(text.rfind(m, 0, start) for m in (". ", "? ", "! ")))
    left = left + 1 if left >= 0 else 0
    # run-on numbered paragraphs, ".(5)Mr Lee moved": each "(n)" starts a sentence
    numbered = [m.start() for m in _RUN_ON.finditer(text, left, start)]
    left = numbered[-1] if numbered else left
    stops = [
        i
        for i in (text.find("\n", end), *(text.find(m, end) for m in (". ", "? ", "! ")))
        if i >= 0
    ]
    run_on = _RUN_ON.search(text, end)
    if run_on:
        stops.append(run_on.start() - 1)
    right = min(stops) + 1 if stops else len(text)
    if right - left > 400:  # an unpunctuated wall of text: keep a window around the hit
        if start - 150 > left:  # from a word's start, not mid-word
            left = text.find(" ", start - 150, start) + 1 or start
        if end + 200 < right:
            cut = text.rfind(" ", end, end + 200)
            right = cut if cut > end else end + 200
    return left, right


_RUN_ON = re.compile(r"(?<=[.:;])\(\d{1,2}\)(?=\s*[A-Z])")


def date_span(doc: Document, date: dt.date, cue: re.Pattern[str] | None = None) -> Span | None:
    """The sentence that gives `date` (after `cue` when given: "next meeting ... 9 July")."""
    for page in doc.pages:
        text = page.text
        for match in DATE.finditer(text):
            if parse_date(match) != date:
                continue
            if cue is not None and not cue.search(
                text[max(0, match.start() - 200) : match.start()]
            ):
                continue
            left, right = sentence_bounds(text, match.start(), match.end())
            if cue is not None:  # the cue may sit just before the sentence the date is in
                hit = list(cue.finditer(text, max(0, match.start() - 200), match.start()))[-1]
                left = min(left, hit.start())
            return page_span(doc, page.number, left, right)
    return None


def decision_bullets(
    meeting: Meeting, skip: list[Span] | None = None
) -> list[tuple[str, list[Span]]]:
    """One bullet per substantive agenda item with decisions: the item's heading, then its
    first decision as a sentence (proposer lines dropped), cited to the heading and the
    decision. Procedural items (apologies, approving the last minutes) are left out."""
    by_item: dict[str | None, list[Decision]] = {}
    for decision in meeting.decisions:
        if re.match(
            r"^\(?\s*(?:Cllr|Councillor)?[^.]{0,60}\bproposed\b", decision.text
        ) or decision.text.lstrip().startswith("("):
            continue
        by_item.setdefault(decision.item, []).append(decision)
    items = {item.number: item for item in meeting.items if item.number}
    out: list[tuple[str, list[Span]]] = []
    for number, decisions in by_item.items():
        item = items.get(number) if number else None
        if item is not None and PROCEDURAL.search(item.title):
            continue
        if any(overlaps(d.span, s) for d in decisions for s in skip or []):
            continue
        shown = decisions[:2]
        sentences = " ".join(_sentence(d.text, item) for d in shown)
        if item is None:
            out.append((sentences, [d.span for d in shown]))
            continue
        label = flat(f"{number} {item.title}", 70)
        out.append((f"{label}: {sentences}", [heading_span(item), *(d.span for d in shown)]))
    return out


def undecided_items(meeting: Meeting, actions: list[ActionItem]) -> list[AgendaItem]:
    """Substantive items that recorded no decision. An action log's rows are parsed as items
    too; a row that is also an action is listed with the actions, not here."""
    decided = {d.item for d in meeting.decisions if d.item}
    log_rows = meeting.kind == "action log"  # in minutes, an item holding an action is an item
    return [
        i
        for i in meeting.items
        if (i.number is None or i.number not in decided)
        and not PROCEDURAL.search(i.title)
        and not (log_rows and any(overlaps(i.span, a.source) for a in actions))
    ]


def heading_span(item: AgendaItem) -> Span:
    """The part of an item's span that gives its number and title (to the end of the title,
    else its first line), not the whole item."""
    quote = item.span.quote
    tail = item.title[-24:]
    at = quote.find(tail)
    if at >= 0:
        end = at + len(tail)
    else:
        end = quote.find("\n", len(item.number or "") + 2)
        end = len(quote) if end < 0 else end
    end = min(end, HEADING_LIMIT)
    return item.span.model_copy(update={"end": item.span.start + end, "quote": quote[:end]})


def overlaps(a: Span, b: Span) -> bool:
    return a.doc_id == b.doc_id and a.page == b.page and a.start < b.end and b.start < a.end


def _sentence(text: str, item: AgendaItem | None = None) -> str:
    text = flat(text)
    if item is not None:  # a decision recorded as the item's whole text repeats its heading
        text = (
            re.sub(r"^" + re.escape(flat(f"{item.number or ''} {item.title}")) + r"\s*", "", text)
            or text
        )
    text = re.sub(r"^RESOLVED\s*[:,-]?\s*(?:that\s+)?", "Resolved that ", text, flags=re.I)
    first = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", text, maxsplit=1)[0]
    return flat(first, 220).rstrip(".") + "."


# --------------------------------------------------------------------------- people


def list_spans(people: list[Person], doc: Document) -> list[Span]:
    """Spans of the attendee list(s) that name these people, each short enough to quote whole:
    a long list is cut between two people, never inside one; entries on neighbouring lines
    are quoted together."""
    ranges: list[tuple[int | None, int, int]] = []
    by_source: dict[tuple[int | None, int], list[Person]] = {}
    for person in people:
        if person.source is not None and person.source.doc_id == doc.doc_id:
            by_source.setdefault((person.source.page, person.source.start), []).append(person)
    for (page, offset), members in by_source.items():
        source = members[0].source
        assert source is not None
        found = sorted(at for p in members if (at := name_at(source.quote, p)))
        # A name not found as printed, or a short list: quote it whole.
        if len(found) < len(members) or len(source.quote) <= SHORT_LIST:
            ranges.append((page, source.start, source.end))
            continue
        for i, (start, end) in enumerate(found):
            stop = found[i + 1][0] if i + 1 < len(found) else _entry_end(source.quote, end)
            ranges.append((page, offset + start, offset + min(stop, _entry_end(source.quote, end))))
    ranges.sort()
    merged: list[tuple[int | None, int, int]] = []
    for page, start, end in ranges:
        if (
            merged
            and merged[-1][0] == page
            and start - merged[-1][2] <= LIST_GAP
            and end - merged[-1][1] <= QUOTE_LIMIT - 60
        ):
            merged[-1] = (page, merged[-1][1], max(end, merged[-1][2]))
        else:
            merged.append((page, start, end))
    return [_strip_separator(page_span(doc, page, start, end)) for page, start, end in merged]


def _entry_end(quote: str, at: int) -> int:
    """Where the list entry that starts before `at` ends: its role and organisation included."""
    stop = re.search(r"[,;\n\t]|\s(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\s", quote[at:])
    end = at + stop.start() if stop else len(quote)
    return min(end, at + ROLE_WINDOW)


def _strip_separator(span: Span) -> Span:
    quote = span.quote.rstrip(" ,;–-\t\n")
    return span.model_copy(update={"quote": quote, "end": span.start + len(quote)})


def forward_spans(doc: Document, mentions: list[str] | None = None) -> Iterator[Span]:
    """Sentences about the forward plan, future agendas and deferred items; with `mentions`,
    only those naming one of them (a person's initials, surname)."""
    seen: set[tuple[int | None, int]] = set()
    for page in doc.pages:
        text = page.text
        for match in FORWARD.finditer(text):
            left, right = sentence_bounds(text, match.start(), match.end())
            sentence = text[left:right]
            if (page.number, left) in seen or BOILERPLATE.search(sentence):
                continue
            if mentions and not any(
                re.search(rf"(?<![A-Za-z]){re.escape(m)}(?![A-Za-z])", sentence) for m in mentions
            ):
                continue
            seen.add((page.number, left))
            yield page_span(doc, page.number, left, right)


def _words(text: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z]{3,}", text.lower())
        if w not in {"the", "and", "for", "with", "that", "this", "from", "will", "were"}
    }


def same_action(one: ActionItem, other: ActionItem) -> bool:
    """The same action listed twice (a later action log re-lists it): the same owners and
    nearly the same words, or all but the same words."""
    words, theirs = _words(one.description), _words(other.description)
    overlap = len(words & theirs) / max(1, min(len(words), len(theirs)))
    same_owners = set(one.owners) == set(other.owners) and bool(one.owners)
    return (overlap >= 0.7 and same_owners) or overlap >= NEAR_SAME


def merge_duplicates(
    actions: list[ActionItem], origins: dict[str, Span] | None = None
) -> list[ActionItem]:
    """The same action re-listed by a later action log (same owners, nearly the same words)
    is shown once: the latest record, aged from the first. `origins` receives, for each kept
    action that merged an earlier one, the source of its first record (what dates it)."""
    kept: list[ActionItem] = []
    first: dict[str, Span] = {}
    for action in sorted(actions, key=lambda a: a.meeting_date or dt.date.min):
        for i, other in enumerate(kept):
            if same_action(action, other):
                history = [*other.history, *action.history]
                first[action.id] = first.pop(other.id, other.source)
                update: dict[str, object] = {
                    "meeting_date": other.meeting_date,
                    "history": history,
                    "owners": action.owners or other.owners,
                }
                if other.corrections and not action.corrections:  # a person's fix holds
                    update |= {k: getattr(other, k) for k in ("owners", "due", "corrections")}
                kept[i] = action.model_copy(update=update)
                break
        else:
            kept.append(action)
    if origins is not None:
        origins.update(first)
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


def day(date: dt.date | None) -> str:
    return f"{date.day} {date.strftime('%B %Y')}" if date else "an unrecorded date"
