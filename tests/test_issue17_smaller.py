"""The smaller problems of issue 17, each tried as a new user would and kept fixed: Rich
markup never eats square brackets (help, user text, file names), ``--json`` is a plain flag,
``python -m ikicalc`` runs, and the signed report's Pegawai column is filled or left out."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from ikicalc.cli import app

ROOT = Path(__file__).resolve().parent.parent
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

DOCUMENT = """\
unit: Kecamatan [Contoh]
tahun: 2024
jenis: IKI
jabatan:
  - nama: Sekretaris Kecamatan
    indikator:
      - id: k-1
        indikator: "[bold]Tingkat[/bold] kehadiran [red]pegawai"
        formula: (hari kerja efektif - hari tidak masuk kerja) / hari kerja efektif x 100%
        target: 95
"""
DATA = "nip;nama;hari kerja efektif;hari tidak masuk kerja\n1;Siti [A];240;12\n2;Budi;240;0\n"


def _files(tmp_path: Path) -> tuple[Path, Path]:
    document, data = tmp_path / "iki.yaml", tmp_path / "data[1].csv"
    document.write_text(DOCUMENT, "utf-8")
    data.write_text(DATA, "utf-8")
    return document, data


def test_help_keeps_square_brackets() -> None:
    done = CliRunner().invoke(app, ["report", "--help"], env={"COLUMNS": "200"})
    assert done.exit_code == 0
    assert "needs ikicalc[scale]" in " ".join(done.stdout.split())


def test_json_is_a_plain_flag() -> None:
    done = CliRunner().invoke(app, ["eval", "--help"], env={"COLUMNS": "200"})
    [line] = [line for line in done.stdout.splitlines() if "--json" in line]
    assert "<bool>" not in line
    assert "--no-json" not in line
    assert "bool" not in line.lower()


def test_user_text_with_brackets_is_printed_as_written(tmp_path: Path) -> None:
    document, data = _files(tmp_path)
    args = ["--bahasa", "id", "report", str(document), "--data", str(data)]
    env = {"COLUMNS": "160", "TTY_COMPATIBLE": "1", "NO_COLOR": "1"}
    table = _ANSI.sub("", CliRunner().invoke(app, args, env=env).stdout)
    flat = " ".join(table.split())
    assert "[bold]Tingkat[/bold]" in flat
    assert "[red]pegawai" in flat
    piped = CliRunner().invoke(app, args)
    assert "[bold]Tingkat[/bold] kehadiran [red]pegawai" in piped.stdout
    out = tmp_path / "laporan[1].csv"
    written = CliRunner().invoke(app, [*args, "-o", str(out)])
    assert written.exit_code == 0, written.output
    assert f"{out.name}" in " ".join(written.stderr.split())


def test_python_m_ikicalc_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ikicalc", "--help"], capture_output=True, text=True,
        check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "report" in done.stdout


def test_the_pegawai_column_is_filled_or_left_out(tmp_path: Path) -> None:
    document, data = _files(tmp_path)
    out = tmp_path / "laporan.xlsx"
    done = CliRunner().invoke(app, ["report", str(document), "--data", str(data), "-o", str(out)])
    assert done.exit_code == 0, done.output
    sheet = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))["Laporan"]
    header = int(str(sheet.print_title_rows).split(":")[0].lstrip("$"))
    titles = [c.value for c in sheet[header]]
    column = titles.index("Pegawai")
    names = [row[column].value for row in sheet.iter_rows(min_row=header + 2, max_row=header + 3)]
    assert names == ["Siti [A]", "Budi"]
    bagor = tmp_path / "bagor.xlsx"
    done = CliRunner().invoke(app, [
        "report", str(ROOT / "examples" / "kecamatan-bagor-2019.yaml"),
        "--data", str(ROOT / "examples" / "data" / "bagor-2019-realisasi.csv"), "-o", str(bagor),
    ])
    assert done.exit_code == 0, done.output
    sheet = openpyxl.load_workbook(io.BytesIO(bagor.read_bytes()))["Laporan"]
    header = int(str(sheet.print_title_rows).split(":")[0].lstrip("$"))
    assert "Pegawai" not in [c.value for c in sheet[header]]  # no employee: no empty column
