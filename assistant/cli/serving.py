"""`minutes eval` and `serve`: the eval harness and the web UI."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import app_of


@click.command(name="eval")
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


@click.command()
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

    app = app_of(ctx)
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
