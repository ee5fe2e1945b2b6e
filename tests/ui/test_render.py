"""A cited PDF page rendered with its quote highlighted: the quote is found although our text
layer reflowed it, the boxes sit on the printed lines, and the highlight shows in the pixels.
Every PDF is invented here with fpdf2."""

from __future__ import annotations

import base64
import io
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image

from assistant.ingest.readers import read_document
from assistant.ui.render import Box, RenderedPage, fold, render_page, to_data_uri
from tests.builders import minutes_pdf

HEADER = "Oakbeck Parish Council - Minutes of 12 March 2025"
ROOF = (
    "Item 4. Village hall roof. Members noted the surveyor's report on the slipped tiles "
    "above the kitchen and resolved to obtain three written quotations before the April "
    "meeting, with the chair authorised to accept the lowest if below the delegated limit."
)
ALLOTMENTS = (
    "Item 7. Allotments. The waiting list now stands at fourteen households; the clerk was "
    "asked to write to the diocese about leasing the glebe field behind the church for ten "
    "further plots."
)
ROOF_QUOTE = "resolved to obtain three written quotations before the April meeting, with the chair"
ALLOTMENTS_QUOTE = "asked to write to the diocese about leasing the glebe field behind the church"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# --------------------------------------------------------------------------- invented PDFs


class _Minutes(FPDF):
    def header(self) -> None:  # the running header fpdf2 prints on every page
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, f"{HEADER} - page {self.page_no()}", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_font("Helvetica", size=11)


def _save(pdf: FPDF, path: Path) -> Path:
    pdf.output(str(path))
    return path


def minutes(path: Path) -> Path:
    """Two pages of minutes: each a justified paragraph wrapped over several lines."""
    pdf = _Minutes(format="A4")
    for paragraph in (ROOF, ALLOTMENTS):
        pdf.add_page()
        pdf.multi_cell(90, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    return _save(pdf, path)


def lines_pdf(path: Path, lines: list[str], font: Path | None = None) -> Path:
    """One page showing `lines` as given, one cell each: the line breaks are ours."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    if font:
        pdf.add_font("body", "", str(font))
        pdf.set_font("body", size=11)
    else:
        pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return _save(pdf, path)


def header_drawn_between(path: Path) -> Path:
    """A page whose content stream draws the running header between two body lines, as some
    minute-takers' software does: pdfium's text then has it inside the quote."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(10, 60)
    pdf.cell(0, 7, "The treasurer reported that the precept for the coming year")
    pdf.set_xy(10, 10)
    pdf.cell(0, 7, HEADER)
    pdf.set_xy(10, 67)
    pdf.cell(0, 7, "would rise by four per cent to cover the new grounds contract.")
    return _save(pdf, path)


def rotated(path: Path) -> Path:
    """A landscape page as scanners save it: text drawn turned, and /Rotate 90 to show it
    upright."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    with pdf.rotation(90, x=105, y=148):
        pdf.set_xy(40, 120)
        pdf.multi_cell(100, 6, ROOF, new_x="LMARGIN", new_y="NEXT")
    _save(pdf, path)
    document = pdfium.PdfDocument(path)
    try:
        document[0].set_rotation(90)
        document.save(path.with_suffix(".tmp"))
    finally:
        document.close()
    path.with_suffix(".tmp").replace(path)
    return path


def cropped(path: Path) -> Path:
    """A page whose crop box does not start at the origin, so (height - y) alone is wrong."""
    minutes(path)
    document = pdfium.PdfDocument(path)
    try:
        document[0].set_cropbox(20, 300, 400, 780)
        document.save(path.with_suffix(".tmp"))
    finally:
        document.close()
    path.with_suffix(".tmp").replace(path)
    return path


def sideways(path: Path) -> Path:
    """A portrait page with the text printed turned (a landscape table): lines run down."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    with pdf.rotation(90, x=105, y=148):
        pdf.set_xy(40, 120)
        pdf.multi_cell(100, 6, ROOF, new_x="LMARGIN", new_y="NEXT")
    return _save(pdf, path)


# --------------------------------------------------------------------------- pixel helpers


def pixels(page: RenderedPage) -> np.ndarray:
    image = Image.open(io.BytesIO(page.png))
    assert image.format == "PNG"
    assert image.size == (page.width, page.height)
    return np.asarray(image.convert("RGB")).astype(int)


def yellow(rgb: np.ndarray) -> np.ndarray:
    """Pixels of the highlight over paper: red and green high, blue clearly lower."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return (r > 200) & (g > 170) & (b < r - 60)


def ink(rgb: np.ndarray) -> np.ndarray:
    """Pixels of printed text, bare or under the highlight (black under it is about
    (110, 92, 0))."""
    return rgb.mean(axis=-1) < 100


def centre(box: Box) -> tuple[slice, slice]:
    """The middle of a box, clear of its outline: rows, then columns."""
    dx, dy = (box.right - box.left) // 4, (box.bottom - box.top) // 4
    return slice(box.top + dy, box.bottom - dy), slice(box.left + dx, box.right - dx)


def inside_image(page: RenderedPage) -> bool:
    return all(
        0 <= b.left < b.right <= page.width and 0 <= b.top < b.bottom <= page.height
        for b in page.boxes
    )


# --------------------------------------------------------------------------- finding the quote


def test_a_quote_wrapped_over_lines_gives_one_box_per_line_top_to_bottom(tmp_path):
    page = render_page(minutes(tmp_path / "m.pdf"), 1, ROOF_QUOTE)
    assert page.found
    assert len(page.boxes) >= 2
    tops = [b.top for b in page.boxes]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert inside_image(page)
    # One box per line: the lines do not overlap beyond their padding.
    for upper, lower in zip(page.boxes, page.boxes[1:], strict=False):
        assert lower.top >= upper.bottom - 6


def test_the_highlight_is_yellow_inside_the_boxes_and_nowhere_else(tmp_path):
    page = render_page(minutes(tmp_path / "m.pdf"), 1, ROOF_QUOTE)
    rgb = pixels(page)
    for box in page.boxes:
        middle = rgb[centre(box)]
        assert yellow(middle).mean() > 0.5, box
        assert ink(middle).any(), f"no text printed under {box}"
    assert tuple(rgb[page.height - 3, page.width - 3]) == (255, 255, 255)  # blank margin
    outside = yellow(rgb)
    for box in page.boxes:
        outside[box.top : box.bottom, box.left : box.right] = False
    assert not outside.any()


def test_the_same_page_without_a_quote_is_plain(tmp_path):
    path = minutes(tmp_path / "m.pdf")
    page = render_page(path, 1, "")
    assert (page.found, page.boxes) == (False, [])
    assert not yellow(pixels(page)).any()


@pytest.mark.parametrize(
    "quote",
    [
        "The clerk will coordinate the response with the county",  # hyphen mended
        "The clerk will co-ordinate the response with the county",  # hyphen kept
        "the  CLERK will\nco-\nordinate   the response, with the county",  # raw spacing, case
    ],
)
def test_a_hyphen_at_the_line_end_and_the_spacing_do_not_matter(tmp_path, quote):
    lines = ["The clerk will co-", "ordinate the response with the county highways team."]
    page = render_page(lines_pdf(tmp_path / "h.pdf", lines), 1, quote)
    assert page.found
    assert len(page.boxes) == 2
    # The first box ends at the printed "co-", the hyphen included.
    assert page.boxes[0].right > page.boxes[1].left


def test_justified_text_with_wide_gaps_is_found_from_single_spaced_text(tmp_path):
    # fpdf2 justifies multi_cell text: pdfium sees the stretched gaps, our layer one space.
    page = render_page(minutes(tmp_path / "m.pdf"), 1, " ".join(ROOF.split()))
    assert page.found
    assert len(page.boxes) >= 3


def test_page_two_is_rendered_and_the_quote_found_there_only(tmp_path):
    path = minutes(tmp_path / "m.pdf")
    second = render_page(path, 2, ALLOTMENTS_QUOTE)
    assert second.found and len(second.boxes) >= 2
    first = render_page(path, 1, ALLOTMENTS_QUOTE)
    assert (first.found, first.boxes) == (False, [])
    assert (first.width, first.height) == (second.width, second.height)
    assert first.png != second.png
    assert not yellow(pixels(first)).any()


def test_a_quote_across_a_header_drawn_mid_page_highlights_both_parts(tmp_path):
    quote = (
        "The treasurer reported that the precept for the coming year would rise by four "
        "per cent to cover the new grounds contract."
    )
    page = render_page(header_drawn_between(tmp_path / "x.pdf"), 1, quote)
    assert page.found
    assert len(page.boxes) == 2
    header_bottom = 17 * 1.5 * 72 / 25.4  # the header cell ends 17 mm down
    assert all(b.top > header_bottom for b in page.boxes)


@pytest.mark.parametrize(
    ("quote", "found", "boxes"),
    [
        # A char our layer read differently in the middle: both ends still match.
        (
            "The treasurer reported that the precept for the coming yeer would rise by four "
            "per cent to cover",
            True,
            2,
        ),
        # The end crosses onto a page we were not asked for: the start is enough.
        ("would rise by four per cent to cover the new grounds contract. Members agreed", True, 1),
        # Too short a part to trust.
        ("The treasurer said", False, 0),
        ("Nothing like this was said at any meeting of the council", False, 0),
    ],
)
def test_a_partial_match_is_kept_only_when_long_enough(tmp_path, quote, found, boxes):
    page = render_page(header_drawn_between(tmp_path / "x.pdf"), 1, quote)
    assert (page.found, len(page.boxes)) == (found, boxes)


@pytest.mark.skipif(not DEJAVU.is_file(), reason="needs the DejaVu Sans font")
def test_ligature_chars_in_the_pdf_match_plain_letters(tmp_path):
    path = lines_pdf(
        tmp_path / "l.pdf", ["The \ufb01nance o\ufb03cer signed the \ufb02ood grant."], DEJAVU
    )
    page = render_page(path, 1, "The finance officer signed the flood grant")
    assert page.found and len(page.boxes) == 1


def test_every_passage_of_our_text_layer_is_found_on_its_page(tmp_path):
    # The contract: a quote is a stretch of what the reader extracted (reflowed, hyphens
    # mended, header and footer stripped), and it must be found on the page it cites.
    path = tmp_path / "minutes.pdf"
    paragraphs = [ROOF, ALLOTMENTS, ROOF.replace("Item 4", "Item 9")]
    path.write_bytes(minutes_pdf([paragraphs[:2], paragraphs[2:]], header=HEADER, width=70))
    document = read_document(path)
    for page in document.pages:
        assert page.number is not None
        for sentence in re.split(r"(?<=[.;])\s+", page.text):
            if len(fold(sentence)) >= 20:
                rendered = render_page(path, page.number, sentence)
                assert rendered.found, (page.number, sentence)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Co-ordinate", "coordinate"),
        ("co-\nordinate", "coordinate"),
        ("\ufb01nance  O\ufb03cer", "financeofficer"),
        ("Café", "cafe"),
        ("Cafe\u0301", "cafe"),
        ("Straße", "strasse"),
        ("£1,250.00 (net)", "125000net"),
        ("  \r\n\t", ""),
    ],
)
def test_fold_keeps_letters_and_digits_only(text, folded):
    assert fold(text) == folded


# --------------------------------------------------------------------------- geometry


@pytest.mark.parametrize(
    ("build", "landscape"),
    [(minutes, False), (cropped, False), (rotated, True), (sideways, False)],
    ids=["plain", "cropped", "rotated", "sideways"],
)
def test_the_boxes_lie_on_the_printed_text(tmp_path, build: Callable[[Path], Path], landscape):
    page = render_page(build(tmp_path / "g.pdf"), 1, ROOF_QUOTE)
    assert page.found and len(page.boxes) >= 2
    assert (page.width > page.height) is landscape
    assert inside_image(page)
    rgb = pixels(page)
    for box in page.boxes:
        region = rgb[box.top + 3 : box.bottom - 3, box.left + 3 : box.right - 3]  # no outline
        assert ink(region).mean() > 0.03, f"{box} covers no text"
        assert yellow(region).mean() > 0.3


def test_the_scale_sets_the_image_size_and_the_boxes_follow(tmp_path):
    path = minutes(tmp_path / "m.pdf")
    small = render_page(path, 1, ROOF_QUOTE, scale=1.0)
    large = render_page(path, 1, ROOF_QUOTE, scale=2.0)
    assert (small.width, small.height) == (596, 842)  # A4, 595.28 x 841.89 points, rounded up
    assert abs(large.width - 2 * small.width) <= 1
    for one, two in zip(small.boxes, large.boxes, strict=True):
        assert abs(two.top - 2 * one.top) <= 4 and abs(two.left - 2 * one.left) <= 4


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize("number", [0, 3, -1])
def test_a_page_out_of_range_names_the_file(tmp_path, number):
    path = minutes(tmp_path / "parish.pdf")
    with pytest.raises(ValueError, match=r"parish\.pdf: page .* out of range .*2"):
        render_page(path, number, ROOF_QUOTE)


@pytest.mark.parametrize(
    "data",
    [b"Minutes of the meeting, as plain text.\n", b"%PDF-1.7\n\x00\x01garbage" * 3, b""],
    ids=["text", "damaged", "empty"],
)
def test_a_file_that_is_not_a_pdf_names_the_file(tmp_path, data):
    path = tmp_path / "notes.pdf"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=r"^notes\.pdf: not a readable PDF \(.+\)"):
        render_page(path, 1, ROOF_QUOTE)


def test_a_scale_that_is_not_positive_is_refused(tmp_path):
    with pytest.raises(ValueError, match="m.pdf: scale"):
        render_page(minutes(tmp_path / "m.pdf"), 1, ROOF_QUOTE, scale=0)


# --------------------------------------------------------------------------- output and speed


def test_to_data_uri_inlines_the_png(tmp_path):
    page = render_page(minutes(tmp_path / "m.pdf"), 1, ROOF_QUOTE)
    uri = to_data_uri(page.png)
    assert uri.startswith("data:image/png;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]) == page.png
    assert to_data_uri(b"") == "data:image/png;base64,"


def test_a_full_page_renders_fast(tmp_path):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for _ in range(12):
        pdf.multi_cell(0, 4, f"{ROOF} {ALLOTMENTS}", new_x="LMARGIN", new_y="NEXT")
    path = _save(pdf, tmp_path / "full.pdf")
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        page = render_page(path, 1, ALLOTMENTS_QUOTE)
        timings.append(time.perf_counter() - start)
    assert page.found
    assert min(timings) < 0.3, timings


def test_renders_from_several_threads_agree(tmp_path):
    path = minutes(tmp_path / "m.pdf")
    expected = render_page(path, 1, ROOF_QUOTE)
    results: list[RenderedPage] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                results.append(render_page(path, 1, ROOF_QUOTE))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(results) == 12
    assert all(r == expected for r in results)
