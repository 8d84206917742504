"""`sitbrief layouts ...`: list, show, scaffold and check organisation layouts.

Everything heavy (pydantic models, python-pptx, ReportLab) is imported inside the commands so
that importing this module, and `sitbrief --help`, stays cheap.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from sitbrief.core.errors import EXIT_LAYOUT, LayoutError


class LayoutCommandError(click.ClickException):
    """A layout problem reported as one line, exiting with the layout exit code."""

    exit_code = EXIT_LAYOUT


def _search(extra: tuple[Path, ...]) -> list[Path] | None:
    """Return the extra search folders given with --search, if any."""
    return list(extra) or None


SEARCH = click.option("--search", "search", multiple=True, type=click.Path(path_type=Path),
                      help="Also look for layouts in this folder (first); repeatable.")


@click.group("layouts")
def layouts() -> None:
    """List, show, create and check layouts (house styles)."""


@layouts.command("list")
@SEARCH
def list_command(search: tuple[Path, ...]) -> None:
    """List layouts on the search path: name, where it comes from, description."""
    from sitbrief.layout.listing import list_layouts

    entries = list_layouts(_search(search))
    width = max((len(e.name) for e in entries), default=4)
    for entry in entries:
        note = "  (shadowed)" if entry.shadowed else ""
        click.echo(f"{entry.name:<{width}}  {entry.origin:<18}  {entry.description}{note}")
        click.echo(f"{'':<{width}}  {entry.folder}")


@layouts.command("show")
@click.argument("name")
@SEARCH
def show_command(name: str, search: tuple[Path, ...]) -> None:
    """Show the search path, the extends chain and the merged settings of NAME."""
    from sitbrief.layout.listing import show_text
    from sitbrief.layout.loader import load_layout

    try:
        click.echo(show_text(load_layout(name, _search(search))), nl=False)
    except LayoutError as exc:
        raise LayoutCommandError(str(exc)) from None


@layouts.command("new")
@click.argument("name")
@click.option("--from", "base", default="default", show_default=True,
              help="The layout to extend.")
@click.option("--master", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your PowerPoint master (.pptx or .potx) to map slides onto.")
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=Path("layouts"), show_default=True, help="Where to create the layout.")
@click.option("--force", is_flag=True,
              help="The layout exists: replace its master with --master (like `layouts master`).")
def new_command(name: str, base: str, master: Path | None, folder: Path, force: bool) -> None:
    """Create layout NAME extending BASE, with a commented layout.yaml."""
    from sitbrief.layout.scaffold import new_layout

    target = folder / name
    if force and target.exists():
        if master is None:
            raise LayoutCommandError(f"{target} exists; --force replaces its master, so give "
                                     "--master FILE (your other settings are kept)")
        _replace_master(str(target), master, ())
        return
    try:
        target = new_layout(name, base, master, folder)
    except LayoutError as exc:
        raise LayoutCommandError(str(exc)) from None
    click.echo(f"created {target}/layout.yaml (extends {base})")
    click.echo(f"next: edit it, then run `sitbrief layouts check {target}`")


@layouts.command("master")
@click.argument("name")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@SEARCH
def master_command(name: str, file: Path, search: tuple[Path, ...]) -> None:
    """Give layout NAME (or DIR) the PowerPoint master FILE and remap its slots to it.

    The master is copied into the layout's assets/; each deck slot is kept when its slide
    layout and placeholders exist in FILE, else remapped. Prints what changed.
    """
    _replace_master(name, file, search)


def _replace_master(name: str, file: Path, search: tuple[Path, ...]) -> None:
    """Replace a layout's master and print the changes, or fail with the layout exit code."""
    from sitbrief.layout.remaster import replace_master

    try:
        folder, changes = replace_master(name, file, _search(search))
    except LayoutError as exc:
        raise LayoutCommandError(str(exc)) from None
    click.echo(f"{folder}/layout.yaml: new master {file.name}")
    for line in changes:
        click.echo(f"  {line}")
    click.echo(f"next: run `sitbrief layouts check {folder}`")


@layouts.command("check")
@click.argument("target")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--no-build", is_flag=True, help="Skip the sample build.")
@SEARCH
def check_command(target: str, as_json: bool, no_build: bool, search: tuple[Path, ...]) -> None:
    """Check layout NAME or DIR: settings, assets, fonts, deck template, a sample build."""
    from sitbrief.run.check import check_layout

    report = check_layout(target, _search(search), build=not no_build)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        _print_report(report)
    if not report.ok:
        raise SystemExit(EXIT_LAYOUT)


def _print_report(report) -> None:
    """Print findings one per line, errors to stderr, then a verdict."""
    for finding in report.findings:
        line = f"{finding.level}: {finding.topic}: {finding.message}"
        click.echo(line, err=finding.level == "error")
    errors = sum(f.level == "error" for f in report.findings)
    warnings = sum(f.level == "warning" for f in report.findings)
    name = report.layout or report.target
    verdict = "OK" if report.ok else "FAILED"
    click.echo(f"layout {name}: {verdict} ({errors} error(s), {warnings} warning(s))")
