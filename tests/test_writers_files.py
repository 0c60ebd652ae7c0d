"""Output files: atomic, the mode people expect, only regular files replaced (issues 12, 17)."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ikicalc.errors import IkiError
from ikicalc.writers.files import (
    TEMPORARY_MARK,
    OutputFileError,
    atomic_open,
    atomic_path,
    atomic_write,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if TEMPORARY_MARK in p.name)


def test_a_new_report_is_readable_by_colleagues_under_the_usual_umask(
    tmp_path: Path, umask_022: None
) -> None:
    target = atomic_write(tmp_path / "laporan.csv", b"a;b\r\n")
    assert mode(target) == 0o644  # not 0600: colleagues on the office share can open it
    os.umask(0o027)
    assert mode(atomic_write(tmp_path / "other.csv", b"x")) == 0o640  # the umask decides


def test_overwriting_keeps_the_mode_of_the_existing_file(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"old")
    for kept in (0o664, 0o600, 0o644):
        target.chmod(kept)
        atomic_write(target, b"new")
        assert mode(target) == kept
        assert target.read_bytes() == b"new"


def test_dev_null_is_refused_not_replaced(tmp_path: Path) -> None:
    before = os.stat("/dev/null")
    with pytest.raises(OutputFileError, match="character device"):
        atomic_write("/dev/null", b"x")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert after.st_ino == before.st_ino


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputFileError, match="FIFO"):
        atomic_write(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlink_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with pytest.raises(OutputFileError, match="symbolic link"):
        atomic_write(link, b"x")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "keep"


def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputFileError, match="is a folder"):
        atomic_write(tmp_path, b"x")
    with pytest.raises(OutputFileError, match="does not exist"):
        atomic_write(tmp_path / "no" / "x.csv", b"x")
    assert isinstance(OutputFileError("x"), IkiError)


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "laporan.csv"
    target.write_text("old", encoding="utf-8")

    def half_then_fail(out: Path) -> None:
        out.write_bytes(b"half")
        raise ValueError("bug in a writer")

    with pytest.raises(ValueError, match="bug"):
        atomic_write(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_disk_full_is_an_iki_error_and_the_old_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "laporan.csv"
    target.write_text("old", encoding="utf-8")

    def disk_full(out: Path) -> None:
        out.write_bytes(b"part")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputFileError, match="No space left on device") as caught:
        atomic_write(target, disk_full)
    assert caught.value.errno == errno.ENOSPC
    assert "unchanged" in str(caught.value)
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_a_failed_rename_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "laporan.csv"
    target.write_text("old", encoding="utf-8")

    def broken(*_: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr("ikicalc.writers.files.os.replace", broken)
    with pytest.raises(OutputFileError, match="I/O error"):
        atomic_write(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_ctrl_c_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "laporan.csv"
    target.write_text("old", encoding="utf-8")

    def interrupted() -> None:
        with atomic_open(target) as stream:
            stream.write(b"partial")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_atomic_path_lets_a_library_write_by_name(tmp_path: Path) -> None:
    """The path given to a writer opens the unnamed file (``/proc/self/fd/N``), as a
    library opens a file by name, truncating it; nothing has a name until it is done."""
    target = tmp_path / "out.bin"
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"first try, longer")
        temporary.write_bytes(b"by name")
        assert not target.exists()
        assert leftovers(tmp_path) == []
    assert target.read_bytes() == b"by name"
    assert leftovers(tmp_path) == []


_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ikicalc.writers.files import atomic_write

    def slow(out: Path) -> None:
        with out.open("wb") as stream:
            stream.write(b"partial " * 1000)
            stream.flush()
            print("writing", flush=True)
            time.sleep(60)

    atomic_write(Path(sys.argv[1]), slow)
    """
)


def _child_writing(target: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    return child


def test_sigterm_mid_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"old report")
    child = _child_writing(target)
    assert leftovers(tmp_path) == []  # the report is being written as an unnamed file
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=30) == 128 + signal.SIGTERM
    assert target.read_bytes() == b"old report"
    assert leftovers(tmp_path) == []


def test_sigkill_mid_write_never_leaves_a_partial_report(tmp_path: Path) -> None:
    """SIGKILL cannot be caught: the old file stays whole, and the report being written was
    an unnamed file (``O_TMPFILE``), freed by the kernel with the process: nothing is left."""
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"old report")
    child = _child_writing(target)
    child.kill()
    child.wait(timeout=30)
    assert target.read_bytes() == b"old report"
    assert leftovers(tmp_path) == []
    atomic_write(target, b"new report")
    assert target.read_bytes() == b"new report"
    assert leftovers(tmp_path) == []


def test_a_running_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "laporan.csv"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        alive = tmp_path / f".laporan.csv{TEMPORARY_MARK}{sleeper.pid}-abcd1234"
        alive.write_bytes(b"in progress")
        other = tmp_path / f".other.csv{TEMPORARY_MARK}999999999-abcd1234"
        other.write_bytes(b"another target's")
        atomic_write(target, b"x")
        assert alive.exists()
        assert other.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    time.sleep(0.1)
    atomic_write(target, b"y")
    assert not alive.exists()  # its writer is gone now
    assert other.exists()  # not this target's


def _stream_files(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "pegawai.csv"
    data.write_text("nama,A,B\nAni,1,2\nBudi,3,4\n", encoding="utf-8")
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        "unit: Kecamatan Contoh\ntahun: 2024\njabatan:\n  - nama: Staf\n    indikator:\n"
        "      - id: a\n        indikator: Rasio\n        formula: A / B x 100%\n",
        encoding="utf-8",
    )
    return doc, data


def test_report_stream_on_a_full_disk_is_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: `report --stream` on a full disk gave an OSError traceback."""
    import polars  # noqa: F401 - installed by the lock
    from typer.testing import CliRunner

    from ikicalc.cli import app

    doc, data = _stream_files(tmp_path)
    out = tmp_path / "laporan.csv"
    out.write_text("old", encoding="utf-8")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ikicalc.writers.files.os.fsync", full)
    done = CliRunner().invoke(
        app, ["report", str(doc), "--data", str(data), "--stream", "-o", str(out)]
    )
    assert done.exit_code == 2, done.output
    assert "No space left on device" in done.output
    assert done.exception is None or isinstance(done.exception, SystemExit)
    assert out.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_report_stream_interrupted_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: Ctrl-C during `report --stream` left a temporary file."""
    import polars  # noqa: F401 - installed by the lock
    from typer.testing import CliRunner

    from ikicalc.cli import app

    doc, data = _stream_files(tmp_path)

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("ikicalc.writers.files.os.fsync", interrupted)
    CliRunner().invoke(
        app, ["report", str(doc), "--data", str(data), "--stream", "-o",
              str(tmp_path / "laporan.csv")]
    )
    assert not (tmp_path / "laporan.csv").exists()
    assert leftovers(tmp_path) == []


def test_a_locked_target_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a report open in Excel cannot be replaced: say so, keep the old file."""
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"old")

    def locked(*_: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("ikicalc.writers.files.os.replace", locked)
    with pytest.raises(OutputFileError, match="open in another program"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_without_unnamed_files_a_named_temporary_is_written_and_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where ``O_TMPFILE`` is missing (another system, another file system) the temporary
    file has a name beside the target, and is renamed over it when complete."""
    from ikicalc.writers import files

    monkeypatch.setattr(files, "_create_unnamed", lambda target, old: None)
    target = tmp_path / "laporan.csv"
    target.write_bytes(b"old")
    with atomic_path(target) as temporary:
        assert temporary.parent == tmp_path
        assert TEMPORARY_MARK in temporary.name
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_without_unnamed_files_ctrl_c_just_after_the_creation_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``KeyboardInterrupt`` in the instant after the named temporary file is created
    (here: while its mode is set, before the caller's block runs) still removes it: its name
    is known to the caller before the file exists."""
    from ikicalc.writers import files

    def interrupted(*_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "_create_unnamed", lambda target, old: None)
    monkeypatch.setattr(files, "_keep_mode", interrupted)
    target = tmp_path / "laporan.csv"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), atomic_path(target):
        pytest.fail("the block must not run")  # pragma: no cover
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []
