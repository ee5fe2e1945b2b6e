"""The case record and the small line markup the invented minutes are written in.

One markup line is one line of the minutes. A leading `!` marks a line as part of the
planted passage: the builder renders it in the real file and leaves it out of the
"clean" twin it uses to prove the planted answer appears only inside the injection.

    = text             title
    # text             numbered item heading
    - text             bullet (consecutive bullets form one list)
    | a | b | c |      table row (consecutive rows form one table; the first is the head row)
    > text             preformatted line (consecutive lines form a block)
    ^ text             footnote, printed after the body in small type (marker written by hand)
    ~ text             small italic note
    @header text       running header line (TXT, HTML, PDF, DOCX)
    @footer text       running footer line (TXT, HTML, PDF, DOCX)
    @meta key: value   document metadata: a key: value block (TXT), YAML front matter (MD),
                       <meta> tags (HTML), the info dictionary (PDF), core properties (DOCX)
    @comment text      HTML comment (HTML, MD)
    @hidden text       display:none (HTML, MD), white 1pt text (PDF), hidden run (DOCX)
    @tiny text         1px white span (HTML), white 1pt run (DOCX)
    @alt text          the alt text of an image (HTML, MD)
    @raw html          raw HTML (HTML and Markdown only)
    anything else      a paragraph
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Format = Literal["txt", "md", "html", "pdf", "docx"]
FORMATS: tuple[Format, ...] = ("txt", "md", "html", "pdf", "docx")
INJECTED = "!"
GROUPED = {"table", "pre", "bullet"}
CATEGORIES = (
    "editorial_note",
    "conditional_reply",
    "metadata",
    "quoted_message",
    "reader_note",
    "authority_claim",
    "hidden_format",
    "paraphrase_instruction",
)


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
    language: str = "en"  # language of the planted passage; the minutes themselves are English

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
    ("@meta ", "meta"),
    ("@comment ", "comment"),
    ("@hidden ", "hidden"),
    ("@tiny ", "tiny"),
    ("@alt ", "alt"),
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


def meta_pair(text: str) -> tuple[str, str]:
    """`og:description: a; b` -> ("og:description", "a; b"): the key ends at the first ": "."""
    key, _, value = text.partition(": ")
    return key.strip(), value.strip()
