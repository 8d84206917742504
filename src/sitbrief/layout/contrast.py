"""WCAG 2 contrast of a layout's colours: text, reference marks and banners against their ground.

Level AA asks 4.5:1 for ordinary text and 3:1 for large text (18 pt, or 14 pt bold). Each pair
below is one that a brief really draws; a pair that fails is reported with the darker (or
lighter) colour that would pass.
"""

from __future__ import annotations

from dataclasses import dataclass

AA_TEXT = 4.5
AA_LARGE = 3.0
TINT = 0.88  # how far judgement boxes mix their colour with white (render/pptx/flow.py)


@dataclass(frozen=True)
class Pair:
    """A foreground role drawn on a background role, and what it is used for."""

    fore: str
    back: str
    use: str
    minimum: float = AA_TEXT


PAIRS = (
    Pair("text", "background", "body text"),
    Pair("muted", "background", "captions, labels and footers"),
    Pair("accent", "background", "reference marks and links"),
    Pair("alert", "background", "alerts"),
    Pair("primary", "background", "titles and headings (large text)", AA_LARGE),
    Pair("text", "surface", "the BLUF and quote boxes"),
    Pair("judgement", "tint:judgement", "judgement labels"),
    Pair("marking_fg", "marking_bg", "the marking banner"),
)


@dataclass(frozen=True)
class ContrastProblem:
    """A pair below its minimum: the colours, the ratio found and a colour that passes."""

    pair: Pair
    fore: str
    back: str
    ratio: float
    suggestion: str


def luminance(colour: str) -> float:
    """Return the WCAG relative luminance of '#RRGGBB'."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    """Return the WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: str, b: str, amount: float) -> str:
    """Return colour `a` mixed with `b` by `amount` (0 = a, 1 = b)."""
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(ca, cb, strict=True))


def passing(fore: str, back: str, minimum: float) -> str:
    """Return `fore` darkened (on a light ground) or lightened until it reaches `minimum`."""
    target = "#000000" if luminance(back) > 0.18 else "#FFFFFF"
    for step in range(1, 101):
        candidate = mix(fore, target, step / 100)
        if ratio(candidate, back) >= minimum:
            return candidate
    return target


def contrast_problems(colours: dict[str, str]) -> list[ContrastProblem]:
    """Return every drawn colour pair of `colours` (role -> #RRGGBB) below WCAG 2 AA."""
    problems = []
    for pair in PAIRS:
        fore, back = _resolve(pair.fore, colours), _resolve(pair.back, colours)
        if fore is None or back is None:
            continue
        found = ratio(fore, back)
        if found + 1e-9 < pair.minimum:
            problems.append(ContrastProblem(pair, fore, back, found,
                                            passing(fore, back, pair.minimum)))
    return problems


def _resolve(role: str, colours: dict[str, str]) -> str | None:
    """Return a role's colour; 'tint:<role>' is that role mixed with white like the deck does."""
    if role.startswith("tint:"):
        base = colours.get(role[5:])
        return mix(base, "#FFFFFF", TINT) if base else None
    return colours.get(role)


def describe(problem: ContrastProblem, where: str, setting: str) -> str:
    """Return one line explaining a contrast problem and the setting that fixes it."""
    pair = problem.pair
    ground = pair.back.replace("tint:", "a tint of ")
    return (f"{where}: {pair.fore} {problem.fore} on {ground} {problem.back} ({pair.use}) has "
            f"contrast {problem.ratio:.1f}:1, below WCAG 2 AA's {pair.minimum:g}:1; set "
            f"{setting} to {problem.suggestion} or another colour that reaches it")
