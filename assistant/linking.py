"""Cross-meeting linking: later records (matters arising, action-log updates, clerk's reports)
that report on an earlier action of the same body.

Every sentence of a later meeting is a candidate update. A pair (earlier action, later
sentence) scores by the TF-IDF weight of the content words and names they share (idf over the
body's own sentences, so a parish's "Highways" counts less than its "Royal Mail"), with small
bonuses for owner agreement and for sentences in a matters-arising or action-log section.
Within each later meeting the pairs are assigned one to one, best first, above a threshold;
meetings further ahead only pick up actions that the nearer ones did not report on."""

from __future__ import annotations

import logging
import math
from functools import lru_cache
import re
from collections import Counter
from dataclasses import dataclass

from .actions import classify_status
from .records import ActionItem, ActionUpdate, AgendaItem, Meeting, Span
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
    confirm confirmed check checked approve approved proposed seconded favour resolved members member""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+|\d+[A-Za-z]*")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ion", "ers", "ed", "es", "er", "s", "e")
_FOLLOW_SECTION = re.compile(r"matters?\s+arising|clerk'?s?\s+report|action|progress|update|outstanding", re.I)
_OWNER_TOKEN = re.compile(r"[A-Z][a-z]+|[A-Z]{2,4}")
_HEADING_WORDS = 20


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
        raw = match.group(0)
        word = raw.lower().replace("’", "'").removesuffix("'s")
        if word in _STOP or word in skip or len(word) < 3 or word.isdigit():
            continue
        stem = _stem(word)
        out.append(stem)
        if k and raw[0].isupper() and not raw.isupper():
            out.append("^" + stem)
    return out


@dataclass
class _Segment:
    piece: Piece
    follow_section: bool
    vec: dict[str, float]
    heading: dict[str, float]
    has_status: bool


def _heading(item: AgendaItem) -> str:
    """The start of an item (number dropped): its topic, which a bare action sentence lacks."""
    first = item.span.quote.split("\n", 1)[0]
    first = re.sub(r"^\s*(?:Item\s+)?[\d/.]+\)?\s*", "", first)
    return " ".join(first.split()[:_HEADING_WORDS])


def _segments(meeting: Meeting) -> list[tuple[Piece, AgendaItem]]:
    """Sentences of a meeting's agenda items, each with its item for context."""
    out: list[tuple[Piece, AgendaItem]] = []
    for item in meeting.items:
        span = item.span
        pos = 0
        for line in span.quote.split("\n"):
            if line.strip():
                base = Piece(span.page, span.start + pos, span.start + pos + len(line), line)
                for cell in _cells(base):
                    out.extend((sent, item) for sent in sentences(cell) if len(sent.text) >= 15)
            pos += len(line) + 1
    return out


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


def _weights(counts: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    vec = {t: (1 + math.log(c)) * idf.get(t, 1.0) if c >= 1 else c * idf.get(t, 1.0) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _mix(main: list[str], context: list[str], weight: float) -> dict[str, float]:
    counts: dict[str, float] = dict(Counter(main))
    for term in set(context):
        counts[term] = counts.get(term, 0.0) + weight
    return counts


def _people_words(meetings: list[Meeting]) -> frozenset[str]:
    """Words of attendees' names: they say who, not what, and owner agreement is scored apart."""
    out: set[str] = set()
    for meeting in meetings:
        for person in meeting.people:
            out.update(w.lower() for w in _WORD.findall(person.name))
    return frozenset(out)


def _owner_tokens(action: ActionItem) -> set[str]:
    return {t.lower() for owner in action.owners for t in _OWNER_TOKEN.findall(owner) if t not in {"Cllr", "The"}}


def link_body(
    meetings: list[Meeting], threshold: float = 0.3, lookahead: int = 2, gap_penalty: float = 0.1,
    context: float = 0.3, heading_weight: float = 0.3, section_bonus: float = 0.03, owner_bonus: float = 0.03,
    status_bonus: float = 0.05,
) -> dict[str, list[ActionUpdate]]:
    """action id -> updates from later meetings of the same body, oldest first."""
    ordered = sorted((m for m in meetings if m.date), key=lambda m: m.date)  # type: ignore[arg-type,return-value]
    skip = _people_words(ordered)
    raw = {m.doc_id: _segments(m) for m in ordered}
    head_text = {id(it): _heading(it) for m in ordered for it in m.items}
    heads = {key: terms(text, skip) for key, text in head_text.items()}
    seg_terms = {m.doc_id: [terms(p.text, skip) for p, _it in raw[m.doc_id]] for m in ordered}
    df: Counter[str] = Counter()
    total = 0
    for m in ordered:
        for words in seg_terms[m.doc_id]:
            df.update(set(words))
            total += 1
    idf = {t: math.log((1 + total) / (1 + n)) + 1 for t, n in df.items()}
    head_vecs = {key: _weights(dict(Counter(words)), idf) for key, words in heads.items()}
    segs: dict[str, list[_Segment]] = {}
    inverted: dict[str, dict[str, list[tuple[int, float]]]] = {}
    for m in ordered:
        built = []
        index: dict[str, list[tuple[int, float]]] = {}
        for k, ((piece, item), words) in enumerate(zip(raw[m.doc_id], seg_terms[m.doc_id])):
            vec = _weights(dict(Counter(words)), idf)
            status, _ = classify_status(piece.text, default="")
            built.append(_Segment(piece, bool(_FOLLOW_SECTION.search(head_text[id(item)])), vec, head_vecs[id(item)], bool(status)))
            for term, weight in vec.items():
                index.setdefault(term, []).append((k, weight))
        segs[m.doc_id], inverted[m.doc_id] = built, index
    weights = (heading_weight, section_bonus, owner_bonus, status_bonus)
    updates: dict[str, list[ActionUpdate]] = {}
    for i, meeting in enumerate(ordered):
        items = {it.number: heads[id(it)] for it in meeting.items}
        vecs = {
            a.id: _weights(_mix(terms(a.description, skip), items.get(a.source.item, []), context), idf)
            for a in meeting.actions
        }
        reported: set[str] = set()
        for gap, later in enumerate(ordered[i + 1 : i + 1 + lookahead], 1):
            pending = [a for a in meeting.actions if a.id not in reported]
            pairs = _score(pending, vecs, segs[later.doc_id], inverted[later.doc_id], weights)
            bar = threshold + gap_penalty * (gap - 1)
            used_seg: set[int] = set()
            for score, action, k in sorted(pairs, key=lambda p: -p[0]):
                if score < bar:
                    break
                if k in used_seg or action.id in reported:
                    continue
                used_seg.add(k)
                reported.add(action.id)
                updates.setdefault(action.id, []).append(_update(segs[later.doc_id][k].piece, later))
    for history in updates.values():
        history.sort(key=lambda u: (u.meeting_date or u.source.doc))
    return updates


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _score(
    actions: list[ActionItem],
    vecs: dict[str, dict[str, float]],
    segs: list[_Segment],
    index: dict[str, list[tuple[int, float]]],
    weights: tuple[float, float, float, float],
) -> list[tuple[float, ActionItem, int]]:
    heading_weight, section_bonus, owner_bonus, status_bonus = weights
    pairs = []
    status_segs = [k for k, seg in enumerate(segs) if seg.has_status]
    for action in actions:
        vec = vecs[action.id]
        acc: dict[int, float] = {}
        for term, weight in vec.items():  # only sentences sharing a term can score
            for k, sweight in index.get(term, ()):
                acc[k] = acc.get(k, 0.0) + weight * sweight
        owners = _owner_tokens(action)
        head_scores: dict[int, float] = {}
        if heading_weight:  # a sentence of an item on the action's topic may say nothing topical itself
            for k in status_segs:
                acc.setdefault(k, 0.0)
        for k, score in acc.items():
            seg = segs[k]
            key = id(seg.heading)
            if key not in head_scores:
                head_scores[key] = _dot(vec, seg.heading)
            score += heading_weight * head_scores[key]
            if seg.follow_section:
                score += section_bonus
            if seg.has_status:
                score += status_bonus
            if owners and any(o in seg.piece.text.lower() for o in owners):
                score += owner_bonus
            pairs.append((score, action, k))
    return pairs


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
