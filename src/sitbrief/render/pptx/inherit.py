"""What a placeholder inherits: insets, anchor, alignment, weight, typeface and colour.

A placeholder on a slide takes whatever it does not say from its slide layout's placeholder,
that from the master's placeholder of its kind, and text properties finally from the master's
title, body or other text style. sitbrief fills placeholders keeping that formatting, so it
measures text with the values PowerPoint will use.
"""

from __future__ import annotations

from dataclasses import dataclass

from pptx.oxml.ns import qn

DEFAULT_INSETS = (7.2, 3.6, 7.2, 3.6)
EMU_PER_PT = 12700
INSET_KEYS = ("lIns", "tIns", "rIns", "bIns")
STYLE_OF = {"title": "titleStyle", "ctrTitle": "titleStyle", "dt": "otherStyle",
            "ftr": "otherStyle", "sldNum": "otherStyle"}  # everything else: bodyStyle


@dataclass(frozen=True)
class Inherited:
    """A placeholder's effective text frame and first-level run properties."""

    insets: tuple[float, float, float, float] = DEFAULT_INSETS
    anchor: str = "t"
    align: str = "l"
    bold: bool = False
    italic: bool = False
    typeface: str = ""  # "+mj-lt" / "+mn-lt" for the theme's heading / body font, or a name
    colour: str = ""  # a scheme name ("tx1", "accent1", ...) or "#RRGGBB"; "" when unknown
    size: float | None = None


def ph_type(shape) -> str:
    """Return the XML type of a placeholder ('obj' when unstated)."""
    ph = shape._element.find(qn("p:nvSpPr") + "/" + qn("p:nvPr") + "/" + qn("p:ph"))
    return ph.get("type", "obj") if ph is not None else "obj"


def lineage(shape) -> list:
    """Return `shape` and the placeholders it inherits from (layout's, then master's)."""
    chain, current = [shape], shape
    for _ in range(3):
        try:
            base = current._base_placeholder
        except (AttributeError, KeyError):
            break
        if base is None or not hasattr(base, "_element"):
            break
        chain.append(base)
        current = base
    return chain


def inherited(shape) -> Inherited:
    """Return the effective formatting of placeholder `shape` (a slide or layout placeholder)."""
    chain = lineage(shape)
    body_prs = [_body_pr(s) for s in chain]
    levels = [_level1(s) for s in chain] + [_master_style(shape, chain)]
    return Inherited(
        insets=tuple(_first_inset(body_prs, key, default)
                     for key, default in zip(INSET_KEYS, DEFAULT_INSETS, strict=True)),
        anchor=_first_attr(body_prs, "anchor") or "t",
        align=_first_attr(levels, "algn") or "l",
        bold=(_first_rpr_attr(levels, "b") or "0") == "1",
        italic=(_first_rpr_attr(levels, "i") or "0") == "1",
        typeface=_first_typeface(levels),
        colour=_first_colour(levels),
        size=_size(_first_rpr_attr(levels, "sz")),
    )


def _body_pr(shape):
    """Return the a:bodyPr of a shape's text body, or None."""
    tx = shape._element.find(qn("p:txBody"))
    return tx.find(qn("a:bodyPr")) if tx is not None else None


def _level1(shape):
    """Return the a:lvl1pPr of a shape's own list style, or None."""
    tx = shape._element.find(qn("p:txBody"))
    style = tx.find(qn("a:lstStyle")) if tx is not None else None
    return style.find(qn("a:lvl1pPr")) if style is not None else None


def _master_style(shape, chain: list):
    """Return the master text style's level-1 paragraph properties for the placeholder's kind."""
    master = _master_of(chain[-1])
    if master is None:
        return None
    styles = master._element.find(qn("p:txStyles"))
    kind = STYLE_OF.get(ph_type(shape), "bodyStyle")
    node = styles.find(qn(f"p:{kind}")) if styles is not None else None
    return node.find(qn("a:lvl1pPr")) if node is not None else None


def _master_of(shape):
    """Return the slide master a placeholder of a slide, layout or master belongs to."""
    part = getattr(shape, "part", None)
    if hasattr(part, "slide_master"):
        return part.slide_master
    layout = getattr(part, "slide_layout", None)
    return layout.slide_master if layout is not None else None


def _first_inset(body_prs: list, key: str, default: float) -> float:
    """Return the first inset `key` set along the chain, in points."""
    value = _first_attr(body_prs, key)
    return int(value) / EMU_PER_PT if value is not None else default


def _first_attr(nodes: list, attr: str) -> str | None:
    """Return the first value of `attr` on the nodes that have it."""
    return next((n.get(attr) for n in nodes if n is not None and n.get(attr) is not None), None)


def _def_rpr(node):
    """Return the a:defRPr of a level's paragraph properties, or None."""
    return node.find(qn("a:defRPr")) if node is not None else None


def _first_rpr_attr(levels: list, attr: str) -> str | None:
    """Return the first run attribute `attr` set along the chain."""
    return _first_attr([_def_rpr(n) for n in levels], attr)


def _first_typeface(levels: list) -> str:
    """Return the first Latin typeface set along the chain ('' when none)."""
    for rpr in (_def_rpr(n) for n in levels):
        latin = rpr.find(qn("a:latin")) if rpr is not None else None
        if latin is not None and latin.get("typeface"):
            return latin.get("typeface")
    return ""


def _first_colour(levels: list) -> str:
    """Return the first solid text colour set along the chain (scheme name or #RRGGBB)."""
    for rpr in (_def_rpr(n) for n in levels):
        fill = rpr.find(qn("a:solidFill")) if rpr is not None else None
        if fill is None:
            continue
        srgb, scheme = fill.find(qn("a:srgbClr")), fill.find(qn("a:schemeClr"))
        if srgb is not None:
            return "#" + srgb.get("val", "000000").upper()
        if scheme is not None:
            return scheme.get("val", "")
    return ""


def _size(value: str | None) -> float | None:
    """Return a hundredths-of-a-point size as points."""
    return int(value) / 100 if value and value.isdigit() else None


def scheme_colour(name: str, master, colours: dict[str, str]) -> str | None:
    """Return #RRGGBB for scheme colour `name` ('tx1', 'accent1', ...) through the master's map."""
    if name.startswith("#"):
        return name
    mapping = master._element.find(qn("p:clrMap")) if master is not None else None
    mapped = mapping.get(name, name) if mapping is not None else name
    return colours.get(mapped)
