"""``ikicalc report --output FILE`` killed while it writes (issue 12): a real CLI process,
stopped with SIGINT (Ctrl-C) or SIGKILL at the moment its temporary file is being written.
The old FILE stays byte for byte; after SIGINT no temporary file is left; after SIGKILL
(which no process can clean up after) the only leftover is the killed writer's recognisable
temporary file, and the next write of FILE removes it. Both for the exact engine (XLSX) and
for ``--stream`` (Polars, CSV)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from ikicalc.writers.files import TEMPORARY_MARK

ROOT = Path(__file__).resolve().parent.parent
OLD = b"the old report, which must survive\n"

DEFINITION = """\
unit: Kecamatan Uji
tahun: 2024
jabatan:
  - nama: Camat
    indikator:
      - id: hadir
        indikator: Persentase kehadiran
        formula: Jumlah hadir / Jumlah pegawai x 100%
        target: 90
"""


def _data(folder: Path, rows: int) -> Path:
    path = folder / "realisasi.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("nip;nama;Jumlah hadir;Jumlah pegawai\n")
        for n in range(rows):
            out.write(f"{100000 + n};Pegawai {n};{n % 40};40\n")
    return path


def _run(folder: Path, data: Path, target: Path, stream: bool) -> subprocess.Popen[bytes]:
    (folder / "iki.yaml").write_text(DEFINITION, encoding="utf-8")
    args = [sys.executable, "-m", "ikicalc", "report", str(folder / "iki.yaml"),
            "--data", str(data), "--output", str(target)]
    args += ["--stream"] if stream else ["--format", "xlsx"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(args, cwd=folder, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _temporaries(folder: Path, target: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(f".{target.name}{TEMPORARY_MARK}")]


def _writing(pid: int, folder: Path) -> bool:
    """Whether process ``pid`` holds an unnamed file of ``folder`` open (``O_TMPFILE``: its
    link in ``/proc`` reads ``<folder>/#<inode> (deleted)``)."""
    fds = Path(f"/proc/{pid}/fd")
    try:
        links = [os.readlink(fd) for fd in fds.iterdir()]
    except OSError:
        return False
    return any(link.startswith(f"{folder}/#") for link in links)


def _kill_while_writing(process: subprocess.Popen[bytes], folder: Path, target: Path,
                        how: signal.Signals) -> None:
    """Send ``how`` as soon as the report is being written: the unnamed file is open (or,
    without ``O_TMPFILE``, the temporary file exists). The exact engine makes the report in
    memory and writes it at once, so the file is there while the bytes are written."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read() if process.stderr else b""
            assert process.returncode == 0, error.decode(errors="replace")
            return  # finished between two looks: the caller tries again
        if _writing(process.pid, folder) or _temporaries(folder, target):
            process.send_signal(how)
            process.wait(timeout=60)
            return
        time.sleep(0.002)
    process.kill()
    pytest.fail("no temporary file appeared")


def _complete(target: Path) -> bool:
    """Whether ``target`` is a whole new report (the signal came after the rename)."""
    if target.suffix == ".xlsx":
        try:
            with zipfile.ZipFile(target) as archive:
                return archive.testzip() is None
        except zipfile.BadZipFile:
            return False
    return target.read_bytes().endswith(b"\n") and target.read_bytes().count(b"\n") > 1000


@pytest.fixture(scope="module")
def big_data(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    folder = tmp_path_factory.mktemp("data")
    exact = folder / "exact"
    streamed = folder / "stream"
    exact.mkdir()
    streamed.mkdir()
    return {False: _data(exact, 20_000), True: _data(streamed, 3_000_000)}


@pytest.mark.parametrize("stream", [False, True], ids=["xlsx", "stream"])
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_a_report_killed_while_writing_leaves_the_old_file_intact(
    tmp_path: Path, big_data: dict[bool, Path], stream: bool, how: signal.Signals
) -> None:
    target = tmp_path / ("laporan.csv" if stream else "laporan.xlsx")
    for _attempt in range(20):
        target.write_bytes(OLD)
        os.chmod(target, 0o640)
        process = _run(tmp_path, big_data[stream], target, stream)
        _kill_while_writing(process, tmp_path, target, how)
        named = how == signal.SIGKILL and _temporaries(tmp_path, target)
        if (
            process.returncode != 0
            and (target.read_bytes() == OLD or not _complete(target))
            and not (named and hasattr(os, "O_TMPFILE"))
        ):
            break
        # on a loaded machine the signal may land after the (atomic) rename, or in the
        # instant between naming the complete file and renaming it (the window the writer's
        # docstring names; the next write removes that name): try again
    assert process.returncode != 0
    assert target.read_bytes() == OLD
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    left = _temporaries(tmp_path, target)
    if how == signal.SIGINT:
        assert left == [], "Ctrl-C must remove the temporary file"
        assert b"Traceback" not in process.stderr.read()  # type: ignore[union-attr]
    else:
        # the report was an unnamed file (O_TMPFILE): the kernel freed it with the process;
        # without O_TMPFILE, its name says whose it is and the next write removes it
        assert all(f"{TEMPORARY_MARK}{process.pid}-" in p.name for p in left)
        if hasattr(os, "O_TMPFILE"):
            assert left == []
        small = tmp_path / "kecil.csv"
        small.write_text("nip;nama;Jumlah hadir;Jumlah pegawai\n1;A;38;40\n", encoding="utf-8")
        again = _run(tmp_path, small, target, stream)
        assert again.wait(timeout=120) == 0, again.stderr.read()  # type: ignore[union-attr]
        assert target.read_bytes() != OLD
        assert _temporaries(tmp_path, target) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
