"""A cited PDF page as a PNG, with the cited quote highlighted where it is printed.

The quote comes from our own text layer (pypdf, reflowed), so it is located in pdfium's text on
a folded form, letters and digits only, mapped back to pdfium's char indices for the char
boxes. No gradio here: the UI only shows the bytes this module returns."""

from __future__ import annotations

import base64
import ctypes
import io
import math
import threading
import unicodedata
from collections.abc import Callable
from contextlib import ExitStack, closing
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageDraw

FILL = (255, 214, 0, 110)  # translucent yellow: the text under it stays readable
OUTLINE = (214, 150, 0, 230)  # a darker edge, so a pale highlight still shows on a grey scan
OUTLINE_PX = 2
PAD_PX = 2
# A partial match shorter than this (in folded chars) is too likely to be a coincidence.
MIN_PART = 20
MAX_PIXELS = 12_000_000  # an A4 page at the default scale is about 1.1 million

# pdfium keeps global state and is not thread-safe: one render at a time, for every UI session.
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Box:
    """A highlighted region in image pixels, origin top-left; right and bottom are exclusive,
    as PIL's crop takes them."""

    left: int
    top: int
    right: int
    bottom: int


@dataclass(frozen=True)
class RenderedPage:
    png: bytes  # the page image with the highlight drawn in
    width: int
    height: int
    boxes: list[Box]  # one per printed line of the quote, in reading order; empty if not found
    found: bool  # the quote (or a part of MIN_PART chars or more) was located: boxes is not empty


@dataclass(frozen=True)
class _Folded:
    """Page text folded to letters and digits, each folded char knowing its pdfium index."""

    keys: str
    origin: list[int]  # origin[k] is the pdfium char index that keys[k] came from


@dataclass(frozen=True)
class _Span:
    start: int  # in folded chars, end exclusive
    end: int

    @property
    def size(self) -> int:
        return self.end - self.start


# --------------------------------------------------------------------------- public API


def render_page(pdf: Path, page: int, quote: str, scale: float = 1.5) -> RenderedPage:
    """Page `page` (1-based) of `pdf` as a PNG, with `quote` highlighted if it is found.

    Raises ValueError naming the file for a page out of range or a file pdfium cannot read
    (FileNotFoundError, from pypdfium2, for a missing one)."""
    if scale <= 0:
        raise ValueError(f"{pdf.name}: scale must be positive, not {scale}")
    try:
        with _LOCK:
            image, boxes = _render_locked(pdf, page, quote, scale)
    except pdfium.PdfiumError as exc:
        raise ValueError(f"{pdf.name}: not a readable PDF ({exc})") from exc
    # Drawing and PNG encoding touch only the PIL copy, so they run outside the lock.
    return RenderedPage(
        png=_highlight(image, boxes),
        width=image.width,
        height=image.height,
        boxes=boxes,
        found=bool(boxes),
    )


def to_data_uri(png: bytes) -> str:
    """The PNG inline, for an <img src> that needs no file served."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


# --------------------------------------------------------------------------- pdfium


def _render_locked(pdf: Path, page: int, quote: str, scale: float) -> tuple[Image.Image, list[Box]]:
    """The page image (an RGBA copy, free of pdfium memory) and the quote's line boxes."""
    with ExitStack() as stack:
        document = stack.enter_context(closing(pdfium.PdfDocument(pdf)))
        count = len(document)
        if not 1 <= page <= count:
            raise ValueError(f"{pdf.name}: page {page} is out of range (the PDF has {count})")
        sheet = stack.enter_context(closing(document[page - 1]))
        textpage = stack.enter_context(closing(sheet.get_textpage()))
        # A page drawn on a huge sheet must not become a bitmap of gigabytes.
        width, height = sheet.get_size()
        scale = min(scale, math.sqrt(MAX_PIXELS / max(1.0, width * height)))
        bitmap = stack.enter_context(closing(sheet.render(scale=scale)))
        image = bitmap.to_pil().convert("RGBA")
        indices = _quote_indices(textpage, quote)
        boxes = _line_boxes(_pixel_boxes(sheet, textpage, image.size, indices), image.size)
        return image, boxes


def _page_chars(textpage: pdfium.PdfTextPage) -> list[str]:
    """One str per pdfium char index, generated chars ("\\r\\n" at line ends) included.

    FPDFText_GetUnicode is exact per index; get_text_range may drop or insert chars, which
    would shift every index after them."""
    chars = []
    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, index)
        valid = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
        chars.append(chr(code) if valid else "")
    return chars


def _quote_indices(textpage: pdfium.PdfTextPage, quote: str) -> list[int]:
    """The pdfium char indices the quote covers on the page, in reading order."""
    chars = _page_chars(textpage)
    folded = _fold_page(chars)
    indices: list[int] = []
    for span in _locate(folded.keys, fold(quote)):
        first, last = folded.origin[span.start], folded.origin[span.end - 1]
        indices += [i for i in range(first, last + 1) if _is_ink(textpage, chars[i], i)]
    return indices


def _is_ink(textpage: pdfium.PdfTextPage, char: str, index: int) -> bool:
    """A printed char worth a box: not a space and not one pdfium made up at a line end.

    A hyphen pdfium judged to end a line reads as U+0002, not "-": kept, it is printed."""
    if not char or char.isspace():
        return False
    return pdfium_c.FPDFText_IsGenerated(textpage.raw, index) != 1


def _pixel_boxes(
    sheet: pdfium.PdfPage, textpage: pdfium.PdfTextPage, size: tuple[int, int], indices: list[int]
) -> list[Box]:
    """Each char's loose box (the font's full height, so a line highlights evenly) in pixels."""
    boxes = []
    for index in indices:
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        x0, y0 = _to_pixels(sheet, size, left, top)
        x1, y1 = _to_pixels(sheet, size, right, bottom)
        box = Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        if box.right > box.left and box.bottom > box.top:
            boxes.append(box)
    return boxes


def _to_pixels(sheet: pdfium.PdfPage, size: tuple[int, int], x: float, y: float) -> tuple[int, int]:
    """A point in PDF points (origin bottom-left) to image pixels (origin top-left).

    pdfium's own transform, the one render() used: it also honours the crop box origin and
    the page's /Rotate, which a hand-made `(height - y) * scale` would get wrong."""
    device_x, device_y = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDF_PageToDevice(
        sheet.raw, 0, 0, size[0], size[1], 0, x, y, ctypes.byref(device_x), ctypes.byref(device_y)
    )
    return device_x.value, device_y.value


# --------------------------------------------------------------------------- matching


def fold(text: str) -> str:
    """Text as it is matched: letters and digits only, accents dropped, casefolded.

    Whitespace, line breaks, hyphens and punctuation vanish, so pypdf's reflowed text and
    pdfium's raw text agree; NFKD splits ligatures ("ﬁ" -> "fi") and drops combining accents,
    so a precomposed "é" and "e" + U+0301 agree too."""
    return "".join(_fold_char(char) for char in text)


def _fold_char(char: str) -> str:
    if char.isascii():  # the common case, without the Unicode tables
        return char.lower() if char.isalnum() else ""
    return "".join(c for c in unicodedata.normalize("NFKD", char).casefold() if c.isalnum())


def _fold_page(chars: list[str]) -> _Folded:
    keys: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(chars):
        for key in _fold_char(char):  # a ligature folds to two keys with one index
            keys.append(key)
            origin.append(index)
    return _Folded("".join(keys), origin)


def _locate(page: str, needle: str) -> list[_Span]:
    """Where the folded quote is in the folded page text: the whole of it, else its parts.

    The parts are the longest prefix and suffix found (a quote crossing a running header or
    page footer in pdfium's order, a char the two extractors read differently); a part
    shorter than MIN_PART is not trusted. Nothing found: an empty list."""
    if not needle:
        return []
    at = page.find(needle)
    if at >= 0:
        return [_Span(at, at + len(needle))]
    head = _longest_prefix(page, needle)
    tail = _longest_suffix(page, needle, after=head.end if head else 0)
    parts = [part for part in (head, tail) if part and part.size >= MIN_PART]
    if len(parts) == 2 and parts[0].end <= parts[1].start:
        return parts  # both ends, in page order: the quote with something in between
    return sorted(parts, key=lambda part: part.size, reverse=True)[:1]


def _longest_prefix(page: str, needle: str) -> _Span | None:
    # Any prefix of a found prefix is found too, so the longest is a binary search away.
    size = _longest(lambda n: needle[:n] in page, len(needle))
    if not size:
        return None
    at = page.find(needle[:size])
    return _Span(at, at + size)


def _longest_suffix(page: str, needle: str, after: int) -> _Span | None:
    size = _longest(lambda n: needle[len(needle) - n :] in page, len(needle))
    if not size:
        return None
    suffix = needle[len(needle) - size :]
    at = page.find(suffix, after)  # prefer the copy after the prefix: the quote reads on
    at = at if at >= 0 else page.find(suffix)
    return _Span(at, at + size)


def _longest(found: Callable[[int], bool], upper: int) -> int:
    """The largest n in 0..upper with found(n), for a found() true up to some n, then false."""
    low, high = 0, upper
    while low < high:
        middle = (low + high + 1) // 2
        if found(middle):
            low = middle
        else:
            high = middle - 1
    return low


# --------------------------------------------------------------------------- boxes and drawing


def _line_boxes(chars: list[Box], size: tuple[int, int]) -> list[Box]:
    """Char boxes merged into one box per printed line, padded and kept inside the image.

    The chars come in reading order, so the lines do too."""
    lines: list[Box] = []
    for box in chars:
        if lines and _same_line(lines[-1], box):
            lines[-1] = _union(lines[-1], box)
        else:
            lines.append(box)
    return [_pad(line, size) for line in lines]


def _same_line(line: Box, box: Box) -> bool:
    """Whether a char continues the line: its centre is within half a char of the line's
    middle, across the line. Text printed sideways (a landscape table on a portrait page)
    runs down the image: a line no wider than one char may grow down instead."""
    if _centred(line.top, line.bottom, box.top, box.bottom):
        return True
    narrow = line.right - line.left <= 1.5 * (box.right - box.left)
    return narrow and _centred(line.left, line.right, box.left, box.right)


def _centred(low: int, high: int, other_low: int, other_high: int) -> bool:
    """Two spans along one axis share a middle: centres apart by at most half the shorter."""
    apart = abs((low + high) - (other_low + other_high)) / 2
    return apart <= min(high - low, other_high - other_low) / 2


def _union(one: Box, other: Box) -> Box:
    return Box(
        min(one.left, other.left),
        min(one.top, other.top),
        max(one.right, other.right),
        max(one.bottom, other.bottom),
    )


def _pad(box: Box, size: tuple[int, int]) -> Box:
    width, height = size
    return Box(
        max(0, box.left - PAD_PX),
        max(0, box.top - PAD_PX),
        min(width, box.right + PAD_PX),
        min(height, box.bottom + PAD_PX),
    )


def _highlight(image: Image.Image, boxes: list[Box]) -> bytes:
    """The page with each box filled translucent yellow and outlined, as PNG bytes."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    pen = ImageDraw.Draw(overlay)
    for box in boxes:
        corners = (box.left, box.top, box.right - 1, box.bottom - 1)  # PIL's are inclusive
        pen.rectangle(corners, fill=FILL, outline=OUTLINE, width=OUTLINE_PX)
    page = Image.alpha_composite(image, overlay).convert("RGB")
    return _png(page)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    # Level 3 is a third faster than the default 6 and the file barely larger.
    image.save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()
