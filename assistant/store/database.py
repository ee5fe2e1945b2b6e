"""SQLite shared between threads: one connection per thread (the UI answers from a pool of
worker threads), one writer at a time, WAL so that readers never wait for the writer."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class Database:
    def __init__(self, path: Path, rows_by_name: bool = False, durable: bool = False):
        self.path = Path(path)
        self._durable = durable
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._rows_by_name = rows_by_name
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # check_same_thread=False only so that close() can close every thread's
            # connection; each connection is still used by its own thread alone
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            if self._rows_by_name:
                conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            # What is read can be rebuilt from the documents: no fsync per commit. What people
            # wrote (corrections, conversations) cannot: every commit reaches the disk.
            conn.execute(f"PRAGMA synchronous={'FULL' if self._durable else 'NORMAL'}")
            self._local.conn = conn
            with self._conns_lock:
                self._conns.append(conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Write under the lock; commit on success, roll back on any error or interrupt."""
        with self._write_lock:
            conn = self.conn
            try:
                yield conn
                conn.commit()
            except BaseException:
                conn.rollback()
                raise

    def close(self) -> None:
        with self._conns_lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            conn.close()
        self._local = threading.local()
