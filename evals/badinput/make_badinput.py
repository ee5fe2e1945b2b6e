#!/usr/bin/env python3
"""Build the bad-input test bed: a folder of good minutes mixed with broken and hostile files.

    .venv/bin/python evals/badinput/make_badinput.py [--out DIR]   # default evals/badinput/build/

The folder is wiped and rebuilt. `manifest.json` in it lists every case:

    {"file": "...", "expect": "ingested" | "failed", "why": "...", "must_mention": [...]}

`must_mention` is the evidence a run must show: for a file expected to fail, the error
has to contain one of these words (so "failed" alone, for the wrong reason, does not pass);
for a file expected to be ingested, one of its warnings has to (empty: no check).

Every text here is invented for this test bed (texts.py). Random bytes come from a fixed
seed; the big cases are streamed in chunks (hostile.py), so the generator stays well under
200 MB of memory while it writes a 1.5 GB-inflating DOCX and a 1 GB-inflating PDF.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from evals.badinput.hostile import (
    Writer,
    good_docx,
    good_pdf,
    random_bytes,
    write_billion_laughs_docx,
    write_bytes,
    write_corrupt_docx,
    write_deep_html,
    write_empty_docx,
    write_encrypted_pdf,
    write_huge_text,
    write_image_only_pdf,
    write_inflate_pdf,
    write_many_pages_pdf,
    write_many_paragraphs_docx,
    write_missing_part_docx,
    write_symlink,
    write_text,
    write_truncated_pdf,
    write_unclosed_script_html,
    write_zip_bomb_docx,
)
from evals.badinput.texts import (
    ALLOTMENTS,
    CRICKET,
    FOOTPATHS,
    HARBOUR,
    RESIDENTS,
    TRADERS,
    TRANSPORT,
    VILLAGE_HALL,
    to_html,
    to_markdown,
    to_text,
)

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "build"

# Words an error may use to say a file is over a limit of some kind.
LIMIT_WORDS = ("limit", "too large", "too big", "too many", "too long", "maximum", "at most")
NOT_READABLE_WORDS = ("not a readable", "damaged", "corrupt", "truncated", "invalid", "broken")


@dataclass(frozen=True)
class Case:
    file: str  # relative to the output folder
    expect: Literal["ingested", "failed"]
    why: str
    must_mention: tuple[str, ...] = ()


LONG_NAME = (
    "greyfield-community-transport-trustees-minutes-of-the-ordinary-meeting-held-on-"
    "seventeenth-july-twenty-twenty-five-in-the-methodist-church-hall-including-the-"
    "minibus-grant-the-volunteer-drivers-and-the-safeguarding-policy-review"
)[:185] + "_2025-07-17.txt"  # 200 characters
ODD_NAME = "-rf minutes – Übersicht café (final) 2025.txt"


CASES: list[tuple[Case, Writer]] = [
    # --- good files: every one of them should be ingested --------------------------------
    (
        Case("harbour-users_2025-03-04.txt", "ingested", "plain UTF-8 minutes"),
        write_text(to_text(HARBOUR), "utf-8"),
    ),
    (
        Case("allotments_2025-05-12.md", "ingested", "Markdown minutes"),
        write_text(to_markdown(ALLOTMENTS), "utf-8"),
    ),
    (
        Case("allotments-copy_2025-05-12.markdown", "ingested", "Markdown, .markdown suffix"),
        write_text(to_markdown(ALLOTMENTS), "utf-8"),
    ),
    (
        Case("village-hall_2025-06-09.html", "ingested", "an HTML page of minutes"),
        write_text(to_html(VILLAGE_HALL), "utf-8"),
    ),
    (
        Case("village-hall-copy_2025-06-09.htm", "ingested", "HTML, .htm suffix"),
        write_text(to_html(VILLAGE_HALL), "utf-8"),
    ),
    (
        Case("transport-trustees_2025-07-17.pdf", "ingested", "a 3-page text PDF (fpdf2)"),
        write_bytes(good_pdf),
    ),
    (
        Case("swimming-club_2025-09-02.docx", "ingested", "a Word file with a table (python-docx)"),
        write_bytes(good_docx),
    ),
    (
        Case(
            "residents_2025-10-21_utf16.txt",
            "ingested",
            "UTF-16 LE with a BOM: the BOM says how to decode it, so it is readable text, not "
            "binary (its NUL bytes are half of each character)",
        ),
        write_text("\ufeff" + to_text(RESIDENTS), "utf-16-le"),
    ),
    (
        Case(
            "footpaths_2025-11-05_utf32.txt",
            "ingested",
            "UTF-32 LE with a BOM: readable text for the same reason as UTF-16",
        ),
        write_text("\ufeff" + to_text(FOOTPATHS), "utf-32-le"),
    ),
    (
        Case(
            "traders-forum_2025-12-11_cp1252.txt",
            "ingested",
            "Windows-1252 text (café, £, en dash, curly quotes): not UTF-8, but readable; "
            "ingested with a warning that it was decoded as Windows-1252",
            ("1252",),
        ),
        write_text(to_text(TRADERS), "cp1252"),
    ),
    (
        Case(
            ODD_NAME,
            "ingested",
            "good minutes under a hostile name (leading dash, spaces, unicode, brackets): the "
            "name must not be taken for an option or break a path",
        ),
        write_text(to_text(CRICKET), "utf-8"),
    ),
    (
        Case(LONG_NAME, "ingested", "good minutes under a 200-character file name"),
        write_text(to_text(TRANSPORT), "utf-8"),
    ),
    (
        Case(
            "deep-nesting.html",
            "ingested",
            "valid HTML, minutes inside 100,000 nested <div>s (1.1 MB): harmless to a reader "
            "that does not recurse; its text should come through",
        ),
        write_deep_html,
    ),
    (
        Case(
            "loop/inside_2025-05-12.txt",
            "ingested",
            "good minutes in the subfolder holding the symlink loop: ingested once",
        ),
        write_text(to_text(ALLOTMENTS), "utf-8"),
    ),
    # --- bad files: every one of them should be reported failed, saying why --------------
    (
        Case("empty.txt", "failed", "zero bytes: nothing to read", ("empty",)),
        write_bytes(b""),
    ),
    (
        Case("empty.pdf", "failed", "a zero-byte .pdf", ("empty",)),
        write_bytes(b""),
    ),
    (
        Case(
            "whitespace-only.md",
            "failed",
            "spaces, tabs and newlines only: no text",
            ("empty", "no text"),
        ),
        write_bytes(b" \t \n\n   \r\n\t\t\n" * 200),
    ),
    (
        Case(
            "truncated.pdf",
            "failed",
            "the first 40% of a good PDF: no xref table, no trailer, no catalog",
            NOT_READABLE_WORDS,
        ),
        write_truncated_pdf,
    ),
    (
        Case(
            "random-bytes.pdf",
            "failed",
            "64 KB of random bytes named .pdf",
            NOT_READABLE_WORDS + ("not a pdf",),
        ),
        write_bytes(random_bytes(64 * 1024, 1)),
    ),
    (
        Case(
            "random-bytes.docx",
            "failed",
            "64 KB of random bytes named .docx",
            NOT_READABLE_WORDS + ("not a word", "zip"),
        ),
        write_bytes(random_bytes(64 * 1024, 2)),
    ),
    (
        Case(
            "pdf-renamed.docx",
            "failed",
            "a good PDF named .docx: the reason should say it is not a Word file (or that it "
            "is a PDF)",
            NOT_READABLE_WORDS + ("not a word", "zip", "is a pdf"),
        ),
        write_bytes(good_pdf),
    ),
    (
        Case(
            "docx-renamed.pdf",
            "failed",
            "a good DOCX named .pdf: the reason should say it is not a PDF (or that it is a "
            "Word file)",
            NOT_READABLE_WORDS + ("not a pdf", "word", "docx"),
        ),
        write_bytes(good_docx),
    ),
    (
        Case(
            "encrypted.pdf",
            "failed",
            "the good PDF encrypted (RC4-128) with a user password: unreadable without it",
            ("encrypt", "password"),
        ),
        write_encrypted_pdf,
    ),
    (
        Case(
            "image-only.pdf",
            "failed",
            "one page with a filled rectangle and no text: a scan needs OCR first",
            ("no text", "image", "scan", "ocr"),
        ),
        write_image_only_pdf,
    ),
    (
        Case(
            "header-only.pdf",
            "failed",
            "a PDF header and %%EOF, nothing else",
            NOT_READABLE_WORDS + ("no pages",),
        ),
        write_bytes(b"%PDF-1.7\n%%EOF\n"),
    ),
    (
        Case(
            "plain-text-named.pdf",
            "failed",
            "plain-text minutes named .pdf: not a PDF",
            NOT_READABLE_WORDS + ("not a pdf",),
        ),
        write_text(to_text(HARBOUR), "utf-8"),
    ),
    (
        Case(
            "zip-bomb.docx",
            "failed",
            "a valid DOCX (about 5 MB) whose word/document.xml inflates to 1.5 GB of repeated "
            "paragraphs: over any sensible size limit; must be refused before it is inflated",
            LIMIT_WORDS + ("bomb", "uncompressed", "decompress", "expands", "ratio"),
        ),
        write_zip_bomb_docx,
    ),
    (
        Case(
            "many-paragraphs.docx",
            "failed",
            "a valid DOCX with 4.5 million tiny paragraphs (270 MB of XML): over a "
            "paragraph/size limit",
            LIMIT_WORDS + ("paragraphs", "uncompressed"),
        ),
        write_many_paragraphs_docx,
    ),
    (
        Case(
            "billion-laughs.docx",
            "failed",
            "document.xml has a DOCTYPE with nested entities (10^9 'lol's if expanded): "
            "OOXML allows no DTD, so it is hostile; refuse it, naming the DOCTYPE/entities",
            ("entity", "entities", "doctype", "dtd"),
        ),
        write_billion_laughs_docx,
    ),
    (
        Case(
            "missing-document-xml.docx",
            "failed",
            "a DOCX package whose relationships name word/document.xml, which is missing",
            NOT_READABLE_WORDS + ("document.xml", "missing", "main document"),
        ),
        write_missing_part_docx,
    ),
    (
        Case("empty-body.docx", "failed", "a valid DOCX with no paragraphs", ("no text", "empty")),
        write_empty_docx,
    ),
    (
        Case(
            "corrupt-crc.docx",
            "failed",
            "the good DOCX with 16 bytes flipped inside the compressed document.xml",
            NOT_READABLE_WORDS + ("crc", "zip"),
        ),
        write_corrupt_docx,
    ),
    (
        Case(
            "huge-60mb.txt",
            "failed",
            "60 MB of repeated minutes lines: over a sensible size limit for one minutes file",
            LIMIT_WORDS + ("mb",),
        ),
        write_huge_text,
    ),
    (
        Case(
            "unclosed-script.html",
            "failed",
            "an empty title and an unclosed <script> then 2 MB of JavaScript: a browser shows "
            "no text, so there is none to index (the script must not be indexed as minutes)",
            ("no text", "script"),
        ),
        write_unclosed_script_html,
    ),
    (
        Case(
            "empty-page.html",
            "failed",
            "an HTML page with only navigation and a script: no text",
            ("no text", "empty"),
        ),
        write_text(
            "<!DOCTYPE html><html><head><title></title></head><body><nav>Home | Meetings</nav>"
            "<script>var page = 1;</script></body></html>\n",
            "utf-8",
        ),
    ),
    (
        Case(
            "pdf-2000-pages.pdf",
            "failed",
            "2,000 pages, a line on each: over a sensible page limit for minutes",
            LIMIT_WORDS + ("pages",),
        ),
        write_many_pages_pdf,
    ),
    (
        Case(
            "inflate-1gb.pdf",
            "failed",
            "one page whose FlateDecode content stream inflates to 1 GB: over a "
            "decompression limit",
            LIMIT_WORDS + ("decompress", "inflate", "bomb"),
        ),
        write_inflate_pdf,
    ),
    (
        Case(
            "scan-of-minutes.txt",
            "failed",
            "a PNG header and random bytes named .txt: binary, not text",
            ("binary", "not text"),
        ),
        write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random_bytes(32 * 1024, 3)),
    ),
    (
        Case(
            "elf-binary.md",
            "failed",
            "an ELF header and random bytes named .md: binary, not text",
            ("binary", "not text"),
        ),
        write_bytes(b"\x7fELF\x02\x01\x01\x00" + random_bytes(32 * 1024, 4)),
    ),
    (
        Case(
            "minutes-link.txt",
            "failed",
            "a symlink to /etc/passwd: outside the folder being ingested, must not be read",
            ("outside", "symlink", "link"),
        ),
        write_symlink("/etc/passwd"),
    ),
    (
        Case(
            "loop/up",
            "failed",
            "a directory symlink to its folder's parent (a loop): must not be followed and "
            "must not hang; passes if it is absent from the report or reported failed",
        ),
        write_symlink(".."),
    ),
    (
        Case(
            "minutes-viewer.exe",
            "failed",
            "an unsupported type in the folder: should be reported as skipped/unsupported, "
            "not dropped silently",
            ("unsupported",),
        ),
        write_bytes(b"MZ\x90\x00" + random_bytes(16 * 1024, 5)),
    ),
]


def build(out: Path) -> list[Case]:
    """Wipe `out` and write every case into it, with manifest.json. Returns the cases."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise SystemExit(f"{out} is not a folder")
    if out.exists() and any(out.iterdir()) and not (out / "manifest.json").exists():
        raise SystemExit(f"{out} holds files but no manifest.json: not wiping it")
    if out.exists():
        shutil.rmtree(out)  # removes symlinks, never follows them
    out.mkdir(parents=True)
    cases = []
    for case, write in CASES:
        path = out / case.file
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)
        cases.append(case)
    manifest = [asdict(case) for case in cases]
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (wiped)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    cases = build(args.out)
    good = sum(case.expect == "ingested" for case in cases)
    print(
        f"{args.out}: {len(cases)} cases ({good} to be ingested, {len(cases) - good} to fail) "
        f"in {time.monotonic() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
