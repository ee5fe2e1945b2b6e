"""Uploaded files, checked before ingestion: a size limit, the type judged by the bytes and not
only the name, and a name that cannot escape the uploads folder."""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
ALLOWED = TEXT_SUFFIXES | {".pdf", ".docx"}
MAX_NAME = 120
_UNSAFE = re.compile(r"[^A-Za-z0-9._ ()\-]+")


@dataclass
class Checked:
    name: str  # the sanitised file name
    source: Path  # where the upload is now
    error: str | None = None


def safe_name(raw: str) -> str:
    """A plain file name: no folders, no leading dots, only harmless characters."""
    base = re.split(r"[\\/]", raw)[-1]  # a Windows or POSIX path: keep the last part only
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = _UNSAFE.sub("_", base).strip(" .")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem[: MAX_NAME - len(suffix) - 1].strip(" .") or "upload"
    return f"{stem}.{suffix.lower()}" if suffix else stem


def sniff(path: Path) -> str:
    """What the bytes are: pdf, docx, zip, text or binary."""
    with path.open("rb") as handle:
        head = handle.read(65536)
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "zip"
        except zipfile.BadZipFile:
            return "binary"
    if b"\x00" in head:
        return "binary"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return "binary"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "binary" if head and controls / len(head) > 0.05 else "text"


def check(path: Path, original_name: str, max_bytes: int) -> Checked:
    name = safe_name(original_name)
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED:
        return Checked(
            name,
            path,
            f"unsupported file type '{suffix or '(none)'}' "
            f"(supported: {', '.join(sorted(ALLOWED))})",
        )
    size = path.stat().st_size
    if size > max_bytes:
        return Checked(
            name, path, f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)"
        )
    if size == 0:
        return Checked(name, path, "empty file")
    found = sniff(path)
    expected = "text" if suffix in TEXT_SUFFIXES else suffix.lstrip(".")
    if found != expected:
        return Checked(name, path, f"the name says {suffix} but the content is {found}")
    return Checked(name, path)


def store(checked: Checked, folder: Path) -> Path:
    """Copy an accepted upload into the uploads folder (the index keeps its path). A file of
    the same name is replaced, which ingestion treats as a new version of that document."""
    folder.mkdir(parents=True, exist_ok=True)
    target = (folder / checked.name).resolve()
    if target.parent != folder.resolve():  # safe_name makes this impossible; keep it so
        raise ValueError(f"refusing to write outside {folder}: {checked.name}")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
    os.close(fd)
    shutil.copyfile(checked.source, tmp)
    os.replace(tmp, target)  # readers never see a half-written file
    return target
