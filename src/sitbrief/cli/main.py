"""The `sitbrief` command: extract facts, build briefs, inspect schemas and layouts.

Stages are imported inside commands so that `sitbrief --help` never loads ReportLab or
python-pptx. Every user mistake ends in one line on stderr and a documented exit code.
"""

from __future__ import annotations

import errno
import os
import sys
import traceback
from datetime import date
from pathlib import Path

import click

from sitbrief import __version__
from sitbrief.cli.build import build
from sitbrief.cli.layouts import layouts
from sitbrief.cli.lint import lint
from sitbrief.cli.options import debug_option, encoding_option, iso_date_option
from sitbrief.core.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, SitbriefError

DEBUG_ENV = "SITBRIEF_DEBUG"
# OS errors about files and folders the user can fix (anything else is a bug: exit 70).
_FILE_SYSTEM_ERRORS = {getattr(errno, name) for name in (
    "ENOENT", "EACCES", "EPERM", "ENOTDIR", "EISDIR", "ENOSPC", "EROFS", "EDQUOT", "EEXIST",
    "ENAMETOOLONG", "EMFILE", "ENFILE", "EXDEV", "EIO", "ELOOP") if hasattr(errno, name)}


class SitbriefGroup(click.Group):
    """A Click group that turns every error into one line on stderr and a documented exit code."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Run the command line; usage errors too end in one line (exit 2)."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            hint = f"; see '{exc.ctx.command_path} --help'" if exc.ctx else ""
            _fail(exc.format_message() + hint, exc.exit_code)
        except click.ClickException as exc:
            _fail(exc.format_message(), exc.exit_code)
        except click.Abort:
            _fail("interrupted; outputs written so far are complete, nothing was half-written",
                  EXIT_INTERRUPTED)
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            code = 0
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: click.Context):
        """Invoke the subcommand and turn its failures into one line and an exit code."""
        try:
            return super().invoke(ctx)
        except SitbriefError as exc:
            _fail(str(exc), exc.exit_code, _debug(ctx))
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise
            if exc.errno not in _FILE_SYSTEM_ERRORS:
                _internal(exc, _debug(ctx))
            _fail(_os_message(exc), EXIT_INPUT, _debug(ctx))
        except KeyboardInterrupt:
            _fail("interrupted; outputs written so far are complete, nothing was half-written",
                  EXIT_INTERRUPTED, _debug(ctx))
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            _internal(exc, _debug(ctx))


def _debug(ctx: click.Context) -> bool:
    """Tell whether tracebacks were asked for (--debug or SITBRIEF_DEBUG=1)."""
    env = os.environ.get(DEBUG_ENV, "").strip().lower()
    return bool(ctx.meta.get("debug")) or env not in ("", "0", "false", "no")


def _os_message(exc: OSError) -> str:
    """Explain a file-system failure (no space, no permission, not a folder) the user can fix."""
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}; check the path, its permissions and the free disk space"


def _internal(exc: BaseException, debug: bool) -> None:
    """Report an unexpected exception as an internal error (exit 70)."""
    _fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the "
          "traceback and please report it)", EXIT_INTERNAL, debug)


def _fail(message: str, code: int, debug: bool = False) -> None:
    """Print `message` as one line on stderr (after the traceback when debugging) and exit with `code`."""
    if debug:
        traceback.print_exc()
    click.echo(f"sitbrief: error: {' '.join(message.split())}", err=True)
    sys.exit(code)


@click.group(name="sitbrief", cls=SitbriefGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="sitbrief")
@click.option("--debug", is_flag=True, help="Show the full traceback on errors (or set SITBRIEF_DEBUG=1).")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn a news article into a sourced PDF situation report and PowerPoint briefing.

    \b
    Typical use:
      sitbrief build seeds/article.txt              # PDF + PPTX into decks/
      sitbrief extract article.txt -o facts.yaml    # review and edit the facts...
      sitbrief lint facts.yaml --layout ministry    # check the analyst's wording...
      sitbrief build facts.yaml --layout ministry   # ...then build from them
    """
    ctx.meta["debug"] = debug or ctx.meta.get("debug", False)


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the fact model here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default=None,
              help="Output format (default: from the -o suffix, else yaml).")
@click.option("--published", callback=iso_date_option, metavar="YYYY-MM-DD",
              help="Publication date; overrides the date found in the text (of every report with --merge).")
@click.option("--source", metavar="NAME", help="Outlet name; overrides the one found in the text.")
@click.option("--encoding", metavar="ENC", callback=encoding_option,
              help="Text encoding of the article (e.g. cp1252, or auto).")
@click.option("--merge", is_flag=True, help="The articles report one story: write one merged fact model.")
@debug_option
def extract(articles: tuple[Path, ...], output: Path | None, fmt: str | None, published: date | None,
            source: str | None, encoding: str | None, merge: bool) -> None:
    """Extract the fact model of ARTICLE (.txt, .md or .html) for review.

    With --merge, several reports of one story (articles, or single-report fact files) make one
    fact model: evidence ids unique across reports, each item listing the reports that support
    it, and every discrepancy between them recorded.

    \b
    Examples:
      sitbrief extract seeds/kyodo-2023-10-19-japan-australia-defence-talks.txt
      sitbrief extract story.html --published 2024-03-03 -o facts.yaml
      sitbrief extract wire.txt release.html readout.txt --merge -o story.yaml
    """
    from sitbrief.facts.io import dump_facts
    from sitbrief.run.atomic import write_text

    if len(articles) > 1 and not merge:
        raise click.UsageError("several articles given: add --merge to make one story of them, "
                               "or extract them one at a time")
    if merge:
        from sitbrief.run.build import BuildOptions
        from sitbrief.run.story import merged_facts

        options = BuildOptions(published=published, source=source, encoding=encoding)
        facts = merged_facts(list(articles), options)
    else:
        from sitbrief.extract import extract_facts
        from sitbrief.read.article import read_article

        facts = extract_facts(read_article(articles[0], encoding=encoding), published, source)
    fmt = fmt or ("json" if output and output.suffix == ".json" else "yaml")
    text = dump_facts(facts, fmt)
    for warning in facts.warnings:
        click.echo(f"sitbrief: warning: {warning}", err=True)
    if output:
        write_text(output, text)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("what", type=click.Choice(["facts", "layout"]))
@debug_option
def schema(what: str) -> None:
    """Print the JSON Schema of the fact model or of layout.yaml.

    \b
    Example:
      sitbrief schema facts > facts.schema.json
    """
    import json

    if what == "facts":
        from sitbrief.facts.model import Facts as model
    else:
        from sitbrief.layout.schema import LayoutSettings as model
    click.echo(json.dumps(model.model_json_schema(), indent=2))


main.add_command(build)
main.add_command(layouts)
main.add_command(lint)

if __name__ == "__main__":  # pragma: no cover
    main()
