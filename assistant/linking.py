"""Cross-meeting linking: later records (matters arising, action-log updates, clerk's reports,
agenda items that come back) that report on an earlier action of the same body.

Two kinds of link. An action-log row that re-lists an action with the date of an earlier meeting
("12.03.25 | Draft a protocol | OF/SL | Ongoing") is that earlier action's update: it is folded
into the action of that meeting it fits best (words, and owners above all), not kept twice.
Otherwise every paragraph, "Topic –" entry, table row or sentence of a later meeting is a
candidate update ("unit"). A pair (earlier action, later unit) scores by the TF-IDF cosine of
their content words (idf over the body's own units, so a parish's "Highways" counts less than
its "Royal Mail"), each side with its context (the agenda item's title and "Topic –" label, and
for a short action the sentence before it), plus small terms for: items whose titles share rare
words across meetings, a month the action names ("add to the January agenda") being the later
meeting's, the unit naming the action's owner (or naming only others), and the unit reading as a
report ("had been", "awaiting", "RESOLVED"). In each later meeting units go to actions one to
one, best first, above a threshold; meetings further ahead pay a small penalty per meeting and
only see actions the nearer ones did not report on."""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .actions import classify_status, update_status
from .people import effective_initials
from .records import ActionItem, ActionUpdate, Meeting, Span
from .segments import Piece, piece_span, sentences

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
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ion",
    "ers",
    "ed",
    "es",
    "er",
    "s",
    "e",
)
_FOLLOW_SECTION = re.compile(
    r"matters?\s+arising|clerk'?s?\s+report|action|progress|update|outstanding", re.I
)
_LABEL = re.compile(
    r"^([^–:.!?]{2,60}?)\s[–-]\s*(?=\S)"
)  # "Village Gates – The Clerk was awaiting..."
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# "the January agenda", "at the December meeting", "in March", "for approval in December"
_MONTH_REF = re.compile(
    r"\b(?:(?:in|for|at|to|until|by)\s+(?:the\s+)?(?P<a>"
    + "|".join(m.title() for m in _MONTHS)
    + r")\b"
    r"|(?P<b>" + "|".join(m.title() for m in _MONTHS) + r")\s+(?:\w+\s+)?(?:agenda|meeting))"
)
# items that only record the meeting's own business: nothing in them reports on an action
_PROCEDURAL = re.compile(
    r"\bapologies\b|\bdeclarations?\s+of\s+interests?\b|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b"
    r"|\b(?:openness|transparency)\s+notice\b|\bwelcome\b",
    re.I,
)
_OUTCOME = re.compile(
    r"\bRESOLVED\b|^\s*That\s|\bproposed\b|\bit\s+was\s+agreed\b|\bhad\s+(?:been\s+)?[a-z]+ed\b|\bhas\s+been\b",
    re.I,
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


_ROLES = frozenset(
    {
        "clerk",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "handyman",
        "treasurer",
        "secretary",
    }
)
_NOT_OWNER_WORDS = frozenset(
    {
        "cllr",
        "cllrs",
        "councillor",
        "the",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "all",
        "council",
        "parish",
        "town",
        "members",
        "group",
        "working",
        "vice",
    }
)


@dataclass
class _Unit:
    """A candidate later record: a short item, a table row, a "Topic –" entry or a sentence."""

    piece: Piece
    item: int  # index of its agenda item (-1: the document has none)
    words: list[str]
    label: list[str]
    status: bool  # reads as a report or an outcome
    follow_section: bool
    names: frozenset[str]  # people and roles it mentions, as owner tokens


@dataclass
class _Action:
    words: list[str]
    context: list[str]  # own item title, label, the sentence before a short action
    item: int
    months: set[int]
    owners: frozenset[str]


@dataclass
class _Doc:
    """What linking needs from one meeting; depends on the meeting alone, so it is cached."""

    units: list[_Unit]
    titles: list[list[str]]  # per agenda item
    actions: dict[str, _Action]


def _people_words(meeting: Meeting) -> frozenset[str]:
    """Words of attendees' names: they say who, not what, and owner agreement is scored apart."""
    return frozenset(w.lower() for person in meeting.people for w in _WORD.findall(person.name))


def _name_index(meeting: Meeting) -> dict[str, frozenset[str]]:
    """A word or initials as written -> the owner tokens it stands for ("KA" -> {"kate", "allen"})."""
    index: dict[str, frozenset[str]] = {}
    for person in meeting.people:
        tokens = frozenset(w.lower() for w in _WORD.findall(person.name)) - _NOT_OWNER_WORDS
        for word in tokens:
            if len(word) > 2:
                index[word] = frozenset({word})
        for initials in (person.initials, effective_initials(person)):
            if initials and len(initials) >= 2:
                index[initials] = tokens
    for role in _ROLES:
        index[role] = frozenset({"chair" if role.startswith("chair") else role})
    return index


def _names(text: str, index: dict[str, frozenset[str]]) -> frozenset[str]:
    found: set[str] = set()
    for raw in _NAME_WORD.findall(text):
        key = raw if raw.isupper() and len(raw) <= 4 else raw.lower()
        found |= index.get(key, frozenset())
    return frozenset(found)


def owner_tokens(action: ActionItem, index: dict[str, frozenset[str]]) -> frozenset[str]:
    tokens: set[str] = set()
    for owner in action.owners:
        words = [w.lower() for w in _WORD.findall(owner)]
        if owner.isupper() and owner in index:
            tokens |= index[owner]
        for word in words:
            if word in _ROLES:
                tokens.add("chair" if word.startswith("chair") else word)
            elif word not in _NOT_OWNER_WORDS and word in index:
                tokens.add(word)
    return frozenset(tokens)


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@dataclass
class _Section:
    item: int
    page: int | None
    start: int
    quote: str
    title: str


def _sections(meeting: Meeting) -> list[_Section]:
    if meeting.items:
        return [
            _Section(k, it.span.page, it.span.start, it.span.quote, it.title)
            for k, it in enumerate(meeting.items)
        ]
    # a document without agenda items (an action log with no sections): its own rows
    return [
        _Section(-1, a.source.page, a.source.start, a.source.quote, "") for a in meeting.actions
    ]


def _units(
    meeting: Meeting,
    skip: frozenset[str],
    index: dict[str, frozenset[str]],
    sections: list[_Section],
) -> list[_Unit]:
    """A short item is one unit (its outcome is usually the answer to an earlier action); a long
    one gives a unit per table row, "Topic –" entry or sentence. The item's own heading is left
    out: it is context, scored apart."""
    out: list[_Unit] = []
    for sec in sections:
        if _PROCEDURAL.search(sec.title):
            continue
        follow = bool(_FOLLOW_SECTION.search(sec.title))
        cells: list[Piece] = []
        rows: list[Piece] = []
        pos = 0
        for line in sec.quote.split("\n"):
            if line.strip():
                piece = Piece(sec.page, sec.start + pos, sec.start + pos + len(line), line)
                parts = _cells(piece)
                if len(parts) >= 2:  # a table row: its action and its progress read together
                    rows.append(
                        Piece(
                            sec.page,
                            parts[0].start,
                            parts[-1].end,
                            sec.quote[parts[0].start - sec.start : parts[-1].end - sec.start],
                        )
                    )
                else:
                    cells.extend(parts)
            pos += len(line) + 1
        first_unit = len(out)
        out.extend(
            _unit(row, sec.item, [], follow, skip, index)
            for row in rows
            if len(row.text) >= _MIN_UNIT
        )
        body_words = sum(len(c.text.split()) for c in cells)
        if cells and not rows and body_words <= _SHORT_ITEM:
            first, last = cells[0], cells[-1]
            offset = first.start - sec.start
            piece = Piece(
                sec.page, first.start, last.end, sec.quote[offset : offset + last.end - first.start]
            )
            out.append(_unit(piece, sec.item, [], follow, skip, index))
        else:
            for cell in cells:
                out.extend(_cell_units(cell, sec.item, follow, skip, index))
        if len(out) > first_unit and sec.title:  # the heading is context, scored apart
            heading = Counter(terms(sec.title, skip))
            unit = out[first_unit]
            unit.words = list((Counter(unit.words) - heading).elements())
    return out


def _unit(
    piece: Piece,
    item: int,
    label: list[str],
    follow: bool,
    skip: frozenset[str],
    index: dict[str, frozenset[str]],
) -> _Unit:
    status, _ = classify_status(piece.text, default="")
    return _Unit(
        piece,
        item,
        terms(piece.text, skip),
        label,
        bool(status) or bool(_OUTCOME.search(piece.text)),
        follow,
        _names(piece.text, index),
    )


def _cell_units(
    cell: Piece, item: int, follow: bool, skip: frozenset[str], index: dict[str, frozenset[str]]
) -> list[_Unit]:
    """Sentences of a cell. A "Topic –" entry (label and the sentences after it, up to the next
    label) is one unit; a bare label piece ("Boughton Road Hedge") heads the entry after it."""
    out: list[_Unit] = []
    block: Piece | None = None  # the open "Topic –" entry
    block_label: list[str] = []
    pending: Piece | None = None

    def close() -> None:
        nonlocal block
        if block is not None and len(block.text) >= _MIN_UNIT:
            out.append(_unit(block, item, block_label, follow, skip, index))
        block = None

    for sent in sentences(cell):
        if pending is not None:
            sent = _join(cell, pending, sent)
            pending = None
            found = _LABEL.match(sent.text) or re.match(r"^(.*)", "")
        else:
            found = _LABEL.match(sent.text)
        if (
            found is None
            and len(sent.text.split()) <= 6
            and not sent.text.rstrip().endswith((".", ":", ";"))
        ):
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
            out.append(_unit(sent, item, [], follow, skip, index))
    close()
    if pending is not None and len(pending.text) >= _MIN_UNIT:
        out.append(_unit(pending, item, [], follow, skip, index))
    return out


def _join(cell: Piece, first: Piece, second: Piece) -> Piece:
    return Piece(
        cell.page,
        first.start,
        second.end,
        cell.text[first.start - cell.start : second.end - cell.start],
    )


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
    index = _name_index(meeting)
    sections = _sections(meeting)
    carried = [a.source for a in meeting.actions if _carried(a, meeting)]
    units = [
        u
        for u in _units(meeting, skip, index, sections)
        if not any(_overlaps(u.piece, src) for src in carried)
    ]
    titles = [terms(it.title, skip) for it in meeting.items]
    by_number: dict[str | None, int] = {}
    for k, it in enumerate(meeting.items):
        by_number.setdefault(it.number, k)
    actions = {}
    for action in meeting.actions:
        ctx: list[str] = []
        found = _LABEL.match(action.source.quote)
        if found:
            ctx += terms(found.group(1), skip)
        if len(action.description.split()) < _CONTEXT_WORDS:
            ctx += terms(_sentence_before(meeting, action), skip)
        months = {
            _MONTHS.index((m.group("a") or m.group("b")).lower()) + 1
            for m in _MONTH_REF.finditer(action.description)
        }
        actions[action.id] = _Action(
            terms(action.description, skip),
            ctx,
            _action_item(meeting, action, by_number),
            months,
            owner_tokens(action, index),
        )
    return _Doc(units, titles, actions)


def _overlaps(piece: Piece, span: Span) -> bool:
    return piece.page == span.page and piece.start < span.end and span.start < piece.end


def _carried(action: ActionItem, meeting: Meeting) -> bool:
    """An action-log row re-listed from an earlier meeting (its "Date of Meeting" is earlier)."""
    return bool(action.meeting_date and meeting.date and action.meeting_date < meeting.date)


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
    vec = {
        t: ((1 + math.log(c)) if c >= 1 else c) * idf.get(t, 1.0)
        for t, c in counts.items()
        if c > 0
    }
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
    """Set on the development gold (Stoke Ferry follow-ups), kept few and round so they carry:
    see evals/actions_eval.py and the report for what was tried."""

    threshold: float = 0.3
    confident: float = 0.45  # below this a link is tentative: history only, not the status
    lookahead: int = 2  # further meetings: only for actions the nearer ones did not report on
    gap_penalty: float = 0.1  # per meeting skipped
    context: float = 0.3  # the action's own item title / label / sentence before, against its words
    unit_context: float = 0.3  # a unit's item title and label, against its words
    title: float = 0.1  # rare words shared by the two items' titles
    month: float = 0.15  # the later meeting is in the month the action names
    section: float = 0.03  # the unit is in a matters-arising / progress section
    owner: float = 0.1  # the unit names an owner of the action
    clash: float = 0.0  # the unit names people, none of them an owner (measured: no help)
    status: float = 0.05  # the unit reads as a report or an outcome
    carried_owner: float = 0.5  # owners agree / clash between a re-listed log row and an action
    carried_threshold: float = 0.15


@dataclass
class Links:
    """Updates per earlier action id, oldest first, and the ids of log rows folded into them."""

    updates: dict[str, list[ActionUpdate]] = field(default_factory=dict)
    merged: set[str] = field(default_factory=set)


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
            for info in doc.actions.values():
                df.update(set(info.words))
                total += 1
            title_df.update({t for title in doc.titles for t in title})
        self.idf = {t: math.log((1 + total) / (1 + n)) + 1 for t, n in df.items()}
        # a title word that every meeting repeats ("matters arising") says nothing about the topic
        n = len(self.docs)
        self.title_idf = {t: max(0.0, math.log(n / c)) for t, c in title_df.items()}
        # titles as context keep only words that set an item apart from the body's routine items
        self.topical = [
            [[t for t in title if self.title_idf.get(t, 0.0) >= _TOPICAL] for title in doc.titles]
            for doc in self.docs
        ]
        self.unit_vecs = [
            [
                _vector(
                    _mix(
                        u.words,
                        u.label + (topical[u.item] if u.item >= 0 else []),
                        self.w.unit_context,
                    ),
                    self.idf,
                )
                if u.words
                else {}
                for u in doc.units
            ]
            for doc, topical in zip(self.docs, self.topical, strict=True)
        ]
        # titles that every meeting repeats ("Matters Arising") say nothing: only their rare words count
        self.title_vecs = [
            [_vector(dict(Counter(t)), self.title_idf) for t in topical] for topical in self.topical
        ]
        self.index: list[dict[str, list[tuple[int, float]]]] = []
        for vecs in self.unit_vecs:
            inverted: dict[str, list[tuple[int, float]]] = {}
            for k, vec in enumerate(vecs):
                for term, weight in vec.items():
                    inverted.setdefault(term, []).append((k, weight))
            self.index.append(inverted)
        self._vecs: dict[tuple[int, str], dict[str, float]] = {}

    def action_vector(self, i: int, action: ActionItem) -> dict[str, float]:
        key = (i, action.id)
        found = self._vecs.get(key)
        if found is None:
            info = self.docs[i].actions[action.id]
            context = info.context + (self.topical[i][info.item] if info.item >= 0 else [])
            found = self._vecs[key] = _vector(_mix(info.words, context, self.w.context), self.idf)
        return found

    def components(self, i: int, action: ActionItem, j: int) -> dict[int, dict[str, float]]:
        """unit index in meeting j -> the parts of its score, for an action of meeting i."""
        info, later = self.docs[i].actions[action.id], self.docs[j]
        acc: dict[int, float] = {}
        for term, weight in self.action_vector(
            i, action
        ).items():  # only units sharing a term can score,
            for k, unit_weight in self.index[j].get(term, ()):  # or units of a same-titled item
                acc[k] = acc.get(k, 0.0) + weight * unit_weight
        title_sim: dict[int, float] = {}
        if info.item >= 0 and self.title_vecs[i][info.item]:
            for item, tvec in enumerate(self.title_vecs[j]):
                sim = _dot(self.title_vecs[i][info.item], tvec)
                if sim > 0:
                    title_sim[item] = sim
            for k, unit in enumerate(later.units):
                if unit.item in title_sim and unit.words:
                    acc.setdefault(k, 0.0)
        date = self.meetings[j].date
        month = date.month if date else 0
        out = {}
        for k, lexical in acc.items():
            unit = later.units[k]
            agree = bool(info.owners & unit.names)
            out[k] = {
                "lexical": lexical,
                "title": title_sim.get(unit.item, 0.0),
                "month": float(month in info.months),
                "section": float(unit.follow_section),
                "status": float(unit.status),
                "owner": float(agree),
                "clash": float(bool(info.owners) and bool(unit.names) and not agree),
            }
        return out

    def combine(self, parts: dict[str, float]) -> float:
        w = self.w
        return (
            parts["lexical"]
            + w.title * parts["title"]
            + w.month * parts["month"]
            + w.section * parts["section"]
            + w.status * parts["status"]
            + w.owner * parts["owner"]
            - w.clash * parts["clash"]
        )

    def scores(self, i: int, action: ActionItem, j: int) -> dict[int, float]:
        return {k: self.combine(parts) for k, parts in self.components(i, action, j).items()}

    def link(self) -> Links:
        links = Links()
        reported: set[str] = set()
        for j in range(len(self.meetings)):
            done = self._fold_carried(j, links)
            reported |= done
            self._link_units(j, links, reported, done)
        for history in links.updates.values():
            history.sort(key=lambda u: u.meeting_date or u.source.doc)
        return links

    def _link_units(self, j: int, links: Links, reported: set[str], skip: set[str]) -> None:
        w = self.w
        pairs = []
        for gap in range(1, w.lookahead + 1):
            i = j - gap
            if i < 0:
                break
            meeting = self.meetings[i]
            for action in meeting.actions:
                # a row folded into an earlier action, or an action its row already reported on here
                if action.id in links.merged or action.id in skip:
                    continue
                if gap > 1 and action.id in reported:  # the nearer meetings reported on it
                    continue
                for k, score in self.scores(i, action, j).items():
                    pairs.append((score - w.gap_penalty * (gap - 1), action, k))
        used: set[int] = set()
        taken: set[str] = set()
        for score, action, k in sorted(pairs, key=lambda p: -p[0]):
            if score < w.threshold:
                break
            if k in used or action.id in taken:
                continue
            used.add(k)
            taken.add(action.id)
            update = _update(self.docs[j].units[k].piece, self.meetings[j])
            update.tentative = score < w.confident
            links.updates.setdefault(action.id, []).append(update)
        reported |= taken

    def _fold_carried(self, j: int, links: Links) -> set[str]:
        """Rows of meeting j's log dated at an earlier meeting of the body become updates of that
        meeting's actions: best fit first, one row to one action; owners weigh heavily."""
        later = self.meetings[j]
        rows = [a for a in later.actions if _carried(a, later)]
        if not rows:
            return set()
        by_date = {m.date: i for i, m in enumerate(self.meetings[:j])}
        pairs = []
        for row in rows:
            i = by_date.get(row.meeting_date)
            if i is None:
                continue
            row_vec = self.action_vector(j, row)
            row_owners = self.docs[j].actions[row.id].owners
            for action in self.meetings[i].actions:
                if _carried(action, self.meetings[i]):
                    continue
                owners = self.docs[i].actions[action.id].owners
                score = _dot(self.action_vector(i, action), row_vec)
                if owners and row_owners:
                    score += self.w.carried_owner * (1 if owners & row_owners else -1)
                pairs.append((score, row, action))
        done: set[str] = set()
        for score, row, action in sorted(pairs, key=lambda p: -p[0]):
            if score < self.w.carried_threshold:
                break
            if row.id in links.merged or action.id in done:
                continue
            links.merged.add(row.id)
            done.add(action.id)
            span = row.source
            status = row.status if row.status != "unknown" else "open"
            update = ActionUpdate(
                status=status,
                text=re.sub(r"\s+", " ", span.quote),
                meeting_date=later.date,
                source=span,
            )
            links.updates.setdefault(action.id, []).append(update)
        return done


def link_body(meetings: list[Meeting], weights: Weights | None = None) -> Links:
    """Updates from later meetings of the same body for each action, and the folded log rows."""
    return BodyLinker(meetings, weights).link()


def _update(piece: Piece, later: Meeting) -> ActionUpdate:
    status, _evidence = update_status(piece.text)
    span = piece_span(later.doc_id, later.doc, piece)
    return ActionUpdate(status=status, text=piece.text, meeting_date=later.date, source=span)  # type: ignore[arg-type]


def apply_updates(actions: list[ActionItem], links: Links) -> list[ActionItem]:
    """Actions with their history and current status; rows folded into an earlier action are dropped."""
    out = []
    for action in actions:
        if action.id in links.merged:
            continue
        history = links.updates.get(action.id, [])
        if history:
            action = action.model_copy(update={"history": history})
            standing = action.standing()
            if standing is not None:
                action.status = standing.status
                action.status_evidence = standing.text[:120]
        out.append(action)
    return out
