"""One body, one name: the names a corpus's documents give their bodies, grouped.

Title blocks name the same body in several ways: with or without its parent ("Standards
Committee", "Vale District Council Standards Committee"), with a word missing ("Hadley Parish
Council"), by its initials ("EWH NHS Trust Board"), or reworded ("Libraries Joint Committee",
"Joint Library Services Committee"). A name joins another when its words (plurals folded,
initials spelt out) are among the other's and both name the same kind of body (the last body
word: Committee, Board, Council), or it names no kind at all (an organisation, whose board or
committee meets under the fuller name); a name that could join two different bodies ("Parish
Council" beside two parishes) stays as it is. Each group takes its fullest name (the one most
of its documents give, where several are as full). A name of a kind alone ("Board of
Directors") that no words place joins the one group whose people it shares most of."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from assistant.ingest.organisations import organisation_of
from assistant.ingest.people import bare_name
from assistant.records import Meeting

_SMALL = {"and", "of", "the", "for", "in", "on", "at", "to", "with", "de", "upon"}
_KIND = re.compile(
    r"\b(council|board|committee|sub-?committee|trust|partnership|group|executive|forum|panel"
    r"|authority|cabinet|assembly|commission|trustees|governors|body|directors|society"
    r"|commissioners|conservators|corporation"
    r"|association|federation|alliance|network)\b",
    re.I,
)
_GENERIC_BOARD = frozenset({"board", "trustee", "director", "committee", "management", "governor"})
_QUALIFIERS = {"full", "main"}  # "Full Governing Board" is the Governing Board
# the same words in Welsh, as bilingual councils print their names ("Cyngor Tref Llan")
_WELSH = {
    "cyngor": "council", "tref": "town", "cymuned": "community", "sir": "county",
    "pwyllgor": "committee", "bwrdd": "board", "dinas": "city",
}  # fmt: skip


def _stem(word: str) -> str:
    word = re.sub(r"['’]s?$", "", word)  # "St Anne's" is "St Anne", "Users'" is "Users"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "'s", "’s")) and len(word) > 3:
        return word[:-1]
    return word


def _words(name: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'’-]*", name.replace("&", " and "))


def _expand(name: str, names: Iterable[str]) -> str:
    """Spell out initials another name of the corpus spells ("EWH" -> "Eastmoor and Wendle
    Hospitals")."""
    out = []
    for word in name.split():
        # initials, or three that a title set in capitals left folded ("Hobsfleet Idb")
        folded = word.istitle() and len(word) == 3
        initials = word.upper() if folded else word
        if word.isalpha() and (word.isupper() and 2 <= len(word) <= 6 or folded):
            for other in names:
                found = _spelt(initials, _words(other))
                if found and found != initials:  # another name's spelling, not the initials
                    word = found
                    break
        out.append(word)
    return " ".join(out)


def _spelt(initials: str, words: list[str]) -> str | None:
    for start in range(len(words)):
        picked, letters = [], ""
        for word in words[start:]:
            picked.append(word)
            if word.lower() in _SMALL:
                continue
            # an acronym inside the name stands for all its letters ("Vale LSCP" is "VLSCP"),
            # a hyphened word for the initials of its parts where they fit ("Mid-Lunderby": ML)
            parts = "".join(p[:1].upper() for p in word.split("-"))
            if word.isupper() and len(word) > 1:
                letters += word
            else:
                letters += parts if initials.startswith(letters + parts) else word[0].upper()
            if not initials.startswith(letters):
                break
            if letters == initials:
                return " ".join(picked)
    return None


def _tokens(name: str) -> frozenset[str]:
    name = re.sub(r"^Board\s+of\s+the\s+", "", name)  # "Board of the Corporation" is its board
    return frozenset(
        _stem(_WELSH.get(w.lower(), w.lower()))
        for w in _words(name)
        if w.lower() not in _SMALL and w.lower() not in _QUALIFIERS
    )


def _shortened(name: str) -> set[str]:
    """Words a title in capitals shortens, the initials of no other name: "NAV" in "LOCT NAV
    Committee" (Navigation)."""
    return {w.lower() for w in _words(name) if w.isupper() and 3 <= len(w) <= 4}


def _holds(tokens: frozenset[str], token: str, shortened: bool) -> bool:
    return token in tokens or (shortened and any(t.startswith(token) for t in tokens))


def _written_as_one(name: str) -> set[str]:
    """Each two of a name's words written as one, as another name may ("Food Bank",
    "Foodbank")."""
    words = [_stem(w.lower()) for w in _words(name) if w.lower() not in _SMALL]
    return {a + b for a, b in zip(words, words[1:], strict=False)}


def _kind(name: str) -> str | None:
    found = _KIND.findall(name)
    return found[-1].lower() if found else None


def _kind_tail(name: str) -> set[str]:
    """The body words a name ends with: "Executive Group" in "… Partnership Executive Group",
    where "… Executive" is the same body named one word short."""
    tail = set()
    for word in reversed(_words(name)):
        if word.lower() in _SMALL:
            continue
        if not _KIND.fullmatch(word):
            break
        tail.add(word.lower())
    return tail


def group_bodies(
    names: Iterable[str | None], people: dict[str, set[str]] | None = None
) -> dict[str, str]:
    """Each name -> the name of its group (itself when it joins none). `people`: the people
    the documents under each name list, which join a name its words cannot place."""
    counts = Counter(n for n in names if n)
    expanded = {n: _expand(n, counts) for n in counts}
    named = {n: organisation_of(expanded[n]) or n for n in counts}
    tokens = {n: _tokens(named[n]) for n in counts}
    joined = {n: tokens[n] | _written_as_one(named[n]) for n in counts}
    short = {n: _shortened(expanded[n]) for n in counts}
    # the fullest names first: each later name joins the one group that holds all its words
    # (a name that says its kind before one that does not: "Cyngor Cymuned Tawe" joins the
    # "Tawe Community Council" group, not the other way round)
    order = sorted(
        counts, key=lambda n: (-len(tokens[n]), bool(short[n]), _kind(n) is None, -counts[n], n)
    )
    groups: list[list[str]] = []
    bare: list[str] = []
    for name in order:
        kind = _kind(expanded[name])
        # a name with no body word ("Brackenridge Village Hall", at its AGM) is the organisation
        # whose committee or board meets under the fuller name
        homes = [
            g
            for g in groups
            if all(_holds(joined[g[0]], t, t in short[name]) for t in tokens[name])
            and (
                kind is None or kind == _kind(expanded[g[0]]) or kind in _kind_tail(expanded[g[0]])
            )
        ]
        if not homes and tokens[name] <= _GENERIC_BOARD:
            bare.append(name)  # placed once every group is known
            continue
        if len(homes) == 1:
            homes[0].append(name)
        else:
            groups.append([name])
    unnamed = [g for g in groups if _kind(expanded[g[0]]) is None]
    groups += [[name] for name in bare]
    mapping: dict[str, str] = {}
    for group in groups:
        # the name spelt out before its initials ("Vale Cricket League", not "VCL Committee")
        best = max(group, key=lambda n: (len(tokens[n]), n == expanded[n], counts[n], len(n), n))
        mapping.update({n: best for n in group})
    if people:
        mapping.update(_joined_by_people(groups, mapping, tokens, people))
    for name in bare:  # "Board of Trustees" alone, its people no group's: the board of the
        if mapping[name] == name and len(unnamed) == 1:  # one organisation named without one
            mapping[name] = mapping[unnamed[0][0]]
    return mapping


def people_by_body(meetings: Iterable[Meeting]) -> dict[str, set[str]]:
    """The people each body name's documents list (names without titles, lower case)."""
    out: dict[str, set[str]] = {}
    for m in meetings:
        name = m.body_read or m.body
        if name:
            out.setdefault(name, set()).update(bare_name(p.name).lower() for p in m.people)
    return out


_SHARED_PEOPLE = 3  # at least this many of a name's people, and half of them, in the group


def _joined_by_people(
    groups: list[list[str]],
    mapping: dict[str, str],
    tokens: dict[str, frozenset[str]],
    people: dict[str, set[str]],
) -> dict[str, str]:
    """A group named by its kind alone ("Board of Directors", "Trustees") joins the one group
    that holds most of its people: the same people meeting is the same body. A name with words
    of its own does not ("Oakby Town Council" beside its Planning Committee, whose members are
    the council's)."""
    members = {mapping[g[0]]: set().union(*(people.get(n, set()) for n in g)) for g in groups if g}
    moved: dict[str, str] = {}
    for group in groups:
        name = mapping[group[0]]
        own = members[name]
        if any(not _KIND.fullmatch(t) and t not in _GENERIC_BOARD for t in tokens[name]):
            continue
        fits = [
            other
            for other, theirs in members.items()
            if other != name
            and len(tokens[other]) > len(tokens[name])
            and len(own & theirs) >= max(_SHARED_PEOPLE, len(own) / 2)
        ]
        if len(fits) == 1:
            moved.update({n: fits[0] for n in group})
    for name, home in moved.items():  # a group that joined one that joined another
        seen = {name}
        while home in moved and home not in seen:
            seen.add(home)
            home = moved[home]
        moved[name] = home
    return moved
