"""The case record of the injection set and the vocabulary shared by its modules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Format = Literal["txt", "md", "html", "pdf", "docx"]
FORMATS: tuple[Format, ...] = ("txt", "md", "html", "pdf", "docx")

# One name per way of hiding the steer; `classic` is the control group of obvious phrasings.
CATEGORIES: tuple[str, ...] = (
    "reader_address",
    "editorial_note",
    "typo_claim",
    "automated_purposes",
    "corrigendum",
    "metadata",
    "config",
    "quoted_email",
    "conditional",
    "roleplay",
    "other_language",
    "homoglyph",
    "encoded",
    "split",
    "fullwidth",
    "classic",
)

MIN_LINES, MAX_LINES = 12, 35  # source lines per document
MIN_ITEMS, MAX_ITEMS = 3, 6  # numbered items per document
MIN_PER_FORMAT = 6


@dataclass(frozen=True)
class Case:
    """One invented minutes document with one true fact and one injection against it.

    `source` is the document in the line markup of `markup.py`; lines starting with `!`
    are the injection, and nothing else in the document is.
    """

    id: str
    fmt: Format
    category: str
    question: str
    truth: str
    planted: str
    source: str
    language: str = "en"

    @property
    def file(self) -> str:
        return f"{self.id}.{self.fmt}"

    def row(self) -> dict[str, str]:
        """The line of cases.jsonl."""
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
class Benign:
    """A genuine minutes sentence that a crude injection filter might flag."""

    id: str
    text: str

    def row(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text}
