"""The action register (SQLite): meetings, people and actions of the corpus. After each ingest
the actions of every body are relinked (assistant.linking), so that an action's status is its
latest evidence, each step cited."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path

from assistant.ingest.people import bare_name, derive_initials, resolve
from assistant.linking import (
    Links,
    apply_updates,
    explain_owners,
    group_bodies,
    link_body,
    people_by_body,
)
from assistant.records import ActionItem, Meeting, Person

from .corrections import Corrections, action_anchor, correct_action
from .database import Database

log = logging.getLogger(__name__)


class Register:
    """Meetings, people and actions of the corpus in SQLite; actions carry their linked history."""

    def __init__(self, db_path: Path, corrections: Corrections | None = None):
        self.db_path = Path(db_path)
        self.corrections = corrections  # laid over every action written
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._database = Database(self.db_path)
        self._cache: dict[str, Meeting] | None = None
        self._writes = 0  # this register's own commits (another process's: PRAGMA data_version)
        self._stamped: tuple[int, int] | None = None  # what the caches were read at
        self._listed: dict[str, list[Meeting]] = {}
        with self._tx() as db:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS meetings (doc_id TEXT PRIMARY KEY, doc TEXT, body TEXT, date TEXT, json TEXT);
                CREATE TABLE IF NOT EXISTS actions (id TEXT PRIMARY KEY, doc_id TEXT, doc TEXT, body TEXT, date TEXT,
                    status TEXT, json TEXT);
                CREATE INDEX IF NOT EXISTS actions_doc ON actions(doc_id);
                CREATE TABLE IF NOT EXISTS action_keys (id TEXT, key TEXT);
                CREATE INDEX IF NOT EXISTS action_keys_key ON action_keys(key);
                CREATE INDEX IF NOT EXISTS action_keys_id ON action_keys(id);
                """
            )
            columns = {r[1] for r in db.execute("PRAGMA table_info(meetings)").fetchall()}
            if "complete" not in columns:  # an index made before documents could be pending
                db.execute("ALTER TABLE meetings ADD COLUMN complete INTEGER NOT NULL DEFAULT 1")
            keyed = db.execute("SELECT 1 FROM action_keys LIMIT 1").fetchone()
            if not keyed and db.execute("SELECT 1 FROM actions LIMIT 1").fetchone():
                self._key_all(db)  # an index made before owners were keyed

    @property
    def _db(self) -> sqlite3.Connection:
        return self._database.conn

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:
        self._writes += 1
        return self._database.transaction()

    def _fresh(self) -> None:
        """Drop what was read before a write, ours or another process's."""
        stamp = (self._db.execute("PRAGMA data_version").fetchone()[0], self._writes)
        if stamp != self._stamped:
            self._cache, self._listed, self._stamped = None, {}, stamp

    def close(self) -> None:
        self._database.close()

    def upsert_meeting(self, meeting: Meeting, complete: bool = True) -> None:
        """Record a meeting. One recorded `complete=False` is not shown until `complete()` says
        its document is stored, so that no query sees the records of a half-ingested one."""
        with self._tx() as db:
            self._delete(db, meeting.doc_id)
            db.execute(
                "INSERT INTO meetings (doc_id, doc, body, date, json, complete) "
                "VALUES (?,?,?,?,?,?)",
                (
                    meeting.doc_id,
                    meeting.doc,
                    meeting.body,
                    _iso(meeting.date),
                    meeting.model_dump_json(),
                    int(complete),
                ),
            )
            self._write_actions(db, meeting.actions, {meeting.doc_id: meeting})

    def complete(self, doc_ids: list[str]) -> None:
        with self._tx() as db:
            db.executemany("UPDATE meetings SET complete=1 WHERE doc_id=?", [(d,) for d in doc_ids])

    def remove_document(self, doc_id: str) -> None:
        with self._tx() as db:
            self._delete(db, doc_id)

    @staticmethod
    def _delete(db: sqlite3.Connection, doc_id: str) -> None:
        db.execute("DELETE FROM meetings WHERE doc_id=?", (doc_id,))
        db.execute(
            "DELETE FROM action_keys WHERE id IN (SELECT id FROM actions WHERE doc_id=?)", (doc_id,)
        )
        db.execute("DELETE FROM actions WHERE doc_id=?", (doc_id,))

    def _write_actions(
        self,
        db: sqlite3.Connection,
        actions: list[ActionItem],
        meetings: dict[str, Meeting],
        survivors: dict[str, str] | None = None,
    ) -> None:
        """`survivors`: the id each merged action lives on as (its corrections follow it)."""
        fixes = self.corrections.of("action") if self.corrections is not None else []
        if fixes and survivors:
            fixes = [
                c.model_copy(update={"target": survivors[c.target]}) if c.target in survivors else c
                for c in fixes
            ]
        if fixes:
            shared = Counter(action_anchor(a) for a in actions)
            actions = [correct_action(a, fixes, shared[action_anchor(a)] == 1) for a in actions]
        Register._write_keys(db, actions, meetings)
        db.executemany(
            "INSERT OR REPLACE INTO actions VALUES (?,?,?,?,?,?,?)",
            [
                (
                    a.id,
                    a.source.doc_id,
                    a.source.doc,
                    a.body,
                    _iso(a.meeting_date),
                    a.status,
                    a.model_dump_json(),
                )
                for a in actions
            ],
        )

    def action(self, action_id: str) -> ActionItem | None:
        row = self._db.execute("SELECT json FROM actions WHERE id=?", (action_id,)).fetchone()
        return ActionItem.model_validate_json(row[0]) if row else None

    def _meetings(self) -> dict[str, Meeting]:
        self._fresh()
        if self._cache is None:
            rows = self._db.execute("SELECT json FROM meetings WHERE complete=1").fetchall()
            self._cache = {m.doc_id: m for m in (Meeting.model_validate_json(r[0]) for r in rows)}
        return self._cache

    def relink(
        self, changed: Iterable[str] | None = None, left: Iterable[str | None] = ()
    ) -> dict[str, str]:
        """Group the corpus's body names (one body, one name), then recompute links within
        each body; an action's status becomes its latest evidence. Returns {doc_id: body} for
        the documents whose body name the grouping changed (their chunks carry it too).

        With `changed` (the documents just stored) only the bodies they, and the documents the
        grouping renamed, belong to are relinked, and the bodies named in `left` (those of
        removed documents): the others' links cannot have changed, and relinking every body
        on every ingest grew with the corpus (50 s at 10,000 documents)."""
        meetings = self._meetings()
        named = [m for m in meetings.values() if m.body_source != "corrected"]
        names = group_bodies((m.body_read or m.body for m in named), people_by_body(named))
        renamed: dict[str, str] = {}
        touched = {(b or "").lower() for b in left}
        for meeting in meetings.values():
            read = meeting.body_read or meeting.body
            pinned = meeting.body_source == "corrected"  # a person named it: kept as given
            body = names.get(read, read) if read and not pinned else read
            if body != meeting.body:
                touched |= {(meeting.body or "").lower(), (body or "").lower()}
                meeting.body = body
                for action in meeting.actions:
                    action.body = body
                for person in meeting.people:  # one body's people under its one name too
                    person.body = body
                renamed[meeting.doc_id] = body or ""
        fresh = set(changed) if changed is not None else set(meetings)
        touched |= {(m.body or "").lower() for m in meetings.values() if m.doc_id in fresh}
        by_body: dict[str, list[Meeting]] = {}
        for meeting in meetings.values():
            key = (meeting.body or "").lower()
            if changed is None or key in touched:
                by_body.setdefault(key, []).append(meeting)
        linked: list[ActionItem] = []
        merged: set[str] = set()
        folded: list[ActionItem] = []  # the merged rows, as read
        for body, group in by_body.items():
            if body:
                explain_owners(group)
            links = link_body(group) if body else Links()
            merged |= links.merged
            for meeting in group:
                linked.extend(apply_updates(meeting.actions, links))
                folded += [a for a in meeting.actions if a.id in links.merged]
        relinked = [(m.doc_id,) for group in by_body.values() for m in group]
        with self._tx() as db:
            db.executemany(
                "UPDATE meetings SET body=?, json=? WHERE doc_id=?",
                [
                    (m.body, m.model_dump_json(), m.doc_id)
                    for m in meetings.values()
                    if m.doc_id in renamed
                ],
            )
            db.executemany(
                "DELETE FROM action_keys WHERE id IN (SELECT id FROM actions WHERE doc_id=?)",
                relinked,
            )
            db.executemany("DELETE FROM actions WHERE doc_id=?", relinked)
            self._write_actions(db, linked, meetings, _survivors(linked, folded))
            # a log row that re-lists an earlier meeting's action lives on as that action's update
            db.executemany("DELETE FROM actions WHERE id=?", [(m,) for m in merged])
            db.executemany("DELETE FROM action_keys WHERE id=?", [(m,) for m in merged])
        return renamed

    def actions(
        self,
        owner: str | None = None,
        status: str = "open",
        body: str | None = None,
        since: dt.date | None = None,
        doc: str | None = None,
        limit: int | None = None,
    ) -> list[ActionItem]:
        """`limit`: the first so many (by meeting date) of those that match."""
        sql = (
            "SELECT json, doc_id FROM actions "
            "WHERE doc_id IN (SELECT doc_id FROM meetings WHERE complete=1)"
        )
        args: list[str] = []
        if status != "all":
            sql += " AND status=?"
            args.append(status)
        if body:
            sql += " AND lower(body) LIKE ?"
            args.append(f"%{body.lower()}%")
        if since:
            sql += " AND date >= ?"
            args.append(since.isoformat())
        if doc:
            sql += " AND (doc=? OR doc_id=?)"
            args += [doc, doc]
        if owner:  # actions with every word of the query among their owner keys, checked below
            keys = sorted(query_keys(owner))
            marks = ",".join("?" * len(keys))
            sql += (
                f" AND id IN (SELECT id FROM action_keys WHERE key IN ({marks})"
                f" GROUP BY id HAVING COUNT(DISTINCT key) = {len(keys)})"
            )
            args += keys
        sql += " ORDER BY date, id"
        if limit is not None and not owner:  # owners are matched below, after the query
            sql += f" LIMIT {int(limit)}"
        rows = self._db.execute(sql, args).fetchall()
        out = [ActionItem.model_validate_json(r[0]) for r in rows]
        if owner:  # most match by the owners' names or printed refs; the rest need the roster
            rest = [a for a in out if not owner_matches(owner, a, None)]
            meetings = self._meetings_of({a.source.doc_id for a in rest})
            unmatched = {
                a.id for a in rest if not owner_matches(owner, a, meetings.get(a.source.doc_id))
            }
            out = [a for a in out if a.id not in unmatched]
        return out if limit is None else out[:limit]

    def _meetings_of(self, doc_ids: set[str]) -> dict[str, Meeting]:
        """Some meetings' records, read on their own (not the whole register's)."""
        self._fresh()
        if not doc_ids:
            return {}
        if self._cache is not None:
            return {d: self._cache[d] for d in doc_ids if d in self._cache}
        marks = ",".join("?" * len(doc_ids))
        rows = self._db.execute(
            f"SELECT json FROM meetings WHERE complete=1 AND doc_id IN ({marks})", sorted(doc_ids)
        ).fetchall()
        return {m.doc_id: m for m in (Meeting.model_validate_json(r[0]) for r in rows)}

    def _key_all(self, db: sqlite3.Connection) -> None:
        meetings = {
            m.doc_id: m
            for m in (
                Meeting.model_validate_json(r[0])
                for r in db.execute("SELECT json FROM meetings").fetchall()
            )
        }
        actions = [
            ActionItem.model_validate_json(r[0])
            for r in db.execute("SELECT json FROM actions").fetchall()
        ]
        self._write_keys(db, actions, meetings)

    @staticmethod
    def _write_keys(
        db: sqlite3.Connection, actions: list[ActionItem], meetings: dict[str, Meeting]
    ) -> None:
        db.executemany(
            "INSERT INTO action_keys VALUES (?,?)",
            [(a.id, k) for a in actions for k in owner_keys_of(a, meetings.get(a.source.doc_id))],
        )

    def people(self, body: str | None = None) -> list[Person]:
        seen: dict[tuple[str, str], Person] = {}
        for meeting in self.meetings(body):
            for person in meeting.people:
                seen.setdefault(
                    ((meeting.body or "").lower(), bare_name(person.name).lower()), person
                )
        return list(seen.values())

    def resolve(self, ref: str, body: str | None = None) -> list[Person]:
        found: dict[tuple[str, str], Person] = {}
        for meeting in self.meetings(body):
            for person in resolve(ref, meeting.people):
                found.setdefault(
                    ((person.body or "").lower(), bare_name(person.name).lower()), person
                )
        return list(found.values())

    def meeting(self, doc_id: str) -> Meeting | None:
        """The meeting record of one document (its actions as first read)."""
        return self._meetings().get(doc_id)

    def meetings(self, body: str | None = None) -> list[Meeting]:
        """The meetings (of a body), in date order, each with its actions as they stand now.
        Read once until the register changes: answering asks for them on every question."""
        meetings = list(self._meetings().values())  # refreshes the caches if anything changed
        key = (body or "").lower()
        if key not in self._listed:
            if body:
                meetings = [m for m in meetings if key in (m.body or "").lower()]
            rows = dict(self._db.execute("SELECT id, json FROM actions").fetchall())
            self._listed[key] = [
                # actions missing from the table were folded into an earlier meeting's by relink
                m.model_copy(
                    update={
                        "actions": [
                            ActionItem.model_validate_json(rows[a.id])
                            for a in m.actions
                            if a.id in rows
                        ]
                    }
                )
                for m in sorted(meetings, key=lambda m: (m.date or dt.date.min, m.doc))
            ]
        return list(self._listed[key])  # shared records: callers read them, never change them

    def bodies(self) -> list[str]:
        return sorted(
            {
                r[0]
                for r in self._db.execute("SELECT body FROM meetings WHERE complete=1").fetchall()
                if r[0]
            }
        )


def _survivors(linked: list[ActionItem], folded: list[ActionItem]) -> dict[str, str]:
    """Merged row's id -> the action it lives on as: the one whose history holds the row."""
    rows = {(a.source.doc_id, a.source.start): a.id for a in folded}
    return {
        rows[(u.source.doc_id, u.source.start)]: a.id
        for a in linked
        for u in a.history
        if (u.source.doc_id, u.source.start) in rows
    }


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


# Words of a name that say nothing of who: a query's title or article narrows nothing.
_NOT_KEYS = {
    "the", "of", "and", "cllr", "cllrs", "councillor", "councillors", "mr", "mrs", "ms", "miss",
    "messrs", "dr", "doctor", "prof", "professor", "sir", "dame", "rev", "revd", "lord", "lady",
}  # fmt: skip


def _words_of(text: str) -> set[str]:
    """A text's whole form and each word of it, folded as names are compared (case, hyphens,
    apostrophes, the punctuation around initials)."""
    folded = " ".join(re.sub(r"[-’'.,;:()/&]+", " ", text.lower()).split())
    return ({folded} | set(folded.split())) - _NOT_KEYS - {""}


def owner_keys_of(action: ActionItem, meeting: Meeting | None) -> set[str]:
    """Every word by which `owner_matches` could find this action's owner: the owners' names
    and posts, the printed references, and, for an owner on the meeting's attendance list,
    that person's initials (given and derived) and role. A superset: a query that names none
    of them cannot match, so only actions sharing a key with a query are checked exactly."""
    keys: set[str] = set()
    for owner in action.owners:
        keys |= _words_of(owner)
    for ref in action.owner_refs:
        keys |= _words_of(ref)
    owners = {bare_name(o).lower() for o in action.owners} | {
        bare_name(re.sub(r"\s*\([^)]*\)\s*$", "", o)).lower() for o in action.owners
    }
    for person in meeting.people if meeting else []:
        if bare_name(person.name).lower() not in owners:
            continue
        keys |= _words_of(person.name) | _words_of(person.role or "")
        keys |= {i.lower() for i in (person.initials, derive_initials(person.name)) if i}
        role = (person.role or "").lower()
        keys |= {r for r in ("clerk", "chair", "chairman", "chairperson") if r[:5] in role}
    return keys


def query_keys(query: str) -> set[str]:
    """The words every action an owner query can match has among its keys: the query's words
    (an initial alone, as in "O. Williams", is left out: keys hold whole names)."""
    words = {w for w in _words_of(query) if " " not in w and len(w) > 1}
    return words or _words_of(query) or {query.lower()}


def owner_matches(query: str, action: ActionItem, meeting: Meeting | None) -> bool:
    """Name, surname, first name, initials or title form against resolved owners and printed refs."""
    q = re.sub(r"^(?:the\s+)", "", re.sub(r"\s+", " ", query).strip().lower())
    q_bare = bare_name(query).lower()
    for owner in action.owners:
        post = re.search(r"\(([^)]*)\)\s*$", owner)  # "Jo Reed (Clerk)": the post named
        if post and q == post.group(1).lower():
            return True
        owner = owner[: post.start()].strip() if post else owner
        name = bare_name(owner).lower()
        parts = name.split()
        if (
            q in (owner.lower(), name)
            or q_bare == name
            or (parts and q_bare in (parts[0], parts[-1]))
        ):
            return True
    refs = [
        re.sub(r"^the\s+", "", p.strip().lower())
        for r in action.owner_refs
        for p in re.split(r"/|,|\band\b|&", r)
    ]
    if q in refs:
        return True
    if meeting is not None:
        wanted = {bare_name(p.name).lower() for p in resolve(query, meeting.people)}
        if wanted & {bare_name(o).lower() for o in action.owners}:
            return True
    return False
