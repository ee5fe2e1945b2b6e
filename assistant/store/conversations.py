"""Kept conversations: each chat's questions, answers and sources, saved per owner (the
signed-in user, or a browser when there is no login) in the durable file people's own work
lives in, so that a reload or a restart finds them again."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from assistant.records import Conversation, Turn

from .database import Database

TITLE_CHARS = 60


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def title_of(question: str) -> str:
    """A new conversation's name: its first question, shortened at a word."""
    text = " ".join(question.split())
    if len(text) <= TITLE_CHARS:
        return text or "New chat"
    return text[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


class Conversations:
    def __init__(self, db_path: Path):
        self._database = Database(Path(db_path), durable=True)
        with self._database.transaction() as db:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, owner TEXT,
                    title TEXT, created TEXT, updated TEXT);
                CREATE INDEX IF NOT EXISTS conversations_owner ON conversations(owner, updated);
                CREATE TABLE IF NOT EXISTS turns (conversation TEXT, seq INTEGER, json TEXT,
                    PRIMARY KEY (conversation, seq));
                """
            )

    def close(self) -> None:
        self._database.close()

    def listed(self, owner: str) -> list[Conversation]:
        """The owner's conversations, the latest first (their turns not loaded)."""
        rows = self._database.conn.execute(
            "SELECT id, owner, title, created, updated FROM conversations WHERE owner=? "
            "ORDER BY updated DESC",
            (owner,),
        ).fetchall()
        return [_conversation(row) for row in rows]

    def get(self, owner: str, conversation_id: str) -> Conversation | None:
        """One conversation with its turns; None if it is not this owner's."""
        row = self._database.conn.execute(
            "SELECT id, owner, title, created, updated FROM conversations WHERE id=? AND owner=?",
            (conversation_id, owner),
        ).fetchone()
        if row is None:
            return None
        turns = self._database.conn.execute(
            "SELECT json FROM turns WHERE conversation=? ORDER BY seq", (conversation_id,)
        ).fetchall()
        found = _conversation(row)
        found.turns = [Turn.model_validate_json(t[0]) for t in turns]
        return found

    def add_turn(self, owner: str, conversation_id: str | None, turn: Turn) -> Conversation:
        """Keep a turn: in the given conversation, or a new one named after its question."""
        with self._database.transaction() as db:
            known = (
                conversation_id
                and db.execute(
                    "SELECT 1 FROM conversations WHERE id=? AND owner=?", (conversation_id, owner)
                ).fetchone()
            )
            if not known:
                conversation_id = uuid.uuid4().hex[:12]
                db.execute(
                    "INSERT INTO conversations VALUES (?,?,?,?,?)",
                    (conversation_id, owner, title_of(turn.question), _iso(turn.at), _iso(turn.at)),
                )
            seq = db.execute(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM turns WHERE conversation=?",
                (conversation_id,),
            ).fetchone()[0]
            db.execute(
                "INSERT INTO turns VALUES (?,?,?)", (conversation_id, seq, turn.model_dump_json())
            )
            db.execute(
                "UPDATE conversations SET updated=? WHERE id=?", (_iso(turn.at), conversation_id)
            )
        found = self.get(owner, str(conversation_id))
        assert found is not None  # written just above
        return found

    def rename(self, owner: str, conversation_id: str, title: str) -> bool:
        title = " ".join(title.split())[:200]
        if not title:
            return False
        with self._database.transaction() as db:
            cur = db.execute(
                "UPDATE conversations SET title=? WHERE id=? AND owner=?",
                (title, conversation_id, owner),
            )
        return cur.rowcount > 0

    def delete(self, owner: str, conversation_id: str) -> bool:
        with self._database.transaction() as db:
            cur = db.execute(
                "DELETE FROM conversations WHERE id=? AND owner=?", (conversation_id, owner)
            )
            if cur.rowcount:
                db.execute("DELETE FROM turns WHERE conversation=?", (conversation_id,))
        return cur.rowcount > 0


def _iso(at: dt.datetime) -> str:
    return at.isoformat(timespec="seconds")


def _conversation(row: tuple[str, str, str, str, str]) -> Conversation:
    return Conversation(
        id=row[0],
        owner=row[1],
        title=row[2],
        created=dt.datetime.fromisoformat(row[3]),
        updated=dt.datetime.fromisoformat(row[4]),
    )
