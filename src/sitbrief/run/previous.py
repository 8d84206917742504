"""`--since PREVIOUS`: load the fact file saved beside the previous brief, or say in one line why not."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sitbrief.core.errors import FactsError, InputError
from sitbrief.core.files import special_kind

if TYPE_CHECKING:  # pragma: no cover
    from sitbrief.facts.model import Facts

HINT = "give the .facts.yaml that sitbrief build saved beside the previous brief"


def check_previous_path(path: Path) -> Path:
    """Return `path` if it can be the previous brief's fact file by its name; raise InputError if not."""
    from sitbrief.facts.io import FACT_SUFFIXES

    path = Path(path)
    if not path.exists():
        raise InputError(f"--since {path}: no such file; {HINT}")
    if not path.is_file():
        kind = "a folder" if path.is_dir() else special_kind(path.stat().st_mode)
        raise InputError(f"--since {path}: is {kind}, not a fact file; {HINT}")
    if path.suffix.lower() not in FACT_SUFFIXES:
        raise InputError(f"--since {path}: not a fact file (.yaml, .yml or .json); {HINT}")
    return path


def load_previous(path: Path) -> Facts:
    """Return the Facts of the previous brief at `path`; raise InputError/FactsError (exit 1) if unusable."""
    from sitbrief.facts.io import load_facts

    path = check_previous_path(path)
    try:
        facts = load_facts(path)
    except FactsError as exc:
        if not _names_schema(path):
            raise FactsError(f"--since {path}: not a fact file (it names no schema_version); {HINT}") from None
        raise FactsError(f"--since {exc}") from None
    if "schema_version" not in facts.model_fields_set:
        raise FactsError(f"--since {path}: not a fact file (it names no schema_version); {HINT}")
    return facts


def _names_schema(path: Path) -> bool:
    """Tell whether the file's first kilobytes name a schema_version (a fact file of some version)."""
    try:
        with open(path, "rb") as handle:
            return b"schema_version" in handle.read(65536)
    except OSError:
        return True
