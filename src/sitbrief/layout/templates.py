"""Wording templates looked up child-first through a layout's extends chain.

A template name ``x.j2`` is found in the first layout of the chain that has ``templates/x.j2``.
Inside a template, ``{% extends "base/x.j2" %}`` means ``x.j2`` from the layouts *after* the one
holding the current template, so a child can override a single block of its parent's template.
Internally such names are written ``@N/x.j2``: look from chain position N onwards.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, TemplateError, TemplateNotFound, TemplateSyntaxError
from jinja2.loaders import split_template_path

from sitbrief.core.errors import LayoutError
from sitbrief.layout.sandbox import LayoutSandbox

MAX_TEMPLATE_BYTES = 64 * 1024
_PINNED = re.compile(r"^@(\d+)/(.+)$")
BASE_PREFIX = "base/"


class ChainLoader(BaseLoader):
    """Load ``templates/<name>`` from the first layout folder of the chain that has it."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders

    def locate(self, name: str) -> tuple[int, Path]:
        """Return (chain position, file) of template `name`, honouring an ``@N/`` prefix."""
        start, plain = _split_pinned(name)
        pieces = split_template_path(plain)
        for position in range(start, len(self.folders)):
            folder = self.folders[position].resolve()
            root = (folder / "templates").resolve()
            path = root.joinpath(*pieces).resolve()
            if path.is_file() and path.is_relative_to(root) and root.is_relative_to(folder):
                return position, path
        raise TemplateNotFound(name)

    def get_source(self, environment: Environment, name: str) -> tuple[str, str, Any]:
        """Return the source, file name and up-to-date check of template `name`."""
        _, path = self.locate(name)
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(f"{path}: template over {MAX_TEMPLATE_BYTES} bytes")
        source = path.read_text(encoding="utf-8")
        mtime = path.stat().st_mtime
        return source, str(path), lambda: path.is_file() and path.stat().st_mtime == mtime

    def list_templates(self) -> list[str]:
        """Return the names of every template in the chain."""
        names = set()
        for folder in self.folders:
            root = folder / "templates"
            if root.is_dir():
                names.update(p.relative_to(root).as_posix() for p in root.rglob("*.j2"))
        return sorted(names)


def _split_pinned(name: str) -> tuple[int, str]:
    """Split ``@N/x.j2`` into (N, ``x.j2``); plain names start at 0."""
    match = _PINNED.match(name)
    if match:
        return int(match.group(1)), match.group(2)
    return 0, name[len(BASE_PREFIX):] if name.startswith(BASE_PREFIX) else name


class ChainSandbox(LayoutSandbox):
    """The layout sandbox whose ``base/`` names mean the parent of the current template."""

    def join_path(self, template: str, parent: str) -> str:
        """Map ``base/x.j2`` requested from `parent` to ``@N/x.j2``, N after `parent`'s layout."""
        if not template.startswith(BASE_PREFIX):
            return template
        loader: ChainLoader = self.loader  # type: ignore[assignment]
        try:
            position, _ = loader.locate(parent)
        except TemplateNotFound:
            position = -1  # a string template from layout.yaml: base/ is the whole chain
        return f"@{position + 1}/{template[len(BASE_PREFIX):]}"


def make_environment(folders: list[Path]) -> ChainSandbox:
    """Return the sandboxed environment for a chain of layout folders, child first."""
    return ChainSandbox(loader=ChainLoader(folders), auto_reload=False, keep_trailing_newline=False)


def collapse(text: str) -> str:
    """Strip `text` and collapse runs of whitespace to one space."""
    return " ".join(text.split())


def check_name(name: str) -> None:
    """Refuse template names that are not plain relative names."""
    if not name or name.startswith(("@", "/", BASE_PREFIX)) or ".." in name.split("/"):
        raise LayoutError(
            f"template name {name!r} is not allowed; use a plain name like 'title.j2'")


def describe_error(exc: BaseException, fallback: str) -> str:
    """Return 'FILE, line N: message' for a template error raised while loading or rendering."""
    if isinstance(exc, TemplateSyntaxError):
        where = exc.filename or exc.name or fallback
        return f"{where}, line {exc.lineno}: {exc.message}"
    if isinstance(exc, TemplateNotFound):
        name = _split_pinned(exc.name or "")[1]
        return f"{fallback}: template {name!r} not found in the layout or any layout it extends"
    where, line = _template_frame(exc, fallback)
    suffix = f", line {line}" if line else ""
    return f"{where}{suffix}: {_message(exc)}"


def _template_frame(exc: BaseException, fallback: str) -> tuple[str, int | None]:
    """Return the innermost template file and line in the traceback of `exc`."""
    found: tuple[str, int | None] = (fallback, None)
    for frame, line in traceback.walk_tb(exc.__traceback__):
        filename = frame.f_code.co_filename
        if filename.endswith(".j2") or filename == "<template>":
            found = (filename, line)
    return found


def _message(exc: BaseException) -> str:
    """Return a readable message for a template runtime error."""
    text = str(exc) or type(exc).__name__
    if type(exc).__name__ == "UndefinedError":
        return f"{text} (a typo, or a variable this template is not given?)"
    if isinstance(exc, MemoryError):
        return "the template needs too much memory (it builds enormous values)"
    if type(exc).__name__ == "SecurityError":
        return f"refused by the template sandbox: {text}"
    return f"{type(exc).__name__}: {text}"
