"""Writing an output file so that nothing is ever lost: one way, used by every writer.

:func:`atomic_path` (and :func:`atomic_open`, :func:`atomic_write` over it) writes a
temporary file beside the target and renames it over the target only when it is complete:

- **Nothing half-written.** On any failure (an exception, a full disk, Ctrl-C, ``SIGTERM``)
  the old file stays as it was and the temporary file is removed. On Linux the file is
  written as an unnamed file in the target's folder (``O_TMPFILE``, reached by writers
  through ``/proc/self/fd/N``) and gets a name only when it is complete, so even a process
  killed with ``SIGKILL`` while writing leaves nothing behind. Elsewhere (or on a file
  system without ``O_TMPFILE``), and in the instant between naming and renaming, a killed
  process leaves a recognisable name, ``.<name>.ikicalc-tmp-<pid>-<random>``, which the next
  write of the same target removes once process ``<pid>`` no longer runs (see
  :func:`stale_temporaries`; POSIX only: on Windows a process cannot be asked whether it
  runs without risk, so they are kept).
- **The mode people expect.** A new file gets the mode any program's new file gets under
  the umask (``0644`` under the usual ``022``), so colleagues on a share can open it; an
  existing file keeps its mode (and, where allowed, its owner and group).
- **Only regular files are replaced.** A character device (``/dev/null``), a FIFO, a
  socket, a folder or a symbolic link at the target is refused with an
  :class:`OutputFileError` that says what it is, never replaced by a regular file.
- **Durable.** The data is ``fsync``-ed before the rename, and the folder after it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import BinaryIO

from ikicalc.errors import IkiError
from ikicalc.i18n import N_, _, translate

__all__ = [
    "TEMPORARY_MARK",
    "OutputFileError",
    "atomic_open",
    "atomic_path",
    "atomic_write",
    "check_target",
    "stale_temporaries",
]

TEMPORARY_MARK = ".ikicalc-tmp-"
"""Part of every temporary file's name: ``.<target name>.ikicalc-tmp-<pid>-<random>``."""


class OutputFileError(IkiError, OSError):
    """An output file cannot be written; the old file (if any) is unchanged.

    Also an :class:`OSError`, with the ``errno`` of the cause when there is one.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


_KINDS = (
    (stat.S_ISLNK, N_("a symbolic link")),
    (stat.S_ISDIR, N_("a folder")),
    (stat.S_ISCHR, N_("a character device")),
    (stat.S_ISBLK, N_("a block device")),
    (stat.S_ISFIFO, N_("a FIFO (named pipe)")),
    (stat.S_ISSOCK, N_("a socket")),
)


def check_target(path: str | os.PathLike[str]) -> os.stat_result | None:
    """The status of the regular file at ``path``, or ``None`` when nothing is there.

    Raises :class:`OutputFileError` when ``path`` is anything but a regular file (a device,
    a FIFO, a folder, a symbolic link …) or its folder does not exist.
    """
    target = Path(path)
    try:
        status = os.lstat(target)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise _error(target, error) from None
    if status is not None and not stat.S_ISREG(status.st_mode):
        other = N_("not a regular file")
        kind = next((name for test, name in _KINDS if test(status.st_mode)), other)
        raise OutputFileError(
            _(
                "{target} is {kind}: ikicalc writes only regular files and never replaces "
                "anything else; give another file name"
            ).format(target=target, kind=translate(kind))
        )
    folder = target.parent
    if not folder.is_dir():
        raise OutputFileError(
            _("cannot write {target}: the folder {folder} does not exist").format(
                target=target, folder=folder
            )
        )
    return status


def stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Temporary files of ``path`` left by writers that no longer run (killed with SIGKILL).

    A temporary file names its writer's process id; it is stale when that process is gone.
    """
    target = Path(path)
    prefix = f".{target.name}{TEMPORARY_MARK}"
    stale = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(prefix) or not entry.is_file(follow_symlinks=False):
            continue
        pid_text = entry.name[len(prefix) :].split("-", 1)[0]
        if pid_text.isdigit() and not _running(int(pid_text)):
            stale.append(Path(entry.path))
    return stale


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a temporary of ours that is not in use is left from an earlier write
    if os.name != "posix":
        return True  # on Windows os.kill(pid, 0) would terminate the process: never ask
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process, or cannot tell: leave its file alone
    return True


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` atomically.

    Write the temporary file (it exists, empty, with the final mode) inside the ``with``
    block, by any means, including a library that opens it by name. On leaving the block
    normally the file is ``fsync``-ed and renamed over ``path``; on any exception (and on
    ``SIGTERM``, turned into ``SystemExit(143)`` while the block runs in the main thread)
    the temporary file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    old = check_target(target)
    for leftover in stale_temporaries(target):
        leftover.unlink(missing_ok=True)
    unnamed = _create_unnamed(target, old)
    if unnamed is not None:
        with _unnamed_path(target, old, *unnamed) as temporary:
            yield temporary
        return
    named: list[Path] = []  # the temporary name, from before its creation until the rename
    try:
        temporary, mode = _create_temporary(target, old, named)
        with _sigterm_as_exit():
            yield temporary
            _finish(temporary, target, mode, old)
    except BaseException as error:
        _undo(target, named, error)
        raise


def _undo(target: Path, named: list[Path], error: BaseException) -> None:
    """After ``error`` in a write to ``target``: remove the temporary names still in
    ``named`` (Ctrl-C the instant after one was made: the name is known already), and raise
    an :class:`OSError` again as the :class:`IkiError` of ``target``."""
    for name in named:
        name.unlink(missing_ok=True)
    if isinstance(error, OSError) and not isinstance(error, IkiError):
        raise _error(target, error) from error


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary stream whose content replaces ``path`` atomically.

    See :func:`atomic_path`; the stream is closed before the rename.
    """
    with atomic_path(path) as temporary, temporary.open("r+b") as stream:
        yield stream


def atomic_write(
    path: str | os.PathLike[str], data: bytes | Callable[[Path], object]
) -> Path:
    """Write ``data`` to ``path`` atomically and return ``path`` (see :func:`atomic_path`).

    ``data`` is the bytes, or a function given the temporary path to write.
    """
    target = Path(path)
    with atomic_path(target) as temporary:
        if isinstance(data, bytes):
            with temporary.open("r+b") as stream:
                stream.write(data)
        else:
            data(temporary)
    return target


def _temporary_name(target: Path) -> Path:
    """A fresh temporary name beside ``target``: ``.<name>.ikicalc-tmp-<pid>-<random>``."""
    return target.parent / f".{target.name}{TEMPORARY_MARK}{os.getpid()}-{secrets.token_hex(4)}"


def _keep_mode(file: Path | int, handle: int, old: os.stat_result | None) -> int:
    """The mode of the file being written (``file``: its path, or its descriptor), set now:
    the old file's, with its owner and group where allowed; else what the umask gave."""
    if old is None:
        return stat.S_IMODE(os.fstat(handle).st_mode)
    mode = stat.S_IMODE(old.st_mode)
    os.chmod(file, mode)
    if os.name == "posix" and (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
        with contextlib.suppress(OSError):
            os.chown(file, old.st_uid, old.st_gid)
    return mode


def _create_unnamed(target: Path, old: os.stat_result | None) -> tuple[int, int] | None:
    """An unnamed file in the target's folder (Linux ``O_TMPFILE``) and its mode, or ``None``
    where the system or the file system has none."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        handle = os.open(target.parent, flag | os.O_RDWR, 0o666)  # the umask applies
    except OSError:
        return None
    try:
        mode = _keep_mode(handle, handle, old)
    except BaseException:
        os.close(handle)
        raise
    return handle, mode


@contextlib.contextmanager
def _unnamed_path(
    target: Path, old: os.stat_result | None, handle: int, mode: int
) -> Iterator[Path]:
    """Yield ``/proc/self/fd/N`` of the unnamed file; when the block ends normally, name it
    beside ``target`` and rename it over ``target``. On any failure the file is closed, and
    the kernel frees it: nothing is left, whatever killed the block."""
    reached = Path(f"/proc/self/fd/{handle}")
    named: list[Path] = []  # the temporary name, from before its link until the rename
    try:
        with _sigterm_as_exit():
            yield reached
            os.fchmod(handle, mode)
            os.fsync(handle)
            if old is not None:
                check_target(target)  # replaced by something else while we wrote: refuse
            os.replace(_link_beside(reached, target, handle, named), target)
            named.clear()
            _sync_folder(target.parent)
    except BaseException as error:
        _undo(target, named, error)
        raise
    finally:
        os.close(handle)


def _link_beside(reached: Path, target: Path, handle: int, named: list[Path]) -> Path:
    """Give the unnamed file a temporary name beside ``target``: ``linkat`` through
    ``/proc`` with ``AT_SYMLINK_FOLLOW``, which needs no privilege (a directory file
    descriptor makes Python call ``linkat``; the absolute path ignores it). The name is put
    in ``named`` before the link is made, so that a ``KeyboardInterrupt`` landing between
    the link and the return still leaves the caller the name to remove."""
    for _attempt in range(100):
        name = _temporary_name(target)
        named.append(name)
        try:
            os.link(reached, name, src_dir_fd=handle, follow_symlinks=True)
        except FileExistsError:
            named.remove(name)  # another file of that name: not ours to remove
            continue
        return name
    problem = _("cannot name a temporary file beside {target}").format(target=target)
    raise OutputFileError(problem)  # pragma: no cover


def _create_temporary(
    target: Path, old: os.stat_result | None, named: list[Path]
) -> tuple[Path, int]:
    """Create the temporary file; its mode: the old file's, else what the umask gives.

    Its name is put in ``named`` before the file is created, so that a
    ``KeyboardInterrupt`` landing between the creation and the caller's ``try`` still
    leaves the caller the name to remove."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _attempt in range(100):
        temporary = _temporary_name(target)
        named.append(temporary)
        try:
            # 0o666 as any new file: the kernel applies the umask
            handle = os.open(temporary, flags, 0o666)
        except FileExistsError:
            named.remove(temporary)  # another file of that name: not ours to remove
            continue
        except OSError as error:
            raise _error(target, error) from None
        break
    else:  # pragma: no cover - 100 collisions of 32 random bits
        raise OutputFileError(
            _("cannot create a temporary file beside {target}").format(target=target)
        )
    try:
        mode = _keep_mode(temporary, handle, old)  # on failure the caller removes the file
    finally:
        os.close(handle)
    return temporary, mode


def _finish(temporary: Path, target: Path, mode: int, old: os.stat_result | None) -> None:
    """Make the written temporary file durable and rename it over ``target``."""
    if not temporary.is_file() or temporary.is_symlink():
        raise OutputFileError(
            _("cannot write {target}: the temporary file {temporary} is gone").format(
                target=target, temporary=temporary
            )
        )
    os.chmod(temporary, mode)  # a library may have re-created it with its own mode
    with temporary.open("rb") as stream:
        os.fsync(stream.fileno())
    if old is not None:
        check_target(target)  # replaced by something else while we wrote: still refuse
    os.replace(temporary, target)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


@contextlib.contextmanager
def _sigterm_as_exit() -> Iterator[None]:
    """While writing in the main thread, SIGTERM unwinds (so the cleanup runs) instead of
    killing the process outright. A handler someone else installed is left alone."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        previous = signal.getsignal(signal.SIGTERM)
    except (ValueError, AttributeError):  # pragma: no cover - platforms without SIGTERM
        yield
        return
    if previous is not signal.SIG_DFL:
        yield
        return

    def terminate(signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _error(target: Path, error: OSError) -> OutputFileError:
    reason = error.strerror or str(error)
    hint = ""
    if isinstance(error, PermissionError) and target.exists():
        hint = _("; if it is open in another program (Excel), close it and try again")
    problem = OutputFileError(
        _("cannot write {target}: {reason} ({name} is unchanged)").format(
            target=target, reason=reason, name=target.name
        )
        + hint
    )
    problem.errno = error.errno
    problem.strerror = reason
    return problem
