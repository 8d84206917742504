"""Reading input files with a size cap, turning OS errors into one-line sitbrief errors."""

from __future__ import annotations

from pathlib import Path

from sitbrief.core.errors import InputError


def read_capped(path: Path, limit: int, noun: str, error: type[InputError] = InputError,
                reading: str = "cannot read") -> bytes:
    """Return at most `limit` + 1 bytes of `path` (so the caller can tell it is over the cap).

    `noun` names what the file should be ("an article"), `reading` prefixes other OS errors.
    """
    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not {noun}") from None
    except PermissionError:
        raise error(f"{path}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise error(f"{path}: {reading}: {exc.strerror or exc}") from None
