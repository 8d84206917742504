"""Options shared by several commands: --debug after a subcommand, --encoding, dates."""

from __future__ import annotations

from datetime import date

import click

from sitbrief.core.errors import SitbriefError


def _set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """Record --debug given after a subcommand."""
    if value:
        ctx.meta["debug"] = True


def debug_option(command):
    """Accept --debug on a subcommand as well as before it."""
    return click.option("--debug", is_flag=True, expose_value=False, callback=_set_debug,
                        help="Show the full traceback on errors (or set SITBRIEF_DEBUG=1).")(command)


def encoding_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check an --encoding option names a text encoding (or auto)."""
    if value is None:
        return None
    from sitbrief.read.decode import check_encoding

    try:
        return check_encoding(value)
    except SitbriefError as exc:
        raise click.BadParameter(str(exc)) from None


def iso_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Parse a YYYY-MM-DD option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None
