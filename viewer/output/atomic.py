"""Write output files so that the target is only ever the old file or the complete new one.

The content is made in memory first. Then it goes into a file with no name
(``O_TMPFILE``, where the system has it) or a hidden temporary name in the
target folder, is flushed to the disk, and replaces the target by a rename;
the folder is flushed too, so even a power loss leaves one version or the
other. A kill or an error at any moment leaves the previous file as it was.

Temporary names (``.<target>.lagebild-<pid>-<random>.part``) say which process
made them; each write removes those of processes that no longer run (or older
than a day), so a killed export never leaves files that pile up. The file gets
the permissions the process's umask gives any new file; the umask is never
changed.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import secrets
import time
from collections.abc import Callable, Iterable
from pathlib import Path

FILE_MODE = 0o666  # less the umask, as for any file the user makes
TEMP_TAG = ".lagebild-"
STALE_SECONDS = 24 * 3600  # a temporary file this old is a leftover, whoever made it
_TEMP_NAME = re.compile(r"^\..+\.lagebild-(\d+)-[0-9a-f]+\.part$")


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


def temporary_name(target: Path) -> str:
    return f".{target.name}{TEMP_TAG}{os.getpid()}-{secrets.token_hex(6)}.part"


def is_temporary_name(name: str) -> bool:
    return _TEMP_NAME.match(name) is not None


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_leftovers(folder: Path) -> list[str]:
    """Delete the temporary files of writes that were killed; returns their names."""
    removed: list[str] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if not match:
            continue
        pid = int(match.group(1))
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
            if (pid != os.getpid() and not _running(pid)) or old:
                os.unlink(entry.path)
                removed.append(entry.name)
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


def _fsync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # some systems cannot open a folder; the rename is still atomic
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _write_all(handle: int, data: bytes | Iterable[bytes]) -> None:
    for chunk in (data,) if isinstance(data, bytes | bytearray | memoryview) else data:
        view = memoryview(chunk)
        while view:
            written = os.write(handle, view)
            view = view[written:]
    os.fsync(handle)


_AT_FDCWD, _AT_SYMLINK_FOLLOW = -100, 0x400  # from <fcntl.h> on Linux
_linkable = {"unnamed files": True}  # False once this system refused to name one


def _unnamed_file(folder: Path) -> int | None:
    """A file in the folder that has no name until it is linked, or None where unsupported."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not _linkable["unnamed files"]:
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, FILE_MODE)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.ENOTSUP):
            return None
        raise


def _link_unnamed(handle: int, path: Path) -> None:
    """Give an O_TMPFILE file its first name. Python's os.link calls link(2), which refuses to follow
    /proc/self/fd across file systems (EXDEV), so linkat(2) with AT_SYMLINK_FOLLOW is called directly."""
    libc = ctypes.CDLL(None, use_errno=True)
    source = f"/proc/self/fd/{handle}".encode()
    if libc.linkat(_AT_FDCWD, source, _AT_FDCWD, os.fsencode(path), _AT_SYMLINK_FOLLOW) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(path))


def _named_file(path: Path) -> int:
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), FILE_MODE)


def _complete_file(folder: Path, temporary: Path, data: bytes | Iterable[bytes]) -> None:
    """Leave the whole of ``data``, flushed to the disk, at ``temporary``. Chunks made as they are
    written go to the named temporary file: they could not be written a second time should the
    unnamed file refuse its name."""
    handle = _unnamed_file(folder) if isinstance(data, bytes) else None
    if handle is not None:
        try:
            _write_all(handle, data)
            try:
                # a name only now that the content is on disk; the rename follows at once
                _link_unnamed(handle, temporary)
                return
            except OSError:
                _linkable["unnamed files"] = False  # e.g. no /proc to link through: use names from now on
        finally:
            os.close(handle)
    handle = _named_file(temporary)
    try:
        _write_all(handle, data)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        os.close(handle)


def write_bytes_atomically(target: str | os.PathLike, data: bytes,
                           inputs: tuple[str | os.PathLike, ...] = ()) -> Path:
    """Put ``data`` at ``target``: the old file until the new one is complete on disk."""
    target = Path(target)
    check_target(target, inputs)
    if not data:
        raise OutputError(f"{target}: nothing was written")
    folder = target.parent
    remove_leftovers(folder)
    temporary = folder / temporary_name(target)
    _complete_file(folder, temporary, data)
    try:
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    return target


def write_chunks_atomically(target: str | os.PathLike, chunks: Iterable[bytes],
                            inputs: tuple[str | os.PathLike, ...] = ()) -> Path:
    """Put the chunks, one after the other, at ``target``: the old file until the new one is complete
    on disk. For files too large to be made in memory first (a million imported events): the chunks
    are made as they are written, into a file that has no name until it is whole."""
    target = Path(target)
    check_target(target, inputs)
    folder = target.parent
    remove_leftovers(folder)
    temporary = folder / temporary_name(target)
    _complete_file(folder, temporary, chunks)
    try:
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    return target


def write_atomically(target: str | os.PathLike, make: Callable[[], bytes],
                     inputs: tuple[str | os.PathLike, ...] = ()) -> Path:
    """Make the bytes (in memory, before any file exists), then write them atomically."""
    target = Path(target)
    check_target(target, inputs)
    return write_bytes_atomically(target, make(), inputs)
