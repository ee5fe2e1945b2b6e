"""The grammar of action sentences: who can own an action (titles, roles, posts, initials, groups,
attendees' names) and the trigger patterns that make a sentence an action, compiled once and
checked per document against its attendees."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.ingest.people import (
    NAME_WORD,
    POST_INITIALS,
    POST_LEAD,
    bare_name,
    holders,
    plural_holders,
    post_holders,
    service_holders,
)
from assistant.records import Person

INI = r"[A-Z]{2,4}[a-z]?\b"
_TITLED = r"(?:Cllrs?\.?|Councillors?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|PCSO)\s+(?:[A-Z]\.\s*)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
ROLE = r"(?:[Tt]he\s+)?(?:Parish\s+|Town\s+|Locum\s+)?(?:Clerk|Chair(?:man|person)?|Vice[- ]Chair|Handyman|Treasurer|Secretary)"


# an officer named by post, as larger councils minute them: "The Head of Financial Services",
# "the Cabinet Member for Corporate and Democratic Services", "the Corporate Director of Finance"
POST = (
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:Head|Director|Member|Leader|Officer|Manager|Chief\s+Executive"
    r"|Solicitor|Clerk|Secretary|Treasurer|Adviser|Advisor)"
    r"\s+(?:of|for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,4}"
)


_GROUP = (
    r"(?:[Tt]he\s+)?(?:(?!The\b)[A-Z][\w'’-]*\s+){0,4}(?:Council|Committee|Working\s+Group|Group|Board|Team|Panel|SMT|Partnership|Members"
    r"|Councillors|Officers?|Manager|Engineer|Executive)"
)
# the whole meeting or all of a class of its members owns the task: "All", "All governors"
# ("Trustees agreed to award the contract" is the meeting deciding, not a task)
_CLASS = (
    r"(?:members|councillors|governors|trustees|directors|partners|attendees|commissioners"
    r"|conservators)"
)
ALL = rf"(?:(?:All|ALL)(?:\s+(?:the\s+)?(?i:{_CLASS}))?|Everyone|Everybody|Members)"
PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)"
# a label said first in another language: the "Gweithredu / " of "Gweithredu / Action:"
TRANSLATED = r"[^\W\d_]+\s*/\s*"
# "ACTION:", "Actions -"; a bilingual label says it twice ("Gweithredu / Action:")
MARKER_LEAD = rf"^\s*(?:{TRANSLATED})?ACTIONS?\s*[:\-–]\s*"
# a task list's box, ticked or not, after any bullet: "- [x] ", "[ ] "
TASK_BOX = r"[-*•]?\s*(?:\[(?P<box>[ xX✓])\]|(?P<ballot>[☐☑☒]))"  # or a ballot box: "☒ ", "☐ "


# a capitalised name of one to three words ("Fay", "Laurence Jones", "Jo Hart-Lowe"): only
# attendees' names pass the check in Checked
_NAME_GUESS = rf"{NAME_WORD}(?:[ -]{NAME_WORD}){{0,2}}"


# "The DTC", "the DoQS": a post by its initials, a subject only where an attendee's post spells it
_THE_ACRONYM = rf"[Tt]he\s+{POST_INITIALS}(?![\w'’-])"
# initials after "the" are a post's or an organisation's ("the ICB will open ..."), not a person's
# nor a company's form after its name ("Corran & Vale LLP will issue ...")
_LONE_INI = rf"(?<![Tt]he\s)(?<![\w'’-])(?!(?:LLP|LLC|PLC|CIC|CIO|LTD)\b){INI}"
# "The Head Ranger", "the acting Harbour Master": a post by its title, a subject only where an
# attendee's printed role is that post
_THE_POST = rf"[Tt]he\s+(?:(?:acting|interim|deputy)\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"
_ONE_SUBJECT = rf"(?:{_TITLED}|{POST}|{ROLE}|{_THE_ACRONYM}|{_LONE_INI}|{_GROUP}|{ALL}|(?<![Tt]he\s){_NAME_GUESS}|{_THE_POST})"
_SUBJ = rf"(?P<who>{_ONE_SUBJECT}(?:\s*(?:,|/|\band\b|&)\s*{_ONE_SUBJECT})*)"
_FORMAL_SUBJECT = re.compile(rf"{_TITLED}|{POST}|{ROLE}|{INI}|{_GROUP}|{ALL}")
_ORGANISATION_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?(?P<words>(?:[A-Z][\w'’-]*\s+){0,4}?)(?P<kind>Council|Partnership)"
)
LIST_SEP = re.compile(r"\s*(?:,|/|\band\b|&)\s*")
PERSONAL = re.compile(rf"^(?:{_TITLED}|{POST}|{ROLE}|{INI})$")


class Checked:
    """A pattern compiled once for every document, whose `who` group must name a subject the
    document knows: titles, roles, initials and groups by their form, bare names ("Fay",
    "Laurence Jones") only when they are the document's attendees. A match whose subject fails
    is skipped and the search goes on, as if the names had been part of the pattern (compiling
    one pattern per attendee list cost seconds)."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        known: frozenset[str],
        posts: Sequence[Person] = (),
        groups: frozenset[str] = frozenset(),
        own: frozenset[str] = frozenset(),
    ):
        self.pattern = pattern
        self.known = known
        self.own = own  # the words of the meeting's own body's name, lower case
        self.posts = list(posts)  # attendees with a printed role, for "the DTC"
        self.groups = groups  # acronyms the document spells out, for "the NPWG"
        self.needs = _needs(pattern)
        self.checked = (
            _SUBJ in pattern.pattern
        )  # other `who` groups (pronouns) are taken as they are

    def outside(self, who: str) -> bool:
        """A council or partnership that is not the meeting's own body: "The City Council will
        publish its plan" at a forum's meeting is that council's business, not a task of the
        meeting ("The Council will write" at a parish council's is)."""
        found = _ORGANISATION_SUBJECT.fullmatch(who)
        if found is None or not self.own:
            return False
        words = set(found.group("words").lower().split()) | {found.group("kind").lower()}
        return not words <= self.own

    def _post(self, who: str) -> list[Person]:
        """The attendees whose printed role is the post a subject names ("The Principal")."""
        return holders(POST_LEAD.sub("", who), self.posts)

    def valid(self, who: str | None) -> bool:
        if not who or not self.checked:
            return True
        if self.outside(who):
            return False
        if _FORMAL_SUBJECT.fullmatch(who):  # "the Head of Policy and Resources": one post
            return True
        parts = [p for p in LIST_SEP.split(who) if p]
        plural = bool(re.match(r"(?:Cllrs|Councillors|Messrs)\.?\s", who))
        return all(
            p in self.known
            or initial_form(p) in self.known  # "Ian Tolland", listed as "I Tolland"
            or _FORMAL_SUBJECT.fullmatch(p)
            or (plural and _FORMAL_SUBJECT.fullmatch(f"Cllr {p}"))  # "Cllrs Madog and Emlyn"
            or plural_holders(p, self.posts)  # "Churchwardens": the post they hold
            or service_holders(p, self.posts)  # "Trading Standards": an attendee's service
            or (re.fullmatch(_THE_POST, p) is not None and len(self._post(p)) == 1)
            or (
                re.fullmatch(_THE_ACRONYM, p)
                # a group's acronym only as a sentence's subject: "The NPWG are planning"
                and (
                    (p.startswith("The ") and p.split()[-1] in self.groups)
                    or post_holders(p, self.posts)
                )
            )
            for p in parts
        )

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


@dataclass(frozen=True)
class Trigger:
    """A named cue that makes a sentence an action.

    `kind` says what the sentence does: marker ("ACTION:"), commitment ("X agreed to", "X is
    to", "X will", "X to"), progress / deed / waiting (a report of the owner's work: "X was
    chasing", "X had emailed", "awaiting a reply"), request ("asked X to"), collective ("It was
    agreed", RESOLVED: the body acts), unassigned ("should be done", "asked that"),
    future-passive ("will be circulated"), said-would ("X said ... and would"), pronoun ("she
    will"). `strength` orders the cues: a direct one names its owner where it stands; an
    indirect or weak one may find the owner elsewhere in the sentence, and a weak one with no
    owner in a sentence of discussion is no action."""

    name: str
    kind: str
    strength: str  # direct | indirect | weak
    pattern: re.Pattern[str]
    confidence: float


# a past participle: regular, or one of the irregular ones minutes use for tasks
_PARTICIPLE = (
    r"(?:[a-z]+(?:ed|en|wn)|sent|made|done|held|kept|brought|bought|sought|taught|met|set|put"
    r"|read|paid|built|spent|lent|found|told|sold)"
)
# finite verbs and modals: a clause before "to be" that has one is a statement, not an entry
_FINITE = (
    r"(?:is|are|was|were|will|would|shall|should|has|have|had|needs?|needed|due|going|likely"
    r"|expected|hoped|required|seems?|appears?|wants?|wanted|wish(?:es|ed)?|asked|agreed|decided|said"
    r"|continues?|do|does|did|can|could|may|might|must)"
)

# how a sentence starts that is not an entry naming a task: a pronoun, a conjunction or a
# preposition ("And prior to finalising the amount to be returned ..."), or the record itself
# ("Draft minutes, to be approved at the next meeting")
_NOT_ENTRY = (
    r"(?:It|This|That|These|Those|There|What|Who|And|But|Or|So|If|When|As|Once|Prior|Before"
    r"|After|Following|Although|While|Whilst|In|On|At|For|With|Upon|Draft|Minutes?|Unconfirmed)"
)

# what follows "to" when it is a preposition, not an infinitive ("welcomed Ann Lee to their
# first meeting")
_DETERMINER = r"(?:the|their|his|her|its|a|an|this|that|these|those|our|my|your|all|each|every|them|him|us|me)"

REPORT_KINDS = frozenset({"progress", "deed", "waiting"})


@dataclass(frozen=True)
class Cue:
    """A trigger checked against one document's attendees."""

    trigger: Trigger
    checked: Checked


@dataclass
class Grammar:
    """A document's patterns: fixed ones, checked against its attendees' names."""

    subject: Checked
    triggers: list[Cue]
    clause: Checked
    presenter: Checked
    partner: Checked
    groups: dict[str, str]
    rag_key: dict[str, str] = field(default_factory=dict)  # the document's RAG key (status.rag_key)


def build_grammar(people: list[Person], text: str, body: str | None = None) -> Grammar:
    known = _known_names(people)
    posts = [p for p in people if p.role or p.organisation]
    groups = _acronyms(text)
    names = frozenset(groups)
    own = frozenset(re.findall(r"[a-z][\w'’-]*", (body or "").lower()))
    fixed = _fixed()
    return Grammar(
        subject=Checked(fixed.subject, known, posts, names, own),
        triggers=[Cue(t, Checked(t.pattern, known, posts, names, own)) for t in fixed.triggers],
        clause=Checked(fixed.clause, known, posts, names, own),
        presenter=Checked(fixed.presenter, known, posts, names, own),
        partner=Checked(fixed.partner, known, posts, names, own),
        groups=groups,
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
    triggers: list[Trigger]
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


_NAMED_BODY = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){1,4}(?:Council|Group|Committee|Board|Trust|Authority|Agency|Partnership|Team|Panel|Party))\b"
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


def initial_form(name: str) -> str:
    """ "Ian Tolland" -> "I Tolland": the form of a name an attendance list gives by initial."""
    words = name.split()
    return f"{words[0][0]} {words[-1]}" if len(words) >= 2 and len(words[0]) > 1 else ""


def _known_names(people: list[Person]) -> frozenset[str]:
    names = {bare_name(p.name) for p in people} | {
        bare_name(p.name).split()[0] for p in people if bare_name(p.name)
    }
    # "I Tolland", "A. Merriweather": listed by initial and surname, named in full in the text
    names |= {
        f"{w[0][0]} {w[-1]}"
        for p in people
        if len(w := bare_name(p.name).split()) >= 2 and len(w[0].rstrip(".")) == 1
    }
    # "Jo" and "Ed" are first names; two capitals are initials, and those are read apart
    return frozenset(n for n in names if len(n) > 2 or (len(n) == 2 and n[1].islower()))


def _triggers(subj: str) -> list[Trigger]:
    """The cues that make a sentence an action, strongest first: the first that matches a
    sentence decides its trigger. Cues with a `who` group name the owner."""
    verb = r"(?!be\b|have\b|like\b|not\b|also\s+be\b)[a-z]+"
    return [
        Trigger(
            "action_marker",
            "marker",
            "direct",
            re.compile(rf"{MARKER_LEAD}(?:{subj}\s+(?:to|will|would)\s+)?", re.I),
            0.95,
        ),
        Trigger(
            "agreed_to",
            "commitment",
            "direct",
            # "offered to", "undertook to", "volunteered to": a commitment in other words
            re.compile(
                rf"{subj},?\s+(?:(?:has|had|have)\s+)?(?:kindly\s+|also\s+)?"
                r"(?:agreed|offered|undertook|volunteered|promised)\s+to\b"
            ),
            0.9,
        ),
        Trigger(
            "is_to",
            "commitment",
            "direct",
            # "Helen Hall, Head of Public Health(,) is to ...": a post in apposition
            re.compile(rf"{subj}(?:,\s[^,]{{3,60}}?,?)?\s+(?:is|are|was|were)\s+to\s+[a-z]+"),
            0.85,
        ),
        Trigger(
            # "The Officer Group are asked to identify champions": a request put to the subject
            "is_asked_to",
            "request",
            "direct",
            re.compile(
                rf"{subj}\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:being\s+)?asked\s+to\s+{verb}"
            ),
            0.8,
        ),
        Trigger(
            "modal",
            "commitment",
            "direct",
            re.compile(rf"{subj}\s+(?:would|will|shall|should)\s+(?:{verb}|be\s+[a-z]+ing\b)"),
            0.7,
        ),
        Trigger(
            "to_infinitive",
            "commitment",
            "direct",
            # "All members of the Committee, including co-opted members, to complete"
            re.compile(
                rf"(?:^|[•*:;]\s*|\band\s+|{TASK_BOX}\s*){subj}(?:\s+of\s+the\s+[A-Z][\w'’-]+)?"
                rf"(?:,\s[^,]{{3,60}}?,)?\s+to\s+(?!be\b|{_DETERMINER}\b)[a-z]+"
            ),
            0.85,
        ),
        Trigger(
            # a task inside a resolution, in the subjunctive: "RESOLVED ... (c) that the Head
            # of Pensions report the costs to June", "Resolved: ..., and that the Clerk notify"
            "resolved_that_does",
            "commitment",
            "direct",
            re.compile(
                rf"(?:\b(?i:resolved|agreed|decided|recommended)\b[^.]*?"
                r"|^\W*(?:\(?[a-z]{1,3}\)\s*)?(?:and\s+)?)\bthat\s+"
                rf"(?P<who>{_TITLED}|{POST}|{ROLE})\s+(?!{_FINITE}\b|not\b|be\b)[a-z]+(?<![^s]s)(?<!ed)\b"
            ),
            0.8,
        ),
        Trigger(
            "in_progress",
            "progress",
            "direct",
            re.compile(
                rf"{subj}\s+(?:was|were|is|are)\s+(?:progressing|checking|chasing|pursuing|investigating|planning\s+to|due\s+to|looking\s+(?:to|into)|arranging|organising|liaising|continuing)\b"
            ),
            0.75,
        ),
        Trigger(
            "continues_to",
            "progress",
            "direct",
            re.compile(
                rf"{subj}\s+(?:continues?|continued)\s+to\s+(?:chase|monitor|pursue|seek)\b"
            ),
            0.75,
        ),
        Trigger(
            "reported_deed",
            "deed",
            "direct",
            re.compile(
                rf"{subj}\s+(?:had\s+|has\s+)?(?:emailed|contacted|circulated|purchased|chased|written\s+to|wrote\s+to|ordered|forwarded|completed|asked\s+(?:him|her|them))\b"
            ),
            0.6,
        ),
        Trigger(
            "awaiting",
            "waiting",
            "direct",
            re.compile(
                r"\b(?:was|were)\s+reported\s+by\s+the\b|\b(?:awaits?|awaited|awaiting)\s+(?:a\s+)?(?:response|finalisation|reply|a\s+GDPR)|\bis\s+yet\s+to\b|^\s*chased\b"
            ),
            0.55,
        ),
        Trigger(
            "asked_to",
            "request",
            "indirect",
            re.compile(
                rf"\b(?:asked|requested|instructed)\s+(?:that\s+)?(?:for\s+)?{subj}\s+(?:to\s+)?[a-z]+"
            ),
            0.75,
        ),
        Trigger(
            "for_x_to", "request", "indirect", re.compile(rf"\bfor\s+{subj}\s+to\s+[a-z]+"), 0.8
        ),
        Trigger(
            "it_was_agreed",
            "collective",
            "indirect",
            re.compile(
                r"\b[Ii]t\s+was\s+(?:unanimously\s+)?(?:agreed|resolved|decided)\s+(?:that\s+|to\s+|for\s+)|^\s*[Aa]greed\s+to\b|\b[Ii]t\s+agreed\s+to\b"
            ),
            0.75,
        ),
        Trigger(
            "resolved_will",
            "collective",
            "indirect",
            re.compile(
                r"\bRESOLVED\b.*\b(?:will|shall|should|be\s+(?:asked|instructed|requested|invited|sent|presented|circulated|submitted|forwarded|reported|brought))\b"
            ),
            0.7,
        ),
        Trigger(
            "that_be_done",
            "collective",
            "indirect",
            re.compile(
                r"^\s*(?:RESOLVED\s*[:\-–]?\s*)?That\s+.{3,}?\b(?:be\s+[a-z]+(?:ed|en|de)|be\s+made)\b|^\s*(?:RESOLVED\s*[:\-–]?\s*)?That\s+the\s+(?:\w+\s+){1,3}[a-z]+\s"
            ),
            0.7,
        ),
        Trigger(
            "proposed",
            "collective",
            "indirect",
            re.compile(r"\bproposed\s+(?:that\b|the\s+approval\b|removal\b|£)"),
            0.6,
        ),
        Trigger(
            "should_be_done",
            "unassigned",
            "weak",
            re.compile(
                r"\bshould\s+be\s+[a-z]+ed\b|\bneeded\s+to\s+be\s+[a-z]+ed\b|\bthere\s+was\s+a\s+need\s+to\b|\bit\s+is\s+hoped\s+that\b.*\bcan\s+be\b"
            ),
            0.5,
        ),
        Trigger(
            "asked_that", "unassigned", "weak", re.compile(r"\b(?:asked|requested)\s+that\b"), 0.6
        ),
        Trigger(
            "suggested_should",
            "unassigned",
            "weak",
            re.compile(r"\bsuggested\s+that\b.*\bshould\b"),
            0.55,
        ),
        Trigger(
            "will_be_done",
            "future-passive",
            "weak",
            re.compile(
                r"\b(?:will|would)\s+(?:need\s+to\s+be|be\s+(?:added|circulated|sent|held|shared|presented|brought|taken|published|arranged|redistributed|completed|discussed|reviewed|signed|drafted|updated|ratified|reported|written|organised|investigated|chased|followed))\b|(?<!not )\bneeds?\s+to\s+be\b|\bis\s+to\s+be\s+[a-z]+ed\b|\bto\s+be\s+completed\s+by\b"
            ),
            0.6,
        ),
        Trigger(
            # an action-log entry with no owner: "Letter of thanks to be sent to all members",
            # "Outstanding work to be referred to the Board" (no finite verb before "to be")
            "entry_to_be_done",
            "unassigned",
            "indirect",
            re.compile(
                rf"^\s*(?!(?i:{_NOT_ENTRY})\b)[A-Z][\w'’-]*"
                rf"(?:\s+(?!{_FINITE}\b)[\w'’&-]+,?){{0,6}}?\s+to\s+be\s+{_PARTICIPLE}\b"
            ),
            0.65,
        ),
        Trigger(
            # "It was suggested that the Careers Hub be invited to the December meeting"
            "suggested_be_done",
            "collective",
            "indirect",
            re.compile(
                rf"\b[Ii]t\s+was\s+(?:suggested|proposed|recommended)\s+that\b[^.;]*?\bbe\s+{_PARTICIPLE}\b"
            ),
            0.6,
        ),
        Trigger(
            "will_start",
            "future-passive",
            "weak",
            re.compile(r"\b(?:will|would)\s+(?:start|take\s+place)\b"),
            0.5,
        ),
        Trigger(
            "said_and_would",
            "said-would",
            "weak",
            re.compile(
                rf"{subj}\s+(?:commented|said|explained|noted|stated|reported)\b[^.;]*?"
                rf"\b(?:and|but)\s+(?:(?:he|she|they)\s+)?would\s+{verb}"
            ),
            0.65,
        ),
        Trigger(
            # "EM requested more information and will look at how to ...": the subject's own
            # next step, in a clause after what they did at the meeting
            "did_and_will",
            "commitment",
            "indirect",
            re.compile(rf"^\s*{subj}\s+[a-z]+ed\b[^.;]*?\band\s+will\s+{verb}"),
            0.65,
        ),
        Trigger(
            "pronoun",
            "pronoun",
            "weak",
            re.compile(
                rf"\b(?P<who>{PRONOUN})\s+(?:would|will|agreed\s+to|are\s+(?:now\s+)?(?:planning|organising)|bring|continue)\b"
            ),
            0.6,
        ),
        Trigger(
            "was_due_to",
            "future-passive",
            "weak",
            re.compile(
                r"\b(?:was|were)\s+due\s+to\b|\bwas\s+to\s+be\b|\bare\s+planning\s+to\b|\bthere\s+is\s+a\s+workshop\s+planned\b",
                re.I,
            ),
            0.55,
        ),
        Trigger(
            "invited_to_contact",
            "unassigned",
            "weak",
            re.compile(r"\b(?:invited|welcomed)\s+them\s+to\s+contact\b"),
            0.4,
        ),
        Trigger(
            "asked_for_report",
            "unassigned",
            "weak",
            re.compile(
                r"\b(?:asked|requested)\s+for\s+(?:a|an|the)\s+[^.;]{0,80}?\bto\s+be\s+"
                r"(?:presented|brought|submitted|circulated|provided|reported|given)\b"
            ),
            0.6,
        ),
    ]
