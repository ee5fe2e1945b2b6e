"""The `minutes` command: a thin adapter over assistant.app.App, one module per kind of
command. Only this package imports click."""

from __future__ import annotations

import logging
import sys

import click

from assistant.app import App

from . import documents, questions, register, serving


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log what happens, to stderr.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Minutes Assistant: cited answers, action registers and briefings from board minutes.

    \b
    Typical use:
      minutes ingest ./papers             # read PDFs, Word, text, Markdown and HTML files
      minutes search "safeguarding audit"  # hybrid (meaning + exact words) search
      minutes actions --owner LJ           # open actions of a person, by initials or name
      minutes ask "What actions are open for LJ?"

    Settings come from MINUTES_* environment variables (e.g. MINUTES_INDEX_DIR, the index
    folder, default ./index; MINUTES_CHROMA_URL for a Chroma server). See the README.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    ctx.obj = App()


for command in [
    documents.ingest,
    documents.docs,
    documents.corrections,
    documents.remove,
    questions.search,
    questions.ask,
    questions.chat,
    questions.brief,
    register.actions,
    register.people,
    serving.eval_,
    serving.serve,
]:
    main.add_command(command)
