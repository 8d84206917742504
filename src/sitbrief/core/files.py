"""Reading files safely: regular files only, sizes checked first, OS errors as one-line errors.

A FIFO would hang a read, ``/dev/zero`` never ends, and a sparse file can claim gigabytes: every
reader here checks what the path is and how big it is before reading a byte.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from sitbrief.core.errors import InputError, SitbriefError

CHUNK = 1 << 20
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def special_kind(mode: int) -> str | None:
    """Return what a non-regular file is ("a FIFO (named pipe)", "a folder"…), None if regular."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_regular(path: Path, noun: str, error: type[SitbriefError] = InputError) -> BinaryIO:
    """Open `path` for reading without blocking, refusing anything but a regular file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind:
            raise error(f"{path}: is {kind}, not {noun}")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(path: Path, limit: int, noun: str, error: type[SitbriefError] = InputError,
                reading: str = "cannot read") -> bytes:
    """Return at most `limit` + 1 bytes of `path` (so the caller can tell it is over the cap).

    `noun` names what the file should be ("an article"), `reading` prefixes other OS errors.
    """
    try:
        with open_regular(path, noun, error) as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not {noun}") from None
    except PermissionError:
        raise error(f"{path}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise error(f"{path}: {reading}: {exc.strerror or exc}") from None


def hash_capped(path: Path, limit: int, noun: str, error: type[SitbriefError] = InputError) -> bytes:
    """Return the SHA-256 of the size and first `limit` bytes of regular file `path`, in chunks."""
    digest = hashlib.sha256()
    try:
        with open_regular(path, noun, error) as handle:
            size = os.fstat(handle.fileno()).st_size
            digest.update(str(size).encode())
            left = min(size, limit)
            while left > 0 and (chunk := handle.read(min(CHUNK, left))):
                digest.update(chunk)
                left -= len(chunk)
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except PermissionError:
        raise error(f"{path}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror or exc}") from None
    return digest.digest()
