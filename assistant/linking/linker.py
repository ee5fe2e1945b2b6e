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
only see actions the nearer ones did not report on. A link that scores below `Weights.confident`
is tentative: kept in the history for the reader, but it does not set the action's status
(on the development gold a third of weak links are right, against half of the others).
Per-document preparation: linkdocs.py; units: linkunits.py; words and names: linkterms.py."""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.ingest.actions.status import update_status
from assistant.ingest.segments import Piece, piece_span
from assistant.records import ActionItem, ActionUpdate, Meeting

from .prepare import carried, prepared

log = logging.getLogger(__name__)

_TOPICAL = 0.5  # title idf: a word in at most ~60% of the meetings' titles


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
    restated: float = 0.9  # an action this close to a recent one (same owners) re-lists it
    restated_words: int = 5  # content words an action needs before it can count as re-listed


@dataclass
class Links:
    """Updates per earlier action id, oldest first, and the ids of log rows folded into them."""

    updates: dict[str, list[ActionUpdate]] = field(default_factory=dict)
    merged: set[str] = field(default_factory=set)
    into: dict[str, str] = field(default_factory=dict)  # a folded record -> the action it updates


class BodyLinker:
    """Scores (earlier action, later unit) pairs among the meetings of one body."""

    def __init__(self, meetings: list[Meeting], weights: Weights | None = None):
        self.w = weights or Weights()
        self.meetings = sorted((m for m in meetings if m.date), key=lambda m: m.date)  # type: ignore[arg-type,return-value]
        self.by_id = {a.id: a for m in self.meetings for a in m.actions}
        self.docs = [prepared(m) for m in self.meetings]
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
            done, named = self._fold_carried(j, links)
            reported |= done
            # a folded row that names its owner is the meeting's report on that action; one
            # that names nobody ("Boiler service – done") leaves room for the item that reports
            self._link_units(j, links, reported, named)
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
            for action in self.meetings[i].actions:
                # A record folded into an earlier action stands for that action, in its latest
                # wording: what meeting j says of it updates the action it was folded into.
                target = links.into.get(action.id, action.id)
                if target in skip:  # a row of meeting j already reported on it
                    continue
                if gap > 1 and target in reported:  # the nearer meetings reported on it
                    continue
                for k, score in self.scores(i, action, j).items():
                    pairs.append((score - w.gap_penalty * (gap - 1), target, k))
        used: set[int] = set()
        taken: set[str] = set()
        for score, target, k in sorted(pairs, key=lambda p: -p[0]):
            if score < w.threshold:
                break
            if k in used or target in taken:
                continue
            used.add(k)
            taken.add(target)
            update = _update(self.docs[j].units[k].piece, self.meetings[j])
            update.tentative = score < w.confident
            links.updates.setdefault(target, []).append(update)
        reported |= taken

    def _fold_carried(self, j: int, links: Links) -> tuple[set[str], set[str]]:
        """Records of meeting j that re-list an earlier action become updates of it, not actions
        of their own: log rows dated at an earlier meeting (owners weigh heavily), and actions
        restated almost word for word from a recent meeting ("The identification of common land
        was still ongoing.", re-listed under matters arising each month). Best fit first, one
        record to one action; a restatement of a restatement goes to the first record. Returns
        the actions folded into, and those of them whose record named an owner."""
        later = self.meetings[j]
        pairs = [*self._carried_pairs(j), *self._restated_pairs(j, links)]
        done: set[str] = set()
        named: set[str] = set()
        for _score, row, earlier in sorted(pairs, key=lambda p: -p[0]):
            # a record already folded into an earlier action stands for that action
            action = self.by_id.get(links.into.get(earlier.id, earlier.id), earlier)
            if row.id in links.merged or action.id in done:
                continue
            links.merged.add(row.id)
            links.into[row.id] = action.id
            done.add(action.id)
            if row.owners:
                named.add(action.id)
            span = row.source
            status = row.status if row.status != "unknown" else "open"
            update = ActionUpdate(
                status=status,
                text=re.sub(r"\s+", " ", span.quote),
                meeting_date=later.date,
                source=span,
            )
            links.updates.setdefault(action.id, []).append(update)
        return done, named

    def _carried_pairs(self, j: int) -> list[tuple[float, ActionItem, ActionItem]]:
        later = self.meetings[j]
        by_date = {m.date: i for i, m in enumerate(self.meetings[:j])}
        pairs = []
        for row in (a for a in later.actions if carried(a, later) or a.reports_on_earlier):
            i = by_date.get(row.meeting_date)
            if i is None and not row.reports_on_earlier:
                continue
            # a review line that names no earlier meeting reports on the nearest ones
            earlier = [i] if i is not None else range(max(0, j - self.w.lookahead), j)
            row_vec = self.action_vector(j, row)
            row_owners = self.docs[j].actions[row.id].owners
            for k in earlier:
                for action in self.meetings[k].actions:
                    if carried(action, self.meetings[k]):
                        continue
                    owners = self.docs[k].actions[action.id].owners
                    score = _dot(self.action_vector(k, action), row_vec)
                    if owners and row_owners:
                        score += self.w.carried_owner * (1 if owners & row_owners else -1)
                    # a row that names nobody ("Boiler service – done") must fit by its words
                    if score >= (self.w.carried_threshold if row_owners else self.w.threshold):
                        pairs.append((score, row, action))
        return pairs

    def _restated_pairs(self, j: int, links: Links) -> list[tuple[float, ActionItem, ActionItem]]:
        later = self.meetings[j]
        pairs = []
        for row in later.actions:
            info = self.docs[j].actions[row.id]
            if carried(row, later) or len(set(info.words)) < self.w.restated_words:
                continue  # a short generic action ("add to the next agenda") restates nothing
            row_vec = self.action_vector(j, row)
            for i in range(max(0, j - self.w.lookahead), j):
                for action in self.meetings[i].actions:
                    owners = self.docs[i].actions[action.id].owners
                    if owners != info.owners:
                        continue
                    score = _dot(self.action_vector(i, action), row_vec)
                    if score < self.w.restated:
                        continue
                    # a restatement of a restatement goes to the first record
                    first = links.into.get(action.id)
                    pairs.append((score, row, self.by_id[first] if first else action))
        return pairs


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
