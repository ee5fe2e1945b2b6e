"""People a record names as taking part where it prints no attendance list: "Mr J Smith informed
the Committee", "Mrs Ann Lee from Acme Ltd presented ...", a recorded vote, or only a mention."""

from __future__ import annotations

import re

from assistant.records import Document, Person

from .people import NAME_WORD, bare_name, clean_name
from .segments import Line, piece_span, sentences

_TITLED_NAME = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Professor|Sir|Dame|Rev|Revd)\.?\s+"
    rf"(?:[A-Z]\.?\s+){{0,3}}(?=[A-Z][\w'’-]){NAME_WORD}(?:\s+{NAME_WORD})?\b"
)
# a recorded vote lists the members present: "FOR: Mr A Cole, Mrs B Dee. AGAINST: ..."
_VOTE = re.compile(r"\b(?:FOR|AGAINST|ABSTAIN(?:ED|ING)?|ABSTENTIONS?)\s*:")
_JOINED = re.compile(r"\s*(?:,|\band\b|&)\s*")
_TAKING_PART = re.compile(
    r"(?:\s+(?:from|of)\s+(?P<org>[^,.;()]{2,60}?))?,?\s+(?:both\s+|all\s+|also\s+|then\s+|in\s+turn\s+)?"
    r"(?:(?:was|were)\s+(?:present|in\s+attendance)|attended|spoke|informed|reported|presented|summari[sz]ed"
    r"|explained|declared|said|asked|moved|proposed|seconded|confirmed|raised|introduced|thanked"
    r"|advised|stated|replied|responded|addressed|outlined|updated|commented|queried|requested"
    r"|suggested|welcomed|took\s+the\s+[Cc]hair)\b"
)


def taking_part(
    doc: Document, lines: list[Line], body: str | None, known: set[str]
) -> list[Person]:
    """People named by title in the text: present when they speak or act at the meeting ("in
    attendance" when they come from an outside organisation), otherwise only mentioned."""
    found: list[Person] = []
    for line in lines:
        for cell in line.filled:
            for sent in sentences(cell):
                names = list(_TITLED_NAME.finditer(sent.text))
                for k, m in enumerate(names):
                    if bare_name(clean_name(m.group(0))).lower() in known:
                        continue
                    # "Mr A Cole and Mr B Dee both informed ...": the verb after the last name
                    last = m
                    for nxt in names[k + 1 :]:
                        if not _JOINED.fullmatch(sent.text[last.end() : nxt.start()]):
                            break
                        last = nxt
                    acting = _TAKING_PART.match(sent.text, last.end())
                    org = acting.group("org") if acting and last is m else None
                    attendance = "mentioned"
                    if _VOTE.search(sent.text, 0, m.start()):
                        attendance = "present"
                    elif acting:
                        attendance = "in attendance" if org else "present"
                    span = piece_span(doc.doc_id, doc.name, sent)
                    found.append(
                        Person(
                            name=clean_name(m.group(0)),
                            organisation=org.strip() if org else None,
                            attendance=attendance,  # type: ignore[arg-type]
                            body=body,
                            source=span,
                        )
                    )
    return _merge_mentions(found)


_RANK = {"present": 0, "in attendance": 1, "apologies": 2, "mentioned": 3}


def _merge_mentions(people: list[Person]) -> list[Person]:
    """One person for "Mr Long" and "Mr Richard Long": the fullest name, the strongest part."""
    out: list[Person] = []
    for p in people:
        parts = bare_name(p.name).replace(".", " ").split()
        for k, q in enumerate(out):
            other = bare_name(q.name).replace(".", " ").split()
            if parts[-1] != other[-1]:
                continue
            if len(parts) > 1 and len(other) > 1 and parts[0][0] != other[0][0]:
                continue
            best = p if len(p.name) > len(q.name) else q
            strongest = min(p, q, key=lambda x: _RANK[x.attendance])
            out[k] = best.model_copy(
                update={
                    "attendance": strongest.attendance,
                    "organisation": best.organisation or strongest.organisation,
                    "source": strongest.source,
                }
            )
            break
        else:
            out.append(p)
    return out
