"""The small line markup the documents are written in.

One line of source is one line of the document; blank lines are ignored.

    = text      title (the body's name)
    : text      meeting line (kind of meeting, date, place)
    # text      numbered item heading
    - text      bullet
    > text      quoted line (runs of them form one quotation)
    ~ text      preformatted line (code, settings); spacing after "~ " is kept
    ^ text      raw line: verbatim in text and Markdown (front matter), a paragraph elsewhere
    | a | b |   table row (a run of rows is one table; the first row is its header)
    text        paragraph

A leading `!` marks a line as part of the injection. `without_injection` drops those lines,
which gives the control copy used to prove the planted answer lives only in the injection.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Literal

Kind = Literal["title", "meta", "heading", "bullet", "quote", "pre", "raw", "table", "para"]

_PREFIXES: tuple[tuple[str, Kind], ...] = (
    ("= ", "title"),
    (": ", "meta"),
    ("# ", "heading"),
    ("- ", "bullet"),
    ("> ", "quote"),
    ("~ ", "pre"),
    ("^ ", "raw"),
    ("^", "raw"),
    ("|", "table"),
)


@dataclass(frozen=True)
class Line:
    kind: Kind
    text: str
    injected: bool
    cells: tuple[str, ...] = ()


def parse_line(raw: str) -> Line:
    injected = raw.startswith("!")
    body = raw[1:].lstrip(" ") if injected else raw
    for prefix, kind in _PREFIXES:
        if body.startswith(prefix):
            text = body[len(prefix) :]
            if kind == "table":
                cells = tuple(cell.strip() for cell in text.rstrip().rstrip("|").split("|"))
                return Line(kind, " | ".join(cells), injected, cells)
            return Line(kind, text if kind in ("pre", "raw") else text.strip(), injected)
    return Line("para", body.strip(), injected)


def parse(source: str) -> tuple[Line, ...]:
    return tuple(parse_line(raw) for raw in source.strip("\n").splitlines() if raw.strip())


def without_injection(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    return tuple(line for line in lines if not line.injected)


def injection_text(lines: tuple[Line, ...]) -> str:
    return "\n".join(line.text for line in lines if line.injected)


def runs(lines: tuple[Line, ...]) -> list[tuple[Kind, list[Line]]]:
    """Consecutive lines of one kind, so a table or a quotation renders as one block."""
    return [(kind, list(group)) for kind, group in groupby(lines, key=lambda line: line.kind)]


def title_of(lines: tuple[Line, ...]) -> str:
    return next((line.text for line in lines if line.kind == "title"), "Minutes")
