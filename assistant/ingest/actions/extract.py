"""Action points from every common layout of UK minutes.

Layouts: action-log tables (Action / Lead / Progress columns, spilled cells), "Who" columns,
"ACTION:" lines, "X to do Y" / "X agreed to" sentences, "It was agreed to", "RESOLVED that",
"That X be approved" resolutions, requests ("asked the Clerk to"), bullets under "the following
actions were agreed", and matters-arising lines with an owner at the end of the line."""

from __future__ import annotations

import hashlib
import logging
import re

from assistant.ingest.agenda import item_of
from assistant.ingest.dates import first_date
from assistant.ingest.people import bare_name, resolve
from assistant.ingest.segments import Line, Piece, piece_span, sentences
from assistant.records import ActionItem, Document, Meeting
from assistant.text import STOP_WORDS, WORD

from .detector import detector, features
from .grammar import ALL, TASK_BOX, Grammar, build_grammar
from .owners import actor, known_owner, owners_of
from .sentences import ACTION_LIST, Candidate, clauses, take_sentence
from .status import (
    classify_status,
    is_rag_key,
    keyed_status,
    rag_key,
    sentence_status,
    update_status,
)
from .tables import (
    ROW_DATE,
    SUB_ITEM,
    Record,
    column_header,
    header_rows,
    labelled_records,
    progress_header,
    table_rows,
)

log = logging.getLogger(__name__)


KEEP_ALL = 0.0  # a threshold that keeps every candidate (to train the detector on them all)


def extract_actions(
    doc: Document,
    lines: list[Line],
    meeting: Meeting,
    threshold: float | None = None,
    observe: list[tuple[ActionItem, dict[str, float]]] | None = None,
) -> list[ActionItem]:
    """The meeting's actions. Each candidate the grammar and the tables find is scored by the
    detector (its probability becomes the action's confidence) and kept above `threshold`
    (the detector's own by default); `observe`, when given, receives every candidate with its
    cues."""
    people = meeting.people
    texts = {p.number: p.text for p in doc.pages}
    grammar = build_grammar(people, "\n".join(texts.values()), meeting.body)
    grammar.rag_key = rag_key("\n".join(texts.values()))
    table: dict[int, tuple[str | None, str | None, str | None]] = dict(table_rows(lines, people))
    by_column = header_rows(lines, people)  # a header that names the columns is read by them
    dues: dict[int, str] = {}
    for k, (task, owner, update, due) in by_column.items():
        table[k] = (task, owner, update)
        if due:
            dues[k] = due
    records = {r.task_line: r for r in labelled_records(lines)}
    fields = {k for r in records.values() for k in r.lines}  # the records' lines
    cands: list[Candidate] = []
    state: dict[str, str | None] = {"last_person": None}
    in_list = False
    item_lines: list[Line] = []
    current_item: str | None = None
    recommending = False  # in the numbered recommendations of a report
    reviewing = False  # in a run of entries that report on the earlier meeting's actions
    row_date = (
        meeting.date
    )  # an action log's "Date of Meeting" column: the meeting a row was raised at
    for i, line in enumerate(lines):
        if is_rag_key(line.text):
            continue  # "RAG key – Green: complete. Amber: in progress"
        item = item_of(meeting.items, line.page, line.start)
        number = item.number if item else None
        # a report's numbered recommendation, though its number reads as an item's
        asked = _recommended(line, texts, number) if recommending else None
        if number != current_item:
            current_item, item_lines, in_list, reviewing = number, [], False, False
            recommending = asked is not None
        if line.cells and ROW_DATE.fullmatch(line.cells[0].text):
            row_date = first_date(line.cells[0].text) or row_date
        if asked is not None:
            cands.append(asked)
            item_lines.append(line)
            continue
        # a report's "Recommendation(s):" heading opens its numbered asks of the body
        recommending = bool(_RECOMMENDATIONS.fullmatch(line.text)) or (
            recommending and bool(_BARE_NUMBER.fullmatch(line.text))
        )
        if i in fields:
            if i in records:
                cands.append(_record(records[i], line, texts, number))
            item_lines.append(line)
            continue
        row = table.get(i)
        if row is not None:
            desc, lead, progress = row
            spilled_owner = bool(
                lead and lead.startswith("/")
            )  # "/Sarah Blaylock" ends the row above's lead
            continued = desc is not None and desc[:1].islower() and not SUB_ITEM.match(desc)
            if desc is None or (spilled_owner or continued) and cands and cands[-1].from_table:
                if cands and (
                    cands[-1].from_table
                    or _right_below(cands[-1], line, texts)
                    or known_owner(lead, people)
                ):
                    _spill(cands, lead, progress)
                item_lines.append(line)
                continue
            cell = next(c for c in line.cells if c.text == desc)
            cand = Candidate([cell], desc, lead, progress, 0.95 if lead else 0.8, True, item=number)
            if i in dues:
                cand.extra["due"] = dues[i]
            if row_date and meeting.date and row_date < meeting.date:
                cand.raised = (
                    row_date  # re-listed from an earlier meeting: its progress is an update
                )
            cand.pieces = [
                Piece(line.page, cell.start, line.end, texts[line.page][cell.start : line.end])
            ]
            cands.append(cand)
            item_lines.append(line)
            continue
        before = len(cands)
        title = item.title if item else ""
        in_review = bool(_REVIEW_TITLE.search(title))
        # the sentences of an actions item's paragraph that report on them, unless the line is
        # one entry of the review
        tells = _ACTIONS_TITLE.search(title) is not None and len(line.filled) == 1
        tellings: list[Candidate] = []
        for cell in line.cells:
            if not cell.text:
                continue
            for sent in sentences(cell):
                found = len(cands)
                for part in clauses(sent, grammar):
                    take_sentence(part, grammar, in_list, number, item_lines, cands, texts, state)
                told = _review_sentence(sent, grammar, number) if tells else None
                if told is not None and len(cands) == found:
                    tellings.append(told)
                state_who = grammar.subject.match(sent.text)
                if state_who and not re.fullmatch(ALL, state_who.group("who")):
                    state["last_person"] = state_who.group("who")
                if ACTION_LIST.search(sent.text):
                    in_list = True
        entry = _review_entry(line, texts, grammar, number) if len(cands) == before else None
        if entry is not None and (reviewing or in_review):
            previous = meeting.referenced_dates.get("previous")
            if previous and meeting.date and previous < meeting.date:
                entry.raised = previous  # an earlier meeting's action, reported on
            cands.append(entry)
        else:
            cands.extend(tellings)
        # "The Board reviewed the action log:" or a progress table's header ("Item | Progress")
        # opens a run of entries, which ends with them
        reviewing = (
            bool(_REVIEW_LEAD.search(line.text))
            or progress_header([c.text for c in line.cells])
            or (reviewing and entry is not None)
        )
        item_lines.append(line)
    model = detector()
    cut = threshold if threshold is not None else (model.threshold if model else KEEP_ALL)
    actions: list[ActionItem] = []
    tables: list[bool] = []
    listed = [
        (p.source.page, p.source.start, p.source.end)
        for p in people
        if p.source and p.source.start is not None and p.source.end is not None
    ]
    for k, cand in enumerate(cands):
        first = cand.pieces[0]
        if any(pg == first.page and a <= first.start < b for pg, a, b in listed):
            continue  # an attendance table's row ("Equipment Officer (elected at the AGM)")
        action = _to_item(cand, k, doc, meeting, texts, grammar)
        if cand.extra.get("trigger") == "will_start" and not action.owners:
            continue  # "Work will start on 7 September": it tasks no one
        cues = features(cand, action.owners, people)
        if model is not None:
            action.confidence = round(model.probability(cues), 3)
        if observe is not None:
            observe.append((action, cues))
        if model is None or action.confidence >= cut:
            actions.append(action)
            tables.append(cand.from_table)
    return _restated_once(actions, tables)


# what has been done since the last meeting: "Progress since January", "The March minutes and
# progress", "Last meeting and what has happened since"
_SINCE_LAST = r"\bprogress\s+(?:since|from)\b|\band\s+progress$|\bhappened\s+since\b"
# an item that goes through the earlier meeting's actions: "Actions from last time", "Matters
# arising", "Minutes of the last meeting" where "the Board reviewed the action log"
_REVIEW_TITLE = re.compile(
    r"\bactions?\s+(?:from|of|since)\b|\band\s+actions\b|\bmatters\s+arising\b"
    r"|\bactions?\s+(?:log|checklist|tracker|register|list)\b"
    r"|\b(?:review\s+of|progress\s+on|update\s+on|outstanding)\s+(?:the\s+)?(?:\w+\s+)?actions\b"
    # "Update on earlier decisions", "Updates on earlier hearings": what became of them
    r"|\bupdates?\s+on\s+(?:the\s+)?(?:earlier|previous|past|outstanding)\s+\w+"
    rf"|{_SINCE_LAST}",
    re.I,
)
_REVIEW_LEAD = re.compile(
    r"\b(?:reviewed|went\s+through|progress\s+on|updates?\s+on)\s+(?:the\s+)?"
    r"(?:(?:open|outstanding|previous|earlier)\s+)?(?:action\s+log"
    r"|actions?(?:\s+(?:list|points|tracker))?)\b",
    re.I,
)
# "Survey questions – TB and SR drafted twelve questions", "• Boiler service: done 1 October",
# "a) PAT testing - done on 26 March", "b. Water vole survey: carried out on 8 May"
# "Topic – update", "(b) Topic: update", "- [x] Topic (owner) — update" (a ticked task list)
_ENTRY = re.compile(
    rf"^(?:\W{{0,3}}|\(?[a-z]{{1,3}}\)\s*|[a-z]\.\s+|{TASK_BOX}\s*)"
    r"(?P<label>[A-Z][^–—:.;!?]{2,80}?)\s*(?:\s[–—-]|:)\s+(?P<update>\S.{5,})$"
)


_OUTCOME_LABEL = re.compile(
    r"^(?:RESOLVED|Resolved|Agreed|AGREED|Noted|Approved|Decision|Actions?|ACTIONS?|Date\b|Page\b"
    r"|Present|Apologies|In\s+attendance|Contact)",
)
_ON_AGENDA = re.compile(r"\bon\s+(?:this|today'?s|the)\s+agenda\b", re.I)


def _record(
    record: Record, line: Line, texts: dict[int | None, str], number: str | None
) -> Candidate:
    """An action written as labelled lines ("Who: … / What: … / When: …")."""
    start = line.start + record.task_start
    piece = Piece(line.page, start, line.end, texts[line.page][start : line.end])
    cand = Candidate([piece], record.task, record.owner, record.progress, 0.95, True, item=number)
    if record.due:
        cand.extra["due"] = record.due
    return cand


# a report's recommendations heading: "Recommendations:", "## **RECOMMENDATION/S**"
_RECOMMENDATIONS = re.compile(r"\W*recommendations?(?:\s*/\s*s)?\W*", re.I)
_BARE_NUMBER = re.compile(r"\W*\(?(?:\d{1,2}|[a-z])[.)]?\W*")  # "3": an empty numbered row
# one numbered ask of a report's recommendations, addressed to the body that meets: "1 The
# Partnership Board consider the findings", "- 1) That the Committee notes the report"
_RECOMMENDED = re.compile(
    r"^\W*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?\s+)?(?:That\s+)?"
    r"(?P<who>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?:Board|Committee|Panel|Cabinet|Council|Executive|Forum|Group|Partnership|Members|Governors|Trustees))"
    r"\s+(?!(?:is|was|are|were|has|had|have|will|would|may)\b)[a-z]+(?<!ed)\b"
)


def _recommended(line: Line, texts: dict[int | None, str], number: str | None) -> Candidate | None:
    """A report's recommendation: the body it is put to is asked to do what it says, an open
    task of that body's until it meets."""
    cell = line.filled[-1] if line.filled else None
    found = _RECOMMENDED.match(cell.text) if cell else None
    if cell is None or found is None:
        return None
    piece = Piece(line.page, cell.start, line.end, texts[line.page][cell.start : line.end])
    cand = Candidate([piece], cell.text.strip(), found.group("who"), None, 0.8, item=number)
    cand.extra["trigger"] = "recommendation"
    cand.extra["kind"] = "direct"
    return cand


def _review_entry(
    line: Line, texts: dict[int | None, str], grammar: Grammar, number: str | None
) -> Candidate | None:
    """A line of an action review that names an earlier action and says where it stands: a
    "Topic – update" entry or bullet, or a two-column row (topic, update). The topic is the
    action as the review names it; the rest is its progress."""
    cells = [c.text for c in line.cells]
    if column_header(cells) or progress_header(cells):
        return None  # "Who | What | Done?", "Item | Progress": the table's header, not a row
    filled = [c for c in line.filled if not SUB_ITEM.fullmatch(c.text.strip())]
    while len(filled) > 2 and _REFERENCE_CELL.fullmatch(filled[0].text.strip()):
        filled = filled[1:]  # "JCC 33 | Chapel roof survey | Received …": the minute's number
    if len(filled) >= 2:
        label, update = filled[0].text.strip(), " ".join(c.text.strip() for c in filled[1:])
    else:
        found = _ENTRY.match(line.text.strip())
        if found is None:
            return None
        label, update = found.group("label").strip(), found.group("update").strip()
    if not label[:1].isupper() or len(label.split()) > 8 or len(update.split()) < 2:
        return None
    box = _TICK_BOX.match(line.text)  # "- [x] Topic — ...": the box says where it stands
    if _OUTCOME_LABEL.match(label) or not (
        update_status(update)[1] or _ON_AGENDA.search(update) or box
    ):
        return None  # a decision, a date, a heading: not a report on where an action stands
    piece = Piece(line.page, line.start, line.end, texts[line.page][line.start : line.end])
    cand = _report(piece, label, update, grammar, number, 0.6)
    if box:
        ticked = (box.group("box") or "").strip() or box.group("ballot") in ("☑", "☒")
        cand.extra["box"] = "closed" if ticked else "open"
    return cand


# "The letter to the MP was sent on 21 April", "Training took place on 10 June": a sentence of
# an action review that reports a deed or says where a matter stands
_TOLD_MIN_WORDS = 6
# an item on the earlier meeting's actions by name ("Actions from March", "Action log") or on
# what has been done since it ("Progress since May"), not "Matters arising", which also holds
# new business
_ACTIONS_TITLE = re.compile(
    r"\bactions?\s+(?:from|of|since|arising)\b|\bactions?\s+(?:log|tracker|register|list)\b"
    r"|\b(?:outstanding|previous|earlier|open)\s+actions\b"
    rf"|{_SINCE_LAST}",
    re.I,
)


# "All actions were agreed as complete or on track": the log summed up, no one action's report
_ALL_ACTIONS = re.compile(
    r"\b(?:all|the|other|remaining|both|outstanding)\s+(?:other\s+)?actions\b", re.I
)


def _review_sentence(sent: Piece, grammar: Grammar, number: str | None) -> Candidate | None:
    """A sentence of an item that goes through the earlier meeting's actions, which no cue took
    as a task, and which reports what was done or where the matter stands: an earlier action
    reported on, in the review's own words (status from them, owner the sentence's doer)."""
    text = sent.text.strip()
    if (
        len(text.split()) < _TOLD_MIN_WORDS
        or _OUTCOME_LABEL.match(text)
        or _ALL_ACTIONS.search(text)
    ):
        return None
    if classify_status(text, default="")[1] is None:
        return None
    return _report(sent, text, text, grammar, number, 0.55)


def _report(
    piece: Piece, label: str, update: str, grammar: Grammar, number: str | None, confidence: float
) -> Candidate:
    """A report on an earlier action: the action as the review names it, its progress, and as
    owner the attendees the update names as doing it ("TB and SR drafted…")."""
    doer = grammar.subject.match(update)
    owner = doer.group("who") if doer and not re.fullmatch(ALL, doer.group("who")) else None
    cand = Candidate(
        [piece], label, owner or actor(update, grammar), update, confidence, item=number
    )
    cand.extra["trigger"], cand.extra["kind"] = "review_entry", "progress"
    return cand


_TICK_BOX = re.compile(rf"^\s*{TASK_BOX}")
# a minute or action reference in a row's first cell: "JCC 33", "5/26", "TC.016", "A4", "12"
_REFERENCE_CELL = re.compile(r"[A-Z]{0,6}[\s.]?\d{1,4}(?:[/.]\d{1,4})?[a-z]?")


SAME_ACTION = 0.6  # share of the shorter record's content words two records of one action share
COVERS = 0.8  # share of a table row's content words a sentence holding all it says has


def _content(text: str) -> set[str]:
    return {w.lower()[:5] for w in WORD.findall(text) if w.lower() not in STOP_WORDS and len(w) > 2}


def _restated_once(items: list[ActionItem], from_table: list[bool]) -> list[ActionItem]:
    """An action the minutes state in their text and again in their own action table is one
    action, joined to the row it shares most words with. Where the sentence says all the row
    says and more, the sentence keeps its fuller wording and its citation, and the row gives
    what its columns add (a due date, progress and the status it sets, an owner the sentence
    left unnamed); otherwise (a sentence that says "she will …", a row carried from an
    earlier meeting, a second sentence on the same row) the row stands for them."""
    rows = {r: _content(a.description) for r, a in enumerate(items) if from_table[r]}
    out: dict[int, ActionItem] = {r: items[r] for r in rows}  # by position
    for k, item in enumerate(items):
        if from_table[k]:
            continue
        words = _content(item.description)
        matches = [
            (len(words & row) / max(1, min(len(words), len(row))), len(words & row), r)
            for r, row in rows.items()
            if len(row) >= 3
            and (
                not item.owners
                or not items[r].owners
                or _posts_only(item)
                or _surnames(item) & _surnames(items[r])
            )
        ]
        shared, count, r = max(matches, default=(0.0, 0, -1))
        if shared < SAME_ACTION:
            out[k] = item
        elif out[r] is items[r] and count / len(rows[r]) >= COVERS:
            out[r] = _joined(item, items[r])  # in the row's place
    return [out[k] for k in sorted(out)]


def _joined(sentence: ActionItem, row: ActionItem) -> ActionItem:
    """One action from its sentence and its table row (see `_restated_once`)."""
    if row.meeting_date != sentence.meeting_date:  # carried forward: the row's record
        return row
    update: dict[str, object] = {"confidence": max(sentence.confidence, row.confidence)}
    if not sentence.owners or (_posts_only(sentence) and row.owners):
        update |= {"owners": row.owners, "owner_refs": row.owner_refs, "unresolved": row.unresolved}
    if not sentence.due:
        update["due"] = row.due
    if row.progress:
        update |= {
            "progress": row.progress,
            "status": row.status,
            "status_evidence": row.status_evidence,
        }
    return sentence.model_copy(update=update)


def _posts_only(action: ActionItem) -> bool:
    """Owners that are posts no attendee was found to hold ("the Partnership Manager"): the
    sentence names the post, its table row may name the person."""
    return bool(action.owners) and all(re.match(r"(?:the|The)\s", o) for o in action.owners)


def _surnames(action: ActionItem) -> set[str]:
    """The surnames of an action's owners: the text's "Diane Foulds" and the table's "Mrs Diane
    Foulds (Clerk to Governors)" are one person."""
    names = (bare_name(re.sub(r"\s*\(.*$", "", owner)).lower().split() for owner in action.owners)
    return {words[-1] for words in names if words}


def _right_below(cand: Candidate, line: Line, texts: dict[int | None, str]) -> bool:
    """Whether a line comes straight after an action's sentence: its owner cell, not a cell of
    some later table (an applicant "Mr M Jones" four lines down)."""
    last = cand.pieces[-1]
    if last.page != line.page:
        return False
    between = texts[line.page][last.end : line.start].split("\n")[1:]  # after the action's line
    return not any(text.strip() for text in between)


def _spill(cands: list[Candidate], lead: str | None, progress: str | None) -> None:
    """A row that continues the previous one: a spilled owner cell or progress words."""
    if not cands:
        return
    prev = cands[-1]
    tail = prev.owner_ref.rsplit("/", 1)[-1].strip() if prev.owner_ref else ""
    first_name_only = bool(re.fullmatch(r"[A-Z][a-z]+", tail)) and "/" in (prev.owner_ref or "")
    if (
        lead
        and prev.owner_ref
        and (lead.startswith("/") or (re.fullmatch(r"[A-Z][a-z]+", lead) and first_name_only))
    ):
        prev.owner_ref = prev.owner_ref + (lead if lead.startswith("/") else " " + lead)
    elif lead and not prev.owner_ref:
        prev.owner_ref = lead


_PAGE_MARK = re.compile(
    r"\s*\bPage\s+\d+\s+of\s+\d+\b\s*"
)  # running page headers in flattened text
_DUE = re.compile(
    r"\b(?:by|before|until|in|for|at)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?\w+|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?(?:\s+meeting)?|next\s+(?:\w+\s+){0,4}(?:meeting|Board)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+agenda)",
    re.I,
)


# the numbering a description starts with: "4.9. ", "5 vi) ", "4.4.5xi) ", "ii) "
_ENUMERATOR = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)\s*(?:\(?(?:[ivx]{1,6}|[a-z])\)\s*)?"
    r"|^\d{0,3}\s*\(?(?:[ivx]{1,6}|[a-z])\)\s*"
    rf"|^{TASK_BOX}\s*"  # a task list's box: "[ ] BC to put ..."
)


def _description(text: str) -> str:
    flat = _PAGE_MARK.sub(" ", re.sub(r"\s+", " ", text)).strip()
    bare = _ENUMERATOR.sub("", flat)
    return bare if len(bare) >= 12 else flat


# "Electricity (Barry): Completed – fixed for two years", "Cyber review (GK) — done": a
# matters-arising entry names its owner in brackets after the topic
_TOPIC_OWNER = re.compile(
    r"^[\W\d]*[A-Z][^():\n]{1,60}?\s\((?P<who>(?:[A-Z][a-z]+|[A-Z]{2,4}[a-z]?)"
    r"(?:\s*(?:/|,|&|and)\s*(?:[A-Z][a-z]+|[A-Z]{2,4}[a-z]?))*)\)"
    r"\s*(?:\*\*)?\s*(?:[:–-]|$)"
)


def _topic_owner(text: str, meeting: Meeting) -> str | None:
    """The owner a "Topic (Name):" entry names, when every name is one attendee's."""
    found = _TOPIC_OWNER.match(text)
    if not found:
        return None
    names = [n for n in re.split(r"\s*(?:/|,|&|\band\b)\s*", found.group("who")) if n]
    if names and all(len(resolve(n, meeting.people)) == 1 for n in names):
        return found.group("who")
    return None


def _to_item(
    c: Candidate,
    k: int,
    doc: Document,
    meeting: Meeting,
    texts: dict[int | None, str],
    grammar: Grammar,
) -> ActionItem:
    piece = c.pieces[0]
    span = piece_span(doc.doc_id, doc.name, piece, c.item)
    quote = span.quote
    owner_ref = c.owner_ref or _topic_owner(c.description, meeting)
    owners, refs, unresolved = owners_of(owner_ref, meeting.people, grammar.groups)
    # a row or sentence that sets a task is open until its own words say otherwise
    keyed = keyed_status(c.progress or "", grammar.rag_key)
    status: str
    evidence: str | None
    if keyed:  # a RAG colour, read by the key the document prints
        status, evidence = keyed
    elif c.extra.get("trigger") == "review_entry":  # a report on an action: deeds close it
        status, evidence = update_status(c.progress or "")
        if "box" in c.extra and evidence is None:  # the words say nothing: the box does
            status, evidence = c.extra["box"], "[x]" if c.extra["box"] == "closed" else "[ ]"
    elif c.progress:
        status, evidence = classify_status(c.progress, default="open")
    else:
        status, evidence = sentence_status(c, grammar)
    printed_due = c.extra.get("due")
    due = _DUE.search(c.description)
    flat = re.sub(r"\s+", " ", quote)
    digest = hashlib.sha1(f"{doc.doc_id}|{piece.page}|{flat}".encode()).hexdigest()[:10]
    return ActionItem(
        id=f"{doc.doc_id[:12]}-{k:03d}-{digest}",
        description=_description(c.description),
        owners=owners,
        owner_refs=refs,
        unresolved=unresolved,
        status=status,
        status_evidence=evidence,
        progress=c.progress,
        due=printed_due or (due.group(0) if due else None),
        body=meeting.body,
        meeting_date=c.raised or meeting.date,
        source=span,
        confidence=c.confidence,
        reports_on_earlier=c.extra.get("trigger") == "review_entry",
    )
