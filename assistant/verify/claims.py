"""What an answer sentence asserts, read off its text: numbers (with dates, ordinals, number
words and amounts), months, names and initials, status words and content-word stems. The
verifier requires each of them to be found in the evidence a sentence cites."""

from __future__ import annotations

import re
import unicodedata

from assistant.text import MONTHS, STOP_WORDS

STATUS_WORDS = {
    "open", "closed", "complete", "completed", "ongoing", "outstanding", "overdue", "done",
    "pending", "approved", "agreed", "rejected", "deferred", "cancelled", "resolved",
    "circulated", "declined", "postponed", "withdrawn", "ratified", "endorsed",
}  # fmt: skip
# Words that say the same about a decision or an action's state: minutes write "RESOLVED",
# an answer "agreed". Anything outside a word's class (open vs closed) stays a mismatch.
STATUS_CLASSES = [
    {"agreed", "approved", "resolved", "ratified", "endorsed", "accepted", "adopted"},
    {"open", "ongoing", "outstanding", "pending"},
    {"closed", "complete", "completed", "done"},
]
# Content words an answer may add without the evidence saying them: the framing of a reply.
FRAMING = {
    "board", "commi", "counc", "meeti", "minut", "trust", "group", "agree", "decid",
    "decis", "repor", "noted", "state", "said", "confi", "discu", "recor", "menti", "also",
    "would", "shoul", "furth", "propo", "resol", "appro", "asked", "reque", "inclu",
}  # fmt: skip
# Above this many claim words that neither the cited evidence nor the question contains, and
# above this share of the claim's words, a sentence says something the evidence does not.
NOVEL_WORDS = 3
NOVEL_SHARE = 0.4
NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "first": "1",
    "second": "2", "third": "3", "fourth": "4", "fifth": "5",
}  # fmt: skip
# Capitalised words that start or fill sentences without naming anyone or anything.
COMMON_CAPITALISED = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
    "there", "their", "his", "her", "in", "on", "at", "for", "of", "to", "and", "or", "but",
    "as", "by", "with", "from", "no", "not", "yes", "all", "both", "each", "one", "some",
    "what", "which", "who", "when", "where", "why", "how", "also", "however", "according",
    "minutes", "meeting", "action", "actions", "open", "closed", "status", "owner", "owners",
    "lead", "progress", "due", "item", "items", "page", "note", "i", "we", "you", "after",
    "before", "during", "currently", "further", "then", "other", "following", "next", "last",
    "previous", "mr", "mrs", "ms", "dr", "cllr", "councillor", "chair", "chairman", "clerk",
    "if", "while", "until", "since", "there's", "is", "are", "was", "were", "has",
    "have", "had", "will", "would", "should", "can", "could", "may", "must", "nobody", "none",
}  # fmt: skip

CLAIM_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def normalise(text: str) -> str:
    """Lower case, one kind of quote and dash, accents folded ("Siân" is printed "Sian")."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return re.sub(r"\s+", " ", text).lower()


def numbers_in(text: str) -> set[str]:
    """Numbers in a text, normalised: thousands separators dropped, ordinals and number
    words mapped to digits, two-digit years in dd.mm.yy dates expanded to 20yy."""
    found: set[str] = set()
    for raw in _NUMBER.findall(text):
        found.add(raw.replace(",", ""))
        found.add(raw.replace(",", "").rstrip("0").rstrip(".") if "." in raw else raw)
        parts = re.split(r"[.:/]", raw)
        if len(parts) == 3 and all(p.isdigit() for p in parts):  # a dd.mm.yy date
            day, month, year = parts
            found.update({str(int(day)), str(int(month)), day, month})
            found.add(year if len(year) == 4 else f"20{year}")
        for part in parts:
            if part.isdigit():
                found.add(str(int(part)))
    for word in CLAIM_WORD.findall(text.lower()):
        if word in NUMBER_WORDS:
            found.add(NUMBER_WORDS[word])
    return found


def sentence_numbers(text: str) -> set[str]:
    """Numbers a sentence asserts; each must be found in the evidence."""
    found = set()
    for raw in _NUMBER.findall(text):
        value = raw.replace(",", "")
        found.add(value if value.replace(".", "").isdigit() else raw)
    for match in re.finditer(r"\b(\d+)(?:st|nd|rd|th)\b", text):
        found.discard(match.group(0))
        found.add(match.group(1))
    return found


_MAGNITUDE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(million|billion|thousand|bn|m|k)\b", re.I)


def magnitudes(text: str) -> set[str]:
    """ "£1 million" must not pass because "1" appears somewhere: the amount goes together."""
    return {f"{n.replace(',', '')} {unit.lower()[0]}" for n, unit in _MAGNITUDE.findall(text)}


def months_in(text: str) -> set[int]:
    found = {MONTHS[w] for w in CLAIM_WORD.findall(text.lower()) if w in MONTHS and len(w) > 3}
    for raw in _NUMBER.findall(text):
        parts = re.split(r"[./]", raw)
        if len(parts) == 3 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
            found.add(int(parts[1]))
    return found


def name_tokens(text: str, known: set[str]) -> set[str]:
    """Capitalised words that may name someone or something. A sentence's first word is
    only a name if some evidence uses it as one (`known`); otherwise "Currently" counts."""
    tokens: set[str] = set()
    words = list(re.finditer(r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-])+", text))  # "Siân", "O’Neill"
    for match in words:
        word = re.sub(r"['’]s?$", "", match.group(0))
        if word.lower() in COMMON_CAPITALISED or word.lower() in MONTHS:
            continue
        sentence_start = not text[: match.start()].strip(" -*•\"'(")
        if sentence_start and word.lower() not in known and not word.isupper():
            continue
        tokens.add(word)
    return tokens


def contains_word(haystack: str, word: str) -> bool:
    return (
        re.search(rf"(?<![A-Za-z]){re.escape(normalise(word))}(?![A-Za-z])", haystack) is not None
    )


def name_in(text: str, word: str) -> bool:
    """The word is in the text as a word, or glued to its neighbours the way PDF extraction
    runs words together ("theChilmingtonGreen" names Chilmington Green): there it must keep
    its capital and the next character must not continue it in lower case."""
    if contains_word(normalise(text), word):
        return True
    if not word[:1].isupper():
        return False
    glued = rf"(?<=[A-Za-z]){re.escape(word)}(?![a-z])|{re.escape(word)}(?=[A-Z])"
    return re.search(glued, text.replace("’", "'")) is not None


def status_alikes(word: str) -> set[str]:
    for alike in STATUS_CLASSES:
        if word in alike:
            return alike
    return {word}


def stems(text: str) -> set[str]:
    """Lowercase content-word stems (first 5 letters): "chaired" ~ "Chair"."""
    words = {w.lower().replace("’", "'") for w in CLAIM_WORD.findall(text)}
    return {w[:5] for w in words if w not in STOP_WORDS and len(w) > 2}


# A role a sentence gives someone ("chaired by X") must sit next to that person in the
# evidence: an attendee list names everyone, but only one of them carries "(Chair)".
# "Secretary of State" is an office, not a role anyone at the meeting holds.
ROLE = re.compile(r"\b(chair|clerk|treasurer|secretary|minute[- ]taker)(?!\w*\s+of\s+State)", re.I)
_ONE_NAME = r"(?:[A-Z][A-Za-z'’\-]+\s+){0,3}[A-Z][A-Za-z'’\-]+"
_NAME_RUN = (
    rf"{_ONE_NAME}(?:\s*(?:,|\band\b|&)\s*{_ONE_NAME})*"  # "Ann Cole, Ben Hill and Dan Ross"
)
# "Ann Berry (AB) chaired", "Jo Reed, the Clerk,", "X was the Parish Clerk";
# a run after "the" ("the Borough Council, the Clerk emailed") names a body, not the holder.
_HOLDER_BEFORE = re.compile(
    rf"\b(?P<name>{_NAME_RUN})\s*(?:\([^)]*\)\s*)*"
    r"(?:,\s*)?(?:(?:was|is|as|acted\s+as|became|remains)\s+)?"
    r"(?:(?:the|its|their|a|an)\s+)?(?:[A-Z][a-z]+\s+)?$"
)
# "chaired by X", "the Chair, X,", "Clerk: X", "Chair X"
_HOLDER_AFTER = re.compile(rf"^\w*(?:\s+by)?\s*[,:(]?\s*(?:(?:was|is)\s+)?(?P<name>{_NAME_RUN})")


def role_holders(claim: str) -> list[tuple[str, str]]:
    """(role stem, text naming whoever the claim gives that role)."""
    out = []
    for role in ROLE.finditer(claim):
        stem = role.group(1).lower()[:5]
        before = _HOLDER_BEFORE.search(claim[: role.start()])
        if before and not _names_a_body(claim[: before.start()]):
            out.append((stem, before.group("name")))
        after = _HOLDER_AFTER.match(claim[role.end() :])
        if after:
            out.append((stem, after.group("name")))
    return out


def _names_a_body(lead: str) -> bool:
    """The word before a name run is "the" or another capitalised word: the run is (part
    of) an organisation's name ("the Borough Council"), not a person's."""
    previous = lead.split()[-1:]
    return bool(previous) and (
        previous[0].lower() in ("the", "a", "an") or previous[0][:1].isupper()
    )


# "The board agreed that P": P must be what the cited record decided, not a finding it reported
# before deciding something else ("GA reported that 81% ... RESOLVED that the Board write ...").
_CLAIMED_DECISION = re.compile(
    r"\b(?:agreed|resolved|decided)\b\s*:?\s*(?:that|to)\s+(?P<what>.+)$", re.I
)
# what a record decided: to the end of its sentence ("£386.40" and "Cllr. A. Lee" do not end it)
_DECISION = re.compile(
    r"\b(?:resolved|agreed|decided|approved|endorsed)\b(?P<what>.*?)(?:[.;](?=\s+[A-Z(])|\n|$)",
    re.I,
)
_ASIDE = re.compile(r"\([^)]*\)?")  # "(raised 2 October 2019)", "(Cllr Lee proposed, ...)"
DECIDED_SHARE = 0.5  # of the claimed decision's words, in the words of the record's decisions


def decision_problem(claim: str, evidence_text: str) -> str | None:
    claimed = _CLAIMED_DECISION.search(claim)
    decided = [m.group("what") for m in _DECISION.finditer(evidence_text)]
    if claimed is None or not decided:
        return None
    what = stems(_ASIDE.sub(" ", claimed.group("what")))
    if len(what) < 3:
        return None
    in_decisions = len(what & stems(" ".join(decided))) / len(what)
    rest = _DECISION.sub(" ", evidence_text)
    elsewhere = len(what & stems(rest)) / len(what)
    if in_decisions < DECIDED_SHARE and elsewhere > in_decisions:
        return "the cited record decided something else"
    return None


# "The reviewer will present his findings in September" does not support "the findings were
# presented": a claim that something was done, over evidence that gives it only as to come.
_PAST_OF = {
    "gave": "give", "given": "give", "made": "make", "took": "take", "taken": "take",
    "won": "win", "sent": "send", "chose": "choose", "chosen": "choose", "paid": "pay",
    "found": "find", "held": "hold", "met": "meet", "began": "begin", "begun": "begin",
    "wrote": "write", "written": "write", "sold": "sell", "bought": "buy", "built": "build",
}  # fmt: skip
_DONE = re.compile(r"\b(?P<word>[a-z]{3,}ed|" + "|".join(_PAST_OF) + r")\b", re.I)
# the words before a verb that put it still to come: "will (be) presented", "is to present"
_COMING = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+to|to\s+be|(?:expected|due|plans?|intends?|aims?)"
    r"\s+to)\s+(?:\w+ly\s+)?(?:be\s+)?$",
    re.I,
)


# "have not yet been tracked", "must be adopted", "if ... are adopted": no claim it was done
_HEDGED = re.compile(
    r"\b(?:not|never|yet|must|should|would|could|may|might|can|cannot|if|unless|whether)\b"
    r"(?:\s+[\w'’]+){0,3}\s+$",
    re.I,
)


def _base(word: str) -> str:
    word = word.lower()
    if word in _PAST_OF:
        return _PAST_OF[word]
    stem = word[:-2] if word.endswith("ed") else word
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        stem = stem[:-1]  # "planned" -> "plan"
    return stem


def tense_problem(claim: str, evidence_text: str) -> str | None:
    """A verb the claim gives as done ("were presented", "awarded") that the evidence has only
    in forms still to come ("will present", "is to be awarded")."""
    for match in _DONE.finditer(claim):
        before = claim[: match.start()][-30:]
        if _COMING.search(before) or _HEDGED.search(before):
            continue  # the claim itself says it is to come, or not done, or only may be
        base = _base(match.group("word"))
        forms = [m for m in re.finditer(rf"\b{re.escape(base[:5])}\w*", evidence_text, re.I)]
        if not forms:
            continue
        done_forms = {match.group("word").lower(), f"{base}ed", f"{base}d"}
        done_forms |= {past for past, b in _PAST_OF.items() if b == base}
        if all(
            _COMING.search(evidence_text[: m.start()][-30:]) or m.group(0).lower() not in done_forms
            for m in forms
        ) and any(_COMING.search(evidence_text[: m.start()][-30:]) for m in forms):
            return f"{match.group('word')!r}: the cited evidence has it only as still to come"
    return None


# --------------------------------------------------------------------------- numbers and what they count

# a number (not one inside a code: "A134", "A4A"), a word, or the punctuation that ends a phrase
_TOKEN = re.compile(r"(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)*(?![A-Za-z]*\d)|[A-Za-z][A-Za-z'’]*|[,;:()]")
_BOUND_REACH = 4  # words either side of a number in the evidence that may say what it counts
_NOT_COUNTED = {
    "per",
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "each",
    "plus",
}


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(normalise(text))]


def _number(token: str) -> str | None:
    return token.replace(",", "") if token[:1].isdigit() else None


def _counts(tokens: list[str], at: int) -> str | None:
    """The stem of what the number at `at` counts: the word right after it ("2,200
    contacts"), or before it where nothing follows ("from the age of 16."); none across
    punctuation or in a date."""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    before = tokens[at - 1] if at and not after else ""
    if after in MONTHS or before in MONTHS:
        return None  # "4 May 2017": a date, checked elsewhere
    word = after or before
    if len(word) > 2 and word.isalpha() and word not in STOP_WORDS | _NOT_COUNTED:
        return word[:5]
    return None


def binding_problem(claim: str, evidence: str) -> str | None:
    """A number must count in the evidence what it counts in the claim. Flagged only where
    the evidence gives that count another number ("600 contacts" on "2,200 contacts ...
    500-600 families"; "499 tonnes" on "a 499kW plant ... 832 tonnes") and nothing near the
    claim's own number counts the same; a paraphrase that names it otherwise is left to the
    other checks, and dates and years are checked elsewhere."""
    said, seen = _tokens(claim), _tokens(evidence)
    for k, token in enumerate(said):
        value = _number(token)
        if value is None or re.fullmatch(r"(?:19|20)\d\d", value):
            continue
        counted = _counts(said, k)
        if counted is None:
            continue
        near: list[bool] = []  # for each number of the evidence that counts it: is it this one
        for j, other in enumerate(seen):
            if _number(other) is not None and _counts(seen, j) == counted:
                near.append(_number(other) == value)
        if not near or any(near):
            continue
        places = [j for j, t in enumerate(seen) if _number(t) == value]
        window = {
            w[:5] for j in places for w in seen[max(0, j - _BOUND_REACH) : j + _BOUND_REACH + 1]
        }
        if counted not in window:
            return f"{token} is not what the cited evidence gives for '{counted}'"
    return None
