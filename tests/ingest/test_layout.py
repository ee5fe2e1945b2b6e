"""The text layer: wrapped lines come back as whole paragraphs and sentences, page furniture
goes, a margin column's initials stay with their paragraph. Real PDFs, written with a
proportional font by tests/builders.py; invented text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answer.evidence import candidate_windows
from assistant.ingest import chunk_document, parse_meeting, read_document
from assistant.ingest.layout import plain_pages, strip_furniture, text_layer
from tests.builders import minutes_pdf

ATTENDANCE = "Present: Cllr Ann Berry (Chair), Cllr Bob Cole, Jo White (JW) - Parish Clerk."
LONG_ACTION = (
    "The Clerk to write to the county highways department about the broken footway "
    "outside the primary school and to ask for a site meeting with the area engineer "
    "before the end of the summer term."
)
LONG_DECISION = (
    "It was resolved that the council accept the quotation from the Hillside Fencing "
    "Company for the replacement of the playground perimeter fencing, subject to the "
    "contractor providing evidence of public liability insurance."
)
MARGIN_PARAGRAPH = (
    "Members discussed the state of the notice board at the village green, which had been "
    "damaged in the recent storms; the Clerk would obtain two quotations for its repair."
)


def _pdf(tmp_path: Path, pages: list[list[str]], **kwargs) -> Path:  # noqa: ANN003
    path = tmp_path / "minutes.pdf"
    path.write_bytes(minutes_pdf(pages, **kwargs))
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def wrapped(tmp_path: Path) -> Path:
    return _pdf(
        tmp_path,
        [
            [
                "Anytown Parish Council - Minutes of the meeting held on 3 March 2025",
                ATTENDANCE,
                "1. Highways",
                LONG_ACTION,
                "2. Play area",
                LONG_DECISION,
            ],
            ["3. Notice boards", MARGIN_PARAGRAPH, "4. Close", "The meeting closed at 9pm."],
        ],
        header="Anytown Parish Council - Minutes",
        margin={MARGIN_PARAGRAPH[:20]: "JW"},
    )


def test_the_pdf_really_wraps(wrapped: Path) -> None:
    import pypdf

    raw = pypdf.PdfReader(str(wrapped)).pages[0].extract_text()
    assert LONG_ACTION not in raw  # the extractor alone cuts it at the line ends
    assert re.search(r"\w-\n\w", raw), "no hyphenated line break to mend"


def test_wrapped_paragraphs_come_back_whole(wrapped: Path) -> None:
    doc = read_document(wrapped)
    lines = [_flat(line) for page in doc.pages for line in page.text.split("\n")]
    assert LONG_ACTION in lines and LONG_DECISION in lines
    assert any(line.startswith(MARGIN_PARAGRAPH) for line in lines)


def test_running_header_and_page_numbers_go(wrapped: Path) -> None:
    doc = read_document(wrapped)
    assert "Page" not in doc.pages[0].text and "Page 2 of 2" not in doc.pages[1].text
    assert "Anytown Parish Council - Minutes" not in doc.pages[1].text  # a running header
    assert doc.pages[0].text.startswith("Anytown Parish Council - Minutes")  # but the title stays


def test_margin_initials_stay_with_their_paragraph(wrapped: Path) -> None:
    doc = read_document(wrapped)
    line = next(ln for ln in doc.pages[1].text.split("\n") if ln.startswith("Members"))
    assert line.endswith("\tJW")  # an owner column, as a table row's last cell
    assert "JW" not in line.split("\t")[0]


def test_action_quotes_and_evidence_windows_are_whole_sentences(wrapped: Path) -> None:
    doc = read_document(wrapped)
    meeting = parse_meeting(doc)
    quotes = [_flat(a.source.quote) for a in meeting.actions]
    assert any(LONG_ACTION in q for q in quotes), quotes
    chunks = chunk_document(doc, meeting.items, meeting.body, meeting.date, 900)
    windows = [_flat(w.text) for c in chunks for w in candidate_windows(c)]
    assert any(LONG_DECISION in w for w in windows)
    assert all(not w.endswith((" the", " a", " of", " to", " and")) for w in windows)


def test_margin_owner_resolves_to_the_attendee(wrapped: Path) -> None:
    meeting = parse_meeting(read_document(wrapped))
    boards = [a for a in meeting.actions if "notice board" in a.description]
    assert boards and any("Jo White" in " ".join(a.owners) for a in boards), boards


@pytest.mark.parametrize(
    ("text", "joined", "apart"),
    [
        # a soft-wrapped Markdown paragraph is one paragraph; its list stays a list
        (
            "# Finance\n\nThe treasurer reported that the\nreserves stood at £4,200.\n\n"
            "- Item one\n- Item two",
            "The treasurer reported that the reserves stood at £4,200.",
            ["- Item one", "- Item two"],
        ),
        # a line that ends a sentence, a label and a numbered item are not run on
        (
            "Present:\nAnn Berry\nBob Cole\n1. Apologies\nNone were received.",
            None,
            ["Present:", "Ann Berry", "Bob Cole", "1. Apologies"],
        ),
        # a compound the document hyphenates keeps its hyphen at a line's end
        (
            "Cllr Cole declared a non-pecuniary interest in item 4 and a non-\n"
            "pecuniary interest in item 6 of the agenda before the meeting.",
            "a non-pecuniary interest in item 6",
            [],
        ),
        # plain text hard-wrapped with an indent: the indented lines go on with the sentence;
        # a short indented owner beside a line stays its own cell
        (
            "* Toilet: two quotes came in. Jo to complete the grant\n\tform by 30 June and send\n"
            "\tit to the Treasurer with both quotes attached.\nACTION: order the new padlocks\n\tAnn Berry",
            "Jo to complete the grant form by 30 June and send it to the Treasurer",
            ["ACTION: order the new padlocks", "\tAnn Berry"],
        ),
        # a row's first cell wrapped above it goes on into the row; a header row does not
        (
            "Minutes of the meeting held at 10.00 am\nAction\tLead\tUpdate\nVisit of the\n"
            "maternity unit\tKB\tPostponed to October.",
            "Visit of the maternity unit\tKB\tPostponed to October.",
            ["Minutes of the meeting held at 10.00 am", "Action\tLead\tUpdate"],
        ),
        # a list of people under its label starts a line of its own, even after "10.00 am";
        # "present:" going on in lower case is the sentence before's
        (
            "Minutes of the meeting held on Thursday 6 March, 10.00 am\nMembers: Cllr Ann Lee (Chair);"
            " Cllr Bob Cole.\nCommittee members present: Ann Lee, Tom Hebden. Also\npresent: Cllr Dan Eve.",
            "Tom Hebden. Also present: Cllr Dan Eve.",
            ["Minutes of the meeting held on Thursday 6 March, 10.00 am"],
        ),
        # a financial year at a line's start is no minute reference: the sentence goes on
        (
            "Finance\nThe meeting agreed a precept of £3,100 for\n2026/27. The Clerk to notify"
            " the district council.\n14/26 Planning",
            "agreed a precept of £3,100 for 2026/27. The Clerk",
            ["14/26 Planning"],
        ),
    ],
)
def test_plain_text_reflows_by_the_same_rules(text, joined, apart) -> None:
    out = text_layer(plain_pages([text]))[0]
    lines = out.split("\n")
    if joined:
        assert any(joined in line for line in lines), out
    for line in apart:
        assert line in lines, out


def test_html_source_line_breaks_are_spaces(tmp_path: Path) -> None:
    path = tmp_path / "m.html"
    path.write_text(
        "<!DOCTYPE html><html><body><h1>Vale Library Board</h1>\n<p>The board agreed\n"
        "to extend the\nopening hours.</p><ul><li>One</li><li>Two</li></ul></body></html>"
    )
    text = read_document(path).pages[0].text
    assert "The board agreed to extend the opening hours." in text.split("\n")
    assert "DOCTYPE" not in text and "- One" in text


def test_templated_pages_are_never_emptied() -> None:
    """Short pages that all repeat the same lines are content, not running headers."""
    pages = [["Vale Board", "Item", "Noted"] for _ in range(4)]
    kept = strip_furniture(pages)
    assert all(any(line.strip() for line in page) for page in kept)


def test_a_first_cell_that_wraps_around_its_row_is_one_row() -> None:
    """A PDF table's first cell wraps around the row's other cells, which sit beside its middle
    line, or its row goes on below it: each block is one row again. A lone line beside a row,
    and prose, stay as they are."""
    from assistant.ingest.layout import wrapped_first_cells

    text = (
        "Action\tLead\tRAG\tUpdate\n\nAudit of thirty case files without\nNR\tGreen\tDone in June\n"
        "recorded outcomes\n\nBriefing GP practices and ward\nmanagers on missed visits\tJL\tGreen\t"
        "Briefed on 15 May\n\nCllr Ann Lee (substitute for Cllr Vale Council\t✓\nKeeble)\n\n"
        "This paragraph of prose runs on well past any cell of a table, so it is left alone here.\n"
    )
    lines = wrapped_first_cells(text).split("\n")
    assert "Audit of thirty case files without recorded outcomes\tNR\tGreen\tDone in June" in lines
    assert (
        "Briefing GP practices and ward managers on missed visits\tJL\tGreen\tBriefed on 15 May"
        in lines
    )
    assert "Keeble)" in lines
    assert wrapped_first_cells("One\tTwo\n\nalone here\nA\tB\n") == "One\tTwo\n\nalone here\nA\tB\n"
