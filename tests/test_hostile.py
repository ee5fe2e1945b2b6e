"""Hostile and careless input, as an attacker or a hurried clerk gives it: files over the
limits, a Word bomb, a fault on one file, two ingests at once, templated pages, text encodings,
scripts and hidden text, links out of the folder and link loops."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from assistant.app import App, expand_paths
from assistant.ingest import Limits, ReadError, parse_meeting, read_document
from assistant.ingest.readers import html_to_text
from assistant.store import IndexBusy, index_lock
from tests.builders import document, make_pdf

MINUTES = textwrap.dedent(
    """\
    Ashby Parish Council
    Minutes of the meeting held on 3 March 2025
    Present: Cllr Ann Lee (Chair), Cllr Bob Cole, Jo Hart (Clerk)
    1. Footpaths
    The footpath survey was discussed.
    ACTION: All members to walk their ward footpaths before the next meeting.
    ACTION: The Clerk to order new signs.
    """
)

_CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    'package.relationships+xml"/><Override PartName="/word/document.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def _docx(paragraphs: int, filler: int = 0) -> bytes:
    """A Word file of `paragraphs` short paragraphs, the body padded by `filler` bytes of
    whitespace (which unzips large from a small file)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>Item {i} noted.</w:t></w:r></w:p>" for i in range(paragraphs))
    xml = f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}' + " " * filler
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", xml + "</w:body></w:document>")
    return out.getvalue()


# --- limits: refused by name, before the machine pays for it --------------------------------


def test_a_word_bomb_is_refused_unread(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_docx(3, filler=80 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024  # 80 MB of XML in a small file
    with pytest.raises(ReadError, match="unzipped XML in MB .* over the limit of 50"):
        read_document(bomb)


def test_a_word_file_of_too_many_paragraphs_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.docx"
    path.write_bytes(_docx(2_500))
    assert "Item 2499 noted." in read_document(path).pages[0].text
    with pytest.raises(ReadError, match=r"paragraphs \(2,500\) is over the limit of 2,000"):
        read_document(path, Limits(paragraphs=2_000))


def test_size_text_and_page_limits_name_their_setting(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text(MINUTES * 50)
    with pytest.raises(ReadError, match="MINUTES_MAX_TEXT_CHARS"):
        read_document(text, Limits(text_chars=1_000))
    with pytest.raises(ReadError, match="MINUTES_MAX_FILE_MB"):
        read_document(text, Limits(file_mb=0))
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(make_pdf([[f"Page {i} of the report"] for i in range(12)]))
    with pytest.raises(ReadError, match=r"pages \(12\) is over the limit of 10"):
        read_document(pdf, Limits(pages=10))


def test_reading_stops_when_a_file_uses_up_its_time(tmp_path: Path) -> None:
    pdf = tmp_path / "slow.pdf"
    pdf.write_bytes(make_pdf([["Ashby Parish Council", "Grants were agreed."]] * 3))
    with pytest.raises(ReadError, match="took longer than 0 s .*MINUTES_FILE_SECONDS"):
        read_document(pdf, Limits(seconds=0))


# --- one file's failure is its own ------------------------------------------------------------


def test_a_bomb_and_a_fault_on_one_file_lose_none_of_the_others(settings, tmp_path, monkeypatch):
    folder = tmp_path / "upload"
    folder.mkdir()
    (folder / "a-bomb.docx").write_bytes(_docx(3, filler=80 * 1024 * 1024))
    (folder / "b-good.txt").write_text(MINUTES)
    (folder / "c-trips-a-bug.txt").write_text(MINUTES.replace("Footpaths", "Bridleways"))
    (folder / "d-good.md").write_text(MINUTES.replace("Ashby", "Barton"))
    real = parse_meeting

    def fragile(doc):  # a fault of ours on one document's content
        if "Bridleways" in doc.pages[0].text:
            raise IndexError("list index out of range")
        return real(doc)

    monkeypatch.setattr("assistant.app.reading.parse_meeting", fragile)
    results = {r.name: r for r in App(settings).ingest([folder])}
    assert results["b-good.txt"].status == results["d-good.md"].status == "ingested"
    assert results["a-bomb.docx"].status == "failed"
    assert "over the limit" in (results["a-bomb.docx"].error or "")
    assert results["c-trips-a-bug.txt"].status == "failed"
    assert "IndexError" in (results["c-trips-a-bug.txt"].error or "")


# --- one writer at a time; nothing half-ingested is shown ------------------------------------

_HOLD = """
import sys, time
from pathlib import Path
from assistant.store import index_lock
with index_lock(Path(sys.argv[1]), wait=0):
    print("held", flush=True)
    time.sleep(30)
"""


def test_a_second_ingest_refuses_clearly_while_another_writes(settings, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(settings.index_dir)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        (tmp_path / "m.txt").write_text(MINUTES)
        told: list[str] = []
        app = App(settings.model_copy(update={"lock_wait": 1.0}))
        with pytest.raises(IndexBusy, match=rf"another ingest \(process {holder.pid}\)"):
            app.ingest([tmp_path / "m.txt"], notify=told.append)
        assert told and "waiting" in told[0]
    finally:
        holder.kill()
        holder.wait()
    assert [r.status for r in app.ingest([tmp_path / "m.txt"])] == ["ingested"]


def test_the_lock_is_free_again_after_its_holder_ends(tmp_path):
    with index_lock(tmp_path, wait=0), pytest.raises(IndexBusy), index_lock(tmp_path, wait=0):
        pass
    with index_lock(tmp_path, wait=0):
        pass


def test_actions_of_a_document_still_being_stored_are_not_listed(settings):
    app = App(settings)
    meeting = parse_meeting(document(MINUTES, doc_id="d1", name="m.txt", layer=True))
    app.register.upsert_meeting(meeting, complete=False)
    assert app.register.actions(status="all") == [] and app.register.bodies() == []
    app.register.complete(["d1"])
    assert len(app.register.actions(status="all")) == 2


# --- reading what is there, and only that -----------------------------------------------------


def test_short_templated_pages_keep_their_lines(tmp_path: Path) -> None:
    pages = [
        [f"Ashby Parish Council {i}", f"Notice {i} of 5", f"Item {i}: grass cutting agreed"]
        for i in range(1, 6)
    ]
    pdf = tmp_path / "notices.pdf"
    pdf.write_bytes(make_pdf(pages))
    texts = [p.text for p in read_document(pdf).pages]
    assert all(f"Item {i}: grass cutting agreed" in t for i, t in enumerate(texts, 1))
    assert "Notice 1 of 5" in texts[0]


def test_an_action_for_all_members_is_kept_and_each_action_line_stands_alone() -> None:
    meeting = parse_meeting(document(MINUTES, layer=True))
    owners = {a.description: a.owners for a in meeting.actions}
    assert owners == {
        "ACTION: All members to walk their ward footpaths before the next meeting.": [
            "All members"
        ],
        "ACTION: The Clerk to order new signs.": ["Jo Hart (Clerk)"],
    }


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be"])
def test_text_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "m.txt"
    data = MINUTES.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert "Ashby Parish Council" in read_document(path).pages[0].text


def test_scripts_and_hidden_text_are_not_read_as_minutes() -> None:
    page = (
        "<p>Grants were agreed.</p><div style='display: none'>Hidden note</div>"
        "<span hidden>also hidden</span><p>Next meeting 4 May.</p><script>var x = 1; " + "y;" * 999
    )
    text = html_to_text(page, page=True)
    assert "Grants were agreed." in text and "Next meeting 4 May." in text
    assert "hidden" not in text.lower() and "var x" not in text


def test_links_out_of_the_folder_and_loops_are_reported_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    (folder / "sub").mkdir(parents=True)
    (folder / "m.txt").write_text(MINUTES)
    (folder / "sub" / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "same.txt").symlink_to(folder / "m.txt")
    (folder / "tool.exe").write_bytes(b"MZ")
    files, reported = expand_paths([folder])
    assert files == [(folder / "m.txt").resolve()]
    why = {r.name: (r.status, r.error or "") for r in reported}
    assert why["passwd.txt"][0] == "failed" and "outside" in why["passwd.txt"][1]
    assert why["loop"][0] == "failed" and "loop" in why["loop"][1]
    assert why["tool.exe"] == ("skipped", "unsupported file type '.exe'")


def test_a_document_that_cannot_be_stored_is_named_and_the_batch_goes_on(settings, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(MINUTES.replace("Ashby", name[0].upper() + "shby"))
    app = App(settings)
    real = app.store.write

    def fails_on_b(batch):
        if any(item.doc.name == "b.txt" for item in batch):
            raise OSError("disk full")
        return real(batch)

    app.store.write = fails_on_b  # type: ignore[method-assign]
    results = {r.name: r for r in app.ingest([folder])}
    assert results["a.txt"].status == results["c.txt"].status == "ingested"
    assert results["b.txt"].status == "failed" and "disk full" in (results["b.txt"].error or "")
    assert {d.name: d.state for d in app.documents()}["b.txt"] == "pending"


def test_a_file_named_for_another_format_says_what_it_is(tmp_path: Path) -> None:
    pdf_as_word = tmp_path / "minutes.docx"
    pdf_as_word.write_bytes(make_pdf([["Ashby Parish Council"]]))
    with pytest.raises(ReadError, match="not a Word file, though named .docx: .* is a PDF"):
        read_document(pdf_as_word)
    word_as_pdf = tmp_path / "minutes.pdf"
    word_as_pdf.write_bytes(_docx(3))
    with pytest.raises(ReadError, match="not a PDF, .* a Word file or another zip archive"):
        read_document(word_as_pdf)
