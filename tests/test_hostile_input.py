"""Hostile input, issue 12: a plus sign never turns a number negative.

`+38` was read as -38 wherever numbers are read (data cells, ``--set``, capaian, solve,
konstanta): a silent wrong number. Each test below reads the number through one door.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.numbers import parse_number, to_fraction


@pytest.mark.parametrize(
    ("text", "value"),
    [("+38", "38"), ("+0,5", "0.5"), ("+1.250,5", "1250.5"), ("-38", "-38"), ("38", "38")],
)
def test_a_plus_sign_keeps_the_number_positive(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)
    assert to_fraction(text) == Fraction(Decimal(value))


def test_evaluate_reads_plus_38_as_38() -> None:
    result = ikicalc.parse("A / B x 100%").evaluate({"A": "+38", "B": "40"})
    assert result.exact == 95


def test_capaian_of_a_plus_signed_realisasi_is_positive() -> None:
    assert ikicalc.capaian("+38", "40") == Decimal("95.00")


def test_cli_set_with_a_plus_sign() -> None:
    out = CliRunner().invoke(app, ["eval", "A / B x 100%", "--set", "A=+38", "--set", "B=40"])
    assert out.exit_code == 0, out.output
    assert "95" in out.output
    assert "-95" not in out.output


def test_a_data_file_cell_with_a_plus_sign(tmp_path: Path) -> None:
    data = tmp_path / "realisasi.csv"
    data.write_text("indikator;variabel;nilai\n1;A;+38\n1;B;40\n", encoding="utf-8")
    values = {v.variabel: v.nilai for v in ikicalc.read_realisasi(data).values}
    assert values == {"A": 38, "B": 40}


# --------------------------------------------------------------------------------------
# More hostile input (issue 12): each test is named for what it protects.
# --------------------------------------------------------------------------------------


def test_rich_markup_in_user_text_is_printed_as_written() -> None:
    done = CliRunner().invoke(app, ["eval", "A / B", "--set", "A=[/x]", "--set", "B=2"])
    assert done.exit_code == 1
    assert "'[/x]' is not a number" in done.stderr


def test_escape_sequences_never_reach_the_terminal(tmp_path: Path) -> None:
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n"
        "      - id: a\n        indikator: K\n        formula: A / B x 100%\n",
        encoding="utf-8",
    )
    data = tmp_path / "data.csv"
    data.write_text("nip,nama,A,B\n1,\x1b[31mmerah\x1b[0m,1,2\n2,b,1,2\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["report", str(doc), "--data", str(data)])
    assert done.exit_code == 0, done.stderr
    assert "\x1b" not in done.stdout


def test_check_reads_the_definition_files_of_a_directory(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parent.parent / "examples"
    done = CliRunner().invoke(app, ["check", str(examples)])
    assert "in 5 files" in done.stderr
    empty = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert empty.exit_code == 2
    assert "no definition files" in empty.stderr


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("1.0e+99999999", "is too large or too small"),
        ("9" * 5000, "a number has at most 30 digits"),
    ],
)
def test_a_huge_number_in_a_definition_file_is_a_document_error(
    tmp_path: Path, target: str, reason: str
) -> None:
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n"
        f"      - id: a\n        indikator: K\n        formula: A / B x 100%\n        target: {target}\n",
        encoding="utf-8",
    )
    with pytest.raises(ikicalc.DocumentError, match=reason):
        ikicalc.load_document(doc)


def test_yaml_base_60_integers_are_text_not_quadratic_numbers(tmp_path: Path) -> None:
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n"
        "      - id: a\n        indikator: K\n        formula: A / B x 100%\n"
        "        target: " + ":".join(["1"] * 50_000) + "\n",
        encoding="utf-8",
    )
    loaded = ikicalc.load_document(doc)
    assert isinstance(next(loaded.iter_indicators())[1].target, str)


def test_lint_of_a_large_product_of_sums_stays_off_sympy(monkeypatch: pytest.MonkeyPatch) -> None:
    from ikicalc.backends import symbolic

    def never(formula: object) -> None:
        raise AssertionError("sympy was asked")

    monkeypatch.setattr(symbolic, "_constant_value", never)
    text = " * ".join(f"(A{i} + B{i} + C{i})" for i in range(8))
    text += " / (" + " * ".join(f"(A{i} + B{i})" for i in range(8)) + ")"
    assert ikicalc.lint(text) == []


def test_a_constant_found_by_exact_probes_above_the_sympy_budget() -> None:
    side = " * ".join(f"(A{i} + B{i})" for i in range(30))
    [found] = ikicalc.lint(f"({side}) / ({side}) x 100%")
    assert found.code == "W101"


def test_simplify_stops_when_its_time_is_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from ikicalc import limits

    monkeypatch.setattr(limits, "SYMBOLIC_MAX_SECONDS", 0.5)
    text = " * ".join(f"(A{i} + B{i} + C{i} + D{i})" for i in range(6))
    text += " - " + " * ".join(f"(A{i} + B{i})" for i in range(6))
    with pytest.raises(ikicalc.IkiError, match=r"too complex to simplify within 0\.5 s"):
        ikicalc.parse(text).simplify()


def test_simplify_refuses_a_formula_over_the_node_budget() -> None:
    text = " + ".join(f"A{i} / B{i}" for i in range(40))
    with pytest.raises(ikicalc.IkiError, match="SYMBOLIC_MAX_NODES"):
        ikicalc.parse(text).simplify()


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_xlsx_whose_dimension_lies_is_read_from_its_cells(tmp_path: Path) -> None:
    import zipfile

    honest = _workbook(tmp_path / "honest.xlsx", [["nip", "A"], ["1", 2]])
    liar = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(liar, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B2"', b'<dimension ref="A1:XFD1048576"')
                assert b"XFD1048576" in data
            target.writestr(info, data)
    values = ikicalc.read_realisasi(liar).values
    assert [(v.variabel, v.nilai) for v in values] == [("A", 2)]


def test_an_xlsx_that_unpacks_too_large_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikicalc import limits

    bomb = _workbook(tmp_path / "bomb.xlsx", [["nip", "A"], *[[str(i), i] for i in range(2000)]])
    monkeypatch.setattr(limits, "XLSX_MAX_UNPACKED_BYTES", 10_000)
    with pytest.raises(ikicalc.DataError, match="XLSX_MAX_UNPACKED_BYTES"):
        ikicalc.read_realisasi(bomb)


@pytest.mark.parametrize(
    "call",
    [lambda: ikicalc.lint(None), lambda: ikicalc.parse("A").evaluate(None)],  # type: ignore[arg-type]
)
def test_a_wrong_type_is_an_iki_error(call: object) -> None:
    with pytest.raises(ikicalc.IkiError) as caught:
        call()  # type: ignore[operator]
    assert isinstance(caught.value, TypeError)


def test_sql_refuses_a_row_value_beside_a_sum_when_compiling() -> None:
    with pytest.raises(ikicalc.IkiError, match="one value per row beside a Σ"):
        ikicalc.parse("Σ A / B").to_sql("duckdb")
    from ikicalc.backends.sql import to_sql

    assert "COUNT" in to_sql(ikicalc.parse("Σ A / B"), "duckdb", constants={"B": 2})


def test_a_report_is_linear_in_indicators_and_values(tmp_path: Path) -> None:
    """5 000 indicators × 10 000 values: each value is looked at once (the data is indexed
    by indicator), not once per indicator. Counted, not timed."""
    from ikicalc.evaluation import exact

    lines = ["unit: X", "tahun: 2024", "jabatan:", "  - nama: C", "    indikator:"]
    for number in range(5000):
        lines += [f"      - id: i{number}", "        indikator: K", "        formula: A / B"]
    doc = tmp_path / "doc.yaml"
    doc.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = tmp_path / "data.csv"
    rows = [f"i{n % 5000},{'A' if n < 5000 else 'B'},{n + 1}" for n in range(10_000)]
    data.write_text("indikator,variabel,nilai\n" + "\n".join(rows) + "\n", encoding="utf-8")
    seen = 0
    original = exact._Index.values

    def counted(self: exact._Index, indicator_id: str) -> list[object]:
        nonlocal seen
        found = original(self, indicator_id)
        seen += len(found)
        return found  # type: ignore[return-value]

    import unittest.mock

    with unittest.mock.patch.object(exact._Index, "values", counted):
        report = ikicalc.build_report(ikicalc.load_document(doc), ikicalc.read_realisasi(data))
    assert len(report.rows) == 5000
    assert seen == 10_000


def test_stream_guards_the_header_row_too(tmp_path: Path) -> None:
    """Issue 12: ``report --stream`` passed input column names raw; a header cell that a
    spreadsheet would run as a formula now gets a ``'`` like every other cell."""
    source = tmp_path / "data.csv"
    source.write_text("nip,=HYPERLINK(\"x\"),A,B\n1,=1+1,1,2\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    ikicalc.evaluate_frame("A / B", source).write(out)
    header, row = out.read_text(encoding="utf-8").splitlines()[:2]
    assert "'=HYPERLINK" in header
    assert "'=1+1" in row


def test_a_zero_range_target_is_a_row_error_not_a_crash(tmp_path: Path) -> None:
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n"
        "      - id: a\n        indikator: K\n        formula: A / B x 100%\n"
        "        target: [0, 0]\n",
        encoding="utf-8",
    )
    data = tmp_path / "data.csv"
    data.write_text("indikator,variabel,nilai\na,A,1\na,B,2\n", encoding="utf-8")
    [row] = ikicalc.build_report(ikicalc.load_document(doc), ikicalc.read_realisasi(data)).rows
    assert row.realisasi == 50
    assert row.error is not None
