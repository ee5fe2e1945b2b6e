"""The `minutes` command: a thin adapter over assistant.app.App."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from .app import App, action_json, answer_json, expand_paths, person_json
from .records import ActionItem, Answer, EvidenceEvent, FinalAnswer, IngestResult, TextDelta
from .store import IndexBusy


def _app(ctx: click.Context) -> App:
    return ctx.ensure_object(App)


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"'{value}' is not a date: use YYYY-MM-DD") from exc


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


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one result per file as JSON.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Add files or folders (walked recursively) to the index.

    Unchanged files are skipped, changed files replace their old version, and a file that
    cannot be read is reported by name while the rest go on. Exit code 1 if any file failed.
    """
    from tqdm import tqdm

    app = _app(ctx)
    bar = tqdm(
        desc="Ingesting", unit="file", disable=as_json or not sys.stderr.isatty(), file=sys.stderr
    )

    def progress(name: str) -> None:
        bar.set_postfix_str(name[-40:])
        bar.update(1)

    bar.total = len(expand_paths(paths)[0])
    try:
        results = app.ingest(
            paths, progress=progress, notify=lambda message: click.echo(message, err=True)
        )
    except IndexBusy as exc:
        bar.close()
        click.echo(f"error: {exc}", err=True)
        ctx.exit(2)
    except KeyboardInterrupt:
        bar.close()
        docs = app.documents()
        pending = sum(1 for d in docs if d.state != "complete")
        click.echo(
            f"Interrupted. The index keeps {len(docs) - pending} complete document(s); "
            f"{pending} left half-done will be redone. Run the same command again to finish: "
            "files already stored are skipped.",
            err=True,
        )
        ctx.exit(130)
    bar.close()
    if as_json:
        _emit_json([r.model_dump() for r in results])
    else:
        _print_ingest_summary(results)
    if any(r.status == "failed" for r in results):
        ctx.exit(1)


def _print_ingest_summary(results: list[IngestResult]) -> None:
    for r in results:
        if r.status == "failed":
            click.echo(f"FAILED     {r.name}: {r.error}", err=True)
        for warning in r.warnings:
            click.echo(f"warning    {r.name}: {warning}", err=True)
    skipped = [r.name for r in results if r.status == "skipped"]
    if skipped:
        shown = ", ".join(skipped[:5]) + (
            f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        )
        click.echo(f"skipped    {len(skipped)} file(s) of a type not read: {shown}", err=True)
    counts = {
        s: sum(1 for r in results if r.status == s)
        for s in ("ingested", "updated", "unchanged", "failed")
    }
    pages = sum(r.pages for r in results if r.status != "failed")
    chunks = sum(r.chunks for r in results if r.status != "failed")
    embedded = sum(r.embedded for r in results)
    click.echo(
        f"{len(results)} file(s): {counts['ingested']} ingested, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged, {counts['failed']} failed; "
        f"{pages} pages, {chunks} chunks, {embedded} embedded."
    )


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON.")
@click.pass_context
def docs(ctx: click.Context, as_json: bool) -> None:
    """List the ingested documents, with pages, chunks, body and date."""
    documents = _app(ctx).documents()
    if as_json:
        _emit_json([d.model_dump() for d in documents])
        return
    if not documents:
        click.echo("No documents yet. Add some with: minutes ingest PATH")
        return
    for d in documents:
        state = "" if d.state == "complete" else "  [incomplete: re-run ingest]"
        meta = ", ".join(x for x in (d.body, d.date.isoformat() if d.date else None) if x)
        click.echo(
            f"{d.doc_id}  {d.name}  {d.pages} p, {d.chunks} chunks"
            f"{'  ' + meta if meta else ''}{state}"
        )
        for warning in d.warnings:
            click.echo(f"    warning: {warning}")


@main.command()
@click.argument("doc")
@click.pass_context
def remove(ctx: click.Context, doc: str) -> None:
    """Remove a document from the index, by doc id, file name or path."""
    removed = _app(ctx).remove(doc)
    if not removed:
        click.echo(f"No document matches '{doc}'. See: minutes docs", err=True)
        ctx.exit(1)
    for d in removed:
        click.echo(f"Removed {d.name} ({d.doc_id})")


@main.command()
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
    hits = _app(ctx).search(
        query, k=k, body=body, doc=doc, date_from=_date(since), date_to=_date(until)
    )
    if as_json:
        _emit_json(
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


@main.command()
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
    app = _app(ctx)
    try:
        if as_json:
            _emit_json(answer_json(app.ask(question, body=body)))
        else:
            _stream_answer(app, question, None, body)
    finally:
        app.close()


@main.command()
@click.option("--body", help="Only this body (part of its name will do).")
@click.pass_context
def chat(ctx: click.Context, body: str | None) -> None:
    """Talk with the minutes: follow-up questions ("and what about KA?") use the history.
    An empty line, 'exit' or Ctrl-D ends the chat."""
    app = _app(ctx)
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


@main.command()
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
    app = _app(ctx)
    try:
        note = app.brief(body, _date(date_), for_person, full=full)
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
        _emit_json(app.brief_json(note))
    elif out is None:
        click.echo(app.brief_markdown(note))


@main.command()
@click.option("--owner", help="A person: initials (LJ), name, surname or title (the Clerk).")
@click.option(
    "--status",
    type=click.Choice(["open", "closed", "unknown", "all"]),
    default="open",
    show_default=True,
    help="Current status, after later updates.",
)
@click.option("--body", help="Only this body (part of its name will do).")
@click.option("--since", help="Only actions from meetings on or after this date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print the actions as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the actions as CSV.")
@click.pass_context
def actions(
    ctx: click.Context,
    owner: str | None,
    status: str,
    body: str | None,
    since: str | None,
    as_json: bool,
    as_csv: bool,
) -> None:
    """The action register: who owes what, its status and where it was recorded.

    \b
    Examples:
      minutes actions --owner LJ                 # LJ's open actions
      minutes actions --status all --body parish --csv > actions.csv
    """
    found = _app(ctx).actions(owner=owner, status=status, body=body, since=_date(since))
    if as_json:
        _emit_json([action_json(a) for a in found])
        return
    if as_csv:
        _write_actions_csv(found)
        return
    if not found:
        who = f" for {owner}" if owner else ""
        click.echo(f"No {status if status != 'all' else ''} actions{who} in the register.")
        return
    for a in found:
        owners = ", ".join(a.owners) or "(no owner named)"
        meeting = ", ".join(
            x for x in (a.body, a.meeting_date.isoformat() if a.meeting_date else None) if x
        )
        page = f", p. {a.source.page}" if a.source.page else ""
        click.echo(f"[{a.status}] {a.description}")
        click.echo(
            f"    owner: {owners}"
            + (f"   progress: {a.progress}" if a.progress else "")
            + (f"   due: {a.due}" if a.due else "")
        )
        if a.unresolved:
            click.echo(f"    unresolved initials: {', '.join(a.unresolved)}")
        click.echo(f"    source: {a.source.doc}{page} ({meeting})")
        for update in a.history:
            when = update.meeting_date.isoformat() if update.meeting_date else "?"
            kind = "possible update" if update.tentative else "update"
            click.echo(
                f"    {kind} {when} [{update.status}]: {update.text[:120]} ({update.source.doc})"
            )


def _write_actions_csv(found: list[ActionItem]) -> None:
    import csv

    writer = csv.writer(sys.stdout)
    writer.writerow(
        [
            "id",
            "status",
            "description",
            "owners",
            "progress",
            "due",
            "body",
            "meeting_date",
            "doc",
            "page",
            "quote",
        ]
    )
    for a in found:
        writer.writerow(
            [
                a.id,
                a.status,
                a.description,
                "; ".join(a.owners),
                a.progress or "",
                a.due or "",
                a.body or "",
                a.meeting_date or "",
                a.source.doc,
                a.source.page or "",
                a.source.quote,
            ]
        )


@main.command()
@click.option("--body", help="Only this body (part of its name will do).")
@click.option("--json", "as_json", is_flag=True, help="Print the people as JSON.")
@click.pass_context
def people(ctx: click.Context, body: str | None, as_json: bool) -> None:
    """People named in attendance lists: name, initials, role, organisation, body."""
    found = _app(ctx).people(body=body)
    if as_json:
        _emit_json([person_json(p) for p in found])
        return
    if not found:
        click.echo("No people found. Ingest minutes with attendance lists first.")
    for p in found:
        extra = ", ".join(x for x in (p.role, p.organisation) if x)
        click.echo(f"{p.display}{' - ' + extra if extra else ''}  [{p.attendance}; {p.body}]")


@main.command(name="eval")
@click.option(
    "--gold",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="A gold directory (the format of ../shared/gold) [MINUTES_SHARED_DIR/gold].",
)
@click.option(
    "--corpus",
    multiple=True,
    type=click.Path(path_type=Path, exists=True),
    help="Folder of documents to ingest (repeatable) [the folders holding gold docs].",
)
@click.option(
    "--backend",
    type=click.Choice(["none", "local", "server", "openai"]),
    default="none",
    show_default=True,
    help="The LLM that answers.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("evals/runs"),
    show_default=True,
    help="Where each run's report is saved.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report.")
@click.option("--compare", is_flag=True, help="Show deltas against the previous run.")
@click.option(
    "--fast",
    is_flag=True,
    help="The CI subset; exit 1 when a metric falls below evals/thresholds.json.",
)
@click.option("--no-qmsum", is_flag=True, help="Skip the QMSum committee transcripts.")
def eval_(
    gold: Path | None,
    corpus: tuple[Path, ...],
    backend: str,
    out: Path,
    as_json: bool,
    compare: bool,
    fast: bool,
    no_qmsum: bool,
) -> None:
    """Score the assistant against gold annotations: actions, questions, citations,
    faithfulness, retrieval and QMSum, in a fresh temporary index (never yours)."""
    from evals.harness import evaluate

    text, regressions = evaluate(
        gold,
        list(corpus) or None,
        backend,
        out,
        fast,
        compare_previous=compare,
        as_json=as_json,
        qmsum=not no_qmsum,
    )
    click.echo(text)
    for failure in regressions:
        click.echo(f"REGRESSION {failure}", err=True)
    if regressions:
        sys.exit(1)


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 to share on your network).",
)
@click.option("--port", default=7860, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--auth",
    help="Require a login, given as user:pass (seen by anyone who can list processes: "
    "prefer --auth-file or MINUTES_AUTH).",
)
@click.option(
    "--auth-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Require a login, read as user:pass from the file's first line.",
)
@click.pass_context
def serve(
    ctx: click.Context, host: str, port: int, auth: str | None, auth_file: Path | None
) -> None:
    """Start the web UI: chat with citations, the action register, briefings, documents.

    Only this machine can reach it unless --host says otherwise. A login comes from
    --auth-file, else --auth, else the MINUTES_AUTH environment variable.
    """
    from assistant.ui.layout import serve as run_ui
    from assistant.ui.network import is_loopback, port_free

    app = _app(ctx)
    if auth_file is not None:
        auth = auth_file.read_text(encoding="utf-8").strip().split("\n")[0].strip()
    auth = auth or app.settings.auth
    if auth is not None and ":" not in auth:
        raise click.BadParameter("give it as user:pass", param_hint="--auth")
    if auth is None and not is_loopback(host):
        click.echo(
            f"warning: serving on {host} without a login: anyone who can reach this machine "
            "can read and change the index (give --auth-file)",
            err=True,
        )
    if not port_free(host, port):
        click.echo(f"error: port {port} on {host} is in use; pick another with --port", err=True)
        ctx.exit(2)
    click.echo(f"Minutes Assistant on http://{host}:{port}  (Ctrl-C to stop)", err=True)
    try:
        run_ui(app, host=host, port=port, auth=auth)
    finally:
        app.close()


if __name__ == "__main__":  # pragma: no cover
    main()
