"""Action points from every common layout of UK minutes.

Layouts: action-log tables (Action / Lead / Progress columns, spilled cells), "Who" columns,
"ACTION:" lines, "X to do Y" / "X agreed to" sentences, "It was agreed to", "RESOLVED that",
"That X be approved" resolutions, requests ("asked the Clerk to"), bullets under "the following
actions were agreed", and matters-arising lines with an owner at the end of the line."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .actions import classify_status
from .minutes import first_date, item_of
from .people import INITIALS_REF, bare_name, resolve
from .records import ActionItem, Document, Meeting, Person
from .segments import Line, Piece, piece_span, sentences

log = logging.getLogger(__name__)

_INI = r"[A-Z]{2,4}[a-z]?\b"
_TITLED = r"(?:Cllrs?\.?|Councillors?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|PCSO)\s+(?:[A-Z]\.\s*)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_ROLE = r"(?:[Tt]he\s+)?(?:Parish\s+|Town\s+|Locum\s+)?(?:Clerk|Chair(?:man|person)?|Vice[- ]Chair|Handyman|Treasurer|Secretary)"
_GROUP = (
    r"(?:[Tt]he\s+)?(?:(?!The\b)[A-Z][\w'’-]*\s+){0,4}(?:Council|Committee|Working\s+Group|Group|Board|Team|Panel|SMT|Partnership|Members"
    r"|Councillors|Officers?|Manager|Engineer|Executive)"
)
_ALL = r"(?:All|ALL|Everyone|Members)"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)"
# a capitalised name of one to three words ("Fay", "Laurence Jones", "Kit Hesketh-Harvey"): only
# attendees' names pass the check in _Checked
_NAME_GUESS = r"[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)*(?:[ -][A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)*){0,2}"
_ONE_SUBJECT = rf"(?:{_TITLED}|{_ROLE}|{_INI}|{_GROUP}|{_ALL}|{_NAME_GUESS})"
_SUBJ = rf"(?P<who>{_ONE_SUBJECT}(?:\s*(?:,|/|\band\b|&)\s*{_ONE_SUBJECT})*)"
_FORMAL_SUBJECT = re.compile(rf"{_TITLED}|{_ROLE}|{_INI}|{_GROUP}|{_ALL}")
_LIST_SEP = re.compile(r"\s*(?:,|/|\band\b|&)\s*")

_DANGLING = re.compile(r"\b(?:to be|be|to|then|and|the|of|for|with)$", re.I)
_OWNER_WORD = re.compile(
    r"^(?:All|ALL|Clerk|Chair|Chairman|Treasurer|Handyman|Secretary|[A-Z]{2,4}[a-z]?|Cllrs?\.?|Councillors?|Dr|Mr|Mrs|Ms)$"
)
_GROUPISH = re.compile(
    r"\b(?:Plan|Team|Group|Board|Committee|SMT|Panel|Council|Partnership|Officer|Manager)\b"
)
_NOT_OWNER = re.compile(
    r"^(?:Noted|Agreed|Approved|Resolved|Received|Accepted|Deferred|None|N/?A)\.?$", re.I
)  # outcome columns
_HEADER = re.compile(
    r"^(?:action(?:\s+point)?s?|lead|who|owner|by whom|responsible|progress(?:\s+update)?|status|update|minute/action|item(?:\s+no)?|date(?:\s+of\s+meeting)?|detail)$",
    re.I,
)
_MONTH_CELL = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{2,4})?$"
)  # "deferred to"
_SUB_ITEM = re.compile(
    r"^\(?(?:[ivx]{1,5}|[a-z])\)"
)  # "iv) Clerk to ...": a new entry, though lower case
_ROW_DATE = re.compile(r"\d{2}\.\d{2}\.\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}")
_SKIP_CELL = re.compile(r"^(?:Page\s+\d+|\d{2}\.\d{2}\.\d{2,4}|\d{1,3}\.?|[ivx]+\)|[a-z]\))$")


@dataclass
class Candidate:
    pieces: list[Piece]
    description: str
    owner_ref: str | None = None
    progress: str | None = None
    confidence: float = 0.8
    from_table: bool = False
    context_owner: str | None = None
    item: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    raised: dt.date | None = None  # the earlier meeting an action-log row was raised at


class _Checked:
    """A pattern compiled once for every document, whose `who` group must name a subject the
    document knows: titles, roles, initials and groups by their form, bare names ("Fay",
    "Laurence Jones") only when they are the document's attendees. A match whose subject fails
    is skipped and the search goes on, as if the names had been part of the pattern (compiling
    one pattern per attendee list cost seconds)."""

    def __init__(self, pattern: re.Pattern[str], known: frozenset[str]):
        self.pattern = pattern
        self.known = known
        self.needs = _needs(pattern)
        self.checked = (
            _SUBJ in pattern.pattern
        )  # other `who` groups (pronouns) are taken as they are

    def valid(self, who: str | None) -> bool:
        if not who or not self.checked:
            return True
        parts = [p for p in _LIST_SEP.split(who) if p]
        return all(p in self.known or _FORMAL_SUBJECT.fullmatch(p) for p in parts)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if any(need.search(text, pos) is None for need in self.needs):
            return None
        while True:
            found = self.pattern.search(text, pos)
            if found is None or self.valid(found.groupdict().get("who")):
                return found
            pos = found.start() + 1

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self.pattern.match(text, pos)
        return found if found is None or self.valid(found.groupdict().get("who")) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while pos <= len(text):
            found = self.search(text, pos)
            if found is None:
                return
            yield found
            pos = max(found.end(), found.start() + 1)


@dataclass
class Grammar:
    """A document's patterns: fixed ones, checked against its attendees' names."""

    subject: _Checked
    triggers: list[tuple[_Checked, float]]
    clause: _Checked
    presenter: _Checked
    partner: _Checked
    groups: dict[str, str]


def _grammar(people: list[Person], text: str) -> Grammar:
    known = _known_names(people)
    fixed = _fixed()
    return Grammar(
        subject=_Checked(fixed.subject, known),
        triggers=[(_Checked(p, known), conf) for p, conf in fixed.triggers],
        clause=_Checked(fixed.clause, known),
        presenter=_Checked(fixed.presenter, known),
        partner=_Checked(fixed.partner, known),
        groups=_acronyms(text),
    )


@lru_cache(maxsize=64)
def _needs(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The parts of a pattern around its subject, each a cheap necessary condition: a sentence
    without "agreed to" is not searched for "<subject> agreed to" (the subject alternation is
    slow to try at every position)."""
    out = []
    for part in pattern.pattern.split(_SUBJ):
        if not part.strip("^()?:|\\s*+"):
            continue
        try:
            out.append(re.compile(part, pattern.flags))
        except re.error:  # a fragment of a group that the subject splits: no shortcut
            return ()
    return tuple(out) if _SUBJ in pattern.pattern else ()


@dataclass(frozen=True)
class _Fixed:
    subject: re.Pattern[str]
    triggers: list[tuple[re.Pattern[str], float]]
    clause: re.Pattern[str]
    presenter: re.Pattern[str]
    partner: re.Pattern[str]


@lru_cache(maxsize=1)
def _fixed() -> _Fixed:
    subj = _SUBJ
    return _Fixed(
        subject=re.compile(subj),
        triggers=_triggers(subj),
        clause=re.compile(rf"(?:,\s*|;\s*|\s+and\s+)(?={subj}\s+(?:(?:has|had)\s+)?agreed\s+to\b)"),
        presenter=re.compile(
            rf"(?:^|\.\s+|>\s*|In addition\s+){subj}\s+(?:updated|reported|presented|explained|outlined|introduced)"
        ),
        partner=re.compile(rf"\bwith\s+{subj}\s+(?:to|on|in|before|regarding|about|for)\b"),
    )


def _acronyms(text: str) -> dict[str, str]:
    """ "NPWG" -> "Neighbourhood Plan Working Group" where the document spells the group out."""
    out: dict[str, str] = {}
    for match in _NAMED_BODY.finditer(text):
        name = re.sub(r"^(?:The|the|A|a|Our|our)\s+", "", match.group(1))
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        if len(words) >= 2:
            out.setdefault("".join(w[0] for w in words), name)
    return out


def _known_names(people: list[Person]) -> frozenset[str]:
    names = {bare_name(p.name) for p in people} | {
        bare_name(p.name).split()[0] for p in people if bare_name(p.name)
    }
    return frozenset(n for n in names if len(n) > 2)


def _triggers(subj: str) -> list[tuple[re.Pattern[str], float]]:
    """(pattern, confidence). Patterns with a `who` group name the owner."""
    verb = r"(?!be\b|have\b|like\b|not\b|also\s+be\b)[a-z]+"
    return [
        (re.compile(rf"^\s*ACTIONS?\s*[:\-–]\s*(?:{subj}\s+(?:to|will|would)\s+)?", re.I), 0.95),
        (
            re.compile(rf"{subj},?\s+(?:(?:has|had|have)\s+)?(?:kindly\s+|also\s+)?agreed\s+to\b"),
            0.9,
        ),
        (re.compile(rf"{subj}(?:,\s[^,]{{3,60}},)?\s+(?:is|are|was|were)\s+to\s+[a-z]+"), 0.85),
        (re.compile(rf"{subj}\s+(?:would|will|shall|should)\s+(?:{verb}|be\s+[a-z]+ing\b)"), 0.7),
        (re.compile(rf"(?:^|[•:;]\s*|\band\s+){subj}\s+to\s+(?!be\b)[a-z]+"), 0.85),
        (
            re.compile(
                rf"{subj}\s+(?:was|were|is|are)\s+(?:progressing|checking|chasing|pursuing|investigating|planning\s+to|due\s+to|looking\s+(?:to|into)|arranging|organising|liaising|continuing)\b"
            ),
            0.75,
        ),
        (
            re.compile(
                rf"{subj}\s+(?:continues?|continued)\s+to\s+(?:chase|monitor|pursue|seek)\b"
            ),
            0.75,
        ),
        (
            re.compile(
                rf"{subj}\s+(?:had\s+|has\s+)?(?:emailed|contacted|circulated|purchased|chased|written\s+to|wrote\s+to|ordered|forwarded|completed|asked\s+(?:him|her|them))\b"
            ),
            0.6,
        ),
        (
            re.compile(
                r"\b(?:was|were)\s+reported\s+by\s+the\b|\b(?:awaits?|awaited|awaiting)\s+(?:a\s+)?(?:response|finalisation|reply|a\s+GDPR)|\bis\s+yet\s+to\b|^\s*chased\b"
            ),
            0.55,
        ),
        (
            re.compile(
                rf"\b(?:asked|requested|instructed)\s+(?:that\s+)?(?:for\s+)?{subj}\s+(?:to\s+)?[a-z]+"
            ),
            0.75,
        ),
        (re.compile(rf"\bfor\s+{subj}\s+to\s+[a-z]+"), 0.8),
        (
            re.compile(
                r"\b[Ii]t\s+was\s+(?:unanimously\s+)?(?:agreed|resolved|decided)\s+(?:that\s+|to\s+|for\s+)|^\s*[Aa]greed\s+to\b|\b[Ii]t\s+agreed\s+to\b"
            ),
            0.75,
        ),
        (
            re.compile(
                r"\bRESOLVED\b.*\b(?:will|shall|should|be\s+(?:asked|instructed|requested|invited|sent|presented|circulated|submitted|forwarded|reported|brought))\b"
            ),
            0.7,
        ),
        (
            re.compile(
                r"^\s*(?:RESOLVED\s*[:\-–]?\s*)?That\s+.{3,}?\b(?:be\s+[a-z]+(?:ed|en|de)|be\s+made)\b|^\s*(?:RESOLVED\s*[:\-–]?\s*)?That\s+the\s+(?:\w+\s+){1,3}[a-z]+\s"
            ),
            0.7,
        ),
        (re.compile(r"\bproposed\s+(?:that\b|the\s+approval\b|removal\b|£)"), 0.6),
        (
            re.compile(
                r"\bshould\s+be\s+[a-z]+ed\b|\bneeded\s+to\s+be\s+[a-z]+ed\b|\bthere\s+was\s+a\s+need\s+to\b|\bit\s+is\s+hoped\s+that\b.*\bcan\s+be\b"
            ),
            0.5,
        ),
        (re.compile(r"\b(?:asked|requested)\s+that\b"), 0.6),
        (re.compile(r"\bsuggested\s+that\b.*\bshould\b"), 0.55),
        (
            re.compile(
                r"\b(?:will|would)\s+(?:need\s+to\s+be|be\s+(?:added|circulated|sent|held|shared|presented|brought|taken|published|arranged|redistributed|completed|discussed|reviewed|signed|drafted|updated|ratified|reported|written|organised|investigated|chased|followed))\b|\bneeds?\s+to\s+be\b|\bis\s+to\s+be\s+[a-z]+ed\b|\bto\s+be\s+completed\s+by\b"
            ),
            0.6,
        ),
        (re.compile(r"\b(?:will|would)\s+(?:start|take\s+place)\b"), 0.5),
        (
            re.compile(
                rf"{subj}\s+(?:commented|said|explained|noted|stated|reported)\b[^.;]*?\band\s+would\s+[a-z]+"
            ),
            0.65,
        ),
        (
            re.compile(
                rf"\b(?P<who>{_PRONOUN})\s+(?:would|will|agreed\s+to|are\s+(?:now\s+)?(?:planning|organising)|bring|continue)\b"
            ),
            0.6,
        ),
        (
            re.compile(
                r"\b(?:was|were)\s+due\s+to\b|\bwas\s+to\s+be\b|\bare\s+planning\s+to\b|\bthere\s+is\s+a\s+workshop\s+planned\b",
                re.I,
            ),
            0.55,
        ),
        (re.compile(r"\b(?:invited|welcomed)\s+them\s+to\s+contact\b"), 0.4),
    ]


_NOT_ACTION = re.compile(
    r"\b(?:agreed\s+to\s+(?:approve|accept\s+the\s+minutes|note)|were\s+correct|correct\s+record|confirmed\s+as\s+a\s+correct"
    r"|meeting\s+(?:closed|was\s+adjourned)|declared\s+an?\s+interest)\b"
    # the date of the next meeting is a fact of the calendar, not a task
    r"|\bnext\s+(?:[\w'’-]+\s+){0,4}?meetings?\b[^.;]*?\b(?:be\s+held|take\s+place|is\s+(?:on|scheduled|arranged))\b"
    r"|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b"
    # approving the record in hand (minutes, payments, statements) or appointing someone is done at the meeting
    r"|\bThat\s+the\s+(?:minutes|payments|(?:[\w-]+\s+){0,5}(?:accounts?|statement|register|report)\b)[^.;]*?\bbe\s+(?:approved|noted|accepted|adopted|received|ratified)\b"
    r"|\bbe\s+(?:approved|noted|ratified)\s+as\s+presented\b|\bbe\s+noted\b"
    r"|\bbe\s+(?:approved|appointed|co-opted|elected|confirmed)\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:signatory|member|representative|chair(?:man)?|vice[- ]chair)\b"
    # "it was agreed that this was a better approach": agreeing a view, not a task
    r"|\bagreed\s+that\s+(?:[\w'’-]+\s+){1,6}?(?:was|were|is|are|may|might|had|required|would\s+(?:be|facilitate))\b",
    re.I,
)
# "they would" is mostly an outside party's intention; conditionals and wishes are not tasks
# "There was general agreement that ...", "There were concerns that ...": the meeting's view; only a
# named owner ("There was agreement that the Clerk would ...") makes it a task
_DISCUSSION = re.compile(
    r"^\s*There\s+(?:was|were|is|are)\s+(?:\w+\s+){0,2}(?:agreement|consensus|discussion|support|concerns?|debate)\b",
    re.I,
)
_WEAK_PRONOUN = re.compile(
    r"^\s*(?:If|When|From|Any|Once|Should)\b|\b[Tt]hey\s+(?:would|will)\b"
    r"|\b(?:would|will)\s+(?:be\s+(?:in\s+favour|happy|open|pleased|able|unable|grateful|likely)|not\b|wish|welcome|like|hopefully|likely)"
)
_ACTION_LIST = re.compile(
    r"(?:following\s+actions?\s+(?:were|was)\s+agreed|it\s+was\s+agreed\s*[:•]?\s*$|^\s*actions?\s*:?\s*$|it\s+was\s+agreed\s*•)",
    re.I,
)


def _owner_cell(text: str, people: list[Person]) -> bool:
    """Whether a table cell reads as an owner: initials, names, roles, 'All', a group."""
    text = text.strip()
    if (
        not text
        or len(text.split()) > 7
        or text.endswith(".")
        or _NOT_OWNER.match(text)
        or _MONTH_CELL.match(text)
    ):
        return False
    if text.startswith("/"):
        return True
    parts = [p.strip() for p in re.split(r"/|,|\band\b|&", text) if p.strip()]
    for part in parts:
        toks = part.split()
        if _OWNER_WORD.match(toks[0]) or resolve(part, people) or _GROUPISH.search(part):
            continue
        if (
            all(t[:1].isupper() for t in toks)
            and 1 <= len(toks) <= 3
            and not re.search(r"\d", part)
        ):
            continue  # a printed name ("Sioban Simcock"), or the first half of a spilled one
        return False
    return True


def _table_rows(
    lines: list[Line], people: list[Person]
) -> dict[int, tuple[str | None, str | None, str | None]]:
    """line index -> (description, lead, progress) for rows of a table with an owner column."""
    rows: dict[int, tuple[str | None, str | None, str | None]] = {}
    header: list[str] | None = None
    for i, line in enumerate(lines):
        filled = [c.text for c in line.filled]
        if len(filled) >= 2 and sum(bool(_HEADER.match(c)) for c in filled) >= 2:
            header = [c.text for c in line.cells]
            continue
        if len(filled) < 2 and not (line.cells and not line.cells[0].text and filled):
            continue
        texts = [c.text for c in line.cells if c.text and not _SKIP_CELL.match(c.text)]
        if not texts:
            continue
        desc_idx = next(
            (k for k, t in enumerate(texts) if len(t.split()) >= 5 or t.endswith(".")), None
        )
        after = texts[desc_idx + 1 :] if desc_idx is not None else texts
        if not after:
            continue
        lead = after[0] if _owner_cell(after[0], people) else None
        has_progress_col = header is not None and any(
            re.match(r"progress|update|status", h, re.I) for h in header
        )
        progress = " ".join(after[1:]) if lead and len(after) > 1 else None
        if lead is None and has_progress_col and len(after) == 1 and desc_idx is not None:
            continue
        if lead is None and not progress:
            continue
        rows[i] = (
            texts[desc_idx] if desc_idx is not None else None,
            lead,
            progress if has_progress_col or progress else None,
        )
    return rows


def _owners(
    ref: str | None, people: list[Person], groups: dict[str, str] | None = None
) -> tuple[list[str], list[str], list[str]]:
    """(display owners, printed refs, unresolved initials)."""
    if not ref:
        return [], [], []
    ref = re.sub(r"\s+", " ", ref).strip(" .,;:")
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s*,\s*|\s+and\s+|\s*&\s*", ref) if p.strip()]
    # "Cllrs. D. Jenkins and A. Davies": the plural title applies to every name
    plural = re.match(r"^(Cllrs|Councillors)\.?\s+", ref)
    owners: list[str] = []
    unresolved: list[str] = []
    for part in parts:
        if plural and not part.startswith(plural.group(1)):
            part = "Cllr " + part
        part = re.sub(r"^(?:Cllrs|Councillors)\.?\s+", "Cllr ", part)
        found = resolve(part, people)
        role = re.sub(r"^(?:the|The)\s+", "", part)
        if re.fullmatch(_ROLE, part) or role.lower() in {"clerk", "chair", "chairman", "handyman"}:
            owners.append(role[:1].upper() + role[1:])
        elif len(found) == 1:
            owners.append(
                bare_name(found[0].name) if not found[0].name.startswith("Cllr") else found[0].name
            )
        elif groups and part in groups and not found:
            owners.append(groups[part])
        elif INITIALS_REF.match(part) and not found:
            owners.append(part)
            unresolved.append(part)
        else:
            owners.append("All" if part.upper() == "ALL" else part)
    return list(dict.fromkeys(owners)), [ref], unresolved


_GROUP_NAME = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,3}(?:Working\s+(?:Group|Party)|Steering\s+Group|Task\s+(?:Group|Force)|Sub-?[Cc]ommittee|Group|Committee|Panel|Board|Team))\b"
)


_NAMED_BODY = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){1,4}(?:Council|Group|Committee|Board|Trust|Authority|Agency|Partnership|Team|Panel|Party))\b"
)


def _context_group(item_lines: list[Line]) -> str | None:
    """The group a report in this item speaks for ("we will..."): the last group named in it."""
    for line in reversed(item_lines):
        found = [m.group(1) for m in _GROUP_NAME.finditer(line.text)]
        found = [
            re.sub(r"^(?:The|the|A|a|Our|our)\s+", "", g) for g in found if len(g.split()) >= 2
        ]
        if found:
            return max(found, key=lambda g: len(g.split()))
    return None


def extract_actions(doc: Document, lines: list[Line], meeting: Meeting) -> list[ActionItem]:
    people = meeting.people
    texts = {p.number: p.text for p in doc.pages}
    grammar = _grammar(people, "\n".join(texts.values()))
    table = _table_rows(lines, people)
    cands: list[Candidate] = []
    state: dict[str, str | None] = {"last_person": None}
    in_list = False
    item_lines: list[Line] = []
    current_item: str | None = None
    row_date = (
        meeting.date
    )  # an action log's "Date of Meeting" column: the meeting a row was raised at
    for i, line in enumerate(lines):
        item = item_of(meeting.items, line.page, line.start)
        number = item.number if item else None
        if number != current_item:
            current_item, item_lines, in_list = number, [], False
        if line.cells and _ROW_DATE.fullmatch(line.cells[0].text):
            row_date = first_date(line.cells[0].text) or row_date
        row = table.get(i)
        if row is not None:
            desc, lead, progress = row
            spilled_owner = bool(
                lead and lead.startswith("/")
            )  # "/Sarah Blaylock" ends the row above's lead
            continued = desc is not None and desc[:1].islower() and not _SUB_ITEM.match(desc)
            if desc is None or (spilled_owner or continued) and cands and cands[-1].from_table:
                _spill(cands, lead, progress)
                item_lines.append(line)
                continue
            cell = next(c for c in line.cells if c.text == desc)
            cand = Candidate([cell], desc, lead, progress, 0.95 if lead else 0.8, True, item=number)
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
        for cell in line.cells:
            if not cell.text:
                continue
            for sent in sentences(cell):
                for part in _clauses(sent, grammar):
                    _one(part, grammar, in_list, number, item_lines, cands, texts, state)
                state_who = grammar.subject.match(sent.text)
                if state_who and not re.fullmatch(_ALL, state_who.group("who")):
                    state["last_person"] = state_who.group("who")
                if _ACTION_LIST.search(sent.text):
                    in_list = True
        item_lines.append(line)
    return [_to_item(c, k, doc, meeting, texts, grammar) for k, c in enumerate(cands)]


def _clauses(sent: Piece, grammar: Grammar) -> list[Piece]:
    """Split "X agreed to A and the Clerk agreed to B" into one piece per acting subject."""
    if "agreed" not in sent.text:
        return [sent]
    # "Cllr A, Cllr B and Cllr C agreed to..." is one subject: cut only after a clause with a verb
    cuts = [
        m.end()
        for m in grammar.clause.finditer(sent.text)
        if m.start() > 10
        and re.search(r"\b(?:agreed|to|would|will|was|were)\b", sent.text[: m.start()])
    ]
    if not cuts:
        return [sent]
    out, begin = [], 0
    for cut in cuts + [len(sent.text)]:
        text = sent.text[begin:cut]
        stripped = text.rstrip(" ,;")
        stripped_and = re.sub(r"\s+and$", "", stripped)
        out.append(
            Piece(
                sent.page, sent.start + begin, sent.start + begin + len(stripped_and), stripped_and
            )
        )
        begin = cut
    return [p for p in out if p.text.strip()]


_FUTURE_PASSIVE = {18, 19, 22}  # trigger indices: "will be circulated", "will start", "was due to"
_COUNCIL_SUBJECT = re.compile(
    r"(?:^|\b(?:agreed|resolved|decided)\s+that\s+|RESOLVED\s*[:\-–]?\s*That\s+)(?:the\s+)?((?:Parish|Town|Community|District|County|City)\s+Council|Councillors)"
    r"\s+(?:agreed\s+that\s+it\b|(?!be\b|was\b|were\b|had\b|has\b|is\b)[a-z]+\b)",
    re.I,
)


def _one(
    sent: Piece,
    grammar: Grammar,
    in_list: bool,
    number: str | None,
    item_lines: list[Line],
    cands: list[Candidate],
    texts: dict[int | None, str],
    state: dict[str, str | None],
) -> None:
    cand = _sentence_action(sent, grammar.triggers, in_list, number)
    if cand is None:
        return
    if cand.owner_ref and re.fullmatch(_PRONOUN, cand.owner_ref):
        # "KA explained that she would...": the pronoun points back to this sentence's subject first
        own = grammar.subject.match(sent.text)
        if cand.owner_ref.lower() == "we":
            cand.owner_ref = _context_group(item_lines)
        elif own and not re.fullmatch(_ALL, own.group("who")):
            cand.owner_ref = own.group("who")
        else:
            cand.owner_ref = _named_before(sent.text, grammar) or state["last_person"]
    elif cand.owner_ref is None and (in_list or sent.text.startswith("To ")):
        cand.owner_ref = _context_group(item_lines)
    if cand.extra.get("request") and cand.owner_ref is None:
        cand.owner_ref = _presenter(item_lines, sent, grammar, texts)
    if cand.owner_ref is None and int(cand.extra.get("trigger", -1)) not in _COLLECTIVE:
        cand.owner_ref = _actor(sent.text, grammar)
    if cand.owner_ref is None:
        council = _COUNCIL_SUBJECT.search(sent.text)
        if council:
            cand.owner_ref = council.group(1)
        elif int(cand.extra.get("trigger", -1)) in _FUTURE_PASSIVE:
            # "X reported that ... Recruitment will start": the reporter, else a group's own report item
            cand.owner_ref = _presenter([], sent, grammar, texts) or (
                _context_group(item_lines[:1]) if item_lines else None
            )
    if not cand.from_table:
        partner = grammar.partner.search(sent.text)  # "agreed to visit the site with the Clerk"
        if partner and partner.group("who") not in (cand.owner_ref or ""):
            who = partner.group("who")
            cand.owner_ref = f"{cand.owner_ref}/{who}" if cand.owner_ref else who
    if _follows_on(cand, cands, sent, texts):
        return
    _add_context(cand, cands, sent, texts)
    cands.append(cand)


_SHORT_ACTION = 8  # words: "The Clerk agreed to action." leans on the sentence before it


def _follows_on(
    cand: Candidate, cands: list[Candidate], sent: Piece, texts: dict[int | None, str]
) -> bool:
    """A short sentence right after an action ("It was agreed to write to the owner. The Clerk
    agreed to do.") names who takes that action on: one action, not two."""
    if len(sent.text.split()) >= _SHORT_ACTION or not cands or cands[-1].from_table:
        return False
    prev = cands[-1]
    last = prev.pieces[-1]
    if (
        last.page != sent.page
        or last.end > sent.start
        or texts[sent.page][last.end : sent.start].strip(" \t\n,;")
    ):
        return False
    if cand.owner_ref and cand.owner_ref not in (prev.owner_ref or ""):
        prev.owner_ref = (
            cand.owner_ref if prev.owner_ref is None else f"{prev.owner_ref}/{cand.owner_ref}"
        )
    start = prev.pieces[0].start if prev.pieces[0].page == sent.page else last.start
    prev.pieces = [Piece(sent.page, start, sent.end, texts[sent.page][start : sent.end])]
    prev.description = f"{prev.description} {sent.text}"
    return True


_COLLECTIVE = {
    11,
    12,
    13,
    14,
}  # "It was agreed", RESOLVED, "That ... be", "proposed": the body acts
_TOPIC = re.compile(r"^[^–:.]{2,60}?\s[–-]\s*")  # "Village Gates – The Clerk was awaiting..."


def _actor(text: str, grammar: Grammar) -> str | None:
    """A named person acting in a status sentence: its subject after a topic label, or the agent
    of a passive ("reported by the Clerk")."""
    topic = _TOPIC.match(text)
    subject = grammar.subject.match(text[topic.end() :] if topic else text)
    if subject and _PERSONAL.match(subject.group("who")):
        return subject.group("who")
    agent = re.search(r"\bby\s+(?=\S)", text)
    if agent:
        found = grammar.subject.match(text, agent.end())
        if found and _PERSONAL.match(found.group("who")):
            return found.group("who")
    return None


_PERSONAL = re.compile(rf"^(?:{_TITLED}|{_ROLE}|{_INI})$")


def _named_before(text: str, grammar: Grammar) -> str | None:
    """ "Following a suggestion by Cllr Mann the Council agreed that she...": the last person named
    before the pronoun in the same sentence."""
    pronoun = re.search(rf"\b{_PRONOUN}\b", text)
    if not pronoun:
        return None
    found = [m.group("who") for m in grammar.subject.finditer(text[: pronoun.start()])]
    people = [w for w in found if _PERSONAL.match(w)]
    return people[-1] if people else None


def _presenter(
    item_lines: list[Line], sent: Piece, grammar: Grammar, texts: dict[int | None, str]
) -> str | None:
    """Who a request is addressed to: the last other person who spoke in this item, nearest
    first (earlier in the same paragraph, then the lines before it)."""
    requester = grammar.subject.match(sent.text)
    page = texts[sent.page]
    before = page[page.rfind("\n", 0, sent.start) + 1 : sent.start]
    for text in [before] + [line.text for line in reversed(item_lines[-6:])]:
        found = [m.group("who") for m in grammar.presenter.finditer(text)]
        found = [w for w in found if not requester or w != requester.group("who")]
        if found:
            return found[-1]
    return None


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


def _sentence_action(
    sent: Piece, triggers: list[tuple[_Checked, float]], in_list: bool, number: str | None
) -> Candidate | None:
    text = sent.text
    if len(text) < 12 or _NOT_ACTION.search(text):
        return None
    for k, (pattern, conf) in enumerate(triggers):
        m = pattern.search(text)
        if not m:
            continue
        who = m.groupdict().get("who")
        if not pattern.valid(who):  # an optional subject ("ACTION: ...") that names nobody known
            who = None
        if who and re.fullmatch(_PRONOUN, who) and _WEAK_PRONOUN.search(text):
            continue
        if who is None and k >= _PASSIVE_FROM and _DISCUSSION.search(text):
            return None
        cand = Candidate([sent], text, who, None, conf, item=number)
        cand.extra["trigger"] = str(k)
        if k == 0 and who is None:
            inner = re.search(r"\b([A-Z][a-z]+|[A-Z]{2,4}[a-z]?)\s+to\s+[a-z]+", text)
            cand.owner_ref = inner.group(1) if inner else None
        if re.search(r"\b(?:asked|requested)\s+that\b", m.group(0)) and who is None:
            cand.extra["request"] = "1"
        if re.search(r"\bsuggested\s+that\b", m.group(0)):
            lead = re.match(
                r"^\s*((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:pointed|suggested|said|noted)",
                text,
            )
            cand.owner_ref = lead.group(1) if lead else None
        if who is None and k >= 9 and cand.owner_ref is None:
            lead = re.match(
                r"^\s*((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+|[A-Z][\w'’-]+ [A-Z][\w'’-]+),\s", text
            )
            subject = re.search(
                r"(?:^\s*|:\s*)((?:[A-Z][\w'’-]*\s+){0,3}(?:SMT|Team|Group|Board|Committee))\s+(?:had|has|have|will|would)\b",
                text,
            )
            # "Fay Quinlan pointed out that ... should be joined up": the one who raised it
            speaker = re.match(
                r"^\s*((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:pointed\s+out|suggested|recommended)\b",
                text,
            )
            raised = (
                speaker.group(1)
                if speaker and k >= 15 and pattern.valid(speaker.group(1))
                else None
            )
            cand.owner_ref = (
                (subject.group(1) if subject else None)
                or (lead.group(1) if lead and k >= 15 else None)
                or raised
            )
        return cand
    if in_list and re.match(r"^\s*(?:To\s+[a-z]+|[A-Z][a-z]+.*\bto\s+be\s+[a-z]+ed\b)", text):
        return Candidate([sent], text, None, None, 0.7, item=number)
    return None


def _add_context(
    cand: Candidate, cands: list[Candidate], sent: Piece, texts: dict[int | None, str]
) -> None:
    """A short action ("The Clerk agreed to investigate.") leans on the sentence before it."""
    if len(sent.text.split()) >= 8:
        return
    text = texts[sent.page]
    before = text[max(0, sent.start - 400) : sent.start]
    m = re.search(r"(?:^|[.!?\n]\s+(?:[-•]\s+)?)([A-Z][^.!?\n]*[.!?]?\s*)$", before)
    if not m:
        return
    start = sent.start - len(m.group(1))
    if cands and cands[-1].pieces[-1].page == sent.page and cands[-1].pieces[-1].end > start:
        return
    cand.pieces = [Piece(sent.page, start, sent.end, text[start : sent.end])]
    cand.description = text[start : sent.end]


_PASSIVE_FROM = (
    15  # trigger indices from here on name no actor: "should be done", "will be circulated"
)
_REPORT = {
    5,
    6,
    7,
    8,
}  # trigger indices: "was chasing", "continues to chase", "had emailed", "awaiting"
_REPORT_OPEN = re.compile(
    r"\b(?:awaiting|awaits?|awaited|no\s+(?:response|reply|update)|chas(?:e|es|ing)|pending|not\s+yet|yet\s+to|ongoing"
    r"|in\s+progress|progressing|continu(?:e|es|ed|ing)|still|investigating|looking\s+into|checking|pursuing|arranging"
    r"|organising|liaising|planning|(?:is|was|are|were)\s+due\s+to)\b",
    re.I,
)


def _sentence_status(c: Candidate, grammar: Grammar) -> tuple[str, str | None]:
    """Status of an action with no progress text: a task set at the meeting ("agreed to",
    "RESOLVED that ... be purchased") is open whatever narrative words surround it ("... had
    been identified"); only a report of what the owner did ("The Clerk had emailed ...") can
    close it, and only by its own words."""
    k = int(c.extra.get("trigger", -1))
    text = c.description
    if k < 0:  # a table row: a task in any of its sentences makes it a task
        kinds = []
        for sent in sentences(Piece(None, 0, len(text), text)):
            found = next(
                (n for n, (pattern, _) in enumerate(grammar.triggers) if pattern.search(sent.text)),
                -1,
            )
            if found >= 0:
                kinds.append((found in _REPORT, found, sent.text))
        if kinds:
            _, k, text = min(kinds)
    if k not in _REPORT:
        return "open", _trigger_words(text, grammar, k)
    waiting = _REPORT_OPEN.search(text)
    if waiting or k in (5, 6):
        return "open", waiting.group(0) if waiting else _trigger_words(text, grammar, k)
    return "closed", _trigger_words(text, grammar, k)


def _trigger_words(text: str, grammar: Grammar, k: int) -> str | None:
    if k < 0:
        return None
    found = grammar.triggers[k][0].search(text)
    return re.sub(r"\s+", " ", found.group(0)).strip()[:80] if found else None


_PAGE_MARK = re.compile(
    r"\s*\bPage\s+\d+\s+of\s+\d+\b\s*"
)  # running page headers in flattened text
_DUE = re.compile(
    r"\b(?:by|before|until|in|for|at)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?\w+|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?(?:\s+meeting)?|next\s+(?:\w+\s+){0,4}(?:meeting|Board)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+agenda)",
    re.I,
)


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
    owners, refs, unresolved = _owners(c.owner_ref, meeting.people, grammar.groups)
    status, evidence = classify_status(c.progress) if c.progress else _sentence_status(c, grammar)
    due = _DUE.search(c.description)
    flat = re.sub(r"\s+", " ", quote)
    digest = hashlib.sha1(f"{doc.doc_id}|{piece.page}|{flat}".encode()).hexdigest()[:10]
    return ActionItem(
        id=f"{doc.doc_id[:12]}-{k:03d}-{digest}",
        description=_PAGE_MARK.sub(" ", re.sub(r"\s+", " ", c.description)).strip(),
        owners=owners,
        owner_refs=refs,
        unresolved=unresolved,
        status=status,
        status_evidence=evidence,
        progress=c.progress,
        due=due.group(0) if due else None,
        body=meeting.body,
        meeting_date=c.raised or meeting.date,
        source=span,
        confidence=c.confidence,
    )
