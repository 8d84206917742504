"""The `sitbrief lint` command: check a fact file's estimative language against a layout's scale."""

from __future__ import annotations

from pathlib import Path

import click

from sitbrief.cli.options import debug_option


@click.command()
@click.argument("facts", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--layout", "layout", metavar="NAME|DIR",
              help="Layout whose likelihood scale applies (default: default, ICD 203).")
@click.option("--strict", is_flag=True, help="Fail (exit 6) when there is any finding.")
@debug_option
def lint(facts: tuple[Path, ...], layout: str | None, strict: bool) -> None:
    """Check the analyst's wording in fact files (FACTS: .yaml, .yml or .json).

    Each finding is printed as FILE:LINE: field: problem, with the scale's term to use.
    Exit 0 when there are only findings (6 with --strict), 1 when a likelihood is not on the
    layout's scale (the brief could not be built).

    \b
    Examples:
      sitbrief lint facts.yaml
      sitbrief lint facts.yaml --layout ministry --strict
    """
    from sitbrief.compose.lint import lint_facts
    from sitbrief.core.errors import FactsError, StrictError
    from sitbrief.facts.io import FACT_SUFFIXES, load_facts_located
    from sitbrief.layout import load_layout
    from sitbrief.layout.scales import scale_of

    bad = [p for p in facts if p.suffix.lower() not in FACT_SUFFIXES]
    if bad:
        raise click.BadParameter(f"{bad[0]}: lint checks fact files (.yaml, .yml, .json); extract "
                                 f"one first: sitbrief extract {bad[0]} -o facts.yaml",
                                 param_hint="FACTS")
    chosen = load_layout(layout)
    scale = scale_of(chosen.settings.likelihood)
    total = errors = 0
    for path in facts:
        loaded, lines = load_facts_located(path)
        findings = lint_facts(loaded, chosen, lines)
        for finding in findings:
            click.echo(finding.text(str(path)))
        total += len(findings)
        errors += sum(1 for f in findings if f.error)
    where = f"{len(facts)} fact files" if len(facts) > 1 else str(facts[0])
    click.echo(f"sitbrief: {where}: {_count(total)} (layout {chosen.name}, {scale.short})", err=True)
    if errors:
        raise FactsError(f"{where}: {errors} likelihood{'s' if errors > 1 else ''} not on the "
                         f"{scale.title}; a brief cannot be built with layout {chosen.name!r}")
    if strict and total:
        raise StrictError(f"{where}: {_count(total)} (--strict turns findings into errors)")


def _count(number: int) -> str:
    """Return 'no findings', '1 finding' or 'N findings'."""
    return "no findings" if number == 0 else f"{number} finding{'s' if number > 1 else ''}"
