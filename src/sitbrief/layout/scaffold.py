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
# Every setting, commented out with its default. Uncomment and edit what you need.
# --- Page (the PDF) ------------------------------------------------------------------------
# page:
#   size: A4                    # A4, A3, A5, Letter, Legal, or [width_mm, height_mm]
#   orientation: portrait       # portrait or landscape
#   margins_mm: {top: 20, right: 18, bottom: 20, left: 18}
#
# --- Brand -----------------------------------------------------------------------------------
# brand:
#   organisation: Your Organisation
#   palette:                    # named colours (#RRGGBB)
#     corporate_blue: "#0A4D8C"
#     signal_orange: "#B35A12"
#   roles:                      # a palette name or #RRGGBB for each role:
#     primary: corporate_blue   #   titles, headings, the cover stripe
#     accent: signal_orange     #   reference marks, links, rules (4.5:1 on background)
#     text: "#1A1A1A"           #   body text
#     muted: "#666666"          #   captions, labels, footers
#     surface: "#F2F4F7"        #   BLUF and quote boxes
#     alert: "#B00020"          #   alerts
#     judgement: "#5B2C83"      #   analyst judgements
#     rule: "#BFC5CE"           #   thin rules
#     past: corporate_blue      #   past events on the timeline
#     planned: signal_orange    #   planned events on the timeline
#     background: "#FFFFFF"     #   the page and slide ground
#   logo: assets/logo.png       # PNG or JPEG, at most 4000x4000 pixels (about 600 px wide is ample)
#   fonts:                      # TrueType (.ttf) files you are licensed to embed
#     body:
#       family: Your Sans
#       regular: assets/fonts/YourSans-Regular.ttf
#       bold: assets/fonts/YourSans-Bold.ttf
#       italic: assets/fonts/YourSans-Italic.ttf
#       bold_italic: assets/fonts/YourSans-BoldItalic.ttf
#     heading:                  # optional; the body face when not set
#       family: Your Serif
#       regular: assets/fonts/YourSerif-Regular.ttf
#     fallbacks: []             # a list replaces the parent's (Cyrillic, Greek, CJK) whole
#   sizes: {title: 17, heading: 11, body: 9.5, small: 7.5}   # the PDF's type sizes (pt)
#
# --- Marking shown on every page and slide ------------------------------------------------
# marking:
#   level: OFFICIAL
#   levels:
#     OFFICIAL: {text: OFFICIAL, foreground: "#FFFFFF", background: "#1F4E9C", portion: O}
#   caveats: ""                 # printed after the level, e.g. "UK EYES ONLY"
#   distribution: "Internal use only"
#   portion_marks: false        # true: every paragraph, bullet, row, quote, card and caption
#                               # starts with the level's portion mark, e.g. "(O)"
#
# --- Dates -------------------------------------------------------------------------------------
# dates:
#   style: prose                # prose ("19 Oct 2023") or dtg ("191200Z OCT 23"; "19 OCT 23"
#                               # when no time is known) for every date in both outputs
#   locale: en-GB
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
#   serial_prefix: SB
#   sections:                   # header bluf changes key_judgements key_facts actors timeline
#     - kind: header            #   quotes context assessment sources related evidence
#     - kind: key_judgements    # before or after the BLUF
#     - kind: bluf
#       title: Summary          # a title here overrides templates/section_title.j2
#     - kind: key_facts
#     - kind: timeline
#       max_items: 12
#     - kind: sources
#       show_evidence: false    # no reference marks in this section
#
# --- Deck --------------------------------------------------------------------------------------
# deck:
#   template: assets/master.pptx   # your PowerPoint master (.pptx or .potx)
#   slide_size: "16:9"          # 16:9, 4:3 or 16:10
#   use_template_theme: false   # true: the deck uses the master's theme fonts and colours
#   slots:                      # a slot = a slide layout of the master + placeholders to fill
#     title: {layout: Title Slide, title: {type: ctrTitle}, subtitle: {idx: 1}}
#     content: {layout: Title Only, title: {type: title}}
#     text: {layout: Title and Content, title: {type: title}, body: {idx: 1}}
#   slides:                     # title bluf changes key_facts actors timeline upcoming quotes
#     - kind: title             #   context assessment sources; the whole list
#     - kind: bluf
#       slot: text              # this slide's text goes into the text slot's body placeholder
#       title: Summary
#     - kind: key_facts
#       max_items: 6
#   sizes: {title: 28, body: 18, floor: 11}   # largest title and body size, smallest text (pt)
#   chrome:                     # auto: the master's own footer/date/number placeholders when
#     stripe: auto              #   it has them, else sitbrief's; stripe and title rule only
#     title_rule: auto          #   where the master draws nothing of its own.
#     footer: auto              # always: sitbrief's own. never: neither.
#     date: auto
#     slide_number: auto
#
# --- Wording -------------------------------------------------------------------------------------
# Copy a template from the base layout's templates/ folder into ./templates/ to change it,
# or override one block of it in ./templates/section_title.j2:
#   {% extends "base/section_title.j2" %}
#   {% block section_title %}{{ 'Summary' if kind == 'bluf' else super() }}{% endblock %}
# `sitbrief layouts check` reports a block name the parent template does not have.
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
        kinds = [spec.kind for spec in base_layout.settings.deck.slides]
        deck, asset = deck_from_master(master, kinds)
        text += "\n" + deck
    (target / "templates").mkdir(parents=True)
    (target / "assets").mkdir()
    if master:
        shutil.copyfile(master, target / asset)
    (target / LAYOUT_FILE).write_text(text + EXAMPLES, encoding="utf-8")
    return target


BEGIN_DECK = "# >>> deck mapping of {name} (`sitbrief layouts master` rewrites this part)"
END_DECK = "# <<< end of the deck mapping"


def deck_from_master(master: Path, kinds: list[str],
                     keep: dict[str, Any] | None = None) -> tuple[str, Path]:
    """Return the deck section for `master` (its listing, then settings) and its asset path.

    `keep` holds deck settings to carry over (a layout's previous deck section): they stay,
    with template, slide size and slots replaced by those that fit the new master.
    """
    from sitbrief.layout.deck_contract import describe, starting_slides, starting_slots
    from sitbrief.layout.deck_template import open_deck_template

    prs = open_deck_template(master)
    infos = describe(prs)
    asset = Path("assets") / _safe_filename(master.name)
    slots = starting_slots(infos)
    deck: dict[str, Any] = {"template": asset.as_posix(),
                            "slide_size": _ratio(prs.slide_width, prs.slide_height),
                            "use_template_theme": True, "slots": slots}
    if "text" in slots:
        deck["slides"] = starting_slides(slots, kinds)
    if keep is not None:
        deck = {**keep, **{k: deck[k] for k in ("template", "slide_size")},
                "slots": keep.get("slots") or deck["slots"]}
    listing = "\n".join(_describe_layout(info) for info in infos)
    text = (f"{BEGIN_DECK.format(name=master.name)}\n"
            f"# Deck template {master.name}: its slide layouts and placeholders are listed below.\n"
            "# Map sitbrief's slots to them (a placeholder by idx, type or name); a slide uses\n"
            "# the slot named by its `slot:`, else `title` (the title slide) or `content`.\n"
            f"{listing}\n{dump_yaml({'deck': deck})}{END_DECK}\n")
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
