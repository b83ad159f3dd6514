"""Write output files so that a failure never leaves half a file behind.

The content goes to a temporary file in the target folder first and replaces
the target by a rename only when it is complete; a crash, a kill or an error
leaves the previous file as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputError(Exception):
    """A plain reason why an output file cannot be written."""


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve() or os.path.samefile(a, b)
    except OSError:
        return False


def check_target(target: Path, inputs: tuple[str | os.PathLike, ...] = ()) -> None:
    for source in inputs:
        if same_file(target, source):
            raise OutputError(f"{target}: refusing to overwrite the input event file")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"{target}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{target}: the folder {folder} cannot be written")
    if target.is_dir():
        raise OutputError(f"{target}: is a folder")


def write_atomically(target: str | os.PathLike, write: Callable[[Path], None],
                     inputs: tuple[str | os.PathLike, ...] = ()) -> Path:
    """Call write(temporary_path), then move the finished file onto target."""
    target = Path(target)
    check_target(target, inputs)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        write(temporary_path)
        if not temporary_path.exists() or temporary_path.stat().st_size == 0:
            raise OutputError(f"{target}: nothing was written")
        mode = 0o666 & ~_umask()
        os.chmod(temporary_path, mode)
        os.replace(temporary_path, target)
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise
    return target


def write_bytes_atomically(target: str | os.PathLike, data: bytes,
                           inputs: tuple[str | os.PathLike, ...] = ()) -> Path:
    def write(path: Path) -> None:
        path.write_bytes(data)

    return write_atomically(target, write, inputs)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
