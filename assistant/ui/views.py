"""What the web UI shows, as plain data and HTML: citation chips, a source page with its quote
highlighted, action rows, the About facts. No gradio here, so all of it is tested directly."""

from __future__ import annotations

import datetime as dt
import html
import platform
import re
from collections.abc import Callable, Sequence
from importlib import metadata

from assistant.contracts import is_overdue
from assistant.records import ActionItem, Citation, Conversation, DocumentInfo, SourceRef

from .render import RenderedPage, to_data_uri

ACTION_HEADERS = ["Owners", "Action", "Status", "Due", "Overdue", "Body", "Meeting", "Source", "ID"]
ACTION_WIDTHS: list[str | int] = ["13%", "30%", "7%", "9%", "7%", "10%", "8%", "10%", "6%"]
DOCUMENT_HEADERS = [
    "Name", "Kind", "Body", "Date", "Pages", "Chunks", "State", "Warnings", "Corrections",
]  # fmt: skip
DOCUMENT_WIDTHS: list[str | int] = ["20%", "5%", "17%", "9%", "6%", "7%", "8%", "16%", "12%"]
VERSIONED = [
    "minutes-assistant",
    "gradio",
    "chromadb",
    "onnxruntime",
    "llama-index-core",
    "pypdf",
    "pypdfium2",
    "openai",
]


def where(doc: str, page: int | None, item: str | None = None, meeting: str | None = None) -> str:
    parts = [doc if page is None else f"{doc}, page {page}"]
    if item:
        parts.append(f"item {item}")
    if meeting:
        parts.append(meeting)
    return " · ".join(parts)


def chip_label(ref: SourceRef | Citation) -> str:
    return f"[{ref.n}] {ref.doc}" + ("" if ref.page is None else f" p.{ref.page}")


def cite_key(turn: int, n: int) -> str:
    """A citation's key across a conversation: answer (turn) and number."""
    return f"{turn}-{n}"


# Markdown's own characters: text from the minutes (or a question) is shown as written, never
# as a link, an image fetched from elsewhere, or markup.
_MARKDOWN = re.compile(r"([\\`*_\[\](){}!<>#|~])")
_CITE = re.compile(r"\\\[(\d{1,3})\\\]")  # an escaped [n]


def md_escape(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def cite_links(answer: str, turn: int) -> str:
    """The answer as Markdown that shows it as written, each [n] a link that opens its
    source (the page's script follows links to #cite-…)."""
    return _CITE.sub(
        lambda m: f"[\\[{m[1]}\\]](#cite-{cite_key(turn, int(m[1]))})", md_escape(answer)
    )


def answer_message(answer: str, turn: int, notices: Sequence[str] = ()) -> str:
    """What the chat shows for an answer: linked citations, and any notice right under it
    (that the model's wording could not be verified, that a quote left text out)."""
    text = cite_links(answer, turn)
    return text + "".join(f"\n\n> ⚠ {md_escape(n)}" for n in notices)


def chips_html(
    refs: Sequence[SourceRef | Citation], title: str = "Sources", turn: int | None = None
) -> str:
    """One list of an answer's sources: each chip expands (a <details>, no script needed) to
    its quote and, once the answer is kept, links to its page."""
    if not refs:
        return f'<div class="sources"><h4>{html.escape(title)}</h4><p class="muted">None.</p></div>'
    rows = []
    for ref in refs:
        show = (
            ""
            if turn is None
            else f' <a class="show-page" href="#cite-{cite_key(turn, ref.n)}">Show the page</a>'
        )
        rows.append(
            f'<details class="chip"><summary>{html.escape(chip_label(ref))}'
            f"</summary><blockquote>{html.escape(ref.quote)}</blockquote>"
            f'<div class="where">{html.escape(where(ref.doc, ref.page, ref.item, ref.meeting))}'
            f"{show}</div></details>"
        )
    return f'<div class="sources"><h4>{html.escape(title)}</h4>{"".join(rows)}</div>'


def conversation_markdown(conversation: Conversation) -> str:
    """A kept conversation as Markdown: each question, its answer and its cited sources."""
    lines = [f"# {conversation.title}", "", f"_Kept {conversation.created:%d %B %Y}_"]
    for turn in conversation.turns:
        lines += ["", f"## {turn.question}", "", turn.answer]
        lines += [f"\n> Note: {n}" for n in turn.notices]
        if turn.sources:
            lines += ["", "Sources:"]
            lines += [
                f'{r.n}. {where(r.doc, r.page, r.item, r.meeting)}: "{" ".join(r.quote.split())}"'
                for r in turn.sources
            ]
    return "\n".join(lines) + "\n"


def page_image_html(ref: SourceRef, rendered: RenderedPage) -> str:
    """A PDF page as printed, the quote highlighted in the image itself; a marker over the
    first highlighted line is what the page's script scrolls into view."""
    head = f"<h4>{html.escape(where(ref.doc, ref.page, ref.item, ref.meeting))}</h4>"
    marks = "".join(
        f'<div class="hl" style="left:{100 * b.left / rendered.width:.2f}%;'
        f"top:{100 * b.top / rendered.height:.2f}%;"
        f"width:{100 * (b.right - b.left) / rendered.width:.2f}%;"
        f'height:{100 * (b.bottom - b.top) / rendered.height:.2f}%"></div>'
        for b in rendered.boxes
    )
    note = (
        ""
        if rendered.found
        else '<p class="muted">The quote could not be located on this page image.</p>'
    )
    return (
        f'<div class="source">{head}{note}<div class="page-scroll"><div class="page-image">'
        f'<img alt="page {ref.page} of {html.escape(ref.doc)}" '
        f'src="{to_data_uri(rendered.png)}">{marks}</div></div>'
        f"<blockquote>{html.escape(ref.quote)}</blockquote></div>"
    )


def _loose_pattern(quote: str) -> re.Pattern[str] | None:
    words = [re.escape(w) for w in quote.split()]
    return re.compile(r"\s+".join(words)) if words else None


def locate(
    page_text: str, quote: str, start: int | None = None, end: int | None = None
) -> tuple[int, int] | None:
    """The quote's span in the page: the recorded offsets when they still hold, else the
    first match ignoring differences in white space (quotes are often flattened)."""
    if start is not None and end is not None and page_text[start:end] == quote:
        return start, end
    found = page_text.find(quote)
    if found >= 0:
        return found, found + len(quote)
    pattern = _loose_pattern(quote)
    match = pattern.search(page_text) if pattern else None
    return (match.start(), match.end()) if match else None


def source_html(ref: SourceRef, page_text: str | None) -> str:
    head = f"<h4>{html.escape(where(ref.doc, ref.page, ref.item, ref.meeting))}</h4>"
    if page_text is None:
        return (
            f'<div class="source">{head}<p class="muted">The page is no longer in the index.'
            f"</p><blockquote>{html.escape(ref.quote)}</blockquote></div>"
        )
    span = locate(page_text, ref.quote, ref.start, ref.end)
    if span is None:
        body = html.escape(page_text)
        note = '<p class="muted">The quote could not be located on this page.</p>'
    else:
        a, b = span
        body = (
            html.escape(page_text[:a]) + f'<mark id="quote">{html.escape(page_text[a:b])}'
            "</mark>" + html.escape(page_text[b:])
        )
        note = ""
    return f'<div class="source">{head}{note}<pre class="page">{body}</pre></div>'


def notice_md(answerable: bool, notices: Sequence[str]) -> str:
    lines = []
    if not answerable:
        lines.append(
            "**The minutes do not say.** Nothing in the indexed minutes supports an "
            "answer; try other words, another body or a wider date range."
        )
    lines += [f"**Note:** {n}" for n in notices]
    return "\n\n".join(lines)


# --------------------------------------------------------------------------- actions


def action_rows(actions: Sequence[ActionItem], today: dt.date) -> list[list[str]]:
    return [
        [
            ", ".join(a.owners) or ", ".join(a.owner_refs),
            a.description,
            a.status,
            a.due or "",
            "overdue" if is_overdue(a, today) else "",
            a.body or "",
            a.meeting_date.isoformat() if a.meeting_date else "",
            where(a.source.doc, a.source.page, a.source.item),
            a.id,
        ]
        for a in actions
    ]


def action_source(action: ActionItem) -> SourceRef:
    span = action.source
    return SourceRef(
        n=0,
        doc=span.doc,
        doc_id=span.doc_id,
        page=span.page,
        quote=span.quote,
        start=span.start,
        end=span.end,
        item=span.item,
        meeting=", ".join(x for x in [action.body or "", _iso(action.meeting_date)] if x) or None,
    )


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def action_detail_html(action: ActionItem, source: Callable[[SourceRef], str]) -> str:
    """The action, its history (each update with its own source) and its source page (as
    `source` shows one: a PDF page's image, or the page's text)."""
    facts = [
        ("Owners", ", ".join(action.owners) or "—"),
        ("Status", action.status),
        ("Progress", action.progress or "—"),
        ("Due", action.due or "—"),
    ]
    if action.unresolved:
        facts.append(("Unresolved initials", ", ".join(action.unresolved)))
    facts += [("Corrected", c.describe()) for c in action.corrections]
    rows = "".join(f"<tr><th>{k}</th><td>{html.escape(v)}</td></tr>" for k, v in facts)
    history = (
        "".join(
            f"<li><b>{html.escape(u.status)}</b>{' (possible match)' if u.tentative else ''} "
            f"{html.escape(_iso(u.meeting_date))}: "
            f'{html.escape(u.text)} <span class="where">'
            f"({html.escape(where(u.source.doc, u.source.page))})</span></li>"
            for u in action.history
        )
        or "<li>No later updates recorded.</li>"
    )
    ref = action_source(action)
    return (
        f'<div class="action-detail"><h4>{html.escape(action.description)}</h4>'
        f"<table>{rows}</table><h5>History</h5><ul>{history}</ul><h5>Source</h5>"
        f"{source(ref)}</div>"
    )


# --------------------------------------------------------------------------- documents, about


def document_rows(docs: Sequence[DocumentInfo]) -> list[list[str | int]]:
    return [
        [
            d.name,
            d.kind,
            d.body or "",
            d.date.isoformat() if d.date else "",
            d.pages,
            d.chunks,
            d.state,
            "; ".join(d.warnings),
            "; ".join(c.describe() for c in d.corrections),
        ]
        for d in docs
    ]


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def about_md(
    backend: str,
    configured: str,
    model: str,
    notices: Sequence[str],
    embedding: str,
    stats: dict[str, int],
    index_dir: str,
) -> str:
    lines = [
        "### LLM",
        f"- Backend in use: **{backend}**"
        + ("" if backend == configured else f" (configured: {configured})"),
        f"- Model: **{model}**",
        *[f"- {n}" for n in notices],
        "### Retrieval",
        f"- Embedding model: **{embedding}**",
        f"- Index: {stats.get('documents', 0)} documents, {stats.get('pages', 0)} pages, "
        f"{stats.get('chunks', 0)} chunks, {stats.get('bytes', 0) / 1e6:.1f} MB in `{index_dir}`",
        "### Versions",
        *[f"- {name}: {version}" for name, version in versions().items()],
    ]
    return "\n".join(lines)
