"""The ikicalc command: eval and explain, through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ikicalc.cli import app

runner = CliRunner()
BAGOR = str(Path(__file__).resolve().parent.parent / "examples" / "kecamatan-bagor-2019.yaml")
PNS = ["--set", "Jumlah PNS yang hadir=38", "--set", "Jumlah PNS=40"]


def test_eval_prints_the_value() -> None:
    done = runner.invoke(app, ["eval", "Jumlah PNS yang hadir / Jumlah PNS x 100%", *PNS])
    assert done.exit_code == 0
    assert done.stdout.strip() == "95.00%"


def test_eval_json_with_decimal_comma() -> None:
    done = runner.invoke(
        app, ["eval", "A berbanding B X 100%", "-s", "A=37,5", "-s", "B=40", "--json"]
    )
    assert done.exit_code == 0
    payload = json.loads(done.stdout)
    assert (payload["value"], payload["unit"], payload["exact"]) == ("93.75", "%", "375/4")


def test_eval_a_formula_from_a_definition_file() -> None:
    done = runner.invoke(app, ["eval", "-d", BAGOR, "-i", "003-004", *PNS])
    assert done.exit_code == 0
    assert done.stdout.strip() == "95.00%"


def test_eval_says_a_guess_beside_the_value() -> None:
    # "Realisasi/Target" could be one name; "× 100%" needs a ratio, so it was read as a division
    done = runner.invoke(
        app, ["eval", "Realisasi/Target x 100%", "-s", "Realisasi=3", "-s", "Target=4"]
    )
    assert done.exit_code == 0
    assert done.stdout.strip() == "75.00%"
    assert "W110" in done.stderr
    assert "'Realisasi / Target'" in done.stderr


def test_eval_json_lists_the_guesses_with_their_place() -> None:
    done = runner.invoke(
        app, ["eval", "Jumlah penduduk / 1.206 x 100%", "-s", "Jumlah penduduk=603", "--json"]
    )
    assert done.exit_code == 0
    payload = json.loads(done.stdout)
    assert payload["value"] == "50.00"
    [guess] = payload["guesses"]
    assert (guess["code"], guess["start"], guess["end"]) == ("W114", 18, 23)
    assert "1.206" in guess["message"]


def test_eval_says_the_condition_the_value_leaves_out() -> None:
    """'…, apabila realisasi melebihi target maka capaian 100%': the value is the formula's
    alone (120.00%); eval says the cap the cell states beside it (W132), never silently."""
    done = runner.invoke(
        app,
        [
            "eval",
            "Realisasi / Target x 100%, apabila realisasi melebihi target maka capaian 100%",
            *("-s", "Realisasi=120", "-s", "Target=100", "--json"),
        ],
    )
    assert done.exit_code == 0
    payload = json.loads(done.stdout)
    assert payload["value"] == "120.00"
    assert "W132" in {guess["code"] for guess in payload["guesses"]}


def test_eval_of_a_plain_formula_says_no_guess() -> None:
    done = runner.invoke(app, ["eval", "A / B x 100%", "-s", "A=1", "-s", "B=2", "--json"])
    assert json.loads(done.stdout)["guesses"] == []
    assert done.stderr == ""


def test_unknown_indicator_lists_the_ids_of_the_file() -> None:
    done = runner.invoke(app, ["eval", "-d", BAGOR, "-i", "003-999", *PNS])
    assert done.exit_code == 2
    assert "has no indicator '003-999'; its ids are 003-001" in done.stderr
    assert "003-004" in done.stderr


def test_syntax_error_exits_2_with_a_caret() -> None:
    done = runner.invoke(app, ["eval", "Jumlah PNS hadir / x 100%"])
    assert done.exit_code == 2
    assert "'x' has no operand before it" in done.stderr
    assert "^" in done.stderr


def test_missing_value_exits_1_naming_the_variable() -> None:
    done = runner.invoke(app, ["eval", "A / B", "-s", "A=1"])
    assert done.exit_code == 1
    assert "no value given for 'B'" in done.stderr


def test_set_values_decide_their_numbers_as_a_data_file_does() -> None:
    """``--set`` values are data: ``1.500`` alone groups thousands, with W113 saying so;
    a decimal comma in another value decides it silently; an English ``81.35`` makes a
    lone ``1.500`` one and a half."""
    alone = runner.invoke(app, ["eval", "A x 2", "-s", "A=1.500", "--json"])
    assert alone.exit_code == 0
    payload = json.loads(alone.stdout)
    assert payload["exact"] == "3000"
    assert len(payload["warnings"]) == 1
    assert "W113" in payload["warnings"][0]
    assert "--set 'A' (1.500)" in payload["warnings"][0]
    decided = runner.invoke(app, ["eval", "A x B", "-s", "A=1.500", "-s", "B=2,5", "--json"])
    assert json.loads(decided.stdout)["exact"] == "3750"
    assert json.loads(decided.stdout)["warnings"] == []
    english = runner.invoke(app, ["eval", "A x B", "-s", "A=1.500", "-s", "B=81.35"])
    assert english.stdout.strip() == "122.03"
    assert "W113" not in english.stderr


def test_set_without_equals_is_a_usage_error() -> None:
    done = runner.invoke(app, ["eval", "A", "--set", "A 1"])
    assert done.exit_code == 2
    assert "--set 'A 1' is not NAME=VALUE" in done.stderr


def test_explain_shows_structure_variables_and_canonical_text() -> None:
    done = runner.invoke(
        app, ["explain", r"$\frac{\sum \text{Pegawai}}{\sum \text{PNS}} \times 100\%$"]
    )
    assert done.exit_code == 0
    assert "Σ Pegawai" in done.stdout
    assert "canonical: Σ Pegawai / Σ PNS × 100%" in done.stdout


def test_explain_shows_latex_and_the_simplified_form() -> None:
    done = runner.invoke(app, ["explain", "Jumlah PNS yang hadir / Jumlah PNS x 100%"])
    assert done.exit_code == 0
    assert r"latex: \frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%" in (
        done.stdout
    )
    assert "simplified: " in done.stdout


EXAMPLES = Path(BAGOR).parent


def test_check_reports_the_seed_defects_ruff_style() -> None:
    done = runner.invoke(app, ["check", str(EXAMPLES / "kecamatan-bagor-2019.yaml")])
    assert done.exit_code == 1  # E002 is an error
    lines = done.stdout.splitlines()
    assert len(lines) == 16
    first = lines[0]
    path, line, column, rest = first.split(":", 3)
    assert path.endswith("kecamatan-bagor-2019.yaml")
    assert (int(line), int(column)) == (31, 23)
    assert rest.startswith(" W102 the ratio looks inverted")
    assert any(" E002 an operand is missing" in line_ for line_ in lines)
    assert "16 problems (8 errors) in 1 file" in done.stderr


def test_check_json_and_a_clean_file(tmp_path: Path) -> None:
    done = runner.invoke(
        app, ["check", "--format", "json", str(EXAMPLES / "kecamatan-bululawang-2017.yaml")]
    )
    found = json.loads(done.stdout)
    assert {f["code"] for f in found} == {"E002", "W102", "W109"}
    assert done.exit_code == 1
    clean = tmp_path / "clean.yaml"
    clean.write_text(
        "unit: Kecamatan Contoh\ntahun: 2024\njabatan:\n  - nama: Camat\n    indikator:\n"
        "      - id: a\n        indikator: Tingkat Kehadiran ASN\n"
        "        formula: Jumlah PNS yang hadir / Jumlah PNS x 100%\n",
        encoding="utf-8",
    )
    done = runner.invoke(app, ["check", str(clean)])
    assert (done.exit_code, done.stdout) == (0, "")


def test_check_an_unreadable_file_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("unit: [\n", encoding="utf-8")
    done = runner.invoke(app, ["check", str(broken)])
    assert done.exit_code == 2
    assert "broken.yaml:" in done.stderr


def test_solve_how_many_must_attend() -> None:
    done = runner.invoke(
        app,
        [
            "solve",
            "Jumlah PNS yang hadir / Jumlah PNS x 100%",
            "--for",
            "Jumlah PNS yang hadir",
            "--equals",
            "95",
            "--set",
            "Jumlah PNS=40",
        ],
    )
    assert done.exit_code == 0
    assert done.stdout.strip() == "38"


def test_solve_without_a_solution_exits_1() -> None:
    done = runner.invoke(app, ["solve", "A / A x 100%", "--for", "A", "--equals", "95"])
    assert done.exit_code == 1
    assert "error:" in done.stderr


DATA = EXAMPLES / "data"


def test_report_table(tmp_path: Path) -> None:
    done = runner.invoke(app, ["report", BAGOR, "--data", str(DATA / "bagor-2019-realisasi.csv")])
    assert done.exit_code == 0
    assert "003-004" in done.stdout
    assert "93,57%" in done.stdout
    assert "25 indicators, 41 data rows → 25 report rows: 17 computed, 8 not computed" in (
        done.stderr
    )


def test_report_formats(tmp_path: Path) -> None:
    data = str(DATA / "bagor-2019-realisasi.csv")
    done = runner.invoke(app, ["report", BAGOR, "--data", data, "--format", "json"])
    assert json.loads(done.stdout)["counts"]["rows"] == 25
    done = runner.invoke(app, ["report", BAGOR, "--data", data, "--format", "csv"])
    assert done.stdout.splitlines()[0].lstrip("\ufeff").startswith("Jabatan;ID;Sasaran")
    assert len(done.stdout.splitlines()) == 26
    out = tmp_path / "laporan.xlsx"
    done = runner.invoke(app, ["report", BAGOR, "--data", data, "-f", "xlsx", "-o", str(out)])
    assert done.exit_code == 0
    assert out.stat().st_size > 0
    done = runner.invoke(app, ["report", BAGOR, "--data", data, "-f", "xlsx"])
    assert done.exit_code == 2
    assert "--format xlsx needs --output" in done.stderr


def test_report_bad_inputs_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    done = runner.invoke(app, ["report", BAGOR, "--data", str(empty)])
    assert done.exit_code == 2
    assert "empty.csv" in done.stderr
    done = runner.invoke(
        app, ["report", BAGOR, "--data", str(DATA / "bagor-2019-realisasi.csv"), "--kategori", "x"]
    )
    assert done.exit_code == 2
    assert "scale" in done.stderr


def test_installed_console_script_end_to_end(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    script = Path(sys.executable).parent / "ikicalc"
    command = str(script) if script.exists() else shutil.which("ikicalc")
    assert command is not None, "the ikicalc console script is not installed"
    out = tmp_path / "laporan.csv"
    done = subprocess.run(
        [
            command,
            "report",
            BAGOR,
            "--data",
            str(DATA / "bagor-2019-realisasi.xlsx"),
            "--format",
            "csv",
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "written to" in done.stderr
    assert out.read_bytes().count(b"\r\n") == 26


def test_report_stream_writes_every_input_row_safely(tmp_path: Path) -> None:
    import polars as pl

    data = tmp_path / "pegawai.csv"
    data.write_text(
        "nip;nama;unit;hari kerja efektif;hari tidak masuk kerja\n"
        '1;=HYPERLINK("x");Seksi A;240;12\n2;Budi;Seksi A;240;0\n3;Ani;Seksi B;0;0\n',
        encoding="utf-8",
    )
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        "unit: Kecamatan Contoh\ntahun: 2024\njabatan:\n  - nama: Camat\n    indikator:\n"
        "      - id: a\n        indikator: Kehadiran\n"
        "        formula: (hari kerja efektif - hari tidak masuk kerja) / hari kerja efektif"
        " x 100%\n"
        "      - id: b\n        indikator: Kehadiran per seksi\n"
        "        formula: Σ Pegawai × (Σ hari kerja efektif − Σ hari tidak masuk kerja) / "
        "(Σ Pegawai × Σ hari kerja efektif) × 100%\n",
        encoding="utf-8",
    )
    out = tmp_path / "laporan.csv"
    done = runner.invoke(
        app,
        ["report", str(doc), "--data", str(data), "--stream", "--by", "unit", "-o", str(out)],
    )
    assert done.exit_code == 0, done.stderr
    assert "written to" in done.stderr
    rows = pl.read_csv(out)
    assert rows.height == 3  # counts in = counts out
    assert rows["nama"].to_list()[0] == '\'=HYPERLINK("x")'  # neutralised
    assert rows["a realisasi"].to_list() == [95.0, 100.0, None]
    assert "division by zero" in rows["a error"].to_list()[2]
    assert rows["b realisasi"].to_list() == [(480 - 12) / 480 * 100] * 2 + [None]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.yaml", "laporan.csv", "pegawai.csv"]
    done = runner.invoke(app, ["report", str(doc), "--data", str(data), "--stream"])
    assert done.exit_code == 2
    assert "--output FILE.csv or FILE.parquet" in done.stderr



def test_check_codes_lists_every_lint_code_in_the_language_of_the_messages() -> None:
    from ikicalc.diagnostics.diagnostic import CODES

    result = runner.invoke(app, ["--bahasa", "id", "check", "--codes"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(CODES)
    assert any(line.startswith("W102  peringatan rasio tampak terbalik") for line in lines)
    english = runner.invoke(app, ["--bahasa", "en", "check", "--codes"]).stdout
    assert english.splitlines()[0] == "E001  error      the text cannot be read as a formula"
