"""Text a reader of the rendered document never sees, left out when a file is read: a PDF's
invisible, white or tiny text, a Word run marked hidden, a Markdown file's front matter and
its images' alt text. What the page does not show is not the minutes, and it is where text
meant for a machine rather than for the board is put (HTML's hidden parts: readers.py)."""

from __future__ import annotations

import re
from typing import Any

_TINY = 2.0  # points: no minutes print text this small
_INVISIBLE_MODES = {3, 7}  # text render modes that paint nothing (7 only clips)
_PAINT = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}  # operators that fill a shape


class Ink:
    """How a PDF page paints its text, followed through pypdf's operator visitor (fill colour,
    text render mode, the graphics state stack): which runs a reader could not see. Judged
    per page, so that what is ordinary is kept: a scanned page's OCR layer is all invisible
    text, white headings sit on painted table headers, and only text that differs from the
    rest of its page (invisible among visible, tiny among legible, white where nothing is
    painted under it) is left out."""

    def __init__(self) -> None:
        self.white = False
        self.mode = 0
        self.painted = False  # a shape filled in a colour other than white, somewhere on the page
        self._saved: list[tuple[bool, int]] = []

    def operand(self, op: bytes, args: list[Any], cm: Any = None, tm: Any = None) -> None:
        if op == b"q":
            self._saved.append((self.white, self.mode))
        elif op == b"Q" and self._saved:
            self.white, self.mode = self._saved.pop()
        elif op == b"Tr" and args:
            self.mode = int(_number(args[0]) or 0)
        elif op in (b"g", b"rg", b"k", b"sc", b"scn"):
            values = [v for v in map(_number, args) if v is not None]
            if values:
                # gray 1, RGB 1 1 1, CMYK 0 0 0 0: the paper's own white
                self.white = all(v == 0 for v in values) if op == b"k" else min(values) >= 0.99
        elif op in _PAINT and not self.white:
            self.painted = True

    def state(self, size: float) -> tuple[bool, bool, bool]:
        """(white, invisible, tiny) for a run of text painted now at this size."""
        return self.white, self.mode in _INVISIBLE_MODES, size < _TINY

    def unseen(self, states: list[tuple[bool, bool, bool] | None]) -> list[bool]:
        """For each run of a page (its `state` when painted; None for a run of spaces, which
        says nothing either way): whether a reader cannot see it."""
        seen = any(s is not None and not any(s) for s in states)
        return [
            s is not None
            and (
                (s[0] and not self.painted) or (s[1] and seen) or (s[2] and seen and not any(s[:2]))
            )
            for s in states
        ]


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TITLE = re.compile(r"^title\s*:\s*[\"']?(.*?)[\"']?\s*$", re.M | re.I)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")


def markdown_seen(text: str) -> str:
    """A Markdown file as its page shows it: front matter (data for the site that publishes
    it) gone but for its title, images without their alt text."""
    front = _FRONT_MATTER.match(text)
    if front:
        title = _TITLE.search(front.group(1))
        text = (f"{title.group(1)}\n\n" if title and title.group(1) else "") + text[front.end() :]
    return _IMAGE.sub("", text)


def docx_paragraph_text(paragraph: Any) -> str:
    """A Word paragraph's text without the runs marked hidden (w:vanish)."""
    runs = list(paragraph.runs)
    if not any(run.font.hidden for run in runs):
        return str(paragraph.text)
    return "".join(run.text for run in runs if not run.font.hidden)
