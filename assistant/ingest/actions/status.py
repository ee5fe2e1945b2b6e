"""Status words: open or closed, with the words that decided it. From a progress column or a
later report on the action (`classify_status`, `update_status`), and from an action's own words
when no progress column gives one (`sentence_status`): a task set at the meeting is open; a
report of what the owner did closes it unless it says it is still waiting."""

from __future__ import annotations

import re

from assistant.ingest.segments import Piece, sentences

from .grammar import REPORT_KINDS, Cue, Grammar
from .sentences import Candidate

_OPEN = re.compile(
    r"\b(?:ongoing|on-going|pursuing|in\s+progress|progressing|to\s+arrange|awaiting|awaits?|awaited|chas(?:e|es|ing)|pending|not\s+yet"
    r"|yet\s+to|outstanding|continu(?:e|es|ed|ing)|being|no\s+update|no\s+response|to\s+be|will|would|is\s+to|are\s+to"
    r"|needs?\s+to|planning\s+to|planned|due\s+to|deferred|in\s+hand|on\s+track|under\s+review|to\s+follow|tbc|still"
    r"|under\s+way|underway)\b",
    re.I,
)
_CLOSED = re.compile(
    r"\b(?:completed?|done|circulated|added|sent|submitted|published|had\s+been|has\s+been|have\s+been|approved\s+and\s+signed"
    r"|purchased|arrived|confirmed|resolved|installed|closed|no\s+further\s+action|superseded|discharged|withdrawn|delivered"
    r"|cleared|finished|actioned|sorted"
    r"|repaired|received|signed\s+off|agreed\s+and\s+signed|paid|ordered|forwarded|emailed\s+\w+\s+\w+\s+to\s+request|reported\s+by"
    r"|had\s+(?:purchased|circulated|written|contacted|reported|ordered|sent|emailed|forwarded|arranged|completed)|was\s+given)\b",
    re.I,
)


# a status word that opens a progress cell, before what it adds
_LEADING = re.compile(
    r"^\s*(?P<word>open|closed|completed?|done|ongoing|in\s+progress|outstanding|on\s+hold"
    r"|superseded|carried\s+forward|not\s+started|deferred|withdrawn|cleared|finished|sorted|not\s+yet|overdue)\b\s*(?:[–—:;,.-]|$)"
    r"|^\s*(?P<mark>[✔✓✖✗])",  # a tick or a cross before the words
    re.I,
)


# a status word as the progress text's last sentence: "… so cutting will be from one bank. Done."
_TRAILING = re.compile(
    r"(?:^|[.;]\s+)(?P<word>done|closed|completed?|ongoing|outstanding|open|on\s+hold|overdue|not\s+(?:yet\s+)?done"
    r"|still\s+open)\.?\s*$",
    re.I,
)


def classify_status(text: str | None, default: str = "unknown") -> tuple[str, str | None]:
    """('open'|'closed'|default, the words that decided it). Open cues win: 'circulated,
    awaiting comments' is still open."""
    if not text:
        return default, None
    lead = _LEADING.match(text) or _TRAILING.search(text)
    if lead and lead.groupdict().get("mark"):  # "✔ Yes – 410 followers", "✖ Not yet"
        return ("closed" if lead.group("mark") in "✔✓" else "open"), lead.group("mark")
    if lead:  # "Open – venue booked", "… from one bank only this year. Done.": a status word alone
        word = lead.group("word")
        return ("closed" if _CLOSED.fullmatch(word) else "open"), word
    open_match = _OPEN.search(text)
    if open_match:
        return "open", open_match.group(0)
    closed_match = _CLOSED.search(text)
    if closed_match:
        return "closed", closed_match.group(0)
    return default, None


# Verbs that, in the past tense, report talk or a new commitment rather than a deed.
_NOT_DONE = (
    r"agreed|asked|requested|wanted|needed|suggested|hoped|wished|expected|intended|planned"
    r"|offered|decided|queried|raised|noted|explained|mentioned|questioned|felt|thought"
    r"|believed|stated"
)
_IRREGULAR_PAST = (
    r"wrote|sent|took|undertook|held|made|gave|met|spoke|paid|bought|put|went|got|told|found"
    r"|brought|began|ran|saw|chose|drew|fed\s+back|set\s+up|did|won|built|cut|laid|fixed|came"
    r"|written|taken|undertaken|done|begun|seen|chosen|drawn|spoken|given|sold"
)
# "The Clerk wrote to all residents", "Royal Mail had replied", "the handyman replaced the
# slats", "the plan was shared", "- Resident informed the Clerk"
_DEED = re.compile(
    r"(?:^|[.;:–-]\s*|\b(?:[A-Z][\w'’-]*|he|she|they|it|who|which|this|these|members|councillors"
    r"|was|were|been|(?:[Tt]he|[Aa]n?|[Tt]heir|[Oo]ur)(?:\s+[\w'’-]+){1,2})\s+)"
    r"(?:(?:also|then|now|recently|already|duly|successfully)\s+)?(?:had\s+|has\s+|have\s+)?"
    rf"(?!(?:{_NOT_DONE})\b)(?P<verb>[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b"
)
_DECIDED = re.compile(
    r"^\s*(?:RESOLVED\b|That\s+\w.*\bbe\b)|\bproposed\b.*\bseconded\b|\ball\s+(?:were\s+)?in\s+favour\b",
    re.I | re.S,
)


def update_status(text: str) -> tuple[str, str | None]:
    """Status of an action as a later record reports on it. Status words decide first; failing
    them, a deed told in the past tense ("The Clerk wrote to residents") or a decision taken on
    the matter closes it; a mention with neither leaves it open."""
    status, evidence = classify_status(text, default="")
    if status:
        return status, evidence
    deed = _DEED.search(text)
    if deed:
        return "closed", deed.group("verb")
    decided = _DECIDED.search(text)
    if decided:
        return "closed", decided.group(0).strip()
    return "open", None


_REPORT_OPEN = re.compile(
    r"\b(?:awaiting|awaits?|awaited|no\s+(?:response|reply|update)|chas(?:e|es|ing)|pending|not\s+yet|yet\s+to|ongoing"
    r"|in\s+progress|progressing|continu(?:e|es|ed|ing)|still|investigating|looking\s+into|checking|pursuing|arranging"
    r"|organising|liaising|planning|(?:is|was|are|were)\s+due\s+to)\b",
    re.I,
)


def sentence_status(c: Candidate, grammar: Grammar) -> tuple[str, str | None]:
    """Status of an action with no progress text: a task set at the meeting ("agreed to",
    "RESOLVED that ... be purchased") is open whatever narrative words surround it ("... had
    been identified"); only a report of what the owner did ("The Clerk had emailed ...") can
    close it, and only by its own words."""
    trailing = _TRAILING.search(c.description)
    if trailing:  # "Stile: replaced on 21 May. Done.": its last sentence says how it stands
        return classify_status(trailing.group("word"))
    cue = _cue(grammar, c.extra.get("trigger"))
    text = c.description
    if cue is None:  # a table row: a task in any of its sentences makes it a task
        # the first sentence with a task cue, else the first with a report cue; within each,
        # the strongest cue
        found: list[tuple[bool, int, Cue, str]] = []
        for sent in sentences(Piece(None, 0, len(text), text)):
            rank, hit = next(
                ((r, q) for r, q in enumerate(grammar.triggers) if q.checked.search(sent.text)),
                (-1, None),
            )
            if hit is not None:
                found.append((hit.trigger.kind in REPORT_KINDS, rank, hit, sent.text))
        if found:
            _, _, cue, text = min(found, key=lambda f: (f[0], f[1], f[3]))
    if cue is None or cue.trigger.kind not in REPORT_KINDS:
        return "open", _trigger_words(text, cue)
    waiting = _REPORT_OPEN.search(text)
    if waiting or cue.trigger.kind == "progress":
        return "open", waiting.group(0) if waiting else _trigger_words(text, cue)
    return "closed", _trigger_words(text, cue)


def _cue(grammar: Grammar, name: str | None) -> Cue | None:
    return next((q for q in grammar.triggers if q.trigger.name == name), None)


def _trigger_words(text: str, cue: Cue | None) -> str | None:
    if cue is None:
        return None
    found = cue.checked.search(text)
    return re.sub(r"\s+", " ", found.group(0)).strip()[:80] if found else None


_COLOURS = {
    "blue": "b",
    "green": "g",
    "amber": "a",
    "red": "r",
    "b": "b",
    "g": "g",
    "a": "a",
    "r": "r",
}
# a RAG key as minutes print it: "Green: complete. Amber: in progress", "G = complete", "Blue – done"
_KEY_ENTRY = re.compile(
    r"\b(?P<c>Blue|Green|Amber|Red|[BGAR])\s*(?:[:=]|\s[–-])\s*(?P<meaning>[^.;,\t\n]+)"
)
_COLOUR_FIRST = re.compile(r"^\s*(?P<c>Blue|Green|Amber|Red|[BGAR])\b(?![\w'’])", re.I)


def is_rag_key(line: str) -> bool:
    """A line that defines two RAG colours or more: a key, not an action."""
    return len({e.group("c").lower()[0] for e in _KEY_ENTRY.finditer(line)}) >= 2


def rag_key(text: str) -> dict[str, str]:
    """The document's own key to its RAG colours, colour -> open or closed ("Green:
    complete" makes a Green row closed); only from a line that defines two colours or more,
    as a key does."""
    key: dict[str, str] = {}
    for line in text.splitlines():
        if not is_rag_key(line):
            continue
        for entry in _KEY_ENTRY.finditer(line):
            status, _ = classify_status(entry.group("meaning"), default="")
            if status:
                key.setdefault(_COLOURS[entry.group("c").lower()], status)
    return key


def keyed_status(progress: str, key: dict[str, str]) -> tuple[str, str] | None:
    """The status a progress cell's leading RAG colour has by the document's key."""
    first = _COLOUR_FIRST.match(progress)
    if not first or not key:
        return None
    colour = _COLOURS[first.group("c").lower()]
    if colour in key:
        return key[colour], f"{first.group('c')} (by the document's key)"
    return None
