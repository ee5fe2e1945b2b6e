"""A PDF page's positioned runs (what pypdf's text visitor sees) -> the lines of the text layer.

Text is read in the order the page draws it, which for prose is reading order: a new line
where the baseline moves, a wide gap inside a line starting a new cell (a table's next column,
a margin's note). A table is drawn cell by cell: each cell's lines come together, then the
drawing goes back up for the next cell of the row. Where the drawing goes back up a little,
the lines are read as cell blocks (consecutive lines at one left edge) and the blocks that
share a row's height are put side by side, left to right: each row one line, its cells
separated by tabs, however the cells wrapped or were centred. Text that goes far back up (a
second column, a text box) starts a paragraph of its own in the order drawn."""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout import MARGIN_X, RawLine, RawPage

GAP_EMS = 2.0  # a jump this much past where a line's text could reach starts a new cell
ROW_JUMP_LINES = 6  # going back up at most this many lines: the next cell of a table row
SAME_EDGE = 3.0  # points: lines whose left edges are this close are one cell's
_NARROW = set("iljtfrI.,;:'|!()[] ")
_WIDE = set("mwMW@%")


@dataclass
class Run:
    text: str
    x: float
    y: float
    size: float


@dataclass
class _Line:
    runs: list[Run] = field(default_factory=list)

    @property
    def x(self) -> float:
        return min(r.x for r in self.runs if r.text.strip())

    @property
    def y(self) -> float:
        return self.runs[0].y

    @property
    def size(self) -> float:
        return self.runs[0].size


def width_of(text: str, size: float) -> float:
    """Roughly how wide a run of a proportional font is: narrow, wide, capital and ordinary
    characters at their usual share of an em."""
    ems = sum(
        0.28 if c in _NARROW else 0.85 if c in _WIDE else 0.66 if c.isupper() else 0.52
        for c in text
    )
    return ems * size


def page_lines(runs: list[Run], width: float | None) -> RawPage:
    filled = [r for r in runs if r.text.strip()]
    if not filled:
        return RawPage([], width)
    left = min(r.x for r in filled)
    column = left + MARGIN_X * (width - left) if width else float("inf")
    lines = _drawn_lines(runs)
    tables = {start: end for start, end in _tables(lines)}
    out: list[RawLine] = []
    previous: _Line | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if previous is not None:
            drop = previous.y - line.y
            if drop > 1.9 * line.size or drop < -ROW_JUMP_LINES * line.size:
                out.append(RawLine(""))  # a blank line's space, or a new column: a paragraph
        if i in tables:  # lines drawn cell by cell: rows of cells
            out.extend(_table_rows(lines[i : tables[i]], column))
            previous, i = lines[tables[i] - 1], tables[i]
            continue
        out.append(_line(sorted(line.runs, key=lambda r: r.x), column))
        previous, i = line, i + 1
    return RawPage(out, width)


def _drawn_lines(runs: list[Run]) -> list[_Line]:
    """Runs in the order drawn, a new line where the baseline moves (a superscript stays)."""
    lines: list[_Line] = []
    for run in runs:
        if lines and abs(lines[-1].y - run.y) <= 0.45 * max(run.size, lines[-1].size):
            lines[-1].runs.append(run)
        elif run.text.strip():
            lines.append(_Line([run]))
    return lines


def _goes_back_up(a: _Line, b: _Line) -> bool:
    rise = b.y - a.y
    return 0.5 * b.size < rise <= ROW_JUMP_LINES * b.size


def _tables(lines: list[_Line]) -> list[tuple[int, int]]:
    """(first, end) of each stretch of lines drawn cell by cell: from the first line of the
    cell the drawing went back up from, through the last cell of the last row."""
    regions: list[list[int]] = []
    for k in range(1, len(lines)):
        if not _goes_back_up(lines[k - 1], lines[k]):
            continue
        start = k - 1  # back to the top line of the cell drawn before the jump
        while (
            start > 0
            and lines[start - 1].y > lines[start].y
            and lines[start - 1].y <= lines[k].y + 0.5 * lines[k].size
        ):
            start -= 1
        if regions and start <= regions[-1][1]:
            regions[-1][1] = k + 1
        else:
            regions.append([start, k + 1])
    out = []
    for start, end in regions:
        bottom = min(line.y for line in lines[start:end])
        first_x = lines[start].x
        # the last row's remaining cells: to the right of the first column, not below the row
        while (
            end < len(lines)
            and abs(lines[end].x - first_x) > SAME_EDGE
            and lines[end].y >= bottom - ROW_JUMP_LINES * lines[end].size
        ):
            bottom = min(bottom, lines[end].y)
            end += 1
        out.append((start, end))
    return out


@dataclass
class _Block:
    """One table cell's text: consecutive lines at one left edge."""

    x: float
    top: float
    bottom: float
    size: float
    texts: list[str]

    @property
    def text(self) -> str:
        out = ""
        for part in self.texts:
            out = out[:-1] + part if out.endswith("-") and part[:1].islower() else f"{out} {part}"
        return out.strip()


def _table_rows(lines: list[_Line], column: float) -> list[RawLine]:
    """Lines drawn cell by cell -> one line a row, its cells in column order."""
    blocks: list[_Block] = []
    for line in lines:
        row = _line(sorted(line.runs, key=lambda r: r.x), column)
        for x, text in zip(row.columns, row.text.split("\t"), strict=False):
            # the cell this text goes on in: just above it, at the same left edge
            home = next(
                (
                    b
                    for b in reversed(blocks)
                    if abs(b.x - x) <= SAME_EDGE and 0 < b.bottom - line.y <= 1.8 * line.size
                ),
                None,
            )
            if home is not None:
                home.texts.append(text)
                home.bottom = line.y
            else:
                blocks.append(_Block(x, line.y, line.y, line.size, [text]))
    rows: list[list[_Block]] = []
    for block in sorted(blocks, key=lambda b: (-b.top, b.x)):
        same_row = next(
            (
                r
                for r in rows
                if block.top >= min(b.bottom for b in r) - 0.5 * block.size
                and all(abs(b.x - block.x) > SAME_EDGE for b in r)
            ),
            None,
        )
        if same_row is not None:
            same_row.append(block)
        else:
            rows.append([block])
    out = []
    for cells in (sorted(r, key=lambda b: b.x) for r in rows):
        out.append(
            RawLine(
                "\t".join(b.text for b in cells),
                cells[0].x,
                max(b.top for b in cells),
                cells[0].size,
                tuple(b.x for b in cells),
            )
        )
    return out


def _line(row: list[Run], column: float) -> RawLine:
    """One baseline's runs, left to right: a space where the page had one, a tab where a
    wide gap starts a new cell or a margin's note."""
    row = [r for r in row if r.text.strip()] and row
    while len(row) > 1 and not row[0].text.strip():
        row = row[1:]
    text, columns = row[0].text.strip(), [row[0].x]
    end = row[0].x + width_of(row[0].text.rstrip(), row[0].size)
    spaced = False  # a run of spaces since the last word: the next word follows a space
    prev = row[0]
    for run in row[1:]:
        gap = run.x - end
        piece = run.text
        if not piece.strip():
            spaced = True
            continue
        margin = run.x >= column and len(piece.strip()) <= 30 and piece.strip()[:1].isupper()
        raised = abs(run.y - prev.y) > 1  # a superscript ("9th"): no new cell, no space
        if not raised and (gap > GAP_EMS * run.size or (margin and gap > 0)):
            text, piece = text.rstrip(), "\t" + piece.strip()
            columns.append(run.x)
        elif (
            spaced
            and not piece.startswith(" ")
            and not text.endswith(" ")
            or not raised
            and gap > 0.2 * run.size
            and not text.endswith(" ")
            and not piece.startswith(" ")
        ):
            piece = " " + piece
        spaced = False
        text += piece
        end = max(end, run.x + width_of(run.text, run.size))
        prev = run
    return RawLine(text.rstrip(), row[0].x, row[0].y, row[0].size, tuple(columns))
