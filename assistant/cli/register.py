"""`minutes actions` and `people`: the action register, and corrections to it."""

from __future__ import annotations

import datetime as dt
import sys
from typing import cast

import click

from assistant.app import App
from assistant.contracts import action_json, actions_csv, person_json
from assistant.records import (
    ActionItem,
    CorrectedField,
)
from assistant.store.corrections import BadCorrection

from .common import app_of, emit_json, login, parse_date


@click.command()
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
@click.option(
    "--set-status",
    nargs=2,
    metavar="ID STATUS",
    help="Correct an action's status (open, closed or unknown).",
)
@click.option("--set-owner", nargs=2, metavar="ID OWNER", help="Correct an action's owner.")
@click.option("--set-due", nargs=2, metavar="ID DUE", help="Correct an action's due date.")
@click.option("--note", default="", help='Why, shown with the correction ("done at the AGM").')
@click.option("--by", "who", help="Who makes the correction [your login name].")
@click.pass_context
def actions(
    ctx: click.Context,
    owner: str | None,
    status: str,
    body: str | None,
    since: str | None,
    as_json: bool,
    as_csv: bool,
    set_status: tuple[str, str] | None,
    set_owner: tuple[str, str] | None,
    set_due: tuple[str, str] | None,
    note: str,
    who: str | None,
) -> None:
    """The action register: who owes what, its status and where it was recorded.

    A correction (--set-status, --set-owner, --set-due) is kept apart from what was read, with
    who made it, when and why; it is shown as such, used by briefings and answers, and kept
    when the documents are ingested again. Find an action's ID with --json or --csv.

    \b
    Examples:
      minutes actions --owner LJ                 # LJ's open actions
      minutes actions --status all --body parish --csv > actions.csv
      minutes actions --set-status 3f2a9c1d0e closed --note "done, see May minutes"
      minutes actions --set-owner 3f2a9c1d0e "Jo Reed" --by "J. Smith"
    """
    app = app_of(ctx)
    asked = [("status", set_status), ("owner", set_owner), ("due", set_due)]
    fixes = [(field, pair) for field, pair in asked if pair]
    if fixes:
        _correct_actions(ctx, app, fixes, note, who or login(), as_json)
        return
    found = app.actions(owner=owner, status=status, body=body, since=parse_date(since))
    if as_json:
        emit_json([action_json(a) for a in found])
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
        for correction in a.corrections:
            click.echo(f"    corrected: {correction.describe()}")
        for update in a.history:
            when = update.meeting_date.isoformat() if update.meeting_date else "?"
            kind = "possible update" if update.tentative else "update"
            click.echo(
                f"    {kind} {when} [{update.status}]: {update.text[:120]} ({update.source.doc})"
            )


def _write_actions_csv(found: list[ActionItem]) -> None:
    sys.stdout.write(actions_csv(found, dt.date.today()))


def _correct_actions(
    ctx: click.Context,
    app: App,
    fixes: list[tuple[str, tuple[str, str]]],
    note: str,
    who: str,
    as_json: bool,
) -> None:
    done: dict[str, ActionItem] = {}
    for field, (action_id, value) in fixes:
        try:
            done[action_id] = app.correct_action(
                action_id, cast(CorrectedField, field), value, who, note
            )
        except (KeyError, BadCorrection) as exc:
            click.echo(f"Cannot correct {action_id}: {exc.args[0]}", err=True)
            ctx.exit(1)
    if as_json:
        emit_json([action_json(a) for a in done.values()])
        return
    for a in done.values():
        click.echo(f"[{a.status}] {a.description}")
        for correction in a.corrections:
            click.echo(f"    corrected: {correction.describe()}")


@click.command()
@click.option("--body", help="Only this body (part of its name will do).")
@click.option("--json", "as_json", is_flag=True, help="Print the people as JSON.")
@click.pass_context
def people(ctx: click.Context, body: str | None, as_json: bool) -> None:
    """People named in attendance lists: name, initials, role, organisation, body."""
    found = app_of(ctx).people(body=body)
    if as_json:
        emit_json([person_json(p) for p in found])
        return
    if not found:
        click.echo("No people found. Ingest minutes with attendance lists first.")
    for p in found:
        extra = ", ".join(x for x in (p.role, p.organisation) if x)
        click.echo(f"{p.display}{' - ' + extra if extra else ''}  [{p.attendance}; {p.body}]")
