"""LLM phrasing for a briefing: one sentence per agenda item that recorded no decision.

Only a few items, each shown as a short verbatim opening, so the prompt stays small on a
CPU model (prompt reading is the bottleneck). Every sentence goes through the answering
verifier; an unsupported one is dropped, and the note is complete without any of them."""

from __future__ import annotations

import logging
import time

from .briefing import Briefing, Bullet
from .briefscan import PROCEDURAL, flat, trim_quote
from .llm import LLM, LLMError
from .prompts import render
from .records import Document, Meeting
from .verify import Evidence, Verifier

log = logging.getLogger(__name__)

MAX_ITEMS = 3  # ~3 x 70 prompt tokens: a few seconds of prompt reading on 2 cores
OPENING_CHARS = 260


class Phraser:
    def __init__(self, llm: LLM, verifier: Verifier):
        self.llm = llm
        self.verifier = verifier
        self.backend = llm.backend
        self.removed: list[str] = []

    def phrase_items(self, briefing: Briefing, meeting: Meeting, doc: Document) -> None:
        decided = {d.item for d in meeting.decisions if d.item}
        items = [i for i in meeting.items if (i.number is None or i.number not in decided)
                 and not PROCEDURAL.search(i.title)][:MAX_ITEMS]
        if not items:
            return
        evidence = [Evidence(n=n, text=trim_quote(i.span.quote)[:OPENING_CHARS], doc=i.span.doc,
                             page=i.span.page, doc_id=i.span.doc_id, start=i.span.start,
                             item=i.number)
                    for n, i in enumerate(items, start=1)]
        blocks = "\n".join(f'[{e.n}] "{flat(e.text)}"' for e in evidence)
        started = time.monotonic()
        try:
            text = self.llm.chat([{"role": "user", "content": render("brief_items",
                                                                      evidence=blocks)}],
                                 max_tokens=40 * len(items))
        except LLMError as exc:  # the note is complete without these sentences
            log.warning("briefing phrasing skipped: %s", exc)
            briefing.notes.append(f"The LLM could not phrase item summaries ({exc}).")
            return
        log.info("briefing: %d item sentences written in %.1f s", len(items),
                 time.monotonic() - started)
        checked = self.verifier.verify(text, evidence)
        section = next(s for s in briefing.sections if s.key == "last_meeting")
        used: set[int] = set()
        for sentence in checked.kept:
            n = next((n for n in sentence.citations if n not in used), None)
            if n is None:
                continue
            used.add(n)
            item = items[n - 1]
            span = item.span.model_copy(update={"quote": evidence[n - 1].text,
                                                "end": item.span.start + len(evidence[n - 1].text)})
            claim = sentence.claim
            if item.title.lower() not in claim.lower():  # name the item unless it already does
                claim = f"{flat(item.title, 70)}: {claim}"
            section.bullets.append(Bullet(text=claim, spans=[span]))
        if checked.removed:
            log.info("briefing: %d unsupported item sentences removed", len(checked.removed))
        self.removed = [s.text for s in checked.removed]
