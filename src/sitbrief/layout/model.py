"""A loaded Layout: merged settings, its chain of folders, sandboxed wording, resolved theme."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import TemplateError
from jinja2.sandbox import SecurityError

from sitbrief.core.errors import LayoutError
from sitbrief.layout.assets import check_image, resolve_asset
from sitbrief.layout.filenames import name_problem
from sitbrief.layout.layers import Layer
from sitbrief.layout.resolve import build_theme, slot_for
from sitbrief.layout.schema import LayoutSettings
from sitbrief.layout.search import Root
from sitbrief.layout.templates import (
    ChainSandbox,
    check_name,
    collapse,
    describe_error,
    make_environment,
)
from sitbrief.layout.theme import Theme
from sitbrief.layout.views import template_context

MAX_STRING_TEMPLATE = 4096
# What a template may raise while rendering: each becomes one exit-3 line naming file and line.
RENDER_ERRORS = (TemplateError, SecurityError, ArithmeticError, TypeError, ValueError,
                 AttributeError, LookupError, RecursionError, MemoryError)


class Layout:
    """A layout merged along its extends chain: settings, wording templates and assets."""

    def __init__(self, settings: LayoutSettings, layers: list[Layer],
                 roots: list[Root] | None = None) -> None:
        self.settings = settings
        self.layers = layers
        self.roots = roots or []
        self.warnings: list[str] = []

    def __repr__(self) -> str:
        return f"Layout({self.name!r}, chain={[str(p) for p in self.chain]})"

    @property
    def name(self) -> str:
        """Return the layout's name."""
        return self.settings.name

    @property
    def chain(self) -> list[Path]:
        """Return the layout folders, child first."""
        return [layer.folder for layer in self.layers]

    @property
    def folder(self) -> Path:
        """Return the folder of the layout itself (the child of the chain)."""
        return self.layers[0].folder

    @cached_property
    def environment(self) -> ChainSandbox:
        """Return the sandboxed Jinja2 environment over the chain's templates."""
        return make_environment(self.chain)

    def render(self, template_name: str, **context: Any) -> str:
        """Render `templates/<template_name>` child-first; return it stripped and collapsed."""
        check_name(template_name)
        try:
            template = self.environment.get_template(template_name)
            return collapse(self.environment.render_bounded(template, template_context(context)))
        except RENDER_ERRORS as exc:
            raise LayoutError(describe_error(exc, f"{self.name}: {template_name}")) from None

    def render_string(self, source: str, **context: Any) -> str:
        """Render a short template written in layout.yaml (e.g. a section title)."""
        if len(source) > MAX_STRING_TEMPLATE:
            raise LayoutError(
                f"{self.name}: a template string over {MAX_STRING_TEMPLATE} characters")
        try:
            template = self.environment.from_string(source)
            return collapse(self.environment.render_bounded(template, template_context(context)))
        except RENDER_ERRORS as exc:
            where = f"{self.layers[0].file} (template {_preview(source)})"
            raise LayoutError(describe_error(exc, where).replace("<template>", where)) from None

    def render_filename(self, **context: Any) -> str:
        """Render ``filename.j2``: one plain file name (no folders, not hidden), else LayoutError."""
        name = self.render("filename.j2", **context)
        problem = name_problem(name)
        if problem:
            where = self.environment.loader.locate("filename.j2")[1]
            shown = name if len(name) <= 60 else name[:57] + "..."
            raise LayoutError(f"{where}: the output file name {shown!r} is refused: {problem}; "
                              "filename.j2 must give one plain file name, written inside --out")
        return name

    def has_template(self, template_name: str) -> bool:
        """Tell whether any layout in the chain has `templates/<template_name>`."""
        return template_name in self.environment.loader.list_templates()

    def asset(self, path_str: str) -> Path:
        """Return asset `path_str` resolved inside the layout folder that has it, child first."""
        for folder in self.chain:
            path = resolve_asset(folder, path_str)
            if path.exists():
                return path
        return resolve_asset(self.folder, path_str)

    def slot_for(self, kind: str) -> str:
        """Return the deck slot name a slide of `kind` uses."""
        return slot_for(self.settings, kind)

    def theme(self) -> Theme:
        """Return the resolved Theme; the logo is checked, a missing deck template is a warning."""
        theme = build_theme(self.settings)
        if theme.logo is not None:
            check_image(theme.logo)
        template = self.settings.deck.template
        if template and theme.deck_template is None:
            self._warn(f"layout {self.name}: deck template {template} not found; "
                       "using python-pptx's default template")
        return theme

    def _warn(self, message: str) -> None:
        """Record `message` once."""
        if message not in self.warnings:
            self.warnings.append(message)


def _preview(source: str) -> str:
    """Return the first characters of a template string, quoted."""
    text = " ".join(source.split())
    return repr(text if len(text) <= 40 else text[:37] + "...")
