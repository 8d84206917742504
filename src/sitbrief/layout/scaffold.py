"""`layouts new`: scaffold a layout that extends a base and copies nothing it does not change."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from sitbrief.core.errors import LayoutError
from sitbrief.core.yamlio import dump_yaml
from sitbrief.layout.search import LAYOUT_FILE

NAME = re.compile(r"^[a-z][a-z0-9_-]{0,40}$")
RATIOS = {(16, 9): "16:9", (4, 3): "4:3", (16, 10): "16:10"}

HEADER = """\
# Layout {name!r}: starts as an exact copy of {base!r} and overrides only what you set here.
# Mappings merge key by key with {base!r}'s settings; lists (sections, slides, fallbacks)
# replace the parent's list whole. Paths are relative to this folder and must stay inside it.
# Run `sitbrief layouts show {name}` to see the merged result and
#     `sitbrief layouts check {name}` to validate it.
name: {name}
description: {name} house style (edit me)
extends: {base}
"""

EXAMPLES = """
# --- Brand: uncomment and edit what you need ----------------------------------------------
# brand:
#   organisation: Your Organisation
#   palette:                    # named colours (#RRGGBB)
#     corporate_blue: "#0A4D8C"
#     signal_orange: "#E5701A"
#   roles:                      # primary accent text muted surface alert judgement rule
#     primary: corporate_blue   #   past planned background — a palette name or #RRGGBB
#     accent: signal_orange
#   logo: assets/logo.png       # PNG or JPEG, at most 4000x4000 pixels
#   fonts:
#     body:                     # TrueType (.ttf) files you are licensed to embed
#       family: Your Sans
#       regular: assets/fonts/YourSans-Regular.ttf
#       bold: assets/fonts/YourSans-Bold.ttf
#
# --- Page ------------------------------------------------------------------------------------
# page:
#   size: A4                    # A4, A3, A5, Letter, Legal
#   orientation: portrait
#   margins_mm: {top: 20, right: 18, bottom: 20, left: 18}
#
# --- Marking shown on every page and slide ------------------------------------------------
# marking:
#   level: OFFICIAL
#   levels:
#     OFFICIAL: {text: OFFICIAL, foreground: "#FFFFFF", background: "#1F4E9C", portion: O}
#   distribution: "Internal use only"
#   portion_marks: false
#
# --- Dates -------------------------------------------------------------------------------------
# dates:
#   style: dtg                  # prose ("19 Oct 2023") or dtg ("191200Z OCT 23")
#
# --- Likelihood of analyst judgements -------------------------------------------------------
# likelihood:
#   scale: phia                 # icd203 (default), phia, or a scale you define:
#   legend: true                # print the scale under the key judgements
#   scales:
#     house:
#       title: House likelihood scale
#       short: House
#       terms:                  # least to most likely; range in percent
#         - {term: unlikely, range: [0, 40]}
#         - {term: likely, aliases: [probable], range: [60, 100]}
#
# --- Report sections (the whole list; order matters) --------------------------------------
# report:
#   sections:
#     - kind: header
#     - kind: key_judgements    # before or after the BLUF
#     - kind: bluf
#       title: Summary          # a title here overrides templates/section_title.j2
#     - kind: key_facts
#     - kind: timeline
#     - kind: sources
#
# --- Wording -------------------------------------------------------------------------------------
# Copy a template from the base layout's templates/ folder into ./templates/ to change it,
# or override one block of it in ./templates/section_title.j2:
#   {% extends "base/section_title.j2" %}
#   {% block section_title %}{{ 'Summary' if kind == 'bluf' else super() }}{% endblock %}
"""


def new_layout(name: str, base: str = "default", master: Path | None = None,
               folder: Path | None = None) -> Path:
    """Create layout `name` under `folder` (default ./layouts) extending `base`; return its path."""
    from sitbrief.layout.loader import load_layout

    if not NAME.match(name):
        raise LayoutError(f"layout name {name!r}: use lower-case letters, digits, '-' or '_'")
    base_layout = load_layout(base)
    target = (folder or Path("layouts")) / name
    if target.exists():
        raise LayoutError(f"{target} already exists; choose another name or --dir")
    text = HEADER.format(name=name, base=base_layout.folder.name)
    if master:
        deck, asset = _deck_from_master(master)
        text += "\n" + deck
    (target / "templates").mkdir(parents=True)
    (target / "assets").mkdir()
    if master:
        shutil.copyfile(master, target / asset)
    (target / LAYOUT_FILE).write_text(text + EXAMPLES, encoding="utf-8")
    return target


def _deck_from_master(master: Path) -> tuple[str, Path]:
    """Return a deck section mapping `master`'s layouts, and the asset path to copy it to."""
    from sitbrief.layout.deck_contract import describe, starting_slots
    from sitbrief.layout.deck_template import open_deck_template

    prs = open_deck_template(master)
    infos = describe(prs)
    asset = Path("assets") / _safe_filename(master.name)
    deck: dict[str, Any] = {"template": asset.as_posix(),
                            "slide_size": _ratio(prs.slide_width, prs.slide_height),
                            "slots": starting_slots(infos)}
    listing = "\n".join(_describe_layout(info) for info in infos)
    text = (f"# Deck template {master.name}: its slide layouts and placeholders are listed below.\n"
            "# Map sitbrief's slots to them (a placeholder by idx, type or name).\n"
            f"{listing}\n{dump_yaml({'deck': deck})}")
    return text, asset


def _describe_layout(info: Any) -> str:
    """Return one comment line describing a template slide layout."""
    places = ", ".join(f"idx {p.idx} {p.type} {p.name!r}" for p in info.placeholders)
    return f"#   master {info.master}: {info.name!r} — {places or 'no placeholders'}"


def _ratio(width: int, height: int) -> str:
    """Return the closest named slide ratio for a width and height in EMU."""
    return min(RATIOS.items(), key=lambda item: abs(item[0][0] / item[0][1] - width / height))[1]


def _safe_filename(name: str) -> str:
    """Return `name` with characters other than letters, digits, '.', '-' and '_' replaced."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)
