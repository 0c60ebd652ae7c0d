"""Budgets (issue 12): every limit of a reader is a named constant of ``ikicalc.limits``, is
enforced, names itself in its error, and is in the README's budgets table."""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

import pytest

import ikicalc
from ikicalc import limits
from ikicalc.documents import load_document, loads_document
from ikicalc.documents.yaml_lines import load_yaml_with_lines

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))

import hostile_files

ROOT = Path(__file__).resolve().parent.parent

DOCUMENT = (
    "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n"
    "      - id: a\n        indikator: K\n        formula: {formula}\n        target: 90\n"
)


def test_every_budget_is_in_the_readme_table_with_its_value() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {m[1]: m[2] for m in re.finditer(r"^\| `(\w+)` \| ([^|]+) \|", readme, re.MULTILINE)}
    for name in limits.__all__:
        assert name in rows, f"{name} is not in the README's budgets table"
        value = getattr(limits, name)
        shown = re.sub(r"[ ,\u202f]", "", rows[name])
        assert str(value).replace(".0", "") in shown or _mib(value) in rows[name], (name, value)


def _mib(value: object) -> str:
    return f"{value // (1024 * 1024)} MiB" if isinstance(value, int) else "?"


def test_the_formula_language_limits_are_the_ones_in_limits() -> None:
    from ikicalc import numbers
    from ikicalc.lang import lark_errors

    assert lark_errors.MAX_LENGTH == limits.TEXT_MAX_CHARS
    assert lark_errors.MAX_DEPTH == limits.TEXT_MAX_DEPTH
    assert numbers.MAX_DIGITS == lark_errors.MAX_DIGITS == limits.NUMBER_MAX_DIGITS
    ikicalc.parse("A" * limits.TEXT_MAX_CHARS)
    with pytest.raises(ikicalc.IkiError):
        ikicalc.parse("A" * (limits.TEXT_MAX_CHARS + 1))
    ikicalc.parse("(" * limits.TEXT_MAX_DEPTH + "A" + ")" * limits.TEXT_MAX_DEPTH)
    with pytest.raises(ikicalc.IkiError):
        ikicalc.parse("(" * (limits.TEXT_MAX_DEPTH + 1) + "A" + ")" * (limits.TEXT_MAX_DEPTH + 1))
    ikicalc.parse("A x " + "9" * limits.NUMBER_MAX_DIGITS)
    with pytest.raises(ikicalc.IkiError):
        ikicalc.parse("A x " + "9" * (limits.NUMBER_MAX_DIGITS + 1))


def test_yaml_nodes_are_counted_with_aliases_expanded_and_the_error_names_the_limit() -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n"
        for i in range(7)
    )
    started = time.perf_counter()
    with pytest.raises(ikicalc.DocumentError, match=r"YAML_MAX_NODES") as caught:
        loads_document(laughs)
    assert time.perf_counter() - started < 1
    assert "ikicalc.limits.YAML_MAX_NODES" in str(caught.value)


def test_the_yaml_node_budget_can_be_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    many = "unit: X\ntahun: 2024\nkonstanta_umum: [" + ", ".join(["1"] * 200) + "]\n"
    monkeypatch.setattr(limits, "YAML_MAX_NODES", 100)
    with pytest.raises(ikicalc.DocumentError, match="YAML_MAX_NODES"):
        load_yaml_with_lines(many)
    monkeypatch.setattr(limits, "YAML_MAX_NODES", 1000)
    assert len(load_yaml_with_lines(many).data["konstanta_umum"]) == 200  # type: ignore[index]


def test_a_yaml_scalar_longer_than_its_budget_is_refused_naming_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long = "A" * (limits.YAML_MAX_SCALAR_CHARS + 1)
    with pytest.raises(ikicalc.DocumentError, match="YAML_MAX_SCALAR_CHARS") as caught:
        loads_document(DOCUMENT.format(formula=long), "iki.yaml")
    assert "iki.yaml:8:" in str(caught.value)
    monkeypatch.setattr(limits, "YAML_MAX_SCALAR_CHARS", 10)
    with pytest.raises(ikicalc.DocumentError, match="YAML_MAX_SCALAR_CHARS"):
        loads_document(DOCUMENT.format(formula="A / B x 100%"))
    monkeypatch.setattr(limits, "YAML_MAX_SCALAR_CHARS", 100)
    assert loads_document(DOCUMENT.format(formula="A / B x 100%")).unit == "X"


def test_a_yaml_file_over_its_byte_budget_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "iki.yaml"
    path.write_text(DOCUMENT.format(formula="A / B x 100%"), encoding="utf-8")
    assert load_document(path).unit == "X"
    monkeypatch.setattr(limits, "YAML_MAX_BYTES", 50)
    with pytest.raises(ikicalc.DocumentError, match="YAML_MAX_BYTES") as caught:
        load_document(path)
    assert str(path) in str(caught.value)
    with pytest.raises(ikicalc.DocumentError, match="YAML_MAX_BYTES"):
        loads_document("x: " + "é" * 40)


def _xlsx(tmp_path: Path, kind: str, header: list[str] | None = None,
          rng: random.Random | None = None) -> Path:
    rng = rng or random.Random(0)  # noqa: S311 - reproducible files, not secrets
    for _ in range(10_000):
        found, body = hostile_files.xlsx_data_bytes(rng, header or ["nip", "A", "B"])
        if found == kind:
            path = tmp_path / f"{kind}.xlsx"
            path.write_bytes(body)
            return path
    raise AssertionError(kind)


def test_a_zip_bomb_of_repeated_rows_is_refused_unread_by_its_compression_ratio(
    tmp_path: Path,
) -> None:
    bomb = tmp_path / "bomb.xlsx"
    body = hostile_files._with_member(  # 3 million rows in about 0.3 MB
        hostile_files._bomb_sheet(3_000_000, False), hostile_files._workbook_parts("", None)
    )
    bomb.write_bytes(body)
    started = time.perf_counter()
    with pytest.raises(ikicalc.DataError, match="XLSX_MAX_COMPRESSION_RATIO"):
        ikicalc.read_realisasi(bomb)
    assert time.perf_counter() - started < 1


def test_an_xlsx_sheet_over_its_row_budget_stops_within_seconds(tmp_path: Path) -> None:
    sheet = tmp_path / "rows.xlsx"
    sheet.write_bytes(hostile_files._with_member(  # numbered rows: packs only ~9 times
        hostile_files._bomb_sheet(limits.XLSX_MAX_ROWS + 10, True),
        hostile_files._workbook_parts("", None),
    ))
    started = time.perf_counter()
    with pytest.raises(ikicalc.DataError, match="XLSX_MAX_ROWS"):
        ikicalc.read_realisasi(sheet)
    assert time.perf_counter() - started < 15  # about 2 s on an idle core


def test_a_shared_string_repeated_in_every_row_is_refused_by_the_cell_budget(
    tmp_path: Path,
) -> None:
    rng = random.Random(1)  # noqa: S311 - reproducible files, not secrets
    for _ in range(20):  # each kind of shared-string bomb (some are refused by their ratio)
        path = _xlsx(tmp_path, "shared-string-bomb", rng=rng)
        started = time.process_time()
        with pytest.raises(ikicalc.DataError, match=r"DATA_MAX_CELL_CHARS|RATIO") as caught:
            ikicalc.read_realisasi(path)
        assert time.process_time() - started < 5
        if "DATA_MAX_CELL_CHARS" in str(caught.value):
            assert "Sheet1!A" in str(caught.value)
            return
    raise AssertionError("no shared-string bomb under the ratio limit")


def test_a_csv_wider_than_the_column_budget_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("nip;" + ";".join(f"c{i}" for i in range(30)) + "\n1;" + ";".join(
        ["1"] * 30) + "\n", encoding="utf-8")
    monkeypatch.setattr(limits, "DATA_MAX_COLUMNS", 20)
    with pytest.raises(ikicalc.DataError, match="DATA_MAX_COLUMNS"):
        ikicalc.read_realisasi(path)


def test_a_long_label_in_a_csv_is_refused_naming_the_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.csv"
    path.write_text("nip;A\n" + "x" * 50 + ";1\n", encoding="utf-8")
    monkeypatch.setattr(limits, "DATA_MAX_CELL_CHARS", 40)
    with pytest.raises(ikicalc.DataError, match="DATA_MAX_CELL_CHARS") as caught:
        ikicalc.read_realisasi(path)
    assert f"{path}:2" in str(caught.value)
