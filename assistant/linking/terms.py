"""Content words and names for cross-meeting linking: stems of the words that say what a record
is about, and the people and roles it names (as owner tokens, to compare with an action's owners)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.ingest.people import effective_initials
from assistant.records import ActionItem, Meeting

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


def people_words(meeting: Meeting) -> frozenset[str]:
    """Words of attendees' names: they say who, not what, and owner agreement is scored apart."""
    return frozenset(w.lower() for person in meeting.people for w in _WORD.findall(person.name))


def name_index(meeting: Meeting) -> dict[str, frozenset[str]]:
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


def names(text: str, index: dict[str, frozenset[str]]) -> frozenset[str]:
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
