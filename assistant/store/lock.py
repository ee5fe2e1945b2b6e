"""One writer at a time on an index: an ingest holds the index's lock file while it writes.
Another ingest on the same index, from this process or any other, waits for it (saying so)
or, when told not to wait, refuses with a clear message. The operating system drops the lock
when its holder ends, however it ends, so a killed ingest never leaves the index locked."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

POLL = 0.5  # seconds between tries while another ingest holds the lock


class IndexBusy(Exception):
    """Another ingest is writing to this index."""


@contextmanager
def index_lock(
    index_dir: Path, wait: float, notify: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the index's write lock for the block, waiting up to `wait` seconds for it."""
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / "ingest.lock"
    with open(path, "a+") as handle:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(path)
                if time.monotonic() >= deadline:
                    raise IndexBusy(
                        f"another ingest{holder} is writing to the index {index_dir}; "
                        "try again when it has finished"
                    ) from None
                if notify and not told:
                    notify(f"another ingest{holder} is writing to {index_dir}: waiting for it")
                    told = True
                time.sleep(POLL)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _holder(path: Path) -> str:
    try:
        pid = path.read_text().strip()
    except OSError:
        return ""
    return f" (process {pid})" if pid.isdigit() else ""
