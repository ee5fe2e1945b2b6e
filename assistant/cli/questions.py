"""`minutes search`, `ask`, `chat` and `brief`: questions of the minutes."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.app import App
from assistant.contracts import answer_json
from assistant.records import (
    Answer,
    EvidenceEvent,
    FinalAnswer,
    TextDelta,
)

from .common import app_of, emit_json, parse_date


@click.command()
@click.argument("query")
@click.option("--k", default=None, type=click.IntRange(1, 100), help="How many results [5].")
@click.option("--body", help="Only this body (committee or board; part of its name will do).")
@click.option("--doc", help="Only this document (doc id or file name).")
@click.option("--since", help="Only meetings on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only meetings on or before this date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@click.pass_context
def search(
    ctx: click.Context,
    query: str,
    k: int | None,
    body: str | None,
    doc: str | None,
    since: str | None,
    until: str | None,
    as_json: bool,
) -> None:
    """Search the minutes: passages ranked by meaning and exact words together."""
    hits = app_of(ctx).search(
        query, k=k, body=body, doc=doc, date_from=parse_date(since), date_to=parse_date(until)
    )
    if as_json:
        emit_json(
            [
                {
                    "doc": h.chunk.doc,
                    "page": h.chunk.page,
                    "item": h.chunk.item,
                    "text": h.chunk.text,
                    "score": round(h.score, 6),
                    "doc_id": h.chunk.doc_id,
                    "body": h.chunk.body,
                    "date": h.chunk.date,
                    "start": h.chunk.start,
                    "end": h.chunk.end,
                }
                for h in hits
            ]
        )
        return
    if not hits:
        click.echo("No matching passages.")
    for n, h in enumerate(hits, 1):
        where = h.chunk.doc + (f", p. {h.chunk.page}" if h.chunk.page else "")
        item = f" [{h.chunk.item}]" if h.chunk.item else ""
        text = " ".join(h.chunk.text.split())
        click.echo(f"{n}. {where}{item}  ({h.score:.4f})\n   {text[:300]}\n")


@click.command()
@click.argument("question")
@click.option("--body", help="Only this body (part of its name will do).")
@click.option("--json", "as_json", is_flag=True, help="Print the answer and citations as JSON.")
@click.pass_context
def ask(ctx: click.Context, question: str, body: str | None, as_json: bool) -> None:
    """Answer a question from the minutes, every sentence cited [n] to document and page.

    Sentences the sources do not support are removed; with no support at all the answer is
    "The minutes do not say." The LLM is set by MINUTES_LLM_BACKEND (local, server, openai,
    none); `none` composes the answer from the cited passages without generation.
    """
    app = app_of(ctx)
    try:
        if as_json:
            emit_json(answer_json(app.ask(question, body=body)))
        else:
            _stream_answer(app, question, None, body)
    finally:
        app.close()


@click.command()
@click.option("--body", help="Only this body (part of its name will do).")
@click.pass_context
def chat(ctx: click.Context, body: str | None) -> None:
    """Talk with the minutes: follow-up questions ("and what about KA?") use the history.
    An empty line, 'exit' or Ctrl-D ends the chat."""
    app = app_of(ctx)
    app.warm()
    history: list[dict[str, str]] = []
    try:
        while True:
            try:
                question = click.prompt("?", prompt_suffix=" ", default="", show_default=False)
            except (EOFError, click.Abort):
                break
            if question.strip().lower() in ("", "exit", "quit"):
                break
            answer = _stream_answer(app, question, history, body)
            history += [
                {"role": "user", "content": question},
                {"role": "assistant", "content": answer.answer},
            ]
    finally:
        app.close()


def _stream_answer(
    app: App, question: str, history: list[dict[str, str]] | None, body: str | None
) -> Answer:
    """Print the evidence list at once, then the verified answer as it is written."""
    final: Answer | None = None
    for event in app.stream(question, history=history, body=body):
        if isinstance(event, EvidenceEvent):
            if event.citations:
                click.secho("Evidence considered:", dim=True, err=True)
            for c in event.citations:
                page = f", p. {c.page}" if c.page else ""
                click.secho(
                    f"  - {c.doc}{page}: {' '.join(c.quote.split())[:110]}",
                    dim=True,
                    err=True,
                )
        elif isinstance(event, TextDelta):
            click.echo(event.text + " ", nl=False)
        elif isinstance(event, FinalAnswer):
            final = event.answer
    assert final is not None
    if not final.answerable:
        click.echo(final.answer, nl=False)
    click.echo()
    for notice in final.notices:
        click.secho(f"note: {notice}", fg="yellow", err=True)
    if final.citations:
        click.echo("Sources:")
        for c in final.citations:
            page = f", p. {c.page}" if c.page else ""
            click.echo(f'  [{c.n}] {c.doc}{page}: "{" ".join(c.quote.split())[:160]}"')
    return final


@click.command()
@click.option("--body", help="The body to brief for (part of its name will do).")
@click.option("--date", "date_", help="The meeting to brief for (YYYY-MM-DD) [the next one].")
@click.option("--for", "for_person", help="A personal brief: a person's initials or name.")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Write the note to FILE.md, FILE.docx or FILE.pdf.",
)
@click.option(
    "--full",
    is_flag=True,
    help="List every open and closed action, not only the ones a note has room for.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the note as JSON.")
@click.pass_context
def brief(
    ctx: click.Context,
    body: str | None,
    date_: str | None,
    for_person: str | None,
    out: Path | None,
    full: bool,
    as_json: bool,
) -> None:
    """A briefing note before a meeting: the last meeting's decisions, open actions by owner
    (overdue first), actions closed since, the forward plan and any inconsistencies in the
    papers, every bullet cited to document and page.

    \b
    Examples:
      minutes brief --body "Children's Trust"
      minutes brief --for LJ --out lj-brief.docx
    """
    if not body and not for_person:
        raise click.UsageError("name a body (--body) or a person (--for)")
    app = app_of(ctx)
    try:
        note = app.brief(body, parse_date(date_), for_person, full=full)
    except (LookupError, ValueError) as exc:
        click.echo(f"Cannot brief: {exc}", err=True)
        ctx.exit(1)
    finally:
        app.close()
    if out is not None:
        try:
            written = app.export_brief(note, out)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--out") from exc
        click.echo(f"Wrote {written}", err=True)
    if as_json:
        emit_json(app.brief_json(note))
    elif out is None:
        click.echo(app.brief_markdown(note))
