"""Safe YAML: no aliases, no duplicate keys, no implicit dates or yes/no booleans; line numbers kept."""

from __future__ import annotations

import re
from typing import Any

import yaml

_LOCATIONS = "__sitbrief_lines__"


class YamlProblem(ValueError):
    """A YAML document that is malformed or uses a refused feature; carries the line."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class StrictLoader(yaml.SafeLoader):
    """A SafeLoader that refuses aliases and duplicate keys and reads YAML 1.2-style scalars."""


StrictLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _compose_node(self: StrictLoader, parent: Any, index: Any) -> Any:
    if self.check_event(yaml.AliasEvent):
        event = self.peek_event()
        raise YamlProblem("YAML aliases (*name) are not allowed", event.start_mark.line + 1)
    return yaml.SafeLoader.compose_node(self, parent, index)


def _construct_mapping(self: StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = self.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise YamlProblem("mapping keys must be plain words, not lists or mappings", line)
        if key in keys:
            raise YamlProblem(f"duplicate key {key!r} (first on line {keys[key]})", line)
        keys[key] = line
    mapping = yaml.SafeLoader.construct_mapping(self, node, deep=True)
    self.lines[id(mapping)] = keys
    return mapping


StrictLoader.compose_node = _compose_node
StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def load_yaml(text: str) -> tuple[Any, dict[int, dict[Any, int]]]:
    """Return the data in `text` and a map from each mapping's id to its keys' line numbers."""
    loader = None
    try:
        loader = StrictLoader(text)
        loader.lines = {}
        return loader.get_single_data(), loader.lines
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise YamlProblem(f"invalid YAML: {exc.problem or exc}", line) from None
    except yaml.reader.ReaderError as exc:
        char = exc.character if isinstance(exc.character, int) else ord(exc.character or "\0")
        line = text.count("\n", 0, exc.position) + 1
        raise YamlProblem(f"invalid YAML: character U+{char:04X} is not allowed in YAML", line) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise YamlProblem("invalid YAML: nested too deeply") from None
    finally:
        if loader is not None:
            loader.dispose()


def line_of(data: Any, lines: dict[int, dict[Any, int]], loc: tuple[Any, ...]) -> int | None:
    """Return the line of the key at `loc` (a pydantic error location) in loaded `data`."""
    line = None
    node = data
    for part in loc:
        if isinstance(node, dict):
            line = lines.get(id(node), {}).get(part, line)
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            break
    return line


# libyaml's emitter writes the same text as the pure-Python one, about six times faster.
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_SafeDumper):  # type: ignore[misc, valid-type]
    """A dumper that writes block style, keeps key order and never emits aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(data: Any) -> str:
    """Return `data` as block-style YAML with keys in their given order."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
