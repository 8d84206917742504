"""Merging layout settings parent → child: mappings deep-merge, everything else replaces."""

from __future__ import annotations

import copy
from typing import Any

# Keys that belong to one layout.yaml and are never inherited from a parent.
OWN_KEYS = ("name", "description", "extends")


def deep_merge(parent: Any, child: Any) -> Any:
    """Return `child` merged over `parent`: dicts merge key by key, lists and scalars replace."""
    if isinstance(parent, dict) and isinstance(child, dict):
        merged = dict(parent)
        for key, value in child.items():
            merged[key] = deep_merge(parent[key], value) if key in parent else copy.deepcopy(value)
        return merged
    return copy.deepcopy(child)


def merge_chain(layers: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the settings of a chain of layers given child first."""
    merged: dict[str, Any] = {}
    for data in reversed(layers):
        merged = deep_merge(merged, {k: v for k, v in data.items() if k not in OWN_KEYS})
    child = layers[0]
    for key in OWN_KEYS:
        if key in child:
            merged[key] = child[key]
    return merged
