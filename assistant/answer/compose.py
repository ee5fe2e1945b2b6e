"""Answers composed by code from verified evidence: one cited sentence per action or person
record, verbatim passages when no model phrases the answer, and the final renumbering of
citations (1..n in order of first use in the answer text)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from assistant.ingest.people import bare_name
from assistant.records import Citation, Evidence
from assistant.verify.claims import sentence_numbers
from assistant.verify.verifier import claim_text, split_sentences

from . import coverage, gate
from . import evidence as ev

_CITATION_GROUP = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
MAX_EXTRACTIVE_PASSAGES = 2
MAX_EXTRACTIVE_SENTENCES = 4
MIN_SENTENCE_WORDS = 3  # shorter pieces ("13.", "Health Visiting") state no fact


def cited(sentence: str) -> list[int]:
    return [int(n) for group in _CITATION_GROUP.findall(sentence) for n in re.split(r"[,;]", group)]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def one_sentence(text: str) -> str:
    """Text that may hold several sentences, joined into one with semicolons, so that the
    citation at its end covers all of it (a reader, and the verifier, split at full stops)."""
    pieces = [claim_text(p).rstrip() for p, _ in split_sentences(flat(text))]
    pieces = [p for p in pieces if p]
    joined = [re.sub(r"[.!?]+$", "", p) for p in pieces[:-1]] + pieces[-1:]
    return "; ".join(joined)


# "ACTION:", "Action by AB -": the marker the minutes print before a task
_ACTION_MARKER = re.compile(r"^\s*actions?(?:\s+by\s+[^:\-–]{1,30})?\s*[:\-–]\s*", re.I)
# "LJ to report ...", "MC and LJ are to look at ...": the owners, then the task
_OWNERS_THEN_TASK = re.compile(r"^(.{1,40}?)\s+(?:is\s+|are\s+)?to\s+(?=[a-z])")


def task_of(description: str, owners: str) -> str:
    """The task an action sets, without the marker and the owners the line gives apart:
    "ACTION: LJ to report on waiting times" -> "Report on waiting times"."""
    text = _ACTION_MARKER.sub("", description)
    lead = _OWNERS_THEN_TASK.match(text)
    if lead:
        refs = [r for r in re.split(r"\s*(?:/|,|&|\band\b)\s*", lead.group(1)) if r]
        if refs and all(re.search(rf"(?<!\w){re.escape(r)}(?!\w)", owners) for r in refs):
            text = text[lead.end() :]
    return text[:1].upper() + text[1:] if text else description


def action_line(item: Evidence, update: Evidence | None = None) -> str:
    """One line per action, as a person writes it from the register: what, who, when it was
    set, when it is due, where it stands, and its latest update with that meeting's date, e.g.
    "Circulate the audit report – Anna Baker (AB); set at the Board meeting on 4 March 2020;
    open [1]; latest update at the Board meeting on 6 May 2020: Circulated [2]." """
    facts = item.fields
    owners = ", ".join(item.owners) or "no owner named"
    printed = f"{owners}, {facts.get('Printed as', '')}"
    description = task_of(one_sentence(facts.get("Action", item.text)), printed).rstrip(".")
    parts = [f"{description} – {owners}", f"set at the {_meeting_phrase(item.meeting)}"]
    if facts.get("Due"):
        parts.append(f"due {one_sentence(facts['Due']).rstrip('.')}")
    state = facts.get("Status", "unknown")
    if facts.get("Progress"):
        state += f" ({one_sentence(facts['Progress']).rstrip('.')})"
    if facts.get("Corrected"):
        state += f" in the minutes; {facts['Corrected']} (a correction, not in the minutes)"
    line = f"{'; '.join(parts)}; {state} [{item.n}]"
    if update is not None:
        text = one_sentence(update.text).rstrip(".")
        line += f"; latest update at the {_meeting_phrase(update.meeting)}: {text} [{update.n}]"
    return line + "."


def update_sentence(item: Evidence) -> str:
    """The latest update of the action before it, e.g. "Update at the Board meeting on 14 May
    2025: Ongoing - report deferred to July [2]"."""
    return f"Update at the {_meeting_phrase(item.meeting)}: {one_sentence(item.text)} [{item.n}]."


def person_sentence(item: Evidence) -> str:
    facts = item.fields
    who = facts.get("Name", "")
    if facts.get("Initials"):
        who = f"{facts['Initials']} is {who}"
    details = [facts[k] for k in ("Role", "Organisation") if facts.get(k)]
    tail = f", {', '.join(details)}" if details else ""
    where = f" ({facts.get('Attendance', 'present')}, {item.meeting})" if item.meeting else ""
    return f"{who}{tail}{where} [{item.n}]."


def role_sentence(item: Evidence, role: str) -> str:
    """ "Ann Berry (AB) chaired the Vale Children's Trust Executive meeting on 7 December
    2017 [1]." """
    who = item.fields.get("Name", "")
    meeting = _meeting_phrase(item.meeting)
    if role == "chair":
        return f"{who} chaired the {meeting} [{item.n}]."
    held = item.fields.get("Role") or role
    return f"{who} was {held} at the {meeting} [{item.n}]."


def next_meeting_sentence(item: Evidence) -> str:
    """The line that states the next meeting, verbatim, introduced by the meeting that set
    it (its date, time and place are as the minutes print them)."""
    line = flat(item.text).rstrip(" .")
    return f"The minutes of the {_meeting_phrase(item.meeting)} give the next meeting: {line} [{item.n}]."


def sitting_sentence(item: Evidence) -> str:
    """ "The Riverside Board met on 28 June 2022 [1]." or, for an agenda pack's own date, "An
    agenda was issued for a meeting of the Riverside Board on 27 September 2022 [2]." """
    body, _, date = (item.meeting or "").rpartition(", ")
    body = f"the {body}" if body else "the meeting"
    if item.fields.get("Held") == "yes":
        return f"{body[0].upper()}{body[1:]} met on {date} [{item.n}]."
    return f"An agenda was issued for a meeting of {body} on {date} [{item.n}]."


def decision_sentence(item: Evidence) -> str:
    """ "At the Hilltop Parish Council meeting on 6 November 2019: RESOLVED that ... [1]." """
    return (
        f"At the {_meeting_phrase(item.meeting)}: {one_sentence(item.text).rstrip('.')} [{item.n}]."
    )


def venue_sentence(item: Evidence) -> str:
    """The line that says where the meeting was held, verbatim."""
    line = flat(item.text).rstrip(" .")
    return f"The minutes of the {_meeting_phrase(item.meeting)} give the place: {line} [{item.n}]."


def _meeting_phrase(label: str | None) -> str:
    """ "Body, 7 December 2017" -> "Body meeting on 7 December 2017"."""
    if not label:
        return "meeting"
    body, _, date = label.rpartition(", ")
    return f"{body} meeting on {date}" if body else f"meeting on {date}"


def record_sentences(kind: str, evidence: list[Evidence], role: str | None = None) -> list[str]:
    """The whole answer to an action, person, role or next-meeting question: the records say
    it all, so no model is asked to phrase it (a small model mixes up owners; reading its
    prompt costs seconds)."""
    if kind == "actions":
        lines = []
        for k, e in enumerate(evidence):
            if e.kind == "action":
                after = evidence[k + 1] if k + 1 < len(evidence) else None
                lines.append(action_line(e, after if after and after.kind == "update" else None))
            elif e.kind != "update":  # a commitment the register does not hold, quoted
                lines.append(f"{one_sentence(e.text)} [{e.n}]")
        return lines
    if kind == "role":
        return [
            role_sentence(e, role or "chair") if e.kind == "role" else _quoted_about(e, evidence)
            for e in evidence
        ]
    if kind == "next_meeting":
        return [next_meeting_sentence(e) for e in evidence[:1]]
    if kind == "met":
        return [sitting_sentence(e) for e in evidence]
    if kind == "venue":
        return [venue_sentence(e) for e in evidence[:1]]
    if kind == "decision":
        return [
            update_sentence(e) if e.kind == "update" else decision_sentence(e) for e in evidence
        ]
    return [person_sentence(e) for e in _one_a_person(evidence)]


def surname(name: str) -> str:
    """ "Sue Nod (SN)" -> "Nod"."""
    words = re.sub(r"\s*\([^)]*\)", "", name).split()
    return words[-1] if words else ""


def _quoted_about(item: Evidence, records: list[Evidence]) -> str:
    """The sentence of a passage that names someone the records are about, quoted; of one
    found for the question's second ask, the sentence that answers it."""
    ask = item.fields.get("Ask")
    answering = best_sentences(item.text, ev.focus_words(ask), ev.asked_words(ask)) if ask else []
    if answering:
        return f"The minutes record: “{' '.join(answering).strip()}” [{item.n}]"
    names = [n for r in records if (n := surname(r.fields.get("Name", "")))]
    sentences = [claim_text(s) for s, _ in split_sentences(flat(item.text))] or [item.text]
    about = next((s for s in sentences if any(n and n in s for n in names)), sentences[0])
    return f"The minutes record: “{about.strip()}” [{item.n}]"


def _one_a_person(evidence: list[Evidence]) -> list[Evidence]:
    """The first record of each person ("who are NC and AI?": both); the further records of a
    person are the same person in other minutes."""
    out: dict[str, Evidence] = {}
    for item in evidence:
        out.setdefault(bare_name(item.fields.get("Name", "")).lower(), item)
    return list(out.values())


def passage_sentences(question: str, evidence: list[Evidence]) -> list[str]:
    """The verbatim sentences of the best passages that bear on what the question asks (and
    hold any number it names), each cited: one or two from each of the first two passages
    that have one, then one from any further passage that adds what those lack (a word of
    the question, or the kind of fact it asks for: a sum, a date, a reason); four in all. A
    question of two asks ("What precept …, and who tells the District Council?") has the
    sentences of each."""
    parts = ev.asks(question)
    if len(parts) > 1:
        # the best two for the first ask, then the best two for the second of those left, on
        # the question's words with what the second asks for counting double ("who tells …" is
        # about the precept the first ask names)
        picked = _sentences_for(parts[0], evidence)[:_PER_ASK]
        for part in parts[1:]:
            taken = {p.rsplit(" [", 1)[0] for p in picked}
            picked += _sentences_for(question, evidence, ev.asked_words(part), taken)[:_PER_ASK]
        return picked[:MAX_EXTRACTIVE_SENTENCES]
    return _sentences_for(question, evidence)


_PER_ASK = 2


def _sentences_for(
    question: str,
    evidence: list[Evidence],
    asked: set[str] | None = None,
    taken: AbstractSet[str] = frozenset(),
) -> list[str]:
    wanted = ev.focus_words(question)
    asked = ev.asked_words(question) if asked is None else asked
    numbers = sentence_numbers(question)
    kinds = coverage.asked_kinds(question)
    picked: list[str] = []
    passages = 0
    for item in evidence:
        if wanted and not wanted & ev.content_words(item.text):
            continue
        if numbers and gate.missing_numbers(question, [item]):
            continue
        # Words that name the meeting (its body, its date) say where, not what.
        context = ev.content_words(item.meeting or "")
        # a line the minutes repeat meeting after meeting is said once
        said = {p.rsplit(" [", 1)[0] for p in picked}
        heading = ev.content_words(item.item or "")
        chosen = [
            s
            for s in best_sentences(item.text, wanted - context, asked - context, heading, taken)
            if s not in said
        ]
        if not chosen:
            continue
        if passages >= MAX_EXTRACTIVE_PASSAGES:
            so_far = " ".join(said)
            new_words = (ev.content_words(" ".join(chosen)) - ev.content_words(so_far)) & wanted
            new_kinds = coverage.kinds_in(" ".join(chosen), kinds) - coverage.kinds_in(
                so_far, kinds
            )
            if not (new_words or new_kinds):
                continue
            chosen = chosen[:1]
        picked += [f"{s} [{item.n}]" for s in chosen]
        passages += 1
        if len(picked) >= MAX_EXTRACTIVE_SENTENCES:
            break
    return picked[:MAX_EXTRACTIVE_SENTENCES]


def best_sentences(
    text: str,
    wanted: set[str],
    asked: set[str],
    heading: set[str] | None = None,
    taken: AbstractSet[str] = frozenset(),
) -> list[str]:
    """The sentence of a passage that shares most with the question (the words it asks
    about count double), and the one after it when it only leads in ("The outcome was:").
    A line that only restates the item's heading ("(a) Maes y Ffynnon enforcement.") names
    the topic; what the minutes say of it comes after."""
    pieces = [flat(claim_text(p)) for p, _ in split_sentences(text)]
    scored = []
    for i, piece in enumerate(pieces):
        if len(re.findall(r"[A-Za-z]+", piece)) < MIN_SENTENCE_WORDS or _heading_like(piece):
            continue
        if piece in taken:
            continue  # quoted for another ask already
        words = ev.content_words(piece)
        if heading and words and words <= heading:
            continue
        score = 2 * len(asked & words) + len(wanted & words)
        if score:
            scored.append((score, -i, i))
    if not scored:
        return []
    best = max(scored)[2]
    chosen = [pieces[best]]
    # a lead-in ("The outcome was:") or a line with no sentence end, which names the topic
    # ("32/25 Holly Bank: replacement windows"): what the minutes say of it comes next
    leads_in = not re.search(r"[.!?;]['’\"”)]*$", pieces[best].rstrip())
    leads_in = leads_in or _SUB_ITEM_LABEL.match(pieces[best]) is not None
    if leads_in and best + 1 < len(pieces):
        chosen.append(pieces[best + 1])
    return chosen


# a sub-item's label and nothing more ("(a) Ash trees on the green."): the topic, not a fact
_SUB_ITEM_LABEL = re.compile(
    r"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,3}(?:\.\d{1,2})*)[.)]\s+\S+(?:\s+\S+){0,5}$"
)


def _heading_like(text: str) -> bool:
    """A title or a table's header row, not a statement: capitals, or a short run of
    capitalised words with no sentence end ("CALEDFWLCH PLAY AREA", "Ref Action Owner Due")."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        return True
    words = text.split()
    capitalised = sum(w[:1].isupper() for w in words)
    return len(words) <= 10 and not re.search(r"[.!?:;]$", text) and capitalised >= 0.7 * len(words)


def quoted(sentences: list[str], lead: str | None = None) -> list[str]:
    """Sentences of the minutes shown as what they are: "The minutes record: “...” [1]"."""
    out = []
    for k, sentence in enumerate(sentences):
        text, _, cite = sentence.rpartition(" [")
        body = f"“{text.strip()}” [{cite}" if cite else f"“{sentence.strip()}”"
        out.append(f"{lead or 'The minutes record:'} {body}" if k == 0 else body)
    return out


class Renumbering:
    """Citations renumbered 1..n in order of first use, sentence by sentence, so streamed text
    and the final answer use the same numbers, and the citations are only the ones cited."""

    def __init__(self, evidence: list[Evidence]):
        self._by_n = {e.n: e for e in evidence}
        self._new: dict[int, int] = {}

    def apply(self, sentence: str) -> str:
        def rewrite(match: re.Match[str]) -> str:
            numbers = [int(n) for n in re.split(r"[,;]", match.group(1))]
            for n in numbers:
                if n in self._by_n and n not in self._new:
                    self._new[n] = len(self._new) + 1
            kept = dict.fromkeys(self._new[n] for n in numbers if n in self._new)
            return "".join(f"[{n}]" for n in kept)

        return _CITATION_GROUP.sub(rewrite, sentence)

    def citations(self) -> list[Citation]:
        return [
            ev.citation(self._by_n[old]).model_copy(update={"n": new})
            for old, new in self._new.items()
        ]


def renumber(sentences: list[str], evidence: list[Evidence]) -> tuple[str, list[Citation]]:
    """The answer text with its citations renumbered 1..n in order of first use, and those
    citations (only the evidence the text cites, each quote verbatim page text)."""
    renumbering = Renumbering(evidence)
    text = " ".join(renumbering.apply(s) for s in sentences)
    return text, renumbering.citations()
