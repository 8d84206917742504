"""The deck template: open it, find slide layouts by name across masters, find placeholders.

Slide kinds map to slots (``title`` for the title slide, ``content`` otherwise, unless a slot is
named after the kind); a slot names a layout and how to find its title, subtitle and body
placeholders (by type, idx or name).
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field, replace
from pathlib import Path

from pptx import Presentation

from sitbrief.core.errors import LayoutError
from sitbrief.layout.theme import DeckSlot, Theme
from sitbrief.render.pptx.frame import EMU_PER_PT, Box, emu_box, master_boxes
from sitbrief.render.pptx.inherit import Inherited, inherited
from sitbrief.render.pptx.master import default_master_path, open_default_master

DEFAULT_SLOTS = {
    "title": DeckSlot("Title Slide", {"title": {"type": "title"}, "subtitle": {"idx": 1}}),
    "content": DeckSlot("Title Only", {"title": {"type": "title"}}),
}
TYPE_NAMES = {  # selector word -> XML placeholder types it matches
    "title": {"title", "ctrTitle"},
    "ctrtitle": {"ctrTitle"},
    "subtitle": {"subTitle"},
    "body": {"body", "obj"},
    "obj": {"obj"},
    "object": {"obj"},
    "pic": {"pic"},
    "picture": {"pic"},
}


MAX_TEMPLATES = 4  # opened templates kept per process (one per layout a batch uses, as a rule)
_OPENED: dict[tuple, object] = {}  # (template key, slide size) -> the template as first opened


def open_template(theme: Theme):
    """Return the deck template: the layout's own, else the default master at the theme's size.

    Each template is read and parsed once per process (per file identity and size) and every deck
    gets a deep copy of it: a copy of the parsed parts is a quarter of the cost of unzipping and
    parsing them again, and no deck shares an element with another."""
    key = (_template_key(theme), tuple(theme.slide_size))
    opened = _OPENED.get(key)
    if opened is None:
        if len(_OPENED) >= MAX_TEMPLATES:
            _OPENED.clear()
        opened = _OPENED[key] = _open_template(theme)
    return deepcopy(opened)


def _open_template(theme: Theme):
    """Open the deck template from its file (or build the default master at the theme's size)."""
    if theme.deck_template is None or _is_default_master(Path(theme.deck_template)):
        return open_default_master(tuple(theme.slide_size))
    return _open_file(Path(theme.deck_template))


def _is_default_master(path: Path) -> bool:
    """Tell whether `path` is the committed default master (rebuilt for other slide sizes)."""
    default = default_master_path()
    return default is not None and path.resolve() == default.resolve()


def size_warning(prs, theme: Theme) -> str | None:
    """Return a warning when an organisation template's slide size differs from the layout's."""
    size = (prs.slide_width, prs.slide_height)
    if tuple(theme.slide_size) == size:
        return None
    return (f"deck template is {size[0] / 914400:.2f} x {size[1] / 914400:.2f} in but the layout "
            f"asks for {theme.slide_size[0] / 914400:.2f} x {theme.slide_size[1] / 914400:.2f} "
            "in; the template's size is used")


def _open_file(path: Path):
    """Open an organisation template, with safety checks when that module is available."""
    try:
        from sitbrief.layout.deck_template import open_deck_template
    except ImportError:
        return Presentation(str(path))
    return open_deck_template(path)


def slot_name(kind: str, theme: Theme) -> str:
    """Return the slot a slide kind uses."""
    if kind in theme.deck_slots:
        return kind
    return "title" if kind == "title" else "content"


def slot_of(name: str, theme: Theme) -> DeckSlot:
    """Return the DeckSlot called `name` (the built-in default when the theme has none)."""
    slot = theme.deck_slots.get(name) or DEFAULT_SLOTS.get(name)
    if slot is None:
        raise LayoutError(f"deck: no slot named {name!r}; add it under deck.slots in layout.yaml")
    return slot


def layout_names(prs) -> list[str]:
    """Return the names of every slide layout of every master."""
    return [layout.name for master in prs.slide_masters for layout in master.slide_layouts]


def find_layout(prs, name: str):
    """Return the slide layout named `name`, searching every master."""
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            if layout.name == name:
                return layout
    names = ", ".join(repr(n) for n in layout_names(prs))
    raise LayoutError(f"deck template has no slide layout named {name!r}; it has: {names}")


def ph_type(shape) -> str:
    """Return the XML type of a placeholder ('obj' when unstated)."""
    return shape._element.xpath("./p:nvSpPr/p:nvPr/p:ph")[0].get("type", "obj")


def matches(shape, selector: dict) -> bool:
    """Tell whether placeholder `shape` matches a selector (idx, type or name)."""
    if "idx" in selector:
        return shape.placeholder_format.idx == int(selector["idx"])
    if "type" in selector:
        wanted = str(selector["type"])
        return ph_type(shape) in TYPE_NAMES.get(wanted.lower(), {wanted})
    if "name" in selector:
        return shape.name == selector["name"]
    return False


def find_placeholder(owner, selector: dict | None):
    """Return the placeholder of a slide or layout matching `selector`, or None."""
    if not selector:
        return None
    return next((s for s in owner.placeholders if matches(s, selector)), None)


FIELD_TYPES = {"footer": "ftr", "date": "dt", "number": "sldNum"}


@dataclass
class FieldPlace:
    """One of the layout's own footer, date or slide-number placeholders."""

    shape: object
    box: Box
    format: Inherited


@dataclass
class SlotFrame:
    """A slot resolved against the template: its layout, placeholder boxes (points), formats."""

    name: str
    slot: DeckSlot
    layout: object
    title: Box | None
    subtitle: Box | None
    body: Box | None
    formats: dict[str, Inherited] = field(default_factory=dict)  # role -> inherited format
    fields: dict[str, FieldPlace] = field(default_factory=dict)  # footer/date/number
    decorated: bool = False  # the layout or its master draws graphics of its own
    replaced: set[str] = field(default_factory=set)  # unusable placeholders: own text boxes
    warnings: list[str] = field(default_factory=list)

    def format(self, role: str) -> Inherited:
        """Return the inherited format of the `role` placeholder (defaults when it has none)."""
        return self.formats.get(role) or Inherited()


def slot_frame(prs, name: str, theme: Theme) -> SlotFrame:
    """Resolve slot `name`: find its layout, its placeholders' boxes and formats, its fields."""
    slot = slot_of(name, theme)
    layout = find_layout(prs, slot.layout)
    size = (prs.slide_width / EMU_PER_PT, prs.slide_height / EMU_PER_PT)
    boxes, formats, replaced, warnings = {}, {}, set(), []
    for role in ("title", "subtitle", "body"):
        shape = find_placeholder(layout, slot.placeholders.get(role))
        boxes[role] = _box_of(shape)
        if boxes[role] is not None and not usable(boxes[role], size):
            warnings.append(f"slide layout {layout.name!r}: placeholder {shape.name!r} "
                            "has no usable size or lies off the slide; "
                            "sitbrief's own box is used (run `sitbrief layouts check`)")
            boxes[role] = _fallback_box(role, name, size)
            replaced.add(role)
        elif role == "subtitle" and "title" in replaced and boxes[role] is not None:
            boxes[role] = _fallback_box(role, name, size)  # keep it under the title's own box
            replaced.add(role)
        elif boxes[role] is not None:
            formats[role] = inherited(shape)
    return SlotFrame(name, slot, layout, boxes["title"], boxes["subtitle"], boxes["body"],
                     formats, _fields(layout, size), is_decorated(layout), replaced, warnings)


_FRAMES: dict[tuple, SlotFrame] = {}  # slot frames resolved once per template and slot, per process


def cached_slot_frame(prs, name: str, theme: Theme) -> SlotFrame:
    """Return `slot_frame(prs, name, theme)`, resolved once per template and slot in this process.

    What is kept is data only (boxes, inherited formats, warnings; no python-pptx object, so no
    deck stays alive); each deck's frame is bound to its `prs`: its layout and field placeholders
    are looked up the way `slot_frame` finds them.
    """
    key = (_template_key(theme), name, repr(slot_of(name, theme)), prs.slide_width, prs.slide_height)
    known = _FRAMES.get(key)
    if known is None:
        frame = slot_frame(prs, name, theme)
        _FRAMES[key] = replace(frame, layout=None,
                               fields={role: replace(place, shape=None) for role, place in frame.fields.items()})
        return frame
    layout = find_layout(prs, known.slot.layout)
    fields = {role: replace(place, shape=_field_shape(layout, FIELD_TYPES[role]))
              for role, place in known.fields.items()}
    return replace(known, layout=layout, fields=fields)


def _template_key(theme: Theme) -> tuple:
    """Return what identifies the deck template a theme opens (its file's path, size and time)."""
    if theme.deck_template is None:
        return (None,)
    path = Path(theme.deck_template)
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns)


def _field_shape(layout, kind: str):
    """Return a layout's first placeholder of XML type `kind` (as `_fields` finds it)."""
    return next((s for s in layout.placeholders if ph_type(s) == kind), None)


def usable(box: Box, size: tuple[float, float], slack: float = 1.0) -> bool:
    """Tell whether a placeholder box has a size and lies on a slide `size` points."""
    return (box.w > 0 and box.h > 0 and box.x >= -slack and box.y >= -slack
            and box.right <= size[0] + slack and box.bottom <= size[1] + slack)


def _fallback_box(role: str, slot: str, size: tuple[float, float]) -> Box | None:
    """Return sitbrief's own box for a role whose placeholder cannot be used."""
    kind = {"title": "ctrTitle" if slot == "title" else "title", "subtitle": "subTitle",
            "body": "body"}[role]
    return master_boxes(*size)[kind] if role != "body" else None


def _fields(layout, size: tuple[float, float]) -> dict[str, FieldPlace]:
    """Return the layout's own footer, date and slide-number placeholders that are usable."""
    found = {}
    for role, kind in FIELD_TYPES.items():
        shape = _field_shape(layout, kind)
        box = _box_of(shape)
        if box is not None and usable(box, size):
            found[role] = FieldPlace(shape, box, inherited(shape))
    return found


def is_decorated(layout) -> bool:
    """Tell whether a slide layout or its master draws shapes or pictures of its own."""
    owners = [layout, layout.slide_master]
    shows_master = layout._element.get("showMasterSp", "1") not in ("0", "false")
    return any(not shape.is_placeholder for owner in owners[:1 + shows_master]
               for shape in owner.shapes)


def _box_of(shape) -> Box | None:
    """Return a placeholder's box (inherited from the master when the layout does not say)."""
    if shape is None or shape.width is None:
        return None
    return emu_box(shape.left, shape.top, shape.width, shape.height)
