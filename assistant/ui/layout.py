"""The Gradio web UI (thin): tabs for Chat, Actions, Briefing, Documents and About over the
`App` facade, plus named API endpoints (`ask`, `actions`, `brief`) that return the CLI's
`--json`. What happens lives in handlers.py and what is shown in views.py; this module
only lays it out and wires it. It makes no outside request: analytics off, system fonts."""

from __future__ import annotations

# (no telemetry, no version check, no model hub: set in assistant/__init__.py)
import logging
from typing import Any

import gradio as gr
import pandas as pd

from assistant.app import App

from . import views as ui_views
from .chat import ALL, ANSWER_CONCURRENCY, chat_tab, dropdown, signed
from .handlers import Handlers
from .views import ACTION_HEADERS, ACTION_WIDTHS, DOCUMENT_HEADERS, DOCUMENT_WIDTHS

log = logging.getLogger(__name__)

UPLOAD_TYPES = [".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm"]
STATUSES = [("open", "open"), ("closed", "closed"), ("unknown", "unknown"), ("all", "all")]

CSS = """
.sources h4, .source h4 { margin: 0 0 .4em 0; }
.chip { border: 1px solid var(--border-color-primary); border-radius: 1em; padding: .2em .8em;
        margin: .25em 0; }
.chip summary { cursor: pointer; font-weight: 600; }
.chip blockquote { margin: .4em 0; padding-left: .6em; border-left: 3px solid #c7a600; }
.where, .muted { color: var(--body-text-color-subdued); font-size: .9em; }
.show-page { margin-left: .6em; font-weight: 600; }
pre.page { white-space: pre-wrap; max-height: 28em; overflow-y: auto; font-size: .9em; }
pre.page mark { background: #ffe066; color: #000; }
.page-scroll { max-height: 40em; overflow: auto; border: 1px solid var(--border-color-primary); }
.page-image { position: relative; }
.page-image img { display: block; width: 100%; height: auto; }
.page-image .hl { position: absolute; pointer-events: none; }
#notice:not(:empty) { border-left: 4px solid #c7a600; padding-left: .6em; }
/* a header wraps between words, never inside one ("Page s") */
#actions-table th, #actions-table th *, #documents-table th, #documents-table th * {
    word-break: normal !important; overflow-wrap: normal !important; hyphens: none; }
#cite-pick, #cite-open { display: none !important; }
"""

# Citation links ([n] in answers, "Show the page" in the sources) open their source: the
# link's key goes to a hidden box and a hidden button asks the server for the page; the
# highlight is then scrolled into view.
HEAD = """
<script>
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest('a[href^="#cite-"]');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const box = document.querySelector("#cite-pick textarea, #cite-pick input");
  if (!box) return;
  box.value = link.getAttribute("href").slice("#cite-".length);
  box.dispatchEvent(new Event("input", { bubbles: true }));
  setTimeout(() => document.querySelector("#cite-open").click(), 50);
}, true);
new MutationObserver((changes) => {
  if (!changes.some((c) => c.target.closest && c.target.closest("#source-view"))) return;
  const mark = document.querySelector("#source-view .hl, #source-view mark");
  if (mark && !mark.dataset.shown) {
    mark.dataset.shown = "1";
    mark.scrollIntoView({ block: "center", behavior: "instant" });
  }
}).observe(document.documentElement, { childList: true, subtree: true });
</script>
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
                choosers, chat_loader = chat_tab(h)
            with gr.Tab("Actions", id="actions"):
                action_choosers, actions_loader = _actions_tab(h)
                choosers += action_choosers
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
            known = h.bodies()
            body_choices = [("All bodies", ALL), *[(b, b) for b in known]]
            doc_choices = h.document_choices()
            return (
                [
                    # A briefing is of one body: its list starts at the latest met.
                    gr.update(choices=[(b, b) for b in known], value=h.latest_body())
                    if c.elem_id == "brief-body"
                    else gr.update(choices=body_choices)
                    for c in bodies
                ]
                + [gr.update(choices=[("All documents", ALL), *doc_choices]) for _ in docs]
                + [gr.update(choices=[("(pick one)", ALL), *doc_choices])]
            )

        demo.load(*chat_loader, api_visibility="private")
        demo.load(*actions_loader, api_visibility="private")
        demo.load(refresh_choices, None, [*bodies, *docs, pick], api_visibility="private")
        demo.load(h.about, None, about, api_visibility="private")
        demo.load(listing, None, documents, api_visibility="private")
        for change in changes:
            change.then(refresh_choices, None, [*bodies, *docs, pick], api_visibility="private")
            change.then(h.about, None, about, api_visibility="private")
        gr.api(
            h.api_ask, api_name="ask", concurrency_id="answer", concurrency_limit=ANSWER_CONCURRENCY
        )
        gr.api(h.api_actions, api_name="actions")
        _brief_api(h)
    return demo


def _actions_tab(h: Handlers) -> tuple[list[gr.Dropdown], Any]:
    shown = gr.State([])
    chosen = gr.State("")
    with gr.Row():
        owner = gr.Textbox(label="Owner (name or initials)", elem_id="owner-filter")
        status = gr.Dropdown(STATUSES, value="all", label="Status", elem_id="status-filter")
        body = dropdown("Body", "actions-body", "All bodies")
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
    gr.Markdown("Select a row to see the action's source and history, and to correct it.")
    with gr.Row():
        detail = gr.HTML(elem_id="action-detail")
        with gr.Column(elem_id="action-fix"):
            new_status = gr.Dropdown(
                [("(unchanged)", ""), ("open", "open"), ("closed", "closed")],
                value="",
                label="Set status",
                elem_id="fix-status",
            )
            new_owner = gr.Textbox(label="Set owner", elem_id="fix-owner", max_lines=1)
            new_due = gr.Textbox(label="Set due date", elem_id="fix-due", max_lines=1)
            note = gr.Textbox(label="Why (shown with the correction)", elem_id="fix-note")
            who = gr.Textbox(label="Your name", elem_id="fix-who", max_lines=1)
            save = gr.Button("Save correction", variant="primary", elem_id="fix-save")
            saved = gr.Markdown(elem_id="fix-report")

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

    def select(actions: list, evt: gr.SelectData) -> tuple:
        row = evt.row_value or []
        action_id = row[ACTION_HEADERS.index("ID")] if row else ""
        return h.action_detail(actions, action_id), action_id, ""

    def correct(
        action_id: str,
        s_: str,
        o_: str,
        d_: str,
        why: str,
        name: str,
        o: str,
        st: str,
        b: str,
        since_: Any,
        request: gr.Request,
    ) -> tuple:
        changes = {"status": s_, "owner": o_, "due": d_}
        message, fixed = h.correct_action(action_id, changes, signed(name, request), why)
        filters = (o, st, b, since_)
        if fixed is None:
            return (message, *[gr.update()] * 9)
        listed = run(*filters)
        return (message, h.action_detail([fixed], fixed.id), "", "", "", "", *listed[:4])

    filters = [owner, status, body, since]
    outs = [table, shown, count, export, detail]
    apply.click(run, filters, outs, api_visibility="private")
    owner.submit(run, filters, outs, api_visibility="private")
    table.select(select, shown, [detail, chosen, saved], api_visibility="private")
    save.click(
        correct,
        [chosen, new_status, new_owner, new_due, note, who, *filters],
        [saved, detail, new_status, new_owner, new_due, note, table, shown, count, export],
        api_visibility="private",
    )
    # The register is on screen when the tab first opens, not after "Apply filters".
    return [body], (run, filters, outs)


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
        headers=DOCUMENT_HEADERS,
        interactive=False,
        wrap=True,
        elem_id="documents-table",
        column_widths=DOCUMENT_WIDTHS,
    )
    gr.Markdown(
        "A body or date read wrong (see Warnings) can be put right: the correction is kept "
        "apart from what was read, shown as such, and kept when the documents are re-read."
    )
    with gr.Row():
        pick = dropdown("Document", "remove-doc", "(pick one)")
        fix_body = gr.Textbox(label="Set body", elem_id="doc-body", max_lines=1)
        fix_date = gr.Textbox(label="Set meeting date (YYYY-MM-DD)", elem_id="doc-date")
    with gr.Row():
        why = gr.Textbox(label="Why (shown with the correction)", elem_id="doc-note")
        who = gr.Textbox(label="Your name", elem_id="doc-who", max_lines=1)
    with gr.Row():
        fix = gr.Button("Save correction", variant="primary", elem_id="doc-save")
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

    def correct(doc_id: str, b: str, d: str, note: str, name: str, request: gr.Request) -> tuple:
        message = h.correct_document(doc_id, {"body": b, "date": d}, signed(name, request), note)
        return message, listing(), "", ""

    fixed = fix.click(
        correct,
        [pick, fix_body, fix_date, why, who],
        [report, table, fix_body, fix_date],
        concurrency_id="ingest",
        concurrency_limit=1,
        api_visibility="private",
    )
    return pick, table, listing, [done, redone, removed, fixed]


def _briefing_tab(h: Handlers) -> list[gr.Dropdown]:
    with gr.Row():
        body = gr.Dropdown([], label="Body", elem_id="brief-body", allow_custom_value=True)
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
        b = b or h.latest_body() or ""
        if not b and not (p or "").strip():
            return "", "Nothing to brief on yet: add minutes in the Documents tab.", None
        try:
            view = h.brief(b, d, p)
        except (LookupError, ValueError) as exc:
            return "", f"**Cannot brief:** {exc}", None
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
        head=HEAD,
        ssr_mode=False,
        footer_links=["api"],
        mcp_server=False,
        pwa=False,
        enable_monitoring=False,
    )
    return demo
