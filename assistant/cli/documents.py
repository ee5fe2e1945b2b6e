"""`minutes ingest`, `docs`, `corrections` and `remove`: what is in the index."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import click

from assistant.app import expand_paths
from assistant.contracts import correction_json
from assistant.records import (
    CorrectedField,
    IngestResult,
)
from assistant.store import IndexBusy
from assistant.store.corrections import BadCorrection

from .common import app_of, emit_json, login


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one result per file as JSON.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Add files or folders (walked recursively) to the index.

    Unchanged files are skipped, changed files replace their old version, and a file that
    cannot be read is reported by name while the rest go on. Exit code 1 if any file failed.
    """
    from tqdm import tqdm

    app = app_of(ctx)
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
        emit_json([r.model_dump() for r in results])
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


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON.")
@click.option(
    "--set",
    "fixes",
    nargs=2,
    multiple=True,
    metavar="DOC FIELD=VALUE",
    help="Correct a document's body or meeting date: DOC is its id, file name or path.",
)
@click.option("--note", default="", help="Why, shown with the correction.")
@click.option("--by", "who", help="Who makes the correction [your login name].")
@click.pass_context
def docs(
    ctx: click.Context,
    as_json: bool,
    fixes: tuple[tuple[str, str], ...],
    note: str,
    who: str | None,
) -> None:
    """List the ingested documents, with pages, chunks, body and date.

    A body or date read wrong can be corrected; the correction is kept apart from what was
    read, shown as such, followed by the meeting's actions and passages, and kept when the
    documents are ingested again.

    \b
    Examples:
      minutes docs
      minutes docs --set gb-2019-10.pdf date=2019-10-14 --note "header read as the AGM"
      minutes docs --set gb-2019-10.pdf "body=Oakfield School Governing Board"
    """
    app = app_of(ctx)
    for doc, assignment in fixes:
        field, sep, value = assignment.partition("=")
        if not sep or field.strip() not in ("body", "date"):
            raise click.BadParameter(
                f"'{assignment}': write body=NAME or date=YYYY-MM-DD", param_hint="--set"
            )
        try:
            fixed = app.correct_document(
                doc, cast(CorrectedField, field.strip()), value, who or login(), note
            )
        except (LookupError, BadCorrection) as exc:
            click.echo(f"Cannot correct {doc}: {exc.args[0]}", err=True)
            ctx.exit(1)
        click.echo(f"Corrected {fixed.name}: {fixed.corrections[-1].describe()}", err=True)
    documents = app.documents()
    if as_json:
        emit_json([d.model_dump() for d in documents])
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
        for correction in d.corrections:
            click.echo(f"    corrected: {correction.describe()}")
        for warning in d.warnings:
            click.echo(f"    warning: {warning}")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the corrections as JSON.")
@click.pass_context
def corrections(ctx: click.Context, as_json: bool) -> None:
    """Every correction people have made to the register and the documents, oldest first."""
    made = app_of(ctx).corrections_made()
    if as_json:
        emit_json([correction_json(c) for c in made])
        return
    if not made:
        click.echo("No corrections yet (see minutes actions --help and minutes docs --help).")
    for c in made:
        click.echo(f"{c.at:%Y-%m-%d %H:%M}  {c.kind} {c.target}: {c.describe()}")


@click.command()
@click.argument("doc")
@click.pass_context
def remove(ctx: click.Context, doc: str) -> None:
    """Remove a document from the index, by doc id, file name or path."""
    removed = app_of(ctx).remove(doc)
    if not removed:
        click.echo(f"No document matches '{doc}'. See: minutes docs", err=True)
        ctx.exit(1)
    for d in removed:
        click.echo(f"Removed {d.name} ({d.doc_id})")
