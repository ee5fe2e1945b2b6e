"""Actions written as sentences: "X to do Y", "X agreed to", "It was agreed to", "RESOLVED that",
requests, bullets under "the following actions were agreed", and the owner each one implies."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.ingest.segments import Line, Piece

from .grammar import ALL, MARKER_LEAD, PRONOUN, TRANSLATED, Cue, Grammar
from .owners import COUNCIL_SUBJECT, actor, addressee, context_group, named_before


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


_NOT_ACTION = re.compile(
    r"\b(?:agreed\s+to\s+(?:approve|accept\s+the\s+minutes|note)|were\s+correct|correct\s+record|confirmed\s+as\s+a\s+correct"
    r"|meeting\s+(?:closed|was\s+adjourned)|declared\s+an?\s+interest)\b"
    # asking the meeting itself to approve or note: decided there and then, nobody's task
    r"|\basked\s+(?:the\s+)?(?:Committee|Board|Council|Members|Panel|meeting)\s+to\s+(?:approve|note|agree|endorse|consider|comment\s+on)\b"
    # the date of the next meeting is a fact of the calendar, not a task
    r"|\bnext\s+(?:[\w'’-]+\s+){0,4}?meetings?\b[^.;]*?\b(?:be\s+held|take\s+place|is\s+(?:on|scheduled|arranged))\b"
    r"|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b"
    # approving the record in hand (minutes, payments, statements) or appointing someone is done at the meeting
    r"|\bThat\s+the\s+(?:minutes|payments|(?:[\w-]+\s+){0,5}(?:accounts?|statement|register|report)\b)[^.;]*?\bbe\s+(?:approved|noted|accepted|adopted|received|ratified)\b"
    r"|\bbe\s+(?:approved|noted|ratified)\s+as\s+presented\b|\bbe\s+noted\b"
    r"|\bbe\s+(?:approved|appointed|co-opted|elected|confirmed)\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:signatory|member|representative|chair(?:man)?|vice[- ]chair)\b"
    # "it was agreed that this was a better approach": agreeing a view, not a task
    r"|\bagreed\s+that\s+(?:[\w'’-]+\s+){1,6}?(?:was|were|is|are|may|might|had|required|would\s+(?:be|facilitate))\b"
    # a list of who attended: "In attendance: Jo Reed, Clerk to the Authority; ..."
    r"|^\W*(?:present|in\s+attendance|also\s+(?:present|in\s+attendance)|attendees|attending"
    r"|apologies(?:\s+for\s+absence)?|members(?:\s+present)?|officers|absent)\b[^:.;]{0,20}:"
    # a label naming who holds a post: "Clerk to the Corporation: Lorraine Hesketh"
    r"|^\W*(?:the\s+)?(?:\w[\w'’-]*\s+){0,2}(?:clerk|secretary|treasurer|chair(?:man|person)?|minute[- ]taker"
    r"|officer)\b[^.:;]{0,40}:\W*(?:(?:mr|mrs|ms|dr|cllr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3}\W*$",
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
ACTION_LIST = re.compile(
    r"(?:following\s+actions?\s+(?:were|was)\s+agreed|it\s+was\s+agreed\s*[:•]?\s*$|^\s*actions?\s*:?\s*$|it\s+was\s+agreed\s*•)",
    re.I,
)


# the lettered parts of a resolution: "(a) that the report be noted; (b) ...; and (c) that the
# Head of Pensions report the costs": each part decides or tasks on its own
_LETTERED_PART = re.compile(r"[;,]\s*(?:and\s+)?(?=\([a-z]{1,3}\)\s)")


def clauses(sent: Piece, grammar: Grammar) -> list[Piece]:
    """Split "X agreed to A and the Clerk agreed to B" into one piece per acting subject, and a
    resolution into its lettered parts."""
    if _LETTERED_PART.search(sent.text):
        out, begin = [], 0
        for cut in [m.end() for m in _LETTERED_PART.finditer(sent.text)] + [len(sent.text)]:
            text = sent.text[begin:cut]
            part = re.sub(r"[\s;,]+(?:and)?\s*$", "", text)
            out.append(Piece(sent.page, sent.start + begin, sent.start + begin + len(part), part))
            begin = cut
        return [p for q in out if q.text.strip() for p in clauses(q, grammar)]
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


def take_sentence(
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
    if cand.owner_ref and re.fullmatch(PRONOUN, cand.owner_ref):
        # "KA explained that she would...": the pronoun points back to this sentence's subject first
        own = grammar.subject.match(sent.text)
        if cand.owner_ref.lower() in ("we", "they"):
            # a group speaks as "we"; "they" is never one person (nor guessed to be)
            cand.owner_ref = context_group(item_lines)
        elif own and not re.fullmatch(ALL, own.group("who")):
            cand.owner_ref = own.group("who")
        else:
            cand.owner_ref = named_before(sent.text, grammar) or state["last_person"]
    elif cand.owner_ref is None and (in_list or sent.text.startswith("To ")):
        cand.owner_ref = context_group(item_lines)
    if cand.extra.get("request") and cand.owner_ref is None:
        cand.owner_ref = addressee(item_lines, sent, grammar, texts)
    if cand.owner_ref is None and cand.extra.get("kind") == "future-passive":
        cand.owner_ref = _explainer(sent.text, grammar)
    if cand.owner_ref is None and cand.extra.get("kind") != "collective":
        cand.owner_ref = actor(sent.text, grammar)
    if cand.owner_ref is None:
        council = COUNCIL_SUBJECT.search(sent.text)
        if council:
            cand.owner_ref = council.group(1)
        elif cand.extra.get("kind") == "future-passive":
            # "X reported that ... Recruitment will start": the reporter, else a group's own report item
            cand.owner_ref = addressee([], sent, grammar, texts) or (
                context_group(item_lines[:1]) if item_lines else None
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


_EXPLAINED = re.compile(r"\s+(?:explained|said|confirmed|advised|stated)\s+that\b")


def _explainer(text: str, grammar: Grammar) -> str | None:
    """ "AW asked for the toolkits and TF explained that they will be added to the web": the one
    who said what will be done, the last such speaker before it."""
    who = None
    for said in _EXPLAINED.finditer(text):
        lead = text[max(0, said.start() - 60) : said.start()]
        for start in range(len(lead)):
            if start and lead[start - 1].isalnum():
                continue
            m = grammar.subject.match(lead, start)
            if m and m.end() == len(lead):
                who = m.group("who")
                break
    return who


# a marker line that states a task, not only who takes the one before ("Action: Nadia")
_OWN_TASK = re.compile(r"\b(?:to|will|shall|should|must)\s+(?!be\b)[a-z]{2,}")


def _own_task(marker: str, before: str | None) -> bool:
    """Whether an action marker states a task ("ACTION: the Clerk to order signs", "ACTION: MF –
    spring newsletter" after someone else's action), not only who takes the one before it
    ("ACTION: MTJ / Clerk") or that action's label under its owner ("ACTION: KR – hearing loop"
    after "KR said she would ask …")."""
    if _OWN_TASK.search(marker):
        return True
    named = _MARKER_OWNERS.match(marker)
    if named is None or len(marker[named.end() :].split()) < 2:
        return False
    owners = {o.lower() for o in re.split(r"\s*(?:/|,|&|\band\b)\s*", named.group(1)) if o}
    return not owners <= set(re.findall(r"\w+", (before or "").lower()))


_SHORT_ACTION = 8  # words: "The Clerk agreed to action." leans on the sentence before it


def _follows_on(
    cand: Candidate, cands: list[Candidate], sent: Piece, texts: dict[int | None, str]
) -> bool:
    """A short sentence right after an action ("It was agreed to write to the owner. The Clerk
    agreed to do.") names who takes that action on: one action, not two."""
    if len(sent.text.split()) >= _SHORT_ACTION or not cands or cands[-1].from_table:
        return False
    prev = cands[-1]
    if cand.extra.get("kind") == "marker" and _own_task(sent.text, prev.owner_ref):
        return False  # "ACTION: The Clerk to order signs." is an action of its own, however short
    last = prev.pieces[-1]
    if (
        last.page != sent.page
        or last.end > sent.start
        or texts[sent.page][last.end : sent.start].strip(" \t\n,;*_")
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


_REPORTED = re.compile(r"\b(?:advised|reported|said|explained|stated|informed\s+\w+)\s+that\b")
_MARKER_OWNER = r"(?:[A-Z]{2,4}[a-z]?|Clerk|Chair|Treasurer|Secretary|All)"
# an action marker that names its owners first: "ACTION: MF – spring newsletter"
_MARKER_OWNERS = re.compile(
    rf"{MARKER_LEAD}({_MARKER_OWNER}(?:\s*(?:/|,|&|and)\s*{_MARKER_OWNER})*)"
    r"\s*(?:[–-]\s|\.?\s*$)",
    re.I,
)
# a marker labelled in two languages names a post in both: the second is the one the
# attendance list gives
_BILINGUAL = re.compile(rf"^\s*{TRANSLATED}ACTIONS?\b", re.I)
_TRANSLATED = re.compile(
    r"\b[^\W\d_]*[a-z][^\W\d_]*\s*/\s*(?=(?:Clerk|Chair|Treasurer|Secretary)\b)"
)
# what a cue lands on that sets nobody a task: a change of role ("NR will become the link
# governor", "she will step down as Chair", "has agreed to act as interim Treasurer", "agreed
# to continue as Secretary", "has agreed to be nominated")
_NEXT_VERB = re.compile(
    r"\b(?:will|would|shall|should|to)\s+(?:now\s+|also\s+|then\s+)?(\w+)", re.I
)
_ROLE_CHANGE = re.compile(
    r"(?:become|join|leave|step\s+down|stand\s+down|remain|retire|resign|act\s+(?:up\s+)?as"
    r"|take\s+up\s+(?:the\s+|a\s+)?(?:post|role|position)|continue\s+as|stand\s+(?:again|for)"
    r"|be\s+(?:nominated|elected|re-elected|appointed|co-opted|ordained))\b",
    re.I,
)
# a question put at the meeting: "X asked how the learning would be shared" asks, sets nothing
# ("asked if the Clerk would write" is a request: only a passive "whether … would be" asks)
_QUESTION = re.compile(
    r"\basked\s+(?:how|what|why|when|who|which)\b[^.;•]*$"
    r"|\basked\s+(?:whether|if)\b(?=[^.;•]*\b(?:would|could|will|can|might)\s+be\b)[^.;•]*$",
    re.I,
)
# an event on the calendar is no one's task: "Interviews will be held on 24 August"
_CALENDAR = re.compile(r"\s+(?:on|once|every|monthly|weekly|quarterly|annually)\b", re.I)


def _no_task(text: str, m: re.Match[str]) -> bool:
    """Whether a cue's match sets nobody a task: it lands on a change of role or on the date
    of an event, or it stands inside a question someone asked."""
    verb = _NEXT_VERB.search(text, m.start())  # the verb after the cue's modal or "to"
    role_change = verb is not None and _ROLE_CHANGE.match(text, verb.start(1)) is not None
    calendar = m.group().endswith(" held") and _CALENDAR.match(text, m.end()) is not None
    return role_change or calendar or _QUESTION.search(text, 0, m.start()) is not None


def _sentence_action(
    sent: Piece, triggers: list[Cue], in_list: bool, number: str | None
) -> Candidate | None:
    text = sent.text
    if len(text) < 12 or _NOT_ACTION.search(text):
        return None
    for cue in triggers:
        pattern, trigger = cue.checked, cue.trigger
        m = next((m for m in pattern.finditer(text) if not _no_task(text, m)), None)
        if not m:
            continue
        who = m.groupdict().get("who")
        if not pattern.valid(who):  # an optional subject ("ACTION: ...") that names nobody known
            who = None
        if who and re.fullmatch(PRONOUN, who) and _WEAK_PRONOUN.search(text):
            continue
        if who is None and trigger.strength == "weak" and _DISCUSSION.search(text):
            return None
        if _REPORTED.search(text, 0, m.start()) and re.search(r"\brequested\s+that\b", m.group(0)):
            continue  # "Cllr X advised that the county had requested that ...": someone else's ask
        cand = Candidate([sent], text, who, None, trigger.confidence, item=number)
        cand.extra["trigger"] = trigger.name
        cand.extra["kind"] = trigger.kind
        if trigger.kind == "marker" and who is None:
            named = _MARKER_OWNERS.match(text)  # "ACTION: MF – newsletter", "ACTION: MTJ / Clerk"
            inner = re.search(r"\b([A-Z][a-z]+|[A-Z]{2,4}[a-z]?)\s+to\s+[a-z]+", text)
            cand.owner_ref = named.group(1) if named else inner.group(1) if inner else None
            if named and _BILINGUAL.match(text):  # "Gweithredu / Action: Clerc / Clerk": one
                cand.owner_ref = _TRANSLATED.sub("", named.group(1))  # post, said twice
        if re.search(r"\b(?:asked|requested)\s+that\b", m.group(0)) and who is None:
            cand.extra["request"] = "1"
        if re.search(r"\bsuggested\s+that\b", m.group(0)):
            lead = re.match(
                r"^\s*((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:pointed|suggested|said|noted)",
                text,
            )
            cand.owner_ref = lead.group(1) if lead else None
        if who is None and trigger.strength != "direct" and cand.owner_ref is None:
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
                if speaker and trigger.strength == "weak" and pattern.valid(speaker.group(1))
                else None
            )
            cand.owner_ref = (
                (subject.group(1) if subject else None)
                or (lead.group(1) if lead and trigger.strength == "weak" else None)
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
