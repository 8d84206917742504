"""The `sitbrief build` command: one or many inputs to PDF and PPTX briefs."""

from __future__ import annotations

from pathlib import Path

import click

from sitbrief.cli.options import debug_option, encoding_option, iso_date_option


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    bad = [f for f in formats if f not in ("pdf", "pptx")]
    if bad or not formats:
        raise click.BadParameter(f"{value!r}: choose pdf, pptx or pdf,pptx")
    return formats


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--layout", "layout", metavar="NAME|DIR", help="Layout name or folder (default: default).")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("decks"),
              show_default=True, help="Output folder.")
@click.option("--to", "formats", default="pdf,pptx", show_default=True, callback=_formats,
              help="Outputs to write: pdf, pptx or both.")
@click.option("--published", callback=iso_date_option, metavar="YYYY-MM-DD", help="Publication date override.")
@click.option("--source", metavar="NAME", help="Outlet name override.")
@click.option("--encoding", metavar="ENC", callback=encoding_option,
              help="Text encoding of the articles (e.g. cp1252, auto).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 6).")
@click.option("--force", is_flag=True, help="Rebuild even when nothing changed.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Parallel builds (default: number of CPUs).")
@click.option("--digest", is_flag=True, help="One combined report and deck for all inputs.")
@click.option("--merge", is_flag=True, help="The inputs report one story: merge them into one fact model and brief.")
@click.option("--since", "since", metavar="PREVIOUS.facts.yaml", type=click.Path(path_type=Path),
              help="The fact file saved beside the previous brief of the story: add what changed since.")
@click.option("--watch", is_flag=True, help="Rebuild when the inputs or the layout change.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print every warning and output path.")
@debug_option
def build(inputs: tuple[str, ...], layout: str | None, out: Path, formats: tuple[str, ...],
          published, source, encoding, strict, force, jobs, digest, merge, since, watch, quiet,
          verbose) -> None:
    """Build PDF and PPTX briefs from articles or reviewed fact files.

    INPUT may be an article (.txt, .md, .html), a fact file (.yaml, .json), a folder or a glob.

    \b
    Examples:
      sitbrief build seeds/kyodo-2023-10-19-japan-australia-defence-talks.txt
      sitbrief build facts.yaml --layout ministry --to pdf
      sitbrief build 'feed/*.txt' --jobs 2 --out decks/today
      sitbrief build feed/ --digest
      sitbrief build wire.txt release.html readout.txt --merge
      sitbrief build update.txt --since decks/2024-03-04-talks.facts.yaml
    """
    from sitbrief.run.batch import run_build
    from sitbrief.run.build import BuildOptions

    if digest and merge:
        raise click.UsageError("--digest and --merge exclude each other: a digest keeps stories apart, "
                               "--merge makes one story")
    if since is not None and digest:
        raise click.UsageError("--since compares one brief with the previous one; it cannot be used "
                               "with --digest")
    if since is not None and len(inputs) > 1 and not merge:
        raise click.UsageError("--since compares one brief with the previous one; give one input "
                               "(or several reports of one story with --merge)")
    options = BuildOptions(layout=layout, out=out, formats=formats, published=published,
                           source=source, encoding=encoding, strict=strict, force=force, since=since)
    run_build(list(inputs), options, jobs=jobs, digest=digest, watch=watch,
              quiet=quiet, verbose=verbose, merge=merge)
