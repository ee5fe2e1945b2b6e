"""An outcome the minutes record only as still to come. "Did the Board approve the accounts?"
over "The accounts are to be approved by the Board on 10 December" is not answered by that
sentence: the honest answer says the minutes do not record the outcome, and quotes what they
do say of it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.records import Evidence

from .coverage import asked_kinds, kinds_in
from .evidence import YEAR_SPAN, content_words, focus_words

# "Did the Cabinet endorse the strategy?": the verb the question asks was done, the first
# lower-case word of the question that an object follows
_DID = re.compile(r"^\s*(?i:did|has|have)\s+(?P<rest>.*)$")
_OBJECT_START = frozenset("the a an to any its their his her our this that these those".split())


# "Who was elected Chair for 2025?", "Which firm was appointed?": asked who it was done to
_WHO_WAS = re.compile(
    r"^\s*(?i:who|which\s+[\w'’-]+)\s+(?i:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<verb>[a-z][a-z-]+ed)\b"
)


# "What judgement did the Regulator of Social Housing give …?": what a body named by its name
# did (a subject of capitalised words, then the verb)
_WHAT_DID_NAMED = re.compile(
    r"^\s*(?i:what|which)\b[^?]*?\bdid\s+(?:the\s+)?"
    r"(?P<subject>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|the|for|&))*)\s+(?P<verb>[a-z]{3,})\b"
)


# what someone said is answered by their words, which never say "said": no outcome is asked
_SAYING = frozenset(
    "say tell explain report mention suggest argue ask describe think believe claim note add "
    "propose warn state".split()
)
# a decision taken, in any words: "RESOLVED to accept the quote", "the Board agreed, by 7 votes"
_DECIDED = re.compile(
    r"\b(?:RESOLVED|[Rr]esolved|agreed|approved|decided|voted|accepted|adopted|refused|rejected)\b"
)


def _asked_verb(question: str) -> str | None:
    passive = _WHO_WAS.match(question)
    if passive:  # "elected" asks whether anyone was elected
        return passive.group("verb")[:-2]
    named = _WHAT_DID_NAMED.match(question)
    if named and named.group("verb") not in _OBJECT_START | _SAYING:
        return named.group("verb")
    did = _DID.match(question)
    if did is None:
        return None
    words = re.findall(r"[\w'’£-]+", did.group("rest"))
    for word, after in zip(words, words[1:], strict=False):
        verb_like = word.islower() and word not in _OBJECT_START and len(word) > 2
        if verb_like and (
            after.lower() in _OBJECT_START or after[:1].isdigit() or after[:1] == "£"
        ):
            return word
    return None


# "What was the outcome of …?", "What were the findings of …?"
_OUTCOME = re.compile(
    r"^\s*what\s+(?:was|were)\s+(?:the\s+)?(?:\w+\s+)?(?:outcome|result|findings?|verdict|decision|conclusions?)\b",
    re.I,
)
# what minutes say of a matter still to come
_TO_COME = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|was\s+to|were\s+to|due\s+to|deferred|postponed"
    r"|pending|awaiting|awaited|to\s+(?:report|present|bring|return|consider|decide|submit)"
    r"|agreed\s+to\s+(?:recommend|apply|seek|ask|submit|refer|bid))\b",
    re.I,
)
# a no is an outcome too: "Royal Mail advised they will not place a post box there"
_REFUSED = re.compile(
    r"\b(?:will|would|shall|could|can)\s+not\b|\b(?:won't|wouldn't|cannot|can't)\b"
    r"|\b(?:refused|declined|rejected|turned\s+down)\b",
    re.I,
)
# a verb's done forms that are not -ed: "gave", "given"
_IRREGULAR = {
    "give": ("gave", "given"),
    "make": ("made",),
    "take": ("took", "taken"),
    "grant": ("granted",),
    "win": ("won",),
    "send": ("sent",),
    "choose": ("chose", "chosen"),
    "pay": ("paid",),
    "find": ("found",),
}
# a done form inside a construction still to come: "to be approved", "will be approved"
_STILL_TO_COME = re.compile(r"\b(?:to|will|shall|would|be|been)\s+$", re.I)


def _done_forms(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    return [f"{stem}ed", f"{verb}d", *(_IRREGULAR.get(verb, ()))]


def _says_done(text: str, verb: str) -> bool:
    for form in _done_forms(verb):
        for m in re.finditer(rf"\b{re.escape(form)}\b", text, re.I):
            if not _STILL_TO_COME.search(text[max(0, m.start() - 12) : m.start()]):
                return True
            if _RESOLVED_THAT.search(text[: m.start()]):
                return True  # "RESOLVED: That the contract be awarded …": decided there and then
    return False


# a resolution or agreement whose "be <done>" is the decision taken: "RESOLVED that … be awarded"
_RESOLVED_THAT = re.compile(
    r"\b(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed|[Dd]ecided)\b[^.;]*\bbe\s+$"
)


def outcome_to_come(question: str, picked: Sequence[str], evidence: Sequence[Evidence]) -> bool:
    """Whether the question asks for an outcome that the minutes found record only as to
    come. "Did X approve …?": no passage says it was approved, and what is quoted or found says
    what will be done. "What was the outcome of …?": every sentence quoted says what will be."""
    if not picked:
        return False
    verb = _asked_verb(question)
    if verb:
        texts = [e.text for e in evidence]
        if any(_says_done(t, verb) or _REFUSED.search(t) for t in texts):
            return False
        if not _DID.match(question) and any(_DECIDED.search(t) for t in [*picked, *texts]):
            return False  # "What … did the Board make?" over a decision taken in other words
        return any(_TO_COME.search(t) for t in [*picked, *texts])
    if _OUTCOME.match(question):
        return all(_TO_COME.search(s) for s in picked)
    return False


def kind_to_come(question: str, picked: Sequence[str]) -> bool:
    """The question asks for a kind of fact (a sum, a count, a share) that no sentence
    found gives, and one of them says what is still to come: "What did the desilting cost?"
    over "The Engineer is to bring a costed proposal to the December meeting"."""
    kinds = asked_kinds(question) & {"amount", "count", "share"}
    if not kinds or not picked:
        return False
    text = " ".join(picked)
    return not kinds_in(text, kinds) and any(_TO_COME.search(s) for s in picked)


# the whole of a period: "in 2024/25", "for the full year", "as a whole"
_WHOLE = re.compile(
    r"\b(?:whole|full|entire)\s+(?:of\s+)?(?:the\s+)?(?:year|period)\b|\bas\s+a\s+whole\b|\bannual\b",
    re.I,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
# part of a year: "year to date", "April–February", "in the first quarter", "Q2"
_PART = re.compile(
    rf"\byear[\s-]+to[\s-]+date\b|\bYTD\b|\bto\s+date\b|\bso\s+far\b|\bQ[1-4]\b"
    rf"|\b(?:first|second|third|fourth|last|latest)\s+(?:quarter|half|six\s+months|three\s+months|nine\s+months|month)\b"
    rf"|\bquarter\s+[1-4]\b|\bmonth\s+\d\d?\b|\b{_MONTH}\s*(?:–|-|to|until)\s*(?:\d\d?\s+)?{_MONTH}\b",
    re.I,
)
# a figure asked for in other words: "What was the total income for 2025/26?"
_TOTAL = re.compile(r"\b(?:total|income|expenditure|turnover|surplus|deficit)\b", re.I)
# words of the period asked, not of the matter: "total income" is about income
_PERIOD_WORDS = frozenset({"total", "whole", "full", "overa", "year", "years", "entir", "annua"})


def _year_labels(text: str) -> set[tuple[str, str]]:
    out = set()
    for m in YEAR_SPAN.finditer(text):
        first, second = m.group(1), m.group(2)
        out.add((first, second[-2:]))
    return out


def other_period(question: str, picked: Sequence[str]) -> bool:
    """The question asks for a figure for a whole period ("in 2024/25", "for the year as a
    whole") and every sentence found that gives a figure for what it asks about gives it for
    another period: another year ("in 2021/22") or part of one ("year to date",
    "April–February"). The figure asked for is not in the minutes found."""
    figure_asked = asked_kinds(question) & {"amount", "count", "share"} or _TOTAL.search(question)
    if not figure_asked or _PART.search(question):
        return False
    asked_years = _year_labels(question)
    if not asked_years and not _WHOLE.search(question):
        return False
    focus = focus_words(question) - _PERIOD_WORDS
    figures = [
        s for s in picked if focus & content_words(s) and re.search(r"\d", YEAR_SPAN.sub("", s))
    ]
    if not figures:
        return False
    return all(
        _PART.search(s) or (_year_labels(s) and not _year_labels(s) & asked_years) for s in figures
    )


# "Why did the Board reject the tender?": the question takes it that something was refused (or
# agreed); the minutes found may say the opposite
_WHY_ASKED = re.compile(r"^\s*why\s+(?:did|was|were|has|had|have|is|are)\b", re.I)
_NO_WORDS = re.compile(
    r"\b(?:reject|refus|declin|turn(?:ed|s)?\s+down|oppos|vot\w*\s+against|den(?:y|ied)|withdr[ae]w"
    r"|cancel|abandon)\w*"
    r"|\b(?:not|n['’]t)\s+(?:to\s+|be\s+)?(?:accept|approv|agree|adopt|award|grant|endors)",
    re.I,
)
_YES_WORDS = re.compile(
    r"\b(?:accept|approv|agree|adopt|award|grant|endors|resolved|carried|ratif)\w*", re.I
)


def premise_contradicted(question: str, picked: Sequence[str]) -> bool:
    """A "why" question whose premise the minutes found contradict: it asks why something was
    refused and what they say of it is that it was agreed ("RESOLVED that the tender … be
    accepted"), or the other way round; nothing found says what the question takes for
    granted."""
    if not picked or not _WHY_ASKED.match(question):
        return False
    said = " ".join(picked)
    no, yes = _NO_WORDS.search(question), _YES_WORDS.search(question)
    if no is None and yes is None:
        return False
    # the first of them is what was asked: "refuse to approve" asks about a refusal
    refusal = no is not None and (yes is None or no.start() < yes.start())
    asked, other = (_NO_WORDS, _YES_WORDS) if refusal else (_YES_WORDS, _NO_WORDS)
    return bool(other.search(said)) and not asked.search(said)
