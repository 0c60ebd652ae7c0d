"""Helpers shared by the tests of ``ikicalc serve``."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAGOR = ROOT / "examples" / "kecamatan-bagor-2019.yaml"
BAGOR_DATA = ROOT / "examples" / "data" / "bagor-2019-realisasi.csv"
ATTENDANCE = "Jumlah PNS yang hadir / Jumlah PNS x 100%"
INVERTED = "Jumlah surat yang masuk / Jumlah surat yg didistribusikan"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def running_server(*options: str) -> Iterator[str]:
    """``ikicalc serve`` on a free localhost port, as a user starts it; yields its URL."""
    port = free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    process = subprocess.Popen(
        [sys.executable, "-c", "from ikicalc.cli import main; main()", "serve",
         "--port", str(port), *options],
        env=env,
        stdin=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/health", timeout=2) as answer:  # noqa: S310
                    if answer.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("ikicalc serve did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def xlsx_indicator_ids(content: bytes) -> list[str]:
    """The indicator codes (``003-004`` …) of the report table in an XLSX report."""
    import io
    import re

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert any("Indikator Kinerja" in row for row in rows)  # the table's header
    return [row[1] for row in rows if isinstance(row[1], str) and re.fullmatch(r"\d{3}-\d{3}", row[1])]
