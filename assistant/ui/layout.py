"""The Gradio web UI (thin): tabs for Chat, Actions, Briefing, Documents and About over the
`App` facade, plus named API endpoints (`ask`, `actions`, `brief`) that return the CLI's
`--json`. What happens lives in handlers.py and what is shown in views.py; this module
only lays it out and wires it. It makes no outside request: analytics off, system fonts."""

from __future__ import annotations

# (no telemetry, no version check, no model hub: set in assistant/__init__.py)
import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr
import pandas as pd

from assistant.app import App

from . import views as ui_views
from .handlers import Handlers
from .views import ACTION_HEADERS, ACTION_WIDTHS, DOCUMENT_HEADERS

log = logging.getLogger(__name__)

ANSWER_CONCURRENCY = 2  # two cores: more parallel answers only queue inside the embedder
UPLOAD_TYPES = [".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm"]
ALL = ""  # the "no filter" choice in dropdowns
STATUSES = [("open", "open"), ("closed", "closed"), ("unknown", "unknown"), ("all", "all")]

CSS = """
.sources h4, .source h4 { margin: 0 0 .4em 0; }
.chip { border: 1px solid var(--border-color-primary); border-radius: 1em; padding: .2em .8em;
        margin: .25em 0; }
.chip summary { cursor: pointer; font-weight: 600; }
.chip blockquote { margin: .4em 0; padding-left: .6em; border-left: 3px solid #c7a600; }
.where, .muted { color: var(--body-text-color-subdued); font-size: .9em; }
pre.page { white-space: pre-wrap; max-height: 28em; overflow-y: auto; font-size: .9em; }
pre.page mark { background: #ffe066; color: #000; }
#notice:not(:empty) { border-left: 4px solid #c7a600; padding-left: .6em; }
"""


def theme() -> gr.themes.Base:
    # System fonts: the default theme would otherwise ask for web fonts.
    return gr.themes.Default(
        font=["system-ui", "Segoe UI", "Roboto", "sans-serif"],
        font_mono=["ui-monospace", "Consolas", "monospace"],
    )


def prepare(app: App) -> None:
    """Build the heavy parts once, before users arrive (the first answer stays fast)."""
    app.prepare()


def build_ui(app: App) -> gr.Blocks:
    prepare(app)
    h = Handlers(app)
    with gr.Blocks(title="Minutes Assistant", analytics_enabled=False) as demo:
        gr.Markdown("## Minutes Assistant\nCited answers from the minutes you have indexed.")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                choosers = _chat_tab(h)
            with gr.Tab("Actions", id="actions"):
                choosers += _actions_tab(h)
            with gr.Tab("Briefing", id="briefing"):
                choosers += _briefing_tab(h)
            with gr.Tab("Documents", id="documents"):
                pick, documents, listing, changes = _documents_tab(h)
            with gr.Tab("About", id="about"):
                about = gr.Markdown(elem_id="about")
                gr.Button("Refresh").click(h.about, None, about, api_visibility="private")
        bodies = [c for c in choosers if c.elem_id and c.elem_id.endswith("body")]
        docs = [c for c in choosers if c not in bodies]

        def refresh_choices() -> list[Any]:
            body_choices = [("All bodies", ALL), *[(b, b) for b in h.bodies()]]
            doc_choices = h.document_choices()
            return (
                [gr.update(choices=body_choices) for _ in bodies]
                + [gr.update(choices=[("All documents", ALL), *doc_choices]) for _ in docs]
                + [gr.update(choices=[("(pick one)", ALL), *doc_choices])]
            )

        demo.load(refresh_choices, None, [*bodies, *docs, pick], api_visibility="private")
        demo.load(h.about, None, about, api_visibility="private")
        demo.load(listing, None, documents, api_visibility="private")
        for change in changes:
            change.then(refresh_choices, None, [*bodies, *docs, pick], api_visibility="private")
        gr.api(
            h.api_ask, api_name="ask", concurrency_id="answer", concurrency_limit=ANSWER_CONCURRENCY
        )
        gr.api(h.api_actions, api_name="actions")
        _brief_api(h)
    return demo


def _dropdown(label: str, elem_id: str, first: str) -> gr.Dropdown:
    return gr.Dropdown(
        [(first, ALL)], value=ALL, label=label, elem_id=elem_id, allow_custom_value=True
    )


def _chat_tab(h: Handlers) -> list[gr.Dropdown]:
    history = gr.State([])
    refs = gr.State({})
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(label="Chat", elem_id="chatbot", height=460, feedback_options=None)
            question = gr.Textbox(
                label="Ask about the minutes",
                elem_id="question",
                placeholder="e.g. What actions are open for LJ?",
            )
            with gr.Row():
                ask = gr.Button("Ask", variant="primary", elem_id="ask")
                clear = gr.Button("New chat", elem_id="clear")
            notice = gr.Markdown(elem_id="notice")
        with gr.Column(scale=2):
            with gr.Accordion("Filters", open=False):
                body = _dropdown("Body", "chat-body", "All bodies")
                doc = _dropdown("Document", "chat-doc", "All documents")
                with gr.Row():
                    date_from = gr.DateTime(label="From", include_time=False, type="string")
                    date_to = gr.DateTime(label="To", include_time=False, type="string")
            sources = gr.HTML(ui_views.chips_html([]), elem_id="sources")
            chips = gr.Radio([], label="Show source", elem_id="chips")
            source = gr.HTML(elem_id="source-view")

    def respond(q: str, hist: list, b: str, d: str, f: Any, t: Any) -> Iterator[tuple]:
        for step, view in enumerate(h.respond(q, hist, b, d, f, t)):
            choices = [(ui_views.chip_label(r), r.n) for r in view.refs.values()]
            # The question box is cleared once, at the first step: clearing it later would
            # wipe a follow-up the user has started typing.
            yield (
                view.messages,
                view.history,
                view.sources,
                view.refs,
                gr.update(choices=choices, value=None),
                view.notice,
                gr.update() if view.done else "",
                gr.update(interactive=view.done),
                "" if step == 0 else gr.update(),
            )

    outputs = [chatbot, history, sources, refs, chips, notice, source, ask, question]
    gr.on(
        [question.submit, ask.click],
        respond,
        [question, history, body, doc, date_from, date_to],
        outputs,
        concurrency_id="answer",
        concurrency_limit=ANSWER_CONCURRENCY,
        api_visibility="private",
    )
    chips.change(h.show_source, [chips, refs], source, api_visibility="private")
    clear.click(
        lambda: ([], [], ui_views.chips_html([]), {}, gr.update(choices=[], value=None), "", ""),
        None,
        [chatbot, history, sources, refs, chips, notice, source],
        api_visibility="private",
    )
    return [body, doc]


def _actions_tab(h: Handlers) -> list[gr.Dropdown]:
    shown = gr.State([])
    with gr.Row():
        owner = gr.Textbox(label="Owner (name or initials)", elem_id="owner-filter")
        status = gr.Dropdown(STATUSES, value="all", label="Status", elem_id="status-filter")
        body = _dropdown("Body", "actions-body", "All bodies")
        since = gr.DateTime(label="Meetings since", include_time=False, type="string")
    with gr.Row():
        apply = gr.Button("Apply filters", variant="primary", elem_id="apply-filters")
        export = gr.DownloadButton("Export CSV", elem_id="export-csv")
    count = gr.Markdown(elem_id="actions-count")
    table = gr.Dataframe(
        headers=ACTION_HEADERS,
        interactive=False,
        wrap=True,
        show_search="filter",
        elem_id="actions-table",
        max_height=520,
        column_widths=ACTION_WIDTHS,
    )
    gr.Markdown("Select a row to see the action's source and history.")
    detail = gr.HTML(elem_id="action-detail")

    def run(o: str, s: str, b: str, d: Any) -> tuple:
        actions = h.actions(o, s, b, d)
        rows = ui_views.action_rows(actions, h.today())
        overdue = sum(1 for r in rows if r[ACTION_HEADERS.index("Overdue")])
        return (
            pd.DataFrame(rows, columns=ACTION_HEADERS),
            actions,
            f"{len(rows)} actions, {overdue} overdue",
            h.export_csv(actions),
            "",
        )

    def select(actions: list, evt: gr.SelectData) -> str:
        row = evt.row_value or []
        return h.action_detail(actions, row[ACTION_HEADERS.index("ID")] if row else None)

    outs = [table, shown, count, export, detail]
    apply.click(run, [owner, status, body, since], outs, api_visibility="private")
    owner.submit(run, [owner, status, body, since], outs, api_visibility="private")
    table.select(select, shown, detail, api_visibility="private")
    return [body]


def _documents_tab(h: Handlers) -> tuple[gr.Dropdown, gr.Dataframe, Any, list[Any]]:
    limit = h.upload_max_bytes // (1024 * 1024)
    files = gr.File(
        label=f"Upload minutes (PDF, DOCX, TXT, MD, HTML; up to {limit} MB each)",
        file_count="multiple",
        file_types=UPLOAD_TYPES,
        elem_id="upload",
    )
    with gr.Row():
        ingest = gr.Button("Add to index", variant="primary", elem_id="ingest")
        reindex = gr.Button("Re-index all", elem_id="reindex")
    report = gr.Markdown(elem_id="ingest-report")
    table = gr.Dataframe(
        headers=DOCUMENT_HEADERS, interactive=False, wrap=True, elem_id="documents-table"
    )
    with gr.Row():
        pick = _dropdown("Document", "remove-doc", "(pick one)")
        remove = gr.Button("Remove from index", variant="stop", elem_id="remove")

    def listing() -> pd.DataFrame:
        return pd.DataFrame(ui_views.document_rows(h.app.documents()), columns=DOCUMENT_HEADERS)

    def add(paths: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
        result = h.upload(paths, lambda f, what: progress(f, desc=what))
        return result.markdown, listing(), None

    def again(progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
        result = h.reindex(lambda f, what: progress(f, desc=what))
        return result.markdown, listing()

    # Callable by scripts (gradio_client, api_name="/upload") though not in the API docs.
    done = ingest.click(
        add,
        files,
        [report, table, files],
        concurrency_id="ingest",
        concurrency_limit=1,
        api_name="upload",
        api_visibility="undocumented",
    )
    redone = reindex.click(
        again,
        None,
        [report, table],
        concurrency_id="ingest",
        concurrency_limit=1,
        api_visibility="private",
    )
    removed = remove.click(
        h.remove,
        pick,
        report,
        concurrency_id="ingest",
        concurrency_limit=1,
        api_visibility="private",
    ).then(listing, None, table, api_visibility="private")
    return pick, table, listing, [done, redone, removed]


def _briefing_tab(h: Handlers) -> list[gr.Dropdown]:
    with gr.Row():
        body = _dropdown("Body", "brief-body", "All bodies")
        date = gr.DateTime(label="Meeting date (optional)", include_time=False, type="string")
        person = gr.Textbox(
            label="For a person (optional)", elem_id="brief-person", placeholder="name or initials"
        )
    make = gr.Button("Generate briefing", variant="primary", elem_id="brief-go")
    problems = gr.Markdown(elem_id="brief-problems")
    note = gr.Markdown(elem_id="briefing", container=True)
    downloads = gr.File(
        label="Download", file_count="multiple", interactive=False, elem_id="brief-files"
    )

    def run(b: str, d: Any, p: str) -> tuple:
        if not b and not (p or "").strip():
            return "", "Pick a body, or name a person, first.", None
        view = h.brief(b, d, p)
        return (
            view.markdown,
            "\n".join(f"**Note:** {x}" for x in view.problems),
            [str(f) for f in view.files],
        )

    make.click(
        run,
        [body, date, person],
        [note, problems, downloads],
        concurrency_id="answer",
        api_visibility="private",
    )
    return [body]


def _brief_api(h: Handlers) -> None:
    gr.api(
        h.api_brief, api_name="brief", concurrency_id="answer", concurrency_limit=ANSWER_CONCURRENCY
    )


def serve(
    app: App,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: str | tuple[str, str] | None = None,
    *,
    block: bool = True,
) -> gr.Blocks:
    """Start the web UI. `auth` is "user:pass" (or a pair). With block=False the server runs
    in the background and the Blocks are returned (tests close them with .close())."""
    if isinstance(auth, str):
        user, _, password = auth.partition(":")
        if not user or not password:
            raise ValueError("auth must be given as user:pass")
        auth = (user, password)
    demo = build_ui(app)
    demo.queue(default_concurrency_limit=ANSWER_CONCURRENCY, max_size=64)
    max_mb = app.settings.upload_max_mb
    demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        share=False,
        prevent_thread_lock=not block,
        show_error=True,
        quiet=not block,
        max_file_size=f"{max_mb}mb",
        theme=theme(),
        css=CSS,
        ssr_mode=False,
        footer_links=["api"],
        mcp_server=False,
        pwa=False,
        enable_monitoring=False,
    )
    return demo
