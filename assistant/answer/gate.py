"""Cheap checks, before any generation, that retrieved passages can answer a question at all.
A question about a body's 2019 budget is not answered by another body's 2020 budget, nor by
the right body's minutes that never mention 2019: the years and numbers it names, and the
names it gives (places, organisations, people), must be found in the evidence, and some
passage must share what the question asks about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.records import Evidence
from assistant.text import MONTHS
from assistant.verify.claims import (
    COMMON_CAPITALISED,
    name_in,
    name_tokens,
    numbers_in,
    sentence_numbers,
)

from . import evidence as ev
from .decisions import ASKING_WORDS
from .facts import ORG_WORDS, spelled_out
from .facts import name_tokens as body_words

# Capitalised words a question uses for meetings in general, not for anything in particular.
MEETING_WORDS = frozenset(
    """agenda minutes minute item items meeting meetings action actions matters arising
    report reports councillor councillors cllr member members officer officers""".split()
)


# Titles of offices: "the Minister", "the Cabinet Secretary" name a person by post, and
# minutes and transcripts name the holder instead ("Kirsty Williams AM:").
POSTS = frozenset(
    """minister secretary deputy cabinet chief inspector commissioner chair vice mayor leader
    executive director officer clerk treasurer governor headteacher principal president
    trustee""".split()
)
# "the Education Minister": a capitalised word before a title is part of the post
_BEFORE_POST = re.compile(rf"\b([A-Z][a-z]+)\s+(?=(?:{'|'.join(POSTS)})\b)", re.I)


def entities(question: str, body: str | None = None) -> set[str]:
    """Words of the question that name something: capitalised, not its first word, not a
    question word, month, kind of body, title of an office, or the name (or acronym) of the
    body it is confined to."""
    skip = set(body_words(body or "")) | ORG_WORDS | MEETING_WORDS | POSTS
    skip |= {m.group(1).lower() for m in _BEFORE_POST.finditer(question) if m.group(1)[0].isupper()}
    found = set()
    for word in name_tokens(question, known=set()):
        folded = re.sub(r"['’]s?$", "", word).lower()
        if folded in skip or folded in COMMON_CAPITALISED or folded in MONTHS:
            continue
        if body and word.isupper() and spelled_out(word, body):
            continue  # "the Friars Walk PPG": the body's own acronym
        found.add(word)
    return found


def missing_entities(question: str, evidence: Sequence[Evidence], body: str | None) -> set[str]:
    texts = [f"{e.haystack}\n{e.context}" for e in evidence]
    return {w for w in entities(question, body) if not any(named(t, w) for t in texts)}


def named(text: str, word: str) -> bool:
    """The name is in the text; an acronym's plural ("HMIs") by its singular too."""
    if name_in(text, word):
        return True
    return re.fullmatch(r"[A-Z]{2,}s", word) is not None and name_in(text, word[:-1])


# "2011-12", "2019/20", "2020/2021": a financial or school year, named by either of its years
YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)?\d\d)\b")


def _years(span: re.Match[str]) -> tuple[str, str]:
    first, second = span.group(1), span.group(2)
    return first, second if len(second) == 4 else first[:2] + second


def missing_numbers(question: str, evidence: Sequence[Evidence]) -> set[str]:
    """Numbers the question names that no passage (with its lead-in) or meeting date gives. A
    financial or school year ("2024/25") is found in any of its spellings ("2024-25",
    "2024/2025"), or by either of its years where the passages name no other such year: a
    passage on 2025/26 holds 2025 but not 2024/25."""
    text = " ".join(f"{e.haystack} {e.context}" for e in evidence)
    found = numbers_in(text.lower())
    spans = {_years(m) for m in YEAR_SPAN.finditer(text)}
    wanted, years_missing = sentence_numbers(question), set()
    for span in YEAR_SPAN.finditer(question):
        wanted -= {span.group(1), span.group(2), str(int(span.group(2)))}
        years = _years(span)
        if years not in spans and (spans or not set(years) & found):
            years_missing.add(span.group(1))
    return (wanted - found) | years_missing


def answerable(
    question: str,
    evidence: Sequence[Evidence],
    body: str | None = None,
    added: Sequence[Evidence] = (),
) -> bool:
    """The numbers the question names (a year, an amount) and the names it gives are in the
    evidence, and some passage shares a content word with what it asks. The sum a "how much"
    question asks for may be in a passage `added` for it (coverage.select)."""
    if not evidence:
        return False
    if missing_numbers(question, evidence):
        return False
    missing = missing_entities(question, evidence, body)
    given = entities(question, body) - missing
    if missing and (
        len(given) < _NAMES_FOUND or len(missing) > len(given) or _a_person(question, missing)
    ):
        return False  # what it names the passages do not; a qualifier alone may be elsewhere
    if MONEY_ASKED.search(question) and not any(
        ev.AMOUNT.search(part) and _about_it(question, part, given, body)
        for e in [*evidence, *added]
        for part in _STATEMENTS.split(e.text)
    ):  # a sum of money, in a sentence or row about what was asked
        return False
    return covers(question, evidence, entities(question, body))


# a question naming several things the passages hold ("Hallowgate Pumps", "Pump No. 2") is on
# them though a qualifier it adds ("at Skeldyke Sluice") is printed elsewhere in the minutes
_NAMES_FOUND = 3


# where one sentence or table row of a passage ends: "… £41,200.  2<TAB>Oil spill plan …" is
# two rows, and the sum is in the one that is not about the oil spill
_STATEMENTS = re.compile(r"(?<=[.!?])\s+(?=[A-Z\d])|\n| {2,}(?=\S)")

# "How much did they spend on X?" is answered by an amount of money, not by any number.
MONEY_ASKED = re.compile(
    r"\bhow\s+much\b.*\b(spen[dt]|cost|budget|fund|paid|pay|price|grant|allocat|money|fee)", re.I
)


# the words that ask for money, not what it went on: "cost" in "How much did the exercise cost?"
_MONEY_WORDS = {
    ev.content_words(w).pop()
    for w in ("cost", "spend", "spent", "paid", "pay", "price", "money", "much")
}


def _bought(question: str) -> set[str]:
    """What a "how much" question asks the sum of: its words less those that ask for money;
    all of them where nothing else is left ("How much was the grant?")."""
    words = ev.focus_words(question)
    return (words - _MONEY_WORDS) or words


def _about_it(question: str, statement: str, names: set[str], body: str | None = None) -> bool:
    """A sentence or row on what a "how much" question (or the ask of it that wants a sum)
    asks the sum of: one that names what it names ("the Pont Haearn shelter"), or shares
    two of its other words, or its one word ("How much did the larder pay for its van?")."""
    if any(named(statement, n) for n in names):
        return True
    held = ev.content_words(statement)
    named_words = ev.content_words(" ".join([*names, body or ""]))  # who asks, not what for
    for ask in ev.asks(question):
        words = _bought(ask) - named_words
        if words and len(words & held) >= min(2, len(words)):
            return True
    return False


# who said or did what the question asks about: "Councillor Ishbel Drysdale", "What did Ann
# Lee say …": a person's name the minutes never print is never a qualifier printed elsewhere
_PERSON_NAMED = re.compile(
    r"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Revd?)\.?\s+(?P<a>(?:[A-Z][\w'’-]+\s*){1,3})"
    r"|\b(?P<b>(?:[A-Z][\w'’-]+\s+){1,3})(?=(?:say|said|report|propose|suggest|ask|tell|explain|raise)\w*\b)"
)


def _a_person(question: str, missing: set[str]) -> bool:
    return any(
        set((m.group("a") or m.group("b")).split()) & missing
        for m in _PERSON_NAMED.finditer(question)
    )


def covers(question: str, evidence: Sequence[Evidence], names: set[str] | None = None) -> bool:
    """Some passage holds a third of what the question asks about (at least one word; two
    when it asks about four or more things), not counting the words that name the meeting.
    A passage that holds every name the question gives (who spoke, which scheme) and one word
    of what it asks is on the question however many other words it asks with."""
    best = 0
    wanted_any = False
    asked = ev.focus_words(question) - ASKING_WORDS  # "decide", "agree": what kind, not what
    for item in evidence:
        wanted = asked - ev.content_words(item.meeting or "")
        wanted_any = wanted_any or bool(wanted)
        if wanted:
            share = len(wanted & ev.content_words(item.text))
            need = max(1, -(-len(wanted) // 3))
            if names and all(named(f"{item.haystack}\n{item.context}", w) for w in names):
                need = 1
            best = max(best, share - need + 1)
    return not wanted_any or best >= 1


def unasked_topic(question: str, evidence: Sequence[Evidence]) -> bool:
    """Some word of what the question asks about is in no passage, nor in its lead-in: the
    passages are about something near it ("the biodiversity policy" for "the drones policy")."""
    wanted = ev.focus_words(question)
    present: set[str] = set()
    for item in evidence:
        present |= ev.content_words(f"{item.text} {item.context} {item.meeting or ''}")
    return bool(wanted - present)


def plainly_answered(question: str, evidence: Sequence[Evidence]) -> bool:
    """Some passage contains every word of what the question asks about."""
    wanted = ev.focus_words(question)
    return bool(wanted) and any(wanted <= ev.content_words(e.text) for e in evidence)
