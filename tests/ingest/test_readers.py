"""Readers: each format to pages of text, and a clear, named error for each kind of bad file."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from assistant.ingest.layout import strip_furniture
from assistant.ingest.readers import ReadError, read_document
from tests.builders import make_pdf


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected", "absent"),
    [
        ("plain.txt", "Item 1. Welcome\n\nThe Chair opened the meeting.", "The Chair opened", "<"),
        ("notes.md", "# Board\n\n**Present:** Jo Bloggs (JB)", "Jo Bloggs (JB)", None),
        (
            "tagged.txt",
            "<p>Apologies were noted: <i>Ann Lee</i></p><ul><li>First</li><li>Second</li></ul>"
            "<p><u>Actions</u></p>",
            "- Second",
            "<li>",
        ),
        (
            "page.html",
            "<html><body><p>A &amp; B agreed</p><p>Item two</p></body></html>",
            "A & B agreed",
            "&amp;",
        ),
        (  # a site's menu, a list of links and nothing more, is no part of the minutes
            "menu.html",
            '<html><body><ul class="menu"><li><a href="/">Home</a></li><li><a href="/plots">Getting a'
            " plot</a></li></ul><p>Rents were agreed.</p><ul><li>Plot 4 relet</li></ul></body></html>",
            "- Plot 4 relet",
            "Getting a plot",
        ),
    ],
)
def test_text_formats_become_one_page(tmp_path, name, content, expected, absent):
    doc = read_document(write(tmp_path, name, content))
    assert len(doc.pages) == 1 and doc.pages[0].number is None
    assert expected in doc.pages[0].text
    if absent:
        assert absent not in doc.pages[0].text


def test_pdf_pages_keep_numbers_and_lose_running_headers(tmp_path):
    pdf = make_pdf(
        [
            ["Anytown Parish Council", "1", "1. Welcome", "The Chair welcomed all."],
            ["Anytown Parish Council", "2", "2. Finance", "The Clerk presented the accounts."],
            ["Anytown Parish Council", "3", "3. Close", "The meeting closed at 9pm."],
        ]
    )
    doc = read_document(write(tmp_path, "minutes.pdf", pdf))
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert "The Clerk presented the accounts." in doc.page_text(2)
    # a running header stays once, at the top of the first page (it names the body there)
    assert doc.pages[0].text.startswith("Anytown Parish Council")
    assert all("Anytown Parish Council" not in p.text for p in doc.pages[1:])
    assert all(p.text.split("\n")[0] != str(p.number) for p in doc.pages)


def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Schools Forum minutes")
    table = document.add_table(rows=2, cols=3)
    for row, cells in enumerate([("Action", "Lead", "Progress"), ("Send report", "JB", "Done")]):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_document(write(tmp_path, "forum.docx", buffer.getvalue()))
    assert "Schools Forum minutes" in doc.pages[0].text
    assert "Send report\tJB\tDone" in doc.pages[0].text


def test_a_word_files_page_header_and_footer_are_read_and_set_no_task(tmp_path):
    """A letterhead in the page header names the body and the date; the footer's "will be"
    is no one's action."""
    import docx

    from assistant.ingest import parse_meeting

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "OTC_Mins_11Jun25\tOakby Rowing Club"
    document.sections[0].footer.paragraphs[0].text = "Approved minutes will be signed by the Chair"
    for line in (
        "Committee meeting – minutes",
        "Present: Ann Lee (Chair), Tom Price",
        "1. Boats",
        "Tom Price to book the trailer service.",
    ):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_document(write(tmp_path, "mins.docx", buffer.getvalue()))
    assert doc.pages[0].text.startswith("OTC_Mins_11Jun25\tOakby Rowing Club\nCommittee meeting")
    assert doc.pages[0].text.endswith("Approved minutes will be signed by the Chair")
    assert "Approved minutes will be signed by the Chair" in doc.running
    meeting = parse_meeting(doc)
    assert meeting.body == "Oakby Rowing Club" and meeting.date == dt.date(2025, 6, 11)
    assert [a.owners for a in meeting.actions] == [["Tom Price"]]


def _encrypted_pdf() -> bytes:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(make_pdf([["Confidential minutes"]])))
    writer = pypdf.PdfWriter()
    writer.append(reader)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("junk.txt", bytes(range(256)) * 20, "binary content"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "not a readable PDF"),
        ("locked.pdf", _encrypted_pdf(), "encrypted PDF"),
        ("scan.pdf", make_pdf([[], []]), "no text on any of its 2 page(s)"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable Word"),
        ("slides.pptx", b"whatever", "unsupported file type"),
    ],
)
def test_bad_files_raise_named_errors(tmp_path, name, data, problem):
    path = write(tmp_path, name, data)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert problem in caught.value.problem
    assert name in str(caught.value)


def test_non_utf8_text_is_read_with_a_warning(tmp_path):
    doc = read_document(write(tmp_path, "old.txt", "Caf\xe9 budget \xa3500".encode("cp1252")))
    assert "£500" in doc.pages[0].text
    assert any("UTF-8" in w for w in doc.warnings)


def test_partly_scanned_pdf_warns_about_empty_pages(tmp_path):
    doc = read_document(write(tmp_path, "mixed.pdf", make_pdf([["Item 1 text"], []])))
    assert any("page(s) 2" in w for w in doc.warnings)


def test_same_bytes_under_two_names_are_two_documents(tmp_path):
    a = read_document(write(tmp_path, "a.txt", "Same minutes"))
    b = read_document(write(tmp_path, "b.txt", "Same minutes"))
    assert a.sha256 == b.sha256 and a.doc_id != b.doc_id


@pytest.mark.parametrize(
    ("pages", "kept", "dropped"),
    [
        (["Header A\nbody one\nFooter 1", "Header A\nbody two\nFooter 2"], "body two", "Footer"),
        (["Only page\n3"], "Only page", "3"),
    ],
)
def test_running_lines(pages, kept, dropped):
    cleaned = ["\n".join(p) for p in strip_furniture([p.split("\n") for p in pages])]
    assert any(kept in page for page in cleaned)
    assert all(dropped not in page for page in cleaned)


# --- what the page does not show is not read -------------------------------------------------


def test_pdf_text_painted_white_invisibly_or_too_small_is_not_read(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Item 4. The grant of £2,000 was agreed.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 8, "White words: the grant was £9,000.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", size=1)
    pdf.cell(0, 2, "Tiny words: the grant was £7,000.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Item 5. Any other business: none.", new_x="LMARGIN", new_y="NEXT")
    pdf.text_mode = "INVISIBLE"  # (fpdf2 does not reset the mode after: it comes last)
    pdf.cell(0, 8, "Unseen words: the grant was £5,000.", new_x="LMARGIN", new_y="NEXT")
    text = read_document(write(tmp_path, "m.pdf", bytes(pdf.output()))).pages[0].text
    assert "£2,000 was agreed" in text and "Any other business" in text
    assert "£9,000" not in text and "£7,000" not in text and "£5,000" not in text


def test_a_scanned_page_s_invisible_text_layer_and_white_headings_on_a_painted_row_are_read(
    tmp_path,
):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()  # an OCR layer: all of the page's text is invisible, over its image
    pdf.set_font("Helvetica", size=11)
    pdf.text_mode = "INVISIBLE"
    pdf.cell(0, 8, "Minutes of the meeting held on 3 May 2021", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()  # a table whose header row is white on a dark fill
    pdf.text_mode = "FILL"
    pdf.set_fill_color(0, 51, 102)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(60, 8, "Action", fill=True)
    pdf.cell(40, 8, "Lead", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.cell(60, 8, "Send the report")
    pdf.cell(40, 8, "JB", new_x="LMARGIN", new_y="NEXT")
    pages = read_document(write(tmp_path, "scan.pdf", bytes(pdf.output()))).pages
    assert "held on 3 May 2021" in pages[0].text
    assert "Action" in pages[1].text and "Lead" in pages[1].text and "JB" in pages[1].text


def test_docx_runs_marked_hidden_are_not_read(tmp_path):
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("The hall fee was set at £12 an hour.")
    paragraph.add_run(" The fee is £30.").font.hidden = True
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_document(write(tmp_path, "m.docx", buffer.getvalue())).pages[0].text
    assert "£12 an hour" in text and "£30" not in text


def test_markdown_front_matter_and_image_alt_text_are_not_read(tmp_path):
    text = (
        '---\ntitle: "Example Board minutes"\nsummary: "The Board cut the grant to £1."\n---\n\n'
        "# Example Board\n\nThe grant of £500 was agreed.\n\n"
        "![Photo: the grant was £800](photo.jpg)\n"
    )
    read = read_document(write(tmp_path, "m.md", text)).pages[0].text
    assert read.startswith("Example Board minutes") and "£500 was agreed" in read
    assert "£1." not in read and "£800" not in read and "summary" not in read
