"""What the commands share: the App of the run, JSON output, dates, who is asking."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from typing import Any

import click

from assistant.app import App


def app_of(ctx: click.Context) -> App:
    return ctx.ensure_object(App)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"'{value}' is not a date: use YYYY-MM-DD") from exc


def login() -> str:
    """Who is making a correction, when --by does not say: the login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        return "unknown"
