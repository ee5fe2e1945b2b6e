"""A meeting's header: which body met and on what date (its date, time and place are read in
`dating`, what kind of document it is in `kinds`).

The title block is the first page's lines before the attendance list or the first agenda item.
A body's name is read from it by the patterns minutes are titled with ("Minutes of the X held
on ...", "X held their meeting on ...", "X – Minutes – <date>", a parent organisation's line
above its committee's), with dates, times and document words ("minutes", "draft", "agenda",
"annual", "extraordinary") taken out: one body's documents then carry one name."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.text import MONTH_NAMES

from .dates import DATE
from .organisations import BODY_NOUN, ORGANISATION
from .segments import Line

TITLE_LINES = 25  # the title block never runs longer
# --------------------------------------------------------------------------- the title block

# where the title block ends: the attendance list, or the first numbered item
_BLOCK_END = re.compile(
    r"^\s*(?:[*#]+\s*)?(?:present|in attendance|attendees|attendance|attending|apologies"
    r"|those present|here\s*:)"
    # an attendance table's header row: "Member<tab>Role<tab>Initials", "Name<tab>Role"
    r"|^\s*(?:members?|names?|governors?|trustees?|councillors?)\s*\t\s*(?:role|post|category|type"
    r"|organisation|initials|present|attended|attendance)\b"
    # a roster under its label: "Trustees: Dr A Lee (Chair); ...", "Members:\t..."
    r"|^\s*(?:\**\s*)?(?:trustees|members|governors|directors|councillors|officers|staff)\s*\**\s*[:\t]"
    r"|^\s*(?:\**\s*)?(?:[A-Z][\w'’]*\s+){1,3}(?:present|attending)\s*\**\s*:"  # "Board members present:"
    r"|^\s*(?:\d{1,3}[.)]?\s+[A-Z]|[A-Z]{0,4}\d{1,4}/\d{1,4}\s|item\s+\d)",
    re.I,
)
ITEM_LINE = re.compile(
    r"^\s*(?:#+\s*)?(?:\d{1,3}[.)]?\s+[A-Z]|[A-Z]{0,4}\d{1,4}/\d{1,4}\s|item\s+\d)", re.I
)


def title_block(lines: list[Line]) -> list[Line]:
    first_page = lines[0].page if lines else None
    block: list[Line] = []
    for line in lines[:TITLE_LINES]:
        if line.page != first_page or (block and _BLOCK_END.search(line.text)):
            break
        block.append(line)
    return block


# --------------------------------------------------------------------------- the body

_BODY = re.compile(rf"\b(?:{BODY_NOUN})\b", re.I)
# a parent organisation above its committee's line: "PELLINGHAM DISTRICT COUNCIL", "Hill School"
_PARENT = re.compile(
    r"\b(?:Council|Trust|Partnership|School|Academy|College|University|Authority|Service|Services|Library"
    r"|Libraries|Hospital|Hospitals|Foundation|Charity|Company|Association|Society|Diocese|Club)\s*$",
    re.I,
)
_COMMITTEE = re.compile(
    r"\b(?:Committee|Sub-?Committee|Board|Panel|Group|Executive|Forum|Cabinet|Trustees"
    r"|Governors|Governing\s+Body|Directors|Corporation|Commissioners|Conservators)\b",
    re.I,
)
# What a title says about the document or the sitting, not about the body
_DOC_WORDS = re.compile(
    r"\b(?:(?:draft|unconfirmed|confirmed|approved|signed|final)\s+)*"
    r"(?:minutes?|mins|agenda(?:\s+pack)?|public\s+document\s+pack|action\s+(?:log|notes?|sheet)"
    r"|actions?\s+log|decisions\s+and\s+actions(?:\s+log)?|notes?|record|report|telecon(?:ference)?"
    r"|transcript|summary|papers|record\s+of\s+decisions?|decisions?(?:\s+notice)?)\b"
    r"|\b(?:draft|unconfirmed|confidential|subject\s+to\s+(?:approval|confirmation|ratification)"
    r"|until\s+approved\b.*|(?:agreed|approved|signed|confirmed|ratified)\s+(?:at|by)\b.*|not\s+yet\s+(?:approved|confirmed|ratified|agreed)|page\s+\d+(?:\s+of\s+\d+)?|part\s+(?:\d+|one|two|[ab]|i+)\b"
    r"|\(?public\)?|in\s+public|held\s+in\s+public|private|open|closed|virtual|remote|online"
    r"|hybrid)\b",
    re.I,
)
_SITTING = re.compile(
    r"\b(?:(?:the|an?)\s+)?(?:(?:annual|extraordinary|ordinary|special|general|inaugural|statutory"
    r"|monthly|quarterly|full|emergency|reconvened|adjourned|joint|spring|summer|autumn|winter"
    r"|term|AGM|EGM|first|second|third|fourth|\d+(?:st|nd|rd|th))\s+)*"
    r"(?<!parish )(?<!town )(?<!village )(?:meeting|session|sitting)(?:\s+of(?:\s+the)?)?\b"
    r"|\b(?:AGM|EGM|annual\s+general)\b|\b(?:annual|general)\s+(?:parish\s+)?assembly\b",
    re.I,
)
# the kind of sitting before a body's own meeting: "the ordinary Conservators' meeting"
_SITTING_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:annual|extraordinary|ordinary|special|general|monthly|quarterly)\s+"
    r"(?=[A-Z][\w-]*['’]?\s+(?:meeting|session|sitting)\b)",
    re.I,
)
WEEKDAY = r"(?:Mon|Tues?|Weds?|Wednes|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
_TIME = re.compile(
    r"\b(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}\b"
    r"(?:\s*(?:[-–]|to)\s*\d{1,2}[:.]\d{2})?",
    re.I,
)
_MONTH_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b", re.I
)
_PERSON = re.compile(r"^\s*(?:Cllrs?|Councillors?|Dr|Mr|Mrs|Ms|Miss|Prof)\b\.?", re.I)
_SMALL = {"and", "of", "the", "for", "in", "on", "at", "to", "&", "with", "de", "upon"}
_OF_PHRASE = re.compile(
    r"\b(?:minutes?|notes?|record|log|actions?|meeting|session|sitting|report)\s+of\s+"
    r"(?:an?\s+|the\s+)?(?P<rest>.+)",
    re.I,
)
_HELD_THEIR = re.compile(r"^(?P<name>.+?)\s+(?:held|hold|met)\s+(?:their|its|a|an|the)\b", re.I)
# a letterhead: "From the Clerk to the Saltfleet Level Drainage Board, Sluice House"
_CLERK_TO = re.compile(r"\b(?:clerk|secretary)\s+to\s+(?:the\s+)?(?P<name>[A-Z][^:\t]+)", re.I)
# a strapline after an organisation's name: "Tarnbridge College Learn. Work. Belong."
_STRAPLINE = re.compile(r"(?:\s+[A-Z][a-z]+[.!]){3,}\s*$")
_SEPARATORS = re.compile(
    r"\s+[-–—|>›»]+\s+|\s*\|\|?\s*|\t|:\s+|\s*[-–—]\s*$|(?<=[a-z])\.\s+|\s*[()]\s*"
)
# what a title block labels besides the body: "Venue: ...", "Time: ...", "Chair: ..."
_LABELLED = re.compile(
    r"\b(?:venue|location|place|address|room|time|date|chair(?:man|person)?|clerk|present"
    r"|apologies|in\s+attendance|minute\s+taker|committee|members|trustees|directors|governors"
    r"|officers|guests|attendees)\s*:.*?(?=\t|$)",
    re.I,
)
_STOP_AT = re.compile(
    r"\s+(?:held|on|at|in|from|which|that|commencing|starting|beginning|convened|via|by)\b"
    r"|[,(.;]|\s[-–]\s",
    re.I,
)


def _title_case(text: str) -> str:
    """Capitals as a name is written: "STANDARDS COMMITTEE" -> "Standards Committee"; in a
    name that mixes cases only a run of capitals holding a word of five or more letters is
    folded ("OAKBY RAIL PARTNERSHIP Steering Group"), not initials ("EWH NHS Trust Board")."""
    mixed = text.upper() != text
    words = text.split()
    folded: set[int] = set()
    run: list[int] = []
    for i, word in enumerate([*words, ""]):
        if word.isupper() and any(c.isalpha() for c in word):
            run.append(i)
            continue
        if any(len(words[k]) >= 5 and _word_like(words[k]) for k in run):
            folded.update(run)
        run = []
    out = []
    for i, word in enumerate(words):
        if re.fullmatch(r"[A-Z](?:\.[A-Z])+\.?", word):  # "W.I." is "WI"
            out.append(word.replace(".", ""))
            continue
        if (
            (mixed and i not in folded)
            or _initials_in_capitals(word)
            or len(words) == 1
            and not _word_like(word)
        ):
            out.append(word)  # "CRAGGANFELL MRT": initials stay in capitals
            continue
        low = word.lower()
        # "MID-LUNDERBY" -> "Mid-Lunderby": each part of a hyphened word
        out.append(
            low if i and low in _SMALL else "-".join(p[:1].upper() + p[1:] for p in low.split("-"))
        )
    return " ".join(out).replace("'S ", "'s ").replace("’S ", "’s ")


def _acronym(name: str) -> str:
    """ "Vale LSCP" -> "VLSCP": a word's initial, or an acronym in the name whole."""
    words = [w for w in name.split() if w.lower() not in _SMALL]
    return "".join(w if w.isupper() and len(w) > 1 else w[0].upper() for w in words)


def _initials_in_capitals(word: str) -> bool:
    """Initials, not a word, in a name set in capitals: "MRT", "LDC" (three letters or more,
    no vowel to say them with)."""
    return (
        word.isalpha()
        and word.isupper()
        and len(word) >= 3
        and not any(c in "AEIOUY" for c in word)
    )


def _word_like(word: str) -> bool:
    """A word set in capitals, not an acronym: it has vowels to say ("OAKBY", not "CLSCP")."""
    return sum(c in "AEIOUY" for c in word.upper()) >= 2


_STREET = re.compile(
    r"\b(?:Street|Road|Lane|Avenue|Square|Terrace|Crescent|Drive|Close)\s*[,.]?\s*$"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# a room the meeting sat in, not a body: "Board Room", "Council Chamber", "Committee Room 2"
_ROOM = re.compile(r"\b(?:Room|Chamber|Suite|Boardroom)(?:\s+\d+)?$", re.I)
# a house number before a street's name: "Board Room, 14 Cordwainer Row · 6.00 pm"
_NUMBERED_STREET = re.compile(
    r"\b\d{1,4}[a-z]?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|Road|Lane|Avenue|Square|Terrace"
    r"|Crescent|Drive|Close|Row|Way|Place|Gardens|Walk|Parade|Court|Yard|Quay|Wharf)\b"
)


def clean_name(text: str, organisation: bool = False) -> str | None:
    """A candidate name with its dates, times, document and sitting words taken out; None
    unless what is left reads as a body's name (or, with `organisation`, any proper name: the
    organisation a committee belongs to, "Hill Community Larder")."""
    if (
        _POSTCODE.search(text)
        or _STREET.search(text)
        or _NUMBERED_STREET.search(text)
        or _ROOM.search(text.strip(" .,;"))
    ):
        return None  # an address: "Askerdale AK1 4RW", "Harbour Office, Quay Street"
    text = re.sub(r"[*_#>]+", " ", text)
    text = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", text)
    text = re.split(r"\b(?:held|commencing|convened|starting|beginning)\b", text, flags=re.I)[0]
    text = re.sub(rf"\b(?:{'|'.join(MONTH_NAMES)}|date|time|venue)\b", " ", text, flags=re.I)
    for pattern in (DATE, _MONTH_YEAR, _TIME, _DOC_WORDS, _SITTING_BEFORE, _SITTING):
        text = pattern.sub(" ", text)
    text = re.sub(rf"\b{WEEKDAY}(?=\s|$)", " ", text, flags=re.I)
    text = re.sub(
        r"\b\d+(?:\.\d+)?\b|\b(?:Limited|LIMITED|Ltd\.?|LTD\.?|plc|PLC|CIC|CIO|LLP)(?=\s|$)",
        " ",
        text,
    )
    text = re.sub(r"\bcttee\b", "Committee", text, flags=re.I)  # "NAV CTTEE"
    text = re.sub(r"\s+", " ", text).strip(" -–—:,.;/|&")
    while True:
        trimmed = re.sub(
            r"^(?:the|of|a|an|and|for|by|in|at)\s+|\s+(?:of|the|and|for|held|on|at|in)$",
            "",
            text,
            flags=re.I,
        ).strip(" -–—:,.;/|&")
        if trimmed == text:
            break
        text = trimmed
    words = [
        w for i, w in enumerate(text.split()) if i == 0 or w.lower() != text.split()[i - 1].lower()
    ]
    if len(words) > 1 and _spells(words[0], words[1:]):
        words = words[1:]  # "PPG Friars Walk Patient Participation Group": the initials go
    # "Oakby LSCP OLSCP Executive": initials after the words they stand for go too
    words = [w for i, w in enumerate(words) if i < 2 or w != _acronym(" ".join(words[:i]))]
    if not words or _PERSON.match(text) or len(words) > 10 or not _one_comma(text):
        return None
    # "healthwatch Brenmoor": a name whose brand is set in lower case
    if len(words) > 1 and words[0].isalpha() and words[0].islower() and words[1][:1].isupper():
        words[0] = words[0].capitalize()
    # "Steering group", "Planning committee": a title in sentence case ends with its body word
    if len(words) > 1 and words[-1].islower() and _BODY.fullmatch(words[-1]):
        words[-1] = words[-1].capitalize()
    if not words[0][:1].isupper() or any(
        w[:1].islower() and w.lower() not in _SMALL for w in words
    ):
        return None  # a sentence, not a title ("... working group to establish ...")
    acronym = len(words) == 1 and re.fullmatch(r"[A-Z]{3,6}", words[0]) and not _word_like(words[0])
    if not _BODY.search(text) and not (
        organisation
        and (2 <= len(words) <= 6 or acronym)  # "SBUG – notes of the open meeting"
        and all(re.fullmatch(r"[\w'’&.-]+,?", w) for w in words)
    ):
        return None  # an organisation's name is words ("AQSC/24-25/M2" is a reference)
    if _POST.search(" ".join(words)):
        return None  # a person's post ("Non-Executive Member", "Chief Executive"), not a body
    name = re.sub(r"^Trustees['’]?$", "Board of Trustees", " ".join(words))
    # "Oakby College Board of the Corporation": the board of the body the name ends with
    name = re.sub(r"(?<=\w) (?:Board|Meeting) of the (?=[A-Z]\w+$)", " ", name)
    # "Management Committee of the Oakby Cricket League": the league's Management Committee
    name = _KIND_OF_THE.sub(r"\g<parent> \g<kind>", name)
    return re.sub(r"\s*&\s*", " and ", _title_case(name))


_KIND_OF_THE = re.compile(
    r"^(?P<kind>(?:[A-Z][\w-]*\s+)?(?:Committee|Sub-Committee|Board|Panel|Group|Forum))\s+of\s+"
    r"the\s+(?P<parent>[A-Z][\w'’-]*(?:\s+[\w'’-]+)+)$"
)


# the last words of a person's post, which no body's name ends with
_POST = re.compile(
    r"\b(?:Chief\s+Executive|Member|Director|Officer|Manager|Secretary|Clerk|Treasurer|Mayor"
    r"|Headteacher|Principal|Representative|Nominee|Chair(?:man|woman|person)?|Lead)$",
    re.I,
)


def _one_comma(text: str) -> bool:
    """A name's comma stands before a place or a further name ("Church of St Anne, Hill"),
    not a date, a list or a venue ("Committee Room 2, Civic Offices")."""
    parts = text.split(",")
    if len(parts) == 1:
        return True
    venue = re.search(r"\b(?:Room|Chamber|Suite|Offices|Hall|Centre)\b", text, re.I)
    return len(parts) == 2 and parts[1].strip()[:1].isupper() and not venue


def _spells(initials: str, words: list[str]) -> bool:
    """Do these words end with what the initials stand for?"""
    if not (initials.isupper() and initials.isalpha() and 2 <= len(initials) <= 6):
        return False
    letters = "".join(w[0].upper() for w in words if w.lower() not in _SMALL)
    return letters.endswith(initials)


@dataclass(frozen=True)
class _Candidate:
    name: str
    line: int
    parent: bool  # an organisation that committees belong to ("Vale District Council")
    phrased: bool  # named by "minutes of the X", "X held their meeting"
    joined: bool = False  # parts of a line read as one name: a title's own line goes first


# a label, then a person and their post: who attends, not what body meets
_NAMES_PEOPLE = re.compile(
    r"^\W*[A-Z][\w'’ ]{0,30}:\s*\**\s*(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}\s*[,(]"
)


def _candidates(block: list[Line]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for i, line in enumerate(block):
        if _NAMES_PEOPLE.match(line.text):
            continue  # "County council: Tunde Abiodun, Passenger Transport Officer."
        text = _LABELLED.sub("\t", re.sub(r"[*_#]+", " ", line.text))
        text = _STRAPLINE.sub("", text)
        for pattern, group in ((_OF_PHRASE, "rest"), (_HELD_THEIR, "name"), (_CLERK_TO, "name")):
            m = pattern.search(text)
            if m:
                rest = _SITTING.sub(" ", _SITTING_BEFORE.sub("", m.group(group)))
                rest = re.sub(r"^\s*(?:of\s+)?(?:the\s+)?", "", rest)
                name = clean_name(_STOP_AT.split(rest, maxsplit=1)[0])
                if name:
                    found.append(_Candidate(name, i, bool(_PARENT.search(name)), True))
        # the line that says when and where the meeting sat names a venue, not an organisation
        sitting = bool(DATE.search(text) or _TIME.search(text))
        first = text.split(",")[0] if sitting and "," in text else ""
        if len(first.split()) <= 8 and not re.search(r"[.:;]", first):
            lead = clean_name(first) if first else None
            if lead and _COMMITTEE.search(lead):  # "Audit and Risk Committee, 5.30 pm, the Office"
                found.append(_Candidate(lead, i, False, False))
        organisation = i < ORGANISATION_LINES and not sitting
        for segment in _SEPARATORS.split(text):
            name = clean_name(segment, organisation=organisation)
            if name:
                parent = bool(_PARENT.search(name)) or not _BODY.search(name)
                found.append(_Candidate(name, i, parent, False))
        if organisation:
            found += _joined(text, i)
        if (
            i + 1 < len(block)
            and _short_title(text)
            and _short_title(block[i + 1].text)
            and not set(_specific_words(text.lower()))
            & set(_specific_words(block[i + 1].text.lower()))
        ):
            # a name set large over two lines: "PORTNESSOCK" / "HARBOUR TRUST" (not one name
            # in two languages, "Cyngor Cymuned Tawe" / "Tawe Community Council")
            second = re.sub(r"^\s*(?:the|an?)\s+", "", block[i + 1].text, flags=re.I)
            name = clean_name(f"{text} {second}", organisation=i < ORGANISATION_LINES)
            if name:
                parent = bool(_PARENT.search(name)) or not _BODY.search(name)
                found.append(_Candidate(name, i, parent, False))
    return found


def _joined(text: str, i: int) -> list[_Candidate]:
    """A name split by a gap or a dash on one line, its first part no body's: "CASTLEGATE
    QUARTER" / "Business Improvement District", "St Anne's, Hill — Parochial Church Council";
    where the second part repeats the first's last words ("Vale Pension Fund" / "Pension Fund
    Committee") they are said once."""
    parts = [p for p in re.split(r"\t+|\s+[–—-]\s+", text) if p.strip()]
    found = []
    for first, second in itertools.pairwise(parts):
        head, tail = first.split(), second.split()
        if _BODY.search(first) or len(tail) < 2 or not clean_name(first, True):
            continue
        if _COMMITTEE.search(second) or (_BODY.search(second) and _specific(second)):
            continue  # a committee under its organisation, or a body named in full itself
        overlap = max(
            (k for k in range(1, min(len(head), len(tail)) + 1) if head[-k:] == tail[:k]), default=0
        )
        name = clean_name(" ".join(head + tail[overlap:]), organisation=True)
        if name:
            parent = bool(_PARENT.search(name)) or not _BODY.search(name)
            found.append(_Candidate(name, i, parent, False, joined=True))
    return found


def _short_title(text: str) -> bool:
    return len(text.split()) <= 4 and not re.search(r"[\d.:,;|–-]", text)


ORGANISATION_LINES = 3  # an organisation's own name heads the page, above its committee's


_GENERIC = re.compile(
    rf"^(?:{BODY_NOUN}|parish|town|city|district|county|borough|community|village|full"
    r"|joint|public|trust|standards|planning|finance|audit|governance|children's|children"
    r"|and|of|the|for|&|services?|school|primary|nhs|executive|parochial|church)$",
    re.I,
)


def _specific(name: str) -> int:
    """Words that name this body rather than its kind: "Little Hadley" in "Little Hadley
    Parish Council"."""
    return len(_specific_words(name))


def _specific_words(name: str) -> list[str]:
    return [w for w in name.split() if not _GENERIC.match(w)]


_SPACED_DOT = " · "


def _running_names(running: Sequence[str]) -> list[str]:
    """The bodies' names the running headers and footers print, each part of them apart."""
    return [
        name
        for line in running
        for part in _SEPARATORS.split(line)
        if (name := clean_name(part)) and _specific(name)
    ]


def body_in_running(title_body: str | None, running: Sequence[str]) -> str | None:
    """Where the title names no body of its own ("Annual Meeting of the Council"), the one a
    running header or footer prints ("Brackenholt Town Council – Town Hall, Market Place")."""
    if title_body and _SPACED_DOT in title_body:
        # "Steering Group · Saltbrook Community Hub", from a line of parts ("… · Tuesday 10 June
        # 2025 · 7pm · …"): its first part is the body, named in full by a running header
        # that ends with it
        head = title_body.split(_SPACED_DOT)[0].strip().lower()
        full = next((n for n in _running_names(running) if n.lower().endswith(head)), None)
        if full:
            return full
    if title_body and _specific(title_body):
        return title_body
    noun = title_body.split()[-1].lower() if title_body else None
    names = _running_names(running)
    found = [name for name in names if noun is None or name.split()[-1].lower() == noun]
    if found:
        return max(found, key=len)
    # "Committee Meeting" under a footer "Vale Allotment Society Ltd – registered society":
    # the committee of the organisation the page prints
    organisations = [n for n in names if _PARENT.search(n) or not _BODY.search(n)]
    if title_body and len(organisations) == 1:
        return _combine(organisations[0], title_body)
    return title_body


def find_body(lines: list[Line]) -> str | None:
    """The body whose meeting this is, as its title block names it."""
    block = title_block(lines)
    cands = _candidates(block) or _candidates(lines[:TITLE_LINES])
    if not cands:
        return None
    committees = [c for c in cands if _COMMITTEE.search(c.name) and not c.parent]
    # not a table's "Council", nor initials alone ("ARC" above "Audit and Risk Committee")
    parents = [c for c in cands if c.parent and _specific(c.name) and " " in c.name]
    best = max(
        cands,
        key=lambda c: (
            _specific(c.name) > 0,
            c.phrased,
            len(c.name.split()),
            not c.joined,
            -c.line,
        ),
    )
    if committees:
        committee = max(committees, key=lambda c: (_specific(c.name), c.phrased, -c.line))
        below = [c for c in committees if c.line == committee.line + 1 and _SUB.search(c.name)]
        if committee.line < ORGANISATION_LINES and below:
            # "NHS Vale Integrated Care Board" / "Quality Committee": the board's committee
            sub = below[0].name
            if not _shares_a_name(committee.name, sub) and not _words_of(sub) <= _words_of(
                committee.name
            ):
                return _combine(committee.name, sub)
        # the organisation named nearest above the committee ("CYNGOR TREF X" / "X TOWN
        # COUNCIL" / "Planning Committee": the line just above)
        above = [p for p in parents if p.line <= committee.line]
        parent = above[-1] if above else (parents[0] if parents else None)
        if parent is not None:  # "PORTNESSOCK / HARBOUR TRUST" read as one: the fuller name
            parent = max(
                (p for p in parents if _words_of(parent.name) <= _words_of(p.name)),
                key=lambda p: len(p.name),
            )
            if _words_of(parent.name) <= _words_of(committee.name):
                return committee.name  # the committee's line names its council already
        if parent is not None and not _shares_a_name(parent.name, committee.name):
            # "HILL MARSH INTERNAL DRAINAGE" / "BOARD": one name set over two lines
            after = block[parent.line + 1].text.strip() if parent.line + 1 < len(block) else ""
            wrapped = after.isupper() and bool(_COMMITTEE.fullmatch(after))
            return _combine(parent.name, committee.name, own_board=not wrapped)
        if _specific(committee.name) or not parents:
            return committee.name
    return best.name


# a committee of a board or council, on the line under the board's name
_SUB = re.compile(r"\b(?:Committee|Sub-?Committee|Panel|Group|Forum)$", re.I)


def _words_of(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'’]+", name.replace("&", " and "))} - _SMALL


_ADMIN = re.compile(rf"^(?:{BODY_NOUN}|county|district|borough|city|town|parish|community)$", re.I)


def _shares_a_name(parent: str, committee: str) -> bool:
    """A committee that already names its place ("Vale and Hill Police Panel" under "Vale
    County Council") is a body of its own, not the council's committee; one that holds the
    parent's whole name already is the full name."""
    words = committee.split()
    if words and words[0] == parent.split()[-1] and re.fullmatch(ORGANISATION, words[0]):
        words = words[1:]  # "Fell Rescue Team" / "Team Committee": the team's committee
    mine = {w.lower() for w in words if not _ADMIN.match(w) and w.lower() not in _SMALL}
    return any(w.lower() in mine for w in parent.split() if not _ADMIN.match(w))


# the board or committee that runs an organisation, named by its kind alone
_OWN_BOARD = re.compile(
    r"(?:(?:Management\s+)?Committee|Board(?:\s+of\s+(?:Directors|Trustees|Management))?|Trustees"
    r"|Directors)",
    re.I,
)


def _combine(parent: str, committee: str, own_board: bool = True) -> str:
    """ "Vale District Council" + "Standards Committee": one body's full name. A committee
    that repeats the parent's last word ("Trust" + "Trust Board") keeps it once; "Board of
    Directors" of a trust is its board."""
    committee = re.sub(r"^(?:full|main)\s+", "", committee, flags=re.I)
    # "Board of the Corporation", "Board of the Society": the board of the body its parent is
    committee = re.sub(r"^(?:Board|Meeting)\s+of\s+the\s+(?=[A-Z]\w+$)", "", committee)
    if (
        own_board
        and _OWN_BOARD.fullmatch(committee)
        and not re.search(r"\b(?:Council|Authority|Trust|Partnership|Board)$", parent)
    ):
        return parent  # an organisation's own board: "Hill Homes Ltd" / "Board of Directors"
    if re.search(r"\bTrust$", parent) and re.fullmatch(r"(?:Board\s+of\s+)?Trustees", committee):
        return parent  # a trust's trustees are the trust's board
    committee = re.sub(r"^Board\s+of\s+Directors$", "Board", committee, flags=re.I)
    if len(parent.split()) > 1 and parent.split()[-1] == _acronym(committee):
        parent = parent.rsplit(" ", 1)[
            0
        ]  # "Friars Walk Surgery PPG" + "Patient Participation Group"
    last = parent.split()[-1].lower()
    words = committee.split()
    if words and re.sub(r"['’]s$", "", words[0]).lower() == last and words[0] != words[0].lower():
        words[0] = re.sub(r"['’]s$", "", words[0])  # "Canal Trust" + "Trust's Navigation Committee"
    if words and (words[0].lower() == last or words[0] == _acronym(parent)):
        words = words[1:]  # "Vale LSCP" + "VLSCP Executive": the parent's initials go
    return f"{parent} {' '.join(words)}".strip() if words else parent
