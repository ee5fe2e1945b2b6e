"""Action-log tables: which rows carry an action, and which cell names its owner (a Lead / Who /
Owner column, or a disposition column whose cells only sometimes name someone)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ingest.people import resolve
from assistant.ingest.segments import Line
from assistant.records import Person

_OWNER_WORD = re.compile(
    r"^(?:All|ALL|Clerk|Chair|Chairman|Treasurer|Handyman|Secretary|[A-Z]{2,4}[a-z]?|Cllrs?\.?|Councillors?|Dr|Mr|Mrs|Ms)$"
)
_GROUPISH = re.compile(
    r"\b(?:Plan|Team|Group|Board|Committee|SMT|Panel|Council|Partnership|Officer|Manager)\b"
)
_NOT_OWNER = re.compile(
    r"^(?:Noted|Agreed|Approved|Resolved|Received|Accepted|Deferred|None|N/?A"
    r"|Done|Open|Closed|Complete|Completed|Ongoing|Yes|No|Part)\.?$",
    re.I,
)  # outcome and status columns
_HEADER = re.compile(
    r"^(?:action(?:\s+point)?s?|lead|who|owner|by whom|responsible|progress(?:\s+update)?|status|update|minute/action|item(?:\s+no)?|date(?:\s+of\s+meeting)?|detail)$",
    re.I,
)
_MONTH_CELL = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{2,4})?$"
)  # "deferred to"
SUB_ITEM = re.compile(
    r"^\(?(?:[ivx]{1,5}|[a-z])\)"
)  # "iv) Clerk to ...": a new entry, though lower case
ROW_DATE = re.compile(r"\d{2}\.\d{2}\.\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}")
_SKIP_CELL = re.compile(r"^(?:Page\s+\d+|\d{2}\.\d{2}\.\d{2,4}|\d{1,3}\.?|[ivx]+\)|[a-z]\))$")
_GLUED_CAPITAL = re.compile(r"(?<=[a-z]{2})[A-Z]\b")  # "NotedS": a stray capital from extraction
_OWNER_COLUMN = re.compile(r"lead|who|owner|by\s+whom|responsib|action\s+by", re.I)


def _owner_cell(text: str, people: list[Person], named_column: bool) -> str | None:
    """The owner a table cell names (initials, names, roles, 'All', a group), or None. A column
    headed Lead/Who/Owner may print anyone's name; a column without such a header is often the
    meeting's disposition ("Noted", "Website", "Notice Boards"), so there only a person, role or
    group the document knows makes an owner, and outcome words are no owners at all."""
    text = _GLUED_CAPITAL.sub("", text.strip())
    if (
        not text
        or len(text.split()) > 7
        or text.endswith(".")
        or _NOT_OWNER.match(text)
        or _MONTH_CELL.match(text)
    ):
        return None
    if text.startswith("/"):
        return text
    parts = [p.strip() for p in re.split(r"/|,|\band\b|&", text) if p.strip()]
    kept = []
    for part in parts:
        toks = part.split()
        if _NOT_OWNER.match(part) or _MONTH_CELL.match(part):
            continue  # "Noted/Clerk": the outcome, then the owner
        if _OWNER_WORD.match(toks[0]) or resolve(part, people) or _GROUPISH.search(part):
            kept.append(part)
            continue
        if (
            named_column
            and all(t[:1].isupper() for t in toks)
            and 1 <= len(toks) <= 3
            and not re.search(r"\d", part)
        ):
            kept.append(
                part
            )  # a printed name ("Sioban Simcock"), or the first half of a spilled one
            continue
        return None
    if not kept:
        return None
    return text if len(kept) == len(parts) else "/".join(kept)


# what an action table's header calls each column, whatever their order
_COLUMN = {
    "action": re.compile(
        r"^(?:agreed\s+|decisions?\s*(?:/|and|&)\s*)?(?:action(?:\s+point|\s+required|\s+agreed)?s?|task|what|description"
        r"|detail|item/action|action\s*\(.*\)"
        r"|actions?\s+(?:from|since|carried\s+forward\s+from)\s+[\w\s']{1,30})$",  # "Action from March"
        re.I,
    ),
    "owner": re.compile(
        r"^(?:lead|who|owner|by|by\s+whom|responsib\w*|action\s+by|officer|person|assigned\s+to)s?$",
        re.I,
    ),
    "due": re.compile(
        r"^(?:due(?:\s+date|\s+by)?|by\s+when|when|deadline|target(?:\s+date)?|timescale|date\s+due)$",
        re.I,
    ),
    "progress": re.compile(
        r"^(?:progress(?:\s+(?:update|to\s+date))?|(?:latest\s+)?update|(?:current\s+)?status"
        r"|status\s+(?:at|as\s+at|on)\s+.{1,20}|position|where\s+(?:we|things)\s+are"
        r"|where\s+it\s+(?:stands|is(?:\s+now)?)|comments?|outcome"
        r"|notes?|rag(?:\s+(?:status|rating))?|done\??|sorted\??)$",
        re.I,
    ),
}


# a progress table's columns: the matter, and how it stands ("Item | Progress | Open / closed")
_TOPIC = re.compile(r"^(?:item|topic|subject|matter|issue)$", re.I)
_STANDING = re.compile(
    r"^(?:progress(?:\s+(?:update|to\s+date))?|(?:latest\s+)?update|(?:current\s+)?status"
    r"|position|where\s+(?:it|we)\s+(?:stands?|are)|open\s*/\s*closed|rag(?:\s+status)?)$",
    re.I,
)


def _columns(cells: list[str]) -> dict[str, int] | None:
    """A header row's columns by what they hold: an action column and an owner column at least."""
    found: dict[str, int] = {}
    for k, cell in enumerate(cells):
        for name, pattern in _COLUMN.items():
            if pattern.match(cell.strip(" *:")):
                if name not in found:
                    found[name] = k
                elif name == "progress":  # "RAG" and "Update": both say where it stands
                    found["progress_more"] = k
                break
    topic = next((k for k, c in enumerate(cells) if _TOPIC.match(c.strip(" *:"))), None)
    if "action" not in found and topic is not None and topic not in found.values():
        found["action"] = topic  # "Min. | Subject | Officer | Status": the matter is the action
    return found if "action" in found and "owner" in found else None


def column_header(cells: list[str]) -> bool:
    """A header row that names an action column and an owner column."""
    return len(cells) >= 2 and _columns(_numbered(cells)) is not None


def progress_header(cells: list[str]) -> bool:
    """A progress table's header: the matter and how it stands, no owner ("Item | Progress |
    Open / closed"); its rows report on earlier actions."""
    cells = [c.strip(" *:") for c in cells]
    return (
        len(cells) >= 2
        and any(_TOPIC.match(c) or _COLUMN["action"].match(c) for c in cells)
        and any(_STANDING.match(c) for c in cells)
        and not any(_COLUMN["owner"].match(c) for c in cells)
    )


_NUMBER_COLUMN = re.compile(r"^(No\.?|Ref\.?|#|Item)\s+(\S.*)$", re.I)


def _numbered(header: list[str]) -> list[str]:
    """A header whose number column ran into the next ("No. Action"): the two columns apart."""
    out: list[str] = []
    for cell in header:
        glued = _NUMBER_COLUMN.match(cell.strip())
        out.extend(glued.groups() if glued else [cell])
    return out


# a cell's last words wrapped onto a line of their own ("dark", "person"): the table goes on
_WRAPPED_CELL = re.compile(r"^\s*(?![\d(])[\w'’,;&-]+(?:\s+[\w'’,;&-]+){0,3}\s*$")


_WRAP_WORDS = 8  # a cell's wrapped last words are a few, not a paragraph


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str | None:
    k = columns.get(name)
    return (cells[k].strip() or None) if k is not None else None


def header_rows(
    lines: list[Line], people: list[Person]
) -> dict[int, tuple[str, str | None, str | None, str | None]]:
    """line index -> (description, lead, progress, due) for rows under a header that names an
    action and an owner column, read by column: the cells of a row line up with the header's
    wherever it has as many cells (a table's empty cells kept)."""
    rows: dict[int, tuple[str, str | None, str | None, str | None]] = {}
    columns: dict[str, int] | None = None
    width = 0
    for i, line in enumerate(lines):
        cells = [c.text for c in line.cells]
        found = _columns(_numbered(cells)) if len(cells) >= 2 else None
        if found:
            columns, width = found, len(_numbered(cells))
            continue
        if columns is None:
            continue
        if len(cells) < 2 or len(cells) != width:
            last = max(rows, default=-1)
            if (
                "progress" in columns
                and last >= 0
                and len(cells) >= 2
                and not cells[0].strip()
                and rows[last][2] is not None
                and all(len(c.split()) <= _WRAP_WORDS for c in cells)
            ):  # a progress cell wrapped onto lines of its own ("… every / shift had a driver.")
                more = " ".join(c.strip() for c in cells if c.strip())
                row = rows[last]
                rows[last] = (row[0], row[1], f"{row[2]} {more}", row[3])
            elif len(cells) < 2 and not _WRAPPED_CELL.match(line.text):
                columns = None  # the table ended
            continue
        desc = cells[columns["action"]].strip()
        if len(desc.split()) < 2:
            continue

        owner = _cell(cells, columns, "owner")
        if owner and re.fullmatch(r"[–—-]+", owner):
            continue  # "Agreed as a correct record. | – | –": no one given a task, a decision
        lead = _owner_cell(owner, people, True) if owner else None
        progress = [_cell(cells, columns, k) for k in ("progress", "progress_more")]
        rows[i] = (
            desc,
            lead or owner,
            " – ".join(p for p in progress if p) or None,
            _cell(cells, columns, "due"),
        )
    return rows


def table_rows(
    lines: list[Line], people: list[Person]
) -> dict[int, tuple[str | None, str | None, str | None]]:
    """line index -> (description, lead, progress) for rows of a table with an owner column."""
    rows: dict[int, tuple[str | None, str | None, str | None]] = {}
    header: list[str] | None = None
    for i, line in enumerate(lines):
        filled = [c.text for c in line.filled]
        if len(filled) >= 2 and sum(bool(_HEADER.match(c)) for c in filled) >= 2:
            header = [c.text for c in line.cells]
            continue
        if len(filled) < 2 and not (line.cells and not line.cells[0].text and filled):
            continue
        texts = [c.text for c in line.cells if c.text and not _SKIP_CELL.match(c.text)]
        if not texts:
            continue
        desc_idx = next(
            (k for k, t in enumerate(texts) if len(t.split()) >= 5 or t.endswith(".")), None
        )
        after = texts[desc_idx + 1 :] if desc_idx is not None else texts
        if not after:
            continue
        named_column = header is not None and any(_OWNER_COLUMN.match(h) for h in header)
        lead = _owner_cell(after[0], people, named_column)
        has_progress_col = header is not None and any(
            re.match(r"progress|update|status", h, re.I) for h in header
        )
        progress = " ".join(after[1:]) if lead and len(after) > 1 else None
        if lead is None and has_progress_col and len(after) == 1 and desc_idx is not None:
            continue
        if lead is None and not progress:
            continue
        rows[i] = (
            texts[desc_idx] if desc_idx is not None else None,
            lead,
            progress if has_progress_col or progress else None,
        )
    return rows


# one field of an action written as labelled lines: "Who: Kwesi and Nia", "What: run the focus
# group", "When: by 17 April", "Action: …", "Owner: …", "Status: …"
_FIELD_LINE = re.compile(
    r"^\s*\**\s*(?P<label>[A-Za-z][A-Za-z ]{1,24}?)\s*\**\s*:\s*\**\s*(?P<value>\S.*)$"
)


@dataclass
class Record:
    """An action written as labelled lines, one field a line (line indices of `lines`)."""

    task_line: int
    task_start: int  # where the task's words start in its line's text
    task: str
    owner: str
    due: str | None
    progress: str | None
    lines: list[int]


def labelled_records(lines: list[Line]) -> list[Record]:
    """Actions written as consecutive labelled lines, a task and an owner at least, whatever
    the fields' order ("Who: … / What: … / When: …", "Action: … / Owner: … / Due: …"); a label
    seen again starts the next record."""
    records: list[Record] = []
    fields: dict[str, tuple[int, re.Match[str]]] = {}

    def close() -> None:
        if "action" in fields and "owner" in fields:
            k, task = fields["action"]
            due, progress = fields.get("due"), fields.get("progress")
            records.append(
                Record(
                    k,
                    task.start("value"),
                    task.group("value").strip(),
                    fields["owner"][1].group("value").strip(),
                    due[1].group("value").strip() if due else None,
                    progress[1].group("value").strip() if progress else None,
                    sorted(i for i, _ in fields.values()),
                )
            )
        fields.clear()

    for i, line in enumerate(lines):
        found = _FIELD_LINE.match(line.text) if len(line.filled) == 1 else None
        name = next(
            (n for n, p in _COLUMN.items() if found and p.match(found.group("label").strip())),
            None,
        )
        if name is None or (fields and i != max(k for k, _ in fields.values()) + 1):
            close()
        if name is None:
            continue
        if name in fields:
            close()
        assert found is not None
        fields[name] = (i, found)
    close()
    return records
