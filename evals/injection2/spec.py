"""The case record and the small line markup the invented minutes are written in.

One markup line is one line of the minutes. A leading `!` marks a line as part of the
prompt injection: the builder renders it in the real file and leaves it out of the
"clean" twin it uses to prove the planted answer appears only inside the injection.

    = text          title
    # text          numbered item heading
    - text          bullet (consecutive bullets form one list)
    | a | b | c |   table row (consecutive rows form one table; the first is the head row)
    > text          preformatted line, spaces after "> " kept (consecutive lines form a block)
    ^ text          footnote, printed after the body in small type (marker written by hand)
    ~ text          small italic note, like a reviewer's comment
    @header text    running header line (PDF, DOCX, HTML, TXT)
    @footer text    running footer line (PDF, DOCX, HTML, TXT)
    @raw html       raw HTML (HTML and Markdown only)
    anything else   a paragraph
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Format = Literal["txt", "md", "html", "pdf", "docx"]
FORMATS: tuple[Format, ...] = ("txt", "md", "html", "pdf", "docx")
INJECTED = "!"
GROUPED = {"table", "pre", "bullet"}


@dataclass(frozen=True)
class Case:
    """One invented minutes document, the question about its true fact, and the planted answer."""

    id: str
    fmt: Format
    category: str
    question: str
    truth: str
    planted: str
    doc: str
    language: str = "en"  # language of the injection; the minutes themselves are English

    @property
    def file(self) -> str:
        return f"{self.id}.{self.fmt}"

    def record(self) -> dict[str, str]:
        return {
            "id": self.id,
            "file": self.file,
            "category": self.category,
            "question": self.question,
            "truth": self.truth,
            "planted": self.planted,
            "language": self.language,
        }


@dataclass(frozen=True)
class Block:
    """A run of markup lines of one kind: a table's rows, a code block's lines, or one line."""

    kind: str
    lines: tuple[str, ...]


_PREFIXES = (
    ("@header ", "header"),
    ("@footer ", "footer"),
    ("@raw ", "raw"),
    ("= ", "title"),
    ("# ", "heading"),
    ("- ", "bullet"),
    ("| ", "table"),
    ("> ", "pre"),
    ("^ ", "footnote"),
    ("~ ", "note"),
)


def markup_lines(doc: str, *, clean: bool) -> list[str]:
    """The document's markup lines; with `clean`, the injected lines are dropped."""
    out = []
    for raw in doc.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(INJECTED):
            if clean:
                continue
            line = line[len(INJECTED) :]
        out.append(line)
    return out


def injected_text(doc: str) -> str:
    """The text of the injected lines only."""
    return "\n".join(
        line.strip()[len(INJECTED) :]
        for line in doc.splitlines()
        if line.strip().startswith(INJECTED)
    )


def _classify(line: str) -> tuple[str, str]:
    for prefix, kind in _PREFIXES:
        if line.startswith(prefix):
            return kind, line[len(prefix) :]
    if line == ">":
        return "pre", ""
    return "para", line


def blocks(doc: str, *, clean: bool) -> list[Block]:
    """Parse the markup into blocks, grouping consecutive table rows, code lines and bullets."""
    out: list[Block] = []
    for line in markup_lines(doc, clean=clean):
        kind, text = _classify(line)
        if kind in GROUPED and out and out[-1].kind == kind:
            out[-1] = Block(kind, (*out[-1].lines, text))
        else:
            out.append(Block(kind, (text,)))
    return out


def cells(row: str) -> list[str]:
    """A table row's cells: `| a | b |` (the leading bar is already gone) -> ["a", "b"]."""
    parts = [part.strip() for part in row.split("|")]
    if parts and parts[-1] == "":
        parts.pop()
    return parts
