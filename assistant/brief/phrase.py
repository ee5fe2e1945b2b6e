"""LLM phrasing for a briefing: a sentence for agenda items that recorded no decision (the
note lists them by title; a verified sentence replaces the title).

Only a few items, each shown as a short verbatim opening, so the prompt stays small on a
CPU model (prompt reading is the bottleneck). Every sentence goes through the answering
verifier; an unsupported one is dropped, and the note is complete without any of them."""

from __future__ import annotations

import logging
import time

from assistant.llm.client import LLM, LLMError
from assistant.prompts import render
from assistant.records import ActionItem, AgendaItem, Briefing, Bullet, Evidence, Meeting
from assistant.verify.verifier import Verifier

from .scan import flat, trim_quote, undecided_items

log = logging.getLogger(__name__)

MAX_ITEMS = 2  # ~2 x 60 prompt tokens and ~2 x 40 generated: ~10-20 s on 2 busy cores
OPENING_CHARS = 240
MIN_BODY_WORDS = 12  # an opening with fewer words past the heading gives a model nothing to add


class Phraser:
    def __init__(self, llm: LLM, verifier: Verifier):
        self.llm = llm
        self.verifier = verifier
        self.backend = llm.backend
        self.removed: list[str] = []

    def phrase_items(self, briefing: Briefing, meeting: Meeting, actions: list[ActionItem]) -> None:
        """A sentence for a few items the note lists only by title. Skipped (no LLM call) when
        no such item has text beyond its heading: the model could only restate the title."""
        section = next(s for s in briefing.sections if s.key == "last_meeting")
        listed = {b.key for b in section.bullets if b.key}
        items = [
            i
            for i in undecided_items(meeting, actions)
            if i.span.quote[:80] in listed and _body_words(i) >= MIN_BODY_WORDS
        ][:MAX_ITEMS]
        if not items:
            return
        evidence = [
            Evidence(
                n=n,
                text=trim_quote(i.span.quote)[:OPENING_CHARS],
                doc=i.span.doc,
                page=i.span.page,
                doc_id=i.span.doc_id,
                start=i.span.start,
                item=i.number,
            )
            for n, i in enumerate(items, start=1)
        ]
        blocks = "\n".join(f'[{e.n}] "{flat(e.text)}"' for e in evidence)
        started = time.monotonic()
        try:
            text = self.llm.chat(
                [{"role": "user", "content": render("brief_items", evidence=blocks)}],
                max_tokens=40 * len(items),
            )
        except LLMError as exc:  # the note is complete without these sentences
            log.warning("briefing phrasing skipped: %s", exc)
            briefing.notes.append(f"The LLM could not phrase item summaries ({exc}).")
            return
        log.info(
            "briefing: %d item sentences written in %.1f s", len(items), time.monotonic() - started
        )
        checked = self.verifier.verify(text, evidence)
        used: set[int] = set()
        for sentence in checked.kept:
            n = next((n for n in sentence.citations if n not in used), None)
            if n is None:
                continue
            used.add(n)
            item = items[n - 1]
            span = item.span.model_copy(
                update={
                    "quote": evidence[n - 1].text,
                    "end": item.span.start + len(evidence[n - 1].text),
                }
            )
            claim = sentence.claim
            if item.title.lower() not in claim.lower():  # name the item unless it already does
                claim = f"{flat(item.title, 70)}: {claim}"
            # The sentence replaces the item's bare title in the note.
            at = next(i for i, b in enumerate(section.bullets) if b.key == item.span.quote[:80])
            section.bullets[at] = Bullet(text=claim, spans=[span], key=section.bullets[at].key)
        if checked.removed:
            log.info("briefing: %d unsupported item sentences removed", len(checked.removed))
        self.removed = [s.text for s in checked.removed]


def _body_words(item: AgendaItem) -> int:
    """Words an item's opening has beyond its heading."""
    opening = flat(item.span.quote[:OPENING_CHARS])
    return max(0, len(opening.split()) - len(f"{item.number or ''} {item.title}".split()))
