"""How much one file may ask of the machine. A file over a limit is refused by name (a
ReadError saying which limit and how to raise it) and the run goes on with the next file.

Sizes are checked before a file is parsed (its bytes, a Word file's unzipped size, a PDF's
pages); time and memory are checked as reading goes, at `check()` calls between pages and
blocks, against the budget `budget()` set for the file being read on this thread."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_mb: int = 100  # bytes on disk
    pages: int = 1000  # PDF pages
    text_chars: int = 5_000_000  # characters of text (about 2,500 pages of minutes)
    paragraphs: int = 100_000  # a Word file's paragraphs and table rows
    unzipped_mb: int = 50  # a Word file's XML, unzipped (its pictures aside)
    seconds: float = 60.0  # reading one file
    memory_mb: int = 1500  # memory one file may add while it is read


class LimitError(Exception):
    """A file asks for more than a limit allows; the message names the limit and its setting."""


_local = threading.local()


@contextmanager
def budget(limits: Limits) -> Iterator[None]:
    """Time and memory for reading one file on this thread, checked by `check()`."""
    _local.state = (limits, time.monotonic() + limits.seconds, _rss_mb() + limits.memory_mb)
    try:
        yield
    finally:
        _local.state = None


def check() -> None:
    """Raise LimitError when the file being read has used up its time or memory."""
    state = getattr(_local, "state", None)
    if state is None:
        return
    limits, deadline, memory_cap = state
    if time.monotonic() > deadline:
        raise LimitError(
            f"took longer than {limits.seconds:g} s to read (setting MINUTES_FILE_SECONDS)"
        )
    if _rss_mb() > memory_cap:
        raise LimitError(
            f"needed more than {limits.memory_mb} MB of memory to read "
            "(setting MINUTES_FILE_MEMORY_MB)"
        )


def over(what: str, value: float, limit: float, setting: str) -> LimitError:
    return LimitError(
        f"{what} ({value:,.0f}) is over the limit of {limit:,.0f} (setting {setting})"
    )


def _rss_mb() -> float:
    """This process's resident memory, from /proc (0 where there is no /proc)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / MB
