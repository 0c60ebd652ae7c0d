"""``ikicalc import``, ``template``, and ``check``/``report`` on document files."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import SEEDS_PATH
from import_fixtures import build_docx
from typer.testing import CliRunner

from ikicalc import load_document
from ikicalc.cli import app
from ikicalc.importers import import_file
from ikicalc.importers.yaml_out import dump_document

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
SEEDS = SEEDS_PATH
BAGOR_SEED = SEEDS / "003_b0c261992b2ef8b7.txt"


def test_import_writes_a_definition_file_that_loads_back(tmp_path: Path) -> None:
    out = tmp_path / "bagor.yaml"
    done = runner.invoke(app, ["import", str(BAGOR_SEED), "-o", str(out)])
    assert done.exit_code == 0, done.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=ikicalc-document.schema.json\n")
    assert load_document(out) == import_file(BAGOR_SEED).document
    assert "11 jabatan, 25 indikator" in done.stderr


def test_review_rows_are_marked_in_the_yaml_and_in_check(tmp_path: Path) -> None:
    path = tmp_path / "iki.txt"
    path.write_text(
        "Jabatan : Camat Contoh\n"
        "SASARAN\tINDIKATOR\tFORMULA\tSUMBER DATA\n"
        "S\tI 1\tA / B x 100%\tData\n"
        "I 2\tC / D x 100%\tData\n",  # a merged sasaran cell dropped: realigned, to review
        encoding="utf-8",
    )
    result = import_file(path)
    assert list(result.review) == ["002"]
    assert "    # perlu diperiksa: cells realigned" in dump_document(result)
    done = runner.invoke(app, ["check", str(path)])
    assert f"{path}:4:1: perlu diperiksa: cells realigned" in done.stdout
    # the imported definition file keeps the mark until a person removes the comment
    out = tmp_path / "iki.yaml"
    assert runner.invoke(app, ["import", str(path), "-o", str(out)]).exit_code == 0
    done = runner.invoke(app, ["check", str(out)])
    [line] = [x for x in done.stdout.splitlines() if "perlu diperiksa" in x]
    assert line.startswith(f"{out}:")
    assert line.endswith("[002]")
    number = int(line.split(":")[1])
    assert out.read_text(encoding="utf-8").splitlines()[number - 1].strip() == "- id: '002'"


def test_import_strict_fails_on_an_unplaced_row(tmp_path: Path) -> None:
    path = tmp_path / "iki.txt"
    path.write_text("x\ty\nSASARAN\tINDIKATOR\tFORMULA\nS\tI\tA / B x 100%\n", encoding="utf-8")
    assert runner.invoke(app, ["import", str(path)]).exit_code == 0
    done = runner.invoke(app, ["import", str(path), "--strict"])
    assert done.exit_code == 2
    assert "could not be placed (--strict)" in done.stderr


def test_import_of_a_bad_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"nope")
    done = runner.invoke(app, ["import", str(path)])
    assert done.exit_code == 2
    assert "x.pdf" in done.stderr
    assert "Traceback" not in done.output


def test_check_reads_a_document_file_directly() -> None:
    done = runner.invoke(app, ["check", str(BAGOR_SEED)])
    assert done.exit_code == 1  # the seed has error-level defects (x 100% without operands)
    lines = done.stdout.splitlines()
    assert any(line.startswith(f"{BAGOR_SEED}:") and " E002 " in line for line in lines)
    assert "[003-011]" in done.stdout


def test_template_then_report_on_a_docx(tmp_path: Path) -> None:
    docx = build_docx(tmp_path / "iki.docx")
    sheet = tmp_path / "realisasi.csv"
    done = runner.invoke(app, ["template", str(docx), "-o", str(sheet)])
    assert done.exit_code == 0, done.output
    rows = list(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    for row in rows[1:]:
        row[2] = "500" if row[1] == "realisasi" else ("30" if "hadir" in row[1] else "40")
    filled = tmp_path / "filled.csv"
    with filled.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";").writerows(rows)
    done = runner.invoke(app, ["report", str(docx), "--data", str(filled), "-f", "csv"])
    assert done.exit_code == 0, done.output
    report = list(csv.reader(done.stdout.splitlines(), delimiter=";"))
    header = report[0]
    first = dict(zip(header, report[1], strict=True))
    assert first["ID"] == "001"
    assert first["Realisasi"] == "75,00"  # 30 / 40 x 100%


def test_import_ikicalc_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ikicalc; "
        "print(sorted(m for m in ('docx', 'pdfplumber', 'ikicalc.importers') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    import ikicalc

    assert callable(ikicalc.import_document)


def test_import_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    done = runner.invoke(app, ["import", str(BAGOR_SEED), "-o", str(tmp_path / "no" / "x.yaml")])
    assert done.exit_code == 2
    assert "does not exist" in done.stderr
