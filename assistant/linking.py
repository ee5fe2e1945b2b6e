"""Cross-meeting linking: later records (matters arising, action-log updates, clerk's reports,
agenda items that come back) that report on an earlier action of the same body.

Every sentence of a later meeting is a candidate update ("unit"). A pair (earlier action, later
unit) scores by the TF-IDF cosine of their content words (idf over the body's own sentences, so a
parish's "Highways" counts less than its "Royal Mail"), where each side carries its context: the
action its agenda item's title, its "Topic –" label and, when short, the sentence before it; the
unit its item's title and label. Items whose titles share rare words across meetings ("Village
Gates" in March and in June) are strong evidence; titles every meeting repeats ("Matters
Arising") count for nothing. A month the action names ("add to the January agenda") points to
that month's meeting. Within each later meeting pairs are assigned one to one, best first, above
a threshold; meetings further ahead only pick up actions the nearer ones did not report on."""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .actions import classify_status
from .records import ActionItem, ActionUpdate, Meeting, Span
from .segments import Piece, sentences

log = logging.getLogger(__name__)

_STOP = frozenset(
    """a an the and or of to in on at for from by with as is are was were be been being it its this that these those
    there their they them he she his her we our you your i not no but if then than so such all any some each into out over
    about after before under up down also would will could should may might can shall has have had do does did done
    agreed agree clerk council parish councillor councillors cllr chair chairman meeting meetings update updates item
    items following last next previous noted note advised asked said which who what when where whether how further
    regarding received receive again since via per new one two three ask get make take send sent contact contacted
    like able need needed needs time date dates pc discuss discussed action actions agenda minutes report reported
    confirm confirmed check checked approve approved proposed seconded favour resolved members member
    january february march april june july august september october november december""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+|\d+[A-Za-z]*")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ion", "ers", "ed", "es", "er", "s", "e")
_FOLLOW_SECTION = re.compile(r"matters?\s+arising|clerk'?s?\s+report|action|progress|update|outstanding", re.I)
_OWNER_TOKEN = re.compile(r"[A-Z][a-z]+|[A-Z]{2,4}")
_LABEL = re.compile(r"^([^–:.!?]{2,60}?)\s[–-]\s*(?=\S)")  # "Village Gates – The Clerk was awaiting..."
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
# "the January agenda", "at the December meeting", "in March", "for approval in December"
_MONTH_REF = re.compile(
    r"\b(?:(?:in|for|at|to|until|by)\s+(?:the\s+)?(?P<a>" + "|".join(m.title() for m in _MONTHS) + r")\b"
    r"|(?P<b>" + "|".join(m.title() for m in _MONTHS) + r")\s+(?:\w+\s+)?(?:agenda|meeting))"
)
_OUTCOME = re.compile(
    r"\bRESOLVED\b|^\s*That\s|\bproposed\b|\bit\s+was\s+agreed\b|\bhad\s+(?:been\s+)?[a-z]+ed\b|\bhas\s+been\b", re.I
)
_MIN_UNIT = 15
_SHORT_ITEM = 100  # words: an item this short is one unit
_BLOCK_WORDS = 150  # a "Topic –" entry longer than this is cut into sentences
_TOPICAL = 0.5  # title idf: a word in at most ~60% of the meetings' titles
_CONTEXT_WORDS = 8  # actions shorter than this borrow the sentence before them


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """Content-word stems; capitalised words mid-sentence (names, places) are kept apart as `^stem`
    so that they also count as named entities. `skip`: words to ignore (the body's people)."""
    out: list[str] = []
    for k, match in enumerate(_WORD.finditer(text)):
        word, stem, capital = _term(match.group(0))
        if stem is None or word in skip:
            continue
        out.append(stem)
        if k and capital:
            out.append("^" + stem)
    return out


@lru_cache(maxsize=65536)
def _term(raw: str) -> tuple[str, str | None, bool]:
    """(lowercased word, its stem or None for a stop word, whether it is capitalised)."""
    word = raw.lower().replace("’", "'").removesuffix("'s")
    if word in _STOP or len(word) < 3 or word.isdigit():
        return word, None, False
    return word, _stem(word), raw[0].isupper() and not raw.isupper()


@dataclass
class _Unit:
    """A candidate later record: one sentence (with its "Topic –" label) of an agenda item."""

    piece: Piece
    item: int
    words: list[str]
    label: list[str]
    status: bool
    follow_section: bool


@dataclass
class _Doc:
    """What linking needs from one meeting; depends on the meeting alone, so it is cached."""

    units: list[_Unit]
    titles: list[list[str]]  # per agenda item
    action_words: dict[str, list[str]]
    action_context: dict[str, list[str]]  # own item title, label, the sentence before a short action
    action_title: dict[str, int]  # action id -> index of its agenda item (-1: none)
    action_months: dict[str, set[int]]
    people: frozenset[str] = field(default_factory=frozenset)


def _people_words(meeting: Meeting) -> frozenset[str]:
    """Words of attendees' names: they say who, not what, and owner agreement is scored apart."""
    return frozenset(w.lower() for person in meeting.people for w in _WORD.findall(person.name))


def _item_index(meeting: Meeting) -> dict[tuple[int | None, int], int]:
    return {(it.span.page, it.span.start): k for k, it in enumerate(meeting.items)}


def _units(meeting: Meeting, skip: frozenset[str]) -> list[_Unit]:
    """A short item is one unit (its outcome is usually the answer to an earlier action); a long
    one gives a unit per "Topic –" entry or per sentence. The item's own heading is left out:
    it is context, scored apart."""
    out: list[_Unit] = []
    for k, item in enumerate(meeting.items):
        span = item.span
        follow = bool(_FOLLOW_SECTION.search(item.title))
        cells: list[Piece] = []
        pos = 0
        for line in span.quote.split("\n"):
            if line.strip():
                cells.extend(_cells(Piece(span.page, span.start + pos, span.start + pos + len(line), line)))
            pos += len(line) + 1
        if not cells:
            continue
        first_unit = len(out)
        body_words = sum(len(c.text.split()) for c in cells)
        if body_words <= _SHORT_ITEM:
            first, last = cells[0], cells[-1]
            if first.page == last.page:
                offset = first.start - span.start
                piece = Piece(span.page, first.start, last.end, span.quote[offset : offset + last.end - first.start])
                out.append(_unit(piece, k, [], follow, skip))
        else:
            for cell in cells:
                out.extend(_cell_units(cell, k, follow, skip))
        if len(out) > first_unit:  # the heading is context, scored apart: not the unit's own words
            heading = Counter(terms(item.title, skip))
            unit = out[first_unit]
            unit.words = list((Counter(unit.words) - heading).elements())
    return out


def _unit(piece: Piece, item: int, label: list[str], follow: bool, skip: frozenset[str]) -> _Unit:
    status, _ = classify_status(piece.text, default="")
    return _Unit(piece, item, terms(piece.text, skip), label, bool(status) or bool(_OUTCOME.search(piece.text)), follow)


def _cell_units(cell: Piece, item: int, follow: bool, skip: frozenset[str]) -> list[_Unit]:
    """Sentences of a cell. A "Topic –" entry (label and the sentences after it, up to the next
    label) is one unit; a bare label piece ("Boughton Road Hedge") heads the entry after it."""
    out: list[_Unit] = []
    block: Piece | None = None  # the open "Topic –" entry
    block_label: list[str] = []
    pending: Piece | None = None

    def close() -> None:
        nonlocal block
        if block is not None and len(block.text) >= _MIN_UNIT:
            out.append(_unit(block, item, block_label, follow, skip))
        block = None

    for sent in sentences(cell):
        if pending is not None:
            sent = _join(cell, pending, sent)
            pending = None
            found = _LABEL.match(sent.text) or re.match(r"^(.*)", "")
        else:
            found = _LABEL.match(sent.text)
        if found is None and len(sent.text.split()) <= 6 and not sent.text.rstrip().endswith((".", ":", ";")):
            close()
            pending = sent  # a heading-like fragment: the topic of what follows
            block_label = terms(sent.text, skip)
            continue
        if found is not None:
            close()
            block = sent
            if found.group(1):
                block_label = terms(found.group(1), skip)
            continue
        if block is not None and len(block.text.split()) + len(sent.text.split()) <= _BLOCK_WORDS:
            block = _join(cell, block, sent)
            continue
        close()
        block_label = []
        if len(sent.text) >= _MIN_UNIT:
            out.append(_unit(sent, item, [], follow, skip))
    close()
    if pending is not None and len(pending.text) >= _MIN_UNIT:
        out.append(_unit(pending, item, [], follow, skip))
    return out


def _join(cell: Piece, first: Piece, second: Piece) -> Piece:
    return Piece(cell.page, first.start, second.end, cell.text[first.start - cell.start : second.end - cell.start])


def _cells(line: Piece) -> list[Piece]:
    out, begin = [], 0
    for match in re.finditer(r"\t| {5,}", line.text + "\t"):
        raw = line.text[begin : match.start()]
        if raw.strip():
            left = len(raw) - len(raw.lstrip())
            text = raw.strip()
            start = line.start + begin + left
            out.append(Piece(line.page, start, start + len(text), text))
        begin = match.end()
    return out


def _prepare(meeting: Meeting) -> _Doc:
    skip = _people_words(meeting)
    units = _units(meeting, skip)
    titles = [terms(it.title, skip) for it in meeting.items]
    by_number: dict[str | None, int] = {}
    for k, it in enumerate(meeting.items):
        by_number.setdefault(it.number, k)
    words, context, title_of, months = {}, {}, {}, {}
    for action in meeting.actions:
        k = _action_item(meeting, action, by_number)
        words[action.id] = terms(action.description, skip)
        ctx: list[str] = []
        found = _LABEL.match(action.source.quote)
        if found:
            ctx += terms(found.group(1), skip)
        if len(action.description.split()) < _CONTEXT_WORDS:
            ctx += terms(_sentence_before(meeting, action), skip)
        context[action.id] = ctx
        title_of[action.id] = k
        months[action.id] = {
            _MONTHS.index((m.group("a") or m.group("b")).lower()) + 1 for m in _MONTH_REF.finditer(action.description)
        }
    return _Doc(units, titles, words, context, title_of, months, skip)


def _action_item(meeting: Meeting, action: ActionItem, by_number: dict[str | None, int]) -> int:
    src = action.source
    for k, it in enumerate(meeting.items):
        if it.span.page == src.page and it.span.start <= src.start <= it.span.end:
            return k
    return by_number.get(src.item, -1) if src.item else -1


def _sentence_before(meeting: Meeting, action: ActionItem) -> str:
    """The sentence before a short action ("The Clerk agreed to add to the January agenda."): its topic."""
    for unit_source in meeting.items:
        span = unit_source.span
        if span.page == action.source.page and span.start <= action.source.start <= span.end:
            before = span.quote[: action.source.start - span.start]
            parts = re.split(r"(?<=[.!?])\s+", before.strip())
            return parts[-1] if parts and parts[-1] else ""
    return ""


_CACHE: dict[str, _Doc] = {}
_CACHE_LIMIT = 4096


def _prepared(meeting: Meeting) -> _Doc:
    """Per-document preparation, kept across relinks: doc ids are content hashes, and the
    actions' ids are part of the key so a re-parse with other rules is not served stale."""
    key = meeting.doc_id + "|" + ",".join(a.id for a in meeting.actions) + f"|{len(meeting.items)}"
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        found = _CACHE[key] = _prepare(meeting)
    return found


def _vector(counts: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    vec = {t: ((1 + math.log(c)) if c >= 1 else c) * idf.get(t, 1.0) for t, c in counts.items() if c > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items() if v}


def _mix(main: list[str], context: list[str], weight: float) -> dict[str, float]:
    counts: dict[str, float] = dict(Counter(main))
    for term in set(context):
        counts[term] = counts.get(term, 0.0) + weight
    return counts


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


@dataclass
class Weights:
    """Tuned on the development gold (Stoke Ferry follow-ups); see evals/actions_eval.py."""

    threshold: float = 0.4
    lookahead: int = 1  # further meetings: only for actions the nearer ones did not report on
    gap_penalty: float = 0.1
    context: float = 0.3  # the action's own item title / label / sentence before, against its words
    unit_context: float = 0.3  # a unit's item title and label, against its words
    title: float = 0.3  # rare words shared by the two items' titles
    month: float = 0.15  # the later meeting is in the month the action names
    section: float = 0.03
    owner: float = 0.03
    status: float = 0.15


class BodyLinker:
    """Scores (earlier action, later unit) pairs among the meetings of one body."""

    def __init__(self, meetings: list[Meeting], weights: Weights | None = None):
        self.w = weights or Weights()
        self.meetings = sorted((m for m in meetings if m.date), key=lambda m: m.date)  # type: ignore[arg-type,return-value]
        self.docs = [_prepared(m) for m in self.meetings]
        df: Counter[str] = Counter()
        total = 0
        title_df: Counter[str] = Counter()
        for doc in self.docs:
            for unit in doc.units:
                df.update(set(unit.words) | set(unit.label))
                total += 1
            title_df.update({t for title in doc.titles for t in title})
        self.idf = {t: math.log((1 + total) / (1 + n)) + 1 for t, n in df.items()}
        # a title word that every meeting repeats ("matters arising") says nothing about the topic
        n = len(self.docs)
        self.title_idf = {t: max(0.0, math.log(n / c)) for t, c in title_df.items()}
        # titles as context keep only words that set an item apart from the body's routine items
        self.topical = [[[t for t in title if self.title_idf.get(t, 0.0) >= _TOPICAL] for title in doc.titles]
                        for doc in self.docs]
        self.unit_vecs = [
            [_vector(_mix(u.words, u.label + topical[u.item], self.w.unit_context), self.idf) if u.words else {}
             for u in doc.units]
            for doc, topical in zip(self.docs, self.topical)
        ]
        self.title_vecs = [[_vector(dict(Counter(t)), self.title_idf) for t in doc.titles] for doc in self.docs]
        self.index: list[dict[str, list[tuple[int, float]]]] = []
        for vecs in self.unit_vecs:
            inverted: dict[str, list[tuple[int, float]]] = {}
            for k, vec in enumerate(vecs):
                for term, weight in vec.items():
                    inverted.setdefault(term, []).append((k, weight))
            self.index.append(inverted)

    def action_vector(self, i: int, action: ActionItem) -> dict[str, float]:
        doc = self.docs[i]
        own = doc.action_title[action.id]
        context = doc.action_context[action.id] + (self.topical[i][own] if own >= 0 else [])
        return _vector(_mix(doc.action_words[action.id], context, self.w.context), self.idf)

    def scores(self, i: int, action: ActionItem, j: int, vec: dict[str, float] | None = None) -> dict[int, float]:
        """unit index in meeting j -> score, for an action of meeting i."""
        w, doc, later = self.w, self.docs[i], self.docs[j]
        vec = vec if vec is not None else self.action_vector(i, action)
        acc: dict[int, float] = {}
        for term, weight in vec.items():  # only units sharing a term, or in a same-titled item, can score
            for k, unit_weight in self.index[j].get(term, ()):
                acc[k] = acc.get(k, 0.0) + weight * unit_weight
        own = doc.action_title[action.id]
        title_sim: dict[int, float] = {}
        if own >= 0 and self.title_vecs[i][own]:
            for item, tvec in enumerate(self.title_vecs[j]):
                sim = _dot(self.title_vecs[i][own], tvec)
                if sim > 0:
                    title_sim[item] = sim
            for k, unit in enumerate(later.units):
                if unit.item in title_sim and unit.words:
                    acc.setdefault(k, 0.0)
        month = self.meetings[j].date.month if self.meetings[j].date else 0
        month_bonus = w.month if month in doc.action_months[action.id] else 0.0
        owners = _owner_tokens(action)
        out = {}
        for k, score in acc.items():
            unit = later.units[k]
            score += w.title * title_sim.get(unit.item, 0.0) + month_bonus
            if unit.follow_section:
                score += w.section
            if unit.status:
                score += w.status
            if owners and any(o in unit.piece.text.lower() for o in owners):
                score += w.owner
            out[k] = score
        return out

    def link(self) -> dict[str, list[ActionUpdate]]:
        w = self.w
        updates: dict[str, list[ActionUpdate]] = {}
        for i, meeting in enumerate(self.meetings):
            vecs = {a.id: self.action_vector(i, a) for a in meeting.actions}
            reported: set[str] = set()
            for gap, j in enumerate(range(i + 1, min(len(self.meetings), i + 1 + w.lookahead)), 1):
                pairs = [
                    (score, a, k)
                    for a in meeting.actions if a.id not in reported
                    for k, score in self.scores(i, a, j, vecs[a.id]).items()
                ]
                bar = w.threshold + w.gap_penalty * (gap - 1)
                used: set[int] = set()
                for score, action, k in sorted(pairs, key=lambda p: -p[0]):
                    if score < bar:
                        break
                    if k in used or action.id in reported:
                        continue
                    used.add(k)
                    reported.add(action.id)
                    updates.setdefault(action.id, []).append(_update(self.docs[j].units[k].piece, self.meetings[j]))
        for history in updates.values():
            history.sort(key=lambda u: (u.meeting_date or u.source.doc))
        return updates


def _owner_tokens(action: ActionItem) -> set[str]:
    return {t.lower() for owner in action.owners for t in _OWNER_TOKEN.findall(owner) if t not in {"Cllr", "The"}}


def link_body(meetings: list[Meeting], weights: Weights | None = None) -> dict[str, list[ActionUpdate]]:
    """action id -> updates from later meetings of the same body, oldest first."""
    return BodyLinker(meetings, weights).link()


def _update(piece: Piece, later: Meeting) -> ActionUpdate:
    status, _evidence = classify_status(piece.text, default="open")
    span = Span(doc_id=later.doc_id, doc=later.doc, page=piece.page, start=piece.start, end=piece.end, quote=piece.text)
    return ActionUpdate(status=status, text=piece.text, meeting_date=later.date, source=span)  # type: ignore[arg-type]


def apply_updates(actions: list[ActionItem], updates: dict[str, list[ActionUpdate]]) -> list[ActionItem]:
    out = []
    for action in actions:
        history = updates.get(action.id, [])
        if history:
            action = action.model_copy(
                update={"history": history, "status": history[-1].status, "status_evidence": history[-1].text[:120]}
            )
        out.append(action)
    return out
