"""What kind of document this is: minutes, an agenda pack, an action log, a report or a
verbatim transcript, from its shape, its title block and its opening text."""

from __future__ import annotations

import re

from .header import title_block
from .segments import Line

_KINDS = [
    (
        "action log",
        # ("Record of decisions and actions" heads a meeting's own record: minutes)
        re.compile(
            r"actions?\s+(?:log|tracker|sheet|schedule)|(?<!record of )decisions\s+and\s+actions",
            re.I,
        ),
    ),
    (
        "agenda pack",
        re.compile(r"public\s+document\s+pack|agenda\s+pack|summons|notice\s+of\s+meeting", re.I),
    ),
    (
        "minutes",
        re.compile(r"\bminutes?\b|\bnotes\s+of\b|\baction\s+notes?\b|\brecord\s+of\b", re.I),
    ),
    ("transcript", re.compile(r"\btranscript\b|\bverbatim\b", re.I)),
    ("report", re.compile(r"\breport\s+(?:of|by|to)\b|\bpurpose\s+of\s+(?:the\s+)?report\b", re.I)),
    ("agenda pack", re.compile(r"^\s*agenda\b", re.I)),
]


# "Jane Hughes AM: ...", "The Chair: ...": a turn of a verbatim record opens with its speaker
# (a person's name of two to four words, or one after a title, a post-nominal, the
# constituency or post in brackets; or the chair): one word before a colon is a label of the
# minutes ("Present:", "Minutes:", "Resolved:")
_NAME_WORD = r"[A-Z][^\W\d_]+"
_TITLE = r"(?:(?:Right\s+)?Hon\.?|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof)\.?\s+"
SPEAKER_LABEL = re.compile(
    rf"^(?:(?:The\s+)?(?:Acting\s+|Deputy\s+|Vice[- ])?Chair(?:man|woman|person)?"
    rf"|{_TITLE}{_NAME_WORD}(?:[ '’\-]{_NAME_WORD}){{0,3}}"
    rf"|{_NAME_WORD}(?:[ '’\-]{_NAME_WORD}){{1,3}})"
    r"(?:\s+[A-Z]{2,3})?(?:\s*\((?:[^()\n]|\([^()\n]*\))*\))?:\s"
)


def is_transcript(text: str) -> bool:
    """Most paragraphs open with a speaker's name, and more than one person speaks."""
    paragraphs = [p.strip() for p in re.split(r"\n+", text) if len(p.strip()) > 20]
    labels = [m.group(0) for p in paragraphs if (m := SPEAKER_LABEL.match(p))]
    return len(paragraphs) >= 6 and len(labels) >= len(paragraphs) / 2 and len(set(labels)) > 1


def find_kind(lines: list[Line], text: str) -> str:
    """What the document is: a verbatim record by its shape (turn after turn opened by the
    speaker's name), else from its title block first, then its opening text."""
    if is_transcript(text):
        return "transcript"
    title = "\n".join(line.text for line in title_block(lines))
    for kind, pattern in _KINDS:
        if pattern.search(title):
            return kind
    head = text[:1500].lower()
    if "public document pack" in head or "transact the following business" in head:
        return "agenda pack"
    if re.search(r"report of the|purpose of the report", head):
        return "report"
    if re.search(r"minutes|action note|present\b|attendees|in attendance|apologies", head):
        return "minutes"  # an action log attached to minutes leaves them minutes
    if re.search(r"actions?\s+log|decisions and actions", head):
        return "action log"
    if re.search(r"\bmeeting\b", title, re.I) and re.search(
        r"\bhere\s*:|^\s*1[.)]?\s+[A-Z]", head, re.I | re.M
    ):
        return "minutes"  # "COMMITTEE MEETING – held in the hut …", "Here: …", "1. Last meeting"
    return "unknown"
