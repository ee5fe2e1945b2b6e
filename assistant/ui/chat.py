"""The chat tab: conversations kept and listed, the chat, its sources and the page a citation
opens. Its handlers are in handlers.py; this module only lays it out and wires it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import gradio as gr

from . import views as ui_views
from .answering import ChatView, owner_of
from .handlers import Handlers

ANSWER_CONCURRENCY = 2  # two cores: more parallel answers only queue inside the embedder
ALL = ""  # the "no filter" choice in dropdowns


def dropdown(label: str, elem_id: str, first: str) -> gr.Dropdown:
    return gr.Dropdown(
        [(first, ALL)], value=ALL, label=label, elem_id=elem_id, allow_custom_value=True
    )


def _owner(browser: str, request: gr.Request | None) -> str:
    return owner_of(getattr(request, "username", None), browser)


def signed(name: str, request: gr.Request | None) -> str:
    """Who makes a correction: the name given, else the signed-in user."""
    return (name or "").strip() or getattr(request, "username", None) or ""


def chat_tab(h: Handlers) -> tuple[list[gr.Dropdown], Any]:
    # Kept in the browser's local storage: who this browser is (when there is no login) and
    # the conversation it had open, so that a reload resumes it.
    browser = gr.BrowserState("", storage_key="minutes-browser")
    current = gr.BrowserState("", storage_key="minutes-conversation")
    turns = gr.State([])
    refs = gr.State({})
    with gr.Row():
        with gr.Column(scale=1, min_width=230):
            kept = gr.Radio([], label="Conversations", elem_id="conversations")
            new = gr.Button("New chat", elem_id="clear")
            title = gr.Textbox(label="Rename to", elem_id="conversation-title", max_lines=1)
            with gr.Row():
                rename = gr.Button("Rename", size="sm", elem_id="rename")
                delete = gr.Button("Delete", size="sm", variant="stop", elem_id="delete")
            export = gr.DownloadButton("Export (Markdown)", elem_id="export-chat", value=None)
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                label="Chat",
                elem_id="chatbot",
                height=460,
                feedback_options=None,
                buttons=["copy", "copy_all"],  # no "share": nothing leaves this machine
            )
            notice = gr.Markdown(elem_id="notice")
            question = gr.Textbox(label="Ask about the minutes", elem_id="question")
            ask = gr.Button("Ask", variant="primary", elem_id="ask")
        with gr.Column(scale=2):
            with gr.Accordion("Filters", open=False):
                body = dropdown("Body", "chat-body", "All bodies")
                doc = dropdown("Document", "chat-doc", "All documents")
                with gr.Row():
                    date_from = gr.DateTime(label="From", include_time=False, type="string")
                    date_to = gr.DateTime(label="To", include_time=False, type="string")
            sources = gr.HTML(ui_views.chips_html([]), elem_id="sources")
            source = gr.HTML(elem_id="source-view")
            original = gr.DownloadButton(
                "Open the document", elem_id="open-document", value=None, visible=False
            )
    pick = gr.Textbox(elem_id="cite-pick", visible="hidden")
    open_cite = gr.Button(elem_id="cite-open", visible="hidden")

    def listing(owner: str, chosen: str) -> Any:
        return gr.update(choices=h.conversations(owner), value=chosen or None)

    def shown(view: ChatView, owner: str) -> tuple:
        """The outputs every chat event sets, from one view."""
        return (
            view.messages,
            view.turns,
            view.refs,
            view.sources,
            view.notice,
            view.conversation,
            listing(owner, view.conversation),
            h.export_conversation(owner, view.conversation),
        )

    outs = [chatbot, turns, refs, sources, notice, current, kept, export]

    def start(me: str, chosen: str, request: gr.Request) -> tuple:
        me = me or uuid.uuid4().hex
        view = h.open_conversation(_owner(me, request), chosen, or_latest=True)
        return (me, *shown(view, _owner(me, request)), gr.update(placeholder=h.example_question()))

    def respond(
        q: str,
        done: list,
        chosen: str,
        me: str,
        b: str,
        d: str,
        f: Any,
        t: Any,
        request: gr.Request,
    ) -> Iterator[tuple]:
        me = me or uuid.uuid4().hex  # asked before the page's load event named this browser
        owner = _owner(me, request)
        for step, view in enumerate(h.respond(q, done, owner, chosen, b, d, f, t)):
            # The question box is cleared once, at the first step: clearing it later would
            # wipe a follow-up the user has started typing.
            partial = (view.messages, view.turns, view.refs, view.sources, "", *[gr.update()] * 3)
            yield (
                *(shown(view, owner) if view.done else partial),
                gr.update(interactive=view.done),
                "" if step == 0 else gr.update(),
                me,
            )

    def choose(chosen: str, me: str, request: gr.Request) -> tuple:
        return (*shown(h.open_conversation(_owner(me, request), chosen), _owner(me, request)), "")

    def fresh(me: str, request: gr.Request) -> tuple:
        return (*shown(ChatView([], [], ui_views.chips_html([]), {}), _owner(me, request)), "")

    def renamed(chosen: str, name: str, me: str, request: gr.Request) -> tuple:
        h.rename_conversation(_owner(me, request), chosen, name)
        return (
            listing(_owner(me, request), chosen),
            "",
            h.export_conversation(_owner(me, request), chosen),
        )

    def deleted(chosen: str, me: str, request: gr.Request) -> tuple:
        h.delete_conversation(_owner(me, request), chosen)
        return fresh(me, request)

    def cited(key: str, known: dict) -> tuple:
        view, file = h.show_source(key, known)
        return view, gr.update(value=file, visible=file is not None)

    gr.on(
        [question.submit, ask.click],
        respond,
        [question, turns, current, browser, body, doc, date_from, date_to],
        [*outs, ask, question, browser],
        concurrency_id="answer",
        concurrency_limit=ANSWER_CONCURRENCY,
        api_visibility="private",
    )
    kept.input(choose, [kept, browser], [*outs, source], api_visibility="private")
    new.click(fresh, browser, [*outs, source], api_visibility="private")
    # The chat's own trash icon starts a new chat too: the next question has no old history.
    chatbot.clear(fresh, browser, [*outs, source], api_visibility="private")
    rename.click(
        renamed, [current, title, browser], [kept, title, export], api_visibility="private"
    )
    delete.click(deleted, [current, browser], [*outs, source], api_visibility="private")
    open_cite.click(cited, [pick, refs], [source, original], api_visibility="private")
    loader = (start, [browser, current], [browser, *outs, question])
    return [body, doc], loader
