"""The map's colours from the theme's roles: sea, land, shaded countries, markers, label inks."""

from __future__ import annotations

from collections.abc import Callable

WATER = "#DDE8F1"  # conventional pale water: a brand hue would tint the seas pink or green
HALO = "#FFFFFF"


def mix(colour: str, amount: float, base: str = "#FFFFFF") -> str:
    """Return `colour` mixed into `base`: amount 1 is the colour itself, 0 the base."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(base[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(y + (x - y) * amount):02X}" for x, y in zip(a, b, strict=True))


def map_colours(role: Callable[[str], str], settings: dict) -> dict[str, str]:
    """Return the map's colours, given `role(name) -> #RRGGBB` and the layout's map settings."""
    shade = role(str(settings.get("shade", "primary")))
    context = role(str(settings.get("shade_context", "primary")))
    primary, text, muted = role("primary"), role("text"), role("muted")
    return {
        "sea": WATER,
        "land": mix(role("rule"), 0.16),
        "border": mix(role("rule"), 0.85),
        "focus": mix(shade, 0.45),
        "context": mix(context, 0.18),
        "point": role(str(settings.get("points", "accent"))),
        "point_edge": "#FFFFFF",
        "frame": mix(muted, 0.55),
        "point_text": text,
        "country_text": mix(text, 0.9),
        "country_context_text": muted,
        "sea_text": mix("#2F5F8A", 0.9, mix(primary, 0.5)),
        "halo": HALO,
        "region_text": mix(text, 0.75),
        "attribution_text": muted,
        "inset_sea": mix(WATER, 0.6),
        "inset_land": mix(role("rule"), 0.8),
        "inset_frame": shade,
    }


def marker_colours(marker, colours: dict[str, str]) -> tuple[str, str]:
    """Return a marker's fill and edge: the point colours, or a small country's shade and border."""
    if marker.kind == "country":
        return colours[marker.tier], colours["border"]
    return colours["point"], colours["point_edge"]
