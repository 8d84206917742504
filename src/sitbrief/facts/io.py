"""Read and write fact files (YAML or JSON), losslessly, with errors that name the field."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

from pydantic import ValidationError

from sitbrief.core.errors import FactsError
from sitbrief.core.files import read_capped
from sitbrief.core.yamlio import YamlProblem, dump_yaml, line_of, load_yaml
from sitbrief.facts.model import Facts

FACT_SUFFIXES = {".yaml", ".yml", ".json"}
MAX_FACT_BYTES = 20_000_000


def facts_to_data(facts: Facts) -> dict[str, Any]:
    """Return `facts` as plain data in field order; a merged story's fields and `report` only when filled.

    A single report's file thus reads as before: no `source` on its sentences, no
    `reported_by` on its items, no `discrepancies`.
    """
    data = facts.model_dump(mode="json")
    for sentence in data["article"]["sentences"]:
        if sentence["source"] is None:
            del sentence["source"]
    for field in ("people", "organisations", "places", "events", "quotes"):
        for item in data[field]:
            if not item["reported_by"]:
                del item["reported_by"]
    if not data["discrepancies"]:
        del data["discrepancies"]
    if data.get("report") is None:
        data.pop("report", None)
    return data


def dump_facts(facts: Facts, fmt: str = "yaml") -> str:
    """Return `facts` serialised as YAML or JSON."""
    data = facts_to_data(facts)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return dump_yaml(data)


Lines = Callable[[tuple], "int | None"]


def parse_facts(text: str, name: str = "<facts>", fmt: str | None = None) -> Facts:
    """Return the validated Facts in `text`; raise FactsError naming the field and line."""
    return parse_facts_located(text, name, fmt)[0]


def parse_facts_located(text: str, name: str = "<facts>", fmt: str | None = None
                        ) -> tuple[Facts, Lines]:
    """Return the validated Facts in `text` and a function giving the line of a field's key."""
    fmt = fmt or ("json" if name.endswith(".json") else "yaml")
    lines: dict[int, dict[Any, int]] = {}
    try:
        if fmt == "json":
            data = json.loads(text, object_pairs_hook=_unique_keys)
        else:
            data, lines = load_yaml(text)
    except json.JSONDecodeError as exc:
        raise FactsError(f"{name}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    except YamlProblem as exc:
        where = f"{name}:{exc.line}" if exc.line else name
        raise FactsError(f"{where}: {exc}") from None
    except _DuplicateKey as exc:
        raise FactsError(f"{name}: invalid JSON: {exc}") from None
    except RecursionError:
        raise FactsError(f"{name}: invalid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise FactsError(f"{name}: a fact file must be a mapping with schema_version, article, ...")
    try:
        facts = Facts.model_validate(data)
    except ValidationError as exc:
        if fmt == "json":
            data, lines = _json_lines(text, data)
        raise FactsError(_describe(exc, name, data, lines)) from None
    if fmt == "json":
        data, lines = _json_lines(text, data)
    return facts, lambda loc: _field_line(data, lines, tuple(loc)) if lines else None


def _field_line(data: Any, lines: dict, loc: tuple) -> int | None:
    """Return the line of the key at `loc`; for a key not written, the first line of its item."""
    node = data
    for depth, part in enumerate(loc):
        if isinstance(node, dict) and part not in node:
            keys = lines.get(id(node), {})
            return min(keys.values()) if keys and depth else line_of(data, lines, loc)
        if isinstance(node, dict) or (isinstance(node, list) and isinstance(part, int) and part < len(node)):
            node = node[part]
        else:
            break
    return line_of(data, lines, loc)


def _json_lines(text: str, data: Any) -> tuple[Any, dict]:
    """Return JSON data re-read as YAML (a superset) for its key lines, or no lines if it fails."""
    try:
        return load_yaml(text)
    except YamlProblem:
        return data, {}


class _DuplicateKey(ValueError):
    """A JSON object names the same key twice."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build a JSON object, refusing a key given twice (JSON would silently keep the last)."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(f"duplicate key {key!r} in one object")
        data[key] = value
    return data


def load_facts(path: Path) -> Facts:
    """Return the validated Facts stored at `path`."""
    return load_facts_located(path)[0]


def load_facts_located(path: Path) -> tuple[Facts, Lines]:
    """Return the validated Facts stored at `path` and the line of each field's key."""
    path = Path(path)
    data = read_capped(path, MAX_FACT_BYTES, "a fact file", FactsError, "cannot read fact file")
    if len(data) > MAX_FACT_BYTES:
        raise FactsError(f"{path}: over the {MAX_FACT_BYTES:,}-byte limit for a fact file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FactsError(f"{path}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                         "save the fact file as UTF-8") from None
    return parse_facts_located(text, str(path))


def _describe(exc: ValidationError, name: str, data: Any, lines: dict) -> str:
    """Return the first validation error as 'file:line: field: problem (+N more)'."""
    errors = exc.errors()
    first = errors[0]
    loc = tuple(first["loc"])
    field = _dotted(loc) or "(top level)"
    message = first["msg"]
    if loc == ("schema_version",) and first["type"] == "literal_error":
        readable = ", ".join(repr(v) for v in get_args(Facts.model_fields["schema_version"].annotation))
        message = (f"fact schema {first.get('input')!r} is not one this sitbrief reads ({readable}); "
                   "extract the article again with this version")
    elif first["type"] == "extra_forbidden":
        message = "unknown field (check the spelling; `sitbrief schema facts` lists the fields)"
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
        field = field if loc else "facts"
    line = line_of(data, lines, loc) if lines else None
    where = f"{name}:{line}" if line else name
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    if field == "facts":
        return f"{where}: {message}{more}"
    return f"{where}: {field}: {message}{more}"


def _dotted(loc: tuple[Any, ...]) -> str:
    """Return a pydantic location as ``people[0].roles``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
