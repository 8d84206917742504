"""Validation problems explained: the file, the line, the key and a suggested fix."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from sitbrief.core.yamlio import line_of
from sitbrief.layout.layers import Layer
from sitbrief.layout.schema import LayoutSettings

MAX_SHOWN = 5


def explain_all(exc: ValidationError, layers: list[Layer]) -> list[str]:
    """Return one message per problem of `exc`, each with file, line and fix."""
    return [explain_one(error, layers) for error in exc.errors()]


def explain(exc: ValidationError, layers: list[Layer]) -> str:
    """Return one message listing the first problems of `exc` with file, line and fix."""
    problems = explain_all(exc, layers)
    shown = "; ".join(problems[:MAX_SHOWN])
    more = f" (and {len(problems) - MAX_SHOWN} more)" if len(problems) > MAX_SHOWN else ""
    return shown + more


def explain_one(error: dict[str, Any], layers: list[Layer]) -> str:
    """Return 'FILE, line N: key: problem; fix' for one pydantic error."""
    loc = tuple(p for p in error["loc"] if isinstance(p, int) or not _is_type_tag(p))
    layer, line = locate(loc, layers)
    where = f"{layer.file}, line {line}" if line else str(layer.file)
    key = ".".join(str(p) for p in loc) or "(top level)"
    return f"{where}: {key}: {_problem(error, loc)}"


def _is_type_tag(part: Any) -> bool:
    """Tell whether a loc part names a union branch (e.g. 'literal[...]') rather than a key."""
    return isinstance(part, str) and ("[" in part or part in ("str", "int", "float", "bool"))


def locate(loc: tuple[Any, ...], layers: list[Layer]) -> tuple[Layer, int | None]:
    """Return the layer (child first) that sets the deepest part of `loc`, and its line."""
    best: tuple[int, Layer, int | None] = (-1, layers[0], None)
    for layer in layers:
        depth = _depth(layer.data, loc)
        if depth > best[0]:
            best = (depth, layer, line_of(layer.data, layer.lines, loc[:depth]))
    return best[1], best[2]


def _depth(data: Any, loc: tuple[Any, ...]) -> int:
    """Return how many parts of `loc` exist in `data`."""
    depth = 0
    for part in loc:
        in_dict = isinstance(data, dict) and part in data
        in_list = isinstance(data, list) and isinstance(part, int) and part < len(data)
        if not (in_dict or in_list):
            break
        data = data[part]
        depth += 1
    return depth


def _problem(error: dict[str, Any], loc: tuple[Any, ...]) -> str:
    """Return the problem and a suggested fix for one error."""
    kind = error["type"]
    if kind == "extra_forbidden":
        return _unknown_key(loc)
    if kind == "missing":
        return f"required but not set; add `{loc[-1]}:` here or in a layout this one extends"
    if kind == "string_pattern_mismatch" and "#" in str(error.get("ctx", {}).get("pattern", "")):
        return f"{error['input']!r} is not a colour; write #RRGGBB or a palette name"
    if kind == "literal_error":
        expected = str(error.get("ctx", {}).get("expected", ""))
        choices = {value.lower(): value for value in _literals(expected)}
        close = difflib.get_close_matches(str(error["input"]).lower(), list(choices), n=1)
        hint = f"; did you mean {choices[close[0]]!r}?" if close else ""
        return f"{error['input']!r} is not one of {expected}{hint}"
    return f"{error['msg']} (got {_short(error.get('input'))})"


def _literals(expected: str) -> list[str]:
    """Return the quoted values from pydantic's "'a', 'b' or 'c'" text."""
    return [part.strip(" '\"") for part in expected.replace(" or ", ",").split(",")]


def _short(value: Any) -> str:
    """Return a short repr of `value`."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _unknown_key(loc: tuple[Any, ...]) -> str:
    """Explain an unknown key and suggest the closest valid one."""
    valid = valid_keys(loc[:-1])
    close = difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.5)
    if close:
        return f"unknown key; did you mean {close[0]!r}?"
    return f"unknown key; valid keys here: {', '.join(valid)}" if valid else "unknown key"


def valid_keys(loc: tuple[Any, ...]) -> list[str]:
    """Return the keys the schema accepts at mapping location `loc`."""
    model = model_at(loc)
    return list(model.model_fields) if model else []


def model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """Return the schema model describing the mapping at `loc`, or None."""
    annotation: Any = LayoutSettings
    for part in loc:
        annotation = _step(annotation, part)
        if annotation is None:
            return None
    return _as_model(annotation)


def _step(annotation: Any, part: Any) -> Any:
    """Return the annotation one level below `annotation` at key or index `part`."""
    model = _as_model(annotation)
    if model is not None:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        return field.annotation if field else None
    for inner in _branches(annotation):
        origin = typing.get_origin(inner)
        if origin is list and isinstance(part, int):
            return typing.get_args(inner)[0]
        if origin is dict:
            return typing.get_args(inner)[1]
    return None


def _branches(annotation: Any) -> list[Any]:
    """Return the members of a union annotation (or the annotation itself)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return list(typing.get_args(annotation))
    return [annotation]


def _as_model(annotation: Any) -> type[BaseModel] | None:
    """Return the pydantic model in `annotation` (unwrapping Optional), or None."""
    for inner in _branches(annotation):
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return inner
    return None
