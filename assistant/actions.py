"""Action status evidence, cross-meeting linking, and the action register (SQLite).

Status words decide open/closed with the words as evidence. Linking finds, in later meetings of
the same body, the records that report on an earlier action (matters arising, action-log
updates, clerk's reports), so the current status is the latest evidence, each step cited."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from .database import Database
from .people import bare_name, resolve
from .records import ActionItem, Meeting, Person

log = logging.getLogger(__name__)

_OPEN = re.compile(
    r"\b(?:ongoing|on-going|pursuing|in\s+progress|progressing|to\s+arrange|awaiting|awaits?|awaited|chas(?:e|es|ing)|pending|not\s+yet"
    r"|yet\s+to|outstanding|continu(?:e|es|ed|ing)|being|no\s+update|no\s+response|to\s+be|will|would|is\s+to|are\s+to"
    r"|needs?\s+to|planning\s+to|planned|due\s+to|deferred|in\s+hand|on\s+track|under\s+review|to\s+follow|tbc|still)\b",
    re.I,
)
_CLOSED = re.compile(
    r"\b(?:completed?|done|circulated|added|sent|submitted|published|had\s+been|has\s+been|have\s+been|approved\s+and\s+signed"
    r"|purchased|arrived|confirmed|resolved|installed|closed|no\s+further\s+action|superseded|discharged|withdrawn|delivered"
    r"|repaired|received|signed\s+off|agreed\s+and\s+signed|paid|ordered|forwarded|emailed\s+\w+\s+\w+\s+to\s+request|reported\s+by"
    r"|had\s+(?:purchased|circulated|written|contacted|reported|ordered|sent|emailed|forwarded|arranged|completed)|was\s+given)\b",
    re.I,
)


def classify_status(text: str | None, default: str = "unknown") -> tuple[str, str | None]:
    """('open'|'closed'|default, the words that decided it). Open cues win: 'circulated,
    awaiting comments' is still open."""
    if not text:
        return default, None
    open_match = _OPEN.search(text)
    if open_match:
        return "open", open_match.group(0)
    closed_match = _CLOSED.search(text)
    if closed_match:
        return "closed", closed_match.group(0)
    return default, None


# Verbs that, in the past tense, report talk or a new commitment rather than a deed.
_NOT_DONE = (
    r"agreed|asked|requested|wanted|needed|suggested|hoped|wished|expected|intended|planned"
    r"|offered|decided|queried|raised|noted|explained|mentioned|questioned|felt|thought"
    r"|believed|stated"
)
_IRREGULAR_PAST = (
    r"wrote|sent|took|undertook|held|made|gave|met|spoke|paid|bought|put|went|got|told|found"
    r"|brought|began|ran|saw|chose|drew|fed\s+back|set\s+up|did|won|built|cut|laid|fixed|came"
    r"|written|taken|undertaken|done|begun|seen|chosen|drawn|spoken|given|sold"
)
# "The Clerk wrote to all residents", "Royal Mail had replied", "the handyman replaced the
# slats", "the plan was shared", "- Resident informed the Clerk"
_DEED = re.compile(
    r"(?:^|[.;:–-]\s*|\b(?:[A-Z][\w'’-]*|he|she|they|it|who|which|this|these|members|councillors"
    r"|was|were|been|(?:[Tt]he|[Aa]n?|[Tt]heir|[Oo]ur)(?:\s+[\w'’-]+){1,2})\s+)"
    r"(?:(?:also|then|now|recently|already|duly|successfully)\s+)?(?:had\s+|has\s+|have\s+)?"
    rf"(?!(?:{_NOT_DONE})\b)(?P<verb>[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b"
)
_DECIDED = re.compile(
    r"^\s*(?:RESOLVED\b|That\s+\w.*\bbe\b)|\bproposed\b.*\bseconded\b|\ball\s+(?:were\s+)?in\s+favour\b",
    re.I | re.S,
)


def update_status(text: str) -> tuple[str, str | None]:
    """Status of an action as a later record reports on it. Status words decide first; failing
    them, a deed told in the past tense ("The Clerk wrote to residents") or a decision taken on
    the matter closes it; a mention with neither leaves it open."""
    status, evidence = classify_status(text, default="")
    if status:
        return status, evidence
    deed = _DEED.search(text)
    if deed:
        return "closed", deed.group("verb")
    decided = _DECIDED.search(text)
    if decided:
        return "closed", decided.group(0).strip()
    return "open", None


class Register:
    """Meetings, people and actions of the corpus in SQLite; actions carry their linked history."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._database = Database(self.db_path)
        with self._tx() as db:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS meetings (doc_id TEXT PRIMARY KEY, doc TEXT, body TEXT, date TEXT, json TEXT);
                CREATE TABLE IF NOT EXISTS actions (id TEXT PRIMARY KEY, doc_id TEXT, doc TEXT, body TEXT, date TEXT,
                    status TEXT, json TEXT);
                CREATE INDEX IF NOT EXISTS actions_doc ON actions(doc_id);
                """
            )
        self._cache: dict[str, Meeting] | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        return self._database.conn

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._database.transaction()

    def close(self) -> None:
        self._database.close()

    def upsert_meeting(self, meeting: Meeting) -> None:
        with self._tx() as db:
            self._delete(db, meeting.doc_id)
            db.execute(
                "INSERT INTO meetings VALUES (?,?,?,?,?)",
                (
                    meeting.doc_id,
                    meeting.doc,
                    meeting.body,
                    _iso(meeting.date),
                    meeting.model_dump_json(),
                ),
            )
            self._write_actions(db, meeting.actions)
        self._cache = None

    def remove_document(self, doc_id: str) -> None:
        with self._tx() as db:
            self._delete(db, doc_id)
        self._cache = None

    @staticmethod
    def _delete(db: sqlite3.Connection, doc_id: str) -> None:
        db.execute("DELETE FROM meetings WHERE doc_id=?", (doc_id,))
        db.execute("DELETE FROM actions WHERE doc_id=?", (doc_id,))

    @staticmethod
    def _write_actions(db: sqlite3.Connection, actions: list[ActionItem]) -> None:
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

    def _meetings(self) -> dict[str, Meeting]:
        if self._cache is None:
            rows = self._db.execute("SELECT json FROM meetings").fetchall()
            self._cache = {m.doc_id: m for m in (Meeting.model_validate_json(r[0]) for r in rows)}
        return self._cache

    def relink(self) -> None:
        """Recompute links within each body; an action's status becomes its latest evidence."""
        from .linking import Links, apply_updates, link_body

        by_body: dict[str, list[Meeting]] = {}
        for meeting in self._meetings().values():
            by_body.setdefault((meeting.body or "").lower(), []).append(meeting)
        linked: list[ActionItem] = []
        merged: set[str] = set()
        for body, meetings in by_body.items():
            links = link_body(meetings) if body else Links()
            merged |= links.merged
            for meeting in meetings:
                linked.extend(apply_updates(meeting.actions, links))
        with self._tx() as db:
            # a log row that re-lists an earlier meeting's action lives on as that action's update
            db.executemany("DELETE FROM actions WHERE id=?", [(m,) for m in merged])
            self._write_actions(db, linked)

    def actions(
        self,
        owner: str | None = None,
        status: str = "open",
        body: str | None = None,
        since: dt.date | None = None,
        doc: str | None = None,
    ) -> list[ActionItem]:
        sql, args = "SELECT json, doc_id FROM actions WHERE 1=1", []
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
        sql += " ORDER BY date, id"
        rows = self._db.execute(sql, args).fetchall()
        out = [ActionItem.model_validate_json(r[0]) for r in rows]
        if owner:
            meetings = self._meetings()
            out = [a for a in out if owner_matches(owner, a, meetings.get(a.source.doc_id))]
        return out

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

    def meetings(self, body: str | None = None) -> list[Meeting]:
        meetings = list(self._meetings().values())
        if body:
            meetings = [m for m in meetings if body.lower() in (m.body or "").lower()]
        rows = dict(self._db.execute("SELECT id, json FROM actions").fetchall())
        out = []
        for m in sorted(meetings, key=lambda m: (m.date or dt.date.min, m.doc)):
            # actions missing from the table were folded into an earlier meeting's action by relink
            acts = [ActionItem.model_validate_json(rows[a.id]) for a in m.actions if a.id in rows]
            out.append(m.model_copy(update={"actions": acts}))
        return out

    def bodies(self) -> list[str]:
        return sorted(
            {r[0] for r in self._db.execute("SELECT body FROM meetings").fetchall() if r[0]}
        )


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def owner_matches(query: str, action: ActionItem, meeting: Meeting | None) -> bool:
    """Name, surname, first name, initials or title form against resolved owners and printed refs."""
    q = re.sub(r"\s+", " ", query).strip().lower()
    q_bare = bare_name(query).lower()
    for owner in action.owners:
        name = bare_name(owner).lower()
        parts = name.split()
        if (
            q in (owner.lower(), name)
            or q_bare == name
            or (parts and q_bare in (parts[0], parts[-1]))
        ):
            return True
    refs = [p.strip().lower() for r in action.owner_refs for p in re.split(r"/|,|\band\b|&", r)]
    if q in refs:
        return True
    if meeting is not None:
        wanted = {bare_name(p.name).lower() for p in resolve(query, meeting.people)}
        if wanted & {bare_name(o).lower() for o in action.owners}:
            return True
    return False
