"""Writers of the broken and hostile files. The big ones stream: a zip entry or a zlib stream
is fed CHUNK bytes at a time, so nothing near the inflated size is ever held in memory."""

from __future__ import annotations

import io
import os
import random
import zipfile
import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from evals.badinput.texts import (
    CREATED,
    HARBOUR,
    SWIMMING,
    TRANSPORT,
    VILLAGE_HALL,
    to_docx,
    to_html_body,
    to_pdf,
    to_text,
)

SEED = 20250304
MB = 1024 * 1024
CHUNK = 16 * MB  # the unit the big cases are written in

Writer = Callable[[Path], None]


@lru_cache(maxsize=1)
def good_pdf() -> bytes:
    return to_pdf(TRANSPORT)


@lru_cache(maxsize=1)
def good_docx() -> bytes:
    return to_docx(SWIMMING)


def random_bytes(n: int, salt: int) -> bytes:
    return random.Random(SEED + salt).randbytes(n)


# --- hand-made DOCX packages ----------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOC_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{W_NS}"><w:body>'
).encode()
DOC_TAIL = b"<w:sectPr/></w:body></w:document>"


def paragraph(text: str) -> bytes:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'.encode()


def write_docx_package(path: Path, document_xml: Iterator[bytes] | None) -> None:
    """A minimal Word package; document.xml is streamed from `document_xml` (None: left
    out, with the relationship to it kept)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        if document_xml is not None:
            with zf.open("word/document.xml", "w", force_zip64=True) as part:
                for piece in document_xml:
                    part.write(piece)


def repeated(unit: bytes, total: int) -> Iterator[bytes]:
    """`unit` repeated to about `total` bytes, in chunks of about CHUNK bytes."""
    per_chunk = max(1, CHUNK // len(unit))
    chunk = unit * per_chunk
    count = total // len(unit)
    while count >= per_chunk:
        yield chunk
        count -= per_chunk
    if count:
        yield unit * count


def document_stream(body: Iterator[bytes]) -> Iterator[bytes]:
    yield DOC_HEAD
    yield from body
    yield DOC_TAIL


# --- writers --------------------------------------------------------------------------------


def write_bytes(data: bytes | Callable[[], bytes]) -> Writer:
    def write(path: Path) -> None:
        path.write_bytes(data() if callable(data) else data)

    return write


def write_text(text: str, encoding: str) -> Writer:
    return write_bytes(text.encode(encoding))


def write_truncated_pdf(path: Path) -> None:
    data = good_pdf()
    path.write_bytes(data[: len(data) * 40 // 100])


def write_encrypted_pdf(path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(good_pdf())))
    writer.encrypt(
        user_password="kestrel-2025", owner_password="harbour-owner", algorithm="RC4-128"
    )
    with path.open("wb") as f:
        writer.write(f)


def write_image_only_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    pdf.set_fill_color(180, 180, 180)
    pdf.rect(20, 20, 170, 250, style="F")
    path.write_bytes(bytes(pdf.output()))


def write_many_pages_pdf(path: Path, pages: int = 2000) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(CREATED)
    pdf.set_font("Helvetica", size=11)
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 8, f"Greyfield Community Transport Trustees, log page {n}: journey {n} noted.")
    path.write_bytes(bytes(pdf.output()))


def write_inflate_pdf(path: Path, inflated: int = 1_000_000_000) -> None:
    """One page whose FlateDecode content stream inflates to `inflated` bytes: a line of text,
    then spaces. Written by hand: the stream is compressed chunk by chunk."""
    head = (
        b"BT /F1 12 Tf 72 770 Td (Kestrel Bay Harbour Users' Group: minutes, 4 March 2025) Tj ET\n"
    )
    squeeze = zlib.compressobj(9)
    stream = [squeeze.compress(head)]
    stream += [squeeze.compress(piece) for piece in repeated(b" ", inflated - len(head))]
    stream.append(squeeze.flush())
    data = b"".join(stream)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))


def write_zip_bomb_docx(path: Path, inflated: int = 1_500_000_000) -> None:
    unit = paragraph("The committee noted the report and agreed the next steps.")
    write_docx_package(path, document_stream(repeated(unit, inflated)))


def write_many_paragraphs_docx(path: Path, count: int = 4_500_000) -> None:
    unit = paragraph("Noted.")
    write_docx_package(path, document_stream(repeated(unit, count * len(unit))))


def write_billion_laughs_docx(path: Path) -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<!DOCTYPE w:document [\n{chr(10).join(entities)}\n]>\n"
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        + paragraph(HARBOUR.title).decode()
        + paragraph("&lol9;").decode()
        + "<w:sectPr/></w:body></w:document>"
    ).encode()
    write_docx_package(path, iter([xml]))


def write_empty_docx(path: Path) -> None:
    write_docx_package(path, document_stream(iter([])))


def write_missing_part_docx(path: Path) -> None:
    write_docx_package(path, None)


def write_corrupt_docx(path: Path) -> None:
    """The good DOCX with bytes in the middle of document.xml's compressed data flipped."""
    data = bytearray(good_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    name_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    middle = start + info.compress_size // 2
    for k in range(16):
        data[middle + k] ^= 0xA5
    path.write_bytes(bytes(data))


def write_huge_text(path: Path, size: int = 60 * MB) -> None:
    lines = [
        "{n}. The group noted the harbour master's report on item {n}.",
        "ACTION: TP to circulate the notes of item {n} to all members.",
        "The Chair thanked everyone for attending the discussion of item {n}.",
        "It was agreed that item {n} would come back to the next meeting.",
    ]
    written = 0
    n = 0
    with path.open("w", encoding="utf-8") as f:
        f.write(to_text(HARBOUR))
        while written < size:
            block = []
            for _ in range(10_000):
                n += 1
                block.append(lines[n % len(lines)].format(n=n))
            text = "\n".join(block) + "\n"
            f.write(text)
            written += len(text)


def write_unclosed_script_html(path: Path, size: int = 2 * MB) -> None:
    js = (
        "function tally{n}(rows) {{ var total = 0; for (var i = 0; i < rows.length; i++) "
        "{{ total += rows[i].votes * {n}; }} if (total > 3) {{ console.log('motion ' + {n}); }} "
        "return total; }}\n"
    )
    with path.open("w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html>\n<html><head><title></title></head><body>\n<script>\n")
        written, n = 0, 0
        while written < size:
            n += 1
            written += f.write(js.format(n=n))
        f.write("</body></html>\n")


def write_deep_html(path: Path, depth: int = 100_000) -> None:
    path.write_text(
        "<!DOCTYPE html>\n<html><head><title>Minutes</title></head><body>\n"
        + "<div>" * depth
        + to_html_body(VILLAGE_HALL)
        + "</div>" * depth
        + "\n</body></html>\n",
        encoding="utf-8",
    )


def write_symlink(target: str) -> Writer:
    return lambda path: os.symlink(target, path)
