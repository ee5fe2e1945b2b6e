"""Evidence for an answer: short verbatim windows of retrieved chunks, and records from the
action register and attendee lists, each numbered, each traceable to page offsets.

Windows are kept short on purpose: the embedded model reads ~80 prompt tokens/s, so three
~250-character passages cost ~3 s before the first token; whole 900-character chunks would
cost ~12 s."""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant import safety
from assistant.ingest.kinds import SPEAKER_LABEL
from assistant.records import (
    ActionItem,
    ActionUpdate,
    Chunk,
    Citation,
    Evidence,
    Person,
    SearchHit,
    Span,
)
from assistant.text import STOP_WORDS, WORD
from assistant.verify.vectors import Embeds, VectorMemory

log = logging.getLogger(__name__)

WINDOW_CHARS = 280  # a window may grow to this by taking the next unit when the first is short
SHORT_UNIT = 90  # "Date of next meeting:" alone says nothing; take what follows it
LEXICAL_WEIGHT = 0.3
# A window that merely restates which meeting this is (its title line) resembles any question
# about that meeting; similarity to the meeting's own label is discounted by this factor.
LABEL_DISCOUNT = 0.5
# Lines and sentences; a table row (tab-separated) stays one unit: "Overall effectiveness\t
# Inadequate" only makes sense whole.
# lines; sentences; and bullets that a flattened list runs together ("... this year. ○ An Ofsted")
_BULLET = "•○◦▪●■➢►"
_UNIT_SPLIT = re.compile(rf"\n+|(?<=[.!?])[ \t]+(?=[A-Z(])|[ \t]+(?=[{_BULLET}][ \t])")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


IGNORED_WORDS = STOP_WORDS | {"said", "say", "says"}
# Words so common in minutes that sharing one says nothing about relevance.
GENERIC = _words(
    """meeting meetings minutes minute board council trust committee group item items agenda
    date dates action actions children children's executive"""
)


@dataclass
class Window:
    chunk: Chunk
    start: int  # offsets into chunk.text
    end: int
    score: float = 0.0
    added: bool = False  # kept only for what it adds to the best windows (coverage.select)

    @property
    def text(self) -> str:
        return self.chunk.text[self.start : self.end]


def content_words(text: str) -> set[str]:
    """Lowercase word stems (first 5 letters, a plural's "s" first taken off) that carry
    meaning: "chaired" ~ "Chair", "loans" ~ "loan"."""
    return set(_content_words(text))


@lru_cache(maxsize=100_000)  # every question reads the register's decisions and items again
def _content_words(text: str) -> frozenset[str]:
    words = {w.lower().replace("’", "'") for w in WORD.findall(text)}
    return frozenset(
        _stem(w) for w in words if w not in IGNORED_WORDS and not w.isdigit() and len(w) > 1
    )


def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word[:5]


MONTH_STEMS = {
    m[:5]
    for m in _words(
        "january february march april may june july august september october november december"
    )
}


def focus_words(question: str) -> set[str]:
    """Content words of a question that say what is asked, not which meeting or when."""
    generic = {_stem(g) for g in GENERIC} | MONTH_STEMS
    return {w for w in content_words(question) if w not in generic}


def units(text: str) -> list[tuple[int, int]]:
    """Line/sentence units of a chunk as (start, end) offsets, whitespace trimmed."""
    spans = []
    position = 0
    for match in _UNIT_SPLIT.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    out = []
    for start, end in spans:
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if end - trail - (start + lead) > 2:
            out.append((start + lead, end - trail))
    return out


def looks_like_injection(text: str) -> bool:
    """Text addressed to an AI rather than to a board is never evidence (reading leaves it out
    of the index; this also guards an index read before it did)."""
    return safety.score(text)[0] >= safety.MARKED


def candidate_windows(chunk: Chunk) -> list[Window]:
    spans = [s for s in units(chunk.text) if not looks_like_injection(chunk.text[s[0] : s[1]])]
    windows = []
    for index, (start, end) in enumerate(spans):
        stop = end
        follow = index + 1
        # Extend a short unit with what follows it ("Date of next meeting:" + the date).
        while stop - start < SHORT_UNIT and follow < len(spans):
            if spans[follow][1] - start > WINDOW_CHARS:
                break
            stop = spans[follow][1]
            follow += 1
        if stop - start > WINDOW_CHARS:
            stop = _cut(chunk.text, start, start + WINDOW_CHARS)
        windows.append(Window(chunk, start, stop))
    return windows


def _cut(text: str, start: int, limit: int) -> int:
    """End a long window at a word boundary (the quote stays verbatim page text)."""
    space = text.rfind(" ", start, limit)
    return space if space > start + WINDOW_CHARS // 2 else limit


SEEN_WINDOWS = 20_000  # about 30 MB of vectors: the windows of a working set of meetings
_WINDOWS = VectorMemory(SEEN_WINDOWS)


def warm_windows(embedder: Embeds, chunks: Sequence[Chunk], batch: int = 32) -> int:
    """Embed the windows of these chunks ahead of the questions (a server does it when it
    starts, the newest meetings first), so that evidence appears at once. Returns how many
    windows are held."""
    texts: list[str] = []
    for chunk in chunks:
        texts += [w.text for w in candidate_windows(chunk)]
        if len(texts) >= SEEN_WINDOWS:
            break
    texts = list(dict.fromkeys(texts))[:SEEN_WINDOWS]
    for start in range(0, len(texts), batch):
        _WINDOWS.vectors(embedder, texts[start : start + batch])
    return len(texts)


def rank_windows(
    question: str, hits: Sequence[SearchHit], embedder: Embeds, per_chunk: int = 1
) -> list[Window]:
    """Best windows of the retrieved chunks, by similarity to the question plus a small
    lexical bonus (names and terms of art that embeddings blur)."""
    windows = [w for hit in hits for w in candidate_windows(hit.chunk)]
    if not windows:
        return []
    labels = list(dict.fromkeys(meeting_label(w.chunk.body, w.chunk.date) or "" for w in windows))
    vectors = _WINDOWS.vectors(embedder, [question] + labels + [w.text for w in windows])
    label_vectors = dict(zip(labels, vectors[1 : 1 + len(labels)], strict=True))
    window_vectors = vectors[1 + len(labels) :]
    similarity = window_vectors @ vectors[0]
    restating = [
        float(v @ label_vectors[meeting_label(w.chunk.body, w.chunk.date) or ""])
        if meeting_label(w.chunk.body, w.chunk.date)
        else 0.0
        for w, v in zip(windows, window_vectors, strict=True)
    ]
    words = [content_words(w.text) for w in windows]
    weights = _rarity(focus_words(question), words)
    asked = asked_words(question)
    wants_money = SUM_ASKED.search(question) is not None
    for window, score, label_score, present in zip(
        windows, similarity, restating, words, strict=True
    ):
        # Words naming the meeting itself (its body) say where, not what: they do not count.
        context = content_words(window.chunk.body or "")
        wanted = {w: weight for w, weight in weights.items() if w not in context}
        total = sum(wanted.values())
        overlap = sum(v for w, v in wanted.items() if w in present) / total if total else 0.0
        window.score = (
            float(score)
            - LABEL_DISCOUNT * max(0.0, label_score)
            + LEXICAL_WEIGHT * overlap
            + date_fit(question, window.chunk.date)
            + (ASKED_WEIGHT * len(asked & present) / len(asked) if asked else 0.0)
            + (AMOUNT_WEIGHT if wants_money and AMOUNT.search(window.text) else 0.0)
        )
    best: dict[str, list[Window]] = {}
    for window in sorted(windows, key=lambda w: w.score, reverse=True):
        kept = best.setdefault(window.chunk.chunk_id, [])
        if len(kept) < per_chunk and not any(_overlaps(window, k) for k in kept):
            kept.append(window)
    return sorted((w for ws in best.values() for w in ws), key=lambda w: w.score, reverse=True)


# "LJ ... would make enquiries", "KA agreed to", "CF/JR to arrange": the person is the one
# who takes it on ("LJ invited them to contact him" is not a commitment of LJ's).
COMMITMENT = r"(?:will|would|agreed to|undertook to|offered to|is to|was to)"


def commitment_windows(hits: Sequence[SearchHit], aliases: Sequence[str]) -> list[Window]:
    """Sentences where a person takes something on in the narrative ("LJ ... would make
    enquiries outside the meeting") rather than in an action table the register parsed."""
    names = "|".join(re.escape(a) for a in sorted(set(aliases), key=len, reverse=True) if a)
    if not names:
        return []
    pattern = re.compile(
        rf"(?<![A-Za-z])(?:{names})(?![A-Za-z])(?:[^.!?\n]{{0,100}}?\b{COMMITMENT}\b"
        rf"|(?:\s*(?:/|and)\s*[A-Z][A-Za-z]*)*\s+to\s+[a-z]+)"
    )
    found: list[Window] = []
    for hit in hits:
        for start, end in units(hit.chunk.text):
            window = Window(hit.chunk, start, min(end, _cut(hit.chunk.text, start, start + 400)))
            if looks_like_injection(window.text):
                continue
            if pattern.search(window.text) and not any(_same_place(window, f) for f in found):
                found.append(window)
    return found


def _same_place(a: Window, b: Window) -> bool:
    return a.chunk.doc_id == b.chunk.doc_id and (
        a.chunk.start + a.start < b.chunk.start + b.end
        and b.chunk.start + b.start < a.chunk.start + a.end
    )


def _rarity(wanted: set[str], windows: list[set[str]]) -> dict[str, float]:
    """Inverse document frequency over the candidate windows: a question word found in every
    window (the meeting's name) tells them apart less than one found in a few ("chaired")."""
    count = len(windows)
    return {w: math.log((count + 1) / (sum(w in ws for ws in windows) + 0.5)) for w in wanted}


_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
DATE_WEIGHT = 0.1


# a year as accounts and reports name it: "2024/25", "2024-2025" (not "2024-12-05")
YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)?\d\d)\b(?![-/.]\d)")


def date_fit(question: str, date: dt.date | None) -> float:
    """Questions that name a year ("the 2022 inspection", "on 7 December 2017", "in 2024/25",
    both of its years) prefer passages from meetings of that year, and a meeting on the very
    day named."""
    years = {int(y) for y in _YEAR.findall(question)}
    for first, second in YEAR_SPAN.findall(question):  # "2024/25": a year of accounts
        years.add(int(second) if len(second) == 4 else int(first[:2] + second))
    if not years or date is None:
        return 0.0
    if date.year not in years:
        return -DATE_WEIGHT
    day = f"{date.day} {date.strftime('%B')}".lower()
    return (
        2 * DATE_WEIGHT
        if day in re.sub(r"(\d+)(st|nd|rd|th)", r"\1", question.lower())
        else DATE_WEIGHT
    )


ASKED_WEIGHT = 0.3
# "How much ...?" is answered by a sum of money: a window that gives one is the likelier answer.
# (Broader than gate.MONEY_ASKED, which declines a money question whose passages give no sum.)
SUM_ASKED = re.compile(
    r"\bhow\s+much\b|\b(?:cost|price|budget|precept|fee|grant|spen[dt])\b.*\?$", re.I
)
AMOUNT = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:pounds|euros|dollars|k|m|bn)\b", re.I)
AMOUNT_WEIGHT = 0.15
_ASKED = re.compile(
    r"^\W*(?i:and\s+)?(?i:what|which|who|whom|when|where|how(?:\s+much|\s+many)?|why)\b"
    r"(?i:\s+(?:and\s+)?(?:where|when|who))?"
    r"(?i:\s+(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could))?"
    r"(?i:\s+(?:the|a|an))?\s+(?P<asked>.+?)"
    r"(?=\s+(?i:in|of|for|on|at|by|from|after|before|during|about|with|to)\b|\s+[A-Z0-9]|\?|$)"
)


def asked_words(question: str) -> set[str]:
    """The head of what is asked: "What was the overall effectiveness judgement in ..." ->
    {overa, effec, judge}; "Who chaired the ..." -> {chair}."""
    match = _ASKED.match(question)
    return content_words(match.group("asked")) - MONTH_STEMS if match else set()


def focus_query(question: str) -> str:
    """The asked part of a question, without the names and dates that say which meeting:
    "When is the next meeting of the North Vale Trust?" -> "next meeting". A second search
    with it finds the line that answers, which the full question's context words outrank."""
    text = re.sub(r"\b[A-Z][\w'’]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’]*)+", " ", question)
    words = [
        w
        for w in WORD.findall(text)
        if w.lower() not in IGNORED_WORDS
        and not w.isdigit()
        and w.lower()[:5] not in MONTH_STEMS
        and w.lower() not in {"when", "where"}
    ]
    return " ".join(words)


# "What precept did the Meeting agree, and who tells the District Council?": a question of two
# asks, the second its own question
_SECOND_ASK = re.compile(
    r"^(?P<first>.+?),?\s+and\s+(?P<second>(?:(?:for|by|at|in|to|from|with)\s+)?"
    r"(?:what|who|whom|which|when|where|why|how|did|was"
    r"|were|has|had|have|is|are)\b.+)$",
    re.I,
)


def asks(question: str) -> list[str]:
    """The question's asks, each in its own words (the sentence that answers the second need
    not repeat the first's); or the question."""
    found = _SECOND_ASK.match(question.strip())
    return [found.group("first"), found.group("second")] if found else [question]


def _overlaps(a: Window, b: Window) -> bool:
    return a.start < b.end and b.start < a.end


def meeting_label(body: str | None, date: object) -> str | None:
    if body and date:
        return f"{body}, {_date_text(date)}"
    if body or date:
        return body or _date_text(date)
    return None


def _date_text(date: object) -> str:
    formatted = getattr(date, "strftime", None)
    return f"{date.day} {date.strftime('%B %Y')}" if formatted else str(date)  # type: ignore[attr-defined]


def window_evidence(n: int, window: Window) -> Evidence:
    chunk = window.chunk
    return Evidence(
        n=n,
        text=window.text,
        doc=chunk.doc,
        page=chunk.page,
        doc_id=chunk.doc_id,
        start=chunk.start + window.start,
        end=chunk.start + window.end,
        item=chunk.item,
        meeting=meeting_label(chunk.body, chunk.date),
        kind="passage",
        context=f"{chunk.item or ''}\n{chunk.text}",
        added=window.added,
    )


def action_fields(action: ActionItem) -> dict[str, str]:
    fields = {"Action": action.description, "Owner": ", ".join(action.owners) or "nobody named"}
    if action.owner_refs:
        fields["Printed as"] = ", ".join(action.owner_refs)
    fields["Status"] = action.status
    if action.progress:
        fields["Progress"] = action.progress
    if action.due:
        fields["Due"] = action.due
    latest = action.standing()
    if latest is not None:
        fields["Latest update"] = f"{latest.text} ({latest.meeting_date or 'a later meeting'})"
    if action.corrections:  # a person's fix, not the minutes': always said to be one
        fields["Corrected"] = "; ".join(c.describe() for c in action.corrections)
        read = [c.was for c in action.corrections if c.field == "status" and c.was]
        if read:  # the status the minutes give; the correction is stated beside it
            fields["Status"] = read[0]
    return fields


def facts_text(fields: dict[str, str]) -> str:
    return ". ".join(f"{key}: {value}" for key, value in fields.items())


def span_evidence(n: int, span: Span, fields: dict[str, str], **extra: Any) -> Evidence:
    """Evidence that quotes a record's source span and carries the record's facts."""
    return Evidence(
        n=n,
        text=span.quote,
        doc=span.doc,
        page=span.page,
        doc_id=span.doc_id,
        start=span.start,
        end=span.end,
        item=span.item,
        facts=facts_text(fields),
        fields=fields,
        **extra,
    )


def action_evidence(n: int, action: ActionItem) -> Evidence:
    return span_evidence(
        n,
        action.source,
        action_fields(action),
        meeting=meeting_label(action.body, action.meeting_date),
        owners=list(action.owners),
        kind="action",
    )


def update_evidence(n: int, action: ActionItem, update: ActionUpdate) -> Evidence:
    """The latest later record of an action (an action-log row, a matters-arising line), cited
    to its own source."""
    return span_evidence(
        n,
        update.source,
        {"Update": update.text, "Status": update.status},
        meeting=meeting_label(action.body, update.meeting_date),
        owners=list(action.owners),
        kind="update",
    )


def person_fields(person: Person) -> dict[str, str]:
    fields = {"Name": person.name}
    if person.initials:
        fields["Initials"] = person.initials
    if person.role:
        fields["Role"] = person.role
    if person.organisation:
        fields["Organisation"] = person.organisation
    fields["Attendance"] = person.attendance
    return fields


def person_evidence(n: int, person: Person) -> Evidence | None:
    if person.source is None:
        return None  # nothing to cite: a person record without a source is not evidence
    return span_evidence(
        n, person.source, person_fields(person), meeting=person.body, kind="person"
    )


def citation(evidence: Evidence) -> Citation:
    return Citation(
        n=evidence.n,
        doc=evidence.doc,
        page=evidence.page,
        quote=evidence.text,
        item=evidence.item,
        meeting=evidence.meeting,
    )


def prompt_block(evidence: Evidence) -> str:
    """One evidence entry for the prompt. Newlines are flattened so a line in the minutes
    that reads "System: ..." never starts a line of the prompt. The label is the meeting, not
    the file name: a hashed file name costs a dozen prompt tokens and tells the model nothing."""
    label = evidence.meeting or (
        evidence.doc if evidence.page is None else f"{evidence.doc} p.{evidence.page}"
    )
    if evidence.item and evidence.kind == "passage":
        heading = " ".join(evidence.item.split())[:80]
        label = f"{label}; {heading}"  # the item heading the passage sits under
    if evidence.speaker:
        label = f"{label}; {evidence.speaker} speaking"
    body = evidence.facts if evidence.kind == "action" else evidence.text
    if evidence.kind == "person":
        body = f"{evidence.facts}. Quote: {evidence.text}"
    flat = re.sub(r"\s+", " ", body).strip()
    named = "; ".join(f"{k} = {v}" for k, v in evidence.names.items())
    return f'[{evidence.n}] ({label}) "{flat}"' + (f" (initials: {named})" if named else "")


def speaker_at(page: str, start: int) -> str | None:
    """In a verbatim record, the speaker whose turn holds offset `start`: the label opening
    the last turn that begins before it."""
    turn = None
    for line in re.finditer(r"^.+$", page[:start], re.M):
        label = SPEAKER_LABEL.match(line.group(0))
        if label:
            turn = label.group(0).rstrip(": \t")
    return turn


def initials_named(text: str, people: Sequence[Person]) -> dict[str, str]:
    """The initials a passage uses that the attendance list explains: {"RH": "Rosa Hale"}.
    The first person listed with those initials wins (the meeting's own list comes first)."""
    known: dict[str, str] = {}
    for person in people:
        if person.initials and person.initials not in known:
            known[person.initials] = person.name
    return {
        ref: known[ref]
        for ref in dict.fromkeys(re.findall(r"\b[A-Z][A-Za-z]{1,3}\b", text))
        if ref in known
    }
