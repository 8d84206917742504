"""What a layout template is given: plain values and read-only views, never live objects.

Templates come from shared, downloaded layouts, so they must not be able to call anything that
reaches the file system, the network or pickle. Pydantic models carry such methods
(``parse_file``, ``parse_raw(..., allow_pickle=True)``, ``model_validate_json``…), so a model is
never handed to a template: it is wrapped in a `View` that offers only its fields, converted the
same way when read. Lists become tuples; dates stay dates (immutable values with no such methods).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import BaseModel

PLAIN = (str, int, float, bool, type(None), datetime.date, datetime.time, datetime.timedelta)


class View(Mapping):
    """A read-only view of a record's fields; each value is converted when it is read."""

    __slots__ = ("_sitbrief_fields", "_sitbrief_kind")

    def __init__(self, fields: Mapping[str, Any], kind: str = "record") -> None:
        object.__setattr__(self, "_sitbrief_fields", fields)
        object.__setattr__(self, "_sitbrief_kind", kind)

    def __getitem__(self, key: str) -> Any:
        """Return field `key`, converted for a template."""
        if not isinstance(key, str) or key.startswith("_"):
            raise KeyError(key)
        return template_value(self._sitbrief_fields[key])

    def __iter__(self) -> Iterator[str]:
        """Iterate the field names."""
        return iter(self._sitbrief_fields)

    def __len__(self) -> int:
        """Return the number of fields."""
        return len(self._sitbrief_fields)

    def __setattr__(self, name: str, value: Any) -> None:
        """Refuse changes: a view is read-only."""
        raise AttributeError("a template view is read-only")

    def __repr__(self) -> str:
        return f"<{self._sitbrief_kind}>"

    __str__ = __repr__


class _ModelFields(Mapping):
    """The declared fields of a pydantic model, read lazily (nothing is copied)."""

    __slots__ = ("_model",)

    def __init__(self, model: BaseModel) -> None:
        self._model = model

    def __getitem__(self, key: str) -> Any:
        if key not in type(self._model).model_fields:
            raise KeyError(key)
        return getattr(self._model, key)

    def __iter__(self) -> Iterator[str]:
        return iter(type(self._model).model_fields)

    def __len__(self) -> int:
        return len(type(self._model).model_fields)


def template_value(value: Any) -> Any:
    """Return `value` as a template may see it: plain data, tuples and read-only views."""
    if isinstance(value, (View, *PLAIN)):
        return value if type(value) in PLAIN or isinstance(value, View) else _plain_scalar(value)
    if isinstance(value, enum.Enum):
        return template_value(value.value)
    if isinstance(value, BaseModel):
        return View(_ModelFields(value), type(value).__name__)
    if isinstance(value, Mapping):
        return View({str(k): v for k, v in value.items()}, "mapping")
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(template_value(item) for item in value)
    raise TypeError(f"a {type(value).__name__} cannot be given to a layout template")


def _plain_scalar(value: Any) -> Any:
    """Return a subclass of a plain type (e.g. a str subclass) as the plain type itself."""
    for kind in PLAIN:
        if isinstance(value, kind) and kind is not type(None):
            if kind in (datetime.date, datetime.time, datetime.timedelta):
                return value
            return kind(value)
    return value


def template_context(context: Mapping[str, Any]) -> dict[str, Any]:
    """Return every variable of a template context converted by `template_value`."""
    return {name: template_value(value) for name, value in context.items()}
